#!/usr/bin/env python3
"""Blind evaluation-set generator "ag" for a git pre-commit secret scanner.

EMPHASIS
    Enterprise integration, ERP and B2B data exchange: the repositories of
    integration teams that wire SAP, Salesforce, Dynamics 365 / Dataverse,
    NetSuite, Workday and ServiceNow to each other and to banks and trading
    partners (MuleSoft, Boomi, Informatica, Logic Apps, Service Bus, Kafka
    Connect, SFTP/EBICS/AS2/EDI VANs, HL7/FHIR, Open Banking/SWIFT, DocuSign,
    Adobe Sign, Concur, Coupa, Ariba, Atlassian sync jobs, Okta/Entra SCIM,
    Snowflake, Tableau, Power BI, Workato).  Service-account passwords, OAuth
    client secrets, refresh tokens and signing keys sit beside tenant ids,
    org ids, account ids, sys_ids, message ids, thumbprints and IBANs.

USAGE
    python3 gen_ag.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relative path> (500 innocent look-alikes),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} for positives.
    Deterministic per SEED: the only randomness is random.Random(SEED).
    Standard library only (Python 3.11).

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file; line is
      the 1-based line of its first occurrence.
    * Composite values (connection strings, JDBC/HTTP URLs with userinfo,
      force:// sfdx auth URLs, Logic Apps callback URLs): the needle is only the
      secret part (SharedAccessKey=..., ClientSecret=..., AccountKey=..., the
      password in user:pass@, the refresh token in force://, the sig= value).
    * Salesforce "password + security token": the needle is the concatenated
      string (that is what is written and what authenticates).
    * AWS key pairs: the needle is the 40-char secret access key (the AKIA id
      is in the same file, as it always is).
    * Private keys (PEM / OpenSSH, also when embedded with literal \\n escapes
      in JSON/env): the needle is the "-----BEGIN ... PRIVATE KEY-----" marker
      line; the key body follows it. Keys are real RSA keys generated with a
      pure-Python prime search (deterministic from the seed).
    * Every positive holds exactly one credential; any other sensitive fields
      in that file are references (env vars, vault lookups, placeholders).

DOUBTS (formats I am not sure about, and why)
    * Salesforce consumer secrets: newer ones are 64 upper-case hex, older ones
      are 19 decimal digits; both are generated.  Refresh tokens are modelled
      as "5Aep861" + 80 chars of [A-Za-z0-9._]; access tokens as
      "<15-char org id>!" + ~96 chars of [A-Za-z0-9._]. Lengths are from memory.
    * Security token: 24 or 25 alphanumerics (from memory).
    * Azure AD / Entra client secrets: 40 chars, 3 chars + "8Q~" + 34 of
      [A-Za-z0-9._~-]; the older 32/44-char style is also generated.
    * Azure identifiable keys (Service Bus "+ASb", storage "+ASt", function
      "AzFu"): position of the signature is from memory; legacy random
      base64 keys are generated alongside.
    * Workday refresh tokens / client secrets, ServiceNow OAuth client
      secrets, Ariba secrets, Open Banking secrets: no published format; I use
      plausible random alphanumeric strings of common lengths.
    * Tableau PAT secret: "<22 base64 chars>==:<32 alnum>" from memory.
    * Adobe Sign integration key: "3AAABL" + ~90 url-safe chars, from memory.
    * Workato API-platform auth token: 64 lower hex (docs example shape);
      Developer-API token format unknown, not generated.
    * Atlassian API tokens: "ATATT3xFfGF0" + 171 url-safe chars + "=" + 8 hex
      (the trailing checksum algorithm is unknown, so it is random hex).
    * Okta API tokens: "00" + 40 url-safe chars; Okta client secrets 40-64.
    * Confluent Cloud API key (16 upper alnum) / secret (64 of [A-Za-z0-9+/]).
    * Boomi AtomSphere API token: UUID used with "BOOMI_TOKEN.<user>".
    * DocuSign secret key is a UUID in a secret slot (labelled positive); the
      integration key (also a UUID, a public client id) is a negative.
    * SAP BTP XSUAA client secrets: both the legacy ~28-char base64 form and
      the "<uuid>$<base64url>=" form.
    * GitHub tokens: ghp_ + 30 random base62 + 6-char base62 CRC32 checksum.
    * Fake X.509 certificates in negatives are DER-shaped random bytes, not
      parseable certificates; public keys / JWKS / known_hosts are real.

COVERAGE (per seed, approx.)
    64 provider/kind pairs across 35 providers (SAP RFC/BTP/CPI/SCC/PI-PO/S4/
    ABAP, Salesforce x8, Dynamics/Dataverse, Entra, Power BI, Service Bus,
    Storage, Logic Apps, Functions, NetSuite TBA, Workday, ServiceNow,
    MuleSoft, Boomi, Informatica, Workato, AWS/EventBridge, Kafka/Confluent,
    SFTP/EBICS/AS2/EDI VAN, FHIR/HL7, Open Banking, SWIFT, DocuSign, Adobe
    Sign, Concur, Coupa, Ariba, Atlassian, Okta, Snowflake, Tableau, GitHub);
    ~55 file types.  Negatives: ~70 % are the same renderers/kinds with the
    secret slot holding an env/vault reference in the file type's own
    syntax, a placeholder, a masked value, ciphertext (Mule ![..], Jasypt
    ENC(..), SOPS, KMS), a Key Vault / Secrets Manager reference, a public
    client id / consumer key, or a documented example; ~30 % are bespoke
    look-alike files (sfdx-project package ids, ConnectedApp metadata, SOPS,
    SealedSecrets, BizTalk vt="1", SSIS DPAPI blobs, Apex merge fields, X12,
    AS2 MDN, HL7, pain.001 with IBAN/BIC/UETR, public keys, thumbprints,
    tenant/org/sys ids, Key Vault app settings, RFC test vectors, lockfile
    integrity hashes, Ansible vault, JWKS, masked logs).
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

B62 = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64C = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"


def _has_run(s):
    """True if s contains an obvious sequence/run (abcd, 1234, aaaa)."""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(ch) for ch in low[i:i + 4])
        if b - a == 1 and c - b == 1 and d - c == 1:
            return True
        if a == b == c == d:
            return True
    return False


def rstr(rng, alphabet, n):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not _has_run(s):
            return s


def hexl(rng, n):
    return rstr(rng, HEX, n)


def hexu(rng, n):
    return hexl(rng, n).upper()


def b62(rng, n):
    while True:
        s = rstr(rng, B62, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def b64bytes(rng, nbytes, urlsafe=False, strip=False):
    while True:
        raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
        s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        if strip:
            s = s.rstrip("=")
        if not _has_run(s):
            return s


def guid(rng, upper=False):
    h = hexl(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def b62enc(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")[r] + out
    return out.rjust(width, "0")


def github_token(rng, prefix="ghp_"):
    body = b62(rng, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# ----------------------------------------------------------------- passwords
FIRST = ["Marek", "Sanne", "Joris", "Ingrid", "Tomasz", "Lucia", "Henrik", "Priya", "Dmitri",
         "Aoife", "Kenji", "Beatriz", "Olusegun", "Fenna", "Rafael", "Mirela", "Sven", "Anouk",
         "Callum", "Yusuf", "Greta", "Matteo", "Linnea", "Bogdan", "Hamid", "Elodie"]
WORDS = ["winter", "harbor", "falcon", "tulip", "granite", "copper", "meadow", "lantern", "birch",
         "orchid", "voyage", "thistle", "cobalt", "ember", "sparrow", "glacier", "saffron", "willow",
         "anchor", "maple", "quartz", "juniper", "pelican", "canyon", "velvet", "marble", "otter"]
CITIES = ["Gdansk", "Utrecht", "Porto", "Bergen", "Lyon", "Brno", "Tampere", "Cork", "Graz",
          "Malmo", "Leuven", "Bilbao", "Aarhus", "Kiel", "Turin", "Pune", "Osaka", "Austin"]
SYMS = "!@#%*._-+?"


def leet(w, rng):
    m = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
    return "".join(m[c] if c in m and rng.random() < 0.6 else c for c in w)


def human_password(rng):
    y = str(rng.randint(1961, 2009))
    f = rng.randrange(9)
    if f == 0:
        p = pick(rng, FIRST) + rng.choice(".-_") + y + pick(rng, WORDS)
    elif f == 1:
        p = leet(pick(rng, WORDS).capitalize(), rng) + rng.choice(SYMS) + str(rng.randint(2, 97))
    elif f == 2:
        p = pick(rng, WORDS).capitalize() + pick(rng, WORDS).capitalize() + str(rng.randint(10, 99)) + rng.choice(SYMS)
    elif f == 3:
        p = pick(rng, CITIES) + rng.choice(SYMS) + str(rng.randint(2015, 2026)) + pick(rng, ["Q1", "Q2", "Q3", "Q4", "xx", "rz", "sync", "edi"])
    elif f == 4:
        p = leet(pick(rng, FIRST).lower(), rng) + rng.choice(SYMS) + pick(rng, WORDS).capitalize() + y[2:]
    elif f == 5:
        p = pick(rng, WORDS).capitalize() + rng.choice(SYMS) + pick(rng, CITIES).lower() + str(rng.randint(1, 9)) + rng.choice(SYMS)
    elif f == 6:
        p = pick(rng, ["Int", "Sync", "Edi", "Rfc", "Svc", "Batch"]) + rng.choice(SYMS) + pick(rng, CITIES) + y + rng.choice(SYMS)
    elif f == 7:
        p = pick(rng, WORDS) + str(rng.randint(3, 9)) + pick(rng, WORDS).upper()[:4] + rng.choice(SYMS) + str(rng.randint(10, 99))
    else:
        p = pick(rng, FIRST)[:3].lower() + leet(pick(rng, WORDS), rng).capitalize() + rng.choice(SYMS) + y
    return p


def gen_password(rng):
    """Machine-generated service-account password (vault/password manager style)."""
    alpha = string.ascii_letters + string.digits + "!#%*+-_.?@"
    while True:
        s = rstr(rng, alpha, rng.choice([16, 18, 20, 24, 28, 32]))
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)
                and any(c in "!#%*+-_.?@" for c in s)):
            return s


def svc_password(rng):
    return human_password(rng) if rng.random() < 0.55 else gen_password(rng)


# ---------------------------------------------------------------- RSA / PEM
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng):
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


def _prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, rng):
            return c


def rsa_key(rng, bits=2048):
    e = 65537
    while True:
        p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        if p < q:
            p, q = q, p
        return dict(n=p * q, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def _dlen(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _dint(x):
    b = x.to_bytes(x.bit_length() // 8 + 1, "big")
    return b"\x02" + _dlen(len(b)) + b


def _dseq(*items):
    body = b"".join(items)
    return b"\x30" + _dlen(len(body)) + body


_RSA_ALG = _dseq(b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", b"\x05\x00")


def _pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [b[i:i + width] for i in range(0, len(b), width)] + ["-----END %s-----" % label]


def pem_private(k, style="pkcs1"):
    pk1 = _dseq(_dint(0), _dint(k["n"]), _dint(k["e"]), _dint(k["d"]), _dint(k["p"]), _dint(k["q"]),
                _dint(k["dp"]), _dint(k["dq"]), _dint(k["qi"]))
    if style == "pkcs1":
        return _pem("RSA PRIVATE KEY", pk1)
    der = _dseq(_dint(0), _RSA_ALG, b"\x04" + _dlen(len(pk1)) + pk1)
    return _pem("PRIVATE KEY", der)


def pem_public(k):
    pub = _dseq(_dint(k["n"]), _dint(k["e"]))
    bit = b"\x03" + _dlen(len(pub) + 1) + b"\x00" + pub
    return _pem("PUBLIC KEY", _dseq(_RSA_ALG, bit))


def _sshstr(b):
    return len(b).to_bytes(4, "big") + b


def _mpint(x):
    return _sshstr(x.to_bytes(x.bit_length() // 8 + 1, "big"))


def ssh_pub(k, comment):
    blob = _sshstr(b"ssh-rsa") + _mpint(k["e"]) + _mpint(k["n"])
    return "ssh-rsa " + base64.b64encode(blob).decode() + " " + comment


def openssh_private(k, comment, rng):
    pub = _sshstr(b"ssh-rsa") + _mpint(k["e"]) + _mpint(k["n"])
    chk = rng.getrandbits(32).to_bytes(4, "big")
    priv = (chk + chk + _sshstr(b"ssh-rsa") + _mpint(k["n"]) + _mpint(k["e"]) + _mpint(k["d"]) +
            _mpint(k["qi"]) + _mpint(k["p"]) + _mpint(k["q"]) + _sshstr(comment.encode()))
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") +
            (1).to_bytes(4, "big") + _sshstr(pub) + _sshstr(priv))
    return _pem("OPENSSH PRIVATE KEY", blob, 70)


def fake_cert_lines(rng, nbytes=None):
    """A certificate-looking PEM block (public material, used in negatives)."""
    nbytes = nbytes or rng.choice([780, 860, 910, 1010])
    body = b"\x30\x82" + (nbytes - 4).to_bytes(2, "big") + b"\x30\x82" + (nbytes - 300).to_bytes(2, "big") + \
        b"\xa0\x03\x02\x01\x02\x02\x14" + bytes(rng.getrandbits(8) for _ in range(nbytes - 13))
    return _pem("CERTIFICATE", body)


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def make_jwt(rng, iss, aud, sub, alg="RS256"):
    hdr = {"alg": alg, "typ": "JWT", "kid": hexl(rng, 16)}
    iat = 1700000000 + rng.randrange(60000000)
    pl = {"iss": iss, "sub": sub, "aud": aud, "iat": iat, "exp": iat + pick(rng, [3600, 86400, 300]),
          "jti": guid(rng), "scope": pick(rng, ["system/*.read", "patient/*.read launch", "accounts payments", "api"])}
    sig = b64bytes(rng, 256 if alg.startswith("RS") else 32, urlsafe=True, strip=True)
    return b64url_json(hdr) + "." + b64url_json(pl) + "." + sig


# ------------------------------------------------------- provider secrets
def sf_org_id(rng, sandbox=False):
    return "00D" + rng.choice("5678aAbB") + rstr(rng, B62, 1) + "0000" + rstr(rng, B62, 6)


def sf_id18(rng, prefix):
    base = prefix + rng.choice("0123456789") + rng.choice("0123456789abcdefABCDEF") + "000" + rstr(rng, B62, 7)
    # checksum suffix of 18-char ids
    suffix = ""
    for i in range(3):
        flags = 0
        for j in range(5):
            c = base[i * 5 + j]
            if "A" <= c <= "Z":
                flags += 1 << j
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[flags]
    return base + suffix


def sf_consumer_key(rng):
    return "3MVG9" + rstr(rng, B62 + "._", 80)


def sf_consumer_secret(rng):
    return hexu(rng, 64) if rng.random() < 0.7 else str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(18))


def sf_refresh_token(rng):
    return "5Aep861" + rstr(rng, B62 + "._", 80)


def sf_access_token(rng):
    return sf_org_id(rng) + "!" + "AQ" + rstr(rng, B62 + ".", 1) + "A" + rstr(rng, B62 + "._", 92)


def sf_security_token(rng):
    return b62(rng, rng.choice([24, 25]))


def azure_ad_secret(rng):
    if rng.random() < 0.8:
        return rstr(rng, B62, 3) + "8Q~" + rstr(rng, B62 + "._~-", 34)
    return rstr(rng, B62 + "._-~", 34) if rng.random() < 0.5 else b64bytes(rng, 33)


def azure_key44(rng, sig=None):
    if sig and rng.random() < 0.5:
        return b64bytes(rng, 32)[:33] + sig + rstr(rng, B62, 6) + "="
    return b64bytes(rng, 32)


def azure_storage_key(rng):
    if rng.random() < 0.5:
        return b64bytes(rng, 64)[:76] + "+ASt" + rstr(rng, B62, 6) + "=="
    return b64bytes(rng, 64)


def azure_function_key(rng):
    if rng.random() < 0.5:
        return rstr(rng, URLSAFE, 44) + "AzFu" + rstr(rng, URLSAFE, 6) + "=="
    return b64bytes(rng, 40)


def logicapp_sig(rng):
    return rstr(rng, URLSAFE, 43)


def btp_clientsecret(rng):
    if rng.random() < 0.5:
        return guid(rng) + "$" + rstr(rng, URLSAFE, 43) + "="
    return b64bytes(rng, 21)


def okta_api_token(rng):
    return "00" + rstr(rng, URLSAFE, 40)


def atlassian_token(rng):
    return "ATATT3xFfGF0" + rstr(rng, URLSAFE, 171) + "=" + hexu(rng, 8)


def tableau_pat(rng):
    return b64bytes(rng, 16) + ":" + b62(rng, 32)


def adobe_sign_key(rng):
    return "3AAABL" + rstr(rng, URLSAFE + "*", rng.choice([84, 90, 96]))


def confluent_secret(rng):
    return rstr(rng, B62 + "+/", 64)


def aws_key_id(rng):
    return "AKIA" + rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(rng):
    return rstr(rng, B62 + "+/", 40)


# ------------------------------------------------------------ naming/context
class Ref:
    """A reference to a secret held elsewhere (rendered in the file type's syntax)."""

    def __init__(self, env):
        self.env = env


def n_snake(w):
    return "_".join(w).lower()


def n_upper(w):
    return "_".join(w).upper()


def n_camel(w):
    return w[0].lower() + "".join(x.capitalize() for x in w[1:]) if w else "value"


def n_pascal(w):
    return "".join(x.capitalize() for x in w)


def n_dot(w):
    return ".".join(w).lower()


def n_kebab(w):
    return "-".join(w).lower()


GENERIC_SECRET_NAMES = {
    "password": [["password"], ["pass"], ["pwd"], ["svc", "password"], ["login", "password"], ["auth"],
                 ["credential"], ["remote", "password"], ["basic", "pass"]],
    "secret": [["client", "secret"], ["secret"], ["app", "secret"], ["oauth", "secret"], ["auth"],
               ["upstream", "secret"], ["cs"]],
    "token": [["token"], ["api", "token"], ["auth", "token"], ["bearer"], ["sync", "token"], ["access", "token"],
              ["api", "key"], ["auth"], ["refresh"]],
    "key": [["key"], ["api", "key"], ["access", "key"], ["shared", "key"], ["sas", "key"], ["auth"],
            ["signing", "key"]],
}
GENERIC_WRAP_NAMES = [["url"], ["endpoint"], ["conn"], ["connection", "string"], ["target", "url"], ["dsn"], ["uri"]]
ALT_PREFIXES = [[], [], ["source"], ["target"], ["partner"], ["upstream"], ["svc"], ["api"], ["remote"],
                ["conn"], ["int"], ["sync"], ["hub"], ["outbound"], ["inbound"]]


class Ctx:
    def __init__(self, rng, spec, label):
        self.rng = rng
        self.spec = spec
        self.label = label
        self.sect = list(spec.sect)
        self.generic = label == "pos" and rng.random() < 0.34 or (label == "neg" and rng.random() < 0.25)
        self.prefix = pick(rng, ALT_PREFIXES) if self.generic else list(self.sect)
        if self.generic:
            self.skey = pick(rng, GENERIC_WRAP_NAMES if spec.wrap else GENERIC_SECRET_NAMES[spec.stype])
        else:
            self.skey = list(pick(rng, spec.names))
        self.fields = spec.fields(rng) if spec.fields else []
        self.sval = None
        self.needle = None
        self.proj = pick(rng, spec.projects) if spec.projects else spec.slug + "-integration"
        self.pos = rng.randint(0, len(self.fields))

    def full(self, words):
        words = list(words)
        if self.prefix and words[:len(self.prefix)] == self.prefix:
            return words
        if self.prefix and words and words[0] == self.prefix[-1]:
            return self.prefix[:-1] + words
        return self.prefix + words

    def items(self):
        it = [(w, v, False) for (w, v) in self.fields]
        it.insert(min(self.pos, len(it)), (self.skey, self.sval, True))
        return it

    def envname(self, words):
        return n_upper((self.prefix or self.sect) + list(words))

    def section(self):
        return n_kebab(self.prefix) if self.prefix else pick(self.rng, ["connection", "auth", "credentials", "client"])


def yq(s):
    """YAML scalar."""
    if s == "" or any(c in s for c in ":#@!%*?&{}[],|>'\"`~") or s[0] in "-0123456789. " or s.lower() in ("yes", "no", "true", "false", "on", "off", "null"):
        return '"' + s + '"'
    return s


def lit(s):
    return '"' + s + '"'


REFSYN = {
    "env": lambda e: "${%s}" % e,
    "properties": lambda e: "${%s}" % e,
    "muleprops": lambda e: "${secure::%s}" % e.lower().replace("_", "."),
    "yaml": lambda e: '"${%s}"' % e,
    "helm": lambda e: '""  # injected from existingSecret %s' % e.lower().replace("_", "-"),
    "dbt": lambda e: "\"{{ env_var('%s') }}\"" % e,
    "gha": lambda e: "${{ secrets.%s }}" % e,
    "json": lambda e: '"${%s}"' % e,
    "kafka": lambda e: '"${file:/opt/kafka/external-configuration/connector-secrets/creds.properties:%s}"' % e.lower(),
    "postman": lambda e: '"{{%s}}"' % n_camel(e.lower().split("_")),
    "python": lambda e: 'os.environ["%s"]' % e,
    "airflow": lambda e: 'Variable.get("%s")' % e.lower(),
    "java": lambda e: 'System.getenv("%s")' % e,
    "groovy": lambda e: 'System.getenv("%s")' % e,
    "cpi": lambda e: 'secureStore.getUserCredential("%s").getPassword().toString()' % e.replace("_", "-"),
    "csharp": lambda e: 'Environment.GetEnvironmentVariable("%s")' % e,
    "powershell": lambda e: "$env:%s" % e,
    "shell": lambda e: '"${%s:?missing %s}"' % (e, e),
    "expect": lambda e: "$env(%s)" % e,
    "terraform": lambda e: "var.%s" % e.lower(),
    "xml": lambda e: "${%s}" % e.lower().replace("_", "."),
    "camel": lambda e: "{{%s}}" % e.lower().replace("_", "."),
    "dwl": lambda e: "p('secure::%s')" % e.lower().replace("_", "."),
    "apex": lambda e: "'{!$Credential.Password}'",
    "ini": lambda e: "%%(%s)s" % e.lower(),
    "markdown": lambda e: "$%s" % e,
    "bicep": lambda e: "kv.getSecret('%s')" % e.lower().replace("_", "-"),
    "webconfig": lambda e: "#{%s}#" % e,
}


def jv(v):
    if isinstance(v, str) and "\\n" in v and "-----BEGIN" in v:
        return v.replace("\\n", "\n")
    return v


def val(ft, v, quote=True):
    if isinstance(v, Ref):
        return REFSYN.get(ft, REFSYN["env"])(v.env)
    return lit(v) if quote else v


def comment_lines(rng, prefix, ctx, n=None):
    P = ctx.spec.P
    pool = [
        "%s connection for the %s flow" % (P, ctx.proj),
        "owner: integration-platform team (#int-ops)",
        "see runbook INT-%d before rotating" % rng.randint(100, 999),
        "values differ per environment (dev / sit / uat / prod)",
        "last reviewed %d-%02d by %s" % (rng.randint(2021, 2025), rng.randint(1, 12), pick(rng, FIRST).lower()),
        "ticket CHG%07d" % rng.randint(10000, 9999999),
        "timeouts in milliseconds",
        "do not change the retry policy without talking to the %s admins" % P,
    ]
    rng.shuffle(pool)
    return [prefix + " " + x for x in pool[: (n if n is not None else rng.randint(1, 3))]]


def env_tag(rng):
    return pick(rng, ["dev", "sit", "uat", "qa", "prod", "preprod", "test"])


# ------------------------------------------------------------ generic renderers
FILLERS = [(["http", "timeout", "ms"], lambda r: str(pick(r, [15000, 30000, 60000, 120000]))),
           (["retry", "max", "attempts"], lambda r: str(r.randint(2, 6))),
           (["batch", "size"], lambda r: str(pick(r, [50, 100, 200, 500, 2000]))),
           (["log", "level"], lambda r: pick(r, ["INFO", "DEBUG", "WARN"])),
           (["poll", "interval", "sec"], lambda r: str(pick(r, [30, 60, 300, 900]))),
           (["page", "size"], lambda r: str(pick(r, [100, 250, 1000]))),
           (["dead", "letter", "queue"], lambda r: pick(r, ["int.dlq", "erp-errors", "sync.failed"])),
           (["region"], lambda r: pick(r, ["westeurope", "eu-central-1", "us-east-1", "northeurope"])),
           (["tz"], lambda r: pick(r, ["Europe/Berlin", "UTC", "America/Chicago"]))]


def fillers(rng, lo=1, hi=4):
    f = list(FILLERS)
    rng.shuffle(f)
    return [(w, g(rng)) for w, g in f[: rng.randint(lo, hi)]]


def api_url(rng, ctx):
    p = ctx.spec.api_path(rng)
    p = p % co(rng) if "%s" in p else p
    for w, v, s in ctx.items():
        if not s and isinstance(v, str) and w[-1] in ("url", "instance", "endpoint", "server") and v.startswith("https://"):
            return v.rstrip("/") + ("" if v.count("/") > 3 else p)
        if not s and isinstance(v, str) and w[-1] in ("instance", "host") and "." in v and "/" not in v:
            return "https://" + v + p
    return "https://" + ctx.spec.host(rng) + p


def user_var(ctx, style):
    for w, v, s in ctx.items():
        if not s and w[-1] in ("user", "username", "email"):
            return style(ctx.full(w))
    return None


def auth_lines(ctx, lang):
    """Lines that use the secret variable the way the file type would."""
    st = ctx.spec.stype
    if ctx.spec.wrap:
        sv = n_upper(ctx.full(ctx.skey))
        if lang == "python":
            return ["    client = connect(%s)  # SDK client, see %s_client.py" % (sv, ctx.spec.slug)]
        if lang == "shell":
            return []
        return ["if (-not $%s) { throw 'connection not configured' }" % n_pascal(ctx.full(ctx.skey))]
    if lang == "python":
        sv, uv = n_upper(ctx.full(ctx.skey)), user_var(ctx, n_upper)
        if st == "password" and uv:
            return ["    s.auth = (%s, %s)" % (uv, sv)]
        if st == "secret":
            return ["    s.headers[\"Authorization\"] = \"Bearer \" + get_token(%s)" % sv]
        return ["    s.headers[\"Authorization\"] = f\"Bearer {%s}\"" % sv]
    if lang == "shell":
        sv, uv = n_upper(ctx.full(ctx.skey)), user_var(ctx, n_upper)
        if st == "password" and uv:
            return ["  -u \"${%s}:${%s}\" \\" % (uv, sv)]
        if st == "secret":
            return ["  -H \"Authorization: Bearer $(get_token \"${%s}\")\" \\" % sv]
        return ["  -H \"Authorization: Bearer ${%s}\" \\" % sv]
    sv, uv = n_pascal(ctx.full(ctx.skey)), user_var(ctx, n_pascal)
    if st == "password" and uv:
        return ["$cred = New-Object PSCredential($%s, (ConvertTo-SecureString $%s -AsPlainText -Force))" % (uv, sv)]
    if st == "secret":
        return ["$token = Get-OAuthToken -ClientSecret $%s" % sv, "$headers['Authorization'] = \"Bearer $token\""]
    return ["$headers['Authorization'] = \"Bearer $%s\"" % sv]


def proj_dir(rng, ctx):
    return pick(rng, ["", "", "integrations/%s/" % ctx.proj, "%s/" % ctx.proj, "apps/%s/" % ctx.proj])


def r_env(rng, ctx):
    L = comment_lines(rng, "#", ctx)
    items = ctx.items()
    fl = fillers(rng)
    L.append("APP_ENV=%s" % env_tag(rng))
    for w, v in fl[:2]:
        L.append("%s=%s" % (n_upper(w), v))
    L.append("")
    for w, v, s in items:
        name = n_upper(ctx.full(w))
        if isinstance(v, Ref):
            L.append("%s=${%s}" % (name, v.env))
        else:
            L.append("%s=%s" % (name, v if rng.random() < 0.6 or '"' in v else lit(v)))
    for w, v in fl[2:]:
        L.append("%s=%s" % (n_upper(w), v))
    path = proj_dir(rng, ctx) + pick(rng, [".env", ".env.%s" % env_tag(rng), "deploy/%s.env" % env_tag(rng), ".env.local"])
    return path, L, "env"


def r_properties(rng, ctx):
    L = comment_lines(rng, "#", ctx)
    L += ["spring.application.name=%s" % ctx.proj, "server.port=%d" % pick(rng, [8080, 8081, 9090]), ""]
    sty = rng.choice([n_dot, n_camel_dot])
    for w, v, s in ctx.items():
        key = sty(ctx.full(w)) if ctx.prefix else "integration." + sty(w)
        L.append("%s=%s" % (key, val("properties", v, quote=False)))
    for w, v in fillers(rng):
        L.append("integration.%s=%s" % (n_dot(w), v))
    path = proj_dir(rng, ctx) + pick(rng, ["src/main/resources/application.properties",
                                          "src/main/resources/application-%s.properties" % env_tag(rng),
                                          "config/%s.properties" % ctx.spec.slug])
    return path, L, "properties"


def n_camel_dot(w):
    return w[0].lower() + "." + n_camel(w[1:]) if len(w) > 1 else w[0].lower()


def r_muleprops(rng, ctx):
    L = comment_lines(rng, "#", ctx)
    L += ["http.listener.port=%d" % pick(rng, [8081, 8091]), "api.autodiscovery.id=%d" % rng.randint(16000000, 19999999), ""]
    for w, v, s in ctx.items():
        key = n_dot(ctx.full(w)) if ctx.prefix else "conn." + n_dot(w)
        L.append("%s=%s" % (key, "${%s}" % n_dot(v.env.lower().split("_")) if isinstance(v, Ref) else v))
    for w, v in fillers(rng):
        L.append("%s=%s" % (n_dot(w), v))
    path = proj_dir(rng, ctx) + pick(rng, ["src/main/resources/mule-app.properties",
                                          "src/main/resources/properties/%s.properties" % env_tag(rng),
                                          "src/main/resources/%s-%s.properties" % (ctx.spec.slug, env_tag(rng))])
    return path, L, "mule-properties"


def _yaml_block(ctx, ind, keystyle=n_camel, ft="yaml"):
    out = []
    for w, v, s in ctx.items():
        out.append("%s%s: %s" % (ind, keystyle(w), val(ft, v) if isinstance(v, Ref) else yq(v)))
    return out


def r_yaml(rng, ctx):
    L = comment_lines(rng, "#", ctx)
    sec = ctx.section()
    if rng.random() < 0.5:
        L += ["spring:", "  application:", "    name: %s" % ctx.proj, "  profiles:", "    active: %s" % env_tag(rng), ""]
        L += ["integration:", "  %s:" % sec]
        L += _yaml_block(ctx, "    ", pick(rng, [n_camel, n_kebab]))
        L += ["  scheduler:", "    cron: \"0 */%d * * * *\"" % pick(rng, [5, 10, 15, 30])]
        path = "src/main/resources/application%s.yml" % pick(rng, ["", "-" + env_tag(rng)])
    else:
        L += ["%s:" % sec]
        L += _yaml_block(ctx, "  ", pick(rng, [n_camel, n_snake]))
        for w, v in fillers(rng):
            L.append("  %s: %s" % (n_camel(w), yq(v)))
        path = pick(rng, ["config/%s.yaml" % env_tag(rng), "src/main/resources/config/%s-config.yaml" % env_tag(rng),
                          "conf/%s.yml" % ctx.spec.slug])
    return proj_dir(rng, ctx) + path, L, "yaml"


def r_helm(rng, ctx):
    L = ["# values for %s" % ctx.proj, "replicaCount: %d" % rng.randint(1, 3), "image:",
         "  repository: %s.azurecr.io/int/%s" % (pick(rng, ["acmeint", "contosoint", "corpplat"]), ctx.proj),
         "  tag: \"%d.%d.%d\"" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9)), "", "env:"]
    for w, v, s in ctx.items():
        L.append("  - name: %s" % n_upper(ctx.full(w)))
        if isinstance(v, Ref):
            L += ["    valueFrom:", "      secretKeyRef:", "        name: %s-secrets" % ctx.proj, "        key: %s" % n_kebab(ctx.full(w))]
        else:
            L.append("    value: %s" % yq(v))
    L += ["resources:", "  limits:", "    memory: %dMi" % pick(rng, [512, 1024]), "  requests:", "    cpu: 100m"]
    return "charts/%s/values%s.yaml" % (ctx.proj, pick(rng, ["", "-" + env_tag(rng)])), L, "helm-values"


def r_gha(rng, ctx):
    L = ["name: %s nightly sync" % ctx.spec.P, "", "on:", "  schedule:", "    - cron: '%d 2 * * *'" % rng.randint(0, 59),
         "  workflow_dispatch:", "", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:"]
    for w, v, s in ctx.items():
        L.append("      %s: %s" % (n_upper(ctx.full(w)), val("gha", v) if isinstance(v, Ref) else yq(v)))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          "          python-version: '3.11'", "      - run: pip install -r requirements.txt",
          "      - run: python -m %s.sync --since \"$(date -d yesterday +%%F)\"" % ctx.proj.replace("-", "_")]
    return ".github/workflows/%s-sync.yml" % ctx.spec.slug, L, "github-actions"


def r_json_cfg(rng, ctx):
    sec = n_camel(ctx.prefix) if ctx.prefix else "connection"
    inner = {}
    for w, v, s in ctx.items():
        inner[n_camel(w)] = "${%s}" % v.env if isinstance(v, Ref) else jv(v)
    for w, v in fillers(rng):
        inner[n_camel(w)] = int(v) if v.isdigit() else v
    doc = {"environment": env_tag(rng), sec: inner, "logging": {"level": pick(rng, ["Information", "Warning"])}}
    L = json.dumps(doc, indent=2).split("\n")
    return proj_dir(rng, ctx) + pick(rng, ["config/%s.json" % env_tag(rng), "appsettings.%s.json" % pick(rng, ["Development", "Production", "Staging"]), "settings.json"]), L, "json"


def r_localsettings(rng, ctx):
    vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": pick(rng, ["dotnet-isolated", "python", "node"])}
    for w, v, s in ctx.items():
        k = "__".join([n_pascal(ctx.prefix) or "Connection", n_pascal(w)]) if rng.random() < 0.5 else n_upper(ctx.full(w))
        vals[k] = "@Microsoft.KeyVault(SecretUri=https://kv-int-%s.vault.azure.net/secrets/%s/)" % (env_tag(rng), n_kebab(w)) if isinstance(v, Ref) else jv(v)
    L = json.dumps({"IsEncrypted": False, "Values": vals, "Host": {"CORS": "*"}}, indent=2).split("\n")
    return proj_dir(rng, ctx) + "local.settings.json", L, "azure-functions-settings"


def r_postman(rng, ctx):
    vals = [{"key": "baseUrl", "value": "https://%s" % ctx.spec.host(rng), "type": "default", "enabled": True}]
    for w, v, s in ctx.items():
        vals.append({"key": n_camel(w), "value": ("{{%s}}" % n_camel(v.env.lower().split("_"))) if isinstance(v, Ref) else v,
                     "type": "secret" if s else "default", "enabled": True})
    doc = {"id": guid(rng), "name": "%s %s" % (ctx.spec.P, env_tag(rng).upper()), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": "%d-%02d-%02dT%02d:%02d:11.482Z" % (
               rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
           "_postman_exported_using": "Postman/10.%d.%d" % (rng.randint(10, 24), rng.randint(0, 9))}
    L = json.dumps(doc, indent=2).split("\n")
    return "postman/%s.postman_environment.json" % ctx.proj, L, "postman"


def r_python(rng, ctx):
    L = ['"""%s sync job for %s."""' % (ctx.spec.P, ctx.proj), "import logging", "import os", "", "import requests", "",
         "log = logging.getLogger(__name__)", ""]
    for w, v, s in ctx.items():
        L.append("%s = %s" % (n_upper(ctx.full(w)), val("python", v)))
    host = ctx.spec.host(rng)
    apip = ctx.spec.api_path(rng)
    apip = apip % co(rng) if "%s" in apip else apip
    L += ["BASE_URL = \"https://%s\"" % host, "", "", "def fetch(session, path, **params):",
          "    r = session.get(BASE_URL + path, params=params, timeout=60)", "    r.raise_for_status()",
          "    return r.json()", "", "", "def main():", "    s = requests.Session()",
          "    s.headers[\"Accept\"] = \"application/json\""] + auth_lines(ctx, "python") + ["    log.info(\"starting %s pull\")" % ctx.spec.slug,
          "    for rec in fetch(s, \"%s\", limit=%d).get(\"items\", []):" % (apip, pick(rng, [100, 200, 500])),
          "        log.debug(\"got %s\", rec.get(\"id\"))", "", "", "if __name__ == \"__main__\":", "    main()"]
    return proj_dir(rng, ctx) + pick(rng, ["scripts/%s_sync.py", "%s/client.py", "jobs/pull_%s.py"]) % ctx.spec.slug, L, "python"


def r_airflow(rng, ctx):
    dag = "%s_%s" % (ctx.spec.slug, pick(rng, ["daily_extract", "hourly_sync", "invoice_push", "master_data"]))
    L = ["from datetime import datetime, timedelta", "", "from airflow import DAG",
         "from airflow.models import Variable", "from airflow.operators.python import PythonOperator", ""]
    for w, v, s in ctx.items():
        L.append("%s = %s" % (n_upper(ctx.full(w)), val("airflow", v)))
    L += ["", "default_args = {\"owner\": \"integration\", \"retries\": %d, \"retry_delay\": timedelta(minutes=%d)}" % (rng.randint(1, 4), pick(rng, [5, 10])),
          "", "", "def _extract(**context):", "    from %s_client import Client" % ctx.spec.slug,
          "    client = Client(%s)" % ", ".join(n_upper(ctx.full(w)) for w, v, s in ctx.items()),
          "    return client.export(since=context[\"data_interval_start\"])", "", "",
          "with DAG(\"%s\", start_date=datetime(%d, %d, 1), schedule=\"%s\", catchup=False, default_args=default_args) as dag:" % (dag, rng.randint(2022, 2025), rng.randint(1, 12), pick(rng, ["@daily", "@hourly", "0 3 * * *"])),
          "    PythonOperator(task_id=\"extract\", python_callable=_extract)"]
    return "dags/%s.py" % dag, L, "airflow-dag"


def r_java(rng, ctx):
    cls = n_pascal(ctx.sect) + pick(rng, ["ClientConfig", "Connector", "IntegrationConfig", "Settings"])
    pkg = "com.%s.integration.%s" % (pick(rng, ["acme", "contoso", "northwind", "globex"]), ctx.spec.slug)
    L = ["package %s;" % pkg, "", "import org.springframework.context.annotation.Bean;",
         "import org.springframework.context.annotation.Configuration;", "", "@Configuration", "public class %s {" % cls, ""]
    for w, v, s in ctx.items():
        L.append("    private static final String %s = %s;" % (n_upper(ctx.full(w)), val("java", v)))
    L += ["", "    @Bean", "    public %sClient %sClient() {" % (n_pascal(ctx.sect), n_camel(ctx.sect)),
          "        return %sClient.builder()" % n_pascal(ctx.sect)]
    for w, v, s in ctx.items():
        L.append("                .%s(%s)" % (n_camel(w), n_upper(ctx.full(w))))
    L += ["                .build();", "    }", "}"]
    return proj_dir(rng, ctx) + "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls), L, "java"


def r_groovy(rng, ctx):
    L = ["import com.sap.gateway.ip.core.customdev.util.Message", "import java.util.HashMap", "",
         "def Message processData(Message message) {", "    def headers = message.getHeaders()"]
    for w, v, s in ctx.items():
        L.append("    def %s = %s" % (n_camel(ctx.full(w)), val("groovy", v).replace('"', "'") if isinstance(v, Ref) else "'%s'" % v))
    L += ["    message.setHeader(\"SAP-Correlation\", headers.get(\"SAP_MessageProcessingLogID\"))",
          "    message.setProperty(\"target\", %s)" % n_camel(ctx.full(ctx.items()[0][0])), "    return message", "}"]
    return "src/main/resources/script/%s.groovy" % pick(rng, ["setAuth", "prepareRequest", "buildHeaders", "mapCredentials"]), L, "groovy"


def r_csharp(rng, ctx):
    fn = n_pascal(ctx.sect) + pick(rng, ["Sync", "Push", "Webhook", "Export"])
    L = ["using System;", "using System.Net.Http;", "using System.Threading.Tasks;", "using Microsoft.Azure.Functions.Worker;",
         "using Microsoft.Extensions.Logging;", "", "namespace Contoso.Integration.%s" % n_pascal(ctx.sect), "{",
         "    public class %s" % fn, "    {"]
    for w, v, s in ctx.items():
        L.append("        private static readonly string %s = %s;" % (n_pascal(ctx.full(w)), val("csharp", v)))
    L += ["        private readonly HttpClient _http;", "", "        public %s(IHttpClientFactory f) => _http = f.CreateClient(\"%s\");" % (fn, ctx.spec.slug),
          "", "        [Function(\"%s\")]" % fn, "        public async Task Run([TimerTrigger(\"0 */15 * * * *\")] TimerInfo timer, FunctionContext ctx)",
          "        {", "            var log = ctx.GetLogger<%s>();" % fn, "            log.LogInformation(\"%s run at {t}\", DateTime.UtcNow);" % fn,
          "            await Task.CompletedTask;", "        }", "    }", "}"]
    return "src/%s.Functions/%s.cs" % (n_pascal(ctx.sect), fn), L, "csharp"


def r_powershell(rng, ctx):
    L = ["<#", ".SYNOPSIS", "    %s extract for %s" % (ctx.spec.P, ctx.proj), "#>", "[CmdletBinding()]", "param(",
         "    [string]$Environment = '%s'" % env_tag(rng), ")", "$ErrorActionPreference = 'Stop'", ""]
    for w, v, s in ctx.items():
        L.append("$%s = %s" % (n_pascal(ctx.full(w)), val("powershell", v) if isinstance(v, Ref) else "'%s'" % v))
    L += ["", "$headers = @{ 'Accept' = 'application/json' }"] + auth_lines(ctx, "ps") + [
          "$resp = Invoke-RestMethod -Method Get -Uri \"%s\" -Headers $headers%s" % (api_url(rng, ctx), " -Credential $cred" if any("PSCredential" in x for x in auth_lines(ctx, "ps")) else ""),
          "$resp.value | Export-Csv -Path \".\\out\\%s-$(Get-Date -Format yyyyMMdd).csv\" -NoTypeInformation" % ctx.spec.slug]
    return "scripts/Invoke-%sSync.ps1" % n_pascal(ctx.sect), L, "powershell"


def r_shell(rng, ctx):
    L = ["#!/usr/bin/env bash", "# " + comment_lines(rng, "", ctx, 1)[0].strip(), "set -euo pipefail", ""]
    for w, v, s in ctx.items():
        L.append("%s=%s" % (n_upper(ctx.full(w)), val("shell", v) if isinstance(v, Ref) else "'%s'" % v))
    L += ["OUT_DIR=${OUT_DIR:-/var/spool/int/%s}" % ctx.spec.slug, "mkdir -p \"$OUT_DIR\"", "",
          "curl -sS --fail --retry 3 -H 'Accept: application/json' \\"] + auth_lines(ctx, "shell") + [
          "  \"%s?since=$(date -u -d '1 day ago' +%%FT%%TZ)\" \\" % api_url(rng, ctx),
          "  -o \"$OUT_DIR/export-$(date +%Y%m%d).json\"", "echo \"done\""]
    return "scripts/%s-%s.sh" % (ctx.spec.slug, pick(rng, ["export", "sync", "pull"])), L, "shell"


def r_terraform(rng, ctx):
    mod = "%s_%s" % (ctx.spec.slug, pick(rng, ["connector", "integration", "connection"]))
    L = ["module \"%s\" {" % mod, "  source = \"../../modules/%s\"" % mod.replace("_", "-"), ""]
    for w, v, s in ctx.items():
        L.append("  %s = %s" % (n_snake(w), val("terraform", v) if isinstance(v, Ref) else lit(v)))
    L += ["", "  tags = {", "    team = \"integration\"", "    env  = \"%s\"" % env_tag(rng), "  }", "}"]
    return "infra/%s/main.tf" % pick(rng, ["envs/" + env_tag(rng), ctx.spec.slug, "integration"]), L, "terraform"


def r_tfvars(rng, ctx):
    L = ["environment = \"%s\"" % env_tag(rng), "location    = \"%s\"" % pick(rng, ["westeurope", "eastus2", "northeurope"]), ""]
    for w, v, s in ctx.items():
        if isinstance(v, Ref):
            continue
        L.append("%s = %s" % (n_snake(ctx.full(w)), lit(v)))
    return "infra/%s.tfvars" % env_tag(rng), L, "tfvars"


def r_markdown(rng, ctx):
    L = ["# %s runbook: %s" % (ctx.spec.P, ctx.proj), "", "## Connection", "",
         "The job runs every %d minutes from the integration runtime. If it fails, check the DLQ first." % pick(rng, [5, 15, 30]), "",
         "| Setting | Value |", "|---|---|"]
    for w, v, s in ctx.items():
        L.append("| %s | `%s` |" % (n_snake(w), ("$" + v.env) if isinstance(v, Ref) else v))
    L += ["", "## Restart", "", "```bash", "kubectl -n integration rollout restart deploy/%s" % ctx.proj, "```", "",
          "Escalate to the %s admins if the error persists for more than one run." % ctx.spec.P]
    return "docs/runbooks/%s.md" % ctx.proj, L, "markdown"


def r_ini(rng, ctx):
    L = comment_lines(rng, ";", ctx) + ["[general]", "environment = %s" % env_tag(rng), "", "[%s]" % (ctx.section())]
    for w, v, s in ctx.items():
        L.append("%s = %s" % (n_snake(w), val("ini", v, quote=False)))
    for w, v in fillers(rng):
        L.append("%s = %s" % (n_snake(w), v))
    return proj_dir(rng, ctx) + pick(rng, ["config/%s.ini", "etc/%s.cfg", "%s.conf"]) % ctx.spec.slug, L, "ini"


def r_webconfig(rng, ctx):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
    for w, v, s in ctx.items():
        L.append('    <add key="%s:%s" value="%s" />' % (n_pascal(ctx.prefix) or "Connection", n_pascal(w), val("webconfig", v, quote=False)))
    L += ['    <add key="Environment" value="%s" />' % env_tag(rng), "  </appSettings>", "  <system.net>",
          '    <defaultProxy useDefaultCredentials="true" />', "  </system.net>", "</configuration>"]
    return "src/%s.Worker/App.config" % n_pascal(ctx.sect), L, "dotnet-config"


def r_compose(rng, ctx):
    L = ["services:", "  %s:" % ctx.proj, "    image: registry.internal/int/%s:%s" % (ctx.proj, pick(rng, ["latest", "1.4.2", "2.0.0-rc1"])),
         "    restart: unless-stopped", "    environment:"]
    for w, v, s in ctx.items():
        L.append("      %s: %s" % (n_upper(ctx.full(w)), val("yaml", v) if isinstance(v, Ref) else yq(v)))
    L += ["    volumes:", "      - ./data:/data", "    ports:", "      - \"%d:8080\"" % pick(rng, [8080, 18080, 9000])]
    return proj_dir(rng, ctx) + "docker-compose%s.yml" % pick(rng, ["", ".override", "." + env_tag(rng)]), L, "docker-compose"


def r_xml_spring(rng, ctx):
    bean = n_camel(ctx.sect) + "ConnectionFactory"
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<beans xmlns="http://www.springframework.org/schema/beans"',
         '       xmlns:int="http://www.springframework.org/schema/integration"',
         '       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">', "",
         '    <bean id="%s" class="com.acme.int.%s.%sConnectionFactory">' % (bean, ctx.spec.slug, n_pascal(ctx.sect))]
    for w, v, s in ctx.items():
        L.append('        <property name="%s" value="%s"/>' % (n_camel(w), val("xml", v, quote=False)))
    L += ["    </bean>", "", '    <int:channel id="%sOutbound"/>' % ctx.spec.slug, "</beans>"]
    return "src/main/resources/META-INF/spring/%s-context.xml" % ctx.spec.slug, L, "spring-xml"


def r_blueprint(rng, ctx):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<blueprint xmlns="http://www.osgi.org/xmlns/blueprint/v1.0.0"',
         '           xmlns:cm="http://aries.apache.org/blueprint/xmlns/blueprint-cm/v1.1.0">',
         '  <cm:property-placeholder persistent-id="com.acme.%s" update-strategy="reload">' % ctx.spec.slug, "    <cm:default-properties>"]
    for w, v, s in ctx.items():
        L.append('      <cm:property name="%s" value="%s"/>' % (n_dot(ctx.full(w)), ("${env:%s}" % v.env) if isinstance(v, Ref) else v))
    L += ["    </cm:default-properties>", "  </cm:property-placeholder>", "",
          '  <camelContext id="%s-ctx" xmlns="http://camel.apache.org/schema/blueprint">' % ctx.spec.slug,
          '    <route id="%s-poll">' % ctx.spec.slug, '      <from uri="timer:poll?period=%d"/>' % pick(rng, [60000, 300000]),
          '      <to uri="%s?bridgeEndpoint=true"/>' % api_url(rng, ctx),
          '      <to uri="activemq:queue:int.%s.in"/>' % ctx.spec.slug, "    </route>", "  </camelContext>", "</blueprint>"]
    return "src/main/resources/OSGI-INF/blueprint/%s-routes.xml" % ctx.spec.slug, L, "camel-xml"


def r_dwl(rng, ctx):
    L = ["%dw 2.0", "output application/x-www-form-urlencoded", "---", "{"]
    its = ctx.items()
    for i, (w, v, s) in enumerate(its):
        L.append("    %s: %s%s" % (n_snake(w), val("dwl", v) if isinstance(v, Ref) else lit(v), "," if i < len(its) - 1 else ","))
    L += ["    grant_type: \"%s\"" % pick(rng, ["client_credentials", "password", "refresh_token"]), "}"]
    return "src/main/resources/dwl/%s-token-request.dwl" % ctx.spec.slug, L, "dataweave"


def r_apex(rng, ctx):
    cls = n_pascal(ctx.sect) + pick(rng, ["Callout", "SyncService", "Client"])
    L = ["public with sharing class %s {" % cls]
    for w, v, s in ctx.items():
        L.append("    private static final String %s = %s;" % (n_upper(w), "'{!$Credential.Password}'" if isinstance(v, Ref) else "'%s'" % v))
    L += ["", "    public static HttpResponse send(String path, String body) {", "        HttpRequest req = new HttpRequest();",
          ("        req.setEndpoint(%s);" % n_upper(ctx.skey)) if ctx.spec.wrap else ("        req.setEndpoint('%s' + path);" % api_url(rng, ctx)), "        req.setMethod('POST');",
          "        req.setHeader('Content-Type', 'application/json');", "        req.setTimeout(%d);" % pick(rng, [60000, 120000]),
          "        req.setBody(body);", "        return new Http().send(req);", "    }", "}"]
    return "force-app/main/default/classes/%s.cls" % cls, L, "apex"


def r_bicep(rng, ctx):
    L = ["param location string = resourceGroup().location", "param env string = '%s'" % env_tag(rng), ""]
    for w, v, s in ctx.items():
        if isinstance(v, Ref):
            L += ["@secure()", "param %s string" % n_camel(ctx.full(w))]
        else:
            L.append("param %s string = '%s'" % (n_camel(ctx.full(w)), v))
    L += ["", "resource appSettings 'Microsoft.Web/sites/config@2022-09-01' = {", "  name: 'func-%s-${env}/appsettings'" % ctx.spec.slug, "  properties: {"]
    for w, v, s in ctx.items():
        L.append("    %s: %s" % (n_upper(ctx.full(w)), n_camel(ctx.full(w))))
    L += ["  }", "}"]
    return "infra/bicep/%s.bicep" % ctx.spec.slug, L, "bicep"


def r_arm_params(rng, ctx):
    params = {"environment": {"value": env_tag(rng)}}
    for w, v, s in ctx.items():
        if isinstance(v, Ref):
            params[n_camel(ctx.full(w))] = {"reference": {"keyVault": {"id": "/subscriptions/%s/resourceGroups/rg-int-%s/providers/Microsoft.KeyVault/vaults/kv-int" % (guid(rng), env_tag(rng))}, "secretName": n_kebab(ctx.full(w))}}
        else:
            params[n_camel(ctx.full(w))] = {"value": jv(v)}
    doc = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": params}
    return "infra/arm/%s.parameters.%s.json" % (ctx.spec.slug, env_tag(rng)), json.dumps(doc, indent=2).split("\n"), "arm-parameters"


def r_logic_params(rng, ctx):
    doc = {}
    for w, v, s in ctx.items():
        doc[n_camel(ctx.full(w))] = {"type": "String", "value": ("@appsetting('%s')" % v.env) if isinstance(v, Ref) else v}
    doc["environment"] = {"type": "String", "value": env_tag(rng)}
    return "logicapps/%s/parameters.json" % ctx.proj, json.dumps(doc, indent=2).split("\n"), "logicapps-parameters"


def r_informatica(rng, ctx):
    L = ["[Global]", "$PMSessionLogDir=/infa/logs/%s" % ctx.spec.slug, "", "[INT_%s.WF:wf_%s_load.ST:s_m_%s_extract]" % (ctx.spec.slug.upper(), ctx.spec.slug, ctx.spec.slug)]
    for w, v, s in ctx.items():
        L.append("$$%s=%s" % (n_pascal(w), ("$" + v.env) if isinstance(v, Ref) else v))
    L += ["$$LastRunDate=%d-%02d-01" % (rng.randint(2022, 2025), rng.randint(1, 12)), "$DBConnection_Target=DW_%s" % env_tag(rng).upper()]
    return "infa/params/wf_%s_load.par" % ctx.spec.slug, L, "informatica-param"


# ------------------------------------------------------------ spec machinery
COMPANIES = ["acme", "contoso", "northwind", "globex", "initech", "fabrikam", "tailspin", "wingtip", "adatum",
             "litware", "proseware", "vandelay", "hooli", "stark", "wayne", "umbrella", "cyberdyne", "tyrell"]


def co(rng):
    return pick(rng, COMPANIES)


def user_email(rng, c=None):
    return "%s@%s.com" % (pick(rng, ["int.svc", "integration", "svc_sync", "api.user", "mulesoft.int", "boomi.svc",
                                     "etl_service", "isu_" + pick(rng, ["payroll", "hcm", "fin"])]), c or co(rng))


class Spec:
    def __init__(self, provider, kind, P, slug, stype, names, secret, fts, sect=None, fields=None, host=None,
                 wrap=None, projects=None, pub=None, weight=1.0, pem=False, example=None):
        self.provider, self.kind, self.P, self.slug = provider, kind, P, slug
        self.stype, self.names, self.secret, self.fts = stype, names, secret, fts
        self.sect = sect or [slug]
        self.fields = fields
        self._host = host
        self.wrap = wrap
        self.projects = projects
        self.pub = pub
        self.weight = weight
        self.pem = pem
        self.example = example

    def host(self, rng):
        if self._host:
            return self._host(rng)
        return HOSTS.get(self.slug, lambda r: "%s-gw.%s.internal" % (self.slug, co(r)))(rng)

    def api_path(self, rng):
        return pick(rng, API_PATHS.get(self.slug, ["/api/v1/records", "/api/v2/export", "/v1/items"]))


SPECS = []
HOSTS = {
    "github": lambda r: "api.github.com", "tableau": lambda r: "%s.online.tableau.com" % pick(r, ["10ay", "prod-uk-a", "dub01"]),
    "confluent": lambda r: "api.confluent.cloud", "okta": lambda r: "%s.okta.com" % co(r), "concur": lambda r: "us2.api.concursolutions.com",
    "ariba": lambda r: "openapi.ariba.com", "coupa": lambda r: "%s.coupahost.com" % co(r), "openbanking": lambda r: "ob.%s-bank.com" % co(r),
    "swift": lambda r: "sandbox.swift.com", "docusign": lambda r: "demo.docusign.net", "snowflake": lambda r: "%s.snowflakecomputing.com" % co(r),
    "sftp": lambda r: "mft.%s-bank.com" % co(r), "ebics": lambda r: "ebics.%s-bank.de" % co(r), "as2": lambda r: "as2.%s.com" % co(r),
    "van": lambda r: "edi.%s-van.net" % co(r), "hl7": lambda r: "hl7.%s-hosp.net" % co(r), "informatica": lambda r: "dm-us.informaticacloud.com",
    "mule": lambda r: "%s-api.%s.cloudhub.io" % (co(r), pick(r, ["de-c1", "us-e2"])), "db": lambda r: "sql-int.%s.local" % co(r),
    "aws": lambda r: "appflow.eu-central-1.amazonaws.com", "servicebus": lambda r: "sb-%s.servicebus.windows.net" % co(r),
    "storage": lambda r: "st%sint.blob.core.windows.net" % co(r), "sfdx": lambda r: h_sf(r), "scc": lambda r: "scc01.corp.%s.local:8443" % co(r),
    "pipo": lambda r: "pipo-prd.%s.local:50000" % co(r), "kafka": lambda r: "connect.%s.internal:8083" % co(r)}
API_PATHS = {
    "github": ["/repos/%s/edi-maps/contents/maps", "/orgs/%s/repos"], "salesforce": ["/services/data/v59.0/query", "/services/data/v60.0/sobjects/Account/updated"],
    "netsuite": ["/services/rest/record/v1/customer", "/services/rest/query/v1/suiteql"], "workday": ["/ccx/service/customreport2/%s/ISU_INT/Workers", "/ccx/api/v1/%s/workers"],
    "servicenow": ["/api/now/table/incident", "/api/now/table/cmdb_ci_server"], "jira": ["/rest/api/3/search", "/rest/api/3/issue"],
    "okta": ["/api/v1/users", "/api/v1/groups"], "coupa": ["/api/purchase_orders", "/api/invoices"], "concur": ["/expensereports/v4/reports"],
    "ariba": ["/api/procurement-reporting-details/v2/prod/views/RequisitionLineItemView"], "dynamics": ["/api/data/v9.2/accounts", "/api/data/v9.2/salesorders"],
    "dataverse": ["/api/data/v9.2/contacts"], "powerbi": ["/v1.0/myorg/groups", "/v1.0/myorg/datasets"], "tableau": ["/api/3.21/sites", "/api/3.21/auth/signin"],
    "adobesign": ["/api/rest/v6/agreements", "/api/rest/v6/libraryDocuments"], "docusign": ["/restapi/v2.1/accounts/%s/envelopes"],
    "boomi": ["/api/rest/v1/%s/ExecutionRecord/query", "/api/rest/v1/%s/Atom/query"], "workato": ["/api/recipes", "/api/jobs"],
    "s4": ["/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner", "/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder"],
    "btp": ["/http/orders/inbound", "/api/v1/IntegrationRuntimeArtifacts"], "cpi": ["/api/v1/IntegrationRuntimeArtifacts", "/api/v1/MessageProcessingLogs"],
    "fhir": ["/Patient", "/Encounter"], "openbanking": ["/open-banking/v3.1/aisp/accounts"], "swift": ["/swift-apitracker/v5/payments/changed/transactions"],
    "anypoint": ["/accounts/api/me", "/exchange/api/v2/assets"], "confluent": ["/iam/v2/api-keys", "/connect/v1/environments"]}


def spec(*a, **kw):
    s = Spec(*a, **kw)
    SPECS.append(s)
    return s


KV = ["env", "properties", "yaml", "json", "python", "java", "csharp", "powershell", "shell", "terraform",
      "markdown", "helm", "gha", "compose", "ini", "postman"]
JVM = ["properties", "yaml", "java", "groovy", "spring_xml", "blueprint", "muleprops"]
AZ = ["localsettings", "webconfig", "bicep", "arm", "logic_params", "csharp", "powershell", "tfvars"]


# ---- hosts
def h_sap(rng):
    return pick(rng, ["s4p-app%02d.corp.%s.local" % (rng.randint(1, 9), co(rng)), "my%d-api.s4hana.cloud.sap" % rng.randint(300000, 420000),
                      "ecc-prd.%s.net" % co(rng), "vhcals4hci.dummy.nodomain"])


def h_sf(rng):
    c = co(rng)
    return pick(rng, ["%s.my.salesforce.com" % c, "%s--uat.sandbox.my.salesforce.com" % c, "login.salesforce.com"])


def h_dyn(rng):
    return "%s%s.crm%s.dynamics.com" % (co(rng), pick(rng, ["", "-prod", "-uat", "dev"]), pick(rng, ["", "4", "11", "2"]))


def h_ns(rng):
    return "%s.suitetalk.api.netsuite.com" % ns_account(rng).lower().replace("_", "-")


def ns_account(rng):
    return str(rng.randint(1000000, 9999999)) + pick(rng, ["", "", "_SB1", "_SB2", "_RP"])


def h_wd(rng):
    return "wd%d-impl-services1.workday.com" % rng.choice([2, 3, 5, 12])


def h_snow(rng):
    return "%s%s.service-now.com" % (co(rng), pick(rng, ["", "dev", "test", "prod"]))


def sap_sid(rng):
    return pick(rng, ["PRD", "QAS", "DEV", "S4P", "S4Q", "ECP", "BWP", "ERQ"])


def sap_client(rng):
    return pick(rng, ["100", "200", "300", "400", "800", "010"])


# ------------------------------------------------------------ bespoke renderers
def _slot(ctx):
    for w, v, s in ctx.items():
        if s:
            return v
    return None


def _others(ctx):
    return [(w, v) for w, v, s in ctx.items() if not s]


def _fv(ctx, name, default=""):
    for w, v in _others(ctx):
        if n_snake(w) == name:
            return v.env if isinstance(v, Ref) else v
    return default


def r_sapnwrfc(rng, ctx):
    v = _slot(ctx)
    L = ["# sapnwrfc.ini for %s (PyRFC / NW RFC SDK)" % ctx.proj, "DEFAULT", "RFC_TRACE=0", ""]
    for i in range(rng.randint(0, 1)):
        L += ["DEST=%s_%s" % (sap_sid(rng), pick(rng, ["TRACE", "OLD"])), "ASHOST=%s" % h_sap(rng), "SYSNR=00", "CLIENT=%s" % sap_client(rng), ""]
    L += ["DEST=%s" % _fv(ctx, "dest", "S4P_RFC"), "ASHOST=%s" % _fv(ctx, "ashost"), "SYSNR=%s" % _fv(ctx, "sysnr", "00"),
          "CLIENT=%s" % _fv(ctx, "client", "100"), "USER=%s" % _fv(ctx, "user", "RFC_INT")]
    if isinstance(v, Ref):
        L += ["SNC_MODE=1", "SNC_QOP=9", "SNC_PARTNERNAME=p:CN=%s, OU=SAP, O=%s, C=DE" % (_fv(ctx, "dest", "S4P"), co(rng).upper()),
              "SNC_LIB=/usr/sap/nwrfcsdk/lib/libsapcrypto.so"]
    else:
        L.append("PASSWD=%s" % v)
    L += ["LANG=EN", "TRACE=0"]
    return pick(rng, ["sapnwrfc.ini", "config/sapnwrfc.ini", "rfc/sapnwrfc.ini"]), L, "sapnwrfc-ini"


def r_jco(rng, ctx):
    v = _slot(ctx)
    L = ["#for tests only !", "#%s" % pick(rng, ["Tue Mar 12 10:%02d:%02d CET 2024", "Mon Jun 03 08:%02d:%02d CEST 2024", "Thu Nov 14 16:%02d:%02d CET 2023"]) % (rng.randint(0, 59), rng.randint(0, 59)),
         "jco.client.lang=en", "jco.destination.peak_limit=%d" % pick(rng, [10, 20]), "jco.client.client=%s" % _fv(ctx, "client", "100"),
         "jco.client.sysnr=%s" % _fv(ctx, "sysnr", "00"), "jco.destination.pool_capacity=%d" % pick(rng, [3, 5]),
         "jco.client.ashost=%s" % _fv(ctx, "ashost"), "jco.client.user=%s" % _fv(ctx, "user", "RFC_INT")]
    if isinstance(v, Ref):
        L += ["jco.client.snc_mode=1", "jco.client.snc_qop=9", "jco.client.snc_partnername=p:CN=%s" % _fv(ctx, "dest", "S4P"),
              "jco.client.snc_lib=/opt/sap/libsapcrypto.so"]
    else:
        L.insert(rng.randint(3, len(L)), "jco.client.passwd=%s" % v)
    return "src/main/resources/%s.jcoDestination" % _fv(ctx, "dest", "S4P_RFC"), L, "jco-destination"


def r_btpkey(rng, ctx):
    v = _slot(ctx)
    sub = "%s-%s" % (co(rng), pick(rng, ["int", "btp", "cpi", "prod", "dev"]))
    region = pick(rng, ["eu10", "eu20", "us10", "ap10"])
    uaa = {"apiurl": "https://api.authentication.%s.hana.ondemand.com" % region, "clientid": _fv(ctx, "clientid") or "sb-%s!b%d" % (guid(rng), rng.randint(1000, 99999))}
    if isinstance(v, Ref):
        uaa["credential-type"] = "x509"
        uaa["certurl"] = "https://%s.authentication.cert.%s.hana.ondemand.com" % (sub, region)
        uaa["certificate"] = "\n".join(fake_cert_lines(rng, 700)) + "\n"
        uaa["key"] = "<stored in credential store: %s>" % v.env.lower()
    else:
        uaa["clientsecret"] = v
        uaa["credential-type"] = pick(rng, ["binding-secret", "instance-secret"])
    uaa.update({"identityzone": sub, "identityzoneid": guid(rng), "sburl": "https://internal-xsuaa.authentication.%s.hana.ondemand.com" % region,
                "subaccountid": guid(rng), "tenantid": guid(rng), "tenantmode": "dedicated", "uaadomain": "authentication.%s.hana.ondemand.com" % region,
                "url": "https://%s.authentication.%s.hana.ondemand.com" % (sub, region), "xsappname": "%s!b%d" % (ctx.proj, rng.randint(1000, 99999))})
    doc = {"oauth": {"clientid": uaa["clientid"], "url": "https://%s.it-cpi0%02d-rt.cfapps.%s.hana.ondemand.com" % (sub, rng.randint(1, 30), region),
                     "tokenurl": uaa["url"] + "/oauth/token", "createdate": "%d-%02d-%02dT10:11:12.%03dZ" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 999))}} \
        if rng.random() < 0.3 else {"uaa": uaa, "url": "https://%s.%s.cfapps.%s.hana.ondemand.com" % (sub, ctx.proj, region)}
    if "oauth" in doc:
        if isinstance(v, Ref):
            doc["oauth"]["certificate"] = uaa["certificate"]
        else:
            doc["oauth"]["clientsecret"] = v
    return pick(rng, ["service-keys/%s-%s.json" % (ctx.proj, env_tag(rng)), "default-env.json", "btp/%s-key.json" % ctx.proj]), json.dumps(doc, indent=2).split("\n"), "btp-service-key"


def r_sfdxurl(rng, ctx):
    v = _slot(ctx)
    k = rng.randrange(3)
    if k == 0:
        L = ["{", '  "alias": "%s",' % env_tag(rng), '  "username": "%s",' % _fv(ctx, "username", "ci@x.com"), '  "orgId": "%s",' % _fv(ctx, "org_id", sf_org_id(rng)),
             '  "sfdxAuthUrl": %s' % (lit(v) if not isinstance(v, Ref) else '"${%s}"' % v.env), "}"]
        return pick(rng, ["config/auth/%s.json", "ci/%s-auth.json"]) % env_tag(rng), L, "sfdx-auth-json"
    if k == 1:
        L = ["name: Deploy %s" % env_tag(rng).upper(), "on:", "  push:", "    branches: [ main ]", "jobs:", "  deploy:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - run: npm install --global @salesforce/cli"]
        if isinstance(v, Ref):
            L += ["      - run: echo \"${{ secrets.%s }}\" > ./auth.txt" % v.env]
        else:
            L += ["      - run: echo \"%s\" > ./auth.txt" % v]
        L += ["      - run: sf org login sfdx-url --sfdx-url-file ./auth.txt --alias target --set-default",
              "      - run: sf project deploy start --manifest manifest/package.xml --test-level RunLocalTests --wait 60"]
        return ".github/workflows/deploy-%s.yml" % env_tag(rng), L, "github-actions"
    L = ["# sf org display --verbose output for %s" % _fv(ctx, "username", "int@x.com"), "SFDX_AUTH_URL=%s" % (("${%s}" % v.env) if isinstance(v, Ref) else v),
         "SF_TARGET_ORG=%s" % env_tag(rng), "SF_ORG_ID=%s" % _fv(ctx, "org_id", sf_org_id(rng)),
         "SF_API_VERSION=%d.0" % rng.randint(58, 62), "SF_USERNAME=%s" % _fv(ctx, "username", "ci@x.com")]
    return ".env.%s" % pick(rng, ["ci", "deploy", env_tag(rng)]), L, "env"


def r_pemfile(rng, ctx):
    v = _slot(ctx)
    lines = v.split("\\n") if isinstance(v, str) else []
    lines = [x for x in lines if x]
    L = []
    if rng.random() < 0.3:
        L += ["Bag Attributes", "    localKeyID: %s " % " ".join(hexu(rng, 2) for _ in range(20)),
              "    friendlyName: %s" % _fv(ctx, "alias", ctx.proj), "Key Attributes: <No Attributes>"]
    L += lines
    name = pick(rng, ctx.spec.pem) if isinstance(ctx.spec.pem, list) else "private.key"
    return name, L, "pem"


def r_yaml_pem(rng, ctx):
    L = ["# %s signing configuration" % ctx.spec.P, "%s:" % ctx.section()]
    for w, v, s in ctx.items():
        if s and isinstance(v, str) and "BEGIN" in v:
            L.append("  %s: |" % n_camel(w))
            L += ["    " + x for x in v.split("\\n") if x]
        else:
            L.append("  %s: %s" % (n_camel(w), val("yaml", v) if isinstance(v, Ref) else yq(v)))
    return proj_dir(rng, ctx) + pick(rng, ["config/%s.yaml" % env_tag(rng), "values-%s.yaml" % env_tag(rng)]), L, "yaml"


def r_namedcred(rng, ctx):
    v = _slot(ctx)
    name = n_pascal(ctx.sect) + "_" + pick(rng, ["ERP", "Partner", "Middleware", "Legacy"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">',
         "    <allowMergeFieldsInBody>false</allowMergeFieldsInBody>", "    <allowMergeFieldsInHeader>true</allowMergeFieldsInHeader>",
         "    <endpoint>https://%s</endpoint>" % _fv(ctx, "endpoint", h_sap(rng)), "    <generateAuthorizationHeader>true</generateAuthorizationHeader>",
         "    <label>%s</label>" % name.replace("_", " "), "    <principalType>NamedUser</principalType>", "    <protocol>Password</protocol>"]
    if not isinstance(v, Ref):
        L.append("    <password>%s</password>" % v)
    L += ["    <username>%s</username>" % _fv(ctx, "username", "SF_INT"), "</NamedCredential>"]
    return "force-app/main/default/namedCredentials/%s.namedCredential-meta.xml" % name, L, "sf-metadata-xml"


def r_abap(rng, ctx):
    v = _slot(ctx)
    rep = "Z%s_%s" % (pick(rng, ["INT", "FI", "MM", "SD"]), pick(rng, ["PUSH_INVOICES", "SEND_ORDERS", "CALL_PARTNER_API"]))
    L = ["REPORT %s." % rep.lower(), "", "DATA: lo_client TYPE REF TO if_http_client,", "      lv_code   TYPE i,",
         "      lv_user   TYPE string VALUE '%s'," % _fv(ctx, "user", "SAPINT"),
         "      lv_pass   TYPE string VALUE '%s'." % v if not isinstance(v, Ref) else
         "      lv_pass   TYPE string.  \" read from SSF / STRUST, never hard-coded", "",
         "cl_http_client=>create_by_destination(", "  EXPORTING destination = '%s'" % _fv(ctx, "dest", "Z_PARTNER_HTTP"),
         "  IMPORTING client      = lo_client ).", "", "lo_client->authenticate( username = lv_user password = lv_pass ).",
         "lo_client->request->set_method( if_http_request=>co_request_method_get ).", "lo_client->send( ).", "lo_client->receive( ).",
         "lo_client->response->get_status( IMPORTING code = lv_code ).", "WRITE: / 'HTTP', lv_code."]
    return "src/%s.prog.abap" % rep.lower(), L, "abap"


def r_expect(rng, ctx):
    v = _slot(ctx)
    L = ["#!/usr/bin/expect -f", "# upload payment files to %s" % _fv(ctx, "host", "sftp.bank.example"), "set timeout %d" % pick(rng, [30, 60, 120]),
         "set file [lindex $argv 0]", "spawn sftp -oPort=%s %s@%s" % (_fv(ctx, "port", "22"), _fv(ctx, "user", "acme_pay"), _fv(ctx, "host", "sftp.bank.example")),
         "expect \"password:\"", "send \"%s\\r\"" % (v if not isinstance(v, Ref) else "$env(%s)" % v.env), "expect \"sftp>\"",
         "send \"cd %s\\r\"" % pick(rng, ["/inbound", "/upload/pain001", "/in"]), "expect \"sftp>\"", "send \"put $file\\r\"",
         "expect \"sftp>\"", "send \"bye\\r\"", "expect eof"]
    return "scripts/%s_upload.exp" % ctx.spec.slug, L, "expect"


def r_sshpass(rng, ctx):
    v = _slot(ctx)
    pw = "'%s'" % v if not isinstance(v, Ref) else '"$%s"' % v.env
    L = ["#!/bin/sh", "# nightly pickup of %s files" % pick(rng, ["camt.053", "MT940", "EDI 810", "remittance"]), "set -e",
         "HOST=%s" % _fv(ctx, "host", "sftp.partner.example"), "USER=%s" % _fv(ctx, "user", "acme"), "DIR=/data/in/$(date +%Y%m%d)", "mkdir -p \"$DIR\"", "",
         "sshpass -p %s sftp -oBatchMode=no -oStrictHostKeyChecking=yes -P %s \"$USER@$HOST\" <<EOF" % (pw, _fv(ctx, "port", "22")),
         "lcd $DIR", "cd %s" % pick(rng, ["/outbound", "/out", "/download"]), "mget *.xml", "bye", "EOF", "ls -l \"$DIR\""]
    return "scripts/%s-pickup.sh" % ctx.spec.slug, L, "shell"


def pem_escaped(rng, style="pkcs1", openssh=False, comment="int@host"):
    k = rsa_key(rng)
    lines = openssh_private(k, comment, rng) if openssh else pem_private(k, style)
    return "\\n".join(lines) + "\\n"


# ------------------------------------------------------------ SAP
def f_rfc(rng):
    sid = sap_sid(rng)
    return [(["dest"], sid + "_" + pick(rng, ["RFC", "INT", "BAPI", "IDOC"])), (["ashost"], h_sap(rng)), (["sysnr"], pick(rng, ["00", "01", "10"])),
            (["client"], sap_client(rng)), (["user"], pick(rng, ["RFC_INT", "RFC_MULE", "INT_BOOMI", "RFC_SFDC", "WF-BATCH_INT"]))]


spec("sap", "rfc_password", "SAP RFC", "sap", "password", [["passwd"], ["password"], ["rfc", "password"]], svc_password,
     ["sapnwrfc", "sapnwrfc", "jco", "jco", "python", "env", "properties", "yaml", "java", "muleprops"], sect=["sap"], fields=f_rfc,
     host=h_sap, projects=["sap-idoc-bridge", "sap-rfc-gateway", "s4-material-sync", "ecc-order-feed"], weight=2.0)


def f_btp(rng):
    return [(["clientid"], "sb-%s!b%d|it-rt-%s!b%d" % (guid(rng), rng.randint(1000, 99999), co(rng), rng.randint(100, 999))),
            (["tokenurl"], "https://%s-int.authentication.eu10.hana.ondemand.com/oauth/token" % co(rng))]


spec("sap", "btp_xsuaa_clientsecret", "SAP BTP", "btp", "secret", [["clientsecret"], ["client", "secret"], ["xsuaa", "clientsecret"]],
     btp_clientsecret, ["btpkey", "btpkey", "btpkey", "env", "yaml", "json", "python", "postman", "groovy"], sect=["btp"], fields=f_btp,
     host=lambda r: "%s-int.it-cpi018-rt.cfapps.eu10.hana.ondemand.com" % co(r), projects=["btp-cap-orders", "cpi-iflow-tests", "btp-event-mesh-bridge"], weight=1.6)

spec("sap", "integration_suite_clientsecret", "SAP Integration Suite", "cpi", "secret", [["client", "secret"], ["cpi", "client", "secret"]],
     btp_clientsecret, ["postman", "python", "shell", "env", "powershell", "gha"], sect=["cpi"], fields=f_btp,
     host=lambda r: "%s.it-cpi0%d-rt.cfapps.eu20.hana.ondemand.com" % (co(r), r.randint(10, 30)), projects=["cpi-iflow-deployer", "cpi-monitoring"])


def f_scc(rng):
    return [(["url"], "https://scc%02d.corp.%s.local:8443" % (rng.randint(1, 4), co(rng))), (["user"], "Administrator"),
            (["location", "id"], pick(rng, ["", "DC1", "FRA", "onprem-eu"]) or "default")]


spec("sap", "cloud_connector_password", "SAP Cloud Connector", "scc", "password", [["password"], ["admin", "password"]], svc_password,
     ["shell", "env", "yaml", "powershell", "python"], sect=["scc"], fields=f_scc, projects=["scc-backup", "scc-ha-setup"])


def f_pipo(rng):
    return [(["channel"], "CC_%s_%s" % (pick(rng, ["SFTP", "SOAP", "REST", "JDBC", "FILE"]), pick(rng, ["RCV_BANK", "SND_PARTNER", "RCV_SFDC"]))),
            (["party"], pick(rng, ["", "BP_", "P_"]) + co(rng).upper()), (["user"], pick(rng, ["PIAPPLUSER", "PI_SFTP", "PIISUSER"]))]


spec("sap", "pipo_channel_password", "SAP PI/PO", "pipo", "password", [["password"], ["channel", "password"]], svc_password,
     ["properties", "ini", "yaml", "env", "spring_xml", "python"], sect=["pipo"], fields=f_pipo, projects=["pipo-migration", "pi-channel-export"])


def f_odata(rng):
    return [(["user"], pick(rng, ["INT_SF_USER", "COMM_USER_SFDC", "CC0000000%d" % rng.randint(1, 9)])), (["client"], sap_client(rng)),
            (["base", "url"], "https://%s/sap/opu/odata/sap/API_%s_SRV" % (h_sap(rng), pick(rng, ["BUSINESS_PARTNER", "SALES_ORDER", "PRODUCT"])))]


spec("sap", "s4_odata_password", "SAP S/4HANA", "s4", "password", [["password"], ["odata", "password"], ["comm", "user", "password"]],
     svc_password, ["python", "dwl", "java", "env", "muleprops", "yaml", "postman", "csharp", "namedcred"], sect=["s4"], fields=f_odata,
     host=h_sap, projects=["s4-bp-replication", "s4-order-api", "s4-product-sync"], weight=1.4)

spec("sap", "abap_http_password", "SAP ABAP", "abap", "password", [["password"]], svc_password, ["abap"], sect=["partner"],
     fields=lambda r: [(["user"], pick(r, ["ACME_EDI", "sap-out", "svc-ecc"])), (["dest"], "Z_%s_HTTP" % co(r).upper())], weight=0.6)


# ------------------------------------------------------------ Salesforce
def f_sf(rng):
    c = co(rng)
    return [(["consumer", "key"], sf_consumer_key(rng)), (["username"], "%s@%s.com%s" % (pick(rng, ["integration", "mulesoft.int", "api.user", "sync"]), c, pick(rng, ["", ".uat", ".sit"]))),
            (["login", "url"], pick(rng, ["https://login.salesforce.com", "https://test.salesforce.com", "https://%s.my.salesforce.com" % c]))]


spec("salesforce", "consumer_secret", "Salesforce", "salesforce", "secret", [["consumer", "secret"], ["client", "secret"]], sf_consumer_secret,
     KV + ["muleprops", "dwl", "java", "properties"], sect=["salesforce"], fields=f_sf, host=h_sf,
     projects=["sfdc-erp-sync", "sf-order-bridge", "salesforce-netsuite-sync", "sfdc-account-feed"], weight=1.6,
     pub=lambda r: (["consumer", "key"], sf_consumer_key(r)))


def sf_url_wrap(rng, ctx, inner):
    return "force://PlatformCLI::%s@%s" % (inner, h_sf(rng))


spec("salesforce", "sfdx_auth_url", "Salesforce CLI", "sfdx", "token", [["auth", "url"], ["sfdx", "auth", "url"]], sf_refresh_token,
     ["sfdxurl", "sfdxurl", "sfdxurl", "env", "shell"], sect=["sfdx"], wrap=sf_url_wrap,
     fields=lambda r: [(["username"], "ci.deployer@%s.com" % co(r)), (["org", "id"], sf_org_id(r))], projects=["sfdx-ci", "sf-devops"], weight=1.4)


def sf_pw_token(rng):
    pw = svc_password(rng)
    return pw + sf_security_token(rng)


spec("salesforce", "password_with_security_token", "Salesforce", "salesforce", "password", [["password"], ["password", "with", "token"]],
     sf_pw_token, ["properties", "muleprops", "env", "python", "yaml", "dwl", "java", "informatica", "ini"], sect=["salesforce"],
     fields=lambda r: [(["username"], "integration@%s.com" % co(r)), (["endpoint"], "https://login.salesforce.com/services/Soap/u/%d.0" % r.randint(52, 61))],
     projects=["sfdc-dataloader", "sf-legacy-soap", "sfdc-informatica"], weight=1.2)

spec("salesforce", "security_token", "Salesforce", "salesforce", "token", [["security", "token"], ["token"]], sf_security_token,
     ["properties", "env", "python", "yaml", "ini", "muleprops"], sect=["salesforce"],
     fields=lambda r: [(["username"], "integration@%s.com" % co(r)), (["password"], Ref("SF_PASSWORD"))], projects=["sfdc-dataloader", "sf-report-export"])

spec("salesforce", "refresh_token", "Salesforce", "salesforce", "token", [["refresh", "token"]], sf_refresh_token,
     ["env", "json", "python", "yaml", "postman", "muleprops", "csharp"], sect=["salesforce"], fields=f_sf, host=h_sf,
     projects=["sfdc-erp-sync", "sf-marketing-bridge"])


def sf_bearer_wrap(rng, ctx, inner):
    return inner


spec("salesforce", "access_token", "Salesforce", "salesforce", "token", [["access", "token"], ["session", "id"]], sf_access_token,
     ["shell", "python", "postman", "markdown", "env", "powershell"], sect=["salesforce"],
     fields=lambda r: [(["instance", "url"], "https://%s" % h_sf(r)), (["api", "version"], "v%d.0" % r.randint(55, 61))], host=h_sf,
     projects=["sf-bulk-export", "sfdc-hotfix-scripts"])

spec("salesforce", "jwt_private_key", "Salesforce", "salesforce", "key", [["private", "key"], ["jwt", "key"]],
     lambda r: pem_escaped(r, pick(r, ["pkcs1", "pkcs8"])), ["pemfile", "pemfile", "pemfile", "env", "yaml_pem", "json"], sect=["salesforce"],
     fields=lambda r: [(["client", "id"], sf_consumer_key(r)), (["username"], "ci@%s.com" % co(r)), (["audience"], "https://login.salesforce.com")],
     pem=["certs/server.key", "jwt/server.key", "config/sf_jwt_private.pem", ".ci/server.key"], projects=["sfdx-ci", "sf-jwt-bridge"], weight=1.2)

spec("salesforce", "named_credential_password", "Salesforce", "sfnc", "password", [["password"]], svc_password, ["namedcred", "namedcred", "apex"],
     sect=["erp"], fields=lambda r: [(["endpoint"], h_sap(r)), (["username"], pick(r, ["SF_INT", "COMM_USER_SF", "sfsync"]))],
     host=h_sap, projects=["sf-erp-callouts"])


# ------------------------------------------------------------ Microsoft
def f_aad(rng):
    return [(["tenant", "id"], guid(rng)), (["client", "id"], guid(rng))]


def dataverse_wrap(rng, ctx, inner):
    return "AuthType=ClientSecret;Url=https://%s;ClientId=%s;ClientSecret=%s%s" % (h_dyn(rng), guid(rng), inner, pick(rng, ["", ";RequireNewInstance=true", ";LoginPrompt=Never"]))


spec("dynamics365", "dataverse_connection_string", "Dynamics 365", "dataverse", "secret", [["connection", "string"], ["dataverse", "connection"], ["crm", "connection"]],
     azure_ad_secret, ["env", "json", "webconfig", "csharp", "powershell", "localsettings", "dtsconfig", "yaml"], sect=["dataverse"], wrap=dataverse_wrap,
     fields=lambda r: [(["environment"], pick(r, ["Production", "UAT", "Sandbox"]))], host=h_dyn, projects=["d365-sap-bridge", "dataverse-plugins", "crm-bulk-import"], weight=1.5)

spec("dynamics365", "app_registration_client_secret", "Dynamics 365", "dynamics", "secret", [["client", "secret"], ["app", "secret"]], azure_ad_secret,
     KV + AZ + ["logic_workflow"], sect=["dynamics"], fields=lambda r: f_aad(r) + [(["resource"], "https://%s" % h_dyn(r))], host=h_dyn,
     projects=["d365-finance-export", "d365-order-sync", "dynamics-netsuite-bridge"], weight=1.4, pub=lambda r: (["client", "id"], guid(r)))

spec("azure_ad", "scim_app_client_secret", "Entra ID", "entra", "secret", [["client", "secret"], ["scim", "client", "secret"]], azure_ad_secret,
     ["env", "json", "yaml", "python", "powershell", "terraform", "localsettings", "gha"], sect=["entra", "scim"],
     fields=f_aad, host=lambda r: "graph.microsoft.com", projects=["workday-entra-scim", "hr-provisioning"], pub=lambda r: (["client", "id"], guid(r)))

spec("powerbi", "service_principal_secret", "Power BI", "powerbi", "secret", [["client", "secret"], ["sp", "secret"]], azure_ad_secret,
     ["python", "powershell", "env", "json", "gha", "yaml", "csharp"], sect=["powerbi"],
     fields=lambda r: f_aad(r) + [(["workspace", "id"], guid(r))], host=lambda r: "api.powerbi.com", projects=["pbi-refresh", "finance-dashboards"])


def sb_wrap(rng, ctx, inner):
    ns = "sb-%s-%s" % (co(rng), env_tag(rng))
    return "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s%s" % (
        ns, pick(rng, ["RootManageSharedAccessKey", "send-only", "listen", "erp-publisher"]), inner, pick(rng, ["", ";EntityPath=orders", ";EntityPath=invoices-out"]))


spec("azure", "service_bus_sas_key", "Azure Service Bus", "servicebus", "key", [["connection", "string"], ["servicebus", "connection"]],
     lambda r: azure_key44(r, "+ASb"), ["env", "json", "localsettings", "webconfig", "csharp", "powershell", "yaml", "logic_params", "arm", "python"],
     sect=["servicebus"], wrap=sb_wrap, fields=lambda r: [(["queue"], pick(r, ["orders-in", "invoices-out", "sap-idoc"]))],
     projects=["sb-order-router", "erp-event-relay", "idoc-to-servicebus"], weight=1.5)


def la_wrap(rng, ctx, inner):
    return "https://prod-%02d.%s.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (
        rng.randint(1, 99), pick(rng, ["westeurope", "northeurope", "eastus2"]), hexl(rng, 32), inner)


spec("azure", "logic_apps_callback_sig", "Azure Logic Apps", "logicapp", "key", [["callback", "url"], ["trigger", "url"], ["webhook", "url"]],
     logicapp_sig, ["env", "json", "apex", "python", "powershell", "postman", "markdown", "logic_params", "yaml"], sect=["logicapp"], wrap=la_wrap,
     projects=["la-sf-to-sap", "la-invoice-intake"], weight=1.2)


def st_wrap(rng, ctx, inner):
    return "DefaultEndpointsProtocol=https;AccountName=st%s%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (co(rng), env_tag(rng), inner)


spec("azure", "storage_account_key", "Azure Storage", "storage", "key", [["storage", "connection"], ["azure", "web", "jobs", "storage"]],
     azure_storage_key, ["localsettings", "env", "json", "webconfig", "powershell", "python", "dtsconfig"], sect=["storage"], wrap=st_wrap,
     projects=["edi-archive", "la-standard-orders"])


def fk_wrap(rng, ctx, inner):
    return "https://func-%s-%s.azurewebsites.net/api/%s?code=%s" % (co(rng), env_tag(rng), pick(rng, ["InboundEdi", "SapIdoc", "PartnerWebhook"]), inner)


spec("azure", "function_key", "Azure Functions", "functions", "key", [["function", "url"], ["endpoint"]], azure_function_key,
     ["env", "json", "apex", "python", "postman", "yaml", "powershell"], sect=["functions"], wrap=fk_wrap, projects=["edi-func-gateway"])


def r_logic_workflow(rng, ctx):
    v = _slot(ctx)
    o = dict((n_snake(w), (val("json", x) if isinstance(x, Ref) else x)) for w, x in _others(ctx))
    if isinstance(v, Ref):
        sec = "@parameters('%s')" % n_camel(ctx.full(ctx.skey))
    else:
        sec = v
    auth = {"type": "ActiveDirectoryOAuth", "tenant": o.get("tenant_id", guid(rng)), "audience": o.get("resource", "https://%s" % h_dyn(rng)),
            "clientId": o.get("client_id", guid(rng)), "secret": sec}
    wf = {"definition": {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                         "actions": {"Get_changed_accounts": {"type": "Http", "inputs": {"method": "GET",
                             "uri": "https://%s/api/data/v9.2/accounts?$filter=modifiedon gt @{addDays(utcNow(), -1)}" % h_dyn(rng), "authentication": auth},
                             "runAfter": {}},
                             "Send_to_queue": {"type": "ApiConnection", "inputs": {"host": {"connection": {"referenceName": "servicebus"}},
                                               "method": "post", "path": "/@{encodeURIComponent('accounts-out')}/messages"},
                                               "runAfter": {"Get_changed_accounts": ["Succeeded"]}}},
                         "triggers": {"Recurrence": {"type": "Recurrence", "recurrence": {"frequency": "Minute", "interval": pick(rng, [5, 15, 30])}}},
                         "contentVersion": "1.0.0.0", "outputs": {}}, "kind": "Stateful"}
    return "logicapps/%s/workflow.json" % pick(rng, ["wf-accounts-to-erp", "wf-d365-export", "wf-customer-sync"]), json.dumps(wf, indent=2).split("\n"), "logicapps-workflow"


def r_dtsconfig(rng, ctx):
    v = _slot(ctx)
    pkg = pick(rng, ["LoadCustomers", "ExportInvoices", "CrmStaging"])
    L = ['<?xml version="1.0"?>', "<DTSConfiguration>", "  <DTSConfigurationHeading>",
         '    <DTSConfigurationFileInfo GeneratedBy="%s\\%s" GeneratedFromPackageName="%s" GeneratedFromPackageID="{%s}" GeneratedDate="%d/%d/%d 10:%02d:11 AM"/>' % (
             co(rng).upper(), pick(rng, FIRST).lower(), pkg, guid(rng, True), rng.randint(1, 12), rng.randint(1, 28), rng.randint(2016, 2023), rng.randint(0, 59)),
         "  </DTSConfigurationHeading>",
         '  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::BatchSize].Properties[Value]" ValueType="Int32">',
         "    <ConfiguredValue>%d</ConfiguredValue>" % pick(rng, [500, 1000, 5000]), "  </Configuration>",
         '  <Configuration ConfiguredType="Property" Path="\\Package.Connections[%s].Properties[ConnectionString]" ValueType="String">' % pick(rng, ["CRM", "Target", "Source"])]
    if isinstance(v, Ref):
        L.append("    <ConfiguredValue>Data Source=sql-int-%s;Initial Catalog=Staging;Integrated Security=SSPI;Provider=SQLNCLI11.1;</ConfiguredValue>" % env_tag(rng))
    else:
        L.append("    <ConfiguredValue>%s</ConfiguredValue>" % v)
    L += ["  </Configuration>", "</DTSConfiguration>"]
    return "ssis/%s/%s.dtsConfig" % (pkg, env_tag(rng).upper()), L, "ssis-dtsconfig"


# ------------------------------------------------------------ NetSuite
def f_ns(rng, omit):
    acc = ns_account(rng)
    out = [(["account", "id"], acc), (["realm"], acc)]
    for nm in [["consumer", "key"], ["consumer", "secret"], ["token", "id"], ["token", "secret"]]:
        if nm != omit:
            out.append((nm, Ref("NETSUITE_" + n_upper(nm))))
    return out


spec("netsuite", "tba_token_secret", "NetSuite", "netsuite", "secret", [["token", "secret"]], lambda r: hexl(r, 64),
     KV + ["muleprops", "dwl", "java", "groovy"], sect=["netsuite"], fields=lambda r: f_ns(r, ["token", "secret"]), host=h_ns,
     projects=["netsuite-sf-sync", "ns-invoice-export", "netsuite-celigo-migration"], weight=1.5)

spec("netsuite", "tba_consumer_secret", "NetSuite", "netsuite", "secret", [["consumer", "secret"]], lambda r: hexl(r, 64),
     KV + ["muleprops", "java"], sect=["netsuite"], fields=lambda r: f_ns(r, ["consumer", "secret"]), host=h_ns,
     projects=["netsuite-sf-sync", "ns-vendor-bills"], weight=1.2, pub=lambda r: (["account", "id"], ns_account(r)))


# ------------------------------------------------------------ Workday
def f_wd(rng):
    t = co(rng) + pick(rng, ["", "_preview", "_impl", "1"])
    return [(["tenant"], t), (["username"], "ISU_%s%s" % (pick(rng, ["Payroll_Out", "HCM_Sync", "Fin_Int", "Okta"]), "@" + t if rng.random() < 0.5 else "")),
            (["endpoint"], "https://%s/ccx/service/%s/Human_Resources/v%d.%d" % (h_wd(rng), t, rng.randint(38, 43), rng.randint(0, 2)))]


spec("workday", "isu_password", "Workday", "workday", "password", [["password"], ["isu", "password"]], svc_password,
     KV + ["muleprops", "dwl", "java", "informatica", "airflow"], sect=["workday"], fields=f_wd, host=h_wd,
     projects=["workday-adp-payroll", "wd-hcm-to-ad", "workday-gl-journal"], weight=1.5)

spec("workday", "refresh_token", "Workday", "workday", "token", [["refresh", "token"]], lambda r: rstr(r, LOWER_ALNUM, pick(r, [88, 100, 128])),
     ["env", "python", "yaml", "json", "postman", "airflow"], sect=["workday"],
     fields=lambda r: [(["client", "id"], b64bytes(r, 36)[:48]), (["token", "url"], "https://%s/ccx/oauth2/%s/token" % (h_wd(r), co(r)))],
     host=h_wd, projects=["workday-raas-extract", "wd-prism-loader"])

spec("workday", "api_client_secret", "Workday", "workday", "secret", [["client", "secret"]], lambda r: rstr(r, LOWER_ALNUM, pick(r, [64, 88])),
     ["env", "python", "yaml", "json", "postman"], sect=["workday"],
     fields=lambda r: [(["client", "id"], b64bytes(r, 36)[:48]), (["tenant"], co(r))], host=h_wd, projects=["workday-raas-extract"], weight=0.8)


# ------------------------------------------------------------ ServiceNow
def f_snow(rng):
    return [(["instance"], h_snow(rng)), (["user"], pick(rng, ["svc.integration", "int_mulesoft", "api.sync", "jira.bridge"]))]


spec("servicenow", "integration_user_password", "ServiceNow", "servicenow", "password", [["password"], ["snow", "password"]], svc_password,
     KV + JVM, sect=["servicenow"], fields=f_snow, host=h_snow, projects=["snow-jira-sync", "cmdb-importer", "snow-incident-bridge"], weight=1.4)

spec("servicenow", "oauth_client_secret", "ServiceNow", "servicenow", "secret", [["client", "secret"]],
     lambda r: rstr(r, B62 + "!#()*+,-.:;=?@[]^_|~", pick(r, [10, 16, 20, 32])) if r.random() < 0.4 else b62(r, 32),
     ["env", "python", "yaml", "json", "postman", "powershell", "terraform"], sect=["servicenow"],
     fields=lambda r: [(["client", "id"], hexl(r, 32)), (["instance"], h_snow(r))], host=h_snow, projects=["snow-jira-sync", "snow-cmdb-export"])


# ------------------------------------------------------------ MuleSoft / Boomi / Informatica / Workato
spec("mulesoft", "anypoint_client_secret", "Anypoint Platform", "anypoint", "secret", [["client", "secret"], ["anypoint", "client", "secret"]],
     lambda r: hexu(r, 32), ["env", "gha", "mavensettings", "yaml", "shell", "muleprops", "properties"], sect=["anypoint"],
     fields=lambda r: [(["client", "id"], hexl(r, 32)), (["org", "id"], guid(r)), (["env"], pick(r, ["Sandbox", "Production", "Design"]))],
     host=lambda r: "anypoint.mulesoft.com", projects=["mule-cicd", "sys-sap-api", "exp-orders-api"], weight=1.4,
     pub=lambda r: (["client", "id"], hexl(r, 32)))


def r_mavensettings(rng, ctx):
    v = _slot(ctx)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">', "  <servers>",
         "    <server>", "      <id>anypoint-exchange-v3</id>", "      <username>~~~Client~~~</username>",
         "      <password>%s~?~%s</password>" % (_fv(ctx, "client_id", hexl(rng, 32)), ("${env.%s}" % v.env) if isinstance(v, Ref) else v),
         "    </server>", "    <server>", "      <id>MuleRepository</id>", "      <username>${env.NEXUS_USER}</username>",
         "      <password>${env.NEXUS_PASSWORD}</password>", "    </server>", "  </servers>", "  <profiles>", "    <profile>",
         "      <id>mule</id>", "      <properties>", "        <anypoint.env>%s</anypoint.env>" % _fv(ctx, "env", "Sandbox"),
         "      </properties>", "    </profile>", "  </profiles>", "</settings>"]
    return pick(rng, [".maven/settings.xml", "ci/settings.xml", ".mvn/settings.xml"]), L, "maven-settings"


def r_mulepom(rng, ctx):
    v = _slot(ctx)
    app = ctx.proj
    L = ["<project>", "  <modelVersion>4.0.0</modelVersion>", "  <groupId>com.%s.int</groupId>" % co(rng), "  <artifactId>%s</artifactId>" % app,
         "  <version>1.%d.%d</version>" % (rng.randint(0, 9), rng.randint(0, 9)), "  <packaging>mule-application</packaging>", "  <build>", "    <plugins>", "      <plugin>",
         "        <groupId>org.mule.tools.maven</groupId>", "        <artifactId>mule-maven-plugin</artifactId>", "        <version>4.%d.0</version>" % rng.randint(0, 3),
         "        <extensions>true</extensions>", "        <configuration>", "          <cloudhub2Deployment>",
         "            <uri>https://anypoint.mulesoft.com</uri>", "            <provider>MC</provider>", "            <environment>%s</environment>" % pick(rng, ["Sandbox", "Production"]),
         "            <target>Cloudhub-EU-Central-1</target>", "            <muleVersion>4.%d.0</muleVersion>" % rng.randint(4, 8),
         "            <applicationName>%s-%s</applicationName>" % (app, env_tag(rng)), "            <properties>",
         "              <env>%s</env>" % env_tag(rng)]
    L.append("              <mule.key>%s</mule.key>" % (("${%s}" % v.env.lower().replace("_", ".")) if isinstance(v, Ref) else v))
    L += ["            </properties>", "            <secureProperties>", "              <anypoint.platform.client_secret>${anypoint.client.secret}</anypoint.platform.client_secret>",
          "            </secureProperties>", "          </cloudhub2Deployment>", "        </configuration>", "      </plugin>", "    </plugins>", "  </build>", "</project>"]
    return "pom.xml", L, "maven-pom"


spec("mulesoft", "secure_properties_key", "MuleSoft", "mule", "key", [["mule", "key"], ["secure", "key"], ["encryption", "key"]],
     lambda r: b62(r, pick(r, [16, 16, 32])), ["mulepom", "mulepom", "env", "gha", "shell", "properties"], sect=["mule"],
     fields=lambda r: [(["algorithm"], "AES"), (["mode"], "CBC")], projects=["sys-sap-api", "prc-orders", "exp-partner-api"], weight=1.2)

spec("mulesoft", "plaintext_property_password", "MuleSoft", "mule", "password", [["password"], ["db", "password"], ["sftp", "password"]],
     svc_password, ["muleprops", "muleprops", "yaml", "properties"], sect=["db"],
     fields=lambda r: [(["host"], "sql-int-%s.database.windows.net" % env_tag(r)), (["user"], pick(r, ["mule_app", "int_rw", "svc_mule"])), (["database"], "staging")],
     projects=["sys-db-api", "prc-invoice-batch"], weight=1.2)


def boomi_wrap(rng, ctx, inner):
    return inner


spec("boomi", "atomsphere_api_token", "Boomi", "boomi", "token", [["api", "token"], ["token"]], lambda r: guid(r),
     ["python", "shell", "postman", "env", "powershell", "yaml"], sect=["boomi"],
     fields=lambda r: [(["account", "id"], "%s-%s" % (co(r), rstr(r, UPPER_ALNUM, 6))), (["username"], "BOOMI_TOKEN.%s" % user_email(r))],
     host=lambda r: "api.boomi.com", projects=["boomi-deploy-scripts", "boomi-atom-monitor"])


def r_boomi_ext(rng, ctx):
    v = _slot(ctx)
    cid = guid(rng)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<bns:EnvironmentExtensions xmlns:bns="http://api.platform.boomi.com/" environmentId="%s" extensionGroupId="" id="%s">' % (guid(rng), guid(rng)),
         "  <bns:connections>", '    <bns:connection id="%s" name="%s">' % (cid, pick(rng, ["SFTP Bank Out", "Salesforce Prod", "NetSuite TBA", "DB Staging"])),
         '      <bns:field id="host" componentOverride="false" useDefault="false" value="%s"/>' % _fv(ctx, "host", "sftp.partner.example"),
         '      <bns:field id="user" componentOverride="false" useDefault="false" value="%s"/>' % _fv(ctx, "user", "boomi")]
    if isinstance(v, Ref):
        L.append('      <bns:field id="password" encryptedValueSet="true" usesEncryption="true" componentOverride="false" useDefault="false"/>')
    else:
        L.append('      <bns:field id="password" encryptedValueSet="false" usesEncryption="true" componentOverride="false" useDefault="false" value="%s"/>' % v)
    L += ["    </bns:connection>", "  </bns:connections>", "  <bns:processProperties>",
          '    <bns:ProcessProperty id="%s" name="Bank Settings">' % guid(rng),
          '      <bns:ProcessPropertyValue key="%s" label="cutoffTime" useDefault="false" value="16:30"/>' % guid(rng),
          "    </bns:ProcessProperty>", "  </bns:processProperties>", "</bns:EnvironmentExtensions>"]
    return "boomi/extensions/%s-%s.xml" % (pick(rng, ["bank-out", "sf-prod", "erp"]), env_tag(rng)), L, "boomi-xml"


spec("boomi", "connection_password", "Boomi", "boomi", "password", [["password"]], svc_password, ["boomi_ext", "boomi_ext", "boomi_ext", "properties"],
     sect=["boomi"], fields=lambda r: [(["host"], "sftp.%s-bank.com" % co(r)), (["user"], pick(r, ["acme_out", "boomi_sftp", "erp_pay"]))],
     projects=["boomi-bank-payments"])

spec("informatica", "connection_password", "Informatica", "informatica", "password", [["password"], ["pwd"]], svc_password,
     ["informatica", "informatica", "shell", "env", "python", "ini"], sect=["infa"],
     fields=lambda r: [(["user"], pick(r, ["INFA_SF", "svc_iics", "ETL_LOAD"])), (["domain"], "Domain_%s" % co(r).capitalize()), (["repo"], "REP_%s" % env_tag(r).upper())],
     projects=["infa-sf-dw", "iics-erp-load"], weight=1.1)

spec("workato", "api_platform_token", "Workato", "workato", "token", [["api", "token"], ["workato", "token"]], lambda r: hexl(r, 64),
     ["shell", "python", "postman", "env", "yaml", "apex", "json"], sect=["workato"],
     fields=lambda r: [(["endpoint"], "https://apim.workato.com/%s/%s-v%d" % (co(r), pick(r, ["orders", "accounts", "quotes"]), r.randint(1, 3)))],
     host=lambda r: "apim.workato.com", projects=["workato-recipes-client", "sf-workato-callouts"])


# ------------------------------------------------------------ AWS
def f_aws(rng):
    return [(["access", "key", "id"], aws_key_id(rng)), (["region"], pick(rng, ["eu-central-1", "us-east-1", "eu-west-1"])),
            (["connector", "profile"], pick(rng, ["sf-prod-appflow", "sap-odata-appflow", "zendesk-events"]))]


def r_awscreds(rng, ctx):
    v = _slot(ctx)
    prof = pick(rng, ["appflow-deployer", "int-prod", "eventbridge-admin", "default"])
    L = ["[%s]" % prof, "aws_access_key_id = %s" % _fv(ctx, "access_key_id", aws_key_id(rng))]
    L.append("aws_secret_access_key = %s" % v if not isinstance(v, Ref) else "credential_process = aws-vault exec %s --json" % prof)
    L += ["region = %s" % _fv(ctx, "region", "eu-central-1"), "", "[profile sandbox]", "sso_start_url = https://%s.awsapps.com/start" % co(rng),
          "sso_region = eu-central-1", "sso_account_id = %d" % rng.randint(100000000000, 999999999999), "sso_role_name = IntegrationDeveloper"]
    return pick(rng, [".aws/credentials", "ci/aws-credentials", "deploy/credentials"]), L, "aws-credentials"


spec("aws", "secret_access_key", "AWS", "aws", "key", [["secret", "access", "key"], ["aws", "secret", "access", "key"]], aws_secret,
     ["awscreds", "env", "python", "terraform", "yaml", "gha", "powershell"], sect=["aws"], fields=f_aws,
     projects=["appflow-sf-s3", "eventbridge-sap-events", "edi-s3-landing"], weight=1.3,
     example="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


def r_cfn(rng, ctx):
    v = _slot(ctx)
    L = ["AWSTemplateFormatVersion: '2010-09-09'", "Description: EventBridge API destination to %s" % ctx.spec.P, "Resources:",
         "  PartnerConnection:", "    Type: AWS::Events::Connection", "    Properties:", "      Name: %s-connection" % ctx.proj,
         "      AuthorizationType: API_KEY", "      AuthParameters:", "        ApiKeyAuthParameters:", "          ApiKeyName: %s" % pick(rng, ["x-api-key", "Authorization", "X-Auth-Token"])]
    L.append("          ApiKeyValue: %s" % ("'{{resolve:secretsmanager:%s}}'" % v.env.lower().replace("_", "/") if isinstance(v, Ref) else "'%s'" % v))
    L += ["  PartnerDestination:", "    Type: AWS::Events::ApiDestination", "    Properties:", "      ConnectionArn: !GetAtt PartnerConnection.Arn",
          "      InvocationEndpoint: https://%s/v1/events" % ctx.spec.host(rng), "      HttpMethod: POST", "      InvocationRateLimitPerSecond: %d" % pick(rng, [10, 50])]
    return "cfn/%s-eventbridge.yaml" % ctx.proj, L, "cloudformation"


spec("aws_eventbridge", "connection_api_key", "Partner API", "partnerapi", "key", [["api", "key", "value"], ["api", "key"]],
     lambda r: b62(r, pick(r, [32, 40, 48])), ["cfn", "cfn", "terraform", "env"], sect=["partner"],
     fields=lambda r: [(["header"], "x-api-key")], host=lambda r: "events.%s-logistics.com" % co(r), projects=["eb-shipment-events", "eb-partner-push"])


# ------------------------------------------------------------ Kafka
def r_kafka(rng, ctx):
    v = _slot(ctx)
    name = "%s-%s" % (pick(rng, ["jdbc-sink", "jdbc-source", "sf-cdc", "sap-idoc"]), pick(rng, ["orders", "customers", "invoices"]))
    cfg = {"connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "tasks.max": str(rng.randint(1, 4)),
           "topics": "erp.%s.v1" % pick(rng, ["orders", "customers", "invoices"])}
    if ctx.spec.kind == "cloud_api_secret":
        jaas = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="%s" password="%s";' % (
            _fv(ctx, "api_key", rstr(rng, UPPER_ALNUM, 16)), ("${file:/opt/secrets/ccloud.properties:api.secret}" if isinstance(v, Ref) else v))
        cfg.update({"connector.class": "io.confluent.connect.replicator.ReplicatorSourceConnector",
                    "dest.kafka.bootstrap.servers": _fv(ctx, "bootstrap", "pkc-x.confluent.cloud:9092"),
                    "dest.kafka.security.protocol": "SASL_SSL", "dest.kafka.sasl.mechanism": "PLAIN", "dest.kafka.sasl.jaas.config": jaas})
    else:
        cfg.update({"connection.url": "jdbc:sqlserver://%s:1433;databaseName=%s" % (_fv(ctx, "host", "sql-int"), _fv(ctx, "database", "staging")),
                    "connection.user": _fv(ctx, "user", "kafka_connect"),
                    "connection.password": val("kafka", v).strip('"') if isinstance(v, Ref) else v})
    cfg.update({"insert.mode": pick(rng, ["upsert", "insert"]), "pk.mode": "record_key", "auto.create": "false",
                "errors.tolerance": "all", "errors.deadletterqueue.topic.name": "dlq.%s" % name})
    doc = {"name": name, "config": cfg}
    return "connect/%s.json" % name, json.dumps(doc, indent=2).split("\n"), "kafka-connect"


spec("kafka", "connect_jdbc_password", "Kafka Connect", "kafka", "password", [["connection", "password"]], svc_password,
     ["kafka", "kafka", "kafka", "properties"], sect=["connection"],
     fields=lambda r: [(["host"], "sql-%s-%s.database.windows.net" % (co(r), env_tag(r))), (["user"], pick(r, ["kafka_connect", "svc_cdc", "etl_sink"])), (["database"], pick(r, ["staging", "erp_mirror"]))],
     projects=["kafka-connect-configs"], weight=1.3)

spec("confluent", "cloud_api_secret", "Confluent Cloud", "confluent", "secret", [["api", "secret"], ["sasl", "password"]], confluent_secret,
     ["kafka", "properties", "env", "yaml", "python"], sect=["confluent"],
     fields=lambda r: [(["api", "key"], rstr(r, UPPER_ALNUM, 16)), (["bootstrap"], "pkc-%s.%s.azure.confluent.cloud:9092" % (rstr(r, LOWER_ALNUM, 5), pick(r, ["westeurope", "eastus2"])))],
     projects=["kafka-connect-configs", "erp-event-streams"], pub=lambda r: (["api", "key"], rstr(r, UPPER_ALNUM, 16)))


# ------------------------------------------------------------ banks / B2B
def f_sftp(rng):
    return [(["host"], pick(rng, ["sftp.%s-bank.com", "files.%s.de", "mft.%s-logistics.com", "b2b.%s.net"]) % co(rng)),
            (["port"], pick(rng, ["22", "2222", "10022"])), (["user"], pick(rng, ["acme_pay", "erp_out", "%s_b2b" % co(rng), "H2H_%s" % co(rng).upper()]))]


spec("sftp", "host_password", "Bank SFTP", "sftp", "password", [["password"], ["sftp", "password"]], svc_password,
     ["expect", "expect", "sshpass", "sshpass", "python", "yaml", "properties", "powershell", "ini", "env", "blueprint"], sect=["sftp"],
     fields=f_sftp, projects=["bank-h2h", "payments-out", "lockbox-pickup", "edi-mft"], weight=2.0)

spec("sftp", "ssh_private_key", "Bank SFTP", "sftp", "key", [["private", "key"], ["ssh", "key"]],
     lambda r: pem_escaped(r, openssh=r.random() < 0.6, style="pkcs1", comment="%s@%s" % (pick(r, ["erp_out", "h2h", "mft"]), co(r))),
     ["pemfile", "pemfile", "pemfile", "yaml_pem", "env"], sect=["sftp"], fields=f_sftp,
     pem=["keys/bank_h2h_id_rsa", ".ssh/id_rsa_partner", "secrets/sftp_%s.key" % "out", "config/keys/mft_id_rsa"], projects=["bank-h2h", "edi-mft"], weight=1.4)

spec("ebics", "keystore_password", "EBICS", "ebics", "password", [["keystore", "password"], ["password"]], svc_password,
     ["yaml", "properties", "env", "java", "ini"], sect=["ebics"],
     fields=lambda r: [(["host", "id"], pick(r, ["EBIXQUAL", "HYPOTEST", "BNKHOST%d" % r.randint(1, 9)])), (["partner", "id"], rstr(r, UPPER_ALNUM, 8)),
                       (["user", "id"], rstr(r, UPPER_ALNUM, 7)), (["url"], "https://ebics.%s-bank.de/ebicsweb/ebicsweb" % co(r))],
     projects=["ebics-client", "treasury-statements"])


def r_openas2(rng, ctx):
    v = _slot(ctx)
    L = ['<openas2>', '  <properties storageBaseDir="%home%/../data" log_date_format="yyyy-MM-dd HH:mm:ss.SSS"/>',
         '  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"', '                filename="%home%/as2_certs.p12"',
         '                password="%s"' % (("$ENV{%s}" % v.env) if isinstance(v, Ref) else v), '                interval="300"/>',
         '  <partnerships classname="org.openas2.partner.XMLPartnershipFactory" filename="%home%/partnerships.xml"/>',
         '  <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="%home%/../data/pendingMDN3">',
         '    <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="%d"/>' % pick(rng, [10080, 4080, 5080]),
         '    <module classname="org.openas2.processor.sender.AS2SenderModule"/>', '  </processor>', '</openas2>']
    return "openas2/config/config.xml", L, "as2-config-xml"


spec("as2", "keystore_password", "AS2", "as2", "password", [["keystore", "password"], ["p12", "password"]], svc_password,
     ["openas2", "openas2", "properties", "yaml", "env"], sect=["as2"],
     fields=lambda r: [(["as2", "from"], "%s-AS2" % co(r).upper()), (["as2", "to"], pick(r, ["WALMART", "HOMEDEPOT", "DHLPARTNER", "ARIBAAS2"])), (["cert", "alias"], "%s_sign_%d" % (co(r), r.randint(2023, 2026)))],
     projects=["as2-gateway", "edi-as2"])

spec("edi_van", "mailbox_password", "EDI VAN", "van", "password", [["password"], ["mailbox", "password"]], svc_password,
     ["ini", "properties", "shell", "expect", "python", "yaml"], sect=["van"],
     fields=lambda r: [(["host"], pick(r, ["ftp.%s-van.net", "edi.%s-exchange.com"]) % pick(r, ["kleinschmidt", "opentext", "truecommerce", "spscommerce"])),
                       (["mailbox"], rstr(r, UPPER_ALNUM, 8)), (["qualifier"], pick(r, ["ZZ", "01", "12"]))],
     projects=["edi-x12-gateway", "edi-van-poller"])


def r_http(rng, ctx):
    v = _slot(ctx)
    host = ctx.spec.host(rng)
    L = ["@host = https://%s" % host]
    tok = v if not isinstance(v, Ref) else "{{$dotenv %s}}" % v.env
    L += ["", "### Patient search", "GET {{host}}/Patient?family=%s&_count=10" % pick(rng, ["Smith", "Novak", "Garcia"]),
          "Accept: application/fhir+json", "Authorization: Bearer %s" % tok, "",
          "### Capability statement", "GET {{host}}/metadata", "Accept: application/fhir+json"]
    return "http/%s.http" % ctx.spec.slug, L, "http-client"


spec("fhir", "bearer_token", "FHIR", "fhir", "token", [["access", "token"], ["bearer", "token"]],
     lambda r: make_jwt(r, "https://fhir.%s-health.org/auth" % co(r), "https://fhir.%s-health.org/R4" % co(r), guid(r)),
     ["http", "http", "python", "shell", "postman", "env"], sect=["fhir"], fields=lambda r: [(["base", "url"], "https://fhir.%s-health.org/R4" % co(r))],
     host=lambda r: "fhir.%s-health.org/R4" % co(r), projects=["hl7-fhir-bridge", "ehr-claims-feed"], weight=1.2)


def fhir_basic_wrap(rng, ctx, inner):
    return "https://%s:%s@%s/%s" % (pick(rng, ["mirth", "hl7_int", "fhiruser"]), inner, pick(rng, ["fhir.%s-clinic.org", "hapi.%s.internal", "hl7.%s-hosp.net"]) % co(rng), pick(rng, ["fhir/R4", "baseR4", "hl7/inbound"]))


spec("hl7", "basic_auth_url_password", "HL7 interface", "hl7", "password", [["endpoint"], ["fhir", "url"], ["server", "url"]], svc_password,
     ["env", "yaml", "properties", "python", "json", "ini"], sect=["hl7"], wrap=fhir_basic_wrap,
     fields=lambda r: [(["facility"], pick(r, ["MAINHOSP", "CLINIC02", "LAB"])), (["sending", "app"], pick(r, ["EPIC", "CERNER", "ERP"]))], projects=["hl7-fhir-bridge", "lab-results-feed"])

spec("openbanking", "client_secret", "Open Banking", "openbanking", "secret", [["client", "secret"]], lambda r: b62(r, pick(r, [32, 36, 40, 48])),
     ["env", "yaml", "python", "json", "properties", "java"], sect=["openbanking"],
     fields=lambda r: [(["client", "id"], guid(r)), (["token", "url"], "https://ob.%s-bank.com/as/token.oauth2" % co(r)), (["software", "id"], b62(r, 18))],
     projects=["treasury-psd2", "cash-positioning"], pub=lambda r: (["client", "id"], guid(r)))

spec("swift", "api_consumer_secret", "SWIFT API", "swift", "secret", [["consumer", "secret"]], lambda r: b62(r, 16),
     ["env", "yaml", "python", "properties", "java"], sect=["swift"],
     fields=lambda r: [(["consumer", "key"], b62(r, 32)), (["bic"], pick(r, ["DEUTDEFF", "BNPAFRPP", "CHASUS33", "COBADEFF"])), (["base", "url"], "https://sandbox.swift.com/swift-apitracker/v5")],
     projects=["gpi-tracker", "treasury-swift"], pub=lambda r: (["consumer", "key"], b62(r, 32)))


# ------------------------------------------------------------ e-signature / procurement / collaboration
def f_ds(rng):
    return [(["integration", "key"], guid(rng)), (["user", "id"], guid(rng)), (["account", "id"], guid(rng)),
            (["auth", "server"], pick(rng, ["account-d.docusign.com", "account.docusign.com"]))]


spec("docusign", "rsa_private_key", "DocuSign", "docusign", "key", [["private", "key"], ["rsa", "private", "key"]],
     lambda r: pem_escaped(r, "pkcs1"), ["pemfile", "pemfile", "json", "env", "yaml_pem"], sect=["docusign"], fields=f_ds,
     pem=["docusign/private.key", "config/docusign_rsa.pem", "keys/docusign-jwt.key"], projects=["clm-docusign", "sf-docusign-envelopes"], weight=1.2,
     pub=lambda r: (["integration", "key"], guid(r)))

spec("docusign", "secret_key", "DocuSign", "docusign", "secret", [["secret", "key"], ["client", "secret"]], lambda r: guid(r),
     ["env", "json", "yaml", "python", "properties", "csharp"], sect=["docusign"], fields=lambda r: f_ds(r)[:1] + [(["redirect", "uri"], "https://int.%s.com/ds/callback" % co(r))],
     projects=["clm-docusign"], pub=lambda r: (["integration", "key"], guid(r)))

spec("adobe_sign", "integration_key", "Adobe Acrobat Sign", "adobesign", "token", [["integration", "key"], ["access", "token"]], adobe_sign_key,
     ["env", "python", "yaml", "json", "shell", "apex", "postman"], sect=["adobesign"],
     fields=lambda r: [(["api", "access", "point"], "https://api.%s.adobesign.com/" % pick(r, ["na1", "na2", "eu1", "eu2"])), (["sender"], "contracts@%s.com" % co(r))],
     host=lambda r: "api.eu1.adobesign.com", projects=["contract-signing", "hr-offer-letters"])

spec("concur", "client_secret", "SAP Concur", "concur", "secret", [["client", "secret"]], lambda r: guid(r),
     ["env", "python", "yaml", "json", "postman"], sect=["concur"],
     fields=lambda r: [(["client", "id"], guid(r)), (["geo"], pick(r, ["us.api.concursolutions.com", "emea.api.concursolutions.com"])), (["refresh", "token"], Ref("CONCUR_REFRESH_TOKEN"))],
     projects=["concur-expense-gl", "concur-sap-fi"], pub=lambda r: (["client", "id"], guid(r)))

spec("coupa", "api_key", "Coupa", "coupa", "key", [["api", "key"], ["x", "coupa", "api", "key"]], lambda r: rstr(r, LOWER_ALNUM, 40),
     ["env", "python", "yaml", "json", "muleprops", "shell", "postman"], sect=["coupa"],
     fields=lambda r: [(["instance"], "https://%s.coupahost.com" % co(r))], host=lambda r: "%s.coupahost.com" % co(r), projects=["coupa-po-sync", "coupa-invoice-ap"])

spec("coupa", "oauth_client_secret", "Coupa", "coupa", "secret", [["client", "secret"]], lambda r: b64bytes(r, 33, urlsafe=True),
     ["env", "python", "yaml", "json"], sect=["coupa"],
     fields=lambda r: [(["client", "id"], hexl(r, 32)), (["instance"], "https://%s.coupahost.com" % co(r))], projects=["coupa-po-sync"], pub=lambda r: (["client", "id"], hexl(r, 32)))

spec("ariba", "oauth_client_secret", "SAP Ariba", "ariba", "secret", [["oauth", "secret"], ["client", "secret"]], lambda r: b64bytes(r, 24),
     ["env", "python", "yaml", "json", "properties", "postman"], sect=["ariba"],
     fields=lambda r: [(["client", "id"], guid(r)), (["application", "key"], b62(r, 32)), (["realm"], "%s-T" % co(r))],
     projects=["ariba-po-feed", "ariba-supplier-sync"], pub=lambda r: (["realm"], "%s-T" % co(r)))

spec("atlassian", "api_token", "Jira", "jira", "token", [["api", "token"], ["jira", "token"]], atlassian_token,
     ["env", "python", "shell", "yaml", "gha", "json", "powershell"], sect=["jira"],
     fields=lambda r: [(["email"], "svc-sync@%s.com" % co(r)), (["base", "url"], "https://%s.atlassian.net" % co(r))],
     host=lambda r: "%s.atlassian.net" % co(r), projects=["snow-jira-sync", "jira-sap-defects", "confluence-runbook-publisher"], weight=1.3)

spec("okta", "api_token", "Okta", "okta", "token", [["api", "token"], ["okta", "token"]], okta_api_token,
     ["env", "python", "shell", "yaml", "terraform", "powershell", "json"], sect=["okta"],
     fields=lambda r: [(["org", "url"], "https://%s.okta.com" % co(r))], host=lambda r: "%s.okta.com" % co(r), projects=["workday-okta-scim", "okta-group-sync"])

spec("okta", "oauth_client_secret", "Okta", "okta", "secret", [["client", "secret"]], lambda r: rstr(r, URLSAFE, pick(r, [40, 64])),
     ["env", "python", "yaml", "json", "properties"], sect=["okta"],
     fields=lambda r: [(["client", "id"], "0oa" + rstr(r, B62, 17)), (["issuer"], "https://%s.okta.com/oauth2/default" % co(r))],
     projects=["scim-bridge", "okta-app-provisioning"], pub=lambda r: (["client", "id"], "0oa" + rstr(r, B62, 17)))


# ------------------------------------------------------------ analytics
def r_dbt(rng, ctx):
    v = _slot(ctx)
    acct = _fv(ctx, "account", "xy12345.eu-central-1")
    L = ["%s:" % pick(rng, ["erp_dw", "integration_dw", "finance"]), "  target: %s" % env_tag(rng), "  outputs:", "    %s:" % env_tag(rng),
         "      type: snowflake", "      account: %s" % acct, "      user: %s" % _fv(ctx, "user", "DBT_SVC")]
    vv = val("dbt", v) if isinstance(v, Ref) else yq(v)
    if ctx.spec.kind == "private_key_passphrase":
        L += ["      private_key_path: %s" % _fv(ctx, "private_key_path", "/secrets/rsa_key.p8"), "      private_key_passphrase: %s" % vv]
    else:
        L += ["      password: %s" % vv]
    L += ["      role: %s" % pick(rng, ["TRANSFORMER", "DBT_ROLE", "INT_LOADER"]), "      warehouse: %s" % pick(rng, ["TRANSFORM_WH", "INT_XS"]),
          "      database: %s" % pick(rng, ["RAW_ERP", "ANALYTICS"]), "      schema: %s" % pick(rng, ["sap", "netsuite", "staging"]), "      threads: %d" % pick(rng, [4, 8])]
    return "profiles.yml", L, "dbt-profiles"


def f_snow(rng):
    return [(["account"], "%s-%s" % (co(rng), rstr(rng, LOWER_ALNUM, 7))), (["user"], pick(rng, ["DBT_SVC", "FIVETRAN_LOADER", "INT_LOADER"])),
            (["private", "key", "path"], pick(rng, ["/secrets/rsa_key.p8", "~/.snowflake/rsa_key.p8", "keys/snowflake_rsa.p8"]))]


spec("snowflake", "private_key_passphrase", "Snowflake", "snowflake", "password", [["private", "key", "passphrase"], ["key", "passphrase"]], svc_password,
     ["dbt", "dbt", "env", "python", "airflow", "yaml"], sect=["snowflake"], fields=f_snow, projects=["erp-dw-dbt", "sap-to-snowflake"], weight=1.2)

spec("snowflake", "user_password", "Snowflake", "snowflake", "password", [["password"]], svc_password,
     ["dbt", "dbt", "airflow", "env", "python"], sect=["snowflake"], fields=lambda r: f_snow(r)[:2], projects=["erp-dw-dbt", "netsuite-dw"])

spec("tableau", "pat_secret", "Tableau", "tableau", "token", [["pat", "secret"], ["personal", "access", "token", "secret"], ["token", "secret"]], tableau_pat,
     ["python", "env", "yaml", "shell", "gha", "airflow"], sect=["tableau"],
     fields=lambda r: [(["pat", "name"], pick(r, ["int-refresh", "airflow-extract", "ci-publish"])), (["server"], "https://%s.online.tableau.com" % pick(r, ["10ay", "prod-uk-a", "dub01"])), (["site"], co(r))],
     projects=["tableau-extract-refresh", "finance-dashboards"], pub=lambda r: (["pat", "name"], pick(r, ["int-refresh", "airflow-extract"])))

spec("github", "pat_classic", "GitHub", "github", "token", [["token"], ["github", "token"]], lambda r: github_token(r, pick(r, ["ghp_", "ghp_", "gho_", "ghs_"])),
     ["env", "shell", "python", "yaml", "gha"], sect=["github"],
     fields=lambda r: [(["repo"], "%s/%s" % (co(r), pick(r, ["int-configs", "edi-maps", "mule-apps"])))], projects=["config-sync-bot", "edi-map-publisher"], weight=0.6)


# ------------------------------------------------------------ renderer registry
def r_biztalk(rng, ctx):
    v = _slot(ctx)
    port = "SP_%s_%s" % (pick(rng, ["SFTP", "FTP", "EDI"]), pick(rng, ["Bank", "VAN", "Partner"]) + "_Out")
    if isinstance(v, Ref):
        pw = "&lt;Password vt=\"1\" /&gt;"
    else:
        pw = "&lt;Password vt=\"8\"&gt;%s&lt;/Password&gt;" % v
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<BindingInfo xmlns:xsd="http://www.w3.org/2001/XMLSchema" Assembly="Microsoft.BizTalk.Deployment" Version="3.5.1.0" BindingStatus="FullyBound" BoundEndpoints="%d">' % rng.randint(2, 9),
         '  <ModuleRefCollection />', "  <SendPortCollection>", '    <SendPort Name="%s" IsStatic="true" IsTwoWay="false" BindingOption="1">' % port,
         "      <PrimaryTransport>", "        <Address>sftp://%s:%s/%s/%%MessageID%%.xml</Address>" % (_fv(ctx, "host", "sftp.partner.example"), _fv(ctx, "port", "22"), pick(rng, ["in", "upload"])),
         '        <TransportType Name="SFTP" Capabilities="80907" ConfigurationClsid="f75aba5e-8a65-4a8c-b2d6-b6c1c2b6da2d" />',
         "        <TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt=\"8\"&gt;%s&lt;/UserName&gt;%s&lt;ConnectionLimit vt=\"3\"&gt;5&lt;/ConnectionLimit&gt;&lt;/CustomProps&gt;</TransportTypeData>" % (_fv(ctx, "user", "bts_out"), pw),
         "      </PrimaryTransport>", '      <SendPipeline Name="Microsoft.BizTalk.DefaultPipelines.XMLTransmit" Type="2" />', "    </SendPort>", "  </SendPortCollection>", "</BindingInfo>"]
    return "BizTalk/Bindings/%s.BindingInfo.xml" % port, L, "biztalk-bindings"


MULE_NS = {"salesforce": ("salesforce", "sfdc-config", "basic-connection"), "netsuite": ("netsuite", "config", "token-based-authentication-connection"),
           "workday": ("workday", "config", "basic-authentication-api-connection"), "servicenow": ("servicenow", "config", "basic-connection"),
           "sftp": ("sftp", "config", "connection"), "mulesoft": ("db", "config", "mssql-connection"), "sap": ("sap", "sap-config", "simple-connection-provider-connection")}


def r_mulexml(rng, ctx):
    ns, cfg, conn = MULE_NS.get(ctx.spec.provider, ("http", "request-config", "request-connection"))
    freq = pick(rng, [5, 15, 30])
    attrs = []
    for w, v, s in ctx.items():
        vv = "${secure::%s.%s}" % (ctx.spec.slug, n_camel(w)) if isinstance(v, Ref) else v
        attrs.append('%s="%s"' % (n_camel(w), vv))
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<mule xmlns="http://www.mulesoft.org/schema/mule/core"',
         '      xmlns:doc="http://www.mulesoft.org/schema/mule/documentation"',
         '      xmlns:%s="http://www.mulesoft.org/schema/mule/%s"' % (ns, ns),
         '      xmlns:secure-properties="http://www.mulesoft.org/schema/mule/secure-properties">', "",
         '    <secure-properties:config name="Secure_Props" file="config/secure-${env}.yaml" key="${mule.key}">',
         '        <secure-properties:encrypt algorithm="AES" mode="CBC"/>', "    </secure-properties:config>", "",
         '    <%s:%s name="%s_Config" doc:name="%s Config">' % (ns, cfg, n_pascal(ctx.sect), ctx.spec.P),
         "        <%s:%s %s/>" % (ns, conn, ("\n" + " " * 12).join(attrs).replace("\\n", "\n")), "    </%s:%s>" % (ns, cfg), "",
         '    <flow name="%s-sync-flow">' % ctx.spec.slug, '        <scheduler doc:name="Every %d min">' % freq,
         '            <scheduling-strategy><fixed-frequency frequency="%d"/></scheduling-strategy>' % (freq * 60000),
         "        </scheduler>", '        <logger level="INFO" message="#[\'%s sync started\']"/>' % ctx.spec.P, "    </flow>", "</mule>"]
    out = []
    for x in L:
        out += x.split("\n")
    return "src/main/mule/global-%s.xml" % ctx.spec.slug, out, "mule-xml"


for _s in SPECS:
    if _s.provider in ("sftp", "edi_van") and _s.stype == "password":
        _s.fts = _s.fts + ["biztalk", "biztalk"]
    if (_s.provider, _s.kind) in (("salesforce", "password_with_security_token"), ("salesforce", "consumer_secret"), ("netsuite", "tba_token_secret"),
                                  ("workday", "isu_password"), ("servicenow", "integration_user_password"), ("sftp", "host_password"),
                                  ("mulesoft", "plaintext_property_password"), ("sap", "rfc_password")):
        _s.fts = _s.fts + ["mulexml", "mulexml"]

RENDER = {"env": r_env, "properties": r_properties, "muleprops": r_muleprops, "yaml": r_yaml, "helm": r_helm, "gha": r_gha,
          "json": r_json_cfg, "localsettings": r_localsettings, "postman": r_postman, "python": r_python, "airflow": r_airflow,
          "java": r_java, "groovy": r_groovy, "csharp": r_csharp, "powershell": r_powershell, "shell": r_shell,
          "terraform": r_terraform, "tfvars": r_tfvars, "markdown": r_markdown, "ini": r_ini, "webconfig": r_webconfig,
          "compose": r_compose, "spring_xml": r_xml_spring, "blueprint": r_blueprint, "dwl": r_dwl, "apex": r_apex,
          "bicep": r_bicep, "arm": r_arm_params, "logic_params": r_logic_params, "informatica": r_informatica,
          "sapnwrfc": r_sapnwrfc, "jco": r_jco, "btpkey": r_btpkey, "sfdxurl": r_sfdxurl, "pemfile": r_pemfile,
          "yaml_pem": r_yaml_pem, "namedcred": r_namedcred, "abap": r_abap, "expect": r_expect, "sshpass": r_sshpass,
          "logic_workflow": r_logic_workflow, "dtsconfig": r_dtsconfig, "mavensettings": r_mavensettings, "mulepom": r_mulepom,
          "boomi_ext": r_boomi_ext, "awscreds": r_awscreds, "cfn": r_cfn, "kafka": r_kafka, "openas2": r_openas2, "http": r_http,
          "dbt": r_dbt, "biztalk": r_biztalk, "mulexml": r_mulexml}
# renderers that cannot show a multi-line private key sensibly
NO_PEM = {"tfvars", "ini", "informatica", "expect", "sshpass", "markdown", "shell", "apex", "dwl", "webconfig"}


# ------------------------------------------------------------ look-alike values for negatives
def masked(rng, s):
    k = rng.randrange(5)
    core = s
    if k == 0:
        return core[:4] + "*" * rng.randint(6, 20) + core[-4:]
    if k == 1:
        return "*" * rng.randint(8, 16) + core[-4:]
    if k == 2:
        return core[:6] + "\u2026" + core[-3:]
    if k == 3:
        return core[:3] + "..." + core[-4:]
    return "<redacted:%s>" % core[-4:]


PLACEHOLDERS = {
    "password": ["changeme", "CHANGE_ME", "<password>", "<your-password>", "********", "", "TODO", "<set-in-vault>", "REPLACE_ME",
                 "password", "secret", "xxxxxxxx", "{{ password }}", "<ask-basis-team>"],
    "secret": ["<your-client-secret>", "YOUR_CLIENT_SECRET", "changeme", "<client_secret>", "REPLACE_WITH_CLIENT_SECRET", "********",
               "", "TODO", "<from keyvault>", "xxxxxxxxxxxxxxxxxxxxxxxx", "your-consumer-secret-here", "<secret>"],
    "token": ["<your-token>", "YOUR_API_TOKEN", "<token>", "changeme", "", "TODO", "********", "REPLACE_ME", "<paste token here>",
              "your_refresh_token", "xxxx-xxxx-xxxx"],
    "key": ["<your-key>", "YOUR_API_KEY", "<key>", "changeme", "", "********", "REPLACE_ME", "<sas-key>", "<primary-key>", "xxxxxxxx"],
}


def cipher_value(rng, ft, ctx=None):
    opts = []
    if ft in ("muleprops", "yaml", "properties", "dwl"):
        opts += ["mule"] * 3
    if ft in ("properties", "yaml", "java", "spring_xml", "blueprint"):
        opts += ["jasypt"] * 2
    if ft in ("yaml", "json", "env", "helm", "compose", "ini"):
        opts += ["sops"] * 2
    if ft in ("localsettings", "json", "arm", "logic_params", "webconfig", "bicep", "csharp"):
        opts += ["kv"] * 3
    if ft in ("terraform", "cfn", "env", "yaml", "json", "python", "shell"):
        opts += ["aws"]
    opts += ["vault", "kms"]
    k = pick(rng, opts)
    if k == "mule":
        return "![%s]" % b64bytes(rng, pick(rng, [16, 32, 48]))
    if k == "jasypt":
        return "ENC(%s)" % b64bytes(rng, pick(rng, [32, 48]))
    if k == "sops":
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(rng, rng.randint(12, 40)), b64bytes(rng, 32), b64bytes(rng, 16))
    if k == "kv":
        return pick(rng, ["@Microsoft.KeyVault(SecretUri=https://kv-int-%s.vault.azure.net/secrets/%s/)" % (env_tag(rng), pick(rng, ["client-secret", "sb-conn", "sf-consumer-secret", "sftp-password"])),
                          "@Microsoft.KeyVault(VaultName=kv-int-%s;SecretName=%s)" % (env_tag(rng), pick(rng, ["DataverseSecret", "NetSuiteTokenSecret", "WorkdayIsuPassword"]))])
    if k == "aws":
        return pick(rng, ["{{resolve:secretsmanager:int/%s:SecretString:password}}" % env_tag(rng),
                          "arn:aws:secretsmanager:eu-central-1:%d:secret:int/%s-%s" % (rng.randint(100000000000, 999999999999), pick(rng, ["netsuite", "sftp", "sf"]), rstr(rng, B62, 6)),
                          "ssm:/int/%s/%s" % (env_tag(rng), pick(rng, ["netsuite/token_secret", "sftp/password", "workday/isu_password"]))])
    if k == "vault":
        if ctx is not None:
            return "vault:secret/data/integration/%s/%s#%s" % (ctx.spec.slug, env_tag(rng), n_snake(ctx.skey))
        return "vault:secret/data/integration/%s#%s" % (pick(rng, ["netsuite", "sap", "salesforce", "bank-h2h"]), pick(rng, ["password", "client_secret", "token"]))
    return "kms:v1:" + b64bytes(rng, pick(rng, [120, 150]))


def neg_slot(rng, ctx, ft):
    """Returns (value, mode) for the secret slot of a negative."""
    sp = ctx.spec
    if sp.pem:
        m = pick(rng, ["ref", "ref", "pub", "cert", "path", "placeholder"])
        if ft == "pemfile":
            m = pick(rng, ["pub", "cert"])
        if m == "ref":
            return Ref(ctx.envname(ctx.skey)), "env_reference"
        if m == "pub":
            return "\\n".join(pem_public(rsa_key(rng, 1024 if rng.random() < 0.3 else 2048))) + "\\n", "public_key"
        if m == "cert":
            return "\\n".join(fake_cert_lines(rng)) + "\\n", "certificate"
        if m == "path":
            return pick(rng, ["/run/secrets/%s.key", "/etc/int/keys/%s.pem", "file:keys/%s_private.pem", "${HOME}/.ssh/%s"]) % sp.slug, "key_path"
        return pick(rng, ["<paste PEM here>", "<contents of private.key, see vault>", "<private key from vault>", "TODO: load from HSM"]), "placeholder"
    modes = ["ref"] * 4 + ["placeholder"] * 3 + ["masked"] * 2 + ["cipher"] * 2
    if sp.example:
        modes += ["example"]
    m = pick(rng, modes)
    if m == "cipher" and ft in ("python", "java", "csharp", "powershell", "shell", "apex", "groovy", "dwl", "airflow", "abap", "expect", "sshpass"):
        m = "ref"  # code decrypts/looks up at runtime; ciphertext literals belong in config files
    if m == "ref":
        if sp.wrap and rng.random() < 0.5:
            inner = pick(rng, ["${%s}" % ctx.envname(ctx.skey), "{{%s}}" % n_snake(ctx.skey), "<%s>" % n_kebab(ctx.skey), "$(%s)" % ctx.envname(ctx.skey)])
            return sp.wrap(rng, ctx, inner), "templated_reference"
        return Ref(ctx.envname(ctx.skey)), "env_reference"
    if m == "placeholder":
        ph = pick(rng, PLACEHOLDERS[sp.stype])
        return (sp.wrap(rng, ctx, ph or "<key>") if sp.wrap else ph), "placeholder"
    if m == "masked":
        real = sp.secret(rng)
        return (sp.wrap(rng, ctx, masked(rng, real)) if sp.wrap else masked(rng, real)), "masked"
    if m == "example":
        return sp.example, "documentation_example"
    c = cipher_value(rng, ft, ctx)
    return c, "ciphertext" if not c.startswith(("@Microsoft", "{{resolve", "arn:", "ssm:", "vault:")) else "vault_reference"


# ------------------------------------------------------------ bespoke negatives
def ts(rng):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def n_sfdx_project(rng):
    pk = pick(rng, ["erp-connector", "int-core", "order-sync"])
    aliases = {}
    for i in range(rng.randint(2, 5)):
        aliases["%s@1.%d.0-%d" % (pk, i, rng.randint(1, 9))] = sf_id18(rng, "04t")
    aliases[pk] = sf_id18(rng, "0Ho")
    doc = {"packageDirectories": [{"path": "force-app", "default": True, "package": pk, "versionName": "ver 1.%d" % rng.randint(0, 9),
                                   "versionNumber": "1.%d.0.NEXT" % rng.randint(0, 9)}],
           "name": pk, "namespace": "", "sfdcLoginUrl": "https://login.salesforce.com", "sourceApiVersion": "%d.0" % rng.randint(55, 61),
           "packageAliases": aliases}
    return "sfdx-project.json", json.dumps(doc, indent=2).split("\n"), "salesforce", "package_ids", "sfdx-project-json"


def n_sf_connected_app(rng):
    name = pick(rng, ["ERP_Integration", "MuleSoft_Sync", "Boomi_Connector", "DocuSign_Bridge"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">',
         "    <contactEmail>integration@%s.com</contactEmail>" % co(rng), "    <label>%s</label>" % name.replace("_", " "), "    <oauthConfig>",
         "        <callbackUrl>https://login.salesforce.com/services/oauth2/success</callbackUrl>",
         "        <certificate>%s</certificate>" % "".join(fake_cert_lines(rng, 700)[1:-1]),
         "        <consumerKey>%s</consumerKey>" % sf_consumer_key(rng), "        <isAdminApproved>true</isAdminApproved>",
         "        <isConsumerSecretOptional>false</isConsumerSecretOptional>", "        <scopes>Api</scopes>", "        <scopes>RefreshToken</scopes>",
         "    </oauthConfig>", "    <oauthPolicy>", "        <ipRelaxation>ENFORCE</ipRelaxation>", "        <refreshTokenPolicy>infinite</refreshTokenPolicy>",
         "    </oauthPolicy>", "</ConnectedApp>"]
    return "force-app/main/default/connectedApps/%s.connectedApp-meta.xml" % name, L, "salesforce", "consumer_key_public", "sf-metadata-xml"


def n_mule_secure(rng):
    L = ["# encrypted with secure-properties-tool (AES/CBC); key supplied at deploy time via mule.key", "salesforce:",
         "  username: \"integration@%s.com\"" % co(rng), "  password: \"![%s]\"" % b64bytes(rng, 32), "  token: \"![%s]\"" % b64bytes(rng, 32),
         "  consumerKey: \"%s\"" % sf_consumer_key(rng), "  consumerSecret: \"![%s]\"" % b64bytes(rng, 80),
         "netsuite:", "  account: \"%s\"" % ns_account(rng), "  tokenSecret: \"![%s]\"" % b64bytes(rng, 80),
         "sftp:", "  host: \"sftp.%s-bank.com\"" % co(rng), "  password: \"![%s]\"" % b64bytes(rng, 16)]
    return "src/main/resources/config/secure-%s.yaml" % env_tag(rng), L, "mulesoft", "secure_properties_ciphertext", "yaml"


def n_sops(rng):
    L = ["netsuite:", "    account_id: %s" % ns_account(rng),
         "    token_secret: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(rng, 64), b64bytes(rng, 32), b64bytes(rng, 16)),
         "workday:", "    isu_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(rng, 18), b64bytes(rng, 32), b64bytes(rng, 16)),
         "sops:", "    kms: []", "    gcp_kms: []", "    azure_kv:", "        - vault_url: https://kv-int-%s.vault.azure.net" % env_tag(rng),
         "          name: sops-key", "          version: %s" % hexl(rng, 32), "          created_at: \"%s\"" % ts(rng),
         "          enc: %s" % b64bytes(rng, 256, urlsafe=True, strip=True), "    lastmodified: \"%s\"" % ts(rng),
         "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(rng, 64), b64bytes(rng, 32), b64bytes(rng, 16)),
         "    pgp: []", "    unencrypted_suffix: _unencrypted", "    version: 3.%d.%d" % (rng.randint(7, 9), rng.randint(0, 3))]
    return "secrets/%s.enc.yaml" % env_tag(rng), L, "sops", "sops_ciphertext", "yaml"


def n_sealed(rng):
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-credentials" % pick(rng, ["sap-rfc", "sftp-bank", "sf-int"]),
         "  namespace: integration", "spec:", "  encryptedData:"]
    for k in rng.sample(["PASSWORD", "CLIENT_SECRET", "TOKEN_SECRET", "SAS_KEY"], 2):
        L.append("    %s: Ag%s" % (k, b64bytes(rng, rng.choice([300, 360, 420]))))
    L += ["  template:", "    metadata:", "      name: %s-credentials" % pick(rng, ["sap-rfc", "sftp-bank"]), "      namespace: integration", "    type: Opaque"]
    return "k8s/sealed/%s-sealedsecret.yaml" % env_tag(rng), L, "kubernetes", "sealed_secret_ciphertext", "yaml"


def n_biztalk(rng):
    ctx_like = type("C", (), {})()
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<BindingInfo Assembly="Microsoft.BizTalk.Deployment" Version="3.5.1.0" BindingStatus="FullyBound">',
         "  <ReceivePortCollection>", '    <ReceivePort Name="RP_%s_In" IsTwoWay="false">' % pick(rng, ["EDI", "Bank", "SAP"]), "      <ReceiveLocations>",
         '        <ReceiveLocation Name="RL_SFTP_%s">' % pick(rng, ["Bank", "VAN"]), "          <Address>sftp://%s:22/out/*.xml</Address>" % pick(rng, ["sftp.acme-bank.com", "b2b.globex.net"]),
         "          <ReceiveLocationTransportTypeData>&lt;CustomProps&gt;&lt;UserName vt=\"8\"&gt;%s&lt;/UserName&gt;&lt;Password vt=\"1\" /&gt;&lt;SSOAffiliateApplication vt=\"8\"&gt;%s&lt;/SSOAffiliateApplication&gt;&lt;/CustomProps&gt;</ReceiveLocationTransportTypeData>" % (pick(rng, ["bts_in", "acme_rcv"]), pick(rng, ["SFTP_BANK", "EDI_VAN"])),
         "        </ReceiveLocation>", "      </ReceiveLocations>", "    </ReceivePort>", "  </ReceivePortCollection>",
         "  <!-- Passwords are not exported. Set them in the admin console or via SSO affiliate app. Value shown as ****** in UI. -->", "</BindingInfo>"]
    return "BizTalk/Bindings/%s.BindingInfo.xml" % pick(rng, ["EDI.Inbound", "Bank.Statements", "SAP.IDoc"]), L, "biztalk", "password_not_exported", "biztalk-bindings"


def n_dtsx(rng):
    blob = "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + b64bytes(rng, rng.choice([150, 180, 210]))
    L = ['<?xml version="1.0"?>', '<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts" DTS:refId="Package" DTS:ProtectionLevel="1" DTS:ObjectName="%s">' % pick(rng, ["LoadCrm", "ExportGL"]),
         "  <DTS:ConnectionManagers>", '    <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[CRM]" DTS:CreationName="OLEDB" DTS:DTSID="{%s}" DTS:ObjectName="CRM">' % guid(rng, True),
         "      <DTS:ObjectData>", '        <DTS:ConnectionManager DTS:ConnectionString="Data Source=sql-crm;User ID=ssis_load;Initial Catalog=CRM_Staging;Provider=SQLNCLI11.1;">',
         '          <DTS:Password DTS:Name="Password" Sensitive="1" Encrypted="1">%s</DTS:Password>' % blob, "        </DTS:ConnectionManager>",
         "      </DTS:ObjectData>", "    </DTS:ConnectionManager>", "  </DTS:ConnectionManagers>", "</DTS:Executable>"]
    return "ssis/%s.dtsx" % pick(rng, ["LoadCrm", "ExportGL", "CustomerMerge"]), L, "ssis", "dpapi_encrypted_blob", "ssis-dtsx"


def n_apex_nc(rng):
    cls = pick(rng, ["SapOrderCallout", "NetSuiteInvoiceClient", "BankPaymentService"])
    L = ["public with sharing class %s {" % cls, "    // credentials live in the Named Credential, never in code",
         "    private static final String NC = 'callout:%s';" % pick(rng, ["SAP_S4", "NetSuite_TBA", "Bank_API"]), "",
         "    public static HttpResponse post(String body) {", "        HttpRequest req = new HttpRequest();", "        req.setEndpoint(NC + '/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder');",
         "        req.setMethod('POST');", "        req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf('{!$Credential.UserName}:{!$Credential.Password}')));",
         "        req.setHeader('x-correlation-id', '%s');" % guid(rng), "        req.setBody(body);", "        return new Http().send(req);", "    }",
         "    // org: %s  record type: %s" % (sf_org_id(rng), sf_id18(rng, "012")), "}"]
    return "force-app/main/default/classes/%s.cls" % cls, L, "salesforce", "named_credential_merge_field", "apex"


def n_x12(rng):
    icn = "%09d" % rng.randint(1000, 999999999)
    d = "%02d%02d%02d" % (rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28))
    sid, rid = co(rng).upper()[:8].ljust(15), pick(rng, ["WALMART", "TARGET", "HOMEDEPOT"]).ljust(15)
    L = ["ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%02d%02d*U*00401*%s*0*P*>~" % (sid, rid, d, rng.randint(0, 23), rng.randint(0, 59), icn),
         "GS*PO*%s*%s*20%s*%02d%02d*%d*X*004010~" % (sid.strip(), rid.strip(), d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(1, 9999)),
         "ST*850*0001~", "BEG*00*SA*%d**20%s~" % (rng.randint(4500000000, 4599999999), d), "REF*DP*%03d~" % rng.randint(1, 999),
         "N1*ST*%s DC %d*92*%04d~" % (pick(rng, ["ACME", "GLOBEX"]), rng.randint(1, 40), rng.randint(1, 9999))]
    n = rng.randint(1, 5)
    for i in range(n):
        L.append("PO1*%d*%d*EA*%d.%02d**UP*%012d~" % (i + 1, rng.randint(1, 200), rng.randint(1, 99), rng.randint(0, 99), rng.randint(10 ** 10, 10 ** 12 - 1)))
    L += ["CTT*%d~" % n, "SE*%d*0001~" % (n + 6), "GE*1*%d~" % rng.randint(1, 9999), "IEA*1*%s~" % icn]
    return "edi/samples/850_%s.x12" % icn, L, "edi", "interchange_control_numbers", "edi-x12"


def n_as2_mdn(rng):
    mid = "<%s@%s-as2.%s.com>" % (guid(rng).upper(), pick(rng, ["mendelson", "openas2", "cleo"]), co(rng))
    L = ["# captured MDN for ticket INT-%d (partner says they never got the file)" % rng.randint(100, 999), "HTTP/1.1 200 OK",
         "AS2-Version: 1.2", "AS2-From: %s" % pick(rng, ["WALMART", "DHLPARTNER"]), "AS2-To: %s-AS2" % co(rng).upper(), "Message-ID: %s" % mid,
         "Date: %s" % pick(rng, ["Tue, 12 Mar 2024 10:11:12 GMT", "Fri, 07 Jun 2024 23:01:44 GMT"]), "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256",
         "", "Reporting-UA: %s" % pick(rng, ["Sterling B2B Integrator", "mendelson opensource AS2 1.1"]),
         "Original-Recipient: rfc822; %s-AS2" % co(rng).upper(), "Final-Recipient: rfc822; %s-AS2" % co(rng).upper(),
         "Original-Message-ID: <%s@%s>" % (hexl(rng, 24), co(rng)), "Disposition: automatic-action/MDN-sent-automatically; processed",
         "Received-Content-MIC: %s, sha-256" % b64bytes(rng, 32)]
    return "docs/incidents/mdn-%s.txt" % hexl(rng, 8), L, "as2", "mdn_message_id_mic", "text"


def n_hl7(rng):
    cid = str(rng.randint(10 ** 9, 10 ** 10 - 1))
    L = ["MSH|^~\\&|%s|%s|ERP|FIN|%s||ADT^A04|%s|P|2.5.1" % (pick(rng, ["EPIC", "CERNER"]), pick(rng, ["MAINHOSP", "CLINIC02"]), "20%02d%02d%02d%02d%02d" % (rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)), cid),
         "EVN|A04|20240312101112", "PID|1||%d^^^MRN||%s^%s||19%02d%02d%02d|%s" % (rng.randint(100000, 999999), pick(rng, ["NOVAK", "GARCIA", "SMITH"]), pick(rng, FIRST).upper(), rng.randint(40, 99), rng.randint(1, 12), rng.randint(1, 28), pick(rng, ["F", "M"])),
         "PV1|1|O|%s^^^MAIN||||%d^%s^%s" % (pick(rng, ["RAD", "LAB", "ER"]), rng.randint(1000, 9999), pick(rng, ["JONES", "BAKER"]), pick(rng, FIRST).upper()),
         "IN1|1|%s|%d|%s" % (pick(rng, ["BCBS", "AETNA"]), rng.randint(10000, 99999), pick(rng, ["Blue Cross", "Aetna"]))]
    return "hl7/samples/adt_a04_%s.hl7" % cid, L, "hl7", "message_control_id", "hl7"


def iban_de(rng):
    bban = "%08d%010d" % (rng.randint(10000000, 99999999), rng.randint(0, 9999999999))
    num = int(bban + "131400")
    chk = 98 - num % 97
    return "DE%02d%s" % (chk, bban)


def n_pain001(rng):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">', "  <CstmrCdtTrfInitn>", "    <GrpHdr>",
         "      <MsgId>%s</MsgId>" % ("PAY" + rstr(rng, UPPER_ALNUM, 14)), "      <CreDtTm>%s</CreDtTm>" % ts(rng).rstrip("Z"), "      <NbOfTxs>1</NbOfTxs>",
         "      <InitgPty><Nm>%s GmbH</Nm></InitgPty>" % co(rng).capitalize(), "    </GrpHdr>", "    <PmtInf>", "      <PmtInfId>%s</PmtInfId>" % rstr(rng, UPPER_ALNUM, 16),
         "      <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>" % iban_de(rng), "      <DbtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></DbtrAgt>" % pick(rng, ["DEUTDEFFXXX", "COBADEFFXXX", "BYLADEMM"]),
         "      <CdtTrfTxInf>", "        <PmtId><EndToEndId>%s</EndToEndId><UETR>%s</UETR></PmtId>" % (rstr(rng, UPPER_ALNUM, 20), guid(rng)),
         "        <Amt><InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt></Amt>" % (rng.randint(100, 99999), rng.randint(0, 99)),
         "        <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>" % iban_de(rng), "      </CdtTrfTxInf>", "    </PmtInf>", "  </CstmrCdtTrfInitn>", "</Document>"]
    return "bank/samples/pain001_%s.xml" % hexl(rng, 6), L, "bank", "iban_bic_uetr", "iso20022-xml"


def n_pubkeys(rng):
    k = rng.randrange(4)
    if k == 0:
        L = ["# partner host keys, verified by phone with %s on %s" % (pick(rng, FIRST), ts(rng)[:10])]
        for h in rng.sample(["sftp.acme-bank.com", "b2b.globex.net", "mft.dhl-partner.com", "files.hsbc-h2h.com"], 2):
            L.append("%s %s" % (h, ssh_pub(rsa_key(rng, 1024), "").strip()))
        L += ["# ed25519 keys pending"]
        return "config/known_hosts", L + ["# end"], "sftp", "partner_host_public_key", "known-hosts"
    if k == 1:
        L = ["# public key we registered with the bank (private key lives in the HSM)", ssh_pub(rsa_key(rng), "erp_out@%s" % co(rng))]
        L += ["", "# fingerprint: SHA256:%s" % b64bytes(rng, 32, strip=True), "# rotated: %s" % ts(rng)[:10], "# contact: treasury-it@%s.com" % co(rng)]
        return "keys/bank_h2h_id_rsa.pub", L, "sftp", "our_ssh_public_key", "ssh-public-key"
    if k == 2:
        L = pem_public(rsa_key(rng))
        return pick(rng, ["certs/docusign_public.pem", "jwt/public.pem", "keys/salesforce_jwt_pub.pem"]), L, "docusign", "rsa_public_key", "pem"
    L = fake_cert_lines(rng) + fake_cert_lines(rng)
    return pick(rng, ["as2/partner_%s_sign.cer", "certs/%s_chain.pem"]) % pick(rng, ["walmart", "dhl", "ariba"]), L, "as2", "partner_certificate", "pem"


def n_thumbprints(rng):
    L = ["partners:"]
    for p in rng.sample(["WALMART", "DHLPARTNER", "ARIBAAS2", "HOMEDEPOT", "SIEMENS"], 2):
        L += ["  - as2Id: %s" % p, "    url: https://as2.%s.com:4080/as2" % p.lower(), "    signingCertThumbprint: %s" % hexu(rng, 40),
              "    encryptionCertSha256: %s" % hexl(rng, 64), "    mdn: %s" % pick(rng, ["sync", "async"]), "    compression: %s" % pick(rng, ["true", "false"])]
    L += ["ourCertificate:", "  alias: %s_sign_%d" % (co(rng), rng.randint(2024, 2026)), "  thumbprint: %s" % hexu(rng, 40), "  keyVaultCertificate: https://kv-int-prod.vault.azure.net/certificates/as2-sign"]
    return "as2/partners.yaml", L, "as2", "certificate_thumbprints", "yaml"


def n_ids_config(rng):
    L = ["# tenant and org identifiers (not secrets) for the %s" % pick(rng, ["prod landscape", "UAT landscape"]),
         "salesforce:", "  orgId: %s" % sf_org_id(rng), "  integrationUserId: %s" % sf_id18(rng, "005"), "  consumerKey: %s" % sf_consumer_key(rng),
         "dynamics:", "  tenantId: %s" % guid(rng), "  clientId: %s" % guid(rng), "  auth: ManagedIdentity", "netsuite:", "  accountId: \"%s\"" % ns_account(rng),
         "  subsidiaryId: %d" % rng.randint(1, 40), "servicenow:", "  assignmentGroupSysId: %s" % hexl(rng, 32), "  catalogItemSysId: %s" % hexl(rng, 32),
         "sap:", "  systemId: %s" % sap_sid(rng), "  client: \"%s\"" % sap_client(rng), "  logicalSystem: %sCLNT%s" % (sap_sid(rng), sap_client(rng)),
         "workday:", "  tenant: %s%s" % (co(rng), pick(rng, ["", "_preview"])), "okta:", "  clientId: 0oa%s" % rstr(rng, B62, 17)]
    return "config/landscape-%s.yaml" % env_tag(rng), L, "multi", "tenant_org_ids", "yaml"


def n_snow_updateset(rng):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<unload unload_date="%s">' % ts(rng).replace("T", " ").rstrip("Z"),
         '<sys_remote_update_set action="INSERT_OR_UPDATE">', "<application display_value=\"Global\">global</application>",
         "<name>INT - %s</name>" % pick(rng, ["Jira bridge", "SAP CMDB import", "Workday onboarding"]), "<sys_id>%s</sys_id>" % hexl(rng, 32),
         "<remote_sys_id>%s</remote_sys_id>" % hexl(rng, 32), "<state>loaded</state>", "</sys_remote_update_set>",
         '<sys_update_xml action="INSERT_OR_UPDATE">', "<name>oauth_entity_%s</name>" % hexl(rng, 32), "<payload><![CDATA[<record_update table=\"oauth_entity\"><oauth_entity action=\"INSERT_OR_UPDATE\"><client_id>%s</client_id><client_secret/><name>Jira Cloud</name><sys_id>%s</sys_id></oauth_entity></record_update>]]></payload>" % (hexl(rng, 32), hexl(rng, 32)),
         "<sys_id>%s</sys_id>" % hexl(rng, 32), "</sys_update_xml>", "</unload>"]
    return "servicenow/update_sets/sys_remote_update_set_%s.xml" % hexl(rng, 32), L, "servicenow", "sys_ids_and_empty_secret", "servicenow-xml"


def n_kv_appsettings(rng):
    vals = {"FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
            "ServiceBusConnection__fullyQualifiedNamespace": "sb-%s-%s.servicebus.windows.net" % (co(rng), env_tag(rng)),
            "Dataverse__ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-int-%s.vault.azure.net/secrets/dataverse-client-secret/)" % env_tag(rng),
            "Dataverse__ClientId": guid(rng), "Dataverse__TenantId": guid(rng),
            "NetSuite__TokenSecret": "@Microsoft.KeyVault(VaultName=kv-int-%s;SecretName=netsuite-token-secret)" % env_tag(rng),
            "Sftp__Password": "@Microsoft.KeyVault(SecretUri=https://kv-int.vault.azure.net/secrets/sftp-password/%s)" % hexl(rng, 32),
            "APPLICATIONINSIGHTS_CONNECTION_STRING": "InstrumentationKey=%s;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" % guid(rng)}
    L = json.dumps([{"name": k, "value": v, "slotSetting": False} for k, v in vals.items()], indent=2).split("\n")
    return "deploy/appsettings.%s.json" % env_tag(rng), L, "azure", "keyvault_references", "json"


def n_terraform_kv(rng):
    L = ['data "azurerm_key_vault" "int" {', '  name                = "kv-int-%s"' % env_tag(rng), '  resource_group_name = "rg-integration"', "}", "",
         'data "azurerm_key_vault_secret" "sf_consumer_secret" {', '  name         = "sf-consumer-secret"', "  key_vault_id = data.azurerm_key_vault.int.id", "}", "",
         'resource "random_password" "sftp" {', "  length  = 32", "  special = true", "}", "",
         'resource "azurerm_logic_app_standard" "orders" {', '  name = "la-orders-%s"' % env_tag(rng), "  app_settings = {",
         '    "SF_CONSUMER_KEY"    = "%s"' % sf_consumer_key(rng), '    "SF_CONSUMER_SECRET" = data.azurerm_key_vault_secret.sf_consumer_secret.value',
         '    "SFTP_PASSWORD"      = random_password.sftp.result', '    "TENANT_ID"          = "%s"' % guid(rng), "  }", "}"]
    return "infra/logicapps/main.tf", L, "azure", "terraform_secret_references", "terraform"


def n_docs_examples(rng):
    L = ["# Connecting a new partner", "", "1. Ask the partner for their AS2 id and public certificate.",
         "2. Create the app registration and note the **client id** (e.g. `%s`) - it is not secret." % guid(rng),
         "3. Put the client secret into Key Vault, never here. It looks like `abc8Q~...` (40 chars).", "",
         "Example `.env` for local testing:", "", "```", "NETSUITE_ACCOUNT_ID=1234567_SB1", "NETSUITE_TOKEN_SECRET=<64 hex chars from the token page>",
         "SF_CONSUMER_SECRET=<your-consumer-secret>", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "GITHUB_TOKEN=ghp_\u2026%s" % rstr(rng, B62, 4), "ATLASSIAN_API_TOKEN=ATATT3xFfGF0****", "```", "",
         "The JWT from jwt.io (`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`) is fine for unit tests."]
    return "docs/onboarding/new-partner.md", L, "docs", "documentation_examples", "markdown"


def n_test_vectors(rng):
    L = ["import hashlib", "import hmac", "import unittest", "", "from integration.netsuite.oauth1 import sign", "",
         "# RFC 5849 section 1.2 example values", "CONSUMER_SECRET = \"kd94hf93k423kf44\"", "TOKEN_SECRET = \"pfkkdhi9sl3r4s00\"", "",
         "# RFC 4231 test case 1", "HMAC_KEY = bytes.fromhex(\"0b\" * 20)",
         "EXPECTED = \"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7\"", "", "",
         "class SignTest(unittest.TestCase):", "    def test_rfc4231(self):",
         "        self.assertEqual(hmac.new(HMAC_KEY, b\"Hi There\", hashlib.sha256).hexdigest(), EXPECTED)", "",
         "    def test_signature_shape(self):", "        sig = sign(\"GET\", \"https://photos.example.net/photos\", CONSUMER_SECRET, TOKEN_SECRET, nonce=\"%s\")" % hexl(rng, 16),
         "        self.assertEqual(len(sig), 28)", "", "", "if __name__ == \"__main__\":", "    unittest.main()"]
    return "tests/test_oauth1_sign.py", L, "netsuite", "rfc_test_vectors", "python"


def n_lockfile(rng):
    pk = {}
    for name in rng.sample(["jsforce", "axios", "@sap/xssec", "@sap-cloud-sdk/http-client", "netsuite-rest", "ssh2-sftp-client", "xml2js"], 4):
        ver = "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9))
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64bytes(rng, 64)}
    doc = {"name": pick(rng, ["sf-sap-bridge", "edi-gateway"]), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(doc, indent=2).split("\n"), "npm", "integrity_hashes", "json"


def n_postman_collection(rng):
    doc = {"info": {"_postman_id": guid(rng), "name": "NetSuite REST (TBA)", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "oauth1", "oauth1": [{"key": "consumerKey", "value": "{{CONSUMER_KEY}}"}, {"key": "consumerSecret", "value": "{{CONSUMER_SECRET}}"},
                                                 {"key": "token", "value": "{{TOKEN_ID}}"}, {"key": "tokenSecret", "value": "{{TOKEN_SECRET}}"},
                                                 {"key": "realm", "value": ns_account(rng)}, {"key": "signatureMethod", "value": "HMAC-SHA256"}]},
           "item": [{"name": "Get customer", "request": {"method": "GET", "url": "https://{{ACCOUNT}}.suitetalk.api.netsuite.com/services/rest/record/v1/customer/%d" % rng.randint(1000, 99999)}}]}
    return "postman/NetSuite_TBA.postman_collection.json", json.dumps(doc, indent=2).split("\n"), "netsuite", "postman_variables", "postman"


def n_cpi_groovy(rng):
    L = ["import com.sap.gateway.ip.core.customdev.util.Message", "import com.sap.it.api.ITApiFactory", "import com.sap.it.api.securestore.SecureStoreService", "",
         "def Message processData(Message message) {", "    def store = ITApiFactory.getService(SecureStoreService.class, null)",
         "    def cred = store.getUserCredential(\"%s\")" % pick(rng, ["SF_INT_USER", "NETSUITE_TBA", "BANK_SFTP"]),
         "    def auth = \"${cred.getUsername()}:${new String(cred.getPassword())}\".bytes.encodeBase64().toString()",
         "    message.setHeader(\"Authorization\", \"Basic \" + auth)", "    message.setHeader(\"SAP_ApplicationID\", \"%s\")" % ("PO" + str(rng.randint(4500000000, 4599999999))),
         "    return message", "}"]
    return "src/main/resources/script/setBasicAuth.groovy", L, "sap", "secure_store_lookup", "groovy"


def n_ansible_vault(rng):
    L = ["sap_rfc_user: RFC_INT", "sap_ashost: %s" % h_sap(rng), "sap_rfc_password: !vault |", "          $ANSIBLE_VAULT;1.1;AES256"]
    blob = hexl(rng, 64 * rng.randint(5, 9))
    L += ["          " + blob[i:i + 80] for i in range(0, len(blob), 80)]
    L += ["sap_client: \"%s\"" % sap_client(rng)]
    return "ansible/group_vars/%s/sap.yml" % env_tag(rng), L, "ansible", "vault_ciphertext", "yaml"


def n_jwks(rng):
    k = rsa_key(rng)
    n = base64.urlsafe_b64encode(k["n"].to_bytes(256, "big")).decode().rstrip("=")
    doc = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexl(rng, 40), "n": n, "e": "AQAB", "x5t": b64bytes(rng, 20, urlsafe=True, strip=True)}]}
    return "config/partner-jwks.json", json.dumps(doc, indent=2).split("\n"), "openbanking", "jwks_public_key", "json"


def n_masked_log(rng):
    L = []
    for i in range(rng.randint(6, 14)):
        t = ts(rng)
        L.append(pick(rng, ["%s INFO  [sf-sync] POST https://%s/services/oauth2/token client_id=3MVG9%s... client_secret=**** -> 200" % (t, h_sf(rng), rstr(rng, B62, 6)),
                            "%s DEBUG [ns] Authorization: OAuth realm=\"%s\", oauth_consumer_key=\"****%s\", oauth_token=\"****%s\", oauth_signature=\"%s\"" % (t, ns_account(rng), hexl(rng, 4), hexl(rng, 4), "%2B" + b64bytes(rng, 32)[:-1].replace("+", "%2B").replace("/", "%2F") + "%3D"),
                            "%s WARN  [sftp] auth failed for erp_out@sftp.acme-bank.com (password=[REDACTED])" % t,
                            "%s INFO  [sb] sent messageId=%s correlationId=%s" % (t, hexl(rng, 32), guid(rng)),
                            "%s INFO  [wd] ISU_Payroll_Out token refreshed, expires_in=3600, token=eyJ...%s" % (t, rstr(rng, URLSAFE, 4))]))
    return "docs/incidents/%s-sync.log" % ts(rng)[:10], L, "multi", "masked_log_excerpt", "log"


SPECIAL_NEG = [n_sfdx_project, n_sf_connected_app, n_mule_secure, n_sops, n_sealed, n_biztalk, n_dtsx, n_apex_nc, n_x12, n_as2_mdn,
               n_hl7, n_pain001, n_pubkeys, n_pubkeys, n_thumbprints, n_ids_config, n_ids_config, n_snow_updateset, n_kv_appsettings,
               n_terraform_kv, n_docs_examples, n_test_vectors, n_lockfile, n_postman_collection, n_cpi_groovy, n_ansible_vault,
               n_jwks, n_masked_log]


# ------------------------------------------------------------ assembly
def wpick(rng, specs):
    tot = sum(s.weight for s in specs)
    x = rng.random() * tot
    for s in specs:
        x -= s.weight
        if x <= 0:
            return s
    return specs[-1]


def choose_ft(rng, sp, label):
    fts = list(sp.fts)
    if sp.pem and label == "pos":
        fts = [f for f in fts if f not in NO_PEM]
    return pick(rng, fts)


def make_pos(rng, sp):
    ctx = Ctx(rng, sp, "pos")
    sec = sp.secret(rng)
    ctx.sval = sp.wrap(rng, ctx, sec) if sp.wrap else sec
    needle = sec.split("\\n")[0] if sp.pem else sec
    ft = choose_ft(rng, sp, "pos")
    path, L, ftype = RENDER[ft](rng, ctx)
    return path, L, ftype, needle


def make_neg(rng, sp):
    ctx = Ctx(rng, sp, "neg")
    if sp.provider == "aws":
        ctx.fields = [(w, ("AKIAIOSFODNN7EXAMPLE" if rng.random() < 0.5 else Ref("AWS_ACCESS_KEY_ID")) if w == ["access", "key", "id"] else v) for w, v in ctx.fields]
    ft = choose_ft(rng, sp, "neg")
    if sp.pub and rng.random() < 0.25 and ft not in ("pemfile",):
        w, v = sp.pub(rng)
        ctx.fields = [(fw, fv) for fw, fv in ctx.fields if fw != w]
        ctx.skey, ctx.sval, mode = list(w), v, "public_identifier"
        if ft in ("mulexml", "sapnwrfc", "jco", "btpkey", "sfdxurl", "namedcred", "boomi_ext", "dtsconfig", "abap", "expect", "sshpass", "biztalk", "openas2", "mulepom", "kafka", "dbt", "http", "cfn", "awscreds", "logic_workflow", "yaml_pem"):
            ft = pick(rng, ["env", "yaml", "json", "properties", "python"])
    else:
        ctx.sval, mode = neg_slot(rng, ctx, ft)
    path, L, ftype = RENDER[ft](rng, ctx)
    if ft == "pemfile":
        path = path.rsplit(".", 1)[0] + (".pub.pem" if mode == "public_key" else ".crt") if "." in path.split("/")[-1] else path + (".pub" if mode == "public_key" else ".crt")
    return path, L, ftype, mode


def find_line(text, needle):
    i = text.find(needle)
    if i < 0:
        return -1
    return text.count("\n", 0, i) + 1


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1] if False else "usage: gen_ag.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    pos_texts, neg_texts = {}, {}

    def write(rel, lines):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        text = "\n".join(lines) + "\n"
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        return text

    n_pos = n_neg = 500
    for i in range(n_pos):
        for attempt in range(20):
            sp = wpick(rng, SPECS)
            path, L, ftype, needle = make_pos(rng, sp)
            text = "\n".join(L)
            if needle and needle in text and 5 <= len(L) <= 80:
                break
        rel = "pos/p%04d/%s" % (i, path)
        text = write(rel, L)
        pos_texts[rel] = text
        manifest.append({"file": rel, "label": "pos", "provider": sp.provider, "kind": sp.kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": find_line(text, needle)})

    n_special = int(n_neg * 0.3)
    for i in range(n_neg):
        for attempt in range(20):
            if i < n_special:
                path, L, provider, kind, ftype = pick(rng, SPECIAL_NEG)(rng)
            else:
                sp = wpick(rng, SPECS)
                path, L, ftype, mode = make_neg(rng, sp)
                provider, kind = sp.provider, "%s:%s" % (sp.kind, mode)
            if 5 <= len(L) <= 80:
                break
        rel = "neg/n%04d/%s" % (i, path)
        neg_texts[rel] = write(rel, L)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype})

    with open(os.path.join(out, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---------------- self-check
    bad = 0
    for s in secrets:
        text = pos_texts[s["file"]]
        lines = text.split("\n")
        if s["line"] < 1 or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL (needle/line): %s" % s["file"], file=sys.stderr)
            bad += 1
    needles = set(s["needle"] for s in secrets)
    for rel, text in neg_texts.items():
        for nd in needles:
            if nd in text:
                print("SELF-CHECK FAIL (needle in negative): %s contains %r" % (rel, nd[:40]), file=sys.stderr)
                bad += 1
    for rel, text in list(pos_texts.items()) + list(neg_texts.items()):
        n = text.count("\n")
        if n < 5 or n > 80:
            print("SELF-CHECK WARN (line count %d): %s" % (n, rel), file=sys.stderr)

    from collections import Counter
    pos_m = [m for m in manifest if m["label"] == "pos"]
    neg_m = [m for m in manifest if m["label"] == "neg"]
    print("positives: %d  negatives: %d" % (len(pos_m), len(neg_m)))
    print("positive providers (%d):" % len(set(m["provider"] for m in pos_m)), dict(Counter(m["provider"] for m in pos_m).most_common()))
    print("positive provider/kind pairs: %d" % len(set((m["provider"], m["kind"]) for m in pos_m)))
    print("positive kinds:", dict(Counter("%s/%s" % (m["provider"], m["kind"]) for m in pos_m).most_common()))
    print("negative kinds (mode):", dict(Counter(m["kind"].split(":")[-1] for m in neg_m).most_common()))
    ft_all = Counter(m["filetype"] for m in manifest)
    print("file types (%d):" % len(ft_all), dict(ft_all.most_common()))
    print("pos file types: %d  neg file types: %d" % (len(set(m["filetype"] for m in pos_m)), len(set(m["filetype"] for m in neg_m))))
    if bad:
        print("SELF-CHECK FAILED: %d problems" % bad)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
