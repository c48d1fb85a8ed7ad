#!/usr/bin/env python3
"""gen_gk.py - blind evaluation set for secret scanners: CDN, edge and app-hosting platforms.

EMPHASIS
    Credentials of CDN, edge and app-hosting platforms as they leak into real projects:
    Akamai EdgeGrid (.edgerc client_secret with access_token / client_token), Fastly API
    tokens and VCL edge-auth secrets, bunny.net account API keys and storage-zone passwords,
    KeyCDN API keys, CloudFront signed-URL private keys (RSA PEM, with their key pair ids),
    Vercel access tokens and Edge Config read tokens, Netlify personal access tokens (nfp_),
    Cloudflare API tokens / global API keys (wrangler, Terraform, Actions), Deno Deploy
    tokens (ddp_), Fly.io tokens (FlyV1 fm2_ macaroons, fo1_), Render API keys (rnd_),
    Railway tokens (UUID), Heroku API keys (UUID, HRKU-), DigitalOcean tokens (dop_v1_),
    Koyeb tokens, Northflank API tokens (JWT), Coolify API tokens (Sanctum id|token+crc32),
    Dokku deploy keys (OpenSSH private keys).
    File types: .edgerc (INI), wrangler.toml, .dev.vars, vercel.json, netlify.toml, fly.toml,
    render.yaml, railway.json, GitHub Actions YAML, Terraform, VCL, shell, Dockerfile,
    Python, Node/TypeScript, Go, Ruby, PHP, Markdown, logs, SQL, CSV, JSON, INI, properties,
    netrc, PEM / OpenSSH key files, Kubernetes YAML, Helm values.

USAGE
    python3 -B gen_gk.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl (one line
    per file: file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl (one line per
    positive: file, needle, line). Deterministic per SEED: all randomness comes from a single
    random.Random(SEED); no clock, no os.urandom, no set iteration, no hash().

NEEDLE CONVENTIONS
    * The needle is the credential value exactly as written in the file, without the
      surrounding quotes, without the variable name, without "Bearer " / header names.
    * Headers: `Fastly-Key: X`, `AccessKey: X`, `Authorization: Bearer X`,
      `Project-Access-Token: X` -> needle is X.
    * Fly.io tokens: `FlyV1 fm2_...` -> "FlyV1 " is the auth scheme word; the needle starts
      at "fm2_" and runs to the end of the token (it may contain a comma-joined second
      "fm2_" macaroon, which is part of the same token).
    * URLs: Vercel Edge Config connection strings
      `https://edge-config.vercel.com/ecfg_...?token=UUID` -> needle is the UUID (the ecfg_ id
      is public). KeyCDN basic auth `-u sk_prod_X:` -> needle is sk_prod_X.
    * Akamai EdgeGrid: a credential set (client_secret, access_token, client_token, host) is
      ONE credential; the needle is the client_secret value.
    * CloudFront: the needle is the private key; the key pair id next to it is public.
    * Multi-line keys (PEM RSA, OpenSSH): the needle is the whole block from "-----BEGIN" to
      the end of the "-----END ...-----" marker, exactly as written: with literal "\\n"
      escapes when embedded in JSON, with the YAML block-scalar indentation when indented.
      `line` is the line of the BEGIN marker.
    * Coolify: the whole Sanctum token `<id>|<40 chars><crc32>` is the needle.
    * `line` is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half of the negatives re-use positive templates with the secret slot holding a
    non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty
    values, masked values (****, [REDACTED], prefix + asterisks), environment and
    secret-manager references (${VAR}, ${{ secrets.X }}, $VAR, op://, vault:, AWS/GCP secret
    ARNs/paths), template expressions ({{ .Values.x }}, {{ x }}, <%= ENV[...] %>, #{X}),
    providers' documented example values (Akamai techdocs .edgerc sample, KeyCDN sk_prod_
    sample, Coolify sample token, Heroku devcenter sample token, AWS CloudFront example key
    pair ids, Render tutorial placeholder...), and public values (Akamai host names,
    CloudFront key pair ids, Edge Config ids, Cloudflare account ids, site/app/service ids).
    Companion fields (EdgeGrid access/client tokens, ...) are non-secret too in negatives.
    The other half are domain look-alikes: Akamai hosts / contract / purge ids, Fastly
    service ids and fastly.toml, CloudFront signed URLs and signed cookies (one-time
    signatures with Expires), CloudFront public keys, distribution ids, wrangler.toml with
    account / KV / D1 ids, Vercel project.json, deployment logs (dpl_, machine ids, image
    digests), render.yaml with generateValue / fromDatabase, lockfile integrity hashes,
    go.sum, pinned image digests, checksum scripts, SSH public keys / known_hosts, SOPS /
    Ansible-vault / SealedSecrets ciphertext, JWKS public keys, SRI hashes, bunny / Akamai /
    KeyCDN token-authenticated URLs, public certificates, data URIs, build manifests.
    No negative is written to a file named .env / .env.<something-other-than-example/sample>.

FORMATS CHECKED (search tool, providers' docs unless said otherwise)
    * Akamai techdocs: .edgerc is INI with [section] and client_secret, host, access_token,
      client_token (+ optional max-body); documented sample values used only as negatives.
      Real tokens modelled as akab-<16 base36>-<16 base36>, secret = base64 of 32 bytes.
    * Fastly docs: API token sent in the Fastly-Key header to api.fastly.com.
    * bunny.net docs: AccessKey header; account API key, separate storage-zone password
      (used as AccessKey for Edge Storage), Terraform provider "bunnynet" { api_key }.
    * KeyCDN API page: HTTP basic auth, `curl ... -u sk_prod_<24 alnum>:` (sample = negative).
    * AWS CloudFront: public key ids like K2JCJMDEHXQW5F, legacy APKA... key pair ids,
      RSA 2048 private keys (openssl genrsa), -----BEGIN RSA PRIVATE KEY-----.
    * Vercel changelog: prefixed tokens vcp_ (personal), vci_, vca_, vcr_, vck_; Edge Config
      ids ecfg_ + 28 chars and UUID read tokens in connection strings (Pulumi/Vercel docs).
    * Netlify forum announcement: nfp_ (PAT), nfc_, nfo_, nfu_, nfb_ prefixes, tokens up to
      40 characters -> nfp_ + 36.
    * Cloudflare docs: API tokens 40 chars (legacy); new scannable formats cfut_ / cfat_ /
      cfk_ + 40 chars + checksum; CLOUDFLARE_API_TOKEN / CF_API_TOKEN in wrangler CI docs.
    * Fly.io docs/community: FLY_API_TOKEN from `fly tokens create deploy`, macaroon tokens,
      "Authorization: Bearer fm2_...,fm2_..." (comma-joined discharge).
    * Render tutorial: `export RENDER_API_KEY="rnd_" + 24 x` placeholder -> rnd_ + 24 alnum.
    * Railway docs: account/workspace tokens (Bearer), project tokens (Project-Access-Token).
    * Heroku devcenter / help: tokens are UUIDs (authorizations:create sample = negative).
    * DigitalOcean: dop_v1_ (PAT), doo_v1_, dor_v1_ prefixes (64 hex body).
    * Coolify docs: sample token `3|WaobqX9t...a233c376d7`; the last 8 hex chars are the
      CRC32 of the 40-char random part (verified locally) = Laravel Sanctum format.
    * Northflank docs: API tokens are JSON Web Tokens.
    * Koyeb docs: personal access token for `koyeb login`, --token flag, KOYEB_TOKEN.

DOUBTS
    * Cloudflare cfut_ checksum algorithm and length are not documented; modelled as
      crc32 (8 hex) of the 40-char body. Legacy 40-char tokens and 37-hex global keys are
      from memory of real files, not from a doc page.
    * Vercel vcp_ body length/alphabet not documented; modelled as 56 base62. Legacy tokens
      modelled as 24 alnum.
    * Deno Deploy ddp_ body (36 base62) not confirmed by a doc page.
    * Fly.io fm2_ macaroon body length/alphabet (base64 with + and /) and fo1_ body
      (43 base64url) are estimates.
    * bunny.net key shapes (account key = two UUIDs concatenated, 72 chars; storage password
      8-4-4-12-4-4 hex) are from memory, not confirmed by a doc page.
    * Heroku HRKU- new format (HRKU-AA + 58 chars) not confirmed by a Heroku page.
    * Koyeb token shape (64 lowercase alnum) is a guess; Northflank JWT claims are invented.
    * Akamai akab- token segment lengths (16+16) are an estimate; the documented sample uses
      other lengths.
    * Generated RSA / ed25519 keys are structurally valid DER / openssh-key-v1 containers
      with random numbers; they are not mathematically valid key pairs.
    * One search result (docs.rs keyhog-scanner / keyhog-core Render detector), several
      GitGuardian detector pages and a GitLab secrets-analyzer MR were secret-scanner rule
      material; they were not used.
"""
import base64
import json
import os
import random
import struct
import sys
import zlib

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = LOWER + UPPER + DIGITS
B36 = LOWER + DIGITS
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
UPNUM = UPPER + DIGITS


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    h = rs(rng, 32, HEX)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


# ---------------------------------------------------------------- innocent filler data
APPS = ["storefront", "atlas-web", "billing-api", "docs-site", "marketing", "edge-router",
        "media-proxy", "catalog", "checkout", "status-page", "blog", "partner-portal",
        "img-resizer", "search-edge", "auth-gateway", "landing", "help-center", "dashboard"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "stark", "wayne",
        "tyrell", "cyberdyne", "vandelay", "oscorp", "soylent", "wonka"]
DOMAINS = ["example.com", "example.org", "shop.example.net", "static.example.io",
           "assets.example.dev", "media.example.co", "cdn.example.app"]
REGIONS = ["iad", "ams", "fra", "lhr", "sjc", "nrt", "syd", "gru", "sin", "cdg"]
PEOPLE = ["jdoe", "asmith", "mchen", "lgarcia", "pnovak", "kimura", "oadeyemi", "rbianchi"]
BRANCHES = ["main", "master", "release", "production"]
NODEV = ["18", "20", "22"]
PYV = ["3.10", "3.11", "3.12"]


def app(rng):
    return pick(rng, APPS)


def org(rng):
    return pick(rng, ORGS)


def dom(rng):
    return pick(rng, DOMAINS)


def person(rng):
    return pick(rng, PEOPLE)


def date(rng):
    return "20%02d-%02d-%02d" % (rng.randint(21, 25), rng.randint(1, 12), rng.randint(1, 28))


def ts(rng):
    return "%sT%02d:%02d:%02dZ" % (date(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def nm(rng, conventional, alternatives, p=0.5):
    """Conventional variable name about half of the time, a neutral one otherwise."""
    return conventional if chance(rng, p) else pick(rng, alternatives)


# ---------------------------------------------------------------- secret generators
def g_akamai_secret(rng):
    return base64.b64encode(rbytes(rng, 32)).decode()


def g_akab(rng):
    return "akab-%s-%s" % (rs(rng, 16, B36), rs(rng, 16, B36))


def g_akamai_host(rng):
    return "akab-%s-%s.luna.akamaiapis.net" % (rs(rng, 16, B36), rs(rng, 16, B36))


def g_fastly(rng):
    return rs(rng, 32, URLSAFE)


def g_fastly_service_id(rng):
    return rs(rng, 22, ALNUM)


def g_fastly_vcl_secret(rng):
    return base64.b64encode(rbytes(rng, 32)).decode()


def g_bunny_account(rng):
    return uuid4(rng) + uuid4(rng)


def g_bunny_storage(rng):
    h = rs(rng, 36, HEX)
    return "%s-%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:28], h[28:32], h[32:36])


def g_keycdn(rng):
    return "sk_prod_" + rs(rng, 24)


def g_cf_keypair_id(rng):
    return "K" + rs(rng, 13, UPNUM)


def g_cf_legacy_keypair_id(rng):
    return "APKA" + rs(rng, 16, UPNUM)


def g_cf_distribution_id(rng):
    return "E" + rs(rng, 13, UPNUM)


def _der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def _der_int(rng, nbytes, top=True):
    body = bytearray(rbytes(rng, nbytes))
    if top:
        body[0] |= 0x80
    body = bytes([0]) + bytes(body) if body[0] & 0x80 else bytes(body)
    return b"\x02" + _der_len(len(body)) + body


def _wrap(b64, width=64):
    return "\n".join(b64[i:i + width] for i in range(0, len(b64), width))


def g_rsa_pem(rng):
    """Structurally valid PKCS#1 RSAPrivateKey (2048) DER container with random numbers."""
    parts = [b"\x02\x01\x00", _der_int(rng, 256), b"\x02\x03\x01\x00\x01", _der_int(rng, 256, False),
             _der_int(rng, 128), _der_int(rng, 128), _der_int(rng, 128, False),
             _der_int(rng, 128, False), _der_int(rng, 128, False)]
    body = b"".join(parts)
    der = b"\x30" + _der_len(len(body)) + body
    return ("-----BEGIN RSA PRIVATE KEY-----\n" + _wrap(base64.b64encode(der).decode())
            + "\n-----END RSA PRIVATE KEY-----")


def g_pkcs8_pem(rng):
    rsa = g_rsa_pem(rng).split("\n")[1:-1]
    inner = base64.b64decode("".join(rsa))
    algo = bytes.fromhex("300d06092a864886f70d0101010500")
    octet = b"\x04" + _der_len(len(inner)) + inner
    body = b"\x02\x01\x00" + algo + octet
    der = b"\x30" + _der_len(len(body)) + body
    return ("-----BEGIN PRIVATE KEY-----\n" + _wrap(base64.b64encode(der).decode())
            + "\n-----END PRIVATE KEY-----")


def g_public_pem(rng):
    n = _der_int(rng, 256)
    body = n + b"\x02\x03\x01\x00\x01"
    rsapub = b"\x30" + _der_len(len(body)) + body
    bitstr = b"\x03" + _der_len(len(rsapub) + 1) + b"\x00" + rsapub
    algo = bytes.fromhex("300d06092a864886f70d0101010500")
    spki_body = algo + bitstr
    der = b"\x30" + _der_len(len(spki_body)) + spki_body
    return ("-----BEGIN PUBLIC KEY-----\n" + _wrap(base64.b64encode(der).decode())
            + "\n-----END PUBLIC KEY-----")


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def g_ed25519_pub_blob(rng):
    return _sshstr("ssh-ed25519") + _sshstr(rbytes(rng, 32))


def g_openssh_key(rng, comment=None):
    """openssh-key-v1 container (ed25519, unencrypted) with random key material."""
    pub = rbytes(rng, 32)
    pubblob = _sshstr("ssh-ed25519") + _sshstr(pub)
    chk = rbytes(rng, 4)
    comment = comment or "deploy@ci"
    priv = (chk + chk + _sshstr("ssh-ed25519") + _sshstr(pub) + _sshstr(rbytes(rng, 32) + pub)
            + _sshstr(comment))
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"")
            + struct.pack(">I", 1) + _sshstr(pubblob) + _sshstr(priv))
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(base64.b64encode(blob).decode(), 70)
            + "\n-----END OPENSSH PRIVATE KEY-----")


def g_vercel(rng):
    return "vcp_" + rs(rng, 56) if chance(rng, 0.5) else rs(rng, 24)


def g_ecfg_id(rng):
    return "ecfg_" + rs(rng, 28, B36)


def g_netlify(rng):
    return "nfp_" + rs(rng, 36)


def g_cloudflare(rng):
    if chance(rng, 0.3):
        body = rs(rng, 40)
        return "cfut_" + body + "%08x" % zlib.crc32(body.encode())
    return rs(rng, 40, URLSAFE)


def g_cf_global(rng):
    return rs(rng, 37, HEX)


def g_cf_account_id(rng):
    return rs(rng, 32, HEX)


def g_deno(rng):
    return "ddp_" + rs(rng, 36)


def g_fly(rng):
    head = base64.b64encode(b"\x94\x93\xc4" + rbytes(rng, rng.randint(150, 230))).decode()
    tail = base64.b64encode(b"\x92\xce" + rbytes(rng, rng.randint(100, 140))).decode()
    return "fm2_" + head + ",fm2_" + tail


def g_fly_pat(rng):
    return "fo1_" + rs(rng, 43, URLSAFE)


def g_render(rng):
    return "rnd_" + rs(rng, 24)


def g_heroku(rng):
    return "HRKU-AA" + rs(rng, 58, URLSAFE) if chance(rng, 0.2) else uuid4(rng)


def g_do(rng):
    return "dop_v1_" + rs(rng, 64, HEX)


def g_koyeb(rng):
    return rs(rng, 64, B36)


def g_northflank(rng):
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = {"tokenId": uuid4(rng), "entityId": rs(rng, 8, B36) + "-" + rs(rng, 4, B36),
               "entityType": pick(rng, ["team", "user"]), "iat": rng.randint(1650000000, 1750000000)}
    pl = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (hdr, pl, b64u(rbytes(rng, 32)))


def g_coolify(rng):
    body = rs(rng, 40)
    return "%d|%s%08x" % (rng.randint(1, 240), body, zlib.crc32(body.encode()))


def g_railway(rng):
    return uuid4(rng)


# ---------------------------------------------------------------- template registry
POS = []


def tpl(name, provider, kind, gen, var, style="config", neg_ok=True, tf=None, envfile=False):
    """Register a positive template.  render(rng, v, neg) -> (relpath, text).

    v is the slot value (the secret for positives, a non-secret for negatives); when neg
    is True the companion credential fields must be non-secret too.  style picks the kind
    of non-secret values that fit the slot; tf tells how a multi-line secret is written.
    """
    def deco(fn):
        POS.append({"name": name, "provider": provider, "kind": kind, "gen": gen, "var": var,
                    "style": style, "neg_ok": neg_ok, "tf": tf, "envfile": envfile, "render": fn})
        return fn
    return deco


def comp(rng, neg, real, fake):
    """Companion credential field: real value in positives, non-secret in negatives."""
    return fake if neg else real


def indent(text, n):
    return text.replace("\n", "\n" + " " * n)


def gha_head(rng, title, branch=None):
    return ("name: %s\n\non:\n  push:\n    branches: [%s]\n  workflow_dispatch:\n\n"
            "concurrency:\n  group: %s-${{ github.ref }}\n  cancel-in-progress: true\n\n"
            % (title, branch or pick(rng, BRANCHES), title.lower().replace(" ", "-")))


# ============================================================== Akamai EdgeGrid
@tpl("akamai_edgerc", "akamai", "client_secret", g_akamai_secret, "AKAMAI_CLIENT_SECRET")
def _(rng, v, neg):
    sec = pick(rng, ["default", "papi", "ccu", "dns", "ops"])
    host = comp(rng, neg, g_akamai_host(rng), pick(rng, ["<akab-host>.luna.akamaiapis.net", "${AKAMAI_HOST}"]))
    at = comp(rng, neg, g_akab(rng), pick(rng, ["<access_token>", "${AKAMAI_ACCESS_TOKEN}"]))
    ct = comp(rng, neg, g_akab(rng), pick(rng, ["<client_token>", "${AKAMAI_CLIENT_TOKEN}"]))
    lines = ["; EdgeGrid credentials for the %s pipeline" % app(rng),
             "; created by %s on %s - rotate every 90 days" % (person(rng), date(rng)), "",
             "[%s]" % sec, "client_secret = %s" % v, "host = %s" % host,
             "access_token = %s" % at, "client_token = %s" % ct]
    if chance(rng, 0.5):
        lines.append("max-body = 131072")
    return pick(rng, [".edgerc", "config/.edgerc", "ci/akamai/.edgerc"]), "\n".join(lines) + "\n"


@tpl("akamai_tf_provider", "akamai", "client_secret", g_akamai_secret, "akamai_client_secret", style="tf")
def _(rng, v, neg):
    host = comp(rng, neg, g_akamai_host(rng), "${var.akamai_host}")
    at = comp(rng, neg, g_akab(rng), "${var.akamai_access_token}")
    ct = comp(rng, neg, g_akab(rng), "${var.akamai_client_token}")
    cp = rng.randint(100000, 1999999)
    t = '''terraform {
  required_providers {
    akamai = {
      source  = "akamai/akamai"
      version = "~> %d.%d"
    }
  }
}

provider "akamai" {
  config {
    client_secret = "%s"
    host          = "%s"
    access_token  = "%s"
    client_token  = "%s"
    account_key   = ""
  }
}

data "akamai_contract" "main" {
  group_name = "%s"
}

resource "akamai_cp_code" "%s" {
  name        = "%s-%s"
  contract_id = data.akamai_contract.main.id
  group_id    = "grp_%d"
  product_id  = "prd_Fresca"
}
# existing cp code: %d
''' % (rng.randint(5, 7), rng.randint(0, 9), v, host, at, ct, org(rng).title() + " Web", app(rng).replace("-", "_"),
       app(rng), pick(rng, ["prod", "stage"]), rng.randint(10000, 299999), cp)
    return pick(rng, ["infra/akamai/provider.tf", "terraform/cdn/main.tf", "akamai.tf"]), t


@tpl("akamai_python", "akamai", "client_secret", g_akamai_secret, "AKAMAI_CLIENT_SECRET", style="code")
def _(rng, v, neg):
    host = comp(rng, neg, g_akamai_host(rng), "<akab-host>.luna.akamaiapis.net")
    at = comp(rng, neg, g_akab(rng), "<access-token>")
    ct = comp(rng, neg, g_akab(rng), "<client-token>")
    cpc = rng.randint(100000, 999999)
    t = '''"""Purge Akamai cache by CP code after a release (Fast Purge v3)."""
import json
import sys
from urllib.parse import urljoin

import requests
from akamai.edgegrid import EdgeGridAuth

BASE = "https://%s/"
CP_CODES = [%d]

session = requests.Session()
session.auth = EdgeGridAuth(
    client_token="%s",
    client_secret="%s",
    access_token="%s",
)


def purge(network="production"):
    body = {"objects": CP_CODES}
    resp = session.post(urljoin(BASE, "/ccu/v3/invalidate/cpcode/%%s" %% network), json=body)
    resp.raise_for_status()
    print(json.dumps(resp.json(), indent=2))


if __name__ == "__main__":
    purge(sys.argv[1] if len(sys.argv) > 1 else "production")
''' % (host, cpc, ct, v, at)
    return pick(rng, ["scripts/purge_cache.py", "tools/akamai_purge.py", "ops/fastpurge.py"]), t


@tpl("akamai_node", "akamai", "client_secret", g_akamai_secret, "AKAMAI_CLIENT_SECRET", style="code")
def _(rng, v, neg):
    host = comp(rng, neg, g_akamai_host(rng), "<akab-host>.luna.akamaiapis.net")
    at = comp(rng, neg, g_akab(rng), "<access-token>")
    ct = comp(rng, neg, g_akab(rng), "<client-token>")
    pid = rng.randint(100000, 999999)
    t = ''''use strict';
// Activate the latest property version on staging, then poll until it is live.
const EdgeGrid = require('akamai-edgegrid');

const eg = new EdgeGrid(
  '%s',
  '%s',
  '%s',
  'https://%s'
);

const PROPERTY_ID = 'prp_%d';
const CONTRACT = 'ctr_%s';

function activate(version) {
  eg.auth({
    path: `/papi/v1/properties/${PROPERTY_ID}/activations?contractId=${CONTRACT}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: { propertyVersion: version, network: 'STAGING', notifyEmails: ['%s@%s'] },
  });
  eg.send((err, res, body) => {
    if (err) throw err;
    console.log(res.statusCode, body);
  });
}

activate(Number(process.argv[2] || 1));
''' % (ct, v, at, host, pid, "1-" + rs(rng, 6, UPNUM), person(rng), dom(rng))
    return pick(rng, ["tools/activate-property.js", "scripts/akamai/activate.js"]), t


@tpl("akamai_gha", "akamai", "client_secret", g_akamai_secret, "AKAMAI_CLIENT_SECRET", style="gha")
def _(rng, v, neg):
    host = comp(rng, neg, g_akamai_host(rng), "${{ secrets.AKAMAI_HOST }}")
    at = comp(rng, neg, g_akab(rng), "${{ secrets.AKAMAI_ACCESS_TOKEN }}")
    ct = comp(rng, neg, g_akab(rng), "${{ secrets.AKAMAI_CLIENT_TOKEN }}")
    n = nm(rng, "AKAMAI_CLIENT_SECRET", ["EDGEGRID_SECRET", "AK_SECRET", "EG_CLIENT_SECRET"])
    t = gha_head(rng, "Purge CDN") + '''jobs:
  purge:
    runs-on: ubuntu-latest
    env:
      AKAMAI_HOST: %s
      AKAMAI_ACCESS_TOKEN: %s
      AKAMAI_CLIENT_TOKEN: %s
      %s: %s
    steps:
      - uses: actions/checkout@v4
      - name: Write .edgerc
        run: |
          cat > ~/.edgerc <<EOF
          [default]
          client_secret = ${%s}
          host = ${AKAMAI_HOST}
          access_token = ${AKAMAI_ACCESS_TOKEN}
          client_token = ${AKAMAI_CLIENT_TOKEN}
          EOF
      - name: Purge
        run: akamai purge --section default invalidate --cpcode %d
''' % (host, at, ct, n, v, n, rng.randint(100000, 999999))
    return ".github/workflows/%s.yml" % pick(rng, ["purge", "cdn-purge", "deploy"]), t


@tpl("akamai_json", "akamai", "client_secret", g_akamai_secret, "AKAMAI_CLIENT_SECRET")
def _(rng, v, neg):
    d = {"edgegrid": {"host": comp(rng, neg, g_akamai_host(rng), "<akab-host>.luna.akamaiapis.net"),
                      "client_token": comp(rng, neg, g_akab(rng), "<client_token>"),
                      "client_secret": v,
                      "access_token": comp(rng, neg, g_akab(rng), "<access_token>")},
         "property": {"name": "%s.%s" % (app(rng), dom(rng)), "contractId": "ctr_1-" + rs(rng, 6, UPNUM),
                      "groupId": "grp_%d" % rng.randint(10000, 299999)},
         "notify": ["%s@%s" % (person(rng), dom(rng))], "network": "STAGING"}
    return pick(rng, ["config/akamai.json", "deploy/edgegrid.json"]), json.dumps(d, indent=2) + "\n"


# ============================================================== Fastly
@tpl("fastly_curl", "fastly", "api_token", g_fastly, "FASTLY_API_TOKEN", style="shell")
def _(rng, v, neg):
    sid = g_fastly_service_id(rng)
    t = '''#!/usr/bin/env bash
# Purge a surrogate key on the %s service after deploy.
set -euo pipefail

SERVICE_ID="%s"
KEY="${1:-%s}"

curl -sS -X POST \\
  -H "Fastly-Key: %s" \\
  -H "Accept: application/json" \\
  "https://api.fastly.com/service/${SERVICE_ID}/purge/${KEY}"
echo
''' % (app(rng), sid, pick(rng, ["all-pages", "products", "homepage"]), v)
    return pick(rng, ["scripts/purge.sh", "bin/fastly-purge", "deploy/purge-key.sh"]), t


@tpl("fastly_tf", "fastly", "api_token", g_fastly, "fastly_api_key", style="tf")
def _(rng, v, neg):
    a = app(rng)
    t = '''provider "fastly" {
  api_key = "%s"
}

resource "fastly_service_vcl" "%s" {
  name = "%s-%s"

  domain {
    name    = "www.%s"
    comment = "primary"
  }

  backend {
    address = "%s-origin.%s"
    name    = "origin"
    port    = 443
    use_ssl = true
  }

  force_destroy = false
}
''' % (v, a.replace("-", "_"), a, pick(rng, ["prod", "staging"]), dom(rng), a, dom(rng))
    return pick(rng, ["terraform/fastly.tf", "infra/cdn/fastly/main.tf"]), t


@tpl("fastly_vcl", "fastly", "signing_secret", g_fastly_vcl_secret, "edge_auth_secret", style="code")
def _(rng, v, neg):
    t = '''sub vcl_recv {
#FASTLY recv
  # Token auth for /private/*: token = exp_hmac, hmac = HMAC-SHA256(secret, path + exp)
  if (req.url.path ~ "^/private/") {
    declare local var.token STRING;
    declare local var.exp STRING;
    declare local var.sig STRING;
    set var.token = subfield(req.url.qs, "token", "&");
    set var.exp = regsub(var.token, "_.*$", "");
    set var.sig = regsub(var.token, "^[^_]*_", "");
    if (std.atoi(var.exp) < now.sec) {
      error 403 "Expired";
    }
    if (!digest.secure_is_equal(var.sig, digest.hmac_sha256_base64("%s", req.url.path var.exp))) {
      error 403 "Forbidden";
    }
  }
  return(lookup);
}

sub vcl_deliver {
#FASTLY deliver
  unset resp.http.X-Served-By;
  return(deliver);
}
''' % v
    return pick(rng, ["vcl/main.vcl", "fastly/snippets/token_auth.vcl"]), t


@tpl("fastly_gha", "fastly", "api_token", g_fastly, "FASTLY_API_TOKEN", style="gha")
def _(rng, v, neg):
    n = nm(rng, "FASTLY_API_TOKEN", ["FASTLY_KEY", "CDN_TOKEN", "FASTLY_PURGE_TOKEN"])
    t = gha_head(rng, "Compute deploy") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      %s: %s
    steps:
      - uses: actions/checkout@v4
      - uses: fastly/compute-actions/setup@v11
      - run: npm ci
      - name: Deploy to Compute
        uses: fastly/compute-actions/deploy@v11
        with:
          service_id: %s
          token: ${{ env.%s }}
''' % (n, v, g_fastly_service_id(rng), n)
    return ".github/workflows/fastly-deploy.yml", t


@tpl("fastly_go", "fastly", "api_token", g_fastly, "FASTLY_API_TOKEN", style="code")
def _(rng, v, neg):
    t = '''package cdn

import (
	"context"
	"fmt"

	"github.com/fastly/go-fastly/v9/fastly"
)

const serviceID = "%s"

// PurgeKey soft-purges a surrogate key.
func PurgeKey(ctx context.Context, key string) error {
	client, err := fastly.NewClient("%s")
	if err != nil {
		return fmt.Errorf("fastly client: %%w", err)
	}
	_, err = client.PurgeKey(&fastly.PurgeKeyInput{
		ServiceID: serviceID,
		Key:       key,
		Soft:      true,
	})
	return err
}
''' % (g_fastly_service_id(rng), v)
    return pick(rng, ["internal/cdn/fastly.go", "pkg/purge/purge.go"]), t


@tpl("fastly_python", "fastly", "api_token", g_fastly, "FASTLY_API_TOKEN", style="code")
def _(rng, v, neg):
    n = nm(rng, "FASTLY_API_TOKEN", ["TOKEN", "API_KEY", "PURGE_KEY"])
    t = '''import logging

import requests

log = logging.getLogger(__name__)

%s = "%s"
SERVICE = "%s"


def purge_url(url: str) -> None:
    r = requests.request("PURGE", url, headers={"Fastly-Key": %s, "Fastly-Soft-Purge": "1"}, timeout=10)
    log.info("purge %%s -> %%s", url, r.status_code)


def purge_all() -> None:
    r = requests.post(f"https://api.fastly.com/service/{SERVICE}/purge_all",
                      headers={"Fastly-Key": %s}, timeout=10)
    r.raise_for_status()
''' % (n, v, g_fastly_service_id(rng), n, n)
    return pick(rng, ["app/cdn.py", "utils/fastly_purge.py"]), t


# ============================================================== bunny.net
@tpl("bunny_storage_node", "bunny", "storage_password", g_bunny_storage, "BUNNY_STORAGE_PASSWORD", style="code")
def _(rng, v, neg):
    zone = "%s-%s" % (org(rng), pick(rng, ["assets", "media", "uploads"]))
    t = '''import { readFile } from 'node:fs/promises';
import path from 'node:path';

const STORAGE_ZONE = '%s';
const REGION_HOST = '%s';

export async function upload(localFile, remotePath) {
  const body = await readFile(localFile);
  const res = await fetch(`https://${REGION_HOST}/${STORAGE_ZONE}/${remotePath}`, {
    method: 'PUT',
    headers: {
      AccessKey: '%s',
      'Content-Type': 'application/octet-stream',
    },
    body,
  });
  if (!res.ok) throw new Error(`upload ${path.basename(localFile)} failed: ${res.status}`);
}
''' % (zone, pick(rng, ["storage.bunnycdn.com", "ny.storage.bunnycdn.com", "uk.storage.bunnycdn.com"]), v)
    return pick(rng, ["scripts/upload-assets.mjs", "lib/bunny-upload.js"]), t


@tpl("bunny_php", "bunny", "storage_password", g_bunny_storage, "BUNNY_STORAGE_PASSWORD", style="code")
def _(rng, v, neg):
    t = '''<?php

return [
    'default' => 'bunnycdn',

    'disks' => [
        'local' => [
            'driver' => 'local',
            'root' => storage_path('app'),
        ],

        'bunnycdn' => [
            'driver' => 'bunnycdn',
            'storage_zone' => '%s',
            'api_key' => '%s',
            'region' => '%s',
            'pull_zone' => 'https://%s.b-cdn.net',
        ],
    ],
];
''' % (org(rng) + "-files", v, pick(rng, ["de", "ny", "la", "sg"]), org(rng))
    return "config/filesystems.php", t


@tpl("bunny_tf", "bunny", "api_key", g_bunny_account, "bunnynet_api_key", style="tf")
def _(rng, v, neg):
    a = app(rng)
    t = '''terraform {
  required_providers {
    bunnynet = {
      source = "BunnyWay/bunnynet"
    }
  }
}

provider "bunnynet" {
  api_key = "%s"
}

resource "bunnynet_pullzone" "%s" {
  name = "%s-%s"

  origin {
    type = "OriginUrl"
    url  = "https://%s"
  }

  routing {
    tier = "Standard"
  }
}
''' % (v, a.replace("-", "_"), org(rng), a, dom(rng))
    return pick(rng, ["terraform/bunny.tf", "infra/bunny/main.tf"]), t


@tpl("bunny_values", "bunny", "api_key", g_bunny_account, "BUNNY_API_KEY")
def _(rng, v, neg):
    k = nm(rng, "apiKey", ["accessKey", "key", "token"])
    t = '''replicaCount: %d

image:
  repository: ghcr.io/%s/%s
  tag: "%s"

cdn:
  provider: bunny
  pullZoneId: %d
  hostname: %s.b-cdn.net
  bunny:
    %s: "%s"
    purgeOnDeploy: true

resources:
  limits:
    cpu: 500m
    memory: 256Mi
''' % (rng.randint(1, 4), org(rng), app(rng), "1.%d.%d" % (rng.randint(0, 20), rng.randint(0, 9)),
       rng.randint(100000, 3999999), org(rng), k, v)
    return pick(rng, ["deploy/values.yaml", "charts/web/values-prod.yaml"]), t


# ============================================================== KeyCDN
@tpl("keycdn_curl", "keycdn", "api_key", g_keycdn, "KEYCDN_API_KEY", style="shell")
def _(rng, v, neg):
    zid = rng.randint(10000, 299999)
    t = '''#!/bin/sh
# purge the whole zone after assets are rebuilt
ZONE_ID=%d
curl -s "https://api.keycdn.com/zones/purge/${ZONE_ID}.json" \\
  -X GET \\
  -u %s:
''' % (zid, v)
    return pick(rng, ["scripts/keycdn-purge.sh", "bin/purge"]), t


@tpl("keycdn_python", "keycdn", "api_key", g_keycdn, "KEYCDN_API_KEY", style="code")
def _(rng, v, neg):
    t = '''import keycdn

api = keycdn.Api('%s')
ZONE = %d


def purge_urls(urls):
    return api.delete('zones/purgeurl/%%d.json' %% ZONE, {'urls': urls})


if __name__ == '__main__':
    print(api.get('zones.json'))
''' % (v, rng.randint(10000, 299999))
    return pick(rng, ["tools/keycdn_purge.py", "cdn/purge.py"]), t


@tpl("keycdn_properties", "keycdn", "api_key", g_keycdn, "KEYCDN_API_KEY")
def _(rng, v, neg):
    k = nm(rng, "keycdn.api.key", ["cdn.auth", "cdn.credential", "purge.user"])
    t = '''# CDN settings
cdn.enabled=true
cdn.provider=keycdn
cdn.zone.id=%d
cdn.zone.url=https://%s-%s.kxcdn.com
%s=%s
cdn.purge.timeout.ms=5000
spring.web.resources.cache.cachecontrol.max-age=31536000
''' % (rng.randint(10000, 299999), app(rng), rs(rng, 4, "0123456789abcdef"), k, v)
    return pick(rng, ["src/main/resources/application-prod.properties", "config/cdn.properties"]), t


# ============================================================== CloudFront signed URLs
@tpl("cloudfront_pem_file", "cloudfront", "private_key", g_rsa_pem, "CLOUDFRONT_PRIVATE_KEY", neg_ok=False)
def _(rng, v, neg):
    kid = g_cf_legacy_keypair_id(rng) if chance(rng, 0.3) else g_cf_keypair_id(rng)
    name = pick(rng, ["keys/cloudfront/private_key.pem", "secrets/pk-%s.pem" % kid,
                      "config/cloudfront-signer.pem"])
    return name, v + "\n"


@tpl("cloudfront_python", "cloudfront", "private_key", g_pkcs8_pem, "CLOUDFRONT_PRIVATE_KEY", style="key")
def _(rng, v, neg):
    kid = g_cf_keypair_id(rng)
    t = '''import datetime

import rsa
from botocore.signers import CloudFrontSigner

KEY_PAIR_ID = "%s"
DISTRIBUTION = "https://%s.cloudfront.net"

PRIVATE_KEY = """%s"""


def _signer(message: bytes) -> bytes:
    key = rsa.PrivateKey.load_pkcs1(PRIVATE_KEY.encode())
    return rsa.sign(message, key, "SHA-1")


def signed_url(path: str, minutes: int = 15) -> str:
    expires = datetime.datetime.utcnow() + datetime.timedelta(minutes=minutes)
    return CloudFrontSigner(KEY_PAIR_ID, _signer).generate_presigned_url(
        f"{DISTRIBUTION}/{path.lstrip('/')}", date_less_than=expires)
''' % (kid, "d" + rs(rng, 13, B36), v)
    return pick(rng, ["app/media/signing.py", "services/cloudfront_signer.py"]), t


@tpl("cloudfront_json", "cloudfront", "private_key", g_rsa_pem, "CLOUDFRONT_PRIVATE_KEY", style="key", tf="json")
def _(rng, v, neg):
    d = {"cloudfront": {"keyPairId": g_cf_keypair_id(rng),
                        "privateKey": v,
                        "domain": "d%s.cloudfront.net" % rs(rng, 13, B36),
                        "ttlSeconds": pick(rng, [300, 900, 3600])},
         "bucket": "%s-%s-private" % (org(rng), app(rng)), "region": "us-east-1"}
    return pick(rng, ["config/production.json", "config/cloudfront.json"]), json.dumps(d, indent=2) + "\n"


@tpl("cloudfront_k8s_secret", "cloudfront", "private_key", g_rsa_pem, "CLOUDFRONT_PRIVATE_KEY", style="key", tf="indent4")
def _(rng, v, neg):
    kid = g_cf_keypair_id(rng)
    t = '''apiVersion: v1
kind: Secret
metadata:
  name: cloudfront-signer
  namespace: %s
type: Opaque
stringData:
  key-pair-id: %s
  private-key.pem: |
    %s
''' % (pick(rng, ["media", "web", "default"]), kid, indent(v, 4))
    return pick(rng, ["k8s/cloudfront-secret.yaml", "deploy/manifests/signer-secret.yaml"]), t


@tpl("cloudfront_tf_heredoc", "cloudfront", "private_key", g_rsa_pem, "cloudfront_private_key", style="key")
def _(rng, v, neg):
    t = '''resource "aws_cloudfront_key_group" "signed" {
  name    = "%s-signed-urls"
  items   = [aws_cloudfront_public_key.signer.id]
  comment = "keys allowed to sign private media URLs"
}

resource "aws_ssm_parameter" "cf_signer_key" {
  name  = "/%s/cloudfront/signer-private-key"
  type  = "SecureString"
  value = <<-EOT
%s
EOT
}
''' % (app(rng), app(rng), v)
    return pick(rng, ["terraform/cloudfront_keys.tf", "infra/media/signing.tf"]), t


# ============================================================== Vercel
@tpl("vercel_gha", "vercel", "api_token", g_vercel, "VERCEL_TOKEN", style="gha")
def _(rng, v, neg):
    n = nm(rng, "VERCEL_TOKEN", ["VC_TOKEN", "DEPLOY_TOKEN", "ZEIT_TOKEN"])
    t = gha_head(rng, "Vercel Production Deployment") + '''env:
  VERCEL_ORG_ID: team_%s
  VERCEL_PROJECT_ID: prj_%s
  %s: %s

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm install --global vercel@latest
      - run: vercel pull --yes --environment=production --token=${{ env.%s }}
      - run: vercel build --prod --token=${{ env.%s }}
      - run: vercel deploy --prebuilt --prod --token=${{ env.%s }}
''' % (rs(rng, 24), rs(rng, 28), n, v, n, n, n)
    return ".github/workflows/vercel.yml", t


@tpl("vercel_shell", "vercel", "api_token", g_vercel, "VERCEL_TOKEN", style="shell")
def _(rng, v, neg):
    t = '''#!/usr/bin/env bash
set -e
cd "$(dirname "$0")/.."
npm run build
npx vercel deploy --prod --yes --token=%s --scope %s
''' % (v, org(rng))
    return pick(rng, ["scripts/deploy.sh", "deploy-prod.sh"]), t


@tpl("vercel_json_edgeconfig", "vercel", "edge_config_token", uuid4, "EDGE_CONFIG", style="code")
def _(rng, v, neg):
    d = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": "nextjs",
         "regions": [pick(rng, ["iad1", "fra1", "cdg1", "sfo1"])],
         "env": {"EDGE_CONFIG": "https://edge-config.vercel.com/%s?token=%s" % (g_ecfg_id(rng), v),
                 "NEXT_PUBLIC_SITE_URL": "https://www.%s" % dom(rng)},
         "headers": [{"source": "/(.*)", "headers": [{"key": "X-Frame-Options", "value": "DENY"}]}]}
    return "vercel.json", json.dumps(d, indent=2) + "\n"


@tpl("vercel_ts_edgeconfig", "vercel", "edge_config_token", uuid4, "EDGE_CONFIG", style="code")
def _(rng, v, neg):
    t = '''import { createClient } from '@vercel/edge-config';
import { NextResponse, type NextRequest } from 'next/server';

const flags = createClient(
  'https://edge-config.vercel.com/%s?token=%s',
);

export const config = { matcher: ['/((?!_next|api).*)'] };

export async function middleware(req: NextRequest) {
  const maintenance = await flags.get<boolean>('maintenance');
  if (maintenance) {
    req.nextUrl.pathname = '/maintenance';
    return NextResponse.rewrite(req.nextUrl);
  }
  return NextResponse.next();
}
''' % (g_ecfg_id(rng), v)
    return pick(rng, ["middleware.ts", "src/middleware.ts"]), t


@tpl("vercel_python", "vercel", "api_token", g_vercel, "VERCEL_TOKEN", style="code")
def _(rng, v, neg):
    n = nm(rng, "VERCEL_TOKEN", ["TOKEN", "AUTH", "BEARER"])
    t = '''"""Copy environment variables from staging to production on Vercel."""
import requests

%s = "%s"
PROJECT = "prj_%s"
TEAM = "team_%s"
API = "https://api.vercel.com"
HEADERS = {"Authorization": f"Bearer {%s}"}


def list_env():
    r = requests.get(f"{API}/v9/projects/{PROJECT}/env", params={"teamId": TEAM}, headers=HEADERS)
    r.raise_for_status()
    return r.json()["envs"]
''' % (n, v, rs(rng, 28), rs(rng, 24), n)
    return pick(rng, ["scripts/vercel_env_sync.py", "tools/sync_env.py"]), t


@tpl("vercel_tf", "vercel", "api_token", g_vercel, "vercel_api_token", style="tf")
def _(rng, v, neg):
    a = app(rng)
    t = '''provider "vercel" {
  api_token = "%s"
  team      = "team_%s"
}

resource "vercel_project" "%s" {
  name      = "%s"
  framework = "nextjs"
  git_repository = {
    type = "github"
    repo = "%s/%s"
  }
}
''' % (v, rs(rng, 24), a.replace("-", "_"), a, org(rng), a)
    return pick(rng, ["terraform/vercel.tf", "infra/vercel/main.tf"]), t


# ============================================================== Netlify
@tpl("netlify_toml", "netlify", "api_token", g_netlify, "NETLIFY_AUTH_TOKEN")
def _(rng, v, neg):
    n = nm(rng, "NETLIFY_AUTH_TOKEN", ["NETLIFY_API_TOKEN", "NF_TOKEN", "BUILD_HOOK_AUTH"])
    t = '''[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "%s"
  %s = "%s"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"
''' % (pick(rng, NODEV), n, v)
    return "netlify.toml", t


@tpl("netlify_gha", "netlify", "api_token", g_netlify, "NETLIFY_AUTH_TOKEN", style="gha")
def _(rng, v, neg):
    t = gha_head(rng, "Netlify deploy") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: %s
      - run: npm ci && npm run build
      - name: Deploy
        run: npx netlify-cli deploy --dir=dist --prod
        env:
          NETLIFY_AUTH_TOKEN: %s
          NETLIFY_SITE_ID: %s
''' % (pick(rng, NODEV), v, uuid4(rng))
    return ".github/workflows/netlify.yml", t


@tpl("netlify_shell", "netlify", "api_token", g_netlify, "NETLIFY_AUTH_TOKEN", style="shell")
def _(rng, v, neg):
    t = '''#!/usr/bin/env bash
# Preview deploy for the current branch
set -euo pipefail
BRANCH=$(git rev-parse --abbrev-ref HEAD)
npm run build
netlify deploy --dir=build --alias="${BRANCH//\\//-}" --site %s --auth %s
''' % (uuid4(rng), v)
    return pick(rng, ["scripts/preview.sh", "bin/netlify-preview"]), t


@tpl("netlify_node", "netlify", "api_token", g_netlify, "NETLIFY_AUTH_TOKEN", style="code")
def _(rng, v, neg):
    t = '''import { NetlifyAPI } from 'netlify';

const client = new NetlifyAPI('%s');

const sites = await client.listSites();
for (const site of sites) {
  console.log(`${site.name.padEnd(30)} ${site.ssl_url} ${site.updated_at}`);
}
''' % v
    return pick(rng, ["scripts/list-sites.mjs", "tools/netlify-report.mjs"]), t


# ============================================================== Cloudflare (Workers / wrangler)
@tpl("cf_wrangler_vars", "cloudflare", "api_token", g_cloudflare, "CLOUDFLARE_API_TOKEN")
def _(rng, v, neg):
    n = nm(rng, "CLOUDFLARE_API_TOKEN", ["CF_TOKEN", "DNS_API_TOKEN", "PURGE_TOKEN"])
    t = '''name = "%s"
main = "src/index.ts"
compatibility_date = "%s"
account_id = "%s"

[vars]
ENVIRONMENT = "production"
ZONE_ID = "%s"
%s = "%s"

[[kv_namespaces]]
binding = "CACHE"
id = "%s"
''' % (app(rng), date(rng), g_cf_account_id(rng), g_cf_account_id(rng), n, v, rs(rng, 32, HEX))
    return "wrangler.toml", t


@tpl("cf_wrangler_globalkey", "cloudflare", "global_api_key", g_cf_global, "CLOUDFLARE_API_KEY")
def _(rng, v, neg):
    t = '''name = "%s-cron"
main = "worker.js"
compatibility_date = "%s"

[triggers]
crons = ["*/30 * * * *"]

[vars]
CF_EMAIL = "%s@%s"
CF_API_KEY = "%s"
TARGET_ZONE = "%s"
''' % (app(rng), date(rng), person(rng), dom(rng), v, dom(rng))
    return pick(rng, ["wrangler.toml", "workers/dns-sync/wrangler.toml"]), t


@tpl("cf_tf", "cloudflare", "api_token", g_cloudflare, "cloudflare_api_token", style="tf")
def _(rng, v, neg):
    t = '''provider "cloudflare" {
  api_token = "%s"
}

resource "cloudflare_record" "www" {
  zone_id = "%s"
  name    = "www"
  content = "%s.pages.dev"
  type    = "CNAME"
  proxied = true
}
''' % (v, g_cf_account_id(rng), app(rng))
    return pick(rng, ["terraform/cloudflare.tf", "dns/main.tf"]), t


@tpl("cf_gha", "cloudflare", "api_token", g_cloudflare, "CLOUDFLARE_API_TOKEN", style="gha")
def _(rng, v, neg):
    t = gha_head(rng, "Deploy Worker") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Deploy
        uses: cloudflare/wrangler-action@v3
        with:
          apiToken: %s
          accountId: %s
          command: deploy --env production
''' % (v, g_cf_account_id(rng))
    return ".github/workflows/worker.yml", t


@tpl("cf_curl", "cloudflare", "api_token", g_cloudflare, "CLOUDFLARE_API_TOKEN", style="shell")
def _(rng, v, neg):
    t = '''#!/usr/bin/env bash
ZONE="%s"
curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache" \\
     -H "Authorization: Bearer %s" \\
     -H "Content-Type: application/json" \\
     --data '{"purge_everything":true}' | jq .success
''' % (g_cf_account_id(rng), v)
    return pick(rng, ["scripts/cf-purge.sh", "ops/purge_cloudflare.sh"]), t


@tpl("cf_dev_vars", "cloudflare", "api_token", g_cloudflare, "CLOUDFLARE_API_TOKEN")
def _(rng, v, neg):
    n = nm(rng, "CLOUDFLARE_API_TOKEN", ["API_TOKEN", "CF_API_TOKEN", "UPSTREAM_TOKEN"])
    t = '''ENVIRONMENT=development
LOG_LEVEL=debug
%s=%s
''' % (n, v)
    return pick(rng, [".dev.vars", "worker/.dev.vars"]), t


# ============================================================== Deno Deploy
@tpl("deno_gha", "deno", "api_token", g_deno, "DENO_DEPLOY_TOKEN", style="gha")
def _(rng, v, neg):
    t = gha_head(rng, "Deploy") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: denoland/setup-deno@v2
        with:
          deno-version: v2.x
      - run: deno install -gArf jsr:@deno/deployctl
      - run: deployctl deploy --project=%s --prod main.ts
        env:
          DENO_DEPLOY_TOKEN: %s
''' % (app(rng), v)
    return ".github/workflows/deploy.yml", t


@tpl("deno_json", "deno", "api_token", g_deno, "DENO_DEPLOY_TOKEN", style="code")
def _(rng, v, neg):
    d = {"tasks": {"dev": "deno run --watch -A main.ts",
                   "deploy": "deployctl deploy --project=%s --token=%s --prod main.ts" % (app(rng), v)},
         "imports": {"@std/http": "jsr:@std/http@^1.0.0", "hono": "jsr:@hono/hono@^4.6.0"},
         "compilerOptions": {"strict": True}}
    return "deno.json", json.dumps(d, indent=2) + "\n"


@tpl("deno_ts", "deno", "api_token", g_deno, "DENO_DEPLOY_TOKEN", style="code")
def _(rng, v, neg):
    n = nm(rng, "DENO_DEPLOY_TOKEN", ["token", "accessToken", "deployKey"])
    t = '''// List deployments of the project via the Deno Deploy REST API.
const %s = "%s";
const project = "%s";

const res = await fetch(`https://api.deno.com/v1/projects/${project}/deployments`, {
  headers: { Authorization: `Bearer ${%s}` },
});
for (const d of await res.json()) {
  console.log(d.id, d.createdAt, d.domains?.join(", "));
}
''' % (n, v, app(rng), n)
    return pick(rng, ["scripts/deployments.ts", "tools/list_deployments.ts"]), t


# ============================================================== Fly.io
@tpl("fly_toml", "fly", "deploy_token", g_fly, "FLY_API_TOKEN")
def _(rng, v, neg):
    a = app(rng)
    pre = "" if neg else "FlyV1 "
    t = '''app = "%s-%s"
primary_region = "%s"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"
  FLY_API_TOKEN = "%s%s"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = "stop"
  min_machines_running = 1
''' % (org(rng), a, pick(rng, REGIONS), pre, v)
    return "fly.toml", t


@tpl("fly_gha", "fly", "deploy_token", g_fly, "FLY_API_TOKEN", style="gha")
def _(rng, v, neg):
    pre = "" if neg else "FlyV1 "
    t = gha_head(rng, "Fly Deploy") + '''jobs:
  deploy:
    name: Deploy app
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: "%s%s"
''' % (pre, v)
    return ".github/workflows/fly-deploy.yml", t


@tpl("fly_curl", "fly", "deploy_token", g_fly, "FLY_API_TOKEN", style="shell")
def _(rng, v, neg):
    pre = "" if neg else "FlyV1 "
    t = '''#!/usr/bin/env bash
# restart every machine of the app (rolling)
APP=%s
for id in $(curl -s -H "Authorization: %s%s" \\
    "https://api.machines.dev/v1/apps/$APP/machines" | jq -r '.[].id'); do
  echo "restarting $id"
  curl -s -X POST -H "Authorization: %s%s" \\
    "https://api.machines.dev/v1/apps/$APP/machines/$id/restart" >/dev/null
  sleep 5
done
''' % (app(rng), pre, v, pre, v)
    return pick(rng, ["scripts/rolling-restart.sh", "ops/fly-restart.sh"]), t


@tpl("fly_python_pat", "fly", "api_token", g_fly_pat, "FLY_API_TOKEN", style="code")
def _(rng, v, neg):
    n = nm(rng, "FLY_API_TOKEN", ["FLY_TOKEN", "API_TOKEN", "MACHINES_TOKEN"])
    t = '''import httpx

%s = "%s"
APP = "%s"

client = httpx.Client(base_url="https://api.machines.dev/v1",
                      headers={"Authorization": f"Bearer {%s}"}, timeout=30)


def machines():
    return client.get(f"/apps/{APP}/machines").json()


def scale_to(n: int) -> None:
    for m in machines()[n:]:
        client.post(f"/apps/{APP}/machines/{m['id']}/stop")
''' % (n, v, app(rng), n)
    return pick(rng, ["autoscale/fly_client.py", "worker/scale.py"]), t


@tpl("fly_dockerfile", "fly", "deploy_token", g_fly, "FLY_API_TOKEN")
def _(rng, v, neg):
    pre = "" if neg else "FlyV1 "
    t = '''FROM debian:bookworm-slim

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates git \\
 && rm -rf /var/lib/apt/lists/*
RUN curl -L https://fly.io/install.sh | sh
ENV PATH="/root/.fly/bin:${PATH}"
ENV FLY_API_TOKEN="%s%s"

WORKDIR /src
ENTRYPOINT ["flyctl"]
CMD ["deploy", "--remote-only"]
''' % (pre, v)
    return pick(rng, ["ci/deployer/Dockerfile", "Dockerfile.deploy"]), t


# ============================================================== Render
@tpl("render_yaml", "render", "api_key", g_render, "RENDER_API_KEY")
def _(rng, v, neg):
    a = app(rng)
    t = '''services:
  - type: web
    name: %s
    runtime: node
    plan: starter
    buildCommand: npm ci && npm run build
    startCommand: npm start
    envVars:
      - key: NODE_ENV
        value: production
      - key: DATABASE_URL
        fromDatabase:
          name: %s-db
          property: connectionString
  - type: cron
    name: %s-preview-cleanup
    runtime: python
    schedule: "0 3 * * *"
    buildCommand: pip install -r requirements.txt
    startCommand: python cleanup_previews.py
    envVars:
      - key: RENDER_API_KEY
        value: %s
''' % (a, a, a, v)
    return "render.yaml", t


@tpl("render_curl", "render", "api_key", g_render, "RENDER_API_KEY", style="shell")
def _(rng, v, neg):
    t = '''#!/bin/sh
# trigger a deploy of the API service (used by the release job)
curl --request POST \\
     --url https://api.render.com/v1/services/srv-%s/deploys \\
     --header 'accept: application/json' \\
     --header 'authorization: Bearer %s' \\
     --data '{"clearCache":"do_not_clear"}'
''' % (rs(rng, 20, B36), v)
    return pick(rng, ["scripts/render-deploy.sh", "release/deploy.sh"]), t


@tpl("render_python", "render", "api_key", g_render, "RENDER_API_KEY", style="code")
def _(rng, v, neg):
    t = '''from dataclasses import dataclass

import requests


@dataclass
class RenderClient:
    api_key: str
    base: str = "https://api.render.com/v1"

    def services(self):
        r = requests.get(f"{self.base}/services", headers={"Authorization": f"Bearer {self.api_key}"})
        r.raise_for_status()
        return [s["service"] for s in r.json()]


client = RenderClient(api_key="%s")
''' % v
    return pick(rng, ["ops/render_client.py", "scripts/render_services.py"]), t


# ============================================================== Railway
@tpl("railway_gha", "railway", "project_token", g_railway, "RAILWAY_TOKEN", style="gha")
def _(rng, v, neg):
    t = gha_head(rng, "Railway deploy") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    container: ghcr.io/railwayapp/cli:latest
    env:
      SVC_ID: %s
      RAILWAY_TOKEN: %s
    steps:
      - uses: actions/checkout@v4
      - run: railway up --service=${{ env.SVC_ID }}
''' % (uuid4(rng), v)
    return ".github/workflows/railway.yml", t


@tpl("railway_curl", "railway", "project_token", g_railway, "RAILWAY_TOKEN", style="shell")
def _(rng, v, neg):
    t = '''#!/usr/bin/env bash
# fetch the latest deployment status of this environment
curl -s https://backboard.railway.com/graphql/v2 \\
  -H "Project-Access-Token: %s" \\
  -H "Content-Type: application/json" \\
  -d '{"query":"query { projectToken { projectId environmentId } }"}'
''' % v
    return pick(rng, ["scripts/railway-status.sh", "bin/railway-env"]), t


@tpl("railway_node", "railway", "api_token", g_railway, "RAILWAY_API_TOKEN", style="code")
def _(rng, v, neg):
    t = '''const ENDPOINT = 'https://backboard.railway.com/graphql/v2';

export async function railway(query, variables = {}) {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Bearer %s',
    },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await res.json();
  if (errors) throw new Error(errors[0].message);
  return data;
}
''' % v
    return pick(rng, ["src/lib/railway.js", "scripts/railway-gql.mjs"]), t


# ============================================================== Heroku
@tpl("heroku_netrc", "heroku", "api_key", g_heroku, "HEROKU_API_KEY")
def _(rng, v, neg):
    u = "%s@%s" % (person(rng), dom(rng))
    t = '''machine api.heroku.com
  login %s
  password %s
machine git.heroku.com
  login %s
  password %s
''' % (u, v, u, v)
    return pick(rng, ["ci/netrc", "deploy/.netrc", ".netrc"]), t


@tpl("heroku_gha", "heroku", "api_key", g_heroku, "HEROKU_API_KEY", style="gha")
def _(rng, v, neg):
    t = gha_head(rng, "Deploy to Heroku") + '''jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: akhileshns/heroku-deploy@v3.13.15
        with:
          heroku_api_key: "%s"
          heroku_app_name: "%s-%s"
          heroku_email: "%s@%s"
''' % (v, org(rng), app(rng), person(rng), dom(rng))
    return ".github/workflows/heroku.yml", t


@tpl("heroku_ruby", "heroku", "api_key", g_heroku, "HEROKU_API_KEY", style="code")
def _(rng, v, neg):
    t = '''require 'platform-api'

# Scale worker dynos according to the queue depth (run by the scheduler).
class DynoScaler
  APP = '%s'.freeze

  def initialize
    @heroku = PlatformAPI.connect_oauth('%s')
  end

  def scale(quantity)
    @heroku.formation.update(APP, 'worker', quantity: quantity, size: 'standard-1x')
  end
end
''' % (app(rng), v)
    return pick(rng, ["lib/dyno_scaler.rb", "app/services/dyno_scaler.rb"]), t


@tpl("heroku_shell", "heroku", "api_key", g_heroku, "HEROKU_API_KEY", style="shell")
def _(rng, v, neg):
    n = nm(rng, "HEROKU_API_KEY", ["HK_KEY", "TOKEN", "HEROKU_TOKEN"])
    t = '''#!/usr/bin/env bash
set -e
export %s="%s"
APP=%s
heroku container:login
docker build -t registry.heroku.com/$APP/web .
docker push registry.heroku.com/$APP/web
heroku container:release web -a $APP
''' % (n, v, app(rng))
    return pick(rng, ["deploy.sh", "scripts/heroku-release.sh"]), t


# ============================================================== DigitalOcean
@tpl("do_tf", "digitalocean", "api_token", g_do, "do_token", style="tf")
def _(rng, v, neg):
    t = '''terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.0"
    }
  }
}

provider "digitalocean" {
  token = "%s"
}

resource "digitalocean_app" "%s" {
  spec {
    name   = "%s"
    region = "%s"
  }
}
''' % (v, app(rng).replace("-", "_"), app(rng), pick(rng, ["nyc", "ams", "fra", "sfo"]))
    return pick(rng, ["terraform/digitalocean.tf", "infra/do/main.tf"]), t


@tpl("do_gha", "digitalocean", "api_token", g_do, "DIGITALOCEAN_ACCESS_TOKEN", style="gha")
def _(rng, v, neg):
    t = gha_head(rng, "DOKS deploy") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install doctl
        uses: digitalocean/action-doctl@v2
        with:
          token: %s
      - run: doctl kubernetes cluster kubeconfig save --expiry-seconds 600 %s
      - run: kubectl apply -f k8s/
''' % (v, app(rng) + "-cluster")
    return ".github/workflows/doks.yml", t


@tpl("do_python", "digitalocean", "api_token", g_do, "DIGITALOCEAN_TOKEN", style="code")
def _(rng, v, neg):
    t = '''import digitalocean

manager = digitalocean.Manager(token="%s")


def snapshot_all(tag="%s"):
    for droplet in manager.get_all_droplets(tag_name=tag):
        droplet.take_snapshot(f"{droplet.name}-nightly", power_off=False)
''' % (v, pick(rng, ["web", "prod", "edge"]))
    return pick(rng, ["ops/snapshots.py", "cron/do_snapshots.py"]), t


@tpl("do_doctl_config", "digitalocean", "api_token", g_do, "DIGITALOCEAN_ACCESS_TOKEN")
def _(rng, v, neg):
    t = '''access-token: %s
context: default
output: text
apps.create.upsert: true
compute.ssh.ssh-user: root
''' % v
    return pick(rng, ["ci/doctl/config.yaml", "tools/doctl-config.yaml"]), t


# ============================================================== Koyeb
@tpl("koyeb_gha", "koyeb", "api_token", g_koyeb, "KOYEB_TOKEN", style="gha")
def _(rng, v, neg):
    a = app(rng)
    t = gha_head(rng, "Koyeb") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: koyeb-community/koyeb-actions@v2
        with:
          api_token: "%s"
      - run: koyeb deploy . %s/web --instance-type nano --region %s --type web
''' % (v, a, pick(rng, ["fra", "was", "sin"]))
    return ".github/workflows/koyeb.yml", t


@tpl("koyeb_cli_yaml", "koyeb", "api_token", g_koyeb, "KOYEB_TOKEN")
def _(rng, v, neg):
    t = '''token: %s
url: https://app.koyeb.com
organization: ""
''' % v
    return pick(rng, [".koyeb.yaml", "ci/koyeb.yaml"]), t


# ============================================================== Northflank
@tpl("northflank_gha", "northflank", "api_token", g_northflank, "NORTHFLANK_API_TOKEN", style="gha")
def _(rng, v, neg):
    t = gha_head(rng, "Northflank") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: northflank/deploy-to-northflank@v1
        with:
          northflank-api-key: %s
          project-id: %s
          service-id: %s
          image-path: ghcr.io/%s/%s:${{ github.sha }}
''' % (v, app(rng), app(rng) + "-api", org(rng), app(rng))
    return ".github/workflows/northflank.yml", t


@tpl("northflank_node", "northflank", "api_token", g_northflank, "NORTHFLANK_API_TOKEN", style="code")
def _(rng, v, neg):
    t = '''import { ApiClient, ApiClientInMemoryContextProvider } from '@northflank/js-client';

const contextProvider = new ApiClientInMemoryContextProvider();
await contextProvider.addContext({
  name: 'ci',
  token: '%s',
});

const api = new ApiClient(contextProvider);
const { data } = await api.list.services({ parameters: { projectId: '%s' } });
console.table(data.services.map((s) => ({ id: s.id, status: s.status?.deployment?.status })));
''' % (v, app(rng))
    return pick(rng, ["scripts/nf-status.mjs", "tools/northflank.mjs"]), t


# ============================================================== Coolify
@tpl("coolify_curl", "coolify", "api_token", g_coolify, "COOLIFY_TOKEN", style="shell")
def _(rng, v, neg):
    t = '''#!/usr/bin/env bash
# Trigger a Coolify deployment of the app by uuid (self-hosted instance)
COOLIFY_URL="https://coolify.%s"
APP_UUID="%s"
curl -fsS -X GET "$COOLIFY_URL/api/v1/deploy?uuid=$APP_UUID&force=false" \\
  -H "Authorization: Bearer %s"
''' % (dom(rng), rs(rng, 24, B36), v)
    return pick(rng, ["scripts/coolify-deploy.sh", "deploy/trigger.sh"]), t


@tpl("coolify_gha", "coolify", "api_token", g_coolify, "COOLIFY_TOKEN", style="gha")
def _(rng, v, neg):
    t = gha_head(rng, "Build and deploy") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build image
        run: docker build -t ghcr.io/%s/%s:latest . && docker push ghcr.io/%s/%s:latest
      - name: Deploy to Coolify
        run: |
          curl --request GET '${{ vars.COOLIFY_WEBHOOK }}' --header 'Authorization: Bearer %s'
''' % (org(rng), app(rng), org(rng), app(rng), v)
    return ".github/workflows/coolify.yml", t


# ============================================================== Dokku (deploy keys)
@tpl("dokku_gha", "dokku", "private_key", g_openssh_key, "SSH_PRIVATE_KEY", style="key", tf="indent12")
def _(rng, v, neg):
    t = gha_head(rng, "Dokku deploy") + '''jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: dokku/github-action@master
        with:
          git_remote_url: ssh://dokku@%s.%s:22/%s
          ssh_private_key: |
            %s
''' % (pick(rng, ["apps", "paas", "dokku"]), dom(rng), app(rng), indent(v, 12))
    return ".github/workflows/dokku.yml", t


@tpl("dokku_keyfile", "dokku", "private_key", g_openssh_key, "DOKKU_DEPLOY_KEY", neg_ok=False)
def _(rng, v, neg):
    return pick(rng, ["deploy/dokku_deploy_key", "ci/keys/id_ed25519", ".deploy/dokku.key"]), v + "\n"


# ============================================================== misc file types
@tpl("md_netlify", "netlify", "api_token", g_netlify, "NETLIFY_AUTH_TOKEN", style="code")
def _(rng, v, neg):
    t = '''# Deploying the docs site

The docs are deployed to Netlify from CI. To deploy by hand:

```bash
npm run docs:build
NETLIFY_AUTH_TOKEN=%s \\
  npx netlify-cli deploy --dir=docs/.vitepress/dist --prod --site %s
```

Preview deploys are created automatically for every pull request.
Ask #%s if the deploy fails with `Unauthorized`.
''' % (v, uuid4(rng), pick(rng, ["web-platform", "docs", "frontend"]))
    return pick(rng, ["docs/deploy.md", "DEPLOY.md"]), t


@tpl("md_fastly", "fastly", "api_token", g_fastly, "FASTLY_API_TOKEN", style="code")
def _(rng, v, neg):
    t = '''## Purging the CDN

| What | How |
|------|-----|
| one URL | `curl -X PURGE https://www.%s/path` |
| a surrogate key | see below |

```sh
fastly purge --key=%s --service-id=%s --token=%s
```
''' % (dom(rng), pick(rng, ["product-123", "home"]), g_fastly_service_id(rng), v)
    return pick(rng, ["docs/runbooks/cdn.md", "RUNBOOK.md"]), t


@tpl("log_do", "digitalocean", "api_token", g_do, "DIGITALOCEAN_TOKEN", style="code")
def _(rng, v, neg):
    t0 = ts(rng)
    t = '''%s INFO  deployer starting release %s
%s DEBUG http: > GET /v2/apps?page=1&per_page=20 HTTP/1.1
%s DEBUG http: > Host: api.digitalocean.com
%s DEBUG http: > Authorization: Bearer %s
%s DEBUG http: > User-Agent: godo/1.%d.0
%s DEBUG http: < HTTP/1.1 200 OK
%s INFO  found 3 apps
''' % (t0, "v%d" % rng.randint(100, 999), t0, t0, t0, v, t0, rng.randint(90, 130), t0, t0)
    return pick(rng, ["logs/deploy.log", "ci/artifacts/deployer-debug.log"]), t


@tpl("log_fastly", "fastly", "api_token", g_fastly, "FASTLY_API_TOKEN", style="code")
def _(rng, v, neg):
    t = '''+ export FASTLY_SERVICE_ID=%s
+ FASTLY_SERVICE_ID=%s
+ fastly compute publish --token %s --non-interactive
Building package using Rust toolchain...
SUCCESS: Built package
Uploading package...
SUCCESS: Deployed package (service %s, version %d)
''' % ((g_fastly_service_id(rng),) * 2 + (v, g_fastly_service_id(rng), rng.randint(2, 90)))
    return pick(rng, ["ci/logs/publish.log", "build.log"]), t


@tpl("sql_bunny", "bunny", "api_key", g_bunny_account, "BUNNY_API_KEY", style="code")
def _(rng, v, neg):
    t = '''-- integrations seed for local/staging
INSERT INTO cdn_integrations (id, tenant, provider, pull_zone, api_key, created_at)
VALUES (%d, '%s', 'bunny', '%s.b-cdn.net', '%s', NOW());

INSERT INTO feature_flags (name, enabled) VALUES ('cdn_purge_on_publish', true);
''' % (rng.randint(1, 99), org(rng), org(rng), v)
    return pick(rng, ["db/seeds/integrations.sql", "migrations/0042_seed_cdn.sql"]), t


@tpl("csv_render", "render", "api_key", g_render, "RENDER_API_KEY", style="code")
def _(rng, v, neg):
    rows = ["service,owner,region,plan,api_key"]
    for i in range(rng.randint(2, 4)):
        rows.append("%s,%s,%s,starter," % (app(rng), person(rng), pick(rng, ["oregon", "frankfurt"])))
    rows.insert(rng.randint(1, len(rows)), "%s,%s,ohio,standard,%s" % (app(rng), person(rng), v))
    return pick(rng, ["ops/render_inventory.csv", "exports/services.csv"]), "\n".join(rows) + "\n"


@tpl("env_vercel", "vercel", "api_token", g_vercel, "VERCEL_TOKEN", neg_ok=False, envfile=True)
def _(rng, v, neg):
    t = '''NEXT_PUBLIC_SITE_URL=https://www.%s
VERCEL_ORG_ID=team_%s
VERCEL_PROJECT_ID=prj_%s
VERCEL_TOKEN=%s
''' % (dom(rng), rs(rng, 24), rs(rng, 28), v)
    return pick(rng, [".env", ".env.local", ".env.production"]), t


@tpl("env_do", "digitalocean", "api_token", g_do, "DIGITALOCEAN_ACCESS_TOKEN", neg_ok=False, envfile=True)
def _(rng, v, neg):
    t = '''REGION=%s
CLUSTER=%s
DIGITALOCEAN_ACCESS_TOKEN=%s
''' % (pick(rng, ["nyc3", "ams3", "fra1"]), app(rng) + "-k8s", v)
    return pick(rng, [".env", ".env.deploy"]), t


# ---------------------------------------------------------------- non-secret slot values
DOC_EXAMPLES = {
    # providers' documentation samples: never a live credential, always a negative here
    "akamai": ["C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN="],
    "keycdn": ["sk_prod_zbSVNe8gVUMT4KjYcJWuyC86"],
    "coolify": ["3|WaobqX9tJQshKPuQFHsyApxuOOggg4wOfvGc9xa233c376d7"],
    "heroku": ["cf0e05d9-4eca-4948-a012-b91fe9704bab", "01234567-89ab-cdef-0123-456789abcdef"],
    "fastly": ["YOUR_FASTLY_TOKEN"],
    "bunny": ["YOUR_API_KEY", "your-api-key"],
    "render": ["rnd_xxxxxxxxxxxxxxxxxxxxxxxx", "{{render_api_token_goes_here}}"],
    "vercel": ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
    "cloudflare": ["veryLongAPIToken"],
    "fly": ["your-token-here"],
    "netlify": ["your-personal-access-token"],
    "railway": ["<project-token>"],
    "digitalocean": ["$DIGITALOCEAN_TOKEN"],
    "deno": ["<your-access-token>"],
    "koyeb": ["<koyeb-api-token>"],
    "northflank": ["<api-token>"],
    "cloudfront": ["-----BEGIN RSA PRIVATE KEY-----\nMIIEow......\n-----END RSA PRIVATE KEY-----"],
    "dokku": ["-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----"],
}
PREFIXED_PLACEHOLDER = {
    "netlify": ["nfp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "nfp_<token>"],
    "digitalocean": ["dop_v1_<your-token>", "dop_v1_" + "x" * 64],
    "keycdn": ["sk_prod_<your-api-key>", "sk_prod_XXXXXXXXXXXXXXXXXXXXXXXX"],
    "render": ["rnd_<your-api-key>"],
    "deno": ["ddp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ddp_<token>"],
    "fly": ["FlyV1 <deploy-token>", "FlyV1 fm2_..."],
    "akamai": ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=", "<client_secret>"],
    "coolify": ["<id>|<token>"],
    "vercel": ["vcp_<token>", "<vercel-token>"],
    "cloudflare": ["<cloudflare-api-token>", "cfut_<token>"],
    "heroku": ["<heroku-api-key>", "00000000-0000-0000-0000-000000000000"],
    "bunny": ["<storage-zone-password>", "00000000-0000-0000-0000-000000000000"],
}
GENERIC_PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                        "<token>", "REPLACE_ME", "TODO", "your-token-here", "dummy", "CHANGE_ME_IN_PROD",
                        "xxxx-xxxx-xxxx-xxxx", "<insert token>", "placeholder", "test-token", "..."]
MASKS = ["********", "[REDACTED]", "<redacted>", "****************************************",
         "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", "[FILTERED]", "***"]


def neg_slot(rng, t):
    """Pick a non-secret value that fits template t's slot. Returns (value, kind)."""
    var, prov, style = t["var"], t["provider"], t["style"]
    cats = ["placeholder", "placeholder", "empty", "masked", "doc_example"]
    if style in ("config", "gha", "shell", "tf", "key"):
        cats += ["env_ref", "env_ref", "secret_manager", "template"]
    if prov in ("cloudfront", "dokku"):
        cats.append("public_value")
    cat = pick(rng, cats)
    up = var.upper()
    if cat == "placeholder":
        pool = GENERIC_PLACEHOLDERS + ["<%s>" % var.lower()] + PREFIXED_PLACEHOLDER.get(prov, [])
        if style == "key":
            pool = ["<paste private key here>", "REPLACE_WITH_PRIVATE_KEY", "TODO: load from secrets manager"]
        return pick(rng, pool), "placeholder"
    if cat == "empty":
        return "", "empty"
    if cat == "masked":
        v = pick(rng, MASKS)
        if prov in PREFIXED_PLACEHOLDER and style != "key" and chance(rng, 0.4):
            pfx = {"netlify": "nfp_", "digitalocean": "dop_v1_", "keycdn": "sk_prod_", "render": "rnd_",
                   "deno": "ddp_", "fly": "FlyV1 fm2_", "coolify": "4|", "vercel": "vcp_",
                   "cloudflare": "cfut_", "heroku": "HRKU-", "akamai": "", "bunny": ""}[prov]
            v = pfx + "*" * rng.randint(12, 36)
        return v, "masked"
    if cat == "doc_example":
        pool = DOC_EXAMPLES.get(prov) or GENERIC_PLACEHOLDERS
        return pick(rng, pool), "doc_example"
    if cat == "public_value":
        if prov == "cloudfront":
            return g_public_pem(rng), "public_key"
        return "ssh-ed25519 " + base64.b64encode(g_ed25519_pub_blob(rng)).decode() + " deploy@ci", "public_key"
    if cat == "env_ref":
        if style == "gha":
            return pick(rng, ["${{ secrets.%s }}" % up, "${{ secrets.%s }}" % up, "${{ steps.creds.outputs.token }}"]), "env_ref"
        if style == "tf":
            return pick(rng, ["${var.%s}" % var.lower(), "${data.aws_ssm_parameter.%s.value}" % var.lower()]), "env_ref"
        if style == "shell":
            return pick(rng, ["$%s" % up, "${%s}" % up, "${%s:?missing}" % up]), "env_ref"
        return pick(rng, ["${%s}" % up, "${%s}" % up, "$%s" % up, "%%%s%%" % up]), "env_ref"
    if cat == "secret_manager":
        p = prov
        if style == "shell":
            return pick(rng, ["$(op read op://ci/%s/credential)" % p,
                              "$(vault kv get -field=token secret/cdn/%s)" % p,
                              "$(cat /run/secrets/%s_token)" % p]), "secret_ref"
        return pick(rng, ["op://Infrastructure/%s/credential" % p, "vault:secret/data/cdn/%s#token" % p,
                          "arn:aws:secretsmanager:us-east-1:%012d:secret:prod/%s-%s" % (rng.randrange(10 ** 12), p, rs(rng, 6)),
                          "projects/%s/secrets/%s-token/versions/latest" % (org(rng), p),
                          "sm://%s/%s" % (org(rng), var.lower())]), "secret_ref"
    # template expressions
    return pick(rng, ["{{ .Values.%s }}" % var.lower().replace("_", ""), "{{ %s }}" % var.lower(),
                      "<%%= ENV['%s'] %%>" % up, "#{%s}" % up, "@%s@" % up,
                      "{{ secret \"%s\" }}" % var.lower()]), "template"


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def look(name, provider, kind):
    def deco(fn):
        LOOK.append({"name": name, "provider": provider, "kind": kind, "render": fn})
        return fn
    return deco


def cf_sig(rng, n=256):
    return base64.b64encode(rbytes(rng, n)).decode().replace("+", "-").replace("=", "_").replace("/", "~")


def epoch(rng):
    return rng.randint(1700000000, 1790000000)


def sha256hex(rng):
    return rs(rng, 64, HEX)


@look("akamai_inventory_md", "akamai", "public_ids")
def _(rng):
    rows = "\n".join("| %s.%s | %s | prp_%d | %d |" % (app(rng), dom(rng), "ctr_1-" + rs(rng, 6, UPNUM),
                                                     rng.randint(100000, 999999), rng.randint(100000, 1999999))
                     for _ in range(rng.randint(3, 6)))
    t = '''# Akamai properties

API host for our EdgeGrid client: `%s`
(the host name is not a secret; credentials are in 1Password, vault "CDN").

| Hostname | Contract | Property | CP code |
|----------|----------|----------|---------|
%s
''' % (g_akamai_host(rng), rows)
    return pick(rng, ["docs/akamai.md", "docs/cdn/properties.md"]), t


@look("akamai_purge_log", "akamai", "request_ids")
def _(rng):
    lines = []
    for _ in range(rng.randint(3, 6)):
        lines.append('%s purge ok {"httpStatus": 201, "estimatedSeconds": 5, "purgeId": "%s", '
                     '"supportId": "17PY%s-%d", "detail": "Request accepted"}'
                     % (ts(rng), uuid4(rng), rs(rng, 20, DIGITS), rng.randint(100000000, 999999999)))
    return pick(rng, ["logs/purge.log", "ci/artifacts/fastpurge.log"]), "\n".join(lines) + "\n"


@look("akamai_edgeauth_url", "akamai", "one_time_token")
def _(rng):
    e = epoch(rng)
    t = '''# Signed HLS manifests captured while debugging playback (tokens expire after 1h)
https://media.%s/live/%s/master.m3u8?hdnts=exp=%d~acl=/live/*~hmac=%s
Cookie: __token__=st=%d~exp=%d~acl=/vod/*~hmac=%s
''' % (dom(rng), app(rng), e, sha256hex(rng), e - 3600, e, sha256hex(rng))
    return pick(rng, ["docs/debug/playback-notes.txt", "tests/fixtures/signed_urls.txt"]), t


@look("akamai_tf_property", "akamai", "public_ids")
def _(rng):
    t = '''resource "akamai_property" "www" {
  name        = "www.%s"
  contract_id = "ctr_1-%s"
  group_id    = "grp_%d"
  product_id  = "prd_Fresca"

  hostnames {
    cname_from             = "www.%s"
    cname_to               = "www.%s.edgekey.net"
    cert_provisioning_type = "DEFAULT"
  }

  rule_format = "v2024-%02d-%02d"
  rules       = data.akamai_property_rules_builder.default.json
}

provider "akamai" {
  edgerc         = "~/.edgerc"
  config_section = "default"
}
''' % (dom(rng), rs(rng, 6, UPNUM), rng.randint(10000, 299999), dom(rng), dom(rng), rng.randint(1, 12), rng.randint(1, 28))
    return "terraform/akamai/property.tf", t


@look("fastly_toml", "fastly", "public_ids")
def _(rng):
    t = '''# This file describes a Fastly Compute package. To learn more visit:
# https://www.fastly.com/documentation/reference/compute/fastly-toml

authors = ["%s@%s"]
description = "%s at the edge"
language = "%s"
manifest_version = 3
name = "%s"
service_id = "%s"

[local_server.backends.origin]
  url = "https://%s"

[setup.backends.origin]
  address = "%s"
  port = 443
''' % (person(rng), dom(rng), app(rng), pick(rng, ["rust", "javascript", "go"]), app(rng),
       g_fastly_service_id(rng), dom(rng), dom(rng))
    return "fastly.toml", t


@look("fastly_service_json", "fastly", "public_ids")
def _(rng):
    svcs = [{"id": g_fastly_service_id(rng), "name": app(rng), "version": rng.randint(1, 300),
             "customer_id": rs(rng, 22), "updated_at": ts(rng), "type": pick(rng, ["vcl", "wasm"])}
            for _ in range(rng.randint(2, 4))]
    return pick(rng, ["tests/fixtures/fastly_services.json", "docs/api/services-sample.json"]), json.dumps(svcs, indent=2) + "\n"


@look("fastly_vcl_dictionary", "fastly", "env_ref")
def _(rng):
    t = '''table redirects {
  "/old-shop": "/shop",
  "/blog/feed": "/rss.xml",
}

sub vcl_recv {
#FASTLY recv
  if (table.contains(redirects, req.url.path)) {
    error 801 table.lookup(redirects, req.url.path);
  }
  # origin auth: secret comes from the private edge dictionary, never from VCL
  set bereq.http.X-Origin-Auth = digest.hmac_sha256(table.lookup(origin_secrets, "current"), req.url.path);
  set req.http.X-Request-ID = digest.hash_sha256(now randomstr(16));
  return(lookup);
}
'''
    return pick(rng, ["vcl/recv.vcl", "fastly/snippets/redirects.vcl"]), t


@look("cloudfront_signed_url", "cloudfront", "one_time_signature")
def _(rng):
    lines = ["# sample signed URLs produced by the media service in staging (expired)"]
    for _ in range(rng.randint(2, 3)):
        lines.append("https://d%s.cloudfront.net/%s/%s.mp4?Expires=%d&Signature=%s&Key-Pair-Id=%s"
                     % (rs(rng, 13, B36), pick(rng, ["videos", "private", "downloads"]), rs(rng, 10, B36),
                        epoch(rng), cf_sig(rng), g_cf_keypair_id(rng)))
    return pick(rng, ["tests/fixtures/signed_urls.txt", "docs/examples/signed-url.txt"]), "\n".join(lines) + "\n"


@look("cloudfront_signed_cookies", "cloudfront", "one_time_signature")
def _(rng):
    pol = base64.b64encode(json.dumps({"Statement": [{"Resource": "https://d%s.cloudfront.net/*" % rs(rng, 13, B36),
                                                      "Condition": {"DateLessThan": {"AWS:EpochTime": epoch(rng)}}}]}).encode()).decode()
    pol = pol.replace("+", "-").replace("=", "_").replace("/", "~")
    d = {"cookies": [{"name": "CloudFront-Policy", "value": pol},
                     {"name": "CloudFront-Signature", "value": cf_sig(rng)},
                     {"name": "CloudFront-Key-Pair-Id", "value": g_cf_keypair_id(rng)}],
         "expires": ts(rng), "path": "/"}
    return pick(rng, ["tests/fixtures/cloudfront_cookies.json", "spec/fixtures/signed_cookies.json"]), json.dumps(d, indent=2) + "\n"


@look("cloudfront_public_key_tf", "cloudfront", "public_key")
def _(rng):
    t = '''resource "aws_cloudfront_public_key" "signer" {
  comment     = "public half of the media signing key (private half lives in SSM)"
  name        = "%s-signer-%s"
  encoded_key = <<-EOT
%s
EOT
}

output "key_pair_id" {
  value = aws_cloudfront_public_key.signer.id
}
''' % (app(rng), date(rng), g_public_pem(rng))
    return pick(rng, ["terraform/cloudfront_public_key.tf", "infra/media/public_key.tf"]), t


@look("cloudfront_public_key_pem", "cloudfront", "public_key")
def _(rng):
    return pick(rng, ["keys/cloudfront/public_key.pem", "config/cf_public.pem"]), g_public_pem(rng) + "\n"


@look("cloudfront_distribution_json", "cloudfront", "public_ids")
def _(rng):
    did = g_cf_distribution_id(rng)
    d = {"ETag": "E" + rs(rng, 13, UPNUM), "Distribution": {
        "Id": did, "ARN": "arn:aws:cloudfront::%012d:distribution/%s" % (rng.randrange(10 ** 12), did),
        "Status": "Deployed", "DomainName": "d%s.cloudfront.net" % rs(rng, 13, B36),
        "ActiveTrustedKeyGroups": {"Enabled": True, "Quantity": 1, "Items": [
            {"KeyGroupId": uuid4(rng), "KeyPairIds": {"Quantity": 1, "Items": [g_cf_keypair_id(rng)]}}]},
        "LastModifiedTime": ts(rng)}}
    return pick(rng, ["ops/cloudfront/distribution.json", "tests/fixtures/get-distribution.json"]), json.dumps(d, indent=2) + "\n"


@look("cloudfront_invalidation_sh", "cloudfront", "public_ids")
def _(rng):
    t = '''#!/usr/bin/env bash
set -euo pipefail
DISTRIBUTION_ID=%s   # prod
KEY_PAIR_ID=%s       # public key id used by the signer (not secret)
aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/index.html" "/assets/*"
aws cloudfront get-public-key --id "$KEY_PAIR_ID" --query 'PublicKey.PublicKeyConfig.Name'
''' % (g_cf_distribution_id(rng), g_cf_keypair_id(rng))
    return pick(rng, ["scripts/invalidate.sh", "bin/cf-invalidate"]), t


@look("vercel_project_json", "vercel", "public_ids")
def _(rng):
    d = {"projectId": "prj_" + rs(rng, 28), "orgId": "team_" + rs(rng, 24)}
    if chance(rng, 0.5):
        d["settings"] = {"framework": "nextjs", "nodeVersion": pick(rng, NODEV) + ".x"}
    return ".vercel/project.json", json.dumps(d, indent=2) + "\n"


@look("vercel_json_headers", "vercel", "hashes")
def _(rng):
    h1 = base64.b64encode(rbytes(rng, 32)).decode()
    h2 = base64.b64encode(rbytes(rng, 32)).decode()
    d = {"cleanUrls": True, "trailingSlash": False,
         "crons": [{"path": "/api/cron/revalidate", "schedule": "0 */6 * * *"}],
         "headers": [{"source": "/(.*)", "headers": [
             {"key": "Content-Security-Policy",
              "value": "default-src 'self'; script-src 'self' 'sha256-%s' 'sha256-%s'" % (h1, h2)},
             {"key": "Strict-Transport-Security", "value": "max-age=63072000; includeSubDomains; preload"}]}],
         "rewrites": [{"source": "/docs/:path*", "destination": "https://%s-docs.vercel.app/:path*" % app(rng)}]}
    return "vercel.json", json.dumps(d, indent=2) + "\n"


@look("vercel_deploy_log", "vercel", "deployment_ids")
def _(rng):
    a = app(rng)
    t = '''Vercel CLI %d.%d.%d
Retrieving project...
Deploying %s/%s
Uploading [====================] (%d.%dMB/%d.%dMB)
Inspect: https://vercel.com/%s/%s/%s [%ds]
Production: https://%s-%s-%s.vercel.app [%ds]
Deployment id: dpl_%s
Build cache key: %s
''' % (rng.randint(28, 41), rng.randint(0, 9), rng.randint(0, 9), org(rng), a, rng.randint(1, 9), rng.randint(0, 9),
       rng.randint(1, 9), rng.randint(0, 9), org(rng), a, rs(rng, 22), rng.randint(2, 9), a, rs(rng, 9, B36), org(rng),
       rng.randint(30, 90), rs(rng, 28), sha256hex(rng))
    return pick(rng, ["logs/vercel-deploy.log", "ci/deploy-output.txt"]), t


@look("vercel_edge_config_ts_env", "vercel", "env_ref")
def _(rng):
    t = '''import { createClient } from '@vercel/edge-config';

// EDGE_CONFIG is injected by the Vercel integration (connection string incl. read token)
export const edgeConfig = createClient(process.env.EDGE_CONFIG);
export const EDGE_CONFIG_ID = '%s'; // public id, used in dashboard links only
''' % g_ecfg_id(rng)
    return pick(rng, ["lib/edge-config.ts", "src/lib/flags.ts"]), t


@look("netlify_toml_clean", "netlify", "config")
def _(rng):
    t = '''[build]
  base = "web/"
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "%s"
  NPM_FLAGS = "--no-audit"
  # NETLIFY_AUTH_TOKEN is only needed by CI and is stored in the repo secrets

[context.deploy-preview.environment]
  PUBLIC_API_URL = "https://staging-api.%s"

[[plugins]]
  package = "@netlify/plugin-lighthouse"

[[headers]]
  for = "/*"
  [headers.values]
    X-Content-Type-Options = "nosniff"
''' % (pick(rng, NODEV), dom(rng))
    return "netlify.toml", t


@look("netlify_state_json", "netlify", "public_ids")
def _(rng):
    return ".netlify/state.json", json.dumps({"siteId": uuid4(rng)}, indent=2) + "\n"


@look("wrangler_ids", "cloudflare", "public_ids")
def _(rng):
    t = '''name = "%s"
main = "src/index.ts"
compatibility_date = "%s"
compatibility_flags = ["nodejs_compat"]
account_id = "%s"
workers_dev = false
routes = [{ pattern = "api.%s/*", zone_id = "%s" }]

[[kv_namespaces]]
binding = "SESSIONS"
id = "%s"
preview_id = "%s"

[[d1_databases]]
binding = "DB"
database_name = "%s-prod"
database_id = "%s"

[[r2_buckets]]
binding = "ASSETS"
bucket_name = "%s-assets"

# secrets (set with `wrangler secret put`): API_TOKEN, SIGNING_KEY
''' % (app(rng), date(rng), g_cf_account_id(rng), dom(rng), g_cf_account_id(rng), rs(rng, 32, HEX), rs(rng, 32, HEX),
       app(rng), uuid4(rng), app(rng))
    return pick(rng, ["wrangler.toml", "apps/api/wrangler.toml"]), t


@look("worker_env_ts", "cloudflare", "env_ref")
def _(rng):
    t = '''export interface Env {
  API_TOKEN: string;       // wrangler secret put API_TOKEN
  SIGNING_KEY: string;     // wrangler secret put SIGNING_KEY
  SESSIONS: KVNamespace;
}

async function hmac(key: string, data: string): Promise<string> {
  const k = await crypto.subtle.importKey('raw', new TextEncoder().encode(key),
    { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(data));
  return btoa(String.fromCharCode(...new Uint8Array(sig)));
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const upstream = new Request('https://origin.%s' + new URL(req.url).pathname, req);
    upstream.headers.set('Authorization', `Bearer ${env.API_TOKEN}`);
    upstream.headers.set('X-Signature', await hmac(env.SIGNING_KEY, req.url));
    return fetch(upstream);
  },
};
''' % dom(rng)
    return pick(rng, ["src/index.ts", "worker/src/index.ts"]), t


@look("fly_toml_clean", "fly", "config")
def _(rng):
    t = '''app = "%s"
primary_region = "%s"
kill_signal = "SIGINT"

[build]
  image = "registry.fly.io/%s@sha256:%s"

[env]
  PHX_HOST = "%s.fly.dev"
  POOL_SIZE = "10"

[[vm]]
  memory = "1gb"
  cpu_kind = "shared"
  cpus = 1
''' % (app(rng), pick(rng, REGIONS), app(rng), sha256hex(rng), app(rng))
    return "fly.toml", t


@look("fly_deploy_log", "fly", "deployment_ids")
def _(rng):
    a = app(rng)
    ms = [rs(rng, 14, HEX) for _ in range(rng.randint(2, 4))]
    t = "==> Verifying app config\n--> Verified app config\n==> Building image\n"
    t += "image: registry.fly.io/%s:deployment-%s\nimage size: %d MB\n" % (a, rs(rng, 26, UPNUM), rng.randint(40, 400))
    t += "digest: sha256:%s\n" % sha256hex(rng)
    for m in ms:
        t += "Updating existing machines in '%s' with rolling strategy\n  Machine %s [app] update succeeded\n" % (a, m)
    t += "Visit your newly deployed app at https://%s.fly.dev/\n" % a
    return pick(rng, ["logs/fly-deploy.log", "ci/logs/deploy.txt"]), t


@look("render_yaml_generated", "render", "env_ref")
def _(rng):
    a = app(rng)
    t = '''services:
  - type: web
    name: %s
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: gunicorn app:app
    envVars:
      - key: SECRET_KEY
        generateValue: true
      - key: STRIPE_API_KEY
        sync: false
      - key: DATABASE_URL
        fromDatabase:
          name: %s-db
          property: connectionString
      - fromGroup: %s-shared
databases:
  - name: %s-db
    plan: basic-256mb
''' % (a, a, a, a)
    return "render.yaml", t


@look("railway_json", "railway", "config")
def _(rng):
    d = {"$schema": "https://railway.com/railway.schema.json",
         "build": {"builder": "NIXPACKS", "buildCommand": "npm run build"},
         "deploy": {"startCommand": "npm start", "healthcheckPath": "/healthz", "healthcheckTimeout": 100,
                    "restartPolicyType": "ON_FAILURE", "restartPolicyMaxRetries": 10}}
    return "railway.json", json.dumps(d, indent=2) + "\n"


@look("heroku_app_json", "heroku", "env_ref")
def _(rng):
    d = {"name": app(rng), "description": "%s for %s" % (app(rng), org(rng)),
         "repository": "https://github.com/%s/%s" % (org(rng), app(rng)),
         "env": {"SECRET_KEY_BASE": {"description": "Rails secret", "generator": "secret"},
                 "HEROKU_API_KEY": {"description": "API key used by the release phase (set manually)", "required": False},
                 "WEB_CONCURRENCY": {"value": "2"}},
         "addons": ["heroku-postgresql:essential-0", "heroku-redis:mini"],
         "buildpacks": [{"url": "heroku/ruby"}]}
    return "app.json", json.dumps(d, indent=2) + "\n"


@look("heroku_info_log", "heroku", "public_ids")
def _(rng):
    a = app(rng)
    t = '''$ heroku apps:info -a %s
=== %s
Addons:         heroku-postgresql:standard-0
Auto Cert Mgmt: true
Dynos:          web: 2, worker: 1
Git URL:        https://git.heroku.com/%s.git
ID:             %s
Owner:          %s@%s
Region:         %s
Stack:          heroku-24
Web URL:        https://%s-%s.herokuapp.com/
$ heroku releases -a %s -n 1
v%d  Deploy %s  %s@%s  %s
''' % (a, a, a, uuid4(rng), person(rng), dom(rng), pick(rng, ["us", "eu"]), a, rs(rng, 12, HEX), a,
       rng.randint(100, 900), rs(rng, 8, HEX), person(rng), dom(rng), ts(rng))
    return pick(rng, ["docs/ops/heroku-notes.txt", "logs/heroku-info.log"]), t


@look("do_app_spec_encrypted", "digitalocean", "ciphertext")
def _(rng):
    ev = "EV[1:%s:%s]" % (base64.b64encode(rbytes(rng, 24)).decode(), base64.b64encode(rbytes(rng, rng.randint(40, 70))).decode())
    t = '''name: %s
region: %s
services:
  - name: web
    github:
      repo: %s/%s
      branch: main
      deploy_on_push: true
    run_command: node server.js
    envs:
      - key: NODE_ENV
        value: production
      - key: API_SECRET
        scope: RUN_TIME
        type: SECRET
        value: %s
''' % (app(rng), pick(rng, ["nyc", "ams", "fra"]), org(rng), app(rng), ev)
    return ".do/app.yaml", t


@look("doctl_output", "digitalocean", "public_ids")
def _(rng):
    rows = ["ID           Name         Public IPv4       Status    Tags"]
    for _ in range(rng.randint(2, 5)):
        rows.append("%-12d %-12s %-17s active    web" % (rng.randint(100000000, 499999999), app(rng)[:12],
                                                         "%d.%d.%d.%d" % (rng.randint(104, 209), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))))
    rows.append("")
    rows.append("$ doctl compute ssh-key list")
    rows.append("ID          Name      FingerPrint")
    fp = ":".join(rs(rng, 2, HEX) for _ in range(16))
    rows.append("%d    ci-key    %s" % (rng.randint(30000000, 49999999), fp))
    return pick(rng, ["docs/ops/droplets.txt", "logs/doctl.log"]), "\n".join(rows) + "\n"


@look("ssh_pub_known_hosts", "dokku", "public_key")
def _(rng):
    host = "dokku.%s" % dom(rng)
    k1 = base64.b64encode(g_ed25519_pub_blob(rng)).decode()
    k2 = base64.b64encode(g_ed25519_pub_blob(rng)).decode()
    t = '''# deploy key (public half) - add with: dokku ssh-keys:add ci deploy/dokku_deploy_key.pub
ssh-ed25519 %s ci@%s

# pinned host key for %s
%s ssh-ed25519 %s
''' % (k1, org(rng), host, host, k2)
    return pick(rng, ["deploy/known_hosts_and_keys.txt", "ops/ssh/dokku.pub"]), t


@look("dokku_config_show", "dokku", "masked")
def _(rng):
    a = app(rng)
    t = '''$ dokku config:show %s
=====> %s env vars
DATABASE_URL:          postgres://%s:********@dokku-postgres-%s:5432/%s
DOKKU_APP_RESTORE:     1
DOKKU_LETSENCRYPT_EMAIL: %s@%s
SECRET_KEY_BASE:       [hidden]
GIT_REV:               %s
''' % (a, a, a, a, a.replace("-", "_"), person(rng), dom(rng), rs(rng, 40, HEX))
    return pick(rng, ["docs/dokku.md", "ops/dokku-config.txt"]), t


@look("coolify_compose", "coolify", "env_ref")
def _(rng):
    t = '''services:
  app:
    image: ghcr.io/%s/%s:latest
    environment:
      - SERVICE_FQDN_APP_3000
      - DATABASE_URL=postgres://${SERVICE_USER_POSTGRES}:${SERVICE_PASSWORD_POSTGRES}@db:5432/app
      - APP_KEY=${SERVICE_BASE64_64_APPKEY}
    depends_on: [db]
  db:
    image: postgres:16-alpine
    environment:
      - POSTGRES_USER=${SERVICE_USER_POSTGRES}
      - POSTGRES_PASSWORD=${SERVICE_PASSWORD_POSTGRES}
    volumes:
      - pg-data:/var/lib/postgresql/data
volumes:
  pg-data:
''' % (org(rng), app(rng))
    return pick(rng, ["docker-compose.yaml", "coolify/docker-compose.yml"]), t


@look("koyeb_service_yaml", "koyeb", "env_ref")
def _(rng):
    t = '''# koyeb service definition (applied with `koyeb service update --from-file`)
name: web
app: %s
definition:
  type: WEB
  regions: [%s]
  instance_types: [{ type: nano }]
  docker:
    image: ghcr.io/%s/%s:%s
  env:
    - key: DATABASE_URL
      secret: database-url
    - key: API_TOKEN
      value: "{{ secret.API_TOKEN }}"
  ports: [{ port: 8000, protocol: http }]
''' % (app(rng), pick(rng, ["fra", "was", "sin"]), org(rng), app(rng), rs(rng, 7, HEX))
    return pick(rng, ["koyeb/service.yaml", "deploy/koyeb.yaml"]), t


@look("northflank_template", "northflank", "env_ref")
def _(rng):
    d = {"apiVersion": "v1.2", "spec": {"kind": "Workflow", "spec": {"type": "sequential", "steps": [
        {"kind": "SecretGroup", "spec": {"name": "app-secrets", "secretType": "environment",
                                         "secrets": {"variables": {"DB_PASSWORD": "${refs.db.secrets.password}",
                                                                   "API_TOKEN": "${args.apiToken}"}}}},
        {"kind": "DeploymentService", "spec": {"name": app(rng), "deployment": {"instances": 1}}}]}},
        "arguments": {"apiToken": ""}}
    return pick(rng, ["northflank/template.json", ".northflank/template.json"]), json.dumps(d, indent=2) + "\n"


@look("package_lock", "none", "integrity_hash")
def _(rng):
    pk = {}
    for name in ["vercel", "netlify-cli", "wrangler", "@fastly/cli", "akamai-edgegrid", "@vercel/edge-config"]:
        if chance(rng, 0.7):
            ver = "%d.%d.%d" % (rng.randint(1, 40), rng.randint(0, 20), rng.randint(0, 20))
            pk["node_modules/" + name] = {"version": ver,
                                          "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                          "integrity": "sha512-" + base64.b64encode(rbytes(rng, 64)).decode(),
                                          "dev": True}
    d = {"name": app(rng), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@look("go_sum", "none", "integrity_hash")
def _(rng):
    lines = []
    for mod in ["github.com/fastly/go-fastly/v9", "github.com/cloudflare/cloudflare-go", "github.com/digitalocean/godo",
                "github.com/superfly/macaroon", "github.com/akamai/AkamaiOPEN-edgegrid-golang/v8"]:
        ver = "v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 120), rng.randint(0, 9))
        lines.append("%s %s h1:%s" % (mod, ver, base64.b64encode(rbytes(rng, 32)).decode()))
        lines.append("%s %s/go.mod h1:%s" % (mod, ver, base64.b64encode(rbytes(rng, 32)).decode()))
    return "go.sum", "\n".join(lines) + "\n"


@look("dockerfile_digests", "none", "digest")
def _(rng):
    t = '''# syntax=docker/dockerfile:1.7
FROM node:%s-alpine@sha256:%s AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs%s-debian12@sha256:%s
ARG FLYCTL_SHA256=%s
ENV NODE_ENV=production
COPY --from=build /app/dist /app
CMD ["/app/server.js"]
''' % (pick(rng, NODEV), sha256hex(rng), pick(rng, NODEV), sha256hex(rng), sha256hex(rng))
    return pick(rng, ["Dockerfile", "docker/web.Dockerfile"]), t


@look("install_checksum_sh", "none", "digest")
def _(rng):
    ver = "1.%d.%d" % (rng.randint(100, 160), rng.randint(0, 9))
    t = '''#!/usr/bin/env bash
# install pinned doctl + flyctl in CI images
set -euo pipefail
DOCTL_VERSION=%s
DOCTL_SHA256=%s
curl -fsSLo doctl.tgz "https://github.com/digitalocean/doctl/releases/download/v${DOCTL_VERSION}/doctl-${DOCTL_VERSION}-linux-amd64.tar.gz"
echo "${DOCTL_SHA256}  doctl.tgz" | sha256sum -c -
tar xzf doctl.tgz -C /usr/local/bin

FLYCTL_SHA256="%s"
curl -fsSLo flyctl.tgz "https://github.com/superfly/flyctl/releases/download/v0.3.%d/flyctl_0.3.%d_Linux_x86_64.tar.gz"
echo "$FLYCTL_SHA256  flyctl.tgz" | sha256sum -c -
''' % (ver, sha256hex(rng), sha256hex(rng), rng.randint(10, 99), rng.randint(10, 99))
    return pick(rng, ["ci/install-tools.sh", "scripts/bootstrap-ci.sh"]), t


@look("onboarding_md", "none", "placeholder")
def _(rng):
    t = '''# Local setup

1. Copy `.env.example` to `.env.local` and fill in the values from 1Password
   (vault **Platform**, items "Vercel CI", "Netlify CI", "Fastly purge").
2. Log in to the CLIs:

```bash
vercel login
netlify login
fly auth login
export FASTLY_API_TOKEN=<your-token>
export AKAMAI_EDGERC=~/.edgerc   # [default] section with your own API client
```

3. Never paste tokens in this repo. CI reads `${{ secrets.VERCEL_TOKEN }}`,
   `${{ secrets.NETLIFY_AUTH_TOKEN }}` and `${{ secrets.FLY_API_TOKEN }}`.

| Variable | Example | Where |
|----------|---------|-------|
| DIGITALOCEAN_ACCESS_TOKEN | `dop_v1_<64 hex>` | DO > API > Tokens |
| RENDER_API_KEY | `rnd_<key>` | Render > Account Settings |
| KEYCDN_API_KEY | `sk_prod_...` | KeyCDN > Account > Authentication |
'''
    return pick(rng, ["docs/setup.md", "CONTRIBUTING.md", "docs/onboarding.md"]), t


@look("tf_variables", "none", "env_ref")
def _(rng):
    t = '''variable "fastly_api_key" {
  type      = string
  sensitive = true
}

variable "cloudflare_api_token" {
  description = "Token with Zone:DNS:Edit. Passed via TF_VAR_cloudflare_api_token."
  type        = string
  sensitive   = true
}

variable "akamai_edgerc_section" {
  type    = string
  default = "default"
}

variable "cloudflare_account_id" {
  type    = string
  default = "%s"
}
''' % g_cf_account_id(rng)
    return pick(rng, ["terraform/variables.tf", "infra/variables.tf"]), t


@look("tfvars_example", "none", "placeholder")
def _(rng):
    t = '''# copy to terraform.tfvars (git-ignored) and fill in
fastly_api_key        = "<fastly api token>"
cloudflare_api_token  = "REPLACE_ME"
do_token              = "dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
bunnynet_api_key      = ""
cloudflare_account_id = "%s"
''' % g_cf_account_id(rng)
    return pick(rng, ["terraform/terraform.tfvars.example", "infra/example.tfvars"]), t


@look("gha_secret_refs", "none", "env_ref")
def _(rng):
    t = gha_head(rng, "Release") + '''jobs:
  release:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Deploy everywhere
        env:
          VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}
          NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
          CLOUDFLARE_ACCOUNT_ID: %s
          FASTLY_SERVICE_ID: %s
        run: ./scripts/release.sh "${{ github.sha }}"
'''
    return ".github/workflows/release.yml", t % (g_cf_account_id(rng), g_fastly_service_id(rng))


@look("purge_report_csv", "none", "request_ids")
def _(rng):
    rows = ["timestamp,provider,request_id,surrogate_key,url,status"]
    for _ in range(rng.randint(5, 12)):
        rows.append("%s,%s,%s,%s,https://www.%s/%s,%d" % (
            ts(rng), pick(rng, ["fastly", "akamai", "cloudflare", "bunny"]), uuid4(rng),
            pick(rng, ["home", "product-%d" % rng.randint(1, 999), "nav"]), dom(rng), rs(rng, 8, B36), pick(rng, [200, 201, 202])))
    return pick(rng, ["reports/purges.csv", "data/purge_audit.csv"]), "\n".join(rows) + "\n"


@look("jwks_json", "none", "public_key")
def _(rng):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(rng, 16, HEX),
             "n": b64u(b"\xc1" + rbytes(rng, 255)), "e": "AQAB"} for _ in range(2)]
    return pick(rng, ["public/.well-known/jwks.json", "edge/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@look("sri_html", "none", "integrity_hash")
def _(rng):
    t = '''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>%s</title>
  <link rel="stylesheet" href="https://%s.b-cdn.net/css/app.%s.css"
        integrity="sha384-%s" crossorigin="anonymous">
  <script src="https://%s-%s.kxcdn.com/js/vendor.%s.js"
          integrity="sha384-%s" crossorigin="anonymous" defer></script>
</head>
<body><div id="root"></div></body>
</html>
''' % (app(rng), org(rng), rs(rng, 8, HEX), base64.b64encode(rbytes(rng, 48)).decode(), app(rng), rs(rng, 4, HEX),
       rs(rng, 8, HEX), base64.b64encode(rbytes(rng, 48)).decode())
    return pick(rng, ["public/index.html", "templates/base.html"]), t


@look("bunny_token_url", "bunny", "one_time_token")
def _(rng):
    lines = ["# bunny.net token-authenticated links generated for the QA run (expired)"]
    for _ in range(rng.randint(2, 4)):
        lines.append("https://%s.b-cdn.net/%s/%s.zip?token=%s&expires=%d" % (
            org(rng), pick(rng, ["downloads", "private"]), rs(rng, 8, B36), b64u(rbytes(rng, 32)), epoch(rng)))
    return pick(rng, ["tests/fixtures/bunny_links.txt", "qa/links.txt"]), "\n".join(lines) + "\n"


@look("keycdn_secure_url", "keycdn", "one_time_token")
def _(rng):
    t = '''import pytest

SIGNED = [
    "https://%s-%s.kxcdn.com/video/intro.mp4?token=%s&expire=%d",
    "https://%s-%s.kxcdn.com/video/outro.mp4?token=%s&expire=%d",
]


@pytest.mark.parametrize("url", SIGNED)
def test_expired_links_are_rejected(client, url):
    assert client.get(url).status_code == 403
''' % (app(rng), rs(rng, 4, HEX), b64u(rbytes(rng, 16)), epoch(rng), app(rng), rs(rng, 4, HEX), b64u(rbytes(rng, 16)), epoch(rng))
    return pick(rng, ["tests/test_secure_token.py", "tests/cdn/test_links.py"]), t


@look("sops_yaml", "none", "ciphertext")
def _(rng):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(rbytes(rng, n)).decode(), base64.b64encode(rbytes(rng, 32)).decode(),
            base64.b64encode(rbytes(rng, 16)).decode())
    t = '''fastly_api_token: %s
netlify_auth_token: %s
sops:
    age:
        - recipient: age1%s
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            %s
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "%s"
    mac: %s
    version: 3.9.0
''' % (enc(32), enc(40), rs(rng, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), base64.b64encode(rbytes(rng, 48)).decode(),
       ts(rng), enc(32))
    return pick(rng, ["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), t


@look("ansible_vault", "none", "ciphertext")
def _(rng):
    hx = rs(rng, 80 * rng.randint(6, 12), HEX)
    body = "\n".join(hx[i:i + 80] for i in range(0, len(hx), 80))
    return pick(rng, ["ansible/group_vars/cdn/vault.yml", "ops/vars/secrets.yml"]), "$ANSIBLE_VAULT;1.1;AES256\n" + body + "\n"


@look("sealed_secret", "none", "ciphertext")
def _(rng):
    t = '''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: cdn-credentials
  namespace: %s
spec:
  encryptedData:
    FASTLY_API_TOKEN: %s
    BUNNY_API_KEY: %s
  template:
    metadata:
      name: cdn-credentials
''' % (pick(rng, ["web", "media"]), "AgB" + base64.b64encode(rbytes(rng, 300)).decode(), "AgC" + base64.b64encode(rbytes(rng, 300)).decode())
    return pick(rng, ["k8s/sealed-cdn.yaml", "deploy/manifests/sealedsecret.yaml"]), t


@look("env_example", "none", "placeholder")
def _(rng):
    t = '''# Copy to .env.local and fill in. Do not commit real values.
VERCEL_TOKEN=
NETLIFY_AUTH_TOKEN=nfp_your_token_here
FLY_API_TOKEN="FlyV1 <paste deploy token>"
CLOUDFLARE_API_TOKEN=<cloudflare-token>
CLOUDFLARE_ACCOUNT_ID=%s
FASTLY_API_TOKEN=changeme
FASTLY_SERVICE_ID=%s
RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxx
DIGITALOCEAN_ACCESS_TOKEN=
EDGE_CONFIG=https://edge-config.vercel.com/ecfg_xxxxxxxxxxxxxxxxxxxxxxxxxxxx?token=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
''' % (g_cf_account_id(rng), g_fastly_service_id(rng))
    return pick(rng, [".env.example", ".env.sample", "env.template"]), t


@look("css_data_uri", "none", "encoded_data")
def _(rng):
    t = '''.logo {
  width: 32px;
  height: 32px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0%s");
}

@font-face {
  font-family: "Inter";
  src: url("https://%s.b-cdn.net/fonts/inter.%s.woff2") format("woff2");
}
''' % (base64.b64encode(rbytes(rng, rng.randint(120, 300))).decode(), org(rng), rs(rng, 8, HEX))
    return pick(rng, ["src/styles/brand.css", "public/css/logo.css"]), t


@look("nginx_conf", "none", "config")
def _(rng):
    t = '''server {
    listen 443 ssl http2;
    server_name origin.%s;

    ssl_certificate     /etc/ssl/cloudflare/origin.pem;
    ssl_certificate_key /etc/ssl/cloudflare/origin.key;
    ssl_client_certificate /etc/ssl/cloudflare/authenticated_origin_pull_ca.pem;
    ssl_verify_client on;

    # only accept requests that came through the CDN
    if ($http_x_origin_auth = "") { return 403; }

    location / {
        proxy_pass http://127.0.0.1:%d;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
''' % (dom(rng), rng.randint(3000, 9000))
    return pick(rng, ["deploy/nginx/origin.conf", "nginx/sites-enabled/origin.conf"]), t


@look("access_log", "none", "request_ids")
def _(rng):
    lines = []
    for _ in range(rng.randint(6, 12)):
        lines.append('%d.%d.%d.%d - - [%s] "GET /assets/app.%s.js HTTP/2.0" 200 %d "-" "Mozilla/5.0" cache=%s rid=%s pop=%s' % (
            rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), ts(rng), rs(rng, 8, HEX),
            rng.randint(1000, 90000), pick(rng, ["HIT", "MISS", "HIT"]), rs(rng, 32, HEX), pick(rng, REGIONS).upper()))
    return pick(rng, ["logs/edge-access.log", "logs/cdn.log"]), "\n".join(lines) + "\n"


@look("vite_manifest", "none", "hashes")
def _(rng):
    d = {}
    for f in ["src/main.ts", "src/pages/home.tsx", "src/styles.css"]:
        d[f] = {"file": "assets/%s-%s.js" % (f.split("/")[-1].split(".")[0], rs(rng, 8, ALNUM + "_-")),
                "src": f, "isEntry": f.endswith("main.ts")}
    return pick(rng, ["dist/.vite/manifest.json", "public/build/manifest.json"]), json.dumps(d, indent=2) + "\n"


@look("public_cert", "cloudflare", "public_cert")
def _(rng):
    der = b"\x30\x82\x03\x50\x30\x82\x02\x38\xa0\x03\x02\x01\x02\x02\x14" + rbytes(rng, 20) + rbytes(rng, 810)
    return (pick(rng, ["certs/origin_pull_ca.pem", "deploy/ssl/cloudflare-origin-ca.pem"]),
            "-----BEGIN CERTIFICATE-----\n" + _wrap(base64.b64encode(der).decode()) + "\n-----END CERTIFICATE-----\n")


@look("python_env_code", "none", "env_ref")
def _(rng):
    t = '''import os

import boto3

FASTLY_SERVICE_ID = "%s"
CLOUDFLARE_ZONE_ID = "%s"


def fastly_token() -> str:
    return os.environ["FASTLY_API_TOKEN"]


def akamai_secret() -> str:
    sm = boto3.client("secretsmanager", region_name="us-east-1")
    return sm.get_secret_value(SecretId="prod/akamai/edgegrid")["SecretString"]


NETLIFY_TOKEN = os.getenv("NETLIFY_AUTH_TOKEN", "")
''' % (g_fastly_service_id(rng), g_cf_account_id(rng))
    return pick(rng, ["app/settings/cdn.py", "config/cdn_settings.py"]), t


@look("go_env_code", "none", "env_ref")
def _(rng):
    t = '''package config

import (
	"fmt"
	"os"
)

// DigitalOcean and Render credentials come from the environment only.
type Deploy struct {
	DOToken      string
	RenderAPIKey string
	ServiceID    string
}

func Load() (*Deploy, error) {
	d := &Deploy{
		DOToken:      os.Getenv("DIGITALOCEAN_ACCESS_TOKEN"),
		RenderAPIKey: os.Getenv("RENDER_API_KEY"),
		ServiceID:    "srv-%s",
	}
	if d.DOToken == "" {
		return nil, fmt.Errorf("DIGITALOCEAN_ACCESS_TOKEN is not set")
	}
	return d, nil
}
''' % rs(rng, 20, B36)
    return pick(rng, ["internal/config/deploy.go", "pkg/config/config.go"]), t


@look("node_env_code", "none", "env_ref")
def _(rng):
    t = '''const { Vercel } = require('@vercel/sdk');

const vercel = new Vercel({ bearerToken: process.env.VERCEL_TOKEN });
const TEAM_ID = 'team_%s';
const PROJECT_ID = 'prj_%s';

async function latestDeployment() {
  const { deployments } = await vercel.deployments.getDeployments({ teamId: TEAM_ID, projectId: PROJECT_ID, limit: 1 });
  return deployments[0]?.uid; // dpl_...
}

module.exports = { latestDeployment };
''' % (rs(rng, 24), rs(rng, 28))
    return pick(rng, ["scripts/latest-deploy.js", "lib/vercel.js"]), t


@look("changelog_shas", "none", "hashes")
def _(rng):
    lines = ["# Changelog", ""]
    for i in range(rng.randint(3, 6)):
        lines.append("## v%d.%d.%d (%s)" % (rng.randint(1, 4), rng.randint(0, 20), i, date(rng)))
        for _ in range(rng.randint(1, 3)):
            lines.append("- %s (%s) deployed as dpl_%s" % (pick(rng, ["fix cache headers", "bump wrangler", "rotate CDN token",
                                                                     "add Fly healthcheck", "purge on publish"]),
                                                          rs(rng, 40, HEX), rs(rng, 28)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@look("k8s_secretkeyref", "none", "env_ref")
def _(rng):
    t = '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
spec:
  replicas: 2
  selector:
    matchLabels: { app: %s }
  template:
    metadata:
      labels: { app: %s }
    spec:
      containers:
        - name: web
          image: ghcr.io/%s/%s@sha256:%s
          env:
            - name: FASTLY_API_TOKEN
              valueFrom:
                secretKeyRef: { name: cdn-credentials, key: FASTLY_API_TOKEN }
            - name: CLOUDFRONT_KEY_PAIR_ID
              value: %s
''' % ((app(rng),) * 3 + (org(rng), app(rng), sha256hex(rng), g_cf_keypair_id(rng)))
    return pick(rng, ["k8s/deployment.yaml", "deploy/manifests/web.yaml"]), t


# ---------------------------------------------------------------- main
def filetype(relpath, text=""):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env" if blocked_name(relpath) else "env-example"
    if base == "env.template":
        return "env-example"
    if "." not in base.lstrip("."):
        if text.startswith("#!"):
            return "sh"
        if text.startswith("-----BEGIN"):
            return "key"
    if "Dockerfile" in base or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base.startswith(".") and base.count(".") == 1:
        return base[1:]
    if "." in base:
        return base.rsplit(".", 1)[1].lower()
    return base.lower()


def blocked_name(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if not base.startswith(".env"):
        return False
    return base not in (".env.example", ".env.sample", ".env.template", ".env.dist")


def needle_as_written(raw, tf):
    if tf == "json":
        return raw.replace("\n", "\\n")
    if tf and tf.startswith("indent"):
        return indent(raw, int(tf[6:]))
    return raw


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gk.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    assert len(POS) >= 60, len(POS)

    # positives: every template used about equally, order shuffled
    order = []
    while len(order) < 500:
        block = list(range(len(POS)))
        rng.shuffle(block)
        order.extend(block)
    order = order[:500]
    n_env = 0
    needles = []
    for i, ti in enumerate(order):
        t = POS[ti]
        raw = t["gen"](rng)
        rel, text = t["render"](rng, raw, False)
        needle = needle_as_written(raw, t["tf"])
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle[:40])
        line = text.count("\n", 0, idx) + 1
        assert text.split("\n")[line - 1].find(needle.split("\n")[0]) >= 0, t["name"]
        if blocked_name(rel):
            n_env += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(rel, text)})
        secrets.append({"file": f, "needle": needle, "line": line})
        needles.append(needle)
    assert n_env <= 25, n_env

    # negatives: 250 re-used positive templates with a non-secret slot, 250 look-alikes
    reuse = [t for t in POS if t["neg_ok"] and not t["envfile"]]
    assert len(reuse) + len(LOOK) >= 60
    plan = []
    while len(plan) < 250:
        block = list(range(len(reuse)))
        rng.shuffle(block)
        plan.extend(("reuse", j) for j in block)
    plan = plan[:250]
    lk = []
    while len(lk) < 250:
        block = list(range(len(LOOK)))
        rng.shuffle(block)
        lk.extend(("look", j) for j in block)
    plan += lk[:250]
    rng.shuffle(plan)
    for i, (src, j) in enumerate(plan):
        if src == "reuse":
            t = reuse[j]
            v, kind = neg_slot(rng, t)
            rel, text = t["render"](rng, v, True)
            prov = t["provider"]
        else:
            t = LOOK[j]
            rel, text = t["render"](rng)
            prov, kind = t["provider"], t["kind"]
        assert not blocked_name(rel), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel, text)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read and verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            text = fh.read()
        idx = text.find(s["needle"])
        assert idx >= 0 and text.count("\n", 0, idx) + 1 == s["line"], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
