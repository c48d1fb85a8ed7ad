#!/usr/bin/env python3
"""gen_ir.py - blind evaluation set: secrets in infrastructure-as-code programs and control planes.

EMPHASIS
  Infrastructure as code written in general-purpose languages and the control planes around it:
  Pulumi (Pulumi.<stack>.yaml stack settings, `pulumi config set --plaintext/--secret`, programs in
  TypeScript / Python / Go / C# / Java / Pulumi YAML, Automation API, PULUMI_ACCESS_TOKEN `pul-...`,
  PULUMI_CONFIG_PASSPHRASE, Pulumi ESC environments), AWS CDK (cdk.json / cdk.context.json context,
  SecretValue.unsafePlainText vs SecretValue.secretsManager / ssmSecure), CDK for Terraform (providers,
  CloudBackend), Crossplane (ProviderConfig + credential Secrets, Compositions), SST (`sst secret set`,
  sst.Secret), Serverless Framework (serverless.yml `environment:` vs `${ssm:...}` / `${env:...}`),
  Winglang, AWS SAM (samconfig.toml parameter_overrides, template Parameters), Bicep / ARM
  (.bicepparam, azuredeploy.parameters.json: plain securestring vs Key Vault references), Nitric,
  Encore (`encore secret set`, .secrets.local.cue), HCP Terraform / Terraform Cloud tokens
  (`*.atlasv1.*` in .terraformrc, credentials.tfrc.json, TF_TOKEN_app_terraform_io), Spacelift and
  env0 API keys.
  Kinds: database passwords, API keys and tokens passed into resources (Datadog, Cloudflare, GitHub,
  DigitalOcean, Stripe, SendGrid, Slack webhooks), cloud access keys (AWS key pairs, Azure client
  secrets, Azure storage keys, private keys), Pulumi access tokens, passphrases, Terraform Cloud tokens.
  File types: ts, py, go, cs, java, groovy (Jenkinsfile), w (Wing), yaml/yml, json, toml, bicep,
  bicepparam, hcl/tf/tfvars, .terraformrc, cue, sh, ps1, Makefile, Dockerfile, md, log, sql, csv,
  ini, properties, xml (.runsettings), .env (positives only, < 1 in 20).

USAGE
  python3 -B gen_ir.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
  (500 files, no credential), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
  line per positive: file, needle, 1-based line of the needle's first occurrence; asserted).
  Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
  - The needle is the secret value exactly as written, without surrounding quotes.
  - Key pairs (AWS access key id + secret access key, Spacelift/env0 key id + secret, Azure client id +
    client secret): the needle is the secret half; the id sits nearby in the same file.
  - URLs with an embedded secret: for Slack incoming webhooks the whole URL
    (https://hooks.slack.com/services/T.../B.../...) is the needle; for database connection URLs /
    connection strings only the password (or the AccountKey= value for Azure storage) is the needle.
  - Headers (Authorization: Bearer X / token X): the needle is the token X only.
  - Multi-line private keys (PEM): the needle is the `-----BEGIN ... PRIVATE KEY-----` line text; the
    line is where the key block starts (for JSON-embedded keys with \\n escapes, the line holding the
    whole string).
  - Pulumi plaintext config values: the value only (not the `project:key:` prefix).

NEGATIVES
  Half re-use the positive templates with the secret slot holding something that is not a secret:
  placeholders (<your-...>, YOUR_..._HERE, changeme, xxxx..., pul-xxxx..., REPLACE_ME), empty values,
  masked values (****, [REDACTED], [secret]), environment references (${VAR}, ${env:VAR}, $VAR,
  process.env.X, os.environ[...], os.Getenv, System.getenv, Environment.GetEnvironmentVariable,
  config.requireSecret(...), pulumi.secret(process.env.X)), secret-manager references (${ssm:/...},
  {{resolve:secretsmanager:...}}, op://..., vault paths, Key Vault references, SecretValue.secretsManager,
  Pulumi `secure: v1:...` ciphertext), template expressions (${{ secrets.X }}, {{ .Values.x }}), and
  providers' documented example keys (AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY,
  the HCP Terraform team-token sample response token). No negative lives in a file named .env / .env.*
  (they use .env.example / .env.sample instead).
  The other half are look-alikes of the domain: Pulumi ciphertexts, encryptionsalt, encryptedkey,
  checkpoint exports with the secret signature, resource URNs, ARNs, account ids, AWS unique role ids,
  KMS ciphertext blobs, CDK asset hashes, cdk.context.json lookups, Lambda CodeSha256, lock-file hashes
  (.terraform.lock.hcl, go.sum, package-lock integrity, pip --hash), image digests, pinned action SHAs,
  OIDC thumbprints, Terraform Cloud object ids (at-..., ws-..., run-...), UUIDs (tenant, subscription,
  client ids), public keys (ssh-ed25519, PGP public key blocks, certificates, kubeconfig CA data),
  base64 user-data, publishable / client-side ids, and programs that fetch secrets at run time.

FORMATS CHECKED (search tool, docs/pages/code corpora)
  - Pulumi access tokens carry the `pul-` prefix (Pulumi blog on GitHub token scanning, 2019); real
    projects show pul- followed by 40 lowercase hex characters.
  - Pulumi stack settings file: secretsprovider / encryptedkey / encryptionsalt / config attributes
    (Pulumi docs "stack settings file reference"); real stack files show
    `encryptionsalt: v1:<12 b64>:v1:<16 b64>:<b64>` and `secure: v1:<16 b64 nonce>:<b64 ciphertext>`.
  - HCP Terraform team-token sample response (HashiCorp API docs):
    14 alnum + ".atlasv1." + 67 alnum; that sample token is used only as a negative.
  - Terraform CLI config: `credentials "app.terraform.io" { token = "..." }` in .terraformrc /
    terraform.rc, credentials.tfrc.json written by `terraform login` (HashiCorp docs).
  - AWS CDK SecretValue: unsafePlainText() discouraged, secretsManager() / ssmSecure() (CDK API docs).
  - ARM parameter files: Key Vault reference {"reference": {"keyVault": {"id": ...}, "secretName": ...}};
    .bicepparam getSecret(subscriptionId, rg, vault, secret) and readEnvironmentVariable() (MS Learn).
  - samconfig.toml layout ([default.deploy.parameters], parameter_overrides) (AWS SAM docs).
  - Serverless variables ${env:...}, ${ssm:...} (Serverless docs).
  - Crossplane ProviderConfig credentials source: Secret / secretRef {namespace, name, key} with an
    INI-style [default] aws_access_key_id / aws_secret_access_key file (Upbound docs).
  - AWS unique-id prefixes AKIA (long-lived access key), ASIA (temporary), AROA (role) ...;
    documented examples AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
  - env0 provider: ENV0_API_KEY / ENV0_API_SECRET, api_key / api_secret (env0 docs).
  - Spacelift: API key id + API key secret, SPACELIFT_API_KEY_ENDPOINT / _ID / _SECRET (spacectl docs).
  - GitHub tokens: ghp_ prefix, 36 characters after it, last 6 are a CRC32 checksum in base62
    (GitHub engineering blog as summarised in the pages corpus).
  One search hit was a GitGuardian detector page (a scanner's documentation); it was not used.

DOUBTS
  - Pulumi token body (40 lowercase hex) comes from real projects, not from Pulumi's own docs.
  - Spacelift API key id / secret shape (26-char ULID-like id, 64 hex secret here) and env0 API key
    id / secret shape (16 lowercase alnum / 32 alnum here) are not documented publicly; assumed.
  - Azure AD client secret shape (3 chars + digit + "Q~" + 34 chars, 40 total) is from memory.
  - GitHub ghp_ checksum: CRC32 of the 30 random characters, base62 alphabet order 0-9A-Za-z assumed.
  - Stripe live secret key length (sk_live_ + 24 or 99 chars), SendGrid (SG.22.43), DigitalOcean
    (dop_v1_ + 64 hex), Datadog (32 hex API / 40 hex app key), Cloudflare (40 chars) from memory.
  - Pulumi ESC `fn::secret: {ciphertext: ...}` layout and Encore `.secrets.local.cue` from memory.
  - PEM private keys carry a valid ASN.1 prefix followed by random bytes; they do not parse as keys.
  - Stack files using the awskms secrets provider are assumed to hold `secure: v1:...` values like
    passphrase stacks (same symmetric format with a KMS-wrapped data key).
  - Spacelift / env0 / Encore / SST / Nitric / Wing snippets follow their docs' shape from memory for
    the parts the searches did not show (sst.Secret fallback value, `encore secret set` from stdin).
"""
import json
import os
import random
import re
import string
import sys
import zlib

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B32 = string.ascii_uppercase + "234567"


# ----------------------------------------------------------------------------- basic randomness
def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def aln(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(data):
    import base64
    return base64.b64encode(data).decode()


def b64r(r, n):
    return b64(rbytes(r, n))


def uuid4(r):
    h = hexs(r, 32)
    v = "89ab"[r.randrange(4)]
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], v, h[17:20], h[20:32])


def ulid(r):
    crock = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "01" + "".join(r.choice("GHJK") for _ in range(1)) + aln(r, 23, crock)


REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
           "ap-northeast-1", "ca-central-1", "eu-north-1", "sa-east-1"]
AZ_LOCS = ["westeurope", "northeurope", "eastus", "eastus2", "westus3", "uksouth", "australiaeast",
           "germanywestcentral", "swedencentral", "canadacentral"]
WORDS = ["atlas", "beacon", "cinder", "delta", "ember", "falcon", "granite", "harbor", "ivory", "juniper",
         "kestrel", "lumen", "meadow", "nimbus", "orchid", "pylon", "quartz", "raven", "sierra", "tundra",
         "umber", "vortex", "willow", "xenon", "yarrow", "zephyr", "copper", "maple", "onyx", "saffron"]
PROJECTS = ["billing", "checkout", "platform", "data-lake", "edge", "identity", "ledger", "search",
            "notify", "payments", "catalog", "analytics", "orders", "gateway", "reporting", "infra-core"]
STACKS = ["dev", "staging", "prod", "production", "qa", "sandbox", "uat", "preview", "test", "eu-prod"]
ORGS = ["acme-corp", "northwind", "contoso", "initech", "globex", "umbrella-labs", "hooli", "vandelay",
        "tyrell", "wayne-ent", "soylent", "stark-ind"]
USERS = ["app_user", "svc_api", "admin", "dbadmin", "migrator", "reporting_ro", "ledger_rw", "pgadmin"]
ENGINES = [("postgres", "5432"), ("mysql", "3306"), ("aurora-postgresql", "5432"), ("mariadb", "3306")]


def word(r):
    return r.choice(WORDS)


# one project / stack / org / region / account per file, so names agree inside a file
_CUR = {}


def _proj(r):
    return r.choice(PROJECTS)


def _stack(r):
    return r.choice(STACKS)


def _org(r):
    return r.choice(ORGS)


def _region(r):
    return r.choice(REGIONS)


def _acct(r):
    return str(r.randrange(10 ** 11, 10 ** 12))


def begin_file(r):
    _CUR.clear()
    _CUR.update(proj=_proj(r), stack=_stack(r), org=_org(r), region=_region(r), acct=_acct(r))


def proj(r):
    return _CUR.get("proj") or _proj(r)


def stack(r):
    return _CUR.get("stack") or _stack(r)


def org(r):
    return _CUR.get("org") or _org(r)


def region(r):
    return _CUR.get("region") or _region(r)


def acct(r):
    return _CUR.get("acct") or _acct(r)


def arn(r, svc, res, reg=None, acc=None):
    return "arn:aws:%s:%s:%s:%s" % (svc, reg if reg is not None else region(r), acc or acct(r), res)


def sha256hex(r):
    return hexs(r, 64)


# ----------------------------------------------------------------------------- secret generators
PW_SYM = "!%^*-_=+.~"
URL_SYM = "-_.~"


def gen_password(r, url_safe=False):
    syms = URL_SYM if url_safe else PW_SYM
    if r.random() < 0.3:
        parts = [r.choice(WORDS).capitalize() for _ in range(r.randint(2, 3))]
        return r.choice("-_.").join(parts) + r.choice(syms) + str(r.randint(10, 9999))
    n = r.randint(16, 30)
    while True:
        s = [r.choice(string.ascii_letters + string.digits + syms) for _ in range(n)]
        s[0] = r.choice(string.ascii_letters)
        p = "".join(s)
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p)
                and any(c in syms for c in p)):
            return p


def gen_passphrase(r):
    if r.random() < 0.5:
        return "-".join(r.choice(WORDS) for _ in range(r.randint(4, 6))) + "-" + str(r.randint(10, 99))
    return aln(r, r.randint(28, 40), ALNUM + "-_")


def gen_pulumi(r):
    return "pul-" + hexs(r, 40)


def gen_tfc(r):
    return aln(r, 14) + ".atlasv1." + aln(r, 67)


def gen_akid(r):
    return "AKIA" + aln(r, 16, B32)


def gen_aws_secret(r):
    return aln(r, 40, B64)


def gen_azure_cs(r):
    return aln(r, 3, ALNUM) + r.choice("5678") + "Q~" + aln(r, 34, ALNUM + "_.~-")


def gen_datadog(r):
    return hexs(r, 32)


def gen_cloudflare(r):
    return aln(r, 40, ALNUM + "_-")


def base62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gen_ghp(r):
    body = aln(r, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def gen_do(r):
    return "dop_v1_" + hexs(r, 64)


def gen_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        aln(r, r.choice([8, 10]), string.ascii_uppercase + string.digits),
        aln(r, r.choice([8, 10, 11]), string.ascii_uppercase + string.digits), aln(r, 24))


def gen_az_storage(r):
    return b64r(r, 64)


def gen_stripe(r):
    if r.random() < 0.5:
        return "sk_live_" + aln(r, 24)
    return "sk_live_51" + aln(r, 97)


def gen_sendgrid(r):
    return "SG." + aln(r, 22, ALNUM + "-_") + "." + aln(r, 43, ALNUM + "-_")


def gen_spacelift_secret(r):
    return hexs(r, 64)


def gen_env0_secret(r):
    return aln(r, 32)


def gen_ec_pem(r):
    der = (bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rbytes(r, 64))
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ["-----BEGIN EC PRIVATE KEY-----"] + lines + ["-----END EC PRIVATE KEY-----"]


def gen_rsa_pem(r, header="PRIVATE KEY"):
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + rbytes(r, 1180)
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ["-----BEGIN %s-----" % header] + lines + ["-----END %s-----" % header]


# ----------------------------------------------------------------------------- documented examples
AWS_EX_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
TFC_EX = "QnbSxjjhVMHJgw.atlasv1.gxZnWIjI5j752DGqdwEUVLOFf0mtyaQ00H9bA1j90qWb254lEkQyOdfqqcq9zZL7Sm0"
PULUMI_SIG = '"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270"'
GH_THUMB = "6938fd4d98bab03faadb97b34396831e3780aea1"

GENERIC_PH = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "TODO", "<secret>",
              "xxxxxxxxxxxxxxxxxxxxxxxx", "dummy", "<insert-value>", "set-me", "CHANGE_ME_BEFORE_DEPLOY"]

# stype -> (generator, provider, kind, specific placeholders, documented examples)
ST = {
    "pulumi_token": (gen_pulumi, "pulumi", "pulumi-access-token",
                     ["pul-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "pul-...", "<pulumi-access-token>",
                      "YOUR_PULUMI_ACCESS_TOKEN", "pul-<token>"], []),
    "tfc_token": (gen_tfc, "hcp-terraform", "terraform-cloud-token",
                  ["xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                   "<TFC_TOKEN>", "your-api-token-here", "REPLACE_WITH_TEAM_TOKEN"], [TFC_EX]),
    "aws_secret": (gen_aws_secret, "aws", "aws-secret-access-key",
                   ["<aws-secret-access-key>", "YOUR_SECRET_ACCESS_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
                   [AWS_EX_SECRET]),
    "db_password": (gen_password, "database", "database-password",
                    ["changeme", "password", "<db-password>", "CHANGE_ME", "postgres", "example"], []),
    "db_password_url": (lambda r: gen_password(r, True), "database", "connection-string-password",
                        ["changeme", "password", "PASSWORD", "pass", "secret"], []),
    "passphrase": (gen_passphrase, "pulumi", "config-passphrase",
                   ["<passphrase>", "changeme", "YOUR_PASSPHRASE", "correct-horse-battery-staple"], []),
    "azure_cs": (gen_azure_cs, "azure", "client-secret",
                 ["<client-secret>", "YOUR_CLIENT_SECRET", "00000000-0000-0000-0000-000000000000"], []),
    "datadog": (gen_datadog, "datadog", "api-key", ["<DATADOG_API_KEY>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], []),
    "cloudflare": (gen_cloudflare, "cloudflare", "api-token", ["<cloudflare-api-token>", "YOUR_CF_TOKEN"], []),
    "github": (gen_ghp, "github", "personal-access-token",
               ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<github-token>", "ghp_..."], []),
    "do_token": (gen_do, "digitalocean", "api-token", ["dop_v1_...", "<do-token>", "YOUR_DO_TOKEN"], []),
    "slack_hook": (gen_slack_hook, "slack", "webhook-url",
                   ["https://hooks.slack.com/services/XXX/YYY/ZZZ",
                    "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"], []),
    "az_storage": (gen_az_storage, "azure", "storage-account-key", ["<storage-account-key>", "YOUR_ACCOUNT_KEY"], []),
    "stripe": (gen_stripe, "stripe", "secret-key", ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "<stripe-secret-key>", "sk_live_..."], []),
    "sendgrid": (gen_sendgrid, "sendgrid", "api-key", ["SG.xxxxxx.yyyyyy", "<sendgrid-api-key>"], []),
    "spacelift": (gen_spacelift_secret, "spacelift", "api-key-secret", ["<api-key-secret>", "YOUR_SPACELIFT_SECRET"], []),
    "env0": (gen_env0_secret, "env0", "api-secret", ["<env0-api-secret>", "YOUR_ENV0_API_SECRET"], []),
    "ec_pem": (gen_ec_pem, "tls", "private-key", ["<private-key-pem>"], []),
    "rsa_pem": (gen_rsa_pem, "gcp", "service-account-private-key", ["<private-key-pem>"], []),
}


# ----------------------------------------------------------------------------- slots
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "[secret]", "***REMOVED***", "<hidden>", "xxxx-masked-xxxx"]
NEG_MODES = [("placeholder", 24), ("empty", 8), ("masked", 12), ("envref", 24), ("secretref", 12),
             ("template", 10), ("docexample", 10)]


def snake(s):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.replace("-", "_").lower()


def camel(s):
    parts = re.split(r"[_\-]", s.lower())
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def yv(x):
    """YAML scalar: bare when safe, double-quoted otherwise."""
    if x and re.match(r"^[A-Za-z0-9][A-Za-z0-9._/+=~-]*$", x) and x.lower() not in ("yes", "no", "true", "false", "on", "off", "null"):
        return x
    return json.dumps(x)


class Slot:
    def __init__(self, c, stype, var, key, primary=True, idkind=None):
        self.c, self.r, self.stype, self.var = c, c.r, stype, var
        self.key = key or camel(var)
        self.mode = c.mode
        self.primary = primary
        r = self.r
        gen, provider, kind, ph, docs = ST[stype] if stype in ST else (None, None, None, [], [])
        if self.mode == "docexample" and not docs:
            self.mode = "placeholder"
        self.docs = docs
        if idkind == "akid":
            if self.mode == "secret":
                self.raw = gen_akid(r)
            elif self.mode == "docexample":
                self.raw = AWS_EX_ID
            elif self.mode == "placeholder":
                self.raw = r.choice(["<access-key-id>", "YOUR_ACCESS_KEY_ID", "AKIAXXXXXXXXXXXXXXXX", "AKIA..."])
            elif self.mode == "masked":
                self.raw = r.choice(["AKIA************", "****"])
            elif self.mode == "empty":
                self.raw = ""
            elif self.mode == "template":
                self.raw = r.choice(["{{ .Values.aws.accessKeyId }}", "${{ secrets.%s }}" % var, "__%s__" % var])
            else:
                self.raw = None
        elif self.mode == "secret":
            self.raw = gen(r)
        elif self.mode == "placeholder":
            self.raw = r.choice(ph + GENERIC_PH) if r.random() < 0.6 and ph else r.choice(GENERIC_PH)
        elif self.mode == "empty":
            self.raw = ""
        elif self.mode == "masked":
            self.raw = r.choice(MASKS)
        elif self.mode == "docexample":
            self.raw = r.choice(docs)
        elif self.mode == "template":
            self.raw = r.choice(["{{ .Values.%s }}" % self.key, "${{ secrets.%s }}" % var, "{{ %s }}" % snake(var),
                                 "#{%s}#" % var, "__%s__" % var, "{{ env \"%s\" }}" % var])
        else:
            self.raw = None  # envref / secretref: rendered per context
        if primary:
            c.provider, c.kind, c.eff_mode = provider, kind, self.mode
            if self.mode == "secret":
                c.needle = self.raw[0] if isinstance(self.raw, list) else self.raw

    def is_ref(self):
        return self.mode in ("envref", "secretref", "template")

    def is_secret(self):
        return self.mode == "secret"

    def _sref(self):
        r, v, k = self.r, self.var, self.key
        p, st = proj(r), stack(r)
        return r.choice([
            "${ssm:/%s/%s/%s}" % (p, st, snake(v)),
            "{{resolve:secretsmanager:%s/%s:SecretString:%s}}" % (st, p, k),
            "op://Infrastructure/%s/credential" % v.lower().replace("_", "-"),
            "vault:secret/data/%s/%s#%s" % (p, st, snake(v)),
            "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (region(r), acct(r), st, snake(v), aln(r, 6)),
            "@Microsoft.KeyVault(SecretUri=https://kv-%s-%s.vault.azure.net/secrets/%s/)" % (p, st, v.lower().replace("_", "-")),
            "sm://%s-%s/%s" % (p, st, snake(v)),
        ])

    def val(self, style="plain"):
        """Value for a literal / unquoted context."""
        r, v = self.r, self.var
        if self.mode == "envref":
            return {"plain": "${%s}" % v, "sls": "${env:%s}" % v, "sh": r.choice(["$%s" % v, "${%s}" % v]),
                    "gha": "${{ secrets.%s }}" % v, "hcl": "${var.%s}" % snake(v), "gitlab": "$%s" % v,
                    "docker": "${%s}" % v, "cmd": "%%%s%%" % v, "ps": "$env:%s" % v,
                    "none": r.choice(GENERIC_PH)}.get(style, "${%s}" % v)
        if self.mode == "secretref":
            if style == "sls":
                return "${ssm:/%s/%s/%s}" % (proj(r), stack(r), snake(v))
            if style == "none":
                return r.choice(MASKS)
            return self._sref()
        return self.raw

    def code(self, lang, q='"'):
        """Quoted literal, or an expression reading the value at run time."""
        r, v, k = self.r, self.var, self.key
        if self.mode in ("envref", "secretref"):
            opts = {
                "ts": ["process.env.%s!" % v, 'process.env["%s"] ?? ""' % v, 'config.requireSecret("%s")' % k,
                       "pulumi.secret(process.env.%s!)" % v],
                "js": ["process.env.%s" % v],
                "py": ['os.environ["%s"]' % v, 'os.getenv("%s", "")' % v, 'config.require_secret("%s")' % k],
                "go": ['os.Getenv("%s")' % v],
                "cs": ['Environment.GetEnvironmentVariable("%s")' % v, 'config.RequireSecret("%s")' % k],
                "java": ['System.getenv("%s")' % v, 'ctx.config().requireSecret("%s")' % k],
                "groovy": ["credentials('%s')" % v.lower().replace("_", "-")],
                "wing": ['util.env("%s")' % v],
            }.get(lang)
            if opts:
                return r.choice(opts)
            return q + self.val("plain") + q
        return q + self.raw + q

    def code_str(self, lang, q='"'):
        """Like code() but always a plain string expression (no Pulumi Output)."""
        r, v = self.r, self.var
        if self.mode in ("envref", "secretref"):
            return {"ts": "process.env.%s!" % v, "js": "process.env.%s" % v, "py": 'os.environ["%s"]' % v,
                    "go": 'os.Getenv("%s")' % v, "cs": 'Environment.GetEnvironmentVariable("%s")' % v,
                    "java": 'System.getenv("%s")' % v}.get(lang, q + self.val() + q)
        return q + self.raw + q

    def cdk(self, lang):
        """SecretValue expression for CDK programs."""
        r, p, st = self.r, proj(self.r), stack(self.r)
        name = "%s/%s/%s" % (st, p, self.key)
        if self.mode in ("envref", "secretref", "template"):
            ref = r.choice(["sm", "ssm", "sm"])
            if lang == "ts" or lang == "java":
                return ('SecretValue.secretsManager("%s")' % name if ref == "sm"
                        else 'SecretValue.ssmSecure("/%s/%s/%s")' % (p, st, self.key))
            if lang == "py":
                return ('SecretValue.secrets_manager("%s")' % name if ref == "sm"
                        else 'SecretValue.ssm_secure("/%s/%s/%s")' % (p, st, self.key))
            if lang == "cs":
                return 'SecretValue.SecretsManager("%s")' % name
            if lang == "go":
                return 'awscdk.SecretValue_SecretsManager(jsii.String("%s"), nil)' % name
        lit = '"' + self.raw + '"'
        return {"ts": "SecretValue.unsafePlainText(%s)" % lit, "java": "SecretValue.unsafePlainText(%s)" % lit,
                "py": "SecretValue.unsafe_plain_text(%s)" % lit, "cs": "SecretValue.UnsafePlainText(%s)" % lit,
                "go": "awscdk.SecretValue_UnsafePlainText(jsii.String(%s))" % lit}[lang]


class Ctx:
    def __init__(self, r, neg, mode):
        self.r, self.neg, self.mode = r, neg, mode
        self.conv = r.random() < 0.5
        self.needle = None
        self.provider = None
        self.kind = None

    def slot(self, stype, var, key=None):
        return Slot(self, stype, var, key, primary=True)

    def akid(self, var="AWS_ACCESS_KEY_ID"):
        return Slot(self, "aws_secret", var, None, primary=False, idkind="akid")

    def nm(self, conv, odd):
        x = conv if self.conv else odd
        return self.r.choice(x) if isinstance(x, list) else x

    def envname(self, base):
        """.env style file name: real .env only for positives."""
        r = self.r
        if self.neg:
            return r.choice([".env.example", ".env.sample"])
        return r.choice([".env", ".env.local", ".env.production", ".env.development"])


def pulumi_cipher(r):
    return "v1:%s:%s" % (b64r(r, 12), b64r(r, r.choice([20, 24, 28, 33, 40, 48])))


def pulumi_salt(r):
    return "v1:%s:v1:%s:%s" % (b64r(r, 8), b64r(r, 12), b64r(r, 22))


def stack_secure_or_plain(s):
    """Pulumi stack-file value for a config key: plaintext (positive) or not."""
    if s.is_ref():
        return "\n    secure: " + pulumi_cipher(s.r)
    return " " + yv(s.val("none"))


def header_comment(r, lang):
    lines = r.choice([
        ["Managed by the platform team.", "Do not edit resources by hand; run the pipeline."],
        ["Infrastructure for the %s service." % proj(r)],
        ["Copyright %d %s" % (r.randint(2019, 2025), org(r).replace("-", " ").title())],
        ["TODO(%s): split networking into its own stack" % r.choice(["jdoe", "mk", "ops", "asmith"])],
        [],
    ])
    pre = {"py": "# ", "sh": "# ", "yaml": "# ", "toml": "# ", "hcl": "# ", "ts": "// ", "go": "// ",
           "cs": "// ", "java": "// ", "groovy": "// ", "wing": "// ", "bicep": "// ", "sql": "-- ",
           "ps": "# ", "cue": "// ", "ini": "; ", "props": "# "}[lang]
    return "".join(pre + l + "\n" for l in lines)


# ============================================================================= positive templates
POS = []


def pos(fn):
    POS.append(fn)
    return fn


def stack_head(r):
    if r.random() < 0.6:
        return "encryptionsalt: %s\n" % pulumi_salt(r)
    return "secretsprovider: awskms://alias/pulumi-%s?region=%s\nencryptedkey: %s\n" % (proj(r), region(r), b64r(r, 184))


@pos
def t_pulumi_stack_db(r, c):
    p, st = proj(r), stack(r)
    key = c.nm("dbPassword", ["masterCredential", "pgAuth", "rootPw", "dbMasterSecret", "auroraAdmin"])
    s = c.slot("db_password", "DB_PASSWORD", key)
    eng, port = r.choice(ENGINES)
    body = (stack_head(r) + "config:\n  aws:region: %s\n  %s:engine: %s\n  %s:instanceClass: db.%s\n"
            "  %s:allocatedStorage: \"%d\"\n  %s:dbUser: %s\n  %s:%s:%s\n  %s:sentryDsnSecret:\n    secure: %s\n"
            "  %s:multiAz: \"%s\"\n" % (region(r), p, eng, p, r.choice(["t3.medium", "r6g.large", "t4g.micro", "m6i.xlarge"]),
                                       p, r.choice([20, 50, 100, 200]), p, r.choice(USERS), p, key,
                                       stack_secure_or_plain(s), p, pulumi_cipher(r), p, r.choice(["true", "false"])))
    return "infra/Pulumi.%s.yaml" % st, body


@pos
def t_pulumi_stack_aws(r, c):
    st = stack(r)
    s = c.slot("aws_secret", "AWS_SECRET_ACCESS_KEY", "secretKey")
    a = c.akid()
    if s.is_ref():
        creds = "  aws:profile: %s-%s\n" % (org(r), st)
    else:
        creds = "  aws:accessKey: %s\n  aws:secretKey: %s\n" % (yv(a.val("none")), yv(s.val("none")))
    body = (stack_head(r) + "config:\n  aws:region: %s\n%s  aws:defaultTags:\n    tags:\n      team: %s\n      stack: %s\n"
            "  %s:vpcCidr: 10.%d.0.0/16\n" % (region(r), creds, word(r), st, proj(r), r.randint(0, 250)))
    return r.choice(["Pulumi.%s.yaml", "infra/Pulumi.%s.yaml", "stacks/Pulumi.%s.yaml"]) % st, body


@pos
def t_pulumi_stack_provider(r, c):
    st = stack(r)
    prov, stype, var, k = r.choice([("datadog", "datadog", "DATADOG_API_KEY", "apiKey"),
                                   ("cloudflare", "cloudflare", "CLOUDFLARE_API_TOKEN", "apiToken"),
                                   ("github", "github", "GITHUB_TOKEN", "token"),
                                   ("digitalocean", "do_token", "DIGITALOCEAN_TOKEN", "token")])
    s = c.slot(stype, var, k)
    extra = {"datadog": "  datadog:site: datadoghq.eu\n  datadog:appKey:\n    secure: %s\n" % pulumi_cipher(r),
             "cloudflare": "  cloudflare:accountId: %s\n" % hexs(r, 32),
             "github": "  github:owner: %s\n" % org(r),
             "digitalocean": "  digitalocean:region: %s\n" % r.choice(["nyc3", "fra1", "ams3", "sgp1"])}[prov]
    body = stack_head(r) + "config:\n%s  %s:%s:%s\n  %s:domain: %s.example.com\n" % (
        extra, prov, k, stack_secure_or_plain(s), proj(r), word(r))
    return "Pulumi.%s.yaml" % st, body


@pos
def t_sh_config_plaintext(r, c):
    p, st = proj(r), stack(r)
    key = c.nm("dbPassword", ["pgpass", "dbAuth", "adminPw"])
    s = c.slot("db_password", "DB_PASSWORD", key)
    val = s.val("sh")
    body = ("#!/usr/bin/env bash\n# Bootstrap a fresh stack for %s\nset -euo pipefail\n\nSTACK=\"${1:-%s}\"\n"
            "pulumi stack select \"$STACK\" --create --cwd infra\n"
            "pulumi config set aws:region %s --cwd infra\n"
            "pulumi config set %s:dbUser %s --cwd infra\n"
            "pulumi config set --plaintext %s:%s '%s' --cwd infra\n"
            "pulumi config set %s:replicas %d --cwd infra\n"
            "echo \"stack $STACK ready\"\n") % (p, st, region(r), p, r.choice(USERS), p, key, val, p, r.randint(1, 5))
    if s.mode == "envref":
        body = body.replace("'%s'" % val, "\"%s\"" % val)
    return r.choice(["scripts/bootstrap-stack.sh", "infra/scripts/init.sh", "bin/new-stack.sh"]), body


@pos
def t_sh_config_secret(r, c):
    p = proj(r)
    stype, var, key = r.choice([("db_password", "ADMIN_PASSWORD", "adminPassword"), ("stripe", "STRIPE_SECRET_KEY", "stripeSecretKey"),
                                ("sendgrid", "SENDGRID_API_KEY", "sendgridApiKey"), ("datadog", "DD_API_KEY", "ddApiKey")])
    s = c.slot(stype, var, key)
    v = s.val("sh")
    q = "\"" if s.mode == "envref" else "'"
    body = ("#!/bin/sh\n# one-off: seed secrets for the %s stack (secrets are encrypted in Pulumi.<stack>.yaml)\n"
            "cd \"$(dirname \"$0\")/../infra\"\n\npulumi config set --secret %s:%s %s%s%s\n"
            "pulumi config set %s:logLevel info\npulumi preview --diff\n") % (stack(r), p, key, q, v, q, p)
    return r.choice(["scripts/seed-secrets.sh", "tools/set-config.sh"]), body


@pos
def t_gha_pulumi_token(r, c):
    var = c.nm("PULUMI_ACCESS_TOKEN", ["PULUMI_TOKEN", "PULUMI_AUTH"])
    s = c.slot("pulumi_token", var)
    body = ("name: pulumi-%s\non:\n  push:\n    branches: [main]\n  pull_request:\n\npermissions:\n  contents: read\n  id-token: write\n\n"
            "env:\n  PULUMI_ACCESS_TOKEN: %s\n  AWS_REGION: %s\n\njobs:\n  up:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"
            "      - run: npm ci\n        working-directory: infra\n      - uses: pulumi/actions@v5\n        with:\n"
            "          command: ${{ github.event_name == 'pull_request' && 'preview' || 'up' }}\n          stack-name: %s/%s/%s\n"
            "          work-dir: infra\n") % (stack(r), yv(s.val("gha")), region(r), org(r), proj(r), stack(r))
    if var != "PULUMI_ACCESS_TOKEN":
        body = body.replace("  PULUMI_ACCESS_TOKEN: ", "  %s: " % var, 1)
    return ".github/workflows/%s.yml" % r.choice(["deploy", "pulumi", "infra", "preview"]), body


@pos
def t_gitlab_pulumi(r, c):
    s = c.slot("pulumi_token", "PULUMI_ACCESS_TOKEN")
    body = ("stages: [preview, deploy]\n\nvariables:\n  PULUMI_ACCESS_TOKEN: %s\n  PULUMI_STACK: %s/%s/%s\n  NODE_VERSION: \"20\"\n\n"
            ".pulumi:\n  image: pulumi/pulumi-nodejs:3.%d.0\n  before_script:\n    - cd infra && npm ci\n\n"
            "preview:\n  extends: .pulumi\n  stage: preview\n  script:\n    - pulumi stack select $PULUMI_STACK\n    - pulumi preview --diff\n\n"
            "deploy:\n  extends: .pulumi\n  stage: deploy\n  when: manual\n  script:\n    - pulumi stack select $PULUMI_STACK\n"
            "    - pulumi up --yes --skip-preview\n") % (yv(s.val("gitlab")), org(r), proj(r), stack(r), r.randint(90, 140))
    return ".gitlab-ci.yml", body


@pos
def t_dockerfile_pulumi(r, c):
    var = c.nm("PULUMI_ACCESS_TOKEN", ["PULUMI_ACCESS_TOKEN"])
    s = c.slot("pulumi_token", var)
    v = s.val("docker")
    line = "ENV PULUMI_ACCESS_TOKEN=%s" % v if not s.mode == "envref" else "ARG PULUMI_ACCESS_TOKEN\nENV PULUMI_ACCESS_TOKEN=${PULUMI_ACCESS_TOKEN}"
    body = ("FROM pulumi/pulumi-python:3.%d.0\n\nWORKDIR /workspace\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n"
            "COPY . .\n\n%s\nENV PULUMI_SKIP_UPDATE_CHECK=true\nENV PULUMI_STACK=%s/%s/%s\n\nENTRYPOINT [\"pulumi\"]\nCMD [\"up\", \"--yes\"]\n") % (
        r.randint(90, 140), line, org(r), proj(r), stack(r))
    return r.choice(["Dockerfile", "deploy/Dockerfile.pulumi", "ci/runner.Dockerfile"]), body


@pos
def t_makefile_passphrase(r, c):
    s = c.slot("passphrase", "PULUMI_CONFIG_PASSPHRASE")
    v = s.val("sh")
    if s.mode == "envref":
        v = "$(%s)" % s.var
    body = ("STACK ?= %s\nBACKEND ?= s3://%s-pulumi-state-%s\n\nexport PULUMI_CONFIG_PASSPHRASE := %s\nexport PULUMI_BACKEND_URL := $(BACKEND)\n\n"
            ".PHONY: login preview up destroy\n\nlogin:\n\tpulumi login $(BACKEND)\n\npreview: login\n\tpulumi preview -s $(STACK) --diff\n\n"
            "up: login\n\tpulumi up -s $(STACK) --yes\n\ndestroy: login\n\tpulumi destroy -s $(STACK)\n") % (stack(r), org(r), acct(r), v)
    return r.choice(["Makefile", "infra/Makefile"]), body


@pos
def t_sh_passphrase(r, c):
    var = "PULUMI_CONFIG_PASSPHRASE"
    s = c.slot("passphrase", var)
    v = s.val("sh")
    body = ("#!/usr/bin/env bash\nset -e\n\n# self-managed backend, state in S3\nexport PULUMI_BACKEND_URL=\"s3://%s-iac-state?region=%s\"\n"
            "export %s=\"%s\"\nexport AWS_PROFILE=%s\n\npulumi login\npulumi stack select %s\npulumi up --yes --refresh\n") % (
        org(r), region(r), var, v, org(r), stack(r))
    return r.choice(["deploy.sh", "scripts/deploy.sh", "ci/pulumi-up.sh"]), body


def rds_common(r):
    eng, port = r.choice(ENGINES)
    return eng, r.choice(["db.t3.micro", "db.t4g.medium", "db.r6g.large"]), r.choice(USERS)


@pos
def t_ts_rds(r, c):
    eng, cls, user = rds_common(r)
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    pw = s.code("ts")
    body = (header_comment(r, "ts") + 'import * as pulumi from "@pulumi/pulumi";\nimport * as aws from "@pulumi/aws";\n\n'
            'const config = new pulumi.Config();\nconst env = pulumi.getStack();\n\n'
            'const subnets = new aws.rds.SubnetGroup("db-subnets", {\n  subnetIds: config.requireObject<string[]>("privateSubnetIds"),\n});\n\n'
            'export const db = new aws.rds.Instance("%s-db", {\n  engine: "%s",\n  instanceClass: "%s",\n  allocatedStorage: %d,\n'
            '  dbSubnetGroupName: subnets.name,\n  username: "%s",\n  password: %s,\n  skipFinalSnapshot: env !== "prod",\n'
            '  tags: { Environment: env },\n});\n\nexport const endpoint = db.endpoint;\n') % (
        proj(r), eng, cls, r.choice([20, 50, 100]), user, pw)
    return r.choice(["infra/index.ts", "infra/src/database.ts", "packages/infra/db.ts"]), body


@pos
def t_py_rds(r, c):
    eng, cls, user = rds_common(r)
    var = c.nm("db_password", ["master_pw", "creds", "pg_secret"])
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    body = (header_comment(r, "py") + '"""Database tier."""\nimport os\n\nimport pulumi\nimport pulumi_aws as aws\n\n'
            'config = pulumi.Config()\nvpc_id = config.require("vpcId")\n%s = %s\n\n'
            'db = aws.rds.Instance(\n    "%s-db",\n    engine="%s",\n    instance_class="%s",\n    allocated_storage=%d,\n'
            '    username="%s",\n    password=%s,\n    skip_final_snapshot=True,\n    tags={"Project": "%s"},\n)\n\n'
            'pulumi.export("db_endpoint", db.endpoint)\n') % (var, s.code("py"), proj(r), eng, cls, r.choice([20, 50]), user, var, proj(r))
    return r.choice(["infra/__main__.py", "infra/database.py", "stacks/data/__main__.py"]), body


@pos
def t_go_rds(r, c):
    eng, cls, user = rds_common(r)
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    body = ('package main\n\nimport (\n\t"os"\n\n\t"github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"\n\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi"\n)\n\n'
            'var _ = os.Getenv\n\nfunc main() {\n\tpulumi.Run(func(ctx *pulumi.Context) error {\n'
            '\t\tdb, err := rds.NewInstance(ctx, "%s-db", &rds.InstanceArgs{\n\t\t\tEngine:            pulumi.String("%s"),\n'
            '\t\t\tInstanceClass:     pulumi.String("%s"),\n\t\t\tAllocatedStorage:  pulumi.Int(%d),\n\t\t\tUsername:          pulumi.String("%s"),\n'
            '\t\t\tPassword:          pulumi.String(%s),\n\t\t\tSkipFinalSnapshot: pulumi.Bool(true),\n\t\t})\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n'
            '\t\tctx.Export("endpoint", db.Endpoint)\n\t\treturn nil\n\t})\n}\n') % (proj(r), eng, cls, r.choice([20, 50]), user, s.code_str("go"))
    return r.choice(["infra/main.go", "deploy/pulumi/main.go"]), body


@pos
def t_cs_rds(r, c):
    eng, cls, user = rds_common(r)
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    body = ('using System;\nusing System.Collections.Generic;\nusing Pulumi;\nusing Aws = Pulumi.Aws;\n\nreturn await Deployment.RunAsync(() =>\n{\n'
            '    var config = new Config();\n    var db = new Aws.Rds.Instance("%s-db", new()\n    {\n        Engine = "%s",\n'
            '        InstanceClass = "%s",\n        AllocatedStorage = %d,\n        Username = "%s",\n        Password = %s,\n'
            '        SkipFinalSnapshot = true,\n    });\n\n    return new Dictionary<string, object?>\n    {\n        ["endpoint"] = db.Endpoint,\n    };\n});\n') % (
        proj(r), eng, cls, r.choice([20, 50]), user, s.code("cs"))
    return r.choice(["infra/Program.cs", "src/Infra/Program.cs"]), body


@pos
def t_java_rds(r, c):
    eng, cls, user = rds_common(r)
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    body = ('package myproject;\n\nimport com.pulumi.Context;\nimport com.pulumi.Pulumi;\nimport com.pulumi.aws.rds.Instance;\nimport com.pulumi.aws.rds.InstanceArgs;\n\n'
            'public class App {\n    public static void main(String[] args) {\n        Pulumi.run(App::stack);\n    }\n\n'
            '    public static void stack(Context ctx) {\n        var db = new Instance("%s-db", InstanceArgs.builder()\n'
            '            .engine("%s")\n            .instanceClass("%s")\n            .allocatedStorage(%d)\n            .username("%s")\n'
            '            .password(%s)\n            .skipFinalSnapshot(true)\n            .build());\n\n        ctx.export("endpoint", db.endpoint());\n    }\n}\n') % (
        proj(r), eng, cls, r.choice([20, 50]), user, s.code("java"))
    return "infra/src/main/java/myproject/App.java", body


@pos
def t_ts_datadog_provider(r, c):
    s = c.slot("datadog", "DATADOG_API_KEY", "datadogApiKey")
    body = ('import * as pulumi from "@pulumi/pulumi";\nimport * as datadog from "@pulumi/datadog";\n\nconst cfg = new pulumi.Config();\n\n'
            'const dd = new datadog.Provider("dd", {\n  apiKey: %s,\n  appKey: cfg.requireSecret("datadogAppKey"),\n  apiUrl: "https://api.datadoghq.%s/",\n});\n\n'
            'new datadog.Monitor("%s-5xx", {\n  name: "%s 5xx rate",\n  type: "metric alert",\n'
            '  query: "sum(last_5m):sum:trace.http.request.errors{service:%s}.as_count() > 50",\n  message: "@slack-%s-alerts",\n}, { provider: dd });\n') % (
        s.code("ts"), r.choice(["com", "eu"]), proj(r), proj(r), proj(r), proj(r))
    return r.choice(["infra/monitoring.ts", "infra/observability/index.ts"]), body


@pos
def t_py_k8s_secret_cf(r, c):
    s = c.slot("cloudflare", "CLOUDFLARE_API_TOKEN", "cloudflareApiToken")
    body = ('import os\n\nimport pulumi\nimport pulumi_kubernetes as k8s\n\nns = k8s.core.v1.Namespace("cert-manager")\n\n'
            'cf_token = k8s.core.v1.Secret(\n    "cloudflare-api-token",\n    metadata={"namespace": ns.metadata["name"]},\n'
            '    string_data={"api-token": %s},\n)\n\nissuer = k8s.apiextensions.CustomResource(\n    "letsencrypt",\n'
            '    api_version="cert-manager.io/v1",\n    kind="ClusterIssuer",\n    spec={\n        "acme": {\n'
            '            "email": "ops@%s.io",\n            "server": "https://acme-v02.api.letsencrypt.org/directory",\n'
            '            "solvers": [{"dns01": {"cloudflare": {"apiTokenSecretRef": {"name": "cloudflare-api-token", "key": "api-token"}}}}],\n'
            '        }\n    },\n)\n') % (s.code_str("py"), org(r))
    return r.choice(["infra/cert_manager.py", "cluster/addons/__main__.py"]), body


@pos
def t_ts_secret_wrap_lambda(r, c):
    s = c.slot("stripe", "STRIPE_SECRET_KEY", "stripeSecretKey")
    e = s.code_str("ts")
    body = ('import * as aws from "@pulumi/aws";\nimport * as pulumi from "@pulumi/pulumi";\n\nconst role = new aws.iam.Role("fn-role", {\n'
            '  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),\n});\n\n'
            'const stripeKey = pulumi.secret(%s);\n\nexport const webhook = new aws.lambda.Function("stripe-webhook", {\n'
            '  runtime: "nodejs20.x",\n  handler: "index.handler",\n  role: role.arn,\n  code: new pulumi.asset.FileArchive("../dist/webhook"),\n'
            '  environment: { variables: { STRIPE_KEY: stripeKey, STAGE: pulumi.getStack() } },\n});\n') % e
    return r.choice(["infra/functions.ts", "infra/webhook.ts"]), body


@pos
def t_go_tosecret_github(r, c):
    s = c.slot("github", "GITHUB_TOKEN", "githubToken")
    body = ('package main\n\nimport (\n\t"os"\n\n\t"github.com/pulumi/pulumi-github/sdk/v6/go/github"\n\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi"\n)\n\n'
            'var _ = os.Getenv\n\nfunc main() {\n\tpulumi.Run(func(ctx *pulumi.Context) error {\n\t\ttoken := pulumi.ToSecret(%s).(pulumi.StringOutput)\n'
            '\t\tgh, err := github.NewProvider(ctx, "gh", &github.ProviderArgs{\n\t\t\tOwner: pulumi.String("%s"),\n\t\t\tToken: token,\n\t\t})\n'
            '\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\t_, err = github.NewRepository(ctx, "%s", &github.RepositoryArgs{\n'
            '\t\t\tVisibility: pulumi.String("private"),\n\t\t\tHasIssues:  pulumi.Bool(true),\n\t\t}, pulumi.Provider(gh))\n\t\treturn err\n\t})\n}\n') % (
        s.code_str("go"), org(r), proj(r))
    return r.choice(["github-org/main.go", "infra/repos/main.go"]), body


@pos
def t_ts_automation_token(r, c):
    s = c.slot("pulumi_token", "PULUMI_ACCESS_TOKEN")
    body = ('import { LocalWorkspace } from "@pulumi/pulumi/automation";\n\nasync function main() {\n  const stack = await LocalWorkspace.createOrSelectStack(\n'
            '    { stackName: "%s/%s", workDir: "../infra" },\n    {\n      envVars: {\n        PULUMI_ACCESS_TOKEN: %s,\n        AWS_REGION: "%s",\n      },\n    },\n  );\n'
            '  await stack.setConfig("aws:region", { value: "%s" });\n  const res = await stack.up({ onOutput: console.info });\n'
            '  console.log(`update ${res.summary.result}`);\n}\n\nmain().catch((e) => {\n  console.error(e);\n  process.exit(1);\n});\n') % (
        org(r), stack(r), s.code_str("ts"), region(r), region(r))
    return r.choice(["automation/deploy.ts", "tools/up.ts"]), body


@pos
def t_py_automation_passphrase(r, c):
    s = c.slot("passphrase", "PULUMI_CONFIG_PASSPHRASE")
    body = ('import os\nimport sys\n\nfrom pulumi import automation as auto\n\n\ndef main(stack_name: str) -> None:\n'
            '    opts = auto.LocalWorkspaceOptions(\n        project_settings=auto.ProjectSettings(name="%s", runtime="python",\n'
            '                                              backend=auto.ProjectBackend(url="file://~/.pulumi-local")),\n'
            '        env_vars={"PULUMI_CONFIG_PASSPHRASE": %s},\n    )\n'
            '    stack = auto.create_or_select_stack(stack_name=stack_name, work_dir="infra", opts=opts)\n'
            '    stack.set_config("aws:region", auto.ConfigValue(value="%s"))\n    stack.up(on_output=print)\n\n\n'
            'if __name__ == "__main__":\n    main(sys.argv[1] if len(sys.argv) > 1 else "%s")\n') % (proj(r), s.code_str("py"), region(r), stack(r))
    return r.choice(["automation/run.py", "scripts/pulumi_up.py"]), body


@pos
def t_pulumi_yaml_program(r, c):
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    v = s.val("none") if not s.is_ref() else "${dbPassword}"
    cfg = "" if not s.is_ref() else "config:\n  dbPassword:\n    type: string\n    secret: true\n"
    body = ("name: %s-db\nruntime: yaml\ndescription: Postgres for %s\n%s\nresources:\n  db:\n    type: aws:rds:Instance\n    properties:\n"
            "      engine: postgres\n      engineVersion: \"16.%d\"\n      instanceClass: db.t4g.medium\n      allocatedStorage: 20\n"
            "      username: %s\n      password: %s\n      skipFinalSnapshot: true\n\noutputs:\n  endpoint: ${db.endpoint}\n") % (
        proj(r), proj(r), cfg, r.randint(1, 4), r.choice(USERS), yv(v))
    return r.choice(["Pulumi.yaml", "db/Pulumi.yaml"]), body


@pos
def t_pulumi_credentials_json(r, c):
    s = c.slot("pulumi_token", "PULUMI_ACCESS_TOKEN")
    user = r.choice(["jdoe", "ci-bot", "mkowalski", "svc-deploy"])
    body = json.dumps({"current": "https://api.pulumi.com",
                       "accessTokens": {"https://api.pulumi.com": s.val("none")},
                       "accounts": {"https://api.pulumi.com": {"accessToken": s.val("none"), "username": user,
                                                               "organizations": [user, org(r)],
                                                               "lastValidatedAt": "2024-0%d-1%dT09:%02d:11.52Z" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 59))}}},
                      indent=4) + "\n"
    return r.choice(["ci/pulumi/credentials.json", ".pulumi/credentials.json"]), body


@pos
def t_esc_env(r, c):
    s = c.slot("aws_secret", "AWS_SECRET_ACCESS_KEY", "secretAccessKey")
    a = c.akid()
    if s.is_ref():
        creds = ("  aws:\n    login:\n      fn::open::aws-login:\n        oidc:\n          duration: 1h\n"
                 "          roleArn: arn:aws:iam::%s:role/esc-%s\n          sessionName: pulumi-environments-session\n") % (acct(r), stack(r))
        env = "    AWS_ACCESS_KEY_ID: ${aws.login.accessKeyId}\n    AWS_SECRET_ACCESS_KEY: ${aws.login.secretAccessKey}\n"
    else:
        creds = "  aws:\n    accessKeyId: %s\n    secretAccessKey: %s\n" % (yv(a.val("none")), yv(s.val("none")))
        env = "    AWS_ACCESS_KEY_ID: ${aws.accessKeyId}\n    AWS_SECRET_ACCESS_KEY: ${aws.secretAccessKey}\n"
    body = "# Pulumi ESC environment %s/%s\nvalues:\n%s  environmentVariables:\n%s  pulumiConfig:\n    aws:region: %s\n" % (
        proj(r), stack(r), creds, env, region(r))
    return "esc/%s-%s.yaml" % (proj(r), stack(r)), body


@pos
def t_py_do_provider(r, c):
    s = c.slot("do_token", "DIGITALOCEAN_TOKEN", "doToken")
    body = ('import os\n\nimport pulumi\nimport pulumi_digitalocean as do\n\nprovider = do.Provider("do", token=%s)\n\n'
            'cluster = do.KubernetesCluster(\n    "%s",\n    region="%s",\n    version="1.%d.1-do.0",\n'
            '    node_pool=do.KubernetesClusterNodePoolArgs(name="default", size="s-2vcpu-4gb", node_count=%d),\n'
            '    opts=pulumi.ResourceOptions(provider=provider),\n)\n\npulumi.export("kubeconfig", pulumi.Output.secret(cluster.kube_configs[0].raw_config))\n') % (
        s.code_str("py"), proj(r), r.choice(["nyc3", "fra1", "ams3"]), r.randint(27, 31), r.randint(2, 5))
    return r.choice(["infra/__main__.py", "do/__main__.py"]), body


@pos
def t_cs_azure_provider(r, c):
    s = c.slot("azure_cs", "ARM_CLIENT_SECRET", "clientSecret")
    body = ('using Pulumi;\nusing AzureNative = Pulumi.AzureNative;\n\nclass AppStack : Stack\n{\n    public AppStack()\n    {\n'
            '        var provider = new AzureNative.Provider("azure-%s", new AzureNative.ProviderArgs\n        {\n'
            '            TenantId = "%s",\n            SubscriptionId = "%s",\n            ClientId = "%s",\n            ClientSecret = %s,\n        });\n\n'
            '        var rg = new AzureNative.Resources.ResourceGroup("rg-%s", new()\n        {\n            Location = "%s",\n'
            '        }, new CustomResourceOptions { Provider = provider });\n    }\n}\n') % (
        stack(r), uuid4(r), uuid4(r), uuid4(r), s.code("cs"), proj(r), r.choice(AZ_LOCS))
    return r.choice(["infra/AppStack.cs", "Infra/Stacks/AppStack.cs"]), body


# ----------------------------------------------------------------------------- AWS CDK
@pos
def t_cdk_ts_rds(r, c):
    s = c.slot("db_password", "DB_PASSWORD", "dbAdminPassword")
    body = ('import * as cdk from "aws-cdk-lib";\nimport { SecretValue } from "aws-cdk-lib";\nimport * as ec2 from "aws-cdk-lib/aws-ec2";\n'
            'import * as rds from "aws-cdk-lib/aws-rds";\nimport { Construct } from "constructs";\n\nexport class DataStack extends cdk.Stack {\n'
            '  constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n    super(scope, id, props);\n\n'
            '    const vpc = ec2.Vpc.fromLookup(this, "Vpc", { vpcName: "%s-vpc" });\n\n    new rds.DatabaseInstance(this, "Db", {\n'
            '      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),\n      vpc,\n'
            '      credentials: rds.Credentials.fromPassword("%s", %s),\n      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),\n'
            '      removalPolicy: cdk.RemovalPolicy.SNAPSHOT,\n    });\n  }\n}\n') % (proj(r), r.choice(USERS), s.cdk("ts"))
    return r.choice(["lib/data-stack.ts", "cdk/lib/database-stack.ts"]), body


@pos
def t_cdk_py_pipeline(r, c):
    s = c.slot("github", "GITHUB_TOKEN", "githubOauthToken")
    body = ('from aws_cdk import Stack, SecretValue\nfrom aws_cdk import aws_codepipeline as codepipeline\n'
            'from aws_cdk import aws_codepipeline_actions as actions\nfrom constructs import Construct\n\n\nclass PipelineStack(Stack):\n'
            '    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:\n        super().__init__(scope, construct_id, **kwargs)\n'
            '        source_output = codepipeline.Artifact()\n        source = actions.GitHubSourceAction(\n            action_name="GitHub",\n'
            '            owner="%s",\n            repo="%s",\n            branch="main",\n            oauth_token=%s,\n            output=source_output,\n        )\n'
            '        codepipeline.Pipeline(self, "Pipeline", stages=[codepipeline.StageProps(stage_name="Source", actions=[source])])\n') % (
        org(r), proj(r), s.cdk("py"))
    return r.choice(["pipeline/pipeline_stack.py", "cdk/stacks/pipeline_stack.py"]), body


@pos
def t_cdk_java(r, c):
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    body = ('package com.%s.infra;\n\nimport software.amazon.awscdk.SecretValue;\nimport software.amazon.awscdk.Stack;\nimport software.amazon.awscdk.StackProps;\n'
            'import software.amazon.awscdk.services.rds.*;\nimport software.constructs.Construct;\n\npublic class DbStack extends Stack {\n'
            '    public DbStack(final Construct scope, final String id, final StackProps props) {\n        super(scope, id, props);\n'
            '        DatabaseCluster.Builder.create(this, "Cluster")\n            .engine(DatabaseClusterEngine.auroraMysql(AuroraMysqlClusterEngineProps.builder()\n'
            '                .version(AuroraMysqlEngineVersion.VER_3_05_2).build()))\n            .credentials(Credentials.fromPassword("%s", %s))\n'
            '            .build();\n    }\n}\n') % (org(r).replace("-", ""), r.choice(USERS), s.cdk("java"))
    return "cdk/src/main/java/com/%s/infra/DbStack.java" % org(r).replace("-", ""), body


@pos
def t_cdk_cs(r, c):
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    body = ('using Amazon.CDK;\nusing Amazon.CDK.AWS.RDS;\nusing Constructs;\n\nnamespace Infra\n{\n    public class DataStack : Stack\n    {\n'
            '        internal DataStack(Construct scope, string id, IStackProps props = null) : base(scope, id, props)\n        {\n'
            '            var creds = Credentials.FromPassword("%s", %s);\n            // cluster props trimmed\n            _ = creds;\n        }\n    }\n}\n') % (
        r.choice(USERS), s.cdk("cs"))
    return r.choice(["src/Infra/DataStack.cs", "cdk/src/Infra/DataStack.cs"]), body


@pos
def t_cdk_go(r, c):
    s = c.slot("db_password", "DB_PASSWORD", "dbPassword")
    body = ('package main\n\nimport (\n\t"github.com/aws/aws-cdk-go/awscdk/v2"\n\t"github.com/aws/aws-cdk-go/awscdk/v2/awsrds"\n\t"github.com/aws/constructs-go/constructs/v10"\n'
            '\t"github.com/aws/jsii-runtime-go"\n)\n\nfunc NewDbStack(scope constructs.Construct, id string) awscdk.Stack {\n\tstack := awscdk.NewStack(scope, &id, nil)\n'
            '\tcreds := awsrds.Credentials_FromPassword(jsii.String("%s"), %s)\n\t_ = creds\n\treturn stack\n}\n\nfunc main() {\n\tapp := awscdk.NewApp(nil)\n'
            '\tNewDbStack(app, "%s-db")\n\tapp.Synth(nil)\n}\n') % (r.choice(USERS), s.cdk("go"), proj(r))
    return r.choice(["cdk.go", "cdk/main.go"]), body


@pos
def t_cdk_json_ctx(r, c):
    stype, var, key = r.choice([("slack_hook", "SLACK_WEBHOOK_URL", c.nm("slackWebhookUrl", ["alarmsEndpoint", "notifyUrl"])),
                                ("db_password", "DB_PASSWORD", c.nm("dbPassword", ["adminPw", "masterAuth"])),
                                ("datadog", "DD_API_KEY", c.nm("datadogApiKey", ["ddForwarderKey", "metricsIngest"]))])
    s = c.slot(stype, var, key)
    ctx = {"@aws-cdk/aws-lambda:recognizeLayerVersion": True, "@aws-cdk/core:checkSecretUsage": True,
           "@aws-cdk/aws-iam:minimizePolicies": True, "env": stack(r), "vpcCidr": "10.%d.0.0/16" % r.randint(0, 200),
           key: s.val("plain")}
    body = json.dumps({"app": r.choice(["npx ts-node --prefer-ts-exts bin/app.ts", "python3 app.py"]),
                       "watch": {"include": ["**"], "exclude": ["README.md", "cdk*.json", "node_modules", "test"]},
                       "context": ctx}, indent=2) + "\n"
    return r.choice(["cdk.json", "cdk/cdk.json", "cdk.context.json"]), body


@pos
def t_cdk_ts_lambda_env(r, c):
    var = c.nm("STRIPE_SECRET_KEY", ["PAYMENTS_KEY", "SK", "PROVIDER_AUTH"])
    s = c.slot("stripe", var)
    body = ('import * as cdk from "aws-cdk-lib";\nimport * as lambda from "aws-cdk-lib/aws-lambda";\nimport { Construct } from "constructs";\n\n'
            'export class ApiStack extends cdk.Stack {\n  constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n    super(scope, id, props);\n'
            '    new lambda.Function(this, "Checkout", {\n      runtime: lambda.Runtime.NODEJS_20_X,\n      handler: "checkout.handler",\n'
            '      code: lambda.Code.fromAsset("dist/checkout"),\n      memorySize: %d,\n      environment: {\n        STAGE: "%s",\n        %s: %s,\n      },\n    });\n  }\n}\n') % (
        r.choice([256, 512, 1024]), stack(r), var, s.code_str("ts"))
    return r.choice(["lib/api-stack.ts", "infra/lib/api-stack.ts"]), body


@pos
def t_cdk_bin_ctor(r, c):
    s = c.slot("datadog", "DATADOG_API_KEY", "datadogApiKey")
    body = ('#!/usr/bin/env node\nimport "source-map-support/register";\nimport * as cdk from "aws-cdk-lib";\nimport { ObservabilityStack } from "../lib/observability-stack";\n\n'
            'const app = new cdk.App();\nnew ObservabilityStack(app, "Observability-%s", {\n  env: { account: "%s", region: "%s" },\n'
            '  ddSite: "datadoghq.com",\n  ddApiKey: %s,\n  logRetentionDays: %d,\n});\n') % (stack(r), acct(r), region(r), s.code_str("ts"), r.choice([7, 14, 30]))
    return r.choice(["bin/app.ts", "cdk/bin/observability.ts"]), body


# ----------------------------------------------------------------------------- CDK for Terraform
@pos
def t_cdktf_ts_aws(r, c):
    s = c.slot("aws_secret", "AWS_SECRET_ACCESS_KEY", "secretKey")
    a = c.akid()
    body = ('import { Construct } from "constructs";\nimport { App, TerraformStack, S3Backend } from "cdktf";\n'
            'import { AwsProvider } from "@cdktf/provider-aws/lib/provider";\nimport { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\n\n'
            'class Stack extends TerraformStack {\n  constructor(scope: Construct, id: string) {\n    super(scope, id);\n'
            '    new AwsProvider(this, "aws", {\n      region: "%s",\n      accessKey: %s,\n      secretKey: %s,\n    });\n'
            '    new S3Backend(this, { bucket: "%s-tfstate", key: "%s.tfstate", region: "%s" });\n'
            '    new S3Bucket(this, "assets", { bucketPrefix: "%s-assets-" });\n  }\n}\n\nconst app = new App();\nnew Stack(app, "%s");\napp.synth();\n') % (
        region(r), a.code_str("ts"), s.code_str("ts"), org(r), proj(r), region(r), proj(r), proj(r))
    return r.choice(["main.ts", "cdktf/main.ts"]), body


@pos
def t_cdktf_py_cloudflare(r, c):
    s = c.slot("cloudflare", "CLOUDFLARE_API_TOKEN", "apiToken")
    body = ('#!/usr/bin/env python\nimport os\n\nfrom constructs import Construct\nfrom cdktf import App, TerraformStack\n'
            'from imports.cloudflare.provider import CloudflareProvider\nfrom imports.cloudflare.record import Record\n\n\nclass DnsStack(TerraformStack):\n'
            '    def __init__(self, scope: Construct, ns: str):\n        super().__init__(scope, ns)\n        CloudflareProvider(self, "cf", api_token=%s)\n'
            '        Record(self, "www", zone_id="%s", name="www", type="CNAME", content="%s.pages.dev", proxied=True)\n\n\n'
            'app = App()\nDnsStack(app, "dns")\napp.synth()\n') % (s.code_str("py"), hexs(r, 32), proj(r))
    return r.choice(["main.py", "dns/main.py"]), body


@pos
def t_cdktf_cloudbackend(r, c):
    s = c.slot("tfc_token", "TF_API_TOKEN", "tfToken")
    body = ('import { App, CloudBackend, NamedCloudWorkspace, TerraformStack } from "cdktf";\nimport { Construct } from "constructs";\n\n'
            'class Net extends TerraformStack {\n  constructor(scope: Construct, id: string) {\n    super(scope, id);\n    new CloudBackend(this, {\n'
            '      hostname: "app.terraform.io",\n      organization: "%s",\n      token: %s,\n      workspaces: new NamedCloudWorkspace("%s-%s"),\n    });\n  }\n}\n\n'
            'const app = new App();\nnew Net(app, "network");\napp.synth();\n') % (org(r), s.code_str("ts"), proj(r), stack(r))
    return r.choice(["main.ts", "stacks/network/main.ts"]), body


@pos
def t_cdktf_go_pg(r, c):
    s = c.slot("db_password", "PGPASSWORD", "pgPassword")
    body = ('package main\n\nimport (\n\t"os"\n\n\t"github.com/aws/constructs-go/constructs/v10"\n\t"github.com/aws/jsii-runtime-go"\n\t"github.com/hashicorp/terraform-cdk-go/cdktf"\n'
            '\tpg "github.com/cdktf/cdktf-provider-postgresql-go/postgresql/v11/provider"\n)\n\nvar _ = os.Getenv\n\n'
            'func NewRoles(scope constructs.Construct, id string) cdktf.TerraformStack {\n\tstack := cdktf.NewTerraformStack(scope, &id)\n'
            '\tpg.NewPostgresqlProvider(stack, jsii.String("pg"), &pg.PostgresqlProviderConfig{\n\t\tHost:     jsii.String("%s.cluster-%s.%s.rds.amazonaws.com"),\n'
            '\t\tUsername: jsii.String("%s"),\n\t\tPassword: jsii.String(%s),\n\t\tSslmode:  jsii.String("require"),\n\t})\n\treturn stack\n}\n\n'
            'func main() {\n\tapp := cdktf.NewApp(nil)\n\tNewRoles(app, "roles")\n\tapp.Synth()\n}\n') % (
        proj(r), aln(r, 12, string.ascii_lowercase + string.digits), region(r), r.choice(USERS), s.code_str("go"))
    return r.choice(["main.go", "cdktf/roles/main.go"]), body


# ----------------------------------------------------------------------------- HCP Terraform / Terraform Cloud
@pos
def t_terraformrc(r, c):
    s = c.slot("tfc_token", "TF_TOKEN_app_terraform_io", "token")
    host = r.choice(["app.terraform.io", "app.terraform.io", "tfe.%s.internal" % org(r)])
    body = ('plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"\ndisable_checkpoint = true\n\ncredentials "%s" {\n  token = "%s"\n}\n') % (host, s.val("hcl"))
    return r.choice([".terraformrc", "ci/terraform.rc", "docker/terraformrc"]), body


@pos
def t_tfrc_json(r, c):
    s = c.slot("tfc_token", "TF_TOKEN_app_terraform_io", "token")
    body = json.dumps({"credentials": {"app.terraform.io": {"token": s.val("plain")}}}, indent=2) + "\n"
    return r.choice([".terraform.d/credentials.tfrc.json", "ci/credentials.tfrc.json"]), body


@pos
def t_gha_tf_token(r, c):
    var = c.nm("TF_TOKEN_app_terraform_io", ["TF_TOKEN_app_terraform_io"])
    s = c.slot("tfc_token", var)
    body = ("name: terraform\non: [push]\n\njobs:\n  plan:\n    runs-on: ubuntu-latest\n    env:\n      %s: %s\n      TF_CLOUD_ORGANIZATION: %s\n"
            "      TF_WORKSPACE: %s-%s\n    steps:\n      - uses: actions/checkout@v4\n      - uses: hashicorp/setup-terraform@v3\n"
            "      - run: terraform init -input=false\n      - run: terraform plan -input=false\n") % (var, yv(s.val("gha")), org(r), proj(r), stack(r))
    return ".github/workflows/terraform.yml", body


@pos
def t_sh_tfc_curl(r, c):
    s = c.slot("tfc_token", "TFC_TOKEN")
    v = s.val("sh")
    ws = "ws-" + aln(r, 16)
    body = ('#!/usr/bin/env bash\n# queue a run on the %s workspace\nset -euo pipefail\n\n'
            'curl -sS \\\n  --header "Authorization: Bearer %s" \\\n  --header "Content-Type: application/vnd.api+json" \\\n'
            '  --request POST \\\n  --data @payload.json \\\n  https://app.terraform.io/api/v2/runs\n\n'
            '# workspace id: %s\n') % (proj(r), v, ws)
    return r.choice(["scripts/queue-run.sh", "tools/tfc-run.sh"]), body


@pos
def t_tfe_provider_hcl(r, c):
    var = "tfe_token"
    s = c.slot("tfc_token", "TFE_TOKEN", var)
    tok = s.val("hcl")
    body = ('terraform {\n  required_providers {\n    tfe = {\n      source  = "hashicorp/tfe"\n      version = "~> 0.%d"\n    }\n  }\n}\n\n'
            'provider "tfe" {\n  hostname = "app.terraform.io"\n  token    = "%s"\n}\n\nresource "tfe_workspace" "%s" {\n  name         = "%s-%s"\n'
            '  organization = "%s"\n  auto_apply   = false\n}\n') % (r.randint(50, 62), tok, snake(proj(r)), proj(r), stack(r), org(r))
    return r.choice(["tfc/main.tf", "workspaces/providers.tf"]), body


# ----------------------------------------------------------------------------- Crossplane
@pos
def t_xp_aws_secret(r, c):
    s = c.slot("aws_secret", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key")
    a = c.akid()
    if s.is_ref():
        inner = "  creds: |\n    [default]\n    credential_process = /opt/aws/creds-helper --role %s\n" % arn(r, "iam", "role/crossplane", "", acct(r))
    else:
        inner = "  creds: |\n    [default]\n    aws_access_key_id = %s\n    aws_secret_access_key = %s\n" % (a.val("none"), s.val("none"))
    body = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\n  namespace: crossplane-system\ntype: Opaque\nstringData:\n%s"
            "---\napiVersion: aws.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: Secret\n"
            "    secretRef:\n      namespace: crossplane-system\n      name: aws-creds\n      key: creds\n") % inner
    return r.choice(["crossplane/providerconfig-aws.yaml", "platform/crossplane/aws-provider.yaml"]), body


@pos
def t_xp_azure_secret(r, c):
    s = c.slot("azure_cs", "AZURE_CLIENT_SECRET", "clientSecret")
    cred = json.dumps({"clientId": uuid4(r), "clientSecret": s.val("plain"), "subscriptionId": uuid4(r), "tenantId": uuid4(r),
                       "activeDirectoryEndpointUrl": "https://login.microsoftonline.com",
                       "resourceManagerEndpointUrl": "https://management.azure.com/"}, indent=2)
    cred = "\n".join("    " + l for l in cred.splitlines())
    body = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: azure-secret\n  namespace: crossplane-system\ntype: Opaque\nstringData:\n  creds: |\n%s\n"
            "---\napiVersion: azure.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: Secret\n"
            "    secretRef:\n      namespace: crossplane-system\n      name: azure-secret\n      key: creds\n") % cred
    return r.choice(["crossplane/azure/providerconfig.yaml", "clusters/mgmt/crossplane-azure.yaml"]), body


@pos
def t_xp_sql_provider(r, c):
    s = c.slot("db_password", "PG_PASSWORD", "password")
    user = r.choice(USERS)
    body = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: pg-admin-conn\n  namespace: crossplane-system\nstringData:\n  username: %s\n"
            "  password: %s\n  endpoint: %s.%s.%s.rds.amazonaws.com\n  port: \"5432\"\n---\napiVersion: postgresql.sql.crossplane.io/v1alpha1\n"
            "kind: ProviderConfig\nmetadata:\n  name: %s-pg\nspec:\n  sslMode: require\n  credentials:\n    source: PostgreSQLConnectionSecret\n"
            "    connectionSecretRef:\n      namespace: crossplane-system\n      name: pg-admin-conn\n") % (
        user, yv(s.val("plain")), proj(r), aln(r, 12, string.ascii_lowercase + string.digits), region(r), proj(r))
    return r.choice(["crossplane/sql/providerconfig.yaml", "platform/db/provider-sql.yaml"]), body


@pos
def t_xp_composition(r, c):
    s = c.slot("db_password", "DB_PASSWORD", "password")
    body = ("apiVersion: apiextensions.crossplane.io/v1\nkind: Composition\nmetadata:\n  name: xpostgres.aws.%s.io\nspec:\n"
            "  compositeTypeRef:\n    apiVersion: %s.io/v1alpha1\n    kind: XPostgres\n  resources:\n    - name: admin-password\n      base:\n"
            "        apiVersion: kubernetes.crossplane.io/v1alpha2\n        kind: Object\n        spec:\n          forProvider:\n            manifest:\n"
            "              apiVersion: v1\n              kind: Secret\n              metadata:\n                namespace: crossplane-system\n"
            "              stringData:\n                password: %s\n    - name: rds\n      base:\n        apiVersion: rds.aws.upbound.io/v1beta1\n"
            "        kind: Instance\n        spec:\n          forProvider:\n            region: %s\n            engine: postgres\n"
            "            instanceClass: db.t4g.small\n            username: %s\n            autoGeneratePassword: false\n"
            "            passwordSecretRef:\n              namespace: crossplane-system\n              key: password\n") % (
        org(r), org(r), yv(s.val("plain")), region(r), r.choice(USERS))
    return r.choice(["apis/postgres/composition.yaml", "crossplane/compositions/postgres.yaml"]), body


# ----------------------------------------------------------------------------- SST / Serverless / Wing / SAM
@pos
def t_sst_secret_md(r, c):
    stype, name = r.choice([("stripe", "StripeSecretKey"), ("sendgrid", "SendgridApiKey"), ("db_password", "DbPassword")])
    s = c.slot(stype, name.upper(), name)
    v = s.val("sh")
    body = ("# %s\n\nServerless app built with [SST](https://sst.dev).\n\n## Setup\n\n```bash\nnpm install\nnpx sst secret set %s %s --stage %s\n"
            "npx sst deploy --stage %s\n```\n\nThe secret is linked to the `api` function and read with `Resource.%s.value`.\n") % (
        proj(r), name, v, stack(r), stack(r), name)
    return r.choice(["README.md", "docs/deploy.md"]), body


@pos
def t_sst_config(r, c):
    s = c.slot("stripe", "STRIPE_SECRET_KEY", "StripeKey")
    lit = s.code_str("ts")
    body = ('/// <reference path="./.sst/platform/config.d.ts" />\n\nexport default $config({\n  app(input) {\n    return {\n      name: "%s",\n'
            '      removal: input?.stage === "production" ? "retain" : "remove",\n      home: "aws",\n    };\n  },\n  async run() {\n'
            '    const stripeKey = new sst.Secret("StripeKey", %s);\n    const api = new sst.aws.Function("Api", {\n      handler: "src/api.handler",\n'
            '      link: [stripeKey],\n      url: true,\n    });\n    return { url: api.url };\n  },\n});\n') % (proj(r), lit)
    return "sst.config.ts", body


@pos
def t_sls_provider_env(r, c):
    var = c.nm("DB_PASSWORD", ["PGPASS", "DATABASE_AUTH", "RDS_MASTER"])
    s = c.slot("db_password", var)
    body = ("service: %s-api\nframeworkVersion: \"3\"\n\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  region: %s\n  stage: ${opt:stage, '%s'}\n"
            "  environment:\n    DB_HOST: %s.cluster-%s.%s.rds.amazonaws.com\n    DB_USER: %s\n    %s: %s\n    LOG_LEVEL: info\n\n"
            "functions:\n  orders:\n    handler: src/handlers/orders.handler\n    events:\n      - httpApi:\n          path: /orders\n          method: post\n") % (
        proj(r), region(r), stack(r), proj(r), aln(r, 12, string.ascii_lowercase + string.digits), region(r), r.choice(USERS), var, yv(s.val("sls")))
    return r.choice(["serverless.yml", "services/api/serverless.yml"]), body


@pos
def t_sls_fn_webhook(r, c):
    var = c.nm("SLACK_WEBHOOK_URL", ["ALERT_TARGET", "NOTIFY_ENDPOINT"])
    s = c.slot("slack_hook", var)
    body = ("service: %s-alerts\n\nprovider:\n  name: aws\n  runtime: python3.12\n  region: %s\n\nfunctions:\n  notify:\n    handler: handler.notify\n"
            "    timeout: 10\n    environment:\n      %s: %s\n      CHANNEL: \"#ops-%s\"\n    events:\n      - sns: arn:aws:sns:%s:%s:%s-alarms\n") % (
        proj(r), region(r), var, yv(s.val("sls")), stack(r), region(r), acct(r), proj(r))
    return r.choice(["alerts/serverless.yml", "serverless.yml"]), body


@pos
def t_sls_params(r, c):
    s = c.slot("stripe", "STRIPE_SECRET_KEY", "stripeKey")
    body = ("service: %s-payments\n\nparams:\n  default:\n    currency: eur\n  prod:\n    stripeKey: %s\n    domain: pay.%s.com\n  dev:\n"
            "    stripeKey: ${ssm:/%s/dev/stripe-key}\n    domain: pay.dev.%s.com\n\nprovider:\n  name: aws\n  runtime: nodejs20.x\n"
            "  environment:\n    STRIPE_KEY: ${param:stripeKey}\n") % (proj(r), yv(s.val("sls")), org(r), proj(r), org(r))
    return "serverless.yml", body


@pos
def t_wing(r, c):
    s = c.slot("sendgrid", "SENDGRID_API_KEY", "sendgridKey")
    name = c.nm("sendgridKey", ["mailAuth", "k"])
    body = ('bring cloud;\nbring http;\nbring util;\n\nlet %s = %s;\nlet queue = new cloud.Queue();\n\nqueue.setConsumer(inflight (msg: str) => {\n'
            '  http.post("https://api.sendgrid.com/v3/mail/send", {\n    headers: {\n      "Authorization": "Bearer " + %s,\n'
            '      "Content-Type": "application/json",\n    },\n    body: msg,\n  });\n});\n') % (name, s.code("wing"), name)
    return r.choice(["main.w", "app/main.w"]), body


@pos
def t_samconfig(r, c):
    s = c.slot("db_password_url", "DB_PASSWORD", "DbPassword")
    v = s.val("none") if not s.is_ref() else "{{resolve:ssm-secure:/%s/db-password}}" % proj(r)
    body = ('version = 0.1\n\n[default.global.parameters]\nstack_name = "%s-%s"\n\n[default.build.parameters]\ncached = true\nparallel = true\n\n'
            '[default.deploy.parameters]\ncapabilities = "CAPABILITY_IAM"\nconfirm_changeset = true\nresolve_s3 = true\nregion = "%s"\n'
            'parameter_overrides = "Stage=%s DbUser=%s DbPassword=%s VpcId=vpc-%s"\n\n[default.sync.parameters]\nwatch = true\n') % (
        proj(r), stack(r), region(r), stack(r), r.choice(USERS), v, hexs(r, 17))
    return r.choice(["samconfig.toml", "backend/samconfig.toml"]), body


@pos
def t_sam_template_default(r, c):
    s = c.slot("db_password", "DB_PASSWORD", "DbPassword")
    body = ("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nDescription: %s backend\n\nParameters:\n  Stage:\n"
            "    Type: String\n    Default: %s\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: %s\n\nGlobals:\n  Function:\n    Timeout: 15\n"
            "    Runtime: python3.12\n\nResources:\n  ApiFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n"
            "      CodeUri: src/\n      Environment:\n        Variables:\n          STAGE: !Ref Stage\n          DB_PASSWORD: !Ref DbPassword\n") % (
        proj(r), stack(r), yv(s.val("plain")))
    return r.choice(["template.yaml", "sam/template.yaml"]), body


# ----------------------------------------------------------------------------- Bicep / ARM
def kv_id(r):
    return "/subscriptions/%s/resourceGroups/rg-%s-shared/providers/Microsoft.KeyVault/vaults/kv-%s-%s" % (uuid4(r), proj(r), proj(r), stack(r))


@pos
def t_arm_params(r, c):
    s = c.slot("db_password", "SQL_ADMIN_PASSWORD", "administratorLoginPassword")
    pname = c.nm("administratorLoginPassword", ["sqlAuth", "adminPw", "vmAdminCredential"])
    if s.is_ref():
        pw = {"reference": {"keyVault": {"id": kv_id(r)}, "secretName": "sql-admin-password"}}
    else:
        pw = {"value": s.val("none")}
    body = json.dumps({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
                       "contentVersion": "1.0.0.0",
                       "parameters": {"location": {"value": r.choice(AZ_LOCS)}, "serverName": {"value": "sql-%s-%s" % (proj(r), stack(r))},
                                      "administratorLogin": {"value": r.choice(USERS)}, pname: pw,
                                      "skuName": {"value": r.choice(["GP_Gen5_2", "S0", "BC_Gen5_4"])}}}, indent=2) + "\n"
    return r.choice(["azuredeploy.parameters.json", "infra/arm/sql.parameters.%s.json" % stack(r)]), body


@pos
def t_bicepparam_pw(r, c):
    s = c.slot("db_password", "VM_ADMIN_PASSWORD", "adminPassword")
    pname = c.nm("adminPassword", ["vmSecret", "localAdminCred"])
    if s.is_ref():
        v = r.choice(["getSecret('%s', 'rg-%s-shared', 'kv-%s', 'vm-admin-password')" % (uuid4(r), proj(r), proj(r)),
                      "readEnvironmentVariable('%s')" % s.var])
    else:
        v = "'%s'" % s.val("none")
    body = ("using './main.bicep'\n\nparam location = '%s'\nparam vmName = 'vm-%s-%s'\nparam vmSize = 'Standard_D2s_v5'\nparam adminUsername = 'azureuser'\n"
            "param %s = %s\nparam tags = {\n  env: '%s'\n  owner: '%s'\n}\n") % (r.choice(AZ_LOCS), proj(r), stack(r), pname, v, stack(r), word(r))
    return r.choice(["main.bicepparam", "infra/bicep/%s.bicepparam" % stack(r)]), body


@pos
def t_arm_storage_conn(r, c):
    s = c.slot("az_storage", "STORAGE_KEY", "storageConnectionString")
    acc = "st%s%s" % (proj(r).replace("-", "")[:10], aln(r, 4, string.ascii_lowercase + string.digits))
    if s.is_ref():
        conn = {"reference": {"keyVault": {"id": kv_id(r)}, "secretName": "storage-connection-string"}}
    else:
        conn = {"value": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acc, s.val("none"))}
    body = json.dumps({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
                       "contentVersion": "1.0.0.0",
                       "parameters": {"functionAppName": {"value": "func-%s-%s" % (proj(r), stack(r))},
                                      "storageConnectionString": conn, "appInsightsLocation": {"value": r.choice(AZ_LOCS)}}}, indent=2) + "\n"
    return r.choice(["deploy/function.parameters.json", "arm/parameters.%s.json" % stack(r)]), body


@pos
def t_bicepparam_cs(r, c):
    s = c.slot("azure_cs", "AZURE_CLIENT_SECRET", "clientSecret")
    v = "readEnvironmentVariable('AZURE_CLIENT_SECRET')" if s.is_ref() else "'%s'" % s.val("none")
    body = ("using 'aks.bicep'\n\nparam clusterName = 'aks-%s-%s'\nparam servicePrincipalClientId = '%s'\nparam servicePrincipalClientSecret = %s\n"
            "param nodeCount = %d\n") % (proj(r), stack(r), uuid4(r), v, r.randint(2, 6))
    return r.choice(["aks.bicepparam", "infra/aks/%s.bicepparam" % stack(r)]), body


@pos
def t_bicep_default(r, c):
    s = c.slot("db_password", "SQL_PASSWORD", "sqlAdminPassword")
    default = "" if s.is_ref() else " = '%s'" % s.val("none")
    body = ("@description('Location for all resources.')\nparam location string = resourceGroup().location\n\nparam sqlAdminLogin string = '%s'\n\n@secure()\n"
            "param sqlAdminPassword string%s\n\nresource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {\n  name: 'sql-${uniqueString(resourceGroup().id)}'\n"
            "  location: location\n  properties: {\n    administratorLogin: sqlAdminLogin\n    administratorLoginPassword: sqlAdminPassword\n    minimalTlsVersion: '1.2'\n  }\n}\n") % (
        r.choice(USERS), default)
    return r.choice(["main.bicep", "infra/modules/sql.bicep"]), body


# ----------------------------------------------------------------------------- Encore / Nitric / Spacelift / env0
@pos
def t_encore_cue(r, c):
    s = c.slot(r.choice(["stripe", "sendgrid", "github"]), "SECRET", "Secret")
    name = c.nm("StripeSecretKey", ["ProviderKey", "OutboundAuth"])
    body = "// Local development overrides, see encore secret set\n%s: \"%s\"\nLogLevel: \"debug\"\n" % (name, s.val("none"))
    return r.choice([".secrets.local.cue", "backend/.secrets.local.cue"]), body


@pos
def t_encore_sh(r, c):
    s = c.slot("stripe", "STRIPE_SECRET_KEY", "StripeSecretKey")
    v = s.val("sh")
    body = ("#!/usr/bin/env bash\n# Provision Encore secrets for the %s environment\nset -eu\n\necho -n \"%s\" | encore secret set --type prod StripeSecretKey\n"
            "encore secret set --type dev,local --from-file ./dev-secrets/slack-token.txt SlackToken\n") % (stack(r), v)
    return r.choice(["scripts/encore-secrets.sh", "ops/set-secrets.sh"]), body


@pos
def t_nitric_ts(r, c):
    s = c.slot("sendgrid", "SENDGRID_API_KEY", "sendgridKey")
    body = ('import { secret, api } from "@nitric/sdk";\n\nconst mailKey = secret("sendgrid-key").allow("put", "access");\n\n'
            'api("admin").post("/bootstrap", async (ctx) => {\n  // seed the secret the first time the stack is deployed\n  await mailKey.put(%s);\n'
            '  ctx.res.status = 204;\n  return ctx;\n});\n') % s.code_str("ts")
    return r.choice(["services/admin.ts", "functions/bootstrap.ts"]), body


@pos
def t_spacelift_gha(r, c):
    s = c.slot("spacelift", "SPACELIFT_API_KEY_SECRET")
    kid = ulid(r)
    body = ("name: spacelift-trigger\non:\n  workflow_dispatch:\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n"
            "      SPACELIFT_API_KEY_ENDPOINT: https://%s.app.spacelift.io\n      SPACELIFT_API_KEY_ID: %s\n      SPACELIFT_API_KEY_SECRET: %s\n"
            "    steps:\n      - uses: spacelift-io/setup-spacectl@main\n      - run: spacectl stack deploy --id %s-%s --tail\n") % (
        org(r), kid, yv(s.val("gha")), proj(r), stack(r))
    return ".github/workflows/spacelift.yml", body


@pos
def t_env0_hcl(r, c):
    s = c.slot("env0", "ENV0_API_SECRET", "env0_api_secret")
    key_id = aln(r, 16, string.ascii_lowercase + string.digits)
    sec = s.val("hcl")
    body = ('terraform {\n  required_providers {\n    env0 = {\n      source = "env0/env0"\n    }\n  }\n}\n\nprovider "env0" {\n  api_key    = "%s"\n'
            '  api_secret = "%s"\n}\n\ndata "env0_project" "default" {\n  name = "%s"\n}\n') % (key_id, sec, proj(r))
    return r.choice(["env0/providers.tf", "platform/env0/main.tf"]), body


# ----------------------------------------------------------------------------- misc config files
@pos
def t_tfvars(r, c):
    key = c.nm("db_password", ["master_pw", "rds_auth"])
    s = c.slot("db_password", "TF_VAR_" + key, key)
    body = ('region         = "%s"\nenvironment    = "%s"\ninstance_class = "db.r6g.large"\ndb_username    = "%s"\n%s = "%s"\nallowed_cidrs  = ["10.0.0.0/8"]\n') % (
        region(r), stack(r), r.choice(USERS), key.ljust(14), s.val("hcl"))
    return r.choice(["terraform.tfvars", "envs/%s.tfvars" % stack(r), "cdktf/%s.auto.tfvars" % stack(r)]), body


@pos
def t_dotenv(r, c):
    stype, var = r.choice([("pulumi_token", "PULUMI_ACCESS_TOKEN"), ("passphrase", "PULUMI_CONFIG_PASSPHRASE"), ("tfc_token", "TF_TOKEN_app_terraform_io")])
    s = c.slot(stype, var)
    body = "AWS_REGION=%s\nPULUMI_BACKEND_URL=s3://%s-state\n%s=%s\nLOG_LEVEL=debug\n" % (region(r), org(r), var, s.val("sh"))
    return c.envname("x"), body


@pos
def t_compose(r, c):
    var = c.nm("POSTGRES_PASSWORD", ["POSTGRES_PASSWORD"])
    s = c.slot("db_password", var)
    body = ("# local stack used by `pulumi up --stack local`\nservices:\n  postgres:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: %s\n"
            "      %s: %s\n      POSTGRES_DB: %s\n    ports:\n      - \"5432:5432\"\n  localstack:\n    image: localstack/localstack:3\n    ports:\n"
            "      - \"4566:4566\"\n") % (r.choice(USERS), var, yv(s.val("docker")), snake(proj(r)))
    return r.choice(["docker-compose.yml", "dev/compose.yaml"]), body


@pos
def t_helm_values(r, c):
    s = c.slot("db_password", "DB_PASSWORD", "password")
    body = ("# values passed by the Pulumi kubernetes.helm.v3.Release\nreplicaCount: %d\nimage:\n  repository: ghcr.io/%s/%s\n  tag: \"1.%d.%d\"\n"
            "externalDatabase:\n  host: %s-db.internal\n  user: %s\n  password: %s\n  database: %s\ningress:\n  enabled: true\n  hosts:\n    - %s.example.org\n") % (
        r.randint(1, 4), org(r), proj(r), r.randint(0, 20), r.randint(0, 9), proj(r), r.choice(USERS), yv(s.val("plain")), snake(proj(r)), proj(r))
    return r.choice(["deploy/values.yaml", "charts/%s/values-%s.yaml" % (proj(r), stack(r))]), body


@pos
def t_properties(r, c):
    s = c.slot("datadog", "DATADOG_API_KEY", "datadog.api.key")
    key = c.nm("datadog.api.key", ["metrics.ingest.token", "dd.auth"])
    body = ("# Pulumi Java program settings\npulumi.stack=%s\naws.region=%s\n%s=%s\ndatadog.site=datadoghq.com\nlogging.level=INFO\n") % (
        stack(r), region(r), key, s.val("plain"))
    return r.choice(["infra/src/main/resources/infra.properties", "src/main/resources/application.properties"]), body


@pos
def t_aws_credentials_ini(r, c):
    s = c.slot("aws_secret", "AWS_SECRET_ACCESS_KEY")
    a = c.akid()
    body = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n\n[%s-readonly]\nrole_arn = %s\nsource_profile = default\n" % (
        a.val("none"), s.val("none"), region(r), org(r), arn(r, "iam", "role/ReadOnly", "", acct(r)))
    return r.choice(["infra/aws/credentials", "ci/aws-credentials.ini", ".aws/credentials"]), body


@pos
def t_credentials_csv(r, c):
    s = c.slot("aws_secret", "AWS_SECRET_ACCESS_KEY")
    a = c.akid()
    user = r.choice(["pulumi-deployer", "cdk-ci", "crossplane-provider", "sst-deploy"])
    body = "User name,Password,Access key ID,Secret access key,Console login link\n%s,,%s,%s,https://%s.signin.aws.amazon.com/console\n" % (
        user, a.val("none"), s.val("none"), acct(r))
    return r.choice(["ops/%s_credentials.csv" % user, "docs/keys/credentials.csv"]), body


@pos
def t_runsettings(r, c):
    s = c.slot("passphrase", "PULUMI_CONFIG_PASSPHRASE")
    body = ('<?xml version="1.0" encoding="utf-8"?>\n<RunSettings>\n  <RunConfiguration>\n    <EnvironmentVariables>\n'
            '      <PULUMI_BACKEND_URL>file://./.pulumi-state</PULUMI_BACKEND_URL>\n      <PULUMI_CONFIG_PASSPHRASE>%s</PULUMI_CONFIG_PASSPHRASE>\n'
            '      <AWS_REGION>%s</AWS_REGION>\n    </EnvironmentVariables>\n  </RunConfiguration>\n</RunSettings>\n') % (s.val("plain"), region(r))
    return r.choice(["infra/Infra.Tests/integration.runsettings", "tests/pulumi.runsettings"]), body


@pos
def t_jenkinsfile(r, c):
    s = c.slot("pulumi_token", "PULUMI_ACCESS_TOKEN")
    expr = s.code("groovy", q="'")
    body = ("pipeline {\n  agent { docker { image 'pulumi/pulumi-go:3.%d.0' } }\n  environment {\n    PULUMI_ACCESS_TOKEN = %s\n    PULUMI_STACK = '%s/%s/%s'\n  }\n"
            "  stages {\n    stage('Preview') {\n      steps { sh 'pulumi preview --stack $PULUMI_STACK' }\n    }\n    stage('Up') {\n      when { branch 'main' }\n"
            "      steps { sh 'pulumi up --yes --stack $PULUMI_STACK' }\n    }\n  }\n}\n") % (r.randint(90, 140), expr, org(r), proj(r), stack(r))
    return "Jenkinsfile", body


@pos
def t_ps1_arm(r, c):
    s = c.slot("azure_cs", "ARM_CLIENT_SECRET")
    v = s.val("ps")
    body = ("# Deploy the Bicep templates from a build agent\n$ErrorActionPreference = 'Stop'\n\n$env:ARM_TENANT_ID = '%s'\n$env:ARM_CLIENT_ID = '%s'\n"
            "$env:ARM_CLIENT_SECRET = \"%s\"\n\naz login --service-principal -u $env:ARM_CLIENT_ID -p $env:ARM_CLIENT_SECRET --tenant $env:ARM_TENANT_ID\n"
            "az deployment group create -g rg-%s-%s -f main.bicep -p main.bicepparam\n") % (uuid4(r), uuid4(r), v, proj(r), stack(r))
    if s.mode == "envref":
        body = body.replace('$env:ARM_CLIENT_SECRET = "%s"' % v, "$env:ARM_CLIENT_SECRET = $env:BUILD_SP_SECRET")
    return r.choice(["deploy.ps1", "scripts/Deploy-Infra.ps1"]), body


@pos
def t_go_azidentity(r, c):
    s = c.slot("azure_cs", "AZURE_CLIENT_SECRET")
    body = ('package azauth\n\nimport (\n\t"os"\n\n\t"github.com/Azure/azure-sdk-for-go/sdk/azidentity"\n)\n\nvar _ = os.Getenv\n\n'
            '// Credential used by the Pulumi dynamic provider when it talks to ARM directly.\nfunc Credential() (*azidentity.ClientSecretCredential, error) {\n'
            '\treturn azidentity.NewClientSecretCredential(\n\t\t"%s",\n\t\t"%s",\n\t\t%s,\n\t\tnil,\n\t)\n}\n') % (uuid4(r), uuid4(r), s.code_str("go"))
    return r.choice(["internal/azauth/credential.go", "pkg/provider/auth.go"]), body


@pos
def t_py_boto3(r, c):
    s = c.slot("aws_secret", "AWS_SECRET_ACCESS_KEY")
    a = c.akid()
    body = ('"""Pre-deploy check run by cdk deploy hooks."""\nimport os\n\nimport boto3\n\nsts = boto3.client(\n    "sts",\n    region_name="%s",\n'
            '    aws_access_key_id=%s,\n    aws_secret_access_key=%s,\n)\n\nident = sts.get_caller_identity()\nprint("deploying as", ident["Arn"])\n') % (
        region(r), a.code_str("py"), s.code_str("py"))
    return r.choice(["scripts/preflight.py", "cdk/hooks/whoami.py"]), body


@pos
def t_gcp_sa_json(r, c):
    s = c.slot("rsa_pem", "GOOGLE_CREDENTIALS")
    pid = "%s-%d" % (proj(r), r.randint(100000, 999999))
    if s.is_secret():
        key = "\n".join(s.raw) + "\n"
    else:
        key = s.val("none")
    body = json.dumps({"type": "service_account", "project_id": pid, "private_key_id": hexs(r, 40), "private_key": key,
                       "client_email": "pulumi-deployer@%s.iam.gserviceaccount.com" % pid, "client_id": str(r.randrange(10 ** 20, 10 ** 21)),
                       "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}, indent=2) + "\n"
    return r.choice(["infra/gcp/deployer-key.json", "credentials/gcp-sa.json"]), body


@pos
def t_ts_tls_key(r, c):
    s = c.slot("ec_pem", "TLS_PRIVATE_KEY")
    if s.is_secret():
        key = "`" + "\n".join(s.raw) + "\n`"
    else:
        key = s.code_str("ts")
    body = ('import * as aws from "@pulumi/aws";\nimport * as fs from "fs";\n\nconst cert = fs.readFileSync("certs/%s.crt", "utf8");\n\n'
            'const privateKey = %s;\n\nexport const imported = new aws.acm.Certificate("edge-cert", {\n  certificateBody: cert,\n  privateKey,\n});\n') % (proj(r), key)
    return r.choice(["infra/certs.ts", "infra/edge/certificate.ts"]), body


@pos
def t_md_setup(r, c):
    stype, var = r.choice([("pulumi_token", "PULUMI_ACCESS_TOKEN"), ("tfc_token", "TF_TOKEN_app_terraform_io"), ("do_token", "DIGITALOCEAN_TOKEN")])
    s = c.slot(stype, var)
    body = ("# Infra setup\n\n1. Install the CLI (`brew install pulumi/tap/pulumi`).\n2. Export the credentials used by CI:\n\n```sh\nexport %s=%s\n"
            "export AWS_REGION=%s\n```\n\n3. Select the stack: `pulumi stack select %s/%s/%s`.\n\nAsk #platform if the preview shows replacements.\n") % (
        var, s.val("sh"), region(r), org(r), proj(r), stack(r))
    return r.choice(["docs/setup.md", "infra/README.md", "CONTRIBUTING.md"]), body


@pos
def t_pulumi_log(r, c):
    s = c.slot("db_password", "DB_PASSWORD")
    v = s.val("none") if not s.is_ref() else "[secret]"
    body = ("Previewing update (%s/%s):\n     Type                 Name            Plan       Info\n     pulumi:pulumi:Stack  %s-%s\n"
            " ~   aws:rds:Instance     %s-db           update     [diff: ~password]\n\nResources:\n    ~ 1 to update\n    %d unchanged\n\n"
            "  aws:rds/instance:Instance: (update)\n    [id=%s-db%s]\n    [urn=urn:pulumi:%s::%s::aws:rds/instance:Instance::%s-db]\n"
            "    ~ password: \"%s\"\n\nDuration: %ds\n") % (
        org(r), stack(r), proj(r), stack(r), proj(r), r.randint(5, 60), proj(r), hexs(r, 7), stack(r), proj(r), proj(r), v, r.randint(3, 40))
    return r.choice(["logs/preview-%d.log" % r.randint(1000, 9999), "ci/artifacts/pulumi-preview.log"]), body


@pos
def t_ci_log_env(r, c):
    s = c.slot("pulumi_token", "PULUMI_ACCESS_TOKEN")
    d, m = r.randint(1, 28), r.randint(0, 58)
    body = ("2024-05-%02dT10:%02d:01.114Z ##[group]Run pulumi/actions@v5\n2024-05-%02dT10:%02d:01.115Z with:\n  command: up\n  stack-name: %s/%s\n"
            "env:\n  PULUMI_ACCESS_TOKEN: %s\n  AWS_REGION: %s\n##[endgroup]\n2024-05-%02dT10:%02d:07.902Z Logging in using access token from PULUMI_ACCESS_TOKEN\n") % (
        d, m, d, m, org(r), stack(r), s.val("none"), region(r), d, m + 1)
    return r.choice(["logs/deploy-run.log", "ci/output/job-%d.log" % r.randint(100, 999)]), body


@pos
def t_sql_role(r, c):
    s = c.slot("db_password", "APP_DB_PASSWORD")
    v = s.val("none") if not s.is_ref() else ":'app_password'"
    user = r.choice(USERS)
    q = "" if s.is_ref() else "'"
    body = ("-- roles created after `pulumi up` provisions the cluster\nCREATE ROLE %s WITH LOGIN PASSWORD %s%s%s;\nGRANT CONNECT ON DATABASE %s TO %s;\n"
            "GRANT USAGE ON SCHEMA public TO %s;\nALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %s;\n") % (
        user, q, v, q, snake(proj(r)), user, user, user)
    return r.choice(["db/init/001_roles.sql", "migrations/0001_app_role.sql"]), body


@pos
def t_pg_url_yaml(r, c):
    s = c.slot("db_password_url", "DATABASE_URL")
    user = r.choice(USERS)
    if s.is_ref():
        url = s.val("plain")
    else:
        url = "postgresql://%s:%s@%s.cluster-%s.%s.rds.amazonaws.com:5432/%s" % (
            user, s.val("none"), proj(r), aln(r, 12, string.ascii_lowercase + string.digits), region(r), snake(proj(r)))
    key = c.nm("databaseUrl", ["dsn", "primary"])
    body = "# Pulumi stack config consumed by the migrations job\nconfig:\n  aws:region: %s\n  %s:%s: %s\n  %s:migrationsImage: ghcr.io/%s/migrate:latest\n" % (
        region(r), proj(r), key, yv(url), proj(r), org(r))
    return "Pulumi.%s.yaml" % stack(r), body


# ============================================================================= look-alike negatives
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append((fn, provider, kind))
        return fn
    return deco


@neg("pulumi", "secure-ciphertext")
def n_stack_secure(r):
    p = proj(r)
    body = "encryptionsalt: %s\nconfig:\n  aws:region: %s\n  %s:dbPassword:\n    secure: %s\n  %s:stripeKey:\n    secure: %s\n  %s:replicas: \"%d\"\n  %s:domain: %s.example.com\n" % (
        pulumi_salt(r), region(r), p, pulumi_cipher(r), p, pulumi_cipher(r), p, r.randint(1, 6), p, word(r))
    return "Pulumi.%s.yaml" % stack(r), body


@neg("pulumi", "kms-encryptedkey")
def n_stack_kms(r):
    p = proj(r)
    body = "secretsprovider: awskms://alias/pulumi-%s?region=%s\nencryptedkey: %s\nconfig:\n  %s:githubToken:\n    secure: %s\n  %s:logRetention: \"%d\"\n" % (
        p, region(r), b64r(r, 184), p, pulumi_cipher(r), p, r.choice([7, 14, 30]))
    return "infra/Pulumi.%s.yaml" % stack(r), body


@neg("pulumi", "checkpoint-export")
def n_stack_export(r):
    p, st, o = proj(r), stack(r), org(r)
    acc, reg = acct(r), region(r)
    body = ('{\n  "version": 3,\n  "deployment": {\n    "manifest": {\n      "time": "2024-0%d-%02dT12:%02d:44.3Z",\n      "magic": "%s",\n      "version": "v3.%d.0"\n    },\n'
            '    "secrets_providers": {\n      "type": "service",\n      "state": {\n        "url": "https://api.pulumi.com",\n        "owner": "%s",\n        "project": "%s",\n        "stack": "%s"\n      }\n    },\n'
            '    "resources": [\n      {\n        "urn": "urn:pulumi:%s::%s::aws:rds/instance:Instance::db",\n        "custom": true,\n        "id": "%s-db-%s",\n'
            '        "type": "aws:rds/instance:Instance",\n        "outputs": {\n          "arn": "arn:aws:rds:%s:%s:db:%s-db-%s",\n          "password": {\n'
            '            %s,\n            "ciphertext": "%s"\n          }\n        }\n      }\n    ]\n  }\n}\n') % (
        r.randint(1, 9), r.randint(1, 28), r.randint(0, 59), sha256hex(r), r.randint(90, 140), o, p, st, st, p, p, hexs(r, 7), reg, acc, p, hexs(r, 7),
        PULUMI_SIG, pulumi_cipher(r))
    return r.choice(["backup/%s.json" % st, "state/%s-export.json" % st]), body


@neg("pulumi", "preview-log")
def n_preview_log(r):
    p, st = proj(r), stack(r)
    lines = ["Updating (%s/%s)" % (org(r), st), "", "View in Browser (Ctrl+O): https://app.pulumi.com/%s/%s/%s/updates/%d" % (org(r), p, st, r.randint(10, 900)), ""]
    for t in ["aws:rds:Instance", "aws:lambda:Function", "aws:s3:BucketV2", "random:index:RandomPassword"]:
        lines.append("    ~  %-24s %-18s updated (%ds) [diff: ~password]" % (t, word(r), r.randint(1, 90)))
    lines += ["", "Outputs:", "    dbPassword: [secret]", "    endpoint  : \"%s.%s.%s.rds.amazonaws.com\"" % (p, aln(r, 12, string.ascii_lowercase + string.digits), region(r)),
              "    bucketArn : \"arn:aws:s3:::%s-%s-%s\"" % (p, st, hexs(r, 7)), "", "Resources:", "    ~ 4 updated", "    %d unchanged" % r.randint(10, 90), "",
              "Duration: %dm%ds" % (r.randint(0, 9), r.randint(0, 59))]
    return "logs/pulumi-up-%s.log" % st, "\n".join(lines) + "\n"


@neg("pulumi", "requireSecret")
def n_ts_require_secret(r):
    body = ('import * as pulumi from "@pulumi/pulumi";\nimport * as aws from "@pulumi/aws";\nimport * as random from "@pulumi/random";\n\nconst cfg = new pulumi.Config();\n'
            'const dbPassword = cfg.requireSecret("dbPassword");\nconst apiKey = pulumi.secret(process.env.PARTNER_API_KEY ?? "");\n\n'
            'const jwtSigning = new random.RandomPassword("jwt", { length: 48, special: false });\n\nexport const db = new aws.rds.Instance("db", {\n'
            '  engine: "postgres",\n  instanceClass: "db.t4g.micro",\n  allocatedStorage: 20,\n  username: "%s",\n  password: dbPassword,\n  skipFinalSnapshot: true,\n});\n\n'
            'export const signingKeyLength = jwtSigning.length;\nexport const partnerKeyConfigured = apiKey.apply((k) => k.length > 0);\n') % r.choice(USERS)
    return "infra/index.ts", body


@neg("pulumi", "require_secret")
def n_py_require_secret(r):
    body = ('import pulumi\nimport pulumi_aws as aws\nimport pulumi_random as random\n\nconfig = pulumi.Config()\ndb_password = config.require_secret("dbPassword")\n'
            'token = random.RandomPassword("app-token", length=40, special=False)\n\nsecret = aws.secretsmanager.Secret("%s-app")\n'
            'aws.secretsmanager.SecretVersion("%s-app-v1", secret_id=secret.id, secret_string=token.result)\n\n'
            'pulumi.export("secret_arn", secret.arn)\npulumi.export("caller_account", "%s")\n') % (proj(r), proj(r), acct(r))
    return "infra/__main__.py", body


@neg("pulumi", "RequireSecret")
def n_go_require_secret(r):
    body = ('package main\n\nimport (\n\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi"\n\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"\n)\n\n'
            'func main() {\n\tpulumi.Run(func(ctx *pulumi.Context) error {\n\t\tcfg := config.New(ctx, "")\n\t\tpw := cfg.RequireSecret("dbPassword")\n'
            '\t\tctx.Export("roleArn", pulumi.String("arn:aws:iam::%s:role/%s-deployer"))\n\t\tctx.Export("passwordSet", pw.ApplyT(func(s string) bool { return s != "" }))\n'
            '\t\treturn nil\n\t})\n}\n') % (acct(r), proj(r))
    return "infra/main.go", body


@neg("pulumi", "CreateSecret")
def n_cs_create_secret(r):
    body = ('using System;\nusing Pulumi;\n\nreturn await Deployment.RunAsync(() =>\n{\n    var config = new Config();\n    var dbPassword = config.RequireSecret("dbPassword");\n'
            '    var partner = Output.CreateSecret(Environment.GetEnvironmentVariable("PARTNER_TOKEN") ?? "");\n    var tenantId = "%s";\n'
            '    return new System.Collections.Generic.Dictionary<string, object?> { ["tenant"] = tenantId };\n});\n') % uuid4(r)
    return "infra/Program.cs", body


@neg("aws-cdk", "secretsManager-ref")
def n_cdk_secrets_manager(r):
    p, st = proj(r), stack(r)
    body = ('import * as cdk from "aws-cdk-lib";\nimport { SecretValue } from "aws-cdk-lib";\nimport * as sm from "aws-cdk-lib/aws-secretsmanager";\nimport { Construct } from "constructs";\n\n'
            'export class AppStack extends cdk.Stack {\n  constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n    super(scope, id, props);\n'
            '    const oauth = SecretValue.secretsManager("%s/github-oauth");\n    const slack = SecretValue.ssmSecure("/%s/%s/slack-webhook");\n'
            '    const db = sm.Secret.fromSecretNameV2(this, "DbSecret", "%s/%s/db");\n    new cdk.CfnOutput(this, "DbSecretArn", { value: db.secretArn });\n'
            '    void oauth; void slack;\n  }\n}\n') % (st, p, st, st, p)
    return "lib/app-stack.ts", body


@neg("aws-cdk", "context-lookups")
def n_cdk_context(r):
    acc, reg = acct(r), region(r)
    ctx = {"availability-zones:account=%s:region=%s" % (acc, reg): [reg + "a", reg + "b", reg + "c"],
           "vpc-provider:account=%s:filter.tag:Name=%s-vpc:region=%s:returnAsymmetricSubnets=true" % (acc, proj(r), reg): {
               "vpcId": "vpc-" + hexs(r, 17), "vpcCidrBlock": "10.%d.0.0/16" % r.randint(0, 200), "ownerAccountId": acc,
               "availabilityZones": [], "subnetGroups": [{"name": "Private", "type": "Private", "subnets": [
                   {"subnetId": "subnet-" + hexs(r, 17), "cidr": "10.0.%d.0/20" % (16 * i), "availabilityZone": reg + "abc"[i],
                    "routeTableId": "rtb-" + hexs(r, 17)} for i in range(3)]}]},
           "ami:account=%s:filters.image-type.0=machine:region=%s" % (acc, reg): "ami-" + hexs(r, 17),
           "hosted-zone:account=%s:domainName=%s.io:region=%s" % (acc, org(r), reg): {"Id": "/hostedzone/Z" + aln(r, 20, string.ascii_uppercase + string.digits), "Name": "%s.io." % org(r)}}
    return "cdk.context.json", json.dumps(ctx, indent=2) + "\n"


@neg("aws-cdk", "asset-hashes")
def n_cdk_assets(r):
    files = {}
    for _ in range(r.randint(2, 4)):
        h = sha256hex(r)
        files[h] = {"source": {"path": "asset.%s" % h, "packaging": "zip"},
                    "destinations": {"%s-%s" % (acct(r), region(r)): {"bucketName": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}",
                                                                     "objectKey": "%s.zip" % h,
                                                                     "assumeRoleArn": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-file-publishing-role-${AWS::AccountId}-${AWS::Region}"}}}
    return "cdk.out/%sStack.assets.json" % proj(r).replace("-", "").title(), json.dumps({"version": "36.0.0", "files": files, "dockerImages": {}}, indent=2) + "\n"


@neg("aws-cdk", "cdk-json-flags")
def n_cdk_json(r):
    body = json.dumps({"app": "npx ts-node --prefer-ts-exts bin/app.ts", "context": {
        "@aws-cdk/core:checkSecretUsage": True, "@aws-cdk/aws-iam:minimizePolicies": True, "@aws-cdk/core:target-partitions": ["aws", "aws-cn"],
        "accountId": acct(r), "hostedZoneId": "Z" + aln(r, 20, string.ascii_uppercase + string.digits), "githubConnectionArn":
        "arn:aws:codestar-connections:%s:%s:connection/%s" % (region(r), acct(r), uuid4(r)), "userPoolClientId": aln(r, 26, string.ascii_lowercase + string.digits),
        "dbSecretName": "%s/%s/db-credentials" % (stack(r), proj(r))}}, indent=2) + "\n"
    return "cdk.json", body


@neg("serverless", "ssm-env-refs")
def n_sls_refs(r):
    p = proj(r)
    body = ("service: %s\n\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  region: %s\n  iam:\n    role: arn:aws:iam::%s:role/%s-lambda\n  environment:\n"
            "    DB_PASSWORD: ${ssm:/%s/${sls:stage}/db-password}\n    STRIPE_KEY: ${env:STRIPE_KEY}\n    SLACK_WEBHOOK_URL: ${ssm:/aws/reference/secretsmanager/%s/slack}\n"
            "    ACCOUNT_ID: ${aws:accountId}\n    TABLE: ${self:service}-${sls:stage}-orders\n") % (p, region(r), acct(r), p, p, p)
    return "serverless.yml", body


@neg("serverless", "serverless-state")
def n_sls_state(r):
    body = json.dumps({"service": {"service": proj(r), "provider": {"name": "aws", "region": region(r)}},
                       "package": {"artifactDirectoryName": "serverless/%s/%s/%d-2024-0%d-%02dT10:11:12.%03dZ" % (proj(r), stack(r), r.randrange(10 ** 12, 10 ** 13), r.randint(1, 9), r.randint(1, 28), r.randint(0, 999)),
                                   "artifact": "%s.zip" % proj(r)},
                       "functions": {"api": {"name": "%s-%s-api" % (proj(r), stack(r)), "CodeSha256": b64r(r, 32), "versionLogicalId": "ApiLambdaVersion" + aln(r, 40)}}}, indent=2) + "\n"
    return ".serverless/serverless-state.json", body


@neg("aws-sam", "samconfig-nonsecret")
def n_samconfig(r):
    body = ('version = 0.1\n[default.deploy.parameters]\nstack_name = "%s"\ns3_bucket = "aws-sam-cli-managed-default-samclisourcebucket-%s"\ns3_prefix = "%s"\n'
            'region = "%s"\ncapabilities = "CAPABILITY_IAM"\nimage_repositories = ["ApiFunction=%s.dkr.ecr.%s.amazonaws.com/%s%s/apifunction%s"]\n'
            'parameter_overrides = "Stage=%s DbSecretArn=arn:aws:secretsmanager:%s:%s:secret:%s/db-%s"\n') % (
        proj(r), aln(r, 12, string.ascii_lowercase + string.digits), proj(r), region(r), acct(r), region(r), proj(r), hexs(r, 8), hexs(r, 8) + "repo",
        stack(r), region(r), acct(r), stack(r), aln(r, 6))
    return "samconfig.toml", body


@neg("aws-sam", "dynamic-references")
def n_sam_resolve(r):
    body = ("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n"
            "      Engine: postgres\n      MasterUsername: '{{resolve:secretsmanager:%s/db:SecretString:username}}'\n"
            "      MasterUserPassword: '{{resolve:secretsmanager:%s/db:SecretString:password}}'\n      DBInstanceClass: db.t4g.micro\n  Fn:\n"
            "    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      Environment:\n        Variables:\n"
            "          API_KEY_PARAM: '{{resolve:ssm-secure:/%s/api-key:1}}'\n") % (stack(r), stack(r), proj(r))
    return "template.yaml", body


@neg("azure", "keyvault-reference")
def n_arm_kvref(r):
    body = json.dumps({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0",
                       "parameters": {"adminUsername": {"value": "azureuser"},
                                      "adminPassword": {"reference": {"keyVault": {"id": kv_id(r)}, "secretName": "vm-admin-password",
                                                                      "secretVersion": hexs(r, 32)}},
                                      "subnetId": {"value": "/subscriptions/%s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-app" % uuid4(r)}}}, indent=2) + "\n"
    return "azuredeploy.parameters.json", body


@neg("azure", "getSecret")
def n_bicepparam_getsecret(r):
    sub = uuid4(r)
    body = ("using './main.bicep'\n\nparam location = '%s'\nparam sqlAdminLogin = 'sqladmin'\nparam sqlAdminPassword = getSecret('%s', 'rg-%s-shared', 'kv-%s', 'sql-admin-password')\n"
            "param appClientSecret = readEnvironmentVariable('APP_CLIENT_SECRET', '')\nparam tenantId = '%s'\n") % (r.choice(AZ_LOCS), sub, proj(r), proj(r), uuid4(r))
    return "main.bicepparam", body


@neg("azure", "secure-param-no-default")
def n_bicep_listkeys(r):
    body = ("@secure()\nparam sqlAdminPassword string\n\nparam storageName string = 'st${uniqueString(resourceGroup().id)}'\n\nresource st 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {\n"
            "  name: storageName\n}\n\nvar conn = 'DefaultEndpointsProtocol=https;AccountName=${st.name};AccountKey=${st.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'\n\n"
            "output principalId string = '%s'\noutput subscriptionId string = '%s'\n") % (uuid4(r), uuid4(r))
    return "infra/modules/storage.bicep", body


@neg("azure", "ids-and-oidc")
def n_az_ids(r):
    body = ("#!/usr/bin/env bash\n# federated credentials: no client secret\naz login --service-principal -u %s --tenant %s --federated-token \"$(cat $AZURE_FEDERATED_TOKEN_FILE)\"\n"
            "az account set --subscription %s\naz deployment sub create -l %s -f main.bicep --parameters principalObjectId=%s\n") % (
        uuid4(r), uuid4(r), uuid4(r), r.choice(AZ_LOCS), uuid4(r))
    return "scripts/deploy-azure.sh", body


@neg("crossplane", "providerconfig-secretref")
def n_xp_pc(r):
    body = ("apiVersion: aws.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: IRSA\n  assumeRoleChain:\n"
            "    - roleARN: arn:aws:iam::%s:role/crossplane-%s\n---\napiVersion: azure.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: azure\nspec:\n"
            "  clientID: %s\n  tenantID: %s\n  subscriptionID: %s\n  credentials:\n    source: OIDCTokenFile\n") % (acct(r), stack(r), uuid4(r), uuid4(r), uuid4(r))
    return "crossplane/providerconfigs.yaml", body


@neg("crossplane", "composition-patches")
def n_xp_comp(r):
    body = ("apiVersion: apiextensions.crossplane.io/v1\nkind: Composition\nmetadata:\n  name: xbuckets.%s.io\nspec:\n  compositeTypeRef:\n    apiVersion: %s.io/v1alpha1\n"
            "    kind: XBucket\n  writeConnectionSecretsToNamespace: crossplane-system\n  resources:\n    - name: bucket\n      base:\n        apiVersion: s3.aws.upbound.io/v1beta1\n"
            "        kind: Bucket\n        spec:\n          forProvider:\n            region: %s\n      patches:\n        - fromFieldPath: spec.parameters.region\n"
            "          toFieldPath: spec.forProvider.region\n      connectionDetails:\n        - name: password\n          fromConnectionSecretKey: attribute.secret\n") % (org(r), org(r), region(r))
    return "apis/bucket/composition.yaml", body


@neg("hcp-terraform", "lock-file")
def n_tf_lock(r):
    out = "# This file is maintained automatically by \"terraform init\".\n# Manual edits may be lost in future updates.\n\n"
    for prov in r.sample(["hashicorp/aws", "hashicorp/random", "hashicorp/tfe", "cloudflare/cloudflare", "env0/env0"], 2):
        major = r.randint(1, 5)
        out += 'provider "registry.terraform.io/%s" {\n  version     = "%d.%d.%d"\n  constraints = "~> %d.0"\n  hashes = [\n' % (prov, major, r.randint(0, 80), r.randint(0, 9), major)
        out += '    "h1:%s",\n' % b64r(r, 32)
        for _ in range(r.randint(3, 6)):
            out += '    "zh:%s",\n' % sha256hex(r)
        out += "  ]\n}\n\n"
    return ".terraform.lock.hcl", out


@neg("hcp-terraform", "object-ids")
def n_tfc_ids(r):
    body = json.dumps({"data": {"id": "at-" + aln(r, 16), "type": "authentication-tokens",
                                "attributes": {"created-at": "2024-03-0%dT12:00:00.000Z" % r.randint(1, 9), "description": "ci for %s" % proj(r),
                                               "last-used-at": None, "token": None},
                                "relationships": {"created-by": {"data": {"id": "user-" + aln(r, 16), "type": "users"}}}},
                       "included": [{"id": "ws-" + aln(r, 16), "type": "workspaces"}, {"id": "run-" + aln(r, 16), "type": "runs"},
                                    {"id": "org-" + aln(r, 16), "type": "organizations"}]}, indent=2) + "\n"
    return "docs/api/token-list-response.json", body


@neg("hcp-terraform", "terraformrc-helper")
def n_terraformrc(r):
    body = 'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\n\ncredentials_helper "op" {\n  args = ["--vault", "Infrastructure"]\n}\n\nprovider_installation {\n  network_mirror {\n    url = "https://tf-mirror.%s.internal/providers/"\n  }\n}\n' % org(r)
    return ".terraformrc", body


@neg("hcp-terraform", "random-password-resource")
def n_tf_random(r):
    body = ('resource "random_password" "db" {\n  length  = 32\n  special = true\n}\n\nresource "aws_secretsmanager_secret" "db" {\n  name       = "%s/%s/db"\n'
            '  kms_key_id = "arn:aws:kms:%s:%s:key/%s"\n}\n\nresource "aws_secretsmanager_secret_version" "db" {\n  secret_id     = aws_secretsmanager_secret.db.id\n'
            '  secret_string = random_password.db.result\n}\n\nvariable "tfe_token" {\n  type      = string\n  sensitive = true\n}\n') % (stack(r), proj(r), region(r), acct(r), uuid4(r))
    return "modules/db/secrets.tf", body


@neg("github", "pinned-actions")
def n_gha_pinned(r):
    body = ("name: deploy\non:\n  push:\n    branches: [main]\npermissions:\n  id-token: write\n  contents: read\njobs:\n  up:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@%s # v4.1.%d\n      - uses: aws-actions/configure-aws-credentials@%s # v4\n        with:\n"
            "          role-to-assume: arn:aws:iam::%s:role/gha-%s\n          aws-region: %s\n      - uses: pulumi/actions@%s # v5\n        with:\n"
            "          command: up\n          stack-name: %s/%s\n        env:\n          PULUMI_ACCESS_TOKEN: ${{ secrets.PULUMI_ACCESS_TOKEN }}\n") % (
        hexs(r, 40), r.randint(0, 7), hexs(r, 40), acct(r), proj(r), region(r), hexs(r, 40), org(r), stack(r))
    return ".github/workflows/deploy.yml", body


@neg("gitlab", "masked-variable-refs")
def n_gitlab_refs(r):
    body = ("image: pulumi/pulumi@sha256:%s\n\nvariables:\n  PULUMI_STACK: %s/%s/%s\n\ndeploy:\n  script:\n    - pulumi login\n"
            "    - echo \"token length ${#PULUMI_ACCESS_TOKEN}\"\n    - pulumi up --yes --stack \"$PULUMI_STACK\"\n  id_tokens:\n    AWS_ID_TOKEN:\n"
            "      aud: https://gitlab.com\n") % (sha256hex(r), org(r), proj(r), stack(r))
    return ".gitlab-ci.yml", body


@neg("docker", "image-digests")
def n_dockerfile_digest(r):
    body = ("FROM pulumi/pulumi-nodejs@sha256:%s AS base\nARG PULUMI_ACCESS_TOKEN\nARG STACK=%s\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n"
            "COPY . .\n# token is passed at run time: docker run -e PULUMI_ACCESS_TOKEN ...\nCMD [\"sh\", \"-c\", \"pulumi up --yes -s $STACK\"]\n") % (sha256hex(r), stack(r))
    return "Dockerfile", body


@neg("go", "go-sum")
def n_go_sum(r):
    out = ""
    for mod in ["github.com/pulumi/pulumi/sdk/v3 v3.%d.0" % r.randint(90, 140), "github.com/pulumi/pulumi-aws/sdk/v6 v6.%d.0" % r.randint(1, 60),
                "github.com/aws/aws-cdk-go/awscdk/v2 v2.%d.0" % r.randint(100, 170), "github.com/hashicorp/terraform-cdk-go/cdktf v0.%d.0" % r.randint(15, 21)]:
        out += "%s h1:%s\n%s/go.mod h1:%s\n" % (mod, b64r(r, 32), mod, b64r(r, 32))
    return "infra/go.sum", out


@neg("npm", "lock-integrity")
def n_pkg_lock(r):
    pk = {}
    for name in ["@pulumi/pulumi", "@pulumi/aws", "aws-cdk-lib", "constructs", "cdktf"]:
        v = "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 150), r.randint(0, 9))
        pk["node_modules/" + name] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], v),
                                      "integrity": "sha512-" + b64r(r, 64)}
    return "infra/package-lock.json", json.dumps({"name": "infra", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@neg("pypi", "pip-hashes")
def n_req_hashes(r):
    out = ""
    for name in ["pulumi", "pulumi-aws", "aws-cdk-lib", "constructs", "boto3"]:
        out += "%s==%d.%d.%d \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (name, r.randint(1, 3), r.randint(0, 150), r.randint(0, 9), sha256hex(r), sha256hex(r))
    return "infra/requirements.txt", out


@neg("aws", "ssh-public-key")
def n_ssh_pub(r):
    kind = r.choice(["ed25519", "rsa"])
    if kind == "ed25519":
        key = "ssh-ed25519 " + b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32))
    else:
        key = "ssh-rsa " + b64(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(r, 256))
    body = ('import * as aws from "@pulumi/aws";\n\nexport const deployer = new aws.ec2.KeyPair("deployer", {\n  publicKey: "%s %s@%s",\n});\n') % (
        key, r.choice(["ops", "jdoe", "ci"]), org(r))
    return "infra/keypair.ts", body


@neg("aws", "pgp-public-key")
def n_pgp(r):
    body_b64 = b64r(r, 270)
    who = r.choice(["jdoe", "asmith", "mkowalski", "ops-bot"])
    lines = [body_b64[i:i + 64] for i in range(0, len(body_b64), 64)]
    body = ('import pulumi\nimport pulumi_aws as aws\n\nPGP_PUBLIC_KEY = """-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----"""\n\n'
            'user = aws.iam.User("%s")\nprofile = aws.iam.UserLoginProfile("%s-login", user=user.name, pgp_key="keybase:%s")\n'
            'key = aws.iam.AccessKey("%s-key", user=user.name, pgp_key=PGP_PUBLIC_KEY)\npulumi.export("encrypted_secret", key.encrypted_secret)\n') % (
        "\n".join(lines), aln(r, 4), who, who, who, who)
    return "infra/users.py", body


@neg("tls", "public-certificate")
def n_cert(r):
    body_b64 = b64(bytes.fromhex("308203") + rbytes(r, 700))
    lines = [body_b64[i:i + 64] for i in range(0, len(body_b64), 64)]
    return "certs/%s-chain.pem" % proj(r), "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@neg("kubernetes", "kubeconfig-ca")
def n_kubeconfig(r):
    ca = b64((b"-----BEGIN CERTIFICATE-----\n" + b64(rbytes(r, 300)).encode() + b"\n-----END CERTIFICATE-----\n"))
    c = "arn:aws:eks:%s:%s:cluster/%s" % (region(r), acct(r), proj(r))
    body = ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://%s.gr7.%s.eks.amazonaws.com\n  name: %s\n"
            "contexts:\n- context:\n    cluster: %s\n    user: %s\n  name: %s\ncurrent-context: %s\nusers:\n- name: %s\n  user:\n    exec:\n"
            "      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, %s]\n") % (
        ca, hexs(r, 32).upper(), region(r), c, c, c, c, c, c, proj(r))
    return "deploy/kubeconfig.yaml", body


@neg("aws", "kms-ciphertext")
def n_kms_blob(r):
    blob = "AQICAH" + b64r(r, 180)
    body = ("# data key encrypted with %s, decrypted at boot by the instance role\nkms_key_arn: %s\nencrypted_data_key: %s\nrole_unique_id: AROA%s\n") % (
        "alias/%s" % proj(r), arn(r, "kms", "key/" + uuid4(r)), blob, aln(r, 17, string.ascii_uppercase + "234567"))
    return "config/envelope.yaml", body


@neg("aws", "iam-policy-ids")
def n_iam_policy(r):
    body = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "AllowGithubOIDC", "Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::%s:oidc-provider/token.actions.githubusercontent.com" % acct(r)},
         "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                                                                  "StringLike": {"token.actions.githubusercontent.com:sub": "repo:%s/%s:*" % (org(r), proj(r))}}},
        {"Sid": "Org", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*",
         "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-" + aln(r, 10, string.ascii_lowercase + string.digits)}}}]}, indent=2) + "\n"
    return "policies/trust-github.json", body


@neg("aws", "oidc-thumbprints")
def n_oidc(r):
    body = ('import * as aws from "@pulumi/aws";\n\nexport const gh = new aws.iam.OpenIdConnectProvider("github", {\n  url: "https://token.actions.githubusercontent.com",\n'
            '  clientIdLists: ["sts.amazonaws.com"],\n  thumbprintLists: ["%s", "%s"],\n});\n') % (GH_THUMB, hexs(r, 40))
    return "infra/oidc.ts", body


@neg("aws", "cloudtrail-log")
def n_cloudtrail(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append(json.dumps({"eventVersion": "1.09", "eventTime": "2024-06-%02dT%02d:%02d:%02dZ" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                                 "eventName": r.choice(["CreateStack", "UpdateStack", "PutParameter", "CreateBucket"]), "awsRegion": region(r),
                                 "requestID": uuid4(r), "eventID": uuid4(r),
                                 "userIdentity": {"type": "AssumedRole", "principalId": "AROA%s:pulumi-%d" % (aln(r, 17, string.ascii_uppercase + "234567"), r.randint(1000, 9999)),
                                                  "arn": "arn:aws:sts::%s:assumed-role/deployer/pulumi" % acct(r)}}))
    return "logs/cloudtrail-sample.jsonl", "\n".join(lines) + "\n"


@neg("aws", "base64-userdata")
def n_userdata(r):
    script = "#!/bin/bash\nyum install -y amazon-cloudwatch-agent\nsystemctl enable --now amazon-cloudwatch-agent\necho %s > /etc/node-role\n" % proj(r)
    body = ('import pulumi_aws as aws\n\ntemplate = aws.ec2.LaunchTemplate(\n    "workers",\n    image_id="ami-%s",\n    instance_type="m6i.large",\n'
            '    user_data="%s",\n)\n') % (hexs(r, 17), b64(script.encode()))
    return "infra/workers.py", body


@neg("stripe", "publishable-key")
def n_public_ids(r):
    body = ("# values the front-end bundle reads at build time (public by design)\nSTRIPE_PUBLISHABLE_KEY=pk_live_%s\nRECAPTCHA_SITE_KEY=6L%s\n"
            "COGNITO_USER_POOL_CLIENT_ID=%s\nGITHUB_APP_CLIENT_ID=Iv1.%s\nAZURE_CLIENT_ID=%s\nSTACK=%s/%s/%s\n") % (
        aln(r, 99), aln(r, 38, ALNUM + "_-"), aln(r, 26, string.ascii_lowercase + string.digits), hexs(r, 16), uuid4(r), org(r), proj(r), stack(r))
    return r.choice(["web/.env.example", "frontend/public.env", "web/config/public.properties"]), body


@neg("pulumi", "esc-fn-secret")
def n_esc(r):
    body = ("imports:\n  - %s/base\nvalues:\n  aws:\n    login:\n      fn::open::aws-login:\n        oidc:\n          roleArn: arn:aws:iam::%s:role/pulumi-esc\n"
            "          sessionName: pulumi-environments-session\n  stripeKey:\n    fn::secret:\n      ciphertext: ZXNjeAAAAAE%s\n  environmentVariables:\n"
            "    AWS_ACCESS_KEY_ID: ${aws.login.accessKeyId}\n    AWS_SECRET_ACCESS_KEY: ${aws.login.secretAccessKey}\n    AWS_SESSION_TOKEN: ${aws.login.sessionToken}\n") % (
        proj(r), acct(r), b64r(r, 90))
    return "esc/%s.yaml" % stack(r), body


@neg("pulumi", "project-schema")
def n_pulumi_project(r):
    body = ("name: %s\nruntime:\n  name: nodejs\n  options:\n    packagemanager: pnpm\ndescription: Core infrastructure\nconfig:\n  dbPassword:\n    type: string\n"
            "    secret: true\n  instanceType:\n    type: string\n    default: t3.medium\n  pulumi:tags:\n    value:\n      pulumi:template: aws-typescript\n") % proj(r)
    return "Pulumi.yaml", body


@neg("encore", "secrets-struct")
def n_encore_go(r):
    body = ('package payments\n\n// Values are provided with `encore secret set --type prod StripeSecretKey`.\nvar secrets struct {\n\tStripeSecretKey string\n\tSlackWebhookURL string\n}\n\n'
            'func client() string {\n\treturn secrets.StripeSecretKey\n}\n')
    return "payments/secrets.go", body


@neg("sst", "secret-no-value")
def n_sst(r):
    body = ('export default $config({\n  app() {\n    return { name: "%s", home: "aws" };\n  },\n  async run() {\n    const stripe = new sst.Secret("StripeSecretKey");\n'
            '    const db = new sst.Secret("DbPassword");\n    new sst.aws.Function("Api", { handler: "src/api.handler", link: [stripe, db] });\n  },\n});\n') % proj(r)
    return "sst.config.ts", body


@neg("winglang", "cloud-secret")
def n_wing(r):
    body = 'bring cloud;\n\nlet token = new cloud.Secret(name: "%s-slack-token");\nlet api = new cloud.Api();\n\napi.post("/notify", inflight (req) => {\n  let t = token.value();\n  log("token loaded ({t.length} chars)");\n  return { status: 202 };\n});\n' % proj(r)
    return "main.w", body


@neg("kubernetes", "external-secret")
def n_external_secret(r):
    body = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: %s-db\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    kind: ClusterSecretStore\n"
            "    name: aws-secrets-manager\n  target:\n    name: %s-db\n  data:\n    - secretKey: password\n      remoteRef:\n        key: %s/%s/db\n        property: password\n") % (proj(r), proj(r), stack(r), proj(r))
    return "deploy/external-secret.yaml", body


@neg("spacelift", "stack-config")
def n_spacelift(r):
    body = ("version: \"1\"\nstack_defaults:\n  runner_image: public.ecr.aws/spacelift/runner-terraform:latest\nstacks:\n  %s-%s:\n    project_root: stacks/%s\n"
            "    labels: [\"infracost\"]\n    environment:\n      TF_VAR_account_id: \"%s\"\n    contexts: [\"%s\"]\n") % (proj(r), stack(r), proj(r), acct(r), ulid(r).lower())
    return ".spacelift/config.yml", body


@neg("env0", "env0-yml")
def n_env0(r):
    body = ("version: 2\ndeploy:\n  steps:\n    terraformPlan:\n      after:\n        - echo \"project $ENV0_PROJECT_ID env $ENV0_ENVIRONMENT_ID\"\n        - infracost breakdown --path .\n"
            "# project id %s, template id %s\n") % (uuid4(r), uuid4(r))
    return "env0.yml", body


@neg("generic", "checksums")
def n_sha256sums(r):
    out = ""
    for f in ["pulumi-v3.%d.0-linux-x64.tar.gz", "pulumi-v3.%d.0-darwin-arm64.tar.gz", "pulumi-v3.%d.0-windows-x64.zip"]:
        out += "%s  %s\n" % (sha256hex(r), f % r.randint(90, 140))
    return "tools/SHA256SUMS", out


@neg("generic", "runbook")
def n_runbook(r):
    p, st = proj(r), stack(r)
    body = ("# Runbook: rotate the %s database password\n\n1. `pulumi stack select %s/%s/%s`\n2. `pulumi config set --secret dbPassword` (the CLI prompts; never pass the value as an argument)\n"
            "3. `pulumi up` and check resource `urn:pulumi:%s::%s::aws:rds/instance:Instance::db`\n4. Verify in account `%s`, role `arn:aws:iam::%s:role/%s-ops`.\n\n"
            "Last rotation: commit `%s`, update id `%s`.\n") % (p, org(r), p, st, st, p, acct(r), acct(r), p, hexs(r, 40), uuid4(r))
    return "docs/runbooks/rotate-db-password.md", body


@neg("generic", "accounts-inventory")
def n_accounts_csv(r):
    out = "account_id,name,email,ou,deploy_role_arn\n"
    for _ in range(r.randint(4, 8)):
        a, n = _acct(r), "%s-%s" % (_proj(r), _stack(r))
        out += "%s,%s,aws+%s@%s.com,ou-%s-%s,arn:aws:iam::%s:role/cdk-hnb659fds-deploy-role-%s-%s\n" % (
            a, n, n, org(r), aln(r, 4, string.ascii_lowercase + string.digits), aln(r, 8, string.ascii_lowercase + string.digits), a, a, _region(r))
    return "inventory/accounts.csv", out


@neg("generic", "flyway-checksums")
def n_sql_checksums(r):
    out = "-- schema history snapshot\nINSERT INTO flyway_schema_history (installed_rank, version, description, script, checksum, installed_by) VALUES\n"
    rows = []
    for i in range(1, r.randint(4, 7)):
        rows.append("  (%d, '%d', 'migration %d', 'V%d__%s.sql', %d, 'migrator')" % (i, i, i, i, word(r), r.randint(-2 ** 31, 2 ** 31 - 1)))
    return "db/snapshots/history.sql", out + ",\n".join(rows) + ";\n"


@neg("generic", "changelog-shas")
def n_changelog(r):
    out = "# Changelog\n\n"
    for i in range(r.randint(3, 6)):
        out += "## 1.%d.0\n- %s (%s)\n- bump pulumi-aws to 6.%d.0 (%s)\n\n" % (i, r.choice(["add WAF rules", "split VPC stack", "move secrets to ESC"]), hexs(r, 40), r.randint(1, 60), hexs(r, 7))
    return "CHANGELOG.md", out


@neg("generic", "docker-config-credstore")
def n_docker_cfg(r):
    body = json.dumps({"credsStore": "ecr-login", "credHelpers": {"%s.dkr.ecr.%s.amazonaws.com" % (acct(r), region(r)): "ecr-login",
                                                                   "%s-docker.pkg.dev" % region(r).split("-")[0]: "gcloud"}}, indent=2) + "\n"
    return "ci/docker/config.json", body


@neg("pulumi", "stack-outputs")
def n_stack_outputs(r):
    body = json.dumps({"dbPassword": "[secret]", "endpoint": "%s.%s.%s.rds.amazonaws.com" % (proj(r), aln(r, 12, string.ascii_lowercase + string.digits), region(r)),
                       "bucketName": "%s-%s-%s" % (proj(r), stack(r), hexs(r, 7)), "distributionId": "E" + aln(r, 13, string.ascii_uppercase + string.digits),
                       "apiId": aln(r, 10, string.ascii_lowercase + string.digits), "kmsKeyId": uuid4(r)}, indent=2) + "\n"
    return "outputs/%s.json" % stack(r), body


@neg("azure", "keyvault-fetch")
def n_ps1_kv(r):
    body = ("$ErrorActionPreference = 'Stop'\nConnect-AzAccount -Identity | Out-Null\nSet-AzContext -Subscription '%s' | Out-Null\n"
            "$pw = Get-AzKeyVaultSecret -VaultName 'kv-%s-%s' -Name 'sql-admin-password' -AsPlainText\n"
            "New-AzResourceGroupDeployment -ResourceGroupName 'rg-%s' -TemplateFile main.bicep -sqlAdminPassword (ConvertTo-SecureString $pw -AsPlainText -Force)\n") % (
        uuid4(r), proj(r), stack(r), proj(r))
    return "scripts/Deploy-Sql.ps1", body


@neg("pulumi", "makefile-token-check")
def n_makefile(r):
    body = ("STACK ?= %s\n\nifndef PULUMI_ACCESS_TOKEN\n$(error PULUMI_ACCESS_TOKEN is not set; run `pulumi login` or export it from 1Password)\nendif\n\n"
            "up:\n\tpulumi up --yes -s $(STACK)\n\nrefresh:\n\tpulumi refresh --yes -s $(STACK)\n") % stack(r)
    return "Makefile", body


@neg("aws", "s3-etags-log")
def n_s3_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append("upload: dist/%s.%s.js to s3://%s-web-%s/assets/%s.%s.js ETag=\"%s\" x-amz-request-id=%s x-amz-id-2=%s" % (
            word(r), hexs(r, 8), proj(r), stack(r), word(r), hexs(r, 8), hexs(r, 32), aln(r, 16, string.ascii_uppercase + string.digits), b64r(r, 57)))
    return "logs/sync-assets.log", "\n".join(lines) + "\n"


@neg("aws", "layer-arns")
def n_layers_toml(r):
    out = "# Lambda layers pinned per region\n"
    for reg in r.sample(REGIONS, 3):
        out += '[layers.%s]\npowertools = "arn:aws:lambda:%s:%s:layer:AWSLambdaPowertoolsPythonV2:%d"\ncode_sha256 = "%s"\n\n' % (
            reg.replace("-", "_"), reg, acct(r), r.randint(40, 80), b64r(r, 32))
    return "infra/layers.toml", out


@neg("azure", "ini-ids")
def n_az_ini(r):
    body = ("[azure]\ntenant_id = %s\nsubscription_id = %s\nclient_id = %s\nresource_group = rg-%s-%s\nlog_analytics_workspace_id = %s\n\n[auth]\nmethod = workload-identity\n") % (
        uuid4(r), uuid4(r), uuid4(r), proj(r), stack(r), uuid4(r))
    return "config/azure.ini", body


@neg("pulumi", "csproj-usersecretsid")
def n_csproj(r):
    body = ('<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net8.0</TargetFramework>\n'
            '    <UserSecretsId>%s</UserSecretsId>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Pulumi" Version="3.%d.0" />\n'
            '    <PackageReference Include="Pulumi.AzureNative" Version="2.%d.0" />\n  </ItemGroup>\n</Project>\n') % (uuid4(r), r.randint(60, 80), r.randint(20, 80))
    return "infra/Infra.csproj", body


@neg("aws", "properties-ids")
def n_props(r):
    body = ("pulumi.stack=%s\naws.account=%s\naws.kms.key=%s\naws.sqs.url=https://sqs.%s.amazonaws.com/%s/%s-events\ncache.ttl.seconds=300\n") % (
        stack(r), acct(r), arn(r, "kms", "key/" + uuid4(r)), region(r), acct(r), proj(r))
    return "infra/src/main/resources/infra.properties", body


@neg("hcp-terraform", "tfvars-ids")
def n_tfvars(r):
    body = ('vpc_id             = "vpc-%s"\nsubnet_ids         = ["subnet-%s", "subnet-%s"]\nkms_key_arn        = "%s"\nroute53_zone_id    = "Z%s"\n'
            'db_secret_name     = "%s/%s/db"\n') % (hexs(r, 17), hexs(r, 17), hexs(r, 17), arn(r, "kms", "key/" + uuid4(r)), aln(r, 20, string.ascii_uppercase + string.digits), stack(r), proj(r))
    return "envs/%s.tfvars" % stack(r), body


# ============================================================================= driver
SPECIAL_FT = {"dockerfile": "dockerfile", "makefile": "makefile", "jenkinsfile": "groovy", ".terraformrc": "hcl", "terraformrc": "hcl",
              "credentials": "ini", "sha256sums": "txt"}


def filetype(path):
    base = os.path.basename(path).lower()
    if base in SPECIAL_FT:
        return SPECIAL_FT[base]
    if base.startswith(".env") or base.endswith(".env"):
        return "env"
    if base.endswith(".dockerfile") or base.startswith("dockerfile"):
        return "dockerfile"
    if base == "terraform.rc":
        return "hcl"
    return base.rsplit(".", 1)[-1] if "." in base else "txt"


BLOCKED_ENV = re.compile(r"^\.env(\.(?!example$|sample$)[^/]*)?$")

OWN_FORMATS = [r"pul-[0-9a-f]{40}", r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}", r"AKIA[A-Z2-7]{16}", r"PRIVATE KEY-----",
               r"ghp_[A-Za-z0-9]{36}", r"dop_v1_[0-9a-f]{64}", r"sk_live_[A-Za-z0-9]{24}", r"hooks\.slack\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[A-Za-z0-9]{24}",
               r"SG\.[\w-]{22}\.[\w-]{43}", r"[A-Za-z0-9]{3}[5-8]Q~[\w.~-]{34}"]
ALLOWED_IN_NEG = {AWS_EX_ID, TFC_EX, "AKIAXXXXXXXXXXXXXXXX"}


def check_negative(text, where):
    for pat in OWN_FORMATS:
        for m in re.finditer(pat, text):
            hit = m.group(0)
            if hit in ALLOWED_IN_NEG or any(hit in a for a in ALLOWED_IN_NEG):
                continue
            if len(set(hit[-20:])) <= 2:  # xxxx... placeholders
                continue
            raise AssertionError("negative %s holds a generated secret: %s" % (where, hit))


def go_fix(path, text):
    if path.endswith(".go") and "var _ = os.Getenv\n\n" in text:
        text = text.replace("var _ = os.Getenv\n\n", "")
        if "os." not in text:
            text = text.replace('\t"os"\n\n', "").replace('\t"os"\n', "")
    return text


def balanced(r, n, k):
    out = []
    while len(out) < n:
        idx = list(range(k))
        r.shuffle(idx)
        out.extend(idx)
    return out[:n]


def pick_mode(r):
    tot = sum(w for _, w in NEG_MODES)
    x = r.randrange(tot)
    for m, w in NEG_MODES:
        if x < w:
            return m
        x -= w
    return NEG_MODES[-1][0]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ir.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    import shutil
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    r = random.Random(seed)
    manifest, secrets = [], []
    n_envfiles = 0

    for i, ti in enumerate(balanced(r, 500, len(POS))):
        c = Ctx(r, False, "secret")
        begin_file(r)
        relpath, text = POS[ti](r, c)
        text = go_fix(relpath, text)
        if not text.endswith("\n"):
            text += "\n"
        needle = c.needle
        assert needle and needle in text, (POS[ti].__name__, needle)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (POS[ti].__name__, line)
        base = os.path.basename(relpath)
        if base == ".env" or base.startswith(".env."):
            n_envfiles += 1
        rel = "pos/p%04d/%s" % (i, relpath)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": filetype(relpath)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert n_envfiles <= 25, n_envfiles

    jobs = [("reuse", ti) for ti in balanced(r, 250, len(POS))] + [("look", ti) for ti in balanced(r, 250, len(NEG))]
    r.shuffle(jobs)
    for i, (how, ti) in enumerate(jobs):
        if how == "reuse":
            mode = pick_mode(r)
            c = Ctx(r, True, mode)
            begin_file(r)
            relpath, text = POS[ti](r, c)
            text = go_fix(relpath, text)
            assert c.needle is None
            provider, kind, tname = c.provider, "%s:%s" % (c.eff_mode, c.kind), POS[ti].__name__
        else:
            fn, provider, kind = NEG[ti]
            begin_file(r)
            relpath, text = fn(r)
            kind, tname = "lookalike:" + kind, fn.__name__
        if not text.endswith("\n"):
            text += "\n"
        assert not BLOCKED_ENV.match(os.path.basename(relpath)), relpath
        rel = "neg/n%04d/%s" % (i, relpath)
        check_negative(text, rel)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(relpath)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    # final re-read check of every needle
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    sys.stderr.write("wrote %d positives, %d negatives to %s (%d positive templates, %d look-alike templates)\n" % (
        len(secrets), len(manifest) - len(secrets), outdir, len(POS), len(NEG)))


if __name__ == "__main__":
    main()
