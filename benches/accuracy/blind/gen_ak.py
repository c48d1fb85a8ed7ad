#!/usr/bin/env python3
"""Blind evaluation-set generator "ak" for a git pre-commit secret scanner.

EMPHASIS
    Healthcare, government and regulated industries: hospital integration
    teams (Mirth/Rhapsody/Iguana/Cloverleaf interface engines, HAPI FHIR,
    SMART on FHIR apps for Epic / Cerner (Oracle Health) / athenahealth /
    Allscripts, PACS/DICOM), clearinghouses (Change Healthcare, Availity,
    Optum), e-prescribing (Surescripts, DrFirst), clinical research (REDCap,
    Qualtrics, Veeva Vault, Medidata Rave) and public-sector digital services
    (Login.gov, ID.me, api.data.gov, Socrata, Census, NOAA, USPS, IRS e-file,
    GovDelivery, Salesforce Government Cloud, AWS GovCloud, Azure Government,
    Esri ArcGIS, Accela/Tyler).  Secrets sit beside patient-record
    identifiers, NPIs, OIDs, DICOM UIDs and public dataset ids, which are the
    bulk of the hard negatives.

USAGE
    python3 gen_ak.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, each holding exactly one
    credential) and OUTDIR/neg/nNNNN/<relative path> (500 files, each holding
    one innocent look-alike and nothing secret), plus
      OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
      OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    "file" is relative to OUTDIR.  Deterministic per SEED (random.Random only).

NEEDLE CONVENTIONS
    * Single-line tokens / passwords: the needle is the secret value exactly as
      written (without surrounding quotes).  For user:password pairs, URLs
      with embedded credentials and JDBC/ODBC connection strings the needle is
      the password only.
    * AWS (GovCloud) key pairs: the needle is the 40-char secret access key;
      the AKIA/ASIA access key id is present too (same credential).  For ASIA
      temporary credentials the session token is NOT written (only id+secret).
    * Twilio: auth token / API-key secret is the needle (the AC / SK sids are
      identifiers that appear alongside).
    * PEM private keys (PKCS#1, PKCS#8, EC) and PGP private key blocks: the
      needle is the FIRST base64 body line (64 chars) after the BEGIN line
      (after the armor headers/blank line for PGP).  When the PEM is embedded
      JSON-escaped ("\\n") in a single line, the needle is still those first
      64 body characters, which are contiguous in the file.
    * JWK private keys: the needle is the value of "d".
    * Each positive file contains exactly one credential; other secret-shaped
      slots in the same file are env references / placeholders.

NEGATIVES
    ~45% reference / placeholder / masked / ciphertext values in the same
    slots and names the positives use (env lookups in each file's syntax,
    Vault / Key Vault / ExternalSecret refs, SOPS ENC[...], jasypt ENC(...),
    ansible-vault, {cipher}, KMS blobs); ~27% domain identifiers (NPI with
    Luhn, OIDs, DICOM UIDs, FHIR ids, MRNs, LOINC/SNOMED/ICD, MSH-10, public
    SMART / Epic non-prod client ids, Socrata app tokens, ArcGIS item ids,
    FIPS, thumbprints, salted SHA-256 pseudo-ids, DUA numbers) added next to
    a secret slot that holds a reference/placeholder; the rest are public key
    material (JWKS n/e, x/y, certificates, PGP public blocks), AWS documented
    example keys, and whole fixture files (HL7 v2 messages, FHIR bundles,
    DICOM JSON, SealedSecrets, SOPS files, protected web.config, KMS blobs).

DOUBTS (formats I am not certain of)
    * Epic / Cerner / athenahealth / Health Gorilla / Change Healthcare /
      Availity / Optum / Redox client secrets: vendors do not document a
      fixed format.  I used plausible shapes (Epic: 88-char base64; Cerner:
      UUID-less 32 char base64url; athenahealth: Okta-style 40 char
      [A-Za-z0-9_-] with 0oa client ids; Redox: 32-40 alnum; others alnum).
    * Azure (Government) client secrets: new style 40 chars with "Q~" at
      position 4-5 ([3 chars][digit]Q~[34 chars]); legacy 32-44 char with
      punctuation also emitted sometimes.
    * Esri: legacy API keys "AAPK" + ~100 base64url-ish chars; newer API key
      credentials "AAPT..." of similar shape; generateToken tokens are long
      base64url-ish strings ending in "..".  Exact lengths uncertain.
    * Socrata: app tokens (25 alnum) are treated as non-secret per the
      Socrata docs (used for throttling, sent in X-App-Token) -> negatives;
      API key id (25 lower alnum) + key secret (50 alnum) -> positive secret.
    * NOAA CDO tokens: 32 ASCII letters.  GovDelivery TMS tokens: 32 alnum.
      Accela app secret: 32 hex.  Tyler API keys: unknown, used 32-40 alnum.
    * USPS Web Tools: USERID like 123ABCDE4567 (3 digits+org+4 digits) plus a
      12-char uppercase alnum password; the needle is the password.
    * ID.me client secrets: 32 hex (client ids also 32 hex -> negatives when
      alone in a client-id slot; that is a hard call).
    * DocuSign "secret key" for auth-code grant is a GUID; it is used as a
      positive when it sits in a secret slot, while integration keys (also
      GUIDs) are negatives.
    * HashiCorp Vault: "hvs." + 90-100 base62 chars (service tokens) and
      legacy "s." + 24 chars.
    * Salesforce Government Cloud consumer secrets: 64 uppercase hex; the
      3MVG9 consumer key is an identifier (negative).
    * Okta API tokens: "00" + 40 chars [A-Za-z0-9_-].
    * PEM bodies are structurally plausible (correct DER prefixes) but the
      rest is random bytes, not real key material.
    * AWS documented example keys (AKIAIOSFODNN7EXAMPLE) are used as test-
      vector negatives.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys

N_POS = 500
N_NEG = 500

B62 = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
UPALNUM = string.ascii_uppercase + string.digits
LOALNUM = string.ascii_lowercase + string.digits


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------

def _has_sequence(s):
    """Reject runs like abcd / 1234 / dcba / aaaa and the literal xxxx."""
    low = s.lower()
    if "xxxx" in low:
        return True
    run_up = run_down = run_same = 1
    for i in range(1, len(low)):
        a, b = ord(low[i - 1]), ord(low[i])
        run_up = run_up + 1 if b == a + 1 else 1
        run_down = run_down + 1 if b == a - 1 else 1
        run_same = run_same + 1 if b == a else 1
        if run_up >= 4 or run_down >= 4 or run_same >= 4:
            return True
    return False


class R:
    """Thin wrapper around random.Random with secret-shape helpers."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def random(self):
        return self.r.random()

    def shuffle(self, x):
        self.r.shuffle(x)

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    def s(self, alphabet, n):
        while True:
            v = "".join(self.r.choice(alphabet) for _ in range(n))
            if not _has_sequence(v):
                return v

    def mixed(self, alphabet, n):
        """Random string guaranteed to contain upper, lower and digit."""
        while True:
            v = self.s(alphabet, n)
            if (any(c.isupper() for c in v) and any(c.islower() for c in v)
                    and any(c.isdigit() for c in v)):
                return v

    def alpha(self, n):
        while True:
            v = self.s(string.ascii_letters, n)
            if any(c.isupper() for c in v) and any(c.islower() for c in v):
                return v

    def hexs(self, n, upper=False):
        while True:
            v = self.s(HEXU if upper else HEXL, n)
            if any(c.isalpha() for c in v) and any(c.isdigit() for c in v):
                return v

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def b64url_bytes(self, n):
        while True:
            v = base64.urlsafe_b64encode(self.rbytes(n)).decode().rstrip("=")
            if not _has_sequence(v):
                return v

    def digits(self, n):
        while True:
            v = "".join(self.r.choice(string.digits) for _ in range(n))
            if not _has_sequence(v) and v[0] != "0":
                return v


# --------------------------------------------------------------------------
# checksums / encodings
# --------------------------------------------------------------------------

def b62_encode(num, width):
    out = ""
    alphabet = string.digits + string.ascii_uppercase + string.ascii_lowercase
    while num:
        num, rem = divmod(num, 62)
        out = alphabet[rem] + out
    return out.rjust(width, "0")


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_npi(rng):
    while True:
        base = str(rng.choice("12")) + "".join(rng.choice(string.digits) for _ in range(8))
        if not _has_sequence(base):
            break
    # NPI check digit uses Luhn over the prefix 80840 + 9 digits
    return base + luhn_check_digit("80840" + base)


def wrap64(s):
    return [s[i:i + 64] for i in range(0, len(s), 64)]


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


# --------------------------------------------------------------------------
# key material
# --------------------------------------------------------------------------

def der_int(raw):
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return b"\x02" + der_len(len(raw)) + raw


def der_seq(body):
    return b"\x30" + der_len(len(body)) + body


def rand_int_bytes(rng, n, top=True):
    b = bytearray(rng.rbytes(n))
    if top:
        b[0] |= 0x80
    return bytes(b)


def rsa_der(rng, bits=2048, pkcs8=True):
    nb = bits // 8
    half = nb // 2
    body = (der_int(b"\x00") + der_int(rand_int_bytes(rng, nb)) + der_int(b"\x01\x00\x01")
            + der_int(rand_int_bytes(rng, nb, top=False)) + der_int(rand_int_bytes(rng, half))
            + der_int(rand_int_bytes(rng, half)) + der_int(rand_int_bytes(rng, half, False))
            + der_int(rand_int_bytes(rng, half, False)) + der_int(rand_int_bytes(rng, half, False)))
    pkcs1 = der_seq(body)
    if not pkcs8:
        return pkcs1
    algid = bytes.fromhex("300d06092a864886f70d0101010500")
    octet = b"\x04" + der_len(len(pkcs1)) + pkcs1
    return der_seq(der_int(b"\x00") + algid + octet)


def ec_der(rng, pkcs8=False):
    priv = rng.rbytes(32)
    pub = b"\x04" + rng.rbytes(64)
    oid_curve = bytes.fromhex("06082a8648ce3d030107")
    if not pkcs8:
        body = (der_int(b"\x01") + b"\x04\x20" + priv + b"\xa0" + der_len(len(oid_curve)) + oid_curve
                + b"\xa1\x44\x03\x42\x00" + pub)
        return der_seq(body)
    inner = der_seq(der_int(b"\x01") + b"\x04\x20" + priv + b"\xa1\x44\x03\x42\x00" + pub)
    algid = der_seq(bytes.fromhex("06072a8648ce3d0201") + oid_curve)
    return der_seq(der_int(b"\x00") + algid + b"\x04" + der_len(len(inner)) + inner)


def make_pem(rng, kind=None):
    """Return (pem_text, needle=first body line)."""
    kind = kind or rng.choice(["rsa8", "rsa8", "rsa1", "ec1", "ec8"])
    if kind == "rsa8":
        der, label = rsa_der(rng, rng.choice([2048, 2048, 3072]), True), "PRIVATE KEY"
    elif kind == "rsa1":
        der, label = rsa_der(rng, 2048, False), "RSA PRIVATE KEY"
    elif kind == "ec1":
        der, label = ec_der(rng, False), "EC PRIVATE KEY"
    else:
        der, label = ec_der(rng, True), "PRIVATE KEY"
    lines = wrap64(base64.b64encode(der).decode())
    text = "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)
    return text, lines[0]


def make_public_pem(rng, cert=False):
    if cert:
        der = der_seq(b"\x30\x82\x03\x00" + rng.rbytes(700))
        lines = wrap64(base64.b64encode(der).decode())
        return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % "\n".join(lines)
    spki = der_seq(bytes.fromhex("300d06092a864886f70d0101010500") + b"\x03\x82\x01\x0f\x00"
                   + der_seq(der_int(rand_int_bytes(rng, 256)) + der_int(b"\x01\x00\x01")))
    lines = wrap64(base64.b64encode(spki).decode())
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(lines)


def make_pgp(rng, private=True, comment=None):
    tag = 0x95 if private else 0x99
    body_len = rng.randint(900, 1900) if private else rng.randint(400, 520)
    pkt = bytes([tag]) + body_len.to_bytes(2, "big") + b"\x04" + rng.rbytes(4) + b"\x01" + rng.rbytes(body_len - 6)
    data = pkt + b"\xb4" + bytes([24]) + rng.rbytes(24)
    lines = wrap64(base64.b64encode(data).decode())
    crc = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    label = "PRIVATE KEY BLOCK" if private else "PUBLIC KEY BLOCK"
    hdr = ["-----BEGIN PGP %s-----" % label]
    if comment:
        hdr.append("Comment: %s" % comment)
    text = "\n".join(hdr + [""] + lines + ["=" + crc, "-----END PGP %s-----" % label])
    return text, lines[0]


def make_jwk(rng, kty=None, private=True, kid=None):
    kty = kty or rng.choice(["RSA", "EC"])
    kid = kid or rng.choice([rng.hexs(16), rng.uuid(), rng.b64url_bytes(32)])
    if kty == "RSA":
        k = {"kty": "RSA", "kid": kid, "use": "sig", "alg": rng.choice(["RS384", "RS384", "RS256"]),
             "n": rng.b64url_bytes(256), "e": "AQAB"}
        if private:
            k.update({"d": rng.b64url_bytes(256), "p": rng.b64url_bytes(128), "q": rng.b64url_bytes(128),
                      "dp": rng.b64url_bytes(128), "dq": rng.b64url_bytes(128), "qi": rng.b64url_bytes(128)})
    else:
        crv, n = rng.choice([("P-384", 48), ("P-256", 32)])
        k = {"kty": "EC", "kid": kid, "use": "sig", "alg": "ES384" if n == 48 else "ES256", "crv": crv,
             "x": rng.b64url_bytes(n), "y": rng.b64url_bytes(n)}
        if private:
            k["d"] = rng.b64url_bytes(n)
    return k


FIRSTS = ["Marek", "Dana", "Priya", "Tomas", "Keisha", "Olu", "Grace", "Hector", "Ines", "Rafael",
          "Brenda", "Yusuf", "Colleen", "Dmitri", "Lupe", "Shawna", "Tariq", "Wendell", "Nadia", "Juno"]
WORDS = ["winter", "Harbor", "maple", "Falcon", "river", "Bluebird", "cedar", "Orchid", "Tundra", "pepper",
         "Saturn", "lantern", "Coral", "thistle", "Granite", "marigold", "Sparrow", "hickory", "Zephyr", "biscuit",
         "Badger", "cobalt", "Pelican", "juniper", "Walrus", "nectar", "Osprey", "fennel", "Comet", "mesa"]
PLACES = ["Tulsa", "Duluth", "Boise", "Mobile", "Fresno", "Topeka", "Eugene", "Macon", "Provo", "Akron"]
SYMS = "!@#$%&*.-_+?"


def leet(w, rng):
    m = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$"}
    out = []
    for c in w:
        if c.lower() in m and rng.random() < 0.5:
            out.append(m[c.lower()])
        else:
            out.append(c)
    return "".join(out)


def human_password(rng):
    yr = str(rng.randint(1962, 2023))
    pat = rng.randint(0, 7)
    if pat == 0:
        v = rng.choice(FIRSTS) + rng.choice(".!_#") + yr + rng.choice(WORDS).lower()
    elif pat == 1:
        v = leet(rng.choice(WORDS).capitalize(), rng) + rng.choice(WORDS).lower() + rng.choice(SYMS) + str(rng.randint(2, 98))
    elif pat == 2:
        v = rng.choice(PLACES) + rng.choice(WORDS).capitalize() + rng.choice(SYMS) + yr[2:]
    elif pat == 3:
        v = "-".join(rng.sample([w.lower() for w in WORDS], 3)) + str(rng.randint(2, 9))
    elif pat == 4:
        v = rng.choice(WORDS).capitalize() + yr + rng.choice(SYMS) + rng.choice(SYMS)
    elif pat == 5:
        v = leet(rng.choice(FIRSTS), rng) + "&" + rng.choice(WORDS).lower() + str(rng.randint(10, 99))
    elif pat == 6:
        v = rng.choice(["Spring", "Summer", "Autumn", "Winter", "Fall"]) + yr + rng.choice(SYMS) + rng.choice(PLACES)
    else:
        v = rng.choice(WORDS).capitalize() + rng.choice(SYMS) + rng.choice(WORDS).capitalize() + str(rng.randint(100, 999))
    return v


def gen_pw(rng, n=None):
    """Generated (random) service password with punctuation."""
    n = n or rng.randint(16, 28)
    return rng.mixed(B62 + "!#%*+-=?@^_~", n)


# --------------------------------------------------------------------------
# domain vocabulary
# --------------------------------------------------------------------------

ORGS = ["mercy-regional", "stlukes", "valleycare", "northshore-health", "bayside-med", "cedar-county-hhs",
        "riverbend-clinic", "tri-county-ph", "lakeshore-hospital", "summit-peds", "granite-state-dhhs",
        "prairie-health", "coastal-va-clinic", "metro-ems", "harborview-lab"]
AGENCIES = ["dhhs", "dmv", "ssa-field", "county-assessor", "state-epi", "cdph", "dot-permits",
            "wic-program", "medicaid-mmis", "vital-records", "dept-of-labor", "parks-and-rec"]
FACILITIES = ["MRH", "SLH", "VCH", "NSH", "BMC", "RBC", "LKH", "SPH", "PHC", "HVL"]
APPS = ["sched-sync", "lab-results-bridge", "adt-router", "immunization-feed", "elr-ingest", "claims-837",
        "eligibility-270", "rx-router", "pacs-forwarder", "cohort-extract", "permit-portal", "benefits-api",
        "case-mgmt", "syndromic-surv", "vitals-dashboard", "patient-sms", "consent-sync"]
LOINC = ["2345-7", "718-7", "4548-4", "2160-0", "6690-2", "789-8", "94500-6", "94309-2", "8480-6", "8462-4",
         "29463-7", "39156-5", "2093-3", "1742-6"]
SNOMED = ["38341003", "44054006", "195967001", "22298006", "840539006", "73211009", "271737000", "233604007"]
ICD10 = ["E11.9", "I10", "J45.909", "U07.1", "Z23", "E78.5", "N18.3", "F32.9", "J18.9", "O24.419"]
FIPS = [("06", "037"), ("17", "031"), ("48", "201"), ("04", "013"), ("36", "047"), ("53", "033"),
        ("12", "086"), ("26", "163"), ("39", "035"), ("41", "051"), ("55", "079"), ("13", "121")]
STATES = ["CA", "IL", "TX", "AZ", "NY", "WA", "FL", "MI", "OH", "OR", "WI", "GA"]
REGIONS_GOV = ["us-gov-west-1", "us-gov-east-1"]
USERS = ["svc_mirth", "mirth_app", "hl7_iface", "intgr_batch", "svc-fhir", "etl_runner", "pacs_admin",
         "orthanc_ro", "svc_epic_bulk", "claims_xfer", "elr_user", "redcap_sync", "dhhs_svc", "gisadmin"]


def oid(rng, root=None):
    root = root or rng.choice(["2.16.840.1.113883.3." + str(rng.randint(100, 9999)),
                               "2.16.840.1.113883.19." + str(rng.randint(1, 9)),
                               "1.3.6.1.4.1." + str(rng.randint(10000, 60000)),
                               "2.16.840.1.113883.4.6", "2.16.840.1.113883.6.1"])
    return root + "." + ".".join(str(rng.randint(1, 999)) for _ in range(rng.randint(1, 3)))


def dicom_uid(rng):
    root = rng.choice(["1.2.840.113619.2.", "1.3.12.2.1107.5.", "1.2.276.0.7230010.3.", "1.2.826.0.1.3680043.8.498."])
    parts = [str(rng.randint(1, 99999)) for _ in range(rng.randint(3, 5))]
    tail = str(rng.randint(10 ** 9, 10 ** 12)) + str(rng.randint(10 ** 5, 10 ** 8))
    return (root + ".".join(parts) + "." + tail)[:64]


def mrn(rng):
    return rng.choice(["E", "MRN", "", "M"]) + rng.digits(rng.choice([7, 8, 9]))


def fhir_id(rng):
    return rng.choice([rng.b64url_bytes(12).replace("_", "").replace("-", "") + rng.choice(["3", "B", "x"]),
                       "e" + rng.s(B62, 22) + "3", rng.uuid(), str(rng.randint(1000, 99999999))])


def host(rng, cat):
    org = rng.choice(ORGS)
    if cat == "gov":
        return rng.choice(["%s.%s.gov" % (rng.choice(["api", "data", "portal", "apps"]), rng.choice(AGENCIES).replace("-", "")),
                           "%s.state.%s.us" % (rng.choice(AGENCIES), rng.choice(STATES).lower())])
    return rng.choice(["%s.%s.org" % (rng.choice(["iface01", "mirth-prd", "hl7-eng", "fhir", "pacs01", "intg"]), org),
                       "%s-%s.internal" % (rng.choice(["mirth", "rhapsody", "iguana", "cloverleaf", "hapi"]), rng.choice(FACILITIES).lower())])


class Raw(str):
    """A value that must be written verbatim (code / reference), not quoted."""


# --------------------------------------------------------------------------
# positive kinds
# --------------------------------------------------------------------------

G_TOKEN = [["token"], ["api", "key"], ["key"], ["auth"], ["access", "token"], ["secret"], ["credential"], ["apikey"]]
G_SECRET = [["secret"], ["client", "secret"], ["app", "secret"], ["auth"], ["credential"], ["oauth", "secret"]]
G_PASS = [["password"], ["pass"], ["pw"], ["pwd"], ["secret"], ["auth"], ["credential"], ["svc", "password"]]
G_KEY = [["private", "key"], ["signing", "key"], ["key"], ["jwt", "key"], ["client", "assertion", "key"]]


def C(provider, kind, cat, value, needle=None, block=None, names=None, generic=None, extras=None,
      desc="", shape="line", user=None):
    return {"provider": provider, "kind": kind, "cat": cat, "value": value,
            "needle": needle if needle is not None else value, "block": block or [provider.split("_")[0]],
            "names": names or [["secret"]], "generic": generic or G_SECRET, "extras": extras or [],
            "desc": desc, "shape": shape, "user": user}


def fhir_base(rng, vendor):
    if vendor == "epic":
        return "https://%s/interconnect-%s-oauth/api/FHIR/R4" % (rng.choice(["fhir", "epicproxy", "haiku"]) + "." + rng.choice(ORGS) + ".org", rng.choice(["prd", "poc", "tst"]))
    if vendor == "cerner":
        return "https://fhir-ehr.cerner.com/r4/" + rng.uuid()
    if vendor == "athena":
        return "https://api.platform.athenahealth.com/fhir/r4"
    return "https://%s/fhir" % host(rng, "ehr")


def k_smart_secret(rng):
    v = rng.b64url_bytes(rng.choice([32, 48]))
    return C("smart_on_fhir", "client_secret", "ehr", v, block=["smart"], names=[["client", "secret"]],
             extras=[(["client", "id"], rng.choice(APPS) + "-confidential"), (["fhir", "base", "url"], fhir_base(rng, "x")),
                     (["scope"], "system/Patient.rs system/Observation.rs")], desc="SMART backend confidential client")


def k_epic_secret(rng):
    v = base64.b64encode(rng.rbytes(64)).decode()
    return C("epic", "client_secret", "ehr", v, block=["epic"], names=[["client", "secret"]],
             extras=[(["client", "id"], rng.uuid()), (["fhir", "base"], fhir_base(rng, "epic"))],
             desc="Epic on FHIR confidential client (production)")


def k_cerner_secret(rng):
    v = rng.mixed(B62 + "-_", rng.choice([32, 43]))
    return C("oracle_health", "client_secret", "ehr", v, block=["cerner"], names=[["client", "secret"], ["system", "account", "secret"]],
             extras=[(["client", "id"], rng.uuid()), (["tenant"], rng.uuid()),
                     (["token", "url"], "https://authorization.cerner.com/tenants/%s/protocols/oauth2/profiles/smart-v1/token" % rng.uuid())],
             desc="Oracle Health (Cerner) system account")


def k_athena_secret(rng):
    v = rng.mixed(B64URL, 40)
    return C("athenahealth", "client_secret", "ehr", v, block=["athena"], names=[["client", "secret"]],
             extras=[(["client", "id"], "0oa" + rng.mixed(B62, 17)), (["practice", "id"], str(rng.randint(1000, 199999))),
                     (["base", "url"], "https://api.preview.platform.athenahealth.com")], desc="athenahealth Platform 2-legged app")


def k_allscripts(rng):
    v = gen_pw(rng, rng.randint(14, 22))
    return C("allscripts", "unity_app_password", "ehr", v, block=["unity"], names=[["app", "password"], ["svc", "password"]],
             generic=G_PASS, extras=[(["app", "name"], "%s.%s.TestApp" % (rng.choice(["Mercy", "Valley", "Harbor"]), rng.choice(["Sched", "Labs"]))),
                                     (["app", "username"], rng.choice(["MRH-SchedSync", "VCH-LabsBridge", "BMC-Rx"])),
                                     (["endpoint"], "https://%s/Unity/UnityService.svc/json" % host(rng, "ehr"))],
             desc="Allscripts Unity API credentials")


def k_redox(rng):
    v = rng.mixed(B62, rng.choice([32, 40]))
    return C("redox", "api_secret", "ehr", v, block=["redox"], names=[["source", "secret"], ["secret"]],
             extras=[(["api", "key"], rng.uuid()), (["source", "id"], rng.uuid()), (["destination", "id"], rng.uuid())],
             desc="Redox source (legacy key/secret auth)")


def k_health_gorilla(rng):
    v = rng.mixed(B62, 40)
    return C("health_gorilla", "client_secret", "ehr", v, block=["healthgorilla"], names=[["client", "secret"]],
             extras=[(["client", "id"], rng.hexs(32)), (["base", "url"], "https://sandbox.healthgorilla.com/fhir/R4")],
             desc="Health Gorilla OAuth client")


def k_clearinghouse(provider, block, url, n):
    def f(rng):
        v = rng.mixed(B62, n if isinstance(n, int) else rng.choice(n))
        return C(provider, "client_secret", "ehr", v, block=[block], names=[["client", "secret"]],
                 extras=[(["client", "id"], rng.mixed(B62, 32)), (["token", "url"], url),
                         (["payer", "id"], rng.choice(["87726", "60054", "BCBSF", "62308", "SX110"]))],
                 desc="%s eligibility / claims OAuth client" % provider.replace("_", " ").title())
    return f


def k_surescripts(rng):
    v = gen_pw(rng, 18)
    return C("surescripts", "password", "engine", v, block=["surescripts"], names=[["password"], ["portal", "password"]],
             generic=G_PASS, user="SS" + rng.digits(6), extras=[(["partner", "id"], "P" + rng.digits(7)),
                                                                (["url"], "https://messaging.surescripts.net/%s/AuthenticatingXmlServer.aspx" % rng.choice(["MRH", "VCH"]))],
             desc="Surescripts NCPDP SCRIPT messaging")


def k_drfirst(rng):
    v = rng.mixed(B62, rng.choice([12, 14, 16]))
    return C("drfirst", "vendor_password", "ehr", v, block=["rcopia"], names=[["vendor", "password"]], generic=G_PASS,
             extras=[(["vendor", "name"], "vendor" + rng.digits(4)), (["practice", "username"], rng.choice(FACILITIES).lower() + "_rx"),
                     (["engine", "url"], "https://engine%d.drfirst.com/servlet/rcopia.servlet.EngineServlet" % rng.randint(1, 3))],
             desc="DrFirst Rcopia engine credentials")


def k_twilio_auth(rng):
    v = rng.hexs(32)
    return C("twilio", "auth_token", "gov", v, block=["twilio"], names=[["auth", "token"]], generic=G_TOKEN,
             extras=[(["account", "sid"], "AC" + rng.hexs(32)), (["messaging", "service", "sid"], "MG" + rng.hexs(32))],
             desc="Twilio patient appointment-reminder SMS")


def k_twilio_apikey(rng):
    v = rng.mixed(B62, 32)
    return C("twilio", "api_key_secret", "gov", v, block=["twilio"], names=[["api", "secret"], ["api", "key", "secret"]], generic=G_TOKEN,
             extras=[(["account", "sid"], "AC" + rng.hexs(32)), (["api", "key", "sid"], "SK" + rng.hexs(32))],
             desc="Twilio patient SMS (API key)")


def pem_kind(provider, kind, block, pemkind, extras_fn, desc):
    def f(rng):
        text, needle = make_pem(rng, pemkind() if callable(pemkind) else pemkind)
        return C(provider, kind, "pem", text, needle=needle, block=[block], names=[["private", "key"], ["jwt", "signing", "key"]],
                 generic=G_KEY, extras=extras_fn(rng), desc=desc, shape="multi")
    return f


def jwk_kind(provider, kty, block, desc):
    def f(rng):
        k = make_jwk(rng, kty)
        return C(provider, "jwk_private_d", "jwk", k, needle=k["d"], block=[block], names=[["private", "jwk"], ["signing", "jwk"]],
                 generic=[["jwk"], ["key"], ["signing", "key"]], extras=[(["client", "id"], rng.uuid()), (["kid"], k["kid"])],
                 desc=desc, shape="jwk")
    return f


def k_pgp(rng):
    text, needle = make_pgp(rng, True, rng.choice([None, None, "GPGTools - https://gpgtools.org", "Payer EDI file exchange"]))
    return C("pgp", "private_key", "pgp", text, needle=needle, block=["pgp"], names=[["private", "key"], ["secret", "key"]],
             generic=[["key"], ["signing", "key"], ["private", "key"]], extras=[(["key", "id"], rng.hexs(16, True)),
                                                                                 (["recipient"], "edi-%s@%s.com" % (rng.choice(["inbound", "ops"]), rng.choice(["availity", "optum", "payer"])))],
             desc="PGP key for 837/835 file exchange", shape="multi")


def engine_kind(provider, kind, block, names, userfn, extras_fn, desc, human=0.5):
    def f(rng):
        v = human_password(rng) if rng.random() < human else gen_pw(rng)
        return C(provider, kind, "engine", v, block=[block], names=names, generic=G_PASS,
                 user=userfn(rng), extras=extras_fn(rng), desc=desc)
    return f


def ex_hl7(rng):
    return [(["host"], host(rng, "ehr")), (["port"], str(rng.choice([6661, 6662, 7001, 2575, 5000 + rng.randint(0, 99)]))),
            (["sending", "facility", "oid"], oid(rng))]


def ex_sftp(rng):
    return [(["host"], rng.choice(["sftp.availity.com", "mft.optum.com", "edi.%s.gov" % rng.choice(AGENCIES).replace("-", ""),
                                   "sftp.changehealthcare.com", "ftp.%s.com" % rng.choice(["bcbsil", "uhc-edi", "medicaidmco"])])),
            (["port"], "22"), (["remote", "dir"], rng.choice(["/inbound/837", "/outbound/835", "/999", "/elr/in"]))]


def k_db_conn(rng):
    pw = human_password(rng) if rng.random() < 0.4 else gen_pw(rng)
    u = rng.choice(USERS)
    h = host(rng, "ehr")
    db = rng.choice(["mirthdb", "hapi_fhir", "pacsdb", "ehr_stage", "claims", "redcap", "surveillance"])
    style = rng.randint(0, 3)
    if style == 0:
        lit = "jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=%s;encrypt=true" % (h, db, u, pw)
    elif style == 1:
        lit = "postgresql://%s:%s@%s:5432/%s?sslmode=require" % (u, pw, h, db)
    elif style == 2:
        lit = "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True;" % (h, db, u, pw)
    else:
        lit = "jdbc:oracle:thin:%s/%s@//%s:1521/%s" % (u, pw, h, db.upper())
    return C("database", "connection_string_password", "db", lit, needle=pw, block=["datasource"],
             names=[["url"], ["connection", "string"], ["jdbc", "url"]], generic=[["url"], ["dsn"], ["conn"], ["connection"]],
             desc="clinical data store")


def k_orthanc(rng):
    v = human_password(rng) if rng.random() < 0.6 else gen_pw(rng, 16)
    return C("orthanc", "registered_user_password", "pacs", v, block=["orthanc"], names=[["password"]], generic=G_PASS,
             user=rng.choice(["radiology", "pacs_admin", "viewer", "ohif", "modality_router", "dr_kline"]),
             extras=[(["aet"], rng.choice(["ORTHANC", "MRH_PACS", "VCH_ARCH"])), (["dicom", "port"], "4242")], desc="Orthanc DICOM server")


def gov_kind(provider, kind, block, valfn, names, generic, extras_fn, desc, cat="gov"):
    def f(rng):
        v = valfn(rng)
        return C(provider, kind, cat, v, block=[block], names=names, generic=generic, extras=extras_fn(rng), desc=desc)
    return f


def esri_key(rng):
    if rng.random() < 0.5:
        return "AAPK" + rng.hexs(32) + rng.mixed(B64URL, rng.randint(60, 70))
    return "AAPT" + rng.mixed(B64URL, rng.randint(120, 150)) + ".."


def esri_token(rng):
    return rng.mixed(B64URL, rng.randint(120, 180)) + ".."


def usps(rng):
    while True:
        v = rng.s(UPALNUM, 12)
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def k_usps(rng):
    v = usps(rng)
    uid = rng.digits(3) + rng.choice(["DHHSC", "CNTYA", "WICPR", "VITAL", "DMVST"]) + rng.digits(4)
    return C("usps", "webtools_password", "gov", v, block=["usps"], names=[["password"], ["webtools", "password"]], generic=G_PASS,
             user=uid, extras=[(["api", "url"], "https://secure.shippingapis.com/ShippingAPI.dll")], desc="USPS Web Tools address verification")


def k_irs(rng):
    v = human_password(rng)
    return C("irs", "efile_transmitter_password", "gov", v, block=["efile"], names=[["transmitter", "password"], ["etin", "password"]],
             generic=G_PASS, user="ETIN" + rng.digits(5),
             extras=[(["etin"], rng.digits(5)), (["efin"], rng.digits(6)), (["endpoint"], "https://la.www4.irs.gov/a2a/mef")],
             desc="IRS MeF A2A transmitter")


def k_socrata(rng):
    v = rng.mixed(B62, 50)
    return C("socrata", "api_key_secret", "gov", v, block=["socrata"], names=[["key", "secret"], ["api", "secret"]], generic=G_SECRET,
             extras=[(["key", "id"], rng.s(LOALNUM, 25)), (["domain"], "data.%s.gov" % rng.choice(["cityofchicago.org", "wa", "ny", "cdc"]).replace(".org.gov", ".org")),
                     (["dataset"], "%s-%s" % (rng.s(LOALNUM, 4), rng.s(LOALNUM, 4)))], desc="Socrata publisher upsert")


def k_sfgov(rng):
    v = rng.hexs(64, True)
    return C("salesforce_gov", "consumer_secret", "gov", v, block=["salesforce"], names=[["consumer", "secret"], ["client", "secret"]],
             extras=[(["consumer", "key"], "3MVG9" + rng.mixed(B62 + "._", 80)),
                     (["login", "url"], "https://%s.my.salesforce.com" % rng.choice(["dhhs-case", "permits", "benefits"]))],
             desc="Salesforce Government Cloud connected app")


def k_sf_refresh(rng):
    v = "5Aep861" + rng.mixed(B62 + "._", 80)
    return C("salesforce_gov", "refresh_token", "gov", v, block=["salesforce"], names=[["refresh", "token"]], generic=G_TOKEN,
             extras=[(["instance", "url"], "https://%s.my.salesforce.com" % rng.choice(["dhhs-case", "permits", "benefits"]))],
             desc="Salesforce Government Cloud integration user")


def k_aws(prefix):
    def f(rng):
        kid = prefix + rng.s(B32, 16)
        sec = rng.mixed(B62 + "/+", 40)
        return C("aws_govcloud", "secret_access_key" if prefix == "AKIA" else "temporary_secret_access_key", "cloud", sec,
                 block=["aws"], names=[["secret", "access", "key"]], generic=[["secret"], ["key"], ["sk"], ["secret", "key"]],
                 extras=[(["access", "key", "id"], kid), (["region"], rng.choice(REGIONS_GOV))], desc="AWS GovCloud (US)")
    return f


def azure_secret(rng):
    if rng.random() < 0.8:
        return rng.s(B62 + "_~.", 3) + rng.choice(string.digits) + "Q~" + rng.mixed(B62 + "_~.-", 34)
    return rng.mixed(B62 + "_.-~[]@:=", rng.randint(32, 40))


def k_azure(provider, authority):
    def f(rng):
        v = azure_secret(rng)
        return C(provider, "client_secret", "cloud", v, block=["azuread"], names=[["client", "secret"]],
                 extras=[(["tenant", "id"], rng.uuid()), (["client", "id"], rng.uuid()), (["authority"], authority)],
                 desc="Entra ID app registration")
    return f


def k_okta_api(rng):
    v = "00" + rng.mixed(B64URL, 40)
    return C("okta", "api_token", "cloud", v, block=["okta"], names=[["api", "token"]], generic=G_TOKEN,
             extras=[(["org", "url"], "https://%s.okta%s.com" % (rng.choice(["dhhs", "county", "agency", "state-ok"]), rng.choice(["", "gov"])))],
             desc="Okta for Government org admin API")


def k_okta_secret(rng):
    v = rng.mixed(B64URL, rng.choice([40, 64]))
    return C("okta", "client_secret", "cloud", v, block=["okta"], names=[["client", "secret"]],
             extras=[(["client", "id"], "0oa" + rng.mixed(B62, 17)), (["issuer"], "https://%s.okta.com/oauth2/default" % rng.choice(["dhhs", "benefits"]))],
             desc="Okta OIDC web app")


def k_vault(legacy):
    def f(rng):
        if legacy:
            v = "s." + rng.mixed(B62, 24)
        elif rng.random() < 0.6:
            v = "hvs.CAESI" + rng.mixed(B64URL, rng.randint(86, 96))
        else:
            v = "hvs." + rng.mixed(B62, 24)
        return C("hashicorp_vault", "legacy_token" if legacy else "service_token", "cloud", v, block=["vault"],
                 names=[["token"]], generic=[["token"], ["auth"], ["root", "token"], ["credential"]],
                 extras=[(["addr"], "https://vault.%s.gov:8200" % rng.choice(AGENCIES).replace("-", "")), (["namespace"], "admin/" + rng.choice(AGENCIES))],
                 desc="agency Vault")
    return f


def research_kind(provider, kind, block, valfn, names, generic, extras_fn, desc):
    def f(rng):
        return C(provider, kind, "research", valfn(rng), block=[block], names=names, generic=generic, extras=extras_fn(rng), desc=desc)
    return f


def k_box(rng):
    v = rng.mixed(LOALNUM + string.ascii_uppercase, 32)
    return C("box", "client_secret", "research", v, block=["box"], names=[["client", "secret"]],
             extras=[(["client", "id"], rng.s(LOALNUM, 32)), (["enterprise", "id"], rng.digits(9))], desc="Box CCG app for IRB documents")


def k_docusign_secret(rng):
    v = rng.uuid()
    return C("docusign", "secret_key", "research", v, block=["docusign"], names=[["secret", "key"], ["client", "secret"]],
             extras=[(["integration", "key"], rng.uuid()), (["account", "id"], rng.uuid()), (["base", "path"], "https://demo.docusign.net/restapi")],
             desc="DocuSign eSignature consent forms (auth code grant)")


def _pemx_smart(rng):
    return [(["client", "id"], rng.choice(APPS)), (["token", "url"], fhir_base(rng, "x").replace("/fhir", "/oauth/token")),
            (["kid"], rng.hexs(16))]


def _pemx_epic(rng):
    return [(["client", "id"], rng.uuid()), (["token", "url"], "https://fhir.%s.org/interconnect-prd-oauth/oauth2/token" % rng.choice(ORGS))]


def _pemx_cerner(rng):
    return [(["client", "id"], rng.uuid()), (["tenant"], rng.uuid())]


def _pemx_login(rng):
    return [(["client", "id"], "urn:gov:gsa:openidconnect.profiles:sp:sso:%s:%s" % (rng.choice(AGENCIES), rng.choice(APPS))),
            (["idp", "url"], rng.choice(["https://idp.int.identitysandbox.gov", "https://secure.login.gov"]))]


def _pemx_docusign(rng):
    return [(["integration", "key"], rng.uuid()), (["user", "id"], rng.uuid()), (["oauth", "base"], "account-d.docusign.com")]


KINDS = [
    k_smart_secret, k_epic_secret, k_cerner_secret, k_athena_secret, k_allscripts, k_redox, k_health_gorilla,
    k_clearinghouse("change_healthcare", "changehc", "https://apigw.changehealthcare.com/apip/auth/v2/token", [16, 32]),
    k_clearinghouse("availity", "availity", "https://api.availity.com/availity/v1/token", [20, 24]),
    k_clearinghouse("optum", "optum", "https://idx.linkhealth.com/auth/realms/developer-platform/protocol/openid-connect/token", 32),
    k_surescripts, k_drfirst, k_twilio_auth, k_twilio_apikey,
    pem_kind("smart_on_fhir", "private_key_pem", "smart", lambda: None, _pemx_smart, "SMART backend services private_key_jwt"),
    pem_kind("epic", "private_key_pem", "epic", "rsa8", _pemx_epic, "Epic backend system JWT signing key"),
    pem_kind("oracle_health", "private_key_pem", "cerner", "rsa8", _pemx_cerner, "Cerner bulk data client assertion key"),
    pem_kind("login_gov", "private_key_pem", "logingov", "rsa8", _pemx_login, "Login.gov private_key_jwt"),
    pem_kind("docusign", "rsa_private_key", "docusign", "rsa1", _pemx_docusign, "DocuSign JWT grant RSA key"),
    jwk_kind("smart_on_fhir", "EC", "smart", "SMART backend services JWK"),
    jwk_kind("epic", "RSA", "epic", "Epic backend services JWK (RS384)"),
    k_pgp,
    engine_kind("mirth", "database_password", "mirth", [["database", "password"], ["db", "password"]], lambda r: r.choice(USERS),
                lambda r: [(["database"], r.choice(["sqlserver", "postgres", "oracle"]))], "Mirth Connect backing database"),
    engine_kind("mirth", "channel_password", "mirth", [["sftp", "password"], ["reader", "password"]], lambda r: r.choice(USERS), ex_sftp,
                "Mirth channel connector"),
    engine_kind("mirth", "keystore_password", "mirth", [["keystore", "storepass"], ["keystore", "password"]], lambda r: None,
                lambda r: [(["keystore", "path"], "${dir.appdata}/keystore.jks")], "Mirth keystore", human=0.2),
    engine_kind("rhapsody", "password", "rhapsody", [["password"], ["comm", "point", "password"]], lambda r: r.choice(USERS), ex_hl7, "Rhapsody comm point"),
    engine_kind("iguana", "password", "iguana", [["password"], ["admin", "password"]], lambda r: r.choice(["admin", "iguana_svc", "hl7ops"]), ex_hl7, "Iguana channel"),
    engine_kind("cloverleaf", "password", "cloverleaf", [["password"], ["site", "password"]], lambda r: r.choice(["hci", "clvr_adm", "hl7ops"]), ex_hl7, "Cloverleaf site"),
    engine_kind("payer_sftp", "password", "sftp", [["sftp", "password"], ["password"]], lambda r: r.choice(["MRH837X", "tp%s" % r.digits(6), "edi_" + r.choice(FACILITIES).lower()]),
                ex_sftp, "Trading partner SFTP (X12 837/835)", human=0.3),
    engine_kind("java_keystore", "keystore_password", "ssl", [["key", "store", "password"], ["keystore", "password"], ["trust", "store", "password"]],
                lambda r: None, lambda r: [(["key", "store"], "classpath:keystore/%s.p12" % r.choice(APPS)), (["key", "alias"], r.choice(APPS))],
                "TLS keystore", human=0.4),
    engine_kind("dcm4chee", "ldap_password", "dcm4chee", [["ldap", "root", "password"], ["ldap", "password"]], lambda r: "cn=admin,dc=dcm4che,dc=org",
                lambda r: [(["ldap", "url"], "ldap://ldap:389"), (["archive", "aet"], "DCM4CHEE")], "dcm4chee-arc light"),
    engine_kind("dcm4chee", "db_password", "dcm4chee", [["postgres", "password"], ["db", "password"]], lambda r: "pacs",
                lambda r: [(["postgres", "db"], "pacsdb"), (["storage", "dir"], "/storage/fs1")], "dcm4chee archive DB"),
    k_db_conn, k_orthanc,
    gov_kind("login_gov", "client_assertion_key_passphrase", "logingov", lambda r: human_password(r) if r.random() < 0.5 else gen_pw(r),
             [["key", "passphrase"]], G_PASS, _pemx_login, "Login.gov encrypted key passphrase"),
    gov_kind("id_me", "client_secret", "idme", lambda r: r.hexs(32), [["client", "secret"]], G_SECRET,
             lambda r: [(["client", "id"], r.hexs(32)), (["redirect", "uri"], "https://%s/auth/idme/callback" % host(r, "gov"))], "ID.me OIDC"),
    gov_kind("data_gov", "api_key", "datagov", lambda r: r.mixed(B62, 40), [["api", "key"]], G_TOKEN,
             lambda r: [(["base", "url"], "https://api.data.gov/%s" % r.choice(["ed/collegescorecard/v1", "gsa/fbopen/v0", "sam/v3"]))], "api.data.gov"),
    gov_kind("openfda", "api_key", "openfda", lambda r: r.mixed(B62, 40), [["api", "key"]], G_TOKEN,
             lambda r: [(["endpoint"], r.choice(["https://api.fda.gov/drug/event.json", "https://api.fda.gov/device/recall.json", "https://api.fda.gov/food/enforcement.json"]))], "openFDA"),
    k_socrata, k_usps, k_irs, k_sfgov, k_sf_refresh,
    gov_kind("census", "api_key", "census", lambda r: r.hexs(40), [["api", "key"], ["key"]], G_TOKEN,
             lambda r: [(["dataset"], r.choice(["acs/acs5", "dec/pl", "acs/acs1/subject"])), (["year"], str(r.randint(2018, 2023)))], "Census Data API"),
    gov_kind("noaa", "cdo_token", "noaa", lambda r: r.alpha(32), [["cdo", "token"], ["token"]], G_TOKEN,
             lambda r: [(["dataset"], "GHCND"), (["station"], "GHCND:USW000%s" % r.digits(5))], "NOAA NCEI Climate Data Online"),
    gov_kind("govdelivery", "api_token", "govdelivery", lambda r: r.mixed(B62, 32), [["api", "token"], ["auth", "token"]], G_TOKEN,
             lambda r: [(["api", "url"], "https://tms.govdelivery.com"), (["account", "code"], r.choice(AGENCIES).upper().replace("-", ""))], "Granicus GovDelivery TMS"),
    gov_kind("accela", "app_secret", "accela", lambda r: r.hexs(32), [["app", "secret"]], G_SECRET,
             lambda r: [(["app", "id"], r.digits(12)), (["agency"], r.choice(["CITYOFMESA", "SANDIEGO", "COUNTYPERMITS"])),
                        (["environment"], r.choice(["PROD", "SUPP", "TEST"]))], "Accela Construct API"),
    gov_kind("tyler", "api_key", "tyler", lambda r: r.mixed(B62, r.choice([32, 40])), [["api", "key"]], G_TOKEN,
             lambda r: [(["tenant"], r.choice(["munis", "energov", "incode"])), (["base", "url"], "https://%s.tylerhost.net/api" % r.choice(AGENCIES))], "Tyler EnerGov / Munis API"),
    gov_kind("esri", "api_key", "arcgis", esri_key, [["api", "key"]], G_TOKEN,
             lambda r: [(["portal", "url"], "https://www.arcgis.com"), (["item", "id"], r.hexs(32))], "ArcGIS location services"),
    gov_kind("esri", "token", "arcgis", esri_token, [["token"]], G_TOKEN,
             lambda r: [(["server"], "https://gis.%s.gov/server/rest/services" % r.choice(AGENCIES).replace("-", "")), (["referer"], "https://maps.%s.gov" % r.choice(AGENCIES))],
             "ArcGIS Server generateToken"),
    k_aws("AKIA"), k_aws("ASIA"),
    k_azure("azure_gov", "https://login.microsoftonline.us"), k_azure("entra", "https://login.microsoftonline.com"),
    k_okta_api, k_okta_secret, k_vault(False), k_vault(True),
    research_kind("redcap", "api_token", "redcap", lambda r: r.hexs(32, True), [["api", "token"], ["token"]], G_TOKEN,
                  lambda r: [(["api", "url"], "https://redcap.%s.edu/api/" % r.choice(["ctsi", "med", "hsc"])), (["project", "id"], str(r.randint(100, 30000)))], "REDCap project"),
    research_kind("redcap", "super_token", "redcap", lambda r: r.hexs(64, True), [["super", "token"]], G_TOKEN,
                  lambda r: [(["api", "url"], "https://redcap.%s.edu/api/" % r.choice(["ctsi", "med", "hsc"]))], "REDCap super API token"),
    research_kind("qualtrics", "api_token", "qualtrics", lambda r: r.mixed(B62, 40), [["api", "token"]], G_TOKEN,
                  lambda r: [(["datacenter"], r.choice(["iad1", "ca1", "az1", "sjc1"])), (["survey", "id"], "SV_" + r.mixed(B62, 15))], "Qualtrics PRO survey export"),
    research_kind("veeva", "vault_password", "veeva", human_password, [["password"], ["vault", "password"]], G_PASS,
                  lambda r: [(["vault", "dns"], "%s-clinical.veevavault.com" % r.choice(["acme", "norvance", "helix"])), (["username"], "integration@%s.com" % r.choice(["acme", "helix"]))], "Veeva Vault CTMS"),
    research_kind("medidata", "rave_password", "rave", human_password, [["password"], ["rws", "password"]], G_PASS,
                  lambda r: [(["url"], "https://%s.mdsol.com/RaveWebServices" % r.choice(["innovate", "helixbio", "norvance"])), (["username"], "RWS_" + r.choice(["ETL", "SYNC"]))], "Medidata Rave Web Services"),
    k_box, k_docusign_secret,
]


# --------------------------------------------------------------------------
# naming and quoting
# --------------------------------------------------------------------------

def nm(tokens, style):
    t = [x for x in tokens if x]
    if style == "UPPER":
        return "_".join(x.upper() for x in t)
    if style == "snake":
        return "_".join(t)
    if style == "kebab":
        return "-".join(t)
    if style == "dot":
        return ".".join(t)
    if style == "Pascal":
        return "".join(x.capitalize() for x in t)
    # camel
    return t[0] + "".join(x.capitalize() for x in t[1:])


def flat(slot, tokens):
    return (slot["block"] if slot["prefix"] else []) + tokens


YAML_SPECIAL = set(":#{}[],&*!|>'\"%@`?-~=")


def yq(v):
    if isinstance(v, Raw):
        return str(v)
    if v == "":
        return '""'
    if v[0] in YAML_SPECIAL or ": " in v or " #" in v or v.lower() in ("yes", "no", "true", "false", "on", "off", "null") or v.isdigit():
        return "'" + v + "'"
    return v


def jq(v):
    return json.dumps(v)


def pyq(v):
    return str(v) if isinstance(v, Raw) else '"' + v + '"'


def sq(v):
    return str(v) if isinstance(v, Raw) else "'" + v + "'"


def dq(v):
    return str(v) if isinstance(v, Raw) else '"' + v + '"'


def envq(v, rng):
    if isinstance(v, Raw):
        return str(v)
    if any(c in v for c in " #$&;|<>()*?!'\\\"`~") or rng.random() < 0.3:
        return ("'" + v + "'") if "'" not in v else ('"' + v + '"')
    return v


def xesc(v):
    return str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def secret_entry(slot):
    return slot["entries"][slot["secret_idx"]]


def comment_header(rng, slot, mark="#"):
    lines = []
    d = slot["desc"]
    opts = ["%s %s" % (mark, d), "%s %s -- owner: %s integration team" % (mark, d, rng.choice(["clinical", "interface", "platform", "data"])),
            "%s Ticket %s-%d: %s" % (mark, rng.choice(["INTG", "HIS", "CHG", "DSD", "EPI"]), rng.randint(100, 9999), d)]
    lines.append(rng.choice(opts))
    if rng.random() < 0.4:
        lines.append("%s Last reviewed %d-%02d-%02d (HIPAA security review)" % (mark, rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)))
    return lines


def filler_pairs(rng, cat):
    """Innocent config settings relevant to the category (also in-file look-alikes)."""
    pool = [
        (["timeout", "seconds"], str(rng.choice([15, 30, 60, 120]))),
        (["retry", "count"], str(rng.randint(2, 6))),
        (["log", "level"], rng.choice(["INFO", "WARN", "DEBUG"])),
    ]
    if cat in ("ehr", "pem", "jwk", "engine", "db", "pacs", "sftp", "mirth", "rhapsody", "iguana", "cloverleaf", "ssl", "dcm4chee"):
        pool += [
            (["fhir", "version"], rng.choice(["R4", "4.0.1", "R4B"])),
            (["facility", "oid"], oid(rng)),
            (["organization", "npi"], make_npi(rng)),
            (["assigning", "authority"], rng.choice(FACILITIES) + "^" + oid(rng) + "^ISO"),
            (["default", "loinc"], rng.choice(LOINC)),
            (["batch", "size"], str(rng.choice([50, 100, 250, 500]))),
        ]
    if cat in ("gov", "cloud", "research") or cat not in ("ehr",):
        pool += [
            (["state", "fips"], rng.choice(FIPS)[0]),
            (["county", "fips"], "".join(rng.choice(FIPS))),
            (["page", "size"], str(rng.choice([100, 500, 1000, 5000]))),
            (["dataset", "id"], "%s-%s" % (rng.s(LOALNUM, 4), rng.s(LOALNUM, 4))),
            (["contact", "email"], "%s@%s.gov" % (rng.choice(["gis", "opendata", "epi", "it-help"]), rng.choice(AGENCIES).replace("-", ""))),
        ]
    rng.shuffle(pool)
    return pool[: rng.randint(2, 5)]


# --------------------------------------------------------------------------
# file-type renderers: each returns (relative_path, text)
# --------------------------------------------------------------------------

def r_dotenv(rng, slot):
    L = comment_header(rng, slot)
    L.append("APP_ENV=%s" % rng.choice(["production", "prod", "staging", "uat"]))
    if rng.random() < 0.5:
        L.append("TZ=America/%s" % rng.choice(["Chicago", "New_York", "Denver", "Los_Angeles"]))
    L.append("")
    for toks, v, shape in slot["entries"]:
        k = nm(flat(slot, toks), "UPPER")
        if shape == "multi":
            L.append('%s="%s"' % (k, v))
        elif shape == "jwk":
            L.append("%s='%s'" % (k, json.dumps(v, separators=(",", ":"))))
        else:
            L.append("%s=%s" % (k, envq(v, rng)))
    L.append("")
    for toks, v in filler_pairs(rng, slot["cat"]):
        L.append("%s=%s" % (nm(toks, "UPPER"), v))
    path = rng.choice([".env", ".env.production", "deploy/.env.prod", "services/%s/.env" % rng.choice(APPS), "docker/.env"])
    return path, "\n".join(L) + "\n"


def yaml_entries(slot, indent, style="kebab"):
    out = []
    pad = " " * indent
    for toks, v, shape in slot["entries"]:
        k = nm(toks, style)
        if shape == "multi":
            out.append("%s%s: |" % (pad, k))
            out.extend(pad + "  " + ln for ln in str(v).split("\n"))
        elif shape == "jwk":
            out.append("%s%s: '%s'" % (pad, k, json.dumps(v, separators=(",", ":"))))
        else:
            out.append("%s%s: %s" % (pad, k, yq(v)))
    return out


def r_spring_yaml(rng, slot):
    app = rng.choice(APPS)
    L = comment_header(rng, slot)
    L += ["server:", "  port: %d" % rng.choice([8080, 8443, 9090]), "  servlet:", "    context-path: /%s" % app,
          "spring:", "  application:", "    name: %s" % app, "  jpa:", "    open-in-view: false"]
    blk = nm(slot["block"], "kebab")
    L += ["", "%s:" % blk]
    L += yaml_entries(slot, 2)
    L += ["", "management:", "  endpoints:", "    web:", "      exposure:", "        include: health,info,prometheus"]
    L += ["", "integration:"]
    for toks, v in filler_pairs(rng, slot["cat"]):
        L.append("  %s: %s" % (nm(toks, "kebab"), yq(v)))
    path = rng.choice(["src/main/resources/application-prod.yml", "src/main/resources/application.yml",
                       "config/application-%s.yaml" % rng.choice(["prod", "uat", "stage"])])
    return path, "\n".join(L) + "\n"


def r_hapi_yaml(rng, slot):
    L = comment_header(rng, slot)
    L += ["spring:", "  main:", "    allow-circular-references: true", "  flyway:", "    enabled: false",
          "  batch:", "    job:", "      enabled: false", "hapi:", "  fhir:", "    fhir_version: R4",
          "    server_address: https://%s/fhir/" % host(rng, "ehr"), "    allow_external_references: true",
          "    default_page_size: %d" % rng.choice([20, 50, 100]), "    max_page_size: 500",
          "    partitioning:", "      allow_references_across_partitions: false",
          "    bulk_export_enabled: %s" % rng.choice(["true", "false"]),
          "    implementationguides:", "      uscore:", "        name: hl7.fhir.us.core", "        version: %s" % rng.choice(["6.1.0", "5.0.1", "3.1.1"])]
    blk = nm(slot["block"], "snake")
    L += ["    %s:" % blk]
    L += yaml_entries(slot, 6, "snake")
    for toks, v in filler_pairs(rng, slot["cat"])[:2]:
        L.append("      %s: %s" % (nm(toks, "snake"), yq(v)))
    L += ["    cors:", "      allow_Credentials: true", "      allowed_origin:", "        - '*'"]
    path = rng.choice(["hapi-fhir-jpaserver/src/main/resources/application.yaml", "configs/hapi.application.yaml",
                       "charts/hapi/files/application.yaml"])
    return path, "\n".join(L) + "\n"


def r_properties(rng, slot):
    L = comment_header(rng, slot)
    app = rng.choice(APPS)
    L += ["spring.application.name=%s" % app, "server.port=%d" % rng.choice([8080, 8081, 9443]),
          "logging.level.ca.uhn.fhir=%s" % rng.choice(["INFO", "WARN"]), ""]
    blk = nm(slot["block"], "kebab")
    for toks, v, shape in slot["entries"]:
        L.append("%s.%s=%s" % (blk, nm(toks, "kebab"), v))
    L.append("")
    for toks, v in filler_pairs(rng, slot["cat"]):
        L.append("%s.%s=%s" % (rng.choice(["interface", "hl7", "app", "feed"]), nm(toks, "kebab"), v))
    path = rng.choice(["src/main/resources/application.properties", "conf/%s.properties" % app,
                       "config/interface-%s.properties" % rng.choice(["prod", "prd", "live"])])
    return path, "\n".join(L) + "\n"


def r_mirth_properties(rng, slot):
    sec = secret_entry(slot)
    kind = slot["kind"]
    db = rng.choice(["sqlserver", "postgres", "oracle"])
    url = {"sqlserver": "jdbc:jtds:sqlserver://%s:1433/mirthdb" % host(rng, "ehr"),
           "postgres": "jdbc:postgresql://%s:5432/mirthdb" % host(rng, "ehr"),
           "oracle": "jdbc:oracle:thin:@%s:1521:MIRTH" % host(rng, "ehr")}[db]
    vals = {"db": Raw("${MIRTH_DB_PASSWORD}") if rng.random() < 0.5 else Raw(""),
            "store": Raw("${KEYSTORE_STOREPASS}"), "key": Raw("${KEYSTORE_KEYPASS}")}
    if kind == "database_password":
        vals["db"] = sec[1]
    elif kind == "keystore_password":
        vals[rng.choice(["store", "key"])] = sec[1]
    else:
        # negative: reference already in sec[1]
        vals[rng.choice(["db", "store", "key"])] = sec[1]
    L = ["# Mirth Connect configuration file", "", "# directories", "dir.appdata = appdata", "dir.tempdata = ${dir.appdata}/temp", "",
         "# ports", "http.port = 8080", "https.port = 8443", "", "# password requirements", "password.minlength = 12",
         "password.minupper = 1", "password.minlower = 1", "password.minnumeric = 1", "password.minspecial = 1",
         "password.retrylimit = 5", "password.lockoutperiod = 30", "password.expiration = 90", "",
         "# keystore", "keystore.path = ${dir.appdata}/keystore.jks", "keystore.storepass = %s" % vals["store"],
         "keystore.keypass = %s" % vals["key"], "keystore.type = JCEKS", "",
         "# server", "http.contextpath = /", "server.url =", "http.host = 0.0.0.0", "https.host = 0.0.0.0",
         "https.client.protocols = TLSv1.3,TLSv1.2", "https.server.protocols = TLSv1.3,TLSv1.2,SSLv2Hello",
         "https.ciphersuites = TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "",
         "# CORS headers", "server.api.accesscontrolalloworigin = *", "", "# options: derby, mysql, postgres, oracle, sqlserver",
         "database = %s" % db, "database.url = %s" % url, "database.max-connections = 20",
         "database.username = %s" % (slot.get("user") or rng.choice(USERS)), "database.password = %s" % vals["db"],
         "", "# Encryption settings", "encryption.algorithm = AES", "encryption.keylength = 256", "digest.algorithm = SHA256",
         "security.provider = org.bouncycastle.jce.provider.BouncyCastleProvider"]
    return rng.choice(["mirth/conf/mirth.properties", "appdata/mirth.properties", "ansible/roles/mirth/files/mirth.properties"]), "\n".join(L) + "\n"


def r_appsettings(rng, slot):
    blk = nm(slot["block"], "Pascal")
    sect = {}
    for toks, v, shape in slot["entries"]:
        sect[nm(toks, "Pascal")] = v if shape != "jwk" else v
    extra = {nm(t, "Pascal"): v for t, v in filler_pairs(rng, slot["cat"])}
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*"}
    if rng.random() < 0.5:
        doc["ApplicationInsights"] = {"ConnectionString": Raw("")}
    doc[blk] = sect
    doc["Integration"] = extra
    txt = json.dumps(doc, indent=2, default=str)
    path = rng.choice(["src/%s.Api/appsettings.Production.json" % rng.choice(["Fhir", "Claims", "Permits", "Benefits"]),
                       "appsettings.json", "src/Web/appsettings.Staging.json"])
    return path, txt + "\n"


def r_webconfig(rng, slot):
    blk = nm(slot["block"], "Pascal")
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<!--", "  %s" % slot["desc"], "-->", "<configuration>",
         "  <configSections>", '    <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />',
         "  </configSections>", "  <appSettings>", '    <add key="webpages:Version" value="3.0.0.0" />',
         '    <add key="ClientValidationEnabled" value="true" />']
    for toks, v, shape in slot["entries"]:
        L.append('    <add key="%s:%s" value="%s" />' % (blk, nm(toks, "Pascal"), xesc(v)))
    for toks, v in filler_pairs(rng, slot["cat"]):
        L.append('    <add key="%s" value="%s" />' % (nm(toks, "Pascal"), xesc(v)))
    L += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
          '    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />', '    <customErrors mode="RemoteOnly" />',
          "  </system.web>", "  <system.webServer>", "    <httpProtocol>", "      <customHeaders>",
          '        <add name="Strict-Transport-Security" value="max-age=31536000" />', "      </customHeaders>",
          "    </httpProtocol>", "  </system.webServer>", "</configuration>"]
    return rng.choice(["Web.config", "src/PortalWeb/Web.config", "IIS/%s/web.config" % rng.choice(APPS)]), "\n".join(L) + "\n"


def r_python(rng, slot):
    sec = secret_entry(slot)
    L = ['"""%s -- %s."""' % (rng.choice(APPS).replace("-", "_"), slot["desc"]), "import json", "import logging", "import os", ""]
    L += ["import requests" if rng.random() < 0.7 else "from fhirclient import client", "", "log = logging.getLogger(__name__)", ""]
    positional = slot.get("generic") and sec[2] == "line" and rng.random() < 0.4
    names = {}
    for i, (toks, v, shape) in enumerate(slot["entries"]):
        k = nm(flat(slot, toks), "UPPER")
        names[i] = k
        if positional and i == slot["secret_idx"]:
            continue
        if shape == "multi":
            L.append('%s = """%s\n"""' % (k, v))
        elif shape == "jwk":
            L.append("%s = %s" % (k, json.dumps(v, indent=4)))
        else:
            L.append("%s = %s" % (k, pyq(v)))
    for toks, v in filler_pairs(rng, slot["cat"])[:3]:
        L.append("%s = %s" % (nm(toks, "UPPER"), pyq(v) if not v.isdigit() else v))
    others = [names[i] for i in names if i != slot["secret_idx"]]
    sec_expr = pyq(sec[1]) if positional else names[slot["secret_idx"]]
    L += ["", "", "def open_session(base_url, user_or_client, secret, timeout=30):",
          '    """Return an authenticated requests.Session for the upstream API."""',
          "    s = requests.Session()", "    s.headers.update({\"Accept\": \"application/fhir+json\"})",
          "    s.auth = (user_or_client, secret)", "    s.timeout = timeout", "    return s", "", "",
          "def fetch_page(session, url, params=None):", "    resp = session.get(url, params=params or {})",
          "    resp.raise_for_status()", "    return resp.json()", "", "",
          'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)"]
    first = others[0] if others else '"svc"'
    L.append("    sess = open_session(%s, %s, %s)" % (first, others[1] if len(others) > 1 else first, sec_expr))
    L += ["    bundle = fetch_page(sess, %s + \"/Patient\", {\"_count\": 50})" % first,
          "    log.info(\"fetched %d entries\", len(bundle.get(\"entry\", [])))"]
    path = rng.choice(["scripts/%s.py" % rng.choice(APPS).replace("-", "_"), "etl/extract_%s.py" % rng.choice(["labs", "adt", "claims", "cases"]),
                       "tools/pull_%s.py" % slot["block"][0]])
    return path, "\n".join(L) + "\n"


def r_rscript(rng, slot):
    sec = secret_entry(slot)
    L = ["# %s" % slot["desc"], "# Epi analysis pipeline - %s" % rng.choice(["weekly ILI", "overdose surveillance", "HAI dashboard", "immunization coverage"]),
         "library(httr)", "library(jsonlite)", "library(dplyr)", ""]
    for i, (toks, v, shape) in enumerate(slot["entries"]):
        k = nm(flat(slot, toks), "snake")
        if i == slot["secret_idx"] and slot["provider"] == "census" and rng.random() < 0.5:
            L.append("tidycensus::census_api_key(%s, install = FALSE)" % dq(v))
            continue
        L.append("%s <- %s" % (k, dq(v)))
    for toks, v in filler_pairs(rng, slot["cat"])[:3]:
        L.append("%s <- %s" % (nm(toks, "snake"), dq(v)))
    sk = nm(flat(slot, sec[0]), "snake")
    L += ["", "pull_records <- function(url, auth) {",
          "  resp <- POST(url, body = list(token = auth, content = 'record', format = 'json', type = 'flat'), encode = 'form')",
          "  stop_for_status(resp)", "  fromJSON(content(resp, as = 'text', encoding = 'UTF-8'))", "}", "",
          "df <- pull_records(api_url <- %s, %s)" % (dq(rng.choice(["https://redcap.ctsi.edu/api/", "https://api.census.gov/data/2022/acs/acs5"])), sk),
          "df <- df %>% filter(!is.na(DCOL)) %>% mutate(week = lubridate::epiweek(DCOL))".replace("DCOL", rng.choice(["collection_date", "onset_dt"])),
          "write.csv(df, file.path('output', 'extract.csv'), row.names = FALSE)"]
    return rng.choice(["analysis/%s.R" % rng.choice(["ili_weekly", "od_surv", "hai_rates", "imm_coverage"]), "R/pull_data.R"]), "\n".join(L) + "\n"


def r_sas(rng, slot):
    sec = secret_entry(slot)
    L = ["/*" + "*" * 60, " * Program: %s.sas" % rng.choice(["elr_extract", "claims_qa", "pop_denoms", "hedis_prep"]),
         " * Purpose: %s" % slot["desc"], " * Author:  %s %s" % (rng.choice(FIRSTS), rng.choice(["Ng", "Okafor", "Lindqvist", "Reyes"])),
         " " + "*" * 60 + "*/", "options nosource2 mprint;", ""]
    for i, (toks, v, shape) in enumerate(slot["entries"]):
        k = nm(flat(slot, toks), "snake")[:32]
        L.append("%%let %s = %s;" % (k, v if isinstance(v, Raw) else v))
    sk = nm(flat(slot, sec[0]), "snake")[:32]
    L += ["", "libname stage odbc dsn=%s schema=dbo;" % rng.choice(["EHR_STAGE", "CLAIMS_DW", "SURV_PRD"]),
          "filename resp temp;", "proc http", '   url="%s"' % rng.choice(["https://api.census.gov/data/2022/acs/acs5?get=NAME,B01003_001E&for=county:*&in=state:17",
                                                                     "https://redcap.med.edu/api/", "https://api.fda.gov/drug/event.json?limit=100"]),
          '   method="GET" out=resp;', '   headers "Authorization"="Bearer &%s.";' % sk, "run;", "",
          "libname api json fileref=resp;", "data work.pull;", "   set api.root;", "   length fips $5;", "run;", "",
          "proc freq data=work.pull; tables %s / missing; run;" % rng.choice(["county", "result_code", "loinc"])]
    return rng.choice(["sas/%s.sas" % rng.choice(["elr_extract", "pull_api", "claims_qa"]), "programs/01_import.sas"]), "\n".join(L) + "\n"


def r_stata(rng, slot):
    sec = secret_entry(slot)
    L = ["* %s" % slot["desc"], "* %s" % rng.choice(["BRFSS linkage", "county rates", "cohort extract", "Medicaid churn"]),
         "version 17", "clear all", "set more off", ""]
    for toks, v, shape in slot["entries"]:
        k = nm(flat(slot, toks), "snake")[:31]
        L.append('local %s "%s"' % (k, v) if not isinstance(v, Raw) else "local %s %s" % (k, v))
    sk = nm(flat(slot, sec[0]), "snake")[:31]
    L += ["", 'local url "https://api.census.gov/data/2022/acs/acs5?get=NAME,B19013_001E&for=county:*&in=state:%s"' % rng.choice(FIPS)[0],
          "copy \"`url'&key=``%s''\" \"raw/acs.json\", replace" % sk,
          "insheetjson using \"raw/acs.json\", showresponse", "gen fips = state + county", "destring B19013_001E, gen(med_income)",
          "save \"data/acs_income.dta\", replace"]
    return rng.choice(["do/01_import_%s.do" % rng.choice(["acs", "redcap", "claims"]), "stata/pull.do"]), "\n".join(L) + "\n"


def r_sqlagent(rng, slot):
    sec = secret_entry(slot)
    job = "%s - %s" % (rng.choice(["INTG", "EDW", "HIM"]), rng.choice(["Nightly 835 load", "ELR export", "ADT purge", "Registry push"]))
    L = ["USE [msdb]", "GO", "/* %s */" % slot["desc"], "BEGIN TRANSACTION", "DECLARE @ReturnCode INT", "SELECT @ReturnCode = 0",
         "DECLARE @jobId BINARY(16)", "EXEC @ReturnCode = msdb.dbo.sp_add_job @job_name=N'%s'," % job,
         "        @enabled=1, @notify_level_eventlog=0, @description=N'%s', @owner_login_name=N'sa', @job_id = @jobId OUTPUT" % slot["desc"],
         "IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback", ""]
    user = next((v for t, v, s in slot["entries"] if t and t[-1] in ("user", "username")), rng.choice(USERS))
    host_ = next((v for t, v, s in slot["entries"] if t and t[-1] in ("host", "url", "endpoint")), "sftp.partner.com")
    v = sec[1]
    cmd = rng.choice([
        "powershell.exe -File D:\\jobs\\push.ps1 -Server %s -User %s -Secret ''%s''" % (host_, user, v),
        "sqlcmd -S %s -U %s -P %s -i D:\\jobs\\load.sql" % ("EDWSQL01", user, v),
        "D:\\tools\\WinSCP.com /command \"\"open sftp://%s:%s@%s/\"\" \"\"put D:\\out\\*.x12 /inbound/\"\" \"\"exit\"\"" % (user, v, host_)])
    L += ["EXEC @ReturnCode = msdb.dbo.sp_add_jobstep @job_id=@jobId, @step_name=N'Transfer',",
          "        @step_id=1, @subsystem=N'CmdExec',", "        @command=N'%s'," % cmd,
          "        @retry_attempts=%d, @retry_interval=5, @output_file_name=N'D:\\logs\\job.log', @flags=0" % rng.randint(0, 3),
          "IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback",
          "EXEC @ReturnCode = msdb.dbo.sp_add_jobschedule @job_id=@jobId, @name=N'Nightly', @freq_type=4, @freq_interval=1,",
          "        @active_start_time=%02d3000" % rng.randint(0, 5), "COMMIT TRANSACTION", "GOTO EndSave", "QuitWithRollback:",
          "    IF (@@TRANCOUNT > 0) ROLLBACK TRANSACTION", "EndSave:", "GO"]
    return rng.choice(["sql/agent/%s.sql" % job.split(" - ")[1].replace(" ", "_").lower(), "db/jobs/nightly_job.sql"]), "\n".join(L) + "\n"


def r_powershell(rng, slot):
    sec = secret_entry(slot)
    L = ["<#", ".SYNOPSIS", "    %s" % slot["desc"], ".NOTES", "    Runs under Task Scheduler on %s" % rng.choice(["INTG-APP02", "EDW-ETL01", "GIS-SRV03"]), "#>",
         "[CmdletBinding()]", "param(", "    [string]$OutDir = 'D:\\exports'", ")", "$ErrorActionPreference = 'Stop'", ""]
    for toks, v, shape in slot["entries"]:
        k = nm(flat(slot, toks), "Pascal")
        L.append("$%s = %s" % (k, sq(v)))
    sk = "$" + nm(flat(slot, sec[0]), "Pascal")
    L += ["", "$body = @{ grant_type = 'client_credentials'; secret = %s }" % sk,
          "$headers = @{ 'Accept' = 'application/json' }",
          "try {", "    $resp = Invoke-RestMethod -Method Post -Uri $TokenUri -Body $body -Headers $headers",
          "} catch {", "    Write-Error \"auth failed: $($_.Exception.Message)\"", "    exit 1", "}",
          "$resp | ConvertTo-Json -Depth 5 | Out-File (Join-Path $OutDir 'last_run.json')"]
    L.insert(len(L) - 9, "$TokenUri = '%s'" % rng.choice(["https://login.microsoftonline.us/%s/oauth2/v2.0/token" % rng.uuid(),
                                                          "https://api.platform.athenahealth.com/oauth2/v1/token", "https://%s/oauth/token" % host(rng, "gov")]))
    return rng.choice(["scripts/Invoke-%sSync.ps1" % rng.choice(["Epic", "Claims", "Permits", "Gis"]), "ops/run-export.ps1"]), "\n".join(L) + "\n"


def r_k8s_secret(rng, slot):
    name = "%s-%s" % (rng.choice(APPS), nm(slot["block"], "kebab"))
    L = ["# %s" % slot["desc"], "apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % name,
         "  namespace: %s" % rng.choice(["integration", "hie", "fhir", "gis", "benefits"]), "  labels:",
         "    app.kubernetes.io/part-of: %s" % rng.choice(APPS), "    data-classification: %s" % rng.choice(["phi", "restricted", "cui"]),
         "type: Opaque", "stringData:"]
    for toks, v, shape in slot["entries"]:
        k = nm(flat(slot, toks), rng.choice(["UPPER", "UPPER", "kebab"]))
        if shape == "multi":
            L.append("  %s: |" % k.lower().replace("_", "-"))
            L.extend("    " + ln for ln in str(v).split("\n"))
        elif shape == "jwk":
            L.append("  jwks.json: |")
            L.extend("    " + ln for ln in json.dumps({"keys": [v]}, indent=2).split("\n"))
        else:
            L.append("  %s: %s" % (k, yq(v)))
    return rng.choice(["k8s/%s/secret.yaml" % rng.choice(["prod", "uat"]), "deploy/overlays/prod/%s-secret.yaml" % name]), "\n".join(L) + "\n"


def r_k8s_deploy(rng, slot):
    app = rng.choice(APPS)
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "  namespace: %s" % rng.choice(["integration", "hie", "gov-apps"]),
         "spec:", "  replicas: %d" % rng.randint(1, 3), "  selector:", "    matchLabels:", "      app: %s" % app, "  template:",
         "    metadata:", "      labels:", "        app: %s" % app, "    spec:", "      containers:", "        - name: %s" % app,
         "          image: %s.dkr.ecr.%s.amazonaws.com/%s:%s" % (rng.digits(12), rng.choice(REGIONS_GOV), app, rng.choice(["1.4.2", "2.0.0-rc3", "2024.03.1"])),
         "          ports:", "            - containerPort: 8080", "          env:"]
    for toks, v, shape in slot["entries"]:
        L.append("            - name: %s" % nm(flat(slot, toks), "UPPER"))
        if isinstance(v, Raw) and v.startswith("valueFrom"):
            L.extend("              " + ln for ln in v.split("\n"))
        else:
            L.append("              value: %s" % (yq(v) if not isinstance(v, Raw) else v))
    for toks, v in filler_pairs(rng, slot["cat"])[:2]:
        L += ["            - name: %s" % nm(toks, "UPPER"), "              value: \"%s\"" % v]
    L += ["          resources:", "            limits:", "              memory: 512Mi"]
    return rng.choice(["k8s/deployment.yaml", "manifests/%s/deployment.yaml" % app]), "\n".join(L) + "\n"


def r_helm(rng, slot):
    app = rng.choice(APPS)
    L = ["# Default values for %s." % app, "# %s" % slot["desc"], "replicaCount: %d" % rng.randint(1, 4), "", "image:",
         "  repository: registry.%s.gov/%s" % (rng.choice(AGENCIES).replace("-", ""), app), "  tag: \"%s\"" % rng.choice(["1.8.0", "3.2.1", "2024.1.7"]),
         "  pullPolicy: IfNotPresent", "", "service:", "  type: ClusterIP", "  port: 8080", "", "config:"]
    for toks, v in filler_pairs(rng, slot["cat"])[:3]:
        L.append("  %s: %s" % (nm(toks, "camel"), yq(v)))
    L += ["", "%s:" % nm(slot["block"], "camel")]
    L += yaml_entries(slot, 2, "camel")
    L += ["", "ingress:", "  enabled: true", "  className: nginx", "  hosts:", "    - host: %s" % host(rng, "gov"), "      paths:",
          "        - path: /", "          pathType: Prefix", "", "podSecurityContext:", "  runAsNonRoot: true", "  fsGroup: 2000"]
    return rng.choice(["charts/%s/values.yaml" % app, "helm/values-prod.yaml", "deploy/helm/%s/values-govcloud.yaml" % app]), "\n".join(L) + "\n"


def tfq(v):
    return str(v) if isinstance(v, Raw) else '"' + v + '"'


def r_terraform(rng, slot):
    sec = secret_entry(slot)
    L = ["# %s" % slot["desc"], "terraform {", "  required_version = \">= 1.5\"", "  backend \"s3\" {",
         "    bucket = \"%s-tfstate-%s\"" % (rng.choice(AGENCIES), rng.choice(REGIONS_GOV)), "    key    = \"%s/terraform.tfstate\"" % rng.choice(APPS),
         "    region = \"%s\"" % rng.choice(REGIONS_GOV), "  }", "}", ""]
    if slot["provider"] == "aws_govcloud" or (slot["block"] == ["aws"]):
        L += ["provider \"aws\" {"]
        for toks, v, shape in slot["entries"]:
            L.append("  %s = %s" % (nm(toks, "snake"), tfq(v)))
        L += ["}", "", "resource \"aws_s3_bucket\" \"phi_exports\" {", "  bucket = \"%s-phi-exports\"" % rng.choice(ORGS), "  tags = {",
              "    DataClass = \"PHI\"", "    FISMA     = \"moderate\"", "  }", "}"]
    else:
        L += ["locals {", "  app_name = \"%s\"" % rng.choice(APPS), "}", "", "resource \"aws_ssm_parameter\" \"%s\" {" % nm(slot["block"], "snake")]
        sk = nm(flat(slot, sec[0]), "kebab")
        L += ["  name  = \"/%s/%s\"" % (rng.choice(APPS), sk), "  type  = \"SecureString\""]
        if sec[2] == "multi":
            L += ["  value = <<-EOT"] + ["    " + ln for ln in str(sec[1]).split("\n")] + ["  EOT"]
        elif sec[2] == "jwk":
            L += ["  value = jsonencode(%s)" % json.dumps(sec[1], indent=4).replace("\n", "\n  ")]
        else:
            L += ["  value = %s" % tfq(sec[1])]
        L += ["  tags  = { Owner = \"%s\" }" % rng.choice(["interfaces", "gis", "epi"]), "}"]
        for i, (toks, v, shape) in enumerate(slot["entries"]):
            if i == slot["secret_idx"]:
                continue
            L += ["", "resource \"aws_ssm_parameter\" \"%s\" {" % nm(flat(slot, toks), "snake"), "  name  = \"/%s/%s\"" % (rng.choice(APPS), nm(toks, "kebab")),
                  "  type  = \"String\"", "  value = %s" % tfq(v), "}"]
    return rng.choice(["terraform/main.tf", "infra/govcloud/%s.tf" % rng.choice(APPS), "envs/prod/params.tf"]), "\n".join(L) + "\n"


def r_tfvars(rng, slot):
    L = ["# %s" % slot["desc"], "environment = \"%s\"" % rng.choice(["prod", "uat"]), "region      = \"%s\"" % rng.choice(REGIONS_GOV),
         "vpc_cidr    = \"10.%d.0.0/16\"" % rng.randint(10, 200), ""]
    for toks, v, shape in slot["entries"]:
        k = nm(flat(slot, toks), "snake")
        if shape == "multi":
            L += ["%s = <<EOT" % k] + str(v).split("\n") + ["EOT"]
        elif shape == "jwk":
            L.append("%s = %s" % (k, json.dumps(json.dumps(v))))
        else:
            L.append("%s = %s" % (k, tfq(v)))
    L += ["", "tags = {", "  Program = \"%s\"" % rng.choice(["Medicaid", "WIC", "Vital Records", "Permits"]), "  FISMA   = \"moderate\"", "}"]
    return rng.choice(["terraform/prod.auto.tfvars", "envs/govcloud/terraform.tfvars", "infra/%s.tfvars" % rng.choice(["prod", "uat"])]), "\n".join(L) + "\n"


def r_ansible(rng, slot):
    L = ["---", "# group_vars for %s hosts -- %s" % (rng.choice(["mirth", "interface", "pacs", "gis", "etl"]), slot["desc"]),
         "ansible_user: %s" % rng.choice(["ansible", "deploy", "svc_ansible"]), "ntp_servers:", "  - time.nist.gov", ""]
    pre = nm(slot["block"], "snake")
    for toks, v, shape in slot["entries"]:
        k = pre + "_" + nm(toks, "snake") if slot["prefix"] or rng.random() < 0.5 else nm(toks, "snake")
        if shape == "multi":
            L.append("%s: |" % k)
            L.extend("  " + ln for ln in str(v).split("\n"))
        elif shape == "jwk":
            L.append("%s: '%s'" % (k, json.dumps(v, separators=(",", ":"))))
        else:
            L.append("%s: %s" % (k, yq(v)))
    L.append("")
    for toks, v in filler_pairs(rng, slot["cat"]):
        L.append("%s_%s: %s" % (pre, nm(toks, "snake"), yq(v)))
    return rng.choice(["ansible/group_vars/%s/vars.yml" % rng.choice(["mirth", "prod", "interfaces"]), "inventories/prod/group_vars/all.yml",
                       "roles/%s/defaults/main.yml" % rng.choice(["mirth", "orthanc", "hapi"])]), "\n".join(L) + "\n"


def r_dockerfile(rng, slot):
    base = rng.choice(["eclipse-temurin:17-jre", "nextgenhealthcare/connect:4.4.1", "python:3.11-slim", "hapiproject/hapi:v7.0.0",
                       "mcr.microsoft.com/dotnet/aspnet:8.0", "orthancteam/orthanc:24.3.3"])
    L = ["# %s" % slot["desc"], "FROM %s" % base, "LABEL maintainer=\"%s-integration@%s.org\"" % (rng.choice(["hl7", "intg"]), rng.choice(ORGS)), "",
         "WORKDIR /opt/app"]
    for toks, v, shape in slot["entries"]:
        k = nm(flat(slot, toks), "UPPER")
        if isinstance(v, Raw) and v.startswith("ARG"):
            L.append(str(v).replace("{K}", k))
        else:
            L.append("ENV %s=%s" % (k, envq(v, rng) if not isinstance(v, Raw) else v))
    L += ["", "COPY target/*.jar /opt/app/app.jar" if "temurin" in base else "COPY . /opt/app",
          "EXPOSE 8080", "USER 1001", "HEALTHCHECK CMD curl -fsS http://localhost:8080/health || exit 1",
          "ENTRYPOINT [\"sh\", \"-c\", \"exec java $JAVA_OPTS -jar /opt/app/app.jar\"]" if "temurin" in base else "CMD [\"./run.sh\"]"]
    return rng.choice(["Dockerfile", "docker/%s/Dockerfile" % rng.choice(APPS), "Dockerfile.prod"]), "\n".join(L) + "\n"


def r_compose(rng, slot):
    svc = rng.choice(["mirth", "orthanc", "hapi", "arc", "etl", "gateway"])
    img = {"mirth": "nextgenhealthcare/connect:4.4.1", "orthanc": "orthancteam/orthanc:24.3.3", "hapi": "hapiproject/hapi:v7.0.3",
           "arc": "dcm4che/dcm4chee-arc-psql:5.31.2", "etl": "python:3.11-slim", "gateway": "nginx:1.25"}[svc]
    L = ["# %s" % slot["desc"], "version: \"3.8\"", "services:", "  %s:" % svc, "    image: %s" % img, "    restart: unless-stopped",
         "    ports:", "      - \"%d:%d\"" % ((8080, 8080) if svc != "orthanc" else (8042, 8042)), "    environment:"]
    for toks, v, shape in slot["entries"]:
        L.append("      %s: %s" % (nm(flat(slot, toks), "UPPER"), yq(v)))
    for toks, v in filler_pairs(rng, slot["cat"])[:2]:
        L.append("      %s: %s" % (nm(toks, "UPPER"), yq(v)))
    L += ["    volumes:", "      - %s-data:/var/lib/%s" % (svc, svc), "    networks:", "      - backend", "", "volumes:", "  %s-data:" % svc, "",
          "networks:", "  backend:", "    driver: bridge"]
    return rng.choice(["docker-compose.yml", "compose/%s.yml" % svc, "docker-compose.prod.yml"]), "\n".join(L) + "\n"


def r_jupyter(rng, slot):
    sec = secret_entry(slot)
    src1 = ["import pandas as pd\n", "import requests\n"]
    src2 = []
    for toks, v, shape in slot["entries"]:
        k = nm(flat(slot, toks), "snake")
        src2.append("%s = %s\n" % (k, pyq(v)))
    sk = nm(flat(slot, sec[0]), "snake")
    src3 = ["resp = requests.get(%s, params={\"limit\": 1000}, headers={\"Authorization\": f\"Bearer {%s}\"})\n" % (pyq(rng.choice(["https://api.fda.gov/drug/event.json", "https://data.cdc.gov/resource/9mfq-cb36.json", "https://api.census.gov/data/2022/acs/acs5"])), sk),
            "resp.raise_for_status()\n", "df = pd.DataFrame(resp.json())\n", "df.head()"]
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % slot["desc"], "\n", "Exploratory pull for the %s workgroup. De-identified output only." % rng.choice(["HAI", "opioid", "maternal health", "immunization"])]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src2},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": src3},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return rng.choice(["notebooks/%s.ipynb" % rng.choice(["explore_faers", "county_rates", "redcap_qc"]), "analysis/pull.ipynb"]), json.dumps(nb, indent=1) + "\n"


def r_markdown(rng, slot):
    sec = secret_entry(slot)
    L = ["# Runbook: %s" % slot["desc"], "", "Owner: %s team. Escalation: on-call via PagerDuty `%s`." % (rng.choice(["Interfaces", "Integration", "GIS", "Data Services"]), rng.choice(APPS)),
         "", "## Endpoints", ""]
    for toks, v, shape in slot["entries"]:
        if shape == "line" and len(str(v)) < 140:
            pass
    L += ["| Setting | Value |", "|---|---|"]
    for i, (toks, v, shape) in enumerate(slot["entries"]):
        if shape == "line":
            L.append("| %s | `%s` |" % (nm(toks, "snake"), v))
    for toks, v in filler_pairs(rng, slot["cat"])[:2]:
        L.append("| %s | `%s` |" % (nm(toks, "snake"), v))
    multi = [(t, v, s) for t, v, s in slot["entries"] if s != "line"]
    if multi:
        t, v, s = multi[0]
        L += ["", "## Key material", "", "Install to `/etc/%s/%s` (mode 0600):" % (rng.choice(APPS), "key.pem" if s == "multi" else "jwk.json"), "",
              "```"] + (str(v).split("\n") if s == "multi" else json.dumps(v, indent=2).split("\n")) + ["```"]
    L += ["", "## Restart procedure", "", "1. Stop the channel / service and drain the queue.", "2. Confirm no messages are in ERROR state.",
          "3. Start and watch the log for `%s`." % rng.choice(["connected", "token acquired", "200 OK"]), "",
          "## Smoke test", "", "```bash", "curl -s -H \"Accept: application/fhir+json\" https://%s/fhir/metadata | jq .fhirVersion" % host(rng, "ehr"), "```"]
    return rng.choice(["docs/runbooks/%s.md" % rng.choice(APPS), "RUNBOOK.md", "docs/%s-setup.md" % slot["block"][0]]), "\n".join(L) + "\n"


def r_confluence(rng, slot):
    title = "%s - Interface Specification" % rng.choice(["ADT A08 Outbound", "ELR to State", "Eligibility 270/271", "Permit Sync", "Immunization VXU"])
    L = ["<html>", "<head>", "<title>%s</title>" % title, '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', "</head>",
         '<body class="theme-default aui-theme-default">', '<div id="main-content" class="wiki-content group">',
         "<h1>%s</h1>" % title, "<p>%s. Exported from Confluence space %s.</p>" % (xesc(slot["desc"]), rng.choice(["INTG", "HIE", "GIS", "EPI"])),
         "<h2>Connection details</h2>", '<div class="table-wrap"><table class="confluenceTable"><tbody>',
         '<tr><th class="confluenceTh">Field</th><th class="confluenceTh">Value</th></tr>']
    for toks, v, shape in slot["entries"]:
        L.append('<tr><td class="confluenceTd">%s</td><td class="confluenceTd">%s</td></tr>' % (nm(toks, "Pascal"), xesc(v)))
    for toks, v in filler_pairs(rng, slot["cat"]):
        L.append('<tr><td class="confluenceTd">%s</td><td class="confluenceTd">%s</td></tr>' % (nm(toks, "Pascal"), xesc(v)))
    L += ["</tbody></table></div>", "<h2>Message flow</h2>", "<ol><li>Source system posts batch</li><li>Engine validates against IG</li><li>ACK returned</li></ol>",
          "</div>", "</body>", "</html>"]
    return rng.choice(["docs/confluence/%s.html" % title.split(" - ")[0].replace(" ", "_"), "export/INTG/%d.html" % rng.randint(10 ** 7, 10 ** 9)]), "\n".join(L) + "\n"


def r_csv(rng, slot):
    sec = secret_entry(slot)
    cols = ["interface_name", "environment", "host", "port", "username", "credential", "npi", "notes"]
    L = [",".join(cols)]
    n = rng.randint(4, 9)
    pos = rng.randint(0, n - 1)
    user = slot.get("user") or rng.choice(USERS)
    for i in range(n):
        name = rng.choice(["ADT_OUT", "ORU_IN", "VXU_STATE", "837P_OUT", "270_ELIG", "MDM_IN", "SIU_OUT", "ELR_CDPH"]) + "_%02d" % i
        cred = sec[1] if i == pos else rng.choice(["vault:secret/data/iface/%s#password" % name.lower(), "(see Keeper)", "", "${ENV}", "CyberArk:%s" % name])
        L.append(",".join([name, rng.choice(["PRD", "TST"]), host(rng, "ehr"), str(rng.choice([6661, 22, 443, 2575])),
                           user if i == pos else rng.choice(USERS), cred, make_npi(rng), rng.choice(["", "migrated 2023", "TLS", "VPN tunnel"])]))
    return rng.choice(["config/interfaces.csv", "docs/interface_inventory.csv", "seed/%s_connections.csv" % rng.choice(FACILITIES).lower()]), "\n".join(L) + "\n"


def r_postman(rng, slot):
    sec = secret_entry(slot)
    vars_ = []
    for toks, v, shape in slot["entries"]:
        vars_.append({"key": nm(toks, "camel") if not slot["prefix"] else nm(flat(slot, toks), "camel"), "value": v, "type": "string"})
    base = next((v for t, v, s in slot["entries"] if "url" in t or "base" in t), "https://%s/fhir" % host(rng, "ehr"))
    coll = {
        "info": {"_postman_id": rng.uuid(), "name": "%s FHIR R4" % slot["block"][0].capitalize(),
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            {"name": "Patient search", "request": {"method": "GET", "header": [{"key": "Accept", "value": "application/fhir+json"}],
                                                  "url": {"raw": "{{baseUrl}}/Patient?identifier=%s|%s" % (oid(rng), mrn(rng)), "host": ["{{baseUrl}}"], "path": ["Patient"]}}},
            {"name": "Observation by LOINC", "request": {"method": "GET", "header": [],
                                                        "url": {"raw": "{{baseUrl}}/Observation?code=http://loinc.org|%s" % rng.choice(LOINC), "host": ["{{baseUrl}}"], "path": ["Observation"]}}},
        ],
        "variable": [{"key": "baseUrl", "value": base, "type": "string"}] + vars_,
    }
    return rng.choice(["postman/%s.postman_collection.json" % slot["block"][0], "tests/api/%s_fhir.postman_collection.json" % rng.choice(FACILITIES).lower()]), json.dumps(coll, indent=2) + "\n"


def r_ini(rng, slot):
    L = ["; %s" % slot["desc"], "[general]", "site = %s" % rng.choice(FACILITIES), "log_dir = D:\\interfaces\\logs", "poll_interval = %d" % rng.choice([10, 30, 60]), ""]
    L.append("[%s]" % nm(slot["block"], "snake"))
    for toks, v, shape in slot["entries"]:
        L.append("%s = %s" % (nm(toks, "snake"), v))
    L.append("")
    L.append("[routing]")
    for toks, v in filler_pairs(rng, slot["cat"]):
        L.append("%s = %s" % (nm(toks, "snake"), v))
    return rng.choice(["conf/interface.ini", "config/%s.ini" % rng.choice(APPS), "iguana/translator/%s.ini" % rng.choice(APPS)]), "\n".join(L) + "\n"


def r_orthanc(rng, slot):
    sec = secret_entry(slot)
    user = slot.get("user") or rng.choice(["radiology", "viewer"])
    users = {user: sec[1]}
    doc = {"Name": "%s PACS" % rng.choice(FACILITIES), "StorageDirectory": "/var/lib/orthanc/db", "IndexDirectory": "/var/lib/orthanc/db",
           "StorageCompression": False, "MaximumStorageSize": 0, "HttpPort": 8042, "DicomServerEnabled": True,
           "DicomAet": rng.choice(["ORTHANC", "MRH_PACS", "VCH_ARCH"]), "DicomPort": 4242, "DicomCheckCalledAet": False,
           "RemoteAccessAllowed": True, "AuthenticationEnabled": True, "RegisteredUsers": users,
           "DicomModalities": {"ct1": [rng.choice(["CT_SIEMENS", "CTAWP%d" % rng.randint(10, 99)]), "10.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)), 104]},
           "OrthancPeers": {}, "SslEnabled": False, "StableAge": 60, "DicomWeb": {"Enable": True, "Root": "/dicom-web/"}}
    return rng.choice(["orthanc/orthanc.json", "config/orthanc.json", "docker/orthanc/orthanc.json"]), json.dumps(doc, indent=2) + "\n"


def r_crontab(rng, slot):
    sec = secret_entry(slot)
    L = ["# m h dom mon dow command", "# %s" % slot["desc"], "SHELL=/bin/bash", "MAILTO=%s-ops@%s.org" % (rng.choice(["intg", "gis"]), rng.choice(ORGS)), "",
         "15 2 * * * /opt/scripts/rotate_logs.sh >/dev/null 2>&1"]
    script = rng.choice(["/opt/etl/pull_%s.py" % slot["block"][0], "/opt/scripts/%s_sync.sh" % slot["block"][0]])
    v = sec[1]
    style = rng.randint(0, 2)
    if style == 0:
        cmd = "%s --api-key %s --out /data/inbound" % (script, v)
    elif style == 1:
        cmd = "%s %s /data/inbound" % (script, v)
    else:
        cmd = "%s=%s %s" % (nm(flat(slot, sec[0]), "UPPER"), v, script)
    L.append("%d %d * * %s %s >> /var/log/%s.log 2>&1" % (rng.randint(0, 59), rng.randint(0, 6), rng.choice(["*", "1-5"]), cmd, slot["block"][0]))
    L += ["0 6 * * 1 /opt/scripts/weekly_hedis_extract.sh", "*/10 * * * * /opt/mirth/bin/check_queues.sh %s" % rng.choice(FACILITIES)]
    return rng.choice(["ops/crontab", "deploy/cron/%s.cron" % rng.choice(APPS), "crontab.txt"]), "\n".join(L) + "\n"


def r_sftp_batch(rng, slot):
    sec = secret_entry(slot)
    h = next((v for t, v, s in slot["entries"] if t == ["host"]), rng.choice(["sftp.availity.com", "mft.optum.com"]))
    user = slot.get("user") or rng.choice(USERS)
    v = sec[1]
    if rng.random() < 0.5:
        L = ["#!/usr/bin/env bash", "# %s" % slot["desc"], "set -euo pipefail", "", "OUT=/data/x12/outbound", "ARCHIVE=/data/x12/archive/$(date +%Y%m%d)",
             "mkdir -p \"$ARCHIVE\"", "", "cat > /tmp/sftp_batch.$$ <<'EOF'", "cd %s" % rng.choice(["/inbound", "/ToPayer", "/upload/837"]), "lcd /data/x12/outbound",
             "mput *.x12", "bye", "EOF", "",
             "sshpass -p %s sftp -oBatchMode=no -b /tmp/sftp_batch.$$ %s@%s" % (sq(v), user, h), "", "mv \"$OUT\"/*.x12 \"$ARCHIVE\"/", "rm -f /tmp/sftp_batch.$$"]
        return rng.choice(["scripts/send_837.sh", "bin/payer_upload.sh", "edi/sftp_push.sh"]), "\n".join(L) + "\n"
    L = ["@echo off", "REM %s" % slot["desc"], "set WINSCP=\"C:\\Program Files (x86)\\WinSCP\\WinSCP.com\"", "set LOG=D:\\edi\\logs\\winscp_%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%.log", "",
         "%WINSCP% /log=%LOG% /ini=nul /command ^", "  \"open sftp://%s:%s@%s/ -hostkey=\"\"ssh-ed25519 255 %s\"\"\" ^" % (user, v, h, rng.b64url_bytes(32)),
         "  \"cd /outbound/835\" ^", "  \"lcd D:\\edi\\inbound\\835\" ^", "  \"get *.835\" ^", "  \"exit\"", "", "if %ERRORLEVEL% neq 0 exit /b 1"]
    return rng.choice(["edi/get_835.bat", "scripts/payer_pull.cmd"]), "\r\n".join(L) + "\r\n"


def r_shell(rng, slot):
    sec = secret_entry(slot)
    L = ["#!/usr/bin/env bash", "# %s" % slot["desc"], "set -euo pipefail", ""]
    for toks, v, shape in slot["entries"]:
        if shape != "line":
            continue
        L.append("export %s=%s" % (nm(flat(slot, toks), "UPPER"), envq(v, rng)))
    sk = nm(flat(slot, sec[0]), "UPPER")
    L += ["", "resp=$(curl -fsS -X POST \"${TOKEN_URL:-https://%s/oauth2/token}\" \\" % host(rng, "gov"),
          "  -d grant_type=client_credentials \\", "  -d \"secret=${%s}\")" % sk, "echo \"$resp\" | jq -r .expires_in",
          "python3 /opt/etl/load.py --since \"$(date -d yesterday +%F)\""]
    return rng.choice(["scripts/%s.sh" % rng.choice(APPS), "bin/refresh_token.sh", "ops/env.sh"]), "\n".join(L) + "\n"


def r_mirth_channel(rng, slot):
    sec = secret_entry(slot)
    ver = rng.choice(["4.4.1", "4.3.0", "3.12.0"])
    cname = "%s_%s_%s" % (rng.choice(["ADT", "ORU", "VXU", "MDM", "837P", "ELR"]), rng.choice(["OUT", "IN"]), slot["block"][0].upper())
    user = slot.get("user") or next((v for t, v, s in slot["entries"] if t and t[-1] in ("user", "username")), rng.choice(USERS))
    h = next((v for t, v, s in slot["entries"] if t == ["host"]), host(rng, "ehr"))
    L = ['<channel version="%s">' % ver, "  <id>%s</id>" % rng.uuid(), "  <nextMetaDataId>2</nextMetaDataId>", "  <name>%s</name>" % cname,
         "  <description>%s</description>" % xesc(slot["desc"]), "  <revision>%d</revision>" % rng.randint(2, 80),
         '  <sourceConnector version="%s">' % ver, "    <metaDataId>0</metaDataId>", "    <name>sourceConnector</name>",
         '    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="%s">' % ver,
         '      <listenerConnectorProperties version="%s">' % ver, "        <host>0.0.0.0</host>", "        <port>%d</port>" % rng.choice([6661, 6670, 7010]),
         "      </listenerConnectorProperties>", "      <transmissionModeProperties class=\"com.mirth.connect.model.transmission.framemode.FrameModeProperties\">",
         "        <startOfMessageBytes>0B</startOfMessageBytes>", "        <endOfMessageBytes>1C0D</endOfMessageBytes>", "      </transmissionModeProperties>",
         "    </properties>", "    <transportName>TCP Listener</transportName>", "    <mode>SOURCE</mode>", "    <enabled>true</enabled>",
         "  </sourceConnector>", "  <destinationConnectors>", '    <connector version="%s">' % ver, "      <metaDataId>1</metaDataId>"]
    is_pw = slot["cat"] in ("engine", "sftp", "mirth", "rhapsody", "iguana", "cloverleaf", "dcm4chee", "pacs") or "password" in "_".join(sec[0])
    if is_pw:
        L += ["      <name>To %s</name>" % h, '      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="%s">' % ver,
              "        <scheme>SFTP</scheme>", "        <host>%s/inbound</host>" % h, "        <outputPattern>${message.messageId}.hl7</outputPattern>",
              "        <anonymous>false</anonymous>", "        <username>%s</username>" % xesc(user), "        <password>%s</password>" % xesc(sec[1]),
              "        <timeout>10000</timeout>", "        <secure>true</secure>", "        <passive>true</passive>",
              '        <schemeProperties class="com.mirth.connect.connectors.file.SftpSchemeProperties">',
              "          <passwordAuth>true</passwordAuth>", "          <keyAuth>false</keyAuth>", "          <hostChecking>ask</hostChecking>",
              "        </schemeProperties>", "        <template>${message.encodedData}</template>", "      </properties>",
              "      <transportName>File Writer</transportName>"]
    else:
        hk = rng.choice(["Authorization", "X-API-Key", "apikey"]) if not slot["prefix"] else nm(flat(slot, sec[0]), "kebab")
        hv = ("Bearer " + sec[1]) if hk == "Authorization" else sec[1]
        L += ["      <name>POST to API</name>", '      <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="%s">' % ver,
              "        <host>%s</host>" % xesc(next((v for t, v, s in slot["entries"] if "url" in t or "base" in t or "endpoint" in t), "https://%s/api" % host(rng, "gov"))),
              "        <method>post</method>", "        <headers class=\"linked-hash-map\">", "          <entry>", "            <string>%s</string>" % hk,
              "            <list>", "              <string>%s</string>" % xesc(hv), "            </list>", "          </entry>", "        </headers>",
              "        <contentType>application/fhir+json</contentType>", "        <charset>UTF-8</charset>", "        <socketTimeout>30000</socketTimeout>",
              "      </properties>", "      <transportName>HTTP Sender</transportName>"]
    L += ["      <mode>DESTINATION</mode>", "      <enabled>true</enabled>", "      <waitForPrevious>true</waitForPrevious>", "    </connector>",
          "  </destinationConnectors>", "  <properties version=\"%s\">" % ver, "    <clearGlobalChannelMap>true</clearGlobalChannelMap>",
          "    <messageStorageMode>PRODUCTION</messageStorageMode>", "    <encryptData>true</encryptData>",
          "    <initialState>STARTED</initialState>", "  </properties>", "</channel>"]
    return rng.choice(["channels/%s.xml" % cname, "mirth/export/%s.xml" % cname, "interfaces/%s/channel.xml" % rng.choice(FACILITIES).lower()]), "\n".join(L) + "\n"


def r_launch_json(rng, slot):
    env = {}
    for toks, v, shape in slot["entries"]:
        k = nm(flat(slot, toks), "UPPER")
        env[k] = v if shape == "line" else (json.dumps(v, separators=(",", ":")) if shape == "jwk" else v)
    env["FHIR_ISS"] = fhir_base(rng, rng.choice(["epic", "cerner", "x"]))
    doc = {"version": "0.2.0", "configurations": [
        {"type": "node", "request": "launch", "name": "SMART app (%s)" % rng.choice(["sandbox", "prod-like", "local"]),
         "program": "${workspaceFolder}/server/index.js", "skipFiles": ["<node_internals>/**"], "env": env},
        {"type": "chrome", "request": "launch", "name": "Launch EHR simulator", "url": "http://localhost:%d/launch.html?iss=%s&launch=%s" % (rng.choice([3000, 8000, 9090]), "https://launch.smarthealthit.org/v/r4/fhir", rng.b64url_bytes(12))}]}
    return ".vscode/launch.json", json.dumps(doc, indent=4) + "\n"


def r_jwk_file(rng, slot):
    sec = secret_entry(slot)
    doc = {"keys": [sec[1]]} if rng.random() < 0.6 else sec[1]
    return rng.choice(["keys/%s-private.jwks.json" % slot["block"][0], "config/jwks.private.json", "secrets/backend_jwk.json"]), json.dumps(doc, indent=2) + "\n"


def r_pem_file(rng, slot):
    sec = secret_entry(slot)
    text = str(sec[1])
    if rng.random() < 0.3 and "BEGIN" in text and "PGP" not in text:
        text = "Bag Attributes\n    friendlyName: %s\n    localKeyID: %s\nKey Attributes: <No Attributes>\n" % (rng.choice(APPS), " ".join(rng.hexs(2, True) for _ in range(20))) + text
    name = rng.choice(["private_key.pem", "%s.key" % rng.choice(APPS), "jwt_signing.pem", "client-assertion.key"])
    return rng.choice(["certs/%s" % name, "keys/%s" % name, "config/keys/%s" % name]), text + "\n"


def r_pgp_asc(rng, slot):
    sec = secret_entry(slot)
    return rng.choice(["keys/%s_secret.asc" % rng.choice(["edi", "payer", "mft"]), "gpg/%s-private.asc" % rng.choice(FACILITIES).lower(), "secrets/filexchange.key.asc"]), str(sec[1]) + "\n"


def r_box(rng, slot):
    sec = secret_entry(slot)
    ents = {nm(t, "camel"): v for t, v, s in slot["entries"]}
    cid = ents.get("clientId") or rng.s(LOALNUM, 32)
    doc = {"boxAppSettings": {"clientID": cid, "clientSecret": sec[1]}, "enterpriseID": ents.get("enterpriseId", rng.digits(9))}
    if slot.get("neg_appauth"):
        doc["boxAppSettings"]["appAuth"] = slot["neg_appauth"]
    return rng.choice(["config/box_config.json", "%s_config.json" % rng.digits(9), "irb-docs/box.json"]), json.dumps(doc, indent=2) + "\n"


def jsq(v):
    return str(v) if isinstance(v, Raw) else "'" + v + "'"


def r_node(rng, slot):
    blk = nm(slot["block"], "camel")
    L = ["// %s" % slot["desc"], "'use strict';", "", "module.exports = {", "  port: process.env.PORT || %d," % rng.choice([3000, 8080]),
         "  fhirVersion: '4.0.1',", "  %s: {" % blk]
    for toks, v, shape in slot["entries"]:
        k = nm(toks, "camel")
        if shape == "multi":
            L.append("    %s: `%s`," % (k, v))
        elif shape == "jwk":
            L.append("    %s: %s," % (k, json.dumps(v, indent=6).replace("\n}", "\n    }")))
        else:
            L.append("    %s: %s," % (k, jsq(v)))
    L += ["  },", "  session: {", "    secure: true,", "    sameSite: 'lax',", "  },", "  logging: { level: '%s' }," % rng.choice(["info", "warn"]), "};"]
    return rng.choice(["config/production.js", "server/config.js", "src/config/%s.js" % blk]), "\n".join(L) + "\n"


def r_xml_config(rng, slot):
    eng = rng.choice(["rhapsody", "iguana", "cloverleaf"]) if slot["block"][0] not in ("rhapsody", "iguana", "cloverleaf") else slot["block"][0]
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<!-- %s -->" % xesc(slot["desc"]), '<interfaceConfig engine="%s" site="%s">' % (eng, rng.choice(FACILITIES)),
         '  <commPoint name="%s" type="%s">' % (rng.choice(["ADT_TO_LAB", "ORU_FROM_REFLAB", "VXU_TO_IIS", "DFT_TO_BILLING"]), rng.choice(["TCP", "SFTP", "HTTPS"]))]
    for toks, v, shape in slot["entries"]:
        L.append('    <property name="%s" value="%s"/>' % (nm(toks, "camel"), xesc(v)))
    for toks, v in filler_pairs(rng, slot["cat"]):
        L.append('    <property name="%s" value="%s"/>' % (nm(toks, "camel"), xesc(v)))
    L += ['    <ack mode="%s" timeoutSeconds="30"/>' % rng.choice(["original", "enhanced"]), "  </commPoint>", "</interfaceConfig>"]
    return rng.choice(["%s/config/commpoints.xml" % eng, "engine/%s-%s.xml" % (eng, rng.choice(["prd", "tst"])), "config/%s.xml" % eng]), "\n".join(L) + "\n"


# --------------------------------------------------------------------------
# file-type registry
# --------------------------------------------------------------------------

L_, M_, J_ = "line", "multi", "jwk"
SAFE_CRON = set(string.ascii_letters + string.digits + "._/+=:-")

FT = {
    # name: (renderer, shapes, bad characters in the literal value)
    "dotenv": (r_dotenv, {L_, M_, J_}, "'\"\\`"),
    "spring_yaml": (r_spring_yaml, {L_, M_, J_}, "'"),
    "hapi_yaml": (r_hapi_yaml, {L_, M_, J_}, "'"),
    "properties": (r_properties, {L_}, "\\"),
    "mirth_properties": (r_mirth_properties, {L_}, "\\"),
    "appsettings_json": (r_appsettings, {L_, M_, J_}, "\"\\"),
    "web_config": (r_webconfig, {L_}, "&<>\"'"),
    "python": (r_python, {L_, M_, J_}, "\"\\"),
    "r_script": (r_rscript, {L_}, "\"\\"),
    "sas": (r_sas, {L_}, "%&;'\"() "),
    "stata_do": (r_stata, {L_}, "`'\"$\\"),
    "sql_agent_job": (r_sqlagent, {L_}, "'\"%@:/"),
    "powershell": (r_powershell, {L_}, "'"),
    "k8s_secret": (r_k8s_secret, {L_, M_, J_}, "'"),
    "k8s_deployment": (r_k8s_deploy, {L_}, "'"),
    "helm_values": (r_helm, {L_, M_, J_}, "'"),
    "terraform": (r_terraform, {L_, M_, J_}, "\"\\$%"),
    "tfvars": (r_tfvars, {L_, M_, J_}, "\"\\$%"),
    "ansible_vars": (r_ansible, {L_, M_, J_}, "'{}%"),
    "dockerfile": (r_dockerfile, {L_}, "'\"\\$` "),
    "docker_compose": (r_compose, {L_}, "'$"),
    "jupyter": (r_jupyter, {L_}, "\"\\"),
    "markdown": (r_markdown, {L_, M_, J_}, "`|"),
    "confluence_html": (r_confluence, {L_}, "&<>\"'"),
    "csv_table": (r_csv, {L_}, ",\""),
    "postman_collection": (r_postman, {L_}, "\"\\"),
    "ini": (r_ini, {L_}, ";#%"),
    "orthanc_json": (r_orthanc, {L_}, "\"\\"),
    "crontab": (r_crontab, {L_}, None),
    "sftp_batch": (r_sftp_batch, {L_}, "'\"%^&<>|!@:/#?$"),
    "shell": (r_shell, {L_}, "'\"\\`"),
    "mirth_channel_xml": (r_mirth_channel, {L_}, "&<>\"'"),
    "vscode_launch_json": (r_launch_json, {L_, M_, J_}, "\"\\"),
    "jwk_json": (r_jwk_file, {J_}, ""),
    "pem_file": (r_pem_file, {M_}, ""),
    "pgp_asc": (r_pgp_asc, {M_}, ""),
    "box_config_json": (r_box, {L_}, "\"\\"),
    "node_config_js": (r_node, {L_, M_, J_}, "'\\`$"),
    "engine_xml": (r_xml_config, {L_}, "&<>\"'"),
}

CAT_FTS = {
    "ehr": ["spring_yaml", "hapi_yaml", "properties", "appsettings_json", "web_config", "python", "node_config_js", "vscode_launch_json",
            "dotenv", "k8s_secret", "k8s_deployment", "helm_values", "ansible_vars", "postman_collection", "markdown", "confluence_html",
            "powershell", "terraform", "docker_compose", "mirth_channel_xml", "jupyter", "shell"],
    "pem": ["pem_file", "pem_file", "pem_file", "k8s_secret", "spring_yaml", "helm_values", "ansible_vars", "python", "dotenv", "terraform",
            "appsettings_json", "node_config_js", "markdown", "tfvars", "vscode_launch_json"],
    "jwk": ["jwk_json", "jwk_json", "jwk_json", "appsettings_json", "python", "k8s_secret", "dotenv", "node_config_js", "vscode_launch_json",
            "spring_yaml", "terraform", "markdown"],
    "pgp": ["pgp_asc", "pgp_asc", "pgp_asc", "ansible_vars", "k8s_secret", "markdown", "helm_values"],
    "engine": ["mirth_channel_xml", "mirth_channel_xml", "properties", "ini", "csv_table", "engine_xml", "sftp_batch", "ansible_vars",
               "powershell", "sql_agent_job", "dotenv", "docker_compose", "k8s_secret", "confluence_html", "markdown", "crontab", "shell",
               "spring_yaml", "web_config"],
    "db": ["spring_yaml", "hapi_yaml", "properties", "appsettings_json", "web_config", "python", "dotenv", "k8s_deployment", "helm_values",
           "ansible_vars", "tfvars", "r_script", "docker_compose", "jupyter", "markdown", "ini", "node_config_js"],
    "pacs": ["docker_compose", "ansible_vars", "dotenv", "k8s_secret", "helm_values", "markdown", "ini"],
    "gov": ["python", "r_script", "sas", "stata_do", "jupyter", "dotenv", "crontab", "powershell", "shell", "appsettings_json", "web_config",
            "spring_yaml", "node_config_js", "k8s_deployment", "helm_values", "terraform", "ansible_vars", "markdown", "confluence_html",
            "postman_collection", "ini", "docker_compose", "dockerfile", "properties"],
    "cloud": ["terraform", "tfvars", "dotenv", "shell", "powershell", "ansible_vars", "k8s_deployment", "k8s_secret", "helm_values",
              "appsettings_json", "python", "dockerfile", "docker_compose", "markdown", "crontab", "properties", "spring_yaml", "jupyter"],
    "research": ["r_script", "sas", "stata_do", "python", "jupyter", "dotenv", "markdown", "confluence_html", "ini", "crontab", "powershell",
                 "postman_collection", "appsettings_json", "node_config_js"],
}

SPECIAL_FTS = {
    ("mirth", "database_password"): ["mirth_properties"] * 5,
    ("mirth", "keystore_password"): ["mirth_properties"] * 4,
    ("orthanc", "registered_user_password"): ["orthanc_json"] * 8,
    ("box", "client_secret"): ["box_config_json"] * 6,
    ("dcm4chee", "ldap_password"): ["docker_compose"] * 3,
    ("dcm4chee", "db_password"): ["docker_compose"] * 3,
}


def ft_candidates(c):
    base = list(CAT_FTS["engine" if c["cat"] in ("engine",) else c["cat"]])
    sp = SPECIAL_FTS.get((c["provider"], c["kind"]))
    if sp:
        base = sp + base
    if (c["provider"], c["kind"]) not in (("mirth", "database_password"), ("mirth", "keystore_password")):
        base = [b for b in base if b != "mirth_properties"]
    if (c["provider"], c["kind"]) != ("orthanc", "registered_user_password"):
        base = [b for b in base if b != "orthanc_json"]
    if c["provider"] != "box":
        base = [b for b in base if b != "box_config_json"]
    if "keystore" in c["kind"]:
        base = [b for b in base if b not in ("mirth_channel_xml", "csv_table", "sftp_batch", "sql_agent_job", "crontab")]
    return [b for b in base if c["shape"] in FT[b][1]]


def literal_ok(ft, value):
    if isinstance(value, dict):
        return True
    bad = FT[ft][2]
    if bad is None:
        return all(ch in SAFE_CRON for ch in value)
    return not any(ch in value for ch in bad)


# --------------------------------------------------------------------------
# slots
# --------------------------------------------------------------------------

GENERIC_BLOCKS = [["upstream"], ["api"], ["oauth"], ["integration"], ["remote"], ["auth"], ["client"]]


def build_slot(rng, c, generic):
    entries = []
    extras = list(c["extras"])
    if c["provider"] != "aws_govcloud":
        rng.shuffle(extras)
    for t, v in extras:
        entries.append((t, v, "line"))
    if c["user"]:
        entries.append((rng.choice([["username"], ["user"], ["login"]]), c["user"], "line"))
    toks = rng.choice(c["generic"]) if generic else rng.choice(c["names"])
    pos = len(entries) if rng.random() < 0.75 else rng.randint(0, len(entries))
    if c["provider"] == "aws_govcloud":
        pos = 1
    entries.insert(pos, (toks, c["value"], c["shape"]))
    block = c["block"]
    if generic and rng.random() < 0.3:
        block = rng.choice(GENERIC_BLOCKS)
    return {"block": block, "prefix": not generic, "entries": entries, "secret_idx": pos, "desc": c["desc"], "cat": c["cat"],
            "provider": c["provider"], "kind": c["kind"], "user": c["user"], "generic": generic}


def render(rng, ft, slot):
    if ft == "terraform" and slot["provider"] == "aws_govcloud":
        ren = {"access_key_id": ["access", "key"], "secret_access_key": ["secret", "key"]}
        slot = dict(slot)
        slot["entries"] = [(ren.get(nm(t, "snake"), t), v, s) for t, v, s in slot["entries"]]
    return FT[ft][0](rng, slot)


def line_of(text, needle):
    i = text.find(needle)
    return text.count("\n", 0, i) + 1


def make_positive(rng, kindfn, generic):
    for _ in range(60):
        c = kindfn(rng)
        fts = ft_candidates(c)
        ft = rng.choice(fts)
        if not literal_ok(ft, c["value"]):
            continue
        g = generic
        if ft in ("orthanc_json", "box_config_json", "pem_file", "pgp_asc", "jwk_json", "mirth_properties"):
            g = False  # the file format fixes the names
        slot = build_slot(rng, c, g)
        path, text = render(rng, ft, slot)
        if text.count(c["needle"]) != 1:
            continue
        n = text.count("\n") + (0 if text.endswith("\n") else 1)
        if n < 5 or n > 80:
            continue
        return {"path": path, "text": text, "provider": c["provider"], "kind": c["kind"], "filetype": ft,
                "needle": c["needle"], "line": line_of(text, c["needle"]), "generic": g}
    raise RuntimeError("could not place %s" % kindfn)


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------

def env_name(slot):
    t = slot["entries"][slot["secret_idx"]][0]
    return nm(slot["block"] + t, "UPPER")


def neg_ref(rng, ft, slot):
    """Reference to the secret in the file type's own syntax."""
    E = env_name(slot)
    low = E.lower()
    kv = "https://kv-%s-%s.vault.%s/secrets/%s/" % (rng.choice(["intg", "gis", "hie"]), rng.choice(["prd", "uat"]),
                                                    rng.choice(["usgovcloudapi.net", "azure.net"]), low.replace("_", "-"))
    vault = "vault:secret/data/%s/%s#%s" % (rng.choice(["integration", "hie", "gis", "epi"]), slot["block"][0], low)
    opts = {
        "dotenv": [Raw("${%s}" % E), Raw(""), Raw(vault)],
        "spring_yaml": [Raw("${%s}" % E), Raw("${%s:}" % E), Raw("'{cipher}%s'" % rng.hexs(96)), Raw("${vault.%s}" % low.replace("_", "."))],
        "hapi_yaml": [Raw("${%s}" % E), Raw("${%s:}" % E)],
        "properties": [Raw("${%s}" % E), Raw("ENC(%s)" % base64.b64encode(rng.rbytes(rng.choice([32, 48]))).decode()), Raw("${vault:%s}" % low)],
        "mirth_properties": [Raw("${%s}" % E), Raw("")],
        "appsettings_json": ["@Microsoft.KeyVault(SecretUri=%s)" % kv, "", "<set via Key Vault>", "@Microsoft.KeyVault(VaultName=kv-hie-prd;SecretName=%s)" % low.replace("_", "-")],
        "web_config": ["@Microsoft.KeyVault(SecretUri=%s)" % kv, "", "%%%s%%" % E],
        "python": [Raw('os.environ["%s"]' % E), Raw('os.getenv("%s")' % E), Raw('get_secret("%s")' % vault)],
        "r_script": [Raw('Sys.getenv("%s")' % E), Raw('keyring::key_get("%s")' % low)],
        "sas": [Raw("%%sysget(%s)" % E)],
        "stata_do": [Raw(": env %s" % E)],
        "sql_agent_job": ["$(%s)" % nm(slot["entries"][slot["secret_idx"]][0], "Pascal")],
        "powershell": [Raw("$env:%s" % E), Raw("(Get-Secret -Name '%s' -AsPlainText)" % low.replace("_", "-")),
                       Raw("(Get-AzKeyVaultSecret -VaultName 'kv-intg-prd' -Name '%s' -AsPlainText)" % low.replace("_", "-"))],
        "k8s_secret": [Raw("${%s}" % E), Raw('""')],
        "k8s_deployment": [Raw("valueFrom:\n  secretKeyRef:\n    name: %s\n    key: %s" % (slot["block"][0] + "-credentials", low.replace("_", "-")))],
        "helm_values": [Raw('""  # provided by ExternalSecret %s' % low.replace("_", "-")), Raw('""')],
        "terraform": [Raw("var.%s" % low), Raw("data.aws_secretsmanager_secret_version.%s.secret_string" % slot["block"][0])],
        "tfvars": ["", "set-in-TF_VAR_%s" % low],
        "ansible_vars": [Raw('"{{ vault_%s }}"' % low), Raw("\"{{ lookup('env', '%s') }}\"" % E),
                         Raw("\"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/%s:%s') }}\"" % (slot["block"][0], low))],
        "dockerfile": [Raw("ARG {K}\nENV {K}=${{K}}")],
        "docker_compose": [Raw("${%s}" % E), Raw("${%s:?%s must be set}" % (E, E))],
        "jupyter": [Raw('os.environ["%s"]' % E), Raw('getpass.getpass("%s: ")' % E.replace("_", " ").title())],
        "markdown": ["stored in Vault at %s" % vault, "see 1Password item %s" % E, "${%s}" % E],
        "confluence_html": ["Stored in CyberArk safe %s" % rng.choice(["INTG-PRD", "HIE-SVC"]), "(rotated quarterly - ask #intg-oncall)"],
        "csv_table": [vault],
        "postman_collection": ["{{%s}}" % nm(slot["entries"][slot["secret_idx"]][0], "camel"), ""],
        "ini": ["${ENV:%s}" % E, ""],
        "orthanc_json": ["${%s}" % E],
        "crontab": [Raw('"$(cat /run/secrets/%s)"' % low)],
        "sftp_batch": [Raw('"$%s"' % E)],
        "shell": [Raw('"$(vault kv get -field=%s secret/%s)"' % (low, slot["block"][0])), Raw('"${%s:?missing}"' % E)],
        "mirth_channel_xml": ["${%s}" % nm(slot["entries"][slot["secret_idx"]][0], "camel")],
        "vscode_launch_json": ["${env:%s}" % E],
        "node_config_js": [Raw("process.env.%s" % E)],
        "engine_xml": ["${%s}" % E, ""],
        "box_config_json": [""],
    }
    return rng.choice(opts.get(ft, [""]))


PLACEHOLDERS_TOKEN = ["<CLIENT_SECRET>", "<your-api-key>", "YOUR_API_KEY", "<API_TOKEN>", "REPLACE_ME", "changeme", "CHANGEME",
                      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<redacted>", "TODO-request-from-vendor", "your_token_here", "<insert token>",
                      "{{CLIENT_SECRET}}", "dummy-secret-for-tests", "not-a-real-secret", "REDACTED", "<secret>", "..."]
PLACEHOLDERS_PW = ["changeme", "CHANGE_ME", "<password>", "********", "<PASSWORD>", "your-password-here", "REPLACE_WITH_SFTP_PASSWORD", "TBD",
                   "<ask-interface-team>", "redacted"]


def neg_placeholder(rng, c):
    if c["generic"] is G_PASS or "password" in c["kind"]:
        return rng.choice(PLACEHOLDERS_PW + PLACEHOLDERS_TOKEN[:4])
    v = rng.choice(PLACEHOLDERS_TOKEN)
    if rng.random() < 0.25 and isinstance(c["value"], str):
        pre = c["value"][:4] if c["value"][:4] in ("AAPK", "AAPT", "hvs.", "5Aep") else ""
        if pre:
            v = pre + "..." if rng.random() < 0.5 else pre + "<your-key>"
    return v


def neg_masked(rng, kindfn):
    fresh = kindfn(rng)
    v = fresh["value"] if isinstance(fresh["value"], str) else "x" * 12
    if "BEGIN" in v:
        v = fresh["needle"]
    style = rng.randint(0, 4)
    pre = 0
    for p in ("AAPK", "AAPT", "hvs.", "s.", "00", "5Aep861", "AC", "SK"):
        if v.startswith(p):
            pre = len(p)
    if style == 0:
        return v[:pre] + "*" * rng.randint(8, 24) + v[-4:]
    if style == 1:
        return v[:max(pre, 4)] + "\u2026" + v[-3:]
    if style == 2:
        return "*" * len(v)
    if style == 3:
        return v[:max(pre, 3)] + "...(redacted)"
    return "\u2022" * 8 + v[-4:]


def sops_enc(rng, n=None):
    n = n or rng.randint(24, 60)
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rng.rbytes(n)).decode(), base64.b64encode(rng.rbytes(32)).decode(),
                                                            base64.b64encode(rng.rbytes(16)).decode())


def neg_cipher(rng, ft):
    if ft in ("spring_yaml", "properties", "hapi_yaml"):
        return rng.choice([Raw("ENC(%s)" % base64.b64encode(rng.rbytes(rng.choice([32, 48, 64]))).decode()),
                           Raw("'{cipher}%s'" % rng.hexs(128)) if ft != "properties" else Raw("{cipher}%s" % rng.hexs(128))])
    if ft == "ansible_vars":
        lines = ["!vault |", "  $ANSIBLE_VAULT;1.1;AES256"] + ["  " + rng.hexs(80) for _ in range(rng.randint(4, 6))]
        return Raw("\n".join(lines))
    if ft in ("k8s_secret", "helm_values", "dotenv", "appsettings_json", "ini", "docker_compose"):
        return sops_enc(rng)
    if ft in ("terraform",):
        return Raw('data.aws_kms_secrets.creds.plaintext["%s"]' % rng.choice(["client_secret", "api_key"]))
    return sops_enc(rng)


def hl7_ts(rng):
    return "%d%02d%02d%02d%02d%02d" % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def ident_value(rng, c):
    """(provider, kind, tokens, value) for a domain identifier placed where a secret could sit."""
    opts = [
        ("hl7_fhir", "npi", [["billing", "npi"], ["npi"], ["provider", "npi"]], make_npi(rng)),
        ("hl7_fhir", "oid", [["assigning", "authority", "oid"], ["root", "oid"], ["sending", "facility", "oid"]], oid(rng)),
        ("dicom", "study_instance_uid", [["study", "instance", "uid"], ["study", "uid"]], dicom_uid(rng)),
        ("dicom", "series_instance_uid", [["series", "uid"]], dicom_uid(rng)),
        ("hl7_fhir", "fhir_logical_id", [["patient", "id"], ["test", "patient", "id"], ["practitioner", "id"]], fhir_id(rng)),
        ("hl7_fhir", "mrn", [["test", "mrn"], ["mrn"]], mrn(rng)),
        ("hl7_fhir", "loinc_code", [["loinc", "code"]], rng.choice(LOINC)),
        ("hl7_fhir", "snomed_code", [["snomed", "code"]], rng.choice(SNOMED)),
        ("hl7_fhir", "icd10_code", [["icd10", "code"], ["dx", "code"]], rng.choice(ICD10)),
        ("hl7_v2", "message_control_id", [["last", "control", "id"], ["msh10"]], rng.choice([hl7_ts(rng) + rng.digits(4), "MSG" + rng.digits(9), rng.uuid()])),
        ("smart_on_fhir", "public_client_id", [["client", "id"], ["app", "client", "id"]], rng.choice([rng.choice(APPS), rng.uuid(), rng.choice(APPS) + "-public"])),
        ("epic", "nonprod_client_id", [["client", "id"], ["nonprod", "client", "id"], ["sandbox", "client", "id"]], rng.uuid()),
        ("x509", "cert_thumbprint", [["cert", "thumbprint"], ["signing", "cert", "thumbprint"]], rng.hexs(40, True)),
        ("x509", "cert_sha256_fingerprint", [["tls", "fingerprint"], ["pinned", "sha256"]], ":".join(rng.hexs(2, True) for _ in range(32))),
        ("socrata", "app_token", [["app", "token"], ["x", "app", "token"]], rng.mixed(B62, 25)),
        ("esri", "item_id", [["item", "id"], ["webmap", "id"], ["layer", "item", "id"]], rng.hexs(32)),
        ("census", "fips_code", [["county", "fips"], ["geo", "fips"]], "".join(rng.choice(FIPS))),
        ("deid", "salted_hash_patient_id", [["patient", "hash"], ["pseudo", "id"], ["hashed", "mrn"]], hashlib.sha256(rng.rbytes(16)).hexdigest()),
        ("research", "dua_number", [["dua", "number"], ["dua", "id"]], rng.choice(["DUA-%d-%04d" % (rng.randint(2019, 2024), rng.randint(1, 9999)),
                                                                                  "RSCH-%d-%05d" % (rng.randint(2019, 2024), rng.randint(10000, 99999))])),
        ("twilio", "account_sid", [["account", "sid"]], "AC" + rng.hexs(32)),
        ("twilio", "messaging_service_sid", [["messaging", "service", "sid"]], "MG" + rng.hexs(32)),
        ("azure", "tenant_id", [["tenant", "id"], ["directory", "id"]], rng.uuid()),
        ("docusign", "integration_key", [["integration", "key"]], rng.uuid()),
        ("login_gov", "client_id", [["client", "id"], ["issuer"]], "urn:gov:gsa:openidconnect.profiles:sp:sso:%s:%s" % (rng.choice(AGENCIES), rng.choice(APPS))),
        ("salesforce_gov", "consumer_key", [["consumer", "key"]], "3MVG9" + rng.mixed(B62 + "._", 80)),
        ("okta", "client_id", [["client", "id"]], "0oa" + rng.mixed(B62, 17)),
        ("container", "image_digest", [["image", "digest"]], "sha256:" + rng.hexs(64)),
        ("git", "commit_sha", [["build", "commit"], ["git", "sha"]], rng.hexs(40)),
        ("generic", "request_uuid", [["correlation", "id"], ["trace", "id"]], rng.uuid()),
        ("census", "table_id", [["table"], ["variable"]], rng.choice(["B01003_001E", "B19013_001E", "S1701_C03_001E", "DP05_0001E"])),
    ]
    clin = {"npi", "oid", "study_instance_uid", "series_instance_uid", "fhir_logical_id", "mrn", "loinc_code", "snomed_code", "icd10_code",
            "message_control_id", "public_client_id", "nonprod_client_id"}
    gov = {"app_token", "item_id", "fips_code", "account_sid", "messaging_service_sid", "tenant_id", "integration_key", "client_id",
           "consumer_key", "table_id", "npi"}
    want = gov if c["cat"] in ("gov", "cloud", "research") else clin
    shared = {"cert_thumbprint", "cert_sha256_fingerprint", "salted_hash_patient_id", "dua_number", "image_digest", "commit_sha", "request_uuid"}
    pool = [o for o in opts if o[1] in want] * 3 + [o for o in opts if o[1] in shared]
    return rng.choice(pool)


def neg_public_value(rng, c):
    """Public counterpart of a key-material credential."""
    if c["shape"] == "jwk":
        return "jwks", "public_jwk", make_jwk(rng, c["value"].get("kty"), private=False)
    if c["provider"] == "pgp":
        return "pgp", "public_key_block", make_pgp(rng, False, rng.choice([None, "Payer EDI public key"]))[0]
    if rng.random() < 0.5:
        return "x509", "certificate_pem", make_public_pem(rng, cert=True)
    return "x509", "public_key_pem", make_public_pem(rng, cert=False)


AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


# ---- special negative files -------------------------------------------------

def sp_hl7(rng):
    fac = rng.choice(FACILITIES)
    ts = hl7_ts(rng)
    ctl = rng.choice([ts + rng.digits(3), "MSG" + rng.digits(9)])
    segs = ["MSH|^~\\&|EPIC|%s|%s|%s|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE|||||PHLabReport-NoAck^HL7^2.16.840.1.113883.9.11^ISO" % (fac, rng.choice(["ELR", "LAB"]), rng.choice(["CDPH", "IDPH", "DSHS"]), ts, ctl),
            "SFT|Epic Systems Corporation^L^^^^ANSI&1.2.840&ISO^XX^^^1.2.840.114350|Epic 2023|Bridges|%s" % rng.digits(7),
            "PID|1||%s^^^%s^MR^%s&%s&ISO||ZZTEST^%s^Q||%d%02d%02d|%s||2106-3^White^CDCREC|||||||||||N^Not Hispanic^HL70189" % (mrn(rng), fac, fac, oid(rng), rng.choice(FIRSTS).upper(), rng.randint(1940, 2015), rng.randint(1, 12), rng.randint(1, 28), rng.choice("MF")),
            "ORC|RE|%s^EPC|%s^%s||CM||||%s|||%s^%s^%s^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI" % (rng.digits(8), rng.digits(8), fac, ts, make_npi(rng), rng.choice(["NG", "OKAFOR", "REYES"]), rng.choice(FIRSTS).upper()),
            "OBR|1|%s^EPC|%s^%s|%s^SARS-CoV-2 RNA NAA+probe^LN|||%s" % (rng.digits(8), rng.digits(8), fac, rng.choice(["94500-6", "94309-2"]), ts),
            "OBX|1|CWE|%s^SARS-CoV-2 RNA Resp Ql NAA+probe^LN||%s^%s^SCT||||||F|||%s" % (rng.choice(["94500-6", "94309-2"]), rng.choice(["260373001", "260415000"]), rng.choice(["Detected", "Not detected"]), ts),
            "SPM|1|%s&%s&%s&ISO||258500001^Nasopharyngeal swab^SCT|||||||||||||%s" % (rng.digits(10), fac, oid(rng), ts)]
    return "tests/fixtures/hl7/%s_%s.hl7" % (rng.choice(["oru_r01", "elr", "covid_result"]), rng.digits(4)), "\r".join(segs) + "\r", "hl7_v2", "message_control_id", "hl7_message"


def sp_fhir_bundle(rng):
    pid = fhir_id(rng)
    b = {"resourceType": "Bundle", "id": rng.uuid(), "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:" + rng.uuid(), "resource": {"resourceType": "Patient", "id": pid,
                                                            "identifier": [{"system": "urn:oid:" + oid(rng), "value": mrn(rng)},
                                                                           {"system": "http://hl7.org/fhir/sid/us-mbi", "value": "%d%s%d%s%d%s%s%d%d%s%d" % (rng.randint(1, 9), rng.choice("ACDEFGHJKMNPQRTUVWXY"), rng.randint(0, 9), rng.choice("ACDEFGHJKMNPQRTUVWXY"), rng.randint(0, 9), rng.choice("ACDEFGHJKMNPQRTUVWXY"), rng.choice("ACDEFGHJKMNPQRTUVWXY"), rng.randint(0, 9), rng.randint(0, 9), rng.choice("ACDEFGHJKMNPQRTUVWXY"), rng.randint(0, 9))}],
                                                            "name": [{"family": "Testpatient", "given": [rng.choice(FIRSTS)]}], "birthDate": "19%02d-%02d-%02d" % (rng.randint(30, 99), rng.randint(1, 12), rng.randint(1, 28))}},
        {"fullUrl": "urn:uuid:" + rng.uuid(), "resource": {"resourceType": "Observation", "id": fhir_id(rng), "status": "final",
                                                            "code": {"coding": [{"system": "http://loinc.org", "code": rng.choice(LOINC)}]},
                                                            "subject": {"reference": "Patient/" + pid},
                                                            "performer": [{"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": make_npi(rng)}}],
                                                            "valueQuantity": {"value": round(rng.random() * 150, 1), "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL"}}},
        {"fullUrl": "urn:uuid:" + rng.uuid(), "resource": {"resourceType": "Condition", "id": fhir_id(rng),
                                                            "code": {"coding": [{"system": "http://snomed.info/sct", "code": rng.choice(SNOMED)},
                                                                                {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": rng.choice(ICD10)}]},
                                                            "subject": {"reference": "Patient/" + pid}}}]}
    return "src/test/resources/fixtures/%s-bundle.json" % rng.choice(["uscore", "elr", "synthea"]), json.dumps(b, indent=2) + "\n", "hl7_fhir", "fhir_bundle_ids", "fhir_json"


def sp_sealed(rng):
    name = "%s-credentials" % rng.choice(["epic", "redcap", "mirth", "socrata", "arcgis"])
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s" % name, "  namespace: %s" % rng.choice(["integration", "gis", "hie"]),
         "spec:", "  encryptedData:"]
    for k in rng.sample(["CLIENT_SECRET", "API_TOKEN", "DB_PASSWORD", "PRIVATE_KEY", "SFTP_PASSWORD"], 2):
        L.append("    %s: Ag%s" % (k, base64.b64encode(rng.rbytes(rng.randint(300, 420))).decode()))
    L += ["  template:", "    metadata:", "      name: %s" % name, "    type: Opaque"]
    return "k8s/sealed/%s.yaml" % name, "\n".join(L) + "\n", "bitnami", "sealed_secret_ciphertext", "k8s_sealed_secret"


def sp_sops(rng):
    blk = rng.choice(["epic", "redcap", "arcgis", "mirth", "availity"])
    L = ["%s:" % blk, "    client_id: %s" % rng.uuid(), "    client_secret: %s" % sops_enc(rng), "    base_url: %s" % fhir_base(rng, "x"),
         "database:", "    password: %s" % sops_enc(rng, 18), "sops:", "    kms:", "        - arn: arn:aws-us-gov:kms:%s:%s:key/%s" % (rng.choice(REGIONS_GOV), rng.digits(12), rng.uuid()),
         "          created_at: \"%d-%02d-%02dT%02d:%02d:%02dZ\"" % (rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
         "          enc: %s" % base64.b64encode(b"\x01\x02\x02\x00x" + rng.rbytes(180)).decode(), "          aws_profile: \"\"",
         "    lastmodified: \"2024-%02d-%02dT10:11:12Z\"" % (rng.randint(1, 12), rng.randint(1, 28)), "    mac: %s" % sops_enc(rng, 32).replace("type:str", "type:str"),
         "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return "secrets/%s.enc.yaml" % rng.choice(["prod", "uat"]), "\n".join(L) + "\n", "sops", "sops_ciphertext", "sops_yaml"


def sp_jwks_public(rng):
    keys = [make_jwk(rng, rng.choice(["RSA", "EC"]), private=False) for _ in range(rng.randint(1, 2))]
    return rng.choice([".well-known/jwks.json", "public/jwks.json", "keys/backend-public.jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n", "jwks", "public_jwk_set", "jwk_json"


def sp_smart_registration(rng):
    doc = {"client_name": "%s (%s)" % (rng.choice(APPS), rng.choice(FACILITIES)), "client_id": rng.uuid(), "token_endpoint_auth_method": "private_key_jwt",
           "grant_types": ["client_credentials"], "scope": "system/Patient.rs system/Observation.rs system/Encounter.rs",
           "jwks_uri": "https://%s/.well-known/jwks.json" % host(rng, "ehr"), "jwks": {"keys": [make_jwk(rng, "RSA", private=False)]},
           "fhir_versions": ["4.0.1"], "non_production_client_id": rng.uuid()}
    return "registration/%s-app-registration.json" % rng.choice(["epic", "cerner", "smart"]), json.dumps(doc, indent=2) + "\n", "smart_on_fhir", "client_registration_public", "smart_registration_json"


def sp_deid_csv(rng):
    salt_ref = rng.choice(["salt from Vault: secret/data/deid/salt", "HMAC-SHA256 with key held by honest broker", "sha256(mrn || project_salt)"])
    L = ["# de-identified cohort extract; %s" % salt_ref, "pseudo_id,age_band,sex,county_fips,loinc,result_flag,admit_week"]
    for _ in range(rng.randint(6, 20)):
        L.append("%s,%s,%s,%s,%s,%s,%d-W%02d" % (hashlib.sha256(rng.rbytes(16)).hexdigest(), rng.choice(["0-17", "18-44", "45-64", "65+"]), rng.choice("MFU"),
                                              "".join(rng.choice(FIPS)), rng.choice(LOINC), rng.choice(["H", "L", "N", "A"]), rng.randint(2021, 2024), rng.randint(1, 52)))
    return "data/deid/cohort_%s.csv" % rng.digits(6), "\n".join(L) + "\n", "deid", "salted_hash_patient_id", "csv_table"


def sp_dicom_json(rng):
    doc = {"0020000D": {"vr": "UI", "Value": [dicom_uid(rng)]}, "0020000E": {"vr": "UI", "Value": [dicom_uid(rng)]},
           "00080018": {"vr": "UI", "Value": [dicom_uid(rng)]}, "00080016": {"vr": "UI", "Value": ["1.2.840.10008.5.1.4.1.1.%s" % rng.choice(["2", "4", "1.2", "128"])]},
           "00100020": {"vr": "LO", "Value": [mrn(rng)]}, "00100010": {"vr": "PN", "Value": [{"Alphabetic": "ANON^%s" % rng.digits(6)}]},
           "00080050": {"vr": "SH", "Value": [rng.digits(10)]}, "00080060": {"vr": "CS", "Value": [rng.choice(["CT", "MR", "CR", "US"])]},
           "00020010": {"vr": "UI", "Value": ["1.2.840.10008.1.2.1"]}}
    return "tests/data/dicom/%s.json" % rng.choice(["study_meta", "qido_response", "instance"]), json.dumps([doc], indent=2) + "\n", "dicom", "dicom_uids", "dicom_json"


def sp_webconfig_protected(rng):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", '  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">',
         '    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">',
         '      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />', '      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">',
         '        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">', '          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />',
         '          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">', "            <KeyName>Rsa Key</KeyName>", "          </KeyInfo>", "          <CipherData>",
         "            <CipherValue>%s</CipherValue>" % base64.b64encode(rng.rbytes(256)).decode(), "          </CipherData>", "        </EncryptedKey>", "      </KeyInfo>",
         "      <CipherData>", "        <CipherValue>%s</CipherValue>" % base64.b64encode(rng.rbytes(rng.randint(180, 320))).decode(), "      </CipherData>",
         "    </EncryptedData>", "  </connectionStrings>", "  <appSettings>", '    <add key="Epic:ClientId" value="%s" />' % rng.uuid(),
         '    <add key="Epic:FhirBase" value="%s" />' % fhir_base(rng, "epic"), "  </appSettings>", "</configuration>"]
    return rng.choice(["Web.config", "src/PortalWeb/Web.config"]), "\n".join(L) + "\n", "dotnet", "protected_config_ciphertext", "web_config"


def sp_kms_tf(rng):
    L = ["data \"aws_kms_secrets\" \"creds\" {", "  secret {", "    name    = \"%s\"" % rng.choice(["redcap_token", "epic_client_secret", "sftp_password"]),
         "    payload = \"%s\"" % base64.b64encode(b"\x01\x02\x02\x00\x78" + rng.rbytes(rng.randint(140, 200))).decode(), "    context = {", "      app = \"%s\"" % rng.choice(APPS), "    }", "  }", "}", "",
         "resource \"aws_lambda_function\" \"sync\" {", "  function_name = \"%s\"" % rng.choice(APPS), "  role          = aws_iam_role.sync.arn", "  runtime       = \"python3.11\"",
         "  handler       = \"app.handler\"", "  environment {", "    variables = {", "      SECRET = data.aws_kms_secrets.creds.plaintext[\"%s\"]" % "redcap_token", "    }", "  }", "}"]
    return "terraform/lambda_sync.tf", "\n".join(L) + "\n", "aws_govcloud", "kms_ciphertext_blob", "terraform"


SPECIALS = [sp_hl7, sp_fhir_bundle, sp_sealed, sp_sops, sp_jwks_public, sp_smart_registration, sp_deid_csv, sp_dicom_json, sp_webconfig_protected, sp_kms_tf]


NEG_MODES = [("ref", 22), ("placeholder", 13), ("masked", 10), ("cipher", 8), ("ident", 27), ("public", 6), ("aws_example", 2), ("special", 12)]
KEY_KINDS = [k for k in KINDS if k.__name__ in ("f",) and False]  # filled below


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def make_negative(rng):
    for _ in range(80):
        mode = weighted(rng, NEG_MODES)
        if mode == "special":
            path, text, prov, kind, ft = rng.choice(SPECIALS)(rng)
            return {"path": path, "text": text, "provider": prov, "kind": kind, "filetype": ft}
        if mode == "public":
            kindfn = rng.choice(MATERIAL_KINDS)
        elif mode == "aws_example":
            kindfn = KINDS_AWS
        else:
            kindfn = rng.choice(KINDS)
        c = kindfn(rng)
        generic = rng.random() < 0.33
        prov, kind = c["provider"], None
        if mode == "public":
            prov2, kind, val = neg_public_value(rng, c)
            c["value"] = val
            kind = "public_" + kind if not kind.startswith("public") else kind
        elif mode == "aws_example":
            c["extras"] = [(["access", "key", "id"], AWS_EXAMPLE_ID)] + c["extras"][1:]
            c["value"] = AWS_EXAMPLE_SECRET
            kind = "documented_example_key"
        elif mode == "ident":
            prov, kind, toks_opts, val = ident_value(rng, c)
            c["shape"] = "line"
            c["extras"] = list(c["extras"]) + [(rng.choice(toks_opts), val)]
        else:
            c["shape"] = "line"
        fts = ft_candidates(c)
        if not fts:
            continue
        ft = rng.choice(fts)
        if mode == "ident" and ft in ("mirth_properties", "orthanc_json", "box_config_json"):
            continue
        slot = build_slot(rng, c, generic and mode != "ident")
        toks, v, shape = slot["entries"][slot["secret_idx"]]
        if mode == "ident":
            v = neg_ref(rng, ft, slot) if rng.random() < 0.7 else neg_placeholder(rng, c)
            if ft == "crontab" and not isinstance(v, Raw):
                v = Raw("'%s'" % v)
        elif mode == "ref":
            v = neg_ref(rng, ft, slot)
            if ft == "crontab" and not isinstance(v, Raw):
                continue
            kind = "env_or_vault_reference" if v != "" else "empty_value"
        elif mode == "placeholder":
            v = neg_placeholder(rng, c)
            kind = "placeholder"
            if ft == "crontab":
                v = Raw("'%s'" % v)
        elif mode == "masked":
            v = neg_masked(rng, kindfn)
            kind = "masked_value"
        elif mode == "cipher":
            v = neg_cipher(rng, ft)
            kind = "ciphertext"
        if isinstance(v, Raw) and "\n" in v and ft not in ("ansible_vars", "k8s_deployment", "dockerfile"):
            continue
        if ft == "k8s_deployment" and isinstance(v, Raw) and v.startswith("valueFrom") is False and mode == "ref":
            continue
        slot["entries"][slot["secret_idx"]] = (toks, v, shape)
        path, text = render(rng, ft, slot)
        n = text.count("\n")
        if n < 4 or n > 85:
            continue
        return {"path": path, "text": text, "provider": prov, "kind": kind, "filetype": ft}
    raise RuntimeError("negative generation failed")


KINDS_AWS = KINDS[[i for i, k in enumerate(KINDS) if k(R(0))["provider"] == "aws_govcloud"][0]]
MATERIAL_KINDS = [k for k in KINDS if k(R(0))["shape"] in ("multi", "jwk")]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        print("usage: gen_ak.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = R(seed)
    os.makedirs(outdir, exist_ok=True)
    order = []
    while len(order) < N_POS:
        block = list(KINDS)
        rng.shuffle(block)
        order.extend(block)
    order = order[:N_POS]
    manifest, secrets, pos_needles = [], [], []
    n_generic = 0
    for i, kfn in enumerate(order):
        p = make_positive(rng, kfn, rng.random() < 0.36)
        rel = "pos/p%04d/%s" % (i + 1, p["path"])
        write(outdir, rel, p["text"])
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": p["filetype"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": p["line"]})
        pos_needles.append(p["needle"])
        n_generic += p["generic"]
    for i in range(N_NEG):
        n = make_negative(rng)
        rel = "neg/n%04d/%s" % (i + 1, n["path"])
        write(outdir, rel, n["text"])
        manifest.append({"file": rel, "label": "neg", "provider": n["provider"], "kind": n["kind"], "filetype": n["filetype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    self_check(outdir, manifest, secrets, pos_needles, n_generic)


def self_check(outdir, manifest, secrets, pos_needles, n_generic):
    errors = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            print("BAD LINE", s["file"], s["line"])
            errors += 1
        if text.count(s["needle"]) != 1:
            print("NEEDLE NOT UNIQUE", s["file"])
            errors += 1
    needles = set(pos_needles)
    for row in manifest:
        if row["label"] != "neg":
            continue
        with open(os.path.join(outdir, row["file"]), encoding="utf-8", newline="") as fh:
            text = fh.read()
        for nd in needles:
            if nd in text:
                print("NEEDLE LEAK", row["file"])
                errors += 1
    files = [r["file"] for r in manifest]
    if len(set(os.path.dirname(f).split("/")[1] for f in files)) != len(files):
        print("DIRECTORY REUSE")
        errors += 1
    from collections import Counter
    pos = [r for r in manifest if r["label"] == "pos"]
    neg = [r for r in manifest if r["label"] == "neg"]
    print("positives: %d  negatives: %d  generic-named positives: %d" % (len(pos), len(neg), n_generic))
    pk = Counter((r["provider"], r["kind"]) for r in pos)
    print("positive providers: %d  provider/kind pairs: %d" % (len(set(r["provider"] for r in pos)), len(pk)))
    for (pv, kd), c in sorted(pk.items()):
        print("  pos %-20s %-36s %d" % (pv, kd, c))
    nk = Counter(r["kind"] for r in neg)
    print("negative kinds: %d" % len(nk))
    for k, c in nk.most_common():
        print("  neg %-40s %d" % (k, c))
    fts = Counter(r["filetype"] for r in manifest)
    print("file types: %d" % len(fts))
    for k, c in fts.most_common():
        print("  ft  %-24s pos=%d neg=%d" % (k, sum(1 for r in pos if r["filetype"] == k), sum(1 for r in neg if r["filetype"] == k)))
    if errors:
        print("SELF-CHECK FAILED: %d errors" % errors)
        sys.exit(1)
    print("SELF-CHECK OK")


if __name__ == "__main__":
    main()
