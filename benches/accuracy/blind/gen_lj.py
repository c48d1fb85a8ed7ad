#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_lj`: authentication proxies and SSO gateways.

EMPHASIS
    Secrets of self-hosted authentication proxies and identity gateways:
    oauth2-proxy (cookie_secret of 16/24/32 bytes, url-safe base64; client_secret;
    --cookie-secret / --client-secret flags; OAUTH2_PROXY_* env in compose, Helm,
    systemd), Authelia (jwt_secret, session.secret, storage.encryption_key, OIDC
    hmac_secret, issuer/JWKS private key, LDAP bind password, plain OIDC client
    secret), Authentik (AUTHENTIK_SECRET_KEY, bootstrap password/token, outpost
    token, PostgreSQL password), Pomerium (shared_secret, cookie_secret,
    signing_key = base64 of an EC PEM), Keycloak (admin password, client secrets in
    realm JSON / keycloak.json / Spring / Terraform, kcadm.sh passwords, DB
    password), Dex (static client secrets, connector client secrets, LDAP bindPW),
    Vouch Proxy (jwt.secret, oauth.client_secret), traefik-forward-auth (SECRET,
    PROVIDERS_GOOGLE_CLIENT_SECRET), Caddy security (sign-verify key, IdP client
    secret), Nginx auth_request with Lasso (jwt secret) and an upstream Basic header,
    Tinyauth (SECRET, OAuth client secret), Zitadel (masterkey, machine key JSON,
    DB admin password), Ory Kratos/Hydra (secrets.cookie, secrets.system, OIDC
    provider secret), Teleport join tokens (static and dynamic), Cloudflare Access
    service tokens (CF-Access-Client-Secret), plus Grafana / Go / Python / Node
    clients of these IdPs.
    File types: YAML (configs, compose, Helm values, Kubernetes manifests, GitHub
    workflows), JSON (realm exports, keycloak.json, machine keys), TOML, INI/cfg,
    Caddyfile, nginx conf, shell, Dockerfile, Terraform, systemd units, Markdown,
    SQL, CSV, logs, properties, Python, Go, JavaScript, XML and a few `.env`.

USAGE
    python3 -B gen_lj.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
    positive: file, needle, 1-based line of the needle's first occurrence).
    Deterministic per SEED: every random choice comes from one random.Random(SEED).
    Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: without quotes, key
      name, flag name (`--cookie-secret=`), header name (`CF-Access-Client-Secret:`)
      or env name.
    * Connection strings / URLs (postgres://user:PASS@host, ldap DSN): the password
      part only.
    * Key pairs (client id + client secret, CF client id + secret): only the secret;
      the id is public context.
    * HTTP Basic header to an upstream: the base64 blob after `Basic `.
    * Teleport static tokens written `"node,proxy:TOKEN"`: the TOKEN part only.
    * Multi-line PEM private keys (YAML block scalars, JSON-escaped `\\n` keys in
      Zitadel machine-key files): the BEGIN marker line text, e.g.
      `-----BEGIN RSA PRIVATE KEY-----`; its line is the BEGIN line. The key body is
      random bytes wrapped in a structurally valid DER prefix (not a usable key).
    * Pomerium signing_key (base64 of a whole PEM, one line): the entire base64 string.
    * The `line` is the 1-based line of the needle's first occurrence; the program
      asserts that the needle is on that line.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (`<your-cookie-secret>`, `YOUR_CLIENT_SECRET_HERE`,
    `changeme`, `xxxx...`), empty values, masked values (`********`, `[REDACTED]`),
    env / secret-manager references (`${VAR}`, `{{ .Env.VAR }}`, `op://...`,
    `vault:...`, `/run/secrets/...` paths), template expressions, and the providers'
    documented example values (Authelia `a_very_important_secret` /
    `insecure_secret`, Pomerium's doc shared secret, Cloudflare's API-schema example
    client secret, Teleport's `abcdefgh-do-not-use-this-token-123`, Dex's
    `ZXhhbXBsZS1hcHAtc2VjcmV0`). Negatives from `.env` templates are renamed to
    `.env.example`. The other half (250) come from dedicated look-alike templates:
    argon2id / pbkdf2-sha512 / bcrypt verifiers (Authelia users database and client
    secret digests, Tinyauth USERS, htpasswd, Traefik basicAuth), client ids, issuer
    and redirect URLs, JWKS / PEM public keys and certificates, SAML metadata, CA pins,
    Cloudflare Access AUD tags, image digests, checksums, lock-file integrity hashes,
    git SHAs, UUIDs, request/session ids in logs, SOPS / SealedSecrets / Ansible
    Vault ciphertext, base64 binaryData, `*_FILE` / `secretEnv` / `!Env` references,
    `openssl rand` instructions without output, cookie names and token hashes in SQL.
    No negative lives in a file named `.env` or `.env.<stage>`.

FORMATS CHECKED (search tool, docs/pages corpora)
    * oauth2-proxy docs "Generating a Cookie Secret": `base64.urlsafe_b64encode(
      os.urandom(32))`, `openssl rand -base64 32 | tr -- '+/' '-_'`, and a Terraform
      random_password of length 32 with override_special "-_" (a 32-char raw secret
      decodes to a 24-byte AES key); options map to cfg keys with `_` and env vars
      with the OAUTH2_PROXY_ prefix.
    * Authelia docs: storage.encryption_key minimum 20 chars, recommended random
      alphanumeric 64+; example value `a_very_important_secret`; OIDC client secrets
      stored as `$pbkdf2-sha512$310000$<salt>$<digest>` (digest of `insecure_secret`
      in the docs); Kubernetes secret examples use 64-char alphanumeric values.
    * Authentik docs/compose: AUTHENTIK_SECRET_KEY via `pwgen -s 50` or
      `openssl rand -base64 60`, PG_PASS via `pwgen -s 40` / `openssl rand -base64 36`;
      compose uses `${AUTHENTIK_SECRET_KEY:?secret key required}`.
    * Pomerium docs: shared_secret is a base64-encoded 256-bit key,
      `head -c32 /dev/urandom | base64`, shared_secret_file / SHARED_SECRET_FILE.
    * Cloudflare API schema: CF-Access-Client-ID is `<32 hex>.access` (example with a
      domain suffix), CF-Access-Client-Secret is 64 hex chars.
    * Tinyauth docs: SECRET of 32 characters, USERS as `username:bcrypt-hash[:totp]`,
      PROVIDERS_<NAME>_CLIENT_SECRET env names.
    * Teleport docs: `tctl nodes add` prints "The invite token: ..."; static tokens
      in auth_service; doc example `abcdefgh-do-not-use-this-token-123`.
    * Hydra logs: "Expected system secret to be at least 32 characters long".
    * Dex: staticClients id/secret/redirectURIs, LDAP connector bindDN/bindPW.

DOUBTS
    * Teleport generated join-token shape (32 lowercase hex) is from memory; the
      docs seen only show placeholders.
    * Keycloak client secret = 32 alphanumeric chars (current versions) is from
      memory; older versions used UUIDs (both are generated here).
    * Authentik bootstrap/outpost token lengths are not documented; 64-char
      alphanumeric used. Vouch jwt.secret, traefik-forward-auth SECRET, Lasso and
      caddy-security keys are free-form random strings: lengths chosen 32-64.
    * Zitadel masterkey "exactly 32 characters" and the machine-key JSON layout
      (type/keyId/key/userId) are from memory; docs seen only confirmed KEY_TYPE_JSON.
    * Google `GOCSPX-` + 28 chars and Azure `xxxNQ~...` (40 chars) client secret
      shapes are from memory.
    * Ory Kratos/Hydra minimum secret lengths (16 / 32) come from a Hydra log line.
    * No secret scanner rule set was read; no scanner was run.
"""
import base64
import json
import os
import random
import re
import sys

LO = "abcdefghijklmnopqrstuvwxyz"
UP = LO.upper()
DG = "0123456789"
ALNUM = LO + UP + DG
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
BCRYPT_AB = "./" + UP + LO + DG
PW_SYM = "-_.!*+%^~"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def hx(r, n):
    return rs(r, n, HEX)


def b64(r, n, url=False, pad=True):
    raw = rb(r, n)
    s = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
    s = s.decode()
    return s if pad else s.rstrip("=")


def uuid4(r):
    h = hx(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pw(r, n=None):
    n = n or r.randint(16, 28)
    while True:
        s = [r.choice(ALNUM) for _ in range(n)]
        for _ in range(r.randint(1, 3)):
            s[r.randrange(1, n)] = r.choice(PW_SYM)
        s = "".join(s)
        if any(c in DG for c in s) and any(c in UP for c in s) and any(c in LO for c in s):
            return s


def urlpw(r, n=None):
    n = n or r.randint(18, 32)
    return rs(r, n, ALNUM + "-_.~")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


DOMAINS = ["example.com", "home.arpa", "lab.internal", "corp.example", "acme.test",
           "int.northwind.dev", "infra.contoso.net", "mydomain.io", "k8s.local",
           "homelab.lan"]
APPS = ["grafana", "nextcloud", "gitea", "portainer", "jellyfin", "paperless",
        "vaultwarden", "wiki", "argocd", "minio", "immich", "miniflux",
        "outline", "bookstack", "prometheus", "kibana", "jupyterhub", "harbor"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
         "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor", "walter"]
TZS = ["Europe/Berlin", "UTC", "America/New_York", "Europe/Paris", "Asia/Tokyo",
       "Australia/Sydney", "America/Chicago"]


def dom(r):
    return pick(r, DOMAINS)


def app(r):
    return pick(r, APPS)


def ver(r, major=(1, 9)):
    return "%d.%d.%d" % (r.randint(*major), r.randint(0, 30), r.randint(0, 12))


def ip(r):
    return "%d.%d.%d.%d" % (pick(r, [10, 172, 192]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                              r.randint(0, 59), r.randint(0, 59))


def ind(text, n):
    pad = " " * n
    return "\n".join(pad + ln for ln in text.split("\n"))


def wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


# ---------------------------------------------------------------- secret makers
def g_op_cookie(r):
    c = r.random()
    if c < 0.55:
        return b64(r, 32, url=True)
    if c < 0.75:
        return b64(r, 16, url=True)
    if c < 0.85:
        return b64(r, 24, url=True)
    return rs(r, 32, B64URL)


def g_alnum64(r):
    return rs(r, pick(r, [48, 64, 64, 64, 72, 96]))


def g_alnum32(r):
    return rs(r, 32)


def g_b64_32(r):
    return b64(r, 32)


def g_authentik_key(r):
    return rs(r, 50) if r.random() < 0.5 else b64(r, 60)


def g_keycloak(r):
    return rs(r, 32) if r.random() < 0.8 else uuid4(r)


def g_google(r):
    return "GOCSPX-" + rs(r, 28, B64URL)


def g_github(r):
    return hx(r, 40)


def g_azure(r):
    return rs(r, 3) + r.choice(DG) + "Q~" + rs(r, 34, ALNUM + "_.~-")


def g_oauth_any(r):
    return pick(r, [g_google, g_github, g_azure, g_keycloak, g_alnum32])(r)


def g_cf_secret(r):
    return hx(r, 64)


def g_teleport(r):
    return hx(r, 32)


def g_pw(r):
    return pw(r)


def g_urlpw(r):
    return urlpw(r)


def g_hex64(r):
    return hx(r, 64)


def g_rand_mid(r):
    return rs(r, r.randint(32, 56))


def _der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xff])


def pem_body(r, kind):
    if kind == "EC":
        der = (bytes.fromhex("30770201010420") + rb(r, 32)
               + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(r, 64))
        label = "EC PRIVATE KEY"
    elif kind == "ED25519":
        der = bytes.fromhex("302e020100300506032b657004220420") + rb(r, 32)
        label = "PRIVATE KEY"
    elif kind == "PKCS8":
        der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") \
            + bytes([0xc0 | r.getrandbits(6)]) + rb(r, 255) + bytes.fromhex("0203010001") + rb(r, 1217 - 43 - 256)
        label = "PRIVATE KEY"
    else:
        der = bytes.fromhex("308204a40201000282010100") + bytes([0xc0 | r.getrandbits(6)]) + rb(r, 255) \
            + bytes.fromhex("0203010001") + rb(r, 1192 - 12 - 256 - 5)
        label = "RSA PRIVATE KEY"
    body = base64.b64encode(der).decode()
    return label, "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, wrap64(body), label)


def g_pem(kinds):
    def g(r):
        label, pem = pem_body(r, pick(r, kinds))
        return pem, "-----BEGIN %s-----" % label
    return g


def g_pomerium_signing(r):
    _, pem = pem_body(r, "EC")
    return base64.b64encode((pem + "\n").encode()).decode()


def g_basic(r):
    return base64.b64encode(("%s:%s" % (pick(r, ["svc-proxy", "upstream", "metrics", "backup"]), pw(r))).encode()).decode()


# ---------------------------------------------------------------- hash look-alikes
def ab64(raw):
    return base64.b64encode(raw).decode().rstrip("=").replace("+", ".")


def h_argon2(r):
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s" % (pick(r, [65536, 65536, 131072]), pick(r, [1, 3]),
                                                   pick(r, [2, 4]), b64(r, 16, pad=False), b64(r, 32, pad=False))


def h_pbkdf2(r):
    return "$pbkdf2-sha512$310000$%s$%s" % (ab64(rb(r, 16)), ab64(rb(r, 64)))


def h_bcrypt(r, v="2y"):
    return "$%s$%02d$%s" % (v, pick(r, [10, 10, 12, 14]), rs(r, 53, BCRYPT_AB))


# ---------------------------------------------------------------- negative slot values
DOC_EXAMPLES = {
    "authelia": ["a_very_important_secret", "insecure_secret", "insecure_session_secret"],
    "pomerium": ["wC4RFsEdM1gHFzvRt3XW+iWw6Ddt/1kKkdh66OKxiqs="],
    "cloudflare": ["bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5"],
    "teleport": ["abcdefgh-do-not-use-this-token-123", "secret-value"],
    "dex": ["ZXhhbXBsZS1hcHAtc2VjcmV0"],
}


def negval(r, spec):
    """A non-secret for the secret slot of a positive template. Returns (value, category)."""
    var = spec["var"]
    low = var.lower()
    opts = [
        ("placeholder", lambda: pick(r, ["<your-%s>" % low.replace("_", "-"), "YOUR_%s_HERE" % var,
                                         "changeme", "CHANGE_ME", "replace-me", "TODO", "<%s>" % low,
                                         "your-secret-here", "REPLACE_WITH_GENERATED_VALUE"])),
        ("placeholder", lambda: "x" * pick(r, [16, 24, 32, 44])),
        ("empty", lambda: ""),
        ("masked", lambda: pick(r, ["********", "[REDACTED]", "<redacted>", "***", "••••••••"])),
        ("env-reference", lambda: pick(r, ["${%s}" % var, "$%s" % var, "${%s:?required}" % var,
                                           "{{ .Env.%s }}" % var])),
        ("secret-manager-ref", lambda: pick(r, ["op://Infra/%s/credential" % low.replace("_", "-"),
                                                "vault:secret/data/auth/%s#value" % low,
                                                "/run/secrets/%s" % low,
                                                "file:///run/secrets/%s" % low,
                                                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:auth/%s" % low])),
        ("template", lambda: pick(r, ["{{ .Values.auth.%s }}" % low, "{{ %s }}" % low,
                                      "${var.%s}" % low, "#{%s}#" % var, "%%(%s)s" % low])),
    ]
    docs = DOC_EXAMPLES.get(spec["provider"])
    if docs and spec.get("docs_ok", True):
        opts.append(("doc-example", lambda: pick(r, docs)))
        opts.append(("doc-example", lambda: pick(r, docs)))
    cat, f = pick(r, opts)
    return f(), cat


# ================================================================ positive templates
POS = []


def P(provider, kind, var, gen, neutral=False, docs_ok=True):
    def deco(fn):
        POS.append(dict(fn=fn, provider=provider, kind=kind, var=var, gen=gen,
                        neutral=neutral, docs_ok=docs_ok, name=fn.__name__))
        return fn
    return deco


# ---------------- oauth2-proxy
@P("oauth2-proxy", "cookie_secret", "OAUTH2_PROXY_COOKIE_SECRET", g_op_cookie)
def t_op_cfg_cookie(r, v):
    d = dom(r)
    path = pick(r, ["oauth2-proxy.cfg", "config/oauth2-proxy.cfg", "deploy/oauth2-proxy/oauth2-proxy.cfg"])
    return path, """## OAuth2 Proxy Config File
## https://github.com/oauth2-proxy/oauth2-proxy

http_address = "0.0.0.0:4180"
reverse_proxy = true
upstreams = [
    "http://%s:%d/"
]

provider = "oidc"
oidc_issuer_url = "https://sso.%s/realms/%s"
client_id = "%s-proxy"
client_secret_file = "/etc/oauth2-proxy/client-secret"
redirect_url = "https://%s.%s/oauth2/callback"

email_domains = [
    "%s"
]

## Cookie Settings
cookie_name = "_oauth2_proxy"
cookie_secret = "%s"
cookie_domains = [".%s"]
cookie_expire = "%dh"
cookie_refresh = "1h"
cookie_secure = true
cookie_httponly = true
""" % (app(r), pick(r, [3000, 8080, 9090, 8000]), d, pick(r, ["main", "internal", "staff"]), app(r), app(r), d, d, v, d, pick(r, [8, 12, 24, 168]))


@P("oauth2-proxy", "oidc_client_secret", "OAUTH2_PROXY_CLIENT_SECRET", g_github)
def t_op_cfg_client(r, v):
    d = dom(r)
    org = pick(r, ["acme-labs", "northwind", "platform-team", "contoso-ops"])
    return pick(r, ["oauth2-proxy.cfg", "etc/oauth2-proxy/github.cfg"]), """# oauth2-proxy in front of the internal dashboards, GitHub org login
provider = "github"
github_org = "%s"
github_team = "%s"
client_id = "Iv1.%s"
client_secret = "%s"
cookie_secret_file = "/etc/oauth2-proxy/cookie-secret"
redirect_url = "https://auth.%s/oauth2/callback"
upstreams = ["http://127.0.0.1:%d"]
email_domains = ["*"]
pass_access_token = false
set_xauthrequest = true
skip_provider_button = true
""" % (org, pick(r, ["sre", "admins", "dev"]), hx(r, 16), v, d, pick(r, [3000, 9093, 5601]))


@P("oauth2-proxy", "cookie_secret", "OAUTH2_PROXY_COOKIE_SECRET", g_op_cookie)
def t_op_compose_env(r, v):
    d = dom(r)
    a = app(r)
    return pick(r, ["docker-compose.yml", "compose.yaml", "stacks/%s/docker-compose.yml" % a]), """services:
  oauth2-proxy:
    image: quay.io/oauth2-proxy/oauth2-proxy:v%s
    restart: unless-stopped
    environment:
      OAUTH2_PROXY_PROVIDER: oidc
      OAUTH2_PROXY_OIDC_ISSUER_URL: https://auth.%s
      OAUTH2_PROXY_CLIENT_ID: %s
      OAUTH2_PROXY_CLIENT_SECRET_FILE: /run/secrets/oidc_client_secret
      OAUTH2_PROXY_COOKIE_SECRET: "%s"
      OAUTH2_PROXY_COOKIE_DOMAINS: .%s
      OAUTH2_PROXY_EMAIL_DOMAINS: "*"
      OAUTH2_PROXY_UPSTREAMS: http://%s:%d
      OAUTH2_PROXY_HTTP_ADDRESS: 0.0.0.0:4180
      OAUTH2_PROXY_REVERSE_PROXY: "true"
    secrets:
      - oidc_client_secret
    ports:
      - "4180:4180"

  %s:
    image: %s:latest
    expose:
      - "%d"

secrets:
  oidc_client_secret:
    file: ./secrets/oidc_client_secret.txt
""" % (pick(r, ["7.5.1", "7.6.0", "7.7.1", "7.8.1"]), d, a, v, d, a, 8080, a, a, 8080)


@P("oauth2-proxy", "cookie_secret", "OAUTH2_PROXY_COOKIE_SECRET", g_op_cookie, neutral=True)
def t_op_compose_cmd(r, v):
    d = dom(r)
    return pick(r, ["docker-compose.yml", "proxy/docker-compose.yaml"]), """version: "3.8"
services:
  auth:
    image: quay.io/oauth2-proxy/oauth2-proxy:v%s
    command:
      - --provider=google
      - --email-domain=%s
      - --upstream=file:///dev/null
      - --http-address=0.0.0.0:4180
      - --cookie-secure=true
      - --cookie-secret=%s
      - --client-id=%s-%s.apps.googleusercontent.com
      - --client-secret-file=/secrets/google
      - --set-xauthrequest=true
    volumes:
      - ./secrets:/secrets:ro
    networks: [edge]
networks:
  edge:
    external: true
""" % (pick(r, ["7.5.1", "7.6.0", "7.7.1", "7.8.1"]), d, v, r.randint(100000000000, 999999999999), rs(r, 32, LO + DG), )


@P("oauth2-proxy", "oidc_client_secret", "OAUTH2_PROXY_CLIENT_SECRET", g_google, neutral=True)
def t_op_k8s_args(r, v):
    d = dom(r)
    a = app(r)
    return pick(r, ["k8s/oauth2-proxy/deployment.yaml", "manifests/%s-auth.yaml" % a]), """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s-oauth2-proxy
  namespace: %s
  labels:
    app.kubernetes.io/name: oauth2-proxy
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: oauth2-proxy
  template:
    metadata:
      labels:
        app.kubernetes.io/name: oauth2-proxy
    spec:
      containers:
        - name: oauth2-proxy
          image: quay.io/oauth2-proxy/oauth2-proxy:v%s
          args:
            - --provider=google
            - --client-id=%d-%s.apps.googleusercontent.com
            - --client-secret=%s
            - --cookie-secret-file=/etc/oauth2/cookie
            - --email-domain=%s
            - --upstream=http://%s.%s.svc.cluster.local:80
            - --http-address=0.0.0.0:4180
          ports:
            - containerPort: 4180
              name: http
          volumeMounts:
            - name: cookie
              mountPath: /etc/oauth2
              readOnly: true
      volumes:
        - name: cookie
          secret:
            secretName: %s-oauth2-cookie
""" % (a, a, pick(r, ["7.5.1", "7.6.0", "7.7.1", "7.8.1"]), r.randint(100000000000, 999999999999), rs(r, 32, LO + DG), v, d, a, a, a)


@P("oauth2-proxy", "cookie_secret", "OAUTH2_PROXY_COOKIE_SECRET", g_op_cookie)
def t_op_helm(r, v):
    d = dom(r)
    return pick(r, ["deploy/values.yaml", "helm/oauth2-proxy/values-prod.yaml", "charts/values.oauth2-proxy.yaml"]), """# values for oauth2-proxy/oauth2-proxy chart
config:
  clientID: "%s"
  clientSecret: ""
  cookieSecret: "%s"
  existingSecret: ""
  configFile: |-
    email_domains = [ "%s" ]
    upstreams = [ "file:///dev/null" ]
    oidc_issuer_url = "https://login.%s/application/o/%s/"
    provider = "oidc"

extraArgs:
  client-secret-file: /etc/oauth2-proxy-client/secret
  skip-provider-button: true
  reverse-proxy: true

ingress:
  enabled: true
  className: nginx
  hosts:
    - oauth.%s
  tls:
    - secretName: oauth-%s-tls
      hosts:
        - oauth.%s

resources:
  limits:
    memory: 128Mi
  requests:
    cpu: 20m
    memory: 64Mi
""" % (app(r), v, d, d, app(r), d, d.split(".")[0], d)


@P("oauth2-proxy", "cookie_secret", "OAUTH2_PROXY_COOKIE_SECRET", g_op_cookie, neutral=True)
def t_op_shell(r, v):
    d = dom(r)
    return pick(r, ["scripts/run-auth-proxy.sh", "bin/start-oauth2-proxy.sh"]), """#!/usr/bin/env bash
# Start oauth2-proxy locally in front of the dev server.
set -euo pipefail

UPSTREAM="${UPSTREAM:-http://127.0.0.1:%d}"
CS='%s'

exec oauth2-proxy \\
  --provider=oidc \\
  --oidc-issuer-url="https://id.%s" \\
  --client-id=local-dev \\
  --client-secret-file="$HOME/.config/oauth2-proxy/client-secret" \\
  --cookie-secret="$CS" \\
  --cookie-secure=false \\
  --email-domain="*" \\
  --upstream="$UPSTREAM" \\
  --http-address=127.0.0.1:4180
""" % (pick(r, [3000, 5173, 8000]), v, d)


@P("oauth2-proxy", "oidc_client_secret", "OAUTH2_PROXY_CLIENT_SECRET", g_keycloak)
def t_op_systemd(r, v):
    d = dom(r)
    return pick(r, ["deploy/systemd/oauth2-proxy.service", "ansible/roles/oauth2_proxy/files/oauth2-proxy.service"]), """[Unit]
Description=oauth2-proxy (SSO for %s)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=oauth2-proxy
Environment=OAUTH2_PROXY_PROVIDER=keycloak-oidc
Environment=OAUTH2_PROXY_OIDC_ISSUER_URL=https://kc.%s/realms/%s
Environment=OAUTH2_PROXY_CLIENT_ID=%s
Environment=OAUTH2_PROXY_CLIENT_SECRET=%s
EnvironmentFile=-/etc/default/oauth2-proxy
ExecStart=/usr/local/bin/oauth2-proxy --config=/etc/oauth2-proxy/oauth2-proxy.cfg
Restart=on-failure
NoNewPrivileges=true
ProtectSystem=strict

[Install]
WantedBy=multi-user.target
""" % (app(r), d, pick(r, ["infra", "staff", "main"]), app(r), v)


@P("oauth2-proxy", "cookie_secret", "OAUTH2_PROXY_COOKIE_SECRET", g_op_cookie, neutral=True)
def t_op_tf_secret(r, v):
    a = app(r)
    return pick(r, ["terraform/oauth2_proxy.tf", "infra/k8s/secrets.tf"]), """resource "kubernetes_namespace" "auth" {
  metadata {
    name = "auth"
  }
}

resource "kubernetes_secret" "%s_oauth2_proxy" {
  metadata {
    name      = "%s-oauth2-proxy"
    namespace = kubernetes_namespace.auth.metadata[0].name
  }

  data = {
    "client-id"     = "%s"
    "client-secret" = var.oidc_client_secret
    "cookie-secret" = "%s"
  }

  type = "Opaque"
}

variable "oidc_client_secret" {
  type      = string
  sensitive = true
}
""" % (a, a, a, v)


# ---------------- Authelia
AUTHELIA_HEAD = """---
###############################################################
#                   Authelia configuration                    #
###############################################################

server:
  address: 'tcp://:9091'

log:
  level: '%s'

theme: '%s'
"""


def authelia_head(r):
    return AUTHELIA_HEAD % (pick(r, ["info", "debug", "warn"]), pick(r, ["dark", "light", "auto"]))


def authelia_path(r):
    return pick(r, ["authelia/configuration.yml", "config/authelia/configuration.yml",
                    "configuration.yml", "deploy/authelia/config.yml"])


@P("authelia", "jwt_secret", "AUTHELIA_JWT_SECRET", g_alnum64)
def t_au_jwt(r, v):
    d = dom(r)
    return authelia_path(r), authelia_head(r) + """
identity_validation:
  reset_password:
    jwt_secret: '%s'

authentication_backend:
  file:
    path: '/config/users_database.yml'

access_control:
  default_policy: 'deny'
  rules:
    - domain: '*.%s'
      policy: 'two_factor'

session:
  cookies:
    - domain: '%s'
      authelia_url: 'https://auth.%s'

storage:
  local:
    path: '/config/db.sqlite3'

notifier:
  filesystem:
    filename: '/config/notification.txt'
""" % (v, d, d, d)


@P("authelia", "session_secret", "AUTHELIA_SESSION_SECRET", g_alnum64, neutral=True)
def t_au_session(r, v):
    d = dom(r)
    return authelia_path(r), authelia_head(r) + """
session:
  name: 'authelia_session'
  secret: '%s'
  expiration: '1h'
  inactivity: '5m'
  cookies:
    - domain: '%s'
      authelia_url: 'https://auth.%s'
      default_redirection_url: 'https://www.%s'
  redis:
    host: 'redis'
    port: 6379

regulation:
  max_retries: 3
  find_time: '2m'
  ban_time: '5m'
""" % (v, d, d, d)


@P("authelia", "encryption_key", "AUTHELIA_STORAGE_ENCRYPTION_KEY", g_alnum64, neutral=True)
def t_au_storage(r, v):
    return authelia_path(r), authelia_head(r) + """
storage:
  encryption_key: '%s'
  postgres:
    address: 'tcp://postgres:5432'
    database: 'authelia'
    schema: 'public'
    username: 'authelia'
    timeout: '5s'

totp:
  issuer: '%s'
  period: 30
  skew: 1
""" % (v, dom(r))


@P("authelia", "hmac_secret", "AUTHELIA_IDENTITY_PROVIDERS_OIDC_HMAC_SECRET", g_alnum64, neutral=True)
def t_au_hmac(r, v):
    d = dom(r)
    a = app(r)
    return authelia_path(r), authelia_head(r) + """
identity_providers:
  oidc:
    hmac_secret: '%s'
    jwks:
      - key_id: 'main'
        algorithm: 'RS256'
        use: 'sig'
        key: {{ secret "/secrets/oidc/jwks/rsa.2048.key" | mindent 10 "|" | msquote }}
    lifespans:
      access_token: '1h'
      refresh_token: '90m'
    clients:
      - client_id: '%s'
        client_name: '%s'
        client_secret: '%s'
        public: false
        authorization_policy: 'two_factor'
        redirect_uris:
          - 'https://%s.%s/oauth2/callback'
        scopes: ['openid', 'profile', 'email', 'groups']
""" % (v, a, a.capitalize(), h_pbkdf2(r), a, d)


@P("authelia", "private_key", "AUTHELIA_OIDC_ISSUER_PRIVATE_KEY", g_pem(["RSA", "PKCS8", "EC"]), neutral=True, docs_ok=False)
def t_au_jwks_key(r, v):
    return authelia_path(r), authelia_head(r) + """
identity_providers:
  oidc:
    hmac_secret: {{ secret "/run/secrets/oidc_hmac" | msquote }}
    jwks:
      - key_id: '%s'
        algorithm: '%s'
        use: 'sig'
        key: |
%s
    enable_client_debug_messages: false
    minimum_parameter_entropy: 8
""" % (pick(r, ["main", "authelia-2024", "k1"]), "ES256" if "EC PRIVATE" in v else "RS256", ind(v, 10))


@P("authelia", "oidc_client_secret", "AUTHELIA_OIDC_CLIENT_SECRET", g_rand_mid, neutral=True)
def t_au_client_plain(r, v):
    d = dom(r)
    a = app(r)
    return authelia_path(r), authelia_head(r) + """
identity_providers:
  oidc:
    clients:
      - client_id: '%s'
        client_name: '%s'
        # TODO: hash this with `authelia crypto hash generate pbkdf2`
        client_secret: '%s'
        public: false
        authorization_policy: 'one_factor'
        require_pkce: true
        pkce_challenge_method: 'S256'
        redirect_uris:
          - 'https://%s.%s/login/generic_oauth'
        scopes:
          - 'openid'
          - 'profile'
          - 'email'
        userinfo_signed_response_alg: 'none'
        token_endpoint_auth_method: 'client_secret_basic'
""" % (a, a.capitalize(), v, a, d)


@P("authelia", "ldap_bind_password", "AUTHELIA_AUTHENTICATION_BACKEND_LDAP_PASSWORD", g_pw, neutral=True)
def t_au_ldap(r, v):
    dc = ",".join("dc=" + p for p in dom(r).split("."))
    return authelia_path(r), authelia_head(r) + """
authentication_backend:
  password_reset:
    disable: true
  refresh_interval: '5m'
  ldap:
    implementation: '%s'
    address: 'ldap://%s:3890'
    timeout: '5s'
    start_tls: false
    base_dn: '%s'
    additional_users_dn: 'ou=people'
    users_filter: '(&({username_attribute}={input})(objectClass=person))'
    additional_groups_dn: 'ou=groups'
    groups_filter: '(member={dn})'
    user: 'uid=authelia,ou=people,%s'
    password: '%s'
""" % (pick(r, ["lldap", "custom", "activedirectory"]), pick(r, ["lldap", "openldap", "ldap"]), dc, dc, v)


@P("authelia", "jwt_secret", "JWT_SECRET", g_alnum64)
def t_au_k8s_secret(r, v):
    return pick(r, ["k8s/authelia/secret.yml", "manifests/authelia-secrets.yaml"]), """---
kind: Secret
apiVersion: v1
metadata:
  name: authelia
  namespace: %s
  labels:
    app.kubernetes.io/name: authelia
type: Opaque
stringData:
  JWT_SECRET: >-
    %s
""" % (pick(r, ["authelia", "auth", "sso"]), v)


@P("authelia", "session_secret", "AUTHELIA_SESSION_SECRET", g_alnum64)
def t_au_compose(r, v):
    return pick(r, ["docker-compose.yml", "authelia/docker-compose.yml"]), """services:
  authelia:
    image: docker.io/authelia/authelia:%s
    container_name: authelia
    volumes:
      - ./config:/config
    environment:
      TZ: %s
      AUTHELIA_SESSION_SECRET: '%s'
      AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET_FILE: /secrets/JWT_SECRET
      AUTHELIA_STORAGE_ENCRYPTION_KEY_FILE: /secrets/STORAGE_ENCRYPTION_KEY
    expose:
      - 9091
    restart: unless-stopped
    healthcheck:
      disable: true
  redis:
    image: redis:7-alpine
    volumes:
      - ./redis:/data
""" % (pick(r, ["4.38", "4.39", "latest"]), pick(r, TZS), v)


# ---------------- Authentik
AK_IMG = "${AUTHENTIK_IMAGE:-ghcr.io/goauthentik/server}:${AUTHENTIK_TAG:-%s}"


def ak_tag(r):
    return pick(r, ["2024.8.3", "2024.10.5", "2025.2.1", "2024.12.2"])


@P("authentik", "secret_key", "AUTHENTIK_SECRET_KEY", g_authentik_key)
def t_ak_dotenv(r, v):
    return pick(r, [".env", "authentik/.env"]), """PG_PASS=${PG_PASS_FROM_VAULT}
AUTHENTIK_SECRET_KEY=%s
AUTHENTIK_ERROR_REPORTING__ENABLED=false
AUTHENTIK_EMAIL__HOST=smtp.%s
AUTHENTIK_EMAIL__PORT=587
AUTHENTIK_EMAIL__USE_TLS=true
AUTHENTIK_EMAIL__FROM=authentik@%s
COMPOSE_PORT_HTTP=9000
COMPOSE_PORT_HTTPS=9443
""" % (v, dom(r), dom(r))


def ak_compose(r, env_lines):
    tag = ak_tag(r)
    return """services:
  postgresql:
    image: docker.io/library/postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_PASSWORD: ${PG_PASS:?database password required}
      POSTGRES_USER: ${PG_USER:-authentik}
      POSTGRES_DB: ${PG_DB:-authentik}
    volumes:
      - database:/var/lib/postgresql/data
  redis:
    image: docker.io/library/redis:alpine
    command: --save 60 1 --loglevel warning
  server:
    image: %s
    restart: unless-stopped
    command: server
    environment:
      AUTHENTIK_REDIS__HOST: redis
      AUTHENTIK_POSTGRESQL__HOST: postgresql
      AUTHENTIK_POSTGRESQL__USER: ${PG_USER:-authentik}
      AUTHENTIK_POSTGRESQL__NAME: ${PG_DB:-authentik}
      AUTHENTIK_POSTGRESQL__PASSWORD: ${PG_PASS}
%s
    ports:
      - "9000:9000"
      - "9443:9443"
volumes:
  database:
    driver: local
""" % (AK_IMG % tag, env_lines)


@P("authentik", "secret_key", "AUTHENTIK_SECRET_KEY", g_authentik_key)
def t_ak_compose_key(r, v):
    return pick(r, ["docker-compose.yml", "authentik/compose.yml"]), ak_compose(r, "      AUTHENTIK_SECRET_KEY: \"%s\"" % v)


@P("authentik", "admin_password", "AUTHENTIK_BOOTSTRAP_PASSWORD", g_pw)
def t_ak_bootstrap_pw(r, v):
    return pick(r, ["docker-compose.yml", "infra/authentik/docker-compose.yaml"]), ak_compose(
        r, "      AUTHENTIK_SECRET_KEY: ${AUTHENTIK_SECRET_KEY:?secret key required}\n"
           "      AUTHENTIK_BOOTSTRAP_EMAIL: admin@%s\n      AUTHENTIK_BOOTSTRAP_PASSWORD: '%s'" % (dom(r), v))


@P("authentik", "bootstrap_token", "AUTHENTIK_BOOTSTRAP_TOKEN", g_alnum64)
def t_ak_bootstrap_token(r, v):
    return pick(r, ["compose.yaml", "stacks/sso/docker-compose.yml"]), ak_compose(
        r, "      AUTHENTIK_SECRET_KEY: ${AUTHENTIK_SECRET_KEY:?secret key required}\n"
           "      AUTHENTIK_BOOTSTRAP_TOKEN: %s" % v)


@P("authentik", "outpost_token", "AUTHENTIK_TOKEN", g_alnum64)
def t_ak_outpost(r, v):
    d = dom(r)
    return pick(r, ["outpost/docker-compose.yml", "docker-compose.outpost.yml"]), """services:
  authentik_proxy:
    image: ghcr.io/goauthentik/proxy:%s
    ports:
      - 9000:9000
      - 9443:9443
    environment:
      AUTHENTIK_HOST: https://authentik.%s
      AUTHENTIK_INSECURE: "false"
      AUTHENTIK_TOKEN: %s
      # Starting with 2021.9, you can optionally set this too
      # when authentik_host for internal communication doesn't match the public URL
      # AUTHENTIK_HOST_BROWSER: https://external-domain.tld
""" % (ak_tag(r), d, v)


@P("authentik", "secret_key", "AUTHENTIK_SECRET_KEY", g_authentik_key, neutral=True)
def t_ak_helm(r, v):
    d = dom(r)
    return pick(r, ["helm/authentik/values.yaml", "deploy/values-authentik.yaml"]), """authentik:
  secret_key: "%s"
  error_reporting:
    enabled: false
  postgresql:
    host: authentik-postgresql
    user: file:///postgres-creds/username
    password: file:///postgres-creds/password

server:
  ingress:
    enabled: true
    ingressClassName: traefik
    hosts:
      - authentik.%s

postgresql:
  enabled: true
  auth:
    existingSecret: authentik-pg

redis:
  enabled: true
""" % (v, d)


@P("authentik", "db_password", "AUTHENTIK_POSTGRESQL__PASSWORD", g_urlpw, neutral=True)
def t_ak_helm_pg(r, v):
    return pick(r, ["charts/authentik/values.prod.yaml", "values/authentik.yaml"]), """authentik:
  secret_key: ""   # injected from the authentik-secret-key Secret via envFrom
  log_level: info
  postgresql:
    host: pg-main.databases.svc
    name: authentik
    user: authentik
    password: "%s"

global:
  envFrom:
    - secretRef:
        name: authentik-secret-key

postgresql:
  enabled: false
""" % v


# ---------------- Pomerium
def pom_tail(r):
    d = dom(r)
    a = app(r)
    return """
authenticate_service_url: https://authenticate.%s
idp_provider: oidc
idp_provider_url: https://login.%s
idp_client_id: %s
idp_client_secret_file: /run/secrets/idp_client_secret

routes:
  - from: https://%s.%s
    to: http://%s:8080
    policy:
      - allow:
          or:
            - domain:
                is: %s
""" % (d, d, uuid4(r), a, d, a, d)


@P("pomerium", "shared_secret", "SHARED_SECRET", g_b64_32)
def t_pom_shared(r, v):
    return pick(r, ["pomerium/config.yaml", "config.yaml", "deploy/pomerium.yaml"]), """# Pomerium config
address: :443
shared_secret: %s
cookie_secret_file: /run/secrets/cookie_secret
""" % v + pom_tail(r)


@P("pomerium", "cookie_secret", "COOKIE_SECRET", g_b64_32)
def t_pom_cookie(r, v):
    return pick(r, ["pomerium/config.yaml", "config/pomerium.yml"]), """address: :443
cookie_name: _pomerium
cookie_secret: %s
cookie_expire: 14h
shared_secret_file: /run/secrets/shared_secret
""" % v + pom_tail(r)


@P("pomerium", "signing_key", "SIGNING_KEY", g_pomerium_signing, neutral=True, docs_ok=False)
def t_pom_signing(r, v):
    return pick(r, ["pomerium/config.yaml", "etc/pomerium/config.yaml"]), """address: :443
# ES256 key used to sign the X-Pomerium-Jwt-Assertion header
signing_key: %s
shared_secret_file: /run/secrets/shared_secret
cookie_secret_file: /run/secrets/cookie_secret
""" % v + pom_tail(r)


@P("pomerium", "cookie_secret", "COOKIE_SECRET", g_b64_32)
def t_pom_compose(r, v):
    d = dom(r)
    return pick(r, ["docker-compose.yml", "pomerium/docker-compose.yaml"]), """services:
  pomerium:
    image: pomerium/pomerium:v%s
    volumes:
      - ./config.yaml:/pomerium/config.yaml:ro
      - pomerium-cache:/data:rw
    ports:
      - 443:443
    environment:
      COOKIE_SECRET: %s
      SHARED_SECRET_FILE: /run/secrets/POMERIUM_SHARED_SECRET
      AUTHENTICATE_SERVICE_URL: https://authenticate.%s
    secrets:
      - POMERIUM_SHARED_SECRET
  verify:
    image: pomerium/verify:latest
    expose:
      - 8000
secrets:
  POMERIUM_SHARED_SECRET:
    file: ./secrets/shared_secret
volumes:
  pomerium-cache:
""" % (pick(r, ["0.26.1", "0.27.2", "0.28.0"]), v, d)


@P("pomerium", "oidc_client_secret", "IDP_CLIENT_SECRET", g_oauth_any, neutral=True)
def t_pom_helm_idp(r, v):
    d = dom(r)
    return pick(r, ["helm/pomerium/values.yaml", "clusters/prod/pomerium-values.yaml"]), """authenticate:
  idp:
    provider: oidc
    url: https://login.%s/oauth2/default
    clientID: %s
    clientSecret: %s
    scopes: ["openid", "email", "profile", "offline_access"]

config:
  rootDomain: %s
  existingSecret: pomerium-bootstrap
  generateTLS: false

ingressController:
  enabled: true
""" % (d, rs(r, 20), v, d)


# ---------------- Keycloak
def kc_client_json(r, secret_value, cid):
    d = dom(r)
    return """    {
      "id": "%s",
      "clientId": "%s",
      "name": "%s",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": %s,
      "redirectUris": ["https://%s.%s/*"],
      "webOrigins": ["+"],
      "standardFlowEnabled": true,
      "directAccessGrantsEnabled": false,
      "serviceAccountsEnabled": false,
      "publicClient": false,
      "protocol": "openid-connect",
      "attributes": {
        "post.logout.redirect.uris": "+",
        "pkce.code.challenge.method": "S256"
      },
      "fullScopeAllowed": true
    }""" % (uuid4(r), cid, cid.capitalize(), json.dumps(secret_value), cid, d)


@P("keycloak", "oidc_client_secret", "KEYCLOAK_CLIENT_SECRET", g_keycloak, neutral=True)
def t_kc_realm(r, v):
    realm = pick(r, ["homelab", "acme", "internal", "staff", "dev"])
    a = app(r)
    return pick(r, ["keycloak/realm-export.json", "import/%s-realm.json" % realm, "docker/keycloak/realms/%s.json" % realm]), """{
  "id": "%s",
  "realm": "%s",
  "displayName": "%s",
  "enabled": true,
  "sslRequired": "external",
  "registrationAllowed": false,
  "loginWithEmailAllowed": true,
  "bruteForceProtected": true,
  "accessTokenLifespan": 300,
  "clients": [
    {
      "clientId": "account-console",
      "publicClient": true,
      "redirectUris": ["/realms/%s/account/*"]
    },
%s
  ]
}
""" % (uuid4(r), realm, realm.capitalize(), realm, kc_client_json(r, v, a))


@P("keycloak", "admin_password", "KEYCLOAK_ADMIN_PASSWORD", g_pw, neutral=True)
def t_kc_kcadm(r, v):
    d = dom(r)
    realm = pick(r, ["homelab", "acme", "internal"])
    return pick(r, ["scripts/keycloak-bootstrap.sh", "keycloak/init.sh"]), """#!/bin/sh
# Bootstrap realm and clients with kcadm.sh (run inside the keycloak container)
set -e
KCADM=/opt/keycloak/bin/kcadm.sh

$KCADM config credentials --server http://localhost:8080 --realm master --user admin --password '%s'

$KCADM create realms -s realm=%s -s enabled=true || true
$KCADM create clients -r %s -s clientId=%s -s publicClient=true \\
  -s 'redirectUris=["https://%s.%s/*"]' -s enabled=true
$KCADM update realms/%s -s loginTheme=keycloak -s bruteForceProtected=true
echo "realm %s ready"
""" % (v, realm, realm, app(r), app(r), d, realm, realm)


@P("keycloak", "admin_password", "KC_BOOTSTRAP_ADMIN_PASSWORD", g_pw)
def t_kc_compose_admin(r, v):
    d = dom(r)
    old = r.random() < 0.4
    un, pn = ("KEYCLOAK_ADMIN", "KEYCLOAK_ADMIN_PASSWORD") if old else ("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD")
    return pick(r, ["docker-compose.yml", "keycloak/docker-compose.yml"]), """services:
  keycloak:
    image: quay.io/keycloak/keycloak:%s
    command: start --optimized
    environment:
      KC_DB: postgres
      KC_DB_URL: jdbc:postgresql://db:5432/keycloak
      KC_DB_USERNAME: keycloak
      KC_DB_PASSWORD: ${KC_DB_PASSWORD}
      KC_HOSTNAME: sso.%s
      KC_PROXY_HEADERS: xforwarded
      %s: admin
      %s: "%s"
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: keycloak
      POSTGRES_USER: keycloak
      POSTGRES_PASSWORD: ${KC_DB_PASSWORD}
""" % (pick(r, ["24.0.5", "25.0.6", "26.0.7", "26.1.2"]), d, un, pn, v)


@P("keycloak", "db_password", "KC_DB_PASSWORD", g_urlpw, neutral=True)
def t_kc_dockerfile(r, v):
    return pick(r, ["Dockerfile", "keycloak/Dockerfile"]), """FROM quay.io/keycloak/keycloak:%s AS builder
ENV KC_HEALTH_ENABLED=true
ENV KC_METRICS_ENABLED=true
ENV KC_DB=postgres
WORKDIR /opt/keycloak
RUN /opt/keycloak/bin/kc.sh build

FROM quay.io/keycloak/keycloak:%s
COPY --from=builder /opt/keycloak/ /opt/keycloak/
COPY themes/ /opt/keycloak/themes/
ENV KC_DB_URL=jdbc:postgresql://pg.%s:5432/keycloak
ENV KC_DB_USERNAME=keycloak
ENV KC_DB_PASSWORD=%s
ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]
""" % ((pick(r, ["25.0.6", "26.0.7"]),) * 2 + (dom(r), v))


@P("keycloak", "oidc_client_secret", "KEYCLOAK_CLIENT_SECRET", g_keycloak)
def t_kc_spring(r, v):
    d = dom(r)
    realm = pick(r, ["acme", "internal", "staff"])
    return pick(r, ["src/main/resources/application.yml", "service/src/main/resources/application-prod.yml"]), """server:
  port: 8081

spring:
  application:
    name: %s-service
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: %s-service
            client-secret: %s
            authorization-grant-type: authorization_code
            scope: openid,profile,email
        provider:
          keycloak:
            issuer-uri: https://sso.%s/realms/%s
            user-name-attribute: preferred_username

management:
  endpoints:
    web:
      exposure:
        include: health,info
""" % (app(r), app(r), v, d, realm)


@P("keycloak", "oidc_client_secret", "KEYCLOAK_CLIENT_SECRET", g_keycloak, neutral=True)
def t_kc_python(r, v):
    d = dom(r)
    return pick(r, ["app/auth.py", "backend/keycloak_client.py", "src/sso.py"]), """import logging

from keycloak import KeycloakOpenID

log = logging.getLogger(__name__)

SERVER_URL = "https://sso.%s/"
REALM = "%s"

keycloak_openid = KeycloakOpenID(
    server_url=SERVER_URL,
    client_id="%s-backend",
    realm_name=REALM,
    client_secret_key="%s",
)


def exchange_code(code, redirect_uri):
    token = keycloak_openid.token(grant_type="authorization_code", code=code, redirect_uri=redirect_uri)
    log.debug("token expires in %%s", token.get("expires_in"))
    return token


def userinfo(access_token):
    return keycloak_openid.userinfo(access_token)
""" % (d, pick(r, ["acme", "internal"]), app(r), v)


@P("keycloak", "oidc_client_secret", "KEYCLOAK_CLIENT_SECRET", g_keycloak, neutral=True)
def t_kc_json(r, v):
    d = dom(r)
    return pick(r, ["keycloak.json", "config/keycloak.json", "server/keycloak.json"]), """{
  "realm": "%s",
  "auth-server-url": "https://sso.%s/",
  "ssl-required": "external",
  "resource": "%s-api",
  "verify-token-audience": true,
  "credentials": {
    "secret": "%s"
  },
  "confidential-port": 0,
  "policy-enforcer": {}
}
""" % (pick(r, ["acme", "internal", "homelab"]), d, app(r), v)


@P("keycloak", "oidc_client_secret", "KEYCLOAK_CLIENT_SECRET", g_keycloak)
def t_kc_tf(r, v):
    a = app(r)
    d = dom(r)
    return pick(r, ["terraform/keycloak.tf", "infra/sso/clients.tf"]), """resource "keycloak_openid_client" "%s" {
  realm_id  = keycloak_realm.main.id
  client_id = "%s"
  name      = "%s"
  enabled   = true

  access_type   = "CONFIDENTIAL"
  client_secret = "%s"

  standard_flow_enabled = true
  valid_redirect_uris = [
    "https://%s.%s/*",
  ]
  login_theme = "keycloak"
}
""" % (a, a, a.capitalize(), v, a, d)


# ---------------- Dex
def dex_head(r):
    d = dom(r)
    return """issuer: https://dex.%s

storage:
  type: kubernetes
  config:
    inCluster: true

web:
  http: 0.0.0.0:5556

oauth2:
  skipApprovalScreen: true
""" % d, d


@P("dex", "oidc_client_secret", "DEX_CLIENT_SECRET", g_rand_mid, neutral=True)
def t_dex_static(r, v):
    head, d = dex_head(r)
    a = app(r)
    return pick(r, ["dex/config.yaml", "deploy/dex/config.yml", "config/dex.yaml"]), head + """
staticClients:
  - id: %s
    name: '%s'
    secret: %s
    redirectURIs:
      - 'https://%s.%s/oauth2/callback'
  - id: kubectl
    name: kubectl
    public: true
    redirectURIs:
      - http://localhost:8000

connectors:
  - type: github
    id: github
    name: GitHub
    config:
      clientID: $GITHUB_CLIENT_ID
      clientSecret: $GITHUB_CLIENT_SECRET
      redirectURI: https://dex.%s/callback
""" % (a, a.capitalize(), v, a, d, d)


@P("dex", "ldap_bind_password", "LDAP_BIND_PW", g_pw, neutral=True)
def t_dex_ldap(r, v):
    head, d = dex_head(r)
    dc = ",".join("dc=" + p for p in d.split("."))
    return pick(r, ["dex/config.yaml", "helm/dex/values.yaml"]), head + """
connectors:
  - type: ldap
    id: ldap
    name: LDAP
    config:
      host: ldap.%s:636
      insecureNoSSL: false
      bindDN: cn=dex-svc,ou=services,%s
      bindPW: '%s'
      usernamePrompt: Email Address
      userSearch:
        baseDN: ou=people,%s
        filter: "(objectClass=person)"
        username: mail
        idAttr: DN
        emailAttr: mail
        nameAttr: cn
      groupSearch:
        baseDN: ou=groups,%s
        filter: "(objectClass=groupOfNames)"
        userMatchers:
          - userAttr: DN
            groupAttr: member
        nameAttr: cn
""" % (d, dc, v, dc, dc)


@P("dex", "oidc_client_secret", "GITHUB_CLIENT_SECRET", g_github, neutral=True)
def t_dex_github(r, v):
    head, d = dex_head(r)
    return pick(r, ["dex/config.yaml", "platform/dex-config.yaml"]), head + """
connectors:
  - type: github
    id: github
    name: GitHub
    config:
      clientID: Iv1.%s
      clientSecret: %s
      redirectURI: https://dex.%s/callback
      orgs:
        - name: %s
          teams:
            - platform
            - sre

staticClients:
  - id: argo-cd
    name: Argo CD
    secretEnv: ARGOCD_DEX_CLIENT_SECRET
    redirectURIs:
      - https://argocd.%s/auth/callback
""" % (hx(r, 16), v, d, pick(r, ["acme-labs", "northwind"]), d)


# ---------------- Vouch Proxy
@P("vouch-proxy", "jwt_secret", "VOUCH_JWT_SECRET", g_rand_mid, neutral=True)
def t_vouch_jwt(r, v):
    d = dom(r)
    return pick(r, ["vouch/config/config.yml", "config/config.yml"]), """# vouch config
vouch:
  logLevel: info
  listen: 0.0.0.0
  port: 9090
  domains:
    - %s
  cookie:
    secure: true
    domain: %s
  jwt:
    maxAge: 240
    compress: true
    secret: %s

oauth:
  provider: oidc
  client_id: %s
  client_secret: ${OAUTH_CLIENT_SECRET}
  auth_url: https://auth.%s/authorize
  token_url: https://auth.%s/token
  user_info_url: https://auth.%s/userinfo
  scopes:
    - openid
    - email
  callback_url: https://vouch.%s/auth
""" % (d, d, v, app(r), d, d, d, d)


@P("vouch-proxy", "oidc_client_secret", "OAUTH_CLIENT_SECRET", g_oauth_any, neutral=True)
def t_vouch_oauth(r, v):
    d = dom(r)
    return pick(r, ["vouch/config.yml", "deploy/vouch/config.yml"]), """vouch:
  listen: 0.0.0.0
  port: 9090
  allowAllUsers: false
  whiteList:
    - %s@%s
    - %s@%s

oauth:
  provider: google
  client_id: %d-%s.apps.googleusercontent.com
  client_secret: %s
  callback_urls:
    - https://vouch.%s/auth
  preferredDomain: %s
""" % (pick(r, USERS), d, pick(r, USERS), d, r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LO + DG), v, d, d)


# ---------------- traefik-forward-auth
def tfa_compose(r, env):
    d = dom(r)
    return """version: "3"
services:
  traefik-forward-auth:
    image: thomseddon/traefik-forward-auth:2
    environment:
%s
      - LOG_LEVEL=info
      - COOKIE_DOMAIN=%s
      - AUTH_HOST=auth.%s
      - WHITELIST=%s@%s
    labels:
      - "traefik.enable=true"
      - "traefik.http.middlewares.forward-auth.forwardauth.address=http://traefik-forward-auth:4181"
      - "traefik.http.middlewares.forward-auth.forwardauth.authResponseHeaders=X-Forwarded-User"
      - "traefik.http.services.traefik-forward-auth.loadbalancer.server.port=4181"
""" % (env, d, d, pick(r, USERS), d)


@P("traefik-forward-auth", "cookie_secret", "SECRET", g_alnum32)
def t_tfa_secret(r, v):
    return pick(r, ["docker-compose.yml", "traefik/docker-compose.yml"]), tfa_compose(
        r, "      - PROVIDERS_GOOGLE_CLIENT_ID=%d-%s.apps.googleusercontent.com\n"
           "      - PROVIDERS_GOOGLE_CLIENT_SECRET=${GOOGLE_CLIENT_SECRET}\n      - SECRET=%s"
           % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LO + DG), v))


@P("traefik-forward-auth", "oidc_client_secret", "PROVIDERS_GOOGLE_CLIENT_SECRET", g_google)
def t_tfa_google(r, v):
    return pick(r, ["docker-compose.yml", "stacks/traefik/compose.yml"]), tfa_compose(
        r, "      - PROVIDERS_GOOGLE_CLIENT_ID=%d-%s.apps.googleusercontent.com\n"
           "      - PROVIDERS_GOOGLE_CLIENT_SECRET=%s\n      - SECRET_FILE=/run/secrets/tfa_secret"
           % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LO + DG), v))


@P("traefik-forward-auth", "cookie_secret", "SECRET", g_rand_mid, neutral=True)
def t_tfa_ini(r, v):
    d = dom(r)
    return pick(r, ["traefik-forward-auth.ini", "config/forward-auth.ini"]), """# traefik-forward-auth config file (--config)
default-provider = oidc
providers.oidc.issuer-url = https://id.%s
providers.oidc.client-id = traefik
providers.oidc.client-secret-file = /run/secrets/oidc
secret = %s
cookie-name = _forward_auth
cookie-domain = %s
lifetime = 43200
log-level = warn
rule.public.action = allow
rule.public.rule = PathPrefix(`/api/health`)
""" % (d, v, d)


# ---------------- Caddy security
@P("caddy-security", "jwt_secret", "JWT_SHARED_KEY", g_rand_mid, neutral=True)
def t_caddy_sign(r, v):
    d = dom(r)
    return pick(r, ["Caddyfile", "caddy/Caddyfile"]), """{
	order authenticate before respond
	order authorize before basicauth

	security {
		local identity store localdb {
			realm local
			path /data/caddy/users.json
		}

		authentication portal myportal {
			crypto default token lifetime 3600
			crypto key sign-verify %s
			enable identity store localdb
			cookie domain %s
		}

		authorization policy mypolicy {
			set auth url https://auth.%s/
			crypto key verify from env JWT_SHARED_KEY
			allow roles authp/admin authp/user
		}
	}
}

auth.%s {
	authenticate with myportal
}

%s.%s {
	authorize with mypolicy
	reverse_proxy %s:8080
}
""" % (v, d, d, d, app(r), d, app(r))


@P("caddy-security", "oidc_client_secret", "GOOGLE_CLIENT_SECRET", g_google, neutral=True)
def t_caddy_idp(r, v):
    d = dom(r)
    return pick(r, ["Caddyfile", "deploy/caddy/Caddyfile"]), """{
	security {
		oauth identity provider google {
			realm google
			driver google
			client_id %d-%s.apps.googleusercontent.com
			client_secret %s
			scopes openid email profile
		}

		authentication portal myportal {
			crypto key sign-verify {env.JWT_SHARED_KEY}
			enable identity provider google
			cookie domain %s
			transform user {
				match realm google
				match email %s@%s
				action add role authp/admin
			}
		}
	}
}

auth.%s {
	authenticate with myportal
}
""" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LO + DG), v, d, pick(r, USERS), d, d)


# ---------------- Lasso / nginx
@P("lasso", "jwt_secret", "LASSO_JWT_SECRET", g_rand_mid, neutral=True)
def t_lasso(r, v):
    d = dom(r)
    return pick(r, ["lasso/config.yml", "config/lasso.yml"]), """# lasso config
lasso:
  listen: 0.0.0.0
  port: 9090
  domains:
    - %s
  cookie:
    secure: true
    name: LassoCookie
  jwt:
    issuer: Lasso
    maxAge: 240
    secret: %s
  headers:
    jwt: X-Lasso-Token
    user: X-Lasso-User

oauth:
  provider: github
  client_id: %s
  client_secret: ${LASSO_GITHUB_SECRET}
""" % (d, v, hx(r, 20))


@P("nginx", "basic_auth_header", "UPSTREAM_BASIC_AUTH", g_basic, neutral=True)
def t_nginx_basic(r, v):
    d = dom(r)
    a = app(r)
    return pick(r, ["nginx/conf.d/%s.conf" % a, "deploy/nginx/sites-enabled/%s.conf" % a]), """server {
    listen 443 ssl http2;
    server_name %s.%s;

    ssl_certificate     /etc/letsencrypt/live/%s/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/%s/privkey.pem;

    location = /validate {
        internal;
        proxy_pass http://lasso:9090/validate;
        proxy_pass_request_body off;
        proxy_set_header Content-Length "";
        proxy_set_header Host $http_host;
    }

    location / {
        auth_request /validate;
        auth_request_set $auth_user $upstream_http_x_lasso_user;
        proxy_set_header X-Lasso-User $auth_user;
        proxy_set_header Authorization "Basic %s";
        proxy_pass http://%s:8080;
    }

    error_page 401 = @error401;
    location @error401 {
        return 302 https://lasso.%s/login?url=$scheme://$http_host$request_uri;
    }
}
""" % (a, d, d, d, v, a, d)


# ---------------- Tinyauth
def tiny_compose(r, env):
    d = dom(r)
    return """services:
  tinyauth:
    image: ghcr.io/steveiliop56/tinyauth:v%s
    container_name: tinyauth
    restart: unless-stopped
    environment:
      - APP_URL=https://tinyauth.%s
%s
    volumes:
      - ./data:/data
    labels:
      traefik.enable: true
      traefik.http.routers.tinyauth.rule: Host(`tinyauth.%s`)
      traefik.http.middlewares.tinyauth.forwardauth.address: http://tinyauth:3000/api/auth/traefik
""" % (pick(r, ["3", "4"]), d, env, d)


@P("tinyauth", "cookie_secret", "SECRET", g_alnum32)
def t_tiny_secret(r, v):
    return pick(r, ["docker-compose.yml", "tinyauth/docker-compose.yml"]), tiny_compose(
        r, "      - SECRET=%s\n      - USERS_FILE=/data/users.txt" % v)


@P("tinyauth", "oidc_client_secret", "PROVIDERS_POCKETID_CLIENT_SECRET", g_rand_mid)
def t_tiny_oauth(r, v):
    d = dom(r)
    return pick(r, ["docker-compose.yml", "auth/compose.yaml"]), tiny_compose(
        r, "      - SECRET_FILE=/run/secrets/tinyauth_secret\n"
           "      - PROVIDERS_POCKETID_CLIENT_ID=%s\n"
           "      - PROVIDERS_POCKETID_CLIENT_SECRET=%s\n"
           "      - PROVIDERS_POCKETID_AUTH_URL=https://id.%s/authorize\n"
           "      - PROVIDERS_POCKETID_TOKEN_URL=https://id.%s/api/oidc/token" % (uuid4(r), v, d, d))


# ---------------- Zitadel
@P("zitadel", "masterkey", "ZITADEL_MASTERKEY", g_alnum32, neutral=True)
def t_zit_masterkey(r, v):
    d = dom(r)
    return pick(r, ["docker-compose.yaml", "zitadel/docker-compose.yml"]), """services:
  zitadel:
    restart: always
    image: ghcr.io/zitadel/zitadel:v%s
    command: start-from-init --masterkey "%s" --tlsMode external
    environment:
      ZITADEL_EXTERNALDOMAIN: id.%s
      ZITADEL_EXTERNALPORT: 443
      ZITADEL_DATABASE_POSTGRES_HOST: db
      ZITADEL_DATABASE_POSTGRES_PORT: 5432
      ZITADEL_DATABASE_POSTGRES_DATABASE: zitadel
      ZITADEL_DATABASE_POSTGRES_USER_USERNAME: zitadel
      ZITADEL_DATABASE_POSTGRES_USER_PASSWORD_FILE: /run/secrets/zitadel_db
      ZITADEL_DATABASE_POSTGRES_USER_SSL_MODE: disable
    depends_on:
      db:
        condition: service_healthy
    ports:
      - "8080:8080"
""" % (pick(r, ["2.58.3", "2.62.1", "2.66.0"]), v, d)


@P("zitadel", "private_key", "ZITADEL_MACHINE_KEY", g_pem(["RSA"]), neutral=True, docs_ok=False)
def t_zit_machinekey(r, v):
    kid = str(r.randint(10 ** 17, 10 ** 18 - 1))
    uid = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return pick(r, ["secrets/zitadel-admin-sa.json", "ci/machinekey/%s.json" % kid, "zitadel/machinekey.json"]), \
        json.dumps({"type": "serviceaccount", "keyId": kid, "key": v + ("\n" if "\n" in v else ""), "userId": uid}) + "\n"


@P("zitadel", "db_password", "ZITADEL_DATABASE_POSTGRES_ADMIN_PASSWORD", g_urlpw, neutral=True)
def t_zit_config(r, v):
    d = dom(r)
    return pick(r, ["zitadel/config.yaml", "deploy/zitadel-config.yaml"]), """Log:
  Level: info
ExternalSecure: true
ExternalDomain: id.%s
ExternalPort: 443
TLS:
  Enabled: false
Database:
  postgres:
    Host: pg.%s
    Port: 5432
    Database: zitadel
    User:
      Username: zitadel
      Password: ${ZITADEL_DB_USER_PASSWORD}
      SSL:
        Mode: require
    Admin:
      Username: postgres
      Password: %s
      SSL:
        Mode: require
""" % (d, d, v)


# ---------------- Ory Kratos / Hydra
@P("ory-kratos", "cookie_secret", "SECRETS_COOKIE", g_rand_mid, neutral=True)
def t_kratos_cookie(r, v):
    d = dom(r)
    return pick(r, ["kratos/kratos.yml", "config/kratos.yaml", "ory/kratos.yml"]), """version: v1.1.0

dsn: ${DSN}

serve:
  public:
    base_url: https://%s/.ory/kratos/public/
    cors:
      enabled: true
  admin:
    base_url: http://kratos:4434/

selfservice:
  default_browser_return_url: https://%s/
  allowed_return_urls:
    - https://%s
  methods:
    password:
      enabled: true

secrets:
  cookie:
    - %s
  cipher:
    - ${KRATOS_CIPHER_SECRET}

identity:
  default_schema_id: default
  schemas:
    - id: default
      url: file:///etc/config/kratos/identity.schema.json
""" % (d, d, d, v)


@P("ory-hydra", "system_secret", "SECRETS_SYSTEM", g_rand_mid)
def t_hydra_system(r, v):
    d = dom(r)
    return pick(r, ["hydra/hydra.yml", "config/hydra.yaml"]), """serve:
  cookies:
    same_site_mode: Lax

urls:
  self:
    issuer: https://oauth.%s/
  consent: https://login.%s/consent
  login: https://login.%s/login
  logout: https://login.%s/logout

secrets:
  system:
    - %s

oidc:
  subject_identifiers:
    supported_types:
      - pairwise
      - public
    pairwise:
      salt: ${HYDRA_PAIRWISE_SALT}

ttl:
  access_token: 1h
""" % (d, d, d, d, v)


@P("ory-kratos", "oidc_client_secret", "KRATOS_OIDC_CLIENT_SECRET", g_oauth_any, neutral=True)
def t_kratos_oidc(r, v):
    d = dom(r)
    return pick(r, ["kratos/kratos.yml", "deploy/ory/kratos.yml"]), """selfservice:
  methods:
    oidc:
      enabled: true
      config:
        providers:
          - id: corp-sso
            provider: generic
            client_id: %s
            client_secret: %s
            issuer_url: https://sso.%s
            mapper_url: file:///etc/config/kratos/oidc.jsonnet
            scope:
              - openid
              - email
            requested_claims:
              id_token:
                email:
                  essential: true
""" % (rs(r, 24), v, d)


# ---------------- Teleport
def g_teleport_static(r):
    t = g_teleport(r)
    return t, t


@P("teleport", "join_token", "TELEPORT_STATIC_TOKEN", g_teleport, neutral=True)
def t_tp_static(r, v):
    d = dom(r)
    return pick(r, ["teleport/teleport.yaml", "etc/teleport.yaml"]), """version: v3
teleport:
  nodename: auth-%02d
  data_dir: /var/lib/teleport
  log:
    output: stderr
    severity: INFO

auth_service:
  enabled: true
  cluster_name: %s
  listen_addr: 0.0.0.0:3025
  tokens:
    - "proxy,node:%s"
  authentication:
    type: local
    second_factor: "on"

proxy_service:
  enabled: true
  web_listen_addr: 0.0.0.0:443
  public_addr: teleport.%s:443

ssh_service:
  enabled: false
""" % (r.randint(1, 9), d, v, d)


@P("teleport", "join_token", "TELEPORT_JOIN_TOKEN", g_teleport, neutral=True)
def t_tp_script(r, v):
    d = dom(r)
    return pick(r, ["scripts/join-node.sh", "provision/teleport-node.sh"]), """#!/bin/bash
# Join this host to the Teleport cluster as an SSH node.
set -euo pipefail

curl -fsSL https://goteleport.com/static/install.sh | bash -s %s

sudo teleport node configure \\
  --output=file:///etc/teleport.yaml \\
  --token=%s \\
  --proxy=teleport.%s:443 \\
  --labels=env=%s,role=%s

sudo systemctl enable --now teleport
""" % (ver(r, (15, 17)), v, d, pick(r, ["prod", "staging"]), pick(r, ["db", "web", "worker"]))


@P("teleport", "join_token", "authToken", g_teleport)
def t_tp_helm(r, v):
    d = dom(r)
    return pick(r, ["helm/teleport-kube-agent/values.yaml", "clusters/edge/teleport-agent.yaml"]), """roles: kube,app
proxyAddr: teleport.%s:443
kubeClusterName: %s
authToken: %s
apps:
  - name: %s
    uri: http://%s.default.svc.cluster.local:80
    labels:
      env: %s
highAvailability:
  replicaCount: 2
""" % ((d, pick(r, ["edge-1", "prod-eu", "lab"]), v) + (app(r),) * 2 + (pick(r, ["prod", "lab"]),))


# ---------------- Cloudflare Access service tokens
def cf_id(r):
    return "%s.access" % hx(r, 32)


@P("cloudflare-access", "service_token", "CF_ACCESS_CLIENT_SECRET", g_cf_secret, neutral=True)
def t_cf_curl(r, v):
    d = dom(r)
    return pick(r, ["scripts/healthcheck.sh", "bin/sync-backups.sh"]), """#!/bin/sh
# Poll the internal API behind Cloudflare Access from the cron box.
set -eu
URL="https://%s.%s/api/v1/status"

curl -fsS --max-time 10 \\
  -H "CF-Access-Client-Id: %s" \\
  -H "CF-Access-Client-Secret: %s" \\
  "$URL" | jq -r '.status'
""" % (app(r), d, cf_id(r), v)


@P("cloudflare-access", "service_token", "CF_ACCESS_CLIENT_SECRET", g_cf_secret, neutral=True)
def t_cf_python(r, v):
    d = dom(r)
    return pick(r, ["tools/export_metrics.py", "jobs/sync.py"]), """import requests

BASE = "https://%s.%s"
SESSION = requests.Session()
SESSION.headers.update({
    "CF-Access-Client-Id": "%s",
    "CF-Access-Client-Secret": "%s",
    "User-Agent": "metrics-exporter/1.4",
})


def fetch(path, **params):
    resp = SESSION.get(BASE + path, params=params, timeout=15)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(fetch("/api/v1/metrics", window="1h"))
""" % (app(r), d, cf_id(r), v)


@P("cloudflare-access", "service_token", "CF_ACCESS_CLIENT_SECRET", g_cf_secret)
def t_cf_workflow(r, v):
    d = dom(r)
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/smoke-test.yml"]), """name: smoke-test
on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  smoke:
    runs-on: ubuntu-latest
    env:
      CF_ACCESS_CLIENT_ID: %s
      CF_ACCESS_CLIENT_SECRET: %s
      TARGET: https://staging.%s
    steps:
      - uses: actions/checkout@v4
      - name: Ping staging through Access
        run: |
          curl -fsS -H "CF-Access-Client-Id: $CF_ACCESS_CLIENT_ID" \\
               -H "CF-Access-Client-Secret: $CF_ACCESS_CLIENT_SECRET" \\
               "$TARGET/healthz"
""" % (cf_id(r), v, d)


# ---------------- misc clients / docs
@P("oauth2-proxy", "cookie_secret", "OAUTH2_PROXY_COOKIE_SECRET", g_op_cookie, neutral=True)
def t_md_runbook(r, v):
    d = dom(r)
    return pick(r, ["docs/setup.md", "docs/runbooks/sso.md", "README.md"]), """# SSO in front of the staging stack

The staging services sit behind oauth2-proxy, which authenticates against
`https://sso.%s`.

## Running the proxy by hand

```bash
docker run --rm -p 4180:4180 quay.io/oauth2-proxy/oauth2-proxy:v%s \\
  --provider=oidc \\
  --oidc-issuer-url=https://sso.%s/realms/staging \\
  --client-id=staging-proxy \\
  --client-secret-file=/secrets/client \\
  --cookie-secret=%s \\
  --email-domain=%s \\
  --upstream=http://host.docker.internal:8080
```

## Troubleshooting

* `cookie_secret must be 16, 24, or 32 bytes` means the secret was not base64 of
  the right length.
* A redirect loop usually means the cookie domain does not match.
""" % (d, pick(r, ["7.5.1", "7.6.0", "7.7.1", "7.8.1"]), d, v, d)


@P("keycloak", "oidc_client_secret", "GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET", g_keycloak, neutral=True)
def t_grafana_ini(r, v):
    d = dom(r)
    return pick(r, ["grafana/grafana.ini", "config/grafana.ini"]), """[server]
root_url = https://grafana.%s/

[auth]
disable_login_form = true

[auth.generic_oauth]
enabled = true
name = Keycloak
allow_sign_up = true
client_id = grafana
client_secret = %s
scopes = openid email profile offline_access roles
auth_url = https://sso.%s/realms/%s/protocol/openid-connect/auth
token_url = https://sso.%s/realms/%s/protocol/openid-connect/token
api_url = https://sso.%s/realms/%s/protocol/openid-connect/userinfo
role_attribute_path = contains(roles[*], 'admin') && 'Admin' || 'Viewer'
""" % ((d, v) + (d, "staff") * 3)


@P("authelia", "oidc_client_secret", "OIDC_CLIENT_SECRET", g_rand_mid, neutral=True)
def t_toml_app(r, v):
    d = dom(r)
    return pick(r, ["config.toml", "config/app.toml", "deploy/%s.toml" % app(r)]), """[server]
bind = "0.0.0.0:8080"
public_url = "https://%s.%s"

[database]
url = "sqlite:///var/lib/app/app.db"

[oidc]
issuer = "https://auth.%s"
client_id = "%s"
client_secret = "%s"
scopes = ["openid", "profile", "email", "groups"]
admin_group = "admins"

[log]
level = "info"
""" % (app(r), d, d, app(r), v)


@P("dex", "oidc_client_secret", "OIDC_CLIENT_SECRET", g_rand_mid, neutral=True)
def t_go_client(r, v):
    d = dom(r)
    return pick(r, ["internal/auth/oidc.go", "pkg/sso/client.go"]), """package auth

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

const issuer = "https://dex.%s"

func NewConfig(ctx context.Context, redirect string) (*oauth2.Config, *oidc.Provider, error) {
	provider, err := oidc.NewProvider(ctx, issuer)
	if err != nil {
		return nil, nil, err
	}
	cfg := &oauth2.Config{
		ClientID:     "%s",
		ClientSecret: "%s",
		RedirectURL:  redirect,
		Endpoint:     provider.Endpoint(),
		Scopes:       []string{oidc.ScopeOpenID, "profile", "email", "groups"},
	}
	return cfg, provider, nil
}
""" % (d, app(r), v)


@P("ory-hydra", "oidc_client_secret", "HYDRA_CLIENT_SECRET", g_rand_mid, neutral=True)
def t_sql_seed(r, v):
    a = app(r)
    d = dom(r)
    return pick(r, ["db/seed/oauth_clients.sql", "migrations/0007_seed_clients.sql"]), """-- Seed OAuth clients for the local environment
BEGIN;

INSERT INTO oauth_clients (client_id, client_name, redirect_uri, grant_types, created_at)
VALUES ('%s-web', '%s web', 'https://%s.%s/callback', 'authorization_code refresh_token', NOW());

INSERT INTO oauth_client_credentials (client_id, secret, rotated_at)
VALUES ('%s-web', '%s', NOW());

COMMIT;
""" % (a, a.capitalize(), a, d, a, v)


@P("oauth2-proxy", "oidc_client_secret", "OAUTH2_PROXY_CLIENT_SECRET", g_azure, neutral=True)
def t_node_client(r, v):
    d = dom(r)
    return pick(r, ["src/auth.js", "server/oidc.js"]), """const { auth } = require('express-openid-connect');

module.exports = function setupAuth(app) {
  app.use(
    auth({
      issuerBaseURL: 'https://login.microsoftonline.com/%s/v2.0',
      baseURL: 'https://%s.%s',
      clientID: '%s',
      clientSecret: '%s',
      secret: process.env.SESSION_SECRET,
      authRequired: false,
      authorizationParams: {
        response_type: 'code',
        scope: 'openid profile email',
      },
    })
  );
};
""" % (uuid4(r), app(r), d, uuid4(r), v)


# ================================================================ negative look-alike templates
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append(dict(fn=fn, provider=provider, kind=kind, name=fn.__name__))
        return fn
    return deco


@N("authelia", "argon2id-hash")
def n_au_users(r):
    d = dom(r)
    out = ["---", "###############################################################",
           "#                         Users Database                      #",
           "###############################################################", "", "users:"]
    for u in r.sample(USERS, r.randint(2, 4)):
        out += ["  %s:" % u, "    disabled: false", "    displayname: '%s'" % u.capitalize(),
                "    password: '%s'" % h_argon2(r), "    email: '%s@%s'" % (u, d),
                "    groups:", "      - '%s'" % pick(r, ["admins", "dev", "users"])]
    return pick(r, ["authelia/users_database.yml", "config/users_database.yml"]), "\n".join(out) + "\n"


@N("authelia", "pbkdf2-digest")
def n_au_client_digest(r):
    d = dom(r)
    out = ["identity_providers:", "  oidc:", "    hmac_secret: {{ secret \"/run/secrets/oidc_hmac\" | msquote }}", "    clients:"]
    for a in r.sample(APPS, 2):
        out += ["      - client_id: '%s'" % a, "        client_name: '%s'" % a.capitalize(),
                "        client_secret: '%s'  # digest, plaintext lives in the app's secret store" % h_pbkdf2(r),
                "        public: false", "        authorization_policy: 'two_factor'",
                "        redirect_uris:", "          - 'https://%s.%s/oauth2/callback'" % (a, d)]
    return pick(r, ["authelia/configuration.oidc.yml", "config/authelia/oidc-clients.yml"]), "\n".join(out) + "\n"


@N("tinyauth", "bcrypt-hash")
def n_tiny_users(r):
    d = dom(r)
    users = ",".join("%s:%s" % (u, h_bcrypt(r, "2a").replace("$", "$$")) for u in r.sample(USERS, 2))
    return pick(r, ["tinyauth/docker-compose.yml", "docker-compose.yml"]), """services:
  tinyauth:
    image: ghcr.io/steveiliop56/tinyauth:v4
    environment:
      - APP_URL=https://tinyauth.%s
      - SECRET_FILE=/run/secrets/tinyauth_secret
      - USERS=%s
    secrets:
      - tinyauth_secret
secrets:
  tinyauth_secret:
    file: ./secrets/tinyauth_secret.txt
""" % (d, users)


@N("nginx", "htpasswd")
def n_htpasswd(r):
    lines = ["%s:%s" % (u, h_bcrypt(r, "2y")) for u in r.sample(USERS, r.randint(2, 5))]
    return pick(r, ["nginx/.htpasswd", "deploy/nginx/htpasswd"]), "\n".join(lines) + "\n"


@N("traefik", "bcrypt-hash")
def n_traefik_basic(r):
    d = dom(r)
    return pick(r, ["traefik/dynamic/middlewares.yml", "config/traefik/dynamic.yaml"]), """http:
  middlewares:
    dashboard-auth:
      basicAuth:
        users:
          - "%s:%s"
          - "%s:%s"
        removeHeader: true
    authelia:
      forwardAuth:
        address: http://authelia:9091/api/authz/forward-auth
        trustForwardHeader: true
        authResponseHeaders:
          - Remote-User
          - Remote-Groups
          - Remote-Email
  routers:
    dashboard:
      rule: Host(`traefik.%s`)
      service: api@internal
      middlewares: [dashboard-auth]
""" % (pick(r, USERS), h_bcrypt(r, "2y"), pick(r, USERS), h_bcrypt(r, "2y"), d)


@N("oauth2-proxy", "file-reference")
def n_op_files(r):
    d = dom(r)
    return pick(r, ["oauth2-proxy.cfg", "etc/oauth2-proxy.cfg"]), """provider = "oidc"
oidc_issuer_url = "https://auth.%s"
client_id = "%s"
client_secret_file = "/run/secrets/oauth2_proxy_client_secret"
cookie_secret_file = "/run/secrets/oauth2_proxy_cookie_secret"
cookie_name = "__Host-oauth2"
cookie_secure = true
email_domains = ["%s"]
upstreams = ["http://127.0.0.1:%d/"]
redirect_url = "https://%s.%s/oauth2/callback"
""" % (d, uuid4(r), d, pick(r, [3000, 8080]), app(r), d)


@N("pomerium", "file-reference")
def n_pom_files(r):
    d = dom(r)
    return pick(r, ["pomerium/config.yaml", "config.yaml"]), """# Secrets are mounted by the orchestrator; generate each with
#   head -c32 /dev/urandom | base64
shared_secret_file: /run/secrets/POMERIUM_SHARED_SECRET
cookie_secret_file: /run/secrets/POMERIUM_COOKIE_SECRET
signing_key_file: /run/secrets/POMERIUM_SIGNING_KEY
idp_provider: oidc
idp_provider_url: https://login.%s
idp_client_id: %s
idp_client_secret_file: /run/secrets/POMERIUM_IDP_SECRET
authenticate_service_url: https://authenticate.%s
routes:
  - from: https://%s.%s
    to: http://%s:8080
    pass_identity_headers: true
""" % (d, uuid4(r), d, app(r), d, app(r))


def jwk_rsa(r):
    n = base64.urlsafe_b64encode(bytes([0xc0 | r.getrandbits(6)]) + rb(r, 255)).decode().rstrip("=")
    return {"kty": "RSA", "use": "sig", "kid": hx(r, 40), "alg": "RS256", "n": n, "e": "AQAB"}


def jwk_ec(r):
    return {"kty": "EC", "use": "sig", "kid": uuid4(r), "crv": "P-256", "alg": "ES256",
            "x": b64(r, 32, url=True, pad=False), "y": b64(r, 32, url=True, pad=False)}


@N("authelia", "jwks-public")
def n_jwks(r):
    keys = [jwk_rsa(r), jwk_ec(r)] if r.random() < 0.5 else [jwk_rsa(r)]
    return pick(r, ["tests/fixtures/jwks.json", "public/.well-known/jwks.json", "docs/examples/jwks.json"]), \
        json.dumps({"keys": keys}, indent=2) + "\n"


@N("keycloak", "oidc-discovery")
def n_discovery(r):
    d = dom(r)
    realm = pick(r, ["acme", "internal", "homelab"])
    base = "https://sso.%s/realms/%s" % (d, realm)
    doc = {"issuer": base, "authorization_endpoint": base + "/protocol/openid-connect/auth",
           "token_endpoint": base + "/protocol/openid-connect/token",
           "userinfo_endpoint": base + "/protocol/openid-connect/userinfo",
           "jwks_uri": base + "/protocol/openid-connect/certs",
           "end_session_endpoint": base + "/protocol/openid-connect/logout",
           "response_types_supported": ["code", "id_token", "code id_token"],
           "id_token_signing_alg_values_supported": ["RS256", "ES256", "PS256"],
           "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt"],
           "code_challenge_methods_supported": ["plain", "S256"]}
    return pick(r, ["tests/fixtures/openid-configuration.json", "mocks/oidc/discovery.json"]), json.dumps(doc, indent=2) + "\n"


@N("keycloak", "masked-realm-export")
def n_kc_masked(r):
    a = app(r)
    realm = pick(r, ["acme", "internal"])
    return pick(r, ["keycloak/realm-export.json", "realms/%s.json" % realm]), """{
  "id": "%s",
  "realm": "%s",
  "enabled": true,
  "clients": [
    {
      "id": "%s",
      "clientId": "%s",
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "redirectUris": ["https://%s.%s/*"],
      "publicClient": false,
      "protocol": "openid-connect"
    },
    {
      "id": "%s",
      "clientId": "%s-spa",
      "publicClient": true,
      "redirectUris": ["https://%s.%s/*"],
      "attributes": {"pkce.code.challenge.method": "S256"}
    }
  ]
}
""" % (uuid4(r), realm, uuid4(r), a, a, dom(r), uuid4(r), a, a, dom(r))


def fake_cert(r, label="CERTIFICATE"):
    der = bytes.fromhex("308203") + rb(r, 1) + bytes.fromhex("308202") + rb(r, 1) + bytes.fromhex("a003020102") + rb(r, 700)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, wrap64(base64.b64encode(der).decode()), label)


def fake_pub(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + \
        bytes([0xc0 | r.getrandbits(6)]) + rb(r, 255) + bytes.fromhex("0203010001")
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % wrap64(base64.b64encode(der).decode())


@N("keycloak", "public-key-pem")
def n_kc_pubkey(r):
    return pick(r, ["config/keycloak-realm-public.pem", "certs/sso-signing.pub.pem"]), fake_pub(r) + "\n"


@N("authelia", "certificate")
def n_cert(r):
    return pick(r, ["certs/ca.crt", "deploy/tls/authelia-ca.pem", "ldap/ca-chain.crt"]), fake_cert(r) + "\n"


@N("keycloak", "saml-metadata")
def n_saml(r):
    d = dom(r)
    body = base64.b64encode(rb(r, 720)).decode()
    return pick(r, ["saml/idp-metadata.xml", "config/sso/metadata.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sso.%s/realms/acme">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:KeyName>%s</ds:KeyName>
        <ds:X509Data>
          <ds:X509Certificate>%s</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sso.%s/realms/acme/protocol/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""" % (d, b64(r, 32, url=True, pad=False), "MIIC" + body, d)


@N("oauth2-proxy", "session-ids-in-logs")
def n_op_log(r):
    d = dom(r)
    lines = []
    for _ in range(r.randint(6, 12)):
        u = pick(r, USERS)
        lines.append('%s - %s - %s@%s [%s] %s.%s GET - "/%s" HTTP/1.1 "Mozilla/5.0" %d %d 0.%03d' % (
            ip(r), uuid4(r), u, d, ts(r).replace("T", " "), app(r), d, pick(r, ["", "api/v1/items", "oauth2/auth", "static/app.js"]),
            pick(r, [200, 202, 302, 401]), r.randint(0, 9000), r.randint(1, 999)))
        if r.random() < 0.3:
            lines.append("[%s] [session_store.go:%d] Refreshing session - User: %s; SessionAge: %dm; session id %s" % (
                ts(r), r.randint(100, 300), u, r.randint(1, 59), hx(r, 16)))
    return pick(r, ["logs/oauth2-proxy.log", "var/log/oauth2-proxy/access.log"]), "\n".join(lines) + "\n"


@N("authelia", "request-ids-in-logs")
def n_au_log(r):
    lines = []
    for _ in range(r.randint(6, 12)):
        lines.append(json.dumps({"level": pick(r, ["info", "debug", "error"]), "method": "GET",
                                 "msg": pick(r, ["Access to https://%s.%s/ is not authorized to user %s, responding with 302"
                                                 % (app(r), dom(r), pick(r, USERS)),
                                                 "Successful 2FA authentication attempt made by user '%s'" % pick(r, USERS),
                                                 "Check authorization of subject username=%s groups=admins" % pick(r, USERS)]),
                                 "path": "/api/authz/forward-auth", "remote_ip": ip(r),
                                 "request_id": uuid4(r), "time": ts(r) + "Z"}))
    return pick(r, ["logs/authelia.log", "support/authelia-debug.log"]), "\n".join(lines) + "\n"


@N("oauth2-proxy", "openssl-instructions")
def n_readme_gen(r):
    return pick(r, ["docs/secrets.md", "README.md", "docs/install/auth.md"]), """# Generating the secrets

Nothing in this repository contains real secret values. Generate them once per
environment and store them in the secret manager:

| Secret | Command |
|---|---|
| oauth2-proxy cookie secret | `openssl rand -base64 32 \\| tr -- '+/' '-_'` |
| Pomerium shared secret | `head -c32 /dev/urandom \\| base64` |
| Authelia JWT / session secrets | `authelia crypto rand --length 64 --charset alphanumeric` |
| Authentik secret key | `openssl rand -base64 60 \\| tr -d '\\n'` |
| Keycloak client secret | regenerate in the admin console, *Credentials* tab |

```bash
python -c 'import os,base64; print(base64.urlsafe_b64encode(os.urandom(32)).decode())'
```

Paste the output into the vault path `kv/auth/<env>/<name>`, never into a file
tracked by git.
"""


@N("authelia", "doc-example-secrets")
def n_doc_examples(r):
    d = dom(r)
    return pick(r, ["docs/authelia-minimal.md", "docs/examples/authelia.md"]), """# Minimal Authelia configuration (from the upstream docs)

The values below are the documentation's examples. Do **not** deploy them.

```yaml
identity_validation:
  reset_password:
    jwt_secret: 'a_very_important_secret'
session:
  secret: 'insecure_session_secret'
  cookies:
    - domain: '%s'
      authelia_url: 'https://auth.%s'
storage:
  encryption_key: 'a_very_important_secret'
```

The OpenID Connect playground client uses `insecure_secret` as its client secret.
""" % (d, d)


@N("authentik", "existing-secret-ref")
def n_ak_helm_existing(r):
    return pick(r, ["helm/authentik/values.yaml", "deploy/authentik-values.yaml"]), """authentik:
  log_level: info
  error_reporting:
    enabled: false

global:
  env:
    - name: AUTHENTIK_SECRET_KEY
      valueFrom:
        secretKeyRef:
          name: authentik-secrets
          key: secret-key
    - name: AUTHENTIK_POSTGRESQL__PASSWORD
      valueFrom:
        secretKeyRef:
          name: authentik-pg
          key: password

postgresql:
  enabled: true
  auth:
    existingSecret: authentik-pg
"""


@N("authelia", "external-secret")
def n_external_secret(r):
    ns = pick(r, ["authelia", "auth"])
    items = "".join("""    - secretKey: %s
      remoteRef:
        key: %s/authelia
        property: %s
""" % (k, pick(r, ["prod", "homelab"]), k.lower()) for k in ["JWT_SECRET", "SESSION_SECRET", "STORAGE_ENCRYPTION_KEY"])
    return pick(r, ["k8s/authelia/externalsecret.yaml", "clusters/prod/auth/external-secret.yml"]), """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: authelia
  namespace: %s
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: authelia
  data:
%s""" % (ns, items)


@N("pomerium", "sealed-secret")
def n_sealed(r):
    enc = lambda: "Ag" + base64.b64encode(rb(r, r.randint(300, 420))).decode()
    return pick(r, ["k8s/pomerium/sealedsecret.yaml", "clusters/edge/pomerium-sealed.yaml"]), """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pomerium-bootstrap
  namespace: pomerium
spec:
  encryptedData:
    cookie_secret: %s
    shared_secret: %s
  template:
    metadata:
      name: pomerium-bootstrap
      namespace: pomerium
    type: Opaque
""" % (enc(), enc())


@N("authentik", "sops-encrypted")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(rb(r, n)).decode(), base64.b64encode(rb(r, 32)).decode(), base64.b64encode(rb(r, 16)).decode())
    return pick(r, ["secrets/authentik.enc.yaml", "clusters/prod/authentik/secrets.sops.yaml"]), """authentik:
    secret_key: %s
    postgresql:
        password: %s
sops:
    age:
        - recipient: age1%s
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            %s
            %s
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "%sZ"
    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""" % (enc(60), enc(24), rs(r, 58, LO + DG), b64(r, 45), b64(r, 45), ts(r),
       base64.b64encode(rb(r, 64)).decode(), base64.b64encode(rb(r, 32)).decode(), base64.b64encode(rb(r, 16)).decode())


@N("ansible", "vault-encrypted")
def n_ansible_vault(r):
    blob = hx(r, r.randint(600, 900))
    return pick(r, ["ansible/group_vars/auth/vault.yml", "inventory/prod/group_vars/sso/vault.yml"]), \
        "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80)) + "\n"


@N("oauth2-proxy", "random-password-resource")
def n_tf_random(r):
    a = app(r)
    return pick(r, ["terraform/secrets.tf", "infra/auth/random.tf"]), """resource "random_password" "cookie_secret" {
  length           = 32
  override_special = "-_"
}

resource "random_password" "pomerium_shared" {
  length  = 32
  special = false
}

resource "kubernetes_secret" "%s_auth" {
  metadata {
    name      = "%s-auth"
    namespace = "auth"
  }
  data = {
    cookie-secret = random_password.cookie_secret.result
    shared-secret = base64encode(random_password.pomerium_shared.result)
    client-secret = var.%s_client_secret
  }
}

output "cookie_secret" {
  value     = random_password.cookie_secret.result
  sensitive = true
}
""" % (a, a, a)


@N("keycloak", "tf-variable-reference")
def n_tf_kc(r):
    a = app(r)
    return pick(r, ["terraform/keycloak_clients.tf", "infra/sso/%s.tf" % a]), """data "vault_kv_secret_v2" "%s" {
  mount = "kv"
  name  = "sso/%s"
}

resource "keycloak_openid_client" "%s" {
  realm_id      = keycloak_realm.main.id
  client_id     = "%s"
  access_type   = "CONFIDENTIAL"
  client_secret = data.vault_kv_secret_v2.%s.data["client_secret"]
  valid_redirect_uris = ["https://%s.%s/*"]
}
""" % (a, a, a, a, a, a, dom(r))


@N("authelia", "file-env-reference")
def n_compose_file_env(r):
    return pick(r, ["docker-compose.yml", "authelia/compose.yaml"]), """services:
  authelia:
    image: authelia/authelia:4.38
    environment:
      AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET_FILE: /run/secrets/JWT_SECRET
      AUTHELIA_SESSION_SECRET_FILE: /run/secrets/SESSION_SECRET
      AUTHELIA_STORAGE_ENCRYPTION_KEY_FILE: /run/secrets/STORAGE_ENCRYPTION_KEY
      AUTHELIA_AUTHENTICATION_BACKEND_LDAP_PASSWORD_FILE: /run/secrets/LDAP_PASSWORD
    secrets: [JWT_SECRET, SESSION_SECRET, STORAGE_ENCRYPTION_KEY, LDAP_PASSWORD]
secrets:
  JWT_SECRET:
    file: ./secrets/JWT_SECRET
  SESSION_SECRET:
    file: ./secrets/SESSION_SECRET
  STORAGE_ENCRYPTION_KEY:
    file: ./secrets/STORAGE_ENCRYPTION_KEY
  LDAP_PASSWORD:
    file: ./secrets/LDAP_PASSWORD
"""


@N("caddy", "forward-auth-config")
def n_caddy_fwd(r):
    d = dom(r)
    return pick(r, ["Caddyfile", "caddy/Caddyfile"]), """(authelia) {
	forward_auth authelia:9091 {
		uri /api/authz/forward-auth
		copy_headers Remote-User Remote-Groups Remote-Email Remote-Name
	}
}

auth.%s {
	reverse_proxy authelia:9091
}

%s.%s {
	import authelia
	reverse_proxy %s:8080
}
""" % (d, app(r), d, app(r))


@N("nginx", "auth-request-config")
def n_nginx_authreq(r):
    d = dom(r)
    return pick(r, ["nginx/snippets/auth.conf", "deploy/nginx/authelia-location.conf"]), """# Shared auth_request snippet
location /internal/authelia/authz {
    internal;
    proxy_pass http://authelia:9091/api/authz/auth-request;
    proxy_set_header X-Original-Method $request_method;
    proxy_set_header X-Original-URL $scheme://$http_host$request_uri;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header Content-Length "";
    proxy_set_header Connection "";
    proxy_pass_request_body off;
}

auth_request /internal/authelia/authz;
auth_request_set $user $upstream_http_remote_user;
auth_request_set $groups $upstream_http_remote_groups;
auth_request_set $redirection_url $upstream_http_location;
error_page 401 =302 $redirection_url;
proxy_set_header Remote-User $user;
proxy_set_header Remote-Groups $groups;
# cookie: authelia_session on .%s
"""  % d


@N("teleport", "ca-pin")
def n_tp_capin(r):
    d = dom(r)
    return pick(r, ["teleport/node.yaml", "etc/teleport-node.yaml"]), """version: v3
teleport:
  nodename: %s-%02d
  data_dir: /var/lib/teleport
  join_params:
    token_name: /var/lib/teleport/token
    method: token
  proxy_server: teleport.%s:443
  ca_pin: "sha256:%s"
  log:
    output: stderr
    severity: INFO
ssh_service:
  enabled: true
  labels:
    env: %s
auth_service:
  enabled: false
proxy_service:
  enabled: false
""" % (pick(r, ["web", "db", "worker"]), r.randint(1, 20), d, hx(r, 64), pick(r, ["prod", "staging"]))


@N("teleport", "iam-join-token")
def n_tp_iam(r):
    return pick(r, ["teleport/tokens/iam-token.yaml", "resources/token-ec2.yaml"]), """kind: token
version: v2
metadata:
  name: %s-iam-token
  expires: "2030-01-01T00:00:00Z"
spec:
  roles: [Node]
  join_method: iam
  allow:
    - aws_account: "%d"
      aws_arn: "arn:aws:sts::%d:assumed-role/teleport-node/i-*"
""" % (pick(r, ["ec2", "asg", "fleet"]), r.randint(10 ** 11, 10 ** 12 - 1), r.randint(10 ** 11, 10 ** 12 - 1))


@N("cloudflare-access", "aud-tag")
def n_cf_aud(r):
    d = dom(r)
    return pick(r, ["config/access.yaml", "deploy/cf-access-verify.yml"]), """# Validate the Cf-Access-Jwt-Assertion header on the origin.
cloudflare_access:
  team_domain: https://%s.cloudflareaccess.com
  certs_url: https://%s.cloudflareaccess.com/cdn-cgi/access/certs
  # Application Audience (AUD) tag, public: it is part of every issued JWT
  audience: %s
  header: Cf-Access-Jwt-Assertion
  cookie: CF_Authorization
  allowed_emails:
    - %s@%s
""" % ((pick(r, ["acme", "northwind", "homelab"]),) * 2 + (hx(r, 64), pick(r, USERS), d))


@N("cloudflare-access", "client-id-env-secret")
def n_cf_id_only(r):
    return pick(r, ["scripts/ping-internal.sh", "bin/cf-curl.sh"]), """#!/bin/sh
# Client id is not secret; the secret comes from the CI secret store.
set -eu
: "${CF_ACCESS_CLIENT_SECRET:?set CF_ACCESS_CLIENT_SECRET}"
CF_ACCESS_CLIENT_ID="%s"

curl -fsS \\
  -H "CF-Access-Client-Id: ${CF_ACCESS_CLIENT_ID}" \\
  -H "CF-Access-Client-Secret: ${CF_ACCESS_CLIENT_SECRET}" \\
  "https://%s.%s/api/health"
""" % ("%s.access" % hx(r, 32), app(r), dom(r))


@N("github-actions", "secrets-context")
def n_gha(r):
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/e2e.yml"]), """name: deploy-auth-stack
on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Render secrets
        env:
          OAUTH2_PROXY_COOKIE_SECRET: ${{ secrets.OAUTH2_PROXY_COOKIE_SECRET }}
          OAUTH2_PROXY_CLIENT_SECRET: ${{ secrets.OAUTH2_PROXY_CLIENT_SECRET }}
          CF_ACCESS_CLIENT_SECRET: ${{ secrets.CF_ACCESS_CLIENT_SECRET }}
        run: ./scripts/render-secrets.sh > /dev/null
      - name: Deploy
        run: helm upgrade --install oauth2-proxy oauth2-proxy/oauth2-proxy -f deploy/values.yaml --set config.existingSecret=oauth2-proxy
"""


@N("oauth2-proxy", "checksums")
def n_dockerfile_sha(r):
    v = pick(r, ["7.5.1", "7.6.0", "7.7.1", "7.8.1"])
    return pick(r, ["Dockerfile", "docker/oauth2-proxy.Dockerfile"]), """FROM alpine:3.20
ARG OAUTH2_PROXY_VERSION=v%s
ARG OAUTH2_PROXY_SHA256=%s
RUN apk add --no-cache ca-certificates curl \\
 && curl -fsSLo /tmp/op.tgz https://github.com/oauth2-proxy/oauth2-proxy/releases/download/${OAUTH2_PROXY_VERSION}/oauth2-proxy-${OAUTH2_PROXY_VERSION}.linux-amd64.tar.gz \\
 && echo "${OAUTH2_PROXY_SHA256}  /tmp/op.tgz" | sha256sum -c - \\
 && tar -xzf /tmp/op.tgz -C /usr/local/bin --strip-components=1 \\
 && rm /tmp/op.tgz
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/oauth2-proxy"]
""" % (v, hx(r, 64))


@N("dex", "sha256sums")
def n_sha256sums(r):
    v = ver(r, (2, 2))
    lines = ["%s  dex-%s-%s.tar.gz" % (hx(r, 64), v, p) for p in ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"]]
    return pick(r, ["vendor/dex/SHA256SUMS", "tools/checksums.txt"]), "\n".join(lines) + "\n"


@N("authentik", "npm-integrity")
def n_lock(r):
    pk = {}
    for name in ["oidc-client-ts", "jose", "openid-client", "jwt-decode", "express-session"]:
        pk["node_modules/" + name] = {"version": ver(r, (1, 5)), "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name),
                                      "integrity": "sha512-" + b64(r, 64)}
    return pick(r, ["web/package-lock.json", "frontend/package-lock.json"]), json.dumps(
        {"name": "auth-ui", "version": "0.1.0", "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@N("pomerium", "image-digests")
def n_k8s_digest(r):
    return pick(r, ["k8s/pomerium/deployment.yaml", "kustomize/base/pomerium.yaml"]), """apiVersion: apps/v1
kind: Deployment
metadata:
  name: pomerium
spec:
  template:
    spec:
      containers:
        - name: pomerium
          image: pomerium/pomerium@sha256:%s
          envFrom:
            - secretRef:
                name: pomerium-bootstrap
        - name: verify
          image: pomerium/verify@sha256:%s
""" % (hx(r, 64), hx(r, 64))


@N("ssh", "public-keys")
def n_ssh_pub(r):
    lines = []
    for u in r.sample(USERS, r.randint(2, 4)):
        if r.random() < 0.6:
            lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (b64(r, 32)[:43], u, dom(r)))
        else:
            lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@laptop" % (b64(r, 380).rstrip("="), u))
    return pick(r, ["teleport/authorized_keys", "ansible/files/authorized_keys"]), "\n".join(lines) + "\n"


@N("teleport", "host-fingerprints")
def n_fingerprints(r):
    out = ["# Host key fingerprints for the bastion hosts (verify on first connect)"]
    for i in range(r.randint(3, 6)):
        out.append("bastion-%02d.%s ED25519 SHA256:%s" % (i + 1, dom(r), b64(r, 32, pad=False)))
    return pick(r, ["docs/host-fingerprints.md", "ops/known-fingerprints.txt"]), "\n".join(out) + "\n"


@N("authelia", "jwt-claims-doc")
def n_jwt_claims(r):
    d = dom(r)
    return pick(r, ["docs/id-token.md", "docs/oidc/claims.md"]), """# ID token contents

Header:

```json
{"alg": "RS256", "kid": "%s", "typ": "JWT"}
```

Claims issued by `https://auth.%s` to client `%s`:

```json
{
  "iss": "https://auth.%s",
  "sub": "%s",
  "aud": ["%s"],
  "exp": %d,
  "iat": %d,
  "auth_time": %d,
  "amr": ["pwd", "otp", "mfa"],
  "azp": "%s",
  "nonce": "%s",
  "at_hash": "%s",
  "preferred_username": "%s",
  "groups": ["admins", "dev"]
}
```
""" % (hx(r, 16), d, app(r), d, uuid4(r), app(r), 1718000000 + r.randint(0, 10 ** 7), 1718000000, 1717999990, app(r),
       rs(r, 22), b64(r, 16, url=True, pad=False), pick(r, USERS))


@N("ory-kratos", "identity-schema")
def n_kratos_schema(r):
    return pick(r, ["kratos/identity.schema.json", "config/identity.schema.json"]), json.dumps({
        "$id": "https://schemas.%s/presets/kratos/identity.email.schema.json" % dom(r),
        "$schema": "http://json-schema.org/draft-07/schema#", "title": "Person", "type": "object",
        "properties": {"traits": {"type": "object", "properties": {
            "email": {"type": "string", "format": "email", "title": "E-Mail",
                      "ory.sh/kratos": {"credentials": {"password": {"identifier": True}}, "recovery": {"via": "email"}}},
            "name": {"type": "object", "properties": {"first": {"type": "string"}, "last": {"type": "string"}}}},
            "required": ["email"], "additionalProperties": False}}}, indent=2) + "\n"


@N("ory-hydra", "cli-env-secret")
def n_hydra_cli(r):
    a = app(r)
    d = dom(r)
    return pick(r, ["scripts/create-clients.sh", "hydra/bootstrap.sh"]), """#!/usr/bin/env bash
set -euo pipefail
: "${%s_CLIENT_SECRET:?export the client secret first}"

hydra create oauth2-client \\
  --endpoint http://hydra:4445 \\
  --name "%s" \\
  --grant-type authorization_code,refresh_token \\
  --response-type code \\
  --scope openid,offline_access,email \\
  --redirect-uri https://%s.%s/callback \\
  --secret "${%s_CLIENT_SECRET}" \\
  --format json | jq -r '.client_id'
""" % (a.upper(), a, a, d, a.upper())


@N("zitadel", "machine-key-metadata")
def n_zit_meta(r):
    rows = ["key_id,user_id,type,expiration_date,created"]
    for _ in range(r.randint(3, 6)):
        rows.append("%d,%d,KEY_TYPE_JSON,%s,%s" % (r.randint(10 ** 17, 10 ** 18 - 1), r.randint(10 ** 17, 10 ** 18 - 1),
                                                   pick(r, ["2519-04-01T08:45:00Z", "2026-12-31T00:00:00Z"]), ts(r) + "Z"))
    return pick(r, ["docs/zitadel-machine-keys.csv", "audit/machine-keys.csv"]), "\n".join(rows) + "\n"


@N("authentik", "users-export-csv")
def n_users_csv(r):
    d = dom(r)
    rows = ["username,email,groups,last_login,mfa_enabled,uuid"]
    for u in r.sample(USERS, r.randint(4, 8)):
        rows.append("%s,%s@%s,%s,%s,%s,%s" % (u, u, d, pick(r, ["admins", "users", "dev;users"]), ts(r) + "Z",
                                             pick(r, ["true", "false"]), uuid4(r)))
    return pick(r, ["reports/authentik-users.csv", "exports/users.csv"]), "\n".join(rows) + "\n"


@N("keycloak", "token-hash-sql")
def n_sql_hashes(r):
    rows = ",\n".join("  ('%s', '%s', '%s', '%s')" % (uuid4(r), pick(r, USERS), hx(r, 64), ts(r).replace("T", " "))
                      for _ in range(r.randint(3, 6)))
    return pick(r, ["db/fixtures/api_tokens.sql", "migrations/0012_token_fixtures.sql"]), """-- Only SHA-256 digests of tokens are stored; the plaintext is shown once at creation.
CREATE TABLE IF NOT EXISTS api_tokens (
  id UUID PRIMARY KEY,
  owner TEXT NOT NULL,
  token_sha256 CHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL
);

INSERT INTO api_tokens (id, owner, token_sha256, created_at) VALUES
%s;
""" % rows


@N("prometheus", "bearer-token-file")
def n_prom(r):
    return pick(r, ["prometheus/prometheus.yml", "monitoring/prometheus.yml"]), """global:
  scrape_interval: 30s
scrape_configs:
  - job_name: authelia
    metrics_path: /metrics
    static_configs:
      - targets: ['authelia:9959']
  - job_name: oauth2-proxy
    static_configs:
      - targets: ['oauth2-proxy:44180']
  - job_name: keycloak
    scheme: https
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/keycloak-token
    static_configs:
      - targets: ['sso.%s:9000']
""" % dom(r)


@N("grafana", "file-provider-ref")
def n_grafana_file(r):
    d = dom(r)
    return pick(r, ["grafana/grafana.ini", "config/grafana.ini"]), """[server]
root_url = https://grafana.%s/

[auth.generic_oauth]
enabled = true
name = Authelia
client_id = grafana
client_secret = $__file{/run/secrets/grafana_oidc_secret}
scopes = openid profile email groups
auth_url = https://auth.%s/api/oidc/authorization
token_url = https://auth.%s/api/oidc/token
api_url = https://auth.%s/api/oidc/userinfo
login_attribute_path = preferred_username
use_pkce = true
""" % (d, d, d, d)


@N("keycloak", "spring-placeholders")
def n_spring(r):
    return pick(r, ["src/main/resources/application.properties", "api/src/main/resources/application.properties"]), """spring.application.name=%s-api
server.port=8080
spring.security.oauth2.client.registration.keycloak.client-id=%s-api
spring.security.oauth2.client.registration.keycloak.client-secret=${KEYCLOAK_CLIENT_SECRET}
spring.security.oauth2.client.registration.keycloak.scope=openid,profile
spring.security.oauth2.client.provider.keycloak.issuer-uri=https://sso.%s/realms/%s
spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://sso.%s/realms/%s/protocol/openid-connect/certs
management.endpoints.web.exposure.include=health
""" % (app(r), app(r), dom(r), "acme", dom(r), "acme")


@N("keycloak", "python-env")
def n_py_env(r):
    return pick(r, ["app/settings.py", "backend/config.py"]), """import os

OIDC_ISSUER = os.environ.get("OIDC_ISSUER", "https://sso.%s/realms/%s")
OIDC_CLIENT_ID = os.environ.get("OIDC_CLIENT_ID", "%s")
OIDC_CLIENT_SECRET = os.environ["OIDC_CLIENT_SECRET"]
SESSION_COOKIE_NAME = "%s_session"
SESSION_COOKIE_SECURE = True
SECRET_KEY = os.environ["FLASK_SECRET_KEY"]
REDIRECT_URI = "https://%s.%s/auth/callback"
""" % (dom(r), "acme", app(r), app(r), app(r), dom(r))


@N("authelia", "node-env")
def n_node_env(r):
    return pick(r, ["src/config/auth.js", "server/auth-config.js"]), """module.exports = {
  issuerBaseURL: process.env.OIDC_ISSUER || 'https://auth.%s',
  baseURL: process.env.BASE_URL || 'https://%s.%s',
  clientID: process.env.OIDC_CLIENT_ID || '%s',
  clientSecret: process.env.OIDC_CLIENT_SECRET,
  secret: process.env.SESSION_SECRET,
  idpLogout: true,
  session: { rollingDuration: 86400, cookie: { sameSite: 'Lax' } },
};
""" % (dom(r), app(r), dom(r), app(r))


@N("dex", "go-getenv")
def n_go_env(r):
    return pick(r, ["internal/config/config.go", "cmd/server/config.go"]), """package config

import "os"

type OIDC struct {
	Issuer       string
	ClientID     string
	ClientSecret string
	RedirectURL  string
}

func FromEnv() OIDC {
	return OIDC{
		Issuer:       getenv("OIDC_ISSUER", "https://dex.%s"),
		ClientID:     getenv("OIDC_CLIENT_ID", "%s"),
		ClientSecret: os.Getenv("OIDC_CLIENT_SECRET"),
		RedirectURL:  getenv("OIDC_REDIRECT_URL", "http://localhost:8080/callback"),
	}
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
""" % (dom(r), app(r))


@N("traefik", "forward-auth-toml")
def n_traefik_toml(r):
    d = dom(r)
    a = app(r)
    return pick(r, ["traefik/dynamic.toml", "config/traefik/auth.toml"]), """[http.middlewares]
  [http.middlewares.sso.forwardAuth]
    address = "http://traefik-forward-auth:4181"
    trustForwardHeader = true
    authResponseHeaders = ["X-Forwarded-User"]

[http.routers]
  [http.routers.%s]
    rule = "Host(`%s.%s`)"
    service = "%s"
    middlewares = ["sso"]
    [http.routers.%s.tls]
      certResolver = "le"
"""  % ((a, a, d, a, a))


@N("authentik", "env-example-empty")
def n_env_example(r):
    return pick(r, [".env.example", "authentik/.env.sample", "deploy/.env.template"]), """# Copy to .env and fill in. Generate values with:
#   echo "PG_PASS=$(openssl rand -base64 36 | tr -d '\\n')" >> .env
#   echo "AUTHENTIK_SECRET_KEY=$(openssl rand -base64 60 | tr -d '\\n')" >> .env
PG_USER=authentik
PG_DB=authentik
PG_PASS=
AUTHENTIK_SECRET_KEY=
AUTHENTIK_ERROR_REPORTING__ENABLED=false
AUTHENTIK_EMAIL__HOST=smtp.%s
AUTHENTIK_EMAIL__PASSWORD=
COMPOSE_PORT_HTTP=9000
COMPOSE_PORT_HTTPS=9443
""" % dom(r)


@N("authelia", "cookie-names-redirects")
def n_au_cookies(r):
    d = dom(r)
    d2 = dom(r)
    return pick(r, ["authelia/session.yml", "config/authelia/session.yml"]), """session:
  secret: {{ secret "/run/secrets/SESSION_SECRET" | msquote }}
  name: 'authelia_session'
  same_site: 'lax'
  expiration: '1h'
  inactivity: '5m'
  remember_me: '1M'
  cookies:
    - domain: '%s'
      authelia_url: 'https://auth.%s'
      default_redirection_url: 'https://home.%s'
    - domain: '%s'
      name: 'authelia_session_%s'
      authelia_url: 'https://auth.%s'
""" % (d, d, d, d2, d2.split(".")[0].replace("-", "_"), d2)


@N("authentik", "blueprint-env-tags")
def n_ak_blueprint(r):
    a = app(r)
    d = dom(r)
    return pick(r, ["blueprints/%s.yaml" % a, "authentik/blueprints/oidc-%s.yaml" % a]), """version: 1
metadata:
  name: %s OIDC provider
entries:
  - model: authentik_providers_oauth2.oauth2provider
    id: %s-provider
    identifiers:
      name: %s
    attrs:
      authorization_flow: !Find [authentik_flows.flow, [slug, default-provider-authorization-implicit-consent]]
      client_type: confidential
      client_id: %s
      client_secret: !Env [%s_OIDC_SECRET, ""]
      redirect_uris:
        - matching_mode: strict
          url: https://%s.%s/oauth2/callback
      signing_key: !Find [authentik_crypto.certificatekeypair, [name, authentik Self-signed Certificate]]
  - model: authentik_core.application
    identifiers:
      slug: %s
    attrs:
      name: %s
      provider: !KeyOf %s-provider
""" % (a.capitalize(), a, a, rs(r, 40), a.upper(), a, d, a, a.capitalize(), a)


@N("dex", "secret-env-and-hash")
def n_dex_secretenv(r):
    d = dom(r)
    u = pick(r, USERS)
    return pick(r, ["dex/config.yaml", "deploy/dex.yaml"]), """issuer: https://dex.%s
storage:
  type: sqlite3
  config:
    file: /var/dex/dex.db
web:
  http: 0.0.0.0:5556
staticClients:
  - id: %s
    name: %s
    secretEnv: %s_DEX_SECRET
    redirectURIs:
      - https://%s.%s/callback
enablePasswordDB: true
staticPasswords:
  - email: "%s@%s"
    # bcrypt hash, cost 10
    hash: "%s"
    username: "%s"
    userID: "%s"
""" % (d, app(r), app(r), app(r).upper(), app(r), d, u, d, h_bcrypt(r, "2a"), u, uuid4(r))


@N("vouch-proxy", "env-references")
def n_vouch_env(r):
    d = dom(r)
    return pick(r, ["vouch/docker-compose.yml", "docker-compose.vouch.yml"]), """services:
  vouch-proxy:
    image: quay.io/vouch/vouch-proxy:latest
    environment:
      - VOUCH_DOMAINS=%s
      - VOUCH_COOKIE_DOMAIN=%s
      - VOUCH_JWT_SECRET=${VOUCH_JWT_SECRET:?generate with openssl rand -base64 32}
      - OAUTH_PROVIDER=github
      - OAUTH_CLIENT_ID=${OAUTH_CLIENT_ID}
      - OAUTH_CLIENT_SECRET=${OAUTH_CLIENT_SECRET}
      - OAUTH_CALLBACK_URL=https://vouch.%s/auth
    ports:
      - "9090:9090"
""" % (d, d, d)


@N("kubernetes", "binarydata-base64")
def n_cm_binary(r):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rb(r, r.randint(250, 500))
    return pick(r, ["k8s/authelia/branding-configmap.yaml", "manifests/login-branding.yaml"]), """apiVersion: v1
kind: ConfigMap
metadata:
  name: login-branding
  namespace: auth
data:
  title: "%s SSO"
binaryData:
  logo.png: %s
""" % (pick(r, ["Acme", "Northwind", "Homelab"]), base64.b64encode(png).decode())


@N("oauth2-proxy", "changelog-shas")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(3, 5)):
        out += ["## v%s" % ver(r, (1, 3)), ""]
        for _ in range(r.randint(2, 4)):
            out.append("- %s (%s)" % (pick(r, ["Rotate cookie secret handling to support 24-byte keys",
                                                "Move client secrets to secret files",
                                                "Bump oauth2-proxy to v7.7.1", "Add Pomerium route for grafana",
                                                "Fix redirect loop when cookie domain differs",
                                                "Document Authelia hmac_secret rotation"]), hx(r, 40)[:pick(r, [7, 12, 40])]))
        out.append("")
    return pick(r, ["CHANGELOG.md", "docs/CHANGELOG.md"]), "\n".join(out)


@N("authelia", "webauthn-export")
def n_webauthn(r):
    creds = []
    for u in r.sample(USERS, 2):
        creds.append({"created_at": ts(r) + "Z", "rpid": "auth." + dom(r), "username": u, "description": pick(r, ["YubiKey 5C", "Pixel passkey"]),
                      "kid": b64(r, 32, url=True, pad=False), "aaguid": uuid4(r), "attestation_type": "none",
                      "transports": ["usb", "nfc"], "sign_count": r.randint(0, 400),
                      "public_key": base64.b64encode(bytes.fromhex("a5010203262001215820") + rb(r, 32) + bytes.fromhex("225820") + rb(r, 32)).decode()})
    return pick(r, ["backups/webauthn-credentials.json", "exports/webauthn.json"]), json.dumps(
        {"webauthn_credentials": creds}, indent=2) + "\n"


@N("oauth2-proxy", "values-schema")
def n_schema(r):
    return pick(r, ["charts/auth/values.schema.json", "helm/oauth2-proxy/values.schema.json"]), json.dumps({
        "$schema": "https://json-schema.org/draft-07/schema#", "type": "object",
        "properties": {"config": {"type": "object", "properties": {
            "clientID": {"type": "string", "description": "OAuth client id (public)"},
            "clientSecret": {"type": "string", "description": "OAuth client secret; prefer existingSecret", "default": ""},
            "cookieSecret": {"type": "string", "description": "16, 24 or 32 bytes, base64url", "minLength": 0},
            "existingSecret": {"type": "string", "default": ""}}}}}, indent=2) + "\n"


@N("oauth2-proxy", "alpha-config-file-refs")
def n_op_alpha(r):
    d = dom(r)
    return pick(r, ["oauth2-proxy/alpha_config.yaml", "config/oauth2-proxy-alpha.yml"]), """upstreamConfig:
  upstreams:
    - id: %s
      path: /
      uri: http://%s:8080
injectRequestHeaders:
  - name: X-Forwarded-Email
    values:
      - claim: email
providers:
  - id: oidc
    provider: oidc
    clientID: %s
    clientSecretFile: /etc/oauth2-proxy/client-secret
    oidcConfig:
      issuerURL: https://auth.%s
      emailClaim: email
      audienceClaims: [aud]
      insecureSkipNonce: false
server:
  BindAddress: 0.0.0.0:4180
""" % (app(r), app(r), uuid4(r), d)


@N("keycloak", "client-id-table")
def n_kc_table(r):
    d = dom(r)
    rows = ["| Application | Client ID | Internal id | Redirect URI |", "|---|---|---|---|"]
    for a in r.sample(APPS, r.randint(4, 7)):
        rows.append("| %s | `%s` | `%s` | `https://%s.%s/oauth2/callback` |" % (a.capitalize(), a, uuid4(r), a, d))
    return pick(r, ["docs/sso-clients.md", "docs/keycloak/clients.md"]), "# Registered OIDC clients\n\nIssuer: `https://sso.%s/realms/staff`\n\n" % d + "\n".join(rows) + "\n\nSecrets live in Vault under `kv/sso/<client-id>`.\n"


@N("pomerium", "policy-claims")
def n_pom_policy(r):
    d = dom(r)
    return pick(r, ["pomerium/routes.yaml", "config/pomerium-routes.yml"]), """routes:
  - from: https://%s.%s
    to: http://%s:3000
    pass_identity_headers: true
    jwt_claims_headers:
      X-Email: email
      X-Groups: groups
    policy:
      - allow:
          and:
            - email:
                ends_with: "@%s"
  - from: https://verify.%s
    to: http://verify:8000
    allow_any_authenticated_user: true
    set_request_headers:
      X-Request-Id: "${pomerium.request_id}"
""" % (app(r), d, app(r), d, d)


@N("cloudflare-access", "tf-service-token-output")
def n_cf_tf(r):
    return pick(r, ["terraform/cloudflare_access.tf", "infra/cf/access.tf"]), """resource "cloudflare_zero_trust_access_service_token" "ci" {
  account_id = var.cloudflare_account_id
  name       = "ci-smoke-tests"
  duration   = "8760h"
}

resource "github_actions_secret" "cf_client_secret" {
  repository      = "%s"
  secret_name     = "CF_ACCESS_CLIENT_SECRET"
  plaintext_value = cloudflare_zero_trust_access_service_token.ci.client_secret
}

output "cf_access_client_id" {
  value = cloudflare_zero_trust_access_service_token.ci.client_id
}
""" % app(r)


@N("zitadel", "steps-file-path")
def n_zit_steps(r):
    d = dom(r)
    return pick(r, ["zitadel/steps.yaml", "deploy/zitadel-init-steps.yaml"]), """FirstInstance:
  MachineKeyPath: /machinekey/zitadel-admin-sa.json
  PatPath: /machinekey/pat.txt
  Org:
    Name: %s
    Machine:
      Machine:
        Username: zitadel-admin-sa
        Name: Admin
      MachineKey:
        ExpirationDate: "2030-01-01T00:00:00Z"
        Type: 1
  DefaultLanguage: en
  InstanceName: %s
# masterkey is read from --masterkeyFromEnv (ZITADEL_MASTERKEY) at start
""" % (pick(r, ["Acme", "Homelab"]), d)


# ================================================================ driver
SPECIAL_TYPES = {"dockerfile": "dockerfile", "caddyfile": "caddyfile", "sha256sums": "txt",
                 "authorized_keys": "txt", "htpasswd": "htpasswd", ".htpasswd": "htpasswd"}
ENV_BLOCKED = re.compile(r"^\.env(\.(local|dev|development|prod|production|staging|test))*$")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    low = base.lower()
    if low.startswith(".env"):
        return "env"
    if low in SPECIAL_TYPES:
        return SPECIAL_TYPES[low]
    if low.endswith(".dockerfile"):
        return "dockerfile"
    if "." in low.lstrip("."):
        return low.rsplit(".", 1)[-1]
    return low.lstrip(".")


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, "needle not in file"
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def cycle(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_lj.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []
    n_env = 0

    for i, spec in enumerate(cycle(r, POS, 500)):
        g = spec["gen"](r)
        value, needle = g if isinstance(g, tuple) else (g, g)
        path, text = spec["fn"](r, value)
        if ENV_BLOCKED.match(path.rsplit("/", 1)[-1]):
            n_env += 1
        rel = "pos/p%04d/%s" % (i, path)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        assert text.count(needle) >= 1 and len(needle) >= 8
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": spec["provider"], "kind": spec["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    assert n_env <= 25, n_env

    jobs = [("reuse", s) for s in cycle(r, POS, 250)] + [("look", s) for s in cycle(r, NEG, 250)]
    r.shuffle(jobs)
    for i, (mode, spec) in enumerate(jobs):
        if mode == "reuse":
            v, cat = negval(r, spec)
            path, text = spec["fn"](r, v)
            kind = "%s:%s" % (cat, spec["kind"])
        else:
            path, text = spec["fn"](r)
            kind = spec["kind"]
        dname, _, base = path.rpartition("/")
        if ENV_BLOCKED.match(base):
            path = (dname + "/" if dname else "") + ".env.example"
        assert not ENV_BLOCKED.match(path.rsplit("/", 1)[-1])
        assert "PRIVATE KEY-----\n" not in text and "PRIVATE KEY-----\\n" not in text
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": spec["provider"], "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read check: every needle is on its recorded line of the file on disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
