#!/usr/bin/env python3
"""gen_lm.py - blind evaluation set: encrypted secret files vs. their decrypted leaks.

EMPHASIS
    Repositories that keep secrets *encrypted* (SOPS, Bitnami Sealed Secrets,
    git-crypt, Ansible Vault, EJSON, Rails encrypted credentials, Laravel
    encrypted env files, dotenvx, age, helm-secrets, External Secrets, Chamber,
    Berglas, Jenkins credentials.xml, Firefox key4.db/logins exports) and the
    ways those secrets leak anyway: a file committed decrypted or half-decrypted
    (`*.dec.yaml`, `secrets.decrypted.yaml`, `secrets.env.dec`, a value added
    after encryption), a plain `Secret` next to its `SealedSecret`, a file
    committed before `.gitattributes` took effect, plain `vault_` variables,
    and above all the decryption keys themselves (age identities, Rails master
    keys, Laravel env encryption keys, dotenvx private keys, EJSON private keys,
    Ansible vault passwords, GPG private key blocks).
    Providers: sops, age, sealed-secrets, kubernetes, git-crypt, ansible-vault,
    ejson, rails, laravel, dotenvx, jenkins, firefox, chamber, berglas,
    external-secrets, helm-secrets, gpg, plus the leaked plaintext credentials
    (stripe, github, gitlab, aws, slack, sendgrid, twilio, npm, hashicorp vault,
    postgres/mysql passwords, RSA/OpenSSH private keys, framework secrets).
    File types: YAML, JSON, dotenv-style files with other names, INI, TOML,
    Ruby, PHP, Python, JavaScript, Groovy, Makefile, shell, Dockerfile,
    docker-compose, GitHub Actions, Terraform, Markdown, XML, CSV, SQL, logs,
    properties, `.sops.yaml`, bare key files (`master.key`, `.vault_pass`,
    `keys.txt`), binary git-crypt blobs (negatives only).

USAGE
    python3 -B gen_lm.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line of the needle's first
    occurrence).  Standard library only; all randomness from one
    random.Random(SEED); output is byte-identical for equal seeds.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes, key
      name, `Bearer ` or `export `.
    * Prefixed formats keep their prefix: `AGE-SECRET-KEY-1...`,
      `base64:...` (Laravel keys), `sk_live_...`, `ghp_...`, `xoxb-...`,
      `SG....`, `hvs....`, `glpat-...`, `npm_...`.
    * Connection strings / URLs with a password: the needle is the password
      only.  Webhook URLs whose secret is the path (Slack incoming webhooks):
      the needle is the whole URL.
    * Key pairs (AWS access key id + secret access key): the needle is the
      secret access key; the id is context.  Twilio: the auth token (the
      AC... account SID is a public identifier).
    * Multi-line keys (PEM, OpenSSH, PGP armored private key blocks): the
      needle is the `-----BEGIN ... PRIVATE KEY...-----` line text (the
      header line; line = where the block starts).  When the whole PEM is
      base64-encoded into one token (Kubernetes `data:` of a key backup), the
      needle is that base64 token.
    * Kubernetes `Secret.data` values are base64 of the secret: the needle is
      the base64 text as written.
    * Rails master key: the 32 hex chars; dotenvx / EJSON private keys: the
      64 hex chars; Ansible vault password: the password string.

NEGATIVES
    Half (250) re-use the positive templates with the secret's slot holding a
    non-secret: placeholders, empty values, masked values, `${VAR}` /
    `{{ var }}` / `ENV[...]` / `process.env` references, secret-manager refs
    (`op://`, `sm://`, `berglas://`, `ref+vault://`, `vault:` paths), SOPS
    `ENC[...]` ciphertext in place, documented example keys (AWS
    AKIAIOSFODNN7EXAMPLE pair, Stripe docs test key, dotenvx docs keypair)
    and documented-public values (age1 recipients, dotenvx/EJSON public keys,
    Stripe publishable keys, Twilio account SIDs).  Negatives never live in a
    file named `.env` / `.env.<x>` (renamed to `.env.example`).
    The other half are look-alikes: fully SOPS-encrypted YAML/JSON/ENV/INI
    with `sops:` metadata (age `-----BEGIN AGE ENCRYPTED FILE-----` data keys,
    KMS ARNs, PGP fingerprints, mac, lastmodified), `.sops.yaml`, SealedSecret
    `encryptedData`, sealing certificates, Ansible Vault files and `!vault`
    blocks, EJSON `EJ[1:...]` files and `_public_key`, dotenvx `encrypted:`
    values and `DOTENV_PUBLIC_KEY*`, Rails `credentials.yml.enc`, Laravel
    `.env.encrypted`, Jenkins `{AQAAABAAAAA...}` values, git-crypt binary
    blobs (`\\0GITCRYPT\\0` header), age recipients and armored age files, PGP
    public keys and fingerprints, X.509 certs, JWKS, Vault transit
    `vault:v1:...` ciphertext, Firefox `logins.json` encrypted fields,
    ExternalSecret/SecretStore manifests, checksums, lockfile integrity
    hashes, UUIDs, build ids.

FORMATS CHECKED (search tool, providers' docs and manuals)
    * SOPS (getsops.io docs, File::SOPS docs): values
      `ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]`; metadata `sops:` with
      `age: [{recipient: age1..., enc: -----BEGIN AGE ENCRYPTED FILE-----}]`,
      kms (arn, created_at, enc, aws_profile), gcp_kms, azure_kv, pgp,
      lastmodified (RFC 3339), mac (itself ENC[...]), version; age identities
      read from `~/.config/sops/age/keys.txt`, SOPS_AGE_KEY, SOPS_AGE_KEY_FILE.
    * age man page / sops docs: recipients `age1...` (bech32), identities
      `AGE-SECRET-KEY-1...`; armored files `-----BEGIN AGE ENCRYPTED FILE-----`.
      Generated here with a real bech32 checksum over 32 random bytes.
    * dotenvx docs: `DOTENV_PUBLIC_KEY` = 66 hex (compressed secp256k1,
      02/03 prefix), `DOTENV_PRIVATE_KEY` = 64 hex, values `encrypted:B...`
      (base64, ECIES; starts with an uncompressed 0x04 ephemeral key),
      `.env.keys`, `DOTENV_PRIVATE_KEY_PRODUCTION`.
    * EJSON man pages (shopify.github.io/ejson): `_public_key` 64 hex, keydir
      `/opt/ejson/keys/<public key>` holding the private key (64 hex),
      underscore keys stay plaintext; values `EJ[1:<pub>:<nonce>:<box>]`.
    * Rails credentials USAGE: `config/master.key`, `RAILS_MASTER_KEY`,
      `config/credentials/<env>.key`; master key 32 hex characters;
      credentials.yml.enc is `base64(ct)--base64(iv)--base64(tag)`.
    * Laravel: keys are `base64:` + base64(32 bytes); `.env.encrypted`
      payload is base64 JSON `{"iv","value","mac","tag"}` (starts `eyJpdiI6`).
    * Ansible Vault (ansible-vault crate docs, ansiblevault Go docs): header
      `$ANSIBLE_VAULT;1.1;AES256`, body hexlify(hexlify(salt)\\nhmac\\n
      hexlify(ct)) wrapped at 80 columns.
    * Jenkins (wiki Secret management, blog posts): credentials.xml values
      `{AQAAABAAAAA...}` (payload v1: 0x01, iv length 16, data length, iv,
      data), decrypted with `hudson.util.Secret.decrypt(...)`, keys in
      `secrets/master.key` and `secrets/hudson.util.Secret`.
    * Sealed Secrets (Flux guide, tutorials): `apiVersion: bitnami.com/v1alpha1`,
      `kind: SealedSecret`, `spec.encryptedData.<k>: AgA.../AgB...` (2-byte
      RSA-4096 session-key length 0x0200 + ciphertext, base64).

DOUBTS
    * git-crypt header `\\0GITCRYPT\\0` + 12-byte nonce: from memory, not
      confirmed by a search result.
    * SOPS iv length (32 bytes) and tag (16 bytes) in ENC[...]: from memory.
    * Rails credentials cipher (aes-128-gcm, 12-byte iv) from memory; one
      third-party page said AES-256-GCM.
    * Plaintext-credential formats (GitHub `ghp_` + 30 + 6-char base62 CRC32
      checksum, GitLab `glpat-` + 20, npm `npm_` + 36, Slack `xoxb-`, SendGrid
      `SG.22.43`, Stripe `sk_live_`, Vault `hvs.`, AWS AKIA + 40-char secret,
      Twilio 32 hex) were written from general knowledge of the providers'
      docs; not re-checked here, checksum input for ghp_ is a guess.
    * The PGP / RSA / OpenSSH private key bodies are structurally plausible
      (correct leading packet/DER/openssh-key-v1 bytes, CRC24 armor checksum)
      but the rest is random bytes, not a parseable key.
    * Doc examples used as negatives: AWS's published example pair, Stripe's
      docs test key, the dotenvx docs keypair, the age recipient from the age
      README / sops docs.
"""
import base64
import binascii
import json
import os
import random
import string
import sys
import zlib

R = None  # random.Random(SEED), set in main()

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
B62 = UP + LO + DG
B64C = UP + LO + DG + "+/"
HEXL = "0123456789abcdef"


def pick(seq):
    return seq[R.randrange(len(seq))]


def rstr(alpha, n):
    return "".join(alpha[R.randrange(len(alpha))] for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n, pad=True):
    s = base64.b64encode(rbytes(n)).decode()
    return s if pad else s.rstrip("=")


def b64of(data):
    return base64.b64encode(data).decode()


def hexn(nchars):
    return rstr(HEXL, nchars)


def wrap(s, width):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def uuid4():
    h = hexn(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ts(year=None):
    y = year or R.randint(2021, 2025)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, R.randint(1, 12), R.randint(1, 28),
                                               R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def date():
    return "%04d-%02d-%02d" % (R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28))


def acct():
    return str(R.randint(100000000000, 999999999999))


def region():
    return pick(["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"])


WORDS = ["orbit", "falcon", "ledger", "harbor", "cobalt", "meadow", "quartz", "saffron",
         "tundra", "vector", "willow", "zephyr", "ember", "glacier", "nimbus", "pylon",
         "rivet", "summit", "tango", "umber", "violet", "walnut", "yonder", "basalt"]
APPS = ["billing", "checkout", "inventory", "payments", "gateway", "reports", "portal",
        "ledger", "notifier", "scheduler", "auth", "catalog", "search", "webshop"]
ENVS = ["production", "prod", "staging", "stage", "qa", "preprod"]
USERS = ["deploy", "app", "svc_app", "appuser", "admin", "backend", "worker", "ci"]


def app():
    return pick(APPS)


def envn():
    return pick(ENVS)


def host(kind="db"):
    return "%s-%s.%s.internal" % (kind, pick(["01", "02", "a", "b", "primary"]), pick(["prod", "eu1", "us1", "corp"]))


# ---------------------------------------------------------------- bech32 / crc
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def _convertbits(data, frombits, tobits):
    acc = 0
    bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def bech32(hrp, data):
    d = _convertbits(data, 8, 5)
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in d + chk)


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def base62(n, width):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = (DG + UP + LO)[m] + s
    return s.rjust(width, "0")


# ---------------------------------------------------------------- secrets
def g_age_sk():
    return bech32("age-secret-key-", rbytes(32)).upper()


def age_recipient():
    return bech32("age", rbytes(32))


def g_hex32():
    return hexn(32)


def g_hex64():
    return hexn(64)


def g_laravel():
    return "base64:" + b64(32)


def g_vaultpw():
    k = R.randrange(3)
    if k == 0:
        return "-".join(pick(WORDS).capitalize() if i == 0 else pick(WORDS) for i in range(4)) + str(R.randint(10, 99))
    if k == 1:
        return rstr(B62 + "!%+=_.-", R.randint(24, 32))
    return rstr(B62, 40)


def g_password():
    s = rstr(B62, R.randint(14, 22))
    i = R.randrange(1, len(s))
    return s[:i] + pick("!*-_+=%.") + s[i:] + str(R.randint(0, 9))


def g_urlpw():
    return rstr(B62, R.randint(16, 28))


def g_stripe():
    if R.random() < 0.5:
        return "sk_live_" + rstr(B62, 24)
    return "sk_live_51" + rstr(B62, 97)


def g_ghp():
    body = rstr(B62, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def g_glpat():
    return "glpat-" + rstr(B62 + "-_", 20)


def g_npm():
    body = rstr(B62, 30)
    return "npm_" + body + base62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def g_aws_secret():
    return rstr(B62 + "+/", 40)


def aws_id():
    return "AKIA" + rstr(UP + "234567", 16)


def g_slack_bot():
    return "xoxb-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 11, 10 ** 13), rstr(B62, 24))


def g_slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(UP + DG, R.choice([8, 9, 10])),
                                                           rstr(UP + DG, R.choice([9, 10, 11])), rstr(B62, 24))


def g_sendgrid():
    return "SG." + rstr(B62 + "-_", 22) + "." + rstr(B62 + "-_", 43)


def twilio_sid():
    return "AC" + hexn(32)


def g_vault_token():
    return "hvs." + rstr(B62 + "_-", R.choice([24, 91]))


def g_skb():
    return hexn(128)


def g_django():
    return rstr(LO + DG + "!@#$%^&*(-_=+)", 50)


def g_b64pw():
    return b64of(g_password().encode())


def pem_rsa():
    der = bytes([0x30, 0x82, 0x04, R.choice([0xa2, 0xa3, 0xa4, 0xa5]), 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00,
                 0x80 | R.getrandbits(7)]) + rbytes(1180)
    body = wrap(b64of(der), 64)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----"


def pem_openssh():
    raw = (b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none" * 2 + b"\x00\x00\x00\x00\x00\x00\x00\x01"
           + b"\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)
           + b"\x00\x00\x00\x90" + rbytes(8) + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(104))
    body = wrap(b64of(raw), 70)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def pgp_block(private=True):
    tag = 0x94 if private else 0x98
    pkt = bytes([tag, 0x58 if private else 0x33, 0x04]) + rbytes(4) + bytes([0x16, 0x09, 0x2b, 0x06, 0x01, 0x04, 0x01,
                                                                              0xda, 0x47, 0x0f, 0x01]) + rbytes(300)
    kind = "PRIVATE" if private else "PUBLIC"
    return ("-----BEGIN PGP %s KEY BLOCK-----\n\n" % kind + wrap(b64of(pkt), 64) + "\n="
            + b64of(crc24(pkt).to_bytes(3, "big")) + "\n-----END PGP %s KEY BLOCK-----" % kind)


def pem_b64_backup():
    return b64of((pem_rsa().replace("RSA PRIVATE KEY", "PRIVATE KEY") + "\n").encode())


# ---------------------------------------------------------------- ciphertexts (non-secret)
def sops_enc(n=None, typ="str"):
    n = n or R.randint(8, 40)
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]" % (b64(n), b64(32), b64(16), typ)


def age_armor(indent=""):
    hdr = ("age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (b64(32, False), b64(32, False), b64(32, False))).encode()
    body = wrap(b64of(hdr + rbytes(48)), 64)
    lines = ["-----BEGIN AGE ENCRYPTED FILE-----"] + body.split("\n") + ["-----END AGE ENCRYPTED FILE-----"]
    return "\n".join(indent + x for x in lines)


def kms_arn():
    return "arn:aws:kms:%s:%s:key/%s" % (region(), acct(), uuid4())


def pgp_fpr():
    return rstr("0123456789ABCDEF", 40)


def sealed_blob(n=None):
    n = n or R.randint(12, 40)
    return b64of(b"\x02\x00" + rbytes(512 + n + 28))


def vault_body(n=None, indent=""):
    n = n or R.choice([16, 32, 48, 64])
    inner = (binascii.hexlify(rbytes(32)) + b"\n" + binascii.hexlify(rbytes(32)) + b"\n"
             + binascii.hexlify(rbytes(n)))
    outer = binascii.hexlify(inner).decode()
    return "\n".join(indent + outer[i:i + 80] for i in range(0, len(outer), 80))


def ejson_enc(n=None):
    n = n or R.randint(10, 40)
    return "EJ[1:%s:%s:%s]" % (b64(32), b64(24), b64(n + 16))


def dotenvx_enc(n=None):
    n = n or R.randint(10, 40)
    return "encrypted:" + b64of(b"\x04" + rbytes(64 + 32 + n))


def dotenvx_pub():
    return pick(["02", "03"]) + hexn(64)


def jenkins_enc(n=None):
    n = n or R.choice([16, 32, 48, 64])
    return "{" + b64of(b"\x01\x00\x00\x00\x10" + n.to_bytes(4, "big") + rbytes(16 + n)) + "}"


def rails_enc():
    return "%s--%s--%s" % (b64(R.randint(120, 600)), b64(12), b64(16))


def laravel_enc_payload():
    j = json.dumps({"iv": b64(16), "value": b64(R.randint(200, 900)), "mac": hexn(64), "tag": ""}, separators=(",", ":"))
    return b64of(j.encode())


def transit():
    return "vault:v%d:%s" % (R.randint(1, 3), b64(R.randint(24, 60)))


def cert_b64(n):
    """base64 body of a DER certificate: SEQUENCE(SEQUENCE(version ...)) + random."""
    body = bytes([0x30, 0x82]) + (n + 8).to_bytes(2, "big") + bytes([0x30, 0x82]) + (n - 200).to_bytes(2, "big") \
        + bytes([0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14]) + rbytes(n)
    return b64of(body)


def sha256h():
    return hexn(64)


def ind(text, n):
    pad = " " * n
    return "\n".join(pad + x if x else x for x in text.split("\n"))


def sops_meta_yaml(kms=None, pgp=None):
    out = ["sops:"]
    if kms or (kms is None and R.random() < 0.3):
        out += ["    kms:", "        - arn: " + kms_arn(), "          created_at: \"" + ts() + "\"",
                "          enc: " + b64(R.randint(150, 190)), "          aws_profile: \"\""]
    else:
        out += ["    kms: []"]
    out += ["    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:"]
    for _ in range(R.randint(1, 2)):
        out += ["        - recipient: " + age_recipient(), "          enc: |", age_armor("            ")]
    out += ["    lastmodified: \"" + ts() + "\"", "    mac: " + sops_enc(R.randint(60, 70)) ]
    if pgp or (pgp is None and R.random() < 0.25):
        out += ["    pgp:", "        - created_at: \"" + ts() + "\"", "          enc: |",
                "            -----BEGIN PGP MESSAGE-----", "", ind(wrap(b64(R.randint(300, 420)), 64), 12),
                "            =" + b64(3), "            -----END PGP MESSAGE-----", "          fp: " + pgp_fpr()]
    else:
        out += ["    pgp: []"]
    if R.random() < 0.5:
        out += ["    encrypted_regex: ^(data|stringData|password|token|.*_key)$"]
    else:
        out += ["    unencrypted_suffix: _unencrypted"]
    out += ["    version: %s" % pick(["3.7.3", "3.8.1", "3.9.0", "3.9.4"])]
    return "\n".join(out)


def sops_meta_dict():
    return {"kms": [{"arn": kms_arn(), "created_at": ts(), "enc": b64(R.randint(150, 190)), "aws_profile": ""}]
            if R.random() < 0.4 else None,
            "gcp_kms": None, "azure_kv": None, "hc_vault": None,
            "age": [{"recipient": age_recipient(), "enc": age_armor() + "\n"}],
            "lastmodified": ts(), "mac": sops_enc(R.randint(60, 70)), "pgp": None,
            "unencrypted_suffix": "_unencrypted", "version": pick(["3.7.3", "3.8.1", "3.9.0"])}


def gha_head(name, on="push"):
    return ("name: %s\n\non:\n  %s:\n    branches: [main]\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
            "    steps:\n      - uses: actions/checkout@v4\n" % (name, on))


class C(object):
    def __init__(self, v, neg):
        self.v = v
        self.neg = neg


# ---------------------------------------------------------------- positive templates
# each: fn(c) -> (relpath, text); c.v is the value to put in the secret slot.

def p_sops_yaml_half(c):
    e = envn()
    t = ("# Encrypted with sops - edit with `sops secrets/%s.enc.yaml`\n" % e
         + "database:\n    host: %s\n    port: 5432\n    user: %s\n    password: %s\n" % (host(), pick(USERS), c.v)
         + "redis:\n    url: %s\n" % sops_enc(40)
         + "smtp:\n    username: %s\n    password: %s\n" % (sops_enc(16), sops_enc(24))
         + sops_meta_yaml() + "\n")
    return "secrets/%s.enc.yaml" % e, t


def p_sops_yaml_dec(c):
    e = envn()
    t = ("database:\n    host: %s\n    port: 5432\n    name: %s_%s\n    user: %s\n    password: %s\n"
         % (host(), app(), e, pick(USERS), c.v)
         + "feature_flags:\n    new_checkout: true\n    beta_banner: false\nlog_level: info\n")
    return pick(["secrets/%s.dec.yaml" % e, "secrets.decrypted.yaml", "deploy/%s/secrets.dec.yaml" % e]), t


def p_sops_json_half(c):
    d = {"stripe": {"publishable_key": "pk_live_" + rstr(B62, 24), "secret_key": c.v, "webhook_secret": sops_enc(38)},
         "app_name_unencrypted": app(), "sops": sops_meta_dict()}
    return "config/secrets.%s.json" % envn(), json.dumps(d, indent=4) + "\n"


def p_sops_env_dec(c):
    t = ("# decrypted with: sops -d secrets.enc.env > %s\nAPP_ENV=%s\nLOG_LEVEL=info\nMAIL_FROM=noreply@%s.example.com\n"
         "SENDGRID_API_KEY=%s\nQUEUE_CONCURRENCY=%d\n" % ("secrets.env.dec", envn(), app(), c.v, R.randint(2, 16)))
    return pick(["secrets.env.dec", "deploy/app.env.decrypted", "config/%s.env.dec" % envn()]), t


def p_sops_ini_dec(c):
    t = ("; sops -d --input-type ini config/secrets.enc.ini\n[database]\nhost = %s\nport = 3306\nuser = %s\npassword = %s\n\n"
         "[cache]\nhost = %s\nttl = 300\n" % (host(), pick(USERS), c.v, host("redis")))
    return pick(["config/secrets.dec.ini", "config/secrets.decrypted.ini"]), t


def p_age_keys_txt(c):
    t = "# created: %s\n# public key: %s\n%s\n" % (ts().replace("Z", "+00:00"), age_recipient(), c.v)
    return pick([".config/sops/age/keys.txt", "deploy/age/keys.txt", "keys/age.agekey", "infra/sops/key.txt"]), t


def p_sops_gha(c):
    t = (gha_head("Deploy secrets") + "      - name: Install sops\n        run: |\n"
         "          curl -sSLo /usr/local/bin/sops https://github.com/getsops/sops/releases/download/v3.9.0/sops-v3.9.0.linux.amd64\n"
         "          chmod +x /usr/local/bin/sops\n      - name: Decrypt\n        env:\n          SOPS_AGE_KEY: %s\n"
         "        run: sops -d secrets/prod.enc.yaml > /tmp/secrets.yaml\n" % c.v)
    return ".github/workflows/%s.yml" % pick(["deploy", "release", "secrets"]), t


def p_sops_makefile(c):
    t = (".PHONY: decrypt encrypt deploy\n\nENV ?= staging\nSOPS_AGE_KEY := %s\nexport SOPS_AGE_KEY\n\n"
         "decrypt:\n\tsops -d secrets/$(ENV).enc.yaml > secrets/$(ENV).yaml\n\n"
         "encrypt:\n\tsops -e -i secrets/$(ENV).yaml\n\ndeploy: decrypt\n\thelm upgrade --install %s ./chart -f secrets/$(ENV).yaml\n"
         % (c.v, app()))
    return "Makefile", t


def p_helm_secrets_dec(c):
    t = ("# helm secrets decrypt output\npostgresql:\n  auth:\n    username: %s\n    password: %s\n    database: %s\n"
         "  primary:\n    persistence:\n      size: 20Gi\n" % (pick(USERS), c.v, app()))
    return pick(["helm/%s/secrets.yaml.dec" % app(), "charts/%s/secrets.dec.yaml" % app()]), t


def p_sops_dec_pem(c):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-tls\n  namespace: %s\ntype: kubernetes.io/tls\nstringData:\n"
         "  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n%s\n    -----END CERTIFICATE-----\n  tls.key: |\n%s\n"
         % (app(), envn(), ind(wrap(cert_b64(600), 64), 4), ind(c.v, 4)))
    return pick(["k8s/tls-secret.decrypted.yaml", "secrets/tls.dec.yaml"]), t


def p_sops_shell(c):
    t = ("#!/usr/bin/env bash\nset -euo pipefail\n\n# decrypt all environment secrets for local debugging\n"
         "export SOPS_AGE_KEY=\"%s\"\n\nfor f in secrets/*.enc.yaml; do\n  sops -d \"$f\" > \"${f%%.enc.yaml}.yaml\"\ndone\n" % c.v)
    return "scripts/decrypt-secrets.sh", t


def p_sops_md(c):
    t = ("# Secrets handling\n\nWe encrypt `secrets/*.yaml` with [sops](https://getsops.io) and age.\n\n"
         "## Setting up your machine\n\nPut the team identity in `~/.config/sops/age/keys.txt`:\n\n```\n"
         "# public key: %s\n%s\n```\n\nThen run `sops secrets/prod.enc.yaml` to edit.\n" % (age_recipient(), c.v))
    return pick(["docs/secrets.md", "README.secrets.md", "docs/ops/sops.md"]), t


def p_sops_yaml_cfg(c):
    t = ("creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      %s,\n      %s\n"
         "    # break-glass identity (do not lose): %s\n  - path_regex: secrets/.*\n    age: %s\n"
         % (age_recipient(), age_recipient(), c.v, age_recipient()))
    return ".sops.yaml", t


def p_flux_age_secret(c):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: sops-age\n  namespace: flux-system\ntype: Opaque\n"
         "stringData:\n  age.agekey: %s\n" % c.v)
    return "clusters/%s/flux-system/sops-age.yaml" % envn(), t


def p_k8s_plain_secret(c):
    a = app()
    t = ("# TODO: seal with kubeseal before merging\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-db\n  namespace: %s\n"
         "type: Opaque\nstringData:\n  DB_HOST: %s\n  DB_USER: %s\n  DB_PASSWORD: \"%s\"\n" % (a, a, host(), pick(USERS), c.v))
    return pick(["k8s/%s/db-secret.yaml" % a, "manifests/%s-secret.yaml" % a]), t


def p_k8s_data_b64(c):
    a = app()
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\n  labels:\n    app: %s\ntype: Opaque\ndata:\n"
         "  username: %s\n  password: %s\n" % (a, a, b64of(pick(USERS).encode()), c.v))
    return "deploy/k8s/%s-credentials.yaml" % a, t


def p_sealed_key_backup(c):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  generateName: sealed-secrets-key\n  namespace: kube-system\n  labels:\n"
         "    sealedsecrets.bitnami.com/sealed-secrets-key: active\ntype: kubernetes.io/tls\ndata:\n  tls.crt: %s\n  tls.key: %s\n"
         % (b64of(("-----BEGIN CERTIFICATE-----\n" + wrap(cert_b64(700), 64) + "\n-----END CERTIFICATE-----\n").encode()), c.v))
    return pick(["backup/sealed-secrets-key.yaml", "cluster/main.key.yaml"]), t


def p_kustomize(c):
    t = ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: %s\nresources:\n  - deployment.yaml\n"
         "  - service.yaml\nsecretGenerator:\n  - name: git-credentials\n    literals:\n      - username=%s-bot\n      - token=%s\n"
         % (app(), app(), c.v))
    return "overlays/%s/kustomization.yaml" % envn(), t


def p_helm_values(c):
    t = ("replicaCount: 2\nimage:\n  repository: ghcr.io/acme/%s\n  tag: \"%d.%d.%d\"\nalerting:\n  slack:\n"
         "    channel: \"#ops-alerts\"\n    webhookUrl: %s\nresources:\n  limits:\n    memory: 512Mi\n"
         % (app(), R.randint(1, 4), R.randint(0, 20), R.randint(0, 9), c.v))
    return pick(["deploy/values-%s.yaml" % envn(), "charts/%s/values.yaml" % app()]), t


def p_gitcrypt_yaml(c):
    t = ("production:\n  aws:\n    region: %s\n    bucket: acme-%s-uploads\n    access_key_id: %s\n    secret_access_key: %s\n"
         % (region(), app(), "AKIAIOSFODNN7EXAMPLE" if c.neg else aws_id(), c.v))
    return pick(["config/secrets/production.yml", "secrets/aws.yml"]), t


def p_gitcrypt_json(c):
    d = {"provider": "sendgrid", "from": "noreply@%s.example.com" % app(), "api_key": c.v, "sandbox": False}
    return pick(["credentials/sendgrid.json", "secret/mail.json"]), json.dumps(d, indent=2) + "\n"


def p_gitcrypt_props(c):
    t = ("# encrypted via git-crypt (see .gitattributes)\nspring.datasource.url=jdbc:postgresql://%s:5432/%s\n"
         "spring.datasource.username=%s\nspring.datasource.password=%s\nspring.jpa.hibernate.ddl-auto=validate\n"
         % (host(), app(), pick(USERS), c.v))
    return "src/main/resources/secrets/application-%s.properties" % envn(), t


def p_ansible_vault_plain(c):
    t = ("---\n# group_vars/all/vault.yml  (ansible-vault encrypt me!)\nvault_db_user: %s\nvault_db_password: %s\n"
         "vault_db_port: 5432\n" % (pick(USERS), c.v))
    return pick(["group_vars/all/vault.yml", "inventories/%s/group_vars/all/vault.yml" % envn()]), t


def p_vault_pass_file(c):
    return pick([".vault_pass", "ansible/.vault_pass.txt", ".vault-password"]), c.v + "\n"


def p_vault_pass_script(c):
    t = "#!/bin/sh\n# used by ansible.cfg: vault_password_file = ./vault-pass.sh\necho '%s'\n" % c.v
    return "ansible/vault-pass.sh", t


def p_ansible_gha(c):
    t = (gha_head("Ansible deploy") + "      - name: Run playbook\n        run: |\n"
         "          echo '%s' > .vault_pass\n          ansible-playbook -i inventories/prod site.yml --vault-password-file .vault_pass\n"
         "          rm -f .vault_pass\n" % c.v)
    return ".github/workflows/ansible.yml", t


def p_host_vars_half(c):
    t = ("---\nansible_host: 10.%d.%d.%d\nansible_user: %s\nansible_become_password: %s\nmysql_root_password: !vault |\n"
         "          $ANSIBLE_VAULT;1.1;AES256\n%s\n" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), pick(USERS),
                                                    c.v, vault_body(indent="          ")))
    return "host_vars/%s.yml" % pick(["web01", "db01", "app-02", "bastion"]), t


def p_ansible_makefile(c):
    t = ("VAULT_PASSWORD ?= %s\n\n.PHONY: provision\nprovision:\n\t@echo \"$(VAULT_PASSWORD)\" > /tmp/.vp\n"
         "\tansible-playbook -i hosts site.yml --vault-password-file /tmp/.vp\n\t@rm /tmp/.vp\n" % c.v)
    return "ansible/Makefile", t


def p_ansible_inventory(c):
    t = ("[webservers]\nweb1.%s.internal ansible_user=deploy\n\n[dbservers]\ndb1.%s.internal ansible_host=10.0.3.%d "
         "ansible_user=%s ansible_password=%s\n\n[all:vars]\nansible_python_interpreter=/usr/bin/python3\n"
         % (app(), app(), R.randint(2, 250), pick(USERS), c.v))
    return pick(["inventories/%s/hosts.ini" % envn(), "hosts"]), t


def p_ejson_dec(c):
    d = {"_public_key": hexn(64), "environment": {"STRIPE_SECRET_KEY": c.v, "_APP_NAME": app()},
         "_comment": "output of ejson decrypt"}
    return "config/secrets.%s.json" % envn(), json.dumps(d, indent=2) + "\n"


def p_ejson_keyfile(c):
    return "deploy/ejson/keys/%s" % hexn(64), c.v + "\n"


def p_ejson_docker(c):
    pub = hexn(64)
    t = ("FROM ruby:3.2-slim\nWORKDIR /app\nCOPY . .\nRUN gem install ejson\nRUN mkdir -p /opt/ejson/keys && \\\n"
         "    echo \"%s\" > /opt/ejson/keys/%s\nRUN ejson decrypt config/secrets.ejson > config/secrets.json\n"
         "CMD [\"bundle\", \"exec\", \"puma\"]\n" % (c.v, pub))
    return "Dockerfile", t


def p_ejson_k8s(c):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ejson-keys\n  namespace: %s\ntype: Opaque\nstringData:\n"
         "  %s: %s\n" % (app(), hexn(64), c.v))
    return "k8s/ejson-keys.yaml", t


def p_ejson_half(c):
    d = {"_public_key": hexn(64), "database_password": ejson_enc(), "github_token": c.v, "sentry_dsn": ejson_enc(60)}
    return pick(["config/secrets.ejson", "config/secrets.production.ejson"]), json.dumps(d, indent=2) + "\n"


def p_rails_master_key(c):
    return pick(["config/master.key", "config/credentials/production.key", "config/credentials/staging.key"]), c.v


def p_rails_docker(c):
    t = ("FROM ruby:3.3-slim AS base\nWORKDIR /rails\nENV RAILS_ENV=production \\\n    BUNDLE_DEPLOYMENT=1 \\\n"
         "    RAILS_MASTER_KEY=%s\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\n"
         "RUN bundle exec rails assets:precompile\nCMD [\"./bin/rails\", \"server\"]\n" % c.v)
    return "Dockerfile", t


def p_rails_gha(c):
    t = (gha_head("CI", "pull_request") + "      - uses: ruby/setup-ruby@v1\n        with:\n          bundler-cache: true\n"
         "      - name: Tests\n        env:\n          RAILS_ENV: test\n          RAILS_MASTER_KEY: %s\n"
         "        run: bin/rails test\n" % c.v)
    return ".github/workflows/ci.yml", t


def p_kamal_secrets(c):
    t = ("# Secrets defined here are available for reference under registry/password, env/secret in config/deploy.yml.\n"
         "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\nRAILS_MASTER_KEY=%s\n" % c.v)
    return ".kamal/secrets", t


def p_rails_creds_dump(c):
    t = ("# rails credentials:show (production)\naws:\n  region: %s\n  bucket: %s-assets\n\n"
         "# Used as the base secret for all MessageVerifiers in Rails, including the one protecting cookies.\n"
         "secret_key_base: %s\n" % (region(), app(), c.v))
    return pick(["tmp/credentials.yml", "config/credentials.production.yml"]), t


def p_rails_compose(c):
    t = ("services:\n  web:\n    build: .\n    ports:\n      - \"3000:3000\"\n    environment:\n      RAILS_ENV: production\n"
         "      RAILS_MASTER_KEY: %s\n      DATABASE_HOST: db\n  db:\n    image: postgres:16\n    volumes:\n"
         "      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n" % c.v)
    return pick(["docker-compose.yml", "compose.production.yml"]), t


def p_rails_initializer(c):
    t = ("# frozen_string_literal: true\n\n# Fallback so the console works on the staging box\nENV[\"RAILS_MASTER_KEY\"] ||= \"%s\"\n\n"
         "Rails.application.configure do\n  config.require_master_key = true\nend\n" % c.v)
    return "config/initializers/00_master_key.rb", t


def p_rails_creds_aws(c):
    t = ("aws:\n  access_key_id: %s\n  secret_access_key: %s\n  region: %s\n"
         % ("AKIAIOSFODNN7EXAMPLE" if c.neg else aws_id(), c.v, region()))
    return "config/credentials/production.yml", t


def p_laravel_dotenv(c):
    t = ("APP_NAME=%s\nAPP_ENV=production\nAPP_KEY=%s\nAPP_DEBUG=false\nAPP_URL=https://%s.example.com\n\n"
         "LOG_CHANNEL=stack\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=3306\nDB_DATABASE=%s\n"
         % (app().capitalize(), c.v, app(), app()))
    return pick([".env", ".env.production"]), t


def p_laravel_deploy(c):
    t = ("#!/usr/bin/env bash\nset -e\ncd /var/www/%s/current\ncomposer install --no-dev --optimize-autoloader\n"
         "php artisan env:decrypt --env=production --key=%s --force\nphp artisan migrate --force\n"
         "php artisan config:cache\n" % (app(), c.v))
    return pick(["deploy.sh", "scripts/deploy.sh"]), t


def p_laravel_gha(c):
    t = (gha_head("Deploy Laravel") + "      - uses: shivammathur/setup-php@v2\n        with:\n          php-version: '8.3'\n"
         "      - name: Decrypt env\n        env:\n          LARAVEL_ENV_ENCRYPTION_KEY: %s\n"
         "        run: php artisan env:decrypt --env=production\n" % c.v)
    return ".github/workflows/deploy.yml", t


def p_laravel_config(c):
    t = ("<?php\n\nreturn [\n    'name' => env('APP_NAME', 'Laravel'),\n    'env' => env('APP_ENV', 'production'),\n"
         "    'debug' => (bool) env('APP_DEBUG', false),\n    'url' => env('APP_URL', 'http://localhost'),\n"
         "    'timezone' => 'UTC',\n    'key' => '%s',\n    'cipher' => 'AES-256-CBC',\n];\n" % c.v)
    return "config/app.php", t


def p_laravel_envdec(c):
    t = ("APP_ENV=production\nAPP_DEBUG=false\nDB_CONNECTION=pgsql\nDB_HOST=%s\nDB_DATABASE=%s\nDB_USERNAME=%s\n"
         "DB_PASSWORD=%s\nCACHE_DRIVER=redis\n" % (host(), app(), pick(USERS), c.v))
    return pick(["deploy/production.env.dec", "storage/env/production.env.decrypted"]), t


def p_laravel_deployer(c):
    t = ("<?php\nnamespace Deployer;\n\nrequire 'recipe/laravel.php';\n\nset('repository', 'git@github.com:acme/%s.git');\n"
         "set('env_encryption_key', '%s');\n\nhost('%s')\n    ->set('remote_user', 'deploy')\n"
         "    ->set('deploy_path', '/var/www/%s');\n\ntask('env:decrypt', function () {\n"
         "    run('cd {{release_path}} && php artisan env:decrypt --key={{env_encryption_key}}');\n});\n"
         % (app(), c.v, host("web"), app()))
    return "deploy.php", t


def p_dotenvx_keys(c):
    t = ("#/------------------!DOTENV_PRIVATE_KEYS!-------------------/\n#/ private decryption keys. DO NOT commit to source control /\n"
         "#/     [how it works](https://dotenvx.com/encryption)       /\n#/----------------------------------------------------------/\n\n"
         "# .env.production\nDOTENV_PRIVATE_KEY_PRODUCTION=\"%s\"\n" % c.v)
    return ".env.keys", t


def p_dotenvx_gha(c):
    t = (gha_head("Build") + "      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"
         "      - run: npm ci\n      - run: npx dotenvx run -f .env.production -- npm run build\n        env:\n"
         "          DOTENV_PRIVATE_KEY_PRODUCTION: %s\n" % c.v)
    return ".github/workflows/build.yml", t


def p_dotenvx_compose(c):
    t = ("services:\n  api:\n    image: ghcr.io/acme/%s:latest\n    command: dotenvx run -f .env.production -- node server.js\n"
         "    environment:\n      - DOTENV_PRIVATE_KEY_PRODUCTION=%s\n    ports:\n      - \"8080:8080\"\n" % (app(), c.v))
    return "docker-compose.prod.yml", t


def p_dotenvx_pkg(c):
    d = {"name": app(), "version": "1.%d.0" % R.randint(0, 30), "private": True,
         "scripts": {"dev": "dotenvx run -- node index.js",
                     "start:prod": "DOTENV_PRIVATE_KEY_PRODUCTION=%s dotenvx run -f .env.production -- node index.js" % c.v,
                     "test": "jest"},
         "dependencies": {"@dotenvx/dotenvx": "^1.%d.0" % R.randint(10, 40), "express": "^4.19.2"}}
    return "package.json", json.dumps(d, indent=2) + "\n"


def p_dotenvx_fly(c):
    t = ("app = \"%s-%s\"\nprimary_region = \"%s\"\n\n[build]\n  dockerfile = \"Dockerfile\"\n\n[env]\n  NODE_ENV = \"production\"\n"
         "  DOTENV_PRIVATE_KEY_PRODUCTION = \"%s\"\n\n[http_service]\n  internal_port = 8080\n  force_https = true\n"
         % (app(), envn(), pick(["ams", "iad", "fra", "syd"]), c.v))
    return "fly.toml", t


def p_age_shell(c):
    t = ("#!/usr/bin/env bash\n# restore nightly dump\nset -euo pipefail\nDUMP=${1:-backups/latest.sql.age}\n"
         "age -d -i <(echo \"%s\") \"$DUMP\" | psql \"$DATABASE_URL\"\n" % c.v)
    return "scripts/restore-backup.sh", t


def p_age_tf(c):
    t = ("variable \"sops_age_key\" {\n  description = \"age identity used by the sops provider\"\n  type        = string\n"
         "  default     = \"%s\"\n}\n\nprovider \"sops\" {}\n\ndata \"sops_file\" \"app\" {\n  source_file = \"secrets/app.enc.yaml\"\n}\n"
         % c.v)
    return "infra/terraform/variables.tf", t


def p_age_conftest(c):
    t = ("import os\nimport subprocess\n\nimport pytest\n\nos.environ.setdefault(\"SOPS_AGE_KEY\", \"%s\")\n\n\n"
         "@pytest.fixture(scope=\"session\")\ndef secrets():\n    out = subprocess.check_output([\"sops\", \"-d\", \"tests/fixtures/secrets.enc.json\"])\n"
         "    return out\n" % c.v)
    return "tests/conftest.py", t


def p_jenkins_dump(c):
    t = ("$ ./jenkins-credentials-decryptor -m secrets/master.key -s secrets/hudson.util.Secret -c credentials.xml\n"
         "[\n  {\n    \"id\": \"gitlab-deploy\",\n    \"description\": \"GitLab deploy token\",\n    \"scope\": \"GLOBAL\",\n"
         "    \"secret\": \"%s\"\n  }\n]\n" % c.v)
    return pick(["notes/jenkins-migration.txt", "docs/jenkins-creds.log"]), t


def p_jenkins_credxml(c):
    t = ("<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@1337.v60b_d7b_c7b_c9f\">\n"
         "  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">\n    <entry>\n"
         "      <com.cloudbees.plugins.credentials.domains.Domain>\n        <specifications/>\n"
         "      </com.cloudbees.plugins.credentials.domains.Domain>\n      <java.util.concurrent.CopyOnWriteArrayList>\n"
         "        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n"
         "          <id>nexus-deploy</id>\n          <description>Nexus deploy user</description>\n          <username>%s</username>\n"
         "          <password>%s</password>\n        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"
         "      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n"
         "</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n" % (pick(USERS), c.v))
    return pick(["jenkins/credentials.xml", "jenkins_home/credentials.xml"]), t


def p_jenkins_casc(c):
    t = ("jenkins:\n  systemMessage: \"Configured by JCasC\"\ncredentials:\n  system:\n    domainCredentials:\n      - credentials:\n"
         "          - string:\n              scope: GLOBAL\n              id: npm-publish\n              secret: \"%s\"\n"
         "              description: npm publish token\nunclassified:\n  location:\n    url: https://ci.%s.example.com/\n"
         % (c.v, app()))
    return "jenkins/casc/jenkins.yaml", t


def p_jenkinsfile(c):
    t = ("pipeline {\n    agent any\n    stages {\n        stage('Notify') {\n            steps {\n"
         "                sh \"curl -s -X POST -H 'Content-type: application/json' --data '{\\\"text\\\":\\\"Build ${env.BUILD_NUMBER} done\\\"}' %s\"\n"
         "            }\n        }\n    }\n}\n" % c.v)
    return "Jenkinsfile", t


def p_firefox_csv(c):
    t = ("\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\",\"timeCreated\",\"timeLastUsed\",\"timePasswordChanged\"\n"
         "\"https://admin.%s.example.com\",\"%s\",\"%s\",,\"https://admin.%s.example.com\",\"{%s}\",\"%d\",\"%d\",\"%d\"\n"
         % (app(), pick(USERS), c.v, app(), uuid4(), R.randint(1600000000000, 1700000000000), R.randint(1600000000000, 1700000000000), R.randint(1600000000000, 1700000000000)))
    return pick(["exports/logins.csv", "tmp/firefox-logins.csv"]), t


def p_firefox_decrypt(c):
    t = ("$ python firefox_decrypt.py ~/.mozilla/firefox/abcd1234.default-release\n\n"
         "Website:   https://grafana.%s.example.com\nUsername: '%s'\nPassword: '%s'\n" % (app(), pick(USERS), c.v))
    return "notes/browser-migration.txt", t


def p_chamber_dotenv(c):
    t = ("# chamber export --format dotenv %s\nLOG_LEVEL=\"info\"\nPUBLIC_URL=\"https://%s.example.com\"\nSENTRY_ENVIRONMENT=\"%s\"\n"
         "SLACK_BOT_TOKEN=\"%s\"\nWORKERS=\"4\"\n" % (app(), app(), envn(), c.v))
    return pick(["%s.chamber.env" % app(), "ops/chamber/%s.env" % app()]), t


def p_chamber_json(c):
    d = {"db_host": host(), "db_port": "5432", "db_user": pick(USERS), "db_password": c.v, "region": region()}
    return "ops/chamber-export-%s.json" % app(), json.dumps(d, indent=2) + "\n"


def p_cloudrun(c):
    a = app()
    t = ("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: %s\nspec:\n  template:\n    spec:\n"
         "      containers:\n        - image: gcr.io/acme-%s/%s:latest\n          env:\n            - name: DB_PASSWORD\n"
         "              value: sm://acme-%s/%s-db-password\n            - name: TWILIO_ACCOUNT_SID\n              value: %s\n"
         "            - name: TWILIO_AUTH_TOKEN\n              value: \"%s\"\n"
         % (a, envn(), a, envn(), a, twilio_sid(), c.v))
    return "deploy/cloudrun/%s.yaml" % a, t


def p_eso_token(c):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: vault-token\n  namespace: external-secrets\ntype: Opaque\n"
         "stringData:\n  token: %s\n---\napiVersion: external-secrets.io/v1beta1\nkind: ClusterSecretStore\nmetadata:\n"
         "  name: vault-backend\nspec:\n  provider:\n    vault:\n      server: https://vault.%s.internal:8200\n      path: secret\n"
         "      version: v2\n      auth:\n        tokenSecretRef:\n          name: vault-token\n          key: token\n"
         "          namespace: external-secrets\n" % (c.v, pick(["corp", "prod"])))
    return "clusters/%s/external-secrets/store.yaml" % envn(), t


def p_eso_aws(c):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: awssm-secret\ntype: Opaque\nstringData:\n  access-key: %s\n"
         "  secret-access-key: %s\n" % ("AKIAIOSFODNN7EXAMPLE" if c.neg else aws_id(), c.v))
    return "infra/external-secrets/awssm-credentials.yaml", t


def p_pgp_asc(c):
    t = c.v + "\n"
    return pick(["keys/sops-pgp.asc", ".gnupg-export/private.asc", "ci/signing-key.asc"]), t


def p_pgp_shell(c):
    t = ("#!/usr/bin/env bash\n# import the release signing key on the CI runner\nset -e\ngpg --batch --import <<'EOF'\n%s\nEOF\n"
         "gpg --list-secret-keys\n" % c.v)
    return "ci/import-gpg-key.sh", t


def p_rsa_in_ini(c):
    t = ("[deploy]\nhost = %s\nuser = deploy\n; key pasted from the decrypted vault file\nprivate_key =\n%s\n"
         % (host("web"), ind(c.v, 4)))
    return "deploy/deploy.ini", t


def p_openssh_file(c):
    return pick(["ansible/files/deploy_id_ed25519", "keys/id_ed25519", ".ssh/deploy_key"]), c.v + "\n"


def p_dbconn_yaml(c):
    t = ("default: &default\n  adapter: postgresql\n  encoding: unicode\n  pool: 5\n\nproduction:\n  <<: *default\n"
         "  url: postgres://%s:%s@%s:5432/%s\n" % (pick(USERS), c.v, host(), app()))
    return "config/database.yml", t


def p_django_settings(c):
    t = ("from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\n"
         "SECRET_KEY = \"%s\"\n\nDEBUG = False\nALLOWED_HOSTS = [\"%s.example.com\"]\n\nINSTALLED_APPS = [\n"
         "    \"django.contrib.admin\",\n    \"django.contrib.auth\",\n    \"django.contrib.contenttypes\",\n]\n"
         % (c.v.replace("\\", "\\\\").replace("\"", "\\\""), app()))
    return "config/settings/production.py", t


def p_node_client(c):
    t = ("import Stripe from 'stripe';\n\n// decrypted from secrets.ejson during debugging\nconst stripe = new Stripe('%s', {\n"
         "  apiVersion: '2024-06-20',\n});\n\nexport async function createCustomer(email) {\n  return stripe.customers.create({ email });\n}\n"
         % c.v)
    return "src/lib/stripe.js", t


def p_npmrc(c):
    t = ("registry=https://registry.npmjs.org/\n@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n"
         "save-exact=true\n" % c.v)
    return pick([".npmrc", "packages/%s/.npmrc" % app()]), t


def p_curl_md(c):
    t = ("## Calling the GitHub API\n\n```bash\ncurl -H \"Authorization: Bearer %s\" \\\n"
         "     -H \"Accept: application/vnd.github+json\" \\\n     https://api.github.com/repos/acme/%s/releases\n```\n"
         % (c.v, app()))
    return "docs/release-process.md", t


def p_sql_seed(c):
    t = ("-- seed integration credentials (decrypted copy)\nINSERT INTO integrations (id, provider, account_sid, auth_token, created_at)\n"
         "VALUES (%d, 'twilio', '%s', '%s', '%s');\n" % (R.randint(1, 99), twilio_sid(), c.v, date()))
    return "db/seeds/integrations.sql", t


def p_log_leak(c):
    t = ("%s INFO  [boot] loading secrets from secrets/%s.enc.yaml\n%s DEBUG [sops] decrypted 4 keys\n"
         "%s DEBUG [config] vault.token=%s\n%s INFO  [http] listening on :8080\n" % (ts(), envn(), ts(), ts(), c.v, ts()))
    return pick(["logs/app.log", "log/boot-%s.log" % date()]), t


# ---------------------------------------------------------------- registry of positive templates
def ml(fn):
    def g():
        block = fn()
        return block, block.split("\n")[0]
    return g


def one(fn):
    def g():
        v = fn()
        return v, v
    return g


POS = [
    ("sops", "password", g_password, p_sops_yaml_half),
    ("sops", "password", g_password, p_sops_yaml_dec),
    ("sops", "stripe_secret_key", g_stripe, p_sops_json_half),
    ("sops", "sendgrid_api_key", g_sendgrid, p_sops_env_dec),
    ("sops", "password", g_password, p_sops_ini_dec),
    ("age", "age_secret_key", g_age_sk, p_age_keys_txt),
    ("sops", "age_secret_key", g_age_sk, p_sops_gha),
    ("sops", "age_secret_key", g_age_sk, p_sops_makefile),
    ("helm-secrets", "password", g_password, p_helm_secrets_dec),
    ("sops", "private_key", ml(pem_rsa), p_sops_dec_pem),
    ("sops", "age_secret_key", g_age_sk, p_sops_shell),
    ("sops", "age_secret_key", g_age_sk, p_sops_md),
    ("sops", "age_secret_key", g_age_sk, p_sops_yaml_cfg),
    ("flux", "age_secret_key", g_age_sk, p_flux_age_secret),
    ("sealed-secrets", "password", g_password, p_k8s_plain_secret),
    ("kubernetes", "password_b64", g_b64pw, p_k8s_data_b64),
    ("sealed-secrets", "private_key_b64", pem_b64_backup, p_sealed_key_backup),
    ("github", "github_token", g_ghp, p_kustomize),
    ("slack", "webhook_url", g_slack_hook, p_helm_values),
    ("aws", "aws_secret_key", g_aws_secret, p_gitcrypt_yaml),
    ("sendgrid", "sendgrid_api_key", g_sendgrid, p_gitcrypt_json),
    ("git-crypt", "password", g_password, p_gitcrypt_props),
    ("ansible-vault", "password", g_password, p_ansible_vault_plain),
    ("ansible-vault", "vault_password", g_vaultpw, p_vault_pass_file),
    ("ansible-vault", "vault_password", g_vaultpw, p_vault_pass_script),
    ("ansible-vault", "vault_password", g_vaultpw, p_ansible_gha),
    ("ansible", "password", g_password, p_host_vars_half),
    ("ansible-vault", "vault_password", g_vaultpw, p_ansible_makefile),
    ("ansible", "password", g_password, p_ansible_inventory),
    ("ejson", "stripe_secret_key", g_stripe, p_ejson_dec),
    ("ejson", "ejson_private_key", g_hex64, p_ejson_keyfile),
    ("ejson", "ejson_private_key", g_hex64, p_ejson_docker),
    ("ejson", "ejson_private_key", g_hex64, p_ejson_k8s),
    ("ejson", "github_token", g_ghp, p_ejson_half),
    ("rails", "rails_master_key", g_hex32, p_rails_master_key),
    ("rails", "rails_master_key", g_hex32, p_rails_docker),
    ("rails", "rails_master_key", g_hex32, p_rails_gha),
    ("rails", "rails_master_key", g_hex32, p_kamal_secrets),
    ("rails", "secret_key_base", g_skb, p_rails_creds_dump),
    ("rails", "rails_master_key", g_hex32, p_rails_compose),
    ("rails", "rails_master_key", g_hex32, p_rails_initializer),
    ("aws", "aws_secret_key", g_aws_secret, p_rails_creds_aws),
    ("laravel", "laravel_app_key", g_laravel, p_laravel_dotenv),
    ("laravel", "laravel_env_key", g_laravel, p_laravel_deploy),
    ("laravel", "laravel_env_key", g_laravel, p_laravel_gha),
    ("laravel", "laravel_app_key", g_laravel, p_laravel_config),
    ("laravel", "password", g_password, p_laravel_envdec),
    ("laravel", "laravel_env_key", g_laravel, p_laravel_deployer),
    ("dotenvx", "dotenvx_private_key", g_hex64, p_dotenvx_keys),
    ("dotenvx", "dotenvx_private_key", g_hex64, p_dotenvx_gha),
    ("dotenvx", "dotenvx_private_key", g_hex64, p_dotenvx_compose),
    ("dotenvx", "dotenvx_private_key", g_hex64, p_dotenvx_pkg),
    ("dotenvx", "dotenvx_private_key", g_hex64, p_dotenvx_fly),
    ("age", "age_secret_key", g_age_sk, p_age_shell),
    ("age", "age_secret_key", g_age_sk, p_age_tf),
    ("age", "age_secret_key", g_age_sk, p_age_conftest),
    ("jenkins", "gitlab_token", g_glpat, p_jenkins_dump),
    ("jenkins", "password", g_password, p_jenkins_credxml),
    ("jenkins", "npm_token", g_npm, p_jenkins_casc),
    ("slack", "webhook_url", g_slack_hook, p_jenkinsfile),
    ("firefox", "password", g_password, p_firefox_csv),
    ("firefox", "password", g_password, p_firefox_decrypt),
    ("chamber", "slack_bot_token", g_slack_bot, p_chamber_dotenv),
    ("chamber", "password", g_password, p_chamber_json),
    ("berglas", "twilio_auth_token", g_hex32, p_cloudrun),
    ("external-secrets", "vault_token", g_vault_token, p_eso_token),
    ("external-secrets", "aws_secret_key", g_aws_secret, p_eso_aws),
    ("gpg", "pgp_private_key", ml(pgp_block), p_pgp_asc),
    ("gpg", "pgp_private_key", ml(pgp_block), p_pgp_shell),
    ("ssh", "private_key", ml(pem_rsa), p_rsa_in_ini),
    ("ssh", "openssh_private_key", ml(pem_openssh), p_openssh_file),
    ("postgres", "password", g_urlpw, p_dbconn_yaml),
    ("django", "django_secret_key", g_django, p_django_settings),
    ("stripe", "stripe_secret_key", g_stripe, p_node_client),
    ("npm", "npm_token", g_npm, p_npmrc),
    ("github", "github_token", g_ghp, p_curl_md),
    ("twilio", "twilio_auth_token", g_hex32, p_sql_seed),
    ("hashicorp-vault", "vault_token", g_vault_token, p_log_leak),
]

VARN = {"password": "DB_PASSWORD", "stripe_secret_key": "STRIPE_SECRET_KEY", "sendgrid_api_key": "SENDGRID_API_KEY",
        "age_secret_key": "SOPS_AGE_KEY", "private_key": "TLS_PRIVATE_KEY", "password_b64": "DB_PASSWORD_B64",
        "private_key_b64": "SEALED_SECRETS_KEY", "github_token": "GITHUB_TOKEN", "webhook_url": "SLACK_WEBHOOK_URL",
        "aws_secret_key": "AWS_SECRET_ACCESS_KEY", "vault_password": "ANSIBLE_VAULT_PASSWORD",
        "ejson_private_key": "EJSON_PRIVATE_KEY", "rails_master_key": "RAILS_MASTER_KEY",
        "secret_key_base": "SECRET_KEY_BASE", "laravel_app_key": "APP_KEY", "laravel_env_key": "LARAVEL_ENV_ENCRYPTION_KEY",
        "dotenvx_private_key": "DOTENV_PRIVATE_KEY_PRODUCTION", "gitlab_token": "GITLAB_TOKEN", "npm_token": "NPM_TOKEN",
        "slack_bot_token": "SLACK_BOT_TOKEN", "twilio_auth_token": "TWILIO_AUTH_TOKEN", "vault_token": "VAULT_TOKEN",
        "pgp_private_key": "GPG_PRIVATE_KEY", "openssh_private_key": "DEPLOY_SSH_KEY", "django_secret_key": "DJANGO_SECRET_KEY"}

PLACE = ["", "changeme", "CHANGEME", "REPLACE_ME", "<your-secret-here>", "YOUR_SECRET_HERE", "xxxxxxxxxxxxxxxxxxxx",
         "********", "[REDACTED]", "<redacted>", "TODO", "dummy", "not-a-real-secret", "example"]


def kind_neg(kind):
    """documented examples, public counterparts and shaped placeholders for one kind."""
    if kind == "age_secret_key":
        return [age_recipient(), "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
                "AGE-SECRET-KEY-1...", "<AGE-SECRET-KEY-1 from 1Password>", "AGE-SECRET-KEY-1" + "X" * 58]
    if kind in ("rails_master_key",):
        return ["0" * 32, "<32 hex chars from 1Password>", "your_master_key_here", "$(cat config/master.key)"]
    if kind in ("laravel_app_key", "laravel_env_key"):
        return ["base64:", "base64:YOUR_KEY_HERE", "base64:" + "A" * 43 + "=", "<generated by php artisan key:generate>"]
    if kind == "dotenvx_private_key":
        return [dotenvx_pub(), "a4547dcd9d3429615a3649bb79e87edb62ee6a74b007075e9141ae44f5fb412c", "0" * 64,
                "<DOTENV_PRIVATE_KEY from .env.keys>"]
    if kind == "ejson_private_key":
        return ["0" * 64, "<private key for this public key>", "{{ ejson_private_key }}"]
    if kind == "stripe_secret_key":
        return ["pk_live_" + rstr(B62, 24), "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
                "pk_test_" + rstr(B62, 24)]
    if kind == "aws_secret_key":
        return ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_SECRET_ACCESS_KEY"]
    if kind == "github_token":
        return ["ghp_" + "x" * 36, "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<github-pat>"]
    if kind == "gitlab_token":
        return ["glpat-xxxxxxxxxxxxxxxxxxxx", "<gitlab-token>"]
    if kind == "npm_token":
        return ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<npm-token>"]
    if kind == "webhook_url":
        return ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                "https://hooks.slack.com/services/...", "https://example.com/webhook"]
    if kind == "sendgrid_api_key":
        return ["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<sendgrid-api-key>"]
    if kind == "slack_bot_token":
        return ["xoxb-your-token", "xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx"]
    if kind == "twilio_auth_token":
        return [twilio_sid(), "your_auth_token", "0" * 32]
    if kind == "vault_token":
        return ["hvs.XXXXXXXXXXXXXXXXXXXXXXXX", "<vault-token>", "root"]
    if kind == "secret_key_base":
        return ["<%= ENV['SECRET_KEY_BASE'] %>", "run `bin/rails secret` and paste here"]
    if kind == "password_b64":
        return [b64of(b"changeme"), b64of(b"password"), ""]
    if kind == "private_key_b64":
        return ["", "<base64 of tls.key>", b64of(b"REPLACE_ME")]
    if kind in ("private_key", "openssh_private_key", "pgp_private_key"):
        return ["-----BEGIN RSA PRIVATE KEY-----\n<paste the key here>\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----",
                pgp_block(False), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rstr(B64C, 43) + " deploy@ci",
                "(stored in 1Password: Infra / deploy key)"]
    if kind == "vault_password":
        return ["changeme", "{{ lookup('env', 'ANSIBLE_VAULT_PASSWORD') }}", "<vault password from Bitwarden>"]
    if kind == "django_secret_key":
        return ["django-insecure-change-me", "<generate with get_random_secret_key()>"]
    return ["<secret>"]


def env_ref(kind, path):
    v = VARN.get(kind, "SECRET")
    if path.startswith(".github/"):
        return pick(["${{ secrets.%s }}" % v, "${{ secrets.%s }}" % v, "${{ vars.%s_REF }}" % v])
    if path.endswith(".rb"):
        return "<%%= ENV.fetch('%s') %%>" % v
    if path.endswith(".tf"):
        return "${var.%s}" % v.lower()
    if "group_vars" in path or "host_vars" in path or "ansible" in path or path in ("hosts",):
        return "{{ vault_%s }}" % v.lower()
    if path.endswith(".php"):
        return "${%s}" % v
    if path == "Makefile" or path.endswith("/Makefile"):
        return "$(%s)" % v
    if path.endswith(".py") or path.endswith(".js"):
        return "${%s}" % v
    return pick(["${%s}" % v, "$%s" % v, "${%s:?missing}" % v, "${%s}" % v])


def mgr_ref(kind):
    v = VARN.get(kind, "SECRET").lower().replace("_", "-")
    return pick(["op://Engineering/%s/%s" % (app(), v), "ref+vault://secret/data/%s#/%s" % (app(), v),
                 "sm://acme-%s/%s" % (envn(), v), "berglas://acme-secrets/%s/%s" % (app(), v),
                 "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (region(), acct(), app(), v, rstr(B62, 6)),
                 "vault:secret/data/%s#%s" % (app(), v), "ssm:/%s/%s/%s" % (envn(), app(), v)])


def neg_value(kind, path):
    k = R.randrange(6)
    if k == 0:
        return pick(PLACE)
    if k == 1:
        return env_ref(kind, path)
    if k == 2:
        return mgr_ref(kind)
    if k == 3 and kind not in ("private_key", "openssh_private_key", "pgp_private_key"):
        return sops_enc()
    return pick(kind_neg(kind))


# ---------------------------------------------------------------- look-alike negative templates
# each: fn() -> (relpath, text or bytes, provider, kind)

def n_sops_yaml():
    e = envn()
    t = ("database:\n    host: %s\n    user: %s\n    password: %s\napi:\n    token: %s\n    timeout_unencrypted: 30\n%s\n"
         % (sops_enc(24), sops_enc(10), sops_enc(20), sops_enc(40), sops_meta_yaml()))
    return "secrets/%s.enc.yaml" % e, t, "sops", "encrypted_file"


def n_sops_json():
    d = {"stripe_secret_key": sops_enc(32), "sendgrid_api_key": sops_enc(69), "db": {"password": sops_enc(18)},
         "sops": sops_meta_dict()}
    return "config/secrets.enc.json", json.dumps(d, indent=4) + "\n", "sops", "encrypted_file"


def n_sops_env():
    t = ("DB_PASSWORD=%s\nRAILS_MASTER_KEY=%s\nSLACK_BOT_TOKEN=%s\nsops_age__list_0__map_enc=%s\n"
         "sops_age__list_0__map_recipient=%s\nsops_lastmodified=%s\nsops_mac=%s\nsops_unencrypted_suffix=_unencrypted\n"
         "sops_version=3.8.1\n" % (sops_enc(20), sops_enc(32), sops_enc(57), age_armor().replace("\n", "\\n") + "\\n",
                                  age_recipient(), ts(), sops_enc(64)))
    return pick(["secrets.enc.env", "deploy/%s.sops.env" % envn()]), t, "sops", "encrypted_file"


def n_sops_ini():
    t = ("[database]\npassword = %s\nuser = %s\n\n[sops]\nage__list_0__map_recipient = %s\nlastmodified = %s\nmac = %s\n"
         "version = 3.9.0\n" % (sops_enc(22), sops_enc(8), age_recipient(), ts(), sops_enc(64)))
    return "config/secrets.enc.ini", t, "sops", "encrypted_file"


def n_sops_cfg():
    t = ("creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    kms: %s\n    pgp: %s\n"
         "  - path_regex: secrets/.*\\.yaml$\n    encrypted_regex: ^(data|stringData)$\n    age: >-\n      %s,\n      %s\n"
         % (kms_arn(), pgp_fpr(), age_recipient(), age_recipient()))
    return ".sops.yaml", t, "sops", "config"


def n_sealed():
    a = app()
    t = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  creationTimestamp: null\n  name: %s-db\n"
         "  namespace: %s\nspec:\n  encryptedData:\n    DB_PASSWORD: %s\n    DB_USER: %s\n  template:\n    metadata:\n"
         "      name: %s-db\n      namespace: %s\n    type: Opaque\n" % (a, a, sealed_blob(), sealed_blob(8), a, a))
    return "k8s/%s/db-sealedsecret.yaml" % a, t, "sealed-secrets", "encrypted_file"


def n_sealed_cert():
    t = "-----BEGIN CERTIFICATE-----\n" + wrap(cert_b64(1290), 64) + "\n-----END CERTIFICATE-----\n"
    return pick(["pub-sealed-secrets.pem", "k8s/sealed-secrets/cert.pem"]), t, "sealed-secrets", "certificate"


def n_vault_file():
    t = "$ANSIBLE_VAULT;1.1;AES256\n" + vault_body(R.choice([64, 128, 256])) + "\n"
    return pick(["group_vars/all/vault.yml", "inventories/%s/group_vars/all/vault.yml" % envn()]), t, "ansible-vault", "encrypted_file"


def n_vault_inline():
    t = ("---\ndb_user: app\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.2;AES256;%s\n%s\napi_token: !vault |\n"
         "          $ANSIBLE_VAULT;1.1;AES256\n%s\n" % (envn(), vault_body(indent="          "), vault_body(indent="          ")))
    return "group_vars/%s.yml" % pick(["webservers", "dbservers", "all"]), t, "ansible-vault", "encrypted_value"


def n_ansible_cfg():
    t = ("[defaults]\ninventory = inventories/%s/hosts\nvault_password_file = ~/.ansible/vault_pass.txt\n"
         "vault_identity_list = dev@~/.vault_dev, prod@prompt\nretry_files_enabled = False\nhost_key_checking = True\n" % envn())
    return "ansible.cfg", t, "ansible-vault", "config"


def n_ejson():
    d = {"_public_key": hexn(64), "environment": {"DATABASE_URL": ejson_enc(60), "STRIPE_SECRET_KEY": ejson_enc(32),
                                                 "_LOG_LEVEL": "info"}}
    return pick(["config/secrets.ejson", "config/secrets.%s.ejson" % envn()]), json.dumps(d, indent=2) + "\n", "ejson", "encrypted_file"


def n_ejson_md():
    t = ("# Secrets\n\nSecrets live in `config/secrets.ejson`, encrypted to this public key:\n\n    %s\n\n"
         "Ask #infra for the private key; it is installed at `/opt/ejson/keys/<public key>` on the hosts.\n"
         "Run `ejson encrypt config/secrets.ejson` after editing.\n" % hexn(64))
    return "docs/secrets.md", t, "ejson", "public_key"


def n_dotenvx():
    t = ("#/-------------------[DOTENV_PUBLIC_KEY]--------------------/\n#/            public-key encryption for .env files          /\n"
         "#/       [how it works](https://dotenvx.com/encryption)     /\n#/----------------------------------------------------------/\n"
         "DOTENV_PUBLIC_KEY_PRODUCTION=\"%s\"\n\n# .env.production\nDATABASE_URL=\"%s\"\nSTRIPE_SECRET_KEY=\"%s\"\nNODE_ENV=\"production\"\n"
         % (dotenvx_pub(), dotenvx_enc(50), dotenvx_enc(32)))
    return pick([".env.example", "config/production.env.example"]), t, "dotenvx", "encrypted_file"


def n_dotenvx_md():
    t = ("## Environment\n\nWe use [dotenvx](https://dotenvx.com). The committed `.env.production` contains only\n"
         "`encrypted:` values and `DOTENV_PUBLIC_KEY_PRODUCTION=%s`.\n\nSet `DOTENV_PRIVATE_KEY_PRODUCTION` in the hosting "
         "dashboard (never in git).\n\n```sh\ndotenvx set API_KEY \"...\" -f .env.production\ndotenvx run -f .env.production -- npm start\n```\n"
         % dotenvx_pub())
    return "docs/environment.md", t, "dotenvx", "public_key"


def n_rails_enc():
    return pick(["config/credentials.yml.enc", "config/credentials/production.yml.enc"]), rails_enc(), "rails", "encrypted_file"


def n_rails_prod():
    t = ("require \"active_support/core_ext/integer/time\"\n\nRails.application.configure do\n  config.enable_reloading = false\n"
         "  config.eager_load = true\n  config.require_master_key = true\n  config.force_ssl = true\n"
         "  config.active_record.encryption.key_derivation_salt = Rails.application.credentials.dig(:ar, :salt)\nend\n")
    return "config/environments/production.rb", t, "rails", "config"


def n_gitignore():
    t = ("/.bundle\n/log/*\n/tmp/*\n/config/master.key\n/config/credentials/*.key\n.env\n.env.*\n!.env.example\n"
         ".env.keys\n*.dec.yaml\nsecrets.decrypted.*\n.vault_pass\nkeys.txt\n")
    return ".gitignore", t, "git", "config"


def n_laravel_enc():
    return pick(["deploy/production.env.encrypted", "storage/envs/staging.env.encrypted"]), laravel_enc_payload() + "\n", "laravel", "encrypted_file"


def n_laravel_cfg():
    t = ("<?php\n\nreturn [\n    'key' => env('APP_KEY'),\n    'previous_keys' => [\n        ...array_filter(\n"
         "            explode(',', env('APP_PREVIOUS_KEYS', ''))\n        ),\n    ],\n    'cipher' => 'AES-256-CBC',\n];\n")
    return "config/app.php", t, "laravel", "config"


def n_jenkins_xml():
    t = ("<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@1337.v60b_d7b_c7b_c9f\">\n"
         "  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">\n    <entry>\n      <java.util.concurrent.CopyOnWriteArrayList>\n"
         "        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n"
         "          <id>nexus-deploy</id>\n          <username>deploy</username>\n          <password>%s</password>\n"
         "        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"
         "        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n          <scope>GLOBAL</scope>\n"
         "          <id>slack-token</id>\n          <secret>%s</secret>\n        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n"
         "      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n"
         "</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n" % (jenkins_enc(), jenkins_enc(64)))
    return "jenkins/credentials.xml", t, "jenkins", "encrypted_value"


def n_jenkins_casc():
    t = ("credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - usernamePassword:\n"
         "              scope: GLOBAL\n              id: registry\n              username: ci\n              password: \"${REGISTRY_PASSWORD}\"\n"
         "          - string:\n              scope: GLOBAL\n              id: sonar\n              secret: \"%s\"\n" % jenkins_enc(48))
    return "jenkins/casc/credentials.yaml", t, "jenkins", "encrypted_value"


def n_gitcrypt_blob():
    data = b"\x00GITCRYPT\x00" + rbytes(12) + rbytes(R.randint(80, 600))
    return pick(["config/secrets/production.yml", "secrets/aws.json", "credentials/sendgrid.json"]), data, "git-crypt", "encrypted_file"


def n_gitattributes():
    t = ("secrets/** filter=git-crypt diff=git-crypt\nconfig/secrets/*.yml filter=git-crypt diff=git-crypt\n"
         "*.key filter=git-crypt diff=git-crypt\n.gitattributes !filter !diff\nconfig/credentials/*.yml.enc diff=rails_credentials\n")
    return ".gitattributes", t, "git-crypt", "config"


def n_gitcrypt_gpg():
    data = b"\x85\x02\x0c\x03" + rbytes(8) + b"\x01\x0f\xff" + rbytes(R.randint(400, 520))
    return ".git-crypt/keys/default/0/%s.gpg" % pgp_fpr(), data, "git-crypt", "encrypted_key"


def n_age_armor():
    return pick(["backups/db-%s.sql.age" % date(), "secrets/bundle.tar.age"]), age_armor() + "\n", "age", "encrypted_file"


def n_age_recipients():
    lines = ["# team recipients for `age -R`"] + [age_recipient() for _ in range(R.randint(2, 5))]
    lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops@%s" % (rstr(B64C, 43), app()))
    return pick([".age-recipients", "keys/recipients.txt"]), "\n".join(lines) + "\n", "age", "public_key"


def n_pgp_pub():
    return pick(["keys/team.pub.asc", "KEYS.asc"]), pgp_block(False) + "\n", "gpg", "public_key"


def n_transit_sql():
    rows = ",\n".join("  (%d, '%s', '%s', '%s')" % (i, "%s@example.com" % pick(WORDS), transit(), date()) for i in range(1, R.randint(4, 8)))
    t = "-- ssn column encrypted with Vault transit (key: customers)\nINSERT INTO customers (id, email, ssn_ciphertext, created_at) VALUES\n" + rows + ";\n"
    return "db/seeds/customers.sql", t, "hashicorp-vault", "ciphertext"


def n_transit_json():
    d = {"request_id": uuid4(), "lease_id": "", "renewable": False, "lease_duration": 0,
         "data": {"ciphertext": transit(), "key_version": 1}, "wrap_info": None, "warnings": None, "auth": None}
    return "tests/fixtures/transit_encrypt_response.json", json.dumps(d, indent=2) + "\n", "hashicorp-vault", "ciphertext"


def n_firefox_logins():
    d = {"nextId": R.randint(3, 40), "logins": [{"id": i, "hostname": "https://%s.example.com" % app(), "httpRealm": None,
                                                 "formSubmitURL": "", "usernameField": "user", "passwordField": "pass",
                                                 "encryptedUsername": "MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA" + b64(16),
                                                 "encryptedPassword": "MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA" + b64(24),
                                                 "guid": "{%s}" % uuid4(), "encType": 1,
                                                 "timeCreated": R.randint(1600000000000, 1700000000000)} for i in range(1, 3)],
         "version": 3}
    return "profile-backup/logins.json", json.dumps(d, indent=2) + "\n", "firefox", "encrypted_value"


def n_eso():
    a = app()
    t = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: %s-db\nspec:\n  refreshInterval: 1h\n"
         "  secretStoreRef:\n    name: aws-secretsmanager\n    kind: ClusterSecretStore\n  target:\n    name: %s-db\n"
         "  data:\n    - secretKey: password\n      remoteRef:\n        key: %s/%s/db\n        property: password\n" % (a, a, envn(), a))
    return "k8s/%s/externalsecret.yaml" % a, t, "external-secrets", "reference"


def n_secretstore():
    t = ("apiVersion: external-secrets.io/v1beta1\nkind: ClusterSecretStore\nmetadata:\n  name: aws-secretsmanager\nspec:\n"
         "  provider:\n    aws:\n      service: SecretsManager\n      region: %s\n      role: arn:aws:iam::%s:role/external-secrets\n"
         "      auth:\n        jwt:\n          serviceAccountRef:\n            name: external-secrets\n            namespace: external-secrets\n"
         % (region(), acct()))
    return "infra/external-secrets/clustersecretstore.yaml", t, "external-secrets", "reference"


def n_chamber():
    a = app()
    t = (".PHONY: run shell\n\nSERVICE := %s\n\nrun:\n\tchamber exec $(SERVICE) -- ./bin/server\n\n"
         "shell:\n\tchamber exec $(SERVICE) global -- bash\n\nlist:\n\tchamber list $(SERVICE)\n"
         "\t# parameters live under /$(SERVICE)/ in SSM, KMS key alias/parameter_store_key\n" % a)
    return "Makefile", t, "chamber", "reference"


def n_berglas():
    a = app()
    t = ("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: %s\nspec:\n  template:\n    spec:\n"
         "      containers:\n        - image: gcr.io/acme-prod/%s:%s\n          env:\n            - name: API_KEY\n"
         "              value: berglas://acme-secrets/%s/api-key\n            - name: DB_PASSWORD\n"
         "              value: sm://acme-prod/%s-db-password#latest\n" % (a, a, hexn(12), a, a))
    return "deploy/cloudrun/service.yaml", t, "berglas", "reference"


def n_helmfile():
    t = ("releases:\n  - name: %s\n    chart: ./charts/%s\n    values:\n      - values.yaml\n    secrets:\n"
         "      - secrets://secrets/%s.enc.yaml\n    set:\n      - name: db.password\n        value: ref+vault://secret/data/%s#/db_password\n"
         % (app(), app(), envn(), app()))
    return "helmfile.yaml", t, "helm-secrets", "reference"


def n_kms_policy():
    d = {"Version": "2012-10-17", "Id": "sops-key-policy",
         "Statement": [{"Sid": "AllowSopsDecrypt", "Effect": "Allow",
                        "Principal": {"AWS": "arn:aws:iam::%s:role/%s-deployer" % (acct(), app())},
                        "Action": ["kms:Decrypt", "kms:DescribeKey"], "Resource": kms_arn()}]}
    return "infra/kms/sops-key-policy.json", json.dumps(d, indent=2) + "\n", "aws", "arn"


def n_tf_kms():
    t = ("resource \"aws_kms_key\" \"sops\" {\n  description             = \"sops data keys\"\n  deletion_window_in_days = 30\n"
         "  enable_key_rotation     = true\n}\n\nresource \"aws_kms_alias\" \"sops\" {\n  name          = \"alias/sops-%s\"\n"
         "  target_key_id = aws_kms_key.sops.key_id\n}\n\ndata \"sops_file\" \"app\" {\n  source_file = \"secrets/%s.enc.yaml\"\n}\n\n"
         "output \"db_password\" {\n  value     = data.sops_file.app.data[\"db.password\"]\n  sensitive = true\n}\n" % (envn(), envn()))
    return "infra/terraform/kms.tf", t, "sops", "config"


def n_sops_log():
    t = ("%s Failed to get the data key required to decrypt the SOPS file.\n\nGroup 0: FAILED\n  %s: FAILED\n"
         "    - | failed to decrypt sops data key with age identities\n  %s: FAILED\n    - | Error decrypting key: AccessDeniedException\n"
         "  %s: FAILED\n    - | could not decrypt data key with PGP key: gpg: decryption failed: No secret key\n"
         "\nRecovery failed because no master key was able to decrypt the file.\n" % (ts(), age_recipient(), kms_arn(), pgp_fpr()))
    return "logs/ci-%s.log" % date(), t, "sops", "log"


def n_sha256sums():
    names = ["sops-v3.9.%d.linux.amd64" % R.randint(0, 4), "age-v1.2.0-linux-amd64.tar.gz", "kubeseal-0.27.1-linux-amd64.tar.gz",
             "ejson_1.5.2_linux_amd64.tar.gz", "dotenvx-1.%d.0-linux-x86_64.tar.gz" % R.randint(20, 40)]
    return "tools/SHA256SUMS", "".join("%s  %s\n" % (sha256h(), n) for n in names), "checksums", "hash"


def n_lockfile():
    deps = ["@dotenvx/dotenvx", "eciesjs", "dotenv", "commander", "which"]
    pk = {"": {"name": app(), "version": "1.0.0"}}
    for d in deps:
        pk["node_modules/" + d] = {"version": "%d.%d.%d" % (R.randint(1, 16), R.randint(0, 30), R.randint(0, 9)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (d, d.split("/")[-1]),
                                   "integrity": "sha512-" + b64(64)}
    d = {"name": app(), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n", "npm", "hash"


def n_kms_csv():
    rows = ["key_id,arn,alias,created,rotation"]
    for _ in range(R.randint(4, 9)):
        u = uuid4()
        rows.append("%s,arn:aws:kms:%s:%s:key/%s,alias/%s-%s,%s,%s" % (u, region(), acct(), u, app(), envn(), date(), pick(["true", "false"])))
    return "docs/inventory/kms-keys.csv", "\n".join(rows) + "\n", "aws", "arn"


def n_sops_diff():
    t = ("diff --git a/secrets/prod.enc.yaml b/secrets/prod.enc.yaml\nindex %s..%s 100644\n--- a/secrets/prod.enc.yaml\n"
         "+++ b/secrets/prod.enc.yaml\n@@ -1,5 +1,5 @@\n database:\n-    password: %s\n+    password: %s\n"
         "@@ -22,3 +22,3 @@\n-    lastmodified: \"%s\"\n-    mac: %s\n+    lastmodified: \"%s\"\n+    mac: %s\n"
         % (hexn(7), hexn(7), sops_enc(20), sops_enc(22), ts(), sops_enc(64), ts(), sops_enc(64)))
    return "patches/rotate-db-password.patch", t, "sops", "encrypted_value"


def n_runbook():
    t = ("# Rotating the sops age key\n\n1. `age-keygen -o new.txt` prints `Public key: age1...`; the file holds\n"
         "   `AGE-SECRET-KEY-1...` - keep it in the vault, never in git.\n2. Add the new recipient to `.sops.yaml`:\n\n"
         "   ```yaml\n   age: %s\n   ```\n3. `sops updatekeys secrets/*.enc.yaml`\n4. Update `SOPS_AGE_KEY` in CI settings "
         "(Settings -> Secrets -> Actions).\n5. Remove the old recipient `%s`.\n" % (age_recipient(), age_recipient()))
    return "docs/runbooks/rotate-age-key.md", t, "age", "documentation"


def n_authorized_keys():
    lines = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rstr(B64C, 43), pick(USERS), app()) for _ in range(R.randint(2, 4))]
    lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s deploy@ci" % rstr(B64C, 350))
    return "ansible/files/authorized_keys", "\n".join(lines) + "\n", "ssh", "public_key"


def n_docker_secret_mount():
    t = ("# syntax=docker/dockerfile:1\nFROM ruby:3.3-slim\nWORKDIR /rails\nARG RAILS_ENV=production\nCOPY . .\n"
         "RUN --mount=type=secret,id=master_key,target=config/master.key \\\n    bundle exec rails assets:precompile\n"
         "CMD [\"bin/rails\", \"server\"]\n")
    return "Dockerfile", t, "rails", "reference"


def n_gha_refs():
    t = (gha_head("Deploy") + "      - name: Decrypt and deploy\n        env:\n          SOPS_AGE_KEY: ${{ secrets.SOPS_AGE_KEY }}\n"
         "          RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}\n          DOTENV_PRIVATE_KEY_PRODUCTION: ${{ secrets.DOTENV_PRIVATE_KEY_PRODUCTION }}\n"
         "        run: |\n          sops -d secrets/prod.enc.yaml > /tmp/s.yaml\n          ./deploy.sh /tmp/s.yaml\n")
    return ".github/workflows/deploy-prod.yml", t, "github-actions", "reference"


def n_cert_chain():
    t = "".join("-----BEGIN CERTIFICATE-----\n" + wrap(cert_b64(R.randint(800, 1300)), 64) + "\n-----END CERTIFICATE-----\n"
                for _ in range(2))
    return pick(["certs/chain.pem", "deploy/tls/ca-bundle.crt"]), t, "x509", "certificate"


def n_jwks():
    d = {"keys": [{"kty": "RSA", "use": "sig", "kid": hexn(16), "alg": "RS256", "n": base64.urlsafe_b64encode(rbytes(256)).decode().rstrip("="),
                   "e": "AQAB"}]}
    return "public/.well-known/jwks.json", json.dumps(d, indent=2) + "\n", "jwks", "public_key"


def n_eso_status():
    t = ("NAMESPACE   NAME            STORE                REFRESH INTERVAL   STATUS         READY\n"
         + "".join("%-11s %-15s %-20s %-18s %-14s True\n" % (app(), "%s-%s" % (app(), pick(["db", "api", "smtp"])), "vault-backend", "1h", "SecretSynced")
                   for _ in range(4)) + "\nresourceVersion: %d  uid: %s\n" % (R.randint(10 ** 6, 10 ** 8), uuid4()))
    return "docs/debug/externalsecrets.txt", t, "external-secrets", "log"


def n_sealed_status():
    t = ("%s controller version: v0.27.1\n%s New key written to kube-system/sealed-secrets-key%s\n"
         "%s Certificate is \n%s\n%s HTTP server serving on :8080\n"
         % (ts(), ts(), rstr(LO + DG, 5), ts(), "-----BEGIN CERTIFICATE-----\n" + wrap(cert_b64(700), 64) + "\n-----END CERTIFICATE-----", ts()))
    return "logs/sealed-secrets-controller.log", t, "sealed-secrets", "log"


def n_build_ids():
    rows = ["build_id,commit,image_digest,duration_s"]
    for _ in range(R.randint(5, 10)):
        rows.append("%s,%s,sha256:%s,%d" % (uuid4(), hexn(40), sha256h(), R.randint(40, 900)))
    return "reports/builds.csv", "\n".join(rows) + "\n", "ci", "hash"


def n_gpg_list():
    t = ("$ gpg --list-keys --fingerprint\n/home/ci/.gnupg/pubring.kbx\n---------------------------\n"
         "pub   ed25519 %s [SC]\n      %s\nuid           [ultimate] Release Bot <release@%s.example.com>\n"
         "sub   cv25519 %s [E]\n" % (date(), " ".join(rstr("0123456789ABCDEF", 4) for _ in range(10)), app(), date()))
    return "docs/signing.md", t, "gpg", "fingerprint"


NEG = [n_sops_yaml, n_sops_json, n_sops_env, n_sops_ini, n_sops_cfg, n_sealed, n_sealed_cert, n_vault_file,
       n_vault_inline, n_ansible_cfg, n_ejson, n_ejson_md, n_dotenvx, n_dotenvx_md, n_rails_enc, n_rails_prod,
       n_gitignore, n_laravel_enc, n_laravel_cfg, n_jenkins_xml, n_jenkins_casc, n_gitcrypt_blob, n_gitattributes,
       n_gitcrypt_gpg, n_age_armor, n_age_recipients, n_pgp_pub, n_transit_sql, n_transit_json, n_firefox_logins,
       n_eso, n_secretstore, n_chamber, n_berglas, n_helmfile, n_kms_policy, n_tf_kms, n_sops_log, n_sha256sums,
       n_lockfile, n_kms_csv, n_sops_diff, n_runbook, n_authorized_keys, n_docker_secret_mount, n_gha_refs,
       n_cert_chain, n_jwks, n_eso_status, n_sealed_status, n_build_ids, n_gpg_list]


# ---------------------------------------------------------------- driver
SENT = "@@SECRET_SLOT@@"
ENV_OK = (".example", ".sample", ".template", ".dist", ".defaults")


def is_env_name(path):
    b = path.rsplit("/", 1)[-1]
    return b == ".env" or (b.startswith(".env.") and not b.endswith(ENV_OK))


def subst(text, value):
    """put value in the sentinel slot; continuation lines of a multi-line value
    get the slot's leading indentation."""
    i = text.index(SENT)
    ls = text.rfind("\n", 0, i) + 1
    prefix = text[ls:i]
    pad = prefix if prefix.strip() == "" else ""
    if "\n" in value and pad:
        value = value.replace("\n", "\n" + pad)
    out = text[:i] + value + text[i + len(SENT):]
    assert SENT not in out
    return out


SPECIAL = {"Makefile": "Makefile", "Dockerfile": "Dockerfile", "Jenkinsfile": "Jenkinsfile", "hosts": "ini",
           ".vault_pass": "text", ".vault-password": "text", ".gitignore": "gitignore", ".gitattributes": "gitattributes",
           ".env": "env", ".env.keys": "env", ".npmrc": "npmrc", ".age-recipients": "text", "secrets": "env",
           "master.key": "key", "production.key": "key", "staging.key": "key", "SHA256SUMS": "text",
           "authorized_keys": "text", "deploy_key": "key", "deploy_id_ed25519": "key", "id_ed25519": "key"}


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b in SPECIAL:
        return SPECIAL[b]
    if b.startswith(".env"):
        return "env"
    if "/keys/" in path and "." not in b:
        return "key"
    if path.startswith(".github/workflows/"):
        return "github-actions"
    for suf in (".dec", ".decrypted", ".example", ".sample"):
        if b.endswith(suf) and b.count(".") >= 2:
            b = b[:-len(suf)]
            if b.startswith(".env"):
                return "env"
    ext = b.rsplit(".", 1)[-1] if "." in b.lstrip(".") else b.lstrip(".")
    return {"yaml": "yml"}.get(ext, ext)


def write(outdir, rel, data):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(full, "wb") as f:
        f.write(data)


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_lm.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    npos = nneg = 500
    assert len(POS) >= 60 and len(NEG) + len(POS) >= 60

    order = [i % len(POS) for i in range(npos)]
    R.shuffle(order)
    env_count = 0
    for n, ti in enumerate(order):
        provider, kind, gen, fn = POS[ti]
        g = gen()
        insert, needle = g if isinstance(g, tuple) else (g, g)
        path, text = fn(C(SENT, False))
        if is_env_name(path):
            env_count += 1
            if env_count * 20 > npos:
                path = "deploy/app.env.decrypted"
        text = subst(text, insert)
        idx = text.find(needle)
        assert idx >= 0, (fn.__name__, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (fn.__name__, line)
        rel = "pos/p%04d/%s" % (n, path)
        write(outdir, rel, text)
        # re-read and check
        with open(os.path.join(outdir, rel), "rb") as f:
            lines = f.read().decode("utf-8").split("\n")
        assert needle in lines[line - 1]
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert sum(1 for m in manifest if is_env_name(m["file"].split("/", 2)[2])) * 20 <= npos

    negs = []
    half = nneg // 2
    order = [i % len(POS) for i in range(half)]
    R.shuffle(order)
    for ti in order:
        provider, kind, gen, fn = POS[ti]
        path, text = fn(C(SENT, True))
        text = subst(text, neg_value(kind, path))
        negs.append((path, text, provider, "reused:" + kind))
    order = [i % len(NEG) for i in range(nneg - half)]
    R.shuffle(order)
    for ti in order:
        path, data, provider, kind = NEG[ti]()
        negs.append((path, data, provider, kind))
    R.shuffle(negs)
    for n, (path, data, provider, kind) in enumerate(negs):
        if is_env_name(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert not is_env_name(path)
        rel = "neg/n%04d/%s" % (n, path)
        write(outdir, rel, data)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    print("wrote %d positives, %d negatives to %s (%d positive templates, %d look-alike templates)"
          % (npos, nneg, outdir, len(POS), len(NEG)))


if __name__ == "__main__":
    main()
