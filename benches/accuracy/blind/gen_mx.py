#!/usr/bin/env python3
"""Blind evaluation-set generator "mx": software signing & supply-chain attestation secrets.

EMPHASIS
    Domain: signing material in release pipelines. cosign / Sigstore (COSIGN_PASSWORD for
    cosign.key, PKCS#11 PINs, self-hosted Fulcio/Rekor/CT-log key passwords), TUF private role
    keys (go-tuf / securesystemslib JSON keys), in-toto functionary keys, Notation local signing
    keys, Docker Content Trust root/repository passphrases, GPG private keys (armored, base64 of
    armored) and passphrases for apt/yum/Maven Central/Gradle/jreleaser/goreleaser signing,
    minisign and signify secret keys, Sparkle EdDSA private keys, jarsigner / Android keystore
    passwords, Windows Authenticode PFX passwords, AzureSignTool client secrets, SSL.com eSigner
    TOTP secrets, HSM PINs, release/provenance tokens (GitHub PAT classic + fine-grained,
    npm automation tokens, GitLab PAT, Docker Hub PAT).
    File types: GitHub Actions, GitLab CI, Jenkinsfile, Azure Pipelines, shell, PowerShell,
    Makefile, goreleaser/jreleaser/semantic-release configs, Gradle (Groovy/Kotlin),
    gradle.properties, Maven settings.xml/pom.xml, .npmrc, Dockerfile, docker-compose, Helm
    values, k8s Secret/ConfigMap, .pem/.key/.asc/.sec files, JSON key files, TOML, INI, Markdown
    release checklists, Python/Go/JS snippets, Fastlane, plist, CT-log textproto.

USAGE
    python3 -B gen_mx.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl. Deterministic per SEED (one random.Random).

NEEDLE CONVENTIONS
    Value without surrounding quotes; prefixed tokens keep their prefix (ghp_, github_pat_,
    npm_, glpat-, dckr_pat_); passwords/passphrases/PINs: the password itself (for a URI with
    credentials / pin-value only the password); multi-line PEM / armored PGP private keys: the
    first base64 line of the body (after armor headers); single-line keys (minisign/signify
    secret key line, Sparkle base64 seed, TUF hex private, base64-of-armored GPG key): the
    whole encoded value.

NEGATIVES
    250 re-use positive templates with the slot holding a non-secret: placeholders (English,
    German, French, Spanish, Japanese), empty, masked, CI secret references (${{ secrets.X }},
    $X, credentials('x'), ${env.X}, {{ .Env.X }}, env://, System.getenv), KMS URIs (awskms://,
    gcpkms://, azurekms://, hashivault://), documented example values.
    250 domain look-alikes: cosign.pub / PEM public keys, armored PGP public keys, detached
    PGP signatures, minisign/signify public keys and signatures, TUF root.json/targets.json,
    in-toto layouts, DSSE envelopes, cosign bundles / Rekor entries, SLSA provenance, CycloneDX
    SBOMs, X.509 certificates, Sparkle SUPublicEDKey + appcast edSignature, GPG fingerprints
    and key ids, sha256 digests, keystore fingerprints, Authenticode thumbprints, encrypted
    cosign private keys whose password is only referenced, Kyverno/Connaisseur/Gatekeeper
    policies with public keys, npm integrity hashes, go.sum, checksums files.

FORMATS CHECKED (from public documentation / specifications and general knowledge)
    - cosign: key files "ENCRYPTED SIGSTORE PRIVATE KEY" (older "ENCRYPTED COSIGN PRIVATE
      KEY"), body = base64(JSON{kdf scrypt, cipher nacl/secretbox, ciphertext}); COSIGN_PASSWORD,
      env://, awskms://, gcpkms://, azurekms://, hashivault:// key refs (sigstore docs).
    - PEM/DER: SEC1 EC P-256, PKCS#8 EC/Ed25519, PKCS#1 RSA, SPKI public keys built with
      correct DER headers (RFC 5915, 5958, 8410, 8017).
    - OpenPGP armor (RFC 4880): packet tags, v4 EdDSA key packet layout, CRC24 checksum line.
    - minisign key format (Ed + kdf alg + B2 + salt + limits + keynum/sk/checksum), signify
      (Ed + BK + rounds + salt + checksum + keynum + seckey) from the tools' documentation.
    - TUF/securesystemslib key JSON (keytype/scheme/keyval public/private hex).
    - GitHub classic PAT ghp_ + 30 base62 + 6 base62 CRC32 checksum; fine-grained
      github_pat_ 22 + "_" + 59; npm_ + 36; glpat- + 20; dckr_pat_ + 27 (vendor blog posts).
    - Azure AD client secret: 3 chars + "8Q~" + 34 chars (alphabet [A-Za-z0-9_.~-]).
    - DCT env vars DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE / _REPOSITORY_PASSPHRASE (Docker docs).

DOUBTS
    - Whether the GitHub/npm CRC32 checksum covers the prefix and the exact base62 digit order
      (used: crc32 of the 30 random chars, alphabet 0-9A-Za-z, left-padded to 6).
    - dckr_pat_ body length (27) and alphabet (base64url); SSL.com eSigner TOTP secret shape
      (base64 of 32 bytes); SignPath API token shape (base64, 44); Sonatype user-token lengths.
    - Apple app-specific password shape (4x4 lowercase groups) and Vault AppRole secret_id
      (UUID) are used as positives although generic scanners may not know them.
    - minisign unencrypted-key salt/limits content (salt random, limits 0); PGP secret-key
      packets after the first are filled with random bytes (structure only approximate).
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
HEXD = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"


# ----------------------------------------------------------------------------- helpers
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def wrap(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + l if l else l for l in text.split("\n"))


def b62enc(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def der_len(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(r, nbytes, top=True):
    b = bytearray(rb(r, nbytes))
    if top:
        b[0] |= 0x80
    return der(0x02, b"\x00" + bytes(b) if b[0] & 0x80 else bytes(b))


def pem(label, der_bytes, headers=None):
    lines = ["-----BEGIN %s-----" % label]
    if headers:
        lines += headers + [""]
    lines += wrap(b64(der_bytes))
    lines.append("-----END %s-----" % label)
    return "\n".join(lines)


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
    if headers:
        lines += headers
    lines.append("")
    lines += wrap(b64(data))
    lines.append("=" + b64(crc24(data).to_bytes(3, "big")))
    lines.append("-----END PGP %s-----" % kind)
    return "\n".join(lines)


def first_body_line(block):
    lines = block.split("\n")
    i = 1
    # skip armor headers
    if any(":" in l for l in lines[1:3]) or (len(lines) > 1 and lines[1] == ""):
        while i < len(lines) and lines[i].strip() != "":
            i += 1
        i += 1
    return lines[i]


# ----------------------------------------------------------------------------- people/pools
FIRST = ["anna", "li", "marek", "sofia", "kenji", "pieter", "amara", "diego", "ines", "yuki",
         "olga", "tomas", "priya", "jonas", "chloe", "rafael", "mei", "lukas", "noor", "sven"]
LAST = ["schmidt", "wang", "kowalski", "rossi", "tanaka", "devries", "okafor", "garcia",
        "moreau", "sato", "ivanova", "novak", "sharma", "berg", "martin", "silva", "chen",
        "weber", "haddad", "lindqvist"]
ORGS = ["acme", "northwind", "contoso", "fabrikam", "globex", "initech", "umbrella-labs",
        "hooli", "piedpiper", "stark-ind", "wayne-tech", "tyrell", "cyberdyne", "vandelay",
        "octan", "oscorp", "massive-dynamic", "soylent", "aperture", "blue-sun"]
PROJ = ["kube-sentry", "ledgerd", "pixelfox", "trackr", "gatekeeper-lite", "orbit-cli",
        "nimbus", "mosaic", "beacon", "quarry", "fluxgate", "harbor-sync", "tern", "wharf",
        "lantern", "cairn", "ferry", "driftwood", "spindle", "kestrel"]
APPS = ["NoteDeck", "Shutterbox", "Tallyho", "Brisk", "Marginalia", "Pocketwatch", "Hexmap",
        "Lumen", "Quillpad", "Ripple"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-northeast-1", "us-west-2"]


def person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return f, l, "%s.%s@%s.%s" % (f, l, r.choice(ORGS), r.choice(["io", "com", "dev", "org"]))


def org(r):
    return r.choice(ORGS)


def proj(r):
    return r.choice(PROJ)


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 30), r.randint(0, 20))


def keyid16(r):
    return rs(r, "0123456789ABCDEF", 16)


def fpr40(r):
    return rs(r, "0123456789ABCDEF", 40)


def sha256hex(r):
    return hashlib.sha256(rb(r, 32)).hexdigest()


def uuid4(r):
    h = rs(r, HEXD, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


# ----------------------------------------------------------------------------- secret gens
PW_SYMS = "!@#*-_+=.~"
WORDS = ["Falcon", "maple", "Quartz", "ember", "Nordic", "cobalt", "Tundra", "violet",
         "Harbor", "zephyr", "Granite", "lotus", "Pepper", "sierra", "Orbit", "canyon",
         "Walnut", "ferret", "Comet", "bramble"]


def gen_password(r, avoid=""):
    syms = "".join(c for c in PW_SYMS if c not in avoid) or "_"
    style = r.randint(0, 5)
    if style == 0:
        n = r.randint(14, 24)
        while True:
            s = r.choice(string.ascii_letters) + rs(r, ALNUM + syms, n - 1)
            if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                    and any(c.islower() for c in s)):
                return s
    if style == 1:
        return "%s%s%s%d%s" % (r.choice(WORDS).capitalize(), r.choice(syms),
                                 r.choice(WORDS).capitalize(), r.randint(10, 9999),
                                 rs(r, ALNUM, 3))
    if style == 2:
        sep = r.choice("-_.")
        if sep in avoid:
            sep = "_"
        ws = [r.choice(WORDS).lower() for _ in range(3)]
        ws[r.randint(0, 2)] = ws[0].capitalize()
        return sep.join(ws) + sep + str(r.randint(10, 999)) + rs(r, ALNUM, 2)
    if style == 3:
        s = b64(rb(r, r.choice([18, 24, 27])))
        return s.replace("/", "x") if "/" in avoid else s
    if style == 4:
        return rs(r, HEXD, 32)
    return rs(r, ALNUM, 4) + "-" + rs(r, ALNUM, 4) + "-" + rs(r, ALNUM, 4) + "-" + rs(r, ALNUM, 4)


def gen_pin(r):
    if r.random() < 0.25:
        return str(r.randint(10 ** 7, 10 ** 8 - 1)) + rs(r, LOWER, 2)
    return rs(r, string.ascii_letters, 2) + rs(r, ALNUM, r.randint(8, 12))


def gen_ghp(r):
    body = rs(r, B62, 30)
    return "ghp_" + body + b62enc(zlib.crc32(body.encode()), 6)


def gen_npm(r):
    body = rs(r, B62, 30)
    return "npm_" + body + b62enc(zlib.crc32(body.encode()), 6)


def gen_gh_fine(r):
    return "github_pat_11" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20) + "_" + rs(r, ALNUM, 59)


def gen_glpat(r):
    return "glpat-" + rs(r, ALNUM + "-_", 20)


def gen_dckr(r):
    return "dckr_pat_" + rs(r, B64URL, 27)


def gen_azure_secret(r):
    return rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "_.~-", 34)


def gen_b64_32(r):
    return b64(rb(r, 32))


def gen_sparkle(r):
    return b64(rb(r, 32)) if r.random() < 0.7 else b64(rb(r, 64))


def gen_tuf_hex(r):
    return rs(r, HEXD, 128) if r.random() < 0.5 else rs(r, HEXD, 64)


def ec_sec1(r):
    return der(0x30, bytes.fromhex("020101") + der(0x04, rb(r, 32)) +
               bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(r, 64))


def ec_pkcs8(r):
    inner = der(0x30, bytes.fromhex("020101") + der(0x04, rb(r, 32)) +
                bytes.fromhex("a144034200") + b"\x04" + rb(r, 64))
    return der(0x30, bytes.fromhex("020100301306072a8648ce3d020106082a8648ce3d030107") +
               der(0x04, inner))


def ed_pkcs8(r):
    return bytes.fromhex("302e020100300506032b657004220420") + rb(r, 32)


def rsa_pkcs1(r, bits=2048):
    nb = bits // 8
    body = (der(0x02, b"\x00") + der_int(r, nb) + bytes.fromhex("0203010001") +
            der_int(r, nb, False) + der_int(r, nb // 2) + der_int(r, nb // 2) +
            der_int(r, nb // 2, False) + der_int(r, nb // 2, False) + der_int(r, nb // 2, False))
    return der(0x30, body)


def rsa_pkcs8(r, bits=2048):
    return der(0x30, bytes.fromhex("020100300d06092a864886f70d0101010500") +
               der(0x04, rsa_pkcs1(r, bits)))


def gen_pem_key(r):
    c = r.randint(0, 5)
    if c == 0:
        return pem("EC PRIVATE KEY", ec_sec1(r))
    if c == 1:
        return pem("PRIVATE KEY", ec_pkcs8(r))
    if c == 2:
        return pem("PRIVATE KEY", ed_pkcs8(r))
    if c == 3:
        return pem("RSA PRIVATE KEY", rsa_pkcs1(r, r.choice([2048, 3072])))
    if c == 4:
        return pem("PRIVATE KEY", rsa_pkcs8(r))
    return pem("EC PRIVATE KEY", ec_sec1(r))


def gen_ec_pem(r):
    return pem("EC PRIVATE KEY", ec_sec1(r)) if r.random() < 0.5 else pem("PRIVATE KEY", ec_pkcs8(r))


def pgp_time(r):
    return r.randint(1500000000, 1720000000).to_bytes(4, "big")


def pgp_pkt_old(tag, body):
    n = len(body)
    if n < 256:
        return bytes([0x80 | (tag << 2), n]) + body
    return bytes([0x80 | (tag << 2) | 1, n >> 8, n & 0xFF]) + body


def pgp_uid(r):
    f, l, mail = person(r)
    return ("%s %s (release signing key) <%s>" % (f.capitalize(), l.capitalize(), mail)).encode()


def pgp_secret_blob(r):
    t = pgp_time(r)
    ed_oid = bytes.fromhex("092b06010401da470f01")
    pub = b"\x04" + t + b"\x16" + ed_oid + b"\x01\x07\x40" + rb(r, 32)
    if r.random() < 0.6:  # passphrase protected, S2K iterated+salted
        sec = pub + b"\xfe\x07\x03\x08" + rb(r, 8) + bytes([r.choice([0xff, 0xfe, 0xef])]) + rb(r, 16) + rb(r, 54)
    else:
        sec = pub + b"\x00\x00\xff" + rb(r, 32) + rb(r, 2)
    pkts = pgp_pkt_old(5, sec) + pgp_pkt_old(13, pgp_uid(r))
    pkts += pgp_pkt_old(2, b"\x04\x13\x16\x0a" + rb(r, 140))
    cv_oid = bytes.fromhex("0a2b060104019755010501")
    sub = b"\x04" + t + b"\x12" + cv_oid + b"\x01\x07\x40" + rb(r, 32) + b"\x03\x01\x08\x07"
    sub += b"\xfe\x07\x03\x08" + rb(r, 8) + b"\xff" + rb(r, 16) + rb(r, 54)
    pkts += pgp_pkt_old(7, sub) + pgp_pkt_old(2, b"\x04\x18\x16\x0a" + rb(r, 120))
    return pkts


def gen_pgp_priv(r):
    hdr = None
    if r.random() < 0.2:
        hdr = ["Comment: %s release key" % proj(r)]
    return armor("PRIVATE KEY BLOCK", pgp_secret_blob(r), hdr)


def gen_pgp_priv_b64(r):
    return b64(gen_pgp_priv(r).encode() + b"\n")


def gen_minisign_sk(r):
    blob = b"Ed" + b"\x00\x00" + b"B2" + rb(r, 32) + b"\x00" * 16 + rb(r, 8) + rb(r, 64) + rb(r, 32)
    return b64(blob)


def gen_signify_sk(r):
    blob = b"EdBK" + b"\x00\x00\x00\x00" + rb(r, 16) + rb(r, 8) + rb(r, 8) + rb(r, 64)
    return b64(blob)


def gen_esigner_totp(r):
    return b64(rb(r, 32))


def gen_signpath(r):
    return b64(rb(r, 33))


def gen_sonatype_pw(r):
    return rs(r, ALNUM + "+/", 44)


SECRET_GENS = {
    "password": lambda r, a: gen_password(r, a),
    "passphrase": lambda r, a: gen_password(r, a),
    "pin": lambda r, a: gen_pin(r),
    "github_pat": lambda r, a: gen_ghp(r),
    "github_fine_pat": lambda r, a: gen_gh_fine(r),
    "npm_token": lambda r, a: gen_npm(r),
    "gitlab_pat": lambda r, a: gen_glpat(r),
    "docker_pat": lambda r, a: gen_dckr(r),
    "azure_client_secret": lambda r, a: gen_azure_secret(r),
    "pem_private_key": lambda r, a: gen_pem_key(r),
    "ec_private_key": lambda r, a: gen_ec_pem(r),
    "pgp_private_key": lambda r, a: gen_pgp_priv(r),
    "pgp_private_key_b64": lambda r, a: gen_pgp_priv_b64(r),
    "minisign_secret_key": lambda r, a: gen_minisign_sk(r),
    "signify_secret_key": lambda r, a: gen_signify_sk(r),
    "ed25519_seed_b64": lambda r, a: gen_sparkle(r),
    "tuf_private_hex": lambda r, a: gen_tuf_hex(r),
    "totp_secret": lambda r, a: gen_esigner_totp(r),
    "api_token": lambda r, a: gen_signpath(r),
    "sonatype_token": lambda r, a: gen_sonatype_pw(r),
    "apple_app_password": lambda r, a: "-".join(rs(r, LOWER, 4) for _ in range(4)),
    "vault_secret_id": lambda r, a: uuid4(r),
}


def needle_of(kind, value):
    if kind in ("pem_private_key", "ec_private_key", "pgp_private_key"):
        return first_body_line(value)
    return value


# placeholders by kind for template re-use negatives
PH_PASSWORD = ["changeme", "CHANGEME", "<your-password>", "<KEYSTORE_PASSWORD>", "YOUR_PASSWORD",
               "xxxxxxxx", "********", "[REDACTED]", "", "<passphrase>", "REPLACE_ME",
               "dein-passwort-hier", "votre_mot_de_passe", "tu-contraseña", "パスワード",
               "TODO", "<set in CI>", "***", "${PASSWORD}", "<mot-de-passe>"]
PH_TOKEN = ["<YOUR_TOKEN>", "[REDACTED]", "", "********", "<token>", "TOKEN_HERE",
            "<insert-token-here>", "ここにトークン", "<dein-token>"]
PH_TOKEN_KIND = {
    "github_pat": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_GITHUB_TOKEN", "ghp_****"],
    "github_fine_pat": ["github_pat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "YOUR_GITHUB_TOKEN"],
    "npm_token": ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "YOUR_NPM_TOKEN", "00000000-0000-0000-0000-000000000000"],
    "gitlab_pat": ["glpat-xxxxxxxxxxxxxxxxxxxx", "<gitlab-personal-access-token>"],
    "docker_pat": ["dckr_pat_***", "<docker-hub-access-token>"],
    "azure_client_secret": ["<client-secret>", "00000000-0000-0000-0000-000000000000"],
}
PH_KEY = ["<paste-private-key-here>", "[REDACTED]", "", "...", "<base64-encoded-key>",
          "YOUR_PRIVATE_KEY", "(stored in vault)", "REPLACE_WITH_KEY"]
PH_KEY_PEM = ["-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
              "-----BEGIN EC PRIVATE KEY-----\n<redacted>\n-----END EC PRIVATE KEY-----",
              "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n<paste your exported key here>\n-----END PGP PRIVATE KEY BLOCK-----",
              "<paste-private-key-here>", "[REDACTED]"]


def placeholders(kind):
    if kind in ("password", "passphrase", "pin", "apple_app_password", "vault_secret_id"):
        return PH_PASSWORD
    if kind in ("pem_private_key", "ec_private_key", "pgp_private_key"):
        return PH_KEY_PEM
    if kind in ("github_pat", "github_fine_pat", "npm_token", "gitlab_pat", "docker_pat",
                "azure_client_secret", "api_token", "sonatype_token"):
        return PH_TOKEN + PH_TOKEN_KIND.get(kind, [])
    return PH_KEY


# ============================================================================ positive templates
TEMPLATES = []


def tpl(provider, kind, refs=(), avoid=""):
    def deco(fn):
        TEMPLATES.append({"name": fn.__name__[2:], "provider": provider, "kind": kind,
                          "refs": list(refs), "avoid": avoid, "fn": fn})
        return fn
    return deco


def gha_head(r, name="release"):
    return ("name: %s\n\non:\n  push:\n    tags:\n      - 'v*'\n\npermissions:\n  contents: write\n"
            "  id-token: write\n  packages: write\n\n" % name)


@tpl("cosign", "password", ["${{ secrets.COSIGN_PASSWORD }}"])
def t_gha_cosign_sign(r, v):
    o, p = org(r), proj(r)
    img = "ghcr.io/%s/%s" % (o, p)
    txt = gha_head(r, "publish-image") + """jobs:
  build:
    runs-on: ubuntu-latest
    env:
      IMAGE: %s
    steps:
      - uses: actions/checkout@v4
      - uses: sigstore/cosign-installer@v3
        with:
          cosign-release: 'v2.2.%d'
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - id: build
        uses: docker/build-push-action@v5
        with:
          push: true
          tags: ${{ env.IMAGE }}:${{ github.ref_name }}
      - name: Sign image with key
        env:
          COSIGN_PASSWORD: "%s"
        run: |
          cosign sign --yes --key cosign.key "${IMAGE}@${{ steps.build.outputs.digest }}"
""" % (img, r.randint(0, 4), v)
    return ".github/workflows/%s.yml" % r.choice(["release", "publish", "docker-publish", "sign"]), txt


@tpl("cosign", "password", ["$COSIGN_PASSWORD", "${COSIGN_PASSWORD}"], avoid="$")
def t_sh_cosign(r, v):
    o, p = org(r), proj(r)
    reg = r.choice(["registry.%s.io" % o, "%s.azurecr.io" % o.replace("-", ""), "quay.io/%s" % o])
    var = r.choice(["COSIGN_PASSWORD", "COSIGN_PASSWORD", "cosign_pw"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "",
             "# sign all images built by the nightly job",
             "REGISTRY=%s" % reg,
             "TAG=${1:-nightly}",
             "export %s='%s'" % (var, v) if var.isupper() else "%s='%s'" % (var, v), ""]
    if not var.isupper():
        lines.append("export COSIGN_PASSWORD=\"$%s\"" % var)
    lines += ["for svc in api worker web; do",
              "  digest=$(crane digest \"$REGISTRY/$svc:$TAG\")",
              "  cosign sign --yes --key ./keys/cosign.key \\",
              "    -a git_sha=\"$(git rev-parse HEAD)\" \"$REGISTRY/$svc@$digest\"",
              "  cosign attest --yes --key ./keys/cosign.key --type cyclonedx \\",
              "    --predicate \"sbom-$svc.cdx.json\" \"$REGISTRY/$svc@$digest\"",
              "done", ""]
    return "scripts/%s" % r.choice(["sign-images.sh", "release/sign.sh", "cosign-sign.sh"]), "\n".join(lines)


@tpl("cosign", "password", ["$COSIGN_PASSWORD", "$(COSIGN_PASSWORD)"], avoid="#$")
def t_makefile_cosign(r, v):
    p = proj(r)
    txt = """# Release helpers for %s
VERSION ?= $(shell git describe --tags --always)
IMAGE   ?= ghcr.io/%s/%s
COSIGN_KEY ?= hack/cosign.key
COSIGN_PASSWORD := %s
export COSIGN_PASSWORD

.PHONY: image push sign verify

image:
\tdocker build -t $(IMAGE):$(VERSION) .

push: image
\tdocker push $(IMAGE):$(VERSION)

sign: push
\tcosign sign --yes --key $(COSIGN_KEY) $(IMAGE):$(VERSION)

verify:
\tcosign verify --key hack/cosign.pub $(IMAGE):$(VERSION)
""" % (p, org(r), p, v)
    return "Makefile", txt


@tpl("cosign", "password", ["$COSIGN_PASSWORD", "${COSIGN_PASSWORD}"])
def t_gitlab_cosign(r, v):
    txt = """stages:
  - build
  - sign

variables:
  DOCKER_DRIVER: overlay2
  COSIGN_YES: "true"
  COSIGN_PASSWORD: "%s"
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_TAG

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
    - docker build -t "$IMAGE" .
    - docker push "$IMAGE"
  rules:
    - if: $CI_COMMIT_TAG

sign:
  stage: sign
  image: gcr.io/projectsigstore/cosign:v2.2.%d
  script:
    - cosign sign --key "$COSIGN_PRIVATE_KEY" "$IMAGE"
  rules:
    - if: $CI_COMMIT_TAG
""" % (v, r.randint(0, 4))
    return ".gitlab-ci.yml", txt


@tpl("cosign", "pin", ["${COSIGN_PKCS11_PIN}", "$PKCS11_PIN"], avoid="$;&?")
def t_cosign_pkcs11(r, v):
    tok = r.choice(["YubiKey PIV #%d" % r.randint(10000000, 30000000), "softhsm-release", "luna-part-%d" % r.randint(1, 9)])
    txt = """#!/bin/sh
# Sign release artefacts with the key held in the HSM (PKCS#11)
set -e
MODULE=%s
KEY_URI="pkcs11:token=%s;slot-id=%d;object=%s-signing?module-path=${MODULE}&pin-value=%s"

cosign sign-blob --yes --key "$KEY_URI" \\
  --output-signature dist/checksums.txt.sig dist/checksums.txt
""" % (r.choice(["/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/libykcs11.so",
                 "/usr/safenet/lunaclient/lib/libCryptoki2_64.so"]),
       tok.replace(" ", "%20"), r.randint(0, 3), proj(r), v)
    return "hack/hsm-sign.sh", txt


@tpl("cosign", "pin", ["${HSM_PIN}"])
def t_cosign_pkcs11_env(r, v):
    txt = """# cosign with PKCS#11 token (Thales Luna) - used by the air-gapped signer VM
[Service]
Environment=COSIGN_PKCS11_MODULE_PATH=/usr/safenet/lunaclient/lib/libCryptoki2_64.so
Environment=COSIGN_PKCS11_PIN=%s
Environment=COSIGN_EXPERIMENTAL=1
ExecStart=/usr/local/bin/signer-daemon --key "pkcs11:token=release;object=%s" --listen 127.0.0.1:%d
User=signer
Restart=on-failure
""" % (v, proj(r), r.choice([8443, 9443, 7100]))
    return "deploy/systemd/signer.service.d/override.conf", txt


@tpl("Docker Content Trust", "passphrase",
     ["${{ secrets.DCT_ROOT_PASSPHRASE }}", "$DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE"])
def t_dct_gha(r, v):
    o, p = org(r), proj(r)
    role = r.choice(["ROOT", "REPOSITORY"])
    txt = gha_head(r, "docker-trust") + """jobs:
  push-signed:
    runs-on: ubuntu-22.04
    env:
      DOCKER_CONTENT_TRUST: 1
      DOCKER_CONTENT_TRUST_SERVER: https://notary.docker.io
      DOCKER_CONTENT_TRUST_%s_PASSPHRASE: %s
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ secrets.DOCKERHUB_TOKEN }}" | docker login -u %s --password-stdin
      - run: |
          mkdir -p ~/.docker/trust/private
          echo "${{ secrets.DCT_DELEGATION_KEY }}" > ~/.docker/trust/private/%s.key
          chmod 600 ~/.docker/trust/private/*.key
          docker trust key load ~/.docker/trust/private/%s.key --name ci
      - run: docker build -t %s/%s:${GITHUB_REF_NAME} . && docker trust sign %s/%s:${GITHUB_REF_NAME}
""" % (role, v, o.replace("-", ""), sha256hex(r)[:12], sha256hex(r)[:12], o.replace("-", ""), p,
       o.replace("-", ""), p)
    return ".github/workflows/docker-trust.yml", txt


@tpl("Docker Content Trust", "passphrase", ["$DCT_REPO_PASS", "${env.DCT_PASS}"], avoid="$'")
def t_dct_sh(r, v):
    o = org(r).replace("-", "")
    var = r.choice(["DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE", "DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE"])
    txt = """#!/usr/bin/env bash
# One-time bootstrap of Docker Content Trust for %s/%s
# Generates the root + repository keys locally, then adds the CI signer.
set -eu

export DOCKER_CONTENT_TRUST=1
export %s='%s'

docker trust key generate ci-signer --dir ~/.docker/trust
docker trust signer add --key ~/.docker/trust/ci-signer.pub ci-signer %s/%s
docker trust inspect --pretty %s/%s
""" % ((o, "{p}", var, v, o, "{p}", o, "{p}"))
    txt = txt.replace("{p}", proj(r))
    return "tools/dct-bootstrap.sh", txt


@tpl("GnuPG", "pgp_private_key", ["${{ secrets.GPG_PRIVATE_KEY }}"])
def t_gha_import_gpg(r, v):
    txt = gha_head(r, "release") + """jobs:
  goreleaser:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-go@v5
        with:
          go-version: '1.22'
      - name: Import GPG key
        id: import_gpg
        uses: crazy-max/ghaction-import-gpg@v6
        with:
          gpg_private_key: |
%s
          passphrase: ${{ secrets.GPG_PASSPHRASE }}
      - uses: goreleaser/goreleaser-action@v5
        with:
          args: release --clean
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          GPG_FINGERPRINT: ${{ steps.import_gpg.outputs.fingerprint }}
""" % indent(v, 12)
    return ".github/workflows/release.yml", txt


@tpl("GnuPG", "pgp_private_key", [])
def t_asc_file(r, v):
    return r.choice(["keys/release-signing.sec.asc", ".ci/signing-key.asc", "packaging/private.asc",
                     "build/gpg/secret.asc", "release/%s-signing-private.asc" % proj(r)]), v + "\n"


@tpl("GnuPG", "pgp_private_key_b64", ["${{ secrets.GPG_KEY_B64 }}", "$GPG_SIGNING_KEY"])
def t_gitlab_gpg_b64(r, v):
    txt = """.release-template: &release
  image: debian:bookworm-slim
  before_script:
    - apt-get update -qq && apt-get install -y -qq gnupg dpkg-dev reprepro
    - echo "$GPG_SIGNING_KEY" | base64 -d | gpg --batch --import
    - gpg --list-secret-keys

variables:
  GPG_SIGNING_KEY: "%s"
  REPO_CODENAME: bookworm

publish-apt:
  <<: *release
  stage: deploy
  script:
    - reprepro -b apt/ includedeb $REPO_CODENAME dist/*.deb
    - rsync -az apt/ deploy@apt.%s.io:/srv/apt/
  only:
    - tags
""" % (v, org(r))
    return ".gitlab-ci.yml", txt


@tpl("GnuPG", "passphrase", ["$GPG_PASSPHRASE", "${GPG_PASSPHRASE}"], avoid="$'")
def t_sh_gpg_detach(r, v):
    p = proj(r)
    txt = """#!/bin/bash
# build + sign release tarballs
set -euo pipefail
VERSION="$(cat VERSION)"
KEY_ID=%s

make dist
cd dist
sha256sum %s-${VERSION}*.tar.gz > SHA256SUMS
gpg --batch --yes --pinentry-mode loopback --passphrase '%s' \\
    --local-user "$KEY_ID" --armor --detach-sign SHA256SUMS
gpg --verify SHA256SUMS.asc SHA256SUMS
""" % (fpr40(r), p, v)
    return "release/sign-release.sh", txt


@tpl("GnuPG", "passphrase", ["env.GPG_PASSPHRASE", "credentials('gpg-passphrase')"], avoid="$'\"")
def t_jenkins_gpg(r, v):
    txt = """pipeline {
    agent { label 'linux && docker' }
    environment {
        GPG_KEY_ID     = '%s'
        GPG_PASSPHRASE = '%s'
        NEXUS          = credentials('nexus-deploy')
    }
    stages {
        stage('Build') {
            steps { sh './mvnw -B -DskipTests package' }
        }
        stage('Sign & Deploy') {
            when { buildingTag() }
            steps {
                sh '''
                  ./mvnw -B deploy -Prelease \\
                    -Dgpg.keyname=$GPG_KEY_ID \\
                    -Dgpg.passphrase=$GPG_PASSPHRASE
                '''
            }
        }
    }
}
""" % (keyid16(r), v)
    return "Jenkinsfile", txt


@tpl("Maven Central", "passphrase", ["${env.MAVEN_GPG_PASSPHRASE}", "${env.GPG_PASSPHRASE}"], avoid="<&")
def t_maven_settings_gpg(r, v):
    f, l, mail = person(r)
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>central</id>
      <username>${env.CENTRAL_TOKEN_USER}</username>
      <password>${env.CENTRAL_TOKEN_PASS}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>release</id>
      <properties>
        <gpg.executable>gpg</gpg.executable>
        <gpg.keyname>%s</gpg.keyname>
        <gpg.passphrase>%s</gpg.passphrase>
      </properties>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>release</activeProfile>
  </activeProfiles>
</settings>
""" % (mail, v)
    return r.choice([".mvn/settings.xml", "ci/settings.xml", ".github/maven-settings.xml"]), txt


@tpl("Maven Central", "sonatype_token", ["${env.OSSRH_TOKEN}", "${env.SONATYPE_PASSWORD}"])
def t_maven_settings_ossrh(r, v):
    txt = """<settings>
  <!-- Sonatype user token (generated at https://central.sonatype.com/account) -->
  <servers>
    <server>
      <id>ossrh</id>
      <username>%s</username>
      <password>%s</password>
    </server>
  </servers>
</settings>
""" % (rs(r, ALNUM, 8), v)
    return "deploy/settings.xml", txt


@tpl("Gradle signing", "passphrase", ["", "<key password>"], avoid="")
def t_gradle_props_signing(r, v):
    f, l, mail = person(r)
    txt = """# Project-wide Gradle settings.
org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official

GROUP=io.%s
VERSION_NAME=%s
POM_DEVELOPER_ID=%s
POM_DEVELOPER_EMAIL=%s

signing.keyId=%s
signing.password=%s
signing.secretKeyRingFile=/home/%s/.gnupg/secring.gpg
""" % (org(r).replace("-", ""), ver(r), f, mail, keyid16(r)[-8:], v, f)
    return "gradle.properties", txt


@tpl("Gradle signing", "pgp_private_key", ["${{ secrets.SIGNING_KEY }}"])
def t_gradle_inmemory_key(r, v):
    txt = """# local overrides for publishing - do not share
mavenCentralUsername=%s
signingInMemoryKeyId=%s
signingInMemoryKey=%s
""" % (rs(r, ALNUM, 8), keyid16(r)[-8:], v.replace("\n", "\\n\\\n"))
    return r.choice(["local.properties", "publishing/gradle.properties"]), txt


@tpl("Gradle signing", "passphrase", ['System.getenv("SIGNING_PASSWORD")', 'findProperty("signingPassword")'], avoid='"$')
def t_gradle_kts_signing(r, v):
    lit = v if v.startswith(("System.", "findProperty")) else '"%s"' % v
    txt = """plugins {
    `java-library`
    `maven-publish`
    signing
}

group = "dev.%s"
version = "%s"

publishing {
    publications {
        create<MavenPublication>("maven") {
            from(components["java"])
        }
    }
}

signing {
    val signingKeyId = "%s"
    val signingKey = file("../.keys/signing.asc").readText()
    val signingPassword = %s
    useInMemoryPgpKeys(signingKeyId, signingKey, signingPassword)
    sign(publishing.publications["maven"])
}
""" % (org(r).replace("-", ""), ver(r), keyid16(r)[-8:], lit)
    return "build.gradle.kts", txt


@tpl("Android keystore", "password", ['System.getenv("KEYSTORE_PASSWORD")', "keystoreProperties['storePassword']"], avoid="\"'$\\")
def t_android_gradle(r, v):
    ref = v.startswith(("System.", "keystore"))
    val = v if ref else "'%s'" % v
    alias = r.choice(["upload", "release", "key0", "androidreleasekey"])
    txt = """android {
    namespace 'com.%s.%s'
    compileSdk 34

    defaultConfig {
        applicationId "com.%s.%s"
        minSdk 24
        targetSdk 34
        versionCode %d
        versionName "%s"
    }

    signingConfigs {
        release {
            storeFile file("../keystore/release.jks")
            storePassword %s
            keyAlias '%s'
            keyPassword %s
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            signingConfig signingConfigs.release
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
        }
    }
}
""" % (org(r).replace("-", ""), proj(r).replace("-", ""), org(r).replace("-", ""), proj(r).replace("-", ""),
       r.randint(10, 900), ver(r), val, alias, val)
    return "app/build.gradle", txt


@tpl("Android keystore", "password", ["", "CHANGE_ME"], avoid="")
def t_keystore_props(r, v):
    txt = """# keystore.properties\n# Schlüssel für Play-Store-Upload\nstorePassword=%s\nkeyPassword=%s\nkeyAlias=upload\nstoreFile=/Users/%s/keys/upload-keystore.jks\n""" % (v, v, r.choice(FIRST))
    return r.choice(["android/keystore.properties", "keystore.properties", "android/key.properties"]), txt


@tpl("jarsigner", "password", ["$KEYSTORE_PASS", "${KS_PASS}"], avoid="$'")
def t_jarsigner_sh(r, v):
    txt = """#!/bin/sh
# sign the desktop launcher jar for Web Start users
KS=signing/codesign.p12
ALIAS=%s
jarsigner -keystore "$KS" -storetype PKCS12 -storepass '%s' \\
  -tsa http://timestamp.digicert.com \\
  -signedjar target/%s-signed.jar target/%s.jar "$ALIAS"
jarsigner -verify -verbose -certs target/%s-signed.jar | tail -n 3
""" % ((r.choice(["codesign", "mykey", "release"]), v) + (proj(r),) * 3)
    return "scripts/sign-jar.sh", txt


@tpl("jarsigner", "password", ["${env.KEYSTORE_PASSWORD}", "${keystore.password}"], avoid="<&")
def t_pom_jarsigner(r, v):
    txt = """      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jarsigner-plugin</artifactId>
        <version>3.0.0</version>
        <executions>
          <execution>
            <id>sign</id>
            <goals><goal>sign</goal></goals>
          </execution>
        </executions>
        <configuration>
          <keystore>${project.basedir}/src/main/keystore/signing.jks</keystore>
          <alias>%s</alias>
          <storepass>%s</storepass>
          <keypass>%s</keypass>
          <tsa>http://timestamp.sectigo.com</tsa>
        </configuration>
      </plugin>
""" % (proj(r), v, v)
    body = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.%s</groupId>
  <artifactId>%s</artifactId>
  <version>%s</version>
  <build>
    <plugins>
%s    </plugins>
  </build>
</project>
""" % (org(r).replace("-", ""), proj(r), ver(r), txt)
    return "pom.xml", body


@tpl("Authenticode", "password", ["$env:PFX_PASSWORD", "$(CodeSignPassword)"], avoid="$`\"%^")
def t_signtool_ps1(r, v):
    app = r.choice(APPS)
    txt = """# Sign Windows binaries (Authenticode)
$ErrorActionPreference = 'Stop'
$signtool = "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"
$pfx = Join-Path $PSScriptRoot 'certs\\codesign.pfx'
$pfxPassword = "%s"

Get-ChildItem -Path .\\out\\Release -Include *.exe,*.dll -Recurse | ForEach-Object {
    & $signtool sign /f $pfx /p $pfxPassword /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /d "%s" $_.FullName
    if ($LASTEXITCODE -ne 0) { throw "signing failed for $($_.Name)" }
}
""" % (v, app)
    return "build/sign.ps1", txt


@tpl("Authenticode", "password", ["%PFX_PASSWORD%", "$(PfxPassword)"], avoid="%^&|<>\"")
def t_signtool_bat(r, v):
    txt = """@echo off
REM Firma del instalador - certificado de firma de código
set SIGNTOOL="C:\\Program Files (x86)\\Windows Kits\\10\\bin\\x64\\signtool.exe"
set CERT=%%~dp0certs\\firma.pfx
%%SIGNTOOL%% sign /f "%%CERT%%" /p %s /fd sha256 /tr http://timestamp.sectigo.com /td sha256 dist\\%sSetup.exe
if errorlevel 1 exit /b 1
""" % (v, r.choice(APPS))
    return "installer/firmar.bat", txt


@tpl("Authenticode", "password", ["$(SigningCertPassword)", "$(PFX_PASS)"], avoid="$")
def t_azure_pipelines_pfx(r, v):
    txt = """trigger:
  tags:
    include: ['v*']

pool:
  vmImage: windows-2022

variables:
  buildConfiguration: Release
  pfxPassword: '%s'

steps:
- task: DotNetCoreCLI@2
  inputs:
    command: publish
    arguments: '-c $(buildConfiguration) -o $(Build.ArtifactStagingDirectory)'
- task: DownloadSecureFile@1
  name: codesignCert
  inputs:
    secureFile: codesign.pfx
- powershell: |
    & "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.19041.0\\x64\\signtool.exe" sign `
      /f "$(codesignCert.secureFilePath)" /p "$(pfxPassword)" /fd SHA256 `
      /tr http://timestamp.digicert.com /td SHA256 "$(Build.ArtifactStagingDirectory)\\*.exe"
  displayName: Authenticode sign
""" % v
    return "azure-pipelines.yml", txt


@tpl("Authenticode", "password", ["${{ secrets.WINDOWS_CERT_PASSWORD }}", "$CSC_KEY_PASSWORD"])
def t_electron_builder(r, v):
    app = r.choice(APPS)
    txt = """appId: com.%s.%s
productName: %s
directories:
  output: release
win:
  target: [nsis]
  certificateFile: build/certs/codesign.pfx
  certificatePassword: "%s"
  signingHashAlgorithms: [sha256]
  rfc3161TimeStampServer: http://timestamp.digicert.com
mac:
  category: public.app-category.productivity
  hardenedRuntime: true
  notarize: false
""" % (org(r).replace("-", ""), app.lower(), app, v)
    return "electron-builder.yml", txt


@tpl("AzureSignTool", "azure_client_secret", ["${{ secrets.AZURE_KV_CLIENT_SECRET }}"])
def t_azuresigntool(r, v):
    txt = gha_head(r, "sign-windows") + """jobs:
  sign:
    runs-on: windows-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: windows-binaries, path: dist }
      - run: dotnet tool install --global AzureSignTool
      - name: Sign with Key Vault cert
        shell: pwsh
        run: >
          azuresigntool sign
          -kvu https://%s-codesign.vault.azure.net
          -kvi %s
          -kvt %s
          -kvs %s
          -kvc release-ev-cert
          -tr http://timestamp.digicert.com -td sha256
          dist\\*.exe
""" % (org(r), uuid4(r), uuid4(r), v)
    return ".github/workflows/sign-windows.yml", txt


@tpl("SSL.com eSigner", "totp_secret", ["${{ secrets.ES_TOTP_SECRET }}", "$ES_TOTP_SECRET"])
def t_esigner(r, v):
    f, l, mail = person(r)
    txt = gha_head(r, "codesign") + """jobs:
  sign:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - name: Sign installer with eSigner
        uses: sslcom/esigner-codesign@develop
        with:
          command: sign
          username: %s
          password: ${{ secrets.ES_PASSWORD }}
          credential_id: %s
          totp_secret: '%s'
          file_path: ${GITHUB_WORKSPACE}/artifacts/setup.exe
          output_path: ${GITHUB_WORKSPACE}/signed
          environment_name: PROD
""" % (mail, uuid4(r), v)
    return ".github/workflows/codesign.yml", txt


@tpl("SignPath", "api_token", ["$env:SIGNPATH_API_TOKEN"])
def t_signpath(r, v):
    txt = """# Submit unsigned artifacts to SignPath
$OrganizationId = "%s"
$ApiToken = "%s"
Submit-SigningRequest `
  -InputArtifactPath "build\\%s.zip" `
  -ApiToken $ApiToken `
  -OrganizationId $OrganizationId `
  -ProjectSlug "%s" `
  -SigningPolicySlug "release-signing" `
  -OutputArtifactPath "build\\%s-signed.zip" `
  -WaitForCompletion
""" % ((uuid4(r), v) + (proj(r),) * 3)
    return "ci/signpath-submit.ps1", txt


@tpl("minisign", "minisign_secret_key", [])
def t_minisign_key_file(r, v):
    return r.choice(["keys/minisign.key", ".release/minisign.key", "ci/release.minisign.key"]), \
        "untrusted comment: minisign secret key\n%s\n" % v


@tpl("minisign", "minisign_secret_key", ["${{ secrets.MINISIGN_SECRET_KEY }}"])
def t_minisign_gha(r, v):
    txt = gha_head(r, "build-binaries") + """jobs:
  sign:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
      - run: sudo apt-get install -y minisign
      - name: Sign archives
        env:
          MINISIGN_KEY: %s
        run: |
          printf 'untrusted comment: minisign secret key\\n%%s\\n' "$MINISIGN_KEY" > /tmp/minisign.key
          for f in dist/*.tar.gz; do minisign -S -s /tmp/minisign.key -m "$f" -t "%s $GITHUB_REF_NAME"; done
          rm -f /tmp/minisign.key
""" % (v, proj(r))
    return ".github/workflows/build-binaries.yml", txt


@tpl("signify", "signify_secret_key", [])
def t_signify_sec(r, v):
    p = proj(r)
    return "etc/signify/%s-%s.sec" % (p, r.randint(60, 80)), "untrusted comment: signify secret key\n%s\n" % v


@tpl("Sparkle", "ed25519_seed_b64", ["${{ secrets.SPARKLE_ED_PRIVATE_KEY }}", "$SPARKLE_KEY"])
def t_sparkle_gha(r, v):
    app = r.choice(APPS)
    txt = gha_head(r, "mac-release") + """jobs:
  appcast:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - run: xcodebuild -scheme %s -configuration Release archive -archivePath build/%s.xcarchive
      - name: Sign update for Sparkle
        env:
          SPARKLE_PRIVATE_KEY: "%s"
        run: |
          echo -n "$SPARKLE_PRIVATE_KEY" > sparkle_key
          ./bin/sign_update --ed-key-file sparkle_key build/%s.zip
          ./bin/generate_appcast --ed-key-file sparkle_key build/
""" % (app, app, v, app)
    return ".github/workflows/mac-release.yml", txt


@tpl("Sparkle", "ed25519_seed_b64", [])
def t_sparkle_keyfile(r, v):
    return r.choice(["Sparkle/ed25519_private_key", "release/sparkle_private_key.txt", "Keys/eddsa_priv.key"]), v + "\n"


@tpl("Sparkle", "ed25519_seed_b64", ["ENV['SPARKLE_PRIVATE_KEY']"], avoid="'")
def t_fastlane_sparkle(r, v):
    app = r.choice(APPS)
    txt = """default_platform(:mac)

platform :mac do
  desc "Build, notarize and publish a new %s release"
  lane :release do
    build_mac_app(scheme: "%s", export_method: "developer-id")
    notarize(package: "./%s.app", api_key_path: "fastlane/api_key.json")
    zip(path: "./%s.app", output_path: "./%s.zip")
    sparkle_key = '%s'
    sh("echo -n #{sparkle_key} | ../bin/sign_update --ed-key-file - ../%s.zip")
  end
end
""" % (app, app, app, app, app, v, app)
    return "fastlane/Fastfile", txt


@tpl("TUF", "tuf_private_hex", [])
def t_gotuf_key(r, v):
    pub = rs(r, HEXD, 64)
    priv = v if len(v) == 128 else v
    d = {"encrypted": False, "data": [{"keytype": "ed25519", "scheme": "ed25519",
                                       "keyid_hash_algorithms": ["sha256", "sha512"],
                                       "keyval": {"public": pub, "private": priv}}]}
    role = r.choice(["targets", "snapshot", "timestamp", "root"])
    return "repository/keys/%s.json" % role, json.dumps(d, indent=r.choice([1, 2])) + "\n"


@tpl("TUF", "tuf_private_hex", [])
def t_sslib_key(r, v):
    d = {"keytype": "ed25519", "scheme": "ed25519", "keyid": sha256hex(r),
         "keyid_hash_algorithms": ["sha256", "sha512"],
         "keyval": {"public": rs(r, HEXD, 64), "private": v}}
    name = r.choice(["alice", "bob", "carl", "builder", "packager", "qa"])
    return r.choice(["in-toto/keys/%s.json" % name, "tuf/keys/%s_ed25519.json" % name]), json.dumps(d) + "\n"


@tpl("TUF", "tuf_private_hex", ["os.environ['TUF_TARGETS_KEY']"], avoid="'")
def t_python_tuf(r, v):
    txt = '''"""Publish new targets to the TUF repository (python-tuf)."""
from securesystemslib.signer import SSlibKey, SSlibSigner
from tuf.api.metadata import Metadata, Targets

TARGETS_KEY = {
    "keytype": "ed25519",
    "scheme": "ed25519",
    "keyval": {
        "public": "%s",
        "private": "%s",
    },
}


def sign_targets(path="metadata/targets.json"):
    md = Metadata[Targets].from_file(path)
    md.signed.version += 1
    md.sign(SSlibSigner(TARGETS_KEY))
    md.to_file(path)
''' % (rs(r, HEXD, 64), v)
    return "tools/publish_targets.py", txt


@tpl("in-toto", "pem_private_key", [])
def t_intoto_functionary(r, v):
    return r.choice(["in-toto/functionaries/%s.pem" % r.choice(FIRST), "keys/%s_functionary.key" % r.choice(FIRST),
                     "supply-chain/layout-owner.key"]), v + "\n"


@tpl("Notation", "pem_private_key", [])
def t_notation_key(r, v):
    return ".config/notation/localkeys/%s.key" % r.choice([org(r), "release", "wabbit-networks.io"]), v + "\n"


@tpl("cosign", "ec_private_key", ["${{ secrets.COSIGN_PRIVATE_KEY }}"])
def t_k8s_secret_signer(r, v):
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: image-signer-key
  namespace: %s
  labels:
    app.kubernetes.io/part-of: release-tooling
type: Opaque
stringData:
  signer.key: |
%s
  key-id: "%s"
""" % (r.choice(["ci", "tekton-pipelines", "release", "argo"]), indent(v, 4), keyid16(r).lower())
    return "deploy/k8s/signer-secret.yaml", txt


@tpl("Fulcio", "password", ["${FULCIO_CA_PASSWORD}", "$(cat /run/secrets/ca_pass)"], avoid="\"$")
def t_fulcio_compose(r, v):
    txt = """version: "3.8"
services:
  fulcio:
    image: ghcr.io/sigstore/fulcio:v1.4.%d
    command:
      - serve
      - --host=0.0.0.0
      - --port=5555
      - --ca=fileca
      - --fileca-cert=/etc/fulcio/ca.pem
      - --fileca-key=/etc/fulcio/ca-key.pem
      - --fileca-key-passwd=%s
      - --ct-log-url=http://ctlog:6962/test
    volumes:
      - ./fulcio-config:/etc/fulcio:ro
    ports:
      - "5555:5555"
  ctlog:
    image: ghcr.io/sigstore/scaffolding/ct_server:v0.6.%d
    depends_on: [trillian-log-server]
""" % (r.randint(0, 5), v, r.randint(0, 9))
    return "deploy/sigstore/docker-compose.yml", txt


@tpl("Certificate Transparency", "password", [], avoid="\"")
def t_ctfe_config(r, v):
    txt = """config {
  log_id: %d
  prefix: "%s"
  roots_pem_file: "/ctfe-keys/roots.pem"
  private_key: {
    [type.googleapis.com/keyspb.PEMKeyFile] {
      path: "/ctfe-keys/privkey.pem"
      password: "%s"
    }
  }
  public_key: {
    der: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE..."
  }
  ext_key_usages: [ "CodeSigning" ]
}
""" % (r.randint(10 ** 17, 10 ** 18), r.choice(["sigstore", "test", "ctlog"]), v)
    return "config/ctfe/ct_server.cfg", txt


@tpl("Rekor", "password", ["${REKOR_SIGNER_PASSWORD}"], avoid="\"")
def t_rekor_helm(r, v):
    txt = """rekor:
  server:
    replicaCount: 2
    signer: /key/rekor-signer.pem
    signerFileSecretOptions:
      secretName: rekor-signer-key
      privateKeySecretKey: private
    extraArgs:
      - --rekor_server.signer_passwd=%s
      - --enable_attestation_storage
      - --attestation_storage_bucket=gs://%s-rekor-attestations
  redis:
    hostname: rekor-redis.%s.svc
trillian:
  enabled: true
  mysql:
    auth:
      existingSecret: trillian-mysql
""" % (v, org(r), r.choice(["sigstore", "rekor-system"]))
    return "charts/sigstore/values-prod.yaml", txt


@tpl("Trillian", "password", ["${MYSQL_PASSWORD}"], avoid="@:/\"")
def t_trillian_mysql(r, v):
    u = r.choice(["trillian", "rekor", "tlog"])
    txt = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: trillian-log-server
  namespace: rekor-system
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: log-server
          image: gcr.io/trillian-opensource-ci/log_server:v1.6.%d
          args:
            - --storage_system=mysql
            - --mysql_uri=%s:%s@tcp(mysql.rekor-system.svc:3306)/trillian
            - --rpc_endpoint=0.0.0.0:8090
            - --http_endpoint=0.0.0.0:8091
""" % (r.randint(0, 9), u, v)
    return "deploy/trillian/log-server.yaml", txt


@tpl("GitHub", "github_pat", ["${{ secrets.RELEASE_PAT }}"])
def t_slsa_gha_pat(r, v):
    txt = gha_head(r, "slsa-provenance") + """jobs:
  build:
    outputs:
      hashes: ${{ steps.hash.outputs.hashes }}
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make dist
      - id: hash
        run: echo "hashes=$(sha256sum dist/* | base64 -w0)" >> "$GITHUB_OUTPUT"
  provenance:
    needs: [build]
    permissions:
      actions: read
      id-token: write
      contents: write
    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.0.0
    with:
      base64-subjects: "${{ needs.build.outputs.hashes }}"
      upload-assets: true
  publish:
    needs: [provenance]
    runs-on: ubuntu-latest
    steps:
      - run: gh release upload "$GITHUB_REF_NAME" *.intoto.jsonl --repo %s/%s
        env:
          GH_TOKEN: %s
""" % (org(r), proj(r), v)
    return ".github/workflows/slsa.yml", txt


@tpl("GitHub", "github_fine_pat", ["{{ .Env.GITHUB_TOKEN }}"])
def t_goreleaser_token(r, v):
    p = proj(r)
    txt = """version: 2
project_name: %s

env_files:
  github_token: ~/.config/goreleaser/github_token

builds:
  - env: [CGO_ENABLED=0]
    goos: [linux, darwin, windows]
    goarch: [amd64, arm64]

checksum:
  name_template: 'checksums.txt'

signs:
  - cmd: cosign
    certificate: '${artifact}.pem'
    args: ["sign-blob", "--output-certificate=${certificate}", "--output-signature=${signature}", "${artifact}", "--yes"]
    artifacts: checksum

brews:
  - repository:
      owner: %s
      name: homebrew-tap
      token: "%s"
    homepage: https://github.com/%s/%s
""" % (p, org(r), v, org(r), p)
    return ".goreleaser.yaml", txt


@tpl("goreleaser", "passphrase", ["{{ .Env.GPG_PASSWORD }}", "{{ .Env.NFPM_PASSPHRASE }}"], avoid="'")
def t_goreleaser_gpg(r, v):
    p = proj(r)
    txt = """project_name: %s
before:
  hooks:
    - go mod tidy
builds:
  - main: ./cmd/%s
    ldflags: ["-s -w -X main.version={{.Version}}"]
signs:
  - artifacts: checksum
    args:
      - "--batch"
      - "--pinentry-mode"
      - "loopback"
      - "--passphrase"
      - '%s'
      - "-u"
      - "{{ .Env.GPG_FINGERPRINT }}"
      - "--output"
      - "${signature}"
      - "--detach-sign"
      - "${artifact}"
nfpms:
  - formats: [deb, rpm]
    maintainer: Release Team <release@%s.io>
""" % (p, p, v, org(r))
    return ".goreleaser.yml", txt


@tpl("nfpm", "passphrase", ["${NFPM_PASSPHRASE}"], avoid="\"")
def t_nfpm(r, v):
    p = proj(r)
    txt = """name: %s
arch: amd64
platform: linux
version: ${VERSION}
maintainer: "Packaging <packaging@%s.io>"
description: %s agent
contents:
  - src: ./dist/%s
    dst: /usr/bin/%s
deb:
  signature:
    key_file: ./packaging/deb-signing.key
    key_id: %s
rpm:
  signature:
    key_file: ./packaging/rpm-signing.key
    key_passphrase: "%s"
""" % (p, org(r), p, p, p, keyid16(r), v)
    return "packaging/nfpm.yaml", txt


@tpl("JReleaser", "passphrase", ["{{ Env.JRELEASER_GPG_PASSPHRASE }}"], avoid="'")
def t_jreleaser_yml(r, v):
    p = proj(r)
    txt = """project:
  name: %s
  description: Fast %s toolkit
  license: Apache-2.0
  java:
    groupId: io.%s
    version: 17

signing:
  active: ALWAYS
  armored: true
  mode: FILE
  publicKey: 'src/jreleaser/keys/public.asc'
  secretKey: 'src/jreleaser/keys/secret.asc'
  passphrase: '%s'

release:
  github:
    owner: %s
    overwrite: true

deploy:
  maven:
    mavenCentral:
      sonatype:
        active: ALWAYS
        url: https://central.sonatype.com/api/v1/publisher
        stagingRepositories:
          - target/staging-deploy
""" % (p, p, org(r).replace("-", ""), v, org(r))
    return "jreleaser.yml", txt


@tpl("JReleaser", "pgp_private_key", [])
def t_jreleaser_toml(r, v):
    txt = '''# ~/.jreleaser/config.toml  (Geheimnisse nur lokal!)
JRELEASER_GITHUB_TOKEN = "{{ env.GH_TOKEN }}"
JRELEASER_GPG_PUBLIC_KEY = "src/jreleaser/keys/public.asc"
JRELEASER_GPG_SECRET_KEY = """
%s
"""
JRELEASER_MAVENCENTRAL_USERNAME = "%s"
''' % (v, rs(r, ALNUM, 8))
    return ".jreleaser/config.toml", txt


@tpl("npm", "npm_token", ["${NPM_TOKEN}"])
def t_npmrc(r, v):
    o = org(r)
    txt = "@%s:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nprovenance=true\naccess=public\n" % (o, v)
    return r.choice([".npmrc", "packages/cli/.npmrc"]), txt


@tpl("npm", "npm_token", ["${{ secrets.NPM_TOKEN }}"])
def t_gha_npm_provenance(r, v):
    txt = gha_head(r, "npm-publish") + """jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: 'https://registry.npmjs.org'
      - run: npm ci
      - run: npm publish --provenance --access public
        env:
          NODE_AUTH_TOKEN: %s
""" % v
    return ".github/workflows/npm-publish.yml", txt


@tpl("semantic-release", "github_pat", ["process.env.GH_TOKEN"], avoid="'")
def t_semrel_js(r, v):
    lit = v if v.startswith("process.") else "'%s'" % v
    txt = """// release.config.js
const githubToken = %s;

module.exports = {
  branches: ['main', { name: 'beta', prerelease: true }],
  plugins: [
    '@semantic-release/commit-analyzer',
    '@semantic-release/release-notes-generator',
    ['@semantic-release/npm', { npmPublish: true, provenance: true }],
    ['@semantic-release/github', { githubUrl: 'https://github.com', assets: ['dist/*.tgz', 'dist/*.sig'] }],
  ],
};

process.env.GITHUB_TOKEN = process.env.GITHUB_TOKEN || githubToken;
""" % lit
    return "release.config.js", txt


@tpl("semantic-release", "gitlab_pat", ["$GITLAB_TOKEN"])
def t_semrel_gitlab(r, v):
    txt = """release:
  stage: release
  image: node:20
  variables:
    GITLAB_TOKEN: %s
    GIT_AUTHOR_NAME: release-bot
    GIT_COMMITTER_NAME: release-bot
  script:
    - npx semantic-release
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""" % v
    return "ci/release.gitlab-ci.yml", txt


@tpl("Docker Hub", "docker_pat", ["${{ secrets.DOCKERHUB_TOKEN }}"])
def t_docker_pat_gha(r, v):
    o = org(r).replace("-", "")
    txt = gha_head(r, "image") + """jobs:
  docker:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: %sbot
          password: %s
      - uses: docker/build-push-action@v5
        with:
          push: true
          provenance: mode=max
          sbom: true
          tags: %s/%s:latest
""" % (o, v, o, proj(r))
    return ".github/workflows/image.yml", txt


@tpl("Docker Hub", "docker_pat", [])
def t_docker_config_json(r, v):
    u = org(r).replace("-", "") + "ci"
    auth = b64(("%s:%s" % (u, v)).encode())
    d = {"auths": {"https://index.docker.io/v1/": {"auth": auth}},
         "experimental": "enabled"}
    # needle: the base64 auth value holds the token
    return ".docker/config.json", json.dumps(d, indent="\t") + "\n", auth


@tpl("cosign", "password", ["${COSIGN_PASSWORD}"], avoid="\"$")
def t_dockerfile_cosign(r, v):
    txt = """FROM gcr.io/projectsigstore/cosign:v2.2.%d AS cosign
FROM alpine:3.19
COPY --from=cosign /ko-app/cosign /usr/local/bin/cosign
RUN apk add --no-cache bash curl jq
COPY keys/cosign.key /etc/signer/cosign.key
ENV COSIGN_PASSWORD="%s" \\
    COSIGN_KEY=/etc/signer/cosign.key
COPY sign.sh /usr/local/bin/sign.sh
ENTRYPOINT ["/usr/local/bin/sign.sh"]
""" % (r.randint(0, 4), v)
    return r.choice(["Dockerfile.signer", "images/signer/Dockerfile"]), txt


@tpl("cosign", "password", ["${COSIGN_PASSWORD}", "os.environ['COSIGN_PASSWORD']"], avoid="'\\")
def t_python_cosign(r, v):
    ref = v.startswith("os.")
    txt = """import os
import subprocess

REGISTRY = "%s"
COSIGN_KEY = "k8s://release/cosign-key"


def sign(image: str) -> None:
    env = dict(os.environ)
    env["COSIGN_PASSWORD"] = %s
    subprocess.run(["cosign", "sign", "--yes", "--key", COSIGN_KEY, image], check=True, env=env)


if __name__ == "__main__":
    for name in ("api", "scheduler"):
        sign(f"{REGISTRY}/{name}:latest")
""" % ("ghcr.io/%s" % org(r), v if ref else "'%s'" % v)
    return "tools/sign_images.py", txt


@tpl("Go (sigstore)", "password", ['os.Getenv("COSIGN_PASSWORD")'], avoid='"\\`')
def t_go_cosign(r, v):
    ref = v.startswith("os.")
    txt = """package signer

import (
\t"context"
\t"os"

\t"github.com/sigstore/cosign/v2/pkg/cosign"
\t"github.com/sigstore/sigstore/pkg/signature"
)

// keyPass is used to decrypt hack/cosign.key for e2e tests.
var keyPass = []byte(%s)

func LoadSigner(ctx context.Context) (signature.SignerVerifier, error) {
\tpem, err := os.ReadFile("hack/cosign.key")
\tif err != nil {
\t\treturn nil, err
\t}
\tpf := func(bool) ([]byte, error) { return keyPass, nil }
\treturn cosign.LoadPrivateKey(pem, mustPass(pf))
}
""" % (v if ref else '"%s"' % v)
    return "internal/signer/signer.go", txt


@tpl("apt repository", "passphrase", ["$APTLY_GPG_PASSPHRASE"], avoid="\"$")
def t_aptly(r, v):
    txt = """#!/usr/bin/env bash
set -euo pipefail
DIST=${DIST:-stable}
aptly repo add %s-main ./out/*.deb
aptly snapshot create %s-$(date +%%Y%%m%%d%%H%%M) from repo %s-main
aptly publish switch -batch -gpg-key="%s" -passphrase="%s" $DIST %s-$(date +%%Y%%m%%d%%H%%M)
""" % ("{p}", "{p}", "{p}", keyid16(r), v, "{p}")
    txt = txt.replace("{p}", proj(r))
    return "packaging/apt/publish.sh", txt


@tpl("yum repository", "passphrase", ["%(GPG_PASS)s", "$RPM_PASSPHRASE"], avoid="%\"$")
def t_rpmmacros(r, v):
    f, l, mail = person(r)
    txt = """%%_signature gpg
%%_gpg_path /home/builder/.gnupg
%%_gpg_name Packaging Team <%s>
%%__gpg_sign_cmd %%{__gpg} gpg --batch --no-verbose --no-armor --pinentry-mode loopback --passphrase %s -u "%%{_gpg_name}" -sbo %%{__signature_filename} --digest-algo sha256 %%{__plaintext_filename}
""" % (mail, v)
    return "packaging/rpm/.rpmmacros", txt


@tpl("GnuPG", "passphrase", ["<KEY_PASSPHRASE>"], avoid="")
def t_md_checklist(r, v):
    p = proj(r)
    f, l, mail = person(r)
    txt = """# Release checklist – %s

1. Bump version in `VERSION` and `CHANGELOG.md`.
2. Tag: `git tag -s v%s -m "v%s"`
3. Build artefacts: `make dist`
4. Sign the checksums with the release key (`%s`):

   ```
   gpg --local-user %s --armor --detach-sign dist/SHA256SUMS
   ```

   Passphrase for the release key: `%s`
   (ask %s if it has been rotated)

5. Upload to GitHub and the apt repo.
6. Announce on the mailing list.
""" % (p, ver(r), ver(r), mail, fpr40(r), v, f.capitalize())
    return r.choice(["docs/RELEASING.md", "RELEASE.md", "docs/release-checklist.md"]), txt


@tpl("Notation", "password", ["${NOTATION_PASSWORD}"], avoid="\"$")
def t_notation_registry(r, v):
    reg = "%s.azurecr.io" % org(r).replace("-", "")
    txt = """#!/usr/bin/env bash
# notation sign - registry credentials for the signing service account
export NOTATION_USERNAME="%s-signer"
export NOTATION_PASSWORD="%s"
notation key add --default --plugin azure-kv release --id "https://%s.vault.azure.net/keys/release/%s"
notation sign --signature-format cose "%s/%s@sha256:%s"
""" % (org(r), v, org(r), rs(r, HEXD, 32), reg, proj(r), sha256hex(r))
    return "scripts/notation-sign.sh", txt


@tpl("HashiCorp Vault", "vault_secret_id", ["{{ .Env.VAULT_TOKEN }}"], avoid="\"")
def t_vault_sign_policy(r, v):
    txt = """# Signing service config (sign-proxy)
[server]
listen = "0.0.0.0:8200"

[vault]
address   = "https://vault.%s.internal:8200"
transit   = "transit/keys/release-signing"
role_id   = "%s"
secret_id = "%s"
""" % (org(r), uuid4(r), v)
    return "config/sign-proxy.toml", txt


@tpl("Apple notarization", "apple_app_password", ["@keychain:AC_PASSWORD", "$APPLE_APP_PASSWORD"], avoid="\"")
def t_notarytool(r, v):
    f, l, mail = person(r)
    txt = """#!/bin/zsh
# notarize the signed dmg
APP=%s
xcrun notarytool submit "build/$APP.dmg" \\
  --apple-id "%s" \\
  --team-id %s \\
  --password "%s" \\
  --wait
xcrun stapler staple "build/$APP.dmg"
""" % (r.choice(APPS), mail, rs(r, string.ascii_uppercase + string.digits, 10), v)
    return "scripts/notarize.sh", txt


@tpl("GnuPG", "passphrase", ["${GPG_PASSPHRASE}"], avoid="")
def t_gpg_passphrase_file(r, v):
    return r.choice([".gnupg/passphrase.txt", "ci/gpg-passphrase", "keys/release.pass"]), v + "\n"


@tpl("cosign", "password", ["valueFrom: secretKeyRef"], avoid="\"")
def t_tekton_task(r, v):
    txt = """apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: cosign-sign
spec:
  params:
    - name: image
      type: string
  steps:
    - name: sign
      image: gcr.io/projectsigstore/cosign:v2.2.%d
      env:
        - name: COSIGN_PASSWORD
          value: "%s"
        - name: COSIGN_YES
          value: "true"
      script: |
        cosign sign --key k8s://tekton-chains/signing-secrets "$(params.image)"
""" % (r.randint(0, 4), v)
    return "tekton/tasks/cosign-sign.yaml", txt


@tpl("Kyverno", "password", ["{{ request.object.metadata.name }}"], avoid="\"")
def t_connaisseur_values(r, v):
    o = org(r)
    txt = """application:
  validators:
    - name: %s-notary
      type: notaryv1
      host: notary.%s.io
      trustRoots:
        - name: default
          key: |
            -----BEGIN PUBLIC KEY-----
            %s
            %s
            -----END PUBLIC KEY-----
      auth:
        username: %s-connaisseur
        password: "%s"
  policy:
    - pattern: "*:*"
      validator: deny
    - pattern: "registry.%s.io/*:*"
      validator: %s-notary
"""
    spki = b64(bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rb(r, 64))
    l1, l2 = spki[:64], spki[64:]
    txt = txt % (o, o, l1, l2, o, v, o, o)
    return "helm/connaisseur/values.yaml", txt


@tpl("GitHub", "github_pat", [])
def t_git_credentials(r, v):
    u = r.choice(FIRST) + "-release-bot"
    return ".git-credentials", "https://%s:%s@github.com\n" % (u, v)


@tpl("cosign", "password", ["${{ secrets.COSIGN_PASSWORD }}"])
def t_gha_cosign_blob(r, v):
    txt = gha_head(r, "artifacts") + """jobs:
  sign-blobs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: sigstore/cosign-installer@v3
      - run: make release-artifacts
      - run: |
          for f in out/*.tar.gz; do
            cosign sign-blob --yes --key env://COSIGN_PRIVATE_KEY --bundle "$f.bundle" "$f"
          done
        env:
          COSIGN_PRIVATE_KEY: ${{ secrets.COSIGN_PRIVATE_KEY }}
          COSIGN_PASSWORD: '%s'
""" % v
    return ".github/workflows/artifacts.yml", txt


@tpl("Jenkins", "password", ["credentials('android-keystore')"], avoid="'\"$\\")
def t_jenkins_android(r, v):
    txt = """// Jenkinsfile – Android Release
node('android') {
    stage('Checkout') { checkout scm }
    withEnv(['KEYSTORE_FILE=keystore/release.jks',
             'KEYSTORE_PASSWORD=%s',
             'KEY_ALIAS=release']) {
        stage('Bundle') {
            sh './gradlew bundleRelease -Pandroid.injected.signing.store.file=$KEYSTORE_FILE -Pandroid.injected.signing.store.password=$KEYSTORE_PASSWORD -Pandroid.injected.signing.key.alias=$KEY_ALIAS -Pandroid.injected.signing.key.password=$KEYSTORE_PASSWORD'
        }
    }
    stage('Archive') { archiveArtifacts 'app/build/outputs/bundle/release/*.aab' }
}
""" % v
    return "android/Jenkinsfile", txt


@tpl("Flutter", "password", [], avoid="")
def t_flutter_keyprops(r, v):
    txt = "storePassword=%s\nkeyPassword=%s\nkeyAlias=upload\nstoreFile=../upload-keystore.jks\n" % (v, v)
    return "android/key.properties", txt


@tpl("Kubernetes", "password", [], avoid="")
def t_k8s_secret_b64_pass(r, v):
    # password stored in stringData for the signing sidecar
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: cosign-key-password
  namespace: tekton-chains
type: Opaque
stringData:
  cosign.password: '%s'
""" % v
    return "manifests/chains/cosign-password.yaml", txt


@tpl("Buildkite", "passphrase", ["${GPG_PASSPHRASE}"], avoid="\"$")
def t_buildkite(r, v):
    txt = """steps:
  - label: ":package: build deb"
    command: make deb
    artifact_paths: "dist/*.deb"
  - wait
  - label: ":lock: sign + publish"
    command:
      - buildkite-agent artifact download "dist/*.deb" .
      - debsigs --sign=origin --default-key=%s dist/*.deb
      - ./scripts/publish-apt.sh
    env:
      GPG_PASSPHRASE: "%s"
    agents:
      queue: release
""" % (keyid16(r), v)
    return ".buildkite/pipeline.yml", txt


@tpl("Ansible", "passphrase", ["{{ vault_gpg_passphrase }}"], avoid="\"")
def t_ansible_vars(r, v):
    txt = """---
# group_vars/repo_servers.yml
repo_base: /srv/repos
repo_signing_key_id: "%s"
repo_signing_key_passphrase: "%s"
repo_distributions:
  - bookworm
  - jammy
  - noble
""" % (fpr40(r), v)
    return "ansible/group_vars/repo_servers.yml", txt


@tpl("Terraform", "password", ["var.pfx_password"], avoid="\"$")
def t_terraform_kv(r, v):
    ref = v.startswith("var.")
    txt = """resource "azurerm_key_vault_certificate" "codesign" {
  name         = "codesign-ev"
  key_vault_id = azurerm_key_vault.signing.id

  certificate {
    contents = filebase64("${path.module}/certs/codesign.pfx")
    password = %s
  }
}
""" % (v if ref else '"%s"' % v)
    return "infra/signing/keyvault.tf", txt


@tpl("cosign", "password", [], avoid="")
def t_env_file(r, v):
    txt = "COSIGN_KEY=./cosign.key\nCOSIGN_PASSWORD=%s\nREGISTRY=ghcr.io/%s\n" % (v, org(r))
    return r.choice([".env", ".env.local", ".env.release"]), txt


# ============================================================================ look-alike negatives
LOOKALIKES = []


def look(provider, kind):
    def deco(fn):
        LOOKALIKES.append({"name": fn.__name__[2:], "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


def ec_spki(r):
    return bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rb(r, 64)


def rsa_spki(r):
    return der(0x30, bytes.fromhex("300d06092a864886f70d0101010500") +
               der(0x03, b"\x00" + der(0x30, der_int(r, 256) + bytes.fromhex("0203010001"))))


def pub_pem(r):
    return pem("PUBLIC KEY", ec_spki(r) if r.random() < 0.7 else rsa_spki(r))


def fake_cert_der(r):
    tbs = (bytes.fromhex("a003020102") + der(0x02, b"\x01" + rb(r, 19)) +
           bytes.fromhex("300a06082a8648ce3d040302") + rb(r, r.randint(380, 520)))
    return der(0x30, der(0x30, tbs) + bytes.fromhex("300a06082a8648ce3d040302") +
               der(0x03, b"\x00" + der(0x30, der_int(r, 32) + der_int(r, 32))))


def cert_pem(r):
    return pem("CERTIFICATE", fake_cert_der(r))


def ecdsa_sig_b64(r):
    return b64(der(0x30, der_int(r, 32, r.random() < 0.5) + der_int(r, 32, r.random() < 0.5)))


def pgp_public_blob(r):
    t = pgp_time(r)
    pub = b"\x04" + t + b"\x16" + bytes.fromhex("092b06010401da470f01") + b"\x01\x07\x40" + rb(r, 32)
    pk = pgp_pkt_old(6, pub) + pgp_pkt_old(13, pgp_uid(r)) + pgp_pkt_old(2, b"\x04\x13\x16\x0a" + rb(r, 140))
    sub = b"\x04" + t + b"\x12" + bytes.fromhex("0a2b060104019755010501") + b"\x01\x07\x40" + rb(r, 32) + b"\x03\x01\x08\x07"
    return pk + pgp_pkt_old(14, sub) + pgp_pkt_old(2, b"\x04\x18\x16\x0a" + rb(r, 120))


def pgp_pub(r):
    return armor("PUBLIC KEY BLOCK", pgp_public_blob(r))


def pgp_sig(r):
    return armor("SIGNATURE", b"\x88\x75\x04\x00\x16\x0a\x00\x1d\x16\x21\x04" + rb(r, 20) + rb(r, 90))


def cosign_encrypted_key(r):
    d = {"kdf": {"name": "scrypt", "params": {"N": 65536, "r": 8, "p": 1}, "salt": b64(rb(r, 32))},
         "cipher": {"name": "nacl/secretbox", "nonce": b64(rb(r, 24))},
         "ciphertext": b64(rb(r, 154))}
    label = r.choice(["ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED COSIGN PRIVATE KEY"])
    return pem(label, json.dumps(d, separators=(",", ":")).encode())


def minisign_pub(r):
    return b64(b"Ed" + rb(r, 8) + rb(r, 32))


def kms_uri(r):
    c = r.randint(0, 3)
    if c == 0:
        return "awskms:///arn:aws:kms:%s:%d:key/%s" % (r.choice(REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), uuid4(r))
    if c == 1:
        return "gcpkms://projects/%s-prod/locations/global/keyRings/release/cryptoKeys/cosign/versions/%d" % (org(r), r.randint(1, 4))
    if c == 2:
        return "azurekms://%s-signing.vault.azure.net/cosign" % org(r)
    return "hashivault://%s-cosign" % proj(r)


@look("cosign", "public_key")
def n_cosign_pub(r):
    return r.choice(["cosign.pub", "keys/cosign.pub", "hack/cosign.pub", "release/cosign.pub"]), pub_pem(r) + "\n"


@look("cosign", "encrypted_private_key")
def n_cosign_key_enc(r):
    return r.choice(["cosign.key", "hack/cosign.key", ".sigstore/cosign.key"]), cosign_encrypted_key(r) + "\n"


@look("cosign", "encrypted_private_key")
def n_k8s_cosign_secret_enc(r):
    key = cosign_encrypted_key(r)
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: signing-secrets
  namespace: tekton-chains
type: Opaque
stringData:
  # password is injected by external-secrets from Vault (chains/cosign-password)
  cosign.key: |
%s
  cosign.pub: |
%s
""" % (indent(key, 4), indent(pub_pem(r), 4))
    return "manifests/chains/signing-secrets.yaml", txt


@look("GnuPG", "public_key")
def n_pgp_pubkey(r):
    return r.choice(["KEYS", "keys/release-signing.pub.asc", "packaging/apt/archive-key.asc",
                     "docs/pgp-key.asc", "%s-release.asc" % proj(r)]), pgp_pub(r) + "\n"


@look("GnuPG", "signature")
def n_pgp_sig(r):
    return r.choice(["dist/SHA256SUMS.asc", "release/%s-%s.tar.gz.asc" % (proj(r), ver(r)), "checksums.txt.sig.asc"]), pgp_sig(r) + "\n"


@look("GnuPG", "fingerprint")
def n_security_md(r):
    f, l, mail = person(r)
    fp = fpr40(r)
    txt = """# Security Policy

## Verifying releases

All release artifacts are signed with our release key:

```
pub   ed25519 %d-%02d-%02d [SC] [expires: %d-01-01]
      %s
uid           [ultimate] %s Release Signing <%s>
sub   cv25519 %d-%02d-%02d [E]
```

Fetch it with `gpg --keyserver keys.openpgp.org --recv-keys %s` and verify with
`gpg --verify SHA256SUMS.asc SHA256SUMS`.

Container images are signed keyless with cosign; verify with:

```
cosign verify ghcr.io/%s/%s:%s \\
  --certificate-identity-regexp 'https://github.com/%s/%s/.github/workflows/release.yml@refs/tags/v.*' \\
  --certificate-oidc-issuer https://token.actions.githubusercontent.com
```
""" % (r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28), r.randint(2026, 2029), fp, proj(r).capitalize(), mail,
       r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28), fp[-16:], org(r), proj(r), ver(r), org(r), proj(r))
    return "SECURITY.md", txt


@look("minisign", "public_key")
def n_minisign_pub(r):
    k = minisign_pub(r)
    kid = rs(r, "0123456789ABCDEF", 16)
    if r.random() < 0.5:
        return "minisign.pub", "untrusted comment: minisign public key %s\n%s\n" % (kid, k)
    p = proj(r)
    txt = """## Verifying downloads

Every release archive ships with a `.minisig` signature. Verify with:

```sh
minisign -Vm %s-%s-linux-amd64.tar.gz -P %s
```
""" % (p, ver(r), k)
    return "docs/verify.md", txt


@look("minisign", "signature")
def n_minisig(r):
    p = proj(r)
    fn = "%s-%s-x86_64.tar.gz" % (p, ver(r))
    sig = b64(b"ED" + rb(r, 8) + rb(r, 64))
    gsig = b64(rb(r, 64))
    return "dist/%s.minisig" % fn, ("untrusted comment: signature from minisign secret key\n%s\n"
                                     "trusted comment: timestamp:%d\tfile:%s\thashed\n%s\n" % (sig, r.randint(1600000000, 1720000000), fn, gsig))


@look("signify", "public_key")
def n_signify_pub(r):
    p = proj(r)
    if r.random() < 0.5:
        return "etc/signify/%s-%d-base.pub" % (p, r.randint(60, 80)), "untrusted comment: %s public key\n%s\n" % (p, b64(b"Ed" + rb(r, 8) + rb(r, 32)))
    return "SHA256.sig", "untrusted comment: verify with %s-base.pub\n%s\n" % (p, b64(b"Ed" + rb(r, 8) + rb(r, 64)))


def tuf_sig(r):
    return {"keyid": sha256hex(r), "sig": rs(r, HEXD, 128)}


@look("TUF", "metadata")
def n_tuf_root(r):
    keys, roles = {}, {}
    for role in ("root", "targets", "snapshot", "timestamp"):
        ids = []
        for _ in range(r.choice([1, 1, 2])):
            kid = sha256hex(r)
            keys[kid] = {"keytype": "ed25519", "scheme": "ed25519",
                         "keyid_hash_algorithms": ["sha256", "sha512"],
                         "keyval": {"public": rs(r, HEXD, 64)}}
            ids.append(kid)
        roles[role] = {"keyids": ids, "threshold": 1}
    d = {"signatures": [tuf_sig(r) for _ in range(2)],
         "signed": {"_type": "root", "consistent_snapshot": True,
                    "expires": "%d-%02d-01T00:00:00Z" % (r.randint(2025, 2027), r.randint(1, 12)),
                    "keys": keys, "roles": roles, "spec_version": "1.0.31", "version": r.randint(1, 9)}}
    return r.choice(["repository/metadata/root.json", "tuf/root.json", "metadata/%d.root.json" % r.randint(1, 6)]), json.dumps(d, indent=2) + "\n"


@look("TUF", "metadata")
def n_tuf_targets(r):
    tg = {}
    for _ in range(r.randint(2, 5)):
        name = "%s-%s-%s.tar.gz" % (proj(r), ver(r), r.choice(["linux-amd64", "darwin-arm64", "windows-amd64"]))
        tg[name] = {"hashes": {"sha256": sha256hex(r), "sha512": hashlib.sha512(rb(r, 8)).hexdigest()},
                    "length": r.randint(10 ** 5, 10 ** 8)}
    d = {"signatures": [tuf_sig(r)], "signed": {"_type": "targets", "expires": "2026-01-01T00:00:00Z",
                                                "spec_version": "1.0.31", "targets": tg, "version": r.randint(1, 300)}}
    return "repository/metadata/targets.json", json.dumps(d, indent=1) + "\n"


@look("in-toto", "layout")
def n_intoto_layout(r):
    kid = sha256hex(r)
    d = {"signatures": [{"keyid": sha256hex(r), "sig": rs(r, HEXD, 128)}],
         "signed": {"_type": "layout", "expires": "2026-06-01T00:00:00Z", "readme": "",
                    "keys": {kid: {"keyid": kid, "keytype": "ed25519", "scheme": "ed25519",
                                   "keyid_hash_algorithms": ["sha256", "sha512"],
                                   "keyval": {"public": rs(r, HEXD, 64)}}},
                    "steps": [{"_type": "step", "name": "build", "threshold": 1, "pubkeys": [kid],
                               "expected_command": ["make", "dist"],
                               "expected_materials": [["MATCH", "*", "WITH", "PRODUCTS", "FROM", "clone"]],
                               "expected_products": [["CREATE", "dist/*"], ["DISALLOW", "*"]]}],
                    "inspect": []}}
    return "supply-chain/root.layout", json.dumps(d, indent=2) + "\n"


def provenance_stmt(r):
    return {"_type": "https://in-toto.io/Statement/v1",
            "subject": [{"name": "%s-%s.tar.gz" % (proj(r), ver(r)), "digest": {"sha256": sha256hex(r)}}],
            "predicateType": "https://slsa.dev/provenance/v1",
            "predicate": {"buildDefinition": {"buildType": "https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1",
                                              "externalParameters": {"workflow": {"ref": "refs/tags/v%s" % ver(r),
                                                                                  "repository": "https://github.com/%s/%s" % (org(r), proj(r)),
                                                                                  "path": ".github/workflows/release.yml"}},
                                              "resolvedDependencies": [{"uri": "git+https://github.com/%s/%s@refs/tags/v1" % (org(r), proj(r)),
                                                                        "digest": {"gitCommit": rs(r, HEXD, 40)}}]},
                          "runDetails": {"builder": {"id": "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0"},
                                         "metadata": {"invocationId": "https://github.com/%s/%s/actions/runs/%d/attempts/1" % (org(r), proj(r), r.randint(10 ** 9, 10 ** 10))}}}}


@look("DSSE", "attestation")
def n_dsse(r):
    payload = b64(json.dumps(provenance_stmt(r)).encode())
    d = {"payloadType": "application/vnd.in-toto+json", "payload": payload,
         "signatures": [{"keyid": "", "sig": ecdsa_sig_b64(r)}]}
    return r.choice(["%s.intoto.jsonl" % proj(r), "attestations/provenance.intoto.jsonl"]), json.dumps(d) + "\n"


@look("SLSA", "provenance")
def n_provenance_json(r):
    return "provenance/statement.json", json.dumps(provenance_stmt(r), indent=2) + "\n"


@look("cosign", "bundle")
def n_cosign_bundle(r):
    d = {"base64Signature": ecdsa_sig_b64(r),
         "cert": b64(cert_pem(r).encode()),
         "rekorBundle": {"SignedEntryTimestamp": ecdsa_sig_b64(r),
                         "Payload": {"body": b64(rb(r, 420)), "integratedTime": r.randint(1650000000, 1720000000),
                                     "logIndex": r.randint(10 ** 7, 10 ** 8), "logID": sha256hex(r)}}}
    return "dist/%s.tar.gz.bundle" % proj(r), json.dumps(d) + "\n"


@look("cosign", "signature")
def n_cosign_sig(r):
    return r.choice(["dist/checksums.txt.sig", "release/%s.sig" % proj(r)]), ecdsa_sig_b64(r) + "\n"


@look("Rekor", "log_entry")
def n_rekor_entry(r):
    uid = rs(r, HEXD, 80)
    d = {uid: {"body": b64(rb(r, 500)), "integratedTime": r.randint(1650000000, 1720000000),
               "logID": sha256hex(r), "logIndex": r.randint(10 ** 7, 10 ** 8),
               "verification": {"inclusionProof": {"checkpoint": "rekor.sigstore.dev - %d\n%d\n%s\n" % (r.randint(10 ** 18, 10 ** 19), r.randint(10 ** 7, 10 ** 8), b64(rb(r, 32))),
                                                   "hashes": [sha256hex(r) for _ in range(4)],
                                                   "logIndex": r.randint(10 ** 7, 10 ** 8), "rootHash": sha256hex(r),
                                                   "treeSize": r.randint(10 ** 7, 10 ** 8)},
                                "signedEntryTimestamp": ecdsa_sig_b64(r)}}}
    return "testdata/rekor-entry.json", json.dumps(d, indent=2) + "\n"


@look("X.509", "certificate")
def n_cert(r):
    return r.choice(["certs/fulcio-root.pem", "config/ctfe/roots.pem", "notation/truststore/x509/ca/%s/root.crt" % org(r),
                     "certs/codesign.cer.pem"]), cert_pem(r) + "\n"


@look("Sparkle", "public_key")
def n_sparkle_plist(r):
    app = r.choice(APPS)
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleIdentifier</key>
\t<string>com.%s.%s</string>
\t<key>CFBundleShortVersionString</key>
\t<string>%s</string>
\t<key>SUFeedURL</key>
\t<string>https://updates.%s.com/appcast.xml</string>
\t<key>SUPublicEDKey</key>
\t<string>%s</string>
\t<key>SUEnableAutomaticChecks</key>
\t<true/>
</dict>
</plist>
""" % (org(r).replace("-", ""), app.lower(), ver(r), org(r), b64(rb(r, 32)))
    return "%s/Info.plist" % app, txt


@look("Sparkle", "signature")
def n_appcast(r):
    app = r.choice(APPS)
    items = ""
    for _ in range(r.randint(1, 3)):
        v = ver(r)
        items += """    <item>
      <title>Version %s</title>
      <pubDate>Mon, %02d Jan 2024 10:00:00 +0000</pubDate>
      <sparkle:minimumSystemVersion>12.0</sparkle:minimumSystemVersion>
      <enclosure url="https://downloads.%s.com/%s-%s.zip" sparkle:version="%d" sparkle:shortVersionString="%s"
                 length="%d" type="application/octet-stream"
                 sparkle:edSignature="%s"/>
    </item>
""" % (v, r.randint(1, 28), org(r), app, v, r.randint(100, 900), v, r.randint(10 ** 6, 10 ** 8), b64(rb(r, 64)))
    txt = """<?xml version="1.0" standalone="yes"?>
<rss xmlns:sparkle="http://www.andymatuschak.org/xml-namespaces/sparkle" version="2.0">
  <channel>
    <title>%s</title>
%s  </channel>
</rss>
""" % (app, items)
    return "site/appcast.xml", txt


@look("Kyverno", "public_key")
def n_kyverno(r):
    if r.random() < 0.7:
        att = "- keys:\n    publicKeys: |-\n%s" % indent(pub_pem(r), 8)
    else:
        att = ("- keyless:\n    subject: \"https://github.com/%s/*\"\n"
               "    issuer: \"https://token.actions.githubusercontent.com\"\n"
               "    rekor:\n      url: https://rekor.sigstore.dev") % org(r)
    txt = """apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: check-image-signature
  annotations:
    policies.kyverno.io/title: Verify Image
spec:
  validationFailureAction: Enforce
  webhookTimeoutSeconds: 30
  rules:
    - name: verify-signature
      match:
        any:
          - resources:
              kinds: [Pod]
      verifyImages:
        - imageReferences:
            - "ghcr.io/%s/*"
          attestors:
            - entries:
%s
""" % (org(r), indent(att, 16))
    return "policies/kyverno/verify-images.yaml", txt


@look("Sigstore policy-controller", "public_key")
def n_policy_controller(r):
    txt = """apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata:
  name: %s-signed
spec:
  images:
    - glob: "registry.%s.io/**"
  authorities:
    - key:
        data: |
%s
        hashAlgorithm: sha256
    - key:
        kms: %s
""" % (org(r), org(r), indent(pub_pem(r), 10), kms_uri(r))
    return "policies/cluster-image-policy.yaml", txt


@look("cosign", "kms_uri")
def n_kms_workflow(r):
    uri = kms_uri(r)
    txt = gha_head(r, "sign") + """jobs:
  sign:
    runs-on: ubuntu-latest
    steps:
      - uses: sigstore/cosign-installer@v3
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::%d:role/github-release-signer
          aws-region: %s
      - run: cosign sign --yes --key %s ghcr.io/%s/%s@sha256:%s
""" % (r.randint(10 ** 11, 10 ** 12 - 1), r.choice(REGIONS), uri, org(r), proj(r), sha256hex(r))
    return ".github/workflows/sign.yml", txt


@look("goreleaser", "kms_uri")
def n_goreleaser_kms(r):
    p = proj(r)
    txt = """project_name: %s
checksum:
  name_template: checksums.txt
signs:
  - cmd: cosign
    stdin: '{{ .Env.COSIGN_PASSWORD }}'
    args: ["sign-blob", "--key=%s", "--output-signature=${signature}", "${artifact}", "--yes"]
    artifacts: checksum
docker_signs:
  - artifacts: manifests
    args: ["sign", "--key=%s", "${artifact}@${digest}", "--yes"]
sboms:
  - artifacts: archive
""" % (p, kms_uri(r), kms_uri(r))
    return ".goreleaser.yaml", txt


@look("GitHub Actions", "keyless")
def n_keyless_workflow(r):
    txt = gha_head(r, "release") + """jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: sigstore/cosign-installer@v3
      - id: push
        run: |
          docker build -t ghcr.io/%s/%s:${GITHUB_REF_NAME} .
          docker push ghcr.io/%s/%s:${GITHUB_REF_NAME}
          echo "digest=$(docker inspect --format='{{index .RepoDigests 0}}' ghcr.io/%s/%s:${GITHUB_REF_NAME} | cut -d@ -f2)" >> "$GITHUB_OUTPUT"
      - run: cosign sign --yes ghcr.io/%s/%s@${{ steps.push.outputs.digest }}
      - uses: actions/attest-build-provenance@v1
        with:
          subject-name: ghcr.io/%s/%s
          subject-digest: ${{ steps.push.outputs.digest }}
          push-to-registry: true
""" % ((org(r), proj(r)) * 5)
    return ".github/workflows/release.yml", txt


@look("CycloneDX", "sbom")
def n_cyclonedx(r):
    comps = []
    for _ in range(r.randint(3, 7)):
        n = r.choice(["lodash", "express", "react", "zod", "axios", "chalk", "yaml", "semver", "debug", "ms"])
        v = ver(r)
        comps.append({"type": "library", "name": n, "version": v, "purl": "pkg:npm/%s@%s" % (n, v),
                      "bom-ref": "pkg:npm/%s@%s" % (n, v),
                      "hashes": [{"alg": "SHA-512", "content": hashlib.sha512(rb(r, 16)).hexdigest()}]})
    d = {"bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": "urn:uuid:" + uuid4(r), "version": 1,
         "metadata": {"timestamp": "2024-%02d-%02dT10:00:00Z" % (r.randint(1, 12), r.randint(1, 28)),
                      "component": {"type": "application", "name": proj(r), "version": ver(r)}},
         "components": comps}
    return r.choice(["sbom.cdx.json", "dist/%s.cdx.json" % proj(r)]), json.dumps(d, indent=2) + "\n"


@look("SPDX", "sbom")
def n_spdx(r):
    p = proj(r)
    lines = ["SPDXVersion: SPDX-2.3", "DataLicense: CC0-1.0", "SPDXID: SPDXRef-DOCUMENT",
             "DocumentName: %s-%s" % (p, ver(r)),
             "DocumentNamespace: https://spdx.org/spdxdocs/%s-%s" % (p, uuid4(r)),
             "Creator: Tool: syft-1.%d.0" % r.randint(0, 9), "Created: 2024-05-0%dT12:00:00Z" % r.randint(1, 9), ""]
    for _ in range(r.randint(2, 5)):
        n = r.choice(["golang.org/x/crypto", "github.com/spf13/cobra", "gopkg.in/yaml.v3", "github.com/google/uuid"])
        lines += ["PackageName: %s" % n, "SPDXID: SPDXRef-Package-go-module-%s" % rs(r, HEXD, 16),
                  "PackageVersion: v%s" % ver(r), "PackageChecksum: SHA256: %s" % sha256hex(r),
                  "PackageDownloadLocation: NOASSERTION", ""]
    return "sbom/%s.spdx" % p, "\n".join(lines)


@look("checksums", "digest")
def n_checksums(r):
    p, v = proj(r), ver(r)
    lines = ["%s  %s_%s_%s.tar.gz" % (sha256hex(r), p, v, plat) for plat in
             ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"]]
    return r.choice(["dist/checksums.txt", "SHA256SUMS"]), "\n".join(lines) + "\n"


@look("Go modules", "digest")
def n_gosum(r):
    mods = ["github.com/sigstore/cosign/v2", "github.com/sigstore/sigstore", "github.com/theupdateframework/go-tuf",
            "github.com/in-toto/in-toto-golang", "github.com/secure-systems-lab/go-securesystemslib",
            "golang.org/x/crypto", "github.com/google/go-containerregistry"]
    out = []
    for m in r.sample(mods, 4):
        v = "v" + ver(r)
        out.append("%s %s h1:%s" % (m, v, b64(rb(r, 32))))
        out.append("%s %s/go.mod h1:%s" % (m, v, b64(rb(r, 32))))
    return "go.sum", "\n".join(out) + "\n"


@look("npm", "integrity")
def n_package_lock(r):
    pk = {}
    for n in r.sample(["sigstore", "@sigstore/sign", "@sigstore/tuf", "tuf-js", "make-fetch-happen", "ssri", "minipass"], 4):
        v = ver(r)
        pk["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                   "integrity": "sha512-" + b64(rb(r, 64)), "license": "Apache-2.0"}
    d = {"name": proj(r), "version": ver(r), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@look("Authenticode", "thumbprint")
def n_signtool_thumb(r):
    txt = """# Sign using the EV certificate installed on the HSM-backed token (no PFX on disk)
$thumb = "%s"
& signtool.exe sign /sha1 $thumb /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 `
    /d "%s" /du "https://%s.com" .\\dist\\*.exe
Get-AuthenticodeSignature .\\dist\\*.exe | Format-Table Status, SignerCertificate
""" % (rs(r, "0123456789ABCDEF", 40), r.choice(APPS), org(r))
    return "build/sign-ev.ps1", txt


@look("Android", "fingerprint")
def n_assetlinks(r):
    fp = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32))
    d = [{"relation": ["delegate_permission/common.handle_all_urls"],
          "target": {"namespace": "android_app", "package_name": "com.%s.%s" % (org(r).replace("-", ""), proj(r).replace("-", "")),
                     "sha256_cert_fingerprints": [fp]}}]
    return "public/.well-known/assetlinks.json", json.dumps(d, indent=2) + "\n"


@look("jarsigner", "fingerprint")
def n_keytool_doc(r):
    sha1 = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20))
    sha256 = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32))
    txt = """## Upload key

The upload keystore lives in the team 1Password vault (*Android upload key*); never commit it.

```
$ keytool -list -v -keystore upload-keystore.jks -alias upload
Alias name: upload
Creation date: %d %s 2023
Entry type: PrivateKeyEntry
Owner: CN=%s, O=%s, C=DE
Serial number: %s
Certificate fingerprints:
\t SHA1: %s
\t SHA256: %s
Signature algorithm name: SHA384withRSA
```
""" % (r.randint(1, 28), r.choice(["Jan", "Mar", "Jul", "Oct"]), proj(r), org(r), rs(r, HEXD, 16), sha1, sha256)
    return "docs/android-signing.md", txt


@look("Docker", "digest")
def n_dockerfile_digest(r):
    txt = """FROM golang:1.22@sha256:%s AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/%s

FROM gcr.io/distroless/static-debian12@sha256:%s
COPY --from=build /out/app /app
LABEL org.opencontainers.image.source="https://github.com/%s/%s" \\
      org.opencontainers.image.revision="%s"
USER nonroot:nonroot
ENTRYPOINT ["/app"]
""" % (sha256hex(r), proj(r), sha256hex(r), org(r), proj(r), rs(r, HEXD, 40))
    return "Dockerfile", txt


@look("Notation", "trust_policy")
def n_notation_trustpolicy(r):
    d = {"version": "1.0", "trustPolicies": [{"name": "%s-images" % org(r),
                                              "registryScopes": ["%s.azurecr.io/%s" % (org(r).replace("-", ""), proj(r))],
                                              "signatureVerification": {"level": "strict"},
                                              "trustStores": ["ca:%s" % org(r)],
                                              "trustedIdentities": ["x509.subject: C=US, ST=WA, L=Seattle, O=%s, CN=%s" % (org(r), sha256hex(r)[:16])]}]}
    return ".config/notation/trustpolicy.json", json.dumps(d, indent=2) + "\n"


@look("SSH signing", "public_key")
def n_allowed_signers(r):
    out = []
    for _ in range(r.randint(2, 5)):
        f, l, mail = person(r)
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(r, 32)
        out.append("%s namespaces=\"git\" ssh-ed25519 %s %s@laptop" % (mail, b64(blob), f))
    return ".github/allowed_signers", "\n".join(out) + "\n"


@look("apt repository", "fingerprint")
def n_apt_install(r):
    o = org(r)
    fp = fpr40(r)
    txt = """#!/bin/sh
# Add the %s apt repository
set -e
curl -fsSL https://apt.%s.io/gpg.key | gpg --dearmor -o /usr/share/keyrings/%s-archive-keyring.gpg
gpg --show-keys --with-fingerprint /usr/share/keyrings/%s-archive-keyring.gpg | grep -q "%s"
echo "deb [signed-by=/usr/share/keyrings/%s-archive-keyring.gpg] https://apt.%s.io stable main" \\
  > /etc/apt/sources.list.d/%s.list
apt-get update
""" % (o, o, o, o, fp, o, o, o)
    return "install/apt.sh", txt


@look("yum repository", "fingerprint")
def n_yum_repo(r):
    o = org(r)
    txt = """[%s]
name=%s packages
baseurl=https://rpm.%s.io/$basearch
enabled=1
gpgcheck=1
repo_gpgcheck=1
gpgkey=https://rpm.%s.io/RPM-GPG-KEY-%s
# key fingerprint: %s
""" % (o, o, o, o, o, " ".join(rs(r, "0123456789ABCDEF", 4) for _ in range(10)))
    return "packaging/rpm/%s.repo" % o, txt


@look("JWKS", "public_key")
def n_jwks(r):
    keys = []
    for _ in range(r.randint(1, 3)):
        if r.random() < 0.5:
            keys.append({"kty": "EC", "crv": "P-256", "kid": rs(r, HEXD, 40), "use": "sig", "alg": "ES256",
                         "x": base64.urlsafe_b64encode(rb(r, 32)).decode().rstrip("="),
                         "y": base64.urlsafe_b64encode(rb(r, 32)).decode().rstrip("=")})
        else:
            keys.append({"kty": "RSA", "kid": rs(r, HEXD, 40), "use": "sig", "alg": "RS256", "e": "AQAB",
                         "n": base64.urlsafe_b64encode(b"\xc1" + rb(r, 255)).decode().rstrip("=")})
    return r.choice(["testdata/jwks.json", "config/fulcio/oidc-jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@look("Fulcio", "config")
def n_fulcio_config(r):
    d = {"OIDCIssuers": {"https://token.actions.githubusercontent.com": {"IssuerURL": "https://token.actions.githubusercontent.com",
                                                                         "ClientID": "sigstore", "Type": "github-workflow"},
                         "https://dex.%s.internal" % org(r): {"IssuerURL": "https://dex.%s.internal" % org(r),
                                                              "ClientID": "fulcio", "Type": "email"}},
         "MetaIssuers": {"https://oidc.eks.*.amazonaws.com/id/*": {"ClientID": "sigstore", "Type": "kubernetes"}}}
    return "deploy/fulcio/config.json", json.dumps(d, indent=2) + "\n"


@look("Maven Central", "fingerprint")
def n_pom_gpg(r):
    txt = """<plugin>
  <groupId>org.apache.maven.plugins</groupId>
  <artifactId>maven-gpg-plugin</artifactId>
  <version>3.2.%d</version>
  <executions>
    <execution>
      <id>sign-artifacts</id>
      <phase>verify</phase>
      <goals><goal>sign</goal></goals>
      <configuration>
        <keyname>%s</keyname>
        <!-- passphrase comes from MAVEN_GPG_PASSPHRASE (env) -->
        <bestPractices>true</bestPractices>
        <gpgArguments>
          <arg>--pinentry-mode</arg>
          <arg>loopback</arg>
        </gpgArguments>
      </configuration>
    </execution>
  </executions>
</plugin>
""" % (r.randint(0, 7), fpr40(r))
    return "build/gpg-plugin.xml", txt


@look("Rekor", "public_key")
def n_trusted_root(r):
    d = {"mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
         "tlogs": [{"baseUrl": "https://rekor.%s.internal" % org(r), "hashAlgorithm": "SHA2_256",
                    "publicKey": {"rawBytes": b64(ec_spki(r)), "keyDetails": "PKIX_ECDSA_P256_SHA_256",
                                  "validFor": {"start": "2024-01-01T00:00:00Z"}},
                    "logId": {"keyId": b64(rb(r, 32))}}],
         "certificateAuthorities": [{"subject": {"organization": org(r), "commonName": "fulcio"},
                                     "uri": "https://fulcio.%s.internal" % org(r),
                                     "certChain": {"certificates": [{"rawBytes": b64(fake_cert_der(r))}]},
                                     "validFor": {"start": "2024-01-01T00:00:00Z"}}]}
    return "sigstore/trusted_root.json", json.dumps(d, indent=2) + "\n"


@look("GnuPG", "keyid")
def n_gradle_keyid(r):
    txt = """org.gradle.jvmargs=-Xmx1536m
GROUP=dev.%s
VERSION_NAME=%s
# signing: key id + keyring path only; the password is supplied via ORG_GRADLE_PROJECT_signingPassword
signing.keyId=%s
signing.secretKeyRingFile=../.gnupg/secring.gpg
RELEASE_SIGNING_ENABLED=true
""" % (org(r).replace("-", ""), ver(r), keyid16(r)[-8:])
    return "gradle.properties", txt


@look("Git", "signature")
def n_git_tag_sig(r):
    f, l, mail = person(r)
    txt = """object %s
type commit
tag v%s
tagger %s %s <%s> %d +0200

Release v%s
%s
""" % (rs(r, HEXD, 40), ver(r), f.capitalize(), l.capitalize(), mail, r.randint(1600000000, 1720000000), ver(r), pgp_sig(r))
    return "docs/examples/signed-tag.txt", txt


@look("Helm", "digest")
def n_helm_prov(r):
    p = proj(r)
    v = ver(r)
    txt = """-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA512

apiVersion: v2
name: %s
version: %s
description: %s Helm chart

...
files:
  %s-%s.tgz: sha256:%s
%s
""" % (p, v, p, p, v, sha256hex(r), pgp_sig(r))
    return "charts/%s-%s.tgz.prov" % (p, v), txt


# ============================================================================ driver
def filetype_of(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base in ("Makefile", "Jenkinsfile", "Dockerfile", "Fastfile", "KEYS", "SHA256SUMS", "go.sum") or base.startswith("Dockerfile"):
        return base.split(".")[0].lower()
    if "." not in base.lstrip("."):
        return "text"
    return base.rsplit(".", 1)[-1].lower()


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, needle
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def is_env_path(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template"))


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_mx.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen = set()

    # ---- positives: cycle through shuffled templates so all are used
    order = []
    while len(order) < 500:
        batch = TEMPLATES[:]
        r.shuffle(batch)
        order += batch
    order = order[:500]
    env_count = 0
    for i, t in enumerate(order):
        for _attempt in range(50):
            val = SECRET_GENS[t["kind"]](r, t["avoid"])
            if any(c in val for c in t["avoid"]) and t["kind"] in ("password", "passphrase"):
                continue
            res = t["fn"](r, val)
            rel, text = res[0], res[1]
            needle = res[2] if len(res) > 2 else needle_of(t["kind"], val)
            if needle in seen:
                continue
            if is_env_path(rel):
                if env_count >= 20:
                    t = r.choice([x for x in TEMPLATES if x["name"] != "env_file"])
                    continue
                env_count += 1
            break
        seen.add(needle)
        line = line_of(text, needle)
        assert needle in text.split("\n")[line - 1]
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype_of(rel), "template": t["name"]})
        secrets.append({"file": f, "needle": needle, "line": line})

    # ---- negatives: 250 template re-use with non-secret slot, 250 look-alikes
    reuse = [t for t in TEMPLATES if t["name"] != "env_file"]
    norder = []
    while len(norder) < 250:
        batch = reuse[:]
        r.shuffle(batch)
        norder += batch
    norder = norder[:250]
    lorder = []
    while len(lorder) < 250:
        batch = LOOKALIKES[:]
        r.shuffle(batch)
        lorder += batch
    lorder = lorder[:250]
    jobs = [("reuse", t) for t in norder] + [("look", t) for t in lorder]
    r.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        if mode == "reuse":
            pool = placeholders(t["kind"])
            if t["refs"] and r.random() < 0.45:
                val = r.choice(t["refs"])
            else:
                val = r.choice(pool)
            res = t["fn"](r, val)
            tname = t["name"] + "#placeholder"
            kind = "placeholder:" + t["kind"]
        else:
            res = t["fn"](r)
            tname = t["name"]
            kind = t["kind"]
        rel, text = res[0], res[1]
        assert not is_env_path(rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype_of(rel), "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s_ in secrets:
            fh.write(json.dumps(s_, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
