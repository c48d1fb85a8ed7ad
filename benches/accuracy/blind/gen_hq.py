#!/usr/bin/env python3
"""Blind evaluation-set generator "hq": internal developer platforms.

EMPHASIS
    Internal developer platforms, service catalogs and platform engineering.
    Providers: Backstage (app-config*.yaml: integrations tokens, GitHub App
    private keys, auth provider client secrets, backend.auth.keys secrets,
    external-access static tokens, database passwords, TechDocs S3/Azure
    credentials, plugin proxy headers), GitHub, GitLab, Atlassian (Compass /
    Jira API tokens), Port (client id/secret), Cortex, OpsLevel, Humanitec,
    Roadie, Configure8, Crossplane provider credentials in Secrets (AWS,
    Azure, GCP, GitHub), Kratix state stores (Git, MinIO bucket), Score
    workloads, Argo CD (repo credentials, cluster bearer tokens, plaintext
    admin password vs bcrypt hash), Terraform Cloud (user/team/agent tokens),
    Spacelift, env0, Harness (delegate tokens, PAT/SAT API keys), plus the
    tokens Backstage plugins usually carry (Sentry, SonarQube, PagerDuty,
    Datadog, New Relic, Grafana, Slack, Vault, npm, Azure DevOps, Kubernetes
    service-account JWTs, Okta, Auth0, Google, Microsoft Entra).
    File types: app-config.yaml / app-config.production.yaml / app-config.local
    .yaml, catalog-info.yaml, Helm values, Kubernetes Secret/ConfigMap/
    Deployment manifests, Crossplane/Kratix/Argo CD custom resources, score.yaml,
    Terraform (.tf, .tfvars, .terraform.lock.hcl, .terraformrc, credentials
    .tfrc.json), GitHub Actions workflows, TypeScript (Backstage plugins and
    backend modules), Go, Python, JSON, TOML, INI/properties, .npmrc,
    Dockerfile, docker-compose, shell, Markdown, CSV, logs, .env (rare).

    Templates: 101 positive templates (each also re-used as a negative with
    a non-secret in the slot) + 39 look-alike negative templates.

USAGE
    python3 -B gen_hq.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath> and OUTDIR/neg/n0000..n0499/<relpath>
    (one file per folder), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive).  All randomness comes from a
    single random.Random(SEED); output is byte-identical for the same SEED.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file and its line is
      the 1-based line of its first occurrence (asserted after writing).
    * Plain tokens / keys / passwords: the bare value, without quotes.
    * Key pairs (AWS access key id + secret, Spacelift key id + secret, env0
      key + secret, Port/OAuth client id + client secret, MinIO access key +
      secret): the needle is the SECRET half only; the id is innocent context.
    * Headers (Authorization: Bearer X, PRIVATE-TOKEN: X, x-api-key: X,
      DD-API-KEY: X): the needle is X only.
    * Basic auth `user:token` (curl -u, HTTPBasicAuth, URL userinfo): the token
      / password only.  Connection strings: the password only.
    * Webhook URLs whose path is the secret (Slack incoming webhooks): the
      whole URL.
    * Multi-line PEM / OpenSSH private keys: the whole block from
      "-----BEGIN" to the end of the matching "-----END ...-----" line exactly
      as written (including the YAML indentation of continuation lines); its
      line is the BEGIN line.  Keys inside JSON strings are single-line with
      literal "\\n" escapes and the needle is that escaped string.
    * Base64-encoded Kubernetes Secret `data:` values: the base64 text as
      written (the encoded credential is the thing a hook must stop).

NEGATIVES
    500 files without any credential.  250 re-use the positive templates with
    the secret slot holding a non-secret: placeholders (<your-token>,
    YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked values (****,
    [REDACTED], prefix + stars), environment references (${VAR}, $env: VAR,
    process.env.X, os.environ[...], os.Getenv, var.x), secret-manager
    references (op://, vault:, ref+vault://, arn:aws:secretsmanager,
    secretKeyRef), template expressions ({{ .Values.x }}, ${{ secrets.X }},
    <+secrets.getValue(..)>, Jinja), and documentation examples published by
    providers.  250 are domain look-alikes: catalog-info annotations and
    entity refs, Argo CD bcrypt admin hashes, GitHub App ids / installation
    ids / client ids, public client ids and publishable tokens, image digests,
    lock-file integrity hashes, go.sum / terraform lock hashes, commit SHAs,
    ULID/UUID/ws-/run- ids, OpsLevel base64 gids, Harness account ids,
    SealedSecrets and SOPS ciphertext, SSH/PGP/PEM public keys, certificates,
    JWKS moduli, webhook HMAC signatures, cosign signatures, trace ids.
    No negative is written to a policy-blocked .env / .env.<name> file
    (.env.example and .env.sample are used instead).

FORMATS CHECKED (search tool, provider docs / changelogs / real configs)
    * GitHub changelog (2021-03/04): ghp_/gho_/ghu_/ghs_/ghr_ prefixes, charset
      [A-Za-z0-9_], 40 chars total; the 36-char body = 30 random base62 + 6-char
      base62 CRC32 checksum (alphabet 0-9A-Za-z) -- layout from a token-parsing
      library's docs.  Fine-grained PATs github_pat_<22>_<59> from memory.
    * GitHub changelog: GitHub App client ids are strings ("Iv23..."), app ids
      are integers; Backstage GithubAppConfig = appId, clientId, clientSecret,
      webhookSecret, privateKey (PEM "BEGIN RSA PRIVATE KEY").
    * GitLab issues/MRs: glpat- prefix for PATs, [A-Za-z0-9_-] body of 20 chars
      (newer routable tokens are longer, with dot-separated parts).
    * Red Hat Developer Hub docs: backend secret = base64 of 24 random bytes
      (node crypto.randomBytes(24).toString("base64")); their example value is
      used as a documented example among negatives.
    * Terraform Enterprise/HCP docs + real configs: API/agent tokens are
      <14 alnum>.atlasv1.<67 alnum>; ids like at-..., apool-..., ws-....
    * Harness docs + real helm commands: delegate token is base64 of a 32-hex
      string (ends in "="); account id 22 chars; API keys are pat./sat. tokens
      sent in x-api-key.
    * Atlassian docs: API tokens have variable length, used as basic-auth
      password with the account email; real configs show ATATT3xFfGF0 + body +
      "=" + 8 uppercase hex (192 chars in total).
    * Spacelift docs: API key id + secret (key id is a ULID), spacectl env vars.
      env0 docs: ENV0_API_KEY / ENV0_API_SECRET.  OpsLevel docs:
      OPSLEVEL_API_TOKEN, ids are base64 "gid://opslevel/...".  Cortex docs:
      Authorization: Bearer <API key>, bearer format JWT.
    * Argo CD docs: argocd-secret admin.password is a bcrypt hash;
      argocd-initial-admin-secret holds the plain password; repo secrets carry
      label argocd.argoproj.io/secret-type.
    * Microsoft docs: Entra client secrets up to 40 chars [A-Za-z0-9_.~-] with a
      "Q~" marker at positions 4-5.
    Leaked-looking tokens seen in public code were used only to confirm shape
    and length, never copied.  Search results that turned out to be secret-scanner rules or detector docs
    (a ripsecrets issue, a Sonar-style rule YAML, a gitleaks-style Go rule, a
    keyhog detector TOML, GitGuardian detector pages) were not used.

DOUBTS
    * Exact secret formats of Port (client secret here: 64 alnum), Cortex
      (modelled as an HS512-style JWT because the API docs say "bearer format:
      JWT"), OpsLevel (40 alnum), Humanitec (modelled as 48 url-safe chars),
      Roadie (64 alnum), Configure8 (40 hex), Spacelift secret
      (64 hex), env0 key/secret (16 lowercase alnum / 32 url-safe) were not
      found in provider documentation.
    * Harness PAT layout pat.<account id>.<24 hex>.<20 alnum> is from memory.
    * Fine-grained GitHub PAT lengths, Sentry org token (sntrys_ + base64 JSON +
      "_" + 43 chars), Grafana glsa_ token, New Relic NRAK-, SonarQube squ_,
      Vault hvs. length, PagerDuty 20-char token, Okta/Auth0 secret lengths and
      Azure DevOps 52-char PATs were not re-checked in provider docs.
    * GitHub CRC32/base62 checksum alphabet order is taken from a token library
      description, not from GitHub itself; npm tokens are assumed to use the
      same scheme.
    * Generated RSA/PKCS#8/OpenSSH keys have correct DER/OpenSSH framing and
      sizes but random (not mathematically valid) numbers.
"""

import base64
import binascii
import hashlib
import json
import os
import random
import sys

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = B62
LOWER = "abcdefghijklmnopqrstuvwxyz"
LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64C = ALNUM + "+/"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
B32L = "abcdefghijklmnopqrstuvwxyz234567"

R = None  # the one random.Random(SEED), set in main()


# ----------------------------------------------------------------- basics
def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def hx(n):
    return rs(HEX, n)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def uuid4():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid():
    return pick("01") + pick("GHJ") + rs(CROCK, 24)


def b62enc(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_b62(body):
    return b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def sha1h():
    return hx(40)


def sha256h():
    return hx(64)


def nm(conv, neutral):
    """About half the slots use the conventional name, half a neutral one."""
    return pick(conv) if chance(0.5) else pick(neutral)


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + ln if ln else ln for ln in text.split("\n"))


# ------------------------------------------------------------ vocabulary
ORGS = ["acme", "globex", "initech", "umbrella-corp", "hooli", "stark-ind",
        "wayne-ent", "cyberdyne", "tyrell", "soylent", "vandelay", "massive-dyn",
        "northwind", "contoso-eng", "fabrikam", "wonka-labs"]
SERVICES = ["payments-api", "checkout-web", "ledger-service", "search-indexer",
            "identity-gateway", "catalog-sync", "notifications", "billing-worker",
            "inventory-api", "scaffolder-templates", "platform-docs", "order-router",
            "fraud-scorer", "reporting-etl", "feature-flags", "media-transcoder",
            "recommendation-svc", "audit-trail", "edge-proxy", "user-profile"]
TEAMS = ["platform", "team-payments", "team-growth", "sre", "devex", "data-eng",
         "team-identity", "infra", "mobile", "core-api"]
SYSTEMS = ["commerce", "identity", "data-platform", "developer-portal", "observability",
           "billing", "logistics"]
ENVS = ["dev", "staging", "prod", "qa", "sandbox", "preprod"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
PEOPLE = ["jane.doe", "omar.haddad", "li.wei", "sofia.rossi", "k.nakamura", "priya.n",
          "m.schmidt", "carlos.mendez", "ada.okafor", "t.johansson"]


FILE = {}  # per-file context so one file names one organisation / service


def org():
    if "org" not in FILE:
        FILE["org"] = pick(ORGS)
    return FILE["org"]


def svc():
    if "svc" not in FILE:
        FILE["svc"] = pick(SERVICES)
    return FILE["svc"]


def other_svc():
    return pick(SERVICES)


def team():
    return pick(TEAMS)


def env():
    if "env" not in FILE:
        FILE["env"] = pick(ENVS)
    return FILE["env"]


def email():
    return "%s@%s.com" % (pick(PEOPLE), org().split("-")[0])


# ------------------------------------------------------- secret formats
def gh_classic(prefix="ghp"):
    body = rs(B62, 30)
    return "%s_%s%s" % (prefix, body, crc_b62(body))


def gh_fine():
    return "github_pat_" + rs(B62, 22) + "_" + rs(B62, 59)


def npm_token():
    body = rs(B62, 30)
    return "npm_" + body + crc_b62(body)


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_rand(nbytes, top=True):
    v = bytearray(rbytes(nbytes))
    if top:
        v[0] |= 0x80
    v[-1] |= 1
    if v[0] & 0x80:
        v = b"\x00" + bytes(v)
    return der(0x02, bytes(v))


def rsa_der(bits=2048):
    n = bits // 8
    h = n // 2
    parts = [der(0x02, b"\x00"), der_int_rand(n), der(0x02, b"\x01\x00\x01"),
             der_int_rand(n, top=False), der_int_rand(h), der_int_rand(h),
             der_int_rand(h, top=False), der_int_rand(h, top=False),
             der_int_rand(h, top=False)]
    return der(0x30, b"".join(parts))


def pem(label, data):
    s = base64.b64encode(data).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_pem():
    return pem("RSA PRIVATE KEY", rsa_der(pick([2048, 2048, 2048, 4096])))


def pkcs8_pem():
    alg = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    body = der(0x30, der(0x02, b"\x00") + alg + der(0x04, rsa_der(2048)))
    return pem("PRIVATE KEY", body)


def openssh_ed25519():
    def sstr(b):
        return len(b).to_bytes(4, "big") + b
    pub = rbytes(32)
    pubblob = sstr(b"ssh-ed25519") + sstr(pub)
    chk = rbytes(4)
    comment = ("argocd@%s" % org()).encode()
    priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pub) + sstr(rbytes(32) + pub) + sstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") +
            (1).to_bytes(4, "big") + sstr(pubblob) + sstr(priv))
    s = base64.b64encode(blob).decode()
    lines = [s[i:i + 70] for i in range(0, len(s), 70)]
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----"
            % "\n".join(lines))


def jwt(header, payload, siglen=43):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, rs(URLSAFE, siglen))


def ts_epoch():
    return R.randint(1690000000, 1760000000)


def k8s_sa_jwt():
    ns = pick(["backstage", "platform", "argocd", "kube-system"])
    sa = pick(["backstage-reader", "backstage", "argocd-manager", "catalog-k8s"])
    pl = {"iss": "kubernetes/serviceaccount",
          "kubernetes.io/serviceaccount/namespace": ns,
          "kubernetes.io/serviceaccount/secret.name": "%s-token-%s" % (sa, rs(LOWNUM, 5)),
          "kubernetes.io/serviceaccount/service-account.name": sa,
          "kubernetes.io/serviceaccount/service-account.uid": uuid4(),
          "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    return jwt({"alg": "RS256", "kid": rs(URLSAFE, 43)}, pl, 342)


def argocd_jwt():
    now = ts_epoch()
    pl = {"iss": "argocd", "sub": pick(["admin", "ci-bot", "backstage"]) + ":apiKey",
          "nbf": now, "iat": now, "jti": uuid4()}
    return jwt({"alg": "HS256", "typ": "JWT"}, pl, 43)


def cortex_key():
    pl = {"sub": uuid4(), "tenant": org(), "iat": ts_epoch(), "type": "api_key"}
    return jwt({"alg": "HS512"}, pl, 86)


def atlassian_token():
    return "ATATT3xFfGF0" + rs(URLSAFE, 171) + "=" + rs("0123456789ABCDEF", 8)


def tfc_token():
    return rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)


def harness_delegate():
    return base64.b64encode(hx(32).encode()).decode()


def harness_account():
    return rs(URLSAFE, 22)


def harness_pat():
    return "%s.%s.%s.%s" % (pick(["pat", "pat", "sat"]), harness_account(), hx(24), rs(ALNUM, 20))


def glpat():
    return "glpat-" + rs(URLSAFE, 20)


def gl_runner():
    return "glrt-" + rs(URLSAFE, 20)


def gl_deploy():
    return "gldt-" + rs(URLSAFE, 20)


def gl_oauth_secret():
    return "gloas-" + hx(64)


def backend_secret():
    return b64(24)


def db_password():
    alpha = ALNUM + "!#%^*-_+="
    s = rs(ALNUM, 4) + rs(alpha, R.randint(14, 22)) + rs("0123456789", 2)
    return s


def plain_password():
    return rs(ALNUM + "-_", 16)


def aws_pair():
    return "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), rs(B64C, 40)


def gocspx():
    return "GOCSPX-" + rs(URLSAFE, 28)


def entra_secret():
    return rs(ALNUM, 3) + pick("678") + "Q~" + rs(ALNUM + "_.~-", 34)


def okta_secret():
    return rs(URLSAFE, 40)


def auth0_secret():
    return rs(URLSAFE, 64)


def azure_storage_key():
    return b64(64)


def ado_pat():
    return rs(B32L, 52)


def sentry_token():
    info = {"iat": float(ts_epoch()) + R.random(), "url": "https://sentry.io",
            "region_url": "https://us.sentry.io", "org": org()}
    enc = base64.b64encode(json.dumps(info, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + enc + "_" + rs(B64C, 43)


def sonar_token():
    return pick(["squ_", "sqa_", "sqp_"]) + hx(40)


def pagerduty_token():
    return rs(ALNUM + "_-+", 20)


def dd_api_key():
    return hx(32)


def newrelic_key():
    return "NRAK-" + rs(UPNUM, 27)


def grafana_sa():
    return "glsa_" + rs(ALNUM, 32) + "_" + hx(8)


def slack_bot():
    return "xoxb-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 12, 10 ** 13),
                              rs(ALNUM, 24))


def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UPNUM, pick([8, 9, 10])),
                                                          rs(UPNUM, pick([8, 9, 10, 11])),
                                                          rs(ALNUM, 24))


def vault_token():
    return "hvs.CAESI" + rs(URLSAFE, 86)


def port_client_id():
    return rs(ALNUM, 32)


def port_secret():
    return rs(ALNUM, 64)


def opslevel_token():
    return rs(ALNUM, 40)


def humanitec_token():
    return rs(URLSAFE, 48)


def roadie_token():
    return rs(ALNUM, 64)


def configure8_key():
    return hx(40)


def spacelift_secret():
    return hx(64)


def env0_pair():
    return rs(LOWNUM, 16), rs(URLSAFE, 32)


def minio_pair():
    return rs(UPNUM, 20), rs(ALNUM + "+/", 40)


def gh_client_secret():
    return hx(40)


def webhook_secret():
    return pick([hx(40), rs(ALNUM, 32), b64(32)])


def gh_app_client_id():
    return pick(["Iv1." + hx(16), "Iv23li" + rs(ALNUM, 14)])


def bcrypt_hash():
    return "$2a$10$" + rs("./" + ALNUM, 53)


def gcp_sa_json(key_escaped):
    proj = "%s-%s-%d" % (org(), pick(["platform", "idp", "infra"]), R.randint(100, 999))
    sa = pick(["crossplane", "provider-gcp", "backstage-techdocs"])
    return json.dumps({
        "type": "service_account",
        "project_id": proj,
        "private_key_id": hx(40),
        "private_key": "@@KEY@@",
        "client_email": "%s@%s.iam.gserviceaccount.com" % (sa, proj),
        "client_id": str(R.randint(10 ** 20, 10 ** 21)),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com" % (sa, proj),
    }, indent=2).replace('"@@KEY@@"', '"' + key_escaped + '"')


# ------------------------------------------------------------ the slot
DOC_EXAMPLES = {
    # published documentation examples -> negatives
    "ghp": ["ghp_16C7e42F292c6912E7710c838347Ae178B4a"],
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "aws_id": ["AKIAIOSFODNN7EXAMPLE"],
    "backend_secret": ["3E2/rIPuZNFCtYHoxVP8wjriffnN1q/z"],
    "slack_webhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "webhook_secret": ["shhhh! it's a github secret"],
    "atlassian": ["my-api-token"],
    "gh_client_secret": ["YOUR CLIENT SECRET"],
    "pem": ["-----BEGIN RSA PRIVATE KEY-----\n...Key content...\n-----END RSA PRIVATE KEY-----"],
}

PLACEHOLDERS = ["<your-token>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<PASTE_TOKEN_HERE>", "TODO", "your-token-here", "dummy",
                "<insert secret>", "CHANGE_ME_BEFORE_DEPLOY", "XXXXXXXXXXXXXXXX", "<secret>",
                "set-me", "example-token", "placeholder"]
MASKS = ["********", "[REDACTED]", "****************", "<redacted>", "***", "[MASKED]",
         "<hidden>", "REDACTED"]


def snake(var):
    return var.lower()


def camel(var):
    parts = var.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def q(style, raw):
    """Quote a raw string as a literal of the given style."""
    if style in ("raw", "yaml", "pem"):
        return raw
    if style in ("dq", "go", "hcl", "json"):
        return json.dumps(raw)
    if style in ("sq", "ts"):
        return "'" + raw.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if style == "py":
        return repr(raw)
    if style == "sh":
        return "'" + raw.replace("'", "'\\''") + "'" if raw else '""'
    raise ValueError(style)


class Slot:
    """The one place in a template that holds the credential (or, for a
    negative, something that is not a credential)."""

    def __init__(self, secret, neg_mode=None, family=None, prefix=""):
        self.secret = secret
        self.neg = neg_mode
        self.family = family
        self.prefix = prefix
        self.rawneg = None
        if neg_mode:
            self.rawneg = self._neg_raw()

    def _neg_raw(self):
        m = self.neg
        if m == "placeholder":
            if self.prefix and chance(0.3):
                return self.prefix + "x" * R.randint(16, 36)
            return pick(PLACEHOLDERS)
        if m == "empty":
            return ""
        if m == "masked":
            if self.prefix and chance(0.35):
                return self.prefix + "*" * R.randint(8, 30)
            return pick(MASKS)
        if m == "docexample":
            ex = DOC_EXAMPLES.get(self.family)
            if ex:
                return pick(ex)
            self.neg = "placeholder"
            return pick(PLACEHOLDERS)
        return None  # computed per call (refs depend on var name / style)

    def _ref(self, style, var):
        m = self.neg
        if m == "envref":
            if style == "py":
                return pick(['os.environ["%s"]' % var, 'os.getenv("%s")' % var,
                             'os.environ.get("%s", "")' % var])
            if style == "ts":
                return pick(["process.env.%s" % var, "process.env.%s ?? ''" % var,
                             "process.env['%s']!" % var])
            if style == "go":
                return 'os.Getenv("%s")' % var
            if style == "hcl":
                return "var.%s" % snake(var)
            if style == "sh":
                return pick(['"$%s"' % var, '"${%s}"' % var, '"${%s:?missing}"' % var])
            raw = pick(["${%s}" % var, "${%s}" % var, "$%s" % var]) if style != "yaml" else "${%s}" % var
            return q(style, raw) if style not in ("raw", "yaml", "pem") else raw
        if m == "secretref":
            if style == "hcl":
                return "data.aws_secretsmanager_secret_version.%s.secret_string" % snake(var)
            raw = pick(["op://platform-eng/%s/credential" % snake(var).replace("_", "-"),
                        "vault:secret/data/idp/backstage#%s" % snake(var),
                        "ref+vault://secret/platform/%s#/value" % snake(var),
                        "arn:aws:secretsmanager:%s:%d:secret:idp/%s-%s" % (
                            pick(REGIONS), R.randint(10 ** 11, 10 ** 12 - 1),
                            snake(var).replace("_", "-"), rs(ALNUM, 6)),
                        "sm://%s-platform/%s" % (org(), snake(var).replace("_", "-")),
                        "azurekeyvault://kv-idp-%s/%s" % (env(), snake(var).replace("_", "-"))])
            return q(style, raw)
        if m == "template":
            if style in ("py", "ts", "go", "hcl"):
                self.neg = "envref"
                r = self._ref(style, var)
                self.neg = "template"
                return r
            raw = pick(["{{ .Values.secrets.%s }}" % camel(var), "{{ %s }}" % snake(var),
                        "${{ secrets.%s }}" % var, '<+secrets.getValue("%s")>' % snake(var),
                        "#{%s}#" % var, "__%s__" % var, "{{ vault \"%s\" }}" % snake(var)])
            return q(style, raw)
        raise ValueError(m)

    def v(self, style="raw", var="TOKEN"):
        if self.neg is None:
            return q(style, self.secret)
        if self.rawneg is not None:
            return q(style, self.rawneg)
        return self._ref(style, var)

    def pair(self, real, style="raw", var="ID", family=None):
        """A companion value (key id) that is only sensitive with the secret:
        kept for positives, neutralised for negatives in the same mode."""
        if self.neg is None:
            return q(style, real)
        if self.neg == "docexample" and family in DOC_EXAMPLES:
            return q(style, DOC_EXAMPLES[family][0])
        if self.neg in ("placeholder", "empty", "masked", "docexample"):
            return q(style, pick(["<key-id>", "YOUR_KEY_ID", "", "xxxxxxxx"]) if self.neg != "masked" else "****")
        return Slot(None, self.neg)._ref(style, var) if self.neg != "template" else q(style, "{{ .Values.secrets.%s }}" % camel(var))


# ------------------------------------------------------ shared snippets
def yaml_q(val):
    """Render a YAML scalar, sometimes quoted (as people do)."""
    if val == "":
        return '""'
    if val.startswith(("${", "{{", "*", "[", "<", "<+", "#{", "!", "%", "@", "`", "&", "|")):
        return '"%s"' % val.replace('"', '\\"')
    if "\n" in val or ": " in val or " #" in val:
        return '"%s"' % val.replace('"', '\\"')
    if "'" in val or '"' in val or "!" in val:
        return val if "'" not in val[:1] else '"%s"' % val
    return pick([val, val, '"%s"' % val, "'%s'" % val])


def ys(s, var):
    return yaml_q(s.v("yaml", var))


def bs_header():
    return pick([
        "app:\n  title: %s Developer Portal\n  baseUrl: https://backstage.%s.internal\n\n" % (org().title(), org()),
        "app:\n  title: Internal Developer Platform\n  baseUrl: https://portal.%s.io\n\norganization:\n  name: %s\n\n" % (org(), org().title()),
        "# Backstage configuration -- see https://backstage.io/docs/conf/\napp:\n  title: %s Portal\n  baseUrl: http://localhost:3000\n\n" % org().title(),
    ])


def bs_backend(db=True):
    out = ("backend:\n  baseUrl: https://backstage.%s.internal\n  listen:\n    port: 7007\n"
           "  cors:\n    origin: https://backstage.%s.internal\n    methods: [GET, HEAD, PATCH, POST, PUT, DELETE]\n    credentials: true\n" % (org(), org()))
    if db:
        out += ("  database:\n    client: pg\n    connection:\n      host: ${POSTGRES_HOST}\n"
                "      port: ${POSTGRES_PORT}\n      user: ${POSTGRES_USER}\n      password: ${POSTGRES_PASSWORD}\n")
    return out + "\n"


def bs_catalog():
    return ("catalog:\n  rules:\n    - allow: [Component, System, API, Resource, Location, Template, Group, User]\n"
            "  locations:\n    - type: url\n      target: https://github.com/%s/software-catalog/blob/main/all.yaml\n"
            "    - type: file\n      target: ../../examples/org.yaml\n      rules:\n        - allow: [User, Group]\n\n" % org())


def bs_techdocs():
    return ("techdocs:\n  builder: 'external'\n  generator:\n    runIn: 'local'\n  publisher:\n"
            "    type: 'awsS3'\n    awsS3:\n      bucketName: %s-techdocs-%s\n      region: %s\n\n" % (org(), env(), pick(REGIONS)))


def k8s_meta(name, ns, labels=None):
    out = "metadata:\n  name: %s\n  namespace: %s\n" % (name, ns)
    if labels:
        out += "  labels:\n" + "".join("    %s: %s\n" % kv for kv in labels)
    return out


def gha_head(name, on_push=True):
    trig = ("on:\n  push:\n    branches: [main]\n  workflow_dispatch: {}\n" if on_push else
            "on:\n  schedule:\n    - cron: '%d */6 * * *'\n  workflow_dispatch: {}\n" % R.randint(0, 59))
    return ("name: %s\n\n%s\npermissions:\n  contents: read\n  id-token: write\n\n" % (name, trig))


def checkout():
    return "      - uses: actions/checkout@v4\n"


def ts_imports():
    return pick([
        "import { createBackendModule, coreServices } from '@backstage/backend-plugin-api';\n",
        "import { LoggerService } from '@backstage/backend-plugin-api';\nimport fetch from 'node-fetch';\n",
        "import { Config } from '@backstage/config';\nimport { ScmIntegrations } from '@backstage/integration';\n",
    ])


# ============================================================ templates
POS = []


def tpl(provider, kind, gen, family=None, prefix="", envfile=False):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "family": family, "prefix": prefix, "fn": fn, "envfile": envfile})
        return fn
    return deco


# ----------------------------------------------- Backstage app-config
@tpl("github", "integration_token", gh_classic, "ghp", "ghp_")
def bs_integration_github(s):
    var = nm(["GITHUB_TOKEN"], ["GH_CATALOG_READ", "SCM_READ_CRED", "PORTAL_GIT_PAT"])
    path = pick(["app-config.yaml", "app-config.local.yaml", "packages/backend/app-config.yaml"])
    host = pick(["github.com", "github.com", "github.%s.internal" % org()])
    api = "" if host == "github.com" else "      apiBaseUrl: https://%s/api/v3\n" % host
    body = (bs_header() + bs_backend() +
            "integrations:\n  github:\n    - host: %s\n%s      token: %s\n\n" % (host, api, ys(s, var)) +
            bs_catalog() + "proxy:\n  endpoints:\n    '/circleci/api':\n      target: https://circleci.com/api/v1.1\n      headers:\n        Circle-Token: ${CIRCLECI_AUTH_TOKEN}\n")
    return path, body


@tpl("gitlab", "integration_token", glpat, None, "glpat-")
def bs_integration_gitlab(s):
    var = nm(["GITLAB_TOKEN"], ["GL_SCM_CRED", "CATALOG_GITLAB_RO", "SOURCE_READ_PAT"])
    path = pick(["app-config.production.yaml", "app-config.yaml", "deploy/app-config.production.yaml"])
    host = pick(["gitlab.com", "gitlab.%s.net" % org(), "git.%s.io" % org()])
    body = (bs_backend(db=False) +
            "integrations:\n  gitlab:\n    - host: %s\n      apiBaseUrl: https://%s/api/v4\n      token: %s\n\n" % (host, host, ys(s, var)) +
            "catalog:\n  providers:\n    gitlab:\n      yourProviderId:\n        host: %s\n        branch: main\n        fallbackBranch: master\n        entityFilename: catalog-info.yaml\n        group: %s/platform\n        schedule:\n          frequency: { minutes: 30 }\n          timeout: { minutes: 3 }\n" % (host, org()))
    return path, body


@tpl("backstage", "backend_secret", backend_secret, "backend_secret")
def bs_backend_keys(s):
    var = nm(["BACKEND_SECRET"], ["SVC_AUTH_KEY", "PORTAL_SIGNING", "S2S_KEY_MATERIAL"])
    path = pick(["app-config.production.yaml", "app-config.yaml"])
    legacy = chance(0.5)
    if legacy:
        auth = "  auth:\n    keys:\n      - secret: %s\n" % ys(s, var)
    else:
        auth = ("  auth:\n    externalAccess:\n      - type: legacy\n        options:\n          subject: legacy-default-config\n          secret: %s\n" % ys(s, var))
    body = (bs_header() + "backend:\n  baseUrl: https://backstage.%s.internal\n  listen:\n    port: 7007\n" % org() + auth +
            "  csp:\n    connect-src: [\"'self'\", 'http:', 'https:']\n  reading:\n    allow:\n      - host: '*.%s.internal'\n\n" % org() + bs_catalog())
    return path, body


@tpl("backstage", "static_token", lambda: rs(URLSAFE, R.choice([32, 40, 48])), None)
def bs_external_static(s):
    var = nm(["CICD_STATIC_TOKEN"], ["EXTERNAL_CALLER_KEY", "PIPELINE_ACCESS", "BOT_SHARED"])
    body = ("backend:\n  auth:\n    externalAccess:\n      - type: static\n        options:\n          token: %s\n          subject: %s-catalog-writer\n        accessRestrictions:\n          - plugin: catalog\n          - plugin: scaffolder\n      - type: jwks\n        options:\n          url: https://sso.%s.com/.well-known/jwks.json\n          issuer: https://sso.%s.com\n          subject: jwks-ci\n" % (ys(s, var), pick(["cicd", "argo", "jenkins"]), org(), org()))
    return pick(["app-config.production.yaml", "config/app-config.ci.yaml"]), body


@tpl("postgres", "database_password", db_password, None)
def bs_db_password(s):
    var = nm(["POSTGRES_PASSWORD"], ["PG_PASS", "DB_CRED_RW", "CATALOG_DB_SECRET"])
    host = pick(["backstage-db.%s.rds.amazonaws.com" % org(), "postgres.platform.svc.cluster.local", "10.40.2.17"])
    body = (bs_header() + "backend:\n  baseUrl: https://backstage.%s.internal\n  listen:\n    port: 7007\n"
            "  database:\n    client: pg\n    pluginDivisionMode: schema\n    connection:\n      host: %s\n      port: 5432\n      user: backstage\n      password: %s\n      ssl:\n        rejectUnauthorized: false\n\n" % (org(), host, ys(s, var)) + bs_techdocs())
    return pick(["app-config.production.yaml", "app-config.yaml"]), body


@tpl("postgres", "connection_string_password", lambda: rs(ALNUM, R.randint(16, 26)), None)
def bs_db_conn_string(s):
    host = pick(["pg-backstage.%s.internal" % org(), "db.platform.svc", "backstage-pg.cluster-%s.%s.rds.amazonaws.com" % (rs(LOWNUM, 12), pick(REGIONS))])
    pw = s.v("raw", "POSTGRES_PASSWORD")
    body = ("backend:\n  database:\n    client: pg\n    connection: 'postgresql://backstage:%s@%s:5432/backstage_plugin_catalog?sslmode=require'\n    knexConfig:\n      pool:\n        min: 3\n        max: 12\n\n" % (pw, host) + bs_catalog())
    return pick(["app-config.production.yaml", "config/app-config.db.yaml"]), body


@tpl("github", "oauth_client_secret", gh_client_secret, "gh_client_secret")
def bs_auth_github(s):
    var = nm(["AUTH_GITHUB_CLIENT_SECRET"], ["GH_OAUTH_S", "LOGIN_APP_KEY", "SSO_GH_CS"])
    cid = pick(["Ov23li" + rs(ALNUM, 14), hx(20)])
    body = (bs_header() + "auth:\n  environment: %s\n  providers:\n    github:\n      %s:\n        clientId: %s\n        clientSecret: %s\n        signIn:\n          resolvers:\n            - resolver: usernameMatchingUserEntityName\n\n" % (
        pick(["production", "development"]), pick(["production", "development"]), cid, ys(s, var)) + bs_catalog())
    return pick(["app-config.yaml", "app-config.local.yaml", "app-config.production.yaml"]), body


@tpl("google", "oauth_client_secret", gocspx, None, "GOCSPX-")
def bs_auth_google(s):
    var = nm(["AUTH_GOOGLE_CLIENT_SECRET"], ["GCP_LOGIN_S", "WORKSPACE_SSO_KEY"])
    cid = "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), rs(LOWNUM, 32))
    body = ("auth:\n  environment: production\n  session:\n    secret: ${AUTH_SESSION_SECRET}\n  providers:\n    google:\n      production:\n        clientId: %s\n        clientSecret: %s\n        signIn:\n          resolvers:\n            - resolver: emailMatchingUserEntityAnnotation\n\n" % (cid, ys(s, var)))
    return "app-config.production.yaml", bs_header() + body


@tpl("microsoft", "oauth_client_secret", entra_secret, None)
def bs_auth_microsoft(s):
    var = nm(["AUTH_MICROSOFT_CLIENT_SECRET"], ["ENTRA_APP_PW", "AAD_LOGIN_S"])
    body = ("auth:\n  environment: production\n  providers:\n    microsoft:\n      production:\n        clientId: %s\n        clientSecret: %s\n        tenantId: %s\n        domainHint: %s\n        additionalScopes:\n          - Mail.Send\n\ncatalog:\n  providers:\n    microsoftGraphOrg:\n      default:\n        tenantId: ${AZURE_TENANT_ID}\n        user:\n          filter: accountEnabled eq true and userType eq 'member'\n" % (uuid4(), ys(s, var), uuid4(), uuid4()))
    return pick(["app-config.production.yaml", "app-config.yaml"]), bs_header() + body


@tpl("okta", "oauth_client_secret", okta_secret, None)
def bs_auth_okta(s):
    var = nm(["AUTH_OKTA_CLIENT_SECRET"], ["IDP_OIDC_S", "SSO_APP_PASSWORD"])
    body = ("auth:\n  environment: production\n  providers:\n    okta:\n      production:\n        clientId: 0oa%s\n        clientSecret: %s\n        audience: https://%s.okta.com\n        authServerId: aus%s\n        idp: 0oa%s\n        additionalScopes: ['groups']\n" % (
        rs(ALNUM, 17), ys(s, var), org(), rs(ALNUM, 17), rs(ALNUM, 17)))
    return "app-config.production.yaml", bs_header() + body


@tpl("gitlab", "oauth_client_secret", gl_oauth_secret, None, "gloas-")
def bs_auth_gitlab(s):
    var = nm(["AUTH_GITLAB_CLIENT_SECRET"], ["GL_APP_S", "GITLAB_SSO_KEY"])
    body = ("auth:\n  environment: development\n  providers:\n    gitlab:\n      development:\n        clientId: %s\n        clientSecret: %s\n        audience: https://gitlab.%s.net\n        callbackUrl: https://backstage.%s.internal/api/auth/gitlab/handler/frame\n" % (
        hx(64), ys(s, var), org(), org()))
    return pick(["app-config.yaml", "app-config.local.yaml"]), bs_header() + body


@tpl("auth0", "oauth_client_secret", auth0_secret, None)
def bs_auth_auth0(s):
    var = nm(["AUTH_AUTH0_CLIENT_SECRET"], ["TENANT_APP_S", "LOGIN_SECRET"])
    body = ("auth:\n  environment: production\n  providers:\n    auth0:\n      production:\n        clientId: %s\n        clientSecret: %s\n        domain: %s.eu.auth0.com\n        audience: https://backstage.%s.internal\n        connection: google-oauth2\n" % (
        rs(ALNUM, 32), ys(s, var), org(), org()))
    return "app-config.production.yaml", body


@tpl("aws", "access_key_secret", lambda: aws_pair()[1], "aws_secret")
def bs_techdocs_s3(s):
    kid = aws_pair()[0]
    body = (bs_header() + "techdocs:\n  builder: 'external'\n  publisher:\n    type: 'awsS3'\n    awsS3:\n      bucketName: %s-techdocs\n      region: %s\n      credentials:\n        accessKeyId: %s\n        secretAccessKey: %s\n      s3ForcePathStyle: false\n\n" % (
        org(), pick(REGIONS), yaml_q(s.pair(kid, "yaml", "AWS_ACCESS_KEY_ID", "aws_id")), ys(s, "AWS_SECRET_ACCESS_KEY")))
    return pick(["app-config.production.yaml", "app-config.yaml"]), body


@tpl("azure", "storage_account_key", azure_storage_key, None)
def bs_techdocs_azure(s):
    var = nm(["TECHDOCS_AZURE_BLOB_STORAGE_ACCOUNT_KEY"], ["BLOB_KEY", "DOCS_STORAGE_CRED"])
    body = ("techdocs:\n  builder: 'external'\n  publisher:\n    type: 'azureBlobStorage'\n    azureBlobStorage:\n      containerName: techdocs\n      credentials:\n        accountName: st%sdocs%s\n        accountKey: %s\n" % (
        org().replace("-", "")[:8], env(), ys(s, var)))
    return "app-config.production.yaml", bs_header() + body


@tpl("github", "github_app_private_key", rsa_pem, "pem")
def bs_github_app_pem(s):
    appid = R.randint(100000, 999999)
    pk = s.v("pem", "GITHUB_APP_PRIVATE_KEY")
    inline = chance(0.5)
    if inline:
        path = pick(["github-app-backstage-credentials.yaml", "github-app-%s-credentials.yaml" % org(), "config/github-app.yaml"])
        body = ("appId: %d\nclientId: %s\nclientSecret: ${GITHUB_APP_CLIENT_SECRET}\nwebhookUrl: https://smee.io/%s\nwebhookSecret: ${GITHUB_APP_WEBHOOK_SECRET}\nprivateKey: |\n%s\n" % (
            appid, gh_app_client_id(), rs(ALNUM, 16), indent(pk, 2)))
    else:
        path = pick(["app-config.production.yaml", "app-config.yaml"])
        body = ("integrations:\n  github:\n    - host: github.com\n      apps:\n        - appId: %d\n          clientId: %s\n          clientSecret: ${GITHUB_APP_CLIENT_SECRET}\n          webhookSecret: ${GITHUB_APP_WEBHOOK_SECRET}\n          allowedInstallationOwners: ['%s']\n          privateKey: |\n%s\n\n" % (
            appid, gh_app_client_id(), org(), indent(pk, 12)) + bs_catalog())
    return path, body


@tpl("github", "webhook_secret", webhook_secret, "webhook_secret")
def bs_github_app_webhook(s):
    var = nm(["GITHUB_APP_WEBHOOK_SECRET"], ["HOOK_HMAC", "EVENTS_SIGNING_VALUE"])
    body = ("appId: %d\nclientId: %s\nclientSecret:\n  $env: GITHUB_APP_CLIENT_SECRET\nwebhookUrl: https://backstage.%s.internal/api/events/http/github\nwebhookSecret: %s\nprivateKey:\n  $file: ./secrets/github-app.pem\n" % (
        R.randint(100000, 999999), gh_app_client_id(), org(), ys(s, var)))
    return pick(["github-app-backstage-credentials.yaml", "github-app-credentials.yaml"]), body


@tpl("github", "oauth_client_secret", gh_client_secret, "gh_client_secret")
def bs_github_app_client_secret(s):
    var = nm(["GITHUB_APP_CLIENT_SECRET"], ["APP_OAUTH_S", "GH_APP_CS"])
    body = ("integrations:\n  github:\n    - host: github.com\n      apps:\n        - appId: %d\n          clientId: %s\n          clientSecret: %s\n          webhookSecret: ${GITHUB_WEBHOOK_SECRET}\n          privateKey:\n            $file: /var/run/secrets/github-app/private-key.pem\n" % (
        R.randint(100000, 999999), gh_app_client_id(), ys(s, var)))
    return pick(["app-config.production.yaml", "app-config.yaml"]), body


@tpl("sentry", "api_token", sentry_token, None, "sntrys_")
def bs_sentry(s):
    var = nm(["SENTRY_TOKEN"], ["ERR_TRACKER_KEY", "ISSUES_API_CRED"])
    body = ("proxy:\n  endpoints:\n    '/sentry/api':\n      target: https://sentry.io/api/\n      allowedMethods: ['GET']\n      headers:\n        Authorization: Bearer %s\n\nsentry:\n  organization: %s\n" % (
        s.v("raw", var), org()))
    return pick(["app-config.yaml", "app-config.production.yaml"]), bs_header() + body


@tpl("sonarqube", "api_token", sonar_token, None, "squ_")
def bs_sonarqube(s):
    var = nm(["SONARQUBE_TOKEN"], ["CODEQUALITY_KEY", "SQ_READ"])
    body = ("sonarqube:\n  instances:\n    - name: default\n      baseUrl: https://sonar.%s.internal\n      apiKey: %s\n    - name: cloud\n      baseUrl: https://sonarcloud.io\n      apiKey: ${SONARCLOUD_TOKEN}\n" % (org(), ys(s, var)))
    return "app-config.yaml", bs_header() + body


@tpl("pagerduty", "api_token", pagerduty_token, None)
def bs_pagerduty(s):
    var = nm(["PAGERDUTY_TOKEN"], ["ONCALL_API", "INCIDENTS_KEY"])
    body = ("pagerDuty:\n  eventsBaseUrl: https://events.pagerduty.com/v2\n  apiToken: %s\n\nproxy:\n  endpoints:\n    '/pagerduty':\n      target: https://api.pagerduty.com\n      headers:\n        Authorization: Token token=${PAGERDUTY_TOKEN_PROXY}\n" % ys(s, var))
    return "app-config.yaml", body


@tpl("datadog", "api_key", dd_api_key, None)
def bs_datadog_header(s):
    body = ("proxy:\n  endpoints:\n    '/datadog/api':\n      target: https://api.datadoghq.%s/api/\n      changeOrigin: true\n      headers:\n        DD-API-KEY: %s\n        DD-APPLICATION-KEY: ${DATADOG_APP_KEY}\n\ndatadog:\n  site: datadoghq.eu\n" % (
        pick(["com", "eu"]), yaml_q(s.v("yaml", "DATADOG_API_KEY"))))
    return "app-config.production.yaml", bs_header() + body


@tpl("newrelic", "api_key", newrelic_key, None, "NRAK-")
def bs_newrelic(s):
    body = ("proxy:\n  endpoints:\n    '/newrelic/apm/api':\n      target: https://api.newrelic.com/v2\n      headers:\n        X-Api-Key: %s\n    '/newrelic/api':\n      target: https://api.newrelic.com\n      headers:\n        X-Api-Key: %s\n" % (
        yaml_q(s.v("yaml", "NEW_RELIC_REST_API_KEY")), "${NEW_RELIC_USER_KEY}"))
    return "app-config.yaml", body


@tpl("grafana", "service_account_token", grafana_sa, None, "glsa_")
def bs_grafana(s):
    body = ("proxy:\n  endpoints:\n    '/grafana/api':\n      target: https://grafana.%s.internal/\n      headers:\n        Authorization: Bearer %s\n\ngrafana:\n  domain: https://grafana.%s.internal\n  unifiedAlerting: true\n" % (
        org(), s.v("raw", "GRAFANA_TOKEN"), org()))
    return "app-config.yaml", bs_header() + body


@tpl("kubernetes", "service_account_token", k8s_sa_jwt, None)
def bs_kubernetes(s):
    var = nm(["K8S_SA_TOKEN"], ["CLUSTER_READ_JWT", "KUBE_CRED_PROD"])
    body = ("kubernetes:\n  serviceLocatorMethod:\n    type: multiTenant\n  clusterLocatorMethods:\n    - type: config\n      clusters:\n        - url: https://%s:6443\n          name: %s-%s\n          authProvider: serviceAccount\n          skipTLSVerify: false\n          skipMetricsLookup: true\n          serviceAccountToken: %s\n          caData: ${K8S_CONFIG_CA_DATA}\n" % (
        ip(), pick(["eks", "gke", "aks"]), env(), ys(s, var)))
    return pick(["app-config.production.yaml", "app-config.yaml"]), body


@tpl("azure-devops", "personal_access_token", ado_pat, None)
def bs_azure_devops(s):
    var = nm(["AZURE_TOKEN"], ["ADO_READ", "DEVOPS_PAT_CATALOG"])
    body = ("integrations:\n  azure:\n    - host: dev.azure.com\n      credentials:\n        - organizations:\n            - %s\n          personalAccessToken: %s\n\ncatalog:\n  providers:\n    azureDevOps:\n      yourProviderId:\n        host: dev.azure.com\n        organization: %s\n        project: '*'\n        repository: '*'\n        path: /catalog-info.yaml\n" % (
        org(), ys(s, var), org()))
    return "app-config.yaml", bs_header() + body


@tpl("argocd", "api_token", argocd_jwt, None)
def bs_argocd_plugin(s):
    var = nm(["ARGOCD_AUTH_TOKEN"], ["CD_API_JWT", "GITOPS_READ"])
    body = ("argocd:\n  appLocatorMethods:\n    - type: 'config'\n      instances:\n        - name: argo-%s\n          url: https://argocd.%s.internal\n          token: %s\n        - name: argo-shared\n          url: https://argocd-shared.%s.internal\n          username: ${ARGOCD_USERNAME}\n          password: ${ARGOCD_PASSWORD}\n" % (
        env(), org(), ys(s, var), org()))
    return "app-config.yaml", body


@tpl("vault", "vault_token", vault_token, None, "hvs.")
def bs_vault(s):
    var = nm(["VAULT_TOKEN"], ["KV_READ_CRED", "SECRETS_PLUGIN_T"])
    body = ("vault:\n  baseUrl: https://vault.%s.internal:8200\n  publicUrl: https://vault.%s.com\n  token: %s\n  secretEngine: 'customSecretEngine'\n  kvVersion: 2\n  schedule:\n    frequency: { hours: 1 }\n" % (org(), org(), ys(s, var)))
    return "app-config.yaml", bs_header() + body


@tpl("slack", "bot_token", slack_bot, None, "xoxb-")
def bs_slack_notifications(s):
    body = ("notifications:\n  processors:\n    slack:\n      - token: %s\n        broadcastChannels:\n          - '#%s-alerts'\n          - C%s\n" % (
        ys(s, "SLACK_BOT_TOKEN"), team(), rs(UPNUM, 10)))
    return "app-config.production.yaml", bs_header() + body


@tpl("github", "integration_token", gh_fine, "ghp", "github_pat_")
def bs_catalog_github_org(s):
    var = nm(["GITHUB_TOKEN"], ["ORG_DISCOVERY_CRED", "CATALOG_SCM"])
    body = ("integrations:\n  github:\n    - host: github.com\n      token: %s\n\ncatalog:\n  providers:\n    githubOrg:\n      id: production\n      githubUrl: https://github.com\n      orgs: ['%s', '%s-labs']\n      schedule:\n        initialDelay: { seconds: 30 }\n        frequency: { hours: 1 }\n        timeout: { minutes: 50 }\n" % (
        ys(s, var), org(), org()))
    return pick(["app-config.yaml", "packages/backend/app-config.catalog.yaml"]), body


@tpl("atlassian", "api_token", atlassian_token, "atlassian", "ATATT")
def bs_jira_compass(s):
    body = ("jiraDashboard:\n  instances:\n    - name: default\n      baseUrl: https://%s.atlassian.net/rest/api/2/\n      token: %s\n      userEmailSuffix: '@%s.com'\n\nconfluence:\n  baseUrl: https://%s.atlassian.net/wiki\n  auth:\n    type: basic\n    email: %s\n    token: ${CONFLUENCE_TOKEN}\n" % (
        org(), ys(s, "JIRA_TOKEN"), org(), org(), email()))
    return "app-config.yaml", body


# ------------------------------------------------ Helm / Kubernetes
@tpl("github", "integration_token", lambda: gh_classic(pick(["ghp", "ghp", "ghs"])), "ghp", "ghp_")
def helm_backstage_values(s):
    var = nm(["GITHUB_TOKEN"], ["SCM_TOKEN", "GIT_READ_CRED"])
    body = ("backstage:\n  image:\n    registry: ghcr.io\n    repository: %s/backstage\n    tag: %s\n  replicas: %d\n  extraEnvVars:\n    - name: NODE_ENV\n      value: production\n    - name: %s\n      value: %s\n    - name: POSTGRES_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: backstage-postgresql\n          key: password\n  appConfig:\n    app:\n      baseUrl: https://backstage.%s.internal\n\npostgresql:\n  enabled: true\n  auth:\n    existingSecret: backstage-postgresql\n\ningress:\n  enabled: true\n  className: nginx\n  host: backstage.%s.internal\n" % (
        org(), pick(["1.31.2", "2024.10.1", "sha-" + hx(7)]), R.randint(1, 3), var, ys(s, var), org(), org()))
    return pick(["deploy/values.yaml", "charts/backstage/values-%s.yaml" % env(), "helm/backstage/values.yaml"]), body


@tpl("backstage", "backend_secret", backend_secret, "backend_secret")
def k8s_secret_stringdata(s):
    var = nm(["BACKEND_SECRET"], ["AUTH_KEY", "SIGNING_MATERIAL"])
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("backstage-secrets", pick(["backstage", "developer-portal", "rhdh"]), [("app.kubernetes.io/name", "backstage")]) +
            "type: Opaque\nstringData:\n  %s: %s\n  GITHUB_APP_ID: \"%d\"\n  AUTH_GITHUB_CLIENT_ID: %s\n" % (var, ys(s, var), R.randint(100000, 999999), gh_app_client_id()))
    return pick(["k8s/backstage-secrets.yaml", "deploy/manifests/secret.yaml", "gitops/backstage/secret.yaml"]), body


@tpl("postgres", "database_password", lambda: base64.b64encode(db_password().encode()).decode(), None)
def k8s_secret_data_b64(s):
    var = nm(["POSTGRES_PASSWORD"], ["pg-pass", "password"])
    user = base64.b64encode(b"backstage").decode()
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("backstage-postgresql", "backstage", [("app.kubernetes.io/component", "database")]) +
            "type: Opaque\ndata:\n  POSTGRES_USER: %s\n  %s: %s\n  POSTGRES_HOST: %s\n" % (
                user, var, s.v("raw", "POSTGRES_PASSWORD_B64") if s.neg is None else yaml_q(s.v("yaml", "POSTGRES_PASSWORD_B64")),
                base64.b64encode(b"backstage-postgresql.backstage.svc").decode()))
    return pick(["k8s/postgres-secret.yaml", "deploy/db-secret.yaml"]), body


@tpl("gitlab", "deploy_token", lambda: pick([gl_deploy(), glpat()]), None, "gldt-")
def argocd_repo_secret(s):
    name = svc()
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("repo-%s" % name, "argocd", [("argocd.argoproj.io/secret-type", "repository")]) +
            "stringData:\n  type: git\n  url: https://gitlab.%s.net/%s/%s.git\n  username: %s\n  password: %s\n" % (
                org(), team(), name, pick(["gitlab+deploy-token-%d" % R.randint(10, 999), "argocd", "oauth2"]), ys(s, "REPO_PASSWORD")))
    return pick(["argocd/repositories/%s.yaml" % name, "gitops/argocd/repo-%s.yaml" % name]), body


@tpl("github", "integration_token", gh_classic, "ghp", "ghp_")
def argocd_repo_creds_template(s):
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("github-%s-creds" % org(), "argocd", [("argocd.argoproj.io/secret-type", "repo-creds")]) +
            "stringData:\n  type: git\n  url: https://github.com/%s\n  username: %s-bot\n  password: %s\n" % (org(), org(), ys(s, "GITHUB_PAT")))
    return "argocd/repo-creds.yaml", body


@tpl("argocd", "ssh_private_key", openssh_ed25519, "pem")
def argocd_repo_ssh(s):
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("private-repo-ssh", "argocd", [("argocd.argoproj.io/secret-type", "repository")]) +
            "stringData:\n  type: git\n  url: git@github.com:%s/platform-gitops.git\n  sshPrivateKey: |\n%s\n" % (org(), indent(s.v("pem", "SSH_PRIVATE_KEY"), 4)))
    return pick(["argocd/repo-ssh.yaml", "bootstrap/argocd/private-repo.yaml"]), body


@tpl("argocd", "password", plain_password, None)
def argocd_admin_plain(s):
    var = nm(["password"], ["admin.password"])
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("argocd-initial-admin-secret" if var == "password" else "argocd-secret", "argocd", [("app.kubernetes.io/part-of", "argocd")]) +
            "type: Opaque\nstringData:\n  %s: %s\n" % (var, ys(s, "ARGOCD_ADMIN_PASSWORD")) +
            ("  admin.passwordMtime: '%d-0%d-1%dT10:2%d:00Z'\n" % (R.randint(2023, 2025), R.randint(1, 9), R.randint(0, 9), R.randint(0, 9)) if var != "password" else ""))
    return pick(["argocd/argocd-secret.yaml", "bootstrap/argocd/admin-secret.yaml"]), body


@tpl("kubernetes", "service_account_token", k8s_sa_jwt, None)
def argocd_cluster_secret(s):
    cfg = '{\n      "bearerToken": %s,\n      "tlsClientConfig": {\n        "insecure": false,\n        "caData": "%s"\n      }\n    }' % (
        s.v("json", "CLUSTER_TOKEN"), "${CLUSTER_CA_DATA}")
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("cluster-%s" % env(), "argocd", [("argocd.argoproj.io/secret-type", "cluster")]) +
            "type: Opaque\nstringData:\n  name: %s-%s\n  server: https://%s:6443\n  config: |\n    %s\n" % (pick(["eks", "gke"]), env(), ip(), cfg))
    return "argocd/clusters/%s.yaml" % env(), body


@tpl("slack", "bot_token", slack_bot, None, "xoxb-")
def argocd_notifications_secret(s):
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("argocd-notifications-secret", "argocd") +
            "type: Opaque\nstringData:\n  slack-token: %s\n" % ys(s, "SLACK_TOKEN"))
    return "argocd/argocd-notifications-secret.yaml", body


@tpl("slack", "webhook_url", slack_webhook, "slack_webhook")
def argocd_notifications_webhook(s):
    body = ("apiVersion: v1\nkind: ConfigMap\n" + k8s_meta("argocd-notifications-cm", "argocd") +
            "data:\n  service.webhook.slack-deploys: |\n    url: %s\n    headers:\n      - name: Content-Type\n        value: application/json\n  template.app-deployed: |\n    webhook:\n      slack-deploys:\n        method: POST\n        body: |\n          {\"text\": \"{{.app.metadata.name}} synced to {{.app.status.sync.revision}}\"}\n  trigger.on-deployed: |\n    - when: app.status.operationState.phase in ['Succeeded']\n      send: [app-deployed]\n" % s.v("raw", "SLACK_WEBHOOK_URL"))
    return pick(["argocd/argocd-notifications-cm.yaml", "gitops/argocd/notifications.yaml"]), body


@tpl("aws", "access_key_secret", lambda: aws_pair()[1], "aws_secret")
def crossplane_aws(s):
    kid = aws_pair()[0]
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("aws-creds", "crossplane-system") +
            "type: Opaque\nstringData:\n  credentials: |\n    [default]\n    aws_access_key_id = %s\n    aws_secret_access_key = %s\n---\napiVersion: aws.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: Secret\n    secretRef:\n      namespace: crossplane-system\n      name: aws-creds\n      key: credentials\n" % (
                s.pair(kid, "raw", "AWS_ACCESS_KEY_ID", "aws_id"), s.v("raw", "AWS_SECRET_ACCESS_KEY")))
    return pick(["crossplane/providers/aws-providerconfig.yaml", "platform/crossplane/aws-creds.yaml"]), body


@tpl("microsoft", "service_principal_secret", entra_secret, None)
def crossplane_azure(s):
    cred = '{\n      "clientId": "%s",\n      "clientSecret": %s,\n      "subscriptionId": "%s",\n      "tenantId": "%s",\n      "activeDirectoryEndpointUrl": "https://login.microsoftonline.com",\n      "resourceManagerEndpointUrl": "https://management.azure.com/"\n    }' % (
        uuid4(), s.v("json", "AZURE_CLIENT_SECRET"), uuid4(), uuid4())
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("azure-secret", "crossplane-system") +
            "type: Opaque\nstringData:\n  creds: |\n    %s\n---\napiVersion: azure.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: Secret\n    secretRef:\n      namespace: crossplane-system\n      name: azure-secret\n      key: creds\n" % cred)
    return "crossplane/providers/azure.yaml", body


@tpl("gcp", "service_account_private_key", pkcs8_pem, "pem")
def crossplane_gcp(s):
    v = s.v("pem", "GCP_SA_KEY")
    sa = gcp_sa_json(v.replace("\n", "\\n") + ("\\n" if s.neg is None else ""))
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("gcp-secret", "crossplane-system") +
            "type: Opaque\nstringData:\n  creds: |\n%s\n---\napiVersion: gcp.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  projectID: %s\n  credentials:\n    source: Secret\n    secretRef:\n      namespace: crossplane-system\n      name: gcp-secret\n      key: creds\n" % (
                indent(sa, 4), "%s-platform" % org()))
    return "crossplane/providers/gcp.yaml", body


@tpl("github", "integration_token", gh_classic, "ghp", "ghp_")
def crossplane_github(s):
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("github-provider-secret", "crossplane-system") +
            "type: Opaque\nstringData:\n  credentials: |\n    {\n      \"token\": %s,\n      \"owner\": \"%s\"\n    }\n---\napiVersion: github.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: Secret\n    secretRef:\n      name: github-provider-secret\n      namespace: crossplane-system\n      key: credentials\n" % (
                s.v("json", "GITHUB_TOKEN"), org()))
    return pick(["crossplane/providers/github.yaml", "platform/crossplane/github-provider.yaml"]), body


@tpl("github", "integration_token", gh_fine, "ghp", "github_pat_")
def kratix_git_statestore(s):
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("git-state-store-creds", "default") +
            "type: Opaque\nstringData:\n  username: %s-kratix\n  password: %s\n---\napiVersion: platform.kratix.io/v1alpha1\nkind: GitStateStore\nmetadata:\n  name: default\nspec:\n  url: https://github.com/%s/kratix-state.git\n  branch: main\n  authMethod: basicAuth\n  secretRef:\n    name: git-state-store-creds\n    namespace: default\n" % (
                org(), ys(s, "GIT_PASSWORD"), org()))
    return pick(["kratix/state-store.yaml", "platform/kratix/gitstatestore.yaml"]), body


@tpl("minio", "secret_access_key", lambda: minio_pair()[1], None)
def kratix_bucket_statestore(s):
    kid = minio_pair()[0]
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("minio-credentials", "default") +
            "type: Opaque\nstringData:\n  accessKeyID: %s\n  secretAccessKey: %s\n---\napiVersion: platform.kratix.io/v1alpha1\nkind: BucketStateStore\nmetadata:\n  name: default\nspec:\n  endpoint: minio.kratix-platform-system.svc.cluster.local\n  insecure: true\n  bucketName: kratix\n  authMethod: accessKey\n  secretRef:\n    name: minio-credentials\n    namespace: default\n" % (
                yaml_q(s.pair(kid, "yaml", "MINIO_ACCESS_KEY")), ys(s, "MINIO_SECRET_KEY")))
    return "kratix/bucket-state-store.yaml", body


@tpl("harness", "delegate_token", harness_delegate, None)
def harness_delegate_values(s):
    var = nm(["delegateToken"], ["delegateToken"])
    body = ("# Harness delegate -- helm upgrade -i %s-delegate harness-delegate/harness-delegate-ng -f values.yaml\n" % env() +
            "delegateName: %s-%s-delegate\naccountId: %s\n%s: %s\nmanagerEndpoint: https://app.harness.io/gratis\ndelegateDockerImage: harness/delegate:%s\nreplicas: %d\nupgrader:\n  enabled: false\ntags: \"k8s,%s\"\nk8sPermissionsType: CLUSTER_ADMIN\n" % (
                org(), env(), harness_account(), var, ys(s, "DELEGATE_TOKEN"),
                pick(["24.07.83605", "25.01.84800", "23.06.79707"]), R.randint(1, 3), env()))
    return pick(["harness/delegate-values.yaml", "deploy/harness-delegate/values-%s.yaml" % env()]), body


@tpl("harness", "delegate_token", harness_delegate, None)
def harness_delegate_manifest(s):
    body = ("apiVersion: apps/v1\nkind: StatefulSet\n" + k8s_meta("%s-delegate" % org(), "harness-delegate-ng", [("harness.io/name", "%s-delegate" % org())]) +
            "spec:\n  replicas: 1\n  selector:\n    matchLabels:\n      harness.io/name: %s-delegate\n  template:\n    spec:\n      containers:\n        - name: delegate\n          image: harness/delegate:24.07.83605\n          env:\n            - name: ACCOUNT_ID\n              value: %s\n            - name: DELEGATE_TOKEN\n              value: %s\n            - name: MANAGER_HOST_AND_PORT\n              value: https://app.harness.io\n            - name: DELEGATE_NAME\n              value: %s-delegate\n" % (
                org(), harness_account(), ys(s, "DELEGATE_TOKEN"), org()))
    return pick(["harness/harness-delegate.yaml", "k8s/harness-delegate.yml"]), body


@tpl("terraform-cloud", "agent_token", tfc_token, None, ".atlasv1.")
def tfc_agent_deployment(s):
    var = nm(["TFC_AGENT_TOKEN"], ["TFC_AGENT_TOKEN"])
    body = ("apiVersion: apps/v1\nkind: Deployment\n" + k8s_meta("tfc-agent", "tfc-agents") +
            "spec:\n  replicas: %d\n  selector:\n    matchLabels:\n      app: tfc-agent\n  template:\n    metadata:\n      labels:\n        app: tfc-agent\n    spec:\n      containers:\n        - name: tfc-agent\n          image: hashicorp/tfc-agent:%s\n          env:\n            - name: %s\n              value: %s\n            - name: TFC_AGENT_NAME\n              value: %s-%s\n            - name: TFC_AGENT_LOG_LEVEL\n              value: info\n          resources:\n            limits:\n              memory: 2Gi\n" % (
                R.randint(1, 4), pick(["1.15", "1.17.1", "latest"]), var, ys(s, var), org(), env()))
    return pick(["k8s/tfc-agent.yaml", "platform/agents/tfc-agent-deployment.yaml"]), body


@tpl("opslevel", "api_token", opslevel_token, None)
def score_workload(s):
    var = nm(["OPSLEVEL_API_TOKEN"], ["CATALOG_API_T", "SCORECARD_CRED"])
    name = svc()
    body = ("apiVersion: score.dev/v1b1\nmetadata:\n  name: %s\ncontainers:\n  main:\n    image: ghcr.io/%s/%s:%s\n    variables:\n      LOG_LEVEL: info\n      DB_HOST: ${resources.db.host}\n      DB_PASSWORD: ${resources.db.password}\n      %s: %s\nservice:\n  ports:\n    www:\n      port: 8080\n      targetPort: 3000\nresources:\n  db:\n    type: postgres\n  dns:\n    type: dns\n" % (
        name, org(), name, pick(["1.4.2", "latest", "sha-" + hx(7)]), var, ys(s, var)))
    return pick(["score.yaml", "services/%s/score.yaml" % name]), body


@tpl("port", "client_secret", port_secret, None)
def port_ocean_values(s):
    body = ("initializePortResources: true\nscheduledResyncInterval: 60\nsendRawDataExamples: true\nport:\n  clientId: %s\n  clientSecret: %s\n  baseUrl: https://api.getport.io\nintegration:\n  identifier: %s-%s\n  type: %s\n  eventListener:\n    type: POLLING\n  config:\n    appHost: https://ocean.%s.internal\n" % (
        yaml_q(s.pair(port_client_id(), "yaml", "PORT_CLIENT_ID")), ys(s, "PORT_CLIENT_SECRET"), pick(["github", "jira", "pagerduty", "argocd"]), env(),
        pick(["github-ocean", "jira", "pagerduty", "argocd"]), org()))
    return pick(["port/ocean-values.yaml", "deploy/port-ocean/values.yaml"]), body


# ------------------------------------------------------- Terraform
def tf_required(provider, source, version):
    return ('terraform {\n  required_version = ">= 1.5.0"\n  required_providers {\n    %s = {\n      source  = "%s"\n      version = "%s"\n    }\n  }\n}\n\n' % (provider, source, version))


@tpl("terraform-cloud", "api_token", tfc_token, None, ".atlasv1.")
def tfc_provider_tfe(s):
    body = (tf_required("tfe", "hashicorp/tfe", "~> 0.%d.0" % R.randint(48, 62)) +
            'provider "tfe" {\n  hostname = "app.terraform.io"\n  token    = %s\n}\n\nresource "tfe_workspace" "%s" {\n  name         = "%s-%s"\n  organization = "%s"\n  project_id   = "prj-%s"\n  auto_apply   = false\n  tag_names    = ["%s", "managed-by-terraform"]\n}\n' % (
                s.v("hcl", "TFE_TOKEN"), svc().replace("-", "_"), svc(), env(), org(), rs(ALNUM, 16), team()))
    return pick(["infra/tfc/main.tf", "terraform/workspaces/providers.tf"]), body


@tpl("terraform-cloud", "api_token", tfc_token, None, ".atlasv1.")
def tfc_credentials_json(s):
    body = '{\n  "credentials": {\n    "app.terraform.io": {\n      "token": %s\n    }\n  }\n}\n' % s.v("json", "TF_TOKEN")
    return pick(["ci/credentials.tfrc.json", ".terraform.d/credentials.tfrc.json"]), body


@tpl("terraform-cloud", "api_token", tfc_token, None, ".atlasv1.")
def tfc_terraformrc(s):
    body = ('plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\ndisable_checkpoint = true\n\ncredentials "app.terraform.io" {\n  token = %s\n}\n' % s.v("dq", "TF_TOKEN"))
    return pick(["ci/terraformrc", "tools/.terraformrc"]), body


@tpl("terraform-cloud", "agent_token", tfc_token, None, ".atlasv1.")
def tfc_agent_docker_sh(s):
    body = ("#!/usr/bin/env bash\n# Start a self-hosted HCP Terraform agent on the build host\nset -euo pipefail\n\nAGENT_NAME=\"%s-$(hostname -s)\"\n\ndocker run -d --restart unless-stopped \\\n  --name tfc-agent \\\n  -e TFC_AGENT_TOKEN=%s \\\n  -e TFC_AGENT_NAME=\"$AGENT_NAME\" \\\n  -e TFC_AGENT_AUTO_UPDATE=minor \\\n  hashicorp/tfc-agent:latest\n\necho \"agent $AGENT_NAME started\"\n" % (
        env(), s.v("sh", "TFC_AGENT_TOKEN")))
    return pick(["scripts/start-tfc-agent.sh", "hosts/bootstrap/tfc-agent.sh"]), body


@tpl("spacelift", "api_key_secret", spacelift_secret, None)
def spacelift_provider_tf(s):
    kid = ulid()
    body = (tf_required("spacelift", "spacelift-io/spacelift", "~> 1.%d" % R.randint(10, 20)) +
            'provider "spacelift" {\n  api_key_endpoint = "https://%s.app.spacelift.io"\n  api_key_id       = %s\n  api_key_secret   = %s\n}\n\nresource "spacelift_stack" "%s" {\n  name         = "%s-%s"\n  repository   = "infrastructure"\n  branch       = "main"\n  project_root = "stacks/%s"\n  space_id     = "root"\n  autodeploy   = %s\n}\n' % (
                org(), s.pair(kid, "hcl", "SPACELIFT_API_KEY_ID"), s.v("hcl", "SPACELIFT_API_KEY_SECRET"),
                svc().replace("-", "_"), svc(), env(), svc(), pick(["true", "false"])))
    return pick(["spacelift/main.tf", "infra/spacelift/providers.tf"]), body


@tpl("spacelift", "api_key_secret", spacelift_secret, None)
def spacelift_spacectl_sh(s):
    body = ("#!/bin/sh\n# trigger the %s stack from the portal scaffolder\nexport SPACELIFT_API_KEY_ENDPOINT=https://%s.app.spacelift.io\nexport SPACELIFT_API_KEY_ID=%s\nexport SPACELIFT_API_KEY_SECRET=%s\n\nspacectl stack deploy --id \"%s-%s\" --tail\n" % (
        svc(), org(), s.pair(ulid(), "sh", "SPACELIFT_API_KEY_ID"), s.v("sh", "SPACELIFT_API_KEY_SECRET"), svc(), env()))
    return pick(["scripts/spacelift-deploy.sh", "templates/skeleton/deploy.sh"]), body


@tpl("env0", "api_secret", lambda: env0_pair()[1], None)
def env0_provider_tf(s):
    body = (tf_required("env0", "env0/env0", "~> 1.%d" % R.randint(18, 36)) +
            'provider "env0" {\n  api_key    = %s\n  api_secret = %s\n}\n\ndata "env0_project" "platform" {\n  name = "%s"\n}\n\nresource "env0_template" "%s" {\n  name        = "%s"\n  description = "Golden path for %s"\n  repository  = "https://github.com/%s/templates"\n  path        = "aws/%s"\n  type        = "terraform"\n}\n' % (
                s.pair(env0_pair()[0], "hcl", "ENV0_API_KEY"), s.v("hcl", "ENV0_API_SECRET"), team(), svc().replace("-", "_"), svc(), svc(), org(), svc()))
    return pick(["env0/main.tf", "infra/env0/provider.tf"]), body


@tpl("harness", "api_key", harness_pat, None, "pat.")
def harness_provider_tf(s):
    body = (tf_required("harness", "harness/harness", "0.3%d.%d" % (R.randint(0, 9), R.randint(0, 9))) +
            'provider "harness" {\n  endpoint         = "https://app.harness.io/gateway"\n  account_id       = "%s"\n  platform_api_key = %s\n}\n\nresource "harness_platform_project" "%s" {\n  identifier = "%s"\n  name       = "%s"\n  org_id     = "default"\n  color      = "#%s"\n}\n' % (
                harness_account(), s.v("hcl", "HARNESS_PLATFORM_API_KEY"), team().replace("-", "_"), team().replace("-", "_"), team(), hx(6)))
    return pick(["harness/main.tf", "infra/harness/providers.tf"]), body


@tpl("humanitec", "api_token", humanitec_token, None)
def humanitec_provider_tf(s):
    body = (tf_required("humanitec", "humanitec/humanitec", "~> 1.%d" % R.randint(0, 9)) +
            'provider "humanitec" {\n  org_id = "%s"\n  token  = %s\n}\n\nresource "humanitec_application" "%s" {\n  id   = "%s"\n  name = "%s"\n}\n' % (
                org(), s.v("hcl", "HUMANITEC_TOKEN"), svc().replace("-", "_"), svc(), svc()))
    return pick(["humanitec/main.tf", "infra/orchestrator/providers.tf"]), body


@tpl("aws", "access_key_secret", lambda: aws_pair()[1], "aws_secret")
def tfvars_aws(s):
    body = ('region          = "%s"\nenvironment     = "%s"\nbackstage_fqdn  = "backstage.%s.internal"\naccess_key      = %s\nsecret_key      = %s\ntechdocs_bucket = "%s-techdocs"\n' % (
        pick(REGIONS), env(), org(), s.pair(aws_pair()[0], "hcl", "AWS_ACCESS_KEY_ID", "aws_id"), s.v("hcl", "AWS_SECRET_ACCESS_KEY"), org()))
    return pick(["infra/backstage/%s.tfvars" % env(), "terraform/envs/%s/terraform.tfvars" % env()]), body


# ------------------------------------------------- GitHub Actions
@tpl("port", "client_secret", port_secret, None)
def gha_port_action(s):
    body = (gha_head("Report deployment to Port") +
            "jobs:\n  report:\n    runs-on: ubuntu-latest\n    steps:\n" + checkout() +
            "      - name: Upsert entity in Port\n        uses: port-labs/port-github-action@v1\n        with:\n          clientId: %s\n          clientSecret: %s\n          baseUrl: https://api.getport.io\n          operation: UPSERT\n          identifier: ${{ github.event.repository.name }}\n          blueprint: service\n          properties: |\n            {\n              \"lastDeploy\": \"${{ github.sha }}\"\n            }\n" % (
                s.pair(port_client_id(), "raw", "PORT_CLIENT_ID"), s.v("raw", "PORT_CLIENT_SECRET")))
    return ".github/workflows/port-report.yml", body


@tpl("humanitec", "api_token", humanitec_token, None)
def gha_humanitec(s):
    var = nm(["HUMANITEC_TOKEN"], ["ORCH_TOKEN", "PLATFORM_ORCH_CRED"])
    body = (gha_head("Deploy with score-humanitec") +
            "env:\n  HUMANITEC_ORG: %s\n  %s: %s\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n" % (org(), var, ys(s, var)) + checkout() +
            "      - uses: humanitec/setup-cli-action@v1\n      - name: Deploy\n        run: |\n          humctl score deploy --app %s --env %s --token \"$%s\" -f score.yaml\n" % (svc(), env(), var))
    return ".github/workflows/humanitec-deploy.yaml", body


@tpl("cortex", "api_key", cortex_key, None)
def gha_cortex(s):
    body = (gha_head("Sync catalog to Cortex") +
            "jobs:\n  cortex:\n    runs-on: ubuntu-latest\n    steps:\n" + checkout() +
            "      - name: Push cortex.yaml\n        run: |\n          curl -sS -X POST \\\n            -H 'Authorization: Bearer %s' \\\n            -H 'Content-Type: application/openapi;charset=UTF-8' \\\n            --data-binary @cortex.yaml \\\n            https://api.getcortexapp.com/api/v1/open-api\n" % s.v("raw", "CORTEX_API_KEY"))
    return ".github/workflows/cortex-sync.yml", body


@tpl("terraform-cloud", "api_token", tfc_token, None, ".atlasv1.")
def gha_setup_terraform(s):
    body = (gha_head("terraform") +
            "jobs:\n  plan:\n    runs-on: ubuntu-latest\n    steps:\n" + checkout() +
            "      - uses: hashicorp/setup-terraform@v3\n        with:\n          terraform_version: 1.%d.%d\n          cli_config_credentials_token: %s\n      - run: terraform init -input=false\n      - run: terraform plan -input=false\n" % (
                R.randint(5, 9), R.randint(0, 5), s.v("raw", "TF_API_TOKEN")))
    return pick([".github/workflows/terraform.yml", ".github/workflows/plan.yaml"]), body


@tpl("env0", "api_secret", lambda: env0_pair()[1], None)
def gha_env0(s):
    body = (gha_head("env0 deploy") +
            "env:\n  ENV0_API_KEY: %s\n  ENV0_API_SECRET: %s\n  ENV0_ORGANIZATION_ID: %s\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n" % (
                yaml_q(s.pair(env0_pair()[0], "yaml", "ENV0_API_KEY")), ys(s, "ENV0_API_SECRET"), uuid4()) + checkout() +
            "      - run: npx @env0/cli deploy --projectId ${{ vars.ENV0_PROJECT_ID }} --blueprintId ${{ vars.ENV0_TEMPLATE_ID }} --environmentName pr-${{ github.event.number }}\n")
    return ".github/workflows/env0.yml", body


@tpl("github", "integration_token", gh_classic, "ghp", "ghp_")
def gha_backstage_publish(s):
    body = (gha_head("Publish TechDocs") +
            "jobs:\n  techdocs:\n    runs-on: ubuntu-latest\n    steps:\n" + checkout() +
            "      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: npm install -g @techdocs/cli\n      - run: techdocs-cli generate --no-docker\n      - name: Register in catalog\n        env:\n          GH_TOKEN: %s\n        run: gh api repos/%s/software-catalog/dispatches -f event_type=refresh\n" % (
                ys(s, "GH_TOKEN"), org()))
    return pick([".github/workflows/techdocs.yml", ".github/workflows/publish-docs.yaml"]), body


@tpl("atlassian", "api_token", atlassian_token, "atlassian", "ATATT")
def compass_curl_sh(s):
    body = ("#!/usr/bin/env bash\n# Push component metrics to Atlassian Compass\nset -e\nSITE=%s.atlassian.net\nUSER=%s\nCLOUD_ID=%s\n\ncurl -s --request POST \\\n  --url \"https://$SITE/gateway/api/compass/v1/metrics\" \\\n  --user \"$USER:%s\" \\\n  --header 'Accept: application/json' \\\n  --header 'Content-Type: application/json' \\\n  --data \"{\\\"metricSourceId\\\": \\\"$1\\\", \\\"value\\\": $2, \\\"timestamp\\\": \\\"$(date -u +%%FT%%TZ)\\\"}\"\n" % (
        org(), email(), uuid4(), s.v("raw", "COMPASS_API_TOKEN")))
    return pick(["scripts/compass-metric.sh", "tools/compass/push_metric.sh"]), body


@tpl("atlassian", "api_token", atlassian_token, "atlassian", "ATATT")
def compass_python(s):
    var = nm(["ATLASSIAN_API_TOKEN"], ["jira_pw", "compass_key"])
    body = ("import os\n\nimport requests\nfrom requests.auth import HTTPBasicAuth\n\nSITE = \"https://%s.atlassian.net\"\nEMAIL = \"%s\"\n%s = %s\n\nQUERY = \"\"\"\nquery components($cloudId: ID!) {\n  compass { searchComponents(cloudId: $cloudId) { ... on CompassSearchComponentConnection { nodes { component { id name } } } } }\n}\n\"\"\"\n\n\ndef list_components(cloud_id):\n    r = requests.post(SITE + \"/gateway/api/graphql\", json={\"query\": QUERY, \"variables\": {\"cloudId\": cloud_id}},\n                      auth=HTTPBasicAuth(EMAIL, %s), timeout=30)\n    r.raise_for_status()\n    return r.json()\n" % (
        org(), email(), var.upper() if var.isupper() else var, s.v("py", "ATLASSIAN_API_TOKEN"), var.upper() if var.isupper() else var))
    return pick(["scripts/compass_sync.py", "tools/catalog/compass_export.py"]), body


# ---------------------------------------------------- code (TS/Go/Py)
@tpl("github", "integration_token", lambda: gh_classic(pick(["ghp", "ghs", "gho"])), "ghp", "ghp_")
def ts_octokit(s):
    body = (ts_imports() + "import { Octokit } from '@octokit/rest';\n\nconst octokit = new Octokit({\n  auth: %s,\n  baseUrl: 'https://api.github.com',\n  userAgent: 'backstage-%s',\n});\n\nexport async function listRepos(org: string) {\n  return octokit.paginate(octokit.repos.listForOrg, { org, per_page: 100 });\n}\n" % (
        s.v("ts", "GITHUB_TOKEN"), pick(["catalog-sync", "scaffolder-actions", "insights"])))
    return pick(["plugins/%s-backend/src/service/github.ts" % pick(["catalog-sync", "insights"]), "packages/backend/src/plugins/github-client.ts"]), body


@tpl("gitlab", "personal_access_token", glpat, None, "glpat-")
def ts_gitlab_fetch(s):
    body = ("import fetch from 'node-fetch';\n\nconst GITLAB_URL = 'https://gitlab.%s.net/api/v4';\nconst headers = { 'PRIVATE-TOKEN': %s };\n\nexport async function getProject(id: number) {\n  const res = await fetch(`${GITLAB_URL}/projects/${id}`, { headers });\n  if (!res.ok) throw new Error(`GitLab ${res.status}`);\n  return res.json();\n}\n" % (
        org(), s.v("ts", "GITLAB_TOKEN")))
    return pick(["plugins/gitlab-insights-backend/src/client.ts", "packages/backend/src/modules/gitlab.ts"]), body


@tpl("cortex", "api_key", cortex_key, None)
def ts_cortex_client(s):
    body = ("import { createBackendModule, coreServices } from '@backstage/backend-plugin-api';\nimport { CortexClient } from './CortexClient';\n\nexport const catalogModuleCortex = createBackendModule({\n  pluginId: 'catalog',\n  moduleId: 'cortex-sync',\n  register(env) {\n    env.registerInit({\n      deps: { logger: coreServices.logger },\n      async init({ logger }) {\n        const client = new CortexClient({\n          baseUrl: 'https://api.getcortexapp.com',\n          apiKey: %s,\n        });\n        logger.info('cortex sync module ready');\n        await client.ping();\n      },\n    });\n  },\n});\n" % s.v("ts", "CORTEX_API_KEY"))
    return "plugins/catalog-backend-module-cortex/src/module.ts", body


@tpl("roadie", "api_token", roadie_token, None)
def ts_roadie(s):
    body = ("// Push entities to Roadie's catalog API from CI\nconst ROADIE_API = 'https://api.roadie.so/api/catalog';\nconst token = %s;\n\nasync function main() {\n  const res = await fetch(`${ROADIE_API}/locations`, {\n    method: 'POST',\n    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ type: 'url', target: 'https://github.com/%s/%s/blob/main/catalog-info.yaml' }),\n  });\n  console.log(res.status);\n}\n\nmain();\n" % (
        s.v("ts", "ROADIE_API_TOKEN"), org(), svc()))
    return pick(["scripts/register-roadie.ts", "tools/roadie/register.mjs"]), body


@tpl("opslevel", "api_token", opslevel_token, None)
def go_opslevel(s):
    val = s.v("go", "OPSLEVEL_API_TOKEN")
    body = ("package main\n\nimport (\n\t\"fmt\"\n\t\"log\"\n" + ("\t\"os\"\n" if "os." in val else "") + "\n\t\"github.com/opslevel/opslevel-go/v2024\"\n)\n\nfunc main() {\n\tclient := opslevel.NewGQLClient(\n\t\topslevel.SetAPIToken(%s),\n\t\topslevel.SetUserAgentExtra(\"%s-sync\"),\n\t)\n\tservices, err := client.ListServices(nil)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfor _, s := range services.Nodes {\n\t\tfmt.Println(s.Name, s.Tier.Alias)\n\t}\n}\n" % (
        val, org()))
    return pick(["cmd/opslevel-sync/main.go", "tools/catalog/opslevel.go"]), body


@tpl("github", "integration_token", gh_classic, "ghp", "ghp_")
def go_github_sync(s):
    val = s.v("go", "GITHUB_TOKEN")
    body = ("package catalog\n\nimport (\n\t\"context\"\n" + ("\t\"os\"\n" if "os." in val else "") + "\n\t\"github.com/google/go-github/v62/github\"\n\t\"golang.org/x/oauth2\"\n)\n\nconst org = \"%s\"\n\nfunc newClient(ctx context.Context) *github.Client {\n\tts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: %s})\n\treturn github.NewClient(oauth2.NewClient(ctx, ts))\n}\n\nfunc ListRepos(ctx context.Context) ([]*github.Repository, error) {\n\trepos, _, err := newClient(ctx).Repositories.ListByOrg(ctx, org, nil)\n\treturn repos, err\n}\n" % (
        org(), val))
    return pick(["internal/catalog/github.go", "pkg/scm/client.go"]), body


@tpl("harness", "api_key", harness_pat, None, "pat.")
def go_harness(s):
    val = s.v("go", "HARNESS_API_KEY")
    body = ("package harness\n\nimport (\n\t\"net/http\"\n" + ("\t\"os\"\n" if "os." in val else "") + "\t\"time\"\n)\n\nconst (\n\tbaseURL   = \"https://app.harness.io/gateway/ng/api\"\n\taccountID = \"%s\"\n)\n\nvar apiKey = %s\n\nfunc newRequest(path string) (*http.Request, error) {\n\treq, err := http.NewRequest(http.MethodGet, baseURL+path+\"?accountIdentifier=\"+accountID, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treq.Header.Set(\"x-api-key\", apiKey)\n\treturn req, nil\n}\n\nvar client = &http.Client{Timeout: 20 * time.Second}\n" % (
        harness_account(), val))
    return pick(["internal/harness/client.go", "pkg/cd/harness.go"]), body


@tpl("port", "client_secret", port_secret, None)
def py_port_client(s):
    body = ("\"\"\"Sync service scorecards into Port.\"\"\"\nimport os\n\nimport requests\n\nAPI_URL = \"https://api.getport.io/v1\"\nCLIENT_ID = %s\nCLIENT_SECRET = %s\n\n\ndef get_token():\n    resp = requests.post(f\"{API_URL}/auth/access_token\",\n                         json={\"clientId\": CLIENT_ID, \"clientSecret\": CLIENT_SECRET}, timeout=15)\n    resp.raise_for_status()\n    return resp.json()[\"accessToken\"]\n\n\ndef upsert(blueprint, entity):\n    headers = {\"Authorization\": f\"Bearer {get_token()}\"}\n    return requests.post(f\"{API_URL}/blueprints/{blueprint}/entities?upsert=true\", json=entity, headers=headers)\n" % (
        s.pair(port_client_id(), "py", "PORT_CLIENT_ID"), s.v("py", "PORT_CLIENT_SECRET")))
    return pick(["scripts/port_sync.py", "port/sync_scorecards.py"]), body


@tpl("configure8", "api_key", configure8_key, None)
def py_configure8(s):
    var = nm(["C8_API_KEY"], ["catalog_key", "API_CRED"])
    body = ("import json\nimport os\nimport urllib.request\n\nC8_URL = \"https://app.configure8.io/public/v1\"\n%s = %s\n\n\ndef post_deployment(service_id, version):\n    req = urllib.request.Request(\n        C8_URL + \"/deployments\",\n        data=json.dumps({\"serviceId\": service_id, \"version\": version}).encode(),\n        headers={\"api-key\": %s, \"Content-Type\": \"application/json\"},\n        method=\"POST\",\n    )\n    with urllib.request.urlopen(req, timeout=10) as r:\n        return r.status\n" % (
        var, s.v("py", "C8_API_KEY"), var))
    return pick(["ci/configure8_deploy.py", "scripts/c8_notify.py"]), body


@tpl("humanitec", "api_token", humanitec_token, None)
def py_humanitec(s):
    body = ("import os\nimport requests\n\nORG = os.environ.get(\"HUMANITEC_ORG\", \"%s\")\nTOKEN = %s\n\nsession = requests.Session()\nsession.headers.update({\"Authorization\": f\"Bearer {TOKEN}\", \"Content-Type\": \"application/json\"})\n\n\ndef deploy(app, env, delta_id):\n    url = f\"https://api.humanitec.io/orgs/{ORG}/apps/{app}/envs/{env}/deploys\"\n    return session.post(url, json={\"delta_id\": delta_id, \"comment\": \"portal deploy\"}).json()\n" % (
        org(), s.v("py", "HUMANITEC_TOKEN")))
    return pick(["scripts/humanitec_deploy.py", "tools/orchestrator/deploy.py"]), body


# ------------------------------------------------ docs, logs, misc
@tpl("github", "integration_token", gh_classic, "ghp", "ghp_")
def md_local_setup(s):
    body = ("# Running the portal locally\n\n1. Install Node 20 and Yarn 4.\n2. Copy `app-config.local.yaml.example` to `app-config.local.yaml`.\n3. Export the catalog token (the shared read-only one from the platform team):\n\n```bash\nexport GITHUB_TOKEN=%s\nexport AUTH_GITHUB_CLIENT_ID=%s\nyarn install --immutable\nyarn dev\n```\n\nThe frontend runs on http://localhost:3000, the backend on :7007.\nSee [troubleshooting](./troubleshooting.md) if the catalog stays empty.\n" % (
        s.v("raw", "GITHUB_TOKEN"), hx(20)))
    return pick(["docs/local-development.md", "README.md", "docs/setup.md"]), body


@tpl("harness", "delegate_token", harness_delegate, None)
def md_harness_runbook(s):
    body = ("## Reinstalling the %s delegate\n\n```sh\nhelm repo add harness-delegate https://app.harness.io/storage/harness-download/delegate-helm-chart/\nhelm repo update harness-delegate\nhelm upgrade -i %s-delegate --namespace harness-delegate-ng --create-namespace \\\n  harness-delegate/harness-delegate-ng \\\n  --set delegateName=%s-delegate \\\n  --set accountId=%s \\\n  --set delegateToken=%s \\\n  --set managerEndpoint=https://app.harness.io \\\n  --set delegateDockerImage=harness/delegate:24.07.83605 \\\n  --set replicas=1 --set upgrader.enabled=true\n```\n\nCheck `kubectl -n harness-delegate-ng get pods` until the pod is Ready.\n" % (
        env(), env(), env(), harness_account(), s.v("raw", "DELEGATE_TOKEN")))
    return pick(["docs/runbooks/harness-delegate.md", "runbooks/delegate.md"]), body


@tpl("spacelift", "api_key_secret", spacelift_secret, None)
def md_spacelift(s):
    body = ("# Spacelift access for the portal\n\nThe scaffolder action `spacelift:stack:create` uses an admin API key.\n\n| setting | value |\n|---|---|\n| endpoint | https://%s.app.spacelift.io |\n| key id | `%s` |\n| key secret | `%s` |\n| space | `root` |\n\nRotate every 90 days (owner: @%s/platform).\n" % (
        org(), s.pair(ulid(), "raw", "SPACELIFT_API_KEY_ID"), s.v("raw", "SPACELIFT_API_KEY_SECRET"), org()))
    return pick(["docs/integrations/spacelift.md", "docs/platform/spacelift.md"]), body


@tpl("github", "integration_token", lambda: gh_classic(pick(["ghs", "ghp"])), "ghp", "ghs_")
def log_backstage_debug(s):
    t0 = R.randint(0, 50)
    lines = []
    for i in range(R.randint(3, 6)):
        lines.append('{"level":"info","message":"Read %d entities from provider","plugin":"catalog","service":"backstage","timestamp":"2024-%02d-%02dT08:%02d:%02d.%03dZ"}' % (
            R.randint(10, 900), R.randint(1, 12), R.randint(1, 28), t0, R.randint(0, 59), R.randint(0, 999)))
    lines.append('{"level":"debug","message":"GET https://api.github.com/orgs/%s/repos?per_page=100","headers":{"accept":"application/vnd.github+json","authorization":"token %s","user-agent":"backstage"},"plugin":"catalog","service":"backstage"}' % (
        org(), s.v("raw", "GITHUB_TOKEN")))
    lines.append('{"level":"warn","message":"Rate limit remaining %d","plugin":"catalog","service":"backstage"}' % R.randint(0, 500))
    return pick(["logs/backstage-backend.log", "debug/catalog-%s.log" % env()]), "\n".join(lines) + "\n"


@tpl("gitlab", "personal_access_token", glpat, None, "glpat-")
def log_ci_output(s):
    body = ("$ git config --global url.\"https://oauth2:%s@gitlab.%s.net/\".insteadOf \"https://gitlab.%s.net/\"\n$ yarn install --immutable\n\u27a4 YN0000: \u00b7 Yarn 4.1.1\n\u27a4 YN0000: \u250c Resolution step\n\u27a4 YN0000: \u2514 Completed in 0s %dms\n\u27a4 YN0000: \u250c Fetch step\n\u27a4 YN0013: \u2502 %d packages were added to the project\n$ yarn tsc\nDone in %d.%02ds.\n" % (
        s.v("raw", "CI_GITLAB_TOKEN"), org(), org(), R.randint(100, 999), R.randint(1200, 3000), R.randint(20, 90), R.randint(0, 99)))
    return pick(["ci/logs/build-%d.log" % R.randint(1000, 9999), "artifacts/job-%d.log" % R.randint(10000, 99999)]), body


@tpl("backstage", "backend_secret", backend_secret, "backend_secret", envfile=True)
def env_file(s):
    var = nm(["BACKEND_SECRET"], ["NODE_AUTH_KEY", "PORTAL_KEY"])
    body = ("NODE_ENV=production\nPOSTGRES_HOST=backstage-db\nPOSTGRES_PORT=5432\nPOSTGRES_USER=backstage\n%s=%s\nAUTH_GITHUB_CLIENT_ID=%s\nLOG_LEVEL=info\n" % (var, s.v("raw", var), hx(20)))
    return pick([".env", ".env.production", "packages/backend/.env"]), body


@tpl("github", "integration_token", gh_fine, "ghp", "github_pat_", envfile=True)
def env_local_file(s):
    body = ("# local overrides, not used in CI\nGITHUB_TOKEN=%s\nBACKSTAGE_BASE_URL=http://localhost:3000\nCATALOG_REFRESH_SECONDS=120\n" % s.v("raw", "GITHUB_TOKEN"))
    return pick([".env.local", ".env"]), body


@tpl("npm", "publish_token", npm_token, None, "npm_")
def npmrc(s):
    body = ("@%s:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true\nsave-exact=true\n" % (org(), s.v("raw", "NPM_TOKEN")))
    return pick([".npmrc", "plugins/%s/.npmrc" % pick(["catalog-sync", "score-card"])]), body


@tpl("npm", "publish_token", npm_token, None, "npm_")
def dockerfile_npm(s):
    body = ("FROM node:20-bookworm-slim AS build\nWORKDIR /app\nARG NPM_TOKEN=%s\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc\nCOPY package.json yarn.lock ./\nCOPY packages packages\nCOPY plugins plugins\nRUN yarn install --immutable && yarn tsc && yarn build:backend\n\nFROM node:20-bookworm-slim\nWORKDIR /app\nCOPY --from=build /app/packages/backend/dist/bundle.tar.gz .\nRUN tar xzf bundle.tar.gz && rm bundle.tar.gz\nCMD [\"node\", \"packages/backend\", \"--config\", \"app-config.yaml\"]\n" % s.v("raw", "NPM_TOKEN"))
    return pick(["Dockerfile", "packages/backend/Dockerfile"]), body


@tpl("opslevel", "api_token", opslevel_token, None)
def dockerfile_opslevel(s):
    body = ("FROM public.ecr.aws/opslevel/cli:v2024.%d.%d\nENV OPSLEVEL_API_TOKEN=%s\nCOPY opslevel.yml /workspace/opslevel.yml\nWORKDIR /workspace\nENTRYPOINT [\"opslevel\", \"create\", \"deploy\", \"-f\", \"opslevel.yml\"]\n" % (
        R.randint(1, 12), R.randint(1, 28), s.v("raw", "OPSLEVEL_API_TOKEN")))
    return pick(["ci/opslevel/Dockerfile", "docker/opslevel-deploy.Dockerfile"]), body


@tpl("postgres", "database_password", db_password, None)
def docker_compose_pg(s):
    var = nm(["POSTGRES_PASSWORD"], ["POSTGRES_PASSWORD"])
    body = ("services:\n  postgres:\n    image: postgres:16-alpine\n    environment:\n      POSTGRES_USER: backstage\n      %s: %s\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n    ports:\n      - \"5432:5432\"\n  backstage:\n    build: .\n    depends_on: [postgres]\n    environment:\n      POSTGRES_HOST: postgres\n      POSTGRES_USER: backstage\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-backstage}\n    ports:\n      - \"7007:7007\"\nvolumes:\n  pgdata: {}\n" % (
        var, ys(s, var)))
    return pick(["docker-compose.yml", "docker-compose.prod.yaml", "deploy/compose.yaml"]), body


@tpl("sonarqube", "api_token", sonar_token, None, "squ_")
def sonar_properties(s):
    body = ("sonar.projectKey=%s_%s\nsonar.organization=%s\nsonar.host.url=https://sonar.%s.internal\nsonar.token=%s\nsonar.sources=src\nsonar.tests=src\nsonar.test.inclusions=**/*.test.ts\nsonar.javascript.lcov.reportPaths=coverage/lcov.info\n" % (
        org(), svc(), org(), org(), s.v("raw", "SONAR_TOKEN")))
    return pick(["sonar-project.properties", "plugins/%s/sonar-project.properties" % svc()]), body


@tpl("gitlab", "runner_token", gl_runner, None, "glrt-")
def gitlab_runner_values(s):
    body = ("gitlabUrl: https://gitlab.%s.net/\nrunnerToken: %s\nconcurrent: %d\ncheckInterval: 3\nrbac:\n  create: true\nrunners:\n  config: |\n    [[runners]]\n      [runners.kubernetes]\n        namespace = \"{{.Release.Namespace}}\"\n        image = \"alpine:3.20\"\n        privileged = false\n" % (
        org(), ys(s, "RUNNER_TOKEN"), R.randint(4, 20)))
    return pick(["gitlab-runner/values.yaml", "platform/runners/values-%s.yaml" % env()]), body


@tpl("datadog", "api_key", dd_api_key, None)
def json_plugin_config(s):
    cfg = {"service": svc(), "site": "datadoghq.eu", "apiKey": "@@S@@", "tags": ["team:%s" % team(), "env:%s" % env()],
           "dashboards": [{"id": "%s-%s-%s" % (rs(LOWNUM, 3), rs(LOWNUM, 3), rs(LOWNUM, 3)), "name": "Golden signals"}]}
    body = json.dumps(cfg, indent=2).replace('"@@S@@"', s.v("json", "DATADOG_API_KEY")) + "\n"
    return pick(["plugins/datadog/config.json", "config/observability.json"]), body


@tpl("opslevel", "api_token", opslevel_token, None)
def toml_cli_config(s):
    body = ("# opslevel-sync settings\n[opslevel]\napi_url = \"https://app.opslevel.com/graphql\"\napi_token = %s\ntimeout = \"30s\"\n\n[sync]\nsource = \"backstage\"\ncatalog_url = \"https://backstage.%s.internal/api/catalog\"\ndry_run = false\n" % (
        s.v("dq", "OPSLEVEL_API_TOKEN"), org()))
    return pick(["opslevel-sync.toml", "config/sync.toml"]), body


@tpl("roadie", "api_token", roadie_token, None)
def ini_roadie(s):
    body = ("[roadie]\ntenant = %s\nbase_url = https://%s.roadie.so\ntoken = %s\n\n[catalog]\nlocation_prefix = https://github.com/%s\nrefresh = true\n" % (
        org(), org(), s.v("raw", "ROADIE_API_TOKEN"), org()))
    return pick(["tools/roadie.ini", "config/roadie.cfg"]), body


@tpl("github", "integration_token", gh_classic, "ghp", "ghp_")
def xml_maven_settings(s):
    body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">\n  <servers>\n    <server>\n      <id>github</id>\n      <username>%s-ci</username>\n      <password>%s</password>\n    </server>\n  </servers>\n  <profiles>\n    <profile>\n      <id>github</id>\n      <repositories>\n        <repository>\n          <id>github</id>\n          <url>https://maven.pkg.github.com/%s/platform-libs</url>\n        </repository>\n      </repositories>\n    </profile>\n  </profiles>\n</settings>\n" % (
        org(), s.v("raw", "GITHUB_TOKEN"), org()))
    return pick(["ci/settings.xml", ".mvn/settings.xml"]), body


@tpl("configure8", "api_key", configure8_key, None)
def csv_integrations(s):
    rows = ["name,type,endpoint,credential,owner"]
    rows.append("github,scm,https://api.github.com,${GITHUB_TOKEN},platform")
    rows.append("configure8,catalog,https://app.configure8.io,%s,%s" % (s.v("raw", "C8_API_KEY"), team()))
    rows.append("pagerduty,oncall,https://api.pagerduty.com,vault:secret/data/pd#token,sre")
    return pick(["docs/integrations.csv", "inventory/integrations.csv"]), "\n".join(rows) + "\n"


@tpl("harness", "api_key", harness_pat, None, "pat.")
def sh_harness_api(s):
    body = ("#!/usr/bin/env bash\nset -euo pipefail\nACCOUNT=%s\nPIPELINE=${1:-build_and_deploy}\n\ncurl -sf -X POST \\\n  \"https://app.harness.io/pipeline/api/pipeline/execute/$PIPELINE?accountIdentifier=$ACCOUNT&orgIdentifier=default&projectIdentifier=%s\" \\\n  -H 'Content-Type: application/yaml' \\\n  -H 'x-api-key: %s' \\\n  --data-binary @inputs.yaml | jq .status\n" % (
        harness_account(), team().replace("-", "_"), s.v("raw", "HARNESS_API_KEY")))
    return pick(["scripts/run-pipeline.sh", "bin/harness-exec"]), body


@tpl("opslevel", "api_token", opslevel_token, None)
def sh_opslevel_deploy(s):
    body = ("#!/bin/sh\nset -e\n# notify OpsLevel of a deploy (called from the release job)\nOPSLEVEL_API_TOKEN=%s\nexport OPSLEVEL_API_TOKEN\n\ncat <<EOT | opslevel create deploy -i \"%s\" -f -\nservice: %s\ndescription: release $(git describe --tags)\nenvironment: %s\nEOT\n" % (
        s.v("sh", "OPSLEVEL_API_TOKEN"), svc(), svc(), env()))
    return pick(["scripts/opslevel-deploy.sh", "ci/notify-opslevel.sh"]), body


@tpl("slack", "webhook_url", slack_webhook, "slack_webhook")
def ts_scaffolder_slack(s):
    body = ("import { createTemplateAction } from '@backstage/plugin-scaffolder-node';\n\nconst WEBHOOK = %s;\n\nexport const notifySlackAction = () =>\n  createTemplateAction<{ message: string }>({\n    id: '%s:slack:notify',\n    async handler(ctx) {\n      await fetch(WEBHOOK, {\n        method: 'POST',\n        headers: { 'Content-Type': 'application/json' },\n        body: JSON.stringify({ text: ctx.input.message }),\n      });\n      ctx.logger.info('posted to slack');\n    },\n  });\n" % (
        s.v("ts", "SLACK_WEBHOOK_URL"), org()))
    return pick(["plugins/scaffolder-backend-module-slack/src/actions/notify.ts", "packages/backend/src/actions/slack.ts"]), body


@tpl("atlassian", "api_token", atlassian_token, "atlassian", "ATATT")
def json_compass_config(s):
    cfg = {"cloudId": uuid4(), "site": "%s.atlassian.net" % org(), "email": email(), "apiToken": "@@S@@",
           "componentTypes": ["SERVICE", "LIBRARY", "APPLICATION"], "syncIntervalMinutes": 30}
    body = json.dumps(cfg, indent=2).replace('"@@S@@"', s.v("json", "ATLASSIAN_API_TOKEN")) + "\n"
    return pick(["compass/config.json", ".compass/settings.json"]), body


# ================================================= look-alike negatives
LOOK = []


def look(provider, kind):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


@look("backstage", "entity_refs_annotations")
def n_catalog_info():
    name = svc()
    body = ("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %s\n  description: %s service\n  annotations:\n    github.com/project-slug: %s/%s\n    backstage.io/techdocs-ref: dir:.\n    backstage.io/kubernetes-id: %s\n    sonarqube.org/project-key: %s_%s\n    pagerduty.com/service-id: P%s\n    argocd/app-name: %s-%s\n    sentry.io/project-slug: %s\n    jira/project-key: %s\n    backstage.io/source-location: url:https://github.com/%s/%s/tree/%s/\n  tags: [typescript, %s]\n  links:\n    - url: https://grafana.%s.internal/d/%s\n      title: Dashboard\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/%s\n  system: system:default/%s\n  providesApis: [api:default/%s-api]\n  dependsOn:\n    - resource:default/%s-db\n    - component:default/%s\n" % (
        name, name, org(), name, name, org(), name, rs(UPNUM, 6), name, env(), name, rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4),
        org(), name, sha1h(), team(), org(), rs(ALNUM, 9), team(), pick(SYSTEMS), name, name, other_svc()))
    return pick(["catalog-info.yaml", "services/%s/catalog-info.yaml" % name]), body


@look("argocd", "bcrypt_admin_hash")
def n_argocd_bcrypt():
    body = ("apiVersion: v1\nkind: Secret\n" + k8s_meta("argocd-secret", "argocd", [("app.kubernetes.io/part-of", "argocd")]) +
            "type: Opaque\nstringData:\n  # bcrypt(admin password) -- generated with `argocd account bcrypt`\n  admin.password: %s\n  admin.passwordMtime: '2024-%02d-%02dT09:14:11Z'\n  accounts.ci-bot.password: %s\n" % (
                yaml_q(bcrypt_hash()), R.randint(1, 12), R.randint(1, 28), yaml_q(bcrypt_hash())))
    return pick(["argocd/argocd-secret.yaml", "gitops/argocd/admin.yaml"]), body


@look("argocd", "config_refs")
def n_argocd_cm():
    body = ("apiVersion: v1\nkind: ConfigMap\n" + k8s_meta("argocd-cm", "argocd") +
            "data:\n  url: https://argocd.%s.internal\n  admin.enabled: \"false\"\n  accounts.backstage: apiKey\n  oidc.config: |\n    name: Okta\n    issuer: https://%s.okta.com\n    clientID: 0oa%s\n    clientSecret: $oidc.okta.clientSecret\n    requestedScopes: [\"openid\", \"profile\", \"email\", \"groups\"]\n  resource.exclusions: |\n    - apiGroups: [\"cilium.io\"]\n      kinds: [\"CiliumIdentity\"]\n" % (
                org(), org(), rs(ALNUM, 17)))
    return "argocd/argocd-cm.yaml", body


@look("github", "app_and_installation_ids")
def n_github_app_ids():
    body = ("integrations:\n  github:\n    - host: github.com\n      apps:\n        - appId: %d\n          clientId: %s\n          clientSecret:\n            $env: GITHUB_APP_CLIENT_SECRET\n          privateKey:\n            $file: ./secrets/github-app-%s.pem\n          allowedInstallationOwners: ['%s']\n\n# installation ids per org (public, visible in the app settings URL)\n# %s: %d\n# %s-labs: %d\n" % (
        R.randint(100000, 999999), gh_app_client_id(), env(), org(), org(), R.randint(10 ** 7, 10 ** 8), org(), R.randint(10 ** 7, 10 ** 8)))
    return pick(["app-config.production.yaml", "app-config.yaml"]), body


@look("docker", "image_digests")
def n_helm_digests():
    body = ("image:\n  repository: ghcr.io/%s/backstage\n  digest: sha256:%s\n  pullPolicy: IfNotPresent\n\ninitContainers:\n  migrate:\n    image: ghcr.io/%s/backstage-migrations@sha256:%s\n\nsidecars:\n  - name: oauth2-proxy\n    image: quay.io/oauth2-proxy/oauth2-proxy:v7.6.0@sha256:%s\n\npodAnnotations:\n  checksum/config: %s\n" % (
        org(), sha256h(), org(), sha256h(), sha256h(), sha256h()))
    return pick(["charts/backstage/values.yaml", "deploy/values-%s.yaml" % env()]), body


@look("npm", "integrity_hashes")
def n_yarn_lock():
    out = ["# This file is generated by running \"yarn install\" inside your project.", "# Manual changes might be lost - proceed with caution!", "", "__metadata:", "  version: 8", "  cacheKey: 10c0", ""]
    for pkg in R.sample(["@backstage/catalog-model", "@backstage/config", "@backstage/errors", "@octokit/rest", "luxon", "zod", "express", "knex"], 4):
        ver = "%d.%d.%d" % (R.randint(0, 5), R.randint(0, 30), R.randint(0, 20))
        out += ['"%s@npm:^%s":' % (pkg, ver), "  version: %s" % ver,
                "  resolution: \"%s@npm:%s\"" % (pkg, ver),
                "  checksum: 10c0/%s" % hx(128), "  languageName: node", "  linkType: hard", ""]
    return "yarn.lock", "\n".join(out)


@look("npm", "integrity_hashes")
def n_package_lock():
    pk = {}
    for pkg in R.sample(["@backstage/backend-defaults", "@backstage/plugin-catalog-node", "node-fetch", "uuid", "yaml", "lodash"], 3):
        ver = "%d.%d.%d" % (R.randint(0, 5), R.randint(0, 30), R.randint(0, 20))
        pk["node_modules/" + pkg] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (pkg, pkg.split("/")[-1], ver),
                                     "integrity": "sha512-" + b64(64)}
    doc = {"name": "%s-backstage" % org(), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@look("go", "module_hashes")
def n_go_sum():
    out = []
    for mod in R.sample(["github.com/google/go-github/v62", "golang.org/x/oauth2", "github.com/opslevel/opslevel-go/v2024", "github.com/hasura/go-graphql-client", "gopkg.in/yaml.v3"], 3):
        ver = "v%d.%d.%d" % (R.randint(0, 3), R.randint(0, 30), R.randint(0, 9))
        out.append("%s %s h1:%s=" % (mod, ver, b64(32)[:43]))
        out.append("%s %s/go.mod h1:%s=" % (mod, ver, b64(32)[:43]))
    return "go.sum", "\n".join(out) + "\n"


@look("terraform", "provider_lock_hashes")
def n_tf_lock():
    prov = pick([("hashicorp/tfe", "0.58.1"), ("spacelift-io/spacelift", "1.14.0"), ("env0/env0", "1.18.3"), ("harness/harness", "0.32.4")])
    hs = "\n".join('    "zh:%s",' % sha256h() for _ in range(R.randint(4, 8)))
    body = ("# This file is maintained automatically by \"terraform init\".\n# Manual edits may be lost in future updates.\n\nprovider \"registry.terraform.io/%s\" {\n  version     = \"%s\"\n  constraints = \"~> %s\"\n  hashes = [\n    \"h1:%s=\",\n%s\n  ]\n}\n" % (
        prov[0], prov[1], prov[1].rsplit(".", 1)[0], b64(32)[:43], hs))
    return pick([".terraform.lock.hcl", "infra/%s/.terraform.lock.hcl" % prov[0].split("/")[-1]]), body


@look("terraform-cloud", "public_ids")
def n_tfc_ids():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append("| %s-%s | ws-%s | run-%s | %s | apool-%s |" % (other_svc(), env(), rs(ALNUM, 16), rs(ALNUM, 16), pick(["applied", "planned", "errored"]), rs(ALNUM, 16)))
    body = ("# Workspace inventory\n\nGenerated from the HCP Terraform API (`GET /organizations/%s/workspaces`).\n\n| workspace | id | last run | status | agent pool |\n|---|---|---|---|---|\n%s\n\nAgent token ids (`at-...`) are metadata only; the token value is never shown again.\n" % (org(), "\n".join(rows)))
    return "docs/terraform/workspaces.md", body


@look("spacelift", "ulid_ids")
def n_spacelift_ids():
    stacks = [{"id": "%s-%s" % (other_svc(), env()), "space": "%s-%s" % (team(), ulid()), "lastRun": ulid(), "commit": sha1h()} for _ in range(R.randint(2, 4))]
    return "spacelift/stacks.json", json.dumps({"stacks": stacks, "apiKeyId": ulid(), "generatedBy": "spacectl stack list -o json"}, indent=2) + "\n"


@look("opslevel", "base64_gids")
def n_opslevel_ids():
    rows = ["alias,id,tier,owner"]
    for _ in range(R.randint(4, 8)):
        gid = "gid://opslevel/Service/%d" % R.randint(1000, 999999)
        rows.append("%s,%s,tier_%d,%s" % (other_svc(), base64.b64encode(gid.encode()).decode().rstrip("="), R.randint(1, 4), team()))
    return pick(["opslevel/services.csv", "exports/opslevel-services.csv"]), "\n".join(rows) + "\n"


@look("harness", "pipeline_expressions")
def n_harness_pipeline():
    body = ("pipeline:\n  name: build_and_deploy\n  identifier: build_and_deploy\n  projectIdentifier: %s\n  orgIdentifier: default\n  tags: {}\n  properties:\n    ci:\n      codebase:\n        connectorRef: account.github_%s\n        repoName: %s\n        build: <+input>\n  stages:\n    - stage:\n        name: deploy\n        identifier: deploy\n        type: Deployment\n        spec:\n          execution:\n            steps:\n              - step:\n                  type: ShellScript\n                  name: smoke\n                  identifier: smoke\n                  spec:\n                    shell: Bash\n                    source:\n                      type: Inline\n                      spec:\n                        script: |\n                          curl -H \"x-api-key: <+secrets.getValue(\\\"account.harness_api_key\\\")>\" https://app.harness.io/ng/api/user/currentUser?accountIdentifier=%s\n" % (
        team().replace("-", "_"), org().replace("-", "_"), svc(), harness_account()))
    return pick([".harness/pipeline.yaml", ".harness/build_and_deploy.yaml"]), body


@look("port", "blueprint_ids")
def n_port_blueprint():
    ent = {"identifier": svc(), "title": svc().replace("-", " ").title(), "blueprint": "service",
           "properties": {"language": pick(["TypeScript", "Go", "Python"]), "repoId": uuid4(), "lastCommit": sha1h(), "slackChannel": "C" + rs(UPNUM, 10)},
           "relations": {"team": team(), "system": pick(SYSTEMS)}, "runId": "r_" + rs(ALNUM, 16)}
    return pick(["port/entities/%s.json" % ent["identifier"], ".port/resources/entity.json"]), json.dumps(ent, indent=2) + "\n"


@look("backstage", "trace_ids")
def n_log_traces():
    lines = []
    for _ in range(R.randint(6, 10)):
        lines.append('{"level":"info","message":"::ffff:%s - - [%02d/Oct/2024:1%d:%02d:%02d +0000] \\"GET /api/catalog/entities?filter=kind%%3Dcomponent HTTP/1.1\\" 200 %d","plugin":"rootHttpRouter","trace_id":"%s","span_id":"%s","type":"incomingRequest"}' % (
            ip(), R.randint(1, 30), R.randint(0, 9), R.randint(0, 59), R.randint(0, 59), R.randint(200, 90000), hx(32), hx(16)))
    return pick(["logs/backstage-access.log", "var/log/backstage/http.log"]), "\n".join(lines) + "\n"


def ssh_pub(kind="ssh-ed25519"):
    if kind == "ssh-ed25519":
        blob = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + rbytes(32)
    else:
        blob = (7).to_bytes(4, "big") + b"ssh-rsa" + (3).to_bytes(4, "big") + b"\x01\x00\x01" + (257).to_bytes(4, "big") + b"\x00" + rbytes(256)
    return kind + " " + base64.b64encode(blob).decode()


@look("argocd", "ssh_known_hosts")
def n_known_hosts():
    lines = ["%s %s" % (h, ssh_pub(pick(["ssh-ed25519", "ssh-rsa"]))) for h in
             ["github.com", "gitlab.%s.net" % org(), "ssh.dev.azure.com", "bitbucket.org"]]
    body = ("apiVersion: v1\nkind: ConfigMap\n" + k8s_meta("argocd-ssh-known-hosts-cm", "argocd") + "data:\n  ssh_known_hosts: |\n" + indent("\n".join(lines), 4) + "\n")
    return "argocd/argocd-ssh-known-hosts-cm.yaml", body


@look("github", "deploy_public_key")
def n_authorized_keys():
    body = "\n".join("%s %s@%s" % (ssh_pub(pick(["ssh-ed25519", "ssh-rsa"])), pick(PEOPLE), pick(["laptop", "bastion", "ci"])) for _ in range(R.randint(2, 4))) + "\n"
    return pick(["infra/bastion/authorized_keys", "keys/deploy_keys.pub"]), body


def cert_pem():
    return pem("CERTIFICATE", der(0x30, der(0x30, rbytes(R.randint(700, 900))) + rbytes(270)))


@look("argocd", "tls_certificate")
def n_tls_certs_cm():
    body = ("apiVersion: v1\nkind: ConfigMap\n" + k8s_meta("argocd-tls-certs-cm", "argocd") +
            "data:\n  gitlab.%s.net: |\n%s\n" % (org(), indent(cert_pem(), 4)))
    return "argocd/argocd-tls-certs-cm.yaml", body


@look("backstage", "jwks_public_key")
def n_jwks():
    keys = [{"kty": "RSA", "kid": rs(URLSAFE, 22), "use": "sig", "alg": "RS256", "n": b64u(rbytes(256)), "e": "AQAB"} for _ in range(2)]
    return pick(["test/fixtures/jwks.json", "plugins/auth-backend-module-sso/fixtures/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@look("github", "public_key_pem")
def n_public_key_pem():
    spki = der(0x30, der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00") + der(0x03, b"\x00" + der(0x30, der_int_rand(256) + der(0x02, b"\x01\x00\x01"))))
    body = ("// Public key used to verify signed scaffolder templates (safe to commit)\nexport const TEMPLATE_SIGNING_PUBLIC_KEY = `%s`;\n" % pem("PUBLIC KEY", spki))
    return "plugins/scaffolder-backend-module-signing/src/publicKey.ts", body


@look("bitnami", "sealed_secret_ciphertext")
def n_sealed_secret():
    body = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: backstage-secrets\n  namespace: backstage\nspec:\n  encryptedData:\n    GITHUB_TOKEN: %s\n    BACKEND_SECRET: %s\n  template:\n    metadata:\n      name: backstage-secrets\n" % (
        b64(R.choice([300, 340, 380])), b64(R.choice([300, 340]))))
    return pick(["k8s/sealed-backstage-secrets.yaml", "gitops/backstage/sealedsecret.yaml"]), body


@look("sops", "sops_ciphertext")
def n_sops():
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(R.randint(20, 48)), b64(32), b64(16))
    body = ("backstage:\n    githubToken: %s\n    backendSecret: %s\n    postgresPassword: %s\nsops:\n    kms: []\n    age:\n        - recipient: age1%s\n          enc: |\n              -----BEGIN AGE ENCRYPTED FILE-----\n%s\n              -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2024-%02d-%02dT12:03:44Z\"\n    mac: %s\n    version: 3.8.1\n" % (
        enc(), enc(), enc(), rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), indent(b64(180)[:64] + "\n" + b64(90)[:64], 14),
        R.randint(1, 12), R.randint(1, 28), enc()))
    return pick(["secrets/backstage.enc.yaml", "deploy/secrets.%s.yaml" % env()]), body


@look("external-secrets", "secret_manager_refs")
def n_external_secret():
    body = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: backstage\n  namespace: backstage\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: aws-secrets-manager\n  target:\n    name: backstage-secrets\n  data:\n    - secretKey: GITHUB_TOKEN\n      remoteRef:\n        key: idp/backstage/github-token\n    - secretKey: BACKEND_SECRET\n      remoteRef:\n        key: idp/backstage/backend-secret\n    - secretKey: PORT_CLIENT_SECRET\n      remoteRef:\n        key: idp/port\n        property: client_secret\n")
    return "k8s/external-secret.yaml", body


@look("github", "commit_shas")
def n_changelog():
    out = ["# Changelog", ""]
    for i in range(R.randint(4, 7)):
        out.append("## %d.%d.%d" % (R.randint(0, 3), R.randint(0, 20), i))
        out.append("- %s (%s)" % (pick(["fix catalog refresh loop", "bump @backstage/cli", "add Port sync action", "handle GitHub App rotation", "techdocs: publish to S3"]), sha1h()[:pick([7, 40])]))
        out.append("")
    return pick(["CHANGELOG.md", "plugins/%s/CHANGELOG.md" % svc()]), "\n".join(out)


@look("github", "pinned_action_shas")
def n_gha_pinned():
    body = (gha_head("ci") + "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@%s # v4.2.2\n      - uses: actions/setup-node@%s # v4.1.0\n        with:\n          node-version: 20\n          cache: yarn\n      - uses: actions/cache@%s # v4\n        with:\n          path: .yarn/cache\n          key: yarn-${{ hashFiles('yarn.lock') }}\n      - run: yarn install --immutable\n      - run: yarn tsc:full && yarn test\n        env:\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n" % (sha1h(), sha1h(), sha1h()))
    return ".github/workflows/ci.yml", body


@look("github", "webhook_signature")
def n_webhook_fixture():
    payload = {"action": "opened", "installation": {"id": R.randint(10 ** 7, 10 ** 8)}, "repository": {"full_name": "%s/%s" % (org(), svc())}}
    body = ("{\n  \"headers\": {\n    \"X-GitHub-Delivery\": \"%s\",\n    \"X-GitHub-Event\": \"pull_request\",\n    \"X-GitHub-Hook-ID\": \"%d\",\n    \"X-Hub-Signature\": \"sha1=%s\",\n    \"X-Hub-Signature-256\": \"sha256=%s\"\n  },\n  \"body\": %s\n}\n" % (
        uuid4(), R.randint(10 ** 8, 10 ** 9), sha1h(), sha256h(), json.dumps(payload)))
    return pick(["plugins/events-backend-module-github/fixtures/pull_request.json", "test/fixtures/github-webhook.json"]), body


@look("sigstore", "cosign_signature")
def n_cosign():
    bundle = {"base64Signature": "MEUCIQ" + b64(60)[:62], "cert": base64.b64encode(cert_pem().encode()).decode()[:400],
              "rekorBundle": {"SignedEntryTimestamp": b64(70), "Payload": {"body": b64(120), "integratedTime": ts_epoch(), "logIndex": R.randint(10 ** 7, 10 ** 8), "logID": sha256h()}}}
    return pick(["dist/backstage.sig.json", "release/cosign.bundle"]), json.dumps(bundle, indent=2) + "\n"


@look("google", "public_client_values")
def n_public_frontend():
    body = ("app:\n  title: %s Portal\n  baseUrl: https://backstage.%s.internal\n  analytics:\n    ga4:\n      measurementId: G-%s\n  datadogRum:\n    clientToken: pub%s\n    applicationId: %s\n    site: datadoghq.eu\n  sentry:\n    dsn: https://%s@o%d.ingest.sentry.io/%d\n\nauth:\n  providers:\n    google:\n      production:\n        clientId: %d-%s.apps.googleusercontent.com\n        clientSecret: ${AUTH_GOOGLE_CLIENT_SECRET}\n" % (
        org().title(), org(), rs(UPNUM, 10), hx(32), uuid4(), hx(32), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 11, 10 ** 12), rs(LOWNUM, 32)))
    return pick(["app-config.production.yaml", "packages/app/app-config.frontend.yaml"]), body


@look("kubernetes", "encoded_binary_data")
def n_configmap_binary():
    body = ("apiVersion: v1\nkind: ConfigMap\n" + k8s_meta("backstage-branding", "backstage") +
            "binaryData:\n  logo.png: %s\n  favicon.ico: %s\ndata:\n  theme: dark\n" % (
                "iVBORw0KGgoAAAANSUhEUgAA" + b64(R.randint(150, 300)), "AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAA" + b64(120)))
    return "k8s/branding-configmap.yaml", body


@look("crossplane", "composition_ids")
def n_crossplane_composition():
    body = ("apiVersion: apiextensions.crossplane.io/v1\nkind: Composition\nmetadata:\n  name: xpostgres.aws.%s.io\n  labels:\n    provider: aws\nspec:\n  compositeTypeRef:\n    apiVersion: platform.%s.io/v1alpha1\n    kind: XPostgres\n  writeConnectionSecretsToNamespace: crossplane-system\n  mode: Pipeline\n  pipeline:\n    - step: patch-and-transform\n      functionRef:\n        name: function-patch-and-transform\n      input:\n        apiVersion: pt.fn.crossplane.io/v1beta1\n        kind: Resources\n        resources:\n          - name: rds\n            base:\n              apiVersion: rds.aws.upbound.io/v1beta1\n              kind: Instance\n              spec:\n                forProvider:\n                  region: %s\n                  instanceClass: db.t4g.medium\n                  autoGeneratePassword: true\n                  passwordSecretRef:\n                    namespace: crossplane-system\n                    name: rds-master\n                    key: password\n                  kmsKeyId: arn:aws:kms:%s:%d:key/%s\n                writeConnectionSecretToRef:\n                  namespace: crossplane-system\n            connectionDetails:\n              - name: password\n                fromConnectionSecretKey: attribute.password\n" % (
        org(), org(), pick(REGIONS), pick(REGIONS), R.randint(10 ** 11, 10 ** 12 - 1), uuid4()))
    return pick(["crossplane/compositions/postgres.yaml", "platform/apis/xpostgres/composition.yaml"]), body


@look("score", "score_placeholders")
def n_score_placeholders():
    name = svc()
    body = ("apiVersion: score.dev/v1b1\nmetadata:\n  name: %s\ncontainers:\n  app:\n    image: .\n    variables:\n      DATABASE_URL: postgres://${resources.db.username}:${resources.db.password}@${resources.db.host}:${resources.db.port}/${resources.db.name}\n      API_TOKEN: ${resources.api-token.value}\n      CACHE_URL: redis://${resources.cache.host}:${resources.cache.port}\nresources:\n  db:\n    type: postgres\n  cache:\n    type: redis\n  api-token:\n    type: secret\n    params:\n      path: idp/%s/api-token\n" % (name, name))
    return pick(["score.yaml", "apps/%s/score.yaml" % name]), body


@look("kratix", "promise_ids")
def n_kratix_promise():
    body = ("apiVersion: platform.kratix.io/v1alpha1\nkind: Promise\nmetadata:\n  name: postgresql\n  labels:\n    kratix.io/promise-version: v%d.%d.%d\nspec:\n  destinationSelectors:\n    - matchLabels:\n        environment: %s\n  api:\n    apiVersion: apiextensions.k8s.io/v1\n    kind: CustomResourceDefinition\n    metadata:\n      name: postgresqls.marketplace.kratix.io\n  workflows:\n    resource:\n      configure:\n        - apiVersion: platform.kratix.io/v1alpha1\n          kind: Pipeline\n          metadata:\n            name: instance-configure\n          spec:\n            containers:\n              - name: postgresql-configure-pipeline\n                image: ghcr.io/syntasso/kratix-marketplace/postgresql-configure-pipeline@sha256:%s\n" % (
        R.randint(0, 2), R.randint(0, 9), R.randint(0, 9), env(), sha256h()))
    return pick(["kratix/promises/postgresql/promise.yaml", "platform/promises/postgres.yaml"]), body


@look("backstage", "rbac_policy")
def n_rbac_csv():
    rows = []
    for _ in range(R.randint(5, 9)):
        rows.append("p, role:default/%s, %s, %s, allow" % (team(), pick(["catalog-entity", "scaffolder-template", "kubernetes.proxy", "catalog.entity.read"]), pick(["read", "create", "update", "delete"])))
    rows.append("g, user:default/%s, role:default/%s" % (pick(PEOPLE).replace(".", "_"), team()))
    rows.append("g, group:default/%s, role:default/%s" % (team(), team()))
    return pick(["rbac/rbac-policy.csv", "conf/permissions.csv"]), "\n".join(rows) + "\n"


@look("docker", "download_checksums")
def n_dockerfile_checksums():
    ver = "0.%d.%d" % (R.randint(20, 40), R.randint(0, 9))
    body = ("FROM alpine:3.20@sha256:%s\nARG SPACECTL_VERSION=%s\nARG SPACECTL_SHA256=%s\nRUN wget -q https://github.com/spacelift-io/spacectl/releases/download/v${SPACECTL_VERSION}/spacectl_${SPACECTL_VERSION}_linux_amd64.zip \\\n && echo \"${SPACECTL_SHA256}  spacectl_${SPACECTL_VERSION}_linux_amd64.zip\" | sha256sum -c - \\\n && unzip spacectl_*.zip -d /usr/local/bin && rm spacectl_*.zip\nENV SPACELIFT_API_KEY_ENDPOINT=https://%s.app.spacelift.io\nENTRYPOINT [\"spacectl\"]\n" % (
        sha256h(), ver, sha256h(), org()))
    return pick(["docker/spacectl.Dockerfile", "tools/spacectl/Dockerfile"]), body


@look("pgp", "pgp_public_key")
def n_pgp_public():
    blob = b"\x99\x01\x0d\x04" + rbytes(R.randint(280, 320))
    s = base64.b64encode(blob).decode()
    body = ("# apt signing key for the internal package mirror (public)\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n" % (
        "\n".join(s[i:i + 64] for i in range(0, len(s), 64)), b64(3)))
    return pick(["infra/apt/mirror-signing-key.asc", "keys/packages.asc"]), body


@look("masked", "masked_ci_log")
def n_masked_log():
    body = ("Run hashicorp/setup-terraform@v3\n  with:\n    cli_config_credentials_hostname: app.terraform.io\n    cli_config_credentials_token: ***\nRun npx @techdocs/cli publish --publisher-type awsS3\n  env:\n    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***\n    GITHUB_TOKEN: ***\nUsing token ghp_************************************ for api.github.com\nglpat-******************** accepted by gitlab.%s.net\nSuccessfully generated docs for %s (%s)\n" % (
        org(), svc(), sha1h()[:12]))
    return pick(["ci/logs/publish-%d.log" % R.randint(100, 999), "artifacts/techdocs.log"]), body


@look("uuid", "uuid_inventory")
def n_uuid_csv():
    rows = ["entity_ref,uid,etag,created"]
    for _ in range(R.randint(5, 10)):
        rows.append("component:default/%s,%s,%s,2024-%02d-%02d" % (other_svc(), uuid4(), b64(15), R.randint(1, 12), R.randint(1, 28)))
    return pick(["exports/catalog-entities.csv", "reports/entities.csv"]), "\n".join(rows) + "\n"


@look("go", "test_vectors")
def n_go_hashes():
    body = ("package ids\n\nimport \"testing\"\n\n// Entity uids are stable SHA-1 hashes of the entity ref (not secrets).\nvar cases = []struct {\n\tref  string\n\twant string\n}{\n\t{\"component:default/%s\", \"%s\"},\n\t{\"api:default/%s-api\", \"%s\"},\n\t{\"group:default/%s\", \"%s\"},\n}\n\nfunc TestUID(t *testing.T) {\n\tfor _, c := range cases {\n\t\tif got := UID(c.ref); got != c.want {\n\t\t\tt.Errorf(\"UID(%%q) = %%s, want %%s\", c.ref, got, c.want)\n\t\t}\n\t}\n}\n" % (
        other_svc(), sha1h(), other_svc(), sha1h(), team(), sha1h()))
    return pick(["internal/ids/uid_test.go", "pkg/catalog/uid_test.go"]), body


@look("terraform", "state_outputs_redacted")
def n_tf_outputs():
    doc = {"format_version": "1.0", "values": {"outputs": {
        "backstage_url": {"sensitive": False, "value": "https://backstage.%s.internal" % org()},
        "db_endpoint": {"sensitive": False, "value": "backstage.cluster-%s.%s.rds.amazonaws.com" % (rs(LOWNUM, 12), pick(REGIONS))},
        "db_password": {"sensitive": True, "value": None},
        "techdocs_bucket_arn": {"sensitive": False, "value": "arn:aws:s3:::%s-techdocs" % org()},
        "kms_key_id": {"sensitive": False, "value": uuid4()}}}}
    return pick(["infra/outputs.json", "terraform/plan-output.json"]), json.dumps(doc, indent=2) + "\n"


# ================================================================ main
NEG_MODES = [("placeholder", 22), ("empty", 8), ("masked", 12), ("envref", 22),
             ("secretref", 12), ("template", 12), ("docexample", 12)]
N_POS = 500
N_NEG = 500
BLOCKED_OK = (".env.example", ".env.sample")


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in BLOCKED_OK)


def safe_env_path(path):
    if not is_env_name(path):
        return path
    head = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    return head + pick(BLOCKED_OK)


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    low = base.lower()
    if low == "dockerfile" or low.endswith(".dockerfile"):
        return "dockerfile"
    if low.startswith(".env"):
        return "env"
    if low in (".npmrc", ".terraformrc", "terraformrc", "authorized_keys"):
        return low.lstrip(".")
    if low == ".terraform.lock.hcl":
        return "hcl"
    if low in ("go.sum", "yarn.lock"):
        return low.split(".")[-1]
    if low == "harness-exec" or "." not in low:
        return "sh" if low.startswith("harness") else "text"
    return low.rsplit(".", 1)[-1]


def locate(content, secret):
    cands = [secret]
    if "\n" in secret:
        cands.append(secret.replace("\n", "\\n"))
        first = secret.split("\n")[0]
        idx = content.find(first)
        if idx >= 0:
            ls = content.rfind("\n", 0, idx) + 1
            ind = content[ls:idx]
            if ind.strip() == "":
                cands.append(("\n" + ind).join(secret.split("\n")))
    for c in cands:
        i = content.find(c)
        if i >= 0:
            return c, content.count("\n", 0, i) + 1
    raise AssertionError("needle not found")


def write(outdir, rel, content):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    return full


def cycle(templates, n):
    out = []
    while len(out) < n:
        block = list(templates)
        R.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hq.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    R = random.Random(int(seed) if seed.lstrip("-").isdigit() else seed)
    manifest, secrets = [], []

    # ---------------- positives
    env_budget = N_POS // 20
    env_used = 0
    plan = cycle(POS, N_POS)
    for i, t in enumerate(plan):
        if t["envfile"] and env_used >= env_budget - 2:
            t = pick([x for x in POS if not x["envfile"]])
        FILE.clear()
        secret = t["gen"]()
        slot = Slot(secret, None, t["family"], t["prefix"])
        path, content = t["fn"](slot)
        if is_env_name(path):
            env_used += 1
            assert env_used <= env_budget, "too many .env positives"
        needle, line = locate(content, secret)
        rel = "pos/p%04d/%s" % (i, path)
        full = write(outdir, rel, content)
        with open(full, encoding="utf-8") as f:
            text = f.read()
        pos_ = text.find(needle)
        assert pos_ >= 0 and text.count("\n", 0, pos_) + 1 == line, rel
        assert needle.split("\n")[0] in text.split("\n")[line - 1], rel
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---------------- negatives
    specs = [("reuse", t) for t in cycle(POS, N_NEG // 2)] + [("look", t) for t in cycle(LOOK, N_NEG - N_NEG // 2)]
    R.shuffle(specs)
    for i, (how, t) in enumerate(specs):
        FILE.clear()
        if how == "reuse":
            mode = weighted(NEG_MODES)
            if t["name"] in ("log_backstage_debug", "log_ci_output"):
                mode = pick(["masked", "masked", "masked", "placeholder"])
            slot = Slot(None, mode, t["family"], t["prefix"])
            path, content = t["fn"](slot)
            provider, kind = t["provider"], "%s:%s" % (slot.neg, t["kind"])
        else:
            path, content = t["fn"]()
            provider, kind = t["provider"], t["kind"]
        path = safe_env_path(path)
        assert not is_env_name(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    assert len(POS) >= 60 and len(POS) + len(LOOK) >= 60
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
