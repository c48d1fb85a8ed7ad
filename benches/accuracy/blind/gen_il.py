#!/usr/bin/env python3
"""Blind evaluation-set generator "il": JupyterHub and multi-user notebook /
data-science platforms as operators configure them.

EMPHASIS
    Domain: the credentials an operator of a shared notebook / data-science
    platform hard-codes by mistake.  Providers and products:
      * JupyterHub (jupyterhub_config.py: c.JupyterHub.cookie_secret,
        c.ConfigurableHTTPProxy.auth_token, c.JupyterHub.services api_token,
        OAuthenticator client secrets for GitHub / Google / Azure AD / Auth0 /
        Keycloak / Okta, LDAPAuthenticator bind passwords, db_url passwords,
        JUPYTERHUB_CRYPT_KEY, Dummy/SharedPassword authenticators),
      * Zero to JupyterHub Helm config.yaml (hub.cookieSecret,
        proxy.secretToken, hub.config.*Authenticator.client_secret,
        hub.services.*.apiToken, imagePullSecret, singleuser.extraEnv),
      * Jupyter Server / JupyterLab (c.ServerApp.token,
        c.IdentityProvider.token, start-up logs with ?token=, kernel
        connection-file HMAC keys, Enterprise Gateway auth_token),
      * Dask Gateway (JupyterHub api token, SimpleAuthenticator password),
      * BinderHub / repo2docker (registry passwords, Docker Hub PATs, Quay robot
        tokens, GitHub / GitLab repo-provider tokens, GCP service-account key),
      * Posit (RStudio) Workbench (database.conf, openid-client-secret,
        secure-cookie-key), Posit Connect (API keys, CONNECT_API_KEY, gcfg
        LDAP / Postgres passwords), Shiny apps (config.yml, global.R),
      * Apache Zeppelin (shiro.ini users and LDAP systemPassword,
        interpreter.json JDBC password, zeppelin-site.xml),
      * Kubeflow Notebooks / Pipelines (MinIO access keys, Dex static client
        secrets, PodDefaults), Coder (session tokens, OIDC secrets, Postgres
        URL), code-server (config.yaml password), Open OnDemand
        (ood_portal.yml OIDC client secret, Dex LDAP bindPW), Slurm REST
        (X-SLURM-USER-TOKEN / SLURM_JWT JWTs),
      * secrets that data scientists put into these platforms: Hugging Face
        tokens, Weights & Biases keys, AWS keys in singleuser env, MLflow.
    File types: Python (config files, scripts, notebooks .ipynb), YAML (Helm
    values, docker-compose, Kubernetes manifests, GitHub Actions, Ansible),
    INI-style (shiro.ini, rserver/database.conf, gcfg, systemd units), TOML,
    JSON, XML, shell, Dockerfile, Terraform, R, JavaScript, Markdown, SQL,
    CSV, logs, nginx conf and (rarely, < 1 in 20 positives) .env files.

USAGE
    python3 -B gen_il.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath>
    (500), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, 1-based line).  All randomness comes
    from one random.Random(SEED); output is byte-identical for equal seeds.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written in the file, without
      surrounding quotes.
    * Connection strings / URLs (postgresql://user:PASS@host/db): the needle
      is only the password part.
    * HTTP headers (Authorization: token X, Key X, Coder-Session-Token: X,
      X-SLURM-USER-TOKEN: X): the needle is the token only, not the scheme
      word or header name.  URLs with ?token=X: the needle is X.
    * Key pairs (AWS / MinIO access key id + secret, OAuth client id +
      secret, username + password): the needle is the secret half; the
      public half (access key id, client id, user name) may be present.
    * Kubernetes Secret `data:` values: the needle is the base64 text as
      written (it encodes a random secret).
    * JWTs: the whole header.payload.signature string.
    * Multi-line PEM private keys: the needle is the first base64 body line
      after the BEGIN line.  A private key inside a JSON string (GCP
      service-account key) is written with \\n escapes on one line; the
      needle is then the first 64 base64 characters of the key body.
    * Shiro [users] lines (user = password, role): the needle is the password.

NEGATIVES
    Half of the 500 negatives re-use the positive templates with the secret
    slot holding: placeholders (<your-...>, YOUR_API_KEY_HERE, changeme,
    xxxx...), empty values, masked values (********, [REDACTED]),
    environment and secret-manager references (${VAR}, os.environ[...],
    os.getenv, process.env.X, Sys.getenv, vault: / op:// / AWS and GCP
    secret-manager paths), template expressions ({{ .Values... }},
    ${{ secrets.X }}, Ansible {{ vault_... }}), runtime generation commands
    ($(openssl rand -hex 32)) and documented example values.  Negatives never
    use a .env / .env.<stage> file name (a template whose positive path is
    .env is written as .env.example).  The other half are look-alikes of
    the domain: hashed passwords (argon2, sha1:salt:hash, bcrypt, JupyterHub
    sha512 token hashes), kernel / session / widget model ids (UUIDs and
    32-hex), notebook and nbgrader checksums, image digests, pip / conda /
    renv / npm lock hashes, git SHAs, alembic revisions, trace ids, SSH and
    TLS public material, JWKS, PGP signatures, public OAuth client ids,
    Slurm job ids, `openssl rand` commands and secretKeyRef indirections.

FORMATS CHECKED (search tool, providers' docs and projects' own code)
    * JupyterHub security docs: cookie secret and proxy auth token generated
      with `openssl rand -hex 32` (64 hex); the same command is documented
      for service api tokens; JupyterHub's own new_token() is
      uuid.uuid4().hex (32 hex).  Hashed tokens are "algorithm:salt:hash".
    * Dask Gateway / daskhub charts: api token from `openssl rand -hex 32`,
      gateway.auth.jupyterhub.apiToken.
    * Jupyter notebook / server passwd(): 'sha1:salt:hash' (documented
      example sha1:7cf3:b7d6...dd12) and argon2 hashes; the server token is a
      hex string printed in ?token= URLs.
    * Posit Connect docs: header "Authorization: Key <key>", also
      X-RSC-Authorization, CONNECT_API_KEY env var, gcfg [Authentication]
      APIKeyAuth; documented example key "ABCDEFGHIJKLMNO" (used as a
      negative).
    * Coder: Coder-Session-Token header, CODER_SESSION_TOKEN; Coder's source
      generates API keys as cryptorand.String(10) + "-" +
      cryptorand.String(22).
    * GitHub changelog / blog: ghp_/gho_/ghu_/ghs_/ghr_ prefixes, charset
      [A-Za-z0-9], 40 chars, last 6 chars a base62 CRC32 checksum.
    * Docker Hub API docs: PATs are "dckr_pat_..." (doc example
      dckr_pat_124509ugsdjga93, used as a negative).
    * Slurm JWT docs: RFC 7519 HS256 tokens, SLURM_JWT env var,
      X-SLURM-USER-TOKEN / X-SLURM-USER-NAME headers, `scontrol token`.
    * MinIO docs: access key >= 3 chars, secret key >= 8 chars; generated
      pairs are 20 upper-case alnum / 40 base64-like characters.
    * Zeppelin shiro.ini docs: "[users] user = password, role1, role2";
      template example passwords password1..password4 (negatives).
    * code-server: config.yaml with bind-addr, auth: password, password,
      cert; --hashed-password takes an argon2 hash (negative).

DOUBTS
    * Posit Connect API key length/alphabet (32 alphanumerics) is taken from
      keys seen in public projects, not from a format statement in the docs.
    * Azure AD client secret shape (3 chars + digit + "Q~" + 34 chars),
      Auth0 (64 url-safe chars), Okta (40 url-safe), Keycloak (32 alnum),
      Globus (44 base64) are observed shapes, not documented formats.
    * Hugging Face "hf_" + 34 letters, W&B 40 hex, Quay robot token 64
      upper-case alnum, GitLab "glpat-" + 20 chars, Docker "dckr_pat_" + 27
      chars: lengths are from observation; only the prefixes are documented.
    * GitHub checksum: CRC32 over the 30 random characters, base62
      (0-9A-Za-z), left-padded to 6 -- from a public analysis, not GitHub.
    * code-server's generated password is taken as 24 lower-case hex and the
      Jupyter Server generated token as 48 hex (hexlify(urandom(24))): from
      memory of the projects' sources, not re-checked.
    * The 64-hex "documented example" used among negatives comes from the
      README of a third-party JupyterHub authenticator (an `openssl rand`
      output shown as an example), not from JupyterHub's own docs.
    * Negatives that re-use AWS templates keep the access key id slot filled
      with AWS's documented example id AKIAIOSFODNN7EXAMPLE.
    * Jupyter kernel connection-file keys are written as 8hex-24hex
      (jupyter_client new_id()); older clients used a plain uuid4.
    * The Google OAuth secret prefix GOCSPX- was not found in Google's pages
      during this session; it is used from common knowledge.
"""
import base64
import json
import os
import random
import re
import string
import sys
import zlib

SLOT = "@@SLOT@@"
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
B62 = DIGITS + UPPER + LOWER


# ---------------------------------------------------------------- helpers --
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def uuid4hex(r):
    return uuid4(r).replace("-", "")


def b64url(bs):
    return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()


def b64(bs):
    return base64.b64encode(bs).decode()


def b62enc(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_token(r, prefix="ghp_"):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def glpat(r):
    return "glpat-" + rs(r, URLSAFE, 20)


def dckr_pat(r):
    return "dckr_pat_" + rs(r, URLSAFE, 27)


def quay_robot(r):
    return rs(r, UALNUM, 64)


def hf_token(r):
    return "hf_" + rs(r, string.ascii_letters, 34)


def aws_pair(r):
    return "AKIA" + rs(r, UPPER + "234567", 16), rs(r, B64, 40)


def minio_pair(r):
    return rs(r, UALNUM, 20), rs(r, ALNUM + "+/", 40)


def azure_secret(r):
    return rs(r, ALNUM, 3) + r.choice(DIGITS) + "Q~" + rs(r, ALNUM + "_.~-", 34)


def google_secret(r):
    return "GOCSPX-" + rs(r, URLSAFE, 28)


def google_client_id(r):
    return "%s-%s.apps.googleusercontent.com" % (rs(r, DIGITS, 12), rs(r, LALNUM, 32))


def auth0_secret(r):
    return rs(r, URLSAFE, 64)


def okta_secret(r):
    return rs(r, URLSAFE, 40)


def keycloak_secret(r):
    return rs(r, ALNUM, 32)


def globus_secret(r):
    return b64(rbytes(r, 32))


def posit_key(r):
    return rs(r, ALNUM, 32)


def coder_token(r):
    return rs(r, ALNUM, 10) + "-" + rs(r, ALNUM, 22)


def kernel_key(r):
    return hexs(r, 8) + "-" + hexs(r, 24)


WORDS = ["Copper", "Lantern", "Orbit", "Maple", "Falcon", "Juniper", "Harbor",
         "Velvet", "Summit", "Cobalt", "Pepper", "Walnut", "Glacier", "Meadow",
         "Quartz", "Saffron", "Tundra", "Basil", "Ember", "Fjord", "Nimbus",
         "Otter", "Prism", "Raven", "Sierra", "Thistle", "Umber", "Willow"]


def password(r, safe=False):
    """A human- or generator-made password.  safe=True: URL/INI-safe chars."""
    k = r.randrange(4)
    sym = "-_." if safe else "-_.+=^%"
    if k == 0:
        return "%s%s%s%s%d" % (r.choice(WORDS), r.choice(sym), r.choice(WORDS).lower(),
                               r.choice(sym), r.randrange(10, 9999))
    if k == 1:
        s = rs(r, ALNUM, r.randrange(14, 22))
        i = r.randrange(3, len(s) - 3)
        return s[:i] + r.choice(sym) + s[i:]
    if k == 2:
        return rs(r, ALNUM + sym, r.randrange(18, 30)).lstrip("-=+.^%_") + rs(r, DIGITS, 2)
    return b64url(rbytes(r, r.choice([18, 24])))


def slurm_jwt(r, user):
    iat = 1690000000 + r.randrange(0, 70000000)
    exp = iat + r.choice([1800, 3600, 7200, 86400, 604800])
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps({"exp": exp, "iat": iat, "sun": user}, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64url(rbytes(r, 32)))


RSA_PREFIX = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100")


def pem_body(r):
    der = RSA_PREFIX + rbytes(r, 1218 - len(RSA_PREFIX))
    s = b64(der)
    return [s[i:i + 64] for i in range(0, len(s), 64)]


USERS = ["alice", "bkumar", "cnguyen", "dmorales", "eokafor", "fzhang", "gpetrov",
         "hsato", "iberg", "jwalker", "kimani", "lrossi", "mtanaka", "nhughes"]
ORGS = ["datasci", "research", "analytics", "ml-platform", "hpc", "geo-lab",
        "bioinfo", "climate", "econ", "astro"]
TLDS = ["example.org", "example.edu", "example.com", "uni-example.ac.uk", "lab.example.net"]
NAMESPACES = ["jhub", "jupyterhub", "binderhub", "kubeflow", "coder", "dask-gateway",
              "notebooks", "datasci", "hub-prod", "hub-staging"]


def host(r, sub=None):
    sub = sub or r.choice(["hub", "jupyter", "notebooks", "lab", "hub-prod", "jhub"])
    return "%s.%s.%s" % (sub, r.choice(ORGS), r.choice(TLDS))


def user(r):
    return r.choice(USERS)


def ver(r, a, b, c=20):
    return "%d.%d.%d" % (r.randrange(a, b), r.randrange(0, 10), r.randrange(0, c))


def pick(r, *opts):
    return r.choice(opts)


def sha256hex(r):
    return hexs(r, 64)


def isots(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60),
        r.randrange(60), r.randrange(1000))


def logts(r):
    return "2024-%02d-%02d %02d:%02d:%02d.%03d" % (
        r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60),
        r.randrange(60), r.randrange(1000))


# ------------------------------------------------------------ registries --
POS = []      # positive templates
LOOK = []     # look-alike negative templates


def ptpl(provider, kind, cls="generic", lang="txt", style="conv", env="SECRET_VALUE",
         negs=None):
    """Register a positive template.

    fn(r) -> (relpath, text_with_SLOT, secret).  cls selects documented-example
    fillers, lang selects code-expression fillers, style is "conv" (the
    conventional variable name) or "other" (neutral name, header, URL,
    positional / constructor argument), env names the variable used by
    environment-reference fillers, negs restricts filler families."""
    def deco(fn):
        POS.append(dict(fn=fn, name=fn.__name__, provider=provider, kind=kind, cls=cls,
                        lang=lang, style=style, env=env, negs=negs))
        return fn
    return deco


def ntpl(provider, kind):
    def deco(fn):
        LOOK.append(dict(fn=fn, name=fn.__name__, provider=provider, kind=kind))
        return fn
    return deco


# ---------------------------------------------------------------- fillers --
DOC_EXAMPLES = {
    # published documentation / README example values
    "hex64": ["0fafb0682a493485ed4e764d92abab1199d73246477c5daac7e0371ba541dd66",
              "<RANDOM_HEX>", "<output of openssl rand -hex 32>"],
    "hex32": ["<output of jupyterhub token>", "<API_TOKEN>"],
    "hex48": ["<token shown in the server log>"],
    "posit": ["ABCDEFGHIJKLMNO", "THE_API_KEY"],
    "docker": ["dckr_pat_124509ugsdjga93", "my_docker_pat_token"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "jwt": ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ikpva"
            "G4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
    "password": ["password1", "password2", "p@ssw0rd", "minio123", "s3cret", "my-custom-password"],
    "minio": ["minio123", "minioadmin"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<github-token>"],
    "generic": ["your-secret-here", "<secret>"],
}

PLACEHOLDERS = ["<your-%s>", "YOUR_%s_HERE", "changeme", "CHANGE_ME", "REPLACE_ME",
                "<paste-%s-here>", "TODO-set-%s", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "XXXXXXXXXXXXXXXXXXXX", "<%s>", "insert-%s-here", "dummy", "secret"]
MASKED = ["********", "****************", "[REDACTED]", "<redacted>", "***",
          "xxxx-redacted-xxxx", "<hidden>", "[MASKED]", "..."]
SECRET_MGR = ["vault:secret/data/%s#value", "op://Platform/%s/credential",
              "arn:aws:secretsmanager:eu-west-1:123456789012:secret:%s-Ab12Cd",
              "projects/analytics-prod/secrets/%s/versions/latest",
              "azurekeyvault://kv-datasci/secrets/%s", "sops:ENC[%s]"]


def kindword(t, upper=False):
    w = t["kind"].replace("_", "-")
    return w.upper().replace("-", "_") if upper else w


def filler(r, t, fam):
    """Return (mode, value): mode "str" replaces the slot, "expr" replaces the
    quoted slot (quotes included)."""
    env = t["env"]
    low = env.lower().replace("_", "-")
    if fam == "placeholder":
        p = r.choice(PLACEHOLDERS)
        if "%s" in p:
            p = p % (kindword(t, upper=p.startswith("YOUR") or p.startswith("TODO")))
        return "str", p
    if fam == "empty":
        return "str", ""
    if fam == "masked":
        return "str", r.choice(MASKED)
    if fam == "envref":
        if t["lang"] in ("sh", "docker", "make"):
            return "str", r.choice(["${%s}", "$%s", "${%s:?unset}"]) % env
        if t["lang"] in ("yaml", "json", "ini"):
            return "str", r.choice(["${%s}", "$%s", "${env:%s}"]) % env
        return "str", r.choice(["${%s}", "$%s"]) % env
    if fam == "secretmgr":
        return "str", r.choice(SECRET_MGR) % low
    if fam == "template":
        return "str", r.choice([
            "{{ .Values.%s }}" % env.lower().title().replace("_", ""),
            "{{ vault_%s }}" % env.lower(),
            "${{ secrets.%s }}" % env,
            "{{ %s }}" % env.lower(),
            "{{ lookup('env', '%s') }}" % env])
    if fam == "docex":
        return "str", r.choice(DOC_EXAMPLES.get(t["cls"], DOC_EXAMPLES["generic"]))
    if fam == "code":
        lang = t["lang"]
        if lang == "py":
            return "expr", r.choice(['os.environ["%s"]', 'os.getenv("%s")',
                                     'os.environ.get("%s", "")']) % env
        if lang == "js":
            return "expr", "process.env.%s" % env
        if lang == "r":
            return "expr", 'Sys.getenv("%s")' % env
        if lang == "tf":
            return "expr", "var.%s" % env.lower()
        if lang == "sh":
            return "str", r.choice(["$(openssl rand -hex 32)", "$(cat /run/secrets/%s)" % low,
                                    "$(vault kv get -field=value secret/%s)" % low,
                                    "${%s}" % env])
        return "str", "${%s}" % env
    raise ValueError(fam)


FAMILIES = ["placeholder", "empty", "masked", "envref", "secretmgr", "template",
            "docex", "code"]


# ====================================================== positive templates ==
# ---- JupyterHub: jupyterhub_config.py ------------------------------------

def jh_header(r):
    return ["# Configuration file for jupyterhub.",
            "# Managed by the %s platform team -- see docs/operations.md" % r.choice(ORGS),
            "", "import os", "import sys", "", "c = get_config()  # noqa: F821", ""]


def jh_common(r):
    h = host(r)
    out = ["c.JupyterHub.bind_url = 'http://:8000'",
           "c.JupyterHub.hub_ip = '0.0.0.0'",
           "c.JupyterHub.hub_connect_ip = 'jupyterhub'",
           "c.JupyterHub.public_url = 'https://%s'" % h,
           "c.Spawner.default_url = '/lab'",
           "c.Spawner.mem_limit = '%dG'" % r.choice([2, 4, 8, 16]),
           "c.Spawner.cpu_limit = %d" % r.choice([1, 2, 4]),
           "c.Authenticator.admin_users = {'%s', '%s'}" % (user(r), user(r)),
           "c.JupyterHub.shutdown_on_logout = %s" % r.choice(["True", "False"])]
    r.shuffle(out)
    return out[:r.randrange(4, len(out) + 1)]


@ptpl("jupyterhub", "cookie_secret", "hex64", "py", "conv", "JPY_COOKIE_SECRET")
def p_jh_cookie(r):
    s = hexs(r, 64)
    L = jh_header(r) + jh_common(r) + [
        "", "# 32 random bytes, hex encoded (openssl rand -hex 32)",
        "c.JupyterHub.cookie_secret = bytes.fromhex('%s')" % SLOT,
        "c.JupyterHub.db_url = 'sqlite:////srv/jupyterhub/jupyterhub.sqlite'", ""]
    return pick(r, "jupyterhub_config.py", "deploy/jupyterhub_config.py",
                "etc/jupyterhub/jupyterhub_config.py"), "\n".join(L), s


@ptpl("jupyterhub", "proxy_token", "hex64", "py", "conv", "CONFIGPROXY_AUTH_TOKEN")
def p_jh_proxy(r):
    s = hexs(r, 64)
    L = jh_header(r) + [
        "# external proxy: CHP runs as its own systemd unit",
        "c.ConfigurableHTTPProxy.should_start = False",
        "c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:8001'",
        "c.ConfigurableHTTPProxy.auth_token = \"%s\"" % SLOT, ""] + jh_common(r) + [""]
    return pick(r, "jupyterhub_config.py", "hub/jupyterhub_config.py"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex32", "py", "conv", "JUPYTERHUB_API_TOKEN")
def p_jh_services(r):
    s = uuid4hex(r)
    L = jh_header(r) + jh_common(r) + [
        "", "c.JupyterHub.load_roles = [",
        "    {",
        "        'name': 'idle-culler',",
        "        'scopes': ['list:users', 'read:users:activity', 'read:servers', 'delete:servers'],",
        "        'services': ['idle-culler'],",
        "    }",
        "]", "",
        "c.JupyterHub.services = [",
        "    {",
        "        'name': 'idle-culler',",
        "        'command': [sys.executable, '-m', 'jupyterhub_idle_culler', '--timeout=%d']," % r.choice([1800, 3600, 7200]),
        "        'api_token': '%s'," % SLOT,
        "    },",
        "]", ""]
    return pick(r, "jupyterhub_config.py", "config/jupyterhub_config.py"), "\n".join(L), s


@ptpl("keycloak", "oauth_client_secret", "generic", "py", "conv", "OAUTH_CLIENT_SECRET")
def p_jh_generic_oauth(r):
    s = keycloak_secret(r)
    kc = host(r, "sso")
    realm = r.choice(ORGS)
    L = jh_header(r) + [
        "from oauthenticator.generic import GenericOAuthenticator", "",
        "c.JupyterHub.authenticator_class = GenericOAuthenticator",
        "c.GenericOAuthenticator.client_id = 'jupyterhub'",
        "c.GenericOAuthenticator.client_secret = '%s'" % SLOT,
        "c.GenericOAuthenticator.oauth_callback_url = 'https://%s/hub/oauth_callback'" % host(r),
        "c.GenericOAuthenticator.authorize_url = 'https://%s/realms/%s/protocol/openid-connect/auth'" % (kc, realm),
        "c.GenericOAuthenticator.token_url = 'https://%s/realms/%s/protocol/openid-connect/token'" % (kc, realm),
        "c.GenericOAuthenticator.userdata_url = 'https://%s/realms/%s/protocol/openid-connect/userinfo'" % (kc, realm),
        "c.GenericOAuthenticator.username_claim = 'preferred_username'",
        "c.GenericOAuthenticator.scope = ['openid', 'profile', 'email']",
        "c.GenericOAuthenticator.allowed_groups = ['%s-users']" % realm,
        "c.GenericOAuthenticator.claim_groups_key = 'groups'", ""] + jh_common(r) + [""]
    return "jupyterhub_config.py", "\n".join(L), s


@ptpl("jupyterhub-ldap", "password", "password", "py", "other", "LDAP_BIND_PASSWORD")
def p_jh_ldap(r):
    s = password(r)
    o = r.choice(ORGS)
    L = jh_header(r) + [
        "c.JupyterHub.authenticator_class = 'ldapauthenticator.LDAPAuthenticator'",
        "c.LDAPAuthenticator.server_address = 'ldaps://ldap.%s.%s'" % (o, r.choice(TLDS)),
        "c.LDAPAuthenticator.server_port = 636",
        "c.LDAPAuthenticator.use_ssl = True",
        "c.LDAPAuthenticator.lookup_dn = True",
        "c.LDAPAuthenticator.lookup_dn_search_filter = '({login_attr}={login})'",
        "c.LDAPAuthenticator.lookup_dn_search_user = 'cn=svc-jupyterhub,ou=services,dc=%s,dc=org'" % o,
        "c.LDAPAuthenticator.lookup_dn_search_password = '%s'" % SLOT,
        "c.LDAPAuthenticator.user_search_base = 'ou=people,dc=%s,dc=org'" % o,
        "c.LDAPAuthenticator.user_attribute = 'uid'",
        "c.LDAPAuthenticator.lookup_dn_user_dn_attribute = 'cn'",
        "c.LDAPAuthenticator.allowed_groups = ['cn=jupyter-users,ou=groups,dc=%s,dc=org']" % o,
        ""] + jh_common(r) + [""]
    return pick(r, "jupyterhub_config.py", "ansible/roles/jupyterhub/files/jupyterhub_config.py"), "\n".join(L), s


@ptpl("jupyterhub", "db_password", "password", "py", "other", "JUPYTERHUB_DB_PASSWORD",
      negs=["placeholder", "masked", "envref", "secretmgr", "docex"])
def p_jh_dburl(r):
    s = password(r, safe=True)
    L = jh_header(r) + jh_common(r) + [
        "", "# state lives in the shared Postgres cluster",
        "c.JupyterHub.db_url = 'postgresql+psycopg2://jupyterhub:%s@pg-%s.internal:5432/jupyterhub'" % (SLOT, r.choice(ORGS)),
        "c.JupyterHub.db_kwargs = {'pool_pre_ping': True}", ""]
    return "jupyterhub_config.py", "\n".join(L), s


@ptpl("github", "oauth_client_secret", "generic", "py", "conv", "GITHUB_CLIENT_SECRET")
def p_jh_github(r):
    s = hexs(r, 40)
    L = jh_header(r) + [
        "c.JupyterHub.authenticator_class = 'github'",
        "c.GitHubOAuthenticator.oauth_callback_url = 'https://%s/hub/oauth_callback'" % host(r),
        "c.GitHubOAuthenticator.client_id = 'Ov23li%s'" % rs(r, ALNUM, 14),
        "c.GitHubOAuthenticator.client_secret = '%s'" % SLOT,
        "c.GitHubOAuthenticator.allowed_organizations = {'%s-%s'}" % (r.choice(ORGS), r.choice(["lab", "group", "org"])),
        "c.GitHubOAuthenticator.scope = ['read:org']", ""] + jh_common(r) + [""]
    return "jupyterhub_config.py", "\n".join(L), s


@ptpl("azure-ad", "oauth_client_secret", "generic", "py", "conv", "AAD_CLIENT_SECRET")
def p_jh_azure(r):
    s = azure_secret(r)
    L = jh_header(r) + [
        "from oauthenticator.azuread import AzureAdOAuthenticator",
        "c.JupyterHub.authenticator_class = AzureAdOAuthenticator",
        "c.AzureAdOAuthenticator.tenant_id = '%s'" % uuid4(r),
        "c.AzureAdOAuthenticator.client_id = '%s'" % uuid4(r),
        "c.AzureAdOAuthenticator.client_secret = \"%s\"" % SLOT,
        "c.AzureAdOAuthenticator.oauth_callback_url = 'https://%s/hub/oauth_callback'" % host(r),
        "c.AzureAdOAuthenticator.username_claim = 'unique_name'",
        "c.AzureAdOAuthenticator.allow_all = True", ""] + jh_common(r) + [""]
    return "jupyterhub_config.py", "\n".join(L), s


@ptpl("google", "oauth_client_secret", "generic", "py", "other", "GOOGLE_OAUTH_SECRET")
def p_jh_google(r):
    s = google_secret(r)
    L = jh_header(r) + [
        "from oauthenticator.google import GoogleOAuthenticator", "",
        "google_app = {",
        "    'id': '%s'," % google_client_id(r),
        "    'secret': '%s'," % SLOT,
        "}", "",
        "c.JupyterHub.authenticator_class = GoogleOAuthenticator",
        "c.GoogleOAuthenticator.client_id = google_app['id']",
        "c.GoogleOAuthenticator.client_secret = google_app['secret']",
        "c.GoogleOAuthenticator.hosted_domain = ['%s.%s']" % (r.choice(ORGS), r.choice(TLDS)),
        "c.GoogleOAuthenticator.login_service = 'University account'", ""] + jh_common(r) + [""]
    return "jupyterhub_config.py", "\n".join(L), s


@ptpl("jupyterhub", "password", "password", "py", "conv", "HUB_SHARED_PASSWORD")
def p_jh_shared(r):
    s = password(r)
    cls = r.choice([("shared-password", "SharedPasswordAuthenticator", "user_password"),
                    ("dummy", "DummyAuthenticator", "password")])
    L = jh_header(r) + [
        "# workshop hub: everybody logs in with the same password for the day",
        "c.JupyterHub.authenticator_class = '%s'" % cls[0],
        "c.%s.%s = '%s'" % (cls[1], cls[2], SLOT),
        "c.Authenticator.allow_all = True",
        "c.JupyterHub.spawner_class = 'dockerspawner.DockerSpawner'",
        "c.DockerSpawner.image = 'quay.io/jupyter/scipy-notebook:2024-%02d-%02d'" % (r.randrange(1, 13), r.randrange(1, 28)),
        "c.DockerSpawner.remove = True", ""] + jh_common(r) + [""]
    return pick(r, "workshop/jupyterhub_config.py", "jupyterhub_config.py"), "\n".join(L), s


@ptpl("jupyterhub", "encryption_key", "hex64", "py", "other", "JUPYTERHUB_CRYPT_KEY")
def p_jh_cryptkey(r):
    s = hexs(r, 64)
    L = jh_header(r) + [
        "# auth_state must be encrypted; the key has to be stable across restarts",
        "os.environ.setdefault('JUPYTERHUB_CRYPT_KEY', '%s')" % SLOT,
        "c.Authenticator.enable_auth_state = True",
        "c.Authenticator.refresh_pre_spawn = True", ""] + jh_common(r) + [""]
    return "jupyterhub_config.py", "\n".join(L), s


@ptpl("huggingface", "api_token", "generic", "py", "other", "HF_TOKEN")
def p_jh_spawner_env(r):
    s = hf_token(r)
    L = jh_header(r) + jh_common(r) + [
        "", "c.Spawner.environment = {",
        "    'HF_HOME': '/shared/hf-cache',",
        "    'HF_HUB_ENABLE_HF_TRANSFER': '1',",
        "    'HUGGING_FACE_HUB_TOKEN': '%s'," % SLOT,
        "    'TRANSFORMERS_OFFLINE': '0',",
        "}", ""]
    return "jupyterhub_config.py", "\n".join(L), s


@ptpl("wandb", "api_key", "generic", "py", "conv", "WANDB_API_KEY")
def p_jh_kubespawner_env(r):
    s = hexs(r, 40)
    L = jh_header(r) + [
        "c.JupyterHub.spawner_class = 'kubespawner.KubeSpawner'",
        "c.KubeSpawner.namespace = '%s'" % r.choice(NAMESPACES),
        "c.KubeSpawner.image = 'registry.%s/notebooks/pytorch:%s'" % (r.choice(TLDS), ver(r, 1, 4)),
        "c.KubeSpawner.extra_resource_limits = {'nvidia.com/gpu': '1'}",
        "c.KubeSpawner.environment = {",
        "    'WANDB_BASE_URL': 'https://api.wandb.ai',",
        "    'WANDB_API_KEY': '%s'," % SLOT,
        "    'WANDB_ENTITY': '%s'," % r.choice(ORGS),
        "}", ""] + jh_common(r) + [""]
    return "jupyterhub_config.py", "\n".join(L), s


@ptpl("jupyterhub", "proxy_token", "hex64", "ini", "conv", "CONFIGPROXY_AUTH_TOKEN")
def p_jh_systemd(r):
    s = hexs(r, 64)
    L = ["[Unit]", "Description=JupyterHub", "After=network-online.target", "",
         "[Service]", "User=jupyterhub", "Group=jupyterhub",
         "WorkingDirectory=/srv/jupyterhub",
         "Environment=PATH=/opt/jupyterhub/bin:/usr/local/bin:/usr/bin:/bin",
         "Environment=CONFIGPROXY_AUTH_TOKEN=%s" % SLOT,
         "ExecStart=/opt/jupyterhub/bin/jupyterhub -f /etc/jupyterhub/jupyterhub_config.py",
         "Restart=on-failure", "RestartSec=5", "", "[Install]", "WantedBy=multi-user.target", ""]
    return pick(r, "deploy/systemd/jupyterhub.service", "etc/systemd/system/jupyterhub.service"), "\n".join(L), s


@ptpl("jupyterhub", "encryption_key", "hex64", "yaml", "conv", "JUPYTERHUB_CRYPT_KEY")
def p_jh_compose(r):
    s = hexs(r, 64)
    L = ["services:", "  hub:",
         "    image: quay.io/jupyterhub/jupyterhub:%s" % ver(r, 4, 6),
         "    build: ./hub", "    restart: unless-stopped", "    ports:", "      - \"8000:8000\"",
         "    volumes:", "      - ./jupyterhub_config.py:/srv/jupyterhub/jupyterhub_config.py:ro",
         "      - /var/run/docker.sock:/var/run/docker.sock", "      - hub-data:/data",
         "    environment:", "      DOCKER_NETWORK_NAME: jupyterhub-network",
         "      JUPYTERHUB_CRYPT_KEY: \"%s\"" % SLOT,
         "      OAUTH_CALLBACK_URL: https://%s/hub/oauth_callback" % host(r),
         "    networks:", "      - jupyterhub-network", "",
         "volumes:", "  hub-data:", "", "networks:", "  jupyterhub-network:",
         "    name: jupyterhub-network", ""]
    return pick(r, "docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex32", "py", "other", "JUPYTERHUB_API_TOKEN")
def p_jh_api_client(r):
    s = uuid4hex(r)
    h = host(r)
    L = ['"""Nightly report: who is using the hub and how many servers are running."""',
         "import csv", "import datetime", "", "import requests", "",
         "HUB_API = 'https://%s/hub/api'" % h, "",
         "session = requests.Session()",
         "session.headers.update({'Authorization': 'token %s'})" % SLOT, "", "",
         "def main():",
         "    users = session.get(f'{HUB_API}/users', params={'state': 'active'}, timeout=30).json()",
         "    today = datetime.date.today().isoformat()",
         "    with open(f'usage-{today}.csv', 'w', newline='') as fh:",
         "        w = csv.writer(fh)",
         "        w.writerow(['name', 'admin', 'last_activity', 'servers'])",
         "        for u in users:",
         "            w.writerow([u['name'], u['admin'], u['last_activity'], len(u.get('servers', {}))])",
         "", "", "if __name__ == '__main__':", "    main()", ""]
    return pick(r, "scripts/hub_usage_report.py", "tools/usage_report.py"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex32", "sh", "conv", "JUPYTERHUB_API_TOKEN")
def p_jh_dotenv(r):
    s = uuid4hex(r)
    L = ["# local development of the grading service",
         "JUPYTERHUB_API_URL=http://127.0.0.1:8081/hub/api",
         "JUPYTERHUB_SERVICE_NAME=grader",
         "JUPYTERHUB_SERVICE_URL=http://127.0.0.1:10101",
         "JUPYTERHUB_API_TOKEN=%s" % SLOT, "LOG_LEVEL=debug", ""]
    return pick(r, "services/grader/.env", ".env"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex32", "log", "other", "TOKEN", negs=["masked", "empty"])
def p_jh_log(r):
    s = uuid4hex(r)
    u = user(r)
    h = host(r)
    ts = logts(r)[:-4]
    L = ["[I %s JupyterHub app:%d] Running JupyterHub version %s" % (ts, r.randrange(2800, 3400), ver(r, 4, 6)),
         "[I %s JupyterHub app:%d] Using Authenticator: oauthenticator.generic.GenericOAuthenticator" % (ts, r.randrange(2800, 3400)),
         "[I %s JupyterHub app:%d] Using Spawner: kubespawner.spawner.KubeSpawner" % (ts, r.randrange(2800, 3400)),
         "[I %s JupyterHub proxy:%d] Adding route for Hub: / => http://hub:8081" % (ts, r.randrange(700, 900)),
         "[I %s JupyterHub log:%d] 302 GET /hub/spawn/%s -> /hub/spawn-pending/%s (%s@10.42.%d.%d) %.2fms" % (ts, r.randrange(180, 200), u, u, u, r.randrange(255), r.randrange(255), r.random() * 40),
         "[D %s JupyterHub user:%d] debug: open-in-browser https://%s/user/%s/lab?token=%s" % (ts, r.randrange(700, 900), h, u, SLOT),
         "[I %s JupyterHub base:%d] User %s took %.3f seconds to start" % (ts, r.randrange(900, 1100), u, r.random() * 30),
         "[I %s JupyterHub proxy:%d] Adding user %s to proxy /user/%s/ => http://10.42.%d.%d:8888" % (ts, r.randrange(280, 300), u, u, r.randrange(255), r.randrange(255)),
         ""]
    return pick(r, "logs/jupyterhub.log", "var/log/jupyterhub/jupyterhub.log"), "\n".join(L), s


# ---- Jupyter Server / JupyterLab ------------------------------------------

def js_header(r):
    return ["# Configuration file for jupyter-server.", "",
            "c = get_config()  # noqa", ""]


@ptpl("jupyter-server", "auth_token", "hex48", "py", "conv", "JUPYTER_TOKEN")
def p_js_token(r):
    s = hexs(r, 48)
    attr = r.choice(["c.ServerApp.token", "c.IdentityProvider.token"])
    L = js_header(r) + [
        "c.ServerApp.ip = '0.0.0.0'",
        "c.ServerApp.port = %d" % r.choice([8888, 8889, 9999]),
        "c.ServerApp.open_browser = False",
        "c.ServerApp.root_dir = '/home/%s/work'" % user(r),
        "%s = '%s'" % (attr, SLOT),
        "c.ServerApp.allow_origin = 'https://%s'" % host(r),
        "c.ServerApp.trust_xheaders = True",
        "c.FileContentsManager.delete_to_trash = False", ""]
    return pick(r, ".jupyter/jupyter_server_config.py", "jupyter_server_config.py",
                "docker/jupyter_server_config.py"), "\n".join(L), s


@ptpl("jupyter-server", "auth_token", "hex48", "json", "conv", "JUPYTER_TOKEN",
      negs=["placeholder", "empty", "masked", "envref", "template", "docex"])
def p_js_json(r):
    s = hexs(r, 48)
    L = ["{", '  "ServerApp": {', '    "ip": "127.0.0.1",', '    "port": %d,' % r.choice([8888, 8890]),
         '    "open_browser": false,', '    "jpserver_extensions": {', '      "jupyterlab": true,',
         '      "jupyter_server_proxy": true', "    }", "  },",
         '  "IdentityProvider": {', '    "token": "%s"' % SLOT, "  },",
         '  "MappingKernelManager": {', '    "cull_idle_timeout": %d,' % r.choice([1800, 3600]),
         '    "cull_interval": 300', "  }", "}", ""]
    return pick(r, ".jupyter/jupyter_server_config.json", "etc/jupyter/jupyter_server_config.json"), "\n".join(L), s


@ptpl("jupyter-server", "auth_token", "hex48", "sh", "other", "JUPYTER_TOKEN")
def p_js_cli(r):
    s = hexs(r, 48)
    L = ["#!/usr/bin/env bash", "# start a lab server on the GPU node and tunnel it back", "set -euo pipefail", "",
         "module load cuda/%d.%d" % (r.randrange(11, 13), r.randrange(0, 9)),
         "source ~/miniforge3/bin/activate %s" % r.choice(["torch", "ml", "dl-2024"]), "",
         "PORT=$(shuf -i 20000-30000 -n 1)",
         'echo "ssh -N -L ${PORT}:$(hostname):${PORT} ${USER}@login.%s"' % r.choice(TLDS), "",
         "jupyter lab --no-browser --ip=0.0.0.0 --port=\"${PORT}\" \\",
         "    --ServerApp.token=%s \\" % SLOT,
         "    --ServerApp.root_dir=\"$HOME\"", ""]
    return pick(r, "scripts/start_lab.sh", "hpc/jupyter-lab.sbatch.sh", "bin/lab-on-gpu.sh"), "\n".join(L), s


@ptpl("jupyter-server", "auth_token", "hex48", "docker", "conv", "JUPYTER_TOKEN")
def p_js_dockerfile(r):
    s = hexs(r, 48)
    L = ["FROM quay.io/jupyter/%s:%s" % (r.choice(["scipy-notebook", "pytorch-notebook", "datascience-notebook"]), r.choice(["latest", "python-3.11", "2024-05-27"])),
         "", "USER root", "RUN apt-get update && apt-get install -y --no-install-recommends graphviz \\",
         "    && rm -rf /var/lib/apt/lists/*", "USER ${NB_UID}", "",
         "COPY --chown=${NB_UID}:${NB_GID} requirements.txt /tmp/",
         "RUN pip install --no-cache-dir -r /tmp/requirements.txt", "",
         "ENV JUPYTER_ENABLE_LAB=yes",
         "ENV JUPYTER_TOKEN=%s" % SLOT, "", "EXPOSE 8888",
         'CMD ["start-notebook.py", "--ServerApp.root_dir=/home/jovyan/work"]', ""]
    return pick(r, "Dockerfile", "docker/notebook/Dockerfile"), "\n".join(L), s


@ptpl("jupyter-server", "auth_token", "hex48", "log", "other", "TOKEN", negs=["masked", "empty"])
def p_js_log(r):
    s = hexs(r, 48)
    ts = logts(r)[:-4]
    port = r.choice([8888, 8889])
    hn = "%s-%d" % (r.choice(["gpu", "node", "cn"]), r.randrange(1, 400))
    L = ["[I %s ServerApp] jupyter_lsp | extension was successfully linked." % ts,
         "[I %s ServerApp] jupyterlab | extension was successfully loaded." % ts,
         "[I %s ServerApp] Serving notebooks from local directory: /home/%s" % (ts, user(r)),
         "[I %s ServerApp] Jupyter Server %s is running at:" % (ts, ver(r, 2, 3)),
         "[I %s ServerApp] http://%s:%d/lab?token=%s" % (ts, hn, port, SLOT),
         "[I %s ServerApp]     http://127.0.0.1:%d/lab" % (ts, port),
         "[I %s ServerApp] Use Control-C to stop this server and shut down all kernels (twice to skip confirmation)." % ts,
         "[I %s ServerApp] Kernel started: %s" % (ts, uuid4(r)), ""]
    return pick(r, "slurm-%d.out" % r.randrange(100000, 9999999), "logs/jupyter-lab.log"), "\n".join(L), s


@ptpl("jupyter-kernel", "signing_key", "generic", "json", "other", "KERNEL_KEY",
      negs=["empty", "masked", "placeholder"])
def p_kernel_conn(r):
    s = kernel_key(r)
    base = r.randrange(40000, 60000)
    L = ["{", '  "shell_port": %d,' % base, '  "iopub_port": %d,' % (base + 1),
         '  "stdin_port": %d,' % (base + 2), '  "control_port": %d,' % (base + 3),
         '  "hb_port": %d,' % (base + 4), '  "ip": "127.0.0.1",', '  "key": "%s",' % SLOT,
         '  "transport": "tcp",', '  "signature_scheme": "hmac-sha256",',
         '  "kernel_name": "python3"', "}", ""]
    return ".local/share/jupyter/runtime/kernel-%s.json" % uuid4(r), "\n".join(L), s


@ptpl("jupyter-enterprise-gateway", "auth_token", "generic", "py", "conv", "JUPYTER_GATEWAY_AUTH_TOKEN")
def p_eg_token(r):
    s = b64url(rbytes(r, 24))
    L = js_header(r) + [
        "# route kernels to the Enterprise Gateway running on the cluster",
        "c.GatewayClient.url = 'https://eg.%s.%s'" % (r.choice(ORGS), r.choice(TLDS)),
        "c.GatewayClient.auth_scheme = 'Bearer'",
        "c.GatewayClient.auth_token = '%s'" % SLOT,
        "c.GatewayClient.request_timeout = 120.0",
        "c.GatewayClient.validate_cert = True", ""]
    return pick(r, "jupyter_server_config.py", ".jupyter/jupyter_server_config.py"), "\n".join(L), s


# ---- Zero to JupyterHub Helm chart ------------------------------------------

def z2jh_tail(r):
    out = ["singleuser:", "  image:", "    name: %s" % r.choice(["quay.io/jupyter/datascience-notebook", "ghcr.io/%s/notebook" % r.choice(ORGS)]),
           "    tag: \"%s\"" % r.choice(["2024-04-22", "python-3.11", ver(r, 1, 3)]),
           "  memory:", "    limit: %dG" % r.choice([4, 8, 16]), "    guarantee: 1G",
           "  storage:", "    capacity: %dGi" % r.choice([5, 10, 20]),
           "cull:", "  enabled: true", "  timeout: %d" % r.choice([3600, 7200])]
    return out


@ptpl("zero-to-jupyterhub", "proxy_token", "hex64", "yaml", "conv", "PROXY_SECRET_TOKEN")
def p_z2jh_proxy(r):
    s = hexs(r, 64)
    L = ["# helm upgrade --install jhub jupyterhub/jupyterhub --version %s -f config.yaml" % ver(r, 3, 5),
         "proxy:", "  secretToken: \"%s\"" % SLOT, "  service:", "    type: LoadBalancer",
         "  https:", "    enabled: true", "    hosts:", "      - %s" % host(r),
         "    letsencrypt:", "      contactEmail: ops@%s" % r.choice(TLDS), ""] + z2jh_tail(r) + [""]
    return pick(r, "config.yaml", "helm/jupyterhub/config.yaml", "deploy/values.yaml"), "\n".join(L), s


@ptpl("zero-to-jupyterhub", "cookie_secret", "hex64", "yaml", "conv", "HUB_COOKIE_SECRET")
def p_z2jh_cookie(r):
    s = hexs(r, 64)
    L = ["hub:", "  cookieSecret: %s" % SLOT,
         "  db:", "    type: sqlite-pvc", "    pvc:", "      storage: 1Gi",
         "  config:", "    JupyterHub:", "      admin_access: true",
         "    Authenticator:", "      admin_users:", "        - %s" % user(r), ""] + z2jh_tail(r) + [""]
    return pick(r, "config.yaml", "environments/prod/values.yaml"), "\n".join(L), s


@ptpl("auth0", "oauth_client_secret", "generic", "yaml", "conv", "AUTH0_CLIENT_SECRET")
def p_z2jh_auth0(r):
    s = auth0_secret(r)
    L = ["hub:", "  config:", "    Auth0OAuthenticator:",
         "      client_id: %s" % rs(r, ALNUM, 32),
         "      client_secret: %s" % SLOT,
         "      oauth_callback_url: https://%s/hub/oauth_callback" % host(r),
         "      auth0_domain: %s.eu.auth0.com" % r.choice(ORGS),
         "      scope:", "        - openid", "        - email",
         "      allow_all: true",
         "    JupyterHub:", "      authenticator_class: auth0", ""] + z2jh_tail(r) + [""]
    return pick(r, "config.yaml", "jupyterhub/values-prod.yaml"), "\n".join(L), s


@ptpl("github", "oauth_client_secret", "generic", "yaml", "conv", "GITHUB_CLIENT_SECRET")
def p_z2jh_github(r):
    s = hexs(r, 40)
    L = ["hub:", "  config:", "    GitHubOAuthenticator:",
         "      client_id: %s" % hexs(r, 20),
         "      client_secret: \"%s\"" % SLOT,
         "      oauth_callback_url: https://%s/hub/oauth_callback" % host(r),
         "      allowed_organizations:", "        - %s-lab:%s" % (r.choice(ORGS), r.choice(["students", "staff", "hub-users"])),
         "      scope:", "        - read:org",
         "    JupyterHub:", "      authenticator_class: github", ""] + z2jh_tail(r) + [""]
    return pick(r, "config.yaml", "helm/config-github.yaml"), "\n".join(L), s


@ptpl("okta", "oauth_client_secret", "generic", "yaml", "other", "OKTA_CLIENT_SECRET")
def p_z2jh_okta(r):
    s = okta_secret(r)
    dom = "%s.okta.com" % r.choice(ORGS)
    L = ["hub:", "  config:", "    JupyterHub:", "      authenticator_class: generic-oauth",
         "    GenericOAuthenticator:", "      client_id: 0oa%s" % rs(r, ALNUM, 17),
         "      client_secret: '%s'" % SLOT,
         "      oauth_callback_url: https://%s/hub/oauth_callback" % host(r),
         "      authorize_url: https://%s/oauth2/default/v1/authorize" % dom,
         "      token_url: https://%s/oauth2/default/v1/token" % dom,
         "      userdata_url: https://%s/oauth2/default/v1/userinfo" % dom,
         "      username_claim: email", "      login_service: Okta", ""] + z2jh_tail(r) + [""]
    return pick(r, "values/okta.yaml", "config.yaml"), "\n".join(L), s


@ptpl("jupyterhub-ldap", "password", "password", "yaml", "conv", "LDAP_BIND_PASSWORD")
def p_z2jh_ldap(r):
    s = password(r)
    o = r.choice(ORGS)
    L = ["hub:", "  config:", "    JupyterHub:", "      authenticator_class: ldapauthenticator.LDAPAuthenticator",
         "    LDAPAuthenticator:", "      server_address: ldap.%s.internal" % o, "      use_ssl: true",
         "      lookup_dn: true",
         "      lookup_dn_search_user: uid=jhub-bind,cn=sysaccounts,dc=%s,dc=local" % o,
         "      lookup_dn_search_password: \"%s\"" % SLOT,
         "      user_search_base: cn=users,dc=%s,dc=local" % o,
         "      user_attribute: uid", "      lookup_dn_user_dn_attribute: cn", ""] + z2jh_tail(r) + [""]
    return pick(r, "config.yaml", "deploy/jupyterhub/ldap-values.yaml"), "\n".join(L), s


@ptpl("aws", "secret_access_key", "aws", "yaml", "conv", "AWS_SECRET_ACCESS_KEY")
def p_z2jh_extraenv(r):
    a, s = aws_pair(r)
    L = ["singleuser:", "  extraEnv:", "    AWS_DEFAULT_REGION: %s" % r.choice(["us-east-1", "eu-west-1", "us-west-2"]),
         "    AWS_ACCESS_KEY_ID: %s" % a, "    AWS_SECRET_ACCESS_KEY: %s" % SLOT,
         "    DATA_BUCKET: s3://%s-shared-data" % r.choice(ORGS),
         "  image:", "    name: %s/notebook" % r.choice(ORGS), "    tag: \"%s\"" % ver(r, 1, 3),
         "  defaultUrl: /lab", "hub:", "  config:", "    Authenticator:", "      allow_all: true", ""]
    return pick(r, "config.yaml", "values.yaml", "helm/values-datasci.yaml"), "\n".join(L), s


@ptpl("zero-to-jupyterhub", "api_token", "hex64", "yaml", "other", "GRAFANA_HUB_TOKEN")
def p_z2jh_service(r):
    s = hexs(r, 64)
    L = ["hub:", "  services:", "    grafana-exporter:",
         "      url: http://jupyterhub-exporter.%s.svc:8000" % r.choice(NAMESPACES),
         "      apiToken: %s" % SLOT, "      display: false",
         "  loadRoles:", "    metrics:", "      services: [grafana-exporter]",
         "      scopes: [read:metrics, list:users]", ""] + z2jh_tail(r) + [""]
    return pick(r, "config.yaml", "helm/jupyterhub/services.yaml"), "\n".join(L), s


@ptpl("zero-to-jupyterhub", "db_password", "password", "yaml", "other", "HUB_DB_PASSWORD")
def p_z2jh_db(r):
    s = password(r, safe=True)
    L = ["hub:", "  db:", "    type: postgres",
         "    url: postgresql+psycopg2://jhub@%s.postgres.database.azure.com:5432/jupyterhub" % r.choice(ORGS),
         "    password: %s" % SLOT, "    upgrade: true", "  networkPolicy:", "    enabled: true", ""] + z2jh_tail(r) + [""]
    return pick(r, "config.yaml", "values-prod.yaml"), "\n".join(L), s


@ptpl("github-container-registry", "registry_password", "github", "yaml", "other", "GHCR_TOKEN")
def p_z2jh_pullsecret(r):
    s = gh_token(r)
    L = ["imagePullSecret:", "  create: true", "  automaticReferenceInjection: true",
         "  registry: ghcr.io", "  username: %s-bot" % r.choice(ORGS), "  password: %s" % SLOT,
         "  email: platform@%s" % r.choice(TLDS), ""] + z2jh_tail(r) + [""]
    return pick(r, "config.yaml", "helm/values.yaml"), "\n".join(L), s


@ptpl("terraform-helm", "proxy_token", "hex64", "tf", "other", "proxy_secret_token")
def p_tf_helm(r):
    s = hexs(r, 64)
    L = ['resource "helm_release" "jupyterhub" {', '  name       = "jhub"',
         '  repository = "https://hub.jupyter.org/helm-chart/"', '  chart      = "jupyterhub"',
         '  version    = "%s"' % ver(r, 3, 5), '  namespace  = "%s"' % r.choice(NAMESPACES),
         '', '  values = [file("${path.module}/values.yaml")]', '',
         '  set {', '    name  = "proxy.secretToken"', '    value = "%s"' % SLOT, '  }', '',
         '  set {', '    name  = "hub.config.JupyterHub.admin_access"', '    value = "true"', '  }', '}', ""]
    return pick(r, "terraform/jupyterhub.tf", "infra/helm.tf"), "\n".join(L), s


@ptpl("jupyterhub", "proxy_token", "hex64", "yaml", "conv", "JUPYTERHUB_PROXY_AUTH_TOKEN")
def p_ansible(r):
    s = hexs(r, 64)
    L = ["---", "# group_vars for the tljh / bare-metal hub hosts",
         "jupyterhub_version: \"%s\"" % ver(r, 4, 6), "jupyterhub_port: 8000",
         "jupyterhub_admin_users:", "  - %s" % user(r), "  - %s" % user(r),
         "jupyterhub_proxy_auth_token: \"%s\"" % SLOT,
         "jupyterhub_idle_timeout: %d" % r.choice([3600, 7200]),
         "jupyterhub_ssl_cert: /etc/letsencrypt/live/%s/fullchain.pem" % host(r), ""]
    return pick(r, "ansible/group_vars/jupyterhub.yml", "inventory/group_vars/hub/main.yml"), "\n".join(L), s


# ---- Dask Gateway -------------------------------------------------------------

@ptpl("dask-gateway", "api_token", "hex64", "py", "conv", "JUPYTERHUB_API_TOKEN")
def p_dask_cfg(r):
    s = hexs(r, 64)
    L = ["# dask_gateway_config.py", "c = get_config()  # noqa", "",
         "c.DaskGateway.backend_class = 'dask_gateway_server.backends.jobqueue.slurm.SlurmBackend'",
         "c.DaskGateway.authenticator_class = 'dask_gateway_server.auth.JupyterHubAuthenticator'",
         "c.JupyterHubAuthenticator.jupyterhub_api_url = 'https://%s/hub/api'" % host(r),
         "c.JupyterHubAuthenticator.jupyterhub_api_token = '%s'" % SLOT,
         "c.SlurmClusterConfig.partition = '%s'" % r.choice(["dask", "compute", "short"]),
         "c.SlurmClusterConfig.worker_cores = %d" % r.choice([2, 4, 8]),
         "c.SlurmClusterConfig.worker_memory = '%dG'" % r.choice([4, 8, 16]),
         "c.ClusterConfig.idle_timeout = 1800", ""]
    return pick(r, "dask_gateway_config.py", "etc/dask-gateway/dask_gateway_config.py"), "\n".join(L), s


@ptpl("dask-gateway", "api_token", "hex64", "yaml", "conv", "DASK_GATEWAY_API_TOKEN")
def p_dask_helm(r):
    s = hexs(r, 64)
    L = ["gateway:", "  prefix: /services/dask-gateway", "  auth:", "    type: jupyterhub",
         "    jupyterhub:", "      apiToken: \"%s\"" % SLOT,
         "      apiUrl: http://proxy-public.%s.svc.cluster.local/hub/api" % r.choice(NAMESPACES),
         "  backend:", "    image:", "      name: ghcr.io/dask/dask-gateway", "      tag: \"%s\"" % ver(r, 2023, 2025, 12),
         "    worker:", "      cores:", "        request: 1", "        limit: 2",
         "traefik:", "  service:", "    type: ClusterIP", ""]
    return pick(r, "dask-gateway/config.yaml", "helm/dask-gateway-values.yaml"), "\n".join(L), s


@ptpl("dask-gateway", "password", "password", "py", "other", "DASK_GATEWAY_PASSWORD")
def p_dask_simple(r):
    s = password(r)
    L = ["# dask_gateway_config.py -- lab demo box, single shared password", "c = get_config()  # noqa", "",
         "c.DaskGateway.authenticator_class = 'dask_gateway_server.auth.SimpleAuthenticator'",
         "c.SimpleAuthenticator.password = '%s'" % SLOT,
         "c.DaskGateway.backend_class = 'dask_gateway_server.backends.local.UnsafeLocalBackend'",
         "c.ClusterConfig.cluster_max_workers = %d" % r.choice([4, 8, 16]), ""]
    return pick(r, "dask_gateway_config.py", "demo/dask_gateway_config.py"), "\n".join(L), s


@ptpl("dask-gateway", "password", "password", "py", "other", "DASK_GATEWAY_PASSWORD")
def p_dask_client(r):
    s = password(r)
    L = ["from dask_gateway import Gateway, BasicAuth", "", "",
         "def connect(n_workers=%d):" % r.choice([4, 8, 10]),
         "    auth = BasicAuth('%s', '%s')" % (user(r), SLOT),
         "    gateway = Gateway('https://dask.%s.%s', auth=auth)" % (r.choice(ORGS), r.choice(TLDS)),
         "    cluster = gateway.new_cluster(worker_memory=%d)" % r.choice([4, 8]),
         "    cluster.scale(n_workers)", "    return cluster.get_client()", ""]
    return pick(r, "analysis/cluster.py", "src/pipeline/dask_cluster.py"), "\n".join(L), s


# ---- BinderHub / repo2docker --------------------------------------------------

@ptpl("docker-hub", "registry_password", "docker", "yaml", "conv", "DOCKERHUB_TOKEN")
def p_binder_registry(r):
    s = dckr_pat(r)
    L = ["# secret.yaml -- do not commit (see README)", "registry:",
         "  username: %sbinder" % r.choice(ORGS).replace("-", ""), "  password: \"%s\"" % SLOT,
         "config:", "  BinderHub:", "    use_registry: true",
         "    image_prefix: %sbinder/binder-" % r.choice(ORGS).replace("-", ""),
         "    hub_url: https://%s" % host(r, "hub-binder"), ""]
    return pick(r, "binderhub/secret.yaml", "secret.yaml", "deploy/binder/secret.yaml"), "\n".join(L), s


@ptpl("github", "access_token", "github", "yaml", "conv", "GITHUB_ACCESS_TOKEN")
def p_binder_ghtoken(r):
    s = gh_token(r)
    L = ["config:", "  GitHubRepoProvider:", "    access_token: %s" % SLOT,
         "    banned_specs:", "      - ^ines/spacy-binder.*", "  BinderHub:",
         "    build_memory_limit: %dG" % r.choice([2, 4]), "    per_repo_quota: %d" % r.choice([50, 100]),
         "jupyterhub:", "  hub:", "    baseUrl: /jupyter/", ""]
    return pick(r, "binderhub/config.yaml", "config/prod.yaml"), "\n".join(L), s


@ptpl("gitlab", "access_token", "generic", "py", "conv", "GITLAB_PRIVATE_TOKEN")
def p_binder_gitlab(r):
    s = glpat(r)
    L = ["# binderhub_config.py", "c = get_config()  # noqa", "",
         "c.BinderHub.use_registry = True",
         "c.BinderHub.image_prefix = 'registry.%s/binder/r2d-'" % r.choice(TLDS),
         "c.BinderHub.hub_url = 'https://%s'" % host(r, "binder"),
         "c.GitLabRepoProvider.hostname = 'gitlab.%s.%s'" % (r.choice(ORGS), r.choice(TLDS)),
         "c.GitLabRepoProvider.private_token = '%s'" % SLOT,
         "c.BinderHub.repo_providers = {'gl': 'binderhub.repoproviders.GitLabRepoProvider'}", ""]
    return pick(r, "binderhub_config.py", "binder/binderhub_config.py"), "\n".join(L), s


@ptpl("google-cloud", "private_key", "generic", "yaml", "other", "GCR_SERVICE_ACCOUNT_KEY",
      negs=["placeholder", "masked", "empty"])
def p_binder_gcr(r):
    body = "".join(pem_body(r))
    proj = "%s-binder-%d" % (r.choice(ORGS), r.randrange(100, 999))
    pk = "-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----\\n"
    js = ('{"type": "service_account", "project_id": "%s", "private_key_id": "%s", '
          '"private_key": "%s", "client_email": "binder-push@%s.iam.gserviceaccount.com", '
          '"client_id": "%s", "token_uri": "https://oauth2.googleapis.com/token"}') % (
        proj, hexs(r, 40), SLOT, proj, rs(r, DIGITS, 21))
    L = ["registry:", "  url: https://gcr.io", "  username: _json_key",
         "  password: '%s'" % js, "config:", "  BinderHub:",
         "    image_prefix: gcr.io/%s/binder-" % proj, ""]
    return pick(r, "secret.yaml", "binderhub/secret-gcr.yaml"), "\n".join(L), pk, body[:64]


@ptpl("quay", "registry_password", "generic", "yaml", "other", "QUAY_ROBOT_TOKEN")
def p_r2d_quay(r):
    s = quay_robot(r)
    o = r.choice(ORGS).replace("-", "")
    L = ["name: build-notebook-image", "on:", "  push:", "    branches: [main]", "jobs:", "  build:",
         "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
         "      - name: repo2docker build and push",
         "        uses: jupyterhub/repo2docker-action@master", "        with:",
         "          DOCKER_REGISTRY: quay.io", "          DOCKER_USERNAME: %s+ci_pusher" % o,
         "          DOCKER_PASSWORD: %s" % SLOT, "          IMAGE_NAME: %s/notebook-env" % o, ""]
    return ".github/workflows/%s" % r.choice(["binder.yml", "build-image.yaml", "repo2docker.yml"]), "\n".join(L), s


@ptpl("binderhub", "api_token", "hex64", "py", "other", "BINDER_HUB_API_TOKEN")
def p_binder_hubtoken(r):
    s = hexs(r, 64)
    L = ["# binderhub_config.py (local dev against the shared hub)", "c = get_config()  # noqa", "",
         "c.BinderHub.debug = True", "c.BinderHub.use_registry = False",
         "c.BinderHub.hub_url = 'http://%s'" % host(r, "hub-dev"),
         "c.BinderHub.hub_api_token = \"%s\"" % SLOT,
         "c.BinderHub.builder_required = False", ""]
    return pick(r, "binderhub_config.py", "testing/local-binder/binderhub_config.py"), "\n".join(L), s


# ---- Posit Workbench / Connect / Shiny -----------------------------------------

@ptpl("posit-workbench", "db_password", "password", "ini", "conv", "RSW_DB_PASSWORD")
def p_rsw_db(r):
    s = password(r, safe=True)
    L = ["# /etc/rstudio/database.conf", "provider=postgresql",
         "host=pg-%s.internal" % r.choice(ORGS), "database=rstudio", "port=5432",
         "username=rstudio_workbench", "password=%s" % SLOT,
         "connection-timeout-seconds=12", "connection-pool-size=%d" % r.choice([4, 8]), ""]
    return pick(r, "etc/rstudio/database.conf", "workbench/database.conf"), "\n".join(L), s


@ptpl("posit-workbench", "oauth_client_secret", "generic", "ini", "conv", "RSW_OIDC_CLIENT_SECRET")
def p_rsw_oidc(r):
    s = keycloak_secret(r) if r.random() < 0.5 else azure_secret(r)
    L = ["# /etc/rstudio/openid-client-secret (mode 0600, owned by root)",
         "client-id=%s" % uuid4(r), "client-secret=%s" % SLOT, ""]
    return pick(r, "etc/rstudio/openid-client-secret", "ansible/roles/workbench/files/openid-client-secret"), "\n".join(L), s


@ptpl("posit-workbench", "cookie_secret", "generic", "sh", "other", "RSW_COOKIE_KEY")
def p_rsw_cookiekey(r):
    s = uuid4(r)
    L = ["#!/bin/sh", "# provision.sh -- Workbench load-balanced pair", "set -e", "",
         "install -d -m 0755 /etc/rstudio",
         "cp conf/rserver.conf conf/launcher.conf /etc/rstudio/", "",
         "# both nodes must share the same secure cookie key",
         "echo \"%s\" > /etc/rstudio/secure-cookie-key" % SLOT,
         "chmod 0600 /etc/rstudio/secure-cookie-key", "",
         "systemctl restart rstudio-server rstudio-launcher", ""]
    return pick(r, "provision.sh", "scripts/workbench-provision.sh"), "\n".join(L), s


@ptpl("posit-connect", "password", "password", "ini", "conv", "CONNECT_LDAP_BIND_PASSWORD")
def p_connect_gcfg(r):
    s = password(r)
    o = r.choice(ORGS)
    L = ["; /etc/rstudio-connect/rstudio-connect.gcfg", "[Server]",
         "Address = https://connect.%s.%s" % (o, r.choice(TLDS)),
         "", "[HTTP]", "Listen = :3939", "", "[Authentication]", "Provider = ldap",
         "", '[LDAP "Corporate LDAP"]', "ServerAddress = ldap.%s.internal:636" % o,
         "TLS = true", "BindDN = \"cn=connect-svc,ou=svc,dc=%s,dc=com\"" % o,
         "BindPassword = \"%s\"" % SLOT, "UserSearchBaseDN = \"ou=people,dc=%s,dc=com\"" % o,
         "UniqueIdAttribute = entryUUID", "UsernameAttribute = uid", ""]
    return pick(r, "etc/rstudio-connect/rstudio-connect.gcfg", "connect/rstudio-connect.gcfg"), "\n".join(L), s


@ptpl("posit-connect", "db_password", "password", "ini", "other", "CONNECT_DB_PASSWORD",
      negs=["placeholder", "masked", "envref", "docex"])
def p_connect_pg(r):
    s = password(r, safe=True)
    L = ["; Posit Connect -- database section", "[Database]", "Provider = Postgres", "",
         "[Postgres]",
         "URL = \"postgres://connect:%s@pg-%s.internal:5432/connect?sslmode=require\"" % (SLOT, r.choice(ORGS)),
         "InstrumentationURL = \"postgres://connect@pg-%s.internal:5432/connect_metrics?sslmode=require\"" % r.choice(ORGS), ""]
    return pick(r, "rstudio-connect.gcfg", "config/connect/rstudio-connect.gcfg"), "\n".join(L), s


@ptpl("posit-connect", "api_key", "posit", "sh", "conv", "CONNECT_API_KEY")
def p_connect_deploy_sh(r):
    s = posit_key(r)
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "",
         "export CONNECT_SERVER=https://connect.%s.%s/" % (r.choice(ORGS), r.choice(TLDS)),
         "export CONNECT_API_KEY=%s" % SLOT, "",
         "rsconnect deploy shiny ./app \\", "  --server \"$CONNECT_SERVER\" \\",
         "  --api-key \"$CONNECT_API_KEY\" \\", "  --title \"%s dashboard\"" % r.choice(["Enrolment", "Sales", "Lab usage", "Forecast"]), ""]
    return pick(r, "deploy.sh", "scripts/publish-to-connect.sh"), "\n".join(L), s


@ptpl("posit-connect", "api_key", "posit", "r", "other", "CONNECT_API_KEY")
def p_connect_r(r):
    s = posit_key(r)
    L = ["library(connectapi)", "library(dplyr)", "",
         "client <- connect(", "  server = \"https://connect.%s.%s\"," % (r.choice(ORGS), r.choice(TLDS)),
         "  api_key = \"%s\"" % SLOT, ")", "",
         "usage <- get_usage_shiny(client, limit = Inf) %>%",
         "  filter(!is.na(ended)) %>%", "  count(content_guid, sort = TRUE)", "print(usage)", ""]
    return pick(r, "R/usage_report.R", "reports/connect_usage.R"), "\n".join(L), s


@ptpl("posit-connect", "api_key", "posit", "py", "other", "CONNECT_API_KEY")
def p_connect_py(r):
    s = posit_key(r)
    L = ["import requests", "",
         "CONNECT = 'https://connect.%s.%s'" % (r.choice(ORGS), r.choice(TLDS)), "",
         "def trigger_refresh(guid):",
         "    resp = requests.post(",
         "        f'{CONNECT}/__api__/v1/content/{guid}/render',",
         "        headers={'Authorization': 'Key %s'}," % SLOT,
         "        timeout=60,", "    )", "    resp.raise_for_status()", "    return resp.json()['task_id']",
         "", "", "if __name__ == '__main__':",
         "    print(trigger_refresh('%s'))" % uuid4(r), ""]
    return pick(r, "jobs/refresh_report.py", "scripts/connect_render.py"), "\n".join(L), s


@ptpl("posit-connect", "api_key", "posit", "sh", "conv", "CONNECT_API_KEY")
def p_connect_renviron(r):
    s = posit_key(r)
    L = ["CONNECT_SERVER=\"https://connect.%s.%s\"" % (r.choice(ORGS), r.choice(TLDS)),
         "CONNECT_API_KEY=\"%s\"" % SLOT, "R_LIBS_USER=\"~/R/library\"", ""]
    return pick(r, ".Renviron", "project/.Renviron"), "\n".join(L), s


@ptpl("posit-connect", "api_key", "posit", "yaml", "other", "CONNECT_API_KEY")
def p_connect_gha(r):
    s = posit_key(r)
    L = ["name: publish", "on:", "  push:", "    branches: [main]", "jobs:", "  connect:",
         "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
         "      - uses: rstudio/actions/connect-publish@main", "        with:",
         "          url: https://%s@connect.%s.%s/" % (SLOT, r.choice(ORGS), r.choice(TLDS)),
         "          access-type: logged_in", "          dir: ./dashboard/:/%s-dashboard" % r.choice(ORGS), ""]
    return ".github/workflows/publish.yml", "\n".join(L), s


@ptpl("shiny", "db_password", "password", "yaml", "other", "DB_PASSWORD")
def p_shiny_config(r):
    s = password(r)
    L = ["default:", "  dataconnection:", "    driver: \"PostgreSQL\"",
         "    server: \"localhost\"", "    database: \"dev_warehouse\"", "    uid: \"shiny\"",
         "    pwd: !expr Sys.getenv(\"DEV_DB_PWD\")", "",
         "production:", "  dataconnection:", "    server: \"warehouse.%s.internal\"" % r.choice(ORGS),
         "    database: \"warehouse\"", "    uid: \"shiny_ro\"", "    pwd: \"%s\"" % SLOT, ""]
    return pick(r, "config.yml", "apps/dashboard/config.yml"), "\n".join(L), s


@ptpl("shiny", "db_password", "password", "r", "conv", "DB_PASSWORD")
def p_shiny_global(r):
    s = password(r)
    L = ["# global.R", "library(shiny)", "library(DBI)", "library(pool)", "",
         "pool <- dbPool(", "  drv = RPostgres::Postgres(),", "  dbname = \"analytics\",",
         "  host = \"db.%s.internal\"," % r.choice(ORGS), "  user = \"shiny_app\",",
         "  password = \"%s\"" % SLOT, ")", "",
         "onStop(function() poolClose(pool))", ""]
    return pick(r, "global.R", "apps/enrolment/global.R", "shiny-server/apps/kpi/global.R"), "\n".join(L), s


# ---- Apache Zeppelin ----------------------------------------------------------

def shiro_tail(r):
    return ["", "[main]", "sessionManager = org.apache.shiro.web.session.mgt.DefaultWebSessionManager",
            "cookie = org.apache.shiro.web.servlet.SimpleCookie", "cookie.name = JSESSIONID",
            "cookie.httpOnly = true", "sessionManager.sessionIdCookie = $cookie",
            "securityManager.sessionManager = $sessionManager",
            "securityManager.sessionManager.globalSessionTimeout = 86400000",
            "shiro.loginUrl = /api/login", "", "[roles]", "admin = *", "analyst = *", "",
            "[urls]", "/api/version = anon", "/api/interpreter/** = authc, roles[admin]",
            "/api/configurations/** = authc, roles[admin]", "/api/credential/** = authc, roles[admin]",
            "/** = authc", ""]


@ptpl("zeppelin", "password", "password", "ini", "other", "ZEPPELIN_ADMIN_PASSWORD",
      negs=["placeholder", "masked", "docex", "envref"])
def p_zep_users(r):
    s = password(r, safe=True)
    L = ["[users]", "# user = password, role1, role2",
         "%s = %s, admin" % (r.choice(["admin", "zeppelin-admin", "ops"]), SLOT)] + shiro_tail(r)
    return pick(r, "conf/shiro.ini", "zeppelin/conf/shiro.ini"), "\n".join(L), s


@ptpl("zeppelin", "password", "password", "ini", "conv", "LDAP_SYSTEM_PASSWORD")
def p_zep_ldap(r):
    s = password(r, safe=True)
    o = r.choice(ORGS)
    L = ["[main]", "ldapRealm = org.apache.zeppelin.realm.LdapRealm",
         "ldapRealm.contextFactory.url = ldaps://ldap.%s.internal:636" % o,
         "ldapRealm.contextFactory.authenticationMechanism = simple",
         "ldapRealm.contextFactory.systemUsername = uid=zeppelin,ou=services,dc=%s,dc=org" % o,
         "ldapRealm.contextFactory.systemPassword = %s" % SLOT,
         "ldapRealm.userDnTemplate = uid={0},ou=people,dc=%s,dc=org" % o,
         "ldapRealm.searchBase = dc=%s,dc=org" % o, "ldapRealm.groupObjectClass = groupOfNames",
         "ldapRealm.rolesByGroup = zeppelin-admins: admin, analysts: analyst",
         "securityManager.realms = $ldapRealm"] + shiro_tail(r)[2:]
    return pick(r, "conf/shiro.ini", "deploy/zeppelin/shiro.ini"), "\n".join(L), s


@ptpl("zeppelin", "db_password", "password", "json", "other", "JDBC_PASSWORD",
      negs=["placeholder", "empty", "masked", "envref", "docex"])
def p_zep_interp(r):
    s = password(r)
    L = ["{", '  "interpreterSettings": {', '    "jdbc": {', '      "id": "jdbc",', '      "name": "jdbc",',
         '      "group": "jdbc",', '      "properties": {',
         '        "default.url": {"name": "default.url", "value": "jdbc:postgresql://dwh.%s.internal:5432/analytics", "type": "string"},' % r.choice(ORGS),
         '        "default.user": {"name": "default.user", "value": "zeppelin_ro", "type": "string"},',
         '        "default.password": {"name": "default.password", "value": "%s", "type": "password"},' % SLOT,
         '        "default.driver": {"name": "default.driver", "value": "org.postgresql.Driver", "type": "string"},',
         '        "common.max_count": {"name": "common.max_count", "value": "1000", "type": "number"}',
         "      },", '      "option": {"remote": true, "perNote": "shared", "perUser": "shared"}',
         "    }", "  }", "}", ""]
    return pick(r, "conf/interpreter.json", "zeppelin/conf/interpreter.json"), "\n".join(L), s


@ptpl("zeppelin", "encryption_key", "generic", "xml", "conv", "ZEPPELIN_CREDENTIALS_ENCRYPT_KEY",
      negs=["placeholder", "empty", "masked", "envref"])
def p_zep_site(r):
    s = rs(r, ALNUM, 16)
    L = ['<?xml version="1.0"?>', '<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>',
         "<configuration>", "  <property>", "    <name>zeppelin.server.port</name>",
         "    <value>%d</value>" % r.choice([8080, 8180, 9995]), "  </property>", "  <property>",
         "    <name>zeppelin.anonymous.allowed</name>", "    <value>false</value>", "  </property>",
         "  <property>", "    <name>zeppelin.credentials.persist</name>", "    <value>true</value>",
         "  </property>", "  <property>", "    <name>zeppelin.credentials.encryptKey</name>",
         "    <value>%s</value>" % SLOT,
         "    <description>AES key (16 chars) used to encrypt credentials.json</description>",
         "  </property>", "</configuration>", ""]
    return pick(r, "conf/zeppelin-site.xml", "zeppelin/conf/zeppelin-site.xml"), "\n".join(L), s


@ptpl("aws", "secret_access_key", "aws", "sh", "conv", "AWS_SECRET_ACCESS_KEY")
def p_zep_env(r):
    a, s = aws_pair(r)
    L = ["#!/bin/bash", "# conf/zeppelin-env.sh", "export JAVA_HOME=/usr/lib/jvm/java-11-openjdk-amd64",
         "export SPARK_HOME=/opt/spark-%s" % ver(r, 3, 4),
         "export ZEPPELIN_MEM=\"-Xms1024m -Xmx%dm\"" % r.choice([2048, 4096]),
         "export ZEPPELIN_NOTEBOOK_STORAGE=org.apache.zeppelin.notebook.repo.S3NotebookRepo",
         "export ZEPPELIN_NOTEBOOK_S3_BUCKET=%s-zeppelin-notebooks" % r.choice(ORGS),
         "export AWS_ACCESS_KEY_ID=%s" % a, "export AWS_SECRET_ACCESS_KEY=%s" % SLOT, ""]
    return pick(r, "conf/zeppelin-env.sh", "zeppelin/conf/zeppelin-env.sh"), "\n".join(L), s


# ---- Kubeflow -----------------------------------------------------------------

@ptpl("minio", "secret_access_key", "minio", "yaml", "conv", "MINIO_SECRET_KEY")
def p_kf_minio_secret(r):
    a, s = minio_pair(r)
    u = user(r)
    ns = "kubeflow-user-%s" % u
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: mlpipeline-minio-artifact",
         "  namespace: %s" % ns, "  labels:", "    app.kubernetes.io/part-of: kubeflow-pipelines",
         "type: Opaque", "stringData:", "  accesskey: %s" % a, "  secretkey: %s" % SLOT, ""]
    return pick(r, "manifests/profiles/%s/minio-secret.yaml" % u, "kustomize/pipelines/minio-artifact-secret.yaml"), "\n".join(L), s


@ptpl("minio", "secret_access_key", "generic", "yaml", "other", "MINIO_SECRET_KEY",
      negs=["placeholder", "empty", "template"])
def p_kf_minio_b64(r):
    a, raw = minio_pair(r)
    s = b64(raw.encode())
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: minio-creds",
         "  namespace: kubeflow", "type: Opaque", "data:",
         "  MINIO_ROOT_USER: %s" % b64(a.encode()), "  MINIO_ROOT_PASSWORD: %s" % SLOT, ""]
    return pick(r, "manifests/minio/secret.yaml", "apps/pipeline/upstream/minio-secret.yaml"), "\n".join(L), s


@ptpl("kubeflow-dex", "oauth_client_secret", "generic", "yaml", "conv", "OIDC_CLIENT_SECRET")
def p_kf_dex(r):
    s = b64url(rbytes(r, 24))
    L = ["issuer: http://dex.auth.svc.cluster.local:5556/dex", "storage:", "  type: kubernetes",
         "  config:", "    inCluster: true", "web:", "  http: 0.0.0.0:5556", "logger:", "  level: \"debug\"",
         "  format: text", "oauth2:", "  skipApprovalScreen: true", "enablePasswordDB: false",
         "staticClients:", "- idEnv: OIDC_CLIENT_ID", "  redirectURIs: [\"/oauth2/callback\"]",
         "  name: 'Dex Login Application'", "  secret: %s" % SLOT, ""]
    return pick(r, "common/dex/base/config-map.yaml", "manifests/dex/config.yaml"), "\n".join(L), s


@ptpl("minio", "secret_access_key", "minio", "py", "other", "MINIO_SECRET_KEY")
def p_kf_minio_client(r):
    a, s = minio_pair(r)
    L = ["from minio import Minio", "", "",
         "def upload_model(path, bucket='models'):",
         "    client = Minio(",
         "        'minio-service.kubeflow.svc.cluster.local:9000',",
         "        '%s'," % a, "        '%s'," % SLOT, "        secure=False,", "    )",
         "    if not client.bucket_exists(bucket):", "        client.make_bucket(bucket)",
         "    client.fput_object(bucket, path.split('/')[-1], path)", ""]
    return pick(r, "pipelines/components/upload.py", "src/kfp_utils/storage.py"), "\n".join(L), s


@ptpl("aws", "secret_access_key", "aws", "yaml", "other", "AWS_SECRET_ACCESS_KEY")
def p_kf_poddefault(r):
    a, s = aws_pair(r)
    L = ["apiVersion: kubeflow.org/v1alpha1", "kind: PodDefault", "metadata:", "  name: add-s3-creds",
         "  namespace: kubeflow-user-%s" % user(r), "spec:", "  desc: Mount team S3 credentials",
         "  selector:", "    matchLabels:", "      add-s3-creds: \"true\"", "  env:",
         "    - name: AWS_ACCESS_KEY_ID", "      value: %s" % a,
         "    - name: AWS_SECRET_ACCESS_KEY", "      value: \"%s\"" % SLOT,
         "    - name: AWS_REGION", "      value: eu-central-1", ""]
    return pick(r, "profiles/poddefault-s3.yaml", "manifests/user-namespace/poddefault.yaml"), "\n".join(L), s


# ---- Coder / code-server --------------------------------------------------------

@ptpl("coder", "session_token", "generic", "yaml", "conv", "CODER_SESSION_TOKEN")
def p_coder_gha(r):
    s = coder_token(r)
    L = ["name: push-templates", "on:", "  push:", "    branches: [main]", "    paths: ['templates/**']",
         "jobs:", "  push:", "    runs-on: ubuntu-latest", "    env:",
         "      CODER_URL: https://coder.%s.%s" % (r.choice(ORGS), r.choice(TLDS)),
         "      CODER_SESSION_TOKEN: %s" % SLOT, "    steps:", "      - uses: actions/checkout@v4",
         "      - run: curl -fsSL https://coder.com/install.sh | sh",
         "      - run: coder templates push %s --directory templates/%s --yes" % (r.choice(["python-ds", "rstudio", "gpu-lab"]), r.choice(["python-ds", "rstudio", "gpu-lab"])), ""]
    return ".github/workflows/coder-templates.yml", "\n".join(L), s


@ptpl("coder", "session_token", "generic", "sh", "other", "CODER_SESSION_TOKEN")
def p_coder_curl(r):
    s = coder_token(r)
    L = ["#!/usr/bin/env bash", "# stop every workspace idle for more than a week", "set -euo pipefail",
         "CODER=https://coder.%s.%s" % (r.choice(ORGS), r.choice(TLDS)), "",
         "curl -fsS \"$CODER/api/v2/workspaces?q=dormant:true\" \\",
         "  -H 'Coder-Session-Token: %s' \\" % SLOT, "  -H 'Accept: application/json' \\",
         "  | jq -r '.workspaces[].id' > /tmp/dormant.txt", "",
         "wc -l /tmp/dormant.txt", ""]
    return pick(r, "scripts/coder-dormant.sh", "ops/coder_cleanup.sh"), "\n".join(L), s


@ptpl("coder", "oauth_client_secret", "generic", "yaml", "conv", "CODER_OIDC_CLIENT_SECRET")
def p_coder_helm_oidc(r):
    s = keycloak_secret(r)
    L = ["coder:", "  env:", "    - name: CODER_ACCESS_URL", "      value: https://coder.%s.%s" % (r.choice(ORGS), r.choice(TLDS)),
         "    - name: CODER_OIDC_ISSUER_URL", "      value: https://sso.%s.%s/realms/dev" % (r.choice(ORGS), r.choice(TLDS)),
         "    - name: CODER_OIDC_CLIENT_ID", "      value: coder",
         "    - name: CODER_OIDC_CLIENT_SECRET", "      value: \"%s\"" % SLOT,
         "    - name: CODER_OIDC_EMAIL_DOMAIN", "      value: %s" % r.choice(TLDS),
         "  service:", "    type: ClusterIP", ""]
    return pick(r, "coder/values.yaml", "helm/coder-values.yaml"), "\n".join(L), s


@ptpl("coder", "db_password", "password", "yaml", "other", "CODER_PG_PASSWORD",
      negs=["placeholder", "masked", "envref", "secretmgr"])
def p_coder_pg(r):
    s = password(r, safe=True)
    L = ["services:", "  coder:", "    image: ghcr.io/coder/coder:v%s" % ver(r, 2, 3), "    ports:",
         "      - \"7080:7080\"", "    environment:",
         "      CODER_PG_CONNECTION_URL: \"postgresql://coder:%s@database/coder?sslmode=disable\"" % SLOT,
         "      CODER_HTTP_ADDRESS: \"0.0.0.0:7080\"",
         "      CODER_ACCESS_URL: \"https://coder.%s.%s\"" % (r.choice(ORGS), r.choice(TLDS)),
         "    group_add:", "      - \"998\"", "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock",
         "    depends_on:", "      database:", "        condition: service_healthy",
         "  database:", "    image: postgres:16", "    environment:", "      POSTGRES_USER: coder",
         "      POSTGRES_DB: coder", "    volumes:", "      - coder_data:/var/lib/postgresql/data",
         "volumes:", "  coder_data:", ""]
    return pick(r, "docker-compose.yaml", "coder/compose.yaml"), "\n".join(L), s


@ptpl("coder", "session_token", "generic", "tf", "other", "coderd_token")
def p_coder_tf(r):
    s = coder_token(r)
    L = ["terraform {", "  required_providers {", "    coderd = {", '      source  = "coder/coderd"',
         "    }", "  }", "}", "", 'provider "coderd" {',
         '  url   = "https://coder.%s.%s"' % (r.choice(ORGS), r.choice(TLDS)),
         '  token = "%s"' % SLOT, "}", "",
         'resource "coderd_group" "ds" {', '  name         = "data-science"', '  display_name = "Data Science"',
         "  quota_allowance = %d" % r.choice([10, 20, 40]), "}", ""]
    return pick(r, "infra/coder/main.tf", "terraform/coder.tf"), "\n".join(L), s


@ptpl("code-server", "password", "password", "yaml", "conv", "PASSWORD")
def p_cs_config(r):
    s = hexs(r, 24)
    L = ["bind-addr: %s:8080" % r.choice(["127.0.0.1", "0.0.0.0"]), "auth: password",
         "password: %s" % SLOT, "cert: false", ""]
    return pick(r, ".config/code-server/config.yaml", "home/config/code-server/config.yaml"), "\n".join(L), s


@ptpl("code-server", "password", "password", "yaml", "conv", "PASSWORD")
def p_cs_compose(r):
    s = password(r)
    L = ["services:", "  code-server:", "    image: lscr.io/linuxserver/code-server:latest",
         "    container_name: code-server", "    environment:", "      - PUID=1000", "      - PGID=1000",
         "      - TZ=Etc/UTC", "      - PASSWORD=%s" % SLOT, "      - DEFAULT_WORKSPACE=/config/workspace",
         "    volumes:", "      - ./config:/config", "    ports:", "      - 8443:8443",
         "    restart: unless-stopped", ""]
    return pick(r, "docker-compose.yml", "code-server/docker-compose.yml"), "\n".join(L), s


@ptpl("code-server", "password", "password", "ini", "other", "PASSWORD")
def p_cs_systemd(r):
    s = hexs(r, 24)
    u = user(r)
    L = ["# /etc/systemd/system/code-server@%s.service.d/override.conf" % u, "[Service]",
         "Environment=PASSWORD=%s" % SLOT, "Environment=CS_DISABLE_GETTING_STARTED_OVERRIDE=1", "ExecStart=",
         "ExecStart=/usr/bin/code-server --bind-addr 0.0.0.0:%d --auth password" % r.choice([8080, 8443]), ""]
    return pick(r, "deploy/code-server-override.conf", "etc/systemd/code-server.override.conf"), "\n".join(L), s


# ---- Open OnDemand ----------------------------------------------------------

@ptpl("open-ondemand", "oauth_client_secret", "generic", "yaml", "conv", "OOD_OIDC_CLIENT_SECRET")
def p_ood_oidc(r):
    s = keycloak_secret(r)
    h = host(r, "ondemand")
    L = ["---", "# /etc/ood/config/ood_portal.yml", "servername: %s" % h, "port: 443",
         "ssl:", "  - 'SSLCertificateFile \"/etc/pki/tls/certs/%s.crt\"'" % h,
         "  - 'SSLCertificateKeyFile \"/etc/pki/tls/private/%s.key\"'" % h,
         "auth:", "  - 'AuthType openid-connect'", "  - 'Require valid-user'",
         "oidc_uri: /oidc", "oidc_provider_metadata_url: https://sso.%s.%s/realms/hpc/.well-known/openid-configuration" % (r.choice(ORGS), r.choice(TLDS)),
         "oidc_client_id: ondemand", "oidc_client_secret: %s" % SLOT,
         "oidc_remote_user_claim: preferred_username", "oidc_scope: \"openid profile email\"", ""]
    return pick(r, "ood_portal.yml", "etc/ood/config/ood_portal.yml"), "\n".join(L), s


@ptpl("open-ondemand", "password", "password", "yaml", "other", "OOD_LDAP_BIND_PW")
def p_ood_dex(r):
    s = password(r)
    o = r.choice(ORGS)
    L = ["servername: %s" % host(r, "ondemand"), "dex:", "  connectors:", "    - type: ldap",
         "      id: ldap", "      name: %s LDAP" % o.upper(), "      config:",
         "        host: ldap.%s.internal:636" % o,
         "        bindDN: cn=ood-bind,ou=services,dc=%s,dc=edu" % o,
         "        bindPW: \"%s\"" % SLOT, "        userSearch:",
         "          baseDN: ou=people,dc=%s,dc=edu" % o, "          filter: \"(objectClass=posixAccount)\"",
         "          username: uid", "          idAttr: uid", "          emailAttr: mail", "          nameAttr: gecos", ""]
    return pick(r, "ood_portal.yml", "ansible/files/ood_portal.yml"), "\n".join(L), s


# ---- Slurm REST -------------------------------------------------------------

@ptpl("slurm", "jwt", "jwt", "py", "other", "SLURM_JWT")
def p_slurm_py(r):
    u = user(r)
    s = slurm_jwt(r, u)
    L = ["import requests", "",
         "SLURMRESTD = 'http://slurmrestd.%s.internal:6820'" % r.choice(ORGS),
         "API = 'slurm/v0.0.%d'" % r.choice([39, 40, 41]), "",
         "HEADERS = {", "    'X-SLURM-USER-NAME': '%s'," % u, "    'X-SLURM-USER-TOKEN': '%s'," % SLOT, "}", "", "",
         "def queue():", "    r = requests.get(f'{SLURMRESTD}/{API}/jobs', headers=HEADERS, timeout=20)",
         "    r.raise_for_status()",
         "    return [(j['job_id'], j['job_state']) for j in r.json()['jobs']]", ""]
    return pick(r, "tools/slurm_queue.py", "dashboard/slurm_client.py"), "\n".join(L), s


@ptpl("slurm", "jwt", "jwt", "sh", "other", "SLURM_JWT")
def p_slurm_curl(r):
    u = user(r)
    s = slurm_jwt(r, u)
    L = ["#!/bin/bash", "# submit a test job through slurmrestd", "",
         "curl -s -X POST http://localhost:6820/slurm/v0.0.%d/job/submit \\" % r.choice([39, 40]),
         "  -H \"X-SLURM-USER-NAME: %s\" \\" % u,
         "  -H \"X-SLURM-USER-TOKEN: %s\" \\" % SLOT,
         "  -H 'Content-Type: application/json' \\", "  -d @job.json | jq .", ""]
    return pick(r, "scripts/rest_submit.sh", "slurm/test-rest.sh"), "\n".join(L), s


@ptpl("slurm", "jwt", "jwt", "sh", "conv", "SLURM_JWT")
def p_slurm_export(r):
    u = user(r)
    s = slurm_jwt(r, u)
    L = ["# ~/.bashrc additions for the jupyter-slurm bridge", "module load slurm",
         "export SLURMRESTD_URL=http://slurmrestd:6820", "export SLURM_JWT=%s" % SLOT,
         "alias sq='squeue -u $USER'", ""]
    return pick(r, "dotfiles/bashrc.d/slurm.sh", "config/slurm-env.sh"), "\n".join(L), s


@ptpl("slurm", "jwt", "jwt", "ini", "other", "SLURM_JWT", negs=["placeholder", "masked", "envref"])
def p_slurm_nginx(r):
    s = slurm_jwt(r, "slurmrestd")
    L = ["# nginx front for slurmrestd, used by the OnDemand dashboard widget", "server {",
         "    listen 8443 ssl;", "    server_name slurm-api.%s.%s;" % (r.choice(ORGS), r.choice(TLDS)),
         "    location /slurm/ {", "        proxy_pass http://127.0.0.1:6820;",
         "        proxy_set_header X-SLURM-USER-NAME slurmrestd;",
         "        proxy_set_header X-SLURM-USER-TOKEN %s;" % SLOT, "    }", "}", ""]
    return pick(r, "nginx/slurmrestd.conf", "etc/nginx/conf.d/slurm-api.conf"), "\n".join(L), s


# ---- notebooks, docs, misc file types -----------------------------------------

def ipynb(cells, r):
    out = {"cells": [], "metadata": {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.%d" % r.randrange(0, 9)}},
        "nbformat": 4, "nbformat_minor": 5}
    for kind, src in cells:
        lines = src.split("\n")
        source = [ln + "\n" for ln in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "id": hexs(r, 8), "metadata": {}, "source": source}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out["cells"].append(c)
    return json.dumps(out, indent=1) + "\n"


@ptpl("huggingface", "api_token", "generic", "ipynb", "conv", "HF_TOKEN")
def p_nb_hf(r):
    s = hf_token(r)
    model = r.choice(["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-v0.3", "google/gemma-2-9b"])
    txt = ipynb([("markdown", "# Fine-tuning experiment\nRuns on the shared GPU hub."),
                 ("code", "import os\nos.environ[\"HF_TOKEN\"] = \"%s\"\nos.environ[\"HF_HOME\"] = \"/shared/hf-cache\"" % SLOT),
                 ("code", "from transformers import AutoTokenizer, AutoModelForCausalLM\n"
                          "tok = AutoTokenizer.from_pretrained(\"%s\")\n"
                          "model = AutoModelForCausalLM.from_pretrained(\"%s\", device_map=\"auto\")" % (model, model))], r)
    return pick(r, "notebooks/finetune.ipynb", "experiments/01-llm-baseline.ipynb"), txt, s


@ptpl("wandb", "api_key", "generic", "ipynb", "other", "WANDB_API_KEY")
def p_nb_wandb(r):
    s = hexs(r, 40)
    txt = ipynb([("code", "import wandb\nwandb.login(key=\"%s\")" % SLOT),
                 ("code", "run = wandb.init(project=\"%s\", config={\"lr\": %s, \"epochs\": %d})" % (
                     r.choice(["segmentation", "churn-model", "protein-fold"]), r.choice(["1e-3", "3e-4"]), r.choice([10, 20]))),
                 ("markdown", "Training loop below logs to the team workspace.")], r)
    return pick(r, "notebooks/train.ipynb", "train_with_wandb.ipynb"), txt, s


@ptpl("minio", "secret_access_key", "minio", "ipynb", "other", "MINIO_SECRET_KEY")
def p_nb_minio(r):
    a, s = minio_pair(r)
    txt = ipynb([("markdown", "## Load the raw parquet files from the lab object store"),
                 ("code", "import s3fs\nfs = s3fs.S3FileSystem(\n    key=\"%s\",\n    secret=\"%s\",\n"
                          "    client_kwargs={\"endpoint_url\": \"http://minio.%s.svc:9000\"},\n)" % (a, SLOT, r.choice(NAMESPACES))),
                 ("code", "fs.ls(\"raw/%s\")" % r.choice(["2024", "sensors", "survey"]))], r)
    return pick(r, "notebooks/explore-raw.ipynb", "analysis/load_data.ipynb"), txt, s


@ptpl("jupyterhub", "api_token", "hex32", "md", "other", "JUPYTERHUB_API_TOKEN")
def p_md_runbook(r):
    s = uuid4hex(r)
    h = host(r)
    L = ["# Hub operations runbook", "", "## Listing running servers", "",
         "The ops service account has `admin:servers` scope.", "", "```bash",
         "curl -s -H \"Authorization: token %s\" \\" % SLOT,
         "     https://%s/hub/api/users?state=ready | jq '.[].name'" % h, "```", "",
         "## Culling", "", "Idle servers are culled after %d minutes by `jupyterhub-idle-culler`." % r.choice([30, 60, 120]), ""]
    return pick(r, "docs/runbook.md", "docs/operations.md", "README.md"), "\n".join(L), s


@ptpl("snowflake", "password", "password", "toml", "conv", "SNOWFLAKE_PASSWORD")
def p_toml_streamlit(r):
    s = password(r)
    L = ["# .streamlit/secrets.toml", "[connections.snowflake]",
         "account = \"%s-%s\"" % (r.choice(ORGS).replace("-", ""), rs(r, UPPER, 7)),
         "user = \"STREAMLIT_SVC\"", "password = \"%s\"" % SLOT, "role = \"REPORTING\"",
         "warehouse = \"WH_XS\"", "database = \"ANALYTICS\"", "schema = \"PUBLIC\"", ""]
    return pick(r, ".streamlit/secrets.toml", "apps/kpi/.streamlit/secrets.toml"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex64", "toml", "other", "HUB_TOKEN")
def p_toml_platform(r):
    s = hexs(r, 64)
    L = ["[hub]", "url = \"https://%s\"" % host(r), "token = \"%s\"" % SLOT, "timeout = 30", "",
         "[report]", "schedule = \"0 6 * * 1\"", "recipients = [\"ops@%s\"]" % r.choice(TLDS), ""]
    return pick(r, "config/hubstats.toml", "hubstats.toml"), "\n".join(L), s


@ptpl("postgres", "db_password", "password", "sql", "other", "JUPYTERHUB_DB_PASSWORD")
def p_sql_init(r):
    s = password(r, safe=True)
    L = ["-- initdb/01-jupyterhub.sql", "CREATE ROLE jupyterhub WITH LOGIN PASSWORD '%s';" % SLOT,
         "CREATE DATABASE jupyterhub OWNER jupyterhub;",
         "GRANT ALL PRIVILEGES ON DATABASE jupyterhub TO jupyterhub;",
         "\\connect jupyterhub", "ALTER SCHEMA public OWNER TO jupyterhub;", ""]
    return pick(r, "initdb/01-jupyterhub.sql", "db/init.sql"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex32", "csv", "other", "TOKEN", negs=["empty", "masked", "placeholder"])
def p_csv_services(r):
    s = uuid4hex(r)
    rows = [("idle-culler", "", "(generated by the hub)"),
            ("grafana-exporter", "http://exporter:9090", "token in k8s secret"),
            ("nbgrader-%s" % r.choice(["stat101", "cs50", "bio210"]), "http://grader:9999", SLOT),
            ("announcement", "http://announce:8888", "")]
    L = ["service,url,api_token"] + ["%s,%s,%s" % row for row in rows] + [""]
    return pick(r, "ops/services.csv", "inventory/hub-services.csv"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex32", "js", "other", "HUB_TOKEN")
def p_js_hub(r):
    s = uuid4hex(r)
    L = ["// sync-users.js -- mirror the LMS roster into JupyterHub groups",
         "const fetch = require('node-fetch');", "",
         "const HUB = process.env.HUB_URL || 'https://%s/hub/api';" % host(r),
         "const TOKEN = process.env.HUB_TOKEN || '%s';" % SLOT, "",
         "async function addToGroup(group, users) {",
         "  const res = await fetch(`${HUB}/groups/${group}/users`, {",
         "    method: 'POST',", "    headers: { Authorization: `token ${TOKEN}` },",
         "    body: JSON.stringify({ users }),", "  });",
         "  if (!res.ok) throw new Error(`hub said ${res.status}`);", "}", "",
         "module.exports = { addToGroup };", ""]
    return pick(r, "scripts/sync-users.js", "lms-sync/src/hub.js"), "\n".join(L), s


@ptpl("github", "oauth_client_secret", "generic", "sh", "other", "GITHUB_CLIENT_SECRET")
def p_tljh(r):
    s = hexs(r, 40)
    L = ["#!/bin/bash", "# bootstrap a The Littlest JupyterHub box for the summer school", "set -e", "",
         "curl -L https://tljh.jupyter.org/bootstrap.py | sudo python3 - --admin %s" % user(r), "",
         "sudo tljh-config set auth.GitHubOAuthenticator.client_id %s" % hexs(r, 20),
         "sudo tljh-config set auth.GitHubOAuthenticator.client_secret %s" % SLOT,
         "sudo tljh-config set auth.GitHubOAuthenticator.oauth_callback_url https://%s/hub/oauth_callback" % host(r),
         "sudo tljh-config set auth.type oauthenticator.github.GitHubOAuthenticator",
         "sudo tljh-config reload", ""]
    return pick(r, "bootstrap-tljh.sh", "summer-school/setup.sh"), "\n".join(L), s


@ptpl("zero-to-jupyterhub", "cookie_secret", "hex64", "make", "other", "HUB_COOKIE_SECRET",
      negs=["placeholder", "envref", "code", "masked"])
def p_makefile(r):
    s = hexs(r, 64)
    ns = r.choice(NAMESPACES)
    L = ["NAMESPACE ?= %s" % ns, "RELEASE   ?= jhub", "CHART_VERSION ?= %s" % ver(r, 3, 5), "",
         ".PHONY: deploy diff", "", "deploy:",
         "\thelm upgrade --install $(RELEASE) jupyterhub/jupyterhub \\",
         "\t  --namespace $(NAMESPACE) --version $(CHART_VERSION) \\",
         "\t  --values config.yaml \\", "\t  --set hub.cookieSecret=%s" % SLOT, "",
         "diff:", "\thelm diff upgrade $(RELEASE) jupyterhub/jupyterhub -f config.yaml", ""]
    return "Makefile", "\n".join(L), s


@ptpl("jupyterhub", "encryption_key", "hex64", "md", "other", "JUPYTERHUB_CRYPT_KEY")
def p_md_kubectl(r):
    s = hexs(r, 64)
    ns = r.choice(NAMESPACES)
    L = ["## Enabling auth_state", "", "Create the key once and keep it: rotating it drops all stored tokens.", "",
         "```console",
         "$ kubectl -n %s create secret generic hub-crypt-key \\" % ns,
         "    --from-literal=JUPYTERHUB_CRYPT_KEY=%s" % SLOT,
         "secret/hub-crypt-key created", "```", "",
         "Then reference it from `hub.extraEnv` in config.yaml.", ""]
    return pick(r, "docs/auth-state.md", "docs/setup.md"), "\n".join(L), s


@ptpl("jupyterhub", "proxy_token", "hex64", "ini", "conv", "CONFIGPROXY_AUTH_TOKEN")
def p_supervisord(r):
    s = hexs(r, 64)
    L = ["[program:jupyterhub]", "command=/opt/conda/bin/jupyterhub -f /etc/jupyterhub/jupyterhub_config.py",
         "directory=/srv/jupyterhub", "user=root", "autostart=true", "autorestart=true",
         "environment=CONFIGPROXY_AUTH_TOKEN=\"%s\",PATH=\"/opt/conda/bin:%%(ENV_PATH)s\"" % SLOT,
         "stdout_logfile=/var/log/jupyterhub/hub.log", "redirect_stderr=true", ""]
    return pick(r, "supervisor/conf.d/jupyterhub.conf", "docker/supervisord.conf"), "\n".join(L), s


@ptpl("jupyter-kernel-gateway", "auth_token", "generic", "docker", "conv", "KG_AUTH_TOKEN")
def p_kg_docker(r):
    s = b64url(rbytes(r, 32))
    L = ["FROM python:3.11-slim",
         "RUN pip install --no-cache-dir jupyter_kernel_gateway==%s ipykernel pandas" % ver(r, 2, 4),
         "ENV KG_IP=0.0.0.0", "ENV KG_PORT=8889", "ENV KG_AUTH_TOKEN=%s" % SLOT,
         "EXPOSE 8889", 'CMD ["jupyter", "kernelgateway"]', ""]
    return pick(r, "kernel-gateway/Dockerfile", "docker/kg.Dockerfile"), "\n".join(L), s


@ptpl("zero-to-jupyterhub", "private_key", "generic", "yaml", "other", "TLS_KEY",
      negs=["placeholder", "masked"])
def p_z2jh_manual_tls(r):
    lines = pem_body(r)
    s = "\n        ".join(lines)
    cert = b64(bytes.fromhex("308203") + rbytes(r, 880))
    cl = [cert[i:i + 64] for i in range(0, len(cert), 64)]
    L = ["proxy:", "  https:", "    enabled: true", "    type: manual", "    manual:", "      key: |",
         "        -----BEGIN PRIVATE KEY-----", "        " + SLOT, "        -----END PRIVATE KEY-----",
         "      cert: |", "        -----BEGIN CERTIFICATE-----"] + ["        " + c for c in cl] + [
         "        -----END CERTIFICATE-----", "    hosts:", "      - %s" % host(r), ""]
    return pick(r, "config.yaml", "helm/tls-values.yaml"), "\n".join(L), s, lines[0]


@ptpl("mlflow", "password", "password", "py", "conv", "MLFLOW_TRACKING_PASSWORD")
def p_mlflow(r):
    s = password(r)
    L = ["import os", "", "import mlflow", "",
         "os.environ['MLFLOW_TRACKING_USERNAME'] = '%s'" % user(r),
         "os.environ['MLFLOW_TRACKING_PASSWORD'] = '%s'" % SLOT,
         "mlflow.set_tracking_uri('https://mlflow.%s.%s')" % (r.choice(ORGS), r.choice(TLDS)),
         "mlflow.set_experiment('%s')" % r.choice(["churn", "demand-forecast", "retina-seg"]), "", "",
         "def log_run(params, metrics):", "    with mlflow.start_run():",
         "        mlflow.log_params(params)", "        mlflow.log_metrics(metrics)", ""]
    return pick(r, "src/tracking.py", "training/mlflow_utils.py"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex64", "tf", "other", "hub_service_token")
def p_tf_k8s_secret(r):
    s = hexs(r, 64)
    L = ['resource "kubernetes_secret" "hub_exporter" {', "  metadata {",
         '    name      = "hub-exporter-token"', '    namespace = "%s"' % r.choice(NAMESPACES), "  }", "",
         "  data = {", '    token = "%s"' % SLOT, "  }", "}", ""]
    return pick(r, "terraform/secrets.tf", "infra/k8s/exporter.tf"), "\n".join(L), s


@ptpl("jupyterhub", "api_token", "hex32", "sh", "other", "JUPYTERHUB_API_TOKEN")
def p_cron_backup(r):
    s = uuid4hex(r)
    L = ["#!/bin/sh", "# /etc/cron.daily/hub-user-export", "OUT=/backup/hub-users-$(date +%F).json",
         "wget -q -O \"$OUT\" --header=\"Authorization: token %s\" \\" % SLOT,
         "     http://127.0.0.1:8081/hub/api/users", "gzip -f \"$OUT\"", ""]
    return pick(r, "cron/hub-user-export", "scripts/cron-export.sh"), "\n".join(L), s


# ================================================== look-alike negatives ====

def argon2_hash(r, variant="argon2id"):
    salt = base64.b64encode(rbytes(r, 16)).decode().rstrip("=")
    h = base64.b64encode(rbytes(r, 32)).decode().rstrip("=")
    return "$%s$v=19$m=%d,t=%d,p=%d$%s$%s" % (variant, r.choice([10240, 65536, 4096]),
                                             r.choice([3, 10]), r.choice([1, 4, 8]), salt, h)


def bcrypt_hash(r):
    return "$2y$%02d$%s" % (r.choice([10, 12]), rs(r, "./" + ALNUM, 53))


def ssh_ed25519(r):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return "ssh-ed25519 " + b64(blob)


@ntpl("jupyter-server", "hashed_password")
def n_argon2_cfg(r):
    L = ["# Configuration file for jupyter-server.", "c = get_config()  # noqa", "",
         "# token auth disabled: password login only (hash made with jupyter_server.auth.passwd)",
         "c.ServerApp.token = ''",
         "c.PasswordIdentityProvider.hashed_password = 'argon2:%s'" % argon2_hash(r),
         "c.PasswordIdentityProvider.password_required = True",
         "c.ServerApp.ip = '0.0.0.0'", "c.ServerApp.port = 8888", ""]
    return pick(r, ".jupyter/jupyter_server_config.py", "jupyter_server_config.py"), "\n".join(L)


@ntpl("jupyter-notebook", "hashed_password")
def n_sha1_cfg(r):
    L = ["# jupyter_notebook_config.py (classic notebook 6.x on the analysis VM)", "c = get_config()", "",
         "c.NotebookApp.ip = '*'", "c.NotebookApp.open_browser = False",
         "c.NotebookApp.password = u'sha1:%s:%s'" % (hexs(r, 12), hexs(r, 40)),
         "c.NotebookApp.certfile = u'/home/%s/.ssl/mycert.pem'" % user(r),
         "c.NotebookApp.port = %d" % r.choice([8888, 9999]), ""]
    return "jupyter_notebook_config.py", "\n".join(L)


@ntpl("jupyter-server", "auth_disabled")
def n_token_disabled(r):
    L = ["# Local-only lab inside the devcontainer; the port is not published.", "c = get_config()  # noqa",
         "c.ServerApp.ip = '127.0.0.1'", "c.ServerApp.token = ''", "c.ServerApp.password = ''",
         "c.ServerApp.disable_check_xsrf = False", "c.ServerApp.open_browser = False",
         "c.LabApp.check_for_updates_class = 'jupyterlab.NeverCheckForUpdate'", ""]
    return ".devcontainer/jupyter_server_config.py", "\n".join(L)


@ntpl("code-server", "hashed_password")
def n_cs_hashed(r):
    L = ["bind-addr: 0.0.0.0:8080", "auth: password",
         "hashed-password: \"%s\"" % argon2_hash(r, "argon2i"), "cert: false", ""]
    return ".config/code-server/config.yaml", "\n".join(L)


@ntpl("kubeflow-dex", "bcrypt_hash")
def n_dex_bcrypt(r):
    u = user(r)
    L = ["staticPasswords:", "- email: %s@%s" % (u, r.choice(TLDS)),
         "  hash: \"%s\"" % bcrypt_hash(r), "  # generated with: htpasswd -nbBC 12 \"\" <password> | tr -d ':'",
         "  username: %s" % u, "  userID: \"%s\"" % uuid4(r), ""]
    return pick(r, "common/dex/overlays/static-users.yaml", "manifests/dex/users.yaml"), "\n".join(L)


@ntpl("jupyter-server", "kernel_ids")
def n_kernel_log(r):
    ts = logts(r)[:-4]
    L = []
    for _ in range(r.randrange(5, 9)):
        k = uuid4(r)
        L.append("[I %s ServerApp] Kernel started: %s" % (ts, k))
        L.append("[I %s ServerApp] Connecting to kernel %s." % (ts, k))
        L.append("[I %s ServerApp] Starting buffering for %s:%s" % (ts, k, uuid4(r)))
    L.append("[I %s ServerApp] Saving file at /work/%s.ipynb" % (ts, r.choice(["eda", "model", "clean"])))
    return pick(r, "logs/lab-server.log", "jupyter.log"), "\n".join(L) + "\n"


@ntpl("jupyter-server", "session_ids")
def n_sessions_json(r):
    out = []
    for i in range(r.randrange(2, 5)):
        nb = r.choice(["eda", "train", "report", "scratch"]) + "%d.ipynb" % i
        out.append({"id": uuid4(r), "path": nb, "name": nb, "type": "notebook",
                    "kernel": {"id": uuid4(r), "name": "python3", "last_activity": isots(r),
                               "execution_state": r.choice(["idle", "busy"]), "connections": r.randrange(0, 3)},
                    "notebook": {"path": nb, "name": nb}})
    return pick(r, "tests/fixtures/api_sessions.json", "debug/sessions.json"), json.dumps(out, indent=2) + "\n"


@ntpl("ipywidgets", "model_ids")
def n_widgets_nb(r):
    mids = [uuid4hex(r) for _ in range(3)]
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "id": hexs(r, 8), "metadata": {},
                     "outputs": [{"data": {"application/vnd.jupyter.widget-view+json": {
                         "model_id": m, "version_major": 2, "version_minor": 0},
                         "text/plain": "IntSlider(value=5)"}, "metadata": {}, "output_type": "display_data"}
                         for m in mids[:2]],
                     "source": ["import ipywidgets as w\n", "w.IntSlider(5)"]}],
          "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {
              "state": {m: {"model_module": "@jupyter-widgets/controls", "model_name": "IntSliderModel",
                            "model_module_version": "2.0.0", "state": {"value": 5}} for m in mids},
              "version_major": 2, "version_minor": 0}}},
          "nbformat": 4, "nbformat_minor": 5}
    return pick(r, "notebooks/widgets-demo.ipynb", "tutorial/03-widgets.ipynb"), json.dumps(nb, indent=1) + "\n"


@ntpl("jupyter-notebook", "image_output")
def n_png_nb(r):
    png = b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(r, 600))
    nb = {"cells": [{"cell_type": "code", "execution_count": 7, "id": hexs(r, 8), "metadata": {},
                     "outputs": [{"data": {"image/png": png, "text/plain": "<Figure size 640x480 with 1 Axes>"},
                                  "metadata": {}, "output_type": "display_data"}],
                     "source": ["df.plot(x='date', y='%s')" % r.choice(["sales", "temp", "users"])]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return pick(r, "notebooks/plots.ipynb", "report/figures.ipynb"), json.dumps(nb, indent=1) + "\n"


@ntpl("nbgrader", "checksum")
def n_nbgrader(r):
    cells = []
    for i in range(3):
        cells.append({"cell_type": "code", "execution_count": None, "id": hexs(r, 8),
                      "metadata": {"deletable": False, "nbgrader": {
                          "cell_type": "code", "checksum": hexs(r, 32), "grade": i > 0,
                          "grade_id": "cell-%s" % hexs(r, 16), "locked": i > 0, "points": i,
                          "schema_version": 3, "solution": i == 0, "task": False}},
                      "outputs": [], "source": ["# YOUR CODE HERE\n", "raise NotImplementedError()"] if i == 0 else
                      ["assert squares(3) == [1, 4, 9]"]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return "source/ps%d/problem1.ipynb" % r.randrange(1, 9), json.dumps(nb, indent=1) + "\n"


@ntpl("zero-to-jupyterhub", "image_digest")
def n_image_digest(r):
    L = ["singleuser:", "  image:", "    name: quay.io/jupyter/datascience-notebook",
         "    tag: \"2024-%02d-%02d@sha256:%s\"" % (r.randrange(1, 13), r.randrange(1, 28), sha256hex(r)),
         "  profileList:", "    - display_name: \"GPU (PyTorch)\"", "      kubespawner_override:",
         "        image: quay.io/jupyter/pytorch-notebook@sha256:%s" % sha256hex(r),
         "    - display_name: \"R\"", "      kubespawner_override:",
         "        image: rocker/binder@sha256:%s" % sha256hex(r), ""]
    return pick(r, "config.yaml", "helm/profiles.yaml"), "\n".join(L)


@ntpl("pip", "lock_hashes")
def n_requirements(r):
    L = ["# This file is autogenerated by pip-compile with Python 3.11", "#    pip-compile --generate-hashes", "#"]
    for pkg in ["jupyterhub==%s" % ver(r, 4, 6), "oauthenticator==%s" % ver(r, 16, 18),
                "jupyterhub-idle-culler==1.%d.0" % r.randrange(2, 5), "kubespawner==%s" % ver(r, 6, 8)]:
        L.append("%s \\" % pkg)
        L.append("    --hash=sha256:%s \\" % sha256hex(r))
        L.append("    --hash=sha256:%s" % sha256hex(r))
    return pick(r, "requirements.txt", "hub/requirements.txt"), "\n".join(L) + "\n"


@ntpl("conda", "lock_hashes")
def n_conda_lock(r):
    L = ["version: 1", "metadata:", "  content_hash:", "    linux-64: %s" % sha256hex(r), "package:"]
    for name in ["numpy", "pandas", "jupyterlab", "xarray"]:
        v = ver(r, 1, 3)
        L += ["  - name: %s" % name, "    version: %s" % v, "    manager: conda", "    platform: linux-64",
              "    url: https://conda.anaconda.org/conda-forge/linux-64/%s-%s-py311h_0.conda" % (name, v),
              "    hash:", "      md5: %s" % hexs(r, 32), "      sha256: %s" % sha256hex(r)]
    return pick(r, "conda-lock.yml", "environment/conda-lock.yml"), "\n".join(L) + "\n"


@ntpl("renv", "lock_hashes")
def n_renv(r):
    pk = {}
    for name in ["dplyr", "shiny", "ggplot2", "DBI"]:
        pk[name] = {"Package": name, "Version": ver(r, 1, 4), "Source": "Repository",
                    "Repository": "RSPM", "Hash": hexs(r, 32)}
    d = {"R": {"Version": "4.%d.%d" % (r.randrange(2, 5), r.randrange(0, 3)),
               "Repositories": [{"Name": "RSPM", "URL": "https://packagemanager.posit.co/cran/latest"}]},
         "Packages": pk}
    return pick(r, "renv.lock", "apps/dashboard/renv.lock"), json.dumps(d, indent=2) + "\n"


@ntpl("npm", "lock_hashes")
def n_pkglock(r):
    d = {"name": "jupyterlab-%s" % r.choice(["hub-banner", "theme-lab", "quota"]), "version": "0.%d.0" % r.randrange(1, 9),
         "lockfileVersion": 3, "requires": True, "packages": {}}
    for name in ["@jupyterlab/application", "@jupyterlab/apputils", "@lumino/widgets"]:
        d["packages"]["node_modules/" + name] = {
            "version": ver(r, 2, 4), "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name.split("/")[-1]),
            "integrity": "sha512-" + b64(rbytes(r, 64))}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@ntpl("binderhub", "git_shas")
def n_binder_log(r):
    ref = hexs(r, 40)
    repo = "%s/%s" % (r.choice(ORGS), r.choice(["course-notebooks", "paper-figures", "workshop"]))
    L = ["Waiting for build to start...",
         "Picked Git content provider.", "Cloning into '/tmp/repo2docker%s'..." % rs(r, LALNUM, 8),
         "HEAD is now at %s Merge pull request #%d from %s/fix-env" % (ref[:7], r.randrange(10, 300), user(r)),
         "Building conda environment for python=3.11",
         "Successfully pushed registry.%s/binder/r2d-z%s%s:%s" % (r.choice(TLDS), hexs(r, 8), repo.replace("/", "-"), ref),
         "Built image, launching...", "Launching server..."]
    return pick(r, "logs/binder-build.log", "build.log"), "\n".join(L) + "\n"


@ntpl("jupyterhub", "alembic_revision")
def n_alembic(r):
    rev, down = hexs(r, 12), hexs(r, 12)
    L = ['"""add expires_at to oauth codes', "", "Revision ID: %s" % rev, "Revises: %s" % down,
         "Create Date: 2024-%02d-%02d 10:%02d:00" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(60)), '"""',
         "revision = '%s'" % rev, "down_revision = '%s'" % down, "branch_labels = None", "depends_on = None", "",
         "import sqlalchemy as sa", "from alembic import op", "", "",
         "def upgrade():", "    op.add_column('oauth_codes', sa.Column('expires_at', sa.Integer(), nullable=True))", "", "",
         "def downgrade():", "    op.drop_column('oauth_codes', 'expires_at')", ""]
    return "alembic/versions/%s_add_expires_at.py" % rev, "\n".join(L)


@ntpl("jupyterhub", "token_hashes")
def n_sqldump(r):
    L = ["-- sqlite3 jupyterhub.sqlite .dump api_tokens (hashes only, safe to share)",
         "CREATE TABLE api_tokens (id INTEGER NOT NULL, hashed VARCHAR(255), prefix VARCHAR(16), user_id INTEGER, "
         "service_id INTEGER, created DATETIME, expires_at DATETIME, last_activity DATETIME, note VARCHAR(1023), PRIMARY KEY (id));"]
    for i in range(r.randrange(3, 6)):
        L.append("INSERT INTO api_tokens VALUES(%d,'sha512:16384:%s:%s','%s',%d,NULL,'2024-0%d-1%d 09:00:00',NULL,NULL,'%s');" % (
            i + 1, hexs(r, 16), hexs(r, 128), hexs(r, 4), i + 1, r.randrange(1, 9), r.randrange(0, 9),
            r.choice(["Requested via token page", "server at /user/x/", "cull"])))
    return pick(r, "debug/api_tokens_dump.sql", "docs/incident-2024/tokens.sql"), "\n".join(L) + "\n"


@ntpl("jupyterhub", "trace_ids")
def n_trace_log(r):
    L = []
    for _ in range(r.randrange(5, 9)):
        L.append('10.42.%d.%d - - [%s] "GET /user/%s/api/kernels/%s/channels HTTP/1.1" 101 0 "-" '
                 '"Mozilla/5.0" traceparent=00-%s-%s-01 req_id=%s' % (
                     r.randrange(255), r.randrange(255), logts(r), user(r), uuid4(r), hexs(r, 32), hexs(r, 16), hexs(r, 20)))
    return pick(r, "logs/proxy-access.log", "var/log/nginx/hub_access.log"), "\n".join(L) + "\n"


@ntpl("open-ondemand", "ssh_public_keys")
def n_authorized_keys(r):
    L = ["# managed by ansible -- cluster login keys for %s" % r.choice(ORGS)]
    for _ in range(r.randrange(2, 5)):
        L.append("%s %s@%s" % (ssh_ed25519(r), user(r), r.choice(["laptop", "workstation", "ood"])))
    return pick(r, "ansible/files/authorized_keys", "keys/authorized_keys"), "\n".join(L) + "\n"


@ntpl("jupyterhub", "public_certificate")
def n_ca_cert(r):
    cert = b64(bytes.fromhex("308203") + rbytes(r, 700))
    cl = [cert[i:i + 64] for i in range(0, len(cert), 64)]
    L = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: internal-ca", "data:", "  ca.crt: |",
         "    -----BEGIN CERTIFICATE-----"] + ["    " + c for c in cl] + ["    -----END CERTIFICATE-----", ""]
    return pick(r, "k8s/internal-ca.yaml", "manifests/ca-configmap.yaml"), "\n".join(L)


@ntpl("keycloak", "jwks_public")
def n_jwks(r):
    d = {"keys": [{"kid": b64url(rbytes(r, 32)), "kty": "RSA", "alg": "RS256", "use": "sig",
                   "n": b64url(rbytes(r, 256)), "e": "AQAB",
                   "x5t#S256": b64url(rbytes(r, 32))}]}
    return pick(r, "tests/fixtures/jwks.json", "auth/jwks.json"), json.dumps(d, indent=2) + "\n"


@ntpl("code-server", "pgp_signature")
def n_pgp(r):
    sig = b64(rbytes(r, 566))
    L = ["-----BEGIN PGP SIGNATURE-----", ""] + [sig[i:i + 64] for i in range(0, len(sig), 64)] + [
        "=%s" % b64(rbytes(r, 3)), "-----END PGP SIGNATURE-----", ""]
    return "release/code-server_%s_amd64.deb.asc" % ver(r, 4, 5), "\n".join(L)


@ntpl("coder", "checksums")
def n_sha256sums(r):
    v = ver(r, 2, 3)
    L = ["%s  coder_%s_%s" % (sha256hex(r), v, p) for p in
         ["darwin_amd64.zip", "darwin_arm64.zip", "linux_amd64.tar.gz", "linux_arm64.tar.gz", "windows_amd64.zip"]]
    return "downloads/coder_%s_checksums.txt" % v, "\n".join(L) + "\n"


@ntpl("google", "public_client_id")
def n_google_clientid(r):
    L = ["c = get_config()  # noqa", "import os", "",
         "c.JupyterHub.authenticator_class = 'google'",
         "c.GoogleOAuthenticator.client_id = '%s'" % google_client_id(r),
         "c.GoogleOAuthenticator.client_secret = os.environ['GOOGLE_OAUTH_CLIENT_SECRET']",
         "c.GoogleOAuthenticator.oauth_callback_url = 'https://%s/hub/oauth_callback'" % host(r),
         "c.GoogleOAuthenticator.hosted_domain = ['%s']" % r.choice(TLDS), ""]
    return "jupyterhub_config.py", "\n".join(L)


@ntpl("github", "public_client_id")
def n_github_clientid(r):
    L = ["hub:", "  existingSecret: jhub-oauth-secrets", "  config:", "    GitHubOAuthenticator:",
         "      client_id: %s" % r.choice(["Ov23li" + rs(r, ALNUM, 14), hexs(r, 20), "Iv1." + hexs(r, 16)]),
         "      # client_secret comes from hub.existingSecret", "      oauth_callback_url: https://%s/hub/oauth_callback" % host(r),
         "      allowed_organizations: [%s]" % r.choice(ORGS), "    JupyterHub:", "      authenticator_class: github", ""]
    return "config.yaml", "\n".join(L)


@ntpl("kubernetes", "secret_ref")
def n_secretkeyref(r):
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: hub", "spec:", "  template:", "    spec:",
         "      containers:", "        - name: hub", "          image: quay.io/jupyterhub/k8s-hub:%s" % ver(r, 3, 5),
         "          env:", "            - name: JUPYTERHUB_CRYPT_KEY", "              valueFrom:",
         "                secretKeyRef:", "                  name: hub", "                  key: hub.config.CryptKeeper.keys",
         "            - name: CONFIGPROXY_AUTH_TOKEN", "              valueFrom:", "                secretKeyRef:",
         "                  name: proxy-token", "                  key: token", ""]
    return pick(r, "k8s/hub-deployment.yaml", "manifests/hub.yaml"), "\n".join(L)


@ntpl("jupyterhub", "generation_command")
def n_openssl(r):
    L = ["#!/usr/bin/env bash", "# generate-secrets.sh -- run once per environment, output stays on the host", "set -euo pipefail",
         "umask 077", "mkdir -p /srv/jupyterhub/secrets", "",
         "openssl rand -hex 32 > /srv/jupyterhub/secrets/cookie_secret",
         "openssl rand -hex 32 > /srv/jupyterhub/secrets/proxy_token",
         "python3 -c 'import secrets; print(secrets.token_hex(32))' > /srv/jupyterhub/secrets/crypt_key", "",
         "export CONFIGPROXY_AUTH_TOKEN=\"$(cat /srv/jupyterhub/secrets/proxy_token)\"",
         "echo \"secrets written to /srv/jupyterhub/secrets\"", ""]
    return pick(r, "scripts/generate-secrets.sh", "bin/init-secrets.sh"), "\n".join(L)


@ntpl("terraform", "generated_at_apply")
def n_tf_random(r):
    L = ['resource "random_id" "cookie_secret" {', "  byte_length = 32", "}", "",
         'resource "random_password" "proxy_token" {', "  length  = 64", "  special = false", "}", "",
         'resource "helm_release" "jhub" {', '  name  = "jhub"', '  chart = "jupyterhub"',
         '  repository = "https://hub.jupyter.org/helm-chart/"', "", "  set_sensitive {",
         '    name  = "hub.cookieSecret"', "    value = random_id.cookie_secret.hex", "  }",
         "  set_sensitive {", '    name  = "proxy.secretToken"', "    value = random_password.proxy_token.result", "  }", "}", ""]
    return pick(r, "terraform/jhub.tf", "infra/main.tf"), "\n".join(L)


@ntpl("slurm", "job_ids")
def n_slurm(r):
    L = ["# slurm.conf excerpt", "AuthType=auth/munge", "AuthAltTypes=auth/jwt",
         "AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key",
         "ClusterName=%s" % r.choice(ORGS), "SlurmctldHost=ctl-%d" % r.randrange(1, 3), "",
         "# sacct -X --format=JobID,JobName,State,Elapsed"]
    base = r.randrange(1000000, 9999999)
    for i in range(5):
        L.append("# %-12s %-14s %-10s %s" % ("%d_%d" % (base, i), r.choice(["jupyter", "sys/dashboard", "train"]),
                                             r.choice(["COMPLETED", "RUNNING", "TIMEOUT"]), "0%d:%02d:%02d" % (r.randrange(9), r.randrange(60), r.randrange(60))))
    return pick(r, "etc/slurm/slurm.conf.notes", "docs/slurm-jwt.txt"), "\n".join(L) + "\n"


@ntpl("posit-connect", "file_checksums")
def n_connect_manifest(r):
    d = {"version": 1, "locale": "en_US", "platform": "4.3.%d" % r.randrange(0, 3),
         "metadata": {"appmode": "shiny", "primary_rmd": None, "primary_html": None,
                      "content_category": None, "has_parameters": False},
         "packages": {"shiny": {"Source": "CRAN", "Repository": "https://cloud.r-project.org",
                                "description": {"Package": "shiny", "Version": ver(r, 1, 2)}}},
         "files": {f: {"checksum": hexs(r, 32)} for f in ["app.R", "global.R", "www/style.css", "data/summary.rds"]},
         "users": None}
    return pick(r, "manifest.json", "apps/kpi/manifest.json"), json.dumps(d, indent=2) + "\n"


@ntpl("kubeflow", "resource_uids")
def n_kf_notebook(r):
    L = ["apiVersion: kubeflow.org/v1", "kind: Notebook", "metadata:", "  name: %s-lab" % user(r),
         "  namespace: kubeflow-user-%s" % user(r), "  uid: %s" % uuid4(r),
         "  resourceVersion: \"%d\"" % r.randrange(100000, 9999999), "  generation: 3", "spec:", "  template:", "    spec:",
         "      containers:", "        - name: %s-lab" % user(r),
         "          image: kubeflownotebookswg/jupyter-scipy@sha256:%s" % sha256hex(r),
         "          resources:", "            requests:", "              cpu: 500m", "              memory: 1Gi", ""]
    return pick(r, "manifests/notebooks/lab.yaml", "kubeflow/notebook.yaml"), "\n".join(L)


@ntpl("mlflow", "run_ids")
def n_mlflow_runs(r):
    L = ["run_id,experiment_id,status,start_time,metrics.auc,params.lr"]
    for _ in range(r.randrange(4, 8)):
        L.append("%s,%d,FINISHED,%s,%.4f,%s" % (uuid4hex(r), r.randrange(1, 40), isots(r), r.random(), r.choice(["0.001", "0.0003"])))
    return pick(r, "reports/runs.csv", "mlruns_export.csv"), "\n".join(L) + "\n"


@ntpl("docker", "image_ids")
def n_docker_inspect(r):
    d = [{"Id": "sha256:" + sha256hex(r),
          "RepoTags": ["%s/notebook:%s" % (r.choice(ORGS), ver(r, 1, 3))],
          "RepoDigests": ["%s/notebook@sha256:%s" % (r.choice(ORGS), sha256hex(r))],
          "Parent": "", "Created": isots(r), "Architecture": "amd64", "Os": "linux",
          "RootFS": {"Type": "layers", "Layers": ["sha256:" + sha256hex(r) for _ in range(4)]}}]
    return pick(r, "debug/image-inspect.json", "ci/inspect.json"), json.dumps(d, indent=4) + "\n"


@ntpl("helm", "chart_digest")
def n_chart_lock(r):
    L = ["dependencies:", "- name: jupyterhub", "  repository: https://hub.jupyter.org/helm-chart/",
         "  version: %s" % ver(r, 3, 5), "- name: dask-gateway", "  repository: https://helm.dask.org/",
         "  version: 2024.%d.0" % r.randrange(1, 12), "digest: sha256:%s" % sha256hex(r), "generated: \"%s\"" % isots(r), ""]
    return pick(r, "daskhub/Chart.lock", "charts/hub/Chart.lock"), "\n".join(L)


@ntpl("coder", "token_reference")
def n_coder_tpl(r):
    L = ['resource "coder_agent" "main" {', '  os   = "linux"', '  arch = "amd64"',
         '  startup_script = "pip install --user jupyterlab && jupyter lab --no-browser --ServerApp.token=\'\' &"', "}", "",
         'resource "docker_container" "workspace" {', '  image = "codercom/enterprise-base:ubuntu"',
         '  name  = "coder-${data.coder_workspace.me.name}"',
         '  env   = ["CODER_AGENT_TOKEN=${coder_agent.main.token}"]', "}", ""]
    return pick(r, "templates/python-ds/main.tf", "coder/templates/jupyter/main.tf"), "\n".join(L)


@ntpl("jupyterlab", "workspace_ids")
def n_lab_workspace(r):
    d = {"data": {"layout-restorer:data": {"main": {"dock": {"type": "tab-area", "currentIndex": 0,
                                                             "widgets": ["notebook:%s.ipynb" % r.choice(["eda", "model"])]}}},
                  "notebook:eda.ipynb": {"data": {"path": "eda.ipynb", "factory": "Notebook"}},
                  "file-browser-filebrowser:cwd": {"path": ""}},
         "metadata": {"id": "auto-%s" % rs(r, LOWER, 1), "last_modified": isots(r), "created": isots(r),
                      "session": uuid4(r)}}
    return ".jupyter/lab/workspaces/auto-x-%s.jupyterlab-workspace" % hexs(r, 4), json.dumps(d, indent=2) + "\n"


@ntpl("jupyterhub", "hashed_user_ids")
def n_usage_csv(r):
    L = ["user_sha256,day,cpu_hours,peak_mem_gb,servers"]
    for _ in range(r.randrange(5, 10)):
        L.append("%s,2024-%02d-%02d,%.2f,%.1f,%d" % (sha256hex(r), r.randrange(1, 13), r.randrange(1, 28),
                                                    r.random() * 20, r.random() * 16, r.randrange(1, 3)))
    return pick(r, "analytics/usage-anon.csv", "reports/usage.csv"), "\n".join(L) + "\n"


@ntpl("zero-to-jupyterhub", "docs_placeholders")
def n_md_security(r):
    L = ["# Secrets for the hub", "",
         "Generate each value with `openssl rand -hex 32` and put it into the sealed secret, never into git:", "",
         "| key | what | example |", "|---|---|---|",
         "| `hub.cookieSecret` | signs browser cookies | `<RANDOM_HEX>` |",
         "| `proxy.secretToken` | hub <-> proxy API | `<RANDOM_HEX>` |",
         "| `hub.config.CryptKeeper.keys` | auth_state encryption | `<RANDOM_HEX>` |", "",
         "Since chart 1.0 the chart generates `proxy.secretToken` itself if it is unset.", ""]
    return pick(r, "docs/secrets.md", "SECURITY.md"), "\n".join(L)


@ntpl("jupyterhub", "env_example")
def n_env_example(r):
    L = ["# copy to .env and fill in; .env is git-ignored", "JUPYTERHUB_CRYPT_KEY=", "CONFIGPROXY_AUTH_TOKEN=",
         "GITHUB_CLIENT_ID=", "GITHUB_CLIENT_SECRET=", "OAUTH_CALLBACK_URL=https://%s/hub/oauth_callback" % host(r),
         "POSTGRES_PASSWORD=changeme", ""]
    return pick(r, ".env.example", "deploy/.env.sample", ".env.template"), "\n".join(L)


@ntpl("keycloak", "oidc_metadata")
def n_oidc_meta(r):
    base = "https://sso.%s.%s/realms/%s" % (r.choice(ORGS), r.choice(TLDS), r.choice(["hpc", "research"]))
    d = {"issuer": base, "authorization_endpoint": base + "/protocol/openid-connect/auth",
         "token_endpoint": base + "/protocol/openid-connect/token",
         "jwks_uri": base + "/protocol/openid-connect/certs",
         "userinfo_endpoint": base + "/protocol/openid-connect/userinfo",
         "response_types_supported": ["code", "id_token", "code id_token"],
         "id_token_signing_alg_values_supported": ["RS256", "ES256"],
         "code_challenge_methods_supported": ["plain", "S256"]}
    return pick(r, "tests/fixtures/openid-configuration.json", "auth/openid-configuration.json"), json.dumps(d, indent=2) + "\n"


@ntpl("posit-connect", "content_guids")
def n_connect_content(r):
    d = [{"guid": uuid4(r), "name": r.choice(["kpi", "forecast", "enrolment"]) + "-app", "bundle_id": str(r.randrange(100, 9999)),
          "app_mode": "shiny", "owner_guid": uuid4(r), "content_url": "https://connect.%s/content/%s/" % (r.choice(TLDS), uuid4(r)),
          "created_time": isots(r)} for _ in range(2)]
    return pick(r, "tests/fixtures/connect_content.json", "data/content-list.json"), json.dumps(d, indent=2) + "\n"


@ntpl("jupyter-kernel", "kernelspec")
def n_kernelspec(r):
    d = {"argv": ["/opt/conda/envs/%s/bin/python" % r.choice(["torch", "geo"]), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
         "display_name": "Python (%s)" % r.choice(["torch", "geo"]), "language": "python",
         "env": {"OMP_NUM_THREADS": "4", "CUDA_VISIBLE_DEVICES": "0"}, "metadata": {"debugger": True}}
    return "share/jupyter/kernels/%s/kernel.json" % r.choice(["torch", "geo"]), json.dumps(d, indent=1) + "\n"


@ntpl("binderhub", "known_hosts")
def n_known_hosts(r):
    L = ["github.com %s" % ssh_ed25519(r), "gitlab.%s %s" % (r.choice(TLDS), ssh_ed25519(r)),
         "|1|%s|%s %s" % (b64(rbytes(r, 20)), b64(rbytes(r, 20)), ssh_ed25519(r))]
    return pick(r, "docker/known_hosts", "binder/ssh_known_hosts"), "\n".join(L) + "\n"


@ntpl("dask-gateway", "cluster_names")
def n_dask_log(r):
    L = []
    for _ in range(r.randrange(4, 7)):
        name = "%s.%s" % (r.choice(NAMESPACES), uuid4hex(r))
        L.append("[I %s DaskGateway] Created cluster %s for user %s" % (logts(r), name, user(r)))
        L.append("[I %s DaskGateway] Cluster %s is running at tls://10.0.%d.%d:8786" % (logts(r), name, r.randrange(255), r.randrange(255)))
    return pick(r, "logs/dask-gateway.log", "gateway.log"), "\n".join(L) + "\n"


@ntpl("zero-to-jupyterhub", "encoded_data")
def n_binarydata(r):
    logo = b64(b"\x89PNG\r\n\x1a\n" + rbytes(r, 330))
    L = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: hub-templates", "binaryData:",
         "  logo.png: %s" % logo, "data:", "  page.html: |",
         "    {% extends \"templates/page.html\" %}", "    {% block nav_bar_left_items %}<img src=\"/hub/logo\">{% endblock %}", ""]
    return pick(r, "k8s/hub-templates.yaml", "manifests/branding.yaml"), "\n".join(L)


@ntpl("jupyterhub", "token_ids")
def n_token_page_log(r):
    u = user(r)
    L = []
    for _ in range(4):
        L.append("[I %s JupyterHub log:%d] %d %s /hub/api/users/%s/tokens/a%d (%s@10.1.%d.%d) %.2fms" % (
            logts(r)[:-4], r.randrange(180, 200), r.choice([200, 204]), r.choice(["GET", "DELETE"]), u,
            r.randrange(1, 900), u, r.randrange(255), r.randrange(255), r.random() * 20))
    L.append("[I %s JupyterHub app:%d] Not using allowed_users. Any authenticated user will be allowed." % (logts(r)[:-4], r.randrange(1000, 3000)))
    return pick(r, "logs/hub-tokens.log", "hub.log"), "\n".join(L) + "\n"


@ntpl("jupyter-server", "masked_log")
def n_masked_token_log(r):
    ts = logts(r)[:-4]
    L = ["[I %s ServerApp] Jupyter Server %s is running at:" % (ts, ver(r, 2, 3)),
         "[I %s ServerApp] http://%s:8888/lab?token=..." % (ts, r.choice(["jupyter-%s" % user(r), "localhost"])),
         "[I %s ServerApp]     http://127.0.0.1:8888/lab?token=..." % ts,
         "[I %s ServerApp] Use Control-C to stop this server and shut down all kernels." % ts, ""]
    return pick(r, "logs/lab.log", "nohup.out"), "\n".join(L)


@ntpl("aws", "public_ids")
def n_aws_ids(r):
    L = ["singleuser:", "  serviceAccountName: notebook-s3-reader", "  extraAnnotations:",
         "    eks.amazonaws.com/role-arn: arn:aws:iam::%s:role/%s-notebook-s3" % (rs(r, DIGITS, 12), r.choice(ORGS)),
         "  extraEnv:", "    AWS_REGION: us-west-2", "    AWS_ROLE_SESSION_NAME: jupyter-notebook",
         "    DATA_BUCKET: s3://%s-lake" % r.choice(ORGS), ""]
    return pick(r, "config.yaml", "helm/irsa.yaml"), "\n".join(L)


# ==================================================================== main ==

ENV_OK_SUFFIXES = ("example", "sample", "template", "dist", "defaults")


def is_blocked_env(path):
    b = path.rsplit("/", 1)[-1]
    if b == ".env":
        return True
    if b.startswith(".env."):
        return not b[5:].lower().startswith(ENV_OK_SUFFIXES)
    return False


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b.startswith(".env"):
        return "env"
    if b == "Dockerfile" or b.endswith(".Dockerfile"):
        return "dockerfile"
    if b == "Makefile":
        return "makefile"
    if b == ".Renviron":
        return "renviron"
    if "." not in b.lstrip("."):
        return "none"
    ext = b.rsplit(".", 1)[-1].lower()
    return {"yml": "yml", "yaml": "yaml", "py": "py", "ini": "ini", "R": "r", "r": "r"}.get(ext, ext)


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, needle
    return text.count("\n", 0, i) + 1


def apply_filler(r, t, text, fam):
    mode, val = filler(r, t, fam)
    if mode == "expr":
        for q in ('"', "'"):
            if q + SLOT + q in text:
                text = text.replace(q + SLOT + q, val, 1)
                if val.startswith("os.") and "import os" not in text:
                    lines = text.split("\n")
                    k = 0
                    while k < len(lines) and (lines[k].startswith("#") or lines[k].startswith('"""')):
                        k += 1
                    lines.insert(k, "import os")
                    text = "\n".join(lines)
                return text, fam
        mode, val = filler(r, t, "envref")
        fam = "envref"
    return text.replace(SLOT, val, 1), fam


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def call(t, r):
    res = t["fn"](r)
    if len(res) == 3:
        path, text, secret = res
        needle = secret
    else:
        path, text, secret, needle = res
    assert text.count(SLOT) == 1, t["name"]
    return path, text, secret, needle


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_il.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # positives: every template at least floor(500/len) times, order shuffled
    order = [POS[i % len(POS)] for i in range(500)]
    r.shuffle(order)
    n_env = 0
    for i, t in enumerate(order):
        path, text, secret, needle = call(t, r)
        assert secret and needle and needle in secret
        text = text.replace(SLOT, secret, 1)
        if is_blocked_env(path):
            n_env += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    assert n_env <= 25, n_env

    # negatives, half: positive templates with a non-secret in the slot
    negs = []
    reuse = [POS[i % len(POS)] for i in range(250)]
    r.shuffle(reuse)
    fam_cycle = list(FAMILIES)
    for j, t in enumerate(reuse):
        path, text, secret, needle = call(t, r)
        allowed = t["negs"] or FAMILIES
        fam = fam_cycle[(j + r.randrange(len(fam_cycle))) % len(fam_cycle)]
        if fam not in allowed:
            fam = r.choice(allowed)
        text, fam = apply_filler(r, t, text, fam)
        assert SLOT not in text
        # the public half of an AWS pair: use AWS's documented example id
        text = re.sub(r"AKIA[A-Z2-7]{16}", "AKIAIOSFODNN7EXAMPLE", text)
        if is_blocked_env(path):
            path = path.rsplit("/", 1)
            path = (path[0] + "/" if len(path) == 2 else "") + ".env.example"
        negs.append((path, text, t["provider"], "%s:%s" % (fam, t["kind"])))
    # negatives, other half: look-alikes
    look = [LOOK[i % len(LOOK)] for i in range(250)]
    r.shuffle(look)
    for t in look:
        path, text = t["fn"](r)
        negs.append((path, text, t["provider"], "lookalike:%s" % t["kind"]))
    r.shuffle(negs)
    for k, (path, text, prov, kind) in enumerate(negs):
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (k, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
