#!/usr/bin/env python3
"""Blind evaluation-set generator "od": credentials passed to command-line tools.

EMPHASIS
    Secrets given to CLI tools on the command line (or through an env var set on the
    same command), as they show up in shell scripts, Makefiles, Dockerfiles, CI YAML
    (GitHub Actions, GitLab CI, Bitbucket, Azure Pipelines), Jenkinsfiles, Ansible
    tasks, Kubernetes CronJobs, docker-compose files, Vagrantfiles, crontabs,
    PowerShell / .bat scripts, Python/Node wrappers, package.json scripts, READMEs,
    runbooks and shell histories (bash and zsh extended format).
    Products: curl (basic, bearer, basic-header), wget, mysql, mysqldump, psql
    (PGPASSWORD, URI), sqlcmd, mongosh/mongodump, redis-cli, sshpass, docker login,
    helm registry login, az login (service principal), aws configure set, gh auth
    login, npm config set _authToken, git clone with credentials in URL, htpasswd -b,
    openssl -passin/-passout pass:, zip -P, 7z -p, rar -hp, gpg --passphrase,
    smbclient -U user%pass, mount -o password=, ldapsearch -w, ldappasswd -s, lftp -u,
    ncftpput -p, RSYNC_PASSWORD, keytool/jarsigner -storepass, vault login, kubectl
    create secret --from-literal, rabbitmqctl add_user, influx CLI token,
    mc alias set, rclone config create, sqlplus user/pass@, curl --oauth2-bearer.

USAGE
    python3 -B gen_od.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED
    (random.Random(SEED) only; no time, no str hash()).

NEEDLE CONVENTIONS
    The needle is the secret value only, exactly as written in the file, without
    the surrounding quotes, flag, user name or "user:" prefix:
      curl -u user:PASS            -> PASS
      -H "Authorization: Bearer T" -> T
      -H "Authorization: Basic B64" -> B64 (base64 of user:pass; encoded = still a leak)
      mysql -pPASS / -p'PASS'      -> PASS
      scheme://user:PASS@host      -> PASS (as written; URL-safe characters only)
      smbclient -U user%PASS       -> PASS
      mc alias set a URL AK SK     -> SK (the secret key; the access key is an id)
      aws configure set aws_secret_access_key SK -> SK
    When the value is first assigned to a shell/CI variable with a neutral name and
    then used as "$VAR", the needle is the assigned literal and the line is the
    assignment line.  line = first 1-based line containing the needle.
    Exactly one credential per positive file (other values are placeholders,
    env references, ids, ports, digests).

NEGATIVES (kinds)
    ~half "swap": the same wrapper+command templates with the secret replaced by:
      env/CI references ($VAR, ${VAR}, $(VAR) in make, ${{ secrets.X }}, $env:X,
      %X%, {{ ansible_var }}), command substitutions from secret managers
      ($(cat /run/secrets/x), $(vault kv get ...), $(aws secretsmanager ...),
      $(pass show ...)), placeholders (<password>, YOUR_TOKEN, changeme, ****,
      xxxxxxxx, ghp_XXXX...), documented example values (AWS
      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY), and structural no-secret forms
      (-p prompting, --password-stdin, -passin env:/file:, -W, -a omitted,
      sshpass -e / -f, gh auth login --web, vault login -method=oidc, az login
      --identity / --use-device-code).
    ~half "lookalike": scripts built from the same tools with non-secret look-alike
      values: -p 8080:80 port maps, mysql -P 3306, psql -p 5432, ssh -p 2222,
      --profile, curl -u user (prompts), curl -k, git SHAs, image digests
      (@sha256:...), sha256sum -c lines, GPG fingerprints, ssh-ed25519 public host
      keys, UUID subscription/tenant ids, Influx org ids, npm integrity hashes,
      X-Request-ID headers, ETags, GitHub API version headers, keytool/openssl
      fingerprint output, serial numbers, htpasswd -nB (prompts), MinIO access-key
      id alone, kubectl --from-literal with config values.

FORMATS CHECKED
    - GitHub classic PAT (ghp_): 4-char prefix + 30 base62 chars + 6-char base62
      CRC32 checksum of the 30 random chars, alphabet 0-9A-Za-z, left-padded with
      '0'.  Verified via the `search` pages corpus (GitHub blog "Behind GitHub's new
      authentication token formats" summaries and a public gist describing the
      CRC32/base62 layout).  npm tokens (npm_ + 36) use the same layout (the same
      gist cites GitHub's changelog "npm has a new access token format").
    - Everything else from my own knowledge of the products' public docs:
      fine-grained PAT github_pat_11 + 22 + _ + 59; GitLab glpat- + 20;
      Docker Hub PAT dckr_pat_ + 27 base64url; Vault hvs. + 24 base62 (and the
      longer hvs.CAES... form); AWS secret access key 40 chars [A-Za-z0-9/+];
      Azure AD client secret 40 chars with the "xQ~" marker at positions 4-6;
      InfluxDB 2 token: base64url of 64 bytes (88 chars, "==" padding);
      MinIO secret key 40 alnum; JWT HS256 with real base64url JSON parts.

DOUBTS
    - Azure client-secret charset/marker ("8Q~"/"7Q~") and InfluxDB token alphabet
      (standard vs URL-safe base64) are from memory.
    - Long Vault hvs. tokens (namespaced/batch) length is approximate.
    - npm token checksum assumed identical to GitHub's (CRC32/base62).
    - Search results shown: only a GitHub-format gist and blog summaries; no secret
      scanner rules or source were looked at.
    - Realism nits: Makefile recipes keep shell $(...) substitutions unescaped; some
      hosts/app names inside one file are drawn independently.
    - curl "Bearer" tokens include a generic sk_live_-style and hex/base62 API tokens
      (provider recorded as "curl", not the issuing service).

TEMPLATES
    template = "<wrapper>:<command>[:var|:neg-<kind>]" or "<wrapper>:lookalike:<x>":
    23 wrappers x 41 command builders (+ 30 look-alike builders); ~800 distinct
    template ids per 1000 files.
"""
import base64
import binascii
import json
import os
import random
import string
import sys
import urllib.parse

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"

WORDS = """maple river canoe falcon orbit lantern cobalt harbor willow granite saffron
tundra velvet pepper glacier meadow copper thunder violet rocket marble summit
cedar ember breeze anchor comet dolphin jasper kettle lemon mango nectar olive
panda quartz raven sierra tiger umber viking walnut yellow zephyr bramble cactus
daisy eagle fossil garnet hazel iris juniper koala lilac magnet nutmeg oyster
pirate quill rhubarb salmon tulip urchin vortex wombat yarrow zinnia acorn badger
candle drizzle fjord goblin hollow indigo jigsaw kayak ladder mosaic nomad orchid
pebble quokka ripple spruce timber unicorn vapor whisper basil clover dragon
falcon gecko heron island jungle kiwi lagoon mammoth nimbus otter puffin quasar
rosemary sparrow thistle ocelot pumpkin biscuit muffin pretzel waffle sunset
autumn winter spring summer monday friday october november jupiter saturn
neptune phoenix raptor cyclone blizzard avalanche volcano crystal shadow silver
golden scarlet crimson emerald sapphire diamond""".split()
FIRST = "alice bob carol dave erin frank grace heidi ivan judy mallory oscar peggy trent victor wendy lena marco priya tomas yuki omar nadia felix".split()
ORGS = "acme northwind globex initech umbrella hooli contoso fabrikam wayne stark tyrell soylent vandelay pied-piper blue-harbor redwood-labs".split()
APPS = "billing orders inventory auth-service catalog payments reporting crm webshop ledger notifier gateway analytics scheduler search".split()
ENVS = ["prod", "production", "staging", "stage", "qa", "uat", "dev", "preprod"]
REGIONS = ["eu-west-1", "us-east-1", "us-west-2", "eu-central-1", "ap-southeast-2", "ca-central-1"]
TLDS = ["internal", "corp", "local", "lan", "io", "net", "com"]


# --------------------------------------------------------------------- helpers
FILE_APP = [APPS[0]]


def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def b62enc(n, pad):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(pad, "0")


def uuid4(rng):
    h = rs(rng, 32, HEX)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def host(rng, kind="db"):
    app = FILE_APP[0]
    env = rng.choice(ENVS)
    pats = [
        "%s-%s-%s.%s.%s" % (kind, app, env, rng.choice(ORGS), rng.choice(TLDS)),
        "%s%02d.%s.%s" % (kind, rng.randint(1, 12), env, rng.choice(ORGS) + ".com"),
        "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250)),
        "%s.%s.svc.cluster.local" % (app, env),
        "%s-%s.c%s.%s.rds.amazonaws.com" % (app, env, rs(rng, 12, string.ascii_lowercase + string.digits), rng.choice(REGIONS)),
    ]
    return rng.choice(pats)


def user(rng):
    return rng.choice(["deploy", "admin", "root", "backup", "svc_" + rng.choice(APPS).replace("-", "_"),
                       rng.choice(FIRST), rng.choice(FIRST) + "." + rng.choice(["smith", "ng", "ortiz", "k", "meyer"]),
                       "ci-bot", "jenkins", "app_rw", "readonly", "replicator", "sa", "dbadmin"])


def gitsha(rng):
    return rs(rng, 40, HEX)


def sha256hex(rng):
    return rs(rng, 64, HEX)


# ----------------------------------------------------------- secret generators
SYMS_ALL = "!%*+,-.:;=?@^_~&#/"
SAFE_BARE = set(ALNUM + "._-+=@%^~:,/")


def pw_human(rng, syms):
    w = rng.choice(WORDS)
    w2 = rng.choice(WORDS)
    s = rng.choice(syms) if syms else ""
    d = str(rng.choice([rng.randint(1, 99), rng.randint(1970, 2025), rng.randint(100, 9999)]))
    forms = [
        w.capitalize() + s + d,
        w.capitalize() + w2.capitalize() + d + s,
        w + s + w2.capitalize() + d,
        d + w.capitalize() + s + w2,
        w.capitalize() + d + s + s,
    ]
    p = rng.choice(forms)
    if rng.random() < 0.3:
        p = p.replace("o", "0", 1).replace("e", "3", 1)
    if len(p) < 10:
        p += rs(rng, 10 - len(p), string.digits)
    return p


def pw_generated(rng, syms):
    n = rng.randint(16, 32)
    alpha = ALNUM + ALNUM + syms
    while True:
        p = rs(rng, n, alpha)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p) \
                and (not syms or any(c in syms for c in p)) and p[0] not in "-":
            return p


def pw_passphrase(rng, syms):
    sep = rng.choice([c for c in "-._+" if c in syms] or [""])
    k = rng.randint(3, 5)
    ws = [rng.choice(WORDS) for _ in range(k)]
    if rng.random() < 0.5:
        ws[rng.randrange(k)] = ws[rng.randrange(k)].capitalize()
    return sep.join(ws) + sep + str(rng.randint(2, 99))


def password(rng, exclude=""):
    syms = "".join(c for c in SYMS_ALL if c not in exclude)
    r = rng.random()
    if r < 0.4:
        return pw_human(rng, syms)
    if r < 0.8:
        return pw_generated(rng, syms)
    if r < 0.9:
        return pw_passphrase(rng, syms)
    return rng.choice([rs(rng, 32, HEX), rs(rng, 24, ALNUM), rs(rng, 20, ALNUM)])


def ghp(rng, prefix="ghp_"):
    ent = rs(rng, 30, B62)
    return prefix + ent + b62enc(binascii.crc32(ent.encode()) & 0xFFFFFFFF, 6)


def npm_tok(rng):
    ent = rs(rng, 30, B62)
    return "npm_" + ent + b62enc(binascii.crc32(ent.encode()) & 0xFFFFFFFF, 6)


def github_pat(rng):
    return "github_pat_11" + rs(rng, 20, string.ascii_uppercase + string.digits) + "0" + rs(rng, 1, string.ascii_uppercase) \
        + "_" + rs(rng, 59, ALNUM)


def glpat(rng):
    return "glpat-" + rs(rng, 20, ALNUM + "_-")


def git_token(rng):
    return rng.choice([ghp, ghp, github_pat, glpat, lambda r: ghp(r, "gho_")])(rng)


def dckr(rng):
    return "dckr_pat_" + rs(rng, 27, ALNUM + "_-")


def vault_tok(rng):
    if rng.random() < 0.6:
        return "hvs." + rs(rng, 24, ALNUM)
    return "hvs.CAESI" + rs(rng, 43, ALNUM + "_-") + "GiYKHGh2cy5" + rs(rng, 28, ALNUM) + "EAE"


def aws_secret(rng):
    return rs(rng, 40, ALNUM + ALNUM + "/+")


def aws_akid(rng):
    return "AKIA" + rs(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def azure_secret(rng):
    return rs(rng, 3, ALNUM) + rng.choice("78") + "Q~" + rs(rng, 34, ALNUM + "_.~-")


def influx_tok(rng):
    return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()


def minio_secret(rng):
    return rs(rng, 40, ALNUM)


def minio_access(rng):
    return rs(rng, 20, string.ascii_uppercase + string.digits)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng):
    hdr = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    now = rng.randint(1690000000, 1740000000)
    pl = {"sub": rng.choice([uuid4(rng), user(rng), str(rng.randint(1000, 99999))]),
          "iss": "https://auth.%s.com/" % rng.choice(ORGS), "iat": now, "exp": now + rng.choice([3600, 86400, 2592000, 31536000]),
          "scope": rng.choice(["read:orders write:orders", "admin", "api", "deploy"])}
    sig_len = 43 if hdr["alg"] == "HS256" else 342
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(rng, sig_len, ALNUM + "-_")


def api_token(rng):
    return rng.choice([lambda: rs(rng, 40, HEX), lambda: rs(rng, 32, ALNUM), lambda: "sk_live_" + rs(rng, 24, ALNUM),
                       lambda: rs(rng, 64, HEX), jwt_l(rng), lambda: ghp(rng), lambda: glpat(rng)])()


def jwt_l(rng):
    return lambda: jwt(rng)


# ------------------------------------------------------------------ value objs
class V:
    """A value inserted in a command: lit (secret literal), ref (env/CI ref), ph (placeholder)."""

    def __init__(self, t, kind):
        self.t = t
        self.kind = kind


def Q(rng, v, styles=("'", '"', "")):
    t = v.t
    if v.kind == "ref":
        if t.startswith("$(") or t.startswith("${{") or t.startswith("{{"):
            return '"%s"' % t if t.startswith("$(") and rng.random() < 0.7 else t
        return rng.choice(['"%s"' % t, t])
    if v.kind == "ph":
        st = [s for s in styles if s] or ['"']
        if all(c in SAFE_BARE for c in t) and "" in styles:
            st.append("")
        s = rng.choice(st)
        return s + t + s
    st = list(styles)
    if "" in st and not all(c in SAFE_BARE for c in t):
        st.remove("")
    if not st:
        st = ["'"]
    if "'" in t and "'" in st:
        st.remove("'")
    if '"' in st and any(c in t for c in '!"'):
        st.remove('"')
    if not st:
        st = ["'"]
    s = rng.choice(st)
    return s + t + s


# ------------------------------------------------------------------- commands
# Each command: dict(name, provider, kind, gen(rng, excl)->secret, build(rng, v)->lines,
#                    struct(rng)->lines (no-secret form) or None, refname, excl)
COMMANDS = []


def cmd(name, provider, kind, gen, refname, excl="", struct=None, ph=None, wins=False):
    def deco(f):
        COMMANDS.append(dict(name=name, provider=provider, kind=kind, gen=gen, build=f, refname=refname,
                             excl=excl, struct=struct, ph=ph, wins=wins))
        return f
    return deco


def PW(rng, excl):
    return password(rng, excl)


def api_url(rng):
    return rng.choice(["https://api.%s.com/v2/%s" % (rng.choice(ORGS), rng.choice(["deployments", "releases", "items", "jobs/trigger"])),
                       "https://%s/api/v1/%s" % (host(rng, "api"), rng.choice(["health", "reindex", "export", "users"])),
                       "https://nexus.%s.com/repository/%s/" % (rng.choice(ORGS), rng.choice(["maven-releases", "raw-hosted", "npm-private"])),
                       "https://artifactory.%s.io/artifactory/%s/%s-%d.%d.%d.tar.gz" % (rng.choice(ORGS), rng.choice(["generic-local", "libs-release"]), rng.choice(APPS), rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 9))])


@cmd("curl-u", "curl", "basic-auth-password", PW, "API_PASSWORD",
     struct=lambda r: ["curl -fsS -u %s %s" % (user(r), api_url(r)), "# curl prompts for the password"])
def _(rng, v):
    u = user(rng)
    url = api_url(rng)
    if v.kind == "lit" and rng.random() < 0.5:
        val = Q(rng, V(u + ":" + v.t, "lit"), ("'", '"'))
    else:
        val = u + ":" + Q(rng, v, ('"', "'", "")) if v.kind != "ph" else '"%s:%s"' % (u, v.t)
    return rng.choice([
        ["curl -fsSL -u %s %s -o /tmp/artifact.tgz" % (val, url)],
        ["curl -s --user %s -X POST \\" % val, "  -H 'Content-Type: application/json' \\",
         "  -d '{\"ref\": \"main\", \"env\": \"%s\"}' \\" % rng.choice(ENVS), "  %s" % url],
        ["curl -u %s -T build/%s.tar.gz %s" % (val, rng.choice(APPS), url)],
    ])


@cmd("curl-bearer", "curl", "bearer-token", lambda r, e: api_token(r), "API_TOKEN",
     ph=["<token>", "YOUR_API_TOKEN", "$TOKEN", "<access_token>"],
     struct=lambda r: ["curl -fsS --netrc-file ~/.netrc %s" % api_url(r)])
def _(rng, v):
    t = v.t
    if v.kind == "ph":
        t = v.t
    hdr = rng.choice(["Authorization: Bearer %s", "Authorization: bearer %s", "Authorization: token %s", "PRIVATE-TOKEN: %s", "X-Auth-Token: %s"])
    h = hdr % t
    url = api_url(rng)
    return rng.choice([
        ['curl -sS -H "%s" \\' % h, '  -H "Accept: application/json" \\', "  %s | jq ." % url],
        ['curl -X POST -H "%s" -H "Content-Type: application/json" --data @payload.json %s' % (h, url)],
        ['curl --fail --retry 3 --header "%s" "%s?per_page=100"' % (h, url)],
    ])


@cmd("curl-basic-header", "curl", "basic-auth-header-b64", lambda r, e: PW(r, e), "BASIC_AUTH")
def _(rng, v):
    u = user(rng)
    if v.kind == "lit":
        enc = v.t  # already base64 in driver
    else:
        enc = v.t
    return ['curl -sS -H "Authorization: Basic %s" %s' % (enc, api_url(rng))]


@cmd("curl-oauth2", "curl", "bearer-token", lambda r, e: api_token(r), "ACCESS_TOKEN")
def _(rng, v):
    return ["curl --oauth2-bearer %s %s" % (Q(rng, v), api_url(rng))]


@cmd("wget", "wget", "http-password", PW, "DL_PASSWORD", excl="",
     struct=lambda r: ["wget --user=%s --ask-password %s" % (user(r), api_url(r))])
def _(rng, v):
    u = user(rng)
    f = rng.choice(["--password=%s", "--http-password=%s", "--ftp-password=%s"]) % Q(rng, v)
    uf = "--user=%s" % u if "http" not in f else "--http-user=%s" % u
    if "ftp" in f:
        uf = "--ftp-user=%s" % u
    return rng.choice([["wget -q %s %s %s" % (uf, f, api_url(rng))],
                       ["wget --no-verbose %s %s \\" % (uf, f), "  -O /opt/%s.tar.gz %s" % (rng.choice(APPS), api_url(rng))]])


def _mysql_struct(r):
    return ["mysql -h %s -u %s -p %s" % (host(r), user(r), r.choice(APPS).replace("-", "_")),
            "# you will be prompted for the password"]


@cmd("mysql", "mysql", "db-password", PW, "MYSQL_PASSWORD", excl="&;", struct=_mysql_struct)
def _(rng, v):
    h = host(rng)
    db = rng.choice(APPS).replace("-", "_")
    if v.kind == "lit" and rng.random() < 0.5:
        p = "-p" + Q(rng, v)
    else:
        p = rng.choice(["-p", "--password="]) + Q(rng, v)
    u = user(rng)
    return rng.choice([
        ["mysql -h %s -P 3306 -u %s %s %s < migrations/%03d_%s.sql" % (h, u, p, db, rng.randint(1, 140), rng.choice(["init", "add_index", "alter_orders"]))],
        ['mysql -u%s %s -h %s -e "SHOW DATABASES;"' % (u, p, h)],
        ["mysql --host=%s --user=%s %s --database=%s \\" % (h, u, p, db), '  -e "SELECT COUNT(*) FROM %s;"' % rng.choice(["orders", "users", "events"])],
    ])


@cmd("mysqldump", "mysql", "db-password", PW, "DB_PASS", excl="&;",
     struct=lambda r: ["mysqldump --defaults-extra-file=/etc/mysql/backup.cnf --single-transaction %s > /backup/%s.sql" % (r.choice(APPS).replace("-", "_"), r.choice(APPS))])
def _(rng, v):
    db = rng.choice(APPS).replace("-", "_")
    return ["mysqldump -h %s -u %s %s --single-transaction --routines %s | gzip > /backup/%s-$(date +%%F).sql.gz"
            % (host(rng), user(rng), rng.choice(["-p", "--password="]) + Q(rng, v), db, db)]


@cmd("pgpassword", "postgresql", "db-password", PW, "PGPASS_VALUE", excl="&;",
     struct=lambda r: ["psql -h %s -p 5432 -U %s -d %s -c 'SELECT 1'" % (host(r), user(r), r.choice(APPS).replace("-", "_")), "# password comes from ~/.pgpass"])
def _(rng, v):
    h = host(rng)
    db = rng.choice(APPS).replace("-", "_")
    return rng.choice([
        ["PGPASSWORD=%s psql -h %s -U %s -d %s -f schema.sql" % (Q(rng, v), h, user(rng), db)],
        ["PGPASSWORD=%s pg_dump -h %s -U %s -Fc %s > %s.dump" % (Q(rng, v), h, user(rng), db, db)],
        ["export PGPASSWORD=%s" % Q(rng, v), "psql -h %s -p 5432 -U %s %s -c '\\dt'" % (h, user(rng), db)],
    ])


def _urlpw(rng, excl):
    return password(rng, SYMS_ALL.replace("-", "").replace(".", "").replace("_", "").replace("~", "") + excl)


@cmd("psql-uri", "postgresql", "connection-uri-password", _urlpw, "DB_PASSWORD")
def _(rng, v):
    h = host(rng)
    db = rng.choice(APPS).replace("-", "_")
    uri = "postgresql://%s:%s@%s:5432/%s" % (user(rng), v.t, h, db)
    if rng.random() < 0.4:
        uri += "?sslmode=require"
    return rng.choice([['psql "%s" -c "VACUUM ANALYZE;"' % uri], ["pg_dump '%s' -Fc -f /backup/%s.dump" % (uri, db)],
                       ['psql "%s" < seed.sql' % uri]])


@cmd("sqlcmd", "mssql", "db-password", PW, "SA_PASSWORD", excl="&;%^", wins=True,
     struct=lambda r: ["sqlcmd -S %s -E -d %s -i deploy.sql" % (host(r), r.choice(APPS)), "# -E uses Windows integrated auth"])
def _(rng, v):
    return rng.choice([
        ['sqlcmd -S %s,1433 -U %s -P %s -d %s -i migrate.sql' % (host(rng), rng.choice(["sa", "deploy", user(rng)]), Q(rng, v, ('"', "'") if True else ()), rng.choice(APPS))],
        ['/opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P %s -C -Q "SELECT @@VERSION"' % Q(rng, v)],
    ])


@cmd("mongosh", "mongodb", "connection-uri-password", _urlpw, "MONGO_PASSWORD")
def _(rng, v):
    c = "cluster%d.%s.mongodb.net" % (rng.randint(0, 3), rs(rng, 5, string.ascii_lowercase + string.digits))
    u = user(rng)
    if rng.random() < 0.5:
        return rng.choice([['mongosh "mongodb+srv://%s:%s@%s/%s" --eval "db.stats()"' % (u, v.t, c, rng.choice(APPS))],
                           ['mongodump --uri="mongodb+srv://%s:%s@%s/%s" --archive=/backup/%s.gz --gzip' % (u, v.t, c, rng.choice(APPS), rng.choice(APPS))]])
    return [rng.choice(["mongo", "mongosh"]) + " --host %s --port 27017 -u %s -p %s --authenticationDatabase admin" % (host(rng, "mongo"), u, Q(rng, v))]


@cmd("redis-cli", "redis", "db-password", PW, "REDIS_PASSWORD", excl="&;",
     struct=lambda r: ["REDISCLI_AUTH=\"$REDIS_PASSWORD\" redis-cli -h %s -p 6379 PING" % host(r, "redis")])
def _(rng, v):
    h = host(rng, "redis")
    return rng.choice([["redis-cli -h %s -p 6379 -a %s --no-auth-warning FLUSHDB" % (h, Q(rng, v))],
                       ["redis-cli -h %s -a %s INFO replication" % (h, Q(rng, v))],
                       ["redis-cli --tls -h %s -p 6380 --user default --pass %s PING" % (h, Q(rng, v))]])


@cmd("sshpass", "ssh", "ssh-password", PW, "SSHPASS", excl="&;",
     struct=lambda r: ["sshpass -e ssh -o StrictHostKeyChecking=no %s@%s 'uptime'" % (user(r), host(r, "app")), "# SSHPASS exported by the CI runner"])
def _(rng, v):
    h = host(rng, "app")
    u = user(rng)
    return rng.choice([["sshpass -p %s ssh -o StrictHostKeyChecking=no %s@%s 'sudo systemctl restart %s'" % (Q(rng, v), u, h, rng.choice(APPS))],
                       ["sshpass -p %s scp -P 22 dist/%s.tar.gz %s@%s:/opt/releases/" % (Q(rng, v), rng.choice(APPS), u, h)],
                       ["sshpass -p %s rsync -az -e ssh build/ %s@%s:/var/www/html/" % (Q(rng, v), u, h)]])


def registry(rng):
    return rng.choice(["", "ghcr.io", "registry.gitlab.com", "%s.azurecr.io" % rng.choice(ORGS).replace("-", ""),
                       "harbor.%s.com" % rng.choice(ORGS), "docker.io", "quay.io", "nexus.%s.internal:8443" % rng.choice(ORGS)])


@cmd("docker-login", "docker", "registry-password", lambda r, e: r.choice([dckr, lambda x: password(x, e + "&;"), ghp])(r) if True else None,
     "REGISTRY_PASSWORD",
     struct=lambda r: ['echo "$REGISTRY_TOKEN" | docker login %s -u %s --password-stdin' % (registry(r), user(r))])
def _(rng, v):
    reg = registry(rng)
    u = user(rng)
    f = rng.choice(["-p %s", "--password %s", "--password=%s"]) % Q(rng, v)
    return rng.choice([["docker login %s -u %s %s" % (reg, u, f)], ["docker login -u %s %s %s" % (u, f, reg)]])


@cmd("helm-registry", "helm", "registry-password", lambda r, e: r.choice([dckr, lambda x: password(x, e + "&;")])(r), "HELM_REPO_PASSWORD",
     struct=lambda r: ['echo "$CR_PAT" | helm registry login ghcr.io -u %s --password-stdin' % user(r)])
def _(rng, v):
    reg = rng.choice(["ghcr.io", "registry-1.docker.io", "%s.azurecr.io" % rng.choice(ORGS).replace("-", ""), "harbor.%s.com" % rng.choice(ORGS)])
    if rng.random() < 0.3:
        return ["helm repo add %s https://charts.%s.com --username %s --password %s" % (rng.choice(ORGS), rng.choice(ORGS), user(rng), Q(rng, v))]
    return ["helm registry login %s --username %s --password %s" % (reg, user(rng), Q(rng, v))]


@cmd("az-login", "azure", "client-secret", lambda r, e: azure_secret(r), "AZURE_CLIENT_SECRET", wins=True,
     struct=lambda r: [r.choice(["az login --identity", "az login --use-device-code", "az login --service-principal -u %s --certificate ./sp-cert.pem --tenant %s" % (uuid4(r), uuid4(r))])])
def _(rng, v):
    return ["az login --service-principal -u %s -p %s --tenant %s" % (uuid4(rng), Q(rng, v), uuid4(rng)),
            "az account set --subscription %s" % uuid4(rng)]


@cmd("aws-configure", "aws", "secret-access-key", lambda r, e: aws_secret(r), "AWS_SECRET_ACCESS_KEY",
     ph=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<secret-access-key>", "YOUR_SECRET_KEY"],
     struct=lambda r: ["aws configure set region %s --profile %s" % (r.choice(REGIONS), r.choice(ENVS)), "aws configure set output json"])
def _(rng, v):
    prof = rng.choice(ENVS)
    akid = "AKIAIOSFODNN7EXAMPLE" if v.kind != "lit" else aws_akid(rng)
    if v.kind == "ref":
        akid = "$AWS_ACCESS_KEY_ID"
    lines = ["aws configure set aws_access_key_id %s --profile %s" % (akid, prof),
             "aws configure set aws_secret_access_key %s --profile %s" % (Q(rng, v), prof),
             "aws configure set region %s --profile %s" % (rng.choice(REGIONS), prof)]
    return lines


@cmd("gh-auth", "github", "personal-access-token", lambda r, e: r.choice([ghp, github_pat])(r), "GH_TOKEN",
     ph=["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<your-token>", "YOUR_GITHUB_TOKEN"],
     struct=lambda r: ["gh auth login --web --hostname github.com", "gh auth status"])
def _(rng, v):
    return rng.choice([["gh auth login --with-token <<< %s" % Q(rng, v)],
                       ["echo %s | gh auth login --with-token" % Q(rng, v)],
                       ["GH_TOKEN=%s gh release create v%d.%d.%d dist/*.tar.gz --generate-notes" % (Q(rng, v), rng.randint(0, 5), rng.randint(0, 20), rng.randint(0, 9))]])


@cmd("npm-token", "npm", "npm-access-token", lambda r, e: npm_tok(r), "NPM_TOKEN",
     ph=["<NPM_TOKEN>", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "YOUR_NPM_TOKEN"],
     struct=lambda r: ["npm config set @%s:registry https://npm.pkg.github.com" % r.choice(ORGS), "npm login --scope=@%s" % r.choice(ORGS)])
def _(rng, v):
    reg = rng.choice(["registry.npmjs.org", "npm.pkg.github.com", "%s.jfrog.io/artifactory/api/npm/npm-local" % rng.choice(ORGS)])
    if v.kind == "ref" and rng.random() < 0.5:
        return ["npm config set //%s/:_authToken '${NPM_TOKEN}'" % reg]
    return rng.choice([["npm config set //%s/:_authToken %s" % (reg, Q(rng, v))],
                       ['echo "//%s/:_authToken=%s" > ~/.npmrc' % (reg, v.t)]])


@cmd("git-clone", "git", "git-https-token", lambda r, e: git_token(r), "GIT_TOKEN",
     ph=["<token>", "YOUR_TOKEN", "TOKEN"],
     struct=lambda r: ["git clone git@github.com:%s/%s.git" % (r.choice(ORGS), r.choice(APPS))])
def _(rng, v):
    org, app = rng.choice(ORGS), rng.choice(APPS)
    t = v.t
    if t.startswith("glpat-"):
        url = "https://oauth2:%s@gitlab.com/%s/%s.git" % (t, org, app)
    else:
        url = "https://%s:%s@github.com/%s/%s.git" % (rng.choice([user(rng), "x-access-token", "oauth2"]), t, org, app)
    return rng.choice([["git clone --depth 1 %s" % url],
                       ["git remote set-url origin %s" % url, "git push origin HEAD:%s" % rng.choice(["main", "release", "gh-pages"])],
                       ["git clone -b %s %s /opt/%s" % (rng.choice(["main", "v1.4.2", "develop"]), url, app)]])


@cmd("htpasswd", "apache", "htpasswd-password", PW, "ADMIN_PASS", excl="&;",
     struct=lambda r: ["htpasswd -nB %s" % user(r), "# paste the generated line into .htpasswd"])
def _(rng, v):
    return ["htpasswd -%s %s %s %s" % (rng.choice(["b", "bc", "Bb", "Bbc"]), rng.choice(["/etc/nginx/.htpasswd", "/etc/apache2/.htpasswd", "./auth/htpasswd"]), user(rng), Q(rng, v))]


@cmd("openssl-pass", "openssl", "key-passphrase", PW, "KEY_PASSPHRASE", excl="&; ",
     struct=lambda r: [r.choice(["openssl pkcs12 -export -in tls.crt -inkey tls.key -out keystore.p12 -passout env:P12_PASSWORD",
                                 "openssl rsa -in server.key.enc -out server.key -passin file:/run/secrets/key_pass"])])
def _(rng, v):
    t = v.t
    return rng.choice([["openssl pkcs12 -export -in tls.crt -inkey tls.key -name %s -out keystore.p12 -passout pass:%s" % (rng.choice(APPS), t)],
                       ["openssl rsa -in certs/server.key.enc -out certs/server.key -passin pass:%s" % t],
                       ["openssl enc -aes-256-cbc -pbkdf2 -d -in secrets.tar.gz.enc -out secrets.tar.gz -pass pass:%s" % t],
                       ["openssl pkcs12 -in client.p12 -nokeys -out client.crt -passin %spass:%s%s" % (('"', t, '"') if v.kind == "ref" else ("'", t, "'"))]])


@cmd("zip-P", "zip", "archive-password", PW, "ZIP_PASS", excl="&; ")
def _(rng, v):
    return ["zip -r -P %s /tmp/%s-export.zip reports/" % (Q(rng, v), rng.choice(APPS))]


@cmd("7z-p", "7zip", "archive-password", PW, "ARCHIVE_PASS", excl="&; '\"",
     struct=lambda r: ["7z x -y archive.7z -o/tmp/out", "# 7z asks for the password"])
def _(rng, v):
    return [rng.choice(["7z a -t7z -mhe=on -p%s backup-%s.7z data/" % (v.t, rng.choice(ENVS)), "7z x -p%s -o/opt/%s release.7z" % (v.t, rng.choice(APPS))])]


@cmd("rar-hp", "rar", "archive-password", PW, "RAR_PASS", excl="&; '\"")
def _(rng, v):
    return ["rar a -hp%s -m5 logs-%s.rar /var/log/%s/" % (v.t, rng.choice(ENVS), rng.choice(APPS))]


@cmd("gpg-passphrase", "gnupg", "gpg-passphrase", PW, "GPG_PASSPHRASE", excl="&;",
     struct=lambda r: ["gpg --batch --pinentry-mode loopback --passphrase-file /run/secrets/gpg_pass -d secrets.env.gpg > secrets.decrypted"])
def _(rng, v):
    return rng.choice([["gpg --batch --yes --pinentry-mode loopback --passphrase %s -d secrets.tar.gpg | tar xz" % Q(rng, v)],
                       ["gpg --batch --passphrase %s --symmetric --cipher-algo AES256 db.sql" % Q(rng, v)]])


@cmd("smbclient", "samba", "smb-password", PW, "SMB_PASS", excl="&; '\"",
     struct=lambda r: ["smbclient //%s/share -A /etc/samba/creds.conf -c 'ls'" % host(r, "fs")])
def _(rng, v):
    return ["smbclient //%s/%s -U %s%%%s -c 'put report.csv'" % (host(rng, "fs"), rng.choice(["finance", "share", "backups", "scans"]), rng.choice(["CORP/", ""]) + user(rng), v.t)]


@cmd("mount-cifs", "cifs", "smb-password", PW, "CIFS_PASS", excl="&;, '\"",
     struct=lambda r: ["mount -t cifs //%s/backups /mnt/backups -o credentials=/root/.smbcred,uid=1000,vers=3.0" % host(r, "fs")])
def _(rng, v):
    return ["mount -t cifs //%s/%s /mnt/%s -o username=%s,password=%s,vers=3.0,uid=%d" % (host(rng, "fs"), rng.choice(["data", "backups"]), rng.choice(["nas", "backups"]), user(rng), v.t, rng.choice([0, 1000, 33]))]


@cmd("ldapsearch", "ldap", "bind-password", PW, "LDAP_BIND_PW", excl="&;",
     struct=lambda r: ['ldapsearch -x -H ldaps://ldap.%s.com -D "cn=admin,dc=%s,dc=com" -W -b "ou=people,dc=%s,dc=com"' % ((r.choice(ORGS),) * 3)])
def _(rng, v):
    o = rng.choice(ORGS).replace("-", "")
    return ['ldapsearch -x -H ldap://ldap.%s.com:389 -D "cn=%s,dc=%s,dc=com" -w %s -b "ou=people,dc=%s,dc=com" "(uid=%s)" mail' % (o, rng.choice(["admin", "readonly", "svc-ldap"]), o, Q(rng, v), o, rng.choice(FIRST))]


@cmd("ldappasswd", "ldap", "new-user-password", PW, "NEW_PW", excl="&;")
def _(rng, v):
    o = rng.choice(ORGS).replace("-", "")
    return ['ldappasswd -x -H ldap://ldap.%s.com -D "cn=admin,dc=%s,dc=com" -W -s %s "uid=%s,ou=people,dc=%s,dc=com"' % (o, o, Q(rng, v), rng.choice(FIRST), o)]


@cmd("lftp", "ftp", "ftp-password", PW, "FTP_PASS", excl="&;, '\"",
     struct=lambda r: ["lftp -u %s sftp://%s -e 'mirror -R dist/ /htdocs; quit'" % (user(r), host(r, "ftp"))])
def _(rng, v):
    return ["lftp -u %s,%s sftp://%s -e 'mirror -R --delete dist/ /var/www; quit'" % (user(rng), v.t, host(rng, "ftp"))]


@cmd("ncftp", "ftp", "ftp-password", PW, "FTP_PASSWORD", excl="&;")
def _(rng, v):
    return ["ncftpput -R -v -u %s -p %s %s /public_html dist/*" % (user(rng), Q(rng, v), host(rng, "ftp"))]


@cmd("rsync-pw", "rsync", "rsync-password", PW, "RSYNC_PASS", excl="&;",
     struct=lambda r: ["rsync -avz --password-file=/etc/rsync.secret backup/ rsync://%s@%s/backups/" % (user(r), host(r, "nas"))])
def _(rng, v):
    return rng.choice([["RSYNC_PASSWORD=%s rsync -avz --delete backup/ rsync://%s@%s/backups/" % (Q(rng, v), user(rng), host(rng, "nas"))],
                       ["export RSYNC_PASSWORD=%s" % Q(rng, v), "rsync -rtv rsync://%s@%s/mirror/ /srv/mirror/" % (user(rng), host(rng, "nas"))]])


@cmd("keytool", "java", "keystore-password", PW, "STORE_PASS", excl="&;",
     struct=lambda r: ["keytool -list -v -keystore app.jks", "# keytool prompts for the store password"])
def _(rng, v):
    a = rng.choice(APPS)
    return rng.choice([["keytool -importcert -noprompt -alias %s-ca -file ca.crt -keystore truststore.jks -storepass %s" % (a, Q(rng, v))],
                       ["keytool -genkeypair -alias %s -keyalg RSA -keysize 2048 -validity 825 \\" % a,
                        "  -dname \"CN=%s.%s.com, O=%s\" -keystore keystore.p12 -storetype PKCS12 -storepass %s" % (a, rng.choice(ORGS), rng.choice(ORGS).capitalize(), Q(rng, v))]])


@cmd("jarsigner", "java", "keystore-password", PW, "SIGNING_STORE_PASS", excl="&;",
     struct=lambda r: ["jarsigner -verify -verbose -certs app-release.apk"])
def _(rng, v):
    return ["jarsigner -verbose -sigalg SHA256withRSA -digestalg SHA-256 -keystore release.jks -storepass %s app-release-unsigned.apk %s" % (Q(rng, v), rng.choice(["release", "upload", "android"]))]


@cmd("vault-login", "hashicorp-vault", "vault-token", lambda r, e: vault_tok(r), "VAULT_TOKEN",
     ph=["<token>", "hvs.XXXXXXXXXXXXXXXXXXXXXXXX", "root"],
     struct=lambda r: ["vault login -method=oidc role=%s" % r.choice(["dev", "ops"]), "vault kv get -field=password secret/%s/db" % r.choice(APPS)])
def _(rng, v):
    return rng.choice([["export VAULT_ADDR=https://vault.%s.com:8200" % rng.choice(ORGS), "vault login %s" % Q(rng, v)],
                       ["VAULT_TOKEN=%s vault kv get -format=json secret/%s/%s" % (Q(rng, v), rng.choice(ENVS), rng.choice(APPS))]])


@cmd("kubectl-secret", "kubernetes", "secret-literal", PW, "DB_PASSWORD", excl="&; '\"")
def _(rng, v):
    a = rng.choice(APPS)
    k = rng.choice(["password", "DB_PASSWORD", "api-key", "POSTGRES_PASSWORD", "token", "redis-password"])
    return ["kubectl create secret generic %s-db -n %s \\" % (a, rng.choice(ENVS)),
            "  --from-literal=username=%s \\" % user(rng),
            "  --from-literal=%s=%s" % (k, Q(rng, v))]


@cmd("rabbitmqctl", "rabbitmq", "broker-password", PW, "RABBIT_PASS", excl="&;",
     struct=lambda r: ["rabbitmqctl list_users", "rabbitmqctl add_vhost /%s" % r.choice(APPS)])
def _(rng, v):
    u = rng.choice(APPS).replace("-", "_")
    return ["rabbitmqctl add_user %s %s" % (u, Q(rng, v)),
            "rabbitmqctl set_user_tags %s monitoring" % u,
            'rabbitmqctl set_permissions -p / %s ".*" ".*" ".*"' % u]


@cmd("influx", "influxdb", "api-token", lambda r, e: influx_tok(r), "INFLUX_TOKEN",
     struct=lambda r: ["influx bucket list --org-id %s" % rs(r, 16, HEX)])
def _(rng, v):
    return rng.choice([["influx config create --config-name %s --host-url https://influx.%s.com:8086 --org %s --token %s --active" % (rng.choice(ENVS), rng.choice(ORGS), rng.choice(ORGS), Q(rng, v))],
                       ["influx write -b %s -o %s -t %s -p s @metrics.lp" % (rng.choice(["telemetry", "metrics"]), rng.choice(ORGS), Q(rng, v))]])


@cmd("mc-alias", "minio", "secret-key", lambda r, e: minio_secret(r), "MINIO_SECRET_KEY",
     struct=lambda r: ["mc alias list", "mc ls %s/%s" % (r.choice(ENVS), r.choice(APPS))])
def _(rng, v):
    return ["mc alias set %s https://minio.%s.com %s %s" % (rng.choice(["s3", "minio", "backup", rng.choice(ENVS)]), rng.choice(ORGS), minio_access(rng) if v.kind == "lit" else "$MINIO_ACCESS_KEY", Q(rng, v))]


@cmd("rclone", "rclone", "remote-password", PW, "SFTP_PASS", excl="&; '\"")
def _(rng, v):
    return ["rclone config create %s sftp host %s user %s pass %s" % (rng.choice(["offsite", "nas", "backup"]), host(rng, "nas"), user(rng), Q(rng, v))]


@cmd("sqlplus", "oracle", "db-password", _urlpw, "ORA_PASS", excl="&;@/")
def _(rng, v):
    return ["sqlplus -s %s/%s@%s:1521/%s @scripts/%s.sql" % (user(rng), v.t, host(rng), rng.choice(["ORCLPDB1", "XEPDB1", "PROD"]), rng.choice(["grants", "refresh_mv", "purge"]))]


# ------------------------------------------------------------ negative values
def neg_value(rng, c, ctx):
    r = rng.random()
    nm = c["refname"]
    if r < 0.55:
        refs = {
            "sh": ["$" + nm, "${%s}" % nm, "$(cat /run/secrets/%s)" % nm.lower(), "$(vault kv get -field=password secret/%s)" % rng.choice(APPS),
                   "$(aws secretsmanager get-secret-value --secret-id %s/%s --query SecretString --output text)" % (rng.choice(ENVS), rng.choice(APPS)),
                   "$(pass show %s/%s)" % (rng.choice(ENVS), rng.choice(APPS))],
            "make": ["$(%s)" % nm, "$${%s}" % nm],
            "gha": ["${{ secrets.%s }}" % nm, "$" + nm],
            "ci": ["$" + nm, "${%s}" % nm],
            "ansible": ["{{ %s }}" % nm.lower(), "{{ vault_%s }}" % nm.lower()],
            "ps": ["$env:%s" % nm],
            "bat": ["%%%s%%" % nm],
            "docs": [],
        }[ctx]
        if refs:
            return V(rng.choice(refs), "ref")
    if c["struct"] and r < 0.75:
        return "STRUCT"
    phs = (c["ph"] or []) + ["<password>", "YOUR_PASSWORD", "changeme", "********", "xxxxxxxx", "<secret>", "REPLACE_ME", "[password]", "..."]
    if c["kind"].endswith("token") or c["kind"] in ("client-secret", "secret-access-key", "api-token", "vault-token"):
        phs = (c["ph"] or []) + ["<token>", "YOUR_TOKEN_HERE", "XXXXXXXXXXXXXXXX", "********"]
    return V(rng.choice(phs), "ph")


# ------------------------------------------------------------- filler / misc
def sh_vars(rng):
    app = FILE_APP[0]
    pool = [
        "APP_NAME=%s" % app,
        "ENVIRONMENT=${ENVIRONMENT:-%s}" % rng.choice(ENVS),
        "RELEASE=v%d.%d.%d" % (rng.randint(0, 5), rng.randint(0, 30), rng.randint(0, 9)),
        "REGION=%s" % rng.choice(REGIONS),
        "BACKUP_DIR=/var/backups/%s" % app,
        "RETENTION_DAYS=%d" % rng.choice([7, 14, 30, 90]),
        "LOG_FILE=/var/log/%s/job.log" % app,
        "TIMESTAMP=$(date +%Y%m%d-%H%M%S)",
        "WORKDIR=$(mktemp -d)",
        "NAMESPACE=%s" % rng.choice(ENVS),
        "MAX_RETRIES=%d" % rng.randint(2, 6),
    ]
    out = rng.sample(pool, rng.randint(2, 7))
    if rng.random() < 0.5:
        out += ["", "log() {", '  echo "$(date -u +%FT%TZ) [$APP_NAME] $*"' if "APP_NAME" in out[0] else '  echo "$(date -u +%FT%TZ) $*"', "}"]
    if rng.random() < 0.4:
        out += ["", "cleanup() {", '  rm -rf "${WORKDIR:-/tmp/none}"', "}", "trap cleanup EXIT"]
    if rng.random() < 0.3:
        out += ["", 'if [ "$(id -u)" -ne 0 ]; then', '  echo "run as root" >&2', "  exit 1", "fi"]
    return out


def sh_filler(rng, n):
    app = FILE_APP[0]
    pool = [
        'echo "[$(date -u +%%FT%%TZ)] starting %s"' % rng.choice(["backup", "deploy", "migration", "sync", "rotation"]),
        'mkdir -p "${BACKUP_DIR:-/var/backups}"',
        'find "${BACKUP_DIR:-/var/backups}" -type f -mtime +${RETENTION_DAYS:-14} -delete',
        "docker build -t %s:${RELEASE:-latest} ." % app,
        "kubectl rollout status deployment/%s -n %s --timeout=120s" % (app, rng.choice(ENVS)),
        "sleep %d" % rng.choice([2, 5, 10, 30]),
        "cd \"$(dirname \"$0\")/..\"",
        "tar -czf /tmp/%s.tgz ./dist" % app,
        'echo "done in ${SECONDS}s"',
        "# %s" % rng.choice(["keep this idempotent", "runs nightly from cron", "see docs/runbooks/%s.md" % app,
                              "TODO: move to terraform", "ticket OPS-%d" % rng.randint(100, 9999), "do not run against prod without approval"]),
        "systemctl reload nginx",
        "export TZ=UTC",
        "pip install --no-cache-dir -r requirements.txt",
        "npm ci --prefer-offline --no-audit",
        'if [ -z "${ENVIRONMENT:-}" ]; then echo "ENVIRONMENT not set" >&2; exit 1; fi',
        "git fetch --tags && git checkout %s" % gitsha(rng),
        "df -h /var/lib/%s | tail -1" % rng.choice(["mysql", "postgresql", "docker"]),
        'for i in $(seq 1 "${MAX_RETRIES:-3}"); do',
        "curl -fsS http://localhost:%d/healthz && break || sleep 5" % rng.choice([8080, 9000, 3000]),
        'ls -1t /var/backups/%s | tail -n +8 | xargs -r rm -f' % app,
        "gzip -9 /tmp/%s-*.log || true" % app,
        'test -f /etc/%s/config.yml || { echo "missing config"; exit 1; }' % app,
        "aws s3 cp /tmp/%s.tgz s3://%s-artifacts/%s/ --sse AES256" % (app, rng.choice(ORGS), app),
        "journalctl -u %s --since '10 min ago' --no-pager | tail -n 50" % app,
    ]
    out = []
    for l in rng.sample(pool, min(n, len(pool))):
        if l.startswith("for i in"):
            out += [l, "  curl -fsS http://localhost:8080/healthz && break", "  sleep 5", "done"]
        elif l.startswith("curl -fsS http://localhost"):
            out += ['until ' + l.split(" && ")[0] + '; do sleep 5; done']
        else:
            out.append(l)
    return out


LOOKALIKES = [
    ("docker-port-digest", lambda r: ["docker run -d --name %s -p %d:%d %s/%s@sha256:%s" % (r.choice(APPS), r.choice([8080, 3000, 5432, 6379, 9000]), r.choice([80, 8080, 5432]), r.choice(["ghcr.io/" + r.choice(ORGS), "docker.io/library"]), r.choice(["nginx", "postgres", "redis", r.choice(APPS)]), sha256hex(r))]),
    ("mysql-port", lambda r: ["mysql -h %s -P 3306 -u %s -p %s" % (host(r), user(r), r.choice(APPS).replace("-", "_"))]),
    ("psql-port", lambda r: ["psql -h %s -p 5432 -U %s -d %s -c 'SELECT now()'" % (host(r), user(r), r.choice(APPS).replace("-", "_"))]),
    ("ssh-port", lambda r: ["ssh -p %d -i ~/.ssh/id_ed25519 %s@%s 'df -h'" % (r.choice([22, 2222, 2022]), user(r), host(r, "app"))]),
    ("git-sha", lambda r: ["git checkout %s" % gitsha(r), "git cherry-pick %s" % gitsha(r)]),
    ("sha256sum", lambda r: ['echo "%s  %s_%d.%d.%d_linux_amd64.zip" | sha256sum -c -' % (sha256hex(r), r.choice(["terraform", "vault", "consul", "packer"]), 1, r.randint(0, 12), r.randint(0, 9))]),
    ("aws-profile", lambda r: ["aws --profile %s s3 sync dist/ s3://%s-%s-assets/ --delete" % (r.choice(ENVS), r.choice(ORGS), r.choice(ENVS)), "aws configure set region %s" % r.choice(REGIONS)]),
    ("curl-user-only", lambda r: ["curl -k -u %s %s" % (user(r), api_url(r)), "# -k because the staging cert is self-signed"]),
    ("gpg-fingerprint", lambda r: ["gpg --keyserver hkps://keys.openpgp.org --recv-keys %s" % rs(r, 40, "0123456789ABCDEF")]),
    ("known-hosts", lambda r: ['echo "%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" >> ~/.ssh/known_hosts' % (host(r, "git"), rs(r, 43, ALNUM + "+/"))]),
    ("az-subscription", lambda r: ["az account set --subscription %s" % uuid4(r), "az aks get-credentials -g rg-%s -n aks-%s" % (r.choice(APPS), r.choice(ENVS))]),
    ("kubectl-configmap", lambda r: ["kubectl create configmap %s-config --from-literal=LOG_LEVEL=%s --from-literal=REGION=%s" % (r.choice(APPS), r.choice(["info", "debug"]), r.choice(REGIONS))]),
    ("helm-digest", lambda r: ["helm upgrade --install %s ./chart --set image.digest=sha256:%s --set replicaCount=%d" % (r.choice(APPS), sha256hex(r), r.randint(1, 6))]),
    ("npm-integrity", lambda r: ["npm view %s@%d.%d.%d dist.integrity" % (r.choice(["lodash", "express", "react"]), r.randint(1, 5), r.randint(0, 20), r.randint(0, 9)), "# sha512-%s" % base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()]),
    ("request-id", lambda r: ['curl -sS -H "X-Request-ID: %s" -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28" https://api.github.com/repos/%s/%s/commits/%s' % (uuid4(r), r.choice(ORGS), r.choice(APPS), gitsha(r))]),
    ("etag", lambda r: ['curl -sI -H \'If-None-Match: "%s"\' %s' % (rs(r, 32, HEX), api_url(r))]),
    ("openssl-fingerprint", lambda r: ["openssl x509 -in certs/%s.crt -noout -fingerprint -sha256" % r.choice(APPS), "# SHA256 Fingerprint=%s" % ":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(32))]),
    ("keytool-list", lambda r: ["keytool -list -v -keystore truststore.jks | grep -A2 'Serial number'", "# Serial number: %s" % rs(r, 32, HEX)]),
    ("htpasswd-prompt", lambda r: ["htpasswd -c /etc/nginx/.htpasswd %s" % user(r)]),
    ("influx-orgid", lambda r: ["influx bucket create -n %s --org-id %s -r 30d" % (r.choice(["metrics", "logs"]), rs(r, 16, HEX))]),
    ("minio-access-id", lambda r: ["mc admin user info %s %s" % (r.choice(ENVS), minio_access(r))]),
    ("gh-run", lambda r: ["gh run download %d -n dist" % r.randint(10 ** 9, 10 ** 10), "gh release download v%d.%d.%d -p '*.tar.gz'" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9))]),
    ("redis-port", lambda r: ["redis-cli -h %s -p 6379 -n %d --scan --pattern 'session:*' | head" % (host(r, "redis"), r.randint(0, 15))]),
    ("rsync-ssh-port", lambda r: ['rsync -avz -e "ssh -p %d" dist/ %s@%s:/srv/app/' % (r.choice([22, 2222]), user(r), host(r, "app"))]),
    ("cosign", lambda r: ["cosign verify --key cosign.pub ghcr.io/%s/%s@sha256:%s" % (r.choice(ORGS), r.choice(APPS), sha256hex(r))]),
    ("zip-plain", lambda r: ["zip -r -9 -q dist-%s.zip build/" % r.choice(ENVS), "7z x -y release.7z -o/opt/%s" % r.choice(APPS)]),
    ("ldap-anon", lambda r: ['ldapsearch -x -H ldap://ldap.%s.com -b "dc=%s,dc=com" "(uid=%s)" cn mail' % (r.choice(ORGS), r.choice(ORGS), r.choice(FIRST))]),
    ("docker-login-ecr", lambda r: ["aws ecr get-login-password --region %s | docker login --username AWS --password-stdin %d.dkr.ecr.%s.amazonaws.com" % ((lambda g: (g, r.randint(10 ** 11, 10 ** 12 - 1), g))(r.choice(REGIONS)))]),
    ("vault-oidc", lambda r: ["vault login -method=oidc", "vault kv get -field=api_key secret/%s" % r.choice(APPS)]),
    ("mongo-noauth", lambda r: ['mongosh --host %s --port 27017 --eval "db.adminCommand({ping: 1})"' % host(r, "mongo")]),
]


# ------------------------------------------------------------------ wrappers
# wrapper(rng, body_lines, c, ctx) -> (relpath, filetype, text)
def cmds(body):
    """Collapse backslash continuations; drop comments; one entry per command."""
    out, cur = [], ""
    for l in body:
        if l.startswith("#"):
            continue
        if l.rstrip().endswith("\\"):
            cur += l.rstrip()[:-1].strip() + " "
            continue
        out.append((cur + l.strip()) if cur else l)
        cur = ""
    if cur:
        out.append(cur.strip())
    return out


def oneline(body):
    return " && ".join(cmds(body))


def indent(lines, pre):
    return [(pre + l) if l else l for l in lines]


def w_shell(rng, body, title):
    app = FILE_APP[0]
    path = rng.choice(["scripts/%s.sh" % rng.choice(["deploy", "backup", "restore", "sync", "bootstrap", "migrate", "release"]),
                       "bin/%s-%s.sh" % (app, rng.choice(["backup", "deploy"])), "deploy/run.sh", "ops/%s.sh" % rng.choice(["nightly", "rotate", "provision"]),
                       "tools/%s" % rng.choice(["setup.sh", "install.sh", "seed-db.sh"])])
    head = [rng.choice(["#!/usr/bin/env bash", "#!/bin/bash", "#!/bin/sh"]), rng.choice(["set -euo pipefail", "set -e", "set -eux"]), "",
            "# %s" % title, ""]
    lines = head + sh_vars(rng) + [""] + sh_filler(rng, rng.randint(1, 6)) + [""] + body + [""] + sh_filler(rng, rng.randint(2, 9))
    if rng.random() < 0.4:
        lines += ["", 'echo "%s finished"' % app]
    return path, "shell", lines


def w_make(rng, body, title):
    app = FILE_APP[0]
    lines = ["# %s Makefile" % app, "APP      := %s" % app, "VERSION  ?= %d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 9)),
             "REGISTRY ?= ghcr.io/%s" % rng.choice(ORGS), "", ".PHONY: build test deploy %s" % title.replace(" ", "-"), "", "build:",
             "\tdocker build -t $(REGISTRY)/$(APP):$(VERSION) .", "", "test:", "\tgo test ./... -race -count=1", "",
             "%s:" % title.replace(" ", "-")] + ["\t" + l for l in body] + ["", "deploy: build", "\tkubectl apply -f k8s/", "\tkubectl rollout status deploy/$(APP)", "",
                                                            "clean:", "\trm -rf dist/ coverage.out"]
    return "Makefile" if rng.random() < 0.7 else "ops/%s.mk" % app, "makefile", lines


def w_docker(rng, body, title):
    base = rng.choice(["debian:bookworm-slim", "ubuntu:22.04", "alpine:3.19", "python:3.12-slim", "node:20-bookworm", "eclipse-temurin:17-jdk"])
    lines = ["FROM %s" % base, "", "LABEL org.opencontainers.image.source=\"https://github.com/%s/%s\"" % (rng.choice(ORGS), rng.choice(APPS)),
             "ARG VERSION=%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 9)), "WORKDIR /app", "",
             "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\" if "alpine" not in base else "RUN apk add --no-cache curl ca-certificates bash",
             ]
    if "alpine" not in base:
        lines.append("    && rm -rf /var/lib/apt/lists/*")
    lines += ["", "# %s" % title]
    # join body into a RUN with continuations
    body2 = [l for l in body if not l.startswith("#")]
    run = []
    for i, l in enumerate(body2):
        l = l.rstrip("\\").rstrip()
        pre = "RUN " if i == 0 else "    "
        suf = " && \\" if i < len(body2) - 1 else ""
        run.append(pre + l + suf)
    lines += run + ["", "COPY . .", "EXPOSE %d" % rng.choice([8080, 3000, 8000]),
                    'CMD ["%s"]' % rng.choice(["./server", "python", "node", "java"])]
    return rng.choice(["Dockerfile", "docker/Dockerfile", "build/%s.Dockerfile" % rng.choice(APPS)]), "dockerfile", lines


def w_gha(rng, body, title):
    lines = ["name: %s" % rng.choice(["Deploy", "Release", "Nightly backup", "CI", "Publish"]), "", "on:", "  push:", "    branches: [main]",
             "  workflow_dispatch:", "", "jobs:", "  %s:" % title.replace(" ", "-"), "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@%s" % rng.choice(["v4", gitsha(rng)]),
             ] + rng.choice([["      - uses: actions/setup-node@v4", "        with:", "          node-version: 20", "      - run: npm ci", "      - run: npm test"],
                             ["      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.12'", "      - run: pip install -r requirements.txt", "      - run: pytest -q"],
                             ["      - uses: docker/setup-buildx-action@v3"], []]) + \
        ["      - name: %s" % title, "        env:", "          ENVIRONMENT: %s" % rng.choice(ENVS), "        run: |"] + \
        indent(body, "          ") + ["      - name: Notify", "        run: echo \"deployed ${{ github.sha }}\""]
    return ".github/workflows/%s.yml" % rng.choice(["deploy", "release", "ci", "backup", "publish"]), "yaml", lines


def yaml_item(l):
    if ": " in l or " #" in l or l.startswith(("*", "&", "!", "{", "[", "'", '"', "%", "@", "`", "|", ">", "?", "-")) or l.endswith(":"):
        return "'" + l.replace("'", "''") + "'"
    return l


def w_gitlab(rng, body, title):
    body2 = [l for l in body if not l.startswith("#")]
    items = []
    if any(l.endswith("\\") for l in body2) or rng.random() < 0.3:
        items = ["    - |"] + indent(body2, "      ")
    else:
        items = ["    - " + yaml_item(l) for l in body2]
    lines = ["stages:", "  - build", "  - deploy", "", "variables:", "  APP: %s" % rng.choice(APPS), "  DOCKER_DRIVER: overlay2", "",
             ] + (["build:", "  stage: build", "  image: docker:24", "  services: [docker:24-dind]", "  script:",
                   "    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .", "    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA", ""] if rng.random() < 0.6 else []) + [
             "%s:" % title.replace(" ", "_"), "  stage: deploy", "  image: %s" % rng.choice(["alpine:3.19", "debian:bookworm", "bitnami/kubectl:1.29", "mysql:8.0", "postgres:16"]),
             "  script:"] + items + ["  only:", "    - main", ""]
    return ".gitlab-ci.yml", "yaml", lines


def w_jenkins(rng, body, title):
    lines = ["pipeline {", "    agent any", "    options { timestamps() }", "    stages {", "        stage('Build') {", "            steps {",
             "                sh 'make build'", "            }", "        }", "        stage('%s') {" % title, "            steps {", "                sh '''"] + \
        indent(body, "                    ") + ["                '''", "            }", "        }", "    }", "    post {", "        always { cleanWs() }", "    }", "}"]
    return "Jenkinsfile", "groovy", lines


def w_readme(rng, body, title):
    app = FILE_APP[0]
    lines = ["# %s" % app, "", "Internal service for %s." % rng.choice(["order processing", "nightly exports", "report generation", "user sync"]), "",
             "## %s" % title.capitalize(), "", rng.choice(["Run the following from a bastion host:", "Quick start:", "To reproduce locally:", "Steps:"]), "",
             "```bash"] + body + ["```", "", "## Troubleshooting", "", "- Check `kubectl logs deploy/%s`" % app,
                                  "- Ping #%s-oncall on Slack" % app, ""] + rng.choice([[], ["## Configuration", "", "| Variable | Default | Description |", "|---|---|---|",
                                  "| `PORT` | `8080` | HTTP listen port |", "| `LOG_LEVEL` | `info` | log verbosity |", "| `REGION` | `%s` | cloud region |" % rng.choice(REGIONS), ""]])
    return rng.choice(["README.md", "docs/%s.md" % title.replace(" ", "-"), "docs/setup.md"]), "markdown", lines


def w_runbook(rng, body, title):
    app = FILE_APP[0]
    lines = ["# Runbook: %s %s" % (app, title), "", "Owner: %s@%s.com  " % (rng.choice(FIRST), rng.choice(ORGS)),
             "Last reviewed: 20%02d-%02d-%02d" % (rng.randint(19, 25), rng.randint(1, 12), rng.randint(1, 28)), "", "## Symptoms", "",
             "- Alert `%s_%s` firing" % (app.replace("-", "_"), rng.choice(["down", "lag_high", "disk_full"])), "", "## Procedure", "",
             "1. SSH to the bastion.", "2. Run:", "", "    " + body[0]] + ["    " + l for l in body[1:]] + ["", "3. Verify the dashboard recovers.", ""]
    return "docs/runbooks/%s-%s.md" % (app, title.replace(" ", "-")), "markdown", lines


def w_history(rng, body, title):
    zsh = rng.random() < 0.4
    pool = ["ls -la", "cd /opt/%s" % rng.choice(APPS), "git status", "git pull", "vim config.yml", "docker ps", "kubectl get pods -n %s" % rng.choice(ENVS),
            "htop", "df -h", "tail -f /var/log/syslog", "sudo systemctl status nginx", "history | grep curl", "exit", "cat /etc/hosts",
            "ssh %s" % host(rng, "app"), "clear", "top", "du -sh *"]
    pre = [rng.choice(pool) for _ in range(rng.randint(8, 40))]
    post = [rng.choice(pool) for _ in range(rng.randint(3, 30))]
    body2 = []
    cur = ""
    for l in body:
        if l.startswith("#"):
            continue
        if l.endswith("\\"):
            cur += l[:-1].rstrip() + " "
            continue
        body2.append((cur + l.strip()) if cur else l)
        cur = ""
    lines = pre + body2 + post
    if zsh:
        t = rng.randint(1680000000, 1730000000)
        out = []
        for l in lines:
            t += rng.randint(3, 600)
            out.append(": %d:0;%s" % (t, l))
        lines = out
    return ("home/%s/%s" % (user(rng).replace(".", ""), ".zsh_history" if zsh else ".bash_history")), "history", lines


def w_compose(rng, body, title):
    one = oneline(body)
    app = FILE_APP[0]
    lines = ["services:", "  %s:" % app, "    image: ghcr.io/%s/%s:%d.%d" % (rng.choice(ORGS), app, rng.randint(1, 5), rng.randint(0, 20)),
             "    restart: unless-stopped", "    ports:", "      - \"%d:8080\"" % rng.choice([8080, 8081, 3000]),
             "    environment:", "      LOG_LEVEL: info", "      TZ: UTC", "", "  %s:" % title.replace(" ", "-"),
             "    image: %s" % rng.choice(["alpine:3.19", "mysql:8.0", "postgres:16-alpine", "redis:7"]),
             "    depends_on: [%s]" % app, "    entrypoint: [\"/bin/sh\", \"-c\"]", "    command:", "      - |"] + \
        indent([one], "        ") + ["", "volumes:", "  data: {}"]
    return rng.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.%s.yml" % rng.choice(ENVS)]), "yaml", lines


def w_k8s(rng, body, title):
    one = [l for l in body if not l.startswith("#")]
    app = FILE_APP[0]
    lines = ["apiVersion: batch/v1", "kind: CronJob", "metadata:", "  name: %s-%s" % (app, title.replace(" ", "-")),
             "  namespace: %s" % rng.choice(ENVS), "spec:", "  schedule: \"%d %d * * *\"" % (rng.randint(0, 59), rng.randint(0, 23)),
             "  concurrencyPolicy: Forbid", "  jobTemplate:", "    spec:", "      backoffLimit: 2", "      template:", "        spec:",
             "          restartPolicy: OnFailure", "          containers:", "            - name: job",
             "              image: %s" % rng.choice(["bitnami/mysql:8.0", "postgres:16", "alpine:3.19", "curlimages/curl:8.5.0"]),
             "              command: [\"/bin/sh\", \"-c\"]", "              args:", "                - |"] + \
        indent(one, "                  ") + ["              resources:", "                limits:", "                  memory: 256Mi"]
    return "k8s/%s-cronjob.yaml" % app, "yaml", lines


def w_ansible(rng, body, title):
    one = [l for l in body if not l.startswith("#")]
    lines = ["---", "- name: %s" % title, "  hosts: %s" % rng.choice(["dbservers", "web", "all", "backup"]), "  become: true",
             "  tasks:", "    - name: Install packages", "      ansible.builtin.apt:", "        name: [curl, jq]", "        state: present", "",
             "    - name: %s" % title, "      ansible.builtin.shell: |"] + indent(one, "        ") + \
        ["      args:", "        executable: /bin/bash", "      changed_when: false", "", "    - name: Restart service",
         "      ansible.builtin.systemd:", "        name: %s" % rng.choice(APPS), "        state: restarted"]
    return "ansible/%s.yml" % rng.choice(["site", "backup", "provision", "db"]), "yaml", lines


def w_python(rng, body, title):
    one = oneline(body)
    lines = ["#!/usr/bin/env python3", '"""%s helper."""' % title.capitalize(), "import logging", "import subprocess", "import sys", "",
             "log = logging.getLogger(__name__)", "", "", "def main() -> int:", "    log.info(\"running %s\")" % title,
             "    rc = subprocess.call(%s, shell=True)" % repr(one), "    if rc != 0:", "        log.error(\"failed with %s\", rc)",
             "        return rc", "    return 0", "", "", "if __name__ == \"__main__\":", "    logging.basicConfig(level=logging.INFO)",
             "    sys.exit(main())"]
    return "scripts/%s.py" % title.replace(" ", "_"), "python", lines


def w_node(rng, body, title):
    one = oneline(body)
    lines = ["'use strict';", "const { execSync } = require('child_process');", "const path = require('path');", "",
             "const root = path.resolve(__dirname, '..');", "console.log('%s…');" % title, "",
             "execSync(%s, { stdio: 'inherit', cwd: root });" % json.dumps(one), "", "console.log('ok');"]
    return "scripts/%s.js" % title.replace(" ", "-"), "javascript", lines


def w_pkgjson(rng, body, title):
    one = oneline(body)
    d = {"name": "@%s/%s" % (rng.choice(ORGS), rng.choice(APPS)), "version": "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 20), rng.randint(0, 9)),
         "private": True, "scripts": {"build": "tsc -p .", "test": "jest --ci", title.replace(" ", ":"): one, "lint": "eslint src"},
         "dependencies": {"express": "^4.19.2", "pg": "^8.11.3"}, "devDependencies": {"typescript": "^5.4.0", "jest": "^29.7.0"}}
    return "package.json", "json", json.dumps(d, indent=2).split("\n")


def w_crontab(rng, body, title):
    one = oneline(body)
    lines = ["# m h dom mon dow command", "SHELL=/bin/bash", "PATH=/usr/local/bin:/usr/bin:/bin", "MAILTO=ops@%s.com" % rng.choice(ORGS), "",
             "*/5 * * * * /opt/monitor/check.sh >/dev/null 2>&1", "%d %d * * * %s >> /var/log/%s.log 2>&1" % (rng.randint(0, 59), rng.randint(0, 5), one.replace("%", "\\%"), title.replace(" ", "-")),
             "0 4 * * 0 /usr/sbin/logrotate /etc/logrotate.conf", ""]
    return rng.choice(["ops/crontab", "deploy/cron/%s.cron" % rng.choice(APPS), "etc/cron.d/%s" % rng.choice(APPS)]), "crontab", lines


def w_vagrant(rng, body, title):
    lines = ["# -*- mode: ruby -*-", "Vagrant.configure(\"2\") do |config|", "  config.vm.box = \"%s\"" % rng.choice(["ubuntu/jammy64", "debian/bookworm64"]),
             "  config.vm.network \"forwarded_port\", guest: 80, host: 8080", "  config.vm.provider \"virtualbox\" do |vb|", "    vb.memory = 2048", "  end", "",
             "  config.vm.provision \"shell\", inline: <<-SHELL"] + indent([l for l in body if not l.startswith("#")], "    ") + ["  SHELL", "end"]
    return "Vagrantfile", "ruby", lines


def w_ps(rng, body, title):
    one = oneline(body)
    lines = ["#Requires -Version 5.1", "param(", "    [string]$Environment = \"%s\"" % rng.choice(ENVS), ")", "$ErrorActionPreference = 'Stop'", "",
             "Write-Host \"%s ($Environment)\"" % title, ""] + cmds(body) + ["if ($LASTEXITCODE -ne 0) { throw \"step failed: $LASTEXITCODE\" }", "",
             "Write-Host 'Done.'"]
    return "scripts/%s.ps1" % title.replace(" ", "-").title(), "powershell", lines


def w_bat(rng, body, title):
    one = oneline(body)
    lines = ["@echo off", "setlocal", "REM %s" % title, "set APP=%s" % rng.choice(APPS), "set LOGDIR=C:\\logs\\%APP%", "if not exist %LOGDIR% mkdir %LOGDIR%", ""] + cmds(body) + ["if errorlevel 1 goto :error", "echo OK", "goto :eof", "", ":error", "echo Failed with %errorlevel%", "exit /b 1"]
    return "scripts\\%s.bat" % title.replace(" ", "_") if False else "scripts/%s.cmd" % title.replace(" ", "_"), "batch", lines


def w_azure(rng, body, title):
    lines = ["trigger:", "  branches:", "    include: [main]", "", "pool:", "  vmImage: ubuntu-latest", "", "variables:", "  buildConfiguration: Release", "",
             "steps:", "  - checkout: self", "  - script: |"] + indent([l for l in body if not l.startswith("#")], "      ") + \
        ["    displayName: '%s'" % title, "  - task: PublishBuildArtifacts@1", "    inputs:", "      PathtoPublish: dist"]
    return "azure-pipelines.yml", "yaml", lines


def w_bitbucket(rng, body, title):
    lines = ["image: atlassian/default-image:4", "", "pipelines:", "  branches:", "    main:", "      - step:", "          name: %s" % title,
             "          script:"] + ["            - " + yaml_item(l) for l in cmds(body)] + \
        ["          services:", "            - docker", "definitions:", "  services:", "    docker:", "      memory: 2048"]
    return "bitbucket-pipelines.yml", "yaml", lines


def w_terraform(rng, body, title):
    one = oneline(body)
    if '"' in one:
        return None
    lines = ['resource "null_resource" "%s" {' % title.replace(" ", "_").replace("-", "_"), "  triggers = {", "    always = timestamp()", "  }", "",
             '  provisioner "local-exec" {', '    command = "%s"' % one, "  }", "}", "", 'output "done" {', '  value = null_resource.%s.id' % title.replace(" ", "_").replace("-", "_"), "}"]
    return "infra/%s.tf" % rng.choice(["bootstrap", "db", "registry"]), "terraform", lines


def w_justfile(rng, body, title):
    lines = ["set shell := [\"bash\", \"-cu\"]", "", "default:", "    @just --list", "", "%s:" % title.replace(" ", "-")] + \
        indent([l for l in body if not l.startswith("#")], "    ") + ["", "fmt:", "    cargo fmt --all"]
    return "justfile", "just", lines


WRAPPERS = [  # (name, fn, ctx, extra-excluded chars, weight, windows-ok, unix-ok)
    ("shell", w_shell, "sh", "", 6), ("make", w_make, "make", "#", 3), ("dockerfile", w_docker, "sh", "", 3),
    ("gha", w_gha, "gha", "", 3), ("gitlab", w_gitlab, "ci", "", 3), ("jenkins", w_jenkins, "sh", "'\\", 2),
    ("readme", w_readme, "docs", "", 3), ("runbook", w_runbook, "docs", "", 2), ("history", w_history, "sh", "", 3),
    ("compose", w_compose, "sh", "", 2), ("k8s-cronjob", w_k8s, "sh", "", 2), ("ansible", w_ansible, "ansible", "{}", 2),
    ("python", w_python, "sh", "", 2), ("node", w_node, "sh", "", 1), ("package-json", w_pkgjson, "sh", "", 1),
    ("crontab", w_crontab, "sh", "%", 1), ("vagrant", w_vagrant, "sh", "#", 1), ("powershell", w_ps, "ps", "", 1),
    ("batch", w_bat, "bat", "%^&!", 1), ("azure-pipelines", w_azure, "ci", "", 1), ("bitbucket", w_bitbucket, "ci", "", 1),
    ("terraform", w_terraform, "sh", "", 1), ("justfile", w_justfile, "sh", "{}", 1),
]
WIN_WRAPPERS = {"powershell", "batch"}
NEUTRAL_NAMES = ["X", "CRED", "AUTH", "PW", "DBPW", "T", "S", "K", "AUTH_VAL", "SVC", "CONN", "TK", "PASS", "UPW", "P", "CRED_B", "REG_AUTH", "SECRET", "TOKEN"]


def pick_wrapper(rng, c):
    ws = [w for w in WRAPPERS if (w[0] not in WIN_WRAPPERS or c["wins"])]
    if c["wins"]:
        ws = [w if w[0] not in WIN_WRAPPERS else w[:4] + (12,) for w in ws]
    tot = sum(w[4] for w in ws)
    x = rng.uniform(0, tot)
    for w in ws:
        x -= w[4]
        if x <= 0:
            return w
    return ws[-1]


TITLES = {"mysql": "db migrate", "mysqldump": "db backup", "pgpassword": "pg restore", "psql-uri": "pg maintenance", "sqlcmd": "mssql deploy",
          "mongosh": "mongo backup", "redis-cli": "cache flush", "sshpass": "remote restart", "docker-login": "registry login",
          "helm-registry": "chart publish", "az-login": "azure deploy", "aws-configure": "aws setup", "gh-auth": "gh release",
          "npm-token": "npm publish", "git-clone": "mirror repo", "htpasswd": "basic auth", "openssl-pass": "tls bundle",
          "zip-P": "export reports", "7z-p": "archive", "rar-hp": "archive logs", "gpg-passphrase": "decrypt secrets", "smbclient": "upload share",
          "mount-cifs": "mount nas", "ldapsearch": "ldap lookup", "ldappasswd": "ldap reset", "lftp": "ftp upload", "ncftp": "ftp publish",
          "rsync-pw": "offsite sync", "keytool": "truststore", "jarsigner": "sign apk", "vault-login": "vault read", "kubectl-secret": "k8s secrets",
          "rabbitmqctl": "rabbit users", "influx": "influx setup", "mc-alias": "minio sync", "rclone": "rclone remote", "sqlplus": "oracle job",
          "curl-u": "fetch artifact", "curl-bearer": "api call", "curl-basic-header": "api call", "curl-oauth2": "api call", "wget": "download"}


def build_pos(rng):
    for _ in range(50):
        FILE_APP[0] = rng.choice(APPS)
        c = rng.choice(COMMANDS)
        w = pick_wrapper(rng, c)
        wname, wfn, ctx, wex, _w = w
        excl = c["excl"] + wex
        secret = c["gen"](rng, excl)
        if any(ch in secret for ch in wex):
            continue
        needle = secret
        val = secret
        if c["name"] == "curl-basic-header":
            val = needle = base64.b64encode(("%s:%s" % (user(rng), secret)).encode()).decode()
        pre = []
        shellish = wname in ("shell", "history", "gha", "gitlab", "jenkins", "readme", "runbook", "k8s-cronjob", "vagrant", "azure-pipelines", "justfile")
        use_var = shellish and c["name"] not in ("psql-uri", "mongosh", "git-clone", "sqlplus", "curl-basic-header", "7z-p", "rar-hp",
                                                 "smbclient", "lftp", "mount-cifs", "openssl-pass") and rng.random() < 0.25
        if use_var:
            nm = rng.choice(NEUTRAL_NAMES + [c["refname"]])
            qs = rng.choice(["'", '"', ""]) if all(ch in SAFE_BARE for ch in secret) else "'"
            if wname == "gha":
                pre = ["export %s=%s%s%s" % (nm, qs, secret, qs)]
            else:
                pre = ["%s%s=%s%s%s" % (rng.choice(["", "export ", "readonly "]) if wname != "justfile" else "export ", nm, qs, secret, qs)]
            v = V(("${%s}" if rng.random() < 0.4 else "$%s") % nm, "ref")
        else:
            v = V(val, "lit")
        body = pre + c["build"](rng, v)
        title = TITLES.get(c["name"], "run")
        r = wfn(rng, body, title)
        if r is None:
            continue
        path, ft, lines = r
        lines = [l.rstrip() for l in lines]
        text = "\n".join(lines) + "\n"
        if needle not in text:
            continue
        ln = next(i for i, l in enumerate(lines, 1) if needle in l)
        tmpl = "%s:%s%s" % (wname, c["name"], ":var" if use_var else "")
        return path, text, dict(provider=c["provider"], kind=c["kind"], filetype=ft, template=tmpl), needle, ln
    raise RuntimeError("could not build positive")


def build_neg(rng):
    for _ in range(50):
        FILE_APP[0] = rng.choice(APPS)
        if rng.random() < 0.5:
            c = rng.choice(COMMANDS)
            w = pick_wrapper(rng, c)
            wname, wfn, ctx, wex, _w = w
            nv = neg_value(rng, c, ctx)
            if nv == "STRUCT":
                body = c["struct"](rng)
                kind = "no-value-form"
            else:
                if c["name"] == "curl-basic-header" and nv.kind == "ref":
                    nv = V("$(printf '%s:%s' \"$API_USER\" \"$API_PASS\" | base64 -w0)", "ref")
                body = c["build"](rng, nv)
                kind = "reference" if nv.kind == "ref" else "placeholder"
            title = TITLES.get(c["name"], "run")
            prov = c["provider"]
            tmpl = "%s:%s:neg-%s" % (wname, c["name"], kind)
        else:
            w = pick_wrapper(rng, {"wins": False})
            wname, wfn, ctx, wex, _w = w
            k = rng.randint(1, 3)
            picks = rng.sample(LOOKALIKES, k)
            body = []
            for nm, f in picks:
                body += f(rng)
            kind = "lookalike-" + picks[0][0]
            title = rng.choice(["maintenance", "deploy", "verify", "sync", "setup"])
            prov = "cli-lookalike"
            tmpl = "%s:lookalike:%s" % (wname, picks[0][0])
        r = wfn(rng, body, title)
        if r is None:
            continue
        path, ft, lines = r
        lines = [l.rstrip() for l in lines]
        text = "\n".join(lines) + "\n"
        if os.path.basename(path).startswith(".env"):
            continue
        return path, text, dict(provider=prov, kind=kind, filetype=ft, template=tmpl)
    raise RuntimeError("could not build negative")


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_od.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    man, sec = [], []
    needles = []
    for i in range(500):
        path, text, meta, needle, ln = build_pos(rng)
        rel = "pos/p%04d/%s" % (i, path)
        fp = os.path.join(out, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        man.append(dict(file=rel, label="pos", **meta))
        sec.append(dict(file=rel, needle=needle, line=ln))
        needles.append(needle)
    i = 0
    while i < 500:
        path, text, meta = build_neg(rng)
        if any(n in text for n in needles):
            continue
        rel = "neg/n%04d/%s" % (i, path)
        fp = os.path.join(out, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        man.append(dict(file=rel, label="neg", **meta))
        i += 1
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in man:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in sec:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
