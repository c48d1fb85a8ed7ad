#!/usr/bin/env python3
"""gen_kr.py - blind evaluation set: file-per-secret layouts.

EMPHASIS
    Files whose whole content (or a single line) is the secret, as projects
    commit them by accident, plus the referencing file next to them:
    Docker/Compose secrets (secrets/db_password.txt, `secrets: x: file:`),
    *_FILE conventions (POSTGRES_PASSWORD_FILE, MYSQL_ROOT_PASSWORD_FILE,
    GF_SECURITY_ADMIN_PASSWORD__FILE), Kubernetes mounted secret volumes and
    kustomize secretGenerator `files:`/`envs:`/`literals:` sources, Service
    Binding spec directories (bindings/<name>/type, username, password, uri),
    systemd LoadCredential=/SetCredential=, Vault agent sink files and
    .vault-token, CI files that `echo ... > token`, single-token files
    (.token, token.txt, api_key, .apikey, .secret, master.key, *.pass,
    credentials), Django secret_key.txt, Airflow fernet.key, JupyterHub
    jupyterhub_cookie_secret, gpg passphrase files, rsyncd.secrets / .pgpass /
    .netrc / .git-credentials single lines, WireGuard privatekey, certbot DNS
    credential ini files.
    Providers: docker-compose, kubernetes, kustomize, service-binding, systemd,
    hashicorp-vault, consul, github, gitlab, npm, docker-hub, stripe, sendgrid,
    slack, discord, datadog, twilio, cloudflare, digitalocean, aws, postgres,
    mysql, redis, grafana, minio, django, rails, flask, airflow, jupyterhub,
    oauth2-proxy, nextauth, ansible, gnupg, wireguard, rsync, k3s, kubeadm,
    generic.
    File types: extensionless files, dotfiles, .txt, .key, .secret, .pass,
    .token, .ini, .cfg, YAML (compose, kustomization, k8s, helm values, CI),
    systemd units, shell, Dockerfile, Markdown, HCL/Terraform, Python, Go, JS,
    JSON, CSV, logs.

USAGE
    python3 -B gen_kr.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath>
    (500), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive). Deterministic per SEED: every random choice comes
    from one random.Random(SEED); no clock, no os.urandom, no set iteration.

NEEDLE CONVENTIONS
    * Whole-file secrets: the needle is the file content without the trailing
      newline (some files have one, some do not, as `echo -n` leaves them).
    * key=value / INI / YAML / env lines: the value only, without quotes.
    * Connection strings and URIs (postgresql://u:p@h/db, .git-credentials,
      .pgpass, .netrc, rsyncd.secrets user:pass): the password/token part only.
    * Webhook URLs (Slack, Discord) whose secret is the path: the whole URL.
    * HTTP headers (Authorization: Bearer X, PRIVATE-TOKEN: X): the token only.
    * Key pairs (AWS access key id + secret): the secret access key.
    * Kubernetes Secret `data:` entries: the base64 text as written.
    * Multi-line PEM private keys: the `-----BEGIN ... PRIVATE KEY-----` line
      (line 1 of the key block).
    * JWTs (service-account token files): the whole JWT.
    `line` is the 1-based line of the needle's first occurrence; the program
    asserts it after writing each file.

NEGATIVES
    250 re-use positive templates with the slot holding a non-secret:
    placeholders (changeme, <your-password>, YOUR_API_KEY_HERE, xxxx...), empty
    values / empty files with a newline, masked values (********, [REDACTED]),
    environment references (${VAR}, $VAR, ${{ secrets.X }}), secret-manager
    references (op://..., vault:..., AWS/GCP secret ids), template expressions
    ({{ .Values.x }}, <%= ENV[...] %>, ${var.x}), providers' documented example
    values (AWS EXAMPLEKEY pair, Slack T00000000 webhook, certbot's
    0123456789abcdef... token, Kubernetes docs' 1f2d1e2e67df, Stripe's
    published sk_test_4eC39HqLyjWDarjtT1zdp7dc) and public values (Stripe
    publishable keys, WireGuard public keys, age recipients, GitHub App client
    ids). No negative sits in a .env / .env.* file.
    250 are look-alikes: git SHAs (REVISION, CHANGELOG), VERSION, .nvmrc,
    .python-version, .ruby-version, .tool-versions, CODEOWNERS, *.sha256 and
    SHA256SUMS files, image digests, go.sum / lock-file hashes, SRI hashes,
    service-binding type/provider/host/port/username files, UUID and
    machine-id files, hostnames, paths, public keys (ssh, WireGuard, PEM
    public keys, certificates, JWKS, known_hosts, authorized_keys, age),
    secrets/README stubs, .gitkeep, .gitignore entries, and the referencing
    files alone (compose `secrets: file:`, kustomize `files:`, systemd
    LoadCredential=, CI `echo "$X" > token`, Vault agent sink config,
    Dockerfile RUN --mount=type=secret) without the secret file's content.

FORMATS CHECKED (search tool, docs/pages corpora)
    * Vault: service tokens `hvs.` (batch `hvb.`, recovery `hvr.`) since 1.10,
      >= 95 characters, old `s.` prefix before 1.10 (HashiCorp upgrade notes,
      tutorial pages). Agent auto-auth file sink writes the token to `path`;
      token_file method reads ~/.vault-token.
    * Fernet: 32 random bytes, url-safe base64 (44 chars, ends '=')
      (cryptography / fernet crate docs; Airflow fernet_key).
    * JupyterHub cookie secret: `openssl rand -hex 32` -> 64 hex chars
      written to jupyterhub_cookie_secret (JupyterHub security docs).
    * Django SECRET_KEY: get_random_string(50) over
      'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)'.
    * Rails master.key / credentials/production.key: 32 hex characters
      (Rails API docs, rails issue 33528).
    * Service Binding spec: $SERVICE_BINDING_ROOT/<name>/{type,provider,uri,
      username,password,...}, default root /bindings (OpenShift SBO docs).
    * systemd: LoadCredential=ID:PATH, SetCredential=ID:DATA,
      $CREDENTIALS_DIRECTORY (systemd.io CREDENTIALS, secretspec page).
    * kustomize secretGenerator: files:, envs:, literals:, type
      kubernetes.io/tls with tls.crt/tls.key; Kubernetes docs use the
      example password 1f2d1e2e67df (kept as a negative).
    * Compose: top-level `secrets: name: file: ./x.txt`, mounted at
      /run/secrets/<name>; postgres image POSTGRES_PASSWORD_FILE.
    * GitHub tokens: ghp_/gho_/ghu_/ghs_/ghr_ prefixes, [A-Za-z0-9], 36 chars
      after the prefix, the last 6 a CRC32 checksum (GitHub changelog).
    * GitLab PAT: `glpat-` + 20 chars [A-Za-z0-9_-] (GitLab issue 342327).
    * npm: granular access tokens only (npm docs); `npm_` prefix.
    * htpasswd accepts bcrypt / apr1 / SHA-1 hashes (Apache manual) - hashes
      are not used as positives here.

DOUBTS
    * GitHub checksum: implemented as CRC32 of the 30 random chars, base62
      (0-9A-Za-z) left-padded to 6; the exact alphabet order/input could not be
      confirmed from GitHub's own docs. npm_ tokens use the same scheme here
      (assumed, not confirmed).
    * Vault hvs. token body: real tokens start with a protobuf/base64 body
      ("CAES..."); generated as 'CAESI' + url-safe base64 to >= 95 chars.
    * dckr_pat_ (Docker Hub PAT, 27 chars after prefix), k3s node-token
      (K10<64 hex>::server:<32 hex>), dop_v1_ + 64 hex (DigitalOcean),
      SG.<22>.<43> (SendGrid), Discord webhook token length (68) and Slack
      webhook T/B id lengths are from memory of public docs, not confirmed by
      the searches made for this file.
    * Datadog / Twilio 32-hex keys and Cloudflare 40-char API tokens: lengths
      from memory.
    * A few search results were secret-scanner material (a ripsecrets issue
      quoting a GitLab pattern, a GitGuardian detector page, a Microsoft
      Purview SIT page); they were not used for any format.
"""
import base64
import binascii
import json
import os
import random
import string
import sys
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
B62 = DIG + UPPER + LOWER
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"

# ----------------------------------------------------------------- random helpers

def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def rhex(rng, n):
    return rs(rng, n, HEX)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(data, urlsafe=False, pad=True):
    s = (base64.urlsafe_b64encode(data) if urlsafe else base64.b64encode(data)).decode()
    return s if pad else s.rstrip("=")


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


WORDS = ["maple", "orbit", "quartz", "harbor", "cobalt", "tundra", "falcon", "ember",
         "lantern", "meadow", "saffron", "granite", "willow", "zephyr", "copper", "nebula",
         "thistle", "canyon", "juniper", "pebble", "violet", "basalt", "otter", "summit"]


def gen_password(rng, urlsafe=False):
    r = rng.random()
    if r < 0.6:
        sym = "-_.~" if urlsafe else "-_.!@%^+=~"
        n = rng.randint(16, 32)
        while True:
            s = rs(rng, n, ALNUM + sym * 2)
            if any(c in DIG for c in s) and any(c in UPPER for c in s) and s[0] in ALNUM:
                return s
    if r < 0.8:
        ws = [pick(rng, WORDS) for _ in range(rng.randint(3, 4))]
        ws[rng.randrange(len(ws))] = ws[0].capitalize() if rng.random() < 0.5 else ws[-1].upper()
        return "-".join(ws) + "-" + str(rng.randint(10, 9999))
    return rs(rng, rng.randint(20, 28), ALNUM)


def gen_pw_url(rng):
    return gen_password(rng, urlsafe=True)


def gen_hex32(rng):
    return rhex(rng, 32)


def gen_hex64(rng):
    return rhex(rng, 64)


def gen_fernet(rng):
    return b64(rbytes(rng, 32), urlsafe=True)


def gen_b64_32(rng):
    return b64(rbytes(rng, 32))


def gen_urlb64_32(rng):
    return b64(rbytes(rng, 32), urlsafe=True)


def gen_django(rng):
    return rs(rng, 50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)")


def gen_django_safe(rng):
    # used where the key sits in YAML/shell: no '#', '$', '&', '*'
    return rs(rng, 50, "abcdefghijklmnopqrstuvwxyz0123456789!@%^(-_=+)")


def _gh_like(rng, prefix):
    body = rs(rng, 30, ALNUM)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gen_ghp(rng):
    return _gh_like(rng, pick(rng, ["ghp_", "ghp_", "ghp_", "gho_", "ghs_"]))


def gen_npm(rng):
    return _gh_like(rng, "npm_")


def gen_glpat(rng):
    return "glpat-" + rs(rng, 20, URLSAFE)


def gen_vault(rng):
    if rng.random() < 0.2:
        return "s." + rs(rng, 24, ALNUM)
    return "hvs.CAESI" + rs(rng, rng.randint(86, 100), URLSAFE)


def gen_vault_long(rng):
    return "hvs.CAESI" + rs(rng, rng.randint(86, 100), URLSAFE)


def gen_stripe(rng):
    return pick(rng, ["sk_live_", "rk_live_"]) + rs(rng, pick(rng, [24, 99]), ALNUM)


def gen_sendgrid(rng):
    return "SG." + rs(rng, 22, URLSAFE) + "." + rs(rng, 43, URLSAFE)


def gen_slack_hook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, rng.randint(8, 10), UPPER + DIG), rs(rng, rng.randint(8, 10), UPPER + DIG),
        rs(rng, 24, ALNUM))


def gen_discord_hook(rng):
    return "https://discord.com/api/webhooks/%d/%s" % (
        rng.randint(10 ** 17, 10 ** 19 - 1), rs(rng, 68, URLSAFE))


def gen_wg(rng):
    k = bytearray(rbytes(rng, 32))
    k[0] &= 248
    k[31] = (k[31] & 127) | 64
    return b64(bytes(k))


def gen_aws_secret(rng):
    return rs(rng, 40, ALNUM + "+/")


def gen_aws_id(rng):
    return "AKIA" + rs(rng, 16, UPPER + "234567")


def gen_bootstrap(rng):
    return rs(rng, 6, LOWER + DIG) + "." + rs(rng, 16, LOWER + DIG)


def gen_k3s(rng):
    return "K10" + rhex(rng, 64) + "::server:" + rhex(rng, 32)


def gen_dckr(rng):
    return "dckr_pat_" + rs(rng, 27, URLSAFE)


def gen_cf(rng):
    return rs(rng, 40, URLSAFE)


def gen_do(rng):
    return "dop_v1_" + rhex(rng, 64)


def gen_unseal(rng):
    return b64(rbytes(rng, 33))


def gen_jwt(rng):
    ns = pick(rng, ["default", "payments", "ci", "monitoring", "orders"])
    sa = pick(rng, ["deployer", "builder", "app", "argocd-manager", "prometheus"])
    hdr = {"alg": "RS256", "kid": rs(rng, 43, URLSAFE)}
    iat = rng.randint(1690000000, 1730000000)
    pl = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31536000,
          "iat": iat, "iss": "https://kubernetes.default.svc.cluster.local",
          "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": gen_uuid(rng)}},
          "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    enc = lambda o: b64(json.dumps(o, separators=(",", ":")).encode(), urlsafe=True, pad=False)
    return enc(hdr) + "." + enc(pl) + "." + b64(rbytes(rng, 256), urlsafe=True, pad=False)


def gen_uuid(rng):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + pick(rng, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pem_lines(der, label):
    body = b64(der)
    return ["-----BEGIN %s-----" % label] + [body[i:i + 64] for i in range(0, len(body), 64)] + \
        ["-----END %s-----" % label]


def gen_ec_pem(rng):
    der = bytes.fromhex("30770201010420") + rbytes(rng, 32) + \
        bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(rng, 64)
    return "\n".join(pem_lines(der, "EC PRIVATE KEY"))


def gen_ed_pem(rng):
    der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(rng, 32)
    return "\n".join(pem_lines(der, "PRIVATE KEY"))


def gen_cert_pem(rng):
    der = bytes.fromhex("308202c3308202") + rbytes(rng, 1) + bytes.fromhex("a003020102021400") + \
        rbytes(rng, 19) + bytes.fromhex("300a06082a8648ce3d040302") + rbytes(rng, 680)
    return "\n".join(pem_lines(der, "CERTIFICATE"))


def gen_pub_pem(rng):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(rng, 64)
    return "\n".join(pem_lines(der, "PUBLIC KEY"))


def gen_ssh_pub(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "ssh-ed25519 " + b64(blob)


# ----------------------------------------------------------------- context pools
PROJECTS = ["orders", "billing", "ledger", "atlas", "kestrel", "harbor", "lumen", "quill",
            "tern", "basalt", "relay", "pinecone", "cargo-tracker", "helpdesk", "storefront"]
SERVICES = ["api", "worker", "web", "scheduler", "gateway", "notifier", "ingest", "reports"]
DBUSERS = ["app", "orders_rw", "svc_billing", "ledger_app", "webapp", "reporting", "postgres"]
DBNAMES = ["orders", "billing", "ledger", "app_production", "metrics", "inventory", "crm"]
HOSTS = ["db.internal", "postgres.prod.svc.cluster.local", "10.0.3.12", "pg-primary.lan",
         "db-01.eu-west-1.internal", "postgres", "mysql.infra.local", "127.0.0.1"]
ENVS = ["prod", "production", "staging", "dev", "qa"]
TEAMS = ["@acme/platform", "@acme/backend", "@acme/sre", "@acme/frontend", "@acme/data", "@jdoe", "@mkowalski"]
IMAGES = ["postgres:16-alpine", "postgres:15.6", "mysql:8.0", "redis:7-alpine", "grafana/grafana:10.4.2",
          "minio/minio:RELEASE.2024-05-10T01-41-38Z", "mariadb:11.3"]


def nl(rng):
    return "\n" if rng.random() < 0.7 else ""


def ctx(rng):
    return dict(proj=pick(rng, PROJECTS), svc=pick(rng, SERVICES), user=pick(rng, DBUSERS),
                db=pick(rng, DBNAMES), host=pick(rng, HOSTS), env=pick(rng, ENVS),
                port=pick(rng, ["5432", "5432", "6432", "3306"]))


# ----------------------------------------------------------------- positive templates
# Each template renders (relpath, text) around one slot value `v`.  In positive mode v
# is a freshly generated credential; in negative mode it is a non-secret decoy.
POS = []


def tpl(provider, kind, gen, decoys=(), envfile=False):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, gen=gen, render=fn,
                        decoys=list(decoys), envfile=envfile))
        return fn
    return deco


K8S_DOC_PW = "1f2d1e2e67df"
AWS_DOC = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
SLACK_DOC = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
CF_DOC = "0123456789abcdef0123456789abcdef01234567"


# --- whole-file secrets ------------------------------------------------------------
@tpl("docker-compose", "whole-file-password", gen_password, [K8S_DOC_PW])
def compose_secret_txt(rng, v):
    d = pick(rng, ["secrets", "secrets", ".secrets", "docker/secrets", "deploy/secrets"])
    n = pick(rng, ["db_password.txt", "postgres_password.txt", "postgres-passwd", "db_root_password.txt",
                   "psql_password.txt", "database_password"])
    return "%s/%s" % (d, n), v + nl(rng)


@tpl("stripe", "whole-file-api-key", gen_stripe, [STRIPE_DOC, "pk_live_" + "51H" + "x" * 20])
def stripe_key_txt(rng, v):
    c = ctx(rng)
    return pick(rng, ["secrets/stripe_secret_key.txt", "secrets/%s_stripe.key" % c["proj"],
                      ".secrets/stripe", "config/keys/stripe.key"]), v + nl(rng)


@tpl("github", "whole-file-token", gen_ghp)
def github_token_file(rng, v):
    return pick(rng, [".secrets/github_token", "secrets/gh_token.txt", "ci/.github-token",
                      "tools/release/token", ".gh-token"]), v + nl(rng)


@tpl("kustomize", "whole-file-password", gen_password, [K8S_DOC_PW])
def kustomize_password_txt(rng, v):
    c = ctx(rng)
    base = pick(rng, ["k8s/overlays/%s" % c["env"], "deploy/kustomize/%s" % c["env"], "manifests/%s" % c["svc"]])
    return "%s/%s" % (base, pick(rng, ["password.txt", "secrets/password.txt", "db-password.txt",
                                       "files/admin-password"])), v + nl(rng)


@tpl("service-binding", "whole-file-password", gen_password)
def binding_password(rng, v):
    name = pick(rng, ["account-database", "orders-db", "postgres", "billing-pg", "cache"])
    root = pick(rng, ["bindings", "test/bindings", "k8s/bindings", "src/test/resources/bindings"])
    return "%s/%s/password" % (root, name), v + nl(rng)


@tpl("service-binding", "connection-string", gen_pw_url)
def binding_uri(rng, v):
    c = ctx(rng)
    name = pick(rng, ["account-database", "orders-db", "primary", "reporting-db"])
    scheme = pick(rng, ["postgresql", "postgres", "mysql"])
    return "bindings/%s/uri" % name, "%s://%s:%s@%s:%s/%s%s" % (
        scheme, c["user"], v, c["host"], c["port"], c["db"], nl(rng))


@tpl("systemd", "whole-file-password", gen_password)
def systemd_cred_file(rng, v):
    c = ctx(rng)
    return pick(rng, ["deploy/systemd/credentials/%s-db-password" % c["proj"],
                      "etc/credstore/%s.dbpass" % c["proj"], "ops/credstore/%s-smtp-password" % c["svc"],
                      "packaging/credentials/db_password"]), v + nl(rng)


@tpl("rails", "whole-file-hex-key", gen_hex32)
def rails_master_key(rng, v):
    return pick(rng, ["config/master.key", "config/master.key", "config/credentials/production.key",
                      "config/credentials/staging.key"]), v + nl(rng)


@tpl("django", "whole-file-secret-key", gen_django)
def django_secret_txt(rng, v):
    c = ctx(rng)
    return pick(rng, ["secret_key.txt", "%s/secret_key.txt" % c["proj"], "config/secret_key.txt",
                      "etc/django/secret_key", ".django_secret"]), v + nl(rng)


@tpl("airflow", "fernet-key", gen_fernet)
def airflow_fernet_file(rng, v):
    return pick(rng, ["fernet.key", "airflow/fernet.key", "deploy/airflow/secrets/fernet.key",
                      "config/airflow_fernet_key"]), v + nl(rng)


@tpl("jupyterhub", "cookie-secret", gen_hex64)
def jupyterhub_cookie(rng, v):
    return pick(rng, ["jupyterhub_cookie_secret", "srv/jupyterhub/jupyterhub_cookie_secret",
                      "jupyterhub/jupyterhub_cookie_secret"]), v + nl(rng)


@tpl("hashicorp-vault", "vault-token", gen_vault)
def vault_token_dotfile(rng, v):
    return pick(rng, [".vault-token", "ci/.vault-token", "docker/vault/.vault-token"]), v


@tpl("hashicorp-vault", "vault-token", gen_vault_long)
def vault_agent_sink(rng, v):
    return pick(rng, ["vault-agent/sink/token", "deploy/vault-agent/token", "run/vault/agent-token",
                      "vault/agent/out/token"]), v + nl(rng)


@tpl("gitlab", "whole-file-token", gen_glpat)
def gitlab_dot_token(rng, v):
    return pick(rng, [".token", "scripts/.token", "tools/.gitlab-token", "secrets/gitlab.token"]), v + nl(rng)


@tpl("npm", "whole-file-token", gen_npm)
def npm_token_txt(rng, v):
    return pick(rng, ["token.txt", "publish/token.txt", ".npm-token", "ci/npm.token"]), v + nl(rng)


@tpl("datadog", "whole-file-api-key", gen_hex32)
def datadog_api_key(rng, v):
    return pick(rng, ["api_key", "datadog/api_key", "secrets/dd_api_key", "monitoring/datadog.apikey"]), v + nl(rng)


@tpl("sendgrid", "whole-file-api-key", gen_sendgrid)
def sendgrid_apikey(rng, v):
    return pick(rng, [".apikey", "mail/.apikey", "secrets/sendgrid.key", "config/sendgrid_api_key.txt"]), v + nl(rng)


@tpl("github", "webhook-signing-secret", lambda r: rhex(r, 40))
def webhook_secret_file(rng, v):
    return pick(rng, [".secret", "webhooks/.secret", "secrets/github_webhook.secret",
                      "bot/webhook_secret.txt"]), v + nl(rng)


@tpl("ansible", "whole-file-password", gen_password)
def ansible_vault_pass(rng, v):
    return pick(rng, [".vault_pass", "ansible/.vault_pass.txt", "inventories/prod/vault.pass",
                      "ansible/vault-password"]), v + nl(rng)


@tpl("gnupg", "passphrase", gen_password)
def gpg_passphrase(rng, v):
    return pick(rng, ["gpg/passphrase.txt", ".gnupg-passphrase", "release/signing.pass",
                      "packaging/gpg_passphrase"]), v + nl(rng)


@tpl("mysql", "whole-file-password", gen_password, [K8S_DOC_PW])
def mysql_root_pw(rng, v):
    return pick(rng, ["secrets/mysql_root_password", "secrets/mysql-root.pass", "db/secrets/root_password.txt"]), v + nl(rng)


@tpl("wireguard", "private-key", gen_wg)
def wg_privatekey(rng, v):
    return pick(rng, ["wireguard/privatekey", "vpn/wg0.key", "infra/wg/server_private.key",
                      "ansible/files/wg/privatekey"]), v + nl(rng)


@tpl("postgres", "kv-line-password", gen_password)
def pgpass_line(rng, v):
    c = ctx(rng)
    return pick(rng, [".pgpass", "ops/.pgpass", "docker/pgadmin/pgpass"]), "%s:%s:%s:%s:%s\n" % (
        c["host"], c["port"], pick(rng, [c["db"], "*"]), c["user"], v.replace(":", "\\:"))


@tpl("github", "url-token", gen_ghp)
def git_credentials(rng, v):
    user = pick(rng, ["x-access-token", "ci-bot", "jdoe", "deploy"])
    return pick(rng, [".git-credentials", "ci/.git-credentials"]), "https://%s:%s@github.com\n" % (user, v)


@tpl("generic", "kv-line-token", gen_glpat)
def netrc_line(rng, v):
    host = pick(rng, ["gitlab.com", "gitlab.example.org", "git.internal.acme.io"])
    return pick(rng, [".netrc", "ci/netrc", "docker/build/.netrc"]), "machine %s login %s password %s\n" % (
        host, pick(rng, ["oauth2", "ci", "gitlab-ci-token", "deploy"]), v)


@tpl("rsync", "kv-line-password", gen_password)
def rsync_secrets(rng, v):
    return pick(rng, ["rsyncd.secrets", "backup/rsyncd.secrets", "etc/rsync.secrets"]), "%s:%s\n" % (
        pick(rng, ["backup", "mirror", "rsync"]), v)


@tpl("redis", "whole-file-password", gen_password)
def redis_pass(rng, v):
    return pick(rng, ["config/redis.pass", "secrets/redis_password", "redis/requirepass.txt"]), v + nl(rng)


@tpl("kubernetes", "service-account-token", gen_jwt)
def sa_token_file(rng, v):
    return pick(rng, ["k8s/serviceaccount/token", "ci/kube/token", "hack/sa-token",
                      "deploy/argocd/cluster-token"]), v + nl(rng)


@tpl("kubernetes", "private-key", gen_ec_pem)
def tls_key_file(rng, v):
    c = ctx(rng)
    return pick(rng, ["k8s/overlays/%s/tls.key" % c["env"], "deploy/certs/tls.key", "secret/tls.key",
                      "nginx/ssl/server.key"]), v + "\n"


@tpl("generic", "private-key", gen_ed_pem)
def signing_key_file(rng, v):
    return pick(rng, ["keys/signing.key", "release/cosign.key.pem", "config/jwt/private.pem",
                      "secrets/token_signing_ed25519.pem"]), v + "\n"


@tpl("consul", "base64-key", gen_b64_32)
def gossip_key(rng, v):
    return pick(rng, ["consul/gossip.key", "nomad/encrypt.key", "infra/consul/encrypt.key"]), v + nl(rng)


@tpl("hashicorp-vault", "base64-key", gen_unseal)
def vault_unseal(rng, v):
    return pick(rng, ["vault/unseal_key_1", "ops/vault/unseal-key-0", "vault/init/unseal.key"]), v + nl(rng)


@tpl("kubeadm", "whole-file-token", gen_bootstrap)
def bootstrap_token(rng, v):
    return pick(rng, ["kubeadm/bootstrap-token", "cluster/join-token", "ansible/files/kubeadm_token"]), v + nl(rng)


@tpl("oauth2-proxy", "cookie-secret", gen_urlb64_32)
def oauth2_cookie(rng, v):
    return pick(rng, ["oauth2-proxy/cookie-secret", "auth/cookie_secret", "deploy/oauth2-proxy/cookie.secret"]), v + nl(rng)


@tpl("cloudflare", "kv-line-api-key", gen_cf, [CF_DOC])
def certbot_cloudflare(rng, v):
    return pick(rng, ["certbot/cloudflare.ini", ".secrets/certbot/cloudflare.ini", "letsencrypt/cloudflare.ini"]), \
        "# Cloudflare API token used by Certbot\ndns_cloudflare_api_token = %s\n" % v


@tpl("digitalocean", "kv-line-token", gen_do)
def certbot_digitalocean(rng, v):
    return pick(rng, ["certbot/digitalocean.ini", "letsencrypt/do.ini"]), "dns_digitalocean_token = %s\n" % v


@tpl("aws", "kv-key-pair", gen_aws_secret, [AWS_DOC])
def aws_credentials(rng, v):
    # the key id is only a random-looking one next to a real-looking secret
    kid = gen_aws_id(rng) if (len(v) == 40 and v not in DOC_VALUES) else "AKIAIOSFODNN7EXAMPLE"
    prof = pick(rng, ["default", "deploy", "ci", "backup"])
    region = pick(rng, ["", "region = eu-west-1\n", "region = us-east-1\n"])
    return pick(rng, ["deploy/aws/credentials", ".aws/credentials", "ci/aws-credentials", "credentials"]), \
        "[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\n%s" % (prof, kid, v, region)


@tpl("slack", "webhook-url", gen_slack_hook, [SLACK_DOC])
def slack_hook_file(rng, v):
    return pick(rng, ["secrets/slack_webhook_url", "alerts/slack.url", "ci/slack-webhook.txt"]), v + nl(rng)


@tpl("discord", "webhook-url", gen_discord_hook)
def discord_hook_file(rng, v):
    return pick(rng, ["secrets/discord_webhook", "bot/webhook.url"]), v + nl(rng)


@tpl("flask", "whole-file-hex-key", gen_hex64)
def flask_instance_key(rng, v):
    return pick(rng, ["instance/secret_key", "instance/secret.key", "app/instance/SECRET_KEY"]), v + nl(rng)


@tpl("generic", "env-kv-line", gen_password, envfile=True)
def dotenv_single(rng, v):
    name = pick(rng, ["DATABASE_PASSWORD", "DB_PASS", "POSTGRES_PASSWORD", "ADMIN_PASSWORD"])
    return pick(rng, [".env", "docker/.env", ".env.production"]), "%s=%s\n" % (name, v)


@tpl("twilio", "whole-file-api-key", gen_hex32)
def twilio_token_txt(rng, v):
    return pick(rng, ["secrets/twilio_auth_token.txt", "sms/twilio.token"]), v + nl(rng)


@tpl("grafana", "whole-file-password", gen_password)
def grafana_admin_pw(rng, v):
    return pick(rng, ["grafana/admin_password", "secrets/grafana_admin_password.txt", "monitoring/grafana/admin.pass"]), v + nl(rng)


@tpl("minio", "whole-file-password", gen_password)
def minio_root_pw(rng, v):
    return pick(rng, ["minio/root_password", "secrets/minio_root_password.txt"]), v + nl(rng)


@tpl("nextauth", "base64-key", gen_b64_32)
def nextauth_secret(rng, v):
    return pick(rng, ["secrets/nextauth_secret", "web/.nextauth-secret", "apps/web/auth.secret"]), v + nl(rng)


@tpl("k3s", "whole-file-token", gen_k3s)
def k3s_node_token(rng, v):
    return pick(rng, ["k3s/node-token", "ansible/files/k3s_token", "cluster/k3s-server-token"]), v + nl(rng)


@tpl("docker-hub", "whole-file-token", gen_dckr)
def dockerhub_token(rng, v):
    return pick(rng, [".secrets/docker_hub_token", "ci/dockerhub.token", "secrets/registry_password.txt"]), v + nl(rng)


# --- referencing / config files holding the value inline -----------------------------
@tpl("docker-compose", "compose-inline-password", gen_password, [K8S_DOC_PW])
def compose_inline_env(rng, v):
    c = ctx(rng)
    img = pick(rng, ["postgres:16-alpine", "postgres:15.6", "postgis/postgis:16-3.4"])
    text = """services:
  db:
    image: %s
    restart: unless-stopped
    environment:
      POSTGRES_USER: %s
      POSTGRES_DB: %s
      POSTGRES_PASSWORD: "%s"
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U %s"]
      interval: 10s
  %s:
    build: .
    depends_on: [db]
    environment:
      DATABASE_HOST: db
      DATABASE_USER: %s
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password

secrets:
  db_password:
    file: ./secrets/db_password.txt

volumes:
  pgdata: {}
""" % (img, c["user"], c["db"], v, c["user"], c["svc"], c["user"])
    return pick(rng, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), text


@tpl("redis", "positional-arg", gen_pw_url)
def compose_redis_cmd(rng, v):
    text = """services:
  cache:
    image: %s
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "%s"]
    ports:
      - "127.0.0.1:6379:6379"
    volumes:
      - redis-data:/data
volumes:
  redis-data:
""" % (pick(rng, ["redis:7-alpine", "redis:7.2.4", "bitnami/redis:7.2"]), v)
    return pick(rng, ["docker-compose.redis.yml", "compose.cache.yaml", "infra/redis/compose.yml"]), text


@tpl("kustomize", "kustomize-literal", gen_password, [K8S_DOC_PW])
def kustomize_literals(rng, v):
    c = ctx(rng)
    text = """apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: %s
resources:
  - ../../base
  - ingress.yaml
secretGenerator:
  - name: %s-db
    literals:
      - username=%s
      - password=%s
    type: Opaque
generatorOptions:
  disableNameSuffixHash: false
images:
  - name: ghcr.io/acme/%s
    newTag: "%d.%d.%d"
""" % (c["proj"], c["proj"], c["user"], v, c["proj"], rng.randint(1, 4), rng.randint(0, 30), rng.randint(0, 9))
    return "k8s/overlays/%s/kustomization.yaml" % c["env"], text


@tpl("kustomize", "kv-line-password", gen_password)
def kustomize_env_source(rng, v):
    c = ctx(rng)
    text = "# consumed by secretGenerator envs: in kustomization.yaml\nDB_HOST=%s\nDB_USER=%s\nDB_PASSWORD=%s\nDB_NAME=%s\n" % (
        c["host"], c["user"], v, c["db"])
    return "k8s/overlays/%s/%s" % (c["env"], pick(rng, ["secret.properties", "db-secret.txt", "secrets/app.properties"])), text


@tpl("kubernetes", "k8s-secret-stringdata", gen_password, [K8S_DOC_PW])
def k8s_secret_stringdata(rng, v):
    c = ctx(rng)
    text = """apiVersion: v1
kind: Secret
metadata:
  name: %s-credentials
  namespace: %s
  labels:
    app.kubernetes.io/name: %s
type: Opaque
stringData:
  username: %s
  password: "%s"
""" % (c["proj"], c["proj"], c["proj"], c["user"], v)
    return pick(rng, ["k8s/base/secret.yaml", "deploy/k8s/db-secret.yaml", "manifests/%s/secret.yml" % c["svc"]]), text


@tpl("kubernetes", "k8s-secret-base64", lambda r: b64(gen_ghp(r).encode()))
def k8s_secret_data(rng, v):
    c = ctx(rng)
    text = """apiVersion: v1
kind: Secret
metadata:
  name: github-token
  namespace: %s
type: Opaque
data:
  token: %s
""" % (c["proj"], v)
    return pick(rng, ["k8s/base/github-token.yaml", "deploy/ci/secret-token.yaml"]), text


@tpl("systemd", "systemd-setcredential", gen_password)
def systemd_setcredential(rng, v):
    c = ctx(rng)
    text = """[Unit]
Description=%s %s service
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
DynamicUser=yes
SetCredential=db-password:%s
Environment=DB_HOST=%s DB_USER=%s
ExecStart=/usr/local/bin/%s --db-password-file=${CREDENTIALS_DIRECTORY}/db-password
Restart=on-failure

[Install]
WantedBy=multi-user.target
""" % (c["proj"], c["svc"], v, c["host"], c["user"], c["proj"])
    return pick(rng, ["deploy/systemd/%s.service" % c["proj"], "packaging/%s-%s.service" % (c["proj"], c["svc"])]), text


@tpl("systemd", "systemd-environment", gen_stripe)
def systemd_environment(rng, v):
    c = ctx(rng)
    text = """[Unit]
Description=%s payments worker

[Service]
User=%s
WorkingDirectory=/opt/%s
Environment=PAYMENTS_API_KEY=%s
Environment=LOG_LEVEL=info
ExecStart=/opt/%s/bin/worker
Restart=always

[Install]
WantedBy=multi-user.target
""" % (c["proj"], c["proj"], c["proj"], v, c["proj"])
    return "ops/systemd/%s-worker.service" % c["proj"], text


@tpl("github", "ci-echo-token", gen_glpat)
def gha_echo_hardcoded(rng, v):
    text = """name: mirror
on:
  push:
    branches: [main]
jobs:
  mirror:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: Write token
        run: echo "%s" > token
      - name: Push to GitLab
        run: |
          git remote add gitlab "https://oauth2:$(cat token)@gitlab.com/acme/mirror.git"
          git push gitlab --all
""" % v
    return pick(rng, [".github/workflows/mirror.yml", ".github/workflows/sync.yaml"]), text


@tpl("npm", "ci-echo-token", gen_npm)
def gitlab_ci_npmrc(rng, v):
    text = """stages: [test, publish]

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

publish:
  stage: publish
  image: node:20
  only: [tags]
  script:
    - echo "//registry.npmjs.org/:_authToken=%s" > .npmrc
    - npm publish --access public
""" % v
    return ".gitlab-ci.yml", text


@tpl("docker-compose", "dockerfile-secret", gen_password)
def dockerfile_echo_secret(rng, v):
    c = ctx(rng)
    text = """FROM %s
LABEL org.opencontainers.image.source="https://github.com/acme/%s"
ENV POSTGRES_DB=%s \\
    POSTGRES_USER=%s \\
    POSTGRES_PASSWORD_FILE=/run/secrets/db_password
RUN mkdir -p /run/secrets && echo '%s' > /run/secrets/db_password
COPY initdb/ /docker-entrypoint-initdb.d/
EXPOSE 5432
""" % (pick(rng, ["postgres:16-alpine", "postgres:15"]), c["proj"], c["db"], c["user"], v)
    return pick(rng, ["Dockerfile", "docker/db/Dockerfile", "db/Dockerfile"]), text


@tpl("npm", "dockerfile-arg", gen_npm)
def dockerfile_arg_npm(rng, v):
    text = """FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN=%s
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""" % v
    return pick(rng, ["Dockerfile", "web/Dockerfile", "frontend/Dockerfile.prod"]), text


@tpl("docker-compose", "shell-write-secret", gen_password)
def shell_write_secret(rng, v):
    text = """#!/usr/bin/env bash
# Bootstrap local secrets for docker compose.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p secrets
chmod 700 secrets
printf '%%s' '%s' > secrets/db_password.txt
printf '%%s' "$(whoami)" > secrets/db_user.txt
echo "secrets written to ./secrets"
""" % v
    return pick(rng, ["scripts/init-secrets.sh", "bin/bootstrap-secrets", "tools/setup_secrets.sh"]), text


@tpl("kubernetes", "markdown-echo", gen_password, [K8S_DOC_PW])
def md_echo_password(rng, v):
    c = ctx(rng)
    text = """# Deploying %s to the %s cluster

1. Create the credential files next to `kustomization.yaml`:

   ```sh
   echo -n '%s' > ./username.txt
   echo -n '%s' > ./password.txt
   ```

2. Apply the overlay:

   ```sh
   kubectl apply -k k8s/overlays/%s
   ```

The generated Secret gets a hash suffix, so pods roll automatically.
""" % (c["proj"], c["env"], c["user"], v, c["env"])
    return pick(rng, ["docs/deploy.md", "k8s/README.md", "docs/runbooks/%s.md" % c["proj"]]), text


@tpl("hashicorp-vault", "shell-export", gen_vault)
def shell_vault_export(rng, v):
    text = """#!/bin/sh
# Pull app secrets from Vault before starting the dev stack.
export VAULT_ADDR="https://vault.%s.internal:8200"
export VAULT_TOKEN=%s
vault kv get -format=json secret/%s/app > .secrets.json
""" % (pick(rng, ["acme", "corp", "infra"]), v, pick(rng, PROJECTS))
    return pick(rng, ["scripts/vault-pull.sh", "dev/secrets.sh"]), text


@tpl("postgres", "helm-values", gen_password)
def helm_values_password(rng, v):
    c = ctx(rng)
    text = """replicaCount: 2
image:
  repository: ghcr.io/acme/%s
  tag: "%d.%d.%d"
postgresql:
  enabled: true
  auth:
    username: %s
    database: %s
    password: %s
    existingSecret: ""
resources:
  limits:
    memory: 512Mi
""" % (c["proj"], rng.randint(1, 3), rng.randint(0, 20), rng.randint(0, 9), c["user"], c["db"], v)
    return pick(rng, ["deploy/helm/values-%s.yaml" % c["env"], "charts/%s/values.yaml" % c["proj"]]), text


@tpl("gitlab", "http-header", gen_glpat)
def shell_header_token(rng, v):
    text = """#!/usr/bin/env bash
set -euo pipefail
PROJECT_ID=%d
curl --fail -sS \\
  --header "PRIVATE-TOKEN: %s" \\
  "https://gitlab.com/api/v4/projects/${PROJECT_ID}/packages/generic/build/1.0.0/artifact.tar.gz" \\
  -o artifact.tar.gz
""" % (rng.randint(1000000, 59999999), v)
    return pick(rng, ["scripts/fetch-artifact.sh", "ci/download.sh"]), text


@tpl("django", "python-fallback", gen_django_safe)
def django_settings_fallback(rng, v):
    text = """from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent


def _read_secret(name, default=None):
    path = Path(os.environ.get("CREDENTIALS_DIRECTORY", "/run/secrets")) / name
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        return default


SECRET_KEY = _read_secret("django_secret_key", default="%s")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
""" % v
    return pick(rng, ["config/settings.py", "%s/settings/base.py" % pick(rng, PROJECTS)]), text


@tpl("generic", "go-fallback", gen_hex64)
def go_fallback(rng, v):
    text = """package config

import (
	"os"
	"strings"
)

// signingKey reads the HMAC key from the mounted secret file.
func signingKey() string {
	if b, err := os.ReadFile("/run/secrets/hmac_key"); err == nil {
		return strings.TrimSpace(string(b))
	}
	return "%s"
}
""" % v
    return pick(rng, ["internal/config/secrets.go", "pkg/auth/key.go"]), text


@tpl("jupyterhub", "python-config", gen_hex64)
def jupyterhub_config(rng, v):
    text = """# jupyterhub_config.py
c = get_config()  # noqa
c.JupyterHub.bind_url = "http://:8000"
c.JupyterHub.cookie_secret = bytes.fromhex("%s")
c.Authenticator.admin_users = {"%s"}
c.Spawner.default_url = "/lab"
""" % (v, pick(rng, ["admin", "jdoe", "ops"]))
    return pick(rng, ["jupyterhub_config.py", "hub/jupyterhub_config.py"]), text


@tpl("airflow", "ini-fernet", gen_fernet)
def airflow_cfg(rng, v):
    text = """[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
load_examples = False
fernet_key = %s

[database]
sql_alchemy_conn_cmd = cat /run/secrets/airflow_db_uri

[webserver]
base_url = http://localhost:8080
""" % v
    return pick(rng, ["airflow/airflow.cfg", "config/airflow.cfg"]), text


@tpl("docker-swarm", "positional-arg", gen_password)
def swarm_secret_create(rng, v):
    text = """#!/bin/sh
set -e
printf '%%s' '%s' | docker secret create %s_db_password -
docker stack deploy -c stack.yml %s
""" % (v, pick(rng, PROJECTS), pick(rng, PROJECTS))
    return pick(rng, ["deploy/swarm-init.sh", "scripts/stack-up.sh"]), text


@tpl("terraform", "terraform-secret", gen_password)
def tf_kubernetes_secret(rng, v):
    c = ctx(rng)
    text = """resource "kubernetes_secret" "db" {
  metadata {
    name      = "%s-db"
    namespace = "%s"
  }

  data = {
    username = "%s"
    password = "%s"
  }

  type = "Opaque"
}
""" % (c["proj"], c["proj"], c["user"], v)
    return pick(rng, ["infra/k8s-secrets.tf", "terraform/modules/app/secret.tf"]), text


@tpl("stripe", "js-config", gen_stripe, [STRIPE_DOC])
def js_stripe_client(rng, v):
    text = """const fs = require("fs");
const Stripe = require("stripe");

const keyFile = process.env.STRIPE_KEY_FILE;
const key = keyFile ? fs.readFileSync(keyFile, "utf8").trim() : "%s";

module.exports = new Stripe(key, { apiVersion: "2024-04-10" });
""" % v
    return pick(rng, ["src/lib/stripe.js", "server/payments/client.js"]), text


@tpl("hashicorp-vault", "yaml-ci-variable", gen_vault_long)
def gitlab_ci_vault(rng, v):
    text = """variables:
  VAULT_ADDR: https://vault.acme.internal:8200
  VAULT_TOKEN: %s

deploy:
  stage: deploy
  script:
    - vault kv get -field=kubeconfig secret/ci/kube > kubeconfig
    - kubectl --kubeconfig kubeconfig apply -k k8s/overlays/prod
""" % v
    return pick(rng, [".gitlab-ci.yml", "ci/deploy.gitlab-ci.yml"]), text


# ----------------------------------------------------------------- look-alike negatives
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, render=fn))
        return fn
    return deco


def semver(rng):
    return "%d.%d.%d" % (rng.randint(0, 5), rng.randint(0, 40), rng.randint(0, 20))


@neg("git", "git-sha")
def n_revision(rng):
    return pick(rng, ["REVISION", "public/REVISION", "build/GIT_COMMIT"]), rhex(rng, 40) + nl(rng)


@neg("git", "git-ref")
def n_head_ref(rng):
    if rng.random() < 0.5:
        return pick(rng, ["ci/fixtures/HEAD", "test/fixtures/repo/HEAD"]), "ref: refs/heads/%s\n" % pick(rng, ["main", "master", "develop"])
    return pick(rng, ["ci/fixtures/ORIG_HEAD", "test/fixtures/repo/FETCH_HEAD"]), "%s\t\tbranch 'main' of github.com:acme/%s\n" % (rhex(rng, 40), pick(rng, PROJECTS))


@neg("generic", "version")
def n_version(rng):
    return pick(rng, ["VERSION", "version.txt", "cmd/VERSION"]), semver(rng) + nl(rng)


@neg("node", "version")
def n_nvmrc(rng):
    return ".nvmrc", pick(rng, ["v20.11.1", "lts/iron", "18.19.0", "v22.2.0", "lts/*"]) + nl(rng)


@neg("python", "version")
def n_python_version(rng):
    return ".python-version", pick(rng, ["3.12.2", "3.11.9", "3.10", "pypy3.10-7.3.15"]) + nl(rng)


@neg("ruby", "version")
def n_ruby_version(rng):
    return ".ruby-version", pick(rng, ["3.3.0", "3.2.3", "ruby-3.1.4"]) + nl(rng)


@neg("asdf", "version")
def n_tool_versions(rng):
    lines = ["nodejs 20.11.1", "python 3.12.2", "terraform 1.7.5", "golang 1.22.1", "kubectl 1.29.3", "helm 3.14.3"]
    rng.shuffle(lines)
    return ".tool-versions", "\n".join(lines[:rng.randint(2, 5)]) + "\n"


@neg("github", "codeowners")
def n_codeowners(rng):
    rows = ["*  %s" % pick(rng, TEAMS), "/secrets/  %s" % pick(rng, TEAMS), "/k8s/  %s" % pick(rng, TEAMS),
            "/deploy/**/credentials  %s %s" % (pick(rng, TEAMS), pick(rng, TEAMS)), "*.tf  %s" % pick(rng, TEAMS)]
    return pick(rng, ["CODEOWNERS", ".github/CODEOWNERS"]), "# Code owners\n" + "\n".join(rows[:rng.randint(2, 5)]) + "\n"


@neg("generic", "checksum-file")
def n_sha256_file(rng):
    name = "%s-%s-linux-amd64.tar.gz" % (pick(rng, PROJECTS), semver(rng))
    return "dist/%s.sha256" % name, "%s  %s\n" % (rhex(rng, 64), name)


@neg("generic", "checksum-file")
def n_sha256sums(rng):
    p, v = pick(rng, PROJECTS), semver(rng)
    rows = ["%s  %s_%s_%s.tar.gz" % (rhex(rng, 64), p, v, a) for a in ["linux_amd64", "linux_arm64", "darwin_arm64", "windows_amd64"]]
    return pick(rng, ["SHA256SUMS", "dist/checksums.txt", "release/%s_%s_checksums.txt" % (p, v)]), "\n".join(rows) + "\n"


@neg("service-binding", "binding-type")
def n_binding_type(rng):
    name = pick(rng, ["account-database", "orders-db", "cache", "events"])
    return "bindings/%s/type" % name, pick(rng, ["postgresql", "mysql", "redis", "kafka", "mongodb"]) + nl(rng)


@neg("service-binding", "binding-provider")
def n_binding_provider(rng):
    return "bindings/%s/provider" % pick(rng, ["account-database", "orders-db"]), pick(rng, ["bitnami", "crunchydata", "aws-rds", "azure"]) + nl(rng)


@neg("service-binding", "hostname")
def n_binding_host(rng):
    return "bindings/%s/host" % pick(rng, ["account-database", "orders-db", "cache"]), pick(rng, HOSTS) + nl(rng)


@neg("service-binding", "username")
def n_binding_username(rng):
    return pick(rng, ["bindings/orders-db/username", "secrets/db_user.txt", "secrets/postgres_user"]), pick(rng, DBUSERS) + nl(rng)


@neg("service-binding", "port")
def n_binding_port(rng):
    return "bindings/%s/port" % pick(rng, ["account-database", "cache"]), pick(rng, ["5432", "6379", "3306", "27017"]) + nl(rng)


@neg("service-binding", "uri-no-password")
def n_binding_uri(rng):
    c = ctx(rng)
    return "bindings/%s/uri" % pick(rng, ["account-database", "reporting-db"]), "postgresql://%s:%s/%s?sslmode=require%s" % (
        c["host"], c["port"], c["db"], nl(rng))


@neg("ssh", "public-key")
def n_ssh_pub(rng):
    return pick(rng, ["keys/deploy_ed25519.pub", "ansible/files/id_ed25519.pub", ".ssh/id_ed25519.pub"]), \
        "%s %s@%s\n" % (gen_ssh_pub(rng), pick(rng, ["deploy", "ci", "jdoe"]), pick(rng, ["build-01", "laptop", "bastion"]))


@neg("wireguard", "public-key")
def n_wg_pub(rng):
    return pick(rng, ["wireguard/publickey", "vpn/peers/%s.pub" % pick(rng, ["alice", "office", "nas"])]), gen_wg(rng) + nl(rng)


@neg("sigstore", "public-key")
def n_pem_pub(rng):
    return pick(rng, ["cosign.pub", "keys/release.pub.pem", "config/jwt/public.pem"]), gen_pub_pem(rng) + "\n"


@neg("kubernetes", "certificate")
def n_cert(rng):
    return pick(rng, ["k8s/overlays/prod/tls.crt", "deploy/certs/ca.crt", "nginx/ssl/server.crt"]), gen_cert_pem(rng) + "\n"


@neg("docker-compose", "readme-stub")
def n_secrets_readme(rng):
    return pick(rng, ["secrets/README.md", "secrets/README", ".secrets/README.txt"]), \
        "This directory holds files mounted as Docker secrets.\n\nCreate `db_password.txt` here (one line, no trailing newline).\nEverything except this README is git-ignored.\n"


@neg("generic", "empty-file")
def n_gitkeep(rng):
    return pick(rng, ["secrets/.gitkeep", ".secrets/.keep", "bindings/orders-db/.gitkeep"]), pick(rng, ["", "\n"])


@neg("docker-compose", "referencing-file")
def n_compose_ref(rng):
    c = ctx(rng)
    text = """services:
  db:
    image: %s
    environment:
      POSTGRES_USER_FILE: /run/secrets/db_user
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
      POSTGRES_DB: %s
    secrets:
      - db_user
      - db_password
secrets:
  db_user:
    file: ./secrets/db_user.txt
  db_password:
    file: ./secrets/db_password.txt
""" % (pick(rng, ["postgres:16-alpine", "postgres:15.6"]), c["db"])
    return pick(rng, ["docker-compose.yml", "compose.yaml"]), text


@neg("kustomize", "referencing-file")
def n_kustomize_ref(rng):
    c = ctx(rng)
    text = """apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
secretGenerator:
  - name: %s-db
    files:
      - username=secrets/username.txt
      - password=secrets/password.txt
  - name: %s-env
    envs:
      - secrets/app.env
  - name: %s-tls
    files:
      - tls.crt
      - tls.key
    type: kubernetes.io/tls
""" % (c["proj"], c["proj"], c["proj"])
    return "k8s/overlays/%s/kustomization.yaml" % c["env"], text


@neg("systemd", "referencing-file")
def n_systemd_loadcred(rng):
    c = ctx(rng)
    text = """[Unit]
Description=%s %s

[Service]
DynamicUser=yes
LoadCredential=db-password:/etc/credstore/%s.dbpass
LoadCredentialEncrypted=api-token:/etc/credstore.encrypted/%s.api-token
ExecStart=/usr/bin/%s --password-file=%%d/db-password
Restart=on-failure
""" % (c["proj"], c["svc"], c["proj"], c["proj"], c["proj"])
    return "deploy/systemd/%s.service" % c["proj"], text


@neg("github", "referencing-file")
def n_gha_echo_ref(rng):
    text = """name: publish
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Write token
        run: echo "${{ secrets.%s }}" > token
        shell: bash
      - run: ./scripts/publish.sh --token-file token
      - run: rm -f token
        if: always()
""" % pick(rng, ["NPM_TOKEN", "PYPI_API_TOKEN", "REGISTRY_TOKEN", "GITLAB_MIRROR_TOKEN"])
    return pick(rng, [".github/workflows/publish.yml", ".github/workflows/release.yaml"]), text


@neg("gitlab", "referencing-file")
def n_gitlab_echo_ref(rng):
    text = """deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - echo "$%s" > .vault-token
    - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY
    - ./deploy.sh
""" % pick(rng, ["VAULT_TOKEN", "VAULT_CI_TOKEN"])
    return pick(rng, [".gitlab-ci.yml", "ci/deploy.yml"]), text


@neg("hashicorp-vault", "referencing-file")
def n_vault_agent_cfg(rng):
    text = """pid_file = "./pidfile"

vault {
  address = "https://vault.acme.internal:8200"
}

auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "%s"
    }
  }

  sink "file" {
    config = {
      path = "/home/vault/.vault-token"
      mode = 0640
    }
  }
}

template {
  source      = "/etc/vault/templates/db.ctmpl"
  destination = "/etc/secrets/db_password"
}
""" % pick(rng, PROJECTS)
    return pick(rng, ["vault-agent/agent.hcl", "deploy/vault/agent-config.hcl"]), text


@neg("docker", "referencing-file")
def n_dockerfile_mount(rng):
    text = """# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.acme.internal/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "app:app"]
"""
    return pick(rng, ["Dockerfile", "api/Dockerfile"]), text


@neg("git", "gitignore")
def n_gitignore(rng):
    return ".gitignore", "node_modules/\n__pycache__/\n*.pyc\n.env\n.env.*\n!.env.example\nsecrets/*\n!secrets/README.md\n*.pass\n*.key\nmaster.key\n.vault-token\njupyterhub_cookie_secret\n"


@neg("docker", "image-digest")
def n_image_digest(rng):
    return pick(rng, ["build/image.digest", "dist/digest.txt", ".image-id"]), "sha256:%s%s" % (rhex(rng, 64), nl(rng))


@neg("terraform", "lockfile-hashes")
def n_tf_lock(rng):
    prov = pick(rng, ["hashicorp/aws", "hashicorp/kubernetes", "hashicorp/vault", "cloudflare/cloudflare"])
    hs = ['    "h1:%s",' % b64(rbytes(rng, 32))] + ['    "zh:%s",' % rhex(rng, 64) for _ in range(rng.randint(3, 6))]
    text = """# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/%s" {
  version     = "%s"
  constraints = "~> %s"
  hashes = [
%s
  ]
}
""" % (prov, semver(rng), semver(rng)[:3], "\n".join(hs))
    return ".terraform.lock.hcl", text


@neg("go", "lockfile-hashes")
def n_go_sum(rng):
    mods = ["github.com/spf13/cobra v1.8.0", "golang.org/x/sys v0.18.0", "github.com/hashicorp/vault/api v1.12.2",
            "gopkg.in/yaml.v3 v3.0.1", "github.com/stretchr/testify v1.9.0"]
    rows = []
    for m in mods[:rng.randint(2, 5)]:
        rows.append("%s h1:%s" % (m, b64(rbytes(rng, 32))))
        rows.append("%s/go.mod h1:%s" % (m, b64(rbytes(rng, 32))))
    return "go.sum", "\n".join(rows) + "\n"


@neg("npm", "lockfile-hashes")
def n_package_lock(rng):
    text = """{
  "name": "%s",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/dotenv": {
      "version": "16.4.5",
      "resolved": "https://registry.npmjs.org/dotenv/-/dotenv-16.4.5.tgz",
      "integrity": "sha512-%s"
    }
  }
}
""" % (pick(rng, PROJECTS), b64(rbytes(rng, 64)))
    return "package-lock.json", text


@neg("ssh", "known-hosts")
def n_known_hosts(rng):
    rows = ["%s %s" % (h, gen_ssh_pub(rng)) for h in ["github.com", "gitlab.com", "bastion.acme.internal"]]
    return pick(rng, ["ci/known_hosts", "ansible/files/known_hosts"]), "\n".join(rows) + "\n"


@neg("sops", "public-key")
def n_sops_age(rng):
    rec = "age1" + rs(rng, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    text = """creation_rules:
  - path_regex: secrets/.*\\.enc\\.yaml$
    age: %s
  - path_regex: k8s/.*/secret\\.yaml$
    encrypted_regex: ^(data|stringData)$
    age: %s
""" % (rec, rec)
    return ".sops.yaml", text


@neg("generic", "uuid")
def n_uuid_file(rng):
    return pick(rng, ["deploy/node-ids/node1.id", "instance-id", "config/cluster_id", "data/install.uuid"]), gen_uuid(rng) + nl(rng)


@neg("linux", "machine-id")
def n_machine_id(rng):
    return pick(rng, ["image/rootfs/etc/machine-id", "packer/files/machine-id"]), rhex(rng, 32) + "\n"


@neg("linux", "hostname")
def n_hostname(rng):
    return pick(rng, ["image/rootfs/etc/hostname", "secrets/db_host", "bindings/cache/host"]), \
        pick(rng, ["build-runner-07", "db-01.eu-west-1.internal", "redis-master.cache.svc.cluster.local"]) + nl(rng)


@neg("generic", "path")
def n_path_file(rng):
    return pick(rng, ["config/password_file_path", "deploy/DB_PASSWORD_FILE", "secrets/.location"]), \
        pick(rng, ["/run/secrets/db_password", "/etc/credstore/app.dbpass", "/var/run/secrets/kubernetes.io/serviceaccount/token"]) + nl(rng)


@neg("oidc", "public-key")
def n_jwks(rng):
    keys = []
    for _ in range(rng.randint(1, 2)):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(rng, 16, HEX),
                     "n": b64(rbytes(rng, 256), urlsafe=True, pad=False), "e": "AQAB"})
    return pick(rng, ["public/.well-known/jwks.json", "test/fixtures/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("kubernetes", "namespace-file")
def n_sa_namespace(rng):
    return pick(rng, ["test/fixtures/serviceaccount/namespace", "k8s/serviceaccount/namespace"]), pick(rng, PROJECTS) + nl(rng)


@neg("generic", "serials-csv")
def n_serials_csv(rng):
    rows = ["device_id,serial,firmware,registered_at"]
    for i in range(rng.randint(4, 9)):
        rows.append("%s,%s,%s,2024-%02d-%02dT%02d:%02d:00Z" % (gen_uuid(rng), rs(rng, 12, UPPER + DIG), semver(rng),
                                                               rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)))
    return pick(rng, ["data/devices.csv", "fixtures/inventory.csv"]), "\n".join(rows) + "\n"


@neg("generic", "log-ids")
def n_log(rng):
    rows = []
    for _ in range(rng.randint(4, 8)):
        rows.append("2024-05-%02dT%02d:%02d:%02d.%03dZ INFO request_id=%s trace_id=%s span_id=%s path=/api/v1/orders status=200" % (
            rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999),
            gen_uuid(rng), rhex(rng, 32), rhex(rng, 16)))
    return pick(rng, ["logs/api.log", "test/fixtures/access.log"]), "\n".join(rows) + "\n"


@neg("git", "changelog-shas")
def n_changelog(rng):
    rows = ["# Changelog", "", "## %s" % semver(rng), ""]
    for m in ["read DB password from POSTGRES_PASSWORD_FILE", "mount secrets via kustomize secretGenerator",
              "rotate fernet key handling", "drop hard-coded token from CI"]:
        rows.append("- %s (%s)" % (m, rhex(rng, 7)))
    rows.append("\nFull diff: https://github.com/acme/%s/compare/%s...%s" % (pick(rng, PROJECTS), rhex(rng, 40), rhex(rng, 40)))
    return "CHANGELOG.md", "\n".join(rows) + "\n"


@neg("gnupg", "fingerprint")
def n_security_md(rng):
    fp = rs(rng, 40, "0123456789ABCDEF")
    return "SECURITY.md", "# Security policy\n\nReport issues to security@acme.example. Releases are signed with\nthe key `%s` (`gpg --recv-keys %s`).\n" % (
        " ".join(fp[i:i + 4] for i in range(0, 40, 4)), fp[-16:])


@neg("python", "lockfile-hashes")
def n_requirements_hashes(rng):
    rows = []
    for pkg in ["cryptography==42.0.5", "django==5.0.4", "requests==2.31.0"][:rng.randint(1, 3)]:
        rows.append("%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (pkg, rhex(rng, 64), rhex(rng, 64)))
    return "requirements.txt", "\n".join(rows) + "\n"


@neg("gradle", "checksum")
def n_gradle_wrapper(rng):
    return "gradle/wrapper/gradle-wrapper.properties", \
        "distributionBase=GRADLE_USER_HOME\ndistributionPath=wrapper/dists\ndistributionUrl=https\\://services.gradle.org/distributions/gradle-8.7-bin.zip\ndistributionSha256Sum=%s\nzipStoreBase=GRADLE_USER_HOME\nzipStorePath=wrapper/dists\n" % rhex(rng, 64)


@neg("ssh", "authorized-keys")
def n_authorized_keys(rng):
    rows = ["%s %s" % (gen_ssh_pub(rng), u) for u in ["deploy@ci", "jdoe@laptop"][:rng.randint(1, 2)]]
    return pick(rng, ["ansible/files/authorized_keys", "image/rootfs/home/app/.ssh/authorized_keys"]), "\n".join(rows) + "\n"


@neg("web", "sri-hash")
def n_sri(rng):
    return pick(rng, ["docs/embed.md", "public/index.html"]), \
        '<script src="https://cdn.jsdelivr.net/npm/htmx.org@1.9.12/dist/htmx.min.js"\n        integrity="sha384-%s"\n        crossorigin="anonymous"></script>\n' % b64(rbytes(rng, 48))


@neg("generic", "encoded-data")
def n_b64_icon(rng):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(rng, 90)
    return pick(rng, ["assets/favicon.b64", "test/fixtures/pixel.png.b64"]), b64(data) + "\n"


@neg("hashicorp-vault", "policy")
def n_vault_policy(rng):
    p = pick(rng, PROJECTS)
    return "vault/policies/%s.hcl" % p, 'path "secret/data/%s/*" {\n  capabilities = ["read"]\n}\n\npath "auth/token/renew-self" {\n  capabilities = ["update"]\n}\n' % p


@neg("github", "public-client-id")
def n_github_app_id(rng):
    return pick(rng, ["config/github_app.yml", ".github/app.yml"]), \
        "app_id: %d\nclient_id: Iv1.%s\nwebhook_url: https://bots.acme.example/github\nprivate_key_path: /run/secrets/github_app_key.pem\n" % (
            rng.randint(100000, 999999), rhex(rng, 16))


@neg("docker-compose", "env-example")
def n_env_example(rng):
    return pick(rng, [".env.example", ".env.sample", "docker/env.example"]), \
        "POSTGRES_USER=app\nPOSTGRES_DB=app\n# password is read from ./secrets/db_password.txt\nPOSTGRES_PASSWORD_FILE=/run/secrets/db_password\nDJANGO_SECRET_KEY=\nSTRIPE_SECRET_KEY=\n"


@neg("jupyterhub", "referencing-file")
def n_jupyterhub_cfg_ref(rng):
    return "jupyterhub_config.py", 'c = get_config()  # noqa\nc.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"\nc.JupyterHub.db_url = "sqlite:////srv/jupyterhub/jupyterhub.sqlite"\nc.Spawner.default_url = "/lab"\n'


@neg("airflow", "referencing-file")
def n_airflow_cfg_ref(rng):
    return "airflow/airflow.cfg", "[core]\nexecutor = LocalExecutor\nfernet_key_cmd = cat /run/secrets/fernet.key\n\n[database]\nsql_alchemy_conn_secret = airflow/connections/metadata\n"


@neg("kubernetes", "referencing-file")
def n_k8s_volume(rng):
    c = ctx(rng)
    text = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
spec:
  template:
    spec:
      containers:
        - name: %s
          image: ghcr.io/acme/%s:%s
          env:
            - name: SERVICE_BINDING_ROOT
              value: /bindings
            - name: DB_PASSWORD_FILE
              value: /etc/secrets/db/password
          volumeMounts:
            - name: db-credentials
              mountPath: /etc/secrets/db
              readOnly: true
      volumes:
        - name: db-credentials
          secret:
            secretName: %s-db
            defaultMode: 0400
""" % (c["proj"], c["svc"], c["proj"], semver(rng), c["proj"])
    return "k8s/base/deployment.yaml", text


# ----------------------------------------------------------------- decoys for template re-use
DECOYS = {
    "placeholder": ["changeme", "CHANGEME", "change-me", "<your-password>", "<db-password>", "YOUR_API_KEY_HERE",
                    "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your-token-here", "<token>",
                    "INSERT_TOKEN_HERE", "dummy", "example", "TODO", "set-me-in-prod", "__CHANGE_ME__"],
    "empty": [""],
    "masked": ["********", "****************", "[REDACTED]", "<redacted>", "***", "REDACTED"],
    "env-ref": ["${DB_PASSWORD}", "$DB_PASSWORD", "${{ secrets.DEPLOY_TOKEN }}", "${API_TOKEN:?missing}",
                "$(cat /run/secrets/db_password)", "${env:APP_SECRET}"],
    "secret-manager-ref": ["op://Infrastructure/postgres-prod/password", "vault:secret/data/app#password",
                           "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/app/db-AbCdEf",
                           "projects/acme-prod/secrets/db-password/versions/latest",
                           "ref+vault://secret/app#/password", "sops://secrets/prod.enc.yaml#db_password"],
    "template-expr": ["{{ db_password }}", "{{ .Values.postgresql.auth.password }}", "<%= ENV['DB_PASSWORD'] %>",
                      "${var.db_password}", "{{ lookup('env', 'API_TOKEN') }}", "#{DB_PASSWORD}#"],
}
DOC_VALUES = {K8S_DOC_PW, AWS_DOC, STRIPE_DOC, SLACK_DOC, CF_DOC}


def decoy(rng, t):
    cats = [("placeholder", 25), ("empty", 10), ("masked", 10), ("env-ref", 15),
            ("secret-manager-ref", 12), ("template-expr", 13)]
    if t["decoys"]:
        cats.append(("doc", 20))
    tot = sum(w for _, w in cats)
    r = rng.randrange(tot)
    for cat, w in cats:
        if r < w:
            break
        r -= w
    if cat == "doc":
        v = pick(rng, t["decoys"])
        return v, ("doc-example" if v in DOC_VALUES else "public-value")
    return pick(rng, DECOYS[cat]), cat


# ----------------------------------------------------------------- driver
def filetype(rel):
    base = rel.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.startswith("Dockerfile."):
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base.startswith(".") and base.count(".") == 1:
        return "dotfile"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return "noext"


def is_blocked_env(rel):
    base = rel.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template"))


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


def schedule(rng, n, k):
    out, bag = [], []
    while len(out) < n:
        if not bag:
            bag = list(range(k))
            rng.shuffle(bag)
        out.append(bag.pop())
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_kr.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0
    for i, ti in enumerate(schedule(rng, 500, len(POS))):
        t = POS[ti]
        v = t["gen"](rng)
        rel, text = t["render"](rng, v)
        if is_blocked_env(rel):
            n_env += 1
        needle = v.split("\n")[0]
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        f = "pos/p%04d/%s" % (i, rel)
        path = write(outdir, f, text)
        with open(path, encoding="utf-8", newline="") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], (f, needle, line)
        assert all(needle not in l for l in back[:line - 1])
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert n_env * 20 <= 500, n_env
    reusable = [t for t in POS if not t["envfile"]]
    for j in range(500):
        if j % 2 == 0:
            t = pick(rng, reusable)
            v, cat = decoy(rng, t)
            rel, text = t["render"](rng, v)
            prov, kind = t["provider"], "%s:%s" % (t["kind"], cat)
        else:
            t = pick(rng, NEG)
            rel, text = t["render"](rng)
            prov, kind = t["provider"], t["kind"]
        assert not is_blocked_env(rel), rel
        f = "neg/n%04d/%s" % (j, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
