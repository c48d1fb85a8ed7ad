#!/usr/bin/env python3
"""gen_fv.py - blind evaluation set: US healthcare revenue cycle, clearinghouses, eligibility.

EMPHASIS
    Domain: US healthcare revenue-cycle software (claims clearinghouses, eligibility and
    benefits, EHR / FHIR integration, payer APIs).
    Providers: Availity, Change Healthcare / Optum, Waystar, Office Ally (SFTP), Stedi,
    pVerify, Eligible, Claim.MD, TriZetto, DrFirst / Surescripts, Apex EDI, generic X12
    270/271/837 submitters over SFTP, Epic (client secrets, backend-services JWT signing
    keys), Cerner / Oracle Health, HAPI FHIR, Azure API for FHIR (Entra ID client secrets),
    AWS HealthLake (IAM access keys), CMS Blue Button 2.0, plus the databases behind them.
    Kinds: client secrets, API keys, SFTP passwords and private keys, JWT signing private
    keys (PEM and JWK), database passwords, X12 ISA04 security information, keystore
    passwords, HTTP Basic credentials.
    File types: Python, C#, Java, JavaScript/TypeScript, Mirth Connect channel XML, X12
    (837/270/271/835 with ISA), HL7 v2, FHIR JSON, YAML, JSON, Postman collections and
    environments, .properties, INI, TOML, XML (web.config, partner configs), PowerShell,
    shell, SQL, Terraform, Dockerfile, Markdown, CSV, logs, PEM / OpenSSH key files, .env.

USAGE
    python3 gen_fv.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
    positive). Deterministic per SEED: one random.Random(SEED), no clock, no os.urandom,
    no set iteration, no hash() of strings. Standard library only.

NEEDLE CONVENTIONS
    - The needle is the secret exactly as written, on one line; "line" is the 1-based line
      of its first occurrence, and the program asserts the needle is on that line.
    - Key pairs / id+secret pairs: the needle is the secret half only (client_secret, AWS
      secret access key, password); the public half (client id, access key id, user name)
      may appear elsewhere in the file.
    - URLs / connection strings with a password: the needle is the password alone.
    - HTTP headers: the needle is the token after the scheme (Basic / Bearer / Key), or the
      whole header value when there is no scheme (Stedi takes the bare key).
    - Multi-line PEM / OpenSSH private keys: the needle is the "-----BEGIN ... PRIVATE
      KEY-----" line (also when the PEM sits inside a string with \\n escapes).
    - JWK private keys (JSON): the needle is the value of the private member "d".
    - X12 ISA04 security information: the needle is the 10-character value (no padding is
      used: generated values are exactly 10 characters).

NEGATIVES
    500 files, none with a credential. About half reuse the positive templates with the
    secret slot holding a non-secret: placeholders, empty values, masked values, env / secret
    manager references (${VAR}, os.environ, process.env, System.getenv, $env:, vault paths,
    op:// references, AWS Secrets Manager ARNs, Key Vault references), template expressions
    (Helm, GitHub Actions, Jinja, Azure DevOps), providers' documented example values, and
    (for key slots) key file paths. The other half are domain look-alikes: NPIs with a valid
    Luhn check digit (80840 prefix), EINs, Medicare MBIs, member ids, payer claim numbers,
    ISA/GS/ST control numbers, HL7 control ids, FHIR resource ids, public JWKS, X.509
    certificates, SSH public keys and host-key fingerprints, UUIDs, SHA-256 / SHA-512
    digests, git SHAs, base64 attachments (HL7 ED / FHIR Binary), trading partner ids, DEA
    numbers (with check digit), public Epic client ids. No negative lives in a file named
    .env / .env.<something> other than .env.example / .env.sample.

FORMATS CHECKED (search of public documentation, no scanner rules used)
    - Stedi: API key passed in the Authorization header, bare since Feb 2024 (old form
      "Key <key>" still accepted); documented example key "alKOxcl.fbFprsgLiPNk1nbLwc9J04nk"
      shows the shape 7 alphanumerics "." 24 alphanumerics (that example is used only as a
      negative). Test and Production keys exist.
    - Change Healthcare / Optum: OAuth2 client_credentials at /apip/auth/v2/token
      (sandbox.apigw.changehealthcare.com, apigw.changehealthcare.com), JSON or form body
      with client_id / client_secret; documentation examples (hghjhgjtgjtgjhhhjasdfhghjhgj /
      asdfdfjsdhfjhsdhf, ns4fQc14Zg4hr44NaSzArVuwszX95X / ZIjFyTsNgQNyxI) are negatives only.
    - pVerify: POST https://api.pverify.com/Token with Client_Id, client_secret,
      grant_type=client_credentials; later calls send Client-API-Id header + Bearer token.
    - Availity: client id ("API key") + client secret, OAuth2 client credentials.
    - Epic: backend services sign a JWT with a private key (RSA 2048+, openssl genrsa), the
      public key is published as a JWKS (JKU); client ids are UUIDs shown publicly.
    - Cerner / Oracle Health: system apps, client id (UUID) + secret or JWT assertion.
    - Blue Button 2.0: sandbox.bluebutton.cms.gov / api.bluebutton.cms.gov, clientId +
      clientSecret in config (sample apps use "<client-id>" placeholders).
    - NPI: 10 digits, first digit 1 or 2, Luhn check digit computed with prefix 80840.
    - X12 ISA: ISA01/ISA02 authorization (10 chars), ISA03/ISA04 security information
      (10 chars), qualifier 00 = none, 01 = password.
    - AWS access key id AKIA + 16 base32 characters, secret access key 40 base64 characters
      (documented examples AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      used only as negatives).

DOUBTS
    - Availity, Claim.MD (AccountKey), Eligible (api_key), pVerify, Waystar, TriZetto,
      Cerner and Epic client-secret alphabets and lengths are not published; generated as
      plausible random alphanumeric / base64 strings of typical length.
    - Claim.MD AccountKey shape "<digits>_<alphanumerics>" is from memory, not confirmed.
    - Entra ID (Azure AD) client secret shape (40 chars, "Q~" after 3 chars + 1 digit,
      alphabet A-Za-z0-9._~-) is from memory; the search did not confirm it.
    - Blue Button client id 40 / secret 128 alphanumerics is inferred from the
      django-oauth-toolkit defaults the server is built on, not from CMS documentation.
    - Office Ally SFTP host name (ftp10.officeally.com) is from memory.
    - Private keys are structurally valid DER (right ASN.1 layout, sizes, OIDs) filled with
      random numbers; they are not mathematically valid keys.
    - Epic sandbox patient FHIR ids in negatives are written from memory (public test data).
"""

import base64
import json
import os
import random
import string
import sys

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "+/"


# ---------------------------------------------------------------- small random helpers
def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rs_mixed(r, n, alphabet=ALNUM):
    """Random string that contains at least one upper, lower and digit (looks generated)."""
    while True:
        s = rs(r, n, alphabet)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64s(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64u(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def uuid4(r):
    h = rs(r, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(r):
    body = r.choice("12") + digits(r, 8)
    return body + luhn_digit("80840" + body)


def ein(r):
    return "%02d-%s" % (r.randint(10, 98), digits(r, 7))


def mbi(r):
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    return "".join([r.choice("123456789"), r.choice(letters), r.choice(an), r.choice("0123456789"),
                    r.choice(letters), r.choice(an), r.choice("0123456789"), r.choice(letters),
                    r.choice(letters), r.choice("0123456789"), r.choice("0123456789")])


def dea(r):
    first = r.choice("ABFGM")
    last = r.choice("ABCDEFGHJKLMNPRSTW")
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last + "".join(map(str, d)) + str(chk)


def member_id(r):
    style = r.randint(0, 3)
    if style == 0:
        return "W" + digits(r, 9)
    if style == 1:
        return rs(r, 3, string.ascii_uppercase) + digits(r, 9)
    if style == 2:
        return digits(r, 9) + "01"
    return "U" + digits(r, 8) + "0" + str(r.randint(1, 4))


def claim_no(r):
    return r.choice(["", "E", "X"]) + digits(r, r.choice([13, 14, 15]))


def sha256hex(r):
    return rs(r, 64, HEXL)


def gitsha(r):
    return rs(r, 40, HEXL)


def wrap64(s, w=64):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


FIRST = ["Maria", "James", "Linda", "Robert", "Aisha", "Chen", "Priya", "Miguel", "Sarah", "David",
         "Grace", "Omar", "Hannah", "Luis", "Emily", "Tyrone", "Keiko", "Ana", "Noah", "Olivia"]
LAST = ["Garcia", "Johnson", "Nguyen", "Patel", "Smith", "Williams", "Brown", "Kim", "Lopez",
        "Davis", "Okafor", "Martinez", "Wilson", "Anderson", "Thomas", "Hernandez", "Moore", "Lee"]
PAYERS = [("Aetna", "60054"), ("UnitedHealthcare", "87726"), ("Cigna", "62308"), ("Humana", "61101"),
          ("BCBS of Texas", "84980"), ("Anthem BCBS", "00227"), ("Medicare Part B", "04412"),
          ("Kaiser Permanente", "94135"), ("Molina Healthcare", "38333"), ("TRICARE West", "99726"),
          ("Ambetter", "68069"), ("Oscar Health", "OSCAR")]
ORGS = ["Lakeside Family Medicine", "Northgate Orthopedics", "Bayview Pediatrics", "Summit Cardiology",
        "Riverbend Behavioral Health", "Cedar Valley Dermatology", "Harbor Physical Therapy",
        "Pinecrest Internal Medicine", "Meadowbrook Urgent Care", "Redwood Oncology Associates"]
CPT = ["99213", "99214", "99203", "93000", "36415", "80053", "97110", "90834", "71046", "20610"]
ICD = ["E11.9", "I10", "J06.9", "M54.50", "Z00.00", "F41.1", "K21.9", "E78.5", "R51.9", "N39.0"]
CITIES = [("Austin", "TX", "78701"), ("Tampa", "FL", "33602"), ("Columbus", "OH", "43215"),
          ("Phoenix", "AZ", "85004"), ("Raleigh", "NC", "27601"), ("Denver", "CO", "80202"),
          ("Nashville", "TN", "37203"), ("Sacramento", "CA", "95814")]
HOSTS = ["rcm-db-01.internal", "claims-pg.prod.local", "10.20.4.17", "edi-sql01.corp.example.org",
         "billing-db.cluster-c9x2k.us-east-1.rds.amazonaws.com", "sqlprod02.rcm.local"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def org(r):
    return r.choice(ORGS)


def payer(r):
    return r.choice(PAYERS)


def yymmdd(r):
    return "%02d%02d%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28))


def ccyymmdd(r):
    return "20%02d%02d%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28))


def iso_date(r):
    return "20%02d-%02d-%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28))


def ts_seq(r, n, iso=False):
    """n increasing timestamps within one day (log files read in order)."""
    day = iso_date(r)
    sec = r.randint(0, 20000)
    out = []
    for _ in range(n):
        sec += r.randint(1, 900)
        h, m, s_ = sec // 3600 % 24, sec // 60 % 60, sec % 60
        ms = r.randint(0, 999)
        out.append("%sT%02d:%02d:%02d.%03dZ" % (day, h, m, s_, ms) if iso else "%s %02d:%02d:%02d,%03d" % (day, h, m, s_, ms))
    return iter(out)


def iso_ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (iso_date(r), r.randint(0, 23), r.randint(0, 59),
                                        r.randint(0, 59), r.randint(0, 999))


def log_ts(r):
    return "%s %02d:%02d:%02d,%03d" % (iso_date(r), r.randint(0, 23), r.randint(0, 59),
                                       r.randint(0, 59), r.randint(0, 999))


# ---------------------------------------------------------------- DER / PEM builders
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_bytes(raw):
    raw = raw.lstrip(b"\x00") or b"\x00"
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return der(0x02, raw)


def der_int(v):
    return der_int_bytes(v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big"))


def rand_big(r, nbytes, top=True):
    b = bytearray(rbytes(r, nbytes))
    if top:
        b[0] |= 0xC0
    return bytes(b)


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_P384 = bytes.fromhex("06052b81040022")


def rsa_pkcs1_der(r, bits=2048):
    nb = bits // 8
    hb = nb // 2
    parts = [der_int(0), der_int_bytes(rand_big(r, nb)), der_int(65537), der_int_bytes(rand_big(r, nb, False)),
             der_int_bytes(rand_big(r, hb)), der_int_bytes(rand_big(r, hb)), der_int_bytes(rand_big(r, hb, False)),
             der_int_bytes(rand_big(r, hb, False)), der_int_bytes(rand_big(r, hb, False))]
    return der(0x30, b"".join(parts))


def pem(label, blob):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, wrap64(base64.b64encode(blob).decode()), label)


def rsa_pem(r, pkcs8=True, bits=2048):
    inner = rsa_pkcs1_der(r, bits)
    if not pkcs8:
        return pem("RSA PRIVATE KEY", inner)
    body = der_int(0) + der(0x30, OID_RSA + b"\x05\x00") + der(0x04, inner)
    return pem("PRIVATE KEY", der(0x30, body))


def ec_pem(r, curve="P-384"):
    size, oid = (48, OID_P384) if curve == "P-384" else (32, OID_P256)
    priv = rand_big(r, size, False)
    pub = b"\x04" + rbytes(r, size * 2)
    body = der_int(1) + der(0x04, priv) + der(0xA0, oid) + der(0xA1, der(0x03, b"\x00" + pub))
    return pem("EC PRIVATE KEY", der(0x30, body))


def _sshstr(b):
    return len(b).to_bytes(4, "big") + b


def openssh_ed25519(r, comment):
    pub = rbytes(r, 32)
    seed = rbytes(r, 32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    chk = rbytes(r, 4)
    priv = chk + chk + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") +
            (1).to_bytes(4, "big") + _sshstr(pubblob) + _sshstr(priv))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap64(
        base64.b64encode(blob).decode(), 70)


def ssh_ed25519_pub(r, comment):
    blob = _sshstr(b"ssh-ed25519") + _sshstr(rbytes(r, 32))
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


def ssh_rsa_pub(r, comment):
    blob = _sshstr(b"ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + rand_big(r, 256))
    return "ssh-rsa %s %s" % (base64.b64encode(blob).decode(), comment)


def cert_pem(r):
    body = der(0x30, der(0x30, der(0xA0, der_int(2)) + der_int_bytes(rbytes(r, 16)) + rbytes(r, 700)) + rbytes(r, 270))
    return pem("CERTIFICATE", body)


# ---------------------------------------------------------------- secret generators
PW_SYM = "!*-_.~^"
PW_WORDS = ["Claims", "Harbor", "Remit", "Payer", "Ledger", "Falcon", "Summit", "Copper", "Maple",
            "Orion", "Cobalt", "Tundra", "Granite", "Juniper", "Lantern", "Quartz"]


def gen_password(r):
    style = r.randint(0, 3)
    if style == 0:
        while True:
            p = r.choice(ALNUM) + rs(r, r.randint(13, 21), ALNUM + PW_SYM)
            if any(c in PW_SYM for c in p) and any(c.isdigit() for c in p) and any(c.isupper() for c in p):
                return p
    if style == 1:
        return r.choice(PW_WORDS) + r.choice(PW_SYM) + r.choice(PW_WORDS) + digits(r, r.randint(2, 4))
    if style == 2:
        return rs_mixed(r, r.randint(12, 20))
    return "%s%s%s%s" % (rs_mixed(r, 4), r.choice(PW_SYM), rs_mixed(r, 6), r.choice(PW_SYM) + digits(r, 3))


def gen_isa_password(r):
    return rs_mixed(r, 10, UPPER_ALNUM + string.ascii_lowercase)


def gen_stedi(r):
    return rs_mixed(r, 7) + "." + rs_mixed(r, 24)


def gen_chc_secret(r):
    return rs_mixed(r, r.choice([16, 20, 24, 32]))


def gen_availity_secret(r):
    return rs_mixed(r, r.choice([16, 20, 24]))


def gen_pverify_secret(r):
    return rs_mixed(r, r.choice([32, 40]))


def gen_eligible_key(r):
    return rs_mixed(r, 32)


def gen_claimmd_key(r):
    return digits(r, r.randint(4, 6)) + "_" + rs_mixed(r, 24)


def gen_waystar_key(r):
    return rs(r, 32, HEXL) if r.random() < 0.5 else rs_mixed(r, 40)


def gen_epic_secret(r):
    return b64s(r, 64)


def gen_cerner_secret(r):
    return rs_mixed(r, r.choice([32, 36, 40]))


def gen_azure_secret(r):
    return rs(r, 3, ALNUM) + r.choice("78") + "Q~" + rs(r, 34, ALNUM + "._~-")


def gen_aws_secret(r):
    while True:
        s = rs(r, 40, B64)
        if any(c in "+/" for c in s):
            return s


def gen_bb_secret(r):
    return rs_mixed(r, 128)


def gen_hmac_secret(r):
    return b64s(r, 48)


def aws_key_id(r):
    return "AKIA" + rs(r, 16, B32)


# ---------------------------------------------------------------- slot (secret or filler)
ENV_CODE = {
    "py": ['os.environ["{e}"]', 'os.getenv("{e}")'],
    "js": ["process.env.{e}", "process.env['{e}']"],
    "ts": ["process.env.{e}!", "process.env.{e} ?? ''"],
    "java": ['System.getenv("{e}")'],
    "cs": ['Environment.GetEnvironmentVariable("{e}")', '_config["{e}"]'],
    "ps1": ["$env:{e}"],
    "sh": ['"${{{e}}}"', '"${e}"'],
    "tf": ["var.{l}"],
}
ENV_RAW = {
    "yaml": ["${{{e}}}", "${{{e}:?missing}}"],
    "props": ["${{{e}}}", "${{{l}}}"],
    "ini": ["${{{e}}}", "%({l})s"],
    "toml": ["${{{e}}}"],
    "xml": ["${{{l}}}", "${{{e}}}"],
    "json": ["${{{e}}}", "%{e}%"],
    "postman": ["{{{{{l}}}}}"],
    "sh": ["${{{e}}}", "$e"],
    "ps1": ["$env:{e}"],
    "md": ["$${e}", "<{e}>"],
    "sql": [":'{l}'"],
    "docker": ["${{{e}}}"],
    "env": ["${{{e}}}"],
    "csv": ["(see vault)"],
    "log": ["***"],
}


class Slot:
    """The secret (mode 'secret') or a filler ('literal' or 'envref') for a template."""

    def __init__(self, r, value, mode, env, nkind):
        self.value = value
        self.mode = mode
        self.env = env
        self.nkind = nkind
        self.v = r.randint(0, 7)

    @property
    def secret(self):
        return self.mode == "secret"

    def _fmt(self, pat):
        return pat.format(e=self.env, l=self.env.lower())

    def q(self, lang, qc='"'):
        if self.mode == "envref":
            opts = ENV_CODE.get(lang)
            if opts:
                return self._fmt(opts[self.v % len(opts)])
            return qc + "${" + self.env + "}" + qc
        return qc + self.value + qc

    def raw(self, lang="yaml"):
        if self.mode == "envref":
            opts = ENV_RAW.get("yaml" if lang == "yamlu" else lang, ["${{{e}}}"])
            return self._fmt(opts[self.v % len(opts)]).replace("$$", "$")
        if lang == "xml":
            return self.value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if lang == "yamlu" and (self.value == "" or self.value[0] in "*&!<>{[%@`|'\"#?:-" or ": " in self.value
                                or " #" in self.value):
            return '"%s"' % self.value
        return self.value


PLACEHOLDERS = ["<your-client-secret>", "YOUR_CLIENT_SECRET_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<secret>", "TODO-fill-in", "your_api_key_here", "<insert key>",
                "PUT-YOUR-KEY-HERE", "dummy", "not-a-real-secret", "XXXXXXXXXXXXXXXX", "<password>",
                "CHANGE_ME_BEFORE_DEPLOY", "example-secret", "secret"]
MASKED = ["********", "[REDACTED]", "***REDACTED***", "<redacted>", "****************", "[FILTERED]",
          "********************************", "<hidden>"]
DOC_EXAMPLES = {
    "stedi": ["alKOxcl.fbFprsgLiPNk1nbLwc9J04nk"],
    "optum-changehealthcare": ["asdfdfjsdhfjhsdhf", "ZIjFyTsNgQNyxI"],
    "aws-healthlake": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "mirth": ["admin"],
    "cms-bluebutton": ["<client-secret>", "your_client_secret"],
    "pverify": ["(your secret)"],
}


def make_filler(r, env, slotkind, provider):
    """Pick a non-secret value for a positive template's slot; returns a Slot."""
    prov = provider.replace("-", "").replace(".", "")
    if slotkind == "isa":
        return Slot(r, " " * 10, "literal", env, "isa-no-security-info")
    if slotkind == "pem":
        c = r.randint(0, 3)
        if c == 0:
            return Slot(r, "", "envref", env, "env-ref")
        if c == 1:
            return Slot(r, r.choice(["/run/secrets/%s_private_key.pem" % prov, "keys/%s-nonprod.pem" % prov,
                                     "/etc/rcm/keys/%s.key" % prov, "~/.ssh/%s_sftp" % prov]), "literal", env, "key-path")
        if c == 2:
            return Slot(r, r.choice(["<paste PEM private key here>", "REPLACE_WITH_PRIVATE_KEY", ""]), "literal", env,
                        "placeholder")
        return Slot(r, r.choice(["vault:secret/data/rcm/%s#private_key" % prov, "op://RCM/%s-jwt/private key" % prov]),
                    "literal", env, "secret-manager-ref")
    c = r.randint(0, 8)
    if c in (0, 1):
        return Slot(r, "", "envref", env, "env-ref")
    if c == 2:
        return Slot(r, r.choice(PLACEHOLDERS), "literal", env, "placeholder")
    if c == 3:
        return Slot(r, r.choice(MASKED), "literal", env, "masked")
    if c == 4:
        return Slot(r, "", "literal", env, "empty")
    if c == 5:
        v = r.choice(["vault:secret/data/rcm/%s#%s" % (prov, env.lower()),
                      "op://RCM-Integrations/%s/credential" % prov,
                      "arn:aws:secretsmanager:us-east-1:%s:secret:rcm/%s-%s" % (digits(r, 12), prov, rs(r, 6)),
                      "@Microsoft.KeyVault(SecretUri=https://kv-rcm-prod.vault.azure.net/secrets/%s-secret/)" % prov,
                      "projects/rcm-prod/secrets/%s-credential/versions/latest" % prov])
        return Slot(r, v, "literal", env, "secret-manager-ref")
    if c == 6:
        v = r.choice(["{{ .Values.%s.secret }}" % prov, "${{ secrets.%s }}" % env, "{{ %s }}" % env.lower(),
                      "#{%s}#" % env, "$(%s)" % env, "{{ vault_%s }}" % env.lower()])
        return Slot(r, v, "literal", env, "template-expr")
    if c == 7 and provider in DOC_EXAMPLES:
        return Slot(r, r.choice(DOC_EXAMPLES[provider]), "literal", env, "doc-example")
    return Slot(r, r.choice(PLACEHOLDERS), "literal", env, "placeholder")


def nm(r, conv, convname, neutral):
    return convname if conv else r.choice(neutral)


def J(*lines):
    return "\n".join(lines) + "\n"


# ================================================================ positive templates
# Each takes (r, slot, conv) and returns (relpath, text). conv=True -> conventional name.

def t_py_availity(r, s, conv):
    cid = rs(r, 32, LOWER_ALNUM)
    v = nm(r, conv, "AVAILITY_CLIENT_SECRET", ["_AV_SEC", "PORTAL_TOKEN_B", "av_shared"])
    path = r.choice(["services/eligibility/availity_client.py", "rcm/clearinghouse/availity.py", "app/integrations/availity.py"])
    return path, J(
        '"""Availity real-time eligibility (270/271) client."""',
        "import logging", "import time", "", "import requests", "",
        "log = logging.getLogger(__name__)", "",
        'TOKEN_URL = "https://api.availity.com/availity/v1/token"',
        'COVERAGES_URL = "https://api.availity.com/availity/v1/coverages"',
        'AVAILITY_CLIENT_ID = "%s"' % cid,
        "%s = %s" % (v, s.q("py")), "",
        "_token_cache = {\"value\": None, \"exp\": 0}", "", "",
        "def get_token():",
        '    if _token_cache["value"] and _token_cache["exp"] > time.time() + 30:',
        '        return _token_cache["value"]',
        "    resp = requests.post(TOKEN_URL, data={",
        '        "grant_type": "client_credentials",',
        '        "client_id": AVAILITY_CLIENT_ID,',
        '        "client_secret": %s,' % v,
        '        "scope": "hipaa",',
        "    }, timeout=15)", "    resp.raise_for_status()", "    body = resp.json()",
        '    _token_cache.update(value=body["access_token"], exp=time.time() + body["expires_in"])',
        '    return body["access_token"]', "", "",
        "def check_coverage(payer_id, member_id, npi, dob):",
        '    params = {"payerId": payer_id, "memberId": member_id, "providerNpi": npi,',
        '              "patientBirthDate": dob, "serviceType": "30"}',
        '    r = requests.get(COVERAGES_URL, params=params, headers={"Authorization": "Bearer " + get_token()})',
        '    log.info("coverage lookup payer=%s status=%s", payer_id, r.status_code)',
        "    return r.json()")


def t_py_chc_token(r, s, conv):
    cid = rs_mixed(r, 32)
    sec = "client_secret" if conv else r.choice(["pw", "k2", "credential"])
    path = r.choice(["rcm/clients/optum_auth.py", "claims/changehealthcare/auth.py", "lib/chc_token.py"])
    return path, J(
        "import json", "import urllib.request", "",
        'BASE = "https://apigw.changehealthcare.com"', "", "",
        "def fetch_token(session=None):",
        '    """POST /apip/auth/v2/token - tokens live 3600s in production."""',
        "    %s = %s" % (sec, s.q("py")),
        "    payload = json.dumps({",
        '        "client_id": "%s",' % cid,
        '        "client_secret": %s,' % sec,
        '        "grant_type": "client_credentials",',
        "    }).encode()",
        '    req = urllib.request.Request(BASE + "/apip/auth/v2/token", data=payload,',
        '                                 headers={"Content-Type": "application/json"})',
        "    with urllib.request.urlopen(req, timeout=20) as resp:",
        '        return json.load(resp)["access_token"]')


def t_py_stedi_header(r, s, conv):
    path = r.choice(["eligibility/stedi.py", "src/rcm/stedi_client.py", "workers/elig_check.py"])
    npi_ = npi(r)
    pname, pid = payer(r)
    return path, J(
        "import uuid", "", "import httpx", "",
        'STEDI_URL = "https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3"', "", "",
        "def eligibility(member_id: str, first: str, last: str, dob: str) -> dict:",
        "    body = {",
        '        "controlNumber": str(uuid.uuid4().int)[:9],',
        '        "tradingPartnerServiceId": "%s",  # %s' % (pid, pname),
        '        "provider": {"organizationName": "%s", "npi": "%s"},' % (org(r), npi_),
        '        "subscriber": {"memberId": member_id, "firstName": first, "lastName": last, "dateOfBirth": dob},',
        '        "encounter": {"serviceTypeCodes": ["30"]},',
        "    }",
        "    headers = {",
        '        "Authorization": %s,' % s.q("py"),
        '        "Content-Type": "application/json",',
        "    }",
        "    r = httpx.post(STEDI_URL, json=body, headers=headers, timeout=30)",
        "    r.raise_for_status()", "    return r.json()")


def t_py_django_db(r, s, conv):
    host = r.choice(HOSTS)
    path = r.choice(["config/settings/production.py", "rcm_portal/settings.py", "billing/settings/prod.py"])
    return path, J(
        "from .base import *  # noqa", "",
        "DEBUG = False", 'ALLOWED_HOSTS = ["billing.%s.org", "localhost"]' % r.choice(["lakeside", "northgate", "summit"]), "",
        "DATABASES = {", '    "default": {',
        '        "ENGINE": "django.db.backends.postgresql",',
        '        "NAME": "rcm_billing",', '        "USER": "rcm_app",',
        '        "PASSWORD": %s,' % s.q("py"),
        '        "HOST": "%s",' % host, '        "PORT": "5432",', '        "CONN_MAX_AGE": 60,', "    }", "}", "",
        'CELERY_BROKER_URL = "redis://cache.internal:6379/2"',
        'CLAIM_BATCH_DIR = "/srv/edi/outbound/837"',
        "ELIGIBILITY_CACHE_TTL = 60 * 60 * 6")


def t_py_pverify(r, s, conv):
    path = r.choice(["scripts/pverify_smoke.py", "jobs/pverify_batch.py"])
    cid = uuid4(r)
    return path, J(
        "#!/usr/bin/env python3", '"""Smoke test against pVerify EligibilitySummary."""',
        "import sys", "", "from rcm.vendors.pverify import PVerifyClient", "",
        "client = PVerifyClient(", '    "%s",' % cid, "    %s," % s.q("py"),
        '    base_url="https://api.pverify.com",', ")", "",
        'if __name__ == "__main__":',
        '    resp = client.eligibility_summary(payer_code="00001", member_id=sys.argv[1],',
        '                                      first=sys.argv[2], last=sys.argv[3], dob=sys.argv[4])',
        '    print(resp.get("PlanCoverageSummary", {}).get("Status"))')


def t_py_paramiko(r, s, conv):
    user = "oa" + digits(r, 6)
    v = nm(r, conv, "OFFICEALLY_SFTP_PASSWORD", ["SFTP_PW", "pw_oa", "_sec"])
    path = r.choice(["jobs/upload_837.py", "edi/sftp/officeally_push.py", "tasks/send_claims.py"])
    return path, J(
        "import glob", "import os", "", "import paramiko", "",
        'HOST = "ftp10.officeally.com"', "PORT = 22", 'USER = "%s"' % user,
        "%s = %s" % (v, s.q("py")), "", "",
        "def push_batches(local_dir=\"/srv/edi/outbound/837\"):",
        "    transport = paramiko.Transport((HOST, PORT))",
        "    transport.connect(username=USER, password=%s)" % v,
        "    sftp = paramiko.SFTPClient.from_transport(transport)",
        "    try:",
        '        for path in sorted(glob.glob(os.path.join(local_dir, "*.837"))):',
        '            sftp.put(path, "/inbound/" + os.path.basename(path))',
        "    finally:", "        sftp.close()", "        transport.close()")


def t_py_epic_pem(r, s, conv):
    cid = uuid4(r)
    path = r.choice(["epic/backend_auth.py", "integrations/epic/jwt_client.py"])
    v = nm(r, conv, "EPIC_PRIVATE_KEY", ["SIGNING_MATERIAL", "_KEY_BLOB", "ASSERTION_KEY"])
    head = ["import time", "import uuid", "", "import jwt  # PyJWT", "import requests", "",
            'CLIENT_ID = "%s"  # non-production' % cid,
            'TOKEN_URL = "https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token"']
    if s.secret:
        body = ['%s = """%s' % (v, s.value.split("\n")[0])] + s.value.split("\n")[1:] + ['"""']
    else:
        body = ["%s = %s" % (v, s.q("py"))]
    tail = ["", "",
            "def client_assertion():", "    now = int(time.time())",
            '    claims = {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL,',
            '              "jti": str(uuid.uuid4()), "iat": now, "exp": now + 240}',
            '    return jwt.encode(claims, %s, algorithm="RS384", headers={"kid": "rcm-2024-1"})' % v, "", "",
            "def access_token():",
            '    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials",',
            '        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",',
            '        "client_assertion": client_assertion()})',
            '    return r.json()["access_token"]']
    return path, J(*(head + body + tail))


def t_py_bluebutton(r, s, conv):
    cid = rs_mixed(r, 40)
    path = r.choice(["server/src/configs/config.py", "bluebutton/config.py"])
    k = "bb2ClientSecret" if conv else r.choice(["secret", "bbValue"])
    return path, J(
        "ConfigType = {", "    'sandbox': {",
        "        'bb2BaseUrl': 'https://sandbox.bluebutton.cms.gov',",
        "        'bb2ClientId': '%s'," % cid,
        "        '%s': %s," % (k, s.q("py", "'")),
        "        'bb2CallbackUrl': 'http://localhost:3001/api/bluebutton/callback/',",
        "        'port': 3001,", "        'host': 'server'", "    }", "}")


def t_py_healthlake(r, s, conv):
    if s.secret:
        kid = '"%s"' % aws_key_id(r)
    elif s.mode == "envref":
        kid = 'os.environ["AWS_ACCESS_KEY_ID"]'
    else:
        kid = '"AKIAIOSFODNN7EXAMPLE"'  # AWS documentation example id
    path = r.choice(["etl/healthlake_export.py", "pipelines/fhir_to_healthlake.py"])
    ds = rs(r, 32, HEXL)
    return path, J(
        "import os", "", "import boto3", "", "session = boto3.session.Session(", "    aws_access_key_id=%s," % kid,
        "    aws_secret_access_key=%s," % s.q("py"), '    region_name="us-east-1",', ")",
        'healthlake = session.client("healthlake")', "",
        'DATASTORE_ID = "%s"' % ds, "", "",
        "def start_export(bucket):",
        "    return healthlake.start_fhir_export_job(",
        "        DatastoreId=DATASTORE_ID,",
        '        OutputDataConfig={"S3Configuration": {"S3Uri": f"s3://{bucket}/exports/",',
        '                                               "KmsKeyId": "alias/healthlake-export"}},',
        '        DataAccessRoleArn="arn:aws:iam::%s:role/HealthLakeExportRole",' % digits(r, 12), "    )")


def t_py_azure_fhir(r, s, conv):
    ten, app = uuid4(r), uuid4(r)
    ws = r.choice(["rcmfhir", "claimsws", "hlthdata"])
    path = r.choice(["fhir/azure_client.py", "tools/azure_fhir_load.py"])
    return path, J(
        "from azure.identity import ClientSecretCredential", "import requests", "",
        'FHIR_URL = "https://%s-fhir.fhir.azurehealthcareapis.com"' % ws, "",
        "cred = ClientSecretCredential(", '    "%s",' % ten, '    "%s",' % app, "    %s," % s.q("py"), ")", "",
        "def get(path):",
        '    tok = cred.get_token(FHIR_URL + "/.default").token',
        '    return requests.get(f"{FHIR_URL}/{path}", headers={"Authorization": f"Bearer {tok}"}).json()')


def t_cs_availity_options(r, s, conv):
    p = nm(r, conv, "ClientSecret", ["Value2", "Passphrase", "Token"])
    path = r.choice(["src/Rcm.Eligibility/AvailityOptions.cs", "Rcm.Clearinghouse/Config/AvailityOptions.cs"])
    return path, J(
        "namespace Rcm.Eligibility;", "",
        "public sealed class AvailityOptions", "{",
        '    public const string Section = "Availity";', "",
        '    public string BaseUrl { get; set; } = "https://api.availity.com/availity/v1";',
        '    public string ClientId { get; set; } = "%s";' % rs(r, 32, LOWER_ALNUM),
        "    public string %s { get; set; } = %s;" % (p, s.q("cs")),
        '    public string Scope { get; set; } = "hipaa";',
        "    public int TimeoutSeconds { get; set; } = 30;", "}")


def t_cs_sqlserver(r, s, conv):
    host = r.choice(HOSTS)
    path = r.choice(["src/Rcm.Data/ClaimsDbContext.cs", "Billing.Infrastructure/Data/RcmContext.cs"])
    if s.mode == "envref":
        cs_line = "        optionsBuilder.UseSqlServer(%s);" % s.q("cs")
    else:
        cs_line = '        optionsBuilder.UseSqlServer("Server=%s;Database=Claims;User Id=rcm_svc;Password=%s;TrustServerCertificate=True");' % (host, s.value)
    return path, J(
        "using Microsoft.EntityFrameworkCore;", "using Rcm.Data.Entities;", "", "namespace Rcm.Data;", "",
        "public class ClaimsDbContext : DbContext", "{",
        "    public DbSet<Claim> Claims => Set<Claim>();",
        "    public DbSet<Remittance> Remittances => Set<Remittance>();", "",
        "    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)", "    {",
        "        if (optionsBuilder.IsConfigured) return;", cs_line, "    }", "}")


def t_cs_surescripts_pfx(r, s, conv):
    path = r.choice(["src/Erx.Surescripts/CertLoader.cs", "Rx.Gateway/Security/ClientCertificate.cs"])
    return path, J(
        "using System.Security.Cryptography.X509Certificates;", "", "namespace Erx.Surescripts;", "",
        "internal static class CertLoader", "{",
        "    // Surescripts client certificate for mutual TLS (staging)",
        "    public static X509Certificate2 Load() =>",
        '        new X509Certificate2("certs/surescripts-staging.pfx", %s,' % s.q("cs"),
        "            X509KeyStorageFlags.MachineKeySet | X509KeyStorageFlags.EphemeralKeySet);", "}")


def t_json_appsettings(r, s, conv):
    k = nm(r, conv, "ApiKey", ["Key", "AccessValue", "Token"])
    path = r.choice(["src/Rcm.Api/appsettings.Production.json", "appsettings.json", "Billing.Web/appsettings.Staging.json"])
    return path, J(
        "{", '  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },',
        '  "AllowedHosts": "*",', '  "Waystar": {',
        '    "BaseUrl": "https://api.waystar.com/",',
        '    "SubmitterId": "%s",' % digits(r, 7),
        '    "%s": "%s",' % (k, s.raw("json")), '    "TimeoutSeconds": 45', "  },",
        '  "Claims": { "BatchSize": 250, "OutboundFolder": "D:\\\\edi\\\\out" }', "}")


def t_java_trizetto(r, s, conv):
    v = nm(r, conv, "TRIZETTO_PASSWORD", ["CRED", "GW_PASS_2", "SECRET_VAL"])
    user = "TZ" + digits(r, 6)
    path = r.choice(["src/main/java/com/rcm/edi/TrizettoGatewayClient.java", "gateway/src/main/java/org/clinic/claims/TrizettoClient.java"])
    return path, J(
        "package com.rcm.edi;", "", "import java.net.URI;", "import java.net.http.HttpClient;",
        "import java.net.http.HttpRequest;", "import java.util.Base64;", "",
        "public class TrizettoGatewayClient {",
        '    private static final String ENDPOINT = "https://services.gatewayedi.com/eligibility/service.asmx";',
        '    private static final String USER_ID = "%s";' % user,
        "    private static final String %s = %s;" % (v, s.q("java")), "",
        "    private final HttpClient http = HttpClient.newHttpClient();", "",
        "    HttpRequest.Builder base() {",
        '        String auth = Base64.getEncoder().encodeToString((USER_ID + ":" + %s).getBytes());' % v,
        "        return HttpRequest.newBuilder(URI.create(ENDPOINT))",
        '            .header("Authorization", "Basic " + auth)',
        '            .header("Content-Type", "text/xml; charset=utf-8");', "    }", "}")


def t_props_spring(r, s, conv):
    host = r.choice(HOSTS)
    path = r.choice(["src/main/resources/application.properties", "hapi-fhir-jpaserver/src/main/resources/application-prod.properties"])
    return path, J(
        "# HAPI FHIR JPA server - production overrides",
        "server.port=8080", "hapi.fhir.fhir_version=R4", "hapi.fhir.server_address=https://fhir.%s.org/fhir" % r.choice(["lakeside", "summit"]),
        "spring.datasource.url=jdbc:postgresql://%s:5432/hapi" % host,
        "spring.datasource.username=hapi_admin",
        "spring.datasource.password=%s" % s.raw("props"),
        "spring.datasource.driverClassName=org.postgresql.Driver",
        "spring.jpa.properties.hibernate.dialect=ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect",
        "spring.jpa.properties.hibernate.search.enabled=false",
        "hapi.fhir.bulk_export_enabled=true")


def t_java_jsch(r, s, conv):
    path = r.choice(["src/main/java/com/rcm/sftp/ApexUploader.java", "edi-batch/src/main/java/edi/ApexEdiSftp.java"])
    user = "apx" + digits(r, 5)
    return path, J(
        "package com.rcm.sftp;", "", "import com.jcraft.jsch.ChannelSftp;", "import com.jcraft.jsch.JSch;",
        "import com.jcraft.jsch.Session;", "",
        "public class ApexUploader {",
        "    public void upload(String localFile) throws Exception {",
        "        JSch jsch = new JSch();",
        '        Session session = jsch.getSession("%s", "sftp.apexedi.com", 22);' % user,
        "        session.setPassword(%s);" % s.q("java"),
        '        session.setConfig("StrictHostKeyChecking", "yes");',
        '        jsch.setKnownHosts("/etc/rcm/known_hosts");',
        "        session.connect(15000);",
        '        ChannelSftp ch = (ChannelSftp) session.openChannel("sftp");',
        "        ch.connect();", '        ch.put(localFile, "/incoming/");', "        ch.disconnect();",
        "        session.disconnect();", "    }", "}")


def t_java_cerner(r, s, conv):
    v = nm(r, conv, "clientSecret", ["sysPass", "credentialValue", "k"])
    tenant = uuid4(r)
    path = r.choice(["src/main/java/com/rcm/cerner/CernerTokenProvider.java", "ehr/src/main/java/ehr/oracle/TokenProvider.java"])
    return path, J(
        "package com.rcm.cerner;", "", "import java.util.Base64;", "",
        "public class CernerTokenProvider {",
        '    private final String tokenUrl = "https://authorization.cerner.com/tenants/%s/protocols/oauth2/profiles/smart-v1/token";' % tenant,
        '    private final String clientId = "%s";' % uuid4(r),
        "    private final String %s = %s;" % (v, s.q("java")), "",
        "    String basicHeader() {",
        '        String raw = clientId + ":" + %s;' % v,
        '        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes());', "    }", "",
        '    String scopes() { return "system/Patient.read system/Encounter.read system/Coverage.read"; }', "}")


def t_ts_stedi(r, s, conv):
    v = nm(r, conv, "STEDI_API_KEY", ["authValue", "K", "stediAuth"])
    path = r.choice(["src/integrations/stedi/client.ts", "packages/eligibility/src/stedi.ts"])
    return path, J(
        'import axios from "axios";', "",
        'const BASE_URL = "https://healthcare.us.stedi.com/2024-04-01";',
        "const %s = %s;" % (v, s.q("ts")), "",
        "export const stedi = axios.create({", "  baseURL: BASE_URL,",
        "  headers: { Authorization: %s, \"Content-Type\": \"application/json\" }," % v,
        "  timeout: 30_000,", "});", "",
        "export async function claimStatus(body: Record<string, unknown>) {",
        '  const { data } = await stedi.post("/change/medicalnetwork/claimstatus/v2", body);',
        "  return data;", "}")


def t_js_claimmd(r, s, conv):
    path = r.choice(["lib/claimmd.js", "src/clearinghouse/claimmd-upload.js"])
    k = "AccountKey"
    v = nm(r, conv, "CLAIMMD_ACCOUNT_KEY", ["acct", "ck", "claimKey"])
    return path, J(
        "const fs = require('fs');", "const FormData = require('form-data');", "const fetch = require('node-fetch');", "",
        "const %s = %s;" % (v, s.q("js", "'")), "",
        "async function uploadBatch(file) {",
        "  const form = new FormData();",
        "  form.append('%s', %s);" % (k, v),
        "  form.append('File', fs.createReadStream(file));",
        "  form.append('Filename', require('path').basename(file));",
        "  const res = await fetch('https://svc.claim.md/services/upload/', { method: 'POST', body: form });",
        "  return res.text();", "}", "", "module.exports = { uploadBatch };")


def t_ts_eligible(r, s, conv):
    k = nm(r, conv, "apiKey", ["key", "token"])
    path = r.choice(["src/config/eligible.config.ts", "config/eligible.ts"])
    return path, J(
        "export const eligibleConfig = {",
        '  baseUrl: "https://gds.eligibleapi.com/v1.5",',
        "  %s: %s," % (k, s.q("ts")),
        "  test: false,", "  defaultServiceType: \"30\",",
        '  providerNpi: "%s",' % npi(r), "};")


def t_js_ssh2(r, s, conv):
    path = r.choice(["scripts/pull-835.js", "src/jobs/remitFetch.js"])
    return path, J(
        "const Client = require('ssh2-sftp-client');", "",
        "async function pullRemits() {", "  const sftp = new Client();",
        "  await sftp.connect({", "    host: 'sftp.waystar.com',", "    port: 22,",
        "    username: 'ws%s'," % digits(r, 6), "    password: %s," % s.q("js", "'"), "  });",
        "  const files = await sftp.list('/outbound/835');",
        "  for (const f of files) await sftp.fastGet(`/outbound/835/${f.name}`, `./inbox/${f.name}`);",
        "  await sftp.end();", "}", "", "pullRemits().catch(console.error);")


def t_ts_epic_jose(r, s, conv):
    path = r.choice(["src/epic/assertion.ts", "apps/ehr-sync/src/auth/epicJwt.ts"])
    v = nm(r, conv, "EPIC_PRIVATE_KEY", ["pk", "signingPem"])
    if s.secret:
        val = '"' + s.value.replace("\n", "\\n") + '"'
    else:
        val = s.q("ts")
    return path, J(
        'import { SignJWT, importPKCS8 } from "jose";', 'import { randomUUID } from "crypto";', "",
        'const CLIENT_ID = "%s";' % uuid4(r),
        'const TOKEN_URL = "https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token";',
        "const %s = %s;" % (v, val), "",
        "export async function assertion(): Promise<string> {",
        '  const key = await importPKCS8(%s, "RS384");' % v,
        "  return new SignJWT({})",
        '    .setProtectedHeader({ alg: "RS384", typ: "JWT" })',
        "    .setIssuer(CLIENT_ID).setSubject(CLIENT_ID).setAudience(TOKEN_URL)",
        '    .setJti(randomUUID()).setExpirationTime("4m")', "    .sign(key);", "}")


def t_js_knex(r, s, conv):
    path = r.choice(["knexfile.js", "db/knexfile.js"])
    host = r.choice(HOSTS)
    return path, J(
        "module.exports = {", "  production: {", "    client: 'pg',", "    connection: {",
        "      host: '%s'," % host, "      port: 5432,", "      database: 'claims',", "      user: 'claims_rw',",
        "      password: %s," % s.q("js", "'"), "      ssl: { rejectUnauthorized: true },", "    },",
        "    pool: { min: 2, max: 10 },", "    migrations: { tableName: 'knex_migrations' },", "  },", "};")


def mirth_wrap(r, name, body):
    cid = uuid4(r)
    return J('<channel version="4.4.2">', "  <id>%s</id>" % cid, "  <nextMetaDataId>3</nextMetaDataId>",
             "  <name>%s</name>" % name, "  <description>Managed by interface team</description>",
             "  <revision>%d</revision>" % r.randint(2, 40), body.rstrip("\n"),
             "  <exportData><metadata><enabled>true</enabled><lastModified><time>%d</time>" % (1700000000000 + r.randint(0, 10**10)),
             "    <timezone>America/Chicago</timezone></lastModified></metadata></exportData>", "</channel>")


def t_mirth_sftp(r, s, conv):
    path = r.choice(["mirth/channels/837_to_officeally.xml", "channels/OUT_837P_SFTP.xml"])
    body = J("  <destinationConnectors>", "    <connector version=\"4.4.2\">", "      <metaDataId>1</metaDataId>",
             "      <name>Office Ally SFTP</name>",
             '      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.2">',
             "        <scheme>SFTP</scheme>", "        <schemeProperties class=\"com.mirth.connect.connectors.file.SftpSchemeProperties\">",
             "          <passwordAuth>true</passwordAuth>", "          <keyAuth>false</keyAuth>",
             "          <hostKeyChecking>yes</hostKeyChecking>", "        </schemeProperties>",
             "        <host>ftp10.officeally.com/inbound</host>",
             "        <outputPattern>${originalFilename}.837</outputPattern>",
             "        <anonymous>false</anonymous>", "        <username>oa%s</username>" % digits(r, 6),
             "        <password>%s</password>" % s.raw("xml"), "        <timeout>10000</timeout>",
             "        <binary>false</binary>", "        <charsetEncoding>DEFAULT_ENCODING</charsetEncoding>",
             "      </properties>", "    </connector>", "  </destinationConnectors>")
    return path, mirth_wrap(r, "OUT 837P to Office Ally", body)


def t_mirth_dbreader(r, s, conv):
    path = r.choice(["mirth/channels/charges_db_reader.xml", "channels/IN_DFT_Charges.xml"])
    host = r.choice(HOSTS)
    body = J("  <sourceConnector version=\"4.4.2\">", "    <name>sourceConnector</name>",
             '    <properties class="com.mirth.connect.connectors.jdbc.DatabaseReceiverProperties" version="4.4.2">',
             "      <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>",
             "      <url>jdbc:sqlserver://%s:1433;databaseName=PracticeMgmt</url>" % host,
             "      <username>mirth_reader</username>", "      <password>%s</password>" % s.raw("xml"),
             "      <select>SELECT * FROM charge_queue WHERE sent = 0</select>",
             "      <update>UPDATE charge_queue SET sent = 1 WHERE id = ${id}</update>",
             "      <useScript>false</useScript>", "    </properties>", "  </sourceConnector>")
    return path, mirth_wrap(r, "IN DFT charges from PM", body)


def t_mirth_js(r, s, conv):
    path = r.choice(["mirth/code-templates/availity_token.js", "mirth/channels/elig_transformer.js"])
    v = nm(r, conv, "clientSecret", ["cs", "k2"])
    return path, J(
        "// Mirth code template: fetch Availity token and cache it in globalMap",
        "function getAvailityToken() {",
        "    var cached = globalMap.get('avToken');",
        "    if (cached && cached.exp > java.lang.System.currentTimeMillis()) return cached.value;",
        "    var clientId = '%s';" % rs(r, 32, LOWER_ALNUM),
        "    var %s = %s;" % (v, s.q("js", "'")),
        "    var body = 'grant_type=client_credentials&scope=hipaa&client_id=' + clientId + '&client_secret=' + %s;" % v,
        "    var conn = new java.net.URL('https://api.availity.com/availity/v1/token').openConnection();",
        "    conn.setRequestMethod('POST'); conn.setDoOutput(true);",
        "    conn.getOutputStream().write(new java.lang.String(body).getBytes('UTF-8'));",
        "    var resp = JSON.parse(org.apache.commons.io.IOUtils.toString(conn.getInputStream(), 'UTF-8'));",
        "    globalMap.put('avToken', {value: resp.access_token, exp: java.lang.System.currentTimeMillis() + 240000});",
        "    return resp.access_token;", "}")


def isa(r, sec_q, sec, sender, receiver, ctrl, test="P"):
    return "ISA*00*          *%s*%s*ZZ*%-15s*ZZ*%-15s*%s*%02d%02d*^*00501*%s*0*%s*:~" % (
        sec_q, sec, sender, receiver, yymmdd(r), r.randint(0, 23), r.randint(0, 59), ctrl, test)


def x12_837_body(r, ctrl):
    f, l = person(r)
    pn, pid = payer(r)
    city, st, zp = r.choice(CITIES)
    lines = ["GS*HC*SUBMITTER*RECEIVER*%s*%02d%02d*%d*X*005010X222A1~" % (ccyymmdd(r), r.randint(0, 23), r.randint(0, 59), int(ctrl)),
             "ST*837*0001*005010X222A1~", "BHT*0019*00*%s*%s*1200*CH~" % (digits(r, 9), ccyymmdd(r)),
             "NM1*41*2*%s*****46*%s~" % (org(r).upper(), digits(r, 9)), "PER*IC*BILLING OFFICE*TE*%s~" % digits(r, 10),
             "NM1*40*2*%s*****46*%s~" % (pn.upper(), pid), "HL*1**20*1~",
             "NM1*85*2*%s*****XX*%s~" % (org(r).upper(), npi(r)), "N3*%d MAIN ST~" % r.randint(10, 9999),
             "N4*%s*%s*%s1234~" % (city.upper(), st, zp), "REF*EI*%s~" % digits(r, 9), "HL*2*1*22*0~",
             "SBR*P*18*******CI~", "NM1*IL*1*%s*%s****MI*%s~" % (l.upper(), f.upper(), member_id(r)),
             "DMG*D8*19%02d%02d%02d*%s~" % (r.randint(40, 99), r.randint(1, 12), r.randint(1, 28), r.choice("MF")),
             "NM1*PR*2*%s*****PI*%s~" % (pn.upper(), pid),
             "CLM*%s*%d.00***11:B:1*Y*A*Y*Y~" % (rs(r, 10, UPPER_ALNUM), r.randint(80, 900)),
             "HI*ABK:%s~" % r.choice(ICD).replace(".", ""), "LX*1~",
             "SV1*HC:%s*%d.00*UN*1***1~" % (r.choice(CPT), r.randint(80, 400)), "DTP*472*D8*%s~" % ccyymmdd(r)]
    lines.append("SE*%d*0001~" % (len(lines)))
    lines += ["GE*1*%d~" % int(ctrl)]
    return lines


def t_x12_isa04(r, s, conv):
    ctrl = digits(r, 9)
    path = r.choice(["edi/outbound/837P_%s.x12" % ctrl, "samples/claims/batch_%s.837" % ctrl[-5:], "test/fixtures/837p_partner.edi"])
    sender, receiver = "SUB" + digits(r, 6), r.choice(["OFFALLY", "APEXEDI", "CLAIMMD", "TRIZETTO"])
    if s.secret:
        first = isa(r, "01", s.value, sender, receiver, ctrl)
    else:
        first = isa(r, "00", "          ", sender, receiver, ctrl)
    return path, "\n".join([first] + x12_837_body(r, ctrl) + ["IEA*1*%s~" % ctrl]) + "\n"


def t_log_chc(r, s, conv):
    T = ts_seq(r, 40)
    path = r.choice(["logs/claims-worker.log", "var/log/rcm/eligibility-debug.log", "logs/app-2024-03-11.log"])
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append("%s INFO  [elig-%d] c.r.e.EligibilityService - 270 sent control=%s payer=%s" % (next(T), r.randint(1, 8), digits(r, 9), payer(r)[1]))
    body = "client_id=%s&client_secret=%s&grant_type=client_credentials" % (rs_mixed(r, 32), s.raw("log"))
    lines.append("%s DEBUG [http-out] o.a.h.wire - >> \"POST /apip/auth/v2/token HTTP/1.1[\\r][\\n]\"" % next(T))
    lines.append("%s DEBUG [http-out] o.a.h.wire - >> \"Host: apigw.changehealthcare.com[\\r][\\n]\"" % next(T))
    lines.append("%s DEBUG [http-out] o.a.h.wire - >> \"%s\"" % (next(T), body))
    lines.append("%s DEBUG [http-out] o.a.h.wire - << \"HTTP/1.1 200 OK[\\r][\\n]\"" % next(T))
    for _ in range(r.randint(2, 5)):
        lines.append("%s INFO  [elig-%d] c.r.e.EligibilityService - 271 received trace=%s status=active" % (next(T), r.randint(1, 8), uuid4(r)))
    return path, "\n".join(lines) + "\n"


def t_fhir_endpoint(r, s, conv):
    path = r.choice(["fhir/resources/Endpoint-hapi-partner.json", "seed/fhir/endpoint-payer.json"])
    user = r.choice(["partner_sync", "payer_feed", "rcm_client"])
    if s.secret:
        hdr = "Authorization: Basic %s" % s.value
    else:
        hdr = "Authorization: Basic %s" % s.raw("json")
    return path, json.dumps({
        "resourceType": "Endpoint", "id": rs(r, 12, LOWER_ALNUM),
        "status": "active",
        "connectionType": {"system": "http://terminology.hl7.org/CodeSystem/endpoint-connection-type", "code": "hl7-fhir-rest"},
        "name": "Partner HAPI FHIR (%s)" % user,
        "managingOrganization": {"reference": "Organization/%s" % rs(r, 10, LOWER_ALNUM)},
        "payloadType": [{"coding": [{"system": "http://hl7.org/fhir/resource-types", "code": "Claim"}]}],
        "address": "https://fhir.%s.org/baseR4" % r.choice(["partnerhealth", "payerplus", "regionalhie"]),
        "header": [hdr, "Accept: application/fhir+json"]}, indent=2) + "\n"


def gen_basic(r):
    user = r.choice(["partner_sync", "payer_feed", "rcm_client", "hie_push"])
    return base64.b64encode(("%s:%s" % (user, gen_password(r))).encode()).decode()


def t_json_smart(r, s, conv):
    k = nm(r, conv, "clientSecret", ["secret", "appKey"])
    path = r.choice(["config/smart.json", "apps/provider-launch/smart-config.json"])
    tenant = uuid4(r)
    return path, json.dumps({
        "iss": "https://fhir-ehr-code.cerner.com/r4/%s" % tenant,
        "clientId": uuid4(r), k: s.raw("json"),
        "redirectUri": "https://app.%s.com/launch/callback" % r.choice(["claimpilot", "revcycle", "authpro"]),
        "scope": "launch user/Patient.read user/Coverage.read user/Encounter.read openid fhirUser offline_access"}, indent=2) + "\n"


def t_k8s_secret(r, s, conv):
    k = nm(r, conv, "AVAILITY_CLIENT_SECRET", ["av-credential", "portal_value"])
    path = r.choice(["deploy/k8s/availity-secret.yaml", "k8s/overlays/prod/clearinghouse-secret.yaml"])
    return path, J(
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: clearinghouse-credentials", "  namespace: rcm",
        "  labels:", "    app.kubernetes.io/part-of: eligibility", "type: Opaque", "stringData:",
        "  AVAILITY_CLIENT_ID: %s" % rs(r, 32, LOWER_ALNUM), '  %s: "%s"' % (k, s.raw("yaml")),
        '  AVAILITY_SCOPE: "hipaa"')


def t_helm_values(r, s, conv):
    k = nm(r, conv, "apiKey", ["key", "authorization"])
    path = r.choice(["deploy/values.yaml", "charts/eligibility/values-prod.yaml", "helm/rcm/values.yaml"])
    return path, J(
        "replicaCount: 3", "image:", "  repository: ghcr.io/%s/eligibility-svc" % r.choice(["lakeside-rcm", "summithealth"]),
        "  tag: \"%s\"" % gitsha(r)[:12], "", "stedi:", "  baseUrl: https://healthcare.us.stedi.com/2024-04-01",
        '  %s: "%s"' % (k, s.raw("yaml")), "  mode: production", "", "resources:",
        "  limits: { cpu: 500m, memory: 512Mi }", "", "ingress:", "  enabled: false")


def t_gha_env(r, s, conv):
    k = nm(r, conv, "OPTUM_CLIENT_SECRET", ["CHC_VALUE", "TOKEN_B"])
    path = r.choice([".github/workflows/integration-tests.yml", ".github/workflows/deploy.yml"])
    return path, J(
        "name: integration-tests", "on:", "  push:", "    branches: [main]", "  workflow_dispatch: {}", "",
        "jobs:", "  sandbox:", "    runs-on: ubuntu-latest", "    env:",
        "      OPTUM_CLIENT_ID: %s" % rs_mixed(r, 32), "      %s: %s" % (k, s.raw("yamlu")),
        "      OPTUM_BASE_URL: https://sandbox-apigw.optum.com", "    steps:", "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.12'",
        "      - run: pip install -r requirements.txt", "      - run: pytest tests/integration -k eligibility")


def t_compose(r, s, conv):
    path = r.choice(["docker-compose.yml", "deploy/docker-compose.hapi.yml"])
    return path, J(
        "services:", "  hapi:", "    image: hapiproject/hapi:v7.2.0", "    ports: [\"8080:8080\"]", "    environment:",
        "      spring.datasource.url: jdbc:postgresql://db:5432/hapi", "      spring.datasource.username: admin",
        "      spring.datasource.password: %s" % s.raw("yamlu"), "    depends_on: [db]", "  db:", "    image: postgres:16",
        "    environment:", "      POSTGRES_DB: hapi", "      POSTGRES_USER: admin",
        "      POSTGRES_PASSWORD: %s" % s.raw("yamlu"), "    volumes:", "      - hapi-data:/var/lib/postgresql/data",
        "volumes:", "  hapi-data: {}")


def t_spring_yml(r, s, conv):
    path = r.choice(["src/main/resources/application.yml", "claims-api/src/main/resources/application-prod.yml"])
    return path, J(
        "spring:", "  application:", "    name: claims-api", "  datasource:",
        "    url: jdbc:mysql://%s:3306/claims?useSSL=true" % r.choice(HOSTS), "    username: claims_api",
        "    password: '%s'" % s.raw("yaml"), "  jpa:", "    open-in-view: false", "",
        "rcm:", "  clearinghouse: %s" % r.choice(["availity", "waystar", "officeally"]), "  batch-cron: \"0 */15 * * * *\"")


def t_ansible(r, s, conv):
    k = nm(r, conv, "officeally_sftp_password", ["oa_pw", "sftp_value"])
    path = r.choice(["ansible/group_vars/edi_hosts.yml", "infra/ansible/host_vars/edi01.yml"])
    return path, J(
        "---", "edi_user: edi", "officeally_sftp_host: ftp10.officeally.com",
        "officeally_sftp_user: oa%s" % digits(r, 6), '%s: "%s"' % (k, s.raw("yaml")),
        "edi_outbound_dir: /srv/edi/outbound", "edi_cron_minute: \"*/10\"")


def t_postman_coll(r, s, conv):
    path = r.choice(["postman/ChangeHealthcare-Eligibility.postman_collection.json", "docs/postman/optum-claims.postman_collection.json"])
    val = s.raw("postman")
    coll = {"info": {"_postman_id": uuid4(r), "name": "Optum / CHC - Eligibility",
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "Get token", "request": {"method": "POST", "header": [],
                      "body": {"mode": "urlencoded", "urlencoded": [
                          {"key": "client_id", "value": rs_mixed(r, 32), "type": "text"},
                          {"key": "client_secret", "value": val, "type": "text"},
                          {"key": "grant_type", "value": "client_credentials", "type": "text"}]},
                      "url": {"raw": "https://sandbox.apigw.changehealthcare.com/apip/auth/v2/token",
                              "protocol": "https", "host": ["sandbox", "apigw", "changehealthcare", "com"],
                              "path": ["apip", "auth", "v2", "token"]}}},
                     {"name": "Eligibility", "request": {"method": "POST", "header": [
                         {"key": "Authorization", "value": "Bearer {{access_token}}"}],
                         "url": {"raw": "https://sandbox.apigw.changehealthcare.com/medicalnetwork/eligibility/v3"}}}]}
    return path, json.dumps(coll, indent=2) + "\n"


def t_postman_env(r, s, conv):
    path = r.choice(["postman/availity-prod.postman_environment.json", "postman/env/Availity.postman_environment.json"])
    env = {"id": uuid4(r), "name": "Availity PROD", "values": [
        {"key": "baseUrl", "value": "https://api.availity.com/availity/v1", "enabled": True},
        {"key": "client_id", "value": rs(r, 32, LOWER_ALNUM), "enabled": True},
        {"key": "client_secret", "value": s.raw("postman"), "type": "secret" if r.random() < 0.5 else "default", "enabled": True},
        {"key": "payerId", "value": payer(r)[1], "enabled": True}],
        "_postman_variable_scope": "environment", "_postman_exported_at": iso_ts(r)}
    return path, json.dumps(env, indent=2) + "\n"


def t_node_config(r, s, conv):
    path = r.choice(["config/default.json", "config/production.json"])
    k = nm(r, conv, "apiKey", ["key", "credential"])
    return path, json.dumps({"server": {"port": 8080},
                             "eligible": {"baseUrl": "https://gds.eligibleapi.com/v1.5", k: s.raw("json"), "test": False},
                             "payers": {"default": payer(r)[1]}}, indent=2) + "\n"


def jwk_priv(r):
    return {"kty": "RSA", "kid": "rcm-%s" % digits(r, 4), "use": "sig", "alg": "RS384",
            "n": b64u(r, 256), "e": "AQAB", "d": b64u(r, 256), "p": b64u(r, 128), "q": b64u(r, 128),
            "dp": b64u(r, 128), "dq": b64u(r, 128), "qi": b64u(r, 128)}


def t_jwk_private(r, s, conv):
    path = r.choice(["keys/jwks-private.json", "config/epic/signing-jwk.json"])
    k = jwk_priv(r)
    if s.secret:
        k["d"] = s.value
    else:
        for f in ("d", "p", "q", "dp", "dq", "qi"):
            k.pop(f)
        k["_comment"] = "private members loaded from %s" % (s.raw("json") or "the key store")
    return path, json.dumps({"keys": [k]}, indent=2) + "\n"


def t_props_edi(r, s, conv):
    k = nm(r, conv, "sftp.password", ["sftp.pw", "remote.credential"])
    path = r.choice(["config/edi-gateway.properties", "src/main/resources/edi.properties"])
    return path, J(
        "# Apex EDI / TriZetto batch gateway", "sftp.host=sftp.apexedi.com", "sftp.port=22",
        "sftp.username=apx%s" % digits(r, 5), "%s=%s" % (k, s.raw("props")),
        "sftp.remote.outbound=/incoming", "sftp.remote.inbound=/outgoing/999",
        "isa.sender.id=%s" % digits(r, 9), "isa.receiver.id=APEXEDI", "batch.max.claims=2000")


def t_props_surescripts(r, s, conv):
    path = r.choice(["conf/surescripts.properties", "src/main/resources/erx.properties"])
    k = nm(r, conv, "surescripts.keystore.password", ["ks.pass", "ssl.store.value"])
    return path, J(
        "surescripts.endpoint=https://staging.surescripts.net/Direct6_0/",
        "surescripts.portal.id=%s" % digits(r, 10), "surescripts.account.id=%s" % digits(r, 6),
        "surescripts.keystore=/etc/erx/surescripts-client.p12", "%s=%s" % (k, s.raw("props")),
        "surescripts.timeout.ms=30000")


def t_ps1_winscp(r, s, conv):
    path = r.choice(["scripts/Send-Claims.ps1", "ops/OfficeAlly-Upload.ps1"])
    pw = "'%s'" % s.value if s.mode != "envref" else s.q("ps1")
    return path, J(
        'Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"', "",
        "$sessionOptions = New-Object WinSCP.SessionOptions -Property @{",
        "    Protocol = [WinSCP.Protocol]::Sftp", '    HostName = "ftp10.officeally.com"',
        '    UserName = "oa%s"' % digits(r, 6), "    Password = %s" % pw,
        '    SshHostKeyFingerprint = "ssh-ed25519 255 %s"' % b64s(r, 32).rstrip("="), "}", "",
        "$session = New-Object WinSCP.Session", "try {", "    $session.Open($sessionOptions)",
        '    $session.PutFiles("D:\\edi\\out\\*.837", "/inbound/").Check()', "} finally {", "    $session.Dispose()", "}")


def t_ps1_azure(r, s, conv):
    path = r.choice(["scripts/Get-FhirToken.ps1", "tools/azure/Load-FhirBundles.ps1"])
    v = nm(r, conv, "$clientSecret", ["$cs", "$appValue"])
    rhs = "'%s'" % s.value if s.mode != "envref" else s.q("ps1")
    return path, J(
        '$tenantId = "%s"' % uuid4(r), '$clientId = "%s"' % uuid4(r), "%s = %s" % (v, rhs),
        '$fhirUrl = "https://rcmfhir-fhir.fhir.azurehealthcareapis.com"', "",
        "$body = @{ grant_type = 'client_credentials'; client_id = $clientId; client_secret = %s; scope = \"$fhirUrl/.default\" }" % v,
        '$tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body',
        'Invoke-RestMethod -Uri "$fhirUrl/Patient?_count=5" -Headers @{ Authorization = "Bearer $($tok.access_token)" }')


def t_sh_stedi_curl(r, s, conv):
    path = r.choice(["scripts/test-eligibility.sh", "bin/stedi-smoke.sh"])
    hv = s.value if s.mode != "envref" else "${STEDI_API_KEY}"
    return path, J(
        "#!/usr/bin/env bash", "set -euo pipefail", "",
        "curl -sS https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3 \\",
        "  -H \"Authorization: %s\" \\" % hv, "  -H 'Content-Type: application/json' \\",
        "  -d @- <<'JSON' | jq '.benefitsInformation | length'",
        '{"controlNumber":"%s","tradingPartnerServiceId":"%s",' % (digits(r, 9), payer(r)[1]),
        ' "provider":{"organizationName":"%s","npi":"%s"},' % (org(r), npi(r)),
        ' "subscriber":{"memberId":"%s","firstName":"%s","lastName":"%s","dateOfBirth":"19%02d%02d%02d"}}' % (
            member_id(r), person(r)[0], person(r)[1], r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)), "JSON")


def t_sh_sshpass(r, s, conv):
    path = r.choice(["scripts/upload_837.sh", "cron/push-claims.sh"])
    pw = "'%s'" % s.value if s.mode != "envref" else s.q("sh")
    return path, J(
        "#!/bin/sh", "# nightly 837 push to clearinghouse", "OUT=/srv/edi/outbound/837", "",
        "cd \"$OUT\" || exit 1", "for f in *.837; do", "  [ -e \"$f\" ] || continue",
        "  sshpass -p %s sftp -oBatchMode=no -b - oa%s@ftp10.officeally.com <<EOF" % (pw, digits(r, 6)),
        "put $f /inbound/", "EOF", "  mv \"$f\" ../sent/", "done")


def t_sh_export(r, s, conv):
    k = nm(r, conv, "PVERIFY_CLIENT_SECRET", ["PV_K", "VENDOR_TOKEN_2"])
    path = r.choice(["scripts/env.sh", "deploy/setenv.sh", "tools/dev-env.sh"])
    return path, J(
        "#!/usr/bin/env bash", "# source me before running the eligibility worker",
        "export PVERIFY_CLIENT_ID=%s" % uuid4(r), ("export %s='%s'" if s.mode != "envref" else 'export %s="%s"') % (k, s.raw("sh")),
        "export PVERIFY_BASE_URL=https://api.pverify.com", "export ELIG_WORKERS=4")


def sqlv(s):
    return s.raw("sql") if s.mode == "envref" else "'%s'" % s.value


def t_sql_seed(r, s, conv):
    path = r.choice(["db/seed/002_clearinghouse_accounts.sql", "migrations/V14__seed_partner_credentials.sql"])
    return path, J(
        "-- trading partner connection settings",
        "INSERT INTO clearinghouse_account (partner_code, host, port, username, password, active)",
        "VALUES ('%s', 'sftp.%s.com', 22, 'rcm%s', %s, true);" % (
            r.choice(["APEX", "WAYSTAR", "TRIZETTO"]), r.choice(["apexedi", "waystar", "gatewayedi"]), digits(r, 5), sqlv(s)),
        "", "INSERT INTO payer (payer_id, name, clearinghouse) VALUES",
        "  ('%s', '%s', 'APEX')," % payer(r)[::-1], "  ('%s', '%s', 'APEX');" % payer(r)[::-1])


def t_sql_create_user(r, s, conv):
    path = r.choice(["db/init/01_roles.sql", "sql/bootstrap_users.sql"])
    return path, J(
        "CREATE ROLE rcm_readonly;", "GRANT CONNECT ON DATABASE claims TO rcm_readonly;",
        "CREATE USER claims_etl WITH PASSWORD %s;" % sqlv(s),
        "GRANT rcm_readonly TO claims_etl;", "ALTER ROLE claims_etl SET statement_timeout = '5min';")


def t_md_runbook(r, s, conv):
    path = r.choice(["docs/runbooks/waystar-sftp.md", "docs/clearinghouse-setup.md", "wiki/Waystar.md"])
    return path, J(
        "# Waystar SFTP runbook", "", "Batch 837 files are pushed every 15 minutes by `edi-push`.", "",
        "## Connection", "", "| Setting | Value |", "|---|---|", "| Host | sftp.waystar.com |", "| Port | 22 |",
        "| User | ws%s |" % digits(r, 6), "| Password | `%s` |" % s.raw("md"), "| Remote dir | /inbound/837 |", "",
        "## When a 999 rejects", "", "1. Pull the 999 from `/outbound/999`.", "2. Check AK5/IK5 codes.",
        "3. Re-queue the batch with `edi-push --resend <ISA13>`.")


def t_md_readme(r, s, conv):
    path = r.choice(["README.md", "docs/claimmd-integration.md", "services/claims/README.md"])
    return path, J(
        "# claims-submitter", "", "Uploads 837P batches to Claim.MD and polls responses.", "", "## Quick start", "",
        "```bash", "pip install -r requirements.txt",
        "python -m submitter --account-key %s --file out/batch.837" % (s.raw("md") or "''"), "```", "",
        "Responses are polled from `/services/response/` using the last `ResponseID`.")


def t_tf_rds(r, s, conv):
    path = r.choice(["infra/terraform/rds.tf", "terraform/modules/claims-db/main.tf"])
    pw = '"%s"' % s.value if s.mode != "envref" else s.q("tf")
    return path, J(
        'resource "aws_db_instance" "claims" {', '  identifier              = "claims-prod"',
        '  engine                  = "postgres"', '  engine_version          = "16.3"',
        '  instance_class          = "db.r6g.large"', "  allocated_storage       = 200",
        '  username                = "claims_admin"', "  password                = %s" % pw,
        "  storage_encrypted       = true", '  kms_key_id              = "arn:aws:kms:us-east-1:%s:key/%s"' % (digits(r, 12), uuid4(r)),
        "  backup_retention_period = 14", "  deletion_protection     = true", "}")


def t_tf_kv(r, s, conv):
    path = r.choice(["infra/azure/keyvault.tf", "terraform/fhir/secrets.tf"])
    pw = '"%s"' % s.value if s.mode != "envref" else s.q("tf")
    return path, J(
        'resource "azurerm_key_vault_secret" "fhir_client_secret" {', '  name         = "fhir-loader-client-secret"',
        "  value        = %s" % pw, "  key_vault_id = azurerm_key_vault.rcm.id",
        '  content_type = "client-secret"', '  expiration_date = "%sT00:00:00Z"' % iso_date(r), "}", "",
        'resource "azurerm_healthcare_fhir_service" "rcm" {', '  name                = "rcmfhir"',
        '  location            = "eastus"', "  resource_group_name = azurerm_resource_group.rcm.name",
        '  kind                = "fhir-R4"', "}")


def t_dockerfile(r, s, conv):
    path = r.choice(["Dockerfile", "docker/eligibility/Dockerfile", "services/claims/Dockerfile"])
    k = nm(r, conv, "STEDI_API_KEY", ["ELIG_AUTH", "UPSTREAM_K"])
    v = s.raw("docker")
    return path, J(
        "FROM python:3.12-slim", "WORKDIR /app", "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .",
        "ENV STEDI_BASE_URL=https://healthcare.us.stedi.com/2024-04-01",
        "ENV %s=%s" % (k, v if v else '""'), "EXPOSE 8000",
        'CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "elig.app:app"]')


def t_ini(r, s, conv):
    k = nm(r, conv, "password", ["pw", "secret_value"])
    path = r.choice(["config/clearinghouse.ini", "etc/edi/partners.ini"])
    return path, J(
        "[general]", "outbound = /srv/edi/outbound", "archive = /srv/edi/archive", "",
        "[officeally]", "host = ftp10.officeally.com", "port = 22", "username = oa%s" % digits(r, 6),
        "%s = %s" % (k, s.raw("ini")), "remote_dir = /inbound", "", "[availity]", "enabled = false")


def t_toml(r, s, conv):
    k = nm(r, conv, "api_key", ["key", "token"])
    path = r.choice(["config.toml", "config/eligibility.toml"])
    return path, J(
        "[server]", 'bind = "0.0.0.0:8080"', "", "[eligible]", 'base_url = "https://gds.eligibleapi.com/v1.5"',
        '%s = "%s"' % (k, s.raw("toml")), "test = false", "", "[cache]", "ttl_seconds = 21600")


def t_dotenv(r, s, conv):
    path = r.choice([".env", "services/eligibility/.env"])
    return path, J(
        "APP_ENV=production", "LOG_LEVEL=info", "AVAILITY_CLIENT_ID=%s" % rs(r, 32, LOWER_ALNUM),
        "AVAILITY_CLIENT_SECRET=%s" % s.raw("env"), "AVAILITY_SCOPE=hipaa", "DEFAULT_PAYER_ID=%s" % payer(r)[1])


def t_dotenv_epic(r, s, conv):
    path = r.choice([".env.production", "apps/portal/.env.local"])
    return path, J(
        "NEXT_PUBLIC_EPIC_CLIENT_ID=%s" % uuid4(r), "EPIC_FHIR_BASE=https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4",
        "EPIC_CLIENT_SECRET=%s" % s.raw("env"), "SESSION_TTL=3600")


def t_webconfig(r, s, conv):
    path = r.choice(["src/Rcm.Web/Web.config", "LegacyBilling/App.config"])
    host = r.choice(HOSTS)
    return path, J(
        '<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <connectionStrings>",
        '    <add name="PracticeDb" providerName="System.Data.SqlClient"',
        '         connectionString="Data Source=%s;Initial Catalog=Practice;User ID=pm_app;Password=%s;Encrypt=True" />' % (host, s.raw("xml")),
        "  </connectionStrings>", "  <appSettings>", '    <add key="ClaimBatchSize" value="500" />',
        '    <add key="PayerListUrl" value="https://api.availity.com/availity/v1/payers" />', "  </appSettings>", "</configuration>")


def t_partner_xml(r, s, conv):
    path = r.choice(["config/trading-partners.xml", "edi/partners/apex.xml"])
    return path, J(
        '<?xml version="1.0"?>', "<tradingPartners>",
        '  <partner id="%s" name="Apex EDI" qualifier="ZZ">' % "APEXEDI",
        "    <isaSenderId>%s</isaSenderId>" % digits(r, 9), "    <transport type=\"sftp\">",
        "      <host>sftp.apexedi.com</host>", "      <user>apx%s</user>" % digits(r, 5),
        "      <secret>%s</secret>" % s.raw("xml"), "    </transport>", "  </partner>", "</tradingPartners>")


def t_keyfile_openssh(r, s, conv):
    path = r.choice(["deploy/keys/officeally_sftp", "ops/ssh/id_ed25519_apex", "secrets/sftp/waystar_ed25519"])
    if s.secret:
        return path, s.value + "\n"
    return path + ".md", J("# SFTP key", "", "The private key is stored at `%s`; it is never committed." % (s.raw("md") or "the vault"))


def t_keyfile_rsa(r, s, conv):
    path = r.choice(["secrets/epic-nonprod-private.pem", "config/keys/cerner_system.key", "certs/backend-signing.pem"])
    if s.secret:
        return path, s.value + "\n"
    return path + ".README", J("Signing key for Epic backend services.", "Location: %s" % (s.raw("md") or "(not in repo)"))


def t_keyfile_ec(r, s, conv):
    path = r.choice(["keys/es384-signing.pem", "config/jwt/es384.key"])
    if s.secret:
        return path, J("# ES384 key for SMART backend services client assertion", s.value)
    return path + ".txt", J("# ES384 key for SMART backend services client assertion", "# loaded at runtime from %s" % (s.raw("md") or "KMS"))


def t_csv_inventory(r, s, conv):
    path = r.choice(["ops/partner_credentials.csv", "docs/exports/connections.csv"])
    rows = ["partner,host,port,username,password,notes"]
    pos = r.randint(0, 2)
    others = [("availity", "not used - api"), ("claimmd", "api key in portal"), ("stedi", "api key")]
    for i in range(3):
        if i == pos:
            rows.append("waystar,sftp.waystar.com,22,ws%s,%s,nightly 837" % (digits(r, 6), s.raw("csv")))
        p, n = others[i]
        rows.append("%s,,,,,%s" % (p, n))
    return path, "\n".join(rows) + "\n"


def t_cs_pverify(r, s, conv):
    path = r.choice(["src/Rcm.Vendors/PVerify/PVerifyAuth.cs", "Eligibility/PVerifyTokenClient.cs"])
    v = nm(r, conv, "ClientSecret", ["Key2", "VendorValue"])
    return path, J(
        "using System.Net.Http;", "using System.Collections.Generic;", "", "namespace Rcm.Vendors.PVerify;", "",
        "public class PVerifyAuth", "{", '    private const string ClientId = "%s";' % uuid4(r),
        "    private static readonly string %s = %s;" % (v, s.q("cs")), "",
        "    public async Task<string> TokenAsync(HttpClient http)", "    {",
        "        var form = new FormUrlEncodedContent(new Dictionary<string, string> {",
        '            ["Client_Id"] = ClientId, ["client_secret"] = %s, ["grant_type"] = "client_credentials" });' % v,
        '        var res = await http.PostAsync("https://api.pverify.com/Token", form);',
        "        return await res.Content.ReadAsStringAsync();", "    }", "}")


def t_py_drfirst(r, s, conv):
    path = r.choice(["erx/rcopia_client.py", "integrations/drfirst/rcopia.py"])
    v = nm(r, conv, "RCOPIA_VENDOR_PASSWORD", ["_vpw", "VENDOR_SEC"])
    return path, J(
        '"""DrFirst Rcopia engine calls (vendor credentials)."""', "import hashlib", "import urllib.parse", "",
        'RCOPIA_URL = "https://engine201.drfirst.com/servlet/rcopia.servlet.EngineServlet"',
        'VENDOR_NAME = "vendor%s"' % digits(r, 5), "%s = %s" % (v, s.q("py")), "", "",
        "def signed_query(xml):",
        '    qs = urllib.parse.urlencode({"xml": xml, "vendor_name": VENDOR_NAME, "password": %s})' % v,
        "    return RCOPIA_URL + '?' + qs")


def t_go_cerner(r, s, conv):
    path = r.choice(["internal/cerner/client.go", "pkg/ehr/cerner.go"])
    v = nm(r, conv, "cernerClientSecret", ["sysVal", "credB"])
    rhs = '"%s"' % s.value if s.mode != "envref" else 'os.Getenv("%s")' % s.env
    return path, J(
        "package cerner", "", "import (", '\t"context"', '\t"os"', "", '\t"golang.org/x/oauth2/clientcredentials"', ")", "",
        "var _ = os.Getenv", "",
        "const cernerClientID = \"%s\"" % uuid4(r), "", "var %s = %s" % (v, rhs), "",
        "func Config(tenant string) *clientcredentials.Config {", "\treturn &clientcredentials.Config{",
        "\t\tClientID:     cernerClientID,", "\t\tClientSecret: %s," % v,
        '\t\tTokenURL:     "https://authorization.cerner.com/tenants/" + tenant + "/protocols/oauth2/profiles/smart-v1/token",',
        '\t\tScopes:       []string{"system/Patient.read", "system/Coverage.read"},', "\t}", "}", "",
        "func Token(ctx context.Context, tenant string) (string, error) {",
        "\tt, err := Config(tenant).Token(ctx)", "\tif err != nil {", '\t\treturn "", err', "\t}",
        "\treturn t.AccessToken, nil", "}")


def t_yaml_bluebutton(r, s, conv):
    path = r.choice(["config/bluebutton.yml", "deploy/bb2-config.yaml"])
    k = nm(r, conv, "client_secret", ["secret", "value"])
    return path, J(
        "bluebutton:", "  environment: PRODUCTION", "  version: 2", "  base_url: https://api.bluebutton.cms.gov",
        "  client_id: %s" % rs_mixed(r, 40), "  %s: %s" % (k, s.raw("yamlu")),
        "  callback_url: https://app.%s.com/bb2/callback" % r.choice(["medicarecompare", "claimview"]),
        "  token_refresh_on_expire: true")


def t_json_waystar(r, s, conv):
    path = r.choice(["integrations/waystar/credentials.json", "config/waystar.json"])
    k = nm(r, conv, "clientSecret", ["secret", "k"])
    return path, json.dumps({"environment": "production", "clientId": "rcm-%s" % digits(r, 6), k: s.raw("json"),
                             "submitterId": digits(r, 7), "endpoints": {"claims": "https://api.waystar.com/claims",
                                                                        "status": "https://api.waystar.com/claimstatus"}}, indent=2) + "\n"


def t_log_mirth(r, s, conv):
    T = ts_seq(r, 40)
    path = r.choice(["logs/mirth.log", "var/log/mirthconnect/mirth.log"])
    lines = []
    for _ in range(r.randint(2, 5)):
        lines.append(" INFO %s [Channel Dispatch Thread on IN ADT (%s)] channel: processed message %d" % (next(T), uuid4(r), r.randint(1000, 99999)))
    lines.append("ERROR %s [Database Reader Polling Thread] db-connector: Failed to connect jdbc:sqlserver://%s:1433;databaseName=PracticeMgmt;user=mirth_reader;password=%s" % (
        next(T), r.choice(HOSTS), s.raw("log")))
    for _ in range(r.randint(1, 3)):
        lines.append(" WARN %s [pool-3-thread-1] engine: retrying connector in 10000 ms" % next(T))
    return path, "\n".join(lines) + "\n"


def t_url_conn(r, s, conv):
    path = r.choice(["config/database.yml", "deploy/worker.yaml"])
    host = r.choice(HOSTS)
    if s.mode == "envref":
        url = "${DATABASE_URL}"
    else:
        url = "postgresql://rcm_worker:%s@%s:5432/remits" % (s.value, host)
    return path, J("worker:", "  queue: remits-835", "  concurrency: 4", "database:", '  url: "%s"' % url, "  pool: 10")


# ================================================================ negative look-alike templates
# Each takes (r) and returns (relpath, text, provider, kind).

def n_npi_csv(r):
    rows = ["npi,last_name,first_name,taxonomy,tin,state"]
    for _ in range(r.randint(6, 14)):
        f, l = person(r)
        rows.append("%s,%s,%s,%s,%s,%s" % (npi(r), l, f, r.choice(["207Q00000X", "208D00000X", "363LF0000X", "207R00000X"]),
                                           ein(r).replace("-", ""), r.choice(CITIES)[1]))
    return r.choice(["data/providers.csv", "seed/rendering_providers.csv"]), "\n".join(rows) + "\n", "none", "npi"


def n_x12_837(r):
    ctrl = digits(r, 9)
    txt = "\n".join([isa(r, "00", "          ", "SUB" + digits(r, 6), r.choice(["OFFALLY", "AVAILITY", "CLAIMMD"]), ctrl, r.choice("PT"))]
                    + x12_837_body(r, ctrl) + ["IEA*1*%s~" % ctrl]) + "\n"
    return r.choice(["edi/samples/837P_%s.x12" % ctrl, "test/fixtures/claim_%s.837" % ctrl[-4:]]), txt, "x12-submitter", "isa-control-number"


def n_x12_270(r):
    ctrl = digits(r, 9)
    f, l = person(r)
    pn, pid = payer(r)
    seg = [isa(r, "00", "          ", "SUB" + digits(r, 6), "PAYER" + digits(r, 4), ctrl, "T"),
           "GS*HS*SENDER*RECEIVER*%s*1200*%d*X*005010X279A1~" % (ccyymmdd(r), int(ctrl) % 100000),
           "ST*270*0001*005010X279A1~", "BHT*0022*13*%s*%s*1200~" % (rs(r, 10, UPPER_ALNUM), ccyymmdd(r)),
           "HL*1**20*1~", "NM1*PR*2*%s*****PI*%s~" % (pn.upper(), pid), "HL*2*1*21*1~",
           "NM1*1P*2*%s*****XX*%s~" % (org(r).upper(), npi(r)), "HL*3*2*22*0~",
           "TRN*1*%s*9%s~" % (digits(r, 12), digits(r, 9)),
           "NM1*IL*1*%s*%s****MI*%s~" % (l.upper(), f.upper(), member_id(r)),
           "DMG*D8*19%02d0101~" % r.randint(40, 99), "DTP*291*D8*%s~" % ccyymmdd(r), "EQ*30~", "SE*13*0001~",
           "GE*1*%d~" % (int(ctrl) % 100000), "IEA*1*%s~" % ctrl]
    return r.choice(["edi/270/request_%s.edi" % ctrl[-6:], "tests/data/270_sample.x12"]), "\n".join(seg) + "\n", "x12-submitter", "member-id"


def n_x12_835(r):
    ctrl = digits(r, 9)
    pn, pid = payer(r)
    seg = [isa(r, "00", "          ", pid.ljust(6, "0"), "SUB" + digits(r, 6), ctrl),
           "GS*HP*%s*RECEIVER*%s*0930*%d*X*005010X221A1~" % (pid, ccyymmdd(r), int(ctrl) % 10000),
           "ST*835*1001~", "BPR*I*%d.%02d*C*ACH*CCP*01*%s*DA*%s*%s**01*%s*DA*%s*%s~" % (
               r.randint(100, 20000), r.randint(0, 99), digits(r, 9), digits(r, 10), digits(r, 10), digits(r, 9), digits(r, 10), ccyymmdd(r)),
           "TRN*1*%s*1%s~" % (digits(r, 15), digits(r, 9)), "N1*PR*%s~" % pn.upper(), "N1*PE*%s*XX*%s~" % (org(r).upper(), npi(r))]
    for _ in range(r.randint(2, 5)):
        seg += ["CLP*%s*1*%d*%d*%d*12*%s*11*1~" % (rs(r, 10, UPPER_ALNUM), r.randint(100, 900), r.randint(50, 500), r.randint(0, 80), claim_no(r)),
                "CAS*CO*45*%d.00~" % r.randint(5, 200), "NM1*QC*1*%s*%s****MI*%s~" % (person(r)[1].upper(), person(r)[0].upper(), member_id(r))]
    seg += ["SE*%d*1001~" % (len(seg) - 1), "GE*1*%d~" % (int(ctrl) % 10000), "IEA*1*%s~" % ctrl]
    return r.choice(["edi/inbound/835/era_%s.835" % ctrl[-6:], "remits/%s.835" % ccyymmdd(r)]), "\n".join(seg) + "\n", "x12-submitter", "claim-number"


def hl7_msh(r, typ):
    return "MSH|^~\\&|EPIC|%s|RCM|BILLING|%s%02d%02d||%s|%s|P|2.5.1" % (
        r.choice(["LAKESIDE", "SUMMIT", "NORTHGATE"]), ccyymmdd(r), r.randint(0, 23), r.randint(0, 59), typ, digits(r, 12))


def n_hl7_adt(r):
    f, l = person(r)
    pn, pid = payer(r)
    segs = [hl7_msh(r, "ADT^A04^ADT_A01"), "EVN|A04|%s" % ccyymmdd(r),
            "PID|1||%s^^^MRN^MR~%s^^^SSA^SS||%s^%s||19%02d%02d%02d|%s" % (digits(r, 8), "XXX-XX-" + digits(r, 4), l.upper(), f.upper(), r.randint(40, 99), r.randint(1, 12), r.randint(1, 28), r.choice("MF")),
            "PV1|1|O|CLINIC^^^%s||||%s^%s^%s" % (rs(r, 4, string.ascii_uppercase), npi(r), person(r)[1], person(r)[0]),
            "IN1|1|%s|%s|%s||||%s|||||||%s^%s|18|||||||||||||||||||%s" % (rs(r, 6, UPPER_ALNUM), pid, pn, digits(r, 6), l.upper(), f.upper(), member_id(r))]
    return r.choice(["interfaces/samples/adt_a04_%s.hl7" % digits(r, 4), "test/hl7/ADT_A04.hl7"]), "\r\n".join(segs) + "\r\n", "none", "hl7-control-id"


def n_hl7_oru(r):
    segs = [hl7_msh(r, "ORU^R01^ORU_R01"), "PID|1||%s^^^MRN^MR||%s^%s" % (digits(r, 8), person(r)[1].upper(), person(r)[0].upper()),
            "OBR|1|%s|%s|80053^COMPREHENSIVE METABOLIC PANEL^CPT" % (digits(r, 10), digits(r, 10))]
    for i, (code, name, unit) in enumerate([("2345-7", "Glucose", "mg/dL"), ("2160-0", "Creatinine", "mg/dL"), ("2951-2", "Sodium", "mmol/L")]):
        segs.append("OBX|%d|NM|%s^%s^LN||%d|%s|||||F" % (i + 1, code, name, r.randint(1, 150), unit))
    return r.choice(["interfaces/samples/oru_r01.hl7", "fixtures/hl7/lab_result_%s.hl7" % digits(r, 3)]), "\r".join(segs) + "\r", "none", "hl7-control-id"


def n_hl7_mdm_b64(r):
    pdf = base64.b64encode(b"%PDF-1.4\n" + rbytes(r, r.randint(300, 600))).decode()
    segs = [hl7_msh(r, "MDM^T02^MDM_T02"), "PID|1||%s^^^MRN^MR||%s^%s" % (digits(r, 8), person(r)[1].upper(), person(r)[0].upper()),
            "TXA|1|CN|AP|%s||||||||%s||||||AU" % (ccyymmdd(r), digits(r, 10)),
            "OBX|1|ED|PDF^Claim Attachment||^AP^PDF^Base64^%s||||||F" % pdf]
    return r.choice(["interfaces/samples/mdm_t02_attachment.hl7", "test/hl7/attachment.hl7"]), "\r".join(segs) + "\r", "none", "base64-attachment"


def n_fhir_patient(r):
    f, l = person(r)
    pid = r.choice(["e", "T", "eR"]) + b64u(r, 18)
    res = {"resourceType": "Patient", "id": pid, "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": iso_ts(r)},
           "identifier": [{"use": "usual", "type": {"text": "MRN"}, "system": "urn:oid:1.2.840.114350.1.13.%d.2.7.5.737384.14" % r.randint(100, 999), "value": digits(r, 8)},
                          {"system": "http://hl7.org/fhir/sid/us-mbi", "value": mbi(r)}],
           "name": [{"family": l, "given": [f]}], "gender": r.choice(["male", "female"]), "birthDate": "19%02d-%02d-%02d" % (r.randint(40, 99), r.randint(1, 12), r.randint(1, 28))}
    return r.choice(["fhir/examples/Patient-%s.json" % pid[:8], "test/fixtures/fhir/patient.json"]), json.dumps(res, indent=2) + "\n", "epic", "fhir-resource-id"


def n_fhir_coverage(r):
    pn, pid = payer(r)
    res = {"resourceType": "Coverage", "id": uuid4(r), "status": "active", "subscriberId": member_id(r),
           "beneficiary": {"reference": "Patient/%s" % uuid4(r)}, "relationship": {"coding": [{"code": "self"}]},
           "payor": [{"identifier": {"system": "http://hl7.org/fhir/sid/payer-id", "value": pid}, "display": pn}],
           "class": [{"type": {"coding": [{"code": "group"}]}, "value": digits(r, 7)},
                     {"type": {"coding": [{"code": "plan"}]}, "value": rs(r, 8, UPPER_ALNUM)}]}
    return r.choice(["fhir/examples/coverage.json", "seed/fhir/Coverage-%s.json" % digits(r, 4)]), json.dumps(res, indent=2) + "\n", "none", "member-id"


def n_fhir_eob(r):
    cid = "carrier--%s" % digits(r, 11)
    res = {"resourceType": "ExplanationOfBenefit", "id": cid, "status": "active",
           "identifier": [{"system": "https://bluebutton.cms.gov/resources/variables/clm_id", "value": "-%s" % digits(r, 11)},
                          {"system": "https://bluebutton.cms.gov/resources/identifier/claim-group", "value": digits(r, 12)}],
           "patient": {"reference": "Patient/-%s" % digits(r, 11)}, "provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(r)}},
           "total": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": r.randint(50, 900), "currency": "USD"}}]}
    return r.choice(["test/fixtures/bb2/eob.json", "samples/bluebutton/ExplanationOfBenefit-%s.json" % digits(r, 4)]), json.dumps(res, indent=2) + "\n", "cms-bluebutton", "claim-number"


def n_fhir_bundle(r):
    entries = []
    for _ in range(r.randint(2, 4)):
        u = uuid4(r)
        entries.append({"fullUrl": "urn:uuid:%s" % u, "resource": {"resourceType": "Claim", "id": u, "status": "active",
                        "use": "claim", "provider": {"identifier": {"value": npi(r)}},
                        "insurance": [{"sequence": 1, "focal": True, "identifier": {"value": claim_no(r)}}]},
                        "request": {"method": "POST", "url": "Claim"}})
    return r.choice(["fhir/bundles/claims-transaction.json", "test/data/bundle_%s.json" % digits(r, 4)]), json.dumps(
        {"resourceType": "Bundle", "id": uuid4(r), "type": "transaction", "entry": entries}, indent=2) + "\n", "hapi-fhir", "uuid"


def n_jwks_public(r):
    keys = [{"kty": "RSA", "kid": "rcm-%s" % digits(r, 4), "use": "sig", "alg": "RS384", "n": b64u(r, 256), "e": "AQAB"}]
    if r.random() < 0.5:
        keys.append({"kty": "EC", "kid": "rcm-ec-%s" % digits(r, 3), "use": "sig", "alg": "ES384", "crv": "P-384",
                     "x": b64u(r, 48), "y": b64u(r, 48)})
    return r.choice(["public/.well-known/jwks.json", "static/jwks.json", "config/epic/jwks-public.json"]), json.dumps({"keys": keys}, indent=2) + "\n", "epic", "public-jwks"


def n_smart_config(r):
    base = "https://fhir.%s.org/R4" % r.choice(["lakeside", "summit"])
    doc = {"issuer": base, "jwks_uri": base + "/.well-known/jwks.json", "authorization_endpoint": base + "/oauth2/authorize",
           "token_endpoint": base + "/oauth2/token", "token_endpoint_auth_methods_supported": ["private_key_jwt", "client_secret_basic"],
           "token_endpoint_auth_signing_alg_values_supported": ["RS384", "ES384"], "grant_types_supported": ["authorization_code", "client_credentials"],
           "scopes_supported": ["openid", "fhirUser", "launch", "offline_access", "system/*.read"],
           "capabilities": ["launch-ehr", "client-confidential-asymmetric", "context-ehr-patient"]}
    return "public/.well-known/smart-configuration", json.dumps(doc, indent=2) + "\n", "none", "public-metadata"


def n_epic_clientids(r):
    return r.choice(["config/epic.yaml", "deploy/epic-app.yml"]), J(
        "epic:", "  # client ids are public identifiers assigned by Epic on FHIR",
        "  non_production_client_id: %s" % uuid4(r), "  production_client_id: %s" % uuid4(r),
        "  jwks_url: https://app.%s.com/.well-known/jwks.json" % r.choice(["claimpilot", "revcycle"]),
        "  fhir_base: https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4",
        "  signing_alg: RS384", "  key_id: rcm-%s" % digits(r, 4)), "epic", "public-client-id"


def n_epic_sandbox_md(r):
    return r.choice(["docs/epic-sandbox.md", "docs/testing/epic.md"]), J(
        "# Epic sandbox test data", "", "Public sandbox patients used by the integration tests:", "",
        "| Patient | FHIR ID |", "|---|---|", "| Camila Lopez | erXuFYUfucBZaryVksYEcMg3 |",
        "| Derrick Lin | eq081-VQEgP8drUUqCWzHfw3 |", "| Elijah Davis | egqBHVfQlt4Bw3XGXoxVxHg3 |", "",
        "Our non-production client id is `%s` (public)." % uuid4(r), "The signing key is loaded from the KMS at runtime."), "epic", "fhir-resource-id"


def n_py_npi(r):
    vals = [npi(r) for _ in range(4)]
    return r.choice(["rcm/validators/npi.py", "lib/identifiers.py"]), J(
        '"""NPI validation: Luhn over the 80840-prefixed number."""', "", "",
        "def npi_is_valid(npi: str) -> bool:", "    if len(npi) != 10 or not npi.isdigit() or npi[0] not in \"12\":",
        "        return False", "    total = 24  # constant for the 80840 prefix", "    for i, ch in enumerate(reversed(npi[:-1])):",
        "        d = int(ch) * (2 if i % 2 == 0 else 1)", "        total += d - 9 if d > 9 else d",
        "    return (10 - total % 10) % 10 == int(npi[-1])", "", "",
        "KNOWN_GOOD = [", *['    "%s",' % v for v in vals], "]"), "none", "npi"


def n_java_partners(r):
    rows = []
    for name, pid in r.sample(PAYERS, 5):
        rows.append('    %s("%s", "%s", "%s"),' % (name.upper().replace(" ", "_").replace("-", "_"), pid, digits(r, 9), rs(r, 15, UPPER_ALNUM)))
    rows[-1] = rows[-1][:-1] + ";"
    return r.choice(["src/main/java/com/rcm/edi/TradingPartner.java"]), J(
        "package com.rcm.edi;", "", "public enum TradingPartner {", *rows, "",
        "    public final String payerId, isaReceiverId, etin;",
        "    TradingPartner(String payerId, String isaReceiverId, String etin) {",
        "        this.payerId = payerId; this.isaReceiverId = isaReceiverId; this.etin = etin;", "    }", "}"), "none", "trading-partner-id"


def n_cs_carc(r):
    codes = [("CO45", "Charge exceeds fee schedule"), ("CO97", "Bundled"), ("PR1", "Deductible"), ("PR2", "Coinsurance"),
             ("CO16", "Missing information"), ("OA23", "Prior payer adjudication")]
    return r.choice(["src/Rcm.Remits/AdjustmentCodes.cs"]), J(
        "namespace Rcm.Remits;", "", "public static class AdjustmentCodes", "{",
        "    public static readonly IReadOnlyDictionary<string, string> Carc = new Dictionary<string, string>", "    {",
        *['        ["%s"] = "%s",' % c for c in codes], "    };", "",
        '    public const string SchemaHash = "%s";' % sha256hex(r), "}"), "none", "digest"


def n_ts_payers(r):
    rows = ['  { payerId: "%s", name: "%s", stediId: "%s", availityId: "%s" },' % (pid, n, rs(r, 5, UPPER_ALNUM), pid) for n, pid in r.sample(PAYERS, 5)]
    return r.choice(["src/data/payers.ts", "packages/core/src/payerDirectory.ts"]), J(
        "export interface Payer { payerId: string; name: string; stediId: string; availityId: string }", "",
        "export const PAYERS: Payer[] = [", *rows, "];"), "none", "trading-partner-id"


def n_sql_schema(r):
    rows = ["  ('%s', '%s', '%s', '%s')," % (pid, n.replace("'", ""), digits(r, 9), uuid4(r)) for n, pid in r.sample(PAYERS, 4)]
    rows[-1] = rows[-1][:-1] + ";"
    return r.choice(["db/migrations/V3__payers.sql", "sql/schema/payers.sql"]), J(
        "CREATE TABLE payer (", "  payer_id     VARCHAR(10) PRIMARY KEY,", "  name         TEXT NOT NULL,",
        "  isa_receiver VARCHAR(15),", "  external_ref UUID", ");", "",
        "INSERT INTO payer (payer_id, name, isa_receiver, external_ref) VALUES", *rows), "none", "trading-partner-id"


def n_sql_claims(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("  ('%s', '%s', '%s', '%s', %d.%02d, '%s')," % (rs(r, 10, UPPER_ALNUM), claim_no(r), npi(r), member_id(r), r.randint(50, 999), r.randint(0, 99), sha256hex(r)))
    rows[-1] = rows[-1][:-1] + ";"
    return r.choice(["db/fixtures/claims.sql", "tests/sql/seed_claims.sql"]), J(
        "INSERT INTO claim (patient_control_no, payer_claim_no, billing_npi, member_id, billed, edi_sha256) VALUES", *rows), "none", "claim-number"


def n_log_acks(r):
    T = ts_seq(r, 40)
    lines = []
    for _ in range(r.randint(6, 12)):
        lines.append("%s INFO  [ack-poller] 999 accepted ISA13=%s GS06=%d ST02=%04d trace=%s" % (next(T), digits(r, 9), r.randint(1, 99999), r.randint(1, 9999), uuid4(r)))
        if r.random() < 0.3:
            lines.append("%s WARN  [ack-poller] 277CA rejected claim=%s payerClaimNo=%s code=A7:562" % (next(T), rs(r, 10, UPPER_ALNUM), claim_no(r)))
    return r.choice(["logs/ack-poller.log", "var/log/edi/acks.log"]), "\n".join(lines) + "\n", "x12-submitter", "isa-control-number"


def n_log_api(r):
    T = ts_seq(r, 40, True)
    lines = []
    for _ in range(r.randint(6, 12)):
        lines.append('{"ts":"%s","level":"info","msg":"eligibility response","requestId":"%s","memberHash":"%s","payer":"%s","ms":%d}' % (
            next(T), uuid4(r), sha256hex(r), payer(r)[1], r.randint(80, 3000)))
    return r.choice(["logs/eligibility.jsonl", "var/log/elig/api.log"]), "\n".join(lines) + "\n", "stedi", "digest"


def n_yaml_routing(r):
    rows = []
    for n, pid in r.sample(PAYERS, 4):
        rows += ["  - payer_id: \"%s\"" % pid, "    name: %s" % n, "    route: %s" % r.choice(["availity", "stedi", "officeally"]),
                 "    isa_qualifier: ZZ", "    isa_receiver: \"%s\"" % digits(r, 9)]
    return r.choice(["config/payer-routing.yaml", "deploy/routing.yml"]), J("routes:", *rows), "none", "trading-partner-id"


def n_known_hosts(r):
    lines = []
    for h in ["ftp10.officeally.com", "sftp.apexedi.com", "sftp.waystar.com"]:
        lines.append("%s %s" % (h, ssh_ed25519_pub(r, "").strip()))
    return r.choice(["deploy/ssh/known_hosts", "ops/known_hosts"]), "\n".join(lines) + "\n", "office-ally", "ssh-public-key"


def n_authorized_keys(r):
    lines = [ssh_rsa_pub(r, "edi@batch01"), ssh_ed25519_pub(r, "%s@laptop" % person(r)[0].lower())]
    return r.choice(["deploy/ssh/authorized_keys", "infra/users/edi.pub"]), "\n".join(lines) + "\n", "none", "ssh-public-key"


def n_cert(r):
    return r.choice(["certs/surescripts-staging-client.crt", "config/tls/payer-gateway.pem", "certs/epic-public.cer"]), cert_pem(r) + "\n", "surescripts", "x509-certificate"


def n_pkg_lock(r):
    deps = {}
    for name, ver in [("axios", "1.6.8"), ("jose", "5.2.3"), ("ssh2-sftp-client", "10.0.3"), ("fhirclient", "2.5.2")]:
        deps["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                        "integrity": "sha512-" + b64s(r, 64)}
    return "package-lock.json", json.dumps({"name": "eligibility-svc", "lockfileVersion": 3, "packages": deps}, indent=2) + "\n", "none", "digest"


def n_sha256sums(r):
    lines = ["%s  837P_%s.x12" % (sha256hex(r), digits(r, 9)) for _ in range(r.randint(3, 7))]
    return r.choice(["edi/outbound/SHA256SUMS", "archive/2024/checksums.txt"]), "\n".join(lines) + "\n", "none", "digest"


def n_md_onboarding(r):
    return r.choice(["docs/onboarding/clearinghouse.md", "docs/enrollment.md"]), J(
        "# Clearinghouse enrollment", "", "- Submitter ID (ETIN): `%s`" % digits(r, 7), "- Group NPI: `%s`" % npi(r),
        "- Federal Tax ID: `%s`" % ein(r), "- ISA sender: `ZZ*%s`" % rs(r, 12, UPPER_ALNUM),
        "- Availity customer id: `%s`" % digits(r, 6), "", "Credentials are issued per user in the portal and kept in the vault;",
        "never paste them in tickets."), "availity", "trading-partner-id"


def n_props_plain(r):
    return r.choice(["src/main/resources/application-defaults.properties", "config/worker.properties"]), J(
        "eligibility.cache.ttl=PT6H", "eligibility.default.service.type=30", "claims.batch.max=2000",
        "claims.isa.sender=%s" % digits(r, 9), "claims.schema.sha256=%s" % sha256hex(r),
        "build.commit=%s" % gitsha(r), "tenant.id=%s" % uuid4(r)), "none", "digest"


def n_mirth_listener(r):
    body = J("  <sourceConnector version=\"4.4.2\">", "    <name>sourceConnector</name>",
             '    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="4.4.2">',
             "      <listenerConnectorProperties><host>0.0.0.0</host><port>%d</port></listenerConnectorProperties>" % r.randint(6600, 6699),
             "      <transmissionModeProperties class=\"com.mirth.connect.plugins.mllpmode.MLLPModeProperties\">",
             "        <startOfMessageBytes>0B</startOfMessageBytes><endOfMessageBytes>1C0D</endOfMessageBytes>",
             "      </transmissionModeProperties>", "    </properties>", "  </sourceConnector>")
    return r.choice(["mirth/channels/IN_ADT_MLLP.xml", "channels/adt_listener.xml"]), mirth_wrap(r, "IN ADT MLLP", body), "mirth", "uuid"


def n_mirth_b64(r):
    return r.choice(["mirth/code-templates/attachments.js"]), J(
        "// decode base64 PDF from OBX-5 and write to the attachments share",
        "function saveAttachment(b64, name) {",
        "    var bytes = FileUtil.decode(b64);",
        "    FileUtil.write('/mnt/attachments/' + name + '.pdf', false, bytes);", "}", "",
        "// sample header used by tests: %s" % base64.b64encode(b"%PDF-1.7\n" + rbytes(r, 40)).decode()), "mirth", "base64-attachment"


def n_csv_mbi(r):
    rows = ["mbi,claim_control_number,dos,paid"]
    for _ in range(r.randint(5, 10)):
        rows.append("%s,%s,%s,%d.%02d" % (mbi(r), claim_no(r), iso_date(r), r.randint(10, 800), r.randint(0, 99)))
    return r.choice(["reports/medicare_paid.csv", "exports/mcr_claims_%s.csv" % ccyymmdd(r)]), "\n".join(rows) + "\n", "cms-bluebutton", "member-id"


def n_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(4, 7)):
        lines.append("- %s fix 277CA parsing for payer %s (%s)" % (gitsha(r)[:r.choice([7, 40])], payer(r)[1], iso_date(r)))
    return "CHANGELOG.md", "\n".join(lines) + "\n", "none", "git-sha"


def n_tf_ids(r):
    acct = digits(r, 12)
    return r.choice(["infra/terraform/healthlake.tf", "terraform/healthlake/main.tf"]), J(
        'resource "aws_healthlake_fhir_datastore" "claims" {', '  datastore_name         = "claims-r4"',
        '  datastore_type_version = "R4"', "  sse_configuration {", "    kms_encryption_config {",
        '      cmk_type   = "CUSTOMER_MANAGED_KMS_KEY"', '      kms_key_id = "arn:aws:kms:us-east-1:%s:key/%s"' % (acct, uuid4(r)),
        "    }", "  }", "}", "", 'data "aws_iam_role" "export" { name = "HealthLakeExportRole" }',
        '# datastore id in prod: %s' % rs(r, 32, HEXL)), "aws-healthlake", "resource-id"


def n_compose_digest(r):
    return r.choice(["docker-compose.prod.yml", "deploy/compose.yaml"]), J(
        "services:", "  mirth:", "    image: nextgenhealthcare/connect@sha256:%s" % sha256hex(r),
        "    environment:", "      DATABASE: postgres", "      DATABASE_URL: jdbc:postgresql://db:5432/mirthdb",
        "      DATABASE_USERNAME: mirth", "      DATABASE_PASSWORD_FILE: /run/secrets/mirth_db_password",
        "    secrets: [mirth_db_password]", "secrets:", "  mirth_db_password:", "    external: true"), "mirth", "digest"


def n_jwt_claims_doc(r):
    cid = uuid4(r)
    return r.choice(["docs/backend-auth.md", "docs/epic/jwt.md"]), J(
        "# Client assertion", "", "Header:", "", "```json", json.dumps({"alg": "RS384", "typ": "JWT", "kid": "rcm-%s" % digits(r, 4)}), "```", "",
        "Claims:", "", "```json", json.dumps({"iss": cid, "sub": cid, "aud": "https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token",
                                              "jti": uuid4(r), "exp": 1700000000 + r.randint(0, 10**8)}, indent=2), "```", "",
        "The private key never leaves the KMS; the public half is served at `/.well-known/jwks.json`."), "epic", "public-client-id"


def n_gha_refs(r):
    return r.choice([".github/workflows/eligibility-e2e.yml", ".github/workflows/nightly.yml"]), J(
        "name: eligibility-e2e", "on: { schedule: [{ cron: '0 6 * * *' }] }", "jobs:", "  e2e:", "    runs-on: ubuntu-latest",
        "    env:", "      STEDI_API_KEY: ${{ secrets.STEDI_TEST_KEY }}", "      AVAILITY_CLIENT_SECRET: ${{ secrets.AVAILITY_CLIENT_SECRET }}",
        "      PAYER_ID: \"%s\"" % payer(r)[1], "    steps:", "      - uses: actions/checkout@%s" % gitsha(r), "      - run: make e2e"), "stedi", "env-ref"


def n_ps1_thumbprints(r):
    lines = ["# expected client certificates on the EDI gateway", "$expected = @("]
    for _ in range(3):
        lines.append("    '%s'" % rs(r, 40, "0123456789ABCDEF"))
    lines += [")", "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object { $expected -contains $_.Thumbprint } |",
              "    Select-Object Subject, Thumbprint, NotAfter"]
    return r.choice(["ops/Check-Certificates.ps1", "scripts/Verify-EdiCerts.ps1"]), "\n".join(lines) + "\n", "surescripts", "thumbprint"


def n_sh_keyfile(r):
    return r.choice(["scripts/pull_999.sh", "cron/fetch-acks.sh"]), J(
        "#!/usr/bin/env bash", "set -euo pipefail", 'KEY="${SFTP_KEY_FILE:-$HOME/.ssh/apex_ed25519}"',
        "sftp -i \"$KEY\" -oStrictHostKeyChecking=yes apx%s@sftp.apexedi.com <<'EOF'" % digits(r, 5), "get /outgoing/999/* ./acks/", "EOF",
        "md5sum acks/* > acks/MD5SUMS", "# last known good listing digest: %s" % rs(r, 32, HEXL)), "apex-edi", "key-path"


def n_toml_flags(r):
    return r.choice(["config/features.toml", "settings.toml"]), J(
        "[tenant]", 'id = "%s"' % uuid4(r), 'npi = "%s"' % npi(r), 'tin = "%s"' % ein(r), "", "[features]",
        "real_time_eligibility = true", "claim_status_polling = true", 'release = "%s"' % gitsha(r)[:12]), "none", "npi"


def n_ini_ids(r):
    return r.choice(["config/submitter.ini", "etc/edi/ids.ini"]), J(
        "[submitter]", "etin = %s" % digits(r, 7), "npi = %s" % npi(r), "tax_id = %s" % ein(r).replace("-", ""),
        "isa_sender = %s" % rs(r, 15, UPPER_ALNUM), "", "[control]", "next_isa13 = %s" % digits(r, 9),
        "next_gs06 = %d" % r.randint(1, 99999)), "x12-submitter", "isa-control-number"


def n_prescribers(r):
    rows = [{"npi": npi(r), "dea": dea(r), "spi": digits(r, 13), "ncpdpId": digits(r, 7), "name": "%s %s" % person(r)} for _ in range(3)]
    return r.choice(["data/prescribers.json", "fixtures/erx/prescribers.json"]), json.dumps({"prescribers": rows}, indent=2) + "\n", "surescripts", "dea-number"


def n_env_example(r):
    return r.choice([".env.example", ".env.sample", "services/eligibility/.env.example"]), J(
        "# copy to .env and fill in", "AVAILITY_CLIENT_ID=", "AVAILITY_CLIENT_SECRET=<your-client-secret>",
        "STEDI_API_KEY=your_api_key_here", "OPTUM_CLIENT_SECRET=changeme", "DATABASE_URL=postgresql://rcm:<password>@localhost:5432/rcm",
        "EPIC_PRIVATE_KEY_PATH=./keys/epic-nonprod.pem"), "none", "placeholder"


def n_postman_mock(r):
    coll = {"info": {"_postman_id": uuid4(r), "name": "Stedi - mock eligibility",
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "auth": {"type": "apikey", "apikey": [{"key": "value", "value": "{{stedi_test_api_key}}"}, {"key": "key", "value": "Authorization"}]},
            "item": [{"name": "Mock 270", "request": {"method": "POST", "body": {"mode": "raw", "raw": json.dumps({
                "controlNumber": digits(r, 9), "tradingPartnerServiceId": payer(r)[1],
                "provider": {"organizationName": org(r), "npi": npi(r)},
                "subscriber": {"memberId": member_id(r), "firstName": "John", "lastName": "Doe", "dateOfBirth": "19800101"}})},
                "url": {"raw": "https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3"}}}]}
    return "postman/stedi-mock.postman_collection.json", json.dumps(coll, indent=2) + "\n", "stedi", "env-ref"


def n_go_ids(r):
    return r.choice(["internal/ids/ids.go"]), J(
        "package ids", "", "// Test fixtures: synthetic identifiers only.", "var (",
        '\tSampleNPI      = "%s"' % npi(r), '\tSampleMBI      = "%s"' % mbi(r), '\tSampleClaimNo  = "%s"' % claim_no(r),
        '\tSampleTraceID  = "%s"' % uuid4(r), '\tSchemaChecksum = "%s"' % sha256hex(r), ")"), "none", "npi"


# ================================================================ registry and driver
def gen_url_password(r):
    return rs_mixed(r, r.randint(16, 24), ALNUM + "-_.~")


def gen_rsa_pkcs8(r):
    return rsa_pem(r, True)


def gen_rsa_pkcs1(r):
    return rsa_pem(r, False, r.choice([2048, 3072]))


def gen_ec(r):
    return ec_pem(r, r.choice(["P-384", "P-256"]))


def gen_openssh(r):
    return openssh_ed25519(r, r.choice(["edi@batch01", "svc-edi@rcm", "claims-push"]))


def gen_jwk_d(r):
    return b64u(r, 256)


# (template, provider, kind, secret generator, slot kind, env var name)
POS = [
    (t_py_availity, "availity", "client_secret", gen_availity_secret, "secret", "AVAILITY_CLIENT_SECRET"),
    (t_py_chc_token, "optum-changehealthcare", "client_secret", gen_chc_secret, "secret", "CHC_CLIENT_SECRET"),
    (t_py_stedi_header, "stedi", "api_key", gen_stedi, "secret", "STEDI_API_KEY"),
    (t_py_django_db, "postgres", "db_password", gen_password, "secret", "DB_PASSWORD"),
    (t_py_pverify, "pverify", "client_secret", gen_pverify_secret, "secret", "PVERIFY_CLIENT_SECRET"),
    (t_py_paramiko, "office-ally", "sftp_password", gen_password, "secret", "OFFICEALLY_SFTP_PASSWORD"),
    (t_py_epic_pem, "epic", "jwt_signing_key", gen_rsa_pkcs8, "pem", "EPIC_PRIVATE_KEY"),
    (t_py_bluebutton, "cms-bluebutton", "client_secret", gen_bb_secret, "secret", "BB2_CLIENT_SECRET"),
    (t_py_healthlake, "aws-healthlake", "aws_secret_access_key", gen_aws_secret, "secret", "AWS_SECRET_ACCESS_KEY"),
    (t_py_azure_fhir, "azure-fhir", "client_secret", gen_azure_secret, "secret", "AZURE_CLIENT_SECRET"),
    (t_cs_availity_options, "availity", "client_secret", gen_availity_secret, "secret", "Availity__ClientSecret"),
    (t_cs_sqlserver, "sqlserver", "db_password", gen_password, "secret", "ConnectionStrings__Claims"),
    (t_cs_surescripts_pfx, "surescripts", "keystore_password", gen_password, "secret", "SURESCRIPTS_PFX_PASSWORD"),
    (t_json_appsettings, "waystar", "api_key", gen_waystar_key, "secret", "WAYSTAR_API_KEY"),
    (t_java_trizetto, "trizetto", "password", gen_password, "secret", "TRIZETTO_PASSWORD"),
    (t_props_spring, "hapi-fhir", "db_password", gen_password, "secret", "HAPI_DB_PASSWORD"),
    (t_java_jsch, "apex-edi", "sftp_password", gen_password, "secret", "APEX_SFTP_PASSWORD"),
    (t_java_cerner, "cerner", "client_secret", gen_cerner_secret, "secret", "CERNER_CLIENT_SECRET"),
    (t_ts_stedi, "stedi", "api_key", gen_stedi, "secret", "STEDI_API_KEY"),
    (t_js_claimmd, "claim.md", "account_key", gen_claimmd_key, "secret", "CLAIMMD_ACCOUNT_KEY"),
    (t_ts_eligible, "eligible", "api_key", gen_eligible_key, "secret", "ELIGIBLE_API_KEY"),
    (t_js_ssh2, "waystar", "sftp_password", gen_password, "secret", "WAYSTAR_SFTP_PASSWORD"),
    (t_ts_epic_jose, "epic", "jwt_signing_key", gen_rsa_pkcs8, "pem", "EPIC_PRIVATE_KEY"),
    (t_js_knex, "postgres", "db_password", gen_password, "secret", "CLAIMS_DB_PASSWORD"),
    (t_mirth_sftp, "office-ally", "sftp_password", gen_password, "secret", "OA_SFTP_PASSWORD"),
    (t_mirth_dbreader, "mirth", "db_password", gen_password, "secret", "PM_DB_PASSWORD"),
    (t_mirth_js, "availity", "client_secret", gen_availity_secret, "secret", "AVAILITY_CLIENT_SECRET"),
    (t_x12_isa04, "x12-submitter", "isa_security_password", gen_isa_password, "isa", "ISA04"),
    (t_log_chc, "optum-changehealthcare", "client_secret", gen_chc_secret, "secret", "CHC_CLIENT_SECRET"),
    (t_fhir_endpoint, "hapi-fhir", "basic_auth", gen_basic, "secret", "PARTNER_BASIC_AUTH"),
    (t_json_smart, "cerner", "client_secret", gen_cerner_secret, "secret", "CERNER_CLIENT_SECRET"),
    (t_k8s_secret, "availity", "client_secret", gen_availity_secret, "secret", "AVAILITY_CLIENT_SECRET"),
    (t_helm_values, "stedi", "api_key", gen_stedi, "secret", "STEDI_API_KEY"),
    (t_gha_env, "optum-changehealthcare", "client_secret", gen_chc_secret, "secret", "OPTUM_CLIENT_SECRET"),
    (t_compose, "hapi-fhir", "db_password", gen_password, "secret", "HAPI_DB_PASSWORD"),
    (t_spring_yml, "mysql", "db_password", gen_password, "secret", "CLAIMS_DB_PASSWORD"),
    (t_ansible, "office-ally", "sftp_password", gen_password, "secret", "OFFICEALLY_SFTP_PASSWORD"),
    (t_postman_coll, "optum-changehealthcare", "client_secret", gen_chc_secret, "secret", "client_secret"),
    (t_postman_env, "availity", "client_secret", gen_availity_secret, "secret", "client_secret"),
    (t_node_config, "eligible", "api_key", gen_eligible_key, "secret", "ELIGIBLE_API_KEY"),
    (t_jwk_private, "epic", "jwt_signing_key", gen_jwk_d, "secret", "EPIC_JWK"),
    (t_props_edi, "apex-edi", "sftp_password", gen_password, "secret", "SFTP_PASSWORD"),
    (t_props_surescripts, "surescripts", "keystore_password", gen_password, "secret", "SURESCRIPTS_KEYSTORE_PASSWORD"),
    (t_ps1_winscp, "office-ally", "sftp_password", gen_password, "secret", "OA_SFTP_PASSWORD"),
    (t_ps1_azure, "azure-fhir", "client_secret", gen_azure_secret, "secret", "AZURE_CLIENT_SECRET"),
    (t_sh_stedi_curl, "stedi", "api_key", gen_stedi, "secret", "STEDI_API_KEY"),
    (t_sh_sshpass, "office-ally", "sftp_password", gen_password, "secret", "OA_SFTP_PASSWORD"),
    (t_sh_export, "pverify", "client_secret", gen_pverify_secret, "secret", "PVERIFY_CLIENT_SECRET"),
    (t_sql_seed, "trizetto", "sftp_password", gen_password, "secret", "partner_password"),
    (t_sql_create_user, "postgres", "db_password", gen_password, "secret", "etl_password"),
    (t_md_runbook, "waystar", "sftp_password", gen_password, "secret", "WAYSTAR_SFTP_PASSWORD"),
    (t_md_readme, "claim.md", "account_key", gen_claimmd_key, "secret", "CLAIMMD_ACCOUNT_KEY"),
    (t_tf_rds, "postgres", "db_password", gen_url_password, "secret", "claims_db_password"),
    (t_tf_kv, "azure-fhir", "client_secret", gen_azure_secret, "secret", "fhir_client_secret"),
    (t_dockerfile, "stedi", "api_key", gen_stedi, "secret", "STEDI_API_KEY"),
    (t_ini, "office-ally", "sftp_password", gen_password, "secret", "OA_SFTP_PASSWORD"),
    (t_toml, "eligible", "api_key", gen_eligible_key, "secret", "ELIGIBLE_API_KEY"),
    (t_dotenv, "availity", "client_secret", gen_availity_secret, "secret", "AVAILITY_CLIENT_SECRET"),
    (t_dotenv_epic, "epic", "client_secret", gen_epic_secret, "secret", "EPIC_CLIENT_SECRET"),
    (t_webconfig, "sqlserver", "db_password", gen_url_password, "secret", "PracticeDbPassword"),
    (t_partner_xml, "apex-edi", "sftp_password", gen_password, "secret", "APEX_SFTP_PASSWORD"),
    (t_keyfile_openssh, "office-ally", "sftp_private_key", gen_openssh, "pem", "SFTP_KEY"),
    (t_keyfile_rsa, "epic", "jwt_signing_key", gen_rsa_pkcs1, "pem", "EPIC_PRIVATE_KEY"),
    (t_keyfile_ec, "cerner", "jwt_signing_key", gen_ec, "pem", "SIGNING_KEY"),
    (t_csv_inventory, "waystar", "sftp_password", gen_password, "secret", "WAYSTAR_SFTP_PASSWORD"),
    (t_cs_pverify, "pverify", "client_secret", gen_pverify_secret, "secret", "PVERIFY_CLIENT_SECRET"),
    (t_py_drfirst, "drfirst", "password", gen_password, "secret", "RCOPIA_VENDOR_PASSWORD"),
    (t_go_cerner, "cerner", "client_secret", gen_cerner_secret, "secret", "CERNER_CLIENT_SECRET"),
    (t_yaml_bluebutton, "cms-bluebutton", "client_secret", gen_bb_secret, "secret", "BB2_CLIENT_SECRET"),
    (t_json_waystar, "waystar", "client_secret", gen_waystar_key, "secret", "WAYSTAR_CLIENT_SECRET"),
    (t_log_mirth, "mirth", "db_password", gen_url_password, "secret", "PM_DB_PASSWORD"),
    (t_url_conn, "postgres", "db_password", gen_url_password, "secret", "DATABASE_URL"),
]

NEG = [n_npi_csv, n_x12_837, n_x12_270, n_x12_835, n_hl7_adt, n_hl7_oru, n_hl7_mdm_b64, n_fhir_patient, n_fhir_coverage,
       n_fhir_eob, n_fhir_bundle, n_jwks_public, n_smart_config, n_epic_clientids, n_epic_sandbox_md, n_py_npi,
       n_java_partners, n_cs_carc, n_ts_payers, n_sql_schema, n_sql_claims, n_log_acks, n_log_api, n_yaml_routing,
       n_known_hosts, n_authorized_keys, n_cert, n_pkg_lock, n_sha256sums, n_md_onboarding, n_props_plain,
       n_mirth_listener, n_mirth_b64, n_csv_mbi, n_changelog, n_tf_ids, n_compose_digest, n_jwt_claims_doc, n_gha_refs,
       n_ps1_thumbprints, n_sh_keyfile, n_toml_flags, n_ini_ids, n_prescribers, n_env_example, n_postman_mock, n_go_ids]

N_POS = 500
N_NEG = 500


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base in ("known_hosts", "authorized_keys", "SHA256SUMS", "smart-configuration"):
        return base.lower()
    if "." not in base:
        return "keyfile"
    return base.rsplit(".", 1)[-1].lower()


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))


def needle_of(value, slotkind):
    if slotkind == "pem":
        return value.split("\n")[0]
    return value


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return full


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fv.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # positives: every template used about equally, order shuffled; conv alternates.
    order = []
    while len(order) < N_POS:
        block = list(range(len(POS)))
        r.shuffle(block)
        order.extend(block)
    order = order[:N_POS]
    for i, ti in enumerate(order):
        fn, prov, kind, gen, slotkind, env = POS[ti]
        value = gen(r)
        slot = Slot(r, value, "secret", env, kind)
        rel, text = fn(r, slot, i % 2 == 0)
        needle = needle_of(value, slotkind)
        assert "\n" not in needle and needle.strip(), (fn.__name__, needle)
        idx = text.find(needle)
        assert idx >= 0, (fn.__name__, "needle missing")
        line = text.count("\n", 0, idx) + 1
        frel = "pos/p%04d/%s" % (i, rel)
        full = write(outdir, frel, text)
        with open(full, encoding="utf-8", newline="") as fh:
            written = fh.read().split("\n")
        assert needle in written[line - 1], (frel, line)
        manifest.append({"file": frel, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})

    # negatives: even index -> positive template with filler, odd -> look-alike template.
    reuse_order, look_order = [], []
    for i in range(N_NEG):
        if i % 2 == 0:
            if not reuse_order:
                reuse_order = list(range(len(POS)))
                r.shuffle(reuse_order)
            fn, prov, kind, gen, slotkind, env = POS[reuse_order.pop()]
            slot = make_filler(r, env, slotkind, prov)
            rel, text = fn(r, slot, r.random() < 0.5)
            nkind = slot.nkind
        else:
            if not look_order:
                look_order = list(range(len(NEG)))
                r.shuffle(look_order)
            rel, text, prov, nkind = NEG[look_order.pop()](r)
        if is_blocked_env(rel):
            d = rel.rsplit("/", 1)
            rel = (d[0] + "/" if len(d) == 2 else "") + r.choice([".env.example", ".env.sample"])
        assert not is_blocked_env(rel)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": nkind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
