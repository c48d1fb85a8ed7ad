#!/usr/bin/env python3
"""gen_cg.py - blind evaluation set: credentials leaked through infrastructure-as-code files.

EMPHASIS
  Infrastructure-as-code state, plans and variables, where credentials end up in files that get
  committed by mistake: terraform.tfstate / .tfstate.backup (format v4 with resources/instances/
  attributes/sensitive_attributes, plus legacy v3 "modules/primary/attributes"), `terraform show -json`
  plans (variables, planned_values, resource_changes), `terraform output -json` captures, *.tfvars,
  *.auto.tfvars, *.tfvars.json, variables.tf defaults, provider/backend blocks, partial backend files,
  module calls, Terragrunt (inputs and generate "provider"), Pulumi.<stack>.yaml and `pulumi stack
  export`, CDK (cdk.json context, cdk-outputs.json), cdktf.out JSON, CloudFormation templates (NoEcho
  parameters with Default) and parameter files, SAM samconfig.toml, Packer (*.pkr.hcl, *.pkrvars.hcl),
  Crossplane (ProviderConfig Secrets, Compositions), Ansible wrappers around community.general.terraform,
  Makefiles / GitHub Actions / GitLab CI / Jenkinsfiles / shell / .envrc that pass -var or TF_VAR_*,
  .terraformrc / credentials.tfrc.json, generated kubeconfigs, Atlantis compose files, Terratest,
  Pulumi programs, runbooks.
  Kinds: database and admin passwords (human style), random_password results, AWS secret access keys
  (with their AKIA/ASIA id beside them), Azure storage account keys and client secrets, Cloudflare API
  tokens and global API keys, DigitalOcean PATs, Hetzner Cloud and Linode tokens, Datadog API and
  application keys, GitHub tokens, Vault tokens, Terraform Cloud tokens, TLS private keys (real RSA-2048
  PKCS#1/PKCS#8 and EC P-256 SEC1 keys, generated in pure Python), OpenSSH private keys (real RSA),
  Kubernetes service-account JWTs.  About half the positives use an obvious variable name, half a
  neutral one (e.g. "db_auth", "edge_automation", "cf"), a positional argument, or an HTTP header.

USAGE
  python3 gen_cg.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl,
  OUTDIR/secrets.jsonl.  Deterministic per SEED (a single random.Random(SEED); no clock, no urandom,
  no set iteration).  Standard library only.  Takes ~20 s (prime generation for RSA keys).

NEEDLE CONVENTIONS
  - needle is the secret exactly as written in the file; line is the 1-based line where it starts.
  - id/secret pairs (AWS key id + secret, Azure client id + secret, Cloudflare email + global key,
    DB username + password): the needle is the secret half only.
  - When a value is written inside a JSON string, the needle is the JSON-escaped form (a PEM key then
    reads "-----BEGIN ...-----\nMIIE...\n...": one line, with literal backslash-n).
  - Multi-line PEM/OpenSSH keys written contiguously: the needle is the whole block (BEGIN..END,
    with its trailing newline).  When the block is re-indented (YAML block scalar, HCL <<-EOT heredoc)
    the whole key is not one substring, so the needle is the BEGIN line plus the first body line,
    exactly as written (indentation included), starting on the BEGIN line.
  - A secret may occur more than once in its file (e.g. planned_values and resource_changes); line is
    the first occurrence.  Each positive holds exactly one credential.

NEGATIVES
  About half re-use the positive templates with the secret slot filled by a look-alike chosen for the
  context: placeholders ("CHANGE_ME", "<cloudflare-api-token>", "dop_v1_xxxx...", "ghp_XXXX...",
  "your-...-here"), AWS's documented example keys (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/...EXAMPLEKEY),
  masked/redacted values, empty strings, JSON null in state/plan (sensitive value absent), var.* and
  local/module/random_password references, data-source lookups (aws_secretsmanager_secret_version,
  vault_generic_secret, aws_ssm_parameter, azurerm_key_vault_secret), Terragrunt get_env()/sops_decrypt_file,
  CI secret references (${{ secrets.X }}, $X), Jenkins credentials(), Ansible lookups, shell command
  substitutions (vault kv get, aws secretsmanager, op read), CloudFormation {{resolve:...}} dynamic
  references, Pulumi "secure:" ciphertext, KMS ciphertext blobs (AQICAH...), SOPS ENC[...] values.
  The other half are domain look-alikes: state with manage_master_user_password (password null,
  secret ARN), state holding only ids/ARNs/etags/hashes/lineage UUIDs/random_id/random_pet, aws_key_pair
  and digitalocean_ssh_key public keys with fingerprints, github_actions_secret with only encrypted_value
  (sealed box), tls_certificate data sources (certificates, sha1 fingerprints), plans where
  random_password.result is unknown, sensitive=true variable declarations with no default,
  tfvars.example files, KMS ciphertext tfvars, Pulumi.<stack>.yaml with secure: values and
  encryptionsalt, stack exports with Pulumi secret-signature ciphertext objects, CloudFormation NoEcho
  parameters without defaults, UsePreviousValue parameter files, cdk.context.json lookups,
  .terraform.lock.hcl h1:/zh: hashes, exec-plugin kubeconfigs with certificate-authority-data,
  Crossplane secretRefs, OIDC-based workflows, Packer iso_checksum, Ansible Vault ciphertext, SOPS files,
  apply logs showing <sensitive>, cloud-init templates with authorized public keys, terraform-docs tables.

DOUBTS
  Formats written from memory / not fully confirmed from provider docs:
  - Cloudflare: the new scannable format "cfut_" + 40 chars + checksum is documented, but the checksum
    algorithm and length are not; I append 8 hex chars of CRC32 (a guess).  Legacy API tokens are
    written as 40 chars of [A-Za-z0-9_-]; legacy global API keys as 37 lowercase hex.
  - DigitalOcean "dop_v1_" + 64 lowercase hex (prefix confirmed; body length/alphabet from memory).
  - Hetzner Cloud: 64 alphanumeric chars (docs say a 64-byte string; alphabet from memory).
  - Linode: 64 lowercase hex (memory).  Datadog: API key 32 hex, application key 40 hex (memory).
  - GitHub: ghp_/gho_/ghs_/ghu_ + 30 random base62 + 6-char base62 CRC32 checksum (prefixes and
    alphabet from GitHub's changelog; checksum layout from memory and may not validate);
    github_pat_ + 22 + "_" + 59 alphanumerics (memory, checksum not modelled).
  - Vault: "hvs." + 24 base62 (short form), "hvs.CAESI..." + base64url (long service-token form,
    synthesised, not a real protobuf), legacy "s." + 24 chars.  Lengths from memory.
  - Terraform Cloud token: 14 chars + ".atlasv1." + 67 alphanumerics (memory).
  - Azure client secret: 3 chars + digit + "Q~" + 34 chars of [A-Za-z0-9_~.-] (memory); Azure storage
    key: base64 of 64 random bytes (88 chars).
  - AWS secret keys: 40 chars of [A-Za-z0-9+/]; key ids AKIA/ASIA + 16 base32 chars.
  - Kubernetes SA tokens are JWT-shaped with a random (not valid) RS256 signature.
  - Pulumi: secure values "v1:<nonce>:<ciphertext>" (passphrase) or "AAABA..." (service), salt
    "v1:..:v1:..:..", secret signature key 4dabf18193072939515e22adb298388d (memory).
  - KMS ciphertext blobs begin "AQICAHh" then random base64 (prefix from memory).
  - tls_private_key state entries fill only one private form (private_key_pem or
    private_key_openssh); the other private attributes are "" so the file has one needle.
    aws_iam_access_key.ses_smtp_password_v4 is null for the same reason (real state would hold it).
  Labels a reviewer might dispute:
  - KMS / SOPS / Pulumi / Ansible-Vault / sealed-box ciphertexts are labelled negative (needs a key
    held elsewhere), including a KMS blob used as a variable default.
  - AWS documentation example keys and "dop_v1_xxxx..." style placeholders are negative.
  - Certificates, public keys, fingerprints, lock-file hashes, etags, random_id/uuid values: negative.
  - Human-style passwords such as "Maple!@4821" or "orders_prod_quartz12" are positives.
  - random_password results in state/plan/output are positives (they are live credentials).

SEARCHES
  search(docs/pages): Vault token prefixes (hvs./hvb., s./b. legacy), DigitalOcean dop_v1_ prefix,
  GitHub token formats changelog (ghp_/gho_/ghu_/ghs_/ghr_, [A-Za-z0-9_]), Pulumi stack settings file
  (secretsprovider, encryptedkey, encryptionsalt), Terraform state file anatomy (version/serial/lineage,
  resources/instances), Cloudflare token formats page (cfk_/cfut_/cfat_ + 40 chars + checksum),
  Hetzner API FAQ (64-byte token, 32-byte prefix + 32-byte secret).
  Scanner-related material shown and ignored: a GitLab secrets-analyzer merge request adding
  DigitalOcean rules (mentioning a gitleaks PR), GitGuardian detector pages for DigitalOcean
  personal/refresh tokens and Cloudflare API credentials, and a Microsoft Purview sensitive-info-type
  page for GitHub PATs.  None of their patterns were used.
"""

import base64
import hashlib
import json
import os
import struct
import sys
import random
import zlib

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
HEX = "0123456789abcdef"
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
B32 = UP + "234567"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n):
    return rs(rng, HEX, n)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ruuid(rng):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


class Raw(str):
    """A value to be inserted verbatim (an expression, a null, a reference)."""


def hq(v):
    """HCL / generic double-quoted string, unless Raw."""
    if isinstance(v, Raw):
        return str(v)
    return '"%s"' % v


def jq(v):
    if isinstance(v, Raw):
        return str(v)
    return json.dumps(v)


def yq(v, style='"'):
    if isinstance(v, Raw):
        return str(v)
    if style == "'":
        return "'%s'" % v
    if style == "":
        return v
    return '"%s"' % v


def jdump(obj, indent=2):
    """json.dumps that lets Raw leaves through verbatim (for null / refs)."""
    marks = {}

    def walk(o):
        if isinstance(o, Raw):
            k = "@@RAW%d@@" % len(marks)
            marks[k] = str(o)
            return k
        if isinstance(o, dict):
            return {kk: walk(vv) for kk, vv in o.items()}
        if isinstance(o, list):
            return [walk(x) for x in o]
        return o

    s = json.dumps(walk(obj), indent=indent)
    for k, v in marks.items():
        s = s.replace('"%s"' % k, v)
    return s


def words_to(style, words):
    if style == "snake":
        return "_".join(words)
    if style == "screaming":
        return "_".join(w.upper() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    return "_".join(words)


def nm(c, style):
    return words_to(style, c.words)


ENVS = ["prod", "production", "staging", "stage", "dev", "qa", "sandbox", "uat", "perf", "shared"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
           "ap-northeast-1", "ca-central-1", "eu-north-1", "sa-east-1"]
TEAMS = ["platform", "payments", "search", "growth", "data", "identity", "infra", "billing",
         "checkout", "ledger", "notifications", "edge"]
APPS = ["orders", "catalog", "ledger", "gateway", "auth", "reports", "ingest", "webhooks",
        "scheduler", "inventory", "portal", "metrics", "mailer", "pricing"]
COMPANIES = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay", "wayne",
             "stark", "tyrell", "soylent", "wonka", "contoso", "fabrikam"]
TF_VERSIONS = ["1.3.9", "1.4.6", "1.5.7", "1.6.6", "1.7.5", "1.8.4", "1.9.8", "1.10.5", "1.5.2"]


def acct(rng):
    return "".join(rng.choice(DIG) for _ in range(12))


def tfver(rng):
    return pick(rng, TF_VERSIONS)


def ami(rng):
    return "ami-0" + rhex(rng, 16)


def short_id(rng, prefix, n=17):
    return prefix + "-0" + rhex(rng, n - 1)


# ---------------------------------------------------------------------------
# real key material (RSA / EC P-256), pure python, deterministic from rng
# ---------------------------------------------------------------------------

_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _gen_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _probable_prime(c, rng):
            return c


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return _der(0x02, b)


def _der_seq(*parts):
    return _der(0x30, b"".join(parts))


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")


def pem(label, der):
    s = b64(der)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


class RSAKey:
    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p = _gen_prime(rng, bits // 2)
            q = _gen_prime(rng, bits // 2)
            if p == q:
                continue
            phi = (p - 1) * (q - 1)
            if phi % e == 0:
                continue
            break
        if p < q:
            p, q = q, p
        self.n, self.e, self.p, self.q = p * q, e, p, q
        self.d = pow(e, -1, phi)
        self.dp, self.dq, self.qinv = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    def pkcs1(self):
        return _der_seq(_der_int(0), _der_int(self.n), _der_int(self.e), _der_int(self.d),
                        _der_int(self.p), _der_int(self.q), _der_int(self.dp), _der_int(self.dq),
                        _der_int(self.qinv))

    def pem_pkcs1(self):
        return pem("RSA PRIVATE KEY", self.pkcs1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", _der_seq(_der_int(0), _der_seq(OID_RSA, b"\x05\x00"),
                                           _der(0x04, self.pkcs1())))

    def spki(self):
        return _der_seq(_der_seq(OID_RSA, b"\x05\x00"),
                        _der(0x03, b"\x00" + _der_seq(_der_int(self.n), _der_int(self.e))))

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def ssh_blob(self):
        return _sshstr(b"ssh-rsa") + _mpint(self.e) + _mpint(self.n)

    def ssh_public(self, comment=""):
        s = "ssh-rsa " + b64(self.ssh_blob())
        return s + (" " + comment if comment else "")

    def openssh_private(self, rng, comment=""):
        chk = rng.getrandbits(32)
        priv = struct.pack(">II", chk, chk) + _sshstr(b"ssh-rsa") + _mpint(self.n) + \
            _mpint(self.e) + _mpint(self.d) + _mpint(self.qinv) + _mpint(self.p) + \
            _mpint(self.q) + _sshstr(comment.encode())
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        body = b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + \
            struct.pack(">I", 1) + _sshstr(self.ssh_blob()) + _sshstr(priv)
        s = b64(body)
        lines = [s[i:i + 70] for i in range(0, len(s), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----\n" % \
            "\n".join(lines)


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def _mpint(v):
    b = v.to_bytes((v.bit_length() + 7) // 8, "big") if v else b""
    if b and b[0] & 0x80:
        b = b"\x00" + b
    return _sshstr(b)


_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
_A = _P - 3
_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P1, P2):
    if P1 is None:
        return P2
    if P2 is None:
        return P1
    (x1, y1), (x2, y2) = P1, P2
    if x1 == x2 and (y1 + y2) % _P == 0:
        return None
    if P1 == P2:
        lam = (3 * x1 * x1 + _A) * pow(2 * y1, -1, _P) % _P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, _P) % _P
    x3 = (lam * lam - x1 - x2) % _P
    return (x3, (lam * (x1 - x3) - y1) % _P)


def _ec_mul(k, Pt):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, Pt)
        Pt = _ec_add(Pt, Pt)
        k >>= 1
    return R


class ECKey:
    def __init__(self, rng):
        self.d = rng.randrange(1, _N)
        self.Q = _ec_mul(self.d, _G)

    def point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def pem_sec1(self):
        der = _der_seq(_der_int(1), _der(0x04, self.d.to_bytes(32, "big")),
                       _der(0xa0, OID_P256), _der(0xa1, _der(0x03, b"\x00" + self.point())))
        return pem("EC PRIVATE KEY", der)

    def pem_public(self):
        return pem("PUBLIC KEY", _der_seq(_der_seq(OID_EC, OID_P256),
                                          _der(0x03, b"\x00" + self.point())))


def fake_cert_pem(rng, cn):
    """A certificate-shaped PEM (public material; body is structured but unsigned noise)."""
    body = bytes.fromhex("308203") + rbytes(rng, 1) + bytes.fromhex("308202") + rbytes(rng, 1) + \
        bytes.fromhex("a0030201020214") + rbytes(rng, 20) + \
        bytes.fromhex("300d06092a864886f70d01010b0500") + rbytes(rng, 40) + cn.encode() + \
        rbytes(rng, 660)
    return pem("CERTIFICATE", body)


def md5_colon(b):
    h = hashlib.md5(b).hexdigest()
    return ":".join(h[i:i + 2] for i in range(0, 32, 2))


def sha256_fp(b):
    return "SHA256:" + b64(hashlib.sha256(b).digest()).rstrip("=")


# ---------------------------------------------------------------------------
# credential generators (formats: see header, DOUBTS)
# ---------------------------------------------------------------------------

PW_WORDS = ["Falcon", "harbor", "Maple", "quartz", "Tundra", "copper", "Velvet", "orbit", "Cobalt",
            "lantern", "Saffron", "glacier", "Bramble", "pixel", "Juniper", "meteor", "Walnut",
            "canyon", "Otter", "thistle", "Marlin", "ember", "Cactus", "nimbus", "Pepper", "raven",
            "Sparrow", "tango", "Willow", "zephyr", "Basil", "fjord", "Mosaic", "kettle", "Dynamo"]
PW_SYMS = "!@&*-_=+?.^~"
RP_SPECIAL_SETS = ["!&*()-_=+[]{}<>:?", "!-_=+", "_-.", "!*-_", "()-_=+[]{}<>:?"]


def human_password(rng):
    k = rng.randrange(7)
    w1, w2 = pick(rng, PW_WORDS), pick(rng, PW_WORDS)
    if k == 0:
        return "%s%s%d%s" % (w1.capitalize(), w2.capitalize(), rng.randrange(10, 9999), pick(rng, PW_SYMS))
    if k == 1:
        leet = w1.capitalize().replace("a", "@").replace("o", "0").replace("e", "3")
        return "%s%s%d" % (leet, pick(rng, PW_SYMS), rng.randrange(100, 99999))
    if k == 2:
        return "-".join([w1.lower(), w2.lower(), pick(rng, PW_WORDS).lower(), str(rng.randrange(10, 99))])
    if k == 3:
        return rs(rng, ALNUM, rng.randrange(14, 22))
    if k == 4:
        return "%s_%s_%s%d" % (pick(rng, APPS).capitalize(), pick(rng, ENVS), w1.lower(), rng.randrange(1, 999))
    if k == 5:
        s = list(rs(rng, ALNUM, rng.randrange(12, 18)) + pick(rng, PW_SYMS) + pick(rng, DIG))
        rng.shuffle(s)
        return "".join(s)
    return "%s%s%s%d" % (w1.capitalize(), pick(rng, PW_SYMS), pick(rng, "!@&*"), rng.randrange(1000, 99999))


def tf_random_password(rng):
    special = pick(rng, RP_SPECIAL_SETS)
    n = pick(rng, [16, 20, 24, 24, 32, 40])
    pool = ALNUM + special
    while True:
        s = rs(rng, pool, n)
        if any(ch in special for ch in s) and any(ch in DIG for ch in s):
            return s, special, n


def _b62_int(v, width):
    out = ""
    while v:
        v, r = divmod(v, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(rng):
    if rng.random() < 0.7:
        prefix = pick(rng, ["ghp", "ghp", "ghp", "gho", "ghs", "ghu"])
        body = rs(rng, ALNUM, 30)
        return "%s_%s%s" % (prefix, body, _b62_int(zlib.crc32(body.encode()), 6))
    return "github_pat_%s_%s" % (rs(rng, ALNUM, 22), rs(rng, ALNUM, 59))


def cloudflare_token(rng):
    if rng.random() < 0.65:
        return rs(rng, ALNUM + "_-", 40)
    body = rs(rng, ALNUM, 40)
    return "cfut_%s%08x" % (body, zlib.crc32(body.encode()))


def vault_token(rng):
    r = rng.random()
    if r < 0.45:
        return "hvs." + rs(rng, ALNUM, 24)
    if r < 0.8:
        inner = b"\n\x1c" + ("hvs." + rs(rng, ALNUM, 24)).encode()
        return "hvs.CAESI" + b64u(rbytes(rng, 30) + b"\x1a\x1e" + inner)[:86]
    return "s." + rs(rng, ALNUM, 24)


def aws_key(rng):
    kid = pick(rng, ["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(rng, B32, 16)
    return rs(rng, ALNUM + "+/", 40), kid


def azure_client_secret(rng):
    return rs(rng, ALNUM, 3) + pick(rng, DIG) + "Q~" + rs(rng, ALNUM + "_~.-", 34)


def tfc_token(rng):
    return rs(rng, ALNUM, 14) + ".atlasv1." + rs(rng, ALNUM, 67)


def kube_jwt(rng, ns, sa):
    hdr = {"alg": "RS256", "kid": b64u(rbytes(rng, 32))}
    now = 1690000000 + rng.randrange(60000000)
    pl = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": now + 31536000, "iat": now,
          "iss": "https://kubernetes.default.svc.cluster.local",
          "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": ruuid(rng)}},
          "nbf": now, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(rbytes(rng, 256)))


class Cred:
    """One credential (or, for negatives, the slot it would occupy)."""

    def __init__(self, rng, ctype):
        self.rng = rng
        self.ctype = ctype
        d = CTYPES[ctype]
        self.provider = pick(rng, d["providers"])
        self.kind = d["kind"]
        self.obvious = rng.random() < 0.5
        self.words = list(pick(rng, d["obvious"] if self.obvious else d["neutral"]))
        self.env = pick(rng, d["env"])
        self.pub = None
        self.extra = {}
        self.multiline = False
        self.neg = False
        self.neg_kind = None
        self._fill = {}
        d["gen"](self, rng)

    # value of the secret slot for a given context
    def v(self, ctx="str"):
        if not self.neg:
            return self.secret
        if ctx not in self._fill:
            self._fill[ctx] = neg_fill(self.rng, self, ctx, self.words)
            if self.neg_kind is None:
                self.neg_kind = self._fill[ctx][1]
        return self._fill[ctx][0]

    # value of the public half (access key id, username...) for a given context
    def p(self, ctx="str"):
        if not self.neg or self.ctype != "aws_key":
            return self.pub
        self.v(ctx)
        val = self._fill[ctx]
        if val[1] == "doc_example":
            return "AKIAIOSFODNN7EXAMPLE"
        key = ("pub", ctx)
        if key not in self._fill:
            self._fill[key] = neg_fill(self.rng, self, ctx, ["access", "key", "id"], like=val[2])
        return self._fill[key][0]


def g_db(c, rng):
    c.secret = human_password(rng)
    c.pub = pick(rng, ["admin", "postgres", "app", "dbadmin", "root", "master", "svc_" + pick(rng, APPS)])


def g_admin(c, rng):
    c.secret = human_password(rng)
    c.pub = pick(rng, ["admin", "Administrator", "azureuser", "grafana-admin", "ops"])


def g_random(c, rng):
    c.secret, c.extra["special"], c.extra["length"] = tf_random_password(rng)
    c.pub = pick(rng, ["app", "admin", "service"])


def g_aws(c, rng):
    c.secret, c.pub = aws_key(rng)


def g_azkey(c, rng):
    c.secret = b64(rbytes(rng, 64))
    c.pub = pick(rng, COMPANIES) + pick(rng, ["tfstate", "state", "infra", "logs"]) + rs(rng, LO + DIG, 5)


def g_azsp(c, rng):
    c.secret = azure_client_secret(rng)
    c.pub = ruuid(rng)


def g_cf(c, rng):
    c.secret = cloudflare_token(rng)


def g_cfglobal(c, rng):
    c.secret = rhex(rng, 37)
    c.pub = "%s@%s.com" % (pick(rng, ["ops", "infra", "dns", "admin", "hostmaster"]), pick(rng, COMPANIES))


def g_do(c, rng):
    c.secret = "dop_v1_" + rhex(rng, 64)


def g_hcloud(c, rng):
    c.secret = rs(rng, ALNUM, 64)


def g_linode(c, rng):
    c.secret = rhex(rng, 64)


def g_ddapi(c, rng):
    c.secret = rhex(rng, 32)


def g_ddapp(c, rng):
    c.secret = rhex(rng, 40)


def g_gh(c, rng):
    c.secret = github_token(rng)
    c.pub = pick(rng, COMPANIES) + pick(rng, ["", "-inc", "-eng", "hq"])


def g_vault(c, rng):
    c.secret = vault_token(rng)


def g_tfc(c, rng):
    c.secret = tfc_token(rng)


def g_tls(c, rng):
    c.multiline = True
    r = rng.random()
    if r < 0.25:
        k = ECKey(rng)
        c.secret = k.pem_sec1()
        c.extra["algorithm"] = "ECDSA"
    else:
        k = RSAKey(rng, 2048)
        c.secret = k.pem_pkcs1() if r < 0.7 else k.pem_pkcs8()
        c.extra["algorithm"] = "RSA"
        c.extra["ssh_pub"] = k.ssh_public()
        c.extra["blob"] = k.ssh_blob()
    c.extra["pub_pem"] = k.pem_public()
    c.key = k


def g_ssh(c, rng):
    c.multiline = True
    k = RSAKey(rng, 2048)
    comment = pick(rng, ["", "deploy@ci", "terraform", "ansible@bastion", "ops@" + pick(rng, COMPANIES)])
    c.secret = k.openssh_private(rng, comment)
    c.extra["pub_pem"] = k.pem_public()
    c.extra["ssh_pub"] = k.ssh_public()
    c.extra["blob"] = k.ssh_blob()
    c.extra["algorithm"] = "RSA"
    c.key = k


def g_kube(c, rng):
    ns = pick(rng, ["kube-system", "ci", "argocd", "terraform", "default", "platform"])
    sa = pick(rng, ["terraform", "deployer", "ci-bot", "cluster-admin-sa", "gitlab-runner"])
    c.secret = kube_jwt(rng, ns, sa)
    c.pub = "https://%s.%s.%s.eks.amazonaws.com" % (rhex(rng, 32).upper(), pick(rng, ["gr7", "yl4", "sk1"]),
                                                    pick(rng, REGIONS))
    c.extra["ns"], c.extra["sa"] = ns, sa


W = lambda *a: [list(x.split()) for x in a]  # noqa: E731

CTYPES = {
    "db_password": dict(kind="database_password", gen=g_db,
                        providers=["aws-rds", "postgresql", "mysql", "azure-sql", "gcp-cloudsql", "aurora"],
                        obvious=W("db password", "database password", "master password", "rds master password",
                                  "postgres password", "mysql root password", "db admin password"),
                        neutral=W("db auth", "primary db login", "rds bootstrap", "orders db", "master input",
                                  "pg main", "sql admin phrase", "ledger store"),
                        env=["TF_VAR_db_password", "PGPASSWORD", "MYSQL_PWD", "TF_VAR_master_password"]),
    "admin_password": dict(kind="admin_password", gen=g_admin,
                           providers=["azure-vm", "grafana", "windows", "rabbitmq", "keycloak"],
                           obvious=W("admin password", "vm admin password", "winrm password", "grafana admin password",
                                     "ssh password"),
                           neutral=W("admin login", "bootstrap admin", "vm logon", "break glass", "console access"),
                           env=["TF_VAR_admin_password", "PKR_VAR_winrm_password", "GRAFANA_AUTH"]),
    "random_password": dict(kind="random_password", gen=g_random, providers=["terraform-random"],
                            obvious=W("db password", "generated password", "master password", "app password"),
                            neutral=W("app db", "main", "primary", "svc"),
                            env=["TF_VAR_db_password"]),
    "aws_key": dict(kind="aws_secret_access_key", gen=g_aws, providers=["aws"],
                    obvious=W("aws secret access key", "aws secret key", "secret key", "aws secret"),
                    neutral=W("aws sk", "deploy user b", "ci aws 2", "uploader cred"),
                    env=["AWS_SECRET_ACCESS_KEY", "TF_VAR_aws_secret_key"]),
    "azure_storage_key": dict(kind="storage_account_key", gen=g_azkey, providers=["azure"],
                              obvious=W("storage access key", "storage account key", "arm access key"),
                              neutral=W("state store", "backend blob", "tfstate sa"),
                              env=["ARM_ACCESS_KEY", "TF_VAR_storage_access_key"]),
    "azure_client_secret": dict(kind="client_secret", gen=g_azsp, providers=["azure"],
                                obvious=W("client secret", "arm client secret", "sp client secret"),
                                neutral=W("sp cred", "arm sp", "spn value"),
                                env=["ARM_CLIENT_SECRET", "TF_VAR_client_secret"]),
    "cloudflare": dict(kind="api_token", gen=g_cf, providers=["cloudflare"],
                       obvious=W("cloudflare api token", "cf api token", "cloudflare token"),
                       neutral=W("cf dns edit", "edge automation", "cloudflare zone access", "cf"),
                       env=["CLOUDFLARE_API_TOKEN", "TF_VAR_cloudflare_api_token", "CF_API_TOKEN"]),
    "cloudflare_global": dict(kind="global_api_key", gen=g_cfglobal, providers=["cloudflare"],
                              obvious=W("cloudflare api key", "cf global api key"),
                              neutral=W("cf account", "cloudflare legacy"),
                              env=["CLOUDFLARE_API_KEY", "TF_VAR_cloudflare_api_key"]),
    "digitalocean": dict(kind="personal_access_token", gen=g_do, providers=["digitalocean"],
                         obvious=W("do token", "digitalocean token", "do api token"),
                         neutral=W("do", "droplet provisioner", "do pat", "ocean"),
                         env=["DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN", "TF_VAR_do_token"]),
    "hetzner": dict(kind="api_token", gen=g_hcloud, providers=["hetzner"],
                    obvious=W("hcloud token", "hetzner api token", "hetzner token"),
                    neutral=W("hcloud", "hetzner project rw", "hz"),
                    env=["HCLOUD_TOKEN", "TF_VAR_hcloud_token"]),
    "linode": dict(kind="api_token", gen=g_linode, providers=["linode"],
                   obvious=W("linode token", "linode api token"),
                   neutral=W("linode", "lke provisioner", "akamai cloud"),
                   env=["LINODE_TOKEN", "TF_VAR_linode_token", "LINODE_CLI_TOKEN"]),
    "datadog_api": dict(kind="api_key", gen=g_ddapi, providers=["datadog"],
                        obvious=W("datadog api key", "dd api key"),
                        neutral=W("dd intake", "datadog site ingest", "dd"),
                        env=["DD_API_KEY", "DATADOG_API_KEY", "TF_VAR_datadog_api_key"]),
    "datadog_app": dict(kind="application_key", gen=g_ddapp, providers=["datadog"],
                        obvious=W("datadog app key", "dd app key", "datadog application key"),
                        neutral=W("dd monitors rw", "datadog tf"),
                        env=["DD_APP_KEY", "DATADOG_APP_KEY", "TF_VAR_datadog_app_key"]),
    "github": dict(kind="github_token", gen=g_gh, providers=["github"],
                   obvious=W("github token", "gh token", "github pat"),
                   neutral=W("gh", "repo bot", "org automation", "atlantis gh"),
                   env=["GITHUB_TOKEN", "GH_TOKEN", "TF_VAR_github_token", "ATLANTIS_GH_TOKEN"]),
    "vault": dict(kind="vault_token", gen=g_vault, providers=["hashicorp-vault"],
                  obvious=W("vault token", "vault root token"),
                  neutral=W("vault", "vault login", "kv reader"),
                  env=["VAULT_TOKEN", "TF_VAR_vault_token"]),
    "tfc": dict(kind="terraform_cloud_token", gen=g_tfc, providers=["terraform-cloud"],
                obvious=W("tfe token", "tfc token", "terraform cloud token"),
                neutral=W("tfe", "workspace runner", "tfc org"),
                env=["TF_TOKEN_app_terraform_io", "TFE_TOKEN"]),
    "tls_key": dict(kind="tls_private_key", gen=g_tls, providers=["tls"],
                    obvious=W("private key pem", "tls private key", "ca private key"),
                    neutral=W("ca pem", "signing material", "cert bundle"),
                    env=["TF_VAR_private_key_pem"]),
    "ssh_key": dict(kind="ssh_private_key", gen=g_ssh, providers=["tls", "ssh"],
                    obvious=W("ssh private key", "private key openssh", "deploy key"),
                    neutral=W("bastion identity", "provisioner connection", "node access"),
                    env=["TF_VAR_ssh_private_key", "SSH_PRIVATE_KEY"]),
    "kube_token": dict(kind="kubeconfig_token", gen=g_kube, providers=["kubernetes"],
                       obvious=W("kube token", "cluster token", "k8s token"),
                       neutral=W("cluster auth", "eks access", "kube"),
                       env=["KUBE_TOKEN", "TF_VAR_cluster_token"]),
}

CT_WEIGHTS = {"db_password": 11, "admin_password": 5, "random_password": 7, "aws_key": 9,
              "azure_storage_key": 3, "azure_client_secret": 3, "cloudflare": 6, "cloudflare_global": 2,
              "digitalocean": 6, "hetzner": 5, "linode": 4, "datadog_api": 4, "datadog_app": 3,
              "github": 6, "vault": 5, "tfc": 3, "tls_key": 5, "ssh_key": 4, "kube_token": 4}


# ---------------------------------------------------------------------------
# negative fillers for a secret slot, per writing context
# ---------------------------------------------------------------------------

PREFIX_PLACEHOLDER = {
    "digitalocean": lambda r: "dop_v1_" + "x" * 64,
    "github": lambda r: pick(r, ["ghp_" + "X" * 36, "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                                 "github_pat_<redacted>"]),
    "vault": lambda r: pick(r, ["hvs.XXXXXXXXXXXXXXXXXXXXXXXX", "s.xxxxxxxxxxxxxxxxxxxxxxxx", "hvs.<token>"]),
    "aws_key": lambda r: pick(r, ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<aws-secret-access-key>"]),
    "cloudflare": lambda r: pick(r, ["cfut_<token>", "Y" * 40, "<cloudflare-api-token>"]),
    "hetzner": lambda r: "<hcloud-token-64-chars>",
    "linode": lambda r: "0" * 64,
    "datadog_api": lambda r: pick(r, ["<DATADOG_API_KEY>", "x" * 32]),
    "datadog_app": lambda r: pick(r, ["<DATADOG_APP_KEY>", "x" * 40]),
    "tfc": lambda r: "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "tls_key": lambda r: "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
    "ssh_key": lambda r: "-----BEGIN OPENSSH PRIVATE KEY-----\n<paste key here>\n-----END OPENSSH PRIVATE KEY-----",
    "kube_token": lambda r: "<service-account-token>",
}


def _ph(r, c, w):
    k = r.randrange(9)
    if k == 0:
        return pick(r, ["CHANGE_ME", "changeme", "REPLACE_ME", "TODO", "FIXME", "set-me", "replace-me"])
    if k == 1:
        return "<%s>" % words_to("kebab", w)
    if k == 2:
        return "<YOUR_%s>" % words_to("screaming", w)
    if k == 3:
        return "your-%s-here" % words_to("kebab", w)
    if k == 4:
        return "x" * r.randrange(8, 41)
    if k == 5 and c.ctype in PREFIX_PLACEHOLDER:
        return PREFIX_PLACEHOLDER[c.ctype](r)
    if k == 6:
        return pick(r, ["TODO: fetch from 1Password", "see vault: secret/%s" % pick(r, APPS),
                        "ask #%s-oncall" % pick(r, TEAMS), "stored in SSM"])
    if k == 7:
        return pick(r, ["<generated>", "managed-by-secrets-manager", "set via TF_VAR_%s" % words_to("snake", w),
                        "dummy", "not-a-real-secret"])
    return "${%s}" % c.env if r.random() < 0.5 else "<%s>" % words_to("snake", w)


def _masked(r, c, w):
    return pick(r, ["********", "****************", "[REDACTED]", "<redacted>", "REDACTED", "xxxx-redacted-xxxx",
                    "••••••••"])


def _kms(r, c, w):
    return "AQICAHh" + b64(rbytes(r, r.randrange(150, 260)))[7:]


def _sops(r, c, w):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        b64(rbytes(r, r.randrange(12, 40))), b64(rbytes(r, 32)), b64(rbytes(r, 16)))


def _var(r, c, w):
    return Raw("var.%s" % words_to("snake", w))


def _dataref(r, c, w):
    s = words_to("snake", w)
    return Raw(pick(r, [
        "data.aws_secretsmanager_secret_version.%s.secret_string" % s,
        'jsondecode(data.aws_secretsmanager_secret_version.%s.secret_string)["%s"]' % (pick(r, APPS), s),
        'data.vault_generic_secret.%s.data["%s"]' % (pick(r, APPS), s),
        'data.vault_kv_secret_v2.%s.data["value"]' % s,
        "data.aws_ssm_parameter.%s.value" % s,
        "data.azurerm_key_vault_secret.%s.value" % s.replace("_", ""),
        "data.google_secret_manager_secret_version.%s.secret_data" % s,
    ]))


def _resref(r, c, w):
    return Raw(pick(r, ["random_password.%s.result" % pick(r, ["db", "master", "this", "admin"]),
                        "module.secrets.%s" % words_to("snake", w),
                        "sensitive(var.%s)" % words_to("snake", w),
                        "local.%s" % words_to("snake", w)]))


def _tgref(r, c, w):
    return Raw(pick(r, ['get_env("%s")' % c.env,
                        'get_env("%s", "")' % c.env,
                        'dependency.secrets.outputs.%s' % words_to("snake", w),
                        'local.secrets.%s' % words_to("snake", w),
                        'jsondecode(sops_decrypt_file("${get_terragrunt_dir()}/secrets.enc.json")).%s'
                        % words_to("snake", w)]))


def _shellref(r, c, w):
    return Raw(pick(r, ['"$%s"' % c.env, '"${%s}"' % c.env, "${%s:?missing}" % c.env,
                        '"$(vault kv get -field=%s secret/%s/%s)"' % (words_to("snake", w), pick(r, TEAMS), pick(r, APPS)),
                        '"$(aws secretsmanager get-secret-value --secret-id %s/%s --query SecretString --output text)"'
                        % (pick(r, ENVS), words_to("kebab", w)),
                        '"$(op read op://%s/%s/credential)"' % (pick(r, TEAMS), words_to("kebab", w)),
                        '"$(cat /run/secrets/%s)"' % words_to("snake", w)]))


def _makeref(r, c, w):
    return Raw(pick(r, ["$(%s)" % c.env, "$${%s}" % c.env, "$(shell vault kv get -field=value secret/%s)"
                        % words_to("kebab", w)]))


def _ciref(r, c, w):
    return Raw(pick(r, ["${{ secrets.%s }}" % c.env.replace("TF_VAR_", "").upper(),
                        "${{ secrets.%s }}" % words_to("screaming", w),
                        "$%s" % c.env, "${%s}" % c.env]))


def _ansref(r, c, w):
    return Raw(pick(r, ['"{{ vault_%s }}"' % words_to("snake", w),
                        "\"{{ lookup('env', '%s') }}\"" % c.env,
                        "\"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/%s:%s') }}\""
                        % (pick(r, APPS), words_to("snake", w)),
                        "\"{{ lookup('amazon.aws.aws_ssm', '/%s/%s', decrypt=true) }}\""
                        % (pick(r, ENVS), words_to("kebab", w))]))


def _cfnref(r, c, w):
    return pick(r, ["{{resolve:secretsmanager:%s/%s:SecretString:%s}}" % (pick(r, ENVS), pick(r, APPS),
                                                                         words_to("camel", w)),
                    "{{resolve:ssm-secure:/%s/%s/%s:%d}}" % (pick(r, ENVS), pick(r, APPS), words_to("kebab", w),
                                                             r.randrange(1, 9)),
                    "{{resolve:secretsmanager:arn:aws:secretsmanager:%s:%s:secret:%s-%s}}"
                    % (pick(r, REGIONS), acct(r), words_to("kebab", w), rs(r, ALNUM, 6))])


def _null(r, c, w):
    return Raw("null")


def _empty(r, c, w):
    return ""


def _pulumi_secure(r, c, w):
    if r.random() < 0.6:
        return Raw("\n    secure: v1:%s:%s" % (b64(rbytes(r, 12)), b64(rbytes(r, r.randrange(20, 80)))))
    return Raw("\n    secure: AAABA%s" % b64(rbytes(r, r.randrange(30, 80))))


NEG_POOLS = {
    "tfvars": [("placeholder", _ph, 5), ("masked", _masked, 1), ("empty", _empty, 2), ("kms_ciphertext", _kms, 1)],
    "hcl": [("var_reference", _var, 4), ("secret_manager_ref", _dataref, 4), ("resource_reference", _resref, 2),
            ("placeholder", _ph, 2), ("empty", _empty, 1)],
    "tg": [("env_reference", _tgref, 4), ("placeholder", _ph, 2), ("empty", _empty, 1)],
    "json": [("placeholder", _ph, 4), ("empty", _empty, 2), ("null", _null, 1), ("kms_ciphertext", _kms, 1),
             ("sops_ciphertext", _sops, 1)],
    "state": [("null", _null, 3), ("empty", _empty, 1)],
    "yaml": [("placeholder", _ph, 4), ("empty", _empty, 1), ("sops_ciphertext", _sops, 1), ("masked", _masked, 1)],
    "pulumi": [("pulumi_secure", _pulumi_secure, 5), ("placeholder", _ph, 1)],
    "ansible": [("secret_manager_ref", _ansref, 4), ("placeholder", _ph, 1)],
    "ci": [("env_reference", _ciref, 5), ("placeholder", _ph, 1)],
    "shell": [("env_reference", _shellref, 5), ("placeholder", _ph, 1)],
    "make": [("env_reference", _makeref, 4), ("placeholder", _ph, 1)],
    "cfn": [("secret_manager_ref", _cfnref, 4), ("placeholder", _ph, 1), ("empty", _empty, 1)],
    "jenkins": [("secret_manager_ref", lambda r, c, w: Raw("credentials('%s')" % words_to("kebab", w)), 4),
                ("placeholder", _ph, 1)],
    "md": [("placeholder", _ph, 3), ("masked", _masked, 2), ("env_reference", _shellref, 1)],
}


def neg_fill(rng, c, ctx, words, like=None):
    pool = NEG_POOLS.get(ctx, NEG_POOLS["yaml"])
    if like is not None:
        idx = like
    else:
        tot = sum(p[2] for p in pool)
        x = rng.randrange(tot)
        idx = 0
        while x >= pool[idx][2]:
            x -= pool[idx][2]
            idx += 1
    kind, fn, _ = pool[idx]
    val = fn(rng, c, words)
    if kind == "placeholder" and c.ctype == "aws_key" and val.startswith("wJalrXUtnFEMI"):
        kind = "doc_example"
    if kind == "doc_example" and like is not None:
        val = "AKIAIOSFODNN7EXAMPLE"
    return val, kind, idx


# ---------------------------------------------------------------------------
# Terraform state / plan builders
# ---------------------------------------------------------------------------

def ts(rng):
    return "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randrange(22, 26), rng.randrange(1, 13), rng.randrange(1, 29),
                                                   rng.randrange(24), rng.randrange(60), rng.randrange(60))


def prov(name, ns="hashicorp"):
    return 'provider["registry.terraform.io/%s/%s"]' % (ns, name)


def sattr(*names):
    return [[{"type": "get_attr", "value": n}] for n in names]


def inst(attrs, sens=(), deps=None, private=None, schema=0, index_key=None):
    d = {}
    if index_key is not None:
        d["index_key"] = index_key
    d["schema_version"] = schema
    d["attributes"] = attrs
    d["sensitive_attributes"] = sattr(*sens)
    if private is not False:
        d["private"] = private or "bnVsbA=="
    if deps:
        d["dependencies"] = deps
    return d


def res(rtype, name, provider, instances, mode="managed", module=None):
    d = {}
    if module:
        d["module"] = module
    d["mode"] = mode
    d["type"] = rtype
    d["name"] = name
    d["provider"] = provider
    d["instances"] = instances
    return d


def state_doc(rng, resources, outputs=None, serial=None):
    return jdump({
        "version": 4,
        "terraform_version": tfver(rng),
        "serial": serial if serial is not None else rng.randrange(1, 400),
        "lineage": ruuid(rng),
        "outputs": outputs or {},
        "resources": resources,
        "check_results": None,
    }) + "\n"


def filler_resources(rng, env, n=None):
    """Harmless resources: ids, ARNs, etags, hashes, no secrets."""
    out = []
    a = acct(rng)
    region = pick(rng, REGIONS)
    choices = list(range(6))
    rng.shuffle(choices)
    for k in choices[: (n if n is not None else rng.randrange(1, 3))]:
        if k == 0:
            b = "%s-%s-%s-%s" % (pick(rng, COMPANIES), pick(rng, APPS), env, rs(rng, LO + DIG, 6))
            out.append(res("aws_s3_bucket", pick(rng, ["assets", "logs", "artifacts"]), prov("aws"), [inst({
                "arn": "arn:aws:s3:::" + b, "bucket": b, "bucket_domain_name": b + ".s3.amazonaws.com",
                "bucket_regional_domain_name": "%s.s3.%s.amazonaws.com" % (b, region), "force_destroy": False,
                "hosted_zone_id": "Z" + rs(rng, UP + DIG, 13), "id": b, "object_lock_enabled": False,
                "region": region, "tags": {"Environment": env, "ManagedBy": "terraform"}})]))
        elif k == 1:
            vid = short_id(rng, "vpc")
            out.append(res("aws_security_group", pick(rng, ["app", "db", "lb"]), prov("aws"), [inst({
                "arn": "arn:aws:ec2:%s:%s:security-group/%s" % (region, a, short_id(rng, "sg")),
                "description": "Managed by Terraform", "id": short_id(rng, "sg"), "name": "%s-%s" % (env, pick(rng, APPS)),
                "owner_id": a, "revoke_rules_on_delete": False, "vpc_id": vid,
                "tags": {"Name": "%s-sg" % env}}, schema=1, private="eyJzY2hlbWFfdmVyc2lvbiI6IjEifQ==")]))
        elif k == 2:
            key = "%s/%s.json" % (pick(rng, ["config", "static", "releases"]), pick(rng, APPS))
            out.append(res("aws_s3_object", "config", prov("aws"), [inst({
                "bucket": "%s-%s-config" % (pick(rng, COMPANIES), env), "key": key, "content_type": "application/json",
                "etag": rhex(rng, 32), "id": key, "source_hash": rhex(rng, 32), "storage_class": "STANDARD",
                "version_id": rs(rng, ALNUM + "._", 32)})]))
        elif k == 3:
            out.append(res("aws_iam_role", pick(rng, ["lambda_exec", "task", "ci"]), prov("aws"), [inst({
                "arn": "arn:aws:iam::%s:role/%s-%s" % (a, env, pick(rng, APPS)),
                "assume_role_policy": json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                                                  "Principal": {"Service": "ecs-tasks.amazonaws.com"},
                                                  "Action": "sts:AssumeRole"}]}),
                "create_date": ts(rng), "id": "%s-%s" % (env, pick(rng, APPS)), "max_session_duration": 3600,
                "path": "/", "unique_id": "AROA" + rs(rng, B32, 17)})]))
        elif k == 4:
            rb = rbytes(rng, 4)
            out.append(res("random_id", "suffix", prov("random"), [inst({
                "b64_std": b64(rb), "b64_url": b64u(rb), "byte_length": 4,
                "dec": str(int.from_bytes(rb, "big")), "hex": rb.hex(), "id": b64u(rb),
                "keepers": None, "prefix": None})]))
        else:
            lg = "/ecs/%s-%s" % (env, pick(rng, APPS))
            out.append(res("aws_cloudwatch_log_group", "app", prov("aws"), [inst({
                "arn": "arn:aws:logs:%s:%s:log-group:%s" % (region, a, lg),
                "id": lg, "kms_key_id": "", "log_group_class": "STANDARD",
                "retention_in_days": pick(rng, [7, 14, 30, 90]), "skip_destroy": False})]))
    return out


def holder_resource(rng, c, env):
    """A state resource whose attributes hold the credential (or its negative slot)."""
    v = c.v("state")
    a = acct(rng)
    region = pick(rng, REGIONS)
    sn = words_to("snake", c.words)
    ct = c.ctype
    specific = rng.random() < 0.65
    if specific and ct == "db_password":
        k = rng.randrange(3)
        if k == 0:
            ident = "%s-%s" % (pick(rng, APPS), env)
            return res("aws_db_instance", pick(rng, ["main", "primary", "this"]), prov("aws"), [inst({
                "address": "%s.c%s.%s.rds.amazonaws.com" % (ident, rs(rng, LO + DIG, 10), region),
                "allocated_storage": pick(rng, [20, 50, 100]), "arn": "arn:aws:rds:%s:%s:db:%s" % (region, a, ident),
                "db_name": pick(rng, APPS), "engine": pick(rng, ["postgres", "mysql"]),
                "engine_version": pick(rng, ["15.4", "14.10", "8.0.35"]), "id": "db-" + rs(rng, B32, 26),
                "identifier": ident, "instance_class": pick(rng, ["db.t3.micro", "db.r6g.large", "db.m6g.xlarge"]),
                "manage_master_user_password": None, "master_user_secret": [], "multi_az": rng.random() < 0.5,
                "password": v, "port": 5432, "publicly_accessible": False, "storage_encrypted": True,
                "username": c.p("state"), "vpc_security_group_ids": [short_id(rng, "sg")]},
                sens=("password",), schema=2, private="eyJlMmJmYjczMC1lY2FhLTExZTYtOGY4OC0zNDM2M2JjN2M0YzAiOnsiY3JlYXRlIjoyNDAwMDAwMDAwMDAwfX0=")])
        if k == 1:
            srv = "%s-sql-%s" % (pick(rng, COMPANIES), env)
            return res("azurerm_mssql_server", "main", prov("azurerm"), [inst({
                "administrator_login": c.p("state"), "administrator_login_password": v,
                "fully_qualified_domain_name": srv + ".database.windows.net",
                "id": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Sql/servers/%s" % (ruuid(rng), env, srv),
                "location": pick(rng, ["westeurope", "eastus2", "uksouth"]), "minimum_tls_version": "1.2",
                "name": srv, "public_network_access_enabled": False, "version": "12.0"},
                sens=("administrator_login_password",))])
        return res("google_sql_user", "app", prov("google"), [inst({
            "deletion_policy": None, "host": "", "id": "%s/%s-%s/%s" % (c.p("state"), pick(rng, APPS), env, ""),
            "instance": "%s-%s" % (pick(rng, APPS), env), "name": c.p("state"), "password": v,
            "project": "%s-%s" % (pick(rng, COMPANIES), env), "type": ""}, sens=("password",), schema=1)])
    if specific and ct == "admin_password":
        vm = "vm-%s-%s-%02d" % (pick(rng, APPS), env, rng.randrange(1, 20))
        return res("azurerm_windows_virtual_machine", "jumpbox", prov("azurerm"), [inst({
            "admin_password": v, "admin_username": c.p("state"), "computer_name": vm[:15],
            "id": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Compute/virtualMachines/%s"
                  % (ruuid(rng), env, vm), "location": "westeurope", "name": vm,
            "size": pick(rng, ["Standard_B2ms", "Standard_D4s_v5"]), "virtual_machine_id": ruuid(rng)},
            sens=("admin_password",))])
    if ct == "random_password":
        bc = "$2a$10$" + rs(rng, ALNUM + "./", 53)
        return res("random_password", pick(rng, ["db", "master", "this", "admin", "app"]), prov("random"), [inst({
            "bcrypt_hash": bc if not c.neg else v, "id": "none", "keepers": None, "length": c.extra["length"],
            "lower": True, "min_lower": 0, "min_numeric": 0, "min_special": 0, "min_upper": 0, "number": True,
            "numeric": True, "override_special": c.extra["special"], "result": v, "special": True, "upper": True},
            sens=("bcrypt_hash", "result"), schema=3)])
    if specific and ct == "aws_key":
        user = "%s-%s" % (pick(rng, ["ci", "deploy", "backup", "uploader", "terraform"]), env)
        return res("aws_iam_access_key", pick(rng, ["ci", "this", "deploy"]), prov("aws"), [inst({
            "create_date": ts(rng), "encrypted_secret": None, "encrypted_ses_smtp_password_v4": None,
            "id": c.p("state"), "key_fingerprint": None, "pgp_key": None, "secret": v,
            "ses_smtp_password_v4": None, "status": "Active", "user": user},
            sens=("secret", "ses_smtp_password_v4"), deps=["aws_iam_user.%s" % user.split("-")[0]])])
    if specific and ct == "azure_client_secret":
        return res("azuread_application_password", "sp", prov("azuread"), [inst({
            "application_id": "/applications/" + ruuid(rng), "display_name": "terraform-%s" % env,
            "end_date": ts(rng), "id": "%s/password/%s" % (ruuid(rng), ruuid(rng)), "key_id": ruuid(rng),
            "rotate_when_changed": None, "start_date": ts(rng), "value": v}, sens=("value",))])
    if specific and ct == "cloudflare":
        return res("cloudflare_api_token", pick(rng, ["dns_edit", "ci", "workers"]), prov("cloudflare", "cloudflare"), [inst({
            "condition": [], "expires_on": None, "id": rhex(rng, 32), "issued_on": ts(rng), "modified_on": ts(rng),
            "name": "%s %s token" % (env, pick(rng, ["dns", "workers", "cache purge"])), "not_before": None,
            "policy": [{"effect": "allow", "permission_groups": [rhex(rng, 32)],
                        "resources": {"com.cloudflare.api.account.zone.%s" % rhex(rng, 32): "*"}}],
            "status": "active", "value": v}, sens=("value",))])
    if specific and ct in ("datadog_api", "datadog_app"):
        rt = "datadog_api_key" if ct == "datadog_api" else "datadog_application_key"
        return res(rt, pick(rng, ["ci", "agent", "terraform"]), prov("datadog", "DataDog"), [inst({
            "id": ruuid(rng) if ct == "datadog_app" else rs(rng, LO + DIG, 20), "key": v,
            "name": "%s-%s" % (env, pick(rng, APPS))}, sens=("key",))])
    if specific and ct == "linode":
        return res("linode_token", "ci", prov("linode", "linode"), [inst({
            "created": ts(rng), "expiry": ts(rng), "id": str(rng.randrange(10 ** 6, 10 ** 8)),
            "label": "%s-ci" % env, "scopes": pick(rng, ["*", "linodes:read_write domains:read_write"]),
            "token": v}, sens=("token",))])
    if specific and ct == "vault":
        return res("vault_token", pick(rng, ["ci", "app"]), prov("vault"), [inst({
            "client_token": v, "display_name": "token-%s" % pick(rng, APPS), "explicit_max_ttl": None,
            "id": rs(rng, ALNUM, 24), "lease_duration": 2764800, "lease_started": ts(rng), "metadata": None,
            "namespace": None, "no_default_policy": None, "no_parent": None, "num_uses": 0, "period": None,
            "policies": ["%s-read" % pick(rng, APPS)], "renew_increment": None, "renew_min_lease": None,
            "renewable": True, "role_name": None, "ttl": "768h", "wrapping_accessor": None,
            "wrapped_token": None, "wrapping_ttl": None}, sens=("client_token", "wrapped_token"))])
    if specific and ct == "tfc":
        return res(pick(rng, ["tfe_team_token", "tfe_organization_token"]), "ci", prov("tfe"), [inst({
            "expired_at": None, "force_regenerate": None, "id": "at-" + rs(rng, ALNUM, 16),
            "team_id": "team-" + rs(rng, ALNUM, 16), "token": v}, sens=("token",))])
    if ct in ("tls_key", "ssh_key"):
        k = c.key
        isssh = ct == "ssh_key"
        alg = c.extra["algorithm"]
        return res("tls_private_key", pick(rng, ["this", "deployer", "ca", "bastion", "ssh"]), prov("tls"), [inst({
            "algorithm": alg, "ecdsa_curve": "P256" if alg == "ECDSA" else "P224",
            "id": rhex(rng, 40),
            "private_key_openssh": v if isssh else "",
            "private_key_pem": v if not isssh else "",
            "private_key_pem_pkcs8": "",
            "public_key_fingerprint_md5": md5_colon(c.extra["blob"]) if "blob" in c.extra else "",
            "public_key_fingerprint_sha256": sha256_fp(c.extra["blob"]) if "blob" in c.extra else "",
            "public_key_openssh": c.extra.get("ssh_pub", "") + ("\n" if "ssh_pub" in c.extra else ""),
            "public_key_pem": c.extra["pub_pem"],
            "rsa_bits": 2048}, sens=("private_key_openssh", "private_key_pem", "private_key_pem_pkcs8"))])
    if specific and ct == "kube_token":
        return res("kubernetes_secret_v1", "sa_token", prov("kubernetes"), [inst({
            "binary_data": None, "data": {"ca.crt": "(see cluster)", "namespace": c.extra["ns"], "token": v},
            "id": "%s/%s-token" % (c.extra["ns"], c.extra["sa"]), "immutable": False,
            "metadata": [{"annotations": {"kubernetes.io/service-account.name": c.extra["sa"]},
                          "generate_name": "", "generation": 0, "labels": None,
                          "name": "%s-token" % c.extra["sa"], "namespace": c.extra["ns"],
                          "resource_version": str(rng.randrange(10 ** 5, 10 ** 7)), "uid": ruuid(rng)}],
            "timeouts": None, "type": "kubernetes.io/service-account-token",
            "wait_for_service_account_token": True}, sens=("binary_data", "data"))])
    # generic holders
    k = rng.randrange(5)
    pname = "/%s/%s/%s" % (env, pick(rng, APPS), words_to("kebab", c.words))
    if k == 0:
        return res("aws_ssm_parameter", sn, prov("aws"), [inst({
            "allowed_pattern": "", "arn": "arn:aws:ssm:%s:%s:parameter%s" % (region, a, pname), "data_type": "text",
            "description": "Managed by Terraform", "id": pname, "insecure_value": None, "key_id": "alias/aws/ssm",
            "name": pname, "overwrite": None, "tags": {"team": pick(rng, TEAMS)}, "tier": "Standard",
            "type": "SecureString", "value": v, "version": rng.randrange(1, 12)}, sens=("value",))])
    if k == 1:
        arn = "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (region, a, pname[1:], rs(rng, ALNUM, 6))
        vid = ruuid(rng)
        return res("aws_secretsmanager_secret_version", sn, prov("aws"), [inst({
            "arn": arn, "id": "%s|%s" % (arn, vid), "secret_binary": "", "secret_id": arn, "secret_string": v,
            "version_id": vid, "version_stages": ["AWSCURRENT"]}, sens=("secret_binary", "secret_string"))])
    if k == 2:
        repo = "%s-%s" % (pick(rng, APPS), pick(rng, ["infra", "service", "api", "deploy"]))
        name = c.env.replace("TF_VAR_", "").upper()
        return res("github_actions_secret", sn, prov("github", "integrations"), [inst({
            "created_at": ts(rng), "encrypted_value": "", "id": "%s:%s" % (repo, name), "plaintext_value": v,
            "repository": repo, "secret_name": name, "updated_at": ts(rng)},
            sens=("encrypted_value", "plaintext_value"))])
    if k == 3:
        kv = "kv-%s-%s" % (pick(rng, COMPANIES), env)
        ver = rhex(rng, 32)
        name = words_to("kebab", c.words)
        return res("azurerm_key_vault_secret", sn, prov("azurerm"), [inst({
            "content_type": "", "expiration_date": None,
            "id": "https://%s.vault.azure.net/secrets/%s/%s" % (kv, name, ver),
            "key_vault_id": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.KeyVault/vaults/%s"
                            % (ruuid(rng), env, kv), "name": name, "not_before_date": None,
            "tags": {}, "value": v, "version": ver,
            "versionless_id": "https://%s.vault.azure.net/secrets/%s" % (kv, name)}, sens=("value",))])
    return res("kubernetes_secret", sn.replace("_", "-") if False else sn, prov("kubernetes"), [inst({
        "binary_data": None, "data": {words_to("snake", c.words): v},
        "id": "%s/%s" % (pick(rng, ["default", "apps", "platform", "ci"]), words_to("kebab", c.words)),
        "immutable": False, "metadata": [{"annotations": None, "generate_name": "", "generation": 0,
                                          "labels": {"app.kubernetes.io/managed-by": "terraform"},
                                          "name": words_to("kebab", c.words), "namespace": "default",
                                          "resource_version": str(rng.randrange(10 ** 5, 10 ** 7)), "uid": ruuid(rng)}],
        "timeouts": None, "type": "Opaque", "wait_for_service_account_token": True}, sens=("binary_data", "data"))])


# ---------------------------------------------------------------------------
# positive templates (also re-used for negatives with the slot filled by a look-alike)
# each returns (relpath, text, filetype)
# ---------------------------------------------------------------------------

POS_T = []


def template(accepts=None, weight=1):
    def deco(fn):
        POS_T.append((fn.__name__, fn, accepts, weight))
        return fn
    return deco


SINGLE = [k for k in CTYPES if k not in ("tls_key", "ssh_key", "random_password")]
NOKEY = [k for k in CTYPES if k not in ("tls_key", "ssh_key")]
LITERAL_OK = [k for k in CTYPES if k != "random_password"]


def envname(rng):
    return pick(rng, ENVS)


def state_path(rng, env, backup=False):
    p = pick(rng, ["terraform.tfstate", "envs/%s/terraform.tfstate" % env, "infra/%s/terraform.tfstate" % pick(rng, APPS),
                   "terraform.tfstate.d/%s/terraform.tfstate" % env, "stacks/%s/%s/terraform.tfstate" % (pick(rng, APPS), env),
                   "live/%s/%s/terraform.tfstate" % (env, pick(rng, ["rds", "dns", "network", "k8s", "monitoring"]))])
    return p + (".backup" if backup else "")


@template(weight=7)
def t_tfstate(rng, c):
    env = envname(rng)
    rs_ = filler_resources(rng, env)
    rs_.insert(rng.randrange(len(rs_) + 1), holder_resource(rng, c, env))
    return state_path(rng, env), state_doc(rng, rs_), "tfstate"


@template(weight=3)
def t_tfstate_backup(rng, c):
    env = envname(rng)
    rs_ = [holder_resource(rng, c, env)] + filler_resources(rng, env, 1)
    return state_path(rng, env, True), state_doc(rng, rs_), "tfstate.backup"


@template(accepts=NOKEY, weight=3)
def t_tfstate_outputs(rng, c):
    env = envname(rng)
    name = words_to("snake", c.words)
    outs = {}
    outs["%s_endpoint" % pick(rng, APPS)] = {"value": "%s.%s.internal:443" % (pick(rng, APPS), env), "type": "string"}
    if c.ctype == "aws_key" and rng.random() < 0.6:
        outs["access_key_id"] = {"value": c.p("state"), "type": "string"}
    outs[name] = {"value": c.v("state"), "type": "string", "sensitive": True}
    outs["vpc_id"] = {"value": short_id(rng, "vpc"), "type": "string"}
    return state_path(rng, env), state_doc(rng, filler_resources(rng, env), outs), "tfstate"


def flatten(prefix, o, out):
    if isinstance(o, dict):
        out[prefix + "%" if prefix else "%"] = str(len(o))
        for k, v in o.items():
            flatten(prefix + k + "." if prefix else k + ".", v, out) if isinstance(v, (dict, list)) else \
                out.__setitem__(prefix + k, v)
    elif isinstance(o, list):
        out[prefix + "#"] = str(len(o))
        for i, v in enumerate(o):
            if isinstance(v, (dict, list)):
                flatten(prefix + str(i) + ".", v, out)
            else:
                out[prefix + str(i)] = v


@template(weight=2)
def t_tfstate_v3(rng, c):
    env = envname(rng)
    h = holder_resource(rng, c, env)
    attrs = {}
    for k, v in h["instances"][0]["attributes"].items():
        if isinstance(v, (dict, list)):
            sub = {}
            flatten("", v, sub)
            for kk, vv in sub.items():
                attrs["%s.%s" % (k, kk)] = vv if isinstance(vv, (str, Raw)) else json.dumps(vv)
        elif v is None:
            attrs[k] = ""
        elif isinstance(v, bool):
            attrs[k] = "true" if v else "false"
        elif isinstance(v, Raw):
            attrs[k] = "" if v == "null" else v
        else:
            attrs[k] = str(v)
    rid = str(attrs.get("id", "") or rhex(rng, 20))
    doc = {"version": 3, "terraform_version": pick(rng, ["0.11.14", "0.11.8", "0.12.31"]),
           "serial": rng.randrange(1, 90), "lineage": ruuid(rng),
           "modules": [{"path": ["root"], "outputs": {}, "resources": {
               "%s.%s" % (h["type"], h["name"]): {"type": h["type"], "depends_on": [],
                                                  "primary": {"id": rid, "attributes": attrs, "meta": {},
                                                              "tainted": False},
                                                  "deposed": [], "provider": "provider.%s" % h["type"].split("_")[0]}},
               "depends_on": []}]}
    return state_path(rng, env, rng.random() < 0.3), jdump(doc, 4) + "\n", "tfstate"


@template(weight=3)
def t_tfstate_module(rng, c):
    env = envname(rng)
    h = holder_resource(rng, c, env)
    h = dict([("module", "module.%s" % pick(rng, ["database", "secrets", "platform", "bootstrap", "ci"]))] + list(h.items()))
    rs_ = filler_resources(rng, env, 2) + [h]
    return pick(rng, ["terraform.tfstate", "state/%s.tfstate" % env, "%s.tfstate" % env]), state_doc(rng, rs_), "tfstate"


def plan_path(rng, env):
    return pick(rng, ["plan.json", "tfplan.json", "plans/%s.tfplan.json" % env, "out/plan.json",
                      "artifacts/%s-plan.json" % env, "tfplan.%s.json" % env])


@template(accepts=LITERAL_OK, weight=3)
def t_tfplan_vars(rng, c):
    env = envname(rng)
    name = words_to("snake", c.words)
    variables = {"environment": {"value": env}, "region": {"value": pick(rng, REGIONS)}}
    if c.ctype == "aws_key":
        variables["access_key"] = {"value": c.p("state")}
    variables[name] = {"value": c.v("state")}
    variables["tags"] = {"value": {"Team": pick(rng, TEAMS), "ManagedBy": "terraform"}}
    b = "%s-%s-%s" % (pick(rng, COMPANIES), pick(rng, APPS), env)
    doc = {"format_version": "1.2", "terraform_version": tfver(rng), "variables": variables,
           "planned_values": {"root_module": {"resources": [{
               "address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this",
               "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
               "values": {"bucket": b, "force_destroy": False, "tags": {"Environment": env}},
               "sensitive_values": {"tags": {}}}]}},
           "resource_changes": [{"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket",
                                 "name": "this", "provider_name": "registry.terraform.io/hashicorp/aws",
                                 "change": {"actions": ["create"], "before": None,
                                            "after": {"bucket": b, "force_destroy": False},
                                            "after_unknown": {"arn": True, "id": True},
                                            "before_sensitive": False, "after_sensitive": {}}}],
           "configuration": {"root_module": {"variables": {name: {"sensitive": True}, "environment": {},
                                                           "region": {"default": "us-east-1"}}}},
           "timestamp": ts(rng), "applyable": True, "complete": True, "errored": False}
    return plan_path(rng, env), jdump(doc, pick(rng, [2, 4])) + "\n", "tfplan-json"


@template(weight=4)
def t_tfplan_changes(rng, c):
    env = envname(rng)
    h = holder_resource(rng, c, env)
    attrs = h["instances"][0]["attributes"]
    addr = "%s.%s" % (h["type"], h["name"])
    sens = {a[0]["value"]: True for a in h["instances"][0]["sensitive_attributes"]}
    pn = h["provider"].split('"')[1]
    doc = {"format_version": "1.2", "terraform_version": tfver(rng),
           "planned_values": {"root_module": {"resources": [{"address": addr, "mode": "managed", "type": h["type"],
                                                              "name": h["name"], "provider_name": pn,
                                                              "schema_version": 0, "values": attrs,
                                                              "sensitive_values": sens}]}},
           "resource_changes": [{"address": addr, "mode": "managed", "type": h["type"], "name": h["name"],
                                 "provider_name": pn, "change": {"actions": [pick(rng, ["create", "update"])],
                                                                 "before": None, "after": {"id": attrs.get("id")},
                                                                 "after_unknown": {}, "before_sensitive": False,
                                                                 "after_sensitive": sens}}],
           "prior_state": {"format_version": "1.0", "terraform_version": tfver(rng), "values": {"root_module": {}}},
           "timestamp": ts(rng), "errored": False}
    return plan_path(rng, env), jdump(doc) + "\n", "tfplan-json"


@template(accepts=LITERAL_OK, weight=2)
def t_tfvars_json(rng, c):
    env = envname(rng)
    style = pick(rng, ["snake", "snake", "camel"])
    d = {"environment": env, "region": pick(rng, REGIONS), "instance_count": rng.randrange(1, 6)}
    if c.ctype == "aws_key":
        d[words_to(style, ["aws", "access", "key"])] = c.p("json")
    if rng.random() < 0.5:
        d[nm(c, style)] = c.v("json")
    else:
        d[pick(rng, ["settings", "secrets", "config", "provider_config"])] = {nm(c, style): c.v("json"),
                                                                               "enabled": True}
    d["tags"] = {"Owner": pick(rng, TEAMS), "CostCenter": str(rng.randrange(1000, 9999))}
    path = pick(rng, ["terraform.tfvars.json", "%s.auto.tfvars.json" % env, "envs/%s.tfvars.json" % env,
                      "config/%s/terraform.tfvars.json" % env])
    return path, jdump(d, pick(rng, [2, 4])) + "\n", "tfvars.json"


@template(accepts=NOKEY, weight=2)
def t_tf_output_json(rng, c):
    env = envname(rng)
    d = {"cluster_name": {"sensitive": False, "type": "string", "value": "%s-%s" % (pick(rng, APPS), env)}}
    d[words_to("snake", c.words)] = {"sensitive": True, "type": "string", "value": c.v("json")}
    d["lb_dns_name"] = {"sensitive": False, "type": "string",
                        "value": "%s-%s-%d.%s.elb.amazonaws.com" % (env, pick(rng, APPS), rng.randrange(10 ** 8, 10 ** 9),
                                                                   pick(rng, REGIONS))}
    path = pick(rng, ["outputs.json", "tf-outputs.json", "ci/%s-outputs.json" % env, "terraform-output.json"])
    return path, jdump(d) + "\n", "tf-output-json"


@template(accepts=NOKEY, weight=2)
def t_pulumi_export(rng, c):
    env = envname(rng)
    proj = pick(rng, APPS) + "-infra"
    stack = "organization/%s/%s" % (proj, env)
    outputs = {"bucketName": "%s-%s" % (proj, rs(rng, LO + DIG, 7)), words_to("camel", c.words): c.v("json")}
    doc = {"version": 3, "deployment": {
        "manifest": {"time": ts(rng).replace("Z", ".%06d+00:00" % rng.randrange(10 ** 6)), "magic": rhex(rng, 64),
                     "version": "v3.%d.0" % rng.randrange(80, 140)},
        "secrets_providers": {"type": "passphrase", "state": {"salt": "v1:%s:v1:%s:%s" % (
            b64(rbytes(rng, 8)), b64(rbytes(rng, 12)), b64(rbytes(rng, 32)))}},
        "resources": [
            {"urn": "urn:pulumi:%s::%s::pulumi:pulumi:Stack::%s-%s" % (env, proj, proj, env), "custom": False,
             "type": "pulumi:pulumi:Stack", "outputs": outputs, "created": ts(rng), "modified": ts(rng)},
            {"urn": "urn:pulumi:%s::%s::pulumi:providers:aws::default_6_%d_0" % (env, proj, rng.randrange(10, 60)),
             "custom": True, "id": ruuid(rng), "type": "pulumi:providers:aws",
             "inputs": {"region": pick(rng, REGIONS), "version": "6.%d.0" % rng.randrange(10, 60)}}]}}
    path = pick(rng, ["stack-export.json", "backups/%s.json" % env, "state/%s.stack.json" % env, "%s-export.json" % env])
    return path, jdump(doc, pick(rng, [2, 4])) + "\n", "pulumi-export-json"


@template(accepts=NOKEY, weight=2)
def t_cdk_outputs(rng, c):
    env = envname(rng)
    stack = "%s%sStack" % (pick(rng, APPS).capitalize(), env.capitalize())
    o = {"ApiEndpoint%s" % rhex(rng, 8).upper(): "https://%s.execute-api.%s.amazonaws.com/prod/" % (
        rs(rng, LO + DIG, 10), pick(rng, REGIONS))}
    if c.ctype == "aws_key":
        o["AccessKeyId"] = c.p("json")
    o[words_to("pascal", c.words) + pick(rng, ["", "Output", "Value"])] = c.v("json")
    o["BucketName"] = "%s-%s" % (stack.lower(), rs(rng, LO + DIG, 12))
    path = pick(rng, ["cdk-outputs.json", "outputs/%s.json" % env, "cdk.out/outputs.json"])
    return path, jdump({stack: o}) + "\n", "cdk-outputs-json"


@template(accepts=LITERAL_OK, weight=1)
def t_cdk_json(rng, c):
    env = envname(rng)
    ctx = {"@aws-cdk/aws-lambda:recognizeLayerVersion": True, "@aws-cdk/core:checkSecretUsage": True,
           "@aws-cdk/aws-iam:minimizePolicies": True, "environment": env, "account": acct(rng),
           words_to("camel", c.words): c.v("json"), "region": pick(rng, REGIONS)}
    doc = {"app": pick(rng, ["npx ts-node --prefer-ts-exts bin/app.ts", "python3 app.py", "mvn -e -q compile exec:java"]),
           "watch": {"include": ["**"], "exclude": ["README.md", "cdk*.json", "node_modules", "test"]}, "context": ctx}
    return pick(rng, ["cdk.json", "infra/cdk.json"]), jdump(doc) + "\n", "cdk-json"


@template(accepts=LITERAL_OK, weight=2)
def t_cfn_params(rng, c):
    env = envname(rng)
    ps = [{"ParameterKey": "Environment", "ParameterValue": env},
          {"ParameterKey": "VpcId", "ParameterValue": short_id(rng, "vpc")}]
    if c.ctype == "aws_key":
        ps.append({"ParameterKey": "AccessKeyId", "ParameterValue": c.p("cfn")})
    ps.insert(rng.randrange(1, len(ps) + 1), {"ParameterKey": words_to("pascal", c.words), "ParameterValue": c.v("cfn")})
    ps.append({"ParameterKey": "InstanceType", "ParameterValue": pick(rng, ["t3.small", "m6i.large"])})
    path = pick(rng, ["cloudformation/parameters/%s.json" % env, "cfn/params-%s.json" % env, "deploy/%s-parameters.json" % env])
    return path, jdump(ps, pick(rng, [2, 4])) + "\n", "cfn-params-json"


PROVIDER_SRC = {"cloudflare": "cloudflare/cloudflare", "cloudflare_global": "cloudflare/cloudflare",
                "digitalocean": "digitalocean/digitalocean", "hetzner": "hetznercloud/hcloud", "linode": "linode/linode",
                "datadog_api": "DataDog/datadog", "datadog_app": "DataDog/datadog", "github": "integrations/github",
                "vault": "hashicorp/vault", "tfc": "hashicorp/tfe", "aws_key": "hashicorp/aws",
                "azure_client_secret": "hashicorp/azurerm", "azure_storage_key": "hashicorp/azurerm",
                "db_password": "cyrilgdn/postgresql", "admin_password": "grafana/grafana",
                "kube_token": "hashicorp/kubernetes", "tls_key": "integrations/github", "ssh_key": "hashicorp/null"}


def provider_block(rng, c, ctx, quote=hq):
    """(provider name, list of body lines) with the secret slot."""
    v = quote(c.v(ctx))
    ct = c.ctype
    if ct == "cloudflare":
        return "cloudflare", ["api_token = %s" % v]
    if ct == "cloudflare_global":
        return "cloudflare", ["email   = %s" % quote(c.pub), "api_key = %s" % v]
    if ct == "digitalocean":
        return "digitalocean", ["token = %s" % v]
    if ct == "hetzner":
        return "hcloud", ["token = %s" % v]
    if ct == "linode":
        return "linode", ["token = %s" % v]
    if ct == "datadog_api":
        return "datadog", ["api_key = %s" % v, "app_key = var.datadog_app_key", 'api_url = "https://api.datadoghq.eu/"']
    if ct == "datadog_app":
        return "datadog", ["api_key = var.datadog_api_key", "app_key = %s" % v]
    if ct == "github":
        return "github", ["owner = %s" % quote(c.pub), "token = %s" % v]
    if ct == "vault":
        return "vault", ['address = "https://vault.%s.internal:8200"' % pick(rng, COMPANIES), "token   = %s" % v]
    if ct == "tfc":
        return "tfe", ['hostname = "app.terraform.io"', "token    = %s" % v]
    if ct == "aws_key":
        return "aws", ['region     = "%s"' % pick(rng, REGIONS), "access_key = %s" % quote(c.p(ctx)), "secret_key = %s" % v]
    if ct == "azure_client_secret":
        return "azurerm", ["features {}", 'subscription_id = "%s"' % ruuid(rng), 'tenant_id       = "%s"' % ruuid(rng),
                           'client_id       = "%s"' % c.pub, "client_secret   = %s" % v]
    if ct == "azure_storage_key":
        return "azurerm", ["features {}", "storage_use_azuread = false",
                           'subscription_id = "%s"' % ruuid(rng), "# storage account %s" % c.pub,
                           "# access key used by the azapi shim", "%s = %s" % (words_to("snake", c.words), v)]
    if ct in ("db_password", "random_password"):
        if rng.random() < 0.5:
            return "postgresql", ['host     = "%s.%s.internal"' % (pick(rng, APPS), pick(rng, ENVS)), "port     = 5432",
                                  'username = "%s"' % c.pub, "password = %s" % v, 'sslmode  = "require"']
        return "mysql", ['endpoint = "%s.cluster-%s.%s.rds.amazonaws.com:3306"' % (pick(rng, APPS), rs(rng, LO + DIG, 12),
                                                                                  pick(rng, REGIONS)),
                         'username = "%s"' % c.pub, "password = %s" % v]
    if ct == "admin_password":
        if rng.random() < 0.5 and not isinstance(c.v(ctx), Raw):
            return "grafana", ['url  = "https://grafana.%s.io"' % pick(rng, COMPANIES),
                               'auth = "%s:%s"' % (c.pub, c.v(ctx))]
        return "rabbitmq", ['endpoint = "https://mq.%s.internal:15671"' % pick(rng, COMPANIES),
                            'username = "%s"' % c.pub, "password = %s" % v]
    if ct == "kube_token":
        return "kubernetes", ['host                   = "%s"' % c.pub,
                              "cluster_ca_certificate = base64decode(var.cluster_ca)", "token                  = %s" % v]
    raise KeyError(ct)


PROV_OK = [k for k in CTYPES if k not in ("tls_key", "ssh_key", "random_password")]


def hcl_value(v, indent=""):
    """A tfvars/HCL right-hand side; multi-line PEMs become heredocs."""
    if isinstance(v, Raw):
        return str(v)
    if "\n" in v:
        body = v.rstrip("\n")
        return "<<-EOT\n%s\n%sEOT" % ("\n".join(indent + "  " + ln for ln in body.split("\n")), indent)
    return '"%s"' % v


def hcl_plain_heredoc(v):
    if isinstance(v, Raw):
        return str(v)
    if "\n" in v:
        return "<<EOF\n%sEOF" % (v if v.endswith("\n") else v + "\n")
    return '"%s"' % v


def tfvars_path(rng, env):
    return pick(rng, ["terraform.tfvars", "%s.tfvars" % env, "envs/%s/terraform.tfvars" % env, "secrets.auto.tfvars",
                      "%s.auto.tfvars" % env, "vars/%s.tfvars" % env, "environments/%s.tfvars" % env])


def tfvars_filetype(path):
    return "auto.tfvars" if path.endswith(".auto.tfvars") else "tfvars"


@template(accepts=LITERAL_OK, weight=3)
def t_tfvars(rng, c):
    env = envname(rng)
    lines = []
    if rng.random() < 0.6:
        lines += ["# %s environment" % env, "# managed by %s" % pick(rng, TEAMS), ""]
    lines += ['environment    = "%s"' % env, 'region         = "%s"' % pick(rng, REGIONS),
              'project        = "%s-%s"' % (pick(rng, COMPANIES), pick(rng, APPS))]
    if rng.random() < 0.5:
        lines += ["instance_type  = \"%s\"" % pick(rng, ["t3.medium", "m6i.large", "cx21", "s-2vcpu-4gb", "g6-standard-2"]),
                  "min_size       = %d" % rng.randrange(1, 3), "max_size       = %d" % rng.randrange(3, 10)]
    lines.append("")
    if c.ctype == "aws_key":
        lines.append('aws_access_key = %s' % hq(c.p("tfvars")))
    if c.ctype in ("db_password", "admin_password"):
        lines.append('%s = "%s"' % (pick(rng, ["db_username", "admin_username", "master_username"]), c.pub))
    lines.append("%s = %s" % (nm(c, "snake"), hcl_value(c.v("tfvars"))))
    lines += ["", "tags = {", '  Team        = "%s"' % pick(rng, TEAMS), '  Environment = "%s"' % env, "}"]
    path = tfvars_path(rng, env)
    return path, "\n".join(lines) + "\n", tfvars_filetype(path)


@template(accepts=LITERAL_OK, weight=2)
def t_tfvars_object(rng, c):
    env = envname(rng)
    grp = pick(rng, ["database", "monitoring", "dns", "ci", "cluster", "provider_config", "integrations"])
    lines = ['name_prefix = "%s-%s"' % (pick(rng, APPS), env), "",
             "%s = {" % grp, '  enabled = true', '  region  = "%s"' % pick(rng, REGIONS)]
    if c.ctype in ("db_password", "admin_password"):
        lines += ['  engine  = "postgres"', '  user    = "%s"' % c.pub]
    if c.ctype == "aws_key":
        lines.append('  access_key_id = %s' % hq(c.p("tfvars")))
    lines.append("  %s = %s" % (pick(rng, [nm(c, "snake"), c.words[-1]]), hcl_value(c.v("tfvars"), "  ")))
    lines += ["}", "", "allowed_cidrs = [", '  "10.%d.0.0/16",' % rng.randrange(255), '  "172.16.%d.0/24",' % rng.randrange(255), "]"]
    path = tfvars_path(rng, env)
    return path, "\n".join(lines) + "\n", tfvars_filetype(path)


@template(accepts=LITERAL_OK, weight=2)
def t_variables_default(rng, c):
    name = nm(c, "snake")
    lines = ['variable "region" {', '  type    = string', '  default = "%s"' % pick(rng, REGIONS), "}", "",
             'variable "environment" {', "  type        = string",
             '  description = "Deployment environment name"', "}", ""]
    lines += ['variable "%s" {' % name, "  type        = string",
              '  description = "%s"' % pick(rng, ["Used by the provider", "Do not commit", "Temporary until SSM is wired",
                                                  "Credential for %s" % c.provider, "See README"]),
              "  sensitive   = true", "  default     = %s" % hcl_value(c.v("tfvars"), "  "), "}"]
    return pick(rng, ["variables.tf", "vars.tf", "modules/%s/variables.tf" % pick(rng, APPS)]), "\n".join(lines) + "\n", "terraform-hcl"


@template(accepts=PROV_OK, weight=3)
def t_provider_tf(rng, c):
    pname, body = provider_block(rng, c, "hcl")
    src = PROVIDER_SRC[c.ctype]
    if pname == "postgresql":
        src = "cyrilgdn/postgresql"
    elif pname == "mysql":
        src = "petoju/mysql"
    elif pname == "rabbitmq":
        src = "cyrilgdn/rabbitmq"
    lines = ["terraform {", '  required_version = ">= 1.%d"' % rng.randrange(3, 8), "  required_providers {",
             "    %s = {" % pname, '      source  = "%s"' % src, '      version = "~> %d.%d"' % (rng.randrange(1, 6), rng.randrange(0, 40)),
             "    }", "  }", "}", ""]
    if rng.random() < 0.5:
        lines.append("# TODO move to env var before merging")
    lines.append('provider "%s" {' % pname)
    w = max(len(b.split("=")[0].rstrip()) for b in body if "=" in b) if any("=" in b for b in body) else 0
    for b in body:
        lines.append("  " + b)
    lines.append("}")
    return pick(rng, ["providers.tf", "provider.tf", "versions.tf", "main.tf", "%s/providers.tf" % pick(rng, APPS)]), \
        "\n".join(lines) + "\n", "terraform-hcl"


@template(accepts=["aws_key", "azure_storage_key", "tfc"], weight=2)
def t_backend(rng, c):
    env = envname(rng)
    if c.ctype == "aws_key":
        body = ['bucket     = "%s-tfstate-%s"' % (pick(rng, COMPANIES), acct(rng)),
                'key        = "%s/%s/terraform.tfstate"' % (env, pick(rng, APPS)), 'region     = "%s"' % pick(rng, REGIONS),
                'dynamodb_table = "terraform-locks"', "encrypt    = true",
                "access_key = %s" % hq(c.p("hcl")), "secret_key = %s" % hq(c.v("hcl"))]
        bname = "s3"
    elif c.ctype == "azure_storage_key":
        body = ['resource_group_name  = "rg-tfstate-%s"' % env, 'storage_account_name = "%s"' % c.pub,
                'container_name       = "tfstate"', 'key                  = "%s.terraform.tfstate"' % pick(rng, APPS),
                "access_key           = %s" % hq(c.v("hcl"))]
        bname = "azurerm"
    else:
        body = ['hostname     = "app.terraform.io"', 'organization = "%s"' % pick(rng, COMPANIES),
                "token        = %s" % hq(c.v("hcl")), "", "workspaces {", '  prefix = "%s-"' % pick(rng, APPS), "}"]
        bname = "remote"
    if pick(rng, [0, 1]) and c.ctype != "tfc":
        # partial backend configuration file
        path = pick(rng, ["backend.hcl", "backend-%s.hcl" % env, "config/%s.backend.tfbackend" % env])
        txt = "\n".join(b for b in body if not b.startswith(("workspaces", "}", "  "))) + "\n"
        return path, txt, "tfbackend"
    lines = ["terraform {", '  backend "%s" {' % bname] + ["    " + b if b else "" for b in body] + ["  }", "}"]
    return pick(rng, ["backend.tf", "main.tf", "terraform.tf"]), "\n".join(lines) + "\n", "terraform-hcl"


@template(accepts=["db_password", "admin_password"], weight=2)
def t_main_resource(rng, c):
    env = envname(rng)
    v = c.v("hcl")
    if c.ctype == "db_password":
        lines = ['resource "aws_db_instance" "%s" {' % pick(rng, ["main", "this", "primary"]),
                 '  identifier              = "%s-%s"' % (pick(rng, APPS), env), '  engine                  = "postgres"',
                 '  engine_version          = "15.5"', '  instance_class          = "db.t4g.medium"',
                 "  allocated_storage       = 50", '  db_name                 = "%s"' % pick(rng, APPS),
                 '  username                = "%s"' % c.pub, "  password                = %s" % hq(v),
                 "  skip_final_snapshot     = true", "  vpc_security_group_ids  = [aws_security_group.db.id]",
                 "  db_subnet_group_name    = aws_db_subnet_group.this.name", "}"]
    else:
        lines = ['resource "azurerm_windows_virtual_machine" "jump" {', '  name                = "vm-jump-%s"' % env,
                 "  resource_group_name = azurerm_resource_group.main.name",
                 "  location            = azurerm_resource_group.main.location", '  size                = "Standard_B2ms"',
                 '  admin_username      = "%s"' % c.pub, "  admin_password      = %s" % hq(v),
                 "  network_interface_ids = [azurerm_network_interface.jump.id]", "", "  os_disk {",
                 '    caching              = "ReadWrite"', '    storage_account_type = "Standard_LRS"', "  }", "",
                 "  source_image_reference {", '    publisher = "MicrosoftWindowsServer"', '    offer     = "WindowsServer"',
                 '    sku       = "2022-datacenter-azure-edition"', '    version   = "latest"', "  }", "}"]
    head = ["locals {", '  name = "%s-%s"' % (pick(rng, APPS), env), "}", ""] if rng.random() < 0.5 else []
    return pick(rng, ["main.tf", "database.tf", "rds.tf", "compute.tf"]), "\n".join(head + lines) + "\n", "terraform-hcl"


@template(accepts=LITERAL_OK, weight=2)
def t_module_call(rng, c):
    env = envname(rng)
    mod = pick(rng, ["monitoring", "dns", "database", "ci_integration", "bootstrap", "platform"])
    lines = ['module "%s" {' % mod,
             '  source  = "%s"' % pick(rng, ["../../modules/%s" % mod, "git::ssh://git@github.com/%s/tf-modules.git//%s?ref=v%d.%d.0"
                                             % (pick(rng, COMPANIES), mod, rng.randrange(1, 4), rng.randrange(20)),
                                             "app.terraform.io/%s/%s/aws" % (pick(rng, COMPANIES), mod)]),
             "", '  environment = "%s"' % env, "  vpc_id      = module.network.vpc_id"]
    if c.ctype == "aws_key":
        lines.append("  access_key  = %s" % hq(c.p("hcl")))
    lines.append("  %s = %s" % (nm(c, "snake"), hcl_value(c.v("hcl"), "  ")))
    lines += ["", "  tags = local.common_tags", "}"]
    return pick(rng, ["main.tf", "%s.tf" % mod, "envs/%s/main.tf" % env]), "\n".join(lines) + "\n", "terraform-hcl"


@template(accepts=LITERAL_OK, weight=3)
def t_terragrunt_inputs(rng, c):
    env = envname(rng)
    lines = ['include "root" {', "  path = find_in_parent_folders()", "}", "",
             "terraform {", '  source = "git::git@github.com:%s/infrastructure-modules.git//%s?ref=v0.%d.%d"'
             % (pick(rng, COMPANIES), pick(rng, ["rds", "dns", "monitoring", "k8s"]), rng.randrange(5, 40), rng.randrange(9)),
             "}", "", "dependency \"vpc\" {", '  config_path = "../vpc"', "}", "", "inputs = {",
             '  env        = "%s"' % env, "  vpc_id     = dependency.vpc.outputs.vpc_id"]
    if c.ctype == "aws_key":
        lines.append("  access_key = %s" % hq(c.p("tg")))
    lines.append("  %s = %s" % (nm(c, "snake"), hcl_value(c.v("tg"), "  ")))
    lines.append("}")
    path = pick(rng, ["live/%s/%s/terragrunt.hcl" % (env, pick(rng, ["rds", "dns", "monitoring", "app"])), "terragrunt.hcl",
                      "%s/%s/terragrunt.hcl" % (env, pick(rng, REGIONS))])
    return path, "\n".join(lines) + "\n", "terragrunt-hcl"


@template(accepts=PROV_OK, weight=2)
def t_terragrunt_generate(rng, c):
    pname, body = provider_block(rng, c, "tg")
    lines = ["locals {", '  env_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))',
             "  env      = local.env_vars.locals.environment", "}", "",
             'remote_state {', '  backend = "s3"', "  config = {",
             '    bucket = "%s-terragrunt-state"' % pick(rng, COMPANIES),
             '    key    = "${path_relative_to_include()}/terraform.tfstate"', '    region = "%s"' % pick(rng, REGIONS),
             "    encrypt = true", "  }", "}", "",
             'generate "provider" {', '  path      = "provider.tf"', '  if_exists = "overwrite_terragrunt"',
             "  contents  = <<EOF", 'provider "%s" {' % pname] + ["  " + b for b in body] + ["}", "EOF", "}"]
    return pick(rng, ["terragrunt.hcl", "live/terragrunt.hcl", "root.hcl"]), "\n".join(lines) + "\n", "terragrunt-hcl"


@template(accepts=["admin_password", "db_password", "aws_key", "azure_client_secret", "hetzner", "digitalocean",
                   "linode", "ssh_key", "github", "vault"], weight=2)
def t_packer_vars(rng, c):
    name = nm(c, "snake")
    lines = ['variable "region" {', '  type    = string', '  default = "%s"' % pick(rng, REGIONS), "}", "",
             'variable "%s" {' % name, "  type      = string", "  sensitive = true",
             "  default   = %s" % hcl_value(c.v("tfvars"), "  "), "}", "",
             "locals {", '  timestamp = regex_replace(timestamp(), "[- TZ:]", "")', "}"]
    if rng.random() < 0.5:
        path = pick(rng, ["variables.pkr.hcl", "packer/variables.pkr.hcl"])
    else:
        lines = ["# packer build -var-file=this.pkrvars.hcl .", 'region        = "%s"' % pick(rng, REGIONS),
                 'image_name    = "%s-base"' % pick(rng, APPS), 'instance_type = "%s"' % pick(rng, ["t3.small", "cx22"]),
                 "ssh_username  = \"%s\"" % pick(rng, ["ubuntu", "root", "packer"]),
                 "%s = %s" % (name, hcl_value(c.v("tfvars")))]
        path = pick(rng, ["packer/%s.pkrvars.hcl" % envname(rng), "variables.auto.pkrvars.hcl"])
    return path, "\n".join(lines) + "\n", "packer-hcl"


@template(accepts=["admin_password", "aws_key", "azure_client_secret", "hetzner", "digitalocean", "linode"], weight=2)
def t_packer_source(rng, c):
    v = hq(c.v("hcl"))
    ct = c.ctype
    if ct == "admin_password":
        src = ['source "amazon-ebs" "windows" {', '  ami_name       = "win2022-${local.timestamp}"',
               '  instance_type  = "t3.large"', '  region         = var.region', '  communicator   = "winrm"',
               '  winrm_username = "%s"' % c.pub, "  winrm_password = %s" % v, "  winrm_use_ssl  = true",
               "  winrm_insecure = true", "  source_ami_filter {", '    filters = { name = "Windows_Server-2022-English-Full-Base-*" }',
               '    owners      = ["amazon"]', "    most_recent = true", "  }", "}"]
    elif ct == "aws_key":
        src = ['source "amazon-ebs" "ubuntu" {', '  ami_name      = "base-${local.timestamp}"', '  instance_type = "t3.micro"',
               '  region        = "%s"' % pick(rng, REGIONS), "  access_key    = %s" % hq(c.p("hcl")), "  secret_key    = %s" % v,
               '  source_ami    = "%s"' % ami(rng), '  ssh_username  = "ubuntu"', "}"]
    elif ct == "azure_client_secret":
        src = ['source "azure-arm" "ubuntu" {', '  client_id       = "%s"' % c.pub, "  client_secret   = %s" % v,
               '  subscription_id = "%s"' % ruuid(rng), '  tenant_id       = "%s"' % ruuid(rng),
               '  managed_image_name = "ubuntu-base"', '  managed_image_resource_group_name = "rg-images"',
               '  os_type         = "Linux"', '  image_publisher = "Canonical"', '  vm_size = "Standard_B2s"', "}"]
    elif ct == "hetzner":
        src = ['source "hcloud" "base" {', "  token        = %s" % v, '  image        = "ubuntu-24.04"',
               '  location     = "%s"' % pick(rng, ["nbg1", "fsn1", "hel1", "ash"]), '  server_type  = "cx22"',
               '  ssh_username = "root"', '  snapshot_name = "base-${local.timestamp}"', "}"]
    elif ct == "digitalocean":
        src = ['source "digitalocean" "base" {', "  api_token    = %s" % v, '  image        = "ubuntu-22-04-x64"',
               '  region       = "%s"' % pick(rng, ["nyc3", "ams3", "fra1", "sfo3"]), '  size         = "s-1vcpu-1gb"',
               '  ssh_username = "root"', '  snapshot_name = "base-{{timestamp}}"', "}"]
    else:
        src = ['source "linode" "base" {', "  linode_token  = %s" % v, '  image         = "linode/debian12"',
               '  region        = "us-east"', '  instance_type = "g6-nanode-1"', '  image_label   = "base-${local.timestamp}"', "}"]
    lines = ["packer {", "  required_plugins {", "    %s = {" % src[0].split('"')[1].split("-")[0],
             '      version = ">= 1.%d.0"' % rng.randrange(0, 4), '      source  = "github.com/hashicorp/%s"'
             % src[0].split('"')[1].split("-")[0], "    }", "  }", "}", "",
             "locals {", '  timestamp = regex_replace(timestamp(), "[- TZ:]", "")', "}", ""] + src + \
            ["", "build {", '  sources = ["source.%s.%s"]' % (src[0].split('"')[1], src[0].split('"')[3]), "",
             '  provisioner "shell" {', '    inline = ["sudo apt-get update", "sudo apt-get -y upgrade"]' if ct != "admin_password"
             else '    inline = ["Write-Host bootstrap"]', "  }", "}"]
    if ct == "admin_password":
        lines[-4] = '  provisioner "powershell" {'
    return pick(rng, ["packer/%s.pkr.hcl" % pick(rng, ["base", "golden", "windows", "image"]), "image.pkr.hcl", "build.pkr.hcl"]), \
        "\n".join(lines) + "\n", "packer-hcl"


@template(accepts=["tfc"], weight=1)
def t_terraformrc(rng, c):
    if rng.random() < 0.5:
        lines = ['plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"', "disable_checkpoint = true", "",
                 'credentials "app.terraform.io" {', "  token = %s" % hq(c.v("hcl")), "}"]
        return pick(rng, [".terraformrc", "terraform.rc", "ci/terraformrc"]), "\n".join(lines) + "\n", "terraformrc"
    doc = {"credentials": {"app.terraform.io": {"token": c.v("json")}}}
    return pick(rng, [".terraform.d/credentials.tfrc.json", "ci/credentials.tfrc.json"]), jdump(doc, 2) + "\n", "tfrc-json"


@template(accepts=["tls_key", "ssh_key"], weight=3)
def t_key_tf(rng, c):
    k = rng.randrange(3)
    if k == 0 and c.ctype == "tls_key":
        lines = ['provider "github" {', '  owner = "%s"' % pick(rng, COMPANIES), "  app_auth {",
                 '    id              = "%d"' % rng.randrange(100000, 999999),
                 '    installation_id = "%d"' % rng.randrange(10 ** 7, 10 ** 8),
                 "    pem_file        = %s" % hcl_plain_heredoc(c.v("hcl")), "  }", "}"]
        path = pick(rng, ["providers.tf", "github.tf"])
    elif k == 1 or c.ctype == "tls_key":
        lines = ['resource "null_resource" "bootstrap" {', '  connection {', '    type        = "ssh"',
                 '    host        = aws_instance.%s.public_ip' % pick(rng, ["bastion", "app", "node"]),
                 '    user        = "%s"' % pick(rng, ["ubuntu", "ec2-user", "admin"]),
                 "    private_key = %s" % hcl_plain_heredoc(c.v("hcl")), "  }", "",
                 '  provisioner "remote-exec" {', '    inline = ["sudo systemctl restart %s"]' % pick(rng, APPS), "  }", "}"]
        path = pick(rng, ["provision.tf", "bastion.tf", "main.tf"])
    else:
        env = envname(rng)
        lines = ["# connection settings for the %s bastion" % env, 'bastion_host = "bastion.%s.internal"' % env,
                 'bastion_user = "%s"' % pick(rng, ["ubuntu", "ec2-user", "admin"]), "bastion_port = 22",
                 'allowed_cidr = "10.%d.0.0/16"' % rng.randrange(255), "",
                 '%s = %s' % (nm(c, "snake"), hcl_value(c.v("tfvars")))]
        path = tfvars_path(rng, envname(rng))
        return path, "\n".join(lines) + "\n", tfvars_filetype(path)
    return path, "\n".join(lines) + "\n", "terraform-hcl"


PULUMI_PROVIDER_KEY = {"cloudflare": "cloudflare:apiToken", "cloudflare_global": "cloudflare:apiKey",
                       "digitalocean": "digitalocean:token", "hetzner": "hcloud:token", "linode": "linode:token",
                       "datadog_api": "datadog:apiKey", "datadog_app": "datadog:appKey", "github": "github:token",
                       "vault": "vault:token", "aws_key": "aws:secretKey", "azure_client_secret": "azure-native:clientSecret",
                       "tfc": "tfe:token"}


def yaml_block(v, indent):
    """YAML value: block scalar for multi-line, double quoted otherwise (Raw verbatim)."""
    if isinstance(v, Raw):
        return str(v)
    if "\n" in v:
        return "|\n" + "\n".join(indent + ln for ln in v.rstrip("\n").split("\n"))
    return '"%s"' % v


@template(accepts=NOKEY, weight=3)
def t_pulumi_stack(rng, c):
    env = envname(rng)
    proj = pick(rng, APPS) + pick(rng, ["-infra", "", "-platform"])
    lines = []
    if rng.random() < 0.5:
        lines.append("encryptionsalt: v1:%s:v1:%s:%s" % (b64(rbytes(rng, 8)), b64(rbytes(rng, 12)), b64(rbytes(rng, 32))))
    lines += ["config:", "  aws:region: %s" % pick(rng, REGIONS), "  %s:environment: %s" % (proj, env),
              "  %s:instanceCount: \"%d\"" % (proj, rng.randrange(1, 5))]
    use_prov = c.ctype in PULUMI_PROVIDER_KEY and rng.random() < 0.5
    if c.ctype == "aws_key":
        pv = c.p("pulumi")
        lines.append("  aws:accessKey: %s" % (pv if isinstance(pv, Raw) else pv))
        use_prov = True
    key = PULUMI_PROVIDER_KEY[c.ctype] if use_prov else "%s:%s" % (proj, words_to("camel", c.words))
    v = c.v("pulumi")
    if isinstance(v, Raw):
        lines.append("  %s:%s" % (key, v))
    else:
        lines.append("  %s: %s" % (key, v if rng.random() < 0.5 and v.isalnum() else '"%s"' % v))
    lines.append("  %s:%s: %s" % (proj, pick(rng, ["domain", "vpcCidr", "clusterVersion"]),
                                   pick(rng, ["%s.example.net" % env, "10.%d.0.0/16" % rng.randrange(255), "1.29"])))
    return pick(rng, ["Pulumi.%s.yaml" % env, "infra/Pulumi.%s.yaml" % env]), "\n".join(lines) + "\n", "pulumi-stack-yaml"


@template(accepts=LITERAL_OK, weight=2)
def t_cfn_yaml(rng, c):
    pname = words_to("pascal", c.words)
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Description: %s stack for %s" % (pick(rng, APPS), pick(rng, TEAMS)), "",
             "Parameters:", "  Environment:", "    Type: String", "    AllowedValues: [dev, staging, prod]", "    Default: dev"]
    if c.ctype == "aws_key":
        lines += ["  AccessKeyId:", "    Type: String", "    Default: %s" % yq(c.p("cfn"))]
    v = c.v("cfn")
    lines += ["  %s:" % pname, "    Type: String", "    NoEcho: true", "    MinLength: 8"]
    lines.append("    Default: %s" % yaml_block(v, "      "))
    lines += ["", "Resources:"]
    if c.ctype in ("db_password",):
        lines += ["  Database:", "    Type: AWS::RDS::DBInstance", "    DeletionPolicy: Snapshot", "    Properties:",
                  "      Engine: postgres", "      DBInstanceClass: db.t3.medium", "      AllocatedStorage: '20'",
                  "      MasterUsername: %s" % c.pub, "      MasterUserPassword: !Ref %s" % pname]
    else:
        lines += ["  ConfigParam:", "    Type: AWS::SSM::Parameter", "    Properties:",
                  "      Name: !Sub /${Environment}/%s/%s" % (pick(rng, APPS), words_to("kebab", c.words)),
                  "      Type: String", "      Value: !Ref %s" % pname]
    lines += ["", "Outputs:", "  StackEnv:", "    Value: !Ref Environment"]
    return pick(rng, ["cloudformation/%s.yaml" % pick(rng, APPS), "template.yaml", "cfn/stack.yml", "infra/template.yaml"]), \
        "\n".join(lines) + "\n", "cfn-template-yaml"


@template(accepts=LITERAL_OK, weight=1)
def t_cfn_json(rng, c):
    pname = words_to("pascal", c.words)
    params = {"Environment": {"Type": "String", "Default": envname(rng)}}
    if c.ctype == "aws_key":
        params["AccessKeyId"] = {"Type": "String", "Default": c.p("cfn")}
    params[pname] = {"Type": "String", "NoEcho": "true", "Default": c.v("cfn")}
    doc = {"AWSTemplateFormatVersion": "2010-09-09", "Description": "%s resources" % pick(rng, APPS), "Parameters": params,
           "Resources": {"Secret": {"Type": "AWS::SecretsManager::Secret",
                                    "Properties": {"Name": {"Fn::Sub": "${Environment}/%s" % words_to("kebab", c.words)},
                                                   "SecretString": {"Ref": pname}}}}}
    return pick(rng, ["cloudformation/%s.json" % pick(rng, APPS), "template.json", "cfn/%s.template.json" % pick(rng, APPS)]), \
        jdump(doc, pick(rng, [2, 4])) + "\n", "cfn-template-json"


@template(accepts=["aws_key", "azure_client_secret", "digitalocean", "github", "vault", "cloudflare", "hetzner",
                   "linode", "datadog_api", "db_password"], weight=2)
def t_crossplane_secret(rng, c):
    ns = pick(rng, ["crossplane-system", "upbound-system"])
    sname = "%s-%s" % ({"aws_key": "aws", "azure_client_secret": "azure", "digitalocean": "do", "github": "github",
                        "vault": "vault", "cloudflare": "cloudflare", "hetzner": "hcloud", "linode": "linode",
                        "datadog_api": "datadog", "db_password": "pg"}[c.ctype],
                       pick(rng, ["creds", "credentials", "provider-secret", "secret"]))
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % sname, "  namespace: %s" % ns, "type: Opaque",
             "stringData:"]
    if c.ctype == "aws_key":
        p, v = c.p("yaml"), c.v("yaml")
        lines += ["  credentials: |", "    [default]", "    aws_access_key_id = %s" % p, "    aws_secret_access_key = %s" % v]
        pkg, kind = "aws.upbound.io/v1beta1", "ProviderConfig"
    else:
        lines.append("  %s: %s" % (pick(rng, ["credentials", "token", words_to("kebab", c.words)]), yq(c.v("yaml"))))
        pkg = {"azure_client_secret": "azure.upbound.io/v1beta1", "digitalocean": "do.crossplane.io/v1alpha1",
               "github": "github.upbound.io/v1beta1", "vault": "vault.upbound.io/v1beta1",
               "cloudflare": "cloudflare.upbound.io/v1beta1", "db_password": "postgresql.sql.crossplane.io/v1alpha1"} \
            .get(c.ctype, "tf.upbound.io/v1beta1")
        kind = "ProviderConfig"
    lines += ["---", "apiVersion: %s" % pkg, "kind: %s" % kind, "metadata:", "  name: default", "spec:", "  credentials:",
              "    source: Secret", "    secretRef:", "      namespace: %s" % ns, "      name: %s" % sname,
              "      key: %s" % ("credentials" if c.ctype == "aws_key" else "token")]
    return pick(rng, ["crossplane/provider-config.yaml", "platform/crossplane/%s-providerconfig.yaml" % c.provider.split("-")[0],
                      "clusters/%s/crossplane/credentials.yaml" % envname(rng)]), "\n".join(lines) + "\n", "crossplane-yaml"


@template(accepts=["db_password", "admin_password", "random_password", "datadog_api", "github", "cloudflare"], weight=2)
def t_crossplane_composition(rng, c):
    lines = ["apiVersion: apiextensions.crossplane.io/v1", "kind: Composition", "metadata:",
             "  name: %s.%s.platform.%s.io" % (pick(rng, ["xpostgres", "xapp", "xmonitoring"]), pick(rng, ["aws", "gcp"]),
                                               pick(rng, COMPANIES)),
             "spec:", "  compositeTypeRef:", "    apiVersion: platform.%s.io/v1alpha1" % pick(rng, COMPANIES),
             "    kind: X%s" % pick(rng, ["Database", "App", "Monitoring"]), "  mode: Pipeline", "  pipeline:",
             "    - step: patch-and-transform", "      functionRef:", "        name: function-patch-and-transform",
             "      input:", "        apiVersion: pt.fn.crossplane.io/v1beta1", "        kind: Resources", "        resources:",
             "          - name: credentials-secret", "            base:",
             "              apiVersion: kubernetes.crossplane.io/v1alpha2", "              kind: Object", "              spec:",
             "                forProvider:", "                  manifest:", "                    apiVersion: v1",
             "                    kind: Secret", "                    metadata:", "                      namespace: default",
             "                    stringData:",
             "                      %s: %s" % (words_to("kebab", c.words), yq(c.v("yaml"))),
             "            patches:", "              - type: FromCompositeFieldPath",
             "                fromFieldPath: metadata.uid", "                toFieldPath: spec.forProvider.manifest.metadata.name",
             "                transforms:", "                  - type: string", "                    string:",
             "                      type: Format", '                      fmt: "%s-creds"']
    return pick(rng, ["crossplane/composition.yaml", "apis/%s/composition.yaml" % pick(rng, ["database", "app"]),
                      "package/compositions/%s.yaml" % pick(rng, APPS)]), "\n".join(lines) + "\n", "crossplane-yaml"


@template(accepts=LITERAL_OK, weight=3)
def t_ansible_terraform(rng, c):
    env = envname(rng)
    v = c.v("ansible")
    lines = ["---", "- name: Provision %s infrastructure" % pick(rng, APPS), "  hosts: localhost", "  connection: local",
             "  gather_facts: false", "  vars:", "    tf_dir: \"{{ playbook_dir }}/../terraform/%s\"" % env, "  tasks:",
             "    - name: Apply terraform", "      community.general.terraform:",
             "        project_path: \"{{ tf_dir }}\"", "        state: present", "        force_init: true",
             "        workspace: %s" % env, "        variables:", "          region: %s" % pick(rng, REGIONS)]
    if c.ctype == "aws_key":
        lines.append("          access_key: %s" % yq(c.p("ansible")))
    lines.append("          %s: %s" % (nm(c, "snake"), yaml_block(v, "            ")))
    lines += ["      register: tf_out", "", "    - name: Show outputs", "      ansible.builtin.debug:",
              "        var: tf_out.outputs"]
    return pick(rng, ["ansible/provision.yml", "playbooks/terraform.yml", "site.yml", "ansible/%s-infra.yml" % env]), \
        "\n".join(lines) + "\n", "ansible-yaml"


@template(accepts=LITERAL_OK, weight=2)
def t_ansible_vars(rng, c):
    env = envname(rng)
    lines = ["---", "# variables passed to terraform via community.general.terraform", "env_name: %s" % env,
             "aws_region: %s" % pick(rng, REGIONS), "tf_state_bucket: %s-tfstate" % pick(rng, COMPANIES)]
    if c.ctype == "aws_key":
        lines.append("tf_access_key: %s" % yq(c.p("ansible")))
    lines.append("tf_%s: %s" % (nm(c, "snake"), yaml_block(c.v("ansible"), "  ")))
    lines += ["ntp_servers:", "  - 0.pool.ntp.org", "  - 1.pool.ntp.org"]
    return pick(rng, ["group_vars/all.yml", "inventories/%s/group_vars/all.yml" % env, "ansible/group_vars/terraform.yml"]), \
        "\n".join(lines) + "\n", "ansible-yaml"


def mk_val(v):
    return str(v)


@template(accepts=SINGLE, weight=3)
def t_makefile(rng, c):
    env = envname(rng)
    v = c.v("make")
    var = words_to("snake", c.words)
    k = rng.randrange(3)
    lines = ["ENV ?= %s" % env, "TF ?= terraform", "TF_DIR := envs/$(ENV)", ""]
    if k == 0:
        lines += ["%s := %s" % (words_to("screaming", c.words), v), "",
                  ".PHONY: plan apply", "plan:", "\tcd $(TF_DIR) && $(TF) plan -out=tfplan -var '%s=$(%s)'"
                  % (var, words_to("screaming", c.words)),
                  "", "apply:", "\tcd $(TF_DIR) && $(TF) apply tfplan"]
    elif k == 1:
        lines += [".PHONY: init plan apply", "init:", "\tcd $(TF_DIR) && $(TF) init -upgrade", "", "plan: init",
                  "\tcd $(TF_DIR) && $(TF) plan -var=\"%s=%s\" -out=tfplan" % (var, v), "", "apply:",
                  "\tcd $(TF_DIR) && $(TF) apply -auto-approve tfplan"]
    else:
        lines += ["export %s = %s" % (c.env, v), "", ".PHONY: apply destroy", "apply:",
                  "\t$(TF) -chdir=$(TF_DIR) apply -auto-approve", "", "destroy:", "\t$(TF) -chdir=$(TF_DIR) destroy"]
    if c.ctype == "aws_key":
        lines.insert(3, "export AWS_ACCESS_KEY_ID = %s" % c.p("make"))
    return pick(rng, ["Makefile", "infra/Makefile", "terraform/Makefile"]), "\n".join(lines) + "\n", "makefile"


@template(accepts=SINGLE, weight=3)
def t_github_actions(rng, c):
    env = envname(rng)
    v = c.v("ci")
    k = rng.randrange(2)
    lines = ["name: terraform-%s" % env, "", "on:", "  push:", "    branches: [main]", "    paths: ['infra/**']",
             "  workflow_dispatch:", "", "permissions:", "  contents: read", "  id-token: write", "", "jobs:", "  apply:",
             "    runs-on: ubuntu-latest", "    environment: %s" % env]
    if k == 0:
        lines += ["    env:", "      TF_IN_AUTOMATION: \"true\""]
        if c.ctype == "aws_key":
            lines.append("      AWS_ACCESS_KEY_ID: %s" % c.p("ci"))
        lines.append("      %s: %s" % (c.env, v))
        run = "terraform apply -auto-approve"
    else:
        run = "terraform apply -auto-approve -var \"%s=%s\"" % (words_to("snake", c.words), v)
    lines += ["    defaults:", "      run:", "        working-directory: infra/%s" % env, "    steps:",
              "      - uses: actions/checkout@v4", "      - uses: hashicorp/setup-terraform@v3", "        with:",
              "          terraform_version: %s" % tfver(rng), "      - run: terraform init -input=false",
              "      - run: terraform plan -input=false", "      - name: Apply", "        if: github.ref == 'refs/heads/main'",
              "        run: %s" % run]
    return pick(rng, [".github/workflows/terraform.yml", ".github/workflows/deploy-%s.yml" % env, ".github/workflows/infra.yaml"]), \
        "\n".join(lines) + "\n", "github-actions"


@template(accepts=SINGLE, weight=3)
def t_gitlab_ci(rng, c):
    env = envname(rng)
    v = c.v("ci")
    lines = ["image:", "  name: hashicorp/terraform:%s" % tfver(rng), "  entrypoint: [\"\"]", "", "variables:",
             "  TF_ROOT: ${CI_PROJECT_DIR}/infra/%s" % env, "  TF_STATE_NAME: %s" % env]
    if c.ctype == "aws_key":
        lines.append("  AWS_ACCESS_KEY_ID: %s" % c.p("ci"))
    if rng.random() < 0.5:
        lines.append("  %s: %s" % (c.env, v if isinstance(v, Raw) else '"%s"' % v))
        cmd = "terraform apply -auto-approve"
    else:
        cmd = "terraform apply -auto-approve -var %s=%s" % (words_to("snake", c.words), v)
    lines += ["", "stages: [validate, plan, apply]", "", "validate:", "  stage: validate", "  script:",
              "    - cd ${TF_ROOT}", "    - terraform init -backend=false", "    - terraform validate", "",
              "apply:", "  stage: apply", "  script:", "    - cd ${TF_ROOT}", "    - terraform init", "    - %s" % cmd,
              "  rules:", "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "      when: manual"]
    return pick(rng, [".gitlab-ci.yml", "ci/terraform.gitlab-ci.yml"]), "\n".join(lines) + "\n", "gitlab-ci"


@template(accepts=SINGLE, weight=2)
def t_jenkinsfile(rng, c):
    env = envname(rng)
    v = c.v("jenkins")
    vv = str(v) if isinstance(v, Raw) else "'%s'" % v
    lines = ["pipeline {", "  agent { label 'terraform' }", "  environment {", "    TF_IN_AUTOMATION = 'true'",
             "    TF_WORKSPACE     = '%s'" % env]
    if c.ctype == "aws_key":
        pv = c.p("jenkins")
        lines.append("    AWS_ACCESS_KEY_ID = %s" % (str(pv) if isinstance(pv, Raw) else "'%s'" % pv))
    lines += ["    %s = %s" % (c.env, vv), "  }", "  stages {", "    stage('Plan') {", "      steps {",
              "        dir('infra') {", "          sh 'terraform init -input=false'",
              "          sh 'terraform plan -out=tfplan -input=false'", "        }", "      }", "    }",
              "    stage('Apply') {", "      when { branch 'main' }", "      steps {",
              "        dir('infra') { sh 'terraform apply -input=false tfplan' }", "      }", "    }", "  }", "}"]
    return pick(rng, ["Jenkinsfile", "ci/Jenkinsfile.terraform", "infra/Jenkinsfile"]), "\n".join(lines) + "\n", "jenkinsfile"


def shq(v):
    if isinstance(v, Raw):
        return str(v)
    return "'%s'" % v if any(ch in v for ch in "!&*()[]{}<>?^~ ;|") else v


@template(accepts=SINGLE, weight=3)
def t_shell(rng, c):
    env = envname(rng)
    v = c.v("shell")
    k = rng.randrange(4)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", 'ENV="${1:-%s}"' % env, 'cd "$(dirname "$0")/../envs/${ENV}"', ""]
    if c.ctype == "aws_key":
        lines.append("export AWS_ACCESS_KEY_ID=%s" % shq(c.p("shell")))
    if k == 0:
        lines += ["export %s=%s" % (c.env, shq(v)), "", "terraform init -input=false", "terraform apply -auto-approve"]
    elif k == 1:
        lines += ["terraform init -input=false", "terraform plan -out=tfplan \\",
                  "  -var \"environment=${ENV}\" \\", "  -var %s=%s" % (words_to("snake", c.words), shq(v)),
                  "terraform apply tfplan"]
    elif k == 2 and c.ctype not in ("aws_key", "db_password", "admin_password"):
        host = {"cloudflare": "api.cloudflare.com/client/v4/user/tokens/verify",
                "digitalocean": "api.digitalocean.com/v2/account", "hetzner": "api.hetzner.cloud/v1/servers",
                "linode": "api.linode.com/v4/profile", "github": "api.github.com/user",
                "vault": "vault.%s.internal:8200/v1/auth/token/lookup-self" % pick(rng, COMPANIES),
                "tfc": "app.terraform.io/api/v2/account/details"}.get(c.ctype, "api.example.internal/v1/health")
        hdr = "X-Vault-Token" if c.ctype == "vault" else "Authorization"
        vv = str(v) if isinstance(v, Raw) else v
        hv = vv if hdr == "X-Vault-Token" else "Bearer " + vv
        if c.ctype in ("datadog_api", "datadog_app"):
            hdr, hv, host = ("DD-API-KEY" if c.ctype == "datadog_api" else "DD-APPLICATION-KEY"), vv, "api.datadoghq.com/api/v1/validate"
        lines += ["# sanity check the credential before running terraform",
                  "curl -fsS -H \"%s: %s\" https://%s > /dev/null" % (hdr, hv.replace('"', ''), host), "",
                  "terraform init -input=false", "terraform apply -auto-approve"]
    else:
        lines += ["# usage: bootstrap.sh <env> <credential>", "./scripts/tf-wrapper.sh \"${ENV}\" %s apply" % shq(v)]
    return pick(rng, ["scripts/deploy.sh", "scripts/apply.sh", "bin/tf-apply", "deploy.sh", "infra/run.sh"]), \
        "\n".join(lines) + "\n", "shell"


@template(accepts=SINGLE, weight=2)
def t_envrc(rng, c):
    env = envname(rng)
    v = c.v("shell")
    lines = ["# direnv config for %s" % env, "export TF_WORKSPACE=%s" % env, "export AWS_REGION=%s" % pick(rng, REGIONS)]
    if c.ctype == "aws_key":
        lines.append("export AWS_ACCESS_KEY_ID=%s" % shq(c.p("shell")))
    lines.append("export %s=%s" % (c.env, shq(v)))
    lines += ["", "export TF_PLUGIN_CACHE_DIR=\"$HOME/.terraform.d/plugin-cache\""]
    if rng.random() < 0.5:
        lines += ["export TF_CLI_ARGS_plan=\"-parallelism=20\"", "layout python3"]
    lines += ["", "# local overrides (not committed... supposedly)", "source_env_if_exists .envrc.local"]
    return pick(rng, [".envrc", "infra/.envrc", "envs/%s/.envrc" % env]), "\n".join(lines) + "\n", "envrc"


@template(accepts=SINGLE, weight=2)
def t_runbook(rng, c):
    env = envname(rng)
    v = c.v("md")
    lines = ["# %s runbook" % pick(rng, ["Terraform", "Infra", "DNS", "Database"]), "",
             "Steps to (re)apply the `%s` stack." % env, "", "## Prerequisites", "",
             "- terraform %s" % tfver(rng), "- access to the `%s` account" % env, "", "## Apply", "", "```bash"]
    if c.ctype == "aws_key":
        lines.append("export AWS_ACCESS_KEY_ID=%s" % c.p("md"))
    if rng.random() < 0.5:
        lines += ["export %s=%s" % (c.env, v), "terraform -chdir=envs/%s apply" % env]
    else:
        lines += ["terraform -chdir=envs/%s apply -var '%s=%s'" % (env, words_to("snake", c.words), v)]
    lines += ["```", "", "## Rollback", "", "Re-apply the previous tag: `git checkout v%d.%d.0`." % (rng.randrange(1, 4), rng.randrange(30))]
    return pick(rng, ["docs/runbook.md", "notes/runbook.md", "RUNBOOK.md", "docs/%s-apply.md" % env]), \
        "\n".join(lines) + "\n", "markdown"


@template(accepts=["kube_token"], weight=2)
def t_kubeconfig(rng, c):
    name = "%s-%s" % (pick(rng, APPS), envname(rng))
    ca = b64(fake_cert_pem(rng, name).encode())
    lines = ["apiVersion: v1", "kind: Config", "clusters:", "- cluster:", "    certificate-authority-data: %s" % ca,
             "    server: %s" % c.pub, "  name: %s" % name, "contexts:", "- context:", "    cluster: %s" % name,
             "    user: %s" % c.extra["sa"], "  name: %s" % name, "current-context: %s" % name, "preferences: {}",
             "users:", "- name: %s" % c.extra["sa"], "  user:", "    token: %s" % yq(c.v("yaml"), "")]
    return pick(rng, ["kubeconfig_%s" % name, "generated/kubeconfig.yaml", ".kube/%s.yaml" % name, "kubeconfig"]), \
        "\n".join(lines) + "\n", "kubeconfig"


@template(accepts=["github", "tfc", "aws_key", "digitalocean", "cloudflare", "hetzner", "vault"], weight=2)
def t_compose_atlantis(rng, c):
    v = c.v("yaml")
    envs = ["      ATLANTIS_REPO_ALLOWLIST: github.com/%s/*" % pick(rng, COMPANIES),
            "      ATLANTIS_ATLANTIS_URL: https://atlantis.%s.io" % pick(rng, COMPANIES),
            "      ATLANTIS_GH_USER: %s-bot" % pick(rng, COMPANIES)]
    if c.ctype == "aws_key":
        envs.append("      AWS_ACCESS_KEY_ID: %s" % c.p("yaml"))
    key = "ATLANTIS_GH_TOKEN" if c.ctype == "github" else c.env
    envs.append("      %s: %s" % (key, yq(v)))
    lines = ["services:", "  atlantis:", "    image: ghcr.io/runatlantis/atlantis:v0.%d.%d" % (rng.randrange(25, 33), rng.randrange(5)),
             "    ports:", '      - "4141:4141"', "    environment:"] + envs + \
            ["    volumes:", "      - atlantis-data:/home/atlantis", "volumes:", "  atlantis-data: {}"]
    return pick(rng, ["docker-compose.yml", "atlantis/docker-compose.yaml", "compose.yaml"]), "\n".join(lines) + "\n", "docker-compose"


@template(accepts=["db_password", "admin_password", "datadog_api", "github", "aws_key"], weight=2)
def t_samconfig(rng, c):
    env = envname(rng)
    v = c.v("tfvars")
    po = 'Environment=%s %s=%s' % (env, words_to("pascal", c.words), v)
    if c.ctype == "aws_key":
        po = 'Environment=%s AccessKeyId=%s %s=%s' % (env, c.p("tfvars"), words_to("pascal", c.words), v)
    lines = ["version = 0.1", "", "[default.deploy.parameters]", 'stack_name = "%s-%s"' % (pick(rng, APPS), env),
             'resolve_s3 = true', 'region = "%s"' % pick(rng, REGIONS), 'capabilities = "CAPABILITY_IAM"',
             'parameter_overrides = "%s"' % po, "", "[default.build.parameters]", "cached = true", "parallel = true"]
    return pick(rng, ["samconfig.toml", "services/%s/samconfig.toml" % pick(rng, APPS)]), "\n".join(lines) + "\n", "samconfig-toml"


@template(accepts=LITERAL_OK, weight=2)
def t_terratest(rng, c):
    v = c.v("tfvars")
    lines = ["package test", "", "import (", '\t"testing"', "", '\t"github.com/gruntwork-io/terratest/modules/terraform"',
             '\t"github.com/stretchr/testify/assert"', ")", "",
             "func Test%s(t *testing.T) {" % pick(rng, ["Database", "Dns", "Monitoring", "Cluster"]),
             "\tt.Parallel()", "", "\topts := terraform.WithDefaultRetryableErrors(t, &terraform.Options{",
             '\t\tTerraformDir: "../examples/%s",' % pick(rng, ["complete", "basic", "with-vpc"]),
             "\t\tVars: map[string]interface{}{", '\t\t\t"environment": "test",']
    if c.ctype == "aws_key":
        lines.append('\t\t\t"access_key": "%s",' % c.p("tfvars"))
    if "\n" in str(v):
        lines.append('\t\t\t"%s": `%s`,' % (words_to("snake", c.words), v))
    else:
        lines.append('\t\t\t"%s": "%s",' % (words_to("snake", c.words), v))
    lines += ["\t\t},", "\t})", "", "\tdefer terraform.Destroy(t, opts)", "\tterraform.InitAndApply(t, opts)", "",
              '\tout := terraform.Output(t, opts, "endpoint")', '\tassert.NotEmpty(t, out)', "}"]
    return pick(rng, ["test/%s_test.go" % pick(rng, APPS), "tests/module_test.go"]), "\n".join(lines) + "\n", "go"


@template(accepts=["cloudflare", "digitalocean", "hetzner", "linode", "github", "vault", "datadog_api", "aws_key",
                   "db_password"], weight=2)
def t_pulumi_program(rng, c):
    v = c.v("tfvars")
    pkg = {"cloudflare": ("pulumi_cloudflare", "api_token"), "digitalocean": ("pulumi_digitalocean", "token"),
           "hetzner": ("pulumi_hcloud", "token"), "linode": ("pulumi_linode", "token"),
           "github": ("pulumi_github", "token"), "vault": ("pulumi_vault", "token"),
           "datadog_api": ("pulumi_datadog", "api_key"), "aws_key": ("pulumi_aws", "secret_key"),
           "db_password": ("pulumi_postgresql", "password")}[c.ctype]
    var = words_to("snake", c.words) if rng.random() < 0.6 else "cred"
    lines = ['"""%s stack"""' % pick(rng, APPS), "import pulumi", "import %s as prov" % pkg[0], "",
             "config = pulumi.Config()", 'env = pulumi.get_stack()', "", '%s = "%s"' % (var, v) if not isinstance(v, Raw)
             else "%s = config.require_secret(\"%s\")" % (var, words_to("camel", c.words)), "",
             "provider = prov.Provider(", '    "%s-provider",' % pick(rng, ["main", "default", "tenant"]),
             "    %s=%s," % (pkg[1], var)]
    if c.ctype == "aws_key":
        lines.append('    access_key="%s",' % c.p("tfvars"))
        lines.append('    region="%s",' % pick(rng, REGIONS))
    lines += [")", "", 'pulumi.export("provider_urn", provider.urn)']
    return pick(rng, ["__main__.py", "infra/__main__.py"]), "\n".join(lines) + "\n", "python"


@template(accepts=PROV_OK, weight=2)
def t_cdktf_json(rng, c):
    pname, body = provider_block(rng, c, "json", quote=lambda x: "Q<%s>" % x)
    cfg = {}
    for b in body:
        if "=" not in b:
            continue
        k, val = [x.strip() for x in b.split("=", 1)]
        if val.startswith("Q<") and val.endswith(">"):
            val = val[2:-1]
            cfg[k] = Raw("null") if val == "null" else (val if not isinstance(val, Raw) else val)
        elif val.startswith('"'):
            cfg[k] = val.strip('"')
        else:
            cfg[k] = "${%s}" % val
    v = c.v("json")
    # re-insert the slot exactly (Raw values keep their identity)
    for k in list(cfg):
        if cfg[k] == str(v):
            cfg[k] = v
    doc = {"//": {"metadata": {"backend": "local", "stackName": "%s-%s" % (pick(rng, APPS), envname(rng)),
                               "version": "0.%d.%d" % (rng.randrange(15, 21), rng.randrange(3))},
                  "outputs": {}},
           "provider": {pname: [cfg]},
           "terraform": {"required_providers": {pname: {"source": PROVIDER_SRC[c.ctype], "version": "%d.%d.0"
                                                        % (rng.randrange(1, 6), rng.randrange(30))}}}}
    return "cdktf.out/stacks/%s/cdk.tf.json" % pick(rng, APPS), jdump(doc) + "\n", "cdktf-json"


# ---------------------------------------------------------------------------
# negative-only templates: domain look-alikes with no secret at all
# each returns (relpath, text, filetype, provider, kind)
# ---------------------------------------------------------------------------

NEG_T = []


def negtemplate(weight=1):
    def deco(fn):
        NEG_T.append((fn.__name__, fn, weight))
        return fn
    return deco


@negtemplate(2)
def n_state_managed_password(rng):
    env = envname(rng)
    region, a = pick(rng, REGIONS), acct(rng)
    ident = "%s-%s" % (pick(rng, APPS), env)
    sarn = "arn:aws:secretsmanager:%s:%s:secret:rds!db-%s-%s" % (region, a, ruuid(rng), rs(rng, ALNUM, 6))
    r = res("aws_db_instance", "main", prov("aws"), [inst({
        "address": "%s.c%s.%s.rds.amazonaws.com" % (ident, rs(rng, LO + DIG, 10), region),
        "arn": "arn:aws:rds:%s:%s:db:%s" % (region, a, ident), "engine": "postgres", "engine_version": "16.3",
        "id": "db-" + rs(rng, B32, 26), "identifier": ident, "kms_key_id": "arn:aws:kms:%s:%s:key/%s" % (region, a, ruuid(rng)),
        "manage_master_user_password": True,
        "master_user_secret": [{"kms_key_id": "arn:aws:kms:%s:%s:key/%s" % (region, a, ruuid(rng)),
                                "secret_arn": sarn, "secret_status": "active"}],
        "password": None, "port": 5432, "resource_id": "db-" + rs(rng, B32, 26), "username": "postgres"},
        sens=("password",), schema=2)])
    return state_path(rng, env), state_doc(rng, [r] + filler_resources(rng, env)), "tfstate", "aws-rds", "null_sensitive_value"


@negtemplate(2)
def n_state_public_keys(rng):
    env = envname(rng)
    k = RSAKey(rng) if rng.random() < 0.4 else None
    if k:
        pub = k.ssh_public("%s@%s" % (pick(rng, ["deploy", "ops", "ci"]), pick(rng, COMPANIES)))
        fp = md5_colon(k.ssh_blob())
    else:
        e = ECKey(rng)
        blob = _sshstr(b"ecdsa-sha2-nistp256") + _sshstr(b"nistp256") + _sshstr(e.point())
        pub = "ecdsa-sha2-nistp256 " + b64(blob) + " ops@" + pick(rng, COMPANIES)
        fp = md5_colon(blob)
    if rng.random() < 0.5:
        r = res("aws_key_pair", "deployer", prov("aws"), [inst({
            "arn": "arn:aws:ec2:%s:%s:key-pair/deployer-%s" % (pick(rng, REGIONS), acct(rng), env), "fingerprint": fp,
            "id": "deployer-%s" % env, "key_name": "deployer-%s" % env, "key_name_prefix": "",
            "key_pair_id": "key-0" + rhex(rng, 16), "key_type": "rsa" if k else "ed25519", "public_key": pub,
            "tags": {}}, schema=1)])
        prv = "aws"
    else:
        r = res("digitalocean_ssh_key", "default", prov("digitalocean", "digitalocean"), [inst({
            "fingerprint": fp, "id": str(rng.randrange(10 ** 7, 10 ** 8)), "name": "%s-%s" % (pick(rng, TEAMS), env),
            "public_key": pub})])
        prv = "digitalocean"
    return state_path(rng, env), state_doc(rng, [r] + filler_resources(rng, env, 1)), "tfstate", prv, "public_key"


@negtemplate(2)
def n_state_ids_only(rng):
    env = envname(rng)
    rs_ = filler_resources(rng, env, rng.randrange(2, 5))
    rs_.append(res("random_uuid", "deployment", prov("random"), [inst({"id": ruuid(rng), "keepers": None, "result": ruuid(rng)})]))
    rs_.append(res("random_pet", "name", prov("random"), [inst({"id": "%s-%s" % (pick(rng, ["brave", "calm", "eager"]),
                                                                                pick(rng, ["otter", "lynx", "heron"])),
                                                               "keepers": None, "length": 2, "prefix": None,
                                                               "separator": "-"})]))
    return state_path(rng, env, rng.random() < 0.3), state_doc(rng, rs_), \
        "tfstate.backup" if False else "tfstate", "terraform", "ids_hashes"


@negtemplate(2)
def n_state_encrypted_gh_secret(rng):
    env = envname(rng)
    repo = "%s-%s" % (pick(rng, APPS), pick(rng, ["infra", "api"]))
    name = pick(rng, ["DIGITALOCEAN_TOKEN", "HCLOUD_TOKEN", "DD_API_KEY", "CLOUDFLARE_API_TOKEN", "VAULT_TOKEN"])
    r = res("github_actions_secret", name.lower(), prov("github", "integrations"), [inst({
        "created_at": ts(rng), "encrypted_value": b64(rbytes(rng, 32 + 16 + rng.randrange(40, 80))),
        "id": "%s:%s" % (repo, name), "plaintext_value": None, "repository": repo, "secret_name": name,
        "updated_at": ts(rng)}, sens=("encrypted_value", "plaintext_value"))])
    return state_path(rng, env), state_doc(rng, [r] + filler_resources(rng, env, 1)), "tfstate", "github", "sealed_box_ciphertext"


@negtemplate(2)
def n_tls_cert_data(rng):
    env = envname(rng)
    host = "%s.%s.com" % (pick(rng, APPS), pick(rng, COMPANIES))
    cert = fake_cert_pem(rng, host)
    r = res("tls_certificate", "oidc", prov("tls"), [inst({
        "certificates": [{"cert_pem": cert, "is_ca": False, "issuer": "CN=Amazon RSA 2048 M02,O=Amazon,C=US",
                          "not_after": ts(rng), "not_before": ts(rng), "public_key_algorithm": "RSA",
                          "serial_number": str(rng.getrandbits(120)), "sha1_fingerprint": rhex(rng, 40),
                          "signature_algorithm": "SHA256-RSA", "subject": "CN=%s" % host, "version": 3}],
        "content": None, "id": "https://" + host, "url": "https://" + host, "verify_chain": True})], mode="data")
    return state_path(rng, env), state_doc(rng, [r] + filler_resources(rng, env, 1)), "tfstate", "tls", "certificate"


@negtemplate(2)
def n_plan_unknown(rng):
    env = envname(rng)
    addr = "random_password.%s" % pick(rng, ["db", "master", "admin"])
    doc = {"format_version": "1.2", "terraform_version": tfver(rng),
           "planned_values": {"root_module": {"resources": [
               {"address": addr, "mode": "managed", "type": "random_password", "name": addr.split(".")[1],
                "provider_name": "registry.terraform.io/hashicorp/random", "schema_version": 3,
                "values": {"keepers": None, "length": 24, "lower": True, "min_special": 2, "override_special": "!-_=+",
                           "special": True, "upper": True},
                "sensitive_values": {"bcrypt_hash": True, "result": True}}]}},
           "resource_changes": [{"address": addr, "mode": "managed", "type": "random_password",
                                 "name": addr.split(".")[1], "provider_name": "registry.terraform.io/hashicorp/random",
                                 "change": {"actions": ["create"], "before": None,
                                            "after": {"keepers": None, "length": 24, "special": True},
                                            "after_unknown": {"bcrypt_hash": True, "id": True, "result": True},
                                            "before_sensitive": False,
                                            "after_sensitive": {"bcrypt_hash": True, "result": True}}}],
           "configuration": {"root_module": {"variables": {"db_password": {"sensitive": True,
                                                                           "description": "Master password"}}}},
           "timestamp": ts(rng), "applyable": True, "complete": True, "errored": False}
    return plan_path(rng, env), jdump(doc) + "\n", "tfplan-json", "terraform-random", "unknown_value"


@negtemplate(3)
def n_variables_sensitive(rng):
    lines = []
    for w in rng.sample(["db_password", "cloudflare_api_token", "do_token", "hcloud_token", "datadog_api_key",
                         "github_token", "vault_token", "linode_token", "client_secret", "ssh_private_key"], 4):
        lines += ['variable "%s" {' % w, "  type        = string",
                  '  description = "%s. Set via TF_VAR_%s or the CI secret store."' % (w.replace("_", " ").capitalize(), w),
                  "  sensitive   = true"]
        if rng.random() < 0.4:
            lines += ["", "  validation {", "    condition     = length(var.%s) >= 16" % w,
                      '    error_message = "The %s must be at least 16 characters."' % w.replace("_", " "), "  }"]
        lines += ["}", ""]
    return pick(rng, ["variables.tf", "modules/%s/variables.tf" % pick(rng, APPS)]), "\n".join(lines), "terraform-hcl", \
        "terraform", "declaration_only"


@negtemplate(3)
def n_tfvars_example(rng):
    env = envname(rng)
    lines = ["# Copy to terraform.tfvars and fill in. Never commit the real file.", "",
             'environment          = "%s"' % env, 'region               = "%s"' % pick(rng, REGIONS),
             'cloudflare_api_token = "<cloudflare-api-token>"', 'do_token             = "dop_v1_xxxxxxxxxxxxxxxxxxxxxxxx"',
             'hcloud_token         = ""', 'datadog_api_key      = "YOUR_DATADOG_API_KEY"',
             'db_password          = "CHANGE_ME"', 'aws_secret_key       = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
             'aws_access_key       = "AKIAIOSFODNN7EXAMPLE"', 'github_token         = "ghp_<your token>"']
    body = lines[:4] + rng.sample(lines[4:], rng.randrange(3, 8))
    return pick(rng, ["terraform.tfvars.example", "example.tfvars", "envs/%s/terraform.tfvars.sample" % env]), \
        "\n".join(body) + "\n", "tfvars", "terraform", "placeholder"


@negtemplate(3)
def n_data_sources(rng):
    app = pick(rng, APPS)
    lines = ['data "aws_secretsmanager_secret_version" "db" {', '  secret_id = "%s/%s/db"' % (envname(rng), app), "}", "",
             'data "vault_generic_secret" "cloudflare" {', '  path = "secret/infra/cloudflare"', "}", "",
             "locals {", "  db_creds = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)", "}", "",
             'provider "cloudflare" {', '  api_token = data.vault_generic_secret.cloudflare.data["api_token"]', "}", "",
             'resource "aws_db_instance" "main" {', '  identifier = "%s"' % app, '  username   = local.db_creds["username"]',
             '  password   = local.db_creds["password"]', '  engine     = "postgres"',
             '  instance_class = "db.t3.micro"', "  allocated_storage = 20", "}"]
    return pick(rng, ["data.tf", "main.tf", "secrets.tf"]), "\n".join(lines) + "\n", "terraform-hcl", "aws", "secret_manager_ref"


@negtemplate(2)
def n_kms_tfvars(rng):
    lines = ['environment           = "%s"' % envname(rng), 'region                = "%s"' % pick(rng, REGIONS), "",
             "# ciphertext produced by: aws kms encrypt --key-id alias/terraform --plaintext fileb://pw.txt",
             'encrypted_db_password = "%s"' % _kms(rng, None, None),
             'kms_key_alias         = "alias/terraform-%s"' % envname(rng)]
    main = ['data "aws_kms_secrets" "db" {', "  secret {", '    name    = "master_password"',
            "    payload = var.encrypted_db_password", "  }", "}"]
    if rng.random() < 0.5:
        return pick(rng, ["terraform.tfvars", "secrets.auto.tfvars"]), "\n".join(lines) + "\n", \
            "tfvars" if True else "", "aws", "kms_ciphertext"
    return "kms.tf", "\n".join(main + [""] + ["# " + l for l in lines[3:]]) + "\n", "terraform-hcl", "aws", "kms_ciphertext"


@negtemplate(3)
def n_pulumi_secure(rng):
    env = envname(rng)
    proj = pick(rng, APPS)
    lines = ["secretsprovider: %s" % pick(rng, ["passphrase", "awskms://alias/pulumi-%s?region=%s" % (env, pick(rng, REGIONS))]),
             "encryptionsalt: v1:%s:v1:%s:%s" % (b64(rbytes(rng, 8)), b64(rbytes(rng, 12)), b64(rbytes(rng, 32))),
             "config:", "  aws:region: %s" % pick(rng, REGIONS)]
    for key in rng.sample(["cloudflare:apiToken", "digitalocean:token", "%s:dbPassword" % proj, "datadog:apiKey",
                           "hcloud:token", "github:token", "%s:stripeKey" % proj], 3):
        lines += ["  %s:" % key, "    secure: v1:%s:%s" % (b64(rbytes(rng, 12)), b64(rbytes(rng, rng.randrange(40, 90))))]
    lines.append("  %s:domain: %s.%s.io" % (proj, env, pick(rng, COMPANIES)))
    return "Pulumi.%s.yaml" % env, "\n".join(lines) + "\n", "pulumi-stack-yaml", "pulumi", "pulumi_secure"


@negtemplate(2)
def n_pulumi_export_secret(rng):
    env = envname(rng)
    proj = pick(rng, APPS)
    sig = "4dabf18193072939515e22adb298388d"
    outputs = {"url": "https://%s.%s.io" % (proj, pick(rng, COMPANIES)),
               "dbPassword": {sig: "1b47061264138c4ac30d75fd1eb44270",
                              "ciphertext": "v1:%s:%s" % (b64(rbytes(rng, 12)), b64(rbytes(rng, 48)))}}
    doc = {"version": 3, "deployment": {"manifest": {"time": ts(rng), "magic": rhex(rng, 64), "version": "v3.%d.0" % rng.randrange(90, 140)},
                                        "secrets_providers": {"type": "service", "state": {
                                            "url": "https://api.pulumi.com", "owner": pick(rng, COMPANIES),
                                            "project": proj, "stack": env}},
                                        "resources": [{"urn": "urn:pulumi:%s::%s::pulumi:pulumi:Stack::%s-%s" % (env, proj, proj, env),
                                                       "custom": False, "type": "pulumi:pulumi:Stack", "outputs": outputs}]}}
    return pick(rng, ["stack-export.json", "backups/%s.json" % env]), jdump(doc) + "\n", "pulumi-export-json", "pulumi", \
        "pulumi_secret_ciphertext"


@negtemplate(2)
def n_cfn_noecho(rng):
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Parameters:", "  DBPassword:", "    Type: String", "    NoEcho: true",
             "    MinLength: 12", "    Description: Master password (supplied at deploy time)", "  DDApiKeySecretArn:",
             "    Type: String", "    Default: arn:aws:secretsmanager:%s:%s:secret:datadog/api-key-%s" % (pick(rng, REGIONS), acct(rng), rs(rng, ALNUM, 6)),
             "Resources:", "  DB:", "    Type: AWS::RDS::DBInstance", "    Properties:", "      Engine: mysql",
             "      DBInstanceClass: db.t3.small", "      AllocatedStorage: '20'", "      MasterUsername: admin",
             "      MasterUserPassword: !Ref DBPassword", "  Token:", "    Type: AWS::SSM::Parameter", "    Properties:",
             "      Type: String", "      Name: /%s/cloudflare/token" % envname(rng),
             "      Value: '{{resolve:secretsmanager:%s/cloudflare:SecretString:apiToken}}'" % envname(rng)]
    return pick(rng, ["template.yaml", "cloudformation/db.yaml"]), "\n".join(lines) + "\n", "cfn-template-yaml", "aws", \
        "secret_manager_ref"


@negtemplate(2)
def n_cfn_params_prev(rng):
    ps = [{"ParameterKey": "Environment", "ParameterValue": envname(rng)},
          {"ParameterKey": "DBPassword", "UsePreviousValue": True},
          {"ParameterKey": "KmsKeyArn", "ParameterValue": "arn:aws:kms:%s:%s:key/%s" % (pick(rng, REGIONS), acct(rng), ruuid(rng))},
          {"ParameterKey": "LatestAmiId", "ParameterValue": "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"}]
    return pick(rng, ["cloudformation/parameters/%s.json" % envname(rng), "params.json"]), jdump(ps) + "\n", \
        "cfn-params-json", "aws", "use_previous_value"


@negtemplate(3)
def n_cdk_context(rng):
    a, region = acct(rng), pick(rng, REGIONS)
    ctx = {"availability-zones:account=%s:region=%s" % (a, region): [region + z for z in "abc"],
           "vpc-provider:account=%s:filter.tag:Name=%s-vpc:region=%s:returnAsymmetricSubnets=true" % (a, envname(rng), region): {
               "vpcId": short_id(rng, "vpc"), "vpcCidrBlock": "10.%d.0.0/16" % rng.randrange(255), "ownerAccountId": a,
               "availabilityZones": [], "subnetGroups": [{"name": "Private", "type": "Private", "subnets": [
                   {"subnetId": short_id(rng, "subnet"), "cidr": "10.0.%d.0/24" % i, "availabilityZone": region + "a",
                    "routeTableId": short_id(rng, "rtb")} for i in range(2)]}]},
           "ami:account=%s:filters.image-type.0=machine:filters.name.0=al2023-ami-*:region=%s" % (a, region): ami(rng),
           "hosted-zone:account=%s:domainName=%s.com:region=%s" % (a, pick(rng, COMPANIES), region): {
               "Id": "/hostedzone/Z" + rs(rng, UP + DIG, 20), "Name": "%s.com." % pick(rng, COMPANIES)},
           "acknowledged-issue-numbers": [rng.randrange(19000, 32000)]}
    return "cdk.context.json", jdump(ctx) + "\n", "cdk-context-json", "aws", "ids_lookups"


@negtemplate(3)
def n_lockfile(rng):
    lines = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for p in rng.sample(["hashicorp/aws", "hashicorp/random", "cloudflare/cloudflare", "digitalocean/digitalocean",
                         "hetznercloud/hcloud", "DataDog/datadog", "hashicorp/vault", "integrations/github", "hashicorp/tls"],
                        rng.randrange(2, 5)):
        ver = "%d.%d.%d" % (rng.randrange(1, 6), rng.randrange(0, 80), rng.randrange(0, 5))
        lines += ['provider "registry.terraform.io/%s" {' % p, '  version     = "%s"' % ver,
                  '  constraints = "~> %s"' % ".".join(ver.split(".")[:2]), "  hashes = ["]
        lines.append('    "h1:%s",' % b64(rbytes(rng, 32)))
        for _ in range(rng.randrange(3, 9)):
            lines.append('    "zh:%s",' % rhex(rng, 64))
        lines += ["  ]", "}", ""]
    return pick(rng, [".terraform.lock.hcl", "envs/%s/.terraform.lock.hcl" % envname(rng)]), "\n".join(lines), \
        "terraform-lock-hcl", "terraform", "checksum"


@negtemplate(2)
def n_kubeconfig_exec(rng):
    name = "%s-%s" % (pick(rng, APPS), envname(rng))
    region = pick(rng, REGIONS)
    lines = ["apiVersion: v1", "kind: Config", "clusters:", "- cluster:",
             "    certificate-authority-data: %s" % b64(fake_cert_pem(rng, name).encode()),
             "    server: https://%s.gr7.%s.eks.amazonaws.com" % (rhex(rng, 32).upper(), region), "  name: %s" % name,
             "contexts:", "- context:", "    cluster: %s" % name, "    user: %s" % name, "  name: %s" % name,
             "current-context: %s" % name, "users:", "- name: %s" % name, "  user:", "    exec:",
             "      apiVersion: client.authentication.k8s.io/v1beta1", "      command: aws",
             "      args: [eks, get-token, --cluster-name, %s, --region, %s]" % (name, region)]
    return pick(rng, ["kubeconfig", "generated/kubeconfig.yaml"]), "\n".join(lines) + "\n", "kubeconfig", "kubernetes", \
        "ca_certificate_exec_auth"


@negtemplate(2)
def n_crossplane_ref(rng):
    lines = ["apiVersion: aws.upbound.io/v1beta1", "kind: ProviderConfig", "metadata:", "  name: default", "spec:",
             "  credentials:", "    source: %s" % pick(rng, ["IRSA", "Secret", "WebIdentity"]), "    secretRef:",
             "      namespace: crossplane-system", "      name: aws-creds", "      key: credentials", "---",
             "apiVersion: rds.aws.upbound.io/v1beta1", "kind: Instance", "metadata:", "  name: %s-db" % pick(rng, APPS),
             "spec:", "  forProvider:", "    region: %s" % pick(rng, REGIONS), "    engine: postgres",
             "    instanceClass: db.t3.micro", "    username: adminuser", "    autoGeneratePassword: true",
             "    passwordSecretRef:", "      namespace: crossplane-system", "      name: %s-db-pw" % pick(rng, APPS),
             "      key: password", "  writeConnectionSecretToRef:", "    namespace: default", "    name: db-conn"]
    return pick(rng, ["crossplane/provider-config.yaml", "platform/db.yaml"]), "\n".join(lines) + "\n", "crossplane-yaml", \
        "crossplane", "secret_ref"


@negtemplate(2)
def n_gha_oidc(rng):
    env = envname(rng)
    lines = ["name: terraform", "on: [push]", "permissions:", "  id-token: write", "  contents: read", "jobs:", "  plan:",
             "    runs-on: ubuntu-latest", "    env:", "      TF_VAR_cloudflare_api_token: ${{ secrets.CLOUDFLARE_API_TOKEN }}",
             "      DIGITALOCEAN_TOKEN: ${{ secrets.DO_TOKEN }}", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
             "          role-to-assume: arn:aws:iam::%s:role/gha-terraform-%s" % (acct(rng), env),
             "          aws-region: %s" % pick(rng, REGIONS), "      - uses: hashicorp/setup-terraform@v3",
             "      - run: terraform init && terraform plan -var-file=%s.tfvars" % env]
    return ".github/workflows/terraform.yml", "\n".join(lines) + "\n", "github-actions", "github", "env_reference"


@negtemplate(2)
def n_makefile_refs(rng):
    lines = ["ENV ?= dev", "VAR_FILE := envs/$(ENV).tfvars", "", "plan:",
             "\tterraform plan -var-file=$(VAR_FILE) -var \"db_password=$$TF_DB_PASSWORD\" -out=tfplan", "",
             "apply:", "\tterraform apply tfplan", "", "fmt:", "\tterraform fmt -recursive", "", "docs:",
             "\tterraform-docs markdown table --output-file README.md ."]
    return "Makefile", "\n".join(lines) + "\n", "makefile", "terraform", "env_reference"


@negtemplate(2)
def n_packer_checksum(rng):
    lines = ['source "qemu" "ubuntu" {',
             '  iso_url      = "https://releases.ubuntu.com/24.04/ubuntu-24.04-live-server-amd64.iso"',
             '  iso_checksum = "sha256:%s"' % rhex(rng, 64), '  output_directory = "output-ubuntu"',
             '  ssh_username = "packer"', "  ssh_private_key_file = var.ssh_key_path", '  disk_size    = "20G"', "}", "",
             'variable "ssh_key_path" {', '  type    = string', '  default = "~/.ssh/packer_ed25519"', "}", "",
             "build {", '  sources = ["source.qemu.ubuntu"]', "}"]
    return pick(rng, ["packer/ubuntu.pkr.hcl", "image.pkr.hcl"]), "\n".join(lines) + "\n", "packer-hcl", "packer", "checksum"


@negtemplate(2)
def n_ansible_vault(rng):
    blob = rhex(rng, 80 * rng.randrange(4, 8))
    wrapped = [blob[i:i + 80] for i in range(0, len(blob), 80)]
    lines = ["---", "tf_workspace: %s" % envname(rng), "tf_db_password: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"] + \
            ["  " + w for w in wrapped] + ["tf_region: %s" % pick(rng, REGIONS)]
    return pick(rng, ["group_vars/all/vault.yml", "inventories/prod/group_vars/terraform.yml"]), "\n".join(lines) + "\n", \
        "ansible-yaml", "ansible", "vault_ciphertext"


@negtemplate(2)
def n_sops_tfvars(rng):
    d = {"db_password": _sops(rng, None, None), "cloudflare_api_token": _sops(rng, None, None),
         "sops": {"kms": [{"arn": "arn:aws:kms:%s:%s:key/%s" % (pick(rng, REGIONS), acct(rng), ruuid(rng)),
                           "created_at": ts(rng), "enc": "AQICAHh" + b64(rbytes(rng, 160))[7:], "aws_profile": ""}],
                  "lastmodified": ts(rng), "mac": _sops(rng, None, None).replace("type:str", "type:str"),
                  "unencrypted_suffix": "_unencrypted", "version": "3.%d.%d" % (rng.randrange(7, 10), rng.randrange(4))}}
    return pick(rng, ["secrets.enc.json", "envs/%s/secrets.sops.json" % envname(rng)]), jdump(d) + "\n", "sops-json", \
        "sops", "sops_ciphertext"


@negtemplate(2)
def n_output_redacted(rng):
    env = envname(rng)
    lines = ["# Apply log %s" % env, "", "```", "Apply complete! Resources: %d added, %d changed, 0 destroyed." %
             (rng.randrange(1, 20), rng.randrange(5)), "", "Outputs:", "",
             'db_endpoint = "%s-%s.c%s.%s.rds.amazonaws.com"' % (pick(rng, APPS), env, rs(rng, LO + DIG, 10), pick(rng, REGIONS)),
             "db_password = <sensitive>", "cloudflare_token = <sensitive>",
             'lineage = "%s"' % ruuid(rng), 'vpc_id = "%s"' % short_id(rng, "vpc"), "```", "",
             "Plan showed `password = (sensitive value)` as expected."]
    return pick(rng, ["notes/apply-%s.md" % env, "docs/changelog-infra.md"]), "\n".join(lines) + "\n", "markdown", \
        "terraform", "masked"


@negtemplate(2)
def n_cloudinit_authkeys(rng):
    e = ECKey(rng)
    blob = _sshstr(b"ecdsa-sha2-nistp256") + _sshstr(b"nistp256") + _sshstr(e.point())
    lines = ["#cloud-config", "users:", "  - name: ${admin_user}", "    groups: [sudo]", "    shell: /bin/bash",
             "    sudo: ['ALL=(ALL) NOPASSWD:ALL']", "    ssh_authorized_keys:",
             "      - ecdsa-sha2-nistp256 %s ops@%s" % (b64(blob), pick(rng, COMPANIES)), "      - ${deploy_public_key}",
             "package_update: true", "packages: [fail2ban, unattended-upgrades]"]
    return pick(rng, ["templates/cloud-init.yaml.tftpl", "cloud-init/user-data.tpl"]), "\n".join(lines) + "\n", \
        "cloud-init-template", "ssh", "public_key"


@negtemplate(2)
def n_terraform_docs(rng):
    rows = [("cloudflare_api_token", "API token for DNS edits", "`string`", "n/a", "yes"),
            ("db_password", "Master password for the RDS instance", "`string`", "n/a", "yes"),
            ("environment", "Environment name", "`string`", '`"dev"`', "no"),
            ("hcloud_token", "Hetzner Cloud API token", "`string`", "n/a", "yes"),
            ("datadog_api_key", "Datadog API key", "`string`", '`""`', "no")]
    lines = ["<!-- BEGIN_TF_DOCS -->", "## Inputs", "", "| Name | Description | Type | Default | Required |",
             "|------|-------------|------|---------|:--------:|"]
    for r in rng.sample(rows, 4):
        lines.append("| <a name=\"input_%s\"></a> [%s](#input\\_%s) | %s | %s | %s | %s |" % (r[0], r[0], r[0], r[1], r[2], r[3], r[4]))
    lines += ["", "## Outputs", "", "| Name | Description |", "|------|-------------|",
              "| <a name=\"output_db_endpoint\"></a> [db\\_endpoint](#output\\_db\\_endpoint) | RDS endpoint |",
              "<!-- END_TF_DOCS -->"]
    return pick(rng, ["README.md", "modules/%s/README.md" % pick(rng, APPS)]), "\n".join(lines) + "\n", "markdown", \
        "terraform", "i18n_doc_string"


@negtemplate(2)
def n_terragrunt_env(rng):
    lines = ["locals {", '  secrets = jsondecode(sops_decrypt_file("${get_terragrunt_dir()}/secrets.enc.json"))', "}", "",
             "inputs = {", '  hcloud_token = get_env("HCLOUD_TOKEN")', "  db_password  = local.secrets.db_password",
             '  do_token     = get_env("DIGITALOCEAN_TOKEN", "")', "}"]
    return pick(rng, ["terragrunt.hcl", "live/%s/terragrunt.hcl" % envname(rng)]), "\n".join(lines) + "\n", \
        "terragrunt-hcl", "terragrunt", "env_reference"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def weighted(rng, items, wfn):
    tot = sum(wfn(x) for x in items)
    x = rng.uniform(0, tot)
    for it in items:
        x -= wfn(it)
        if x <= 0:
            return it
    return items[-1]


def pick_ctype(rng, accepts):
    cands = [k for k in CTYPES if accepts is None or k in accepts]
    return weighted(rng, cands, lambda k: CT_WEIGHTS[k])


def find_needle(c, text):
    s = c.secret
    if s in text:
        return s
    esc = json.dumps(s)[1:-1]
    if esc in text:
        return esc
    if "\n" in s:
        hdr, first = s.split("\n")[0], s.split("\n")[1]
        i = text.find(hdr)
        j = text.find(first, i)
        if i >= 0 and j > i and text[i:j].count("\n") == 1:
            return text[i:j + len(first)]
    raise RuntimeError("needle not found for %s" % c.ctype)


def line_of(text, needle):
    return text[: text.index(needle)].count("\n") + 1


def build(seed):
    rng = random.Random(seed)
    pos, neg = [], []
    all_secrets = []
    for i in range(500):
        name, fn, accepts, _ = weighted(rng, POS_T, lambda t: t[3])
        c = Cred(rng, pick_ctype(rng, accepts))
        path, text, ft = fn(rng, c)
        needle = find_needle(c, text)
        pos.append(dict(path=path, text=text, provider=c.provider, kind=c.kind, filetype=ft, needle=needle,
                        line=line_of(text, needle), template=name))
        all_secrets.append(c.secret)
    for i in range(500):
        if rng.random() < 0.5:
            name, fn, accepts, _ = weighted(rng, POS_T, lambda t: t[3])
            c = Cred(rng, pick_ctype(rng, accepts))
            c.neg = True
            path, text, ft = fn(rng, c)
            if c.secret in text or json.dumps(c.secret)[1:-1] in text:
                raise RuntimeError("negative leaked its generated secret: %s" % name)
            all_secrets.append(c.secret)
            neg.append(dict(path=path, text=text, provider=c.provider, kind=c.neg_kind or "placeholder",
                            filetype=ft, template=name))
        else:
            name, fn, _ = weighted(rng, NEG_T, lambda t: t[2])
            path, text, ft, prv, kind = fn(rng)
            neg.append(dict(path=path, text=text, provider=prv, kind=kind, filetype=ft, template="neg:" + name))
    # no generated secret may appear in any negative
    for n in neg:
        for s in all_secrets:
            if s in n["text"] or (len(s) > 8 and s.split("\n")[0] in n["text"] and "\n" not in s):
                raise RuntimeError("secret leaked into negative %s" % n["path"])
    return pos, neg


def write(outdir, pos, neg):
    man, sec = [], []
    for label, items, pre in (("pos", pos, "p"), ("neg", neg, "n")):
        for i, it in enumerate(items):
            rel = "%s/%s%04d/%s" % (label, pre, i, it["path"])
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as f:
                f.write(it["text"])
            man.append({"file": rel, "label": label, "provider": it["provider"], "kind": it["kind"],
                        "filetype": it["filetype"]})
            if label == "pos":
                sec.append({"file": rel, "needle": it["needle"], "line": it["line"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in man:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in sec:
            f.write(json.dumps(s) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    pos, neg = build(seed)
    os.makedirs(outdir, exist_ok=True)
    write(outdir, pos, neg)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
