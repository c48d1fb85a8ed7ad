#!/usr/bin/env python3
"""Blind evaluation-set generator "na": hardware-backed key storage credentials.

EMPHASIS
    PINs, SO PINs, partition / crypto-user passwords, management keys and auth
    values of hardware key storage as they show up in application and ops repos:
    PKCS#11 tokens (SoftHSM, OpenSC, p11-kit URIs with pin-value), OpenSSL
    engine/provider configs, Java SunPKCS11 / keytool / jarsigner / apksigner /
    Tomcat, AWS CloudHSM (HSM_USER/HSM_PASSWORD, CLOUDHSM_PIN, loginHSM,
    cloudhsm-cli), Thales Luna (lunacm, LunaSlotManager), Entrust nShield
    softcards, Utimaco p11tool2, YubiKey PIV (ykman / yubico-piv-tool management
    key, PIN, PUK), OpenPGP card admin PIN, FIDO2 PIN, YubiHSM 2 auth-key
    passwords, TPM 2.0 owner/endorsement/lockout auth (tpm2-tools, tpm2-pkcs11,
    tpm2-pytss), Vault/OpenBao seal "pkcs11", EJBCA crypto tokens, SignServer
    workers, jsign / osslsigncode / signtool-eToken code signing, Hyperledger
    Fabric BCCSP PKCS11, strongSwan tokens, OpenDNSSEC / Knot / PowerDNS HSM
    keystores, smallstep step-ca and cosign PKCS#11 URIs, Azure Managed HSM
    service-principal secrets, Google Cloud HSM service-account keys.
    File types: HCL, YAML (k8s, Helm, Ansible, GitHub/GitLab CI, docker compose),
    shell, Dockerfile, Makefile, OpenSSL .cnf, Java .cfg/.properties/.java/pom.xml/
    build.gradle, Python, Go, Rust, C, JavaScript, C#, PowerShell, systemd units,
    XML, JSON, Markdown READMEs, Terraform.

USAGE
    python3 -B gen_na.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED.

NEEDLE CONVENTIONS
    * The secret value without quotes.
    * CloudHSM PKCS#11 / CLOUDHSM_PIN style "user:password": the password only.
    * TPM2 auth written as hex:ABCD... or str:xyz: the value after the "hex:" /
      "str:" marker (the marker is tpm2-tools syntax, not part of the secret).
    * signtool eToken "/kc [{{PIN}}]=container": the PIN between the braces.
    * YubiHSM 2 PKCS#11 PIN ("0002" auth-key id + password): the whole PIN string
      as written (it is what a user pastes).
    * Management keys: the hex string; Azure client secret: the whole secret.
    * PEM private key (GCP service account JSON): first base64 line of the body
      (as it appears in the JSON string, i.e. the text after the escaped \\n).
    * Line = 1-based line of the first occurrence of the needle.

NEGATIVES
    Half re-use the positive templates with the secret slot holding: vendor
    defaults published in docs (YubiKey PIV PIN 123456 / PUK 12345678 /
    management key 010203040506070801020304050607080102030405060708, OpenPGP
    admin PIN 12345678, SoftHSM doc PINs 1234/0000, Vault doc example
    AAAA-BBBB-CCCC-DDDD, YubiHSM default auth key password "password", Java
    "changeit"/"NONE"), placeholders (English, German, Spanish, French),
    masked values, empty values, environment / secret-manager references
    ($ENV::X for OpenSSL, ${{ secrets.X }}, {{ ansible_var }}, os.environ, ...).
    The other half are domain look-alikes: softhsm2.conf, Chrystoki.conf,
    pkcs11-tool / ykman / gpg --card-status / yubihsm / nfkminfo outputs with
    serials, CKA_ID hex, fingerprints; public certificates and public keys,
    ssh-sk public keys, TPM PCR digests, EK/AK names, DNSSEC DS digests,
    OpenDNSSEC key locators, CloudHSM cluster/HSM ids, FIDO AAGUIDs and
    credential ids, wrapped-key ciphertext, cosign signatures, package sha256
    checksums, PIN-policy settings, pin-source=file: references.

FORMATS CHECKED
    * Vault seal "pkcs11" keys (lib, slot, pin, key_label, hmac_key_label) and
      the documented example pin AAAA-BBBB-CCCC-DDDD: developer.hashicorp.com
      vault/docs/configuration/seal/pkcs11.
    * AWS CloudHSM JCE env vars HSM_USER / HSM_PASSWORD and CLOUDHSM_ROLE /
      CLOUDHSM_PIN=user:password, cloudhsm-cli user create --role crypto-user:
      docs.aws.amazon.com cloudhsm userguide (keystore prerequisites) and
      docs.keyfactor.com (create a CloudHSM crypto user).
    * YubiKey PIV defaults (PIN 123456, PUK 12345678, mgmt key 0102030405060708
      x3) and ykman piv access options (-m/--management-key,
      -n/--new-management-key, -P/--pin): docs.yubico.com, fig.io ykman manual.
    * pkcs11-provider option pkcs11-module-token-pin, engine section
      MODULE_PATH / PIN: manpages provider-pkcs11(7), OpenSSL engine configs.
    * jsign --storetype PKCS11 --storepass, jarsigner/keytool -storetype
      PKCS11 -providerArg: DigiCert and Keyfactor Signum docs.
    * Others (RFC 7512 pin-value, tpm2-tools hex:/str: auth syntax, Azure AD
      client secret shape with "Q~" at offset 3, YubiHSM PIN = 4-hex key id +
      password) from own knowledge of the public docs.

DOUBTS
    * Fortanix DSM API keys: modelled as base64("<app uuid>:<64-char base64url
      secret>"); secret length guessed.
    * Azure client secrets: 40 chars, 3 alnum + digit + "Q~" + 34 of
      [A-Za-z0-9_.~-]; exact position of the digit guessed.
    * Utimaco p11tool2 "Login=USER,<pin>" and PowerDNS "pdnsutil hsm assign"
      argument order written from memory.
    * Numeric PINs (7-10 digits) are real secrets by the brief but are hard for
      any scanner; about a third of PIN positives are numeric.
"""
import base64
import hashlib
import json
import os
import random
import sys
import textwrap
import uuid

N_POS = 500
N_NEG = 500

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
HEXL = "0123456789abcdef"
AN = UP + LO + DI
B64 = UP + LO + DI + "+/"

WORDS = ["Falke", "Tresor", "Kestrel", "Boveda", "Llave", "Granit", "Nordlicht",
         "Halcon", "Orchid", "Basalt", "Zephyr", "Quasar", "Ember", "Cobalt",
         "Glacier", "Maple", "Otter", "Pelican", "Saffron", "Tundra", "Vortex",
         "Walnut", "Sierra", "Coyote", "Raven", "Jaguar", "Kiefer", "Sonne",
         "Schluessel", "Clavier", "Etoile", "Montagne", "Viento", "Relampago",
         "Lighthouse", "Harbor", "Bastion", "Citadel", "Meridian", "Obsidian"]

DEFAULT_NUMS = {"1234", "0000", "123456", "12345678", "87654321", "654321",
                "11111111", "00000000", "1234567890", "0123456789"}

SYM = {"uri": "-._~", "sh": "-_.@%+=^", "cnf": "-_.@%+=^!*~",
       "default": "!@%^*-_.+=~"}


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    s = rs(rng, HEXL, n)
    return s.upper() if upper else s


def num_pin(rng, lo=7, hi=10):
    while True:
        n = rng.randint(lo, hi)
        s = rng.choice("123456789") + rs(rng, DI, n - 1)
        if s in DEFAULT_NUMS:
            continue
        if len(set(s)) < 4:
            continue
        asc = all(int(s[i + 1]) - int(s[i]) == 1 for i in range(len(s) - 1))
        desc = all(int(s[i]) - int(s[i + 1]) == 1 for i in range(len(s) - 1))
        if asc or desc:
            continue
        return s


def _ok_mix(s):
    return any(c in UP for c in s) and any(c in LO for c in s) and any(c in DI for c in s)


def password(rng, style="default", lo=12, hi=24):
    syms = SYM.get(style, SYM["default"])
    mode = rng.random()
    while True:
        if mode < 0.4:
            n = rng.randint(lo, hi)
            s = list(rs(rng, AN, n))
            for _ in range(rng.randint(1, 3)):
                s[rng.randint(1, n - 1)] = rng.choice(syms)
            s = "".join(s)
        elif mode < 0.7:
            w1 = rng.choice(WORDS)
            w2 = rng.choice(WORDS).lower()
            s = w1 + rs(rng, DI, rng.randint(2, 4)) + rng.choice(syms) + w2 + rs(rng, DI, rng.randint(1, 3))
        else:
            s = rs(rng, AN, rng.randint(max(lo, 16), max(hi, 28)))
        if s[0] not in AN or not _ok_mix(s):
            continue
        return s


def alnum_pin(rng, lo=8, hi=14):
    while True:
        s = rs(rng, AN, rng.randint(lo, hi))
        if _ok_mix(s):
            return s


def pin(rng, style="default"):
    r = rng.random()
    if r < 0.35:
        return num_pin(rng)
    if r < 0.7:
        return alnum_pin(rng)
    return password(rng, style, 10, 20)


def piv_pin(rng):
    # PIV PIN: 6-8 characters
    if rng.random() < 0.5:
        return num_pin(rng, 7, 8)
    return alnum_pin(rng, 8, 8)


def mgmt_key(rng):
    n = rng.choice([48, 48, 48, 32, 64])
    while True:
        k = hexs(rng, n, upper=rng.random() < 0.3)
        if not k.lower().startswith("0102030405"):
            return k


def azure_secret(rng):
    tail = UP + LO + DI + "_.~-"
    return rs(rng, AN, 3) + rng.choice(DI) + "Q~" + rs(rng, tail, 34)


def fortanix_key(rng):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    sec = rs(rng, AN + "-_", 64)
    return base64.b64encode((u + ":" + sec).encode()).decode()


def guid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64_body(rng, prefix, nbytes_lines, width=64):
    """Random base64 text starting with a fixed DER prefix, split in lines."""
    total = prefix + rs(rng, B64, nbytes_lines * width - len(prefix))
    return [total[i:i + width] for i in range(0, len(total), width)]


def pem_private_lines(rng):
    return b64_body(rng, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 25)


def cert_lines(rng):
    lines = b64_body(rng, "MIID" + rng.choice("BCDEFGHIJ") + "zCCA", 18)
    lines[-1] = lines[-1][:rng.randint(20, 60)]
    pad = (4 - len(lines[-1]) % 4) % 4
    lines[-1] += "=" * pad
    return lines


def pub_ec_lines(rng):
    body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(rng, B64, 84) + "=="
    return [body[i:i + 64] for i in range(0, len(body), 64)]


# --------------------------------------------------------------------------
# companions
# --------------------------------------------------------------------------
SOFTHSM_LIBS = ["/usr/lib/softhsm/libsofthsm2.so",
                "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                "/usr/local/lib/softhsm/libsofthsm2.so",
                "/usr/lib64/pkcs11/libsofthsm2.so"]
OPENSC_LIBS = ["/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
               "/usr/lib64/opensc-pkcs11.so", "/usr/local/lib/opensc-pkcs11.so"]
LUNA_LIB = "/usr/safenet/lunaclient/lib/libCryptoki2_64.so"
CLOUDHSM_LIB = "/opt/cloudhsm/lib/libcloudhsm_pkcs11.so"
NSHIELD_LIB = "/opt/nfast/toolkits/pkcs11/libcknfast.so"
UTIMACO_LIB = "/opt/utimaco/lib/libcs_pkcs11_R3.so"
YKCS11_LIB = "/usr/lib/x86_64-linux-gnu/libykcs11.so"
TPM2_LIB = "/usr/lib/x86_64-linux-gnu/pkcs11/libtpm2_pkcs11.so"
YUBIHSM_LIB = "/usr/lib/x86_64-linux-gnu/pkcs11/yubihsm_pkcs11.so"
ANY_LIBS = SOFTHSM_LIBS + OPENSC_LIBS + [LUNA_LIB, CLOUDHSM_LIB, NSHIELD_LIB, UTIMACO_LIB]

TEAMS = ["payments", "pki", "platform", "signing", "identity", "ledger", "ops",
         "sre", "security", "release", "firmware", "iot", "ca", "edge"]
ENVS = ["prod", "staging", "dev", "qa", "dr", "eu1", "us-east"]
REGIONS = ["us-east-1", "eu-central-1", "eu-west-1", "ap-southeast-2", "us-west-2"]
USERS = ["cu_app", "svc_signer", "crypto_user1", "appuser", "kms_cu", "ca_issuer",
         "jenkins_cu", "tls_offload", "cu-payments", "signsvc"]


def label(rng):
    return rng.choice(["vault-hsm-key", "signing-key", "ca-root", "tls-key",
                       "codesign", "dnssec-ksk", "issuing-ca", "fw-signing",
                       "pkcs11-token", "jwt-signer", "mtls-client", "hsm-kek",
                       "MyToken", "token0", "SignToken", "ci-token",
                       "ejbca-mgmt", "Zertifikat", "firma-digital"]) + rng.choice(["", "-" + rng.choice(ENVS), "-" + str(rng.randint(1, 9))])


def host(rng):
    return rng.choice(["hsm", "luna", "hsm-a", "nshield", "ca", "signer", "kms"]) + str(rng.randint(1, 4)) + "." + rng.choice(ENVS) + "." + rng.choice(["corp.example.com", "internal.acme.io", "int.contoso.net", "svc.local"])


def slot(rng):
    return rng.choice([str(rng.randint(0, 5)), str(rng.randint(100000000, 2000000000))])


def cka_id(rng):
    return hexs(rng, rng.choice([2, 4, 8, 16, 40]))


def dedent(s):
    return textwrap.dedent(s).lstrip("\n")


def fill(text, **kw):
    text = dedent(text)
    for k, v in kw.items():
        text = text.replace("@" + k + "@", str(v))
    return text


# --------------------------------------------------------------------------
# context: inserts the secret (positive) or a non-secret (negative)
# --------------------------------------------------------------------------
PLACEHOLDERS = {
    "pin": ["<your-pin>", "YOUR_PIN_HERE", "<USER_PIN>", "changeme", "CHANGEME",
            "xxxxxx", "TODO", "<PIN>", "REPLACE_ME", "<dein-PIN>", "<tu-pin>",
            "<votre-code-pin>", "insert-pin-here", "PIN_GOES_HERE"],
    "password": ["<password>", "YOUR_PASSWORD", "changeme", "<cu-password>",
                 "CHANGE_ME", "<partition-password>", "<passwort>",
                 "<contrasena>", "replace-with-real-password", "xxxxxxxx",
                 "<mot-de-passe>", "PASSWORD_HERE"],
    "hex": ["<management-key>", "<48-hex-chars>", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "<NEW_MGMT_KEY>", "<hex-auth>", "TODO"],
    "pem": ["-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----\\n", "<private-key>",
            "REPLACE_WITH_PRIVATE_KEY", "[REDACTED]"],
    "secret": ["<client-secret>", "YOUR_CLIENT_SECRET", "<api-key>", "changeme",
               "xxxxxxxxxxxxxxxxxxxx", "<secreto-del-cliente>"],
}
MASKED = ["******", "********", "[REDACTED]", "<redacted>", "****", "•••••••", "[MASKED]", "***REMOVED***"]

DEFAULTS = {
    "pin": ["1234", "0000", "123456", "12345678"],
    "so_pin": ["1234", "0000", "12345678"],
    "piv_pin": ["123456"],
    "puk": ["12345678"],
    "admin_pin": ["12345678"],
    "mgmt_key": ["010203040506070801020304050607080102030405060708"],
    "vault_pin": ["AAAA-BBBB-CCCC-DDDD"],
    "yubihsm": ["0001password", "password"],
    "keystore": ["changeit", "NONE", "none"],
    "tpm": [""],
}

ENVREF = {
    "sh": ['"$@N@"', '"${@N@}"', '"$(cat /run/secrets/@n@)"', '"${@N@:?not set}"'],
    "make": ['$(@N@)', '$${@N@}'],
    "yaml": ['"${@N@}"', '"{{ @n@ }}"', "${{ secrets.@N@ }}", '"{{ vault_@n@ }}"'],
    "ansible": ['"{{ vault_@n@ }}"', "\"{{ lookup('env', '@N@') }}\"", '"{{ @n@ }}"'],
    "ghactions": ["${{ secrets.@N@ }}", "${{ vars.@N@ }}"],
    "k8s": ['"$(@N@)"', '"${@N@}"'],
    "hcl": ['"{{ env \\"@N@\\" }}"', '"${@N@}"'],
    "tf": ['var.@n@', 'data.vault_generic_secret.hsm.data["@n@"]'],
    "cnf": ['$ENV::@N@'],
    "props": ['${@N@}', '${env:@N@}', '${@n@}'],
    "xml": ['${env.@N@}', '${@n@}'],
    "json": ['"${@N@}"', '"{{ .@N@ }}"'],
    "py": ['os.environ["@N@"]', 'os.getenv("@N@")', 'settings.@N@'],
    "java": ['System.getenv("@N@")', 'props.getProperty("@n@")', 'config.getHsmPin()'],
    "go": ['os.Getenv("@N@")', 'cfg.Pin'],
    "rs": ['std::env::var("@N@")?', 'cfg.pin.clone()'],
    "c": ['getenv("@N@")'],
    "js": ['process.env.@N@', 'config.get("hsm.pin")'],
    "cs": ['Environment.GetEnvironmentVariable("@N@")'],
    "ps1": ['$env:@N@'],
    "systemd": ['${@N@}'],
    "docker": ['${@N@}', '$@N@'],
    "md": ['"$@N@"', '<your-pin>'],
    "xmlval": ['${@n@}'],
    "uri": ['${@N@}', '$@N@'],
    "ini": ['${@N@}', '%(@n@)s'],
}

CODE_STYLES = {"py", "java", "go", "rs", "c", "js", "cs", "tf"}


class Ctx:
    def __init__(self, rng, pos, used):
        self.rng = rng
        self.pos = pos
        self.used = used
        self.needle = None
        self.kind = None
        self.negcat = None

    def s(self, kind, style, q="", name="HSM_PIN", gen=None, prefix="", wrap=None):
        """Return the token to place in the file.

        kind: value family (pin, so_pin, piv_pin, puk, admin_pin, mgmt_key,
        tpm_hex, tpm_str, password, keystore, vault_pin, yubihsm, azure,
        fortanix, cu_pin).  q: quote char for literal values.  prefix: text
        written before the literal (e.g. "hex:") which is not part of needle.
        """
        assert self.needle is None and self.negcat is None, "one secret per file"
        rng = self.rng
        self.kind = kind
        if self.pos:
            for _ in range(200):
                val, needle = self._gen(kind, style, gen)
                if needle not in self.used:
                    break
            self.used.add(needle)
            self.needle = needle
            tok = prefix + val
            return q + tok + q
        # negative
        fam = {"pin": "pin", "so_pin": "pin", "piv_pin": "pin", "puk": "pin",
               "admin_pin": "pin", "fido_pin": "pin", "vault_pin": "pin",
               "mgmt_key": "hex", "tpm_hex": "hex", "tpm_str": "password",
               "password": "password", "keystore": "password", "cu_pin": "password",
               "yubihsm": "password", "azure": "secret", "fortanix": "secret",
               "private_key": "pem"}.get(kind, "password")
        cats = ["placeholder", "masked", "envref", "envref"]
        dkey = {"pin": "pin", "so_pin": "so_pin", "piv_pin": "piv_pin", "puk": "puk",
                "admin_pin": "admin_pin", "mgmt_key": "mgmt_key", "vault_pin": "vault_pin",
                "yubihsm": "yubihsm", "keystore": "keystore", "tpm_str": "tpm",
                "tpm_hex": None, "fido_pin": None}.get(kind)
        if dkey:
            cats += ["default", "default"]
        if style not in ("sh", "make", "md", "ps1", "uri", "c", "rs", "go", "js", "cs", "java", "py", "tf"):
            cats.append("empty")
        cat = rng.choice(cats)
        self.negcat = cat
        if cat == "envref":
            opts = ENVREF.get(style) or ENVREF["props"]
            t = rng.choice(opts).replace("@N@", name).replace("@n@", name.lower())
            if style in CODE_STYLES or style in ("cnf", "make", "ghactions", "tf"):
                return t
            if t.startswith('"') and t.endswith('"'):
                inner = t[1:-1]
                if q:
                    return q + inner + q
                if style in ("sh", "md", "k8s", "yaml", "ansible", "hcl", "json"):
                    return t
                return inner
            return q + t + q
        if cat == "placeholder":
            v = rng.choice(PLACEHOLDERS[fam])
        elif cat == "masked":
            v = rng.choice(MASKED)
        elif cat == "default":
            v = rng.choice(DEFAULTS[dkey])
            self.negcat = "vendor_default"
        else:
            v = ""
        if v == "":
            if q:
                return q + q
            return '""' if style in ("sh", "make", "md", "ps1") else ""
        if style in ("sh", "make", "md", "ps1") and q == "" and any(c in v for c in "<>*[] |"):
            return "'" + v + "'"
        if prefix and not v.startswith("<"):
            v = prefix + v
        return q + v + q

    def _gen(self, kind, style, gen):
        rng = self.rng
        if gen is not None:
            return gen(rng)
        if kind in ("pin", "so_pin"):
            v = pin(rng, style)
        elif kind in ("piv_pin", "puk"):
            v = piv_pin(rng)
        elif kind == "fido_pin":
            v = alnum_pin(rng, 6, 12) if rng.random() < 0.6 else num_pin(rng, 7, 9)
        elif kind == "admin_pin":
            v = alnum_pin(rng, 8, 12) if rng.random() < 0.6 else num_pin(rng, 8, 10)
        elif kind == "mgmt_key":
            v = mgmt_key(rng)
        elif kind == "tpm_hex":
            v = hexs(rng, rng.choice([32, 40, 64]), upper=rng.random() < 0.2)
        elif kind in ("tpm_str", "password", "keystore", "vault_pin"):
            v = password(rng, style)
        elif kind == "yubihsm":
            pw = password(rng, style, 12, 20)
            v = rng.choice(["0002", "0003", "000a", "0010", "0101"]) + pw
        elif kind == "azure":
            v = azure_secret(rng)
        elif kind == "fortanix":
            v = fortanix_key(rng)
        elif kind == "cu_pin":
            raise AssertionError("use gen")
        else:
            v = password(rng, style)
        return v, v


def cmt(rng, ch, options):
    return ch + " " + rng.choice(options)


# --------------------------------------------------------------------------
# positive templates (reused for half the negatives)
# each returns (relpath, text)
# --------------------------------------------------------------------------
TEMPLATES = []


def tpl(name, provider, kind, filetype, weight=1.0):
    def deco(f):
        TEMPLATES.append(dict(name=name, provider=provider, kind=kind,
                              filetype=filetype, fn=f, weight=weight))
        return f
    return deco


@tpl("vault_seal_pkcs11", "vault", "pin", "hcl")
def t_vault_seal(c):
    r = c.rng
    lib = r.choice([LUNA_LIB, CLOUDHSM_LIB, NSHIELD_LIB, UTIMACO_LIB] + SOFTHSM_LIBS[:2])
    p = c.s("vault_pin" if r.random() < 0.5 else "pin", "hcl", q='"', name="VAULT_HSM_PIN")
    storage = r.choice(['storage "raft" {\n  path    = "/opt/vault/data"\n  node_id = "vault-@i@"\n}\n'.replace("@i@", str(r.randint(1, 5))),
                        'storage "consul" {\n  address = "127.0.0.1:8500"\n  path    = "vault/"\n}\n'])
    text = fill('''
        ui            = true
        api_addr      = "https://@h@:8200"
        cluster_addr  = "https://@h@:8201"
        disable_mlock = true

        @storage@
        listener "tcp" {
          address       = "0.0.0.0:8200"
          tls_cert_file = "/etc/vault.d/tls/vault.crt"
          tls_key_file  = "/etc/vault.d/tls/vault.key"
        }

        # HSM auto-unseal (@team@)
        seal "pkcs11" {
          lib            = "@lib@"
          slot           = "@slot@"
          pin            = @p@
          key_label      = "@kl@"
          hmac_key_label = "@kl@-hmac"
          generate_key   = "@gen@"
        }
        ''', h=host(r), storage=storage, lib=lib, slot=slot(r), p=p, kl=label(r),
        team=r.choice(TEAMS), gen=r.choice(["true", "false"]))
    path = r.choice(["vault/config/vault.hcl", "deploy/vault/vault.hcl", "etc/vault.d/vault.hcl",
                     "roles/vault/templates/vault.hcl", "infra/vault/server.hcl"])
    return path, text


@tpl("openbao_seal_pkcs11", "openbao", "pin", "hcl")
def t_bao_seal(c):
    r = c.rng
    p = c.s("pin", "hcl", q='"', name="BAO_HSM_PIN")
    text = fill('''
        # OpenBao dev cluster backed by SoftHSM (see scripts/init-softhsm.sh)
        seal "pkcs11" {
          lib         = "@lib@"
          token_label = "@tl@"
          pin         = @p@
          key_label   = "bao-unseal"
          mechanism   = "0x1087"
        }

        storage "file" {
          path = "/var/lib/openbao"
        }

        listener "tcp" {
          address     = "127.0.0.1:8200"
          tls_disable = @td@
        }
        ''', lib=r.choice(SOFTHSM_LIBS), tl=label(r), p=p, td=r.choice(["true", "1"]))
    return r.choice(["openbao/config.hcl", "dev/bao.hcl", "test/fixtures/bao-softhsm.hcl"]), text


@tpl("vault_hsm_systemd", "vault", "pin", "systemd")
def t_vault_systemd(c):
    r = c.rng
    p = c.s("pin", "systemd", name="VAULT_HSM_PIN")
    text = fill('''
        [Unit]
        Description=HashiCorp Vault (HSM)
        After=network-online.target
        Requires=network-online.target

        [Service]
        User=vault
        Group=vault
        Environment=VAULT_HSM_LIB=@lib@
        Environment=VAULT_HSM_SLOT=@slot@
        Environment=VAULT_HSM_PIN=@p@
        Environment=VAULT_HSM_KEY_LABEL=@kl@
        ExecStart=/usr/bin/vault server -config=/etc/vault.d/vault.hcl
        ExecReload=/bin/kill --signal HUP $MAINPID
        LimitMEMLOCK=infinity
        Restart=on-failure

        [Install]
        WantedBy=multi-user.target
        ''', lib=r.choice([LUNA_LIB, CLOUDHSM_LIB, NSHIELD_LIB]), slot=slot(r), p=p, kl=label(r))
    return r.choice(["systemd/vault.service", "deploy/systemd/vault.service",
                     "roles/vault/files/vault.service.d/override.conf"]), text


@tpl("vault_helm_values", "vault", "pin", "yaml")
def t_vault_helm(c):
    r = c.rng
    p = c.s("pin", "yaml", q='"', name="VAULT_HSM_PIN")
    text = fill('''
        server:
          image:
            repository: hashicorp/vault-enterprise
            tag: "1.@v@.2-ent.hsm"
          ha:
            enabled: true
            replicas: 3
            raft:
              enabled: true
          extraEnvironmentVars:
            VAULT_HSM_LIB: @lib@
            VAULT_HSM_TYPE: pkcs11
            VAULT_HSM_SLOT: "@slot@"
            VAULT_HSM_PIN: @p@
            VAULT_HSM_KEY_LABEL: @kl@
            VAULT_HSM_HMAC_KEY_LABEL: @kl@-hmac
          volumes:
            - name: luna-client
              configMap:
                name: chrystoki-conf
        ''', v=r.randint(13, 17), lib=r.choice([LUNA_LIB, CLOUDHSM_LIB]), slot=slot(r), p=p, kl=label(r))
    return r.choice(["helm/vault/values-prod.yaml", "charts/vault/values.yaml",
                     "k8s/vault/values-hsm.yaml"]), text


@tpl("openssl_engine_cnf", "opensc", "pin", "cnf")
def t_engine_cnf(c):
    r = c.rng
    p = c.s("pin", "cnf", name="PKCS11_PIN")
    text = fill('''
        # OpenSSL config for signing with the @team@ token
        openssl_conf = openssl_init

        [openssl_init]
        engines = engine_section

        [engine_section]
        pkcs11 = pkcs11_section

        [pkcs11_section]
        engine_id = pkcs11
        dynamic_path = /usr/lib/x86_64-linux-gnu/engines-@ev@/pkcs11.so
        MODULE_PATH = @lib@
        PIN = @p@
        init = 0

        [req]
        distinguished_name = req_dn
        prompt = no

        [req_dn]
        CN = @cn@
        O = @org@
        ''', team=r.choice(TEAMS), ev=r.choice(["1.1", "3"]), lib=r.choice(ANY_LIBS), p=p,
        cn=host(r), org=r.choice(["Acme Corp", "Contoso GmbH", "Initech SA"]))
    return r.choice(["openssl/engine.cnf", "conf/openssl-pkcs11.cnf", "pki/openssl.cnf",
                     "scripts/openssl_hsm.cnf"]), text


@tpl("openssl_provider_cnf", "pkcs11-provider", "pin", "cnf")
def t_provider_cnf(c):
    r = c.rng
    p = c.s("pin", "cnf", name="PKCS11_PIN")
    text = fill('''
        openssl_conf = openssl_init

        [openssl_init]
        providers = provider_sect

        [provider_sect]
        default = default_sect
        pkcs11 = pkcs11_sect

        [default_sect]
        activate = 1

        [pkcs11_sect]
        module = /usr/lib64/ossl-modules/pkcs11.so
        pkcs11-module-path = @lib@
        pkcs11-module-token-pin = @p@
        pkcs11-module-load-behavior = early
        activate = 1
        ''', lib=r.choice(ANY_LIBS + [TPM2_LIB, YKCS11_LIB]), p=p)
    return r.choice(["etc/pki/tls/openssl-pkcs11.cnf", "docker/openssl.cnf",
                     "config/openssl-provider.cnf"]), text


def uri_pin(c, name="PKCS11_PIN"):
    return c.s("pin", "uri", name=name)


@tpl("pkcs11_uri_nginx", "pkcs11-uri", "pin", "nginx")
def t_nginx_uri(c):
    r = c.rng
    p = uri_pin(c)
    text = fill('''
        ssl_engine pkcs11;

        server {
            listen 443 ssl http2;
            server_name @h@;

            ssl_certificate     /etc/nginx/certs/@cn@.pem;
            ssl_certificate_key "engine:pkcs11:pkcs11:token=@tl@;object=@ol@;type=private?pin-value=@p@";
            ssl_protocols TLSv1.2 TLSv1.3;

            location / {
                proxy_pass http://127.0.0.1:@port@;
            }
        }
        ''', h=host(r), cn=r.choice(["tls", "server", "edge"]), tl=label(r), ol=label(r), p=p,
        port=r.choice([8080, 3000, 9000]))
    return r.choice(["nginx/conf.d/hsm-tls.conf", "deploy/nginx/site.conf", "etc/nginx/sites-available/api"]), text


@tpl("pkcs11_uri_openssl_sh", "pkcs11-uri", "pin", "shell")
def t_openssl_uri_sh(c):
    r = c.rng
    p = uri_pin(c)
    tl = label(r)
    text = fill('''
        #!/usr/bin/env bash
        # Create a CSR for the @team@ service using the key stored on the token
        set -euo pipefail

        OUT=${1:-csr/@cn@.csr}
        mkdir -p "$(dirname "$OUT")"

        openssl req -new -provider pkcs11 -provider default \\
          -key "pkcs11:token=@tl@;object=@ol@;type=private?pin-value=@p@" \\
          -subj "/CN=@cn@/O=@org@" -sha256 -out "$OUT"

        echo "CSR written to $OUT"
        ''', team=r.choice(TEAMS), cn=host(r), tl=tl, ol=label(r), p=p,
        org=r.choice(["Acme", "Contoso", "Globex"]))
    return r.choice(["scripts/make-csr.sh", "bin/csr-from-token.sh", "tools/pki/gen_csr.sh"]), text


@tpl("cosign_pkcs11_gha", "cosign", "pin", "github-actions")
def t_cosign_gha(c):
    r = c.rng
    p = uri_pin(c, "COSIGN_PKCS11_PIN")
    text = fill('''
        name: sign-images
        on:
          push:
            tags: ["v*"]
        jobs:
          sign:
            runs-on: [self-hosted, hsm]
            steps:
              - uses: actions/checkout@v4
              - name: Sign image with HSM key
                env:
                  IMAGE: ghcr.io/@org@/@app@:${{ github.ref_name }}
                run: |
                  cosign sign --yes \\
                    --key "pkcs11:token=@tl@;slot-id=@sid@;object=@ol@?module-path=@lib@&pin-value=@p@" \\
                    "$IMAGE"
        ''', org=r.choice(["acme", "contoso-labs", "initech"]), app=r.choice(["api", "worker", "gateway"]),
        tl=label(r), sid=r.randint(0, 3), ol=label(r), lib=r.choice(SOFTHSM_LIBS + [YKCS11_LIB]), p=p)
    return ".github/workflows/" + r.choice(["sign.yml", "release.yaml", "cosign.yml"]), text


@tpl("stepca_kms_json", "smallstep", "pin", "json")
def t_stepca(c):
    r = c.rng
    p = uri_pin(c, "STEP_KMS_PIN")
    text = fill('''
        {
          "root": "/home/step/certs/root_ca.crt",
          "crt": "/home/step/certs/intermediate_ca.crt",
          "key": "pkcs11:id=@id@;object=intermediate-ca",
          "kms": {
            "type": "pkcs11",
            "uri": "pkcs11:module-path=@lib@;token=@tl@?pin-value=@p@"
          },
          "address": ":9000",
          "dnsNames": ["@h@"],
          "logger": {"format": "text"},
          "db": {"type": "badgerv2", "dataSource": "/home/step/db"},
          "authority": {
            "provisioners": [
              {"type": "ACME", "name": "acme"}
            ]
          }
        }
        ''', id=hexs(r, 4), lib=r.choice(SOFTHSM_LIBS + [YKCS11_LIB, TPM2_LIB]), tl=label(r), p=p, h=host(r))
    return r.choice(["step/config/ca.json", "ca/config/ca.json", "deploy/step-ca/ca.json"]), text


@tpl("knot_keystore", "knot-dns", "pin", "knot-conf")
def t_knot(c):
    r = c.rng
    p = uri_pin(c, "KNOT_PIN")
    text = fill('''
        server:
            listen: 0.0.0.0@53
            listen: ::@53

        keystore:
          - id: hsm
            backend: pkcs11
            config: "pkcs11:token=@tl@;pin-value=@p@ @lib@"
            key-label: on

        policy:
          - id: hsm-policy
            keystore: hsm
            algorithm: ecdsap256sha256
            ksk-lifetime: 365d

        zone:
          - domain: @zone@
            dnssec-signing: on
            dnssec-policy: hsm-policy
        ''', tl=label(r), p=p, lib=r.choice(SOFTHSM_LIBS), zone=r.choice(["example.org", "acme.io", "contoso.net"]))
    return r.choice(["knot/knot.conf", "etc/knot/knot.conf", "ansible/roles/knot/files/knot.conf"]), text


@tpl("softhsm_init_sh", "softhsm", "pin", "shell")
def t_softhsm_sh(c):
    r = c.rng
    so = r.random() < 0.4
    if so:
        sp = c.s("so_pin", "sh", name="SO_PIN")
        up = '"$USER_PIN"'
    else:
        up = c.s("pin", "sh", name="USER_PIN")
        sp = '"${SO_PIN}"'
    if so:
        c.kind = "so_pin"
    lab = label(r)
    text = fill('''
        #!/bin/sh
        # Initialise a SoftHSM token for local development / CI.
        set -e
        export SOFTHSM2_CONF=${SOFTHSM2_CONF:-$PWD/softhsm2.conf}
        mkdir -p ./tokens
        echo "directories.tokendir = $PWD/tokens" > "$SOFTHSM2_CONF"

        softhsm2-util --init-token --free --label "@lab@" \\
            --so-pin @sp@ --pin @up@

        softhsm2-util --show-slots | grep -A3 "@lab@"
        ''', lab=lab, sp=sp, up=up)
    return r.choice(["scripts/init-softhsm.sh", "dev/softhsm-setup.sh", "test/setup_token.sh",
                     "hack/softhsm-init.sh"]), text


@tpl("softhsm_dockerfile", "softhsm", "pin", "dockerfile")
def t_softhsm_docker(c):
    r = c.rng
    p = c.s("pin", "sh", name="TOKEN_PIN")
    text = fill('''
        FROM debian:bookworm-slim

        RUN apt-get update \\
         && apt-get install -y --no-install-recommends softhsm2 opensc libengine-pkcs11-openssl \\
         && rm -rf /var/lib/apt/lists/*

        ARG SO_PIN
        RUN mkdir -p /var/lib/softhsm/tokens \\
         && softhsm2-util --init-token --slot 0 --label "@lab@" --so-pin "$SO_PIN" --pin @p@ \\
         && pkcs11-tool --module @lib@ --login --pin @p@ \\
              --keypairgen --key-type EC:prime256v1 --id @id@ --label @kl@

        COPY app /opt/app
        WORKDIR /opt/app
        CMD ["./server"]
        ''', lab=label(r), p=p, lib=r.choice(SOFTHSM_LIBS[:2]), id=hexs(r, 2), kl=label(r))
    return r.choice(["Dockerfile", "docker/hsm/Dockerfile", "test/softhsm/Dockerfile", "Dockerfile.softhsm"]), text


@tpl("softhsm_makefile", "softhsm", "pin", "makefile")
def t_makefile(c):
    r = c.rng
    p = c.s("pin", "make", name="HSM_PIN")
    text = fill('''
        SOFTHSM2_CONF ?= $(CURDIR)/test/softhsm2.conf
        export SOFTHSM2_CONF
        HSM_LIB  ?= @lib@
        HSM_PIN  ?= @p@
        TOKEN    := @lab@

        .PHONY: token test clean

        token:
        	mkdir -p test/tokens
        	softhsm2-util --init-token --free --label $(TOKEN) --so-pin $(SO_PIN) --pin $(HSM_PIN)

        test: token
        	PKCS11_LIB=$(HSM_LIB) PKCS11_PIN=$(HSM_PIN) go test ./... -run HSM

        clean:
        	rm -rf test/tokens
        ''', lib=r.choice(SOFTHSM_LIBS), p=p, lab=label(r))
    return r.choice(["Makefile", "hsm.mk", "build/Makefile"]), text


@tpl("softhsm_gh_env", "softhsm", "pin", "github-actions")
def t_gha_env(c):
    r = c.rng
    p = c.s("pin", "ghactions", q='"', name="PKCS11_PIN")
    text = fill('''
        name: hsm-integration
        on: [push, pull_request]

        jobs:
          test:
            runs-on: ubuntu-latest
            env:
              PKCS11_MODULE: /usr/lib/softhsm/libsofthsm2.so
              PKCS11_TOKEN_LABEL: @lab@
              PKCS11_PIN: @p@
            steps:
              - uses: actions/checkout@v4
              - run: sudo apt-get install -y softhsm2 opensc
              - run: softhsm2-util --init-token --free --label "$PKCS11_TOKEN_LABEL" --so-pin "${{ secrets.SO_PIN }}" --pin "$PKCS11_PIN"
              - uses: actions/setup-go@v5
                with:
                  go-version: "1.2@gv@"
              - run: go test -tags pkcs11 ./...
        ''', lab=label(r), p=p, gv=r.randint(1, 3))
    return ".github/workflows/" + r.choice(["hsm.yml", "integration.yml", "ci.yaml"]), text


@tpl("gitlab_ci_hsm", "softhsm", "pin", "gitlab-ci")
def t_gitlab(c):
    r = c.rng
    p = c.s("pin", "yaml", q='"', name="HSM_PIN")
    text = fill('''
        stages: [test, sign]

        variables:
          SOFTHSM2_CONF: "$CI_PROJECT_DIR/ci/softhsm2.conf"
          HSM_TOKEN: "@lab@"
          HSM_PIN: @p@

        hsm-tests:
          stage: test
          image: registry.gitlab.com/@org@/ci-images/softhsm:latest
          script:
            - softhsm2-util --init-token --free --label "$HSM_TOKEN" --so-pin "$SO_PIN" --pin "$HSM_PIN"
            - pytest -m hsm
        ''', lab=label(r), p=p, org=r.choice(["acme", "contoso", "kryptowerk"]))
    return ".gitlab-ci.yml", text


@tpl("pkcs11_tool_keygen", "opensc", "pin", "shell")
def t_pkcs11tool(c):
    r = c.rng
    p = c.s("pin", "sh", name="PIN")
    lib = r.choice(ANY_LIBS + [YKCS11_LIB])
    text = fill('''
        #!/bin/bash
        MODULE=@lib@
        SLOT=@slot@

        # generate signing key pair on token
        pkcs11-tool --module "$MODULE" --slot "$SLOT" --login --pin @p@ \\
          --keypairgen --key-type rsa:@bits@ --id @id@ --label "@kl@"

        # export public key for the verifier
        pkcs11-tool --module "$MODULE" --slot "$SLOT" --read-object --type pubkey --id @id@ -o @kl@.der
        openssl pkey -pubin -inform DER -in @kl@.der -out @kl@.pub.pem
        ''', lib=lib, slot=r.randint(0, 3), p=p, bits=r.choice([2048, 3072, 4096]), id=cka_id(r), kl=label(r))
    return r.choice(["scripts/gen-key.sh", "pki/hsm-keygen.sh", "tools/token_keygen.sh"]), text


@tpl("pkcs11_tool_init_pin", "opensc", "so_pin", "shell")
def t_pkcs11tool_so(c):
    r = c.rng
    p = c.s("so_pin", "sh", name="SO_PIN")
    text = fill('''
        #!/usr/bin/env bash
        # (re)set the user PIN on a freshly initialised token
        set -eu
        LIB=@lib@
        pkcs11-tool --module $LIB --init-token --label "@lab@" --so-pin @p@
        pkcs11-tool --module $LIB --token-label "@lab@" --login --login-type so --so-pin @p@ \\
            --init-pin --new-pin "$NEW_USER_PIN"
        ''', lib=r.choice(SOFTHSM_LIBS + OPENSC_LIBS), lab=label(r), p=p)
    return r.choice(["scripts/reset-token.sh", "ops/token-init.sh"]), text


@tpl("sunpkcs11_keytool", "sunpkcs11", "pin", "shell")
def t_keytool(c):
    r = c.rng
    p = c.s("pin", "sh", name="STOREPASS")
    text = fill('''
        #!/bin/bash
        CFG=/etc/@team@/pkcs11.cfg
        cat > "$CFG" <<EOF
        name = @name@
        library = @lib@
        slot = @slot@
        EOF

        keytool -list -v -storetype PKCS11 \\
          -providerClass sun.security.pkcs11.SunPKCS11 -providerArg "$CFG" \\
          -storepass @p@ | grep -E "Alias|SHA256"
        ''', team=r.choice(TEAMS), name=r.choice(["Luna", "SoftHSM", "nShield", "CloudHSM", "YubiKey"]),
        lib=r.choice(ANY_LIBS), slot=r.randint(0, 4), p=p)
    return r.choice(["scripts/list-hsm-keys.sh", "bin/keytool-hsm.sh"]), text


@tpl("jarsigner_pkcs11", "sunpkcs11", "pin", "shell")
def t_jarsigner(c):
    r = c.rng
    p = c.s("pin", "sh", name="TOKEN_PIN")
    text = fill('''
        #!/bin/sh
        JAR=target/@app@-${VERSION}.jar
        jarsigner -keystore NONE -storetype PKCS11 \\
          -providerClass sun.security.pkcs11.SunPKCS11 \\
          -providerArg conf/pkcs11.cfg \\
          -storepass @p@ \\
          -tsa http://timestamp.digicert.com \\
          -sigalg SHA256withRSA "$JAR" "@alias@"
        jarsigner -verify -verbose -certs "$JAR" | tail -n 5
        ''', app=r.choice(["client", "agent", "plugin"]), p=p, alias=label(r))
    return r.choice(["release/sign-jar.sh", "ci/jarsign.sh"]), text


@tpl("apksigner_pkcs11", "sunpkcs11", "pin", "shell")
def t_apksigner(c):
    r = c.rng
    p = c.s("pin", "sh", name="KS_PIN")
    pre = "pass:" if c.pos or r.random() < 0.5 else ""
    text = fill('''
        #!/usr/bin/env bash
        set -e
        APK=app/build/outputs/apk/release/app-release-unsigned.apk
        apksigner sign --ks NONE --ks-type PKCS11 \\
          --provider-class sun.security.pkcs11.SunPKCS11 \\
          --provider-arg signing/pkcs11-yubikey.cfg \\
          --ks-pass @pre@@p@ \\
          --ks-key-alias "X.509 Certificate for Digital Signature" \\
          --out dist/@app@.apk "$APK"
        ''', pre=pre, p=p, app=r.choice(["wallet", "field-app", "scanner"]))
    return r.choice(["scripts/sign-apk.sh", "android/sign_release.sh"]), text


@tpl("java_pkcs11_keystore", "sunpkcs11", "pin", "java")
def t_java_ks(c):
    r = c.rng
    p = c.s("pin", "java", q='"', name="HSM_PIN")
    cls = r.choice(["HsmKeyStoreFactory", "TokenSigner", "Pkcs11Config", "HsmSigningService"])
    pkg = r.choice(["com.acme.signing", "de.kryptowerk.hsm", "io.contoso.pki"])
    text = fill('''
        package @pkg@;

        import java.security.KeyStore;
        import java.security.Provider;
        import java.security.Security;

        public class @cls@ {

            private static final String CONFIG = "@cfg@";

            public KeyStore load() throws Exception {
                Provider p = Security.getProvider("SunPKCS11").configure(CONFIG);
                Security.addProvider(p);
                KeyStore ks = KeyStore.getInstance("PKCS11", p);
                char[] pin = @p@.toCharArray();
                ks.load(null, pin);
                return ks;
            }
        }
        ''', pkg=pkg, cls=cls, cfg=r.choice(["/etc/pkcs11/luna.cfg", "/opt/app/conf/softhsm.cfg", "pkcs11.cfg"]), p=p)
    return "src/main/java/" + pkg.replace(".", "/") + "/" + cls + ".java", text


@tpl("java_props_pkcs11", "sunpkcs11", "pin", "properties")
def t_props(c):
    r = c.rng
    key = r.choice(["hsm.pkcs11.pin", "signing.keystore.password", "pkcs11.userPin", "crypto.token.pin"])
    p = c.s("keystore" if "password" in key else "pin", "props", name="HSM_PIN")
    text = fill('''
        # --- HSM / PKCS#11 ---
        signing.keystore.type=PKCS11
        signing.keystore.provider.config=@cfg@
        signing.key.alias=@al@
        @key@=@p@
        signing.algorithm=SHA256withECDSA

        server.port=8443
        management.endpoints.web.exposure.include=health,info
        ''', cfg=r.choice(["/etc/app/pkcs11-luna.cfg", "classpath:pkcs11.cfg"]), al=label(r), key=key, p=p)
    return r.choice(["src/main/resources/application.properties", "config/signing.properties",
                     "src/main/resources/application-prod.properties"]), text


@tpl("spring_yaml_hsm", "sunpkcs11", "pin", "yaml")
def t_spring_yaml(c):
    r = c.rng
    p = c.s("pin", "yaml", q=r.choice(['"', "'", ""]), name="HSM_PIN")
    text = fill('''
        spring:
          application:
            name: @app@
        signing:
          hsm:
            provider: SunPKCS11
            config: /etc/@app@/pkcs11.cfg
            slot-list-index: @slot@
            key-alias: @al@
            pin: @p@
        logging:
          level:
            sun.security.pkcs11: INFO
        ''', app=r.choice(["doc-signer", "timestamp-service", "invoice-sealer"]), slot=r.randint(0, 3),
        al=label(r), p=p)
    return r.choice(["src/main/resources/application.yml", "config/application-prod.yaml"]), text


@tpl("tomcat_pkcs11", "sunpkcs11", "keystore", "xml")
def t_tomcat(c):
    r = c.rng
    p = c.s("keystore", "xml", q='"', name="keystorePass")
    text = fill('''
        <?xml version="1.0" encoding="UTF-8"?>
        <Server port="8005" shutdown="SHUTDOWN">
          <Service name="Catalina">
            <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
                       maxThreads="200" SSLEnabled="true">
              <SSLHostConfig>
                <Certificate certificateKeystoreType="PKCS11"
                             certificateKeystoreProvider="SunPKCS11-@name@"
                             certificateKeystorePassword=@p@
                             certificateKeyAlias="@al@"
                             type="RSA" />
              </SSLHostConfig>
            </Connector>
            <Engine name="Catalina" defaultHost="localhost">
              <Host name="localhost" appBase="webapps" />
            </Engine>
          </Service>
        </Server>
        ''', name=r.choice(["Luna", "nShield", "SoftHSM"]), p=p, al=label(r))
    return r.choice(["conf/server.xml", "tomcat/conf/server.xml", "docker/tomcat/server.xml"]), text


@tpl("jsign_cli", "jsign", "pin", "shell")
def t_jsign(c):
    r = c.rng
    st = r.choice(["PKCS11", "YUBIKEY", "PKCS11", "ETOKEN"])
    p = c.s("pin", "sh", name="TOKEN_PIN")
    ks = {"PKCS11": "--keystore build/pkcs11.cfg ", "YUBIKEY": "", "ETOKEN": ""}[st]
    text = fill('''
        #!/usr/bin/env bash
        # Authenticode signing on the build agent (token plugged into agent @ag@)
        set -euo pipefail
        for f in dist/*.exe dist/*.msi; do
          jsign --storetype @st@ @ks@--storepass @p@ \\
                --alias "@al@" --tsaurl http://timestamp.sectigo.com \\
                --name "@prod@" --url https://www.@dom@ "$f"
        done
        ''', ag=r.randint(1, 9), st=st, ks=ks, p=p, al=label(r),
        prod=r.choice(["Acme Agent", "Contoso Sync", "Initech Client"]), dom=r.choice(["acme.com", "contoso.com"]))
    return r.choice(["build/sign-windows.sh", "ci/authenticode.sh", "scripts/jsign.sh"]), text


@tpl("jsign_maven", "jsign", "pin", "pom")
def t_jsign_pom(c):
    r = c.rng
    p = c.s("pin", "xml", name="jsign.storepass")
    text = fill('''
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.@org@</groupId>
          <artifactId>@app@-installer</artifactId>
          <version>2.@v@.0</version>
          <build>
            <plugins>
              <plugin>
                <groupId>net.jsign</groupId>
                <artifactId>jsign-maven-plugin</artifactId>
                <version>6.0</version>
                <executions>
                  <execution>
                    <goals><goal>sign</goal></goals>
                    <configuration>
                      <file>target/@app@-setup.exe</file>
                      <name>@App@ Installer</name>
                      <keystore>src/build/pkcs11.cfg</keystore>
                      <storetype>PKCS11</storetype>
                      <storepass>@p@</storepass>
                      <alias>@al@</alias>
                    </configuration>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        ''', org=r.choice(["acme", "contoso"]), app=r.choice(["desk", "agent", "tool"]), App="Desktop",
        v=r.randint(0, 9), p=p, al=label(r))
    return r.choice(["pom.xml", "installer/pom.xml"]), text


@tpl("jsign_gradle", "jsign", "pin", "gradle")
def t_jsign_gradle(c):
    r = c.rng
    p = c.s("pin", "java", q='"', name="TOKEN_PIN")
    text = fill('''
        plugins {
            id 'java'
            id 'net.jsign' version '6.0'
        }

        task signExe {
            dependsOn 'createExe'
            doLast {
                jsign(file      : file("build/launch4j/@app@.exe"),
                      name      : '@app@',
                      url       : 'https://@dom@',
                      keystore  : 'signing/pkcs11.cfg',
                      storetype : 'PKCS11',
                      alias     : '@al@',
                      storepass : @p@,
                      tsaurl    : 'http://timestamp.digicert.com')
            }
        }
        ''', app=r.choice(["launcher", "updater", "tray"]), dom=r.choice(["acme.io", "contoso.dev"]), al=label(r), p=p)
    return r.choice(["build.gradle", "desktop/build.gradle"]), text


@tpl("osslsigncode_pkcs11", "osslsigncode", "pin", "shell")
def t_ossl(c):
    r = c.rng
    p = c.s("pin", "sh", name="TOKEN_PIN")
    text = fill('''
        #!/bin/bash
        # sign the Windows build with the EV token on the mac mini
        osslsigncode sign \\
          -pkcs11engine /usr/lib/x86_64-linux-gnu/engines-3/pkcs11.so \\
          -pkcs11module @lib@ \\
          -certs certs/ev-codesign.pem \\
          -key "pkcs11:token=@tl@;object=@ol@" \\
          -pass @p@ \\
          -n "@prod@" -i https://@dom@ \\
          -t http://timestamp.sectigo.com \\
          -in build/@app@.exe -out dist/@app@.exe
        ''', lib=r.choice(OPENSC_LIBS + [YKCS11_LIB, "/usr/lib/libeTPkcs11.so"]), tl=label(r), ol=label(r), p=p,
        prod=r.choice(["Acme Tool", "Contoso Agent"]), dom=r.choice(["acme.com", "contoso.com"]), app=r.choice(["setup", "agent"]))
    return r.choice(["scripts/sign_win.sh", "release/osslsign.sh"]), text


@tpl("signtool_etoken", "safenet-etoken", "pin", "powershell")
def t_signtool(c):
    r = c.rng
    if c.pos:
        p = c.s("pin", "ps1", gen=lambda g: (lambda v: (v, v))(password(g, "sh", 10, 16)))
    else:
        p = c.s("pin", "ps1", name="ETOKEN_PIN")
    cont = "p11#" + hexs(r, 16)
    text = fill('''
        # Sign release binaries with the SafeNet eToken (EV cert)
        $signtool = "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"
        $files = Get-ChildItem -Path .\\dist -Include *.exe,*.dll -Recurse

        foreach ($f in $files) {
            & $signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 `
                /f .\\certs\\ev-codesign.cer `
                /csp "eToken Base Cryptographic Provider" `
                /kc "[{{@p@}}]=@cont@" `
                $f.FullName
        }
        ''', p=p.strip("'\"") if not c.pos else p, cont=cont)
    return r.choice(["build/sign.ps1", "scripts/Sign-Release.ps1"]), text


@tpl("cloudhsm_dockerfile_env", "aws-cloudhsm", "password", "dockerfile")
def t_chsm_docker(c):
    r = c.rng
    p = c.s("password", "docker", name="HSM_PASSWORD")
    text = fill('''
        FROM amazoncorretto:17

        RUN yum install -y https://s3.amazonaws.com/cloudhsmv2-software/CloudHsmClient/EL7/cloudhsm-jce-latest.el7.x86_64.rpm \\
         && yum clean all
        COPY customerCA.crt /opt/cloudhsm/etc/customerCA.crt
        RUN /opt/cloudhsm/bin/configure-jce -a @ip@

        ENV HSM_USER=@user@
        ENV HSM_PASSWORD=@p@

        COPY target/@app@.jar /app/app.jar
        ENTRYPOINT ["java", "-jar", "/app/app.jar"]
        ''', ip="10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), user=r.choice(USERS),
        p=p, app=r.choice(["signer", "tokenizer", "kms-proxy"]))
    return r.choice(["Dockerfile", "docker/cloudhsm/Dockerfile", "services/signer/Dockerfile"]), text


@tpl("cloudhsm_k8s_env", "aws-cloudhsm", "password", "yaml")
def t_chsm_k8s(c):
    r = c.rng
    p = c.s("password", "k8s", q='"', name="HSM_PASSWORD")
    text = fill('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: @app@
          namespace: @ns@
        spec:
          replicas: 2
          selector:
            matchLabels: {app: @app@}
          template:
            metadata:
              labels: {app: @app@}
            spec:
              containers:
                - name: @app@
                  image: @acct@.dkr.ecr.@reg@.amazonaws.com/@app@:1.@v@.0
                  env:
                    - name: HSM_USER
                      value: @user@
                    - name: HSM_PASSWORD
                      value: @p@
                    - name: AWS_REGION
                      value: @reg@
                  volumeMounts:
                    - {name: cloudhsm-ca, mountPath: /opt/cloudhsm/etc/customerCA.crt, subPath: customerCA.crt}
              volumes:
                - name: cloudhsm-ca
                  configMap: {name: cloudhsm-customer-ca}
        ''', app=r.choice(["card-tokenizer", "signer", "pin-translation"]), ns=r.choice(TEAMS),
        acct=rs(r, DI, 12), reg=r.choice(REGIONS), v=r.randint(0, 20), user=r.choice(USERS), p=p)
    return r.choice(["k8s/deployment.yaml", "deploy/base/deployment.yaml", "manifests/signer.yaml"]), text


@tpl("cloudhsm_cli_user", "aws-cloudhsm", "password", "shell")
def t_chsm_cli(c):
    r = c.rng
    p = c.s("password", "sh", name="CU_PASSWORD")
    u = r.choice(USERS)
    text = fill('''
        #!/bin/bash
        # create crypto users for the @team@ apps (run on the admin host)
        set -euo pipefail
        export CLOUDHSM_ROLE=admin
        export CLOUDHSM_PIN="admin:${CO_PASSWORD}"

        /opt/cloudhsm/bin/cloudhsm-cli user create --username @u@ --role crypto-user --password @p@
        /opt/cloudhsm/bin/cloudhsm-cli user list
        ''', team=r.choice(TEAMS), u=u, p=p)
    return r.choice(["ops/cloudhsm/create-users.sh", "scripts/cloudhsm_users.sh"]), text


def cu_gen(style):
    def g(rng):
        u = rng.choice(USERS)
        pw = password(rng, style)
        return u + ":" + pw, pw
    return g


@tpl("cloudhsm_pin_env", "aws-cloudhsm", "crypto_user_password", "shell")
def t_chsm_pin(c):
    r = c.rng
    if c.pos:
        p = c.s("cu_pin", "sh", q='"', gen=cu_gen("sh"))
    else:
        p = c.s("cu_pin", "sh", q='"', name="HSM_CU_CREDS")
    text = fill('''
        # sourced by the key-rotation cron job
        export CLOUDHSM_ROLE=crypto-user
        export CLOUDHSM_PIN=@p@
        export AWS_DEFAULT_REGION=@reg@
        CLUSTER_ID=cluster-@cid@

        /opt/cloudhsm/bin/cloudhsm-cli key list --filter attr.label=@kl@ --verbose
        ''', p=p, reg=r.choice(REGIONS), cid=rs(r, "abcdefghijklmnopqrstuvwxyz234567", 11), kl=label(r))
    return r.choice(["cron/rotate-env.sh", "ops/cloudhsm.env.sh", "scripts/hsm-env.sh"]), text


@tpl("cloudhsm_kmu", "aws-cloudhsm", "crypto_user_password", "shell")
def t_chsm_kmu(c):
    r = c.rng
    p = c.s("password", "sh", name="CU_PASS")
    text = fill('''
        #!/bin/bash
        # legacy SDK3 tooling - generate AES wrapping key
        /opt/cloudhsm/bin/key_mgmt_util singlecmd loginHSM -u CU -s @u@ -p @p@ \\
            genSymKey -t 31 -s 32 -l @kl@ -sess 0
        ''', u=r.choice(USERS), p=p, kl=label(r))
    return r.choice(["legacy/kmu-genkey.sh", "scripts/cloudhsm-genkey.sh"]), text


@tpl("cloudhsm_pykcs11", "aws-cloudhsm", "crypto_user_password", "python")
def t_chsm_py(c):
    r = c.rng
    if c.pos:
        p = c.s("cu_pin", "py", q='"', gen=cu_gen("default"))
    else:
        p = c.s("cu_pin", "py", q='"', name="CLOUDHSM_PIN")
    text = fill('''
        import PyKCS11

        LIB = "@lib@"


        def open_session():
            pkcs11 = PyKCS11.PyKCS11Lib()
            pkcs11.load(LIB)
            slot = pkcs11.getSlotList(tokenPresent=True)[0]
            session = pkcs11.openSession(slot, PyKCS11.CKF_SERIAL_SESSION | PyKCS11.CKF_RW_SESSION)
            # CloudHSM PIN format is <CU user>:<password>
            session.login(@p@)
            return session


        def find_key(session, label="@kl@"):
            return session.findObjects([(PyKCS11.CKA_LABEL, label), (PyKCS11.CKA_CLASS, PyKCS11.CKO_SECRET_KEY)])
        ''', lib=CLOUDHSM_LIB, p=p, kl=label(r))
    return r.choice(["app/hsm.py", "src/tokenizer/hsm_session.py", "lib/cloudhsm_client.py"]), text


@tpl("cloudhsm_java_opts", "aws-cloudhsm", "crypto_user_password", "shell")
def t_chsm_javaopts(c):
    r = c.rng
    p = c.s("password", "sh", name="HSM_PASSWORD")
    text = fill('''
        #!/bin/sh
        # start script for the payment signer (CloudHSM JCE, implicit login)
        JAVA_OPTS="-Xms512m -Xmx1g"
        JAVA_OPTS="$JAVA_OPTS -DHSM_PARTITION=PARTITION_1 -DHSM_USER=@u@ -DHSM_PASSWORD=@p@"
        JAVA_OPTS="$JAVA_OPTS -Djava.library.path=/opt/cloudhsm/lib"
        exec java $JAVA_OPTS -cp "/opt/cloudhsm/java/*:/app/lib/*" com.acme.signer.Main "$@"
        ''', u=r.choice(USERS), p=p)
    return r.choice(["bin/start-signer.sh", "docker/entrypoint.sh"]), text


@tpl("luna_lunacm", "thales-luna", "partition_password", "shell")
def t_lunacm(c):
    r = c.rng
    p = c.s("password", "sh", name="PARTITION_PW")
    text = fill('''
        #!/bin/bash
        # verify the application partition is reachable after client upgrade
        LUNA=/usr/safenet/lunaclient/bin
        $LUNA/lunacm -q <<EOF
        slot set -slot @slot@
        partition login -password @p@
        partition contents
        exit
        EOF
        $LUNA/vtl verify
        ''', slot=r.randint(0, 3), p=p)
    return r.choice(["ops/luna/check-partition.sh", "scripts/luna_verify.sh"]), text


@tpl("luna_java_login", "thales-luna", "partition_password", "java")
def t_luna_java(c):
    r = c.rng
    p = c.s("password", "java", q='"', name="LUNA_PARTITION_PASSWORD")
    text = fill('''
        package com.acme.crypto;

        import com.safenetinc.luna.LunaSlotManager;
        import java.security.KeyStore;

        public final class LunaBootstrap {
            private static final String PARTITION = "@part@";

            public static KeyStore init() throws Exception {
                LunaSlotManager mgr = LunaSlotManager.getInstance();
                mgr.login(PARTITION, @p@);
                KeyStore ks = KeyStore.getInstance("Luna");
                ks.load(null, null);
                return ks;
            }
        }
        ''', part=r.choice(["par-" + r.choice(TEAMS), "APP_PART_" + str(r.randint(1, 9))]), p=p)
    return "src/main/java/com/acme/crypto/LunaBootstrap.java", text


@tpl("luna_ansible_vars", "thales-luna", "partition_password", "ansible")
def t_luna_ansible(c):
    r = c.rng
    p = c.s("password", "ansible", q=r.choice(['"', '']), name="luna_partition_password")
    text = fill('''
        ---
        luna_client_version: "10.@v@.0"
        luna_servers:
          - host: @h1@
            serial: "@ser1@"
          - host: @h2@
            serial: "@ser2@"
        luna_partition_label: @part@
        luna_partition_password: @p@
        luna_ha_group: @team@-ha
        luna_client_cert_cn: "{{ inventory_hostname }}"
        ''', v=r.randint(1, 8), h1=host(r), h2=host(r), ser1=r.randint(1000000, 1599999),
        ser2=r.randint(1000000, 1599999), part=r.choice(["par-app", "payments-p1", "ca-partition"]), p=p,
        team=r.choice(TEAMS))
    return r.choice(["group_vars/hsm_clients.yml", "inventories/prod/group_vars/luna.yml",
                     "roles/luna-client/defaults/main.yml"]), text


@tpl("luna_k8s_secret", "thales-luna", "partition_password", "yaml")
def t_luna_secret(c):
    r = c.rng
    p = c.s("password", "yaml", q='"', name="PARTITION_PASSWORD")
    text = fill('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: luna-partition
          namespace: @ns@
        type: Opaque
        stringData:
          partition-label: @part@
          partition-password: @p@
          Chrystoki.conf: |
            Chrystoki2 = {
              LibUNIX64 = /usr/safenet/lunaclient/lib/libCryptoki2_64.so;
            }
            LunaSA Client = {
              ServerName00 = @h@;
              ServerPort00 = 1792;
            }
        ''', ns=r.choice(TEAMS), part=r.choice(["par-app", "ca-partition"]), p=p, h=host(r))
    return r.choice(["k8s/secrets/luna.yaml", "deploy/overlays/prod/luna-secret.yaml"]), text


@tpl("nshield_softcard_py", "nshield", "pin", "python")
def t_nshield_py(c):
    r = c.rng
    p = c.s("password", "py", q="'", name="SOFTCARD_PASSPHRASE")
    text = fill('''
        """Sign firmware images with the nShield softcard-protected key."""
        import pkcs11
        from pkcs11 import Mechanism, KeyType, ObjectClass

        lib = pkcs11.lib("@lib@")
        token = lib.get_token(token_label="@sc@")

        def sign(blob: bytes) -> bytes:
            with token.open(user_pin=@p@) as session:
                key = session.get_key(ObjectClass.PRIVATE_KEY, KeyType.EC, label="@kl@")
                return key.sign(blob, mechanism=Mechanism.ECDSA_SHA256)
        ''', lib=NSHIELD_LIB, sc=r.choice(["fw-softcard", "sc_release", "codesign-sc"]), p=p, kl=label(r))
    return r.choice(["tools/fwsign/sign.py", "signing/nshield_sign.py"]), text


@tpl("nshield_keytool", "nshield", "keystore", "shell")
def t_nshield_keytool(c):
    r = c.rng
    p = c.s("keystore", "sh", name="SOFTCARD_PP")
    text = fill('''
        #!/bin/sh
        export JAVA_HOME=/usr/lib/jvm/java-11
        export CLASSPATH=/opt/nfast/java/classes/nCipherKM.jar
        keytool -genkeypair -alias @al@ -keyalg RSA -keysize 3072 \\
          -dname "CN=@cn@, O=@org@" \\
          -keystore @al@.ks -storetype nCipher.sworld \\
          -providerclass com.ncipher.provider.km.nCipherKM \\
          -storepass @p@
        ''', al=label(r), cn=host(r), org=r.choice(["Acme", "Contoso"]), p=p)
    return r.choice(["ops/nshield/genkey.sh", "scripts/ncipher-keytool.sh"]), text


@tpl("utimaco_p11tool2", "utimaco", "pin", "shell")
def t_utimaco(c):
    r = c.rng
    p = c.s("pin", "sh", name="USER_PIN")
    text = fill('''
        #!/bin/bash
        export CS_PKCS11_R3_CFG=/etc/utimaco/cs_pkcs11_R3.cfg
        P11TOOL=/opt/utimaco/bin/p11tool2
        $P11TOOL Slot=@slot@ Login=USER,@p@ ListObjects
        $P11TOOL Slot=@slot@ Login=USER,@p@ GenerateKeyPair=EC Curve=NIST-P256 Label=@kl@
        ''', slot=r.randint(0, 9), p=p, kl=label(r))
    return r.choice(["scripts/utimaco_keys.sh", "hsm/utimaco/gen.sh"]), text


@tpl("python_pkcs11_app", "python-pkcs11", "pin", "python")
def t_pypkcs11(c):
    r = c.rng
    p = c.s("pin", "py", q=r.choice(['"', "'"]), name="PKCS11_PIN")
    text = fill('''
        import os
        import pkcs11
        from pkcs11 import Attribute, KeyType, ObjectClass, Mechanism

        PKCS11_LIB = os.environ.get("PKCS11_LIB", "@lib@")
        TOKEN_LABEL = "@tl@"
        USER_PIN = @p@


        def get_session():
            lib = pkcs11.lib(PKCS11_LIB)
            token = lib.get_token(token_label=TOKEN_LABEL)
            return token.open(user_pin=USER_PIN, rw=True)


        def encrypt(data: bytes, label: str = "@kl@") -> bytes:
            with get_session() as session:
                key = session.get_key(label=label, key_type=KeyType.AES)
                iv = session.generate_random(128)
                return iv + key.encrypt(data, mechanism_param=iv)
        ''', lib=r.choice(ANY_LIBS), tl=label(r), p=p, kl=label(r))
    return r.choice(["app/crypto/hsm.py", "src/hsm_client.py", "services/kms/pkcs11_backend.py"]), text


@tpl("pykcs11_login", "pykcs11", "pin", "python")
def t_pykcs11(c):
    r = c.rng
    p = c.s("pin", "py", q='"', name="TOKEN_PIN")
    text = fill('''
        #!/usr/bin/env python3
        # quick check that the smartcard still signs
        import PyKCS11 as P

        lib = P.PyKCS11Lib()
        lib.load("@lib@")
        slots = lib.getSlotList(tokenPresent=True)
        print("slots:", slots)
        s = lib.openSession(slots[@idx@])
        s.login(@p@)
        priv = s.findObjects([(P.CKA_CLASS, P.CKO_PRIVATE_KEY), (P.CKA_ID, bytes.fromhex("@id@"))])[0]
        sig = s.sign(priv, b"ping", P.Mechanism(P.CKM_SHA256_RSA_PKCS, None))
        print(bytes(sig).hex())
        s.logout()
        ''', lib=r.choice(OPENSC_LIBS + [YKCS11_LIB] + SOFTHSM_LIBS), idx=r.randint(0, 1), p=p, id=cka_id(r))
    return r.choice(["tools/check_card.py", "scripts/smartcard_sign_test.py"]), text


@tpl("go_miekg_pkcs11", "miekg/pkcs11", "pin", "go")
def t_go_miekg(c):
    r = c.rng
    p = c.s("pin", "go", q='"', name="HSM_PIN")
    text = fill('''
        package hsm

        import (
        	"fmt"

        	"github.com/miekg/pkcs11"
        )

        const modulePath = "@lib@"

        func Open(slotIdx int) (*pkcs11.Ctx, pkcs11.SessionHandle, error) {
        	p := pkcs11.New(modulePath)
        	if err := p.Initialize(); err != nil {
        		return nil, 0, fmt.Errorf("init: %w", err)
        	}
        	slots, err := p.GetSlotList(true)
        	if err != nil {
        		return nil, 0, err
        	}
        	session, err := p.OpenSession(slots[slotIdx], pkcs11.CKF_SERIAL_SESSION|pkcs11.CKF_RW_SESSION)
        	if err != nil {
        		return nil, 0, err
        	}
        	if err := p.Login(session, pkcs11.CKU_USER, @p@); err != nil {
        		return nil, 0, fmt.Errorf("login: %w", err)
        	}
        	return p, session, nil
        }
        ''', lib=r.choice(ANY_LIBS), p=p)
    return r.choice(["internal/hsm/session.go", "pkg/pkcs11/open.go", "hsm/hsm.go"]), text


@tpl("go_crypto11", "crypto11", "pin", "go")
def t_go_crypto11(c):
    r = c.rng
    p = c.s("pin", "go", q='"', name="PKCS11_PIN")
    text = fill('''
        package signer

        import (
        	"crypto"

        	"github.com/ThalesIgnite/crypto11"
        )

        func New() (crypto.Signer, error) {
        	ctx, err := crypto11.Configure(&crypto11.Config{
        		Path:       "@lib@",
        		TokenLabel: "@tl@",
        		Pin:        @p@,
        	})
        	if err != nil {
        		return nil, err
        	}
        	return ctx.FindKeyPair(nil, []byte("@kl@"))
        }
        ''', lib=r.choice(ANY_LIBS), tl=label(r), p=p, kl=label(r))
    return r.choice(["internal/signer/hsm.go", "pkg/signer/crypto11.go", "cmd/signer/hsm.go"]), text


@tpl("rust_cryptoki", "cryptoki", "pin", "rust")
def t_rust(c):
    r = c.rng
    p = c.s("pin", "rs", q='"', name="HSM_PIN")
    text = fill('''
        use cryptoki::context::{CInitializeArgs, Pkcs11};
        use cryptoki::session::UserType;
        use cryptoki::types::AuthPin;

        pub fn login() -> Result<cryptoki::session::Session, Box<dyn std::error::Error>> {
            let pkcs11 = Pkcs11::new("@lib@")?;
            pkcs11.initialize(CInitializeArgs::OsThreads)?;
            let slot = pkcs11.get_slots_with_token()?[@idx@];
            let session = pkcs11.open_rw_session(slot)?;
            let pin = AuthPin::new(@p@.into());
            session.login(UserType::User, Some(&pin))?;
            Ok(session)
        }
        ''', lib=r.choice(ANY_LIBS), idx=r.randint(0, 1), p=p)
    return r.choice(["src/hsm.rs", "crates/signer/src/token.rs"]), text


@tpl("c_pkcs11_login", "pkcs11-c", "pin", "c")
def t_c(c):
    r = c.rng
    p = c.s("pin", "c", q='"', name="P11_PIN")
    text = fill('''
        #include <stdio.h>
        #include <string.h>
        #include "pkcs11.h"

        #define USER_PIN @p@

        int token_login(CK_FUNCTION_LIST_PTR f, CK_SLOT_ID slot, CK_SESSION_HANDLE *h)
        {
            CK_RV rv = f->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, NULL, NULL, h);
            if (rv != CKR_OK) {
                fprintf(stderr, "C_OpenSession: 0x%lx\\n", rv);
                return -1;
            }
            rv = f->C_Login(*h, CKU_USER, (CK_UTF8CHAR_PTR) USER_PIN, strlen(USER_PIN));
            if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) {
                fprintf(stderr, "C_Login: 0x%lx\\n", rv);
                return -1;
            }
            return 0;
        }
        ''', p=p)
    return r.choice(["src/token.c", "firmware/tools/p11_login.c", "lib/hsm/login.c"]), text


@tpl("node_graphene", "graphene-pk11", "pin", "javascript")
def t_node(c):
    r = c.rng
    p = c.s("pin", "js", q=r.choice(['"', "'"]), name="HSM_PIN")
    text = fill('''
        const graphene = require("graphene-pk11");

        const mod = graphene.Module.load("@lib@", "@name@");
        mod.initialize();

        const slot = mod.getSlots(@idx@);
        if (slot.flags & graphene.SlotFlag.TOKEN_PRESENT) {
          const session = slot.open(graphene.SessionFlag.SERIAL_SESSION | graphene.SessionFlag.RW_SESSION);
          session.login(@p@);
          const keys = session.find({ class: graphene.ObjectClass.PRIVATE_KEY, label: "@kl@" });
          console.log(`found ${keys.length} key(s)`);
          session.logout();
          session.close();
        }
        mod.finalize();
        ''', lib=r.choice(ANY_LIBS), name=r.choice(["SoftHSM", "Luna", "OpenSC"]), idx=r.randint(0, 1), p=p, kl=label(r))
    return r.choice(["scripts/hsm-check.js", "src/hsm/session.js"]), text


@tpl("dotnet_pkcs11interop", "pkcs11interop", "pin", "csharp")
def t_cs(c):
    r = c.rng
    p = c.s("pin", "cs", q='"', name="HSM_PIN")
    text = fill('''
        using Net.Pkcs11Interop.Common;
        using Net.Pkcs11Interop.HighLevelAPI;

        namespace Acme.Signing
        {
            public static class TokenSession
            {
                private const string LibraryPath = @"@lib@";

                public static ISession Open()
                {
                    var factories = new Pkcs11InteropFactories();
                    var lib = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, LibraryPath, AppType.MultiThreaded);
                    var slot = lib.GetSlotList(SlotsType.WithTokenPresent)[@idx@];
                    var session = slot.OpenSession(SessionType.ReadWrite);
                    session.Login(CKU.CKU_USER, @p@);
                    return session;
                }
            }
        }
        ''', lib=r.choice([r"C:\Windows\System32\eTPKCS11.dll", r"C:\Program Files\SafeNet\LunaClient\cryptoki.dll",
                           r"C:\SoftHSM2\lib\softhsm2-x64.dll"]), idx=r.randint(0, 1), p=p)
    return r.choice(["src/Acme.Signing/TokenSession.cs", "Signing/TokenSession.cs"]), text


@tpl("ykman_mgmt_key", "yubikey", "management_key", "shell")
def t_ykman_mgmt(c):
    r = c.rng
    p = c.s("mgmt_key", "sh", name="NEW_MGMT_KEY")
    algo = r.choice(["TDES", "AES192", "AES256", "AES128"])
    text = fill('''
        #!/usr/bin/env bash
        # Provision a new YubiKey for @who@ (PIV)
        set -euo pipefail
        DEFAULT_MGMT=010203040506070801020304050607080102030405060708

        ykman piv access change-management-key --algorithm @algo@ \\
          --management-key "$DEFAULT_MGMT" \\
          --new-management-key @p@ --force
        ykman piv keys generate --algorithm ECCP256 --pin-policy ONCE --touch-policy CACHED 9a pub.pem \\
          --management-key @p@
        ''', who=r.choice(["jdoe", "new hires", "the on-call laptop", "m.mueller"]), algo=algo, p=p)
    return r.choice(["scripts/provision-yubikey.sh", "onboarding/yubikey-piv.sh", "tools/yk_setup.sh"]), text


@tpl("yubico_piv_tool_import", "yubikey", "management_key", "shell")
def t_ypt(c):
    r = c.rng
    p = c.s("mgmt_key", "sh", name="YK_MGMT_KEY")
    text = fill('''
        #!/bin/sh
        # import the issued cert + key into slot @sl@
        yubico-piv-tool -k @p@ -a import-key -s @sl@ -i @f@.key --pin-policy=once --touch-policy=always
        yubico-piv-tool -k @p@ -a import-certificate -s @sl@ -i @f@.crt
        yubico-piv-tool -a status
        ''', p=p, sl=r.choice(["9a", "9c", "9d", "9e"]), f=r.choice(["vpn", "auth", "codesign"]))
    return r.choice(["scripts/yk-import.sh", "pki/yubikey/import.sh"]), text


@tpl("ykman_change_pin", "yubikey", "piv_pin", "shell")
def t_ykman_pin(c):
    r = c.rng
    puk = r.random() < 0.4
    if puk:
        p = c.s("puk", "sh", name="NEW_PUK")
        line = "ykman piv access change-puk --puk 12345678 --new-puk @p@"
    else:
        p = c.s("piv_pin", "sh", name="NEW_PIN")
        line = "ykman piv access change-pin --pin 123456 --new-pin @p@"
    text = fill('''
        #!/bin/bash
        # first-time PIV setup, replaces factory defaults
        ykman info
        @line@
        ykman piv access set-retries 5 5 --force
        ykman piv info
        ''', line=line.replace("@p@", p))
    return r.choice(["yubikey/first-setup.sh", "scripts/yk-defaults.sh"]), text


@tpl("yubikey_ansible", "yubikey", "piv_pin", "ansible")
def t_yk_ansible(c):
    r = c.rng
    which = r.choice(["pin", "mgmt"])
    if which == "pin":
        p = c.s("piv_pin", "ansible", q='"', name="yubikey_piv_pin")
        k = "yubikey_piv_pin"
    else:
        p = c.s("mgmt_key", "ansible", q='"', name="yubikey_mgmt_key")
        k = "yubikey_management_key"
    text = fill('''
        ---
        # vars for the signing workstation
        yubikey_serial: @ser@
        yubikey_piv_slot: "9c"
        yubikey_pin_policy: once
        yubikey_touch_policy: cached
        @k@: @p@
        pkcs11_module: @lib@
        ''', ser=r.randint(10000000, 32000000), k=k, p=p, lib=YKCS11_LIB)
    return r.choice(["host_vars/signing-ws01.yml", "group_vars/signers/yubikey.yml"]), text


@tpl("openpgp_admin_pin", "openpgp-card", "admin_pin", "shell")
def t_pgp(c):
    r = c.rng
    p = c.s("admin_pin", "sh", name="NEW_ADMIN_PIN")
    text = fill('''
        #!/usr/bin/env bash
        # harden OpenPGP applet on release-manager keys
        ykman openpgp info
        ykman openpgp access change-admin-pin --admin-pin 12345678 --new-admin-pin @p@
        ykman openpgp keys set-touch sig on --admin-pin @p@ --force
        gpg --card-status
        ''', p=p)
    return r.choice(["release/keys/setup-card.sh", "scripts/openpgp-card.sh"]), text


@tpl("fido_pin_python", "fido2", "fido_pin", "python")
def t_fido_py(c):
    r = c.rng
    p = c.s("fido_pin", "py", q='"', name="FIDO_PIN")
    text = fill('''
        from fido2.hid import CtapHidDevice
        from fido2.ctap2 import Ctap2, ClientPin, CredentialManagement

        dev = next(CtapHidDevice.list_devices())
        ctap = Ctap2(dev)
        client_pin = ClientPin(ctap)
        token = client_pin.get_pin_token(@p@, ClientPin.PERMISSION.CREDENTIAL_MGMT)
        cm = CredentialManagement(ctap, client_pin.protocol, token)
        for rp in cm.enumerate_rps():
            print(rp[CredentialManagement.RESULT.RP]["id"])
        ''', p=p)
    return r.choice(["tools/list_passkeys.py", "scripts/fido_inventory.py"]), text


@tpl("fido_ykman_pin", "fido2", "fido_pin", "shell")
def t_fido_sh(c):
    r = c.rng
    p = c.s("fido_pin", "sh", name="FIDO_PIN")
    text = fill('''
        #!/bin/sh
        # set FIDO2 PIN on new security keys before handing them out
        ykman fido info
        ykman fido access change-pin --new-pin @p@
        ykman fido access force-change 2>/dev/null || true
        ''', p=p)
    return r.choice(["onboarding/fido-setup.sh", "scripts/set-fido-pin.sh"]), text


@tpl("tpm2_changeauth", "tpm2", "tpm_auth", "shell")
def t_tpm_change(c):
    r = c.rng
    hier = r.choice(["owner", "endorsement", "lockout", "o", "e", "l"])
    if r.random() < 0.5:
        p = c.s("tpm_hex", "sh", prefix="hex:", name="TPM_%s_AUTH" % hier.upper())
    else:
        p = c.s("tpm_str", "sh", name="TPM_%s_AUTH" % hier.upper())
    text = fill('''
        #!/bin/bash
        # take ownership of the TPM on first boot (@host@)
        set -e
        tpm2_getcap properties-variable | grep -i auth
        tpm2_changeauth -c @hier@ @p@
        tpm2_createprimary -C o -c /var/lib/tpm/primary.ctx -G ecc256
        ''', host=host(r), hier=hier, p=p)
    return r.choice(["provision/tpm-init.sh", "scripts/tpm_take_ownership.sh", "image/firstboot/tpm.sh"]), text


@tpl("tpm2_createprimary_auth", "tpm2", "tpm_auth", "shell")
def t_tpm_primary(c):
    r = c.rng
    p = c.s("tpm_hex", "sh", prefix="hex:", name="OWNER_AUTH")
    text = fill('''
        #!/usr/bin/env bash
        set -euo pipefail
        CTX_DIR=/var/lib/attest
        tpm2_createprimary -C o -P @p@ -g sha256 -G rsa -c $CTX_DIR/primary.ctx
        tpm2_create -C $CTX_DIR/primary.ctx -G ecc -u $CTX_DIR/ak.pub -r $CTX_DIR/ak.priv
        tpm2_evictcontrol -C o -P @p@ -c $CTX_DIR/primary.ctx 0x81000001
        ''', p=p)
    return r.choice(["attest/setup-keys.sh", "scripts/tpm-persist.sh"]), text


@tpl("tpm2_ptool_token", "tpm2-pkcs11", "pin", "shell")
def t_tpm_ptool(c):
    r = c.rng
    p = c.s("pin", "sh", name="TPM_USERPIN")
    text = fill('''
        #!/bin/bash
        export TPM2_PKCS11_STORE=/etc/tpm2_pkcs11
        tpm2_ptool init --path=$TPM2_PKCS11_STORE
        tpm2_ptool addtoken --pid=1 --label=@lab@ --sopin="$TPM_SOPIN" --userpin=@p@ --path=$TPM2_PKCS11_STORE
        tpm2_ptool addkey --label=@lab@ --key-label=@kl@ --userpin=@p@ --algorithm=ecc256 --path=$TPM2_PKCS11_STORE
        ''', lab=label(r), p=p, kl=label(r))
    return r.choice(["provision/tpm2-pkcs11.sh", "scripts/tpm_token.sh"]), text


@tpl("tpm2_pytss_auth", "tpm2", "tpm_auth", "python")
def t_pytss(c):
    r = c.rng
    p = c.s("tpm_str", "py", q='"', name="TPM_OWNER_AUTH")
    text = fill('''
        from tpm2_pytss import ESAPI, ESYS_TR, TPM2B_PUBLIC, TPM2B_SENSITIVE_CREATE

        OWNER_AUTH = @p@


        def create_primary():
            with ESAPI() as ectx:
                ectx.tr_set_auth(ESYS_TR.OWNER, OWNER_AUTH)
                inpub = TPM2B_PUBLIC.parse("ecc256:aes128cfb")
                handle, pub, *_ = ectx.create_primary(TPM2B_SENSITIVE_CREATE(), inpub, ESYS_TR.OWNER)
                return handle, pub
        ''', p=p)
    return r.choice(["attestation/tpm_keys.py", "agent/tpm.py"]), text


@tpl("tpm_ansible_vars", "tpm2", "tpm_auth", "ansible")
def t_tpm_ansible(c):
    r = c.rng
    k = r.choice(["tpm_owner_auth", "tpm_lockout_auth", "tpm_endorsement_auth"])
    p = c.s("tpm_hex", "ansible", q='"', name=k)
    text = fill('''
        ---
        tpm_enable: true
        tpm_pcr_bank: sha256
        tpm_pcrs: [0, 2, 4, 7]
        @k@: @p@
        tpm_ek_handle: "0x81010001"
        tpm_ak_handle: "0x81000002"
        ''', k=k, p=p)
    return r.choice(["group_vars/edge_nodes.yml", "roles/tpm/defaults/main.yml"]), text


@tpl("ejbca_cryptotoken_create", "ejbca", "pin", "shell")
def t_ejbca(c):
    r = c.rng
    p = c.s("pin", "sh", name="TOKEN_PIN")
    text = fill('''
        #!/bin/bash
        EJBCA_HOME=/opt/keyfactor/ejbca
        $EJBCA_HOME/bin/ejbca.sh cryptotoken create \\
          --token "@tok@" \\
          --pin @p@ \\
          --autoactivate TRUE \\
          --type "PKCS11CryptoToken" \\
          --lib @lib@ \\
          --slotlabeltype SLOT_LABEL --slotlabel "@tl@"
        $EJBCA_HOME/bin/ejbca.sh cryptotoken generatekey --token "@tok@" --alias signKey --keyspec secp256r1
        ''', tok=r.choice(["ManagementCA", "IssuingCA-G2", "RootCA", "SubCA-TLS"]), p=p,
        lib=r.choice([LUNA_LIB, NSHIELD_LIB, UTIMACO_LIB] + SOFTHSM_LIBS), tl=label(r))
    return r.choice(["ejbca/scripts/create-token.sh", "pki/ejbca-init.sh"]), text


@tpl("ejbca_catoken_props", "ejbca", "pin", "properties")
def t_ejbca_props(c):
    r = c.rng
    p = c.s("pin", "props", name="CATOKEN_PIN")
    text = fill('''
        # crypto token properties for ca init (ejbca.sh ca init --tokenprop catoken.properties)
        sharedLibrary=@lib@
        slotLabelType=SLOT_NUMBER
        slotLabelValue=@slot@
        pin=@p@
        certSignKey=signKey
        crlSignKey=signKey
        defaultKey=encryptKey
        ''', lib=r.choice([LUNA_LIB, UTIMACO_LIB, NSHIELD_LIB]), slot=r.randint(0, 5), p=p)
    return r.choice(["ejbca/conf/catoken.properties", "pki/ca/catoken.properties"]), text


@tpl("signserver_worker", "signserver", "pin", "properties")
def t_signserver(c):
    r = c.rng
    p = c.s("pin", "props", name="WORKER_PIN")
    w = r.choice(["CryptoTokenP11", "HSMCryptoToken", "TokenLuna"])
    text = fill('''
        ## SignServer crypto worker backed by PKCS#11
        WORKERGENID1.TYPE=CRYPTO_WORKER
        WORKERGENID1.IMPLEMENTATION_CLASS=org.signserver.server.signers.CryptoWorker
        WORKERGENID1.CRYPTOTOKEN_IMPLEMENTATION_CLASS=org.signserver.server.cryptotokens.PKCS11CryptoToken
        WORKERGENID1.NAME=@w@
        WORKERGENID1.SHAREDLIBRARYNAME=@sl@
        WORKERGENID1.SLOTLABELTYPE=SLOT_NUMBER
        WORKERGENID1.SLOTLABELVALUE=@slot@
        WORKERGENID1.PIN=@p@
        WORKERGENID1.DEFAULTKEY=@kl@
        ''', w=w, sl=r.choice(["SoftHSM", "Luna", "Utimaco"]), slot=r.randint(0, 5), p=p, kl=label(r))
    return r.choice(["signserver/conf/cryptotoken.properties", "workers/p11-crypto.properties"]), text


@tpl("fabric_core_bccsp", "hyperledger-fabric", "pin", "yaml")
def t_fabric(c):
    r = c.rng
    p = c.s("pin", "yaml", q=r.choice(['"', '']), name="CORE_PEER_BCCSP_PKCS11_PIN")
    text = fill('''
        peer:
          id: peer@i@.@org@.example.com
          networkId: dev
          listenAddress: 0.0.0.0:7051
          BCCSP:
            Default: PKCS11
            PKCS11:
              Library: @lib@
              Label: @tl@
              Pin: @p@
              Hash: SHA2
              Security: 256
              Immutable: false
          mspConfigPath: msp
          localMspId: @Org@MSP
        ''', i=r.randint(0, 3), org=r.choice(["org1", "org2", "bank"]), Org=r.choice(["Org1", "Org2"]),
        lib=r.choice(SOFTHSM_LIBS + [LUNA_LIB]), tl=label(r), p=p)
    return r.choice(["fabric/config/core.yaml", "network/peer/core.yaml"]), text


@tpl("fabric_ca_compose", "hyperledger-fabric", "pin", "docker-compose")
def t_fabric_ca(c):
    r = c.rng
    p = c.s("pin", "yaml", q="", name="FABRIC_CA_SERVER_BCCSP_PKCS11_PIN")
    text = fill('''
        version: "3.7"
        services:
          ca.@org@:
            image: hyperledger/fabric-ca:1.5
            environment:
              - FABRIC_CA_HOME=/etc/hyperledger/fabric-ca-server
              - FABRIC_CA_SERVER_CA_NAME=ca-@org@
              - FABRIC_CA_SERVER_BCCSP_DEFAULT=PKCS11
              - FABRIC_CA_SERVER_BCCSP_PKCS11_LIBRARY=@lib@
              - FABRIC_CA_SERVER_BCCSP_PKCS11_LABEL=@tl@
              - FABRIC_CA_SERVER_BCCSP_PKCS11_PIN=@p@
            ports:
              - "7054:7054"
            command: sh -c 'fabric-ca-server start -b admin:$${CA_ADMIN_PW} -d'
            volumes:
              - ./softhsm:/var/lib/softhsm
        ''', org=r.choice(["org1", "org2"]), lib=r.choice(SOFTHSM_LIBS), tl=label(r), p=p)
    return r.choice(["docker-compose-ca.yaml", "network/docker/docker-compose-ca.yml"]), text


@tpl("strongswan_token", "strongswan", "pin", "swanctl")
def t_swan(c):
    r = c.rng
    p = c.s("pin", "props", name="TOKEN_PIN")
    text = fill('''
        connections {
            corp {
                remote_addrs = @h@
                local {
                    auth = pubkey
                    cert1 {
                        handle = @hd@
                        slot = @slot@
                        module = opensc
                    }
                }
                remote {
                    auth = pubkey
                    id = "C=DE, O=@org@, CN=@h@"
                }
                children {
                    corp { remote_ts = 10.0.0.0/8 }
                }
            }
        }

        secrets {
            token-corp {
                handle = @hd@
                slot = @slot@
                module = opensc
                pin = @p@
            }
        }
        ''', h=host(r), hd=hexs(r, 2), slot=r.randint(0, 3), org=r.choice(["Acme", "Contoso"]), p=p)
    return r.choice(["etc/swanctl/swanctl.conf", "vpn/swanctl.conf"]), text


@tpl("opendnssec_conf", "opendnssec", "pin", "xml")
def t_ods(c):
    r = c.rng
    p = c.s("pin", "xmlval", name="ODS_PIN")
    text = fill('''
        <?xml version="1.0" encoding="UTF-8"?>
        <Configuration>
          <RepositoryList>
            <Repository name="@rep@">
              <Module>@lib@</Module>
              <TokenLabel>@tl@</TokenLabel>
              <PIN>@p@</PIN>
              <SkipPublicKey/>
            </Repository>
          </RepositoryList>
          <Common>
            <Logging><Syslog><Facility>local0</Facility></Syslog></Logging>
            <PolicyFile>/etc/opendnssec/kasp.xml</PolicyFile>
            <ZoneListFile>/etc/opendnssec/zonelist.xml</ZoneListFile>
          </Common>
          <Enforcer>
            <Datastore><SQLite>/var/lib/opendnssec/kasp.db</SQLite></Datastore>
          </Enforcer>
        </Configuration>
        ''', rep=r.choice(["SoftHSM", "Luna", "HSM1"]), lib=r.choice(SOFTHSM_LIBS + [LUNA_LIB]), tl=label(r), p=p)
    return r.choice(["opendnssec/conf.xml", "etc/opendnssec/conf.xml", "roles/ods/templates/conf.xml"]), text


@tpl("powerdns_hsm", "powerdns", "pin", "shell")
def t_pdns(c):
    r = c.rng
    p = c.s("pin", "sh", name="PDNS_HSM_PIN")
    z = r.choice(["example.net", "acme.io", "contoso.org"])
    text = fill('''
        #!/bin/bash
        # move @z@ KSK to the HSM
        pdnsutil hsm assign @z@ ecdsa256 ksk softhsm @tl@ @p@ @z@-ksk
        pdnsutil hsm create-key @z@ $(pdnsutil show-zone @z@ | awk '/KSK/ {print $3; exit}')
        pdnsutil rectify-zone @z@
        ''', z=z, tl=label(r), p=p)
    return r.choice(["dns/hsm-assign.sh", "ops/pdns/move-ksk.sh"]), text


@tpl("yubihsm_shell", "yubihsm", "password", "shell")
def t_yhsm_sh(c):
    r = c.rng
    p = c.s("password", "sh", name="YHSM_AUTH_PW")
    text = fill('''
        #!/bin/sh
        # backup wrap key check on YubiHSM 2 (connector on localhost)
        yubihsm-connector -d &
        sleep 1
        yubihsm-shell --connector http://127.0.0.1:12345 --authkey @ak@ --password @p@ \\
          --action list-objects --object-type wrap-key
        ''', ak=r.choice(["2", "3", "0x0002", "10"]), p=p)
    return r.choice(["ops/yubihsm/list-wrap.sh", "scripts/yhsm_check.sh"]), text


@tpl("yubihsm_pkcs11_py", "yubihsm", "yubihsm_pin", "python")
def t_yhsm_py(c):
    r = c.rng
    p = c.s("yubihsm", "py", q='"', name="YUBIHSM_PIN")
    text = fill('''
        # YubiHSM2 PKCS#11: PIN = 4 hex digit auth key id followed by the password
        import os
        import PyKCS11

        os.environ.setdefault("YUBIHSM_PKCS11_CONF", "/etc/yubihsm_pkcs11.conf")
        lib = PyKCS11.PyKCS11Lib()
        lib.load("@lib@")
        session = lib.openSession(lib.getSlotList()[0], PyKCS11.CKF_RW_SESSION)
        session.login(@p@)
        ''', lib=YUBIHSM_LIB, p=p)
    return r.choice(["hsm/yubihsm_session.py", "tools/yhsm_login.py"]), text


@tpl("azure_mhsm_terraform", "azure-managed-hsm", "client_secret", "terraform")
def t_az_tf(c):
    r = c.rng
    p = c.s("azure", "tf", q='"', name="arm_client_secret")
    text = fill('''
        provider "azurerm" {
          features {}
          subscription_id = "@sub@"
          tenant_id       = "@ten@"
          client_id       = "@cid@"
          client_secret   = @p@
        }

        resource "azurerm_key_vault_managed_hardware_security_module" "hsm" {
          name                     = "mhsm-@team@-@env@"
          resource_group_name      = azurerm_resource_group.sec.name
          location                 = "@loc@"
          sku_name                 = "Standard_B1"
          purge_protection_enabled = true
          tenant_id                = "@ten@"
          admin_object_ids         = ["@oid@"]
        }
        ''', sub=guid(r), ten=guid(r), cid=guid(r), p=p, team=r.choice(TEAMS), env=r.choice(ENVS),
        loc=r.choice(["westeurope", "eastus2", "northeurope"]), oid=guid(r))
    return r.choice(["infra/azure/mhsm.tf", "terraform/hsm/main.tf", "envs/prod/providers.tf"]), text


@tpl("azure_mhsm_ci", "azure-managed-hsm", "client_secret", "gitlab-ci")
def t_az_ci(c):
    r = c.rng
    p = c.s("azure", "sh", name="AZURE_CLIENT_SECRET")
    text = fill('''
        rotate-kek:
          stage: deploy
          image: mcr.microsoft.com/azure-cli:latest
          script:
            - az login --service-principal -u @cid@ -p @p@ --tenant @ten@
            - az keyvault key rotate --hsm-name @hsm@ --name @kn@
            - az keyvault key show --hsm-name @hsm@ --name @kn@ --query key.kid -o tsv
          only:
            - schedules
        ''', cid=guid(r), p=p, ten=guid(r), hsm="mhsm-" + r.choice(TEAMS), kn=r.choice(["kek-payments", "cmk-sql", "tde-key"]))
    return r.choice([".gitlab-ci.yml", "ci/rotate-kek.gitlab-ci.yml"]), text


@tpl("fortanix_dsm_env", "fortanix-dsm", "api_key", "env", weight=0.35)
def t_fortanix(c):
    r = c.rng
    p = c.s("fortanix", "props", name="FORTANIX_API_KEY")
    text = fill('''
        FORTANIX_API_ENDPOINT=https://@reg@.smartkey.io
        FORTANIX_API_KEY=@p@
        FORTANIX_GROUP_ID=@gid@
        PKCS11_MODULE=/opt/fortanix/pkcs11/fortanix_pkcs11.so
        ''', reg=r.choice(["eu", "amer", "uk", "apac"]), p=p, gid=guid(r))
    return r.choice([".env", ".env.local", ".env.production"]), text


@tpl("fortanix_dsm_py", "fortanix-dsm", "api_key", "python")
def t_fortanix_py(c):
    r = c.rng
    p = c.s("fortanix", "py", q='"', name="FORTANIX_API_KEY")
    text = fill('''
        import sdkms.v1

        config = sdkms.v1.Configuration()
        config.host = "https://@reg@.smartkey.io"
        client = sdkms.v1.ApiClient(configuration=config)

        auth = sdkms.v1.AuthenticationApi(api_client=client)
        config.app_api_key = @p@
        session = auth.authorize()
        config.api_key["Authorization"] = session.access_token
        config.api_key_prefix["Authorization"] = "Bearer"
        ''', reg=r.choice(["eu", "amer", "uk"]), p=p)
    return r.choice(["scripts/dsm_client.py", "app/kms/fortanix.py"]), text


def gcp_gen(rng):
    lines = pem_private_lines(rng)
    return "\\n".join(lines), lines[0]


@tpl("gcp_sa_cloudhsm", "gcp-cloud-hsm", "private_key", "json")
def t_gcp(c):
    r = c.rng
    proj = r.choice(["acme-sec", "kms-prod", "payments-hsm"]) + "-" + str(r.randint(100, 999))
    sa = r.choice(["kms-signer", "hsm-ops", "cloudhsm-user"])
    if c.pos:
        body = c.s("private_key", "json", gen=gcp_gen)
        pk = "-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----\\n"
    else:
        pk = c.s("private_key", "json", name="GCP_SA_KEY")
        pk = pk.strip('"')
    text = fill('''
        {
          "type": "service_account",
          "project_id": "@proj@",
          "private_key_id": "@kid@",
          "private_key": "@pk@",
          "client_email": "@sa@@@proj@.iam.gserviceaccount.com",
          "client_id": "@cid@",
          "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "universe_domain": "googleapis.com"
        }
        ''', proj=proj, kid=hexs(r, 40), pk=pk, sa=sa, cid=rs(r, DI, 21))
    return r.choice(["keys/" + sa + ".json", "deploy/gcp/hsm-signer-sa.json"]), text


@tpl("readme_softhsm", "softhsm", "pin", "markdown")
def t_readme(c):
    r = c.rng
    p = c.s("pin", "md", name="HSM_PIN")
    text = fill('''
        # @app@ - HSM signing service

        ## Local setup

        1. Install SoftHSM and OpenSC:

           ```sh
           sudo apt install softhsm2 opensc
           ```

        2. Create the shared dev token (the team uses the same PIN everywhere, ask @who@ before changing it):

           ```sh
           softhsm2-util --init-token --free --label @tl@ --so-pin "$SO_PIN" --pin @p@
           ```

        3. Run the service:

           ```sh
           PKCS11_MODULE=@lib@ PKCS11_TOKEN=@tl@ ./gradlew bootRun
           ```
        ''', app=r.choice(["doc-signer", "jwt-issuer", "firmware-signer"]), who=r.choice(["@mlopez", "@jdoe", "Kai"]),
        tl=label(r), p=p, lib=r.choice(SOFTHSM_LIBS))
    return r.choice(["README.md", "docs/hsm-setup.md", "docs/dev/softhsm.md"]), text


@tpl("compose_pkcs11_env", "softhsm", "pin", "docker-compose")
def t_compose(c):
    r = c.rng
    p = c.s("pin", "yaml", q=r.choice(['"', '']), name="PKCS11_PIN")
    text = fill('''
        services:
          signer:
            build: ./signer
            environment:
              PKCS11_MODULE: @lib@
              PKCS11_TOKEN_LABEL: @tl@
              PKCS11_PIN: @p@
              LOG_LEVEL: debug
            volumes:
              - softhsm-tokens:/var/lib/softhsm/tokens
            ports:
              - "8088:8080"
        volumes:
          softhsm-tokens: {}
        ''', lib=r.choice(SOFTHSM_LIBS), tl=label(r), p=p)
    return r.choice(["docker-compose.yml", "compose.yaml", "dev/docker-compose.yml"]), text


@tpl("k8s_kms_plugin_pkcs11", "k8s-kms-pkcs11", "pin", "yaml")
def t_kms_plugin(c):
    r = c.rng
    p = c.s("pin", "yaml", q='"', name="KMS_PKCS11_PIN")
    text = fill('''
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: kms-plugin-config
          namespace: kube-system
        data:
          config.yaml: |
            provider: pkcs11
            pkcs11:
              module: @lib@
              tokenLabel: @tl@
              pin: @p@
              keyLabel: k8s-secrets-kek
            socket: /var/run/kmsplugin/socket.sock
        ''', lib=r.choice([LUNA_LIB, CLOUDHSM_LIB] + SOFTHSM_LIBS), tl=label(r), p=p)
    return r.choice(["cluster/kms-plugin/configmap.yaml", "k8s/kube-system/kms-config.yaml"]), text


@tpl("python_settings_hsm", "pkcs11", "pin", "python")
def t_settings(c):
    r = c.rng
    p = c.s("pin", "py", q=r.choice(['"', "'"]), name="HSM_PIN")
    text = fill('''
        # Django settings - signing backend
        DEBUG = False
        ALLOWED_HOSTS = ["@h@"]

        SIGNING_BACKEND = "core.signing.backends.Pkcs11Backend"
        HSM = {
            "MODULE": "@lib@",
            "TOKEN_LABEL": "@tl@",
            "PIN": @p@,
            "KEY_LABEL": "@kl@",
        }

        LOGGING = {"version": 1, "root": {"level": "INFO"}}
        ''', h=host(r), lib=r.choice(ANY_LIBS), tl=label(r), p=p, kl=label(r))
    return r.choice(["config/settings/production.py", "project/settings.py", "app/settings_prod.py"]), text


@tpl("pkcs11_uri_yaml_config", "pkcs11-uri", "pin", "yaml")
def t_uri_yaml(c):
    r = c.rng
    p = uri_pin(c, "SIGNING_PIN")
    text = fill('''
        signing:
          backend: pkcs11
          module: @lib@
          key: "pkcs11:token=@tl@;object=@ol@;type=private?pin-value=@p@"
          certificate: /etc/@app@/signing.crt
        timestamp:
          url: http://timestamp.digicert.com
        ''', lib=r.choice(ANY_LIBS + [YKCS11_LIB]), tl=label(r), ol=label(r), p=p, app=r.choice(["rauc", "swupdate", "signer"]))
    return r.choice(["config/signing.yaml", "conf/signer.yml", "deploy/signing-config.yaml"]), text


@tpl("rauc_system_conf", "rauc", "pin", "ini")
def t_rauc(c):
    r = c.rng
    p = uri_pin(c, "RAUC_PKCS11_PIN")
    text = fill('''
        # build-host signing for rauc bundles (do not ship on target)
        [signing]
        module=@lib@
        key=pkcs11:token=@tl@;object=@ol@;pin-value=@p@
        cert=pkcs11:token=@tl@;object=@ol@
        keyring=/etc/rauc/ca.cert.pem
        ''', lib=r.choice(SOFTHSM_LIBS + [YKCS11_LIB]), tl=label(r), ol=label(r), p=p)
    return r.choice(["yocto/meta-acme/conf/rauc-signing.conf", "bsp/signing.conf"]), text


@tpl("ansible_softhsm_task", "softhsm", "so_pin", "ansible")
def t_ansible_task(c):
    r = c.rng
    p = c.s("so_pin", "ansible", q='"', name="softhsm_so_pin")
    text = fill('''
        ---
        - name: Install SoftHSM
          ansible.builtin.package:
            name: [softhsm2, opensc]
            state: present

        - name: Initialise token
          ansible.builtin.command: >
            softhsm2-util --init-token --free --label {{ softhsm_token_label }}
            --so-pin {{ softhsm_so_pin }} --pin {{ softhsm_user_pin }}
          args:
            creates: /var/lib/softhsm/tokens/.initialised
          no_log: true

        - name: Token vars
          ansible.builtin.set_fact:
            softhsm_token_label: @tl@
            softhsm_so_pin: @p@
        ''', tl=label(r), p=p)
    return r.choice(["roles/softhsm/tasks/main.yml", "playbooks/softhsm.yml"]), text


@tpl("luna_ps1_login", "thales-luna", "partition_password", "powershell")
def t_luna_ps(c):
    r = c.rng
    p2 = c.s("password", "ps1", name="LUNA_PW")
    text = fill('''
        # Register Luna KSP for ADCS on @h@
        $luna = "C:\\Program Files\\SafeNet\\LunaClient"
        & "$luna\\lunacm.exe" -c "partition login -password @p@"
        & "$luna\\KSP\\ksputil.exe" registerSlot -s @slot@ -p @p@ -u SYSTEM
        Restart-Service certsvc
        ''', h=host(r), p=p2, slot=r.randint(0, 3))
    return r.choice(["adcs/Register-LunaKsp.ps1", "scripts/luna-ksp.ps1"]), text


@tpl("java_cloudhsm_explicit_login", "aws-cloudhsm", "crypto_user_password", "java")
def t_chsm_java(c):
    r = c.rng
    p = c.s("password", "java", q='"', name="HSM_PASSWORD")
    text = fill('''
        package com.acme.kms;

        import com.amazonaws.cloudhsm.jce.provider.CloudHsmProvider;
        import com.amazonaws.cloudhsm.jce.provider.authentication.UsernamePasswordCallbackHandler;
        import java.security.Security;

        public class HsmLogin {
            public static CloudHsmProvider login() throws Exception {
                CloudHsmProvider provider = new CloudHsmProvider();
                Security.addProvider(provider);
                String user = "@u@";
                char[] pass = @p@.toCharArray();
                provider.login(null, new UsernamePasswordCallbackHandler(user, pass));
                return provider;
            }
        }
        ''', u=r.choice(USERS), p=p)
    return "src/main/java/com/acme/kms/HsmLogin.java", text


# --------------------------------------------------------------------------
# look-alike negatives (no secret at all)
# --------------------------------------------------------------------------
LOOKS = []


def look(name, provider, kind, filetype):
    def deco(f):
        LOOKS.append(dict(name=name, provider=provider, kind=kind, filetype=filetype, fn=f))
        return f
    return deco


@look("softhsm2_conf", "softhsm", "config_no_secret", "conf")
def l_softhsm_conf(r):
    return r.choice(["softhsm2.conf", "test/softhsm2.conf", "etc/softhsm2.conf"]), fill('''
        # SoftHSM v2 configuration file
        directories.tokendir = @d@
        objectstore.backend = file
        objectstore.umask = 0077
        log.level = @lv@
        slots.removable = false
        slots.mechanisms = ALL
        library.reset_on_fork = false
        ''', d=r.choice(["/var/lib/softhsm/tokens/", "./tokens", "/tmp/softhsm"]), lv=r.choice(["ERROR", "INFO", "DEBUG"]))


@look("chrystoki_conf", "thales-luna", "config_no_secret", "conf")
def l_chrystoki(r):
    return r.choice(["luna/Chrystoki.conf", "docker/luna/Chrystoki.conf"]), fill('''
        Chrystoki2 = {
           LibUNIX = /usr/safenet/lunaclient/lib/libCryptoki2.so;
           LibUNIX64 = /usr/safenet/lunaclient/lib/libCryptoki2_64.so;
        }
        Luna = {
           DefaultTimeOut = 500000;
           PEDTimeout1 = 100000;
           KeypairGenTimeOut = 2700000;
           CloningCommandTimeOut = 300000;
           CommandTimeOutPedSet = 720000;
        }
        LunaSA Client = {
           ReceiveTimeout = 20000;
           SSLConfigFile = /usr/safenet/lunaclient/bin/openssl.cnf;
           ClientPrivKeyFile = /usr/safenet/lunaclient/cert/client/@cn@Key.pem;
           ClientCertFile = /usr/safenet/lunaclient/cert/client/@cn@.pem;
           ServerCAFile = /usr/safenet/lunaclient/cert/server/CAFile.pem;
           NetClient = 1;
           TCPKeepAlive = 1;
           ServerName00 = @h@;
           ServerPort00 = 1792;
           ServerHtl00 = 0;
        }
        HAConfiguration = {
           HAOnly = 1;
           reconnAtt = -1;
        }
        VirtualToken = {
           VirtualToken00Label = @tl@;
           VirtualToken00SN = 1@sn@;
           VirtualToken00Members = @m1@,@m2@;
        }
        ''', cn=r.choice(["app01", "signer-a", "k8s-node"]), h=host(r), tl=label(r),
        sn=rs(r, DI, 11), m1=rs(r, DI, 13), m2=rs(r, DI, 13))


@look("pkcs11_tool_list", "opensc", "cka_id_serial", "text")
def l_p11list(r):
    lines = ["$ pkcs11-tool --module %s -O" % r.choice(ANY_LIBS),
             "Using slot %d with a present token (0x%x)" % (r.randint(0, 3), r.getrandbits(31))]
    for _ in range(r.randint(2, 4)):
        kl = label(r)
        ki = hexs(r, r.choice([2, 16, 40]))
        lines += ["Private Key Object; %s" % r.choice(["RSA", "EC"]),
                  "  label:      %s" % kl, "  ID:         %s" % ki,
                  "  Usage:      decrypt, sign, signRecover, unwrap",
                  "  Access:     sensitive, always sensitive, never extractable, local",
                  "Public Key Object; RSA %d bits" % r.choice([2048, 3072]),
                  "  label:      %s" % kl, "  ID:         %s" % ki,
                  "  Usage:      encrypt, verify, verifyRecover, wrap"]
    return r.choice(["docs/token-objects.txt", "notes/hsm-inventory.md", "docs/keys.txt"]), "\n".join(lines) + "\n"


@look("ykman_piv_info", "yubikey", "serial_fingerprint", "text")
def l_piv_info(r):
    return r.choice(["docs/yubikeys/ws-%02d.txt" % r.randint(1, 40), "inventory/yubikey-piv.txt"]), fill('''
        Device type: YubiKey 5 NFC
        Serial number: @ser@
        Firmware version: 5.@fw@
        PIV version: 5.@fw@
        PIN tries remaining: 3/3
        PUK tries remaining: 3/3
        Management key algorithm: @alg@
        WARNING: Using default PIN!
        CHUID: 3019d4e739da739ced39ce739d836858210842108421c84210c3eb34@c1@350832303330303130313e00fe00
        CCC: f015a000000116ff02@c2@f105fff20121f30100f40100f50110f60100f70100fa0101fb0101fc0100fd0100fe0100
        Slot 9A (AUTHENTICATION):
          Algorithm: ECCP256
          Subject DN: CN=@cn@
          Issuer DN: CN=@org@ Issuing CA
          Serial: @cs@
          Fingerprint: @fp@
          Not before: 2024-0@m@-1@d@T09:12:44+00:00
          Not after: 2026-0@m@-1@d@T09:12:44+00:00
        ''', ser=r.randint(10000000, 32000000), fw=r.choice(["4.3", "7.1", "2.6"]), alg=r.choice(["TDES", "AES192"]),
        c1=hexs(r, 32), c2=hexs(r, 22), cn=r.choice(["jdoe", "m.mueller", "svc-deploy"]), org=r.choice(["Acme", "Contoso"]),
        cs=hexs(r, 38), fp=hexs(r, 64), m=r.randint(1, 9), d=r.randint(0, 9))


@look("piv_cert_pem", "yubikey", "certificate", "pem")
def l_cert(r):
    lines = cert_lines(r)
    return r.choice(["certs/piv-9a.crt", "pki/issuing-ca.pem", "config/hsm/ca-chain.pem", "certs/customerCA.crt"]), \
        "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@look("ec_public_key", "pkcs11", "public_key", "pem")
def l_pub(r):
    lines = pub_ec_lines(r)
    return r.choice(["keys/firmware-signing.pub", "config/jwt/hsm-public.pem", "verify/release.pub.pem"]), \
        "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@look("ssh_sk_authorized_keys", "fido2", "public_key", "authorized_keys")
def l_ssh(r):
    out = []
    for _ in range(r.randint(2, 5)):
        if r.random() < 0.5:
            out.append("sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAI" + rs(r, B64, 43) + "AAAABHNzaDo= " + r.choice(["jdoe@yubikey", "ops-fido", "anna@laptop"]))
        else:
            out.append("ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + rs(r, B64, 87) + "= piv-9a-" + r.choice(["jdoe", "build", "deploy"]))
    return r.choice(["ansible/files/authorized_keys", "users/keys/authorized_keys"]), "\n".join(out) + "\n"


@look("tpm_pcr_policy", "tpm2", "digest", "yaml")
def l_pcr(r):
    body = "sha256:\n" + "".join("  %d : 0x%s\n" % (i, hexs(r, 64, True)) for i in r.sample(range(0, 16), 6))
    return r.choice(["attestation/golden-pcrs.yaml", "policy/pcr-values.yml"]), "# tpm2_pcrread output from golden image\n" + body


@look("tpm_readpublic", "tpm2", "tpm_name", "yaml")
def l_readpub(r):
    return r.choice(["attest/ak.yaml", "fixtures/tpm/ek_pub.yaml"]), fill('''
        name: 000b@n@
        qualified name: 000b@q@
        name-alg:
          value: sha256
          raw: 0xb
        attributes:
          value: fixedtpm|fixedparent|sensitivedataorigin|userwithauth|restricted|sign
          raw: 0x50072
        type:
          value: ecc
          raw: 0x23
        curve-id:
          value: NIST p256
          raw: 0x3
        x: @x@
        y: @y@
        ''', n=hexs(r, 64), q=hexs(r, 64), x=hexs(r, 64), y=hexs(r, 64))


@look("vault_seal_env_pin", "vault", "env_reference", "hcl")
def l_vault_env(r):
    return r.choice(["vault/config/vault.hcl", "deploy/vault/seal.hcl"]), fill('''
        # The PIN is NOT stored here: it is injected as VAULT_HSM_PIN by systemd
        # (LoadCredential=) from the secrets host.
        seal "pkcs11" {
          lib            = "@lib@"
          slot           = "@slot@"
          key_label      = "@kl@"
          hmac_key_label = "@kl@-hmac"
          mechanism      = "0x1087"
        }
        ''', lib=r.choice([LUNA_LIB, CLOUDHSM_LIB]), slot=slot(r), kl=label(r))


@look("pkcs11_uri_pin_source", "pkcs11-uri", "pin_source_ref", "nginx")
def l_uri_source(r):
    tl, ol = label(r), label(r)
    return r.choice(["nginx/conf.d/hsm.conf", "config/signing.yaml"]), fill('''
        ssl_engine pkcs11;
        server {
            listen 443 ssl;
            server_name @h@;
            ssl_certificate     /etc/nginx/certs/tls.pem;
            ssl_certificate_key "engine:pkcs11:pkcs11:token=@tl@;object=@ol@;type=private?pin-source=file:/run/secrets/token-pin";
        }
        ''', h=host(r), tl=tl, ol=ol)


@look("cka_id_map", "pkcs11", "cka_id", "yaml")
def l_ckaid(r):
    out = ["# key inventory (CKA_ID -> usage), exported from the HSM, no secrets", "keys:"]
    for _ in range(r.randint(3, 6)):
        out += ["  - label: %s" % label(r), "    id: \"%s\"" % hexs(r, r.choice([16, 32, 40])),
                "    slot: %d" % r.randint(0, 4), "    class: %s" % r.choice(["private", "secret", "public"]),
                "    handle: %d" % r.randint(1, 99999)]
    return r.choice(["hsm/keys.yaml", "inventory/hsm-keys.yml"]), "\n".join(out) + "\n"


@look("dnssec_ds", "opendnssec", "digest", "zone")
def l_ds(r):
    z = r.choice(["example.org", "acme.io", "contoso.net"])
    out = ["; DS records to publish at the registrar (generated by ods-enforcer)"]
    for _ in range(2):
        kt = r.randint(1000, 65000)
        out.append("%s. 3600 IN DS %d 13 2 %s" % (z, kt, hexs(r, 64, True)))
    out.append("; key locator %s (KSK, SoftHSM token %s)" % (hexs(r, 32), label(r)))
    return r.choice(["dns/ds-records.txt", "zones/%s.ds" % z]), "\n".join(out) + "\n"


@look("cloudhsm_terraform", "aws-cloudhsm", "resource_ids", "terraform")
def l_chsm_tf(r):
    return r.choice(["infra/cloudhsm/main.tf", "terraform/modules/cloudhsm/main.tf"]), fill('''
        resource "aws_cloudhsm_v2_cluster" "this" {
          hsm_type   = "hsm1.medium"
          subnet_ids = ["subnet-@s1@", "subnet-@s2@"]
          tags = { Name = "@team@-cloudhsm" }
        }

        resource "aws_cloudhsm_v2_hsm" "hsm" {
          count      = 2
          cluster_id = aws_cloudhsm_v2_cluster.this.cluster_id
          subnet_id  = element(["subnet-@s1@", "subnet-@s2@"], count.index)
        }

        # imported: cluster-@cid@ / hsm-@hid@
        output "cluster_id" { value = aws_cloudhsm_v2_cluster.this.cluster_id }
        ''', s1=hexs(r, 17), s2=hexs(r, 17), team=r.choice(TEAMS),
        cid=rs(r, "abcdefghijklmnopqrstuvwxyz234567", 11), hid=rs(r, "abcdefghijklmnopqrstuvwxyz234567", 11))


@look("cloudhsm_client_cfg", "aws-cloudhsm", "config_no_secret", "json")
def l_chsm_cfg(r):
    ip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return r.choice(["opt/cloudhsm/etc/cloudhsm-pkcs11.cfg", "docker/cloudhsm/cloudhsm-jce.cfg"]), fill('''
        {
          "clusters": [
            {
              "type": "hsm1",
              "cluster": {
                "hsm_ca_file": "/opt/cloudhsm/etc/customerCA.crt",
                "servers": [
                  {"hostname": "@ip@", "port": 2223, "enable": true}
                ]
              }
            }
          ],
          "logging": {"log_type": "file", "log_file": "/opt/cloudhsm/run/cloudhsm-pkcs11.log", "log_level": "info"}
        }
        ''', ip=ip)


@look("fido_credentials_fixture", "fido2", "credential_id", "json")
def l_fido(r):
    creds = []
    for _ in range(r.randint(1, 3)):
        creds.append({"credentialId": base64.urlsafe_b64encode(r.randbytes(64)).decode().rstrip("="),
                      "publicKey": "pQECAyYgASFYI" + rs(r, AN + "-_", 80),
                      "signCount": r.randint(0, 500), "aaguid": guid(r),
                      "userHandle": base64.urlsafe_b64encode(r.randbytes(16)).decode().rstrip("="),
                      "transports": ["usb", "nfc"]})
    return r.choice(["test/fixtures/webauthn_credentials.json", "src/test/resources/passkeys.json"]), json.dumps(creds, indent=2) + "\n"


@look("u2f_udev", "yubikey", "config_no_secret", "udev")
def l_udev(r):
    return r.choice(["etc/udev/rules.d/70-u2f.rules", "files/70-yubikey.rules"]), fill('''
        # Yubico YubiKey
        ACTION!="add|change", GOTO="u2f_end"
        KERNEL=="hidraw*", SUBSYSTEM=="hidraw", ATTRS{idVendor}=="1050", ATTRS{idProduct}=="0113|0114|0115|0116|0120|0200|0402|0403|0406|0407|0410", TAG+="uaccess", GROUP="plugdev", MODE="0660"
        # Nitrokey 3
        KERNEL=="hidraw*", SUBSYSTEM=="hidraw", ATTRS{idVendor}=="20a0", ATTRS{idProduct}=="42b2", TAG+="uaccess"
        LABEL="u2f_end"
        ''')


@look("piv_policy_vars", "yubikey", "pin_policy", "ansible")
def l_policy(r):
    return r.choice(["group_vars/yubikey.yml", "roles/piv/defaults/main.yml"]), fill('''
        ---
        piv_pin_policy: @pp@
        piv_touch_policy: @tp@
        piv_pin_retries: @a@
        piv_puk_retries: @b@
        piv_management_key_protected: true   # stored on-device, protected by PIN
        piv_key_algorithm: ECCP256
        piv_slots: ["9a", "9c"]
        # PINs are entered by the user at enrolment; nothing secret in this repo
        ''', pp=r.choice(["once", "always", "default"]), tp=r.choice(["cached", "always", "never"]),
        a=r.randint(3, 8), b=r.randint(3, 8))


@look("hsm_client_checksums", "thales-luna", "checksum", "dockerfile")
def l_checksums(r):
    return r.choice(["docker/luna/Dockerfile", "Dockerfile.hsmclient"]), fill('''
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        ARG LUNA_CLIENT=LunaClient_10.@v@.0-@b@_Linux.tar
        ARG LUNA_SHA256=@h1@
        COPY ${LUNA_CLIENT} /tmp/
        RUN echo "${LUNA_SHA256}  /tmp/${LUNA_CLIENT}" | sha256sum -c - \\
         && tar -xf /tmp/${LUNA_CLIENT} -C /tmp \\
         && /tmp/64/install.sh -p network -c sdk jsp -y
        # cloudhsm pkcs11 rpm sha256: @h2@
        ''', v=r.randint(1, 8), b=r.randint(10, 200), h1=hexs(r, 64), h2=hexs(r, 64))


@look("cosign_bundle", "cosign", "signature", "json")
def l_cosign(r):
    return r.choice(["dist/image.sig.json", "release/bundle.json"]), json.dumps({
        "base64Signature": base64.b64encode(r.randbytes(72)).decode(),
        "cert": "",
        "rekorBundle": {"SignedEntryTimestamp": base64.b64encode(r.randbytes(70)).decode(),
                        "Payload": {"body": base64.b64encode(r.randbytes(180)).decode(),
                                    "integratedTime": r.randint(1690000000, 1750000000),
                                    "logIndex": r.randint(10000000, 99999999),
                                    "logID": hexs(r, 64)}}}, indent=2) + "\n"


@look("wrapped_key_blob", "pkcs11", "ciphertext", "json")
def l_wrapped(r):
    return r.choice(["data/wrapped-dek.json", "backup/keys/export-%d.json" % r.randint(1, 30)]), json.dumps({
        "kek_label": label(r), "mechanism": "CKM_AES_KEY_WRAP_KWP",
        "wrapped_key": base64.b64encode(r.randbytes(40)).decode(),
        "key_check_value": hexs(r, 6, True), "cka_id": hexs(r, 16),
        "created": "2024-%02d-%02dT10:00:00Z" % (r.randint(1, 12), r.randint(1, 28))}, indent=2) + "\n"


@look("sunpkcs11_cfg", "sunpkcs11", "config_no_secret", "cfg")
def l_sunp11(r):
    return r.choice(["conf/pkcs11.cfg", "src/main/resources/pkcs11-luna.cfg", "signing/pkcs11-yubikey.cfg"]), fill('''
        name = @n@
        library = @lib@
        slotListIndex = @s@
        attributes(*, CKO_PRIVATE_KEY, *) = {
          CKA_SIGN = true
          CKA_SENSITIVE = true
        }
        attributes(generate, CKO_SECRET_KEY, CKK_AES) = {
          CKA_TOKEN = true
          CKA_ID = 0h@id@
        }
        ''', n=r.choice(["Luna", "SoftHSM", "YubiKey", "nShield"]), lib=r.choice(ANY_LIBS + [YKCS11_LIB]),
        s=r.randint(0, 3), id=hexs(r, 16))


@look("keytool_list_output", "sunpkcs11", "fingerprint", "text")
def l_keytool_out(r):
    out = ["Keystore type: PKCS11", "Keystore provider: SunPKCS11-%s" % r.choice(["Luna", "SoftHSM"]), "",
           "Your keystore contains 2 entries", ""]
    for _ in range(2):
        fp = ":".join(hexs(r, 2, True) for _ in range(32))
        out += ["%s, PrivateKeyEntry," % label(r), "Certificate fingerprint (SHA-256): %s" % fp]
    return r.choice(["docs/keystore-listing.txt", "ops/hsm-keys.txt"]), "\n".join(out) + "\n"


@look("go_test_pin_from_env", "miekg/pkcs11", "env_reference", "go")
def l_go_env(r):
    return r.choice(["internal/hsm/hsm_test.go", "pkg/pkcs11/session_test.go"]), fill('''
        package hsm

        import (
        	"os"
        	"testing"
        )

        func TestLogin(t *testing.T) {
        	pin := os.Getenv("PKCS11_PIN")
        	if pin == "" {
        		t.Skip("PKCS11_PIN not set; skipping HSM test")
        	}
        	p, s, err := Open(0)
        	if err != nil {
        		t.Fatal(err)
        	}
        	defer p.CloseSession(s)
        	if _, err := p.GetTokenInfo(@sl@); err != nil {
        		t.Fatalf("token info: %v", err)
        	}
        }
        ''', sl=r.randint(0, 3))


@look("yubihsm_list_objects", "yubihsm", "object_ids", "text")
def l_yhsm(r):
    out = ["Found %d object(s)" % 4]
    for _ in range(4):
        out.append("id: 0x%04x, type: %s, algo: %s, sequence: %d, label: %s" % (
            r.randint(1, 0xfffe), r.choice(["asymmetric-key", "wrap-key", "authentication-key", "opaque"]),
            r.choice(["ecp256", "rsa2048", "aes256-ccm-wrap", "aes128-yubico-authentication"]),
            r.randint(0, 9), label(r)))
    return r.choice(["docs/yubihsm-objects.txt", "ops/yhsm-inventory.log"]), "\n".join(out) + "\n"


@look("gpg_card_status", "openpgp-card", "fingerprint", "text")
def l_gpg(r):
    def fp():
        return " ".join(hexs(r, 4, True) for _ in range(10))
    return r.choice(["docs/release-keys/card-status.txt", "KEYS/card.txt"]), fill('''
        Reader ...........: Yubico YubiKey OTP FIDO CCID 00 00
        Application ID ...: D276000124010304000@ser@0000
        Application type .: OpenPGP
        Version ..........: 3.4
        Manufacturer .....: Yubico
        Serial number ....: @ser@
        Name of cardholder: @nm@
        Signature PIN ....: not forced
        Key attributes ...: ed25519 cv25519 ed25519
        Max. PIN lengths .: 127 127 127
        PIN retry counter : 3 0 3
        Signature counter : @sc@
        Signature key ....: @f1@
        Encryption key....: @f2@
        Authentication key: @f3@
        ''', ser=rs(r, DI, 8), nm=r.choice(["Release Team", "Anna Schmidt", "Jose Garcia"]), sc=r.randint(0, 900),
        f1=fp(), f2=fp(), f3=fp())


@look("nfkminfo_output", "nshield", "hash", "text")
def l_nfkm(r):
    return r.choice(["docs/nshield/nfkminfo.txt", "ops/security-world.txt"]), fill('''
        World
         generation  2
         state       0x37270008 Initialised Usable Recovery !PINRecovery !ExistingClient RTC NVRAM FTO
         n_modules   1
         hknso       @a@
         hkm         @b@
         hkre        @c@
        Module #1
         generation 2
         state      0x2 Usable
         flags      0x10000 ShareTarget
         n_slots    4
         esn        @e1@-@e2@-@e3@
         hkml       @d@
        ''', a=hexs(r, 40), b=hexs(r, 40), c=hexs(r, 40), d=hexs(r, 40),
        e1=rs(r, UP + DI, 4), e2=rs(r, UP + DI, 4), e3=rs(r, UP + DI, 4))


@look("azure_mhsm_role_assign", "azure-managed-hsm", "resource_ids", "shell")
def l_az(r):
    return r.choice(["scripts/mhsm-rbac.sh", "infra/azure/assign-roles.sh"]), fill('''
        #!/bin/bash
        # grant the app's managed identity crypto user on the managed HSM
        HSM=mhsm-@team@
        az keyvault role assignment create --hsm-name $HSM \\
          --role "Managed HSM Crypto User" \\
          --assignee-object-id @oid@ --assignee-principal-type ServicePrincipal \\
          --scope /keys/@kn@
        az keyvault security-domain download --hsm-name $HSM \\
          --sd-wrapping-keys certs/sd0.cer certs/sd1.cer certs/sd2.cer --sd-quorum 2 \\
          --security-domain-file $HSM-SD.json
        # tenant @ten@, subscription @sub@
        ''', team=r.choice(TEAMS), oid=guid(r), kn=r.choice(["cmk-sql", "kek-payments"]), ten=guid(r), sub=guid(r))


@look("ejbca_token_no_pin", "ejbca", "config_no_secret", "properties")
def l_ejbca(r):
    return r.choice(["ejbca/conf/catoken-manual.properties", "pki/ca/token.properties"]), fill('''
        # manual activation: the PIN is entered by two custodians in the admin UI
        sharedLibrary=@lib@
        slotLabelType=SLOT_LABEL
        slotLabelValue=@tl@
        certSignKey=signKey0@n@
        crlSignKey=signKey0@n@
        defaultKey=encKey0@n@
        ''', lib=r.choice([LUNA_LIB, UTIMACO_LIB]), tl=label(r), n=r.randint(1, 9))


@look("piv_defaults_doc", "yubikey", "vendor_default_doc", "markdown")
def l_defaults_doc(r):
    return r.choice(["docs/yubikey-reset.md", "docs/onboarding/security-keys.md"]), fill('''
        # Resetting a YubiKey PIV applet

        After `ykman piv reset` the applet is back to the factory values:

        | Item | Factory value |
        |------|---------------|
        | PIN | `123456` |
        | PUK | `12345678` |
        | Management key | `010203040506070801020304050607080102030405060708` |

        The enrolment script refuses to continue while any of these is still set
        (`ykman piv info` prints "Using default PIN"). Pick your own PIN at the
        prompt; never write it down in the ticket.
        ''')


@look("tpm_ek_cert_hash", "tpm2", "hash", "json")
def l_ek(r):
    nodes = {}
    for i in range(r.randint(2, 5)):
        nodes["edge-%03d" % r.randint(1, 999)] = {"ek_cert_sha256": hexs(r, 64), "ek_pub_name": "000b" + hexs(r, 64),
                                                   "tpm_manufacturer": r.choice(["IFX", "STM", "NTC"])}
    return r.choice(["attest/enrolled.json", "registrar/allowlist.json"]), json.dumps(nodes, indent=2) + "\n"


@look("gha_secret_refs", "softhsm", "env_reference", "github-actions")
def l_gha(r):
    return ".github/workflows/" + r.choice(["sign.yml", "hsm-tests.yml"]), fill('''
        name: sign
        on: workflow_dispatch
        jobs:
          sign:
            runs-on: [self-hosted, token]
            environment: release
            steps:
              - uses: actions/checkout@v4
              - name: Sign
                env:
                  TOKEN_PIN: ${{ secrets.TOKEN_PIN }}
                  MGMT_KEY: ${{ secrets.YK_MGMT_KEY }}
                run: |
                  jsign --storetype YUBIKEY --storepass "$TOKEN_PIN" --alias "@al@" dist/app.exe
        ''', al=label(r))


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir = sys.argv[1]
    seed = int(sys.argv[2])
    rng = random.Random(seed)
    used = set()

    # ---- positives: every template, then weighted fill
    env_tpls = [t for t in TEMPLATES if t["filetype"] == "env"]
    other = [t for t in TEMPLATES if t["filetype"] != "env"]
    plan = list(other)
    max_env = N_POS // 20 - 1
    n_env = min(max_env, max(1, rng.randint(N_POS // 60, N_POS // 30)))
    plan += [rng.choice(env_tpls) for _ in range(n_env)]
    while len(plan) < N_POS:
        plan.append(rng.choice(other))
    rng.shuffle(plan)

    files = []  # (label, idx, relpath, text, meta, needle)
    for i, t in enumerate(plan):
        c = Ctx(rng, True, used)
        rel, text = t["fn"](c)
        assert c.needle, t["name"]
        files.append(("pos", i, rel, text, dict(provider=t["provider"], kind=c.kind if c.kind not in ("vault_pin", "cu_pin") else t["kind"],
                                                 filetype=t["filetype"], template=t["name"]), c.needle))
    needles = [f[5] for f in files]
    assert len(set(needles)) == len(needles)

    # ---- negatives
    reuse_plan = list(other)
    while len(reuse_plan) < N_NEG // 2:
        reuse_plan.append(rng.choice(other))
    reuse_plan = reuse_plan[:N_NEG // 2]
    rng.shuffle(reuse_plan)
    look_plan = list(LOOKS)
    while len(look_plan) < N_NEG - len(reuse_plan):
        look_plan.append(rng.choice(LOOKS))
    rng.shuffle(look_plan)

    def neg_file(entry, reuse):
        for _ in range(50):
            if reuse:
                c = Ctx(rng, False, used)
                rel, text = entry["fn"](c)
                meta = dict(provider=entry["provider"], kind=c.negcat or "none", filetype=entry["filetype"],
                            template=entry["name"])
            else:
                rel, text = entry["fn"](rng)
                meta = dict(provider=entry["provider"], kind=entry["kind"], filetype=entry["filetype"],
                            template=entry["name"])
            base = rel.rsplit("/", 1)[-1]
            if base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample"):
                continue
            if any(n in text for n in needles):
                continue
            return rel, text, meta
        raise RuntimeError("could not build negative")

    j = 0
    for e in reuse_plan:
        rel, text, meta = neg_file(e, True)
        files.append(("neg", j, rel, text, meta, None))
        j += 1
    for e in look_plan:
        rel, text, meta = neg_file(e, False)
        files.append(("neg", j, rel, text, meta, None))
        j += 1

    # ---- write
    os.makedirs(outdir, exist_ok=True)
    man = []
    sec = []
    for lab, idx, rel, text, meta, needle in files:
        d = ("pos/p%04d" if lab == "pos" else "neg/n%04d") % idx
        path = os.path.join(outdir, d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        f = d + "/" + rel
        man.append(json.dumps(dict(file=f, label=lab, **meta), sort_keys=False))
        if lab == "pos":
            lines = text.split("\n")
            ln = next(k for k, l in enumerate(lines, 1) if needle in l)
            assert needle in lines[ln - 1]
            sec.append(json.dumps(dict(file=f, needle=needle, line=ln)))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(sec) + "\n")


if __name__ == "__main__":
    main()
