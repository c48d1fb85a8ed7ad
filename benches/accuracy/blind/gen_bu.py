#!/usr/bin/env python3
"""Blind evaluation-set generator "bu": credentials in build scripts, task runners and automation glue.

EMPHASIS
    Credentials written straight into build/automation files: Makefiles, justfiles, Taskfile.yml,
    package.json scripts/config, Rakefiles, Gruntfile.js/gulpfile.js, build.gradle(.kts) tasks,
    Maven exec-maven-plugin executions, CMakeLists.txt / meson.build, BUILD.bazel rules, Earthfiles,
    Dockerfile RUN lines (curl -u, Authorization headers, git clone https://user:token@...),
    GitHub Actions run steps, .gitlab-ci.yml scripts, Jenkinsfile sh steps, PowerShell / batch /
    shell release and deploy scripts (twine, npm config, docker login -p, helm registry login,
    sshpass/rsync/scp, curl to chat webhooks), Procfile, tox.ini, noxfile.py.
    Providers: GitHub, GitLab, npm, PyPI, Docker Hub, Artifactory, Sonatype (Central / Nexus user
    tokens), Slack incoming webhooks, AWS, Sentry, Codecov, Cloudflare, Heroku, Vercel, Netlify,
    plus human passwords for SSH/FTP/registry deploys.
    About half of the positives put the secret under an obvious name (GITHUB_TOKEN, NPM_TOKEN,
    SENTRY_AUTH_TOKEN ...), the other half under a neutral variable name (VALUE, HDR, ARG1, ...) or
    inline: positional CLI argument, header value, user:token@ inside a URL, -p/--password flags.

USAGE
    python3 gen_bu.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED (random.Random(SEED)
    only; no clock, no os.urandom, no set iteration).  Standard library only.
    manifest lines carry an extra "template" key (name of the template used) besides
    file/label/provider/kind/filetype; positives also carry "style": named (obvious variable name),
    neutral (neutral variable name) or inline (positional argument / header / URL / flag value).
    42 slot templates (used by positives and by half of the negatives) + 38 look-alike templates,
    24 file types in the positives and 29 in the negatives.

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file, i.e. the secret half only:
      * token kinds: the whole token including its prefix (ghp_..., glpat-..., npm_..., pypi-...,
        dckr_pat_..., sntrys_..., cfut_..., HRKU-..., vcp_..., nfp_...);
      * AWS: the 40-char secret access key (the AKIA... key id may sit next to it);
      * Slack incoming webhook: the full https://hooks.slack.com/services/T.../B.../... URL;
      * user:token@host URLs and curl -u user:secret: only the token/password part;
      * Sonatype user token: the pass-code half (the name-code half may sit next to it);
      * passwords: the password string.
    line = 1-based line of the first occurrence of the needle in the file.  Each positive file
    holds exactly one credential (one id/secret pair at most).

NEGATIVES
    ~Half re-use the positive templates with the secret slot filled by: CI secret references
    (${{ secrets.X }}, $CI_JOB_TOKEN, credentials('id'), $(X), %X%, $env:X, {env:X}, ${env.X},
    $ENV{X}, System.getenv, process.env, ENV.fetch, os.environ, env_var('x')), credential
    helpers / secret managers ($(gh auth token), op read, vault kv get, aws secretsmanager,
    Get-Secret, /run/secrets), placeholders (<NPM_TOKEN>, REPLACE_ME, ghp_xxxx...), masked or
    redacted values (****, [MASKED]), empty values, and provider-published documentation examples
    (AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Slack's
    T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX webhook, LocalStack "test"/"test").
    ~Half are domain look-alikes: sha256sum -c checksum steps, GPG key ids and fingerprints,
    commit SHAs and action pins, image digests, npm integrity (sha512-...) and Bazel/CMake
    archive hashes, Gradle dependency-verification hashes, Authenticode/signtool thumbprints,
    cache keys, build ids/UUIDs, version strings, Vercel/Netlify/Cloudflare/AWS ids,
    Sentry DSNs (documented as safe to expose), docker login --password-stdin, .npmrc with
    ${NPM_TOKEN}, goreleaser {{ .Env.X }}, OIDC/trusted-publishing workflows, i18n prompts.

DOUBTS
    Formats written from memory or only partly confirmed:
      * GitHub ghp_/gho_ = 30 base62 chars + 6-char base62 CRC32 checksum (checksum layout as
        described in GitHub's token-format blog and a third-party write-up; exact CRC input and
        padding from memory).  github_pat_ = 22 base62 + "_" + 59 base62 (from memory, no checksum
        computed).
      * npm_ tokens use the same 30+6 CRC32 layout as GitHub (from memory).
      * GitLab: glpat- + 20 chars [A-Za-z0-9_-] (legacy) and a newer routable form
        glpat-<27 b64url>.01.<9 base36> (shape only, no real checksum); gldt-/glptt-/glrt- deploy,
        trigger and runner tokens with 20-char bodies are from memory.
      * Docker Hub dckr_pat_ + 27 chars (length from memory).
      * Artifactory reference token = 64-char base64 of "reftkn:01:<expiry>:<random>" (from
        memory); legacy API key "AKCp" + 69 base62 (from memory).
      * Sonatype user token: 8-char name code + 44-char base64 pass code (from memory).
      * Sentry sntrys_<base64 JSON>_<43 chars> and sntryu_<64 hex> (from memory; JSON fields
        iat/url/region_url/org guessed).
      * Cloudflare cfut_/cfat_ + 40 chars + checksum: prefix and 40-char body from Cloudflare's
        token-format page; the checksum is written here as 6 base62 chars of CRC32 (guess).  Legacy
        40-char tokens and 37-hex Global API keys per the same page.
      * Heroku HRKU- tokens: prefix from memory (also named in a GitLab secret-detection MR the search
        showed; no pattern taken from it); body "AA" + 58 b64url chars is a guess.  Legacy Heroku API
        keys are UUIDs (Heroku help / CLI output shows UUID tokens).
      * Vercel vcp_ prefix from Vercel's changelog; body length (vcp_ + 56 alnum) is a guess;
        legacy Vercel tokens written as 24 alnum chars.
      * Netlify nfp_ prefix (Netlify forum announcement, 40 chars total); body alphabet guessed.
      * PyPI tokens are built as real macaroon-shaped bytes (pypi.org location, UUID identifier,
        JSON caveat, 32-byte signature) base64url-encoded after "pypi-"; caveat layout from memory.
      * Codecov upload tokens and legacy Heroku keys are plain UUIDs: a UUID under CODECOV_TOKEN /
        HEROKU_API_KEY is labelled positive, while UUIDs used as build/site ids are negatives.
      * Sentry org-token shape "sntrys_eyJpYXQiOj..." matches an example on a getsentry CLI docs
        mirror; the trailing secret part and its alphabet are guesses.
    Labels a reviewer might dispute:
      * Placeholders that keep a provider prefix (ghp_xxxx..., npm_xxxx..., glpat-xxxx...,
        sntrys_XXXX...) and masked values (dckr_pat_********) are labelled negative.
      * Sentry DSNs, Vercel org/project ids, Netlify site ids, Cloudflare account/zone ids and a
        lone AWS account id are labelled negative (identifiers, documented as non-secret).
      * LocalStack "test"/"test" credentials and AWS's EXAMPLE keys are labelled negative.
      * Short-lived GitLab CI job token references ($CI_JOB_TOKEN) are negative (reference only).

SEARCHES
    docs/pages corpora: Heroku HRKU- token prefix; Netlify token prefixes (nfp/nfc/nfo/nfu/nfb,
    answers.netlify.com); Sentry auth token types (docs.sentry.io); Docker Hub PAT / login API
    (docs.docker.com); Vercel token prefixes (vercel.com changelog: vcp/vci/vca/vcr/vck); GitLab
    glpat prefix issues; Cloudflare token formats (developers.cloudflare.com token-formats page,
    read in cloudflare/cloudflare-docs); PyPI token / pypitoken; JFrog reference/identity tokens
    (jfrog.com help); Sonatype Central user tokens; GitHub token-format checksum (blog summaries).
    Scanner-related material that the searches showed and that was NOT used: GitGuardian detector
    pages (Sentry org auth token, Sentry user token, Cloudflare API credentials, Artifactory
    reference token); a GitLab merge request adding a Heroku API-key validity check and a GitLab
    secret-detection issue about the Heroku rule; the GitLab secrets analyzer MR "Add GitLab PAT
    regex"; a ripsecrets issue quoting a glpat pattern; a "tokenScanner" regex repository.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
HEX = "0123456789abcdef"
B32AWS = string.ascii_uppercase + "234567"
MARK = "\x00"   # where the secret reference goes inside an argv element


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, body_len=30):
    body = rs(rng, ALNUM, body_len)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


# ----------------------------------------------------------------------------- context words
ORGS = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "stark-ind", "wayne-ent",
        "contoso", "fabrikam", "tailspin", "bluebird-io", "pinecone-dev", "lumen-works", "orbital-hq",
        "kestrel", "papaya-app", "quanta", "riverbank", "saltmine"]
REPOS = ["web-frontend", "billing-api", "infra", "docs-site", "mobile-app", "core-lib", "ingest",
         "auth-service", "cli", "dashboard", "payments", "search-indexer", "notifier", "sdk-python",
         "sdk-js", "scheduler", "gateway", "reports", "etl-jobs", "catalog"]
USERS = ["ci-bot", "deploy", "release-bot", "jenkins", "builder", "svc-ci", "mkowalski", "jdoe",
         "a.nguyen", "pmartin", "ops", "buildkite", "automation", "sre-team", "lchen", "rpatel"]
HOSTS = ["web01.prod.internal", "10.20.4.17", "deploy.example-corp.net", "static-2.lan",
         "app-vm-03", "files.intranet.local", "172.16.8.41", "edge-eu-1.internal", "stage-web",
         "bastion.ops.local"]
COS = ["acme", "northwind", "globex", "initech", "contoso", "fabrikam", "hooli", "kestrel"]


def ver(rng):
    return "%d.%d.%d" % (rng.randint(0, 5), rng.randint(0, 30), rng.randint(0, 20))


def sha1(rng):
    return rs(rng, HEX, 40)


def sha256(rng):
    return rs(rng, HEX, 64)


# ----------------------------------------------------------------------------- secret makers
NEUTRAL = ["VALUE", "ARG1", "HDR", "BLOB", "PAYLOAD", "REMOTE", "CI_X", "CONN", "UPSTREAM_REF",
           "OPT", "P1", "DEPLOY_ARG", "BUILD_CTX", "RELEASE_REF", "EXTRA", "CFG_A", "PUB_ARG",
           "STAMP", "KV", "ORIGIN_REF"]
NEUTRAL_URL = ["NOTIFY_URL", "TARGET", "ENDPOINT", "CHAT_URL", "POST_TO", "ANNOUNCE", "OUT_URL"]

WORDS = ["maple", "harbor", "falcon", "cobalt", "ember", "willow", "granite", "orchid", "tundra",
         "saffron", "juniper", "copper", "meadow", "lynx", "pepper", "quartz", "raven", "sierra",
         "thistle", "violet", "walnut", "zephyr", "badger", "cactus", "dolphin", "fjord", "hazel"]
PW_SYMS = "!@*_.-+"


def human_password(rng):
    k = rng.randrange(5)
    w1, w2 = rng.choice(WORDS), rng.choice(WORDS)
    if k == 0:
        return w1.capitalize() + rng.choice(PW_SYMS) + w2.capitalize() + str(rng.randint(10, 2025))
    if k == 1:
        leet = w1.replace("e", "3").replace("a", "4").replace("o", "0")
        return leet.capitalize() + rng.choice(PW_SYMS) + str(rng.randint(100, 999)) + rng.choice("!@*")
    if k == 2:
        return rs(rng, ALNUM, rng.randint(3, 5)) + rng.choice(PW_SYMS) + rs(rng, ALNUM, rng.randint(6, 9)) + str(rng.randint(0, 9))
    if k == 3:
        return "%s-%s-%s%d" % (w1, w2, rng.choice(WORDS), rng.randint(1, 99))
    return w1.capitalize() + str(rng.randint(1970, 2024)) + rng.choice(PW_SYMS) + rs(rng, string.ascii_lowercase, 3)


def C(provider, kind, secret, env, cmds, prefix="", what="token", neutral=None):
    return {"provider": provider, "kind": kind, "secret": secret, "env": env, "cmds": cmds,
            "prefix": prefix, "what": what, "neutral": neutral or NEUTRAL}


def mk_github(rng, neg):
    org, repo, user = rng.choice(ORGS), rng.choice(REPOS), rng.choice(USERS)
    k = rng.random()
    if k < 0.55:
        sec, kind, pre = crc_token(rng, "ghp_"), "github-classic-pat", "ghp_"
    elif k < 0.8:
        sec = "github_pat_" + rs(rng, ALNUM, 22) + "_" + rs(rng, ALNUM, 59)
        kind, pre = "github-fine-grained-pat", "github_pat_"
    else:
        sec, kind, pre = crc_token(rng, "gho_"), "github-oauth-token", "gho_"
    env = rng.choice(["GITHUB_TOKEN", "GH_TOKEN", "GH_PAT", "GITHUB_PAT", "RELEASE_GITHUB_TOKEN"])
    cmds = rng.choice([
        [["curl", "-fsSL", "-H", "Authorization: Bearer " + MARK, "-H", "Accept: application/vnd.github+json",
          "https://api.github.com/repos/%s/%s/releases" % (org, repo)]],
        [["git", "clone", "--depth", "1", "https://x-access-token:%s@github.com/%s/%s.git" % (MARK, org, repo)]],
        [["git", "push", "https://%s:%s@github.com/%s/%s.git" % (user, MARK, org, repo), "HEAD:gh-pages"]],
        [["curl", "-u", "%s:%s" % (user, MARK), "-X", "POST", "-d", '{"event_type":"deploy"}',
          "https://api.github.com/repos/%s/%s/dispatches" % (org, repo)]],
        [["docker", "login", "ghcr.io", "-u", user, "-p", MARK],
         ["docker", "push", "ghcr.io/%s/%s:latest" % (org, repo)]],
        [["npm", "config", "set", "//npm.pkg.github.com/:_authToken=" + MARK]],
    ])
    return C("GitHub", kind, sec, env, cmds, pre)


def mk_gitlab(rng, neg):
    org, repo, pid = rng.choice(ORGS), rng.choice(REPOS), rng.randint(1000000, 59999999)
    k = rng.random()
    if k < 0.45:
        if rng.random() < 0.7:
            sec = "glpat-" + rs(rng, B64URL, 20)
        else:
            sec = "glpat-" + rs(rng, B64URL, 27) + ".01." + rs(rng, string.digits + string.ascii_lowercase, 9)
        kind, pre, env = "gitlab-pat", "glpat-", rng.choice(["GITLAB_TOKEN", "GL_TOKEN", "GITLAB_PAT", "GITLAB_API_TOKEN"])
        cmds = rng.choice([
            [["curl", "--header", "PRIVATE-TOKEN: " + MARK, "https://gitlab.com/api/v4/projects/%d/releases" % pid]],
            [["git", "clone", "https://oauth2:%s@gitlab.com/%s/%s.git" % (MARK, org, repo)]],
            [["curl", "-sS", "--request", "POST", "--header", "PRIVATE-TOKEN: " + MARK,
              "https://gitlab.com/api/v4/projects/%d/repository/tags?tag_name=v1.0&ref=main" % pid]],
        ])
    elif k < 0.7:
        sec, kind, pre, env = "glptt-" + rs(rng, B64URL, 20), "gitlab-trigger-token", "glptt-", "TRIGGER_TOKEN"
        cmds = [["curl", "-X", "POST", "--fail", "-F", "token=" + MARK, "-F", "ref=main",
                 "https://gitlab.com/api/v4/projects/%d/trigger/pipeline" % pid]]
    elif k < 0.88:
        n = rng.randint(100000, 999999)
        sec, kind, pre, env = "gldt-" + rs(rng, B64URL, 20), "gitlab-deploy-token", "gldt-", "DEPLOY_TOKEN_PASSWORD"
        cmds = rng.choice([
            [["docker", "login", "-u", "gitlab+deploy-token-%d" % n, "-p", MARK, "registry.gitlab.com"]],
            [["git", "clone", "https://gitlab+deploy-token-%d:%s@gitlab.com/%s/%s.git" % (n, MARK, org, repo)]],
        ])
    else:
        sec, kind, pre, env = "glrt-" + rs(rng, B64URL, 20), "gitlab-runner-token", "glrt-", "RUNNER_TOKEN"
        cmds = [["gitlab-runner", "register", "--non-interactive", "--url", "https://gitlab.com",
                 "--token", MARK, "--executor", "docker", "--docker-image", "alpine:3.19"]]
    return C("GitLab", kind, sec, env, cmds, pre)


def mk_npm(rng, neg):
    if rng.random() < 0.85:
        sec, kind, pre = crc_token(rng, "npm_"), "npm-access-token", "npm_"
    else:
        sec, kind, pre = uuid4(rng), "npm-legacy-token", ""
    env = rng.choice(["NPM_TOKEN", "NPM_AUTH_TOKEN", "NODE_AUTH_TOKEN", "NPM_PUBLISH_TOKEN"])
    cmds = rng.choice([
        [["npm", "config", "set", "//registry.npmjs.org/:_authToken=" + MARK], ["npm", "publish", "--access", "public"]],
        [["yarn", "config", "set", "npmAuthToken", MARK], ["yarn", "npm", "publish"]],
        [["curl", "-fsS", "-H", "Authorization: Bearer " + MARK, "https://registry.npmjs.org/-/whoami"]],
        [["pnpm", "publish", "--no-git-checks", "--//registry.npmjs.org/:_authToken=" + MARK]],
    ])
    return C("npm", kind, sec, env, cmds, pre)


def pypi_token(rng):
    ident = uuid4(rng).encode()
    if rng.random() < 0.5:
        cav = b'{"version": 1, "permissions": "user"}'
    else:
        cav = ('{"version": 1, "permissions": {"projects": ["%s"]}}' % rng.choice(REPOS)).encode()
    raw = b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(cav)]) + cav
    raw += b"\x00\x00\x06\x20" + rbytes(rng, 32)
    return "pypi-" + b64u(raw)


def mk_pypi(rng, neg):
    sec = pypi_token(rng)
    env = rng.choice(["PYPI_TOKEN", "PYPI_API_TOKEN", "TWINE_PASSWORD", "PYPI_PASSWORD"])
    cmds = rng.choice([
        [["twine", "upload", "-u", "__token__", "-p", MARK, "dist/*"]],
        [["python", "-m", "twine", "upload", "--non-interactive", "--username", "__token__", "--password", MARK, "dist/*"]],
        [["poetry", "config", "pypi-token.pypi", MARK], ["poetry", "publish", "--build"]],
        [["uv", "publish", "--token", MARK]],
    ])
    return C("PyPI", "pypi-api-token", sec, env, cmds, "pypi-")


def mk_dockerhub(rng, neg):
    user = rng.choice(ORGS) + rng.choice(["", "bot", "ci", "-release"])
    img = "%s/%s" % (user, rng.choice(REPOS))
    if rng.random() < 0.75:
        sec, kind, pre, what = "dckr_pat_" + rs(rng, B64URL, 27), "dockerhub-pat", "dckr_pat_", "token"
    else:
        sec, kind, pre, what = human_password(rng), "password", "", "password"
    env = rng.choice(["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "DOCKERHUB_PASSWORD", "DOCKER_HUB_TOKEN"])
    cmds = rng.choice([
        [["docker", "login", "-u", user, "-p", MARK], ["docker", "push", img + ":latest"]],
        [["docker", "login", "--username", user, "--password", MARK, "docker.io"]],
        [["curl", "-s", "-H", "Content-Type: application/json", "-d",
          '{"identifier":"%s","secret":"%s"}' % (user, MARK), "https://hub.docker.com/v2/auth/token"]],
        [["skopeo", "copy", "--dest-creds", "%s:%s" % (user, MARK), "docker-archive:build/image.tar",
          "docker://docker.io/%s:latest" % img]],
        [["crane", "auth", "login", "index.docker.io", "-u", user, "-p", MARK]],
    ])
    return C("Docker Hub", kind, sec, env, cmds, pre, what)


def mk_artifactory(rng, neg):
    co, app, v = rng.choice(COS), rng.choice(REPOS), ver(rng)
    user = rng.choice(USERS)
    base = "https://%s.jfrog.io/artifactory" % co
    k = rng.random()
    if k < 0.5:
        payload = "reftkn:01:%d:%s" % (rng.randint(1735000000, 1999999999), rs(rng, ALNUM, 27))
        sec, kind, pre, what = base64.b64encode(payload.encode()).decode()[:64], "artifactory-reference-token", "cmVmdGtu", "token"
    elif k < 0.75:
        sec, kind, pre, what = "AKCp" + rs(rng, string.digits, 1) + rs(rng, ALNUM, 68), "artifactory-api-key", "AKCp", "token"
    else:
        sec, kind, pre, what = human_password(rng), "password", "", "password"
    env = rng.choice(["ARTIFACTORY_TOKEN", "ARTIFACTORY_ACCESS_TOKEN", "JFROG_ACCESS_TOKEN", "ARTIFACTORY_API_KEY"]) if what == "token" else rng.choice(["ARTIFACTORY_PASSWORD", "ARTIFACTORY_PASS"])
    if what == "password":
        cmds = [["curl", "-u", "%s:%s" % (user, MARK), "-T", "build/%s-%s.tar.gz" % (app, v),
                 "%s/generic-local/%s/%s/" % (base, app, v)]]
    elif kind == "artifactory-api-key":
        cmds = [["curl", "-H", "X-JFrog-Art-Api: " + MARK, "-T", "target/%s-%s.jar" % (app, v),
                 "%s/libs-release-local/com/%s/%s/%s/" % (base, co, app, v)]]
    else:
        cmds = rng.choice([
            [["curl", "-H", "Authorization: Bearer " + MARK, "-T", "dist/%s-%s.tgz" % (app, v),
              "%s/npm-local/%s/-/%s-%s.tgz" % (base, app, app, v)]],
            [["jf", "rt", "upload", "--url", base, "--access-token", MARK, "build/libs/*.jar", "libs-release-local/%s/" % app]],
            [["jfrog", "config", "add", co, "--url", "https://%s.jfrog.io" % co, "--access-token", MARK, "--interactive=false"]],
        ])
    return C("Artifactory", kind, sec, env, cmds, pre, what)


def mk_sonatype(rng, neg):
    app, v, co = rng.choice(REPOS), ver(rng), rng.choice(COS)
    name = rs(rng, ALNUM, 8) if not neg else "ci-publisher"
    if rng.random() < 0.7:
        sec, kind, what = base64.b64encode(rbytes(rng, 33)).decode(), "sonatype-user-token", "token"
        env = rng.choice(["SONATYPE_TOKEN_PASSWORD", "OSSRH_TOKEN", "SONATYPE_PASSWORD", "MAVEN_CENTRAL_TOKEN"])
    else:
        sec, kind, what = human_password(rng), "password", "password"
        env = rng.choice(["NEXUS_PASSWORD", "NEXUS_PASS"])
    cmds = rng.choice([
        [["mvn", "--batch-mode", "deploy", "-Dcentral.username=" + name, "-Dcentral.password=" + MARK]],
        [["curl", "-u", "%s:%s" % (name, MARK), "-F", "bundle=@target/%s-%s-bundle.zip" % (app, v),
          "https://central.sonatype.com/api/v1/publisher/upload?publishingType=AUTOMATIC"]],
        [["./gradlew", "publishToSonatype", "closeAndReleaseSonatypeStagingRepository",
          "-PsonatypeUsername=" + name, "-PsonatypePassword=" + MARK]],
        [["curl", "-u", "%s:%s" % (name, MARK), "--upload-file", "target/%s-%s.jar" % (app, v),
          "https://nexus.%s.io/repository/maven-releases/com/%s/%s/%s/%s-%s.jar" % (co, co, app, v, app, v)]],
    ])
    return C("Sonatype", kind, sec, env, cmds, "", what)


def slack_url(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, string.ascii_uppercase + string.digits, rng.choice([8, 9, 10])),
        rs(rng, string.ascii_uppercase + string.digits, rng.choice([8, 9, 10])), rs(rng, ALNUM, 24))


def mk_slack(rng, neg):
    sec = slack_url(rng)
    app = rng.choice(REPOS)
    msg = rng.choice(["Deploy of %s finished" % app, "Build failed on main", "Release %s published" % ver(rng),
                      "Nightly build OK"])
    env = rng.choice(["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK", "SLACK_HOOK_URL"])
    cmds = rng.choice([
        [["curl", "-X", "POST", "-H", "Content-type: application/json", "--data", '{"text":"%s"}' % msg, MARK]],
        [["curl", "-fsS", "-d", 'payload={"text": "%s"}' % msg, MARK]],
    ])
    return C("Slack", "slack-webhook", sec, env, cmds, "https://hooks.slack.com/services/", "webhook URL", NEUTRAL_URL)


def mk_aws(rng, neg):
    akid = "AKIA" + rs(rng, B32AWS, 16) if not neg else "AKIAIOSFODNN7EXAMPLE"
    sec = rs(rng, B64STD, 40)
    bucket = "%s-%s-%s" % (rng.choice(COS), rng.choice(["artifacts", "static", "releases", "builds"]), rng.choice(["prod", "stg", "eu"]))
    env = "AWS_SECRET_ACCESS_KEY"
    last = rng.choice([
        ["aws", "s3", "sync", "dist/", "s3://%s/" % bucket, "--delete"],
        ["aws", "s3", "cp", "build/app.zip", "s3://%s/releases/" % bucket],
        ["aws", "cloudfront", "create-invalidation", "--distribution-id", "E" + rs(rng, B32AWS, 13), "--paths", "/*"],
    ])
    cmds = [["aws", "configure", "set", "aws_access_key_id", akid],
            ["aws", "configure", "set", "aws_secret_access_key", MARK], last]
    return C("AWS", "aws-secret-access-key", sec, env, cmds, "", "secret key")


def mk_sentry(rng, neg):
    org, proj, v = rng.choice(ORGS), rng.choice(REPOS), ver(rng)
    if rng.random() < 0.7:
        js = '{"iat":%d.%06d,"url":"https://sentry.io","region_url":"https://%s.sentry.io","org":"%s"}' % (
            rng.randint(1690000000, 1760000000), rng.randint(0, 999999), rng.choice(["us", "de"]), org)
        sec = "sntrys_" + base64.b64encode(js.encode()).decode().rstrip("=") + "_" + rs(rng, B64STD, 43)
        kind, pre = "sentry-org-auth-token", "sntrys_"
    else:
        sec, kind, pre = "sntryu_" + rs(rng, HEX, 64), "sentry-user-auth-token", "sntryu_"
    env = "SENTRY_AUTH_TOKEN"
    cmds = rng.choice([
        [["sentry-cli", "--auth-token", MARK, "releases", "new", "-p", proj, v]],
        [["sentry-cli", "sourcemaps", "upload", "--auth-token", MARK, "--org", org, "--project", proj, "./dist"]],
        [["curl", "-sS", "-H", "Authorization: Bearer " + MARK, "https://sentry.io/api/0/organizations/%s/releases/" % org]],
    ])
    return C("Sentry", kind, sec, env, cmds, pre)


def mk_codecov(rng, neg):
    sec = uuid4(rng)
    cmds = rng.choice([
        [["codecov", "-t", MARK, "-f", "coverage.xml"]],
        [["./codecov", "upload-process", "-t", MARK, "-f", "coverage/lcov.info"]],
        [["codecovcli", "upload-process", "--token", MARK, "--flag", "unit"]],
    ])
    return C("Codecov", "codecov-upload-token", sec, "CODECOV_TOKEN", cmds, "")


def mk_cloudflare(rng, neg):
    zone = rs(rng, HEX, 32)
    k = rng.random()
    purge = ["curl", "-X", "POST", "https://api.cloudflare.com/client/v4/zones/%s/purge_cache" % zone]
    if k < 0.45:
        body = rs(rng, ALNUM, 40)
        pre = rng.choice(["cfut_", "cfat_"])
        sec = pre + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)
        kind, env = "cloudflare-api-token", "CLOUDFLARE_API_TOKEN"
    elif k < 0.8:
        sec, kind, pre, env = rs(rng, B64URL, 40), "cloudflare-api-token-legacy", "", rng.choice(["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"])
    else:
        sec, kind, pre, env = rs(rng, HEX, 37), "cloudflare-global-api-key", "", rng.choice(["CLOUDFLARE_API_KEY", "CF_API_KEY"])
    if kind == "cloudflare-global-api-key":
        cmds = [purge + ["-H", "X-Auth-Email: ops@%s.com" % rng.choice(COS), "-H", "X-Auth-Key: " + MARK,
                         "-H", "Content-Type: application/json", "--data", '{"purge_everything":true}']]
    else:
        cmds = [purge + ["-H", "Authorization: Bearer " + MARK, "-H", "Content-Type: application/json",
                         "--data", '{"purge_everything":true}']]
    return C("Cloudflare", kind, sec, env, cmds, pre)


def mk_heroku(rng, neg):
    app = rng.choice(REPOS) + rng.choice(["-prod", "-staging", ""])
    if rng.random() < 0.55:
        sec, kind, pre = "HRKU-AA" + rs(rng, B64URL, 58), "heroku-api-key", "HRKU-"
    else:
        sec, kind, pre = uuid4(rng), "heroku-api-key-legacy", ""
    cmds = rng.choice([
        [["git", "push", "https://heroku:%s@git.heroku.com/%s.git" % (MARK, app), "HEAD:main"]],
        [["curl", "-X", "DELETE", "https://api.heroku.com/apps/%s/dynos" % app, "-H",
          "Accept: application/vnd.heroku+json; version=3", "-H", "Authorization: Bearer " + MARK]],
        [["docker", "login", "--username=_", "--password=" + MARK, "registry.heroku.com"],
         ["docker", "push", "registry.heroku.com/%s/web" % app]],
    ])
    return C("Heroku", kind, sec, "HEROKU_API_KEY", cmds, pre)


def mk_vercel(rng, neg):
    if rng.random() < 0.5:
        sec, kind, pre = "vcp_" + rs(rng, ALNUM, 56), "vercel-access-token", "vcp_"
    else:
        sec, kind, pre = rs(rng, ALNUM, 24), "vercel-access-token-legacy", ""
    cmds = rng.choice([
        [["vercel", "deploy", "--prod", "--yes", "--token", MARK]],
        [["npx", "vercel", "pull", "--yes", "--environment=production", "--token=" + MARK],
         ["npx", "vercel", "build", "--prod"]],
        [["curl", "-s", "-H", "Authorization: Bearer " + MARK, "https://api.vercel.com/v6/deployments?limit=5"]],
    ])
    return C("Vercel", kind, sec, rng.choice(["VERCEL_TOKEN", "VERCEL_ACCESS_TOKEN"]), cmds, pre)


def mk_netlify(rng, neg):
    site = uuid4(rng) if not neg else rng.choice(REPOS) + ".netlify.app"
    if rng.random() < 0.6:
        sec, kind, pre = "nfp_" + rs(rng, ALNUM, 36), "netlify-pat", "nfp_"
    else:
        sec, kind, pre = rs(rng, B64URL, 43), "netlify-pat-legacy", ""
    cmds = rng.choice([
        [["netlify", "deploy", "--prod", "--dir", "dist", "--auth", MARK, "--site", site]],
        [["npx", "netlify-cli", "deploy", "--dir=public", "--auth=" + MARK, "--site=" + site]],
        [["curl", "-H", "Authorization: Bearer " + MARK, "https://api.netlify.com/api/v1/sites/%s/deploys" % site]],
    ])
    return C("Netlify", kind, sec, rng.choice(["NETLIFY_AUTH_TOKEN", "NETLIFY_TOKEN"]), cmds, pre)


def mk_password(rng, neg):
    user, host, app, co = rng.choice(USERS), rng.choice(HOSTS), rng.choice(REPOS), rng.choice(COS)
    sec = human_password(rng)
    k = rng.randrange(6)
    if k == 0:
        prov, env, cmds = "SSH", "SSHPASS", [["sshpass", "-p", MARK, "rsync", "-avz", "--delete", "dist/", "%s@%s:/var/www/%s/" % (user, host, app)]]
    elif k == 1:
        prov, env, cmds = "SSH", "DEPLOY_PASSWORD", [["sshpass", "-p", MARK, "scp", "-o", "StrictHostKeyChecking=no", "build/%s.tar.gz" % app, "%s@%s:/opt/releases/" % (user, host)]]
    elif k == 2:
        prov, env, cmds = "FTP", "FTP_PASSWORD", [["curl", "--ftp-create-dirs", "-u", "%s:%s" % (user, MARK), "-T", "build/%s.zip" % app, "ftp://%s/uploads/" % host]]
    elif k == 3:
        prov, env, cmds = "FTP", "FTP_PASS", [["lftp", "-u", "%s,%s" % (user, MARK), "sftp://%s" % host, "-e", "mirror -R dist /srv/www/%s; bye" % app]]
    elif k == 4:
        prov, env, cmds = "Harbor", "HARBOR_PASSWORD", [["helm", "registry", "login", "harbor.%s.io" % co, "--username", user, "--password", MARK],
                                                      ["helm", "push", "charts/%s-%s.tgz" % (app, ver(rng)), "oci://harbor.%s.io/charts" % co]]
    else:
        prov, env, cmds = "private registry", "REGISTRY_PASSWORD", [["docker", "login", "-u", user, "-p", MARK, "registry.%s.internal:5000" % co]]
    return C(prov, "password", sec, env, cmds, "", "password")


MAKERS = [(mk_github, 13), (mk_gitlab, 9), (mk_npm, 8), (mk_pypi, 7), (mk_dockerhub, 8), (mk_artifactory, 6),
          (mk_sonatype, 5), (mk_slack, 7), (mk_aws, 8), (mk_sentry, 5), (mk_codecov, 4), (mk_cloudflare, 5),
          (mk_heroku, 4), (mk_vercel, 4), (mk_netlify, 4), (mk_password, 9)]


def pick_maker(rng):
    tot = sum(w for _, w in MAKERS)
    x = rng.random() * tot
    for m, w in MAKERS:
        x -= w
        if x < 0:
            return m
    return MAKERS[-1][0]


# ----------------------------------------------------------------------------- naming styles
def camel(n):
    parts = [p for p in n.lower().replace("-", "_").split("_") if p]
    return parts[0] + "".join(p.capitalize() for p in parts[1:]) if parts else "x"


def snake(n):
    return n.lower().replace("-", "_").strip("_") or "x"


def kebab(n):
    return n.lower().replace("_", "-").strip("-") or "x"


def dotted(n):
    return n.lower().replace("_", ".").strip(".") or "x"


NAME_STYLE = {"make": str.upper, "task": str.upper, "docker": str.upper, "earthly": str.upper,
              "gha": str.upper, "gitlab": str.upper, "jenkins": str.upper, "sh": str.upper, "bat": str.upper,
              "procfile": str.upper, "tox": str.upper, "jenkins2": str.upper, "cmake": str.upper, "bazel": str.upper,
              "rake": str.upper, "nox": str.upper, "gradle": camel, "kts": camel, "gulp": camel, "ps1": camel,
              "meson": snake, "just": snake, "npm": snake, "maven": dotted}

SHELLISH = {"jenkins2", "make", "just", "task", "npm", "docker", "earthly", "gha", "gitlab", "jenkins", "sh", "bat",
            "procfile", "tox", "cmake", "ps1"}

SAFE = set(ALNUM + "-_./:=,+@")
SAFE_BARE = SAFE | set("*")


def yaml_item(s):
    """Render a string as a YAML plain scalar when safe, else single-quoted."""
    if (": " in s or " #" in s or s[:1] in "{[\"'*&!%@`|>?-#" or s.endswith(":")):
        return "'" + s.replace("'", "''") + "'"
    return s


def json_str(s):
    return json.dumps(s)


class Slot:
    """One credential slot in one file: how the value is named, assigned and referenced."""

    def __init__(self, rng, cred, lang, value, style):
        self.rng, self.cred, self.lang, self.style = rng, cred, lang, style
        self.value = value                     # ('lit', text) | ('expr', code) | ('env', None)
        base = cred["env"] if style in ("named", "envref") else rng.choice(cred["neutral"])
        self.raw = base
        self.name = NAME_STYLE.get(lang, str.upper)(base)
        if lang == "just" and rng.random() < 0.5:
            self.name = kebab(base)
        self.dq = rng.random() < 0.6           # prefer double quotes for vars in shell args

    # ---- the text that stands for the secret inside commands
    def ref(self):
        """('lit', secret-or-decoy) for inline, else ('expr', language reference)."""
        if self.style == "inline":
            return self.value if self.value[0] == "lit" else ("expr", self.value[1])
        n, L = self.name, self.lang
        if self.style == "envref":      # nothing assigned here; read from the CI/runtime env
            return ("expr", ENVREF[L](self.cred["env"]))
        table = {"make": "$(%s)", "just": "{{%s}}", "task": "{{.%s}}", "npm": "$npm_package_config_%s",
                 "docker": "${%s}", "earthly": "$%s", "gha": "${{ env.%s }}", "gitlab": "$%s", "jenkins": "$%s",
                 "sh": "${%s}", "bat": "%%%s%%", "procfile": "$%s", "tox": "{env:%s}", "cmake": "${%s}",
                 "ps1": "$%s", "maven": "${%s}", "jenkins2": "$%s"}
        if L == "gha" and self.rng.random() < 0.5:
            return ("expr", "$" + n)
        if L == "sh" and self.rng.random() < 0.5:
            return ("expr", "$" + n)
        if L in table:
            return ("expr", table[L] % n)
        return ("expr", n)

    # ---- assignment line(s) for named/neutral styles
    def assign(self, form=0):
        if self.style in ("inline", "envref"):
            return []
        kind, v = self.value
        n, L = self.name, self.lang
        lit = kind == "lit"
        if L == "make":
            op = [":=", "?=", "=", "export"][form % 4]
            return ["export %s = %s" % (n, v)] if op == "export" else ["%s %s %s" % (n, op, v)]
        if L == "just":
            val = json_str(v) if lit else v
            return ["%s := %s" % (n, val)]
        if L in ("task", "gha"):
            if lit:
                val = v if (v and all(c in SAFE for c in v) and not v[0] in "-@") else json_str(v)
            else:
                val = v if L == "task" else json_str(v)
            return ["%s: %s" % (n, val)]
        if L == "gitlab":
            return ["%s: %s" % (n, json_str(v))]
        if L == "npm":
            return ['"%s": %s' % (n, json_str(v))]
        if L in ("docker", "earthly"):
            kw = "ARG" if (L == "earthly" or form % 2 == 0) else "ENV"
            if not lit and v == "":
                return ["%s %s" % (kw, n)]
            return ["%s %s=%s" % (kw, n, v if all(c in SAFE for c in v) else json_str(v))]
        if L == "jenkins":
            return ["%s = %s" % (n, ("'%s'" % v) if lit else v)]
        if L == "jenkins2":
            return ["def %s = %s" % (n, ("'%s'" % v) if lit else v)]
        if L == "ps1":
            if form % 2 and lit:
                self.name = "env:" + self.cred["env"] if self.style == "named" else self.name
                return ["$%s = '%s'" % (self.name, v)]
            return ["$%s = %s" % (n, ("'%s'" % v) if lit else v)]
        if L == "sh":
            if lit:
                q = "'%s'" % v if form % 3 == 0 else ('"%s"' % v if form % 3 == 1 else (v if all(c in SAFE for c in v) and v else '"%s"' % v))
            else:
                q = v
            return [["", "export ", "readonly "][form % 3] + "%s=%s" % (n, q)]
        if L == "bat":
            return ['set "%s=%s"' % (n, v)] if form % 2 else ["set %s=%s" % (n, v)]
        if L == "tox":
            return ["    %s = %s" % (n, v)]
        if L == "cmake":
            return ['set(%s "%s")' % (n, v) if lit else "set(%s %s)" % (n, v)]
        if L == "maven":
            return ["<%s>%s</%s>" % (n, v, n)]
        if L == "gradle":
            return ['def %s = "%s"' % (n, v) if lit else "def %s = %s" % (n, v)]
        if L == "kts":
            return ['val %s = "%s"' % (n, v) if lit else "val %s = %s" % (n, v)]
        if L == "gulp":
            return ["const %s = '%s';" % (n, v) if lit else "const %s = %s;" % (n, v)]
        if L == "rake":
            if lit and form % 2 and v:
                self.name = snake(self.raw)
                return ["%s = ENV.fetch('%s', '%s')" % (self.name, self.cred["env"], v)]
            return ["%s = '%s'" % (n, v) if lit else "%s = %s" % (n, v)]
        if L in ("nox", "bazel"):
            return ['%s = "%s"' % (n, v) if lit else "%s = %s" % (n, v)]
        if L == "meson":
            return ["%s = '%s'" % (n, v) if lit else "%s = %s" % (n, v)]
        if L == "procfile":
            return ["%s=%s" % (n, v)]
        raise ValueError(L)

    # ---- commands as shell text
    def shell(self, quote="auto"):
        kind, text = self.ref()
        out = []
        for argv in self.cred["cmds"]:
            parts = []
            for a in argv:
                if MARK in a:
                    s = a.replace(MARK, text)
                    parts.append(self._q(s, kind == "expr", True))
                else:
                    parts.append(self._q(a, False, False))
            out.append(" ".join(parts))
        return out

    def _q(self, s, has_var, has_secret):
        L = self.lang
        if has_var and L in ("make", "just", "task", "gha", "tox", "bat", "procfile") and " " not in s and '"' not in s:
            return s if not self.dq else '"%s"' % s
        if s and all(c in (SAFE if has_secret else SAFE_BARE) for c in s) and not has_var:
            return s
        if L in ("bat", "cmake"):
            return '"' + s.replace('"', '\\"') + '"'
        if has_var or "'" in s:
            return '"' + s.replace('"', '\\"') + '"'
        if has_secret and self.dq and '"' not in s:
            return '"%s"' % s
        return "'%s'" % s

    # ---- commands as argument lists in an expression language
    def args(self):
        kind, text = self.ref()
        res = []
        for argv in self.cred["cmds"]:
            res.append([self._arg(a, kind, text) for a in argv])
        return res

    def _arg(self, a, kind, text):
        L = self.lang
        if MARK not in a:
            return self._strlit(a)
        if kind == "lit":
            return self._strlit(a.replace(MARK, text))
        if a == MARK:
            return text
        pre, post = a.split(MARK, 1)
        if L in ("gradle", "kts"):
            return '"%s${%s}%s"' % (pre, text, post)
        if L == "gulp":
            return "`%s${%s}%s`" % (pre, text, post)
        if L == "rake":
            return '"%s#{%s}%s"' % (pre, text, post)
        if L == "nox":
            t = text.replace('"', "'")
            return 'f"%s{%s}%s"' % (pre.replace("{", "{{").replace("}", "}}"), t, post.replace("{", "{{").replace("}", "}}"))
        if L == "maven":
            return a.replace(MARK, text)
        parts = []
        if pre:
            parts.append(self._strlit(pre))
        parts.append(text)
        if post:
            parts.append(self._strlit(post))
        return " + ".join(parts)

    def _strlit(self, s):
        L = self.lang
        if L == "maven":
            return s.replace("&", "&amp;").replace("<", "&lt;")
        if L in ("meson", "gulp") or (L == "rake" and '"' in s) or (L == "gradle" and "$" not in s and '"' in s):
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"
        if L in ("gradle", "kts"):
            return json_str(s).replace("$", "\\$")
        return json_str(s)


# how each language reads a value from the environment / CI settings (used by negatives)
ENVREF = {
    "make": lambda e: "$(%s)" % e, "just": lambda e: "$%s" % e, "task": lambda e: "{{.%s}}" % e,
    "npm": lambda e: "$%s" % e, "docker": lambda e: "$%s" % e, "earthly": lambda e: "$%s" % e,
    "gha": lambda e: "${{ secrets.%s }}" % e, "gitlab": lambda e: "$%s" % e, "jenkins": lambda e: "$%s" % e,
    "sh": lambda e: "${%s:?not set}" % e, "bat": lambda e: "%%%s%%" % e, "procfile": lambda e: "$%s" % e,
    "tox": lambda e: "{env:%s}" % e, "cmake": lambda e: "$ENV{%s}" % e, "ps1": lambda e: "$env:%s" % e,
    "maven": lambda e: "${env.%s}" % e, "jenkins2": lambda e: "${env.%s}" % e, "gradle": lambda e: 'System.getenv("%s")' % e,
    "kts": lambda e: 'System.getenv("%s")' % e, "gulp": lambda e: "process.env.%s" % e,
    "rake": lambda e: "ENV.fetch('%s')" % e, "nox": lambda e: 'os.environ["%s"]' % e,
    "meson": lambda e: "get_option('%s')" % snake(e), "bazel": lambda e: '"$(%s)"' % e,
}


# ----------------------------------------------------------------------------- decoys (negatives)
HELPER_SH = ["$(gh auth token)", "$(vault kv get -field=token secret/ci/%s)", "$(cat /run/secrets/%s)",
             "$(op read op://CI/%s/credential)", "$(pass show ci/%s)",
             "$(aws secretsmanager get-secret-value --secret-id ci/%s --query SecretString --output text)"]


def helper_expr(rng, lang, env):
    key = kebab(env)
    if lang in ("sh", "docker", "earthly", "gitlab", "jenkins_sh", "task_sh"):
        h = rng.choice(HELPER_SH)
        return h % key if "%s" in h else h
    if lang == "make":
        h = rng.choice(HELPER_SH)
        h = h % key if "%s" in h else h
        return "$(shell " + h[2:-1] + ")"
    if lang == "ps1":
        return rng.choice(["(Get-Secret -Name %s -AsPlainText)" % env,
                           "[Environment]::GetEnvironmentVariable('%s')" % env])
    if lang == "jenkins":
        return "credentials('%s')" % key
    if lang == "just":
        return "`gh auth token`" if rng.random() < 0.4 else "env_var('%s')" % env
    if lang == "task":
        return "{sh: 'cat ~/.config/ci/%s'}" % key
    if lang == "gradle":
        return rng.choice(['providers.environmentVariable("%s").get()' % env, 'project.findProperty("%s") ?: ""' % camel(env)])
    if lang == "kts":
        return rng.choice(['providers.gradleProperty("%s").get()' % camel(env), 'System.getenv("%s") ?: ""' % env])
    if lang == "gulp":
        return "process.env.%s || ''" % env
    if lang == "rake":
        return rng.choice(["ENV['%s']" % env, "`gh auth token`.strip"])
    if lang == "nox":
        return 'os.environ.get("%s", "")' % env
    if lang == "maven":
        return "${env.%s}" % env
    if lang == "cmake":
        return "$ENV{%s}" % env
    if lang == "gha":
        return "${{ secrets.%s }}" % env
    return None


def placeholder(rng, cred):
    env, pre, what = cred["env"], cred["prefix"], cred["what"]
    slug = what.replace(" ", "-")
    if cred["provider"] == "Slack":
        return rng.choice(["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<slack-webhook-url>",
                           "https://hooks.slack.com/services/YOUR/WEBHOOK/PATH"]), "placeholder"
    opts = ["<%s>" % env, "your-%s-here" % slug, "REPLACE_ME", "CHANGE_ME", "TODO", "<%s>" % slug, "dummy",
            "{{ %s }}" % snake(env), "xxxxxxxxxxxxxxxx", "__%s__" % env]
    if pre and pre.endswith(("_", "-")):
        opts += [pre + "x" * 36, pre + "X" * 20, pre + "<redacted>", pre + "..."]
    return rng.choice(opts), "placeholder"


def masked(rng, cred):
    pre = cred["prefix"]
    if cred["provider"] == "Slack":
        return "https://hooks.slack.com/services/****/****/****", "masked"
    opts = ["****", "********", "[MASKED]", "<redacted>", "REDACTED", "***redacted***"]
    if pre and pre.endswith(("_", "-")):
        opts.append(pre + "*" * rng.choice([8, 12, 20]))
    return rng.choice(opts), "masked"


def doc_example(rng, cred):
    p = cred["provider"]
    if p == "AWS":
        return "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "documentation-example"
    if p == "Slack":
        return "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "documentation-example"
    return None, None


class Ctx:
    def __init__(self, rng, cred, neg):
        self.rng, self.cred, self.neg = rng, cred, neg
        self.obvious = rng.random() < 0.5
        self.kind = cred["kind"]
        self.dmode = None
        if neg:
            x = rng.random()
            if cred["provider"] in ("AWS", "Slack") and x < 0.25:
                self.dmode = "doc"
            elif x < 0.42:
                self.dmode = "envref"
            elif x < 0.58:
                self.dmode = "helper"
            elif x < 0.8:
                self.dmode = "placeholder"
            elif x < 0.93:
                self.dmode = "masked"
            else:
                self.dmode = "empty"
        self.slots = []

    def slot(self, lang, styles=("named", "neutral", "inline")):
        rng, cred = self.rng, self.cred
        if not self.neg:
            if self.obvious and "named" in styles:
                st = "named"
            else:
                hidden = [s for s in styles if s != "named"] or list(styles)
                st = rng.choice(hidden)
            s = Slot(rng, cred, lang, ("lit", cred["secret"]), st)
            self.slots.append(s)
            return s
        mode = self.dmode
        assign_styles = [x for x in styles if x != "inline"] or ["inline"]
        if mode == "helper":
            h = helper_expr(rng, lang, cred["env"])
            if lang in ("docker", "earthly") and rng.random() < 0.5 and assign_styles != ["inline"]:
                h = ""
            if h is None:
                mode = "envref"
            else:
                st = rng.choice(styles) if h else rng.choice(assign_styles)
                if lang == "sh" and st != "inline":
                    h = '"%s"' % h
                self.kind = ("credential-helper" if lang != "gha" else "ci-secret-reference") if h else "build-arg-without-default"
                s = Slot(rng, cred, lang, ("expr", h), st)
                self.slots.append(s)
                return s
        if mode == "envref":
            self.kind = "ci-secret-reference"
            s = Slot(rng, cred, lang, ("lit", ""), "envref")
            self.slots.append(s)
            return s
        if mode == "doc":
            v, k = doc_example(rng, cred)
        elif mode == "masked":
            v, k = masked(rng, cred)
        elif mode == "empty":
            v, k = "", "empty-value"
            styles = assign_styles
        else:
            v, k = placeholder(rng, cred)
        self.kind = k
        s = Slot(rng, cred, lang, ("lit", v), rng.choice(styles))
        self.slots.append(s)
        return s


# ----------------------------------------------------------------------------- slot templates
def tabbed(cmds, prefix="\t"):
    return [prefix + c for c in cmds]


def T_make_c(rng, ctx):
    s = ctx.slot("make")
    app = rng.choice(REPOS).replace("-", "")
    L = ["# Makefile for %s" % app, "CC      ?= gcc", "CFLAGS  ?= -O2 -Wall -Wextra -std=c11",
         "PREFIX  ?= /usr/local", "VERSION := %s" % ver(rng), "SRC     := $(wildcard src/*.c)",
         "OBJ     := $(SRC:.c=.o)", ""]
    L += s.assign(rng.randrange(4))
    L += ["", ".PHONY: all clean install dist publish", "", "all: %s" % app, "", "%s: $(OBJ)" % app,
          "\t$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS)", "", "%.o: %.c", "\t$(CC) $(CFLAGS) -c -o $@ $<", "",
          "dist: all", "\ttar czf build/%s-$(VERSION).tar.gz %s README.md LICENSE" % (app, app), "",
          "publish: dist"]
    L += tabbed(s.shell())
    L += ["", "install: all", "\tinstall -Dm755 %s $(DESTDIR)$(PREFIX)/bin/%s" % (app, app), "",
          "clean:", "\trm -f $(OBJ) %s build/*.tar.gz" % app]
    return rng.choice(["Makefile", "Makefile", "mk/release.mk"]), "Makefile", L


def T_make_go(rng, ctx):
    s = ctx.slot("make")
    org, repo = rng.choice(ORGS), rng.choice(REPOS)
    L = ["SHELL := /bin/bash", "BINARY := %s" % repo, "PKG := github.com/%s/%s" % (org, repo),
         "GIT_SHA := $(shell git rev-parse --short HEAD)",
         "LDFLAGS := -s -w -X $(PKG)/internal/version.Commit=$(GIT_SHA)", ""]
    if rng.random() < 0.5:
        L += ["# release credentials"] + s.assign(rng.randrange(4)) + [""]
        tail = []
    else:
        tail = [""] + s.assign(rng.randrange(4))
    L += [".PHONY: build test lint release docker", "", "build:",
          "\tgo build -ldflags \"$(LDFLAGS)\" -o bin/$(BINARY) ./cmd/$(BINARY)", "", "test:",
          "\tgo test -race -count=1 ./...", "", "lint:", "\tgolangci-lint run --timeout 5m", "",
          "release: build test"]
    L += tabbed(s.shell())
    L += ["\t@echo \"released $(BINARY) $(GIT_SHA)\""] + tail
    return rng.choice(["Makefile", "build/Makefile"]), "Makefile", L


def T_make_docs(rng, ctx):
    s = ctx.slot("make")
    L = ["# Minimal makefile for Sphinx documentation", "#", "", "SPHINXOPTS    ?=",
         "SPHINXBUILD   ?= sphinx-build", "SOURCEDIR     = source", "BUILDDIR      = _build"]
    L += s.assign(rng.randrange(4))
    L += ["", "help:", "\t@$(SPHINXBUILD) -M help \"$(SOURCEDIR)\" \"$(BUILDDIR)\" $(SPHINXOPTS) $(O)", "",
          ".PHONY: help Makefile upload", "", "upload: html"]
    L += tabbed(["@" + c if i == 0 and rng.random() < 0.4 else c for i, c in enumerate(s.shell())])
    L += ["", "%: Makefile", "\t@$(SPHINXBUILD) -M $@ \"$(SOURCEDIR)\" \"$(BUILDDIR)\" $(SPHINXOPTS) $(O)"]
    return "docs/Makefile", "Makefile", L


def T_just_rust(rng, ctx):
    s = ctx.slot("just")
    L = ["# https://just.systems", "", "set dotenv-load := false", "set shell := [\"bash\", \"-uc\"]", "",
         "version := `cargo metadata --no-deps --format-version 1 | jq -r '.packages[0].version'`"]
    L += s.assign()
    L += ["", "default:", "    @just --list", "", "test:", "    cargo test --all-features", "",
          "lint:", "    cargo clippy -- -D warnings", "", "# tag and ship v{{version}}", "release: test lint",
          "    git tag -a v{{version}} -m 'v{{version}}'"]
    L += ["    " + c for c in s.shell()]
    return "justfile", "justfile", L


def T_just_py(rng, ctx):
    s = ctx.slot("just")
    L = ["python := \"python3\""] + s.assign() + ["", "bootstrap:", "    {{python}} -m venv .venv",
         "    .venv/bin/pip install -e '.[dev]'", "", "build:", "    rm -rf dist", "    {{python}} -m build",
         "", "publish: build"]
    L += ["    " + c for c in s.shell()]
    L += ["", "clean:", "    rm -rf dist build *.egg-info .pytest_cache"]
    return rng.choice(["justfile", ".justfile", "Justfile"]), "justfile", L


def T_task_vars(rng, ctx):
    s = ctx.slot("task")
    L = ["# https://taskfile.dev", "version: '3'", "", "vars:", "  APP: %s" % rng.choice(REPOS),
         "  VERSION:", "    sh: git describe --tags --always"]
    L += ["  " + a for a in s.assign()]
    L += ["", "tasks:", "  build:", "    desc: Build the binary", "    cmds:",
          "      - go build -o dist/{{.APP}} ./cmd/{{.APP}}", "    sources:", "      - ./**/*.go",
          "    generates:", "      - dist/{{.APP}}", "", "  release:", "    desc: Publish the release",
          "    deps: [build]", "    cmds:"]
    L += ["      - " + yaml_item(c) for c in s.shell()]
    return "Taskfile.yml", "Taskfile.yml", L


def T_task_env(rng, ctx):
    s = ctx.slot("task", ("named", "neutral", "inline"))
    # env: block uses shell refs
    if s.style in ("named", "neutral"):
        s.lang = "sh"
        cmds = s.shell()
        s.lang = "task"
        env = ["    env:"] + ["      " + a for a in s.assign()]
    else:
        cmds, env = s.shell(), []
    L = ["version: '3'", "", "dotenv: ['.env.local']", "", "tasks:", "  default:", "    cmds:",
         "      - task --list", "", "  deploy:", "    desc: Ship dist/ to production", "    dir: '{{.ROOT_DIR}}'"]
    L += env + ["    cmds:", "      - npm run build"] + ["      - " + yaml_item(c) for c in cmds]
    L += ["", "  lint:", "    cmds:", "      - npx eslint . --max-warnings 0"]
    return rng.choice(["Taskfile.yml", "Taskfile.yaml", "taskfile.yml"]), "Taskfile.yml", L


def T_npm_scripts(rng, ctx):
    s = ctx.slot("npm")
    name = rng.choice(["@%s/%s" % (rng.choice(ORGS), rng.choice(REPOS)), rng.choice(REPOS)])
    cmds = " && ".join(s.shell())
    lines = ["{", '  "name": %s,' % json_str(name), '  "version": "%s",' % ver(rng), '  "private": true,',
             '  "scripts": {', '    "build": "tsc -p tsconfig.build.json",', '    "test": "vitest run",',
             '    "lint": "eslint . --ext .ts",', '    "release": %s' % json_str("npm run build && " + cmds), "  },"]
    a = s.assign()
    if a:
        lines += ['  "config": {', '    "registry": "https://registry.npmjs.org/",', "    " + a[0], "  },"]
    lines += ['  "devDependencies": {', '    "eslint": "^8.57.0",', '    "typescript": "^5.4.5",',
              '    "vitest": "^1.6.0"', "  }", "}"]
    return "package.json", "package.json", lines


def T_npm_deploy(rng, ctx):
    s = ctx.slot("npm", ("named", "inline"))
    cmds = s.shell()
    lines = ["{", '  "name": "%s",' % rng.choice(REPOS), '  "version": "%s",' % ver(rng),
             '  "type": "module",', '  "scripts": {', '    "dev": "vite",', '    "build": "vite build",',
             '    "preview": "vite preview",']
    for i, c in enumerate(cmds):
        lines.append('    "deploy%s": %s%s' % ("" if i == 0 else ":%d" % i, json_str(c), "," if i < len(cmds) - 1 else ""))
    lines += ["  },"]
    a = s.assign()
    if a:
        lines += ['  "config": {', "    " + a[0], "  },"]
    lines += ['  "dependencies": {', '    "vue": "^3.4.27"', "  },", '  "devDependencies": {',
              '    "vite": "^5.2.11"', "  }", "}"]
    return rng.choice(["package.json", "web/package.json", "packages/site/package.json"]), "package.json", lines


def T_rake_gem(rng, ctx):
    s = ctx.slot("rake")
    gem = rng.choice(REPOS).replace("-", "_")
    L = ["# frozen_string_literal: true", "", "require 'bundler/gem_tasks'", "require 'rspec/core/rake_task'", ""]
    L += s.assign(rng.randrange(2))
    L += ["", "RSpec::Core::RakeTask.new(:spec)", "", "task default: :spec", "",
          "namespace :release do", "  desc 'Upload docs and notify'", "  task :docs => :build do",
          "    sh 'bundle exec yard doc'"]
    for args in s.args():
        L.append("    sh " + ", ".join(args))
    L += ["  end", "end", "", "desc 'Print the gem version'", "task :version do",
          "  puts %s::VERSION" % "".join(p.capitalize() for p in gem.split("_")), "end"]
    return "Rakefile", "Rakefile", L


def T_rake_deploy(rng, ctx):
    s = ctx.slot("rake")
    L = ["require 'rake'", "require 'fileutils'", "", "BUILD_DIR = 'public'"]
    L += s.assign(rng.randrange(2))
    L += ["", "task :clean do", "  FileUtils.rm_rf(BUILD_DIR)", "end", "", "task :build => :clean do",
          "  sh 'bundle exec jekyll build -d public'", "end", "", "desc 'Deploy the generated site'",
          "task :deploy => :build do"]
    for args in s.args():
        L.append("  sh(%s)" % ", ".join(args))
    L += ["  puts 'done'", "end"]
    return rng.choice(["Rakefile", "rakelib/deploy.rake"]), "Rakefile", L


def T_grunt(rng, ctx):
    s = ctx.slot("gulp")
    cmds = s.args()
    L = ["module.exports = function (grunt) {", "  'use strict';", ""]
    L += ["  " + a for a in s.assign()]
    L += ["", "  grunt.initConfig({", "    pkg: grunt.file.readJSON('package.json'),", "    clean: ['dist'],",
          "    uglify: {", "      build: { src: 'src/<%= pkg.name %>.js', dest: 'dist/<%= pkg.name %>.min.js' }",
          "    },", "    run: {"]
    for i, args in enumerate(cmds):
        L += ["      step%d: {" % i, "        cmd: %s," % args[0], "        args: [%s]" % ", ".join(args[1:]), "      },"]
    L += ["    }", "  });", "", "  grunt.loadNpmTasks('grunt-contrib-clean');",
          "  grunt.loadNpmTasks('grunt-contrib-uglify');", "  grunt.loadNpmTasks('grunt-run');", "",
          "  grunt.registerTask('default', ['clean', 'uglify']);",
          "  grunt.registerTask('publish', ['default'%s]);" % "".join(", 'run:step%d'" % i for i in range(len(cmds))),
          "};"]
    return "Gruntfile.js", "Gruntfile.js", L


def T_gulp(rng, ctx):
    s = ctx.slot("gulp")
    L = ["const { src, dest, series } = require('gulp');", "const { execFileSync } = require('child_process');",
         "const sass = require('gulp-sass')(require('sass'));", ""]
    L += s.assign()
    L += ["", "function styles() {", "  return src('scss/**/*.scss').pipe(sass()).pipe(dest('dist/css'));", "}",
          "", "function publish(cb) {"]
    for args in s.args():
        L.append("  execFileSync(%s, [%s], { stdio: 'inherit' });" % (args[0], ", ".join(args[1:])))
    L += ["  cb();", "}", "", "exports.styles = styles;", "exports.publish = series(styles, publish);",
          "exports.default = styles;"]
    return rng.choice(["gulpfile.js", "gulpfile.cjs"]), "gulpfile.js", L


def T_gradle(rng, ctx):
    s = ctx.slot("gradle")
    grp = "com.%s" % rng.choice(COS)
    L = ["plugins {", "    id 'java-library'", "    id 'maven-publish'", "}", "", "group = '%s'" % grp,
         "version = '%s'" % ver(rng), "", "repositories {", "    mavenCentral()", "}", "",
         "dependencies {", "    implementation 'com.google.guava:guava:33.2.0-jre'",
         "    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'", "}", ""]
    L += s.assign()
    L += ["", "tasks.register('uploadDist') {", "    group = 'publishing'", "    dependsOn 'distZip'", "    doLast {"]
    for args in s.args():
        L += ["        exec {", "            commandLine %s" % ", ".join(args), "        }"]
    L += ["    }", "}", "", "test {", "    useJUnitPlatform()", "}"]
    return rng.choice(["build.gradle", "app/build.gradle"]), "build.gradle", L


def T_gradle_exec(rng, ctx):
    s = ctx.slot("gradle")
    cmds = s.args()
    L = ["apply plugin: 'base'", ""]
    a = s.assign()
    if a and rng.random() < 0.5:
        L += ["ext {", "    " + a[0].replace("def ", ""), "}", ""]
    else:
        L += a + [""]
    for i, args in enumerate(cmds):
        L += ["task step%d(type: Exec%s) {" % (i, "" if i == 0 else ", dependsOn: 'step%d'" % (i - 1)),
              "    workingDir projectDir", "    commandLine %s" % ", ".join(args), "}", ""]
    L += ["task release {", "    dependsOn 'step%d'" % (len(cmds) - 1), "    description = 'Publishes the build output'", "}"]
    return rng.choice(["release.gradle", "gradle/release.gradle", "build.gradle"]), "build.gradle", L


def T_kts(rng, ctx):
    s = ctx.slot("kts")
    L = ["import org.gradle.api.tasks.Exec", "", "plugins {", "    kotlin(\"jvm\") version \"1.9.24\"",
         "    application", "}", "", "group = \"io.%s\"" % rng.choice(COS), "version = \"%s\"" % ver(rng), "",
         "repositories { mavenCentral() }", "", "application {", "    mainClass.set(\"io.app.MainKt\")", "}", ""]
    L += s.assign()
    L += ["", "tasks.register(\"ship\") {", "    dependsOn(\"installDist\")", "    doLast {"]
    for args in s.args():
        L += ["        project.exec {", "            commandLine(%s)" % ", ".join(args), "        }"]
    L += ["    }", "}"]
    return rng.choice(["build.gradle.kts", "app/build.gradle.kts"]), "build.gradle.kts", L


def T_pom(rng, ctx):
    s = ctx.slot("maven")
    co, art = rng.choice(COS), rng.choice(REPOS)
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
         '         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">',
         "  <modelVersion>4.0.0</modelVersion>", "  <groupId>com.%s</groupId>" % co,
         "  <artifactId>%s</artifactId>" % art, "  <version>%s</version>" % ver(rng), "", "  <properties>",
         "    <maven.compiler.release>17</maven.compiler.release>",
         "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>"]
    L += ["    " + a for a in s.assign()]
    L += ["  </properties>", "", "  <build>", "    <plugins>", "      <plugin>",
          "        <groupId>org.codehaus.mojo</groupId>", "        <artifactId>exec-maven-plugin</artifactId>",
          "        <version>3.2.0</version>", "        <executions>"]
    for i, args in enumerate(s.args()):
        L += ["          <execution>", "            <id>post-deploy-%d</id>" % i, "            <phase>deploy</phase>",
              "            <goals><goal>exec</goal></goals>", "            <configuration>",
              "              <executable>%s</executable>" % args[0], "              <arguments>"]
        L += ["                <argument>%s</argument>" % a for a in args[1:]]
        L += ["              </arguments>", "            </configuration>", "          </execution>"]
    L += ["        </executions>", "      </plugin>", "    </plugins>", "  </build>", "</project>"]
    return rng.choice(["pom.xml", "%s/pom.xml" % art]), "pom.xml", L


def T_cmake(rng, ctx):
    s = ctx.slot("cmake")
    proj = rng.choice(REPOS).replace("-", "_")
    L = ["cmake_minimum_required(VERSION 3.20)", "project(%s VERSION %s LANGUAGES CXX)" % (proj, ver(rng)), "",
         "set(CMAKE_CXX_STANDARD 17)", "set(CMAKE_CXX_STANDARD_REQUIRED ON)", "",
         "add_executable(%s src/main.cpp src/config.cpp)" % proj,
         "target_include_directories(%s PRIVATE include)" % proj, "", "include(CPack)", ""]
    L += s.assign()
    L += ["", "# upload the package produced by cpack", "add_custom_target(upload"]
    L += ["  COMMAND " + c for c in s.shell()]
    L += ["  DEPENDS %s" % proj, "  WORKING_DIRECTORY ${CMAKE_BINARY_DIR}", "  VERBATIM", ")"]
    return rng.choice(["CMakeLists.txt", "packaging/CMakeLists.txt"]), "CMakeLists.txt", L


def T_meson(rng, ctx):
    s = ctx.slot("meson")
    proj = rng.choice(REPOS).replace("-", "_")
    L = ["project('%s', 'c'," % proj, "  version : '%s'," % ver(rng), "  default_options : ['warning_level=3'])", "",
         "inc = include_directories('include')", "exe = executable('%s', 'src/main.c'," % proj,
         "  include_directories : inc, install : true)", "", "test('basic', exe)", ""]
    L += s.assign()
    for i, args in enumerate(s.args()):
        L += ["run_target('publish%s'," % ("" if i == 0 else str(i)), "  command : [%s])" % ", ".join(args)]
    return "meson.build", "meson.build", L


def T_bazel_args(rng, ctx):
    s = ctx.slot("bazel")
    L = ['load("@rules_shell//shell:sh_binary.bzl", "sh_binary")', 'load("@rules_pkg//pkg:tar.bzl", "pkg_tar")', "",
         "package(default_visibility = [\"//visibility:public\"])", ""]
    L += s.assign()
    L += ["", "pkg_tar(", '    name = "release_tar",', '    srcs = ["//cmd/server"],', '    extension = "tar.gz",', ")", ""]
    for i, args in enumerate(s.args()):
        L += ["sh_binary(", '    name = "publish_%d",' % i, '    srcs = ["//tools:run.sh"],',
              "    args = [", ] + ["        %s," % a for a in args] + ["    ],", '    data = [":release_tar"],', ")", ""]
    return rng.choice(["BUILD.bazel", "release/BUILD.bazel", "tools/BUILD.bazel"]), "BUILD.bazel", L


def T_bazel_env(rng, ctx):
    s = ctx.slot("bazel")
    kind, text = s.ref()
    val = json_str(text) if kind == "lit" else text
    L = ['load("@rules_shell//shell:sh_binary.bzl", "sh_binary")', ""]
    L += s.assign()
    L += ["", "sh_binary(", '    name = "deploy",', '    srcs = ["deploy.sh"],', '    data = ["//web:bundle"],',
          "    env = {", '        "%s": %s,' % (s.cred["env"], val), '        "DEPLOY_ENV": "production",', "    },",
          '    tags = ["manual"],', ")"]
    return rng.choice(["deploy/BUILD.bazel", "BUILD.bazel"]), "BUILD.bazel", L


def run_join(cmds):
    if len(cmds) == 1:
        return ["RUN " + cmds[0]]
    return ["RUN " + cmds[0] + " && \\"] + ["    %s%s" % (c, " && \\" if i < len(cmds) - 2 else "") for i, c in enumerate(cmds[1:])]


def T_earthly(rng, ctx):
    s = ctx.slot("earthly")
    L = ["VERSION 0.8", "FROM node:20-alpine", "WORKDIR /app", "", "deps:",
         "    COPY package.json package-lock.json ./", "    RUN npm ci", "", "build:", "    FROM +deps",
         "    COPY . .", "    RUN npm run build", "    SAVE ARTIFACT dist AS LOCAL dist", "", "publish:",
         "    FROM +build", "    RUN apk add --no-cache curl git"]
    L += ["    " + a for a in s.assign()]
    L += ["    " + x for x in run_join(s.shell())]
    return "Earthfile", "Earthfile", L


def T_docker_arg(rng, ctx):
    s = ctx.slot("docker")
    base = rng.choice(["python:3.12-slim", "node:20-bookworm", "golang:1.22", "eclipse-temurin:21-jdk", "debian:bookworm-slim"])
    L = ["# syntax=docker/dockerfile:1", "FROM %s AS build" % base, "WORKDIR /src", ""]
    L += s.assign(rng.randrange(2))
    L += ["RUN apt-get update && apt-get install -y --no-install-recommends curl git ca-certificates \\",
          "    && rm -rf /var/lib/apt/lists/*", "COPY . ."]
    L += run_join(s.shell())
    L += ["", "FROM gcr.io/distroless/base-debian12", "COPY --from=build /src/dist /app",
          "USER nonroot", 'ENTRYPOINT ["/app/server"]']
    return rng.choice(["Dockerfile", "docker/Dockerfile", "build/Dockerfile.release"]), "Dockerfile", L


def T_docker_inline(rng, ctx):
    s = ctx.slot("docker", ("inline", "named", "neutral"))
    L = ["FROM alpine:3.19", "LABEL maintainer=\"platform@%s.com\"" % rng.choice(COS), "",
         "RUN apk add --no-cache bash curl git openssh-client rsync", ""]
    L += s.assign(rng.randrange(2))
    L += run_join(s.shell())
    L += ["", "COPY entrypoint.sh /usr/local/bin/entrypoint.sh", 'ENTRYPOINT ["entrypoint.sh"]']
    return rng.choice(["Dockerfile", "ci/Dockerfile", "Dockerfile.ci"]), "Dockerfile", L


CHECKOUT = ["actions/checkout@v4", "actions/checkout@v4.1.7"]


def gha_run(cmds, indent):
    pad = " " * indent
    if len(cmds) == 1 and ": " not in cmds[0] and "'" not in cmds[0] and '"' not in cmds[0] and "#" not in cmds[0]:
        return [pad + "run: " + cmds[0]]
    return [pad + "run: |"] + [pad + "  " + c for c in cmds]


def T_gha_job(rng, ctx):
    s = ctx.slot("gha")
    L = ["name: Release", "", "on:", "  push:", "    tags: ['v*']", "  workflow_dispatch:", "",
         "permissions:", "  contents: write", "", "jobs:", "  publish:", "    runs-on: ubuntu-latest"]
    a = s.assign()
    if a:
        L += ["    env:"] + ["      " + x for x in a]
    L += ["    steps:", "      - uses: %s" % rng.choice(CHECKOUT), "      - uses: actions/setup-node@v4",
          "        with:", "          node-version: 20", "          cache: npm", "      - run: npm ci",
          "      - run: npm run build --if-present", "      - name: Publish"]
    L += gha_run(s.shell(), 8)
    return ".github/workflows/%s" % rng.choice(["release.yml", "publish.yml", "release.yaml"]), "github-workflow", L


def T_gha_step(rng, ctx):
    s = ctx.slot("gha")
    L = ["name: deploy", "on:", "  push:", "    branches: [main]", "", "concurrency:", "  group: deploy-${{ github.ref }}",
         "  cancel-in-progress: true", "", "jobs:", "  build-and-deploy:", "    runs-on: ubuntu-22.04",
         "    timeout-minutes: 20", "    steps:", "      - uses: %s" % rng.choice(CHECKOUT),
         "      - name: Set up Python", "        uses: actions/setup-python@v5", "        with:",
         "          python-version: '3.12'", "      - name: Build", "        run: |",
         "          python -m pip install --upgrade build", "          python -m build", "      - name: Ship"]
    a = s.assign()
    if a:
        L += ["        env:"] + ["          " + x for x in a]
    L += gha_run(s.shell(), 8)
    return ".github/workflows/%s" % rng.choice(["deploy.yml", "cd.yml", "main.yml"]), "github-workflow", L


def T_gha_matrix(rng, ctx):
    s = ctx.slot("gha")
    L = ["name: CI", "", "on:", "  push:", "  pull_request:", ""]
    a = s.assign()
    if a:
        L += ["env:"] + ["  " + x for x in a] + [""]
    L += ["jobs:", "  test:", "    runs-on: ${{ matrix.os }}", "    strategy:", "      fail-fast: false",
          "      matrix:", "        os: [ubuntu-latest, macos-latest]", "        go: ['1.21', '1.22']",
          "    steps:", "      - uses: %s" % rng.choice(CHECKOUT), "      - uses: actions/setup-go@v5",
          "        with:", "          go-version: ${{ matrix.go }}", "      - run: go test -coverprofile=coverage.out ./...",
          "      - name: Upload results", "        if: matrix.os == 'ubuntu-latest'"]
    L += gha_run(s.shell(), 8)
    return ".github/workflows/%s" % rng.choice(["ci.yml", "test.yml", "build.yml"]), "github-workflow", L


def T_gitlab_vars(rng, ctx):
    s = ctx.slot("gitlab")
    L = ["stages:", "  - build", "  - test", "  - publish", ""]
    a = s.assign()
    L += ["variables:", "  GIT_DEPTH: \"10\"", "  DOCKER_DRIVER: overlay2"] + ["  " + x for x in a] + [""]
    L += ["build:", "  stage: build", "  image: node:20", "  script:", "    - npm ci", "    - npm run build",
          "  artifacts:", "    paths:", "      - dist/", "", "test:", "  stage: test", "  image: node:20",
          "  script:", "    - npm test", "", "publish:", "  stage: publish", "  image: alpine:3.19",
          "  rules:", "    - if: $CI_COMMIT_TAG", "  before_script:", "    - apk add --no-cache curl git", "  script:"]
    L += ["    - " + yaml_item(c) for c in s.shell()]
    return ".gitlab-ci.yml", "gitlab-ci", L


def T_gitlab_job(rng, ctx):
    s = ctx.slot("gitlab")
    L = ["include:", "  - template: Security/SAST.gitlab-ci.yml", "", "default:", "  image: python:3.12-slim", "",
         "unit:", "  stage: test", "  script:", "    - pip install -e '.[test]'", "    - pytest -q", "",
         "deploy_production:", "  stage: deploy", "  environment:", "    name: production", "  when: manual"]
    a = s.assign()
    if a:
        L += ["  variables:"] + ["    " + x for x in a]
    L += ["  script:"] + ["    - " + yaml_item(c) for c in s.shell()]
    L += ["  only:", "    - main"]
    return rng.choice([".gitlab-ci.yml", "ci/deploy.gitlab-ci.yml"]), "gitlab-ci", L


def T_jenkins_decl(rng, ctx):
    s = ctx.slot("jenkins")
    L = ["pipeline {", "    agent { label 'linux' }", "    options {", "        timestamps()",
         "        buildDiscarder(logRotator(numToKeepStr: '20'))", "    }"]
    a = s.assign()
    if a:
        L += ["    environment {"] + ["        " + x for x in a] + ["    }"]
    L += ["    stages {", "        stage('Build') {", "            steps {", "                sh './gradlew clean build'",
          "            }", "        }", "        stage('Publish') {", "            when { branch 'main' }",
          "            steps {", "                sh '''"]
    L += ["                    " + c for c in s.shell()]
    L += ["                '''", "            }", "        }", "    }", "    post {", "        always {",
          "            junit 'build/test-results/**/*.xml'", "        }", "    }", "}"]
    return rng.choice(["Jenkinsfile", "ci/Jenkinsfile", "Jenkinsfile.release"]), "Jenkinsfile", L


def T_jenkins_scripted(rng, ctx):
    s = ctx.slot("jenkins2")
    L = ["#!groovy", "", "node('docker') {"] + ["    " + x for x in s.assign()]
    L += ["    stage('Checkout') {", "        checkout scm", "    }", "    stage('Build') {",
          "        sh 'make build'", "    }", "    stage('Release') {"]
    L += ['        sh """%s"""' % c for c in s.shell()]
    L += ["    }", "    stage('Cleanup') {", "        cleanWs()", "    }", "}"]
    return rng.choice(["Jenkinsfile", "jenkins/release.Jenkinsfile"]), "Jenkinsfile", L


def ps_cmd(c):
    return "curl.exe" + c[4:] if c.startswith("curl ") else c


def T_ps1_build(rng, ctx):
    s = ctx.slot("ps1")
    L = ["#Requires -Version 7.0", "[CmdletBinding()]", "param(", "    [string]$Configuration = 'Release',",
         "    [switch]$SkipTests", ")", "", "$ErrorActionPreference = 'Stop'", "Set-StrictMode -Version Latest", ""]
    L += s.assign(rng.randrange(2))
    L += ["", "function Invoke-Build {", "    dotnet restore", "    dotnet build -c $Configuration --no-restore",
          "    if (-not $SkipTests) { dotnet test -c $Configuration --no-build }", "}", "",
          "function Publish-Artifacts {", "    dotnet pack -c $Configuration -o out"]
    L += ["    " + ps_cmd(c) for c in s.shell()]
    L += ["    if ($LASTEXITCODE -ne 0) { throw 'publish failed' }", "}", "", "Invoke-Build", "Publish-Artifacts"]
    return rng.choice(["build.ps1", "scripts/build.ps1", "eng/publish.ps1"]), "ps1", L


def T_ps1_deploy(rng, ctx):
    s = ctx.slot("ps1")
    L = ["# Deploys the packaged site", "$ErrorActionPreference = \"Stop\"", "Push-Location $PSScriptRoot", "try {"]
    L += ["    " + a for a in s.assign(rng.randrange(2))]
    L += ["    Write-Host \"Packaging...\"", "    Compress-Archive -Path .\\dist\\* -DestinationPath .\\site.zip -Force"]
    L += ["    " + ps_cmd(c) for c in s.shell()]
    L += ["    Write-Host \"Done.\" -ForegroundColor Green", "}", "finally {", "    Pop-Location", "}"]
    return rng.choice(["deploy.ps1", "tools/Deploy.ps1"]), "ps1", L


def T_sh_release(rng, ctx):
    s = ctx.slot("sh")
    L = ["#!/usr/bin/env bash", "# Cut a release: build, tag, upload.", "set -euo pipefail", "",
         'ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"', 'VERSION="${1:?usage: release.sh VERSION}"']
    L += s.assign(rng.randrange(3))
    L += ["", 'cd "$ROOT"', 'echo ">> building $VERSION"', "make clean dist", "",
          'git tag -a "v$VERSION" -m "Release $VERSION"', 'git push origin "v$VERSION"', ""]
    L += s.shell()
    L += ["", 'echo ">> done"']
    return rng.choice(["scripts/release.sh", "release.sh", "tools/release.sh"]), "sh", L


def T_sh_deploy(rng, ctx):
    s = ctx.slot("sh")
    L = ["#!/bin/sh", "set -e", "", "log() { printf '[deploy] %s\\n' \"$*\"; }", ""]
    L += s.assign(rng.randrange(3))
    L += ['BUILD_DIR="${BUILD_DIR:-dist}"', "", 'log "building into $BUILD_DIR"', "npm ci --silent", "npm run build", "",
          'log "uploading"']
    L += s.shell()
    L += ['log "finished at $(date -u +%Y-%m-%dT%H:%M:%SZ)"']
    return rng.choice(["deploy.sh", "scripts/deploy.sh", "bin/deploy", "ops/deploy.sh"]), "sh", L


def T_sh_publish(rng, ctx):
    s = ctx.slot("sh")
    L = ["#!/usr/bin/env bash", "set -o errexit -o nounset -o pipefail", "",
         "usage() {", '  echo "usage: $0 [--dry-run]" >&2', "}", "", "DRY_RUN=0",
         'if [[ "${1:-}" == "--dry-run" ]]; then DRY_RUN=1; fi', ""]
    L += s.assign(rng.randrange(3))
    L += ["", "publish() {"] + ["  " + c for c in s.shell()] + ["}", "",
          'if (( DRY_RUN )); then', '  echo "dry run, skipping upload"', "else", "  publish", "fi"]
    return rng.choice(["publish.sh", "scripts/publish.sh", "ci/publish.sh"]), "sh", L


def T_sh_notify(rng, ctx):
    s = ctx.slot("sh")
    L = ["#!/bin/bash", "# post-build hook, called from CI after the pipeline finishes", "",
         'STATUS="${1:-success}"', 'BRANCH="$(git rev-parse --abbrev-ref HEAD)"', 'SHA="$(git rev-parse --short HEAD)"']
    L += s.assign(rng.randrange(3))
    L += ["", 'if [ "$BRANCH" != "main" ]; then', "  exit 0", "fi", ""] + s.shell() + ["", "exit 0"]
    return rng.choice(["ci/notify.sh", "scripts/post-build.sh", "hooks/after-build.sh"]), "sh", L


def T_bat_build(rng, ctx):
    s = ctx.slot("bat")
    L = ["@echo off", "setlocal EnableExtensions", "REM Build and publish script for Windows agents", "",
         "set CONFIG=Release"] + s.assign(rng.randrange(2))
    L += ["", "call msbuild Solution.sln /p:Configuration=%CONFIG% /m", "if errorlevel 1 goto :fail", ""]
    for c in s.shell():
        L += [c, "if errorlevel 1 goto :fail"]
    L += ["", "echo Build OK", "exit /b 0", "", ":fail", "echo Build FAILED", "exit /b 1"]
    return rng.choice(["build.bat", "scripts\\build.bat".replace("\\", "/"), "ci/build.cmd"]), "bat", L


def T_bat_deploy(rng, ctx):
    s = ctx.slot("bat")
    L = ["@ECHO OFF", "SETLOCAL", "PUSHD %~dp0"] + s.assign(rng.randrange(2)) + [
        "ECHO Deploying %DATE% %TIME%", "call npm run build"]
    L += s.shell()
    L += ["POPD", "ENDLOCAL"]
    return rng.choice(["deploy.cmd", "deploy.bat", "tools/deploy.bat"]), "bat", L


def T_procfile(rng, ctx):
    s = ctx.slot("procfile")
    a = s.assign()
    rel = " && ".join(s.shell())
    L = ["# Process types for the platform (see docs/deploy.md)",
         "web: gunicorn config.wsgi --log-file - --workers ${WEB_CONCURRENCY:-3}",
         "worker: celery -A config worker --loglevel=info --concurrency 4",
         "release: python manage.py migrate --noinput && %s%s" % (("export " + a[0] + " && ") if a else "", rel)]
    extra = ["beat: celery -A config beat --loglevel=info", "flower: celery -A config flower --port=5555",
             "clock: python manage.py run_scheduler", "ws: daphne config.asgi:application --port $PORT"]
    rng.shuffle(extra)
    for e in extra[:rng.randint(1, 3)]:
        L.insert(3, e)
    return "Procfile", "Procfile", L


def T_tox(rng, ctx):
    s = ctx.slot("tox")
    L = ["[tox]", "envlist = py310, py311, py312, lint", "isolated_build = true", "", "[testenv]",
         "deps =", "    pytest", "    pytest-cov", "commands = pytest --cov=src {posargs}", "", "[testenv:lint]",
         "deps = ruff", "commands = ruff check src tests", "", "[testenv:release]", "skip_install = true",
         "deps =", "    build", "    twine"]
    a = s.assign()
    if a:
        L += ["setenv ="] + a
    L += ["commands =", "    python -m build"] + ["    " + c for c in s.shell()]
    return "tox.ini", "tox.ini", L


def T_nox(rng, ctx):
    s = ctx.slot("nox")
    L = ['"""Nox sessions."""', "import os", "", "import nox", "", 'nox.options.sessions = ["tests", "lint"]']
    L += s.assign()
    L += ["", "", '@nox.session(python=["3.10", "3.11", "3.12"])', "def tests(session):",
          '    session.install("-e", ".[test]")', '    session.run("pytest", *session.posargs)', "", "",
          "@nox.session", "def lint(session):", '    session.install("ruff")', '    session.run("ruff", "check", ".")',
          "", "", "@nox.session", "def release(session):", '    session.install("build", "twine")',
          '    session.run("python", "-m", "build")']
    L += ["    session.run(%s, external=True)" % ", ".join(a) for a in s.args()]
    return "noxfile.py", "noxfile.py", L


SLOT_TEMPLATES = [T_make_c, T_make_go, T_make_docs, T_just_rust, T_just_py, T_task_vars, T_task_env, T_npm_scripts,
                  T_npm_deploy, T_rake_gem, T_rake_deploy, T_grunt, T_gulp, T_gradle, T_gradle_exec, T_kts, T_pom,
                  T_cmake, T_meson, T_bazel_args, T_bazel_env, T_earthly, T_docker_arg, T_docker_inline, T_gha_job,
                  T_gha_step, T_gha_matrix, T_gitlab_vars, T_gitlab_job, T_jenkins_decl, T_jenkins_scripted,
                  T_ps1_build, T_ps1_deploy, T_sh_release, T_sh_deploy, T_sh_publish, T_sh_notify, T_bat_build,
                  T_bat_deploy, T_procfile, T_tox, T_nox]


# ----------------------------------------------------------------------------- domain look-alike negatives
def fpr(rng):
    return rs(rng, "0123456789ABCDEF", 40)


def integ(rng, n=64, algo="sha512"):
    return "%s-%s" % (algo, base64.b64encode(rbytes(rng, n)).decode())


def D_docker_checksum(rng):
    tool, v = rng.choice([("kubectl", "1.30.2"), ("helm", "3.15.2"), ("terraform", "1.8.5"), ("yq", "4.44.2")])
    L = ["FROM debian:bookworm-slim", "ARG TARGETARCH=amd64", "ARG %s_VERSION=%s" % (tool.upper(), v),
         "ARG %s_SHA256=%s" % (tool.upper(), sha256(rng)), "",
         "RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg ca-certificates \\",
         "    && rm -rf /var/lib/apt/lists/*", "",
         "# verify the release signing key before trusting anything",
         "RUN gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys %s" % fpr(rng), "",
         "RUN curl -fsSLo /tmp/%s.tar.gz https://releases.example.org/%s/v${%s_VERSION}/%s-linux-${TARGETARCH}.tar.gz \\" % (tool, tool, tool.upper(), tool),
         "    && echo \"${%s_SHA256}  /tmp/%s.tar.gz\" | sha256sum -c - \\" % (tool.upper(), tool),
         "    && tar -xzf /tmp/%s.tar.gz -C /usr/local/bin %s \\" % (tool, tool), "    && rm /tmp/%s.tar.gz" % tool, "",
         "FROM gcr.io/distroless/static-debian12@sha256:%s" % sha256(rng),
         "COPY --from=0 /usr/local/bin/%s /usr/local/bin/%s" % (tool, tool), 'ENTRYPOINT ["/usr/local/bin/%s"]' % tool]
    return "Dockerfile", "Dockerfile", L, "generic", "checksum"


def D_docker_secret_mount(rng):
    L = ["# syntax=docker/dockerfile:1.7", "FROM node:20-alpine AS deps", "WORKDIR /app",
         "COPY package.json package-lock.json .npmrc ./",
         "RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\", "    npm ci --omit=dev", "",
         "FROM node:20-alpine", "ARG GIT_SHA", "ARG GITHUB_TOKEN", "LABEL org.opencontainers.image.revision=$GIT_SHA",
         "WORKDIR /app", "COPY --from=deps /app/node_modules ./node_modules", "COPY . .",
         "RUN --mount=type=secret,id=gh,target=/run/secrets/gh \\",
         "    git config --global url.\"https://x-access-token:$(cat /run/secrets/gh)@github.com/\".insteadOf \"https://github.com/\"",
         "USER node", 'CMD ["node", "server.js"]']
    return rng.choice(["Dockerfile", "docker/app.Dockerfile"]), "Dockerfile", L, "npm", "build-secret-mount"


def D_gha_pinned(rng):
    org = rng.choice(ORGS)
    L = ["name: docker", "on:", "  push:", "    branches: [main]", "", "jobs:", "  image:", "    runs-on: ubuntu-latest",
         "    steps:", "      - uses: actions/checkout@%s # v4.1.7" % sha1(rng),
         "      - uses: docker/setup-buildx-action@%s # v3.3.0" % sha1(rng),
         "      - uses: docker/login-action@%s # v3.2.0" % sha1(rng), "        with:",
         "          username: ${{ vars.DOCKERHUB_USERNAME }}", "          password: ${{ secrets.DOCKERHUB_TOKEN }}",
         "      - uses: actions/cache@%s # v4.0.2" % sha1(rng), "        with:", "          path: /tmp/.buildx-cache",
         "          key: ${{ runner.os }}-buildx-${{ hashFiles('**/Dockerfile') }}",
         "      - uses: docker/build-push-action@%s # v6.2.0" % sha1(rng), "        with:", "          push: true",
         "          tags: %s/%s:${{ github.sha }}" % (org, rng.choice(REPOS))]
    return ".github/workflows/docker.yml", "github-workflow", L, "Docker Hub", "action-pin"


def D_gha_oidc(rng):
    L = ["name: Publish to PyPI", "on:", "  release:", "    types: [published]", "", "jobs:", "  pypi:",
         "    runs-on: ubuntu-latest", "    environment:", "      name: pypi",
         "      url: https://pypi.org/p/%s" % rng.choice(REPOS), "    permissions:",
         "      id-token: write  # trusted publishing, no API token stored", "    steps:",
         "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
         "          python-version: '3.x'", "      - run: python -m pip install build && python -m build",
         "      - uses: pypa/gh-action-pypi-publish@release/v1"]
    if rng.random() < 0.5:
        L += ["      - uses: codecov/codecov-action@%s" % sha1(rng), "        with:", "          use_oidc: true"]
    return ".github/workflows/pypi.yml", "github-workflow", L, "PyPI", "oidc-no-secret"


def D_gitlab_jobtoken(rng):
    pid = rng.randint(1000000, 59999999)
    L = ["stages: [build, release]", "", "build-image:", "  stage: build",
         "  image: docker:26.1@sha256:%s" % sha256(rng), "  services:", "    - docker:26.1-dind",
         "  script:", '    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"',
         '    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .', '    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"',
         "  cache:", "    key: ${CI_COMMIT_REF_SLUG}", "    paths: [.cache/]", "", "upload-package:", "  stage: release",
         "  image: curlimages/curl:8.8.0", "  script:",
         "    - 'curl --header \"JOB-TOKEN: $CI_JOB_TOKEN\" --upload-file dist/app.tar.gz \"${CI_API_V4_URL}/projects/%d/packages/generic/app/${CI_COMMIT_TAG}/app.tar.gz\"'" % pid,
         "  rules:", "    - if: $CI_COMMIT_TAG"]
    return ".gitlab-ci.yml", "gitlab-ci", L, "GitLab", "ci-secret-reference"


def D_jenkins_withcreds(rng):
    L = ["pipeline {", "  agent any", "  environment {", "    ARTIFACTORY = credentials('artifactory-deployer')",
         "    BUILD_TAG_SAFE = \"${env.BUILD_NUMBER}-${env.GIT_COMMIT?.take(7)}\"", "  }", "  stages {",
         "    stage('Publish') {", "      steps {",
         "        withCredentials([usernamePassword(credentialsId: 'nexus-ci', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {",
         "          sh 'mvn -B -s .mvn/settings.xml deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS'", "        }",
         "        withCredentials([string(credentialsId: 'slack-webhook', variable: 'HOOK')]) {",
         "          sh 'curl -fsS -X POST -d \"{\\\"text\\\":\\\"published\\\"}\" \"$HOOK\"'", "        }", "      }", "    }", "  }", "}"]
    return "Jenkinsfile", "Jenkinsfile", L, "Sonatype", "credential-helper"


def D_make_version(rng):
    L = ["VERSION    ?= %s" % ver(rng), "GIT_COMMIT := $(shell git rev-parse HEAD)", "BUILD_ID   ?= %s" % uuid4(rng),
         "IMAGE      := ghcr.io/%s/%s" % (rng.choice(ORGS), rng.choice(REPOS)),
         "BASE_IMAGE := golang:1.22@sha256:%s" % sha256(rng), "# last known-good release commit",
         "PIN_COMMIT := %s" % sha1(rng), "", ".PHONY: image push", "", "image:",
         "\tdocker build --build-arg BASE_IMAGE=$(BASE_IMAGE) --build-arg COMMIT=$(GIT_COMMIT) -t $(IMAGE):$(VERSION) .",
         "", "push: image", "\t@gh auth token | docker login ghcr.io -u $(USER) --password-stdin", "\tdocker push $(IMAGE):$(VERSION)"]
    return "Makefile", "Makefile", L, "GitHub", "commit-sha"


def D_make_localstack(rng):
    L = ["# integration tests run against LocalStack; these are its fixed dummy credentials",
         "export AWS_ACCESS_KEY_ID ?= test", "export AWS_SECRET_ACCESS_KEY ?= test", "export AWS_DEFAULT_REGION ?= us-east-1",
         "ENDPOINT := http://localhost:4566", "", ".PHONY: localstack itest", "", "localstack:",
         "\tdocker run -d --rm -p 4566:4566 --name ls localstack/localstack:3.5", "", "itest: localstack",
         "\taws --endpoint-url=$(ENDPOINT) s3 mb s3://test-bucket", "\tpytest tests/integration -q"]
    return rng.choice(["Makefile", "tests/Makefile"]), "Makefile", L, "AWS", "test-credentials"


def D_aws_example(rng):
    L = ["#!/usr/bin/env bash", "# Unit tests stub AWS with moto; keys below are the placeholder values",
         "# from the AWS documentation, not real credentials.", "set -euo pipefail",
         "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "export AWS_DEFAULT_REGION=us-west-2", "", "python -m pytest tests/unit -k s3 \"$@\""]
    return rng.choice(["scripts/test-unit.sh", "ci/unit-tests.sh"]), "sh", L, "AWS", "documentation-example"


def D_just_checksum(rng):
    L = ["protoc_version := \"%s\"" % ver(rng), "protoc_sha256 := \"%s\"" % sha256(rng), "",
         "tools:", "    curl -fsSLo /tmp/protoc.zip https://github.com/protocolbuffers/protobuf/releases/download/v{{protoc_version}}/protoc-{{protoc_version}}-linux-x86_64.zip",
         "    echo \"{{protoc_sha256}}  /tmp/protoc.zip\" | sha256sum --check", "    unzip -o /tmp/protoc.zip -d .tools", "",
         "publish:", "    cargo publish --token \"$(cat ~/.cargo/credentials-ci)\"", "", "gen: tools", "    .tools/bin/protoc --go_out=. proto/*.proto"]
    return "justfile", "justfile", L, "generic", "checksum"


def D_task_env(rng):
    L = ["version: '3'", "", "env:", "  CGO_ENABLED: '0'", "", "vars:", "  COMMIT:", "    sh: git rev-parse HEAD",
         "  BUILD_ID: %s" % uuid4(rng), "", "tasks:", "  release:", "    preconditions:",
         "      - sh: test -n \"$GITHUB_TOKEN\"", "        msg: export GITHUB_TOKEN first (gh auth token)", "    cmds:",
         "      - goreleaser release --clean", "      - echo released {{.COMMIT}}", "  checksum:",
         "    cmds:", "      - sha256sum dist/*.tar.gz > dist/SHA256SUMS"]
    return "Taskfile.yml", "Taskfile.yml", L, "GitHub", "ci-secret-reference"


def D_npmrc(rng):
    org = rng.choice(ORGS)
    L = ["# auth comes from the environment in CI; never paste a token here",
         "@%s:registry=https://npm.pkg.github.com" % org, "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}",
         "//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "always-auth=true", "save-exact=true", "engine-strict=true"]
    return rng.choice([".npmrc", "packages/app/.npmrc"]), ".npmrc", L, "npm", "ci-secret-reference"


def D_package_lock(rng):
    name = rng.choice(REPOS)
    L = ["{", '  "name": "%s",' % name, '  "version": "%s",' % ver(rng), '  "lockfileVersion": 3,', '  "requires": true,',
         '  "packages": {', '    "": {', '      "name": "%s",' % name, '      "dependencies": {', '        "lodash": "^4.17.21"', "      }", "    },"]
    deps = [("lodash", "4.17.21"), ("ms", "2.1.3"), ("debug", "4.3.5"), ("semver", "7.6.2")]
    for i, (d, v) in enumerate(deps):
        L += ['    "node_modules/%s": {' % d, '      "version": "%s",' % v,
              '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (d, d, v),
              '      "integrity": "%s"' % integ(rng), "    }%s" % ("," if i < len(deps) - 1 else "")]
    L += ["  }", "}"]
    return "package-lock.json", "package-lock.json", L, "npm", "integrity-hash"


def D_package_env(rng):
    L = ["{", '  "name": "@%s/%s",' % (rng.choice(ORGS), rng.choice(REPOS)), '  "version": "%s",' % ver(rng),
         '  "gitHead": "%s",' % sha1(rng), '  "publishConfig": {', '    "access": "public",', '    "provenance": true', "  },",
         '  "scripts": {', '    "prepublishOnly": "npm run build",',
         '    "release": "npm config set //registry.npmjs.org/:_authToken=$NPM_TOKEN && npm publish",',
         '    "deploy": "vercel deploy --prod --token=$VERCEL_TOKEN"', "  }", "}"]
    return "package.json", "package.json", L, "npm", "ci-secret-reference"


def D_gradle_signing(rng):
    L = ["plugins {", "    `java-library`", "    `maven-publish`", "    signing", "    id(\"io.github.gradle-nexus.publish-plugin\") version \"2.0.0\"", "}", "",
         "// signing key id is the short id of the public key %s" % fpr(rng)[-16:],
         "val signingKeyId: String? by project", "val signingKey: String? by project", "val signingPassword: String? by project", "",
         "signing {", "    useInMemoryPgpKeys(signingKeyId, signingKey, signingPassword)", "    sign(publishing.publications)", "}", "",
         "nexusPublishing {", "    repositories {", "        sonatype {",
         "            username.set(System.getenv(\"SONATYPE_USERNAME\"))", "            password.set(System.getenv(\"SONATYPE_PASSWORD\"))",
         "        }", "    }", "}"]
    return "build.gradle.kts", "build.gradle.kts", L, "Sonatype", "ci-secret-reference"


def D_gradle_verif(rng):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">',
         "   <configuration>", "      <verify-metadata>true</verify-metadata>", "      <verify-signatures>false</verify-signatures>",
         "   </configuration>", "   <components>"]
    for g, a, v in [("com.google.guava", "guava", "33.2.0-jre"), ("org.slf4j", "slf4j-api", "2.0.13"), ("junit", "junit", "4.13.2")]:
        L += ['      <component group="%s" name="%s" version="%s">' % (g, a, v), '         <artifact name="%s-%s.jar">' % (a, v),
              '            <sha256 value="%s" origin="Generated by Gradle"/>' % sha256(rng), "         </artifact>", "      </component>"]
    L += ["   </components>", "</verification-metadata>"]
    return "gradle/verification-metadata.xml", "verification-metadata.xml", L, "generic", "checksum"


def D_pom_gpg(rng):
    L = ["<project>", "  <modelVersion>4.0.0</modelVersion>", "  <groupId>io.%s</groupId>" % rng.choice(COS),
         "  <artifactId>%s</artifactId>" % rng.choice(REPOS), "  <version>%s</version>" % ver(rng), "  <properties>",
         "    <gpg.keyname>%s</gpg.keyname>" % fpr(rng), "    <gpg.passphrase>${env.MAVEN_GPG_PASSPHRASE}</gpg.passphrase>",
         "  </properties>", "  <build>", "    <plugins>", "      <plugin>", "        <groupId>org.sonatype.plugins</groupId>",
         "        <artifactId>nexus-staging-maven-plugin</artifactId>", "        <version>1.7.0</version>",
         "        <configuration>", "          <serverId>ossrh</serverId>",
         "          <nexusUrl>https://s01.oss.sonatype.org/</nexusUrl>",
         "          <stagingProfileId>%s</stagingProfileId>" % rs(rng, HEX, 14), "        </configuration>", "      </plugin>",
         "      <plugin>", "        <groupId>org.apache.maven.plugins</groupId>", "        <artifactId>maven-gpg-plugin</artifactId>",
         "        <version>3.2.4</version>", "        <configuration>", "          <keyname>${gpg.keyname}</keyname>",
         "        </configuration>", "      </plugin>", "    </plugins>", "  </build>", "</project>"]
    return "pom.xml", "pom.xml", L, "Sonatype", "gpg-fingerprint"


def D_cmake_fetch(rng):
    L = ["cmake_minimum_required(VERSION 3.24)", "project(app LANGUAGES CXX)", "include(FetchContent)", "",
         "FetchContent_Declare(fmt", "  URL https://github.com/fmtlib/fmt/archive/refs/tags/10.2.1.tar.gz",
         "  URL_HASH SHA256=%s" % sha256(rng), ")", "FetchContent_Declare(json", "  GIT_REPOSITORY https://github.com/nlohmann/json.git",
         "  GIT_TAG %s # v3.11.3" % sha1(rng), ")", "FetchContent_MakeAvailable(fmt json)", "",
         "add_executable(app src/main.cpp)", "target_link_libraries(app PRIVATE fmt::fmt nlohmann_json::nlohmann_json)",
         "set(UPLOAD_TOKEN $ENV{ARTIFACT_UPLOAD_TOKEN})"]
    return "CMakeLists.txt", "CMakeLists.txt", L, "generic", "checksum"


def D_bazel_archive(rng):
    L = ['load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")', "", "http_archive(",
         '    name = "rules_go",', '    sha256 = "%s",' % sha256(rng),
         '    urls = ["https://github.com/bazelbuild/rules_go/releases/download/v0.48.0/rules_go-v0.48.0.zip"],', ")", "",
         "http_archive(", '    name = "com_google_absl",', '    integrity = "%s",' % integ(rng, 32, "sha256"),
         '    strip_prefix = "abseil-cpp-%s",' % sha1(rng), '    urls = ["https://github.com/abseil/abseil-cpp/archive/%s.zip"],' % sha1(rng), ")"]
    return rng.choice(["WORKSPACE.bazel", "WORKSPACE"]), "WORKSPACE", L, "generic", "checksum"


def D_bazel_stamp(rng):
    L = ['load("@rules_oci//oci:defs.bzl", "oci_image", "oci_push")', "", "oci_image(", '    name = "image",',
         '    base = "@distroless_base",', '    entrypoint = ["/server"],', '    tars = ["//cmd/server:tar"],', ")", "",
         "oci_push(", '    name = "push",', '    image = ":image",', '    repository = "ghcr.io/%s/%s",' % (rng.choice(ORGS), rng.choice(REPOS)),
         '    remote_tags = ["latest", "%s"],' % sha1(rng)[:12], ")", "", "# base digest pinned in MODULE.bazel:",
         "# sha256:%s" % sha256(rng)]
    return "BUILD.bazel", "BUILD.bazel", L, "GitHub", "image-digest"


def D_earthly_secret(rng):
    L = ["VERSION 0.8", "FROM python:3.12-slim", "WORKDIR /src", "", "build:", "    COPY . .", "    RUN pip install build && python -m build",
         "    SAVE ARTIFACT dist", "", "publish:", "    FROM +build", "    RUN pip install twine",
         "    RUN --secret TWINE_PASSWORD=pypi_token twine upload -u __token__ dist/*", "",
         "image:", "    ARG --required TAG", "    FROM +build", "    SAVE IMAGE --push ghcr.io/%s/%s:$TAG" % (rng.choice(ORGS), rng.choice(REPOS))]
    return "Earthfile", "Earthfile", L, "PyPI", "ci-secret-reference"


def D_ps1_sign(rng):
    L = ["param([string]$Version = '%s')" % ver(rng), "$ErrorActionPreference = 'Stop'", "",
         "# code-signing certificate thumbprint (public, identifies the cert in the store)",
         "$Thumbprint = '%s'" % fpr(rng), "$ExpectedHash = '%s'" % sha256(rng).upper(), "",
         "$hash = (Get-FileHash -Algorithm SHA256 .\\vendor\\tool.zip).Hash",
         "if ($hash -ne $ExpectedHash) { throw \"checksum mismatch: $hash\" }", "",
         "signtool sign /sha1 $Thumbprint /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 .\\bin\\Release\\app.exe",
         "dotnet nuget push .\\out\\*.nupkg --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json"]
    return rng.choice(["sign.ps1", "build/Sign-Release.ps1"]), "ps1", L, "generic", "cert-thumbprint"


def D_bat_sign(rng):
    L = ["@echo off", "setlocal", "set CERT_SHA1=%s" % fpr(rng), "set BUILD_ID=%s" % uuid4(rng), "",
         "msbuild App.sln /p:Configuration=Release /p:BuildId=%BUILD_ID%", "if errorlevel 1 exit /b 1",
         "signtool sign /sha1 %CERT_SHA1% /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 bin\\Release\\App.exe",
         "nuget push out\\*.nupkg -ApiKey %NUGET_API_KEY% -Source https://api.nuget.org/v3/index.json", "endlocal"]
    return rng.choice(["sign.bat", "build/sign.cmd"]), "bat", L, "generic", "cert-thumbprint"


def D_sh_verify(rng):
    f = fpr(rng)
    L = ["#!/usr/bin/env bash", "# Verify a downloaded release before installing it.", "set -euo pipefail", "",
         'VERSION="%s"' % ver(rng), 'SIGNING_KEY="%s"' % f, "",
         'curl -fsSLO "https://downloads.example.org/tool/${VERSION}/tool-${VERSION}.tar.gz"',
         'curl -fsSLO "https://downloads.example.org/tool/${VERSION}/SHA256SUMS"',
         'curl -fsSLO "https://downloads.example.org/tool/${VERSION}/SHA256SUMS.asc"', "",
         'gpg --batch --recv-keys "$SIGNING_KEY"', "gpg --batch --verify SHA256SUMS.asc SHA256SUMS",
         "grep \"tool-${VERSION}.tar.gz\" SHA256SUMS | sha256sum -c -", "",
         "# expected: %s  tool-${VERSION}.tar.gz" % sha256(rng), "cosign verify-blob --key cosign.pub --signature tool.sig tool-${VERSION}.tar.gz"]
    return rng.choice(["scripts/verify-release.sh", "install-tool.sh"]), "sh", L, "generic", "gpg-fingerprint"


def D_sh_ecr(rng):
    acct, region = "%012d" % rng.randint(10 ** 11, 10 ** 12 - 1), rng.choice(["us-east-1", "eu-west-1", "ap-southeast-2"])
    L = ["#!/bin/bash", "set -euo pipefail", 'ACCOUNT_ID="%s"' % acct, 'REGION="%s"' % region,
         'REGISTRY="${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com"',
         'ROLE_ARN="arn:aws:iam::${ACCOUNT_ID}:role/ci-image-push"', "",
         'aws ecr get-login-password --region "$REGION" | docker login --username AWS --password-stdin "$REGISTRY"',
         'docker build -t "$REGISTRY/%s:$(git rev-parse --short HEAD)" .' % rng.choice(REPOS),
         'docker push "$REGISTRY/%s:$(git rev-parse --short HEAD)"' % rng.choice(REPOS)]
    return rng.choice(["scripts/push-image.sh", "ci/ecr-push.sh"]), "sh", L, "AWS", "account-id"


def D_sh_prompt(rng):
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# Messages (translated in locale/*.po)",
         'MSG_TOKEN_PROMPT="${MSG_TOKEN_PROMPT:-Enter your PyPI API token (starts with pypi-): }"',
         'MSG_TOKEN_MISSING="Kein Token angegeben / no token given"', "",
         'if [ -z "${TWINE_PASSWORD:-}" ]; then', '  read -rsp "$MSG_TOKEN_PROMPT" TWINE_PASSWORD', "  echo", "fi",
         'if [ -z "$TWINE_PASSWORD" ]; then echo "$MSG_TOKEN_MISSING" >&2; exit 1; fi', "export TWINE_USERNAME=__token__ TWINE_PASSWORD",
         "python -m twine upload dist/*"]
    return "scripts/upload.sh", "sh", L, "PyPI", "i18n-prompt"


def D_vercel_ids(rng):
    L = ["name: Vercel Production Deployment", "env:", "  VERCEL_ORG_ID: team_%s" % rs(rng, ALNUM, 24),
         "  VERCEL_PROJECT_ID: prj_%s" % rs(rng, ALNUM, 28), "on:", "  push:", "    branches: [main]", "jobs:",
         "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
         "      - run: npm install --global vercel@latest",
         "      - run: vercel pull --yes --environment=production --token=${{ secrets.VERCEL_TOKEN }}",
         "      - run: vercel build --prod --token=${{ secrets.VERCEL_TOKEN }}",
         "      - run: vercel deploy --prebuilt --prod --token=${{ secrets.VERCEL_TOKEN }}"]
    return ".github/workflows/vercel.yml", "github-workflow", L, "Vercel", "public-id"


def D_netlify_ids(rng):
    L = ["deploy-site:", "  stage: deploy", "  image: node:20", "  variables:", "    NETLIFY_SITE_ID: \"%s\"" % uuid4(rng),
         "  script:", "    - npm ci && npm run build",
         "    - npx netlify-cli deploy --dir=dist --prod --site=$NETLIFY_SITE_ID --auth=$NETLIFY_AUTH_TOKEN",
         "  environment:", "    name: production", "    url: https://%s.netlify.app" % rng.choice(REPOS)]
    return ".gitlab-ci.yml", "gitlab-ci", L, "Netlify", "public-id"


def D_cloudflare_ids(rng):
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "# ids are not secret; the token comes from the CI secret store",
         'export CLOUDFLARE_ACCOUNT_ID="%s"' % rs(rng, HEX, 32), 'ZONE_ID="%s"' % rs(rng, HEX, 32),
         ': "${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN}"', "", "npx wrangler deploy --env production",
         'curl -fsS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \\',
         '  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" -H "Content-Type: application/json" \\',
         "  --data '{\"purge_everything\":true}'"]
    return rng.choice(["scripts/deploy-worker.sh", "deploy.sh"]), "sh", L, "Cloudflare", "account-id"


def D_sentry_dsn(rng):
    org = rng.randint(100000, 9999999)
    L = ["# Frontend build: DSN is public (sent to browsers); auth token is injected by CI",
         "SENTRY_DSN := https://%s@o%d.ingest.sentry.io/%d" % (rs(rng, HEX, 32), org, rng.randint(10 ** 15, 10 ** 16 - 1)),
         "SENTRY_ORG := %s" % rng.choice(ORGS), "RELEASE := $(shell git rev-parse HEAD)", "", "build:",
         "\tVITE_SENTRY_DSN=$(SENTRY_DSN) VITE_RELEASE=$(RELEASE) npm run build", "", "sourcemaps: build",
         "\tsentry-cli --auth-token $(SENTRY_AUTH_TOKEN) sourcemaps upload --org $(SENTRY_ORG) --release $(RELEASE) dist/"]
    return rng.choice(["Makefile", "frontend/Makefile"]), "Makefile", L, "Sentry", "public-dsn"


def D_goreleaser(rng):
    L = ["version: 2", "before:", "  hooks:", "    - go mod tidy", "builds:", "  - env: [CGO_ENABLED=0]",
         "    goos: [linux, darwin, windows]", "    ldflags:", "      - -s -w -X main.commit={{.Commit}} -X main.date={{.Date}}",
         "checksum:", "  name_template: 'checksums.txt'", "  algorithm: sha256", "signs:", "  - artifacts: checksum",
         "    args: [\"--batch\", \"-u\", \"{{ .Env.GPG_FINGERPRINT }}\", \"--output\", \"${signature}\", \"--detach-sign\", \"${artifact}\"]",
         "release:", "  github:", "    owner: %s" % rng.choice(ORGS), "    name: %s" % rng.choice(REPOS),
         "brews:", "  - repository:", "      owner: %s" % rng.choice(ORGS), "      name: homebrew-tap",
         "      token: \"{{ .Env.HOMEBREW_TAP_GITHUB_TOKEN }}\""]
    return ".goreleaser.yaml", "goreleaser", L, "GitHub", "ci-secret-reference"


def D_rake_checksums(rng):
    L = ["require 'digest'", "require 'open-uri'", "", "ASSETS = {",
         "  'https://cdn.example.org/jquery-3.7.1.min.js' => '%s'," % sha256(rng),
         "  'https://cdn.example.org/bootstrap-5.3.3.min.css' => '%s'," % sha256(rng), "}.freeze", "",
         "task :vendor do", "  ASSETS.each do |url, sum|", "    body = URI.open(url).read",
         "    raise \"bad checksum for #{url}\" unless Digest::SHA256.hexdigest(body) == sum",
         "    File.write(File.join('vendor', File.basename(url)), body)", "  end", "end", "",
         "task :release do", "  sh \"gem push pkg/*.gem --key #{ENV.fetch('GEM_HOST_API_KEY_NAME', 'rubygems')}\"", "end"]
    return "Rakefile", "Rakefile", L, "generic", "checksum"


def D_gulp_rev(rng):
    L = ["const { src, dest, series } = require('gulp');", "const rev = require('gulp-rev');", "",
         "// content hashes from the last build, kept for cache busting", "const MANIFEST = {",
         "  'app.js': 'app-%s.js'," % rs(rng, HEX, 10), "  'app.css': 'app-%s.css'," % rs(rng, HEX, 10), "};", "",
         "function revision() {", "  return src('dist/**/*.{js,css}').pipe(rev()).pipe(dest('dist')).pipe(rev.manifest()).pipe(dest('dist'));", "}", "",
         "function upload(cb) {", "  const token = process.env.NETLIFY_AUTH_TOKEN;",
         "  if (!token) return cb(new Error('NETLIFY_AUTH_TOKEN is not set'));",
         "  require('child_process').execFileSync('netlify', ['deploy', '--prod', '--auth', token], { stdio: 'inherit' });",
         "  cb();", "}", "", "exports.release = series(revision, upload);", "module.exports.MANIFEST = MANIFEST;"]
    return "gulpfile.js", "gulpfile.js", L, "Netlify", "ci-secret-reference"


def D_tox_passenv(rng):
    L = ["[tox]", "envlist = py3{10,11,12}", "", "[testenv]", "passenv =", "    CODECOV_TOKEN", "    TWINE_*",
         "setenv =", "    PYTHONHASHSEED = 0", "    COVERAGE_FILE = {toxworkdir}/.coverage.{envname}",
         "commands = pytest --cov --cov-report=xml", "", "[testenv:upload]",
         "commands = codecov -t {env:CODECOV_TOKEN} -f coverage.xml", "", "[testenv:publish]",
         "deps = twine", "commands = twine upload --non-interactive dist/*"]
    return "tox.ini", "tox.ini", L, "Codecov", "ci-secret-reference"


def D_nox_env(rng):
    L = ["import os", "import uuid", "", "import nox", "", "RUN_ID = os.environ.get(\"GITHUB_RUN_ID\") or \"%s\"" % uuid4(rng),
         "", "", "@nox.session", "def docs(session):", "    session.install(\"-r\", \"docs/requirements.txt\")",
         "    session.run(\"sphinx-build\", \"-W\", \"docs\", \"docs/_build\")", "", "", "@nox.session", "def publish(session):",
         "    token = os.environ[\"PYPI_API_TOKEN\"]", "    session.install(\"twine\")",
         "    session.run(\"twine\", \"upload\", \"-u\", \"__token__\", \"-p\", token, \"dist/*\", external=True)",
         "    session.log(f\"published run {RUN_ID}\")"]
    return "noxfile.py", "noxfile.py", L, "PyPI", "uuid-id"


def D_procfile_env(rng):
    L = ["# Heroku process types", "web: bundle exec puma -C config/puma.rb -p $PORT",
         "worker: bundle exec sidekiq -C config/sidekiq.yml", "mailers: bundle exec sidekiq -q mailers -c 2",
         "clock: bundle exec clockwork config/clock.rb",
         "release: bin/rails db:migrate && curl -fsS -X POST -d \"{\\\"text\\\":\\\"released $HEROKU_RELEASE_VERSION\\\"}\" \"$SLACK_WEBHOOK_URL\""]
    return "Procfile", "Procfile", L, "Slack", "ci-secret-reference"


def D_slack_example(rng):
    L = ["#!/usr/bin/env bash", "# Usage: SLACK_WEBHOOK_URL=... ./notify.sh \"message\"", "#",
         "# The URL looks like the example in Slack's docs:",
         "#   https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
         "set -eu", 'MSG="${1:-build finished}"', ': "${SLACK_WEBHOOK_URL:?missing}"',
         'curl -fsS -X POST -H "Content-type: application/json" --data "{\\"text\\":\\"${MSG}\\"}" "$SLACK_WEBHOOK_URL"']
    return rng.choice(["scripts/notify.sh", "notify.sh"]), "sh", L, "Slack", "documentation-example"


def D_heroku_container(rng):
    app = rng.choice(REPOS)
    L = ["#!/bin/sh", "# needs HEROKU_API_KEY in the environment (see 1Password: ci/heroku)", "set -e",
         "APP=%s" % app, "RELEASE_ID=%s" % uuid4(rng), "", "heroku container:login",
         "heroku container:push web --app \"$APP\"", "heroku container:release web --app \"$APP\"",
         "echo \"release $RELEASE_ID done\""]
    return rng.choice(["bin/heroku-release", "scripts/heroku.sh"]), "sh", L, "Heroku", "uuid-id"


DOMAIN_TEMPLATES = [D_docker_checksum, D_docker_secret_mount, D_gha_pinned, D_gha_oidc, D_gitlab_jobtoken,
                    D_jenkins_withcreds, D_make_version, D_make_localstack, D_aws_example, D_just_checksum, D_task_env,
                    D_npmrc, D_package_lock, D_package_env, D_gradle_signing, D_gradle_verif, D_pom_gpg, D_cmake_fetch,
                    D_bazel_archive, D_bazel_stamp, D_earthly_secret, D_ps1_sign, D_bat_sign, D_sh_verify, D_sh_ecr,
                    D_sh_prompt, D_vercel_ids, D_netlify_ids, D_cloudflare_ids, D_sentry_dsn, D_goreleaser,
                    D_rake_checksums, D_gulp_rev, D_tox_passenv, D_nox_env, D_procfile_env, D_slack_example,
                    D_heroku_container]


# ----------------------------------------------------------------------------- driver
def cycle_picker(rng, items):
    pool = []

    def pick():
        if not pool:
            pool.extend(items)
            rng.shuffle(pool)
        return pool.pop()
    return pick


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_bu.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    pos_secrets = []
    pick_slot = cycle_picker(rng, SLOT_TEMPLATES)
    for i in range(500):
        for _attempt in range(20):
            cred = pick_maker(rng)(rng, False)
            ctx = Ctx(rng, cred, False)
            tmpl = pick_slot()
            rel, ft, lines = tmpl(rng, ctx)
            text = "\n".join(lines) + "\n"
            needle = cred["secret"]
            if needle in text:
                break
        else:
            raise RuntimeError("secret not placed")
        line = text[:text.index(needle)].count("\n") + 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        pos_secrets.append(needle)
        manifest.append({"file": f, "label": "pos", "provider": cred["provider"], "kind": cred["kind"],
                         "filetype": ft, "template": tmpl.__name__, "style": ctx.slots[0].style})
        secrets.append({"file": f, "needle": needle, "line": line})

    pick_slot_neg = cycle_picker(rng, SLOT_TEMPLATES)
    pick_dom = cycle_picker(rng, DOMAIN_TEMPLATES)
    neg_texts = []
    for i in range(500):
        if i % 2 == 0:
            cred = pick_maker(rng)(rng, True)
            ctx = Ctx(rng, cred, True)
            tmpl = pick_slot_neg()
            rel, ft, lines = tmpl(rng, ctx)
            prov, kind = cred["provider"], ctx.kind
            text = "\n".join(lines) + "\n"
            if cred["secret"] in text:
                raise RuntimeError("decoy leaked secret")
        else:
            tmpl = pick_dom()
            rel, ft, lines, prov, kind = tmpl(rng)
            text = "\n".join(lines) + "\n"
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        neg_texts.append(text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ft,
                         "template": tmpl.__name__})
    for sec in pos_secrets:
        for t in neg_texts:
            if sec in t:
                raise RuntimeError("positive secret found in a negative")
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
