#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_jn`: SAML / WS-Federation / enterprise federation config.

EMPHASIS
    Secrets that live in federation (SSO) configuration: SimpleSAMLphp (`config/config.php`
    secretsalt, auth.adminpassword, store.sql.password; `authsources.php` privatekey_pass, LDAP
    search.password; hosted IdP metadata), Shibboleth IdP (`credentials/secrets.properties`:
    idp.sealer.storePassword, idp.persistentId.salt, LDAP bind credentials; installer properties;
    seckeygen --storepass) and Shibboleth SP (`shibboleth2.xml` CredentialResolver password, ODBC
    PWD, sp-key.pem), mod_auth_mellon key files, python3-saml / php-saml (OneLogin toolkit
    `settings.json`, sp.privateKey inline as bare base64 or JSON-escaped PEM), ruby-saml / Devise /
    omniauth-saml, passport-saml / @node-saml (privateKey, decryptionPvk), Spring Security SAML
    (JKSKeyManager constructor, keystore passwords in YAML/properties), Sustainsys / ITfoxtec /
    ComponentSpace (.NET SigningCertificatePassword, X509Certificate2 constructor), ADFS (PFX import
    password, SQL connection string), Keycloak realm exports (saml.signing.private.key, OIDC bridge
    client secret, broker clientSecret, terraform heredoc), Azure AD / Okta / OneLogin / Duo
    connectors (client secrets, SSWS API token, Duo skey), Apereo CAS (tgc / webflow crypto keys as
    JWK `oct` base64url, LDAP bind credential, WS-Fed STS keystore passwords).
    File types: PHP, XML, properties, JSON, YAML, Ruby, JavaScript, TypeScript, Java, C#,
    web.config, appsettings.json, Python, Terraform, shell, PowerShell, Dockerfile, INI, SQL, CSV,
    log, Markdown runbooks, PEM/key files, .env (positives only, < 1 in 20).

USAGE
    python3 -B gen_jn.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one random.Random).

NEEDLE CONVENTIONS
    * Passwords, salts, client secrets, tokens, JWK keys: the bare value exactly as written,
      without surrounding quotes.
    * Connection strings / JDBC-ODBC strings / CLI `pass:` arguments / headers: only the password
      or token part (e.g. for `Authorization: SSWS 00abc...` the needle is `00abc...`; for
      `-passout pass:Xyz` it is `Xyz`; for `...;PWD=Xyz;` it is `Xyz`).
    * PEM private keys in any form (multi-line file, indented block, YAML block scalar, heredoc,
      JSON-escaped one-line "\\n" string, bare one-line base64 body as python3-saml / Keycloak
      store it): the needle is the first 64 base64 characters of the key body, which always lie on
      one line (the first body line for multi-line forms).
    * PEM key that is itself base64-encoded (Kubernetes Secret `data:`): the whole encoded string.
    * `line` is the 1-based line of the needle's first occurrence; the generator asserts it.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a non-secret:
    placeholders (`<your-secret-salt>`, `CHANGE_ME`, `xxxxxxxx`), empty values, masked values
    (`********`, `[REDACTED]`), environment references in the file's own language
    (`getenv()`, `os.environ[...]`, `process.env.X`, `ENV.fetch`, `${VAR}`, `%{prop}`),
    secret-manager references (vault:, op://, AWS Secrets Manager ARNs, Key Vault references),
    template expressions (`{{ ... }}`, `#{...}#`, `${{ secrets.X }}`), the toolkits' documented
    defaults/examples (`defaultsecretsalt`, `123`, `changeit`, `password`), and for key slots
    file paths or "provisioned at deploy time" notes. No negative is written to a `.env*` file
    other than `.env.example`.
    The other half (250) are look-alikes from the domain: IdP/SP X.509 certificates (PEM, metadata
    `<ds:X509Certificate>`, `certData`, `idp_cert`), SHA-1/SHA-256 colon-hex fingerprints and
    thumbprints, public keys and JWKS (n/e), entity ids, ACS/SLO URLs, NameID / persistent ids,
    SAML responses and AuthnRequests with DigestValue/SignatureValue, encrypted assertions with
    CipherValue, deflated+base64 SAMLRequest query strings, Okta/Azure/Duo public ids (client ids,
    tenant/app GUIDs, Duo ikey), image digests, SRI hashes, SOPS-encrypted values, keytool listings.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * SimpleSAMLphp config template: `secretsalt` default `defaultsecretsalt`, `auth.adminpassword`
      default `123`; docs suggest a 32-char [0-9a-z] salt from /dev/urandom.
    * Shibboleth IdP wiki: SecretKeyManagement (JCEKS sealer keystore, seckeygen `--storepass`,
      `idp.sealer.*`), persistent NameID properties (`idp.persistentId.salt`, `encodedSalt`
      base64, algorithm SHA, encoding BASE64/BASE32); V1 doc says salts are 16+ chars.
    * Apereo CAS docs / community gists: crypto keys are JWK `oct` keys generated with jwk-gen
      (`-t oct -s 512` signing -> 86 base64url chars, `-s 256` encryption -> 43 chars); property
      names `cas.tgc.crypto.encryption.key`, `cas.webflow.crypto.signing.key`.
    * Spring Boot SAML2 docs: `spring.security.saml2.relyingparty.registration.<id>.signing.
      credentials[0].private-key-location / certificate-location` (locations only, no inline key).
    * python3-saml settings layout (`sp.x509cert`, `sp.privateKey`, `idp.x509cert`,
      advanced_settings `security` block) from real projects' files.
    * ITfoxtec configuration classes (`SigningCertificateFile`, `SigningCertificatePassword`),
      ComponentSpace `<Certificate FileName=... Password=...>`, Keycloak realm export
      `"protocol": "saml"` clients with `attributes`.
    * PEM structure (PKCS#8 `MIIEv...`, PKCS#1 `MIIEo/p...`, SEC1 EC `MHcCAQEE...`) is generated as
      real DER with random integers, so prefixes and lengths look authentic.

DOUBTS
    * Shibboleth installer-generated sealer/keystore password format not confirmed; random
      strong passwords used. Shibboleth SP CredentialResolver `password` attribute from memory.
    * CAS webflow encryption key size (16 chars vs 128-bit JWK) varies by version; both used.
    * Azure AD client secret shape (`xxx8Q~` + 34 chars, 40 total), Okta API token (`00` + 40),
      Okta client secret (40 base64url), Duo skey (40 alnum), OneLogin client secret (64 hex),
      Keycloak client secret (32 alnum) were not confirmed from provider docs in this session.
    * SimpleSAMLphp 2.x wants a hashed auth.adminpassword; plain text is still accepted by older
      releases and common in real repos, so plain text is used for positives.
    * Keys are structurally DER-valid but mathematically random (not usable key pairs); the
      PKCS#8 lengths are a few bytes off typical OpenSSL output (`MIIEwA...` vs `MIIEvQ...`).
    * One template writes an ENCRYPTED PRIVATE KEY file as a positive; whether a passphrase-
      protected key counts as a leaked credential is a policy choice.
    * No documented example keys for CAS/Okta/Azure were confirmed, so documented-example
      negatives are limited to SimpleSAMLphp defaults and common keystore defaults.
    * No scanner rule sources were read; search results were providers' docs/wikis, gists and
      real projects' configuration files only.
"""
import base64
import hashlib
import json
import os
import sys
import random
import zlib

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
PWSYM = "!@%*-_+.~^"


# --------------------------------------------------------------------------- random helpers
def rbytes(r, n):
    return r.getrandbits(8 * n).to_bytes(n, "big")


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def hexs(r, n):
    return rbytes(r, n).hex()


def uuid4(r):
    h = list(hexs(r, 16))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def colon_hex(data):
    return ":".join("%02X" % b for b in data)


def pw_strong(r):
    n = r.randint(14, 24)
    while True:
        s = r.choice(ALNUM[:52]) + rs(r, ALNUM + PWSYM, n - 1)
        if any(c.isdigit() for c in s) and any(c in PWSYM for c in s) and any(c.isupper() for c in s):
            return s


def pw_any(r):
    k = r.randint(0, 5)
    if k <= 2:
        return pw_strong(r)
    if k == 3:
        return b64(r, r.choice([18, 24, 32]))
    if k == 4:
        return hexs(r, r.choice([12, 16, 20]))
    words = ["Harbor", "Quartz", "Falcon", "Maple", "Copper", "Nimbus", "Tundra", "Orbit",
             "Saffron", "Glacier", "Juniper", "Basalt", "Cobalt", "Willow", "Ember", "Zephyr"]
    return "%s-%s-%d-%s%s" % (r.choice(words), r.choice(words).lower(), r.randint(10, 9999),
                              r.choice(words), r.choice(PWSYM))


def azure_secret(r):
    tail = ALNUM + "_.~-"
    return rs(r, ALNUM, 3) + r.choice("0123456789") + "Q~" + rs(r, tail, 34)


SECRET_GEN = {
    "password": pw_any,
    "strongpw": pw_strong,
    "ssp_salt": lambda r: rs(r, LOWER_ALNUM, 32),
    "salt_b64": lambda r: b64(r, r.choice([24, 33, 36])),
    "jwk512": lambda r: b64url(r, 64),
    "jwk256": lambda r: b64url(r, 32),
    "jwk128": lambda r: r.choice([b64url(r, 16), rs(r, ALNUM, 16)]),
    "kc_secret": lambda r: rs(r, ALNUM, 32),
    "azure_secret": azure_secret,
    "okta_token": lambda r: "00" + rs(r, B64URL, 40),
    "okta_secret": lambda r: rs(r, B64URL, r.choice([40, 64])),
    "duo_skey": lambda r: rs(r, ALNUM, 40),
    "onelogin_secret": lambda r: hexs(r, 32),
    "auth0_secret": lambda r: rs(r, B64URL, 64),
    "hexkey": lambda r: hexs(r, r.choice([16, 32])),
}


# --------------------------------------------------------------------------- tiny DER writer
def tlv(tag, content):
    n = len(content)
    if n < 0x80:
        ln = bytes([n])
    elif n < 0x100:
        ln = bytes([0x81, n])
    else:
        ln = bytes([0x82, n >> 8, n & 0xFF])
    return bytes([tag]) + ln + content


def seq(*items):
    return tlv(0x30, b"".join(items))


def der_int(b):
    if isinstance(b, int):
        b = b.to_bytes(max(1, (b.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return tlv(0x02, b)


def rand_uint(r, n):
    b = bytearray(rbytes(r, n))
    b[0] |= 0x80
    return bytes(b)


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_SHA256RSA = bytes.fromhex("06092a864886f70d01010b")
OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
NULL = b"\x05\x00"


def rsa_private_der(r, bits=2048):
    n = bits // 8
    h = n // 2
    return seq(der_int(0), der_int(rand_uint(r, n)), der_int(65537), der_int(rand_uint(r, n)),
               der_int(rand_uint(r, h)), der_int(rand_uint(r, h)), der_int(rand_uint(r, h)),
               der_int(rand_uint(r, h)), der_int(rand_uint(r, h)))


def pkcs8_der(r, bits=2048):
    return seq(der_int(0), seq(OID_RSA, NULL), tlv(0x04, rsa_private_der(r, bits)))


def ec_private_der(r):
    return seq(der_int(1), tlv(0x04, rbytes(r, 32)), tlv(0xA0, OID_P256),
               tlv(0xA1, tlv(0x03, b"\x00\x04" + rbytes(r, 64))))


def enc_pkcs8_der(r):
    pbkdf2 = seq(bytes.fromhex("06092a864886f70d01050c"),
                 seq(tlv(0x04, rbytes(r, 8)), der_int(2048),
                     seq(bytes.fromhex("06082a864886f70d0209"), NULL)))
    aes = seq(bytes.fromhex("060960864801650304012a"), tlv(0x04, rbytes(r, 16)))
    alg = seq(bytes.fromhex("06092a864886f70d01050d"), seq(pbkdf2, aes))
    return seq(alg, tlv(0x04, rbytes(r, 1232)))


def rsa_spki_der(r, bits=2048):
    inner = seq(der_int(rand_uint(r, bits // 8)), der_int(65537))
    return seq(seq(OID_RSA, NULL), tlv(0x03, b"\x00" + inner))


def der_name(cn, org, country="US"):
    def rdn(oid_hex, tag, val):
        return tlv(0x31, seq(bytes.fromhex(oid_hex), tlv(tag, val.encode())))
    return seq(rdn("0603550406", 0x13, country), rdn("060355040a", 0x0C, org), rdn("0603550403", 0x0C, cn))


def cert_der(r, cn, org):
    y = r.randint(18, 24)
    validity = seq(tlv(0x17, ("%02d%02d%02d120000Z" % (y, r.randint(1, 12), r.randint(1, 28))).encode()),
                   tlv(0x17, ("%02d%02d%02d120000Z" % (y + 10, r.randint(1, 12), r.randint(1, 28))).encode()))
    name = der_name(cn, org)
    tbs = seq(tlv(0xA0, der_int(2)), der_int(rbytes(r, r.choice([9, 16, 20]))), seq(OID_SHA256RSA, NULL),
              name, validity, name, rsa_spki_der(r))
    return seq(tbs, seq(OID_SHA256RSA, NULL), tlv(0x03, b"\x00" + rbytes(r, 256)))


def wrap64(s, w=64):
    return [s[i:i + w] for i in range(0, len(s), w)]


class Cert:
    """A random self-signed-looking certificate (public, never a secret)."""

    def __init__(self, r, cn="sp.example.org", org="Example"):
        self.der = cert_der(r, cn, org)
        self.b64 = base64.b64encode(self.der).decode()

    def pem(self, indent=""):
        ls = ["-----BEGIN CERTIFICATE-----"] + wrap64(self.b64) + ["-----END CERTIFICATE-----"]
        return "\n".join(indent + x for x in ls)

    def pem_esc(self):
        return "-----BEGIN CERTIFICATE-----\\n" + "\\n".join(wrap64(self.b64)) + "\\n-----END CERTIFICATE-----"

    def sha1(self):
        return colon_hex(hashlib.sha1(self.der).digest())

    def sha256(self):
        return colon_hex(hashlib.sha256(self.der).digest())


def pubkey_pem(r):
    b = base64.b64encode(rsa_spki_der(r)).decode()
    return "\n".join(["-----BEGIN PUBLIC KEY-----"] + wrap64(b) + ["-----END PUBLIC KEY-----"])


# --------------------------------------------------------------------------- slot rendering
def quote(lang, s):
    if lang in ("php", "js", "ts", "ps"):
        return "'" + s + "'"
    if lang in ("py", "rb", "java", "cs", "json", "yaml", "tf", "sh", "go", "kt"):
        return '"' + s + '"'
    return s


def envref(lang, name):
    return {
        "php": "getenv('%s')" % name,
        "py": 'os.environ["%s"]' % name,
        "js": "process.env.%s" % name,
        "ts": "process.env.%s as string" % name,
        "rb": 'ENV.fetch("%s")' % name,
        "java": 'System.getenv("%s")' % name,
        "kt": 'System.getenv("%s")' % name,
        "cs": 'Environment.GetEnvironmentVariable("%s")' % name,
        "tf": "var.%s" % name.lower(),
        "sh": '"${%s}"' % name,
        "ps": "$env:%s" % name,
        "json": '"${%s}"' % name,
        "yaml": '"${%s}"' % name,
    }.get(lang, "${%s}" % name)


PEM_LABEL = {"pkcs8": "PRIVATE KEY", "rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY",
             "enc": "ENCRYPTED PRIVATE KEY"}

DOC_EXAMPLES = {
    "ssp_salt": ["defaultsecretsalt"],
    "adminpw": ["123"],
    "password": ["changeit", "password", "secret", "changeme"],
    "strongpw": ["changeit", "password"],
}

PLACEHOLDERS = ["<your-secret>", "YOUR_PASSWORD_HERE", "CHANGE_ME", "changeme", "xxxxxxxxxxxxxxxx",
                "REPLACE_WITH_REAL_VALUE", "<keystore-password>", "TODO-set-in-vault", "__SECRET__",
                "your-client-secret", "XXXXXXXX-XXXX-XXXX", "<insert value>", "dummy"]
MASKS = ["********", "[REDACTED]", "<redacted>", "****************", "***", "[hidden]", "•••••••••"]


class Sec:
    """Positive slot: a real-looking random credential."""
    neg = False

    def __init__(self, r, kind):
        self.kind = kind
        self.needle = None
        if kind in PEM_LABEL:
            der = {"pkcs8": lambda: pkcs8_der(r, r.choice([2048, 2048, 3072])),
                   "rsa": lambda: rsa_private_der(r, 2048), "ec": lambda: ec_private_der(r),
                   "enc": lambda: enc_pkcs8_der(r)}[kind]()
            self.body = base64.b64encode(der).decode()
            self.label = PEM_LABEL[kind]
        else:
            gen = SECRET_GEN.get(kind) or SECRET_GEN["password"]
            if kind == "adminpw":
                gen = pw_strong
            self.value = gen(r)

    def _set(self, needle):
        self.needle = needle
        return needle

    def raw(self, env=None):
        self.needle = self.value
        return self.value

    def lit(self, lang, env=None):
        return quote(lang, self.raw())

    def pem(self, form, indent="", env=None):
        lines = wrap64(self.body)
        self.needle = lines[0]
        beg, end = "-----BEGIN %s-----" % self.label, "-----END %s-----" % self.label
        if form == "ml":
            return "\n".join(indent + x for x in [beg] + lines + [end])
        if form == "esc":
            return beg + "\\n" + "\\n".join(lines) + "\\n" + end + "\\n"
        if form == "bare":
            return self.body
        if form == "file":
            return "\n".join([beg] + lines + [end]) + "\n"
        if form == "b64pem":
            s = base64.b64encode(("\n".join([beg] + lines + [end]) + "\n").encode()).decode()
            self.needle = s
            return s
        raise ValueError(form)


class Neg:
    """Negative slot: something in the secret's place that is not a secret."""
    neg = True

    def __init__(self, r, kind):
        self.r = r
        self.kind = kind
        self.needle = None
        ispem = kind in PEM_LABEL
        modes = ["ph", "empty", "mask", "env", "env", "vault", "tmpl"]
        if ispem:
            modes = ["ph", "empty", "env", "env", "vault", "path", "mask"]
        elif kind in DOC_EXAMPLES:
            modes += ["doc", "doc"]
        self.mode = r.choice(modes)
        self.ph = r.choice(PLACEHOLDERS)
        self.mask = r.choice(MASKS)
        self.doc = r.choice(DOC_EXAMPLES.get(kind, ["changeit"]))
        self.vault = r.choice(["vault:secret/data/saml/sp#%s", "op://Platform/saml-sp/%s",
                               "arn:aws:secretsmanager:eu-west-1:%d:secret:saml/%%s" % r.randint(10**11, 10**12 - 1),
                               "@Microsoft.KeyVault(SecretUri=https://kv-idp-prod.vault.azure.net/secrets/%s/)",
                               "gcp-secret://projects/idp-prod/secrets/%s/versions/latest",
                               "ENC(%s)"])
        self.tmpl = r.choice(["{{ %s }}", "{{ .Values.saml.%s }}", "#{%s}#", "${{ secrets.%s }}",
                              "%%(%s)s", "{{ vault_%s }}", "$(%s)"])

    def _name(self, env):
        return env or "SAML_SECRET"

    def raw(self, env=None):
        m, name = self.mode, self._name(env)
        if m == "ph":
            return self.ph
        if m == "empty":
            return ""
        if m == "mask":
            return self.mask
        if m == "env":
            return "${%s}" % name
        if m == "vault":
            return self.vault % name.lower().replace("_", "-")
        if m == "tmpl":
            return self.tmpl % name.lower()
        if m == "doc":
            return self.doc
        return self.ph

    def lit(self, lang, env=None):
        if self.mode == "env":
            return envref(lang, self._name(env))
        return quote(lang, self.raw(env))

    def pem(self, form, indent="", env=None):
        name = self._name(env or "SAML_SP_PRIVATE_KEY")
        m = self.mode
        if form == "file":
            return {"ph": "# placeholder - generate with: openssl req -x509 -newkey rsa:2048 -nodes -keyout sp.key -out sp.crt\n",
                    "empty": "",
                    "mask": "[REDACTED - key material removed before commit]\n"}.get(
                m, "# This file is rendered at deploy time from %s\n" % (self.vault % name.lower()))
        if m == "ph":
            if form == "ml":
                return "\n".join(indent + x for x in ["-----BEGIN PRIVATE KEY-----", "<paste the SP private key here>",
                                                      "-----END PRIVATE KEY-----"])
            if form == "esc":
                return "-----BEGIN PRIVATE KEY-----\\nYOUR_PRIVATE_KEY\\n-----END PRIVATE KEY-----\\n"
            return self.ph
        if m == "empty":
            return indent if form == "ml" else ""
        if m == "mask":
            return indent + self.mask if form == "ml" else self.mask
        if m == "path":
            p = "/etc/saml/keys/sp-signing.key"
            return indent + p if form == "ml" else p
        if m == "env":
            return (indent if form == "ml" else "") + "${%s}" % name
        return (indent if form == "ml" else "") + self.vault % name.lower().replace("_", "-")


# --------------------------------------------------------------------------- project context
ORGS = [("Northwind University", "northwind.edu"), ("Contoso Health", "contoso-health.com"),
        ("Fabrikam Energy", "fabrikam-energy.net"), ("Tailspin Research", "tailspin.ac.uk"),
        ("Woodgrove Finance", "woodgrove.io"), ("Litware Labs", "litware.dev"),
        ("Adatum Public Library", "adatum-library.org"), ("Proseware Logistics", "proseware.eu"),
        ("Lamna Hospital", "lamna-hospital.org"), ("Alpine Ski House", "alpineskihouse.ch"),
        ("Coho Vineyard", "cohovineyard.com"), ("Relecloud", "relecloud.cloud"),
        ("Margie's Travel", "margiestravel.com"), ("Trey Research", "treyresearch.net"),
        ("Universitat Example", "uni-example.es"), ("Hochschule Nordbahn", "hs-nordbahn.de")]
APPS = ["portal", "wiki", "lms", "hr", "intranet", "grants", "helpdesk", "library", "jira", "erp",
        "payroll", "research", "alumni", "timesheets", "crm", "vpn"]


class Ctx:
    def __init__(self, r):
        self.org, self.dom = r.choice(ORGS)
        self.app = r.choice(APPS)
        self.sp = "%s.%s" % (self.app, self.dom)
        self.idp = r.choice(["idp", "sso", "login", "auth", "shib", "fed"]) + "." + self.dom
        self.sp_entity = r.choice(["https://%s/shibboleth" % self.sp, "https://%s/saml/metadata" % self.sp,
                                   "https://%s/simplesaml/module.php/saml/sp/metadata.php/default-sp" % self.sp,
                                   "urn:%s:%s:sp" % (self.dom.split(".")[0], self.app)])
        self.idp_entity = r.choice(["https://%s/idp/shibboleth" % self.idp,
                                    "https://%s/simplesaml/saml2/idp/metadata.php" % self.idp,
                                    "https://%s/realms/%s" % (self.idp, self.dom.split(".")[0]),
                                    "http://www.okta.com/exk%s" % rs(r, ALNUM, 17)])
        self.acs = "https://%s/saml/acs" % self.sp
        self.email = r.choice(["it-ops", "iam", "sso-admin", "identity", "webmaster"]) + "@" + self.dom
        self.admin = r.choice(["Jordan Lee", "Sam Patel", "Ana Ruiz", "Mika Virtanen", "Chris Olsen",
                               "Priya Raman", "Tom Becker", "Lena Fischer"])
        self.ldap = "ldaps://%s.%s:636" % (r.choice(["ldap", "ad01", "dc1", "directory"]), self.dom)
        self.basedn = ",".join("dc=" + p for p in self.dom.split("."))
        self.db = "%s.%s" % (r.choice(["db01", "pg-idp", "mysql-sso", "sql01"]), self.dom)
        self.realm = self.dom.split(".")[0]
        self.tenant = uuid4(r)
        self.clientid = uuid4(r)


POS = []


def pos(provider, kind, skind):
    def deco(fn):
        POS.append((fn.__name__, provider, kind, skind, fn))
        return fn
    return deco


def ssp_header():
    return "<?php\n\n/*\n * The configuration of SimpleSAMLphp\n */\n\n$config = [\n"


# ----- SimpleSAMLphp
@pos("simplesamlphp", "secret_salt", "ssp_salt")
def p_ssp_salt(r, v):
    c = Ctx(r)
    t = ssp_header() + f"""    'baseurlpath' => 'https://{c.sp}/simplesaml/',
    'certdir' => 'cert/',
    'loggingdir' => 'log/',
    'datadir' => 'data/',
    'tempdir' => '/var/cache/simplesamlphp',

    /*
     * This is a secret salt used by SimpleSAMLphp when it needs to generate a secure hash
     * of a value. It must be changed from its default value to a secret value.
     */
    'secretsalt' => {v.lit('php', 'SIMPLESAMLPHP_SECRET_SALT')},

    'technicalcontact_name' => '{c.admin}',
    'technicalcontact_email' => '{c.email}',
    'timezone' => '{r.choice(["Europe/Berlin", "America/New_York", "UTC", "Europe/London"])}',
    'logging.level' => SimpleSAML\\Logger::{r.choice(["NOTICE", "INFO", "WARNING"])},
    'logging.handler' => 'syslog',
    'enable.saml20-idp' => {r.choice(["true", "false"])},
    'session.cookie.secure' => true,
    'session.cookie.samesite' => 'None',
    'store.type' => 'phpsession',
];
"""
    return "config/config.php", t


@pos("simplesamlphp", "admin_password", "adminpw")
def p_ssp_admin(r, v):
    c = Ctx(r)
    t = ssp_header() + f"""    'baseurlpath' => 'simplesaml/',
    'application' => [
        'baseURL' => 'https://{c.sp}',
    ],

    /*
     * This password must be kept secret, and modified from the default value 123.
     */
    'auth.adminpassword' => {v.lit('php', 'SSP_ADMIN_PASSWORD')},
    'admin.protectmetadata' => true,
    'admin.checkforupdates' => false,

    'technicalcontact_name' => '{c.admin}',
    'technicalcontact_email' => 'mailto:{c.email}',
    'language.default' => '{r.choice(["en", "de", "es", "fr", "nl"])}',
    'module.enable' => [
        'exampleauth' => false,
        'core' => true,
        'saml' => true,
        'ldap' => true,
    ],
];
"""
    return r.choice(["config/config.php", "simplesamlphp/config/config.php", "docker/ssp/config.php"]), t


@pos("simplesamlphp", "db_password", "password")
def p_ssp_sql(r, v):
    c = Ctx(r)
    t = ssp_header() + f"""    'store.type' => 'sql',
    'store.sql.dsn' => 'mysql:host={c.db};dbname=simplesaml',
    'store.sql.username' => 'simplesaml',
    'store.sql.password' => {v.lit('php', 'SSP_DB_PASSWORD')},
    'store.sql.prefix' => 'ssp',
    'store.sql.options' => [
        PDO::MYSQL_ATTR_SSL_CA => '/etc/ssl/certs/ca-certificates.crt',
    ],
    'session.duration' => 8 * (60 * 60),
    'session.datastore.timeout' => (4 * 60 * 60),
];
"""
    return "config/config.php", t


@pos("simplesamlphp", "key_passphrase", "password")
def p_ssp_authsources_pass(r, v):
    c = Ctx(r)
    t = f"""<?php

$config = [
    'admin' => [
        'core:AdminPassword',
    ],

    'default-sp' => [
        'saml:SP',
        'entityID' => '{c.sp_entity}',
        'idp' => '{c.idp_entity}',
        'discoURL' => null,
        'privatekey' => 'saml.pem',
        'privatekey_pass' => {v.lit('php', 'SP_KEY_PASSPHRASE')},
        'certificate' => 'saml.crt',
        'sign.authnrequest' => true,
        'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
        'NameIDPolicy' => [
            'Format' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
            'AllowCreate' => true,
        ],
    ],
];
"""
    return r.choice(["config/authsources.php", "simplesamlphp/config/authsources.php"]), t


@pos("simplesamlphp", "ldap_bind_password", "password")
def p_ssp_ldap(r, v):
    c = Ctx(r)
    t = f"""<?php

$config = [
    'admin' => ['core:AdminPassword'],

    'staff-ldap' => [
        'ldap:Ldap',
        'connection_string' => '{c.ldap}',
        'encryption' => 'ssl',
        'version' => 3,
        'timeout' => 5,
        'attributes' => ['uid', 'mail', 'cn', 'eduPersonAffiliation'],
        'search.enable' => true,
        'search.base' => ['ou=people,{c.basedn}'],
        'search.attributes' => ['uid', 'mail'],
        'search.username' => 'cn=ssp-reader,ou=services,{c.basedn}',
        'search.password' => {v.lit('php', 'LDAP_BIND_PASSWORD')},
    ],
];
"""
    return "config/authsources.php", t


@pos("simplesamlphp", "key_passphrase", "password")
def p_ssp_hosted(r, v):
    c = Ctx(r)
    t = f"""<?php
/**
 * SAML 2.0 IdP configuration for SimpleSAMLphp.
 */

$metadata['{c.idp_entity}'] = [
    'host' => '__DEFAULT__',
    'privatekey' => 'idp-{c.realm}.key',
    'privatekey_pass' => {v.lit('php', 'IDP_KEY_PASS')},
    'certificate' => 'idp-{c.realm}.crt',
    'auth' => 'staff-ldap',
    'saml20.sign.assertion' => true,
    'NameIDFormat' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
    'authproc' => [
        100 => ['class' => 'core:AttributeMap', 'name2oid'],
    ],
];
"""
    return "metadata/saml20-idp-hosted.php", t


@pos("simplesamlphp", "sp_private_key", "pkcs8")
def p_ssp_keyfile(r, v):
    return r.choice(["cert/saml.pem", "simplesamlphp/cert/sp.pem", "cert/server.key"]), v.pem("file")


@pos("simplesamlphp", "admin_password", "adminpw")
def p_ssp_compose(r, v):
    c = Ctx(r)
    t = f"""version: "3.8"

services:
  idp:
    image: kenchan0130/simplesamlphp:{r.choice(["1.19.8", "latest", "2.1.1"])}
    container_name: test-idp
    ports:
      - "8080:8080"
    environment:
      SIMPLESAMLPHP_SP_ENTITY_ID: {c.sp_entity}
      SIMPLESAMLPHP_SP_ASSERTION_CONSUMER_SERVICE: {c.acs}
      SIMPLESAMLPHP_SP_SINGLE_LOGOUT_SERVICE: https://{c.sp}/saml/slo
      SIMPLESAMLPHP_ADMIN_PASSWORD: {v.lit('yaml', 'SSP_ADMIN_PASSWORD')}
    volumes:
      - ./users.php:/var/www/simplesamlphp/config/authsources.php:ro

  app:
    build: .
    depends_on:
      - idp
    environment:
      SAML_IDP_METADATA_URL: http://idp:8080/simplesaml/saml2/idp/metadata.php
"""
    return "docker-compose.yml", t


@pos("simplesamlphp", "secret_salt", "ssp_salt")
def p_ssp_drupal(r, v):
    c = Ctx(r)
    t = f"""<?php

/**
 * SimpleSAMLphp overrides for the Drupal site, loaded from config.php.
 */

$config['technicalcontact_name'] = '{c.admin}';
$config['technicalcontact_email'] = '{c.email}';
$config['baseurlpath'] = 'https://' . $_SERVER['HTTP_HOST'] . '/simplesaml/';
$config['secretsalt'] = {v.lit('php', 'SIMPLESAML_SALT')};
$config['store.type'] = 'sql';
$config['store.sql.dsn'] = sprintf('mysql:host=%s;port=%s;dbname=%s', $ps['DB_HOST'], $ps['DB_PORT'], $ps['DB_NAME']);
$config['session.phpsession.savepath'] = '/tmp';
"""
    return r.choice(["web/private/simplesamlphp/config/local.config.php", "simplesamlphp/config/acquia_config.php"]), t


# ----- Shibboleth IdP
def shib_props_head(r):
    return ("# This is a reserved spot for most properties containing passwords or other secrets.\n"
            "# Created by install at %d-%02d-%02dT%02d:%02d:%02d.%06dZ\n\n" %
            (r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
             r.randint(0, 59), r.randint(0, 999999)))


@pos("shibboleth-idp", "sealer_password", "password")
def p_idp_sealer(r, v):
    t = shib_props_head(r) + f"""# Access to internal AES encryption key
idp.sealer.storePassword = {v.raw('IDP_SEALER_PASSWORD')}
idp.sealer.keyPassword = %{{idp.sealer.storePassword}}

# Default access to LDAP authn and attribute stores.
idp.authn.LDAP.bindDNCredential              = %{{idp.attribute.resolver.LDAP.bindDNCredential:undefined}}
idp.attribute.resolver.LDAP.bindDNCredential = %{{idp.authn.LDAP.bindDNCredential:undefined}}

# Salt used to generate persistent/pairwise IDs, must be kept secret
#idp.persistentId.salt = changethistosomethingrandom
"""
    return r.choice(["credentials/secrets.properties", "shibboleth-idp/credentials/secrets.properties"]), t


@pos("shibboleth-idp", "persistent_id_salt", "salt_b64")
def p_idp_salt(r, v):
    key = r.choice(["idp.persistentId.salt", "idp.persistentId.encodedSalt"])
    t = shib_props_head(r) + f"""# Access to internal AES encryption key
idp.sealer.storePassword = %{{env:IDP_SEALER_STORE_PASSWORD}}
idp.sealer.keyPassword = %{{env:IDP_SEALER_STORE_PASSWORD}}

# Default access to LDAP authn and attribute stores.
idp.authn.LDAP.bindDNCredential              = %{{env:IDP_LDAP_BIND}}
idp.attribute.resolver.LDAP.bindDNCredential = %{{idp.authn.LDAP.bindDNCredential:undefined}}

# Salt used to generate persistent/pairwise IDs, must be kept secret
{key} = {v.raw('IDP_PERSISTENT_SALT')}
"""
    return "credentials/secrets.properties", t


@pos("shibboleth-idp", "ldap_bind_password", "password")
def p_idp_ldap(r, v):
    c = Ctx(r)
    t = f"""## Authn / attribute resolver LDAP connection
idp.authn.LDAP.authenticator                   = bindSearchAuthenticator
idp.authn.LDAP.ldapURL                         = {c.ldap}
idp.authn.LDAP.useStartTLS                     = false
idp.authn.LDAP.sslConfig                       = certificateTrust
idp.authn.LDAP.trustCertificates               = %{{idp.home}}/credentials/ldap-server.crt
idp.authn.LDAP.baseDN                          = ou=people,{c.basedn}
idp.authn.LDAP.subtreeSearch                   = true
idp.authn.LDAP.userFilter                      = (uid={{user}})
idp.authn.LDAP.bindDN                          = cn=shib-idp,ou=services,{c.basedn}
idp.authn.LDAP.bindDNCredential                = {v.raw('LDAP_BIND_CREDENTIAL')}
idp.authn.LDAP.dnFormat                        = uid=%s,ou=people,{c.basedn}
idp.attribute.resolver.LDAP.searchFilter       = (uid=$resolutionContext.principal)
"""
    return r.choice(["conf/ldap.properties", "shibboleth-idp/conf/ldap.properties"]), t


@pos("shibboleth-idp", "db_password", "password")
def p_idp_jdbc(r, v):
    c = Ctx(r)
    t = f"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xmlns:p="http://www.springframework.org/schema/p"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd"
       default-init-method="initialize"
       default-destroy-method="destroy">

    <!-- Persistent NameID store (shibpid table) -->
    <bean id="PersistentIdStore" class="org.apache.commons.dbcp2.BasicDataSource"
        p:driverClassName="org.postgresql.Driver"
        p:url="jdbc:postgresql://{c.db}:5432/shibboleth"
        p:username="shibboleth"
        p:password="{v.raw('IDP_DB_PASSWORD')}"
        p:maxTotal="20"
        p:maxIdle="5"
        p:maxWaitMillis="15000"
        p:testOnBorrow="true"
        p:validationQuery="select 1"
        p:validationQueryTimeout="5" />

    <bean id="shibboleth.JPAStorageService" parent="shibboleth.JPAStorageService.Base"
        p:cleanupInterval="%{{idp.storage.cleanupInterval:PT10M}}"
        c:factory-ref="shibboleth.JPAStorageService.EntityManagerFactory" />
</beans>
"""
    return "conf/global.xml", t


@pos("shibboleth-idp", "sealer_password", "password")
def p_idp_ansible(r, v):
    c = Ctx(r)
    var = r.choice(["shib_idp_sealer_pass", "idp_sealer_pw", "sealer_store_secret", "shibboleth_sealer"])
    t = f"""---
# group_vars for the Shibboleth IdP cluster
shib_idp_version: "{r.choice(["4.3.1", "5.0.0", "5.1.2", "4.2.1"])}"
shib_idp_home: /opt/shibboleth-idp
shib_idp_entity_id: "{c.idp_entity}"
shib_idp_scope: "{c.dom}"
shib_idp_hosts:
  - idp1.{c.dom}
  - idp2.{c.dom}
{var}: {v.lit('yaml', 'IDP_SEALER')}
shib_idp_metadata_providers:
  - id: InCommon
    url: https://mdq.incommon.org/entities
    cert: /opt/shibboleth-idp/credentials/inc-md-cert-mdq.pem
"""
    return r.choice(["group_vars/idp.yml", "ansible/inventories/prod/group_vars/shibboleth.yml"]), t


@pos("shibboleth-idp", "keystore_password", "password")
def p_idp_dockerfile(r, v):
    c = Ctx(r)
    t = f"""FROM amazoncorretto:17 AS build

ARG IDP_VERSION={r.choice(["4.3.1", "5.0.0", "5.1.2"])}
ENV JETTY_HOME=/opt/jetty-home IDP_HOME=/opt/shibboleth-idp

RUN curl -sSLo /tmp/idp.tar.gz https://shibboleth.net/downloads/identity-provider/$IDP_VERSION/shibboleth-identity-provider-$IDP_VERSION.tar.gz \\
 && tar -xzf /tmp/idp.tar.gz -C /tmp

RUN /tmp/shibboleth-identity-provider-$IDP_VERSION/bin/install.sh \\
      -Didp.src.dir=/tmp/shibboleth-identity-provider-$IDP_VERSION \\
      -Didp.target.dir=$IDP_HOME \\
      -Didp.host.name={c.idp} \\
      -Didp.scope={c.dom} \\
      -Didp.entityID={c.idp_entity} \\
      -Didp.keystore.password={v.raw('IDP_KEYSTORE_PASSWORD')} \\
      -Didp.noprompt=true

FROM amazoncorretto:17
COPY --from=build /opt/shibboleth-idp /opt/shibboleth-idp
EXPOSE 8443
"""
    return r.choice(["Dockerfile", "docker/idp/Dockerfile"]), t


@pos("shibboleth-idp", "sealer_password", "password")
def p_idp_seckeygen(r, v):
    t = f"""#!/bin/bash
# Rotate the IdP DataSealer key and push it to the other cluster nodes.
set -euo pipefail
IDP_HOME=/opt/shibboleth-idp

$IDP_HOME/bin/seckeygen.sh \\
    --storefile $IDP_HOME/credentials/sealer.jks \\
    --storepass '{v.raw('SEALER_STOREPASS')}' \\
    --versionfile $IDP_HOME/credentials/sealer.kver \\
    --alias secret

for host in idp2 idp3; do
  scp $IDP_HOME/credentials/sealer.* "$host:$IDP_HOME/credentials/"
done
"""
    return r.choice(["bin/rotate-sealer.sh", "scripts/sealer-rotate.sh", "cron/seckeygen.sh"]), t


@pos("shibboleth-idp", "persistent_id_salt", "salt_b64")
def p_idp_resolver_salt(r, v):
    t = f"""<?xml version="1.0" encoding="UTF-8"?>
<AttributeResolver
        xmlns="urn:mace:shibboleth:2.0:resolver"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="urn:mace:shibboleth:2.0:resolver http://shibboleth.net/schema/idp/shibboleth-attribute-resolver.xsd">

    <AttributeDefinition id="eduPersonPrincipalName" xsi:type="Scoped" scope="%{{idp.scope}}">
        <InputDataConnector ref="myLDAP" attributeNames="uid" />
    </AttributeDefinition>

    <DataConnector id="computedID" xsi:type="ComputedId"
            generatedAttributeID="computedID"
            salt="{v.raw('IDP_COMPUTED_SALT')}"
            algorithm="SHA">
        <InputDataConnector ref="myLDAP" attributeNames="uid" />
    </DataConnector>
</AttributeResolver>
"""
    return "conf/attribute-resolver.xml", t


# ----- Shibboleth SP / mellon
@pos("shibboleth-sp", "key_passphrase", "password")
def p_shibsp_credpass(r, v):
    c = Ctx(r)
    t = f"""<SPConfig xmlns="urn:mace:shibboleth:3.0:native:sp:config"
    xmlns:conf="urn:mace:shibboleth:3.0:native:sp:config"
    clockSkew="180">

    <OutOfProcess tranLogFormat="%u|%s|%IDP|%i|%ac|%t|%attr|%n|%b|%E|%S|%SS|%L|%UA|%a" />

    <ApplicationDefaults entityID="{c.sp_entity}"
        REMOTE_USER="eppn subject-id pairwise-id persistent-id"
        cipherSuites="DEFAULT:!EXP:!LOW:!aNULL:!eNULL:!DES:!IDEA:!SEED:!RC4:!3DES:!kRSA:!SSLv2:!SSLv3:!TLSv1:!TLSv1.1">

        <Sessions lifetime="28800" timeout="3600" relayState="ss:mem"
                  checkAddress="false" handlerSSL="true" cookieProps="https">
            <SSO entityID="{c.idp_entity}">SAML2</SSO>
            <Logout>SAML2 Local</Logout>
            <Handler type="MetadataGenerator" Location="/Metadata" signing="false"/>
            <Handler type="Status" Location="/Status" acl="127.0.0.1 ::1"/>
        </Sessions>

        <MetadataProvider type="XML" validate="true"
              url="https://{c.idp}/idp/shibboleth"
              backingFilePath="idp-metadata.xml" maxRefreshDelay="7200" />

        <AttributeExtractor type="XML" validate="true" reloadChanges="false" path="attribute-map.xml"/>
        <AttributeFilter type="XML" validate="true" path="attribute-policy.xml"/>

        <CredentialResolver type="File" use="signing"
            key="sp-signing-key.pem" certificate="sp-signing-cert.pem"
            password="{v.raw('SHIBSP_KEY_PASSWORD')}"/>
        <CredentialResolver type="File" use="encryption"
            key="sp-encrypt-key.pem" certificate="sp-encrypt-cert.pem"/>
    </ApplicationDefaults>

    <SecurityPolicyProvider type="XML" validate="true" path="security-policy.xml"/>
    <ProtocolProvider type="XML" validate="true" reloadChanges="false" path="protocols.xml"/>
</SPConfig>
"""
    return r.choice(["shibboleth/shibboleth2.xml", "etc/shibboleth/shibboleth2.xml"]), t


@pos("shibboleth-sp", "db_password", "password")
def p_shibsp_odbc(r, v):
    c = Ctx(r)
    t = f"""<SPConfig xmlns="urn:mace:shibboleth:3.0:native:sp:config" clockSkew="180">

    <OutOfProcess>
        <Extensions>
            <Library path="odbc-store.so" fatal="true"/>
        </Extensions>
    </OutOfProcess>

    <StorageService type="ODBC" id="db" cleanupInterval="900">
        <ConnectionString>DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={c.db};DATABASE=shibsp;UID=shibd;PWD={v.raw('SHIBD_ODBC_PWD')};Encrypt=yes</ConnectionString>
    </StorageService>
    <SessionCache type="StorageService" StorageService="db" cacheAssertions="false"
                  cacheAllowance="900" inprocTimeout="900" cleanupInterval="900"/>
    <ReplayCache StorageService="db"/>

    <ApplicationDefaults entityID="{c.sp_entity}" REMOTE_USER="eppn persistent-id">
        <Sessions lifetime="28800" timeout="3600" handlerSSL="true" cookieProps="https">
            <SSO entityID="{c.idp_entity}">SAML2</SSO>
            <Logout>SAML2 Local</Logout>
        </Sessions>
        <CredentialResolver type="File" key="sp-key.pem" certificate="sp-cert.pem"/>
    </ApplicationDefaults>
</SPConfig>
"""
    return "shibboleth/shibboleth2.xml", t


@pos("shibboleth-sp", "sp_private_key", "pkcs8")
def p_shibsp_keyfile(r, v):
    return r.choice(["shibboleth/sp-key.pem", "etc/shibboleth/sp-signing-key.pem", "deploy/shib/sp-encrypt-key.pem"]), v.pem("file")


@pos("mod_auth_mellon", "sp_private_key", "rsa")
def p_mellon_keyfile(r, v):
    c = Ctx(r)
    return "apache/mellon/https_%s_mellon_metadata.key" % c.sp.replace(".", "_"), v.pem("file")


@pos("mod_auth_mellon", "sp_private_key", "pkcs8")
def p_mellon_ansible(r, v):
    c = Ctx(r)
    t = f"""---
mellon_endpoint_path: /mellon
mellon_sp_entity_id: "https://{c.sp}/mellon/metadata"
mellon_idp_metadata_url: "https://{c.idp}/idp/shibboleth"
mellon_sp_cert_file: /etc/httpd/mellon/sp.crt
mellon_sp_key_file: /etc/httpd/mellon/sp.key
mellon_sp_private_key: |
{v.pem('ml', '  ')}
mellon_user_attribute: eppn
"""
    return "roles/mellon/defaults/main.yml", t


# ----- python3-saml / php-saml (OneLogin toolkits)
def onelogin_settings(r, c, v, form):
    cert = Cert(r, c.sp, c.org)
    idpcert = Cert(r, c.idp, c.org)
    sp_key = v.pem("ml") if form == "esc" else v.pem("bare")
    d = {
        "strict": True,
        "debug": r.choice([True, False]),
        "sp": {
            "entityId": c.sp_entity,
            "assertionConsumerService": {"url": c.acs, "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"},
            "singleLogoutService": {"url": "https://%s/saml/sls" % c.sp,
                                    "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"},
            "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
            "x509cert": cert.b64,
            "privateKey": sp_key,
        },
        "idp": {
            "entityId": c.idp_entity,
            "singleSignOnService": {"url": "https://%s/idp/profile/SAML2/Redirect/SSO" % c.idp,
                                    "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"},
            "x509cert": idpcert.b64,
        },
    }
    return d


@pos("python3-saml", "sp_private_key", "pkcs8")
def p_pysaml_settings_bare(r, v):
    c = Ctx(r)
    return r.choice(["saml/settings.json", "app/saml/settings.json", "config/saml/settings.json"]), \
        json.dumps(onelogin_settings(r, c, v, "bare"), indent=4, ensure_ascii=False) + "\n"


@pos("python3-saml", "sp_private_key", "pkcs8")
def p_pysaml_settings_esc(r, v):
    c = Ctx(r)
    return r.choice(["saml/settings.json", "src/auth/saml/settings.json"]), \
        json.dumps(onelogin_settings(r, c, v, "esc"), indent=2, ensure_ascii=False) + "\n"


@pos("python3-saml", "sp_private_key", "pkcs8")
def p_pysaml_django(r, v):
    c = Ctx(r)
    name = r.choice(["SAML_SP_PRIVATE_KEY", "SP_KEY_PEM", "_SIGNING_MATERIAL"])
    t = f'''"""SAML settings for the {c.app} portal (python3-saml)."""
import os

from django.conf import settings

SAML_FOLDER = os.path.join(settings.BASE_DIR, "saml")

SP_ENTITY_ID = "{c.sp_entity}"
IDP_ENTITY_ID = "{c.idp_entity}"
IDP_SSO_URL = "https://{c.idp}/idp/profile/SAML2/Redirect/SSO"

{name} = """
{v.pem('ml')}
"""


def saml_settings(request):
    return {{
        "strict": True,
        "debug": settings.DEBUG,
        "sp": {{
            "entityId": SP_ENTITY_ID,
            "assertionConsumerService": {{"url": request.build_absolute_uri("/saml/acs/")}},
            "privateKey": {name}.strip(),
            "x509cert": open(os.path.join(SAML_FOLDER, "certs", "sp.crt")).read(),
        }},
        "idp": {{"entityId": IDP_ENTITY_ID, "singleSignOnService": {{"url": IDP_SSO_URL}}}},
    }}
'''
    return r.choice(["portal/saml_settings.py", "accounts/saml/conf.py"]), t


@pos("python3-saml", "sp_private_key", "pkcs8")
def p_pysaml_envdefault(r, v):
    c = Ctx(r)
    t = f'''import os

from onelogin.saml2.auth import OneLogin_Saml2_Auth
from onelogin.saml2.settings import OneLogin_Saml2_Settings

SP_CERT = os.environ.get("SAML_SP_CERT", "")
SP_KEY = os.environ.get(
    "SAML_SP_KEY",
    "{v.pem('bare')}",
)


def build_settings():
    return OneLogin_Saml2_Settings(
        {{
            "strict": True,
            "sp": {{
                "entityId": "{c.sp_entity}",
                "assertionConsumerService": {{"url": "{c.acs}"}},
                "x509cert": SP_CERT,
                "privateKey": SP_KEY,
            }},
            "idp": {{"entityId": "{c.idp_entity}"}},
        }},
        sp_validation_only=True,
    )
'''
    return r.choice(["app/auth/saml.py", "backend/sso/settings.py"]), t


@pos("php-saml", "sp_private_key", "pkcs8")
def p_phpsaml_settings(r, v):
    c = Ctx(r)
    cert = Cert(r, c.idp, c.org)
    t = f"""<?php

$settings = [
    'strict' => true,
    'debug' => false,
    'baseurl' => 'https://{c.sp}/saml/',
    'sp' => [
        'entityId' => '{c.sp_entity}',
        'assertionConsumerService' => [
            'url' => '{c.acs}',
        ],
        'NameIDFormat' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
        'x509cert' => file_get_contents(__DIR__ . '/certs/sp.crt'),
        'privateKey' => '{v.pem('bare')}',
    ],
    'idp' => [
        'entityId' => '{c.idp_entity}',
        'singleSignOnService' => ['url' => 'https://{c.idp}/sso/saml'],
        'x509cert' => '{cert.b64}',
    ],
];
"""
    return r.choice(["settings.php", "app/Saml/settings.php", "config/saml_settings.php"]), t


# ----- ruby-saml / Devise / omniauth
@pos("ruby-saml", "sp_private_key", "pkcs8")
def p_rb_devise(r, v):
    c = Ctx(r)
    t = f"""# frozen_string_literal: true

Devise.setup do |config|
  config.saml_create_user = true
  config.saml_update_user = true
  config.saml_default_user_key = :email
  config.saml_session_index_key = :session_index
  config.saml_use_subject = true

  config.saml_configure do |settings|
    settings.assertion_consumer_service_url = "{c.acs}"
    settings.sp_entity_id = "{c.sp_entity}"
    settings.idp_sso_service_url = "https://{c.idp}/app/sso/saml"
    settings.idp_cert = File.read(Rails.root.join("config", "saml", "idp.crt"))
    settings.certificate = File.read(Rails.root.join("config", "saml", "sp.crt"))
    settings.private_key = <<~PEM
{v.pem('ml', '      ')}
    PEM
    settings.security[:authn_requests_signed] = true
    settings.security[:signature_method] = XMLSecurity::Document::RSA_SHA256
  end
end
"""
    return "config/initializers/devise.rb", t


@pos("ruby-saml", "sp_private_key", "pkcs8")
def p_rb_samlyml(r, v):
    c = Ctx(r)
    cert = Cert(r, c.sp, c.org)
    t = f"""production:
  sp_entity_id: "{c.sp_entity}"
  assertion_consumer_service_url: "{c.acs}"
  idp_sso_target_url: "https://{c.idp}/saml2/sso"
  idp_cert_fingerprint: "{Cert(r, c.idp, c.org).sha1()}"
  idp_cert_fingerprint_algorithm: "http://www.w3.org/2000/09/xmldsig#sha1"
  certificate: |
{cert.pem('    ')}
  private_key: |
{v.pem('ml', '    ')}
"""
    return "config/saml.yml", t


@pos("omniauth-saml", "sp_private_key", "rsa")
def p_rb_omniauth(r, v):
    c = Ctx(r)
    t = f"""Rails.application.config.middleware.use OmniAuth::Builder do
  provider :saml,
           issuer: "{c.sp_entity}",
           assertion_consumer_service_url: "{c.acs}",
           idp_sso_service_url: "https://{c.idp}/saml/login",
           idp_cert_fingerprint: ENV["SAML_IDP_FINGERPRINT"],
           name_identifier_format: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
           certificate: File.read("config/certs/sp.crt"),
           private_key: "{v.pem('esc')}",
           security: {{ authn_requests_signed: true, want_assertions_signed: true }}
end
"""
    return "config/initializers/omniauth.rb", t


# ----- passport-saml / node-saml
@pos("passport-saml", "sp_private_key", "pkcs8")
def p_js_passport(r, v):
    c = Ctx(r)
    prop = r.choice(["decryptionPvk", "privateKey"])
    t = f"""const fs = require('fs');
const passport = require('passport');
const {{ Strategy: SamlStrategy }} = require('@node-saml/passport-saml');

const spKey = `
{v.pem('ml')}
`;

passport.use(
  new SamlStrategy(
    {{
      callbackUrl: '{c.acs}',
      entryPoint: 'https://{c.idp}/idp/profile/SAML2/Redirect/SSO',
      issuer: '{c.sp_entity}',
      idpCert: fs.readFileSync(__dirname + '/certs/idp.pem', 'utf8'),
      {prop}: spKey,
      wantAssertionsSigned: true,
      identifierFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    }},
    (profile, done) => done(null, {{ id: profile.nameID, email: profile.mail }}),
  ),
);

module.exports = passport;
"""
    return r.choice(["src/auth/saml.js", "lib/passport.js", "server/auth/saml-strategy.js"]), t


@pos("node-saml", "sp_private_key", "pkcs8")
def p_ts_nodesaml(r, v):
    c = Ctx(r)
    t = f"""import {{ SAML }} from "@node-saml/node-saml";
import {{ readFileSync }} from "node:fs";

export const saml = new SAML({{
  entryPoint: "https://{c.idp}/app/{c.app}/sso/saml",
  issuer: "{c.sp_entity}",
  callbackUrl: "{c.acs}",
  idpCert: readFileSync("certs/idp.crt", "utf8"),
  privateKey: "{v.pem('esc')}",
  signatureAlgorithm: "sha256",
  audience: "{c.sp_entity}",
}});
"""
    return r.choice(["src/saml.ts", "apps/api/src/auth/saml.client.ts"]), t


@pos("passport-saml", "sp_private_key", "pkcs8")
def p_js_nodeconfig(r, v):
    c = Ctx(r)
    d = {"server": {"port": 3000},
         "saml": {"entryPoint": "https://%s/saml2/idp/SSOService.php" % c.idp, "issuer": c.sp_entity,
                  "callbackUrl": c.acs, "logoutUrl": "https://%s/saml2/idp/SingleLogoutService.php" % c.idp,
                  "privateKey": v.pem("ml"), "acceptedClockSkewMs": 5000}}
    return r.choice(["config/production.json", "config/default.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@pos("passport-saml", "key_passphrase", "password")
def p_dotenv(r, v):
    c = Ctx(r)
    t = f"""NODE_ENV=production
PORT=3000
SAML_ENTRY_POINT=https://{c.idp}/idp/profile/SAML2/Redirect/SSO
SAML_ISSUER={c.sp_entity}
SAML_CALLBACK_URL={c.acs}
SAML_SP_KEY_FILE=/run/secrets/sp.key
SAML_SP_KEY_PASSPHRASE={v.raw('SAML_SP_KEY_PASSPHRASE')}
SESSION_COOKIE_NAME=sid
"""
    return r.choice([".env", ".env.production"]), t


# ----- Spring Security SAML
@pos("spring-security-saml", "keystore_password", "password")
def p_java_jks(r, v):
    c = Ctx(r)
    var = r.choice(["storePass", "ksPassword", "secret", "pw"])
    t = f"""package com.{c.realm.replace('-', '')}.{c.app}.config;

import java.util.Collections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.saml.key.JKSKeyManager;
import org.springframework.security.saml.key.KeyManager;

@Configuration
public class SamlKeyConfig {{

    private static final String ALIAS = "{c.app}-sp";

    @Bean
    public KeyManager keyManager() {{
        DefaultResourceLoader loader = new DefaultResourceLoader();
        Resource storeFile = loader.getResource("classpath:/saml/samlKeystore.jks");
        String {var} = {v.lit('java', 'SAML_KEYSTORE_PASSWORD')};
        return new JKSKeyManager(storeFile, {var}, Collections.singletonMap(ALIAS, {var}), ALIAS);
    }}
}}
"""
    return "src/main/java/com/%s/%s/config/SamlKeyConfig.java" % (c.realm.replace("-", ""), c.app), t


@pos("spring-security-saml", "keystore_password", "password")
def p_spring_yml(r, v):
    c = Ctx(r)
    t = f"""server:
  port: 8443
  servlet:
    context-path: /{c.app}

spring:
  security:
    saml2:
      relyingparty:
        registration:
          {c.realm}:
            entity-id: "{c.sp_entity}"
            signing:
              credentials:
                - private-key-location: "classpath:credentials/rp-private.key"
                  certificate-location: "classpath:credentials/rp-certificate.crt"
            assertingparty:
              metadata-uri: "https://{c.idp}/idp/shibboleth"

app:
  saml:
    keystore:
      path: classpath:saml/sp-keystore.p12
      type: PKCS12
      alias: {c.app}
      password: {v.lit('yaml', 'SAML_KEYSTORE_PASSWORD')}
"""
    return r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yml"]), t


@pos("spring-security-saml", "keystore_password", "password")
def p_spring_props(r, v):
    c = Ctx(r)
    key = r.choice(["saml.keystore.password", "sso.sp.key-store-password", "security.saml2.keystore-pass"])
    t = f"""spring.application.name={c.app}
server.port=8080
spring.security.saml2.relyingparty.registration.{c.realm}.assertingparty.metadata-uri=https://{c.idp}/metadata
spring.security.saml2.relyingparty.registration.{c.realm}.entity-id={c.sp_entity}
spring.security.saml2.relyingparty.registration.{c.realm}.acs.location={{baseUrl}}/login/saml2/sso/{{registrationId}}
saml.keystore.location=classpath:saml/keystore.jks
saml.keystore.alias={c.app}
{key}={v.raw('SAML_KEYSTORE_PASSWORD')}
logging.level.org.springframework.security.saml2=DEBUG
"""
    return r.choice(["src/main/resources/application.properties", "config/application-prod.properties"]), t


@pos("kubernetes", "sp_private_key", "pkcs8")
def p_k8s_secret(r, v):
    c = Ctx(r)
    t = f"""apiVersion: v1
kind: Secret
metadata:
  name: {c.app}-saml-sp
  namespace: {c.app}
  labels:
    app.kubernetes.io/name: {c.app}
type: Opaque
data:
  sp.crt: {base64.b64encode(Cert(r, c.sp, c.org).pem().encode()).decode()}
  sp.key: {v.pem('b64pem')}
"""
    return r.choice(["k8s/saml-secret.yaml", "deploy/manifests/secret-saml.yaml"]), t


@pos("kubernetes", "sp_private_key", "pkcs8")
def p_k8s_stringdata(r, v):
    c = Ctx(r)
    t = f"""apiVersion: v1
kind: Secret
metadata:
  name: saml-signing
  namespace: {c.app}
type: Opaque
stringData:
  SAML_SP_ENTITY_ID: "{c.sp_entity}"
  saml-sp.key: |
{v.pem('ml', '    ')}
"""
    return "deploy/saml-signing-secret.yaml", t


# ----- .NET
@pos("itfoxtec", "pfx_password", "password")
def p_cs_appsettings(r, v):
    c = Ctx(r)
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*",
         "Saml2": {"IdPMetadata": "https://%s/FederationMetadata/2007-06/FederationMetadata.xml" % c.idp,
                   "Issuer": c.sp_entity,
                   "SignatureAlgorithm": "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                   "SigningCertificateFile": "%s-sp.pfx" % c.app,
                   "SigningCertificatePassword": v.raw("SAML2_CERT_PASSWORD"),
                   "CertificateValidationMode": "ChainTrust",
                   "RevocationMode": "NoCheck"}}
    return r.choice(["appsettings.json", "src/Web/appsettings.Production.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@pos("sustainsys", "pfx_password", "password")
def p_cs_webconfig(r, v):
    c = Ctx(r)
    t = f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="sustainsys.saml2" type="Sustainsys.Saml2.Configuration.SustainsysSaml2Section, Sustainsys.Saml2" />
  </configSections>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="Saml2:SigningCertificateFile" value="~/App_Data/{c.app}-signing.pfx" />
    <add key="Saml2:SigningCertificatePassword" value="{v.raw('SAML2_PFX_PASSWORD')}" />
  </appSettings>
  <sustainsys.saml2 entityId="{c.sp_entity}" returnUrl="https://{c.sp}/" authenticateRequestSigningBehavior="Always">
    <identityProviders>
      <add entityId="{c.idp_entity}" signOnUrl="https://{c.idp}/adfs/ls/" allowUnsolicitedAuthnResponse="true" binding="HttpRedirect">
        <signingCertificate storeName="My" storeLocation="LocalMachine" findValue="CN={c.idp}" x509FindType="FindBySubjectDistinguishedName" />
      </add>
    </identityProviders>
  </sustainsys.saml2>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
"""
    return "Web.config", t


@pos("dotnet", "pfx_password", "password")
def p_cs_x509(r, v):
    c = Ctx(r)
    t = f"""using System.Security.Cryptography.X509Certificates;
using ITfoxtec.Identity.Saml2;
using ITfoxtec.Identity.Saml2.MvcCore.Configuration;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<Saml2Configuration>(builder.Configuration.GetSection("Saml2"));
builder.Services.Configure<Saml2Configuration>(saml2 =>
{{
    saml2.SigningCertificate = new X509Certificate2(
        Path.Combine(builder.Environment.ContentRootPath, "certs", "{c.app}-sp.pfx"),
        {v.lit('cs', 'SAML_PFX_PASSWORD')},
        X509KeyStorageFlags.MachineKeySet | X509KeyStorageFlags.EphemeralKeySet);
    saml2.AllowedAudienceUris.Add(saml2.Issuer);
}});
builder.Services.AddSaml2();

var app = builder.Build();
app.UseSaml2();
app.MapControllers();
app.Run();
"""
    return r.choice(["src/Web/Program.cs", "Program.cs"]), t


@pos("componentspace", "pfx_password", "password")
def p_cs_componentspace(r, v):
    c = Ctx(r)
    t = f"""<?xml version="1.0"?>
<SAMLConfiguration xmlns="urn:componentspace:SAML:2.0:configuration">
  <ServiceProvider Name="{c.sp_entity}"
                   Description="{c.org} {c.app}"
                   AssertionConsumerServiceUrl="~/SAML/AssertionConsumerService">
    <LocalCertificates>
      <Certificate FileName="Certificates\\sp.pfx" Password="{v.raw('SP_PFX_PASSWORD')}"/>
    </LocalCertificates>
  </ServiceProvider>

  <PartnerIdentityProviders>
    <PartnerIdentityProvider Name="{c.idp_entity}"
                             SignAuthnRequest="true"
                             SingleSignOnServiceUrl="https://{c.idp}/adfs/ls/"
                             SingleLogoutServiceUrl="https://{c.idp}/adfs/ls/?wa=wsignout1.0">
      <PartnerCertificates>
        <Certificate FileName="Certificates\\idp.cer"/>
      </PartnerCertificates>
    </PartnerIdentityProvider>
  </PartnerIdentityProviders>
</SAMLConfiguration>
"""
    return "saml.config", t


# ----- ADFS / Azure AD
@pos("adfs", "pfx_password", "password")
def p_ps_adfs(r, v):
    c = Ctx(r)
    t = f"""# Adds the {c.app} relying party trust and imports the token-signing certificate.
Import-Module ADFS

$pfxPath = "C:\\deploy\\certs\\adfs-token-signing.pfx"
$pfxPass = ConvertTo-SecureString -String {v.lit('ps', 'ADFS_PFX_PASSWORD')} -AsPlainText -Force
Import-PfxCertificate -FilePath $pfxPath -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPass

Add-AdfsRelyingPartyTrust -Name "{c.org} {c.app}" `
    -Identifier "{c.sp_entity}" `
    -SamlEndpoint (New-AdfsSamlEndpoint -Binding POST -Protocol SAMLAssertionConsumer -Uri "{c.acs}") `
    -IssuanceTransformRules (Get-Content .\\claim-rules.txt -Raw) `
    -AccessControlPolicyName "Permit everyone"
"""
    return r.choice(["scripts/adfs/Add-RelyingParty.ps1", "deploy/adfs-rp.ps1"]), t


@pos("adfs", "db_password", "password")
def p_ps_adfs_sql(r, v):
    c = Ctx(r)
    t = f"""# Build the second ADFS farm node against the shared SQL configuration database
$cred = Get-Credential -Message "gMSA / service account"
Install-AdfsFarm `
    -CertificateThumbprint "{hexs(r, 20).upper()}" `
    -FederationServiceName "{c.idp}" `
    -ServiceAccountCredential $cred `
    -SQLConnectionString "Data Source={c.db};Initial Catalog=ADFSConfigurationV4;User ID=adfs_svc;Password={v.raw('ADFS_SQL_PASSWORD')};Encrypt=True" `
    -OverwriteConfiguration
"""
    return "infra/adfs/Install-Farm.ps1", t


@pos("azure-ad", "client_secret", "azure_secret")
def p_azure_appsettings(r, v):
    c = Ctx(r)
    d = {"AzureAd": {"Instance": "https://login.microsoftonline.com/", "Domain": c.dom, "TenantId": c.tenant,
                     "ClientId": c.clientid, "ClientSecret": v.raw("AZUREAD_CLIENT_SECRET"),
                     "CallbackPath": "/signin-oidc"},
         "Saml": {"MetadataUrl": "https://login.microsoftonline.com/%s/federationmetadata/2007-06/federationmetadata.xml?appid=%s" % (c.tenant, uuid4(r))}}
    return r.choice(["appsettings.json", "src/Bridge/appsettings.json"]), json.dumps(d, indent=2) + "\n"


@pos("azure-ad", "client_secret", "azure_secret")
def p_azure_md(r, v):
    c = Ctx(r)
    t = f"""# Runbook: rotating the OIDC bridge credential for the SAML gateway

The SAML gateway (`{c.sp}`) federates to Entra ID through an OIDC app registration.

1. Sign in: `az login --tenant {c.tenant}`
2. Reset the credential:

```
$ az ad app credential reset --id {c.clientid} --display-name saml-gw-2024
{{
  "appId": "{c.clientid}",
  "password": "{v.raw('AZURE_CLIENT_SECRET')}",
  "tenant": "{c.tenant}"
}}
```

3. Paste the new password into the gateway's Key Vault and restart the pods.
4. Verify login at https://{c.sp}/saml/login
"""
    return r.choice(["docs/runbooks/rotate-oidc-bridge.md", "RUNBOOK.md"]), t


@pos("azure-ad", "client_secret", "azure_secret")
def p_azure_tf(r, v):
    c = Ctx(r)
    t = f"""provider "azuread" {{
  tenant_id     = "{c.tenant}"
  client_id     = "{c.clientid}"
  client_secret = {v.lit('tf', 'ARM_CLIENT_SECRET')}
}}

resource "azuread_application" "saml_app" {{
  display_name = "{c.org} {c.app} (SAML)"
  identifier_uris = ["{c.sp_entity}"]
  web {{
    redirect_uris = ["{c.acs}"]
  }}
}}

resource "azuread_service_principal" "saml_app" {{
  client_id                    = azuread_application.saml_app.client_id
  preferred_single_sign_on_mode = "saml"
}}
"""
    return r.choice(["terraform/azuread.tf", "infra/entra/main.tf"]), t


# ----- Keycloak
def kc_realm_base(r, c):
    return {"id": uuid4(r), "realm": c.realm, "enabled": True, "sslRequired": "external",
            "accessTokenLifespan": 300, "ssoSessionIdleTimeout": 1800, "defaultSignatureAlgorithm": "RS256"}


@pos("keycloak", "sp_private_key", "pkcs8")
def p_kc_saml_client(r, v):
    c = Ctx(r)
    d = kc_realm_base(r, c)
    d["clients"] = [{
        "id": uuid4(r), "clientId": c.sp_entity, "name": "%s (SAML)" % c.app, "enabled": True,
        "protocol": "saml", "redirectUris": ["https://%s/*" % c.sp], "frontchannelLogout": True,
        "attributes": {
            "saml.assertion.signature": "true", "saml.force.post.binding": "true",
            "saml.server.signature": "true", "saml.signature.algorithm": "RSA_SHA256",
            "saml_name_id_format": "username", "saml.client.signature": "true",
            "saml.signing.certificate": Cert(r, c.sp, c.org).b64,
            "saml.signing.private.key": v.pem("bare"),
            "saml_assertion_consumer_url_post": c.acs,
        }}]
    return r.choice(["keycloak/realm-export.json", "import/%s-realm.json" % c.realm]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@pos("keycloak", "client_secret", "kc_secret")
def p_kc_oidc_client(r, v):
    c = Ctx(r)
    d = kc_realm_base(r, c)
    d["clients"] = [{
        "id": uuid4(r), "clientId": "%s-oidc-bridge" % c.app, "enabled": True,
        "clientAuthenticatorType": "client-secret", "secret": v.raw("KC_CLIENT_SECRET"),
        "redirectUris": ["https://%s/oauth2/callback" % c.sp], "webOrigins": ["+"],
        "standardFlowEnabled": True, "directAccessGrantsEnabled": False, "protocol": "openid-connect",
        "attributes": {"post.logout.redirect.uris": "https://%s/" % c.sp, "pkce.code.challenge.method": "S256"}}]
    return r.choice(["keycloak/realm-export.json", "docker/keycloak/import/realm.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@pos("keycloak", "client_secret", "okta_secret")
def p_kc_broker(r, v):
    c = Ctx(r)
    d = kc_realm_base(r, c)
    d["identityProviders"] = [{
        "alias": "corp-okta", "displayName": "%s SSO" % c.org, "providerId": "oidc", "enabled": True,
        "trustEmail": True, "firstBrokerLoginFlowAlias": "first broker login",
        "config": {"clientId": "0oa" + rs(r, ALNUM, 17), "clientSecret": v.raw("OKTA_BROKER_SECRET"),
                   "authorizationUrl": "https://%s.okta.com/oauth2/v1/authorize" % c.realm,
                   "tokenUrl": "https://%s.okta.com/oauth2/v1/token" % c.realm,
                   "clientAuthMethod": "client_secret_post", "syncMode": "IMPORT", "defaultScope": "openid email profile"}}]
    return "keycloak/realms/%s.json" % c.realm, json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@pos("keycloak", "sp_private_key", "pkcs8")
def p_kc_tf(r, v):
    c = Ctx(r)
    t = f"""resource "keycloak_saml_client" "{c.app}" {{
  realm_id                = keycloak_realm.{c.realm}.id
  client_id               = "{c.sp_entity}"
  name                    = "{c.app}"
  sign_documents          = true
  sign_assertions         = true
  include_authn_statement = true
  signature_algorithm     = "RSA_SHA256"
  valid_redirect_uris     = ["https://{c.sp}/*"]

  signing_certificate = file("${{path.module}}/certs/{c.app}.crt")
  signing_private_key = <<-EOT
{v.pem('ml', '    ')}
  EOT
}}
"""
    return r.choice(["terraform/keycloak/saml_clients.tf", "keycloak.tf"]), t


@pos("keycloak", "admin_password", "strongpw")
def p_kc_helm(r, v):
    c = Ctx(r)
    t = f"""# values for bitnami/keycloak
auth:
  adminUser: admin
  adminPassword: {v.lit('yaml', 'KEYCLOAK_ADMIN_PASSWORD')}
production: true
proxy: edge
replicaCount: 2
ingress:
  enabled: true
  hostname: {c.idp}
  tls: true
postgresql:
  enabled: false
externalDatabase:
  host: {c.db}
  user: keycloak
  database: keycloak
  existingSecret: keycloak-db
"""
    return r.choice(["deploy/keycloak/values.yaml", "helm/keycloak-values.yaml"]), t


# ----- Okta / OneLogin / Auth0 / Duo
@pos("okta", "api_token", "okta_token")
def p_okta_yaml(r, v):
    c = Ctx(r)
    t = f"""okta:
  client:
    orgUrl: "https://{c.realm}.okta.com"
    token: {v.lit('yaml', 'OKTA_API_TOKEN')}
    connectionTimeout: 30
    requestTimeout: 0
    rateLimit:
      maxRetries: 4
"""
    return r.choice([".okta/okta.yaml", "config/okta.yaml"]), t


@pos("okta", "api_token", "okta_token")
def p_okta_curl(r, v):
    c = Ctx(r)
    t = f"""#!/usr/bin/env bash
# Export the SAML app metadata and assignments from Okta before the migration.
set -euo pipefail
ORG="https://{c.realm}.okta.com"
APP_ID="0oa{rs(r, ALNUM, 17)}"

curl -sS -H "Accept: application/json" \\
     -H "Authorization: SSWS {v.raw('OKTA_API_TOKEN')}" \\
     "$ORG/api/v1/apps/$APP_ID" | jq . > app.json

curl -sS "$ORG/api/v1/apps/$APP_ID/sso/saml/metadata" -o idp-metadata.xml
"""
    return r.choice(["scripts/okta-export.sh", "tools/okta/export_app.sh"]), t


@pos("okta", "client_secret", "okta_secret")
def p_okta_node(r, v):
    c = Ctx(r)
    t = f"""module.exports = {{
  oidc: {{
    issuer: 'https://{c.realm}.okta.com/oauth2/default',
    clientId: '0oa{rs(r, ALNUM, 17)}',
    clientSecret: {v.lit('js', 'OKTA_CLIENT_SECRET')},
    redirectUri: 'https://{c.sp}/authorization-code/callback',
    scope: 'openid profile email',
  }},
  saml: {{
    metadataUrl: 'https://{c.realm}.okta.com/app/exk{rs(r, ALNUM, 17)}/sso/saml/metadata',
  }},
}};
"""
    return r.choice(["config/okta.config.js", "src/config/auth.js"]), t


@pos("onelogin", "client_secret", "onelogin_secret")
def p_onelogin_props(r, v):
    c = Ctx(r)
    t = f"""# OneLogin SDK configuration
onelogin.sdk.client_id={hexs(r, 32)}
onelogin.sdk.client_secret={v.raw('ONELOGIN_CLIENT_SECRET')}
onelogin.sdk.region=us
onelogin.sdk.ip=
onelogin.sdk.subdomain={c.realm}
"""
    return r.choice(["src/main/resources/onelogin.sdk.properties", "onelogin.sdk.properties"]), t


@pos("onelogin", "client_secret", "onelogin_secret")
def p_onelogin_py(r, v):
    c = Ctx(r)
    t = f"""from onelogin.api.client import OneLoginClient

# region "us", used by the nightly SAML app report
client = OneLoginClient(
    "{hexs(r, 32)}",
    {v.lit('py', 'ONELOGIN_CLIENT_SECRET')},
    "us",
)
apps = client.get_apps(query_parameters={{"connector_id": 110016}})
for app in apps:
    print(app.id, app.name, app.visible)
"""
    return "tools/onelogin_report.py", t


@pos("auth0", "client_secret", "auth0_secret")
def p_auth0_tf(r, v):
    c = Ctx(r)
    t = f"""provider "auth0" {{
  domain        = "{c.realm}.eu.auth0.com"
  client_id     = "{rs(r, ALNUM, 32)}"
  client_secret = {v.lit('tf', 'AUTH0_CLIENT_SECRET')}
}}

resource "auth0_client" "{c.app}_saml" {{
  name     = "{c.app}"
  app_type = "regular_web"
  callbacks = ["{c.acs}"]
  addons {{
    samlp {{
      audience    = "{c.sp_entity}"
      name_identifier_format = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
    }}
  }}
}}
"""
    return "terraform/auth0.tf", t


@pos("duo", "secret_key", "duo_skey")
def p_duo_ini(r, v):
    c = Ctx(r)
    t = f"""; Duo Authentication Proxy / Access Gateway upstream
[main]
debug=false

[duo]
ikey=DI{rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 18)}
skey={v.raw('DUO_SKEY')}
host=api-{hexs(r, 4)}.duosecurity.com
failmode=safe

[ad_client]
host=dc1.{c.dom}
service_account_username=svc-duo
search_dn={c.basedn}
"""
    return r.choice(["conf/authproxy.cfg", "duo/authproxy.cfg"]), t


@pos("duo", "client_secret", "duo_skey")
def p_duo_py(r, v):
    c = Ctx(r)
    t = f"""import duo_universal

duo_client = duo_universal.Client(
    "DI{rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 18)}",
    {v.lit('py', 'DUO_CLIENT_SECRET')},
    "api-{hexs(r, 4)}.duosecurity.com",
    "https://{c.sp}/duo-callback",
)


def start_mfa(username):
    state = duo_client.generate_state()
    return state, duo_client.create_auth_url(username, state)
"""
    return r.choice(["app/mfa.py", "sso/duo_mfa.py"]), t


@pos("duo", "secret_key", "duo_skey")
def p_duo_dag(r, v):
    c = Ctx(r)
    t = f"""# Duo Access Gateway - authentication source
type: active_directory
name: {c.org} AD
servers:
  - dc1.{c.dom}:636
transport: ldaps
search_base: {c.basedn}
search_user: svc-dag@{c.dom}
duo:
  integration_key: DI{rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 18)}
  secret_key: {v.lit('yaml', 'DUO_SECRET_KEY')}
  api_hostname: api-{hexs(r, 4)}.duosecurity.com
"""
    return "dag/config.yaml", t


# ----- Apereo CAS
@pos("apereo-cas", "tgc_encryption_key", "jwk256")
def p_cas_tgc(r, v):
    c = Ctx(r)
    t = f"""cas.server.name=https://{c.idp}
cas.server.prefix=${{cas.server.name}}/cas
logging.config=file:/etc/cas/config/log4j2.xml

cas.tgc.secure=true
cas.tgc.crypto.enabled=true
cas.tgc.crypto.encryption.key={v.raw('CAS_TGC_ENCRYPTION_KEY')}
cas.tgc.crypto.signing.key=${{CAS_TGC_SIGNING_KEY}}

cas.authn.accept.enabled=false
cas.service-registry.json.location=file:/etc/cas/services
"""
    return r.choice(["etc/cas/config/cas.properties", "cas/config/cas.properties"]), t


@pos("apereo-cas", "webflow_signing_key", "jwk512")
def p_cas_webflow(r, v):
    c = Ctx(r)
    t = f"""cas:
  server:
    name: https://{c.idp}
    prefix: https://{c.idp}/cas
  webflow:
    crypto:
      signing:
        key: {v.lit('yaml', 'CAS_WEBFLOW_SIGNING_KEY')}
      encryption:
        key: ${{CAS_WEBFLOW_ENCRYPTION_KEY}}
  tgc:
    crypto:
      enabled: true
  authn:
    saml-idp:
      core:
        entity-id: https://{c.idp}/idp
"""
    return r.choice(["etc/cas/config/cas.yml", "src/main/resources/application.yml"]), t


@pos("apereo-cas", "tgc_signing_key", "jwk512")
def p_cas_compose(r, v):
    c = Ctx(r)
    t = f"""services:
  cas:
    image: apereo/cas:{r.choice(["7.0.4", "6.6.15", "7.1.0"])}
    ports:
      - "8443:8443"
    environment:
      CAS_SERVER_NAME: https://{c.idp}
      CAS_TGC_CRYPTO_SIGNING_KEY: {v.lit('yaml', 'CAS_TGC_SIGNING_KEY')}
      CAS_SERVICE_REGISTRY_JSON_LOCATION: file:/etc/cas/services
    volumes:
      - ./services:/etc/cas/services:ro
      - ./thekeystore:/etc/cas/thekeystore:ro
"""
    return "docker-compose.yml", t


@pos("apereo-cas", "webflow_encryption_key", "jwk128")
def p_cas_webflow_enc(r, v):
    c = Ctx(r)
    t = f"""# CAS overlay, production profile
cas.server.name=https://{c.idp}
cas.webflow.crypto.signing.key=${{CAS_WEBFLOW_SIGNING_KEY}}
cas.webflow.crypto.encryption.key={v.raw('CAS_WEBFLOW_ENC_KEY')}
cas.webflow.crypto.alg=A128CBC-HS256
cas.authn.pac4j.core.session-replication.replicate-sessions=false
"""
    return "etc/cas/config/cas-prod.properties", t


@pos("apereo-cas", "ldap_bind_password", "password")
def p_cas_ldap(r, v):
    c = Ctx(r)
    t = f"""cas.authn.ldap[0].type=AUTHENTICATED
cas.authn.ldap[0].ldap-url={c.ldap}
cas.authn.ldap[0].base-dn=ou=people,{c.basedn}
cas.authn.ldap[0].search-filter=uid={{user}}
cas.authn.ldap[0].bind-dn=cn=cas,ou=services,{c.basedn}
cas.authn.ldap[0].bind-credential={v.raw('CAS_LDAP_BIND')}
cas.authn.ldap[0].principal-attribute-list=uid,mail,cn,memberOf
"""
    return "etc/cas/config/ldap.properties", t


@pos("apereo-cas", "wsfed_keystore_password", "password")
def p_cas_wsfed(r, v):
    c = Ctx(r)
    t = f"""# WS-Federation IdP (STS)
cas.authn.wsfed-idp.idp.realm=urn:org:apache:cxf:fediz:idp:realm-A
cas.authn.wsfed-idp.idp.realm-name=REALM-A
cas.authn.wsfed-idp.sts.signing-keystore-file=/etc/cas/config/ststrust.jks
cas.authn.wsfed-idp.sts.signing-keystore-password={v.raw('CAS_STS_SIGNING_KS_PASS')}
cas.authn.wsfed-idp.sts.encryption-keystore-file=/etc/cas/config/stsencrypt.jks
cas.authn.wsfed-idp.sts.encryption-keystore-password=${{CAS_STS_ENC_KS_PASS}}
cas.authn.wsfed-idp.sts.subject-name-id-format=unspecified
cas.authn.wsfed-idp.sts.realm.keystore-alias=realma
cas.server.name=https://{c.idp}
"""
    return "etc/cas/config/wsfed.properties", t


@pos("apereo-cas", "tgc_encryption_key", "jwk256")
def p_cas_jwk_md(r, v):
    c = Ctx(r)
    t = f"""# CAS crypto keys for {c.idp}

Keys were generated with the CAS jwk-gen tool on the build host:

```
$ java -jar jwk-gen.jar -t oct -s 256
Full key:
{{
  "kty": "oct",
  "k": "{v.raw('CAS_TGC_ENCRYPTION_KEY')}"
}}
```

Set the `k` value as `cas.tgc.crypto.encryption.key` on every node of the cluster.
"""
    return r.choice(["docs/cas-keys.md", "ops/cas/README.md"]), t


# ----- WS-Fed / misc
@pos("wsfed", "sp_private_key", "pkcs8")
def p_wsfed_node(r, v):
    c = Ctx(r)
    t = f"""const wsfed = require('wsfed');

app.get('/wsfed', wsfed.auth({{
  issuer: '{c.idp_entity}',
  cert: fs.readFileSync(path.join(__dirname, 'certs', 'wsfed.crt')),
  key: '{v.pem('esc')}',
  getPostURL: (wtrealm, wreply, req, callback) => callback(null, wreply || '{c.acs}'),
}}));
"""
    return r.choice(["server/wsfed.js", "idp/routes/wsfed.js"]), t


@pos("wsfed", "pfx_password", "password")
def p_wsfed_owin(r, v):
    c = Ctx(r)
    t = f"""using System.Security.Cryptography.X509Certificates;
using Microsoft.Owin.Security.WsFederation;
using Owin;

public partial class Startup
{{
    public void ConfigureAuth(IAppBuilder app)
    {{
        var decrypt = new X509Certificate2(HostingEnvironment.MapPath("~/App_Data/wsfed-decrypt.pfx"), "{v.raw('WSFED_PFX_PASSWORD')}");
        app.UseWsFederationAuthentication(new WsFederationAuthenticationOptions
        {{
            Wtrealm = "{c.sp_entity}",
            MetadataAddress = "https://{c.idp}/FederationMetadata/2007-06/FederationMetadata.xml",
            TokenValidationParameters = {{ ValidAudience = "{c.sp_entity}" }},
        }});
    }}
}}
"""
    return "App_Start/Startup.Auth.cs", t


@pos("openssl", "pfx_password", "password")
def p_md_openssl(r, v):
    c = Ctx(r)
    t = f"""# SAML signing certificate renewal ({c.sp})

1. Generate a new key and self-signed certificate (valid 10 years):

       openssl req -x509 -newkey rsa:3072 -days 3650 -nodes \\
         -subj "/CN={c.sp}" -keyout sp.key -out sp.crt

2. Bundle it for IIS / the .NET SP:

       openssl pkcs12 -export -in sp.crt -inkey sp.key -out sp.pfx -passout pass:{v.raw('PFX_PASSWORD')}

3. Upload the new `sp.crt` to the IdP (metadata) **two weeks before** switching the SP.
4. Contact: {c.email}
"""
    return r.choice(["docs/runbooks/saml-cert-rotation.md", "docs/saml-renewal.md"]), t


@pos("keytool", "keystore_password", "password")
def p_md_keytool(r, v):
    c = Ctx(r)
    t = f"""## Creating the SP keystore

```bash
keytool -genkeypair -alias {c.app}-sp -keyalg RSA -keysize 2048 -validity 3650 \\
  -dname "CN={c.sp}, O={c.org}" \\
  -keystore src/main/resources/saml/samlKeystore.jks \\
  -storepass {v.raw('KEYSTORE_PASSWORD')} -keypass {v.raw('KEYSTORE_PASSWORD')}
```

Export the certificate and send it to the IdP team:

```bash
keytool -exportcert -rfc -alias {c.app}-sp -keystore src/main/resources/saml/samlKeystore.jks > sp.crt
```
"""
    return r.choice(["docs/saml-setup.md", "README.md"]), t


@pos("github-actions", "keystore_password", "password")
def p_gha(r, v):
    c = Ctx(r)
    t = f"""name: deploy-sp

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SP_ENTITY_ID: {c.sp_entity}
      SIGNING_STORE_PASS: {v.lit('yaml', 'SIGNING_STORE_PASS')}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "21"
      - run: ./mvnw -B package -DskipTests
      - run: ./scripts/build-keystore.sh "$SIGNING_STORE_PASS"
"""
    return ".github/workflows/deploy.yml", t


@pos("simplesamlphp", "db_password", "password")
def p_sql_seed(r, v):
    c = Ctx(r)
    t = f"""-- Seed data for the federation registry (staging)
INSERT INTO sp_registry (entity_id, acs_url, contact_email, created_at)
VALUES ('{c.sp_entity}', '{c.acs}', '{c.email}', NOW());

INSERT INTO sp_credentials (entity_id, keystore_path, keystore_password)
VALUES ('{c.sp_entity}', '/srv/saml/{c.app}.p12', '{v.raw('KS_PASS')}');
"""
    return r.choice(["db/seed/staging.sql", "sql/002_seed_sp.sql"]), t


@pos("shibboleth-idp", "keystore_password", "password")
def p_log(r, v):
    c = Ctx(r)
    ts = "%d-%02d-%02d" % (r.randint(2022, 2024), r.randint(1, 12), r.randint(1, 28))
    t = f"""{ts} 09:14:02,311 - INFO [net.shibboleth.idp.log:178] - Starting Shibboleth IdP
{ts} 09:14:05,902 - DEBUG [org.opensaml.security.crypto.KeySupport] - Loading credential from /opt/shibboleth-idp/credentials/idp-signing.p12
{ts} 09:14:05,903 - DEBUG [net.shibboleth.idp.profile.spring.factory.BasicX509CredentialFactoryBean] - keystore=/opt/shibboleth-idp/credentials/idp-signing.p12 storePassword={v.raw('IDP_STORE_PASSWORD')} alias=idp-signing
{ts} 09:14:06,120 - INFO [org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver:533] - Metadata Resolver FileBackedHTTPMetadataResolver InCommon: Next refresh cycle for metadata provider 'InCommon' will occur on '{ts}T15:14:06Z'
{ts} 09:14:07,411 - INFO [Shibboleth-Audit.SSO:283] - 20240101T091407Z|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_{hexs(r, 16)}|{c.sp_entity}|http://shibboleth.net/ns/profiles/saml2/sso/browser|{c.idp_entity}
"""
    return r.choice(["logs/idp-process.log", "support/idp-debug.log"]), t


@pos("python3-saml", "sp_private_key", "ec")
def p_ec_keyfile(r, v):
    return r.choice(["saml/certs/sp.key", "certs/sp-ec.key", "config/saml/sp-signing.key"]), v.pem("file")


@pos("shibboleth-idp", "encrypted_private_key", "enc")
def p_enc_keyfile(r, v):
    return r.choice(["credentials/idp-encryption.key", "keys/sp-enc.key"]), v.pem("file")


# =========================================================================== look-alike negatives
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


def saml_id(r):
    return "_" + hexs(r, 20)


def iso(r):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28),
                                            r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def persistent_id(r):
    return b64(r, 20)


@neg("simplesamlphp", "idp_cert_metadata")
def n_ssp_remote(r):
    c = Ctx(r)
    cert = Cert(r, c.idp, c.org)
    return "metadata/saml20-idp-remote.php", f"""<?php
/**
 * SAML 2.0 remote IdP metadata for SimpleSAMLphp.
 */
$metadata['{c.idp_entity}'] = [
    'entityid' => '{c.idp_entity}',
    'SingleSignOnService' => [
        [
            'Binding' => 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
            'Location' => 'https://{c.idp}/idp/profile/SAML2/Redirect/SSO',
        ],
    ],
    'certData' => '{cert.b64}',
    'NameIDFormat' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
];
"""


def entity_descriptor(r, c, role="SP"):
    cert = Cert(r, c.sp if role == "SP" else c.idp, c.org)
    cert2 = Cert(r, c.sp if role == "SP" else c.idp, c.org)
    eid = c.sp_entity if role == "SP" else c.idp_entity
    if role == "SP":
        svc = f"""        <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="{c.acs}" index="1"/>"""
        desc = 'md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true"'
        end = "md:SPSSODescriptor"
    else:
        svc = f"""        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://{c.idp}/idp/profile/SAML2/Redirect/SSO"/>"""
        desc = "md:IDPSSODescriptor"
        end = "md:IDPSSODescriptor"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="{eid}" validUntil="{iso(r)}">
    <{desc} protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <md:KeyDescriptor use="signing">
            <ds:KeyInfo>
                <ds:X509Data>
                    <ds:X509Certificate>{cert.b64}</ds:X509Certificate>
                </ds:X509Data>
            </ds:KeyInfo>
        </md:KeyDescriptor>
        <md:KeyDescriptor use="encryption">
            <ds:KeyInfo>
                <ds:X509Data>
                    <ds:X509Certificate>
{chr(10).join(wrap64(cert2.b64))}
                    </ds:X509Certificate>
                </ds:X509Data>
            </ds:KeyInfo>
        </md:KeyDescriptor>
        <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
{svc}
    </{end}>
    <md:ContactPerson contactType="technical">
        <md:GivenName>{c.admin}</md:GivenName>
        <md:EmailAddress>mailto:{c.email}</md:EmailAddress>
    </md:ContactPerson>
</md:EntityDescriptor>
"""


@neg("saml", "sp_metadata")
def n_sp_metadata(r):
    c = Ctx(r)
    return r.choice(["metadata/sp-metadata.xml", "public/saml/metadata.xml"]), entity_descriptor(r, c, "SP")


@neg("shibboleth-idp", "idp_metadata")
def n_idp_metadata(r):
    c = Ctx(r)
    return r.choice(["metadata/idp-metadata.xml", "shibboleth/partner-metadata/%s.xml" % c.realm]), entity_descriptor(r, c, "IDP")


def signature_block(r, ref, cert, indent="    "):
    i = indent
    return f"""{i}<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
{i}  <ds:SignedInfo>
{i}    <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
{i}    <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
{i}    <ds:Reference URI="#{ref}">
{i}      <ds:Transforms>
{i}        <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
{i}        <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
{i}      </ds:Transforms>
{i}      <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
{i}      <ds:DigestValue>{b64(r, 32)}</ds:DigestValue>
{i}    </ds:Reference>
{i}  </ds:SignedInfo>
{i}  <ds:SignatureValue>{b64(r, 256)}</ds:SignatureValue>
{i}  <ds:KeyInfo><ds:X509Data><ds:X509Certificate>{cert.b64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
{i}</ds:Signature>"""


@neg("saml", "signed_response")
def n_response(r):
    c = Ctx(r)
    rid, aid = saml_id(r), saml_id(r)
    cert = Cert(r, c.idp, c.org)
    nameid = r.choice([persistent_id(r), "%s@%s" % (r.choice(["jdoe", "asmith", "mkim", "lrossi"]), c.dom)])
    t = f"""<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"
    ID="{rid}" Version="2.0" IssueInstant="{iso(r)}" Destination="{c.acs}" InResponseTo="{saml_id(r)}">
  <saml:Issuer>{c.idp_entity}</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion ID="{aid}" Version="2.0" IssueInstant="{iso(r)}">
    <saml:Issuer>{c.idp_entity}</saml:Issuer>
{signature_block(r, aid, cert)}
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" NameQualifier="{c.idp_entity}" SPNameQualifier="{c.sp_entity}">{nameid}</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="{iso(r)}" Recipient="{c.acs}"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:AuthnStatement AuthnInstant="{iso(r)}" SessionIndex="{saml_id(r)}">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
</samlp:Response>
"""
    return r.choice(["tests/fixtures/saml/response_signed.xml", "spec/fixtures/responses/valid_response.xml",
                     "test/data/responses/signed_assertion.xml"]), t


@neg("saml", "encrypted_assertion")
def n_encrypted(r):
    c = Ctx(r)
    t = f"""<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="{saml_id(r)}" Version="2.0" IssueInstant="{iso(r)}" Destination="{c.acs}">
  <saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">{c.idp_entity}</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:EncryptedAssertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">
    <xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element">
      <xenc:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes256-gcm"/>
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <xenc:EncryptedKey>
          <xenc:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#rsa-oaep"/>
          <xenc:CipherData><xenc:CipherValue>{b64(r, 256)}</xenc:CipherValue></xenc:CipherData>
        </xenc:EncryptedKey>
      </ds:KeyInfo>
      <xenc:CipherData>
        <xenc:CipherValue>{b64(r, r.randint(900, 1600))}</xenc:CipherValue>
      </xenc:CipherData>
    </xenc:EncryptedData>
  </saml:EncryptedAssertion>
</samlp:Response>
"""
    return r.choice(["tests/fixtures/encrypted_response.xml", "test/resources/saml/encrypted-assertion.xml"]), t


@neg("saml", "authn_request")
def n_authnrequest(r):
    c = Ctx(r)
    rid = saml_id(r)
    t = f"""<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"
    ID="{rid}" Version="2.0" IssueInstant="{iso(r)}" Destination="https://{c.idp}/idp/profile/SAML2/POST/SSO"
    AssertionConsumerServiceURL="{c.acs}" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">
  <saml:Issuer>{c.sp_entity}</saml:Issuer>
{signature_block(r, rid, Cert(r, c.sp, c.org), "  ")}
  <samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" AllowCreate="true"/>
</samlp:AuthnRequest>
"""
    return "test/fixtures/authn_request_signed.xml", t


@neg("ruby-saml", "idp_cert")
def n_rb_idpcert(r):
    c = Ctx(r)
    cert = Cert(r, c.idp, c.org)
    t = f"""# frozen_string_literal: true

class SamlSettings
  def self.build
    settings = OneLogin::RubySaml::Settings.new
    settings.sp_entity_id = "{c.sp_entity}"
    settings.assertion_consumer_service_url = "{c.acs}"
    settings.idp_entity_id = "{c.idp_entity}"
    settings.idp_sso_service_url = "https://{c.idp}/saml2/sso"
    settings.idp_cert_fingerprint = "{cert.sha1()}"
    settings.idp_cert = <<~CERT
{cert.pem('      ')}
    CERT
    settings.name_identifier_format = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
    settings
  end
end
"""
    return r.choice(["app/services/saml_settings.rb", "lib/saml/settings.rb"]), t


@neg("python3-saml", "idp_cert_settings")
def n_pysaml_certonly(r):
    c = Ctx(r)
    d = {"strict": True, "debug": False,
         "sp": {"entityId": c.sp_entity, "assertionConsumerService": {"url": c.acs,
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"},
                "x509cert": Cert(r, c.sp, c.org).b64, "privateKey": ""},
         "idp": {"entityId": c.idp_entity,
                 "singleSignOnService": {"url": "https://%s/sso" % c.idp, "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"},
                 "certFingerprint": hashlib.sha1(rbytes(r, 40)).hexdigest(), "certFingerprintAlgorithm": "sha1",
                 "x509cert": Cert(r, c.idp, c.org).b64}}
    return "saml/settings.json", json.dumps(d, indent=4) + "\n"


@neg("python3-saml", "advanced_settings")
def n_pysaml_advanced(r):
    c = Ctx(r)
    d = {"security": {"nameIdEncrypted": False, "authnRequestsSigned": True, "logoutRequestSigned": True,
                      "logoutResponseSigned": True, "signMetadata": False, "wantMessagesSigned": False,
                      "wantAssertionsSigned": True, "wantNameId": True, "wantAssertionsEncrypted": r.choice([True, False]),
                      "signatureAlgorithm": "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                      "digestAlgorithm": "http://www.w3.org/2001/04/xmlenc#sha256"},
         "contactPerson": {"technical": {"givenName": c.admin, "emailAddress": c.email},
                           "support": {"givenName": "Service Desk", "emailAddress": "servicedesk@" + c.dom}},
         "organization": {"en-US": {"name": c.realm, "displayname": c.org, "url": "https://www." + c.dom}}}
    return "saml/advanced_settings.json", json.dumps(d, indent=4) + "\n"


@neg("shibboleth-idp", "idp_properties")
def n_idp_props(r):
    c = Ctx(r)
    return "conf/idp.properties", f"""# Set the entityID of the IdP
idp.entityID= {c.idp_entity}
idp.scope= {c.dom}

# Set the location of user-supplied web flow definitions
#idp.webflows = %{{idp.home}}/flows

# Settings for internal AES encryption key
idp.sealer.storeType = JCEKS
idp.sealer.versionFile = %{{idp.home}}/credentials/sealer.kver
idp.sealer.storeResource = %{{idp.home}}/credentials/sealer.jks
idp.sealer.alias = secret

# Settings for public/private signing and encryption key(s)
idp.signing.key= %{{idp.home}}/credentials/idp-signing.key
idp.signing.cert= %{{idp.home}}/credentials/idp-signing.crt
idp.encryption.key= %{{idp.home}}/credentials/idp-encryption.key
idp.encryption.cert= %{{idp.home}}/credentials/idp-encryption.crt

idp.persistentId.sourceAttribute = {r.choice(["uid", "employeeNumber", "objectGUID"])}
idp.persistentId.algorithm = SHA
idp.persistentId.encoding = BASE32
idp.session.timeout = PT60M
idp.cookie.secure = true
"""


@neg("shibboleth-idp", "sealer_kver")
def n_kver(r):
    return "credentials/sealer.kver", "#%s\nCurrentVersion=%d\n" % (
        r.choice(["Mon Mar 04 02:00:01 UTC 2024", "Sun Jan 14 03:00:02 CET 2024", "Tue Oct 01 01:00:00 EDT 2024"]), r.randint(2, 900))


@neg("x509", "certificate_file")
def n_cert_file(r):
    c = Ctx(r)
    cert = Cert(r, r.choice([c.sp, c.idp]), c.org)
    return r.choice(["credentials/idp-signing.crt", "certs/sp.crt", "shibboleth/sp-cert.pem", "saml/certs/idp.pem"]), cert.pem() + "\n"


@neg("x509", "public_key")
def n_pubkey(r):
    return r.choice(["keys/sp-public.pem", "config/jwt/public.pem", "saml/sp.pub"]), pubkey_pem(r) + "\n"


@neg("x509", "fingerprint_table")
def n_fingerprints(r):
    lines = ["# Federation partner certificates", "", "| Partner | Entity ID | SHA-1 | SHA-256 | Expires |",
             "|---|---|---|---|---|"]
    for _ in range(r.randint(3, 6)):
        c = Ctx(r)
        cert = Cert(r, c.idp, c.org)
        lines.append("| %s | `%s` | `%s` | `%s` | %d-%02d |" % (c.org, c.idp_entity, cert.sha1(), cert.sha256(),
                                                             r.randint(2025, 2034), r.randint(1, 12)))
    return r.choice(["docs/federation-partners.md", "docs/cert-inventory.md"]), "\n".join(lines) + "\n"


@neg("x509", "fingerprint_csv")
def n_fp_csv(r):
    rows = ["entity_id,acs_url,cert_sha256,not_after,owner"]
    for _ in range(r.randint(4, 9)):
        c = Ctx(r)
        rows.append("%s,%s,%s,%s,%s" % (c.sp_entity, c.acs, Cert(r, c.sp, c.org).sha256(), iso(r)[:10], c.email))
    return r.choice(["data/sp_inventory.csv", "reports/saml_apps.csv"]), "\n".join(rows) + "\n"


@neg("keycloak", "realm_public_export")
def n_kc_public(r):
    c = Ctx(r)
    pk = "".join(pubkey_pem(r).splitlines()[1:-1])
    d = {"realm": c.realm, "public_key": pk, "token-service": "https://%s/realms/%s/protocol/openid-connect" % (c.idp, c.realm),
         "account-service": "https://%s/realms/%s/account" % (c.idp, c.realm), "tokens-not-before": 0}
    d2 = {"id": uuid4(r), "clientId": c.sp_entity, "protocol": "saml", "publicClient": False,
          "attributes": {"saml.signing.certificate": Cert(r, c.sp, c.org).b64, "saml.client.signature": "false",
                         "saml_signature_canonicalization_method": "http://www.w3.org/2001/10/xml-exc-c14n#"}}
    return "keycloak/%s-public.json" % c.realm, json.dumps({"realmInfo": d, "client": d2}, indent=2) + "\n"


@neg("jwks", "jwks_public")
def n_jwks(r):
    keys = []
    for _ in range(r.randint(1, 3)):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": b64url(r, 16),
                     "n": b64url(r, 256), "e": "AQAB", "x5t": b64url(r, 20), "x5t#S256": b64url(r, 32)})
    return r.choice(["public/.well-known/jwks.json", "test/fixtures/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("okta", "public_ids")
def n_okta_public(r):
    c = Ctx(r)
    t = f"""# Okta SAML app ({c.app})
okta:
  org_url: https://{c.realm}.okta.com
  app_id: 0oa{rs(r, ALNUM, 17)}
  client_id: 0oa{rs(r, ALNUM, 17)}
  idp_issuer: http://www.okta.com/exk{rs(r, ALNUM, 17)}
  sso_url: https://{c.realm}.okta.com/app/{c.realm}_{c.app}_1/exk{rs(r, ALNUM, 17)}/sso/saml
  metadata_url: https://{c.realm}.okta.com/app/exk{rs(r, ALNUM, 17)}/sso/saml/metadata
  api_token: ${{OKTA_API_TOKEN}}
"""
    return r.choice(["config/okta.yml", "deploy/okta-app.yaml"]), t


@neg("azure-ad", "public_ids")
def n_azure_public(r):
    c = Ctx(r)
    d = {"AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": c.tenant, "ClientId": c.clientid,
                     "ClientSecret": "", "Audience": "api://" + c.clientid},
         "Saml2": {"IdPMetadata": "https://login.microsoftonline.com/%s/federationmetadata/2007-06/federationmetadata.xml?appid=%s" % (c.tenant, c.clientid),
                   "Issuer": c.sp_entity, "SigningCertificateThumbprint": hexs(r, 20).upper(),
                   "CertificateValidationMode": "None"}}
    return "appsettings.Development.json", json.dumps(d, indent=2) + "\n"


@neg("duo", "public_ids")
def n_duo_public(r):
    c = Ctx(r)
    return "docs/duo-setup.md", f"""# Duo for the {c.app} SAML app

* Integration key (not secret): `DI{rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 18)}`
* API hostname: `api-{hexs(r, 4)}.duosecurity.com`
* Secret key: stored in Vault at `secret/duo/{c.app}` - never paste it here.
* Entity ID: `{c.sp_entity}`
* ACS: `{c.acs}`
"""


@neg("saml", "sso_log")
def n_log(r):
    c = Ctx(r)
    lines = []
    for _ in range(r.randint(6, 12)):
        ts = iso(r).replace("T", " ").rstrip("Z")
        lines.append(r.choice([
            "%s INFO  [saml.acs] Response %s InResponseTo=%s from %s status=Success" % (ts, saml_id(r), saml_id(r), c.idp_entity),
            "%s DEBUG [saml.sp] NameID persistent %s (SPNameQualifier=%s)" % (ts, persistent_id(r), c.sp_entity),
            "%s INFO  [saml.session] SessionIndex=%s user=%s sid=%s" % (ts, saml_id(r), r.choice(["jdoe", "mkim", "asmith"]), hexs(r, 16)),
            "%s WARN  [saml.validate] Signature digest %s does not match, cert sha1=%s" % (ts, b64(r, 32), Cert(r, c.idp, c.org).sha1()),
        ]))
    return r.choice(["logs/saml-sp.log", "var/log/sso/acs.log"]), "\n".join(lines) + "\n"


@neg("saml", "samlrequest_url")
def n_redirect(r):
    c = Ctx(r)
    xml = ('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="%s" Version="2.0" '
           'IssueInstant="%s" AssertionConsumerServiceURL="%s"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">%s'
           '</saml:Issuer></samlp:AuthnRequest>' % (saml_id(r), iso(r), c.acs, c.sp_entity))
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = base64.b64encode(co.compress(xml.encode()) + co.flush()).decode()
    from urllib.parse import quote as uq
    url = "https://%s/idp/profile/SAML2/Redirect/SSO?SAMLRequest=%s&RelayState=%s&SigAlg=%s&Signature=%s" % (
        c.idp, uq(data, safe=""), uq("https://%s/dashboard" % c.sp, safe=""),
        uq("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", safe=""), uq(b64(r, 256), safe=""))
    t = f"""# Reproducing the redirect-binding failure (ticket {c.realm.upper()}-{r.randint(100, 9999)})

The SP sent this request (copied from the browser's SAML tracer):

```
GET {url}
```

IdP answered with `urn:oasis:names:tc:SAML:2.0:status:Requester` because the SP certificate in metadata was outdated.
"""
    return r.choice(["docs/troubleshooting/redirect-binding.md", "notes/saml-debug.md"]), t


@neg("shibboleth-idp", "persistent_id_dump")
def n_shibpid(r):
    c = Ctx(r)
    rows = []
    for _ in range(r.randint(4, 8)):
        rows.append("('%s', '%s', '%s', '%s', '%s', '%s', NULL, NULL)" % (
            c.idp_entity, r.choice([c.sp_entity, Ctx(r).sp_entity]), r.choice(["jdoe", "mkim", "lrossi", "asmith", "pnovak"]),
            rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32), persistent_id(r), iso(r).replace("T", " ").rstrip("Z")))
    return "db/fixtures/shibpid.sql", ("-- anonymised fixture for persistent ID migration tests\n"
                                       "INSERT INTO shibpid (localEntity, peerEntity, principalName, localId, persistentId, creationDate, peerProvidedId, deactivationDate) VALUES\n"
                                       + ",\n".join(rows) + ";\n")


@neg("shibboleth-sp", "config_no_secret")
def n_shibsp(r):
    c = Ctx(r)
    return "shibboleth/shibboleth2.xml", f"""<SPConfig xmlns="urn:mace:shibboleth:3.0:native:sp:config" clockSkew="180">
    <ApplicationDefaults entityID="{c.sp_entity}" REMOTE_USER="eppn subject-id pairwise-id persistent-id">
        <Sessions lifetime="28800" timeout="3600" relayState="ss:mem" handlerSSL="true" cookieProps="https">
            <SSO entityID="{c.idp_entity}">SAML2</SSO>
            <Logout>SAML2 Local</Logout>
        </Sessions>
        <MetadataProvider type="XML" url="https://mds.{c.dom}/federation.xml" backingFilePath="federation-metadata.xml" maxRefreshDelay="7200">
            <MetadataFilter type="Signature" certificate="fedsigner.crt" verifyBackup="false"/>
            <MetadataFilter type="RequireValidUntil" maxValidityInterval="2419200"/>
            <DiscoveryFilter type="Exclude" matcher="EntityAttributes" trimTags="true"
              attributeName="http://macedir.org/entity-category" attributeNameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"
              attributeValue="http://refeds.org/category/hide-from-discovery" />
        </MetadataProvider>
        <CredentialResolver type="File" use="signing" key="sp-signing-key.pem" certificate="sp-signing-cert.pem"/>
        <CredentialResolver type="File" use="encryption" key="sp-encrypt-key.pem" certificate="sp-encrypt-cert.pem"/>
    </ApplicationDefaults>
</SPConfig>
"""


@neg("mod_auth_mellon", "apache_conf")
def n_mellon_conf(r):
    c = Ctx(r)
    return r.choice(["apache/conf.d/mellon.conf", "deploy/httpd/mellon.conf"]), f"""<Location />
    MellonEnable "info"
    MellonEndpointPath "/mellon"
    MellonSPentityId "https://{c.sp}/mellon/metadata"
    MellonSPPrivateKeyFile /etc/httpd/mellon/https_{c.sp.replace('.', '_')}.key
    MellonSPCertFile /etc/httpd/mellon/https_{c.sp.replace('.', '_')}.cert
    MellonSPMetadataFile /etc/httpd/mellon/https_{c.sp.replace('.', '_')}.xml
    MellonIdPMetadataFile /etc/httpd/mellon/idp-metadata.xml
    MellonSecureCookie On
    MellonCookieSameSite none
    MellonMergeEnvVars On ";"
</Location>

<Location /protected>
    AuthType "Mellon"
    MellonEnable "auth"
    Require valid-user
</Location>
"""


@neg("spring-security-saml", "locations_only")
def n_spring_locations(r):
    c = Ctx(r)
    return "src/main/resources/application.yml", f"""spring:
  security:
    saml2:
      relyingparty:
        registration:
          {c.realm}:
            entity-id: "{{baseUrl}}/saml2/service-provider-metadata/{{registrationId}}"
            signing:
              credentials:
                - private-key-location: "file:/etc/{c.app}/saml/rp-private.key"
                  certificate-location: "file:/etc/{c.app}/saml/rp-certificate.crt"
            decryption:
              credentials:
                - private-key-location: "file:/etc/{c.app}/saml/rp-private.key"
                  certificate-location: "file:/etc/{c.app}/saml/rp-certificate.crt"
            assertingparty:
              metadata-uri: "https://{c.idp}/idp/shibboleth"
              verification:
                credentials:
                  - certificate-location: "classpath:credentials/idp-certificate.crt"
"""


@neg("wsfed", "federation_metadata")
def n_wsfed_meta(r):
    c = Ctx(r)
    cert = Cert(r, c.idp, c.org)
    return "App_Data/FederationMetadata.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_{uuid4(r)}" entityID="http://{c.idp}/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
{signature_block(r, "_" + uuid4(r), cert, "  ")}
  <RoleDescriptor xsi:type="fed:SecurityTokenServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>{cert.b64}</X509Certificate></X509Data></KeyInfo>
    </KeyDescriptor>
    <fed:PassiveRequestorEndpoint>
      <EndpointReference xmlns="http://www.w3.org/2005/08/addressing"><Address>https://{c.idp}/adfs/ls/</Address></EndpointReference>
    </fed:PassiveRequestorEndpoint>
  </RoleDescriptor>
</EntityDescriptor>
"""


@neg("wsfed", "trusted_issuer_thumbprint")
def n_webconfig_thumb(r):
    c = Ctx(r)
    return "Web.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ida:Wtrealm" value="{c.sp_entity}" />
    <add key="ida:ADFSMetadata" value="https://{c.idp}/FederationMetadata/2007-06/FederationMetadata.xml" />
    <add key="ida:SigningCertificatePassword" value="" />
  </appSettings>
  <system.identityModel>
    <identityConfiguration>
      <audienceUris>
        <add value="{c.sp_entity}" />
      </audienceUris>
      <issuerNameRegistry type="System.IdentityModel.Tokens.ConfigurationBasedIssuerNameRegistry, System.IdentityModel">
        <trustedIssuers>
          <add thumbprint="{hexs(r, 20).upper()}" name="http://{c.idp}/adfs/services/trust" />
        </trustedIssuers>
      </issuerNameRegistry>
      <certificateValidation certificateValidationMode="None" />
    </identityConfiguration>
  </system.identityModel>
  <system.identityModel.services>
    <federationConfiguration>
      <cookieHandler requireSsl="true" />
      <wsFederation passiveRedirectEnabled="true" issuer="https://{c.idp}/adfs/ls/" realm="{c.sp_entity}" requireHttps="true" />
    </federationConfiguration>
  </system.identityModel.services>
</configuration>
"""


@neg("adfs", "certificate_listing")
def n_adfs_listing(r):
    c = Ctx(r)
    out = ["PS C:\\> Get-AdfsCertificate", ""]
    for typ in ["Service-Communications", "Token-Decrypting", "Token-Signing"]:
        out += ["Certificate      : [Subject]", "                     CN=%s" % c.idp, "",
                "                   [Serial Number]", "                     %s" % hexs(r, 16).upper(), "",
                "                   [Thumbprint]", "                     %s" % hexs(r, 20).upper(),
                "CertificateType  : %s" % typ, "IsPrimary        : True",
                "StoreLocation    : LocalMachine", "StoreName        : My",
                "Thumbprint       : %s" % hexs(r, 20).upper(), ""]
    return "docs/adfs/certificates.txt", "\n".join(out) + "\n"


@neg("keytool", "keystore_listing")
def n_keytool(r):
    c = Ctx(r)
    cert = Cert(r, c.sp, c.org)
    return "docs/keystore-info.md", f"""# SP keystore

```
$ keytool -list -v -keystore samlKeystore.jks -storepass "$KEYSTORE_PASSWORD"
Keystore type: PKCS12
Keystore provider: SUN

Your keystore contains 1 entry

Alias name: {c.app}-sp
Entry type: PrivateKeyEntry
Owner: CN={c.sp}, O={c.org}
Issuer: CN={c.sp}, O={c.org}
Serial number: {hexs(r, 8)}
Certificate fingerprints:
	 SHA1: {cert.sha1()}
	 SHA256: {cert.sha256()}
Signature algorithm name: SHA256withRSA
Subject Public Key Algorithm: 2048-bit RSA key
```
"""


@neg("apereo-cas", "service_registry")
def n_cas_service(r):
    c = Ctx(r)
    d = {"@class": "org.apereo.cas.support.saml.services.SamlRegisteredService",
         "serviceId": c.sp_entity, "name": c.app, "id": r.randint(1000, 99999),
         "description": "%s SAML SP" % c.org, "metadataLocation": "https://%s/saml/metadata" % c.sp,
         "signingCredentialFingerprint": hashlib.sha1(rbytes(r, 32)).hexdigest(),
         "signAssertions": True, "signResponses": True, "encryptAssertions": False,
         "attributeReleasePolicy": {"@class": "org.apereo.cas.services.ReturnAllowedAttributeReleasePolicy",
                                    "allowedAttributes": ["java.util.ArrayList", ["mail", "eduPersonPrincipalName"]]}}
    return "etc/cas/services/%s-%d.json" % (c.app, d["id"]), json.dumps(d, indent=2) + "\n"


@neg("apereo-cas", "properties_no_secret")
def n_cas_props(r):
    c = Ctx(r)
    return "etc/cas/config/cas.properties", f"""cas.server.name=https://{c.idp}
cas.server.prefix=${{cas.server.name}}/cas
cas.tgc.crypto.encryption.key=${{CAS_TGC_ENCRYPTION_KEY}}
cas.tgc.crypto.signing.key=${{CAS_TGC_SIGNING_KEY}}
cas.webflow.crypto.signing.key=${{CAS_WEBFLOW_SIGNING_KEY}}
cas.webflow.crypto.encryption.key=${{CAS_WEBFLOW_ENCRYPTION_KEY}}
cas.tgc.crypto.alg=A128CBC-HS256
cas.authn.saml-idp.core.entity-id=https://{c.idp}/idp
cas.authn.saml-idp.metadata.file-system.location=file:/etc/cas/saml
"""


@neg("docker", "image_digests")
def n_digests(r):
    c = Ctx(r)
    return "docker-compose.yml", f"""services:
  keycloak:
    image: quay.io/keycloak/keycloak@sha256:{hexs(r, 32)}
    command: start --import-realm
    environment:
      KC_HOSTNAME: {c.idp}
      KEYCLOAK_ADMIN_PASSWORD_FILE: /run/secrets/kc_admin
    secrets:
      - kc_admin
  shibboleth-sp:
    image: ghcr.io/{c.realm}/shibboleth-sp@sha256:{hexs(r, 32)}
secrets:
  kc_admin:
    file: ./secrets/kc_admin.txt
"""


@neg("npm", "lockfile_integrity")
def n_lock(r):
    pk = {"name": "sso-gateway", "lockfileVersion": 3, "requires": True, "packages": {}}
    for name, ver in [("@node-saml/node-saml", "4.0.5"), ("@node-saml/passport-saml", "4.0.4"),
                      ("xml-crypto", "3.2.0"), ("xml-encryption", "3.0.2"), ("xmldom", "0.6.0")]:
        pk["packages"]["node_modules/" + name] = {"version": ver,
                                                  "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                                  "integrity": "sha512-" + b64(r, 64)}
    return "package-lock.json", json.dumps(pk, indent=2) + "\n"


@neg("sops", "encrypted_values")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, n), b64(r, 32), b64(r, 16))
    return "secrets/idp.enc.yaml", f"""idp_sealer_password: {enc(18)}
idp_persistent_salt: {enc(36)}
ldap_bind_credential: {enc(20)}
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:{r.randint(10**11, 10**12 - 1)}:key/{uuid4(r)}
          created_at: "{iso(r)}"
          enc: {b64(r, 180)}
          aws_profile: ""
    lastmodified: "{iso(r)}"
    mac: {enc(32)}
    version: 3.8.1
"""


@neg("saml", "test_constants")
def n_java_test(r):
    c = Ctx(r)
    cert = Cert(r, c.idp, c.org)
    return "src/test/java/com/example/saml/SignatureValidatorTest.java", f"""package com.example.saml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureValidatorTest {{

    private static final String IDP_CERT = "{cert.b64}";
    private static final String EXPECTED_DIGEST = "{b64(r, 32)}";
    private static final String EXPECTED_SHA1_FP = "{cert.sha1()}";
    private static final String REQUEST_ID = "{saml_id(r)}";

    @Test
    void digestMatchesCanonicalAssertion() {{
        String digest = DigestUtil.sha256Base64(Fixtures.load("assertion-c14n.xml"));
        assertThat(digest).isEqualTo(EXPECTED_DIGEST);
        assertThat(CertUtil.sha1Fingerprint(IDP_CERT)).isEqualTo(EXPECTED_SHA1_FP);
    }}
}}
"""


@neg("passport-saml", "idp_cert_only")
def n_js_certonly(r):
    c = Ctx(r)
    cert = Cert(r, c.idp, c.org)
    return "src/auth/saml.config.ts", f"""export const samlConfig = {{
  entryPoint: "https://{c.idp}/sso/saml",
  issuer: "{c.sp_entity}",
  callbackUrl: "{c.acs}",
  // IdP signing certificate (public) - rotate together with the IdP metadata
  idpCert: "{cert.b64}",
  privateKey: process.env.SAML_SP_PRIVATE_KEY,
  wantAssertionsSigned: true,
  signatureAlgorithm: "sha256" as const,
}};
"""


@neg("terraform", "okta_app_saml")
def n_tf_okta(r):
    c = Ctx(r)
    return "terraform/okta_saml.tf", f"""resource "okta_app_saml" "{c.app}" {{
  label                    = "{c.org} {c.app}"
  sso_url                  = "{c.acs}"
  recipient                = "{c.acs}"
  destination              = "{c.acs}"
  audience                 = "{c.sp_entity}"
  subject_name_id_template = "${{user.userName}}"
  subject_name_id_format   = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
  response_signed          = true
  signature_algorithm      = "RSA_SHA256"
  digest_algorithm         = "SHA256"
  key_years_valid          = 3
}}

output "{c.app}_metadata_url" {{
  value = okta_app_saml.{c.app}.metadata_url
}}

output "{c.app}_cert_fingerprint" {{
  value = "{Cert(r, c.idp, c.org).sha256()}"
}}
"""


@neg("saml", "changelog_hashes")
def n_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(4, 8)):
        lines += ["## %d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)), "",
                  "- %s (%s)" % (r.choice(["Validate InResponseTo on SAML responses", "Support SHA-256 metadata signatures",
                                           "Rotate SP signing certificate", "Fix clock skew handling", "Add SLO over HTTP-POST",
                                           "Upgrade xmlsec to 3.x"]), hexs(r, 20)), ""]
    return "CHANGELOG.md", "\n".join(lines)


@neg("saml", "relaystate_signature_php")
def n_php_test(r):
    c = Ctx(r)
    return "tests/ResponseTest.php", f"""<?php

use PHPUnit\\Framework\\TestCase;

final class ResponseTest extends TestCase
{{
    private const RESPONSE_ID = '{saml_id(r)}';
    private const SESSION_INDEX = '{saml_id(r)}';
    private const NAME_ID = '{persistent_id(r)}';
    private const SIGNATURE = '{b64(r, 256)}';
    private const IDP_FINGERPRINT = '{Cert(r, c.idp, c.org).sha1()}';

    public function testNameIdIsExtracted(): void
    {{
        $response = $this->loadFixture('{c.realm}-response.xml');
        $this->assertSame(self::NAME_ID, $response->getNameId());
        $this->assertSame(self::SESSION_INDEX, $response->getSessionIndex());
    }}
}}
"""


@neg("saml", "hashed_metadata_manifest")
def n_md_manifest(r):
    lines = []
    for _ in range(r.randint(4, 9)):
        c = Ctx(r)
        lines.append("%s  metadata/%s.xml" % (hexs(r, 32), c.realm + "-" + c.app))
    return "metadata/SHA256SUMS", "\n".join(lines) + "\n"


# =========================================================================== driver
ENV_OK_FOR_NEG = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if "." not in base:
        return "txt"
    return base.rsplit(".", 1)[-1].lower()


def neg_path(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") and base not in ENV_OK_FOR_NEG:
        return path[: len(path) - len(base)] + ".env.example"
    return path


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_jn.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    pos_order = list(POS)
    r.shuffle(pos_order)
    reuse_order = list(POS)
    r.shuffle(reuse_order)
    neg_order = list(NEG)
    r.shuffle(neg_order)
    manifest, secrets = [], []
    seen_needles = {}

    for i in range(500):
        name, provider, kind, skind, fn = pos_order[i % len(pos_order)]
        v = Sec(r, skind)
        rel, text = fn(r, v)
        needle = v.needle
        assert needle, name
        idx = text.find(needle)
        assert idx >= 0, (name, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], name
        assert needle not in seen_needles, (name, needle)
        seen_needles[needle] = 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})

    ri = li = 0
    for i in range(500):
        if i % 2 == 0:
            name, provider, kind, skind, fn = reuse_order[ri % len(reuse_order)]
            ri += 1
            v = Neg(r, skind)
            rel, text = fn(r, v)
            kind = kind + ":" + v.mode
        else:
            name, provider, kind, fn = neg_order[li % len(neg_order)]
            li += 1
            rel, text = fn(r)
        rel = neg_path(rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read and verify every needle on disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
