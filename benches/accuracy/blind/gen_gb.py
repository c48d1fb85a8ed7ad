#!/usr/bin/env python3
"""gen_gb.py - blind evaluation set for secret scanners: HR, payroll and workforce integrations.

EMPHASIS
    Domain: code and configuration that integrates a company with its HR, payroll and
    workforce systems.  Providers: Gusto (OAuth client secrets, organization API tokens,
    refresh tokens, webhook verification tokens), ADP (OAuth client secret + mutual-TLS
    client private key and its PFX/PEM passphrase), BambooHR (API key used as the Basic
    user with password "x"), Rippling (API token), Deel (organization API token),
    Personio (client id/secret, "papi-" prefixed), HiBob (service user id + token, Basic),
    Paylocity (client-credentials secret), UKG Pro (web service account password),
    Namely (personal access token), Justworks (OAuth client secret), Workday RaaS
    (integration system user password), SAP SuccessFactors (OAuth X.509 private key used
    to sign the SAML assertion), Paychex (client secret), Remote.com ("ra_live_" /
    "ra_test_" API tokens), Lattice (API key), Culture Amp (client credentials),
    15Five (API key), Okta (SSWS API token, SCIM bearer tokens for HR-driven
    provisioning), SFTP payroll file drops (passwords and OpenSSH keys), the payroll
    warehouse (Postgres / Snowflake passwords in dbt profiles, Airflow connections).
    File types: Python, Airflow DAGs, Node/TypeScript, C#, Java, Go, PowerShell, shell,
    YAML, JSON, TOML, .properties, XML, .env, Dockerfile, Terraform, dbt profiles.yml,
    CSV exports, SQL, Markdown runbooks, logs, HTTP request files, PEM/OpenSSH key files.

USAGE
    python3 -B gen_gb.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl (file, needle,
    line).  All randomness comes from one random.Random(SEED); output is byte-identical
    for a given SEED.  Standard library only.

NEEDLE CONVENTIONS
    - The needle is the secret value only, exactly as written: no quotes, no variable
      name, no "Bearer "/"Token "/"SSWS "/"Basic " scheme word.
    - URLs with embedded credentials (sftp://user:PASS@host, https://KEY:x@host,
      postgresql://user:PASS@host/db): the needle is the password (or, for BambooHR, the
      API key in the user slot), not the whole URL.
    - Headers: the needle is the header value after the scheme word.  For a hard-coded
      "Authorization: Basic <b64>" header the needle is the base64 blob (it encodes the
      BambooHR key and "x").
    - Id + secret pairs (client id/secret, HiBob service user id/token, ADP client
      id/secret): the needle is the secret half only; the id is innocent context.
    - Multi-line PEM / OpenSSH private keys: the needle is the "-----BEGIN ... PRIVATE
      KEY-----" line, and "line" is that line.  A single-line base64 PKCS#8 key (as put in
      a .properties value) is a needle as a whole.
    - "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    About half re-use positive templates with the secret slot holding a non-secret:
    placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED]), ${VAR}, ${{ secrets.X }}, {{ env_var('X') }},
    vault:/op:// / cloud secret-manager references, providers' documented example values
    (Gusto's example api_token and access_token, Okta's truncated SSWS example, Deel's
    YOUR-TOKEN-HERE, Paylocity's TOKEN_GOES_HERE) and, for key slots, public
    certificates / public keys / placeholder PEM blocks.  .env-named positive templates
    are renamed .env.example when re-used as negatives.  The other half are domain
    look-alikes: employee / company / pay period ids, masked SSNs (***-**-1234), ABA
    routing numbers with valid check digits, NACHA ACH lines, department codes, ADP
    associate OIDs, Workday WIDs, Gusto version hashes, Okta object ids and public
    client ids, UUIDs, request / trace ids, SHA-256 manifests of export files, pip hash
    pins, image digests, commit SHAs, HMAC signatures in fixtures, base64 payloads,
    public certificates, public keys, SAML metadata, known_hosts lines, and code that
    reads secrets from the environment or a secret manager.

FORMATS CHECKED (provider documentation and integration guides found with search)
    - Gusto: docs.gusto.com shows "Authorization: Token <api_token>" with a 56-hex-char
      example organization token and 43-char base64url access/refresh tokens
      (expires_in 7200).  Examples are used only as negatives; positives are random
      strings of the same shape.
    - BambooHR: API key is sent as the HTTP Basic user name with any password ("x").
    - HiBob: service user ID is the Basic user name, service user token the password.
    - Personio: /v1/auth exchanges client id + secret for a bearer token with a 'papi-'
      prefix; a Personio v2 client README shows client_id/client_secret as "papi-...".
    - Deel: organization / personal tokens used as "Authorization: Bearer".
    - Okta: "Authorization: SSWS 00QCjAl4MlV-WPXM...0HmjFx-vbGua" (doc example, truncated).
    - Remote.com: production tokens start with ra_live_, sandbox tokens with ra_test_.
    - ADP: OAuth client id + secret plus a mutual-TLS client certificate; private key
      generated with "openssl genrsa ... 2048"; PEM "BEGIN PRIVATE KEY" / "BEGIN RSA
      PRIVATE KEY" both seen in integration guides.
    - SAP SuccessFactors: OAuth client "API key" + X.509 key pair; the private key signs
      a SAML assertion exchanged at /oauth/token.
    - Paylocity: OAuth2 client credentials; secret rotated every 365 days.
    - UKG Pro: web service account user name + generated password + customer API key.
    - Workday RaaS: ISU user name/password via HTTP Basic, URLs
      https://HOST/ccx/service/customreport2/TENANT/OWNER/REPORT?format=json.
    - Lattice: API key as Bearer.  Culture Amp: OAuth client credentials.
      Namely: personal access tokens as Bearer.

DOUBTS
    - Exact lengths / alphabets are NOT documented publicly for: Gusto client secrets
      (assumed 43-char base64url like the documented access tokens), ADP client secrets
      (assumed GUID form), BambooHR keys (assumed 40 hex), Rippling tokens (assumed 64
      alnum), Deel tokens (assumed 64 alnum), Personio secrets after "papi-" (assumed 48
      alnum), HiBob tokens (assumed 40 alnum) and service user ids (assumed SERVICE-NNNN),
      Paylocity secrets (assumed 88-char base64), Paychex ids/secrets (assumed 32 alnum),
      Remote tokens after the prefix (assumed 40 alnum), Lattice keys (assumed 64 hex),
      Culture Amp secrets (assumed 48 base64url), 15Five keys (assumed 40 hex), Namely
      tokens (assumed 64 alnum), Justworks secrets (assumed 48 base64url), Okta SSWS
      tokens (assumed "00" + 40 base64url = 42 chars), Gusto webhook verification tokens
      (assumed 32 hex).  Scanners keyed on context words will still see them; scanners
      keyed on exact shapes may not.
    - UKG customer API keys / user API keys are identifiers rather than secrets and are
      left out.  The SuccessFactors OAuth "API key" (the client id) appears only as
      innocent context next to the private key; OAuth client ids (Gusto, ADP, Paychex,
      Paylocity, Personio papi-<uuid>) likewise appear as labelled context and could
      draw findings from scanners that do not read the variable name.
    - Positional secrets (C# X509Certificate2 password, Deel client constructor, sshpass
      -p, Culture Amp NewClient) carry no variable name by design.
    - Generated private keys have a realistic DER prefix but random bodies (not valid
      keys); a scanner that parses keys would reject them.
    - Search results included a GitGuardian detector page (Okta) and a skills/marketplace
      page; neither was used for formats.
"""
import base64
import hashlib
import json
import os
import struct
import sys
import random

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n):
    """Random string that contains at least one upper, lower and digit (if alphabet allows)."""
    while True:
        s = rs(r, alphabet, n)
        need = []
        if any(c in alphabet for c in UPPER):
            need.append(any(c in UPPER for c in s))
        if any(c in alphabet for c in LOWER):
            need.append(any(c in LOWER for c in s))
        if any(c in alphabet for c in DIGITS):
            need.append(any(c in DIGITS for c in s))
        if all(need):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def sub(tpl, **kw):
    """Replace @KEY@ markers (only the keys given)."""
    for k, v in kw.items():
        tpl = tpl.replace("@" + k + "@", v)
    return tpl


def uuid4(r):
    h = [r.choice(HEX) for _ in range(32)]
    h[12] = "4"
    h[16] = r.choice("89ab")
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def b64wrap(b, w=64):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


# ---------------------------------------------------------------- secret generators

def g_hex(n):
    return lambda r: rs(r, HEX, n)


def g_alnum(n):
    return lambda r: mixed(r, ALNUM, n)


def g_b64url(n):
    return lambda r: mixed(r, B64URL, n)


def g_gusto_api_token(r):
    return rs(r, HEX, 56)


def g_adp_secret(r):
    return uuid4(r)


def g_personio_secret(r):
    return "papi-" + mixed(r, ALNUM, 48)


def g_paylocity_secret(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def g_remote_live(r):
    return "ra_live_" + mixed(r, ALNUM, 40)


def g_remote_test(r):
    return "ra_test_" + mixed(r, ALNUM, 40)


def g_okta(r):
    return "00" + mixed(r, B64URL, 40)


SYMS = "!#%*-_=+.~^"
WORDS = ["maple", "harbor", "copper", "lantern", "meadow", "falcon", "granite", "willow",
         "cobalt", "summit", "orchid", "tundra", "ember", "quartz", "saffron", "juniper",
         "pepper", "canyon", "velvet", "glacier"]


def g_password(r):
    style = r.randrange(4)
    if style == 0:
        while True:
            s = mixed(r, ALNUM + SYMS, r.randint(16, 24))
            if any(c in SYMS for c in s) and s[0] not in "-=+.~^#":
                return s
    if style == 1:
        w = [r.choice(WORDS).capitalize() for _ in range(3)]
        return r.choice("-.!_").join(w) + str(r.randint(10, 99))
    if style == 2:
        return (r.choice(["Payroll", "Workday", "Hr", "Isu", "Sftp", "Benefits"]) +
                r.choice(["Spring", "Summer", "Autumn", "Winter", "Q1", "Q3"]) +
                str(r.randint(2021, 2025)) + r.choice("!#%*") + rs(r, ALNUM, 4))
    return mixed(r, ALNUM, r.randint(14, 20)) + r.choice("!#%*") + rs(r, DIGITS, 2)


def g_url_password(r):
    """Password that needs no percent-encoding inside a URL."""
    while True:
        s = mixed(r, ALNUM + "-_.~", r.randint(16, 24))
        if s[0] in ALNUM and any(c in "-_.~" for c in s):
            return s


# ---------------------------------------------------------------- key material

def _der_rsa_pkcs8(r):
    pre = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a302010002820101")
    body = b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rbytes(r, 255) + bytes.fromhex("0203010001") + \
        bytes.fromhex("02820100") + rbytes(r, 256)
    der = pre + body
    return der + rbytes(r, 1217 - len(der))


def _der_rsa_pkcs1(r):
    pre = bytes.fromhex("308204a402010002820101")
    body = b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rbytes(r, 255) + bytes.fromhex("0203010001") + \
        bytes.fromhex("02820101") + b"\x00" + rbytes(r, 256)
    der = pre + body
    return der + rbytes(r, 1192 - len(der))


def _der_ec(r):
    return (bytes.fromhex("30770201010420") + rbytes(r, 32) +
            bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64))


def pem_private(r, kind=None):
    kind = kind or r.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
    if kind == "RSA PRIVATE KEY":
        der = _der_rsa_pkcs1(r)
    elif kind == "EC PRIVATE KEY":
        der = _der_ec(r)
    else:
        der = _der_rsa_pkcs8(r)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, b64wrap(der), kind)


def pkcs8_oneline(r):
    return base64.b64encode(_der_rsa_pkcs8(r)).decode()


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_private(r, comment):
    pk = rbytes(r, 32)
    sk = rbytes(r, 32)
    pub = _sshstr(b"ssh-ed25519") + _sshstr(pk)
    chk = rbytes(r, 4)
    priv = chk + chk + _sshstr(b"ssh-ed25519") + _sshstr(pk) + _sshstr(sk + pk) + _sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") +
            struct.pack(">I", 1) + _sshstr(pub) + _sshstr(priv))
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----"
            % b64wrap(blob, 70))


def ssh_ed25519_pub(r):
    return base64.b64encode(_sshstr(b"ssh-ed25519") + _sshstr(rbytes(r, 32))).decode()


def pem_certificate(r):
    der = bytes.fromhex("3082037d30820265a0030201020214") + rbytes(r, 20) + \
        bytes.fromhex("300d06092a864886f70d01010b0500") + rbytes(r, 897 - 50)
    return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % b64wrap(der)


def pem_public(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a02820101") + \
        b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rbytes(r, 255) + bytes.fromhex("0203010001")
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % b64wrap(der)


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + ln if ln else ln for ln in text.split("\n"))


# ---------------------------------------------------------------- context helpers

COMPANIES = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay", "wonka",
             "soylent", "tyrell", "cyberdyne", "dunder", "bluth", "prestige", "oceanic", "stark"]
FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Farah", "Gabe", "Hana", "Ivan", "Jia", "Kofi",
         "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tomas", "Uma", "Wei"]
LAST = ["Alvarez", "Baker", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito",
        "Jensen", "Kowalski", "Lopez", "Mensah", "Nguyen", "Okafor", "Patel", "Rossi", "Silva",
        "Tanaka", "Umar", "Varga", "Weber"]
DEPTS = ["ENG-100", "ENG-140", "FIN-210", "HR-300", "OPS-410", "SLS-520", "MKT-610", "LGL-700",
         "CS-810", "IT-120"]
LOCATIONS = ["Austin, TX", "Denver, CO", "Remote - US", "Berlin, DE", "Toronto, ON", "Dublin, IE",
             "Chicago, IL", "Lisbon, PT"]
OWNERS = ["people-eng", "hr-systems", "payroll-platform", "workforce-data", "it-identity"]


def co(r):
    return r.choice(COMPANIES)


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def date(r, y0=2023, y1=2025):
    return "%d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                       r.randint(0, 999))


def emp_id(r):
    return r.choice(["E", "EMP", "", "W"]) + str(r.randint(10000, 99999))


def aba(r):
    while True:
        d = [int(c) for c in "%02d" % r.choice(list(range(1, 13)) + list(range(21, 33)))]
        d += [r.randrange(10) for _ in range(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        d.append((10 - s % 10) % 10)
        return "".join(map(str, d))


def aoid(r):
    return r.choice("GT") + rs(r, UPPER + DIGITS, 15)


def okta_id(r, prefix):
    return prefix + mixed(r, ALNUM, 17)


def sha256_hex(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def sha1_hex(r):
    return hashlib.sha1(rbytes(r, 20)).hexdigest()


# ---------------------------------------------------------------- template registry

class Tpl(object):
    def __init__(self, fn, provider, kind, gen, fill, env, docs):
        self.fn = fn
        self.name = fn.__name__
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.fill = fill
        self.env = env
        self.docs = docs


POS = []


def pos(provider, kind, gen, fill="code", env="API_TOKEN", docs=()):
    def deco(fn):
        POS.append(Tpl(fn, provider, kind, gen, fill, env, tuple(docs)))
        return fn
    return deco


# documented example values (negatives only)
DOC_GUSTO_API_TOKEN = "bbb286ff1a4fe6b84742b0d49b8d0d65bd0208d27d3d50333591df71"
DOC_GUSTO_ACCESS = "JKrGqRyrYfY1PB0YhsuRkbrrWBJ5iSUODDNA28D3yMc"
DOC_GUSTO_REFRESH = "T0jHy4Oc3FWi7hDPEMPdpbGiLpB0rWeb1ZJOJVB36oU"
DOC_OKTA = "00QCjAl4MlV-WPXM...0HmjFx-vbGua"
DOC_DEEL = "YOUR-TOKEN-HERE"
DOC_PAYLOCITY = "TOKEN_GOES_HERE"
DOC_PERSONIO = "papi-..."

PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "****************", "[REDACTED]", "REPLACE_ME", "<secret>", "TODO-set-in-vault",
                "dummy", "<paste-token-here>", "your-token", "********", "XXXXXXXXXXXXXXXX",
                "placeholder", "<redacted>", "not-set", "<CLIENT_SECRET>", "set-me", "xxxx-xxxx-xxxx-xxxx"]
XML_SAFE = [p for p in PLACEHOLDERS if "<" not in p]
URL_SAFE = ["changeme", "REDACTED", "xxxxxxxx", "PASSWORD", "****", "password", "secret", "CHANGE_ME"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REDACTED***", "[FILTERED]", "(hidden)"]


def secret_refs(r, env):
    low = env.lower().replace("_", "-")
    return [
        "vault:secret/data/hr/%s#value" % low,
        "op://HR-Integrations/%s/credential" % low,
        "arn:aws:secretsmanager:us-east-1:%d:secret:hr/%s-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), low,
                                                               rs(r, ALNUM, 6)),
        "projects/hr-prod/secrets/%s/versions/latest" % low,
        "azurekeyvault://kv-hr-prod/secrets/%s" % low,
        "ssm:/hr/integrations/%s" % low,
    ]


def neg_value(r, t):
    """Return (value, negative-kind) for the secret slot of template t."""
    f = t.fill
    if f == "pem":
        k = r.randrange(5)
        if k < 2:
            return pem_certificate(r), "public_certificate"
        if k < 4:
            return pem_public(r), "public_key"
        return ("-----BEGIN PRIVATE KEY-----\n<paste the private key issued with the certificate here>\n"
                "-----END PRIVATE KEY-----"), "placeholder"
    if f == "pemslot":
        k = r.randrange(3)
        if k == 0:
            return ("-----BEGIN PRIVATE KEY-----\n<paste the private key issued with the certificate here>\n"
                    "-----END PRIVATE KEY-----"), "placeholder"
        if k == 1:
            return "", "empty"
        return r.choice(["<redacted>", "(set by the deploy pipeline from Vault)", "REPLACE_WITH_PRIVATE_KEY"]), "placeholder"
    if f == "ossh":
        if r.random() < 0.6:
            return "ssh-ed25519 " + ssh_ed25519_pub(r) + " payroll-drop@" + co(r), "public_key"
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n(provisioned by ansible from vault: secret/hr/sftp/deploy_key)\n"
                "-----END OPENSSH PRIVATE KEY-----"), "placeholder"
    if f == "b64basic":
        c = r.randrange(3)
        if c == 0:
            return base64.b64encode(b"YOUR_API_KEY:x").decode(), "placeholder"
        if c == 1:
            return "{{bamboohr_basic_auth}}", "template"
        return r.choice(["<base64(api_key:x)>", "xxxxxxxxxxxxxxxx", "****"]), "placeholder"
    opts = []
    for p in PLACEHOLDERS:
        opts.append((p, "placeholder"))
    opts.append(("", "empty"))
    opts.append(("", "empty"))
    for m in MASKED:
        opts.append((m, "masked"))
    if f in ("yaml", "sh", "props", "tf", "toml", "docker", "xml", "json"):
        for _ in range(6):
            opts.append(("${%s}" % t.env, "env_reference"))
    if f == "gha":
        opts = [("${{ secrets.%s }}" % t.env, "env_reference")] * 12 + opts
    if f == "dbt":
        opts = [("{{ env_var('%s') }}" % t.env, "env_reference")] * 12 + opts
    if f in ("code", "yaml", "json", "toml", "props", "tf"):
        for ref in secret_refs(r, t.env):
            opts.append((ref, "secret_manager_reference"))
    if f == "url":
        opts = [(u, "placeholder") for u in URL_SAFE] + [("${%s}" % t.env, "env_reference")] * 4
    if f == "xml":
        opts = [(p, "placeholder") for p in XML_SAFE] + [("${%s}" % t.env, "env_reference")] * 6 + \
            [("${secure::%s}" % t.env.lower(), "secret_manager_reference")] * 3
    if f in ("csv", "log"):
        opts = [(m, "masked") for m in MASKED] + [("", "empty")] * 2 + \
            [("****" + rs(r, HEX, 4), "masked")] * 3
    if f == "sql":
        opts = [(p, "placeholder") for p in ["changeme", "CHANGE_ME_BEFORE_DEPLOY", "********", "xxxxxxxx",
                                             "{{ payroll_etl_password }}", ":'etl_password'"]]
    for d in t.docs:
        for _ in range(5):
            opts.append((d, "doc_example"))
    v, k = r.choice(opts)
    return v, k


# ================================================================ positive templates
# Each returns (relpath, text); S is the secret (or, for negatives, the slot filler).

@pos("gusto", "client_secret", g_b64url(43), "code", "GUSTO_CLIENT_SECRET")
def p_gusto_django(r, S):
    c = co(r)
    return r.choice(["config/settings.py", "portal/settings/base.py", "payroll_portal/settings.py"]), sub('''"""Django settings for the @C@ payroll portal."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["payroll.@C@.internal", "localhost"]
TIME_ZONE = "America/Chicago"
USE_TZ = True

# Gusto embedded payroll (demo environment until go-live)
GUSTO_API_BASE = "https://api.gusto-demo.com"
GUSTO_API_VERSION = "2024-04-01"
GUSTO_CLIENT_ID = "@CID@"
GUSTO_CLIENT_SECRET = "@S@"
GUSTO_REDIRECT_URI = "https://payroll.@C@.internal/oauth/gusto/callback"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "payroll_portal",
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PORT": 5432,
    }
}

LOGGING = {"version": 1, "root": {"level": "INFO"}}
''', C=c, CID=mixed(r, B64URL, 43), S=S)


@pos("gusto", "api_token", g_gusto_api_token, "code", "GUSTO_API_TOKEN", docs=[DOC_GUSTO_API_TOKEN])
def p_gusto_header(r, S):
    return r.choice(["scripts/gusto_create_company.py", "tools/onboard_partner_company.py"]), sub('''#!/usr/bin/env python3
"""Create a partner-managed company in Gusto for a newly signed customer."""
import json
import sys

import requests

GUSTO = "https://api.gusto.com"


def create_partner_company(payload):
    resp = requests.post(
        GUSTO + "/v1/partner_managed_companies",
        json=payload,
        headers={
            "Authorization": "Token @S@",
            "Content-Type": "application/json",
            "X-Gusto-API-Version": "2024-04-01",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        body = json.load(fh)
    out = create_partner_company(body)
    print("company_uuid:", out["company_uuid"])
''', S=S)


@pos("gusto", "client_secret", g_b64url(43), "code", "GUSTO_CLIENT_SECRET")
def p_gusto_ts_ctor(r, S):
    c = co(r)
    return r.choice(["src/integrations/gusto/client.ts", "apps/api/src/payroll/gusto.ts"]), sub('''import { GustoClient } from "./gustoClient";
import { logger } from "../../lib/logger";

// OAuth app registered in the Gusto developer portal (owner: @O@)
export const gusto = new GustoClient({
  baseUrl: process.env.NODE_ENV === "production" ? "https://api.gusto.com" : "https://api.gusto-demo.com",
  clientId: "@CID@",
  clientSecret: "@S@",
  redirectUri: "https://app.@C@.com/integrations/gusto/callback",
  apiVersion: "2024-04-01",
});

export async function listEmployees(companyUuid: string) {
  logger.info({ companyUuid }, "fetching gusto employees");
  return gusto.get(`/v1/companies/${companyUuid}/employees`);
}
''', C=c, O=r.choice(OWNERS), CID=mixed(r, B64URL, 43), S=S)


@pos("gusto", "client_secret", g_b64url(43), "yaml", "GUSTO_CLIENT_SECRET")
def p_gusto_yaml(r, S):
    return r.choice(["config/integrations/gusto.yml", "config/gusto.yaml"]), sub('''# Gusto App Integrations
gusto:
  environment: production
  base_url: https://api.gusto.com
  api_version: "2024-04-01"
  client_id: @CID@
  client_secret: @S@
  redirect_uri: https://hr.@C@.com/auth/gusto/callback
  scopes:
    - employees:read
    - payrolls:read
    - companies:read
  sync:
    schedule: "15 2 * * *"
    page_size: 100
''', C=co(r), CID=mixed(r, B64URL, 43), S=S)


@pos("gusto", "refresh_token", g_b64url(43), "json", "GUSTO_REFRESH_TOKEN", docs=[DOC_GUSTO_REFRESH])
def p_gusto_token_store(r, S):
    return r.choice(["var/gusto/token_store.json", "data/oauth/gusto_company.json"]), sub('''{
  "provider": "gusto",
  "company_uuid": "@U@",
  "company_name": "@N@",
  "refresh_token": "@S@",
  "scope": "employees:read payrolls:read companies:read",
  "updated_at": "@T@"
}
''', U=uuid4(r), N=co(r).capitalize() + " Inc.", S=S, T=ts(r))


@pos("gusto", "signing_secret", g_hex(32), "code", "GUSTO_WEBHOOK_VERIFICATION_TOKEN")
def p_gusto_webhook(r, S):
    return r.choice(["src/webhooks/gusto.ts", "services/hooks/src/gusto.ts"]), sub('''import crypto from "node:crypto";
import type { Request, Response } from "express";

const GUSTO_WEBHOOK_VERIFICATION_TOKEN = "@S@";

export function verifyGustoSignature(req: Request & { rawBody: Buffer }): boolean {
  const signature = req.header("X-Gusto-Signature") ?? "";
  const digest = crypto
    .createHmac("sha256", GUSTO_WEBHOOK_VERIFICATION_TOKEN)
    .update(req.rawBody)
    .digest("hex");
  return signature.length === digest.length &&
    crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(digest));
}

export function handleGustoEvent(req: Request & { rawBody: Buffer }, res: Response) {
  if (!verifyGustoSignature(req)) return res.status(401).end();
  // event_type examples: employee.created, payroll.processed
  res.status(200).json({ received: true });
}
''', S=S)


@pos("gusto", "refresh_token", g_b64url(43), "log", "GUSTO_REFRESH_TOKEN")
def p_gusto_log(r, S):
    t1, t2 = ts(r), ts(r)
    u = uuid4(r)
    return r.choice(["logs/gusto-sync.log", "var/log/payroll/gusto_refresh.log"]), sub('''@T1@ INFO  gusto.sync starting company sync company_uuid=@U@
@T1@ INFO  gusto.http GET /v1/companies/@U@/employees status=401 request_id=@R1@
@T1@ WARN  gusto.auth access token expired, refreshing
@T2@ DEBUG gusto.auth POST /oauth/token grant_type=refresh_token refresh_token=@S@ redirect_uri=https://hr.example.com/cb
@T2@ INFO  gusto.auth token refreshed expires_in=7200
@T2@ INFO  gusto.http GET /v1/companies/@U@/employees status=200 request_id=@R2@ count=@N@
@T2@ INFO  gusto.sync done upserted=@N@ skipped=0
''', T1=t1, T2=t2, U=u, R1=uuid4(r), R2=uuid4(r), S=S, N=str(r.randint(12, 480)))


@pos("adp", "passphrase", g_password, "code", "ADP_PFX_PASSWORD")
def p_adp_cs_pfx(r, S):
    return r.choice(["src/Payroll.Adp/AdpHttpClientFactory.cs", "Integrations/Adp/AdpClientFactory.cs"]), sub('''using System;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;

namespace @N@.Payroll.Adp;

public static class AdpHttpClientFactory
{
    private const string TokenUrl = "https://accounts.adp.com/auth/oauth/v2/token";

    public static HttpClient Create()
    {
        var handler = new HttpClientHandler();
        var cert = new X509Certificate2("certs/adp_mtls.pfx", "@S@", X509KeyStorageFlags.MachineKeySet);
        handler.ClientCertificates.Add(cert);
        return new HttpClient(handler) { BaseAddress = new Uri("https://api.adp.com/") };
    }
}
''', N=co(r).capitalize(), S=S)


@pos("adp", "passphrase", g_password, "code", "ADP_PFX_PASSWORD")
def p_adp_ps1(r, S):
    return r.choice(["scripts/adp/Import-AdpCertificate.ps1", "ops/Install-AdpMtlsCert.ps1"]), sub('''<#
.SYNOPSIS
  Installs the ADP API Central mutual-TLS certificate on the integration server.
#>
[CmdletBinding()]
param(
    [string]$PfxPath = (Join-Path $PSScriptRoot "..\\..\\certs\\adp_client.pfx")
)

$ErrorActionPreference = "Stop"
$pfxPass = ConvertTo-SecureString -String "@S@" -Force -AsPlainText
$cert = Import-PfxCertificate -FilePath $PfxPath -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPass
Write-Host "Imported ADP client certificate $($cert.Thumbprint), expires $($cert.NotAfter)"
''', S=S)


@pos("adp", "client_secret", g_adp_secret, "props", "ADP_CLIENT_SECRET")
def p_adp_props(r, S):
    return r.choice(["src/main/resources/adp.properties", "conf/adp-connector.properties"]), sub('''# ADP Workforce Now connector
adp.api.base-url=https://api.adp.com
adp.token.url=https://accounts.adp.com/auth/oauth/v2/token
adp.client.id=@CID@
adp.client.secret=@S@
adp.mtls.keystore=classpath:certs/adp-client.p12
adp.mtls.keystore-type=PKCS12
adp.workers.page-size=100
adp.workers.fields=workerID,person/legalName,workAssignments/positionID
''', CID=uuid4(r), S=S)


@pos("adp", "private_key", lambda r: pem_private(r, r.choice(["PRIVATE KEY", "RSA PRIVATE KEY"])), "pem",
     "ADP_MTLS_KEY")
def p_adp_keyfile(r, S):
    return "certs/adp/%s_auth.key" % co(r), S + "\n"


@pos("adp", "private_key", lambda r: pem_private(r, "PRIVATE KEY"), "pemslot", "ADP_MTLS_KEY")
def p_adp_helm(r, S):
    c = co(r)
    return r.choice(["deploy/helm/adp-connector/values.yaml", "charts/adp-sync/values-prod.yaml"]), sub('''replicaCount: 1
image:
  repository: ghcr.io/@C@/adp-connector
  tag: "1.8.3"

adp:
  apiBase: https://api.adp.com
  clientIdSecretRef: adp-oauth      # client id/secret come from the adp-oauth Secret
  mtls:
    certificate: |
@CERT@
    privateKey: |
@KEY@

resources:
  limits:
    cpu: 500m
    memory: 256Mi
''', C=c, CERT=indent(pem_certificate(r), 6), KEY=indent(S, 6))


@pos("adp", "client_secret", g_adp_secret, "code", "ADP_CLIENT_SECRET")
def p_adp_py(r, S):
    return r.choice(["integrations/adp/config.py", "hr_sync/adp/settings.py"]), sub('''"""ADP Workforce Now API settings."""
from pathlib import Path

CERT_DIR = Path(__file__).resolve().parent / "certs"

ADP_TOKEN_URL = "https://accounts.adp.com/auth/oauth/v2/token"
ADP_API_BASE = "https://api.adp.com"
ADP_CLIENT_ID = "@CID@"
ADP_CLIENT_SECRET = "@S@"
ADP_CERT = (str(CERT_DIR / "adp_client.pem"), str(CERT_DIR / "adp_client.key"))

WORKER_FIELDS = [
    "workers/associateOID",
    "workers/workerID/idValue",
    "workers/person/legalName",
    "workers/workAssignments/positionID",
]
''', CID=uuid4(r), S=S)


@pos("adp", "client_secret", g_adp_secret, "code", "ADP_CLIENT_SECRET")
def p_adp_go(r, S):
    return r.choice(["internal/adp/auth.go", "pkg/payroll/adp/token.go"]), sub('''package adp

import (
	"context"
	"crypto/tls"
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// NewClient returns an HTTP client that presents the ADP mTLS certificate and
// injects a client-credentials token.
func NewClient(ctx context.Context, cert tls.Certificate) *http.Client {
	base := &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12},
	}}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, base)
	cfg := clientcredentials.Config{
		ClientID:     "@CID@",
		ClientSecret: "@S@",
		TokenURL:     "https://accounts.adp.com/auth/oauth/v2/token",
	}
	return cfg.Client(ctx)
}
''', CID=uuid4(r), S=S)


@pos("adp", "passphrase", g_password, "code", "ADP_KEY_PASSPHRASE")
def p_adp_node_agent(r, S):
    return r.choice(["src/adp/httpsAgent.js", "lib/adp/agent.js"]), sub('''"use strict";

const fs = require("fs");
const path = require("path");
const https = require("https");

const certDir = path.join(__dirname, "..", "..", "certs");

// ADP requires mutual TLS on every call, including the token request.
module.exports = new https.Agent({
  cert: fs.readFileSync(path.join(certDir, "adp_client.pem")),
  key: fs.readFileSync(path.join(certDir, "adp_client.key")),
  passphrase: "@S@",
  keepAlive: true,
  maxSockets: 8,
});
''', S=S)


@pos("bamboohr", "api_key", g_hex(40), "code", "BAMBOOHR_API_KEY")
def p_bamboo_tuple(r, S):
    c = co(r)
    return r.choice(["jobs/bamboohr_directory.py", "etl/extract/bamboohr.py"]), sub('''import csv
import sys

import requests

SUBDOMAIN = "@C@"
URL = "https://api.bamboohr.com/api/gateway.php/%s/v1/employees/directory" % SUBDOMAIN


def fetch_directory():
    resp = requests.get(URL, auth=("@S@", "x"), headers={"Accept": "application/json"}, timeout=60)
    resp.raise_for_status()
    return resp.json()["employees"]


def main(out_path):
    rows = fetch_directory()
    with open(out_path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "displayName", "department", "location"])
        w.writeheader()
        for e in rows:
            w.writerow({k: e.get(k, "") for k in w.fieldnames})


if __name__ == "__main__":
    main(sys.argv[1])
''', C=c, S=S)


@pos("bamboohr", "api_key", g_hex(40), "sh", "BAMBOOHR_API_KEY")
def p_bamboo_md(r, S):
    c = co(r)
    return r.choice(["docs/runbooks/bamboohr.md", "docs/hr/bamboohr-troubleshooting.md"]), sub('''# BambooHR integration runbook

Owner: @O@ - escalation: #hr-systems

## Symptoms
- New hires missing from the directory sync
- `403 Forbidden` in the `bamboohr-sync` job logs

## Check the API directly

```bash
curl -s -u "@S@:x" \\
  -H "Accept: application/json" \\
  "https://api.bamboohr.com/api/gateway.php/@C@/v1/employees/directory" | jq '.employees | length'
```

The number should match the active headcount in the BambooHR dashboard.

## Fix
1. Confirm the integration user still has the "API access" permission.
2. Re-run the job: `make sync-bamboohr`.
''', O=r.choice(OWNERS), C=c, S=S)


@pos("bamboohr", "api_key", g_hex(40), "url", "BAMBOOHR_API_KEY")
def p_bamboo_url(r, S):
    c = co(r)
    return r.choice(["config/sources.yml", "ingest/sources/hr.yaml"]), sub('''sources:
  - name: bamboohr_custom_report
    type: http
    format: json
    url: https://@S@:x@api.bamboohr.com/api/gateway.php/@C@/v1/reports/custom?format=JSON
    schedule: "0 */6 * * *"
    fields: [id, employeeNumber, firstName, lastName, department, hireDate, status]
  - name: holidays
    type: http
    url: https://date.nager.at/api/v3/PublicHolidays/2025/US
    schedule: "@weekly"
''', C=c, S=S)


@pos("bamboohr", "api_key", g_hex(40), "sh", "BAMBOOHR_API_KEY")
def p_bamboo_env(r, S):
    c = co(r)
    return r.choice([".env", ".env.local"]), sub('''# local development settings for hr-sync
APP_ENV=development
LOG_LEVEL=debug
PORT=8080
BAMBOOHR_SUBDOMAIN=@C@
BAMBOOHR_API_KEY=@S@
SYNC_BATCH_SIZE=200
TZ=America/Denver
''', C=c, S=S)


@pos("bamboohr", "api_key", lambda r: base64.b64encode((rs(r, HEX, 40) + ":x").encode()).decode(),
     "b64basic", "BAMBOOHR_BASIC")
def p_bamboo_http(r, S):
    c = co(r)
    return r.choice(["tests/http/bamboohr.http", "requests/bamboohr.http"]), sub('''### Employee directory
GET https://api.bamboohr.com/api/gateway.php/@C@/v1/employees/directory
Accept: application/json
Authorization: Basic @S@

### Time off requests (next 30 days)
GET https://api.bamboohr.com/api/gateway.php/@C@/v1/time_off/requests/?start=@D1@&end=@D2@
Accept: application/json
''', C=c, S=S, D1=date(r, 2025, 2025), D2=date(r, 2025, 2025))


@pos("rippling", "api_token", g_alnum(64), "code", "RIPPLING_API_KEY")
def p_rippling_ts(r, S):
    return r.choice(["src/config/rippling.ts", "packages/hris/src/rippling/config.ts"]), sub('''// Rippling Platform API - company-scoped key created in the "API Tokens" app
export const RIPPLING_BASE_URL = "https://api.rippling.com/platform/api";
export const RIPPLING_API_KEY = "@S@";

export const RIPPLING_DEFAULT_HEADERS = {
  Accept: "application/json",
  "User-Agent": "@C@-hris-sync/2.3",
};

export const SYNC_ENTITIES = ["employees", "departments", "teams", "work_locations"] as const;
''', S=S, C=co(r))


@pos("rippling", "api_token", g_alnum(64), "tf", "RIPPLING_API_TOKEN")
def p_rippling_tf(r, S):
    return r.choice(["infra/hr-sync/main.tf", "terraform/modules/hris/ssm.tf"]), sub('''terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

resource "aws_ssm_parameter" "rippling" {
  name        = "/hr/integrations/rippling/token"
  description = "Rippling API token used by the hr-sync Lambda"
  type        = "SecureString"
  value       = "@S@"
  tags = {
    owner = "@O@"
  }
}

resource "aws_lambda_function" "hr_sync" {
  function_name = "hr-sync-rippling"
  role          = aws_iam_role.hr_sync.arn
  handler       = "main.handler"
  runtime       = "python3.12"
  filename      = "build/hr_sync.zip"
}
''', S=S, O=r.choice(OWNERS))


@pos("rippling", "api_token", g_alnum(64), "yaml", "RIPPLING_API_TOKEN")
def p_rippling_k8s(r, S):
    return r.choice(["deploy/k8s/rippling-secret.yaml", "k8s/hr-sync/secret.yaml"]), sub('''apiVersion: v1
kind: Secret
metadata:
  name: rippling-credentials
  namespace: hr-sync
  labels:
    app.kubernetes.io/name: hr-sync
    app.kubernetes.io/part-of: workforce-data
type: Opaque
stringData:
  RIPPLING_API_TOKEN: @S@
  RIPPLING_BASE_URL: https://api.rippling.com/platform/api
''', S=S)


@pos("deel", "api_token", g_alnum(64), "code", "DEEL_API_TOKEN", docs=[DOC_DEEL])
def p_deel_py(r, S):
    return r.choice(["sync/contractors.py", "deel_sync/run.py"]), sub('''"""Nightly sync of Deel contracts into the people warehouse."""
import logging

from deel_sync.client import DeelClient
from deel_sync.warehouse import upsert_contracts

log = logging.getLogger(__name__)

deel = DeelClient("@S@", base_url="https://api.letsdeel.com/rest/v2", timeout=30)


def run():
    contracts = list(deel.paginate("/contracts", params={"limit": 150, "statuses[]": "in_progress"}))
    log.info("fetched %d contracts", len(contracts))
    upsert_contracts(contracts)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
''', S=S)


@pos("deel", "api_token", g_alnum(64), "gha", "DEEL_API_TOKEN")
def p_deel_gha(r, S):
    return r.choice([".github/workflows/deel-sync.yml", ".github/workflows/contractors-nightly.yml"]), sub('''name: deel-contractor-sync

on:
  schedule:
    - cron: "30 4 * * *"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      DEEL_API_BASE: https://api.letsdeel.com/rest/v2
      DEEL_API_TOKEN: @S@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m deel_sync.run
''', S=S)


@pos("deel", "api_token", g_alnum(64), "json", "DEEL_API_TOKEN", docs=[DOC_DEEL])
def p_deel_json(r, S):
    return r.choice(["config/integrations.json", "settings/hris.json"]), sub('''{
  "integrations": {
    "deel": {
      "enabled": true,
      "baseUrl": "https://api.letsdeel.com/rest/v2",
      "token": "@S@",
      "pageSize": 150
    },
    "slack": {
      "enabled": true,
      "channel": "#people-ops-alerts"
    }
  },
  "timezone": "UTC"
}
''', S=S)


@pos("deel", "api_token", g_alnum(64), "code", "DEEL_API_TOKEN", docs=[DOC_DEEL])
def p_deel_java(r, S):
    c = co(r)
    return r.choice(["src/main/java/com/%s/hr/deel/DeelConfig.java" % c]), sub('''package com.@C@.hr.deel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

public final class DeelConfig {

    public static final URI BASE_URI = URI.create("https://api.letsdeel.com/rest/v2/");
    private static final String DEEL_API_TOKEN = "@S@";

    private DeelConfig() {
    }

    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(BASE_URI.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + DEEL_API_TOKEN);
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }
}
''', C=c, S=S)


@pos("personio", "client_secret", g_personio_secret, "code", "PERSONIO_CLIENT_SECRET", docs=[DOC_PERSONIO])
def p_personio_dag(r, S):
    return r.choice(["dags/personio_employees.py", "airflow/dags/hr/personio_sync.py"]), sub('''from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator

from plugins.hooks.personio import PersonioHook

default_args = {"owner": "@O@", "retries": 2, "retry_delay": timedelta(minutes=10)}


def extract_persons(**context):
    hook = PersonioHook(
        client_id="papi-@CID@",
        client_secret="@S@",
        app_id="@C@_PEOPLE_WAREHOUSE",
    )
    rows = hook.list_persons(status="ACTIVE")
    context["ti"].xcom_push(key="count", value=len(rows))
    hook.dump_to_gcs(rows, "gs://@C@-hr-raw/personio/persons/{{ ds }}.jsonl")


with DAG(
    dag_id="personio_employees",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
    tags=["hr", "personio"],
) as dag:
    PythonOperator(task_id="extract_persons", python_callable=extract_persons)
''', O=r.choice(OWNERS), CID=uuid4(r), C=co(r).upper(), S=S)


@pos("personio", "client_secret", g_personio_secret, "code", "PERSONIO_CLIENT_SECRET")
def p_personio_ts(r, S):
    return r.choice(["src/config/personio.ts", "server/hris/personioConfig.ts"]), sub('''export const personioConfig = {
  baseUrl: "https://api.personio.de",
  authPath: "/v2/auth/token",
  PERSONIO_CLIENT_ID: "papi-@CID@",
  PERSONIO_CLIENT_SECRET: "@S@",
  partnerId: "@C@",
  appId: "@C@_ABSENCE_SYNC",
  tokenTtlSeconds: 86400,
};

export type PersonioConfig = typeof personioConfig;
''', CID=uuid4(r), C=co(r).upper(), S=S)


@pos("personio", "client_secret", g_personio_secret, "toml", "PERSONIO_CLIENT_SECRET")
def p_personio_toml(r, S):
    return r.choice(["config/personio.toml", "hr_export/settings.toml"]), sub('''[app]
name = "absence-export"
log_level = "info"

[personio]
base_url = "https://api.personio.de/v1"
client_id = "papi-@CID@"
client_secret = "@S@"
partner_id = "@C@"

[export]
output_dir = "./output"
include_documents = false
cron = "0 2 * * *"
''', CID=uuid4(r), C=co(r).upper(), S=S)


def g_hibob_token(r):
    return mixed(r, ALNUM, 40)


@pos("hibob", "api_token", g_hibob_token, "code", "HIBOB_SERVICE_USER_TOKEN")
def p_hibob_py(r, S):
    return r.choice(["hr_sync/hibob.py", "connectors/hibob/client.py"]), sub('''import requests
from requests.auth import HTTPBasicAuth

BOB_API = "https://api.hibob.com/v1"
SESSION = requests.Session()
SESSION.auth = HTTPBasicAuth("SERVICE-@ID@", "@S@")
SESSION.headers.update({"Accept": "application/json"})


def search_people(fields=("root.id", "root.email", "work.department", "work.startDate")):
    body = {"fields": list(fields), "showInactive": False}
    resp = SESSION.post(BOB_API + "/people/search", json=body, timeout=60)
    resp.raise_for_status()
    return resp.json()["employees"]
''', ID=str(r.randint(1000, 99999)), S=S)


@pos("hibob", "api_token", g_hibob_token, "yaml", "HIBOB_SERVICE_USER_TOKEN")
def p_hibob_yaml(r, S):
    return r.choice(["config/hibob.yml", "connectors/hibob/config.yaml"]), sub('''hibob:
  api_base: https://api.hibob.com/v1
  service_user_id: SERVICE-@ID@
  service_user_token: @S@
  people_search:
    show_inactive: false
    fields:
      - root.id
      - root.email
      - work.department
      - work.reportsTo.id
''', ID=str(r.randint(1000, 99999)), S=S)


@pos("hibob", "api_token", g_hibob_token, "code", "HIBOB_SERVICE_USER_TOKEN")
def p_hibob_cs(r, S):
    return r.choice(["src/People.Sync/Bob/BobClient.cs"]), sub('''using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace People.Sync.Bob
{
    public sealed class BobClient
    {
        private const string ServiceUserId = "SERVICE-@ID@";
        private const string BobKey = "@S@";
        private readonly HttpClient _http;

        public BobClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new Uri("https://api.hibob.com/v1/");
            var raw = Encoding.ASCII.GetBytes($"{ServiceUserId}:{BobKey}");
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        }

        public Task<string> GetCompanyFieldsAsync() => _http.GetStringAsync("company/people/fields");
    }
}
''', ID=str(r.randint(1000, 99999)), S=S)


@pos("paylocity", "client_secret", g_paylocity_secret, "json", "Paylocity__ClientSecret", docs=[DOC_PAYLOCITY])
def p_paylocity_appsettings(r, S):
    return r.choice(["src/Payroll.Api/appsettings.Production.json", "appsettings.json"]), sub('''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Paylocity": {
    "TokenUrl": "https://api.paylocity.com/IdentityServer/connect/token",
    "BaseUrl": "https://api.paylocity.com/api/v2",
    "CompanyId": "@CID@",
    "ClientId": "@CLID@",
    "ClientSecret": "@S@"
  },
  "AllowedHosts": "*"
}
''', CID=str(r.randint(10000, 99999)) if r.random() < 0.5 else "M" + str(r.randint(1000, 9999)),
        CLID=mixed(r, ALNUM, 32), S=S)


@pos("paylocity", "client_secret", g_paylocity_secret, "code", "PAYLOCITY_CLIENT_SECRET")
def p_paylocity_java(r, S):
    c = co(r)
    return "src/main/java/com/%s/payroll/PaylocityModule.java" % c, sub('''package com.@C@.payroll;

import com.@C@.payroll.paylocity.PaylocityClient;
import com.@C@.payroll.paylocity.TokenProvider;

public final class PaylocityModule {

    private PaylocityModule() {
    }

    public static PaylocityClient create() {
        TokenProvider tokens = TokenProvider.builder()
                .tokenUrl("https://api.paylocity.com/IdentityServer/connect/token")
                .clientId("@CLID@")
                .clientSecret("@S@")
                .scope("WebLinkAPI")
                .build();
        return new PaylocityClient("https://api.paylocity.com/api/v2", "@CID@", tokens);
    }
}
''', C=c, CLID=mixed(r, ALNUM, 32), S=S, CID=str(r.randint(10000, 99999)))


@pos("ukg", "password", g_password, "code", "UKG_SERVICE_PASSWORD")
def p_ukg_ps1(r, S):
    return r.choice(["scripts/ukg/Export-UkgEmployees.ps1", "Export-UKGPayStatements.ps1"]), sub('''param(
    [string]$OutFile = ".\\ukg_employees.csv"
)

$base = "https://service@N@.ultipro.com/personnel/v1"
$cred = New-Object System.Management.Automation.PSCredential("svc_people_sync", (ConvertTo-SecureString "@S@" -AsPlainText -Force))
$headers = @{ "Accept" = "application/json" }

$page = 1
$all = @()
do {
    $resp = Invoke-RestMethod -Uri "$base/employee-details?page=$page&per_page=200" -Credential $cred -Headers $headers
    $all += $resp
    $page++
} while ($resp.Count -eq 200)

$all | Select-Object employeeNumber, firstName, lastName, orgLevel1Code | Export-Csv -NoTypeInformation $OutFile
''', N=r.choice(["", "2", "5", "t"]), S=S)


@pos("ukg", "password", g_password, "props", "UKG_SERVICE_PASSWORD")
def p_ukg_props(r, S):
    return r.choice(["config/ukg.properties", "src/main/resources/ukg-pro.properties"]), sub('''# UKG Pro web services (service account created under Service Account Administration)
ukg.base-url=https://service@N@.ultipro.com
ukg.service.username=svc_payroll_export
ukg.service.password=@S@
ukg.personnel.path=/personnel/v1/employee-details
ukg.page-size=200
ukg.timeout-seconds=60
''', N=r.choice(["", "2", "5", "t"]), S=S)


@pos("namely", "api_token", g_alnum(64), "code", "NAMELY_ACCESS_TOKEN")
def p_namely_go(r, S):
    c = co(r)
    return r.choice(["internal/namely/client.go", "cmd/namely-export/main.go"]), sub('''package namely

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL     = "https://@C@.namely.com/api/v1"
	namelyToken = "@S@"
)

type Profile struct {
	ID         string `json:"id"`
	Email      string `json:"email"`
	Department string `json:"department"`
}

func FetchProfiles(page int) ([]Profile, error) {
	req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/profiles?page=%d&per_page=50", baseURL, page), nil)
	req.Header.Set("Authorization", "Bearer "+namelyToken)
	req.Header.Set("Accept", "application/json")
	c := &http.Client{Timeout: 30 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct{ Profiles []Profile `json:"profiles"` }
	return out.Profiles, json.NewDecoder(resp.Body).Decode(&out)
}
''', C=c, S=S)


@pos("justworks", "client_secret", g_b64url(48), "code", "JUSTWORKS_CLIENT_SECRET")
def p_justworks_ts(r, S):
    return r.choice(["src/providers/justworks.ts", "apps/worker/src/justworks/oauth.ts"]), sub('''import { OAuthProvider } from "../oauth/provider";

export const JUSTWORKS_CLIENT_ID = "@CID@";
export const JUSTWORKS_CLIENT_SECRET = "@S@";

export const justworks = new OAuthProvider({
  name: "justworks",
  authorizeUrl: "https://secure.justworks.com/oauth/authorize",
  tokenUrl: "https://public-api.justworks.com/oauth/token",
  clientId: JUSTWORKS_CLIENT_ID,
  clientSecret: JUSTWORKS_CLIENT_SECRET,
  scopes: ["company.read", "members.read"],
});
''', CID=uuid4(r), S=S)


def wd_host(r):
    return r.choice(["wd5-services1.myworkday.com", "wd2-impl-services1.workday.com", "wd3-services1.myworkday.com",
                     "wd12-services1.myworkday.com"])


@pos("workday", "password", g_password, "code", "WORKDAY_ISU_PASSWORD")
def p_workday_py(r, S):
    c = co(r)
    return r.choice(["etl/workday/raas_extract.py", "jobs/workday_workers.py"]), sub('''"""Pull the Worker_Export custom report (RaaS) and land it as JSON lines."""
import json

import requests

HOST = "@H@"
TENANT = "@C@"
REPORT_URL = "https://%s/ccx/service/customreport2/%s/ISU_People_Data/Worker_Export" % (HOST, TENANT)


def fetch(effective_date):
    resp = requests.get(
        REPORT_URL,
        params={"format": "json", "Effective_as_of_Date": effective_date},
        auth=("ISU_People_Data", "@S@"),
        timeout=300,
    )
    resp.raise_for_status()
    return resp.json()["Report_Entry"]


def write(rows, path):
    with open(path, "w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\\n")
''', H=wd_host(r), C=c, S=S)


@pos("workday", "password", g_url_password, "url", "WORKDAY_ISU_PASSWORD")
def p_workday_url(r, S):
    c = co(r)
    return r.choice(["config/raas_reports.yaml", "pipelines/workday/reports.yml"]), sub('''reports:
  workers:
    url: https://ISU_HR_Extract:@S@@@H@/ccx/service/customreport2/@C@/ISU_HR_Extract/Worker_Export?format=json
    key: Employee_ID
    schedule: "0 1 * * *"
  org_chart:
    url_path: /ccx/service/customreport2/@C@/ISU_HR_Extract/Supervisory_Orgs?format=json
    key: Organization_ID
    schedule: "0 2 * * 1"
''', S=S, H=wd_host(r), C=c)


@pos("workday", "password", g_password, "xml", "WORKDAY_ISU_PASSWORD")
def p_workday_mule(r, S):
    c = co(r)
    return r.choice(["src/main/mule/workday-config.xml", "mule/workday-raas.xml"]), sub('''<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:http="http://www.mulesoft.org/schema/mule/http"
      xmlns:doc="http://www.mulesoft.org/schema/mule/documentation">

    <http:request-config name="Workday_RaaS" doc:name="Workday RaaS">
        <http:request-connection protocol="HTTPS" host="@H@" port="443">
            <http:authentication>
                <http:basic-authentication username="ISU_Payroll_Integration" password="@S@" />
            </http:authentication>
        </http:request-connection>
    </http:request-config>

    <flow name="pull-payroll-inputs">
        <scheduler>
            <scheduling-strategy><cron expression="0 0 5 * * ?" /></scheduling-strategy>
        </scheduler>
        <http:request method="GET" config-ref="Workday_RaaS"
                      path="/ccx/service/customreport2/@C@/ISU_Payroll_Integration/Payroll_Inputs?format=json" />
    </flow>
</mule>
''', H=wd_host(r), S=S.replace("&", "").replace("<", ""), C=c)


@pos("workday", "password", g_password, "props", "WORKDAY_ISU_PASSWORD")
def p_workday_props(r, S):
    c = co(r)
    return r.choice(["conf/workday.properties", "src/main/resources/workday.properties"]), sub('''# Workday integration system user (ISU) for Reports-as-a-Service
workday.host=@H@
workday.tenant=@C@
workday.isu.username=ISU_Benefits_Feed
workday.isu.password=@S@
workday.report.benefits=customreport2/@C@/ISU_Benefits_Feed/Benefit_Elections
workday.report.format=csv
''', H=wd_host(r), C=c, S=S)


@pos("sap_successfactors", "private_key", lambda r: pem_private(r, r.choice(["PRIVATE KEY", "RSA PRIVATE KEY"])),
     "pem", "SF_PRIVATE_KEY")
def p_sf_pem(r, S):
    return r.choice(["keys/successfactors/oauth_private.pem", "secrets/sfsf/%s_private.pem" % co(r)]), S + "\n"


@pos("sap_successfactors", "private_key", pkcs8_oneline, "props", "SF_PRIVATE_KEY")
def p_sf_props(r, S):
    return r.choice(["src/main/resources/successfactors.properties", "conf/sfsf.properties"]), sub('''# SAP SuccessFactors OData API - OAuth 2.0 SAML bearer assertion
sf.api.server=https://api@N@.successfactors.com
sf.company.id=@CID@
sf.oauth.client-id=@API@
sf.oauth.user-id=sfapi_integration
sf.oauth.private-key=@S@
sf.oauth.token-path=/oauth/token
sf.odata.page-size=500
''', N=r.choice(["4", "5", "8", "12", "17", "55"]), CID=co(r).upper() + "P" + str(r.randint(1, 9)),
        API=base64.b64encode(rs(r, HEX, 30).encode()).decode().rstrip("="), S=S)


@pos("sap_successfactors", "private_key", lambda r: pem_private(r, "RSA PRIVATE KEY"), "pemslot", "SF_PRIVATE_KEY")
def p_sf_py(r, S):
    return r.choice(["sfsf/auth.py", "integrations/successfactors/saml.py"]), sub('''"""Build the SAML assertion SuccessFactors expects at /oauth/token."""
from datetime import datetime, timedelta, timezone

from .signing import sign_assertion

SF_TOKEN_URL = "https://api@N@.successfactors.com/oauth/token"
SF_COMPANY_ID = "@CID@"
SF_PRIVATE_KEY = """@S@"""


def build_assertion(client_id, user_id):
    now = datetime.now(timezone.utc)
    claims = {
        "issuer": "hr-integrations.local",
        "subject": user_id,
        "audience": "www.successfactors.com",
        "not_before": now,
        "not_after": now + timedelta(minutes=10),
        "api_key": client_id,
    }
    return sign_assertion(claims, SF_PRIVATE_KEY)
''', N=r.choice(["4", "5", "8", "12", "17"]), CID=co(r).upper() + "T" + str(r.randint(1, 9)), S=S)


@pos("paychex", "client_secret", g_alnum(32), "yaml", "PAYCHEX_CLIENT_SECRET")
def p_paychex_yaml(r, S):
    return r.choice(["config/paychex.yml", "settings/payroll/paychex.yaml"]), sub('''paychex:
  api_base: https://api.paychex.com
  token_url: https://api.paychex.com/auth/oauth/v2/token
  client_id: @CID@
  client_secret: @S@
  company_display_id: "@DID@"
  workers:
    page_limit: 100
    include_terminated: false
''', CID=mixed(r, ALNUM, 32), S=S, DID=str(r.randint(10000000, 99999999)))


@pos("paychex", "client_secret", g_alnum(32), "code", "PAYCHEX_CLIENT_SECRET")
def p_paychex_cs(r, S):
    return r.choice(["src/Hr.Payroll/Paychex/PaychexRegistration.cs"]), sub('''using Microsoft.Extensions.DependencyInjection;

namespace Hr.Payroll.Paychex;

public static class PaychexRegistration
{
    public static IServiceCollection AddPaychex(this IServiceCollection services)
    {
        services.AddSingleton(_ => new PaychexApiClient(
            baseUrl: "https://api.paychex.com",
            clientId: "@CID@",
            clientSecret: "@S@"));
        services.AddHostedService<PaychexWorkerSyncService>();
        return services;
    }
}
''', CID=mixed(r, ALNUM, 32), S=S)


@pos("remote", "api_token", g_remote_live, "code", "REMOTE_API_TOKEN")
def p_remote_ts(r, S):
    return r.choice(["src/providers/remote/http.ts", "lib/remote.ts"]), sub('''import axios from "axios";

export const remoteApi = axios.create({
  baseURL: "https://gateway.remote.com/v1",
  timeout: 20_000,
  headers: {
    Accept: "application/json",
    Authorization: "Bearer @S@",
  },
});

export async function listEmployments(page = 1) {
  const { data } = await remoteApi.get("/employments", { params: { page, page_size: 50 } });
  return data.data.employments;
}
''', S=S)


@pos("remote", "api_token", g_remote_live, "sh", "REMOTE_API_TOKEN")
def p_remote_sh(r, S):
    return r.choice(["scripts/remote_backfill.sh", "bin/remote-export-timeoff.sh"]), sub('''#!/usr/bin/env bash
set -euo pipefail

export REMOTE_API_BASE="https://gateway.remote.com/v1"
export REMOTE_API_TOKEN=@S@

out="${1:-./remote_timeoff.json}"
curl -sf -H "Authorization: Bearer ${REMOTE_API_TOKEN}" \\
  "${REMOTE_API_BASE}/timeoff?page_size=100" > "$out"
echo "wrote $(jq '.data.timeoffs | length' "$out") time off records to $out"
''', S=S)


@pos("remote", "api_token", g_remote_test, "sh", "REMOTE_API_TOKEN")
def p_remote_md(r, S):
    return r.choice(["docs/integrations/remote.md", "README.remote.md"]), sub('''# Remote.com sandbox

We develop against the Remote sandbox (`https://gateway.remote-sandbox.com`).

List employments:

```bash
curl -H "Authorization: Bearer @S@" \\
     -H "Accept: application/json" \\
     https://gateway.remote-sandbox.com/v1/employments
```

Then run the contract tests with `npm run test:remote`.
''', S=S)


@pos("lattice", "api_key", g_hex(64), "code", "LATTICE_API_KEY")
def p_lattice_py(r, S):
    return r.choice(["people_analytics/lattice.py", "pipelines/lattice/extract.py"]), sub('''import httpx

LATTICE_API_URL = "https://api.latticehq.com/v1"
LATTICE_API_KEY = "@S@"


def client():
    return httpx.Client(
        base_url=LATTICE_API_URL,
        headers={"Authorization": "Bearer " + LATTICE_API_KEY},
        timeout=30.0,
    )


def review_cycles():
    with client() as c:
        return c.get("/reviewCycles").json()["data"]
''', S=S)


@pos("lattice", "api_key", g_hex(64), "json", "LATTICE_API_KEY")
def p_lattice_json(r, S):
    return r.choice(["workflows/lattice-goals.json", "n8n/lattice_goals_export.json"]), sub('''{
  "name": "Export Lattice goals",
  "nodes": [
    {
      "name": "Get goals",
      "type": "http",
      "parameters": {
        "method": "GET",
        "url": "https://api.latticehq.com/v1/goals",
        "headers": {
          "Authorization": "Bearer @S@",
          "Accept": "application/json"
        }
      }
    },
    {
      "name": "Write sheet",
      "type": "googleSheets",
      "parameters": { "sheetId": "@SID@", "range": "Goals!A1" }
    }
  ]
}
''', S=S, SID=mixed(r, B64URL, 44))


@pos("cultureamp", "client_secret", g_b64url(48), "yaml", "CULTUREAMP_CLIENT_SECRET")
def p_cultureamp_yaml(r, S):
    return r.choice(["meltano.yml", "extract/cultureamp.yml"]), sub('''version: 1
project_id: @PID@
plugins:
  extractors:
    - name: tap-cultureamp
      namespace: tap_cultureamp
      config:
        api_url: https://api.cultureamp.com/v1
        client_id: @CID@
        client_secret: @S@
        start_date: "2024-01-01"
  loaders:
    - name: target-snowflake
      config:
        account: @C@-analytics
        database: PEOPLE_RAW
''', PID=uuid4(r), CID=uuid4(r), S=S, C=co(r))


@pos("cultureamp", "client_secret", g_b64url(48), "code", "CULTUREAMP_CLIENT_SECRET")
def p_cultureamp_go(r, S):
    return r.choice(["cmd/engagement-export/main.go"]), sub('''package main

import (
	"context"
	"log"
	"os"

	"github.com/@C@/people-tools/cultureamp"
)

func main() {
	ctx := context.Background()
	client := cultureamp.NewClient("@CID@", "@S@")
	surveys, err := client.ListSurveys(ctx)
	if err != nil {
		log.Fatalf("list surveys: %v", err)
	}
	if err := cultureamp.WriteCSV(os.Stdout, surveys); err != nil {
		log.Fatal(err)
	}
}
''', C=co(r), CID=uuid4(r), S=S)


@pos("15five", "api_key", g_hex(40), "code", "FIFTEENFIVE_API_KEY")
def p_15five_js(r, S):
    return r.choice(["src/integrations/fifteenFive.js", "scripts/15five-checkins.js"]), sub('''const fetch = require("node-fetch");

const BASE = "https://my.15five.com/api/public";

async function listCheckIns(since) {
  const res = await fetch(`${BASE}/report/?created_on_start=${since}`, {
    headers: { Authorization: "Bearer @S@", Accept: "application/json" },
  });
  if (!res.ok) throw new Error(`15Five responded ${res.status}`);
  return (await res.json()).results;
}

module.exports = { listCheckIns };
''', S=S)


@pos("15five", "api_key", g_hex(40), "code", "FIFTEENFIVE_API_KEY")
def p_15five_ps1(r, S):
    return r.choice(["scripts/Get-15FiveHighFives.ps1"]), sub('''$FifteenFiveApiKey = "@S@"
$headers = @{ Authorization = "Bearer $FifteenFiveApiKey" }
$since = (Get-Date).AddDays(-7).ToString("yyyy-MM-dd")

$resp = Invoke-RestMethod -Uri "https://my.15five.com/api/public/high-five/?created_on_start=$since" -Headers $headers
$resp.results | ForEach-Object {
    [pscustomobject]@{ Date = $_.create_ts; From = $_.creator.email; Text = $_.text }
} | Export-Csv -NoTypeInformation -Path ".\\high_fives.csv"
''', S=S)


def okta_domain(r):
    return r.choice(["%s.okta.com" % co(r), "%s.oktapreview.com" % co(r), "dev-%d.okta.com" % r.randint(1000000, 99999999)])


@pos("okta", "api_token", g_okta, "tf", "OKTA_API_TOKEN", docs=[DOC_OKTA])
def p_okta_tf(r, S):
    d = okta_domain(r)
    org, base = d.split(".", 1)
    return r.choice(["terraform/okta/provider.tf", "infra/identity/okta.tf"]), sub('''terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.8"
    }
  }
}

provider "okta" {
  org_name  = "@ORG@"
  base_url  = "@BASE@"
  api_token = "@S@"
}

resource "okta_group" "hr_employees" {
  name        = "HR - All Employees"
  description = "Populated from the HRIS via SCIM"
}
''', ORG=org, BASE=base, S=S)


@pos("okta", "api_token", g_okta, "code", "OKTA_API_TOKEN", docs=[DOC_OKTA])
def p_okta_py(r, S):
    return r.choice(["provisioning/okta_deactivate.py", "hr_offboarding/okta.py"]), sub('''"""Deactivate Okta users for employees terminated in the HRIS."""
import requests

OKTA = "https://@D@/api/v1"
HEADERS = {
    "Accept": "application/json",
    "Content-Type": "application/json",
    "Authorization": "SSWS @S@",
}


def deactivate(login):
    user = requests.get(OKTA + "/users/" + login, headers=HEADERS, timeout=20).json()
    r = requests.post(OKTA + "/users/%s/lifecycle/deactivate" % user["id"], headers=HEADERS, timeout=20)
    r.raise_for_status()
    return user["id"]
''', D=okta_domain(r), S=S)


@pos("okta", "token", g_b64url(40), "yaml", "SCIM_BEARER_TOKEN")
def p_okta_scim_yaml(r, S):
    return r.choice(["config/scim-server.yml", "scim/config.yaml"]), sub('''server:
  port: 8443
  base_path: /scim/v2
scim:
  # Okta provisioning app "@C@ HR Directory" authenticates with this bearer token
  bearer_token: @S@
  user_schema: urn:ietf:params:scim:schemas:core:2.0:User
  enterprise_extension: true
  source_of_truth: workday
logging:
  level: info
''', C=co(r).capitalize(), S=S)


@pos("okta", "token", g_b64url(40), "log", "SCIM_BEARER_TOKEN")
def p_okta_scim_log(r, S):
    t = ts(r)
    u = okta_id(r, "00u")
    return r.choice(["logs/scim-bridge.log", "var/log/scim/requests.log"]), sub('''@T@ INFO  scim.server listening on :8443 base=/scim/v2
@T@ DEBUG scim.http POST /scim/v2/Users user-agent=Okta SCIM Client 1.0.0 headers={'authorization': 'Bearer @S@', 'content-type': 'application/scim+json'}
@T@ INFO  scim.users created externalId=@U@ userName=@E@ status=201
@T@ INFO  scim.http PATCH /scim/v2/Users/@ID@ status=200 duration_ms=@MS@
''', T=t, S=S, U=u, E=("%s.%s@%s.com" % (person(r)[0], person(r)[1], co(r))).lower(), ID=uuid4(r),
        MS=str(r.randint(8, 400)))


SFTP_HOSTS = ["sftp.adp.com", "sftp.paychex.com", "files.paylocity.com", "sftp.ultipro.com", "mft.%s-benefits.com",
              "sftp.gusto-files.example", "transfer.%s-payroll.net"]


def sftp_host(r):
    h = r.choice(SFTP_HOSTS)
    return h % co(r) if "%s" in h else h


@pos("sftp", "password", g_password, "yaml", "SFTP_PASSWORD")
def p_sftp_yaml(r, S):
    return r.choice(["config/payroll_drop.yml", "deploy/payroll-file-drop/config.yaml"]), sub('''payroll_drop:
  protocol: sftp
  host: @H@
  port: 22
  username: @U@
  password: @S@
  remote_dir: /inbound/payroll
  file_pattern: "PAYROLL_{company}_{yyyymmdd}.csv"
  pgp_recipient: payroll-intake@@C@.com
  retries: 3
''', H=sftp_host(r), U=co(r) + "_payroll", S=S, C=co(r))


@pos("sftp", "password", g_password, "code", "SFTP_PASSWORD")
def p_sftp_paramiko(r, S):
    return r.choice(["jobs/upload_payroll_file.py", "payroll/export/sftp_upload.py"]), sub('''import os
import sys

import paramiko


def upload(local_path, remote_dir="/inbound"):
    transport = paramiko.Transport(("@H@", 22))
    transport.connect(username="@U@", password="@S@")
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        target = remote_dir + "/" + os.path.basename(local_path)
        sftp.put(local_path, target)
        print("uploaded", target)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    upload(sys.argv[1])
''', H=sftp_host(r), U=co(r) + "_hr", S=S)


@pos("sftp", "password", g_password, "code", "SFTP_PASSWORD")
def p_sftp_sshpass(r, S):
    return r.choice(["scripts/push_census_file.sh", "bin/send-benefits-census.sh"]), sub('''#!/bin/sh
# Weekly benefits census upload to the carrier's SFTP
set -eu
FILE="out/census_$(date +%Y%m%d).csv"
test -s "$FILE"
sshpass -p '@S@' sftp -oBatchMode=no -oStrictHostKeyChecking=yes @U@@@H@ <<EOF
cd /incoming/census
put $FILE
bye
EOF
echo "census uploaded: $FILE"
''', S=S.replace("'", ""), U=co(r) + "_census", H=sftp_host(r))


@pos("sftp", "private_key", lambda r: openssh_private(r, "payroll-drop@" + co(r)), "ossh", "SFTP_DEPLOY_KEY")
def p_sftp_sshkey(r, S):
    return r.choice(["deploy/keys/payroll_drop_ed25519", "ansible/files/sftp/id_ed25519", ".ssh/payroll_sftp"]), S + "\n"


@pos("sftp", "password", g_url_password, "url", "SFTP_PASSWORD")
def p_sftp_airflow_conn(r, S):
    return r.choice(["airflow/connections.yaml", "deploy/airflow/connections.yml"]), sub('''# imported with: airflow connections import connections.yaml
payroll_sftp:
  conn_uri: sftp://@U@:@S@@@H@:22/?known_hosts=none
gcs_hr_raw:
  conn_type: google_cloud_platform
  extra:
    project: @C@-people-data
slack_people_ops:
  conn_type: http
  host: https://hooks.slack.com
''', U=co(r) + "_payroll", S=S, H=sftp_host(r), C=co(r))


@pos("snowflake", "password", g_password, "dbt", "DBT_SNOWFLAKE_PASSWORD")
def p_dbt_profiles(r, S):
    c = co(r)
    return r.choice(["profiles.yml", "dbt/profiles.yml", "transform/people/profiles.yml"]), sub('''people_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: @C@-xy@N@
      user: DBT_PEOPLE
      password: "@S@"
      role: TRANSFORMER_PEOPLE
      database: PEOPLE
      warehouse: TRANSFORMING_XS
      schema: ANALYTICS
      threads: 8
      client_session_keep_alive: false
''', C=c, N=str(r.randint(10000, 99999)), S=S.replace('"', ""))


@pos("postgres", "password", g_password, "sql", "PAYROLL_ETL_PASSWORD")
def p_sql_role(r, S):
    return r.choice(["db/migrations/V12__payroll_etl_role.sql", "sql/roles/payroll_etl.sql"]), sub('''-- Role used by the nightly payroll ETL (reads payroll, writes staging)
CREATE ROLE payroll_etl WITH LOGIN PASSWORD '@S@';
GRANT CONNECT ON DATABASE payroll TO payroll_etl;
GRANT USAGE ON SCHEMA payroll, staging TO payroll_etl;
GRANT SELECT ON ALL TABLES IN SCHEMA payroll TO payroll_etl;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA staging TO payroll_etl;
ALTER DEFAULT PRIVILEGES IN SCHEMA staging GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO payroll_etl;
''', S=S.replace("'", ""))


@pos("workday", "password", g_password, "csv", "WORKDAY_ISU_PASSWORD")
def p_csv_accounts(r, S):
    rows = []
    k = r.randint(1, 4)
    names = ["ISU_Payroll_Integration", "ISU_Benefits_Feed", "ISU_People_Data", "ISU_Time_Tracking", "ISU_Recruiting"]
    for i, n in enumerate(names):
        pw = S if i == k else r.choice(["(in vault)", "(rotated)", "", "see PAM"])
        rows.append("%s,%s,%s,%s,%s" % (n, r.choice(OWNERS), date(r), pw, r.choice(["active", "active", "disabled"])))
    return r.choice(["docs/inventory/integration_accounts.csv", "exports/isu_inventory.csv"]), \
        "account,owner_team,last_rotated,password,status\n" + "\n".join(rows) + "\n"


@pos("paychex", "client_secret", g_alnum(32), "docker", "PAYCHEX_CLIENT_SECRET")
def p_paychex_docker(r, S):
    return r.choice(["Dockerfile", "docker/payroll-sync/Dockerfile"]), sub('''FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/

ENV PYTHONUNBUFFERED=1 \\
    PAYCHEX_API_BASE=https://api.paychex.com \\
    PAYCHEX_CLIENT_ID=@CID@ \\
    PAYCHEX_CLIENT_SECRET=@S@

USER 10001
CMD ["python", "-m", "src.payroll_sync"]
''', CID=mixed(r, ALNUM, 32), S=S)


@pos("postgres", "password", g_url_password, "url", "PAYROLL_DB_PASSWORD")
def p_pg_dag(r, S):
    return r.choice(["dags/payroll_reconciliation.py", "airflow/dags/payroll/recon.py"]), sub('''from datetime import datetime

import sqlalchemy as sa
from airflow.decorators import dag, task

ENGINE_URL = "postgresql+psycopg2://payroll_ro:@S@@payroll-db.@C@.internal:5432/payroll"


@dag(schedule="0 6 * * 1-5", start_date=datetime(2024, 2, 1), catchup=False, tags=["payroll"])
def payroll_reconciliation():
    @task
    def compare_gross_to_gl(ds=None):
        eng = sa.create_engine(ENGINE_URL, pool_pre_ping=True)
        with eng.connect() as conn:
            rows = conn.execute(sa.text("SELECT pay_period_id, SUM(gross) FROM payroll.checks WHERE pay_date = :d GROUP BY 1"), {"d": ds})
            return [tuple(x) for x in rows]

    compare_gross_to_gl()


payroll_reconciliation()
''', S=S, C=co(r))


# ================================================================ look-alike negative templates

NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append((fn, provider, kind))
        return fn
    return deco


def _name_email(r, c=None):
    f, l = person(r)
    return f, l, ("%s.%s@%s.com" % (f, l, c or co(r))).lower()


@neg("hris", "employee_ids")
def n_employee_csv(r):
    lines = ["employee_id,first_name,last_name,department_code,location,ssn,hire_date,pay_group,manager_id"]
    for _ in range(r.randint(8, 18)):
        f, l = person(r)
        lines.append('%s,%s,%s,%s,"%s",***-**-%04d,%s,%s,%s' % (emp_id(r), f, l, r.choice(DEPTS), r.choice(LOCATIONS),
                                                             r.randint(0, 9999), date(r, 2015, 2025),
                                                             r.choice(["BIWEEKLY-US", "SEMIMONTHLY", "MONTHLY-EU"]),
                                                             emp_id(r)))
    return "exports/employees_%s.csv" % date(r).replace("-", ""), "\n".join(lines) + "\n"


@neg("payroll", "routing_numbers")
def n_direct_deposit_csv(r):
    lines = ["employee_id,routing_number,account_number,account_type,split_type,split_value,effective_date"]
    for _ in range(r.randint(6, 14)):
        lines.append("%s,%s,****%04d,%s,%s,%s,%s" % (emp_id(r), aba(r), r.randint(0, 9999),
                                                   r.choice(["checking", "savings"]),
                                                   r.choice(["remainder", "percent", "amount"]),
                                                   r.choice(["", "10", "25", "150.00"]), date(r)))
    return r.choice(["exports/direct_deposit_changes.csv", "payroll/outbound/dd_changes.csv"]), "\n".join(lines) + "\n"


@neg("payroll", "file_hashes")
def n_sha256sums(r):
    c = co(r).upper()
    d = date(r).replace("-", "")
    files = ["PAYROLL_%s_%s.csv" % (c, d), "PAYROLL_%s_%s.csv.pgp" % (c, d), "CENSUS_%s_%s.csv" % (c, d),
             "GL_JOURNAL_%s_%s.csv" % (c, d), "manifest.json"]
    return "exports/%s/SHA256SUMS" % d, "".join("%s  %s\n" % (sha256_hex(r), f) for f in files)


@neg("gusto", "uuids_versions")
def n_gusto_fixture(r):
    cu = uuid4(r)
    items = []
    for _ in range(r.randint(2, 4)):
        f, l, e = _name_email(r)
        items.append('''  {
    "uuid": "%s",
    "first_name": "%s",
    "last_name": "%s",
    "email": "%s",
    "company_uuid": "%s",
    "manager_uuid": "%s",
    "department": "%s",
    "terminated": false,
    "payment_method": "Direct Deposit",
    "version": "%s"
  }''' % (uuid4(r), f, l, e, cu, uuid4(r), r.choice(["Engineering", "Finance", "People", "Sales"]), rs(r, HEX, 32)))
    return r.choice(["tests/fixtures/gusto/employees.json", "spec/fixtures/gusto_employees.json"]), \
        "[\n" + ",\n".join(items) + "\n]\n"


@neg("adp", "associate_oids")
def n_adp_workers(r):
    ws = []
    for _ in range(r.randint(2, 3)):
        f, l = person(r)
        ws.append('''    {
      "associateOID": "%s",
      "workerID": { "idValue": "%s" },
      "person": { "legalName": { "givenName": "%s", "familyName1": "%s" } },
      "workAssignments": [
        { "positionID": "%s", "homeOrganizationalUnits": [{ "nameCode": { "codeValue": "%s" } }],
          "payrollGroupCode": "%s", "itemID": "%s" }
      ]
    }''' % (aoid(r), rs(r, UPPER + DIGITS, 9), f, l, rs(r, UPPER, 3) + rs(r, DIGITS, 6), r.choice(DEPTS),
            rs(r, UPPER + DIGITS, 3), rs(r, DIGITS, 8) + "_" + str(r.randint(1, 9))))
    return r.choice(["tests/fixtures/adp/workers_page1.json", "test/data/adp-workers.json"]), \
        '{\n  "workers": [\n' + ",\n".join(ws) + '\n  ],\n  "meta": { "totalNumber": %d }\n}\n' % r.randint(40, 900)


@neg("workday", "wids")
def n_workday_fixture(r):
    ents = []
    for _ in range(r.randint(3, 5)):
        f, l = person(r)
        ents.append('    {"Worker": {"WID": "%s", "Employee_ID": "%s"}, "Legal_Name": "%s %s", '
                    '"Cost_Center": "CC%04d", "Supervisory_Organization_WID": "%s", "Hire_Date": "%s"}'
                    % (rs(r, HEX, 32), rs(r, DIGITS, 6), f, l, r.randint(1000, 9999), rs(r, HEX, 32), date(r, 2012, 2025)))
    return r.choice(["tests/fixtures/workday/worker_export.json", "fixtures/raas/Worker_Export.json"]), \
        '{\n  "Report_Entry": [\n' + ",\n".join(ents) + "\n  ]\n}\n"


@neg("adp", "public_certificate")
def n_public_cert(r):
    c = co(r)
    return r.choice(["certs/adp/%s_auth.crt" % c, "certs/adp/adp_client_cert.pem", "config/certs/sfsf_public_cert.pem"]), \
        "subject=CN=%s-payroll-integration, O=%s Inc., C=US\nissuer=CN=ADP Inc. API Partner CA, O=ADP Inc.\n%s\n" % (
            c, c.capitalize(), pem_certificate(r))


@neg("sap_successfactors", "public_key")
def n_public_key(r):
    return r.choice(["keys/successfactors/oauth_public.pem", "keys/sfsf_public.pem"]), pem_public(r) + "\n"


@neg("okta", "saml_metadata")
def n_saml_metadata(r):
    cert = base64.b64encode(rbytes(r, 700)).decode()
    return r.choice(["config/saml/idp-metadata.xml", "sso/okta-metadata.xml"]), sub('''<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/@EID@">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIIDqDCCApCgAwIBAgIG@CERT@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://@D@/app/@C@_hrportal_1/@EID@/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
''', EID="exk" + mixed(r, ALNUM, 17), CERT=cert, D=okta_domain(r), C=co(r))


@neg("okta", "object_ids")
def n_okta_scim_user(r):
    f, l, e = _name_email(r)
    return r.choice(["tests/fixtures/scim/create_user.json", "scim/testdata/user_%s.json" % f.lower()]), sub('''{
  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
  "id": "@ID@",
  "externalId": "@OID@",
  "userName": "@E@",
  "name": { "givenName": "@F@", "familyName": "@L@" },
  "active": true,
  "groups": [ { "value": "@G1@", "display": "HR - All Employees" }, { "value": "@G2@", "display": "@DEPT@" } ],
  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
    "employeeNumber": "@EMP@",
    "department": "@DEPT@",
    "manager": { "value": "@MID@" }
  },
  "meta": { "resourceType": "User", "created": "@T@", "version": "W/\\"@V@\\"" }
}
''', ID=uuid4(r), OID=okta_id(r, "00u"), E=e, F=f, L=l, G1=okta_id(r, "00g"), G2=okta_id(r, "00g"),
        DEPT=r.choice(DEPTS), EMP=emp_id(r), MID=okta_id(r, "00u"), T=ts(r), V=rs(r, HEX, 16))


@neg("okta", "public_client_id")
def n_okta_tf(r):
    return r.choice(["terraform/okta/apps.tf", "infra/identity/hr_portal.tf"]), sub('''variable "okta_api_token" {
  type      = string
  sensitive = true
}

provider "okta" {
  org_name  = "@C@"
  base_url  = "okta.com"
  api_token = var.okta_api_token
}

data "okta_app_oauth" "hr_portal" {
  id = "@APP@"
}

locals {
  # public OIDC client id of the HR portal SPA (PKCE, no secret)
  hr_portal_client_id = "@APP@"
  hr_group_ids = ["@G1@", "@G2@"]
}

resource "okta_app_group_assignments" "hr_portal" {
  app_id = data.okta_app_oauth.hr_portal.id
  dynamic "group" {
    for_each = local.hr_group_ids
    content { id = group.value }
  }
}
''', C=co(r), APP=okta_id(r, "0oa"), G1=okta_id(r, "00g"), G2=okta_id(r, "00g"))


@neg("gusto", "env_reference")
def n_py_environ(r):
    return r.choice(["hr_sync/settings.py", "config/payroll_settings.py"]), sub('''import os

from .vault import read_secret

GUSTO_CLIENT_ID = os.environ["GUSTO_CLIENT_ID"]
GUSTO_CLIENT_SECRET = os.environ["GUSTO_CLIENT_SECRET"]
GUSTO_API_TOKEN = os.getenv("GUSTO_API_TOKEN", "")

ADP_CLIENT_ID = os.environ.get("ADP_CLIENT_ID")
ADP_CLIENT_SECRET = read_secret("secret/data/hr/adp", "client_secret")
ADP_CERT = (os.environ["ADP_CERT_PATH"], os.environ["ADP_KEY_PATH"])

BAMBOOHR_API_KEY = os.environ.get("BAMBOOHR_API_KEY")  # used as the Basic user, password "x"
SYNC_PAGE_SIZE = int(os.getenv("SYNC_PAGE_SIZE", "@N@"))
''', N=r.choice(["100", "200", "500"]))


@neg("deel", "env_reference")
def n_node_env(r):
    return r.choice(["src/config/index.ts", "server/config.js"]), sub('''import "dotenv/config";

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
}

export const config = {
  deel: {
    baseUrl: process.env.DEEL_API_BASE ?? "https://api.letsdeel.com/rest/v2",
    token: required("DEEL_API_TOKEN"),
  },
  remote: {
    baseUrl: "https://gateway.remote.com/v1",
    token: required("REMOTE_API_TOKEN"),
  },
  rippling: { token: process.env.RIPPLING_API_KEY },
  port: Number(process.env.PORT ?? @P@),
};
''', P=r.choice(["3000", "8080", "4000"]))


@neg("adp", "secret_manager_reference")
def n_cs_keyvault(r):
    return r.choice(["src/Payroll.Adp/AdpCertificateLoader.cs"]), sub('''using System;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;

namespace Payroll.Adp;

public static class AdpCertificateLoader
{
    private static readonly Uri Vault = new("https://kv-hr-@C@.vault.azure.net/");

    public static X509Certificate2 Load()
    {
        var cred = new DefaultAzureCredential();
        var certs = new CertificateClient(Vault, cred);
        X509Certificate2 cert = certs.DownloadCertificate("adp-mtls-client").Value;
        return cert;
    }

    public static string ClientSecret() =>
        new SecretClient(Vault, new DefaultAzureCredential()).GetSecret("adp-client-secret").Value.Value;

    public static string ClientId() => Environment.GetEnvironmentVariable("ADP_CLIENT_ID") ?? "";
}
''', C=co(r))


@neg("paylocity", "env_reference")
def n_java_env(r):
    c = co(r)
    return "src/main/java/com/%s/payroll/PaylocityProperties.java" % c, sub('''package com.@C@.payroll;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PaylocityProperties {

    @Value("${paylocity.client-id}")
    private String clientId;

    @Value("${paylocity.client-secret}")
    private String clientSecret;

    @Value("${paylocity.company-id:@CID@}")
    private String companyId;

    private final String tokenUrl = System.getenv().getOrDefault("PAYLOCITY_TOKEN_URL",
            "https://api.paylocity.com/IdentityServer/connect/token");

    public String getClientId() { return clientId; }
    public String getClientSecret() { return clientSecret; }
    public String getCompanyId() { return companyId; }
    public String getTokenUrl() { return tokenUrl; }
}
''', C=c, CID=str(r.randint(10000, 99999)))


@neg("ukg", "secret_manager_reference")
def n_ps1_getsecret(r):
    return r.choice(["scripts/ukg/Sync-UkgToAd.ps1", "Sync-HRToActiveDirectory.ps1"]), sub('''#Requires -Modules Microsoft.PowerShell.SecretManagement
param([switch]$WhatIf)

$cred = Get-Secret -Name "ukg-svc-people-sync" -Vault HRVault
$customerKey = Get-Secret -Name "ukg-customer-api-key" -Vault HRVault -AsPlainText
$base = "https://service@N@.ultipro.com/personnel/v1"

$employees = Invoke-RestMethod -Uri "$base/employee-details?per_page=200" -Credential $cred `
    -Headers @{ "US-Customer-Api-Key" = $customerKey }

foreach ($e in $employees) {
    $sam = ($e.firstName.Substring(0,1) + $e.lastName).ToLower()
    Set-ADUser -Identity $sam -Department $e.orgLevel1Code -EmployeeID $e.employeeNumber -WhatIf:$WhatIf
}
''', N=r.choice(["", "2", "5"]))


@neg("hibob", "env_reference")
def n_go_env(r):
    return r.choice(["internal/config/config.go"]), sub('''package config

import (
	"fmt"
	"os"
)

type Config struct {
	BobServiceUserID string
	BobToken         string
	NamelyToken      string
	NamelyCompany    string
}

func Load() (*Config, error) {
	c := &Config{
		BobServiceUserID: os.Getenv("HIBOB_SERVICE_USER_ID"),
		BobToken:         os.Getenv("HIBOB_SERVICE_USER_TOKEN"),
		NamelyToken:      os.Getenv("NAMELY_ACCESS_TOKEN"),
		NamelyCompany:    "@C@",
	}
	if c.BobToken == "" {
		return nil, fmt.Errorf("HIBOB_SERVICE_USER_TOKEN is required")
	}
	return c, nil
}
''', C=co(r))


@neg("github_actions", "env_reference")
def n_gha_secrets(r):
    return r.choice([".github/workflows/hris-sync.yml", ".github/workflows/payroll-export.yml"]), '''name: hris-sync
on:
  schedule:
    - cron: "0 5 * * 1-5"
  workflow_dispatch:

permissions:
  contents: read
  id-token: write

jobs:
  sync:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm run sync
        env:
          GUSTO_CLIENT_ID: ${{ vars.GUSTO_CLIENT_ID }}
          GUSTO_CLIENT_SECRET: ${{ secrets.GUSTO_CLIENT_SECRET }}
          BAMBOOHR_API_KEY: ${{ secrets.BAMBOOHR_API_KEY }}
          OKTA_API_TOKEN: ${{ secrets.OKTA_API_TOKEN }}
          SFTP_PASSWORD: ${{ secrets.PAYROLL_SFTP_PASSWORD }}
'''


@neg("vault", "secret_manager_reference")
def n_external_secret(r):
    return r.choice(["deploy/k8s/hr-sync/external-secret.yaml", "k8s/payroll/externalsecret.yaml"]), '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: hr-sync-credentials
  namespace: hr-sync
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-hr
  target:
    name: hr-sync-credentials
  data:
    - secretKey: ADP_CLIENT_SECRET
      remoteRef: { key: secret/data/hr/adp, property: client_secret }
    - secretKey: ADP_MTLS_KEY
      remoteRef: { key: secret/data/hr/adp, property: mtls_private_key }
    - secretKey: HIBOB_SERVICE_USER_TOKEN
      remoteRef: { key: secret/data/hr/hibob, property: token }
    - secretKey: WORKDAY_ISU_PASSWORD
      remoteRef: { key: secret/data/hr/workday/isu_people_data, property: password }
'''


@neg("snowflake", "env_reference")
def n_dbt_env(r):
    return r.choice(["profiles.yml", "dbt/profiles.yml"]), sub('''people_analytics:
  target: "{{ env_var('DBT_TARGET', 'dev') }}"
  outputs:
    dev:
      type: snowflake
      account: @C@-xy@N@
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: ANALYST_PEOPLE
      database: PEOPLE_DEV
      warehouse: DEV_XS
      schema: "dbt_{{ env_var('USER') }}"
      threads: 4
    prod:
      type: snowflake
      account: @C@-xy@N@
      user: DBT_PEOPLE
      private_key_path: /var/run/secrets/dbt/rsa_key.p8
      private_key_passphrase: "{{ env_var('DBT_PRIVATE_KEY_PASSPHRASE') }}"
      role: TRANSFORMER_PEOPLE
      database: PEOPLE
      warehouse: TRANSFORMING_XS
      schema: ANALYTICS
      threads: 8
''', C=co(r), N=str(r.randint(10000, 99999)))


@neg("hris", "placeholder")
def n_env_example(r):
    return r.choice([".env.example", ".env.sample", "config/env.template"]), sub('''# Copy to .env and fill in. Never commit real values.
APP_ENV=development
PORT=8080

# Gusto (demo environment)
GUSTO_CLIENT_ID=
GUSTO_CLIENT_SECRET=
GUSTO_REDIRECT_URI=http://localhost:8080/oauth/gusto/callback

# BambooHR - API key is used as the Basic username, password "x"
BAMBOOHR_SUBDOMAIN=@C@
BAMBOOHR_API_KEY=<your-bamboohr-api-key>

# HiBob service user
HIBOB_SERVICE_USER_ID=SERVICE-XXXX
HIBOB_SERVICE_USER_TOKEN=

# Remote.com (sandbox tokens start with ra_test_)
REMOTE_API_TOKEN=ra_test_xxxxxxxxxxxxxxxxxxxx

# Payroll SFTP
SFTP_HOST=sftp.example.com
SFTP_USERNAME=
SFTP_PASSWORD=changeme
''', C=co(r))


@neg("remote", "masked")
def n_rotation_runbook(r):
    return r.choice(["docs/runbooks/credential-rotation.md", "docs/security/hr-credential-rotation.md"]), sub('''# HR integration credential rotation

| System | Credential | Where it lives | Last rotated | Fingerprint / last 4 |
|---|---|---|---|---|
| Gusto | OAuth client secret | Vault `secret/hr/gusto` | @D1@ | `...@L1@` |
| ADP | mTLS client cert | Key Vault `adp-mtls-client` | @D2@ | SHA-1 `@FP@` |
| Remote | API token | Vault `secret/hr/remote` | @D3@ | `ra_live_********@L2@` |
| Okta | SSWS token (svc-hr-provisioning) | Vault `secret/it/okta` | @D1@ | `00************@L3@` |
| Payroll SFTP | password | Vault `secret/hr/sftp` | @D2@ | n/a |

## Procedure
1. Create the new credential in the provider console (never paste it in Slack or tickets).
2. Write it to Vault: `vault kv put secret/hr/<system> value=-` (reads stdin).
3. Restart the consumer: `kubectl -n hr-sync rollout restart deploy/hr-sync`.
4. Revoke the old credential and record the last four characters above.
''', D1=date(r), D2=date(r), D3=date(r), L1=rs(r, B64URL, 4), FP=":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20)),
        L2=rs(r, ALNUM, 4), L3=rs(r, B64URL, 4))


@neg("hris", "request_ids")
def n_sync_log(r):
    lines = []
    for _ in range(r.randint(8, 14)):
        lines.append("%s INFO  hr-sync trace_id=%s span_id=%s request_id=%s idempotency_key=%s %s status=%d" % (
            ts(r), rs(r, HEX, 32), rs(r, HEX, 16), uuid4(r), uuid4(r),
            r.choice(["GET /v1/companies/%s/employees" % uuid4(r), "POST /people/search",
                      "GET /rest/v2/contracts", "GET /hr/v2/workers?$top=100", "PUT /v1/employees/%s" % emp_id(r)]),
            r.choice([200, 200, 200, 201, 204, 429])))
    return r.choice(["logs/hr-sync.log", "var/log/hr-sync/app.log"]), "\n".join(lines) + "\n"


@neg("payroll", "pay_period_ids")
def n_sql_seed(r):
    rows = []
    y = r.randint(2024, 2025)
    for i in range(1, r.randint(6, 10)):
        rows.append("  ('PP-%d-%02d', '%d-%02d-01', '%d-%02d-14', '%d-%02d-19', 'BIWEEKLY-US')" % (y, i, y, i, y, i, y, i))
    emails = []
    for _ in range(4):
        f, l, e = _name_email(r)
        emails.append("  ('%s', '%s', '%s')" % (emp_id(r), hashlib.sha256(e.encode()).hexdigest(), r.choice(DEPTS)))
    return r.choice(["db/seed/pay_periods.sql", "sql/seed/002_payroll_reference.sql"]), (
        "-- reference data for payroll tests\nINSERT INTO payroll.pay_periods (pay_period_id, start_date, end_date, "
        "pay_date, pay_group) VALUES\n" + ",\n".join(rows) + ";\n\n"
        "-- employees keyed by sha256(lower(email)) so fixtures carry no PII\n"
        "INSERT INTO staging.employee_keys (employee_id, email_sha256, department_code) VALUES\n" +
        ",\n".join(emails) + ";\n")


@neg("gusto", "public_client_id")
def n_gusto_authorize(r):
    cid = mixed(r, B64URL, 43)
    return r.choice(["docs/integrations/gusto-oauth.md", "docs/gusto/connect-flow.md"]), sub('''# Connecting a customer's Gusto account

1. Send the admin to the authorize URL (client id is public; the secret stays server-side):

```
https://api.gusto.com/oauth/authorize?client_id=@CID@&redirect_uri=https%3A%2F%2Fhr.@C@.com%2Foauth%2Fgusto%2Fcallback&response_type=code&state=@ST@
```

2. Gusto redirects back with `?code=...&state=@ST@`; compare `state` with the value stored in the session.
3. Exchange the code server-side at `POST https://api.gusto.com/oauth/token` (client secret from Vault).
4. Store the refresh token encrypted; access tokens expire after 2 hours.
''', CID=cid, C=co(r), ST=rs(r, HEX, 32))


@neg("hibob", "employee_ids")
def n_hibob_webhook(r):
    return r.choice(["tests/fixtures/hibob/employee_updated.json"]), sub('''{
  "companyId": @CID@,
  "type": "employee.updated",
  "triggeredBy": "@TB@",
  "triggeredAt": "@T@",
  "version": "v2",
  "data": {
    "employeeId": "@EID@",
    "fieldsChanged": ["work.department", "work.reportsTo"],
    "department": "@D@"
  },
  "id": "@ID@"
}
''', CID=str(r.randint(100000, 999999)), TB=str(r.randint(10 ** 17, 10 ** 18 - 1)), T=ts(r),
        EID=str(r.randint(10 ** 17, 10 ** 18 - 1)), D=r.choice(DEPTS), ID=uuid4(r))


@neg("paylocity", "company_ids")
def n_paylocity_mapping(r):
    lines = ["paylocity:", "  company_id: \"%s\"" % r.randint(10000, 99999), "  earning_codes:"]
    for code, gl in [("REG", "6000"), ("OT", "6010"), ("BON", "6050"), ("PTO", "6020"), ("HOL", "6025")]:
        lines.append("    %s: { gl_account: \"%s\", cost_center_from: department }" % (code, gl))
    lines.append("  departments:")
    for d in r.sample(DEPTS, 5):
        lines.append("    \"%s\": { cost_center: \"CC%04d\", cost_center_id: \"%s\" }" % (d, r.randint(1000, 9999), uuid4(r)))
    return r.choice(["config/paylocity_mapping.yml", "mappings/paylocity_gl.yaml"]), "\n".join(lines) + "\n"


@neg("pypi", "hash_pins")
def n_requirements(r):
    pk = [("requests", "2.32.3"), ("paramiko", "3.4.0"), ("python-gnupg", "0.5.2"), ("pydantic", "2.7.1"),
          ("httpx", "0.27.0"), ("tenacity", "8.3.0")]
    out = ["# generated by pip-compile --generate-hashes"]
    for n, v in pk:
        out.append("%s==%s \\" % (n, v))
        out.append("    --hash=sha256:%s \\" % sha256_hex(r))
        out.append("    --hash=sha256:%s" % sha256_hex(r))
    return r.choice(["requirements.txt", "requirements/prod.txt"]), "\n".join(out) + "\n"


@neg("git", "commit_shas")
def n_changelog(r):
    out = ["# Changelog", ""]
    for v in ["2.4.0", "2.3.2", "2.3.1", "2.3.0"]:
        out.append("## %s - %s" % (v, date(r)))
        for msg in r.sample(["Rotate ADP mTLS certificate handling", "Retry Gusto 429 responses with backoff",
                             "Map HiBob department to cost center", "Add Remote time-off export",
                             "Fix BambooHR custom report pagination", "Skip terminated workers in Okta push",
                             "Encrypt payroll files with PGP before SFTP upload"], 2):
            out.append("- %s (%s)" % (msg, sha1_hex(r)[:r.choice([7, 7, 40])]))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@neg("payroll", "encoded_data")
def n_b64_fixture(r):
    meta = json.dumps({"pay_period_id": "PP-%d-%02d" % (r.randint(2024, 2025), r.randint(1, 26)),
                       "company": co(r), "records": r.randint(20, 900), "generated_by": "payroll-export"},
                      sort_keys=True)
    csvb = "employee_id,gross,net\n%s,%d.00,%d.00\n" % (emp_id(r), r.randint(2000, 9000), r.randint(1500, 6000))
    return r.choice(["tests/fixtures/payroll_upload_request.json"]), sub('''{
  "fileName": "PAYROLL_BATCH.csv",
  "contentType": "text/csv",
  "metadata": "@M@",
  "content": "@C@",
  "sha256": "@H@"
}
''', M=base64.b64encode(meta.encode()).decode(), C=base64.b64encode(csvb.encode()).decode(),
        H=hashlib.sha256(csvb.encode()).hexdigest())


@neg("gusto", "signature")
def n_webhook_fixture(r):
    body = json.dumps({"event_type": "employee.created", "resource_uuid": uuid4(r), "entity_uuid": uuid4(r),
                       "timestamp": r.randint(1700000000, 1760000000)}, sort_keys=True)
    return r.choice(["tests/fixtures/gusto/webhook_employee_created.http", "spec/fixtures/gusto_webhook.txt"]), sub('''POST /webhooks/gusto HTTP/1.1
Host: hooks.@C@.com
Content-Type: application/json
X-Gusto-Signature: @SIG@
User-Agent: Gusto-Webhooks

@B@
''', C=co(r), SIG=hashlib.sha256(rbytes(r, 16)).hexdigest(), B=body)


@neg("docker", "image_digests")
def n_k8s_digests(r):
    return r.choice(["deploy/k8s/hr-sync/deployment.yaml", "k8s/payroll-sync/deploy.yaml"]), sub('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: hr-sync
  namespace: hr-sync
spec:
  replicas: 1
  selector:
    matchLabels: { app: hr-sync }
  template:
    metadata:
      labels: { app: hr-sync }
      annotations:
        checksum/config: @CK@
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/@C@/hr-sync-migrate@sha256:@D1@
      containers:
        - name: hr-sync
          image: ghcr.io/@C@/hr-sync@sha256:@D2@
          envFrom:
            - secretRef: { name: hr-sync-credentials }
          volumeMounts:
            - { name: adp-mtls, mountPath: /etc/adp, readOnly: true }
      volumes:
        - name: adp-mtls
          secret: { secretName: adp-mtls }
''', CK=sha256_hex(r), C=co(r), D1=sha256_hex(r), D2=sha256_hex(r))


@neg("payroll", "ach_file")
def n_nacha(r):
    c = co(r).upper()[:16]
    orig = aba(r)
    lines = ["101 %s%s%s%s1094101%-23s%-23s        " % (aba(r), "1" + rs(r, DIGITS, 9)[:9], "250315", "0900",
                                                       "FIRST NATIONAL BANK", c + " INC")[:94]]
    lines.append(("5220%-16s%-20s%sPPDPAYROLL   %s%s   1%s%07d" % (c, "", "1" + rs(r, DIGITS, 9), "250315", "250317",
                                                                 orig[:8], 1))[:94])
    for i in range(r.randint(3, 6)):
        f, l = person(r)
        lines.append(("622%s%-17s%010d%-15s%-22s  0%s%07d" % (aba(r), "XXXXX" + rs(r, DIGITS, 4), r.randint(50000, 900000),
                                                             emp_id(r), (f + " " + l).upper(), orig[:8], i + 1))[:94])
    lines.append(("8220%06d%010d%012d%012d1%s%s%07d" % (len(lines) - 2, r.randint(10 ** 9, 10 ** 10 - 1), 0,
                                                       r.randint(10 ** 6, 10 ** 8), rs(r, DIGITS, 9), " " * 25, 1))[:94])
    return "payroll/ach/sample_ppd_%s.ach.txt" % date(r).replace("-", ""), \
        "# masked sample of the ACH file the bank expects (account numbers redacted)\n" + "\n".join(lines) + "\n"


@neg("sftp", "known_hosts")
def n_known_hosts(r):
    out = []
    for _ in range(3):
        out.append("%s ssh-ed25519 %s" % (sftp_host(r), ssh_ed25519_pub(r)))
    out.append("%s ecdsa-sha2-nistp256 %s" % (sftp_host(r), base64.b64encode(
        _sshstr(b"ecdsa-sha2-nistp256") + _sshstr(b"nistp256") + _sshstr(b"\x04" + rbytes(r, 64))).decode()))
    return r.choice(["ansible/files/sftp/known_hosts", "deploy/payroll-file-drop/known_hosts"]), "\n".join(out) + "\n"


@neg("sftp", "public_key")
def n_ssh_pub(r):
    return r.choice(["deploy/keys/payroll_drop_ed25519.pub", "ansible/files/sftp/id_ed25519.pub"]), \
        "ssh-ed25519 %s payroll-drop@%s\n" % (ssh_ed25519_pub(r), co(r))


@neg("gusto", "doc_example")
def n_doc_examples(r):
    return r.choice(["docs/integrations/auth-notes.md", "docs/vendor-api-notes.md"]), sub('''# Vendor auth notes (copied from vendor docs - examples only, not our credentials)

## Gusto
Organization-level calls use the `Token` scheme:

    Authorization: Token @GA@

Company tokens returned after creating a partner-managed company look like:

    { "access_token": "@GT@", "refresh_token": "@GR@", "expires_in": 7200 }

## Okta
    Authorization: SSWS @OK@

## Deel
    curl -H 'Authorization: Bearer @DEEL@' https://api.letsdeel.com/rest/v2/contracts

## Paylocity
    Authorization: Bearer @PL@
''', GA=DOC_GUSTO_API_TOKEN, GT=DOC_GUSTO_ACCESS, GR=DOC_GUSTO_REFRESH, OK=DOC_OKTA, DEEL=DOC_DEEL, PL=DOC_PAYLOCITY)


@neg("ukg", "badge_numbers")
def n_timecards(r):
    lines = ["employee_number,badge,punch_id,punch_in,punch_out,pay_code,cost_center"]
    for _ in range(r.randint(8, 15)):
        lines.append("%s,%08d,%s,%s 0%d:%02d,%s 1%d:%02d,%s,CC%04d" % (
            rs(r, DIGITS, 6), r.randint(0, 99999999), rs(r, HEX, 24), date(r, 2025, 2025), r.randint(6, 9),
            r.randint(0, 59), date(r, 2025, 2025), r.randint(4, 8), r.randint(0, 59),
            r.choice(["REG", "OT", "HOL", "PTO"]), r.randint(1000, 9999)))
    return r.choice(["exports/ukg_timecards.csv", "data/timeclock/punches_week.csv"]), "\n".join(lines) + "\n"


@neg("airflow", "env_reference")
def n_airflow_vars(r):
    return r.choice(["dags/bamboohr_to_bq.py", "airflow/dags/hr/bamboohr_extract.py"]), sub('''from datetime import datetime

import requests
from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook
from airflow.models import Variable


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["hr"])
def bamboohr_to_bq():
    @task
    def extract():
        api_key = Variable.get("bamboohr_api_key")
        sub = Variable.get("bamboohr_subdomain", default_var="@C@")
        url = "https://api.bamboohr.com/api/gateway.php/%s/v1/employees/directory" % sub
        return requests.get(url, auth=(api_key, "x"), headers={"Accept": "application/json"}, timeout=60).json()

    @task
    def upload(rows):
        conn = BaseHook.get_connection("payroll_sftp")
        print("would upload", len(rows["employees"]), "rows to", conn.host)

    upload(extract())


bamboohr_to_bq()
''', C=co(r))


@neg("adp", "certificate_thumbprint")
def n_thumbprint(r):
    return r.choice(["src/Payroll.Api/appsettings.json"]), sub('''{
  "Adp": {
    "BaseUrl": "https://api.adp.com",
    "TokenUrl": "https://accounts.adp.com/auth/oauth/v2/token",
    "ClientId": "@CID@",
    "ClientSecret": "",
    "Certificate": {
      "StoreName": "My",
      "StoreLocation": "LocalMachine",
      "Thumbprint": "@TP@"
    }
  },
  "Serilog": { "MinimumLevel": "Information" }
}
''', CID=uuid4(r), TP=sha1_hex(r).upper())


@neg("terraform", "resource_ids")
def n_tf_outputs(r):
    acct = str(r.randint(10 ** 11, 10 ** 12 - 1))
    return r.choice(["infra/hr-sync/outputs.json", "terraform/outputs/hr_sync.json"]), sub('''{
  "lambda_arn": { "sensitive": false, "type": "string", "value": "arn:aws:lambda:us-east-1:@A@:function:hr-sync-rippling" },
  "ssm_parameter_arn": { "sensitive": false, "type": "string", "value": "arn:aws:ssm:us-east-1:@A@:parameter/hr/integrations/rippling/token" },
  "kms_key_id": { "sensitive": false, "type": "string", "value": "@K@" },
  "bucket": { "sensitive": false, "type": "string", "value": "@C@-hr-exports-@S@" },
  "rippling_token": { "sensitive": true, "type": "string", "value": null }
}
''', A=acct, K=uuid4(r), C=co(r), S=rs(r, LOWER + DIGITS, 8))


@neg("personio", "employee_ids")
def n_personio_fixture(r):
    f, l, e = _name_email(r)
    return r.choice(["tests/fixtures/personio/persons.json"]), sub('''{
  "_data": [
    {
      "id": "@PID@",
      "email": "@E@",
      "first_name": "@F@",
      "last_name": "@L@",
      "created_at": "@T@",
      "employments": [{ "id": "@EMID@", "status": "ACTIVE", "org_units": [{ "id": "@OU@", "type": "department" }] }],
      "custom_attributes": [{ "id": "dynamic_@DA@", "value": "@DEPT@" }]
    }
  ],
  "_meta": { "links": { "next": { "href": "https://api.personio.de/v2/persons?cursor=@CUR@" } } }
}
''', PID=str(r.randint(1000000, 99999999)), E=e, F=f, L=l, T=ts(r), EMID=str(r.randint(1000000, 99999999)),
        OU=str(r.randint(100000, 9999999)), DA=str(r.randint(100000, 9999999)), DEPT=r.choice(DEPTS),
        CUR=base64.urlsafe_b64encode(json.dumps({"after": r.randint(1000, 99999)}).encode()).decode().rstrip("="))


@neg("deel", "contract_ids")
def n_deel_fixture(r):
    items = []
    for _ in range(r.randint(2, 4)):
        f, l = person(r)
        items.append('    { "id": "%s", "title": "%s", "type": "%s", "status": "in_progress", '
                     '"worker": { "id": "%s", "full_name": "%s %s" }, "invoice_id": "%s", "client": { "team": { "id": "%s" } } }'
                     % (rs(r, LOWER + DIGITS, 7), r.choice(["Senior Engineer", "Designer", "Payroll Specialist"]),
                        r.choice(["ongoing_time_based", "pay_as_you_go_time_based", "eor"]), uuid4(r), f, l,
                        "INV-" + rs(r, UPPER + DIGITS, 8), uuid4(r)))
    return r.choice(["tests/fixtures/deel/contracts.json"]), '{\n  "data": [\n' + ",\n".join(items) + \
        '\n  ],\n  "page": { "cursor": "%s", "total_rows": %d }\n}\n' % (rs(r, B64URL, 24), r.randint(5, 400))


@neg("npm", "integrity_hashes")
def n_package_lock(r):
    deps = [("axios", "1.7.2"), ("dotenv", "16.4.5"), ("express", "4.19.2"), ("ssh2-sftp-client", "10.0.3")]
    parts = []
    for n, v in deps:
        parts.append('''    "node_modules/%s": {
      "version": "%s",
      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",
      "integrity": "sha512-%s"
    }''' % (n, v, n, n.split("/")[-1], v, base64.b64encode(rbytes(r, 64)).decode()))
    return "package-lock.json", '{\n  "name": "hr-sync",\n  "version": "2.4.0",\n  "lockfileVersion": 3,\n' \
        '  "packages": {\n' + ",\n".join(parts) + "\n  }\n}\n"


@neg("payroll", "document_checksums")
def n_paystub_log(r):
    lines = []
    for _ in range(r.randint(6, 10)):
        lines.append("%s INFO  paystubs.render employee_id=%s pay_period_id=PP-%d-%02d document_id=%s md5=%s bytes=%d" % (
            ts(r), emp_id(r), r.randint(2024, 2025), r.randint(1, 26), uuid4(r), hashlib.md5(rbytes(r, 8)).hexdigest(),
            r.randint(30000, 90000)))
    return r.choice(["logs/paystub-renderer.log"]), "\n".join(lines) + "\n"


@neg("docker", "file_secret_reference")
def n_compose_secrets(r):
    return r.choice(["docker-compose.yml", "deploy/compose/hr-sync.yml"]), '''services:
  hr-sync:
    build: .
    environment:
      ADP_CERT_FILE: /run/secrets/adp_cert
      ADP_KEY_FILE: /run/secrets/adp_key
      ADP_CLIENT_SECRET_FILE: /run/secrets/adp_client_secret
      SFTP_HOST: sftp.adp.com
    secrets:
      - adp_cert
      - adp_key
      - adp_client_secret

secrets:
  adp_cert:
    file: ./secrets/adp_client.pem
  adp_key:
    file: ./secrets/adp_client.key
  adp_client_secret:
    environment: ADP_CLIENT_SECRET
'''


@neg("lattice", "masked")
def n_masked_log(r):
    t = ts(r)
    return r.choice(["logs/integrations-audit.log"]), sub('''@T@ AUDIT key.created provider=lattice key_id=@K1@ created_by=@E@ preview=****@L1@
@T@ AUDIT key.created provider=15five key_id=@K2@ created_by=@E@ preview=@L2@...
@T@ AUDIT key.revoked provider=rippling key_id=@K3@ revoked_by=@E@ reason=rotation
@T@ AUDIT http outbound host=api.latticehq.com authorization=Bearer [REDACTED] status=200
''', T=t, K1=uuid4(r), K2=str(r.randint(1000, 99999)), K3=uuid4(r), E=_name_email(r)[2], L1=rs(r, HEX, 4),
        L2=rs(r, HEX, 4))


# ================================================================ driver

BLOCKED_ENV = (".env", ".env.local", ".env.production", ".env.development", ".env.staging", ".env.test")


def is_blocked_env(relpath):
    b = os.path.basename(relpath)
    return b in BLOCKED_ENV or (b.startswith(".env.") and b.split(".")[-1] not in ("example", "sample", "template", "dist"))


def filetype(relpath):
    b = os.path.basename(relpath)
    if b.startswith(".env") or b == "env.template":
        return "env"
    if b == "Dockerfile":
        return "dockerfile"
    if "." not in b.lstrip("."):
        return {"known_hosts": "ssh", "SHA256SUMS": "checksum"}.get(b, "key")
    ext = b.rsplit(".", 1)[1]
    if ".ach." in b:
        return "ach"
    return {"yaml": "yml", "pub": "ssh"}.get(ext, ext)


def schedule(rng, n, count):
    out = []
    while len(out) < count:
        idx = list(range(n))
        rng.shuffle(idx)
        out.extend(idx)
    return out[:count]


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, "needle missing"
    return text.count("\n", 0, i) + 1


def write_file(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return path


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gb.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    import shutil
    for sub_ in ("pos", "neg"):
        p = os.path.join(outdir, sub_)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(outdir, exist_ok=True)

    manifest = []
    secrets = []
    env_pos = 0
    n_pos, n_neg = 500, 500

    # ---- positives
    for i, ti in enumerate(schedule(rng, len(POS), n_pos)):
        t = POS[ti]
        s = t.gen(rng)
        relpath, text = t.fn(rng, s)
        assert s and s.split("\n")[0] in text, t.name
        if is_blocked_env(relpath):
            env_pos += 1
        if "\n" in s:  # multi-line key: the needle is its BEGIN line
            s = s.split("\n")[0]
            assert s.startswith("-----BEGIN ") and "PRIVATE KEY" in s, t.name
        line = line_of(text, s)
        rel = "pos/p%04d/%s" % (i, relpath)
        path = write_file(outdir, rel, text)
        with open(path, encoding="utf-8", newline="") as fh:
            back = fh.read().split("\n")
        assert s in back[line - 1], (t.name, line)
        assert s not in "\n".join(back[:line - 1]), t.name
        manifest.append({"file": rel, "label": "pos", "provider": t.provider, "kind": t.kind,
                         "filetype": filetype(relpath)})
        secrets.append({"file": rel, "needle": s, "line": line})
    assert env_pos * 20 <= n_pos, "too many .env positives: %d" % env_pos

    # ---- negatives: half slot re-use, half look-alikes, then shuffled together
    negs = []
    half = n_neg // 2
    for ti in schedule(rng, len(POS), half):
        t = POS[ti]
        v, nk = neg_value(rng, t)
        relpath, text = t.fn(rng, v)
        if is_blocked_env(relpath):
            relpath = os.path.join(os.path.dirname(relpath), ".env.example")
        if nk in ("public_key", "public_certificate"):
            relpath = relpath.replace("private", "public")
            if relpath.endswith(".key"):
                relpath = relpath[:-4] + (".crt" if nk == "public_certificate" else ".pub.pem")
            elif t.fill == "ossh":
                relpath += ".pub"
        negs.append((relpath, text, t.provider, nk))
    for ni in schedule(rng, len(NEG), n_neg - half):
        fn, prov, kind = NEG[ni]
        relpath, text = fn(rng)
        negs.append((relpath, text, prov, "lookalike_" + kind if kind not in (
            "env_reference", "secret_manager_reference", "placeholder", "masked", "doc_example",
            "file_secret_reference") else kind))
    rng.shuffle(negs)
    for i, (relpath, text, prov, kind) in enumerate(negs):
        assert not is_blocked_env(relpath), relpath
        rel = "neg/n%04d/%s" % (i, relpath)
        write_file(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(relpath)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    sys.stdout.write("wrote %d positives (%d templates), %d negatives (%d look-alike templates) to %s\n"
                     % (n_pos, len(POS), n_neg, len(NEG), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
