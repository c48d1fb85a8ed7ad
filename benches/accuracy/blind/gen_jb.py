#!/usr/bin/env python3
"""gen_jb.py - blind evaluation set: credentials of non-git version control and artifact tools.

EMPHASIS
    Domain: credentials that end up in repositories because of version-control systems other
    than git and of artifact-repository tooling.
    Providers: Subversion (svn.simple auth cache, `servers` proxy password, `svn --password`,
    svnsync, svnant, SVN_SSH with sshpass), Mercurial (hgrc/Mercurial.ini `[auth]`, `[paths]`
    URLs, `[http_proxy] passwd`, `hg clone https://user:pass@...`, python-hglib), Perforce /
    Helix Core (P4PASSWD, .p4config, .p4tickets / p4tickets.txt tickets, `p4 -P`, P4Python,
    P4Ruby), CVS (`:pserver:user:password@` CVSROOT), Fossil (`fossil clone` URLs,
    `fossil user password`), Bazaar/Breezy (authentication.conf), Plastic SCM (`cm`/
    clconfigureclient), Team Foundation Version Control (`tf ... /login:user,password`, PAT as
    password), Helix TeamHub (HTTPS repository URLs), JFrog Artifactory / JFrog CLI (`jf c add`,
    jfrog-cli.conf(.v6) accessToken, reference tokens `cmVmdGtu...`, legacy `AKCp...` API keys,
    X-JFrog-Art-Api header, rtServer in Jenkinsfiles, Terraform provider, npm/pip/docker
    registries), Sonatype Nexus (settings.xml, user tokens, nexus-cli configs, curl -u),
    Gradle (gradle.properties, build.gradle(.kts)), Ivy (ivysettings.xml <credentials passwd>),
    sbt (.credentials, Credentials(...)), Leiningen (project.clj / profiles.clj), Composer
    auth.json in passing.
    File types: plain-text auth caches (svn.simple, .p4tickets, .cvs-less CVS/Root), INI
    (hgrc, Mercurial.ini, .p4config, authentication.conf, svn servers), XML (settings.xml,
    ivysettings.xml, build.xml, pom.xml), .properties, sbt .credentials, Scala, Clojure, shell,
    batch, PowerShell, Jenkinsfile (Groovy), Makefile, Dockerfile, Markdown runbooks, JSON
    (jfrog-cli.conf, auth.json, .nexus-cli), TOML, YAML (CI workflows, compose, helm values),
    Terraform, Python, Go, JavaScript, Ruby, Kotlin, logs/command output, CSV.

USAGE
    python3 -B gen_jb.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.
    Standard library only.

NEEDLE CONVENTIONS
    - The needle is the secret value only, exactly as written: never the key name, quotes or
      the surrounding syntax.
    - URLs with embedded credentials (https://user:PASS@host/..., :pserver:user:PASS@host:...):
      the needle is the password part only (PASS), no user, no '@'.
    - HTTP headers (X-JFrog-Art-Api: KEY, Authorization: Bearer TOKEN): the needle is the key
      or token only, without the scheme word 'Bearer'.
    - Command lines (`--password X`, `-P X`, `/login:user,X`, `-u user:X`): the password only.
    - Key pairs (Nexus user token name code + pass code, user + password): the needle is the
      secret half (pass code / password); names, name codes and user names are not secret.
    - svn.simple cache files: the value line after `K 8 / password / V n`.
    - Perforce tickets: the 32-hex ticket after `server:port=user:`.
    - JWT access tokens: the whole three-part token.
    - No multi-line keys are used in this set (no PEM blocks); every needle is on one line.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret: placeholders
    (<your-password>, YOUR_PASSWORD_HERE, changeme, xxxx), empty values, masked values (****,
    [REDACTED], truncated tokens), environment / secret-manager references ($VAR, ${VAR},
    ${env.VAR}, os.environ[...], process.env.X, System.getenv, ${{ secrets.X }}, op:// and
    vault reads, Jenkins credentials()), Maven-encrypted `{...}` values incl. the examples of
    the Maven password-encryption guide. The other half are look-alikes of the domain:
    `svn info` (repository UUID, revisions), svn.simple entries with passtype gnome-keyring /
    keychain and no password, svn+ssh externals, hg log / .hgtags node ids, hgrc
    [hostsecurity] fingerprints, .p4config without P4PASSWD, `p4 changes` / `p4 fstat -Ol`
    digests, `p4 info` server ids, CVS/Root and CVS/Entries, fossil artifact hashes, bzr
    revision ids, Plastic client.conf encrypted passwords, Maven settings-security.xml master
    passwords, Artifactory storage-API checksums, JFrog token listings (token ids, no token),
    build-info JSON, Gradle verification metadata, SHA256SUMS, PGP signatures / public keys,
    known_hosts, image digests, Nexus component ids (base64 ids), composer.lock / package-lock
    integrity hashes, TFVC changesets. CVS `~/.cvspass` scrambled `A` entries are omitted
    entirely (they are a reversible scramble; see DOUBTS). No negative is written to a file
    named .env / .env.local / .env.production (only .env.example / .env.sample).

FORMATS CHECKED (search tool, providers' docs and real config files)
    - JFrog docs ("Understanding Identity Tokens"): access tokens are JWTs; reference tokens
      follow `cmVmd[A-Za-z0-9]{59}` (64 chars). They are base64 of `reftkn:01:<expiry>:<id>`;
      generated here as base64 of that text with an alphanumeric 27-char id, which always
      yields 64 alphanumeric characters starting `cmVmdGtuOjAxO`.
    - JFrog docs: API key usable in the X-JFrog-Art-Api header or as basic-auth password;
      deprecated, creation disabled from Artifactory 7.98.
    - JFrog CLI docs / jfrog-cli sources: `jf c add <id> --url --user --password
      --access-token --interactive=false`; config keys url, artifactoryUrl, user, password,
      accessToken, refreshToken, serverId, isDefault.
    - Perforce docs: tickets from `p4 login` stored in P4TICKETS, default $HOME/.p4tickets or
      %USERPROFILE%\\p4tickets.txt; `p4 login -p` prints the ticket; tickets are accepted
      wherever passwords are; P4TICKETS may be set in a P4CONFIG file.
    - svn book / Subversion docs: svn.simple hash files `K 8 passtype V 6 simple K 8 password
      V n <pw> K 15 svn:realmstring ... END`; Windows uses passtype wincrypt; keyring types
      store no password.
    - Mercurial hgrc(5): [auth] <name>.prefix/.username/.password/.schemes; real hgrc files
      (dotfiles, pastebins) confirm the layout and [http_proxy] passwd.
    - Azure DevOps docs: PATs act as a password for tools (format length not shown there).

DOUBTS
    - Artifactory legacy API key: generated as `AKCp` + one digit (5 or 8) + 68 alphanumerics
      (73 chars); the length and the digit are from memory, not confirmed by JFrog docs.
    - JFrog access-token JWT claims (ver, kid, sub jfac@..., scp, aud) are modelled on memory
      of real tokens; signature is random base64url (RS256 size).
    - Perforce ticket: 32 upper-case hex characters, and `.p4tickets` line layout
      `host:port=user:TICKET`, are from memory of real files; the docs searched did not show them.
    - Azure DevOps PAT: legacy 52-char lower-case base32 format only; the newer 84-char format
      is not generated (layout not confirmed).
    - Nexus user token: name code 8 alphanumerics, pass code 44 chars [A-Za-z0-9_-]: not
      confirmed. nexus-cli (`.credentials` TOML) and nexus3-cli (`~/.nexus-cli` JSON) key names
      are from memory of those projects' READMEs.
    - Plastic SCM: `<SecurityConfig>::0:user:|SoC|...` encrypted layout and `clconfigureclient
      --password=` option are not confirmed by the docs searched.
    - Helix TeamHub: only HTTPS repository URLs with a password are used; TeamHub API key
      formats were not confirmed and are not generated.
    - CVS `.cvspass` `A` entries: the scramble is reversible, so an `A<scrambled>` value is
      arguably a credential. Judged ambiguous and omitted from both positives and negatives.
    - Bazaar authentication.conf keys (scheme, host, user, password) are from memory of the
      bzr docs; not re-confirmed.
    - The Maven guide example encrypted values are used as negatives (encrypted, not secret).
    - One search result was a secret-scanner vendor's detector page (GitGuardian); it was not
      used.
"""

import base64
import hashlib
import json
import os
import random
import re
import string
import sys

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B64URL = ALNUM + "-_"
MARK = "@@SLOT@@"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(r):
    h = rs(r, 32, HEXL)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- vocabulary
ORGS = ["kestrel", "larkspur", "quillon", "brightmoor", "tidewater", "orbis", "halcyon",
        "ferncroft", "northgate", "bluefin", "ironbark", "meridian", "saltmarsh", "copperline",
        "wrenfield", "oakhollow", "sunvale", "greywater", "redcliff", "ambergate"]
TLDS = ["com", "net", "io", "de", "co.uk", "org", "internal", "lan"]
USERS = ["ci-bot", "build", "jenkins", "svc-deploy", "releng", "mkowalski", "a.nguyen",
         "tfs-build", "p4build", "hgpush", "svnsync", "nightly", "deployer", "rbecker",
         "l.moreau", "svc_artifacts", "publisher", "teamcity", "bamboo", "kpatel", "oyamada"]
PROJECTS = ["atlas", "gearbox", "lumen", "harbor", "sprocket", "tessera", "ledger", "pylon",
            "cobalt", "mosaic", "quarry", "zephyr", "basalt", "nimbus", "falcon", "ember"]
WORDS = ["Harbor", "Quartz", "Otter", "Maple", "Cinder", "Falcon", "Granite", "Willow",
         "Copper", "Lantern", "Meadow", "Tundra", "Saffron", "Pebble", "Raven", "Thistle",
         "Juniper", "Orchid", "Glacier", "Marble", "Comet", "Badger", "Walnut", "Ember"]
DEPTS = ["platform", "tools", "release", "infra", "build", "games", "firmware", "mobile"]


def org(r):
    return r.choice(ORGS)


def domain(r, o=None):
    return "%s.%s" % (o or org(r), r.choice(TLDS))


def user(r):
    return r.choice(USERS)


def proj(r):
    return r.choice(PROJECTS)


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 7), r.randint(0, 30), r.randint(0, 20))


def rev(r):
    return r.randint(1200, 98000)


def sha1hex(r):
    return rs(r, 40, HEXL)


def sha256hex(r):
    return rs(r, 64, HEXL)


# ---------------------------------------------------------------- secret generators
PW_SYMS = {"a": "", "u": "-_.~", "s": "!#*-_+=.^~"}


def gen_password(r, safe="s"):
    syms = PW_SYMS[safe]
    for _ in range(50):
        style = r.randrange(4)
        if style == 0:
            pw = rs(r, r.randint(14, 22))
        elif style == 1:
            sep = r.choice(syms) if syms else ""
            pw = "%s%s%s%s%d%s" % (r.choice(WORDS), sep, r.choice(WORDS).lower(), sep,
                                   r.randint(100, 9999), rs(r, 3, string.ascii_uppercase))
        elif style == 2:
            pool = ALNUM + syms * 2 if syms else ALNUM
            pw = rs(r, r.randint(12, 20), pool)
        else:
            pw = rs(r, 4, string.ascii_uppercase) + rs(r, r.randint(8, 14)) + rs(r, 3, string.digits)
        if len(pw) < 12:
            continue
        if not any(c.isdigit() for c in pw) or not any(c.isalpha() for c in pw):
            continue
        if pw[0] in "-#=+.~^" or pw[-1] in ".":
            continue
        return pw
    return rs(r, 18)


def gen_p4ticket(r):
    return rs(r, 32, HEXU)


def gen_reftoken(r):
    exp = r.randint(1735689600, 1924992000)
    raw = "reftkn:01:%d:%s" % (exp, rs(r, 27))
    tok = base64.b64encode(raw.encode()).decode()
    assert len(tok) == 64 and tok.isalnum()
    return tok


def gen_akcp(r):
    return "AKCp" + r.choice("58") + rs(r, 68)


def gen_jfjwt(r):
    hdr = {"ver": "2", "typ": "JWT", "alg": "RS256", "kid": rs(r, 43, B64URL)}
    inst = "jfac@01" + rs(r, 24, "0123456789abcdefghjkmnpqrstvwxyz")
    iat = r.randint(1700000000, 1760000000)
    pl = {"ext": "{\"revocable\":\"true\",\"includeReferenceToken\":false}",
          "sub": "%s/users/%s" % (inst, user(r)), "scp": "applied-permissions/user",
          "aud": "*@*", "iss": inst, "exp": iat + r.choice([31536000, 7776000, 2592000]),
          "iat": iat, "jti": uuid4(r)}
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(pl, separators=(",", ":")).encode()),
                         b64u(rbytes(r, 256)))


def gen_azpat(r):
    return rs(r, 52, B32L)


def gen_nexuspass(r):
    return rs(r, 44, B64URL)


SECRETS = {
    "pw_s": lambda r: gen_password(r, "s"),
    "pw_u": lambda r: gen_password(r, "u"),
    "pw_a": lambda r: gen_password(r, "a"),
    "p4ticket": gen_p4ticket,
    "reftoken": gen_reftoken,
    "akcp": gen_akcp,
    "jfjwt": gen_jfjwt,
    "azpat": gen_azpat,
    "nexuspass": gen_nexuspass,
}

# ---------------------------------------------------------------- negative fillers
MAVEN_DOC_ENC = ["{COQLCE6DU6GtcS5P=}", "{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}"]
LIT_COMMON = ["changeme", "YOUR_PASSWORD_HERE", "xxxxxxxxxxxx", "********", "[REDACTED]",
              "REPLACE_ME", "", "TODO", "CHANGE_ME", "****", "secret-goes-here", "XXXXXXXX"]
LIT_ANGLE = ["<your-password>", "<password>", "<redacted>", "<YOUR_TOKEN>", "<ACCESS_TOKEN>"]
LIT_TOKEN = ["<ACCESS_TOKEN>", "cmVmdGtu****", "AKCp8*****************", "eyJ2ZXIiOiIy...",
             "<reference-token>", "YOUR_JFROG_TOKEN", "********", "", "[REDACTED]"]


def fillers(ctx, var):
    """Return (literals, expressions) usable in place of a secret in context ctx."""
    lv = var.lower()
    lits = list(LIT_COMMON)
    exprs = []
    if ctx in ("plain", "ini", "props", "md", "yaml", "json", "toml", "clj", "py", "js",
               "go", "rb", "kt", "groovy", "scala", "tf", "shell", "ps"):
        lits += LIT_ANGLE
    if ctx == "xml":
        lits += ["${env.%s}" % var, "${%s}" % lv.replace("_", "."), MAVEN_DOC_ENC[0],
                 "{" + "Q" * 22 + "=}", "${env.%s}" % var]
    if ctx in ("shell", "jenkins", "make", "docker", "md", "yaml"):
        lits += ["$%s" % var, "${%s}" % var, "${%s:?unset}" % var]
    if ctx == "make":
        lits += ["$(%s)" % var]
    if ctx == "yaml":
        lits += ["${{ secrets.%s }}" % var, "{{ .Values.%s }}" % lv, "((%s))" % lv.replace("_", "-")]
    if ctx == "batch":
        lits = [x for x in lits if x not in ("", "****")] + ["%" + var + "%", "!%s!" % var]
    if ctx == "url":
        lits = ["%24%7B" + var + "%7D", "PASSWORD", "password", "xxxxx", "****", "${%s}" % var,
                "$%s" % var, "<password>", "changeme"]
    if ctx == "ini":
        lits += ["%%(%s)s" % lv, "${%s}" % var]
    if ctx == "props":
        lits += ["${%s}" % var, "${env.%s}" % var]
    if ctx == "svnauth":
        lits = ["changeme", "xxxxxxxx", "********", "password"]
    if ctx == "tickets":
        lits = ["X" * 32, "0" * 32, "<ticket>", "********************************"]
    if ctx == "tf":
        exprs = ["var.%s" % lv, "data.vault_generic_secret.jfrog.data[\"token\"]"]
    if ctx == "py":
        exprs = ['os.environ["%s"]' % var, 'os.getenv("%s")' % var,
                 'os.environ.get("%s", "")' % var, 'keyring.get_password("%s", USER)' % lv]
    if ctx == "js":
        exprs = ["process.env.%s" % var, "process.env['%s']" % var]
    if ctx == "go":
        exprs = ['os.Getenv("%s")' % var]
    if ctx == "rb":
        exprs = ["ENV['%s']" % var, "ENV.fetch('%s')" % var]
    if ctx in ("kt", "groovy"):
        exprs = ['System.getenv("%s")' % var, 'findProperty("%s")' % lv,
                 'providers.environmentVariable("%s").get()' % var]
    if ctx == "jenkins":
        exprs = ["env.%s" % var, "params.%s" % var]
    if ctx == "scala":
        exprs = ['sys.env("%s")' % var, 'sys.env.getOrElse("%s", "")' % var]
    if ctx == "clj":
        exprs = ["(System/getenv \"%s\")" % var, ":env/%s" % lv]
    if ctx == "shell":
        exprs = ['"$%s"' % var, '"${%s}"' % var, '"$(cat /run/secrets/%s)"' % lv,
                 '"$(op read op://build/%s/credential)"' % lv.replace("_", "-"),
                 '"$(vault kv get -field=password secret/ci/%s)"' % lv]
    if ctx == "ps":
        exprs = ["$env:%s" % var, "(Get-Secret -Name %s -AsPlainText)" % var]
    return lits, exprs


def token_fillers(kind):
    if kind in ("reftoken", "akcp", "jfjwt", "azpat", "nexuspass"):
        return LIT_TOKEN
    if kind == "p4ticket":
        return ["<ticket>", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "****", ""]
    return []


def sub(text, **kw):
    for k, v in kw.items():
        text = text.replace("[[" + k + "]]", str(v))
    assert not re.search(r"\[\[[a-z0-9]+\]\]", text), text[:200]
    return text


POS = []


def P(provider, kind, secret, ctx, ft, var):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "secret": secret, "ctx": ctx,
                    "ft": ft, "var": var, "name": fn.__name__})
        return fn
    return deco


def svn_url(r, o=None):
    o = o or org(r)
    return r.choice(["https://svn.%s/repos/%s/trunk", "https://%s/svn/%s/trunk",
                     "svn://svn.%s/%s/trunk", "https://vcs.%s/svn/%s/branches/release-2"]) % (
        domain(r, o), proj(r))


def hg_url(r, o=None):
    o = o or org(r)
    return r.choice(["hg.%s/%s", "%s/hg/%s", "code.%s/hg/%s"]) % (domain(r, o), proj(r))


def p4port(r):
    return r.choice(["ssl:perforce.%s:1666", "perforce.%s:1666", "ssl:p4.%s:1667",
                     "helix.%s:1666", "ssl:edge-%s:1666"]) % domain(r)


def jf_host(r):
    return r.choice(["%s.jfrog.io" % org(r), "artifactory.%s" % domain(r),
                     "repo.%s" % domain(r), "%s-%s.jfrog.io" % (org(r), r.choice(DEPTS))])


def nexus_host(r):
    return r.choice(["nexus.%s", "repo.%s", "nexus3.%s", "artifacts.%s"]) % domain(r)


# ================================================================ Subversion
@P("subversion", "repository_password", "pw_s", "svnauth", "svnauth", "SVN_PASSWORD")
def t_svn_simple(r, v):
    host = "svn." + domain(r)
    realm = r.choice(["<https://%s:443> Subversion Repositories" % host,
                      "<https://%s:443> %s repository" % (host, proj(r).title()),
                      "<svn://%s:3690> %s" % (host, uuid4(r))])
    u = user(r)
    h = hashlib.md5(realm.encode()).hexdigest()
    body = ("K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV %d\n%s\nK 15\nsvn:realmstring\nV %d\n%s\n"
            "K 8\nusername\nV %d\n%s\nEND\n") % (len(v), v, len(realm), realm, len(u), u)
    base = r.choice(["ci/home/.subversion/auth/svn.simple/", "docker/build-agent/subversion/auth/svn.simple/",
                     "provision/files/svn-auth/svn.simple/"])
    return base + h, body


@P("subversion", "proxy_password", "pw_s", "ini", "ini", "SVN_PROXY_PASSWORD")
def t_svn_servers(r, v):
    d = domain(r)
    txt = sub("""### This file specifies server-specific parameters,
### including HTTP proxy information, HTTP timeout settings,
### and authentication settings.
###
### Deployed to build agents by ansible role `svn-client`.

[groups]
corp = *.[[d]]
mirror = svn-mirror.[[d2]]

[corp]
http-proxy-host = proxy.[[d]]
http-proxy-port = [[port]]
http-proxy-username = [[u]]
http-proxy-password = [[v]]
http-timeout = 120
store-plaintext-passwords = no

[mirror]
ssl-trust-default-ca = yes

[global]
http-proxy-exceptions = *.[[d]], localhost
# store-passwords = no
store-plaintext-passwords = no
""", d=d, d2=domain(r), port=r.choice([3128, 8080, 8000]), u=user(r), v=v)
    return r.choice(["ansible/roles/svn-client/files/servers", "provision/subversion/servers",
                     "agent/config/subversion/servers"]), txt


@P("subversion", "repository_password", "pw_s", "shell", "sh", "SVN_PASSWORD")
def t_svn_export_sh(r, v):
    u = svn_url(r)
    txt = sub("""#!/usr/bin/env bash
# Export a clean tree of the [[p]] sources for the nightly tarball.
set -euo pipefail

OUT=${1:-/tmp/[[p]]-export}
REV=${REV:-HEAD}

rm -rf "$OUT"
svn export --non-interactive --trust-server-cert \\
    --username [[usr]] --password '[[v]]' \\
    -r "$REV" [[url]] "$OUT"

tar -C "$(dirname "$OUT")" -czf "[[p]]-r${REV}.tar.gz" "$(basename "$OUT")"
echo "exported r${REV} to $OUT"
""", p=proj(r), usr=user(r), v=v, url=u)
    return r.choice(["scripts/svn-export.sh", "tools/nightly/export.sh", "bin/make-tarball.sh"]), txt


@P("subversion", "repository_password", "pw_s", "jenkins", "groovy", "SVN_PASSWORD")
def t_svn_jenkinsfile(r, v):
    txt = sub("""pipeline {
    agent { label '[[lab]]' }
    options { timestamps(); buildDiscarder(logRotator(numToKeepStr: '20')) }
    stages {
        stage('Checkout') {
            steps {
                sh 'svn checkout --non-interactive --username [[usr]] --password [[v]] [[url]] src'
            }
        }
        stage('Build') {
            steps {
                dir('src') { sh 'make -j4 all' }
            }
        }
        stage('Archive') {
            steps { archiveArtifacts artifacts: 'src/dist/**', fingerprint: true }
        }
    }
}
""", lab=r.choice(["linux", "docker", "build-large"]), usr=user(r), v=v, url=svn_url(r))
    return r.choice(["Jenkinsfile", "ci/Jenkinsfile", "jenkins/svn-build.Jenkinsfile"]), txt


@P("subversion", "repository_password", "pw_u", "shell", "sh", "SVN_SSH_PASSWORD")
def t_svn_sshpass(r, v):
    d = domain(r)
    txt = sub("""#!/bin/sh
# svn+ssh access for the legacy [[p]] repository; the server does not accept keys yet.
export SVN_SSH="sshpass -p '[[v]]' ssh -o StrictHostKeyChecking=no -l [[usr]]"

svn update --non-interactive ~/work/[[p]]
svn log -l 5 svn+ssh://svn.[[d]]/var/svn/[[p]]/trunk
""", p=proj(r), v=v, usr=user(r), d=d)
    return r.choice(["bin/svn-update.sh", "scripts/legacy-svn.sh", "cron/svn-pull.sh"]), txt


@P("subversion", "repository_password", "pw_u", "batch", "bat", "SVN_PASSWORD")
def t_svn_batch(r, v):
    txt = sub("""@echo off
REM Update the [[p]] working copy before the Visual Studio build
setlocal
set SVNBIN="C:\\Program Files\\TortoiseSVN\\bin\\svn.exe"
set WC=D:\\build\\[[p]]

%SVNBIN% cleanup %WC%
%SVNBIN% update %WC% --non-interactive --username [[usr]] --password [[v]]
if errorlevel 1 goto fail

msbuild %WC%\\[[p]].sln /p:Configuration=Release /m
goto :eof

:fail
echo svn update failed
exit /b 1
""", p=proj(r), usr=user(r), v=v)
    return r.choice(["build/update_wc.bat", "tools/win/checkout.bat", "ci/windows/svn-update.cmd"]), txt


@P("subversion", "repository_password", "pw_s", "py", "py", "SVN_PASSWORD")
def t_svn_python(r, v):
    txt = sub('''"""Collect commit statistics from the Subversion repository."""
import collections
import svn.remote

REPO_URL = "[[url]]"


def authors(limit=500):
    client = svn.remote.RemoteClient(REPO_URL, username="[[usr]]", password="[[v]]")
    counts = collections.Counter()
    for entry in client.log_default(limit=limit):
        counts[entry.author] += 1
    return counts


if __name__ == "__main__":
    for name, n in authors().most_common(20):
        print(f"{name:20} {n}")
''', url=svn_url(r), usr=user(r), v=v)
    return r.choice(["tools/svn_stats.py", "scripts/commit_report.py", "reporting/svn_authors.py"]), txt


@P("subversion", "repository_password", "pw_s", "docker", "dockerfile", "SVN_PASSWORD")
def t_svn_dockerfile(r, v):
    txt = sub("""FROM debian:bookworm-slim AS src
RUN apt-get update && apt-get install -y --no-install-recommends subversion ca-certificates \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
RUN svn checkout --non-interactive --no-auth-cache --username [[usr]] --password [[v]] \\
        [[url]] .

FROM eclipse-temurin:17-jdk AS build
COPY --from=src /src /workspace
WORKDIR /workspace
RUN ./gradlew --no-daemon assemble

FROM eclipse-temurin:17-jre
COPY --from=build /workspace/build/libs/*.jar /app/app.jar
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
""", usr=user(r), v=v, url=svn_url(r))
    return r.choice(["Dockerfile", "docker/Dockerfile.svn", "build/Dockerfile"]), txt


@P("subversion", "repository_password", "pw_s", "shell", "sh", "SVNSYNC_PASSWORD")
def t_svnsync(r, v):
    o = org(r)
    txt = sub("""#!/bin/bash
# Hourly mirror of the upstream repository into the read-only replica.
# crontab: 7 * * * * /opt/svnmirror/sync.sh >> /var/log/svnsync.log 2>&1
MIRROR=file:///srv/svn/mirror/[[p]]
SRC=https://svn.[[d]]/repos/[[p]]

/usr/bin/svnsync synchronize "$MIRROR" "$SRC" \\
    --non-interactive \\
    --source-username [[usr]] \\
    --source-password '[[v]]' \\
    --sync-username svnsync
""", p=proj(r), d=domain(r, o), usr=user(r), v=v)
    return r.choice(["ops/svnmirror/sync.sh", "mirror/svnsync-hourly.sh"]), txt


@P("subversion", "repository_password", "pw_s", "xml", "xml", "SVN_PASSWORD")
def t_svnant(r, v):
    txt = sub("""<?xml version="1.0" encoding="UTF-8"?>
<project name="[[p]]-release" default="tag" basedir=".">
    <property file="build.properties"/>
    <property name="svn.root" value="[[root]]"/>
    <typedef resource="org/tigris/subversion/svnant/svnantlib.xml" classpathref="svnant.classpath"/>

    <svnSetting id="svn.settings" svnkit="true" javahl="false"
                username="[[usr]]" password="[[v]]"/>

    <target name="tag" description="Tag the current trunk">
        <svn refid="svn.settings">
            <copy srcUrl="${svn.root}/trunk" destUrl="${svn.root}/tags/${release.version}"
                  message="Release ${release.version}"/>
        </svn>
    </target>
</project>
""", p=proj(r), root="https://svn.%s/repos/%s" % (domain(r), proj(r)), usr=user(r), v=v)
    return r.choice(["build.xml", "release/build.xml", "ant/release.xml"]), txt


@P("subversion", "repository_password", "pw_s", "xml", "xml", "SCM_PASSWORD")
def t_svn_pom(r, v):
    g = "com.%s" % org(r)
    txt = sub("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>[[g]]</groupId>
  <artifactId>[[p]]</artifactId>
  <version>[[ver]]-SNAPSHOT</version>

  <scm>
    <connection>scm:svn:[[url]]</connection>
    <developerConnection>scm:svn:[[url]]</developerConnection>
  </scm>

  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-release-plugin</artifactId>
        <version>3.0.1</version>
        <configuration>
          <tagBase>[[tagbase]]</tagBase>
          <username>[[usr]]</username>
          <password>[[v]]</password>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
""", g=g, p=proj(r), ver=ver(r), url=svn_url(r), tagbase="https://svn.%s/repos/tags" % domain(r),
              usr=user(r), v=v)
    return r.choice(["pom.xml", "parent/pom.xml"]), txt


@P("subversion", "repository_password", "pw_s", "md", "md", "SVN_PASSWORD")
def t_svn_runbook(r, v):
    u = user(r)
    txt = sub("""# Restoring the [[p]] working copy on a new build agent

1. Install the client: `sudo apt install subversion`.
2. Check out trunk with the shared build account:

   ```
   svn checkout --username [[u]] --password [[v]] [[url]] ~/[[p]]
   ```

3. Answer `no` when asked to store the password unencrypted.
4. Run `./bootstrap.sh` and then `make check`.

If the checkout stalls, check the proxy settings in `~/.subversion/servers`.
""", p=proj(r), u=u, v=v, url=svn_url(r))
    return r.choice(["docs/runbooks/build-agent.md", "docs/svn-checkout.md", "RUNBOOK.md"]), txt


# ================================================================ Mercurial
@P("mercurial", "repository_password", "pw_s", "ini", "ini", "HG_PASSWORD")
def t_hgrc_auth(r, v):
    a = r.choice(["corp", "work", "hgserver", org(r)])
    txt = sub("""[paths]
default = https://[[url]]
default-push = https://[[url]]

[ui]
username = [[name]]
ssh = ssh -C

[auth]
[[a]].prefix = [[pre]]
[[a]].username = [[u]]
[[a]].password = [[v]]
[[a]].schemes = https

[extensions]
rebase =
histedit =
""", url=hg_url(r), name="%s <%s@%s>" % (r.choice(WORDS), user(r).replace(".", ""), domain(r)),
              a=a, pre="hg." + domain(r), u=user(r), v=v)
    return r.choice([".hg/hgrc", "ci/hgrc", "agent/home/.hgrc"]), txt


@P("mercurial", "basic_auth_url", "pw_u", "url", "ini", "HG_PASSWORD")
def t_hgrc_paths(r, v):
    txt = sub("""# Build agent hgrc, copied to ~/.hgrc by provision.sh
[ui]
username = Build Agent <build@[[d]]>
interactive = False

[paths]
default = https://[[u]]:[[v]]@[[url]]
upstream = https://[[url2]]

[phases]
publish = False
""", d=domain(r), u=user(r), v=v, url=hg_url(r), url2=hg_url(r))
    return r.choice(["provision/hgrc", "dotfiles/hgrc", "config/build-agent.hgrc"]), txt


@P("mercurial", "basic_auth_url", "pw_u", "url", "sh", "HG_PASSWORD")
def t_hg_clone_sh(r, v):
    txt = sub("""#!/usr/bin/env bash
set -e
# Fetch the firmware tree; the Mercurial server only supports basic auth.
WORKDIR=${WORKDIR:-$HOME/src}
mkdir -p "$WORKDIR" && cd "$WORKDIR"
if [ ! -d [[p]] ]; then
  hg clone https://[[u]]:[[v]]@[[url]] [[p]]
else
  hg -R [[p]] pull -u
fi
hg -R [[p]] summary
""", p=proj(r), u=user(r), v=v, url=hg_url(r))
    return r.choice(["scripts/fetch-firmware.sh", "tools/hg-sync.sh", "bootstrap.sh"]), txt


@P("mercurial", "repository_password", "pw_s", "ini", "ini", "HG_PASSWORD")
def t_mercurial_ini(r, v):
    txt = sub("""; Mercurial.ini for the Windows build slaves
[ui]
username = [[u]]
merge = internal:merge
editor = notepad

[auth]
build.prefix = https://[[host]]/
build.username = [[u]]
build.password = [[v]]

[hostsecurity]
[[host]]:minimumprotocol = tls1.2

[extensions]
largefiles =
""", u=user(r), host="hg." + domain(r), v=v)
    return r.choice(["windows/Mercurial.ini", "provision/win/Mercurial.ini"]), txt


@P("mercurial", "proxy_password", "pw_s", "ini", "ini", "HG_PROXY_PASSWORD")
def t_hgrc_proxy(r, v):
    d = domain(r)
    txt = sub("""[ui]
username = [[u]]

[http_proxy]
host = proxy.[[d]]:[[port]]
no = localhost, *.[[d]]
user = [[u]]
passwd = [[v]]

[extensions]
purge =
""", u=user(r), d=d, port=r.choice([3128, 8080]), v=v)
    return r.choice(["etc/mercurial/hgrc.d/proxy.rc", "ci/hgrc.d/proxy.rc"]), txt


@P("mercurial", "basic_auth_url", "pw_u", "url", "py", "HG_PASSWORD")
def t_hglib(r, v):
    txt = sub('''import hglib

SOURCE = "https://[[u]]:[[v]]@[[url]]"
DEST = "/var/cache/[[p]]"


def refresh():
    try:
        client = hglib.open(DEST)
    except hglib.error.ServerError:
        hglib.clone(SOURCE, DEST)
        client = hglib.open(DEST)
    client.pull(source=SOURCE, update=True)
    tip = client.tip()
    return tip.rev.decode(), tip.node.decode()[:12]


if __name__ == "__main__":
    print("at %s:%s" % refresh())
''', u=user(r), v=v, url=hg_url(r), p=proj(r))
    return r.choice(["tools/hg_mirror.py", "sync/refresh_cache.py"]), txt


@P("mercurial", "basic_auth_url", "pw_u", "url", "yml", "HG_PASSWORD")
def t_hg_ci_yaml(r, v):
    txt = sub("""stages:
  - mirror

mirror-to-hg:
  stage: mirror
  image: python:3.12-slim
  before_script:
    - pip install mercurial hg-git
  script:
    - hg clone --noupdate . /tmp/export
    - hg -R /tmp/export push https://[[u]]:[[v]]@[[url]] --force
  only:
    - main
""", u=user(r), v=v, url=hg_url(r))
    return r.choice([".gitlab-ci.yml", "ci/mirror-hg.yml"]), txt


# ================================================================ Perforce
@P("perforce", "p4passwd", "pw_s", "ini", "p4config", "P4PASSWD")
def t_p4config(r, v):
    p = proj(r)
    txt = sub("""P4PORT=[[port]]
P4USER=[[u]]
P4CLIENT=[[u]]-[[p]]-ws
P4PASSWD=[[v]]
P4IGNORE=.p4ignore
P4EDITOR=code --wait
""", port=p4port(r), u=user(r), p=p, v=v)
    return r.choice([".p4config", "ws/%s/.p4config" % p, "p4config.txt"]), txt


@P("perforce", "p4ticket", "p4ticket", "tickets", "p4tickets", "P4TICKETS")
def t_p4tickets(r, v):
    port = p4port(r)
    txt = "%s=%s:%s\n" % (port.replace("ssl:", "ssl:" if r.random() < 0.5 else ""), user(r), v)
    return r.choice(["agent/home/.p4tickets", "docker/p4/.p4tickets", "ci/p4tickets"]), txt


@P("perforce", "p4ticket", "p4ticket", "tickets", "txt", "P4TICKETS")
def t_p4tickets_win(r, v):
    txt = "%s=%s:%s\r\n" % ("%s:1666" % r.choice(["10.20.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                                                  "perforce." + domain(r)]), user(r), v)
    return r.choice(["windows/p4tickets.txt", "buildbox/Users/build/p4tickets.txt"]), txt


@P("perforce", "p4ticket", "p4ticket", "shell", "sh", "P4PASSWD")
def t_p4_env_sh(r, v):
    txt = sub("""#!/bin/bash
# Environment for the nightly Perforce sync job.
export P4PORT=[[port]]
export P4USER=[[u]]
export P4CLIENT=nightly-[[p]]
# ticket from `p4 login -a -p`, valid for 1 year (group timeout unlimited)
export P4PASSWD=[[v]]

p4 -q sync //[[p]]/main/...#head
p4 changes -m1 //[[p]]/main/...
""", port=p4port(r), u=user(r), p=proj(r), v=v)
    return r.choice(["ci/p4-env.sh", "nightly/p4sync.sh"]), txt


@P("perforce", "p4passwd", "pw_s", "py", "py", "P4PASSWD")
def t_p4python(r, v):
    txt = sub('''from P4 import P4, P4Exception

p4 = P4()
p4.port = "[[port]]"
p4.user = "[[u]]"
p4.client = "[[u]]-automation"
p4.password = "[[v]]"


def latest_change(path="//[[p]]/main/..."):
    with p4.connect():
        p4.run_login()
        changes = p4.run_changes("-m1", "-s", "submitted", path)
        return int(changes[0]["change"]) if changes else None


if __name__ == "__main__":
    try:
        print(latest_change())
    except P4Exception as exc:
        for e in p4.errors:
            print(e)
        raise SystemExit(1) from exc
''', port=p4port(r), u=user(r), v=v, p=proj(r))
    return r.choice(["automation/p4_latest.py", "tools/perforce/latest_change.py"]), txt


@P("perforce", "p4ticket", "p4ticket", "jenkins", "groovy", "P4PASSWD")
def t_p4_jenkins(r, v):
    txt = sub("""node('[[lab]]') {
    stage('Sync') {
        sh '''
            p4 -p [[port]] -u [[u]] -P [[v]] -c jenkins-${NODE_NAME} sync -q //[[p]]/main/...
        '''
    }
    stage('Build') {
        sh './build.sh --config Release'
    }
}
""", lab=r.choice(["win", "linux", "ue5"]), port=p4port(r), u=user(r), v=v, p=proj(r))
    return r.choice(["Jenkinsfile", "jenkins/p4-sync.groovy"]), txt


@P("perforce", "p4passwd", "pw_s", "docker", "dockerfile", "P4PASSWD")
def t_p4_dockerfile(r, v):
    txt = sub("""FROM ubuntu:22.04
RUN apt-get update && apt-get install -y curl gnupg ca-certificates && \\
    curl -fsSL https://package.perforce.com/perforce.pubkey | gpg --dearmor -o /usr/share/keyrings/perforce.gpg && \\
    echo "deb [signed-by=/usr/share/keyrings/perforce.gpg] http://package.perforce.com/apt/ubuntu jammy release" > /etc/apt/sources.list.d/perforce.list && \\
    apt-get update && apt-get install -y helix-cli && rm -rf /var/lib/apt/lists/*
ENV P4PORT=[[port]] \\
    P4USER=[[u]] \\
    P4PASSWD=[[v]]
WORKDIR /workspace
CMD ["p4", "info"]
""", port=p4port(r), u=user(r), v=v)
    return r.choice(["docker/p4-client/Dockerfile", "Dockerfile.p4"]), txt


@P("perforce", "p4passwd", "pw_u", "batch", "bat", "P4PASSWD")
def t_p4_set_bat(r, v):
    txt = sub("""@echo off
rem One-time setup of the Perforce client on artist workstations
p4 set P4PORT=[[port]]
p4 set P4USER=%USERNAME%
p4 set P4CHARSET=utf8
p4 set P4PASSWD=[[v]]
p4 set P4IGNORE=.p4ignore.txt
p4 info
pause
""", port=p4port(r), v=v)
    return r.choice(["setup/p4setup.bat", "tools/artist-setup.cmd"]), txt


@P("perforce", "p4passwd", "pw_s", "shell", "sh", "P4PASSWD")
def t_p4_login_pipe(r, v):
    txt = sub("""#!/bin/sh
# Log the service account in before the submit step.
P4PORT=[[port]]; export P4PORT
echo '[[v]]' | p4 -u [[u]] login -a
p4 -u [[u]] submit -d "Automated asset import $(date +%F)"
""", port=p4port(r), v=v, u=user(r))
    return r.choice(["pipeline/p4-submit.sh", "import/submit_assets.sh"]), txt


@P("perforce", "p4passwd", "pw_s", "yaml", "yml", "P4PASSWD")
def t_p4_compose(r, v):
    txt = sub("""services:
  swarm:
    image: perforce/helix-swarm:2023.4
    ports:
      - "8080:80"
    environment:
      P4D_PORT: [[port]]
      P4D_SUPER: [[u]]
      P4D_SUPER_PASSWD: [[v]]
      SWARM_HOST: swarm.[[d]]
      SWARM_REDIS: redis
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
""", port=p4port(r), u=user(r), v=v, d=domain(r))
    return r.choice(["docker-compose.yml", "swarm/compose.yaml"]), txt


@P("perforce", "p4passwd", "pw_s", "rb", "rb", "P4PASSWD")
def t_p4ruby(r, v):
    txt = sub("""require 'P4'

p4 = P4.new
p4.port = '[[port]]'
p4.user = '[[u]]'
p4.password = '[[v]]'
p4.connect
begin
  p4.run_login
  p4.run_labels('-m', '5', '-e', 'rel-*').each { |l| puts l['label'] }
ensure
  p4.disconnect
end
""", port=p4port(r), u=user(r), v=v)
    return r.choice(["scripts/labels.rb", "tools/p4_labels.rb"]), txt


# ================================================================ CVS / Fossil / Bazaar
@P("cvs", "pserver_password", "pw_u", "url", "sh", "CVS_PASSWORD")
def t_cvsroot_sh(r, v):
    d = domain(r)
    txt = sub("""# ~/.profile fragment for the legacy CVS tree
export CVS_RSH=ssh
export CVSROOT=:pserver:[[u]]:[[v]]@cvs.[[d]]:/cvsroot
export CVSEDITOR=vim
alias cvsup='cvs -q update -dP'
""", u=user(r), v=v, d=d)
    return r.choice(["legacy/cvs-profile.sh", "env/cvs.sh"]), txt


@P("cvs", "pserver_password", "pw_u", "url", "md", "CVS_PASSWORD")
def t_cvs_md(r, v):
    m = proj(r)
    txt = sub("""## Importing the old [[m]] module

The module still lives on the CVS server. Check it out once and convert with cvs2svn:

```sh
cvs -d :pserver:[[u]]:[[v]]@cvs.[[d]]:2401/var/lib/cvs checkout -P [[m]]
cvs2svn --encoding=latin1 -s /tmp/[[m]]-svn [[m]]
```

Afterwards archive the CVS module read-only.
""", m=m, u=user(r), v=v, d=domain(r))
    return r.choice(["docs/migration/cvs-import.md", "MIGRATION.md"]), txt


@P("fossil", "basic_auth_url", "pw_u", "url", "sh", "FOSSIL_PASSWORD")
def t_fossil_clone(r, v):
    p = proj(r)
    txt = sub("""#!/bin/sh
# Clone the wiki/tickets repository for offline use.
cd "$HOME/museum" || exit 1
fossil clone https://[[u]]:[[v]]@fossil.[[d]]/[[p]] [[p]].fossil
mkdir -p ~/src/[[p]] && cd ~/src/[[p]] && fossil open ~/museum/[[p]].fossil
fossil timeline -n 5
""", u=user(r), v=v, d=domain(r), p=p)
    return r.choice(["scripts/fossil-clone.sh", "bin/get-wiki.sh"]), txt


@P("fossil", "repository_password", "pw_s", "shell", "sh", "FOSSIL_ADMIN_PASSWORD")
def t_fossil_user(r, v):
    p = proj(r)
    txt = sub("""#!/bin/sh
set -e
REPO=/srv/fossil/[[p]].fossil
[ -f "$REPO" ] || fossil init "$REPO"
fossil user new [[u]] [[u]]@[[d]] '[[v]]' -R "$REPO" 2>/dev/null || true
fossil user capabilities [[u]] ei -R "$REPO"
exec fossil server --port 8080 --repolist /srv/fossil
""", p=p, u=user(r), d=domain(r), v=v)
    return r.choice(["docker/fossil/entrypoint.sh", "deploy/fossil-init.sh"]), txt


@P("bazaar", "repository_password", "pw_s", "ini", "conf", "BZR_PASSWORD")
def t_bzr_auth(r, v):
    d = domain(r)
    txt = sub("""# Bazaar authentication configuration, see `bzr help authentication`
[launchpad]
scheme=sftp
host=bazaar.launchpad.net
user=[[lp]]

[[[sec]]]
scheme=https
host=bzr.[[d]]
path=/[[p]]/
user=[[u]]
password=[[v]]
verify_certificates=True
""", lp=user(r).replace(".", "-"), sec=org(r) + "-https", d=d, p=proj(r), u=user(r), v=v)
    return r.choice(["home/.bazaar/authentication.conf", "ci/bazaar/authentication.conf"]), txt


@P("bazaar", "basic_auth_url", "pw_u", "url", "make", "BZR_PASSWORD")
def t_bzr_make(r, v):
    p = proj(r)
    txt = sub("""BRANCH_URL = https://[[u]]:[[v]]@bzr.[[d]]/[[p]]/trunk
BUILD_DIR  = build

.PHONY: fetch build clean

fetch:
\tbzr branch $(BRANCH_URL) $(BUILD_DIR)/src || bzr pull -d $(BUILD_DIR)/src $(BRANCH_URL)

build: fetch
\t$(MAKE) -C $(BUILD_DIR)/src

clean:
\trm -rf $(BUILD_DIR)
""", u=user(r), v=v, d=domain(r), p=p)
    return r.choice(["Makefile", "legacy/Makefile.bzr"]), txt


# ================================================================ Plastic / TFVC / TeamHub
@P("plastic_scm", "repository_password", "pw_u", "shell", "sh", "PLASTIC_PASSWORD")
def t_plastic_cfg(r, v):
    txt = sub("""#!/bin/bash
# Configure the Plastic SCM client on the Linux build node.
clconfigureclient --language=en --workingmode=UPWorkingMode \\
    --user=[[u]] --password=[[v]] \\
    --server=[[host]]:8087
cm repository list [[host]]:8087
""", u=user(r), v=v, host="plastic." + domain(r))
    return r.choice(["ci/plastic-setup.sh", "tools/plastic/configure.sh"]), txt


@P("tfvc", "repository_password", "pw_u", "batch", "bat", "TFS_PASSWORD")
def t_tf_workspace(r, v):
    dom = r.choice(["CORP", "AD", org(r).upper()])
    txt = sub("""@echo off
set TF="C:\\Program Files\\Microsoft Visual Studio\\2022\\Professional\\Common7\\IDE\\CommonExtensions\\Microsoft\\TeamFoundation\\Team Explorer\\TF.exe"
set COLL=https://tfs.[[d]]/tfs/DefaultCollection

%TF% workspace /new /noprompt /collection:%COLL% /login:[[dom]]\\[[u]],[[v]] BUILD-%COMPUTERNAME%
%TF% workfold /map $/[[p]]/Main D:\\src\\[[p]] /workspace:BUILD-%COMPUTERNAME% /collection:%COLL%
%TF% get D:\\src\\[[p]] /recursive /noprompt
""", d=domain(r), dom=dom, u=user(r), v=v, p=proj(r).title())
    return r.choice(["build/tfs-workspace.cmd", "ci/tfvc_get.bat"]), txt


@P("azure_devops", "personal_access_token", "azpat", "ps", "ps1", "AZURE_DEVOPS_PAT")
def t_tf_pat_ps(r, v):
    o = org(r)
    txt = sub("""$ErrorActionPreference = 'Stop'
$tf = Join-Path $env:VSINSTALLDIR 'Common7\\IDE\\CommonExtensions\\Microsoft\\TeamFoundation\\Team Explorer\\TF.exe'
$collection = 'https://dev.azure.com/[[o]]'

& $tf get '$/[[p]]/Main' /recursive /noprompt /login:build,[[v]] /collection:$collection
if ($LASTEXITCODE -ne 0) { throw "tf get failed: $LASTEXITCODE" }
Write-Host "Workspace updated"
""", o=o, p=proj(r).title(), v=v)
    return r.choice(["build/Get-Sources.ps1", "scripts/tfvc-get.ps1"]), txt


@P("helix_teamhub", "basic_auth_url", "pw_u", "url", "ini", "HTH_PASSWORD")
def t_teamhub_hgrc(r, v):
    c = org(r)
    txt = sub("""[paths]
default = https://[[u]]:[[v]]@helixteamhub.cloud/[[c]]/projects/[[p]]/repositories/mercurial/[[p]]-core

[ui]
username = [[u]] <[[u]]@[[c]].com>
""", u=user(r), v=v, c=c, p=proj(r))
    return r.choice([".hg/hgrc", "teamhub/hgrc"]), txt


@P("helix_teamhub", "basic_auth_url", "pw_u", "url", "sh", "HTH_PASSWORD")
def t_teamhub_svn(r, v):
    c = org(r)
    txt = sub("""#!/bin/bash
# Mirror the TeamHub-hosted Subversion repository into the local backup.
SRC="https://helixteamhub.cloud/[[c]]/projects/[[p]]/repositories/subversion/[[p]]-assets"
svn checkout "$SRC" /backup/[[p]]-assets --username [[u]] --password "[[v]]" --non-interactive
""", c=c, p=proj(r), u=user(r), v=v)
    return r.choice(["backup/teamhub-svn.sh", "ops/mirror-hth.sh"]), txt


# ================================================================ JFrog / Artifactory
@P("jfrog", "repository_password", "pw_s", "shell", "sh", "JFROG_PASSWORD")
def t_jf_c_add_pw(r, v):
    sid = r.choice(["prod", "rt-main", org(r), "artifactory"])
    txt = sub("""#!/usr/bin/env bash
set -euo pipefail
# Configure the JFrog CLI non-interactively on ephemeral runners.
jf c add [[sid]] --url https://[[host]] --user [[u]] --password '[[v]]' --interactive=false --overwrite
jf c use [[sid]]
jf rt ping
""", sid=sid, host=jf_host(r), u=user(r), v=v)
    return r.choice(["ci/jfrog-setup.sh", "scripts/configure-jfrog.sh"]), txt


@P("jfrog", "reference_token", "reftoken", "shell", "sh", "JF_ACCESS_TOKEN")
def t_jf_c_add_ref(r, v):
    txt = sub("""#!/bin/sh
jfrog config add [[sid]] \\
  --url=https://[[host]] \\
  --access-token=[[v]] \\
  --interactive=false
jfrog rt upload "dist/*.tar.gz" [[repo]]/[[p]]/ --flat=true
""", sid=r.choice(["ci", "main"]), host=jf_host(r), v=v, repo=r.choice(["generic-local", "releases-local"]), p=proj(r))
    return r.choice(["ci/publish.sh", "release/upload.sh"]), txt


def _jf_conf_v6(r, token_field, v, extra_user=True):
    host = jf_host(r)
    srv = {
        "url": "https://%s/" % host,
        "artifactoryUrl": "https://%s/artifactory/" % host,
        "distributionUrl": "https://%s/distribution/" % host,
        "xrayUrl": "https://%s/xray/" % host,
        "missionControlUrl": "https://%s/mc/" % host,
        "pipelinesUrl": "https://%s/pipelines/" % host,
    }
    if extra_user:
        srv["user"] = user(r)
    srv[token_field] = v
    srv["serverId"] = r.choice(["prod", org(r), "jfrog-main"])
    srv["isDefault"] = True
    return json.dumps({"servers": [srv], "version": "6"}, indent=2) + "\n"


@P("jfrog", "access_token", "jfjwt", "json", "json", "JFROG_ACCESS_TOKEN")
def t_jf_conf_v6(r, v):
    return r.choice([".jfrog/jfrog-cli.conf.v6", "ci/jfrog/jfrog-cli.conf.v6"]), _jf_conf_v6(r, "accessToken", v)


@P("jfrog", "reference_token", "reftoken", "json", "json", "JFROG_ACCESS_TOKEN")
def t_jf_conf_v6_ref(r, v):
    return r.choice(["agent/.jfrog/jfrog-cli.conf.v6", "docker/jfrog/jfrog-cli.conf.v6"]), _jf_conf_v6(r, "accessToken", v)


@P("jfrog", "repository_password", "pw_s", "json", "json", "JFROG_PASSWORD")
def t_jf_conf_v6_pw(r, v):
    return r.choice([".jfrog/jfrog-cli.conf.v6", "home/build/.jfrog/jfrog-cli.conf.v6"]), _jf_conf_v6(r, "password", v)


@P("jfrog", "api_key", "akcp", "json", "conf", "ARTIFACTORY_API_KEY")
def t_jf_conf_v1(r, v):
    host = jf_host(r)
    d = {"artifactory": [{"url": "https://%s/artifactory/" % host, "user": user(r), "apiKey": v,
                          "serverId": r.choice(["art1", "prod", org(r)]), "isDefault": True}],
         "Version": "1"}
    return r.choice([".jfrog/jfrog-cli.conf", "legacy/.jfrog/jfrog-cli.conf"]), json.dumps(d, indent=2) + "\n"


@P("jfrog", "api_key", "akcp", "shell", "sh", "ARTIFACTORY_API_KEY")
def t_jf_curl_apikey(r, v):
    host = jf_host(r)
    txt = sub("""#!/bin/bash
set -eu
VERSION=$1
FILE=build/[[p]]-$VERSION.zip
SHA=$(sha256sum "$FILE" | cut -d' ' -f1)
curl -fsS -X PUT \\
  -H "X-JFrog-Art-Api: [[v]]" \\
  -H "X-Checksum-Sha256: $SHA" \\
  -T "$FILE" \\
  "https://[[host]]/artifactory/[[repo]]/[[p]]/$VERSION/"
""", p=proj(r), v=v, host=host, repo=r.choice(["libs-release-local", "generic-local"]))
    return r.choice(["scripts/deploy-artifact.sh", "publish.sh"]), txt


@P("jfrog", "reference_token", "reftoken", "make", "make", "ARTIFACTORY_TOKEN")
def t_jf_make_bearer(r, v):
    txt = sub("""VERSION ?= $(shell git describe --tags --always)
RT_URL  := https://[[host]]/artifactory
PKG     := dist/[[p]]-$(VERSION).tgz

.PHONY: package publish

package:
\ttar czf $(PKG) -C build .

publish: package
\tcurl -fsS -H "Authorization: Bearer [[v]]" -T $(PKG) $(RT_URL)/[[repo]]/[[p]]/$(VERSION)/
""", host=jf_host(r), p=proj(r), v=v, repo=r.choice(["generic-local", "tarballs"]))
    return r.choice(["Makefile", "packaging/Makefile"]), txt


@P("jfrog", "reference_token", "reftoken", "yaml", "yml", "JF_ACCESS_TOKEN")
def t_jf_gha(r, v):
    txt = sub("""name: publish
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      JF_URL: https://[[host]]
      JF_ACCESS_TOKEN: [[v]]
    steps:
      - uses: actions/checkout@v4
      - uses: jfrog/setup-jfrog-cli@v4
      - run: jf rt upload "dist/*" [[repo]]/
""", host=jf_host(r), v=v, repo=r.choice(["generic-local", "release-local"]))
    return r.choice([".github/workflows/publish.yml", ".github/workflows/release.yaml"]), txt


@P("jfrog", "repository_password", "pw_s", "groovy", "groovy", "ARTIFACTORY_PASSWORD")
def t_jf_rtserver(r, v):
    txt = sub("""pipeline {
    agent any
    stages {
        stage('Configure') {
            steps {
                rtServer(
                    id: 'ARTIFACTORY',
                    url: 'https://[[host]]/artifactory',
                    username: '[[u]]',
                    password: '[[v]]'
                )
            }
        }
        stage('Upload') {
            steps {
                rtUpload(serverId: 'ARTIFACTORY', spec: '''{
                  "files": [{ "pattern": "build/libs/*.jar", "target": "libs-release-local/[[p]]/" }]
                }''')
                rtPublishBuildInfo(serverId: 'ARTIFACTORY')
            }
        }
    }
}
""", host=jf_host(r), u=user(r), v=v, p=proj(r))
    return r.choice(["Jenkinsfile", "ci/Jenkinsfile.publish"]), txt


@P("jfrog", "reference_token", "reftoken", "plain", "npmrc", "NPM_TOKEN")
def t_jf_npmrc(r, v):
    host = jf_host(r)
    txt = sub("""registry=https://[[host]]/artifactory/api/npm/npm-virtual/
@[[o]]:registry=https://[[host]]/artifactory/api/npm/npm-local/
//[[host]]/artifactory/api/npm/npm-virtual/:_authToken=[[v]]
always-auth=true
""", host=host, o=org(r), v=v)
    return r.choice([".npmrc", "frontend/.npmrc"]), txt


@P("jfrog", "api_key", "akcp", "url", "ini", "ARTIFACTORY_API_KEY")
def t_jf_pipconf(r, v):
    host = jf_host(r)
    txt = sub("""[global]
index-url = https://[[u]]:[[v]]@[[host]]/artifactory/api/pypi/pypi-virtual/simple
trusted-host = [[host]]
timeout = 60
""", u=user(r), v=v, host=host)
    return r.choice(["pip.conf", "docker/pip.conf", "ci/pip.ini"]), txt


@P("jfrog", "reference_token", "reftoken", "shell", "sh", "ARTIFACTORY_TOKEN")
def t_jf_docker_login(r, v):
    host = jf_host(r)
    txt = sub("""#!/bin/bash
set -e
IMAGE=[[host]]/docker-local/[[p]]:${1:-latest}
docker login -u [[u]] -p [[v]] [[host]]
docker build -t "$IMAGE" .
docker push "$IMAGE"
""", host=host, p=proj(r), u=user(r), v=v)
    return r.choice(["docker/push.sh", "scripts/push-image.sh"]), txt


@P("jfrog", "api_key", "akcp", "py", "py", "ARTIFACTORY_API_KEY")
def t_jf_requests(r, v):
    txt = sub('''import requests

BASE = "https://[[host]]/artifactory"
RT_KEY = "[[v]]"


def latest_version(repo, group, artifact):
    url = f"{BASE}/api/search/latestVersion"
    resp = requests.get(url, params={"g": group, "a": artifact, "repos": repo},
                        headers={"X-JFrog-Art-Api": RT_KEY}, timeout=30)
    resp.raise_for_status()
    return resp.text.strip()


if __name__ == "__main__":
    print(latest_version("libs-release-local", "com.[[o]]", "[[p]]"))
''', host=jf_host(r), v=v, o=org(r), p=proj(r))
    return r.choice(["tools/rt_latest.py", "scripts/artifactory_latest.py"]), txt


@P("jfrog", "access_token", "jfjwt", "go", "go", "JFROG_ACCESS_TOKEN")
def t_jf_go(r, v):
    txt = sub('''package rtclient

import (
	"github.com/jfrog/jfrog-client-go/artifactory"
	"github.com/jfrog/jfrog-client-go/artifactory/auth"
	"github.com/jfrog/jfrog-client-go/config"
)

// New returns a service manager for the shared Artifactory instance.
func New() (artifactory.ArtifactoryServicesManager, error) {
	rtDetails := auth.NewArtifactoryDetails()
	rtDetails.SetUrl("https://[[host]]/artifactory/")
	rtDetails.SetAccessToken("[[v]]")
	cfg, err := config.NewConfigBuilder().SetServiceDetails(rtDetails).Build()
	if err != nil {
		return nil, err
	}
	return artifactory.New(cfg)
}
''', host=jf_host(r), v=v)
    return r.choice(["internal/rtclient/client.go", "pkg/artifacts/rt.go"]), txt


@P("jfrog", "reference_token", "reftoken", "tf", "tf", "ARTIFACTORY_ACCESS_TOKEN")
def t_jf_terraform(r, v):
    txt = sub('''terraform {
  required_providers {
    artifactory = {
      source  = "jfrog/artifactory"
      version = "~> 10.0"
    }
  }
}

provider "artifactory" {
  url          = "https://[[host]]"
  access_token = "[[v]]"
}

resource "artifactory_local_generic_repository" "[[p]]" {
  key         = "[[p]]-generic-local"
  description = "Build outputs for [[p]]"
}
''', host=jf_host(r), v=v, p=proj(r))
    return r.choice(["infra/artifactory/main.tf", "terraform/jfrog.tf"]), txt


@P("jfrog", "access_token", "jfjwt", "yaml", "yaml", "ARTIFACTORY_ACCESS_TOKEN")
def t_jf_helm_values(r, v):
    txt = sub("""# values for the build-cache proxy chart
replicaCount: 2
image:
  repository: [[host]]/docker/build-cache
  tag: "[[ver]]"
upstream:
  url: https://[[host]]/artifactory/api/generic/build-cache
  token: [[v]]
resources:
  limits:
    memory: 512Mi
""", host=jf_host(r), ver=ver(r), v=v)
    return r.choice(["deploy/values.yaml", "charts/build-cache/values-prod.yaml"]), txt


@P("jfrog", "reference_token", "reftoken", "js", "js", "ARTIFACTORY_TOKEN")
def t_jf_node(r, v):
    txt = sub('''const fs = require("fs");
const path = require("path");

const RT = "https://[[host]]/artifactory/generic-local/[[p]]";
const token = "[[v]]";

async function upload(file) {
  const body = fs.readFileSync(file);
  const res = await fetch(`${RT}/${path.basename(file)}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${token}` },
    body,
  });
  if (!res.ok) throw new Error(`upload failed: ${res.status}`);
}

upload(process.argv[2]).catch((e) => { console.error(e); process.exit(1); });
''', host=jf_host(r), p=proj(r), v=v)
    return r.choice(["scripts/upload.js", "tools/publish-artifact.js"]), txt


@P("jfrog", "reference_token", "reftoken", "plain", "env", "JFROG_ACCESS_TOKEN")
def t_jf_dotenv(r, v):
    txt = sub("""JFROG_URL=https://[[host]]
JFROG_REPO=[[p]]-generic-local
JFROG_ACCESS_TOKEN=[[v]]
LOG_LEVEL=info
""", host=jf_host(r), p=proj(r), v=v)
    return r.choice([".env", "tools/uploader/.env"]), txt


# ================================================================ Maven / Nexus / Gradle / Ivy / sbt / lein
@P("maven", "repository_password", "pw_s", "xml", "xml", "NEXUS_PASSWORD")
def t_mvn_settings(r, v):
    nh = nexus_host(r)
    txt = sub("""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://[[nh]]/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>[[u]]</username>
      <password>[[v]]</password>
    </server>
  </servers>
</settings>
""", nh=nh, u=user(r), v=v)
    return r.choice(["ci/settings.xml", ".mvn/settings.xml", "maven/settings.xml"]), txt


@P("nexus", "user_token", "nexuspass", "xml", "xml", "NEXUS_TOKEN_PASSCODE")
def t_nexus_usertoken(r, v):
    txt = sub("""<settings>
  <!-- Nexus user token (name code / pass code) of the release bot -->
  <servers>
    <server>
      <id>[[id]]</id>
      <username>[[nc]]</username>
      <password>[[v]]</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>release</id>
      <properties>
        <altReleaseDeploymentRepository>[[id]]::https://[[nh]]/repository/maven-releases/</altReleaseDeploymentRepository>
      </properties>
    </profile>
  </profiles>
</settings>
""", id=r.choice(["nexus", "releases", "ossrh"]), nc=rs(r, 8), v=v, nh=nexus_host(r))
    return r.choice(["release/settings.xml", ".github/maven-settings.xml"]), txt


@P("nexus", "repository_password", "pw_s", "toml", "toml", "NEXUS_PASSWORD")
def t_nexus_cli_toml(r, v):
    txt = sub("""nexus_host = "https://[[nh]]"
nexus_username = "[[u]]"
nexus_password = "[[v]]"
nexus_repository = "docker-hosted"
""", nh=nexus_host(r), u=user(r), v=v)
    return r.choice([".credentials", "tools/nexus-cli/.credentials"]), txt


@P("nexus", "repository_password", "pw_s", "json", "json", "NEXUS_PASSWORD")
def t_nexus3_cli_json(r, v):
    d = {"api_version": "v1", "password": v, "url": "https://%s" % nexus_host(r),
         "username": user(r), "x509_verify": True}
    return r.choice([".nexus-cli", "home/ci/.nexus-cli"]), json.dumps(d, indent=4, sort_keys=True) + "\n"


@P("nexus", "repository_password", "pw_u", "shell", "sh", "NEXUS_PASSWORD")
def t_nexus_curl(r, v):
    txt = sub("""#!/bin/bash
# Upload a raw artifact to Nexus
set -e
FILE=$1
curl -fsSL -u [[u]]:[[v]] \\
  --upload-file "$FILE" \\
  "https://[[nh]]/repository/raw-hosted/[[p]]/$(basename "$FILE")"
""", u=user(r), v=v, nh=nexus_host(r), p=proj(r))
    return r.choice(["scripts/nexus-upload.sh", "tools/upload_raw.sh"]), txt


@P("gradle", "repository_password", "pw_s", "props", "properties", "ARTIFACTORY_PASSWORD")
def t_gradle_props(r, v):
    txt = sub("""org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
artifactory_contextUrl=https://[[host]]/artifactory
artifactory_user=[[u]]
artifactory_password=[[v]]
version=[[ver]]
""", host=jf_host(r), u=user(r), v=v, ver=ver(r))
    return r.choice(["gradle.properties", "android/gradle.properties"]), txt


@P("gradle", "api_key", "akcp", "props", "properties", "MAVEN_PASSWORD")
def t_gradle_props_key(r, v):
    txt = sub("""# Publishing
mavenRepoUrl=https://[[host]]/artifactory/libs-release-local
mavenUser=[[u]]
mavenPassword=[[v]]
kotlin.code.style=official
android.useAndroidX=true
""", host=jf_host(r), u=user(r), v=v)
    return r.choice(["gradle.properties", "sdk/gradle.properties"]), txt


@P("gradle", "repository_password", "pw_s", "groovy", "gradle", "NEXUS_PASSWORD")
def t_build_gradle(r, v):
    txt = sub("""plugins {
    id 'java-library'
    id 'maven-publish'
}

group = 'com.[[o]]'
version = '[[ver]]'

publishing {
    publications {
        mavenJava(MavenPublication) { from components.java }
    }
    repositories {
        maven {
            url = 'https://[[nh]]/repository/maven-releases/'
            credentials {
                username = '[[u]]'
                password = '[[v]]'
            }
        }
    }
}
""", o=org(r), ver=ver(r), nh=nexus_host(r), u=user(r), v=v)
    return r.choice(["build.gradle", "lib/build.gradle"]), txt


@P("gradle", "repository_password", "pw_s", "kt", "kts", "REPO_PASSWORD")
def t_build_gradle_kts(r, v):
    txt = sub("""plugins {
    kotlin("jvm") version "1.9.24"
    `maven-publish`
}

repositories {
    mavenCentral()
    maven {
        name = "internal"
        url = uri("https://[[host]]/artifactory/libs-release")
        credentials {
            username = "[[u]]"
            password = "[[v]]"
        }
    }
}

dependencies {
    implementation("com.[[o]]:core:[[ver]]")
    testImplementation(kotlin("test"))
}
""", host=jf_host(r), u=user(r), v=v, o=org(r), ver=ver(r))
    return r.choice(["build.gradle.kts", "app/build.gradle.kts"]), txt


@P("ivy", "repository_password", "pw_s", "xml", "xml", "IVY_PASSWORD")
def t_ivysettings(r, v):
    nh = nexus_host(r)
    txt = sub("""<ivysettings>
  <settings defaultResolver="main"/>
  <credentials host="[[nh]]" realm="Sonatype Nexus Repository Manager"
               username="[[u]]" passwd="[[v]]"/>
  <resolvers>
    <chain name="main">
      <ibiblio name="nexus" m2compatible="true" root="https://[[nh]]/repository/maven-public/"/>
    </chain>
    <url name="publish" m2compatible="true">
      <artifact pattern="https://[[nh]]/repository/maven-releases/[organisation]/[module]/[revision]/[artifact]-[revision].[ext]"/>
    </url>
  </resolvers>
</ivysettings>
""", nh=nh, u=user(r), v=v)
    return r.choice(["ivysettings.xml", "ivy/ivysettings.xml"]), txt


@P("sbt", "repository_password", "pw_s", "plain", "credentials", "SBT_PASSWORD")
def t_sbt_credentials(r, v):
    host = r.choice([jf_host(r), nexus_host(r)])
    realm = "Artifactory Realm" if "jfrog" in host or "artifactory" in host else "Sonatype Nexus Repository Manager"
    txt = "realm=%s\nhost=%s\nuser=%s\npassword=%s\n" % (realm, host, user(r), v)
    return r.choice([".sbt/.credentials", "ci/sbt/.credentials", "project/.credentials"]), txt


@P("sbt", "repository_password", "pw_s", "scala", "sbt", "NEXUS_PASSWORD")
def t_build_sbt(r, v):
    nh = nexus_host(r)
    txt = sub("""ThisBuild / organization := "com.[[o]]"
ThisBuild / scalaVersion := "2.13.14"

lazy val root = (project in file("."))
  .settings(
    name := "[[p]]",
    publishTo := Some("releases" at "https://[[nh]]/repository/maven-releases/"),
    credentials += Credentials("Sonatype Nexus Repository Manager", "[[nh]]", "[[u]]", "[[v]]"),
    libraryDependencies += "org.scalatest" %% "scalatest" % "3.2.18" % Test
  )
""", o=org(r), p=proj(r), nh=nh, u=user(r), v=v)
    return r.choice(["build.sbt", "modules/core/build.sbt"]), txt


@P("leiningen", "repository_password", "pw_s", "clj", "clj", "NEXUS_PASSWORD")
def t_lein_project(r, v):
    txt = sub("""(defproject com.[[o]]/[[p]] "[[ver]]"
  :description "[[p]] service"
  :dependencies [[org.clojure/clojure "1.11.3"]
                 [ring/ring-core "1.12.1"]]
  :repositories [["releases" {:url "https://[[nh]]/repository/maven-releases/"
                              :username "[[u]]"
                              :password "[[v]]"
                              :sign-releases false}]]
  :main [[p]].core
  :profiles {:uberjar {:aot :all}})
""".replace("[[org.clojure", "<<A").replace("[ring/", "<<B"), o=org(r), p=proj(r), ver=ver(r),
              nh=nexus_host(r), u=user(r), v=v).replace("<<A", "[[org.clojure").replace("<<B", "[ring/")
    return r.choice(["project.clj", "service/project.clj"]), txt


@P("leiningen", "repository_password", "pw_s", "clj", "clj", "ARTIFACTORY_PASSWORD")
def t_lein_profiles(r, v):
    txt = sub("""{:user {:plugins <<Plein-ancient "0.7.0"]]
        :signing {:gpg-key "[[kid]]"}}
 :auth {:repository-auth {#"[[host]]" {:username "[[u]]"
                                       :password "[[v]]"}}}}
""", kid=rs(r, 16, HEXU), host=jf_host(r).replace(".", "\\."), u=user(r), v=v).replace("<<P", "[[")
    return r.choice([".lein/profiles.clj", "dev/profiles.clj"]), txt


@P("composer", "repository_password", "pw_s", "json", "json", "COMPOSER_AUTH")
def t_composer_auth(r, v):
    d = {"http-basic": {"repo.%s" % domain(r): {"username": user(r), "password": v}}}
    return r.choice(["auth.json", "php/auth.json"]), json.dumps(d, indent=4) + "\n"


@P("jfrog", "repository_password", "pw_s", "yaml", "yml", "ARTIFACTORY_PASSWORD")
def t_yarnrc(r, v):
    host = jf_host(r)
    txt = sub("""nodeLinker: node-modules
npmRegistryServer: "https://[[host]]/artifactory/api/npm/npm-virtual/"
npmAlwaysAuth: true
npmAuthIdent: "[[u]]:[[v]]"
""", host=host, u=user(r), v=v)
    return r.choice([".yarnrc.yml", "web/.yarnrc.yml"]), txt


# ================================================================ look-alike negatives
NEG = []


def N(provider, kind, ft):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "ft": ft, "name": fn.__name__})
        return fn
    return deco


def iso(r):
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28),
                                              r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


@N("subversion", "svn_info_output", "md")
def n_svn_info(r):
    host = "svn." + domain(r)
    p = proj(r)
    rv = rev(r)
    txt = sub("""# Repository facts

Output of `svn info` on the release branch, kept for the migration ticket:

```
Path: [[p]]
URL: https://[[host]]/repos/[[p]]/branches/release-[[maj]]
Relative URL: ^/branches/release-[[maj]]
Repository Root: https://[[host]]/repos/[[p]]
Repository UUID: [[uuid]]
Revision: [[rv]]
Node Kind: directory
Last Changed Author: [[u]]
Last Changed Rev: [[lrv]]
Last Changed Date: [[date]] +0000
```
""", p=p, host=host, maj=r.randint(2, 9), uuid=uuid4(r), rv=rv, u=user(r), lrv=rv - r.randint(1, 40),
              date=iso(r).replace("T", " "))
    return r.choice(["docs/migration/svn-info.md", "MIGRATION-NOTES.md"]), txt


@N("subversion", "svn_simple_keyring", "svnauth")
def n_svn_simple_keyring(r):
    host = "svn." + domain(r)
    realm = "<https://%s:443> Subversion Repositories" % host
    u = user(r)
    pt = r.choice(["gnome-keyring", "keychain", "kwallet", "gpg-agent"])
    body = "K 8\npasstype\nV %d\n%s\nK 15\nsvn:realmstring\nV %d\n%s\nK 8\nusername\nV %d\n%s\nEND\n" % (
        len(pt), pt, len(realm), realm, len(u), u)
    return "home/.subversion/auth/svn.simple/" + hashlib.md5(realm.encode()).hexdigest(), body


@N("subversion", "svn_log_xml", "xml")
def n_svn_log_xml(r):
    rv = rev(r)
    entries = []
    for i in range(r.randint(3, 6)):
        entries.append('<logentry\n   revision="%d">\n<author>%s</author>\n<date>%s.%06dZ</date>\n<msg>%s</msg>\n</logentry>' % (
            rv - i * r.randint(1, 9), user(r), iso(r), r.randint(0, 999999),
            r.choice(["Merge r%d from trunk" % (rv - 50), "Fix build on MSVC", "Bump version to %s" % ver(r),
                      "Update translations", "Remove dead code in parser"])))
    return r.choice(["reports/svn-log.xml", "ci/changes.xml"]), '<?xml version="1.0" encoding="UTF-8"?>\n<log>\n' + "\n".join(entries) + "\n</log>\n"


@N("subversion", "svn_externals", "txt")
def n_svn_externals(r):
    d = domain(r)
    lines = ["# svn:externals for trunk (apply with: svn propset svn:externals -F externals.txt .)"]
    for _ in range(r.randint(3, 5)):
        lines.append("-r%d svn+ssh://%s@svn.%s/var/svn/%s/trunk/%s vendor/%s" % (
            rev(r), user(r), d, proj(r), r.choice(["include", "lib", "src"]), proj(r)))
    lines.append("^/shared/cmake@%d cmake" % rev(r))
    return r.choice(["externals.txt", "svn/externals.txt"]), "\n".join(lines) + "\n"


@N("mercurial", "hg_log", "log")
def n_hg_log(r):
    out = []
    n = r.randint(800, 9000)
    for i in range(r.randint(3, 5)):
        out.append("changeset:   %d:%s\nbranch:      %s\nuser:        %s <%s@%s>\ndate:        %s\nsummary:     %s\n" % (
            n - i, sha1hex(r)[:12], r.choice(["default", "stable"]), r.choice(WORDS), user(r), domain(r),
            iso(r), r.choice(["fix crash on empty input", "merge stable", "update docs", "Added tag v%s for changeset %s" % (ver(r), sha1hex(r)[:12])])))
    return r.choice(["logs/hg-log.txt", "ci/hg-changes.log"]), "\n".join(out)


@N("mercurial", "hgtags", "hgtags")
def n_hgtags(r):
    lines = ["%s v%s" % (sha1hex(r), ver(r)) for _ in range(r.randint(4, 9))]
    return ".hgtags", "\n".join(lines) + "\n"


@N("mercurial", "hg_hostsecurity", "ini")
def n_hg_hostsec(r):
    host = "hg." + domain(r)
    fp = ":".join(rs(r, 2, HEXU) for _ in range(32))
    txt = sub("""[ui]
username = [[u]]

[auth]
main.prefix = [[host]]
main.username = [[u]]
main.schemes = https

[hostsecurity]
[[host]]:fingerprints = sha256:[[fp]]
minimumprotocol = tls1.2

[extensions]
mercurial_keyring =
""", u=user(r), host=host, fp=fp)
    return r.choice([".hg/hgrc", "config/hgrc"]), txt


@N("perforce", "p4config_no_password", "p4config")
def n_p4config(r):
    p = proj(r)
    txt = "P4PORT=%s\nP4USER=%s\nP4CLIENT=%s-%s-%s\nP4CHARSET=utf8\nP4IGNORE=.p4ignore\nP4TICKETS=$HOME/.p4tickets\nP4TRUST=$HOME/.p4trust\n" % (
        p4port(r), user(r), user(r), p, rs(r, 4, LOWER))
    return r.choice([".p4config", "ws/.p4config", "p4config.txt"]), txt


@N("perforce", "p4_changes", "txt")
def n_p4_changes(r):
    c = r.randint(100000, 2900000)
    lines = []
    for i in range(r.randint(5, 9)):
        c -= r.randint(1, 300)
        lines.append("Change %d on %s by %s@%s-ws '%s'" % (c, iso(r)[:10].replace("-", "/"), user(r), user(r),
                                                        r.choice(["Fix shader compile", "Integrate from dev", "Update localisation",
                                                                  "Bump engine to %s" % ver(r), "Remove unused textures"])))
    return r.choice(["reports/p4-changes.txt", "release/changes-since-last.txt"]), "\n".join(lines) + "\n"


@N("perforce", "p4_fstat_digest", "txt")
def n_p4_fstat(r):
    blocks = []
    p = proj(r)
    for _ in range(r.randint(2, 4)):
        f = "//%s/main/%s/%s.%s" % (p, r.choice(["Source", "Content", "Config"]), r.choice(WORDS), r.choice(["cpp", "uasset", "ini"]))
        blocks.append("... depotFile %s\n... headAction edit\n... headType binary+l\n... headRev %d\n... headChange %d\n... fileSize %d\n... digest %s\n" % (
            f, r.randint(1, 90), r.randint(100000, 999999), r.randint(1000, 9000000), rs(r, 32, HEXU)))
    return r.choice(["logs/fstat.txt", "tmp/p4-fstat-Ol.txt"]), "\n".join(blocks)


@N("perforce", "p4_info", "txt")
def n_p4_info(r):
    txt = sub("""User name: [[u]]
Client name: [[u]]-ws
Client host: build-[[n]]
Client root: /home/[[u]]/p4
Current directory: /home/[[u]]/p4/main
Peer address: 10.[[a]].[[b]].[[c]]:[[port]]
Client address: 10.[[a]].[[b]].[[c]]
Server address: [[sp]]
Server root: /p4/1/root
Server date: [[date]] +0000 UTC
Server uptime: 412:07:55
Server version: P4D/LINUX26X86_64/2023.2/2519561 (2023/11/09)
ServerID: [[sid]]
Server services: commit-server
Server license: [[o]] 500 users (support ends 2026/03/31)
Server license-ip: 10.0.0.12
Case Handling: sensitive
""", u=user(r), n=r.randint(10, 99), a=r.randint(0, 255), b=r.randint(0, 255), c=r.randint(1, 254),
              port=r.randint(40000, 60000), sp=p4port(r), date=iso(r).replace("T", " ").replace("-", "/"),
              sid=r.choice(["master", "commit"]) + "." + rs(r, 6, HEXL), o=org(r).title())
    return r.choice(["docs/p4-info.txt", "support/p4info.log"]), txt


@N("cvs", "cvs_root_entries", "txt")
def n_cvs_root(r):
    d = domain(r)
    if r.random() < 0.5:
        return r.choice(["legacy/CVS/Root", "vendor/old/CVS/Root"]), ":pserver:%s@cvs.%s:/cvsroot\n" % (user(r), d)
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append("/%s.%s/1.%d/%s//" % (r.choice(WORDS).lower(), r.choice(["c", "h", "pl", "mk"]), r.randint(2, 80),
                                            r.choice(["Mon", "Tue", "Wed", "Thu"]) + " Mar %2d 10:%02d:%02d 2004" % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59))))
    lines.append("D/doc////")
    return r.choice(["legacy/CVS/Entries", "vendor/old/CVS/Entries"]), "\n".join(lines) + "\n"


@N("fossil", "fossil_timeline", "txt")
def n_fossil_timeline(r):
    lines = ["=== %s ===" % iso(r)[:10]]
    for _ in range(r.randint(4, 7)):
        lines.append("%s [%s] %s (user: %s tags: trunk)" % (iso(r)[11:19], sha256hex(r)[:10], r.choice(
            ["Fix typo in wiki", "Add ticket report", "Merge from branch-2", "Refresh vendored sqlite"]), user(r)))
    lines.append("")
    lines.append("artifact: %s" % sha256hex(r))
    return r.choice(["notes/fossil-timeline.txt", "docs/fossil-history.txt"]), "\n".join(lines) + "\n"


@N("bazaar", "bzr_revision_ids", "log")
def n_bzr_log(r):
    out = []
    n = r.randint(100, 3000)
    for i in range(r.randint(3, 5)):
        out.append("------------------------------------------------------------\nrevno: %d\nrevision-id: %s@%s-%s-%s\ncommitter: %s <%s@%s>\nbranch nick: trunk\ntimestamp: %s\nmessage:\n  %s" % (
            n - i, user(r), domain(r), iso(r)[:10].replace("-", "") + "%06d" % r.randint(0, 235959), rs(r, 16, LOWER + string.digits),
            r.choice(WORDS), user(r), domain(r), iso(r).replace("T", " "), r.choice(["merge trunk", "fix tests", "update NEWS"])))
    return r.choice(["logs/bzr-log.txt", "legacy/bzr-history.log"]), "\n".join(out) + "\n"


@N("plastic_scm", "encrypted_password", "xml")
def n_plastic_clientconf(r):
    txt = sub("""<ClientConfigData>
  <Language>en</Language>
  <WorkspaceServer>[[host]]:8087</WorkspaceServer>
  <CurrentWorkspace>/home/[[u]]/wkspaces/[[p]]</CurrentWorkspace>
  <WorkingMode>UPWorkingMode</WorkingMode>
  <SecurityConfig>::0:[[u]]:|SoC|[[enc]]</SecurityConfig>
  <ShowWorkspaceChooserOnStartup>false</ShowWorkspaceChooserOnStartup>
  <MergeTools>
    <MergeToolData><FileExtensions>*</FileExtensions><Tools>mergetool</Tools></MergeToolData>
  </MergeTools>
</ClientConfigData>
""", host="plastic." + domain(r), u=user(r), p=proj(r), enc=base64.b64encode(rbytes(r, r.choice([16, 32]))).decode())
    return r.choice(["provision/plastic/client.conf", "agent/.plastic4/client.conf"]), txt


@N("maven", "master_password_encrypted", "xml")
def n_mvn_security(r):
    v = r.choice(MAVEN_DOC_ENC + ["{" + base64.b64encode(rbytes(r, 32)).decode() + "}"])
    return r.choice(["ci/settings-security.xml", ".m2/settings-security.xml"]), \
        "<settingsSecurity>\n  <master>%s</master>\n</settingsSecurity>\n" % v


@N("maven", "server_password_encrypted", "xml")
def n_mvn_encrypted(r):
    enc = "{" + base64.b64encode(rbytes(r, r.choice([16, 32, 48]))).decode() + "}"
    txt = sub("""<settings>
  <servers>
    <server>
      <id>[[id]]</id>
      <username>[[u]]</username>
      <!-- encrypted with mvn -ep, master key in ~/.m2/settings-security.xml -->
      <password>[[enc]]</password>
    </server>
  </servers>
</settings>
""", id=r.choice(["nexus", "artifactory", "releases"]), u=user(r), enc=enc)
    return r.choice(["ci/settings.xml", "maven/settings.xml"]), txt


@N("jfrog", "storage_api_checksums", "json")
def n_rt_storage(r):
    host = jf_host(r)
    p = proj(r)
    vv = ver(r)
    d = {"repo": "libs-release-local", "path": "/com/%s/%s/%s/%s-%s.jar" % (org(r), p, vv, p, vv),
         "created": iso(r) + ".123Z", "createdBy": user(r), "lastModified": iso(r) + ".456Z",
         "modifiedBy": user(r), "downloadUri": "https://%s/artifactory/libs-release-local/com/%s/%s-%s.jar" % (host, p, p, vv),
         "mimeType": "application/java-archive", "size": str(r.randint(10000, 9000000)),
         "checksums": {"sha1": sha1hex(r), "md5": rs(r, 32, HEXL), "sha256": sha256hex(r)},
         "originalChecksums": {"sha1": sha1hex(r), "md5": rs(r, 32, HEXL), "sha256": sha256hex(r)},
         "uri": "https://%s/artifactory/api/storage/libs-release-local/com/%s/%s-%s.jar" % (host, p, p, vv)}
    return r.choice(["test/fixtures/rt-storage.json", "testdata/artifact_info.json"]), json.dumps(d, indent=2) + "\n"


@N("jfrog", "token_listing", "json")
def n_rt_tokens(r):
    toks = []
    for _ in range(r.randint(2, 4)):
        iat = r.randint(1700000000, 1750000000)
        toks.append({"token_id": uuid4(r), "subject": "jfac@01%s/users/%s" % (rs(r, 24, "0123456789abcdefghjkmnpqrstvwxyz"), user(r)),
                     "expiry": iat + 31536000, "issued_at": iat, "issuer": "jfac@01" + rs(r, 24, "0123456789abcdefghjkmnpqrstvwxyz"),
                     "description": r.choice(["ci upload", "renovate", "backup job"]), "refreshable": False})
    return r.choice(["audit/tokens-2024.json", "reports/jfrog-tokens.json"]), json.dumps({"tokens": toks}, indent=2) + "\n"


@N("jfrog", "build_info", "json")
def n_build_info(r):
    p = proj(r)
    d = {"version": "1.0.1", "name": p, "number": str(r.randint(100, 5000)), "started": iso(r) + ".000+0000",
         "buildAgent": {"name": "Generic", "version": "2.52.8"}, "agent": {"name": "jfrog-cli-go", "version": "2.52.8"},
         "vcs": [{"url": "https://svn.%s/repos/%s" % (domain(r), p), "revision": str(rev(r))}],
         "modules": [{"id": "%s:%s" % (p, ver(r)), "artifacts": [
             {"type": "tgz", "sha1": sha1hex(r), "sha256": sha256hex(r), "md5": rs(r, 32, HEXL), "name": "%s.tgz" % p}]}]}
    return r.choice(["build-info.json", "ci/out/build-info.json"]), json.dumps(d, indent=2) + "\n"


@N("gradle", "verification_metadata", "xml")
def n_gradle_verif(r):
    comps = []
    for _ in range(r.randint(2, 4)):
        g, a, vv = "org." + r.choice(["apache.commons", "slf4j", "jetbrains.kotlin"]), r.choice(["commons-lang3", "slf4j-api", "kotlin-stdlib"]), ver(r)
        comps.append('      <component group="%s" name="%s" version="%s">\n         <artifact name="%s-%s.jar">\n            <sha256 value="%s" origin="Generated by Gradle"/>\n         </artifact>\n      </component>' % (g, a, vv, a, vv, sha256hex(r)))
    txt = '<?xml version="1.0" encoding="UTF-8"?>\n<verification-metadata xmlns="https://schema.gradle.org/dependency-verification" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n   <configuration>\n      <verify-metadata>true</verify-metadata>\n      <verify-signatures>false</verify-signatures>\n   </configuration>\n   <components>\n' + "\n".join(comps) + "\n   </components>\n</verification-metadata>\n"
    return "gradle/verification-metadata.xml", txt


@N("release", "sha256sums", "txt")
def n_sha256sums(r):
    p = proj(r)
    vv = ver(r)
    lines = ["%s  %s-%s-%s" % (sha256hex(r), p, vv, plat) for plat in ["linux-amd64.tar.gz", "linux-arm64.tar.gz", "darwin-arm64.zip", "windows-amd64.zip"]]
    return r.choice(["dist/SHA256SUMS", "release/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


def _armor(r, kind, nbytes):
    b = base64.b64encode(rbytes(r, nbytes)).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(rbytes(r, 3)).decode()
    return "-----BEGIN PGP %s-----\n\n%s\n=%s\n-----END PGP %s-----\n" % (kind, "\n".join(lines), crc, kind)


@N("maven", "pgp_signature", "asc")
def n_pgp_sig(r):
    p = proj(r)
    return "dist/%s-%s.jar.asc" % (p, ver(r)), _armor(r, "SIGNATURE", 310)


@N("release", "pgp_public_key", "txt")
def n_pgp_pub(r):
    return r.choice(["KEYS", "release/KEYS.txt"]), "pub   rsa4096 2021-04-12 [SC]\n      %s\nuid           [ultimate] %s Release Signing <release@%s>\n\n%s" % (
        rs(r, 40, HEXU), org(r).title(), domain(r), _armor(r, "PUBLIC KEY BLOCK", 540))


@N("subversion", "known_hosts", "txt")
def n_known_hosts(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        h = r.choice(["svn.", "hg.", "cvs.", "fossil."]) + domain(r)
        kt = r.choice(["ssh-ed25519", "ecdsa-sha2-nistp256"])
        key = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(r, 32)).decode() if kt == "ssh-ed25519" else \
            base64.b64encode(b"\x00\x00\x00\x13ecdsa-sha2-nistp256" + rbytes(r, 85)).decode()
        lines.append("%s %s %s" % (h, kt, key))
    return r.choice(["provision/files/known_hosts", "ci/ssh/known_hosts"]), "\n".join(lines) + "\n"


@N("jfrog", "image_digests", "yaml")
def n_image_digest(r):
    host = jf_host(r)
    txt = sub("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: [[p]]
spec:
  replicas: 3
  selector:
    matchLabels: {app: [[p]]}
  template:
    metadata:
      labels: {app: [[p]]}
    spec:
      imagePullSecrets:
        - name: artifactory-pull
      containers:
        - name: app
          image: [[host]]/docker-local/[[p]]@sha256:[[d1]]
        - name: sidecar
          image: [[host]]/docker-remote/envoyproxy/envoy@sha256:[[d2]]
""", p=proj(r), host=host, d1=sha256hex(r), d2=sha256hex(r))
    return r.choice(["deploy/k8s/deployment.yaml", "k8s/app.yaml"]), txt


@N("nexus", "component_ids", "json")
def n_nexus_components(r):
    items = []
    for _ in range(r.randint(2, 3)):
        p = proj(r)
        vv = ver(r)
        cid = base64.b64encode(("maven-releases:" + rs(r, 32, HEXL)).encode()).decode().rstrip("=")
        aid = base64.b64encode(("maven-releases:" + rs(r, 32, HEXL)).encode()).decode().rstrip("=")
        items.append({"id": cid, "repository": "maven-releases", "format": "maven2", "group": "com." + org(r),
                      "name": p, "version": vv, "assets": [{"downloadUrl": "https://%s/repository/maven-releases/com/%s/%s-%s.jar" % (nexus_host(r), p, p, vv),
                                                             "path": "com/%s/%s-%s.jar" % (p, p, vv), "id": aid, "repository": "maven-releases",
                                                             "format": "maven2", "checksum": {"sha1": sha1hex(r), "md5": rs(r, 32, HEXL)}}]})
    return r.choice(["testdata/nexus-search.json", "fixtures/components.json"]), json.dumps({"items": items, "continuationToken": None}, indent=2) + "\n"


@N("tfvc", "tf_history", "txt")
def n_tf_history(r):
    c = r.randint(20000, 300000)
    lines = ["Changeset User              Date       Comment", "--------- ----------------- ---------- ----------------------------"]
    for _ in range(r.randint(4, 7)):
        c -= r.randint(1, 50)
        lines.append("%-9d %-17s %s %s" % (c, user(r), iso(r)[:10], r.choice(["Merge Dev->Main", "Fix null ref in importer", "Update NuGet packages", "Shelveset review fixes"])))
    return r.choice(["docs/tfvc-history.txt", "release/changesets.txt"]), "\n".join(lines) + "\n"


@N("composer", "lock_hashes", "json")
def n_composer_lock(r):
    pk = []
    for _ in range(r.randint(2, 3)):
        n = "%s/%s" % (org(r), proj(r))
        pk.append({"name": n, "version": "v" + ver(r), "source": {"type": "git", "url": "https://github.com/%s.git" % n, "reference": sha1hex(r)},
                   "dist": {"type": "zip", "url": "https://repo.%s/dist/%s.zip" % (domain(r), n), "reference": sha1hex(r), "shasum": sha1hex(r)}})
    return "composer.lock", json.dumps({"_readme": ["This file locks the dependencies of your project to a known state"],
                                        "content-hash": rs(r, 32, HEXL), "packages": pk}, indent=4) + "\n"


@N("npm", "lock_integrity", "json")
def n_package_lock(r):
    host = jf_host(r)
    pk = {"": {"name": proj(r), "version": ver(r)}}
    for n in r.sample(["lodash", "react", "left-pad", "chalk", "axios"], 3):
        vv = ver(r)
        pk["node_modules/" + n] = {"version": vv, "resolved": "https://%s/artifactory/api/npm/npm-virtual/%s/-/%s-%s.tgz" % (host, n, n, vv),
                                   "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode()}
    return "package-lock.json", json.dumps({"name": proj(r), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@N("leiningen", "creds_gpg_env", "clj")
def n_lein_env(r):
    txt = sub("""(defproject com.[[o]]/[[p]] "[[ver]]"
  :deploy-repositories [<<Q"releases" {:url "https://[[nh]]/repository/maven-releases/"
                                      :username :env/nexus_username
                                      :password :env/nexus_password}]
                        ["snapshots" {:url "https://[[nh]]/repository/maven-snapshots/"
                                      :creds :gpg}]]
  :signing {:gpg-key "[[kid]]"})
""", o=org(r), p=proj(r), ver=ver(r), nh=nexus_host(r), kid=rs(r, 40, HEXU)).replace("<<Q", "[")
    return r.choice(["project.clj", "lib/project.clj"]), txt


@N("sbt", "resolvers_no_creds", "sbt")
def n_sbt_resolvers(r):
    txt = sub("""resolvers ++= Seq(
  "internal" at "https://[[host]]/artifactory/sbt-virtual/",
  Resolver.url("ivy-internal", url("https://[[host]]/artifactory/ivy-releases/"))(Resolver.ivyStylePatterns)
)
credentials += Credentials(Path.userHome / ".sbt" / ".credentials")
""", host=jf_host(r))
    return r.choice(["project/resolvers.sbt", "resolvers.sbt"]), txt


@N("ivy", "ivy_report", "xml")
def n_ivy_xml(r):
    p = proj(r)
    deps = "\n".join('    <dependency org="org.%s" name="%s" rev="%s"/>' % (r.choice(["apache", "eclipse"]), proj(r), ver(r)) for _ in range(3))
    return "ivy.xml", '<ivy-module version="2.0">\n  <info organisation="com.%s" module="%s" revision="%s" status="release" publication="%s"/>\n  <dependencies>\n%s\n  </dependencies>\n</ivy-module>\n' % (
        org(r), p, ver(r), iso(r).replace("-", "").replace(":", "").replace("T", ""), deps)


@N("perforce", "p4_trust", "txt")
def n_p4trust(r):
    lines = ["%s:1666=%s" % (r.choice(["10.1.2.%d" % r.randint(2, 200), "perforce." + domain(r)]), ":".join(rs(r, 2, HEXU) for _ in range(20))) for _ in range(r.randint(1, 3))]
    return r.choice(["agent/home/.p4trust", "docker/p4/.p4trust"]), "\n".join(lines) + "\n"


@N("jfrog", "cli_config_no_secret", "yaml")
def n_jf_project_yaml(r):
    txt = sub("""version: 1
type: build
resolver:
  serverId: [[sid]]
  repo: libs-release
deployer:
  serverId: [[sid]]
  snapshotRepo: libs-snapshot-local
  releaseRepo: libs-release-local
""", sid=r.choice(["prod", org(r)]))
    return r.choice([".jfrog/projects/maven.yaml", ".jfrog/projects/gradle.yaml"]), txt


@N("subversion", "svn_mergeinfo", "txt")
def n_mergeinfo(r):
    p = proj(r)
    a = rev(r)
    lines = ["/%s/branches/release-%d:%d-%d,%d" % (p, r.randint(1, 9), a, a + r.randint(10, 400), a + 500) for _ in range(3)]
    return r.choice(["docs/svn-mergeinfo.txt", "notes/mergeinfo.txt"]), "Properties on '.':\n  svn:mergeinfo\n    " + "\n    ".join(lines) + "\n"


@N("mercurial", "hg_bundle_csv", "csv")
def n_hg_csv(r):
    rows = ["node,rev,author,date,files_changed"]
    for i in range(r.randint(5, 9)):
        rows.append("%s,%d,%s,%s,%d" % (sha1hex(r), r.randint(100, 9000), user(r), iso(r)[:10], r.randint(1, 40)))
    return r.choice(["reports/hg-churn.csv", "analysis/commits.csv"]), "\n".join(rows) + "\n"


@N("jfrog", "xray_report", "json")
def n_xray(r):
    vulns = [{"issue_id": "XRAY-%d" % r.randint(100000, 700000), "cve": "CVE-20%d-%d" % (r.randint(18, 25), r.randint(1000, 49999)),
              "severity": r.choice(["High", "Medium", "Critical"]), "component": "npm://%s:%s" % (r.choice(["lodash", "minimist", "axios"]), ver(r)),
              "impact_path": ["default/%s/%s" % (proj(r), ver(r))], "scan_id": uuid4(r)} for _ in range(r.randint(2, 3))]
    return r.choice(["reports/xray-scan.json", "security/xray.json"]), json.dumps({"total_count": len(vulns), "rows": vulns}, indent=2) + "\n"


@N("subversion", "svn_hook_log", "log")
def n_svn_hook_log(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append("%s post-commit repos=/srv/svn/%s rev=%d txn=%d-%s author=%s" % (
            iso(r), proj(r), rev(r), rev(r), rs(r, 3, LOWER + string.digits), user(r)))
    return r.choice(["logs/post-commit.log", "var/log/svn-hooks.log"]), "\n".join(lines) + "\n"


@N("perforce", "p4_counters", "txt")
def n_p4_counters(r):
    txt = "change = %d\njournal = %d\nlogger = %d\nmaxCommitChange = %d\nmonitor = 1\nsecurity = 3\nserver.id = %s\nunicode = 1\nupgrade = 52\n" % (
        r.randint(100000, 9999999), r.randint(10, 900), r.randint(0, 999), r.randint(100000, 9999999), "commit-" + rs(r, 8, HEXL))
    return r.choice(["docs/p4-counters.txt", "support/counters.txt"]), txt


# ================================================================ driver
ENV_BLOCKED = (".env", ".env.local", ".env.production", ".env.development", ".env.staging", ".env.test")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base in ENV_BLOCKED or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def schedule(r, n, k):
    """n slots spread evenly over k templates, in shuffled order."""
    out = []
    while len(out) < n:
        block = list(range(k))
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def render_negative_from_template(r, t):
    lits, exprs = fillers(t["ctx"], t["var"])
    lits = lits + token_fillers(t["secret"])
    if exprs and r.random() < 0.45:
        expr = r.choice(exprs)
        path, text = t["fn"](r, MARK)
        for q in ('"%s"' % MARK, "'%s'" % MARK):
            if q in text:
                text = text.replace(q, expr, 1)
                for mod in ("os", "keyring"):
                    if expr.startswith(mod + ".") and ("import %s\n" % mod) not in text:
                        lines = text.split("\n")
                        at = next((k for k, ln in enumerate(lines) if ln.startswith(("import ", "from "))), 0)
                        lines.insert(at, "import %s" % mod)
                        text = "\n".join(lines)
                return path, text, "ref"
    lit = r.choice(lits)
    path, text = t["fn"](r, lit)
    if lit == "":
        how = "empty"
    elif any(m in lit for m in ("$", "%", "{{", "((", "env")):
        how = "ref"
    elif lit.startswith("{") and lit.endswith("}"):
        how = "encrypted"
    elif "*" in lit or "REDACTED" in lit.upper() or "..." in lit:
        how = "masked"
    else:
        how = "placeholder"
    return path, text, how


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_jb.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(POS) + len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []
    env_count = 0

    # ---- positives
    plan = schedule(r, 500, len(POS))
    for i, ti in enumerate(plan):
        t = POS[ti]
        for _attempt in range(20):
            v = SECRETS[t["secret"]](r)
            path, text = t["fn"](r, v)
            if is_blocked_env(path) and env_count >= 20:
                path = path.rsplit("/", 1)[0] + "/config.env" if "/" in path else "config/app.env"
            if v in text and MARK not in text:
                break
        else:
            raise AssertionError("template %s did not embed its secret" % t["name"])
        if is_blocked_env(path):
            env_count += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        ln = line_of(text, v)
        with open(os.path.join(outdir, rel), encoding="utf-8", newline="") as fh:
            written = fh.read().split("\n")
        assert v in written[ln - 1], (rel, ln)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": t["ft"]})
        secrets.append({"file": rel, "needle": v, "line": ln})
    assert env_count <= 25, env_count

    # ---- negatives: half from positive templates, half look-alikes
    specs = [("tpl", ti) for ti in schedule(r, 250, len(POS))] + \
            [("look", ni) for ni in schedule(r, 250, len(NEG))]
    r.shuffle(specs)
    for i, (src, ti) in enumerate(specs):
        if src == "tpl":
            t = POS[ti]
            path, text, how = render_negative_from_template(r, t)
            kind = "%s_%s" % (t["kind"], how)
            prov, ft = t["provider"], t["ft"]
        else:
            t = NEG[ti]
            path, text = t["fn"](r)
            kind, prov, ft = t["kind"], t["provider"], t["ft"]
        assert MARK not in text
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert not is_blocked_env(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
