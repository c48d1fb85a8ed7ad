#!/usr/bin/env python3
"""gen_fr.py - blind evaluation-set generator for secret scanners (CI / build farms / artifact repos).

EMPHASIS
    Domain: CI servers, build farms and artifact repositories.
    Providers: Jenkins (JCasC, credentials.xml, init.groovy.d, API tokens, inbound agent secrets,
    python-jenkins, jenkins-job-builder), TeamCity (REST access tokens, agent authorizationToken),
    Bamboo (Bamboo Specs .credentials, Data Center PATs), Drone (RPC secret, CLI token),
    Woodpecker (agent secret), Buildkite (agent token, bkua_ API tokens), GitLab (glrt- runner
    tokens, GR1348941 registration tokens, glpat- PATs), Azure DevOps (PATs, legacy 52-char and
    84-char new format), Concourse (local users), Argo CD (admin password, API-key JWTs),
    Tekton (basic-auth / dockerconfigjson secrets), Spinnaker (halconfig), Nexus (passwords,
    NpmToken.<uuid>, npm _auth), Artifactory/JFrog (AKCp API keys, reference/identity tokens,
    access-token JWTs, jfrog-cli.conf), SonarQube (squ_/sqp_/sqa_ and legacy 40-hex tokens),
    npm (npm_ tokens), Docker Hub (dckr_pat_), GitHub (ghp_ used as Jenkins/Argo credentials),
    code signing (keystore / pfx / gpg passphrases in build scripts).
    File types: Jenkinsfile, Groovy, credentials.xml, JCasC YAML, config.toml, .drone.yml,
    .woodpecker.yml, Buildkite pipeline.yml, agent cfg and hooks, azure-pipelines.yml, Maven
    settings.xml, NuGet.config, .npmrc, pip.conf, gradle.properties, build.gradle, Dockerfile,
    docker-compose, Helm values, Kubernetes manifests, systemd units, shell, PowerShell,
    Makefile, Terraform, Python, Kotlin DSL, JSON, INI, TOML, properties, Markdown runbooks,
    SQL, CSV, build logs, checksum files, known_hosts, PEM certificates, GPG public keys.

USAGE
    python3 gen_fr.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
    (500 files, no credential), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, 1-based line of the needle's first
    occurrence). All randomness comes from one random.Random(SEED); output is byte-identical for
    a given SEED. Standard library only.

NEEDLE CONVENTIONS
    - Plain assignments / flags / positional or constructor arguments: the value only, without
      quotes.
    - HTTP headers ("Authorization: Bearer X", "X-JFrog-Art-Api: X"): only X, no scheme word.
    - URLs with embedded credentials (https://user:PASS@host/...): only PASS (the password or
      token part), never the user name or host.
    - user:password pairs (CONCOURSE_ADD_LOCAL_USER, curl -u user:tok): only the password/token.
    - Basic-auth blobs stored as base64 (.npmrc _auth / _password, dockerconfigjson "auth"): the
      base64 string exactly as written (it encodes user:password).
    - Multi-line private keys: the "-----BEGIN ... PRIVATE KEY-----" line as written (without
      leading indentation); the line is the line of that BEGIN marker.
    - JWTs (Argo CD, JFrog access tokens): the whole three-part token.

NEGATIVES
    Half (250) re-use the positive templates with the credential slot holding a non-secret:
    placeholders (<your-token>, YOUR_API_TOKEN_HERE, changeme, xxxx...), empty values, masked
    values (****, [MASKED], [REDACTED]), environment / secret-manager references (${VAR},
    ${{ secrets.X }}, $(var), ((concourse.var)), os.environ[...], process.env.X, credentials('id'),
    $env:X, var.x, vault: / op:// paths, ${readFile:...}), Jenkins encrypted values ({AQAAAB...}),
    TeamCity credentialsJSON:<uuid> references, and providers' documented examples (Drone's
    "correct-horse-batter-staple", Docker's "dckr_pat_124509ugsdjga93", JFrog's sample API-key
    output). Files named .env* become .env.example for negatives. The other half (250) are
    look-alikes: credentials.xml / JCasC with encrypted values, withCredentials() pipelines,
    masked build logs, GitLab job logs with runner ids and job ids, sha1/sha256/md5 checksum
    files, package-lock integrity hashes, Gradle verification metadata, NuGet contentHash,
    image digests, commit SHAs pinned in workflows, SonarQube report-task ceTaskId, TeamCity
    credentialsJSON ids, SealedSecret ciphertext, GPG public keys, X.509 certificates,
    known_hosts, build-info JSON, UUID job ids, build numbers, token digests.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    - GitLab: glrt- prefix for runner authentication tokens (GitLab MRs !110275 / runner !3910,
      example body of 20 chars); instance-wide custom prefixes exist; glpat- PATs (20 chars,
      GitLab notes that newer PATs can be longer).
    - Buildkite docs "Token security": bkua_ = API access tokens (since 2023), bkaa_ agent
      session tokens, bkaj_ job tokens; agent tokens used via BUILDKITE_AGENT_TOKEN / cfg token.
    - SonarQube: AWS Secrets Manager partner doc says tokens start with squ_, sqa_ or sqp_;
      SonarQube docs: user / global analysis / project analysis tokens, sonar.token (sonar.login
      on older versions).
    - Azure DevOps: release notes (Sprint 241) - PAT length grew from 52 to 84 characters,
      52 of them random; PowerShell gallery module validated legacy PATs as 52 chars.
    - TeamCity: REST docs - access tokens sent as "Authorization: Bearer"; real project code
      shows the eyJ0eXAiOiAiVENWMiJ9.<b64>.<b64 of uuid> structure.
    - JFrog: reference tokens are 64-character strings usable as bearer/password/X-JFrog-Art-Api;
      identity tokens shown as "cm[...]"; access tokens "ey[...]" (JWT); API keys deprecated.
    - npm: npm_ prefix, 36 chars after it with a CRC32 checksum at the end (GitHub changelog
      cited in an issue thread); legacy tokens removed 2025.
    - Drone docs: DRONE_RPC_SECRET shared between server and runners (doc example
      correct-horse-batter-staple, used as a negative); community guides use openssl rand -hex 16.
    - Docker docs: PAT example "dckr_pat_124509ugsdjga93" (used as a negative only).
    - Jenkins: help text on legacy vs new API tokens; credentials.xml element names
      (UsernamePasswordCredentialsImpl, StringCredentialsImpl) from real repos.
    Some search hits were secret-scanner rule files or detector pages (GitGuardian detector
    pages, keyhog-core / keyhog-scanner, redact-secret, bagel, leaktk patterns, secretlint); they
    were not used as a source for any format.

DOUBTS
    - Jenkins API token: new tokens assumed "11" + 32 lowercase hex (legacy: 32 hex); inbound
      agent secret assumed 64 hex; encrypted {AQAAAB...} layout (version byte, iv length, data
      length, iv, data) from memory, not from docs.
    - TeamCity agent authorizationToken assumed 32 hex.
    - Buildkite bkua_ body assumed 40 lowercase hex (docs masked it with asterisks); classic
      agent token assumed 50 lowercase alphanumerics (not confirmed).
    - Azure DevOps 84-char layout assumed 52 random + "JQQJ99" + 18 + "AZDO" + 4 (not confirmed;
      only the 84/52 lengths are documented); legacy 52 chars assumed base32 lowercase.
    - Bamboo (Atlassian Data Center) PAT assumed base64 of "<12 digits>:<20 random bytes>"
      (44 chars); not confirmed.
    - Artifactory API key assumed "AKCp" + digit + 68 base62 (73 chars); reference token built as
      base64("reftkn:01:<expiry>:<27 random>") = 64 chars, consistent with "cm..." / 64 chars in
      JFrog docs but inner layout not confirmed.
    - SonarQube body assumed 40 lowercase hex after the prefix (length not seen in vendor docs).
    - npm_ / ghp_ checksum: CRC32 of the 30 random chars, base62 (0-9A-Za-z), 6 chars,
      left-padded with '0'; alphabet order not confirmed.
    - dckr_pat_ body assumed 27 base64url chars; Argo CD API-key JWT claims from memory; Nexus
      NpmToken.<uuid> from memory; GR1348941 registration prefix from memory.
"""

import base64
import json
import os
import random
import struct
import sys
import zlib

# ----------------------------------------------------------------------------- helpers
HEX = "0123456789abcdef"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM_L = "abcdefghijklmnopqrstuvwxyz0123456789"
B64URL = B62 + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
PW_SYMS = "!^*-_+=.~"
WORDS = ["harbor", "violet", "granite", "otter", "falcon", "meadow", "copper", "lantern", "saffron",
         "tundra", "juniper", "quartz", "mistral", "pebble", "cobalt", "walnut", "ember", "glacier",
         "orchid", "raven", "summit", "thistle", "willow", "zephyr", "basalt", "cypress", "dune",
         "fjord", "hazel", "indigo", "kestrel", "lagoon", "marble", "nectar", "onyx", "prairie"]


class Raw(str):
    """A non-literal expression (env lookup etc.) that must be emitted without quotes."""


def lit(v, q='"'):
    if isinstance(v, Raw):
        return str(v)
    return q + v + q


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return rs(rng, HEX, n)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode()


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def base62_fixed(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")[-width:]


def checksummed(rng, prefix, body_len=30):
    body = rs(rng, B62, body_len)
    return prefix + body + base62_fixed(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt(header, payload, sig_bytes):
    return "%s.%s.%s" % (b64u(json.dumps(header, separators=(",", ":")).encode()),
                         b64u(json.dumps(payload, separators=(",", ":")).encode()),
                         b64u(sig_bytes))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def password(rng, style=None, safe=False):
    style = style or pick(rng, ["words", "mixed", "long"])
    if style == "words":
        w = [pick(rng, WORDS).capitalize(), pick(rng, WORDS), pick(rng, WORDS)]
        sep = "-" if safe else pick(rng, ["-", ".", "_", "!"])
        s = sep.join(w[: rng.randint(2, 3)]) + str(rng.randint(100, 9999))
        return s + ("" if safe else pick(rng, ["!", "*", "~", "", "^"]))
    if style == "mixed":
        alpha = B62 + ("-_." if safe else PW_SYMS)
        while True:
            s = rs(rng, alpha, rng.randint(14, 22))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and s[0].isalnum():
                return s
    return rs(rng, B62, rng.choice([24, 32]))


# ----------------------------------------------------------------------------- context values
ORGS = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "vandelay", "contoso",
        "stark-ind", "wayne-ent", "tyrell", "soylent"]
APPS = ["billing-api", "checkout", "inventory-svc", "mobile-app", "data-pipeline", "auth-gateway",
        "web-frontend", "reporting", "search-indexer", "notifier", "ledger", "catalog"]
USERS = ["ci-bot", "jenkins", "release-bot", "deployer", "svc-build", "buildmaster", "ci-deploy",
         "automation", "svc-artifacts", "pipeline"]


def ctx(rng):
    org = pick(rng, ORGS)
    app = pick(rng, APPS)
    dom = pick(rng, ["%s.io", "%s.internal", "%s.corp", "%s-ci.net", "%s.dev"]) % org
    return {
        "org": org, "app": app, "dom": dom, "user": pick(rng, USERS),
        "jenkins": pick(rng, ["jenkins", "ci", "build", "jenkins-prod"]) + "." + dom,
        "nexus": pick(rng, ["nexus", "repo", "artifacts"]) + "." + dom,
        "arti": pick(rng, ["%s.jfrog.io" % org, "artifactory." + dom]),
        "sonar": pick(rng, ["sonar", "sonarqube", "quality"]) + "." + dom,
        "gitlab": pick(rng, ["gitlab", "git", "code"]) + "." + dom,
        "tc": pick(rng, ["teamcity", "tc", "builds"]) + "." + dom,
        "ver": "%d.%d.%d" % (rng.randint(0, 5), rng.randint(0, 30), rng.randint(0, 40)),
        "sha": hexs(rng, 40), "build": str(rng.randint(12, 9800)),
        "jdk": pick(rng, ["11", "17", "21"]), "node": pick(rng, ["18", "20", "22"]),
        "region": pick(rng, ["eu-west-1", "us-east-1", "us-west-2", "eu-central-1"]),
    }


# ----------------------------------------------------------------------------- secret generators
def g_jenkins_api(rng):
    return "11" + hexs(rng, 32) if rng.random() < 0.7 else hexs(rng, 32)


def g_jenkins_agent(rng):
    return hexs(rng, 64)


def g_teamcity(rng):
    mid = b64u(rs(rng, B64URL, 27).encode())
    return "eyJ0eXAiOiAiVENWMiJ9." + mid + "." + b64u(uuid4(rng).encode())


def g_tc_agent(rng):
    return hexs(rng, 32)


def g_bamboo_pat(rng):
    return b64(("%012d" % rng.randint(10 ** 11, 10 ** 12 - 1)).encode() + b":" + rbytes(rng, 20))


def g_drone_rpc(rng):
    return hexs(rng, 32)


def g_drone_token(rng):
    return rs(rng, B62, 32)


def g_woodpecker(rng):
    return hexs(rng, 64)


def g_bk_api(rng):
    return "bkua_" + hexs(rng, 40)


def g_bk_agent(rng):
    return rs(rng, ALNUM_L, 50)


def g_glrt(rng):
    if rng.random() < 0.3:
        return "glrt-t%d_" % rng.randint(1, 3) + rs(rng, B64URL, 20)
    return "glrt-" + rs(rng, B64URL, 20)


def g_glreg(rng):
    return "GR1348941" + rs(rng, B64URL, 20)


def g_glpat(rng):
    return "glpat-" + rs(rng, B64URL, 20)


def g_ado(rng):
    if rng.random() < 0.5:
        return rs(rng, B32L, 52)
    return rs(rng, B62, 52) + "JQQJ99" + rs(rng, B62, 18) + "AZDO" + rs(rng, B62, 4)


def g_argocd_jwt(rng):
    iat = rng.randint(1690000000, 1760000000)
    return jwt({"alg": "HS256", "typ": "JWT"},
               {"iss": "argocd", "sub": "%s:apiKey" % pick(rng, ["ci-bot", "deployer", "gitops"]),
                "nbf": iat, "iat": iat, "jti": uuid4(rng)}, rbytes(rng, 32))


def g_jfrog_jwt(rng):
    iat = rng.randint(1690000000, 1760000000)
    kid = rs(rng, B64URL, 43)
    sub = "jfac@01%s/users/%s" % (rs(rng, ALNUM_L, 24), pick(rng, USERS))
    return jwt({"ver": "2", "typ": "JWT", "alg": "RS256", "kid": kid},
               {"sub": sub, "scp": "applied-permissions/user", "aud": "*@*", "iss": "jfac@01" +
                rs(rng, ALNUM_L, 24), "exp": iat + 31536000, "iat": iat, "jti": uuid4(rng)},
               rbytes(rng, 256))


def g_nexus_npm(rng):
    return "NpmToken." + uuid4(rng)


def g_arti_key(rng):
    return "AKCp" + pick(rng, "58") + rs(rng, B62, 68)


def g_arti_ref(rng):
    exp = rng.randint(1700000000, 1900000000) if rng.random() < 0.7 else 0
    raw = ("reftkn:01:%010d:" % exp).encode() + rs(rng, B62, 27).encode()
    return b64(raw)


def g_sonar(rng):
    if rng.random() < 0.25:
        return hexs(rng, 40)
    return pick(rng, ["squ_", "sqp_", "sqa_"]) + hexs(rng, 40)


def g_sonar_prefixed(rng):
    return pick(rng, ["squ_", "sqp_", "sqa_"]) + hexs(rng, 40)


def g_npm(rng):
    return checksummed(rng, "npm_")


def g_ghp(rng):
    return checksummed(rng, "ghp_")


def g_dockerpat(rng):
    return "dckr_pat_" + rs(rng, B64URL, 27)


def g_gitea(rng):
    return hexs(rng, 40)


def g_pw(rng):
    return password(rng)


def g_pw_safe(rng):
    return password(rng, safe=True)


def g_basic_b64(rng):
    return b64(("%s:%s" % (pick(rng, USERS), password(rng, safe=True))).encode())


def g_ado_b64(rng):
    return b64(g_ado(rng).encode())


def ssh_string(b):
    return struct.pack(">I", len(b)) + b


def g_ssh_key(rng):
    pub = rbytes(rng, 32)
    pubblob = ssh_string(b"ssh-ed25519") + ssh_string(pub)
    chk = rbytes(rng, 4)
    priv = (chk + chk + ssh_string(b"ssh-ed25519") + ssh_string(pub) + ssh_string(rbytes(rng, 32) + pub)
            + ssh_string(("%s@build-agent" % pick(rng, USERS)).encode()))
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + ssh_string(b"none") + ssh_string(b"none") + ssh_string(b"")
            + struct.pack(">I", 1) + ssh_string(pubblob) + ssh_string(priv))
    body = b64(blob)
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + lines + ["-----END OPENSSH PRIVATE KEY-----"])


# ----------------------------------------------------------------------------- positive templates
# Each template: fn(rng, c, v) -> (relpath, text). v is the slot value (secret for positives,
# a non-secret filler for template-based negatives). Code templates quote v with lit() so that a
# Raw expression (os.environ[...]) can take the slot in negatives.

def t_jcasc_admin(rng, c, v):
    return (pick(rng, ["jenkins/casc/jenkins.yaml", "casc_configs/jenkins.yaml", "jcasc/security.yaml"]),
            """jenkins:
  systemMessage: "Jenkins configured automatically by JCasC - do not edit in the UI"
  numExecutors: 0
  mode: EXCLUSIVE
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: "admin"
          name: "Build Administrator"
          password: "%s"
  authorizationStrategy:
    loggedInUsersCanDoAnything:
      allowAnonymousRead: false
  crumbIssuer:
    standard:
      excludeClientIPFromCrumb: true
unclassified:
  location:
    url: "https://%s/"
    adminAddress: "ci-admins@%s"
""" % (v, c["jenkins"], c["dom"]))


def t_jcasc_string(rng, c, v):
    cid = pick(rng, ["sonar-token", "sonarqube-analysis", "sonar-ci"])
    return ("jenkins/casc/credentials.yaml", """credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: "%s"
              description: "SonarQube analysis token for %s"
              secret: "%s"
          - usernamePassword:
              scope: GLOBAL
              id: "github-app-readonly"
              description: "read-only checkout user"
              username: "%s-readonly"
              password: "${GITHUB_READONLY_PASSWORD}"
unclassified:
  sonarGlobalConfiguration:
    buildWrapperEnabled: true
    installations:
      - name: "SonarQube"
        serverUrl: "https://%s"
        credentialsId: "%s"
""" % (cid, c["app"], v, c["org"], c["sonar"], cid))


def t_jcasc_userpass(rng, c, v):
    return ("ci/jenkins/casc.d/30-nexus.yaml", """# Credentials consumed by the maven-release shared library step
credentials:
  system:
    domainCredentials:
      - domain:
          name: "%s"
          description: "Nexus repository manager"
          specifications:
            - hostnameSpecification:
                includes: "%s"
        credentials:
          - usernamePassword:
              scope: GLOBAL
              id: "nexus-deploy"
              username: "%s"
              password: "%s"
              description: "deploys release artifacts to maven-releases"
""" % (c["nexus"], c["nexus"], c["user"], v))


def t_jcasc_sshkey(rng, c, v):
    if v.startswith("-----BEGIN"):
        body = "privateKey: |\n" + "\n".join("                      " + ln for ln in v.split("\n"))
    else:
        body = 'privateKey: "%s"' % v
    return ("jenkins/casc/agents-ssh.yaml", """credentials:
  system:
    domainCredentials:
      - credentials:
          - basicSSHUserPrivateKey:
              scope: SYSTEM
              id: "build-agent-ssh"
              username: "jenkins"
              description: "SSH key used to launch the static linux agents"
              privateKeySource:
                directEntry:
                  %s
jenkins:
  nodes:
    - permanent:
        name: "linux-build-%02d"
        remoteFS: "/home/jenkins/agent"
        labelString: "linux docker jdk%s"
        launcher:
          ssh:
            host: "10.20.%d.%d"
            port: 22
            credentialsId: "build-agent-ssh"
            sshHostKeyVerificationStrategy: "knownHostsFileKeyVerificationStrategy"
""" % (body, rng.randint(1, 40), c["jdk"], rng.randint(0, 9), rng.randint(2, 250)))


def t_credxml_userpass(rng, c, v):
    return ("jenkins_home/credentials.xml", """<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1311.vcf0a_900b_37c2">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>artifactory-publisher</id>
          <description>Publishes %s builds to %s</description>
          <username>%s</username>
          <password>%s</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""" % (c["app"], c["arti"], c["user"], v))


def t_credxml_string(rng, c, v):
    return ("docker/jenkins/ref/credentials.xml", """<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl plugin="plain-credentials@183.va_de8f1dd5a_2b_">
          <scope>GLOBAL</scope>
          <id>github-status-token</id>
          <description>commit status updates for %s/%s</description>
          <secret>%s</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""" % (c["org"], c["app"], v))


def t_jenkinsfile_curl(rng, c, v):
    return ("Jenkinsfile", """pipeline {
    agent { label 'linux && docker' }
    options {
        timeout(time: 45, unit: 'MINUTES')
        buildDiscarder(logRotator(numToKeepStr: '30'))
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build -x test'
            }
        }
        stage('Trigger downstream') {
            when { branch 'main' }
            steps {
                // kick the integration job on the shared controller
                sh "curl -fsS -X POST -u %s:%s https://%s/job/%s-integration/buildWithParameters?SHA=${GIT_COMMIT}"
            }
        }
    }
    post {
        always { junit allowEmptyResults: true, testResults: '**/build/test-results/**/*.xml' }
    }
}
""" % (c["user"], v, c["jenkins"], c["app"]))


def t_groovy_init(rng, c, v):
    return ("jenkins/init.groovy.d/10-create-users.groovy", """import jenkins.model.Jenkins
import hudson.security.HudsonPrivateSecurityRealm
import hudson.security.FullControlOnceLoggedInAuthorizationStrategy

def instance = Jenkins.get()
def realm = new HudsonPrivateSecurityRealm(false)
realm.createAccount("%s", %s)
instance.setSecurityRealm(realm)

def strategy = new FullControlOnceLoggedInAuthorizationStrategy()
strategy.setAllowAnonymousRead(false)
instance.setAuthorizationStrategy(strategy)
instance.setNumExecutors(0)
instance.save()
println("--> security realm configured")
""" % (c["user"], lit(v)))


def t_py_jenkins(rng, c, v):
    return (pick(rng, ["tools/trigger_release.py", "scripts/jenkins_trigger.py"]), """#!/usr/bin/env python3
\"\"\"Queue the release job for %s and wait for it to start.\"\"\"
import sys
import time

import jenkins

JOB = "%s/release"

def main(version):
    server = jenkins.Jenkins("https://%s", username="%s", password=%s, timeout=30)
    queue_id = server.build_job(JOB, {"VERSION": version, "DRY_RUN": "false"})
    for _ in range(60):
        item = server.get_queue_item(queue_id)
        if "executable" in item:
            print("started", item["executable"]["url"])
            return 0
        time.sleep(5)
    print("job did not start in time", file=sys.stderr)
    return 1

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "%s"))
""" % (c["app"], c["app"], c["jenkins"], c["user"], lit(v), c["ver"]))


def t_jjb_ini(rng, c, v):
    return ("jenkins_jobs.ini", """[job_builder]
ignore_cache=True
keep_descriptions=False
include_path=.:scripts
recursive=True
allow_duplicates=False
update=all

[jenkins]
user=%s
password=%s
url=https://%s
query_plugins_info=False
""" % (c["user"], v, c["jenkins"]))


def t_sh_url_trigger(rng, c, v):
    return (pick(rng, ["scripts/trigger-deploy.sh", "bin/redeploy"]), """#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:-staging}"
REV="$(git rev-parse HEAD)"

echo "Requesting deployment of ${REV} to ${ENVIRONMENT}"
curl --fail --silent --show-error -X POST \\
  "https://%s:%s@%s/job/deploy-%s/buildWithParameters?ENV=${ENVIRONMENT}&REV=${REV}"
echo "queued"
""" % (c["user"], v, c["jenkins"], c["app"]))


def t_jenkinsfile_env(rng, c, v):
    return ("Jenkinsfile", """pipeline {
    agent { docker { image 'maven:3.9-eclipse-temurin-%s' } }
    environment {
        SONAR_HOST_URL = 'https://%s'
        SONAR_TOKEN    = %s
        MAVEN_OPTS     = '-Xmx1g'
    }
    stages {
        stage('Verify') {
            steps { sh 'mvn -B -ntp verify' }
        }
        stage('Analysis') {
            steps {
                sh 'mvn -B -ntp sonar:sonar -Dsonar.projectKey=%s -Dsonar.host.url=$SONAR_HOST_URL -Dsonar.token=$SONAR_TOKEN'
            }
        }
    }
}
""" % (c["jdk"], c["sonar"], lit(v, "'"), c["app"]))


def t_systemd_agent(rng, c, v):
    name = "build-%02d" % rng.randint(1, 60)
    return ("deploy/systemd/jenkins-agent.service", """[Unit]
Description=Jenkins inbound agent (%s)
After=network-online.target docker.service
Wants=network-online.target

[Service]
User=jenkins
WorkingDirectory=/var/lib/jenkins-agent
ExecStart=/usr/bin/java -Xmx512m -jar /opt/jenkins/agent.jar -url https://%s/ -secret %s -name %s -webSocket -workDir /var/lib/jenkins-agent
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
""" % (name, c["jenkins"], v, name))


def t_compose_agent(rng, c, v):
    return ("docker-compose.agents.yml", """services:
  agent-linux:
    image: jenkins/inbound-agent:3261.v9c670a_4748a_9-1-jdk%s
    restart: unless-stopped
    environment:
      JENKINS_URL: "https://%s"
      JENKINS_AGENT_NAME: "docker-agent-%d"
      JENKINS_SECRET: "%s"
      JENKINS_AGENT_WORKDIR: "/home/jenkins/agent"
    volumes:
      - agent-work:/home/jenkins/agent
      - /var/run/docker.sock:/var/run/docker.sock
volumes:
  agent-work: {}
""" % (c["jdk"], c["jenkins"], rng.randint(1, 20), v))


def t_sh_tc_header(rng, c, v):
    return ("scripts/teamcity-queue.sh", """#!/bin/sh
# Queue a TeamCity build for the current branch and print its web URL.
set -e
BRANCH=$(git rev-parse --abbrev-ref HEAD)
BT_ID="%s_Build"

curl -sS -X POST "https://%s/app/rest/buildQueue" \\
  -H "Authorization: Bearer %s" \\
  -H "Content-Type: application/xml" \\
  -H "Accept: application/json" \\
  -d "<build branchName=\\"${BRANCH}\\"><buildType id=\\"${BT_ID}\\"/></build>" | jq -r .webUrl
""" % (c["app"].replace("-", "").capitalize(), c["tc"], v))


def t_ps1_tc(rng, c, v):
    return ("build/Get-TeamCityArtifacts.ps1", """param(
    [string]$BuildTypeId = "%s_Release",
    [string]$OutDir = "artifacts"
)
$ErrorActionPreference = "Stop"
$server = "https://%s"
$token = %s
$headers = @{ Authorization = "Bearer $token"; Accept = "application/json" }

$build = Invoke-RestMethod -Uri "$server/app/rest/builds/buildType:$BuildTypeId,status:SUCCESS,count:1" -Headers $headers
Write-Host "Latest green build: $($build.number)"
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
Invoke-WebRequest -Uri "$server/app/rest/builds/id:$($build.id)/artifacts/archived" -Headers $headers -OutFile "$OutDir/artifacts.zip"
""" % (c["app"].replace("-", ""), c["tc"], lit(v)))


def t_tc_agent_props(rng, c, v):
    return ("teamcity-agent/conf/buildAgent.properties", """## TeamCity build agent configuration
serverUrl=https://%s
name=linux-agent-%02d
workDir=../work
tempDir=../temp
systemDir=../system
ownPort=9090
authorizationToken=%s

env.JAVA_HOME=/usr/lib/jvm/temurin-%s
system.agent.os=linux
system.docker.available=true
""" % (c["tc"], rng.randint(1, 40), v, c["jdk"]))


def t_py_tc(rng, c, v):
    return ("ci/teamcity_client.py", """import requests


class TeamCity:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": "Bearer " + token,
                                     "Accept": "application/json"})

    def running_builds(self):
        r = self.session.get(self.base_url + "/app/rest/builds?locator=running:true")
        r.raise_for_status()
        return r.json().get("build", [])


client = TeamCity("https://%s", %s)

if __name__ == "__main__":
    for b in client.running_builds():
        print(b["buildTypeId"], b["number"], b.get("percentageComplete"))
""" % (c["tc"], lit(v)))


def t_bamboo_credentials(rng, c, v):
    return ("bamboo-specs/.credentials", """# Bamboo Specs publishing credentials (used by mvn -Ppublish-specs)
username=%s
password=%s
""" % (c["user"], v))


def t_sh_bamboo(rng, c, v):
    return ("tools/bamboo-queue.sh", """#!/usr/bin/env bash
# usage: bamboo-queue.sh PROJ-PLAN
set -euo pipefail
PLAN="${1:?plan key}"
curl -sf -X POST \\
  -H "Authorization: Bearer %s" \\
  -H "Accept: application/json" \\
  "https://bamboo.%s/rest/api/latest/queue/${PLAN}?executeAllStages=true" | jq .buildResultKey
""" % (v, c["dom"]))


def t_compose_drone(rng, c, v):
    return ("deploy/drone/docker-compose.yml", """services:
  drone:
    image: drone/drone:2
    restart: always
    ports: ["80:80"]
    environment:
      - DRONE_GITEA_SERVER=https://%s
      - DRONE_GITEA_CLIENT_ID=%s
      - DRONE_SERVER_HOST=drone.%s
      - DRONE_SERVER_PROTO=https
      - DRONE_RPC_SECRET=%s
    volumes:
      - ./data:/data
  runner:
    image: drone/drone-runner-docker:1
    environment:
      - DRONE_RPC_HOST=drone
      - DRONE_RPC_PROTO=http
      - DRONE_RUNNER_CAPACITY=4
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
""" % (c["gitlab"], uuid4(rng), c["dom"], v))


def t_tf_drone(rng, c, v):
    return ("infra/drone/runner.tf", """resource "kubernetes_namespace" "drone" {
  metadata { name = "drone" }
}

resource "kubernetes_secret" "drone_rpc" {
  metadata {
    name      = "drone-rpc"
    namespace = kubernetes_namespace.drone.metadata[0].name
  }
  data = {
    rpc-secret = %s
  }
}

resource "helm_release" "runner" {
  name       = "drone-runner-kube"
  repository = "https://charts.drone.io"
  chart      = "drone-runner-kube"
  namespace  = kubernetes_namespace.drone.metadata[0].name
  set {
    name  = "extraSecretNamesForEnvFrom[0]"
    value = kubernetes_secret.drone_rpc.metadata[0].name
  }
}
""" % lit(v))


def t_sh_drone_cli(rng, c, v):
    return ("scripts/drone-env.sh", """# source this file before using the drone CLI against the shared server
export DRONE_SERVER=https://drone.%s
export DRONE_TOKEN=%s
drone info
drone repo ls --format "{{ .Slug }}" | grep %s/
""" % (c["dom"], v, c["org"]))


def t_compose_woodpecker(rng, c, v):
    return ("woodpecker/docker-compose.yml", """version: "3"
services:
  woodpecker-server:
    image: woodpeckerci/woodpecker-server:v2
    ports:
      - 8000:8000
    volumes:
      - woodpecker-server-data:/var/lib/woodpecker/
    environment:
      - WOODPECKER_OPEN=false
      - WOODPECKER_HOST=https://ci.%s
      - WOODPECKER_GITEA=true
      - WOODPECKER_GITEA_URL=https://%s
      - WOODPECKER_AGENT_SECRET=%s
  woodpecker-agent:
    image: woodpeckerci/woodpecker-agent:v2
    command: agent
    restart: always
    depends_on: [woodpecker-server]
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
    environment:
      - WOODPECKER_SERVER=woodpecker-server:9000
      - WOODPECKER_MAX_WORKFLOWS=4
volumes:
  woodpecker-server-data:
""" % (c["dom"], c["gitlab"], v))


def t_woodpecker_agent_conf(rng, c, v):
    return ("deploy/woodpecker/agent.conf", """# /etc/woodpecker/agent.conf - read by woodpecker-agent.service (EnvironmentFile=)
WOODPECKER_SERVER=ci.%s:9000
WOODPECKER_GRPC_SECURE=true
WOODPECKER_HOSTNAME=%s-runner-%d
WOODPECKER_MAX_WORKFLOWS=2
WOODPECKER_AGENT_SECRET=%s
WOODPECKER_BACKEND=docker
WOODPECKER_FILTER_LABELS=platform=linux/amd64
""" % (c["dom"], c["org"], rng.randint(1, 9), v))


def t_drone_yml(rng, c, v):
    return (".drone.yml", """kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: golang:1.22
    commands:
      - go vet ./...
      - go test -race ./...

  - name: publish
    image: plugins/docker
    settings:
      repo: %s/%s
      tags: [latest, "${DRONE_COMMIT_SHA:0:8}"]
      username: %s
      password: %s
    when:
      branch: [main]
""" % (c["org"], c["app"], c["org"] + "ci", v))


def t_woodpecker_yml(rng, c, v):
    return (".woodpecker.yml", """when:
  - event: tag

steps:
  build:
    image: node:%s-alpine
    commands:
      - npm ci
      - npm run build

  release:
    image: woodpeckerci/plugin-gitea-release
    settings:
      base_url: https://%s
      files: dist/*.tgz
      api_key: %s
      title: ${CI_COMMIT_TAG}
""" % (c["node"], c["gitlab"], v))


def t_bk_agent_cfg(rng, c, v):
    return ("buildkite/buildkite-agent.cfg", """# The token from your Buildkite "Agents" page
token="%s"

# The name of the agent
name="%%hostname-%%spawn"

# Tags for the agent (default is "queue=default")
tags="queue=%s,os=linux,docker=true"

build-path="/var/lib/buildkite-agent/builds"
hooks-path="/etc/buildkite-agent/hooks"
plugins-path="/etc/buildkite-agent/plugins"
spawn=%d
""" % (v, pick(rng, ["default", "build", "deploy"]), rng.randint(1, 4)))


def t_bk_hook(rng, c, v):
    return (".buildkite/hooks/pre-command", """#!/bin/bash
set -euo pipefail

# used by scripts/annotate-flaky.sh to read previous builds
export BUILDKITE_API_TOKEN="%s"
export BUILDKITE_ORG_SLUG="%s"

if [[ "${BUILDKITE_PIPELINE_SLUG}" == "%s" ]]; then
  echo "--- :docker: logging in to the build cache"
  docker info >/dev/null
fi
""" % (v, c["org"], c["app"]))


def t_py_bk_graphql(rng, c, v):
    return ("scripts/bk_stats.py", """import json
import urllib.request

QUERY = \"\"\"
query { organization(slug: "%s") { pipelines(first: 20) { edges { node { name builds(first: 1) { edges { node { state number } } } } } } } }
\"\"\"


def fetch():
    req = urllib.request.Request(
        "https://graphql.buildkite.com/v1",
        data=json.dumps({"query": QUERY}).encode(),
        headers={"Authorization": "Bearer " + %s, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


if __name__ == "__main__":
    print(json.dumps(fetch(), indent=2))
""" % (c["org"], lit(v)))


def t_bk_pipeline_env(rng, c, v):
    return (".buildkite/pipeline.yml", """env:
  NODE_ENV: test
  NPM_TOKEN: "%s"

steps:
  - label: ":npm: install & test"
    command:
      - echo "//registry.npmjs.org/:_authToken=$${NPM_TOKEN}" > .npmrc
      - npm ci
      - npm test
    plugins:
      - docker#v5.9.0:
          image: "node:%s"
          propagate-environment: true
  - wait
  - label: ":rocket: publish"
    branches: main
    command: npm publish --access restricted
""" % (v, c["node"]))


def t_tf_bk(rng, c, v):
    return ("terraform/buildkite/main.tf", """terraform {
  required_providers {
    buildkite = {
      source  = "buildkite/buildkite"
      version = "~> 1.10"
    }
  }
}

provider "buildkite" {
  organization = "%s"
  api_token    = %s
}

resource "buildkite_pipeline" "%s" {
  name       = "%s"
  repository = "git@github.com:%s/%s.git"
  steps      = file("${path.module}/steps.yml")
}
""" % (c["org"], lit(v), c["app"].replace("-", "_"), c["app"], c["org"], c["app"]))


def t_runner_toml(rng, c, v):
    rid = rng.randint(100, 99999)
    return (pick(rng, ["gitlab-runner/config.toml", "ops/runner/config.toml"]), """concurrent = 4
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "%s-docker-%d"
  url = "https://%s"
  id = %d
  token = "%s"
  token_obtained_at = 2024-0%d-1%dT09:1%d:00Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.cache]
    MaxUploadedArchiveSize = 0
  [runners.docker]
    tls_verify = false
    image = "alpine:3.19"
    privileged = false
    disable_cache = false
    volumes = ["/cache"]
    shm_size = 0
""" % (c["org"], rng.randint(1, 9), c["gitlab"], rid, v, rng.randint(1, 9), rng.randint(0, 9),
       rng.randint(0, 9)))


def t_sh_runner_register(rng, c, v):
    return ("provision/register-runner.sh", """#!/usr/bin/env bash
set -euo pipefail

gitlab-runner register \\
  --non-interactive \\
  --url "https://%s/" \\
  --token "%s" \\
  --executor "docker" \\
  --docker-image "docker:24-dind" \\
  --docker-privileged \\
  --description "$(hostname -s)"

systemctl restart gitlab-runner
""" % (c["gitlab"], v))


def t_helm_runner(rng, c, v):
    key = "runnerRegistrationToken" if v.startswith("GR1348941") else "runnerToken"
    return ("deploy/gitlab-runner/values.yaml", """gitlabUrl: https://%s/
%s: "%s"
concurrent: 10
checkInterval: 30
rbac:
  create: true
runners:
  config: |
    [[runners]]
      [runners.kubernetes]
        namespace = "{{.Release.Namespace}}"
        image = "ubuntu:22.04"
        cpu_request = "500m"
        memory_request = "1Gi"
  tags: "k8s,%s"
""" % (c["gitlab"], key, v, c["org"]))


def t_gitlab_ci_clone(rng, c, v):
    return (".gitlab-ci.yml", """stages: [build, docs]

build:
  stage: build
  image: maven:3.9-eclipse-temurin-%s
  script:
    - mvn -B -ntp package
  artifacts:
    paths: [target/*.jar]

publish-docs:
  stage: docs
  image: alpine/git
  script:
    - git clone https://oauth2:%s@%s/%s/handbook.git /tmp/handbook
    - cp -r docs/* /tmp/handbook/services/%s/
    - cd /tmp/handbook && git add -A && git commit -m "docs(%s): ${CI_COMMIT_SHORT_SHA}" && git push
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""" % (c["jdk"], v, c["gitlab"], c["org"], c["app"], c["app"]))


def t_tf_gitlab(rng, c, v):
    return ("terraform/gitlab/providers.tf", """terraform {
  required_providers {
    gitlab = {
      source  = "gitlabhq/gitlab"
      version = "~> 17.0"
    }
  }
}

provider "gitlab" {
  base_url = "https://%s/api/v4/"
  token    = %s
}

resource "gitlab_project_variable" "registry_mirror" {
  project = "%s/%s"
  key     = "REGISTRY_MIRROR"
  value   = "mirror.%s"
}
""" % (c["gitlab"], lit(v), c["org"], c["app"], c["dom"]))


def t_azure_pipelines(rng, c, v):
    return ("azure-pipelines.yml", """trigger:
  branches:
    include: [main, release/*]

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release
  AZURE_DEVOPS_EXT_PAT: "%s"

steps:
  - task: UseDotNet@2
    inputs:
      packageType: sdk
      version: 8.x
  - script: dotnet build --configuration $(buildConfiguration)
    displayName: build
  - script: |
      az devops configure --defaults organization=https://dev.azure.com/%s project=%s
      az pipelines runs list --top 5 -o table
    displayName: recent runs
""" % (v, c["org"], c["app"]))


def t_ps1_ado(rng, c, v):
    return ("scripts/Invoke-AdoQuery.ps1", """$organization = "%s"
$project = "%s"
$pat = %s
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))
$headers = @{ Authorization = "Basic $auth" }

$uri = "https://dev.azure.com/$organization/$project/_apis/build/builds?`$top=10&api-version=7.1"
$builds = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
$builds.value | Select-Object buildNumber, status, result, sourceBranch | Format-Table -AutoSize
""" % (c["org"], c["app"], lit(v, "'")))


def t_ado_agent_docker(rng, c, v):
    return ("agents/azure/Dockerfile", """FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \\
      ca-certificates curl git jq libicu70 && rm -rf /var/lib/apt/lists/*
WORKDIR /azp
RUN curl -fsSL https://vstsagentpackage.azureedge.net/agent/3.236.1/vsts-agent-linux-x64-3.236.1.tar.gz | tar -xz
RUN ./bin/installdependencies.sh
RUN useradd -m agent && chown -R agent /azp
USER agent
CMD ./config.sh --unattended --url https://dev.azure.com/%s --auth pat --token %s \\
      --pool "%s-linux" --agent "$(hostname)" --acceptTeeEula --replace && ./run.sh
""" % (c["org"], v, c["org"]))


def t_nuget_config(rng, c, v):
    return ("NuGet.config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="%s-internal" value="https://pkgs.dev.azure.com/%s/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <%s-internal>
      <add key="Username" value="%s" />
      <add key="ClearTextPassword" value="%s" />
    </%s-internal>
  </packageSourceCredentials>
</configuration>
""" % (c["org"], c["org"], c["org"], c["user"], v, c["org"]))


def t_npmrc_ado(rng, c, v):
    feed = "//pkgs.dev.azure.com/%s/_packaging/npm-internal/npm" % c["org"]
    return (".npmrc", """registry=https:%s/registry/
always-auth=true
; begin auth token
%s/registry/:username=%s
%s/registry/:_password=%s
%s/registry/:email=npm requires email to be set but doesn't use the value
; end auth token
""" % (feed, feed, c["org"], feed, v, feed))


def t_compose_concourse(rng, c, v):
    return ("concourse/docker-compose.yml", """services:
  concourse-db:
    image: postgres:15
    environment:
      POSTGRES_DB: concourse
      POSTGRES_USER: concourse_user
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
  concourse:
    image: concourse/concourse:7.11
    command: quickstart
    privileged: true
    depends_on: [concourse-db]
    ports: ["8080:8080"]
    environment:
      CONCOURSE_POSTGRES_HOST: concourse-db
      CONCOURSE_POSTGRES_USER: concourse_user
      CONCOURSE_POSTGRES_DATABASE: concourse
      CONCOURSE_EXTERNAL_URL: https://concourse.%s
      CONCOURSE_ADD_LOCAL_USER: "admin:%s"
      CONCOURSE_MAIN_TEAM_LOCAL_USER: admin
      CONCOURSE_WORKER_BAGGAGECLAIM_DRIVER: overlay
""" % (c["dom"], v))


def t_concourse_vars(rng, c, v):
    return ("ci/vars/%s.yml" % pick(rng, ["prod", "shared", "pipeline-vars"]), """# fly -t main set-pipeline -p %s -c ci/pipeline.yml -l ci/vars/prod.yml
git-uri: git@github.com:%s/%s.git
git-branch: main
image-repository: %s/%s
nexus-url: https://%s/repository/maven-releases/
nexus-username: %s
nexus-password: "%s"
slack-channel: "#%s-builds"
""" % (c["app"], c["org"], c["app"], c["nexus"], c["app"], c["nexus"], c["user"], v, c["app"]))


def t_makefile_fly(rng, c, v):
    return ("Makefile", """TARGET ?= main
PIPELINE ?= %s

.PHONY: login set-pipeline unpause

login:
\tfly -t $(TARGET) login -c https://concourse.%s -n main -u admin -p '%s'

set-pipeline: login
\tfly -t $(TARGET) set-pipeline -p $(PIPELINE) -c ci/pipeline.yml -l ci/vars/shared.yml -n

unpause:
\tfly -t $(TARGET) unpause-pipeline -p $(PIPELINE)
""" % (c["app"], c["dom"], v))


def t_argocd_repo_secret(rng, c, v):
    return ("gitops/argocd/repo-%s.yaml" % c["app"], """apiVersion: v1
kind: Secret
metadata:
  name: repo-%s
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/%s/%s-deploy.git
  username: %s
  password: "%s"
""" % (c["app"], c["org"], c["app"], c["user"], v))


def t_gha_argocd(rng, c, v):
    return (".github/workflows/deploy.yml", """name: deploy
on:
  push:
    branches: [main]

env:
  ARGOCD_SERVER: argocd.%s
  ARGOCD_AUTH_TOKEN: "%s"

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install argocd CLI
        run: |
          curl -sSL -o argocd https://github.com/argoproj/argo-cd/releases/download/v2.11.3/argocd-linux-amd64
          sudo install -m 555 argocd /usr/local/bin/argocd
      - name: Sync application
        run: argocd app sync %s --grpc-web --timeout 300
""" % (c["dom"], v, c["app"]))


def t_sh_argocd_login(rng, c, v):
    return ("scripts/argocd-bootstrap.sh", """#!/usr/bin/env bash
set -euo pipefail
ARGOCD=argocd.%s

argocd login "$ARGOCD" --username admin --password '%s' --grpc-web
argocd cluster add %s-%s --yes
argocd app create %s \\
  --repo https://github.com/%s/%s-deploy.git --path overlays/prod \\
  --dest-server https://kubernetes.default.svc --dest-namespace %s --sync-policy automated
""" % (c["dom"], v, c["org"], c["region"], c["app"], c["org"], c["app"], c["app"]))


def t_tekton_basic(rng, c, v):
    return ("tekton/secrets/git-basic-auth.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: git-basic-auth
  annotations:
    tekton.dev/git-0: https://%s
type: kubernetes.io/basic-auth
stringData:
  username: %s
  password: "%s"
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: build-bot
secrets:
  - name: git-basic-auth
""" % (c["gitlab"], c["user"], v))


def t_tekton_dockercfg(rng, c, v):
    return ("tekton/secrets/registry-credentials.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: registry-credentials
  annotations:
    tekton.dev/docker-0: https://%s
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: |
    {
      "auths": {
        "%s": {
          "auth": "%s"
        }
      }
    }
""" % (c["nexus"], c["nexus"], v))


def t_spinnaker_hal(rng, c, v):
    return ("spinnaker/.hal/config", """currentDeployment: default
deploymentConfigurations:
- name: default
  version: 1.33.0
  providers:
    dockerRegistry:
      enabled: true
      accounts:
      - name: %s-registry
        requiredGroupMembership: []
        address: https://%s
        username: %s
        password: %s
        repositories:
        - %s/%s
      primaryAccount: %s-registry
  timezone: UTC
""" % (c["org"], c["nexus"], c["user"], v, c["org"], c["app"], c["org"]))


def t_maven_settings(rng, c, v):
    return (pick(rng, [".mvn/settings.xml", "ci/settings.xml", "settings.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>%s</username>
      <password>%s</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-public</id>
      <mirrorOf>*</mirrorOf>
      <url>https://%s/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""" % (c["user"], v, c["nexus"]))


def t_maven_settings_arti(rng, c, v):
    return ("ci/maven/settings.xml", """<settings>
  <servers>
    <server>
      <id>artifactory</id>
      <username>%s</username>
      <password>%s</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>artifactory</id>
      <repositories>
        <repository>
          <id>artifactory</id>
          <url>https://%s/artifactory/libs-release</url>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>artifactory</activeProfile>
  </activeProfiles>
</settings>
""" % (c["user"], v, c["arti"]))


def t_npmrc_nexus_token(rng, c, v):
    return (".npmrc", """registry=https://%s/repository/npm-group/
@%s:registry=https://%s/repository/npm-private/
//%s/repository/npm-private/:_authToken=%s
strict-ssl=true
fund=false
""" % (c["nexus"], c["org"], c["nexus"], c["nexus"], v))


def t_npmrc_npm(rng, c, v):
    return (pick(rng, [".npmrc", "packages/%s/.npmrc" % c["app"]]), """# publishing config for the @%s scope
@%s:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=%s
access=restricted
save-exact=true
""" % (c["org"], c["org"], v))


def t_npmrc_auth(rng, c, v):
    return ("ci/.npmrc", """registry=https://%s/repository/npm-group/
always-auth=true
_auth=%s
email=%s@%s
""" % (c["nexus"], v, c["user"], c["dom"]))


def t_pip_conf(rng, c, v):
    return (pick(rng, ["pip.conf", "ci/pip.conf", "docker/pip.conf"]), """[global]
index-url = https://%s:%s@%s/artifactory/api/pypi/pypi-virtual/simple
trusted-host = %s
timeout = 60
disable-pip-version-check = true

[install]
prefer-binary = true
""" % (c["user"], v, c["arti"], c["arti"]))


def t_gradle_props_nexus(rng, c, v):
    return ("gradle.properties", """org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
kotlin.code.style=official
group=io.%s
version=%s
nexusUrl=https://%s/repository/maven-releases/
nexusUsername=%s
nexusPassword=%s
""" % (c["org"].replace("-", ""), c["ver"], c["nexus"], c["user"], v))


def t_gradle_props_signing(rng, c, v):
    return (pick(rng, ["gradle.properties", "release/gradle.properties"]), """# release signing (maven-publish + signing plugins)
signing.keyId=%s
signing.password=%s
signing.secretKeyRingFile=/home/%s/.gnupg/secring.gpg
org.gradle.jvmargs=-Xmx1536m
android.useAndroidX=true
""" % (hexs(rng, 8).upper(), v, c["user"]))


def t_build_gradle_signing(rng, c, v):
    return ("app/build.gradle", """plugins {
    id 'com.android.application'
}

android {
    namespace 'io.%s.%s'
    compileSdk 34
    defaultConfig {
        applicationId "io.%s.%s"
        minSdk 24
        targetSdk 34
        versionCode %s
        versionName "%s"
    }
    signingConfigs {
        release {
            storeFile file("../keystore/release.jks")
            storePassword %s
            keyAlias "upload"
            keyPassword System.getenv("UPLOAD_KEY_PASSWORD")
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
""" % (c["org"].replace("-", ""), c["app"].replace("-", ""), c["org"].replace("-", ""),
       c["app"].replace("-", ""), c["build"], c["ver"], lit(v)))


def t_jfrog_cli_conf(rng, c, v):
    return ("ci/jfrog/jfrog-cli.conf.v6", json.dumps({
        "servers": [{
            "url": "https://%s/" % c["arti"],
            "artifactoryUrl": "https://%s/artifactory/" % c["arti"],
            "distributionUrl": "https://%s/distribution/" % c["arti"],
            "xrayUrl": "https://%s/xray/" % c["arti"],
            "user": c["user"],
            "accessToken": v,
            "serverId": c["org"] + "-prod",
            "isDefault": True}],
        "version": "6"}, indent=2) + "\n")


def t_dockerfile_pip(rng, c, v):
    return ("Dockerfile", """FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install \\
      --index-url https://%s:%s@%s/repository/pypi-group/simple \\
      -r requirements.txt
COPY . .

FROM python:3.12-slim
COPY --from=build /install /usr/local
COPY --from=build /src /app
WORKDIR /app
USER 1001
CMD ["gunicorn", "-b", "0.0.0.0:8080", "%s.wsgi:app"]
""" % (c["user"], v, c["nexus"], c["app"].replace("-", "_")))


def t_tf_artifactory(rng, c, v):
    return ("terraform/artifactory/main.tf", """terraform {
  required_providers {
    artifactory = {
      source  = "jfrog/artifactory"
      version = "10.1.2"
    }
  }
}

provider "artifactory" {
  url          = "https://%s"
  access_token = %s
}

resource "artifactory_local_maven_repository" "releases" {
  key                     = "%s-maven-releases"
  handle_releases         = true
  handle_snapshots        = false
  suppress_pom_consistency_checks = false
}
""" % (c["arti"], lit(v), c["org"]))


def t_py_arti_header(rng, c, v):
    return ("tools/promote_build.py", """import argparse
import requests

ART_URL = "https://%s/artifactory"
HEADERS = {"X-JFrog-Art-Api": %s, "Content-Type": "application/json"}


def promote(build, number, target):
    body = {"status": "released", "targetRepo": target, "copy": True, "dependencies": False}
    r = requests.post(f"{ART_URL}/api/build/promote/{build}/{number}", json=body, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("number")
    ap.add_argument("--target", default="libs-release-local")
    a = ap.parse_args()
    print(promote(a.build, a.number, a.target))
""" % (c["arti"], lit(v)))


def t_sh_docker_login(rng, c, v):
    return ("ci/publish-image.sh", """#!/usr/bin/env bash
set -euo pipefail
IMAGE="%s/%s"
TAG="${1:-$(git rev-parse --short HEAD)}"

echo '%s' | docker login -u %s --password-stdin
docker build -t "${IMAGE}:${TAG}" .
docker push "${IMAGE}:${TAG}"
docker logout
""" % (c["org"], c["app"], v, c["org"] + "ci"))


def t_ansible_nexus(rng, c, v):
    return ("ansible/group_vars/nexus.yml", """---
nexus_version: "3.68.1-02"
nexus_public_hostname: "%s"
nexus_data_dir: /opt/sonatype-work/nexus3
nexus_admin_password: "%s"
nexus_anonymous_access: false
nexus_repos_maven_hosted:
  - name: maven-releases
    version_policy: release
    write_policy: allow_once
nexus_backup_cron: "0 2 * * *"
""" % (c["nexus"], v))


def t_sonar_props(rng, c, v):
    return ("sonar-project.properties", """sonar.projectKey=%s_%s
sonar.projectName=%s
sonar.projectVersion=%s
sonar.sources=src
sonar.tests=test
sonar.sourceEncoding=UTF-8
sonar.host.url=https://%s
sonar.token=%s
sonar.javascript.lcov.reportPaths=coverage/lcov.info
""" % (c["org"], c["app"], c["app"], c["ver"], c["sonar"], v))


def t_log_sonar(rng, c, v):
    ts = "2024-%02d-%02dT%02d:" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23))
    return ("logs/build-%s.log" % c["build"], """%s01:02.114Z Started by upstream project "%s/main" build number %s
%s01:02.530Z Running on linux-build-07 in /var/lib/jenkins/workspace/%s_main
%s01:09.871Z + git checkout -f %s
%s03:44.002Z [INFO] BUILD SUCCESS
%s03:44.918Z + mvn -B sonar:sonar -Dsonar.host.url=https://%s -Dsonar.login=%s
%s04:12.377Z [INFO] ANALYSIS SUCCESSFUL, you can find the results at: https://%s/dashboard?id=%s
%s04:12.380Z [INFO] More about the report processing at https://%s/api/ce/task?id=%s
%s04:13.051Z Finished: SUCCESS
""" % (ts, c["app"], c["build"], ts, c["app"], ts, c["sha"], ts, ts, c["sonar"], v, ts, c["sonar"],
       c["app"], ts, c["sonar"], "AY" + rs(rng, B64URL, 18), ts))


def t_gha_sonar(rng, c, v):
    return (".github/workflows/sonar.yml", """name: quality
on:
  pull_request:
  push:
    branches: [main]
jobs:
  sonar:
    runs-on: ubuntu-latest
    env:
      SONAR_HOST_URL: https://%s
      SONAR_TOKEN: %s
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: "%s" }
      - run: ./gradlew test jacocoTestReport sonar --info
""" % (c["sonar"], v, c["jdk"]))


def t_ps1_signtool(rng, c, v):
    return ("build/Sign-Artifacts.ps1", """param([string]$Path = "out\\Release")
$ErrorActionPreference = "Stop"
$signtool = "${env:ProgramFiles(x86)}\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"
$pfx = Join-Path $PSScriptRoot "certs\\codesign.pfx"
$pfxPass = %s

Get-ChildItem -Path $Path -Include *.exe, *.dll -Recurse | ForEach-Object {
    & $signtool sign /f $pfx /p $pfxPass /fd sha256 /tr http://timestamp.digicert.com /td sha256 $_.FullName
    if ($LASTEXITCODE -ne 0) { throw "signing failed for $($_.Name)" }
}
""" % lit(v))


def t_sh_jarsigner(rng, c, v):
    return ("release/sign-jar.sh", """#!/bin/sh
# Signs the fat jar produced by ./gradlew shadowJar
set -e
JAR=build/libs/%s-%s-all.jar
jarsigner -keystore release/signing.p12 -storetype PKCS12 \\
  -storepass %s \\
  -tsa http://timestamp.digicert.com \\
  "$JAR" codesign
jarsigner -verify -certs "$JAR" | tail -n 1
""" % (c["app"], c["ver"], v))


def t_md_runbook(rng, c, v):
    return ("docs/runbooks/jenkins-recovery.md", """# Jenkins controller recovery

When the controller comes back from a restore, the job configs are there but the
queue is empty. Re-queue the nightly jobs from a workstation:

```bash
for job in %s-nightly %s-e2e %s-perf; do
  curl -X POST "https://%s/job/${job}/build" --user "%s:%s"
done
```

Then check **Manage Jenkins > Nodes** and reconnect the agents that show as offline.
Escalate to #ci-platform if more than 3 agents stay offline for 15 minutes.
""" % (c["app"], c["app"], c["app"], c["jenkins"], c["user"], v))


def t_sql_seed(rng, c, v):
    return ("db/seed/020_ci_integrations.sql", """-- integration settings for the build dashboard
INSERT INTO integrations (name, kind, base_url, auth_user, auth_secret, enabled)
VALUES ('jenkins-main', 'jenkins', 'https://%s', '%s', '%s', true);

INSERT INTO integrations (name, kind, base_url, auth_user, auth_secret, enabled)
VALUES ('sonar', 'sonarqube', 'https://%s', NULL, NULL, false);

UPDATE settings SET value = '15' WHERE key = 'poll_interval_minutes';
""" % (c["jenkins"], c["user"], v, c["sonar"]))


def t_csv_accounts(rng, c, v):
    rows = ["system,account,credential,rotated_at,owner"]
    others = [("nexus", "svc-nexus", "vault:ci/nexus#password"), ("sonarqube", "svc-sonar", "vault:ci/sonar#token"),
              ("buildkite", "bk-agent", "(rotated - see vault)"), ("artifactory", "svc-arti", "vault:ci/arti#ref")]
    k = rng.randint(0, len(others))
    for i, (s, a, cr) in enumerate(others):
        if i == k:
            rows.append("jenkins,%s,%s,2024-%02d-%02d,platform-team" % (c["user"], v, rng.randint(1, 12), rng.randint(1, 28)))
        rows.append("%s,%s,%s,2024-%02d-%02d,platform-team" % (s, a, cr, rng.randint(1, 12), rng.randint(1, 28)))
    if k == len(others):
        rows.append("jenkins,%s,%s,2024-%02d-%02d,platform-team" % (c["user"], v, rng.randint(1, 12), rng.randint(1, 28)))
    return ("ops/inventory/service-accounts.csv", "\n".join(rows) + "\n")


def t_dotenv(rng, c, v):
    return (pick(rng, [".env", ".env.local", ".env.production"]), """COMPOSE_PROJECT_NAME=%s
ARTIFACTORY_URL=https://%s/artifactory
ARTIFACTORY_USER=%s
ARTIFACTORY_TOKEN=%s
LOG_LEVEL=info
""" % (c["app"], c["arti"], c["user"], v))


def g_glrt_or_reg(rng):
    return g_glreg(rng) if rng.random() < 0.3 else g_glrt(rng)


def g_arti_any(rng):
    return g_arti_ref(rng) if rng.random() < 0.6 else g_arti_key(rng)


# (template, provider, kind, secret generator, slot language, reference variable name)
POS_TEMPLATES = [
    (t_jcasc_admin, "jenkins", "password", g_pw, "yaml", "JENKINS_ADMIN_PASSWORD"),
    (t_jcasc_string, "sonarqube", "api-token", g_sonar_prefixed, "yaml", "SONAR_TOKEN"),
    (t_jcasc_userpass, "nexus", "password", g_pw, "yaml", "NEXUS_DEPLOY_PASSWORD"),
    (t_jcasc_sshkey, "jenkins", "private-key", g_ssh_key, "yaml", "AGENT_SSH_KEY"),
    (t_credxml_userpass, "artifactory", "api-key", g_arti_key, "xml", "ARTIFACTORY_API_KEY"),
    (t_credxml_string, "github", "pat", g_ghp, "xml", "GITHUB_TOKEN"),
    (t_jenkinsfile_curl, "jenkins", "api-token", g_jenkins_api, "sh", "JENKINS_API_TOKEN"),
    (t_groovy_init, "jenkins", "password", g_pw, "groovy", "JENKINS_DEPLOY_PASSWORD"),
    (t_py_jenkins, "jenkins", "api-token", g_jenkins_api, "py", "JENKINS_API_TOKEN"),
    (t_jjb_ini, "jenkins", "api-token", g_jenkins_api, "ini", "JJB_PASSWORD"),
    (t_sh_url_trigger, "jenkins", "api-token", g_jenkins_api, "url", "JENKINS_TOKEN"),
    (t_jenkinsfile_env, "sonarqube", "api-token", g_sonar, "groovy", "SONAR_TOKEN"),
    (t_systemd_agent, "jenkins", "agent-secret", g_jenkins_agent, "sh", "JENKINS_SECRET"),
    (t_compose_agent, "jenkins", "agent-secret", g_jenkins_agent, "yaml", "JENKINS_SECRET"),
    (t_sh_tc_header, "teamcity", "access-token", g_teamcity, "sh", "TEAMCITY_TOKEN"),
    (t_ps1_tc, "teamcity", "access-token", g_teamcity, "ps1", "TEAMCITY_TOKEN"),
    (t_tc_agent_props, "teamcity", "agent-token", g_tc_agent, "props", "TC_AGENT_TOKEN"),
    (t_py_tc, "teamcity", "access-token", g_teamcity, "py", "TEAMCITY_TOKEN"),
    (t_bamboo_credentials, "bamboo", "password", g_pw, "props", "BAMBOO_PASSWORD"),
    (t_sh_bamboo, "bamboo", "pat", g_bamboo_pat, "sh", "BAMBOO_PAT"),
    (t_compose_drone, "drone", "rpc-secret", g_drone_rpc, "yamlu", "DRONE_RPC_SECRET"),
    (t_tf_drone, "drone", "rpc-secret", g_drone_rpc, "tf", "drone_rpc_secret"),
    (t_sh_drone_cli, "drone", "api-token", g_drone_token, "sh", "DRONE_TOKEN"),
    (t_compose_woodpecker, "woodpecker", "agent-secret", g_woodpecker, "yamlu", "WOODPECKER_AGENT_SECRET"),
    (t_woodpecker_agent_conf, "woodpecker", "agent-secret", g_woodpecker, "props", "WOODPECKER_AGENT_SECRET"),
    (t_drone_yml, "dockerhub", "pat", g_dockerpat, "yamlu", "DOCKER_PASSWORD"),
    (t_woodpecker_yml, "gitea", "api-token", g_gitea, "yamlu", "GITEA_TOKEN"),
    (t_bk_agent_cfg, "buildkite", "agent-token", g_bk_agent, "props", "BUILDKITE_AGENT_TOKEN"),
    (t_bk_hook, "buildkite", "api-token", g_bk_api, "sh", "BUILDKITE_API_TOKEN"),
    (t_py_bk_graphql, "buildkite", "api-token", g_bk_api, "py", "BUILDKITE_API_TOKEN"),
    (t_bk_pipeline_env, "npm", "api-token", g_npm, "yaml", "NPM_TOKEN"),
    (t_tf_bk, "buildkite", "api-token", g_bk_api, "tf", "buildkite_api_token"),
    (t_runner_toml, "gitlab", "runner-token", g_glrt, "toml", "RUNNER_TOKEN"),
    (t_sh_runner_register, "gitlab", "runner-token", g_glrt, "sh", "RUNNER_TOKEN"),
    (t_helm_runner, "gitlab", "runner-token", g_glrt_or_reg, "yaml", "RUNNER_TOKEN"),
    (t_gitlab_ci_clone, "gitlab", "pat", g_glpat, "url", "HANDBOOK_TOKEN"),
    (t_tf_gitlab, "gitlab", "pat", g_glpat, "tf", "gitlab_token"),
    (t_azure_pipelines, "azure-devops", "pat", g_ado, "yaml", "AdoPat"),
    (t_ps1_ado, "azure-devops", "pat", g_ado, "ps1", "ADO_PAT"),
    (t_ado_agent_docker, "azure-devops", "pat", g_ado, "sh", "AZP_TOKEN"),
    (t_nuget_config, "azure-devops", "pat", g_ado, "xml", "NUGET_FEED_PAT"),
    (t_npmrc_ado, "azure-devops", "basic-auth", g_ado_b64, "props", "ADO_NPM_PASSWORD"),
    (t_compose_concourse, "concourse", "password", g_pw, "yaml", "CONCOURSE_ADMIN_PASSWORD"),
    (t_concourse_vars, "nexus", "password", g_pw, "yaml", "nexus-password"),
    (t_makefile_fly, "concourse", "password", g_pw, "sh", "FLY_PASSWORD"),
    (t_argocd_repo_secret, "github", "pat", g_ghp, "yaml", "GITOPS_REPO_TOKEN"),
    (t_gha_argocd, "argocd", "api-token", g_argocd_jwt, "yaml", "ARGOCD_AUTH_TOKEN"),
    (t_sh_argocd_login, "argocd", "password", g_pw, "sh", "ARGOCD_ADMIN_PASSWORD"),
    (t_tekton_basic, "gitlab", "pat", g_glpat, "yaml", "GIT_PASSWORD"),
    (t_tekton_dockercfg, "nexus", "basic-auth", g_basic_b64, "json", "REGISTRY_AUTH"),
    (t_spinnaker_hal, "nexus", "password", g_pw, "yamlu", "REGISTRY_PASSWORD"),
    (t_maven_settings, "nexus", "password", g_pw, "xml", "NEXUS_PASSWORD"),
    (t_maven_settings_arti, "artifactory", "api-token", g_arti_any, "xml", "ARTIFACTORY_TOKEN"),
    (t_npmrc_nexus_token, "nexus", "npm-token", g_nexus_npm, "props", "NEXUS_NPM_TOKEN"),
    (t_npmrc_npm, "npm", "api-token", g_npm, "props", "NPM_TOKEN"),
    (t_npmrc_auth, "nexus", "basic-auth", g_basic_b64, "props", "NPM_AUTH"),
    (t_pip_conf, "artifactory", "password", g_pw_safe, "url", "PIP_PASSWORD"),
    (t_gradle_props_nexus, "nexus", "password", g_pw, "props", "NEXUS_PASSWORD"),
    (t_gradle_props_signing, "gpg", "keystore-password", g_pw, "props", "SIGNING_PASSWORD"),
    (t_build_gradle_signing, "android", "keystore-password", g_pw, "groovy", "RELEASE_STORE_PASSWORD"),
    (t_jfrog_cli_conf, "artifactory", "access-token", g_jfrog_jwt, "json", "JFROG_ACCESS_TOKEN"),
    (t_dockerfile_pip, "nexus", "password", g_pw_safe, "url", "PIP_INDEX_PASSWORD"),
    (t_tf_artifactory, "artifactory", "reference-token", g_arti_ref, "tf", "artifactory_access_token"),
    (t_py_arti_header, "artifactory", "api-key", g_arti_key, "py", "ARTIFACTORY_API_KEY"),
    (t_sh_docker_login, "dockerhub", "pat", g_dockerpat, "sh", "DOCKERHUB_TOKEN"),
    (t_ansible_nexus, "nexus", "password", g_pw, "yaml", "nexus_admin_password"),
    (t_sonar_props, "sonarqube", "api-token", g_sonar, "props", "SONAR_TOKEN"),
    (t_log_sonar, "sonarqube", "api-token", g_sonar, "log", "SONAR_LOGIN"),
    (t_gha_sonar, "sonarqube", "api-token", g_sonar_prefixed, "yamlu", "SONAR_TOKEN"),
    (t_ps1_signtool, "codesign", "keystore-password", g_pw, "ps1", "PFX_PASSWORD"),
    (t_sh_jarsigner, "codesign", "keystore-password", g_pw_safe, "sh", "STOREPASS"),
    (t_md_runbook, "jenkins", "api-token", g_jenkins_api, "md", "JENKINS_API_TOKEN"),
    (t_sql_seed, "jenkins", "api-token", g_jenkins_api, "sql", "JENKINS_TOKEN"),
    (t_csv_accounts, "jenkins", "api-token", g_jenkins_api, "csv", "JENKINS_TOKEN"),
    (t_dotenv, "artifactory", "reference-token", g_arti_ref, "props", "ARTIFACTORY_TOKEN"),
]


# ----------------------------------------------------------------------------- negative fillers
def jenkins_encrypted(rng, n_blocks=None):
    n = n_blocks or rng.choice([1, 2, 3])
    raw = bytes([1]) + struct.pack(">I", 16) + struct.pack(">I", 16 * n) + rbytes(rng, 16 + 16 * n)
    return "{" + b64(raw) + "}"


PLACEHOLDERS = ["<your-token>", "YOUR_API_TOKEN_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<password>", "your-password-here", "TODO", "<insert token here>",
                "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "dummy", "PLACEHOLDER", "set-me", "<secret>",
                "CHANGE_ME_BEFORE_DEPLOY", "example", "********************"]
MASKED = ["********", "[REDACTED]", "[MASKED]", "***", "<redacted>", "****", "[FILTERED]"]
DOC_EXAMPLES = {
    "drone": ["correct-horse-batter-staple"],
    "dockerhub": ["dckr_pat_124509ugsdjga93"],
    "artifactory": ["3OloposOtVFyCMrT+cXmCAScmVMPrSYXkWIjiyDCXsY="],
    "azure-devops": ["$(System.AccessToken)"],
    "gitlab": ["$CI_JOB_TOKEN", "${CI_JOB_TOKEN}"],
    "github": ["${{ secrets.GITHUB_TOKEN }}", "${{ github.token }}"],
}


def refs_for(lang, name, rng):
    low = name.lower().replace("_", "-")
    if lang == "py":
        return [Raw('os.environ["%s"]' % name), Raw('os.getenv("%s", "")' % name)]
    if lang == "groovy":
        return [Raw('System.getenv("%s")' % name), "${env.%s}" % name]
    if lang == "ps1":
        return [Raw("$env:%s" % name), Raw("(Get-Secret -Name %s -AsPlainText)" % low)]
    if lang == "tf":
        return [Raw("var.%s" % name.lower()), Raw('data.vault_generic_secret.ci.data["%s"]' % low)]
    if lang in ("yaml", "yamlu"):
        return ["${{ secrets.%s }}" % name, "$(%s)" % name, "${%s}" % name, "((%s))" % low,
                "vault:secret/data/ci/%s#value" % low, "op://CI/%s/credential" % low,
                "${readFile:/run/secrets/%s}" % low]
    if lang == "sh":
        return ["$%s" % name, "${%s}" % name, "${%s:?not set}" % name]
    if lang == "xml":
        return ["${env.%s}" % name, "${%s}" % name.lower().replace("_", ".")]
    if lang == "url":
        return ["${%s}" % name, "$%s" % name]
    return ["${%s}" % name, "vault:ci/%s" % low, "%%(%s)s" % low if lang == "ini" else "${env.%s}" % name]


def ok_for(lang, v):
    if lang == "xml" and ("<" in v or "&" in v):
        return False
    if lang == "url" and any(ch in v for ch in "/@: <>[]"):
        return False
    if lang == "yamlu" and (v[:1] in "[{*&!%@`|>" or ": " in v or " #" in v):
        return False
    if lang == "csv" and "," in v:
        return False
    if lang == "sql" and "'" in v:
        return False
    if lang == "ini" and v.startswith("%(") and False:
        return False
    return True


def neg_filler(rng, provider, lang, varname):
    """Return (value, kind) for a template slot that must hold no credential."""
    for _ in range(50):
        r = rng.random()
        if r < 0.25:
            v, kind = pick(rng, PLACEHOLDERS), "placeholder"
        elif r < 0.33:
            v, kind = "", "empty"
        elif r < 0.45:
            v, kind = pick(rng, MASKED), "masked"
        elif r < 0.80:
            v, kind = pick(rng, refs_for(lang, varname, rng)), "secret-reference"
        elif r < 0.88 and provider == "jenkins" and lang in ("yaml", "xml", "props", "ini"):
            v, kind = jenkins_encrypted(rng), "jenkins-encrypted"
        elif r < 0.94 and provider in DOC_EXAMPLES:
            v, kind = pick(rng, DOC_EXAMPLES[provider]), "doc-example"
        elif provider == "teamcity" and lang not in ("py", "ps1"):
            v, kind = "credentialsJSON:" + uuid4(rng), "secret-reference"
        else:
            v, kind = "${%s}" % varname, "secret-reference"
            if lang in ("py", "ps1", "tf", "groovy"):
                v = pick(rng, refs_for(lang, varname, rng))
        if ok_for(lang, v):
            return v, kind
    return "changeme", "placeholder"


# ----------------------------------------------------------------------------- look-alike negatives
# Each: fn(rng, c) -> (relpath, text, provider, kind). No credential anywhere.

def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def gpg_public_block(rng):
    pkt = b"\x99\x02\x0d\x04" + rbytes(rng, 4) + b"\x01\x10\x00" + rbytes(rng, 560)
    body = b64(pkt)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    chk = b64(struct.pack(">I", crc24(pkt))[1:])
    return "\n".join(["-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + lines + ["=" + chk,
                      "-----END PGP PUBLIC KEY BLOCK-----"])


def cert_block(rng):
    der = b"\x30\x82\x05" + bytes([rng.randint(0, 255)]) + b"\x30\x82\x03" + rbytes(rng, 900)
    body = b64(der)
    return "\n".join(["-----BEGIN CERTIFICATE-----"] + [body[i:i + 64] for i in range(0, len(body), 64)]
                     + ["-----END CERTIFICATE-----"])


def ts(rng):
    return "2024-%02d-%02dT%02d:%02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                              rng.randint(0, 59), rng.randint(0, 59))


def ts_seq(rng, n):
    base = (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 22))
    t = rng.randint(0, 1800)
    out = []
    for _ in range(n):
        t += rng.randint(0, 40)
        out.append("2024-%02d-%02dT%02d:%02d:%02d" % (base[0], base[1], base[2] + t // 3600, (t // 60) % 60, t % 60))
    return out


def l_credxml_encrypted(rng, c):
    return ("jenkins_home/credentials.xml", """<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <description>Nexus deploy user</description>
          <username>%s</username>
          <password>%s</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sonar-token</id>
          <description>SonarQube analysis</description>
          <secret>%s</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""" % (c["user"], jenkins_encrypted(rng), jenkins_encrypted(rng)), "jenkins", "jenkins-encrypted")


def l_jcasc_encrypted(rng, c):
    return ("jenkins/casc/credentials.yaml", """# values below are encrypted with this controller's secrets/master.key (exported via
# Manage Jenkins > Configuration as Code > View Configuration)
credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: "slack-webhook"
              secret: "%s"
          - usernamePassword:
              scope: GLOBAL
              id: "artifactory-ci"
              username: "%s"
              password: "%s"
""" % (jenkins_encrypted(rng), c["user"], jenkins_encrypted(rng)), "jenkins", "jenkins-encrypted")


def l_jenkinsfile_withcreds(rng, c):
    cid = "%s-%s" % (pick(rng, ["nexus-deploy", "sonar-token", "arti-publisher"]), hexs(rng, 4))
    return ("Jenkinsfile", """@Library('ci-shared@%s') _

pipeline {
    agent { label 'linux' }
    environment {
        NEXUS = credentials('%s')
        BUILD_TAG_SHORT = "${env.BUILD_NUMBER}-${env.GIT_COMMIT?.take(8)}"
    }
    stages {
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: '%s', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {
                    sh 'mvn -B deploy -s .mvn/settings.xml -Dnexus.user=$NX_USER -Dnexus.password=$NX_PASS'
                }
                withCredentials([string(credentialsId: 'sonar-token', variable: 'SONAR_TOKEN')]) {
                    sh 'mvn -B sonar:sonar -Dsonar.token=$SONAR_TOKEN'
                }
            }
        }
    }
}
""" % (c["sha"][:10], cid, cid), "jenkins", "credential-id")


def l_jenkins_log_masked(rng, c):
    t = ts(rng)
    return ("logs/jenkins/%s-%s.log" % (c["app"], c["build"]), """Started by GitHub push by %s
Obtained Jenkinsfile from git https://github.com/%s/%s.git
[Pipeline] Start of Pipeline
[Pipeline] node
Running on linux-build-%02d in /var/lib/jenkins/workspace/%s_main
[Pipeline] checkout
 > git rev-parse --resolve-git-dir /var/lib/jenkins/workspace/%s_main/.git # timeout=10
Checking out Revision %s (refs/remotes/origin/main)
Commit message: "bump dependencies"
[Pipeline] withCredentials
Masking supported pattern matches of $NX_PASS or $SONAR_TOKEN
[Pipeline] sh
+ mvn -B deploy -Dnexus.user=%s -Dnexus.password=****
[INFO] Uploaded to nexus-releases: https://%s/repository/maven-releases/io/%s/%s/%s/%s-%s.jar (48 kB at 212 kB/s)
+ mvn -B sonar:sonar -Dsonar.token=****
[INFO] ANALYSIS SUCCESSFUL
[Pipeline] End of Pipeline
Finished: SUCCESS (%s)
""" % (c["user"], c["org"], c["app"], rng.randint(1, 40), c["app"], c["app"], c["sha"], c["user"],
       c["nexus"], c["org"], c["app"], c["ver"], c["app"], c["ver"], t), "jenkins", "masked-log")


def l_gitlab_job_log(rng, c):
    rid = rng.randint(10, 9999)
    job = rng.randint(1000000, 99999999)
    return ("ci-logs/job-%d.log" % job, """Running with gitlab-runner 16.%d.%d (%s)
  on %s-docker-%d %s, system ID: s_%s
Preparing the "docker" executor
Using Docker executor with image maven:3.9-eclipse-temurin-%s ...
Pulling docker image maven:3.9-eclipse-temurin-%s ...
Using docker image sha256:%s for maven:3.9-eclipse-temurin-%s with digest maven@sha256:%s ...
Preparing environment
Running on runner-%s-project-%d-concurrent-0 via %s-docker-%d...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out %s as detached HEAD (ref is main)...
Executing "step_script" stage of the job script
$ echo "//%s/:_authToken=${NPM_TOKEN}" > .npmrc
$ mvn -B -s ci/settings.xml deploy -Dnexus.password=[MASKED]
[INFO] BUILD SUCCESS
Uploading artifacts for successful job
Uploading artifacts as "archive" to coordinator... 201 Created  id=%d responseStatus=201 Created token=%s
Job succeeded
""" % (rng.randint(0, 11), rng.randint(0, 5), hexs(rng, 8), c["org"], rng.randint(1, 9), rs(rng, B62, 8),
       hexs(rng, 12), c["jdk"], c["jdk"], hexs(rng, 64), c["jdk"], hexs(rng, 64), rs(rng, ALNUM_L, 8), rid, c["org"],
       rng.randint(1, 9), c["sha"][:8], c["nexus"], job, rs(rng, B62, 8)), "gitlab", "runner-ids")


def l_sha256sums(rng, c):
    lines = []
    for arch in ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64.exe"]:
        lines.append("%s  %s-%s-%s" % (hexs(rng, 64), c["app"], c["ver"], arch))
    return ("dist/SHA256SUMS", "\n".join(lines) + "\n", "artifacts", "checksum")


def l_sha1_file(rng, c):
    ext = pick(rng, [("sha1", 40), ("md5", 32), ("sha256", 64), ("sha512", 128)])
    return ("repository/io/%s/%s/%s/%s-%s.jar.%s" % (c["org"].replace("-", ""), c["app"], c["ver"], c["app"],
            c["ver"], ext[0]), hexs(rng, ext[1]) + "\n", "nexus", "checksum")


def l_maven_metadata(rng, c):
    vers = sorted({"%d.%d.%d" % (rng.randint(1, 3), rng.randint(0, 9), rng.randint(0, 9)) for _ in range(5)})
    return ("repository/io/%s/%s/maven-metadata.xml" % (c["org"].replace("-", ""), c["app"]), """<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <groupId>io.%s</groupId>
  <artifactId>%s</artifactId>
  <versioning>
    <latest>%s</latest>
    <release>%s</release>
    <versions>
%s
    </versions>
    <lastUpdated>2024%02d%02d%06d</lastUpdated>
  </versioning>
</metadata>
""" % (c["org"].replace("-", ""), c["app"], vers[-1], vers[-1],
       "\n".join("      <version>%s</version>" % v for v in vers), rng.randint(1, 12), rng.randint(1, 28),
       rng.randint(0, 235959)), "nexus", "metadata")


def l_package_lock(rng, c):
    deps = ["lodash", "semver", "chalk", "debug", "ms", "yargs", "commander", "uuid"]
    rng.shuffle(deps)
    parts = []
    for d in deps[:4]:
        v = "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9))
        parts.append('''    "node_modules/%s": {
      "version": "%s",
      "resolved": "https://%s/repository/npm-group/%s/-/%s-%s.tgz",
      "integrity": "sha512-%s"
    }''' % (d, v, c["nexus"], d, d, v, b64(rbytes(rng, 64))))
    return ("package-lock.json", """{
  "name": "%s",
  "version": "%s",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
%s
  }
}
""" % (c["app"], c["ver"], ",\n".join(parts)), "npm", "integrity-hash")


def l_gradle_verification(rng, c):
    comps = []
    for g, a in [("com.google.guava", "guava"), ("org.slf4j", "slf4j-api"), ("com.fasterxml.jackson.core", "jackson-databind")]:
        v = "%d.%d.%d" % (rng.randint(1, 33), rng.randint(0, 17), rng.randint(0, 9))
        comps.append('''      <component group="%s" name="%s" version="%s">
         <artifact name="%s-%s.jar">
            <sha256 value="%s" origin="Generated by Gradle"/>
         </artifact>
      </component>''' % (g, a, v, a, v, hexs(rng, 64)))
    return ("gradle/verification-metadata.xml", """<?xml version="1.0" encoding="UTF-8"?>
<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">
   <configuration>
      <verify-metadata>true</verify-metadata>
      <verify-signatures>false</verify-signatures>
   </configuration>
   <components>
%s
   </components>
</verification-metadata>
""" % "\n".join(comps), "gradle", "checksum")


def l_nuget_lock(rng, c):
    return ("src/%s/packages.lock.json" % c["app"], json.dumps({"version": 1, "dependencies": {"net8.0": {
        p: {"type": "Direct", "requested": "[%d.0.0, )" % rng.randint(1, 9), "resolved": "%d.0.%d" % (rng.randint(1, 9), rng.randint(0, 9)),
            "contentHash": b64(rbytes(rng, 64))} for p in ["Serilog", "Polly", "Dapper"]}}}, indent=2) + "\n",
            "nuget", "integrity-hash")


def l_gpg_key(rng, c):
    fp = hexs(rng, 40).upper()
    return (pick(rng, ["KEYS", "docs/release-signing-key.asc", "ci/keys/release.pub.asc"]),
            "# Release signing key for %s artifacts\n# Fingerprint: %s\n# uid: %s Release Signing <release@%s>\n\n%s\n"
            % (c["app"], " ".join(fp[i:i + 4] for i in range(0, 40, 4)), c["org"], c["dom"], gpg_public_block(rng)),
            "gpg", "public-key")


def l_gitlab_ci_refs(rng, c):
    return (".gitlab-ci.yml", """variables:
  DOCKER_TLS_CERTDIR: "/certs"
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
  BASE_IMAGE: docker.io/library/alpine@sha256:%s

build:
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build --build-arg BASE_IMAGE=$BASE_IMAGE -t $IMAGE .
    - docker push $IMAGE

trigger-deploy:
  stage: deploy
  script:
    - 'curl --request POST --form "token=$CI_JOB_TOKEN" --form ref=main "https://%s/api/v4/projects/%d/trigger/pipeline"'
""" % (hexs(rng, 64), c["gitlab"], rng.randint(10, 9999)), "gitlab", "secret-reference")


def l_compose_digests(rng, c):
    return ("docker-compose.ci.yml", """services:
  jenkins:
    image: jenkins/jenkins:2.452.2-lts-jdk17@sha256:%s
    ports: ["8080:8080", "50000:50000"]
    volumes: [jenkins_home:/var/jenkins_home]
  nexus:
    image: sonatype/nexus3:3.68.1@sha256:%s
    ports: ["8081:8081"]
  sonarqube:
    image: sonarqube:10.5-community@sha256:%s
    environment:
      SONAR_JDBC_URL: jdbc:postgresql://db:5432/sonar
      SONAR_JDBC_USERNAME: sonar
      SONAR_JDBC_PASSWORD_FILE: /run/secrets/sonar_db_password
volumes:
  jenkins_home: {}
""" % (hexs(rng, 64), hexs(rng, 64), hexs(rng, 64)), "docker", "image-digest")


def l_k8s_build_meta(rng, c):
    return ("deploy/k8s/%s-deployment.yaml" % c["app"], """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
  annotations:
    ci.%s/build-id: "%s"
    ci.%s/pipeline-run: "%s"
    ci.%s/commit: "%s"
spec:
  replicas: 3
  selector:
    matchLabels: { app: %s }
  template:
    metadata:
      labels: { app: %s }
      annotations:
        checksum/config: %s
    spec:
      containers:
        - name: app
          image: %s/%s/%s@sha256:%s
          envFrom:
            - secretRef: { name: %s-runtime }
""" % (c["app"], c["dom"], uuid4(rng), c["dom"], uuid4(rng), c["dom"], c["sha"], c["app"], c["app"],
       hexs(rng, 64), c["nexus"], c["org"], c["app"], hexs(rng, 64), c["app"]), "kubernetes", "build-metadata")


def l_bk_pipeline(rng, c):
    return (".buildkite/pipeline.yml", """steps:
  - label: ":hammer: build"
    key: build
    command: make build
    agents:
      queue: "%s-build"
    plugins:
      - docker-compose#v4.16.0:
          run: app
      - seek-oss/aws-sm#v2.3.2:
          env:
            NPM_TOKEN: "ci/npm-token"
    secrets:
      - DOCKER_HUB_TOKEN
  - label: ":pipeline: upload"
    depends_on: build
    command: buildkite-agent pipeline upload .buildkite/deploy.yml
    env:
      BUILD_REF: "%s"
      CLUSTER_ID: "%s"
""" % (c["org"], c["sha"], uuid4(rng)), "buildkite", "secret-reference")


def l_gha_pinned(rng, c):
    return (".github/workflows/ci.yml", """name: ci
on: [push, pull_request]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.7
      - uses: actions/setup-node@%s # v4.0.3
        with:
          node-version: %s
          registry-url: https://%s/repository/npm-group/
      - run: npm ci
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NEXUS_NPM_TOKEN }}
      - uses: SonarSource/sonarqube-scan-action@%s # v2.3.0
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}
          SONAR_HOST_URL: ${{ vars.SONAR_HOST_URL }}
""" % (hexs(rng, 40), hexs(rng, 40), c["node"], c["nexus"], hexs(rng, 40)), "github", "commit-sha")


def l_azure_refs(rng, c):
    return ("azure-pipelines.yml", """trigger: [main]
pool:
  name: %s-linux
variables:
  - group: %s-release-secrets
  - name: buildId
    value: $(Build.BuildId)
steps:
  - task: npmAuthenticate@0
    inputs:
      workingFile: .npmrc
  - script: |
      echo "##vso[task.setvariable variable=feedToken;issecret=true]$(System.AccessToken)"
      dotnet nuget push out/*.nupkg --source %s-internal --api-key az
    env:
      SYSTEM_ACCESSTOKEN: $(System.AccessToken)
      ARTIFACTORY_TOKEN: $(ArtifactoryToken)
  - task: PublishPipelineArtifact@1
    inputs:
      targetPath: out
      artifact: drop-$(Build.SourceVersion)
""" % (c["org"], c["app"], c["org"]), "azure-devops", "secret-reference")


def l_teamcity_kts(rng, c):
    return (".teamcity/settings.kts", """import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.maven
import jetbrains.buildServer.configs.kotlin.triggers.vcs

version = "2024.03"

project {
    params {
        password("env.NEXUS_PASSWORD", "credentialsJSON:%s", display = ParameterDisplay.HIDDEN)
        password("env.SONAR_TOKEN", "credentialsJSON:%s")
        param("env.BUILD_VCS_NUMBER_SHORT", "%%build.vcs.number%%")
    }
    buildType(Build)
}

object Build : BuildType({
    name = "Build"
    vcs { root(DslContext.settingsRoot) }
    steps {
        maven { goals = "clean deploy"; runnerArgs = "-Dnexus.password=%%env.NEXUS_PASSWORD%%" }
    }
    triggers { vcs { } }
})
""" % (uuid4(rng), uuid4(rng)), "teamcity", "secret-reference")


def l_buildinfo(rng, c):
    arts = [{"type": "jar", "sha1": hexs(rng, 40), "sha256": hexs(rng, 64), "md5": hexs(rng, 32),
             "name": "%s-%s%s.jar" % (c["app"], c["ver"], s)} for s in ["", "-sources"]]
    return ("build/build-info.json", json.dumps({
        "version": "1.0.1", "name": c["app"], "number": c["build"], "type": "GENERIC",
        "started": ts(rng) + ".000+0000", "durationMillis": rng.randint(10000, 900000),
        "agent": {"name": "Jenkins", "version": "2.452.2"}, "buildAgent": {"name": "Maven", "version": "3.9.6"},
        "vcs": [{"revision": c["sha"], "branch": "main", "url": "https://github.com/%s/%s.git" % (c["org"], c["app"])}],
        "modules": [{"id": "io.%s:%s:%s" % (c["org"], c["app"], c["ver"]), "artifacts": arts}]}, indent=2) + "\n",
        "artifactory", "checksum")


def l_nexus_search(rng, c):
    items = [{"id": b64(("%s:%s" % (hexs(rng, 32), hexs(rng, 32))).encode())[:60], "repository": "maven-releases",
              "format": "maven2", "group": "io." + c["org"], "name": c["app"], "version": c["ver"],
              "checksum": {"sha1": hexs(rng, 40), "sha256": hexs(rng, 64), "md5": hexs(rng, 32)}}]
    return ("tests/fixtures/nexus-search-response.json", json.dumps({"items": items, "continuationToken": None},
            indent=2) + "\n", "nexus", "checksum")


def l_jfrog_project(rng, c):
    return (".jfrog/projects/maven.yaml", """version: 1
type: maven
resolver:
  snapshotRepo: libs-snapshot
  releaseRepo: libs-release
  serverId: %s-prod
deployer:
  snapshotRepo: libs-snapshot-local
  releaseRepo: libs-release-local
  serverId: %s-prod
""" % (c["org"], c["org"]), "artifactory", "config-no-secret")


def l_sonar_report_task(rng, c):
    tid = "AY" + rs(rng, B64URL, 18)
    return ("target/sonar/report-task.txt", """projectKey=%s_%s
serverUrl=https://%s
serverVersion=10.5.1.90531
dashboardUrl=https://%s/dashboard?id=%s_%s
ceTaskId=%s
ceTaskUrl=https://%s/api/ce/task?id=%s
""" % (c["org"], c["app"], c["sonar"], c["sonar"], c["org"], c["app"], tid, c["sonar"], tid), "sonarqube", "task-id")


def l_drone_fromsecret(rng, c):
    return (".drone.yml", """kind: pipeline
type: kubernetes
name: publish

steps:
  - name: image
    image: plugins/docker@sha256:%s
    settings:
      registry: %s
      repo: %s/%s/%s
      tags: ["${DRONE_BUILD_NUMBER}", "${DRONE_COMMIT_SHA:0:8}"]
      username:
        from_secret: registry_user
      password:
        from_secret: registry_password
trigger:
  branch: [main]
""" % (hexs(rng, 64), c["nexus"], c["nexus"], c["org"], c["app"]), "drone", "secret-reference")


def l_woodpecker_fromsecret(rng, c):
    return (".woodpecker/release.yml", """when:
  - event: tag
steps:
  - name: publish
    image: node:%s
    environment:
      NPM_TOKEN:
        from_secret: npm_token
    commands:
      - echo "//registry.npmjs.org/:_authToken=$${NPM_TOKEN}" > ~/.npmrc
      - npm publish
  - name: checksums
    image: alpine
    commands:
      - sha256sum dist/* > dist/SHA256SUMS
""" % c["node"], "woodpecker", "secret-reference")


def l_sealed_secret(rng, c):
    def ct():
        return b64(b"\x02\x00" + rbytes(rng, rng.choice([300, 330, 360])))
    return ("gitops/%s/sealed-registry-secret.yaml" % c["app"], """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: %s-registry
  namespace: %s
spec:
  encryptedData:
    username: %s
    password: %s
  template:
    metadata:
      name: %s-registry
    type: kubernetes.io/basic-auth
""" % (c["app"], c["app"], ct(), ct(), c["app"]), "kubernetes", "encrypted")


def l_argocd_app(rng, c):
    return ("gitops/apps/%s.yaml" % c["app"], """apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: %s
  namespace: argocd
  finalizers: [resources-finalizer.argocd.argoproj.io]
spec:
  project: default
  source:
    repoURL: https://github.com/%s/%s-deploy.git
    targetRevision: %s
    path: overlays/prod
    kustomize:
      images:
        - %s/%s/%s@sha256:%s
  destination:
    server: https://kubernetes.default.svc
    namespace: %s
  syncPolicy:
    automated: { prune: true, selfHeal: true }
""" % (c["app"], c["org"], c["app"], c["sha"], c["nexus"], c["org"], c["app"], hexs(rng, 64), c["app"]),
        "argocd", "commit-sha")


def l_argo_wf_status(rng, c):
    wf = "%s-ci-%s" % (c["app"], rs(rng, ALNUM_L, 5))
    nodes = "\n".join("""    %s-%d:
      id: %s-%d
      displayName: %s
      phase: Succeeded
      startedAt: "%sZ"
      outputs:
        artifacts:
          - name: main-logs
            s3: { key: "%s/%s-%d/main.log" }""" % (wf, n, wf, n, step, ts(rng), wf, wf, n)
                      for step, n in [("checkout", rng.randint(10 ** 9, 4 * 10 ** 9)), ("build", rng.randint(10 ** 9, 4 * 10 ** 9))])
    return ("tests/fixtures/argo-workflow-status.yaml", """apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  name: %s
  uid: %s
  resourceVersion: "%d"
status:
  phase: Succeeded
  nodes:
%s
""" % (wf, uuid4(rng), rng.randint(100000, 9999999), nodes), "argo", "workflow-ids")


def l_tekton_run(rng, c):
    return ("tekton/runs/%s-run.yaml" % c["app"], """apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  name: %s-build-%s
  uid: %s
spec:
  pipelineRef: { name: build-and-push }
  params:
    - name: revision
      value: %s
  workspaces:
    - name: docker-credentials
      secret: { secretName: registry-credentials }
status:
  results:
    - name: IMAGE_DIGEST
      value: sha256:%s
    - name: IMAGE_URL
      value: %s/%s/%s:%s
""" % (c["app"], rs(rng, ALNUM_L, 5), uuid4(rng), c["sha"], hexs(rng, 64), c["nexus"], c["org"], c["app"], c["sha"][:8]),
        "tekton", "image-digest")


def l_spinnaker_pipeline(rng, c):
    return ("spinnaker/pipelines/%s-deploy.json" % c["app"], json.dumps({
        "application": c["app"], "id": uuid4(rng), "name": "deploy-prod", "index": 0,
        "triggers": [{"type": "docker", "account": "%s-registry" % c["org"], "organization": c["org"],
                      "repository": "%s/%s" % (c["org"], c["app"]), "tag": "^v.*", "enabled": True}],
        "stages": [{"refId": "1", "type": "deployManifest", "name": "Deploy", "account": "prod-k8s",
                    "manifestArtifactId": uuid4(rng), "requisiteStageRefIds": []}],
        "lastModifiedBy": c["user"], "updateTs": str(rng.randint(1700000000000, 1760000000000))}, indent=2) + "\n",
        "spinnaker", "pipeline-ids")


def l_concourse_pipeline(rng, c):
    return ("ci/pipeline.yml", """resources:
  - name: source
    type: git
    source:
      uri: ((git-uri))
      branch: main
      private_key: ((github.deploy_key))
  - name: image
    type: registry-image
    source:
      repository: ((image-repository))
      username: ((nexus.username))
      password: ((nexus.password))

jobs:
  - name: build
    plan:
      - get: source
        trigger: true
        version: { ref: %s }
      - task: test
        file: source/ci/tasks/test.yml
      - put: image
        params: { image: image/image.tar }
""" % c["sha"], "concourse", "secret-reference")


def l_release_notes(rng, c):
    rows = "\n".join("| `%s-%s-%s.tar.gz` | `%s` |" % (c["app"], c["ver"], a, hexs(rng, 64))
                     for a in ["linux-amd64", "linux-arm64", "darwin-arm64"])
    return ("docs/releases/v%s.md" % c["ver"], """# %s v%s

Built by %s build #%s from commit `%s`.

## Checksums

| File | SHA-256 |
|------|---------|
%s

Artifacts are signed with key `%s` (see KEYS). Verify with:

```
gpg --verify %s-%s-linux-amd64.tar.gz.asc
sha256sum -c SHA256SUMS
```
""" % (c["app"], c["ver"], pick(rng, ["Jenkins", "Buildkite", "TeamCity"]), c["build"], c["sha"], rows,
       hexs(rng, 16).upper(), c["app"], c["ver"]), "artifacts", "checksum")


def l_build_history_csv(rng, c):
    lines = ["build_id,job,number,commit_sha,status,duration_s,artifact_sha256"]
    for _ in range(rng.randint(5, 9)):
        lines.append("%s,%s/main,%d,%s,%s,%d,%s" % (uuid4(rng), c["app"], rng.randint(100, 9999), hexs(rng, 40),
                     pick(rng, ["SUCCESS", "FAILURE", "SUCCESS", "UNSTABLE"]), rng.randint(30, 3600), hexs(rng, 64)))
    return ("reports/build-history.csv", "\n".join(lines) + "\n", "jenkins", "build-ids")


def l_sql_token_digests(rng, c):
    rows = ",\n".join("  (%d, '%s-runner-%d', '%s', '%s', now())" % (rng.randint(1, 99999), c["org"], i, hexs(rng, 64),
                      hexs(rng, 8)) for i in range(1, 4))
    return ("db/migrations/0042_runner_registry.sql", """CREATE TABLE IF NOT EXISTS runners (
  id            bigint PRIMARY KEY,
  description   text NOT NULL,
  token_sha256  char(64) NOT NULL,   -- only the digest of the runner token is stored
  version_sha   char(8),
  registered_at timestamptz NOT NULL
);

INSERT INTO runners (id, description, token_sha256, version_sha, registered_at) VALUES
%s;
""" % rows, "gitlab", "token-digest")


def l_py_fixture(rng, c):
    return ("tests/test_artifact_verify.py", """import hashlib
import uuid

import pytest

from ci_tools.verify import verify_artifact

JOB_ID = uuid.UUID("%s")
EXPECTED = {
    "%s-%s.jar": "%s",
    "%s-%s.pom": "%s",
}


@pytest.mark.parametrize("name,digest", sorted(EXPECTED.items()))
def test_digest_format(name, digest):
    assert len(digest) == 64
    int(digest, 16)


def test_verify_mismatch(tmp_path):
    f = tmp_path / "a.jar"
    f.write_bytes(b"not the artifact")
    assert hashlib.sha256(f.read_bytes()).hexdigest() != EXPECTED["%s-%s.jar"]
    assert not verify_artifact(f, EXPECTED["%s-%s.jar"], job=JOB_ID)
""" % (uuid4(rng), c["app"], c["ver"], hexs(rng, 64), c["app"], c["ver"], hexs(rng, 64), c["app"], c["ver"],
       c["app"], c["ver"]), "artifacts", "checksum")


def l_makefile_ldflags(rng, c):
    return ("Makefile", """VERSION ?= %s
COMMIT  ?= $(shell git rev-parse HEAD)
# pinned for reproducible builds of the release branch
RELEASE_COMMIT := %s
BUILD_ID := %s
LDFLAGS := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT) -X main.buildID=$(BUILD_ID)

build:
\tCGO_ENABLED=0 go build -trimpath -ldflags "$(LDFLAGS)" -o bin/%s ./cmd/%s

image:
\tdocker build --build-arg VCS_REF=$(RELEASE_COMMIT) -t %s/%s:$(VERSION) .
""" % (c["ver"], c["sha"], uuid4(rng), c["app"], c["app"], c["org"], c["app"]), "build", "commit-sha")


def l_dockerfile_checksum(rng, c):
    v = "%d.%d.%d" % (rng.randint(16, 17), rng.randint(0, 11), rng.randint(0, 5))
    return ("ci/runner.Dockerfile", """FROM ubuntu:22.04@sha256:%s
ARG RUNNER_VERSION=%s
ARG RUNNER_SHA256=%s
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates git \\
 && curl -fsSLo /usr/local/bin/gitlab-runner \\
      "https://gitlab-runner-downloads.s3.amazonaws.com/v${RUNNER_VERSION}/binaries/gitlab-runner-linux-amd64" \\
 && echo "${RUNNER_SHA256}  /usr/local/bin/gitlab-runner" | sha256sum -c - \\
 && chmod +x /usr/local/bin/gitlab-runner \\
 && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["gitlab-runner"]
CMD ["run", "--user=gitlab-runner", "--working-directory=/home/gitlab-runner"]
""" % (hexs(rng, 64), v, hexs(rng, 64)), "gitlab", "checksum")


def l_sh_gpg_install(rng, c):
    fp = hexs(rng, 40).upper()
    return ("provision/install-jenkins.sh", """#!/usr/bin/env bash
set -euo pipefail
KEY_URL=https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key
EXPECTED_FPR=%s

curl -fsSL "$KEY_URL" -o /tmp/jenkins.key
ACTUAL_FPR=$(gpg --show-keys --with-colons /tmp/jenkins.key | awk -F: '/^fpr/ {print $10; exit}')
[ "$ACTUAL_FPR" = "$EXPECTED_FPR" ] || { echo "fingerprint mismatch"; exit 1; }
install -m 0644 /tmp/jenkins.key /usr/share/keyrings/jenkins-keyring.asc
echo "deb [signed-by=/usr/share/keyrings/jenkins-keyring.asc] https://pkg.jenkins.io/debian-stable binary/" \\
  > /etc/apt/sources.list.d/jenkins.list
apt-get update && apt-get install -y jenkins=2.452.%d
""" % (fp, rng.randint(1, 4)), "jenkins", "gpg-fingerprint")


def l_ps1_filehash(rng, c):
    return ("build/Test-Artifacts.ps1", """$expected = @{
    "%s-%s-win-x64.zip" = "%s"
    "%s-%s-win-arm64.zip" = "%s"
}
foreach ($name in $expected.Keys) {
    $actual = (Get-FileHash -Algorithm SHA256 -Path (Join-Path "dist" $name)).Hash
    if ($actual -ne $expected[$name]) { throw "checksum mismatch for $name" }
    Write-Host "OK $name"
}
""" % (c["app"], c["ver"], hexs(rng, 64).upper(), c["app"], c["ver"], hexs(rng, 64).upper()), "artifacts", "checksum")


def l_helm_values_refs(rng, c):
    return ("deploy/drone-runner/values.yaml", """image:
  repository: drone/drone-runner-kube
  tag: "1.0.0-rc.4"
  digest: sha256:%s
podAnnotations:
  checksum/config: %s
env:
  DRONE_RPC_HOST: drone.%s
  DRONE_RPC_PROTO: https
  DRONE_NAMESPACE_DEFAULT: drone-builds
extraSecretNamesForEnvFrom:
  - drone-rpc
existingSecret: drone-rpc
resources:
  requests: { cpu: 100m, memory: 128Mi }
""" % (hexs(rng, 64), hexs(rng, 64), c["dom"]), "drone", "secret-reference")


def _agent_args(rng, c, fp):
    t = ts_seq(rng, 5)
    return [t[0], rng.randint(1, 40), t[1], t[2], t[3], c["jenkins"], fp, t[4]]


def l_agent_log(rng, c):
    fp = ":".join(hexs(rng, 2) for _ in range(16))
    return ("logs/agent-%s.log" % rs(rng, ALNUM_L, 6), """%s INFO hudson.remoting.jnlp.Main createEngine
Setting up agent: linux-build-%02d
%s INFO hudson.remoting.Engine startEngine
Using Remoting version: 3206.vb_15dcf73f6a_9
%s INFO org.jenkinsci.remoting.engine.WorkDirManager initializeWorkDir
Using /home/jenkins/agent/remoting as a remoting work directory
%s INFO hudson.remoting.jnlp.Main$CuiListener status
Agent discovery successful
  Agent address: %s
  Agent port:    50000
  Identity:      %s
%s INFO hudson.remoting.jnlp.Main$CuiListener status
Connected
""" % tuple(_agent_args(rng, c, fp)), "jenkins", "key-fingerprint")


def l_known_hosts(rng, c):
    lines = []
    for h in [c["gitlab"], "github.com", c["jenkins"]]:
        blob = b64(ssh_string(b"ssh-ed25519") + ssh_string(rbytes(rng, 32)))
        lines.append("%s ssh-ed25519 %s" % (h, blob))
    return ("ci/ssh/known_hosts", "\n".join(lines) + "\n", "ssh", "public-key")


def l_ca_cert(rng, c):
    return ("ci/certs/%s-root-ca.crt" % c["org"], "# Internal root CA used by %s and %s\n%s\n"
            % (c["nexus"], c["arti"], cert_block(rng)), "pki", "certificate")


def _az_args(rng, c):
    t = ts_seq(rng, 4)
    return [t[0]] * 8 + [c["org"], t[1], c["org"], t[2], c["sha"], rng.randint(1000, 99999), t[3]]


def l_azure_log(rng, c):
    return ("logs/azure/%s_%d.txt" % (c["app"], rng.randint(1000, 99999)), """%sZ ##[section]Starting: npm publish
%sZ ==============================================================================
%sZ Task         : Command line
%sZ Version      : 2.231.1
%sZ ==============================================================================
%sZ Generating script.
%sZ ========================== Starting Command Output ===========================
%sZ npm notice Publishing to https://pkgs.dev.azure.com/%s/_packaging/npm-internal/npm/registry/ with tag latest
%sZ npm http fetch PUT 200 https://pkgs.dev.azure.com/%s/... (auth: ***)
%sZ Build.SourceVersion=%s Build.BuildId=%d
%sZ ##[section]Finishing: npm publish
""" % tuple(_az_args(rng, c)),
        "azure-devops", "masked-log")


def _tc_args(rng, c):
    t = ts_seq(rng, 6)
    return [t[0], t[1], c["ver"], c["build"], t[2], hexs(rng, 64), t[3], t[4], t[5], c["sha"]]


def l_tc_build_log(rng, c):
    return ("logs/teamcity/build-%s.log" % c["build"], """[%s] : Step 1/3: Maven (Maven)
[%s] :	 [Step 1/3] ##teamcity[buildNumber '%s.%s']
[%s] :	 [Step 1/3] ##teamcity[setParameter name='env.ARTIFACT_SHA256' value='%s']
[%s] :	 [Step 1/3] Using password parameter env.NEXUS_PASSWORD = *******
[%s] :	 [Step 1/3] ##teamcity[publishArtifacts 'target/*.jar => release']
[%s] : Build finished (vcs revision %s)
""" % tuple(_tc_args(rng, c)),
        "teamcity", "masked-log")


def l_go_sum(rng, c):
    mods = ["github.com/spf13/cobra", "github.com/stretchr/testify", "golang.org/x/sync", "gopkg.in/yaml.v3"]
    lines = []
    for m in mods:
        v = "v%d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9))
        lines.append("%s %s h1:%s" % (m, v, b64(rbytes(rng, 32))))
        lines.append("%s %s/go.mod h1:%s" % (m, v, b64(rbytes(rng, 32))))
    return ("go.sum", "\n".join(lines) + "\n", "go", "checksum")


def l_jcasc_refs(rng, c):
    return ("jenkins/casc/jenkins.yaml", """jenkins:
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: admin
          password: ${JENKINS_ADMIN_PASSWORD}
credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              id: sonar-token
              secret: ${readFile:${SECRETS_DIR}/sonar-token}
          - usernamePassword:
              id: nexus-deploy
              username: %s
              password: "${vault:ci/nexus#password}"
unclassified:
  buildDiscarders:
    configuredBuildDiscarders:
      - jobBuildDiscarder
""" % c["user"], "jenkins", "secret-reference")


def l_jenkins_job_config(rng, c):
    return ("jenkins_home/jobs/%s/builds/%s/build.xml" % (c["app"], c["build"]), """<?xml version='1.1' encoding='UTF-8'?>
<flow-build plugin="workflow-job@1400.v7fd111b_ec82f">
  <actions>
    <hudson.plugins.git.util.BuildData plugin="git@5.2.2">
      <buildsByBranchName>
        <entry>
          <string>refs/remotes/origin/main</string>
          <hudson.plugins.git.util.Build>
            <marked plugin="git-client@4.7.0"><sha1>%s</sha1></marked>
            <hudsonBuildNumber>%s</hudsonBuildNumber>
          </hudson.plugins.git.util.Build>
        </entry>
      </buildsByBranchName>
    </hudson.plugins.git.util.BuildData>
  </actions>
  <queueId>%d</queueId>
  <timestamp>%d</timestamp>
  <startTime>%d</startTime>
  <result>SUCCESS</result>
  <duration>%d</duration>
  <charset>UTF-8</charset>
  <workspace>/var/lib/jenkins/workspace/%s</workspace>
  <hudsonVersion>2.452.2</hudsonVersion>
  <scm class="hudson.plugins.git.GitChangeLogParser"/>
  <id>%s</id>
</flow-build>
""" % (c["sha"], c["build"], rng.randint(1000, 999999), rng.randint(1700000000000, 1760000000000),
       rng.randint(1700000000000, 1760000000000), rng.randint(10000, 900000), c["app"], uuid4(rng)),
        "jenkins", "build-ids")


def l_runner_list(rng, c):
    lines = ["id,description,ip_address,status,version,revision,tag_list"]
    for i in range(rng.randint(4, 8)):
        lines.append("%d,%s-docker-%d,10.20.%d.%d,%s,16.%d.%d,%s,docker;linux" % (
            rng.randint(100, 99999), c["org"], i + 1, rng.randint(0, 9), rng.randint(2, 250),
            pick(rng, ["online", "offline", "online"]), rng.randint(0, 11), rng.randint(0, 5), hexs(rng, 8)))
    return ("ops/inventory/gitlab-runners.csv", "\n".join(lines) + "\n", "gitlab", "runner-ids")


def l_npmrc_refs(rng, c):
    return (pick(rng, [".npmrc", "frontend/.npmrc"]), """registry=https://%s/repository/npm-group/
//%s/repository/npm-private/:_authToken=${NPM_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_PUBLISH_TOKEN}
@%s:registry=https://%s/repository/npm-private/
engine-strict=true
""" % (c["nexus"], c["nexus"], c["org"], c["nexus"]), "npm", "secret-reference")


def l_settings_xml_env(rng, c):
    return (".mvn/settings.xml", """<settings>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>gpg.passphrase</id>
      <passphrase>${env.GPG_PASSPHRASE}</passphrase>
    </server>
  </servers>
  <!-- checksum policy for the release mirror; last verified build %s -->
  <profiles>
    <profile>
      <id>release</id>
      <properties><gpg.keyname>%s</gpg.keyname></properties>
    </profile>
  </profiles>
</settings>
""" % (c["sha"][:12], hexs(rng, 16).upper()), "nexus", "secret-reference")


LOOKALIKES = [
    l_credxml_encrypted, l_jcasc_encrypted, l_jenkinsfile_withcreds, l_jenkins_log_masked, l_gitlab_job_log,
    l_sha256sums, l_sha1_file, l_maven_metadata, l_package_lock, l_gradle_verification, l_nuget_lock, l_gpg_key,
    l_gitlab_ci_refs, l_compose_digests, l_k8s_build_meta, l_bk_pipeline, l_gha_pinned, l_azure_refs,
    l_teamcity_kts, l_buildinfo, l_nexus_search, l_jfrog_project, l_sonar_report_task, l_drone_fromsecret,
    l_woodpecker_fromsecret, l_sealed_secret, l_argocd_app, l_argo_wf_status, l_tekton_run, l_spinnaker_pipeline,
    l_concourse_pipeline, l_release_notes, l_build_history_csv, l_sql_token_digests, l_py_fixture,
    l_makefile_ldflags, l_dockerfile_checksum, l_sh_gpg_install, l_ps1_filehash, l_helm_values_refs, l_agent_log,
    l_known_hosts, l_ca_cert, l_azure_log, l_tc_build_log, l_go_sum, l_jcasc_refs, l_jenkins_job_config,
    l_runner_list, l_npmrc_refs, l_settings_xml_env,
]


# ----------------------------------------------------------------------------- driver
SPECIAL_TYPES = {"Jenkinsfile": "jenkinsfile", "Dockerfile": "dockerfile", "Makefile": "makefile",
                 ".npmrc": "npmrc", "KEYS": "asc", ".credentials": "properties", "known_hosts": "known_hosts",
                 "SHA256SUMS": "checksums", "config": "yml", "pre-command": "sh", "go.sum": "gosum"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith(".env"):
        return "env"
    if base.endswith(".Dockerfile"):
        return "dockerfile"
    if "." in base:
        ext = base.rsplit(".", 1)[-1].lower()
        return {"yaml": "yml", "v6": "json", "kts": "kts"}.get(ext, ext)
    return "txt"


def safe_neg_path(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template"):
        return path[: len(path) - len(base)] + ".env.example"
    return path


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle not found"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if not text.endswith("\n"):
        text += "\n"
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return text


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fr.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []

    order = list(range(len(POS_TEMPLATES)))
    rng.shuffle(order)
    for i in range(500):
        fn, provider, kind, gen, lang, var = POS_TEMPLATES[order[i % len(order)]]
        c = ctx(rng)
        val = gen(rng)
        path, text = fn(rng, c, val)
        needle = val.split("\n", 1)[0] if val.startswith("-----BEGIN") else val
        rel = "pos/p%04d/%s" % (i, path)
        text = write(outdir, rel, text)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], (rel, needle)
        with open(os.path.join(outdir, rel), encoding="utf-8", newline="") as fh:
            assert fh.read().split("\n")[ln - 1].find(needle) >= 0
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    t_order = list(range(len(POS_TEMPLATES)))
    rng.shuffle(t_order)
    l_order = list(range(len(LOOKALIKES)))
    rng.shuffle(l_order)
    ti = li = 0
    for j in range(500):
        c = ctx(rng)
        if j % 2 == 0:
            fn, provider, _kind, _gen, lang, var = POS_TEMPLATES[t_order[ti % len(t_order)]]
            ti += 1
            v, nkind = neg_filler(rng, provider, lang, var)
            path, text = fn(rng, c, v)
            path = safe_neg_path(path)
        else:
            fn = LOOKALIKES[l_order[li % len(l_order)]]
            li += 1
            path, text, provider, nkind = fn(rng, c)
        rel = "neg/n%04d/%s" % (j, path)
        base = path.rsplit("/", 1)[-1]
        assert not (base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template")), rel
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": nkind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
