#!/usr/bin/env python3
"""gen_hh.py - blind evaluation set: secrets-management tooling leaking its own
bootstrap credentials.

EMPHASIS
    The "secret zero" problem: the credentials that unlock a secrets manager
    end up hard-coded next to the code that uses it.  Providers:
    1Password (service-account tokens ops_..., Connect server JWT tokens,
    1password-credentials.json), Bitwarden (Secrets Manager access tokens
    0.<uuid>.<secret>:<key>, bw CLI BW_CLIENTSECRET), Doppler (dp.st./dp.pt./
    dp.ct./dp.sa. tokens), Infisical (universal-auth client secrets, legacy
    st. service tokens), HashiCorp Vault (hvs./hvb./s. tokens, root tokens,
    AppRole secret_id, unseal keys), Akeyless (access keys), CyberArk Conjur
    (API keys), Keeper Secrets Manager (one-time access tokens, base64
    configs, ksm-config.json private keys), Delinea/Thycotic (Secret Server
    passwords, DSV client secrets), AWS Secrets Manager (IAM access key
    pairs), Azure Key Vault (Entra client secrets), GCP Secret Manager
    (service-account JSON), SOPS/age (AGE-SECRET-KEY-1...), Bitnami
    sealed-secrets controller private keys, External Secrets Operator
    bootstrap Secrets.
    File types: YAML (Kubernetes, ESO SecretStore/ExternalSecret, Helm
    values, docker-compose, GitHub Actions, GitLab CI), HCL/Terraform, JSON,
    shell, PowerShell, Dockerfile, Makefile, Python, Go, TypeScript/JS,
    Java properties, INI, TOML, .env, Markdown runbooks, logs, CSV, SQL, PEM.

USAGE
    python3 -B gen_hh.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  All randomness comes from random.Random(SEED); the
    output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: no quotes, no
      "Bearer ", no variable name.  Where the file stores the credential
      base64-encoded (Kubernetes Secret `data:`, Keeper base64 config,
      1Password Connect credentials_base64), the needle is the encoded text.
    * URLs / headers / basic auth: only the secret part (token or password).
    * Key pairs (AWS id + secret, Azure/Infisical client id + secret, Akeyless
      access id + key, Bitwarden client id + secret): the needle is the secret
      half; the public id half may be on a neighbouring line.
    * Bitwarden access tokens: the whole 0.<uuid>.<secret>:<key> string.
    * Multi-line PEM private keys: the "-----BEGIN ... PRIVATE KEY-----" line.
      PEM inside JSON (GCP service account) is one line: the needle is the
      whole escaped value from -----BEGIN to the trailing \\n.
    * 1password-credentials.json: the uniqueKey "k" value; ksm-config.json:
      the privateKey value.
    * `line` is the 1-based line of the needle's first occurrence; the
      generator asserts the needle is on that line.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-token>, YOUR_API_KEY_HERE, changeme,
    xxxx, hvs.XXXX...), empty values, masked values (****, [REDACTED]),
    environment references (os.environ[...], process.env.X, os.Getenv,
    ${VAR}, $env:X, var.x), secret-manager references (op://, vault paths,
    ${{ secrets.X }}, keeper://, {{resolve:secretsmanager:...}}, ref+vault://,
    @Microsoft.KeyVault(...)), template expressions, documented example keys
    (AWS AKIAIOSFODNN7EXAMPLE, the age man-page key, the Bitwarden CLI help
    token, Vault docs unseal keys, Conjur docs API keys) and public values
    (age recipients, Akeyless access ids).  The other 250 are look-alikes of
    this domain: ESO ExternalSecret remoteRef keys, op:// templates, SOPS
    ENC[AES256_GCM,...] files, .sops.yaml age1 recipients, SealedSecret
    ciphertext, sealed-secrets public certs, Vault policies/agent configs,
    AppRole role ids, token/lease accessors, audit-log HMACs, transit
    ciphertext, PGP-encrypted unseal keys, Doppler/Infisical project files,
    item/record/vault ids, ARNs, Key Vault secret URIs with version ids,
    workload-identity configs, lock-file hashes, image digests, checksums,
    public keys (ssh, PGP, JWKS, age), bcrypt hashes.  No negative lives in a
    file named .env / .env.local / .env.production etc.

FORMATS CHECKED (search tool, providers' docs and real config files)
    * Bitwarden help "Secrets Manager CLI": BWS_ACCESS_TOKEN example
      0.<uuid>.<30 alnum>:<base64 16 bytes>; SDK source splits
      version.access_token_id.client_secret:encryption_key.
    * Vault 1.10 token change notes: hvs./hvb./hvr. replace s./b./r.,
      service tokens >= 95 chars after the prefix; `vault operator init`
      docs: unseal keys are 44-char base64 (33-byte shares), old root token
      was a UUID.
    * Doppler docs / integrations: dp.st.<config>., dp.pt., dp.ct., dp.sa.
      token prefixes; DOPPLER_TOKEN variable; `doppler configure set token`.
    * Infisical docs: universal auth = client id + client secret
      (INFISICAL_CLIENT_ID / INFISICAL_CLIENT_SECRET); service tokens start
      with st. and the part after the last '.' is a symmetric key.
    * age-keygen man page: AGE-SECRET-KEY-1 + uppercase bech32, age1
      recipients lowercase bech32 (the man-page pair is used as a negative).
    * Conjur docs: API key is 51-56 alphanumeric chars (examples are 55-char
      lowercase Crockford base32); `conjur policy load` prints api_key.
    * Akeyless docs: API-key auth = Access ID (p-...) + Access Key.
    * Keeper docs: One-Time Access Token shown as "US:<token>"; config JSON
      keys hostname, clientId, privateKey, serverPublicKeyId, appKey,
      appOwnerPublicKey; base64 form accepted by integrations.
    * 1Password developer docs: service account token in
      OP_SERVICE_ACCOUNT_TOKEN (starts ops_), Connect server needs
      1password-credentials.json plus a Connect access token (OP_CONNECT_TOKEN).
    * Conjur / Vault / Bitwarden / age documentation examples are used only
      as negatives.

DOUBTS
    * 1Password ops_ token body: modelled as base64url(JSON with
      signInAddress, userAuth, email, srpX, muk, secretKey, deviceUuid) -
      not confirmed by 1Password docs.  Connect token modelled as an ES256 JWT
      with 1password.com/* claims; credentials-file field names
      (verifier, encCredentials, uniqueKey) from memory, not confirmed.
    * Doppler random-part lengths (40 for dp.st., 43 for dp.pt./ct./sa.) are
      not stated in Doppler's pages I could read.
    * Infisical st. token layout (st.<24 hex>.<32 hex>.<32 hex>) and the
      64-hex universal-auth client secret are from memory.
    * Vault hvs. long form is modelled on the protobuf layout seen in real
      tokens (CAESI... + embedded hvs.<24>); hvb. body length is a guess.
    * Akeyless access-key alphabet/length (44-char base64) not confirmed.
    * Keeper one-time token body (43 base64url chars) and Delinea DSV client
      secret format (43 base64url) not confirmed.
    * Azure client secret modelled as 3 chars + digit + "Q~" + 34 chars (40).
    * Private keys are structurally plausible DER (correct headers/lengths)
      filled with random bytes, not mathematically valid keys.
"""
import base64
import json
import os
import random
import string
import sys

# ---------------------------------------------------------------- alphabets
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO
B64 = UP + LO + DIG + "+/"
B64U = UP + LO + DIG + "-_"
HEX = "0123456789abcdef"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
CROCK = "0123456789abcdefghjkmnpqrstvwxyz"
AWS32 = UP + "234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def oid24(r):
    return "6" + rs(r, "0123456789abcdef", 23)


def pem_wrap(label, der):
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


# ---------------------------------------------------------------- bech32
_BC = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc, bits, d5 = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            d5.append((acc >> bits) & 31)
    if bits:
        d5.append((acc << (5 - bits)) & 31)
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hv + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BC[d] for d in d5 + chk)


# ---------------------------------------------------------------- X25519
_P = 2 ** 255 - 19


def x25519_base(k):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    n = int.from_bytes(bytes(k), "little")
    x1, x2, z2, x3, z3, swap = 9, 1, 0, 9, 1, 0
    for t in reversed(range(255)):
        kt = (n >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        a = (x2 + z2) % _P
        aa = a * a % _P
        b = (x2 - z2) % _P
        bb = b * b % _P
        e = (aa - bb) % _P
        c = (x3 + z3) % _P
        d = (x3 - z3) % _P
        da = d * a % _P
        cb = c * b % _P
        x3 = (da + cb) ** 2 % _P
        z3 = x1 * (da - cb) ** 2 % _P
        x2 = aa * bb % _P
        z2 = e * (aa + 121665 * e) % _P
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, _P - 2, _P) % _P).to_bytes(32, "little")


def age_pair(r):
    sk = rb(r, 32)
    return bech32("age-secret-key-", sk).upper(), bech32("age", x25519_base(sk))


def age_pub(r):
    return bech32("age", rb(r, 32))


# ---------------------------------------------------------------- fake keys
def der_rsa2048_pkcs8(r):
    pre = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a302010002820101"
                        "00") + bytes([0x80 | r.getrandbits(7)])
    return pre + rb(r, 1217 - len(pre))


def der_rsa4096_pkcs1(r):
    pre = bytes.fromhex("308209280201000282020100") + bytes([0x80 | r.getrandbits(7)])
    return pre + rb(r, 2348 - len(pre))


def der_ec_p256_pkcs8(r):
    return (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
            + rb(r, 32) + bytes.fromhex("a14403420004") + rb(r, 64))


def der_cert(r, n=900):
    pre = bytes.fromhex("30820" + "%03x" % (n - 4)) + bytes.fromhex("308202") + rb(r, 1)
    return pre + rb(r, n - len(pre))


# ---------------------------------------------------------------- secret generators
def g_op_sa(r):
    d = {"signInAddress": "my.1password.com",
         "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                      "salt": b64u(rb(r, 16))},
         "email": rs(r, B32L, 26) + "@1passwordserviceaccounts.com",
         "srpX": rs(r, HEX, 64),
         "muk": {"alg": "A256GCM", "ext": False, "k": b64u(rb(r, 32)),
                 "key_ops": ["decrypt", "encrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": "A3-" + "-".join(rs(r, UP + DIG, n) for n in (6, 6, 5, 5, 5, 5)),
         "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": rs(r, B32L.upper(), 26)},
         "deviceUuid": rs(r, B32L, 26)}
    return "ops_" + b64u(json.dumps(d, separators=(",", ":")).encode())


def g_op_connect(r):
    h = {"alg": "ES256", "kid": rs(r, B32L, 26), "typ": "JWT"}
    now = 1650000000 + r.randrange(90000000)
    p = {"1password.com/auuid": rs(r, B32L.upper(), 26), "1password.com/token": b64u(rb(r, 24)),
         "1password.com/fts": ["vaultaccess"],
         "1password.com/vts": [{"u": rs(r, B32L, 26), "a": r.choice([16, 48, 49152])}],
         "aud": ["com.1password.connect"], "sub": rs(r, B32L.upper(), 26), "iat": now,
         "iss": "com.1password.b5"}
    return ".".join([b64u(json.dumps(h, separators=(",", ":")).encode()),
                     b64u(json.dumps(p, separators=(",", ":")).encode()), b64u(rb(r, 64))])


def op_credentials(r, k):
    return {"verifier": {"salt": b64u(rb(r, 16)), "localHash": b64u(rb(r, 32))},
            "encCredentials": {"kid": "localauthv2keykid", "enc": "A256GCM", "cty": "b5+jwk+json",
                               "iv": b64u(rb(r, 12)), "data": b64u(rb(r, 540))},
            "version": "2", "deviceUuid": rs(r, B32L, 26),
            "uniqueKey": {"alg": "A256GCM", "ext": True, "k": k,
                          "key_ops": ["decrypt", "encrypt"], "kty": "oct", "kid": rs(r, B32L, 26)}}


def g_op_key(r):
    return b64u(rb(r, 32))


def g_op_creds_b64(r):
    return b64(json.dumps(op_credentials(r, g_op_key(r)), indent=2).encode())


def g_bws(r):
    return "0.%s.%s:%s" % (uuid4(r), rs(r, B62, 30), b64(rb(r, 16)))


def g_bw_secret(r):
    return rs(r, B62, 30)


def g_dp_st(r):
    return "dp.st.%s.%s" % (r.choice(["prd", "stg", "dev", "ci", "prd_eu", "production", "staging"]),
                            rs(r, B62, 40))


def g_dp_pt(r):
    return "dp.pt." + rs(r, B62, 43)


def g_dp_ct(r):
    return "dp.ct." + rs(r, B62, 43)


def g_dp_sa(r):
    return "dp.sa." + rs(r, B62, 43)


def g_inf_st(r):
    return "st.%s.%s.%s" % (oid24(r), rs(r, HEX, 32), rs(r, HEX, 32))


def g_inf_cs(r):
    return rs(r, HEX, 64)


def _varint(n):
    out = bytearray()
    while True:
        b = n & 0x7f
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def g_hvs(r):
    inner = ("hvs." + rs(r, B62, 24)).encode()
    f3 = b"\x0a" + bytes([len(inner)]) + inner + b"\x10" + _varint(r.randrange(128, 16384))
    msg = b"\x08\x01\x12\x20" + rb(r, 32) + b"\x1a" + bytes([len(f3)]) + f3
    return "hvs." + b64u(msg)


def g_hvs_short(r):
    return "hvs." + rs(r, B62, 24)


def g_vault_legacy(r):
    return "s." + rs(r, B62, 24)


def g_hvb(r):
    return "hvb.AAAAAQ" + rs(r, B64U, r.randrange(150, 240))


def g_unseal(r):
    return b64(rb(r, 33))


def g_unseal_hex(r):
    return rb(r, 33).hex()


def g_uuid(r):
    return uuid4(r)


def g_akl_key(r):
    return b64(rb(r, 32))


def akl_id(r):
    return "p-" + rs(r, LO + DIG, r.choice([12, 14]))


def g_conjur(r):
    return rs(r, CROCK, 55)


def g_keeper_ott(r):
    return r.choice(["US", "US", "EU", "AU", "CA", "JP", "GOV"]) + ":" + b64u(rb(r, 32))


def keeper_cfg(r, pk):
    return {"hostname": r.choice(["keepersecurity.com", "keepersecurity.eu", "keepersecurity.com.au"]),
            "clientId": b64(rb(r, 64)), "privateKey": pk, "serverPublicKeyId": str(r.choice([7, 8, 10, 12])),
            "appKey": b64(rb(r, 32)), "appOwnerPublicKey": b64(b"\x04" + rb(r, 64))}


def g_keeper_pk(r):
    return b64(der_ec_p256_pkcs8(r))


def g_keeper_b64(r):
    return b64(json.dumps(keeper_cfg(r, g_keeper_pk(r))).encode())


def g_password(r):
    al = B62 + "!#%&*+-=?@^_~"
    while True:
        p = rs(r, al, r.randrange(18, 28))
        if any(c in DIG for c in p) and any(c in "!#%&*+-=?@^_~" for c in p):
            return p


def g_dsv(r):
    return b64u(rb(r, 32))


def g_aws_id(r):
    return "AKIA" + rs(r, AWS32, 16)


def g_aws_secret(r):
    return rs(r, B62 + "/+", 40)


def g_azure(r):
    return rs(r, B62, 3) + r.choice(DIG) + "Q~" + rs(r, B62 + "_.~-", 34)


def g_gcp_pem_escaped(r):
    return pem_wrap("PRIVATE KEY", der_rsa2048_pkcs8(r)).replace("\n", "\\n")


def g_age(r):
    return age_pair(r)[0]


def g_rsa_pem(r):
    return pem_wrap("RSA PRIVATE KEY", der_rsa4096_pkcs1(r))


def g_rsa_pem_b64(r):
    return b64(g_rsa_pem(r).encode())


def g_vault_tls_pem(r):
    return pem_wrap("PRIVATE KEY", der_rsa2048_pkcs8(r))


def wrap_b64(gen):
    def f(r):
        return b64(gen(r).encode())
    return f


# kind-specific placeholders and documented examples (used only in negatives)
DOCS = {
    "bws": ["0.48c78342-1635-48a6-accd-afbe01336365.C0tMmQqHnAp1h0gL8bngprlPOYutt0:B3h5D+YgLvFiQhWkIq6Bow=="],
    "age": ["AGE-SECRET-KEY-1N9JEPW6DWJ0ZQUDX63F5A03GX8QUW7PXDE39N8UYF82VZ9PC8UFS3M7XA9"],
    "unseal": ["sP/4C/fwIDjJmHEC2bi/1Pa43uKhsUQMmiB31GRzFc0R", "kHkw2xTBelbDFIMEgEC8NVX7NDSAZ+rdgBJ/HuJwxOX+",
               "IXyR0OJnSFobekZMMCKCoVEpT7wI6l+USMzE3IcyDyo="],
    "vault": ["6662bb4a-afd0-4b6b-faad-e237fb564568"],
    "conjur": ["26g52y3jn9qc328dq2c812bwwen23447g43r84f9e3byyyta193gv03",
               "14m9cf91wfsesv1kkhevg12cdywm2wvqy6s8sk53z1ngtazp1t9tykc"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "doppler": ["dp.st.prd.xxxx", "dp.st.dev.xxxx"],
    "keeper": ["US:device_token", "US:ONE_TIME_TOKEN"],
    "op": ["<your-service-account-token>", "ops_..."],
}
PH = {
    "vault": ["hvs.XXXXXXXXXXXXXXXXXXXXXXXX", "hvs.xxxxxxxx", "s.xxxxxxxxxxxxxxxxxxxxxxxx", "<vault-token>",
              "root"],
    "age": ["AGE-SECRET-KEY-1" + "X" * 58, "AGE-SECRET-KEY-1...", "<age-secret-key>"],
    "doppler": ["dp.st.prd.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "dp.pt.<your-token>", "dp.st.<config>.<token>"],
    "bws": ["0.<access-token-id>.<client-secret>:<encryption-key>", "<bws-access-token>"],
    "op": ["ops_XXXXXXXXXXXXXXXX", "<1password-connect-token>", "ops_<token>"],
    "inf": ["st.<token-id>.<secret>.<key>", "<machine-identity-client-secret>"],
    "aws": ["<aws-secret-access-key>", "AWS_SECRET_ACCESS_KEY_HERE"],
    "azure": ["<client-secret>", "<app-registration-secret>"],
    "pem": ["-----BEGIN PRIVATE KEY-----\\n<your-private-key>\\n-----END PRIVATE KEY-----\\n", "<private-key>"],
    "keeper": ["<one-time-access-token>", "US:XXXXXXXXXXXXXXXX", "<base64-ksm-config>"],
    "akeyless": ["<access-key>", "<ACCESS_KEY>"],
    "conjur": ["<api-key>", "<host-api-key>"],
    "generic": ["<your-token>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME",
                "TODO", "<secret>", "dummy", "example", "${SECRET}", "CHANGE_ME_BEFORE_DEPLOY", "placeholder"],
}
PUB = {
    "age": lambda r: age_pub(r),
    "akeyless": lambda r: akl_id(r),
}


# ---------------------------------------------------------------- slot filling
ENVREF = {
    "py": ['os.environ["@N@"]', 'os.getenv("@N@")', 'os.environ.get("@N@", "")'],
    "js": ["process.env.@N@", 'process.env["@N@"]', 'process.env.@N@ ?? ""'],
    "go": ['os.Getenv("@N@")'],
    "sh": ['"${@N@}"', '"$@N@"', '"$(cat /run/secrets/@L@)"', '"$(vault kv get -field=value secret/ci/@L@)"',
           '"$(op read op://ci-bootstrap/@D@/credential)"'],
    "yaml": ['"${@N@}"', "${@N@}"],
    "gha": ["${{ secrets.@N@ }}"],
    "helm": ["{{ .Values.secrets.@L@ | quote }}", '"{{ .Values.@L@ }}"'],
    "hcl": ["var.@L@", '"${var.@L@}"', 'data.vault_generic_secret.bootstrap.data["@L@"]'],
    "json": ['"${@N@}"', '"{{ @L@ }}"'],
    "ini": ["${@N@}", "%(@L@)s"],
    "toml": ['"${@N@}"', '"env:@N@"'],
    "props": ["${@N@}", "${@L@:}"],
    "docker": ["${@N@}", '"${@N@}"'],
    "md": ["$@N@", "<@L@>", "${@N@}"],
    "log": ["****", "[MASKED]", "***"],
    "ps1": ["$env:@N@"],
    "make": ["$(@N@)", "$${@N@}"],
    "env": ["", "${@N@}"],
    "generic": ["${@N@}"],
}
SMREF = ["op://infra/@D@/credential", "op://ci-bootstrap/@D@/password", "vault:secret/data/bootstrap#@L@",
         "ref+vault://secret/bootstrap#/@L@", "keeper://@KUID@/field/password",
         "{{resolve:secretsmanager:bootstrap/@D@:SecretString:value}}", "akeyless:/bootstrap/@D@",
         "@Microsoft.KeyVault(SecretUri=https://kv-bootstrap.vault.azure.net/secrets/@D@/)",
         "projects/platform-prod/secrets/@D@/versions/latest",
         "arn:aws:secretsmanager:us-east-1:123456789012:secret:bootstrap/@D@"]
TPLEXPR = ["{{ @L@ }}", '{{ lookup("env", "@N@") }}', '<%= ENV["@N@"] %>', "#{@N@}", "__@N@__", "%@N@%",
           "{{@N@}}", "$(@N@)"]
MASK = ["****", "********", "[REDACTED]", "<redacted>", "***", "**********", "[hidden]", "XXXX-REDACTED-XXXX"]
MASKPFX = {"vault": "hvs.", "doppler": "dp.st.prd.", "op": "ops_", "age": "AGE-SECRET-KEY-1", "inf": "st.",
           "keeper": "US:"}
YAML_SPECIAL = "*{[&!%@`|>"


class Slot:
    def __init__(self, r, pos):
        self.r = r
        self.pos = pos
        self.needle = None
        self.filler = None
        self.raw = None

    def aux(self, gen, alts=None):
        """secondary value: real-looking in positives, safe in negatives"""
        if self.pos:
            return gen(self.r)
        return self.r.choice(alts or PH["generic"])

    def __call__(self, gen, name="TOKEN", lang="generic", q='"', inner=False, fam="generic"):
        r = self.r
        if self.pos:
            assert self.needle is None, "one credential per file"
            v = gen(r)
            self.raw = v
            self.needle = v.split("\n")[0] if "\n" in v else v
            return q + v + q
        assert self.filler is None
        cats = ["ph", "ph", "ph", "mask", "mask", "env", "env", "env", "sm", "tpl", "doc", "doc", "empty"]
        if fam in PUB:
            cats += ["pub"]
        if inner:
            cats = [c for c in cats if c not in ("empty", "sm")]
        cat = r.choice(cats)
        if cat == "doc" and fam not in DOCS:
            cat = "ph"
        low = name.lower()
        dash = low.replace("_", "-")
        def sub(s):
            return (s.replace("@N@", name).replace("@L@", low).replace("@D@", dash)
                    .replace("@Q@", q).replace("@KUID@", rs(r, B64U, 22)))
        if cat == "env":
            if inner:
                v = sub(r.choice(["${@N@}", "$@N@", "{{ @L@ }}"]))
                self.filler = "env"
                return q + v + q
            self.filler = "env"
            v = sub(r.choice(ENVREF.get(lang, ENVREF["generic"])))
            if lang in ("ini", "props", "md", "yaml", "generic") and q and not v.startswith('"'):
                return q + v + q
            return v
        if cat == "ph":
            pool = PH.get(fam, []) + PH["generic"]
            v = r.choice(pool)
        elif cat == "mask":
            v = r.choice(MASK)
            if fam in MASKPFX and r.random() < 0.4:
                v = MASKPFX[fam] + "*" * r.choice([4, 8, 12])
        elif cat == "sm":
            v = sub(r.choice(SMREF))
        elif cat == "tpl":
            v = sub(r.choice(TPLEXPR))
        elif cat == "doc":
            v = r.choice(DOCS[fam])
        elif cat == "pub":
            v = PUB[fam](r)
        else:
            v = ""
        self.filler = cat
        if q == "" and (v == "" or v[0] in YAML_SPECIAL) and lang in ("yaml", "gha", "helm", "generic"):
            return '"' + v + '"'
        return q + v + q


# ---------------------------------------------------------------- context helpers
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell", "cyberdyne", "vandelay",
        "wonka", "oscorp", "piedpiper", "aperture", "soylent", "nakatomi", "gringotts", "dunder"]
SVCS = ["billing-api", "checkout", "payments", "ledger", "notifier", "search-indexer", "auth-gateway",
        "orders", "inventory", "reporting", "webhooks", "catalog", "scheduler", "media-proxy", "risk-engine"]
ENVS = ["prod", "production", "staging", "stg", "dev", "qa", "sandbox", "prd-eu", "prd-us"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ca-central-1"]
PEOPLE = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gus", "hiro", "ines", "jonas"]


def org(r):
    return r.choice(ORGS)


def svc(r):
    return r.choice(SVCS)


def env(r):
    return r.choice(ENVS)


def region(r):
    return r.choice(REGIONS)


def vault_addr(r):
    return r.choice(["https://vault.%s.internal:8200", "https://vault.%s.io", "https://vault-prod.%s.net:8200",
                     "https://secrets.%s.com", "http://127.0.0.1:8200"]).replace("%s", org(r))


def date(r):
    return "20%02d-%02d-%02d" % (r.randrange(21, 26), r.randrange(1, 13), r.randrange(1, 29))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randrange(24), r.randrange(60), r.randrange(60),
                                        r.randrange(1000))


def acct(r):
    return "".join(r.choice(DIG) for _ in range(12))


def gha_head(r, name, on="push"):
    trig = {"push": "on:\n  push:\n    branches: [main]\n",
            "dispatch": "on:\n  workflow_dispatch:\n",
            "release": "on:\n  release:\n    types: [published]\n"}[on]
    return "name: %s\n\n%s\npermissions:\n  contents: read\n\n" % (name, trig)


def py_head(r, doc):
    return '"""%s"""\nimport json\nimport logging\nimport os\nimport sys\n\nlog = logging.getLogger(__name__)\n\n' % doc


POS = []
NEG = []


def pos(provider, kind):
    def deco(fn):
        POS.append((fn, provider, kind))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append((fn, provider, kind))
        return fn
    return deco


# ================================================================ POSITIVE TEMPLATES
# ---- 1Password
@pos("1password", "service_account_token")
def p_op_gha(r, S):
    vault = r.choice(["ci-bootstrap", "Deploy", "platform"])
    t = gha_head(r, "Deploy %s" % svc(r))
    t += ("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
          "      - name: Load secrets from 1Password\n        uses: 1password/load-secrets-action@v2\n"
          "        with:\n          export-env: true\n        env:\n"
          "          OP_SERVICE_ACCOUNT_TOKEN: %s\n"
          "          DATABASE_URL: op://%s/postgres/connection-string\n"
          "          STRIPE_KEY: op://%s/stripe/credential\n"
          "      - run: ./scripts/deploy.sh\n") % (S(g_op_sa, "OP_SERVICE_ACCOUNT_TOKEN", "gha", "", fam="op"),
                                                   vault, vault)
    return ".github/workflows/deploy.yml", t


@pos("1password", "service_account_token")
def p_op_py(r, S):
    t = ("import asyncio\nimport os\n\nfrom onepassword.client import Client\n\n"
         "VAULT = \"%s\"\n\n\nasync def main() -> None:\n"
         "    client = await Client.authenticate(\n        auth=%s,\n"
         "        integration_name=\"%s-sync\",\n        integration_version=\"v1.%d.0\",\n    )\n"
         "    value = await client.secrets.resolve(f\"op://{VAULT}/postgres/password\")\n"
         "    print(\"resolved\", len(value), \"chars\")\n\n\nif __name__ == \"__main__\":\n"
         "    asyncio.run(main())\n") % (r.choice(["Infra", "Prod", "ci"]),
                                         S(g_op_sa, "OP_SERVICE_ACCOUNT_TOKEN", "py", fam="op"), svc(r),
                                         r.randrange(9))
    return r.choice(["scripts/resolve_secrets.py", "tools/op_sync.py", "ops/bootstrap/secrets.py"]), t


@pos("1password", "service_account_token")
def p_op_ts(r, S):
    t = ("import { createClient } from \"@1password/sdk\";\n\n"
         "export async function loadConfig(): Promise<Record<string, string>> {\n"
         "  const client = await createClient({\n    auth: %s,\n"
         "    integrationName: \"%s\",\n    integrationVersion: \"1.%d.0\",\n  });\n"
         "  const dbUrl = await client.secrets.resolve(\"op://Prod/%s-db/url\");\n"
         "  return { DATABASE_URL: dbUrl };\n}\n") % (S(g_op_sa, "OP_SERVICE_ACCOUNT_TOKEN", "js", fam="op"),
                                                      svc(r), r.randrange(20), svc(r))
    return r.choice(["src/config/secrets.ts", "src/lib/onepassword.ts", "packages/config/src/op.ts"]), t


@pos("1password", "connect_token")
def p_op_compose(r, S):
    s = svc(r)
    t = ("services:\n  op-connect-api:\n    image: 1password/connect-api:latest\n    ports:\n      - \"8080:8080\"\n"
         "    volumes:\n      - ./1password-credentials.json:/home/opuser/.op/1password-credentials.json\n"
         "      - data:/home/opuser/.op/data\n  op-connect-sync:\n    image: 1password/connect-sync:latest\n"
         "    volumes:\n      - ./1password-credentials.json:/home/opuser/.op/1password-credentials.json\n"
         "      - data:/home/opuser/.op/data\n  %s:\n    build: .\n    environment:\n"
         "      OP_CONNECT_HOST: http://op-connect-api:8080\n      OP_CONNECT_TOKEN: %s\n"
         "      OP_VAULT: %s\n    depends_on:\n      - op-connect-api\n\nvolumes:\n  data:\n") % (
        s, S(g_op_connect, "OP_CONNECT_TOKEN", "yaml", "", fam="op"), rs(r, B32L, 26))
    return "docker-compose.yml", t


@pos("1password", "connect_token")
def p_op_helm(r, S):
    t = ("# values for the 1password/connect chart\nconnect:\n  create: true\n  serviceType: ClusterIP\n"
         "  credentialsName: op-credentials\n  credentialsKey: 1password-credentials.json\n"
         "operator:\n  create: true\n  autoRestart: true\n  pollingInterval: %d\n  token:\n"
         "    name: onepassword-token\n    key: token\n    value: %s\n  watchNamespace:\n    - %s\n") % (
        r.choice([60, 300, 600]), S(g_op_connect, "OP_CONNECT_TOKEN", "helm", "", fam="op"), env(r))
    return r.choice(["deploy/onepassword/values.yaml", "charts/platform/values-connect.yaml"]), t


@pos("1password", "credentials_file")
def p_op_credfile(r, S):
    k = S(g_op_key, "OP_UNIQUE_KEY", "json", "", fam="op")
    d = op_credentials(r, "@@K@@")
    t = json.dumps(d, indent=2).replace('"@@K@@"', k if k.startswith('"') else '"%s"' % k)
    return r.choice(["deploy/connect/1password-credentials.json", "infra/op-connect/1password-credentials.json"]), t + "\n"


@pos("1password", "credentials_file")
def p_op_cred_b64(r, S):
    t = ("connect:\n  serviceType: NodePort\n  api:\n    httpPort: 8080\n"
         "  # base64 -w0 1password-credentials.json\n  credentials_base64: %s\n"
         "  dataVolume:\n    type: emptyDir\noperator:\n  create: false\n") % S(
        g_op_creds_b64, "OP_CREDENTIALS_B64", "helm", "", fam="op")
    return r.choice(["k8s/connect/values.%s.yaml" % env(r), "helm/op-connect/values.yaml"]), t


@pos("1password", "connect_token")
def p_op_go(r, S):
    t = ("package secrets\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/1Password/connect-sdk-go/connect\"\n)\n\n"
         "const vaultID = \"%s\"\n\n// NewClient returns a Connect client for the in-cluster server.\n"
         "func NewClient() connect.Client {\n\treturn connect.NewClient(\"http://onepassword-connect:8080\", %s)\n}\n\n"
         "func DBPassword(c connect.Client) (string, error) {\n\titem, err := c.GetItem(\"postgres\", vaultID)\n"
         "\tif err != nil {\n\t\treturn \"\", fmt.Errorf(\"get item: %%w\", err)\n\t}\n"
         "\treturn item.GetValue(\"password\"), nil\n}\n") % (rs(r, B32L, 26),
                                                            S(g_op_connect, "OP_CONNECT_TOKEN", "go", fam="op"))
    return r.choice(["internal/secrets/onepassword.go", "pkg/config/op.go"]), t


@pos("1password", "service_account_token")
def p_op_sh(r, S):
    t = ("#!/usr/bin/env bash\nset -euo pipefail\n\n# render config for the %s service\n"
         "export OP_SERVICE_ACCOUNT_TOKEN=%s\n\nop whoami >/dev/null\n"
         "op inject -i config/app.yml.tpl -o config/app.yml\nchmod 600 config/app.yml\n") % (
        svc(r), S(g_op_sa, "OP_SERVICE_ACCOUNT_TOKEN", "sh", r.choice(['"', "'"]), fam="op"))
    return r.choice(["scripts/render-config.sh", "bin/bootstrap", "deploy/inject.sh"]), t


# ---- Bitwarden
@pos("bitwarden", "access_token")
def p_bw_gha(r, S):
    t = gha_head(r, "CI", "push")
    t += ("jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
          "      - name: Get Secrets\n        uses: bitwarden/sm-action@v2\n        with:\n"
          "          access_token: %s\n          base_url: https://vault.bitwarden.com\n"
          "          secrets: |\n            %s > DB_PASSWORD\n            %s > REDIS_URL\n"
          "      - run: make test\n") % (S(g_bws, "BW_ACCESS_TOKEN", "gha", "", fam="bws"), uuid4(r), uuid4(r))
    return ".github/workflows/ci.yml", t


@pos("bitwarden", "access_token")
def p_bw_sh(r, S):
    t = ("#!/bin/sh\n# sync project secrets into the local env file\nset -e\nPROJECT_ID=%s\n\n"
         "bws secret list \"$PROJECT_ID\" --access-token %s --output env > .env.runtime\n"
         "echo \"wrote $(wc -l < .env.runtime) secrets\"\n") % (
        uuid4(r), S(g_bws, "BWS_ACCESS_TOKEN", "sh", r.choice(["", "'"]), fam="bws"))
    return r.choice(["scripts/sync-secrets.sh", "tools/bws-pull.sh"]), t


@pos("bitwarden", "access_token")
def p_bw_py(r, S):
    t = ("from bitwarden_sdk import BitwardenClient, DeviceType, client_settings_from_dict\n\n"
         "client = BitwardenClient(client_settings_from_dict({\n"
         "    \"apiUrl\": \"https://api.bitwarden.com\",\n    \"deviceType\": DeviceType.SDK,\n"
         "    \"identityUrl\": \"https://identity.bitwarden.com\",\n    \"userAgent\": \"%s\",\n}))\n\n"
         "client.auth().login_access_token(%s, \"/tmp/bws-state\")\n"
         "ORG_ID = \"%s\"\nsecrets = client.secrets().list(ORG_ID)\n") % (
        svc(r), S(g_bws, "BWS_ACCESS_TOKEN", "py", fam="bws"), uuid4(r))
    return r.choice(["app/settings/bitwarden.py", "scripts/bws_export.py"]), t


@pos("bitwarden", "access_token")
def p_bw_env(r, S):
    t = ("# local development\nAPP_ENV=development\nLOG_LEVEL=debug\nBWS_PROJECT_ID=%s\n"
         "BWS_ACCESS_TOKEN=%s\nPORT=%d\n") % (uuid4(r), S(g_bws, "BWS_ACCESS_TOKEN", "env", "", fam="bws"),
                                             r.choice([3000, 8000, 8080]))
    return ".env", t


@pos("bitwarden", "client_secret")
def p_bw_cli(r, S):
    t = ("#!/usr/bin/env bash\n# unlock the shared vault for the nightly export\nset -euo pipefail\n"
         "export BW_CLIENTID=\"user.%s\"\nexport BW_CLIENTSECRET=%s\n\nbw config server https://vault.bitwarden.eu\n"
         "bw login --apikey\nexport BW_SESSION=\"$(bw unlock --passwordenv BW_PASSWORD --raw)\"\n"
         "bw export --format encrypted_json --output \"backups/vault-$(date +%%F).json\"\n") % (
        uuid4(r), S(g_bw_secret, "BW_CLIENTSECRET", "sh", '"', fam="bws"))
    return r.choice(["ops/backup/bw-export.sh", "cron/vault-export.sh"]), t


@pos("bitwarden", "access_token")
def p_bw_tf(r, S):
    t = ("terraform {\n  required_providers {\n    bitwarden-secrets = {\n"
         "      source  = \"sebastiaan-dev/bitwarden-secrets\"\n      version = \"~> 0.1\"\n    }\n  }\n}\n\n"
         "provider \"bitwarden-secrets\" {\n  api_url         = \"https://api.bitwarden.com\"\n"
         "  identity_url    = \"https://identity.bitwarden.com\"\n  access_token    = %s\n"
         "  organization_id = \"%s\"\n}\n") % (S(g_bws, "BWS_ACCESS_TOKEN", "hcl", fam="bws"), uuid4(r))
    return r.choice(["infra/bitwarden/main.tf", "terraform/secrets/providers.tf"]), t


@pos("bitwarden", "access_token")
def p_bw_eso(r, S):
    n = env(r)
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: bitwarden-access-token\n  namespace: external-secrets\n"
         "type: Opaque\nstringData:\n  token: %s\n---\napiVersion: external-secrets.io/v1beta1\n"
         "kind: ClusterSecretStore\nmetadata:\n  name: bitwarden-%s\nspec:\n  provider:\n"
         "    bitwardensecretsmanager:\n      apiURL: https://api.bitwarden.com\n"
         "      identityURL: https://identity.bitwarden.com\n      organizationID: %s\n      projectID: %s\n"
         "      auth:\n        secretRef:\n          credentials:\n            name: bitwarden-access-token\n"
         "            key: token\n            namespace: external-secrets\n") % (
        S(g_bws, "BWS_ACCESS_TOKEN", "yaml", "", fam="bws"), n, uuid4(r), uuid4(r))
    return "clusters/%s/external-secrets/bitwarden-store.yaml" % n, t


# ---- Doppler
@pos("doppler", "service_token")
def p_dp_docker(r, S):
    t = ("FROM node:20-alpine\n\nRUN apk add --no-cache curl gnupg \\\n"
         " && (curl -Ls https://cli.doppler.com/install.sh | sh)\n\nWORKDIR /usr/src/app\nCOPY package*.json ./\n"
         "RUN npm ci --omit=dev\nCOPY . .\n\nENV NODE_ENV=production\nENV DOPPLER_TOKEN=%s\n\n"
         "EXPOSE 8080\nCMD [\"doppler\", \"run\", \"--\", \"node\", \"server.js\"]\n") % S(
        g_dp_st, "DOPPLER_TOKEN", "docker", "", fam="doppler")
    return r.choice(["Dockerfile", "docker/api.Dockerfile"]), t


@pos("doppler", "service_token")
def p_dp_gha(r, S):
    t = gha_head(r, "Release", "release")
    t += ("jobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      DOPPLER_TOKEN: %s\n    steps:\n"
          "      - uses: actions/checkout@v4\n      - uses: dopplerhq/cli-action@v3\n"
          "      - run: doppler run -- npm run build\n      - run: doppler run -- npm publish\n") % S(
        g_dp_st, "DOPPLER_TOKEN", "gha", "", fam="doppler")
    return ".github/workflows/release.yml", t


@pos("doppler", "service_token")
def p_dp_k8s(r, S):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: doppler-token-secret\n  namespace: doppler-operator-system\n"
         "stringData:\n  serviceToken: %s\n---\napiVersion: secrets.doppler.com/v1alpha1\nkind: DopplerSecret\n"
         "metadata:\n  name: %s-secrets\n  namespace: doppler-operator-system\nspec:\n  tokenSecret:\n"
         "    name: doppler-token-secret\n  managedSecret:\n    name: %s-env\n    namespace: default\n") % (
        S(g_dp_st, "DOPPLER_TOKEN", "yaml", "", fam="doppler"), svc(r), svc(r))
    return r.choice(["k8s/doppler/dopplersecret.yaml", "deploy/base/doppler.yaml"]), t


@pos("doppler", "service_token")
def p_dp_sh(r, S):
    t = ("#!/usr/bin/env bash\n# one-time VM provisioning for the worker fleet\nset -euo pipefail\n"
         "export HISTIGNORE='doppler*'\n\ncurl -Ls https://cli.doppler.com/install.sh | sudo sh\n"
         "echo %s | doppler configure set token --scope /srv/app\n\ncd /srv/app && doppler run -- ./bin/worker\n") % S(
        g_dp_st, "DOPPLER_TOKEN", "sh", "'", fam="doppler")
    return r.choice(["provision/worker.sh", "packer/scripts/doppler.sh"]), t


@pos("doppler", "personal_token")
def p_dp_tf(r, S):
    t = ("terraform {\n  required_providers {\n    doppler = {\n      source = \"DopplerHQ/doppler\"\n    }\n  }\n}\n\n"
         "provider \"doppler\" {\n  doppler_token = %s\n}\n\nresource \"doppler_project\" \"%s\" {\n"
         "  name        = \"%s\"\n  description = \"managed by terraform\"\n}\n") % (
        S(g_dp_pt, "DOPPLER_TOKEN", "hcl", fam="doppler"), svc(r).replace("-", "_"), svc(r))
    return r.choice(["terraform/doppler/main.tf", "infra/doppler.tf"]), t


@pos("doppler", "service_token")
def p_dp_py(r, S):
    t = py_head(r, "Fetch config from Doppler at boot.") + (
        "import requests\n\nURL = \"https://api.doppler.com/v3/configs/config/secrets/download\"\n\n\n"
        "def fetch():\n    resp = requests.get(\n        URL,\n        params={\"format\": \"json\"},\n"
        "        headers={\"accept\": \"application/json\", \"authorization\": \"Bearer %s\"},\n"
        "        timeout=10,\n    )\n    resp.raise_for_status()\n    return resp.json()\n") % S(
        g_dp_st, "DOPPLER_TOKEN", "py", "", inner=True, fam="doppler")
    return r.choice(["app/boot/doppler.py", "src/settings/remote.py"]), t


@pos("doppler", "cli_token")
def p_dp_md(r, S):
    t = ("# Pulling secrets in CI\n\nThe pipeline uses the Doppler API directly:\n\n```bash\n"
         "curl -s -u %s: \\\n  'https://api.doppler.com/v3/configs/config/secrets/download?project=%s&config=prd&format=env' \\\n"
         "  > .env.ci\n```\n\nRotate the token in the dashboard under *Tokens*.\n") % (
        S(g_dp_ct, "DOPPLER_TOKEN", "md", "", inner=True, fam="doppler"), svc(r))
    return r.choice(["docs/ci-secrets.md", "docs/runbooks/doppler.md"]), t


@pos("doppler", "cli_token")
def p_dp_yaml(r, S):
    t = ("scoped:\n    /:\n        api-host: https://api.doppler.com\n        dashboard-host: https://dashboard.doppler.com\n"
         "        token: %s\n        verify-tls: \"true\"\n    /home/%s/src/%s:\n        enclave.config: dev\n"
         "        enclave.project: %s\nversion-check:\n    latest-version: v3.%d.0\n") % (
        S(g_dp_ct, "DOPPLER_TOKEN", "yaml", "", fam="doppler"), r.choice(PEOPLE), svc(r), svc(r), r.randrange(60, 75))
    return r.choice(["config/doppler/.doppler.yaml", "dotfiles/doppler/.doppler.yaml"]), t


@pos("doppler", "service_account_token")
def p_dp_gitlab(r, S):
    t = ("stages: [build, deploy]\n\nvariables:\n  DOCKER_DRIVER: overlay2\n  DOPPLER_TOKEN: %s\n\n"
         "deploy:\n  stage: deploy\n  image: dopplerhq/cli:3\n  script:\n"
         "    - doppler secrets download --no-file --format docker > .env.deploy\n"
         "    - ./deploy.sh\n  only:\n    - main\n") % S(g_dp_sa, "DOPPLER_TOKEN", "yaml", '"', fam="doppler")
    return ".gitlab-ci.yml", t


# ---- Infisical
@pos("infisical", "client_secret")
def p_inf_gha(r, S):
    t = gha_head(r, "Deploy", "push")
    t += ("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: Infisical/secrets-action@v1.0.9\n"
          "        with:\n          client-id: %s\n          client-secret: %s\n"
          "          env-slug: %s\n          project-slug: %s-x9k2\n      - run: ./deploy.sh\n") % (
        uuid4(r), S(g_inf_cs, "INFISICAL_CLIENT_SECRET", "gha", "", fam="inf"), r.choice(["prod", "staging"]), svc(r))
    return ".github/workflows/deploy.yml", t


@pos("infisical", "client_secret")
def p_inf_py(r, S):
    t = ("from infisical_sdk import InfisicalSDKClient\n\nclient = InfisicalSDKClient(host=\"https://app.infisical.com\")\n"
         "client.auth.universal_auth.login(\n    client_id=\"%s\",\n    client_secret=%s,\n)\n\n"
         "secrets = client.secrets.list_secrets(\n    project_id=\"%s\",\n    environment_slug=\"%s\",\n"
         "    secret_path=\"/\",\n)\n") % (uuid4(r), S(g_inf_cs, "INFISICAL_CLIENT_SECRET", "py", fam="inf"),
                                        uuid4(r), r.choice(["dev", "prod", "staging"]))
    return r.choice(["app/infisical_client.py", "scripts/pull_secrets.py"]), t


@pos("infisical", "client_secret")
def p_inf_ts(r, S):
    t = ("import { InfisicalSDK } from \"@infisical/sdk\";\n\nconst client = new InfisicalSDK({ siteUrl: \"https://eu.infisical.com\" });\n\n"
         "export async function bootstrap() {\n  await client.auth().universalAuth.login({\n"
         "    clientId: \"%s\",\n    clientSecret: %s,\n  });\n"
         "  return client.secrets().listSecrets({ environment: \"prod\", projectId: \"%s\" });\n}\n") % (
        uuid4(r), S(g_inf_cs, "INFISICAL_CLIENT_SECRET", "js", fam="inf"), uuid4(r))
    return r.choice(["src/bootstrap/infisical.ts", "server/secrets.ts"]), t


@pos("infisical", "client_secret")
def p_inf_k8s(r, S):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: universal-auth-credentials\n  namespace: %s\n"
         "type: Opaque\nstringData:\n  clientId: %s\n  clientSecret: %s\n---\n"
         "apiVersion: secrets.infisical.com/v1alpha1\nkind: InfisicalSecret\nmetadata:\n  name: %s\nspec:\n"
         "  hostAPI: https://app.infisical.com/api\n  resyncInterval: 60\n  authentication:\n    universalAuth:\n"
         "      secretsScope:\n        projectSlug: %s\n        envSlug: prod\n        secretsPath: \"/\"\n"
         "      credentialsRef:\n        secretName: universal-auth-credentials\n        secretNamespace: default\n"
         "  managedSecretReference:\n    secretName: app-managed-secrets\n    secretNamespace: default\n") % (
        env(r), uuid4(r), S(g_inf_cs, "INFISICAL_CLIENT_SECRET", "yaml", "", fam="inf"), svc(r), svc(r))
    return r.choice(["k8s/infisical/secret.yaml", "deploy/infisical-operator/auth.yaml"]), t


@pos("infisical", "service_token")
def p_inf_docker(r, S):
    t = ("FROM python:3.12-slim\n\nRUN apt-get update && apt-get install -y curl \\\n"
         " && curl -1sLf 'https://dl.cloudsmith.io/public/infisical/infisical-cli/setup.deb.sh' | bash \\\n"
         " && apt-get install -y infisical && rm -rf /var/lib/apt/lists/*\n\nWORKDIR /app\nCOPY requirements.txt .\n"
         "RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n\nENV INFISICAL_TOKEN=%s\n"
         "CMD [\"infisical\", \"run\", \"--\", \"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]\n") % S(
        g_inf_st, "INFISICAL_TOKEN", "docker", "", fam="inf")
    return r.choice(["Dockerfile", "services/api/Dockerfile"]), t


@pos("infisical", "service_token")
def p_inf_gitlab(r, S):
    t = ("image: node:20\n\nvariables:\n  INFISICAL_TOKEN: %s\n  NODE_ENV: test\n\ntest:\n  script:\n"
         "    - npm ci\n    - npx infisical run --env=dev -- npm test\n") % S(
        g_inf_st, "INFISICAL_TOKEN", "yaml", '"', fam="inf")
    return ".gitlab-ci.yml", t


@pos("infisical", "client_secret")
def p_inf_compose(r, S):
    t = ("services:\n  api:\n    image: ghcr.io/%s/%s:latest\n    command: [\"infisical\", \"run\", \"--projectId\", \"%s\", \"--\", \"./api\"]\n"
         "    environment:\n      INFISICAL_UNIVERSAL_AUTH_CLIENT_ID: %s\n"
         "      INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET: %s\n      INFISICAL_API_URL: https://app.infisical.com/api\n"
         "    ports:\n      - \"8000:8000\"\n") % (org(r), svc(r), uuid4(r), uuid4(r),
                                                   S(g_inf_cs, "INFISICAL_CLIENT_SECRET", "yaml", "", fam="inf"))
    return r.choice(["docker-compose.yml", "compose.prod.yaml"]), t


# ---- HashiCorp Vault
@pos("vault", "token")
def p_v_tokenfile(r, S):
    return r.choice(["ops/.vault-token", "deploy/vault/.vault-token", ".vault-token"]), \
        S(r.choice([g_hvs, g_hvs_short]), "VAULT_TOKEN", "generic", "", fam="vault") + "\n"


@pos("vault", "token")
def p_v_sh(r, S):
    t = ("#!/usr/bin/env bash\n# seed kv for a fresh environment\nset -euo pipefail\n"
         "export VAULT_ADDR=%s\nexport VAULT_TOKEN=%s\n\nvault secrets enable -path=%s kv-v2 || true\n"
         "vault kv put %s/%s/config log_level=info replicas=3\n") % (
        vault_addr(r), S(g_hvs, "VAULT_TOKEN", "sh", r.choice(['"', "", "'"]), fam="vault"), org(r), org(r), svc(r))
    return r.choice(["scripts/seed-vault.sh", "bootstrap/vault-init.sh", "ci/vault-seed.sh"]), t


@pos("vault", "token")
def p_v_tf(r, S):
    t = ("provider \"vault\" {\n  address = \"%s\"\n  token   = %s\n  skip_child_token = true\n}\n\n"
         "resource \"vault_mount\" \"kv\" {\n  path        = \"%s\"\n  type        = \"kv\"\n"
         "  options     = { version = \"2\" }\n  description = \"application secrets\"\n}\n\n"
         "resource \"vault_policy\" \"read\" {\n  name   = \"%s-read\"\n"
         "  policy = file(\"${path.module}/policies/read.hcl\")\n}\n") % (
        vault_addr(r), S(g_hvs, "VAULT_TOKEN", "hcl", fam="vault"), env(r), svc(r))
    return r.choice(["terraform/vault/main.tf", "infra/vault/providers.tf"]), t


@pos("vault", "token")
def p_v_py(r, S):
    t = ("import hvac\n\n\ndef get_client():\n    client = hvac.Client(\n        url=\"%s\",\n        token=%s,\n"
         "        verify=\"/etc/ssl/certs/ca-bundle.crt\",\n    )\n    assert client.is_authenticated()\n    return client\n\n\n"
         "def db_creds(client):\n    resp = client.secrets.database.generate_credentials(name=\"%s\")\n"
         "    return resp[\"data\"][\"username\"], resp[\"data\"][\"password\"]\n") % (
        vault_addr(r), S(r.choice([g_hvs, g_vault_legacy]), "VAULT_TOKEN", "py", fam="vault"), svc(r))
    return r.choice(["app/vault.py", "lib/secrets/vault_client.py"]), t


@pos("vault", "token")
def p_v_go(r, S):
    t = ("package vaultx\n\nimport (\n\t\"log\"\n\n\tvault \"github.com/hashicorp/vault/api\"\n)\n\n"
         "func Client() *vault.Client {\n\tcfg := vault.DefaultConfig()\n\tcfg.Address = \"%s\"\n"
         "\tc, err := vault.NewClient(cfg)\n\tif err != nil {\n\t\tlog.Fatalf(\"vault: %%v\", err)\n\t}\n"
         "\tc.SetToken(%s)\n\treturn c\n}\n") % (vault_addr(r), S(g_hvs, "VAULT_TOKEN", "go", fam="vault"))
    return r.choice(["internal/vaultx/client.go", "pkg/secrets/vault.go"]), t


@pos("vault", "token")
def p_v_node(r, S):
    t = ("const vault = require(\"node-vault\")({\n  apiVersion: \"v1\",\n  endpoint: \"%s\",\n  token: %s,\n});\n\n"
         "async function readConfig() {\n  const { data } = await vault.read(\"secret/data/%s\");\n"
         "  return data.data;\n}\n\nmodule.exports = { readConfig };\n") % (
        vault_addr(r), S(g_hvs, "VAULT_TOKEN", "js", r.choice(['"', "'"]), fam="vault"), svc(r))
    return r.choice(["lib/vault.js", "src/config/vault.js"]), t


@pos("vault", "token")
def p_v_log(r, S):
    t = ("$ vault login -method=userpass username=ci-deployer\nPassword (will be hidden):\n"
         "Success! You are now authenticated. The token information displayed below\n"
         "is already stored in the token helper. You do NOT need to run \"vault login\"\n"
         "again. Future Vault requests will automatically use this token.\n\nKey                    Value\n"
         "---                    -----\ntoken                  %s\ntoken_accessor         %s\n"
         "token_duration         768h\ntoken_renewable        true\ntoken_policies         [\"default\" \"deploy\"]\n"
         "identity_policies      []\npolicies               [\"default\" \"deploy\"]\ntoken_meta_username    ci-deployer\n") % (
        S(g_hvs, "VAULT_TOKEN", "log", "", fam="vault"), rs(r, B62, 24))
    return r.choice(["logs/deploy-%s.log" % date(r), "ci/output/vault-login.txt"]), t


@pos("vault", "root_token")
def p_v_md_root(r, S):
    t = ("# Vault cluster bootstrap (%s)\n\nInitialised on %s with 5 key shares, threshold 3.\n"
         "Unseal keys were encrypted to the keybase identities of the on-call leads and handed out.\n\n"
         "Initial Root Token: %s\n\n## Next steps\n\n1. Enable the `oidc` auth method.\n"
         "2. Create the admin policy.\n3. Revoke the root token (`vault token revoke -self`).\n") % (
        env(r), date(r), S(g_hvs_short, "VAULT_ROOT_TOKEN", "md", "", fam="vault"))
    return r.choice(["docs/runbooks/vault-bootstrap.md", "docs/vault/init-notes.md"]), t


@pos("vault", "unseal_key")
def p_v_unseal_sh(r, S):
    t = ("#!/bin/sh\n# auto-unseal fallback for the dev cluster\nexport VAULT_ADDR=%s\n\n"
         "until vault status >/dev/null 2>&1 || [ $? -eq 2 ]; do sleep 2; done\n"
         "vault operator unseal %s\n") % (vault_addr(r), S(g_unseal, "UNSEAL_KEY", "sh", r.choice(["", "'"]), fam="unseal"))
    return r.choice(["scripts/unseal.sh", "docker/vault/unseal-entrypoint.sh"]), t


@pos("vault", "unseal_key")
def p_v_unseal_k8s(r, S):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: vault-unseal-keys\n  namespace: vault\ntype: Opaque\n"
         "stringData:\n  key1: %s\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: vault-unsealer\n"
         "  namespace: vault\nspec:\n  schedule: \"*/5 * * * *\"\n  jobTemplate:\n    spec:\n      template:\n"
         "        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: unseal\n"
         "              image: hashicorp/vault:1.15\n              envFrom:\n                - secretRef:\n"
         "                    name: vault-unseal-keys\n              command: [\"/bin/sh\", \"-c\", \"vault operator unseal $key1\"]\n") % S(
        r.choice([g_unseal, g_unseal_hex]), "UNSEAL_KEY", "yaml", "", fam="unseal")
    return r.choice(["k8s/vault/unsealer.yaml", "clusters/dev/vault/unseal.yaml"]), t


@pos("vault", "approle_secret_id")
def p_v_approle_tf(r, S):
    t = ("resource \"vault_approle_auth_backend_login\" \"ci\" {\n  backend   = \"approle\"\n"
         "  role_id   = \"%s\"\n  secret_id = %s\n}\n\nprovider \"vault\" {\n  alias   = \"ci\"\n"
         "  address = \"%s\"\n  token   = vault_approle_auth_backend_login.ci.client_token\n}\n") % (
        uuid4(r), S(g_uuid, "APPROLE_SECRET_ID", "hcl", fam="vault"), vault_addr(r))
    return r.choice(["terraform/ci/approle.tf", "infra/vault-login.tf"]), t


@pos("vault", "approle_secret_id")
def p_v_approle_ansible(r, S):
    t = ("---\n# group_vars for the %s hosts\nvault_addr: %s\nvault_approle_role_id: %s\n"
         "vault_approle_secret_id: %s\nvault_kv_mount: secret\napp_user: %s\napp_port: %d\n") % (
        svc(r), vault_addr(r), uuid4(r), S(g_uuid, "VAULT_SECRET_ID", "yaml", r.choice(["", '"']), fam="vault"),
        svc(r).split("-")[0], r.choice([8080, 9000, 3000]))
    return r.choice(["ansible/group_vars/app/vault.yml", "inventories/%s/group_vars/all.yml" % env(r)]), t


@pos("vault", "approle_secret_id")
def p_v_approle_gitlab(r, S):
    t = ("deploy:\n  stage: deploy\n  image: hashicorp/vault:1.15\n  variables:\n    VAULT_ADDR: %s\n"
         "    ROLE_ID: %s\n  script:\n"
         "    - export VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id=$ROLE_ID secret_id=%s)\n"
         "    - vault kv get -format=json secret/%s > secrets.json\n    - ./deploy.sh\n") % (
        vault_addr(r), uuid4(r), S(g_uuid, "SECRET_ID", "sh", "", inner=True, fam="vault"), svc(r))
    return ".gitlab-ci.yml", t


@pos("vault", "token")
def p_v_eso_b64(r, S):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: vault-token\n  namespace: external-secrets\n"
         "data:\n  token: %s\n---\napiVersion: external-secrets.io/v1beta1\nkind: ClusterSecretStore\n"
         "metadata:\n  name: vault-backend\nspec:\n  provider:\n    vault:\n      server: \"%s\"\n"
         "      path: \"secret\"\n      version: \"v2\"\n      auth:\n        tokenSecretRef:\n"
         "          name: \"vault-token\"\n          key: \"token\"\n          namespace: external-secrets\n") % (
        S(wrap_b64(g_hvs), "VAULT_TOKEN_B64", "yaml", "", fam="vault"), vault_addr(r))
    return r.choice(["clusters/%s/eso/vault-store.yaml" % env(r), "platform/external-secrets/store.yaml"]), t


@pos("vault", "token")
def p_v_json_batch(r, S):
    d = '{\n  "vault": {\n    "address": "%s",\n    "namespace": "admin/%s",\n    "token": %s,\n' \
        '    "mount": "kv",\n    "timeout_seconds": 5\n  },\n  "log_level": "info"\n}\n'
    return r.choice(["config/vault.json", "conf/secrets.json"]), d % (
        vault_addr(r), org(r), S(g_hvb, "VAULT_TOKEN", "json", fam="vault"))


@pos("vault", "token")
def p_v_spring(r, S):
    t = ("spring.application.name=%s\nspring.cloud.vault.uri=%s\nspring.cloud.vault.authentication=TOKEN\n"
         "spring.cloud.vault.token=%s\nspring.cloud.vault.kv.enabled=true\nspring.cloud.vault.kv.backend=secret\n"
         "spring.config.import=vault://\nserver.port=8080\n") % (svc(r), vault_addr(r),
                                                               S(r.choice([g_vault_legacy, g_hvs]), "VAULT_TOKEN", "props", "", fam="vault"))
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-%s.properties" % env(r)]), t


@pos("vault", "token")
def p_v_concourse(r, S):
    t = ("services:\n  concourse-web:\n    image: concourse/concourse:7.11\n    command: web\n    environment:\n"
         "      CONCOURSE_EXTERNAL_URL: https://ci.%s.dev\n      CONCOURSE_VAULT_URL: %s\n"
         "      CONCOURSE_VAULT_PATH_PREFIX: /concourse\n      CONCOURSE_VAULT_CLIENT_TOKEN: %s\n"
         "      CONCOURSE_POSTGRES_HOST: db\n    ports: [\"8080:8080\"]\n") % (
        org(r), vault_addr(r), S(g_hvs, "VAULT_TOKEN", "yaml", "", fam="vault"))
    return r.choice(["ci/concourse/docker-compose.yml", "concourse/compose.yaml"]), t


@pos("vault", "token")
def p_v_envfile(r, S):
    t = "VAULT_ADDR=%s\nVAULT_TOKEN=%s\nVAULT_NAMESPACE=admin\n" % (vault_addr(r), S(g_hvs, "VAULT_TOKEN", "env", "", fam="vault"))
    return ".env.%s" % r.choice(["local", "production"]), t


@pos("vault", "private_key")
def p_v_tls(r, S):
    t = ("server:\n  ha:\n    enabled: true\n    raft:\n      enabled: true\n  extraVolumes:\n"
         "    - type: secret\n      name: vault-tls\n  standalone:\n    enabled: false\n"
         "# TLS material mounted through the vault-tls secret\ntlsKey: |\n%s") % "".join(
        "  " + ln + "\n" for ln in S(g_vault_tls_pem, "TLS_KEY", "yaml", "", fam="pem").rstrip("\n").split("\n"))
    return r.choice(["helm/vault/values-tls.yaml", "deploy/vault/values.yaml"]), t


# ---- Akeyless
@pos("akeyless", "access_key")
def p_akl_sh(r, S):
    t = ("#!/usr/bin/env bash\nset -euo pipefail\nakeyless configure --profile ci --access-id %s \\\n"
         "  --access-type access_key --access-key %s\nakeyless get-secret-value --profile ci --name /%s/%s/db-password\n") % (
        akl_id(r), S(g_akl_key, "AKEYLESS_ACCESS_KEY", "sh", r.choice(["", "'", '"']), fam="akeyless"), env(r), svc(r))
    return r.choice(["scripts/akeyless-login.sh", "ci/fetch-secrets.sh"]), t


@pos("akeyless", "access_key")
def p_akl_tf(r, S):
    t = ("provider \"akeyless\" {\n  api_gateway_address = \"https://api.akeyless.io\"\n\n  api_key_login {\n"
         "    access_id  = \"%s\"\n    access_key = %s\n  }\n}\n\nresource \"akeyless_static_secret\" \"db\" {\n"
         "  path  = \"/%s/db\"\n  value = random_password.db.result\n}\n") % (
        akl_id(r), S(g_akl_key, "AKEYLESS_ACCESS_KEY", "hcl", fam="akeyless"), env(r))
    return r.choice(["terraform/akeyless/main.tf", "infra/akeyless.tf"]), t


@pos("akeyless", "access_key")
def p_akl_helm(r, S):
    t = ("# akeyless-api-gateway chart\nakeylessUserAuth:\n  adminAccessId: %s\n  adminAccessKey: %s\n"
         "  clusterName: %s-gw\n  allowedAccessPermissions:\n    - name: admins\n      access_id: %s\n"
         "      permissions: [admin]\nservice:\n  type: ClusterIP\n") % (
        akl_id(r), S(g_akl_key, "AKEYLESS_ACCESS_KEY", "helm", "", fam="akeyless"), org(r), akl_id(r))
    return r.choice(["helm/akeyless-gateway/values.yaml", "deploy/gateway/values.yaml"]), t


@pos("akeyless", "access_key")
def p_akl_py(r, S):
    t = ("import akeyless\n\nconfiguration = akeyless.Configuration(host=\"https://api.akeyless.io\")\n"
         "api = akeyless.V2Api(akeyless.ApiClient(configuration))\n\n"
         "body = akeyless.Auth(access_id=\"%s\", access_key=%s)\ntoken = api.auth(body).token\n\n"
         "value = api.get_secret_value(akeyless.GetSecretValue(names=[\"/%s/api-key\"], token=token))\n") % (
        akl_id(r), S(g_akl_key, "AKEYLESS_ACCESS_KEY", "py", fam="akeyless"), svc(r))
    return r.choice(["tools/akeyless_fetch.py", "app/secrets/akeyless.py"]), t


@pos("akeyless", "access_key")
def p_akl_eso(r, S):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: akeyless-secret-creds\ntype: Opaque\nstringData:\n"
         "  accessId: %s\n  accessType: api_key\n  accessTypeParam: %s\n---\n"
         "apiVersion: external-secrets.io/v1beta1\nkind: SecretStore\nmetadata:\n  name: akeyless-store\nspec:\n"
         "  provider:\n    akeyless:\n      akeylessGWApiURL: \"https://api.akeyless.io\"\n      authSecretRef:\n"
         "        secretRef:\n          accessID:\n            name: akeyless-secret-creds\n            key: accessId\n"
         "          accessType:\n            name: akeyless-secret-creds\n            key: accessType\n"
         "          accessTypeParam:\n            name: akeyless-secret-creds\n            key: accessTypeParam\n") % (
        akl_id(r), S(g_akl_key, "AKEYLESS_ACCESS_KEY", "yaml", "", fam="akeyless"))
    return r.choice(["k8s/eso/akeyless.yaml", "apps/%s/secretstore.yaml" % svc(r)]), t


# ---- CyberArk Conjur
@pos("conjur", "api_key")
def p_cj_identity(r, S):
    t = "machine https://conjur.%s.internal/authn\n  login host/%s/%s\n  password %s\n" % (
        org(r), r.choice(["data/apps", "prod/k8s", "ci"]), svc(r), S(g_conjur, "CONJUR_API_KEY", "generic", "", fam="conjur"))
    return r.choice(["deploy/conjur/conjur.identity", "ci/conjur/.netrc"]), t


@pos("conjur", "api_key")
def p_cj_compose(r, S):
    t = ("services:\n  app:\n    image: %s/%s:1.%d\n    environment:\n      CONJUR_APPLIANCE_URL: https://conjur.%s.com\n"
         "      CONJUR_ACCOUNT: %s\n      CONJUR_AUTHN_LOGIN: host/apps/%s\n      CONJUR_AUTHN_API_KEY: %s\n"
         "      CONJUR_CERT_FILE: /etc/conjur.pem\n    volumes:\n      - ./conjur.pem:/etc/conjur.pem:ro\n") % (
        org(r), svc(r), r.randrange(30), org(r), org(r), svc(r), S(g_conjur, "CONJUR_AUTHN_API_KEY", "yaml", "", fam="conjur"))
    return r.choice(["docker-compose.yml", "deploy/compose.conjur.yml"]), t


@pos("conjur", "api_key")
def p_cj_py(r, S):
    t = ("from conjur_api import Client\nfrom conjur_api.models import SslVerificationMode, ConjurConnectionInfo, CredentialsData\n"
         "from conjur_api.providers import SimpleCredentialsProvider, AuthnAuthenticationStrategy\n\n"
         "info = ConjurConnectionInfo(conjur_url=\"https://conjur.%s.io\", account=\"%s\")\n"
         "creds = SimpleCredentialsProvider()\n"
         "creds.save(CredentialsData(username=\"host/%s\", password=%s, machine=\"https://conjur.%s.io\"))\n"
         "client = Client(info, authn_strategy=AuthnAuthenticationStrategy(creds),\n"
         "                ssl_verification_mode=SslVerificationMode.TRUST_STORE)\n") % (
        org(r), org(r), svc(r), S(g_conjur, "CONJUR_API_KEY", "py", fam="conjur"), org(r))
    return r.choice(["app/conjur_client.py", "scripts/conjur_fetch.py"]), t


@pos("conjur", "api_key")
def p_cj_json(r, S):
    a = org(r)
    h = svc(r)
    t = ('{\n  "created_roles": {\n    "%s:host:data/%s/%s": {\n      "id": "%s:host:data/%s/%s",\n'
         '      "api_key": %s\n    }\n  },\n  "version": %d\n}\n') % (
        a, env(r), h, a, env(r), h, S(g_conjur, "CONJUR_API_KEY", "json", fam="conjur"), r.randrange(2, 40))
    return r.choice(["docs/conjur/policy-load-output.json", "policy/out/load-result.json"]), t


# ---- Keeper
@pos("keeper", "one_time_token")
def p_kp_py(r, S):
    t = ("from keeper_secrets_manager_core import SecretsManager\nfrom keeper_secrets_manager_core.storage import FileKeyValueStorage\n\n"
         "secrets_manager = SecretsManager(\n    token=%s,\n    config=FileKeyValueStorage(\"ksm-config.json\"),\n)\n\n"
         "records = secrets_manager.get_secrets([\"%s\"])\npassword = records[0].field(\"password\", single=True)\n") % (
        S(g_keeper_ott, "KSM_TOKEN", "py", "'", fam="keeper"), rs(r, B64U, 22))
    return r.choice(["scripts/ksm_init.py", "app/keeper.py"]), t


@pos("keeper", "config")
def p_kp_gha(r, S):
    t = gha_head(r, "Build", "push")
    t += ("jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
          "      - name: Retrieve secrets\n        uses: Keeper-Security/ksm-action@master\n        with:\n"
          "          keeper-secret-config: %s\n          secrets: |\n"
          "            %s/field/password > env:DB_PASSWORD\n            %s/field/login > env:DB_USER\n"
          "      - run: make build\n") % (S(g_keeper_b64, "KSM_CONFIG", "gha", "", fam="keeper"),
                                          rs(r, B64U, 22), rs(r, B64U, 22))
    return ".github/workflows/build.yml", t


@pos("keeper", "private_key")
def p_kp_config(r, S):
    pk = S(g_keeper_pk, "KSM_PRIVATE_KEY", "json", "", fam="keeper")
    if not pk.startswith('"'):
        pk = '"%s"' % pk
    d = keeper_cfg(r, "@@PK@@")
    if not S.pos:
        d["appKey"] = S.aux(None, ["", "<app-key>", "REDACTED"])
        d["clientId"] = S.aux(None, ["", "<client-id>"])
    t = json.dumps(d, indent=2).replace('"@@PK@@"', pk)
    return r.choice(["ksm-config.json", "config/keeper/ksm-config.json"]), t + "\n"


@pos("keeper", "one_time_token")
def p_kp_cli(r, S):
    t = ("# Keeper Secrets Manager on the build agents\n\n```shell\npip install keeper-secrets-manager-cli\n"
         "ksm profile init --token %s\nksm secret list\n```\n\nThe token is single-use; the profile is written to `keeper.ini`.\n") % S(
        g_keeper_ott, "KSM_TOKEN", "md", "", fam="keeper")
    return r.choice(["docs/build-agents.md", "docs/keeper/setup.md"]), t


# ---- Delinea / Thycotic
@pos("delinea", "password")
def p_dl_py(r, S):
    t = ("from delinea.secrets.server import PasswordGrantAuthorizer, SecretServer\n\n"
         "authorizer = PasswordGrantAuthorizer(\n    \"https://%s.secretservercloud.com\",\n    \"svc_%s\",\n    %s,\n)\n"
         "secret_server = SecretServer(\"https://%s.secretservercloud.com\", authorizer)\n"
         "secret = secret_server.get_secret(%d)\n") % (
        org(r), svc(r).replace("-", "_"), S(g_password, "TSS_PASSWORD", "py", fam="generic"), org(r), r.randrange(100, 9000))
    return r.choice(["scripts/tss_fetch.py", "app/secretserver.py"]), t


@pos("delinea", "client_secret")
def p_dl_dsv(r, S):
    t = ("# DevOps Secrets Vault CLI profile\ndefault:\n  domain: secretsvaultcloud.com\n  tenant: %s\n"
         "  auth:\n    type: clientcred\n    client:\n      id: %s\n      secret: %s\n  store:\n    type: file\n"
         "  cache:\n    strategy: server\n") % (org(r), uuid4(r), S(g_dsv, "DSV_CLIENT_SECRET", "yaml", "", fam="generic"))
    return r.choice(["config/dsv/.dsv.yml", "ci/dsv-profile.yml"]), t


@pos("delinea", "password")
def p_dl_tf(r, S):
    t = ("provider \"tss\" {\n  username   = \"svc-terraform\"\n  password   = %s\n"
         "  server_url = \"https://%s.secretservercloud.com/SecretServer\"\n}\n\ndata \"tss_secret\" \"db\" {\n"
         "  id    = %d\n  field = \"password\"\n}\n") % (S(g_password, "TSS_PASSWORD", "hcl", fam="generic"), org(r),
                                                       r.randrange(10, 5000))
    return r.choice(["terraform/tss.tf", "infra/secretserver/main.tf"]), t


@pos("delinea", "password")
def p_dl_ps1(r, S):
    t = ("Import-Module Thycotic.SecretServer\n\n$cred = New-Object System.Management.Automation.PSCredential(\n"
         "    'svc_automation',\n    (ConvertTo-SecureString %s -AsPlainText -Force))\n"
         "$session = New-TssSession -SecretServer https://ss.%s.local/SecretServer -Credential $cred\n"
         "Get-TssSecret -TssSession $session -Id %d | Select-Object Name, Items\n") % (
        S(g_password, "TSS_PASSWORD", "ps1", "'", fam="generic"), org(r), r.randrange(10, 5000))
    return r.choice(["scripts/Get-Secrets.ps1", "automation/SecretServer.ps1"]), t


# ---- AWS (Secrets Manager access)
AWS_ID_ALT = ["AKIAIOSFODNN7EXAMPLE", "<AWS_ACCESS_KEY_ID>", "AKIAXXXXXXXXXXXXXXXX"]


@pos("aws", "secret_access_key")
def p_aws_ini(r, S):
    t = ("[default]\nregion = %s\noutput = json\n\n[secrets-reader]\naws_access_key_id = %s\n"
         "aws_secret_access_key = %s\n") % (region(r), S.aux(g_aws_id, AWS_ID_ALT),
                                            S(g_aws_secret, "AWS_SECRET_ACCESS_KEY", "ini", "", fam="aws"))
    return r.choice(["infra/.aws/credentials", "ci/aws/credentials"]), t


@pos("aws", "secret_access_key")
def p_aws_boto(r, S):
    t = ("import boto3\n\nsession = boto3.session.Session()\nclient = session.client(\n    \"secretsmanager\",\n"
         "    region_name=\"%s\",\n    aws_access_key_id=\"%s\",\n    aws_secret_access_key=%s,\n)\n\n"
         "def get(name):\n    return client.get_secret_value(SecretId=name)[\"SecretString\"]\n") % (
        region(r), S.aux(g_aws_id, AWS_ID_ALT), S(g_aws_secret, "AWS_SECRET_ACCESS_KEY", "py", fam="aws"))
    return r.choice(["app/aws_secrets.py", "lambda/shared/secrets.py"]), t


@pos("aws", "secret_access_key")
def p_aws_tf(r, S):
    t = ("provider \"aws\" {\n  region     = \"%s\"\n  access_key = \"%s\"\n  secret_key = %s\n}\n\n"
         "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"%s/db\"\n}\n") % (
        region(r), S.aux(g_aws_id, AWS_ID_ALT), S(g_aws_secret, "AWS_SECRET_ACCESS_KEY", "hcl", fam="aws"), env(r))
    return r.choice(["terraform/aws/provider.tf", "infra/main.tf"]), t


@pos("aws", "secret_access_key")
def p_aws_eso(r, S):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: awssm-secret\ntype: Opaque\nstringData:\n"
         "  access-key: %s\n  secret-access-key: %s\n---\napiVersion: external-secrets.io/v1beta1\n"
         "kind: SecretStore\nmetadata:\n  name: aws-secretsmanager\nspec:\n  provider:\n    aws:\n"
         "      service: SecretsManager\n      region: %s\n      auth:\n        secretRef:\n"
         "          accessKeyIDSecretRef:\n            name: awssm-secret\n            key: access-key\n"
         "          secretAccessKeySecretRef:\n            name: awssm-secret\n            key: secret-access-key\n") % (
        S.aux(g_aws_id, AWS_ID_ALT), S(g_aws_secret, "AWS_SECRET_ACCESS_KEY", "yaml", "", fam="aws"), region(r))
    return r.choice(["k8s/eso/aws-store.yaml", "clusters/%s/secretstore-aws.yaml" % env(r)]), t


@pos("aws", "secret_access_key")
def p_aws_go(r, S):
    t = ("package awsx\n\nimport (\n\t\"context\"\n\n\t\"github.com/aws/aws-sdk-go-v2/config\"\n"
         "\t\"github.com/aws/aws-sdk-go-v2/credentials\"\n\t\"github.com/aws/aws-sdk-go-v2/service/secretsmanager\"\n)\n\n"
         "func Client(ctx context.Context) (*secretsmanager.Client, error) {\n\tcfg, err := config.LoadDefaultConfig(ctx,\n"
         "\t\tconfig.WithRegion(\"%s\"),\n\t\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(\n"
         "\t\t\t\"%s\", %s, \"\")),\n\t)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n"
         "\treturn secretsmanager.NewFromConfig(cfg), nil\n}\n") % (
        region(r), S.aux(g_aws_id, AWS_ID_ALT), S(g_aws_secret, "AWS_SECRET_ACCESS_KEY", "go", fam="aws"))
    return r.choice(["internal/awsx/secrets.go", "pkg/cloud/aws.go"]), t


# ---- Azure Key Vault
@pos("azure", "client_secret")
def p_az_py(r, S):
    t = ("from azure.identity import ClientSecretCredential\nfrom azure.keyvault.secrets import SecretClient\n\n"
         "credential = ClientSecretCredential(\n    \"%s\",\n    \"%s\",\n    %s,\n)\n"
         "client = SecretClient(vault_url=\"https://kv-%s-%s.vault.azure.net/\", credential=credential)\n"
         "db_password = client.get_secret(\"db-password\").value\n") % (
        uuid4(r), uuid4(r), S(g_azure, "AZURE_CLIENT_SECRET", "py", fam="azure"), org(r), env(r))
    return r.choice(["app/keyvault.py", "scripts/kv_read.py"]), t


@pos("azure", "client_secret")
def p_az_tf(r, S):
    t = ("provider \"azurerm\" {\n  features {}\n  subscription_id = \"%s\"\n  tenant_id       = \"%s\"\n"
         "  client_id       = \"%s\"\n  client_secret   = %s\n}\n\ndata \"azurerm_key_vault\" \"main\" {\n"
         "  name                = \"kv-%s\"\n  resource_group_name = \"rg-%s\"\n}\n") % (
        uuid4(r), uuid4(r), uuid4(r), S(g_azure, "ARM_CLIENT_SECRET", "hcl", fam="azure"), org(r), env(r))
    return r.choice(["terraform/azure/providers.tf", "infra/azure/main.tf"]), t


@pos("azure", "client_secret")
def p_az_eso(r, S):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: azure-secret-sp\ntype: Opaque\nstringData:\n"
         "  ClientID: %s\n  ClientSecret: %s\n---\napiVersion: external-secrets.io/v1beta1\nkind: SecretStore\n"
         "metadata:\n  name: azure-store\nspec:\n  provider:\n    azurekv:\n      tenantId: \"%s\"\n"
         "      vaultUrl: \"https://kv-%s.vault.azure.net\"\n      authSecretRef:\n        clientId:\n"
         "          name: azure-secret-sp\n          key: ClientID\n        clientSecret:\n"
         "          name: azure-secret-sp\n          key: ClientSecret\n") % (
        uuid4(r), S(g_azure, "AZURE_CLIENT_SECRET", "yaml", "", fam="azure"), uuid4(r), org(r))
    return r.choice(["k8s/eso/azure-store.yaml", "apps/base/secretstore-azure.yaml"]), t


@pos("azure", "client_secret")
def p_az_appsettings(r, S):
    t = ('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "AzureAd": {\n'
         '    "Instance": "https://login.microsoftonline.com/",\n    "TenantId": "%s",\n    "ClientId": "%s",\n'
         '    "ClientSecret": %s\n  },\n  "KeyVault": { "Uri": "https://kv-%s.vault.azure.net/" },\n'
         '  "AllowedHosts": "*"\n}\n') % (uuid4(r), uuid4(r), S(g_azure, "AzureAd__ClientSecret", "json", fam="azure"), org(r))
    return r.choice(["src/Api/appsettings.json", "src/Web/appsettings.Production.json"]), t


@pos("azure", "client_secret")
def p_az_ts(r, S):
    t = ("import { ClientSecretCredential } from \"@azure/identity\";\nimport { SecretClient } from \"@azure/keyvault-secrets\";\n\n"
         "const credential = new ClientSecretCredential(\n  \"%s\",\n  \"%s\",\n  %s\n);\n"
         "export const kv = new SecretClient(\"https://kv-%s.vault.azure.net\", credential);\n") % (
        uuid4(r), uuid4(r), S(g_azure, "AZURE_CLIENT_SECRET", "js", fam="azure"), org(r))
    return r.choice(["src/lib/keyvault.ts", "functions/shared/kv.ts"]), t


# ---- GCP Secret Manager
def gcp_sa(r, S, lang="json"):
    proj = "%s-%s-%d" % (org(r), env(r), r.randrange(100, 999))
    name = r.choice(["secret-accessor", "eso-reader", "ci-deployer", "vault-gcp-auth"])
    pk = S(g_gcp_pem_escaped, "GCP_PRIVATE_KEY", lang, "", fam="pem")
    if not pk.startswith('"'):
        pk = '"%s"' % pk
    cid = rs(r, DIG, 21)
    return ('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n'
            '  "private_key": %s,\n  "client_email": "%s@%s.iam.gserviceaccount.com",\n  "client_id": "%s",\n'
            '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token",\n'
            '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",\n'
            '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com",\n'
            '  "universe_domain": "googleapis.com"\n}\n') % (proj, rs(r, HEX, 40), pk, name, proj, cid, name, proj)


@pos("gcp", "private_key")
def p_gcp_json(r, S):
    return r.choice(["credentials/service-account.json", "deploy/gcp-sa-key.json", "secrets/eso-gcp.json"]), gcp_sa(r, S)


@pos("gcp", "private_key")
def p_gcp_eso(r, S):
    body = "".join("    " + ln + "\n" for ln in gcp_sa(r, S).rstrip("\n").split("\n"))
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: gcpsm-secret\n  labels:\n    type: gcpsm\ntype: Opaque\n"
         "stringData:\n  secret-access-credentials: |-\n%s---\napiVersion: external-secrets.io/v1beta1\n"
         "kind: ClusterSecretStore\nmetadata:\n  name: gcp-store\nspec:\n  provider:\n    gcpsm:\n"
         "      projectID: %s\n      auth:\n        secretRef:\n          secretAccessKeySecretRef:\n"
         "            name: gcpsm-secret\n            key: secret-access-credentials\n            namespace: external-secrets\n") % (
        body, "%s-platform" % org(r))
    return r.choice(["k8s/eso/gcp-store.yaml", "clusters/%s/external-secrets/gcp.yaml" % env(r)]), t


@pos("gcp", "private_key")
def p_gcp_tfvars(r, S):
    t = "# generated by bootstrap.sh\nproject = \"%s-prod\"\nregion  = \"%s\"\ncredentials_json = <<EOT\n%sEOT\n" % (
        org(r), r.choice(["us-central1", "europe-west1", "asia-east1"]), gcp_sa(r, S, "hcl"))
    return r.choice(["terraform/gcp/terraform.tfvars", "infra/gcp/prod.auto.tfvars"]), t


# ---- SOPS / age
@pos("sops-age", "age_secret_key")
def p_age_keys(r, S):
    key = S(g_age, "SOPS_AGE_KEY", "generic", "", fam="age")
    pub = bech32("age", x25519_base(_age_raw(S.raw))) if S.pos else age_pub(r)
    t = "# created: %s\n# public key: %s\n%s\n" % (ts(r)[:19] + "+00:00", pub, key)
    return r.choice([".sops/age/keys.txt", "secrets/age/keys.txt", "deploy/age.agekey"]), t


def _age_raw(sk):
    d5 = [_BC.index(c) for c in sk.lower().split("1", 1)[1][:-6]]
    acc, bits, out = 0, 0, bytearray()
    for v in d5:
        acc = (acc << 5) | v
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
    return bytes(out[:32])


@pos("sops-age", "age_secret_key")
def p_age_gha(r, S):
    t = gha_head(r, "Apply manifests", "push")
    t += ("jobs:\n  apply:\n    runs-on: ubuntu-latest\n    env:\n      SOPS_AGE_KEY: %s\n    steps:\n"
          "      - uses: actions/checkout@v4\n      - uses: mozilla-actions/sops-setup@v1\n"
          "      - run: sops -d clusters/%s/secrets.enc.yaml | kubectl apply -f -\n") % (
        S(g_age, "SOPS_AGE_KEY", "gha", "", fam="age"), env(r))
    return ".github/workflows/apply.yml", t


@pos("sops-age", "age_secret_key")
def p_age_flux(r, S):
    k = S(g_age, "SOPS_AGE_KEY", "yaml", "", fam="age")
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: sops-age\n  namespace: flux-system\ntype: Opaque\n"
         "stringData:\n  age.agekey: |\n    # created: %s\n    # public key: %s\n    %s\n") % (
        ts(r)[:19] + "+00:00", age_pub(r) if not S.pos else bech32("age", x25519_base(_age_raw(S.raw))), k)
    return r.choice(["clusters/%s/flux-system/sops-age.yaml" % env(r), "flux/bootstrap/sops-secret.yaml"]), t


@pos("sops-age", "age_secret_key")
def p_age_sh(r, S):
    t = ("#!/usr/bin/env bash\nset -euo pipefail\nexport SOPS_AGE_KEY=%s\n\n"
         "for f in secrets/*.enc.yaml; do\n  sops --decrypt \"$f\" > \"${f%%.enc.yaml}.yaml\"\ndone\n") % S(
        g_age, "SOPS_AGE_KEY", "sh", r.choice(["", '"']), fam="age")
    return r.choice(["scripts/decrypt-secrets.sh", "hack/sops-decrypt.sh"]), t


@pos("sops-age", "age_secret_key")
def p_age_make(r, S):
    t = (".PHONY: decrypt encrypt\n\nSOPS_AGE_KEY ?= %s\nexport SOPS_AGE_KEY\n\n"
         "decrypt:\n\tsops -d secrets.enc.yaml > secrets.yaml\n\nencrypt:\n"
         "\tsops -e --age %s secrets.yaml > secrets.enc.yaml\n") % (
        S(g_age, "SOPS_AGE_KEY", "make", "", fam="age"), age_pub(r))
    return "Makefile", t


# ---- sealed-secrets
@pos("sealed-secrets", "private_key")
def p_ss_backup(r, S):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: sealed-secrets-key%s\n  namespace: kube-system\n"
         "  labels:\n    sealedsecrets.bitnami.com/sealed-secrets-key: active\ntype: kubernetes.io/tls\ndata:\n"
         "  tls.crt: %s\n  tls.key: %s\n") % (rs(r, LO + DIG, 5), b64(pem_wrap("CERTIFICATE", der_cert(r, 1300)).encode()),
                                            S(g_rsa_pem_b64, "TLS_KEY", "yaml", "", fam="pem"))
    return r.choice(["backup/sealed-secrets-key.yaml", "cluster/kube-system/sealed-secrets-master.yaml"]), t


@pos("sealed-secrets", "private_key")
def p_ss_pem(r, S):
    return r.choice(["cluster/sealed-secrets/main.key", "backup/sealed-secrets/tls.key"]), \
        S(g_rsa_pem, "TLS_KEY", "generic", "", fam="pem")


# ================================================================ NEGATIVE LOOK-ALIKES
def sops_enc(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rb(r, n)), b64(rb(r, 32)), b64(rb(r, 16)))


def sops_meta(r, yaml_indent=""):
    pubs = [age_pub(r) for _ in range(r.randrange(1, 3))]
    out = "sops:\n    age:\n"
    for p in pubs:
        body = b64(rb(r, 180))
        armor = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        out += ("        - recipient: %s\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n%s\n"
                "            -----END AGE ENCRYPTED FILE-----\n") % (
            p, "\n".join("            " + ln for ln in armor.split("\n")))
    out += ("    lastmodified: \"%s\"\n    mac: %s\n    unencrypted_suffix: _unencrypted\n    version: 3.%d.%d\n") % (
        ts(r)[:19] + "Z", sops_enc(r, 32), r.randrange(7, 10), r.randrange(0, 4))
    return out


@neg("sops-age", "sops_encrypted_yaml")
def n_sops_yaml(r):
    t = "apiVersion: v1\nkind: Secret\nmetadata:\n    name: %s-secrets\n    namespace: %s\ntype: Opaque\nstringData:\n" % (svc(r), env(r))
    for k in r.sample(["DATABASE_PASSWORD", "REDIS_PASSWORD", "API_TOKEN", "VAULT_TOKEN", "DOPPLER_TOKEN",
                       "OP_CONNECT_TOKEN", "STRIPE_SECRET_KEY"], 3):
        t += "    %s: %s\n" % (k, sops_enc(r, r.randrange(16, 60)))
    return r.choice(["clusters/%s/secrets.enc.yaml" % env(r), "secrets/app.enc.yaml"]), t + sops_meta(r)


@neg("sops-age", "sops_encrypted_json")
def n_sops_json(r):
    d = {"db_password": sops_enc(r, 24), "vault_token": sops_enc(r, 95),
         "sops": {"age": [{"recipient": age_pub(r), "enc": "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % b64(rb(r, 150))}],
                  "lastmodified": ts(r)[:19] + "Z", "mac": sops_enc(r, 32), "version": "3.8.1"}}
    return "config/secrets.enc.json", json.dumps(d, indent=4) + "\n"


@neg("sops-age", "sops_config_recipients")
def n_sops_cfg(r):
    t = "creation_rules:\n"
    for e in r.sample(ENVS, 3):
        t += "  - path_regex: clusters/%s/.*\\.enc\\.yaml$\n    encrypted_regex: ^(data|stringData)$\n    age: >-\n      %s,\n      %s\n" % (
            e, age_pub(r), age_pub(r))
    t += "  - path_regex: terraform/.*\\.tfvars\\.enc$\n    kms: arn:aws:kms:%s:%s:key/%s\n" % (region(r), acct(r), uuid4(r))
    return ".sops.yaml", t


@neg("sops-age", "age_recipients")
def n_age_recipients(r):
    t = "# people who can decrypt prod secrets\n"
    for p in r.sample(PEOPLE, 4):
        t += "# %s\n%s\n" % (p, age_pub(r))
    t += "# break-glass yubikey\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops@%s\n" % (b64(rb(r, 32))[:43], org(r))
    return r.choice([".age-recipients", "secrets/recipients.txt"]), t


@neg("sops-age", "age_ciphertext")
def n_age_armor(r):
    body = b64(rb(r, r.randrange(200, 500)))
    return r.choice(["secrets/db.env.age", "backup/vault-snapshot.age"]), \
        "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % "\n".join(
            body[i:i + 64] for i in range(0, len(body), 64))


@neg("sealed-secrets", "sealedsecret_ciphertext")
def n_sealed(r):
    t = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n"
         "  encryptedData:\n") % (svc(r), env(r))
    for k in r.sample(["password", "api-token", "vault-token", "client-secret", "dsn"], 2):
        t += "    %s: Ag%s\n" % (k, b64(rb(r, r.randrange(300, 420))))
    t += "  template:\n    metadata:\n      name: %s\n    type: Opaque\n" % svc(r)
    return r.choice(["apps/%s/sealedsecret.yaml" % svc(r), "k8s/sealed/%s.yaml" % env(r)]), t


@neg("sealed-secrets", "public_cert")
def n_sealed_cert(r):
    return r.choice(["pub-sealed-secrets.pem", "cluster/sealed-secrets/pub-cert.pem"]), pem_wrap("CERTIFICATE", der_cert(r, 1300))


@neg("eso", "remote_ref")
def n_eso_es(r):
    s = svc(r)
    t = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: %s\nspec:\n"
         "  refreshInterval: 1h\n  secretStoreRef:\n    name: %s\n    kind: ClusterSecretStore\n  target:\n"
         "    name: %s-env\n    creationPolicy: Owner\n  data:\n") % (s, r.choice(["vault-backend", "aws-secretsmanager", "gcp-store", "onepassword"]), s)
    for k, p in [("DATABASE_PASSWORD", "db"), ("VAULT_TOKEN", "vault"), ("API_KEY", "api")]:
        t += "    - secretKey: %s\n      remoteRef:\n        key: %s/%s/%s\n        property: %s\n" % (k, env(r), s, p, r.choice(["password", "token", "value"]))
    return "apps/%s/externalsecret.yaml" % s, t


@neg("eso", "store_token_ref")
def n_eso_vault_store(r):
    t = ("apiVersion: external-secrets.io/v1beta1\nkind: SecretStore\nmetadata:\n  name: vault\nspec:\n  provider:\n"
         "    vault:\n      server: %s\n      path: kv\n      version: v2\n      auth:\n        kubernetes:\n"
         "          mountPath: kubernetes\n          role: %s\n          serviceAccountRef:\n            name: external-secrets\n") % (vault_addr(r), svc(r))
    return "k8s/eso/vault-store.yaml", t


@neg("eso", "store_irsa")
def n_eso_aws_irsa(r):
    t = ("apiVersion: external-secrets.io/v1beta1\nkind: ClusterSecretStore\nmetadata:\n  name: aws\nspec:\n  provider:\n"
         "    aws:\n      service: SecretsManager\n      region: %s\n      role: arn:aws:iam::%s:role/eso-%s\n      auth:\n"
         "        jwt:\n          serviceAccountRef:\n            name: external-secrets\n            namespace: external-secrets\n") % (region(r), acct(r), env(r))
    return "clusters/%s/eso-aws.yaml" % env(r), t


@neg("eso", "store_onepassword")
def n_eso_op(r):
    t = ("apiVersion: external-secrets.io/v1beta1\nkind: ClusterSecretStore\nmetadata:\n  name: onepassword\nspec:\n"
         "  provider:\n    onepassword:\n      connectHost: http://onepassword-connect.op.svc:8080\n      vaults:\n"
         "        %s: 1\n        shared: 2\n      auth:\n        secretRef:\n          connectTokenSecretRef:\n"
         "            name: onepassword-connect-token\n            key: token\n            namespace: external-secrets\n") % org(r)
    return "platform/eso/onepassword-store.yaml", t


@neg("eso", "store_doppler")
def n_eso_doppler(r):
    t = ("apiVersion: external-secrets.io/v1beta1\nkind: SecretStore\nmetadata:\n  name: doppler-%s\nspec:\n  provider:\n"
         "    doppler:\n      project: %s\n      config: %s\n      auth:\n        secretRef:\n          dopplerToken:\n"
         "            name: doppler-token-auth-api\n            key: dopplerToken\n") % (env(r), svc(r), r.choice(["prd", "stg", "dev"]))
    return "k8s/eso/doppler-store.yaml", t


@neg("1password", "op_reference_template")
def n_op_tpl(r):
    v = r.choice(["Production", "Infra", "ci-bootstrap"])
    t = "".join("%s=op://%s/%s/%s\n" % (k, v, i, f) for k, i, f in [
        ("DATABASE_URL", "postgres-%s" % env(r), "connection string"), ("VAULT_TOKEN", "vault", "token"),
        ("DOPPLER_TOKEN", "doppler", "credential"), ("AWS_SECRET_ACCESS_KEY", "aws-ci", "secret access key")])
    return r.choice(["config/app.env.tpl", "deploy/op/app.env.tpl", "deploy/secrets.env.op"]), t


@neg("1password", "op_run_docs")
def n_op_md(r):
    t = ("# Local secrets\n\nWe never store secrets in the repo. Use `op run`:\n\n```sh\n"
         "op run --env-file=.env.tpl -- npm run dev\n```\n\nReferences look like `op://%s/<item>/<field>`.\n"
         "Item IDs can be used instead of names, e.g. `op://%s/%s/password`.\n") % (
        org(r), rs(r, B32L, 26), rs(r, B32L, 26))
    return "docs/local-secrets.md", t


@neg("1password", "item_metadata")
def n_op_items(r):
    items = [{"id": rs(r, B32L, 26), "title": t, "vault": {"id": rs(r, B32L, 26), "name": "Infra"},
              "category": c, "version": r.randrange(1, 30), "created_at": ts(r), "updated_at": ts(r)}
             for t, c in [("postgres", "DATABASE"), ("vault-root", "PASSWORD"), ("stripe", "API_CREDENTIAL")]]
    return "fixtures/op/item-list.json", json.dumps(items, indent=2) + "\n"


@neg("1password", "connect_deploy")
def n_op_connect_k8s(r):
    t = ("apiVersion: onepassword.com/v1\nkind: OnePasswordItem\nmetadata:\n  name: %s-db\nspec:\n"
         "  itemPath: \"vaults/%s/items/%s\"\n") % (svc(r), rs(r, B32L, 26), rs(r, B32L, 26))
    return "k8s/onepassword/items.yaml", t


@neg("bitwarden", "project_list")
def n_bws_list(r):
    o = uuid4(r)
    d = {"data": [{"id": uuid4(r), "organizationId": o, "name": n, "creationDate": ts(r), "revisionDate": ts(r)}
                  for n in ("backend", "infra", "ci")]}
    return "fixtures/bws/projects.json", json.dumps(d, indent=2) + "\n"


@neg("bitwarden", "secret_ids")
def n_bws_ids(r):
    t = "# bws secret ids consumed by the deploy job\n" + "".join(
        "%s=%s\n" % (k, uuid4(r)) for k in ("DB_PASSWORD_ID", "REDIS_URL_ID", "SMTP_PASSWORD_ID", "BWS_PROJECT_ID"))
    return r.choice(["deploy/bws-secret-ids.env.example", "config/bws.ids"]), t


@neg("vault", "policy")
def n_v_policy(r):
    s = svc(r)
    t = ('path "secret/data/%s/*" {\n  capabilities = ["read"]\n}\n\npath "database/creds/%s-ro" {\n'
         '  capabilities = ["read"]\n}\n\npath "auth/token/renew-self" {\n  capabilities = ["update"]\n}\n') % (s, s)
    return "vault/policies/%s.hcl" % s, t


@neg("vault", "agent_config")
def n_v_agent(r):
    t = ('vault {\n  address = "%s"\n}\n\nauto_auth {\n  method "approle" {\n    config = {\n'
         '      role_id_file_path   = "/etc/vault/role-id"\n      secret_id_file_path = "/etc/vault/secret-id"\n'
         '      remove_secret_id_file_after_reading = true\n    }\n  }\n  sink "file" {\n'
         '    config = { path = "/run/vault/.token", mode = 0640 }\n  }\n}\n\ntemplate {\n'
         '  source      = "/etc/vault/templates/app.env.ctmpl"\n  destination = "/run/app/app.env"\n}\n') % vault_addr(r)
    return "deploy/vault-agent/agent.hcl", t


@neg("vault", "approle_role_id")
def n_v_roleid(r):
    return r.choice(["deploy/vault/role-id", "ansible/files/vault-role-id"]), uuid4(r) + "\n"


@neg("vault", "approle_tf_refs")
def n_v_approle_tf(r):
    s = svc(r)
    t = ('resource "vault_approle_auth_backend_role" "%s" {\n  backend        = vault_auth_backend.approle.path\n'
         '  role_name      = "%s"\n  token_policies = ["%s-read"]\n  secret_id_ttl  = 600\n}\n\n'
         'resource "vault_approle_auth_backend_role_secret_id" "%s" {\n  backend   = vault_auth_backend.approle.path\n'
         '  role_name = vault_approle_auth_backend_role.%s.role_name\n}\n\noutput "role_id" {\n'
         '  value = vault_approle_auth_backend_role.%s.role_id\n}\n') % ((s.replace("-", "_"), s, s) + (s.replace("-", "_"),) * 3)
    return "terraform/vault/approle.tf", t


@neg("vault", "audit_log_hmac")
def n_v_audit(r):
    lines = []
    for _ in range(r.randrange(2, 4)):
        d = {"time": ts(r), "type": "response",
             "auth": {"client_token": "hmac-sha256:" + rs(r, HEX, 64), "accessor": "hmac-sha256:" + rs(r, HEX, 64),
                      "display_name": "approle", "policies": ["default", svc(r)], "token_type": "service"},
             "request": {"id": uuid4(r), "operation": "read", "path": "secret/data/%s/config" % svc(r),
                         "remote_address": "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(256))},
             "response": {"data": {"data": {"password": "hmac-sha256:" + rs(r, HEX, 64)}}}}
        lines.append(json.dumps(d, separators=(",", ":")))
    return r.choice(["logs/vault-audit.log", "var/log/vault/audit.log"]), "\n".join(lines) + "\n"


@neg("vault", "token_accessor_lookup")
def n_v_lookup(r):
    t = ("$ vault token lookup -accessor %s\nKey                 Value\n---                 -----\naccessor            %s\n"
         "creation_time       %d\ncreation_ttl        768h\ndisplay_name        approle\nentity_id           %s\n"
         "expire_time         %s\nid                  n/a\nnum_uses            0\norphan              true\n"
         "path                auth/approle/login\npolicies            [default %s]\ntype                service\n")
    a = rs(r, B62, 24)
    return "docs/ops/token-lookup.txt", t % (a, a, 1690000000 + r.randrange(10 ** 8), uuid4(r), ts(r), svc(r))


@neg("vault", "transit_ciphertext")
def n_v_transit(r):
    d = {"request_id": uuid4(r), "lease_id": "", "renewable": False, "lease_duration": 0,
         "data": {"ciphertext": "vault:v%d:%s" % (r.randrange(1, 5), b64(rb(r, r.randrange(40, 90)))), "key_version": 1}}
    return "fixtures/transit-encrypt-response.json", json.dumps(d, indent=2) + "\n"


@neg("vault", "lease_ids")
def n_v_leases(r):
    t = "$ vault list sys/leases/lookup/database/creds/readonly\nKeys\n----\n" + "".join(rs(r, B62, 24) + "\n" for _ in range(4))
    t += "\n$ vault lease revoke database/creds/readonly/%s\nAll revocation operations queued successfully!\n" % rs(r, B62, 24)
    return "docs/ops/leases.md", t


@neg("vault", "status_output")
def n_v_status(r):
    t = ("Key                     Value\n---                     -----\nSeal Type               shamir\nInitialized             true\n"
         "Sealed                  false\nTotal Shares            5\nThreshold               3\nVersion                 1.%d.%d\n"
         "Build Date              %s\nStorage Type            raft\nCluster Name            vault-cluster-%s\n"
         "Cluster ID              %s\nHA Enabled              true\nHA Cluster              https://vault-0.vault-internal:8201\n"
         "HA Mode                 active\nRaft Committed Index    %d\n") % (
        r.randrange(12, 18), r.randrange(0, 8), ts(r), rs(r, HEX, 8), uuid4(r), r.randrange(10 ** 5, 10 ** 7))
    return "logs/vault-status-%s.txt" % date(r), t


@neg("vault", "pgp_encrypted_unseal")
def n_v_init_pgp(r):
    t = "$ vault operator init -key-shares=3 -key-threshold=2 -pgp-keys=keybase:%s,keybase:%s,keybase:%s -root-token-pgp-key=keybase:%s\n" % tuple(r.sample(PEOPLE, 4))
    for i in range(3):
        t += "Unseal Key %d: wcFMA%s\n" % (i + 1, b64(rb(r, 280)))
    t += "\nInitial Root Token: wcFMA%s\n" % b64(rb(r, 280))
    return "docs/vault/init-%s.log" % date(r), t


@neg("vault", "k8s_auth_ca")
def n_v_k8s_auth(r):
    t = ('resource "vault_kubernetes_auth_backend_config" "this" {\n  backend            = vault_auth_backend.kubernetes.path\n'
         '  kubernetes_host    = "https://%s.gr7.%s.eks.amazonaws.com"\n  kubernetes_ca_cert = <<EOT\n%sEOT\n'
         '  disable_iss_validation = true\n}\n') % (rs(r, HEX.upper(), 32), region(r), pem_wrap("CERTIFICATE", der_cert(r, 800)))
    return "terraform/vault/k8s-auth.tf", t


@neg("vault", "pki_serials")
def n_v_pki(r):
    t = "".join("%s issued cn=%s.%s.svc serial=%s ttl=72h\n" % (ts(r), svc(r), env(r), ":".join(rs(r, HEX, 2) for _ in range(20)))
                for _ in range(5))
    return "logs/pki-issuance.log", t


@neg("vault", "helm_awskms_seal")
def n_v_helm_kms(r):
    t = ('server:\n  ha:\n    enabled: true\n    replicas: 3\n    raft:\n      enabled: true\n      config: |\n'
         '        ui = true\n        listener "tcp" {\n          address = "[::]:8200"\n          tls_disable = 1\n        }\n'
         '        seal "awskms" {\n          region     = "%s"\n          kms_key_id = "%s"\n        }\n'
         '        storage "raft" {\n          path = "/vault/data"\n        }\n  serviceAccount:\n    annotations:\n'
         '      eks.amazonaws.com/role-arn: arn:aws:iam::%s:role/vault-unseal\n') % (region(r), uuid4(r), acct(r))
    return "helm/vault/values.yaml", t


@neg("vault", "jwt_oidc_workflow")
def n_v_gha_jwt(r):
    t = gha_head(r, "Deploy", "push").replace("contents: read", "contents: read\n  id-token: write")
    t += ("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: hashicorp/vault-action@v3\n"
          "        with:\n          url: %s\n          method: jwt\n          role: gha-%s\n          secrets: |\n"
          "            secret/data/ci/%s token | DEPLOY_TOKEN ;\n            secret/data/ci/aws access_key | AWS_ACCESS_KEY_ID\n"
          "      - run: ./deploy.sh\n") % (vault_addr(r), svc(r), svc(r))
    return ".github/workflows/deploy.yml", t


@neg("vault", "lease_log")
def n_v_applog(r):
    t = ""
    for _ in range(6):
        t += "%s INFO  secrets: fetched path=secret/data/%s/config version=%d request_id=%s lease_id=database/creds/app/%s ttl=%ds\n" % (
            ts(r), svc(r), r.randrange(1, 9), uuid4(r), rs(r, B62, 24), r.choice([300, 3600]))
    return "logs/app-%s.log" % date(r), t


@neg("vault", "oidc_jwks")
def n_v_jwks(r):
    keys = [{"use": "sig", "kty": "RSA", "kid": uuid4(r), "alg": "RS256", "n": b64u(rb(r, 256)), "e": "AQAB"} for _ in range(2)]
    return "fixtures/vault-oidc-keys.json", json.dumps({"keys": keys}, indent=2) + "\n"


@neg("vault", "ssh_ca_public")
def n_v_sshca(r):
    return r.choice(["ansible/files/trusted-user-ca-keys.pem", "packer/files/vault-ssh-ca.pub"]), \
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQ%s vault-ssh-ca\n" % b64(rb(r, 512)).rstrip("=")


@neg("vault", "pgp_public_key")
def n_v_pgp(r):
    body = b64(rb(r, 800))
    return "keys/%s.asc" % r.choice(PEOPLE), "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINB%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n" % (
        "\n".join(body[i:i + 64] for i in range(0, len(body), 64)), rs(r, B64, 4))


@neg("doppler", "project_setup")
def n_dp_setup(r):
    t = "setup:\n  - project: %s\n    config: dev_personal\n  - project: %s\n    config: dev\n    path: services/worker/\n" % (svc(r), svc(r))
    return "doppler.yaml", t


@neg("doppler", "masked_download")
def n_dp_md(r):
    t = ("# Doppler\n\n```\n$ doppler secrets --only-names\n┌──────────────────┐\n│ NAME             │\n├──────────────────┤\n"
         "│ DATABASE_URL     │\n│ DOPPLER_CONFIG   │\n│ DOPPLER_PROJECT  │\n│ STRIPE_KEY       │\n└──────────────────┘\n```\n\n"
         "Project `%s`, configs `dev`, `stg`, `prd`. Service tokens are created per config and stored in the CI secret store.\n") % svc(r)
    return "docs/doppler.md", t


@neg("doppler", "token_listing")
def n_dp_tokens(r):
    d = {"tokens": [{"name": n, "slug": uuid4(r), "created_at": ts(r), "config": c, "environment": c.split("_")[0],
                     "project": svc(r), "expires_at": None, "access": "read"} for n, c in [("ci", "prd"), ("worker", "prd_eu")]],
         "success": True}
    return "fixtures/doppler/service-tokens.json", json.dumps(d, indent=2) + "\n"


@neg("infisical", "project_file")
def n_inf_json(r):
    return ".infisical.json", json.dumps({"workspaceId": uuid4(r), "defaultEnvironment": "dev", "gitBranchToEnvironmentMapping": None}, indent=4) + "\n"


@neg("infisical", "machine_identity_ids")
def n_inf_tf(r):
    t = ('resource "infisical_identity_universal_auth" "ci" {\n  identity_id = "%s"\n  access_token_ttl = 3600\n'
         '  client_secret_trusted_ips = [{ ip_address = "0.0.0.0/0" }]\n}\n\nresource "infisical_identity_universal_auth_client_secret" "ci" {\n'
         '  identity_id = infisical_identity_universal_auth.ci.identity_id\n  description = "ci runners"\n}\n') % uuid4(r)
    return "terraform/infisical/identity.tf", t


@neg("akeyless", "item_list")
def n_akl_items(r):
    d = {"items": [{"item_name": "/%s/%s/%s" % (env(r), svc(r), n), "item_id": r.randrange(10 ** 8, 10 ** 9), "item_type": t,
                    "last_version": r.randrange(1, 9)} for n, t in [("db-password", "STATIC_SECRET"), ("api-key", "STATIC_SECRET"),
                                                                    ("mysql", "DYNAMIC_SECRET")]],
         "next_page": ""}
    return "fixtures/akeyless/list-items.json", json.dumps(d, indent=2) + "\n"


@neg("akeyless", "gateway_existing_secret")
def n_akl_helm(r):
    t = "akeylessUserAuth:\n  adminAccessId: %s\n  adminAccessKeyExistingSecret: akeyless-admin-key\n  clusterName: %s\n" % (akl_id(r), org(r))
    return "helm/akeyless/values.%s.yaml" % env(r), t


@neg("conjur", "policy")
def n_cj_policy(r):
    s = svc(r)
    t = ("- !policy\n  id: %s\n  body:\n    - !host\n      id: %s-01\n      annotations:\n        authn-k8s/namespace: %s\n"
         "    - !variable db/password\n    - !variable db/username\n    - !permit\n      role: !host %s-01\n"
         "      privileges: [read, execute]\n      resource: !variable db/password\n") % (s, s, env(r), s)
    return "policy/%s.yml" % s, t


@neg("conjur", "conjurrc")
def n_cj_rc(r):
    o = org(r)
    t = ("---\naccount: %s\nappliance_url: https://conjur.%s.internal\ncert_file: /etc/conjur-%s.pem\n"
         "# SHA1 fingerprint %s\n") % (o, o, o, ":".join(rs(r, HEX.upper(), 2) for _ in range(20)))
    return "deploy/conjur/.conjurrc", t


@neg("keeper", "notation_refs")
def n_kp_refs(r):
    t = "".join("%s: keeper://%s/field/%s\n" % (k, rs(r, B64U, 22), f) for k, f in [
        ("db_password", "password"), ("db_user", "login"), ("api_token", "password"), ("tls_cert", "file/cert.pem")])
    return "config/keeper-refs.yaml", t


@neg("keeper", "action_refs")
def n_kp_gha(r):
    t = gha_head(r, "Deploy", "push")
    t += ("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: Keeper-Security/ksm-action@master\n"
          "        with:\n          keeper-secret-config: ${{ secrets.KSM_CONFIG }}\n          secrets: |\n"
          "            %s/field/password > env:DB_PASSWORD\n            %s/file/service-account.json > file:/tmp/sa.json\n") % (
        rs(r, B64U, 22), rs(r, B64U, 22))
    return ".github/workflows/deploy.yml", t


@neg("aws", "describe_secret")
def n_aws_describe(r):
    a = acct(r)
    n = "%s/%s/db" % (env(r), svc(r))
    d = {"ARN": "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (region(r), a, n, rs(r, B62, 6)), "Name": n,
         "KmsKeyId": "arn:aws:kms:%s:%s:key/%s" % (region(r), a, uuid4(r)), "RotationEnabled": True,
         "VersionIdsToStages": {uuid4(r): ["AWSCURRENT"], uuid4(r): ["AWSPREVIOUS"]}, "LastChangedDate": ts(r)}
    return "docs/aws/describe-secret.json", json.dumps(d, indent=2) + "\n"


@neg("aws", "iam_policy")
def n_aws_policy(r):
    a = acct(r)
    d = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                                                 "Resource": "arn:aws:secretsmanager:%s:%s:secret:%s/*" % (region(r), a, env(r))},
                                                {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:%s:%s:key/%s" % (region(r), a, uuid4(r))}]}
    return "iam/policies/secrets-read.json", json.dumps(d, indent=2) + "\n"


@neg("aws", "tf_random_password")
def n_aws_tf(r):
    t = ('resource "random_password" "db" {\n  length  = 32\n  special = true\n}\n\nresource "aws_secretsmanager_secret" "db" {\n'
         '  name       = "%s/db"\n  kms_key_id = aws_kms_key.secrets.arn\n}\n\nresource "aws_secretsmanager_secret_version" "db" {\n'
         '  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = jsonencode({ username = "app", password = random_password.db.result })\n}\n') % env(r)
    return "terraform/aws/secrets.tf", t


@neg("aws", "cfn_dynamic_ref")
def n_aws_cfn(r):
    t = ("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n"
         "      Engine: postgres\n      DBInstanceClass: db.t4g.medium\n      AllocatedStorage: '50'\n"
         "      MasterUsername: '{{resolve:secretsmanager:%s/db:SecretString:username}}'\n"
         "      MasterUserPassword: '{{resolve:secretsmanager:%s/db:SecretString:password}}'\n") % (env(r), env(r))
    return "cloudformation/database.yaml", t


@neg("azure", "kv_reference")
def n_az_ref(r):
    o = org(r)
    t = "".join("%s=@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/%s)\n" % (k, o, n, rs(r, HEX, 32))
                for k, n in [("DB_PASSWORD", "db-password"), ("CLIENT_SECRET", "api-client-secret"), ("VAULT_TOKEN", "vault-token")])
    return "deploy/azure/appsettings.txt", t


@neg("azure", "secret_list")
def n_az_list(r):
    o = org(r)
    d = [{"id": "https://kv-%s.vault.azure.net/secrets/%s" % (o, n), "attributes": {"enabled": True, "created": ts(r), "updated": ts(r),
          "recoveryLevel": "Recoverable+Purgeable"}, "contentType": None, "managed": None, "tags": {"owner": r.choice(PEOPLE)}}
         for n in ("db-password", "sp-client-secret", "storage-key")]
    return "docs/azure/kv-secret-list.json", json.dumps(d, indent=2) + "\n"


@neg("azure", "bicep_getsecret")
def n_az_bicep(r):
    t = ("param location string = resourceGroup().location\nparam tenantId string = '%s'\n\nresource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n"
         "  name: 'kv-%s'\n}\n\nmodule sql './sql.bicep' = {\n  name: 'sql'\n  params: {\n    location: location\n"
         "    adminPassword: kv.getSecret('sql-admin-password')\n  }\n}\n") % (uuid4(r), org(r))
    return "infra/main.bicep", t


@neg("gcp", "secret_versions")
def n_gcp_versions(r):
    t = "$ gcloud secrets versions list db-password --project=%s-prod\nNAME  STATE     CREATED              DESTROYED\n" % org(r)
    for i in range(3, 0, -1):
        t += "%d     %s   %s  -\n" % (i, "enabled " if i == 3 else "disabled", ts(r)[:19])
    t += "\n# resource: projects/%s/secrets/db-password/versions/latest\n" % rs(r, DIG, 12)
    return "docs/gcp/secret-versions.txt", t


@neg("gcp", "wif_credential_config")
def n_gcp_wif(r):
    pn = rs(r, DIG, 12)
    d = {"type": "external_account", "audience": "//iam.googleapis.com/projects/%s/locations/global/workloadIdentityPools/github/providers/%s" % (pn, org(r)),
         "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
         "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/deployer@%s-prod.iam.gserviceaccount.com:generateAccessToken" % org(r),
         "credential_source": {"file": "/var/run/secrets/tokens/gcp-token", "format": {"type": "text"}}}
    return "deploy/gcp/credential-config.json", json.dumps(d, indent=2) + "\n"


@neg("gcp", "tf_secret_iam")
def n_gcp_tf(r):
    t = ('resource "google_secret_manager_secret" "db" {\n  secret_id = "db-password"\n  replication {\n    auto {}\n  }\n}\n\n'
         'resource "google_secret_manager_secret_iam_member" "reader" {\n  secret_id = google_secret_manager_secret.db.id\n'
         '  role      = "roles/secretmanager.secretAccessor"\n  member    = "serviceAccount:eso@%s-prod.iam.gserviceaccount.com"\n}\n') % org(r)
    return "terraform/gcp/secrets.tf", t


@neg("gcp", "sa_public_cert")
def n_gcp_certs(r):
    d = {rs(r, HEX, 40): pem_wrap("CERTIFICATE", der_cert(r, 700)) for _ in range(2)}
    return "fixtures/gcp/robot-x509.json", json.dumps(d, indent=2) + "\n"


@neg("generic", "terraform_lock")
def n_tf_lock(r):
    t = "# This file is maintained automatically by \"terraform init\".\n\n"
    for p, v in [("hashicorp/vault", "3.%d.0" % r.randrange(15, 25)), ("hashicorp/aws", "5.%d.0" % r.randrange(10, 60))]:
        t += 'provider "registry.terraform.io/%s" {\n  version = "%s"\n  hashes = [\n    "h1:%s",\n' % (p, v, b64(rb(r, 32)))
        t += "".join('    "zh:%s",\n' % rs(r, HEX, 64) for _ in range(4)) + "  ]\n}\n\n"
    return ".terraform.lock.hcl", t


@neg("generic", "go_sum")
def n_go_sum(r):
    t = ""
    for m, v in [("github.com/hashicorp/vault/api", "v1.%d.0" % r.randrange(9, 15)), ("github.com/1Password/connect-sdk-go", "v1.5.3"),
                 ("github.com/aws/aws-sdk-go-v2/service/secretsmanager", "v1.%d.%d" % (r.randrange(20, 35), r.randrange(9)))]:
        t += "%s %s h1:%s\n%s %s/go.mod h1:%s\n" % (m, v, b64(rb(r, 32)), m, v, b64(rb(r, 32)))
    return "go.sum", t


@neg("generic", "npm_integrity")
def n_npm_lock(r):
    d = {"name": svc(r), "lockfileVersion": 3, "packages": {
        "node_modules/" + p: {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (p, p.split("/")[-1], v),
                              "integrity": "sha512-" + b64(rb(r, 64))} for p, v in [("@1password/sdk", "0.1.%d" % r.randrange(9)),
                                                                                    ("node-vault", "0.10.2"), ("@infisical/sdk", "3.0.%d" % r.randrange(5))]}}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@neg("generic", "chart_lock")
def n_chart_lock(r):
    t = ("dependencies:\n- name: vault\n  repository: https://helm.releases.hashicorp.com\n  version: 0.%d.0\n"
         "- name: external-secrets\n  repository: https://charts.external-secrets.io\n  version: 0.%d.%d\n"
         "digest: sha256:%s\ngenerated: \"%s\"\n") % (r.randrange(25, 29), r.randrange(9, 12), r.randrange(9), rs(r, HEX, 64), ts(r))
    return "charts/platform/Chart.lock", t


@neg("generic", "image_digest")
def n_image_digest(r):
    t = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: op-connect\nspec:\n  replicas: 1\n  template:\n    spec:\n"
         "      containers:\n        - name: connect-api\n          image: 1password/connect-api@sha256:%s\n"
         "        - name: connect-sync\n          image: 1password/connect-sync@sha256:%s\n") % (rs(r, HEX, 64), rs(r, HEX, 64))
    return "k8s/op-connect/deployment.yaml", t


@neg("generic", "changelog_shas")
def n_changelog(r):
    t = "# Changelog\n\n"
    for i in range(3):
        t += "## v2.%d.0 (%s)\n\n" % (9 - i, date(r))
        for msg in r.sample(["rotate vault approle secret_id via cron", "move doppler token to CI secret store",
                             "switch ESO to ClusterSecretStore", "drop legacy s. token support", "add sops age recipient for erin",
                             "redact tokens in debug logs"], 2):
            t += "- %s ([%s](https://github.com/%s/platform/commit/%s))\n" % (msg, rs(r, HEX, 7), org(r), rs(r, HEX, 40))
        t += "\n"
    return "CHANGELOG.md", t


@neg("generic", "checksums")
def n_checksums(r):
    t = "".join("%s  %s\n" % (rs(r, HEX, 64), f) for f in ["vault_1.15.%d_linux_amd64.zip" % r.randrange(6), "bws-x86_64-unknown-linux-gnu-0.%d.0.zip" % r.randrange(3, 6),
                                                            "age-v1.%d.1-linux-amd64.tar.gz" % r.randrange(1, 3), "sops-v3.8.1.linux.amd64"])
    return "tools/SHA256SUMS", t


@neg("generic", "ssh_public_keys")
def n_authorized(r):
    t = "".join("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s\n" % (b64(rb(r, 32))[:43], p, org(r)) for p in r.sample(PEOPLE, 3))
    return "ansible/files/authorized_keys", t


@neg("generic", "rotation_inventory_csv")
def n_csv(r):
    t = "name,provider,path,owner,last_rotated,rotation_days\n"
    for n, p, pa in [("vault-root", "vault", "sys/generate-root"), ("doppler-ci", "doppler", "%s/prd" % svc(r)),
                     ("op-connect", "1password", "op://Infra/connect/token"), ("eso-aws", "aws", "iam/eso-reader"),
                     ("sops-age", "age", "secrets/age/keys.txt")]:
        t += "%s,%s,%s,%s,%s,%d\n" % (n, p, pa, r.choice(PEOPLE), date(r), r.choice([30, 90, 180]))
    return "docs/secret-rotation.csv", t


@neg("generic", "bcrypt_hashes_sql")
def n_sql(r):
    t = ("CREATE TABLE api_clients (\n  id UUID PRIMARY KEY,\n  name TEXT NOT NULL,\n  key_prefix CHAR(8) NOT NULL,\n"
         "  key_hash TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n\nINSERT INTO api_clients (id, name, key_prefix, key_hash) VALUES\n")
    rows = ["  ('%s', '%s', '%s', '$2b$12$%s')" % (uuid4(r), svc(r), rs(r, LO + DIG, 8), rs(r, B62 + "./", 53)) for _ in range(3)]
    return "db/migrations/0%d_api_clients.sql" % r.randrange(10, 99), t + ",\n".join(rows) + ";\n"


@neg("generic", "k8s_ca_secret")
def n_ca_secret(r):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: vault-ca\n  namespace: %s\ntype: Opaque\ndata:\n  ca.crt: %s\n") % (
        env(r), b64(pem_wrap("CERTIFICATE", der_cert(r, 900)).encode()))
    return "k8s/vault/ca-secret.yaml", t


@neg("generic", "configmap_b64")
def n_cm_b64(r):
    cfg = json.dumps({"vault_addr": vault_addr(r), "kv_mount": "secret", "roles": [svc(r), svc(r)], "retry": 3}).encode()
    t = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-bootstrap\nbinaryData:\n  config.json: %s\n" % (svc(r), b64(cfg))
    return "k8s/%s/configmap.yaml" % svc(r), t


@neg("generic", "k8s_serviceaccount")
def n_sa(r):
    s = svc(r)
    t = ("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: %s\n  annotations:\n    vault.hashicorp.com/role: %s\n---\n"
         "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\nspec:\n  template:\n    metadata:\n      annotations:\n"
         "        vault.hashicorp.com/agent-inject: \"true\"\n        vault.hashicorp.com/agent-inject-secret-db: database/creds/%s\n"
         "    spec:\n      serviceAccountName: %s\n      containers:\n        - name: app\n          image: ghcr.io/%s/%s:%s\n") % (
        s, s, s, s, s, org(r), s, rs(r, HEX, 7))
    return "k8s/%s/deployment.yaml" % s, t


@neg("generic", "request_ids_log")
def n_reqlog(r):
    t = "".join('%s level=info msg="secret fetched" provider=%s key=%s request_id=%s trace_id=%s duration_ms=%d\n' % (
        ts(r), r.choice(["aws", "gcp", "vault", "doppler"]), r.choice(["db-password", "api-token"]), uuid4(r), rs(r, HEX, 32), r.randrange(5, 300))
        for _ in range(6))
    return "logs/secrets-fetch.log", t


@neg("generic", "git_sha_pins")
def n_gha_pins(r):
    t = gha_head(r, "Lint", "push")
    t += "jobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n"
    for a in ["actions/checkout", "1password/load-secrets-action", "hashicorp/setup-terraform", "dopplerhq/cli-action"]:
        t += "      - uses: %s@%s # v%d\n" % (a, rs(r, HEX, 40), r.randrange(1, 5))
    return ".github/workflows/lint.yml", t


@neg("generic", "uuid_inventory")
def n_uuid_yaml(r):
    t = "# infisical / bitwarden / akeyless object ids (not secrets)\nprojects:\n"
    for s in r.sample(SVCS, 4):
        t += "  %s:\n    infisical_project_id: %s\n    bws_project_id: %s\n    akeyless_access_id: %s\n" % (s, uuid4(r), uuid4(r), akl_id(r))
    return "config/secret-backends.yaml", t


@neg("generic", "env_example")
def n_env_example(r):
    t = ("# copy to .env and fill in\nVAULT_ADDR=%s\nVAULT_TOKEN=\nDOPPLER_TOKEN=\nOP_SERVICE_ACCOUNT_TOKEN=\nBWS_ACCESS_TOKEN=\n"
         "SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt\nAWS_REGION=%s\n") % (vault_addr(r), region(r))
    return r.choice([".env.example", ".env.sample", "config/.env.template"]), t


# ================================================================ driver
BLOCKED_ENV = (".env", ".env.local", ".env.production", ".env.development", ".env.staging", ".env.test",
               ".env.prod", ".env.dev")
EXT_MAP = {"yml": "yaml", "yaml": "yaml", "json": "json", "tf": "tf", "tfvars": "hcl", "hcl": "hcl", "py": "py",
           "ts": "ts", "js": "js", "go": "go", "sh": "sh", "md": "md", "log": "log", "txt": "txt",
           "properties": "properties", "ps1": "ps1", "key": "pem", "pem": "pem", "pub": "pub", "asc": "asc",
           "csv": "csv", "sql": "sql", "bicep": "bicep", "identity": "netrc", "agekey": "txt", "age": "age",
           "tpl": "env", "op": "env", "example": "env", "sample": "env", "template": "env", "ids": "txt",
           "lock": "yaml", "sum": "gosum", "conjurrc": "yaml"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base.startswith(".env"):
        return "env"
    if base in ("credentials",):
        return "ini"
    if base in (".netrc", ".vault-token", "role-id", "authorized_keys", "SHA256SUMS", ".age-recipients",
                "vault-role-id"):
        return "text"
    if base == ".terraform.lock.hcl":
        return "hcl"
    if "." in base.lstrip("."):
        return EXT_MAP.get(base.rsplit(".", 1)[-1], base.rsplit(".", 1)[-1])
    return "text"


def neg_path_ok(path):
    base = path.rsplit("/", 1)[-1]
    if base in BLOCKED_ENV:
        return False
    return not base.startswith(".env") or base in (".env.example", ".env.sample", ".env.template", ".env.dist")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def needle_line(text, needle):
    assert needle and "\n" not in needle, repr(needle[:40])
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1]
    return line


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hh.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) >= 60
    manifest, secrets = [], []

    def cycle(n, k):
        out = []
        while len(out) < n:
            idx = list(range(k))
            r.shuffle(idx)
            out.extend(idx)
        return out[:n]

    env_count = 0
    seen = {}
    for i, ti in enumerate(cycle(500, len(POS))):
        fn, provider, kind = POS[ti]
        for _attempt in range(20):
            S = Slot(r, True)
            rel, text = fn(r, S)
            if S.needle in seen and not S.needle.startswith("-----BEGIN"):
                continue
            break
        if not text.endswith("\n"):
            text += "\n"
        if not neg_path_ok(rel):
            env_count += 1
        line = needle_line(text, S.needle)
        seen[S.needle] = True
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        # re-read to make sure the file on disk holds the needle on that line
        with open(os.path.join(outdir, frel), encoding="utf-8", newline="") as f:
            assert S.needle in f.read().split("\n")[line - 1]
        manifest.append({"file": frel, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": S.needle, "line": line})
    assert env_count <= 25, env_count

    jobs = [("reuse", t) for t in cycle(250, len(POS))] + [("look", t) for t in cycle(250, len(NEG))]
    r.shuffle(jobs)
    for i, (mode, ti) in enumerate(jobs):
        if mode == "reuse":
            fn, provider, _k = POS[ti]
            S = Slot(r, False)
            rel, text = fn(r, S)
            assert S.filler is not None and S.needle is None
            kind = "not-secret:" + S.filler
            if not neg_path_ok(rel):
                rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        else:
            fn, provider, kind = NEG[ti]
            rel, text = fn(r)
            kind = "lookalike:" + kind
        assert neg_path_ok(rel), rel
        if not text.endswith("\n"):
            text += "\n"
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
