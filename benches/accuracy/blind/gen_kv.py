#!/usr/bin/env python3
"""gen_kv.py - blind evaluation set: remote build caches and build acceleration.

EMPHASIS
    Credentials that show up when teams wire a remote build cache or remote
    execution service into their build: Bazel (.bazelrc remote headers, basic
    auth in --remote_cache URLs, .netrc, WORKSPACE/MODULE.bazel), BuildBuddy,
    EngFlow (JWT header, mTLS client key), NativeLink, Buildbarn, bazel-remote;
    Gradle HttpBuildCache credentials (Groovy and Kotlin DSL, gradle.properties,
    init scripts), Develocity / Gradle Enterprise access keys in host=key form
    (keys.properties, DEVELOCITY_ACCESS_KEY, GRADLE_ENTERPRISE_ACCESS_KEY),
    Develocity Maven extension; sccache (Redis, S3, WebDAV, Azure, GCS, GHA
    runtime token), ccache remote storage URLs; Nx Cloud access tokens, Turborepo
    remote cache (TURBO_TOKEN, signature key, self-hosted cache server), Depot,
    Earthly, Buildkite agents, Pants remote cache headers, XCRemoteCache .rcinfo,
    Unity Accelerator, plus the S3/GCS/Azure keys of bucket-backed caches.
    File types: .bazelrc, WORKSPACE, MODULE.bazel, .netrc, Groovy/Kotlin Gradle,
    properties, XML, JSON, TOML, YAML (GitHub Actions, Buildkite, GitLab, Helm,
    compose), shell, Makefile, Dockerfile, Markdown, Terraform, Python, JS,
    Go, Java, jsonnet, INI, CSV, SQL, logs, PEM.

USAGE
    python3 -B gen_kv.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive).  Everything is drawn from one random.Random(SEED); output is
    byte-identical for one SEED.

NEEDLE CONVENTIONS
    The needle is only the secret part, exactly as written in the file:
    - header flags (--remote_header=x-buildbuddy-api-key=K, authorization=K,
      "Authorization: Bearer K"): needle is K, never the header name/"Bearer ".
    - URLs with userinfo (grpcs://user:P@host, redis://:P@host): needle is P.
    - host=key access keys (ge.example.com=K): needle is K, the part after '='.
    - key pairs (AWS access key id + secret, GCS HMAC id + secret): needle is
      the secret half; the id is left in the file as ordinary context.
    - connection strings (AccountKey=K;...): needle is K.
    - multi-line PEM keys (also inside JSON with \\n escapes): needle is the
      first 64-character base64 line of the key body; line is that line.
    - JWTs: the whole three-part token.
    - Nx Cloud tokens: the whole base64 string.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a
    placeholder (<your-api-key>, YOUR_TOKEN_HERE, changeme, xxxx...), an empty
    value, a masked value (****, [REDACTED]), an environment / CI / secret
    manager reference (${VAR}, ${{ secrets.X }}, os.environ[...],
    process.env.X, System.getenv, providers.environmentVariable, vault and
    op:// paths), template expressions, providers' documented example values
    (AWS AKIAIOSFODNN7EXAMPLE pair, Nx "SOMETOKEN", Depot "DEPOT_TOKEN") or
    values documented as meant to be shared (Nx Cloud read-only token, nxCloudId).
    250 are look-alikes: action/CAS digests (sha256 + size), execution logs,
    lockfile integrity hashes, http_archive sha256, Gradle verification
    metadata, build-scan and invocation URLs, Turbo team slugs and run
    summaries, Docker digests, git SHAs, SSH/PEM public keys and certificates,
    signatures, base64 of harmless config, UUIDs and project ids.
    No negative lives in a .env / .env.<stage> file (they become .env.example).

FORMATS CHECKED (search tool, providers' docs and public configs)
    - BuildBuddy: docs show --remote_header=x-buildbuddy-api-key=... in .bazelrc
      and CI; public .bazelrc files show 20-character alphanumeric keys.
    - Nx Cloud: docs (nx.dev access-tokens, ci/reference/config) show
      nxCloudAccessToken / tasksRunnerOptions.default.options.accessToken in
      nx.json, NX_CLOUD_ACCESS_TOKEN / NX_CLOUD_AUTH_TOKEN, nx-cloud.env, token
      types read-only and read-write; older docs say "it's common to have a
      read-only token stored in nx.json"; nxCloudId is meant to be committed.
      A public PR shows a token is base64("<uuid>|read-only").
    - Depot: docs show .bazelrc --remote_cache=https://cache.depot.dev with
      --remote_header=authorization=DEPOT_TOKEN and x-depot-org; DEPOT_TOKEN,
      DEPOT_CACHE_TOKEN env vars; org / project / user tokens.
    - Develocity: DEVELOCITY_ACCESS_KEY replaced GRADLE_ENTERPRISE_ACCESS_KEY;
      value is key=value (server=key) form; Maven develocity.xml uses
      buildCache server credentials username/password.
    - Turborepo: TURBO_TOKEN / TURBO_TEAM, .turbo/config.json {teamid, apiurl},
      team ids start with team_; remote cache signature key option.
    - Pants: --remote-store-headers / remote_store_headers option exists.
DOUBTS
    - Depot token prefixes (depot_org_ / depot_project_ + hex) are not confirmed
      by the docs I found; used as a best guess.
    - Develocity access key body (52 chars [a-z0-9]) is a guess; only the
      host=key structure is documented.
    - Vercel/Turbo token shape (24 alphanumerics) and self-hosted cache tokens
      (free form) are not documented; Earthly, NativeLink (x-nativelink-api-key),
      Buildkite agent token and Unity Accelerator password shapes are guesses.
    - Nx Cloud: current docs say CI access tokens should not be committed, older
      docs treat a read-only token in nx.json as normal; read-only tokens in
      nx.json are used as negatives, read-write tokens as positives.
    - PEM keys (EC SEC1, RSA PKCS#8) carry the real DER header bytes but random
      contents, so they look right but are not mathematically valid keys.
    - EngFlow JWT header names (x-engflow-auth-method / x-engflow-auth-token)
      from memory, not re-checked.
"""
import base64
import binascii
import json
import os
import random
import string
import sys

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
PWCH = ALNUM + "-_."


# ----------------------------------------------------------------- primitives
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = (string.digits + string.ascii_uppercase + string.ascii_lowercase)[d] + out
    return out.rjust(width, "0")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ----------------------------------------------------------- secret makers
def g_bb_key(r):            # BuildBuddy API key: 20 alphanumerics
    return rs(r, ALNUM, 20)


def g_nx_rw(r):             # Nx Cloud CI access token
    ident = uuid4(r) if r.random() < 0.7 else rs(r, HEX, 24)
    return base64.b64encode((ident + "|read-write").encode()).decode()


def g_nx_ro(r):
    ident = uuid4(r) if r.random() < 0.7 else rs(r, HEX, 24)
    return base64.b64encode((ident + "|read-only").encode()).decode()


def g_turbo(r):             # Vercel token or self-hosted shared secret
    k = r.random()
    if k < 0.5:
        return rs(r, ALNUM, 24)
    if k < 0.8:
        return rs(r, HEX, 48)
    return b64u(rbytes(r, 32))


def g_depot(r):
    return pick(r, ["depot_org_", "depot_project_", "depot_"]) + rs(r, HEX, 64)


def g_develocity(r):
    return rs(r, LOWER_ALNUM, 52)


def g_password(r):
    k = r.random()
    if k < 0.55:
        return rs(r, PWCH, r.randint(18, 32))
    if k < 0.8:
        return rs(r, ALNUM, r.randint(20, 40))
    w = pick(r, ["Granite", "Falcon", "Harbor", "Copper", "Meadow", "Quartz", "Saffron", "Tundra"])
    w2 = pick(r, ["river", "lantern", "orbit", "cedar", "pixel", "summit", "walnut"])
    return "%s-%s-%s%s" % (w, w2, r.randint(1000, 9999), rs(r, ALNUM, 6))


def g_redis_pw(r):
    return rs(r, ALNUM, r.randint(24, 40)) if r.random() < 0.6 else rs(r, HEX, 32)


def g_hmac(r):
    return rs(r, HEX, 64) if r.random() < 0.5 else b64u(rbytes(r, 32))


def g_aws_secret(r):
    return rs(r, ALNUM + "+/", 40)


def aws_id(r):
    return "AKIA" + rs(r, B32, 16)


def g_gcs_hmac_secret(r):
    return base64.b64encode(rbytes(r, 30)).decode()


def gcs_hmac_id(r):
    return "GOOG1E" + rs(r, string.ascii_uppercase + string.digits, 55)


def g_azure_key(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def jwt(r, alg, claims, siglen):
    hdr = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return "%s.%s.%s" % (hdr, pl, b64u(rbytes(r, siglen)))


def g_engflow_jwt(r):
    iat = 1700000000 + r.randrange(60000000)
    c = {"iss": "https://%s.cluster.engflow.com" % pick(r, ORGS), "sub": "ci-%s" % rs(r, LOWER_ALNUM, 6),
         "aud": "engflow", "iat": iat, "exp": iat + 86400 * r.choice([30, 90, 365])}
    return jwt(r, "ES256", c, 64)


def g_actions_jwt(r):
    iat = 1700000000 + r.randrange(60000000)
    c = {"nameid": "dddddddd-dddd-dddd-dddd-dddddddddddd", "scp": "Actions.GenericRead:%s Actions.Results:%s" % (uuid4(r), uuid4(r)),
         "IdentityTypeClaim": "System:ServiceIdentity", "iss": "vstoken.actions.githubusercontent.com",
         "aud": "vstoken.actions.githubusercontent.com", "nbf": iat, "exp": iat + 21600}
    return jwt(r, "RS256", c, 256)


def g_gh_pat(r):
    body = rs(r, ALNUM, 30)
    return "ghp_" + body + b62(binascii.crc32(body.encode()) & 0xffffffff, 6)


def g_generic_key(r):
    return rs(r, ALNUM, r.choice([32, 40]))


def g_buildkite_agent(r):
    return rs(r, LOWER_ALNUM, 50)


def pem_body(r, nbytes):
    b = base64.b64encode(rbytes(r, nbytes)).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def der_lines(data):
    b = base64.b64encode(data).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


RSA_OID = bytes.fromhex("300d06092a864886f70d0101010500")


def g_pem_rsa(r):
    # PKCS#8 RSA-2048 layout (lengths consistent, integers random)
    head = bytes.fromhex("308204a2020100") + RSA_OID
    head += bytes.fromhex("0482048c308204880201000282010100")
    return der_lines(head + bytes([0x80 | r.randrange(128)]) + rbytes(r, 1190 - len(head) - 1))


def g_pem_ec(r):
    # SEC1 EC P-256 private key layout
    d = (bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
         + b"\x04" + rbytes(r, 64))
    return der_lines(d)


def cert_lines(r):
    return der_lines(bytes.fromhex("3082037c30820264a003020102021401") + rbytes(r, 880 - 16))


def pubkey_lines(r):
    d = (bytes.fromhex("30820122") + RSA_OID + bytes.fromhex("0382010f003082010a0282010100")
         + bytes([0x80 | r.randrange(128)]) + rbytes(r, 255) + bytes.fromhex("0203010001"))
    return der_lines(d)


def pem_text(kind, lines):
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (kind, "\n".join(lines), kind)


# -------------------------------------------------------------- filler pools
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay", "stark",
        "wayne", "tyrell", "cyberdyne", "wonka", "soylent", "massive", "piedpiper", "oscorp"]
REPOS = ["monorepo", "platform", "core", "backend", "mobile-app", "infra", "services", "web",
         "engine", "toolchain", "sdk", "gateway"]
USERS = ["ci", "bazel", "build-bot", "cache-writer", "gradle", "jenkins", "runner", "buildkite"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]


def org(r):
    return pick(r, ORGS)


def host(r, o=None):
    o = o or org(r)
    return pick(r, ["cache.%s.internal", "bazel-cache.%s.io", "remote.%s.dev", "rbe.%s.net",
                    "buildcache.%s.com", "cas.%s.cloud"]) % o


def ge_host(r, o=None):
    o = o or org(r)
    return pick(r, ["ge.%s.com", "develocity.%s.io", "gradle-enterprise.%s.net", "scans.%s.dev"]) % o


def num_lines(text, needle):
    for i, ln in enumerate(text.split("\n"), 1):
        if needle in ln:
            return i
    return 0


# ---------------------------------------------------- negative slot values
class Ref(object):
    """A reference to a secret held elsewhere (never a secret itself)."""

    def __init__(self, var, flavor):
        self.var = var
        self.flavor = flavor


PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxx",
                "<REPLACE_ME>", "your-token-here", "TODO", "REPLACE_WITH_TOKEN", "<token>",
                "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "dummy", "example-token", "test",
                "<insert cache password>", "PLACEHOLDER", "secret", "password"]
MASKED = ["****", "********", "[REDACTED]", "***REDACTED***", "<redacted>", "[MASKED]", "•••••••••"]


def raw(v):
    """Text of a slot value where it is written bare (flags, URLs, env files)."""
    if not isinstance(v, Ref):
        return v
    f, var = v.flavor, v.var
    if f == "env":
        return "${%s}" % var
    if f == "envb":
        return "$" + var
    if f == "gha":
        return "${{ secrets.%s }}" % var
    if f == "vault":
        return "vault:secret/data/ci/build-cache#%s" % var.lower()
    if f == "op":
        return "op://CI/remote-cache/%s" % var.lower()
    if f == "tmpl":
        return "{{ .Values.cache.%s }}" % var.lower().replace("_", "")
    if f == "jinja":
        return "{{ %s }}" % var.lower()
    if f == "sm":
        return "arn:aws:secretsmanager:us-east-1:123456789012:secret:ci/%s" % var.lower()
    return "${%s}" % var


def expr(v, lang):
    """Expression for a slot value inside program text (quotes included)."""
    if not isinstance(v, Ref):
        if lang == "groovy":
            return "'%s'" % v
        return '"%s"' % v
    var = v.var
    if v.flavor in ("env", "envb", "gha"):
        if lang == "py":
            return 'os.environ["%s"]' % var if v.flavor == "env" else 'os.getenv("%s", "")' % var
        if lang in ("js", "ts"):
            return "process.env.%s" % var
        if lang == "go":
            return 'os.Getenv("%s")' % var
        if lang in ("java", "groovy"):
            return 'System.getenv("%s")' % var
        if lang == "kts":
            return ('providers.environmentVariable("%s").get()' % var if v.flavor == "env"
                    else 'System.getenv("%s")' % var)
        if lang == "hcl":
            return "var.%s" % var.lower()
    return '"%s"' % raw(v)


def yq(s):
    """YAML scalar: quote when needed."""
    if s == "" or s[0] in "{[*&!|>'\"%@`<" or ": " in s or " #" in s or s.endswith(":"):
        return '"%s"' % s.replace('"', '\\"')
    return s


# ------------------------------------------------------- positive templates
TEMPLATES = []


def T(provider, kind, gen, var, ex=None):
    def deco(fn):
        TEMPLATES.append({"name": fn.__name__, "fn": fn, "provider": provider, "kind": kind,
                          "gen": gen, "var": var, "ex": ex or []})
        return fn
    return deco


BAZEL_COMMON = [
    "build --enable_platform_specific_config",
    "build --incompatible_strict_action_env",
    "build --experimental_remote_cache_compression",
    "build --remote_timeout=3600",
    "build --noremote_upload_local_results",
    "build --remote_download_toplevel",
    "test --test_output=errors",
    "build --jobs=HOST_CPUS*1.5",
    "common --enable_bzlmod",
    "build --workspace_status_command=tools/buildstamp/get_workspace_status",
    "build --java_runtime_version=remotejdk_17",
    "build:ci --build_metadata=ROLE=CI",
    "build --disk_cache=~/.cache/bazel-disk",
    "build --experimental_remote_build_event_upload=minimal",
]


def bz_filler(r, n):
    return r.sample(BAZEL_COMMON, n)


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_API_KEY")
def bazelrc_buildbuddy(r, v, neg):
    o = org(r)
    lines = ["# Remote cache + BES via BuildBuddy", "# See https://www.buildbuddy.io/docs/guide-auth", ""]
    lines += bz_filler(r, 3)
    lines += ["", "build --bes_results_url=https://%s.buildbuddy.io/invocation/" % o,
              "build --bes_backend=grpcs://%s.buildbuddy.io" % o,
              "build --remote_cache=grpcs://%s.buildbuddy.io" % o,
              "build --remote_header=x-buildbuddy-api-key=%s" % raw(v),
              "build --remote_timeout=%d" % r.choice([60, 300, 3600]), ""]
    lines += bz_filler(r, 2)
    return ".bazelrc", "\n".join(lines) + "\n"


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_API_KEY")
def bazelrc_user_remote(r, v, neg):
    o = org(r)
    txt = """# Personal overrides, imported by the repo .bazelrc via
# try-import %%workspace%%/user.bazelrc

build:remote --remote_executor=grpcs://remote.buildbuddy.io
build:remote --remote_cache=grpcs://remote.buildbuddy.io
build:remote --remote_instance_name=%s/%s
build:remote --remote_header=x-buildbuddy-api-key=%s
build:remote --jobs=%d

build --config=remote
""" % (o, pick(r, REPOS), raw(v), r.choice([50, 80, 100, 200]))
    return pick(r, ["user.bazelrc", ".bazelrc.user", "tools/bazel/user.bazelrc"]), txt


@T("bazel-remote", "basic-auth-password", g_password, "BAZEL_CACHE_PASSWORD")
def bazelrc_grpcs_userinfo(r, v, neg):
    h = host(r)
    u = pick(r, USERS)
    lines = ["# Shared cache (bazel-remote behind envoy)", "import %workspace%/.bazelrc.common", ""]
    lines += bz_filler(r, 2)
    lines += ["build:cache --remote_cache=grpcs://%s:%s@%s:%d" % (u, raw(v), h, r.choice([443, 9092, 8980])),
              "build:cache --remote_upload_local_results=%s" % pick(r, ["true", "false"]),
              "build:ci --config=cache", ""]
    lines += bz_filler(r, 2)
    return pick(r, [".bazelrc", ".bazelrc.ci", "ci/ci.bazelrc"]), "\n".join(lines) + "\n"


@T("bazel-remote", "basic-auth-password", g_password, "REMOTE_CACHE_PASSWORD")
def bazelrc_https_userinfo(r, v, neg):
    h = host(r)
    txt = """startup --host_jvm_args=-Xmx%dg
common --enable_bzlmod

# HTTP cache served by bazel-remote (nginx basic auth in front)
build --remote_cache=https://%s:%s@%s/cache
build --remote_instance_name=%s
build --remote_local_fallback
build --experimental_guard_against_concurrent_changes

test --test_output=errors
""" % (r.choice([2, 4, 8]), pick(r, USERS), raw(v), h, pick(r, ["main", "default", "linux-x86_64"]))
    return ".bazelrc", txt


@T("depot", "cache-token", g_depot, "DEPOT_TOKEN", ex=["DEPOT_TOKEN"])
def bazelrc_depot(r, v, neg):
    o = rs(r, LOWER_ALNUM, 10)
    txt = """# Depot Cache for Bazel
build --remote_cache=https://cache.depot.dev
build --remote_header=authorization=%s
build --remote_header=x-depot-org=%s
build --remote_upload_local_results=true
build --remote_timeout=120
""" % (raw(v), o)
    return pick(r, [".bazelrc", "bazel/depot.bazelrc"]), txt


@T("engflow", "jwt", g_engflow_jwt, "ENGFLOW_AUTH_TOKEN")
def bazelrc_engflow(r, v, neg):
    o = org(r)
    txt = """# EngFlow remote execution
build:engflow --remote_executor=grpcs://%s.cluster.engflow.com
build:engflow --bes_backend=grpcs://%s.cluster.engflow.com
build:engflow --bes_results_url=https://%s.cluster.engflow.com/invocation/
build:engflow --remote_header=x-engflow-auth-method=jwt-v0
build:engflow --remote_header=x-engflow-auth-token=%s
build:engflow --jobs=%d
build:engflow --extra_execution_platforms=//platforms:linux_x64
""" % (o, o, o, raw(v), r.choice([64, 128, 256]))
    return pick(r, [".bazelrc", "engflow.bazelrc"]), txt


@T("nativelink", "api-key", g_generic_key, "NATIVELINK_API_KEY")
def bazelrc_nativelink(r, v, neg):
    tenant = rs(r, LOWER_ALNUM, 12)
    txt = """# NativeLink Cloud
build --remote_cache=grpcs://cas-%s.build-faster.nativelink.net
build --remote_executor=grpcs://scheduler-%s.build-faster.nativelink.net
build --remote_header=x-nativelink-api-key=%s
build --bes_backend=grpcs://bes-%s.build-faster.nativelink.net
build --remote_timeout=600
build --remote_default_exec_properties=cpu_count=%d
""" % (tenant, tenant, raw(v), tenant, r.choice([2, 4, 8]))
    return pick(r, [".bazelrc", "nativelink.bazelrc"]), txt


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_ORG_API_KEY")
def gha_bazel_inline(r, v, neg):
    txt = """name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  build:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: bazel-contrib/setup-bazel@0.8.5
        with:
          bazelisk-cache: true
      - name: Build
        run: |
          bazel build --config=ci \\
            --remote_header=x-buildbuddy-api-key=%s \\
            //...
      - name: Test
        run: bazel test --config=ci //...
""" % raw(v)
    return ".github/workflows/%s.yml" % pick(r, ["ci", "bazel", "main"]), txt


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_API_KEY")
def buildkite_bb_env(r, v, neg):
    txt = """env:
  BAZELISK_BASE_URL: https://github.com/bazelbuild/bazel/releases/download
  BUILDBUDDY_API_KEY: %s
  USE_BAZEL_VERSION: "%s"

steps:
  - label: ":bazel: build"
    command: |
      echo "build --remote_header=x-buildbuddy-api-key=$${BUILDBUDDY_API_KEY}" >> .bazelrc.ci
      bazel build --bazelrc=.bazelrc.ci //...
    agents:
      queue: %s
  - wait
  - label: ":bazel: test"
    command: bazel test //...
""" % (yq(raw(v)), pick(r, ["7.1.1", "6.4.0", "7.3.2"]), pick(r, ["linux", "default", "bazel-large"]))
    return ".buildkite/pipeline.yml", txt


@T("buildbuddy", "api-key", g_bb_key, "BB_KEY")
def sh_write_bazelrc(r, v, neg):
    txt = """#!/usr/bin/env bash
set -euo pipefail

# Generates the CI-only bazelrc before every pipeline run.
ROOT="$(git rev-parse --show-toplevel)"
BB_KEY=%s

cat > "${ROOT}/.bazelrc.remote" <<EOF
build --bes_backend=grpcs://remote.buildbuddy.io
build --bes_results_url=https://app.buildbuddy.io/invocation/
build --remote_cache=grpcs://remote.buildbuddy.io
build --remote_header=x-buildbuddy-api-key=${BB_KEY}
EOF

echo "wrote ${ROOT}/.bazelrc.remote"
""" % ('"%s"' % raw(v))
    return pick(r, ["ci/setup_bazelrc.sh", "scripts/ci/bazel-remote.sh", "tools/ci/prepare.sh"]), txt


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_API_KEY")
def makefile_bazel(r, v, neg):
    txt = """BAZEL ?= bazelisk
TARGETS ?= //...
REMOTE_FLAGS = --remote_cache=grpcs://remote.buildbuddy.io \\
\t--remote_header=x-buildbuddy-api-key=%s \\
\t--remote_upload_local_results

.PHONY: build test clean

build:
\t$(BAZEL) build $(REMOTE_FLAGS) $(TARGETS)

test:
\t$(BAZEL) test $(REMOTE_FLAGS) --test_output=errors $(TARGETS)

clean:
\t$(BAZEL) clean --expunge
""" % raw(v)
    return "Makefile", txt


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_API_KEY")
def dockerfile_bazelrc(r, v, neg):
    txt = """FROM gcr.io/bazel-public/bazel:%s AS builder

WORKDIR /src
COPY . .

RUN echo "build --remote_cache=grpcs://remote.buildbuddy.io" >> /etc/bazel.bazelrc && \\
    echo "build --remote_header=x-buildbuddy-api-key=%s" >> /etc/bazel.bazelrc

RUN bazel build //cmd/server:image_tarball

FROM gcr.io/distroless/base-debian12
COPY --from=builder /src/bazel-bin/cmd/server/server /server
ENTRYPOINT ["/server"]
""" % (pick(r, ["7.1.0", "6.5.0", "7.4.1"]), raw(v))
    return pick(r, ["Dockerfile", "build/Dockerfile.builder"]), txt


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_API_KEY")
def md_remote_cache_doc(r, v, neg):
    o = org(r)
    txt = """# Remote caching

We use BuildBuddy as our remote cache and build event service. Results are
visible at https://%s.buildbuddy.io.

## Local setup

Add this to your `user.bazelrc` (it is git-ignored):

```
build --bes_backend=grpcs://%s.buildbuddy.io
build --remote_cache=grpcs://%s.buildbuddy.io
build --remote_header=x-buildbuddy-api-key=%s
```

Then run `bazel build //...` as usual. Ask in #build-infra if you get
`UNAUTHENTICATED` errors.
""" % (o, o, o, raw(v))
    return pick(r, ["docs/remote-cache.md", "docs/bazel.md", "CONTRIBUTING.md"]), txt


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_API_KEY")
def py_bb_api(r, v, neg):
    txt = """#!/usr/bin/env python3
\"\"\"Fetch recent invocations from the BuildBuddy API for the flaky-test report.\"\"\"
import json
import os
import sys
import urllib.request

API = "https://app.buildbuddy.io/api/v1/GetInvocation"
KEY = %s


def get_invocation(commit_sha):
    body = json.dumps({"selector": {"commit_sha": commit_sha}}).encode()
    req = urllib.request.Request(API, data=body, method="POST")
    req.add_header("Content-Type", "application/json")
    req.add_header("x-buildbuddy-api-key", KEY)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


if __name__ == "__main__":
    print(json.dumps(get_invocation(sys.argv[1]), indent=2))
""" % expr(v, "py")
    return pick(r, ["tools/flaky_report.py", "scripts/bb_invocations.py"]), txt


@T("engflow", "mtls-client-key", g_pem_ec, "ENGFLOW_CLIENT_KEY")
def pem_engflow_client(r, v, neg):
    if isinstance(v, list):
        body = pem_text("EC PRIVATE KEY", v)
    else:
        body = "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----\n" % raw(v)
    return pick(r, ["infra/engflow/client.key", "certs/engflow-ci.key", ".engflow/ci-client.key.pem"]), body


@T("gradle-build-cache", "basic-auth-password", g_password, "GRADLE_CACHE_PASSWORD")
def gradle_settings_groovy(r, v, neg):
    h = host(r)
    txt = """pluginManagement {
    repositories {
        gradlePluginPortal()
        mavenCentral()
    }
}

rootProject.name = '%s'
include ':app', ':core', ':data'

buildCache {
    local {
        enabled = !System.getenv().containsKey('CI')
    }
    remote(HttpBuildCache) {
        url = 'https://%s/cache/'
        push = System.getenv('CI') != null
        credentials {
            username = '%s'
            password = %s
        }
    }
}
""" % (pick(r, REPOS), h, pick(r, USERS), expr(v, "groovy"))
    return "settings.gradle", txt


@T("gradle-build-cache", "basic-auth-password", g_password, "GRADLE_CACHE_PASSWORD")
def gradle_settings_kts(r, v, neg):
    h = host(r)
    txt = """rootProject.name = "%s"

include(":app", ":shared", ":feature:login")

val isCi = System.getenv("CI") != null

buildCache {
    local { isEnabled = !isCi }
    remote<HttpBuildCache> {
        url = uri("https://%s/cache/")
        isPush = isCi
        isAllowInsecureProtocol = false
        credentials {
            username = "%s"
            password = %s
        }
    }
}
""" % (pick(r, REPOS), h, pick(r, USERS), expr(v, "kts"))
    return "settings.gradle.kts", txt


@T("gradle-build-cache", "basic-auth-password", g_password, "GRADLE_CACHE_PASSWORD")
def gradle_properties(r, v, neg):
    txt = """org.gradle.jvmargs=-Xmx%dg -XX:+UseParallelGC -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
org.gradle.configuration-cache=true
kotlin.code.style=official
android.useAndroidX=true

# remote build cache (read by settings.gradle.kts)
buildCacheUrl=https://%s/cache/
buildCacheUser=%s
buildCachePassword=%s
buildCachePush=false
""" % (r.choice([2, 4, 6]), host(r), pick(r, USERS), raw(v))
    return "gradle.properties", txt


@T("gradle-build-cache", "basic-auth-password", g_password, "CACHE_PASSWORD")
def gradle_init_script(r, v, neg):
    txt = """// Applied on all CI agents through ~/.gradle/init.d
gradle.settingsEvaluated { settings ->
    settings.buildCache {
        remote(HttpBuildCache) {
            url = '%s'
            push = true
            credentials {
                username = '%s'
                password = %s
            }
        }
    }
}
""" % ("https://%s/cache/" % host(r), pick(r, USERS), expr(v, "groovy"))
    return pick(r, ["ci/gradle/init.d/build-cache.gradle", "gradle/init.d/remote-cache.gradle"]), txt


@T("develocity", "access-key", g_develocity, "DEVELOCITY_ACCESS_KEY")
def develocity_settings_kts(r, v, neg):
    h = ge_host(r)
    txt = """plugins {
    id("com.gradle.develocity") version "%s"
    id("org.gradle.toolchains.foojay-resolver-convention") version "0.8.0"
}

develocity {
    server = "https://%s"
    accessKey = %s
    buildScan {
        uploadInBackground = System.getenv("CI") == null
        publishing.onlyIf { it.isAuthenticated }
    }
}

rootProject.name = "%s"
include(":api", ":impl")
""" % (pick(r, ["3.17.5", "3.18.1", "3.19.2"]), h, expr(v, "kts"), pick(r, REPOS))
    return "settings.gradle.kts", txt


@T("develocity", "access-key", g_develocity, "DEVELOCITY_ACCESS_KEY")
def develocity_keys_properties(r, v, neg):
    h = ge_host(r)
    txt = "%s=%s\n" % (h, raw(v))
    if r.random() < 0.5:
        txt = "# written by ./gradlew provisionDevelocityAccessKey\n" + txt
    return pick(r, ["gradle/develocity/keys.properties", ".gradle/develocity/keys.properties",
                    "ci/gradle-home/develocity/keys.properties"]), txt


@T("develocity", "access-key", g_develocity, "DEVELOCITY_ACCESS_KEY")
def gha_develocity_env(r, v, neg):
    h = ge_host(r)
    txt = """name: Build

on: [push, pull_request]

env:
  DEVELOCITY_ACCESS_KEY: %s
  GRADLE_OPTS: -Dorg.gradle.daemon=false

jobs:
  gradle:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: %s
      - uses: gradle/actions/setup-gradle@v3
      - run: ./gradlew build --scan
""" % (yq(h + "=" + raw(v)), pick(r, ["17", "21"]))
    return ".github/workflows/%s.yml" % pick(r, ["gradle", "build", "ci"]), txt


@T("develocity", "access-key", g_develocity, "GRADLE_ENTERPRISE_ACCESS_KEY")
def sh_ge_access_key(r, v, neg):
    h = ge_host(r)
    txt = """#!/bin/sh
# Nightly dependency-update build
set -e

export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
export GRADLE_ENTERPRISE_ACCESS_KEY=%s=%s

./gradlew --no-daemon --build-cache dependencyUpdates -Drevision=release
./gradlew --no-daemon check --scan
""" % (h, raw(v))
    return pick(r, ["ci/nightly.sh", "scripts/nightly-build.sh"]), txt


@T("develocity", "access-key", g_develocity, "DEVELOCITY_ACCESS_KEY")
def jenkinsfile_develocity(r, v, neg):
    h = ge_host(r)
    txt = """pipeline {
    agent { label '%s' }
    options { timeout(time: 45, unit: 'MINUTES') }
    environment {
        DEVELOCITY_ACCESS_KEY = '%s=%s'
        GRADLE_OPTS = '-Xmx2g'
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build --scan'
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                sh './gradlew publish'
            }
        }
    }
}
""" % (pick(r, ["linux", "docker", "jdk17"]), h, raw(v))
    return "Jenkinsfile", txt


@T("develocity", "basic-auth-password", g_password, "DEVELOCITY_CACHE_PASSWORD")
def maven_develocity_xml(r, v, neg):
    h = ge_host(r)
    txt = """<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<develocity
    xmlns="https://www.gradle.com/develocity-maven" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="https://www.gradle.com/develocity-maven https://www.gradle.com/schema/develocity-maven.xsd">
  <server>
    <url>https://%s</url>
  </server>
  <buildScan>
    <backgroundBuildScanUpload>#{isFalse(env['CI'])}</backgroundBuildScanUpload>
  </buildScan>
  <buildCache>
    <local>
      <enabled>true</enabled>
    </local>
    <remote>
      <server>
        <credentials>
          <username>%s</username>
          <password>%s</password>
        </credentials>
      </server>
      <storeEnabled>#{env['CI'] != null}</storeEnabled>
    </remote>
  </buildCache>
</develocity>
""" % (h, pick(r, USERS), raw(v))
    return ".mvn/develocity.xml", txt


@T("nx-cloud", "access-token", g_nx_rw, "NX_CLOUD_ACCESS_TOKEN", ex=["SOMETOKEN"])
def nx_json_token(r, v, neg):
    txt = """{
  "$schema": "./node_modules/nx/schemas/nx-schema.json",
  "defaultBase": "main",
  "nxCloudAccessToken": "%s",
  "parallel": %d,
  "namedInputs": {
    "default": ["{projectRoot}/**/*", "sharedGlobals"],
    "production": ["default", "!{projectRoot}/**/*.spec.ts"],
    "sharedGlobals": []
  },
  "targetDefaults": {
    "build": {
      "dependsOn": ["^build"],
      "inputs": ["production", "^production"],
      "cache": true
    },
    "test": { "cache": true }
  }
}
""" % (raw(v), r.choice([3, 4, 5, 8]))
    return "nx.json", txt


@T("nx-cloud", "access-token", g_nx_rw, "NX_CLOUD_ACCESS_TOKEN", ex=["SOMETOKEN"])
def nx_json_runner(r, v, neg):
    txt = """{
  "npmScope": "%s",
  "affected": { "defaultBase": "main" },
  "tasksRunnerOptions": {
    "default": {
      "runner": "nx-cloud",
      "options": {
        "cacheableOperations": ["build", "lint", "test", "e2e"],
        "accessToken": "%s"
      }
    }
  },
  "targetDependencies": {
    "build": [{ "target": "build", "projects": "dependencies" }]
  }
}
""" % (org(r), raw(v))
    return "nx.json", txt


@T("nx-cloud", "access-token", g_nx_rw, "NX_CLOUD_ACCESS_TOKEN")
def nx_cloud_env(r, v, neg):
    txt = "NX_CLOUD_ACCESS_TOKEN=%s\nNX_VERBOSE_LOGGING=false\n" % raw(v)
    return "nx-cloud.env", txt


@T("nx-cloud", "access-token", g_nx_rw, "NX_CLOUD_ACCESS_TOKEN")
def gha_nx_env(r, v, neg):
    txt = """name: CI
on:
  push:
    branches: [main]
  pull_request:

env:
  NX_DAEMON: false
  NX_CLOUD_ACCESS_TOKEN: %s

jobs:
  main:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: pnpm/action-setup@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: pnpm
      - run: pnpm install --frozen-lockfile
      - uses: nrwl/nx-set-shas@v4
      - run: pnpm nx affected -t lint test build
""" % yq(raw(v))
    return ".github/workflows/ci.yml", txt


@T("turborepo", "remote-cache-token", g_turbo, "TURBO_TOKEN")
def turbo_config_json(r, v, neg):
    txt = """{
  "teamid": "team_%s",
  "apiurl": "https://%s",
  "token": "%s"
}
""" % (rs(r, LOWER_ALNUM, 24), pick(r, ["turbo-cache.%s.dev" % org(r), "cache.%s.workers.dev" % org(r), "api.vercel.com"]), raw(v))
    return ".turbo/config.json", txt


@T("turborepo", "remote-cache-token", g_turbo, "TURBO_TOKEN")
def gha_turbo_env(r, v, neg):
    txt = """name: CI

on:
  push:
    branches: ["main"]
  pull_request:
    types: [opened, synchronize]

jobs:
  build:
    name: Build and Test
    timeout-minutes: 15
    runs-on: ubuntu-latest
    env:
      TURBO_TOKEN: %s
      TURBO_TEAM: %s
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 2
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx turbo run build test --cache-dir=.turbo
""" % (yq(raw(v)), org(r))
    return ".github/workflows/%s.yml" % pick(r, ["ci", "turbo", "build"]), txt


@T("turborepo", "remote-cache-token", g_turbo, "TURBO_TOKEN")
def package_json_turbo_flag(r, v, neg):
    txt = """{
  "name": "%s",
  "private": true,
  "packageManager": "pnpm@9.1.0",
  "scripts": {
    "build": "turbo run build",
    "dev": "turbo run dev --parallel",
    "lint": "turbo run lint",
    "build:ci": "turbo run build --api=https://turbo.%s.dev --team=%s --token=%s",
    "format": "prettier --write \\"**/*.{ts,tsx,md}\\""
  },
  "devDependencies": {
    "prettier": "^3.2.5",
    "turbo": "^2.0.4"
  }
}
""" % (pick(r, REPOS), org(r), org(r), raw(v))
    return "package.json", txt


@T("turborepo", "remote-cache-token", g_turbo, "TURBO_TOKEN")
def compose_turbo_server(r, v, neg):
    txt = """services:
  turbo-cache:
    image: ducktors/turborepo-remote-cache:%s
    restart: unless-stopped
    ports:
      - "3000:3000"
    environment:
      NODE_ENV: production
      PORT: 3000
      STORAGE_PROVIDER: local
      STORAGE_PATH: /data
      TURBO_TOKEN: %s
      LOG_LEVEL: info
    volumes:
      - turbo-data:/data

volumes:
  turbo-data: {}
""" % (pick(r, ["2.2.3", "2.4.0", "latest"]), yq(raw(v)))
    return pick(r, ["deploy/turbo-cache/docker-compose.yml", "infra/compose.turbo.yaml"]), txt


@T("turborepo", "signature-key", g_hmac, "TURBO_REMOTE_CACHE_SIGNATURE_KEY")
def gitlab_turbo_signature(r, v, neg):
    txt = """stages: [install, build]

variables:
  TURBO_TEAM: %s
  TURBO_API: https://turbo.%s.dev
  TURBO_REMOTE_CACHE_SIGNATURE_KEY: %s

install:
  stage: install
  image: node:20
  script:
    - corepack enable
    - pnpm install --frozen-lockfile
  cache:
    key: pnpm-$CI_COMMIT_REF_SLUG
    paths: [.pnpm-store]

build:
  stage: build
  image: node:20
  script:
    - pnpm turbo run build --remote-cache-timeout=60
""" % (org(r), org(r), yq(raw(v)))
    return ".gitlab-ci.yml", txt


@T("depot", "cache-token", g_depot, "DEPOT_TOKEN")
def gha_depot_env(r, v, neg):
    pid = rs(r, LOWER_ALNUM, 10)
    txt = """name: Docker image

on:
  push:
    tags: ["v*"]

jobs:
  image:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: depot/setup-action@v1
      - uses: depot/build-push-action@v1
        with:
          project: %s
          token: %s
          push: true
          tags: ghcr.io/%s/%s:${{ github.ref_name }}
""" % (pid, yq(raw(v)), org(r), pick(r, REPOS))
    return ".github/workflows/%s.yml" % pick(r, ["docker", "image", "release"]), txt


@T("depot", "cache-token", g_depot, "DEPOT_TOKEN")
def sh_depot_build(r, v, neg):
    txt = """#!/usr/bin/env bash
# Build the runtime image on Depot builders with a warm layer cache.
set -euo pipefail

IMAGE="registry.%s.io/%s"
TAG="${1:-$(git rev-parse --short HEAD)}"

depot build \\
  --project %s \\
  --token %s \\
  --platform linux/amd64,linux/arm64 \\
  -t "${IMAGE}:${TAG}" \\
  --push .
""" % (org(r), pick(r, REPOS), rs(r, LOWER_ALNUM, 10), raw(v))
    return pick(r, ["scripts/build-image.sh", "bin/depot-build"]), txt


@T("sccache", "redis-password", g_redis_pw, "SCCACHE_REDIS_PASSWORD")
def sccache_config_redis(r, v, neg):
    txt = """# sccache client configuration (SCCACHE_CONF points here on CI)
[cache.redis]
endpoint = "redis://:%s@%s:6379"
expiration = %d
key_prefix = "%s"
""" % (raw(v), pick(r, ["redis.cache.svc.cluster.local", "sccache-redis.%s.internal" % org(r), "10.0.12.7"]),
       r.choice([86400, 604800, 0]), pick(r, ["rust", "ci", "sccache/"]))
    return pick(r, ["ci/sccache/config.toml", ".config/sccache/config", "tools/sccache.toml"]), txt


@T("sccache", "aws-secret-key", g_aws_secret, "AWS_SECRET_ACCESS_KEY")
def dockerfile_sccache_s3(r, v, neg):
    kid = "AKIAIOSFODNN7EXAMPLE" if neg else aws_id(r)
    txt = """FROM rust:%s-bookworm AS build

RUN cargo install sccache --locked --version 0.8.1
ENV RUSTC_WRAPPER=/usr/local/cargo/bin/sccache \\
    SCCACHE_BUCKET=%s-sccache \\
    SCCACHE_REGION=%s \\
    SCCACHE_S3_KEY_PREFIX=docker/ \\
    AWS_ACCESS_KEY_ID=%s \\
    AWS_SECRET_ACCESS_KEY=%s

WORKDIR /app
COPY . .
RUN cargo build --release && sccache --show-stats

FROM debian:bookworm-slim
COPY --from=build /app/target/release/%s /usr/local/bin/
""" % (pick(r, ["1.78", "1.80", "1.82"]), org(r), pick(r, REGIONS), kid, raw(v), pick(r, ["server", "worker", "cli"]))
    return pick(r, ["Dockerfile", "docker/rust-builder.Dockerfile"]), txt


@T("sccache", "redis-password", g_redis_pw, "SCCACHE_REDIS")
def gha_sccache_redis(r, v, neg):
    txt = """name: rust

on: [push]

env:
  CARGO_TERM_COLOR: always
  RUSTC_WRAPPER: sccache
  SCCACHE_REDIS: redis://default:%s@%s:6379/0

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
      - uses: mozilla-actions/sccache-action@v0.0.5
      - run: cargo test --workspace
      - run: sccache --show-stats
""" % (raw(v), pick(r, ["redis.%s.internal" % org(r), "sccache.%s.cloud" % org(r)]))
    return ".github/workflows/rust.yml", txt


@T("sccache", "webdav-password", g_password, "SCCACHE_WEBDAV_PASSWORD")
def sccache_config_webdav(r, v, neg):
    txt = """[dist]
scheduler_url = "https://sccache-dist.%s.internal"
toolchains = []

[cache.webdav]
endpoint = "https://%s/sccache"
username = "%s"
password = "%s"
key_prefix = "linux-x86_64"
""" % (org(r), host(r), pick(r, USERS), raw(v))
    return pick(r, ["ci/sccache.toml", ".config/sccache/config"]), txt


@T("sccache", "azure-storage-key", g_azure_key, "SCCACHE_AZURE_CONNECTION_STRING")
def sh_sccache_azure(r, v, neg):
    acct = org(r) + "buildcache"
    txt = """#!/usr/bin/env bash
# Windows/Linux agents share one Azure blob container for sccache.
export RUSTC_WRAPPER=sccache
export SCCACHE_AZURE_BLOB_CONTAINER=sccache
export SCCACHE_AZURE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
export SCCACHE_AZURE_KEY_PREFIX=%s

sccache --start-server
cargo build --release "$@"
sccache --show-stats
""" % (acct, raw(v), pick(r, ["ci", "release", "nightly"]))
    return pick(r, ["ci/azure/sccache-env.sh", "build/sccache-azure.sh"]), txt


@T("sccache", "gcp-service-account-key", g_pem_rsa, "SCCACHE_GCS_KEY")
def json_gcs_service_account(r, v, neg):
    proj = "%s-build-%d" % (org(r), r.randint(100, 999))
    if isinstance(v, list):
        pk = ("-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(v) + "\\n-----END PRIVATE KEY-----\\n")
    else:
        pk = raw(v)
    d = [("type", "service_account"), ("project_id", proj), ("private_key_id", rs(r, HEX, 40)),
         ("private_key", pk), ("client_email", "sccache-writer@%s.iam.gserviceaccount.com" % proj),
         ("client_id", str(r.randint(10 ** 20, 10 ** 21 - 1))),
         ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
         ("token_uri", "https://oauth2.googleapis.com/token")]
    body = "{\n" + ",\n".join('  "%s": "%s"' % kv for kv in d) + "\n}\n"
    return pick(r, ["ci/sccache-gcs-key.json", "infra/keys/bazel-cache-writer.json", "credentials/gcs-cache.json"]), body


@T("ccache", "redis-password", g_redis_pw, "CCACHE_REDIS_PASSWORD")
def ccache_conf_redis(r, v, neg):
    txt = """# ccache configuration for CI agents
max_size = %dG
compression = true
compression_level = 1
sloppiness = pch_defines,time_macros,include_file_mtime
remote_only = false
remote_storage = redis://%s:%s@%s:6379|connect-timeout=500
""" % (r.choice([5, 10, 20]), pick(r, ["", "default", "ccache"]), raw(v),
       pick(r, ["ccache-redis.%s.internal" % org(r), "10.20.0.14"]))
    return pick(r, ["ci/ccache.conf", ".ccache/ccache.conf", "tools/ccache/ccache.conf"]), txt


@T("ccache", "basic-auth-password", g_password, "CCACHE_REMOTE_PASSWORD")
def cmake_presets_ccache(r, v, neg):
    txt = """{
  "version": 6,
  "configurePresets": [
    {
      "name": "ci-linux",
      "generator": "Ninja",
      "binaryDir": "${sourceDir}/build/ci",
      "cacheVariables": {
        "CMAKE_BUILD_TYPE": "RelWithDebInfo",
        "CMAKE_C_COMPILER_LAUNCHER": "ccache",
        "CMAKE_CXX_COMPILER_LAUNCHER": "ccache"
      },
      "environment": {
        "CCACHE_REMOTE_STORAGE": "http://%s:%s@%s/ccache|layout=bazel",
        "CCACHE_REMOTE_ONLY": "false"
      }
    }
  ]
}
""" % (pick(r, USERS), raw(v), host(r))
    return "CMakePresets.json", txt


@T("xcremotecache", "aws-secret-key", g_aws_secret, "XCRC_AWS_SECRET_KEY")
def rcinfo_xcremotecache(r, v, neg):
    kid = "AKIAIOSFODNN7EXAMPLE" if neg else aws_id(r)
    txt = """---
cache_addresses:
- https://%s-xcremotecache.s3.%s.amazonaws.com/cache
primary_repo: git@github.com:%s/%s.git
primary_branch: main
mode: consumer
aws_region: %s
aws_service: s3
aws_access_key: %s
aws_secret_key: %s
""" % (org(r), pick(r, REGIONS), org(r), pick(r, REPOS), pick(r, REGIONS), kid, yq(raw(v)))
    return ".rcinfo", txt


@T("bazel-remote", "aws-secret-key", g_aws_secret, "BAZEL_REMOTE_S3_SECRET_ACCESS_KEY")
def bazel_remote_config_yaml(r, v, neg):
    kid = "AKIAIOSFODNN7EXAMPLE" if neg else aws_id(r)
    txt = """# bazel-remote server configuration
dir: /data
max_size: %d
port: 8080
grpc_port: 9092
experimental_remote_asset_api: true
access_log_level: none

s3_proxy:
  endpoint: s3.%s.amazonaws.com
  bucket: %s-bazel-cache
  prefix: cas
  auth_method: access_key
  access_key_id: %s
  secret_access_key: %s
""" % (r.choice([100, 250, 500]), pick(r, REGIONS), org(r), kid, yq(raw(v)))
    return pick(r, ["deploy/bazel-remote/config.yaml", "infra/bazel-remote.yml"]), txt


@T("bazel-remote", "gcs-hmac-secret", g_gcs_hmac_secret, "GCS_HMAC_SECRET")
def helm_values_bazel_remote(r, v, neg):
    hid = "GOOG1EXAMPLEACCESSID" if neg else gcs_hmac_id(r)
    txt = """replicaCount: 2

image:
  repository: buchgr/bazel-remote-cache
  tag: v2.4.3

persistence:
  enabled: true
  size: 200Gi

service:
  type: ClusterIP
  httpPort: 8080
  grpcPort: 9092

s3:
  endpoint: storage.googleapis.com
  bucket: %s-bazel-remote
  accessKeyId: %s
  secretAccessKey: %s

resources:
  requests:
    cpu: 500m
    memory: 1Gi
""" % (org(r), hid, yq(raw(v)))
    return pick(r, ["deploy/bazel-remote/values.yaml", "charts/bazel-remote/values-prod.yaml"]), txt


@T("buildbuddy", "api-key", g_bb_key, "buildbuddy_api_key")
def tf_buildbuddy(r, v, neg):
    txt = """variable "buildbuddy_api_key" {
  description = "API key injected into CI runners"
  type        = string
  sensitive   = true
  default     = %s
}

resource "github_actions_secret" "buildbuddy" {
  repository      = "%s"
  secret_name     = "BUILDBUDDY_API_KEY"
  plaintext_value = var.buildbuddy_api_key
}
""" % (('"%s"' % raw(v)) if not isinstance(v, Ref) else '""', pick(r, REPOS))
    return pick(r, ["terraform/ci/buildbuddy.tf", "infra/github/secrets.tf"]), txt


@T("buildbarn", "redis-password", g_redis_pw, "redis_password")
def tf_buildbarn_redis(r, v, neg):
    val = '"%s"' % raw(v) if not isinstance(v, Ref) else "var.redis_password"
    txt = """resource "kubernetes_secret" "bb_storage_redis" {
  metadata {
    name      = "bb-storage-redis"
    namespace = "buildbarn"
  }
  data = {
    endpoint = "redis-master.buildbarn.svc:6379"
    password = %s
  }
}

resource "helm_release" "bb_storage" {
  name       = "bb-storage"
  chart      = "./charts/bb-storage"
  namespace  = "buildbarn"
  depends_on = [kubernetes_secret.bb_storage_redis]
}
""" % val
    return pick(r, ["terraform/buildbarn/storage.tf", "infra/buildbarn/main.tf"]), txt


@T("buildbuddy", "api-key", g_bb_key, "BUILDBUDDY_API_KEY")
def pants_toml_headers(r, v, neg):
    txt = """[GLOBAL]
pants_version = "%s"
backend_packages = [
  "pants.backend.python",
  "pants.backend.python.lint.black",
  "pants.backend.shell",
]

remote_cache_read = true
remote_cache_write = true
remote_store_address = "grpcs://remote.buildbuddy.io"
remote_instance_name = "%s"
remote_store_headers = { "x-buildbuddy-api-key" = "%s" }

[python]
interpreter_constraints = ["CPython==3.11.*"]
""" % (pick(r, ["2.20.0", "2.21.1", "2.19.2"]), pick(r, REPOS), raw(v))
    return pick(r, ["pants.toml", "pants.ci.toml"]), txt


@T("pants-remote-cache", "bearer-token", g_generic_key, "PANTS_REMOTE_OAUTH_BEARER_TOKEN")
def pants_toml_bearer(r, v, neg):
    txt = """[GLOBAL]
remote_cache_read = true
remote_cache_write = true
remote_store_address = "grpcs://%s:443"
remote_oauth_bearer_token = "%s"
process_execution_local_parallelism = %d

[test]
use_coverage = false
""" % (host(r), raw(v), r.choice([4, 8, 16]))
    return "pants.ci.toml", txt


@T("bazel-remote", "basic-auth-password", g_password, "NETRC_PASSWORD")
def netrc_cache(r, v, neg):
    h = host(r)
    txt = "machine %s\n  login %s\n  password %s\n" % (h, pick(r, USERS), raw(v))
    if r.random() < 0.5:
        txt = "# used by bazel's --credential_helper fallback (netrc)\n" + txt
    return pick(r, ["tools/bazel/netrc", "ci/.netrc", ".netrc"]), txt


@T("artifact-mirror", "basic-auth-password", g_password, "ARTIFACTS_PASSWORD")
def workspace_http_archive(r, v, neg):
    h = "artifacts.%s.io" % org(r)
    sha = rs(r, HEX, 64)
    txt = """workspace(name = "%s")

load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")

http_archive(
    name = "rules_proto_internal",
    sha256 = "%s",
    strip_prefix = "rules_proto-6.0.0",
    urls = [
        "https://%s:%s@%s/bazel-mirror/rules_proto-6.0.0.tar.gz",
    ],
)

load("@rules_proto_internal//proto:repositories.bzl", "rules_proto_dependencies")

rules_proto_dependencies()
""" % (pick(r, REPOS).replace("-", "_"), sha, pick(r, USERS), raw(v), h)
    return "WORKSPACE", txt


@T("buildbarn", "bearer-token", g_generic_key, "BB_CLIENT_TOKEN")
def jsonnet_buildbarn(r, v, neg):
    txt = """local common = import 'common.libsonnet';

{
  blobstore: {
    contentAddressableStorage: {
      grpc: {
        address: 'storage.%s.internal:8981',
        addMetadata: [
          { header: 'authorization', values: ['Bearer %s'] },
        ],
      },
    },
    actionCache: common.blobstore.actionCache,
  },
  maximumMessageSizeBytes: common.maximumMessageSizeBytes,
  global: common.global,
}
""" % (org(r), raw(v))
    return pick(r, ["config/bb_worker.jsonnet", "deploy/buildbarn/frontend.jsonnet"]), txt


@T("earthly", "api-token", g_generic_key, "EARTHLY_TOKEN")
def gha_earthly(r, v, neg):
    txt = """name: earthly

on: [push]

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      FORCE_COLOR: 1
      EARTHLY_TOKEN: %s
      EARTHLY_ORG: %s
      EARTHLY_SATELLITE: %s
    steps:
      - uses: earthly/actions-setup@v1
        with:
          version: v0.8.15
      - uses: actions/checkout@v4
      - run: earthly --ci --push +all
""" % (yq(raw(v)), org(r), pick(r, ["sat-ci", "builder-1", "amd64-large"]))
    return ".github/workflows/earthly.yml", txt


@T("buildkite", "agent-token", g_buildkite_agent, "BUILDKITE_AGENT_TOKEN")
def buildkite_agent_cfg(r, v, neg):
    txt = """# Buildkite agent config for the bazel-remote-exec pool
token="%s"
name="%%hostname-%%spawn"
spawn=%d
tags="queue=bazel,os=linux,arch=amd64"
build-path="/var/lib/buildkite-agent/builds"
hooks-path="/etc/buildkite-agent/hooks"
plugins-path="/etc/buildkite-agent/plugins"
git-clean-flags="-ffdqx"
""" % (raw(v), r.choice([1, 2, 4]))
    return pick(r, ["infra/buildkite/buildkite-agent.cfg", "packer/files/buildkite-agent.cfg"]), txt


@T("unity-accelerator", "basic-auth-password", g_password, "ACCELERATOR_ADMIN_PASSWORD")
def sh_unity_accelerator(r, v, neg):
    txt = """#!/bin/bash
# Purge the Unity Accelerator cache after a major editor upgrade.
ACCEL_HOST=%s
curl -fsS -u admin:%s \\
  -X POST "http://${ACCEL_HOST}/api/agent/cleanup" \\
  -H 'Content-Type: application/json' \\
  -d '{"namespaces": ["%s"]}'
""" % (pick(r, ["unity-accel.%s.lan" % org(r), "10.1.4.20", "accelerator.%s.internal" % org(r)]), raw(v),
       pick(r, ["default", "ios", "android"]))
    return pick(r, ["tools/unity/purge-accelerator.sh", "ci/unity-accel-clean.sh"]), txt


@T("github-actions-cache", "runtime-token", g_actions_jwt, "ACTIONS_RUNTIME_TOKEN")
def log_sccache_gha(r, v, neg):
    ts = "2024-%02d-%02dT%02d:%02d:" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    lines = ["%s01.1023456Z ##[group]Run mozilla-actions/sccache-action@v0.0.5" % ts,
             "%s01.1029871Z with:" % ts,
             "%s01.1030112Z   version: v0.8.1" % ts,
             "%s01.1030440Z env:" % ts,
             "%s01.1030622Z   SCCACHE_GHA_ENABLED: true" % ts,
             "%s01.1030801Z   RUSTC_WRAPPER: sccache" % ts,
             "%s01.1031004Z   ACTIONS_CACHE_URL: https://acghubeus1.actions.githubusercontent.com/%s/" % (ts, rs(r, ALNUM, 48)),
             "%s01.1031290Z   ACTIONS_RUNTIME_TOKEN: %s" % (ts, raw(v)),
             "%s01.1031551Z ##[endgroup]" % ts,
             "%s03.4409120Z sccache: Starting the server..." % ts,
             "%s04.0012345Z Compile requests                    %d" % (ts, r.randint(100, 900)),
             "%s04.0012563Z Cache hits                          %d" % (ts, r.randint(10, 90))]
    return pick(r, ["logs/ci-debug.log", "ci/logs/rust-build.log"]), "\n".join(lines) + "\n"


@T("turborepo", "remote-cache-token", g_turbo, "TURBO_TOKEN")
def mjs_turbo_prune(r, v, neg):
    txt = """// Deletes remote cache artifacts older than N days from our self-hosted turbo cache.
import process from "node:process";

const API = "https://turbo.%s.dev/v8/artifacts";
const TEAM = "team_%s";
const TOKEN = %s;

async function listArtifacts() {
  const res = await fetch(`${API}?teamId=${TEAM}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  if (!res.ok) throw new Error(`list failed: ${res.status}`);
  return res.json();
}

const days = Number(process.argv[2] ?? 14);
const items = await listArtifacts();
console.log(`found ${items.length} artifacts, pruning older than ${days}d`);
""" % (org(r), rs(r, LOWER_ALNUM, 20), expr(v, "js"))
    return pick(r, ["scripts/turbo-cache-prune.mjs", "tools/prune-remote-cache.mjs"]), txt


@T("bazel-remote", "api-key", g_generic_key, "CAS_API_KEY")
def go_casctl(r, v, neg):
    txt = """package main

import (
\t"context"
\t"flag"
\t"log"
\t"os"

\t"google.golang.org/grpc"
\t"google.golang.org/grpc/credentials"
\t"google.golang.org/grpc/metadata"
)

var addr = flag.String("addr", "%s:443", "remote cache address")

func main() {
\tflag.Parse()
\tapiKey := %s
\tctx := metadata.AppendToOutgoingContext(context.Background(), "x-api-key", apiKey)
\tconn, err := grpc.Dial(*addr, grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")))
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tdefer conn.Close()
\tif err := findMissing(ctx, conn, os.Args[1:]); err != nil {
\t\tlog.Fatal(err)
\t}
}
""" % (host(r), expr(v, "go"))
    return pick(r, ["tools/casctl/main.go", "cmd/cache-probe/main.go"]), txt


@T("gradle-build-cache", "basic-auth-password", g_password, "CACHE_PASSWORD")
def java_cache_client(r, v, neg):
    txt = """package com.%s.build.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

public final class RemoteCacheClient {
    private static final URI CACHE = URI.create("https://%s/cache/");

    private final HttpClient http;

    public RemoteCacheClient() {
        this(new BasicCredentials("%s", %s));
    }

    public RemoteCacheClient(BasicCredentials creds) {
        this.http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .authenticator(creds.asAuthenticator())
            .build();
    }
}
""" % (org(r), host(r), pick(r, USERS), expr(v, "java"))
    return "buildSrc/src/main/java/com/build/cache/RemoteCacheClient.java", txt


@T("turborepo", "remote-cache-token", g_turbo, "TURBO_TOKEN")
def dotenv_turbo(r, v, neg):
    txt = """TURBO_TEAM=%s
TURBO_API=https://turbo.%s.dev
TURBO_TOKEN=%s
NEXT_TELEMETRY_DISABLED=1
""" % (org(r), org(r), raw(v))
    return pick(r, [".env", ".env.local"]), txt


@T("turborepo", "remote-cache-token", g_turbo, "TURBO_TOKEN")
def helm_turbo_cache(r, v, neg):
    txt = """image:
  repository: ducktors/turborepo-remote-cache
  tag: "2.4.0"

env:
  STORAGE_PROVIDER: s3
  STORAGE_PATH: %s-turbo-cache
  S3_REGION: %s
  TURBO_TOKEN: %s

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: turbo.%s.dev
      paths: ["/"]
""" % (org(r), pick(r, REGIONS), yq(raw(v)), org(r))
    return pick(r, ["deploy/turbo-cache/values.yaml", "helm/turbo-cache/values-prod.yaml"]), txt


@T("gradle-build-cache", "basic-auth-password", g_password, "CACHE_PASSWORD")
def csv_cache_accounts(r, v, neg):
    rows = ["service,username,password,scope,rotated"]
    pos = r.randint(1, 3)
    for i in range(4):
        if i == pos:
            rows.append("gradle-cache,%s,%s,read-write,2024-%02d-01" % (pick(r, USERS), raw(v), r.randint(1, 12)))
        else:
            rows.append("%s,%s,,read-only,never" % (pick(r, ["bazel-remote", "ccache", "sccache"]), pick(r, USERS)))
    return pick(r, ["ops/cache-accounts.csv", "docs/inventory/build-cache-users.csv"]), "\n".join(rows) + "\n"


@T("ccache", "basic-auth-password", g_password, "CACHE_PASSWORD")
def ini_cache_tool(r, v, neg):
    txt = """[cache]
backend = http
url = https://%s/ccache
layout = subdirs
timeout = 30

[auth]
user = %s
password = %s

[stats]
report_interval = 600
""" % (host(r), pick(r, USERS), raw(v))
    return pick(r, ["tools/cachewarm/cachewarm.ini", "config/cache.ini"]), txt


@T("sccache", "redis-password", g_redis_pw, "REDIS_PASSWORD")
def sql_seed_runner(r, v, neg):
    txt = """-- Seed data for the build-farm control plane (dev stack)
INSERT INTO cache_backends (id, name, kind, endpoint, created_at)
VALUES (1, 'sccache-main', 'redis', 'redis://:%s@sccache-redis:6379/0', NOW());

INSERT INTO runner_pools (id, name, cache_backend_id, max_runners)
VALUES (1, 'linux-x64', 1, %d), (2, 'linux-arm64', 1, %d);
""" % (raw(v), r.choice([8, 16, 32]), r.choice([4, 8]))
    return pick(r, ["db/seeds/001_cache_backends.sql", "migrations/seed_cache.sql"]), txt


@T("develocity", "access-key", g_develocity, "DEVELOCITY_ACCESS_KEY")
def gradle_kts_ci_plugin(r, v, neg):
    h = ge_host(r)
    txt = """// buildSrc convention plugin: publish scans only from CI
import com.gradle.develocity.agent.gradle.DevelocityConfiguration

plugins {
    `kotlin-dsl`
}

extensions.configure<DevelocityConfiguration> {
    server.set("https://%s")
    accessKey.set(%s)
    buildScan {
        publishing.onlyIf { System.getenv("CI") != null }
    }
}
""" % (h, expr(v, "kts"))
    return "buildSrc/src/main/kotlin/develocity-conventions.gradle.kts", txt


@T("nx-cloud", "access-token", g_nx_rw, "NX_CLOUD_AUTH_TOKEN")
def sh_nx_agents(r, v, neg):
    txt = """#!/usr/bin/env bash
set -eo pipefail
# Jenkins agents don't get the CI secret store, so the token lives here for now.
export NX_CLOUD_AUTH_TOKEN=%s
export NX_BRANCH="${BRANCH_NAME}"

npx nx-cloud start-ci-run --distribute-on="5 linux-medium-js"
npx nx affected -t lint test build --parallel=3
npx nx-cloud complete-ci-run
""" % raw(v)
    return pick(r, ["ci/nx-ci.sh", "scripts/jenkins/nx.sh"]), txt


@T("buildbuddy", "api-key", g_bb_key, "BB_API_KEY")
def bazelrc_bes_only(r, v, neg):
    txt = """# Build Event Service only; remote cache lives in ci.bazelrc
build --bes_results_url=https://app.buildbuddy.io/invocation/
build --bes_backend=grpcs://remote.buildbuddy.io
build --bes_header=x-buildbuddy-api-key=%s
build --build_metadata=REPO_URL=https://github.com/%s/%s.git
build --build_metadata=VISIBILITY=%s
""" % (raw(v), org(r), pick(r, REPOS), pick(r, ["PRIVATE", "PUBLIC"]))
    return pick(r, ["bes.bazelrc", "tools/bazel/bes.bazelrc"]), txt


@T("bazel-remote", "basic-auth-password", g_password, "CACHE_PASSWORD")
def py_bazel_wrapper(r, v, neg):
    txt = """#!/usr/bin/env python3
# tools/bazel: wrapper picked up by bazelisk; adds remote cache flags on CI.
import os
import sys

REAL = os.environ.get("BAZEL_REAL", "bazel-real")
CACHE_USER = "%s"
CACHE_PASS = %s

args = sys.argv[1:]
if args and args[0] in ("build", "test", "run") and os.environ.get("CI"):
    url = "https://%%s:%%s@%s" %% (CACHE_USER, CACHE_PASS)
    args = [args[0], "--remote_cache=" + url] + args[1:]
os.execvp(REAL, [REAL] + args)
""" % (pick(r, USERS), expr(v, "py"), host(r))
    return "tools/bazel", txt


# ------------------------------------------------------ look-alike negatives
LOOKS = []


def L(kind):
    def deco(fn):
        LOOKS.append({"name": fn.__name__, "fn": fn, "kind": kind})
        return fn
    return deco


def sha256(r):
    return rs(r, HEX, 64)


def sri(r, n=64):
    return base64.b64encode(rbytes(r, n)).decode()


@L("action-digest")
def l_exec_log(r):
    out = []
    for i in range(r.randint(4, 8)):
        out.append(json.dumps({"commandArgs": ["bazel-out/k8-fastbuild/bin/external/rules_go/go", "tool", "compile"],
                               "mnemonic": pick(r, ["GoCompilePkg", "Javac", "CppCompile", "TestRunner"]),
                               "remoteCacheHit": r.random() < 0.7,
                               "digest": {"hash": sha256(r), "sizeBytes": str(r.randint(100, 9999999)),
                                          "hashFunctionName": "SHA-256"},
                               "actualOutputs": [{"path": "bazel-out/k8-fastbuild/bin/pkg/%d.a" % i,
                                                  "digest": {"hash": sha256(r), "sizeBytes": str(r.randint(100, 99999))}}]},
                              separators=(",", ":")))
    return pick(r, ["logs/exec_log.json", "ci/artifacts/execution_log.jsonl"]), "\n".join(out) + "\n"


@L("bazelrc-no-secret")
def l_bazelrc_instance(r):
    o = org(r)
    txt = """build:rbe --remote_executor=grpcs://remote.buildbuddy.io
build:rbe --remote_instance_name=%s/%s/%s
build:rbe --remote_default_exec_properties=OSFamily=Linux
build:rbe --remote_header=x-buildbuddy-platform.container-image=docker://gcr.io/%s/rbe-ubuntu@sha256:%s
build:rbe --remote_header=x-buildbuddy-platform.recycle-runner=true
build:rbe --bes_results_url=https://app.buildbuddy.io/invocation/
build:rbe --remote_timeout=3600
# credentials come from ~/.bazelrc (bb login)
""" % (o, pick(r, REPOS), rs(r, HEX, 12), o, sha256(r))
    return ".bazelrc", txt


@L("lockfile-hash")
def l_module_lock(r):
    mods = ["rules_go", "gazelle", "rules_python", "rules_cc", "protobuf", "abseil-cpp", "rules_jvm_external"]
    entries = []
    for m in r.sample(mods, 4):
        entries.append('    "https://bcr.bazel.build/modules/%s/%d.%d.%d/source.json": "%s"' %
                       (m, r.randint(0, 9), r.randint(0, 40), r.randint(0, 9), sha256(r)))
    txt = '{\n  "lockFileVersion": 11,\n  "registryFileHashes": {\n%s\n  },\n  "selectedYankedVersions": {},\n  "moduleExtensions": {}\n}\n' % ",\n".join(entries)
    return "MODULE.bazel.lock", txt


@L("archive-sha256")
def l_workspace_sha(r):
    txt = """load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")

http_archive(
    name = "io_bazel_rules_go",
    sha256 = "%s",
    urls = ["https://github.com/bazelbuild/rules_go/releases/download/v0.%d.0/rules_go-v0.%d.0.zip"],
)

http_archive(
    name = "bazel_gazelle",
    sha256 = "%s",
    urls = ["https://github.com/bazelbuild/bazel-gazelle/releases/download/v0.%d.0/bazel-gazelle-v0.%d.0.tar.gz"],
)
""" % (sha256(r), 46, 46, sha256(r), 35, 35)
    return "WORKSPACE", txt


@L("sri-integrity")
def l_module_bazel(r):
    txt = """module(name = "%s", version = "0.0.0")

bazel_dep(name = "rules_go", version = "0.48.0")
bazel_dep(name = "gazelle", version = "0.37.0")

archive_override(
    module_name = "rules_foreign_cc",
    integrity = "sha256-%s",
    strip_prefix = "rules_foreign_cc-0.11.1",
    urls = ["https://github.com/bazelbuild/rules_foreign_cc/archive/0.11.1.tar.gz"],
)

go_deps = use_extension("@gazelle//:extensions.bzl", "go_deps")
go_deps.from_file(go_mod = "//:go.mod")
""" % (pick(r, REPOS).replace("-", "_"), sri(r, 32))
    return "MODULE.bazel", txt


@L("wrapper-checksum")
def l_gradle_wrapper(r):
    txt = """distributionBase=GRADLE_USER_HOME
distributionPath=wrapper/dists
distributionSha256Sum=%s
distributionUrl=https\\://services.gradle.org/distributions/gradle-8.%d-bin.zip
networkTimeout=10000
validateDistributionUrl=true
zipStoreBase=GRADLE_USER_HOME
zipStorePath=wrapper/dists
""" % (sha256(r), r.randint(4, 10))
    return "gradle/wrapper/gradle-wrapper.properties", txt


@L("verification-metadata")
def l_gradle_verif(r):
    comps = []
    for g, a in r.sample([("com.google.guava", "guava"), ("org.jetbrains.kotlin", "kotlin-stdlib"),
                          ("com.squareup.okhttp3", "okhttp"), ("io.netty", "netty-buffer"),
                          ("org.slf4j", "slf4j-api")], 3):
        comps.append("""      <component group="%s" name="%s" version="%d.%d.%d">
         <artifact name="%s-%d.jar">
            <sha256 value="%s" origin="Generated by Gradle"/>
         </artifact>
      </component>""" % (g, a, r.randint(1, 33), r.randint(0, 9), r.randint(0, 9), a, r.randint(1, 9), sha256(r)))
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<verification-metadata xmlns="https://schema.gradle.org/dependency-verification" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
   <configuration>
      <verify-metadata>true</verify-metadata>
      <verify-signatures>false</verify-signatures>
   </configuration>
   <components>
%s
   </components>
</verification-metadata>
""" % "\n".join(comps)
    return "gradle/verification-metadata.xml", txt


@L("build-scan-url")
def l_scan_urls(r):
    rows = ["## Build health, week %d" % r.randint(1, 52), "", "| job | result | scan |", "|---|---|---|"]
    for j in ["compile", "unit-tests", "integration", "publish"]:
        rows.append("| %s | %s | https://%s/s/%s |" % (j, pick(r, ["pass", "fail", "flaky"]), ge_host(r), rs(r, LOWER_ALNUM, 13)))
    rows += ["", "Remote cache hit rate: %d%%" % r.randint(40, 95)]
    return pick(r, ["docs/build-health.md", "reports/weekly-build.md"]), "\n".join(rows) + "\n"


@L("invocation-url")
def l_bb_invocations(r):
    lines = []
    for i in range(r.randint(3, 6)):
        lines.append("INFO: Streaming build results to: https://app.buildbuddy.io/invocation/%s" % uuid4(r))
        lines.append("INFO: Elapsed time: %.3fs, Critical Path: %.2fs" % (r.uniform(5, 900), r.uniform(1, 300)))
        lines.append("INFO: %d processes: %d remote cache hit, %d internal." % (r.randint(10, 900), r.randint(1, 500), r.randint(1, 90)))
    return pick(r, ["logs/bazel-ci.log", "ci/output/build.log"]), "\n".join(lines) + "\n"


@L("turbo-run-summary")
def l_turbo_summary(r):
    tasks = []
    for pkg in r.sample(["web", "docs", "ui", "api", "config"], 3):
        tasks.append({"taskId": "%s#build" % pkg, "hash": rs(r, HEX, 16),
                      "inputs": {"package.json": rs(r, HEX, 40), "src/index.ts": rs(r, HEX, 40)},
                      "cache": {"status": pick(r, ["HIT", "MISS"]), "source": "REMOTE", "timeSaved": r.randint(0, 90000)}})
    d = {"id": rs(r, ALNUM, 27), "version": "1", "turboVersion": "2.0.4",
         "globalCacheInputs": {"rootKey": "You don't understand! I coulda had class. I coulda been a contender.",
                               "hashOfExternalDependencies": rs(r, HEX, 16)}, "tasks": tasks}
    return ".turbo/runs/%s.json" % rs(r, ALNUM, 27), json.dumps(d, indent=2) + "\n"


@L("turbo-team-slug")
def l_turbo_config(r):
    d = {"teamid": "team_%s" % rs(r, ALNUM, 24), "apiurl": "https://turbo.%s.dev" % org(r)}
    if r.random() < 0.5:
        d["teamslug"] = "%s-%s" % (org(r), pick(r, ["eng", "platform", "web"]))
    return ".turbo/config.json", json.dumps(d, indent=2) + "\n"


@L("nx-cloud-id")
def l_nx_cloud_id(r):
    txt = """{
  "$schema": "./node_modules/nx/schemas/nx-schema.json",
  "nxCloudId": "%s",
  "defaultBase": "main",
  "targetDefaults": {
    "build": { "dependsOn": ["^build"], "cache": true },
    "lint": { "cache": true }
  }
}
""" % rs(r, HEX, 24)
    return "nx.json", txt


@L("nx-read-only-token")
def l_nx_read_only(r):
    txt = """{
  "extends": "nx/presets/npm.json",
  "nxCloudAccessToken": "%s",
  "targetDefaults": {
    "build": { "dependsOn": ["^build"], "outputs": ["{projectRoot}/dist"], "cache": true }
  }
}
""" % g_nx_ro(r)
    return "nx.json", txt


@L("sccache-stats")
def l_sccache_stats(r):
    txt = """Compile requests                   %d
Compile requests executed          %d
Cache hits                         %d
Cache hits (Rust)                  %d
Cache misses                       %d
Cache timeouts                       0
Cache read errors                    0
Forced recaches                      0
Cache write errors                   0
Cache location                  Redis, name: redis://sccache-redis:6379/, prefix: /
Version (client)                0.8.1
Last miss key                   %s
""" % (r.randint(500, 3000), r.randint(400, 2500), r.randint(100, 2000), r.randint(100, 2000), r.randint(0, 400), sha256(r))
    return pick(r, ["logs/sccache-stats.txt", "ci/artifacts/sccache.log"]), txt


@L("ccache-config")
def l_ccache_conf(r):
    txt = """max_size = 20G
hash_dir = false
remote_storage = http://%s/ccache|layout=bazel|read-only=true
compiler_check = %%compiler%% -v
# stats: last cleanup 2024-%02d-%02d, cache key example %s
""" % (host(r), r.randint(1, 12), r.randint(1, 28), rs(r, HEX, 40))
    return pick(r, ["ci/ccache.conf", "ccache.conf"]), txt


@L("lockfile-integrity")
def l_pnpm_lock(r):
    pkgs = []
    for n in r.sample(["turbo", "nx", "typescript", "esbuild", "vite", "prettier", "eslint"], 4):
        pkgs.append("  %s@%d.%d.%d:\n    resolution: {integrity: sha512-%s}\n    engines: {node: '>=18'}\n" %
                    (n, r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), sri(r)))
    return "pnpm-lock.yaml", "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\npackages:\n\n" + "\n".join(pkgs)


@L("lockfile-integrity")
def l_package_lock(r):
    d = {"name": pick(r, REPOS), "lockfileVersion": 3, "requires": True, "packages": {}}
    for n in r.sample(["@nx/js", "turbo", "typescript", "@vercel/remote", "tslib"], 3):
        d["packages"]["node_modules/" + n] = {"version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9)),
                                              "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (n, n.split("/")[-1]),
                                              "integrity": "sha512-" + sri(r), "dev": True}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@L("lockfile-hash")
def l_cargo_lock(r):
    out = ["# This file is automatically @generated by Cargo.", "version = 3", ""]
    for n in r.sample(["serde", "tokio", "anyhow", "redis", "sccache-dist", "reqwest"], 3):
        out += ["[[package]]", 'name = "%s"' % n, 'version = "1.%d.%d"' % (r.randint(0, 40), r.randint(0, 9)),
                'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % sha256(r), ""]
    return "Cargo.lock", "\n".join(out)


@L("image-digest")
def l_docker_digest(r):
    txt = """FROM gcr.io/bazel-public/bazel@sha256:%s AS bazel
FROM ghcr.io/%s/ci-base@sha256:%s

COPY --from=bazel /usr/local/bin/bazel /usr/local/bin/bazel
RUN apt-get update && apt-get install -y --no-install-recommends ccache ninja-build && rm -rf /var/lib/apt/lists/*
ENV CCACHE_DIR=/cache/ccache
""" % (sha256(r), org(r), sha256(r))
    return pick(r, ["ci/Dockerfile", "docker/ci-base.Dockerfile"]), txt


@L("git-sha")
def l_changelog(r):
    rows = ["# Changelog", ""]
    for i in range(r.randint(4, 7)):
        rows.append("- %s %s" % (rs(r, HEX, 40), pick(r, ["bump rules_go", "enable remote cache compression",
                                                          "switch CI to bazel 7", "pin sccache 0.8.1",
                                                          "turbo: add lint task", "gradle: enable config cache"])))
    return pick(r, ["CHANGELOG.md", "docs/build-changelog.md"]), "\n".join(rows) + "\n"


@L("ssh-public-key")
def l_authorized_keys(r):
    lines = []
    for u in r.sample(USERS, 3):
        if r.random() < 0.5:
            lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@build-farm" % (rs(r, ALNUM + "+/", 43), u))
        else:
            lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@ci" % (rs(r, ALNUM + "+/", 200), u))
    return pick(r, ["infra/cache-host/authorized_keys", "ansible/files/authorized_keys"]), "\n".join(lines) + "\n"


@L("certificate")
def l_ca_cert(r):
    return pick(r, ["certs/engflow-ca.crt", "infra/tls/cache-ca.pem"]), pem_text("CERTIFICATE", cert_lines(r))


@L("public-key")
def l_pubkey(r):
    txt = "# Turbo artifact signature verification key (public)\n" + pem_text("PUBLIC KEY", pubkey_lines(r))
    return pick(r, ["keys/cache-signing.pub", "config/artifact-verify.pem"]), txt


@L("fingerprint")
def l_fingerprint_doc(r):
    fp = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32))
    txt = """# Pinning the remote cache certificate

The `cache.%s.internal` endpoint presents a certificate with SHA-256 fingerprint:

    %s

Verify with:

    openssl s_client -connect cache.%s.internal:443 </dev/null | openssl x509 -noout -fingerprint -sha256
""" % (org(r), fp, org(r))
    return "docs/tls-pinning.md", txt


@L("uuid")
def l_develocity_projects(r):
    rows = ["project_id,name,default_branch,owner_team_id"]
    for n in r.sample(REPOS, 4):
        rows.append("%s,%s,main,%s" % (uuid4(r), n, uuid4(r)))
    return "ops/develocity-projects.csv", "\n".join(rows) + "\n"


@L("cas-path")
def l_buildbarn_log(r):
    lines = []
    for i in range(r.randint(4, 8)):
        lines.append("2024/%02d/%02d %02d:%02d:%02d Blob blobs/sha256/cas/%s-%d not found, scheduling upload" %
                     (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                      sha256(r), r.randint(10, 999999)))
    return pick(r, ["logs/bb_storage.log", "var/log/buildbarn/frontend.log"]), "\n".join(lines) + "\n"


@L("gradle-cache-key")
def l_gradle_info(r):
    lines = []
    for t in r.sample([":app:compileKotlin", ":core:compileJava", ":data:kaptKotlin", ":app:mergeDexRelease", ":core:test"], 4):
        lines.append("> Task %s FROM-CACHE" % t)
        lines.append("Build cache key for task '%s' is %s" % (t, rs(r, HEX, 32)))
    lines.append("BUILD SUCCESSFUL in %ds" % r.randint(10, 400))
    lines.append("Publishing build scan...")
    lines.append("https://gradle.com/s/%s" % rs(r, LOWER_ALNUM, 13))
    return pick(r, ["logs/gradle-build.log", "build-output.txt"]), "\n".join(lines) + "\n"


@L("task-hash")
def l_nx_output(r):
    lines = []
    for p in r.sample(["web", "api", "shared-ui", "utils", "e2e"], 4):
        lines.append("> nx run %s:build  [remote cache]" % p)
        lines.append("   hash: %s" % rs(r, "0123456789", 20))
    lines.append("NX   Successfully ran target build for %d projects" % r.randint(4, 40))
    lines.append("Nx Cloud: View logs and investigate cache misses at https://cloud.nx.app/runs/%s" % rs(r, ALNUM, 10))
    return pick(r, ["logs/nx-ci.log", "ci/nx-output.txt"]), "\n".join(lines) + "\n"


@L("base64-config")
def l_configmap_b64(r):
    payload = "build --remote_cache=grpcs://%s\nbuild --remote_timeout=600\nbuild --remote_upload_local_results=false\n" % host(r)
    txt = """apiVersion: v1
kind: ConfigMap
metadata:
  name: bazelrc-ci
  namespace: ci
binaryData:
  ci.bazelrc: %s
""" % base64.b64encode(payload.encode()).decode()
    return pick(r, ["deploy/ci/bazelrc-configmap.yaml", "k8s/ci/configmap.yaml"]), txt


@L("signature")
def l_release_sigs(r):
    d = {"artifacts": []}
    for n in ["bazelisk-linux-amd64", "bazelisk-darwin-arm64", "buildifier-linux-amd64"]:
        d["artifacts"].append({"name": n, "sha256": sha256(r), "signature": base64.b64encode(rbytes(r, 64)).decode(),
                               "keyid": rs(r, HEX, 16)})
    return pick(r, ["tools/bin/manifest.json", "third_party/tools/signatures.json"]), json.dumps(d, indent=2) + "\n"


@L("checksums")
def l_sha256sums(r):
    names = ["sccache-v0.8.1-x86_64-unknown-linux-musl.tar.gz", "sccache-v0.8.1-aarch64-apple-darwin.tar.gz",
             "bazel-remote-2.4.3-linux-x86_64", "turbo-linux-64-2.0.4.tgz"]
    return "third_party/SHA256SUMS", "".join("%s  %s\n" % (sha256(r), n) for n in names)


@L("project-id")
def l_depot_json(r):
    return "depot.json", '{\n  "id": "%s"\n}\n' % rs(r, LOWER_ALNUM, 10)


@L("tf-generated-secret")
def l_tf_random(r):
    txt = """resource "random_password" "cache_writer" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "cache_writer" {
  secret_id     = aws_secretsmanager_secret.cache_writer.id
  secret_string = random_password.cache_writer.result
}

output "cache_bucket" {
  value = aws_s3_bucket.bazel_cache.bucket
}
"""
    return pick(r, ["terraform/cache/main.tf", "infra/bazel-cache/secrets.tf"]), txt


@L("cache-stats-csv")
def l_cache_csv(r):
    rows = ["date,action_key,hits,misses,bytes"]
    for i in range(6):
        rows.append("2024-%02d-%02d,%s,%d,%d,%d" % (r.randint(1, 12), r.randint(1, 28), sha256(r), r.randint(0, 900),
                                                    r.randint(0, 90), r.randint(1000, 10 ** 8)))
    return pick(r, ["reports/cache-hits.csv", "data/action-cache-stats.csv"]), "\n".join(rows) + "\n"


@L("ci-secret-refs")
def l_gha_refs(r):
    txt = """name: build

on: [push]

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      TURBO_TOKEN: ${{ secrets.TURBO_TOKEN }}
      TURBO_TEAM: ${{ vars.TURBO_TEAM }}
      NX_CLOUD_ACCESS_TOKEN: ${{ secrets.NX_CLOUD_ACCESS_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          path: ~/.cache/bazel
          key: bazel-${{ runner.os }}-${{ hashFiles('MODULE.bazel.lock', '.bazelversion') }}
      - run: bazel build --remote_header=x-buildbuddy-api-key=${{ secrets.BUILDBUDDY_API_KEY }} //...
"""
    return ".github/workflows/build.yml", txt


@L("env-provider")
def l_kts_providers(r):
    txt = """val cacheUser = providers.environmentVariable("GRADLE_CACHE_USER").orElse("anonymous")
val cachePass = providers.environmentVariable("GRADLE_CACHE_PASSWORD")

buildCache {
    remote<HttpBuildCache> {
        url = uri("https://%s/cache/")
        isPush = providers.environmentVariable("CI").isPresent
        if (cachePass.isPresent) {
            credentials {
                username = cacheUser.get()
                password = cachePass.get()
            }
        }
    }
}
""" % host(r)
    return "settings.gradle.kts", txt


@L("build-ids")
def l_gradle_props_ids(r):
    txt = """org.gradle.caching=true
org.gradle.parallel=true
org.gradle.jvmargs=-Xmx3g
# last green build on main
ci.lastGreenBuildId=%s
ci.lastGreenCommit=%s
develocity.projectId=%s
""" % (rs(r, LOWER_ALNUM, 13), rs(r, HEX, 40), pick(r, REPOS))
    return "gradle.properties", txt


@L("digest-rows")
def l_sql_digests(r):
    rows = []
    for i in range(4):
        rows.append("  ('%s', %d, '%s')" % (sha256(r), r.randint(100, 10 ** 7), pick(r, ["ac", "cas"])))
    txt = ("CREATE TABLE IF NOT EXISTS cache_entries (\n  digest CHAR(64) PRIMARY KEY,\n  size_bytes BIGINT NOT NULL,\n"
           "  kind VARCHAR(8) NOT NULL\n);\n\nINSERT INTO cache_entries (digest, size_bytes, kind) VALUES\n%s;\n" % ",\n".join(rows))
    return pick(r, ["db/fixtures/cache_entries.sql", "migrations/0003_cache_fixture.sql"]), txt


@L("doc-example")
def l_aws_doc_example(r):
    txt = """# S3-backed sccache

Set these on the runner (values below are the AWS documentation examples):

```sh
export SCCACHE_BUCKET=my-sccache-bucket
export SCCACHE_REGION=us-east-1
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Use an IAM role on CI instead of static keys wherever possible.
"""
    return pick(r, ["docs/sccache.md", "README.sccache.md"]), txt


@L("rcinfo-no-secret")
def l_rcinfo(r):
    txt = """---
cache_addresses:
- https://xcremotecache.%s.internal/cache/pods
primary_repo: git@github.com:%s/%s.git
primary_branch: develop
mode: producer
final_target: %s
artifact_maximum_age: 30
""" % (org(r), org(r), pick(r, REPOS), pick(r, ["App", "Core", "Widgets"]))
    return ".rcinfo", txt


@L("instance-name")
def l_engflow_rc(r):
    o = org(r)
    txt = """build:engflow --remote_executor=grpcs://%s.cluster.engflow.com
build:engflow --remote_instance_name=%s
build:engflow --tls_client_certificate=/etc/engflow/client.crt
build:engflow --tls_client_key=/etc/engflow/client.key
build:engflow --credential_helper=%s.cluster.engflow.com=%%workspace%%/tools/engflow_auth
build:engflow --host_platform=//platforms:linux_%s
""" % (o, rs(r, HEX, 24), o, pick(r, ["x64", "arm64"]))
    return pick(r, ["engflow.bazelrc", ".bazelrc"]), txt


@L("hash-in-yaml")
def l_gitlab_cache_key(r):
    txt = """build:
  image: gradle:8.7-jdk17
  variables:
    GRADLE_USER_HOME: $CI_PROJECT_DIR/.gradle
    CACHE_FALLBACK_KEY: gradle-%s
  cache:
    key:
      files: [gradle/libs.versions.toml]
    paths: [.gradle/caches]
  script:
    - ./gradlew build --build-cache
"""
    return ".gitlab-ci.yml", txt % rs(r, HEX, 40)


# --------------------------------------------------------------- assembly
def neg_value(r, tpl):
    """A non-secret value for a template's secret slot, and its category."""
    var = tpl["var"]
    cats = [("placeholder", 22), ("empty", 7), ("masked", 10), ("env-ref", 26),
            ("secret-manager-ref", 9), ("template-expr", 10)]
    if tpl["ex"] or tpl["name"].startswith("nx_json"):
        cats.append(("doc-or-public-value", 16))
    tot = sum(w for _, w in cats)
    x = r.uniform(0, tot)
    for cat, w in cats:
        x -= w
        if x <= 0:
            break
    if cat == "placeholder":
        return pick(r, PLACEHOLDERS), cat
    if cat == "empty":
        return "", cat
    if cat == "masked":
        return pick(r, MASKED), cat
    if cat == "env-ref":
        fl = "gha" if tpl["name"].startswith("gha_") and r.random() < 0.7 else pick(r, ["env", "env", "envb"])
        return Ref(var, fl), cat
    if cat == "secret-manager-ref":
        return Ref(var, pick(r, ["vault", "op", "sm"])), cat
    if cat == "template-expr":
        return Ref(var, pick(r, ["tmpl", "jinja"])), cat
    opts = list(tpl["ex"])
    if tpl["name"].startswith("nx_json"):
        opts.append(g_nx_ro(r))
    return pick(r, opts), cat


EXT_TYPES = {".bazelrc": "bazelrc", ".yml": "yaml", ".yaml": "yaml", ".json": "json", ".toml": "toml",
             ".gradle": "groovy", ".kts": "kotlin", ".properties": "properties", ".xml": "xml",
             ".sh": "shell", ".md": "markdown", ".tf": "terraform", ".py": "python", ".mjs": "javascript",
             ".go": "go", ".java": "java", ".jsonnet": "jsonnet", ".ini": "ini", ".csv": "csv", ".sql": "sql",
             ".log": "log", ".txt": "text", ".key": "pem", ".pem": "pem", ".crt": "pem", ".pub": "pem",
             ".conf": "ini", ".cfg": "ini", ".env": "dotenv", ".lock": "lockfile", ".jsonl": "json"}
NAME_TYPES = {"WORKSPACE": "starlark", "MODULE.bazel": "starlark", "Makefile": "makefile",
              "Dockerfile": "dockerfile", "Jenkinsfile": "groovy", ".netrc": "netrc", "netrc": "netrc",
              ".rcinfo": "yaml", "bazel": "python", ".env": "dotenv", ".env.local": "dotenv",
              "depot-build": "shell", "config": "toml", "authorized_keys": "ssh", "SHA256SUMS": "text",
              ".env.example": "dotenv", "MODULE.bazel.lock": "json", "user.bazelrc": "bazelrc",
              ".bazelrc.user": "bazelrc", ".bazelrc.ci": "bazelrc"}


def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base in NAME_TYPES:
        return NAME_TYPES[base]
    if base.endswith(".Dockerfile"):
        return "dockerfile"
    for ext in sorted(EXT_TYPES, key=len, reverse=True):
        if base.endswith(ext):
            return EXT_TYPES[ext]
    return "text"


def safe_neg_path(path):
    head, _, base = path.rpartition("/")
    if base == ".env" or (base.startswith(".env.") and base.split(".")[-1] not in ("example", "sample", "template", "dist")):
        base = ".env.example"
    return (head + "/" + base) if head else base


def cycle(r, n, count):
    out = []
    while len(out) < count:
        perm = list(range(n))
        r.shuffle(perm)
        out.extend(perm)
    return out[:count]


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kv.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    npos = nneg = 500

    for i, ti in enumerate(cycle(r, len(TEMPLATES), npos)):
        tpl = TEMPLATES[ti]
        val = tpl["gen"](r)
        path, text = tpl["fn"](r, val, False)
        needle = val[0] if isinstance(val, list) else val
        assert needle and needle in text, (tpl["name"], needle)
        line = num_lines(text, needle)
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": ftype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    jobs = [("reuse", j) for j in cycle(r, len(TEMPLATES), nneg // 2)]
    jobs += [("look", j) for j in cycle(r, len(LOOKS), nneg - nneg // 2)]
    r.shuffle(jobs)
    for i, (src, j) in enumerate(jobs):
        if src == "reuse":
            tpl = TEMPLATES[j]
            val, cat = neg_value(r, tpl)
            path, text = tpl["fn"](r, val, True)
            provider, kind = tpl["provider"], cat
        else:
            lk = LOOKS[j]
            path, text = lk["fn"](r)
            provider, kind = "lookalike", lk["kind"]
        path = safe_neg_path(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # re-read and verify every needle against the written files
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
        assert all(s["needle"] not in ln for ln in lines[:s["line"] - 1]), s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
