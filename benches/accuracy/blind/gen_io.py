#!/usr/bin/env python3
"""Blind evaluation-set generator: Azure DevOps and Microsoft developer tooling credentials.

EMPHASIS
    Domain: credentials that Azure DevOps users and .NET / Azure developers hard-code by mistake.
    Providers (manifest "provider"): azure-devops (PATs, legacy 52-char and the 84-char format),
    azure-artifacts (npm/.npmrc, NuGet nuget.config, pip.conf/.pypirc/requirements, Maven
    settings.xml, Gradle), azure-storage (account keys in connection strings, SAS signatures),
    azure-service-bus, azure-event-hubs, azure-signalr, azure-event-grid, azure-app-configuration,
    azure-app-service (publish profiles .PublishSettings/.pubxml, Kudu basic auth), entra-id
    (client secrets "xxx8Q~..."), power-platform (service-principal client secrets), azure-sql
    (connection-string passwords).
    Kinds: pat, pat-base64, pat-basic-auth, connection-string-key, access-key, sas-signature,
    publish-password, client-secret, sql-password.
    File types: YAML (azure-pipelines.yml, GitHub workflows, Helm/k8s), XML (nuget.config,
    settings.xml, .pubxml, .PublishSettings, web.config, App.config, .csproj), JSON
    (local.settings.json, appsettings*.json, service-connection exports, ARM parameters,
    launch.json), INI-like (.npmrc, pip.conf, .pypirc), properties, TOML, PowerShell, shell,
    C#, Python, JavaScript/TypeScript, Go, Java, Terraform, Bicep, Dockerfile, Markdown, SQL,
    CSV, logs, requirements.txt, .git-credentials, .env (positives only, under 1 in 20).

USAGE
    python3 -B gen_io.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (file, label, provider, kind, filetype, template; positives also
    conventional_name, true when the variable/key name is the usual one for the credential) and
    OUTDIR/secrets.jsonl (file, needle, line) for positives.  All randomness comes from one
    random.Random(SEED); output is byte-identical for one SEED.  Standard library only.

NEEDLE CONVENTIONS
    The needle is exactly the secret characters as written in the file, nothing around them:
    - PAT in a URL (https://user:PAT@dev.azure.com/..., pip index-url): the PAT only.
    - .npmrc `:_password=`: the base64 text written (base64 of the PAT), not the decoded PAT.
    - HTTP basic auth header (`Authorization: Basic X`): X, i.e. base64(":"+PAT) or
      base64(user+":"+PAT), as written.
    - Connection strings (AccountKey=, SharedAccessKey=, AccessKey=, Secret=, Password=):
      only the key/password value, not the whole connection string.
    - SAS URLs/tokens: the value of `sig=` exactly as written (URL-encoded, %2B %2F %3D).
    - Publish profiles: the userPWD / <Password> value.  Entra / Power Platform client
      secrets, Event Grid keys: the raw value.
    - No multi-line secrets are produced (no private keys in this domain).  `line` is the
      1-based line of the first occurrence; the program asserts it.

NEGATIVES
    n0000..n0249 re-use every positive template with the secret slot holding a non-secret:
    pipeline/secret references ($(System.AccessToken), $(PAT), ${{ secrets.X }}, %NUGET_PAT%,
    #{Token}#, __TOKEN__), env reads in code (os.environ[..], process.env.X, $env:X,
    Environment.GetEnvironmentVariable, os.Getenv, System.getenv, var.x), secret-manager
    references (op://..., @Microsoft.KeyVault(SecretUri=...)), placeholders (<your-pat>,
    YOUR_PAT_HERE, changeme, xxxx..), empty values, masked values (***, ****, [REDACTED]) and
    documented examples (Purview's ADO PAT example, the storage SAS doc signature, Event
    Grid's doc key).  .env paths are rewritten to .env.example for negatives.
    n0250..n0499 are domain look-alikes without any credential: Azurite/Storage-Emulator key
    (documented public), UseDevelopmentStorage=true, Application Insights instrumentation keys
    and connection strings (documented as not secret), Integrated Security / Entra-only SQL
    strings, org/project/tenant/client GUIDs, build and run ids, commit SHAs, package
    lock hashes (sha512 integrity, NuGet contentHash), SRI hashes, image digests, cert
    thumbprints, strong-name public keys, SSH public keys, public X.509 PEM, JWKS, workload
    identity federation service connections, PAT list API responses (token: null), app
    manifests with passwordCredentials hints, masked pipeline logs, Key Vault secret URIs.

FORMATS CHECKED (search tool, provider documentation first)
    - ADO PAT new format: Microsoft Purview SIT "Azure DevOps personal access token": 84 chars,
      fixed "AZDO" at positions 76-80; Sprint 241 release notes: PAT length 52 -> 84, 52 random
      chars.  Structure and checksum from Microsoft's own key-format library
      (microsoft/security-utilities, IdentifiableSecrets.cs, the generator side): 52 base62
      chars + "JQQJ99" + year char (A=2024) + month char (A-L) + 12 platform-reserved + 4
      provider-reserved chars + "AZDO" + 4 chars = base64 of the first 3 bytes of Marvin32
      (seed = "Default0" reversed, little-endian) over the 60 decoded bytes; no '+' or '/'.
      My Marvin32 was checked against keys of this family seen in public code (match).
    - ADO PAT legacy: Purview SIT: base32-encoded 256-bit key -> 52 chars [a-z2-7].
    - npm .npmrc: Azure Artifacts docs: //pkgs.dev.azure.com/<org>/[<project>/]_packaging/
      <feed>/npm/registry/:username / :_password=<base64 PAT> / :email; nuget.config
      <packageSourceCredentials><Feed><add key="Username"/><add key="ClearTextPassword"/>.
    - Storage account key: Purview SIT: 86 base64 chars + "==" (64 bytes).  Service Bus
      SharedAccessKey: 43 base64 chars + "=" (32 bytes).  SignalR string format
      Endpoint=https://<name>.service.signalr.net;AccessKey=<key>;Version=1.0; (azure-docs).
      Event Grid aeg-sas-key header/query (docs).  App Configuration
      Endpoint=https://<n>.azconfig.io;Id=<xxxx-l0-s0:20 chars>;Secret=<44 base64> (public code).
    - Entra client secret: 40 chars, 3 chars + "7Q~"/"8Q~" + 34 chars of [A-Za-z0-9_.~-]
      (public code; docs issue noting secrets always contain '~').
    - Publish profile userPWD: 60 alphanumeric chars (Microsoft blog sample of .PublishSettings).
    - SAS: sv/ss/srt/sp/se/st/spr/sig; sig = URL-encoded base64 HMAC-SHA256 (44 chars).
    - Azurite key and the storage SAS doc signature (documented examples) used as negatives.

DOUBTS
    - 84-char PAT: the 12 platform-reserved and 4 provider-reserved characters of real ADO PATs
      are not documented; they are random base62 here (provider part "AAA"+letter, as seen in
      other keys of the family).  Whether ADO uses the same checksum seed is inferred from the
      shared library, not from an ADO document.
    - Service Bus / Event Hubs / storage / SignalR / Event Grid keys are generated in the
      classic random-base64 form; the newer "identifiable" variants (+ASb, +AEh, +ASt, AZEG)
      carry per-kind checksum seeds I could not confirm, so they are not produced.
    - SignalR AccessKey and Event Grid key length (44 base64 chars) are inferred from public
      configs, not from a format statement.  App Configuration Id format is from public code.
    - Entra secrets: the "7Q~"/"8Q~" marker comes from observed secrets, not a document.
    - Publish-profile passwords are assumed 60 alphanumerics (one documented sample).
"""
import base64
import json
import os
import random
import string
import struct
import sys

B62 = string.ascii_letters + string.digits
B32L = "abcdefghijklmnopqrstuvwxyz234567"
ENTRA_ALPHA = string.ascii_letters + string.digits + "_.~-"
HEXL = "0123456789abcdef"

# Documented / well-known public values (negatives only).
AZURITE_KEY = ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
               "K1SZFPTOtr/KBHBeksoGMGw==")
DOC_ADO_PAT = "abcdefghijklmnopqrstuvwxyz012345679ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnoAZDOabcd"
DOC_SAS_SIG = "Z%2FRHIX5Xcg0Mq2rqI3OlWTjEg2tYkboXr1P9ZUXDtkk%3D"
DOC_EG_KEY = "XXXXXXXXXXXXXXXXXX0GXXX/nDT4hgdEj9DpBeRr38arnnm5OFg=="

# ---------------------------------------------------------------- Marvin32 / CASK
_M = 0xFFFFFFFF


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & _M


def _blk(p0, p1):
    p1 ^= p0
    p0 = _rotl(p0, 20)
    p0 = (p0 + p1) & _M
    p1 = _rotl(p1, 9)
    p1 ^= p0
    p0 = _rotl(p0, 27)
    p0 = (p0 + p1) & _M
    p1 = _rotl(p1, 19)
    return p0, p1


def marvin32(data, seed):
    p0, p1 = seed & _M, (seed >> 32) & _M
    n = len(data)
    i = 0
    while n - i >= 4:
        p0 = (p0 + struct.unpack_from("<I", data, i)[0]) & _M
        p0, p1 = _blk(p0, p1)
        i += 4
    r = n - i
    if r == 0:
        p0 = (p0 + 0x80) & _M
    elif r == 1:
        p0 = (p0 + (0x8000 | data[i])) & _M
    elif r == 2:
        p0 = (p0 + (0x800000 | struct.unpack_from("<H", data, i)[0])) & _M
    else:
        p0 = (p0 + (0x80000000 | (data[i + 2] << 16) | struct.unpack_from("<H", data, i)[0])) & _M
    p0, p1 = _blk(p0, p1)
    p0, p1 = _blk(p0, p1)
    return (p1 ^ p0) & _M


CASK_SEED = int.from_bytes(b"Default0"[::-1], "little")


# ---------------------------------------------------------------- value holder
class Val:
    """A slot value: literal text (quoted by templates) or a code expression."""

    def __init__(self, s, lit=True):
        self.s = s
        self.lit = lit

    def __str__(self):
        return self.s


def q(v, ch='"'):
    return ch + v.s + ch if v.lit else v.s


def xe(v):
    s = v.s if isinstance(v, Val) else v
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- context
ORGS = ["northpeak-labs", "brightlane", "tidewater-it", "kestrel-systems", "olivetree-dev",
        "meridian-apps", "bluefin-data", "harbourline", "quillworks", "redfern-digital",
        "silverbirch-eng", "lumen-retail", "ottergate", "cobaltrail", "stonebridge-fin"]
PROJECTS = ["Platform", "Payments", "Mobile", "DataPipeline", "Infra", "Web", "Billing", "Core",
            "Logistics", "Identity", "Reporting", "Checkout"]
FEEDS = ["internal", "shared-packages", "platform-feed", "npm-internal", "python-libs",
         "nuget-core", "artifacts", "team-feed", "libs"]
APPS = ["orders-api", "billing-func", "portal-web", "inventory-svc", "notify-worker",
        "catalog-api", "ingest-func", "reports-web", "auth-gateway", "pricing-svc",
        "shipping-api", "events-processor", "tenant-admin", "search-indexer"]
REGIONS = ["westeurope", "eastus", "eastus2", "northeurope", "uksouth", "westus2",
           "australiaeast", "centralus", "francecentral", "swedencentral"]
USERS = ["j.morgan", "priya.nair", "svc-build", "tomas.kral", "a.oduya", "lena.fischer",
         "build-agent", "mikael.s", "r.castillo", "deploy-bot", "h.tanaka", "olga.petrova"]
ENVS = ["dev", "test", "stg", "prod", "qa", "uat"]


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.org = rng.choice(ORGS)
        self.project = rng.choice(PROJECTS)
        self.feed = rng.choice(FEEDS)
        self.app = rng.choice(APPS)
        self.region = rng.choice(REGIONS)
        self.user = rng.choice(USERS)
        self.env = rng.choice(ENVS)
        self.repo = rng.choice([self.app, self.project.lower(), self.app.split("-")[0] + "-service"])
        self.email = self.user.replace("-", ".") + "@" + self.org.split("-")[0] + ".com"
        self.compact = self.app.replace("-", "")[:14]

    # random helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def rint(self, a, b):
        return self.r.randint(a, b)

    def chars(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.chars(HEXL, n)

    def guid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rbytes(n)).decode()

    def date(self):
        return "20%02d-%02d-%02d" % (self.rint(23, 25), self.rint(1, 12), self.rint(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.rint(0, 23), self.rint(0, 59), self.rint(0, 59))

    def storage(self):
        s = ("st" + self.compact + self.env)[:20] + str(self.rint(10, 99))
        return s.lower()

    def ns(self):
        return "sb-%s-%s" % (self.app, self.env)

    def sha1(self):
        return self.hex(40)

    def feed_url(self, kind, scoped=None):
        if scoped is None:
            scoped = self.r.random() < 0.6
        base = "https://pkgs.dev.azure.com/%s/" % self.org
        if scoped:
            base += self.project + "/"
        base += "_packaging/%s/" % self.feed
        return base + {"npm": "npm/registry/", "nuget": "nuget/v3/index.json",
                       "pypi": "pypi/simple/", "upload": "pypi/upload/", "maven": "maven/v1"}[kind]


# ---------------------------------------------------------------- secret generators
def gen_pat_legacy(c):
    return c.chars(B32L, 52)


def gen_pat_new(c):
    while True:
        body = (c.chars(B62, 52) + "JQQJ99" + c.pick("ABC") + c.pick("ABCDEFGHIJKL")
                + c.chars(B62, 12) + "AAA" + c.pick(string.ascii_uppercase) + "AZDO")
        raw = base64.b64decode(body)
        cs = marvin32(raw, CASK_SEED)
        tail = base64.b64encode(struct.pack("<I", cs)[:3]).decode()
        if "+" not in tail and "/" not in tail:
            return body + tail


def gen_pat(c):
    return gen_pat_new(c) if c.r.random() < 0.5 else gen_pat_legacy(c)


def gen_pat_b64(c):
    return base64.b64encode(gen_pat(c).encode()).decode()


def gen_basic(c):
    user = "" if c.r.random() < 0.6 else c.user
    return base64.b64encode((user + ":" + gen_pat(c)).encode()).decode()


def gen_key32(c):
    return c.b64(32)


def gen_key64(c):
    return c.b64(64)


def gen_sig(c):
    s = c.b64(32)
    return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def gen_entra(c):
    return c.chars(ENTRA_ALPHA, 3) + c.pick("78") + "Q~" + c.chars(ENTRA_ALPHA, 34)


def gen_pubpwd(c):
    return c.chars(B62, 60)


def gen_sqlpwd(c):
    while True:
        n = c.rint(14, 24)
        s = c.chars(string.ascii_letters + string.digits + "!#$%^*-_+?@", n)
        if (any(ch.isdigit() for ch in s) and any(ch.isupper() for ch in s)
                and any(ch.islower() for ch in s) and any(ch in "!#$%^*-_+?@" for ch in s)):
            return s


GENS = {"pat": gen_pat, "pat_b64": gen_pat_b64, "basic": gen_basic, "key32": gen_key32,
        "key64": gen_key64, "sig": gen_sig, "entra": gen_entra, "pubpwd": gen_pubpwd,
        "sqlpwd": gen_sqlpwd}

# slot class of each generator (for negative placeholders)
SLOT = {"pat": "pat", "pat_b64": "pat_b64", "basic": "basic", "key32": "key", "key64": "key",
        "sig": "sig", "entra": "entra", "pubpwd": "pwd", "sqlpwd": "pwd"}

NEG_LIT = {
    "pat": ["$(System.AccessToken)", "$(PAT)", "$(AZURE_DEVOPS_PAT)", "%NUGET_PAT%",
            "${{ secrets.AZURE_DEVOPS_PAT }}", "${AZURE_DEVOPS_EXT_PAT}", "<your-personal-access-token>",
            "<PAT>", "YOUR_PAT_HERE", "changeme", "x" * 52, "****", "***", "[REDACTED]", "",
            DOC_ADO_PAT, "op://Engineering/azure-devops-pat/credential", "{{ azure_devops_pat }}",
            "#{AdoPat}#", "__ADO_PAT__", "<paste token here>", "REPLACE_WITH_PAT"],
    "pat_b64": ["${AZDO_NPM_PASSWORD_B64}", "[BASE64_ENCODED_PERSONAL_ACCESS_TOKEN]",
                "<BASE64_ENCODED_PAT>", "${NPM_PASSWORD}", "", "***", "#{NpmFeedPasswordBase64}#",
                "$(npmPasswordB64)"],
    "basic": ["<base64(:PAT)>", "$(AdoBasicAuth)", "***", "${ADO_BASIC}", "BASE64_ENCODED_PAT",
              "[REDACTED]"],
    "key": ["<access-key>", "<your-shared-access-key>", "{key}", "[REDACTED]", "***", "",
            "$(SharedAccessKey)", "${SHARED_ACCESS_KEY}", "#{AccessKey}#", "REPLACE_ME",
            "x" * 44, "<primary-key>", "__KEY__", DOC_EG_KEY],
    "sig": ["<signature>", "REDACTED", "***", "", "{sig}", "%3Csig%3E", DOC_SAS_SIG, "$(SasSig)",
            "xxxxxxxx"],
    "entra": ["<client-secret>", "$(ServicePrincipalSecret)", "${{ secrets.AZURE_CLIENT_SECRET }}",
              "YOUR_CLIENT_SECRET", "***", "",
              "@Microsoft.KeyVault(SecretUri=https://kv-shared.vault.azure.net/secrets/sp-client-secret/)",
              "op://Platform/entra-app/client-secret", "#{ClientSecret}#", "changeme",
              "********"],
    "pwd": ["", "********", "$(PublishPassword)", "<password>", "[REDACTED]", "%DEPLOY_PASSWORD%",
            "changeme", "${DB_PASSWORD}", "#{SqlPassword}#", "YOUR_PASSWORD",
            "@Microsoft.KeyVault(VaultName=kv-shared;SecretName=sql-admin-password)"],
}


def env_expr(lang, name, c):
    r = c.r.random()
    if lang == "py":
        return 'os.environ["%s"]' % name if r < 0.5 else 'os.getenv("%s")' % name
    if lang == "cs":
        return ('Environment.GetEnvironmentVariable("%s")' % name if r < 0.5
                else 'configuration["%s"]' % name.replace("_", ":"))
    if lang == "js":
        return "process.env.%s" % name
    if lang == "ps":
        return "$env:%s" % name
    if lang == "sh":
        return '"${%s}"' % name
    if lang == "go":
        return 'os.Getenv("%s")' % name
    if lang == "java":
        return 'System.getenv("%s")' % name
    if lang == "tf":
        return "var.%s" % name.lower()
    return None


# ================================================================ positive templates
POS = []


def pos(provider, kind, gen, conv, lang=None, env=None):
    def deco(fn):
        POS.append({"fn": fn, "name": fn.__name__, "provider": provider, "kind": kind,
                    "gen": gen, "conv": conv, "lang": lang, "env": env})
        return fn
    return deco


def L(*lines):
    return "\n".join(lines) + "\n"


@pos("azure-devops", "pat", "pat", True)
def p_pipeline_vars(c, v):
    return "azure-pipelines.yml", L(
        "trigger:", "  branches:", "    include:", "      - main", "      - release/*", "",
        "pool:", "  vmImage: ubuntu-latest", "",
        "variables:", "  buildConfiguration: Release", "  dotnetVersion: '8.0.x'",
        "  AZURE_DEVOPS_PAT: '%s'" % v.s, "  feedName: %s" % c.feed, "",
        "steps:", "  - task: UseDotNet@2", "    inputs:", "      version: $(dotnetVersion)",
        "  - script: dotnet build --configuration $(buildConfiguration)",
        "    displayName: Build",
        "  - script: |",
        "      az devops configure --defaults organization=https://dev.azure.com/%s project=%s" % (c.org, c.project),
        "      az artifacts universal publish --feed $(feedName) --name %s --version 1.0.$(Build.BuildId) --path ./out" % c.app,
        "    env:", "      AZURE_DEVOPS_EXT_PAT: $(AZURE_DEVOPS_PAT)",
        "    displayName: Publish universal package")


@pos("azure-devops", "pat", "pat", False)
def p_pipeline_clone(c, v):
    other = c.pick(["shared-templates", "common-scripts", "infra-modules", "design-tokens"])
    return c.pick(["pipelines/ci.yml", "azure-pipelines.yml", ".azure/pipelines/build.yml"]), L(
        "trigger:", "  - main", "", "pool:", "  name: %s-linux" % c.project.lower(), "",
        "steps:", "  - checkout: self", "    fetchDepth: 1", "",
        "  - script: |", "      set -euo pipefail",
        "      git clone --depth 1 https://build:%s@dev.azure.com/%s/%s/_git/%s ../%s" % (v.s, c.org, c.project, other, other),
        "      ls -la ../%s" % other, "    displayName: Fetch %s" % other, "",
        "  - script: make test", "    displayName: Test")


@pos("azure-artifacts", "pat-base64", "pat_b64", False)
def p_npmrc(c, v):
    reg = c.feed_url("npm")
    base = reg[len("https:"):]
    nb = base[: -len("registry/")]
    return c.pick([".npmrc", "web/.npmrc", "frontend/.npmrc", "packages/ui/.npmrc"]), L(
        "registry=%s" % reg, "always-auth=true", "", "; begin auth token",
        "%s:username=%s" % (base, c.org), "%s:_password=%s" % (base, v.s),
        "%s:email=npm requires email to be set but doesn't use the value" % base,
        "%s:username=%s" % (nb, c.org), "%s:_password=%s" % (nb, v.s),
        "%s:email=npm requires email to be set but doesn't use the value" % nb, "; end auth token")


@pos("azure-artifacts", "pat-base64", "pat_b64", False)
def p_npmrc_user(c, v):
    reg = c.feed_url("npm", scoped=False)
    base = reg[len("https:"):]
    return c.pick(["tools/ci/.npmrc", "build/.npmrc", "docker/.npmrc"]), L(
        "@%s:registry=%s" % (c.org.split("-")[0], reg),
        "%s:username=%s" % (base, c.pick(["AzureDevOps", c.org, "anything"])),
        "%s:_password=%s" % (base, v.s), "%s:email=%s" % (base, c.email),
        "fund=false", "audit=false", "save-exact=true")


@pos("azure-artifacts", "pat", "pat", True)
def p_nuget_config(c, v):
    src = c.feed.replace("-", "")
    return c.pick(["nuget.config", "NuGet.Config", "src/nuget.config"]), L(
        '<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>",
        "    <clear />", '    <add key="%s" value="%s" />' % (src, c.feed_url("nuget")),
        '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
        "  </packageSources>", "  <packageSourceCredentials>", "    <%s>" % src,
        '      <add key="Username" value="%s" />' % c.email,
        '      <add key="ClearTextPassword" value="%s" />' % xe(v), "    </%s>" % src,
        "  </packageSourceCredentials>", "  <packageSourceMapping>",
        '    <packageSource key="nuget.org">', '      <package pattern="*" />', "    </packageSource>",
        '    <packageSource key="%s">' % src, '      <package pattern="%s.*" />' % c.project, "    </packageSource>",
        "  </packageSourceMapping>", "</configuration>")


@pos("azure-artifacts", "pat", "pat", True)
def p_nuget_config_multi(c, v):
    return ".nuget/NuGet.Config", L(
        '<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <config>",
        '    <add key="globalPackagesFolder" value="packages" />', "  </config>",
        "  <packageSources>", '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />',
        '    <add key="%s-feed" value="%s" />' % (c.project, c.feed_url("nuget", True)),
        "  </packageSources>", "  <packageSourceCredentials>", "    <%s-feed>" % c.project,
        '      <add key="Username" value="VssSessionToken" />',
        '      <add key="ClearTextPassword" value="%s" />' % xe(v),
        '      <add key="ValidAuthenticationTypes" value="basic" />', "    </%s-feed>" % c.project,
        "  </packageSourceCredentials>", "  <disabledPackageSources />", "</configuration>")


@pos("azure-artifacts", "pat", "pat", False)
def p_pip_conf(c, v):
    url = c.feed_url("pypi")
    return c.pick(["pip.conf", "deploy/pip.conf", "docker/pip.conf"]), L(
        "[global]", "timeout = 60",
        "index-url = https://%s:%s@%s" % (c.feed, v.s, url[len("https://"):]),
        "extra-index-url = https://pypi.org/simple", "", "[install]", "no-cache-dir = true")


@pos("azure-artifacts", "pat", "pat", True)
def p_pypirc(c, v):
    return c.pick([".pypirc", "release/.pypirc"]), L(
        "[distutils]", "index-servers =", "    %s" % c.feed, "    pypi", "",
        "[%s]" % c.feed, "repository = %s" % c.feed_url("upload"), "username = %s" % c.feed,
        "password = %s" % v.s, "", "[pypi]", "username = __token__")


@pos("azure-artifacts", "pat", "pat", False)
def p_requirements(c, v):
    url = c.feed_url("pypi")
    return c.pick(["requirements.txt", "requirements/prod.txt", "services/%s/requirements.txt" % c.app]), L(
        "--extra-index-url https://%s:%s@%s" % (c.user, v.s, url[len("https://"):]),
        "fastapi==0.110.0", "uvicorn[standard]==0.29.0", "pydantic==2.6.4",
        "azure-identity==1.15.0", "azure-storage-blob==12.19.1",
        "%s-common==%d.%d.%d" % (c.project.lower(), c.rint(1, 3), c.rint(0, 20), c.rint(0, 9)),
        "requests==2.31.0")


@pos("azure-artifacts", "pat", "pat", True)
def p_maven_settings(c, v):
    fid = c.feed
    return c.pick(["settings.xml", ".mvn/settings.xml", "ci/maven/settings.xml"]), L(
        '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"',
        '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">',
        "  <servers>", "    <server>", "      <id>%s</id>" % fid, "      <username>%s</username>" % c.org,
        "      <password>%s</password>" % xe(v), "    </server>", "  </servers>",
        "  <profiles>", "    <profile>", "      <id>azure-artifacts</id>", "      <repositories>",
        "        <repository>", "          <id>%s</id>" % fid, "          <url>%s</url>" % c.feed_url("maven"),
        "          <releases><enabled>true</enabled></releases>",
        "          <snapshots><enabled>true</enabled></snapshots>", "        </repository>",
        "      </repositories>", "    </profile>", "  </profiles>",
        "  <activeProfiles><activeProfile>azure-artifacts</activeProfile></activeProfiles>", "</settings>")


@pos("azure-artifacts", "pat", "pat", False, "java", "AZURE_ARTIFACTS_ENV_ACCESS_TOKEN")
def p_gradle(c, v):
    return c.pick(["build.gradle", "app/build.gradle"]), L(
        "plugins {", "    id 'java-library'", "    id 'maven-publish'", "}", "",
        "group = 'com.%s'" % c.org.split("-")[0], "version = '1.%d.0'" % c.rint(0, 30), "",
        "repositories {", "    mavenCentral()", "    maven {",
        "        url '%s'" % c.feed_url("maven"), "        name '%s'" % c.feed,
        "        credentials {", "            username '%s'" % c.org,
        "            password %s" % q(v, "'"), "        }", "    }", "}", "",
        "dependencies {", "    implementation 'com.fasterxml.jackson.core:jackson-databind:2.17.0'",
        "    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'", "}")


@pos("azure-devops", "pat", "pat", True, "sh", "AZURE_DEVOPS_EXT_PAT")
def p_sh_ext_pat(c, v):
    return c.pick(["scripts/create-pr.sh", "tools/ado-sync.sh", "scripts/bootstrap-ado.sh"]), L(
        "#!/usr/bin/env bash", "set -euo pipefail", "",
        "ORG_URL=\"https://dev.azure.com/%s\"" % c.org, "PROJECT=\"%s\"" % c.project,
        "export AZURE_DEVOPS_EXT_PAT=%s" % q(v), "",
        "az devops configure --defaults organization=\"$ORG_URL\" project=\"$PROJECT\"",
        "SOURCE_BRANCH=\"${1:-$(git rev-parse --abbrev-ref HEAD)}\"",
        "az repos pr create --repository %s --source-branch \"$SOURCE_BRANCH\" --target-branch main \\" % c.repo,
        "  --title \"Automated update $(date +%F)\" --auto-complete true --delete-source-branch true")


@pos("azure-devops", "pat", "pat", False)
def p_sh_devops_login(c, v):
    return c.pick(["scripts/login.sh", "ci/setup-az.sh", "bin/ado-login.sh"]), L(
        "#!/bin/sh", "# Log the az devops extension in for the nightly export job", "set -e", "",
        "az extension add --name azure-devops --only-show-errors",
        "echo \"%s\" | az devops login --organization https://dev.azure.com/%s" % (v.s, c.org),
        "az pipelines runs list --project %s --top 20 -o table > runs.txt" % c.project,
        "az boards query --wiql \"SELECT [System.Id] FROM workitems WHERE [System.State] = 'Active'\" -o json > active.json")


@pos("azure-devops", "pat", "pat", True, "ps", "AZURE_DEVOPS_PAT")
def p_ps_pat_b64(c, v):
    return c.pick(["scripts/Get-Builds.ps1", "tools/Export-WorkItems.ps1", "build/Update-Wiki.ps1"]), L(
        "param(", "    [string]$Organization = '%s'," % c.org, "    [string]$Project = '%s'" % c.project, ")", "",
        "$ErrorActionPreference = 'Stop'", "$pat = %s" % q(v, "'"),
        '$token = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))',
        "$headers = @{ Authorization = \"Basic $token\" }", "",
        '$uri = "https://dev.azure.com/$Organization/$Project/_apis/build/builds?api-version=7.1&`$top=50"',
        "$builds = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get",
        "$builds.value | Select-Object id, buildNumber, status, result | Format-Table")


@pos("azure-devops", "pat-basic-auth", "basic", False)
def p_ps_basic_header(c, v):
    return c.pick(["scripts/Queue-Release.ps1", "deploy/Trigger-Pipeline.ps1"]), L(
        "$org = '%s'" % c.org, "$project = '%s'" % c.project, "$pipelineId = %d" % c.rint(3, 480), "",
        "$headers = @{", "    'Authorization' = 'Basic %s'" % v.s, "    'Content-Type'  = 'application/json'", "}",
        "$body = @{ resources = @{ repositories = @{ self = @{ refName = 'refs/heads/main' } } } } | ConvertTo-Json -Depth 5",
        "$url = \"https://dev.azure.com/$org/$project/_apis/pipelines/$pipelineId/runs?api-version=7.1\"",
        "$run = Invoke-RestMethod -Method Post -Uri $url -Headers $headers -Body $body",
        "Write-Host \"Queued run $($run.id) -> $($run._links.web.href)\"")


@pos("azure-devops", "pat", "pat", False, "cs", "AZURE_DEVOPS_PAT")
def p_cs_vss(c, v):
    ns = c.project
    return "src/%s.Tools/AdoClientFactory.cs" % ns, L(
        "using System;", "using Microsoft.TeamFoundation.WorkItemTracking.WebApi;",
        "using Microsoft.VisualStudio.Services.Common;", "using Microsoft.VisualStudio.Services.WebApi;", "",
        "namespace %s.Tools;" % ns, "", "public static class AdoClientFactory", "{",
        '    private static readonly Uri OrgUrl = new("https://dev.azure.com/%s");' % c.org, "",
        "    public static WorkItemTrackingHttpClient CreateWorkItemClient()", "    {",
        "        var credentials = new VssBasicCredential(string.Empty, %s);" % q(v),
        "        var connection = new VssConnection(OrgUrl, credentials);",
        "        return connection.GetClient<WorkItemTrackingHttpClient>();", "    }", "}")


@pos("azure-devops", "pat", "pat", True, "cs", "AZURE_DEVOPS_PAT")
def p_cs_const(c, v):
    return "tools/ReleaseNotes/Program.cs", L(
        "using System.Net.Http.Headers;", "using System.Text;", "",
        "const string Organization = \"%s\";" % c.org, "const string Project = \"%s\";" % c.project,
        "const string PersonalAccessToken = %s;" % q(v), "",
        "using var http = new HttpClient();",
        "var auth = Convert.ToBase64String(Encoding.ASCII.GetBytes($\":{PersonalAccessToken}\"));",
        "http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Basic\", auth);",
        "var json = await http.GetStringAsync($\"https://dev.azure.com/{Organization}/{Project}/_apis/git/repositories?api-version=7.1\");",
        "Console.WriteLine(json);")


@pos("azure-devops", "pat", "pat", False, "py", "AZURE_DEVOPS_PAT")
def p_py_basicauth(c, v):
    return c.pick(["tools/ado_report.py", "scripts/list_pipelines.py"]), L(
        "from azure.devops.connection import Connection", "from msrest.authentication import BasicAuthentication",
        "import os", "", "ORG_URL = \"https://dev.azure.com/%s\"" % c.org, "",
        "def main():", "    credentials = BasicAuthentication('', %s)" % q(v, "'"),
        "    connection = Connection(base_url=ORG_URL, creds=credentials)",
        "    core = connection.clients.get_core_client()",
        "    for project in core.get_projects():", "        print(project.id, project.name)", "",
        "if __name__ == \"__main__\":", "    main()")


@pos("azure-devops", "pat", "pat", True, "py", "ADO_PAT")
def p_py_settings(c, v):
    return c.pick(["config/settings.py", "%s/settings.py" % c.app.replace("-", "_")]), L(
        "\"\"\"Settings for the backlog sync job.\"\"\"", "import os", "from pathlib import Path", "",
        "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = os.getenv(\"DEBUG\", \"0\") == \"1\"",
        "ADO_ORG_URL = \"https://dev.azure.com/%s\"" % c.org, "ADO_PROJECT = \"%s\"" % c.project,
        "ADO_PAT = %s" % q(v), "SYNC_INTERVAL_SECONDS = %d" % c.pick([300, 600, 900]),
        "AREA_PATH = \"%s\\\\%s\"" % (c.project, c.pick(["Team A", "Backend", "Frontend"])))


@pos("azure-devops", "pat", "pat", False, "js", "AZURE_PERSONAL_ACCESS_TOKEN")
def p_js_nodeapi(c, v):
    return c.pick(["scripts/ado-stats.js", "tools/pr-dashboard/index.js"]), L(
        "const azdev = require('azure-devops-node-api');", "",
        "const orgUrl = 'https://dev.azure.com/%s';" % c.org,
        "const authHandler = azdev.getPersonalAccessTokenHandler(%s);" % q(v, "'"),
        "const connection = new azdev.WebApi(orgUrl, authHandler);", "",
        "async function run() {", "  const git = await connection.getGitApi();",
        "  const prs = await git.getPullRequestsByProject('%s', { status: 1 });" % c.project,
        "  console.log(`${prs.length} active pull requests`);", "}", "", "run().catch(err => { console.error(err); process.exit(1); });")


@pos("azure-artifacts", "pat", "pat", False)
def p_dockerfile_nuget(c, v):
    return c.pick(["Dockerfile", "src/%s/Dockerfile" % c.app]), L(
        "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build", "WORKDIR /src",
        "RUN curl -L https://raw.githubusercontent.com/Microsoft/artifacts-credprovider/master/helpers/installcredprovider.sh | sh",
        "ENV VSS_NUGET_EXTERNAL_FEED_ENDPOINTS='{\"endpointCredentials\": [{\"endpoint\":\"%s\", \"username\":\"docker\", \"password\":\"%s\"}]}'" % (c.feed_url("nuget"), v.s),
        "COPY . .", "RUN dotnet restore \"%s.csproj\" -s \"%s\"" % (c.app, c.feed_url("nuget")),
        "RUN dotnet publish -c Release -o /app --no-restore", "",
        "FROM mcr.microsoft.com/dotnet/aspnet:8.0", "WORKDIR /app", "COPY --from=build /app .",
        "ENTRYPOINT [\"dotnet\", \"%s.dll\"]" % c.app)


@pos("azure-artifacts", "pat", "pat", True)
def p_compose_feed(c, v):
    return c.pick(["docker-compose.yml", "docker-compose.build.yml"]), L(
        "services:", "  %s:" % c.app, "    build:", "      context: .", "      dockerfile: src/Dockerfile",
        "      args:", "        FEED_URL: %s" % c.feed_url("nuget"), "        FEED_ACCESSTOKEN: \"%s\"" % v.s,
        "    ports:", "      - \"8080:8080\"", "    environment:",
        "      ASPNETCORE_ENVIRONMENT: Development", "    depends_on:", "      - redis",
        "  redis:", "    image: redis:7-alpine")


@pos("azure-devops", "pat", "pat", False)
def p_git_credentials(c, v):
    return c.pick([".git-credentials", "dotfiles/.git-credentials", "ci/.git-credentials"]), L(
        "https://%s:%s@dev.azure.com" % (c.user, v.s),
        "https://%s@github.com" % c.user.replace(".", "-"))


@pos("azure-devops", "pat", "pat", False)
def p_md_clone(c, v):
    return c.pick(["docs/setup.md", "README.md", "docs/onboarding.md"]), L(
        "# %s - local setup" % c.project, "",
        "1. Install the .NET 8 SDK and Node 20.", "2. Clone the repository:", "",
        "```bash", "git clone https://%s@dev.azure.com/%s/%s/_git/%s" % (v.s, c.org, c.project, c.repo),
        "cd %s" % c.repo, "dotnet restore", "```", "",
        "3. Run `dotnet run --project src/%s` and open http://localhost:5080." % c.app, "",
        "Ask %s if you need access to the %s feed." % (c.email, c.feed))


@pos("azure-devops", "pat", "pat", True)
def p_gha_env(c, v):
    return c.pick([".github/workflows/mirror-to-ado.yml", ".github/workflows/sync-boards.yml"]), L(
        "name: Mirror to Azure Repos", "on:", "  push:", "    branches: [ main ]", "",
        "jobs:", "  mirror:", "    runs-on: ubuntu-latest", "    env:",
        "      AZURE_DEVOPS_EXT_PAT: %s" % v.s, "      ADO_ORG: https://dev.azure.com/%s" % c.org,
        "    steps:", "      - uses: actions/checkout@v4", "        with:", "          fetch-depth: 0",
        "      - name: Push", "        run: |",
        "          git remote add ado https://anything:${AZURE_DEVOPS_EXT_PAT}@dev.azure.com/%s/%s/_git/%s" % (c.org, c.project, c.repo),
        "          git push ado HEAD:main --force")


@pos("azure-devops", "pat", "pat", True, "tf", "AZDO_PERSONAL_ACCESS_TOKEN")
def p_tf_provider(c, v):
    return c.pick(["infra/providers.tf", "terraform/ado/main.tf"]), L(
        "terraform {", "  required_providers {", "    azuredevops = {",
        "      source  = \"microsoft/azuredevops\"", "      version = \">= 1.0.1\"", "    }", "  }", "}", "",
        "provider \"azuredevops\" {", "  org_service_url       = \"https://dev.azure.com/%s\"" % c.org,
        "  personal_access_token = %s" % q(v), "}", "",
        "resource \"azuredevops_project\" \"this\" {", "  name               = \"%s\"" % c.project,
        "  visibility         = \"private\"", "  version_control    = \"Git\"",
        "  work_item_template = \"Agile\"", "}")


@pos("azure-devops", "pat", "pat", False)
def p_agent_log(c, v):
    ts = c.ts()[:-1]
    return c.pick(["logs/agent-setup.log", "_diag/Agent_%s.log" % c.date().replace("-", "")]), L(
        "[%s] Agent version 3.%d.%d" % (ts, c.rint(230, 248), c.rint(0, 9)),
        "[%s] Running: ./config.sh --unattended --url https://dev.azure.com/%s --auth pat --token %s --pool %s --agent %s-%02d --acceptTeeEula" % (ts, c.org, v.s, c.project, c.app, c.rint(1, 20)),
        "[%s] Connecting to server ..." % ts, "[%s] Successfully added the agent" % ts,
        "[%s] Testing agent connection." % ts, "[%s] Settings Saved." % ts)


@pos("azure-devops", "pat", "pat", True)
def p_env_agent(c, v):
    return c.pick([".env", "agent/.env"]), L(
        "AZP_URL=https://dev.azure.com/%s" % c.org, "AZP_TOKEN=%s" % v.s,
        "AZP_POOL=%s-docker" % c.project.lower(), "AZP_AGENT_NAME=docker-agent-%02d" % c.rint(1, 9))


@pos("azure-devops", "pat", "pat", True)
def p_k8s_agent(c, v):
    return c.pick(["k8s/azp-agent.yaml", "deploy/agents/deployment.yaml"]), L(
        "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: azp-agent", "  namespace: build-agents",
        "spec:", "  replicas: %d" % c.rint(1, 4), "  selector:", "    matchLabels:", "      app: azp-agent",
        "  template:", "    metadata:", "      labels:", "        app: azp-agent", "    spec:",
        "      containers:", "        - name: agent", "          image: %sacr.azurecr.io/azp-agent:%s" % (c.org.split("-")[0], c.date()),
        "          env:", "            - name: AZP_URL", "              value: https://dev.azure.com/%s" % c.org,
        "            - name: AZP_TOKEN", "              value: \"%s\"" % v.s,
        "            - name: AZP_POOL", "              value: k8s-pool")


@pos("azure-devops", "pat", "pat", False)
def p_helm_values(c, v):
    return c.pick(["deploy/values.yaml", "charts/azp-agent/values.yaml"]), L(
        "replicaCount: 2", "image:", "  repository: %sacr.azurecr.io/azdo-agent" % c.org.split("-")[0],
        "  tag: \"%d.%d\"" % (c.rint(1, 4), c.rint(0, 30)), "", "azp:", "  url: https://dev.azure.com/%s" % c.org,
        "  pool: %s" % c.project, "  token: \"%s\"" % v.s, "", "resources:", "  limits:", "    cpu: 2",
        "    memory: 4Gi", "nodeSelector:", "  agentpool: build")


@pos("azure-devops", "pat", "pat", True)
def p_vscode_launch(c, v):
    return ".vscode/launch.json", json.dumps({
        "version": "0.2.0", "configurations": [{
            "name": "Run sync", "type": "python", "request": "launch", "program": "${workspaceFolder}/sync.py",
            "console": "integratedTerminal",
            "env": {"AZURE_DEVOPS_ORG": "https://dev.azure.com/" + c.org, "AZURE_DEVOPS_EXT_PAT": v.s,
                    "LOG_LEVEL": "debug"}}]}, indent=4) + "\n"


@pos("azure-devops", "pat", "pat", False, "go", "AZDO_PAT")
def p_go(c, v):
    return "cmd/%s/main.go" % c.app, L(
        "package main", "", "import (", "\t\"context\"", "\t\"fmt\"", "\t\"log\"", "",
        "\t\"github.com/microsoft/azure-devops-go-api/azuredevops/v7\"",
        "\t\"github.com/microsoft/azure-devops-go-api/azuredevops/v7/core\"", ")", "",
        "func main() {", "\tctx := context.Background()",
        "\tconn := azuredevops.NewPatConnection(\"https://dev.azure.com/%s\", %s)" % (c.org, q(v)),
        "\tclient, err := core.NewClient(ctx, conn)", "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}",
        "\tresp, err := client.GetProjects(ctx, core.GetProjectsArgs{})", "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}",
        "\tfor _, p := range resp.Value {", "\t\tfmt.Println(*p.Name)", "\t}", "}")


@pos("azure-devops", "pat", "pat", True)
def p_app_config_xml(c, v):
    return c.pick(["src/%s.Sync/App.config" % c.project, "App.config"]), L(
        '<?xml version="1.0" encoding="utf-8" ?>', "<configuration>", "  <startup>",
        '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />', "  </startup>",
        "  <appSettings>", '    <add key="AdoCollectionUrl" value="https://dev.azure.com/%s" />' % c.org,
        '    <add key="AdoProject" value="%s" />' % c.project, '    <add key="AdoPat" value="%s" />' % xe(v),
        '    <add key="PollMinutes" value="%d" />' % c.rint(5, 60), "  </appSettings>", "</configuration>")


@pos("azure-devops", "pat", "pat", False)
def p_sql_settings(c, v):
    return c.pick(["db/seed/integration_settings.sql", "migrations/%s_ado_integration.sql" % c.date().replace("-", "")]), L(
        "-- Integration settings for the work item sync", "BEGIN TRANSACTION;",
        "INSERT INTO integration_settings (name, value, updated_by) VALUES ('ado_org_url', 'https://dev.azure.com/%s', '%s');" % (c.org, c.user),
        "INSERT INTO integration_settings (name, value, updated_by) VALUES ('ado_project', '%s', '%s');" % (c.project, c.user),
        "INSERT INTO integration_settings (name, value, updated_by) VALUES ('ado_credential', '%s', '%s');" % (v.s, c.user),
        "INSERT INTO integration_settings (name, value, updated_by) VALUES ('sync_enabled', 'true', '%s');" % c.user,
        "COMMIT;")


def storage_cs(c, acct, key):
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)


def sb_cs(c, key, policy=None, ns=None, hub=None):
    s = "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s" % (
        ns or c.ns(), policy or c.pick(["RootManageSharedAccessKey", "send-listen", "sender", "app-policy"]), key)
    if hub:
        s += ";EntityPath=" + hub
    return s


def sas_query(c, sig, kind="account"):
    st = c.ts()
    if kind == "account":
        return "sv=2022-11-02&ss=%s&srt=%s&sp=%s&se=%s&st=%s&spr=https&sig=%s" % (
            c.pick(["b", "bf", "bfqt"]), c.pick(["co", "sco"]), c.pick(["rl", "rwdlac", "rwdlacupiytfx"]),
            "20%d-12-31T23:59:59Z" % c.rint(25, 27), st, sig)
    return "sp=%s&st=%s&se=%s&spr=https&sv=2022-11-02&sr=%s&sig=%s" % (
        c.pick(["r", "racwdl", "rcw"]), st, "20%d-06-30T00:00:00Z" % c.rint(25, 27), c.pick(["b", "c"]), sig)


@pos("azure-storage", "connection-string-key", "key64", True)
def p_local_settings(c, v):
    return c.pick(["local.settings.json", "src/%s/local.settings.json" % c.app]), json.dumps({
        "IsEncrypted": False, "Values": {
            "AzureWebJobsStorage": storage_cs(c, c.storage(), v.s),
            "FUNCTIONS_WORKER_RUNTIME": c.pick(["dotnet-isolated", "python", "node"]),
            "QueueName": "%s-items" % c.app.split("-")[0], "APPLICATIONINSIGHTS_CONNECTION_STRING": ""},
        "Host": {"LocalHttpPort": 7071, "CORS": "*"}}, indent=2) + "\n"


@pos("azure-service-bus", "connection-string-key", "key32", True)
def p_appsettings_sb(c, v):
    return c.pick(["appsettings.json", "src/%s/appsettings.json" % c.app]), json.dumps({
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "AllowedHosts": "*", "ConnectionStrings": {"ServiceBus": sb_cs(c, v.s)},
        "Messaging": {"QueueName": "%s-commands" % c.app.split("-")[0], "MaxConcurrentCalls": c.rint(2, 16)}}, indent=2) + "\n"


@pos("azure-signalr", "access-key", "key32", True)
def p_appsettings_signalr(c, v):
    return c.pick(["appsettings.Development.json", "src/%s/appsettings.Development.json" % c.app]), json.dumps({
        "Azure": {"SignalR": {"ConnectionString": "Endpoint=https://%s-signalr.service.signalr.net;AccessKey=%s;Version=1.0;" % (c.app, v.s),
                              "ServerStickyMode": "Required"}},
        "Logging": {"LogLevel": {"Default": "Debug"}}}, indent=2) + "\n"


@pos("azure-app-configuration", "connection-string-key", "key32", True)
def p_appsettings_appconfig(c, v):
    ident = "%s-l%d-s0:%s" % (c.chars(B62 + "+/", 4), c.rint(0, 9), c.chars(B62 + "+/", 20))
    return c.pick(["appsettings.json", "src/%s/appsettings.Production.json" % c.app]), json.dumps({
        "ConnectionStrings": {"AppConfig": "Endpoint=https://appcs-%s-%s.azconfig.io;Id=%s;Secret=%s" % (c.app, c.env, ident, v.s)},
        "FeatureManagement": {"NewCheckout": False}, "AllowedHosts": "*"}, indent=2) + "\n"


@pos("azure-service-bus", "connection-string-key", "key32", False)
def p_cs_sbclient(c, v):
    return "src/%s/Messaging/OrderPublisher.cs" % c.project, L(
        "using Azure.Messaging.ServiceBus;", "", "namespace %s.Messaging;" % c.project, "",
        "public sealed class OrderPublisher : IAsyncDisposable", "{",
        "    private readonly ServiceBusClient _client = new(\"%s\");" % sb_cs(c, v.s),
        "    private readonly ServiceBusSender _sender;", "",
        "    public OrderPublisher() => _sender = _client.CreateSender(\"orders\");", "",
        "    public Task PublishAsync(string body) => _sender.SendMessageAsync(new ServiceBusMessage(body));", "",
        "    public async ValueTask DisposeAsync()", "    {", "        await _sender.DisposeAsync();",
        "        await _client.DisposeAsync();", "    }", "}")


@pos("azure-service-bus", "connection-string-key", "key32", False)
def p_py_sb(c, v):
    return c.pick(["worker/bus.py", "%s/messaging.py" % c.app.replace("-", "_")]), L(
        "from azure.servicebus import ServiceBusClient, ServiceBusMessage", "",
        "QUEUE = \"%s-jobs\"" % c.app.split("-")[0], "",
        "client = ServiceBusClient.from_connection_string(", "    \"%s\"" % sb_cs(c, v.s), ")", "",
        "def send(payload: str) -> None:", "    with client.get_queue_sender(QUEUE) as sender:",
        "        sender.send_messages(ServiceBusMessage(payload))")


@pos("azure-event-hubs", "connection-string-key", "key32", False)
def p_py_eventhub(c, v):
    hub = c.pick(["telemetry", "clickstream", "audit-events", "iot-ingest"])
    return c.pick(["ingest/producer.py", "src/eventhub_producer.py"]), L(
        "import json", "from azure.eventhub import EventHubProducerClient, EventData", "",
        "producer = EventHubProducerClient.from_connection_string(",
        "    conn_str=\"%s\"," % sb_cs(c, v.s, ns="evh-%s-%s" % (c.app, c.env), policy="producer"),
        "    eventhub_name=\"%s\"," % hub, ")", "",
        "def publish(events):", "    batch = producer.create_batch()", "    for e in events:",
        "        batch.add(EventData(json.dumps(e)))", "    producer.send_batch(batch)")


@pos("azure-event-hubs", "connection-string-key", "key32", False)
def p_kafka_props(c, v):
    ns = "evh-%s-%s" % (c.app, c.env)
    return c.pick(["src/main/resources/kafka.properties", "config/kafka-client.properties"]), L(
        "bootstrap.servers=%s.servicebus.windows.net:9093" % ns, "security.protocol=SASL_SSL",
        "sasl.mechanism=PLAIN",
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"$ConnectionString\" password=\"%s\";" % sb_cs(c, v.s, ns=ns),
        "client.id=%s" % c.app, "acks=all", "linger.ms=5")


@pos("azure-event-grid", "access-key", "key32", False, "js", "EVENTGRID_KEY")
def p_js_eventgrid(c, v):
    return c.pick(["src/events/publisher.ts", "functions/publish/index.ts"]), L(
        "import { EventGridPublisherClient, AzureKeyCredential } from '@azure/eventgrid';", "",
        "const endpoint = 'https://egt-%s.%s-1.eventgrid.azure.net/api/events';" % (c.app, c.region),
        "const client = new EventGridPublisherClient(endpoint, 'EventGrid', new AzureKeyCredential(%s));" % q(v, "'"), "",
        "export async function publishOrderCreated(id: string) {", "  await client.send([{",
        "    eventType: '%s.OrderCreated'," % c.project, "    subject: `orders/${id}`,",
        "    dataVersion: '1.0',", "    data: { id },", "  }]);", "}")


@pos("azure-event-grid", "access-key", "key32", False)
def p_sh_eventgrid_curl(c, v):
    return c.pick(["scripts/send-test-event.sh", "tools/eg-smoke.sh"]), L(
        "#!/usr/bin/env bash", "set -euo pipefail",
        "ENDPOINT=https://egt-%s.%s-1.eventgrid.azure.net/api/events" % (c.app, c.region),
        "curl -sS -X POST \"$ENDPOINT\" \\", "  -H \"aeg-sas-key: %s\" \\" % v.s,
        "  -H 'Content-Type: application/json' \\",
        "  -d '[{\"id\":\"'$(uuidgen)'\",\"eventType\":\"smoke.test\",\"subject\":\"ci\",\"eventTime\":\"'$(date -u +%FT%TZ)'\",\"data\":{},\"dataVersion\":\"1.0\"}]'")


@pos("azure-storage", "sas-signature", "sig", False)
def p_py_sas_url(c, v):
    acct = c.storage()
    return c.pick(["jobs/export_reports.py", "scripts/upload_backup.py"]), L(
        "from azure.storage.blob import BlobClient", "",
        "BLOB_URL = (", "    \"https://%s.blob.core.windows.net/exports/report-latest.csv\"" % acct,
        "    \"?%s\"" % sas_query(c, v.s, "service"), ")", "",
        "def upload(path):", "    blob = BlobClient.from_blob_url(BLOB_URL)",
        "    with open(path, \"rb\") as fh:", "        blob.upload_blob(fh, overwrite=True)")


@pos("azure-storage", "sas-signature", "sig", False)
def p_azcopy(c, v):
    acct = c.storage()
    return c.pick(["scripts/sync-assets.sh", "deploy/publish-static.sh"]), L(
        "#!/usr/bin/env bash", "set -euo pipefail", "npm run build",
        "azcopy sync ./dist \"https://%s.blob.core.windows.net/$web?%s\" --delete-destination=true" % (acct, sas_query(c, v.s)),
        "echo \"published to https://%s.z6.web.core.windows.net\"" % acct)


@pos("azure-storage", "sas-signature", "sig", True)
def p_appsettings_sas(c, v):
    acct = c.storage()
    return c.pick(["appsettings.json", "config/storage.json"]), json.dumps({
        "Storage": {"AccountName": acct, "ContainerName": "uploads",
                    "SasToken": "?" + sas_query(c, v.s, "service"),
                    "BlobEndpoint": "https://%s.blob.core.windows.net" % acct}}, indent=2) + "\n"


@pos("azure-storage", "connection-string-key", "key64", True, "tf", "STORAGE_ACCESS_KEY")
def p_tf_backend(c, v):
    return c.pick(["infra/backend.tf", "terraform/backend.tf"]), L(
        "terraform {", "  backend \"azurerm\" {", "    resource_group_name  = \"rg-tfstate-%s\"" % c.env,
        "    storage_account_name = \"%s\"" % c.storage(), "    container_name       = \"tfstate\"",
        "    key                  = \"%s.terraform.tfstate\"" % c.app, "    access_key           = \"%s\"" % v.s,
        "  }", "}")


@pos("azure-storage", "connection-string-key", "key64", False, "ps", "STORAGE_KEY")
def p_ps_storagectx(c, v):
    return c.pick(["scripts/Copy-Backups.ps1", "ops/Upload-Logs.ps1"]), L(
        "Import-Module Az.Storage", "",
        "$ctx = New-AzStorageContext -StorageAccountName '%s' -StorageAccountKey %s" % (c.storage(), q(v, "'")),
        "Get-ChildItem -Path D:\\Backups\\*.bak | ForEach-Object {",
        "    Set-AzStorageBlobContent -File $_.FullName -Container 'sql-backups' -Blob $_.Name -Context $ctx -Force", "}")


@pos("azure-storage", "connection-string-key", "key64", False)
def p_sh_az_storage(c, v):
    return c.pick(["scripts/upload-artifacts.sh", "ci/publish-docs.sh"]), L(
        "#!/usr/bin/env bash", "set -e", "VERSION=$(git describe --tags --always)",
        "az storage blob upload-batch --account-name %s --account-key %s \\" % (c.storage(), v.s),
        "  --destination docs/$VERSION --source ./site --overwrite")


@pos("azure-storage", "connection-string-key", "key64", True)
def p_spring_storage(c, v):
    return c.pick(["src/main/resources/application.yml", "application-dev.yml"]), L(
        "spring:", "  application:", "    name: %s" % c.app, "  cloud:", "    azure:", "      storage:", "        blob:",
        "          account-name: %s" % c.storage(), "          account-key: %s" % v.s,
        "          container-name: documents", "server:", "  port: 8080")


@pos("azure-service-bus", "connection-string-key", "key32", True)
def p_spring_sb(c, v):
    return "src/main/resources/application.properties", L(
        "spring.application.name=%s" % c.app, "server.port=8081",
        "spring.cloud.azure.servicebus.connection-string=%s" % sb_cs(c, v.s),
        "spring.cloud.azure.servicebus.entity-name=%s-queue" % c.app.split("-")[0],
        "spring.cloud.azure.servicebus.entity-type=queue", "management.endpoints.web.exposure.include=health,info")


@pos("azure-service-bus", "connection-string-key", "key32", True)
def p_env_prod(c, v):
    return c.pick([".env.production", ".env.local"]), L(
        "NODE_ENV=production", "PORT=3000", "SERVICEBUS_CONNECTION=%s" % sb_cs(c, v.s),
        "QUEUE_NAME=%s" % c.app, "LOG_LEVEL=info")


@pos("azure-service-bus", "connection-string-key", "key32", False)
def p_md_runbook(c, v):
    return c.pick(["docs/runbook.md", "docs/ops/messaging.md"]), L(
        "# Messaging runbook", "", "## Dead-letter replay", "",
        "Use Service Bus Explorer with the namespace connection string:", "",
        "    %s" % sb_cs(c, v.s), "",
        "Then open `%s-commands/$DeadLetterQueue`, select the messages and click *Resubmit*." % c.app.split("-")[0], "",
        "Escalate to %s if more than 500 messages are dead-lettered." % c.email)


@pos("azure-service-bus", "connection-string-key", "key32", False)
def p_app_log(c, v):
    ts = c.ts()[:-1]
    return c.pick(["logs/app.log", "logs/%s-%s.log" % (c.app, c.date())]), L(
        "%s INF Starting %s v1.%d.%d" % (ts, c.app, c.rint(0, 9), c.rint(0, 99)),
        "%s DBG Configuration loaded from appsettings.json, environment=%s" % (ts, c.env),
        "%s DBG Messaging: using connection %s" % (ts, sb_cs(c, v.s)),
        "%s INF Now listening on: http://[::]:8080" % ts, "%s INF Application started." % ts)


@pos("azure-app-service", "publish-password", "pubpwd", True)
def p_publishsettings(c, v):
    site = "%s-%s" % (c.app, c.env)
    return c.pick(["%s.PublishSettings" % site, "deploy/%s.PublishSettings" % site]), L(
        "<publishData>",
        '  <publishProfile profileName="%s - Web Deploy" publishMethod="MSDeploy" publishUrl="%s.scm.azurewebsites.net:443" msdeploySite="%s" userName="$%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites">' % (site, site, site, site, v.s, site),
        "    <databases />", "  </publishProfile>",
        '  <publishProfile profileName="%s - FTP" publishMethod="FTP" publishUrl="ftps://waws-prod-%s-%03d.ftp.azurewebsites.windows.net/site/wwwroot" ftpPassiveMode="True" userName="%s\\$%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites">' % (site, c.pick(["am2", "db3", "bn1", "blu"]), c.rint(1, 200), site, site, v.s, site),
        "    <databases />", "  </publishProfile>", "</publishData>")


@pos("azure-app-service", "publish-password", "pubpwd", True)
def p_pubxml(c, v):
    site = "%s-%s" % (c.app, c.env)
    return "Properties/PublishProfiles/%s - Web Deploy.pubxml" % site, L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">', "  <PropertyGroup>",
        "    <WebPublishMethod>MSDeploy</WebPublishMethod>", "    <PublishProvider>AzureWebSite</PublishProvider>",
        "    <LastUsedBuildConfiguration>Release</LastUsedBuildConfiguration>",
        "    <SiteUrlToLaunchAfterPublish>https://%s.azurewebsites.net</SiteUrlToLaunchAfterPublish>" % site,
        "    <MSDeployServiceURL>%s.scm.azurewebsites.net:443</MSDeployServiceURL>" % site,
        "    <DeployIisAppPath>%s</DeployIisAppPath>" % site, "    <UserName>$%s</UserName>" % site,
        "    <Password>%s</Password>" % xe(v), "    <_SavePWD>True</_SavePWD>",
        "    <TargetFramework>net8.0</TargetFramework>", "    <SelfContained>false</SelfContained>",
        "  </PropertyGroup>", "</Project>")


@pos("azure-app-service", "publish-password", "pubpwd", False)
def p_gha_publish_profile(c, v):
    site = "%s-%s" % (c.app, c.env)
    return ".github/workflows/deploy.yml", L(
        "name: Deploy web app", "on:", "  workflow_dispatch:", "  push:", "    branches: [ main ]", "",
        "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-dotnet@v4", "        with:", "          dotnet-version: '8.0.x'",
        "      - run: dotnet publish -c Release -o ./publish", "      - uses: azure/webapps-deploy@v3",
        "        with:", "          app-name: %s" % site, "          package: ./publish", "          publish-profile: |",
        '            <publishData><publishProfile profileName="%s - Web Deploy" publishMethod="MSDeploy" publishUrl="%s.scm.azurewebsites.net:443" msdeploySite="%s" userName="$%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" /></publishData>' % (site, site, site, site, v.s, site))


@pos("azure-app-service", "publish-password", "pubpwd", False)
def p_sh_kudu(c, v):
    site = "%s-%s" % (c.app, c.env)
    return c.pick(["scripts/zipdeploy.sh", "deploy/kudu-deploy.sh"]), L(
        "#!/usr/bin/env bash", "set -euo pipefail", "dotnet publish -c Release -o out && (cd out && zip -r ../app.zip .)",
        "curl -sS -X POST -u '$%s:%s' \\" % (site, v.s), "  --data-binary @app.zip \\",
        "  \"https://%s.scm.azurewebsites.net/api/zipdeploy?isAsync=true\"" % site)


@pos("azure-app-service", "publish-password", "pubpwd", False, "ps", "KUDU_PASSWORD")
def p_ps_kudu(c, v):
    site = "%s-%s" % (c.app, c.env)
    return c.pick(["deploy/Restart-WebJob.ps1", "scripts/Get-KuduLogs.ps1"]), L(
        "$site = '%s'" % site,
        "$secure = ConvertTo-SecureString %s -AsPlainText -Force" % q(v, "'"),
        "$cred = New-Object System.Management.Automation.PSCredential(\"`$$site\", $secure)",
        "Invoke-RestMethod -Uri \"https://$site.scm.azurewebsites.net/api/continuouswebjobs/%s/start\" -Method Post -Credential $cred" % c.pick(["indexer", "cleanup", "mailer"]),
        "Write-Output 'WebJob started'")


@pos("entra-id", "client-secret", "entra", False)
def p_service_connection_export(c, v):
    return c.pick(["service-connections/%s-azurerm.json" % c.env, "ado/endpoints/azure-%s.json" % c.env]), json.dumps({
        "data": {"subscriptionId": c.guid(), "subscriptionName": "%s-%s" % (c.project, c.env),
                 "environment": "AzureCloud", "scopeLevel": "Subscription", "creationMode": "Manual"},
        "name": "sc-%s-%s" % (c.project.lower(), c.env), "type": "azurerm",
        "url": "https://management.azure.com/",
        "authorization": {"parameters": {"tenantid": c.guid(), "serviceprincipalid": c.guid(),
                                         "authenticationType": "spnKey", "serviceprincipalkey": v.s},
                          "scheme": "ServicePrincipal"},
        "isShared": False, "isReady": True,
        "serviceEndpointProjectReferences": [{"projectReference": {"id": c.guid(), "name": c.project},
                                              "name": "sc-%s-%s" % (c.project.lower(), c.env)}]}, indent=2) + "\n"


@pos("entra-id", "client-secret", "entra", True)
def p_appsettings_azuread(c, v):
    return c.pick(["appsettings.json", "src/%s.Api/appsettings.json" % c.project]), json.dumps({
        "AzureAd": {"Instance": "https://login.microsoftonline.com/", "Domain": "%s.onmicrosoft.com" % c.org.replace("-", ""),
                    "TenantId": c.guid(), "ClientId": c.guid(), "ClientSecret": v.s,
                    "CallbackPath": "/signin-oidc"},
        "DownstreamApi": {"BaseUrl": "https://graph.microsoft.com/v1.0", "Scopes": "User.Read"},
        "AllowedHosts": "*"}, indent=2) + "\n"


@pos("entra-id", "client-secret", "entra", False, "py", "AZURE_CLIENT_SECRET")
def p_py_msal(c, v):
    return c.pick(["app/graph_client.py", "scripts/graph_export.py"]), L(
        "import msal", "import requests", "",
        "TENANT_ID = \"%s\"" % c.guid(), "CLIENT_ID = \"%s\"" % c.guid(), "",
        "app = msal.ConfidentialClientApplication(", "    CLIENT_ID,",
        "    authority=f\"https://login.microsoftonline.com/{TENANT_ID}\",",
        "    client_credential=%s," % q(v), ")", "",
        "def get_users():",
        "    token = app.acquire_token_for_client(scopes=[\"https://graph.microsoft.com/.default\"])",
        "    r = requests.get(\"https://graph.microsoft.com/v1.0/users\", headers={\"Authorization\": \"Bearer \" + token[\"access_token\"]})",
        "    r.raise_for_status()", "    return r.json()[\"value\"]")


@pos("entra-id", "client-secret", "entra", False, "cs", "AZURE_CLIENT_SECRET")
def p_cs_clientsecretcred(c, v):
    return "src/%s.Infrastructure/KeyVaultSetup.cs" % c.project, L(
        "using Azure.Identity;", "using Azure.Security.KeyVault.Secrets;", "",
        "namespace %s.Infrastructure;" % c.project, "", "internal static class KeyVaultSetup", "{",
        "    public static SecretClient Create()", "    {",
        "        var credential = new ClientSecretCredential(\"%s\", \"%s\", %s);" % (c.guid(), c.guid(), q(v)),
        "        return new SecretClient(new Uri(\"https://kv-%s-%s.vault.azure.net/\"), credential);" % (c.app, c.env),
        "    }", "}")


@pos("entra-id", "client-secret", "entra", True, "tf", "ARM_CLIENT_SECRET")
def p_tf_azurerm(c, v):
    return c.pick(["infra/main.tf", "terraform/providers.tf"]), L(
        "provider \"azurerm\" {", "  features {}", "  subscription_id = \"%s\"" % c.guid(),
        "  tenant_id       = \"%s\"" % c.guid(), "  client_id       = \"%s\"" % c.guid(),
        "  client_secret   = %s" % q(v), "}", "",
        "resource \"azurerm_resource_group\" \"main\" {", "  name     = \"rg-%s-%s\"" % (c.app, c.env),
        "  location = \"%s\"" % c.region, "}")


@pos("entra-id", "client-secret", "entra", True)
def p_arm_params(c, v):
    return c.pick(["infra/azuredeploy.parameters.json", "arm/%s.parameters.json" % c.env]), json.dumps({
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
        "contentVersion": "1.0.0.0", "parameters": {
            "appName": {"value": c.app}, "location": {"value": c.region},
            "servicePrincipalClientId": {"value": c.guid()},
            "servicePrincipalClientSecret": {"value": v.s}, "skuName": {"value": "P1v3"}}}, indent=2) + "\n"


@pos("power-platform", "client-secret", "entra", False)
def p_pac_auth(c, v):
    return c.pick(["scripts/export-solution.ps1", "pipelines/scripts/pac-login.sh"]), L(
        "# Export the unmanaged solution from the dev environment",
        "pac auth create --name %s-dev --applicationId %s --clientSecret %s --tenant %s --environment https://%s-dev.crm4.dynamics.com" % (c.project.lower(), c.guid(), v.s, c.guid(), c.org.split("-")[0]),
        "pac solution export --name %sCore --path ./out/%sCore.zip --managed false" % (c.project, c.project),
        "pac solution unpack --zipfile ./out/%sCore.zip --folder ./solutions/%sCore --allowDelete" % (c.project, c.project))


@pos("power-platform", "client-secret", "entra", False)
def p_gha_powerplatform(c, v):
    return ".github/workflows/export-solution.yml", L(
        "name: export-solution", "on:", "  workflow_dispatch:", "", "jobs:", "  export:", "    runs-on: windows-latest",
        "    steps:", "      - uses: actions/checkout@v4",
        "      - uses: microsoft/powerplatform-actions/export-solution@v1", "        with:",
        "          environment-url: https://%s-dev.crm.dynamics.com" % c.org.split("-")[0],
        "          app-id: %s" % c.guid(), "          client-secret: %s" % v.s, "          tenant-id: %s" % c.guid(),
        "          solution-name: %sCore" % c.project, "          solution-output-file: out/%sCore.zip" % c.project)


@pos("power-platform", "client-secret", "entra", True)
def p_pp_spn_json(c, v):
    return c.pick(["deploy/powerplatform-connection.json", "alm/service-connection.json"]), json.dumps({
        "name": "PowerPlatform-%s" % c.env.upper(), "type": "powerplatform-spn",
        "url": "https://%s-%s.crm.dynamics.com/" % (c.org.split("-")[0], c.env),
        "authorization": {"scheme": "None", "parameters": {"tenantId": c.guid(), "applicationId": c.guid(),
                                                           "clientSecret": v.s}}}, indent=2) + "\n"


@pos("azure-sql", "sql-password", "sqlpwd", True)
def p_appsettings_sql(c, v):
    return c.pick(["appsettings.json", "src/%s.Api/appsettings.Staging.json" % c.project]), json.dumps({
        "ConnectionStrings": {"Default": "Server=tcp:sql-%s-%s.database.windows.net,1433;Initial Catalog=%s;Persist Security Info=False;User ID=%sadmin;Password=%s;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" % (c.app, c.env, c.project.lower(), c.project.lower(), v.s)},
        "Logging": {"LogLevel": {"Default": "Information"}}}, indent=2) + "\n"


@pos("azure-sql", "sql-password", "sqlpwd", False)
def p_webconfig_sql(c, v):
    return c.pick(["Web.config", "src/%s.Web/Web.config" % c.project]), L(
        '<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <connectionStrings>",
        '    <add name="%sContext" connectionString="Data Source=sql-%s-%s.database.windows.net;Initial Catalog=%s;User Id=app_user;Password=%s;Encrypt=True" providerName="System.Data.SqlClient" />' % (c.project, c.app, c.env, c.project, xe(v)),
        "  </connectionStrings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
        '    <httpRuntime targetFramework="4.8" />', "  </system.web>", "</configuration>")


@pos("azure-sql", "sql-password", "sqlpwd", True)
def p_bicepparam(c, v):
    return c.pick(["infra/main.bicepparam", "bicep/%s.bicepparam" % c.env]), L(
        "using './main.bicep'", "", "param location = '%s'" % c.region, "param appName = '%s'" % c.app,
        "param sqlAdminLogin = 'sqladmin'", "param sqlAdminPassword = '%s'" % v.s, "param skuName = 'S1'")


@pos("azure-app-configuration", "connection-string-key", "key32", False)
def p_py_appconfig(c, v):
    ident = "%s-l%d-s0:%s" % (c.chars(B62, 4), c.rint(0, 9), c.chars(B62 + "+/", 20))
    return c.pick(["app/config_loader.py", "src/settings_loader.py"]), L(
        "from azure.appconfiguration import AzureAppConfigurationClient", "",
        "_client = AzureAppConfigurationClient.from_connection_string(",
        "    \"Endpoint=https://appcs-%s.azconfig.io;Id=%s;Secret=%s\"" % (c.app, ident, v.s), ")", "",
        "def get(key: str, label: str = \"%s\") -> str:" % c.env,
        "    return _client.get_configuration_setting(key=key, label=label).value")


@pos("azure-signalr", "access-key", "key32", True)
def p_func_signalr(c, v):
    return c.pick(["api/local.settings.json", "functions/local.settings.json"]), json.dumps({
        "IsEncrypted": False, "Values": {
            "AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "node",
            "AzureSignalRConnectionString": "Endpoint=https://%s.service.signalr.net;AccessKey=%s;Version=1.0;" % (c.app, v.s)},
        "Host": {"CORS": "http://localhost:3000", "CORSCredentials": True}}, indent=2) + "\n"


@pos("azure-storage", "connection-string-key", "key64", False)
def p_csv_inventory(c, v):
    rows = ["resource,type,owner,rotated,value"]
    rows.append("%s,storage-account,%s,%s,%s" % (c.storage(), c.user, c.date(), v.s))
    rows.append("%s,app-service,%s,%s," % (c.app, c.user, c.date()))
    rows.append("kv-%s-%s,key-vault,%s,%s," % (c.app, c.env, c.user, c.date()))
    return c.pick(["ops/resources.csv", "docs/inventory/%s.csv" % c.env]), "\n".join(rows) + "\n"


@pos("azure-storage", "connection-string-key", "key64", False, "cs", "STORAGE_CONNECTION")
def p_cs_blobservice(c, v):
    return "src/%s/Storage/BlobStore.cs" % c.project, L(
        "using Azure.Storage.Blobs;", "", "namespace %s.Storage;" % c.project, "",
        "public class BlobStore", "{", "    private readonly BlobContainerClient _container;", "",
        "    public BlobStore()", "    {",
        "        var service = new BlobServiceClient(\"%s\");" % storage_cs(c, c.storage(), v.s),
        "        _container = service.GetBlobContainerClient(\"attachments\");", "    }", "",
        "    public Task UploadAsync(string name, Stream data) => _container.UploadBlobAsync(name, data);", "}")


# ================================================================ negative look-alike templates
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "name": fn.__name__, "provider": provider, "kind": kind})
        return fn
    return deco


def sri(c, n):
    return base64.b64encode(c.rbytes(n)).decode()


@neg("azure-storage", "emulator-key")
def n_azurite_local_settings(c):
    return c.pick(["local.settings.json", "src/%s/local.settings.json" % c.app]), json.dumps({
        "IsEncrypted": False, "Values": {
            "AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;" % AZURITE_KEY,
            "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"}}, indent=2) + "\n"


@neg("azure-storage", "emulator-key")
def n_azurite_compose(c):
    return "docker-compose.test.yml", L(
        "services:", "  azurite:", "    image: mcr.microsoft.com/azure-storage/azurite:3.%d.0" % c.rint(25, 33),
        "    ports: [\"10000:10000\", \"10001:10001\", \"10002:10002\"]", "  tests:", "    build: .",
        "    environment:", "      # Azurite well-known development account (public, documented)",
        "      STORAGE_ACCOUNT: devstoreaccount1", "      STORAGE_KEY: %s" % AZURITE_KEY,
        "      STORAGE_BLOB_ENDPOINT: http://azurite:10000/devstoreaccount1", "    depends_on: [azurite]")


@neg("azure-storage", "development-storage")
def n_use_dev_storage(c):
    return c.pick(["local.settings.json", "api/local.settings.json"]), json.dumps({
        "IsEncrypted": False, "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true",
                                         "FUNCTIONS_WORKER_RUNTIME": c.pick(["python", "node", "dotnet-isolated"]),
                                         "TimerSchedule": "0 */5 * * * *", "OutputContainer": "reports"},
        "Host": {"LocalHttpPort": 7071}}, indent=2) + "\n"


@neg("application-insights", "instrumentation-key")
def n_appinsights_cs(c):
    ik, aid = c.guid(), c.guid()
    return c.pick(["appsettings.json", "src/%s/appsettings.json" % c.app]), json.dumps({
        "ApplicationInsights": {"ConnectionString": "InstrumentationKey=%s;IngestionEndpoint=https://%s-%d.in.applicationinsights.azure.com/;LiveEndpoint=https://%s.livediagnostics.monitor.azure.com/;ApplicationId=%s" % (ik, c.region, c.rint(0, 9), c.region, aid)},
        "Logging": {"ApplicationInsights": {"LogLevel": {"Default": "Warning"}}}}, indent=2) + "\n"


@neg("application-insights", "instrumentation-key")
def n_appinsights_js(c):
    return c.pick(["src/telemetry.ts", "web/src/appInsights.js"]), L(
        "import { ApplicationInsights } from '@microsoft/applicationinsights-web';", "",
        "// The instrumentation key / connection string is not a secret: it ships to every browser.",
        "export const appInsights = new ApplicationInsights({", "  config: {",
        "    connectionString: 'InstrumentationKey=%s;IngestionEndpoint=https://%s-1.in.applicationinsights.azure.com/'," % (c.guid(), c.region),
        "    enableAutoRouteTracking: true,", "  },", "});", "appInsights.loadAppInsights();")


@neg("application-insights", "instrumentation-key")
def n_appinsights_config(c):
    return "ApplicationInsights.config", L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ApplicationInsights xmlns="http://schemas.microsoft.com/ApplicationInsights/2013/Settings">',
        "  <InstrumentationKey>%s</InstrumentationKey>" % c.guid(), "  <TelemetryInitializers>",
        '    <Add Type="Microsoft.ApplicationInsights.DependencyCollector.HttpDependenciesParsingTelemetryInitializer, Microsoft.AI.DependencyCollector"/>',
        "  </TelemetryInitializers>", "</ApplicationInsights>")


@neg("azure-sql", "integrated-security")
def n_sql_integrated(c):
    return c.pick(["appsettings.Development.json", "src/%s.Api/appsettings.json" % c.project]), json.dumps({
        "ConnectionStrings": {
            "Default": "Server=(localdb)\\MSSQLLocalDB;Database=%s;Integrated Security=true;MultipleActiveResultSets=true" % c.project,
            "Reporting": "Server=tcp:sql-%s-%s.database.windows.net,1433;Database=reporting;Authentication=Active Directory Default;Encrypt=True;" % (c.app, c.env)}},
        indent=2) + "\n"


@neg("azure-sql", "integrated-security")
def n_webconfig_integrated(c):
    return "Web.config", L(
        '<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <connectionStrings>",
        '    <add name="Main" connectionString="Data Source=SQLPROD%02d;Initial Catalog=%s;Integrated Security=SSPI" providerName="System.Data.SqlClient" />' % (c.rint(1, 9), c.project),
        "  </connectionStrings>", "  <runtime>", '    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">',
        "      <dependentAssembly>",
        '        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" />',
        '        <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />', "      </dependentAssembly>",
        "    </assemblyBinding>", "  </runtime>", "</configuration>")


@neg("azure-devops", "pipeline-system-token")
def n_pipeline_system_token(c):
    return c.pick(["azure-pipelines.yml", "pipelines/release.yml"]), L(
        "trigger: none", "pool:", "  vmImage: windows-latest", "steps:", "  - checkout: self", "    persistCredentials: true",
        "  - task: NuGetAuthenticate@1", "  - powershell: |",
        "      git config user.email \"build@%s.com\"" % c.org.split("-")[0],
        "      git tag v1.$(Build.BuildId)", "      git push origin --tags", "    env:",
        "      SYSTEM_ACCESSTOKEN: $(System.AccessToken)", "  - task: AzureKeyVault@2", "    inputs:",
        "      azureSubscription: sc-%s-%s" % (c.project.lower(), c.env), "      KeyVaultName: kv-%s-%s" % (c.app, c.env),
        "      SecretsFilter: 'SqlPassword,StorageKey'")


@neg("azure-devops", "build-ids")
def n_pipeline_log(c):
    ts = c.ts()[:-1]
    lines = ["%s ##[section]Starting: Build" % ts,
             "%s Build ID: %d  Definition: %s-ci (%d)" % (ts, c.rint(10000, 999999), c.app, c.rint(1, 500)),
             "%s Agent: Hosted Agent  Pool id: %d  Job id: %s" % (ts, c.rint(1, 50), c.guid()),
             "%s Syncing repository: %s (Git)" % (ts, c.repo),
             "%s git checkout --progress --force refs/remotes/origin/%s" % (ts, c.sha1()),
             "%s HEAD is now at %s Merged PR %d: update dependencies" % (ts, c.sha1()[:7], c.rint(100, 9999)),
             "%s ##[command]git -c http.extraheader=\"AUTHORIZATION: bearer ***\" fetch --force --tags --prune" % ts,
             "%s Plan id: %s  Timeline id: %s" % (ts, c.guid(), c.guid()),
             "%s ##[section]Finishing: Build" % ts]
    return c.pick(["logs/build-%d.log" % c.rint(1000, 99999), "ci/last-run.log"]), "\n".join(lines) + "\n"


@neg("azure-devops", "org-project-guids")
def n_projects_response(c):
    vals = [{"id": c.guid(), "name": p, "url": "https://dev.azure.com/%s/_apis/projects/%s" % (c.org, c.guid()),
             "state": "wellFormed", "revision": c.rint(10, 900), "visibility": "private",
             "lastUpdateTime": c.ts()} for p in list(dict.fromkeys([c.project, c.pick(PROJECTS), c.pick(PROJECTS)]))]
    return c.pick(["tests/fixtures/projects.json", "docs/api/projects-sample.json"]), json.dumps(
        {"count": len(vals), "value": vals}, indent=2) + "\n"


@neg("azure-devops", "pat-metadata")
def n_pat_list_response(c):
    toks = [{"displayName": n, "validTo": c.ts(), "scope": c.pick(["vso.packaging", "vso.code_write", "vso.build_execute"]),
             "targetAccounts": [c.guid()], "validFrom": c.ts(), "authorizationId": c.guid(), "token": None}
            for n in ["local-dev", "npm-feed", "ci-mirror"]]
    return c.pick(["tests/fixtures/pats.json", "tools/pat-audit/sample.json"]), json.dumps(
        {"continuationToken": "", "patTokens": toks}, indent=2) + "\n"


@neg("azure-devops", "commit-shas")
def n_changelog(c):
    lines = ["# Changelog", ""]
    for i in range(6):
        lines.append("- %s %s (#%d)" % (c.sha1()[:c.pick([7, 8, 40])], c.pick([
            "fix: retry Service Bus sends on transient errors", "feat: add SAS expiry warning", "chore: bump Azure.Identity",
            "docs: explain PAT rotation", "refactor: move feed config to nuget.config", "ci: cache NuGet packages"]),
            c.rint(100, 2000)))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@neg("azure-artifacts", "package-hashes")
def n_packages_lock(c):
    deps = {}
    for name in ["Azure.Core", "Azure.Identity", "Azure.Messaging.ServiceBus", "Microsoft.Identity.Client", "System.Text.Json"]:
        deps[name] = {"type": "Direct", "requested": "[1.%d.0, )" % c.rint(0, 40), "resolved": "1.%d.0" % c.rint(0, 40),
                      "contentHash": sri(c, 64)}
    return c.pick(["packages.lock.json", "src/%s/packages.lock.json" % c.app]), json.dumps(
        {"version": 1, "dependencies": {"net8.0": deps}}, indent=2) + "\n"


@neg("azure-artifacts", "package-hashes")
def n_package_lock_npm(c):
    pk = {"": {"name": c.app, "version": "1.0.0"}}
    for name in ["@azure/identity", "@azure/storage-blob", "@azure/service-bus", "tslib"]:
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (c.rint(1, 12), c.rint(0, 20), c.rint(0, 9)),
                                      "resolved": "%s%s/-/%s-1.0.0.tgz" % (c.feed_url("npm"), name, name.split("/")[-1]),
                                      "integrity": "sha512-" + sri(c, 64)}
    return "package-lock.json", json.dumps({"name": c.app, "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@neg("azure-artifacts", "feed-config-no-credential")
def n_npmrc_project(c):
    return ".npmrc", L("registry=%s" % c.feed_url("npm"), "always-auth=true", "engine-strict=true")


@neg("azure-artifacts", "feed-config-no-credential")
def n_nuget_config_credprovider(c):
    return "nuget.config", L(
        '<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>", "    <clear />",
        '    <add key="%s" value="%s" />' % (c.feed, c.feed_url("nuget")),
        "  </packageSources>", "  <!-- Authentication: Azure Artifacts Credential Provider (dotnet restore --interactive) -->",
        "  <trustedSigners>", '    <author name="microsoft">',
        '      <certificate fingerprint="%s" hashAlgorithm="SHA256" allowUntrustedRoot="false" />' % c.hex(64).upper(),
        "    </author>", "  </trustedSigners>", "</configuration>")


@neg("container-registry", "image-digest")
def n_k8s_digest(c):
    return c.pick(["k8s/deployment.yaml", "deploy/%s.yaml" % c.app]), L(
        "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % c.app, "spec:", "  template:", "    spec:",
        "      containers:", "        - name: %s" % c.app,
        "          image: %sacr.azurecr.io/%s@sha256:%s" % (c.org.split("-")[0], c.app, c.hex(64)),
        "          env:", "            - name: AZURE_CLIENT_ID", "              value: \"%s\"" % c.guid(),
        "            - name: BUILD_SHA", "              value: \"%s\"" % c.sha1())


@neg("x509", "thumbprint")
def n_cert_thumbprint(c):
    return c.pick(["appsettings.json", "config/signing.json"]), json.dumps({
        "Signing": {"CertificateThumbprint": c.hex(40).upper(), "StoreLocation": "CurrentUser", "StoreName": "My"},
        "AzureAd": {"TenantId": c.guid(), "ClientId": c.guid(),
                    "ClientCredentials": [{"SourceType": "KeyVault", "KeyVaultUrl": "https://kv-%s.vault.azure.net" % c.app,
                                           "KeyVaultCertificateName": "%s-auth" % c.app}]}}, indent=2) + "\n"


@neg("dotnet", "strong-name-public-key")
def n_internals_visible(c):
    pk = "0024000004800000940000000602000000240000525341310004000001000100" + c.hex(256)
    return "src/%s/Properties/AssemblyInfo.cs" % c.project, L(
        "using System.Runtime.CompilerServices;", "",
        "[assembly: InternalsVisibleTo(\"%s.Tests, PublicKey=%s\")]" % (c.project, pk),
        "[assembly: InternalsVisibleTo(\"DynamicProxyGenAssembly2\")]")


@neg("ssh", "public-key")
def n_ssh_pubkey(c):
    rsa = (b"\x00\x00\x00\x07ssh-rsa" + b"\x00\x00\x00\x03\x01\x00\x01" + b"\x00\x00\x01\x81\x00"
           + c.rbytes(384))
    body = base64.b64encode(rsa).decode()
    ed = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + c.rbytes(32)).decode()
    return c.pick(["infra/cloud-init.yaml", "deploy/vm/cloud-init.yml"]), L(
        "#cloud-config", "users:", "  - name: azureuser", "    sudo: ALL=(ALL) NOPASSWD:ALL", "    ssh_authorized_keys:",
        "      - ssh-rsa %s %s" % (body, c.email), "      - ssh-ed25519 %s build-agent" % ed,
        "packages:", "  - docker.io", "  - jq")


@neg("x509", "public-certificate")
def n_public_cert(c):
    body = base64.b64encode(b"\x30\x82\x02\xb8" + c.rbytes(696)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return c.pick(["certs/%s-root-ca.pem" % c.org.split("-")[0], "deploy/certs/gateway.crt"]), \
        "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@neg("entra-id", "jwks-public")
def n_jwks(c):
    def b64u(n):
        return base64.urlsafe_b64encode(c.rbytes(n)).decode().rstrip("=")
    keys = [{"kty": "RSA", "use": "sig", "kid": b64u(20), "x5t": b64u(20), "n": b64u(256), "e": "AQAB"} for _ in range(2)]
    return c.pick(["tests/fixtures/jwks.json", "test/data/openid-keys.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("azure-devops", "workload-identity-connection")
def n_wif_connection(c):
    return c.pick(["service-connections/%s-oidc.json" % c.env, "ado/endpoints/azure-%s-wif.json" % c.env]), json.dumps({
        "data": {"subscriptionId": c.guid(), "subscriptionName": "%s-%s" % (c.project, c.env), "environment": "AzureCloud",
                 "scopeLevel": "Subscription", "creationMode": "Manual"},
        "name": "sc-%s-%s-wif" % (c.project.lower(), c.env), "type": "azurerm", "url": "https://management.azure.com/",
        "authorization": {"parameters": {"tenantid": c.guid(), "serviceprincipalid": c.guid(),
                                         "workloadIdentityFederationIssuer": "https://vstoken.dev.azure.com/%s" % c.guid(),
                                         "workloadIdentityFederationSubject": "sc://%s/%s/sc-%s-%s-wif" % (c.org, c.project, c.project.lower(), c.env)},
                          "scheme": "WorkloadIdentityFederation"},
        "isShared": False, "isReady": True}, indent=2) + "\n"


@neg("entra-id", "app-manifest-hint")
def n_app_manifest(c):
    return c.pick(["entra/app-manifest.json", "docs/identity/%s-manifest.json" % c.app]), json.dumps({
        "id": c.guid(), "appId": c.guid(), "displayName": "%s-%s" % (c.app, c.env), "signInAudience": "AzureADMyOrg",
        "passwordCredentials": [{"customKeyIdentifier": None, "displayName": "pipeline", "endDateTime": c.ts(),
                                 "hint": c.chars(ENTRA_ALPHA, 3), "keyId": c.guid(), "secretText": None, "startDateTime": c.ts()}],
        "keyCredentials": [{"customKeyIdentifier": c.hex(40).upper(), "displayName": "CN=%s" % c.app, "keyId": c.guid(),
                            "type": "AsymmetricX509Cert", "usage": "Verify"}]}, indent=2) + "\n"


@neg("azure-devops", "masked-log")
def n_masked_log(c):
    ts = c.ts()[:-1]
    return c.pick(["logs/deploy.log", "ci/logs/release-%d.log" % c.rint(100, 9999)]), L(
        "%s ##[debug]Evaluating: variables['AZURE_DEVOPS_EXT_PAT']" % ts,
        "%s ##[debug]Result: '***'" % ts,
        "%s ##[command]az devops login --organization https://dev.azure.com/%s" % (ts, c.org),
        "%s Token: ***" % ts,
        "%s ##[command]/usr/bin/az storage blob upload --account-name %s --account-key *** --container-name drop" % (ts, c.storage()),
        "%s Finished: OK (%d ms) correlationId=%s" % (ts, c.rint(100, 99999), c.guid()))


@neg("azure-key-vault", "secret-reference")
def n_keyvault_refs(c):
    kv = "kv-%s-%s" % (c.app, c.env)
    return c.pick(["infra/appsettings.bicep", "infra/app-settings.bicep"]), L(
        "param appName string", "@secure()", "param sqlAdminPassword string", "",
        "resource app 'Microsoft.Web/sites@2023-01-01' existing = {", "  name: appName", "}", "",
        "resource settings 'Microsoft.Web/sites/config@2023-01-01' = {", "  parent: app", "  name: 'appsettings'",
        "  properties: {",
        "    ServiceBusConnection: '@Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/servicebus-conn/%s)'" % (kv, c.hex(32)),
        "    StorageConnection: '@Microsoft.KeyVault(VaultName=%s;SecretName=storage-conn)'" % kv,
        "    APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=%s'" % c.guid(), "  }", "}")


@neg("azure-storage", "content-md5")
def n_blob_listing_csv(c):
    rows = ["name,size,last_modified,etag,content_md5"]
    for i in range(8):
        rows.append("exports/%s/part-%05d.parquet,%d,%s,\"0x8DC%s\",%s" % (c.date(), i, c.rint(1000, 9000000), c.ts(),
                                                                         c.hex(12).upper(), sri(c, 16)))
    return c.pick(["reports/blob-inventory.csv", "data/inventory-%s.csv" % c.date()]), "\n".join(rows) + "\n"


@neg("azure-devops", "test-run-ids")
def n_trx(c):
    rid = c.guid()
    return "TestResults/%s.trx" % c.user.replace(".", "_"), L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<TestRun id="%s" name="%s@%s %s" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">' % (rid, c.user, c.app, c.date()),
        '  <Times creation="%s" start="%s" finish="%s" />' % (c.ts(), c.ts(), c.ts()),
        "  <Results>",
        '    <UnitTestResult executionId="%s" testId="%s" testName="Publish_SendsMessage" outcome="Passed" testListId="%s" />' % (c.guid(), c.guid(), c.guid()),
        '    <UnitTestResult executionId="%s" testId="%s" testName="SasBuilder_SetsExpiry" outcome="Passed" testListId="%s" />' % (c.guid(), c.guid(), c.guid()),
        "  </Results>", "</TestRun>")


@neg("sbom", "checksums")
def n_sbom(c):
    pk = [{"name": n, "SPDXID": "SPDXRef-Package-%s" % c.hex(16).upper(), "versionInfo": "1.%d.0" % c.rint(0, 40),
           "checksums": [{"algorithm": "SHA1", "checksumValue": c.hex(40)}, {"algorithm": "SHA256", "checksumValue": c.hex(64)}]}
          for n in ["Azure.Core", "Azure.Storage.Blobs", "Microsoft.Identity.Client"]]
    return "_manifest/spdx_2.2/manifest.spdx.json", json.dumps({
        "spdxVersion": "SPDX-2.2", "name": "%s %s" % (c.app, c.date()), "documentNamespace": "https://sbom.microsoft/%s/%s" % (c.app, c.guid()),
        "packages": pk}, indent=2) + "\n"


@neg("azure-functions", "binding-names")
def n_function_json(c):
    return "%s/function.json" % c.pick(["ProcessOrder", "ResizeImage", "Nightly"]), json.dumps({
        "scriptFile": "__init__.py", "bindings": [
            {"name": "msg", "type": "serviceBusTrigger", "direction": "in", "queueName": "orders", "connection": "ServiceBusConnection"},
            {"name": "outBlob", "type": "blob", "direction": "out", "path": "processed/{rand-guid}.json", "connection": "AzureWebJobsStorage"}]},
        indent=2) + "\n"


@neg("web", "sri-hash")
def n_sri_html(c):
    return c.pick(["wwwroot/index.html", "public/index.html"]), L(
        "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\" />", "  <title>%s</title>" % c.app,
        "  <script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % sri(c, 48),
        "  <link rel=\"stylesheet\" href=\"/css/site.css?v=%s\" />" % c.chars(B62 + "-_", 43),
        "</head>", "<body><div id=\"app\" data-build=\"%s\"></div></body>" % c.sha1()[:10], "</html>")


@neg("azure-devops", "docs-without-values")
def n_docs_pat_rotation(c):
    return c.pick(["docs/security/pat-rotation.md", "docs/runbooks/rotate-feed-token.md"]), L(
        "# Rotating the Azure Artifacts feed token", "",
        "1. Create a new PAT with **Packaging (Read)** scope in User settings > Personal access tokens.",
        "2. Store it in the `%s-secrets` variable group as `FEED_PAT` (mark it secret)." % c.project.lower(),
        "3. Update `~/.npmrc` locally with `vsts-npm-auth -config .npmrc -F`.",
        "4. Revoke the old token (authorization id `%s`)." % c.guid(), "",
        "Tokens now have 84 characters; older ones have 52. Never paste a token in a ticket.",
        "Pipelines should use `$(System.AccessToken)` whenever possible.")


@neg("azure-event-grid", "validation-event")
def n_eventgrid_validation(c):
    return c.pick(["tests/fixtures/subscription-validation.json", "samples/eventgrid-validation.json"]), json.dumps([{
        "id": c.guid(), "topic": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.EventGrid/topics/egt-%s" % (c.guid(), c.app, c.app),
        "subject": "", "data": {"validationCode": c.guid().upper(),
                                "validationUrl": "https://rp-%s.eventgrid.azure.net:553/eventsubscriptions/sub1/validate?id=%s&t=%s&apiVersion=2018-05-01-preview&token=***" % (c.region, c.guid().upper(), c.ts())},
        "eventType": "Microsoft.EventGrid.SubscriptionValidationEvent", "eventTime": c.ts(), "metadataVersion": "1", "dataVersion": "2"}],
        indent=2) + "\n"


@neg("azure-resource-manager", "resource-ids")
def n_tf_outputs(c):
    sub = c.guid()
    return c.pick(["infra/outputs.json", "terraform/%s-outputs.json" % c.env]), json.dumps({
        "resource_group_id": {"value": "/subscriptions/%s/resourceGroups/rg-%s-%s" % (sub, c.app, c.env), "type": "string"},
        "storage_account_id": {"value": "/subscriptions/%s/resourceGroups/rg-%s-%s/providers/Microsoft.Storage/storageAccounts/%s" % (sub, c.app, c.env, c.storage()), "type": "string"},
        "app_principal_id": {"value": c.guid(), "type": "string"},
        "storage_primary_key": {"value": None, "sensitive": True, "type": "string"},
        "key_vault_uri": {"value": "https://kv-%s-%s.vault.azure.net/" % (c.app, c.env), "type": "string"}}, indent=2) + "\n"


@neg("azure-devops", "runtime-generated-secret")
def n_ps_generate(c):
    return c.pick(["scripts/New-WebhookSecret.ps1", "tools/New-RandomKey.ps1"]), L(
        "# Generates a random 32-byte key and stores it in Key Vault; nothing is written to disk.",
        "$bytes = New-Object byte[] 32", "[System.Security.Cryptography.RandomNumberGenerator]::Fill($bytes)",
        "$value = [Convert]::ToBase64String($bytes)",
        "Set-AzKeyVaultSecret -VaultName 'kv-%s-%s' -Name 'webhook-signing-key' -SecretValue (ConvertTo-SecureString $value -AsPlainText -Force) | Out-Null" % (c.app, c.env),
        "Write-Host \"Stored new key version in kv-%s-%s\"" % (c.app, c.env))


@neg("data", "base64-image")
def n_css_datauri(c):
    return c.pick(["wwwroot/css/site.css", "src/styles/icons.css"]), L(
        ".logo {", "  width: 32px;", "  height: 32px;",
        "  background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA%s\");" % base64.b64encode(c.rbytes(120)).decode(),
        "}", ".spinner { animation: spin 1s linear infinite; }")


@neg("azure-devops", "work-item-export")
def n_workitems_csv(c):
    rows = ["ID,Work Item Type,Title,State,Assigned To,Iteration Path,Commit"]
    for _ in range(6):
        rows.append("%d,%s,\"%s\",%s,%s,%s\\Sprint %d,%s" % (c.rint(1000, 99999), c.pick(["Bug", "User Story", "Task"]),
                    c.pick(["Rotate storage keys", "Replace PAT in pipeline with System.AccessToken", "Add SAS expiry alert",
                            "Move secrets to Key Vault", "Fix flaky Service Bus test"]),
                    c.pick(["Active", "Closed", "New"]), c.email, c.project, c.rint(1, 60), c.sha1()))
    return c.pick(["reports/work-items.csv", "exports/backlog-%s.csv" % c.date()]), "\n".join(rows) + "\n"


@neg("dotnet", "project-ids")
def n_csproj(c):
    return "src/%s/%s.csproj" % (c.app, c.app), L(
        '<Project Sdk="Microsoft.NET.Sdk.Web">', "  <PropertyGroup>", "    <TargetFramework>net8.0</TargetFramework>",
        "    <UserSecretsId>%s</UserSecretsId>" % c.guid(), "    <ProjectGuid>{%s}</ProjectGuid>" % c.guid().upper(),
        "  </PropertyGroup>", "  <ItemGroup>", '    <PackageReference Include="Azure.Identity" Version="1.%d.0" />' % c.rint(10, 13),
        '    <PackageReference Include="Azure.Messaging.ServiceBus" Version="7.%d.0" />' % c.rint(15, 18), "  </ItemGroup>", "</Project>")


@neg("azure-monitor", "workspace-ids")
def n_kql(c):
    return c.pick(["monitoring/queries/failed-requests.kql", "dashboards/errors.kql"]), L(
        "// Workspace: %s  (customer id %s)" % ("log-%s-%s" % (c.app, c.env), c.guid()),
        "AppRequests", "| where AppRoleName == '%s' and Success == false" % c.app,
        "| where OperationId != '%s'" % c.hex(32), "| summarize count() by ResultCode, bin(TimeGenerated, 5m)",
        "| order by TimeGenerated desc")


@neg("azure-devops", "az-cli-output")
def n_az_endpoint_list(c):
    rows = ["Name                         Type          Id                                    Is Ready",
            "---------------------------  ------------  ------------------------------------  ----------"]
    for n, t in [("sc-%s-%s" % (c.project.lower(), c.env), "azurerm"), ("github-%s" % c.org, "github"), ("acr-%s" % c.app, "dockerregistry")]:
        rows.append("%-27s  %-12s  %s  True" % (n, t, c.guid()))
    return c.pick(["docs/service-connections.txt", "ops/endpoints-%s.txt" % c.date()]), "\n".join(rows) + "\n"


# ================================================================ driver
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(path):
    b = os.path.basename(path)
    return (b == ".env" or b.startswith(".env.")) and b not in ENV_OK


def filetype(path):
    b = os.path.basename(path)
    if b.startswith(".env"):
        return "env"
    if b.startswith(".") and b.count(".") == 1:
        return b[1:]
    if "." in b:
        return b.rsplit(".", 1)[1]
    return b


def neg_category(s, lit):
    if not lit:
        return "env-reference"
    if s == "":
        return "empty"
    if s in (DOC_ADO_PAT, DOC_SAS_SIG, DOC_EG_KEY):
        return "documented-example"
    if s.startswith("op://") or s.startswith("@Microsoft.KeyVault"):
        return "secret-manager-reference"
    if set(s) <= set("*") or s in ("[REDACTED]", "REDACTED") or set(s) <= set("x"):
        return "masked"
    if s.startswith(("$(", "${", "%", "#{", "{{", "__")):
        return "variable-reference"
    return "placeholder"


def neg_value(c, tpl):
    slot = SLOT[tpl["gen"]]
    if tpl["lang"] and tpl["env"] and c.r.random() < 0.4:
        return Val(env_expr(tpl["lang"], tpl["env"], c), lit=False)
    return Val(c.pick(NEG_LIT[slot]))


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(text.encode("utf-8"))


def cycle(rng, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        rng.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_io.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0

    for i, tpl in enumerate(cycle(rng, POS, 500)):
        c = Ctx(rng)
        needle = GENS[tpl["gen"]](c)
        rel, text = tpl["fn"](c, Val(needle))
        if is_blocked_env(rel):
            n_env += 1
        f = "pos/p%04d/%s" % (i, rel)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], (f, needle)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(rel), "template": tpl["name"], "conventional_name": tpl["conv"]})
        secrets.append({"file": f, "needle": needle, "line": ln})
    assert n_env <= 25, n_env

    reuse = cycle(rng, POS, 250)
    look = cycle(rng, NEG, 250)
    for i in range(500):
        c = Ctx(rng)
        if i < 250:
            tpl = reuse[i]
            v = neg_value(c, tpl)
            rel, text = tpl["fn"](c, v)
            provider, kind = tpl["provider"], "%s:%s" % (neg_category(v.s, v.lit), tpl["kind"])
            name = tpl["name"]
        else:
            tpl = look[i - 250]
            rel, text = tpl["fn"](c)
            provider, kind, name = tpl["provider"], tpl["kind"], tpl["name"]
        if is_blocked_env(rel):
            rel = os.path.join(os.path.dirname(rel), ".env.example")
        assert not is_blocked_env(rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel), "template": name})

    with open(os.path.join(outdir, "manifest.jsonl"), "wb") as fh:
        fh.write("".join(json.dumps(m) + "\n" for m in manifest).encode("utf-8"))
    with open(os.path.join(outdir, "secrets.jsonl"), "wb") as fh:
        fh.write("".join(json.dumps(s) + "\n" for s in secrets).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
