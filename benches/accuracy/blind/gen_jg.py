#!/usr/bin/env python3
"""Blind evaluation-set generator "jg": private package indexes and dependency proxies.

EMPHASIS
    Credentials for private package registries and dependency proxies as they end up in
    project files and CI: pip (pip.conf / pip.ini / requirements.txt / .pypirc / Dockerfile
    ARG+RUN), Poetry (poetry config http-basic, POETRY_HTTP_BASIC_<REPO>_PASSWORD, auth.toml),
    uv ([[tool.uv.index]], uv.toml, UV_INDEX_<NAME>_PASSWORD), PDM, Pipenv Pipfile [[source]],
    conda .condarc / environment.yml (/t/<token>/), Yarn Berry .yarnrc.yml (npmAuthToken,
    npmAuthIdent), npm/pnpm .npmrc (_authToken, _auth, _password), Bun bunfig.toml, Deno
    DENO_AUTH_TOKENS, Composer auth.json / COMPOSER_AUTH, Bundler (BUNDLE_<HOST>, Gemfile
    sources, .bundle/config), Go (GOPROXY with userinfo, .netrc, git insteadOf), Cargo
    (credentials.toml, CARGO_REGISTRIES_<NAME>_TOKEN, cargo publish --token), NuGet
    (nuget.config ClearTextPassword, dotnet nuget push --api-key), Maven settings.xml and
    gradle.properties (in passing), Swift PM, Dart pub, Hex, CocoaPods Podfile, Conan, vcpkg.
    Providers/kinds: GitHub PATs (ghp_/gho_) for GitHub Packages, GitLab PATs (glpat-),
    npm tokens (npm_), Azure DevOps PATs (Azure Artifacts), JFrog reference tokens and API keys,
    AWS CodeArtifact authorization tokens, Gemfury tokens, Cloudsmith API keys and entitlement
    tokens, PyPI upload tokens, crates.io tokens, nuget.org API keys, Hex keys, Anaconda
    tokens, Sidekiq/contribsys licence credentials, and plain basic-auth passwords for
    Nexus/Artifactory/self-hosted indexes; base64 `_auth` blobs.
    File types: ini/conf/cfg, toml, yaml/yml, json, xml, txt (requirements), Pipfile, Gemfile,
    Podfile, .npmrc, .yarnrc.yml, .netrc, Dockerfile, CI yaml (GitHub Actions, GitLab CI,
    Azure Pipelines), Jenkinsfile, shell, PowerShell, Makefile, Markdown, Python, JavaScript,
    Terraform, properties, lock files, logs, csv, sql.

USAGE
    python3 -B gen_jg.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes.
    * Tokens in URLs (https://TOKEN@pypi.fury.io/..., dl.cloudsmith.io/TOKEN/..., /t/TOKEN/):
      the token only.
    * user:password pairs (URL userinfo, BUNDLE_X=user:pass, DENO_AUTH_TOKENS user:pass@host,
      .netrc login/password, poetry http-basic user pass): the password part only;
      the user name is not part of the needle.
    * Base64 blobs (.npmrc _auth, Azure Artifacts _password, Yarn npmAuthIdent): the whole
      base64 string as written (it encodes user:password or a PAT).
    * Headers (Authorization: Bearer X, X-JFrog-Art-Api: X, X-Api-Key: X, Cargo token = "Bearer X" / "Token X"): the token X only.
    * Prefixed tokens (ghp_, glpat-, npm_, pypi-, cio, oy2, AKCp, cmVmd...): the full token
      including its prefix. No multi-line keys are used in this domain set.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret's slot holding a
    placeholder (<your-token>, YOUR_API_TOKEN_HERE, changeme, xxxx), an empty value, a masked
    value (****, [REDACTED]), an environment reference (${NPM_TOKEN}, %(ENV)s style,
    $(cat /run/secrets/..), %NUGET_PAT%, ${env.X}), a secret-manager reference (vault:, op://,
    AWS Secrets Manager ARN, GCP secret path), a CI/templating expression (${{ secrets.X }},
    {{ .Values.x }}, #{X}#) or a documented/obviously fake example token (ghp_xxxx...,
    Microsoft's documented Azure DevOps PAT example). Files named .env* are renamed to
    .env.example for negatives. The other half are look-alikes: lock files with integrity
    hashes (package-lock, yarn.lock, pnpm-lock, poetry.lock, uv.lock, Pipfile.lock, Cargo.lock,
    go.sum, Gemfile.lock, composer.lock, NuGet packages.lock.json, mix.lock, deno.lock,
    Package.resolved, conan.lock), --hash=sha256 pins, SRI attributes, credential-free
    registry configs (scoped registry mappings, always-auth=true, credHelpers, credential
    providers, GOPRIVATE/GONOSUMDB/GOAUTH=netrc), CodeArtifact get-authorization-token
    commands, CI_JOB_TOKEN / GITHUB_TOKEN references, pip logs with masked passwords, npm
    publish logs with shasums, build-info checksums, PGP signatures/public keys, known_hosts,
    token inventories with ids only, SQL with token hashes.

FORMATS CHECKED (search tool, docs/pages corpora)
    * GitHub changelog (2021-03/04): prefixes ghp_/gho_/ghu_/ghs_/ghr_, charset [A-Za-z0-9_];
      a Go package documenting the layout says 36-char payload whose last 6 chars are a
      base62 CRC32 checksum of the first 30 (implemented here).
    * GitLab issue 342327: default PAT prefix glpat-; legacy tokens 20 chars [A-Za-z0-9_-].
      A GitLab issue shows newer tokens as glpat-<payload>.<digits>.<suffix> (not used).
    * Microsoft Purview SIT definition: new Azure DevOps PATs are 84 chars with the fixed
      signature AZDO at positions 77-80; release notes say length grew from 52 to 84.
      Legacy 52-char PATs are base32 lowercase (a-z2-7). Both are generated.
    * JFrog help: reference tokens match cmVmd + 59 alphanumerics (64 chars); access tokens
      are JWTs; reference tokens usable as bearer, X-JFrog-Art-Api, or basic password.
    * AWS CodeArtifact docs: pip index-url https://aws:<token>@<domain>-<owner>.d.codeartifact
      .<region>.amazonaws.com/pypi/<repo>/simple/; tokens from get-authorization-token.
    * Deno source: DENO_AUTH_TOKENS is ';'-separated {token}@{host} or user:pass@host.
    * Gitea/Forgejo/GitLab package docs: pip --index-url https://user:token@host/.../simple.
    * npm docs: tokens used in .npmrc //host/:_authToken=; granular tokens exist.

DOUBTS
    * GitHub base62 checksum alphabet order (0-9A-Za-z assumed); npm_ tokens assumed to use
      the same 30+6 CRC32 layout (not confirmed in docs).
    * Azure DevOps 84-char layout beyond "AZDO at 77-80" is random here.
    * JFrog legacy API keys (AKCp + 69 alnum) not confirmed in docs read; reference token
      payload assumed base64("reftkn:01:<expiry>:<random>").
    * CodeArtifact token structure (base64url JSON header + encrypted parts) is modelled, not
      confirmed. Gemfury tokens (20 alnum), Cloudsmith API keys (40 hex) and entitlement
      tokens (16 alnum), Hex keys (32 hex), Anaconda tokens (xx-uuid), crates.io (cio + 32),
      nuget.org keys (oy2 + 43 lowercase alnum), PyPI tokens (pypi-AgEIcHlwaS5vcmc...) and
      Sidekiq licence creds (8 hex:8 hex) come from memory, not from documentation read now.
    * Search results included GitGuardian detector pages and a ripsecrets issue; they were
      not used for formats.
"""
import base64
import json
import os
import random
import sys
import zlib

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
ALNUM = UP + LO + DI
B62 = DI + UP + LO
HEX = "0123456789abcdef"
B32L = LO + "234567"
B64U = ALNUM + "-_"


class G:
    """Thin wrapper over the single Random instance."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def p(self, x):
        return self.r.random() < x

    def uuid(self):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def sha(self, n=64):
        return self.s(HEX, n)


# ---------------------------------------------------------------- secret generators
def b62(n):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out or "0"


def crc_token(g, prefix):
    body = g.s(ALNUM, 30)
    chk = b62(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")
    return prefix + body + chk


def s_ghp(g):
    return crc_token(g, "ghp_")


def s_gho(g):
    return crc_token(g, "gho_")


def s_npm(g):
    return crc_token(g, "npm_")


def s_glpat(g):
    return "glpat-" + g.s(ALNUM + "_-", 20)


def s_azpat(g):
    if g.p(0.5):
        return g.s(B32L, 52)
    return g.s(ALNUM, 76) + "AZDO" + g.s(ALNUM, 4)


def s_jfref(g):
    while True:
        raw = "reftkn:01:%d:%s" % (g.i(1735000000, 1999999999), g.s(ALNUM, 27))
        t = base64.b64encode(raw.encode()).decode()
        if t.isalnum() and len(t) == 64:
            return t


def s_akcp(g):
    return "AKCp" + g.c("5678") + g.s(ALNUM, 68)


def s_codeartifact(g):
    hdr = {"ver": 1, "isu": g.i(1700000000, 1790000000), "enc": "A128GCM",
           "tag": g.s(B64U, 22), "iv": g.s(B64U, 16), "alg": "A128GCMKW",
           "aud": g.s(B64U, 22)}
    h = base64.urlsafe_b64encode(json.dumps(hdr, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + g.s(B64U, 22) + "." + g.s(B64U, 16) + "." + g.s(B64U, g.i(260, 420)) + "." + g.s(B64U, 22)


def s_fury(g):
    return g.s(ALNUM, 20)


def s_csapi(g):
    return g.s(HEX, 40)


def s_csent(g):
    return g.s(ALNUM, 16)


def s_pw(g):
    kind = g.i(0, 3)
    if kind == 0:
        return g.s(ALNUM, g.i(16, 28))
    if kind == 1:
        return g.s(UP + LO, 1) + g.s(ALNUM + "-_.!", g.i(13, 23)) + g.s(DI, 2)
    if kind == 2:
        w = ["Harbor", "Falcon", "Quartz", "Maple", "Cobalt", "Saffron", "Tundra", "Juniper"]
        return g.c(w) + g.s(DI, 3) + g.c("!.-_") + g.c(w).lower() + g.s(UP + DI, 4)
    return g.s(LO + DI, 8) + "-" + g.s(LO + DI, 8) + "-" + g.s(LO + DI, 8)


def s_pypi(g):
    return "pypi-AgEIcHlwaS5vcmc" + g.s(B64U, g.i(150, 190))


def s_cio(g):
    return "cio" + g.s(ALNUM, 32)


def s_oy2(g):
    return "oy2" + g.s(LO + DI, 43)


def s_hexkey(g):
    return g.s(HEX, 32)


def s_anaconda(g):
    return g.s(LO, 2) + "-" + g.uuid()


def s_sidekiq(g):
    return g.s(HEX, 8)


def s_b64auth(g):
    user = g.c(["ci-build", "deployer", "svc-npm", "jenkins", "build-agent", "release-bot"])
    return base64.b64encode(("%s:%s" % (user, s_pw(g))).encode()).decode()


def s_b64pat(g):
    return base64.b64encode(s_azpat(g).encode()).decode()


def s_jfany(g):
    return s_jfref(g) if g.p(0.6) else s_pw(g)


def s_glorpw(g):
    return s_glpat(g) if g.p(0.5) else s_pw(g)


def s_bearer(g):
    return g.s(ALNUM, g.i(32, 48))


# ---------------------------------------------------------------- innocent context
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wayne", "tyrell",
        "cyberdyne", "soylent", "wonka", "aperture", "monarch", "oscorp", "kestrel", "northwind"]
USERS = ["ci-bot", "deploy", "svc-build", "jenkins", "gitlab-runner", "release", "buildkite",
         "pkg-reader", "automation", "teamcity", "robot-ci"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
PYPKGS = ["requests==2.32.3", "pydantic==2.8.2", "fastapi==0.111.0", "sqlalchemy==2.0.31",
          "boto3==1.34.144", "celery==5.4.0", "redis==5.0.7", "httpx==0.27.0", "numpy==1.26.4",
          "pandas==2.2.2", "structlog==24.2.0", "tenacity==8.5.0", "click==8.1.7", "rich==13.7.1"]
NPMPKGS = [("react", "18.3.1"), ("lodash", "4.17.21"), ("axios", "1.7.2"), ("express", "4.19.2"),
           ("zod", "3.23.8"), ("dayjs", "1.11.11"), ("typescript", "5.5.3"), ("vite", "5.3.3"),
           ("eslint", "8.57.0"), ("prettier", "3.3.2"), ("uuid", "10.0.0"), ("chalk", "5.3.0")]
GEMS = [("rails", "7.1.3"), ("puma", "6.4.2"), ("sidekiq", "7.2.4"), ("pg", "1.5.6"),
        ("rspec", "3.13.0"), ("rubocop", "1.64.1"), ("nokogiri", "1.16.6"), ("devise", "4.9.4")]
CRATES = [("serde", "1.0.204"), ("tokio", "1.38.0"), ("anyhow", "1.0.86"), ("clap", "4.5.9"),
          ("reqwest", "0.12.5"), ("tracing", "0.1.40"), ("thiserror", "1.0.62"), ("rand", "0.8.5")]
GOMODS = [("github.com/spf13/cobra", "v1.8.1"), ("golang.org/x/sync", "v0.7.0"),
          ("github.com/stretchr/testify", "v1.9.0"), ("go.uber.org/zap", "v1.27.0"),
          ("github.com/google/uuid", "v1.6.0"), ("google.golang.org/grpc", "v1.65.0")]
NUGETS = [("Newtonsoft.Json", "13.0.3"), ("Serilog", "4.0.0"), ("Dapper", "2.1.35"),
          ("Polly", "8.4.1"), ("xunit", "2.9.0"), ("AutoMapper", "13.0.1")]


def org(g):
    return g.c(ORGS)


def user(g):
    return g.c(USERS)


def pyreqs(g, n=None):
    n = n or g.i(3, 7)
    return g.r.sample(PYPKGS, n)


def ca_host(g, o=None):
    return "%s-%s.d.codeartifact.%s.amazonaws.com" % (o or org(g), g.s(DI, 12), g.c(REGIONS))


def jf_host(g, o=None):
    return g.c(["%s.jfrog.io", "artifactory.%s.com", "repo.%s.internal"]) % (o or org(g))


def nexus_host(g, o=None):
    return g.c(["nexus.%s.io", "nexus.build.%s.net", "pkgs.%s.corp"]) % (o or org(g))


# ---------------------------------------------------------------- negative fillers
DOC_EXAMPLES = {
    "github_pat": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                   "ghp_<your-token>", "gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "gitlab_pat": ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-XXXXXXXXXXXXXXXXXXXX", "glpat-<your_access_token>"],
    "npm_token": ["npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                  "00000000-0000-0000-0000-000000000000"],
    "azure_pat": ["abcdefghijklmnopqrstuvwxyz012345679ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnoAZDOabcd",
                  "<AZURE_DEVOPS_PAT>", "[PERSONAL_ACCESS_TOKEN]"],
    "jfrog": ["cmVmdGtuOjAxOjxYT1VSX1RPS0VOX0hFUkU+", "<ACCESS_TOKEN>", "<API_KEY>"],
    "codeartifact": ["$CODEARTIFACT_AUTH_TOKEN", "<authorization-token>"],
    "gemfury": ["TOKEN", "FURY_TOKEN", "<deploy-token>"],
    "cloudsmith": ["YOUR-ENTITLEMENT-TOKEN", "<API-KEY>", "TOKEN"],
    "password": ["password", "secret", "<password>", "p@ssw0rd", "hunter2", "changeit"],
    "pypi": ["pypi-AgEIcHlwaS5vcmc...", "pypi-<your-token>", "__token__"],
    "crates": ["cio<your-token>", "<crates.io token>"],
    "nuget": ["oy2<your-api-key>", "<NUGET_API_KEY>", "API_KEY"],
    "hex": ["<key>", "HEX_KEY"],
    "anaconda": ["<TOKEN>", "xx-00000000-0000-0000-0000-000000000000"],
    "sidekiq": ["user:pass", "<your-license>"],
    "base64": ["dXNlcm5hbWU6cGFzc3dvcmQ=", "<base64 of user:password>", "BASE64_ENCODED_CREDENTIALS"],
}

PLACEHOLDERS = ["<your-token>", "YOUR_API_TOKEN_HERE", "changeme", "REPLACE_ME", "<TOKEN>",
                "your-password-here", "TODO", "placeholder", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "XXXXXXXXXXXXXXXX", "<insert token>", "dummy", "example-token", "CHANGE_ME"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***", "[MASKED]", "••••••••"]
SECRETREFS = ["vault:secret/data/ci/registry#token", "op://CI/registry-token/credential",
              "arn:aws:secretsmanager:us-east-1:111122223333:secret:ci/registry-token-AbCdEf",
              "projects/build-infra/secrets/registry-token/versions/latest",
              "azurekeyvault://ci-kv/secrets/feed-pat", "sm://ci/npm-token"]
TEMPLATES = ["{{ .Values.registry.token }}", "{{ registry_token }}", "${{ secrets.REGISTRY_TOKEN }}",
             "#{FeedPassword}#", "<%= ENV['REGISTRY_TOKEN'] %>", "{{ lookup('env', 'PKG_TOKEN') }}",
             "$(System.AccessToken)", "@@REGISTRY_TOKEN@@"]


ENV_NAMES = {
    "github_pat": ["GH_PACKAGES_TOKEN", "GITHUB_TOKEN", "GH_PAT"],
    "gitlab_pat": ["GITLAB_TOKEN", "CI_JOB_TOKEN", "GL_PACKAGES_TOKEN"],
    "npm_token": ["NPM_TOKEN", "NODE_AUTH_TOKEN"],
    "azure_pat": ["AZURE_ARTIFACTS_PAT", "SYSTEM_ACCESSTOKEN", "FEED_PAT"],
    "jfrog": ["ARTIFACTORY_TOKEN", "JFROG_ACCESS_TOKEN", "ARTIFACTORY_PASSWORD"],
    "codeartifact": ["CODEARTIFACT_AUTH_TOKEN", "CODEARTIFACT_TOKEN"],
    "gemfury": ["FURY_TOKEN", "GEMFURY_TOKEN"],
    "cloudsmith": ["CLOUDSMITH_API_KEY", "CLOUDSMITH_ENTITLEMENT"],
    "password": ["NEXUS_PASSWORD", "REGISTRY_PASSWORD", "PIP_PASSWORD"],
    "pypi": ["PYPI_TOKEN", "TWINE_PASSWORD"],
    "crates": ["CARGO_REGISTRY_TOKEN", "CRATES_IO_TOKEN"],
    "nuget": ["NUGET_API_KEY"],
    "hex": ["HEX_API_KEY", "HEX_ORG_KEY"],
    "anaconda": ["ANACONDA_TOKEN", "CONDA_TOKEN"],
    "sidekiq": ["SIDEKIQ_PRO_CREDS", "BUNDLE_GEMS__CONTRIBSYS__COM"],
    "base64": ["NPM_AUTH_B64", "NPM_AUTH"],
}


def envref(g, ft, kk="password"):
    n = g.c(ENV_NAMES.get(kk, ENV_NAMES["password"]))
    if ft == "xml":
        return g.c(["${env.%s}" % n, "%%%s%%" % n, "$(%s)" % n])
    if ft in ("ini", "conf", "cfg"):
        return g.c(["${%s}" % n, "%%(%s)s" % n.lower(), "$%s" % n])
    if ft in ("sh", "dockerfile", "makefile", "mk"):
        return g.c(["${%s}" % n, "$%s" % n, "$(cat /run/secrets/%s)" % n.lower()])
    if ft == "py":
        return g.c(["${%s}" % n, "{%s}" % n.lower()])
    if ft in ("ps1",):
        return "$env:%s" % n
    return g.c(["${%s}" % n, "$%s" % n, "${env:%s}" % n, "${{ secrets.%s }}" % n])


def neg_filler(g, kindkey, ft):
    cat = g.c(["placeholder", "placeholder", "empty", "masked", "envref", "envref", "secretref",
               "template", "doc_example", "doc_example"])
    if cat == "placeholder":
        v = g.c(PLACEHOLDERS)
    elif cat == "empty":
        v = ""
    elif cat == "masked":
        v = g.c(MASKED)
    elif cat == "envref":
        v = envref(g, ft, kindkey)
    elif cat == "secretref":
        v = g.c(SECRETREFS)
    elif cat == "template":
        v = g.c(TEMPLATES)
    else:
        v = g.c(DOC_EXAMPLES.get(kindkey, DOC_EXAMPLES["password"]))
    if ft == "xml" and ("<" in v or "&" in v):
        v = "${env.REGISTRY_PASSWORD}"
        cat = "envref"
    return v, cat


# ---------------------------------------------------------------- positive templates
POS = []


def pos(provider, kind, gen, kk, ft):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "kk": kk, "ft": ft, "fn": fn})
        return fn
    return deco


def J(*lines):
    return "\n".join(lines) + "\n"


@pos("jfrog", "basic_password", s_jfany, "jfrog", "conf")
def t_pip_conf_jfrog(g, v):
    o = org(g)
    h = jf_host(g, o)
    return g.c(["pip.conf", "config/pip/pip.conf", "docker/pip.conf"]), J(
        "# Managed by platform team - resolves through the %s virtual repo" % o,
        "[global]",
        "index-url = https://%s:%s@%s/artifactory/api/pypi/pypi-virtual/simple" % (user(g), v, h),
        "timeout = 60",
        "disable-pip-version-check = true",
        "",
        "[install]",
        "trusted-host = %s" % h,
        "no-cache-dir = false")


@pos("gemfury", "registry_token", s_fury, "gemfury", "ini")
def t_pip_ini_fury(g, v):
    o = org(g)
    return g.c(["pip.ini", "tools/windows/pip.ini"]), J(
        "[global]",
        "index-url = https://pypi.org/simple",
        "extra-index-url = https://%s@pypi.fury.io/%s/" % (v, o),
        "",
        "[list]",
        "format = columns")


@pos("gitlab", "gitlab_pat", s_glpat, "gitlab_pat", "txt")
def t_req_gitlab(g, v):
    pid = g.i(1000000, 59999999)
    lines = ["# Internal packages come from the GitLab package registry of group %s" % org(g),
             "--extra-index-url https://__token__:%s@gitlab.com/api/v4/projects/%d/packages/pypi/simple" % (v, pid)]
    lines += pyreqs(g)
    lines += ["%s-common>=%d.%d" % (org(g), g.i(1, 4), g.i(0, 20))]
    return g.c(["requirements.txt", "requirements/prod.txt", "services/api/requirements.txt"]), J(*lines)


@pos("aws_codeartifact", "codeartifact_token", s_codeartifact, "codeartifact", "txt")
def t_req_codeartifact(g, v):
    o = org(g)
    lines = ["-i https://aws:%s@%s/pypi/%s-python/simple/" % (v, ca_host(g, o), o)] + pyreqs(g)
    return g.c(["requirements.txt", "requirements-lock.txt", "lambda/requirements.txt"]), J(*lines)


@pos("nexus", "basic_password", s_pw, "password", "dockerfile")
def t_docker_arg_nexus(g, v):
    o = org(g)
    return "Dockerfile", J(
        "FROM python:3.%d-slim AS build" % g.i(10, 12),
        "ARG PIP_EXTRA_INDEX_URL=https://%s:%s@%s/repository/pypi-group/simple" % (user(g), v, nexus_host(g, o)),
        "WORKDIR /app",
        "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt",
        "COPY . .",
        "",
        "FROM python:3.12-slim",
        "COPY --from=build /usr/local /usr/local",
        "COPY --from=build /app /app",
        'CMD ["gunicorn", "-b", "0.0.0.0:8000", "%s.wsgi:app"]' % o)


@pos("cloudsmith", "entitlement_token", s_csent, "cloudsmith", "dockerfile")
def t_docker_run_cloudsmith(g, v):
    o = org(g)
    return g.c(["Dockerfile", "docker/worker.Dockerfile"]), J(
        "FROM python:3.11-slim",
        "ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1",
        "WORKDIR /srv",
        "COPY requirements.txt ./",
        "RUN pip install --index-url https://dl.cloudsmith.io/%s/%s/python/python/simple/ \\" % (v, o),
        "        --extra-index-url https://pypi.org/simple -r requirements.txt",
        "COPY src/ ./src/",
        'ENTRYPOINT ["python", "-m", "src.worker"]')


@pos("pypi", "pypi_token", s_pypi, "pypi", "pypirc")
def t_pypirc_pypi(g, v):
    return ".pypirc", J(
        "[distutils]",
        "index-servers =",
        "    pypi",
        "    testpypi",
        "",
        "[pypi]",
        "username = __token__",
        "password = %s" % v,
        "",
        "[testpypi]",
        "repository = https://test.pypi.org/legacy/",
        "username = __token__")


@pos("azure_artifacts", "azure_pat", s_azpat, "azure_pat", "pypirc")
def t_pypirc_azure(g, v):
    o = org(g)
    return g.c([".pypirc", "ci/pypirc"]), J(
        "[distutils]",
        "index-servers =",
        "    %s-feed" % o,
        "",
        "[%s-feed]" % o,
        "repository = https://pkgs.dev.azure.com/%s/_packaging/python-internal/pypi/upload/" % o,
        "username = %s" % o,
        "password = %s" % v)


@pos("nexus", "basic_password", s_pw, "password", "ini")
def t_tox_ini(g, v):
    o = org(g)
    return "tox.ini", J(
        "[tox]",
        "envlist = py310, py311, py312, lint",
        "isolated_build = true",
        "",
        "[testenv]",
        "setenv =",
        "    PIP_INDEX_URL = https://%s:%s@%s/repository/pypi-all/simple" % (user(g), v, nexus_host(g, o)),
        "deps = -r requirements-dev.txt",
        "commands = pytest -q {posargs}",
        "",
        "[testenv:lint]",
        "deps = ruff",
        "commands = ruff check src tests")


@pos("azure_artifacts", "azure_pat", s_azpat, "azure_pat", "yml")
def t_gha_azure_pip(g, v):
    o = org(g)
    return ".github/workflows/test.yml", J(
        "name: test",
        "on: [push, pull_request]",
        "jobs:",
        "  pytest:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      PIP_INDEX_URL: https://build:%s@pkgs.dev.azure.com/%s/_packaging/%s/pypi/simple/" % (v, o, g.c(["shared", "py-feed", "internal"])),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-python@v5",
        "        with:",
        "          python-version: '3.12'",
        "      - run: pip install -e .[test]",
        "      - run: pytest -q")


@pos("generic", "basic_password", s_glorpw, "password", "sh")
def t_poetry_config_sh(g, v):
    o = org(g)
    return g.c(["scripts/bootstrap.sh", "bin/setup-dev.sh"]), J(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "",
        "poetry config virtualenvs.in-project true",
        "poetry config repositories.%s https://gitlab.%s.com/api/v4/groups/%d/-/packages/pypi/simple" % (o, o, g.i(10, 9999)),
        "poetry config http-basic.%s %s %s" % (o, user(g), v),
        "poetry install --with dev --sync",
        'echo "environment ready"')


@pos("jfrog", "basic_password", s_jfany, "jfrog", "yml")
def t_gitlab_poetry_env(g, v):
    o = org(g)
    return ".gitlab-ci.yml", J(
        "image: python:3.12",
        "",
        "variables:",
        "  POETRY_VIRTUALENVS_IN_PROJECT: \"true\"",
        "  POETRY_HTTP_BASIC_%s_USERNAME: %s" % (o.upper(), user(g)),
        "  POETRY_HTTP_BASIC_%s_PASSWORD: \"%s\"" % (o.upper(), v),
        "",
        "stages: [test]",
        "",
        "unit:",
        "  stage: test",
        "  script:",
        "    - pip install poetry==1.8.3",
        "    - poetry install",
        "    - poetry run pytest")


@pos("generic", "basic_password", s_pw, "password", "toml")
def t_poetry_auth_toml(g, v):
    o = org(g)
    return g.c(["auth.toml", ".config/pypoetry/auth.toml"]), J(
        "[http-basic.%s]" % o,
        'username = "%s"' % user(g),
        'password = "%s"' % v)


@pos("pypi", "pypi_token", s_pypi, "pypi", "makefile")
def t_makefile_pypi(g, v):
    return "Makefile", J(
        ".PHONY: build publish clean",
        "",
        "build:",
        "\tpoetry build",
        "",
        "publish: build",
        "\tpoetry config pypi-token.pypi %s" % v,
        "\tpoetry publish",
        "",
        "clean:",
        "\trm -rf dist/ build/ *.egg-info")


@pos("jfrog", "basic_password", s_jfany, "jfrog", "toml")
def t_pyproject_poetry_src(g, v):
    o = org(g)
    return "pyproject.toml", J(
        "[tool.poetry]",
        'name = "%s-billing"' % o,
        'version = "0.%d.%d"' % (g.i(1, 30), g.i(0, 9)),
        'description = "Billing service"',
        'authors = ["Platform Team <platform@%s.com>"]' % o,
        "",
        "[tool.poetry.dependencies]",
        'python = "^3.11"',
        'fastapi = "^0.111"',
        "",
        "[[tool.poetry.source]]",
        'name = "internal"',
        'url = "https://%s:%s@%s/artifactory/api/pypi/pypi-local/simple"' % (user(g), v, jf_host(g, o)),
        'priority = "supplemental"')


@pos("generic", "basic_password", s_pw, "password", "toml")
def t_pyproject_uv_index(g, v):
    o = org(g)
    return "pyproject.toml", J(
        "[project]",
        'name = "%s-etl"' % o,
        'version = "1.%d.0"' % g.i(0, 9),
        'requires-python = ">=3.11"',
        'dependencies = ["polars>=1.0", "duckdb>=1.0"]',
        "",
        "[[tool.uv.index]]",
        'name = "private"',
        'url = "https://%s:%s@%s/repository/pypi-hosted/simple"' % (user(g), v, nexus_host(g, o)),
        "explicit = true",
        "",
        "[tool.uv.sources]",
        '%s-core = { index = "private" }' % o)


@pos("jfrog", "reference_token", s_jfref, "jfrog", "yml")
def t_gha_uv_env(g, v):
    o = org(g)
    return ".github/workflows/ci.yml", J(
        "name: ci",
        "on:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      UV_INDEX_%s_USERNAME: %s" % (o.upper(), user(g)),
        "      UV_INDEX_%s_PASSWORD: %s" % (o.upper(), v),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: astral-sh/setup-uv@v3",
        "      - run: uv sync --frozen",
        "      - run: uv run pytest")


@pos("gemfury", "registry_token", s_fury, "gemfury", "toml")
def t_uv_toml_fury(g, v):
    o = org(g)
    return "uv.toml", J(
        "# uv settings for this workspace",
        'index-url = "https://pypi.org/simple"',
        'extra-index-url = ["https://%s@pypi.fury.io/%s/"]' % (v, o),
        'index-strategy = "unsafe-best-match"',
        "compile-bytecode = true")


@pos("generic", "basic_password", s_pw, "password", "toml")
def t_pdm_source(g, v):
    o = org(g)
    return "pyproject.toml", J(
        "[project]",
        'name = "%s-cli"' % o,
        'dynamic = ["version"]',
        'dependencies = ["typer>=0.12", "rich>=13"]',
        "",
        "[tool.pdm]",
        "distribution = true",
        "",
        "[[tool.pdm.source]]",
        'name = "%s"' % o,
        'url = "https://%s/repository/pypi-internal/simple"' % nexus_host(g, o),
        'username = "%s"' % user(g),
        'password = "%s"' % v,
        "verify_ssl = true")


@pos("nexus", "basic_password", s_pw, "password", "pipfile")
def t_pipfile_pw(g, v):
    o = org(g)
    return "Pipfile", J(
        "[[source]]",
        'url = "https://pypi.org/simple"',
        "verify_ssl = true",
        'name = "pypi"',
        "",
        "[[source]]",
        'url = "https://%s:%s@%s/repository/pypi/simple"' % (user(g), v, nexus_host(g, o)),
        "verify_ssl = true",
        'name = "internal"',
        "",
        "[packages]",
        'django = "==5.0.7"',
        '%s-auth = {version = "*", index = "internal"}' % o,
        "",
        "[requires]",
        'python_version = "3.12"')


@pos("cloudsmith", "entitlement_token", s_csent, "cloudsmith", "pipfile")
def t_pipfile_cloudsmith(g, v):
    o = org(g)
    return g.c(["Pipfile", "services/report/Pipfile"]), J(
        "[[source]]",
        'name = "cloudsmith"',
        'url = "https://dl.cloudsmith.io/%s/%s/pypi/python/simple/"' % (v, o),
        "verify_ssl = true",
        "",
        "[packages]",
        'flask = "*"',
        '%s-reports = "*"' % o,
        "",
        "[dev-packages]",
        'pytest = "*"')


@pos("anaconda", "anaconda_token", s_anaconda, "anaconda", "condarc")
def t_condarc(g, v):
    o = org(g)
    return g.c([".condarc", "conda/.condarc"]), J(
        "channel_alias: https://conda.anaconda.org/t/%s/" % v,
        "channels:",
        "  - %s" % o,
        "  - conda-forge",
        "  - defaults",
        "ssl_verify: true",
        "auto_activate_base: false",
        "channel_priority: strict")


@pos("anaconda", "anaconda_token", s_anaconda, "anaconda", "yml")
def t_env_yml_conda(g, v):
    o = org(g)
    return "environment.yml", J(
        "name: %s-ml" % o,
        "channels:",
        "  - https://conda.anaconda.org/t/%s/%s" % (v, o),
        "  - conda-forge",
        "dependencies:",
        "  - python=3.11",
        "  - numpy=1.26",
        "  - scikit-learn=1.5",
        "  - pip",
        "  - pip:",
        "      - mlflow==2.14.3")


@pos("npm", "npm_token", s_npm, "npm_token", "yml")
def t_yarnrc_scope(g, v):
    o = org(g)
    return ".yarnrc.yml", J(
        "nodeLinker: node-modules",
        "enableGlobalCache: false",
        "",
        "npmScopes:",
        "  %s:" % o,
        "    npmRegistryServer: \"https://registry.npmjs.org\"",
        "    npmAuthToken: %s" % v,
        "    npmAlwaysAuth: true",
        "",
        "yarnPath: .yarn/releases/yarn-4.%d.%d.cjs" % (g.i(0, 3), g.i(0, 9)))


@pos("jfrog", "npm_auth_base64", s_b64auth, "base64", "yml")
def t_yarnrc_ident(g, v):
    o = org(g)
    return ".yarnrc.yml", J(
        "npmRegistryServer: \"https://%s/artifactory/api/npm/npm-virtual\"" % jf_host(g, o),
        "npmAlwaysAuth: true",
        "npmAuthIdent: \"%s\"" % v,
        "nodeLinker: pnp",
        "pnpMode: loose")


@pos("github", "github_pat", s_ghp, "github_pat", "yml")
def t_yarnrc_ghpkg(g, v):
    o = org(g)
    return g.c([".yarnrc.yml", "frontend/.yarnrc.yml"]), J(
        "npmScopes:",
        "  %s:" % o,
        "    npmAlwaysAuth: true",
        "    npmAuthToken: \"%s\"" % v,
        "    npmRegistryServer: \"https://npm.pkg.github.com\"",
        "",
        "plugins:",
        "  - path: .yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs",
        "    spec: \"@yarnpkg/plugin-workspace-tools\"")


@pos("github", "github_pat", s_ghp, "github_pat", "npmrc")
def t_npmrc_ghpkg(g, v):
    o = org(g)
    return g.c([".npmrc", "web/.npmrc"]), J(
        "@%s:registry=https://npm.pkg.github.com" % o,
        "//npm.pkg.github.com/:_authToken=%s" % v,
        "engine-strict=true",
        "save-exact=true")


@pos("npm", "npm_token", s_npm, "npm_token", "npmrc")
def t_npmrc_npmjs(g, v):
    return g.c([".npmrc", "packages/ui/.npmrc"]), J(
        "registry=https://registry.npmjs.org/",
        "//registry.npmjs.org/:_authToken=%s" % v,
        "fund=false",
        "audit-level=high")


@pos("jfrog", "npm_auth_base64", s_b64auth, "base64", "npmrc")
def t_npmrc_auth_b64(g, v):
    o = org(g)
    return ".npmrc", J(
        "registry=https://%s/artifactory/api/npm/npm-remote/" % jf_host(g, o),
        "_auth=%s" % v,
        "always-auth=true",
        "email=build@%s.com" % o)


@pos("azure_artifacts", "azure_pat_base64", s_b64pat, "base64", "npmrc")
def t_npmrc_azure_password(g, v):
    o = org(g)
    feed = g.c(["npm-feed", "frontend", "shared-js"])
    base = "//pkgs.dev.azure.com/%s/_packaging/%s/npm" % (o, feed)
    return ".npmrc", J(
        "registry=https:%s/registry/" % base,
        "always-auth=true",
        "; begin auth token",
        "%s/registry/:username=%s" % (base, o),
        "%s/registry/:_password=%s" % (base, v),
        "%s/registry/:email=npm requires email to be set but doesn't use the value" % base,
        "; end auth token")


@pos("gitlab", "gitlab_pat", s_glpat, "gitlab_pat", "npmrc")
def t_npmrc_gitlab(g, v):
    o = org(g)
    pid = g.i(100000, 60000000)
    return ".npmrc", J(
        "@%s:registry=https://gitlab.com/api/v4/projects/%d/packages/npm/" % (o, pid),
        "//gitlab.com/api/v4/projects/%d/packages/npm/:_authToken=%s" % (pid, v))


@pos("npm", "npm_token", s_npm, "npm_token", "dockerfile")
def t_docker_npmrc_echo(g, v):
    return g.c(["Dockerfile", "apps/web/Dockerfile"]), J(
        "FROM node:20-alpine AS deps",
        "WORKDIR /app",
        "COPY package.json package-lock.json ./",
        "RUN echo \"//registry.npmjs.org/:_authToken=%s\" > .npmrc && \\" % v,
        "    npm ci --omit=dev && \\",
        "    rm -f .npmrc",
        "",
        "FROM node:20-alpine",
        "WORKDIR /app",
        "COPY --from=deps /app/node_modules ./node_modules",
        "COPY . .",
        "USER node",
        'CMD ["node", "server.js"]')


@pos("npm", "npm_token", s_npm, "npm_token", "yml")
def t_gitlab_npm_var(g, v):
    return ".gitlab-ci.yml", J(
        "variables:",
        "  NODE_VERSION: \"20\"",
        "  NPM_TOKEN: \"%s\"" % v,
        "",
        "publish:",
        "  image: node:20",
        "  stage: deploy",
        "  rules:",
        "    - if: $CI_COMMIT_TAG",
        "  script:",
        "    - echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc",
        "    - npm publish --access public")


@pos("github", "github_pat", s_ghp, "github_pat", "js")
def t_js_write_npmrc(g, v):
    o = org(g)
    return g.c(["scripts/setup-registry.js", "tools/prepare.mjs"]), J(
        "const fs = require('fs');",
        "const path = require('path');",
        "",
        "// GitHub Packages needs auth even for installs of @%s/* packages" % o,
        "const pkgToken = '%s';" % v,
        "const target = path.join(__dirname, '..', '.npmrc');",
        "const lines = [",
        "  '@%s:registry=https://npm.pkg.github.com'," % o,
        "  `//npm.pkg.github.com/:_authToken=${pkgToken}`,",
        "];",
        "fs.writeFileSync(target, lines.join('\\n') + '\\n');",
        "console.log('wrote', target);")


@pos("gemfury", "registry_token", s_fury, "gemfury", "sh")
def t_pnpm_config_fury(g, v):
    o = org(g)
    return g.c(["scripts/ci-install.sh", "ci/install.sh"]), J(
        "#!/bin/sh",
        "set -e",
        "corepack enable",
        "pnpm config set @%s:registry https://npm.fury.io/%s/" % (o, o),
        "pnpm config set '//npm.fury.io/%s/:_authToken' '%s'" % (o, v),
        "pnpm install --frozen-lockfile")


@pos("npm", "npm_token", s_npm, "npm_token", "toml")
def t_bunfig_scope(g, v):
    o = org(g)
    return "bunfig.toml", J(
        "[install]",
        "exact = true",
        "",
        "[install.scopes]",
        '%s = { token = "%s", url = "https://registry.npmjs.org/" }' % (o, v),
        "",
        "[test]",
        "coverage = true")


@pos("generic", "basic_password", s_pw, "password", "toml")
def t_bunfig_registry(g, v):
    o = org(g)
    return "bunfig.toml", J(
        "[install]",
        'registry = "https://%s:%s@npm.%s.dev/"' % (user(g), v, o),
        "frozenLockfile = true",
        "",
        "[run]",
        "bun = true")


@pos("github", "github_pat", s_ghp, "github_pat", "sh")
def t_deno_tokens(g, v):
    o = org(g)
    return g.c(["scripts/dev.sh", "run.sh"]), J(
        "#!/usr/bin/env bash",
        "# private modules are served from raw.githubusercontent.com/%s" % o,
        "export DENO_AUTH_TOKENS=\"%s@raw.githubusercontent.com\"" % v,
        "exec deno run --allow-net --allow-env main.ts \"$@\"")


@pos("generic", "basic_password", s_pw, "password", "yml")
def t_deno_compose(g, v):
    o = org(g)
    return g.c(["docker-compose.yml", "compose.yaml"]), J(
        "services:",
        "  api:",
        "    image: denoland/deno:1.45.2",
        "    command: run --allow-net --allow-env /app/main.ts",
        "    environment:",
        "      DENO_AUTH_TOKENS: \"%s:%s@deno.%s.internal\"" % (user(g), v, o),
        "      PORT: \"8080\"",
        "    ports:",
        "      - \"8080:8080\"",
        "    volumes:",
        "      - ./:/app")


@pos("generic", "basic_password", s_pw, "password", "json")
def t_composer_http_basic(g, v):
    o = org(g)
    return g.c(["auth.json", "app/auth.json"]), json.dumps({
        "http-basic": {"repo.%s.com" % o: {"username": user(g), "password": v}}}, indent=4) + "\n"


@pos("github", "github_oauth", lambda g: s_ghp(g) if g.p(0.6) else s_gho(g), "github_pat", "json")
def t_composer_github(g, v):
    return "auth.json", json.dumps({"github-oauth": {"github.com": v}}, indent=4) + "\n"


@pos("gitlab", "gitlab_pat", s_glpat, "gitlab_pat", "json")
def t_composer_gitlab(g, v):
    o = org(g)
    return "auth.json", json.dumps({"gitlab-domains": ["gitlab.%s.io" % o],
                                     "gitlab-token": {"gitlab.%s.io" % o: v}}, indent=4) + "\n"


@pos("generic", "bearer_token", s_bearer, "password", "json")
def t_composer_bearer(g, v):
    o = org(g)
    return "auth.json", json.dumps({"bearer": {"packages.%s.dev" % o: v}}, indent=2) + "\n"


@pos("github", "github_pat", s_ghp, "github_pat", "yml")
def t_composer_auth_env(g, v):
    auth = json.dumps({"github-oauth": {"github.com": v}}, separators=(",", ":"))
    return ".github/workflows/php.yml", J(
        "name: php",
        "on: [push]",
        "jobs:",
        "  phpunit:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      COMPOSER_AUTH: '%s'" % auth,
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: shivammathur/setup-php@v2",
        "        with:",
        "          php-version: '8.3'",
        "      - run: composer install --no-interaction --prefer-dist",
        "      - run: vendor/bin/phpunit")


@pos("contribsys", "basic_password", s_sidekiq, "sidekiq", "dockerfile")
def t_bundle_contribsys(g, v):
    return "Dockerfile", J(
        "FROM ruby:3.3-slim",
        "RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*",
        "WORKDIR /app",
        "ENV BUNDLE_GEMS__CONTRIBSYS__COM=%s:%s" % (g.s(HEX, 8), v),
        "COPY Gemfile Gemfile.lock ./",
        "RUN bundle install --jobs 4 --without development test",
        "COPY . .",
        'CMD ["bundle", "exec", "sidekiq"]')


@pos("gemfury", "registry_token", s_fury, "gemfury", "gemfile")
def t_gemfile_fury(g, v):
    o = org(g)
    gems = g.r.sample(GEMS, 4)
    lines = ['source "https://rubygems.org"', "", 'ruby "3.3.%d"' % g.i(0, 4), ""]
    lines += ['gem "%s", "~> %s"' % (n, ver) for n, ver in gems]
    lines += ["", 'source "https://%s@gem.fury.io/%s/" do' % (v, o),
              '  gem "%s-styles"' % o, '  gem "%s-auth-client"' % o, "end"]
    return "Gemfile", J(*lines)


@pos("github", "github_pat", s_ghp, "github_pat", "yml")
def t_bundle_config(g, v):
    return ".bundle/config", J(
        "---",
        'BUNDLE_PATH: "vendor/bundle"',
        'BUNDLE_JOBS: "4"',
        'BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "%s:%s"' % (user(g), v))


@pos("github", "github_pat", s_ghp, "github_pat", "netrc")
def t_netrc_github(g, v):
    return g.c([".netrc", "ci/netrc", "build/.netrc"]), J(
        "machine github.com",
        "  login %s" % user(g),
        "  password %s" % v)


@pos("jfrog", "basic_password", s_jfany, "jfrog", "makefile")
def t_makefile_goproxy(g, v):
    o = org(g)
    return "Makefile", J(
        "GO ?= go",
        "export GOPRIVATE=github.com/%s/*" % o,
        "export GOPROXY=https://%s:%s@%s/artifactory/api/go/go-virtual,direct" % (user(g), v, jf_host(g, o)),
        "",
        ".PHONY: build test",
        "build:",
        "\t$(GO) build -trimpath -o bin/server ./cmd/server",
        "",
        "test:",
        "\t$(GO) test ./...")


@pos("gitlab", "gitlab_pat", s_glpat, "gitlab_pat", "dockerfile")
def t_docker_go_insteadof(g, v):
    o = org(g)
    return "Dockerfile", J(
        "FROM golang:1.22 AS build",
        "ENV GOPRIVATE=gitlab.com/%s" % o,
        "RUN git config --global url.\"https://oauth2:%s@gitlab.com/\".insteadOf \"https://gitlab.com/\"" % v,
        "WORKDIR /src",
        "COPY go.mod go.sum ./",
        "RUN go mod download",
        "COPY . .",
        "RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app",
        "",
        "FROM gcr.io/distroless/static",
        "COPY --from=build /out/app /app",
        'ENTRYPOINT ["/app"]')


@pos("github", "github_pat", s_ghp, "github_pat", "yml")
def t_gha_netrc_step(g, v):
    o = org(g)
    return ".github/workflows/go.yml", J(
        "name: go",
        "on: [push]",
        "jobs:",
        "  test:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      GOPRIVATE: github.com/%s/*" % o,
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-go@v5",
        "        with:",
        "          go-version: '1.22'",
        "      - name: private modules",
        "        run: echo \"machine github.com login x-access-token password %s\" > ~/.netrc" % v,
        "      - run: go test ./...")


@pos("cloudsmith", "api_key", s_csapi, "cloudsmith", "toml")
def t_cargo_credentials(g, v):
    o = org(g)
    return g.c([".cargo/credentials.toml", "ci/cargo-credentials.toml"]), J(
        "[registries.%s]" % o,
        'token = "Token %s"' % v)


@pos("generic", "registry_token", s_bearer, "password", "toml")
def t_cargo_config_token(g, v):
    o = org(g)
    return ".cargo/config.toml", J(
        "[registries.%s]" % o,
        'index = "sparse+https://cargo.%s.dev/api/v1/crates/"' % o,
        'token = "Bearer %s"' % v,
        "",
        "[registry]",
        'default = "%s"' % o,
        "",
        "[net]",
        "git-fetch-with-cli = true",
        "",
        "[build]",
        'rustflags = ["-C", "target-cpu=native"]')


@pos("cloudsmith", "api_key", s_csapi, "cloudsmith", "yml")
def t_gitlab_cargo_env(g, v):
    o = org(g)
    return ".gitlab-ci.yml", J(
        "image: rust:1.79",
        "",
        "variables:",
        "  CARGO_HOME: $CI_PROJECT_DIR/.cargo",
        "  CARGO_REGISTRIES_%s_INDEX: sparse+https://cargo.cloudsmith.io/%s/crates/" % (o.upper(), o),
        "  CARGO_REGISTRIES_%s_TOKEN: \"%s\"" % (o.upper(), v),
        "",
        "test:",
        "  script:",
        "    - cargo test --locked",
        "",
        "publish:",
        "  when: manual",
        "  script:",
        "    - cargo publish --registry %s" % o)


@pos("crates_io", "crates_token", s_cio, "crates", "sh")
def t_cargo_publish(g, v):
    return g.c(["scripts/release.sh", "release.sh"]), J(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "version=$(cargo metadata --no-deps --format-version 1 | jq -r '.packages[0].version')",
        "git tag \"v${version}\"",
        "cargo publish --token %s" % v,
        "git push origin \"v${version}\"")


@pos("azure_artifacts", "azure_pat", s_azpat, "azure_pat", "xml")
def t_nuget_azure(g, v):
    o = org(g)
    return g.c(["nuget.config", "NuGet.Config", "src/nuget.config"]), J(
        '<?xml version="1.0" encoding="utf-8"?>',
        "<configuration>",
        "  <packageSources>",
        "    <clear />",
        '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
        '    <add key="%s" value="https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json" />' % (o, o, o),
        "  </packageSources>",
        "  <packageSourceCredentials>",
        "    <%s>" % o,
        '      <add key="Username" value="%s" />' % user(g),
        '      <add key="ClearTextPassword" value="%s" />' % v,
        "    </%s>" % o,
        "  </packageSourceCredentials>",
        "</configuration>")


@pos("github", "github_pat", s_ghp, "github_pat", "xml")
def t_nuget_github(g, v):
    o = org(g)
    return "nuget.config", J(
        '<?xml version="1.0" encoding="utf-8"?>',
        "<configuration>",
        "  <packageSources>",
        '    <add key="github" value="https://nuget.pkg.github.com/%s/index.json" />' % o,
        "  </packageSources>",
        "  <packageSourceCredentials>",
        "    <github>",
        '      <add key="Username" value="%s" />' % user(g),
        '      <add key="ClearTextPassword" value="%s" />' % v,
        "    </github>",
        "  </packageSourceCredentials>",
        "</configuration>")


@pos("github", "github_pat", s_ghp, "github_pat", "sh")
def t_dotnet_add_source(g, v):
    o = org(g)
    return g.c(["build.sh", "scripts/restore.sh"]), J(
        "#!/bin/bash",
        "dotnet nuget add source \"https://nuget.pkg.github.com/%s/index.json\" \\" % o,
        "  --name github \\",
        "  --username %s \\" % user(g),
        "  --password %s \\" % v,
        "  --store-password-in-clear-text",
        "dotnet restore",
        "dotnet build -c Release --no-restore")


@pos("nuget", "nuget_api_key", s_oy2, "nuget", "ps1")
def t_dotnet_push_ps1(g, v):
    o = org(g)
    return g.c(["build/publish.ps1", "publish.ps1"]), J(
        "param([string]$Configuration = 'Release')",
        "$ErrorActionPreference = 'Stop'",
        "dotnet pack src/%s.Client/%s.Client.csproj -c $Configuration -o artifacts" % (o.title(), o.title()),
        "Get-ChildItem artifacts/*.nupkg | ForEach-Object {",
        "    dotnet nuget push $_.FullName --api-key %s --source https://api.nuget.org/v3/index.json --skip-duplicate" % v,
        "}")


@pos("jfrog", "reference_token", s_jfref, "jfrog", "xml")
def t_maven_settings(g, v):
    o = org(g)
    return g.c(["settings.xml", ".mvn/settings.xml", "ci/maven-settings.xml"]), J(
        "<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">",
        "  <servers>",
        "    <server>",
        "      <id>%s-releases</id>" % o,
        "      <username>%s</username>" % user(g),
        "      <password>%s</password>" % v,
        "    </server>",
        "  </servers>",
        "  <mirrors>",
        "    <mirror>",
        "      <id>%s-releases</id>" % o,
        "      <mirrorOf>*</mirrorOf>",
        "      <url>https://%s/artifactory/maven-virtual</url>" % jf_host(g, o),
        "    </mirror>",
        "  </mirrors>",
        "</settings>")


@pos("github", "github_pat", s_ghp, "github_pat", "properties")
def t_gradle_props(g, v):
    return "gradle.properties", J(
        "org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8",
        "org.gradle.parallel=true",
        "org.gradle.caching=true",
        "kotlin.code.style=official",
        "gpr.user=%s" % user(g),
        "gpr.key=%s" % v)


@pos("jfrog", "basic_password", s_jfany, "jfrog", "netrc")
def t_netrc_swift(g, v):
    o = org(g)
    return g.c([".netrc", "ios/.netrc"]), J(
        "machine %s" % jf_host(g, o),
        "login %s" % user(g),
        "password %s" % v,
        "",
        "machine api.github.com",
        "login %s" % user(g))


@pos("generic", "registry_token", s_bearer, "password", "sh")
def t_swift_registry_login(g, v):
    o = org(g)
    return g.c(["scripts/spm-login.sh", "Scripts/bootstrap.sh"]), J(
        "#!/bin/zsh",
        "swift package-registry set https://swift.%s.dev/api/swift --scope %s" % (o, o),
        "swift package-registry login https://swift.%s.dev/api/swift --token %s --no-confirm" % (o, v),
        "swift package resolve")


@pos("cloudsmith", "api_key", s_csapi, "cloudsmith", "sh")
def t_dart_pub_token(g, v):
    o = org(g)
    return g.c(["tool/setup_pub.sh", "scripts/pub-auth.sh"]), J(
        "#!/usr/bin/env bash",
        "set -e",
        "echo '%s' | dart pub token add https://dart.cloudsmith.io/%s/flutter/" % (v, o),
        "dart pub get")


@pos("hex", "hex_key", s_hexkey, "hex", "sh")
def t_hex_org_auth(g, v):
    o = org(g)
    return g.c(["bin/setup", "scripts/deps.sh"]), J(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "mix local.hex --force",
        "mix local.rebar --force",
        "mix hex.organization auth %s --key %s" % (o, v),
        "mix deps.get")


@pos("hex", "hex_key", s_hexkey, "hex", "yml")
def t_hex_ci_env(g, v):
    return ".github/workflows/elixir.yml", J(
        "name: elixir",
        "on: [push]",
        "env:",
        "  MIX_ENV: test",
        "  HEX_API_KEY: %s" % v,
        "jobs:",
        "  test:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: erlef/setup-beam@v1",
        "        with:",
        "          otp-version: '26'",
        "          elixir-version: '1.16'",
        "      - run: mix deps.get",
        "      - run: mix test")


@pos("github", "github_pat", s_ghp, "github_pat", "podfile")
def t_podfile(g, v):
    o = org(g)
    return g.c(["Podfile", "ios/Podfile"]), J(
        "platform :ios, '15.0'",
        "source 'https://%s:%s@github.com/%s/Specs.git'" % (user(g), v, o),
        "source 'https://cdn.cocoapods.org/'",
        "",
        "target '%sApp' do" % o.title(),
        "  use_frameworks!",
        "  pod 'Alamofire', '~> 5.9'",
        "  pod '%sKit', '~> 2.1'" % o.title(),
        "end")


@pos("jfrog", "basic_password", s_jfany, "jfrog", "yml")
def t_conan_login(g, v):
    o = org(g)
    return g.c([".gitlab-ci.yml", "ci/conan.yml"]), J(
        "build:",
        "  image: conanio/gcc13",
        "  script:",
        "    - conan remote add %s https://%s/artifactory/api/conan/conan-local" % (o, jf_host(g, o)),
        "    - conan remote login -p %s %s %s" % (v, o, user(g)),
        "    - conan install . --build=missing",
        "    - cmake --preset conan-release && cmake --build --preset conan-release")


@pos("azure_artifacts", "azure_pat", s_azpat, "azure_pat", "json")
def t_vcpkg_config(g, v):
    o = org(g)
    return "vcpkg-configuration.json", json.dumps({
        "default-registry": {"kind": "git", "baseline": g.sha(40),
                             "repository": "https://github.com/microsoft/vcpkg"},
        "registries": [{"kind": "git",
                        "repository": "https://%s:%s@dev.azure.com/%s/Platform/_git/vcpkg-registry" % (o, v, o),
                        "baseline": g.sha(40), "packages": ["%s-*" % o]}]}, indent=2) + "\n"


@pos("npm", "npm_token", s_npm, "npm_token", "env")
def t_dotenv(g, v):
    return g.c([".env", ".env.local"]), J(
        "NODE_ENV=development",
        "PORT=3000",
        "NPM_TOKEN=%s" % v,
        "LOG_LEVEL=debug")


@pos("jfrog", "api_key", s_akcp, "jfrog", "py")
def t_py_jfrog_header(g, v):
    o = org(g)
    return g.c(["tools/promote_build.py", "scripts/artifactory_cleanup.py"]), J(
        "import sys",
        "import requests",
        "",
        'BASE = "https://%s/artifactory"' % jf_host(g, o),
        'HEADERS = {"X-JFrog-Art-Api": "%s"}' % v,
        "",
        "",
        "def promote(build, number, target):",
        '    url = f"{BASE}/api/build/promote/{build}/{number}"',
        '    r = requests.post(url, json={"targetRepo": target, "copy": True}, headers=HEADERS, timeout=30)',
        "    r.raise_for_status()",
        "    return r.json()",
        "",
        "",
        'if __name__ == "__main__":',
        "    print(promote(sys.argv[1], sys.argv[2], sys.argv[3]))")


@pos("nexus", "basic_password", s_pw, "password", "py")
def t_py_nexus_upload(g, v):
    o = org(g)
    return g.c(["deploy/upload_wheels.py", "ci/publish.py"]), J(
        "from pathlib import Path",
        "",
        "import requests",
        "",
        'NEXUS = "https://%s/service/rest/v1/components?repository=pypi-hosted"' % nexus_host(g, o),
        "",
        "session = requests.Session()",
        'session.auth = ("%s", "%s")' % (user(g), v),
        "",
        'for wheel in sorted(Path("dist").glob("*.whl")):',
        "    with wheel.open(\"rb\") as fh:",
        '        resp = session.post(NEXUS, files={"pypi.asset": fh})',
        '    print(wheel.name, resp.status_code)')


@pos("jfrog", "reference_token", s_jfref, "jfrog", "tf")
def t_tf_artifactory(g, v):
    o = org(g)
    return g.c(["infra/artifactory/main.tf", "terraform/registry.tf"]), J(
        "terraform {",
        "  required_providers {",
        "    artifactory = {",
        '      source  = "jfrog/artifactory"',
        '      version = "~> 10.0"',
        "    }",
        "  }",
        "}",
        "",
        'provider "artifactory" {',
        '  url          = "https://%s"' % jf_host(g, o),
        '  access_token = "%s"' % v,
        "}",
        "",
        'resource "artifactory_remote_pypi_repository" "pypi_remote" {',
        '  key = "pypi-remote"',
        '  url = "https://files.pythonhosted.org"',
        "}")


@pos("npm", "npm_token", s_npm, "npm_token", "yaml")
def t_helm_values_npmrc(g, v):
    o = org(g)
    return g.c(["deploy/values.yaml", "charts/builder/values.yaml"]), J(
        "replicaCount: 1",
        "image:",
        "  repository: ghcr.io/%s/builder" % o,
        "  tag: \"%d.%d.%d\"" % (g.i(1, 3), g.i(0, 20), g.i(0, 9)),
        "buildConfig:",
        "  npmrc: |",
        "    @%s:registry=https://registry.npmjs.org/" % o,
        "    //registry.npmjs.org/:_authToken=%s" % v,
        "resources:",
        "  limits:",
        "    memory: 1Gi")


@pos("gemfury", "registry_token", s_fury, "gemfury", "md")
def t_md_setup_fury(g, v):
    o = org(g)
    return g.c(["docs/setup.md", "CONTRIBUTING.md", "docs/onboarding.md"]), J(
        "# Local setup",
        "",
        "Our shared Python packages live on Gemfury. Install them with:",
        "",
        "```bash",
        "python -m venv .venv && . .venv/bin/activate",
        "pip install --extra-index-url https://%s@pypi.fury.io/%s/ %s-sdk" % (v, o, o),
        "```",
        "",
        "Then run `make test` to check that everything works.")


@pos("gitlab", "gitlab_pat", s_glpat, "gitlab_pat", "groovy")
def t_jenkinsfile(g, v):
    o = org(g)
    return "Jenkinsfile", J(
        "pipeline {",
        "  agent { docker { image 'node:20' } }",
        "  stages {",
        "    stage('Install') {",
        "      steps {",
        "        sh 'npm config set @%s:registry https://gitlab.com/api/v4/packages/npm/'" % o,
        "        sh \"npm config set -- '//gitlab.com/api/v4/packages/npm/:_authToken' '%s'\"" % v,
        "        sh 'npm ci'",
        "      }",
        "    }",
        "    stage('Test') { steps { sh 'npm test' } }",
        "  }",
        "}")


@pos("azure_artifacts", "azure_pat", s_azpat, "azure_pat", "yml")
def t_azure_pipelines(g, v):
    o = org(g)
    return "azure-pipelines.yml", J(
        "trigger:",
        "  - main",
        "pool:",
        "  vmImage: ubuntu-latest",
        "variables:",
        "  buildConfiguration: Release",
        "  feedPat: %s" % v,
        "steps:",
        "  - script: dotnet nuget update source %s --username az --password $(feedPat) --store-password-in-clear-text" % o,
        "  - script: dotnet build --configuration $(buildConfiguration)")


@pos("cloudsmith", "api_key", s_csapi, "cloudsmith", "sh")
def t_cloudsmith_curl(g, v):
    o = org(g)
    return g.c(["scripts/list-packages.sh", "ops/cloudsmith-prune.sh"]), J(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "curl -sf -H 'X-Api-Key: %s' \\" % v,
        "  \"https://api.cloudsmith.io/v1/packages/%s/python/?page_size=100\" | jq -r '.[].filename'" % o)


@pos("aws_codeartifact", "codeartifact_token", s_codeartifact, "codeartifact", "ini")
def t_pip_conf_codeartifact(g, v):
    o = org(g)
    return g.c(["pip.conf", ".config/pip/pip.conf"]), J(
        "[global]",
        "index-url = https://aws:%s@%s/pypi/%s/simple/" % (v, ca_host(g, o), g.c(["pypi-store", "python", "shared"])))


@pos("github", "github_pat", s_ghp, "github_pat", "yml")
def t_pnpm_gha_env(g, v):
    o = org(g)
    return ".github/workflows/release.yml", J(
        "name: release",
        "on:",
        "  workflow_dispatch:",
        "jobs:",
        "  publish:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: pnpm/action-setup@v4",
        "      - uses: actions/setup-node@v4",
        "        with:",
        "          node-version: 20",
        "          registry-url: https://npm.pkg.github.com",
        "          scope: '@%s'" % o,
        "      - run: pnpm install --frozen-lockfile",
        "      - run: pnpm publish --no-git-checks",
        "        env:",
        "          NODE_AUTH_TOKEN: %s" % v)


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def look(provider, kind):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


def sri(g, alg="sha512"):
    n = {"sha512": 64, "sha384": 48, "sha256": 32, "sha1": 20}[alg]
    return "%s-%s" % (alg, g.b64(n))


@look("npm", "lockfile_integrity")
def l_package_lock(g):
    o = org(g)
    pk = {"": {"name": "%s-web" % o, "version": "1.0.0", "dependencies": {}}}
    for n, ver in g.r.sample(NPMPKGS, 5):
        pk[""]["dependencies"][n] = "^" + ver
        pk["node_modules/" + n] = {"version": ver,
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n, ver),
                                   "integrity": sri(g), "license": "MIT"}
    return "package-lock.json", json.dumps({"name": "%s-web" % o, "version": "1.0.0",
                                            "lockfileVersion": 3, "requires": True,
                                            "packages": pk}, indent=2) + "\n"


@look("yarn", "lockfile_integrity")
def l_yarn_lock(g):
    lines = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for n, ver in g.r.sample(NPMPKGS, 5):
        lines += ['%s@^%s:' % (n, ver), '  version "%s"' % ver,
                  '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (n, n, ver, g.sha(40)),
                  "  integrity %s" % sri(g), ""]
    return "yarn.lock", J(*lines)


@look("pnpm", "lockfile_integrity")
def l_pnpm_lock(g):
    lines = ["lockfileVersion: '9.0'", "", "settings:", "  autoInstallPeers: true", "", "packages:", ""]
    for n, ver in g.r.sample(NPMPKGS, 5):
        lines += ["  %s@%s:" % (n, ver), "    resolution: {integrity: %s}" % sri(g), ""]
    return "pnpm-lock.yaml", J(*lines)


@look("pip", "hash_pin")
def l_req_hashes(g):
    lines = ["# This file is autogenerated by pip-compile with Python 3.12",
             "#    pip-compile --generate-hashes requirements.in", ""]
    for p in pyreqs(g, 4):
        lines += ["%s \\" % p, "    --hash=sha256:%s \\" % g.sha(), "    --hash=sha256:%s" % g.sha()]
    return g.c(["requirements.txt", "requirements/lock.txt"]), J(*lines)


@look("poetry", "lockfile_hash")
def l_poetry_lock(g):
    lines = ["# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.", ""]
    for p in pyreqs(g, 3):
        n, ver = p.split("==")
        lines += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % ver, 'optional = false',
                  'python-versions = ">=3.8"', "files = [",
                  '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},' % (n, ver, g.sha()),
                  '    {file = "%s-%s.tar.gz", hash = "sha256:%s"},' % (n, ver, g.sha()), "]", ""]
    lines += ["[metadata]", 'lock-version = "2.0"', 'python-versions = "^3.11"',
              'content-hash = "%s"' % g.sha()]
    return "poetry.lock", J(*lines)


@look("uv", "lockfile_hash")
def l_uv_lock(g):
    lines = ["version = 1", 'requires-python = ">=3.11"', ""]
    for p in pyreqs(g, 3):
        n, ver = p.split("==")
        lines += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % ver,
                  'source = { registry = "https://pypi.org/simple" }',
                  'sdist = { url = "https://files.pythonhosted.org/packages/%s/%s/%s/%s-%s.tar.gz", hash = "sha256:%s", size = %d }' % (
                      g.sha(2), g.sha(2), g.sha(60), n, ver, g.sha(), g.i(20000, 900000)), ""]
    return "uv.lock", J(*lines)


@look("pipenv", "lockfile_hash")
def l_pipfile_lock(g):
    d = {"_meta": {"hash": {"sha256": g.sha()}, "pipfile-spec": 6, "requires": {"python_version": "3.12"},
                   "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": True},
                               {"name": "internal", "url": "https://${NEXUS_USER}:${NEXUS_PASSWORD}@%s/repository/pypi/simple" % nexus_host(g),
                                "verify_ssl": True}]},
         "default": {}, "develop": {}}
    for p in pyreqs(g, 3):
        n, ver = p.split("==")
        d["default"][n] = {"hashes": ["sha256:" + g.sha(), "sha256:" + g.sha()], "index": "pypi",
                           "version": "==" + ver}
    return "Pipfile.lock", json.dumps(d, indent=4) + "\n"


@look("go", "checksum")
def l_go_sum(g):
    lines = []
    for m, ver in g.r.sample(GOMODS, 4):
        lines += ["%s %s h1:%s" % (m, ver, g.b64(32)), "%s %s/go.mod h1:%s" % (m, ver, g.b64(32))]
    return "go.sum", J(*lines)


@look("cargo", "checksum")
def l_cargo_lock(g):
    lines = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.",
             "version = 3", ""]
    for n, ver in g.r.sample(CRATES, 4):
        lines += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % ver,
                  'source = "registry+https://github.com/rust-lang/crates.io-index"',
                  'checksum = "%s"' % g.sha(), ""]
    return "Cargo.lock", J(*lines)


@look("bundler", "checksum")
def l_gemfile_lock(g):
    gems = g.r.sample(GEMS, 4)
    lines = ["GEM", "  remote: https://rubygems.org/", "  specs:"]
    lines += ["    %s (%s)" % (n, ver) for n, ver in gems]
    lines += ["", "PLATFORMS", "  x86_64-linux", "", "CHECKSUMS"]
    lines += ["  %s (%s) sha256=%s" % (n, ver, g.sha()) for n, ver in gems]
    lines += ["", "BUNDLED WITH", "   2.5.%d" % g.i(1, 16)]
    return "Gemfile.lock", J(*lines)


@look("composer", "checksum")
def l_composer_lock(g):
    pk = []
    for n in g.r.sample(["monolog/monolog", "guzzlehttp/guzzle", "symfony/console", "laravel/framework"], 2):
        ref = g.sha(40)
        pk.append({"name": n, "version": "v%d.%d.%d" % (g.i(1, 7), g.i(0, 9), g.i(0, 9)),
                   "source": {"type": "git", "url": "https://github.com/%s.git" % n, "reference": ref},
                   "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (n, ref),
                            "reference": ref, "shasum": ""}})
    return "composer.lock", json.dumps({"_readme": ["This file locks the dependencies of your project to a known state"],
                                        "content-hash": g.sha(32), "packages": pk}, indent=4) + "\n"


@look("nuget", "checksum")
def l_nuget_lock(g):
    deps = {}
    for n, ver in g.r.sample(NUGETS, 3):
        deps[n] = {"type": "Direct", "requested": "[%s, )" % ver, "resolved": ver, "contentHash": g.b64(64)}
    return "packages.lock.json", json.dumps({"version": 1, "dependencies": {"net8.0": deps}}, indent=2) + "\n"


@look("npm", "scoped_registry")
def l_npmrc_scoped(g):
    o = org(g)
    return g.c([".npmrc", "web/.npmrc"]), J(
        "@%s:registry=https://npm.pkg.github.com" % o,
        "@%s-internal:registry=https://%s/artifactory/api/npm/npm-virtual/" % (o, jf_host(g, o)),
        "always-auth=true",
        "strict-ssl=true",
        "cafile=/etc/ssl/certs/%s-root-ca.pem" % o,
        "save-exact=true")


@look("npm", "env_lookup")
def l_npmrc_envtoken(g):
    return ".npmrc", J(
        "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
        "registry=https://registry.npmjs.org/",
        "; token comes from npm_config_//registry.npmjs.org/:_authToken in CI")


@look("yarn", "env_lookup")
def l_yarnrc_env(g):
    o = org(g)
    return ".yarnrc.yml", J(
        "npmScopes:",
        "  %s:" % o,
        "    npmRegistryServer: \"https://npm.pkg.github.com\"",
        "    npmAuthToken: \"${GITHUB_TOKEN}\"",
        "    npmAlwaysAuth: true",
        "nodeLinker: node-modules")


@look("aws_codeartifact", "token_command")
def l_codeartifact_cmd(g):
    o = org(g)
    acct = g.s(DI, 12)
    reg = g.c(REGIONS)
    return g.c([".github/workflows/build.yml", "ci/build.yml"]), J(
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    permissions:",
        "      id-token: write",
        "    steps:",
        "      - uses: aws-actions/configure-aws-credentials@v4",
        "        with:",
        "          role-to-assume: arn:aws:iam::%s:role/ci-codeartifact-read" % acct,
        "          aws-region: %s" % reg,
        "      - run: |",
        "          export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token --domain %s --domain-owner %s --query authorizationToken --output text)" % (o, acct),
        "          pip config set global.index-url \"https://aws:${CODEARTIFACT_AUTH_TOKEN}@%s-%s.d.codeartifact.%s.amazonaws.com/pypi/python/simple/\"" % (o, acct, reg),
        "      - run: pip install -r requirements.txt")


@look("aws_codeartifact", "token_command")
def l_codeartifact_login_sh(g):
    o = org(g)
    return "scripts/login.sh", J(
        "#!/usr/bin/env bash",
        "aws codeartifact login --tool npm --domain %s --domain-owner %s --repository npm-store" % (o, g.s(DI, 12)),
        "aws codeartifact login --tool pip --domain %s --repository pypi-store" % o,
        "aws codeartifact login --tool twine --domain %s --repository pypi-store" % o)


@look("docker", "cred_helpers")
def l_docker_config(g):
    acct = g.s(DI, 12)
    return g.c([".docker/config.json", "ci/docker-config.json"]), json.dumps({
        "credHelpers": {"%s.dkr.ecr.%s.amazonaws.com" % (acct, g.c(REGIONS)): "ecr-login",
                        "europe-docker.pkg.dev": "gcloud"},
        "credsStore": "desktop", "auths": {}}, indent=2) + "\n"


@look("go", "proxy_settings")
def l_go_env(g):
    o = org(g)
    return g.c(["Makefile", "build.mk"]), J(
        "export GOPRIVATE=github.com/%s/*,gitlab.%s.io/*" % (o, o),
        "export GONOSUMDB=github.com/%s/*" % o,
        "export GOPROXY=https://proxy.golang.org,direct",
        "export GOAUTH=netrc",
        "export GOFLAGS=-mod=mod",
        "",
        "lint:",
        "\tgolangci-lint run ./...")


@look("cargo", "credential_provider")
def l_cargo_cfg(g):
    o = org(g)
    return ".cargo/config.toml", J(
        "[registry]",
        'global-credential-providers = ["cargo:token", "cargo:libsecret"]',
        "",
        "[registries.%s]" % o,
        'index = "sparse+https://cargo.%s.dev/index/"' % o,
        'credential-provider = ["cargo:token-from-stdout", "op", "read", "op://Engineering/cargo/token"]')


@look("nuget", "no_credentials")
def l_nuget_mapping(g):
    o = org(g)
    return "nuget.config", J(
        '<?xml version="1.0" encoding="utf-8"?>',
        "<configuration>",
        "  <packageSources>",
        "    <clear />",
        '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />',
        '    <add key="%s" value="https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json" />' % (o, o, o),
        "  </packageSources>",
        "  <packageSourceMapping>",
        '    <packageSource key="%s"><package pattern="%s.*" /></packageSource>' % (o, o.title()),
        '    <packageSource key="nuget.org"><package pattern="*" /></packageSource>',
        "  </packageSourceMapping>",
        "  <packageSourceCredentials>",
        "    <%s>" % o,
        '      <add key="Username" value="az" />',
        '      <add key="ClearTextPassword" value="%AZURE_ARTIFACTS_PAT%" />',
        "    </%s>" % o,
        "  </packageSourceCredentials>",
        "</configuration>")


@look("pip", "no_credentials")
def l_pip_conf_plain(g):
    o = org(g)
    h = nexus_host(g, o)
    return "pip.conf", J(
        "[global]",
        "index-url = https://%s/repository/pypi-proxy/simple" % h,
        "trusted-host = %s" % h,
        "cert = /etc/ssl/certs/%s-ca.pem" % o,
        "keyring-provider = subprocess")


@look("anaconda", "no_credentials")
def l_condarc_mirror(g):
    o = org(g)
    return ".condarc", J(
        "channel_alias: https://conda.%s.internal/conda" % o,
        "default_channels:",
        "  - https://conda.%s.internal/conda/main" % o,
        "channels:",
        "  - conda-forge",
        "custom_channels:",
        "  %s: https://conda.%s.internal/conda" % (o, o),
        "ssl_verify: /etc/ssl/certs/ca-bundle.crt")


@look("github", "ci_reference")
def l_gha_setup_node(g):
    o = org(g)
    return ".github/workflows/publish.yml", J(
        "name: publish",
        "on:",
        "  release:",
        "    types: [published]",
        "jobs:",
        "  npm:",
        "    runs-on: ubuntu-latest",
        "    permissions:",
        "      contents: read",
        "      packages: write",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-node@v4",
        "        with:",
        "          node-version: 20",
        "          registry-url: https://npm.pkg.github.com",
        "          scope: '@%s'" % o,
        "      - run: npm ci",
        "      - run: npm publish",
        "        env:",
        "          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}")


@look("gitlab", "ci_reference")
def l_gitlab_job_token(g):
    pid = g.i(1000, 9999999)
    return ".gitlab-ci.yml", J(
        "install:",
        "  image: python:3.12",
        "  script:",
        "    - pip install --index-url https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com/api/v4/projects/%d/packages/pypi/simple mylib" % pid,
        "    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*")


@look("docs", "placeholder_doc")
def l_md_token_doc(g):
    o = org(g)
    return g.c(["docs/registry.md", "docs/packages.md"]), J(
        "# Private registry access",
        "",
        "1. Create a personal access token with the `read:packages` scope.",
        "2. Add it to your user-level `~/.npmrc` (never the project one):",
        "",
        "```ini",
        "//npm.pkg.github.com/:_authToken=<YOUR_TOKEN>",
        "@%s:registry=https://npm.pkg.github.com" % o,
        "```",
        "",
        "Token id shown in the UI looks like `%s`; it is not the token itself." % g.uuid(),
        "For pip use `https://<user>:<token>@%s/repository/pypi/simple`." % nexus_host(g, o))


@look("npm", "token_listing")
def l_npm_token_list(g):
    rows = []
    for _ in range(g.i(2, 4)):
        rows.append({"key": g.sha(128), "token": g.s(HEX, 6) + "…", "created": "2024-0%d-1%dT10:2%d:00.000Z" % (g.i(1, 9), g.i(0, 9), g.i(0, 9)),
                     "readonly": g.p(0.5), "cidr_whitelist": None})
    return g.c(["docs/npm-tokens.json", "audit/npm-token-list.json"]), json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


@look("cdn", "sri")
def l_html_sri(g):
    n, ver = g.c(NPMPKGS)
    return g.c(["public/index.html", "templates/base.html"]), J(
        "<!doctype html>",
        "<html lang=\"en\">",
        "<head>",
        "  <meta charset=\"utf-8\">",
        "  <script src=\"https://cdn.jsdelivr.net/npm/%s@%s/dist/%s.min.js\"" % (n, ver, n),
        "          integrity=\"%s\" crossorigin=\"anonymous\"></script>" % sri(g, "sha384"),
        "</head>",
        "<body><div id=\"root\"></div></body>",
        "</html>")


@look("pgp", "signature")
def l_pgp_sig(g):
    body = g.b64(g.i(280, 420))
    lines = ["-----BEGIN PGP SIGNATURE-----", ""]
    lines += [body[i:i + 64] for i in range(0, len(body), 64)]
    lines += ["=" + g.b64(3), "-----END PGP SIGNATURE-----"]
    return g.c(["dist/%s-1.4.2.tar.gz.asc" % org(g), "release/checksums.txt.asc"]), J(*lines)


@look("pgp", "public_key")
def l_pgp_pub(g):
    body = g.b64(g.i(600, 900))
    lines = ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "Comment: package signing key for apt.%s.io" % org(g), ""]
    lines += [body[i:i + 64] for i in range(0, len(body), 64)]
    lines += ["=" + g.b64(3), "-----END PGP PUBLIC KEY BLOCK-----"]
    return g.c(["keys/repo-signing.pub.asc", "deploy/apt-key.asc"]), J(*lines)


@look("ssh", "public_key")
def l_known_hosts(g):
    return g.c(["ci/known_hosts", ".ssh/known_hosts"]), J(
        "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(24),
        "gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(24),
        "bitbucket.org ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + g.b64(48))


@look("jfrog", "checksums")
def l_build_info(g):
    o = org(g)
    arts = []
    for i in range(g.i(2, 4)):
        arts.append({"type": "whl", "name": "%s_lib-1.%d.0-py3-none-any.whl" % (o, i),
                     "sha1": g.sha(40), "sha256": g.sha(), "md5": g.sha(32)})
    return "build-info.json", json.dumps({"version": "1.0.1", "name": "%s-lib" % o, "number": str(g.i(100, 999)),
                                          "agent": {"name": "jfrog-cli-go", "version": "2.%d.0" % g.i(40, 60)},
                                          "started": "2024-05-14T09:12:33.120+0000",
                                          "modules": [{"id": "%s-lib" % o, "artifacts": arts}]}, indent=2) + "\n"


@look("pip", "masked_log")
def l_pip_log(g):
    o = org(g)
    h = jf_host(g, o)
    lines = ["$ pip install -r requirements.txt",
             "Looking in indexes: https://%s:****@%s/artifactory/api/pypi/pypi-virtual/simple" % (user(g), h)]
    for p in pyreqs(g, 3):
        n, ver = p.split("==")
        lines += ["Collecting %s (from -r requirements.txt (line %d))" % (p, g.i(1, 9)),
                  "  Downloading https://%s/artifactory/api/pypi/pypi-virtual/packages/packages/%s/%s/%s/%s-%s-py3-none-any.whl (%d kB)" % (
                      h, g.sha(2), g.sha(2), g.sha(60), n, ver, g.i(20, 900))]
    lines += ["Successfully installed " + " ".join(p.replace("==", "-") for p in pyreqs(g, 3))]
    return g.c(["logs/pip-install.log", "ci/output/install.log"]), J(*lines)


@look("npm", "publish_log")
def l_npm_publish_log(g):
    o = org(g)
    return g.c(["logs/publish.log", "artifacts/npm-publish.txt"]), J(
        "npm notice",
        "npm notice 📦  @%s/ui@2.%d.%d" % (o, g.i(0, 9), g.i(0, 9)),
        "npm notice === Tarball Details ===",
        "npm notice name:          @%s/ui" % o,
        "npm notice package size:  %d.%d kB" % (g.i(10, 90), g.i(0, 9)),
        "npm notice shasum:        %s" % g.sha(40),
        "npm notice integrity:     %s" % sri(g)[:30] + "[...]" + g.b64(6)[:6] + "==",
        "npm notice total files:   %d" % g.i(10, 80),
        "+ @%s/ui@2.0.0" % o)


@look("precommit", "git_sha")
def l_precommit(g):
    return ".pre-commit-config.yaml", J(
        "repos:",
        "  - repo: https://github.com/pre-commit/pre-commit-hooks",
        "    rev: %s  # frozen: v4.6.0" % g.sha(40),
        "    hooks:",
        "      - id: check-yaml",
        "      - id: end-of-file-fixer",
        "  - repo: https://github.com/astral-sh/ruff-pre-commit",
        "    rev: %s  # frozen: v0.5.1" % g.sha(40),
        "    hooks:",
        "      - id: ruff")


@look("aws_codeartifact", "terraform_reference")
def l_tf_codeartifact(g):
    o = org(g)
    return "infra/codeartifact.tf", J(
        'resource "aws_codeartifact_domain" "main" {',
        '  domain = "%s"' % o,
        "}",
        "",
        'data "aws_codeartifact_authorization_token" "ci" {',
        "  domain           = aws_codeartifact_domain.main.domain",
        "  duration_seconds = 3600",
        "}",
        "",
        'resource "aws_ssm_parameter" "pip_index" {',
        '  name  = "/ci/pip-index-url"',
        '  type  = "SecureString"',
        '  value = "https://aws:${data.aws_codeartifact_authorization_token.ci.authorization_token}@${aws_codeartifact_domain.main.domain}-${data.aws_caller_identity.current.account_id}.d.codeartifact.%s.amazonaws.com/pypi/pypi/simple/"' % g.c(REGIONS),
        "}")


@look("k8s", "secret_reference")
def l_external_secret(g):
    return g.c(["deploy/externalsecret.yaml", "k8s/npm-token.yaml"]), J(
        "apiVersion: external-secrets.io/v1beta1",
        "kind: ExternalSecret",
        "metadata:",
        "  name: registry-credentials",
        "spec:",
        "  refreshInterval: 1h",
        "  secretStoreRef:",
        "    name: vault-backend",
        "    kind: ClusterSecretStore",
        "  target:",
        "    name: registry-credentials",
        "  data:",
        "    - secretKey: NPM_TOKEN",
        "      remoteRef:",
        "        key: ci/registries/npm",
        "        property: token")


@look("inventory", "token_ids")
def l_token_csv(g):
    lines = ["name,token_id,created_at,last_used,scopes,expires"]
    for n in g.r.sample(["ci-read", "release-publish", "renovate", "docker-build", "local-dev"], 4):
        lines.append("%s,%s,2024-0%d-%02d,2024-0%d-%02d,%s,2025-0%d-01" % (
            n, g.uuid(), g.i(1, 9), g.i(1, 28), g.i(1, 9), g.i(1, 28), g.c(["read:packages", "write:packages", "api"]), g.i(1, 9)))
    return g.c(["docs/tokens.csv", "ops/registry-tokens.csv"]), J(*lines)


@look("sql", "token_hash")
def l_sql_hashes(g):
    lines = ["CREATE TABLE registry_tokens (", "  id UUID PRIMARY KEY,", "  owner TEXT NOT NULL,",
             "  token_sha256 CHAR(64) NOT NULL,", "  created_at TIMESTAMPTZ DEFAULT now()", ");", ""]
    for _ in range(3):
        lines.append("INSERT INTO registry_tokens (id, owner, token_sha256) VALUES ('%s', '%s', '%s');" % (g.uuid(), user(g), g.sha()))
    return g.c(["db/migrations/0042_registry_tokens.sql", "sql/seed_tokens.sql"]), J(*lines)


@look("renovate", "template_reference")
def l_renovate(g):
    o = org(g)
    return "renovate.json", json.dumps({
        "$schema": "https://docs.renovatebot.com/renovate-schema.json",
        "extends": ["config:recommended"],
        "hostRules": [{"matchHost": "npm.pkg.github.com", "hostType": "npm", "token": "{{ secrets.GH_PACKAGES_TOKEN }}"},
                      {"matchHost": "%s" % jf_host(g, o), "username": "renovate", "password": "{{ secrets.ARTIFACTORY_PASSWORD }}"}]},
        indent=2) + "\n"


@look("vcpkg", "git_sha")
def l_vcpkg_json(g):
    return "vcpkg-configuration.json", json.dumps({
        "default-registry": {"kind": "git", "repository": "https://github.com/microsoft/vcpkg", "baseline": g.sha(40)},
        "registries": [{"kind": "artifact", "location": "https://github.com/microsoft/vcpkg-ce-catalog/archive/refs/heads/main.zip",
                        "name": "microsoft"}]}, indent=2) + "\n"


@look("conan", "lockfile_hash")
def l_conan_lock(g):
    reqs = ["%s/%s#%s%%%d.%d" % (n, v, g.sha(32), g.i(1700000000, 1720000000), g.i(100, 999))
            for n, v in [("zlib", "1.3.1"), ("openssl", "3.2.2"), ("fmt", "10.2.1")]]
    return "conan.lock", json.dumps({"version": "0.5", "requires": reqs, "build_requires": [], "python_requires": []}, indent=4) + "\n"


@look("deno", "lockfile_hash")
def l_deno_lock(g):
    rem = {}
    for p in ["std@0.224.0/assert/mod.ts", "std@0.224.0/path/mod.ts", "oak@v16.1.0/mod.ts"]:
        rem["https://deno.land/" + ("" if p.startswith("std") else "x/") + p] = g.sha()
    return "deno.lock", json.dumps({"version": "3", "remote": rem}, indent=2) + "\n"


@look("swiftpm", "git_sha")
def l_package_resolved(g):
    pins = []
    for n in ["swift-argument-parser", "swift-log", "swift-collections"]:
        pins.append({"identity": n, "kind": "remoteSourceControl", "location": "https://github.com/apple/%s.git" % n,
                     "state": {"revision": g.sha(40), "version": "1.%d.%d" % (g.i(0, 5), g.i(0, 9))}})
    return "Package.resolved", json.dumps({"originHash": g.sha(), "pins": pins, "version": 3}, indent=2) + "\n"


@look("hex", "checksum")
def l_mix_lock(g):
    lines = ["%{"]
    for n, ver in [("jason", "1.4.1"), ("plug", "1.16.1"), ("telemetry", "1.2.1")]:
        lines.append('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},' % (n, n, ver, g.sha(), g.sha()))
    lines.append("}")
    return "mix.lock", J(*lines)


@look("python", "keyring_lookup")
def l_py_keyring(g):
    o = org(g)
    return g.c(["tools/index_auth.py", "scripts/pip_auth.py"]), J(
        "import os",
        "import keyring",
        "",
        'INDEX_HOST = "%s"' % nexus_host(g, o),
        "",
        "",
        "def index_url():",
        '    user = os.environ.get("NEXUS_USER", "%s")' % user(g),
        "    password = keyring.get_password(INDEX_HOST, user)",
        "    if not password:",
        '        raise SystemExit("run: keyring set %s $NEXUS_USER")' % "INDEX_HOST",
        '    return f"https://{user}:{password}@{INDEX_HOST}/repository/pypi/simple"')


@look("gradle", "public_ids")
def l_gradle_props_public(g):
    return "gradle.properties", J(
        "org.gradle.jvmargs=-Xmx3g",
        "signing.keyId=%s" % g.s("0123456789ABCDEF", 8),
        "signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg",
        "artifactoryUser=",
        "artifactoryPassword=",
        "mavenCentralUsername=",
        "systemProp.org.gradle.internal.publish.checksums.insecure=false")


@look("dockerfile", "digest_pin")
def l_docker_digest(g):
    return g.c(["Dockerfile", "build/Dockerfile"]), J(
        "FROM python:3.12-slim@sha256:%s" % g.sha(),
        "RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\",
        "    pip install --no-cache-dir -r /tmp/requirements.txt",
        "ARG PIP_INDEX_URL",
        "LABEL org.opencontainers.image.revision=%s" % g.sha(40))


@look("helm", "digest_pin")
def l_chart_lock(g):
    return "Chart.lock", J(
        "dependencies:",
        "- name: postgresql",
        "  repository: oci://registry-1.docker.io/bitnamicharts",
        "  version: 15.5.%d" % g.i(0, 20),
        "digest: sha256:%s" % g.sha(),
        "generated: \"2024-06-1%dT08:3%d:12.%d+00:00\"" % (g.i(0, 9), g.i(0, 9), g.i(100000, 999999)))


# ---------------------------------------------------------------- driver
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    low = base.lower()
    if low.startswith(".env"):
        return "env"
    if low in ("dockerfile",) or low.endswith(".dockerfile"):
        return "dockerfile"
    if low in ("makefile", "gemfile", "pipfile", "podfile", "jenkinsfile", ".npmrc", ".netrc",
               ".pypirc", ".condarc", "netrc", "pypirc", "known_hosts", "config"):
        return low.lstrip(".")
    if "." in base.lstrip("."):
        return low.rsplit(".", 1)[-1]
    if "/bin/" in "/" + path or low in ("setup",):
        return "sh"
    return low.lstrip(".") or "txt"


def neg_path(path):
    parts = path.split("/")
    b = parts[-1]
    if b.startswith(".env") and b not in (".env.example", ".env.sample", ".env.template"):
        parts[-1] = ".env.example"
    return "/".join(parts)


def write(outdir, rel, text):
    full = os.path.join(outdir, *rel.split("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_jg.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(seed)
    manifest, secrets = [], []

    order = list(range(len(POS)))
    g.r.shuffle(order)
    for n in range(500):
        t = POS[order[n % len(order)]]
        if n % len(order) == len(order) - 1:
            g.r.shuffle(order)
        v = t["gen"](g)
        path, text = t["fn"](g, v)
        assert v and v in text, (t["name"], v)
        lines = text.split("\n")
        ln = next(i for i, l in enumerate(lines) if v in l) + 1
        first = text.index(v)
        assert text.count("\n", 0, first) + 1 == ln
        rel = "pos/p%04d/%s" % (n, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, *rel.split("/")), encoding="utf-8") as fh:
            got = fh.read().split("\n")
        assert v in got[ln - 1], (rel, ln)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": v, "line": ln})

    plan = ["reuse"] * 250 + ["look"] * 250
    g.r.shuffle(plan)
    porder = list(range(len(POS)))
    lorder = list(range(len(LOOK)))
    g.r.shuffle(porder)
    g.r.shuffle(lorder)
    pi = li = 0
    for n, what in enumerate(plan):
        if what == "reuse":
            t = POS[porder[pi % len(porder)]]
            pi += 1
            v, cat = neg_filler(g, t["kk"], t["ft"])
            path, text = t["fn"](g, v)
            path = neg_path(path)
            prov, kind = t["provider"], "reuse_" + cat
        else:
            t = LOOK[lorder[li % len(lorder)]]
            li += 1
            path, text = t["fn"](g)
            prov, kind = t["provider"], t["kind"]
        b = path.rsplit("/", 1)[-1]
        assert not (b.startswith(".env") and b not in (".env.example", ".env.sample", ".env.template")), path
        rel = "neg/n%04d/%s" % (n, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
