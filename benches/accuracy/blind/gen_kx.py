#!/usr/bin/env python3
"""gen_kx.py - blind evaluation set: payment HSMs, card-present terminals, key management.

EMPHASIS
    Domain: payment-HSM key management and card-present terminals.  Providers / products:
    Thales payShield (host commands A0/FA/HC/CA, console FK form-key transcripts, keys under
    LMK), Futurex and Utimaco HSM configs (admin passwords, PKCS#11 user PINs), ANSI X9.24
    DUKPT (TDES and AES BDK / IPEK / KSN) in terminal-management and test-harness code, AWS
    Payment Cryptography (boto3 + psec TR-31 wrapping of clear keys before import_key),
    Azure Payment HSM (payShield 10K) runbooks, EMV kernel configs (CA public keys, AIDs),
    PIN-block test code, Verifone / Ingenico terminal configs (clear TMK / master key slots),
    jPOS ISO 8583 simulators (cfg/*.xml, deploy/*.xml, key property files), Adyen (API key,
    HMAC key, Terminal API shared-key passphrase), Stripe Terminal (secret / restricted keys,
    connection tokens, webhook signing secrets), Square Terminal (access tokens, app secrets).
    File types: Python, Java, C, C#, Go, JavaScript, XML, properties, YAML, JSON, INI, TOML,
    shell, SQL, Markdown, Dockerfile, Terraform, CSV, log, PEM, .env.

USAGE
    python3 -B gen_kx.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    - Hex keys (clear TDES/AES keys, components, BDK, IPEK, MAC keys, TMK, LMK in a simulator):
      the hex string exactly as written (no spaces, case as written).  Where a C source holds a
      key as a byte array on one line, the needle is the array body "0x.., 0x.., ..." .
    - API keys / tokens / webhook secrets: the whole token including its prefix (sk_live_,
      rk_live_, pst_live_, whsec_, EAAA, sq0csp-, AQE...).
    - Headers (x-API-key, Authorization: Bearer) and curl -u: only the token, not the header
      name nor the "Bearer " word nor the trailing ':' of -u.
    - URLs / connection strings with a password: only the password part.
    - Passwords / passphrases / PINs: the password string only.
    - Multi-line PEM private keys: the "-----BEGIN ... PRIVATE KEY-----" line (the line a scanner
      reports); the line number is that of the BEGIN line.
    - line is 1-based; the generator asserts the needle is on that line.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret: placeholders
    (<clear-key-hex>, CHANGE_ME, XXXX...), empty values, masked values (****, [REDACTED],
    sk_live_****1234), env / secret-manager references (${VAR}, vault:, op://, ARNs, aliases),
    template expressions ({{ .Values.x }}), published test vectors (ANSI X9.24 BDK
    0123456789ABCDEFFEDCBA9876543210, its IPEK 6AC292FAA1315B4D858AB3A3D7D5933A, AES DUKPT test
    BDK), documented examples (Stripe docs' sk_test_BQokikJOvBiI2HlWgH4olfQ2 and pst_test_
    example), public values (Stripe pk_live_, Adyen client keys test_/live_, Square application
    ids sq0idp-), keys under LMK (U+32 hex, T+48 hex) and TR-31 key blocks (wrapped), public PEM
    keys in place of private keys.  The other half are look-alikes: EMV CA public keys (modulus,
    exponent, SHA-1 hash), KCVs, KSNs, PAN test numbers, track-2 test data, ISO 9564 PIN blocks,
    TR-31 blocks, payShield command logs with keys under LMK, ISO 8583 dumps with MAC fields,
    ARQC cryptograms, firmware digests, UUIDs, terminal serials, certificates and public keys,
    code reading keys from os.environ / System.getenv / os.Getenv / Vault / Secrets Manager.
    No negative lives in a .env / .env.local / .env.production file (.env.example is used).

FORMATS CHECKED (search tool, docs/pages/code corpora)
    - Stripe API reference: connection token secret looks like pst_test_<base64url of
      "acct_...,<random>">_00<8 chars>; that exact docs example is used only as a negative.
    - Square developer docs: access tokens are bearer tokens (production and Sandbox), app ids
      are public; the EAAA prefix and 60-char tail come from public material, see DOUBTS.
    - Adyen docs: API key sent in x-API-key header, username ws_NNNNNN@Company.X; real-project
      configs show keys of the form AQE<..>hmf<..>...=-<base64 43>=[-<16 printable>] and client
      keys test_/live_ + 32 upper-case alphanumerics.
    - TR-31 header (IBM docs, hsmkit guide): version A/B/C/D, 4-digit length, usage (P0, B0, K0,
      M3, D0), algorithm (T/A), mode (E/D/B/N/C/V/G/X), version "00", exportability (E/N/S),
      optional blocks count, reserved; lengths computed (B/TDES2 = 80, D/AES128 = 112, D/AES256 =
      144), matching the D0144... example seen.
    - AWS Payment Cryptography API: ImportKeyMaterial has no clear-key member (TR-31, TR-34,
      KeyCryptogram, root/trusted certs); samples wrap a clear key locally with psec.tr31 and
      then call import_key with Tr31KeyBlock + WrappingKeyIdentifier ARN.
    - payShield A0 command: mode, key type (3H), key scheme (U/T/X/S), ZMK under LMK, response
      A1 + key under LMK + 6-hex KCV.
    - DUKPT: KSN 10 bytes padded with FFFF; X9.24 test BDK/KSN/IPEK values confirmed.
    - jPOS: could not open jPOS key-file sources; SimpleKeyFile-style names (alias.key,
      alias.checkvalue) written from memory.

DOUBTS
    - KCVs are random 6-hex values, not computed (no DES in the standard library).
    - Square token length (EAAA + 60) and sq0csp- + 43 were seen only in third-party material
      (one hit was a key-validation repo; its pattern was not otherwise used).
    - Adyen key inner structure is inferred from real-project configs, not from Adyen docs.
    - Stripe live secret key length: both old (24) and new ("51" + 97) forms are generated.
    - AES DUKPT test BDK FEDCBA9876543210F1F1F1F1F1F1F1F1 is from memory of X9.24-3 vectors.
    - Futurex Excrypt and Utimaco config syntax are approximations; payShield console
      transcripts are paraphrased.
"""
import base64
import json
import os
import shutil
import sys
import random

HEXU = "0123456789ABCDEF"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"


def hx(r, n, lower=False):
    s = "".join(r.choice(HEXU) for _ in range(n))
    return s.lower() if lower else s


def chars(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def parity_key(r, nbytes):
    """Random DES/TDES key with odd parity on every byte, upper-case hex."""
    out = []
    for _ in range(nbytes):
        b = r.randrange(256) & 0xFE
        if bin(b).count("1") % 2 == 0:
            b |= 1
        out.append("%02X" % b)
    return "".join(out)


def kcv(r):
    return hx(r, 6)


def under_lmk(r):
    c = r.random()
    if c < 0.6:
        return "U" + hx(r, 32)
    if c < 0.85:
        return "T" + hx(r, 48)
    return "X" + hx(r, 32)


def tr31_block(r):
    """Wrapped TR-31 key block (header + encrypted key + MAC), lengths consistent."""
    v = r.choice(["B", "B", "D", "D"])
    usage = r.choice(["P0", "B0", "K0", "M3", "D0", "B1"])
    mode = {"P0": "E", "B0": "X", "K0": "D", "M3": "C", "D0": "B", "B1": "X"}[usage]
    if v == "B":
        alg, enc, mac = "T", 48, 16
    else:
        alg = "A"
        enc, mac = r.choice([(64, 32), (96, 32)])
    total = 16 + enc + mac
    hdr = "%s%04d%s%s%s00%s0000" % (v, total, usage, alg, mode, r.choice("ENS"))
    return hdr + hx(r, enc) + hx(r, mac)


def luhn_complete(prefix, length):
    body = prefix
    k = sum(int(c) for c in prefix)
    while len(body) < length - 1:
        k = (k * 7 + 3) % 10
        body += str(k)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def pin_block_iso0(pan, pin):
    pf = ("0%d%s" % (len(pin), pin)).ljust(16, "F")
    panf = "0000" + pan[-13:-1]
    return "%016X" % (int(pf, 16) ^ int(panf, 16))


def ksn(r):
    return "FFFF" + hx(r, 11) + r.choice(["E0000", "00000", "20000", "60001", "A0003", "E0012"])


def uuid4(r):
    h = hx(r, 32, lower=True)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def nm(r, conventional, neutral):
    """About half the time the conventional variable name, otherwise a neutral one."""
    return pick(r, conventional) if r.random() < 0.5 else pick(r, neutral)


def pwd(r, n=None):
    n = n or r.randint(12, 22)
    sym = "!*-_.+=~"
    first = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz")
    body = [r.choice(ALNUM + sym + sym) for _ in range(n - 4)]
    body += [r.choice("0123456789"), r.choice(sym), r.choice(LOWER), r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")]
    tail = body[:]
    r.shuffle(tail)
    return first + "".join(tail)


def lines(*ls):
    return "\n".join(ls) + "\n"


# ---------------------------------------------------------------- secret generators
def g_k16(r):
    return parity_key(r, 16)


def g_k24(r):
    return parity_key(r, 24)


def g_aes16(r):
    return hx(r, 32, lower=r.random() < 0.2)


def g_aes32(r):
    return hx(r, 64, lower=r.random() < 0.2)


def g_kany(r):
    c = r.random()
    if c < 0.55:
        return g_k16(r)
    if c < 0.75:
        return g_k24(r)
    if c < 0.9:
        return g_aes16(r)
    return g_aes32(r)


def g_stripe_sk(r):
    pfx = r.choice(["sk_live_", "sk_live_", "sk_live_", "rk_live_"])
    if r.random() < 0.6:
        return pfx + "51" + chars(r, 97)
    return pfx + chars(r, 24)


def g_stripe_pst(r):
    payload = "acct_1" + chars(r, 15) + "," + chars(r, 31)
    b = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "pst_live_" + b + "_00" + chars(r, 8)


def g_whsec(r):
    return "whsec_" + chars(r, 32)


def g_square_tok(r):
    return "EAAA" + chars(r, 60, B64URL)


def g_square_sec(r):
    return "sq0csp-" + chars(r, 43, B64URL)


def g_adyen_key(r):
    first = "AQE" + r.choice("yn7rk1") + "hmf" + r.choice("xuw")
    n = r.choice([84, 88, 92, 96, 100]) - len(first) - 1
    first = first + chars(r, n, B64) + "="
    out = first + "-" + chars(r, 43, B64) + "="
    if r.random() < 0.6:
        out += "-" + chars(r, 16, ALNUM + "%^*()[];:,.!+")
    return out


def g_adyen_hmac(r):
    return hx(r, 64)


def g_pwd(r):
    return pwd(r)


def pem_rsa_private(r, pkcs8=None):
    if pkcs8 is None:
        pkcs8 = r.random() < 0.5
    if pkcs8:
        head, tail, first = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    else:
        head, tail, first = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", "MIIEpAIBAAKCAQEA"
    body = [first + chars(r, 64 - len(first), B64)]
    for _ in range(23):
        body.append(chars(r, 64, B64))
    body.append(chars(r, r.choice([20, 24, 28]), B64) + r.choice(["", "=", "=="]))
    return [head] + body + [tail]


def pem_ec_private(r):
    return ["-----BEGIN EC PRIVATE KEY-----",
            "MHcCAQEEI" + chars(r, 55, B64),
            chars(r, 8, B64) + "oAoGCCqGSM49AwEHoUQDQgAE" + chars(r, 32, B64),
            chars(r, 22, B64) + "==",
            "-----END EC PRIVATE KEY-----"]


def pem_public(r):
    body = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + chars(r, 20, B64)]
    for _ in range(5):
        body.append(chars(r, 64, B64))
    body.append(chars(r, 8, B64) + "IDAQAB")
    return ["-----BEGIN PUBLIC KEY-----"] + body + ["-----END PUBLIC KEY-----"]


def pem_cert(r):
    body = ["MIID" + chars(r, 60, B64)]
    for _ in range(14):
        body.append(chars(r, 64, B64))
    body.append(chars(r, 36, B64) + "=")
    return ["-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----"]


def g_pem(r):
    ls = pem_rsa_private(r) if r.random() < 0.65 else pem_ec_private(r)
    return ls


def g_carray(r):
    return ", ".join("0x" + b for b in [parity_key(r, 1) for _ in range(16)])


GEN = {
    "k16": g_k16, "k24": g_k24, "aes16": g_aes16, "aes32": g_aes32, "kany": g_kany,
    "stripe_sk": g_stripe_sk, "stripe_pst": g_stripe_pst, "whsec": g_whsec,
    "square_tok": g_square_tok, "square_sec": g_square_sec,
    "adyen_key": g_adyen_key, "adyen_hmac": g_adyen_hmac, "pwd": g_pwd,
    "pem": g_pem, "carray": g_carray,
}

# ---------------------------------------------------------------- negative slot fillers
ANSI_BDK = "0123456789ABCDEFFEDCBA9876543210"
ANSI_IPEK = "6AC292FAA1315B4D858AB3A3D7D5933A"
AES_TEST_BDK = "FEDCBA9876543210F1F1F1F1F1F1F1F1"
STRIPE_DOC_SK = "sk_test_BQokikJOvBiI2HlWgH4olfQ2"
STRIPE_DOC_PST = "pst_test_YWNjdF8xTTJKVGtMa2RJd0h1N2l4LE81ZEdIalZ6NlVuMUdjM3c3WkRnN0ZYRHZxRURwTXo_00gNK2DWAV"


def f_hex(r):
    c = r.randrange(20)
    opts = [
        (ANSI_BDK, "documented-test-key"), (ANSI_IPEK, "documented-test-key"),
        (AES_TEST_BDK, "documented-test-key"), ("0123456789ABCDEF0123456789ABCDEF", "documented-test-key"),
        ("<clear-key-hex>", "placeholder"), ("X" * 32, "placeholder"), ("0" * 32, "placeholder"),
        ("CHANGE_ME", "placeholder"), ("${KEY_CLEAR_HEX}", "env-reference"),
        ("vault:secret/data/payments/hsm#" + r.choice(["bdk", "zmk", "tmk"]), "secret-manager-reference"),
        ("op://Payments/" + r.choice(["ZMK-lab", "BDK-uat", "TMK-pilot"]) + "/component", "secret-manager-reference"),
        ("alias/" + r.choice(["terminal-bdk", "acquirer-zpk", "kek-tr31"]), "key-reference"),
        ("{{ .Values.keys." + r.choice(["bdk", "zmk", "mac"]) + " }}", "template-expression"),
        ("*" * 32, "masked"), ("[REDACTED]", "masked"), ("", "empty"),
        (under_lmk(r), "key-under-lmk"), (under_lmk(r), "key-under-lmk"),
        (tr31_block(r), "wrapped-key-block"), (tr31_block(r), "wrapped-key-block"),
    ]
    return opts[c]


def f_carray(r):
    if r.random() < 0.5:
        return (", ".join(["0x00"] * 16), "placeholder")
    return (", ".join("0x" + ANSI_BDK[i:i + 2] for i in range(0, 32, 2)), "documented-test-key")


def f_stripe_sk(r):
    return pick(r, [
        (STRIPE_DOC_SK, "documented-example"), ("sk_live_" + "x" * 24, "placeholder"),
        ("pk_live_51" + chars(r, 97), "publishable-key"), ("pk_live_" + chars(r, 24), "publishable-key"),
        ("${STRIPE_SECRET_KEY}", "env-reference"), ("<your-stripe-secret-key>", "placeholder"),
        ("sk_live_" + "*" * 20 + chars(r, 4), "masked"), ("", "empty"),
        ("{{ stripe_secret_key }}", "template-expression"),
    ])


def f_stripe_pst(r):
    return pick(r, [(STRIPE_DOC_PST, "documented-example"), ("<connection-token>", "placeholder"),
                    ("{{connection_token}}", "template-expression"), ("", "empty"),
                    ("pst_test_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")])


def f_whsec(r):
    return pick(r, [("whsec_" + "x" * 32, "placeholder"), ("${STRIPE_WEBHOOK_SECRET}", "env-reference"),
                    ("whsec_...", "placeholder"), ("", "empty"), ("[REDACTED]", "masked")])


def f_square(r):
    return pick(r, [("sq0idp-" + chars(r, 22, B64URL), "public-application-id"),
                    ("sandbox-sq0idb-" + chars(r, 22, B64URL), "public-application-id"),
                    ("YOUR_ACCESS_TOKEN", "placeholder"), ("${SQUARE_ACCESS_TOKEN}", "env-reference"),
                    ("EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"), ("{{SQUARE_ACCESS_TOKEN}}", "template-expression"),
                    ("", "empty"), ("****", "masked")])


def f_adyen(r):
    return pick(r, [("test_" + chars(r, 32, UPALNUM), "public-client-key"), ("live_" + chars(r, 32, UPALNUM), "public-client-key"),
                    ("ADYEN_API_KEY", "placeholder"), ("YOUR_X_API_KEY", "placeholder"),
                    ("${ADYEN_API_KEY}", "env-reference"), ("", "empty"), ("[REDACTED]", "masked"),
                    ("secretsmanager:adyen/pos/api-key", "secret-manager-reference")])


def f_pwd(r):
    return pick(r, [("changeme", "placeholder"), ("", "empty"), ("********", "masked"),
                    ("${HSM_ADMIN_PASSWORD}", "env-reference"), ("<hsm-admin-password>", "placeholder"),
                    ("vault:secret/data/hsm/admin#password", "secret-manager-reference"),
                    ("{{ vault_hsm_password }}", "template-expression"), ("REPLACE_ME", "placeholder")])


def f_pem(r):
    if r.random() < 0.6:
        return (pem_public(r), "public-key")
    return (pem_cert(r), "certificate")


def f_hmac(r):
    return pick(r, [("${ADYEN_HMAC_KEY}", "env-reference"), ("<hmac-key-from-customer-area>", "placeholder"),
                    ("", "empty"), ("*" * 64, "masked"), ("{{ adyen_hmac_key }}", "template-expression")])


FILL = {
    "k16": f_hex, "k24": f_hex, "aes16": f_hex, "aes32": f_hex, "kany": f_hex, "adyen_hmac": f_hmac,
    "stripe_sk": f_stripe_sk, "stripe_pst": f_stripe_pst, "whsec": f_whsec,
    "square_tok": f_square, "square_sec": f_square, "adyen_key": f_adyen, "pwd": f_pwd,
    "pem": f_pem, "carray": f_carray,
}

POS = []   # (fn, slot, provider, kind, filetype)
NEG = []   # (fn, provider, kind, filetype)


def tpl(slot, provider, kind, ftype):
    def deco(fn):
        POS.append((fn, slot, provider, kind, ftype))
        return fn
    return deco


def ntpl(provider, kind, ftype):
    def deco(fn):
        NEG.append((fn, provider, kind, ftype))
        return fn
    return deco


# ================================================================ positive templates
# Each template: fn(r, v) -> (relpath, text); v is the secret (or a non-secret filler).

@tpl("k16", "dukpt", "bdk", "py")
def p_py_dukpt_harness(r, v):
    var = nm(r, ["BDK", "BDK_HEX", "BASE_DERIVATION_KEY"], ["lab_root", "derivation_seed", "K0"])
    k = ksn(r)
    return (pick(r, ["tests/test_dukpt.py", "harness/dukpt_vectors.py", "tools/termsim/test_pin.py"]), lines(
        '"""Regression tests for the DUKPT PIN path of the terminal simulator."""',
        "import binascii",
        "",
        "import pytest",
        "",
        "from termsim.dukpt import derive_ipek, derive_pin_key, encrypt_pin_block",
        "",
        "# lab key set %s, injected into the pilot PIN pads in bay %d" % (hx(r, 6), r.randint(1, 9)),
        '%s = "%s"' % (var, v),
        'KSN_START = "%s"' % k,
        "",
        "",
        "@pytest.mark.parametrize(\"counter\", [1, 2, 3, 10, 255])",
        "def test_pin_key_changes_per_transaction(counter):",
        "    ipek = derive_ipek(binascii.unhexlify(%s), KSN_START)" % var,
        "    k1 = derive_pin_key(ipek, KSN_START, counter)",
        "    k2 = derive_pin_key(ipek, KSN_START, counter + 1)",
        "    assert k1 != k2",
        "",
        "",
        "def test_pin_block_roundtrip():",
        "    ipek = derive_ipek(binascii.unhexlify(%s), KSN_START)" % var,
        '    blk = encrypt_pin_block(ipek, KSN_START, pan="%s", pin="%s")' % (luhn_complete("476173", 16), digits(r, 4)),
        "    assert len(blk) == 16",
    ))


@tpl("kany", "aws-payment-cryptography", "kek", "py")
def p_py_apc_import(r, v):
    var = nm(r, ["KEK_CLEAR", "WRAPPING_KEY_HEX", "KBPK_CLEAR"], ["kbpk", "transport", "lane_a_hex"])
    acct = digits(r, 12)
    region = pick(r, ["us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2"])
    return (pick(r, ["scripts/apc/import_working_key.py", "key_import/tr31_import.py", "ops/apc_load_pek.py"]), lines(
        "import binascii",
        "",
        "import boto3",
        "import psec",
        "",
        'REGION = "%s"' % region,
        'KEK_ARN = "arn:aws:payment-cryptography:%s:%s:key/%s"' % (region, acct, chars(r, 16, LOWER + "0123456789")),
        "# key agreed with the acquirer during the %s ceremony" % pick(r, ["March", "Q3", "pilot", "re-key"]),
        '%s = "%s"' % (var, v),
        "",
        "",
        "def wrap(working_key_hex: str, usage: str = \"P0\") -> str:",
        "    header = psec.tr31.Header(version_id=\"B\", key_usage=usage, algorithm=\"T\",",
        "                              mode_of_use=\"B\", version_num=\"00\", exportability=\"E\")",
        "    return psec.tr31.wrap(kbpk=binascii.unhexlify(%s), header=header," % var,
        "                          key=binascii.unhexlify(working_key_hex))",
        "",
        "",
        "def import_key(block: str):",
        '    client = boto3.client("payment-cryptography", region_name=REGION)',
        "    resp = client.import_key(",
        '        KeyMaterial={"Tr31KeyBlock": {"WrappingKeyIdentifier": KEK_ARN, "WrappedKeyBlock": block}},',
        "        Enabled=True,",
        "    )",
        '    return resp["Key"]["KeyArn"], resp["Key"]["KeyCheckValue"]',
    ))


@tpl("k16", "aws-payment-cryptography", "pin-encryption-key", "py")
def p_py_apc_positional(r, v):
    acct = digits(r, 12)
    return (pick(r, ["samples/import_pek.py", "scripts/apc/seed_uat.py"]), lines(
        "import boto3",
        "",
        "from apc_helpers import import_tr31",
        "",
        'client = boto3.client("payment-cryptography", region_name="us-east-2")',
        'kek_arn = "arn:aws:payment-cryptography:us-east-2:%s:alias/uat-kek"' % acct,
        "",
        "# UAT only - PEK used by the %s test terminals" % pick(r, ["V400m", "Move/5000", "A920"]),
        "arn = import_tr31(",
        "    kek_arn,",
        '    "%s",' % v,
        '    "E", "P0", "E", "T",',
        "    client,",
        ")",
        'print("imported", arn)',
    ))


@tpl("k16", "thales-payshield", "zone-pin-key", "py")
def p_py_pin_translate(r, v):
    var = nm(r, ["ZPK_CLEAR", "CLEAR_ZPK", "ZPK"], ["acq_key", "expected_key_material", "k_ref"])
    pan = luhn_complete(pick(r, ["400000", "510510", "476173"]), 16)
    return (pick(r, ["tests/hsm/test_ca_command.py", "tests/integration/test_pin_translate.py"]), lines(
        "from Crypto.Cipher import DES3",
        "",
        "from hsmlib.payshield import PayShield",
        "",
        'HSM = PayShield(host="%s", port=1500, header="%s")' % ("10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)), chars(r, 4, UPALNUM)),
        'TPK_LMK = "%s"' % ("U" + hx(r, 32)),
        'ZPK_LMK = "%s"' % ("U" + hx(r, 32)),
        "# clear value of ZPK_LMK, used to decrypt the CA response locally",
        '%s = bytes.fromhex("%s")' % (var, v),
        "",
        "",
        "def test_translate_tpk_to_zpk():",
        '    resp = HSM.command("CA", TPK_LMK, ZPK_LMK, "12", "%s", "01", "01", "%s")' % (hx(r, 16), pan[-13:-1]),
        '    assert resp.code == "CB" and resp.error == "00"',
        "    clear = DES3.new(%s, DES3.MODE_ECB).decrypt(bytes.fromhex(resp.pin_block))" % var,
        '    assert clear.hex().upper().startswith("04")',
    ))


@tpl("stripe_sk", "stripe", "secret-key", "py")
def p_py_stripe_terminal(r, v):
    return (pick(r, ["backend/terminal/views.py", "pos_server/app.py", "server/stripe_terminal.py"]), lines(
        "from flask import Flask, jsonify, request",
        "import stripe",
        "",
        "app = Flask(__name__)",
        'stripe.api_key = "%s"' % v,
        'LOCATION = "tml_%s"' % chars(r, 14),
        "",
        "",
        '@app.post("/connection_token")',
        "def connection_token():",
        "    token = stripe.terminal.ConnectionToken.create(location=LOCATION)",
        '    return jsonify(secret=token.secret)',
        "",
        "",
        '@app.post("/capture")',
        "def capture():",
        '    intent = stripe.PaymentIntent.capture(request.json["payment_intent_id"])',
        "    return jsonify(status=intent.status)",
    ))


@tpl("adyen_key", "adyen", "api-key", "py")
def p_py_adyen_terminal(r, v):
    var = nm(r, ["ADYEN_API_KEY", "api_key"], ["xkey", "cred", "token_value"])
    return (pick(r, ["pos/adyen_cloud.py", "integrations/adyen/terminal_api.py"]), lines(
        "import Adyen",
        "",
        'MERCHANT = "%s"' % pick(r, ["AcmeRetailPOS", "NorthwindStoresECOM", "ContosoCafePOS"]),
        'POIID = "V400m-%s"' % digits(r, 9),
        '%s = "%s"' % (var, v),
        "",
        "adyen = Adyen.Adyen()",
        "adyen.client.xapikey = %s" % var,
        'adyen.client.platform = "live"',
        'adyen.client.live_endpoint_prefix = "%s"' % (hx(r, 16, lower=True) + "-" + pick(r, ["AcmeRetail", "Northwind"])),
        "",
        "",
        "def payment_request(service_id, amount_minor):",
        "    return {",
        '        "SaleToPOIRequest": {',
        '            "MessageHeader": {"ProtocolVersion": "3.0", "MessageClass": "Service",',
        '                              "MessageCategory": "Payment", "MessageType": "Request",',
        '                              "ServiceID": service_id, "SaleID": "POS-1", "POIID": POIID},',
        '            "PaymentRequest": {"PaymentTransaction": {"AmountsReq": {"Currency": "EUR",',
        '                               "RequestedAmount": amount_minor / 100}}},',
        "        }",
        "    }",
    ))


@tpl("square_tok", "square", "access-token", "py")
def p_py_square(r, v):
    return (pick(r, ["square_pos/client.py", "app/payments/square_terminal.py"]), lines(
        "import uuid",
        "",
        "from square.client import Client",
        "",
        "client = Client(",
        '    access_token="%s",' % v,
        '    environment="production",',
        ")",
        'DEVICE_ID = "%s"' % pick(r, ["9fa747a2-25ff-48ee-b078-04381f7c828f", uuid4(r)]),
        "",
        "",
        "def send_checkout(amount_cents: int):",
        "    body = {",
        '        "idempotency_key": str(uuid.uuid4()),',
        '        "checkout": {"amount_money": {"amount": amount_cents, "currency": "USD"},',
        '                     "device_options": {"device_id": DEVICE_ID}},',
        "    }",
        "    return client.terminal.create_terminal_checkout(body)",
    ))


@tpl("pwd", "utimaco", "hsm-user-pin", "py")
def p_py_pkcs11(r, v):
    return (pick(r, ["tools/hsm/p11_keygen.py", "scripts/utimaco_genkeys.py"]), lines(
        "import pkcs11",
        "from pkcs11 import KeyType, Mechanism",
        "",
        'LIB = "/opt/utimaco/lib/libcs_pkcs11_R3.so"',
        'TOKEN_LABEL = "%s"' % pick(r, ["PAYMENTS_SLOT_0", "KMS-UAT", "TERMKEYS"]),
        "",
        "lib = pkcs11.lib(LIB)",
        "token = lib.get_token(token_label=TOKEN_LABEL)",
        "",
        'with token.open(rw=True, user_pin="%s") as session:' % v,
        "    key = session.generate_key(KeyType.DES3, 192, label=\"%s\", store=True)" % pick(r, ["bdk-2025-01", "zmk-acq", "tmk-fleet"]),
        '    print("generated", key.label)',
    ))


@tpl("k16", "iso8583", "mac-key", "py")
def p_py_mac_conftest(r, v):
    var = nm(r, ["MAC_KEY", "TAK_CLEAR", "MAK"], ["blob", "k_session", "fixture_material"])
    return (pick(r, ["tests/conftest.py", "sim/tests/conftest.py"]), lines(
        "import pytest",
        "",
        "from iso8583sim import Channel, Packager",
        "",
        "",
        "@pytest.fixture",
        "def channel():",
        '    ch = Channel(host="127.0.0.1", port=%d, packager=Packager("cfg/packager/iso87binary.xml"))' % r.randint(8000, 9999),
        "    yield ch",
        "    ch.close()",
        "",
        "",
        "@pytest.fixture",
        "def mac_key():",
        "    # X9.19 retail MAC, same key as the acquirer host in the lab",
        '    %s = "%s"' % (var, v),
        "    return bytes.fromhex(%s)" % var,
    ))


@tpl("stripe_pst", "stripe", "connection-token", "py")
def p_py_stripe_pst_fixture(r, v):
    return (pick(r, ["tests/fixtures/stripe_terminal.py", "tests/test_reader_pairing.py"]), lines(
        "import json",
        "",
        "import responses",
        "",
        "",
        "@responses.activate",
        "def test_reader_gets_token(client):",
        "    responses.add(",
        "        responses.POST,",
        '        "https://api.stripe.com/v1/terminal/connection_tokens",',
        '        json={"object": "terminal.connection_token",',
        '              "secret": "%s"},' % v,
        "    )",
        '    resp = client.post("/connection_token")',
        "    assert resp.status_code == 200",
        '    assert json.loads(resp.data)["secret"]',
    ))


@tpl("pem", "aws-payment-cryptography", "tr34-kdh-private-key", "py")
def p_py_tr34_pem(r, v):
    return (pick(r, ["tests/test_tr34_export.py", "key_import/tests/test_kdh.py"]), lines(
        "from cryptography.hazmat.primitives import serialization",
        "",
        "from kdh.tr34 import build_key_block",
        "",
        "KDH_SIGNING_KEY = b\"\"\"" + v[0],
        *v[1:],
        '"""',
        "",
        "",
        "def test_block_is_signed():",
        "    key = serialization.load_pem_private_key(KDH_SIGNING_KEY, password=None)",
        '    blk = build_key_block(key, nonce="%s")' % hx(r, 16),
        "    assert blk.signature",
    ))


@tpl("k16", "jpos", "terminal-pin-key", "java")
def p_java_pin_test(r, v):
    var = nm(r, ["TPK_CLEAR", "CLEAR_TPK", "TPK"], ["KEY_A", "FIXTURE", "LANE1"])
    pan = luhn_complete(pick(r, ["476173", "541333", "400000"]), 16)
    return (pick(r, ["src/test/java/com/acme/pos/PinBlockTest.java", "switch/src/test/java/org/example/hsm/PinTranslationTest.java"]), lines(
        "package com.acme.pos;",
        "",
        "import static org.junit.jupiter.api.Assertions.assertEquals;",
        "",
        "import javax.crypto.Cipher;",
        "import javax.crypto.spec.SecretKeySpec;",
        "import org.jpos.iso.ISOUtil;",
        "import org.junit.jupiter.api.Test;",
        "",
        "class PinBlockTest {",
        '    private static final String %s = "%s";' % (var, v),
        '    private static final String PAN = "%s";' % pan,
        "",
        "    @Test",
        "    void encryptsFormat0Block() throws Exception {",
        "        byte[] k = ISOUtil.hex2byte(%s);" % var,
        "        byte[] k24 = ISOUtil.concat(k, 0, 16, k, 0, 8);",
        '        Cipher c = Cipher.getInstance("DESede/ECB/NoPadding");',
        '        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k24, "DESede"));',
        '        byte[] clear = ISOUtil.hex2byte("%s");' % pin_block_iso0(pan, "1234"),
        "        assertEquals(8, c.doFinal(clear).length);",
        "    }",
        "}",
    ))


@tpl("stripe_sk", "stripe", "secret-key", "java")
def p_java_stripe(r, v):
    return (pick(r, ["src/main/java/com/acme/terminal/StripeConfig.java", "pos-api/src/main/java/io/shop/pos/TerminalTokens.java"]), lines(
        "package com.acme.terminal;",
        "",
        "import com.stripe.StripeClient;",
        "import com.stripe.model.terminal.ConnectionToken;",
        "import com.stripe.param.terminal.ConnectionTokenCreateParams;",
        "",
        "public final class StripeConfig {",
        '    private static final StripeClient CLIENT = new StripeClient("%s");' % v,
        "",
        "    public static String newConnectionToken(String location) throws Exception {",
        "        ConnectionTokenCreateParams p = ConnectionTokenCreateParams.builder()",
        "            .setLocation(location).build();",
        "        ConnectionToken t = CLIENT.terminal().connectionTokens().create(p);",
        "        return t.getSecret();",
        "    }",
        "}",
    ))


@tpl("adyen_key", "adyen", "api-key", "java")
def p_java_adyen(r, v):
    return (pick(r, ["src/main/java/com/acme/pos/AdyenClientFactory.java", "terminal-gateway/src/main/java/shop/AdyenConfig.java"]), lines(
        "package com.acme.pos;",
        "",
        "import com.adyen.Client;",
        "import com.adyen.Config;",
        "import com.adyen.enums.Environment;",
        "",
        "public class AdyenClientFactory {",
        "    public Client create() {",
        "        Config config = new Config();",
        '        config.setApiKey("%s");' % v,
        "        config.setEnvironment(Environment.LIVE);",
        '        config.setLiveEndpointUrlPrefix("%s");' % (hx(r, 16, lower=True) + "-AcmeRetail"),
        '        config.setTerminalApiCloudEndpoint("https://terminal-api-live.adyen.com");',
        "        return new Client(config);",
        "    }",
        "}",
    ))


@tpl("k16", "dukpt", "ipek", "java")
def p_java_ipek(r, v):
    var = nm(r, ["IPEK", "INITIAL_KEY", "IPEK_HEX"], ["SEED", "DEVICE_MATERIAL", "K_INIT"])
    return (pick(r, ["src/test/java/com/acme/dukpt/DukptDeriveTest.java", "kms/src/test/java/kms/IpekLoadTest.java"]), lines(
        "package com.acme.dukpt;",
        "",
        "import static org.junit.jupiter.api.Assertions.*;",
        "",
        "import org.junit.jupiter.api.Test;",
        "",
        "class DukptDeriveTest {",
        "    // IPEK injected into serial %s at the KIF" % ("PP" + digits(r, 8)),
        '    static final String %s = "%s";' % (var, v),
        '    static final String KSN = "%s";' % ksn(r),
        "",
        "    @Test",
        "    void derivesDistinctSessionKeys() {",
        "        Dukpt d = Dukpt.fromIpek(%s, KSN);" % var,
        "        assertNotEquals(d.pinKey(1), d.pinKey(2));",
        "    }",
        "}",
    ))


@tpl("pwd", "futurex", "hsm-admin-password", "java")
def p_java_futurex(r, v):
    return (pick(r, ["src/main/java/com/acme/hsm/FuturexSession.java", "hsm-bridge/src/main/java/bridge/ExcryptLogin.java"]), lines(
        "package com.acme.hsm;",
        "",
        "import java.io.IOException;",
        "",
        "public class FuturexSession implements AutoCloseable {",
        "    private final ExcryptSocket sock;",
        "",
        "    public FuturexSession(String host) throws IOException {",
        "        this.sock = new ExcryptSocket(host, %d, true);" % pick(r, [9100, 9001, 2001]),
        '        this.sock.login("%s", "%s");' % (pick(r, ["apiuser1", "hostapp", "crypto_op"]), v),
        "    }",
        "",
        "    public String echo() throws IOException {",
        '        return sock.send("[AOECHO;]");',
        "    }",
        "",
        "    @Override",
        "    public void close() throws IOException {",
        "        sock.close();",
        "    }",
        "}",
    ))


@tpl("carray", "ingenico", "terminal-master-key", "c")
def p_c_array(r, v):
    var = nm(r, ["tmk_clear", "master_key", "tmk"], ["blob0", "seed_tab", "ref_a"])
    return (pick(r, ["src/keyload/test_keys.c", "app/keyinj/lab_keys.c"]), lines(
        "#include <stdint.h>",
        "#include \"keyinj.h\"",
        "",
        "/* Lab injection for pilot units only. Slot %d, KCV %s */" % (r.randint(0, 9), kcv(r)),
        "static const uint8_t %s[16] = { %s };" % (var, v),
        "",
        "int lab_load_master_key(void)",
        "{",
        "    return keyinj_load_clear(KEY_SLOT_TMK, %s, sizeof(%s));" % (var, var),
        "}",
    ))


@tpl("k16", "verifone", "terminal-master-key", "c")
def p_c_define(r, v):
    var = nm(r, ["TEST_TMK", "TMK_CLEAR_HEX", "MASTER_KEY_HEX"], ["KV_A", "INIT_VECTOR_TABLE", "LAB_BLOB"])
    return (pick(r, ["include/lab_config.h", "src/pinpad/keys_dev.h"]), lines(
        "#ifndef LAB_CONFIG_H",
        "#define LAB_CONFIG_H",
        "",
        "#define HOST_IP        \"10.%d.%d.%d\"" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        "#define HOST_PORT      %d" % r.randint(5000, 9000),
        "#define TERMINAL_ID    \"%s\"" % digits(r, 8),
        "#define KEY_SLOT       %d" % r.randint(0, 9),
        "#define %s \"%s\"" % (var, v),
        "#define %s_KCV \"%s\"" % (var, kcv(r)),
        "",
        "#endif",
    ))


@tpl("k16", "thales-payshield", "zone-master-key", "c")
def p_c_sim(r, v):
    return (pick(r, ["sim/hsm_stub.c", "tests/stub_payshield.c"]), lines(
        "#include <string.h>",
        "#include \"hsm_stub.h\"",
        "",
        "/* stub HSM: answers A0/A6/FA with canned values */",
        "static const char *zmk_clear = \"%s\";" % v,
        "static const char *zmk_lmk   = \"%s\";" % ("U" + hx(r, 32)),
        "",
        "int stub_handle(const char *cmd, char *out, size_t n)",
        "{",
        "    if (strncmp(cmd + 4, \"A0\", 2) == 0)",
        "        return stub_a0(zmk_clear, zmk_lmk, out, n);",
        "    return stub_error(\"15\", out, n);",
        "}",
    ))


@tpl("k16", "dukpt", "bdk", "cs")
def p_cs_bdk(r, v):
    var = nm(r, ["Bdk", "BaseDerivationKey", "BdkHex"], ["Seed", "Lane", "RootMaterial"])
    return (pick(r, ["tests/Payments.Tests/DukptTests.cs", "src/Kms.Tests/IpekDerivationTests.cs"]), lines(
        "using System;",
        "using Xunit;",
        "",
        "namespace Payments.Tests",
        "{",
        "    public class DukptTests",
        "    {",
        '        private static readonly byte[] %s = Convert.FromHexString("%s");' % (var, v),
        '        private const string Ksn = "%s";' % ksn(r),
        "",
        "        [Fact]",
        "        public void DerivesIpek()",
        "        {",
        "            var ipek = Dukpt.DeriveIpek(%s, Ksn);" % var,
        "            Assert.Equal(16, ipek.Length);",
        "        }",
        "    }",
        "}",
    ))


@tpl("stripe_sk", "stripe", "secret-key", "cs")
def p_cs_stripe(r, v):
    return (pick(r, ["src/Pos.Api/Startup.cs", "Pos.Terminal/Program.cs"]), lines(
        "using Stripe;",
        "using Stripe.Terminal;",
        "",
        "var builder = WebApplication.CreateBuilder(args);",
        'StripeConfiguration.ApiKey = "%s";' % v,
        "var app = builder.Build();",
        "",
        'app.MapPost("/connection_token", async () =>',
        "{",
        "    var svc = new ConnectionTokenService();",
        "    var token = await svc.CreateAsync(new ConnectionTokenCreateOptions());",
        "    return Results.Json(new { secret = token.Secret });",
        "});",
        "",
        "app.Run();",
    ))


@tpl("square_tok", "square", "access-token", "cs")
def p_cs_square(r, v):
    return (pick(r, ["src/Pos.Square/SquareFactory.cs", "Kiosk/Payments/SquareSetup.cs"]), lines(
        "using Square;",
        "",
        "namespace Kiosk.Payments",
        "{",
        "    public static class SquareFactory",
        "    {",
        "        public static SquareClient Build() =>",
        "            new SquareClient.Builder()",
        "                .Environment(Square.Environment.Production)",
        '                .AccessToken("%s")' % v,
        "                .Build();",
        "    }",
        "}",
    ))


@tpl("pwd", "azure-payment-hsm", "hsm-admin-password", "cs")
def p_cs_payshield_mgr(r, v):
    return (pick(r, ["tools/HsmProvision/Program.cs", "src/PayHsm.Admin/Provision.cs"]), lines(
        "using System;",
        "using PayHsm.Admin;",
        "",
        "// payShield 10K in Azure Payment HSM, management NIC",
        'var mgmt = new PayShieldManagerClient(new Uri("https://10.%d.%d.%d"));' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        'await mgmt.LoginAsync("%s", "%s");' % (pick(r, ["admin", "secofficer1", "hsmops"]), v),
        'var health = await mgmt.GetHealthAsync();',
        'Console.WriteLine($"LMK slots: {health.LmkCount}, tamper: {health.Tamper}");',
    ))


@tpl("k16", "dukpt", "bdk", "go")
def p_go_dukpt(r, v):
    var = nm(r, ["bdkHex", "testBDK", "bdk"], ["seedHex", "laneA", "rootHex"])
    return (pick(r, ["internal/dukpt/derive_test.go", "pkg/keys/dukpt_test.go"]), lines(
        "package dukpt",
        "",
        "import (",
        '\t"encoding/hex"',
        '\t"testing"',
        ")",
        "",
        "func TestIPEKDerivation(t *testing.T) {",
        '\t%s := "%s"' % (var, v),
        "\tkey, err := hex.DecodeString(%s)" % var,
        "\tif err != nil {",
        "\t\tt.Fatal(err)",
        "\t}",
        '\tipek, err := DeriveIPEK(key, "%s")' % ksn(r),
        "\tif err != nil || len(ipek) != 16 {",
        '\t\tt.Fatalf("bad ipek: %v", err)',
        "\t}",
        "}",
    ))


@tpl("pwd", "thales-payshield", "hsm-admin-password", "go")
def p_go_hsmcfg(r, v):
    return (pick(r, ["cmd/hsmproxy/config.go", "internal/hsm/defaults.go"]), lines(
        "package hsm",
        "",
        'import "time"',
        "",
        "var DefaultConfig = Config{",
        '\tHosts:       []string{"10.%d.%d.%d:1500", "10.%d.%d.%d:1500"},' % tuple(r.randint(1, 250) for _ in range(6)),
        "\tHeaderLen:   4,",
        "\tTimeout:     3 * time.Second,",
        '\tAdminUser:   "%s",' % pick(r, ["admin", "hsmadmin", "ops"]),
        '\tAdminPass:   "%s",' % v,
        "\tMaxInFlight: %d," % r.choice([8, 16, 32]),
        "}",
    ))


@tpl("whsec", "stripe", "webhook-signing-secret", "go")
def p_go_whsec(r, v):
    return (pick(r, ["internal/webhooks/stripe.go", "cmd/terminal-events/main.go"]), lines(
        "package webhooks",
        "",
        "import (",
        '\t"io"',
        '\t"net/http"',
        "",
        '\t"github.com/stripe/stripe-go/v76/webhook"',
        ")",
        "",
        'const endpointSecret = "%s"' % v,
        "",
        "func Handle(w http.ResponseWriter, r *http.Request) {",
        "\tbody, _ := io.ReadAll(r.Body)",
        '\tev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), endpointSecret)',
        "\tif err != nil {",
        "\t\tw.WriteHeader(http.StatusBadRequest)",
        "\t\treturn",
        "\t}",
        '\tif ev.Type == "terminal.reader.action_succeeded" {',
        "\t\tmarkPaid(ev)",
        "\t}",
        "}",
    ))


@tpl("pem", "ingenico", "remote-key-loading-private-key", "go")
def p_go_pem(r, v):
    return (pick(r, ["internal/rkl/testdata_test.go", "pkg/rkl/kdh_test.go"]), lines(
        "package rkl",
        "",
        'import "testing"',
        "",
        "var kdhKey = `" + v[0],
        *v[1:],
        "`",
        "",
        "func TestSignKeyBlock(t *testing.T) {",
        "\ts, err := NewSigner([]byte(kdhKey))",
        "\tif err != nil {",
        "\t\tt.Fatal(err)",
        "\t}",
        '\t_ = s.Sign([]byte("%s"))' % hx(r, 32),
        "}",
    ))


@tpl("stripe_sk", "stripe", "secret-key", "js")
def p_js_stripe(r, v):
    return (pick(r, ["server/index.js", "api/terminal.js"]), lines(
        "const express = require('express');",
        "const stripe = require('stripe')('%s');" % v,
        "",
        "const app = express();",
        "app.use(express.json());",
        "",
        "app.post('/connection_token', async (req, res) => {",
        "  const token = await stripe.terminal.connectionTokens.create();",
        "  res.json({ secret: token.secret });",
        "});",
        "",
        "app.listen(%d);" % r.choice([3000, 4242, 8080]),
    ))


@tpl("k16", "jpos", "mac-key", "xml")
def p_xml_jpos_mac(r, v):
    name = nm(r, ["mac-key", "key"], ["k1", "material"])
    return (pick(r, ["deploy/30_txnmgr.xml", "cfg/txnmgr.xml", "src/dist/deploy/20_txnmgr.xml"]), lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<txnmgr class="org.jpos.transaction.TransactionManager" logger="Q2">',
        ' <property name="space" value="tspace:default" />',
        ' <property name="queue" value="TXNMGR" />',
        ' <property name="sessions" value="%d" />' % r.choice([2, 4, 8]),
        "",
        ' <participant class="com.acme.switch.VerifyMac" logger="Q2">',
        '  <property name="algorithm" value="X9.19" />',
        '  <property name="%s" value="%s" />' % (name, v),
        '  <property name="kcv" value="%s" />' % kcv(r),
        " </participant>",
        ' <participant class="com.acme.switch.QueryHost" logger="Q2">',
        '  <property name="mux" value="%s" />' % pick(r, ["visa-mux", "acquirer-mux", "host-mux"]),
        '  <property name="timeout" value="30000" />',
        " </participant>",
        ' <participant class="org.jpos.transaction.participant.SendResponse" logger="Q2" />',
        "</txnmgr>",
    ))


@tpl("k16", "jpos", "zone-pin-key", "xml")
def p_xml_jpos_keys(r, v):
    return (pick(r, ["cfg/keys.xml", "deploy/05_keys.xml"]), lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- clear keys for the ISO 8583 simulator (no HSM in this environment) -->",
        '<keystore class="com.acme.sim.ClearKeyStore" logger="Q2">',
        ' <key alias="zpk.%s" type="ZPK" length="128">' % pick(r, ["acquirer", "visa", "host1"]),
        "  <value>%s</value>" % v,
        "  <check-value>%s</check-value>" % kcv(r),
        " </key>",
        ' <key alias="zmk.%s" type="ZMK" length="128" scheme="U">' % pick(r, ["acquirer", "host1"]),
        "  <lmk>%s</lmk>" % ("U" + hx(r, 32)),
        "  <check-value>%s</check-value>" % kcv(r),
        " </key>",
        "</keystore>",
    ))


@tpl("pwd", "futurex", "hsm-admin-password", "xml")
def p_xml_spring_ctor(r, v):
    return (pick(r, ["src/main/resources/hsm-context.xml", "config/spring/hsm.xml"]), lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<beans xmlns="http://www.springframework.org/schema/beans"',
        '       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '       xsi:schemaLocation="http://www.springframework.org/schema/beans',
        '       http://www.springframework.org/schema/beans/spring-beans.xsd">',
        "",
        '  <bean id="hsmConnection" class="com.acme.hsm.ExcryptConnection" destroy-method="close">',
        '    <constructor-arg value="10.%d.%d.%d"/>' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        '    <constructor-arg value="%d"/>' % pick(r, [9100, 9001]),
        '    <constructor-arg value="%s"/>' % pick(r, ["hostapp", "apiuser"]),
        '    <constructor-arg value="%s"/>' % v,
        "  </bean>",
        "</beans>",
    ))


@tpl("k16", "verifone", "terminal-master-key", "xml")
def p_xml_terminal_params(r, v):
    return (pick(r, ["terminal/params/vx520_pilot.xml", "tms/profiles/store-%03d.xml" % r.randint(1, 400)]), lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<terminalProfile model="%s" version="%d.%d">' % (pick(r, ["VX520", "V200c", "P400", "Desk/3500"]), r.randint(1, 4), r.randint(0, 20)),
        '  <param name="TID" value="%s"/>' % digits(r, 8),
        '  <param name="MID" value="%s"/>' % digits(r, 15),
        '  <param name="HOST_URL" value="https://pos-gw.%s.example/iso"/>' % pick(r, ["acq", "uat", "pilot"]),
        '  <param name="CURRENCY" value="%s"/>' % pick(r, ["0840", "0978", "0826"]),
        '  <param name="MK_SLOT" value="%d"/>' % r.randint(0, 9),
        '  <param name="MK_VALUE" value="%s"/>' % v,
        '  <param name="MK_KCV" value="%s"/>' % kcv(r),
        '  <param name="RECEIPT_HEADER" value="%s"/>' % pick(r, ["THANK YOU", "ACME STORES", "CAFE 21"]),
        "</terminalProfile>",
    ))


@tpl("pwd", "futurex", "hsm-admin-password", "properties")
def p_props_hsm(r, v):
    key = nm(r, ["hsm.admin.password", "futurex.password"], ["hsm.auth.value", "excrypt.cred"])
    return (pick(r, ["src/main/resources/hsm.properties", "config/hsm.properties"]), lines(
        "# Futurex Excrypt connection",
        "hsm.host=10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        "hsm.port=%d" % pick(r, [9100, 9001]),
        "hsm.tls=true",
        "hsm.admin.user=%s" % pick(r, ["apiuser1", "hostapp"]),
        "%s=%s" % (key, v),
        "hsm.pool.size=%d" % r.choice([4, 8, 16]),
        "hsm.timeout.ms=5000",
    ))


@tpl("k16", "jpos", "zone-pin-key", "properties")
def p_props_simplekeyfile(r, v):
    alias = pick(r, ["zpk.acquirer", "tpk.pilot", "zpk.visa"])
    return (pick(r, ["cfg/keys.cfg", "cfg/simplekeyfile.properties"]), lines(
        "# clear keys for the UAT simulator",
        "%s.type=%s" % (alias, alias.split(".")[0].upper()),
        "%s.length=128" % alias,
        "%s.key=%s" % (alias, v),
        "%s.checkvalue=%s" % (alias, kcv(r)),
        "tak.acquirer.type=TAK",
        "tak.acquirer.length=128",
        "tak.acquirer.lmk=%s" % ("U" + hx(r, 32)),
        "tak.acquirer.checkvalue=%s" % kcv(r),
    ))


@tpl("adyen_key", "adyen", "api-key", "properties")
def p_props_adyen(r, v):
    key = nm(r, ["adyen.api-key", "adyen.apiKey"], ["payments.provider.secret", "psp.header.value"])
    return (pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), lines(
        "spring.application.name=pos-gateway",
        "server.port=%d" % r.choice([8080, 8443, 9090]),
        "adyen.merchant-account=%s" % pick(r, ["AcmeRetailPOS", "ContosoCafePOS"]),
        "adyen.environment=LIVE",
        "%s=%s" % (key, v),
        "adyen.terminal.poiid=V400m-%s" % digits(r, 9),
        "management.endpoints.web.exposure.include=health,info",
    ))


@tpl("k16", "dukpt", "bdk", "yml")
def p_yaml_tms(r, v):
    key = nm(r, ["bdk", "bdk_clear"], ["value", "material"])
    return (pick(r, ["config/terminal-mgmt.yml", "tms/keysets.yaml"]), lines(
        "keysets:",
        "  - id: \"%s\"" % hx(r, 10),
        "    name: %s" % pick(r, ["pilot-stores", "uat-lane", "kiosk-fleet"]),
        "    algorithm: TDES",
        "    %s: \"%s\"" % (key, v),
        "    kcv: \"%s\"" % kcv(r),
        "    ksn_prefix: \"%s\"" % ksn(r)[:14],
        "devices:",
        "  model: %s" % pick(r, ["Lane/3000", "A920", "V400m"]),
        "  injection_site: kif-%s" % pick(r, ["east", "west", "lab"]),
    ))


@tpl("stripe_sk", "stripe", "secret-key", "yml")
def p_yaml_values(r, v):
    return (pick(r, ["deploy/values.yaml", "charts/pos-api/values-prod.yaml"]), lines(
        "replicaCount: %d" % r.randint(2, 6),
        "image:",
        "  repository: registry.example.com/pos-api",
        "  tag: \"%d.%d.%d\"" % (r.randint(1, 3), r.randint(0, 30), r.randint(0, 9)),
        "env:",
        "  STRIPE_TERMINAL_LOCATION: tml_%s" % chars(r, 14),
        "  STRIPE_SECRET_KEY: \"%s\"" % v,
        "  LOG_LEVEL: info",
        "resources:",
        "  limits:",
        "    memory: 512Mi",
    ))


@tpl("pwd", "thales-payshield", "hsm-admin-password", "yml")
def p_yaml_workflow(r, v):
    return (pick(r, [".github/workflows/hsm-integration.yml", ".github/workflows/nightly.yml"]), lines(
        "name: hsm-integration",
        "on:",
        "  schedule:",
        "    - cron: \"0 %d * * *\"" % r.randint(0, 23),
        "jobs:",
        "  test:",
        "    runs-on: [self-hosted, hsm-lab]",
        "    env:",
        "      HSM_HOST: 10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        "      HSM_PORT: \"1500\"",
        "      HSM_ADMIN_PASSWORD: \"%s\"" % v,
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: make test-hsm",
    ))


@tpl("pwd", "utimaco", "hsm-admin-password", "yml")
def p_yaml_compose(r, v):
    key = nm(r, ["CS_PASSWORD", "HSM_PASSWORD"], ["SIM_AUTH", "ADMIN_SECRET_VALUE"])
    return (pick(r, ["docker-compose.yml", "dev/docker-compose.hsm.yml"]), lines(
        "services:",
        "  hsm-sim:",
        "    image: registry.example.com/utimaco-sim:%d.%d" % (r.randint(4, 6), r.randint(0, 60)),
        "    ports:",
        "      - \"3001:3001\"",
        "  keysvc:",
        "    build: ./keysvc",
        "    environment:",
        "      CS_DEVICE: 3001@hsm-sim",
        "      CS_USER: ADMIN",
        "      %s: \"%s\"" % (key, v),
        "    depends_on: [hsm-sim]",
    ))


@tpl("pwd", "futurex", "hsm-admin-password", "yml")
def p_yaml_ansible(r, v):
    return (pick(r, ["ansible/group_vars/hsm.yml", "infra/ansible/roles/futurex/defaults/main.yml"]), lines(
        "---",
        "futurex_host: 10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        "futurex_port: 9100",
        "futurex_admin_user: %s" % pick(r, ["admin1", "secoff"]),
        "futurex_admin_password: \"%s\"" % v,
        "futurex_syslog: syslog.%s.internal" % pick(r, ["dc1", "pay"]),
        "futurex_ntp: [ntp1.internal, ntp2.internal]",
    ))


@tpl("pwd", "adyen", "terminal-api-passphrase", "yml")
def p_yaml_adyen_local(r, v):
    return (pick(r, ["config/adyen-local.yml", "pos/config/terminal.yaml"]), lines(
        "adyen:",
        "  terminal:",
        "    mode: local",
        "    endpoint: https://192.168.%d.%d:8443/nexo" % (r.randint(0, 9), r.randint(2, 250)),
        "    poiid: %s-%s" % (pick(r, ["V400m", "P400Plus", "S1F2"]), digits(r, 9)),
        "    encryption:",
        "      key_identifier: %s" % pick(r, ["mykey", "storekey", "lanekey"]),
        "      key_version: %d" % r.randint(1, 4),
        "      passphrase: \"%s\"" % v,
    ))


@tpl("kany", "key-ceremony", "key-component", "json")
def p_json_component(r, v):
    return (pick(r, ["ceremony/2024-zmk/component-2.json", "keys/ceremony/custodian_b.json"]), lines(
        "{",
        '  "ceremony": "%s",' % pick(r, ["ZMK exchange with acquirer", "BDK generation", "KEK rotation"]),
        '  "custodian": "%s",' % pick(r, ["B. Okafor", "custodian-2", "M. Lindqvist"]),
        '  "component": %d,' % r.randint(1, 3),
        '  "of": 3,',
        '  "value": "%s",' % v,
        '  "kcv": "%s",' % kcv(r),
        '  "witness": "%s"' % pick(r, ["sec-officer-1", "J. Park"]),
        "}",
    ))


@tpl("k16", "ingenico", "terminal-master-key", "json")
def p_json_profile(r, v):
    key = nm(r, ["tmk", "masterKey"], ["k", "payload"])
    return (pick(r, ["tms/profiles/pilot.json", "config/terminals/lane-%02d.json" % r.randint(1, 30)]), lines(
        "{",
        '  "terminalId": "%s",' % digits(r, 8),
        '  "model": "%s",' % pick(r, ["Lane/3000", "Move/5000", "Desk/5000"]),
        '  "host": {"url": "https://pos-gw.example/iso", "timeoutMs": 30000},',
        '  "keys": {',
        '    "slot": %d,' % r.randint(0, 9),
        '    "%s": "%s",' % (key, v),
        '    "kcv": "%s"' % kcv(r),
        "  },",
        '  "emv": {"contactless": true, "floorLimit": %d}' % r.choice([0, 2500, 5000]),
        "}",
    ))


@tpl("square_tok", "square", "access-token", "json")
def p_json_appsettings(r, v):
    return (pick(r, ["src/Kiosk/appsettings.json", "appsettings.Production.json"]), lines(
        "{",
        '  "Logging": { "LogLevel": { "Default": "Information" } },',
        '  "Square": {',
        '    "Environment": "production",',
        '    "LocationId": "%s",' % chars(r, 13, UPALNUM),
        '    "AccessToken": "%s"' % v,
        "  },",
        '  "AllowedHosts": "*"',
        "}",
    ))


@tpl("adyen_key", "adyen", "api-key", "json")
def p_json_postman(r, v):
    return (pick(r, ["postman/adyen-live.postman_environment.json", "tools/postman/terminal-api.json"]), lines(
        "{",
        '  "id": "%s",' % uuid4(r),
        '  "name": "Adyen Terminal API (live)",',
        '  "values": [',
        '    {"key": "merchantAccount", "value": "%s", "enabled": true},' % pick(r, ["AcmeRetailPOS", "ContosoCafePOS"]),
        '    {"key": "x-api-key", "value": "%s", "enabled": true},' % v,
        '    {"key": "poiid", "value": "V400m-%s", "enabled": true}' % digits(r, 9),
        "  ]",
        "}",
    ))


@tpl("aes16", "aws-payment-cryptography", "working-key", "json")
def p_json_apc_fixture(r, v):
    return (pick(r, ["tests/fixtures/apc_import.json", "testdata/keys/pek_import.json"]), lines(
        "{",
        '  "KeyAttributes": {',
        '    "KeyUsage": "TR31_P0_PIN_ENCRYPTION_KEY",',
        '    "KeyClass": "SYMMETRIC_KEY",',
        '    "KeyAlgorithm": "AES_128",',
        '    "KeyModesOfUse": {"Encrypt": true, "Decrypt": true, "Wrap": true, "Unwrap": true}',
        "  },",
        '  "PlaintextKey": "%s",' % v,
        '  "ExpectedKcv": "%s",' % kcv(r),
        '  "WrappingKeyArn": "arn:aws:payment-cryptography:us-east-1:%s:key/%s"' % (digits(r, 12), chars(r, 16, LOWER + "0123456789")),
        "}",
    ))


@tpl("adyen_hmac", "adyen", "hmac-key", "json")
def p_json_adyen_hmac(r, v):
    return (pick(r, ["config/webhooks.json", "config/notifications.prod.json"]), lines(
        "{",
        '  "adyen": {',
        '    "webhookUser": "%s",' % pick(r, ["adyen-notify", "ws_hook"]),
        '    "hmacKey": "%s",' % v,
        '    "events": ["AUTHORISATION", "CAPTURE", "REFUND"]',
        "  }",
        "}",
    ))


@tpl("k16", "verifone", "terminal-master-key", "ini")
def p_ini_terminal(r, v):
    key = nm(r, ["mk_slot_%d" % r.randint(0, 9), "tmk"], ["val", "blob_a"])
    return (pick(r, ["terminal/config.ini", "flexi/conf/keys.ini"]), lines(
        "[terminal]",
        "tid = %s" % digits(r, 8),
        "mid = %s" % digits(r, 15),
        "model = %s" % pick(r, ["VX520", "V240m", "P400"]),
        "",
        "[host]",
        "address = pos-gw.example",
        "port = %d" % r.randint(5000, 9000),
        "",
        "[keys]",
        "%s = %s" % (key, v),
        "kcv = %s" % kcv(r),
    ))


@tpl("k16", "thales-payshield", "local-master-key", "ini")
def p_ini_hsmsim(r, v):
    return (pick(r, ["sim/hsmsim.ini", "tools/payshield-sim/lmk.ini"]), lines(
        "; software payShield emulator used by the switch integration tests",
        "[server]",
        "listen = 0.0.0.0:%d" % r.choice([1500, 1501, 9998]),
        "header_length = 4",
        "",
        "[lmk]",
        "id = 00",
        "scheme = variant",
        "pair_04_05 = %s" % v,
        "check_value = %s" % kcv(r),
    ))


@tpl("pwd", "utimaco", "hsm-user-pin", "ini")
def p_ini_pkcs11(r, v):
    return (pick(r, ["config/p11tool.ini", "ops/hsm/keytool.ini"]), lines(
        "[Global]",
        "Logpath = /var/log/cs_pkcs11",
        "Logging = 1",
        "",
        "[CryptoServer]",
        "Device = 3001@10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        "Timeout = 5000",
        "",
        "[Slot]",
        "SlotNumber = %d" % r.randint(0, 3),
        "UserPIN = %s" % v,
    ))


@tpl("pwd", "thales-payshield", "hsm-admin-password", "toml")
def p_toml(r, v):
    return (pick(r, ["config/hsm.toml", "hsmproxy.toml"]), lines(
        "[hsm]",
        'hosts = ["10.%d.%d.%d:1500"]' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        "header_len = 4",
        'lmk_id = "00"',
        "",
        "[hsm.manager]",
        'user = "%s"' % pick(r, ["admin", "ops"]),
        'password = "%s"' % v,
    ))


@tpl("kany", "key-ceremony", "key-component", "sh")
def p_sh_ceremony(r, v):
    var = nm(r, ["COMP2", "ZMK_COMPONENT", "COMPONENT_B"], ["PART", "IN2", "STAGE_VALUE"])
    return (pick(r, ["ceremony/load_zmk.sh", "scripts/ceremony/enter_component.sh"]), lines(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "# custodian %s - enter component into the HSM via the key loader" % pick(r, ["B", "2", "two"]),
        'HSM="${HSM:-10.%d.%d.%d}"' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        '%s="%s"' % (var, v),
        "",
        'keyloader --hsm "$HSM" --type ZMK --component 2 --value "$%s" --kcv %s' % (var, kcv(r)),
    ))


@tpl("adyen_key", "adyen", "api-key", "sh")
def p_sh_curl_adyen(r, v):
    return (pick(r, ["scripts/terminal_ping.sh", "tools/adyen/diagnose.sh"]), lines(
        "#!/bin/sh",
        "# diagnose a terminal over the cloud Terminal API",
        "curl -s https://terminal-api-live.adyen.com/sync \\",
        '  -H "Content-Type: application/json" \\',
        '  -H "x-API-key: %s" \\' % v,
        "  -d @diagnosis_request.json",
    ))


@tpl("square_tok", "square", "access-token", "sh")
def p_sh_curl_square(r, v):
    return (pick(r, ["scripts/list_devices.sh", "ops/square/devices.sh"]), lines(
        "#!/usr/bin/env bash",
        "curl https://connect.squareup.com/v2/devices \\",
        "  -H 'Square-Version: 2024-%02d-%02d' \\" % (r.randint(1, 12), r.randint(1, 28)),
        "  -H 'Authorization: Bearer %s' \\" % v,
        "  -H 'Content-Type: application/json'",
    ))


@tpl("stripe_sk", "stripe", "secret-key", "sh")
def p_sh_curl_stripe(r, v):
    return (pick(r, ["scripts/readers.sh", "ops/stripe/list_readers.sh"]), lines(
        "#!/usr/bin/env bash",
        "set -e",
        "curl -s https://api.stripe.com/v1/terminal/readers \\",
        "  -u %s: \\" % v,
        "  -d limit=%d | jq '.data[] | {id, label, status}'" % r.choice([10, 50, 100]),
    ))


@tpl("k16", "dukpt", "bdk", "sh")
def p_sh_export(r, v):
    var = nm(r, ["BDK_HEX", "DUKPT_BDK"], ["SEED_HEX", "LAB_INPUT"])
    return (pick(r, ["scripts/dev-env.sh", "tools/env/lab.sh"]), lines(
        "# source me before running the terminal simulator",
        "export TERMSIM_HOST=127.0.0.1",
        "export TERMSIM_PORT=%d" % r.randint(7000, 9000),
        "export %s=%s" % (var, v),
        "export KSN_BASE=%s" % ksn(r),
    ))


@tpl("k16", "key-management", "terminal-master-key", "sql")
def p_sql_seed(r, v):
    return (pick(r, ["db/seed/terminal_keys.sql", "migrations/V%d__seed_lab_keys.sql" % r.randint(10, 90)]), lines(
        "-- lab terminals for the pilot",
        "INSERT INTO terminals (tid, model, store_id) VALUES ('%s', '%s', %d);" % (digits(r, 8), pick(r, ["A920", "V400m"]), r.randint(1, 400)),
        "INSERT INTO terminal_keys (tid, key_type, key_clear, kcv, created_at)",
        "VALUES ('%s', 'TMK', '%s', '%s', now());" % (digits(r, 8), v, kcv(r)),
    ))


@tpl("pwd", "key-management", "database-password", "sql")
def p_sql_user(r, v):
    return (pick(r, ["db/roles.sql", "infra/sql/create_kms_roles.sql"]), lines(
        "CREATE ROLE kms_reader NOLOGIN;",
        "GRANT SELECT ON key_inventory TO kms_reader;",
        "CREATE USER kms_app WITH PASSWORD '%s';" % v,
        "GRANT kms_reader TO kms_app;",
    ))


@tpl("kany", "azure-payment-hsm", "key-component", "md")
def p_md_runbook(r, v):
    return (pick(r, ["docs/runbooks/zmk-import.md", "docs/ceremony/azure-payshield.md"]), lines(
        "# ZMK import on the Azure Payment HSM (payShield 10K)",
        "",
        "1. Connect to payShield Manager from the jump host.",
        "2. Put the HSM in secure state and run `FK` from the console.",
        "",
        "```",
        "Online-AUTH> FK",
        "Key length [1,2,3]: 2",
        "Key type: 000",
        "Key scheme: U",
        "Component type [X,H,E,S]: X",
        "Enter number of components (2-9): 2",
        "Enter component #1: %s" % v,
        "Component 1 check value: %s" % kcv(r),
        "Enter component #2: ********************************",
        "Encrypted key: %s" % ("U" + hx(r, 32)),
        "Key check value: %s" % kcv(r),
        "```",
        "",
        "3. Record the check value in the ceremony log.",
    ))


@tpl("pwd", "key-management", "connection-string-password", "md")
def p_md_connstr(r, v):
    return (pick(r, ["docs/setup.md", "README.md", "docs/kms-service.md"]), lines(
        "# Key inventory service",
        "",
        "Local setup:",
        "",
        "```bash",
        "export KMS_DB_URL=postgresql://kms_app:%s@keydb.%s.internal:5432/kms" % (v, pick(r, ["uat", "pay", "lab"])),
        "make run",
        "```",
        "",
        "The service only stores KCVs and keys under LMK.",
    ))


@tpl("stripe_sk", "stripe", "secret-key", "md")
def p_md_stripe(r, v):
    return (pick(r, ["docs/terminal-setup.md", "pos/README.md"]), lines(
        "## Stripe Terminal backend",
        "",
        "Production values (store in the secrets manager, not here):",
        "",
        "| name | value |",
        "|------|-------|",
        "| location | tml_%s |" % chars(r, 14),
        "| api key | %s |" % v,
        "",
        "Readers register with `stripe terminal readers create`.",
    ))


@tpl("pwd", "thales-payshield", "hsm-admin-password", "dockerfile")
def p_dockerfile(r, v):
    return (pick(r, ["Dockerfile", "docker/hsmproxy/Dockerfile"]), lines(
        "FROM eclipse-temurin:%d-jre" % r.choice([17, 21]),
        "WORKDIR /app",
        "COPY build/libs/hsmproxy.jar /app/",
        "ENV HSM_HOST=payshield.internal \\",
        "    HSM_PORT=1500 \\",
        "    HSM_ADMIN_PASSWORD=%s" % v,
        "EXPOSE 8080",
        'ENTRYPOINT ["java", "-jar", "/app/hsmproxy.jar"]',
    ))


@tpl("pwd", "azure-payment-hsm", "vm-admin-password", "tf")
def p_tf_azure(r, v):
    return (pick(r, ["infra/payhsm/jumphost.tf", "terraform/azure/payhsm_mgmt.tf"]), lines(
        'resource "azurerm_windows_virtual_machine" "payshield_mgr" {',
        '  name                = "vm-payshield-mgr-%02d"' % r.randint(1, 9),
        "  resource_group_name = azurerm_resource_group.payhsm.name",
        "  location            = azurerm_resource_group.payhsm.location",
        '  size                = "Standard_D2s_v5"',
        '  admin_username      = "hsmops"',
        '  admin_password      = "%s"' % v,
        "  network_interface_ids = [azurerm_network_interface.mgr.id]",
        "}",
    ))


@tpl("stripe_sk", "stripe", "secret-key", "tf")
def p_tf_stripe(r, v):
    return (pick(r, ["infra/stripe/main.tf", "terraform/stripe.tf"]), lines(
        'provider "stripe" {',
        '  api_key = "%s"' % v,
        "}",
        "",
        'resource "stripe_webhook_endpoint" "terminal" {',
        '  url            = "https://pos.example.com/stripe/events"',
        '  enabled_events = ["terminal.reader.action_succeeded", "terminal.reader.action_failed"]',
        "}",
    ))


@tpl("k16", "key-management", "terminal-master-key", "csv")
def p_csv(r, v):
    rows = ["tid,model,key_type,key_value,kcv"]
    n = r.randint(3, 7)
    hit = r.randrange(n)
    for i in range(n):
        tid = digits(r, 8)
        if i == hit:
            rows.append("%s,%s,TMK_CLEAR,%s,%s" % (tid, pick(r, ["A920", "V400m"]), v, kcv(r)))
        else:
            rows.append("%s,%s,TMK_LMK,%s,%s" % (tid, pick(r, ["A920", "V400m"]), "U" + hx(r, 32), kcv(r)))
    return (pick(r, ["keys/terminal_keys.csv", "tms/import/batch_%d.csv" % r.randint(1, 99)]), lines(*rows))


@tpl("k16", "dukpt", "ipek", "log")
def p_log(r, v):
    ts = "2024-%02d-%02dT%02d:%02d:" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    return (pick(r, ["logs/termsim-debug.log", "var/log/keyinject.log"]), lines(
        "%s01.112Z INFO  keyinject starting, device=%s" % (ts, "PP" + digits(r, 8)),
        "%s01.318Z DEBUG ksn=%s" % (ts, ksn(r)),
        "%s01.320Z DEBUG derived ipek=%s" % (ts, v),
        "%s01.322Z INFO  kcv=%s" % (ts, kcv(r)),
        "%s02.004Z INFO  injection complete" % ts,
    ))


@tpl("pem", "key-management", "tr34-private-key", "pem")
def p_pem_file(r, v):
    return (pick(r, ["certs/kdh_signing.key", "keys/krd_private.pem"]), lines(*v))


@tpl("square_tok", "square", "access-token", "env")
def p_env(r, v):
    return (pick(r, [".env", ".env.local", ".env.production"]), lines(
        "NODE_ENV=production",
        "SQUARE_ENVIRONMENT=production",
        "SQUARE_LOCATION_ID=%s" % chars(r, 13, UPALNUM),
        "SQUARE_ACCESS_TOKEN=%s" % v,
        "PORT=3000",
    ))


@tpl("square_sec", "square", "application-secret", "py")
def p_py_square_oauth(r, v):
    return (pick(r, ["app/oauth/square.py", "integrations/square_oauth.py"]), lines(
        "import requests",
        "",
        'APP_ID = "sq0idp-%s"' % chars(r, 22, B64URL),
        'APP_SECRET = "%s"' % v,
        "",
        "",
        "def exchange(code: str) -> dict:",
        "    resp = requests.post(",
        '        "https://connect.squareup.com/oauth2/token",',
        '        json={"client_id": APP_ID, "client_secret": APP_SECRET,',
        '              "code": code, "grant_type": "authorization_code"},',
        "        timeout=10,",
        "    )",
        "    resp.raise_for_status()",
        "    return resp.json()",
    ))


@tpl("whsec", "stripe", "webhook-signing-secret", "yml")
def p_yaml_whsec(r, v):
    return (pick(r, ["config/stripe.yml", "config/settings/production.yaml"]), lines(
        "stripe:",
        "  terminal_location: tml_%s" % chars(r, 14),
        "  webhook:",
        "    path: /stripe/events",
        "    signing_secret: %s" % v,
    ))


@tpl("k24", "thales-payshield", "key-encryption-key", "go")
def p_go_kek(r, v):
    return (pick(r, ["internal/tr31/wrap_test.go", "pkg/tr31/kbpk_test.go"]), lines(
        "package tr31",
        "",
        "import (",
        '\t"crypto/rand"',
        '\t"testing"',
        ")",
        "",
        "func TestWrapUnwrap(t *testing.T) {",
        '\tkbpk := mustHex("%s")' % v,
        "\tkey := make([]byte, 16)",
        "\t_, _ = rand.Read(key)",
        '\tblk, err := Wrap(kbpk, "B0080P0TE00E0000", key)',
        "\tif err != nil {",
        "\t\tt.Fatal(err)",
        "\t}",
        "\tif got, _ := Unwrap(kbpk, blk); !equal(got, key) {",
        '\t\tt.Fatal("roundtrip")',
        "\t}",
        "}",
    ))


@tpl("aes32", "aws-payment-cryptography", "key-encryption-key", "py")
def p_py_aes_kek_cli(r, v):
    return (pick(r, ["scripts/apc/import_kek_wrapper.py", "tools/import_kek.py"]), lines(
        "import subprocess",
        "",
        "# one-off: import the AES-256 KEK for the processor link (test account)",
        "subprocess.run([",
        '    "python3", "import_kek_ecdh.py",',
        '    "--region", "%s",' % pick(r, ["us-east-1", "eu-central-1"]),
        '    "--kek", "%s",' % v,
        '    "--alias", "alias/processor-kek",',
        "], check=True)",
    ))


# ================================================================ negative look-alike templates
# Each: fn(r) -> (relpath, text).  None of them holds a credential.

def capk(r):
    bits = pick(r, [1152, 1408, 1984])
    return hx(r, bits // 4), pick(r, ["03", "010001"]), hx(r, 40)


@ntpl("emv", "ca-public-key", "xml")
def n_capk_xml(r):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<CAPublicKeys>"]
    for _ in range(r.randint(2, 4)):
        mod, exp, h = capk(r)
        out += ['  <CAPK rid="%s" index="%s" expiry="%d1231">' % (pick(r, ["A000000003", "A000000004", "A000000025", "A000000065"]), hx(r, 2), r.randint(2026, 2032)),
                "    <Modulus>%s</Modulus>" % mod,
                "    <Exponent>%s</Exponent>" % exp,
                "    <Checksum>%s</Checksum>" % h,
                "  </CAPK>"]
    out.append("</CAPublicKeys>")
    return (pick(r, ["emv/capk.xml", "terminal/emv/CAPK_TEST.xml"]), lines(*out))


@ntpl("emv", "ca-public-key", "json")
def n_capk_json(r):
    mod, exp, h = capk(r)
    return (pick(r, ["kernel/capk/a000000004_f1.json", "emv/keys/test_capk.json"]), lines(
        "{",
        '  "rid": "A000000004",',
        '  "index": "%s",' % hx(r, 2),
        '  "hashAlgorithm": "01",',
        '  "keyAlgorithm": "01",',
        '  "modulus": "%s",' % mod,
        '  "exponent": "%s",' % exp,
        '  "sha1": "%s"' % h,
        "}",
    ))


@ntpl("emv", "kernel-config", "ini")
def n_emv_ini(r):
    return (pick(r, ["emv/aid.ini", "terminal/emv/kernel.ini"]), lines(
        "[AID_A0000000031010]",
        "label = VISA CREDIT",
        "app_version = 008C",
        "tac_default = %s" % hx(r, 10),
        "tac_denial = 0010000000",
        "tac_online = %s" % hx(r, 10),
        "floor_limit = %d" % r.choice([0, 2500]),
        "ddol = 9F3704",
        "tdol = 9F02065F2A029A039C0195059F3704",
        "",
        "[AID_A0000000041010]",
        "label = MASTERCARD",
        "app_version = 0002",
        "tac_default = FC50BCA000",
    ))


@ntpl("thales-payshield", "host-command-log", "log")
def n_payshield_log(r):
    out = []
    for i in range(r.randint(3, 6)):
        hdr = "%04d" % r.randint(0, 9999)
        cmd = pick(r, ["A0", "FA", "HC", "BU"])
        if cmd == "A0":
            out.append(">> %sA00002U" % hdr)
            out.append("<< %sA100%s%s" % (hdr, "U" + hx(r, 32), kcv(r)))
        elif cmd == "FA":
            out.append(">> %sFA%s%s" % (hdr, "U" + hx(r, 32), "X" + hx(r, 32)))
            out.append("<< %sFB00%s%s" % (hdr, "U" + hx(r, 32), kcv(r)))
        elif cmd == "HC":
            out.append(">> %sHC%s;XU1" % (hdr, "U" + hx(r, 32)))
            out.append("<< %sHD00%s%s" % (hdr, "X" + hx(r, 32), "U" + hx(r, 32)))
        else:
            out.append(">> %sBU021%s" % (hdr, "U" + hx(r, 32)))
            out.append("<< %sBV00%s" % (hdr, hx(r, 16)))
    return (pick(r, ["logs/hsm-trace.log", "tests/data/payshield_session.log"]), lines(*out))


@ntpl("thales-payshield", "keys-under-lmk", "py")
def n_payshield_client(r):
    return (pick(r, ["hsmlib/commands.py", "switch/hsm/fa_translate.py"]), lines(
        "from hsmlib.payshield import PayShield",
        "",
        "# keys are stored encrypted under LMK pair 04-05 (variant), never in clear",
        'ZMK_UNDER_LMK = "%s"' % ("U" + hx(r, 32)),
        'ZPK_UNDER_ZMK = "%s"' % ("X" + hx(r, 32)),
        "",
        "",
        "def translate(hsm: PayShield):",
        '    resp = hsm.command("FA", ZMK_UNDER_LMK, ZPK_UNDER_ZMK)',
        '    assert resp.error == "00"',
        '    return resp.fields["key_lmk"], resp.fields["kcv"]',
    ))


@ntpl("dukpt", "published-test-vector", "py")
def n_dukpt_vectors(r):
    return (pick(r, ["tests/test_x924_vectors.py", "dukpt/tests/test_ansi_vectors.py"]), lines(
        '"""ANSI X9.24-1 Annex A test vectors (public)."""',
        "from dukpt import derive_ipek",
        "",
        'BDK = "%s"' % ANSI_BDK,
        'KSN = "FFFF9876543210E00000"',
        'EXPECTED_IPEK = "%s"' % ANSI_IPEK,
        "",
        "",
        "def test_ipek_matches_standard():",
        "    assert derive_ipek(BDK, KSN).hex().upper() == EXPECTED_IPEK",
    ))


@ntpl("dukpt", "published-test-vector", "go")
def n_aes_dukpt(r):
    return (pick(r, ["internal/dukpt/aes_vectors_test.go", "pkg/dukpt/x924_3_test.go"]), lines(
        "package dukpt",
        "",
        "// Test vectors from ANSI X9.24-3-2017 (public)",
        "var aesVectors = []struct{ bdk, ksn string }{",
        '\t{"%s", "123456789012345600000001"},' % AES_TEST_BDK,
        '\t{"%s", "123456789012345600000002"},' % AES_TEST_BDK,
        "}",
    ))


@ntpl("iso9564", "pin-block-example", "java")
def n_pinblock_java(r):
    pan = pick(r, ["4111111111111111", "5555555555554444", luhn_complete("400000", 16)])
    pin = pick(r, ["1234", "0000", "4321"])
    return (pick(r, ["src/test/java/com/acme/pin/Iso0FormatTest.java", "pin/src/test/java/PinFormatTest.java"]), lines(
        "import static org.junit.jupiter.api.Assertions.assertEquals;",
        "",
        "import org.junit.jupiter.api.Test;",
        "",
        "class Iso0FormatTest {",
        "    @Test",
        "    void format0() {",
        '        assertEquals("%s", PinBlocks.iso0("%s", "%s"));' % (pin_block_iso0(pan, pin), pan, pin),
        "    }",
        "}",
    ))


@ntpl("emv", "track2-test-data", "json")
def n_track2(r):
    pan = pick(r, ["4111111111111111", "4761739001010010", "5413330089010434"])
    return (pick(r, ["tests/fixtures/swipe.json", "testdata/track2.json"]), lines(
        "{",
        '  "pan": "%s",' % pan,
        '  "track2": ";%s=%d%02d2011000012345678?",' % (pan, r.randint(25, 30), r.randint(1, 12)),
        '  "expiry": "%d%02d",' % (r.randint(25, 30), r.randint(1, 12)),
        '  "service_code": "201"',
        "}",
    ))


@ntpl("dukpt", "ksn-inventory", "csv")
def n_ksn_csv(r):
    rows = ["serial,model,ksn,kcv,injected"]
    for _ in range(r.randint(4, 9)):
        rows.append("%s,%s,%s,%s,2024-%02d-%02d" % ("PP" + digits(r, 8), pick(r, ["A920", "Lane/3000"]), ksn(r), kcv(r), r.randint(1, 12), r.randint(1, 28)))
    return (pick(r, ["inventory/pinpads.csv", "tms/export/devices.csv"]), lines(*rows))


@ntpl("tr31", "wrapped-key-block", "yml")
def n_tr31_yaml(r):
    return (pick(r, ["config/keys/working-keys.yml", "deploy/keyblocks.yaml"]), lines(
        "kbpk_alias: alias/acquirer-kek",
        "working_keys:",
        "  pek:",
        "    key_block: %s" % tr31_block(r),
        "    kcv: %s" % kcv(r),
        "  mac:",
        "    key_block: %s" % tr31_block(r),
        "    kcv: %s" % kcv(r),
    ))


@ntpl("aws-payment-cryptography", "arn-reference", "py")
def n_apc_arn(r):
    region = pick(r, ["us-east-1", "eu-west-1"])
    acct = digits(r, 12)
    return (pick(r, ["scripts/apc/import_block.py", "apc/tools/import_wrapped.py"]), lines(
        "import boto3",
        "",
        'client = boto3.client("payment-cryptography", region_name="%s")' % region,
        'KEK = "arn:aws:payment-cryptography:%s:%s:key/%s"' % (region, acct, chars(r, 16, LOWER + "0123456789")),
        'BLOCK = "%s"' % tr31_block(r),
        "",
        "resp = client.import_key(",
        '    KeyMaterial={"Tr31KeyBlock": {"WrappingKeyIdentifier": KEK, "WrappedKeyBlock": BLOCK}},',
        ")",
        'print(resp["Key"]["KeyCheckValue"])',
    ))


@ntpl("aws-payment-cryptography", "terraform-resource", "tf")
def n_apc_tf(r):
    return (pick(r, ["infra/apc/keys.tf", "terraform/payment_crypto.tf"]), lines(
        'resource "aws_paymentcryptography_key" "bdk" {',
        "  exportable = false",
        "  key_attributes {",
        '    key_algorithm = "TDES_2KEY"',
        '    key_class     = "SYMMETRIC_KEY"',
        '    key_usage     = "TR31_B0_BASE_DERIVATION_KEY"',
        "    key_modes_of_use {",
        "      derive_key = true",
        "    }",
        "  }",
        "}",
        "",
        'resource "aws_paymentcryptography_key_alias" "bdk" {',
        '  alias_name = "alias/%s"' % pick(r, ["terminal-bdk", "bdk-2025"]),
        "  key_arn    = aws_paymentcryptography_key.bdk.arn",
        "}",
    ))


@ntpl("key-management", "kcv-table", "md")
def n_kcv_md(r):
    out = ["# Key register", "", "| key | scheme | under LMK | KCV |", "|---|---|---|---|"]
    for name in ["ZMK acquirer", "ZPK acquirer", "TAK host", "BDK fleet"][: r.randint(2, 4)]:
        out.append("| %s | U | %s | %s |" % (name, "U" + hx(r, 32), kcv(r)))
    out += ["", "Clear components are held by custodians only and never recorded here."]
    return (pick(r, ["docs/key-register.md", "docs/ceremony/kcv.md"]), lines(*out))


@ntpl("stripe", "publishable-key", "js")
def n_stripe_pk(r):
    return (pick(r, ["web/src/terminal.js", "kiosk/src/stripe.js"]), lines(
        "import { loadStripeTerminal } from '@stripe/terminal-js';",
        "",
        "const PUBLISHABLE_KEY = 'pk_live_51%s';" % chars(r, 97),
        "const LOCATION = 'tml_%s';" % chars(r, 14),
        "",
        "export async function discover() {",
        "  const StripeTerminal = await loadStripeTerminal();",
        "  const terminal = StripeTerminal.create({ onFetchConnectionToken: fetchToken });",
        "  return terminal.discoverReaders({ location: LOCATION });",
        "}",
        "",
        "async function fetchToken() {",
        "  const r = await fetch('/connection_token', { method: 'POST' });",
        "  return (await r.json()).secret;",
        "}",
    ))


@ntpl("adyen", "client-key", "yml")
def n_adyen_client(r):
    return (pick(r, ["config/adyen.yml", "web/config/payments.yaml"]), lines(
        "adyen:",
        "  environment: live",
        "  merchant_account: %s" % pick(r, ["AcmeRetailPOS", "ContosoCafeECOM"]),
        "  client_key: live_%s" % chars(r, 32, UPALNUM),
        "  api_key: ${ADYEN_API_KEY}",
        "  terminals:",
        "    - poiid: V400m-%s" % digits(r, 9),
        "    - poiid: P400Plus-%s" % digits(r, 9),
    ))


@ntpl("square", "application-id", "js")
def n_square_appid(r):
    return (pick(r, ["web/js/square-pay.js", "public/checkout.js"]), lines(
        "const appId = 'sq0idp-%s';" % chars(r, 22, B64URL),
        "const locationId = '%s';" % chars(r, 13, UPALNUM),
        "",
        "async function init() {",
        "  const payments = window.Square.payments(appId, locationId);",
        "  const card = await payments.card();",
        "  await card.attach('#card-container');",
        "  return card;",
        "}",
    ))


@ntpl("dukpt", "env-reference", "py")
def n_env_py(r):
    return (pick(r, ["termsim/settings.py", "config/keys.py"]), lines(
        "import os",
        "",
        "import boto3",
        "",
        'BDK_HEX = os.environ["BDK_HEX"]',
        'HSM_PASSWORD = os.environ.get("HSM_ADMIN_PASSWORD", "")',
        "",
        "",
        "def adyen_key():",
        '    sm = boto3.client("secretsmanager")',
        '    return sm.get_secret_value(SecretId="pos/adyen/api-key")["SecretString"]',
    ))


@ntpl("key-management", "env-reference", "java")
def n_env_java(r):
    return (pick(r, ["src/main/java/com/acme/hsm/HsmSettings.java", "hsm/src/main/java/HsmEnv.java"]), lines(
        "package com.acme.hsm;",
        "",
        "public record HsmSettings(String host, int port, String password) {",
        "    public static HsmSettings fromEnv() {",
        "        return new HsmSettings(",
        '            System.getenv("HSM_HOST"),',
        '            Integer.parseInt(System.getenv().getOrDefault("HSM_PORT", "1500")),',
        '            System.getenv("HSM_ADMIN_PASSWORD"));',
        "    }",
        "}",
    ))


@ntpl("stripe", "env-reference", "go")
def n_env_go(r):
    return (pick(r, ["cmd/pos/main.go", "internal/config/config.go"]), lines(
        "package config",
        "",
        'import "os"',
        "",
        "type Config struct {",
        "\tStripeKey     string",
        "\tWebhookSecret string",
        "\tBDKAlias      string",
        "}",
        "",
        "func Load() Config {",
        "\treturn Config{",
        '\t\tStripeKey:     os.Getenv("STRIPE_SECRET_KEY"),',
        '\t\tWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),',
        '\t\tBDKAlias:      "alias/terminal-bdk",',
        "\t}",
        "}",
    ))


@ntpl("key-management", "schema", "sql")
def n_sql_schema(r):
    return (pick(r, ["db/migrations/V1__keys.sql", "schema/key_inventory.sql"]), lines(
        "CREATE TABLE key_inventory (",
        "  id UUID PRIMARY KEY,",
        "  alias TEXT NOT NULL,",
        "  key_under_lmk TEXT NOT NULL,",
        "  kcv CHAR(6) NOT NULL,",
        "  created_at TIMESTAMPTZ DEFAULT now()",
        ");",
        "INSERT INTO key_inventory (id, alias, key_under_lmk, kcv) VALUES",
        "  ('%s', 'zpk.acquirer', '%s', '%s');" % (uuid4(r), "U" + hx(r, 32), kcv(r)),
    ))


@ntpl("iso8583", "message-dump", "log")
def n_iso_dump(r):
    ts = "2024-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    return (pick(r, ["logs/q2.log", "log/iso-channel.log"]), lines(
        "<log realm=\"channel/10.%d.%d.%d:%d\" at=\"%s\">" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250), r.randint(5000, 9000), ts),
        "  <send>",
        "    <isomsg direction=\"outgoing\">",
        "      <field id=\"0\" value=\"0200\"/>",
        "      <field id=\"2\" value=\"%s\"/>" % pick(r, ["411111______1111", "476173______0010"]),
        "      <field id=\"11\" value=\"%s\"/>" % digits(r, 6),
        "      <field id=\"52\" value=\"%s\" type=\"binary\"/>" % hx(r, 16),
        "      <field id=\"53\" value=\"%s\"/>" % digits(r, 16),
        "      <field id=\"64\" value=\"%s\" type=\"binary\"/>" % hx(r, 16),
        "    </isomsg>",
        "  </send>",
        "</log>",
    ))


@ntpl("jpos", "channel-config", "xml")
def n_jpos_channel(r):
    return (pick(r, ["deploy/10_channel.xml", "cfg/channel-host.xml"]), lines(
        '<channel-adaptor name="host-channel" class="org.jpos.q2.iso.ChannelAdaptor" logger="Q2">',
        ' <channel class="org.jpos.iso.channel.NACChannel" logger="Q2"',
        '          packager="org.jpos.iso.packager.GenericPackager" header="6000000000">',
        '  <property name="packager-config" value="cfg/packager/iso87binary.xml" />',
        '  <property name="host" value="10.%d.%d.%d" />' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        '  <property name="port" value="%d" />' % r.randint(5000, 9000),
        '  <property name="keystore" value="cfg/keystore.jks" />',
        '  <property name="key" value="host-channel" />',
        " </channel>",
        " <in>host-send</in>",
        " <out>host-receive</out>",
        " <reconnect-delay>10000</reconnect-delay>",
        "</channel-adaptor>",
    ))


@ntpl("verifone", "firmware-digest", "json")
def n_fw_digest(r):
    out = ["{", '  "package": "%s",' % pick(r, ["pos-app", "emv-kernel"]), '  "files": [']
    n = r.randint(2, 5)
    for i in range(n):
        out.append('    {"name": "%s", "sha256": "%s"}%s' % (pick(r, ["app.bin", "kernel.lib", "params.dat", "fonts.pkg"]) + str(i), hx(r, 64, True), "," if i < n - 1 else ""))
    out += ["  ],", '  "signer_cert_serial": "%s"' % hx(r, 32), "}"]
    return (pick(r, ["release/manifest.json", "dist/package-manifest.json"]), lines(*out))


@ntpl("verifone", "signature-list", "ini")
def n_sig_ini(r):
    return (pick(r, ["pkg/signatures.ini", "release/p7s.ini"]), lines(
        "[signatures]",
        "app.bin.sha1 = %s" % hx(r, 40, True),
        "kernel.lib.sha1 = %s" % hx(r, 40, True),
        "",
        "[certificate]",
        "serial = %s" % hx(r, 16),
        "issuer = CN=Sponsor CA,O=Example Payments",
    ))


@ntpl("ingenico", "public-key", "md")
def n_pubkey_md(r):
    return (pick(r, ["docs/rkl-public-key.md", "docs/krd-certificate.md"]), lines(
        "# Remote key loading - KRD public key",
        "",
        "Send this key to the KDH operator; it is public.",
        "",
        "```",
        *pem_public(r),
        "```",
    ))


@ntpl("key-management", "certificate", "pem")
def n_cert_pem(r):
    return (pick(r, ["certs/tr34_krd.crt", "pki/kdh-ca.pem"]), lines(*pem_cert(r)))


@ntpl("key-management", "fleet-inventory", "yml")
def n_fleet(r):
    out = ["fleet:"]
    for _ in range(r.randint(3, 6)):
        out += ["  - id: %s" % uuid4(r), "    serial: %s" % ("PP" + digits(r, 8)), "    model: %s" % pick(r, ["A920", "Lane/3000", "V400m"]), "    ksn: \"%s\"" % ksn(r)]
    return (pick(r, ["fleet/devices.yml", "tms/inventory.yaml"]), lines(*out))


@ntpl("emv", "tlv-test-data", "json")
def n_tlv(r):
    return (pick(r, ["tests/fixtures/de55.json", "testdata/emv_icc.json"]), lines(
        "{",
        '  "de55": "9F2608%s9F2701809F10%s9F3704%s9F3602%s",' % (hx(r, 16), "12" + hx(r, 36), hx(r, 8), hx(r, 4)),
        '  "arqc": "%s",' % hx(r, 16),
        '  "atc": "%s",' % hx(r, 4),
        '  "unpredictable_number": "%s"' % hx(r, 8),
        "}",
    ))


@ntpl("emv", "cryptogram-test", "py")
def n_arqc(r):
    return (pick(r, ["tests/test_arpc.py", "issuer/tests/test_cryptograms.py"]), lines(
        "from issuer.emv import arpc_method1",
        "",
        "# cryptogram values from a captured test transaction (not keys)",
        'ARQC = "%s"' % hx(r, 16),
        'ARC = "3030"',
        'EXPECTED_ARPC = "%s"' % hx(r, 16),
        "",
        "",
        "def test_arpc_with_hsm(hsm):",
        '    assert arpc_method1(hsm, "imk-ac-uat", ARQC, ARC) == EXPECTED_ARPC',
    ))


@ntpl("key-management", "vault-reference", "sh")
def n_vault_sh(r):
    return (pick(r, ["scripts/load-keys.sh", "ops/fetch_secrets.sh"]), lines(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        'export HSM_ADMIN_PASSWORD="$(vault kv get -field=password secret/hsm/admin)"',
        'export ADYEN_API_KEY="$(op read op://Payments/Adyen/api-key)"',
        'export STRIPE_SECRET_KEY="${STRIPE_SECRET_KEY:?missing}"',
        "exec ./bin/pos-gateway",
    ))


@ntpl("key-management", "external-secret", "yml")
def n_external_secret(r):
    return (pick(r, ["deploy/external-secret.yaml", "k8s/hsm-secrets.yaml"]), lines(
        "apiVersion: external-secrets.io/v1beta1",
        "kind: ExternalSecret",
        "metadata:",
        "  name: hsm-credentials",
        "spec:",
        "  secretStoreRef:",
        "    name: aws-secrets",
        "    kind: ClusterSecretStore",
        "  data:",
        "    - secretKey: HSM_ADMIN_PASSWORD",
        "      remoteRef:",
        "        key: payments/hsm/admin",
        "        property: password",
    ))


@ntpl("stripe", "ci-secret-reference", "yml")
def n_gha_secret(r):
    return (pick(r, [".github/workflows/deploy.yml", ".github/workflows/release.yml"]), lines(
        "name: deploy",
        "on: [push]",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}",
        "      ADYEN_API_KEY: ${{ secrets.ADYEN_API_KEY }}",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: ./deploy.sh",
    ))


@ntpl("key-management", "build-secret-mount", "dockerfile")
def n_docker_secret(r):
    return (pick(r, ["Dockerfile", "docker/keysvc/Dockerfile"]), lines(
        "# syntax=docker/dockerfile:1",
        "FROM python:3.12-slim",
        "WORKDIR /srv",
        "COPY requirements.txt .",
        "RUN --mount=type=secret,id=pip_token pip install -r requirements.txt",
        "ENV HSM_HOST=payshield.internal HSM_PORT=1500",
        "COPY . .",
        'CMD ["python", "-m", "keysvc"]',
    ))


@ntpl("key-management", "masked-values", "properties")
def n_masked_props(r):
    return (pick(r, ["config/keys.properties.example", "src/main/resources/hsm.properties.sample"]), lines(
        "hsm.host=payshield.internal",
        "hsm.admin.password=********",
        "zpk.acquirer.key=[REDACTED]",
        "zpk.acquirer.checkvalue=%s" % kcv(r),
        "bdk.fleet.lmk=%s" % ("U" + hx(r, 32)),
    ))


@ntpl("key-ceremony", "ceremony-log", "log")
def n_ceremony_log(r):
    return (pick(r, ["ceremony/2024-%02d-zmk.log" % r.randint(1, 12), "logs/ceremony.log"]), lines(
        "09:%02d custodian A entered component 1, KCV %s" % (r.randint(0, 59), kcv(r)),
        "09:%02d custodian B entered component 2, KCV %s" % (r.randint(0, 59), kcv(r)),
        "09:%02d key formed, scheme U, KCV %s" % (r.randint(0, 59), kcv(r)),
        "09:%02d key under LMK %s" % (r.randint(0, 59), "U" + hx(r, 32)),
        "09:%02d envelopes sealed, serials %s / %s" % (r.randint(0, 59), digits(r, 7), digits(r, 7)),
    ))


@ntpl("emv", "tag-definitions", "c")
def n_c_tags(r):
    return (pick(r, ["include/emv_tags.h", "src/emv/tags.h"]), lines(
        "#ifndef EMV_TAGS_H",
        "#define EMV_TAGS_H",
        "#define TAG_AID          0x4F",
        "#define TAG_APP_CRYPTO   0x9F26",
        "#define TAG_ATC          0x9F36",
        "#define TAG_UN           0x9F37",
        "static const unsigned char AID_VISA[] = { 0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10 };",
        "static const unsigned char AID_MC[]   = { 0xA0, 0x00, 0x00, 0x00, 0x04, 0x10, 0x10 };",
        "#define TERMINAL_CAPS   \"%s\"" % pick(r, ["E0F8C8", "E0B8C8", "6068C8"]),
        "#endif",
    ))


@ntpl("azure-payment-hsm", "key-vault-reference", "cs")
def n_cs_kv(r):
    return (pick(r, ["src/PayHsm.Admin/Secrets.cs", "Pos.Api/Config/SecretLoader.cs"]), lines(
        "using Azure.Identity;",
        "using Azure.Security.KeyVault.Secrets;",
        "",
        "public static class SecretLoader",
        "{",
        "    public static string HsmPassword()",
        "    {",
        '        var client = new SecretClient(new Uri("https://kv-payhsm-%s.vault.azure.net/"), new DefaultAzureCredential());' % pick(r, ["prod", "uat"]),
        '        return client.GetSecret("payshield-admin-password").Value.Value;',
        "    }",
        "}",
    ))


@ntpl("iso8583", "transaction-report", "csv")
def n_txn_csv(r):
    rows = ["date,stan,rrn,auth_code,pan_masked,amount,arqc"]
    for _ in range(r.randint(4, 8)):
        rows.append("2024-%02d-%02d,%s,%s,%s,%s,%d.%02d,%s" % (r.randint(1, 12), r.randint(1, 28), digits(r, 6), digits(r, 12), chars(r, 6, UPALNUM), "476173******" + digits(r, 4), r.randint(1, 300), r.randint(0, 99), hx(r, 16)))
    return (pick(r, ["reports/settlement.csv", "exports/txn_2024.csv"]), lines(*rows))


@ntpl("dukpt", "documentation", "md")
def n_dukpt_md(r):
    return (pick(r, ["docs/dukpt.md", "docs/testing-pin.md"]), lines(
        "# Testing DUKPT locally",
        "",
        "Use the public ANSI X9.24 test key; never a production BDK.",
        "",
        "| item | value |",
        "|---|---|",
        "| BDK (test) | `%s` |" % ANSI_BDK,
        "| KSN | `FFFF9876543210E00000` |",
        "| IPEK | `%s` |" % ANSI_IPEK,
        "| PIN block (PAN 4111111111111111, PIN 1234) | `%s` |" % pin_block_iso0("4111111111111111", "1234"),
    ))


@ntpl("stripe", "documented-example", "md")
def n_stripe_doc(r):
    return (pick(r, ["docs/stripe-terminal.md", "docs/api/connection-token.md"]), lines(
        "## Connection token response",
        "",
        "Stripe's documented example response:",
        "",
        "```json",
        "{",
        '  "object": "terminal.connection_token",',
        '  "secret": "%s"' % STRIPE_DOC_PST,
        "}",
        "```",
        "",
        "Our backend proxies this call with the key from `STRIPE_SECRET_KEY`.",
    ))


@ntpl("key-management", "uuid-ids", "json")
def n_uuid_json(r):
    return (pick(r, ["config/locations.json", "tms/stores.json"]), lines(
        "{",
        '  "stores": [',
        '    {"id": "%s", "stripe_location": "tml_%s", "square_location": "%s"},' % (uuid4(r), chars(r, 14), chars(r, 13, UPALNUM)),
        '    {"id": "%s", "stripe_location": "tml_%s", "square_location": "%s"}' % (uuid4(r), chars(r, 14), chars(r, 13, UPALNUM)),
        "  ]",
        "}",
    ))


@ntpl("key-management", "env-example", "env")
def n_env_example(r):
    return (pick(r, [".env.example", ".env.sample"]), lines(
        "SQUARE_ENVIRONMENT=sandbox",
        "SQUARE_ACCESS_TOKEN=<your-sandbox-access-token>",
        "STRIPE_SECRET_KEY=sk_test_...",
        "HSM_ADMIN_PASSWORD=",
        "BDK_HEX=%s" % ANSI_BDK,
    ))


@ntpl("emv", "base64-receipt", "py")
def n_b64_receipt(r):
    blob = base64.b64encode(("RECEIPT|%s|%s|APPROVED|%s" % (digits(r, 8), "476173******" + digits(r, 4), chars(r, 6, UPALNUM))).encode()).decode()
    return (pick(r, ["tests/test_receipt.py", "pos/tests/test_print.py"]), lines(
        "import base64",
        "",
        'SAMPLE = "%s"' % blob,
        "",
        "",
        "def test_decode():",
        '    assert base64.b64decode(SAMPLE).startswith(b"RECEIPT|")',
    ))


# ================================================================ driver
N_POS = 500
N_NEG = 500


def cyclic_order(r, n, total):
    out = []
    while len(out) < total:
        idx = list(range(n))
        r.shuffle(idx)
        out.extend(idx)
    return out[:total]


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template"))


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def build(outdir, seed):
    r = random.Random(seed)
    for sub in ("pos", "neg"):
        shutil.rmtree(os.path.join(outdir, sub), ignore_errors=True)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    env_pos = 0

    order = cyclic_order(r, len(POS), N_POS)
    for i in range(N_POS):
        fn, slot, prov, kind, ft = POS[order[i]]
        val = GEN[slot](r)
        needle = val[0] if isinstance(val, list) else val
        path, text = fn(r, val)
        assert "\n" not in needle and needle
        idx = text.find(needle)
        assert idx >= 0, (fn.__name__, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        if is_blocked_env(path):
            env_pos += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_pos * 20 <= N_POS, env_pos

    flags = [True] * (N_NEG // 2) + [False] * (N_NEG - N_NEG // 2)
    r.shuffle(flags)
    reuse_order = cyclic_order(r, len(POS), N_NEG)
    look_order = cyclic_order(r, len(NEG), N_NEG)
    ri = li = 0
    for i in range(N_NEG):
        if flags[i]:
            fn, slot, prov, _kind, ft = POS[reuse_order[ri]]
            ri += 1
            val, fkind = FILL[slot](r)
            path, text = fn(r, val)
            kind = fkind
            if is_blocked_env(path):
                path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        else:
            fn, prov, kind, ft = NEG[look_order[li]]
            li += 1
            path, text = fn(r)
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    # re-read and verify every needle against the written files
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            ls = fh.read().split("\n")
        assert s["needle"] in ls[s["line"] - 1], s
        assert not any(s["needle"] in x for x in ls[: s["line"] - 1]), s
    return len(POS), len(NEG)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kx.py OUTDIR SEED\n")
        return 2
    npos, nneg = build(argv[1], int(argv[2]))
    sys.stderr.write("gen_kx: %d positive templates, %d look-alike negative templates\n" % (npos, nneg))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
