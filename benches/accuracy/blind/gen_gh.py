#!/usr/bin/env python3
"""gen_gh.py - blind evaluation set for secret scanners: code-quality, security-scanning and
test-infrastructure SaaS used in CI.

EMPHASIS
    Domain: credentials of the SaaS tools that CI pipelines call for code quality, security scanning,
    coverage and browser / visual testing.
    Providers: Snyk, SonarQube / SonarCloud, Codecov, Coveralls, DeepSource, Codacy, Semgrep,
    Veracode, Checkmarx One / CxSAST, Mend (WhiteSource), GitGuardian, Socket, Chromatic, Percy,
    BrowserStack, Sauce Labs, LambdaTest, Cypress Cloud, Currents, Applitools, Datadog CI,
    Launchable, Buildkite Test Engine.
    Kinds: API tokens, access keys, record keys, project tokens, upload tokens, DSNs, client
    secrets, HMAC API key secrets, analysis tokens, account passwords.
    File types: GitHub Actions, GitLab CI, CircleCI, Jenkinsfile, azure-pipelines, bitbucket-pipelines,
    Buildkite pipeline, codecov.yml, .coveralls.yml, sonar-project.properties, pom.xml,
    build.gradle, cypress/playwright/wdio/jest/currents/applitools configs (js/ts), package.json,
    Makefile, shell, Dockerfile, docker-compose, Python / Java / Ruby test helpers, tox.ini,
    INI credentials files, Terraform, Markdown (badges, docs), CI logs, lock files, SARIF, JSON
    reports, XML, .snyk, .gitguardian.yaml, checksums.

USAGE
    python3 -B gen_gh.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath> (500 negatives),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Standard library only; every random choice comes from one random.Random(SEED), so a seed
    gives byte-identical output.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written, without quotes or the variable name.
    * Token-like values (UUIDs, squ_/sqp_/sqa_ tokens, chpt_, sktsec_..._api, LT_, bkua_ ...):
      the whole token including its prefix/suffix.
    * DeepSource DSN: the whole DSN URL (https://<hex>@app.deepsource.com); the provider hands out
      the DSN as the credential.
    * Launchable token: the whole "v1:<org>/<workspace>:<secret>" string.
    * Checkmarx One API key: the whole JWT (header.payload.signature).
    * Pairs (Veracode API id + key, BrowserStack / Sauce Labs / LambdaTest user + access key):
      only the secret half (key); the id / username stays in the file as innocent context.
    * URLs with user:key@host (Selenium hub URLs): the key part only.
    * Headers (Authorization: Token X, api-token: X): only X.
    * Basic auth with the token as user (curl -u TOKEN:): only TOKEN.
    * No multi-line needles are produced by this generator.
    * line = 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret: placeholders
    (<your-token>, YOUR_X_HERE, changeme, prefix+xxxx, nil UUID), empty values, masked values
    (***, ****, [REDACTED]), CI / language references (${{ secrets.X }}, $X, $(X), os.environ[...],
    process.env.X, System.getenv, ENV[...], env.X, var.x), secret-manager paths (op://, vault:,
    GCP Secret Manager names), template expressions ({{ x }}, #{X}#, @X@), and providers' documented
    examples / placeholders (Sauce "2639f6ea-...", Coveralls "abcde12345", Launchable
    "set_your_token", Buildkite "xyz", Socket's published public demo token). A file named .env is
    renamed .env.example for negatives.
    250 are look-alikes of the domain: Codecov badge graph tokens, Codacy badge hashes, Cypress
    projectId, Sonar project keys / analysis ids, commit SHAs, pinned action SHAs, build numbers,
    artifact SHA256SUMS, npm/yarn/go/cargo/nuget/terraform lock hashes, image digests, SARIF
    fingerprints, Mend library sha1s, GitHub webhook signatures, Sauce/BrowserStack job ids,
    Datadog RUM public client tokens (pub...), Snyk org ids, run UUIDs, PGP / SSH public keys,
    base64 image data, .gitguardian.yaml ignore hashes, withCredentials references.

FORMATS CHECKED (search tool; providers' docs unless stated)
    * SonarQube docs: three token types (user, project analysis, global analysis). A real project's
      script showed sqp_ + 40 lower-hex; a Helm chart checks the squ_ prefix. Legacy tokens (sonar.login)
      are 40 hex.
    * Codecov: the upload token is a UUID (codecov-bash "Provided token is not a UUID"; node
      uploader README "Set this unique uuid to CODECOV_TOKEN").
    * Sauce Labs: access key "is a hexadecimal string of the form 2639f6ea-ec65-4ae0-b44a-41803464ad76"
      (Jenkins plugin help) - a UUID; that example is used only among negatives.
    * Cypress docs: projectId is a 6-character string in the config (public); the record key is secret.
    * DeepSource docs: DEEPSOURCE_DSN copied from repository settings, used by `deepsource report`.
    * Coveralls coverage-reporter docs: COVERALLS_REPO_TOKEN, .coveralls.yml repo_token (example
      "abcde12345").
    * Codacy docs: CODACY_PROJECT_TOKEN (project API token), account API token.
    * Veracode docs: credentials file [default] veracode_api_key_id / veracode_api_key_secret,
      env VERACODE_API_KEY_ID / VERACODE_API_KEY_SECRET; HMAC id + secret key pair.
    * Socket: API tokens start sktsec_ and end _api (a published public demo token in
      @socketsecurity/lib shows the shape).
    * Datadog: API key 32 characters, application key 40 (a client library's documented length check).
    * Launchable docs: LAUNCHABLE_TOKEN env; LAUNCHABLE_ORGANIZATION / _WORKSPACE for tokenless.
    * Buildkite docs: one API token per test suite, BUILDKITE_ANALYTICS_TOKEN.
    * Percy docs: PERCY_TOKEN is a project write-only / full-access token.
    * GitGuardian docs: GITGUARDIAN_API_KEY, "Authorization: Token ..." header.
    * Snyk docs: SNYK_TOKEN, "Authorization: token API_TOKEN".
    * Semgrep docs: SEMGREP_APP_TOKEN; a third-party plugin validates an sgp_ prefix.
    * Chromatic docs: projectToken / CHROMATIC_PROJECT_TOKEN from the Manage page.

DOUBTS (formats generated from memory, not confirmed by the documentation found)
    * Snyk token as a UUID v4; Cypress record key as a UUID v4.
    * Coveralls repo token: 32-37 base62 characters.
    * Codacy project token 32 lower hex; account token 20 base62.
    * Semgrep: legacy 64 hex, or sgp_ + 40 base62 (length guessed).
    * GitGuardian API key: 69 base62 characters (length guessed).
    * Socket: body length 43 base64url between sktsec_ and _api (from one sample).
    * Chromatic: chpt_ + 14 hex. Percy: optional web_/app_/auto_ prefix + 64 hex.
    * BrowserStack access key 20 base62, username name_XXXXXX; LambdaTest key LT_ + 47 base62 or
      legacy 50 base62; Currents record key 16 base62; Applitools key 43-45 base62.
    * Mend: org apiKey as UUID, userKey 64 hex. Checkmarx One API key as an Offline-type JWT; CxSAST
      client secret 32 base62.
    * Launchable: v1:<org>/<workspace>:<20 base62>. Buildkite suite token 24 base62; bkua_ + 40 hex
      for Buildkite API access tokens.
    * None of these formats has a documented checksum, so none is generated.
    Scanner rule text seen by accident in search results (noseyparker / kingfisher Sonar rules,
    GitGuardian detector pages) was not used to shape any value.
"""
import json
import os
import random
import sys
import base64

HEX = "0123456789abcdef"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = B62 + "-_"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def b62(r, n):
    while True:
        s = "".join(r.choice(B62) for _ in range(n))
        # real random tokens of this length practically always mix classes
        if n < 8 or (any(ch.isdigit() for ch in s) and any(ch.isupper() for ch in s)
                     and any(ch.islower() for ch in s)):
            return s


def b64u(r, n):
    return "".join(r.choice(B64U) for _ in range(n))


def lalnum(r, n):
    return "".join(r.choice(LOWER_ALNUM) for _ in range(n))


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def b64enc(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


ORGS = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "piedpiper",
        "stark-industries", "wayne-ent", "tyrell", "vandelay", "soylent", "cyberdyne", "aperture"]
REPOS = ["web-app", "billing-service", "storefront", "api-gateway", "mobile-bff", "design-system",
         "data-pipeline", "auth-service", "docs-site", "checkout", "search-api", "notifications",
         "admin-portal", "inventory", "ledger", "mobile-web", "payments-sdk", "reporting"]
FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
         "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter"]
LAST = ["smith", "jones", "nguyen", "garcia", "kumar", "olsen", "muller", "rossi", "tanaka",
        "dubois", "silva", "novak", "kowalski", "brown", "fischer", "larsen"]
BRANCHES = ["main", "master", "develop", "release/2.4", "feature/login-flow", "fix/flaky-e2e"]
SITES = ["datadoghq.com", "datadoghq.eu", "us3.datadoghq.com", "us5.datadoghq.com"]


def ctx(r):
    """Innocent per-file context values."""
    c = {}
    c["ORG"] = r.choice(ORGS)
    c["REPO"] = r.choice(REPOS)
    c["PROJ"] = c["ORG"] + "_" + c["REPO"]
    c["ORGPKG"] = c["ORG"].replace("-", "")
    c["FIRST"] = r.choice(FIRST)
    c["LAST"] = r.choice(LAST)
    c["USER"] = c["FIRST"] + "." + c["LAST"]
    c["EMAIL"] = "%s.%s@%s.io" % (c["FIRST"], c["LAST"], c["ORG"].replace("-", ""))
    c["BSUSER"] = c["FIRST"] + c["LAST"][:1] + "_" + b62(r, 6)
    c["LTUSER"] = c["FIRST"] + c["LAST"]
    c["SAUCEUSER"] = "sso-%s-%s" % (c["ORG"], c["FIRST"])
    c["BRANCH"] = r.choice(BRANCHES)
    c["NODE"] = r.choice(["18", "20", "22"])
    c["PY"] = r.choice(["3.10", "3.11", "3.12"])
    c["JAVA"] = r.choice(["17", "21"])
    c["SHA"] = hexs(r, 40)
    c["SHA2"] = hexs(r, 40)
    c["SHORT"] = c["SHA"][:7]
    c["BUILD"] = str(r.randint(120, 9800))
    c["HOST"] = r.choice(["https://sonarcloud.io", "https://sonar.%s.internal" % c["ORG"].replace("-", ""),
                          "https://sonarqube.%s.io" % c["ORG"].replace("-", "")])
    c["PKEY"] = "%s_%s" % (c["ORG"], c["REPO"])
    c["CYID"] = lalnum(r, 6)
    c["VER"] = "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 30))
    c["YEAR"] = str(r.randint(2021, 2025))
    c["DATE"] = "%s-%02d-%02d" % (c["YEAR"], r.randint(1, 12), r.randint(1, 28))
    c["TIME"] = "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    c["VID"] = hexs(r, 32)
    c["WS"] = r.choice(["main", "web", "backend", "e2e", c["REPO"]])
    c["SITE"] = r.choice(SITES)
    c["APPID"] = str(r.randint(100000, 999999))
    c["SUITE"] = c["REPO"] + "-" + r.choice(["rspec", "jest", "unit", "e2e"])
    c["PORT"] = str(r.choice([3000, 4200, 5173, 8000, 8080]))
    c["CXTENANT"] = c["ORG"].replace("-", "")
    c["CXREGION"] = r.choice(["ast", "eu.ast", "deu.ast", "anz.ast", "ind.ast"])
    return c


class Val(object):
    """A value for the secret slot: raw text, or a code expression (not to be quoted)."""

    def __init__(self, raw, expr=False):
        self.raw = raw
        self.expr = expr

    def q(self, quote='"'):
        return self.raw if self.expr else quote + self.raw + quote


def render(text, v, c):
    s = text
    s = s.replace("@@VQ@@", v.q('"')).replace("@@VS@@", v.q("'")).replace("@@V@@", v.raw)
    for k in sorted(c.keys(), key=lambda x: -len(x)):
        s = s.replace("@@" + k + "@@", c[k])
    assert "@@" not in s, s[s.index("@@") - 40: s.index("@@") + 40]
    if s.startswith("\n"):
        s = s[1:]
    return s


# ---------------------------------------------------------------- secret generators
def g_uuid(r, c):
    return uuid4(r)


def g_sonar(r, c):
    return r.choice(["squ_", "sqp_", "sqa_"]) + hexs(r, 40)


def g_sonar_user(r, c):
    return "squ_" + hexs(r, 40)


def g_sonar_proj(r, c):
    return "sqp_" + hexs(r, 40)


def g_sonar_glob(r, c):
    return "sqa_" + hexs(r, 40)


def g_hex40(r, c):
    return hexs(r, 40)


def g_hex32(r, c):
    return hexs(r, 32)


def g_hex64(r, c):
    return hexs(r, 64)


def g_coveralls(r, c):
    return b62(r, r.choice([32, 33, 33, 35, 37]))


def g_deepsource(r, c):
    return "https://%s@%s" % (hexs(r, 32), r.choice(["app.deepsource.com", "app.deepsource.com",
                                                      "deepsource.io"]))


def g_codacy_acct(r, c):
    return b62(r, 20)


def g_semgrep(r, c):
    return hexs(r, 64) if r.random() < 0.6 else "sgp_" + b62(r, 40)


def g_veracode_key(r, c):
    return hexs(r, 128)


def g_cx_secret(r, c):
    return b62(r, 32)


def g_cx_jwt(r, c):
    iat = r.randint(1650000000, 1740000000)
    iss = "https://%s.iam.checkmarx.net/auth/realms/%s" % (c["CXREGION"].split(".")[0]
                                                          if "." in c["CXREGION"] else "iam", c["CXTENANT"])
    iss = iss.replace("https://iam.iam.", "https://iam.")
    hdr = {"alg": "HS512", "typ": "JWT", "kid": uuid4(r)}
    pl = {"iat": iat, "jti": uuid4(r), "iss": iss, "aud": iss, "sub": uuid4(r), "typ": "Offline",
          "azp": "ast-app", "session_state": uuid4(r), "scope": "openid ast-api offline_access",
          "sid": uuid4(r)}
    return (b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64url_nopad(json.dumps(pl, separators=(",", ":")).encode()) + "." +
            b64url_nopad(rbytes(r, 64)))


def g_password(r, c):
    words = ["Quartz", "Falcon", "Harbor", "Maple", "Copper", "Nimbus", "Ember", "Saffron", "Tundra"]
    syms = "!#%*+-=?@^_"
    return (r.choice(words) + r.choice(syms) + b62(r, r.randint(6, 9)) + r.choice(syms)
            + str(r.randint(10, 99)))


def g_gitguardian(r, c):
    return b62(r, 69)


def g_socket(r, c):
    return "sktsec_" + b64u(r, 43) + "_api"


def g_chromatic(r, c):
    return "chpt_" + hexs(r, 14)


def g_percy(r, c):
    return r.choice(["web_", "web_", "app_", "auto_", ""]) + hexs(r, 64)


def g_bs_key(r, c):
    return b62(r, 20)


def g_lt_key(r, c):
    return ("LT_" + b62(r, 47)) if r.random() < 0.6 else b62(r, 50)


def g_currents(r, c):
    return b62(r, 16)


def g_applitools(r, c):
    return b62(r, r.choice([43, 44, 45]))


def g_launchable(r, c):
    return "v1:%s/%s:%s" % (c["ORG"], c["WS"], b62(r, 20))


def g_bk_suite(r, c):
    return b62(r, 24)


def g_bkua(r, c):
    return "bkua_" + hexs(r, 40)


# ---------------------------------------------------------------- positive templates
POS = []


def P(name, provider, kind, gen, conv, lang, env, path, body):
    POS.append({"name": name, "provider": provider, "kind": kind, "gen": gen, "conv": conv,
                "lang": lang, "env": env, "path": path, "body": body})


# --- Snyk
P("snyk-gha", "snyk", "api_token", g_uuid, True, "gha", "SNYK_TOKEN", ".github/workflows/snyk.yml", """
name: Snyk security scan

on:
  pull_request:
    branches: [ @@BRANCH@@ ]
  schedule:
    - cron: '17 3 * * 1'

jobs:
  snyk:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: '@@NODE@@'
      - run: npm ci
      - name: Run Snyk to check for vulnerabilities
        uses: snyk/actions/node@master
        continue-on-error: true
        env:
          SNYK_TOKEN: @@V@@
        with:
          args: --severity-threshold=high --sarif-file-output=snyk.sarif
      - name: Upload result to GitHub Code Scanning
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: snyk.sarif
""")

P("snyk-make", "snyk", "api_token", g_uuid, False, "make", "SNYK_TOKEN", "Makefile", """
.PHONY: install lint test audit

NPM ?= npm
SNYK_ORG ?= @@ORG@@

install:
\t$(NPM) ci

lint:
\t$(NPM) run lint

test:
\t$(NPM) test -- --coverage

# dependency audit; run before tagging a release
audit: install
\tnpx snyk auth @@V@@
\tnpx snyk test --org=$(SNYK_ORG) --severity-threshold=medium
\tnpx snyk monitor --org=$(SNYK_ORG) --project-name=@@REPO@@
""")

P("snyk-bitbucket", "snyk", "api_token", g_uuid, True, "bb", "SNYK_TOKEN", "bitbucket-pipelines.yml", """
image: node:@@NODE@@

definitions:
  caches:
    npm: ~/.npm

pipelines:
  default:
    - step:
        name: Build and test
        caches: [npm]
        script:
          - npm ci
          - npm test
    - step:
        name: Security scan
        script:
          - pipe: snyk/snyk-scan:1.0.1
            variables:
              SNYK_TOKEN: @@V@@
              LANGUAGE: "npm"
              SEVERITY_THRESHOLD: "high"
              DONT_BREAK_BUILD: "true"
""")

P("snyk-py-client", "snyk", "api_token", g_uuid, False, "py", "SNYK_TOKEN", "tools/security/snyk_report.py", """
\"\"\"Nightly export of open Snyk issues into the security dashboard.\"\"\"
import csv
import sys

import snyk  # pysnyk

ORG_SLUG = "@@ORG@@"


def main(out_path: str) -> int:
    client = snyk.SnykClient(@@VQ@@)
    org = next(o for o in client.organizations.all() if o.slug == ORG_SLUG)
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["project", "issue", "severity"])
        for project in org.projects.all():
            for issue in project.issueset_aggregated.all().issues:
                w.writerow([project.name, issue.issueData.id, issue.issueData.severity])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "snyk-issues.csv"))
""")

P("snyk-log", "snyk", "api_token", g_uuid, False, "log", "SNYK_TOKEN", "ci/logs/build-@@BUILD@@.log", """
[@@DATE@@T@@TIME@@Z] Running on agent linux-large-04 (build #@@BUILD@@)
[@@DATE@@T@@TIME@@Z] + git rev-parse HEAD
[@@DATE@@T@@TIME@@Z] @@SHA@@
[@@DATE@@T@@TIME@@Z] + npm ci --no-audit
[@@DATE@@T@@TIME@@Z] added 1432 packages in 38s
[@@DATE@@T@@TIME@@Z] + npx snyk auth @@V@@
[@@DATE@@T@@TIME@@Z] Your account has been authenticated. Snyk is now ready to be used.
[@@DATE@@T@@TIME@@Z] + npx snyk test --all-projects --json-file-output=snyk.json
[@@DATE@@T@@TIME@@Z] Tested 1432 dependencies for known issues, found 3 issues, 5 vulnerable paths.
[@@DATE@@T@@TIME@@Z] Finished: UNSTABLE
""")

# --- SonarQube / SonarCloud
P("sonar-props", "sonarqube", "analysis_token", g_sonar_proj, True, "props", "SONAR_TOKEN", "sonar-project.properties", """
# SonarQube analysis configuration for @@REPO@@
sonar.projectKey=@@PKEY@@
sonar.projectName=@@REPO@@
sonar.projectVersion=@@VER@@
sonar.host.url=@@HOST@@
sonar.token=@@V@@

sonar.sources=src
sonar.tests=test
sonar.exclusions=**/node_modules/**,**/*.spec.ts,dist/**
sonar.javascript.lcov.reportPaths=coverage/lcov.info
sonar.sourceEncoding=UTF-8
""")

P("sonar-gitlab", "sonarqube", "user_token", g_sonar_user, True, "gl", "SONAR_TOKEN", ".gitlab-ci.yml", """
stages:
  - test
  - quality

variables:
  SONAR_USER_HOME: "${CI_PROJECT_DIR}/.sonar"
  GIT_DEPTH: "0"
  SONAR_HOST_URL: "@@HOST@@"
  SONAR_TOKEN: "@@V@@"

unit-tests:
  stage: test
  image: python:@@PY@@
  script:
    - pip install -r requirements-dev.txt
    - pytest --cov=app --cov-report=xml
  artifacts:
    paths: [coverage.xml]

sonarqube-check:
  stage: quality
  image:
    name: sonarsource/sonar-scanner-cli:latest
    entrypoint: [""]
  cache:
    key: "${CI_JOB_NAME}"
    paths: [.sonar/cache]
  script:
    - sonar-scanner -Dsonar.qualitygate.wait=true -Dsonar.projectKey=@@PKEY@@
  allow_failure: true
  only:
    - merge_requests
    - @@BRANCH@@
""")

P("sonar-pom-legacy", "sonarqube", "legacy_token", g_hex40, False, "xml", "SONAR_TOKEN", "pom.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.@@ORGPKG@@</groupId>
  <artifactId>@@REPO@@</artifactId>
  <version>@@VER@@-SNAPSHOT</version>

  <properties>
    <java.version>@@JAVA@@</java.version>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <sonar.host.url>@@HOST@@</sonar.host.url>
    <sonar.projectKey>@@PKEY@@</sonar.projectKey>
    <sonar.login>@@V@@</sonar.login>
    <sonar.coverage.jacoco.xmlReportPaths>target/site/jacoco/jacoco.xml</sonar.coverage.jacoco.xmlReportPaths>
  </properties>

  <dependencies>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.10.2</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
""")

P("sonar-azure", "sonarqube", "global_analysis_token", g_sonar_glob, False, "az", "SONAR_TOKEN", "azure-pipelines.yml", """
trigger:
  branches:
    include: [ @@BRANCH@@ ]

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release

steps:
  - task: UseDotNet@2
    inputs:
      packageType: sdk
      version: 8.x
  - task: SonarQubePrepare@6
    inputs:
      SonarQube: sonar-@@ORG@@
      scannerMode: MSBuild
      projectKey: @@PKEY@@
      extraProperties: |
        sonar.token=@@V@@
        sonar.cs.opencover.reportsPaths=$(Agent.TempDirectory)/**/coverage.opencover.xml
  - script: dotnet build --configuration $(buildConfiguration)
  - script: dotnet test --collect:"XPlat Code Coverage" -- DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Format=opencover
  - task: SonarQubeAnalyze@6
  - task: SonarQubePublish@6
    inputs:
      pollingTimeoutSec: '300'
""")

P("sonar-curl", "sonarqube", "user_token", g_sonar_user, False, "sh", "SONAR_TOKEN", "scripts/quality-gate.sh", """
#!/usr/bin/env bash
# Fails the build when the SonarQube quality gate is not OK.
set -euo pipefail

SONAR_URL="@@HOST@@"
PROJECT_KEY="@@PKEY@@"

status=$(curl -sf -u @@V@@: \\
  "${SONAR_URL}/api/qualitygates/project_status?projectKey=${PROJECT_KEY}&branch=${CI_COMMIT_BRANCH:-@@BRANCH@@}" \\
  | jq -r '.projectStatus.status')

echo "Quality gate: ${status}"
if [ "${status}" != "OK" ]; then
  echo "See ${SONAR_URL}/dashboard?id=${PROJECT_KEY}" >&2
  exit 1
fi
""")

P("sonar-gradle", "sonarqube", "analysis_token", g_sonar, False, "groovy", "SONAR_TOKEN", "build.gradle", """
plugins {
    id 'java'
    id 'jacoco'
    id 'org.sonarqube' version '4.4.1.3373'
}

group = 'io.@@ORGPKG@@'
version = '@@VER@@'

java {
    toolchain { languageVersion = JavaLanguageVersion.of(@@JAVA@@) }
}

repositories { mavenCentral() }

dependencies {
    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'
}

sonar {
    properties {
        property "sonar.projectKey", "@@PKEY@@"
        property "sonar.host.url", "@@HOST@@"
        property "sonar.token", @@VQ@@
        property "sonar.coverage.jacoco.xmlReportPaths", "build/reports/jacoco/test/jacocoTestReport.xml"
    }
}

test { useJUnitPlatform() }
""")

P("sonar-md", "sonarqube", "user_token", g_sonar_user, False, "md", "SONAR_TOKEN", "docs/ci/static-analysis.md", """
# Static analysis

We run SonarQube on every merge request. The server lives at @@HOST@@ and the
project key is `@@PKEY@@`.

## Running the scanner locally

```bash
docker run --rm -v "$PWD:/usr/src" \\
  -e SONAR_HOST_URL=@@HOST@@ \\
  -e SONAR_TOKEN=@@V@@ \\
  sonarsource/sonar-scanner-cli
```

Results show up under *Branches* after a minute or two. Ask @@FIRST@@ in #platform if the
quality gate looks wrong.
""")

# --- Codecov
P("codecov-gha", "codecov", "upload_token", g_uuid, False, "gha", "CODECOV_TOKEN", ".github/workflows/test.yml", """
name: tests

on: [push, pull_request]

jobs:
  pytest:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python-version: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
      - run: pip install -e .[test]
      - run: pytest --cov=@@REPO@@ --cov-report=xml
      - name: Upload coverage to Codecov
        uses: codecov/codecov-action@v4
        with:
          token: @@V@@
          files: ./coverage.xml
          flags: py${{ matrix.python-version }}
          fail_ci_if_error: false
""")

P("codecov-yml", "codecov", "upload_token", g_uuid, False, "yaml", "CODECOV_TOKEN", "codecov.yml", """
codecov:
  token: @@V@@
  require_ci_to_pass: true
  notify:
    wait_for_ci: true

coverage:
  precision: 2
  round: down
  range: "70...100"
  status:
    project:
      default:
        target: auto
        threshold: 1%
    patch:
      default:
        target: 80%

comment:
  layout: "reach,diff,flags,files"
  behavior: default

ignore:
  - "tests/**"
  - "**/migrations/**"
""")

P("codecov-circle", "codecov", "upload_token", g_uuid, True, "circle", "CODECOV_TOKEN", ".circleci/config.yml", """
version: 2.1

orbs:
  codecov: codecov/codecov@4.0.1
  node: circleci/node@5.2.0

jobs:
  test:
    docker:
      - image: cimg/node:@@NODE@@.0
    environment:
      CODECOV_TOKEN: @@V@@
      JEST_JUNIT_OUTPUT_DIR: reports/junit
    steps:
      - checkout
      - node/install-packages
      - run: npm test -- --ci --coverage --reporters=default --reporters=jest-junit
      - store_test_results:
          path: reports/junit
      - codecov/upload

workflows:
  build-and-test:
    jobs:
      - test
""")

P("codecov-sh", "codecov", "upload_token", g_uuid, False, "sh", "CODECOV_TOKEN", "ci/upload-coverage.sh", """
#!/bin/sh
# Upload coverage from the Jenkins agents (no native Codecov integration there).
set -e

curl -Os https://cli.codecov.io/latest/linux/codecov
chmod +x codecov

./codecov --verbose upload-process \\
  --fail-on-error \\
  -t @@V@@ \\
  -n "jenkins-${BUILD_NUMBER:-@@BUILD@@}" \\
  -F unittests \\
  -f coverage/lcov.info
""")

P("codecov-tf", "codecov", "upload_token", g_uuid, False, "tf", "CODECOV_TOKEN", "infra/github/secrets.tf", """
terraform {
  required_providers {
    github = {
      source  = "integrations/github"
      version = "~> 6.0"
    }
  }
}

provider "github" {
  owner = "@@ORG@@"
}

resource "github_actions_secret" "codecov" {
  repository      = "@@REPO@@"
  secret_name     = "CODECOV_TOKEN"
  plaintext_value = @@VQ@@
}

resource "github_actions_variable" "node_version" {
  repository    = "@@REPO@@"
  variable_name = "NODE_VERSION"
  value         = "@@NODE@@"
}
""")

# --- Coveralls
P("coveralls-yml", "coveralls", "repo_token", g_coveralls, True, "yaml", "COVERALLS_REPO_TOKEN", ".coveralls.yml", """
# Used by the coverage reporter when running outside GitHub Actions
service_name: jenkins
repo_token: @@V@@
parallel: true
""")

P("coveralls-gha", "coveralls", "repo_token", g_coveralls, True, "gha", "COVERALLS_REPO_TOKEN", ".github/workflows/coverage.yml", """
name: coverage

on:
  push:
    branches: [ @@BRANCH@@ ]
  pull_request:

env:
  COVERAGE: true
  COVERALLS_REPO_TOKEN: @@V@@

jobs:
  rspec:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        ruby: ["3.1", "3.2", "3.3"]
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          ruby-version: ${{ matrix.ruby }}
          bundler-cache: true
      - run: bundle exec rspec
      - uses: coverallsapp/github-action@v2
        with:
          flag-name: ruby-${{ matrix.ruby }}
          parallel: true
""")

P("coveralls-pkg", "coveralls", "repo_token", g_coveralls, True, "json-script", "COVERALLS_REPO_TOKEN", "package.json", """
{
  "name": "@@@ORG@@/@@REPO@@",
  "version": "@@VER@@",
  "private": true,
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "test": "nyc mocha 'test/**/*.spec.ts'",
    "coverage": "nyc report --reporter=text-lcov | COVERALLS_REPO_TOKEN=@@V@@ coveralls",
    "lint": "eslint . --ext .ts"
  },
  "devDependencies": {
    "coveralls": "^3.1.1",
    "mocha": "^10.4.0",
    "nyc": "^15.1.0",
    "typescript": "^5.4.5"
  }
}
""")

P("coveralls-tox", "coveralls", "repo_token", g_coveralls, True, "ini", "COVERALLS_REPO_TOKEN", "tox.ini", """
[tox]
envlist = py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest
    pytest-cov
    coveralls
setenv =
    COVERALLS_REPO_TOKEN = @@V@@
    COVERALLS_SERVICE_NAME = jenkins
commands =
    pytest --cov=@@REPO@@ {posargs}
    coveralls

[testenv:lint]
deps = ruff
commands = ruff check .
""")

# --- DeepSource
P("deepsource-gha", "deepsource", "dsn", g_deepsource, True, "gha", "DEEPSOURCE_DSN", ".github/workflows/deepsource.yml", """
name: Report coverage to DeepSource

on:
  push:
    branches: [ @@BRANCH@@ ]
  pull_request:

jobs:
  coverage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - uses: actions/setup-go@v5
        with:
          go-version: '1.22'
      - run: go test -coverprofile=cover.out ./...
      - name: Report test coverage to DeepSource
        run: |
          curl https://deepsource.io/cli | sh
          ./bin/deepsource report --analyzer test-coverage --key go --value-file ./cover.out
        env:
          DEEPSOURCE_DSN: @@V@@
""")

P("deepsource-make", "deepsource", "dsn", g_deepsource, False, "make", "DEEPSOURCE_DSN", "Makefile", """
GO       ?= go
PKGS     := ./...
COVERAGE := cover.out
REPORT_DSN := @@V@@

.PHONY: test coverage report

test:
\t$(GO) test -race $(PKGS)

coverage:
\t$(GO) test -coverprofile=$(COVERAGE) $(PKGS)

report: coverage
\tcurl -fsSL https://cli.deepsource.com/install | BINDIR=./bin sh
\tDEEPSOURCE_DSN=$(REPORT_DSN) ./bin/deepsource report --analyzer test-coverage --key go --value-file $(COVERAGE)
""")

P("deepsource-circle", "deepsource", "dsn", g_deepsource, False, "circle", "DEEPSOURCE_DSN", ".circleci/config.yml", """
version: 2.1

orbs:
  deepsource: deepsource/test-coverage@1.1.0

jobs:
  run-test:
    docker:
      - image: cimg/python:@@PY@@
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: pytest --cov --cov-report=xml
      - deepsource/report:
          coverage-file: ./coverage.xml
          dsn: @@V@@
          key: python

workflows:
  test:
    jobs:
      - run-test
""")

# --- Codacy
P("codacy-gha", "codacy", "project_token", g_hex32, False, "gha", "CODACY_PROJECT_TOKEN", ".github/workflows/codacy-coverage.yml", """
name: Codacy coverage

on:
  push:
    branches: [ @@BRANCH@@ ]

jobs:
  coverage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: '@@JAVA@@'
      - run: ./mvnw -B verify jacoco:report
      - name: Run codacy-coverage-reporter
        uses: codacy/codacy-coverage-reporter-action@v1
        with:
          project-token: @@V@@
          coverage-reports: target/site/jacoco/jacoco.xml
""")

P("codacy-sh", "codacy", "project_token", g_hex32, True, "sh", "CODACY_PROJECT_TOKEN", "scripts/ci/coverage.sh", """
#!/usr/bin/env bash
set -euo pipefail

# Codacy coverage upload for the @@REPO@@ service
export CODACY_PROJECT_TOKEN=@@V@@
export CODACY_REPORTER_VERSION=13.13.0

npm run test:coverage
bash <(curl -Ls https://coverage.codacy.com/get.sh) report \\
  -r coverage/lcov.info \\
  --commit-uuid "${GIT_COMMIT:-$(git rev-parse HEAD)}"
""")

P("codacy-gitlab-acct", "codacy", "account_token", g_codacy_acct, True, "gl", "CODACY_API_TOKEN", ".gitlab-ci.yml", """
stages: [test, report]

variables:
  CODACY_API_TOKEN: "@@V@@"
  CODACY_ORGANIZATION_PROVIDER: gl
  CODACY_USERNAME: @@ORG@@
  CODACY_PROJECT_NAME: @@REPO@@

test:
  stage: test
  image: node:@@NODE@@
  script:
    - npm ci
    - npm run test:coverage
  artifacts:
    paths: [coverage/]

codacy-coverage:
  stage: report
  image: curlimages/curl:8.7.1
  script:
    - curl -Ls https://coverage.codacy.com/get.sh -o get.sh
    - sh get.sh report -r coverage/lcov.info
""")

P("codacy-py-header", "codacy", "account_token", g_codacy_acct, False, "py", "CODACY_API_TOKEN", "tools/codacy_issues.py", """
import json
import urllib.request

API = "https://app.codacy.com/api/v3"
PROVIDER = "gh"
ORG = "@@ORG@@"
REPO = "@@REPO@@"


def fetch_issues(limit=100):
    req = urllib.request.Request(
        f"{API}/analysis/organizations/{PROVIDER}/{ORG}/repositories/{REPO}/issues/search?limit={limit}",
        data=b"{}",
        headers={
            "Content-Type": "application/json",
            "Accept": "application/json",
            "api-token": @@VQ@@,
        },
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)["data"]


if __name__ == "__main__":
    for issue in fetch_issues():
        print(issue["filePath"], issue["lineNumber"], issue["patternInfo"]["id"])
""")

# --- Semgrep
P("semgrep-gha", "semgrep", "app_token", g_semgrep, True, "gha", "SEMGREP_APP_TOKEN", ".github/workflows/semgrep.yml", """
name: Semgrep

on:
  pull_request: {}
  push:
    branches: ["main", "master"]
  schedule:
    - cron: '30 0 1,15 * *'

jobs:
  semgrep:
    name: Scan
    runs-on: ubuntu-latest
    container:
      image: semgrep/semgrep
    if: (github.actor != 'dependabot[bot]')
    steps:
      - uses: actions/checkout@v4
      - run: semgrep ci
        env:
          SEMGREP_APP_TOKEN: @@V@@
""")

P("semgrep-docker", "semgrep", "app_token", g_semgrep, True, "docker", "SEMGREP_APP_TOKEN", "ci/semgrep/Dockerfile", """
FROM semgrep/semgrep:1.70.0

LABEL maintainer="@@EMAIL@@"

WORKDIR /src
ENV SEMGREP_APP_TOKEN=@@V@@
ENV SEMGREP_REPO_NAME=@@ORG@@/@@REPO@@
ENV SEMGREP_BRANCH=@@BRANCH@@

COPY . /src
ENTRYPOINT ["semgrep", "ci", "--no-suppress-errors"]
""")

P("semgrep-py-bearer", "semgrep", "api_token", g_semgrep, False, "str", "SEMGREP_APP_TOKEN", "scripts/semgrep_findings.py", """
import requests

BASE = "https://semgrep.dev/api/v1"
DEPLOYMENT = "@@ORG@@"

session = requests.Session()
session.headers.update({"Authorization": "Bearer @@V@@"})


def open_findings(repo):
    r = session.get(f"{BASE}/deployments/{DEPLOYMENT}/findings",
                    params={"repos": repo, "status": "open", "dedup": "true"}, timeout=30)
    r.raise_for_status()
    return r.json()["findings"]


if __name__ == "__main__":
    for f in open_findings("@@ORG@@/@@REPO@@"):
        print(f["severity"], f["rule_name"], f["location"]["file_path"])
""")

# --- Veracode
P("veracode-cred-ini", "veracode", "api_key_secret", g_veracode_key, True, "ini", "VERACODE_API_KEY_SECRET", "ci/veracode/credentials", """
[default]
veracode_api_key_id = @@VID@@
veracode_api_key_secret = @@V@@
""")

P("veracode-jenkins", "veracode", "api_key_secret", g_veracode_key, False, "groovy", "VERACODE_API_KEY_SECRET", "Jenkinsfile", """
pipeline {
    agent { label 'linux' }
    options { timestamps() }

    stages {
        stage('Build') {
            steps {
                sh './mvnw -B -DskipTests package'
            }
        }
        stage('Veracode SAST') {
            when { branch '@@BRANCH@@' }
            steps {
                veracode applicationName: '@@REPO@@',
                         criticality: 'High',
                         scanName: "build-${env.BUILD_NUMBER}",
                         uploadIncludesPattern: 'target/*.jar',
                         vid: '@@VID@@',
                         vkey: @@VS@@,
                         waitForScan: true,
                         timeout: 60
            }
        }
    }
}
""")

P("veracode-gha", "veracode", "api_key_secret", g_veracode_key, True, "gha", "VERACODE_API_KEY_SECRET", ".github/workflows/veracode-pipeline-scan.yml", """
name: Veracode pipeline scan

on:
  pull_request:
    branches: [ @@BRANCH@@ ]

jobs:
  pipeline-scan:
    runs-on: ubuntu-latest
    env:
      VERACODE_API_KEY_ID: @@VID@@
      VERACODE_API_KEY_SECRET: @@V@@
    steps:
      - uses: actions/checkout@v4
      - run: zip -r app.zip src package.json package-lock.json
      - run: curl -sSO https://downloads.veracode.com/securityscan/pipeline-scan-LATEST.zip && unzip -o pipeline-scan-LATEST.zip
      - run: java -jar pipeline-scan.jar -vid "$VERACODE_API_KEY_ID" -vkey "$VERACODE_API_KEY_SECRET" -f app.zip --fail_on_severity="Very High, High"
""")

P("veracode-sh-wrapper", "veracode", "api_key_secret", g_veracode_key, False, "sh", "VERACODE_API_KEY_SECRET", "scripts/veracode-upload.sh", """
#!/usr/bin/env bash
set -euo pipefail

APP_NAME="@@REPO@@"
VERSION="${1:-@@VER@@-${BUILD_NUMBER:-local}}"
ARTIFACT="target/@@REPO@@-@@VER@@.jar"

java -jar tools/VeracodeJavaAPI.jar \\
  -vid @@VID@@ \\
  -vkey @@V@@ \\
  -action UploadAndScan \\
  -appname "$APP_NAME" \\
  -createprofile false \\
  -version "$VERSION" \\
  -filepath "$ARTIFACT"
""")

# --- Checkmarx
P("checkmarx-gha", "checkmarx", "client_secret", g_cx_secret, True, "gha", "CX_CLIENT_SECRET", ".github/workflows/checkmarx.yml", """
name: Checkmarx One scan

on:
  pull_request:
  push:
    branches: [ @@BRANCH@@ ]

jobs:
  cx-scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Checkmarx One CLI Action
        uses: checkmarx/ast-github-action@main
        with:
          project_name: ${{ github.repository }}
          cx_tenant: @@CXTENANT@@
          base_uri: https://@@CXREGION@@.checkmarx.net/
          cx_client_id: ci-@@REPO@@
          cx_client_secret: @@V@@
          additional_params: --scan-types sast,sca --report-format sarif
""")

P("checkmarx-cli-apikey", "checkmarx", "api_key", g_cx_jwt, False, "sh", "CX_APIKEY", "ci/checkmarx-scan.sh", """
#!/usr/bin/env bash
set -euo pipefail

BRANCH="${CI_COMMIT_REF_NAME:-@@BRANCH@@}"

./cx scan create \\
  --project-name "@@ORG@@/@@REPO@@" \\
  -s . \\
  --branch "$BRANCH" \\
  --scan-types sast,sca,kics \\
  --base-uri https://@@CXREGION@@.checkmarx.net \\
  --tenant @@CXTENANT@@ \\
  --apikey @@V@@ \\
  --report-format sarif --output-path reports
""")

P("checkmarx-cxflow-pw", "checkmarx", "password", g_password, False, "yaml", "CHECKMARX_PASSWORD", "cxflow/application.yml", """
server:
  port: 8982

logging:
  file:
    name: cx-flow.log

cx-flow:
  bug-tracker: Sarif
  bug-tracker-impl:
    - GitHub
    - Sarif
  filter-severity:
    - High
    - Medium
  break-build: false

checkmarx:
  username: svc-cxflow-@@ORG@@
  password: @@V@@
  base-url: https://checkmarx.@@ORG@@.internal
  url: ${checkmarx.base-url}/cxrestapi
  team: /CxServer/@@ORG@@
  preset: Checkmarx Default
  incremental: true
""")

# --- Mend / WhiteSource
P("mend-ua-config", "mend", "user_key", g_hex64, True, "props", "WS_USERKEY", "whitesource/wss-unified-agent.config", """
###############################################################
# WhiteSource / Mend Unified Agent configuration
###############################################################
# apiKey is injected by the pipeline (WS_APIKEY)
apiKey=
userKey=@@V@@
wss.url=https://saas.whitesourcesoftware.com/agent

productName=@@ORG@@
projectName=@@REPO@@

checkPolicies=true
forceCheckAllDependencies=false
updateInventory=true

npm.resolveDependencies=true
npm.includeDevDependencies=false
maven.resolveDependencies=true

includes=**/*.jar **/*.js **/*.tgz
excludes=**/*sources.jar **/*javadoc.jar **/node_modules/**/test/**
""")

P("mend-gha", "mend", "user_key", g_hex64, True, "gha", "MEND_USER_KEY", ".github/workflows/mend-sca.yml", """
name: Mend SCA

on:
  push:
    branches: [ @@BRANCH@@ ]

jobs:
  mend:
    runs-on: ubuntu-latest
    env:
      MEND_EMAIL: @@EMAIL@@
      MEND_USER_KEY: @@V@@
      MEND_URL: https://saas.mend.io
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - name: Mend CLI scan
        run: |
          curl -fsSL https://downloads.mend.io/cli/linux_amd64/mend -o /usr/local/bin/mend && chmod +x /usr/local/bin/mend
          mend dep -u -s "@@ORG@@//@@REPO@@" --fail-policy
""")

P("mend-ua-cli", "mend", "api_key", g_uuid, False, "groovy", "WS_APIKEY", "ci/Jenkinsfile.mend", """
node('linux') {
    stage('Checkout') {
        checkout scm
    }
    stage('Build') {
        sh './gradlew assemble'
    }
    stage('Mend scan') {
        sh 'curl -LJO https://unified-agent.s3.amazonaws.com/wss-unified-agent.jar'
        def orgKey = @@VQ@@
        sh "java -jar wss-unified-agent.jar -apiKey ${orgKey} -product @@ORG@@ -project @@REPO@@ -d ."
    }
}
""")

# --- GitGuardian
P("gitguardian-gha", "gitguardian", "api_key", g_gitguardian, True, "gha", "GITGUARDIAN_API_KEY", ".github/workflows/ggshield.yml", """
name: GitGuardian scan

on: [push, pull_request]

jobs:
  scanning:
    name: GitGuardian scan
    runs-on: ubuntu-latest
    steps:
      - name: Checkout
        uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: GitGuardian scan
        uses: GitGuardian/ggshield-action@v1
        env:
          GITHUB_PUSH_BEFORE_SHA: ${{ github.event.before }}
          GITHUB_PUSH_BASE_SHA: ${{ github.event.base }}
          GITHUB_DEFAULT_BRANCH: ${{ github.event.repository.default_branch }}
          GITGUARDIAN_API_KEY: @@V@@
""")

P("gitguardian-py", "gitguardian", "api_key", g_gitguardian, False, "py", "GITGUARDIAN_API_KEY", "tools/scan_attachments.py", """
\"\"\"Scan uploaded support attachments for secrets before they are archived.\"\"\"
import pathlib
import sys

from pygitguardian import GGClient

client = GGClient(api_key=@@VQ@@)


def scan_dir(path):
    docs = [{"filename": p.name, "document": p.read_text(errors="ignore")}
            for p in pathlib.Path(path).glob("*.txt")]
    if not docs:
        return 0
    result = client.multi_content_scan(docs)
    hits = [r for r in result.scan_results if r.has_policy_breaks]
    for r in hits:
        print("policy break in", r.policy_breaks[0].break_type)
    return len(hits)


if __name__ == "__main__":
    sys.exit(1 if scan_dir(sys.argv[1]) else 0)
""")

P("gitguardian-curl", "gitguardian", "api_key", g_gitguardian, False, "sh", "GITGUARDIAN_API_KEY", "scripts/gg-health.sh", """
#!/bin/sh
# quick check that the GitGuardian workspace is reachable from the runners
curl -sf -H "Authorization: Token @@V@@" \\
  https://api.gitguardian.com/v1/health && echo "gitguardian: ok"

curl -sf -H "Authorization: Token @@V@@" \\
  "https://api.gitguardian.com/v1/incidents/secrets?status=TRIGGERED&per_page=5" | jq '.[].id'
""")

# --- Socket
P("socket-gha", "socket", "api_token", g_socket, True, "gha", "SOCKET_SECURITY_API_KEY", ".github/workflows/socket.yml", """
name: Socket Security

on:
  pull_request:
    types: [opened, synchronize, reopened]

jobs:
  socket-security:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: '@@NODE@@'
      - run: npm install -g @socketsecurity/cli
      - run: socket ci
        env:
          SOCKET_SECURITY_API_KEY: @@V@@
""")

P("socket-py", "socket", "api_token", g_socket, False, "py", "SOCKET_SECURITY_API_KEY", "scripts/socket_report.py", """
from socketdev import socketdev

ORG = "@@ORG@@"

sdk = socketdev(token=@@VQ@@)


def main():
    scans = sdk.fullscans.get(ORG, {"repo": "@@REPO@@", "per_page": 5})
    for scan in scans.get("results", []):
        print(scan["id"], scan["branch"], scan["created_at"])


if __name__ == "__main__":
    main()
""")

P("socket-curl", "socket", "api_token", g_socket, False, "sh", "SOCKET_SECURITY_API_KEY", "ci/socket-score.sh", """
#!/usr/bin/env bash
set -euo pipefail
# Print the Socket score for each direct dependency
for pkg in $(jq -r '.dependencies | keys[]' package.json); do
  ver=$(jq -r --arg p "$pkg" '.dependencies[$p]' package.json | tr -d '^~')
  curl -s -u "@@V@@:" "https://api.socket.dev/v0/npm/${pkg}/${ver}/score" | jq -c '{pkg: "'"$pkg"'", score: .score}'
done
""")

# --- Chromatic
P("chromatic-pkg", "chromatic", "project_token", g_chromatic, False, "json-script", "CHROMATIC_PROJECT_TOKEN", "package.json", """
{
  "name": "@@REPO@@-ui",
  "version": "@@VER@@",
  "private": true,
  "scripts": {
    "storybook": "storybook dev -p 6006",
    "build-storybook": "storybook build",
    "chromatic": "npx chromatic --project-token=@@V@@ --exit-zero-on-changes",
    "test": "vitest run"
  },
  "devDependencies": {
    "@storybook/react-vite": "^8.1.0",
    "chromatic": "^11.3.0",
    "storybook": "^8.1.0",
    "vitest": "^1.6.0"
  }
}
""")

P("chromatic-gha", "chromatic", "project_token", g_chromatic, False, "gha", "CHROMATIC_PROJECT_TOKEN", ".github/workflows/chromatic.yml", """
name: 'Chromatic'

on: push

jobs:
  chromatic-deployment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: @@NODE@@
      - name: Install dependencies
        run: npm ci
      - name: Publish to Chromatic
        uses: chromaui/action@v11
        with:
          projectToken: @@V@@
          token: ${{ secrets.GITHUB_TOKEN }}
          onlyChanged: true
""")

P("chromatic-dotenv", "chromatic", "project_token", g_chromatic, True, "dotenv", "CHROMATIC_PROJECT_TOKEN", ".env", """
STORYBOOK_API_URL=http://localhost:@@PORT@@
STORYBOOK_FEATURE_FLAGS=new-nav,compact-tables
CHROMATIC_PROJECT_TOKEN=@@V@@
""")

# --- Percy
P("percy-gha", "percy", "project_token", g_percy, True, "gha", "PERCY_TOKEN", ".github/workflows/visual.yml", """
name: Visual tests

on: [pull_request]

jobs:
  percy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: '@@NODE@@'
      - run: npm ci
      - run: npm run build
      - name: Percy snapshots
        run: npx percy exec -- npx cypress run --spec 'cypress/e2e/visual/**'
        env:
          PERCY_TOKEN: @@V@@
          PERCY_BRANCH: ${{ github.head_ref }}
""")

P("percy-pkg", "percy", "project_token", g_percy, True, "json-script", "PERCY_TOKEN", "package.json", """
{
  "name": "@@REPO@@",
  "version": "@@VER@@",
  "scripts": {
    "start": "next start -p @@PORT@@",
    "build": "next build",
    "test:e2e": "playwright test",
    "test:visual": "PERCY_TOKEN=@@V@@ percy exec -- playwright test tests/visual"
  },
  "devDependencies": {
    "@percy/cli": "^1.28.7",
    "@percy/playwright": "^1.0.5",
    "@playwright/test": "^1.44.0"
  }
}
""")

P("percy-compose", "percy", "project_token", g_percy, True, "yaml", "PERCY_TOKEN", "docker-compose.ci.yml", """
services:
  app:
    build: .
    environment:
      - NODE_ENV=test
      - PORT=@@PORT@@
  visual:
    image: cypress/included:13.9.0
    depends_on: [app]
    working_dir: /e2e
    volumes:
      - ./:/e2e
    environment:
      - CYPRESS_baseUrl=http://app:@@PORT@@
      - PERCY_TOKEN=@@V@@
    entrypoint: ["npx", "percy", "exec", "--", "cypress", "run"]
""")

# --- BrowserStack
P("bs-wdio", "browserstack", "access_key", g_bs_key, False, "js", "BROWSERSTACK_ACCESS_KEY", "wdio.conf.js", """
exports.config = {
  user: '@@BSUSER@@',
  key: @@VS@@,
  hostname: 'hub.browserstack.com',
  services: [
    ['browserstack', {
      browserstackLocal: true,
      testObservability: true,
      buildIdentifier: '${BUILD_NUMBER}',
    }],
  ],
  specs: ['./test/specs/**/*.js'],
  maxInstances: 5,
  capabilities: [{
    browserName: 'chrome',
    'bstack:options': { os: 'Windows', osVersion: '11', projectName: '@@REPO@@' },
  }],
  logLevel: 'warn',
  framework: 'mocha',
  mochaOpts: { ui: 'bdd', timeout: 60000 },
};
""")

P("bs-yml", "browserstack", "access_key", g_bs_key, False, "yaml", "BROWSERSTACK_ACCESS_KEY", "browserstack.yml", """
userName: @@BSUSER@@
accessKey: @@V@@
projectName: @@REPO@@
buildName: @@REPO@@-nightly
buildIdentifier: '#${BUILD_NUMBER}'
framework: testng
platforms:
  - os: Windows
    osVersion: 11
    browserName: Chrome
    browserVersion: latest
  - os: OS X
    osVersion: Sonoma
    browserName: Safari
    browserVersion: latest
parallelsPerPlatform: 2
browserstackLocal: true
debug: false
networkLogs: false
""")

P("bs-gha", "browserstack", "access_key", g_bs_key, True, "gha", "BROWSERSTACK_ACCESS_KEY", ".github/workflows/cross-browser.yml", """
name: Cross-browser tests

on:
  workflow_dispatch:
  schedule:
    - cron: '0 2 * * *'

jobs:
  browserstack:
    runs-on: ubuntu-latest
    env:
      BROWSERSTACK_USERNAME: @@BSUSER@@
      BROWSERSTACK_ACCESS_KEY: @@V@@
    steps:
      - uses: actions/checkout@v4
      - uses: browserstack/github-actions/setup-env@master
        with:
          username: ${{ env.BROWSERSTACK_USERNAME }}
          access-key: ${{ env.BROWSERSTACK_ACCESS_KEY }}
      - run: npm ci && npx wdio run wdio.conf.js
""")

P("bs-java-url", "browserstack", "access_key", g_bs_key, False, "str", "BROWSERSTACK_ACCESS_KEY", "src/test/java/io/@@ORGPKG@@/e2e/RemoteDriverFactory.java", """
package io.@@ORGPKG@@.e2e;

import java.net.MalformedURLException;
import java.net.URL;

import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;

public final class RemoteDriverFactory {

    private static final String HUB = "https://@@BSUSER@@:@@V@@@hub-cloud.browserstack.com/wd/hub";

    private RemoteDriverFactory() {
    }

    public static RemoteWebDriver create(String browser) throws MalformedURLException {
        MutableCapabilities caps = new MutableCapabilities();
        caps.setCapability("browserName", browser);
        MutableCapabilities bstack = new MutableCapabilities();
        bstack.setCapability("projectName", "@@REPO@@");
        bstack.setCapability("buildName", System.getenv().getOrDefault("BUILD_TAG", "local"));
        caps.setCapability("bstack:options", bstack);
        return new RemoteWebDriver(new URL(HUB), caps);
    }
}
""")

# --- Sauce Labs
P("sauce-wdio", "saucelabs", "access_key", g_uuid, False, "ts", "SAUCE_ACCESS_KEY", "wdio.sauce.conf.ts", """
import type { Options } from '@wdio/types';
import { config as base } from './wdio.shared.conf';

export const config: Options.Testrunner = {
  ...base,
  user: process.env.SAUCE_USERNAME || '@@SAUCEUSER@@',
  key: @@VS@@,
  region: 'us',
  services: [['sauce', { sauceConnect: false }]],
  capabilities: [
    {
      browserName: 'chrome',
      platformName: 'Windows 11',
      browserVersion: 'latest',
      'sauce:options': { build: `@@REPO@@-${process.env.GITHUB_RUN_NUMBER ?? 'local'}` },
    },
  ],
};
""")

P("sauce-gha", "saucelabs", "access_key", g_uuid, True, "gha", "SAUCE_ACCESS_KEY", ".github/workflows/saucectl.yml", """
name: Sauce Labs

on:
  pull_request:
    branches: [ @@BRANCH@@ ]

env:
  SAUCE_USERNAME: @@SAUCEUSER@@
  SAUCE_ACCESS_KEY: @@V@@

jobs:
  cypress-on-sauce:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: saucelabs/saucectl-run-action@v4
        with:
          config-file: .sauce/config.yml
          concurrency: 4
""")

P("sauce-pytest", "saucelabs", "access_key", g_uuid, False, "py", "SAUCE_ACCESS_KEY", "tests/e2e/conftest.py", """
import os

import pytest
from selenium import webdriver

SAUCE_USER = os.environ.get("SAUCE_USERNAME", "@@SAUCEUSER@@")
SAUCE_KEY = @@VQ@@
SAUCE_HUB = "https://ondemand.us-west-1.saucelabs.com:443/wd/hub"


@pytest.fixture
def driver(request):
    options = webdriver.ChromeOptions()
    options.browser_version = "latest"
    options.platform_name = "Windows 11"
    options.set_capability("sauce:options", {
        "username": SAUCE_USER,
        "accessKey": SAUCE_KEY,
        "name": request.node.name,
        "build": os.environ.get("CI_PIPELINE_ID", "local"),
    })
    drv = webdriver.Remote(command_executor=SAUCE_HUB, options=options)
    yield drv
    drv.quit()
""")

# --- LambdaTest
P("lt-gha", "lambdatest", "access_key", g_lt_key, True, "gha", "LT_ACCESS_KEY", ".github/workflows/lambdatest.yml", """
name: LambdaTest HyperExecute

on:
  push:
    branches: [ @@BRANCH@@ ]

jobs:
  hyperexecute:
    runs-on: ubuntu-latest
    env:
      LT_USERNAME: @@LTUSER@@
      LT_ACCESS_KEY: @@V@@
    steps:
      - uses: actions/checkout@v4
      - run: curl -O https://downloads.lambdatest.com/hyperexecute/linux/hyperexecute && chmod +x hyperexecute
      - run: ./hyperexecute --user "$LT_USERNAME" --key "$LT_ACCESS_KEY" --config hyperexecute.yaml
""")

P("lt-playwright", "lambdatest", "access_key", g_lt_key, False, "ts", "LT_ACCESS_KEY", "playwright.lambdatest.config.ts", """
import { defineConfig, devices } from '@playwright/test';

const capabilities = {
  browserName: 'Chrome',
  browserVersion: 'latest',
  'LT:Options': {
    platform: 'Windows 11',
    build: '@@REPO@@ e2e',
    name: 'playwright',
    user: '@@LTUSER@@',
    accessKey: @@VS@@,
    network: true,
    video: true,
  },
};

export default defineConfig({
  testDir: './tests/e2e',
  timeout: 60_000,
  retries: 1,
  use: {
    connectOptions: {
      wsEndpoint: `wss://cdp.lambdatest.com/playwright?capabilities=${encodeURIComponent(JSON.stringify(capabilities))}`,
    },
  },
  projects: [{ name: 'chrome', use: { ...devices['Desktop Chrome'] } }],
});
""")

P("lt-java", "lambdatest", "access_key", g_lt_key, False, "java", "LT_ACCESS_KEY", "src/test/java/io/@@ORGPKG@@/qa/GridConfig.java", """
package io.@@ORGPKG@@.qa;

/** Connection settings for the LambdaTest Selenium grid. */
public final class GridConfig {

    public static final String USERNAME = "@@LTUSER@@";
    public static final String ACCESS_KEY = @@VQ@@;
    public static final String GRID_HOST = "hub.lambdatest.com/wd/hub";
    public static final int DEFAULT_TIMEOUT_SECONDS = 90;

    private GridConfig() {
    }

    public static String buildName() {
        String tag = System.getenv("BUILD_TAG");
        return tag != null ? tag : "@@REPO@@-local";
    }
}
""")

# --- Cypress Cloud
P("cypress-pkg", "cypress", "record_key", g_uuid, False, "json-script", "CYPRESS_RECORD_KEY", "package.json", """
{
  "name": "@@REPO@@-e2e",
  "version": "@@VER@@",
  "private": true,
  "scripts": {
    "cy:open": "cypress open",
    "cy:run": "cypress run",
    "cy:ci": "cypress run --record --key @@V@@ --parallel --ci-build-id $GITHUB_RUN_ID"
  },
  "devDependencies": {
    "cypress": "^13.9.0",
    "start-server-and-test": "^2.0.3"
  }
}
""")

P("cypress-gha", "cypress", "record_key", g_uuid, True, "gha", "CYPRESS_RECORD_KEY", ".github/workflows/e2e.yml", """
name: Cypress Tests

on: [push]

jobs:
  cypress-run:
    runs-on: ubuntu-22.04
    strategy:
      fail-fast: false
      matrix:
        containers: [1, 2, 3]
    steps:
      - name: Checkout
        uses: actions/checkout@v4
      - name: Cypress run
        uses: cypress-io/github-action@v6
        with:
          build: npm run build
          start: npm start
          wait-on: 'http://localhost:@@PORT@@'
          record: true
          parallel: true
        env:
          CYPRESS_RECORD_KEY: @@V@@
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
""")

P("cypress-jenkins", "cypress", "record_key", g_uuid, True, "groovy", "CYPRESS_RECORD_KEY", "Jenkinsfile", """
pipeline {
    agent {
        docker { image 'cypress/browsers:node-@@NODE@@.14.0-chrome-125.0.6422.141-1-ff-126.0.1-edge-125.0.2535.85-1' }
    }
    environment {
        CYPRESS_RECORD_KEY = @@VS@@
        CYPRESS_CACHE_FOLDER = "${WORKSPACE}/.cache/Cypress"
    }
    stages {
        stage('install') {
            steps { sh 'npm ci' }
        }
        stage('e2e') {
            parallel {
                stage('runner 1') { steps { sh 'npx cypress run --record --parallel --group jenkins' } }
                stage('runner 2') { steps { sh 'npx cypress run --record --parallel --group jenkins' } }
            }
        }
    }
}
""")

# --- Currents
P("currents-config", "currents", "record_key", g_currents, False, "js", "CURRENTS_RECORD_KEY", "currents.config.js", """
// Currents dashboard settings for the Playwright / Cypress runs
module.exports = {
  projectId: '@@CYID@@',
  recordKey: @@VS@@,
  ciBuildId: process.env.GITHUB_RUN_ID
    ? `${process.env.GITHUB_REPOSITORY}-${process.env.GITHUB_RUN_ID}-${process.env.GITHUB_RUN_ATTEMPT}`
    : undefined,
  e2e: {
    batchSize: 3,
  },
};
""")

P("currents-gha", "currents", "record_key", g_currents, True, "gha", "CURRENTS_RECORD_KEY", ".github/workflows/playwright.yml", """
name: Playwright

on:
  pull_request:

jobs:
  test:
    timeout-minutes: 45
    runs-on: ubuntu-latest
    strategy:
      matrix:
        shard: [1, 2, 3, 4]
    env:
      CURRENTS_PROJECT_ID: @@CYID@@
      CURRENTS_RECORD_KEY: @@V@@
      CURRENTS_CI_BUILD_ID: ${{ github.repository }}-${{ github.run_id }}-${{ github.run_attempt }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: @@NODE@@
      - run: npm ci && npx playwright install --with-deps
      - run: npx pwc --shard=${{ matrix.shard }}/${{ strategy.job-total }}
""")

# --- Applitools
P("applitools-config", "applitools", "api_key", g_applitools, False, "js", "APPLITOOLS_API_KEY", "applitools.config.js", """
module.exports = {
  testConcurrency: 5,
  apiKey: @@VS@@,
  appName: '@@REPO@@',
  batchName: '@@REPO@@ visual regression',
  browser: [
    { width: 1280, height: 800, name: 'chrome' },
    { width: 1280, height: 800, name: 'firefox' },
    { width: 1024, height: 768, name: 'edgechromium' },
    { deviceName: 'iPhone X', screenOrientation: 'portrait' },
  ],
  failCypressOnDiff: true,
};
""")

P("applitools-java", "applitools", "api_key", g_applitools, False, "java", "APPLITOOLS_API_KEY", "src/test/java/io/@@ORGPKG@@/visual/BaseVisualTest.java", """
package io.@@ORGPKG@@.visual;

import com.applitools.eyes.BatchInfo;
import com.applitools.eyes.selenium.Eyes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

public abstract class BaseVisualTest {

    protected static final BatchInfo BATCH = new BatchInfo("@@REPO@@");
    protected WebDriver driver;
    protected Eyes eyes;

    @BeforeEach
    void openEyes() {
        driver = new ChromeDriver();
        eyes = new Eyes();
        eyes.setApiKey(@@VQ@@);
        eyes.setBatch(BATCH);
    }

    @AfterEach
    void closeEyes() {
        try {
            eyes.closeAsync();
        } finally {
            driver.quit();
            eyes.abortAsync();
        }
    }
}
""")

P("applitools-gitlab", "applitools", "api_key", g_applitools, True, "gl", "APPLITOOLS_API_KEY", ".gitlab-ci.yml", """
stages:
  - build
  - visual

variables:
  APPLITOOLS_API_KEY: "@@V@@"
  APPLITOOLS_BATCH_ID: "${CI_COMMIT_SHA}"
  APPLITOOLS_BATCH_NAME: "@@REPO@@ MR ${CI_MERGE_REQUEST_IID}"

build:
  stage: build
  image: node:@@NODE@@
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

visual-tests:
  stage: visual
  image: cypress/included:13.9.0
  script:
    - npx eyes-setup
    - npx cypress run --spec "cypress/e2e/visual/*.cy.ts"
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
""")

# --- Datadog CI
P("dd-gha", "datadog", "api_key", g_hex32, True, "gha", "DD_API_KEY", ".github/workflows/test-visibility.yml", """
name: Unit tests (Datadog Test Visibility)

on:
  push:
    branches: [ @@BRANCH@@ ]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    env:
      DD_API_KEY: @@V@@
      DD_SITE: @@SITE@@
      DD_ENV: ci
      DD_SERVICE: @@REPO@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: '@@NODE@@'
      - run: npm ci
      - run: npm test -- --reporters=default --reporters=jest-junit
      - run: npx @datadog/datadog-ci junit upload --service @@REPO@@ junit.xml
""")

P("dd-sh", "datadog", "api_key", g_hex32, True, "sh", "DATADOG_API_KEY", "ci/upload-junit.sh", """
#!/usr/bin/env bash
set -euo pipefail

export DATADOG_SITE=@@SITE@@
export DATADOG_API_KEY=@@V@@

shopt -s nullglob
reports=(build/test-results/test/*.xml)
if [ ${#reports[@]} -eq 0 ]; then
  echo "no junit reports found" >&2
  exit 0
fi

npx --yes @datadog/datadog-ci@2 junit upload \\
  --service @@REPO@@ \\
  --tags "team:platform" \\
  "${reports[@]}"
""")

P("dd-ci-json", "datadog", "api_key", g_hex32, False, "json", "DATADOG_API_KEY", "datadog-ci.json", """
{
  "apiKey": "@@V@@",
  "appKey": "",
  "datadogSite": "@@SITE@@",
  "failOnCriticalErrors": true,
  "failOnTimeout": true,
  "files": ["synthetics/**/*.synthetics.json"],
  "global": {
    "startUrl": "https://staging.@@ORG@@.io",
    "locations": ["aws:eu-central-1"]
  }
}
""")

P("dd-py-appkey", "datadog", "application_key", g_hex40, False, "str", "DD_APP_KEY", "scripts/flaky_tests_report.py", """
import os

from datadog_api_client import ApiClient, Configuration
from datadog_api_client.v2.api.ci_visibility_tests_api import CIVisibilityTestsApi

configuration = Configuration()
configuration.server_variables["site"] = "@@SITE@@"
configuration.api_key["apiKeyAuth"] = os.environ["DD_API_KEY"]
configuration.api_key["appKeyAuth"] = "@@V@@"


def main():
    with ApiClient(configuration) as api_client:
        api = CIVisibilityTestsApi(api_client)
        resp = api.list_ci_app_test_events(filter_query="@test.status:fail @test.service:@@REPO@@")
        for event in resp.data:
            print(event.attributes.attributes.get("test", {}).get("name"))


if __name__ == "__main__":
    main()
""")

# --- Launchable
P("launchable-gha", "launchable", "api_token", g_launchable, True, "gha", "LAUNCHABLE_TOKEN", ".github/workflows/predictive-tests.yml", """
name: Predictive test selection

on: [pull_request]

env:
  LAUNCHABLE_TOKEN: @@V@@
  LAUNCHABLE_DEBUG: 1

jobs:
  tests:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: '@@PY@@'
      - run: pip install launchable pytest
      - run: launchable verify
      - run: launchable record build --name "$GITHUB_RUN_ID"
      - run: launchable subset --target 30% --build "$GITHUB_RUN_ID" pytest tests/ > subset.txt
      - run: pytest $(cat subset.txt) --junit-xml=test-results/results.xml
      - if: always()
        run: launchable record tests --build "$GITHUB_RUN_ID" pytest test-results/
""")

P("launchable-jenkins", "launchable", "api_token", g_launchable, True, "groovy", "LAUNCHABLE_TOKEN", "ci/Jenkinsfile.tests", """
pipeline {
    agent any
    stages {
        stage('Test') {
            steps {
                withEnv(["LAUNCHABLE_TOKEN=@@V@@"]) {
                    sh 'pip3 install --user --upgrade launchable~=1.0'
                    sh 'launchable record build --name "$BUILD_TAG" --source src=.'
                    sh 'launchable subset --build "$BUILD_TAG" --target 40% maven src/test/java > launchable-subset.txt'
                    sh 'mvn test -Dsurefire.includesFile=launchable-subset.txt'
                }
            }
            post {
                always {
                    sh 'launchable record tests --build "$BUILD_TAG" maven ./**/target/surefire-reports'
                }
            }
        }
    }
}
""")

P("launchable-azure", "launchable", "api_token", g_launchable, True, "az", "LAUNCHABLE_TOKEN", "azure-pipelines.yml", """
trigger:
  - @@BRANCH@@

pool:
  vmImage: ubuntu-latest

variables:
  LAUNCHABLE_TOKEN: @@V@@
  buildName: $(Build.BuildId)

steps:
  - task: UsePythonVersion@0
    inputs:
      versionSpec: '@@PY@@'
  - script: pip install launchable pytest
    displayName: Install tools
  - script: launchable record build --name $(buildName)
    displayName: Record build
  - script: pytest --junit-xml=test-results/junit.xml
    displayName: Run tests
  - script: launchable record tests --build $(buildName) pytest test-results/
    condition: always()
""")

# --- Buildkite Test Engine
P("bk-pipeline", "buildkite", "suite_token", g_bk_suite, True, "yaml", "BUILDKITE_ANALYTICS_TOKEN", ".buildkite/pipeline.yml", """
env:
  BUILDKITE_ANALYTICS_TOKEN: @@V@@

steps:
  - label: ":rspec: Tests"
    command: "bundle exec rspec"
    parallelism: 4
    plugins:
      - docker-compose#v5.2.0:
          run: app
          env:
            - BUILDKITE_ANALYTICS_TOKEN
            - BUILDKITE_BUILD_ID
            - BUILDKITE_JOB_ID
  - wait
  - label: ":rocket: Deploy staging"
    command: "bin/deploy staging"
    branches: "@@BRANCH@@"
""")

P("bk-rspec", "buildkite", "suite_token", g_bk_suite, False, "rb", "BUILDKITE_ANALYTICS_TOKEN", "spec/spec_helper.rb", """
require "simplecov"
SimpleCov.start "rails"

require "buildkite/test_collector"
Buildkite::TestCollector.configure(
  hook: :rspec,
  token: @@VQ@@,
  tags: { "team" => "@@ORG@@-core" }
)

RSpec.configure do |config|
  config.expect_with :rspec do |expectations|
    expectations.include_chain_clauses_in_custom_matcher_descriptions = true
  end
  config.mock_with :rspec do |mocks|
    mocks.verify_partial_doubles = true
  end
  config.shared_context_metadata_behavior = :apply_to_host_groups
  config.order = :random
end
""")

P("bk-jest", "buildkite", "suite_token", g_bk_suite, False, "js", "BUILDKITE_ANALYTICS_TOKEN", "jest.config.js", """
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  collectCoverageFrom: ['src/**/*.{js,ts}', '!src/**/*.d.ts'],
  reporters: [
    'default',
    ['buildkite-test-collector/jest/reporter', { token: @@VS@@ }],
  ],
  testLocationInResults: true,
  transform: { '^.+\\\\.tsx?$': 'ts-jest' },
};
""")

P("bk-bktec", "buildkite", "api_access_token", g_bkua, True, "yaml", "BUILDKITE_TEST_ENGINE_API_ACCESS_TOKEN", ".buildkite/pipeline.test-engine.yml", """
steps:
  - label: ":jest: split tests"
    command: bktec
    parallelism: 8
    env:
      BUILDKITE_TEST_ENGINE_API_ACCESS_TOKEN: @@V@@
      BUILDKITE_TEST_ENGINE_SUITE_SLUG: @@SUITE@@
      BUILDKITE_TEST_ENGINE_TEST_RUNNER: jest
      BUILDKITE_TEST_ENGINE_RESULT_PATH: tmp/jest-results.json
      BUILDKITE_TEST_ENGINE_RETRY_COUNT: "1"
""")


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def L(provider, kind):
    def deco(fn):
        LOOK.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def graph_token(r):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(10))


@L("codecov", "badge-graph-token")
def l_readme_badges(r, c):
    t = graph_token(r)
    return "README.md", render("""
# @@REPO@@

[![CI](https://github.com/@@ORG@@/@@REPO@@/actions/workflows/ci.yml/badge.svg)](https://github.com/@@ORG@@/@@REPO@@/actions/workflows/ci.yml)
[![codecov](https://codecov.io/gh/@@ORG@@/@@REPO@@/graph/badge.svg?token=%s)](https://codecov.io/gh/@@ORG@@/@@REPO@@)
[![Quality Gate Status](https://sonarcloud.io/api/project_badges/measure?project=@@PKEY@@&metric=alert_status)](https://sonarcloud.io/summary/new_code?id=@@PKEY@@)
[![Known Vulnerabilities](https://snyk.io/test/github/@@ORG@@/@@REPO@@/badge.svg)](https://snyk.io/test/github/@@ORG@@/@@REPO@@)

Internal service that powers the @@REPO@@ pages.

## Development

```bash
npm ci
npm run dev -- --port @@PORT@@
```

Coverage reports are uploaded from CI on every push to `@@BRANCH@@`.
""" % t, Val(""), c)


@L("codacy", "badge-hash")
def l_codacy_badge(r, c):
    c = dict(c, UL="=" * len(c["REPO"]))
    return "README.rst", render("""
@@REPO@@
@@UL@@

.. image:: https://app.codacy.com/project/badge/Grade/%s
   :target: https://app.codacy.com/gh/@@ORG@@/@@REPO@@/dashboard
   :alt: Codacy grade

.. image:: https://app.codacy.com/project/badge/Coverage/%s
   :target: https://app.codacy.com/gh/@@ORG@@/@@REPO@@/dashboard
   :alt: Codacy coverage

.. image:: https://coveralls.io/repos/github/@@ORG@@/@@REPO@@/badge.svg?branch=@@BRANCH@@
   :target: https://coveralls.io/github/@@ORG@@/@@REPO@@?branch=@@BRANCH@@

.. image:: https://app.deepsource.com/gh/@@ORG@@/@@REPO@@.svg/?label=active+issues&show_trend=true&token=%s
   :target: https://app.deepsource.com/gh/@@ORG@@/@@REPO@@/

Installation
------------

    pip install @@REPO@@
""" % (hexs(r, 32), hexs(r, 32), b62(r, 24)), Val(""), c)


@L("cypress", "public-project-id")
def l_cypress_config(r, c):
    return "cypress.config.ts", render("""
import { defineConfig } from 'cypress';

export default defineConfig({
  projectId: '@@CYID@@',
  viewportWidth: 1280,
  viewportHeight: 800,
  retries: { runMode: 2, openMode: 0 },
  video: false,
  e2e: {
    baseUrl: 'http://localhost:@@PORT@@',
    specPattern: 'cypress/e2e/**/*.cy.{js,ts}',
    setupNodeEvents(on, config) {
      return config;
    },
  },
});
""", Val(""), c)


@L("sonarqube", "project-key")
def l_sonar_props(r, c):
    return "sonar-project.properties", render("""
sonar.organization=@@ORG@@
sonar.projectKey=@@PKEY@@
sonar.projectName=@@REPO@@
sonar.projectVersion=@@VER@@

# token is provided by the CI as SONAR_TOKEN
sonar.sources=src
sonar.tests=tests
sonar.python.version=@@PY@@
sonar.python.coverage.reportPaths=coverage.xml
sonar.exclusions=**/migrations/**,**/__init__.py
sonar.cpd.exclusions=**/fixtures/**
""", Val(""), c)


@L("generic", "commit-sha")
def l_ci_log(r, c):
    lines = ["[%s %s] Started by GitHub push by %s" % (c["DATE"], c["TIME"], c["FIRST"]),
             "[%s %s] Checking out Revision %s (refs/remotes/origin/%s)" % (c["DATE"], c["TIME"], c["SHA"], c["BRANCH"]),
             "[%s %s] Commit message: \"Merge pull request #%d from %s/%s\"" % (c["DATE"], c["TIME"], r.randint(100, 999), c["ORG"], c["BRANCH"]),
             "[%s %s] First time build. Skipping changelog." % (c["DATE"], c["TIME"]),
             "[%s %s] Restoring cache key: npm-linux-%s" % (c["DATE"], c["TIME"], hexs(r, 64)),
             "[%s %s] Cache restored from key: npm-linux-%s" % (c["DATE"], c["TIME"], hexs(r, 64)),
             "[%s %s] Build number: %s" % (c["DATE"], c["TIME"], c["BUILD"]),
             "[%s %s] Previous successful build: %s" % (c["DATE"], c["TIME"], c["SHA2"]),
             "[%s %s] SONAR_TOKEN=****" % (c["DATE"], c["TIME"]),
             "[%s %s] CODECOV_TOKEN=****" % (c["DATE"], c["TIME"]),
             "[%s %s] Finished: SUCCESS" % (c["DATE"], c["TIME"])]
    return "ci/logs/jenkins-%s.log" % c["BUILD"], "\n".join(lines) + "\n"


@L("generic", "artifact-hash")
def l_sha256sums(r, c):
    names = ["%s-%s-linux-amd64.tar.gz", "%s-%s-linux-arm64.tar.gz", "%s-%s-darwin-arm64.tar.gz",
             "%s-%s-windows-amd64.zip", "%s-%s.sbom.spdx.json"]
    out = ["%s  %s" % (hexs(r, 64), n % (c["REPO"], c["VER"])) for n in names]
    return "dist/SHA256SUMS", "\n".join(out) + "\n"


@L("generic", "integrity-hash")
def l_package_lock(r, c):
    pk = [("@percy/cli", "1.28.7"), ("cypress", "13.9.0"), ("chromatic", "11.3.5"),
          ("@datadog/datadog-ci", "2.37.0"), ("snyk", "1.1291.0")]
    parts = []
    for name, ver in pk:
        base = name.split("/")[-1]
        parts.append("""    "node_modules/%s": {
      "version": "%s",
      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",
      "integrity": "sha512-%s",
      "dev": true
    }""" % (name, ver, name, base, ver, b64enc(rbytes(r, 64))))
    txt = """{
  "name": "%s",
  "version": "%s",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
%s
  }
}
""" % (c["REPO"], c["VER"], ",\n".join(parts))
    return "package-lock.json", txt


@L("generic", "pinned-action-sha")
def l_gha_pinned(r, c):
    return ".github/workflows/ci.yml", render("""
name: ci

on:
  push:
    branches: [ @@BRANCH@@ ]
  pull_request:

permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.7
      - uses: actions/setup-node@%s # v4.0.3
        with:
          node-version: '@@NODE@@'
          cache: npm
      - run: npm ci
      - run: npm test -- --coverage
      - uses: codecov/codecov-action@%s # v4.5.0
        with:
          token: ${{ secrets.CODECOV_TOKEN }}
      - uses: SonarSource/sonarcloud-github-action@%s # v2.3.0
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}
""" % (hexs(r, 40), hexs(r, 40), hexs(r, 40), hexs(r, 40)), Val(""), c)


@L("generic", "image-digest")
def l_compose_digest(r, c):
    return "docker-compose.test.yml", render("""
services:
  db:
    image: postgres:16.3@sha256:%s
    environment:
      POSTGRES_DB: @@REPO@@_test
      POSTGRES_HOST_AUTH_METHOD: trust
  sonarqube:
    image: sonarqube:10.5-community@sha256:%s
    ports: ["9000:9000"]
  e2e:
    image: cypress/included:13.9.0@sha256:%s
    depends_on: [db]
    environment:
      CYPRESS_RECORD_KEY: ${CYPRESS_RECORD_KEY}
""" % (hexs(r, 64), hexs(r, 64), hexs(r, 64)), Val(""), c)


@L("cypress", "run-ids")
def l_cypress_log(r, c):
    run = r.randint(1000, 40000)
    return "ci/logs/cypress-run.log", render("""
====================================================================================================

  (Run Starting)

  ┌────────────────────────────────────────────────────────────────────────────────────────────────┐
  │ Cypress:        13.9.0                                                                         │
  │ Browser:        Electron 118 (headless)                                                        │
  │ Specs:          14 found (auth.cy.ts, cart.cy.ts, checkout.cy.ts, ...)                          │
  │ Params:         Tag: false, Group: false, Parallel: true                                       │
  │ Run URL:        https://cloud.cypress.io/projects/@@CYID@@/runs/%d                               │
  └────────────────────────────────────────────────────────────────────────────────────────────────┘

  Machine id:       %s
  CI build id:      %s
  Commit:           @@SHA@@

  Recorded Run: https://cloud.cypress.io/projects/@@CYID@@/runs/%d
""" % (run, uuid4(r), str(r.randint(9000000000, 9999999999)), run), Val(""), c)


@L("saucelabs", "job-ids")
def l_sauce_jobs(r, c):
    jobs = []
    for i in range(3):
        jobs.append({"id": hexs(r, 32), "name": "checkout spec %d" % i, "passed": r.random() > 0.2,
                     "build": "%s-%s" % (c["REPO"], c["BUILD"]), "browser": "chrome",
                     "owner": c["SAUCEUSER"],
                     "video_url": "https://assets.saucelabs.com/jobs/%s/video.mp4" % hexs(r, 32)})
    return "reports/sauce/jobs.json", json.dumps({"jobs": jobs}, indent=2) + "\n"


@L("browserstack", "session-hash")
def l_bs_session(r, c):
    s = {"automation_session": {"name": "login flow", "duration": r.randint(20, 300), "os": "Windows",
         "os_version": "11", "browser": "chrome", "status": "done", "hashed_id": hexs(r, 40),
         "build_name": c["REPO"] + "-nightly", "project_name": c["REPO"],
         "build_hashed_id": hexs(r, 40),
         "public_url": "https://automate.browserstack.com/builds/%s/sessions/%s?auth_token=%s" % (
             hexs(r, 40), hexs(r, 40), "")}}
    s["automation_session"]["public_url"] = s["automation_session"]["public_url"].split("?")[0]
    return "reports/browserstack/session.json", json.dumps(s, indent=2) + "\n"


@L("percy", "resource-sha256")
def l_percy_resources(r, c):
    res = []
    for p in ["/", "/static/app.css", "/static/app.js", "/img/logo.svg", "/fonts/inter.woff2"]:
        res.append({"url": "http://localhost:%s%s" % (c["PORT"], p), "sha": hexs(r, 64),
                    "mimetype": "text/html" if p == "/" else "application/octet-stream",
                    "root": p == "/"})
    return "tests/fixtures/percy-snapshot.json", json.dumps(
        {"name": "Home page", "widths": [375, 1280], "minHeight": 1024, "resources": res}, indent=2) + "\n"


@L("datadog", "trace-ids")
def l_dd_log(r, c):
    return "ci/logs/datadog-junit-upload.log", render("""
Starting upload with concurrency 20.
Will upload jUnit XML file junit.xml
service: @@REPO@@
DD_SITE: @@SITE@@
DD_API_KEY: *****************************%s
✅ Uploaded 1 files in 1.08 seconds.
=================================================================================================
* View detailed reports on Datadog (they can take a few minutes to become available)
* Commit report:
https://app.@@SITE@@/ci/redirect/tests/https%%3A%%2F%%2Fgithub.com%%2F@@ORG@@%%2F@@REPO@@/-/@@REPO@@/-/@@BRANCH@@/-/@@SHA@@
* Test runs report:
https://app.@@SITE@@/ci/test-runs?query=%%40ci.job.url%%3A%%22%d%%22&index=citest
trace_id=%d span_id=%d
""" % (hexs(r, 3), r.randint(10 ** 8, 10 ** 9), r.getrandbits(63), r.getrandbits(63)), Val(""), c)


@L("semgrep", "sarif-fingerprint")
def l_sarif(r, c):
    results = []
    for rule, f in [("python.lang.security.audit.subprocess-shell-true.subprocess-shell-true", "app/tasks.py"),
                    ("python.django.security.audit.xss.template-autoescape-off.template-autoescape-off", "app/templates/base.html")]:
        results.append({"ruleId": rule, "level": "warning",
                        "message": {"text": "Finding from rule %s" % rule.split(".")[-1]},
                        "locations": [{"physicalLocation": {"artifactLocation": {"uri": f},
                                       "region": {"startLine": r.randint(5, 300)}}}],
                        "fingerprints": {"matchBasedId/v1": hexs(r, 128)},
                        "partialFingerprints": {"primaryLocationLineHash": hexs(r, 16) + ":1"}})
    doc = {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
           "runs": [{"tool": {"driver": {"name": "Semgrep OSS", "semanticVersion": "1.70.0"}},
                     "results": results}]}
    return "reports/semgrep.sarif", json.dumps(doc, indent=2) + "\n"


@L("snyk", "policy-ids")
def l_snyk_policy(r, c):
    return ".snyk", render("""
# Snyk (https://snyk.io) policy file, patches or ignores known vulnerabilities.
version: v1.25.0
ignore:
  SNYK-JS-LODASH-%d:
    - '*':
        reason: No fix available; input is never user controlled
        expires: @@DATE@@T00:00:00.000Z
        created: @@DATE@@T09:12:44.301Z
  SNYK-JS-SEMVER-%d:
    - 'node_modules/@@REPO@@ > semver':
        reason: dev dependency only
        expires: @@DATE@@T00:00:00.000Z
patch: {}
""" % (r.randint(100000, 9999999), r.randint(100000, 9999999)), Val(""), c)


@L("gitguardian", "ignored-match-hash")
def l_gg_yaml(r, c):
    return ".gitguardian.yaml", render("""
version: 2

secret:
  ignored_paths:
    - "tests/fixtures/**"
    - "docs/examples/*.md"
  ignored_matches:
    - name: test fixture connection string
      match: %s
    - name: docs example
      match: %s
  show_secrets: false

exit_zero: false
verbose: true
""" % (hexs(r, 64), hexs(r, 64)), Val(""), c)


@L("codecov", "config-no-token")
def l_codecov_yml(r, c):
    return "codecov.yml", render("""
coverage:
  status:
    project:
      default:
        target: %d%%
        threshold: 0.5%%
    patch: off

flags:
  backend:
    paths: [ "services/api/" ]
    carryforward: true
  frontend:
    paths: [ "web/" ]
    carryforward: true

comment:
  layout: "diff, flags, files"
  require_changes: true

github_checks:
  annotations: false
""" % r.choice([70, 75, 80, 85]), Val(""), c)


@L("coveralls", "config-no-token")
def l_coveralls_yml(r, c):
    return ".coveralls.yml", render("""
# repo_token is NOT stored here: set COVERALLS_REPO_TOKEN in the CI settings
service_name: github-actions
parallel: true
flag_name: @@REPO@@-unit
""", Val(""), c)


@L("generic", "go-sum-hash")
def l_go_sum(r, c):
    mods = [("github.com/DataDog/datadog-go/v5", "v5.5.0"), ("github.com/stretchr/testify", "v1.9.0"),
            ("golang.org/x/sync", "v0.7.0"), ("github.com/google/uuid", "v1.6.0"),
            ("gopkg.in/yaml.v3", "v3.0.1")]
    out = []
    for m, v in mods:
        out.append("%s %s h1:%s" % (m, v, b64enc(rbytes(r, 32))))
        out.append("%s %s/go.mod h1:%s" % (m, v, b64enc(rbytes(r, 32))))
    return "go.sum", "\n".join(out) + "\n"


@L("generic", "yarn-integrity")
def l_yarn_lock(r, c):
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for name, ver in [("@applitools/eyes-cypress", "3.44.1"), ("buildkite-test-collector", "1.7.2"),
                      ("currents", "6.1.4"), ("wait-on", "7.2.0")]:
        base = name.split("/")[-1]
        out.append('"%s@^%s":' % (name, ver))
        out.append('  version "%s"' % ver)
        out.append('  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (name, base, ver, hexs(r, 40)))
        out.append('  integrity sha512-%s' % b64enc(rbytes(r, 64)))
        out.append("")
    return "yarn.lock", "\n".join(out)


@L("snyk", "org-id")
def l_snyk_org(r, c):
    return "Makefile", render("""
SNYK_ORG_ID := %s
SNYK_PROJECT := @@ORG@@/@@REPO@@

.PHONY: snyk-test snyk-monitor

# SNYK_TOKEN comes from the CI secret store
snyk-test:
\tsnyk test --org=$(SNYK_ORG_ID) --all-projects --severity-threshold=high

snyk-monitor:
\tsnyk monitor --org=$(SNYK_ORG_ID) --project-name=$(SNYK_PROJECT) --target-reference=$(shell git rev-parse --abbrev-ref HEAD)
""" % uuid4(r), Val(""), c)


@L("datadog", "public-client-token")
def l_dd_rum(r, c):
    return "src/monitoring/rum.ts", render("""
import { datadogRum } from '@datadog/browser-rum';

// applicationId and clientToken are public identifiers shipped to the browser
datadogRum.init({
  applicationId: '%s',
  clientToken: 'pub%s',
  site: '@@SITE@@',
  service: '@@REPO@@-web',
  env: import.meta.env.MODE,
  version: '@@VER@@',
  sessionSampleRate: 100,
  sessionReplaySampleRate: 20,
  trackUserInteractions: true,
  defaultPrivacyLevel: 'mask-user-input',
});
""" % (uuid4(r), hexs(r, 32)), Val(""), c)


@L("chromatic", "app-id")
def l_chromatic_log(r, c):
    app = hexs(r, 24)
    return "ci/logs/chromatic.log", render("""
Chromatic CLI v11.3.5
https://www.chromatic.com/docs/cli

  Authenticated with Chromatic
    → Using project token '********'
  Retrieved git information
    → Commit '@@SHORT@@' on branch '@@BRANCH@@'; found 1 parent build
  Storybook published
    → View your Storybook at https://%s-%s.chromatic.com
  Build %s passed!
    → Tested 412 stories across 96 components; captured 824 snapshots in 1 minute 12 seconds
    → View build details at https://www.chromatic.com/build?appId=%s&number=%s
""" % (c["BRANCH"].replace("/", "-"), lalnum(r, 10), c["BUILD"], app, c["BUILD"]), Val(""), c)


@L("applitools", "batch-ids")
def l_applitools_results(r, c):
    res = {"batchId": uuid4(r), "batchName": c["REPO"] + " visual regression",
           "results": [{"name": n, "status": r.choice(["Passed", "Unresolved"]), "id": hexs(r, 32),
                        "url": "https://eyes.applitools.com/app/batches/%d/%d" % (r.getrandbits(60), r.getrandbits(60))}
                       for n in ["home", "pricing", "checkout"]]}
    return "reports/applitools/results.json", json.dumps(res, indent=2) + "\n"


@L("launchable", "session-ids")
def l_launchable_subset(r, c):
    return "ci/logs/launchable-subset.log", render("""
Launchable recorded build %s to workspace @@ORG@@/@@WS@@ with commits from 1 repository:

| Name   | Path | HEAD Commit                              |
|--------|------|------------------------------------------|
| src    | .    | @@SHA@@ |

Launchable created subset %d for build %s (test session %d) in workspace @@ORG@@/@@WS@@

|           |   Candidates |   Estimated duration (%%) |   Estimated duration (min) |
|-----------|--------------|---------------------------|----------------------------|
| Subset    |          212 |                   40.0198 |                    6.1233  |
| Remainder |          301 |                   59.9802 |                    9.17694 |

Run `launchable inspect subset --subset-id %d` to view full subset details
""" % (c["BUILD"], r.randint(100000, 999999), c["BUILD"], r.randint(1000000, 9999999), r.randint(100000, 999999)), Val(""), c)


@L("buildkite", "build-uuid")
def l_bk_env(r, c):
    return "ci/logs/buildkite-env.txt", render("""
BUILDKITE=true
BUILDKITE_BUILD_ID=%s
BUILDKITE_JOB_ID=%s
BUILDKITE_STEP_ID=%s
BUILDKITE_BUILD_NUMBER=@@BUILD@@
BUILDKITE_BRANCH=@@BRANCH@@
BUILDKITE_COMMIT=@@SHA@@
BUILDKITE_PIPELINE_SLUG=@@REPO@@
BUILDKITE_ORGANIZATION_SLUG=@@ORG@@
BUILDKITE_AGENT_ACCESS_TOKEN=[REDACTED]
BUILDKITE_ANALYTICS_TOKEN=[REDACTED]
""" % (uuid4(r), uuid4(r), uuid4(r)), Val(""), c)


PGP_WORDS = "mQINBF"


@L("generic", "pgp-public-key")
def l_pgp_pub(r, c):
    body = b64enc(b"\x99\x02\x0d\x04" + rbytes(r, 520))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "ci/keys/codecov-cli.pub.asc", ("# Public key used to verify the uploader binary (gpg --verify)\n"
                                           "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines)
                                           + "\n=" + b64enc(rbytes(r, 3)) + "\n-----END PGP PUBLIC KEY BLOCK-----\n")


@L("generic", "ssh-public-key")
def l_known_hosts(r, c):
    return "ci/ssh/known_hosts", (
        "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s\n" % b64enc(rbytes(r, 33))[:43]
        + "gitlab.%s.internal ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s\n"
        % (c["ORG"].replace("-", ""), b64enc(rbytes(r, 63))[:83])
        + "bitbucket.org ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s\n" % b64enc(rbytes(r, 384))[:510])


@L("veracode", "scan-guids")
def l_veracode_results(r, c):
    d = {"scan_id": uuid4(r), "scan_status": "SUCCESS", "message": "Scan successful",
         "modules": [c["REPO"] + ".jar"], "app_guid": uuid4(r), "sandbox_guid": uuid4(r),
         "findings": [{"issue_id": i, "cwe_id": str(r.choice([79, 89, 117, 327, 502])),
                       "severity": r.randint(1, 5), "flaw_match": {"procedure_hash": str(r.getrandbits(31)),
                       "prototype_hash": str(r.getrandbits(31)), "flaw_hash": str(r.getrandbits(31))}}
                      for i in range(1001, 1004)]}
    return "reports/veracode/results.json", json.dumps(d, indent=2) + "\n"


@L("sonarqube", "analysis-ids")
def l_sonar_api(r, c):
    def skey():
        return "A" + r.choice("XYZ") + b62(r, 18).replace("0", "d")
    d = {"projectStatus": {"status": "OK", "analysisId": skey(), "conditions": [
        {"status": "OK", "metricKey": "new_coverage", "comparator": "LT", "errorThreshold": "80",
         "actualValue": "%0.1f" % (80 + r.random() * 20)},
        {"status": "OK", "metricKey": "new_duplicated_lines_density", "comparator": "GT",
         "errorThreshold": "3", "actualValue": "%0.1f" % (r.random() * 3)}],
        "period": {"mode": "REFERENCE_BRANCH", "parameter": c["BRANCH"]}},
        "issues": [{"key": skey(), "rule": "python:S1192", "component": "%s:app/views.py" % c["PKEY"]},
                   {"key": skey(), "rule": "python:S3776", "component": "%s:app/models.py" % c["PKEY"]}]}
    return "reports/sonar/quality-gate.json", json.dumps(d, indent=2) + "\n"


@L("mend", "library-sha1")
def l_mend_report(r, c):
    libs = [("jackson-databind-2.15.2.jar", "com.fasterxml.jackson.core"), ("guava-32.1.2-jre.jar", "com.google.guava"),
            ("log4j-core-2.17.1.jar", "org.apache.logging.log4j"), ("netty-codec-http-4.1.94.Final.jar", "io.netty")]
    d = {"projectVitals": {"productName": c["ORG"], "name": c["REPO"], "token": "", "lastUpdatedDate": c["DATE"]},
         "libraries": [{"filename": f, "groupId": g, "sha1": hexs(r, 40), "type": "MAVEN_ARTIFACT",
                        "vulnerabilities": []} for f, g in libs]}
    return "reports/mend/project-report.json", json.dumps(d, indent=2) + "\n"


@L("generic", "webhook-signature")
def l_webhook_log(r, c):
    out = []
    for _ in range(3):
        out.append("%sT%sZ POST /hooks/github delivery=%s event=check_run X-Hub-Signature-256=sha256=%s status=202"
                   % (c["DATE"], c["TIME"], uuid4(r), hexs(r, 64)))
    return "logs/webhook-receiver.log", "\n".join(out) + "\n"


@L("generic", "nuget-content-hash")
def l_nuget_lock(r, c):
    deps = {}
    for n, v in [("coverlet.collector", "6.0.2"), ("Microsoft.NET.Test.Sdk", "17.10.0"),
                 ("xunit", "2.8.1"), ("dotnet-sonarscanner", "6.2.0")]:
        deps[n] = {"type": "Direct", "requested": "[%s, )" % v, "resolved": v,
                   "contentHash": b64enc(rbytes(r, 64))}
    return "tests/%s.Tests/packages.lock.json" % c["REPO"].title().replace("-", ""), json.dumps(
        {"version": 1, "dependencies": {"net8.0": deps}}, indent=2) + "\n"


@L("generic", "cargo-checksum")
def l_cargo_lock(r, c):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.",
           "version = 3", ""]
    for n, v in [("serde", "1.0.203"), ("tokio", "1.38.0"), ("uuid", "1.8.0"), ("sha2", "0.10.8")]:
        out += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % v,
                'source = "registry+https://github.com/rust-lang/crates.io-index"',
                'checksum = "%s"' % hexs(r, 64), ""]
    return "Cargo.lock", "\n".join(out)


@L("socket", "scan-ids")
def l_socket_report(r, c):
    d = {"id": uuid4(r), "organization_slug": c["ORG"], "repo": c["REPO"], "branch": c["BRANCH"],
         "commit_hash": c["SHA"], "html_report_url": "https://socket.dev/dashboard/org/%s/sbom/%s" % (c["ORG"], uuid4(r)),
         "alerts": [{"type": "installScripts", "severity": "middle", "purl": "pkg:npm/esbuild@0.21.4",
                     "key": hexs(r, 32)},
                    {"type": "networkAccess", "severity": "low", "purl": "pkg:npm/undici@6.18.2",
                     "key": hexs(r, 32)}]}
    return "reports/socket/full-scan.json", json.dumps(d, indent=2) + "\n"


@L("generic", "renovate-digest")
def l_renovate(r, c):
    d = {"$schema": "https://docs.renovatebot.com/renovate-schema.json",
         "extends": ["config:recommended", "helpers:pinGitHubActionDigests"],
         "packageRules": [{"matchPackageNames": ["cypress", "@percy/cli", "chromatic"], "groupName": "e2e tooling"}],
         "regexManagers": [], "lockFileMaintenance": {"enabled": True},
         "hostRules": [{"matchHost": "registry.npmjs.org", "hostType": "npm"}],
         "digest": {"pinned": "sha256:%s" % hexs(r, 64)}}
    return "renovate.json", json.dumps(d, indent=2) + "\n"


@L("generic", "terraform-lock-hash")
def l_tf_lock(r, c):
    hs = "\n".join('    "zh:%s",' % hexs(r, 64) for _ in range(5))
    return ".terraform.lock.hcl", """# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/integrations/github" {
  version     = "6.2.1"
  constraints = "~> 6.0"
  hashes = [
    "h1:%s",
%s
  ]
}
""" % (b64enc(rbytes(r, 32)), hs)


@L("percy", "base64-image")
def l_percy_dom(r, c):
    img = b64enc(b"\x89PNG\r\n\x1a\n" + rbytes(r, 150))
    return "tests/visual/__fixtures__/header.html", render("""
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>@@REPO@@ header snapshot</title>
  </head>
  <body>
    <header class="site-header">
      <img alt="logo" width="32" height="32" src="data:image/png;base64,%s">
      <nav><a href="/pricing">Pricing</a> <a href="/docs">Docs</a></nav>
    </header>
  </body>
</html>
""" % img, Val(""), c)


@L("generic", "test-uuid-constant")
def l_py_fixture_uuids(r, c):
    return "tests/test_run_ids.py", render("""
import uuid

import pytest

from @@REPO_PY@@.runs import parse_run_id

RUN_ID = "%s"
BUILD_ID = "%s"
COMMIT = "@@SHA@@"


def test_parse_run_id_roundtrip():
    assert str(parse_run_id(RUN_ID)) == RUN_ID


def test_parse_run_id_rejects_garbage():
    with pytest.raises(ValueError):
        parse_run_id("not-a-run")


def test_build_id_is_uuid():
    assert uuid.UUID(BUILD_ID).version == 4
""" % (uuid4(r), uuid4(r)), Val(""), dict(c, REPO_PY=c["REPO"].replace("-", "_")))


@L("generic", "contributing-doc")
def l_contributing(r, c):
    return "CONTRIBUTING.md", render("""
# Contributing to @@REPO@@

## CI secrets

The workflows expect these repository secrets. Ask a maintainer to add them; never paste values
in issues or commits.

| Secret                    | Used by                     | Where to get it                          |
|---------------------------|-----------------------------|------------------------------------------|
| `CODECOV_TOKEN`           | `test.yml`                  | Codecov → repository settings            |
| `SONAR_TOKEN`             | `sonar.yml`                 | SonarCloud → My Account → Security       |
| `CYPRESS_RECORD_KEY`      | `e2e.yml`                   | Cypress Cloud → Project settings         |
| `CHROMATIC_PROJECT_TOKEN` | `chromatic.yml`             | Chromatic → Manage → Configure           |
| `SNYK_TOKEN`              | `snyk.yml`                  | Snyk → Account settings                  |

Public values such as the Cypress `projectId` (`@@CYID@@`) and the Sonar project key
(`@@PKEY@@`) are committed in the repo on purpose.
""", Val(""), c)


@L("sonarqube", "jenkins-credentials-ref")
def l_jenkins_refs(r, c):
    return "Jenkinsfile", render("""
pipeline {
    agent { label 'docker' }
    environment {
        SONAR_HOST_URL = '@@HOST@@'
    }
    stages {
        stage('Test') {
            steps { sh './gradlew test jacocoTestReport' }
        }
        stage('Sonar') {
            steps {
                withCredentials([string(credentialsId: 'sonar-token-@@REPO@@', variable: 'SONAR_TOKEN')]) {
                    sh './gradlew sonar -Dsonar.token=$SONAR_TOKEN -Dsonar.projectKey=@@PKEY@@'
                }
            }
        }
        stage('Codecov') {
            steps {
                withCredentials([string(credentialsId: 'codecov-@@REPO@@', variable: 'CODECOV_TOKEN')]) {
                    sh 'codecov upload-process -t "$CODECOV_TOKEN" -f build/reports/jacoco/test/jacocoTestReport.xml'
                }
            }
        }
    }
}
""", Val(""), c)


@L("generic", "junit-xml")
def l_junit(r, c):
    cases = "\n".join('    <testcase classname="tests.e2e.%s" name="test_%s" time="%0.3f" file="tests/e2e/%s.py">\n'
                      '      <properties><property name="test_id" value="%s"/></properties>\n    </testcase>'
                      % (n, n, r.random() * 9, n, uuid4(r)) for n in ["login", "cart", "checkout", "search"])
    return "reports/junit/e2e.xml", ('<?xml version="1.0" encoding="utf-8"?>\n'
                                     '<testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="4" '
                                     'time="21.4" timestamp="%sT%s" hostname="runner-%s">\n%s\n  </testsuite>\n</testsuites>\n'
                                     % (c["DATE"], c["TIME"], lalnum(r, 8), cases))


@L("browserstack", "local-identifier")
def l_bs_local(r, c):
    return "test/browserstack.local.conf.js", render("""
const base = require('./wdio.base.conf');

exports.config = {
  ...base.config,
  user: process.env.BROWSERSTACK_USERNAME,
  key: process.env.BROWSERSTACK_ACCESS_KEY,
  services: [
    ['browserstack', {
      browserstackLocal: true,
      opts: { localIdentifier: 'gh-%s-%s', forceLocal: true },
    }],
  ],
  capabilities: [{ browserName: 'safari', 'bstack:options': { os: 'OS X', osVersion: 'Sonoma', local: true } }],
};
""" % (c["BUILD"], hexs(r, 12)), Val(""), c)


@L("codecov", "commit-report-url")
def l_pr_comment(r, c):
    return "docs/releases/@@VER@@.md".replace("@@VER@@", c["VER"]), render("""
# Release @@VER@@ (@@DATE@@)

## Highlights
- Faster checkout page (#%d)
- Fix flaky login test (#%d)

## Quality
- Coverage: %0.2f%% ([report](https://app.codecov.io/gh/@@ORG@@/@@REPO@@/commit/@@SHA@@))
- SonarCloud: quality gate passed, analysis `A%s`
- Cypress Cloud run: https://cloud.cypress.io/projects/@@CYID@@/runs/%d
- Percy build: https://percy.io/%s/@@REPO@@/builds/%d

Full diff: https://github.com/@@ORG@@/@@REPO@@/compare/%s...@@SHA@@
""" % (r.randint(100, 999), r.randint(100, 999), 70 + r.random() * 29, b62(r, 19), r.randint(1000, 30000),
       hexs(r, 8), r.randint(10000000, 39999999), c["SHA2"]), Val(""), c)


# ---------------------------------------------------------------- negative slot values
DOC_EXAMPLES = {
    "saucelabs": ["2639f6ea-ec65-4ae0-b44a-41803464ad76"],
    "coveralls": ["abcde12345"],
    "launchable": ["set_your_token"],
    "buildkite": ["xyz"],
    "socket": ["sktsec_t_--RAN5U4ivauy4w37-6aoKyYPDt5ZbaT5JBVMqiwKo_api"],
    "codacy": ["%Project_Token%"],
    "semgrep": ["<your-semgrep-app-token>"],
    "veracode": ["YOUR_API_KEY_SECRET"],
    "applitools": ["Your_API_Key_Here"],
    "chromatic": ["Your chromatic project token"],
}

REFS = {
    "gha": (False, ["${{ secrets.%s }}", "${{ secrets.%s }}", "${{ env.%s }}"]),
    "gl": (False, ["$%s", "${%s}"]),
    "bb": (False, ["$%s"]),
    "circle": (False, ["${%s}", "$%s"]),
    "az": (False, ["$(%s)"]),
    "yaml": (False, ["${%s}", "${env:%s}"]),
    "py": (True, ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']),
    "js": (True, ["process.env.%s", "process.env['%s']"]),
    "ts": (True, ["process.env.%s", "process.env.%s ?? ''"]),
    "java": (True, ['System.getenv("%s")']),
    "rb": (True, ['ENV["%s"]', 'ENV.fetch("%s")']),
    "groovy": (True, ["env.%s", "System.getenv('%s')"]),
    "tf": (True, ["var.%s"]),
    "sh": (False, ["${%s}", "$%s", "${%s:?missing}"]),
    "make": (False, ["$(%s)", "$${%s}"]),
    "docker": (False, ["${%s}"]),
    "props": (False, ["${env.%s}", "${%s}"]),
    "ini": (False, ["${%s}", "{env:%s}"]),
    "json": (False, ["${%s}", "$%s"]),
    "json-script": (False, ["$%s", "${%s}"]),
    "xml": (False, ["${env.%s}"]),
    "str": (False, ["${%s}"]),
    "md": (False, ["$%s", "<%s>"]),
    "dotenv": (False, ["${%s}"]),
    "log": (False, ["***"]),
}

PREFIXES = ["sktsec_", "chpt_", "squ_", "sqp_", "sqa_", "sgp_", "bkua_", "web_", "app_", "auto_", "LT_"]


def shaped_placeholder(r, secret):
    """Same shape as a real value, but obviously filler (x, X or 0)."""
    fill = r.choice(["x", "X", "0"])
    if secret.startswith("https://") and "@" in secret:
        host = secret.split("@", 1)[1]
        return "https://" + fill * 32 + "@" + host
    if secret.startswith("v1:"):
        head, tail = secret.rsplit(":", 1)
        return head + ":" + fill * len(tail)
    pre = ""
    for p in PREFIXES:
        if secret.startswith(p):
            pre = p
            break
    body = secret[len(pre):]
    if pre == "sktsec_":
        return pre + fill * (len(body) - 4) + "_api"
    return pre + "".join(fill if ch.isalnum() else ch for ch in body)


def neg_value(r, t, c):
    """Pick a non-secret for the template's slot; returns (Val, category)."""
    lang, env, prov = t["lang"], t["env"], t["provider"]
    expr, refs = REFS.get(lang, (False, ["${%s}"]))
    slug = prov.replace("saucelabs", "sauce") + "-" + t["kind"].replace("_", "-")
    roll = r.random()
    if lang == "log":
        return Val(r.choice(["***", "****", "[MASKED]", "********"])), "masked"
    if lang == "dotenv":
        if roll < 0.5:
            return Val(""), "empty"
        return Val(r.choice(["<your-%s>" % slug, "YOUR_%s_HERE" % env, "changeme"])), "placeholder"
    if prov in DOC_EXAMPLES and roll < 0.12:
        return Val(r.choice(DOC_EXAMPLES[prov])), "doc-example"
    if roll < 0.40:
        cat = r.random()
        if cat < 0.35:
            return Val(shaped_placeholder(r, t["gen"](r, c))), "placeholder"
        return Val(r.choice(["<your-%s>" % slug, "YOUR_%s_HERE" % env, "changeme", "REPLACE_ME",
                             "<%s>" % env.lower(), "your-%s-here" % slug, "TODO", "dummy",
                             "x" * r.choice([8, 16, 24, 32]), "<token>", "..."])), "placeholder"
    if roll < 0.70:
        form = r.choice(refs)
        name = env.lower() if lang == "tf" else env
        return Val(form % name, expr), "env-reference"
    if roll < 0.78:
        return Val(r.choice(["***", "****", "********", "[REDACTED]", "<redacted>", "<hidden>"])), "masked"
    if roll < 0.85:
        return Val(""), "empty"
    if roll < 0.93:
        low = env.lower()
        return Val(r.choice(["{{ %s }}" % low, "{{ .Values.ci.%s }}" % low.replace("_", ""), "#{%s}#" % env,
                             "@%s@" % env, "%%%s%%" % env, "<%%= ENV['%s'] %%>" % env])), "template-expression"
    low = env.lower().replace("_", "-")
    return Val(r.choice(["op://ci-secrets/%s/credential" % low,
                         "vault:secret/data/ci/%s#value" % low,
                         "projects/%s-ci/secrets/%s/versions/latest" % (c["ORG"], low),
                         "arn:aws:secretsmanager:eu-west-1:%d:secret:ci/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), low)])), \
        "secret-manager-ref"


# ---------------------------------------------------------------- writing
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Makefile":
        return "makefile"
    if base.startswith("Jenkinsfile"):
        return "jenkinsfile"
    if base == "Dockerfile":
        return "dockerfile"
    if base == ".env" or base.startswith(".env."):
        return "env"
    special = {".snyk": "yml", "credentials": "ini", "known_hosts": "ssh", "SHA256SUMS": "txt",
               "go.sum": "gosum", ".terraform.lock.hcl": "hcl"}
    if base in special:
        return special[base]
    ext = base.rsplit(".", 1)[-1] if "." in base else "txt"
    return {"yaml": "yml", "config": "properties", "tests": "groovy"}.get(ext, ext)


def neg_path(path):
    base = path.rsplit("/", 1)[-1]
    ok = (".env.example", ".env.sample", ".env.template", ".env.dist")
    if (base == ".env" or base.startswith(".env.")) and base not in ok:
        return path[: len(path) - len(base)] + ".env.example"
    return path


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (
        ".env.example", ".env.sample", ".env.template", ".env.dist"))


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def round_robin(r, items, n):
    order = []
    while len(order) < n:
        block = list(range(len(items)))
        r.shuffle(block)
        order.extend(block)
    return order[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gh.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    import shutil
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    n_env = 0

    for i, ti in enumerate(round_robin(r, POS, 500)):
        t = POS[ti]
        c = ctx(r)
        secret = t["gen"](r, c)
        text = render(t["body"], Val(secret), c)
        path = render(t["path"], Val(""), c)
        rel = "pos/p%04d/%s" % (i, path)
        lines = text.split("\n")
        line = next(k for k, ln in enumerate(lines, 1) if secret in ln)
        assert secret in lines[line - 1]
        assert text.count(secret) >= 1
        if is_env_name(path):
            n_env += 1
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": secret, "line": line})
    assert n_env * 20 <= 500, n_env

    jobs = [("tpl", ti) for ti in round_robin(r, POS, 250)] + [("look", li) for li in round_robin(r, LOOK, 250)]
    r.shuffle(jobs)
    for i, (what, idx) in enumerate(jobs):
        c = ctx(r)
        if what == "tpl":
            t = POS[idx]
            v, cat = neg_value(r, t, c)
            text = render(t["body"], v, c)
            path = neg_path(render(t["path"], Val(""), c))
            prov, kind = t["provider"], cat
        else:
            lk = LOOK[idx]
            path, text = lk["fn"](r, c)
            prov, kind = lk["provider"], lk["kind"]
        assert not is_env_name(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read check of every needle
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            assert s["needle"] in fh.read().split("\n")[s["line"] - 1], s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
