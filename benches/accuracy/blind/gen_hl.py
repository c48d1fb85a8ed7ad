#!/usr/bin/env python3
"""gen_hl.py - blind evaluation set: self-hosted forges and their CI runners.

EMPHASIS
    Credentials of self-hosted code forges and the CI runners/agents that
    talk to them, as they show up in the configuration repositories,
    deployment repos and runbooks of the teams that operate them.
    Providers: Gitea / Forgejo (app.ini INTERNAL_TOKEN, SECRET_KEY,
    LFS_JWT_SECRET, [oauth2] JWT_SECRET, database PASSWD, 40-hex access
    tokens, act_runner / forgejo-runner registration tokens and .runner
    files, offline runner secrets), Gogs, Gerrit (secure.config keys and
    passwords, generated HTTP passwords), Phabricator / Phorge (Conduit
    api-/cli- tokens), Bitbucket Server / Data Center (HTTP access tokens),
    Azure DevOps Server (PATs, old 52-char and new 84-char form), GitLab
    self-managed (gitlab.rb, gitlab-secrets.json, glrt- runner tokens,
    GR1348941 registration tokens, glpat- tokens), Woodpecker
    (WOODPECKER_AGENT_SECRET), Drone (DRONE_RPC_SECRET), Jenkins (inbound
    agent JNLP secrets, API tokens), Buildkite (agent tokens, bkua_ API
    tokens), OneDev, Sourcehut (hut config).
    File types: app.ini, gitlab.rb, gitlab-secrets.json, secure.config,
    docker-compose, Kubernetes manifests and Helm values, systemd units,
    .runner JSON, config.toml, shell, PowerShell, batch/WinSW XML,
    Ansible, Terraform, Dockerfile, Python, Go, PHP, Groovy, JavaScript,
    .netrc, .arcrc, NuGet.config, .npmrc, Markdown, SQL, CSV, logs.

USAGE
    python3 -B gen_hl.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, 1-based line of the needle's
    first occurrence; asserted against the written file).  All randomness
    comes from one random.Random(SEED); the output is byte-identical for
    one SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the credential value exactly as written, without the
      key name, quotes, "Bearer "/"token "/"Basic " scheme words or flag.
    * URLs: only the secret part (the password of user:password@ userinfo,
      or the value of a token= query parameter); never the whole URL.
    * Headers: only the token after the scheme word.
    * User + password / client id + secret pairs: only the secret half;
      the user name or id is public and is not the needle.
    * Multi-line PEM private keys: the first base64 body line (the 64
      characters after the BEGIN line).  In JSON-escaped single-line form
      ("-----BEGIN ...-----\\nMIIE...") the same first 64 body characters.
    * Values written base64-encoded (e.g. .npmrc _password): the encoded
      string as written.
    * JWTs (Gitea INTERNAL_TOKEN): the whole header.payload.signature.

NEGATIVES
    Half of the negatives reuse the positive templates with the secret's
    slot holding something that is not a secret: placeholders
    (<your-token>, YOUR_TOKEN_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED]), environment / secret-manager
    references (${VAR}, $VAR, op://, vault: paths, file: URIs,
    /run/secrets), template expressions (Helm, Jinja, GitHub/Gitea Actions
    ${{ secrets.X }}, Azure $(X), __TOKEN__ markers) and the providers'
    own documented example values.  The other half are look-alikes of the
    domain: runner UUIDs, commit SHAs, Gerrit Change-Ids, Phabricator
    PHIDs, webhook delivery ids and HMAC signatures, SSH host key
    fingerprints and public keys, certificates, PGP public keys, LFS
    pointer oids, image digests, go.sum / lockfile hashes, hashed tokens
    in database dumps, JWKS public keys, INSTALL_LOCK and other flags,
    ansible-vault ciphertext, REST responses that list tokens without
    their values, and code that reads credentials from the environment.
    No negative lives in a .env / .env.local / .env.production file
    (.env.example and .env.sample are used instead).

FORMATS CHECKED (search tool, providers' docs and source)
    * Gitea modules/generate: SECRET_KEY = 64 chars [0-9A-Za-z];
      LFS_JWT_SECRET / JWT_SECRET = base64.RawURLEncoding of 32 random
      bytes (43 chars); INTERNAL_TOKEN = HS256 JWT with a single "nbf"
      claim signed by a random key.
    * Gitea API issue/docs: access token "sha1" is 40 hex with
      token_last_eight.  Gitea act_runner docs: registration token is a
      40-char random string (example D0gvfu2iHfUjNqCYVljVyRV14fISpJxxxxxxxxxx);
      Forgejo runner docs: .runner JSON with id, uuid, name, token (40
      hex), address, labels.
    * Phabricator PhabricatorConduitToken: token = type + "-" +
      readRandomCharacters(32) cut to 32, alphabet [a-z2-7]; types api,
      cli, clr (so api- + 28 chars).
    * Gerrit PutHttpPassword: 31 random bytes, base64, padding stripped
      (42 chars, standard alphabet with + and /).  secure.config sections
      [auth] registerEmailPrivateKey, [ldap] password, [sendemail]
      smtpPass, [remote "x"] password.
    * Bitbucket DC: tokens used as Bearer; public code shows BBDC- +
      base64("<12 digits>:" + 20 random bytes) = 44 chars; docs example
      MDM0MjM5NDc2MDxxxx... (older unprefixed form).
    * Azure DevOps: Microsoft Purview / release notes: new PATs are 84
      chars with a fixed AZDO signature at positions 76-80; older PATs
      are 52 chars (base32, [a-z2-7]).
    * GitLab: glrt- runner authentication tokens (runner docs / MRs),
      registration token prefix GR1348941 (RunnersTokenPrefixable),
      glpat- prefix; gitlab-secrets.json entries secret_key_base,
      otp_key_base, db_key_base, openid_connect_signing_key (RSA PEM),
      ci_jwt_signing_key; gitlab.rb initial_root_password, db_password,
      initial_shared_runners_registration_token.
    * Woodpecker docs: WOODPECKER_AGENT_SECRET shared between server and
      agent (commonly openssl rand -hex 32).  Drone docs:
      DRONE_RPC_SECRET, docs examples correct-horse-batter-staple and
      super-duper-secret, commonly openssl rand -hex 16.
    * Jenkins: inbound agent -secret is 64 hex (jenkins-agent.jnlp);
      ApiTokenStore: API tokens are 34 chars, "11" + 32 hex.
    * Buildkite docs: agent tokens via BUILDKITE_AGENT_TOKEN / --token;
      API access tokens prefixed bkua_.

DOUBTS
    * Azure DevOps 84-char PATs: only the length and the AZDO signature
      at 76-80 were confirmed; the other 80 characters are drawn from
      [A-Za-z0-9] without the internal structure of the real format.
    * Bitbucket BBDC- prefix and the id:random layout come from public
      code, not from Atlassian's documentation.
    * Buildkite agent tokens are written as 50 hex (seen in public code,
      not documented); bkua_ tokens as bkua_ + 40 [a-z0-9] (length not
      confirmed).
    * GitLab runner/registration tokens use 20 chars of [A-Za-z0-9_-]
      after the prefix; newer routable token formats are not generated.
    * Gogs SECRET_KEY length (written as 20 alphanumerics), Gerrit
      registerEmailPrivateKey (written as base64 of 36 bytes), OneDev
      access tokens (written as 40 alphanumerics) and Sourcehut OAuth2
      personal tokens (written as long base64) were not confirmed.
    * Woodpecker and Drone shared secrets are free-form; hex is the
      documented habit, not a rule.
    * Some documented example values used as negatives (Forgejo's .runner
      token, GitLab's glrt- example from a merge request) look exactly
      like live tokens; a scanner cannot tell them apart without a list.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import sys

MARK = "@@SECRET@@"
HEX = "0123456789abcdef"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
URLSAFE = ALNUM + "-_"


# ----------------------------------------------------------------- helpers
def rs(R, alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def rbytes(R, n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(R):
    h = rs(R, HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella",
        "hooli", "vandelay", "wayne", "stark", "tyrell", "cyberdyne",
        "soylent", "wonka", "oscorp", "aperture", "blackmesa", "pied-piper"]
TEAMS = ["platform", "infra", "devex", "build", "release", "sre", "tooling",
         "ci", "forge", "scm"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
         "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor",
         "walter", "ci-bot", "deploy-bot", "release-bot", "svc-runner"]
REPOS = ["infra-live", "gitea-deploy", "forge-config", "ci-runners",
         "platform-charts", "ansible-forge", "build-agents", "mirror-sync",
         "review-tools", "ops-runbooks", "backup-jobs", "dev-portal"]
LABELS = ["ubuntu-latest:docker://node:20-bookworm",
          "ubuntu-22.04:docker://node:20-bullseye",
          "debian-12:docker://debian:bookworm", "linux_amd64:host",
          "self-hosted:host", "docker:docker://alpine:3.19",
          "arm64:docker://arm64v8/node:20"]
TZS = ["Europe/Berlin", "UTC", "America/New_York", "Asia/Tokyo",
       "Europe/Paris", "Australia/Sydney"]


def org(R):
    return R.choice(ORGS)


def user(R):
    return R.choice(USERS)


def repo(R):
    return R.choice(REPOS)


def dom(R):
    return R.choice(["%s.internal" % org(R), "%s.example.com" % org(R),
                     "%s.example.org" % org(R), "corp.%s.example" % org(R),
                     "%s.lan" % org(R)])


def host(R, kind="git"):
    return "%s.%s" % (kind, dom(R))


def ip(R):
    return "10.%d.%d.%d" % (R.randint(0, 254), R.randint(0, 254), R.randint(2, 250))


def port(R):
    return R.choice([3000, 8080, 8000, 9000, 443, 7990, 8081, 3001])


def ts(R):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (
        R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28),
        R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def day(R):
    return "%04d-%02d-%02d" % (R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28))


def logt(R):
    return "%04d/%02d/%02d %02d:%02d:%02d" % (
        R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28),
        R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ver(R):
    return "%d.%d.%d" % (R.randint(1, 3), R.randint(0, 24), R.randint(0, 9))


def sha1(R):
    return rs(R, HEX, 40)


def sha256(R):
    return rs(R, HEX, 64)


def sub(text, **kw):
    for k, v in kw.items():
        text = text.replace("<<%s>>" % k, str(v))
    return text


# ------------------------------------------------------- secret generators
def g_hex(n):
    return lambda R: rs(R, HEX, n)


def g_alnum(n):
    return lambda R: rs(R, ALNUM, n)


def g_gitea_secret_key(R):
    return rs(R, ALNUM, 64)


def g_gitea_jwt_secret(R):
    return b64url_nopad(rbytes(R, 32))


def g_gitea_internal_token(R):
    head = b64url_nopad(b'{"alg":"HS256","typ":"JWT"}')
    nbf = R.randint(1546300800, 1735689600)
    pay = b64url_nopad(('{"nbf":%d}' % nbf).encode())
    key = b64url_nopad(rbytes(R, 32)).encode()
    sig = hmac.new(key, ("%s.%s" % (head, pay)).encode(), hashlib.sha256).digest()
    return "%s.%s.%s" % (head, pay, b64url_nopad(sig))


def g_gitea_runner_reg(R):
    return rs(R, ALNUM, 40)


def g_gogs_secret_key(R):
    return rs(R, ALNUM, 20)


def g_gerrit_http(R):
    return base64.b64encode(rbytes(R, 31)).decode().rstrip("=")


def g_gerrit_email_key(R):
    return base64.b64encode(rbytes(R, 36)).decode()


def g_phab_api(R):
    return "api-" + rs(R, B32L, 28)


def g_phab_cli(R):
    return "cli-" + rs(R, B32L, 28)


def _bb_raw(R):
    ident = str(R.randint(1, 9)) + rs(R, "0123456789", 11)
    return base64.b64encode(ident.encode() + b":" + rbytes(R, 20)).decode()


def g_bbdc(R):
    return "BBDC-" + _bb_raw(R)


def g_bb_old(R):
    return _bb_raw(R)


def g_ado_old(R):
    return rs(R, B32L, 52)


def g_ado_new(R):
    return rs(R, ALNUM, 76) + "AZDO" + rs(R, ALNUM, 4)


def g_glrt(R):
    return "glrt-" + rs(R, URLSAFE, 20)


def g_glpat(R):
    return "glpat-" + rs(R, URLSAFE, 20)


def g_glreg(R):
    return "GR1348941" + rs(R, URLSAFE, 20)


def g_bkua(R):
    return "bkua_" + rs(R, LOWER_ALNUM, 40)


def g_jenkins_api(R):
    return "11" + rs(R, HEX, 32)


def g_sourcehut(R):
    return base64.b64encode(rbytes(R, R.randint(96, 120))).decode().rstrip("=")


def g_password(R, safe=False):
    n = R.randint(14, 26)
    alpha = ALNUM + ("-_." if safe else "-_.!#%+@")
    while True:
        p = rs(R, alpha, n)
        if (any(c.isdigit() for c in p) and any(c.islower() for c in p)
                and any(c.isupper() for c in p)):
            return p


def g_pwd_safe(R):
    return g_password(R, True)


def g_pwd(R):
    return g_password(R, False)


def pem_rsa(R):
    """Random RSA-shaped PEM private key body (not a real key pair)."""
    body = "MIIEpAIBAAKCAQEA" + base64.b64encode(rbytes(R, 1180)).decode()
    body = body[:1588]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + \
        "\n-----END RSA PRIVATE KEY-----", lines[0]


def g_pem(R):
    return pem_rsa(R)


def g_pem_json(R):
    pem, first = pem_rsa(R)
    return pem.replace("\n", "\\n"), first


def g_pem_indented(indent):
    def f(R):
        pem, first = pem_rsa(R)
        return pem.replace("\n", "\n" + indent), first
    return f


# ------------------------------------------------------------ registries
POS = []   # positive templates; also reused (slot refilled) for negatives
NEG = []   # look-alike negative templates


def P(prov, kind, ft, conv, gen, ctx="plain"):
    """conv: conventional variable name (True) or neutral/positional/header/URL (False).
    ctx: quoting context of the slot, used to pick safe negative fillers."""
    def deco(fn):
        POS.append(dict(fn=fn, prov=prov, kind=kind, ft=ft, conv=conv,
                        gen=gen, ctx=ctx, name=fn.__name__))
        return fn
    return deco


def N(prov, kind, ft):
    def deco(fn):
        NEG.append(dict(fn=fn, prov=prov, kind=kind, ft=ft, name=fn.__name__))
        return fn
    return deco


# ------------------------------------------------------------ Gitea / Forgejo
def gitea_ini(R, slot, forgejo=False):
    app = R.choice(["Gitea: Git with a cup of tea", "%s Git" % org(R).title(),
                    "Forgejo: Beyond coding. We forge.", "%s code hosting" % org(R)])
    if forgejo:
        app = R.choice(["Forgejo: Beyond coding. We forge.", "%s Forgejo" % org(R).title()])
    d = host(R, R.choice(["git", "code", "forge", "gitea"]))
    work = R.choice(["/var/lib/gitea", "/data/gitea", "/srv/gitea"])
    L = []
    L.append("; managed by %s - do not edit on the host" % R.choice(
        ["ansible", "the forge-config repo", "terraform", "puppet", "hand, see docs/forge.md"]))
    L.append("APP_NAME = %s" % app)
    L.append("RUN_USER = git")
    L.append("RUN_MODE = prod")
    L.append("WORK_PATH = %s" % work)
    L.append("")
    L.append("[repository]")
    L.append("ROOT = %s/git/repositories" % work)
    L.append("DEFAULT_BRANCH = %s" % R.choice(["main", "master", "trunk"]))
    L.append("")
    L.append("[server]")
    L.append("PROTOCOL = http")
    L.append("DOMAIN = %s" % d)
    L.append("SSH_DOMAIN = %s" % d)
    L.append("HTTP_PORT = %d" % R.choice([3000, 3001, 8080]))
    L.append("ROOT_URL = https://%s/" % d)
    L.append("DISABLE_SSH = false")
    L.append("SSH_PORT = %d" % R.choice([22, 2222, 2022]))
    L.append("LFS_START_SERVER = true")
    if slot == "LFS_JWT_SECRET":
        L.append("LFS_JWT_SECRET = " + MARK)
    else:
        L.append("LFS_JWT_SECRET_URI = file:%s/secrets/lfs_jwt_secret" % work)
    L.append("OFFLINE_MODE = %s" % R.choice(["true", "false"]))
    L.append("")
    L.append("[database]")
    if slot == "PASSWD":
        L.append("DB_TYPE = %s" % R.choice(["postgres", "mysql"]))
        L.append("HOST = %s:%d" % (R.choice(["db", "postgres", ip(R), "pg.%s" % dom(R)]),
                                   R.choice([5432, 3306])))
        L.append("NAME = gitea")
        L.append("USER = gitea")
        L.append("PASSWD = " + MARK)
        L.append("SSL_MODE = %s" % R.choice(["disable", "require"]))
    else:
        L.append("DB_TYPE = sqlite3")
        L.append("PATH = %s/data/gitea.db" % work)
        L.append("LOG_SQL = false")
    L.append("")
    L.append("[security]")
    L.append("INSTALL_LOCK = true")
    if slot == "INTERNAL_TOKEN":
        L.append("INTERNAL_TOKEN = " + MARK)
    else:
        L.append("INTERNAL_TOKEN_URI = file:%s/secrets/internal_token" % work)
    if slot == "SECRET_KEY":
        L.append("SECRET_KEY = " + MARK)
    else:
        L.append("SECRET_KEY_URI = file:%s/secrets/secret_key" % work)
    L.append("PASSWORD_HASH_ALGO = %s" % R.choice(["pbkdf2", "argon2", "pbkdf2_hi"]))
    L.append("MIN_PASSWORD_LENGTH = %d" % R.choice([8, 10, 12]))
    L.append("")
    L.append("[oauth2]")
    L.append("ENABLED = true")
    if slot == "JWT_SECRET":
        L.append("JWT_SECRET = " + MARK)
    else:
        L.append("JWT_SIGNING_ALGORITHM = RS256")
        L.append("JWT_SIGNING_PRIVATE_KEY_FILE = jwt/private.pem")
    L.append("")
    L.append("[service]")
    L.append("DISABLE_REGISTRATION = %s" % R.choice(["true", "false"]))
    L.append("REQUIRE_SIGNIN_VIEW = %s" % R.choice(["true", "false"]))
    L.append("DEFAULT_KEEP_EMAIL_PRIVATE = true")
    L.append("")
    L.append("[actions]")
    L.append("ENABLED = true")
    L.append("DEFAULT_ACTIONS_URL = %s" % R.choice(["github", "self", "https://code.forgejo.org"]))
    L.append("")
    L.append("[log]")
    L.append("MODE = console")
    L.append("LEVEL = %s" % R.choice(["Info", "Warn", "Debug"]))
    L.append("ROOT_PATH = %s/log" % work)
    L.append("")
    return "\n".join(L)


INI_PATHS = ["custom/conf/app.ini", "gitea/conf/app.ini", "roles/gitea/files/app.ini",
             "deploy/gitea/app.ini", "etc/gitea/app.ini", "forgejo/app.ini",
             "hosts/git01/gitea/app.ini"]


@P("gitea", "internal_token", "ini", True, g_gitea_internal_token)
def p_gitea_ini_internal(R):
    return R.choice(INI_PATHS), gitea_ini(R, "INTERNAL_TOKEN")


@P("gitea", "secret_key", "ini", True, g_gitea_secret_key)
def p_gitea_ini_secret(R):
    return R.choice(INI_PATHS), gitea_ini(R, "SECRET_KEY")


@P("gitea", "lfs_jwt_secret", "ini", True, g_gitea_jwt_secret)
def p_gitea_ini_lfs(R):
    return R.choice(INI_PATHS), gitea_ini(R, "LFS_JWT_SECRET")


@P("forgejo", "jwt_secret", "ini", True, g_gitea_jwt_secret)
def p_forgejo_ini_jwt(R):
    return R.choice(INI_PATHS), gitea_ini(R, "JWT_SECRET", forgejo=True)


@P("gitea", "password", "ini", True, g_pwd)
def p_gitea_ini_db(R):
    return R.choice(INI_PATHS), gitea_ini(R, "PASSWD")


@P("gitea", "internal_token", "yml", True, g_gitea_internal_token, ctx="yaml")
def p_gitea_compose_internal(R):
    d = host(R)
    t = """# Gitea for the <<team>> team, see docs/forge.md
services:
  gitea:
    image: gitea/gitea:<<v>>
    container_name: gitea
    restart: unless-stopped
    environment:
      - USER_UID=1000
      - USER_GID=1000
      - GITEA__database__DB_TYPE=postgres
      - GITEA__database__HOST=db:5432
      - GITEA__database__NAME=gitea
      - GITEA__database__USER=gitea
      - GITEA__database__PASSWD__FILE=/run/secrets/gitea_db_password
      - GITEA__server__ROOT_URL=https://<<d>>/
      - GITEA__security__INSTALL_LOCK=true
      - "GITEA__security__INTERNAL_TOKEN=@@SECRET@@"
    volumes:
      - ./data:/data
      - /etc/timezone:/etc/timezone:ro
    ports:
      - "<<p>>:3000"
      - "2222:22"
    depends_on:
      - db
    secrets:
      - gitea_db_password

  db:
    image: postgres:16-alpine
    environment:
      - POSTGRES_USER=gitea
      - POSTGRES_DB=gitea
      - POSTGRES_PASSWORD_FILE=/run/secrets/gitea_db_password
    volumes:
      - ./postgres:/var/lib/postgresql/data
    secrets:
      - gitea_db_password

secrets:
  gitea_db_password:
    file: ./secrets/db_password.txt
"""
    return R.choice(["docker-compose.yml", "gitea/docker-compose.yml", "compose.yaml",
                     "stacks/gitea/compose.yml"]), \
        sub(t, team=R.choice(TEAMS), v=R.choice(["1.21.11", "1.22.3", "1.23.1", "1.20"]),
            d=d, p=port(R))


@P("gitea", "secret_key", "yml", True, g_gitea_secret_key, ctx="yaml")
def p_gitea_helm_secret(R):
    t = """# values for the gitea chart (<<env>>)
replicaCount: 1
image:
  registry: docker.gitea.com
  repository: gitea
  tag: "<<v>>"
  rootless: true

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: <<d>>
      paths:
        - path: /
          pathType: Prefix

persistence:
  enabled: true
  size: 50Gi
  storageClass: <<sc>>

gitea:
  admin:
    existingSecret: gitea-admin
  config:
    APP_NAME: "<<app>>"
    server:
      ROOT_URL: https://<<d>>/
      SSH_DOMAIN: <<d>>
    database:
      DB_TYPE: postgres
    security:
      INSTALL_LOCK: true
      SECRET_KEY: "@@SECRET@@"
    service:
      DISABLE_REGISTRATION: true
  additionalConfigFromEnvs:
    - name: GITEA__DATABASE__PASSWD
      valueFrom:
        secretKeyRef:
          name: gitea-db
          key: password

postgresql-ha:
  enabled: false
postgresql:
  enabled: true
"""
    return R.choice(["deploy/gitea/values.yaml", "charts/gitea/values-prod.yaml",
                     "helm/gitea/values.yaml", "clusters/%s/gitea/values.yaml" % R.choice(["prod", "eu1", "core"])]), \
        sub(t, env=R.choice(["prod", "staging", "eu-central"]), v=R.choice(["1.22.3", "1.23.1", "1.21.11"]),
            d=host(R), sc=R.choice(["gp3", "longhorn", "ceph-rbd", "standard"]),
            app="%s Git" % org(R).title())


@P("act_runner", "runner_token", "json", False, g_hex(40), ctx="json")
def p_runner_file(R):
    d = host(R)
    labs = R.sample(LABELS, R.randint(1, 3))
    t = """{
  "WARNING": "This file is automatically generated by act-runner. Do not edit it manually unless you know what you are doing. Removing this file will cause act runner to re-register as a new runner.",
  "id": <<id>>,
  "uuid": "<<u>>",
  "name": "<<name>>",
  "token": "@@SECRET@@",
  "address": "https://<<d>>",
  "labels": [
<<labs>>
  ]
}
"""
    return R.choice([".runner", "runner/.runner", "hosts/%s/act_runner/.runner" % R.choice(["ci01", "ci02", "build-a"]),
                     "roles/act_runner/files/.runner"]), \
        sub(t, id=R.randint(1, 400), u=uuid4(R), name=R.choice(["ci01", "build-%d" % R.randint(1, 9), "runner-arm64", "docker-host"]),
            d=d, labs=",\n".join('    "%s"' % l for l in labs))


@P("act_runner", "runner_registration_token", "sh", False, g_gitea_runner_reg, ctx="shell")
def p_act_runner_register_sh(R):
    d = host(R)
    t = """#!/usr/bin/env bash
# Bootstrap an act_runner on a fresh VM.
set -euo pipefail

RUNNER_VERSION="<<v>>"
INSTANCE="https://<<d>>"
NAME="$(hostname -s)"

curl -fsSL -o /usr/local/bin/act_runner \\
  "https://dl.gitea.com/act_runner/${RUNNER_VERSION}/act_runner-${RUNNER_VERSION}-linux-amd64"
chmod +x /usr/local/bin/act_runner

mkdir -p /var/lib/act_runner && cd /var/lib/act_runner
act_runner generate-config > config.yaml

act_runner register --no-interactive \\
  --instance "$INSTANCE" \\
  --token @@SECRET@@ \\
  --name "$NAME" \\
  --labels "<<labs>>"

systemctl enable --now act_runner
"""
    return R.choice(["scripts/bootstrap-runner.sh", "runner/install.sh", "bin/register-runner.sh"]), \
        sub(t, v=R.choice(["0.2.10", "0.2.11", "0.2.6"]), d=d, labs=",".join(R.sample(LABELS, 2)))


@P("gitea", "runner_registration_token", "yml", True, g_gitea_runner_reg, ctx="yaml")
def p_runner_k8s_secret(R):
    t = """apiVersion: v1
kind: Secret
metadata:
  name: act-runner
  namespace: <<ns>>
  labels:
    app.kubernetes.io/name: act-runner
type: Opaque
stringData:
  GITEA_INSTANCE_URL: "https://<<d>>"
  GITEA_RUNNER_REGISTRATION_TOKEN: "@@SECRET@@"
  GITEA_RUNNER_NAME: "k8s-<<n>>"
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: act-runner
  namespace: <<ns>>
spec:
  serviceName: act-runner
  replicas: <<rep>>
  selector:
    matchLabels:
      app.kubernetes.io/name: act-runner
  template:
    metadata:
      labels:
        app.kubernetes.io/name: act-runner
    spec:
      containers:
        - name: runner
          image: gitea/act_runner:<<v>>
          envFrom:
            - secretRef:
                name: act-runner
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 5Gi
"""
    return R.choice(["k8s/act-runner.yaml", "manifests/ci/act-runner.yaml",
                     "clusters/%s/act-runner/runner.yaml" % R.choice(["prod", "tools", "ci"])]), \
        sub(t, ns=R.choice(["ci", "gitea", "runners", "build"]), d=host(R), n=R.randint(1, 9),
            rep=R.randint(1, 4), v=R.choice(["0.2.11", "nightly", "0.2.10"]))


@P("gitea", "access_token", "py", False, g_hex(40), ctx="code")
def p_gitea_py_header(R):
    t = '''"""Mirror issue labels from the template repo to every repo of an org."""
import sys

import requests

BASE = "https://<<d>>/api/v1"
ORG = "<<o>>"

session = requests.Session()
session.headers["Accept"] = "application/json"
session.headers["Authorization"] = "token @@SECRET@@"


def labels(owner, repo):
    r = session.get(f"{BASE}/repos/{owner}/{repo}/labels", params={"limit": 50})
    r.raise_for_status()
    return r.json()


def main():
    template = labels(ORG, "<<tmpl>>")
    repos = session.get(f"{BASE}/orgs/{ORG}/repos", params={"limit": 100}).json()
    for repo in repos:
        have = {l["name"] for l in labels(ORG, repo["name"])}
        for label in template:
            if label["name"] not in have:
                session.post(f"{BASE}/repos/{ORG}/{repo['name']}/labels",
                             json={"name": label["name"], "color": label["color"]})
                print("added", label["name"], "to", repo["name"], file=sys.stderr)


if __name__ == "__main__":
    main()
'''
    return R.choice(["tools/sync_labels.py", "scripts/gitea_labels.py", "ops/labels/sync.py"]), \
        sub(t, d=host(R), o=org(R), tmpl=R.choice(["template", ".github", "repo-template"]))


@P("gitea", "access_token", "md", False, g_hex(40), ctx="shell")
def p_gitea_md_curl(R):
    d = host(R)
    t = """# Gitea API cheat sheet

The API lives under `https://<<d>>/api/v1`. Swagger UI: `https://<<d>>/api/swagger`.

## List the repositories of the org

```sh
curl -s -H "Authorization: token @@SECRET@@" \\
  "https://<<d>>/api/v1/orgs/<<o>>/repos?limit=50" | jq -r '.[].full_name'
```

## Create a release

```sh
curl -s -X POST "https://<<d>>/api/v1/repos/<<o>>/<<r>>/releases" \\
  -H "Content-Type: application/json" \\
  -d '{"tag_name": "v<<v>>", "name": "v<<v>>", "draft": false}'
```

Rate limits do not apply to admin accounts.
"""
    return R.choice(["docs/gitea-api.md", "README.md", "docs/runbooks/gitea.md"]), \
        sub(t, d=d, o=org(R), r=repo(R), v=ver(R))


@P("gitea", "access_token", "sh", False, g_hex(40), ctx="url")
def p_gitea_clone_url(R):
    t = """#!/bin/sh
# nightly mirror of the deploy repo to the DR site
set -e
WORK=/srv/mirror/<<r>>.git
if [ ! -d "$WORK" ]; then
  git clone --mirror "https://<<u>>:@@SECRET@@@<<d>>/<<o>>/<<r>>.git" "$WORK"
fi
cd "$WORK"
git remote update --prune
git push --mirror "ssh://git@<<dr>>:2222/<<o>>/<<r>>.git"
logger -t mirror "mirrored <<r>> at $(date -u +%FT%TZ)"
"""
    return R.choice(["cron/mirror.sh", "scripts/mirror-repos.sh", "backup/mirror_git.sh"]), \
        sub(t, u=R.choice(["deploy-bot", "mirror", "ci-bot"]), d=host(R), o=org(R), r=repo(R),
            dr=host(R, "dr-git"))


@P("gitea", "access_token", "go", False, g_hex(40), ctx="code")
def p_gitea_go_client(R):
    t = """package main

import (
	"fmt"
	"log"

	"code.gitea.io/sdk/gitea"
)

func main() {
	client, err := gitea.NewClient("https://<<d>>",
		gitea.SetToken("@@SECRET@@"))
	if err != nil {
		log.Fatal(err)
	}
	repos, _, err := client.ListOrgRepos("<<o>>", gitea.ListOrgReposOptions{
		ListOptions: gitea.ListOptions{PageSize: 50},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range repos {
		fmt.Printf("%s\\t%d stars\\t%s\\n", r.FullName, r.Stars, r.Updated.Format("2006-01-02"))
	}
}
"""
    return R.choice(["cmd/repostats/main.go", "tools/giteastat/main.go", "internal/cli/repos.go"]), \
        sub(t, d=host(R), o=org(R))


@P("gitea", "access_token", "tf", False, g_hex(40), ctx="code")
def p_gitea_tf(R):
    t = """terraform {
  required_providers {
    gitea = {
      source  = "go-gitea/gitea"
      version = "~> 0.<<mv>>"
    }
  }
}

provider "gitea" {
  base_url = "https://<<d>>"
  token    = "@@SECRET@@"
}

resource "gitea_org" "<<o>>" {
  name        = "<<o>>"
  visibility  = "private"
  description = "<<o>> services"
}

resource "gitea_repository" "<<r_>>" {
  username       = gitea_org.<<o>>.name
  name           = "<<r>>"
  private        = true
  default_branch = "main"
  auto_init      = false
}
"""
    o = org(R).replace("-", "_")
    r = repo(R)
    return R.choice(["terraform/gitea/main.tf", "infra/forge/gitea.tf", "tf/gitea.tf"]), \
        sub(t, mv=R.randint(3, 6), d=host(R), o=o, r=r, r_=r.replace("-", "_"))


@P("gitea", "lfs_jwt_secret", "yml", True, g_gitea_jwt_secret, ctx="yaml")
def p_gitea_ansible_lfs(R):
    t = """---
# group_vars for the forge hosts
gitea_version: "<<v>>"
gitea_user: git
gitea_home: /var/lib/gitea
gitea_fqdn: <<d>>
gitea_http_port: 3000
gitea_ssh_port: 2222
gitea_db_type: postgres
gitea_db_host: <<dbh>>
gitea_db_name: gitea
gitea_db_user: gitea
gitea_db_password: "{{ vault_gitea_db_password }}"
gitea_lfs_enabled: true
gitea_lfs_jwt_secret: "@@SECRET@@"
gitea_disable_registration: true
gitea_backup_cron: "15 3 * * *"
"""
    return R.choice(["inventories/prod/group_vars/forge.yml", "group_vars/gitea.yml",
                     "ansible/group_vars/git_servers/main.yml"]), \
        sub(t, v=R.choice(["1.22.3", "1.21.11", "1.23.1"]), d=host(R), dbh=R.choice(["pg01", "db.%s" % dom(R), ip(R)]))


@P("gitea", "runner_registration_token", "service", True, g_gitea_runner_reg, ctx="plain")
def p_runner_systemd(R):
    t = """[Unit]
Description=Gitea Actions runner
Documentation=https://gitea.com/gitea/act_runner
After=docker.service network-online.target
Wants=network-online.target

[Service]
Type=simple
User=act_runner
WorkingDirectory=/var/lib/act_runner
Environment=GITEA_INSTANCE_URL=https://<<d>>
Environment=GITEA_RUNNER_REGISTRATION_TOKEN=@@SECRET@@
Environment=GITEA_RUNNER_LABELS=<<labs>>
ExecStartPre=/usr/local/bin/act_runner register --no-interactive --config /etc/act_runner/config.yaml
ExecStart=/usr/local/bin/act_runner daemon --config /etc/act_runner/config.yaml
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
"""
    return R.choice(["systemd/act_runner.service", "roles/runner/files/act_runner.service",
                     "etc/systemd/system/act_runner.service"]), \
        sub(t, d=host(R), labs=",".join(R.sample(LABELS, 2)))


@P("forgejo", "runner_secret", "sh", False, g_hex(40), ctx="shell")
def p_forgejo_offline(R):
    t = """#!/usr/bin/env bash
# Offline registration: the same secret is given to the server and the runner,
# so no registration token has to be copied from the web UI.
set -euo pipefail

forgejo forgejo-cli actions register \\
  --name <<name>> \\
  --scope <<o>> \\
  --labels docker \\
  --secret @@SECRET@@

echo "now run on <<rh>>:"
echo "  forgejo-runner create-runner-file --instance https://<<d>> --name <<name>> --secret <same secret>"
"""
    return R.choice(["scripts/register-offline.sh", "forgejo/runner-offline.sh", "ops/runner/register.sh"]), \
        sub(t, name=R.choice(["runner-01", "ci-docker", "build-arm"]), o=org(R), rh=R.choice(["ci01", "runner01", "build-host"]),
            d=host(R))


# ------------------------------------------------------------ Gogs
@P("gogs", "secret_key", "ini", True, g_gogs_secret_key)
def p_gogs_ini(R):
    d = host(R)
    t = """BRAND_NAME = <<brand>>
RUN_USER = git
RUN_MODE = prod

[database]
TYPE = sqlite3
PATH = /data/gogs/gogs.db

[repository]
ROOT = /data/git/gogs-repositories

[server]
DOMAIN = <<d>>
HTTP_PORT = 3000
EXTERNAL_URL = https://<<d>>/
DISABLE_SSH = false
SSH_PORT = 10022
START_SSH_SERVER = false
OFFLINE_MODE = false

[mailer]
ENABLED = false

[auth]
REQUIRE_EMAIL_CONFIRMATION = false
DISABLE_REGISTRATION = true
ENABLE_REGISTRATION_CAPTCHA = true
REQUIRE_SIGNIN_VIEW = true

[picture]
DISABLE_GRAVATAR = true
ENABLE_FEDERATED_AVATAR = false

[session]
PROVIDER = file

[log]
MODE = file
LEVEL = Info
ROOT_PATH = /app/gogs/log

[security]
INSTALL_LOCK = true
SECRET_KEY = @@SECRET@@
"""
    return R.choice(["gogs/conf/app.ini", "custom/conf/app.ini", "docker/gogs/app.ini"]), \
        sub(t, brand=R.choice(["Gogs", "%s Git" % org(R).title()]), d=d)


@P("gogs", "access_token", "netrc", False, g_hex(40), ctx="plain")
def p_gogs_netrc(R):
    t = """# used by the backup job to pull over https
machine <<d>>
  login <<u>>
  password @@SECRET@@

machine <<d2>>
  login anonymous
"""
    return R.choice(["backup/netrc", "home/backup/.netrc", "ci/.netrc"]), \
        sub(t, d=host(R), u=R.choice(["backup", "ci-bot", "svc-backup"]), d2=host(R, "mirror"))


# ------------------------------------------------------------ Gerrit
def gerrit_secure(R, slot):
    L = ["# $site_path/etc/secure.config - mode 0600, owned by gerrit",
         "# Everything else lives in gerrit.config."]
    L.append("[auth]")
    if slot == "email":
        L.append("\tregisterEmailPrivateKey = " + MARK)
    else:
        L.append("\t# registerEmailPrivateKey is injected by the entrypoint")
    L.append("")
    L.append("[ldap]")
    if slot == "ldap":
        L.append("\tpassword = " + MARK)
    else:
        L.append("\t# bind password comes from the credential store")
    L.append("")
    if slot == "remote":
        L.append('[remote "%s"]' % R.choice(["replica", "github-mirror", "dr-site", "mirror-eu"]))
        L.append("\tusername = %s" % R.choice(["replication", "gerrit-repl", "mirror"]))
        L.append("\tpassword = " + MARK)
        L.append("")
    L.append("[sendemail]")
    if slot == "smtp":
        L.append("\tsmtpPass = " + MARK)
    else:
        L.append("\t# relay without authentication on the internal network")
    L.append("")
    return "\n".join(L)


SECURE_PATHS = ["etc/secure.config", "gerrit/etc/secure.config", "review/etc/secure.config",
                "roles/gerrit/templates/secure.config"]


@P("gerrit", "secret_key", "config", True, g_gerrit_email_key)
def p_gerrit_email_key(R):
    return R.choice(SECURE_PATHS), gerrit_secure(R, "email")


@P("gerrit", "password", "config", True, g_pwd)
def p_gerrit_ldap(R):
    return R.choice(SECURE_PATHS), gerrit_secure(R, "ldap")


@P("gerrit", "password", "config", True, g_pwd)
def p_gerrit_remote(R):
    return R.choice(SECURE_PATHS), gerrit_secure(R, "remote")


@P("gerrit", "password", "config", True, g_pwd)
def p_gerrit_smtp(R):
    return R.choice(SECURE_PATHS), gerrit_secure(R, "smtp")


@P("gerrit", "http_password", "py", False, g_gerrit_http, ctx="code")
def p_gerrit_py(R):
    t = '''#!/usr/bin/env python3
"""Abandon changes that have not been touched for <<days>> days."""
from pygerrit2 import GerritRestAPI, HTTPBasicAuth

auth = HTTPBasicAuth("<<u>>", "@@SECRET@@")
rest = GerritRestAPI(url="https://<<d>>", auth=auth)

QUERY = "status:open age:<<days>>d -is:wip project:<<proj>>"

for change in rest.get("/changes/?q=" + QUERY + "&n=200"):
    rest.post(
        "/changes/%s/abandon" % change["id"],
        json={"message": "Abandoned after <<days>> days without activity."},
    )
    print("abandoned", change["_number"], change["subject"])
'''
    return R.choice(["tools/abandon_stale.py", "gerrit/scripts/cleanup.py", "bots/stale.py"]), \
        sub(t, days=R.choice([90, 120, 180]), u=R.choice(["stale-bot", "ci-bot", "gerrit-bot"]),
            d=host(R, "review"), proj=R.choice(["platform/build", "infra/tools", "apps/portal"]))


@P("gerrit", "http_password", "xml", True, g_gerrit_http, ctx="xml")
def p_gerrit_trigger_xml(R):
    t = """<?xml version='1.1' encoding='UTF-8'?>
<com.sonyericsson.hudson.plugins.gerrit.trigger.PluginImpl plugin="gerrit-trigger@<<v>>">
  <servers>
    <com.sonyericsson.hudson.plugins.gerrit.trigger.GerritServer>
      <name><<name>></name>
      <noConnectionOnStartup>false</noConnectionOnStartup>
      <config class="com.sonyericsson.hudson.plugins.gerrit.trigger.config.Config">
        <gerritHostName><<d>></gerritHostName>
        <gerritSshPort>29418</gerritSshPort>
        <gerritUserName><<u>></gerritUserName>
        <gerritFrontEndUrl>https://<<d>>/</gerritFrontEndUrl>
        <gerritAuthKeyFile>/var/lib/jenkins/.ssh/id_ed25519</gerritAuthKeyFile>
        <useRestApi>true</useRestApi>
        <gerritHttpUserName><<u>></gerritHttpUserName>
        <gerritHttpPassword>@@SECRET@@</gerritHttpPassword>
        <restCodeReview>true</restCodeReview>
        <restVerified>true</restVerified>
        <gerritBuildStartedVerifiedValue>0</gerritBuildStartedVerifiedValue>
        <gerritBuildSuccessfulVerifiedValue>1</gerritBuildSuccessfulVerifiedValue>
        <gerritBuildFailedVerifiedValue>-1</gerritBuildFailedVerifiedValue>
      </config>
    </com.sonyericsson.hudson.plugins.gerrit.trigger.GerritServer>
  </servers>
</com.sonyericsson.hudson.plugins.gerrit.trigger.PluginImpl>
"""
    return R.choice(["jenkins_home/gerrit-trigger.xml", "jenkins/config/gerrit-trigger.xml"]), \
        sub(t, v=R.choice(["2.41.1", "2.39.0", "2.40.0"]), name=R.choice(["review", "gerrit-prod", "upstream"]),
            d=host(R, "review"), u=R.choice(["jenkins", "ci-verifier", "buildbot"]))


# ------------------------------------------------------------ Phabricator / Phorge
@P("phabricator", "api_token", "json", False, g_phab_cli, ctx="json")
def p_arcrc(R):
    d = host(R, R.choice(["phab", "phabricator", "phorge"]))
    t = """{
  "hosts": {
    "https://<<d>>/api/": {
      "token": "@@SECRET@@"
    }
  },
  "config": {
    "default": "https://<<d>>/",
    "editor": "<<ed>>"
  }
}
"""
    return R.choice(["home/<<u>>/.arcrc", "dotfiles/arcrc", "ci/arcrc.json"]).replace("<<u>>", user(R)), \
        sub(t, d=d, ed=R.choice(["vim", "nano", "code --wait"]))


@P("phabricator", "api_token", "php", False, g_phab_api, ctx="php")
def p_phab_php(R):
    t = """<?php

require_once '/usr/share/libphutil/src/__phutil_library_init__.php';

$client = new ConduitClient('https://<<d>>/');
$client->setConduitToken('@@SECRET@@');

$result = $client->callMethodSynchronous(
  'maniphest.search',
  array(
    'constraints' => array(
      'projects' => array('<<proj>>'),
      'statuses' => array('open'),
    ),
    'limit' => 100,
  ));

foreach ($result['data'] as $task) {
  printf("T%d\\t%s\\n", $task['id'], $task['fields']['name']);
}
"""
    return R.choice(["scripts/open_tasks.php", "tools/phab/report.php", "bin/triage.php"]), \
        sub(t, d=host(R, "phab"), proj=R.choice(["release-blockers", "infra", "oncall"]))


@P("phabricator", "api_token", "py", False, g_phab_api, ctx="code")
def p_phab_py(R):
    t = '''from phabricator import Phabricator

phab = Phabricator(
    host="https://<<d>>/api/",
    token="@@SECRET@@",
)
phab.update_interfaces()


def whoami():
    return phab.user.whoami()["userName"]


def open_revisions(author_phid):
    return phab.differential.revision.search(
        constraints={"authorPHIDs": [author_phid], "statuses": ["needs-review"]},
    )["data"]


if __name__ == "__main__":
    print("connected as", whoami())
'''
    return R.choice(["tools/phab_client.py", "bots/review_reminder.py", "phab/helpers.py"]), \
        sub(t, d=host(R, R.choice(["phab", "phorge"])))


@P("phabricator", "api_token", "sh", False, g_phab_api, ctx="shell")
def p_phab_curl(R):
    t = """#!/bin/sh
# post a build status back to Harbormaster
PHID="$1"
STATUS="${2:-pass}"
curl -s https://<<d>>/api/harbormaster.sendmessage \\
  -d api.token=@@SECRET@@ \\
  -d buildTargetPHID="$PHID" \\
  -d type="$STATUS"
"""
    return R.choice(["ci/harbormaster-report.sh", "scripts/phab-status.sh"]), sub(t, d=host(R, "phab"))


@P("phabricator", "api_token", "Dockerfile", True, g_phab_api, ctx="plain")
def p_phab_dockerfile(R):
    t = """FROM python:<<py>>-slim

RUN pip install --no-cache-dir phabricator==0.9.1 requests==2.32.3

WORKDIR /app
COPY bot/ /app/bot/

ENV PHABRICATOR_URL=https://<<d>>/api/ \\
    PHABRICATOR_API_TOKEN=@@SECRET@@ \\
    PYTHONUNBUFFERED=1

USER 65534
CMD ["python", "-m", "bot"]
"""
    return R.choice(["bot/Dockerfile", "Dockerfile", "images/phab-bot/Dockerfile"]), \
        sub(t, py=R.choice(["3.11", "3.12", "3.10"]), d=host(R, "phab"))


# ------------------------------------------------------------ Bitbucket Server / Data Center
@P("bitbucket", "access_token", "groovy", False, g_bbdc, ctx="code")
def p_bb_groovy(R):
    t = """// Jenkins shared library step: report a Code Insights result to Bitbucket
def call(String project, String repoSlug, String commit, String result) {
    def url = "https://<<d>>/rest/insights/1.0/projects/${project}/repos/${repoSlug}/commits/${commit}/reports/ci"
    def conn = new URL(url).openConnection()
    conn.setRequestMethod("PUT")
    conn.setDoOutput(true)
    conn.setRequestProperty("Content-Type", "application/json")
    conn.setRequestProperty("Authorization", "Bearer @@SECRET@@")
    conn.outputStream.withWriter { w ->
        w << groovy.json.JsonOutput.toJson([title: "CI", result: result, reporter: "jenkins"])
    }
    echo "insights: HTTP ${conn.responseCode}"
}
"""
    return R.choice(["vars/reportInsights.groovy", "jenkins/shared/vars/bbInsights.groovy"]), sub(t, d=host(R, "bitbucket"))


@P("bitbucket", "access_token", "sh", True, g_bbdc, ctx="shell")
def p_bb_sh(R):
    t = """#!/usr/bin/env bash
# List all repositories of a project on Bitbucket Data Center
set -euo pipefail

BITBUCKET_URL="https://<<d>>"
BITBUCKET_TOKEN="@@SECRET@@"
PROJECT="${1:?project key}"

curl -fsS -H "Authorization: Bearer ${BITBUCKET_TOKEN}" \\
  "${BITBUCKET_URL}/rest/api/1.0/projects/${PROJECT}/repos?limit=1000" \\
  | jq -r '.values[].slug'
"""
    return R.choice(["scripts/bb-list-repos.sh", "migration/list_repos.sh", "bin/bbrepos"]), sub(t, d=host(R, "bitbucket"))


@P("bitbucket", "access_token", "py", False, g_bb_old, ctx="code")
def p_bb_py(R):
    t = '''import requests

BITBUCKET = "https://<<d>>:<<p>>"
HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer @@SECRET@@",
}


def open_pull_requests(project, repo):
    url = f"{BITBUCKET}/rest/api/1.0/projects/{project}/repos/{repo}/pull-requests"
    start = 0
    while True:
        page = requests.get(url, headers=HEADERS, params={"state": "OPEN", "start": start}).json()
        yield from page["values"]
        if page.get("isLastPage", True):
            return
        start = page["nextPageStart"]


for pr in open_pull_requests("<<proj>>", "<<r>>"):
    print(pr["id"], pr["title"], pr["author"]["user"]["name"])
'''
    return R.choice(["reports/open_prs.py", "tools/bb_prs.py"]), \
        sub(t, d=host(R, "stash"), p=R.choice([7990, 443, 8443]), proj=R.choice(["PLAT", "INFRA", "APP"]), r=repo(R))


@P("bitbucket", "access_token", "js", False, g_bbdc, ctx="code")
def p_bb_renovate(R):
    t = """module.exports = {
  platform: 'bitbucket-server',
  endpoint: 'https://<<d>>',
  gitAuthor: 'Renovate Bot <renovate@<<dom>>>',
  username: 'renovate',
  password: '@@SECRET@@',
  onboarding: true,
  requireConfig: 'optional',
  repositories: [
    '<<proj>>/<<r>>',
    '<<proj>>/<<r2>>',
  ],
  hostRules: [
    { matchHost: 'registry.npmjs.org', concurrentRequestLimit: 4 },
  ],
};
"""
    return R.choice(["renovate/config.js", "config.js", "bots/renovate/config.js"]), \
        sub(t, d=host(R, "bitbucket"), dom=dom(R), proj=R.choice(["PLAT", "WEB", "OPS"]), r=repo(R), r2=repo(R))


# ------------------------------------------------------------ Azure DevOps Server
@P("azure_devops", "access_token", "ps1", True, g_ado_old, ctx="shell")
def p_ado_ps1(R):
    t = """# Queue the nightly pipeline on the on-prem collection
$collection = "https://<<d>>/tfs/DefaultCollection"
$project = "<<proj>>"
$pat = "@@SECRET@@"

$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))
$headers = @{ Authorization = "Basic $auth" }

$body = @{ resources = @{ repositories = @{ self = @{ refName = "refs/heads/main" } } } } | ConvertTo-Json -Depth 5
Invoke-RestMethod -Method Post -Headers $headers -ContentType "application/json" `
  -Uri "$collection/$project/_apis/pipelines/<<pid>>/runs?api-version=6.0-preview.1" -Body $body
"""
    return R.choice(["scripts/Queue-Nightly.ps1", "build/queue.ps1", "ops/ado/Start-Pipeline.ps1"]), \
        sub(t, d=host(R, R.choice(["tfs", "azdo", "devops"])), proj=R.choice(["Platform", "Payments", "Core"]),
            pid=R.randint(3, 400))


@P("azure_devops", "access_token", "sh", False, g_ado_new, ctx="shell")
def p_ado_agent(R):
    t = """#!/bin/bash
# unattended agent install on the build VMs
set -e
cd /opt/azagent
./config.sh --unattended \\
  --url https://<<d>>/tfs/DefaultCollection \\
  --auth pat --token @@SECRET@@ \\
  --pool "<<pool>>" \\
  --agent "$(hostname)" \\
  --work _work \\
  --acceptTeeEula \\
  --replace
sudo ./svc.sh install azagent
sudo ./svc.sh start
"""
    return R.choice(["agents/install-agent.sh", "packer/scripts/azagent.sh"]), \
        sub(t, d=host(R, "tfs"), pool=R.choice(["Linux-Build", "Default", "OnPrem-Docker"]))


@P("azure_devops", "access_token", "config", False, g_ado_old, ctx="xml")
def p_ado_nuget(R):
    t = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="<<feed>>" value="https://<<d>>/tfs/DefaultCollection/_packaging/<<feed>>/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <<<feed>>>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@SECRET@@" />
    </<<feed>>>
  </packageSourceCredentials>
</configuration>
"""
    return R.choice(["NuGet.config", "src/NuGet.Config", "build/nuget.config"]), \
        sub(t, feed=R.choice(["internal", "Platform-Feed", "shared"]), d=host(R, "tfs"))


@P("azure_devops", "access_token", "yml", True, g_ado_new, ctx="yaml")
def p_ado_workflow_env(R):
    t = """name: sync-work-items
on:
  schedule:
    - cron: "0 6 * * 1-5"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AZURE_DEVOPS_EXT_PAT: "@@SECRET@@"
      ORG_URL: https://<<d>>/tfs/DefaultCollection
    steps:
      - uses: actions/checkout@v4
      - name: install azure-devops extension
        run: az extension add --name azure-devops
      - name: export open items
        run: |
          az boards query --org "$ORG_URL" --project <<proj>> \\
            --wiql "SELECT [System.Id] FROM WorkItems WHERE [System.State] = 'Active'" > items.json
"""
    return R.choice([".gitea/workflows/sync.yml", ".forgejo/workflows/boards.yml", ".github/workflows/sync-items.yml"]), \
        sub(t, d=host(R, "tfs"), proj=R.choice(["Platform", "Core"]))


@P("azure_devops", "access_token", "npmrc", False,
   lambda R: base64.b64encode(g_ado_old(R).encode()).decode(), ctx="plain")
def p_ado_npmrc(R):
    feed = R.choice(["npm-internal", "web-packages", "shared"])
    d = host(R, "tfs")
    t = """registry=https://<<d>>/tfs/DefaultCollection/_packaging/<<feed>>/npm/registry/
always-auth=true
; begin auth token
//<<d>>/tfs/DefaultCollection/_packaging/<<feed>>/npm/registry/:username=build
//<<d>>/tfs/DefaultCollection/_packaging/<<feed>>/npm/registry/:_password=@@SECRET@@
//<<d>>/tfs/DefaultCollection/_packaging/<<feed>>/npm/registry/:email=npm requires email to be set but doesn't use the value
; end auth token
"""
    return R.choice([".npmrc", "web/.npmrc", "frontend/.npmrc"]), sub(t, d=d, feed=feed)


# ------------------------------------------------------------ GitLab self-managed
def gitlab_rb(R, slot):
    d = host(R, "gitlab")
    L = ["## GitLab configuration settings",
         "##! This file is generated during initial installation and **is not** modified",
         "##! during upgrades.",
         "##! Check out the latest version of this file to know about the different",
         "##! settings that can be configured by this file.",
         "",
         "external_url 'https://%s'" % d,
         "",
         "gitlab_rails['time_zone'] = '%s'" % R.choice(TZS),
         "gitlab_rails['gitlab_email_from'] = 'gitlab@%s'" % dom(R),
         "gitlab_rails['gitlab_default_projects_features_builds'] = true",
         "gitlab_rails['backup_keep_time'] = %d" % R.choice([86400, 604800]),
         ""]
    if slot == "root":
        L += ["#### Change the initial default admin password and shared runner registration tokens.",
              "####! **Only applicable on initial setup, changing these settings after database",
              "####! is created and seeded won't yield any change.**",
              "gitlab_rails['initial_root_password'] = '%s'" % MARK, ""]
    if slot == "regtoken":
        L += ["#### Change the initial default admin password and shared runner registration tokens.",
              "gitlab_rails['initial_shared_runners_registration_token'] = \"%s\"" % MARK, ""]
    L += ["### GitLab database settings",
          "postgresql['enable'] = false",
          "gitlab_rails['db_adapter'] = 'postgresql'",
          "gitlab_rails['db_encoding'] = 'unicode'",
          "gitlab_rails['db_host'] = '%s'" % R.choice(["pg.%s" % dom(R), ip(R), "gitlab-db"]),
          "gitlab_rails['db_port'] = 5432",
          "gitlab_rails['db_username'] = 'gitlab'"]
    if slot == "db":
        L.append("gitlab_rails['db_password'] = '%s'" % MARK)
    else:
        L.append("# db_password is set in /etc/gitlab/gitlab-secrets.d, not here")
    L += ["",
          "### Container registry",
          "registry_external_url 'https://registry.%s'" % dom(R),
          "",
          "nginx['redirect_http_to_https'] = true",
          "letsencrypt['enable'] = %s" % R.choice(["true", "false"]),
          "prometheus_monitoring['enable'] = %s" % R.choice(["true", "false"]),
          ""]
    return "\n".join(L)


RB_PATHS = ["gitlab/gitlab.rb", "etc/gitlab/gitlab.rb", "roles/gitlab/templates/gitlab.rb",
            "omnibus/gitlab.rb"]


@P("gitlab", "password", "rb", True, g_pwd_safe, ctx="ruby")
def p_gitlab_rb_root(R):
    return R.choice(RB_PATHS), gitlab_rb(R, "root")


@P("gitlab", "password", "rb", True, g_pwd_safe, ctx="ruby")
def p_gitlab_rb_db(R):
    return R.choice(RB_PATHS), gitlab_rb(R, "db")


@P("gitlab", "runner_registration_token", "rb", True, g_glreg, ctx="ruby")
def p_gitlab_rb_reg(R):
    return R.choice(RB_PATHS), gitlab_rb(R, "regtoken")


def gitlab_secrets_json(R, slot):
    red = "<removed before commit>"
    fields = [("secret_key_base", red), ("otp_key_base", red), ("db_key_base", red),
              ("encrypted_settings_key_base", red)]
    fields = [(k, MARK if k == slot else v) for k, v in fields]
    rails = ",\n".join('    "%s": "%s"' % kv for kv in fields)
    oidc = MARK if slot == "openid_connect_signing_key" else red
    t = """{
  "gitlab_workhorse": {
    "secret_token": "<<red>>"
  },
  "gitlab_shell": {
    "secret_token": "<<red>>"
  },
  "gitlab_rails": {
<<rails>>,
    "openid_connect_signing_key": "<<oidc>>"
  },
  "registry": {
    "http_secret": "<<red>>"
  }
}
"""
    return sub(t, red=red, rails=rails, oidc=oidc)


@P("gitlab", "secret_key", "json", True, g_hex(128), ctx="json")
def p_gitlab_secrets_dbkey(R):
    return R.choice(["gitlab/gitlab-secrets.json", "backup/etc/gitlab/gitlab-secrets.json",
                     "restore/gitlab-secrets.json"]), \
        gitlab_secrets_json(R, R.choice(["db_key_base", "secret_key_base", "otp_key_base"]))


@P("gitlab", "private_key", "json", True, g_pem_json, ctx="json")
def p_gitlab_secrets_oidc(R):
    return R.choice(["gitlab/gitlab-secrets.json", "backup/etc/gitlab/gitlab-secrets.json"]), \
        gitlab_secrets_json(R, "openid_connect_signing_key")


@P("gitlab", "runner_token", "toml", False, g_glrt, ctx="toml")
def p_gitlab_runner_toml(R):
    t = """concurrent = <<c>>
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "<<name>>"
  url = "https://<<d>>"
  id = <<id>>
  token = "@@SECRET@@"
  token_obtained_at = <<ts>>
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.cache]
    MaxUploadedArchiveSize = 0
  [runners.docker]
    tls_verify = false
    image = "<<img>>"
    privileged = false
    disable_entrypoint_overwrite = false
    oom_kill_disable = false
    disable_cache = false
    volumes = ["/cache"]
    shm_size = 0
    network_mtu = 0
"""
    return R.choice(["gitlab-runner/config.toml", "etc/gitlab-runner/config.toml", "runners/docker01/config.toml"]), \
        sub(t, c=R.randint(1, 8), name=R.choice(["docker-01", "build-large", "k8s-shared"]), d=host(R, "gitlab"),
            id=R.randint(10, 9999), ts=ts(R), img=R.choice(["alpine:3.19", "ubuntu:22.04", "docker:24"]))


@P("gitlab", "runner_token", "sh", False, g_glrt, ctx="shell")
def p_gitlab_runner_register(R):
    t = """#!/usr/bin/env bash
set -euo pipefail
# Registers this host as a project runner (token from Settings > CI/CD > Runners)
gitlab-runner register \\
  --non-interactive \\
  --url "https://<<d>>" \\
  --token "@@SECRET@@" \\
  --executor "docker" \\
  --docker-image <<img>> \\
  --description "<<name>>"
gitlab-runner verify
"""
    return R.choice(["scripts/register-runner.sh", "runner/setup.sh", "provision/gitlab-runner.sh"]), \
        sub(t, d=host(R, "gitlab"), img=R.choice(["alpine:latest", "ubuntu:22.04", "python:3.12"]),
            name=R.choice(["docker-runner-%d" % R.randint(1, 9), "build-vm", "ci-shared"]))


@P("gitlab", "runner_token", "yml", True, g_glrt, ctx="yaml")
def p_gitlab_runner_helm(R):
    t = """## gitlab-runner chart values
gitlabUrl: https://<<d>>/
runnerToken: "@@SECRET@@"
concurrent: <<c>>
checkInterval: 30
rbac:
  create: true
serviceAccount:
  create: true
runners:
  config: |
    [[runners]]
      [runners.kubernetes]
        namespace = "{{.Release.Namespace}}"
        image = "<<img>>"
        cpu_request = "500m"
        memory_request = "1Gi"
metrics:
  enabled: true
"""
    return R.choice(["charts/gitlab-runner/values.yaml", "deploy/runner-values.yaml",
                     "clusters/ci/gitlab-runner/values.yaml"]), \
        sub(t, d=host(R, "gitlab"), c=R.randint(2, 20), img=R.choice(["alpine:3.19", "ubuntu:22.04"]))


@P("gitlab", "access_token", "py", False, g_glpat, ctx="code")
def p_gitlab_py(R):
    t = '''import gitlab

gl = gitlab.Gitlab("https://<<d>>", private_token="@@SECRET@@")
gl.auth()

group = gl.groups.get("<<grp>>")
for project in group.projects.list(iterator=True, include_subgroups=True):
    p = gl.projects.get(project.id)
    if p.archived:
        continue
    branch = p.protectedbranches.list(get_all=True)
    print(f"{p.path_with_namespace}: {len(branch)} protected branches")
'''
    return R.choice(["tools/audit_branches.py", "scripts/gl_protected.py", "audit/branches.py"]), \
        sub(t, d=host(R, "gitlab"), grp=R.choice(["platform", "infra", "apps/web"]))


@P("gitlab", "access_token", "tf", False, g_glpat, ctx="code")
def p_gitlab_tf(R):
    t = """provider "gitlab" {
  base_url = "https://<<d>>/api/v4/"
  token    = "@@SECRET@@"
}

resource "gitlab_group" "<<g>>" {
  name             = "<<g>>"
  path             = "<<g>>"
  visibility_level = "internal"
}

resource "gitlab_project" "service" {
  name         = "<<r>>"
  namespace_id = gitlab_group.<<g>>.id
  default_branch = "main"
  only_allow_merge_if_pipeline_succeeds = true
}
"""
    return R.choice(["terraform/gitlab/providers.tf", "infra/gitlab/main.tf"]), \
        sub(t, d=host(R, "gitlab"), g=R.choice(["platform", "tooling", "payments"]), r=repo(R))


# ------------------------------------------------------------ Woodpecker
@P("woodpecker", "agent_secret", "yml", True, g_hex(64), ctx="yaml")
def p_woodpecker_compose(R):
    t = """services:
  woodpecker-server:
    image: woodpeckerci/woodpecker-server:v<<mv>>
    ports:
      - 8000:8000
    volumes:
      - woodpecker-server-data:/var/lib/woodpecker/
    environment:
      - WOODPECKER_OPEN=false
      - WOODPECKER_HOST=https://<<ci>>
      - WOODPECKER_GITEA=true
      - WOODPECKER_GITEA_URL=https://<<git>>
      - WOODPECKER_GITEA_CLIENT=${WOODPECKER_GITEA_CLIENT}
      - WOODPECKER_GITEA_SECRET=${WOODPECKER_GITEA_SECRET}
      - WOODPECKER_AGENT_SECRET=@@SECRET@@

  woodpecker-agent:
    image: woodpeckerci/woodpecker-agent:v<<mv>>
    command: agent
    restart: always
    depends_on:
      - woodpecker-server
    volumes:
      - woodpecker-agent-config:/etc/woodpecker
      - /var/run/docker.sock:/var/run/docker.sock
    environment:
      - WOODPECKER_SERVER=woodpecker-server:9000
      - WOODPECKER_MAX_WORKFLOWS=<<w>>

volumes:
  woodpecker-server-data:
  woodpecker-agent-config:
"""
    return R.choice(["woodpecker/docker-compose.yml", "ci/docker-compose.yaml", "compose/woodpecker.yml"]), \
        sub(t, mv=R.choice([2, 3]), ci=host(R, "ci"), git=host(R), w=R.randint(1, 6))


@P("woodpecker", "agent_secret", "yml", True, g_hex(64), ctx="yaml")
def p_woodpecker_helm(R):
    t = """# woodpecker chart values (<<env>>)
agent:
  enabled: true
  replicaCount: <<n>>
  env:
    WOODPECKER_SERVER: "woodpecker-server:9000"
    WOODPECKER_BACKEND: kubernetes
    WOODPECKER_BACKEND_K8S_NAMESPACE: woodpecker-jobs
    WOODPECKER_BACKEND_K8S_STORAGE_CLASS: "<<sc>>"
    WOODPECKER_AGENT_SECRET: "@@SECRET@@"

server:
  enabled: true
  env:
    WOODPECKER_HOST: "https://<<ci>>"
    WOODPECKER_FORGEJO: "true"
    WOODPECKER_FORGEJO_URL: "https://<<git>>"
  extraSecretNamesForEnvFrom:
    - woodpecker-forgejo-client
  ingress:
    enabled: true
    hosts:
      - host: <<ci>>
        paths:
          - path: /
"""
    return R.choice(["deploy/woodpecker/values.yaml", "helm/woodpecker-values.yaml"]), \
        sub(t, env=R.choice(["prod", "ci"]), n=R.randint(1, 5), sc=R.choice(["local-path", "gp3", "longhorn"]),
            ci=host(R, "ci"), git=host(R, "code"))


@P("woodpecker", "agent_secret", "service", True, g_hex(64), ctx="plain")
def p_woodpecker_systemd(R):
    t = """[Unit]
Description=Woodpecker CI agent
After=network-online.target docker.service
Requires=docker.service

[Service]
User=woodpecker
Environment=WOODPECKER_SERVER=<<srv>>:9000
Environment=WOODPECKER_AGENT_SECRET=@@SECRET@@
Environment=WOODPECKER_MAX_WORKFLOWS=<<w>>
Environment=WOODPECKER_HOSTNAME=%H
ExecStart=/usr/local/bin/woodpecker-agent
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""
    return R.choice(["systemd/woodpecker-agent.service", "roles/woodpecker/files/woodpecker-agent.service"]), \
        sub(t, srv=host(R, "ci"), w=R.randint(1, 4))


# ------------------------------------------------------------ Drone
@P("drone", "agent_secret", "sh", True, g_hex(32), ctx="shell")
def p_drone_docker_run(R):
    t = """#!/bin/sh
# (re)start the docker runner on this host
docker rm -f runner 2>/dev/null || true
docker run --detach \\
  --volume=/var/run/docker.sock:/var/run/docker.sock \\
  --env=DRONE_RPC_PROTO=https \\
  --env=DRONE_RPC_HOST=<<d>> \\
  --env=DRONE_RPC_SECRET=@@SECRET@@ \\
  --env=DRONE_RUNNER_CAPACITY=<<c>> \\
  --env=DRONE_RUNNER_NAME="$(hostname)" \\
  --publish=3000:3000 \\
  --restart=always \\
  --name=runner \\
  drone/drone-runner-docker:1
"""
    return R.choice(["runner/start.sh", "scripts/drone-runner.sh", "hosts/ci02/runner.sh"]), \
        sub(t, d=host(R, "drone"), c=R.randint(1, 8))


@P("drone", "agent_secret", "yml", True, g_hex(32), ctx="yaml")
def p_drone_k8s(R):
    t = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: drone-runner-kube
  namespace: drone
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: drone-runner-kube
  template:
    metadata:
      labels:
        app.kubernetes.io/name: drone-runner-kube
    spec:
      serviceAccountName: drone-runner
      containers:
        - name: runner
          image: drone/drone-runner-kube:latest
          ports:
            - containerPort: 3000
          env:
            - name: DRONE_RPC_HOST
              value: <<d>>
            - name: DRONE_RPC_PROTO
              value: https
            - name: DRONE_RPC_SECRET
              value: "@@SECRET@@"
            - name: DRONE_NAMESPACE_DEFAULT
              value: drone-jobs
"""
    return R.choice(["k8s/drone/runner.yaml", "manifests/drone-runner.yaml"]), sub(t, d=host(R, "drone"))


@P("drone", "agent_secret", "yml", True, g_hex(32), ctx="yaml")
def p_drone_ansible(R):
    t = """---
- name: drone server
  hosts: ci
  become: true
  tasks:
    - name: run drone server
      community.docker.docker_container:
        name: drone
        image: drone/drone:2
        restart_policy: always
        published_ports:
          - "80:80"
          - "443:443"
        volumes:
          - /var/lib/drone:/data
        env:
          DRONE_GITEA_SERVER: "https://<<git>>"
          DRONE_GITEA_CLIENT_ID: "{{ drone_gitea_client_id }}"
          DRONE_GITEA_CLIENT_SECRET: "{{ vault_drone_gitea_client_secret }}"
          DRONE_RPC_SECRET: "@@SECRET@@"
          DRONE_SERVER_HOST: "<<d>>"
          DRONE_SERVER_PROTO: "https"
          DRONE_USER_CREATE: "username:<<admin>>,admin:true"
"""
    return R.choice(["playbooks/drone.yml", "ansible/drone-server.yml"]), \
        sub(t, git=host(R), d=host(R, "drone"), admin=user(R))


# ------------------------------------------------------------ Jenkins
@P("jenkins", "agent_secret", "service", False, g_hex(64), ctx="plain")
def p_jenkins_agent_systemd(R):
    t = """[Unit]
Description=Jenkins inbound agent (<<name>>)
After=network-online.target

[Service]
User=jenkins
WorkingDirectory=/var/lib/jenkins-agent
ExecStart=/usr/bin/java -jar /var/lib/jenkins-agent/agent.jar \\
  -url https://<<d>>/ \\
  -secret @@SECRET@@ \\
  -name <<name>> \\
  -webSocket \\
  -workDir /var/lib/jenkins-agent
Restart=always
RestartSec=15

[Install]
WantedBy=multi-user.target
"""
    return R.choice(["systemd/jenkins-agent.service", "roles/jenkins_agent/files/jenkins-agent.service"]), \
        sub(t, name=R.choice(["linux-build-01", "arm64-02", "docker-agent"]), d=host(R, "jenkins"))


@P("jenkins", "agent_secret", "xml", False, g_hex(64), ctx="xml")
def p_jenkins_winsw(R):
    t = """<service>
  <id>jenkinsagent</id>
  <name>Jenkins Agent</name>
  <description>This service runs an agent for Jenkins automation server.</description>
  <executable>C:\\Program Files\\Eclipse Adoptium\\jre-17\\bin\\java.exe</executable>
  <arguments>-Xrs -jar "%BASE%\\agent.jar" -jnlpUrl https://<<d>>/computer/<<name>>/jenkins-agent.jnlp -secret @@SECRET@@ -workDir=C:\\jenkins</arguments>
  <log mode="roll"></log>
  <onfailure action="restart" />
</service>
"""
    return R.choice(["windows/jenkins-agent.xml", "agents/win-build/jenkins-agent.xml"]), \
        sub(t, d=host(R, "jenkins"), name=R.choice(["win-build-01", "windows-msvc", "win2022"]))


@P("jenkins", "agent_secret", "yml", True, g_hex(64), ctx="yaml")
def p_jenkins_compose(R):
    t = """services:
  agent:
    image: jenkins/inbound-agent:<<tag>>
    restart: unless-stopped
    init: true
    environment:
      JENKINS_URL: https://<<d>>
      JENKINS_AGENT_NAME: <<name>>
      JENKINS_SECRET: "@@SECRET@@"
      JENKINS_AGENT_WORKDIR: /home/jenkins/agent
    volumes:
      - agent-work:/home/jenkins/agent
volumes:
  agent-work: {}
"""
    return R.choice(["agents/docker-compose.yml", "jenkins/agent/compose.yaml"]), \
        sub(t, tag=R.choice(["latest-jdk17", "3261.v9c670a_4748a_9-1-jdk21", "alpine-jdk17"]), d=host(R, "jenkins"),
            name=R.choice(["docker-agent-1", "linux-amd64", "build-pool-3"]))


@P("jenkins", "access_token", "py", False, g_jenkins_api, ctx="code")
def p_jenkins_py(R):
    t = '''import jenkins

server = jenkins.Jenkins(
    "https://<<d>>",
    username="<<u>>",
    password="@@SECRET@@",
)

for job in server.get_all_jobs(folder_depth=2):
    info = server.get_job_info(job["fullname"])
    last = info.get("lastCompletedBuild") or {}
    print(job["fullname"], last.get("number", "-"))
'''
    return R.choice(["tools/jenkins_jobs.py", "scripts/list_jobs.py"]), \
        sub(t, d=host(R, "jenkins"), u=R.choice(["automation", "ci-bot", "reporter"]))


@P("jenkins", "agent_secret", "log", False, g_hex(64), ctx="plain")
def p_jenkins_log(R):
    h = host(R, "jenkins")
    n = R.choice(["linux-build-03", "mac-mini-2", "arm64-01"])
    t = """<<t1>> INFO hudson.remoting.jnlp.Main createEngine
Setting up agent: <<n>>
<<t1>> INFO hudson.remoting.Engine startEngine
Using Remoting version: 3261.v9c670a_4748a_9
<<t1>> INFO org.jenkinsci.remoting.engine.WorkDirManager initializeWorkDir
Using /var/lib/jenkins-agent/remoting as a remoting work directory
<<t1>> INFO hudson.remoting.Launcher main
Launching: java -jar agent.jar -url https://<<h>>/ -secret @@SECRET@@ -name <<n>> -workDir /var/lib/jenkins-agent
<<t2>> INFO hudson.remoting.jnlp.Main$CuiListener status
Locating server among [https://<<h>>/]
<<t2>> INFO hudson.remoting.jnlp.Main$CuiListener status
Agent discovery successful
  Agent address: <<h>>
  Agent port:    50000
<<t2>> INFO hudson.remoting.jnlp.Main$CuiListener status
Connected
"""
    a = "%s %d, %d %d:%02d:%02d PM" % (R.choice(["Jan", "Mar", "Jun", "Oct"]), R.randint(1, 28),
                                       R.randint(2023, 2025), R.randint(1, 11), R.randint(0, 59), R.randint(0, 59))
    return R.choice(["logs/agent.log", "var/log/jenkins-agent.log", "debug/agent-startup.log"]), \
        sub(t, t1=a, t2=a, h=h, n=n)


# ------------------------------------------------------------ Buildkite
@P("buildkite", "agent_token", "cfg", False, g_hex(50), ctx="plain")
def p_buildkite_cfg(R):
    t = """# The token from your Buildkite "Agents" page
token="@@SECRET@@"

# The name of the agent
name="%hostname-%spawn"

# The number of agents to spawn in parallel (default is "1")
spawn=<<s>>

# Tags for the agent (default is "queue=default")
tags="queue=<<q>>,os=linux,arch=<<arch>>"

# Path to where the builds will run from
build-path="/var/lib/buildkite-agent/builds"

# Directory where the hook scripts are found
hooks-path="/etc/buildkite-agent/hooks"

# Directory where plugins will be installed
plugins-path="/etc/buildkite-agent/plugins"
"""
    return R.choice(["buildkite-agent.cfg", "etc/buildkite-agent/buildkite-agent.cfg",
                     "packer/files/buildkite-agent.cfg"]), \
        sub(t, s=R.randint(1, 6), q=R.choice(["default", "deploy", "linux-medium"]), arch=R.choice(["amd64", "arm64"]))


@P("buildkite", "agent_token", "yml", True, g_hex(50), ctx="yaml")
def p_buildkite_cloudinit(R):
    t = """#cloud-config
package_update: true
packages:
  - git
  - docker.io
write_files:
  - path: /etc/default/buildkite-agent
    permissions: "0600"
    content: |
      BUILDKITE_AGENT_TOKEN="@@SECRET@@"
      BUILDKITE_AGENT_TAGS="queue=<<q>>"
runcmd:
  - curl -fsSL https://keys.openpgp.org/vks/v1/by-fingerprint/32A37959C2FA5C3C99EFBC32A79206696452D198 | gpg --dearmor -o /usr/share/keyrings/buildkite-agent-archive-keyring.gpg
  - apt-get install -y buildkite-agent
  - systemctl enable --now buildkite-agent
"""
    return R.choice(["cloud-init/buildkite.yaml", "terraform/templates/agent-user-data.yaml"]), \
        sub(t, q=R.choice(["default", "builders", "gpu"]))


@P("buildkite", "access_token", "py", False, g_bkua, ctx="code")
def p_buildkite_py(R):
    t = '''import requests

API = "https://api.buildkite.com/v2/organizations/<<o>>"
s = requests.Session()
s.headers.update({"Authorization": "Bearer @@SECRET@@"})

failed = s.get(f"{API}/builds", params={"state": "failed", "per_page": 50}).json()
for b in failed:
    print(b["pipeline"]["slug"], b["number"], b["branch"], b["web_url"])
'''
    return R.choice(["scripts/failed_builds.py", "tools/bk_report.py"]), sub(t, o=org(R))


# ------------------------------------------------------------ OneDev / Sourcehut
@P("onedev", "access_token", "sh", False, g_alnum(40), ctx="url")
def p_onedev_curl(R):
    t = """#!/bin/bash
# trigger the release job on OneDev for a tag
TAG="$1"
curl -fsS -u <<u>>:@@SECRET@@ \\
  -H "Content-Type: application/json" \\
  -X POST "https://<<d>>/~api/job-runs" \\
  -d "{\\"projectId\\": <<pid>>, \\"refName\\": \\"refs/tags/${TAG}\\", \\"jobName\\": \\"release\\"}"
"""
    return R.choice(["scripts/trigger-release.sh", "release/onedev-run.sh"]), \
        sub(t, u=R.choice(["admin", "release-bot"]), d=host(R, "onedev"), pid=R.randint(1, 60))


@P("sourcehut", "access_token", "scfg", False, g_sourcehut, ctx="plain")
def p_hut_config(R):
    t = """instance "<<d>>" {
	access-token "@@SECRET@@"

	meta {
		origin "https://meta.<<d>>"
	}
	git {
		origin "https://git.<<d>>"
	}
	builds {
		origin "https://builds.<<d>>"
	}
}
"""
    return R.choice(["dotfiles/config/hut/config", "home/.config/hut/config"]), sub(t, d=R.choice(["sr.ht", "srht.%s" % dom(R)]))


# ------------------------------------------------------------ misc files of the domain
@P("gitea", "access_token", "env", True, g_hex(40), ctx="plain")
def p_dotenv_tea(R):
    t = """# local settings for the release tooling
GITEA_URL=https://<<d>>
GITEA_TOKEN=@@SECRET@@
GITEA_ORG=<<o>>
RELEASE_BRANCH=main
LOG_LEVEL=info
"""
    return R.choice([".env", "tools/release/.env"]), sub(t, d=host(R), o=org(R))


@P("drone", "agent_secret", "env", True, g_hex(32), ctx="plain")
def p_dotenv_drone(R):
    t = """DRONE_SERVER_HOST=<<d>>
DRONE_SERVER_PROTO=https
DRONE_RPC_SECRET=@@SECRET@@
DRONE_GITEA_SERVER=https://<<git>>
DRONE_LOGS_TRACE=false
"""
    return R.choice([".env.production", "drone/.env"]), sub(t, d=host(R, "drone"), git=host(R))


@P("act_runner", "runner_registration_token", "log", False, g_gitea_runner_reg, ctx="plain")
def p_act_runner_log(R):
    d = host(R)
    u = uuid4(R)
    n = R.choice(["ci01", "runner-arm64", "build-7"])
    t = """time="<<t>>" level=info msg="Registering runner, arch=amd64, os=linux, version=v<<v>>."
time="<<t>>" level=debug msg="Successfully pinged the Gitea instance server"
time="<<t>>" level=debug msg="register request: instance=https://<<d>>/ token=@@SECRET@@ name=<<n>> labels=[<<labs>>]"
time="<<t>>" level=info msg="Runner registered successfully."
time="<<t>>" level=info msg="Starting runner daemon"
time="<<t>>" level=info msg="runner: <<n>>, with version: v<<v>>, with labels: [<<labs>>], declare successfully"
time="<<t>>" level=info msg="[poller 0] launched"
time="<<t>>" level=info msg="task 1<<task>> repo is <<o>>/<<r>> https://github.com https://<<d>>"
time="<<t>>" level=debug msg="runner uuid <<u>>"
"""
    return R.choice(["logs/act_runner.log", "debug/runner-register.log"]), \
        sub(t, t=ts(R), v=R.choice(["0.2.10", "0.2.11"]), d=d, n=n, labs=" ".join(R.sample(LABELS, 2)),
            task=R.randint(100, 9999), o=org(R), r=repo(R), u=u)


@P("gitea", "runner_registration_token", "sql", False, g_gitea_runner_reg, ctx="sql")
def p_gitea_sql(R):
    t = """-- seed data for the staging forge, restored after every refresh
BEGIN;
INSERT INTO "user" (id, lower_name, name, email, is_admin, type)
VALUES (1, 'forge-admin', 'forge-admin', 'forge-admin@<<dom>>', true, 0);

INSERT INTO action_runner_token (id, token, owner_id, repo_id, is_active, created, updated)
VALUES (1, '@@SECRET@@', 0, 0, true, <<c>>, <<c>>);

UPDATE app_state SET revision = <<rev>> WHERE id = 'runtime-state';
COMMIT;
"""
    c = R.randint(1690000000, 1735000000)
    return R.choice(["db/seed/staging.sql", "fixtures/forge_seed.sql"]), sub(t, dom=dom(R), c=c, rev=R.randint(2, 40))


@P("gitea", "password", "csv", False, g_pwd, ctx="csv")
def p_accounts_csv(R):
    rows = ["service,username,password,owner,rotated"]
    n = R.randint(3, 6)
    k = R.randrange(n)
    for i in range(n):
        svc = R.choice(["gitea", "forgejo", "gerrit", "drone", "woodpecker", "jenkins"])
        u = R.choice(USERS)
        pw = MARK if i == k else R.choice(["(in vault)", "see 1Password", "n/a - ssh key", "(sso)"])
        rows.append("%s,%s,%s,%s,%s" % (svc, u, pw, R.choice(TEAMS), day(R)))
    return R.choice(["docs/service-accounts.csv", "inventory/accounts.csv"]), "\n".join(rows) + "\n"


@P("woodpecker", "agent_secret", "md", True, g_hex(64), ctx="plain")
def p_woodpecker_md(R):
    t = """# CI agents

The Woodpecker server runs on `<<ci>>`; agents connect over gRPC on port 9000.

## Adding an agent

1. Install docker and pull `woodpeckerci/woodpecker-agent:v3`.
2. Start it with the shared secret:

```
docker run -d --name woodpecker-agent \\
  -e WOODPECKER_SERVER=<<ci>>:9000 \\
  -e WOODPECKER_AGENT_SECRET=@@SECRET@@ \\
  -v /var/run/docker.sock:/var/run/docker.sock \\
  woodpeckerci/woodpecker-agent:v3
```

3. Check that it shows up under *Settings > Agents*.
"""
    return R.choice(["docs/ci-agents.md", "README.md", "runbooks/woodpecker.md"]), sub(t, ci=host(R, "ci"))


@P("gitlab", "private_key", "yml", True, g_pem_indented("    "), ctx="block")
def p_gitlab_ci_key_helm(R):
    t = """# extra secrets for the gitlab chart, applied with kubectl
apiVersion: v1
kind: Secret
metadata:
  name: gitlab-ci-jwt-signing-key
  namespace: gitlab
type: Opaque
stringData:
  ci_jwt_signing_key: |
    @@SECRET@@
"""
    return R.choice(["k8s/gitlab/ci-jwt-key.yaml", "clusters/prod/gitlab/secret-ci-jwt.yaml"]), t


# ====================================================== look-alike negatives
import struct


def ssh_blob(R, kind):
    if kind == "ed25519":
        return struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(R, 32)
    n = b"\x00" + bytes([R.randint(0xc0, 0xff)]) + rbytes(R, 383)
    return (struct.pack(">I", 7) + b"ssh-rsa" + struct.pack(">I", 3) + b"\x01\x00\x01" +
            struct.pack(">I", len(n)) + n)


def ssh_pub(R, kind=None, comment=None):
    kind = kind or R.choice(["ed25519", "ed25519", "rsa"])
    blob = ssh_blob(R, kind)
    name = "ssh-ed25519" if kind == "ed25519" else "ssh-rsa"
    return "%s %s %s" % (name, base64.b64encode(blob).decode(), comment or "%s@%s" % (user(R), R.choice(["laptop", "ci01", "build", "deploy"])))


def ssh_fp(R, kind="ed25519"):
    return "SHA256:" + base64.b64encode(hashlib.sha256(ssh_blob(R, kind)).digest()).decode().rstrip("=")


def pem_block(R, label, nbytes):
    body = base64.b64encode(rbytes(R, nbytes)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def change_id(R):
    return "I" + sha1(R)


def phid(R, t):
    return "PHID-%s-%s" % (t, rs(R, B32L, 20))


def sri(R):
    return "sha512-" + base64.b64encode(rbytes(R, 64)).decode()


def commit_msg(R):
    return R.choice(["Fix flaky runner cleanup", "Bump gitea to 1.22.3", "Add arm64 runner labels",
                     "Rotate webhook endpoint", "Document LFS migration", "Move CI to Woodpecker",
                     "Pin act_runner image", "Drop legacy Jenkins agents", "Update Helm chart values"])


@N("act_runner", "runner_uuid", "json")
def n_runner_no_token(R):
    t = """{
  "WARNING": "This file is automatically generated. Do not edit.",
  "id": <<id>>,
  "uuid": "<<u>>",
  "name": "<<n>>",
  "address": "https://<<d>>"
}
"""
    return R.choice(["docs/examples/runner.json", "runner/.runner.sample", "testdata/runner_file.json"]), \
        sub(t, id=R.randint(1, 300), u=uuid4(R), n=R.choice(["runner", "ci01", "arm64-builder"]), d=host(R))


@N("git", "commit_sha", "log")
def n_git_log(R):
    out = []
    for _ in range(R.randint(5, 9)):
        out.append("commit %s" % sha1(R))
        out.append("Author: %s <%s@%s>" % (user(R).title(), user(R), dom(R)))
        out.append("Date:   %s" % logt(R))
        out.append("")
        out.append("    %s" % commit_msg(R))
        out.append("")
        out.append("    Reviewed-on: https://%s/c/%s/+/%d" % (host(R, "review"), repo(R), R.randint(1000, 99999)))
        out.append("    Change-Id: %s" % change_id(R))
        out.append("")
    return R.choice(["notes/git-log.txt", "release/changes-since-last.log", "CHANGES.log"]), "\n".join(out)


@N("gitea", "webhook_delivery", "log")
def n_webhook_log(R):
    out = []
    for _ in range(R.randint(4, 8)):
        out.append("%s [I] Webhook delivered: delivery=%s event=%s repo=%s/%s status=%d duration=%dms" % (
            logt(R), uuid4(R), R.choice(["push", "pull_request", "release", "issues"]), org(R), repo(R),
            R.choice([200, 200, 204, 502]), R.randint(12, 900)))
        out.append("    X-Gitea-Delivery: %s" % uuid4(R))
        out.append("    X-Gitea-Signature: %s" % sha256(R))
        out.append("    X-Gitea-Event: %s" % R.choice(["push", "pull_request"]))
    return R.choice(["logs/webhooks.log", "debug/hook-deliveries.log"]), "\n".join(out) + "\n"


@N("ssh", "host_key_fingerprint", "md")
def n_ssh_fingerprints(R):
    d = host(R)
    t = """# Verifying the SSH host keys of <<d>>

When you connect for the first time, compare the fingerprint with this table.

| Key type | Fingerprint |
|----------|-------------|
| ED25519  | `<<f1>>` |
| RSA      | `<<f2>>` |
| ECDSA    | `<<f3>>` |

```
$ ssh -p <<p>> git@<<d>>
The authenticity of host '[<<d>>]:<<p>>' can't be established.
ED25519 key fingerprint is <<f1>>.
```
"""
    return R.choice(["docs/ssh-fingerprints.md", "README.md", "docs/getting-started/ssh.md"]), \
        sub(t, d=d, f1=ssh_fp(R), f2=ssh_fp(R, "rsa"), f3=ssh_fp(R), p=R.choice([22, 2222]))


@N("ssh", "public_key", "pub")
def n_deploy_pub(R):
    return R.choice(["keys/deploy_%s.pub" % repo(R).replace("-", "_"), "ssh/id_ed25519.pub", "deploy-keys/ci.pub"]), \
        ssh_pub(R, comment="deploy@%s" % host(R, "ci")) + "\n"


@N("ssh", "public_key", "yml")
def n_authorized_keys_ansible(R):
    L = ["---", "# people allowed to ssh into the forge hosts", "forge_admins:"]
    for _ in range(R.randint(2, 4)):
        L.append("  - name: %s" % user(R))
        L.append("    key: \"%s\"" % ssh_pub(R))
    return R.choice(["group_vars/all/admins.yml", "inventories/prod/group_vars/forge/users.yml"]), "\n".join(L) + "\n"


@N("gitea", "install_lock", "ini")
def n_gitea_ini_clean(R):
    t = """APP_NAME = <<app>>
RUN_MODE = prod
RUN_USER = git

[server]
DOMAIN = <<d>>
ROOT_URL = https://<<d>>/
LFS_START_SERVER = true
LFS_JWT_SECRET_URI = file:/etc/gitea/lfs_jwt_secret

[security]
INSTALL_LOCK = true
INTERNAL_TOKEN_URI = file:/etc/gitea/internal_token
SECRET_KEY_URI = file:/etc/gitea/secret_key
REVERSE_PROXY_TRUSTED_PROXIES = 127.0.0.0/8,::1/128
LOGIN_REMEMBER_DAYS = 7

[oauth2]
JWT_SIGNING_ALGORITHM = RS256
JWT_SIGNING_PRIVATE_KEY_FILE = jwt/private.pem

[mirror]
ENABLED = true
MIN_INTERVAL = 10m
DEFAULT_INTERVAL = 8h
"""
    return R.choice(INI_PATHS), sub(t, app="%s Git" % org(R).title(), d=host(R))


@N("gerrit", "change_id", "config")
def n_gerrit_config(R):
    d = host(R, "review")
    t = """[gerrit]
	basePath = git
	canonicalWebUrl = https://<<d>>/
	serverId = <<sid>>
	instanceId = <<inst>>
[index]
	type = lucene
[auth]
	type = LDAP
	gitBasicAuthPolicy = HTTP
[ldap]
	server = ldaps://ldap.<<dom>>
	accountBase = ou=people,dc=<<o>>,dc=example
	username = cn=gerrit,ou=services,dc=<<o>>,dc=example
[receive]
	enableSignedPush = false
[sendemail]
	smtpServer = smtp.<<dom>>
	from = Code Review <gerrit@<<dom>>>
[sshd]
	listenAddress = *:29418
[httpd]
	listenUrl = proxy-https://127.0.0.1:8080/
[cache]
	directory = cache
"""
    return R.choice(["etc/gerrit.config", "gerrit/etc/gerrit.config"]), \
        sub(t, d=d, sid=uuid4(R), inst=R.choice(["review-eu", "gerrit-1", "primary"]), dom=dom(R), o=org(R))


@N("phabricator", "phid", "json")
def n_phab_phids(R):
    data = []
    for _ in range(R.randint(2, 4)):
        data.append({"id": R.randint(100, 9999), "type": "TASK", "phid": phid(R, "TASK"),
                     "fields": {"name": commit_msg(R), "authorPHID": phid(R, "USER"),
                                "ownerPHID": phid(R, "USER"), "status": {"value": "open"},
                                "dateCreated": R.randint(1600000000, 1730000000)}})
    doc = {"result": {"data": data, "cursor": {"limit": 100, "after": None, "before": None}},
           "error_code": None, "error_info": None}
    return R.choice(["testdata/maniphest_search.json", "fixtures/phab/tasks.json"]), json.dumps(doc, indent=2) + "\n"


@N("git-lfs", "lfs_oid", "txt")
def n_lfs_pointer(R):
    t = """version https://git-lfs.github.com/spec/v1
oid sha256:<<oid>>
size <<size>>
"""
    return R.choice(["assets/logo.psd", "models/baseline.onnx", "data/sample.parquet", "docs/demo.mp4"]), \
        sub(t, oid=sha256(R), size=R.randint(10000, 900000000))


@N("docker", "image_digest", "yml")
def n_image_digests(R):
    L = ["# pinned images for the forge stack, updated by renovate"]
    for name in R.sample(["gitea/gitea", "gitea/act_runner", "woodpeckerci/woodpecker-server",
                          "woodpeckerci/woodpecker-agent", "drone/drone", "postgres", "redis",
                          "codeberg.org/forgejo/forgejo"], 4):
        L.append("%s: %s:%s@sha256:%s" % (name.split("/")[-1].replace("_", "-"), name, R.choice(["latest", "1.22", "16-alpine", "v3"]), sha256(R)))
    return R.choice(["images.yml", "deploy/images.lock.yml"]), "\n".join(L) + "\n"


@N("go", "module_hash", "sum")
def n_go_sum(R):
    mods = ["code.gitea.io/sdk/gitea v0.19.0", "github.com/go-git/go-git/v5 v5.12.0",
            "github.com/urfave/cli/v2 v2.27.4", "golang.org/x/crypto v0.28.0",
            "gopkg.in/yaml.v3 v3.0.1", "github.com/sirupsen/logrus v1.9.3",
            "connectrpc.com/connect v1.16.2", "github.com/nektos/act v0.2.63"]
    L = []
    for m in R.sample(mods, 5):
        h = base64.b64encode(rbytes(R, 32)).decode()
        L.append("%s h1:%s" % (m, h))
        L.append("%s/go.mod h1:%s" % (m, base64.b64encode(rbytes(R, 32)).decode()))
    return "go.sum", "\n".join(L) + "\n"


@N("npm", "integrity_hash", "json")
def n_package_lock(R):
    pk = {}
    for name, v in R.sample([("axios", "1.7.7"), ("yaml", "2.6.0"), ("semver", "7.6.3"),
                             ("@octokit/rest", "21.0.2"), ("undici", "6.20.1"), ("minimatch", "9.0.5")], 3):
        pk["node_modules/" + name] = {"version": v,
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], v),
                                      "integrity": sri(R)}
    doc = {"name": R.choice(["forge-bot", "release-notes", "ci-dashboard"]), "version": ver(R),
           "lockfileVersion": 3, "requires": True, "packages": pk}
    return R.choice(["package-lock.json", "bot/package-lock.json"]), json.dumps(doc, indent=2) + "\n"


@N("gitea", "hashed_token", "sql")
def n_token_hash_dump(R):
    L = ["-- pg_dump excerpt: access_token (hashes only, safe to share with support)",
         "COPY public.access_token (id, uid, name, token_hash, token_salt, token_last_eight, scope, created_unix) FROM stdin;"]
    for i in range(R.randint(3, 6)):
        L.append("%d\t%d\t%s\t%s\t%s\t%s\t%s\t%d" % (
            R.randint(1, 900), R.randint(1, 80), R.choice(["ci", "renovate", "backup", "cli", "ide"]),
            rs(R, HEX, 100), rs(R, ALNUM, 10), rs(R, HEX, 8),
            R.choice(["write:repository", "read:repository,read:user", "all"]), R.randint(1600000000, 1730000000)))
    L.append("\\.")
    return R.choice(["support/access_token_dump.sql", "db/debug/tokens.sql"]), "\n".join(L) + "\n"


@N("gerrit", "password_hash", "config")
def n_gerrit_external_ids(R):
    L = []
    for _ in range(R.randint(2, 4)):
        u = user(R)
        L.append('[externalId "username:%s"]' % u)
        L.append("\taccountId = %d" % R.randint(1000000, 1009999))
        L.append("\tpassword = bcrypt0:4:%s:%s" % (base64.b64encode(rbytes(R, 16)).decode(),
                                                    base64.b64encode(rbytes(R, 24)).decode()))
        L.append("")
    return R.choice(["refs-meta-external-ids/%s" % sha1(R), "debug/external-ids.txt"]), "\n".join(L)


@N("pgp", "public_key", "asc")
def n_pgp_pub(R):
    return R.choice(["keys/release-signing.asc", "KEYS", "docs/gpg/signing-key.asc"]), \
        pem_block(R, "PGP PUBLIC KEY BLOCK", R.randint(400, 700)).replace(
            "-----\n", "-----\n\n", 1) + "\n"


@N("x509", "certificate", "pem")
def n_certificate(R):
    return R.choice(["certs/%s.crt" % host(R), "deploy/ca/internal-root.pem", "nginx/ssl/gitea.crt"]), \
        pem_block(R, "CERTIFICATE", R.randint(700, 1100)) + "\n"


@N("git", "packed_refs", "txt")
def n_packed_refs(R):
    L = ["# pack-refs with: peeled fully-peeled sorted"]
    for ref in ["refs/heads/main", "refs/heads/release/%s" % ver(R), "refs/remotes/origin/main",
                "refs/tags/v%s" % ver(R), "refs/tags/v%s" % ver(R)]:
        L.append("%s %s" % (sha1(R), ref))
    L.append("^%s" % sha1(R))
    return R.choice(["fixtures/packed-refs", "testdata/repo/packed-refs"]), "\n".join(L) + "\n"


@N("git", "submodule_sha", "txt")
def n_submodule_status(R):
    L = []
    for p in R.sample(["vendor/act", "third_party/gitea-sdk", "modules/charts", "tools/ci-templates", "docs/theme"], 3):
        L.append(" %s %s (heads/main)" % (sha1(R), p))
    return R.choice(["notes/submodules.txt", "ci/submodule-status.txt"]), "\n".join(L) + "\n"


@N("kubernetes", "checksum_annotation", "yml")
def n_k8s_checksums(R):
    t = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: gitea
  namespace: gitea
  uid: <<uid>>
  resourceVersion: "<<rv>>"
spec:
  template:
    metadata:
      annotations:
        checksum/config: <<c1>>
        checksum/secret: <<c2>>
    spec:
      containers:
        - name: gitea
          image: gitea/gitea:1.22.3-rootless@sha256:<<dg>>
          envFrom:
            - secretRef:
                name: gitea-env
"""
    return R.choice(["rendered/gitea-deployment.yaml", "out/manifests/gitea.yaml"]), \
        sub(t, uid=uuid4(R), rv=R.randint(100000, 9999999), c1=sha256(R), c2=sha256(R), dg=sha256(R))


@N("ansible", "vault_ciphertext", "yml")
def n_ansible_vault(R):
    lines = [rs(R, HEX, 80) for _ in range(R.randint(4, 7))]
    t = """---
gitea_admin_user: forge-admin
gitea_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
<<body>>
gitea_domain: <<d>>
"""
    return R.choice(["group_vars/forge/vault.yml", "inventories/prod/group_vars/gitea/secrets.yml"]), \
        sub(t, body="\n".join("          " + l for l in lines), d=host(R))


@N("systemd", "env_file_reference", "service")
def n_systemd_envfile(R):
    t = """[Unit]
Description=Gitea (Git with a cup of tea)
After=network.target postgresql.service

[Service]
Type=simple
User=git
Group=git
WorkingDirectory=/var/lib/gitea/
EnvironmentFile=/etc/gitea/gitea.env
LoadCredential=internal_token:/etc/gitea/credentials/internal_token
ExecStart=/usr/local/bin/gitea web --config /etc/gitea/app.ini
Restart=always
Environment=USER=git HOME=/home/git GITEA_WORK_DIR=/var/lib/gitea

[Install]
WantedBy=multi-user.target
"""
    return R.choice(["systemd/gitea.service", "etc/systemd/system/gitea.service"]), t


@N("gitea", "webhook_payload", "json")
def n_push_payload(R):
    before, after = sha1(R), sha1(R)
    u = user(R)
    doc = {"ref": "refs/heads/main", "before": before, "after": after,
           "compare_url": "https://%s/%s/%s/compare/%s...%s" % (host(R), org(R), repo(R), before[:10], after[:10]),
           "commits": [{"id": after, "message": commit_msg(R) + "\n", "url": "https://%s/%s/%s/commit/%s" % (host(R), org(R), repo(R), after),
                        "author": {"name": u, "email": "%s@%s" % (u, dom(R)), "username": u},
                        "timestamp": ts(R), "added": [], "removed": [], "modified": ["README.md"]}],
           "repository": {"id": R.randint(1, 5000), "name": repo(R), "full_name": "%s/%s" % (org(R), repo(R)),
                          "private": True, "default_branch": "main"},
           "pusher": {"id": R.randint(1, 300), "login": u}}
    return R.choice(["testdata/webhooks/push.json", "fixtures/gitea_push_event.json"]), json.dumps(doc, indent=2) + "\n"


@N("gitea-actions", "secret_reference", "yml")
def n_workflow_secrets_ref(R):
    t = """name: release
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-go@v5
        with:
          go-version: "1.23"
      - name: publish
        env:
          GITEA_TOKEN: ${{ secrets.RELEASE_TOKEN }}
          GITEA_URL: ${{ gitea.server_url }}
        run: |
          go run ./cmd/release --tag "${GITHUB_REF_NAME}" --repo "${{ gitea.repository }}"
"""
    return R.choice([".gitea/workflows/release.yml", ".forgejo/workflows/release.yaml"]), t


@N("nginx", "reverse_proxy", "conf")
def n_nginx(R):
    d = host(R)
    t = """server {
    listen 443 ssl http2;
    server_name <<d>>;

    ssl_certificate     /etc/letsencrypt/live/<<d>>/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/<<d>>/privkey.pem;

    client_max_body_size 512m;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}
"""
    return R.choice(["nginx/gitea.conf", "etc/nginx/sites-available/forge.conf"]), sub(t, d=d)


@N("prometheus", "token_file_reference", "yml")
def n_prometheus(R):
    t = """scrape_configs:
  - job_name: gitea
    scheme: https
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/gitea-metrics-token
    static_configs:
      - targets: ["<<d>>"]
  - job_name: woodpecker
    static_configs:
      - targets: ["<<ci>>:9001"]
"""
    return R.choice(["prometheus/prometheus.yml", "monitoring/scrape.yml"]), sub(t, d=host(R), ci=host(R, "ci"))


@N("act_runner", "runner_uuid", "log")
def n_runner_daemon_log(R):
    L = []
    n = R.choice(["ci01", "runner-arm64", "build-7"])
    for _ in range(R.randint(5, 9)):
        L.append('time="%s" level=info msg="task %d repo is %s/%s https://github.com https://%s"' % (
            ts(R), R.randint(1000, 99999), org(R), repo(R), host(R)))
        L.append('time="%s" level=info msg="[%s] job %s finished: success, sha=%s"' % (
            ts(R), n, uuid4(R), sha1(R)))
    return R.choice(["logs/act_runner-daemon.log", "var/log/act_runner.log"]), "\n".join(L) + "\n"


@N("gitea", "admin_listing", "txt")
def n_admin_user_list(R):
    L = ["ID   Username        Email                          IsActive IsAdmin 2FA"]
    for i in range(R.randint(4, 8)):
        u = R.choice(USERS)
        L.append("%-4d %-15s %-30s %-8s %-7s %s" % (i + 1, u, "%s@%s" % (u, dom(R)), "true",
                                                    R.choice(["true", "false"]), R.choice(["true", "false"])))
    return R.choice(["docs/audit/users-%s.txt" % day(R), "audit/gitea-users.txt"]), "\n".join(L) + "\n"


@N("sourcehut", "secret_uuid_reference", "yml")
def n_srht_manifest(R):
    t = """image: alpine/edge
packages:
  - go
  - hut
sources:
  - https://git.sr.ht/~<<u>>/<<r>>
secrets:
  - <<s1>>
  - <<s2>>
environment:
  GOFLAGS: -mod=readonly
tasks:
  - test: |
      cd <<r>>
      go test ./...
  - deploy: |
      cd <<r>>
      ./deploy.sh
"""
    return R.choice([".build.yml", ".builds/deploy.yml"]), sub(t, u=user(R), r=repo(R), s1=uuid4(R), s2=uuid4(R))


@N("onedev", "secret_reference", "yml")
def n_onedev_buildspec(R):
    t = """version: 33
jobs:
- name: release
  steps:
  - !CheckoutStep
    name: checkout
    cloneCredential: !DefaultCredential {}
    withLfs: false
    cloneDepth: 1
  - !CommandStep
    name: publish
    image: alpine:3.19
    interpreter: !DefaultInterpreter
      commands: |
        echo "publishing @tag@"
        ./publish.sh --token "@secret:registry-token@"
  triggers:
  - !TagCreateTrigger
    projects: <<p>>
  retryCondition: never
  timeout: 3600
"""
    return ".onedev-buildspec.yml", sub(t, p=repo(R))


@N("phabricator", "arcconfig", "json")
def n_arcconfig(R):
    doc = {"phabricator.uri": "https://%s/" % host(R, "phab"), "repository.callsign": rs(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3),
           "load": ["support/lint"], "base": "git:merge-base(origin/main), arc:upstream"}
    return ".arcconfig", json.dumps(doc, indent=2) + "\n"


@N("bitbucket", "token_listing", "json")
def n_bb_token_list(R):
    vals = []
    for _ in range(R.randint(2, 4)):
        vals.append({"id": rs(R, "0123456789", 12), "createdDate": R.randint(1600000000000, 1730000000000),
                     "lastAuthenticated": R.randint(1600000000000, 1730000000000),
                     "name": R.choice(["jenkins", "renovate", "backup", "sonar"]),
                     "permissions": R.sample(["REPO_READ", "REPO_WRITE", "PROJECT_READ"], 2),
                     "user": {"name": user(R), "id": R.randint(1, 900), "slug": user(R)}})
    doc = {"size": len(vals), "limit": 25, "isLastPage": True, "values": vals, "start": 0}
    return R.choice(["audit/bitbucket-tokens.json", "reports/http-access-tokens.json"]), json.dumps(doc, indent=2) + "\n"


@N("azure_devops", "token_listing", "json")
def n_ado_pat_list(R):
    pats = []
    for _ in range(R.randint(1, 3)):
        pats.append({"authorizationId": uuid4(R), "displayName": R.choice(["local", "agent-pool", "nuget"]),
                     "scope": R.choice(["vso.packaging", "vso.agentpools_manage", "vso.code"]),
                     "targetAccounts": [uuid4(R)], "token": None, "validFrom": ts(R), "validTo": ts(R)})
    doc = {"continuationToken": "", "patTokens": pats}
    return R.choice(["audit/pats.json", "reports/ado-pats.json"]), json.dumps(doc, indent=2) + "\n"


@N("gitlab", "runner_listing", "json")
def n_gitlab_runners(R):
    rs_ = []
    for _ in range(R.randint(2, 4)):
        rs_.append({"id": R.randint(10, 9999), "description": R.choice(["docker-01", "k8s-shared", "mac-m2"]),
                    "ip_address": ip(R), "active": True, "paused": False, "is_shared": R.choice([True, False]),
                    "runner_type": R.choice(["instance_type", "group_type", "project_type"]),
                    "name": "gitlab-runner", "online": True, "status": "online",
                    "short_sha": rs(R, URLSAFE, 8), "token_expires_at": None})
    return R.choice(["reports/runners.json", "audit/gitlab-runners.json"]), json.dumps(rs_, indent=2) + "\n"


@N("gitlab", "jwks_public_key", "json")
def n_gitlab_jwks(R):
    keys = []
    for _ in range(R.randint(1, 2)):
        keys.append({"kty": "RSA", "kid": b64url_nopad(rbytes(R, 32)), "e": "AQAB",
                     "n": b64url_nopad(rbytes(R, 256)), "use": "sig", "alg": "RS256"})
    return R.choice(["testdata/jwks.json", "docs/oidc/gitlab-jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@N("gitlab", "oidc_discovery", "json")
def n_gitlab_oidc(R):
    d = host(R, "gitlab")
    doc = {"issuer": "https://%s" % d, "authorization_endpoint": "https://%s/oauth/authorize" % d,
           "token_endpoint": "https://%s/oauth/token" % d, "jwks_uri": "https://%s/oauth/discovery/keys" % d,
           "response_types_supported": ["code"], "id_token_signing_alg_values_supported": ["RS256"],
           "scopes_supported": ["openid", "profile", "email", "read_api"]}
    return R.choice(["docs/oidc/discovery.json", "testdata/openid-configuration.json"]), json.dumps(doc, indent=2) + "\n"


@N("csv", "runner_inventory", "csv")
def n_runner_csv(R):
    L = ["id,uuid,name,version,labels,last_online"]
    for _ in range(R.randint(4, 9)):
        L.append("%d,%s,%s,v%s,\"%s\",%s" % (R.randint(1, 400), uuid4(R), R.choice(["ci01", "ci02", "arm-01", "mac-mini"]),
                                             R.choice(["0.2.10", "0.2.11", "6.0.1"]), ";".join(R.sample(LABELS, 1)), ts(R)))
    return R.choice(["inventory/runners.csv", "reports/runners-%s.csv" % day(R)]), "\n".join(L) + "\n"


@N("checksums", "sha256sum", "txt")
def n_sha256sums(R):
    L = []
    v = R.choice(["0.2.11", "1.22.3", "6.0.1"])
    for arch in ["linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64.exe"]:
        L.append("%s  %s-%s-%s" % (sha256(R), R.choice(["act_runner", "gitea", "forgejo-runner"]), v, arch))
    return R.choice(["SHA256SUMS", "dist/checksums.txt"]), "\n".join(L) + "\n"


@N("helm", "existing_secret", "yml")
def n_helm_existing(R):
    t = """gitea:
  admin:
    existingSecret: gitea-admin-credentials
    email: forge-admin@<<dom>>
  config:
    server:
      ROOT_URL: https://<<d>>/
  additionalConfigSources:
    - secret:
        secretName: gitea-app-ini-security
    - configMap:
        name: gitea-app-ini-plaintext
postgresql:
  auth:
    existingSecret: gitea-postgres
    secretKeys:
      userPasswordKey: password
"""
    return R.choice(["deploy/gitea/values-secure.yaml", "charts/values.common.yaml"]), sub(t, dom=dom(R), d=host(R))


@N("terraform", "random_password", "tf")
def n_tf_random(R):
    t = """resource "random_password" "drone_rpc" {
  length  = 32
  special = false
}

resource "kubernetes_secret" "drone" {
  metadata {
    name      = "drone-rpc"
    namespace = "drone"
  }
  data = {
    DRONE_RPC_SECRET = random_password.drone_rpc.result
  }
}

output "drone_secret_name" {
  value = kubernetes_secret.drone.metadata[0].name
}
"""
    return R.choice(["terraform/drone/secrets.tf", "infra/ci/drone.tf"]), t


@N("docker", "compose_secret_file", "yml")
def n_compose_secret_files(R):
    t = """services:
  forgejo:
    image: codeberg.org/forgejo/forgejo:<<v>>
    environment:
      FORGEJO__security__INTERNAL_TOKEN_URI: file:/run/secrets/internal_token
      FORGEJO__security__SECRET_KEY_URI: file:/run/secrets/secret_key
      FORGEJO__database__PASSWD__FILE: /run/secrets/db_password
    secrets:
      - internal_token
      - secret_key
      - db_password
secrets:
  internal_token:
    file: ./secrets/internal_token
  secret_key:
    file: ./secrets/secret_key
  db_password:
    environment: FORGEJO_DB_PASSWORD
"""
    return R.choice(["forgejo/compose.yaml", "docker-compose.yml"]), sub(t, v=R.choice(["9", "10", "11.0.1"]))


@N("gitea", "env_lookup", "py")
def n_py_environ(R):
    t = '''import os

import requests

GITEA_URL = os.environ.get("GITEA_URL", "https://<<d>>")
TOKEN = os.environ["GITEA_TOKEN"]


def client():
    s = requests.Session()
    s.headers["Authorization"] = f"token {TOKEN}"
    return s


def create_repo(name, private=True):
    r = client().post(f"{GITEA_URL}/api/v1/orgs/<<o>>/repos", json={"name": name, "private": private})
    r.raise_for_status()
    return r.json()["clone_url"]
'''
    return R.choice(["forge/client.py", "tools/new_repo.py", "src/forgebot/gitea.py"]), sub(t, d=host(R), o=org(R))


@N("bitbucket", "env_lookup", "js")
def n_js_process_env(R):
    t = """'use strict';

const BASE = process.env.BITBUCKET_URL || 'https://<<d>>';
const token = process.env.BITBUCKET_TOKEN;
if (!token) {
  throw new Error('BITBUCKET_TOKEN is not set');
}

async function repos(project) {
  const res = await fetch(`${BASE}/rest/api/1.0/projects/${project}/repos?limit=100`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()).values.map((r) => r.slug);
}

module.exports = { repos };
"""
    return R.choice(["src/bitbucket.js", "lib/bb-client.js"]), sub(t, d=host(R, "bitbucket"))


@N("gitlab", "env_lookup", "go")
def n_go_getenv(R):
    t = """package config

import (
	"errors"
	"os"
)

type Forge struct {
	URL   string
	Token string
}

func FromEnv() (Forge, error) {
	f := Forge{URL: os.Getenv("GITLAB_URL"), Token: os.Getenv("GITLAB_TOKEN")}
	if f.URL == "" {
		f.URL = "https://<<d>>"
	}
	if f.Token == "" {
		return f, errors.New("GITLAB_TOKEN must be set")
	}
	return f, nil
}
"""
    return R.choice(["internal/config/forge.go", "pkg/config/env.go"]), sub(t, d=host(R, "gitlab"))


@N("act_runner", "secret_file_reference", "sh")
def n_sh_secret_file(R):
    t = """#!/bin/sh
set -eu
TOKEN_FILE=/run/secrets/runner_registration_token
if [ ! -s .runner ]; then
  act_runner register --no-interactive \\
    --instance "$GITEA_INSTANCE_URL" \\
    --token "$(cat "$TOKEN_FILE")" \\
    --name "${RUNNER_NAME:-$(hostname)}"
fi
exec act_runner daemon --config /config.yaml
"""
    return R.choice(["docker/runner-entrypoint.sh", "runner/entrypoint.sh"]), t


@N("jenkins", "casc_reference", "yml")
def n_jenkins_casc(R):
    t = """jenkins:
  systemMessage: "Jenkins for <<o>> - managed by JCasC"
  numExecutors: 0
  nodes:
    - permanent:
        name: "<<n>>"
        remoteFS: "/var/lib/jenkins-agent"
        launcher:
          inbound:
            webSocket: true
            workDirSettings:
              disabled: false
              internalDir: "remoting"
  securityRealm:
    ldap:
      configurations:
        - server: "ldaps://ldap.<<dom>>"
          rootDN: "dc=<<o>>,dc=example"
          managerDN: "cn=jenkins,ou=services,dc=<<o>>,dc=example"
          managerPasswordSecret: "${LDAP_MANAGER_PASSWORD}"
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              id: "gitea-bot"
              username: "ci-bot"
              password: "${GITEA_BOT_TOKEN}"
"""
    return R.choice(["jenkins/casc/jenkins.yaml", "casc_configs/jenkins.yml"]), \
        sub(t, o=org(R), n=R.choice(["linux-build-01", "docker-agent"]), dom=dom(R))


@N("drone", "from_secret", "yml")
def n_drone_yml(R):
    t = """kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: golang:1.23
    commands:
      - go test ./...

  - name: publish
    image: plugins/docker
    settings:
      registry: registry.<<dom>>
      repo: registry.<<dom>>/<<o>>/<<r>>
      username:
        from_secret: registry_username
      password:
        from_secret: registry_password
    when:
      branch: [main]
"""
    return ".drone.yml", sub(t, dom=dom(R), o=org(R), r=repo(R))


@N("woodpecker", "from_secret", "yml")
def n_woodpecker_yml(R):
    t = """when:
  - event: push
    branch: main

steps:
  - name: build
    image: node:20
    commands:
      - npm ci
      - npm run build
  - name: deploy
    image: alpine:3.19
    environment:
      DEPLOY_KEY:
        from_secret: deploy_key
    commands:
      - apk add --no-cache rsync openssh-client
      - ./scripts/deploy.sh
"""
    return R.choice([".woodpecker.yml", ".woodpecker/deploy.yaml"]), t


@N("buildkite", "build_uuid", "yml")
def n_buildkite_pipeline(R):
    t = """env:
  DOCKER_BUILDKIT: "1"
  # build metadata is filled in by the agent, e.g. BUILDKITE_BUILD_ID=<<bid>>
steps:
  - label: ":go: test"
    command: go test ./...
    agents:
      queue: "<<q>>"
  - wait
  - label: ":docker: push"
    command: .buildkite/push.sh
    plugins:
      - docker-login#v3.0.0:
          username: ci
          password-env: REGISTRY_PASSWORD
    branches: main
"""
    return R.choice([".buildkite/pipeline.yml", "buildkite/pipeline.yaml"]), sub(t, bid=uuid4(R), q=R.choice(["default", "deploy"]))


@N("azure_devops", "system_access_token_ref", "yml")
def n_azure_pipelines(R):
    t = """trigger:
  branches:
    include: [main]

pool:
  name: <<pool>>

variables:
  - group: release-settings
  - name: buildConfiguration
    value: Release

steps:
  - checkout: self
    persistCredentials: true
  - script: dotnet build --configuration $(buildConfiguration)
    displayName: build
  - script: |
      git tag "build-$(Build.BuildId)"
      git push origin --tags
    env:
      SYSTEM_ACCESSTOKEN: $(System.AccessToken)
    displayName: tag
"""
    return R.choice(["azure-pipelines.yml", "pipelines/ci.yml"]), sub(t, pool=R.choice(["Linux-Build", "Default"]))


@N("ssh", "hashed_known_hosts", "txt")
def n_known_hosts(R):
    L = []
    for _ in range(R.randint(2, 4)):
        salt = base64.b64encode(rbytes(R, 20)).decode()
        hh = base64.b64encode(rbytes(R, 20)).decode()
        L.append("|1|%s|%s %s" % (salt, hh, " ".join(ssh_pub(R, "ed25519").split()[:2])))
    return R.choice(["ssh/known_hosts", "ci/known_hosts"]), "\n".join(L) + "\n"


@N("git", "signing_key_id", "gitconfig")
def n_gitconfig(R):
    t = """[user]
	name = <<n>>
	email = <<e>>
	signingkey = ~/.ssh/id_ed25519.pub
[gpg]
	format = ssh
[gpg "ssh"]
	allowedSignersFile = ~/.config/git/allowed_signers
[commit]
	gpgsign = true
[url "ssh://git@<<d>>:2222/"]
	insteadOf = https://<<d>>/
[credential "https://<<d>>"]
	helper = cache --timeout=3600
"""
    u = user(R)
    return R.choice(["dotfiles/gitconfig", "home/.gitconfig"]), sub(t, n=u.title(), e="%s@%s" % (u, dom(R)), d=host(R))


@N("gerrit", "change_id", "md")
def n_gerrit_commit_hook_md(R):
    t = """# Contributing

We use Gerrit at https://<<d>>/. Install the commit-msg hook once per clone:

```
curl -Lo .git/hooks/commit-msg https://<<d>>/tools/hooks/commit-msg
chmod +x .git/hooks/commit-msg
```

Every commit then gets a trailer like

```
Change-Id: <<cid>>
```

Amend the commit (keeping the Change-Id) to upload a new patch set:

```
git commit --amend
git push origin HEAD:refs/for/main
```
"""
    return R.choice(["CONTRIBUTING.md", "docs/gerrit.md"]), sub(t, d=host(R, "review"), cid=change_id(R))


@N("webhook", "hmac_verification", "py")
def n_webhook_verify(R):
    t = '''import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/gitea")
def gitea_hook():
    sent = request.headers.get("X-Gitea-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(401)
    # test vector from our unit tests: body b"{}" -> <<sig>> (with the test secret)
    return {"delivery": request.headers.get("X-Gitea-Delivery")}
'''
    return R.choice(["hooks/app.py", "webhook_receiver/server.py"]), sub(t, sig=sha256(R))


@N("gitea", "dump_log", "log")
def n_gitea_dump_log(R):
    L = []
    for msg in ["Dumping local repositories... /var/lib/gitea/git/repositories",
                "Dumping database...", "Adding custom configuration file from /etc/gitea/app.ini",
                "Dumping LFS objects...", "Packing dump files...",
                "Finish dumping in file gitea-dump-%d.zip" % R.randint(1690000000, 1735000000)]:
        L.append("%s ...cmd/dump.go:%d:runDump() [I] %s" % (logt(R), R.randint(150, 400), msg))
    L.append("sha256 %s  gitea-dump.zip" % sha256(R))
    return R.choice(["backup/last-dump.log", "logs/gitea-dump.log"]), "\n".join(L) + "\n"


@N("renovate", "env_lookup", "js")
def n_renovate_env(R):
    t = """module.exports = {
  platform: 'gitea',
  endpoint: 'https://<<d>>/api/v1',
  token: process.env.RENOVATE_TOKEN,
  gitAuthor: 'Renovate Bot <renovate@<<dom>>>',
  autodiscover: true,
  autodiscoverFilter: ['<<o>>/*'],
  hostRules: [
    {
      matchHost: 'registry.<<dom>>',
      username: 'renovate',
      password: process.env.REGISTRY_PASSWORD,
    },
  ],
};
"""
    return R.choice(["config.js", "renovate/config.js"]), sub(t, d=host(R), dom=dom(R), o=org(R))


@N("act_runner", "generated_config", "yml")
def n_runner_config(R):
    t = """# Example configuration file, it's safe to copy this as the default config file without any modification.
log:
  level: info
runner:
  file: .runner
  capacity: <<c>>
  envs:
    A_TEST_ENV_NAME_1: a_test_env_value_1
  env_file: .env
  timeout: 3h
  insecure: false
  fetch_timeout: 5s
  fetch_interval: 2s
  labels:
<<labs>>
cache:
  enabled: true
  dir: ""
  host: ""
  port: 0
container:
  network: ""
  privileged: false
  options:
  workdir_parent:
  valid_volumes: []
host:
  workdir_parent:
"""
    return R.choice(["config.yaml", "runner/config.yaml", "etc/act_runner/config.yaml"]), \
        sub(t, c=R.randint(1, 4), labs="\n".join('    - "%s"' % l for l in R.sample(LABELS, 2)))


@N("gitlab", "ci_variable_reference", "yml")
def n_gitlab_ci(R):
    t = """stages: [build, publish]

build:
  stage: build
  image: golang:1.23
  script:
    - go build ./...

publish:
  stage: publish
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"'
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
"""
    return ".gitlab-ci.yml", t


@N("gitlab", "settings_only", "rb")
def n_gitlab_rb_clean(R):
    t = """external_url 'https://<<d>>'
gitlab_rails['time_zone'] = '<<tz>>'
gitlab_rails['gitlab_shell_ssh_port'] = 2222
gitlab_rails['lfs_enabled'] = true
gitlab_rails['backup_path'] = '/var/opt/gitlab/backups'
gitlab_rails['backup_keep_time'] = 604800
### secrets are managed by the gitlab-secrets.json shipped by the vault agent
# gitlab_rails['initial_root_password'] = "password"
sidekiq['max_concurrency'] = <<sq>>
puma['worker_processes'] = <<pw>>
nginx['listen_https'] = false
nginx['listen_port'] = 80
"""
    return R.choice(RB_PATHS), sub(t, d=host(R, "gitlab"), tz=R.choice(TZS), sq=R.choice([10, 20, 25]), pw=R.randint(2, 8))


@N("html", "base64_data", "html")
def n_data_uri(R):
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(R, R.randint(120, 260))).decode()
    t = """<!-- custom/templates/custom/header.tmpl -->
<link rel="icon" type="image/png" href="data:image/png;base64,<<img>>">
<meta name="theme-color" content="#<<col>>">
"""
    return R.choice(["custom/templates/custom/header.tmpl", "gitea/custom/templates/custom/header.tmpl"]), \
        sub(t, img=img, col=rs(R, HEX, 6))


@N("gitea", "repo_ids", "yml")
def n_fixture_ids(R):
    L = ["# fixture: repositories"]
    for _ in range(R.randint(3, 5)):
        L.append("- id: %d" % R.randint(1, 9000))
        L.append("  owner_id: %d" % R.randint(1, 400))
        L.append("  lower_name: %s" % repo(R))
        L.append("  object_format_name: sha1")
        L.append("  topics: '[\"%s\"]'" % R.choice(TEAMS))
        L.append("  uuid: %s" % uuid4(R))
    return R.choice(["models/fixtures/repository.yml", "testdata/fixtures/repos.yml"]), "\n".join(L) + "\n"


@N("git-lfs", "lfs_batch_response", "json")
def n_lfs_batch(R):
    objs = []
    for _ in range(R.randint(1, 3)):
        oid = sha256(R)
        objs.append({"oid": oid, "size": R.randint(1000, 90000000), "authenticated": True,
                     "actions": {"download": {"href": "https://%s/%s/%s.git/info/lfs/objects/%s" % (host(R), org(R), repo(R), oid),
                                              "expires_at": ts(R)}}})
    return R.choice(["testdata/lfs/batch_response.json", "debug/lfs-batch.json"]), \
        json.dumps({"transfer": "basic", "objects": objs, "hash_algo": "sha256"}, indent=2) + "\n"


@N("markdown", "changelog_shas", "md")
def n_changelog(R):
    L = ["# Changelog", "", "## v%s (%s)" % (ver(R), day(R)), ""]
    for _ in range(R.randint(4, 7)):
        L.append("- %s ([%s](https://%s/%s/%s/commit/%s))" % (commit_msg(R), sha1(R)[:10], host(R), org(R), repo(R), sha1(R)))
    return "CHANGELOG.md", "\n".join(L) + "\n"


@N("gerrit", "replication_config", "config")
def n_replication(R):
    t = """[remote "<<name>>"]
	url = ssh://git@<<d>>:2222/${name}.git
	push = +refs/heads/*:refs/heads/*
	push = +refs/tags/*:refs/tags/*
	mirror = true
	threads = 3
	timeout = 30
	replicationDelay = 15
	projects = <<proj>>/*
[gerrit]
	replicateOnStartup = false
	autoReload = true
"""
    return R.choice(["etc/replication.config", "gerrit/etc/replication.config"]), \
        sub(t, name=R.choice(["github", "dr", "mirror-eu"]), d=host(R, "mirror"), proj=R.choice(["platform", "apps"]))


@N("ssh", "ssh_config", "txt")
def n_ssh_config(R):
    t = """Host <<d>>
    HostName <<d>>
    Port 2222
    User git
    IdentityFile ~/.ssh/id_ed25519_forge
    IdentitiesOnly yes

Host review
    HostName <<r>>
    Port 29418
    User <<u>>
    HostKeyAlgorithms +ssh-ed25519
"""
    return R.choice(["dotfiles/ssh/config", "docs/examples/ssh_config"]), sub(t, d=host(R), r=host(R, "review"), u=user(R))


@N("pgp", "key_fingerprints", "md")
def n_gpg_fprs(R):
    L = ["# Release signing keys", "", "| Maintainer | Fingerprint | Expires |", "|---|---|---|"]
    for _ in range(R.randint(2, 4)):
        f = rs(R, "0123456789ABCDEF", 40)
        L.append("| %s | `%s` | %s |" % (user(R).title(), " ".join(f[i:i + 4] for i in range(0, 40, 4)), day(R)))
    L += ["", "Verify with `gpg --verify SHA256SUMS.asc SHA256SUMS`."]
    return R.choice(["docs/signing-keys.md", "SECURITY.md"]), "\n".join(L) + "\n"


@N("azure_devops", "secret_variable_declaration", "yml")
def n_ado_vargroup(R):
    t = """# variable group definition, values are entered in the UI and marked secret
name: release-settings
description: settings for the release pipeline
variables:
  - name: FEED_URL
    value: https://<<d>>/tfs/DefaultCollection/_packaging/internal/nuget/v3/index.json
  - name: NUGET_API_KEY
    isSecret: true
  - name: AGENT_POOL
    value: Linux-Build
"""
    return R.choice(["pipelines/variable-groups/release.yml", "ado/vargroups.yml"]), sub(t, d=host(R, "tfs"))


@N("terraform", "state_ids", "json")
def n_tfstate(R):
    doc = {"version": 4, "terraform_version": "1.%d.%d" % (R.randint(5, 9), R.randint(0, 5)),
           "serial": R.randint(1, 400), "lineage": uuid4(R),
           "outputs": {"runner_ids": {"value": [R.randint(1, 400) for _ in range(3)], "type": ["list", "number"]},
                       "repo_url": {"value": "https://%s/%s/%s.git" % (host(R), org(R), repo(R)), "type": "string"}},
           "resources": [{"mode": "managed", "type": "gitea_repository", "name": "svc", "provider": "provider[\"registry.terraform.io/go-gitea/gitea\"]",
                          "instances": [{"schema_version": 0, "attributes": {"id": str(R.randint(1, 9000)), "name": repo(R),
                                                                             "private": True, "created": ts(R)}}]}]}
    return R.choice(["terraform/gitea/terraform.tfstate.backup.json", "state/forge.tfstate.json"]), json.dumps(doc, indent=2) + "\n"


@N("gitea", "jwt_claims", "md")
def n_internal_token_claims(R):
    t = """# What is in INTERNAL_TOKEN?

The token is a JWT signed with HS256. Decoding one from a test instance gives:

```json
{"alg": "HS256", "typ": "JWT"}
{"nbf": <<nbf>>}
```

Only the `nbf` claim is set. Keep the real value out of git: use
`INTERNAL_TOKEN_URI = file:/etc/gitea/internal_token` and generate it with
`gitea generate secret INTERNAL_TOKEN > /etc/gitea/internal_token`.
"""
    return R.choice(["docs/internal-token.md", "docs/faq/secrets.md"]), sub(t, nbf=R.randint(1546300800, 1735689600))


@N("gitea", "hashed_token", "sql")
def n_runner_table(R):
    L = ["-- action_runner rows (token is stored hashed)",
         "id | uuid | name | owner_id | repo_id | token_hash | token_salt | last_online"]
    for _ in range(R.randint(3, 6)):
        L.append("%d | %s | %s | 0 | 0 | %s | %s | %d" % (R.randint(1, 400), uuid4(R), R.choice(["ci01", "ci02", "arm-01"]),
                                                      sha256(R), rs(R, ALNUM, 10), R.randint(1690000000, 1735000000)))
    return R.choice(["debug/action_runner.txt", "support/runners.sql"]), "\n".join(L) + "\n"


@N("jenkins", "artifact_fingerprints", "xml")
def n_jenkins_fingerprint(R):
    t = """<?xml version='1.1' encoding='UTF-8'?>
<fingerprint>
  <timestamp><<tsms>></timestamp>
  <original>
    <name><<job>></name>
    <number><<n>></number>
  </original>
  <md5sum><<md5>></md5sum>
  <fileName><<f>></fileName>
  <usages>
    <entry>
      <string><<job>></string>
      <ranges><<n>></ranges>
    </entry>
  </usages>
</fingerprint>
"""
    return "jenkins_home/fingerprints/%s/%s.xml" % (rs(R, HEX, 2), rs(R, HEX, 28)), \
        sub(t, tsms=R.randint(1600000000000, 1730000000000), job=R.choice(["platform/build", "release"]),
            n=R.randint(1, 900), md5=rs(R, HEX, 32), f=R.choice(["app.jar", "forge-cli.tar.gz"]))


@N("buildkite", "env_reference", "cfg")
def n_bk_cfg_env(R):
    t = """# token is provided through BUILDKITE_AGENT_TOKEN in /etc/default/buildkite-agent
name="%hostname-%spawn"
spawn=<<s>>
tags="queue=<<q>>"
build-path="/var/lib/buildkite-agent/builds"
hooks-path="/etc/buildkite-agent/hooks"
git-mirrors-path="/var/lib/buildkite-agent/git-mirrors"
"""
    return R.choice(["buildkite-agent.cfg", "etc/buildkite-agent/buildkite-agent.cfg"]), \
        sub(t, s=R.randint(1, 4), q=R.choice(["default", "deploy"]))


# ====================================================== negative slot fillers
DOCEX = {
    ("act_runner", "runner_registration_token"): ["D0gvfu2iHfUjNqCYVljVyRV14fISpJxxxxxxxxxx",
                                                  "fe884e8027dc292970d4e0303fe82b14xxxxxxxx"],
    ("gitea", "runner_registration_token"): ["D0gvfu2iHfUjNqCYVljVyRV14fISpJxxxxxxxxxx"],
    ("act_runner", "runner_token"): ["864e6019009e1635d98adf3935b305d32494d42a", "{TOKEN}"],
    ("forgejo", "runner_secret"): ["{SECRET}", "<secret>"],
    ("drone", "agent_secret"): ["correct-horse-batter-staple", "super-duper-secret"],
    ("phabricator", "api_token"): ["cli-zoenau772kfsrofqxt7cn55q4rng", "api-token", "TOKEN_AS_DESCRIBED_BELOW"],
    ("bitbucket", "access_token"): ["MDM0MjM5NDc2MDxxxxxxxxxxxxxxxxxxxxx"],
    ("azure_devops", "access_token"): [
        "abcdefghijklmnopqrstuvwxyz012345679ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnoAZDOabcd"],
    ("gitlab", "runner_token"): ["glrt-Mxs8FE84XoupAykHFEiP"],
    ("gitlab", "password"): ["password", "nonstandardpassword"],
    ("gitlab", "runner_registration_token"): ["token"],
    ("buildkite", "agent_token"): ["xxx", "TESTING-AGENT-TOKEN-VALUE"],
    ("jenkins", "agent_secret"): ["YOUR_SECRET", "$secretKey", "[secret-key]"],
    ("woodpecker", "agent_secret"): ["${WOODPECKER_AGENT_SECRET}"],
    ("gitea", "access_token"): ["<token>", "$GITEA_TOKEN"],
}

FORBID = {
    "json": '"\\\n', "yaml": '"\n', "toml": '"\n', "code": '"\'\n', "php": "'\n", "sql": "'\n",
    "ruby": "'\"\n", "xml": '<>&"\n', "shell": '"<> \n', "url": ' <>/@"#:\n', "csv": ',\n',
    "plain": "\n", "block": "\n",
}


def neg_fill(R, tpl):
    name = ("%s_%s" % (tpl["prov"], tpl["kind"])).upper().replace("-", "_")
    low = name.lower()
    cands = {
        "placeholder": ["<your-token>", "<%s>" % low, "YOUR_%s_HERE" % name, "changeme", "CHANGE_ME",
                        "x" * R.randint(32, 64), "REPLACE_WITH_REAL_VALUE", "TODO", "your-secret-here",
                        "<generated-by-installer>", "dummy", "placeholder", "example", "0" * R.randint(32, 40)],
        "empty": [""],
        "masked": ["********", "*" * R.randint(16, 40), "[REDACTED]", "<redacted>", "REDACTED", "***"],
        "env_reference": ["${%s}" % name, "$%s" % name, "%%%s%%" % name, "$env:%s" % name,
                          "${%s:?must be set}" % name],
        "secret_manager_reference": ["op://ci/%s/credential" % low.replace("_", "-"),
                                     "vault:secret/data/ci/%s#value" % low,
                                     "file:/run/secrets/%s" % low,
                                     "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ci/%s" % low,
                                     "{{ lookup('community.hashi_vault.hashi_vault', 'secret=ci/data/%s:value') }}" % low,
                                     "sops:%s" % low],
        "template_expression": ["{{ .Values.%s }}" % low.replace("_", ""), "{{ %s }}" % low,
                                "${{ secrets.%s }}" % name, "$(%s)" % name, "__%s__" % name,
                                "#{%s}#" % name, "@%s@" % name, "{{ vault_%s }}" % low],
    }
    ex = DOCEX.get((tpl["prov"], tpl["kind"]))
    if ex:
        cands["documented_example"] = list(ex)
    if tpl["kind"] == "private_key" and tpl["ctx"] == "json":
        cands["placeholder"].append("-----BEGIN RSA PRIVATE KEY-----\\n...\\n-----END RSA PRIVATE KEY-----")
    bad = FORBID.get(tpl["ctx"], "\n")
    cats = [c for c in ["placeholder", "empty", "masked", "env_reference", "secret_manager_reference",
                        "template_expression", "documented_example"] if c in cands]
    weights = {"placeholder": 4, "empty": 1, "masked": 2, "env_reference": 3,
               "secret_manager_reference": 2, "template_expression": 3, "documented_example": 3}
    for _ in range(50):
        cat = R.choices(cats, [weights[c] for c in cats])[0]
        vals = [v for v in cands[cat] if not any(ch in v for ch in bad)]
        if tpl["ctx"] in ("url", "shell", "csv") and cat == "empty":
            vals = []
        if vals:
            return R.choice(vals), cat
    return "changeme", "placeholder"


BLOCKED_ENV = (".env", ".env.local", ".env.production", ".env.development", ".env.staging", ".env.test")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))


def neg_path(path):
    if is_blocked_env(path):
        d = path.rsplit("/", 1)
        return (d[0] + "/" if len(d) == 2 else "") + R_ENV_ALT
    return path


R_ENV_ALT = ".env.example"


# ====================================================== main
def write(outdir, rel, content):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(content)


def cycle(R, items, n):
    out = []
    while len(out) < n:
        t = list(items)
        R.shuffle(t)
        out += t
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hl.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []
    env_count = 0

    for i, tpl in enumerate(cycle(R, POS, 500)):
        path, text = tpl["fn"](R)
        assert text.count(MARK) == 1, tpl["name"]
        val = tpl["gen"](R)
        written, needle = val if isinstance(val, tuple) else (val, val)
        content = text.replace(MARK, written)
        idx = content.find(needle)
        assert idx >= 0, tpl["name"]
        line = content.count("\n", 0, idx) + 1
        assert needle in content.split("\n")[line - 1], tpl["name"]
        if is_blocked_env(path):
            env_count += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "pos", "provider": tpl["prov"], "kind": tpl["kind"],
                         "filetype": tpl["ft"]})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_count <= 25, env_count

    jobs = [("reuse", t) for t in cycle(R, POS, 250)] + [("alike", t) for t in cycle(R, NEG, 250)]
    R.shuffle(jobs)
    for i, (how, tpl) in enumerate(jobs):
        path, text = tpl["fn"](R)
        if how == "reuse":
            assert text.count(MARK) == 1, tpl["name"]
            fill, cat = neg_fill(R, tpl)
            content = text.replace(MARK, fill)
            kind = "%s:%s" % (cat, tpl["kind"])
            path = neg_path(path)
        else:
            content = text
            kind = tpl["kind"]
        assert MARK not in content and not is_blocked_env(path), tpl["name"]
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": tpl["prov"], "kind": kind,
                         "filetype": tpl["ft"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # re-read every positive and check the needle is on the recorded line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
