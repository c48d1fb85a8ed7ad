#!/usr/bin/env python3
"""Blind evaluation-set generator "bg" for a git pre-commit secret scanner.

EMPHASIS
    Credentials inside version-control and code-review artefacts rather than
    plain source files: unified diffs / .patch files, `git format-patch` mails,
    .orig / .rej leftovers, merge-conflicted files, `git stash show -p` dumps,
    review exports (GitHub PR review-comment JSON, GitLab MR discussions,
    Gerrit change JSON, Phabricator raw diffs), `git log -p` excerpts pasted
    into incident notes, `git blame` output, .gitconfig (url insteadOf with
    embedded token, http.extraheader basic/bearer auth), .git-credentials,
    `git remote get-url` output, git-crypt exported keys / transcrypt
    passwords, pre-commit and husky hooks, CI snippets inside diffs,
    Subversion svn.simple auth cache files, Mercurial hgrc [auth], Perforce
    P4PASSWD / .p4tickets, Bazaar authentication.conf, Fossil clone URLs.

USAGE
    python3 gen_bg.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files) and
    OUTDIR/neg/nNNNN/<relative path> (500 files), one file per directory,
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} (positives only)
    Deterministic per SEED: only random.Random(SEED) is used.

NEEDLE CONVENTIONS
    * needle is the secret substring exactly as written in the file; `line`
      is the 1-based line on which the needle STARTS.
    * Tokens/keys: the bare token (no quotes, no `Bearer `).
    * Connection strings / URLs with credentials: the password (or token)
      component only, e.g. for postgres://app:Pw@host/db the needle is `Pw`.
      For Slack/Discord webhooks the needle is the whole webhook URL.
    * http.extraheader basic auth: the base64 blob after `basic ` (it encodes
      `x-access-token:<token>` or `user:<token>`).
    * Private keys: the whole block from `-----BEGIN` to the END line
      (multi-line needle, line = BEGIN line).  In JSON review exports the
      block is a single JSON string with literal `\\n` escapes, and the needle
      is written the same way.
    * git-crypt exported key: the base64 string of the key file.
    * Human passwords (svn/hg/p4/bzr/fossil/.git-credentials): the password.
    * A secret is written exactly once per positive file.  Secrets on `-`
      lines of diffs, in conflict sides and in quoted review comments are
      positives on purpose: the artefact itself is what gets committed.

NEGATIVES
    Same artefact types with env references / interpolations in each file
    type's own syntax, CI secret references, placeholders, redactions,
    publishable keys, ids, SHAs, Change-Ids, GPG signatures, LFS pointers,
    SOPS / sealed-secrets ciphertext, test vectors (AWS doc example keys,
    jwt.io sample token), svn.simple entries with keyring passtype, hgrc
    with keyring extension, .gitattributes / CODEOWNERS, etc.

DOUBTS
    * GitHub fine-grained PATs (github_pat_<22>_<59>): I do not know whether
      the last characters carry a checksum; generated as plain base62.
    * npm_ tokens: assumed same scheme as GitHub (30 random base62 chars +
      6-char base62 CRC32).  ghr_ refresh tokens are in reality longer
      (~76 chars) on some endpoints; generated here as 40-char ghp-like form.
    * GitLab: glpat- 20 chars [A-Za-z0-9_-] (legacy); newer GitLab versions
      issue longer "routable" tokens (glpat-<base64>.01.<crc>) which I do not
      reproduce exactly.  gldt-/glrt-/glptt- lengths are my best recollection.
    * Bitbucket app passwords (ATBB + 32 chars, last 8 hex assumed to be a
      CRC32) and Atlassian API tokens (ATATT3xFfGF0 + ~180 chars ending in
      =<8 hex>): checksum algorithm unknown, generated as random hex.
    * Azure DevOps PAT: legacy 52-char lowercase base32; the 2024 84-char
      format is reproduced as 76 random + "AZDO" + 4 random (position of the
      signature and any checksum are my recollection, not verified).
    * Anthropic sk-ant-api03- + 93 chars + "AA"; OpenAI sk-proj-/sk-svcacct-
      with "T3BlbkFJ" marker: lengths approximate.
    * Vault hvs. service tokens: modelled as hvs. + 24 base62 (short form);
      newer tokens are ~95 chars protobuf-based.
    * PyPI tokens are real-shaped macaroons (v2 binary: location pypi.org,
      uuid identifier, JSON caveat, 32-byte random signature) base64url
      encoded; the signature is random, not a real HMAC.
    * Perforce tickets: 32 uppercase hex; svn.simple file name = md5 of the
      realm string, which I believe is how svn names them.
    * Datadog/Mailgun/Twilio auth tokens are bare 32-hex values; they are
      only recognisable by their slot names.
    * Sentry DSNs, Stripe pk_ keys, Supabase anon keys, Mapbox pk. tokens and
      Twilio Account SIDs are treated as NEGATIVES (documented as safe to
      expose / identifiers); some scanners may reasonably disagree.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import struct
import sys
import zlib
from collections import Counter

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = ALNUM + "+/"

N_POS = 500
N_NEG = 500


# ---------------------------------------------------------------- helpers --
def _has_run(s):
    """True if s contains an obvious sequence (abcd, 1234, aaaa)."""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(x) for x in low[i:i + 4])
        if b - a == 1 and c - b == 1 and d - c == 1:
            return True
        if a == b == c == d:
            return True
    return False


def rstr(rng, alphabet, n):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not _has_run(s):
            return s


def b62_encode(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, nrand=30):
    body = rstr(rng, ALNUM, nrand)
    return prefix + body + b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def ruuid(rng):
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rsha(rng, n=40):
    return "".join(rng.choice(HEX) for _ in range(n))


FIRST = ["alice", "bruno", "chen", "dmitri", "elena", "farid", "greta", "hiro",
         "ines", "jonas", "kasia", "liam", "marek", "nadia", "oskar", "priya",
         "quentin", "rosa", "sven", "tomasz", "ulla", "viktor", "wen", "yusuf",
         "zofia", "mateo", "aiko", "lars", "noemi", "ravi"]
LAST = ["novak", "schmidt", "okafor", "lindqvist", "tanaka", "moreau", "kowalski",
        "fernandes", "haddad", "becker", "ivanova", "nguyen", "olsen", "rossi",
        "silva", "weber", "kim", "park", "dubois", "horvath"]
ORGS = ["acme-corp", "northwind", "bluefin-labs", "orbital", "tessera-io",
        "kestrel", "lumen-data", "harborview", "quillhq", "peregrine-dev",
        "zephyr-systems", "ironbark", "cobalt-fin", "mosaic-health", "vantage-ops"]
REPOS = ["billing-api", "web-frontend", "infra", "data-pipeline", "mobile-app",
         "auth-service", "platform", "ml-serving", "docs-site", "deploy-tools",
         "search-indexer", "notifications", "ledger", "etl-jobs", "admin-portal"]
HOSTS = ["db.internal", "pg-prod-01.internal", "10.0.3.17", "mysql.staging.local",
         "postgres", "db", "rds-main.c9akfbq2rz.eu-west-1.rds.amazonaws.com",
         "cluster0.mongodb.net", "redis-cache.internal", "mq.internal"]


def person(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l, "%s %s" % (f.capitalize(), l.capitalize()), "%s.%s@%s.com" % (
        f, l, rng.choice(ORGS).split("-")[0])


def human_password(rng):
    words = ["winter", "Falcon", "sunrise", "Tiger", "harbor", "Maple", "copper",
             "Nebula", "orchid", "Raven", "lagoon", "Cobalt", "thistle", "Juniper",
             "saffron", "Pirate", "meadow", "Glacier", "velvet", "Otter"]
    names = ["Marek", "Julia", "Tomek", "Kasia", "Oliver", "Priya", "Sanne",
             "Lukas", "Emma", "Mateo", "Ingrid", "Rafa", "Yuki", "Noor"]
    sym = rng.choice("!.#$&*_-@")
    year = str(rng.randint(1961, 2019))
    w1, w2 = rng.choice(words), rng.choice(words)
    nm = rng.choice(names)
    leet = w1.replace("o", "0").replace("e", "3").replace("a", "4")
    pats = [
        nm + sym + year + w1.lower(),
        w1.capitalize() + sym + w2.lower() + str(rng.randint(10, 99)),
        leet.capitalize() + year[2:] + sym,
        nm.lower() + year + sym + w2.capitalize(),
        w1.capitalize() + str(rng.randint(2, 97)) + sym + w2.capitalize(),
        nm + "_" + w2.lower() + sym + str(rng.randint(3, 97)),
    ]
    return rng.choice(pats)


def url_password(rng):
    """Human password restricted to characters safe in URL userinfo."""
    while True:
        p = human_password(rng)
        if all(c in ALNUM + "._-!*~" for c in p):
            return p


# ------------------------------------------------------- token generators --
def t_github(prefix):
    return lambda rng: crc_token(rng, prefix)


def t_github_fg(rng):
    return "github_pat_" + "11" + rstr(rng, string.ascii_uppercase + string.digits, 20) + "_" + rstr(rng, ALNUM, 59)


def t_fixed(prefix, alphabet, n, suffix=""):
    return lambda rng: prefix + rstr(rng, alphabet, n) + suffix


def t_bitbucket(rng):
    return "ATBB" + rstr(rng, ALNUM, 24) + rstr(rng, UHEX, 8)


def t_atlassian(rng):
    return "ATATT3xFfGF0" + rstr(rng, URLSAFE, 170) + "=" + rstr(rng, UHEX, 8)


def t_azdo(rng):
    if rng.random() < 0.7:
        return rstr(rng, B32L, 52)
    return rstr(rng, ALNUM, 76) + "AZDO" + rstr(rng, ALNUM, 4)


def t_azure_storage(rng):
    return base64.b64encode(rbytes(rng, 64)).decode()


def t_azure_client_secret(rng):
    return rstr(rng, ALNUM, 3) + rng.choice("5678") + "Q~" + rstr(rng, ALNUM + "_~.-", 34)


def t_aws_id(rng):
    return rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rstr(rng, B32U, 16)


def t_aws_secret(rng):
    return rstr(rng, B64, 40)


def _digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def t_slack_bot(rng):
    return "xoxb-%s-%s-%s" % (_digits(rng, rng.choice([11, 12, 13])), _digits(rng, 13), rstr(rng, ALNUM, 24))


def t_slack_user(rng):
    return "xoxp-%s-%s-%s-%s" % (_digits(rng, 12), _digits(rng, 13), _digits(rng, 13), rstr(rng, HEX, 32))


def t_slack_app(rng):
    return "xapp-1-A%s-%s-%s" % (rstr(rng, string.ascii_uppercase + string.digits, 10), _digits(rng, 13), rstr(rng, HEX, 64))


def t_slack_webhook(rng):
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(rng, up, 8), rstr(rng, up, 10), rstr(rng, ALNUM, 24))


def t_stripe(prefix):
    return lambda rng: prefix + rstr(rng, ALNUM, rng.choice([24, 99]))


def t_openai_proj(rng):
    return "sk-proj-" + rstr(rng, URLSAFE, 74) + "T3BlbkFJ" + rstr(rng, URLSAFE, 74)


def t_openai_svc(rng):
    return "sk-svcacct-" + rstr(rng, URLSAFE, 74) + "T3BlbkFJ" + rstr(rng, URLSAFE, 74)


def t_openai_legacy(rng):
    return "sk-" + rstr(rng, ALNUM, 20) + "T3BlbkFJ" + rstr(rng, ALNUM, 20)


def t_anthropic(kind):
    return lambda rng: "sk-ant-%s-" % kind + rstr(rng, URLSAFE, 93) + "AA"


def t_sendgrid(rng):
    return "SG." + rstr(rng, URLSAFE, 22) + "." + rstr(rng, URLSAFE, 43)


def t_pypi(rng):
    ident = ruuid(rng).encode()
    cav = json.dumps({"version": 1, "permissions": rng.choice(["user", {"projects": [rng.choice(REPOS)]}])},
                     separators=(",", ":")).encode()
    if rng.random() < 0.5:
        cav = json.dumps([1, [rng.choice(REPOS)]], separators=(",", ":")).encode()

    def vint(n):
        out = b""
        while True:
            b = n & 0x7F
            n >>= 7
            if n:
                out += bytes([b | 0x80])
            else:
                return out + bytes([b])

    def field(t, v):
        return bytes([t]) + vint(len(v)) + v

    mac = b"\x02" + field(1, b"pypi.org") + field(2, ident) + b"\x00"
    mac += field(2, cav) + b"\x00" + b"\x00" + field(6, rbytes(rng, 32))
    return "pypi-" + b64u(mac)


def t_telegram(rng):
    return "%s:AA%s" % (_digits(rng, rng.choice([9, 10])), rstr(rng, URLSAFE, 33))


def t_discord_webhook(rng):
    return "https://discord.com/api/webhooks/%s/%s" % (_digits(rng, 19), rstr(rng, URLSAFE, 68))


def t_postman(rng):
    return "PMAK-%s-%s" % (rstr(rng, HEX, 24), rstr(rng, HEX, 34))


def t_terraform(rng):
    return rstr(rng, ALNUM, 14) + ".atlasv1." + rstr(rng, ALNUM, 67)


def t_grafana(rng):
    return "glsa_" + rstr(rng, ALNUM, 32) + "_" + rstr(rng, HEX, 8)


def _jwt(rng, payload, key):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, ("%s.%s" % (h, p)).encode(), hashlib.sha256).digest()
    return "%s.%s.%s" % (h, p, b64u(sig))


def supabase_jwt(rng, role):
    ref = rstr(rng, string.ascii_lowercase, 20)
    iat = rng.randint(1650000000, 1720000000)
    return _jwt(rng, {"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000},
                rbytes(rng, 32))


def t_gitcrypt(rng):
    def fld(fid, data):
        return struct.pack(">II", fid, len(data)) + data
    blob = b"\x00GITCRYPTKEY" + struct.pack(">I", 2) + struct.pack(">I", 0)
    blob += fld(1, struct.pack(">I", 0)) + fld(3, rbytes(rng, 32)) + fld(5, rbytes(rng, 64))
    blob += struct.pack(">I", 0)
    return base64.b64encode(blob).decode()


def t_transcrypt(rng):
    return base64.b64encode(rbytes(rng, 30)).decode()


def t_jwt_secret(rng):
    return rng.choice([lambda: rstr(rng, HEX, 64), lambda: base64.b64encode(rbytes(rng, 48)).decode(),
                       lambda: rstr(rng, ALNUM, 48)])()


# private keys ---------------------------------------------------------------
def _wrap64(b64text):
    return [b64text[i:i + 64] for i in range(0, len(b64text), 64)]


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return b"\x81" + bytes([n])
    return b"\x82" + struct.pack(">H", n)


def _der(tag, content):
    return bytes([tag]) + _der_len(len(content)) + content


def _der_int(rng, nbytes):
    b = rbytes(rng, nbytes)
    b = bytes([b[0] | 0x80]) + b[1:]
    return _der(0x02, b"\x00" + b)


def pk_rsa(rng, pkcs8=False):
    seq = _der(0x02, b"\x00") + _der_int(rng, 256) + _der(0x02, b"\x01\x00\x01")
    seq += _der_int(rng, 256) + _der_int(rng, 128) + _der_int(rng, 128)
    seq += _der_int(rng, 128) + _der_int(rng, 128) + _der_int(rng, 128)
    der = _der(0x30, seq)
    if pkcs8:
        alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
        der = _der(0x30, _der(0x02, b"\x00") + alg + _der(0x04, der))
        label = "PRIVATE KEY"
    else:
        label = "RSA PRIVATE KEY"
    body = _wrap64(base64.b64encode(der).decode())
    return ["-----BEGIN %s-----" % label] + body + ["-----END %s-----" % label]


def pk_ec(rng):
    der = _der(0x30, _der(0x02, b"\x01") + _der(0x04, rbytes(rng, 32)) +
               b"\xa0" + _der_len(10) + _der(0x06, bytes.fromhex("2a8648ce3d030107")) +
               b"\xa1" + _der_len(68) + _der(0x03, b"\x00\x04" + rbytes(rng, 64)))
    body = _wrap64(base64.b64encode(der).decode())
    return ["-----BEGIN EC PRIVATE KEY-----"] + body + ["-----END EC PRIVATE KEY-----"]


def pk_openssh(rng, comment):
    def s(b):
        return struct.pack(">I", len(b)) + b
    pub = rbytes(rng, 32)
    pubblob = s(b"ssh-ed25519") + s(pub)
    chk = rbytes(rng, 4)
    priv = chk + chk + s(b"ssh-ed25519") + s(pub) + s(rbytes(rng, 32) + pub) + s(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + s(b"none") + s(b"none") + s(b"") + struct.pack(">I", 1)
    blob += s(pubblob) + s(priv)
    body = [base64.b64encode(blob).decode()[i:i + 70] for i in range(0, len(base64.b64encode(blob)), 70)]
    return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + body + ["-----END OPENSSH PRIVATE KEY-----"]


# ---------------------------------------------------------------- catalog --
# Each entry: provider, kind, weight, generator, specific var names,
# git-host info (host, username for URLs) or None, special containers.
GENERIC_NAMES = ["TOKEN", "API_KEY", "AUTH", "SECRET", "ACCESS_TOKEN", "AUTH_TOKEN",
                 "API_TOKEN", "CI_TOKEN", "SERVICE_KEY", "KEY", "CREDENTIAL", "PUSH_TOKEN",
                 "UPLOAD_TOKEN", "DEPLOY_TOKEN", "BOT_TOKEN", "LLM_KEY", "REMOTE_TOKEN",
                 "PASS", "SECRET_KEY", "X_API_KEY", "CLIENT_SECRET", "APIKEY"]

CAT = []


def reg(provider, kind, weight, gen, names, git=None, special=(), generic=True, needle_fn=None):
    CAT.append(dict(provider=provider, kind=kind, weight=weight, gen=gen, names=names,
                    git=git, special=tuple(special), generic=generic, needle_fn=needle_fn))


GITSPECIAL = ("gitconfig_url", "git_credentials_script", "gitmodules", "remote_output")
reg("github", "pat_classic", 8, t_github("ghp_"), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_PAT"],
    git=("github.com", ["x-access-token", "oauth2", "{user}"]), special=GITSPECIAL + ("gitconfig_bearer",))
reg("github", "oauth_token", 3, t_github("gho_"), ["GITHUB_OAUTH_TOKEN", "GH_OAUTH_TOKEN"],
    git=("github.com", ["x-access-token", "{user}"]), special=GITSPECIAL)
reg("github", "user_to_server", 2, t_github("ghu_"), ["GITHUB_USER_TOKEN", "GH_APP_USER_TOKEN"],
    git=("github.com", ["x-access-token"]), special=GITSPECIAL)
reg("github", "server_to_server", 4, t_github("ghs_"), ["GITHUB_APP_TOKEN", "GH_INSTALLATION_TOKEN"],
    git=("github.com", ["x-access-token"]), special=GITSPECIAL + ("gitconfig_bearer",))
reg("github", "refresh_token", 2, t_github("ghr_"), ["GITHUB_REFRESH_TOKEN", "GH_REFRESH_TOKEN"])
reg("github", "fine_grained_pat", 6, t_github_fg, ["GITHUB_TOKEN", "GH_FINE_GRAINED_TOKEN", "GITHUB_PAT"],
    git=("github.com", ["x-access-token", "{user}"]), special=GITSPECIAL)
reg("github", "extraheader_basic_b64", 4, t_github("ghs_"), ["GITHUB_TOKEN"], special=("gitconfig_extraheader",),
    generic=False)
reg("gitlab", "pat", 7, t_fixed("glpat-", URLSAFE, 20), ["GITLAB_TOKEN", "GL_TOKEN", "GITLAB_PAT", "CI_PUSH_TOKEN"],
    git=("gitlab.com", ["oauth2", "{user}", "gitlab-ci-token"]), special=GITSPECIAL)
reg("gitlab", "deploy_token", 3, t_fixed("gldt-", URLSAFE, 20), ["GITLAB_DEPLOY_TOKEN", "DEPLOY_TOKEN_PASSWORD"],
    git=("gitlab.com", ["gitlab+deploy-token-%d"]), special=GITSPECIAL)
reg("gitlab", "runner_token", 2, t_fixed("glrt-", URLSAFE, 20), ["RUNNER_TOKEN", "CI_RUNNER_TOKEN", "REGISTRATION_TOKEN"])
reg("gitlab", "pipeline_trigger_token", 2, t_fixed("glptt-", HEX, 40), ["TRIGGER_TOKEN", "GITLAB_TRIGGER_TOKEN"])
reg("bitbucket", "app_password", 5, t_bitbucket, ["BITBUCKET_APP_PASSWORD", "BB_APP_PASSWORD", "BITBUCKET_PASSWORD"],
    git=("bitbucket.org", ["{user}"]), special=GITSPECIAL + ("hgrc",))
reg("atlassian", "api_token", 3, t_atlassian, ["ATLASSIAN_API_TOKEN", "JIRA_API_TOKEN", "CONFLUENCE_TOKEN"],
    git=("bitbucket.org", ["{email}"]), special=("git_credentials_script", "remote_output"))
reg("azure_devops", "pat", 6, t_azdo, ["AZURE_DEVOPS_PAT", "AZDO_PAT", "ADO_TOKEN", "SYSTEM_ACCESSTOKEN"],
    git=("dev.azure.com", ["{user}", "pat"]), special=GITSPECIAL)
reg("azure_devops", "extraheader_basic_b64", 3, t_azdo, ["AZDO_PAT"], special=("gitconfig_extraheader",), generic=False)
reg("azure", "storage_account_key", 3, t_azure_storage, ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY", "STORAGE_KEY"])
reg("azure", "client_secret", 3, t_azure_client_secret, ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET", "AAD_CLIENT_SECRET"])
reg("aws", "access_key_id", 4, t_aws_id, ["AWS_ACCESS_KEY_ID", "AWS_KEY_ID", "S3_ACCESS_KEY"])
reg("aws", "secret_access_key", 5, t_aws_secret, ["AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "S3_SECRET_KEY"])
reg("slack", "bot_token", 5, t_slack_bot, ["SLACK_BOT_TOKEN", "SLACK_TOKEN"])
reg("slack", "user_token", 2, t_slack_user, ["SLACK_USER_TOKEN", "SLACK_LEGACY_TOKEN"])
reg("slack", "app_token", 2, t_slack_app, ["SLACK_APP_TOKEN", "SOCKET_MODE_TOKEN"])
reg("slack", "webhook_url", 5, t_slack_webhook, ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK", "NOTIFY_WEBHOOK"])
reg("stripe", "secret_key", 5, t_stripe("sk_live_"), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"])
reg("stripe", "restricted_key", 2, t_stripe("rk_live_"), ["STRIPE_RESTRICTED_KEY", "STRIPE_KEY"])
reg("stripe", "webhook_secret", 2, t_fixed("whsec_", ALNUM, 32), ["STRIPE_WEBHOOK_SECRET", "STRIPE_SIGNING_SECRET"])
reg("openai", "project_key", 6, t_openai_proj, ["OPENAI_API_KEY", "OPENAI_KEY"])
reg("openai", "legacy_key", 2, t_openai_legacy, ["OPENAI_API_KEY"])
reg("openai", "service_account_key", 2, t_openai_svc, ["OPENAI_API_KEY", "OPENAI_SVC_KEY"])
reg("anthropic", "api_key", 5, t_anthropic("api03"), ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"])
reg("anthropic", "admin_key", 1, t_anthropic("admin01"), ["ANTHROPIC_ADMIN_KEY"])
reg("google", "api_key", 5, t_fixed("AIza", URLSAFE, 35), ["GOOGLE_API_KEY", "GOOGLE_MAPS_API_KEY", "GEMINI_API_KEY", "YOUTUBE_API_KEY"])
reg("google", "oauth_client_secret", 2, t_fixed("GOCSPX-", URLSAFE, 28), ["GOOGLE_CLIENT_SECRET", "OAUTH_CLIENT_SECRET"])
reg("sendgrid", "api_key", 4, t_sendgrid, ["SENDGRID_API_KEY", "SMTP_PASSWORD", "MAIL_API_KEY"])
reg("twilio", "auth_token", 3, t_fixed("", HEX, 32), ["TWILIO_AUTH_TOKEN"])
reg("npm", "access_token", 5, t_github("npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_AUTH_TOKEN"])
reg("pypi", "api_token", 4, t_pypi, ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN", "UV_PUBLISH_TOKEN"])
reg("dockerhub", "pat", 4, t_fixed("dckr_pat_", URLSAFE, 27), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "REGISTRY_PASSWORD"])
reg("huggingface", "user_access_token", 4, t_fixed("hf_", string.ascii_letters, 34), ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACE_TOKEN"])
reg("sonarqube", "user_token", 2, t_fixed("squ_", HEX, 40), ["SONAR_TOKEN", "SONAR_LOGIN"])
reg("digitalocean", "pat", 2, t_fixed("dop_v1_", HEX, 64), ["DIGITALOCEAN_TOKEN", "DO_TOKEN"])
reg("shopify", "admin_access_token", 2, t_fixed("shpat_", HEX, 32), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"])
reg("gitea", "access_token", 2, t_fixed("", HEX, 40), ["GITEA_TOKEN", "FORGEJO_TOKEN"],
    git=("git.{org}.dev", ["{user}"]), special=("gitconfig_url", "git_credentials_script", "remote_output"))
reg("discord", "webhook_url", 2, t_discord_webhook, ["DISCORD_WEBHOOK_URL", "DISCORD_WEBHOOK"])
reg("telegram", "bot_token", 2, t_telegram, ["TELEGRAM_BOT_TOKEN", "TG_BOT_TOKEN"])
reg("datadog", "api_key", 2, t_fixed("", HEX, 32), ["DD_API_KEY", "DATADOG_API_KEY"])
reg("sentry", "user_auth_token", 2, t_fixed("sntryu_", HEX, 64), ["SENTRY_AUTH_TOKEN"])
reg("hashicorp_vault", "service_token", 2, t_fixed("hvs.", ALNUM, 24), ["VAULT_TOKEN"])
reg("terraform_cloud", "api_token", 2, t_terraform, ["TFE_TOKEN", "TF_API_TOKEN", "TF_TOKEN_app_terraform_io"])
reg("linear", "api_key", 1, t_fixed("lin_api_", ALNUM, 40), ["LINEAR_API_KEY"])
reg("postman", "api_key", 1, t_postman, ["POSTMAN_API_KEY"])
reg("newrelic", "user_api_key", 2, t_fixed("NRAK-", string.ascii_uppercase + string.digits, 27), ["NEW_RELIC_API_KEY", "NEWRELIC_API_KEY"])
reg("grafana", "service_account_token", 2, t_grafana, ["GRAFANA_TOKEN", "GRAFANA_SA_TOKEN"])
reg("doppler", "personal_token", 1, t_fixed("dp.pt.", ALNUM, 43), ["DOPPLER_TOKEN"])
reg("mailgun", "api_key", 1, t_fixed("key-", HEX, 32), ["MAILGUN_API_KEY"])
reg("databricks", "pat", 2, t_fixed("dapi", HEX, 32), ["DATABRICKS_TOKEN"])
reg("cloudflare", "api_token", 2, t_fixed("", URLSAFE, 40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"])
reg("supabase", "service_role_key", 2, lambda rng: supabase_jwt(rng, "service_role"), ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY"])
reg("generic", "jwt_signing_secret", 4, t_jwt_secret, ["JWT_SECRET", "JWT_SIGNING_KEY", "SESSION_SECRET", "TOKEN_SECRET"])
reg("git-crypt", "exported_key", 3, t_gitcrypt, ["GIT_CRYPT_KEY", "GITCRYPT_KEY_B64"], special=("gitcrypt_script",))
reg("transcrypt", "password", 3, t_transcrypt, ["TRANSCRYPT_PASSWORD"], special=("transcrypt_config",))
reg("perforce", "ticket", 3, t_fixed("", UHEX, 32), ["P4PASSWD", "P4_TICKET"], special=("p4config", "p4_transcript"))


def _dburl(scheme, default_port, dbname=True):
    def gen(rng):
        pw = url_password(rng) if rng.random() < 0.4 else rstr(rng, ALNUM, rng.choice([16, 20, 24, 32]))
        user = rng.choice(["app", "svc_api", "admin", "reporting", "ledger_rw", "etl", "root"])
        host = rng.choice(HOSTS)
        if scheme == "mongodb+srv":
            url = "mongodb+srv://%s:%s@%s.%s/%s?retryWrites=true&w=majority" % (
                user, pw, rng.choice(REPOS).split("-")[0], "x" + rstr(rng, string.ascii_lowercase + string.digits, 5) + ".mongodb.net", rng.choice(REPOS).replace("-", "_"))
        elif scheme == "redis":
            url = "redis://default:%s@%s:6379/0" % (pw, rng.choice(HOSTS))
        elif scheme == "amqp":
            url = "amqp://%s:%s@%s:5672/%s" % (user, pw, rng.choice(HOSTS), rng.choice(["", "prod", "%2F"]))
        else:
            url = "%s://%s:%s@%s:%d/%s" % (scheme, user, pw, host, default_port, rng.choice(REPOS).replace("-", "_"))
        return url, pw
    return gen


for _s, _p, _names in [("postgres", 5432, ["DATABASE_URL", "POSTGRES_URL", "DB_URL", "PG_DSN"]),
                       ("mysql", 3306, ["DATABASE_URL", "MYSQL_URL", "DB_DSN"]),
                       ("mongodb+srv", 0, ["MONGODB_URI", "MONGO_URL"]),
                       ("redis", 6379, ["REDIS_URL", "CACHE_URL"]),
                       ("amqp", 5672, ["AMQP_URL", "RABBITMQ_URL", "BROKER_URL"])]:
    reg("database", _s.replace("+srv", "") + "_url", 3, _dburl(_s, _p), _names,
        needle_fn=True)

reg("private_key", "rsa", 3, lambda rng: "\n".join(pk_rsa(rng)), ["PRIVATE_KEY", "SSH_PRIVATE_KEY", "JWT_PRIVATE_KEY"])
reg("private_key", "pkcs8", 2, lambda rng: "\n".join(pk_rsa(rng, True)), ["PRIVATE_KEY", "SIGNING_KEY", "GITHUB_APP_PRIVATE_KEY"])
reg("private_key", "ec", 2, lambda rng: "\n".join(pk_ec(rng)), ["EC_PRIVATE_KEY", "APNS_KEY", "SIGNING_KEY"])
reg("private_key", "openssh_ed25519", 3, lambda rng: "\n".join(pk_openssh(rng, "deploy@%s" % rng.choice(REPOS))),
    ["DEPLOY_KEY", "SSH_PRIVATE_KEY", "SSH_KEY"])

# human-chosen passwords in VCS client configs (special containers only)
reg("password", "svn_simple", 5, human_password, [], special=("svn_simple",), generic=False)
reg("password", "hgrc_auth", 4, human_password, [], special=("hgrc",), generic=False)
reg("password", "p4passwd", 3, human_password, [], special=("p4config",), generic=False)
reg("password", "bzr_auth", 2, human_password, [], special=("bzr_auth",), generic=False)
reg("password", "fossil_url", 2, url_password, [], special=("fossil_script",), generic=False)
reg("password", "git_https_url", 4, url_password, [], git=("git.{org}.internal", ["{user}"]),
    special=("gitconfig_url", "git_credentials_script", "gitmodules", "remote_output"), generic=False)


# -------------------------------------------------------------- rendering --
LANGS = ["env", "sh", "py", "js", "yaml", "json", "toml", "ini", "rb", "go"]
LANG_W = [14, 8, 14, 11, 16, 6, 4, 3, 4, 4]

LANG_PATHS = {
    "env": [".env", ".env.production", "config/.env.staging", "deploy/prod.env", ".env.local",
            "docker/app.env", "services/worker/.env"],
    "sh": ["scripts/deploy.sh", "bin/release", "ci/publish.sh", "scripts/bootstrap.sh",
           "tools/sync-assets.sh", "ops/backup.sh"],
    "py": ["app/settings.py", "src/{pkg}/config.py", "scripts/sync_{pkg}.py", "{pkg}/conf/production.py",
           "tests/conftest.py", "jobs/nightly_export.py"],
    "js": ["src/config.js", "server/index.js", "lib/client.ts", "config/default.js",
           "scripts/seed.mjs", "src/services/{pkg}.ts"],
    "yaml": ["config/settings.yml", "deploy/values.yaml", "docker-compose.yml", "config/app.yaml",
             "helm/{pkg}/values-prod.yaml", "ansible/group_vars/all.yml"],
    "json": ["config/default.json", "appsettings.Production.json", "config/local.json",
             ".vscode/settings.json", "firebase-functions/.runtimeconfig.json"],
    "toml": ["config.toml", "config/production.toml", "settings.toml", ".cargo/config.toml"],
    "ini": ["config.ini", "setup.cfg", "conf/app.ini", "deploy/supervisord.conf"],
    "rb": ["config/initializers/{pkg}.rb", "lib/{pkg}/client.rb", "config/environments/production.rb"],
    "go": ["internal/config/config.go", "cmd/{pkg}/main.go", "pkg/{pkg}/client.go"],
}


def snake_to_camel(n):
    parts = n.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def style_name(lang, canon, st):
    if lang in ("env", "sh", "rb"):
        return canon.upper()
    if lang == "py":
        return canon.upper() if st.get("py_upper", True) else canon.lower()
    if lang in ("js", "go"):
        return snake_to_camel(canon)
    if lang == "json":
        return snake_to_camel(canon) if st.get("json_camel", True) else canon.lower()
    return canon.lower()


def ref_expr(rng, lang, var, ctx=""):
    """An environment / secret-store reference in the file type's own syntax."""
    low = var.lower()
    c = {
        "env": ["${%s}" % var, "${%s:?required}" % var, "$%s" % var],
        "sh": ['"${%s:?%s must be set}"' % (var, var), '"$%s"' % var,
               '"$(cat /run/secrets/%s)"' % low,
               '"$(vault kv get -field=%s secret/ci/%s)"' % (low, rng.choice(REPOS)),
               '"$(op read op://%s/%s/credential)"' % (rng.choice(["Engineering", "CI", "Infra"]), low),
               '"$(aws ssm get-parameter --with-decryption --name /%s/%s --query Parameter.Value --output text)"' % (rng.choice(REPOS), low)],
        "py": ['os.environ["%s"]' % var, 'os.getenv("%s")' % var, 'os.environ.get("%s", "")' % var,
               'env.str("%s")' % var, 'config("%s")' % var],
        "js": ["process.env.%s" % var, 'process.env["%s"] ?? ""' % var, "process.env.%s || ''" % var],
        "yaml": ['"${%s}"' % var, "${%s}" % var, '"${{ secrets.%s }}"' % var,
                 '"{{ lookup(\'env\', \'%s\') }}"' % var],
        "json": ['"${%s}"' % var, '"env:%s"' % var, '"#{%s}#"' % var],
        "toml": ['"${%s}"' % var, '{ env = "%s" }' % var],
        "ini": ["%%(ENV_%s)s" % var, "${%s}" % var],
        "rb": ['ENV.fetch("%s")' % var, 'ENV["%s"]' % var,
               "Rails.application.credentials.dig(:%s)" % low],
        "go": ['os.Getenv("%s")' % var, 'mustEnv("%s")' % var],
    }[lang]
    if ctx == "workflow":
        c = ['"${{ secrets.%s }}"' % var, "${{ secrets.%s }}" % var]
    elif ctx == "gitlab":
        c = ['"$%s"' % var, "$%s" % var, '"${%s}"' % var]
    return rng.choice(c)


def quote(lang, v, st):
    q = st.get("q", '"')
    if lang == "env":
        return v if st.get("env_bare", True) else '"%s"' % v
    if lang == "sh":
        return "'%s'" % v if st.get("sh_single") else '"%s"' % v
    if lang == "yaml":
        return v if st.get("yaml_bare", True) and not v[:1] in "&*!%@`{[" and ": " not in v and " #" not in v else '"%s"' % v
    if lang == "ini":
        return v
    if lang == "py":
        return "%s%s%s" % (q, v, q)
    if lang == "js":
        return "'%s'" % v if st.get("js_single") else '"%s"' % v
    return '"%s"' % v


def multi_value(lang, lines, indent):
    """Render a multi-line (PEM) value; returns list of lines, first one to be
    appended after `name = `."""
    if lang in ("env", "sh"):
        return ['"' + lines[0]] + lines[1:-1] + [lines[-1] + '"']
    if lang in ("py", "toml"):
        return ['"""' + lines[0]] + lines[1:-1] + [lines[-1] + '"""']
    if lang == "js":
        return ["`" + lines[0]] + lines[1:-1] + [lines[-1] + "`"]
    if lang == "go":
        return ["`" + lines[0]] + lines[1:-1] + [lines[-1] + "`"]
    if lang == "yaml":
        return ["|"] + [indent + "  " + l for l in lines]
    if lang == "ini":
        return [""] + ["    " + l for l in lines]
    if lang == "rb":
        return ["<<~PEM"] + ["  " + l for l in lines] + ["PEM"]
    if lang == "json":
        return [json.dumps("\n".join(lines) + "\n")[1:-1]]
    raise ValueError(lang)


FILLER = [
    ("LOG_LEVEL", lambda r: r.choice(["info", "debug", "warn"]), "s"),
    ("PORT", lambda r: str(r.choice([3000, 8000, 8080, 8443, 5000, 9090])), "n"),
    ("REGION", lambda r: r.choice(["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2"]), "s"),
    ("TIMEOUT_SECONDS", lambda r: str(r.choice([5, 10, 30, 60, 120])), "n"),
    ("ENABLE_METRICS", lambda r: r.choice(["true", "false"]), "b"),
    ("BASE_URL", lambda r: "https://api.%s.com/v%d" % (r.choice(ORGS).split("-")[0], r.randint(1, 3)), "s"),
    ("APP_ENV", lambda r: r.choice(["production", "staging", "development"]), "s"),
    ("WORKERS", lambda r: str(r.choice([2, 4, 8, 16])), "n"),
    ("CACHE_TTL", lambda r: str(r.choice([60, 300, 900, 3600])), "n"),
    ("DB_HOST", lambda r: r.choice(HOSTS), "s"),
    ("DB_NAME", lambda r: r.choice(REPOS).replace("-", "_"), "s"),
    ("S3_BUCKET", lambda r: "%s-%s" % (r.choice(ORGS), r.choice(["artifacts", "uploads", "backups"])), "s"),
    ("RETRY_MAX", lambda r: str(r.randint(2, 8)), "n"),
    ("TZ", lambda r: r.choice(["UTC", "Europe/Warsaw", "America/New_York"]), "s"),
    ("MAX_UPLOAD_MB", lambda r: str(r.choice([10, 25, 50, 100])), "n"),
    ("OTEL_EXPORTER_OTLP_ENDPOINT", lambda r: "http://otel-collector:4317", "s"),
    ("SENTRY_ENVIRONMENT", lambda r: r.choice(["production", "staging"]), "s"),
    ("FEATURE_NEW_CHECKOUT", lambda r: r.choice(["true", "false"]), "b"),
    ("SMTP_HOST", lambda r: r.choice(["smtp.sendgrid.net", "smtp.mailgun.org", "email-smtp.eu-west-1.amazonaws.com"]), "s"),
    ("DEFAULT_LOCALE", lambda r: r.choice(["en-US", "de-DE", "pl-PL"]), "s"),
    ("QUEUE_NAME", lambda r: r.choice(["default", "emails", "exports", "webhooks"]), "s"),
    ("RATE_LIMIT_PER_MINUTE", lambda r: str(r.choice([60, 120, 600])), "n"),
]


SEC_FILLER = [
    ("ENABLED", lambda r: r.choice(["true", "false"]), "b"),
    ("TIMEOUT_SECONDS", lambda r: str(r.choice([5, 10, 15, 30])), "n"),
    ("MAX_RETRIES", lambda r: str(r.randint(2, 6)), "n"),
    ("ENDPOINT", lambda r: "https://%s.%s.com" % (r.choice(["api", "hooks", "gateway"]), r.choice(ORGS).split("-")[0]), "s"),
    ("ACCOUNT", lambda r: r.choice(ORGS), "s"),
    ("USERNAME", lambda r: r.choice(["ci-bot", "deploy", "svc-" + r.choice(REPOS)]), "s"),
]


def filler_entries(rng, k):
    picks = rng.sample(FILLER, k)
    return [dict(name=n, val=f(rng), t=t) for n, f, t in picks]


def _val(lang, e, st, indent=""):
    t = e["t"]
    if t == "ref":
        return [e["val"]]
    if t == "multi":
        return multi_value(lang, e["val"], indent)
    if t == "b" and lang in ("py", "rb", "go"):
        return [{"true": "True", "false": "False"}[e["val"]] if lang == "py" else e["val"]]
    if t in ("n", "b") and lang not in ("env", "sh", "ini"):
        return [e["val"]]
    return [quote(lang, e["val"], st)]


def _assign(lang, e, st, indent=""):
    name = e.get("raw_name") or style_name(lang, e["name"], st)
    v = _val(lang, e, st, indent)
    if lang == "env":
        sep = "="
    elif lang == "sh":
        return ["%sexport %s=%s" % (indent, name, v[0])] + v[1:] if st.get("sh_export", True) else \
               ["%s%s=%s" % (indent, name, v[0])] + v[1:]
    elif lang in ("yaml",):
        return ["%s%s: %s" % (indent, name, v[0])] + v[1:]
    elif lang == "json":
        return ['%s"%s": %s' % (indent, name, v[0])] + v[1:]
    elif lang == "js":
        return ["%s%s: %s" % (indent, name, v[0])] + v[1:]
    elif lang == "rb":
        return ["%sconfig.%s = %s" % (indent, name.lower(), v[0])] + v[1:]
    elif lang == "go":
        return ["%s%s = %s" % (indent, name, v[0])] + v[1:]
    else:
        sep = " = "
    return ["%s%s%s%s" % (indent, name, sep, v[0])] + v[1:]


def render_file(lang, app, sec_name, sec, st):
    """Render a config/source file.  app/sec: lists of entries."""
    L = []
    pkg = st.get("pkg", "app")
    if lang == "env":
        L += ["# %s settings (%s)" % (pkg, st.get("envname", "production")), ""]
        for e in app:
            L += _assign(lang, e, st)
        L += ["", "# %s" % sec_name.replace("_", " ").title()]
        for e in sec:
            L += _assign(lang, e, st)
    elif lang == "sh":
        L += ["#!/usr/bin/env bash", "set -euo pipefail", "",
              "# %s: %s" % (st.get("script_purpose", "deploy helper"), pkg), ""]
        for e in app + sec:
            L += _assign(lang, e, st)
        L += [""] + st.get("commands", ['echo "done"'])
    elif lang == "py":
        L += ['"""%s settings."""' % pkg.replace("_", " ").capitalize(), "import os", ""]
        for e in app:
            L += _assign(lang, e, st)
        L += ["", "# %s" % sec_name.replace("_", " ")]
        for e in sec:
            L += _assign(lang, e, st)
        L += ["", "DEBUG = os.getenv(\"DEBUG\", \"0\") == \"1\"" if st.get("py_upper", True) else "debug = os.getenv(\"DEBUG\", \"0\") == \"1\""]
    elif lang == "js":
        L += ["'use strict';", "", "module.exports = {"]
        for e in app:
            a = _assign(lang, e, st, "  ")
            a[-1] += ","
            L += a
        L += ["  %s: {" % snake_to_camel(sec_name)]
        for e in sec:
            a = _assign(lang, e, st, "    ")
            a[-1] += ","
            L += a
        L += ["  },", "};"]
    elif lang == "yaml":
        L += ["app:"]
        for e in app:
            L += _assign(lang, e, st, "  ")
        L += ["", "%s:" % sec_name.lower()]
        for e in sec:
            L += _assign(lang, e, st, "  ")
    elif lang == "json":
        L += ["{", '  "app": {']
        for i, e in enumerate(app):
            a = _assign(lang, e, st, "    ")
            if i < len(app) - 1:
                a[-1] += ","
            L += a
        L += ["  },", '  "%s": {' % snake_to_camel(sec_name)]
        for i, e in enumerate(sec):
            a = _assign(lang, e, st, "    ")
            if i < len(sec) - 1:
                a[-1] += ","
            L += a
        L += ["  }", "}"]
    elif lang in ("toml", "ini"):
        L += ["[app]"]
        for e in app:
            L += _assign(lang, e, st)
        L += ["", "[%s]" % sec_name.lower()]
        for e in sec:
            L += _assign(lang, e, st)
    elif lang == "rb":
        L += ["# frozen_string_literal: true", "", "%s.configure do |config|" % "".join(
            p.capitalize() for p in sec_name.split("_"))]
        for e in app + sec:
            L += _assign(lang, e, st, "  ")
        L += ["end"]
    elif lang == "go":
        L += ["package %s" % ("config" if "config" in st.get("path", "") else "main"), "", "import (",
              '\t"os"', '\t"time"', ")", "", "var ("]
        for e in app + sec:
            e2 = dict(e)
            if e2["t"] in ("n", "b"):
                e2["t"] = "s"
            L += _assign(lang, e2, st, "\t")
        L += [")", "", "// Timeout is the default HTTP client timeout.",
              "const Timeout = 30 * time.Second", "", "var _ = os.Getenv"]
    return L


# ------------------------------------------------------ look-alike values --
KNOWN_PREFIXES = sorted(["github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "glpat-", "gldt-", "glrt-",
                         "glptt-", "ATBB", "ATATT3xFfGF0", "AKIA", "ASIA", "xoxb-", "xoxp-", "xapp-1-",
                         "sk_live_", "rk_live_", "whsec_", "sk-proj-", "sk-svcacct-", "sk-ant-api03-",
                         "sk-ant-admin01-", "sk-", "AIza", "GOCSPX-", "SG.", "npm_", "pypi-", "dckr_pat_",
                         "hf_", "squ_", "dop_v1_", "shpat_", "sntryu_", "hvs.", "lin_api_", "PMAK-",
                         "NRAK-", "glsa_", "dp.pt.", "key-", "dapi"], key=len, reverse=True)


def token_prefix(tok):
    for p in KNOWN_PREFIXES:
        if tok.startswith(p):
            return p
    return ""


def masked(rng, tok):
    p = token_prefix(tok)
    tail = tok[-4:]
    return rng.choice([
        p + "*" * rng.choice([4, 8, 12]) + tail,
        p + "\u2026" + tail,
        p + "..." + tail,
        (p or "") + "****",
        p + "<redacted>",
        "*" * 8,
        "[REDACTED]",
        p + "XXXXXXXX" + tail if p else "<redacted:%s>" % tail,
    ])


def placeholder(rng, cat, var):
    p = ""
    if cat is not None:
        try:
            p = token_prefix(cat["gen"](random.Random(1)) if cat["provider"] not in ("database",) else "")
        except Exception:
            p = ""
    low = var.lower().replace("_", "-")
    opts = ["<your-%s>" % low, "YOUR_%s" % var, "changeme", "CHANGE_ME", "REPLACE_ME", "TODO",
            "<%s>" % var, "${%s}" % var, "", "xxx", "set-me-in-vault", "<paste token here>",
            "dummy", "not-a-real-key", "your-%s-here" % low]
    if p:
        opts += [p + "...", p + "XXXXXXXXXXXXXXXX", p + "<token>", p + "your-token-here"]
    return rng.choice(opts)


def sops_enc(rng, plain_len):
    n = max(8, plain_len)
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        base64.b64encode(rbytes(rng, n)).decode(), base64.b64encode(rbytes(rng, 32)).decode(),
        base64.b64encode(rbytes(rng, 16)).decode())


def public_lookalike(rng, provider):
    """(NAME, value) pairs that providers document as public / identifiers."""
    acct = _digits(rng, 12)
    c = {
        "stripe": [("STRIPE_PUBLISHABLE_KEY", "pk_live_" + rstr(rng, ALNUM, 99)),
                   ("STRIPE_PUBLISHABLE_KEY", "pk_test_" + rstr(rng, ALNUM, 99)),
                   ("STRIPE_PRICE_ID", "price_" + rstr(rng, ALNUM, 24))],
        "supabase": [("SUPABASE_ANON_KEY", supabase_jwt(rng, "anon")),
                     ("SUPABASE_URL", "https://%s.supabase.co" % rstr(rng, string.ascii_lowercase, 20))],
        "sentry": [("SENTRY_DSN", "https://%s@o%s.ingest.sentry.io/%s" % (rstr(rng, HEX, 32), _digits(rng, 6), _digits(rng, 7)))],
        "google": [("GOOGLE_CLIENT_ID", "%s-%s.apps.googleusercontent.com" % (_digits(rng, 12), rstr(rng, string.ascii_lowercase + string.digits, 32))),
                   ("GA_MEASUREMENT_ID", "G-" + rstr(rng, string.ascii_uppercase + string.digits, 10))],
        "github": [("GITHUB_CLIENT_ID", "Iv1." + rstr(rng, HEX, 16)), ("GITHUB_CLIENT_ID", "Ov23li" + rstr(rng, ALNUM, 14)),
                   ("GITHUB_APP_ID", _digits(rng, 6)), ("GITHUB_INSTALLATION_ID", _digits(rng, 8))],
        "twilio": [("TWILIO_ACCOUNT_SID", "AC" + rstr(rng, HEX, 32)), ("TWILIO_MESSAGING_SERVICE_SID", "MG" + rstr(rng, HEX, 32))],
        "aws": [("AWS_ACCOUNT_ID", acct), ("AWS_ROLE_ARN", "arn:aws:iam::%s:role/%s-deploy" % (acct, rng.choice(REPOS))),
                ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
                ("KMS_KEY_ARN", "arn:aws:kms:eu-west-1:%s:key/%s" % (acct, ruuid(rng)))],
        "azure": [("AZURE_TENANT_ID", ruuid(rng)), ("AZURE_CLIENT_ID", ruuid(rng)), ("AZURE_SUBSCRIPTION_ID", ruuid(rng))],
        "slack": [("SLACK_APP_ID", "A0" + rstr(rng, string.ascii_uppercase + string.digits, 9)),
                  ("SLACK_CHANNEL_ID", "C0" + rstr(rng, string.ascii_uppercase + string.digits, 9))],
        "openai": [("OPENAI_ORG_ID", "org-" + rstr(rng, ALNUM, 24)), ("OPENAI_PROJECT_ID", "proj_" + rstr(rng, ALNUM, 24))],
        "datadog": [("DD_CLIENT_TOKEN", "pub" + rstr(rng, HEX, 32)), ("DD_SITE", "datadoghq.eu")],
        "mapbox": [("MAPBOX_ACCESS_TOKEN", "pk." + b64u(json.dumps({"u": rng.choice(FIRST), "a": "cl" + rstr(rng, string.ascii_lowercase + string.digits, 23)}).encode()) + "." + rstr(rng, URLSAFE, 22))],
        "firebase": [("FIREBASE_PROJECT_ID", "%s-%s" % (rng.choice(REPOS), _digits(rng, 5)))],
        "huggingface": [("HF_MODEL_REVISION", rsha(rng))],
        "dockerhub": [("BASE_IMAGE", "python:3.12-slim@sha256:" + rsha(rng, 64))],
    }
    key = provider if provider in c else rng.choice(sorted(c))
    return rng.choice(c[key])


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9l"
          "IiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def neg_slot(rng, lang, var, cat, ctx=""):
    """Return an entry-ish (t, val, name_override) for a NEGATIVE slot."""
    r = rng.random()
    prov = cat["provider"] if cat else rng.choice(["stripe", "github", "aws", "openai", "slack"])
    if r < 0.34:
        return ("ref", ref_expr(rng, lang, var, ctx), None)
    if r < 0.52:
        return ("s", placeholder(rng, cat, var), None)
    if r < 0.64 and cat and cat["provider"] not in ("database", "private_key", "password"):
        tok = cat["gen"](rng)
        return ("s", masked(rng, tok), None)
    if r < 0.76:
        n, v = public_lookalike(rng, prov)
        return ("s", v, n)
    if r < 0.84 and lang in ("yaml", "json", "env", "ini"):
        return ("s", sops_enc(rng, rng.choice([20, 32, 40, 51])), None)
    if r < 0.90:
        return ("s", rng.choice([
            "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (rng.choice(["eu-west-1", "us-east-1"]), _digits(rng, 12), rng.choice(REPOS), var.lower(), rstr(rng, ALNUM, 6)),
            "vault:secret/data/%s#%s" % (rng.choice(REPOS), var.lower()),
            "projects/%s/secrets/%s/versions/latest" % (rng.choice(REPOS), var.lower().replace("_", "-")),
            "op://%s/%s/credential" % (rng.choice(["Engineering", "Infra"]), var.lower()),
            "azurekeyvault://%s-kv/%s" % (rng.choice(ORGS), var.lower().replace("_", "-"))]), None)
    if r < 0.95:
        return ("s", rng.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", JWT_IO]),
                None)
    return ("s", rng.choice(["sha256:" + rsha(rng, 64), rsha(rng, 40), ruuid(rng)]),
            rng.choice([var + "_SHA256", var + "_ID", var + "_FINGERPRINT", var + "_KEY_ID"]))


# ------------------------------------------------------------ documents ---
import difflib  # noqa: E402

SECTION_ALIASES = ["integrations", "secrets", "credentials", "external", "services", "auth"]
POSITIONAL_CMDS = [
    "./bin/notify-release {v}",
    "python3 scripts/upload_artifacts.py --bucket \"$S3_BUCKET\" {v}",
    "npx --yes @{org}/publish-cli --token {v} dist/",
    "curl -fsS -H \"Authorization: Bearer {v}\" \"$BASE_URL/deploy\"",
    "docker login -u ci-bot -p {v} registry.{org}.io",
    "./scripts/rotate.sh production {v}",
]


GENERIC_BY_PROVIDER = {
    "database": ["DSN", "CONNECTION_STRING", "URL", "DB", "STORE_URL", "PRIMARY", "URI"],
    "private_key": ["KEY", "PEM", "KEY_PEM", "CERT_KEY", "SIGNING_KEY"],
    "git-crypt": ["KEY_B64", "UNLOCK_KEY", "CRYPT_KEY"],
}


def pick_var(rng, cat):
    if cat and cat["names"] and rng.random() < 0.66:
        return rng.choice(cat["names"]), False
    if cat and (cat["provider"] in GENERIC_BY_PROVIDER or cat["kind"] == "webhook_url"):
        pool = GENERIC_BY_PROVIDER.get(cat["provider"], ["WEBHOOK", "HOOK_URL", "NOTIFY_URL", "ALERTS_URL"])
        return rng.choice(pool), True
    return rng.choice(GENERIC_NAMES), True


def new_style(rng, lang, path):
    return dict(q=rng.choice(['"', '"', "'"]), env_bare=rng.random() < 0.7, sh_single=rng.random() < 0.3,
                yaml_bare=rng.random() < 0.6, js_single=rng.random() < 0.5, py_upper=rng.random() < 0.7,
                json_camel=rng.random() < 0.6, sh_export=rng.random() < 0.7, path=path,
                pkg=rng.choice(REPOS).replace("-", "_"), envname=rng.choice(["production", "staging", "ci"]),
                org=rng.choice(ORGS))


def make_doc(rng, lang, cat, var, path=None):
    pkg = rng.choice(REPOS).replace("-", "_")
    path = path or rng.choice(LANG_PATHS[lang]).format(pkg=pkg)
    st = new_style(rng, lang, path)
    st["pkg"] = pkg
    if lang == "sh":
        st["commands"] = rng.sample([
            'echo "deploying ${APP_ENV:-production}"',
            'aws s3 sync ./dist "s3://${S3_BUCKET}/releases/$(git rev-parse --short HEAD)"',
            'kubectl rollout status deploy/%s --timeout=120s' % pkg.replace("_", "-"),
            'curl -fsS "$BASE_URL/healthz" >/dev/null',
            'npm ci && npm run build',
            'python3 -m %s.migrate' % pkg], 2)
    prov = cat["provider"] if cat else "app"
    sec_name = prov if rng.random() < 0.75 else rng.choice(SECTION_ALIASES)
    sec_name = sec_name.replace("-", "_").replace(".", "_")
    app = filler_entries(rng, rng.randint(2, 5))
    sec = [dict(name=n, val=f(rng), t=t) for n, f, t in rng.sample(SEC_FILLER, rng.randint(0, 2))]
    slot_idx = rng.randint(0, len(sec))
    return dict(lang=lang, path=path, st=st, app=app, sec=sec, slot_idx=slot_idx, sec_name=sec_name,
                var=var, cat=cat)


def slot_entry(doc, t, val, name=None, positional=False):
    return dict(name=name or doc["var"], t=t, val=val, positional=positional)


def render_doc(doc, slot):
    sec = list(doc["sec"])
    if slot is not None:
        sec.insert(doc["slot_idx"], slot)
    lang = doc["lang"]
    if lang == "sh" and slot is not None and slot.get("positional"):
        sec.remove(slot)
        st = dict(doc["st"])
        v = slot["val"] if slot["t"] == "ref" else (slot["val"] if not doc["st"]["sh_single"] else "'%s'" % slot["val"])
        st["commands"] = doc["st"]["commands"][:1] + [doc["st"]["poscmd"].format(v=v, org=st["org"])] + doc["st"]["commands"][1:]
        return render_file(lang, doc["app"], doc["sec_name"], sec, st)
    return render_file(lang, doc["app"], doc["sec_name"], sec, doc["st"])


def short_sha(rng):
    return rsha(rng, rng.choice([7, 7, 7, 9, 10, 12]))


def unified(rng, old, new, path, newfile=False, ctx=3, mode="100644"):
    out = ["diff --git a/%s b/%s" % (path, path)]
    if newfile:
        out += ["new file mode %s" % mode, "index 0000000..%s" % rsha(rng, 7)]
        a = "/dev/null"
    else:
        out += ["index %s..%s %s" % (rsha(rng, 7), rsha(rng, 7), mode)]
        a = "a/" + path
    body = list(difflib.unified_diff(old, new, a, "b/" + path, n=ctx, lineterm=""))
    if not body:
        return []
    body[0], body[1] = "--- " + a, "+++ b/" + path
    return out + body


def _strip_hdr(d):
    """Hunk lines only (from first @@)."""
    for i, l in enumerate(d):
        if l.startswith("@@"):
            return d[i:]
    return d


def side_diff(rng):
    """An innocuous extra file in a multi-file diff."""
    ver = "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 12))
    old = ["# Changelog", "", "## [Unreleased]", "", "### Fixed",
           "- Retry uploads on transient 503 responses", ""]
    new = old[:4] + ["### Added", "- Deploy notifications for failed rollouts (%s)" % ver, ""] + old[4:]
    return unified(rng, old, new, "CHANGELOG.md")


def _yaml_slot(doc, slot, indent):
    if slot is None:
        return []
    e = dict(slot)
    name = e["name"]
    if e["t"] == "multi":
        return ["%s%s: |" % (indent, name)] + [indent + "  " + l for l in e["val"]]
    v = e["val"]
    if e["t"] != "ref":
        v = '"%s"' % v if doc["st"]["yaml_bare"] is False or v == "" else v
    return ["%s%s: %s" % (indent, name, v)]


def render_workflow(doc, slot):
    st = doc["st"]
    L = ["name: %s" % st["wf_name"], "", "on:", "  push:", "    tags: [\"v*\"]", "  workflow_dispatch:", "",
         "permissions:", "  contents: read", "", "jobs:", "  %s:" % st["job"], "    runs-on: ubuntu-latest",
         "    steps:",
         "      - uses: actions/checkout@%s # v4.1.7" % st["sha1"],
         "      - uses: actions/setup-node@%s # v4.0.3" % st["sha2"], "        with:", "          node-version: 20",
         "      - run: npm ci", "      - name: %s" % st["step"], "        run: %s" % st["run"], "        env:",
         "          NODE_ENV: production"]
    L += _yaml_slot(doc, slot, "          ")
    L += ["          LOG_LEVEL: info"]
    return L


def render_gitlab(doc, slot):
    st = doc["st"]
    L = ["stages:", "  - build", "  - deploy", "", "variables:", "  DOCKER_DRIVER: overlay2",
         "  APP_NAME: %s" % st["pkg"].replace("_", "-")]
    L += _yaml_slot(doc, slot, "  ")
    L += ["", "build:", "  stage: build", "  image: node:20-alpine", "  script:", "    - npm ci",
          "    - npm run build", "  artifacts:", "    paths: [dist/]", "", "deploy:", "  stage: deploy",
          "  image: alpine:3.19", "  script:", "    - apk add --no-cache curl", "    - %s" % st["run"],
          "  rules:", "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"]
    return L


def make_ci_doc(rng, kind, cat, var):
    st = new_style(rng, "yaml", "")
    st.update(wf_name=rng.choice(["Release", "Deploy", "Publish", "Nightly"]), job=rng.choice(["publish", "deploy", "release"]),
              sha1=rsha(rng), sha2=rsha(rng), step=rng.choice(["Publish", "Deploy", "Notify", "Upload"]),
              run=rng.choice(["npm publish --access public", "./scripts/deploy.sh", "node scripts/notify.js",
                              "make release"]))
    path = rng.choice([".github/workflows/release.yml", ".github/workflows/deploy.yml",
                       ".github/workflows/ci.yaml"]) if kind == "workflow" else ".gitlab-ci.yml"
    st["path"] = path
    return dict(lang="yaml", path=path, st=st, app=[], sec=[], slot_idx=0, sec_name="", var=var, cat=cat,
                ci=kind)


def render_any(doc, slot):
    if doc.get("ci") == "workflow":
        return render_workflow(doc, slot)
    if doc.get("ci") == "gitlab":
        return render_gitlab(doc, slot)
    return render_doc(doc, slot)


def pos_slot(rng, doc, sec):
    if sec["multi"]:
        return slot_entry(doc, "multi", sec["value"].split("\n"))
    if doc["lang"] == "sh" and not doc.get("ci") and rng.random() < 0.3 and "\n" not in sec["value"]:
        doc["st"]["poscmd"] = rng.choice(POSITIONAL_CMDS)
        return slot_entry(doc, "s", sec["value"], positional=True)
    return slot_entry(doc, "s", sec["value"])


def neg_entry(rng, doc, avoid=None):
    for _ in range(10):
        ctx = doc.get("ci") or ""
        if ctx == "workflow":
            ctx = "workflow" if rng.random() < 0.7 else ""
        t, v, nm = neg_slot(rng, doc["lang"], doc["var"], doc["cat"], ctx)
        e = slot_entry(doc, t, v, name=nm)
        if avoid is None or e["val"] != avoid["val"]:
            return e
    return e


def versions(rng, doc, label, sec):
    """Return (old_slot, new_slot, newfile)."""
    r = rng.random()
    if label == "pos":
        p = pos_slot(rng, doc, sec)
        if r < 0.3:
            ref = slot_entry(doc, "ref", ref_expr(rng, doc["lang"], doc["var"], doc.get("ci") or ""))
            return ref, p, False
        if r < 0.58:
            return None, p, False
        if r < 0.8:
            ref = slot_entry(doc, "ref", ref_expr(rng, doc["lang"], doc["var"], doc.get("ci") or ""))
            return p, ref, False
        return "NEW", p, True
    a = neg_entry(rng, doc)
    if r < 0.45:
        return a, neg_entry(rng, doc, a), False
    if r < 0.7:
        return None, a, False
    if r < 0.85:
        return a, None, False
    return "NEW", a, True


def diff_for(rng, doc, old_slot, new_slot, newfile, ctx=3):
    new = render_any(doc, new_slot)
    if newfile:
        old = []
    else:
        old = render_any(doc, old_slot)
    mode = "100755" if doc["lang"] == "sh" and newfile else "100644"
    return unified(rng, old, new, doc["path"], newfile=newfile, ctx=ctx, mode=mode)


# ------------------------------------------------------ generic containers --
SUBJECTS = ["Add deploy notifications", "Wire up %s client", "Move %s config to settings module",
            "Fix flaky upload retries", "Configure release pipeline", "Use secret store for %s",
            "Hotfix: restore %s integration", "Bump SDK and update %s settings", "WIP: local testing for %s",
            "Refactor config loading", "Add staging overrides for %s"]


PROV_LABEL = {"private_key": "deploy key", "database": "database", "generic": "JWT", "password": "VCS",
              "hashicorp_vault": "Vault", "azure_devops": "Azure DevOps", "terraform_cloud": "Terraform Cloud",
              "git-crypt": "git-crypt", "newrelic": "New Relic", "digitalocean": "DigitalOcean",
              "huggingface": "Hugging Face", "dockerhub": "Docker Hub", "openai": "OpenAI", "github": "GitHub",
              "gitlab": "GitLab", "pypi": "PyPI", "aws": "AWS", "sendgrid": "SendGrid"}


def prov_label(cat):
    if not cat:
        return "api"
    return PROV_LABEL.get(cat["provider"], cat["provider"].replace("_", " ").capitalize())


def subject(rng, doc):
    s = rng.choice(SUBJECTS)
    return s % prov_label(doc.get("cat")) if "%s" in s else s


def git_date(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (rng.choice(days), rng.randint(1, 28), rng.choice(mons),
                                               rng.randint(2021, 2025), rng.randint(7, 22), rng.randint(0, 59),
                                               rng.randint(0, 59), rng.choice(["+0100", "+0200", "-0500", "+0000"]))


def iso_date(rng):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                             rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def slot_lines(doc, slot):
    base, full = render_any(doc, None), render_any(doc, slot)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, base, full, autojunk=False).get_opcodes():
        if tag in ("insert", "replace"):
            out += full[j1:j2]
    return out or full[:1]


def choose_doc(rng, cat, var, langs=None, path=None):
    if langs is None:
        lang = rng.choices(LANGS, LANG_W)[0]
    else:
        lang = rng.choice(langs)
    return make_doc(rng, lang, cat, var, path)


def c_diff(rng, label, doc, sec, flavor=None):
    flavor = flavor or rng.choice(["diff", "patch", "stash", "phab"])
    old, new, nf = versions(rng, doc, label, sec)
    d = diff_for(rng, doc, old, new, nf)
    extra = side_diff(rng) if rng.random() < 0.35 else []
    lines = d + extra if rng.random() < 0.5 else extra + d
    slug = doc["path"].split("/")[-1].replace(".", "-").strip("-")
    if flavor == "diff":
        path = rng.choice(["changes.diff", "review/%s.diff" % slug, "tmp/local-changes.diff", "fix-%s.diff" % slug])
    elif flavor == "patch":
        path = rng.choice(["patches/%s.patch" % slug, "hotfix.patch", "debian/patches/%s.patch" % slug,
                           "contrib/%s-fix.patch" % slug])
    elif flavor == "stash":
        path = rng.choice(["stash@{0}.patch", "wip-stash.diff", "tmp/stash-%s.patch" % slug, "stash-show-p.txt"])
        if rng.random() < 0.4:
            lines = ["# git stash show -p stash@{%d}" % rng.randint(0, 3)] + lines
    else:
        path = rng.choice(["D%d.diff" % rng.randint(1000, 29999), "phab/D%d.diff" % rng.randint(1000, 29999)])
    ft = {"diff": "diff", "patch": "patch", "stash": "stash-patch", "phab": "phabricator-diff"}[flavor]
    return path, ft, lines


def c_format_patch(rng, label, doc, sec):
    old, new, nf = versions(rng, doc, label, sec)
    d = diff_for(rng, doc, old, new, nf)
    f, l, full, email = person(rng)
    subj = subject(rng, doc)
    n = rng.randint(1, 4)
    tot = rng.randint(n, 5)
    adds = sum(1 for x in d if x.startswith("+") and not x.startswith("+++"))
    dels = sum(1 for x in d if x.startswith("-") and not x.startswith("---"))
    chg = adds + dels
    stat = " %s | %d %s%s" % (doc["path"], chg, "+" * min(adds, 40), "-" * min(dels, 40))
    summ = " 1 file changed, %d insertion%s(+)%s" % (adds, "" if adds == 1 else "s",
                                                   ", %d deletion%s(-)" % (dels, "" if dels == 1 else "s") if dels else "")
    L = ["From %s Mon Sep 17 00:00:00 2001" % rsha(rng), "From: %s <%s>" % (full, email),
         "Date: %s" % git_date(rng), "Subject: [PATCH %d/%d] %s" % (n, tot, subj) if tot > 1 else "Subject: [PATCH] %s" % subj,
         "", rng.choice(["The previous setup read the value at import time, which broke the",
                         "Needed for the staging rollout; see the runbook for details.",
                         "Keeps local and CI configuration in one place."]),
         rng.choice(["worker bootstrap on cold starts.", "", "No functional change intended otherwise."]), ""]
    if rng.random() < 0.5:
        L.append("Change-Id: I%s" % rsha(rng))
    L += ["Signed-off-by: %s <%s>" % (full, email), "---", stat, summ, ""] + d + ["-- ", "2.%d.%d" % (rng.randint(39, 47), rng.randint(0, 2)), ""]
    path = "patches/%04d-%s.patch" % (n, "-".join(subj.lower().replace(":", "").split())[:52].strip("-"))
    if rng.random() < 0.4:
        path = path.split("/", 1)[1]
    return path, "format-patch", L


def c_orig(rng, label, doc, sec):
    slot = pos_slot(rng, doc, sec) if label == "pos" else neg_entry(rng, doc)
    return doc["path"] + ".orig", "orig", render_any(doc, slot)


def c_rej(rng, label, doc, sec):
    old, new, nf = versions(rng, doc, label, sec)
    if nf:
        old = None if label == "pos" else neg_entry(rng, doc)
    d = _strip_hdr(diff_for(rng, doc, old, new, False, ctx=3))
    if rng.random() < 0.5:
        hdr = ["diff a/%s b/%s\t(rejected hunks)" % (doc["path"], doc["path"])]
    else:
        hdr = ["--- %s" % doc["path"], "+++ %s" % doc["path"]]
    return doc["path"] + ".rej", "rej", hdr + d


def c_conflict(rng, label, doc, sec):
    for _ in range(6):
        if label == "pos":
            a = pos_slot(rng, doc, sec)
            b = slot_entry(doc, "ref", ref_expr(rng, doc["lang"], doc["var"])) if rng.random() < 0.6 else \
                slot_entry(doc, "s", placeholder(rng, doc["cat"], doc["var"]))
            if rng.random() < 0.5:
                a, b = b, a
        else:
            a = neg_entry(rng, doc)
            b = neg_entry(rng, doc, a)
        A, B = render_any(doc, a), render_any(doc, b)
        i = 0
        while i < min(len(A), len(B)) and A[i] == B[i]:
            i += 1
        j = 0
        while j < min(len(A), len(B)) - i and A[-1 - j] == B[-1 - j]:
            j += 1
        if A[i:len(A) - j] or B[i:len(B) - j]:
            break
    ours = rng.choice(["HEAD", "HEAD", "Updated upstream", "ours"])
    theirs = rng.choice(["feature/%s" % rng.choice(REPOS), "origin/main", "Stashed changes",
                         "%s (%s)" % (rsha(rng, 7), subject(rng, doc))])
    if ours == "Updated upstream":
        theirs = "Stashed changes"
    mid = ["<<<<<<< " + ours] + A[i:len(A) - j]
    if rng.random() < 0.25:
        mid += [rng.choice(["||||||| merged common ancestors", "||||||| base", "||||||| %s" % rsha(rng, 7)])]
    mid += ["======="] + B[i:len(B) - j] + [">>>>>>> " + theirs]
    L = A[:i] + mid + A[len(A) - j:]
    return doc["path"], "conflict-" + doc["lang"], L


def _hunk_to(lines, needle_first):
    """GitHub diff_hunk: from @@ to the commented line."""
    h = _strip_hdr(lines)
    for k, l in enumerate(h):
        if needle_first and needle_first in l:
            return "\n".join(h[:k + 1])
    return "\n".join(h[:min(len(h), 4)])


def _user(rng):
    f, l, full, email = person(rng)
    return {"login": "%s-%s" % (f, l[:3]), "id": int(_digits(rng, 8)), "type": "User"}


def _first_line(slot):
    if slot is None:
        return None
    if slot["t"] == "multi":
        return slot["val"][0]
    return slot["val"] or None


def c_pr_comments(rng, label, doc, sec):
    old, new, nf = versions(rng, doc, label, sec)
    d = diff_for(rng, doc, old, new, nf)
    secret_slot = (new if label == "pos" and new not in (None, "NEW") and new["t"] != "ref" else
                   old if label == "pos" else new if new not in (None, "NEW") else old)
    pr = rng.randint(12, 4800)
    org, repo = rng.choice(ORGS), rng.choice(REPOS)
    quote_mode = label == "pos" and rng.random() < 0.35 and not sec["multi"]
    comments = []
    n = rng.randint(1, 3)
    target = rng.randrange(n)
    for k in range(n):
        cid = int(_digits(rng, 10))
        if k == target:
            if quote_mode:
                hunk = "\n".join(_strip_hdr(diff_for(rng, doc, None, None, False))[:3]) if False else \
                       "\n".join(_strip_hdr(d)[:2])
                # make sure the quoted secret is not also in the hunk
                if sec["value"].split("\n")[0] in hunk:
                    hunk = _strip_hdr(d)[0]
                body = rng.choice(["Is `%s` a live key? If so it needs to be rotated before we merge.",
                                   "nit: this value (`%s`) should come from the secret store, not the repo",
                                   "Please drop `%s` from the diff, CI already injects it."]) % sec["value"]
            else:
                hunk = _hunk_to(d, _first_line(secret_slot) if isinstance(secret_slot, dict) else None)
                if label == "pos":
                    body = rng.choice(["This looks like a real credential. Please move it to `${{ secrets.%s }}` and rotate it." % doc["var"],
                                       "We shouldn't hardcode this here, can you read it from the environment instead?",
                                       "Blocking: secrets in the repo. Revert this line and use the vault lookup."])
                else:
                    body = rng.choice(["Nice, reading it from the environment now :+1:",
                                       "```suggestion\n%s\n```" % "\n".join(slot_lines(doc, neg_entry(rng, doc))),
                                       "Can we fail fast when `%s` is missing?" % doc["var"],
                                       "Double-checked: the value shown here is a placeholder, real one lives in the vault."])
        else:
            hunk = "\n".join(_strip_hdr(d)[:rng.randint(1, 3)])
            body = rng.choice(["nit: trailing whitespace", "Could we add a test for this?",
                               "Why 30s here? The upstream default is 10s.", "LGTM once CI is green"])
        sha = rsha(rng)
        _ca = iso_date(rng)
        comments.append({
            "url": "https://api.github.com/repos/%s/%s/pulls/comments/%d" % (org, repo, cid),
            "pull_request_review_id": int(_digits(rng, 10)), "id": cid,
            "node_id": "PRRC_kwDO" + rstr(rng, URLSAFE, 14), "diff_hunk": hunk, "path": doc["path"],
            "commit_id": sha, "original_commit_id": sha, "user": _user(rng), "body": body,
            "created_at": _ca, "updated_at": _ca,
            "html_url": "https://github.com/%s/%s/pull/%d#discussion_r%d" % (org, repo, pr, cid),
            "author_association": rng.choice(["MEMBER", "CONTRIBUTOR", "COLLABORATOR"]),
            "line": rng.randint(3, 60), "side": "RIGHT"})
    lines = json.dumps(comments, indent=2).split("\n")
    return rng.choice(["pr-%d-comments.json" % pr, "review/pr-%d-comments.json" % pr,
                       "exports/github/pulls/%d/comments.json" % pr]), "pr-comments-json", lines


def c_mr_discussion(rng, label, doc, sec):
    slot = pos_slot(rng, doc, sec) if label == "pos" else neg_entry(rng, doc)
    quoted = "\n".join(slot_lines(doc, slot))
    ext = {"py": "python", "js": "javascript", "yaml": "yaml", "json": "json", "sh": "shell", "env": "dotenv",
           "toml": "toml", "ini": "ini", "rb": "ruby", "go": "go"}[doc["lang"]]
    if label == "pos":
        body = rng.choice(["This was pushed in plain text:\n\n```%s\n%s\n```\n\nPlease revoke it and use a masked CI/CD variable.",
                           "```%s\n%s\n```\n\n@security can you confirm whether this one is still valid?"]) % (ext, quoted)
    else:
        body = rng.choice(["```suggestion:-0+0\n%s\n```" % quoted,
                           "Resolved by reading from the protected variable:\n\n```%s\n%s\n```" % (ext, quoted)])
    base, head = rsha(rng), rsha(rng)
    notes = []
    for k in range(rng.randint(1, 3)):
        f, l, full, email = person(rng)
        _ca = iso_date(rng)
        notes.append({"id": int(_digits(rng, 9)), "type": "DiffNote",
                      "body": body if k == 0 else rng.choice(["Fixed in the latest push.", "Thanks, resolving.", "+1"]),
                      "attachment": None,
                      "author": {"id": int(_digits(rng, 7)), "username": "%s.%s" % (f, l), "name": full,
                                 "state": "active", "web_url": "https://gitlab.com/%s.%s" % (f, l)},
                      "created_at": _ca, "updated_at": _ca, "system": False,
                      "noteable_id": int(_digits(rng, 9)), "noteable_type": "MergeRequest",
                      "noteable_iid": rng.randint(10, 900),
                      "position": {"base_sha": base, "start_sha": base, "head_sha": head,
                                   "old_path": doc["path"], "new_path": doc["path"], "position_type": "text",
                                   "old_line": None, "new_line": rng.randint(3, 40)},
                      "resolvable": True, "resolved": k > 0})
    disc = [{"id": rsha(rng), "individual_note": False, "notes": notes}]
    if rng.random() < 0.5:
        f, l, full, email = person(rng)
        disc.insert(0, {"id": rsha(rng), "individual_note": True, "notes": [{
            "id": int(_digits(rng, 9)), "type": None, "body": "added %d commits" % rng.randint(1, 5),
            "author": {"username": "%s.%s" % (f, l), "name": full}, "created_at": iso_date(rng),
            "system": True, "noteable_type": "MergeRequest"}]})
    return rng.choice(["mr-discussion.json", "mr-%d-discussions.json" % rng.randint(10, 900),
                       "exports/gitlab/mr_%d_discussions.json" % rng.randint(10, 900)]), "mr-discussion-json", \
        json.dumps(disc, indent=2).split("\n")


def c_gerrit(rng, label, doc, sec):
    slot = pos_slot(rng, doc, sec) if label == "pos" else neg_entry(rng, doc)
    quoted = slot_lines(doc, slot)
    f, l, full, email = person(rng)
    cid = "I" + rsha(rng)
    proj = "%s/%s" % (rng.choice(ORGS), rng.choice(REPOS))
    rev = rsha(rng)
    subj = subject(rng, doc)
    msg_q = "\n".join("> " + q for q in quoted)
    if label == "pos":
        review = "Patch Set 2: Code-Review-2\n\n(1 comment)\n\nFile %s:\n\nLine %d:\n%s\n\nCredential committed in clear text, please remove and rotate." % (
            doc["path"], rng.randint(4, 40), msg_q)
    else:
        review = "Patch Set 3: Code-Review+2\n\n(1 comment)\n\nFile %s:\n\nLine %d:\n%s\n\nDone, thanks." % (
            doc["path"], rng.randint(4, 40), msg_q)
    ch = {"id": "%s~master~%s" % (proj.replace("/", "%2F"), cid), "project": proj, "branch": "master",
          "change_id": cid, "subject": subj, "status": rng.choice(["NEW", "MERGED"]),
          "created": "2024-0%d-1%d 09:%02d:11.000000000" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 59)),
          "insertions": rng.randint(1, 40), "deletions": rng.randint(0, 10), "_number": rng.randint(1000, 99999),
          "owner": {"_account_id": int(_digits(rng, 7)), "name": full, "email": email},
          "current_revision": rev,
          "revisions": {rev: {"kind": "REWORK", "_number": 3, "ref": "refs/changes/%02d/%d/3" % (rng.randint(1, 99), rng.randint(1000, 99999)),
                              "commit": {"parents": [{"commit": rsha(rng), "subject": "Merge \"Update deps\""}],
                                         "subject": subj, "message": "%s\n\nChange-Id: %s\nSigned-off-by: %s <%s>\n" % (subj, cid, full, email)}}},
          "messages": [{"id": rsha(rng), "author": {"_account_id": int(_digits(rng, 7))},
                        "date": "2024-03-0%d 10:%02d:00.000000000" % (rng.randint(1, 9), rng.randint(0, 59)),
                        "message": "Uploaded patch set 1.", "_revision_number": 1},
                       {"id": rsha(rng), "author": {"_account_id": int(_digits(rng, 7))},
                        "date": "2024-03-1%d 11:%02d:00.000000000" % (rng.randint(0, 9), rng.randint(0, 59)),
                        "message": review, "_revision_number": 2}]}
    return rng.choice(["gerrit-change.json", "gerrit/change-%d.json" % ch["_number"]]), "gerrit-change-json", \
        [")]}'"] + json.dumps(ch, indent=2).split("\n")


def c_incident(rng, label, doc, sec):
    f, l, full, email = person(rng)
    sha = rsha(rng)
    if label == "pos":
        old, new, nf = versions(rng, doc, label, sec)
    else:
        # the pasted commit is either the fix (placeholder -> reference) or redacted by the author
        a = neg_entry(rng, doc)
        b = slot_entry(doc, "ref", ref_expr(rng, doc["lang"], doc["var"], doc.get("ci") or ""))
        old, new, nf = (a, b, False) if rng.random() < 0.6 else (None, a, False)
    d = diff_for(rng, doc, old, new, nf)
    date = git_date(rng).replace(",", "")
    prov = prov_label(doc.get("cat"))
    L = ["# Incident %d-%02d-%02d: %s credential exposure in `%s`" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28), prov, doc["path"]),
         "", "**Status:** %s  " % rng.choice(["resolved", "monitoring", "post-mortem pending"]),
         "**Severity:** %s  " % rng.choice(["SEV-2", "SEV-3", "P2"]), "**Owner:** @%s" % f, "",
         "## Summary", "",
         "A commit pushed to `%s` touched `%s`. Secret scanning %s." % (rng.choice(["main", "release/2.4", "develop"]), doc["path"],
                                                                   rng.choice(["alerted 14 minutes later", "did not alert", "alerted on the mirror only"])),
         "", "## Timeline (UTC)", "",
         "- %02d:%02d push of `%s`" % (rng.randint(6, 12), rng.randint(0, 59), sha[:10]),
         "- %02d:%02d on-call paged" % (rng.randint(12, 16), rng.randint(0, 59)),
         "- %02d:%02d %s" % (rng.randint(16, 20), rng.randint(0, 59), rng.choice(["history rewritten with git filter-repo", "force-push blocked, revert merged instead"])),
         "", "## Offending commit", "", "```", "$ git log -p -1 %s" % sha[:10], "commit %s" % sha,
         "Author: %s <%s>" % (full, email), "Date:   %s" % date, "", "    %s" % subject(rng, doc), ""] + d + ["```", ""]
    if label == "pos":
        L += ["## Follow-ups", "", "- [ ] rotate the credential shown above", "- [ ] add pre-commit hook to the template repo"]
    else:
        L += ["## Follow-ups", "", "- [x] credential rotated (old value redacted here on purpose)",
              "- [ ] enable push protection for `%s`" % rng.choice(ORGS)]
    return rng.choice(["incident-notes.md", "docs/incidents/%s.md" % sha[:8], "postmortems/incident-notes.md",
                       "notes/incident-%d.md" % rng.randint(100, 999)]), "incident-notes-md", L


def c_blame(rng, label, doc, sec):
    slot = pos_slot(rng, doc, sec) if label == "pos" else neg_entry(rng, doc)
    lines = render_any(doc, slot)
    authors = [person(rng)[2] for _ in range(rng.randint(2, 4))]
    commits = [(rsha(rng, 8), rng.choice(authors), "%d-%02d-%02d %02d:%02d:%02d %s" % (
        rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
        rng.randint(0, 59), rng.choice(["+0100", "+0200", "-0400"]))) for _ in range(rng.randint(2, 5))]
    w = max(len(a) for a in authors)
    out = []
    for i, ln in enumerate(lines, 1):
        sh, au, dt = rng.choice(commits)
        b = "^" + sh[:7] if sh == commits[0][0] else sh
        out.append("%s (%s %s %*d) %s" % (b, au.ljust(w), dt, len(str(len(lines))), i, ln))
    return rng.choice(["blame.txt", "%s.blame.txt" % doc["path"].split("/")[-1], "tmp/blame.txt"]), "blame-txt", out


def c_changelog(rng, label, doc, sec):
    slot = pos_slot(rng, doc, sec) if label == "pos" else neg_entry(rng, doc)
    q = slot_lines(doc, slot)
    ver = "%d.%d.0" % (rng.randint(1, 5), rng.randint(0, 30))
    lang_tag = {"env": "dotenv", "sh": "bash", "yaml": "yaml", "py": "python", "js": "js", "json": "json",
                "toml": "toml", "ini": "ini", "rb": "ruby", "go": "go"}[doc["lang"]]
    L = ["# Changelog", "", "All notable changes to this project are documented here.", "",
         "## [%s] - %d-%02d-%02d" % (ver, rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)), "",
         "### Added", "", "- %s (#%d, %s)" % (subject(rng, doc), rng.randint(100, 4000), rsha(rng, 7)),
         "  Configure it in `%s`:" % doc["path"], "", "  ```%s" % lang_tag] + ["  " + x for x in q] + ["  ```", "",
         "### Fixed", "", "- Retry on HTTP 429 with jitter (#%d)" % rng.randint(100, 4000),
         "- Correct timezone handling in nightly export ([%s](https://github.com/%s/%s/commit/%s))" % (
             rsha(rng, 7), rng.choice(ORGS), rng.choice(REPOS), rsha(rng)), ""]
    return rng.choice(["CHANGELOG.md", "docs/CHANGELOG.md"]), "changelog-md", L


def c_ci_diff(rng, label, cat, sec, var, kind):
    doc = make_ci_doc(rng, kind, cat, var)
    old, new, nf = versions(rng, doc, label, sec)
    if nf:
        nf = False
        old = None
    d = diff_for(rng, doc, old, new, nf)
    slug = "workflow" if kind == "workflow" else "gitlab-ci"
    path = rng.choice(["%s.patch" % slug, "patches/0001-ci-%s.patch" % rng.choice(["publish-step", "deploy-env", "notify"]),
                       "ci-change.diff"])
    if path.startswith("patches/0001"):
        f, l, full, email = person(rng)
        d = ["From %s Mon Sep 17 00:00:00 2001" % rsha(rng), "From: %s <%s>" % (full, email), "Date: %s" % git_date(rng),
             "Subject: [PATCH] ci: %s" % rng.choice(["add publish step", "pass deploy env", "notify on failure"]), "",
             "---"] + d + ["-- ", "2.44.0", ""]
    return path, "%s-diff" % slug, d


def c_husky(rng, label, cat, sec, var):
    hook = rng.choice(["pre-commit", "pre-push", "post-merge"])
    L = ["#!/usr/bin/env sh", '. "$(dirname -- "$0")/_/husky.sh"', ""]
    if hook == "pre-commit":
        L += ["npx lint-staged", "npm run -s typecheck"]
    elif hook == "pre-push":
        L += ['branch="$(git rev-parse --abbrev-ref HEAD)"', 'npm test -- --watch=false']
    else:
        L += ["changed() { git diff --name-only HEAD@{1} HEAD | grep -q \"$1\"; }", 'changed package-lock.json && npm ci']
    L.append("")
    if label == "pos":
        v = sec["value"]
        if cat["kind"] == "webhook_url":
            L += ['curl -fsS -X POST -H "Content-type: application/json" \\',
                  '  --data "{\\"text\\":\\"%s by $(git config user.name)\\"}" \\' % hook, "  %s >/dev/null || true" % v]
        elif rng.random() < 0.5:
            L += ['%s="%s"' % (var, v), 'npx --yes @%s/audit-cli --token "$%s" --fail-on high' % (rng.choice(ORGS), var)]
        else:
            L += ["# TODO(%s): move to CI" % rng.choice(FIRST), "./scripts/check-licenses.sh %s" % v]
    else:
        k = rng.random()
        if k < 0.4:
            L += ['if git diff --cached -U0 | grep -E "^\\+.*(ghp_[A-Za-z0-9]{36}|AKIA[0-9A-Z]{16}|xox[bp]-[0-9-]+)"; then',
                  '  echo "Possible credential in staged changes, aborting." >&2', "  exit 1", "fi"]
        elif k < 0.7:
            L += [': "${%s:?export %s before pushing (see docs/setup.md)}"' % (var, var),
                  'npx --yes @%s/audit-cli --token "$%s" --fail-on high' % (rng.choice(ORGS), var)]
        else:
            L += ['%s="$(security find-generic-password -s %s -w 2>/dev/null || true)"' % (var, var.lower()),
                  '[ -n "$%s" ] && ./scripts/check-licenses.sh "$%s"' % (var, var)]
    L += ["", 'echo "husky %s: ok"' % hook]
    return ".husky/" + hook, "husky-hook", L


def c_precommit(rng, label, cat, sec, var):
    def rev():
        return rng.choice(["v4.6.0", "v4.5.0", "24.4.2", "%s  # frozen: v%d.%d.%d" % (rsha(rng), rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 9))])
    L = ["# See https://pre-commit.com for more information", "default_install_hook_types: [pre-commit, pre-push]",
         "repos:", "  - repo: https://github.com/pre-commit/pre-commit-hooks", "    rev: %s" % rev(), "    hooks:",
         "      - id: trailing-whitespace", "      - id: end-of-file-fixer", "      - id: check-yaml",
         "      - id: check-added-large-files", "        args: [\"--maxkb=512\"]", "      - id: detect-private-key",
         "  - repo: https://github.com/astral-sh/ruff-pre-commit", "    rev: %s" % rev(), "    hooks:",
         "      - id: ruff", "        args: [--fix]", "      - id: ruff-format", "  - repo: local", "    hooks:"]
    hid = rng.choice(["sonar-quality-gate", "notify-chat", "license-check", "schema-sync"])
    L += ["      - id: %s" % hid, "        name: %s" % hid.replace("-", " "), "        language: system",
          "        pass_filenames: false", "        stages: [pre-push]"]
    if label == "pos":
        v = sec["value"]
        if rng.random() < 0.5:
            L += ["        entry: env %s=%s ./scripts/%s.sh" % (var, v, hid)]
        else:
            L += ["        entry: ./scripts/%s.sh" % hid, "        args: [\"--token\", \"%s\"]" % v]
    else:
        L += [rng.choice(["        entry: bash -c './scripts/%s.sh --token \"${%s:?}\"'" % (hid, var),
                          "        entry: ./scripts/%s.sh" % hid,
                          "        entry: env %s=${%s} ./scripts/%s.sh" % (var, var, hid)])]
    return ".pre-commit-config.yaml", "pre-commit-config", L


def _git_user(rng, cat, uname):
    host, users = cat["git"]
    org = rng.choice(ORGS)
    u = rng.choice(users).format(user=uname, email="%s%%40%s.com" % (uname, org.split("-")[0]))
    if "%d" in u:
        u = u % rng.randint(10000, 999999)
    if cat["provider"] == "azure_devops" and u == "{user}":
        u = org
    return host.format(org=org.split("-")[0]), u, org


def _gitconfig_head(rng):
    f, l, full, email = person(rng)
    L = ["[user]", "\tname = %s" % full, "\temail = %s" % email]
    if rng.random() < 0.5:
        L += ["\tsigningkey = %s" % rstr(rng, UHEX, 16)]
    L += ["[core]", "\teditor = %s" % rng.choice(["vim", "nvim", "code --wait"]), "\tautocrlf = input",
          "\texcludesfile = ~/.gitignore_global", "[init]", "\tdefaultBranch = main", "[pull]", "\trebase = true",
          "[fetch]", "\tprune = true"]
    if rng.random() < 0.5:
        L += ["[commit]", "\tgpgsign = true"]
    return L, f


def _gitconfig_tail(rng):
    return ["[alias]", "\tco = checkout", "\tst = status -sb", "\tlg = log --graph --oneline --decorate --all",
            "\tundo = reset --soft HEAD~1", "[diff]", "\tcolorMoved = zebra"]


def c_gitconfig_url(rng, label, cat, sec, var):
    L, f = _gitconfig_head(rng)
    if label == "pos":
        host, u, org = _git_user(rng, cat, f)
        path = "/" if host != "dev.azure.com" else "/%s/" % org
        L += ['[url "https://%s:%s@%s%s"]' % (u, sec["value"], host, path), "\tinsteadOf = https://%s%s" % (host, path)]
    else:
        L += rng.choice([['[url "git@github.com:"]', "\tinsteadOf = https://github.com/"],
                         ['[url "ssh://git@gitlab.com/"]', "\tpushInsteadOf = https://gitlab.com/"],
                         ["[credential]", "\thelper = %s" % rng.choice(["osxkeychain", "manager", "cache --timeout=3600", "/usr/local/share/gcm-core/git-credential-manager"]),
                          '[credential "https://dev.azure.com"]', "\tuseHttpPath = true"],
                         ['[url "https://github.com/%s/"]' % rng.choice(ORGS), "\tinsteadOf = gh:"]])
    L += _gitconfig_tail(rng)
    return rng.choice([".gitconfig", "dotfiles/.gitconfig", "home/.gitconfig", "ci/gitconfig"]), "gitconfig", L


def c_gitconfig_extraheader(rng, label, cat, sec, var):
    L, f = _gitconfig_head(rng)
    needle = None
    if label == "pos":
        if cat["provider"] == "azure_devops":
            raw = rng.choice([":", "pat:", "%s:" % f]) + sec["value"]
            host = "https://dev.azure.com/%s/" % rng.choice(ORGS)
            scheme = rng.choice(["Basic", "basic"])
        else:
            raw = "x-access-token:" + sec["value"]
            host = "https://github.com/"
            scheme = rng.choice(["basic", "Basic"])
        needle = base64.b64encode(raw.encode()).decode()
        L += ['[http "%s"]' % host, "\textraheader = AUTHORIZATION: %s %s" % (scheme, needle)]
    else:
        L += rng.choice([['[http "https://github.com/"]', "\textraheader = AUTHORIZATION: basic ${GITHUB_TOKEN}"],
                         ['[http "https://github.com/"]', "\textraheader = AUTHORIZATION: bearer $SYSTEM_ACCESSTOKEN"],
                         ["[http]", "\tsslVerify = true", "\tpostBuffer = 524288000"],
                         ['[http "https://dev.azure.com/"]', "\textraheader = AUTHORIZATION: Basic <base64 of :PAT>"]])
    L += _gitconfig_tail(rng)
    if label == "pos" and rng.random() < 0.35:
        # same header used from a CI script instead of a config file
        h = L[-8] if False else None
        script = ["#!/usr/bin/env bash", "set -euo pipefail", "# checkout private submodules on the build agent",
                  'git -c http.extraheader="AUTHORIZATION: %s %s" \\' % (scheme, needle),
                  "  submodule update --init --recursive", "", "git log -1 --format=%H"]
        return rng.choice(["ci/checkout-submodules.sh", "scripts/ci-checkout.sh"]), "extraheader-script", script, needle
    return rng.choice([".gitconfig", "ci/gitconfig", "build/.gitconfig"]), "gitconfig", L, needle


def c_gitconfig_bearer(rng, label, cat, sec, var):
    L, f = _gitconfig_head(rng)
    L += ['[http "https://github.com/"]', "\textraheader = Authorization: Bearer %s" % sec["value"]]
    L += _gitconfig_tail(rng)
    return rng.choice([".gitconfig", "ci/gitconfig"]), "gitconfig", L


def c_git_credentials_script(rng, label, cat, sec, var):
    f = rng.choice(FIRST)
    if label == "pos":
        host, u, org = _git_user(rng, cat, f)
        cred = "https://%s:%s@%s" % (u, sec["value"], host)
    else:
        cred = rng.choice(["https://x-access-token:${GITHUB_TOKEN}@github.com", "https://oauth2:${CI_JOB_TOKEN}@gitlab.com",
                           "https://%s:${BITBUCKET_APP_PASSWORD}@bitbucket.org" % f,
                           "https://<username>:<personal-access-token>@github.com"])
    if rng.random() < 0.5:
        L = ["#!/usr/bin/env bash", "# Bootstrap a fresh build agent", "set -euo pipefail", "",
             "git config --global credential.helper store",
             "cat > \"$HOME/.git-credentials\" <<%s" % ("'EOF'" if "${" not in cred else "EOF"), cred, "EOF",
             'chmod 600 "$HOME/.git-credentials"', "",
             "git clone --depth 1 https://%s/%s/%s.git src" % ("github.com", rng.choice(ORGS), rng.choice(REPOS))]
        return rng.choice(["scripts/bootstrap-agent.sh", "ci/setup-git.sh", "provision/git.sh"]), "git-credentials-script", L
    L = ["FROM node:20-bookworm-slim AS build", "WORKDIR /src", "RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates \\",
         "    && rm -rf /var/lib/apt/lists/*"]
    if label == "neg" and rng.random() < 0.5:
        L += ["RUN --mount=type=secret,id=gitcreds,target=/root/.git-credentials \\",
              "    git config --global credential.helper store && \\", "    npm ci"]
    else:
        L += ["ARG GITHUB_TOKEN" if "GITHUB_TOKEN" in cred else "# private deps",
              'RUN git config --global credential.helper store \\', '    && echo "%s" > /root/.git-credentials' % cred, "COPY package*.json ./", "RUN npm ci"]
    L += ["COPY . .", "RUN npm run build", "", "FROM node:20-bookworm-slim", "COPY --from=build /src/dist /app", 'CMD ["node", "/app/index.js"]']
    return rng.choice(["Dockerfile", "docker/build.Dockerfile"]), "dockerfile-git-credentials", L


def c_gitmodules(rng, label, cat, sec, var):
    org = rng.choice(ORGS)
    names = rng.sample(["vendor/protos", "third_party/sdk", "docs/theme", "infra/modules", "tools/lint-config", "assets/fonts"], rng.randint(2, 4))
    k = rng.randrange(len(names))
    L = []
    for i, n in enumerate(names):
        repo = n.split("/")[-1]
        if label == "pos" and i == k:
            host, u, o2 = _git_user(rng, cat, rng.choice(FIRST))
            url = "https://%s:%s@%s/%s/%s.git" % (u, sec["value"], host, org, repo)
        else:
            url = rng.choice(["https://github.com/%s/%s.git" % (org, repo), "git@gitlab.com:%s/%s.git" % (org, repo),
                              "../%s.git" % repo, "https://gitlab.com/%s/%s.git" % (org, repo)])
        L += ['[submodule "%s"]' % n, "\tpath = %s" % n, "\turl = %s" % url]
        if rng.random() < 0.4:
            L.append("\tbranch = %s" % rng.choice(["main", "stable", "v2"]))
    return ".gitmodules", "gitmodules", L


def c_remote_output(rng, label, cat, sec, var):
    org, repo = rng.choice(ORGS), rng.choice(REPOS)
    L = ["Support ticket #%d - push to mirror fails" % rng.randint(10000, 99999), "", "Output from the build agent:", "",
         "$ git --version", "git version 2.%d.%d" % (rng.randint(39, 47), rng.randint(0, 2)), "$ git remote",
         "origin", "mirror"]
    if label == "pos":
        host, u, o2 = _git_user(rng, cat, rng.choice(FIRST))
        L += ["$ git config --get remote.mirror.url", "https://%s:%s@%s/%s/%s.git" % (u, sec["value"], host, org, repo)]
    else:
        L += ["$ git remote -v", "origin\tgit@github.com:%s/%s.git (fetch)" % (org, repo),
              "origin\tgit@github.com:%s/%s.git (push)" % (org, repo),
              "mirror\thttps://gitlab.com/%s/%s.git (fetch)" % (org, repo),
              "mirror\thttps://gitlab.com/%s/%s.git (push)" % (org, repo)]
    L += ["$ git push mirror main", "remote: HTTP Basic: Access denied. The provided password or token is incorrect or it has expired.",
          "fatal: Authentication failed for 'https://gitlab.com/%s/%s.git/'" % (org, repo), "",
          "HEAD is %s, branch main is %d commits ahead of mirror/main." % (rsha(rng), rng.randint(1, 30))]
    return rng.choice(["support/ticket-remote.txt", "notes/git-remote-output.txt", "debug/push-failure.md"]), "remote-output", L


def _svn_entry(k, v):
    return ["K %d" % len(k), k, "V %d" % len(v.encode()), v]


def c_svn_simple(rng, label, cat, sec, var):
    org = rng.choice(ORGS).split("-")[0]
    realm = "<https://svn.%s.com:443> %s" % (org, rng.choice(["Subversion Repository", "%s SVN" % org.capitalize(), "Authorization Realm"]))
    user = rng.choice(FIRST) + rng.choice(["", ".%s" % rng.choice(LAST)])
    if label == "pos":
        L = _svn_entry("passtype", "simple") + _svn_entry("password", sec["value"])
    else:
        L = _svn_entry("passtype", rng.choice(["gnome-keyring", "kwallet", "keychain", "gpg-agent", "wincrypt"]))
    L += _svn_entry("svn:realmstring", realm) + _svn_entry("username", user) + ["END"]
    name = hashlib.md5(realm.encode()).hexdigest()
    return rng.choice(["dotfiles/subversion/auth/svn.simple/", ".subversion/auth/svn.simple/", "home/.subversion/auth/svn.simple/"]) + name, "svn-auth", L


def c_hgrc(rng, label, cat, sec, var):
    f, l, full, email = person(rng)
    org = rng.choice(ORGS)
    L = ["[ui]", "username = %s <%s>" % (full, email), "editor = vim", "merge = internal:merge3", "", "[extensions]",
         "rebase =", "histedit =", "evolve ="]
    if label == "neg":
        L += ["mercurial_keyring ="]
    L += ["", "[auth]", "%s.prefix = https://%s" % (org.split("-")[0], rng.choice(["bitbucket.org/%s" % org, "hg.%s.com" % org.split("-")[0]])),
          "%s.username = %s" % (org.split("-")[0], f)]
    if label == "pos":
        L += ["%s.password = %s" % (org.split("-")[0], sec["value"])]
    L += ["", "[paths]", "default = https://hg.%s.com/%s" % (org.split("-")[0], rng.choice(REPOS)), "", "[diff]", "git = True"]
    return rng.choice([".hgrc", "hgrc", "dotfiles/.hgrc", "config/hgrc"]), "hgrc", L


def c_p4config(rng, label, cat, sec, var):
    f = rng.choice(FIRST)
    org = rng.choice(ORGS).split("-")[0]
    L = ["# Perforce settings for this workspace (picked up via P4CONFIG=.p4config)",
         "P4PORT=ssl:perforce.%s.com:1666" % org, "P4USER=%s" % f, "P4CLIENT=%s-%s-main" % (f, rng.choice(["ws", "laptop", "build"])),
         "P4CHARSET=utf8", "P4IGNORE=.p4ignore"]
    if label == "pos":
        L.insert(rng.randint(3, len(L)), "P4PASSWD=%s" % sec["value"])
    else:
        L += [rng.choice(["P4TICKETS=$HOME/.p4tickets", "P4TRUST=$HOME/.p4trust", "P4LOGINSSO=/usr/local/bin/p4-sso-helper"])]
    L += ["P4EDITOR=code --wait", "P4DIFF=diff -u"]
    return rng.choice([".p4config", "p4config.txt", "tools/perforce/.p4config"]), "p4config", L


def c_p4_transcript(rng, label, cat, sec, var):
    f = rng.choice(FIRST)
    org = rng.choice(ORGS).split("-")[0]
    L = ["Build agent bootstrap log", "", "$ p4 set", "P4CLIENT=build-%s-%d (config)" % (org, rng.randint(1, 9)),
         "P4PORT=ssl:perforce.%s.com:1666 (config)" % org, "P4USER=%s (config)" % f]
    if label == "pos":
        L += ["$ p4 login -p", "Enter password: ", sec["value"]]
    else:
        L += ["$ p4 login -s", "User %s ticket expires in %d hours %d minutes." % (f, rng.randint(1, 12), rng.randint(0, 59))]
    for _ in range(rng.randint(2, 4)):
        L += ["Change %d on %d/%02d/%02d by %s@%s-ws '%s'" % (rng.randint(100000, 999999), rng.randint(2022, 2025), rng.randint(1, 12),
                                                           rng.randint(1, 28), rng.choice(FIRST), rng.choice(FIRST), rng.choice(["Fix shader cache", "Update build scripts", "Bump engine version", "Add localisation strings"]))]
    L.insert(len(L) - 2, "$ p4 changes -m3 //depot/main/...")
    L += ["$ p4 sync -q //depot/main/...@%d" % rng.randint(100000, 999999)]
    return rng.choice(["logs/p4-bootstrap.log", "ci/p4-session.txt"]), "p4-transcript", L


def c_bzr_auth(rng, label, cat, sec, var):
    f = rng.choice(FIRST)
    L = ["# ~/.config/breezy/authentication.conf", "", "[launchpad]", "scheme = https", "host = bazaar.launchpad.net", "user = %s" % f]
    org = rng.choice(ORGS).split("-")[0]
    L += ["", "[%s-bzr]" % org, "scheme = https", "host = bzr.%s.com" % org, "user = %s" % f]
    if label == "pos":
        L += ["password = %s" % sec["value"]]
    L += ["", "[ssh-default]", "scheme = ssh", "user = %s" % f, "# password prompts handled by ssh-agent"]
    return rng.choice(["dotfiles/bazaar/authentication.conf", ".bazaar/authentication.conf", "config/breezy/authentication.conf"]), "bzr-auth", L


def c_fossil_script(rng, label, cat, sec, var):
    f = rng.choice(FIRST)
    org = rng.choice(ORGS).split("-")[0]
    repo = rng.choice(REPOS)
    url = "https://%s:%s@fossil.%s.org/%s" % (f, sec["value"], org, repo) if label == "pos" else \
        rng.choice(["https://%s@fossil.%s.org/%s" % (f, org, repo), "https://fossil.%s.org/%s" % (org, repo)])
    L = ["#!/bin/sh", "# Nightly mirror of the fossil repository into git", "set -eu", "cd /srv/mirror", "",
         "if [ ! -f %s.fossil ]; then" % repo, "  fossil clone %s %s.fossil" % (url, repo), "fi",
         "fossil pull -R %s.fossil" % repo, "fossil export --git %s.fossil | git fast-import --force" % repo, "git push --mirror origin"]
    return rng.choice(["scripts/fossil-mirror.sh", "ops/mirror-fossil.sh"]), "fossil-script", L


def c_gitcrypt_script(rng, label, cat, sec, var):
    if label == "neg" or var not in ("GIT_CRYPT_KEY", "GITCRYPT_KEY_B64", "KEY_B64", "UNLOCK_KEY", "CRYPT_KEY"):
        var = rng.choice(["GIT_CRYPT_KEY", "GITCRYPT_KEY_B64"])
    if rng.random() < 0.5:
        v = sec["value"] if label == "pos" else '"${{ secrets.GIT_CRYPT_KEY }}"'
        L = ["name: Deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
             "    steps:", "      - uses: actions/checkout@%s # v4" % rsha(rng), "      - name: Unlock secrets",
             "        env:", "          %s: %s" % (var, v), "        run: |", "          sudo apt-get install -y git-crypt",
             '          echo "$%s" | base64 -d > /tmp/git-crypt.key' % var, "          git-crypt unlock /tmp/git-crypt.key",
             "          rm -f /tmp/git-crypt.key", "      - run: ./deploy.sh"]
        return rng.choice([".github/workflows/deploy.yml", ".github/workflows/unlock.yml"]), "workflow-yaml", L
    v = sec["value"] if label == "pos" else "${GIT_CRYPT_KEY:?}"
    L = ["#!/usr/bin/env bash", "# Unlock git-crypt protected files on a fresh clone", "set -euo pipefail", "",
         'keyfile="$(mktemp)"', 'trap \'rm -f "$keyfile"\' EXIT', 'echo "%s" | base64 -d > "$keyfile"' % v,
         'git-crypt unlock "$keyfile"', "git-crypt status -e | head"]
    return rng.choice(["scripts/unlock.sh", "bin/git-crypt-unlock"]), "git-crypt-script", L


def c_transcrypt_config(rng, label, cat, sec, var):
    if rng.random() < 0.5:
        L = ["[core]", "\trepositoryformatversion = 0", "\tfilemode = true", "\tbare = false", "[transcrypt]",
             "\tversion = 2.2.%d" % rng.randint(0, 3), "\tcipher = aes-256-cbc"]
        if label == "pos":
            L += ["\tpassword = %s" % sec["value"]]
        L += ["\topenssl-path = openssl", '[filter "crypt"]', '\tclean = \\"$(git config transcrypt.crypt-dir 2>/dev/null || printf \'%s/crypt\' \\"$(git rev-parse --git-dir)\\")\\"/clean %f',
              "\trequired = true", '[diff "crypt"]', "\ttextconv = cat", '[remote "origin"]',
              "\turl = git@github.com:%s/%s.git" % (rng.choice(ORGS), rng.choice(REPOS)), "\tfetch = +refs/heads/*:refs/remotes/origin/*"]
        return rng.choice(["docs/git-config.example", "backup/repo.gitconfig"]), "transcrypt-config", L
    p = ("'%s'" % sec["value"]) if label == "pos" else '"$TRANSCRYPT_PASSWORD"'
    L = ["#!/usr/bin/env bash", "# Initialise transcrypt after cloning (see docs/secrets.md)", "set -euo pipefail",
         "command -v transcrypt >/dev/null || brew install transcrypt", "",
         "transcrypt -c aes-256-cbc -p %s --yes" % p, "transcrypt --display | head -n 6"]
    return rng.choice(["scripts/setup-transcrypt.sh", "bin/decrypt-setup"]), "transcrypt-script", L


# ------------------------------------------------- negative-only artefacts --
def pgp_sig_lines(rng, prefix=""):
    body = base64.b64encode(b"\x89\x02\x33\x04\x00\x01\x08\x00\x1d\x16\x21\x04" + rbytes(rng, rng.choice([530, 560]))).decode()
    if rng.random() < 0.4:
        body = base64.b64encode(b"\x88\x75\x04\x00\x16\x0a\x00\x1d\x16\x21\x04" + rbytes(rng, 105)).decode()
    out = ["-----BEGIN PGP SIGNATURE-----", ""] + _wrap64(body) + ["=" + rstr(rng, B64, 4), "-----END PGP SIGNATURE-----"]
    return [prefix + l if i else l for i, l in enumerate(out)]


def n_gitattributes(rng):
    L = ["# Normalise line endings", "* text=auto eol=lf", "*.bat text eol=crlf", "*.sh text eol=lf", "",
         "# Large binaries live in LFS", "*.psd filter=lfs diff=lfs merge=lfs -text", "*.png filter=lfs diff=lfs merge=lfs -text",
         "*.onnx filter=lfs diff=lfs merge=lfs -text", "", "# Encrypted at rest"]
    L += rng.sample(["secrets/** filter=git-crypt diff=git-crypt", "*.env.enc filter=git-crypt diff=git-crypt",
                     "config/credentials.yml filter=crypt diff=crypt merge=crypt",
                     ".env.production filter=git-crypt diff=git-crypt", "*.key filter=git-crypt diff=git-crypt"], 3)
    L += ["", "CHANGELOG.md merge=union", "package-lock.json -diff linguist-generated=true"]
    return ".gitattributes", "gitattributes", L


def n_codeowners(rng):
    org = rng.choice(ORGS)
    L = ["# Each line is a file pattern followed by one or more owners.", "*       @%s/platform" % org, "",
         "/.github/            @%s/devops" % org, "/.gitlab-ci.yml      @%s/devops" % org,
         "/config/secrets/     @%s/security @%s" % (org, rng.choice(FIRST)),
         "/infra/terraform/    @%s/sre" % org, "*.tf                 @%s/sre" % org,
         "/docs/               @%s/docs %s.%s@%s.com" % (org, rng.choice(FIRST), rng.choice(LAST), org.split("-")[0]),
         "/src/payments/       @%s" % rng.choice(FIRST)]
    return rng.choice(["CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS"]), "codeowners", L


def n_lfs_diff(rng):
    path = rng.choice(["models/encoder.onnx", "assets/hero.psd", "data/fixtures/sample.parquet"])
    old = ["version https://git-lfs.github.com/spec/v1", "oid sha256:" + rsha(rng, 64), "size %d" % rng.randint(10 ** 5, 10 ** 9)]
    new = [old[0], "oid sha256:" + rsha(rng, 64), "size %d" % rng.randint(10 ** 5, 10 ** 9)]
    d = unified(rng, old, new, path)
    return rng.choice(["lfs-update.diff", "patches/update-%s.patch" % path.split("/")[-1].split(".")[0]]), "lfs-pointer-diff", d


def n_ls_tree(rng):
    files = [".gitattributes", ".gitignore", ".gitmodules", "CODEOWNERS", "Makefile", "README.md", "config/.env.example",
             "config/settings.yml", "secrets/prod.env.enc", "src/main.py", "src/config.py", "tests/test_config.py", "vendor/protos"]
    L = ["$ git ls-tree -r --abbrev=%s HEAD" % rng.choice(["40", "12"]) if False else "$ git ls-tree -r HEAD"]
    for f in sorted(rng.sample(files, rng.randint(7, len(files)))):
        if f == "vendor/protos":
            L.append("160000 commit %s\t%s" % (rsha(rng), f))
        else:
            L.append("%s blob %s\t%s" % (rng.choice(["100644", "100644", "100755"]), rsha(rng), f))
    return rng.choice(["notes/tree-listing.txt", "debug/ls-tree.txt"]), "ls-tree-txt", L


def n_catfile(rng):
    f, l, full, email = person(rng)
    ts = rng.randint(1640000000, 1735000000)
    L = ["$ git cat-file -p HEAD", "tree %s" % rsha(rng), "parent %s" % rsha(rng),
         "author %s <%s> %d +0100" % (full, email, ts), "committer %s <%s> %d +0100" % (full, email, ts + 42)]
    sig = pgp_sig_lines(rng, " ")
    L += ["gpgsig " + sig[0]] + sig[1:]
    L += ["", "Rotate deploy credentials (values now come from Vault)", "", "Change-Id: I%s" % rsha(rng),
          "Signed-off-by: %s <%s>" % (full, email)]
    return rng.choice(["debug/signed-commit.txt", "docs/verify-signatures.md"]), "git-cat-file", L


def n_signed_tag(rng):
    f, l, full, email = person(rng)
    L = ["object %s" % rsha(rng), "type commit", "tag v%d.%d.%d" % (rng.randint(0, 5), rng.randint(0, 20), rng.randint(0, 9)),
         "tagger %s <%s> %d +0200" % (full, email, rng.randint(1640000000, 1735000000)), "", "Release notes in CHANGELOG.md"]
    L += pgp_sig_lines(rng)
    return rng.choice(["release/tag-object.txt", "tmp/tag.asc.txt"]), "git-tag-object", L


def n_svn_keywords(rng):
    f = rng.choice(FIRST)
    rev = rng.randint(10000, 99999)
    L = ["# -*- coding: utf-8 -*-", "# $Id: config_loader.py %d %d-%02d-%02d %02d:%02d:%02dZ %s $" % (
        rev, rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), f),
         "# $HeadURL: https://svn.%s.com/repos/platform/trunk/src/config_loader.py $" % rng.choice(ORGS).split("-")[0],
         "# $Revision: %d $" % rev, '"""Load settings; secrets come from the environment only."""', "import os", "",
         "API_TOKEN = os.environ.get(\"API_TOKEN\", \"\")", "TIMEOUT = int(os.environ.get(\"TIMEOUT\", \"30\"))", "",
         "def load():", "    return {\"token\": API_TOKEN, \"timeout\": TIMEOUT}"]
    return rng.choice(["src/config_loader.py", "lib/config_loader.py"]), "svn-keywords-py", L


def n_gitcrypt_dump(rng):
    blob = b"\x00GITCRYPT\x00" + rbytes(rng, 12) + rbytes(rng, rng.randint(60, 140))
    L = ["## Why does `secrets/prod.env` look like garbage?", "",
         "It is encrypted with git-crypt. Without the key you only see the raw blob:", "", "```",
         "$ git show HEAD:secrets/prod.env | xxd | head"]
    for off in range(0, min(len(blob), 160), 16):
        chunk = blob[off:off + 16]
        hx = " ".join(chunk[i:i + 2].hex() for i in range(0, len(chunk), 2))
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        L.append("%08x: %-39s  %s" % (off, hx, asc))
    L += ["```", "", "Run `git-crypt unlock` with the key from the team vault (never commit the exported key)."]
    return rng.choice(["docs/secrets.md", "README.secrets.md"]), "git-crypt-blob-md", L


def n_sealed_secret(rng):
    name = rng.choice(REPOS)
    old = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-env" % name,
           "  namespace: %s" % rng.choice(["prod", "staging"]), "spec:", "  encryptedData:"]
    keys = rng.sample(["API_KEY", "DATABASE_URL", "SLACK_WEBHOOK_URL", "STRIPE_SECRET_KEY", "GITHUB_TOKEN"], 2)
    new = list(old)
    for k in keys:
        old.append("    %s: Ag%s" % (k, rstr(rng, B64, rng.choice([300, 340, 380]))))
        new.append("    %s: Ag%s" % (k, rstr(rng, B64, rng.choice([300, 340, 380]))))
    tail = ["  template:", "    metadata:", "      name: %s-env" % name]
    d = unified(rng, old + tail, new + tail, "k8s/%s/sealed-secret.yaml" % name)
    return rng.choice(["reseal.diff", "patches/rotate-sealed-secrets.patch"]), "sealed-secret-diff", d


NEG_ONLY = [n_gitattributes, n_codeowners, n_lfs_diff, n_ls_tree, n_catfile, n_signed_tag, n_svn_keywords,
            n_gitcrypt_dump, n_sealed_secret]


# ------------------------------------------------------------------ main --
GENERIC_CONTAINERS = [  # (name, weight, fn, doc-based, multiline-ok)
    ("diff", 22, c_diff, True, True),
    ("format_patch", 10, c_format_patch, True, True),
    ("orig", 6, c_orig, True, True),
    ("rej", 6, c_rej, True, True),
    ("conflict", 11, c_conflict, True, True),
    ("pr_comments", 7, c_pr_comments, True, True),
    ("mr_discussion", 5, c_mr_discussion, True, True),
    ("gerrit", 5, c_gerrit, True, True),
    ("incident", 7, c_incident, True, True),
    ("blame", 5, c_blame, True, True),
    ("changelog", 3, c_changelog, True, False),
    ("workflow_diff", 5, lambda rng, lab, cat, sec, var: c_ci_diff(rng, lab, cat, sec, var, "workflow"), False, True),
    ("gitlab_diff", 4, lambda rng, lab, cat, sec, var: c_ci_diff(rng, lab, cat, sec, var, "gitlab"), False, True),
    ("husky", 3, c_husky, False, False),
    ("precommit", 3, c_precommit, False, False),
]
SPECIAL = {"gitconfig_url": c_gitconfig_url, "gitconfig_extraheader": c_gitconfig_extraheader,
           "gitconfig_bearer": c_gitconfig_bearer, "git_credentials_script": c_git_credentials_script,
           "gitmodules": c_gitmodules, "remote_output": c_remote_output, "svn_simple": c_svn_simple, "hgrc": c_hgrc,
           "p4config": c_p4config, "p4_transcript": c_p4_transcript, "bzr_auth": c_bzr_auth,
           "fossil_script": c_fossil_script, "gitcrypt_script": c_gitcrypt_script,
           "transcrypt_config": c_transcrypt_config}
CONFLICT_LANGS = ["py", "js", "yaml", "env", "json"]

NEGLOG = []
_orig_neg_slot = neg_slot


def neg_slot(rng, lang, var, cat, ctx=""):  # noqa: F811  (wrapper recording the look-alike kind)
    t, v, nm = _orig_neg_slot(rng, lang, var, cat, ctx)
    if t == "ref":
        k = "env-reference"
    elif nm:
        k = "public-or-id"
    elif v.startswith("ENC["):
        k = "sops-ciphertext"
    elif v in ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", JWT_IO):
        k = "documented-test-vector"
    elif any(s in v for s in ("*", "\u2026", "...", "REDACTED", "redacted")):
        k = "masked"
    elif v.startswith(("arn:", "vault:", "projects/", "op://", "azurekeyvault://")):
        k = "secret-manager-reference"
    else:
        k = "placeholder"
    NEGLOG.append(k)
    return t, v, nm


def make_secret(rng, cat):
    v = cat["gen"](rng)
    if isinstance(v, tuple):
        return dict(value=v[0], needle=v[1], multi=False)
    return dict(value=v, needle=v, multi=cat["provider"] == "private_key")


def run_container(rng, label, cname, cat, sec, var):
    if cname in SPECIAL:
        r = SPECIAL[cname](rng, label, cat, sec, var)
    else:
        ent = [c for c in GENERIC_CONTAINERS if c[0] == cname][0]
        if ent[3]:
            langs = CONFLICT_LANGS if cname == "conflict" else None
            if cname == "changelog":
                langs = ["env", "yaml", "sh", "toml"]
            path = None
            doc = choose_doc(rng, cat, var, langs)
            if cname == "conflict" and doc["lang"] == "env" and rng.random() < 0.5:
                doc["path"] = ".env.example"
            r = ent[2](rng, label, doc, sec)
        else:
            r = ent[2](rng, label, cat, sec, var)
    if len(r) == 3:
        return r[0], r[1], r[2], None
    return r


def locate(text, sec, needle_override, multi):
    if multi:
        b = text.find("-----BEGIN")
        e = text.find("-----END", b)
        if b < 0 or e < 0:
            return None, None
        e = text.find("-----", e + 8) + 5
        needle = text[b:e]
        if text.count("-----BEGIN") != 1:
            return None, None
        return needle, text.count("\n", 0, b) + 1
    needle = needle_override or sec["needle"]
    if text.count(needle) != 1:
        return None, None
    return needle, text.count("\n", 0, text.find(needle)) + 1


def pick_generic(rng, multi):
    opts = [c for c in GENERIC_CONTAINERS if multi is False or c[4]]
    return rng.choices([c[0] for c in opts], [c[1] for c in opts])[0]


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []

    # ---- positives
    plan = list(CAT)
    while len(plan) < N_POS:
        plan.append(rng.choices(CAT, [c["weight"] for c in CAT])[0])
    rng.shuffle(plan)
    pos_files = {}
    for i, cat in enumerate(plan):
        for attempt in range(40):
            sec = make_secret(rng, cat)
            var, _generic = pick_var(rng, cat)
            sp = 0.7 if cat["provider"] in ("git-crypt", "transcrypt", "perforce") else 0.3
            if cat["special"] and (not cat["generic"] or rng.random() < sp):
                cname = rng.choice(cat["special"])
            else:
                cname = pick_generic(rng, sec["multi"])
            if sec["multi"] and cname in ("husky", "precommit", "changelog"):
                continue
            path, ftype, lines, nov = run_container(rng, "pos", cname, cat, sec, var)
            if not (5 <= len(lines) <= 80):
                continue
            text = "\n".join(lines) + "\n"
            needle, line = locate(text, sec, nov, sec["multi"])
            if needle is None:
                continue
            break
        else:
            raise RuntimeError("could not build positive %d (%s/%s)" % (i, cat["provider"], cat["kind"]))
        rel = "pos/p%04d/%s" % (i, path)
        pos_files[rel] = text
        manifest.append(dict(file=rel, label="pos", provider=cat["provider"], kind=cat["kind"], filetype=ftype))
        secrets.append(dict(file=rel, needle=needle, line=line))

    # ---- negatives
    neg_files = {}
    special_neg = list(SPECIAL)
    for i in range(N_NEG):
        for attempt in range(40):
            del NEGLOG[:]
            cat = rng.choice([c for c in CAT if c["generic"]])
            var, _g = pick_var(rng, cat)
            sec = dict(value="", needle="", multi=False)
            r = rng.random()
            if r < 0.14:
                fn = rng.choice(NEG_ONLY)
                path, ftype, lines = fn(rng)
                prov, kind = "none", ftype
            elif r < 0.40:
                cname = rng.choice(special_neg)
                if cname in ("gitconfig_bearer",):
                    cname = "gitconfig_extraheader"
                path, ftype, lines, _ = run_container(rng, "neg", cname, cat, sec, var)
                prov = {"svn_simple": "password", "hgrc": "password", "p4config": "perforce", "p4_transcript": "perforce",
                        "bzr_auth": "password", "fossil_script": "password", "gitcrypt_script": "git-crypt",
                        "transcrypt_config": "transcrypt"}.get(cname, "git")
                kind = "no-credential-" + cname
            else:
                cname = pick_generic(rng, False)
                path, ftype, lines, _ = run_container(rng, "neg", cname, cat, sec, var)
                prov = cat["provider"]
                kind = "+".join(sorted(set(NEGLOG))) or "reference"
            if 5 <= len(lines) <= 80:
                break
        rel = "neg/n%04d/%s" % (i, path)
        neg_files[rel] = "\n".join(lines) + "\n"
        manifest.append(dict(file=rel, label="neg", provider=prov, kind=kind, filetype=ftype))

    # ---- write
    for rel, text in list(pos_files.items()) + list(neg_files.items()):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    bad = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")
        start = sum(len(l) + 1 for l in lines[:s["line"] - 1])
        if not text.startswith(s["needle"], text.find(s["needle"], start)) or \
                text.count("\n", 0, text.find(s["needle"])) + 1 != s["line"] or text.count(s["needle"]) != 1:
            print("SELF-CHECK FAIL needle/line:", s["file"], file=sys.stderr)
            bad += 1
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "neg":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            text = fh.read()
        for n in needles:
            if n in text:
                print("SELF-CHECK FAIL negative contains needle:", m["file"], file=sys.stderr)
                bad += 1
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            nl = fh.read().count("\n")
        if not 5 <= nl <= 80:
            print("SELF-CHECK WARN line count %d: %s" % (nl, m["file"]), file=sys.stderr)
    pos = [m for m in manifest if m["label"] == "pos"]
    neg = [m for m in manifest if m["label"] == "neg"]
    print("positives: %d  negatives: %d" % (len(pos), len(neg)))
    print("provider/kind pairs (pos): %d" % len(set((m["provider"], m["kind"]) for m in pos)))
    print("providers (pos):", dict(Counter(m["provider"] for m in pos).most_common()))
    print("kinds (pos):", dict(Counter("%s/%s" % (m["provider"], m["kind"]) for m in pos).most_common()))
    print("filetypes (pos):", dict(Counter(m["filetype"] for m in pos).most_common()))
    print("filetypes (neg):", dict(Counter(m["filetype"] for m in neg).most_common()))
    print("neg kinds:", dict(Counter(m["kind"] for m in neg).most_common(25)))
    print("self-check:", "OK" if bad == 0 else "%d FAILURES" % bad)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
