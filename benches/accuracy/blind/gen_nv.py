#!/usr/bin/env python3
"""Blind evaluation-set generator "nv": secrets captured by infrastructure-as-code
outputs and deploy artefacts.

EMPHASIS
    Domain: IaC state/plan/output files and deployment artefacts that end up committed.
    Products: Terraform (terraform.tfstate, .tfstate.backup, `terraform show -json` plan,
    `terraform output -json`, *.tfvars, provider/backend blocks, credentials.tfrc.json,
    .terraform.lock.hcl), Terragrunt (terragrunt.hcl inputs, .terragrunt-cache tfvars),
    AWS CloudFormation (templates with NoEcho parameter Defaults, parameters.json),
    AWS SAM (samconfig.toml parameter_overrides), AWS CDK (cdk.json context, cdk.context.json,
    cdk.out synthesized templates), Serverless Framework (serverless.yml, .serverless/ state),
    Pulumi (stack export with/without --show-secrets, Pulumi.<stack>.yaml), Ansible (--extra-vars
    in CI, group_vars, ansible-vault), Helm (`helm get values` dumps, values files), Kustomize
    (secretGenerator, rendered Secrets), Azure ARM/Bicep (deployment outputs, parameter files,
    .bicepparam), Crossplane (connection secrets), Packer (build logs, pkrvars, manifest.json),
    SOPS-encrypted files.
    File types: json, yaml, hcl, toml, log, txt, Makefile, sh, bicepparam.
    Kinds: database/admin passwords (human and generated), Terraform random_password results,
    AWS secret access keys and SES SMTP v4 passwords, TLS private keys (EC P-256 with real
    public point, RSA with DER structure, Ed25519 PKCS#8), GCP service-account keys (base64
    JSON as stored by google_service_account_key), Azure AD client secrets, Azure storage keys,
    GitHub/GitLab PATs, Terraform Cloud tokens, Vault tokens, Stripe, Slack, Datadog, SendGrid,
    Twilio, DigitalOcean, npm, Cloudflare, New Relic, Grafana, Mailgun, Django/Rails secrets,
    Docker registry auth (base64 dockerconfigjson), Kubernetes Secret data (base64).

USAGE
    python3 -B gen_nv.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED
    (random.Random(SEED) only). Standard library only.

NEEDLE CONVENTIONS
    * needle = the secret value exactly as written in the file (without surrounding quotes).
    * For credentials inside URLs/connection strings the needle is the password/key part only.
    * For values stored encoded (Kubernetes Secret `data:`, dockerconfigjson, GCP key
      `private_key` in Terraform state, base64 in Crossplane secrets) the needle is the
      encoded text as it appears.
    * For a PEM key inside a JSON string (\\n escapes, one physical line) the needle is the
      whole escaped PEM from `-----BEGIN` to the final `-----`; for a multi-line PEM block
      the needle is the first base64 body line (the line after BEGIN).
    * For AWS key pairs the needle is the secret access key (the AKIA id is the identifier
      of the same credential and may also be present).
    * line = 1-based line of the first occurrence of the needle.

NEGATIVES
    ~Half reuse positive templates with the slot filled by: placeholders (<YOUR_...>, CHANGE_ME,
    REPLACE_ME), env/CI refs (${VAR}, $(VAR), ${{ secrets.X }}, ${env:X}, env("X")), secret
    manager/SSM lookups ({{resolve:secretsmanager:...}}, ${ssm:/...}, SSM parameter names,
    Key Vault references, get_env/sops_decrypt_file), masked values ((sensitive value),
    <sensitive>, ****), Pulumi `secure:`/ciphertext, ansible-vault blobs, PGP-encrypted
    Terraform secrets, public keys in place of private ones, random_id name suffixes.
    The other half are domain look-alikes with no credential: .terraform.lock.hcl hashes,
    infra-only state files (ARNs, resource ids, lineage UUIDs, serials, ETags, source hashes),
    cdk.context.json lookups, cdk.out asset manifests, human `terraform plan`/`output` with
    masked values, SOPS-encrypted YAML, Packer manifest.json, ARM deployment outputs with ids,
    Helm values with image digests and existingSecret refs, CloudFormation change sets,
    Crossplane ProviderConfigs, known_hosts / SSH public keys, backend state stubs.

FORMATS CHECKED
    * random_password: default special set and sensitivity/state storage from the
      terraform-provider-random docs (search `docs` corpus: "Produces a random string ... All
      attributes including the generated password will be stored in the raw state as
      plain-text", override_special "!#$%&*()-_=+[]{}<>:?"). `$`, `<`, `>`, `&` are left out of
      generated values so JSON/HCL quoting never alters the needle (Go escapes <>& in JSON).
    * pulumi stack export --show-secrets emits plaintext (Pulumi CLI docs page); the secret
      sig "4dabf18193072939515e22adb298388d" and "plaintext"/"ciphertext" shapes are from
      my own knowledge of Pulumi state files.
    * Everything else from my own knowledge of the public formats: AWS AKIA ids (AKIA+16
      [A-Z2-7]) and 40-char secrets, SES SMTP v4 password (base64 of 0x04||HMAC-SHA256 -> 44
      chars starting 'B'), GitHub ghp_/github_pat_ (30 random + 6-char base62 CRC32), npm_
      (same checksum scheme), GitLab glpat- (20), TFC "<14>.atlasv1.<67>", Vault hvs., Stripe
      sk_live_/rk_live_, Slack xoxb-/webhooks, SendGrid SG.22.43, DigitalOcean dop_v1_+64hex,
      New Relic NRAL license keys, Grafana glsa_, Azure client secret "xxxNQ~" 40 chars, Azure
      storage 88-char base64 keys, SEC1 EC P-256 DER (public point computed for real), PKCS#8
      Ed25519, PKCS#1/PKCS#8 RSA DER layout, OpenSSH public key wire format, SOPS ENC[...]
      syntax, $ANSIBLE_VAULT;1.1;AES256 header, Terraform state v4 / plan JSON layout.

DOUBTS
    * Vault hvs. token body length/alphabet, Grafana glsa_ checksum suffix and Azure client
      secret inner structure are approximate (shape only, no checksum computed).
    * RSA keys are structurally valid DER with random (not mathematically related) integers;
      Ed25519/RSA public keys shown next to them are random, not derived.
    * AWS access key ids (AKIA...) appear without secret in a few negatives (PGP-encrypted
      aws_iam_access_key state) because that is what real state looks like; the id alone is
      not a credential. AKIAIOSFODNN7EXAMPLE (AWS documentation example) is used as a
      documented placeholder in some negatives.
    * Pulumi ciphertext ("v1:<nonce>:<ct>") and Pulumi.<stack>.yaml `secure:` shapes are from
      memory; exact service-provider ciphertext layout may differ.
    * Some generated files mix environment names (e.g. stack "uat" with tag "prod") because
      each field is drawn independently; harmless for scanning.
    * Templates: 41 positive-capable templates (also reused for placeholder negatives) and
      16 look-alike-only negative templates (57 template names in the manifest).
    * Search results showed only product documentation; no scanner rules/sources were read.
"""

import base64
import hashlib
import json
import os
import sys
import random
import zlib

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
HEXC = "0123456789abcdef"
B62 = DG + UP + LO
B64C = UP + LO + DG + "+/"
URLB64 = UP + LO + DG + "-_"

WORDS = """amber anchor apple arrow aspen atlas autumn badger bamboo banjo basil beacon birch
bison blossom boulder bramble breeze bridge bronze cactus canyon carbon cedar cherry cinder
clover cobalt comet copper coral cosmos cricket crimson crystal dahlia delta desert dolphin
dragon drift eagle ember falcon fern fjord flint forest fossil galaxy garnet ginger glacier
granite gravel harbor hazel heron hickory honey horizon indigo iris island ivory jasper juniper
kestrel kettle lagoon lantern lavender lemon lilac lotus lunar magnet mango maple marble meadow
meteor mint monsoon mosaic nebula nectar nickel nimbus oak ocean olive onyx orbit orchid otter
panda pebble pepper phoenix pine planet plum polar poppy prairie pumpkin quartz quill raven
reef ridge river robin rocket saffron salmon sapphire sequoia shadow sierra silver spruce
storm summit sunset tango thistle thunder tiger timber topaz tundra turtle velvet violet
walnut willow winter wolf yarrow zephyr zinc""".split()

FIRST = ["maria", "jkowalski", "dev", "ops", "tom", "lena", "raj", "svc", "deploy", "chen"]
PROJ = ["billing", "orders", "payments", "catalog", "identity", "ledger", "search", "notify",
        "checkout", "inventory", "analytics", "gateway", "reporting", "shipping", "crm", "hub"]
ENVS = ["prod", "production", "staging", "stage", "dev", "qa", "uat", "preprod", "sandbox"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
           "eu-north-1", "ap-northeast-1", "ca-central-1", "sa-east-1"]
AZ_LOC = ["westeurope", "northeurope", "eastus", "eastus2", "westus3", "uksouth", "swedencentral",
          "australiaeast", "centralus", "francecentral"]
ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella", "hooli", "vandelay",
        "wayne", "stark", "tyrell", "cyberdyne", "soylent", "aperture"]


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, HEXC, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = list(rhex(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ts(r, year=None):
    y = year or r.choice([2022, 2023, 2024, 2025])
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, r.randint(1, 12), r.randint(1, 28),
                                             r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def acct(r):
    return str(r.randint(100000000000, 999999999999))


def awsid(r, prefix, n=17):
    return prefix + "-" + rhex(r, n)


def base62(n, width):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(width, "0")


def org(r):
    return r.choice(ORGS)


def proj(r):
    return r.choice(PROJ)


def env(r):
    return r.choice(ENVS)


# ---------------------------------------------------------------- crypto shapes
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k):
    R, Q = None, P256_G
    while k:
        if k & 1:
            R = _ec_add(R, Q)
        Q = _ec_add(Q, Q)
        k >>= 1
    return R


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def pem(label, blob):
    s = b64(blob)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def ec_key(r):
    d = r.randrange(1, P256_N)
    x, y = ec_mul(d)
    pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    body = der_int(1) + der(0x04, d.to_bytes(32, "big")) + \
        der(0xA0, bytes.fromhex("06082a8648ce3d030107")) + der(0xA1, der(0x03, b"\x00" + pub))
    priv = pem("EC PRIVATE KEY", der(0x30, body))
    spki = der(0x30, der(0x30, bytes.fromhex("06072a8648ce3d020106082a8648ce3d030107")) +
               der(0x03, b"\x00" + pub))
    wire = _sshstr(b"ecdsa-sha2-nistp256") + _sshstr(b"nistp256") + _sshstr(pub)
    return priv, pem("PUBLIC KEY", spki), "ecdsa-sha2-nistp256 " + b64(wire) + "\n", wire


def _big(r, bits):
    return r.getrandbits(bits) | (1 << (bits - 1)) | 1


def rsa_parts(r, bits=2048):
    n = _big(r, bits)
    ints = [0, n, 65537, _big(r, bits) >> 1, _big(r, bits // 2), _big(r, bits // 2),
            _big(r, bits // 2) >> 1, _big(r, bits // 2) >> 1, _big(r, bits // 2) >> 1]
    return n, der(0x30, b"".join(der_int(i) for i in ints))


def rsa_key(r, bits=2048):
    n, pkcs1 = rsa_parts(r, bits)
    wire = _sshstr(b"ssh-rsa") + _mpint(65537) + _mpint(n)
    spki = der(0x30, der(0x30, bytes.fromhex("06092a864886f70d0101010500")) +
               der(0x03, b"\x00" + der(0x30, der_int(n) + der_int(65537))))
    return pem("RSA PRIVATE KEY", pkcs1), pem("PUBLIC KEY", spki), "ssh-rsa " + b64(wire) + "\n", wire


def rsa_pkcs8(r, bits=2048):
    n, pkcs1 = rsa_parts(r, bits)
    body = der_int(0) + der(0x30, bytes.fromhex("06092a864886f70d0101010500")) + der(0x04, pkcs1)
    return pem("PRIVATE KEY", der(0x30, body))


def ed_key(r):
    seed = rbytes(r, 32)
    body = bytes.fromhex("302e020100300506032b657004220420") + seed
    pub = rbytes(r, 32)
    wire = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    spki = bytes.fromhex("302a300506032b6570032100") + pub
    return pem("PRIVATE KEY", body), pem("PUBLIC KEY", spki), "ssh-ed25519 " + b64(wire) + "\n", wire


def _sshstr(b):
    return len(b).to_bytes(4, "big") + b


def _mpint(v):
    b = v.to_bytes((v.bit_length() + 7) // 8, "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return _sshstr(b)


def ssh_pub(r, comment=True):
    k = r.random()
    if k < 0.5:
        n = _big(r, r.choice([2048, 3072, 4096]))
        s = "ssh-rsa " + b64(_sshstr(b"ssh-rsa") + _mpint(65537) + _mpint(n))
    else:
        s = "ssh-ed25519 " + b64(_sshstr(b"ssh-ed25519") + _sshstr(rbytes(r, 32)))
    if comment:
        s += " " + r.choice(FIRST) + "@" + r.choice(["laptop", "bastion", "ci", "build-01", "mbp"])
    return s


def fp_md5(wire):
    h = hashlib.md5(wire).hexdigest()
    return ":".join(h[i:i + 2] for i in range(0, 32, 2))


def fp_sha256(wire):
    return "SHA256:" + b64(hashlib.sha256(wire).digest()).rstrip("=")


# ---------------------------------------------------------------- secret generators
SPECIAL = "!#%*()-_=+[]{}:?"


def pw_human(r):
    k = r.random()
    w = lambda: r.choice(WORDS)
    if k < 0.3:
        return w().capitalize() + r.choice("!@#%*?._-") + w().capitalize() + str(r.randint(10, 9999))
    if k < 0.55:
        return "-".join(w() for _ in range(r.randint(3, 5))) + "-" + str(r.randint(1, 99))
    if k < 0.8:
        n = r.randint(16, 28)
        while True:
            s = rs(r, AN + "!#%*-_=+.?", n)
            if any(c in DG for c in s) and any(c in UP for c in s) and any(c in LO for c in s):
                return s
    return w().capitalize() + str(r.randint(1970, 2024)) + r.choice("!#*?") + w() + r.choice("!#*?")


def pw_urlsafe(r):
    if r.random() < 0.4:
        return r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + str(r.randint(100, 99999))
    while True:
        s = rs(r, AN, r.randint(18, 32))
        if any(c in DG for c in s) and any(c in UP for c in s):
            return s


def pw_random(r):
    n = r.choice([16, 20, 24, 32, 32, 40])
    alpha = AN + (SPECIAL if r.random() < 0.7 else "")
    while True:
        s = rs(r, alpha, n)
        if any(c in DG for c in s) and any(c in UP for c in s) and any(c in LO for c in s):
            return s


def aws_key_id(r):
    return "AKIA" + rs(r, UP + "234567", 16)


def aws_secret(r):
    while True:
        s = rs(r, AN + "+/", 40)
        if "+" in s or "/" in s or r.random() < 0.3:
            return s


def ses_v4(r):
    return b64(b"\x04" + rbytes(r, 32))


def gh_pat(r):
    body = rs(r, AN, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()), 6)


def gh_fg(r):
    return "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59)


def gl_pat(r):
    return "glpat-" + rs(r, AN + "-_", 20)


def tfc_token(r):
    return rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67)


def vault_tok(r):
    return "hvs.CAESI" + rs(r, URLB64, 86)


def stripe(r):
    k = r.random()
    if k < 0.5:
        return "sk_live_" + rs(r, AN, 24)
    if k < 0.8:
        return "sk_live_51" + rs(r, AN, 97)
    return "rk_live_51" + rs(r, AN, 97)


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13 - 1), rs(r, AN, 24))


def slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DG, 8), rs(r, UP + DG, 10), rs(r, AN, 24))


def dd_api(r):
    return rhex(r, 32)


def sendgrid(r):
    return "SG." + rs(r, URLB64, 22) + "." + rs(r, URLB64, 43)


def twilio(r):
    return rhex(r, 32)


def do_tok(r):
    return "dop_v1_" + rhex(r, 64)


def npm_tok(r):
    body = rs(r, AN, 30)
    return "npm_" + body + base62(zlib.crc32(body.encode()), 6)


def cf_tok(r):
    return rs(r, AN + "-_", 40)


def nr_key(r):
    return rhex(r, 36) + "NRAL"


def grafana(r):
    return "glsa_" + rs(r, AN, 32) + "_" + rhex(r, 8)


def mailgun(r):
    return "key-" + rhex(r, 32)


def django_key(r):
    return rs(r, LO + DG + "!@#%^&*(-_=+)", 50).replace("&", "^")


def rails_key(r):
    return rhex(r, 128)


def jwt_secret(r):
    return b64(rbytes(r, r.choice([32, 48, 64])))


def az_client_secret(r):
    return rs(r, AN, 3) + r.choice("78") + "Q~" + rs(r, AN + "_.~-", 34)


def az_storage_key(r):
    return b64(rbytes(r, 64))


def redis_tok(r):
    return rs(r, AN, r.choice([32, 40, 64]))


GEN = {
    "password": ("generic", pw_human),
    "password_url": ("generic", pw_urlsafe),
    "random_password": ("terraform-random", pw_random),
    "aws_secret_key": ("aws", aws_secret),
    "ses_smtp_password": ("aws", ses_v4),
    "github_pat": ("github", gh_pat),
    "github_fine_grained_pat": ("github", gh_fg),
    "gitlab_pat": ("gitlab", gl_pat),
    "tfc_token": ("terraform-cloud", tfc_token),
    "vault_token": ("hashicorp-vault", vault_tok),
    "stripe_secret_key": ("stripe", stripe),
    "slack_bot_token": ("slack", slack_bot),
    "slack_webhook": ("slack", slack_hook),
    "datadog_api_key": ("datadog", dd_api),
    "sendgrid_api_key": ("sendgrid", sendgrid),
    "twilio_auth_token": ("twilio", twilio),
    "digitalocean_token": ("digitalocean", do_tok),
    "npm_token": ("npm", npm_tok),
    "cloudflare_api_token": ("cloudflare", cf_tok),
    "newrelic_license_key": ("newrelic", nr_key),
    "grafana_sa_token": ("grafana", grafana),
    "mailgun_api_key": ("mailgun", mailgun),
    "django_secret_key": ("django", django_key),
    "rails_secret_key_base": ("rails", rails_key),
    "jwt_signing_secret": ("generic", jwt_secret),
    "azure_client_secret": ("azure", az_client_secret),
    "azure_storage_key": ("azure", az_storage_key),
    "redis_auth_token": ("aws-elasticache", redis_tok),
}

# kinds usable in "an API token / app setting" slot, with variable names (snake)
TOKEN_KINDS = {
    "github_pat": ["github_token", "gh_token", "github_oauth_token", "repo_access", "ci_bot_auth"],
    "github_fine_grained_pat": ["github_token", "github_pat", "gh_automation"],
    "gitlab_pat": ["gitlab_token", "gitlab_api_token", "registry_auth"],
    "vault_token": ["vault_token", "vault_auth", "vault_root"],
    "stripe_secret_key": ["stripe_secret_key", "stripe_api_key", "payments_sk", "stripe_live"],
    "slack_bot_token": ["slack_bot_token", "slack_token", "chatops_bot"],
    "slack_webhook": ["slack_webhook_url", "alerts_webhook", "notify_url"],
    "datadog_api_key": ["datadog_api_key", "dd_api_key", "dd_ingest"],
    "sendgrid_api_key": ["sendgrid_api_key", "smtp_api_key", "mail_provider_auth"],
    "twilio_auth_token": ["twilio_auth_token", "twilio_token", "sms_auth"],
    "digitalocean_token": ["do_token", "digitalocean_token", "do_pat"],
    "npm_token": ["npm_token", "npm_publish", "registry_npm"],
    "cloudflare_api_token": ["cloudflare_api_token", "cf_api_token", "dns_token"],
    "newrelic_license_key": ["new_relic_license_key", "newrelic_license", "nr_ingest"],
    "grafana_sa_token": ["grafana_token", "grafana_sa_token", "dashboards_auth"],
    "mailgun_api_key": ["mailgun_api_key", "mg_key", "mailer_credential"],
    "django_secret_key": ["django_secret_key", "secret_key", "app_signing"],
    "rails_secret_key_base": ["secret_key_base", "rails_master", "session_seed"],
    "jwt_signing_secret": ["jwt_secret", "token_signing_secret", "auth_hmac"],
    "password": ["db_password", "admin_password", "master_password", "pg_pass", "rds_root", "dbauth"],
    "random_password": ["db_password", "master_user_password", "app_db_credential"],
    "redis_auth_token": ["redis_auth_token", "cache_auth", "redis_password"],
}


def camel(s):
    p = s.split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(s):
    return "".join(x.capitalize() for x in s.split("_"))


class Slot:
    """Positive mode: generates and records the one secret. Negative: returns a non-secret."""

    def __init__(self, r, pos):
        self.r = r
        self.pos = pos
        self.needle = None
        self.provider = None
        self.kind = None
        self.nkind = "placeholder"

    def sec(self, kinds, neg=None, enc=None, nkind=None):
        r = self.r
        if self.pos:
            k = kinds if isinstance(kinds, str) else r.choice(kinds)
            prov, fn = GEN[k]
            v = fn(r)
            shown = enc(v) if enc else v
            if self.needle is None:
                self.needle, self.provider, self.kind = shown, prov, "password" if k == "password_url" else k
            return shown
        opts = neg if neg else GENERIC_NEG
        v = r.choice(opts)
        if callable(v):
            v = v(r)
        if nkind:
            self.nkind = nkind
        return v

    def put(self, value, provider, kind, neg_value=None, nkind=None):
        """For secrets produced by template-specific code."""
        if self.pos:
            if self.needle is None:
                self.needle, self.provider, self.kind = value, provider, kind
            return value
        if nkind:
            self.nkind = nkind
        return neg_value

    def token_kind(self):
        return self.r.choice(sorted(TOKEN_KINDS))


GENERIC_NEG = ["<YOUR_PASSWORD>", "CHANGE_ME", "REPLACE_ME", "changeme", "", "********", "TODO",
               "<redacted>", "xxxxxxxx", "<set-in-ci>", "PLACEHOLDER", "<your-token-here>"]

# ---------------------------------------------------------------- common fragments


def provider_addr(p):
    return 'provider["registry.terraform.io/hashicorp/%s"]' % p


def tfstate(r, resources, outputs=None, tfv=None):
    st = {
        "version": 4,
        "terraform_version": tfv or r.choice(["1.5.7", "1.6.6", "1.7.5", "1.8.4", "1.9.8", "1.10.3"]),
        "serial": r.randint(3, 480),
        "lineage": uuid4(r),
        "outputs": outputs or {},
        "resources": resources,
        "check_results": None,
    }
    return json.dumps(st, indent=2) + "\n"


def res(typ, name, prov, attrs, sens=(), deps=(), schema=0, mode="managed"):
    return {
        "mode": mode, "type": typ, "name": name, "provider": provider_addr(prov),
        "instances": [{
            "schema_version": schema,
            "attributes": attrs,
            "sensitive_attributes": [[{"type": "get_attr", "value": s}] for s in sens],
            "private": "bnVsbA==" if mode == "managed" else None,
            "dependencies": list(deps),
        }] if mode == "managed" else [{"schema_version": schema, "attributes": attrs,
                                       "sensitive_attributes": []}],
    }


def vpc_res(r, region):
    a = acct(r)
    vid = awsid(r, "vpc")
    return res("aws_vpc", "main", "aws", {
        "arn": "arn:aws:ec2:%s:%s:vpc/%s" % (region, a, vid), "assign_generated_ipv6_cidr_block": False,
        "cidr_block": "10.%d.0.0/16" % r.randint(0, 250), "default_network_acl_id": awsid(r, "acl"),
        "default_route_table_id": awsid(r, "rtb"), "default_security_group_id": awsid(r, "sg"),
        "dhcp_options_id": awsid(r, "dopt", 8), "enable_dns_hostnames": True, "enable_dns_support": True,
        "id": vid, "instance_tenancy": "default", "main_route_table_id": awsid(r, "rtb"),
        "owner_id": a, "tags": {"Name": proj(r) + "-vpc"}, "tags_all": {"Name": proj(r) + "-vpc"},
    }, schema=1), vid, a


def sg_res(r, region, a, vid):
    sid = awsid(r, "sg")
    return res("aws_security_group", "db", "aws", {
        "arn": "arn:aws:ec2:%s:%s:security-group/%s" % (region, a, sid),
        "description": "Managed by Terraform", "egress": [], "id": sid,
        "ingress": [{"cidr_blocks": ["10.0.0.0/8"], "description": "", "from_port": 5432,
                     "ipv6_cidr_blocks": [], "prefix_list_ids": [], "protocol": "tcp",
                     "security_groups": [], "self": False, "to_port": 5432}],
        "name": proj(r) + "-db-" + rhex(r, 6), "owner_id": a, "vpc_id": vid, "tags": {},
        "revoke_rules_on_delete": False, "timeouts": None,
    }, deps=["aws_vpc.main"], schema=1), sid


def pick_path(r, choices):
    return r.choice(choices)


# ================================================================ TEMPLATES
# each returns (relpath, text, filetype)

def t_tfstate_rds(r, S):
    region = r.choice(REGIONS)
    vr, vid, a = vpc_res(r, region)
    sgr, sid = sg_res(r, region, a, vid)
    name = proj(r) + "-" + env(r)
    eng = r.choice([("postgres", "15.5", 5432), ("mysql", "8.0.35", 3306), ("postgres", "16.3", 5432)])
    pw = S.sec(["password", "random_password"], neg=[None], nkind="null_write_only")
    attrs = {
        "address": "%s.%s.%s.rds.amazonaws.com" % (name, rs(r, LO + DG, 12), region),
        "allocated_storage": r.choice([20, 50, 100, 200]), "apply_immediately": False,
        "arn": "arn:aws:rds:%s:%s:db:%s" % (region, a, name), "auto_minor_version_upgrade": True,
        "availability_zone": region + r.choice("abc"), "backup_retention_period": r.choice([7, 14, 30]),
        "backup_window": "03:00-04:00", "ca_cert_identifier": "rds-ca-rsa2048-g1",
        "db_name": proj(r), "db_subnet_group_name": name + "-subnets", "deletion_protection": True,
        "endpoint": "%s.%s.%s.rds.amazonaws.com:%d" % (name, rs(r, LO + DG, 12), region, eng[2]),
        "engine": eng[0], "engine_version": eng[1], "hosted_zone_id": "Z" + rs(r, UP + DG, 13),
        "id": "db-" + rs(r, UP + DG, 26), "identifier": name, "instance_class": r.choice(["db.t3.medium", "db.r6g.large", "db.m6g.xlarge"]),
        "kms_key_id": "arn:aws:kms:%s:%s:key/%s" % (region, a, uuid4(r)),
        "manage_master_user_password": None if S.pos else True,
        "master_user_secret": [] if S.pos else [{"kms_key_id": "arn:aws:kms:%s:%s:key/%s" % (region, a, uuid4(r)),
                                                  "secret_arn": "arn:aws:secretsmanager:%s:%s:secret:rds!db-%s-%s" % (region, a, uuid4(r), rs(r, AN, 6)),
                                                  "secret_status": "active"}],
        "multi_az": r.random() < 0.5, "password": pw, "port": eng[2],
        "resource_id": "db-" + rs(r, UP + DG, 26), "storage_encrypted": True, "storage_type": "gp3",
        "tags": {"Environment": env(r), "Team": r.choice(["platform", "data", "core"])},
        "username": r.choice(["postgres", "admin", "dbadmin", "root", proj(r) + "_owner"]),
        "vpc_security_group_ids": [sid],
    }
    resources = [vr, sgr, res("aws_db_instance", "main", "aws", attrs, sens=["password"],
                              deps=["aws_security_group.db", "aws_vpc.main"], schema=2)]
    path = r.choice(["terraform.tfstate", "infra/rds/terraform.tfstate", "envs/%s/terraform.tfstate.backup" % env(r),
                     "terraform/%s/terraform.tfstate" % proj(r), "terraform.tfstate.backup"])
    return path, tfstate(r, resources), "json"


def t_tfstate_random_password(r, S):
    if S.pos:
        v = S.sec("random_password")
        bc = "$2a$10$" + rs(r, AN + "./", 53)
        length = len(v)
        special = any(c in SPECIAL for c in v)
        attrs = {"bcrypt_hash": bc, "id": "none", "keepers": None, "length": length, "lower": True,
                 "min_lower": 0, "min_numeric": 0, "min_special": 0, "min_upper": 0, "number": True,
                 "numeric": True, "override_special": None, "result": v, "special": special, "upper": True}
        main = res("random_password", r.choice(["db", "master", "admin", "this", "redis_auth"]), "random",
                   attrs, sens=["bcrypt_hash", "result"], schema=3)
    else:
        S.nkind = "random_id_name_suffix"
        bl = r.choice([4, 8, 16])
        raw = rbytes(r, bl)
        attrs = {"b64_std": b64(raw), "b64_url": base64.urlsafe_b64encode(raw).decode().rstrip("="),
                 "byte_length": bl, "dec": str(int.from_bytes(raw, "big")), "hex": raw.hex(),
                 "id": base64.urlsafe_b64encode(raw).decode().rstrip("="), "keepers": {"ami_id": "ami-" + rhex(r, 17)},
                 "prefix": None}
        main = res("random_id", r.choice(["suffix", "bucket", "server", "name"]), "random", attrs)
    others = [res("random_pet", "name", "random", {"id": r.choice(WORDS) + "-" + r.choice(WORDS),
                                                   "keepers": None, "length": 2, "prefix": None, "separator": "-"})]
    a = acct(r)
    region = r.choice(REGIONS)
    b = "%s-%s-%s" % (org(r), proj(r), rhex(r, 8))
    others.append(res("aws_s3_bucket", "artifacts", "aws", {
        "arn": "arn:aws:s3:::" + b, "bucket": b, "bucket_domain_name": b + ".s3.amazonaws.com",
        "bucket_regional_domain_name": "%s.s3.%s.amazonaws.com" % (b, region), "force_destroy": False,
        "hosted_zone_id": "Z3AQBSTGFYJSTF", "id": b, "object_lock_enabled": False, "region": region,
        "tags": {"owner": a}}))
    resources = [main] + others
    r.shuffle(resources)
    path = r.choice(["terraform.tfstate", "modules/db/terraform.tfstate", "state/%s.tfstate" % env(r),
                     "terraform.tfstate.backup", "live/%s/%s/terraform.tfstate" % (env(r), proj(r))])
    return path, tfstate(r, resources), "json"


def t_tfstate_iam_key(r, S):
    user = r.choice(["ci-deployer", "github-actions", "backup-agent", "s3-uploader", "ses-mailer", "svc-" + proj(r)])
    kid = aws_key_id(r)
    if S.pos:
        k = r.random()
        if k < 0.75:
            sec = S.sec("aws_secret_key")
            smtp = ses_v4(r)
        else:
            # secret shown; smtp field null (old provider) -- one credential
            sec = S.sec("aws_secret_key")
            smtp = None
        if k >= 0.75 or r.random() < 0.5:
            smtp = None
        attrs = {"create_date": ts(r), "encrypted_secret": None, "encrypted_ses_smtp_password_v4": None,
                 "id": kid, "key_fingerprint": None, "pgp_key": None, "secret": sec,
                 "ses_smtp_password_v4": smtp, "status": "Active", "user": user}
    else:
        S.nkind = "pgp_encrypted_secret"
        blob = b64(b"\xc1\xc0\x4c\x03" + rbytes(r, 380))
        attrs = {"create_date": ts(r), "encrypted_secret": blob, "encrypted_ses_smtp_password_v4": b64(b"\xc1\xc0\x4c\x03" + rbytes(r, 300)),
                 "id": kid if r.random() < 0.6 else "AKIAIOSFODNN7EXAMPLE", "key_fingerprint": rhex(r, 40),
                 "pgp_key": "keybase:" + r.choice(FIRST), "secret": None,
                 "ses_smtp_password_v4": None, "status": "Active", "user": user}
    a = acct(r)
    resources = [
        res("aws_iam_user", "this", "aws", {"arn": "arn:aws:iam::%s:user/%s" % (a, user), "force_destroy": False,
                                             "id": user, "name": user, "path": "/system/", "permissions_boundary": None,
                                             "tags": {}, "unique_id": "AIDA" + rs(r, UP + "234567", 17)}),
        res("aws_iam_access_key", "this", "aws", attrs, sens=["secret", "ses_smtp_password_v4"], deps=["aws_iam_user.this"]),
        res("aws_iam_user_policy_attachment", "this", "aws", {"id": user + "-" + rhex(r, 26),
            "policy_arn": "arn:aws:iam::aws:policy/" + r.choice(["AmazonS3FullAccess", "AmazonSESFullAccess", "PowerUserAccess"]),
            "user": user}, deps=["aws_iam_user.this"]),
    ]
    path = r.choice(["iam/terraform.tfstate", "terraform.tfstate", "bootstrap/terraform.tfstate.backup",
                     ".terraform/%s.tfstate" % user, "accounts/%s/terraform.tfstate" % env(r)])
    return path, tfstate(r, resources), "json"


def t_tfstate_tls(r, S):
    alg = r.choice(["ECDSA", "RSA", "RSA", "ED25519"])
    if alg == "ECDSA":
        priv, pubpem, openssh, wire = ec_key(r)
    elif alg == "RSA":
        priv, pubpem, openssh, wire = rsa_key(r)
    else:
        priv, pubpem, openssh, wire = ed_key(r)
    if S.pos:
        esc = json.dumps(priv)[1:-1]
        S.put(esc, "tls", "private_key_" + alg.lower())
        attrs = {"algorithm": alg, "ecdsa_curve": "P256" if alg == "ECDSA" else "P224", "id": rhex(r, 40),
                 "private_key_openssh": None, "private_key_pem": priv, "private_key_pem_pkcs8": None,
                 "public_key_fingerprint_md5": fp_md5(wire), "public_key_fingerprint_sha256": fp_sha256(wire),
                 "public_key_openssh": openssh, "public_key_pem": pubpem,
                 "rsa_bits": 2048}
        main = res("tls_private_key", r.choice(["ssh", "this", "bastion", "deploy"]), "tls", attrs,
                   sens=["private_key_openssh", "private_key_pem", "private_key_pem_pkcs8"], schema=1)
    else:
        S.nkind = "public_key_only"
        kn = "%s-%s" % (proj(r), r.choice(["bastion", "deploy", "ops"]))
        main = res("aws_key_pair", "deployer", "aws", {
            "arn": "arn:aws:ec2:%s:%s:key-pair/%s" % (r.choice(REGIONS), acct(r), kn), "fingerprint": fp_md5(wire),
            "id": kn, "key_name": kn, "key_name_prefix": "", "key_pair_id": "key-" + rhex(r, 17),
            "key_type": "ed25519" if alg == "ED25519" else "rsa", "public_key": openssh.strip(), "tags": {}}, schema=1)
    resources = [main]
    if S.pos:
        resources.append(res("local_file", "pubkey", "local", {
            "content": openssh, "content_base64": None, "content_md5": hashlib.md5(openssh.encode()).hexdigest(),
            "directory_permission": "0777", "file_permission": "0644", "filename": "./keys/id.pub",
            "id": hashlib.sha1(openssh.encode()).hexdigest()}, deps=["tls_private_key." + main["name"]]))
    path = r.choice(["terraform.tfstate", "bastion/terraform.tfstate", "ssh/terraform.tfstate.backup",
                     "infra/terraform.tfstate.backup", "k8s-nodes/terraform.tfstate"])
    return path, tfstate(r, resources), "json"


def gcp_sa_json(r, projid, email):
    d = {"type": "service_account", "project_id": projid, "private_key_id": rhex(r, 40),
         "private_key": rsa_pkcs8(r), "client_email": email,
         "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40"),
         "universe_domain": "googleapis.com"}
    return json.dumps(d, indent=2) + "\n"


def t_tfstate_gcp_sa(r, S):
    projid = "%s-%s-%d" % (org(r), proj(r), r.randint(100000, 999999))
    sa = r.choice(["terraform", "ci-deployer", "gke-nodes", "bq-loader", "cloud-run"])
    email = "%s@%s.iam.gserviceaccount.com" % (sa, projid)
    kid = rhex(r, 40)
    if S.pos:
        blob = b64(gcp_sa_json(r, projid, email).encode())
        pk = S.put(blob, "gcp", "service_account_key_base64")
        pubtype = "TYPE_X509_PEM_FILE"
        pubdata = None
    else:
        S.nkind = "public_cert_only"
        pk = ""
        pubtype = "TYPE_X509_PEM_FILE"
        pubdata = b64(pem("CERTIFICATE", der(0x30, rbytes(r, 700))).encode())
    attrs = {"id": "projects/%s/serviceAccounts/%s/keys/%s" % (projid, email, kid), "keepers": None,
             "key_algorithm": "KEY_ALG_RSA_2048", "name": "projects/%s/serviceAccounts/%s/keys/%s" % (projid, email, kid),
             "private_key": pk, "private_key_type": "TYPE_GOOGLE_CREDENTIALS_FILE",
             "public_key": b64(pem("CERTIFICATE", der(0x30, rbytes(r, 640))).encode()),
             "public_key_data": pubdata, "public_key_type": pubtype, "service_account_id": "projects/%s/serviceAccounts/%s" % (projid, email),
             "valid_after": ts(r), "valid_before": "9999-12-31T23:59:59Z"}
    resources = [
        res("google_service_account", sa.replace("-", "_"), "google", {
            "account_id": sa, "description": "", "disabled": False, "display_name": sa, "email": email,
            "id": "projects/%s/serviceAccounts/%s" % (projid, email), "member": "serviceAccount:" + email,
            "name": "projects/%s/serviceAccounts/%s" % (projid, email), "project": projid,
            "timeouts": None, "unique_id": str(r.randint(10 ** 20, 10 ** 21 - 1))}),
        res("google_service_account_key", "key", "google", attrs, sens=["private_key"],
            deps=["google_service_account." + sa.replace("-", "_")]),
    ]
    path = r.choice(["gcp/terraform.tfstate", "terraform.tfstate", "terraform.tfstate.backup", "projects/%s/terraform.tfstate" % proj(r)])
    return path, tfstate(r, resources), "json"


def t_tfstate_azuread_secret(r, S):
    app = "%s-%s" % (proj(r), r.choice(["api", "spa", "ci", "sync"]))
    objid = uuid4(r)
    kid = uuid4(r)
    if S.pos:
        val = S.sec("azure_client_secret")
    else:
        val = None
        S.nkind = "certificate_credential"
    if val is not None:
        main = res("azuread_application_password", "this", "azuread", {
            "application_id": "/applications/" + objid, "application_object_id": None,
            "display_name": r.choice(["terraform", "ci-secret", "rotation-" + str(r.randint(1, 9))]),
            "end_date": ts(r, 2026), "end_date_relative": None, "id": "%s/password/%s" % (objid, kid),
            "key_id": kid, "rotate_when_changed": None, "start_date": ts(r, 2024), "value": val},
            sens=["value"])
    else:
        main = res("azuread_application_certificate", "this", "azuread", {
            "application_id": "/applications/" + objid, "encoding": "pem", "end_date": ts(r, 2026),
            "id": "%s/certificate/%s" % (objid, kid), "key_id": kid, "start_date": ts(r, 2024), "type": "AsymmetricX509Cert",
            "value": pem("CERTIFICATE", der(0x30, rbytes(r, 600)))})
    resources = [
        res("azuread_application", "this", "azuread", {
            "client_id": uuid4(r), "display_name": app, "id": "/applications/" + objid, "object_id": objid,
            "owners": [uuid4(r)], "sign_in_audience": "AzureADMyOrg", "tags": []}, schema=1),
        main,
        res("azuread_service_principal", "this", "azuread", {"client_id": uuid4(r), "id": "/servicePrincipals/" + uuid4(r),
                                                             "object_id": uuid4(r), "app_role_assignment_required": False,
                                                             "tags": []}, schema=1),
    ]
    path = r.choice(["azure/terraform.tfstate", "terraform.tfstate", "identity/terraform.tfstate.backup", "aad/%s.tfstate" % env(r)])
    return path, tfstate(r, resources), "json"


def t_tfplan_json(r, S):
    region = r.choice(REGIONS)
    kind = r.choice(["db", "token", "elasticache"])
    name = proj(r)
    if kind == "db":
        key = "password"
        v = S.sec(["password", "random_password"], neg=[None], nkind="unknown_after_apply")
        after = {"allocated_storage": 50, "engine": "postgres", "engine_version": "15.6", "identifier": name + "-db",
                 "instance_class": "db.t4g.medium", "username": "app", "skip_final_snapshot": False, "tags": {"env": env(r)}}
        typ, rname = "aws_db_instance", "this"
    elif kind == "token":
        key = "value"
        v = S.sec(list(TOKEN_KINDS), neg=[None], nkind="unknown_after_apply")
        after = {"name": "/%s/%s/%s" % (env(r), name, r.choice(["api-token", "integration", "webhook"])),
                 "type": "SecureString", "tier": "Standard", "overwrite": None, "description": "managed by terraform",
                 "tags": {}}
        typ, rname = "aws_ssm_parameter", "token"
    else:
        key = "auth_token"
        v = S.sec(["redis_auth_token"], neg=[None], nkind="unknown_after_apply")
        after = {"replication_group_id": name + "-cache", "engine": "redis", "engine_version": "7.1",
                 "node_type": "cache.t4g.small", "num_cache_clusters": 2, "transit_encryption_enabled": True,
                 "description": "redis for " + name}
        typ, rname = "aws_elasticache_replication_group", "this"
    after_unknown = {"arn": True, "id": True}
    if v is not None:
        after[key] = v
    else:
        after_unknown[key] = True
    addr = "%s.%s" % (typ, rname)
    plan = {
        "format_version": "1.2", "terraform_version": r.choice(["1.6.6", "1.7.5", "1.8.2", "1.9.5"]),
        "variables": {"region": {"value": region}, "environment": {"value": env(r)}},
        "planned_values": {"root_module": {"resources": [{"address": addr, "mode": "managed", "type": typ, "name": rname,
                                                          "provider_name": "registry.terraform.io/hashicorp/aws",
                                                          "schema_version": 1, "values": dict(after),
                                                          "sensitive_values": {key: True, "tags": {}}}]}},
        "resource_changes": [{"address": addr, "mode": "managed", "type": typ, "name": rname,
                              "provider_name": "registry.terraform.io/hashicorp/aws",
                              "change": {"actions": ["create"], "before": None, "after": after,
                                         "after_unknown": after_unknown, "before_sensitive": False,
                                         "after_sensitive": {key: True, "tags": {}}}}],
        "configuration": {"provider_config": {"aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws",
                                                      "expressions": {"region": {"references": ["var.region"]}}}}},
        "timestamp": ts(r), "applyable": True, "complete": True, "errored": False,
    }
    txt = json.dumps(plan, indent=r.choice([None, 2]))
    path = r.choice(["plan.json", "tfplan.json", "artifacts/plan-%s.json" % env(r), "ci/terraform-plan.json", "out/%s.plan.json" % name])
    return path, txt + "\n", "json"


def t_tf_output_json(r, S):
    region = r.choice(REGIONS)
    a = acct(r)
    outs = {}
    outs["vpc_id"] = {"sensitive": False, "type": "string", "value": awsid(r, "vpc")}
    outs["cluster_endpoint"] = {"sensitive": False, "type": "string",
                                "value": "https://%s.gr7.%s.eks.amazonaws.com" % (rhex(r, 32).upper(), region)}
    outs["private_subnet_ids"] = {"sensitive": False, "type": ["list", "string"], "value": [awsid(r, "subnet") for _ in range(3)]}
    k = r.random()
    if k < 0.4:
        host = "%s.cluster-%s.%s.rds.amazonaws.com" % (proj(r), rs(r, LO + DG, 12), region)
        pw = S.sec("password_url", neg=["${DB_PASSWORD}", "CHANGE_ME"], nkind="placeholder")
        nm = r.choice(["database_url", "db_connection_string", "dsn"])
        outs[nm] = {"sensitive": True, "type": "string", "value": "postgresql://app:%s@%s:5432/%s" % (pw, host, proj(r))}
    elif k < 0.7:
        tk = S.token_kind()
        nm = r.choice(TOKEN_KINDS[tk])
        if S.pos:
            v = S.sec(tk)
        else:
            S.nkind = "secret_arn_reference"
            v = "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (region, a, env(r), nm, rs(r, AN, 6))
        outs[nm] = {"sensitive": S.pos, "type": "string", "value": v}
    else:
        nm = r.choice(["iam_secret_access_key", "deployer_secret", "ci_secret_key"])
        outs["iam_access_key_id"] = {"sensitive": False, "type": "string", "value": aws_key_id(r) if S.pos else "AKIAIOSFODNN7EXAMPLE"}
        outs[nm] = {"sensitive": True, "type": "string", "value": S.sec("aws_secret_key", neg=["", "<sensitive>"], nkind="masked")}
    outs["account_id"] = {"sensitive": False, "type": "string", "value": a}
    keys = list(outs)
    r.shuffle(keys)
    outs = {kk: outs[kk] for kk in sorted(keys)}
    path = r.choice(["outputs.json", "tf-outputs.json", "ci/outputs-%s.json" % env(r), "deploy/terraform-output.json"])
    return path, json.dumps(outs, indent=2) + "\n", "json"


def t_terragrunt_hcl(r, S):
    tk = r.choice(["password", "password", "datadog_api_key", "cloudflare_api_token", "newrelic_license_key", "stripe_secret_key"])
    var = r.choice(TOKEN_KINDS.get(tk, ["secret"]))
    neg = ['${get_env("%s")}' % var.upper(), '${get_env("TF_VAR_%s", "")}' % var,
           '${jsondecode(sops_decrypt_file("secrets.%s.json")).%s}' % (env(r), var),
           "${dependency.secrets.outputs.%s}" % var, "${local.secrets.%s}" % var]
    v = S.sec(tk, neg=neg, nkind="terragrunt_function_ref")
    e = env(r)
    p = proj(r)
    quoted = ('"%s"' % v) if not v.startswith("${dependency") else v[2:-1]
    if v.startswith("${jsondecode") or v.startswith("${local") or v.startswith("${get_env"):
        quoted = v[2:-1]
    lines = [
        'include "root" {', '  path = find_in_parent_folders()', '}', '',
        'terraform {', '  source = "git::git@github.com:%s/terraform-modules.git//%s?ref=v%d.%d.%d"' % (org(r), r.choice(["rds", "service", "monitoring"]), r.randint(0, 4), r.randint(0, 20), r.randint(0, 9)), '}', '',
        'dependency "vpc" {', '  config_path = "../vpc"', '  mock_outputs = {', '    vpc_id = "vpc-00000000"', '  }', '}', '',
        'locals {', '  env_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))', '  env      = local.env_vars.locals.environment', '}', '',
        'inputs = {',
        '  name               = "%s-%s"' % (p, e),
        '  vpc_id             = dependency.vpc.outputs.vpc_id',
        '  instance_class     = "%s"' % r.choice(["db.t4g.large", "db.r6g.xlarge"]),
        '  %s = %s' % (var.ljust(18), quoted),
        '  tags = {', '    Environment = local.env', '    Owner       = "%s"' % r.choice(["platform", "sre", "data"]), '  }', '}',
    ]
    path = r.choice(["live/%s/%s/terragrunt.hcl" % (e, p), "infrastructure/%s/%s/terragrunt.hcl" % (e, p),
                     "live/%s/%s/.terragrunt-cache/%s/%s/terragrunt.hcl" % (e, p, rs(r, AN + "-_", 27), rs(r, AN + "-_", 27))])
    return path, "\n".join(lines) + "\n", "hcl"


def t_tfvars(r, S):
    e = env(r)
    lines = ["# %s environment" % e, 'region      = "%s"' % r.choice(REGIONS), 'environment = "%s"' % e,
             'project     = "%s"' % proj(r), "", "instance_type = \"%s\"" % r.choice(["t3.medium", "m6i.large", "c6g.xlarge"]),
             "min_size      = %d" % r.randint(1, 3), "max_size      = %d" % r.randint(4, 12), "",
             "allowed_cidrs = [", '  "10.0.0.0/8",', '  "172.16.%d.0/24",' % r.randint(0, 255), "]", ""]
    tk = S.token_kind()
    var = r.choice(TOKEN_KINDS[tk])
    v = S.sec(tk, neg=["", "<set via TF_VAR_%s>" % var, "REPLACE_ME", "xxxxxxxxxxxxxxxx"])
    if r.random() < 0.4:
        lines += ["# rotated %s" % ts(r)[:10]]
    lines += ['%s = "%s"' % (var, v), ""]
    lines += ["tags = {", '  CostCenter = "%d"' % r.randint(1000, 9999), '  ManagedBy  = "terraform"', "}"]
    path = r.choice(["%s.tfvars" % e, "envs/%s/terraform.tfvars" % e, "terraform.tfvars", "%s.auto.tfvars" % e,
                     "vars/%s.tfvars" % e])
    if not S.pos and r.random() < 0.5:
        path = "terraform.tfvars.example"
    return path, "\n".join(lines) + "\n", "hcl"


def t_tfvars_json(r, S):
    e = env(r)
    d = {"region": r.choice(REGIONS), "environment": e, "cluster_name": "%s-%s" % (proj(r), e),
         "node_count": r.randint(2, 9), "enable_monitoring": True}
    tk = S.token_kind()
    var = r.choice(TOKEN_KINDS[tk])
    d[var] = S.sec(tk, neg=["", "REPLACE_ME"])
    d["tags"] = {"Team": r.choice(["core", "sre"]), "Repo": "%s/infra" % org(r)}
    path = r.choice(["terraform.tfvars.json", "%s.auto.tfvars.json" % e,
                     "live/%s/.terragrunt-cache/%s/%s/terragrunt-debug.tfvars.json" % (e, rs(r, AN + "-_", 27), rs(r, AN + "-_", 27))])
    return path, json.dumps(d, indent=2) + "\n", "json"


def t_tfrc(r, S):
    host = r.choice(["app.terraform.io", "app.terraform.io", "tfe.%s.com" % org(r)])
    v = S.sec("tfc_token", neg=["<YOUR_TFC_TOKEN>", "REPLACE_WITH_TEAM_TOKEN", ""])
    creds = {host: {"token": v}}
    if r.random() < 0.3:
        creds["registry.%s.internal" % org(r)] = {"token": "REPLACE_ME"} if not S.pos else {"token": v}
    txt = json.dumps({"credentials": creds}, indent=r.choice([2, 4])) + "\n"
    path = r.choice(["credentials.tfrc.json", ".terraform.d/credentials.tfrc.json", "ci/credentials.tfrc.json",
                     "docker/terraform/credentials.tfrc.json"])
    return path, txt, "json"


def t_tfrc_hcl(r, S):
    v = S.sec("tfc_token", neg=['${TFE_TOKEN}', "<YOUR_TFC_TOKEN>"])
    lines = ["# Terraform CLI configuration", 'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"', "",
             'credentials "app.terraform.io" {', '  token = "%s"' % v, "}", ""]
    if r.random() < 0.5:
        lines += ["provider_installation {", "  network_mirror {", '    url = "https://tf-mirror.%s.com/"' % org(r), "  }", "}"]
    return r.choice([".terraformrc", "terraform.rc", "ci/terraformrc"]), "\n".join(lines) + "\n", "hcl"


def t_provider_tf(r, S):
    k = r.choice(["aws", "datadog", "cloudflare", "github", "digitalocean", "newrelic", "grafana"])
    lines = ["terraform {", '  required_version = ">= 1.%d"' % r.randint(3, 8), "  required_providers {"]
    src = {"aws": "hashicorp/aws", "datadog": "DataDog/datadog", "cloudflare": "cloudflare/cloudflare",
           "github": "integrations/github", "digitalocean": "digitalocean/digitalocean",
           "newrelic": "newrelic/newrelic", "grafana": "grafana/grafana"}[k]
    lines += ["    %s = {" % k, '      source  = "%s"' % src, '      version = "~> %d.%d"' % (r.randint(2, 5), r.randint(0, 40)), "    }", "  }", "}", ""]
    lines.append('provider "%s" {' % k)
    if k == "aws":
        lines.append('  region     = "%s"' % r.choice(REGIONS))
        if S.pos:
            lines.append('  access_key = "%s"' % aws_key_id(r))
            lines.append('  secret_key = "%s"' % S.sec("aws_secret_key"))
        else:
            S.nkind = "profile_reference"
            lines.append('  profile    = "%s"' % r.choice(["default", "prod-admin", org(r) + "-" + env(r)]))
            lines.append('  # credentials come from ~/.aws/credentials or OIDC in CI')
    else:
        tk = {"datadog": "datadog_api_key", "cloudflare": "cloudflare_api_token", "github": "github_pat",
              "digitalocean": "digitalocean_token", "newrelic": "newrelic_license_key", "grafana": "grafana_sa_token"}[k]
        attr = {"datadog": "api_key", "cloudflare": "api_token", "github": "token", "digitalocean": "token",
                "newrelic": "api_key", "grafana": "auth"}[k]
        v = S.sec(tk, neg=["var.%s_%s" % (k, attr)], nkind="variable_reference")
        val = v if v.startswith("var.") else '"%s"' % v
        if k == "datadog":
            lines.append('  api_key = %s' % val)
            lines.append('  app_key = var.datadog_app_key')
            lines.append('  api_url = "https://api.datadoghq.%s/"' % r.choice(["com", "eu"]))
        elif k == "github":
            lines.append('  owner = "%s"' % org(r))
            lines.append('  token = %s' % val)
        elif k == "newrelic":
            lines.append('  account_id = %d' % r.randint(1000000, 4999999))
            lines.append('  api_key    = %s' % val.replace("NRAL", "NRAL") )
            lines.append('  region     = "US"')
        elif k == "grafana":
            lines.append('  url  = "https://%s.grafana.net/"' % org(r))
            lines.append('  auth = %s' % val)
        else:
            lines.append('  %s = %s' % (attr, val))
    lines += ["}", ""]
    lines += ['module "network" {', '  source = "./modules/network"', '  cidr   = "10.%d.0.0/16"' % r.randint(0, 200), "}"]
    return r.choice(["providers.tf", "main.tf", "provider.tf", "infra/providers.tf", "terraform/%s/versions.tf" % proj(r)]), "\n".join(lines) + "\n", "hcl"


def t_backend_hcl(r, S):
    k = r.choice(["s3", "azurerm", "pg"])
    if k == "s3":
        lines = ['bucket         = "%s-tfstate-%s"' % (org(r), acct(r)), 'key            = "%s/%s/terraform.tfstate"' % (env(r), proj(r)),
                 'region         = "%s"' % r.choice(REGIONS), 'dynamodb_table = "terraform-locks"', "encrypt        = true"]
        if S.pos:
            lines += ['access_key     = "%s"' % aws_key_id(r), 'secret_key     = "%s"' % S.sec("aws_secret_key")]
        else:
            S.nkind = "role_reference"
            lines += ['role_arn       = "arn:aws:iam::%s:role/terraform-state"' % acct(r)]
    elif k == "azurerm":
        sa = "%stfstate%s" % (org(r)[:6], rs(r, LO + DG, 5))
        lines = ['resource_group_name  = "rg-tfstate-%s"' % env(r), 'storage_account_name = "%s"' % sa,
                 'container_name       = "tfstate"', 'key                  = "%s.terraform.tfstate"' % proj(r)]
        if S.pos:
            lines.append('access_key           = "%s"' % S.sec("azure_storage_key"))
        else:
            S.nkind = "oidc_auth"
            lines += ["use_oidc             = true", 'subscription_id      = "%s"' % uuid4(r), 'tenant_id            = "%s"' % uuid4(r)]
    else:
        pw = S.sec("password_url", neg=None)
        if S.pos:
            lines = ['conn_str    = "postgres://terraform:%s@%s.%s.internal:5432/tfstate?sslmode=require"' % (pw, r.choice(["pg", "db", "state"]), org(r))]
        else:
            S.nkind = "env_supplied"
            lines = ["# conn_str supplied via PG_CONN_STR", 'schema_name = "%s"' % proj(r)]
        lines.append('schema_name = "%s_%s"' % (proj(r), env(r)))
    path = r.choice(["backend.hcl", "backend-%s.hcl" % env(r), "config/%s.s3.tfbackend" % env(r) if k == "s3" else "config/%s.tfbackend" % env(r)])
    return path, "\n".join(lines) + "\n", "hcl"


def cfn_param_block(r, pname, default, noecho=True, desc=None):
    out = ["  %s:" % pname, "    Type: String"]
    if desc:
        out.append("    Description: %s" % desc)
    if noecho:
        out.append("    NoEcho: true")
    out.append("    MinLength: 8")
    if default is not None:
        q = r.choice(["'", '"', ""]) if default and not any(c in default for c in ":#{}[]!%*&?,") else "'"
        out.append("    Default: %s%s%s" % (q, default, q))
    return out


def t_cfn_template(r, S):
    e = env(r)
    pname = r.choice(["DBMasterPassword", "DatabasePassword", "MasterUserPassword", "AdminPass", "DbAuth"])
    if S.pos:
        v = S.sec(["password", "random_password"])
        params = cfn_param_block(r, pname, v, desc="Master password for the RDS instance")
        pw_ref = "!Ref %s" % pname
    else:
        k = r.random()
        if k < 0.5:
            S.nkind = "dynamic_reference"
            params = cfn_param_block(r, pname, None, desc="Unused; resolved from Secrets Manager")
            pw_ref = "'{{resolve:secretsmanager:%s/%s/db:SecretString:password}}'" % (e, proj(r))
        else:
            S.nkind = "ref_no_default"
            params = cfn_param_block(r, pname, None, desc="Master password (supply at deploy time)")
            pw_ref = "!Ref %s" % pname
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Description: %s database stack (%s)" % (proj(r), e), "",
             "Parameters:", "  Environment:", "    Type: String", "    AllowedValues: [dev, staging, prod]", "    Default: %s" % r.choice(["dev", "staging", "prod"]),
             "  VpcId:", "    Type: AWS::EC2::VPC::Id"] + params + [
             "  DBUser:", "    Type: String", "    Default: %s" % r.choice(["dbadmin", "master", "postgres"]), "",
             "Resources:", "  DBSubnetGroup:", "    Type: AWS::RDS::DBSubnetGroup", "    Properties:",
             "      DBSubnetGroupDescription: !Sub '${AWS::StackName} subnets'", "      SubnetIds: !Split [',', !ImportValue network-PrivateSubnets]", "",
             "  Database:", "    Type: AWS::RDS::DBInstance", "    DeletionPolicy: Snapshot", "    Properties:",
             "      Engine: %s" % r.choice(["postgres", "mysql"]), "      DBInstanceClass: db.t3.medium", "      AllocatedStorage: '50'",
             "      MasterUsername: !Ref DBUser", "      MasterUserPassword: %s" % pw_ref,
             "      DBSubnetGroupName: !Ref DBSubnetGroup", "      StorageEncrypted: true", "      KmsKeyId: !ImportValue security-DataKeyArn", "",
             "Outputs:", "  Endpoint:", "    Value: !GetAtt Database.Endpoint.Address",
             "    Export:", "      Name: !Sub '${AWS::StackName}-Endpoint'"]
    path = r.choice(["cloudformation/database.yaml", "cfn/rds.yml", "templates/%s-db.yaml" % proj(r), "infra/stack.yaml"])
    return path, "\n".join(lines) + "\n", "yaml"


def t_cfn_params_json(r, S):
    e = env(r)
    pk = r.choice(["DBPassword", "MasterUserPassword", "ApiToken", "RedisAuthToken", "SlackWebhookUrl", "DatadogApiKey"])
    kind = {"DBPassword": ["password", "random_password"], "MasterUserPassword": "password", "ApiToken": "github_pat",
            "RedisAuthToken": "redis_auth_token", "SlackWebhookUrl": "slack_webhook", "DatadogApiKey": "datadog_api_key"}[pk]
    v = S.sec(kind, neg=["/%s/%s/%s" % (e, proj(r), pk.lower()), "REPLACE_AT_DEPLOY", "<from-secrets-manager>"], nkind="ssm_parameter_name")
    items = [{"ParameterKey": "Environment", "ParameterValue": e},
             {"ParameterKey": "VpcId", "ParameterValue": awsid(r, "vpc")},
             {"ParameterKey": "SubnetIds", "ParameterValue": ",".join(awsid(r, "subnet") for _ in range(2))},
             {"ParameterKey": pk, "ParameterValue": v},
             {"ParameterKey": "InstanceType", "ParameterValue": r.choice(["t3.small", "m6g.large"])}]
    if r.random() < 0.5:
        items.append({"ParameterKey": "CertificateArn", "ParameterValue": "arn:aws:acm:%s:%s:certificate/%s" % (r.choice(REGIONS), acct(r), uuid4(r))})
    path = r.choice(["parameters.json", "cfn/parameters-%s.json" % e, "params/%s.json" % e, "deploy/%s-params.json" % proj(r)])
    return path, json.dumps(items, indent=r.choice([2, 4])) + "\n", "json"


def t_samconfig(r, S):
    e = env(r)
    pk = r.choice(["DBPassword", "StripeSecretKey", "SendGridApiKey", "JwtSecret", "GithubToken"])
    kind = {"DBPassword": "password", "StripeSecretKey": "stripe_secret_key", "SendGridApiKey": "sendgrid_api_key",
            "JwtSecret": "jwt_signing_secret", "GithubToken": "github_pat"}[pk]
    v = S.sec(kind, neg=["/%s/%s/%s" % (proj(r), e, pk), "resolve:ssm:/%s/%s" % (e, pk)], nkind="ssm_parameter_name")
    stack = "%s-%s" % (proj(r), e)
    lines = ["version = 0.1", "", "[default.global.parameters]", 'stack_name = "%s"' % stack, "",
             "[default.build.parameters]", "cached = true", "parallel = true", "",
             "[default.deploy.parameters]", 'capabilities = "CAPABILITY_IAM"', "confirm_changeset = true",
             'resolve_s3 = true', 'region = "%s"' % r.choice(REGIONS), 's3_prefix = "%s"' % stack,
             'parameter_overrides = "Stage=\\"%s\\" LogLevel=\\"INFO\\" %s=\\"%s\\" AlarmEmail=\\"%s@%s.com\\""' % (e, pk, v, r.choice(["oncall", "ops"]), org(r)),
             'image_repositories = []', "", "[default.sync.parameters]", "watch = true", "",
             "[default.local_start_api.parameters]", "warm_containers = \"EAGER\""]
    return r.choice(["samconfig.toml", "backend/samconfig.toml", "services/%s/samconfig.toml" % proj(r)]), "\n".join(lines) + "\n", "toml"


def t_cdk_json(r, S):
    tk = r.choice(["slack_webhook", "datadog_api_key", "github_pat", "sendgrid_api_key", "newrelic_license_key"])
    key = camel(r.choice(TOKEN_KINDS[tk]))
    v = S.sec(tk, neg=["", "SET_IN_SSM", "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (r.choice(REGIONS), acct(r), key, rs(r, AN, 6))], nkind="secret_reference")
    d = {"app": r.choice(["npx ts-node --prefer-ts-exts bin/app.ts", "python3 app.py", "mvn -e -q compile exec:java"]),
         "watch": {"include": ["**"], "exclude": ["README.md", "cdk*.json", "**/*.d.ts", "node_modules", "test"]},
         "context": {"@aws-cdk/aws-lambda:recognizeLayerVersion": True, "@aws-cdk/core:checkSecretUsage": True,
                     "@aws-cdk/core:target-partitions": ["aws", "aws-cn"],
                     "@aws-cdk/aws-iam:minimizePolicies": True, "environment": env(r),
                     "accountId": acct(r), key: v, "vpcCidr": "10.%d.0.0/16" % r.randint(0, 200)}}
    return r.choice(["cdk.json", "infra/cdk.json", "cdk/cdk.json"]), json.dumps(d, indent=2) + "\n", "json"


def t_cdk_out_template(r, S):
    fn = pascal(proj(r)) + r.choice(["Handler", "Worker", "Api"])
    tk = S.token_kind()
    var = r.choice(TOKEN_KINDS[tk]).upper()
    region = r.choice(REGIONS)
    a = acct(r)
    if S.pos:
        val = S.sec(tk)
    else:
        S.nkind = "secret_arn_reference"
        val = "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (region, a, var.lower(), rs(r, AN, 6))
        var = var + "_SECRET_ARN"
    asset = rhex(r, 64)
    t = {"Resources": {
        fn + "ServiceRole" + rhex(r, 8).upper(): {"Type": "AWS::IAM::Role", "Properties": {
            "AssumeRolePolicyDocument": {"Statement": [{"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}], "Version": "2012-10-17"},
            "ManagedPolicyArns": [{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]}]},
            "Metadata": {"aws:cdk:path": "%sStack/%s/ServiceRole/Resource" % (pascal(proj(r)), fn)}},
        fn + rhex(r, 8).upper(): {"Type": "AWS::Lambda::Function", "Properties": {
            "Code": {"S3Bucket": "cdk-hnb659fds-assets-%s-%s" % (a, region), "S3Key": asset + ".zip"},
            "Environment": {"Variables": {"NODE_OPTIONS": "--enable-source-maps", "STAGE": env(r), var: val}},
            "Handler": "index.handler", "Runtime": r.choice(["nodejs18.x", "nodejs20.x", "python3.12"]), "MemorySize": 512, "Timeout": 30},
            "Metadata": {"aws:cdk:path": "%sStack/%s/Resource" % (pascal(proj(r)), fn), "aws:asset:path": "asset." + asset, "aws:asset:is-bundled": True}}},
        "Parameters": {"BootstrapVersion": {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/cdk-bootstrap/hnb659fds/version"}}}
    path = "cdk.out/%sStack.template.json" % pascal(proj(r))
    return path, json.dumps(t, indent=1) + "\n", "json"


def t_serverless_yml(r, S):
    svc = proj(r) + "-service"
    tk = S.token_kind()
    var = r.choice(TOKEN_KINDS[tk]).upper()
    v = S.sec(tk, neg=["${ssm:/%s/%s}" % (svc, var.lower()), "${env:%s}" % var, "${param:%s}" % camel(var.lower()),
                       "${aws:ssm:/aws/reference/secretsmanager/%s}" % var.lower()], nkind="serverless_variable")
    q = r.choice(["'", '"']) if S.pos else "'"
    lines = ["service: " + svc, "frameworkVersion: '3'", "", "provider:", "  name: aws",
             "  runtime: %s" % r.choice(["nodejs18.x", "nodejs20.x", "python3.11"]), "  region: %s" % r.choice(REGIONS),
             "  stage: ${opt:stage, 'dev'}", "  memorySize: 512", "  environment:", "    STAGE: ${sls:stage}",
             "    TABLE_NAME: ${self:service}-${sls:stage}", "    %s: %s%s%s" % (var, q, v, q),
             "  iam:", "    role:", "      statements:", "        - Effect: Allow", "          Action:", "            - dynamodb:GetItem",
             "            - dynamodb:PutItem", "          Resource: !GetAtt Table.Arn", "", "functions:", "  api:",
             "    handler: src/handler.main", "    events:", "      - httpApi: '*'", "", "plugins:", "  - serverless-offline", ""]
    return r.choice(["serverless.yml", "services/%s/serverless.yml" % proj(r), "api/serverless.yml"]), "\n".join(lines), "yaml"


def t_serverless_state(r, S):
    svc = proj(r) + "-api"
    stage = env(r)
    region = r.choice(REGIONS)
    tk = S.token_kind()
    var = r.choice(TOKEN_KINDS[tk]).upper()
    if S.pos:
        v = S.sec(tk)
    else:
        S.nkind = "ssm_parameter_name"
        var += "_PARAM"
        v = "/%s/%s/%s" % (svc, stage, var.lower())
    d = {"service": {"service": svc, "serviceObject": {"name": svc}, "provider": {
        "name": "aws", "runtime": "nodejs18.x", "stage": stage, "region": region,
        "environment": {"STAGE": stage, var: v},
        "versionFunctions": True, "deploymentBucket": "%s-%s-serverlessdeploymentbucket-%s" % (svc, stage, rs(r, LO + DG, 12)),
        "compiledCloudFormationTemplate": {"AWSTemplateFormatVersion": "2010-09-09",
                                           "Description": "The AWS CloudFormation template for this Serverless application",
                                           "Outputs": {"ServerlessDeploymentBucketName": {"Value": {"Ref": "ServerlessDeploymentBucket"}}}}},
        "pluginsData": {}, "functions": {"api": {"handler": "handler.main", "name": "%s-%s-api" % (svc, stage),
                                                  "events": [{"httpApi": "*"}]}}},
        "package": {"artifactDirectoryName": "serverless/%s/%s/%d-%s" % (svc, stage, r.randint(1690000000000, 1730000000000), ts(r)),
                    "artifact": svc + ".zip"}}
    return ".serverless/serverless-state.json", json.dumps(d, indent=2) + "\n", "json"


PULUMI_SIG = "4dabf18193072939515e22adb298388d"
PULUMI_SECRET = "1b47061264138c4ac30d75fd1eb44270"


def t_pulumi_export(r, S):
    org_ = org(r)
    pj = proj(r)
    st = env(r)
    tk = r.choice(["password", "random_password", "stripe_secret_key", "datadog_api_key", "github_pat"])
    if S.pos:
        raw = S.sec(tk)
        plain = json.dumps(raw)
        sec = {PULUMI_SIG: PULUMI_SECRET, "plaintext": plain}
        # needle recorded as raw value (plaintext field is a JSON-encoded string: \"raw\")
    else:
        S.nkind = "pulumi_ciphertext"
        sec = {PULUMI_SIG: PULUMI_SECRET, "ciphertext": "v1:" + b64(rbytes(r, 12)) + ":" + b64(rbytes(r, r.randint(30, 60)))}
    urn = "urn:pulumi:%s::%s::" % (st, pj)
    inp_key = {"password": "password", "random_password": "password", "stripe_secret_key": "value",
               "datadog_api_key": "value", "github_pat": "value"}[tk]
    rtype = "aws:rds/instance:Instance" if inp_key == "password" else "aws:ssm/parameter:Parameter"
    rname = pj + ("-db" if inp_key == "password" else "-token")
    phys = rname + "-" + rhex(r, 7)
    preg = r.choice(REGIONS)
    pv = "6.%d.0" % r.randint(10, 60)
    pid = uuid4(r)
    d = {"version": 3, "deployment": {
        "manifest": {"time": ts(r)[:-1] + ".%06d+00:00" % r.randint(0, 999999), "magic": rhex(r, 64), "version": "v3.%d.%d" % (r.randint(80, 140), r.randint(0, 3))},
        "secrets_providers": {"type": "service", "state": {"url": "https://api.pulumi.com", "owner": org_, "project": pj, "stack": st}},
        "resources": [
            {"urn": urn + "pulumi:pulumi:Stack::%s-%s" % (pj, st), "custom": False, "type": "pulumi:pulumi:Stack", "outputs": {}},
            {"urn": urn + "pulumi:providers:aws::default_%s" % pv.replace(".", "_"), "custom": True, "id": pid,
             "type": "pulumi:providers:aws", "inputs": {"__internal": {}, "region": preg, "version": pv},
             "outputs": {"region": preg, "version": pv}},
            {"urn": urn + rtype + "::" + rname, "custom": True, "id": phys, "type": rtype,
             "inputs": {"__defaults": ["name"], inp_key: sec, "name": phys, "tags": {"stack": st}},
             "outputs": {"arn": ("arn:aws:rds:%s:%s:db:%s" if "rds" in rtype else "arn:aws:ssm:%s:%s:parameter/%s") % (preg, acct(r), phys),
                         inp_key: sec, "name": phys, "id": phys},
             "parent": urn + "pulumi:pulumi:Stack::%s-%s" % (pj, st), "provider": urn + "pulumi:providers:aws::default_%s::%s" % (pv.replace(".", "_"), pid),
             "additionalSecretOutputs": [inp_key], "created": ts(r), "modified": ts(r)},
        ]}}
    txt = json.dumps(d, indent=4) + "\n"
    if S.pos:
        # needle = the value exactly as it appears (inside an escaped JSON string)
        shown = json.dumps(plain)[1:-1]
        S.needle = shown[2:-2]  # strip leading \" and trailing \"
    path = r.choice(["stack-export.json", "state/%s.json" % st, "backup/pulumi-%s-%s.json" % (pj, st), "%s.stack.json" % st])
    return path, txt, "json"


def t_pulumi_config(r, S):
    pj = proj(r)
    st = env(r)
    tk = r.choice(["password", "stripe_secret_key", "github_pat", "sendgrid_api_key", "slack_webhook", "jwt_signing_secret"])
    key = camel(r.choice(TOKEN_KINDS.get(tk, ["apiKey"])))
    lines = ["config:", "  aws:region: %s" % r.choice(REGIONS), "  %s:environment: %s" % (pj, st),
             "  %s:instanceType: %s" % (pj, r.choice(["t3.small", "t3.large", "m6i.large"])),
             "  %s:minReplicas: \"%d\"" % (pj, r.randint(1, 4))]
    if S.pos:
        v = S.sec(tk)
        plain_ok = v[0].isalnum() and all(c.isalnum() or c in "-_./+=" for c in v)
        lines.append("  %s:%s: %s" % (pj, key, v if plain_ok and r.random() < 0.6 else json.dumps(v)))
    else:
        S.nkind = "pulumi_secure"
        if r.random() < 0.5:
            lines.append("  %s:%s:" % (pj, key))
            lines.append("    secure: AAABA" + rs(r, B64C, r.randint(40, 90)) + "=")
        else:
            lines.append("  %s:%s:" % (pj, key))
            lines.append("    secure: v1:" + b64(rbytes(r, 12)) + ":" + b64(rbytes(r, r.randint(30, 60))))
    lines.append("  %s:domain: %s.%s.io" % (pj, pj, org(r)))
    if r.random() < 0.5:
        lines.insert(0, "encryptionsalt: v1:" + b64(rbytes(r, 8)) + ":v1:" + b64(rbytes(r, 12)) + ":" + b64(rbytes(r, 32)))
    return "Pulumi.%s.yaml" % st if r.random() < 0.7 else "infra/Pulumi.%s.yaml" % st, "\n".join(lines) + "\n", "yaml"


def t_ansible_ci(r, S):
    var = r.choice(["db_password", "mysql_root_password", "vault_token", "app_secret_key", "ansible_become_password", "admin_pass"])
    kind = {"db_password": "password", "mysql_root_password": "password", "vault_token": "vault_token",
            "app_secret_key": "django_secret_key", "ansible_become_password": "password", "admin_pass": "password"}[var]
    v = S.sec(kind, neg=["$" + var.upper(), "${%s}" % var.upper()], nkind="ci_variable")
    pb = r.choice(["site.yml", "deploy.yml", "playbooks/app.yml", "provision.yml"])
    e = env(r)
    inv = r.choice(["inventories/%s/hosts.ini" % e, "inventory/%s.yml" % e, "hosts"])
    if kind == "django_secret_key":
        ev = "%s='%s'" % (var, v) if S.pos else "%s=%s" % (var, v)
        evs = "--extra-vars \"%s env=%s\"" % (ev, e)
    else:
        evs = r.choice(['--extra-vars "%s=%s"' % (var, v), '-e "%s=%s app_version=$CI_COMMIT_TAG"' % (var, v),
                        "-e '{\"%s\": \"%s\"}'" % (var, v) if S.pos else '-e "%s=%s"' % (var, v)])
    lines = ["stages:", "  - lint", "  - deploy", "", "variables:", "  ANSIBLE_FORCE_COLOR: \"true\"", "  ANSIBLE_HOST_KEY_CHECKING: \"False\"", "",
             "lint:", "  stage: lint", "  image: %s" % r.choice(["cytopia/ansible-lint:latest", "python:3.11-slim"]),
             "  script:", "    - ansible-lint %s" % pb, "", "deploy:%s:" % e, "  stage: deploy",
             "  image: registry.%s.io/ops/ansible:%d.%d" % (org(r), r.randint(2, 9), r.randint(0, 17)), "  before_script:",
             "    - eval $(ssh-agent -s)", "    - echo \"$SSH_PRIVATE_KEY\" | tr -d '\\r' | ssh-add -", "  script:",
             "    - ansible-playbook -i %s %s %s" % (inv, pb, evs), "  only:", "    - main", "  when: manual"]
    return r.choice([".gitlab-ci.yml", "ci/deploy.gitlab-ci.yml"]), "\n".join(lines) + "\n", "yaml"


def t_ansible_gha(r, S):
    var = r.choice(["db_password", "redis_password", "grafana_admin_password", "smtp_password", "registry_token"])
    kind = "gitlab_pat" if var == "registry_token" else "password"
    v = S.sec(kind, neg=["${{ secrets.%s }}" % var.upper()], nkind="ci_secret_ref")
    lines = ["name: deploy", "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  ansible:",
             "    runs-on: ubuntu-latest", "    environment: %s" % env(r), "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.12'",
             "      - run: pip install ansible==%d.%d.0" % (r.randint(8, 10), r.randint(0, 5)),
             "      - name: Run playbook", "        run: |",
             "          ansible-playbook -i inventory/%s.ini playbooks/%s.yml \\" % (env(r), proj(r)),
             "            --extra-vars \"%s=%s\" \\" % (var, v), "            --diff",
             "        env:", "          ANSIBLE_CONFIG: ansible.cfg"]
    return ".github/workflows/%s.yml" % r.choice(["deploy", "ansible", "provision"]), "\n".join(lines) + "\n", "yaml"


def vault_blob(r, indent):
    h = rhex(r, r.choice([320, 400, 480, 560]))
    out = [indent + "$ANSIBLE_VAULT;1.1;AES256"]
    out += [indent + h[i:i + 80] for i in range(0, len(h), 80)]
    return out


def t_ansible_group_vars(r, S):
    var = r.choice(["postgres_password", "mysql_root_password", "app_secret_key", "grafana_admin_password", "rabbitmq_password"])
    kind = "django_secret_key" if var == "app_secret_key" else "password"
    lines = ["---", "app_name: %s" % proj(r), "app_port: %d" % r.choice([8000, 8080, 3000]), "app_user: deploy", "",
             "postgres_version: %d" % r.choice([14, 15, 16]), "postgres_db: %s" % proj(r), "postgres_user: %s" % proj(r)]
    if S.pos:
        v = S.sec(kind)
        lines.append('%s: "%s"' % (var, v))
    else:
        S.nkind = "ansible_vault"
        if r.random() < 0.5:
            lines.append("%s: !vault |" % var)
            lines += vault_blob(r, "  ")
        else:
            S.nkind = "vault_var_reference"
            lines.append('%s: "{{ vault_%s }}"' % (var, var))
    lines += ["", "nginx_worker_processes: auto", "certbot_email: ops@%s.com" % org(r)]
    return "group_vars/%s/%s" % (r.choice(["all", "db", "webservers", env(r)]), r.choice(["main.yml", "vars.yml", "secrets.yml"])), "\n".join(lines) + "\n", "yaml"


def t_helm_get_values(r, S):
    rel = proj(r)
    lines = ["USER-SUPPLIED VALUES:"]
    lines += ["image:", "  repository: %s.dkr.ecr.%s.amazonaws.com/%s" % (acct(r), r.choice(REGIONS), rel),
              "  tag: %d.%d.%d" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 20)), "ingress:", "  enabled: true",
              "  hosts:", "  - host: %s.%s.com" % (rel, org(r)), "    paths:", "    - path: /", "      pathType: Prefix"]
    style = r.choice(["postgres", "env", "redis"])
    if style == "postgres":
        lines += ["postgresql:", "  auth:", "    database: %s" % rel, "    username: %s" % rel]
        if S.pos:
            lines.append("    password: %s" % json.dumps(S.sec(["password", "random_password"])))
        else:
            S.nkind = "existing_secret_ref"
            lines += ["    existingSecret: %s-postgresql" % rel, "    secretKeys:", "      userPasswordKey: password"]
    elif style == "redis":
        lines += ["redis:", "  architecture: standalone", "  auth:", "    enabled: true"]
        v = S.sec("redis_auth_token", neg=['""'], nkind="empty")
        lines.append("    password: %s" % (json.dumps(v) if S.pos else v))
    else:
        tk = S.token_kind()
        var = r.choice(TOKEN_KINDS[tk]).upper()
        lines += ["env:", "  LOG_LEVEL: info", "  NODE_ENV: production"]
        if S.pos:
            lines.append("  %s: %s" % (var, json.dumps(S.sec(tk))))
        else:
            S.nkind = "secret_key_ref"
            lines += ["envFrom:", "- secretRef:", "    name: %s-env" % rel]
    lines += ["replicaCount: %d" % r.randint(2, 6), "resources:", "  limits:", "    memory: %dMi" % r.choice([256, 512, 1024]),
              "  requests:", "    cpu: %dm" % r.choice([100, 250, 500])]
    path = r.choice(["helm/%s-values-dump.yaml" % rel, "deploy/values.%s.yaml" % env(r), "debug/helm-get-values-%s.txt" % rel,
                     "charts/%s/values-prod.yaml" % rel])
    if path.startswith("charts") or path.startswith("deploy"):
        lines = lines[1:]
    return path, "\n".join(lines) + "\n", "txt" if path.endswith(".txt") else "yaml"


def t_kustomize_secret(r, S):
    name = "%s-%s" % (proj(r), r.choice(["db", "api", "creds", "env"]))
    hsh = rs(r, "bcdfghkmt2456789", 10)
    key = r.choice(["DB_PASSWORD", "password", "API_TOKEN", "STRIPE_KEY", "SECRET_KEY"])
    kind = {"DB_PASSWORD": "password", "password": "password", "API_TOKEN": "github_pat", "STRIPE_KEY": "stripe_secret_key",
            "SECRET_KEY": "django_secret_key"}[key]
    if S.pos:
        v = S.sec(kind, enc=lambda x: b64(x.encode()))
        data = [("DB_HOST", b64((r.choice(["postgres", "db"]) + ".%s.svc.cluster.local" % proj(r)).encode())), (key, v)]
    else:
        S.nkind = "empty_or_nonsecret_data"
        data = [("DB_HOST", b64(b"postgres.default.svc.cluster.local")), ("DB_PORT", b64(b"5432")), ("DB_NAME", b64(proj(r).encode()))]
    lines = ["apiVersion: v1", "data:"] + ["  %s: %s" % (k, v) for k, v in sorted(data)] + [
        "kind: Secret", "metadata:", "  labels:", "    app.kubernetes.io/name: %s" % proj(r), "    app.kubernetes.io/part-of: %s" % org(r),
        "  name: %s-%s" % (name, hsh), "  namespace: %s" % r.choice([proj(r), "default", env(r)]), "type: Opaque", "---",
        "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % proj(r), "spec:", "  replicas: %d" % r.randint(1, 5),
        "  template:", "    spec:", "      containers:", "      - name: app", "        image: ghcr.io/%s/%s@sha256:%s" % (org(r), proj(r), rhex(r, 64)),
        "        envFrom:", "        - secretRef:", "            name: %s-%s" % (name, hsh)]
    return r.choice(["rendered/%s.yaml" % env(r), "k8s/out/manifests.yaml", "build/kustomize-%s.yaml" % env(r)]), "\n".join(lines) + "\n", "yaml"


def t_kustomization(r, S):
    tk = r.choice(["password", "stripe_secret_key", "sendgrid_api_key", "jwt_signing_secret", "slack_webhook"])
    key = r.choice(TOKEN_KINDS[tk]).upper()
    lines = ["apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization", "", "namespace: %s" % proj(r), "",
             "resources:", "  - ../../base", "  - ingress.yaml", "", "images:", "  - name: app",
             "    newName: ghcr.io/%s/%s" % (org(r), proj(r)), "    newTag: v%d.%d.%d" % (r.randint(0, 3), r.randint(0, 40), r.randint(0, 9)), "",
             "secretGenerator:", "  - name: %s-secrets" % proj(r)]
    if S.pos:
        v = S.sec(tk)
        lines += ["    literals:", "      - %s=%s" % (key, v), "      - LOG_LEVEL=info"]
    else:
        S.nkind = "secret_from_file"
        lines += ["    envs:", "      - secrets.env", "    files:", "      - tls.crt=certs/%s.crt" % proj(r)]
    lines += ["", "configMapGenerator:", "  - name: %s-config" % proj(r), "    literals:", "      - FEATURE_FLAGS=%s" % r.choice(["beta,search", "none"])]
    return "overlays/%s/kustomization.yaml" % env(r), "\n".join(lines) + "\n", "yaml"


def t_arm_deploy_output(r, S):
    sub = uuid4(r)
    rg = "rg-%s-%s" % (proj(r), env(r))
    dep = r.choice(["main", "azuredeploy", proj(r) + "-infra"]) + "-" + ts(r)[:10].replace("-", "")
    outs = {"resourceGroupId": {"type": "String", "value": "/subscriptions/%s/resourceGroups/%s" % (sub, rg)},
            "appServiceName": {"type": "String", "value": "app-%s-%s" % (proj(r), rs(r, LO + DG, 13))}}
    k = r.random()
    sa = "st%s%s" % (proj(r)[:8], rs(r, LO + DG, 8))
    if k < 0.5:
        if S.pos:
            key = S.sec("azure_storage_key")
            outs["storageConnectionString"] = {"type": "String", "value": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (sa, key)}
        else:
            S.nkind = "resource_id"
            outs["storageAccountId"] = {"type": "String", "value": "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Storage/storageAccounts/%s" % (sub, rg, sa)}
    else:
        nm = r.choice(["sqlAdminPassword", "adminPassword", "vmAdminPass"])
        if S.pos:
            outs[nm] = {"type": "String", "value": S.sec(["password", "random_password"])}
        else:
            S.nkind = "principal_ids"
            outs["principalId"] = {"type": "String", "value": uuid4(r)}
            outs["tenantId"] = {"type": "String", "value": uuid4(r)}
    d = {"id": "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Resources/deployments/%s" % (sub, rg, dep),
         "location": None, "name": dep, "properties": {
             "correlationId": uuid4(r), "debugSetting": None, "dependencies": [], "duration": "PT%dM%d.%dS" % (r.randint(1, 9), r.randint(0, 59), r.randint(100000, 999999)),
             "error": None, "mode": "Incremental", "onErrorDeployment": None, "outputResources": [
                 {"id": "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Web/sites/app-%s" % (sub, rg, proj(r)), "resourceGroup": rg}],
             "outputs": outs, "parameters": {"location": {"type": "String", "value": r.choice(AZ_LOC)},
                                             "environment": {"type": "String", "value": env(r)},
                                             "adminPassword": {"type": "SecureString"}},
             "provisioningState": "Succeeded", "templateHash": str(r.randint(10 ** 18, 10 ** 19)), "timestamp": ts(r)[:-1] + ".%06d+00:00" % r.randint(0, 999999)},
         "resourceGroup": rg, "tags": None, "type": "Microsoft.Resources/deployments"}
    return r.choice(["deployment-output.json", "azure/deploy-result.json", "logs/az-deployment-%s.json" % env(r)]), json.dumps(d, indent=2) + "\n", "json"


def t_arm_params(r, S):
    nm = r.choice(["adminPassword", "sqlAdministratorLoginPassword", "vmAdminPassword", "clientSecret"])
    kind = "azure_client_secret" if nm == "clientSecret" else ["password", "random_password"]
    params = {"location": {"value": r.choice(AZ_LOC)}, "environmentName": {"value": env(r)},
              "adminUsername": {"value": r.choice(["azureuser", "sqladmin", "localadmin"])}}
    if S.pos:
        params[nm] = {"value": S.sec(kind)}
    else:
        S.nkind = "keyvault_reference"
        params[nm] = {"reference": {"keyVault": {"id": "/subscriptions/%s/resourceGroups/rg-kv-%s/providers/Microsoft.KeyVault/vaults/kv-%s-%s" % (uuid4(r), env(r), proj(r), env(r))},
                                    "secretName": nm}}
    params["skuName"] = {"value": r.choice(["S1", "P1v3", "B2"])}
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": params}
    return r.choice(["azuredeploy.parameters.json", "arm/%s.parameters.json" % env(r), "infra/main.parameters.%s.json" % env(r)]), json.dumps(d, indent=2) + "\n", "json"


def t_bicepparam(r, S):
    nm = r.choice(["sqlAdminPassword", "adminPassword", "servicePrincipalSecret", "apiKey"])
    kind = {"sqlAdminPassword": "password", "adminPassword": "password", "servicePrincipalSecret": "azure_client_secret",
            "apiKey": "sendgrid_api_key"}[nm]
    lines = ["using './main.bicep'", "", "param location = '%s'" % r.choice(AZ_LOC), "param environmentName = '%s'" % env(r),
             "param appName = '%s'" % proj(r), "param skuName = '%s'" % r.choice(["P1v3", "S1"])]
    if S.pos:
        lines.append("param %s = '%s'" % (nm, S.sec(kind)))
    else:
        if r.random() < 0.5:
            S.nkind = "keyvault_getsecret"
            lines.append("param %s = az.getSecret('%s', 'rg-shared-%s', 'kv-%s', '%s')" % (nm, uuid4(r), env(r), org(r), nm))
        else:
            S.nkind = "env_reference"
            lines.append("param %s = readEnvironmentVariable('%s')" % (nm, nm.upper()))
    lines += ["param tags = {", "  owner: '%s'" % r.choice(["platform", "data"]), "  costCenter: '%d'" % r.randint(1000, 9999), "}"]
    return r.choice(["main.bicepparam", "infra/%s.bicepparam" % env(r), "bicep/params/%s.bicepparam" % env(r)]), "\n".join(lines) + "\n", "bicepparam"


def t_crossplane_secret(r, S):
    ns = r.choice(["crossplane-system", proj(r), "default"])
    name = "%s-%s-conn" % (proj(r), r.choice(["db", "rds", "postgres"]))
    host = "%s.%s.%s.rds.amazonaws.com" % (proj(r), rs(r, LO + DG, 12), r.choice(REGIONS))
    data = {"endpoint": b64(host.encode()), "port": b64(b"5432"), "username": b64(r.choice([b"masteruser", b"admin", b"postgres"]))}
    if S.pos:
        data["password"] = S.sec(["password", "random_password"], enc=lambda x: b64(x.encode()))
    lines = ["apiVersion: v1", "data:"] + ["  %s: %s" % (k, data[k]) for k in sorted(data)] + [
        "kind: Secret", "metadata:", "  creationTimestamp: \"%s\"" % ts(r), "  name: %s" % name, "  namespace: %s" % ns,
        "  ownerReferences:", "  - apiVersion: rds.aws.upbound.io/v1beta1", "    controller: true", "    kind: Instance",
        "    name: %s" % name[:-5], "    uid: %s" % uuid4(r), "  resourceVersion: \"%d\"" % r.randint(100000, 99999999),
        "  uid: %s" % uuid4(r), "type: connection.crossplane.io/v1alpha1"]
    if not S.pos:
        S.nkind = "connection_secret_without_password"
    return r.choice(["debug/%s-secret.yaml" % name, "crossplane/%s.yaml" % name, "tmp/conn-secret.yaml"]), "\n".join(lines) + "\n", "yaml"


def t_packer_log(r, S):
    b = r.choice(["amazon-ebs.ubuntu", "azure-arm.windows", "googlecompute.base", "amazon-ebs.al2023"])
    ami = "ami-" + rhex(r, 17)
    region = r.choice(REGIONS)
    tk = r.choice(["password", "github_pat", "datadog_api_key", "newrelic_license_key", "vault_token"])
    var = {"password": "WINRM_PASSWORD", "github_pat": "GITHUB_TOKEN", "datadog_api_key": "DD_API_KEY",
           "newrelic_license_key": "NEW_RELIC_LICENSE_KEY", "vault_token": "VAULT_TOKEN"}[tk]
    v = S.sec(tk, neg=["<sensitive>"], nkind="masked")
    t0 = r.randint(0, 50)
    iid = "i-" + rhex(r, 17)
    L = ["2024/%02d/%02d %02d:%02d:%02d [INFO] Packer version: 1.%d.%d [go1.%d.%d linux amd64]" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), t0, 1, r.randint(8, 11), r.randint(0, 9), r.randint(20, 22), r.randint(0, 9)),
         "==> %s: Prevalidating any provided VPC information" % b, "==> %s: Prevalidating AMI Name: %s-%d" % (b, proj(r), r.randint(1700000000, 1730000000)),
         "    %s: Found Image ID: %s" % (b, "ami-" + rhex(r, 17)), "==> %s: Creating temporary keypair: packer_%s" % (b, uuid4(r)),
         "==> %s: Creating temporary security group for this instance: packer_%s" % (b, rhex(r, 24)),
         "==> %s: Launching a source AWS instance..." % b, "    %s: Instance ID: %s" % (b, iid),
         "==> %s: Waiting for instance (%s) to become ready..." % (b, iid), "==> %s: Using SSH communicator to connect: 10.%d.%d.%d" % (b, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
         "==> %s: Connected to SSH!" % b, "==> %s: Provisioning with shell script: scripts/bootstrap.sh" % b,
         "    %s: + export %s=%s" % (b, var, v), "    %s: + curl -fsSL https://packages.%s.com/install.sh -o /tmp/install.sh" % (b, org(r)),
         "    %s: Reading package lists..." % b, "    %s: Setting up agent (%d.%d.%d) ..." % (b, r.randint(6, 7), r.randint(0, 60), r.randint(0, 9)),
         "==> %s: Stopping the source instance..." % b, "==> %s: Creating AMI %s-%s from instance %s" % (b, proj(r), env(r), iid),
         "    %s: AMI: %s" % (b, ami), "==> %s: Waiting for AMI to become ready..." % b, "==> %s: Terminating the source AWS instance..." % b,
         "Build '%s' finished after %d minutes %d seconds." % (b, r.randint(4, 30), r.randint(0, 59)), "",
         "==> Wait completed after %d minutes %d seconds" % (r.randint(4, 30), r.randint(0, 59)), "", "==> Builds finished. The artifacts of successful builds are:",
         "--> %s: AMIs were created:" % b, "%s: %s" % (region, ami)]
    return r.choice(["packer-build.log", "logs/packer-%s.log" % env(r), "images/build.log"]), "\n".join(L) + "\n", "log"


def t_pkrvars(r, S):
    k = r.choice(["azure", "vsphere", "winrm"])
    lines = []
    if k == "azure":
        lines += ['subscription_id = "%s"' % uuid4(r), 'tenant_id       = "%s"' % uuid4(r), 'client_id       = "%s"' % uuid4(r)]
        v = S.sec("azure_client_secret", neg=None)
        if S.pos:
            lines.append('client_secret   = "%s"' % v)
        else:
            S.nkind = "managed_identity"
            lines.append("use_azure_cli_auth = true")
        lines += ['location        = "%s"' % r.choice(AZ_LOC), 'image_sku       = "22_04-lts-gen2"']
    elif k == "vsphere":
        lines += ['vcenter_server   = "vcenter.%s.local"' % org(r), 'vcenter_username = "svc-packer@vsphere.local"']
        v = S.sec("password", neg=None)
        if S.pos:
            lines.append('vcenter_password = "%s"' % v)
        else:
            S.nkind = "omitted"
            lines.append("# vcenter_password is passed via PKR_VAR_vcenter_password")
        lines += ['datacenter       = "DC%d"' % r.randint(1, 3), 'cluster          = "cl-%s"' % env(r), 'datastore        = "vsan-%02d"' % r.randint(1, 12)]
    else:
        lines += ['winrm_username = "Administrator"']
        v = S.sec("password", neg=["<set-in-ci>"], nkind="placeholder")
        lines.append('winrm_password = "%s"' % v)
        lines += ['instance_type  = "m5.large"', 'ami_regions    = ["%s", "%s"]' % (r.choice(REGIONS), r.choice(REGIONS))]
    return r.choice(["%s.pkrvars.hcl" % env(r), "packer/variables.auto.pkrvars.hcl", "images/%s.pkrvars.hcl" % k]), "\n".join(lines) + "\n", "hcl"


def t_makefile_apply(r, S):
    var = r.choice(["db_password", "datadog_api_key", "cloudflare_api_token", "github_token"])
    kind = {"db_password": "password_url", "datadog_api_key": "datadog_api_key", "cloudflare_api_token": "cloudflare_api_token", "github_token": "github_pat"}[var]
    v = S.sec(kind, neg=["$(%s)" % var.upper(), "$${%s}" % var.upper()], nkind="make_variable")
    e = env(r)
    lines = ["ENV ?= %s" % e, "TF ?= terraform", "TF_DIR := envs/$(ENV)", "", ".PHONY: init plan apply fmt", "",
             "init:", "\t$(TF) -chdir=$(TF_DIR) init -backend-config=backend-$(ENV).hcl", "",
             "fmt:", "\t$(TF) fmt -recursive", "", "plan: init",
             "\t$(TF) -chdir=$(TF_DIR) plan -out=tfplan -var 'environment=$(ENV)' -var '%s=%s'" % (var, v), "",
             "apply:", "\t$(TF) -chdir=$(TF_DIR) apply tfplan", "", "show:", "\t$(TF) -chdir=$(TF_DIR) show -json tfplan > plan.json"]
    return r.choice(["Makefile", "infra/Makefile"]), "\n".join(lines) + "\n", "makefile"


def t_deploy_sh(r, S):
    var = r.choice(["DB_PASSWORD", "DD_API_KEY", "SENDGRID_API_KEY", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN", "TFE_TOKEN"])
    kind = {"DB_PASSWORD": "password", "DD_API_KEY": "datadog_api_key", "SENDGRID_API_KEY": "sendgrid_api_key",
            "STRIPE_SECRET_KEY": "stripe_secret_key", "SLACK_BOT_TOKEN": "slack_bot_token", "TFE_TOKEN": "tfc_token"}[var]
    v = S.sec(kind, neg=['$(aws ssm get-parameter --name /%s/%s --with-decryption --query Parameter.Value --output text)' % (env(r), var.lower()),
                         '$(vault kv get -field=value secret/%s/%s)' % (proj(r), var.lower())], nkind="runtime_lookup")
    q = "'" if S.pos else '"'
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "ENV=${1:-%s}" % env(r), "cd \"$(dirname \"$0\")/../terraform/envs/${ENV}\"", "",
             "export AWS_REGION=%s" % r.choice(REGIONS), "export TF_IN_AUTOMATION=1", "export TF_VAR_%s=%s%s%s" % (var.lower(), q, v, q), "",
             "terraform init -input=false -backend-config=\"key=${ENV}/terraform.tfstate\"", "terraform plan -input=false -out=tfplan",
             "terraform apply -input=false tfplan", "terraform output -json > ../../outputs-${ENV}.json", "echo \"deployed ${ENV}\""]
    return r.choice(["scripts/deploy.sh", "bin/tf-apply.sh", "deploy.sh"]), "\n".join(lines) + "\n", "sh"


def t_gha_terraform(r, S):
    var = r.choice(["TF_VAR_db_password", "TF_VAR_datadog_api_key", "TF_TOKEN_app_terraform_io", "CLOUDFLARE_API_TOKEN", "DIGITALOCEAN_TOKEN"])
    kind = {"TF_VAR_db_password": "password", "TF_VAR_datadog_api_key": "datadog_api_key", "TF_TOKEN_app_terraform_io": "tfc_token",
            "CLOUDFLARE_API_TOKEN": "cloudflare_api_token", "DIGITALOCEAN_TOKEN": "digitalocean_token"}[var]
    v = S.sec(kind, neg=["${{ secrets.%s }}" % var.replace("TF_VAR_", "").upper(), "${{ vars.%s }}" % var], nkind="ci_secret_ref")
    lines = ["name: terraform", "on:", "  pull_request:", "    paths: ['infra/**']", "  push:", "    branches: [main]", "",
             "permissions:", "  id-token: write", "  contents: read", "  pull-requests: write", "", "env:",
             "  TF_IN_AUTOMATION: \"1\"", "  %s: %s" % (var, json.dumps(v) if S.pos else v), "", "jobs:", "  plan:", "    runs-on: ubuntu-latest",
             "    defaults:", "      run:", "        working-directory: infra", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: hashicorp/setup-terraform@v3", "        with:", "          terraform_version: 1.%d.%d" % (r.randint(5, 9), r.randint(0, 7)),
             "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
             "          role-to-assume: arn:aws:iam::%s:role/gha-terraform" % acct(r), "          aws-region: %s" % r.choice(REGIONS),
             "      - run: terraform init", "      - run: terraform plan -no-color -out tfplan"]
    return ".github/workflows/terraform.yml", "\n".join(lines) + "\n", "yaml"


def t_secretsmanager_state(r, S):
    region = r.choice(REGIONS)
    a = acct(r)
    nm = "%s/%s/%s" % (env(r), proj(r), r.choice(["db", "app", "integrations"]))
    sarn = "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (region, a, nm, rs(r, AN, 6))
    if S.pos:
        pw = S.sec(["password_url", "random_password"])
        ss = json.dumps({"username": r.choice(["app", "svc_" + proj(r)]), "password": pw, "engine": "postgres",
                         "host": "%s.%s.%s.rds.amazonaws.com" % (proj(r), rs(r, LO + DG, 12), region), "port": 5432})
        S.needle = json.dumps(pw)[1:-1]
        resources = [res("aws_secretsmanager_secret", "db", "aws", {"arn": sarn, "id": sarn, "name": nm, "kms_key_id": "",
                                                                   "recovery_window_in_days": 30, "tags": {}}),
                     res("aws_secretsmanager_secret_version", "db", "aws", {"arn": sarn, "id": sarn + "|" + uuid4(r).upper().replace("-", "-"),
                                                                           "secret_binary": "", "secret_id": sarn, "secret_string": ss,
                                                                           "version_id": uuid4(r), "version_stages": ["AWSCURRENT"]},
                         sens=["secret_string", "secret_binary"], deps=["aws_secretsmanager_secret.db"])]
    else:
        S.nkind = "secret_metadata_only"
        resources = [res("aws_secretsmanager_secret", "db", "aws", {"arn": sarn, "id": sarn, "name": nm,
                                                                   "kms_key_id": "arn:aws:kms:%s:%s:key/%s" % (region, a, uuid4(r)),
                                                                   "policy": "", "recovery_window_in_days": 30, "replica": [], "tags": {"env": env(r)}}),
                     res("aws_secretsmanager_secret_rotation", "db", "aws", {"id": sarn, "rotation_enabled": True,
                                                                             "rotation_lambda_arn": "arn:aws:lambda:%s:%s:function:SecretsManagerRotation" % (region, a),
                                                                             "rotation_rules": [{"automatically_after_days": 30}], "secret_id": sarn})]
    return r.choice(["secrets/terraform.tfstate", "terraform.tfstate", "app/terraform.tfstate.backup"]), tfstate(r, resources), "json"


def t_docker_pull_secret_values(r, S):
    reg = r.choice(["ghcr.io", "registry.gitlab.com", "%s.azurecr.io" % org(r), "docker.%s.com" % org(r)])
    user = r.choice(["ci-bot", "deploy", org(r) + "-robot", "gitlab-ci-token" if "gitlab" in reg else "puller"])
    lines = ["# values for %s" % proj(r), "replicaCount: %d" % r.randint(1, 4), "image:", "  repository: %s/%s/%s" % (reg, org(r), proj(r)),
             "  pullPolicy: IfNotPresent", "  tag: \"%d.%d.%d\"" % (r.randint(0, 5), r.randint(0, 30), r.randint(0, 9)), ""]
    if S.pos:
        kind = "gitlab_pat" if "gitlab" in reg else ("github_pat" if reg == "ghcr.io" else "password_url")
        prov, fn = GEN[kind]
        tok = fn(r)
        auth = b64(("%s:%s" % (user, tok)).encode())
        cfg = json.dumps({"auths": {reg: {"username": user, "password": tok, "auth": auth}}}, separators=(",", ":"))
        blob = b64(cfg.encode())
        S.put(blob, prov, kind.replace("password_url", "registry_password") + "_dockerconfigjson_b64")
        lines += ["imagePullSecret:", "  create: true", "  name: regcred", "  dockerconfigjson: %s" % blob]
    else:
        S.nkind = "existing_pull_secret"
        lines += ["imagePullSecrets:", "  - name: regcred"]
    lines += ["", "service:", "  type: ClusterIP", "  port: 80", "", "podAnnotations:", "  prometheus.io/scrape: \"true\""]
    return r.choice(["values.yaml", "charts/%s/values-%s.yaml" % (proj(r), env(r)), "helm/%s.yaml" % env(r)]), "\n".join(lines) + "\n", "yaml"


POS_TEMPLATES = [t_tfstate_rds, t_tfstate_random_password, t_tfstate_iam_key, t_tfstate_tls, t_tfstate_gcp_sa,
                 t_tfstate_azuread_secret, t_tfplan_json, t_tf_output_json, t_terragrunt_hcl, t_tfvars, t_tfvars_json,
                 t_tfrc, t_tfrc_hcl, t_provider_tf, t_backend_hcl, t_cfn_template, t_cfn_params_json, t_samconfig,
                 t_cdk_json, t_cdk_out_template, t_serverless_yml, t_serverless_state, t_pulumi_export, t_pulumi_config,
                 t_ansible_ci, t_ansible_gha, t_ansible_group_vars, t_helm_get_values, t_kustomize_secret, t_kustomization,
                 t_arm_deploy_output, t_arm_params, t_bicepparam, t_crossplane_secret, t_packer_log, t_pkrvars,
                 t_makefile_apply, t_deploy_sh, t_gha_terraform, t_secretsmanager_state, t_docker_pull_secret_values]


# ================================================================ LOOK-ALIKE NEGATIVES (neg only)

def n_lock_hcl(r):
    provs = r.sample([("hashicorp/aws", "5.%d.0"), ("hashicorp/random", "3.6.%d"), ("hashicorp/tls", "4.0.%d"),
                      ("hashicorp/google", "5.%d.0"), ("hashicorp/azurerm", "3.%d.0"), ("hashicorp/kubernetes", "2.%d.0"),
                      ("cloudflare/cloudflare", "4.%d.0"), ("DataDog/datadog", "3.%d.0"), ("hashicorp/helm", "2.%d.1")], r.randint(2, 5))
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for p, vf in sorted(provs):
        v = vf % r.randint(1, 60)
        out += ['provider "registry.terraform.io/%s" {' % p, '  version     = "%s"' % v, '  constraints = "~> %s"' % ".".join(v.split(".")[:2]), "  hashes = ["]
        out.append('    "h1:%s",' % b64(rbytes(r, 32)))
        for _ in range(r.randint(8, 13)):
            out.append('    "zh:%s",' % rhex(r, 64))
        out += ["  ]", "}", ""]
    return r.choice([".terraform.lock.hcl", "infra/.terraform.lock.hcl", "envs/%s/.terraform.lock.hcl" % env(r)]), "\n".join(out), "hcl", "provider_lock_hashes"


def n_infra_state(r):
    region = r.choice(REGIONS)
    vr, vid, a = vpc_res(r, region)
    sgr, sid = sg_res(r, region, a, vid)
    b = "%s-%s-assets-%s" % (org(r), proj(r), rhex(r, 6))
    code = rbytes(r, 32)
    resources = [vr, sgr,
                 res("aws_s3_object", "bundle", "aws", {"bucket": b, "key": "lambda/%s.zip" % proj(r), "etag": rhex(r, 32),
                                                        "id": "lambda/%s.zip" % proj(r), "version_id": rs(r, AN + "._", 32),
                                                        "source_hash": None, "kms_key_id": None, "content_type": "application/zip"}),
                 res("aws_lambda_function", "fn", "aws", {"arn": "arn:aws:lambda:%s:%s:function:%s" % (region, a, proj(r)),
                                                          "function_name": proj(r), "handler": "main.handler", "runtime": "python3.12",
                                                          "source_code_hash": b64(code), "code_sha256": b64(code),
                                                          "qualified_arn": "arn:aws:lambda:%s:%s:function:%s:%d" % (region, a, proj(r), r.randint(1, 40)),
                                                          "role": "arn:aws:iam::%s:role/%s-lambda" % (a, proj(r)),
                                                          "environment": [{"variables": {"TABLE": proj(r), "LOG_LEVEL": "INFO",
                                                                                         "SECRET_ARN": "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (region, a, proj(r), rs(r, AN, 6))}}],
                                                          "kms_key_arn": "", "last_modified": ts(r), "version": "$LATEST"}),
                 res("aws_kms_key", "data", "aws", {"arn": "arn:aws:kms:%s:%s:key/%s" % (region, a, uuid4(r)), "key_id": uuid4(r),
                                                    "enable_key_rotation": True, "deletion_window_in_days": 30, "multi_region": False})]
    return r.choice(["terraform.tfstate", "network/terraform.tfstate", "terraform.tfstate.backup", "state/%s.tfstate" % env(r)]), tfstate(r, resources), "json", "infra_ids_only_state"


def n_cdk_context(r):
    a = acct(r)
    region = r.choice(REGIONS)
    d = {"vpc-provider:account=%s:filter.tag:Name=%s-vpc:region=%s:returnAsymmetricSubnets=true" % (a, proj(r), region): {
        "vpcId": awsid(r, "vpc"), "vpcCidrBlock": "10.%d.0.0/16" % r.randint(0, 200), "ownerAccountId": a,
        "availabilityZones": [], "subnetGroups": [{"name": "Private", "type": "Private", "subnets": [
            {"subnetId": awsid(r, "subnet"), "cidr": "10.0.%d.0/24" % i, "availabilityZone": region + z, "routeTableId": awsid(r, "rtb")}
            for i, z in enumerate("abc")]}]},
        "hosted-zone:account=%s:domainName=%s.com:region=%s" % (a, org(r), region): {"Id": "/hostedzone/Z" + rs(r, UP + DG, 20), "Name": "%s.com." % org(r)},
        "ami:account=%s:filters.image-type.0=machine:filters.name.0=al2023-ami-*:region=%s" % (a, region): "ami-" + rhex(r, 17),
        "availability-zones:account=%s:region=%s" % (a, region): [region + z for z in "abc"],
        "acknowledged-issue-numbers": [r.randint(19000, 32000)],
        "security-group:account=%s:region=%s:securityGroupId=%s" % (a, region, awsid(r, "sg")): {"securityGroupId": awsid(r, "sg"), "allowAllOutbound": True}}
    return r.choice(["cdk.context.json", "infra/cdk.context.json"]), json.dumps(d, indent=2) + "\n", "json", "cdk_context_lookups"


def n_cdk_assets(r):
    st = pascal(proj(r)) + "Stack"
    a = acct(r)
    region = r.choice(REGIONS)
    files = {}
    for _ in range(r.randint(2, 4)):
        h = rhex(r, 64)
        files[h] = {"source": {"path": "asset." + h, "packaging": "zip"}, "destinations": {"%s-%s" % (a, region): {
            "bucketName": "cdk-hnb659fds-assets-%s-%s" % (a, region), "objectKey": h + ".zip",
            "assumeRoleArn": "arn:${AWS::Partition}:iam::%s:role/cdk-hnb659fds-file-publishing-role-%s-%s" % (a, a, region)}}}
    d = {"version": "36.0.0", "files": files, "dockerImages": {rhex(r, 64): {"source": {"directory": "asset." + rhex(r, 64)},
         "destinations": {"%s-%s" % (a, region): {"repositoryName": "cdk-hnb659fds-container-assets-%s-%s" % (a, region), "imageTag": rhex(r, 64)}}}}}
    return "cdk.out/%s.assets.json" % st, json.dumps(d, indent=2) + "\n", "json", "cdk_asset_hashes"


def n_plan_human(r):
    addr = r.choice(["aws_db_instance.main", "azurerm_mssql_server.this", "google_sql_user.app", "random_password.db"])
    lines = ["Terraform used the selected providers to generate the following execution plan. Resource actions are",
             "indicated with the following symbols:", "  ~ update in-place", "", "Terraform will perform the following actions:", "",
             "  # %s will be updated in-place" % addr, '  ~ resource "%s" "%s" {' % tuple(addr.split(".")),
             '        id                    = "%s"' % r.choice([proj(r) + "-" + env(r), uuid4(r)]),
             "      ~ password              = (sensitive value)", '        username              = "%s"' % r.choice(["app", "admin"]),
             "      ~ tags                  = {", '          + "rotated" = "%s"' % ts(r)[:10], "        }",
             "        # (%d unchanged attributes hidden)" % r.randint(10, 40), "    }", "",
             "Plan: 0 to add, 1 to change, 0 to destroy.", "", "Changes to Outputs:", "  ~ db_password = (sensitive value)",
             "", "Saved the plan to: tfplan"]
    return r.choice(["plan.txt", "ci/plan-output.txt", "docs/plan-%s.txt" % env(r)]), "\n".join(lines) + "\n", "txt", "masked_sensitive_value"


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    region = r.choice(REGIONS)
    lines = ["database:", "    username: %s" % enc(6), "    password: %s" % enc(24), "api:", "    stripe_key: %s" % enc(32),
             "    webhook_secret: %s" % enc(38), "sops:", "    kms:", "        - arn: arn:aws:kms:%s:%s:key/%s" % (region, acct(r), uuid4(r)),
             "          created_at: \"%s\"" % ts(r), "          enc: %s" % b64(b"\x01\x02\x02\x00x" + rbytes(r, 180)),
             "          aws_profile: \"\"", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age: []",
             "    lastmodified: \"%s\"" % ts(r), "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, 64)), b64(rbytes(r, 32)), b64(rbytes(r, 16))),
             "    pgp: []", "    unencrypted_suffix: _unencrypted", "    version: 3.%d.%d" % (r.randint(7, 9), r.randint(0, 3))]
    return r.choice(["secrets.enc.yaml", "secrets/%s.sops.yaml" % env(r), "helm/secrets.%s.yaml" % env(r)]), "\n".join(lines) + "\n", "yaml", "sops_ciphertext"


def n_tf_output_plain(r):
    region = r.choice(REGIONS)
    lines = ['alb_dns_name = "%s-%d.%s.elb.amazonaws.com"' % (proj(r), r.randint(10 ** 8, 10 ** 9), region),
             'cluster_arn = "arn:aws:ecs:%s:%s:cluster/%s"' % (region, acct(r), proj(r)),
             "db_password = <sensitive>", 'db_endpoint = "%s.%s.%s.rds.amazonaws.com"' % (proj(r), rs(r, LO + DG, 12), region),
             'kms_key_id = "%s"' % uuid4(r), "redis_auth_token = <sensitive>", 'vpc_id = "%s"' % awsid(r, "vpc")]
    return r.choice(["outputs.txt", "docs/outputs-%s.txt" % env(r)]), "\n".join(sorted(lines)) + "\n", "txt", "masked_sensitive_value"


def n_packer_manifest(r):
    builds = []
    for _ in range(r.randint(1, 3)):
        builds.append({"name": r.choice(["ubuntu", "al2023", "base"]), "builder_type": "amazon-ebs", "build_time": r.randint(1690000000, 1730000000),
                       "files": None, "artifact_id": "%s:ami-%s" % (r.choice(REGIONS), rhex(r, 17)), "packer_run_uuid": uuid4(r),
                       "custom_data": {"git_sha": rhex(r, 40), "source_ami": "ami-" + rhex(r, 17)}})
    d = {"builds": builds, "last_run_uuid": builds[-1]["packer_run_uuid"]}
    return r.choice(["manifest.json", "packer/manifest.json"]), json.dumps(d, indent=2) + "\n", "json", "artifact_ids"


def n_vault_file(r):
    lines = vault_blob(r, "")
    return r.choice(["group_vars/all/vault.yml", "inventories/%s/group_vars/all/vault.yml" % env(r)]), "\n".join(lines) + "\n", "yaml", "ansible_vault_ciphertext"


def n_known_hosts(r):
    lines = []
    for _ in range(r.randint(2, 5)):
        host = "%s.%s.internal" % (r.choice(["bastion", "git", "build", "db"]), org(r))
        lines.append("%s %s" % (host, ssh_pub(r, comment=False)))
    return r.choice(["ansible/known_hosts", "ci/known_hosts"]), "\n".join(lines) + "\n", "txt", "public_keys"


def n_tls_outputs(r):
    alg = r.choice(["ec", "rsa"])
    if alg == "ec":
        _, pubpem, openssh, wire = ec_key(r)
    else:
        _, pubpem, openssh, wire = rsa_key(r)
    d = {"public_key_openssh": {"sensitive": False, "type": "string", "value": openssh},
         "public_key_pem": {"sensitive": False, "type": "string", "value": pubpem},
         "fingerprint_md5": {"sensitive": False, "type": "string", "value": fp_md5(wire)},
         "fingerprint_sha256": {"sensitive": False, "type": "string", "value": fp_sha256(wire)},
         "private_key_pem": {"sensitive": True, "type": "string", "value": None}}
    return r.choice(["ssh-outputs.json", "keys/outputs.json"]), json.dumps(d, indent=2) + "\n", "json", "public_keys"


def n_changeset(r):
    region = r.choice(REGIONS)
    a = acct(r)
    st = "%s-%s" % (proj(r), env(r))
    d = {"Changes": [{"Type": "Resource", "ResourceChange": {"Action": "Modify", "LogicalResourceId": "Database", "PhysicalResourceId": st + "-db",
                                                             "ResourceType": "AWS::RDS::DBInstance", "Replacement": "False", "Scope": ["Properties"],
                                                             "Details": [{"Target": {"Attribute": "Properties", "Name": "MasterUserPassword", "RequiresRecreation": "Never"},
                                                                          "Evaluation": "Static", "ChangeSource": "DirectModification"}]}}],
         "ChangeSetName": "deploy-%s" % rhex(r, 8), "ChangeSetId": "arn:aws:cloudformation:%s:%s:changeSet/deploy-%s/%s" % (region, a, rhex(r, 8), uuid4(r)),
         "StackId": "arn:aws:cloudformation:%s:%s:stack/%s/%s" % (region, a, st, uuid4(r)), "StackName": st,
         "Parameters": [{"ParameterKey": "DBPassword", "ParameterValue": "****"}, {"ParameterKey": "Environment", "ParameterValue": env(r)}],
         "CreationTime": ts(r), "ExecutionStatus": "AVAILABLE", "Status": "CREATE_COMPLETE", "NotificationARNs": [], "Capabilities": ["CAPABILITY_IAM"]}
    return r.choice(["changeset.json", "ci/describe-change-set.json"]), json.dumps(d, indent=4) + "\n", "json", "masked_params_arns"


def n_crossplane_pc(r):
    lines = ["apiVersion: aws.upbound.io/v1beta1", "kind: ProviderConfig", "metadata:", "  name: default", "spec:", "  credentials:",
             "    source: Secret", "    secretRef:", "      namespace: crossplane-system", "      name: aws-creds", "      key: credentials", "---",
             "apiVersion: rds.aws.upbound.io/v1beta1", "kind: Instance", "metadata:", "  name: %s-db" % proj(r), "spec:", "  forProvider:",
             "    region: %s" % r.choice(REGIONS), "    instanceClass: db.t3.micro", "    engine: postgres", "    engineVersion: \"16.3\"",
             "    username: masteruser", "    autoGeneratePassword: true", "    passwordSecretRef:", "      namespace: crossplane-system",
             "      name: %s-db-pw" % proj(r), "      key: password", "  writeConnectionSecretToRef:", "    namespace: %s" % proj(r),
             "    name: %s-db-conn" % proj(r)]
    return r.choice(["crossplane/rds.yaml", "platform/%s-db.yaml" % proj(r)]), "\n".join(lines) + "\n", "yaml", "secret_references"


def n_tf_backend_stub(r):
    d = {"version": 3, "terraform_version": "1.%d.%d" % (r.randint(5, 9), r.randint(0, 7)), "backend": {
        "type": "s3", "config": {"bucket": "%s-tfstate-%s" % (org(r), acct(r)), "key": "%s/terraform.tfstate" % proj(r),
                                 "region": r.choice(REGIONS), "dynamodb_table": "terraform-locks", "encrypt": True,
                                 "kms_key_id": "arn:aws:kms:%s:%s:key/%s" % (r.choice(REGIONS), acct(r), uuid4(r)),
                                 "access_key": None, "secret_key": None, "token": None, "profile": None, "role_arn": None},
        "hash": r.randint(10 ** 9, 4 * 10 ** 9)}}
    return ".terraform/terraform.tfstate", json.dumps(d, indent=2) + "\n", "json", "backend_config_no_creds"


def n_helm_digests(r):
    lines = ["image:", "  registry: docker.io", "  repository: bitnami/postgresql", "  digest: sha256:%s" % rhex(r, 64),
             "auth:", "  existingSecret: %s-pg" % proj(r), "  secretKeys:", "    adminPasswordKey: postgres-password",
             "    userPasswordKey: password", "metrics:", "  enabled: true", "  image:", "    digest: sha256:%s" % rhex(r, 64),
             "podAnnotations:", "  checksum/config: %s" % rhex(r, 64), "  vault.hashicorp.com/agent-inject: \"true\"",
             "  vault.hashicorp.com/role: %s" % proj(r), "  vault.hashicorp.com/agent-inject-secret-db: database/creds/%s" % proj(r)]
    return r.choice(["values-%s.yaml" % env(r), "charts/postgres/values.yaml"]), "\n".join(lines) + "\n", "yaml", "digests_and_refs"


def n_arm_outputs_ids(r):
    sub = uuid4(r)
    rg = "rg-%s" % proj(r)
    d = {"keyVaultUri": {"type": "String", "value": "https://kv-%s-%s.vault.azure.net/" % (proj(r), env(r))},
         "managedIdentityClientId": {"type": "String", "value": uuid4(r)},
         "managedIdentityPrincipalId": {"type": "String", "value": uuid4(r)},
         "storageAccountId": {"type": "String", "value": "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Storage/storageAccounts/st%s" % (sub, rg, rs(r, LO + DG, 12))},
         "appInsightsConnectionString": {"type": "String", "value": "InstrumentationKey=%s;IngestionEndpoint=https://%s-0.in.applicationinsights.azure.com/" % (uuid4(r), r.choice(AZ_LOC))},
         "tenantId": {"type": "String", "value": uuid4(r)}}
    return r.choice(["outputs.json", "bicep/outputs-%s.json" % env(r)]), json.dumps(d, indent=2) + "\n", "json", "azure_ids"


NEG_LOOKALIKES = [n_lock_hcl, n_infra_state, n_cdk_context, n_cdk_assets, n_plan_human, n_sops, n_tf_output_plain,
                  n_packer_manifest, n_vault_file, n_known_hosts, n_tls_outputs, n_changeset, n_crossplane_pc,
                  n_tf_backend_stub, n_helm_digests, n_arm_outputs_ids]


# ================================================================ driver

def needle_line(text, needle):
    idx = text.find(needle)
    if idx < 0:
        return None
    return text.count("\n", 0, idx) + 1


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_nv.py OUTDIR SEED\n")
        sys.exit(2)
    out = sys.argv[1]
    seed = int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = []

    def write(rel, text):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    order = []
    while len(order) < 500:
        t = list(POS_TEMPLATES)
        r.shuffle(t)
        order += t
    order = order[:500]
    for i, tpl in enumerate(order):
        for attempt in range(50):
            S = Slot(r, True)
            path, text, ft = tpl(r, S)
            if S.needle and "\n" not in S.needle:
                ln = needle_line(text, S.needle)
                if ln:
                    break
        else:
            raise RuntimeError("template %s failed" % tpl.__name__)
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        needles.append(S.needle)
        manifest.append({"file": rel, "label": "pos", "provider": S.provider, "kind": S.kind, "filetype": ft, "template": tpl.__name__[2:]})
        secrets.append({"file": rel, "needle": S.needle, "line": ln})

    neg_files = []
    nA = 250
    orderA = []
    while len(orderA) < nA:
        t = list(POS_TEMPLATES)
        r.shuffle(t)
        orderA += t
    orderB = []
    while len(orderB) < 500 - nA:
        t = list(NEG_LOOKALIKES)
        r.shuffle(t)
        orderB += t
    plan = [("A", t) for t in orderA[:nA]] + [("B", t) for t in orderB[:500 - nA]]
    r.shuffle(plan)
    for j, (mode, tpl) in enumerate(plan):
        if mode == "A":
            S = Slot(r, False)
            path, text, ft = tpl(r, S)
            nk = S.nkind
            tname = tpl.__name__[2:]
            prov = "n/a"
        else:
            path, text, ft, nk = tpl(r)
            tname = "neg_" + tpl.__name__[2:]
            prov = "n/a"
        base = os.path.basename(path)
        if base.startswith(".env") and base != ".env.example":
            path = path + ".example"
        rel = "neg/n%04d/%s" % (j, path)
        neg_files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": nk, "filetype": ft, "template": tname})

    # safety: negatives must not contain any positive needle
    for rel, text in neg_files:
        for nd in needles:
            if len(nd) >= 8 and nd in text:
                raise RuntimeError("negative %s contains a positive needle" % rel)
        write(rel, text)

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
