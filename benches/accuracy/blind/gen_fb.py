#!/usr/bin/env python3
"""Blind evaluation-set generator "fb": dental, veterinary and pharmacy practice software.

EMPHASIS
  Domain: the IT of dental offices, veterinary hospitals and independent pharmacies, and of
  the small vendors that integrate with them.  Providers: Open Dental API (developer key,
  customer key, "ODFHIR dev/cust" header) and its MySQL database, Dentrix / Eaglesoft bridges
  (SQL Server / SQL Anywhere passwords), Curve, Weave, NexHealth, Sikka, ezyVet (OAuth client
  secret), Vetspire, Covetrus, IDEXX VetConnect PLUS, Shepherd, PioneerRx (SQL Server sa),
  Surescripts / NCPDP SCRIPT SFTP (passwords, SSH private keys, PFX passwords), openFDA
  (api.data.gov key), DrFirst Rcopia, GoodRx (HMAC secret key), Twilio, Stripe, Square,
  SendGrid, Mailgun, Office 365 / Gmail SMTP, AWS and Azure Storage backups, Slack webhooks.
  File types: C#, VB.NET, Python, JavaScript, PowerShell, batch, INI, XML (.config, eConnector
  style configs), appsettings.json, JSON, YAML, docker-compose, Kubernetes, Terraform, TOML,
  .properties, shell, Dockerfile, Markdown runbooks, SQL scripts, CSV exports, logs, EDI,
  HL7, PEM, .reg, known_hosts.

USAGE
  python3 gen_fb.py OUTDIR SEED
  Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath> (one file per
  folder), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
  positive).  Everything random comes from one random.Random(SEED); same seed, same bytes.

NEEDLE CONVENTIONS
  * The needle is the credential exactly as written in the file; "line" is the 1-based line of
    its first occurrence (asserted after writing).
  * Plain keys, tokens, passwords: the value only, without quotes or the variable name.
  * Connection strings and URLs with a password (Server=..;Password=X; mysql://u:X@h): the
    password X only.  Command-line arguments (-pX, -P X, --account-key X): X only.
  * Webhook URLs whose path is the secret (Slack): the whole URL.
  * HTTP headers: the value after the scheme word ("Authorization: Bearer X" -> X;
    "Authorization: ODFHIR DEV/CUST" -> "DEV/CUST", the Open Dental key pair as one needle).
  * Key pairs (AWS key id + secret, Twilio SID + token, ezyVet client id + secret, GoodRx
    api_key + secret): the needle is the secret half; the public half sits nearby.
  * Multi-line private keys (PEM, OpenSSH): the needle is the "-----BEGIN ... PRIVATE
    KEY-----" line (also when the PEM is embedded in YAML or JSON with \\n escapes).

NEGATIVES
  n-files hold no credential.  About half re-use the positive templates with the secret's slot
  holding: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
  masked values (****, [REDACTED], sk_live_****1234), environment references in the file's
  language (os.environ[..], Environment.GetEnvironmentVariable, $env:X, %X%, ${X}, var.x,
  $(X)), secret-manager references (op://, vault:, Key Vault, AWS Secrets Manager ARN),
  template expressions (${{ secrets.X }}, {{ .Values.x }}, #{X}#, __X__), providers'
  documented examples (AWS EXAMPLE keys, Stripe docs test key, Azurite dev key, openFDA
  DEMO_KEY, Slack T000/B000/XXX URL, Open Dental's published example CustomerKeys) and values
  documented as public (Stripe pk_live_, Square application ids sq0idp-).  The other half are
  look-alikes from the domain: patient/chart numbers, NDC codes, NPIs (Luhn-valid), fake
  DEA-style numbers (checksum-valid, no real registrant), RxCUIs, ISO 11784 microchip numbers
  (15 digits), claim/appointment/accession ids, DSCSA serials, Twilio message SIDs, Stripe
  object ids, SHA-256/SHA-1/MD5 digests, SRI hashes, image digests, UUIDs/GUIDs, base64 data,
  webhook signatures, bcrypt hashes, SSH/PGP public keys, X.509 certificates, HL7/EDI control
  numbers.  No negative is written to a .env / .env.local / .env.production style file.

FORMATS CHECKED (search tool, providers' pages)
  * Open Dental (opendental.com apisetup / apideveloperportal / apilocal): header
    "Authorization: ODFHIR {DeveloperKey}/{CustomerKey}"; example CustomerKeys are 16 chars of
    A-Z0-9 (AAM2DYNOLF0F7ZUD, 93R8TEL22OI4UPYX, 565ATSAH4SZDUTTK, QJXZR4PNK5B8W2HD: used only
    as negatives); remote base https://api.opendental.com/api/v1, Local API port 30222, API
    Service port 30223, OpenDentalWebConfig.xml.
  * NexHealth docs: POST https://nexhealth.info/authenticates with "Authorization: <api key>"
    and Accept application/vnd.Nexhealth+json;version=2; returns a bearer token.
  * ezyVet developers: POST https://api.ezyvet.com/v1/oauth/access_token with partner_id,
    client_id, client_secret, grant_type=client_credentials, scope.
  * Vetspire: GraphQL API with an administrator-issued API token (directory page only).
  * Sikka: app_id / app_key, request_key, office_id/practice_id (FAQ and Postman collection).
  * GoodRx developer docs: api_key in query string, request signed with HMAC-SHA256 of the
    query string using the secret key, base64 with +/ replaced by _, sent as sig=.
  * openFDA: api_key query parameter or basic auth, keys from api.data.gov (DEMO_KEY).
  * Stripe docs/pages: sk_live_/sk_test_, rk_live_ restricted, pk_live_ publishable (public),
    whsec_ webhook signing secret, Stripe-Signature header t=..,v1=...
  * Twilio docs: Account SID = 34 chars "AC" + 32 hex; API key SID "SK..."; auth token and API
    key secret are the secrets.
  * Square docs: Bearer access tokens, OAuth access tokens 64 bytes, application id
    sq0idp-/sandbox-sq0idb- (public), application secret sq0csp- (seen in project code).
  * SendGrid docs: API keys are 69 characters ("SG." + 22 + "." + 43).
  * Mailgun docs: basic auth user "api", password = API key; domain sending keys.
  * AWS docs: access key id 20 chars (AKIA...), secret 40 chars; AKIAIOSFODNN7EXAMPLE and
    wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY are documentation examples (negatives only).
  * Azure Storage docs: DefaultEndpointsProtocol=..;AccountName=..;AccountKey=..;
    EndpointSuffix=core.windows.net.
  * Slack docs: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    is the documented example shape.

DOUBTS
  * Open Dental DeveloperKey format is not shown; assumed 16 alphanumerics like CustomerKey.
    FreeDentalConfig.xml / OpenDentalWebConfig.xml element names are from memory.
  * Key formats of NexHealth, Sikka (app_key assumed 32 hex), ezyVet client_secret, Vetspire
    token, Weave, Curve, Covetrus, Shepherd, IDEXX, DrFirst, GoodRx secret key, PioneerRx and
    Surescripts are not published; the generator uses plausible random strings and the
    providers' documented parameter names.  openFDA key length (40) not confirmed from docs.
  * Stripe key lengths (modern keys ~100+ chars after "sk_live_51"), whsec_ length (32),
    Twilio auth token as 32 lowercase hex, Square access token as "EAAA" + 60 chars from
    [A-Za-z0-9_-], Mailgun "key-" + 32 hex (legacy) and the newer hex-hex-hex shape are
    from observation, not from a documented specification.
  * NPI check digit (Luhn over "80840" + 9 digits) and the DEA-style checksum are written from
    memory, not re-checked against CMS/DEA pages in this session.  ssh-rsa public keys in the
    look-alikes naturally contain "...EAAAADAQAB...", which resembles a Square token prefix.
  * Some "public value" negatives put a public id (pk_live_, sq0idp-) into a slot whose
    variable name says secret; realistic as a mistake, but a little artificial.
  * Search results that were secret-scanner rule material (a keyhog detector TOML for
    openFDA, GitGuardian detector pages, a GitLab secret-detection rule issue) appeared in
    result lists; they were not used.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = AN + "+/"
B64U = AN + "-_"
B32 = UP + "234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b64bytes(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid4(r, upper=False):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def sha256hex(r):
    return hashlib.sha256(bytes(r.getrandbits(8) for _ in range(32))).hexdigest()


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(r):
    base = r.choice("12") + rs(r, DG, 8)
    return base + luhn_digit("80840" + base)


def dea_like(r, last="Z"):
    # Fake DEA-style number: 2 letters + 6 digits + check digit (documented checksum shape).
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFM") + last.upper()[:1] + "".join(map(str, d)) + str(chk)


def ndc(r):
    shape = r.choice([(5, 4, 2), (4, 4, 2), (5, 3, 2)])
    return "-".join(rs(r, DG, n) for n in shape)


def microchip(r):
    return r.choice(["985", "900", "981", "982", "956", "941"]) + rs(r, DG, 12)


# ---------------------------------------------------------------- secrets (positives) ----
WORDS = ["Granite", "Harbor", "Maple", "Falcon", "Copper", "Juniper", "Summit", "Orchid",
         "Cobalt", "Willow", "Canyon", "Meadow", "Ember", "Quartz", "Timber", "Saffron",
         "Glacier", "Pepper", "Thistle", "Marlin", "Basalt", "Lantern", "Nimbus", "Sorrel"]


def gen_password(r, syms="!#*-_.+~", minlen=14):
    x = r.random()
    if x < 0.4:
        n = r.randint(max(minlen, 14), 24)
        while True:
            p = rs(r, AN + syms * 2, n)
            if (any(c in syms for c in p) and any(c in DG for c in p)
                    and any(c in UP for c in p) and any(c in LO for c in p)):
                return p
    if x < 0.7:
        w = r.sample(WORDS, 2)
        return w[0] + r.choice(syms) + w[1] + rs(r, DG, r.randint(2, 4)) + r.choice(syms)
    while True:
        p = rs(r, AN, r.randint(max(minlen, 18), 30))
        if any(c in DG for c in p) and any(c in UP for c in p) and any(c in LO for c in p):
            return p


def pem_private(r):
    kind = r.choice(["RSA", "RSA", "PKCS8", "EC", "OPENSSH"])
    if kind == "RSA":
        head, pre, n, w = "RSA PRIVATE KEY", r.choice(["MIIEpAIBAAKCAQEA", "MIIEowIBAAKCAQEA"]), 1592, 64
    elif kind == "PKCS8":
        head, pre, n, w = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1620, 64
    elif kind == "EC":
        head, pre, n, w = "EC PRIVATE KEY", "MHcCAQEEI", 164, 64
    else:
        head, pre, n, w = ("OPENSSH PRIVATE KEY",
                           "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACA", 300, 70)
    body = pre.replace("\n", "") + rs(r, B64, n - len(pre.replace("\n", "")))
    if kind != "OPENSSH":
        body = body[:-2] + "=="
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head)


def g_stripe_sk(r):
    if r.random() < 0.75:
        return "sk_live_51" + rs(r, AN, r.randint(95, 99))
    return "sk_live_" + rs(r, AN, 24)


def g_slack(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UP + DG, r.choice([8, 10])), rs(r, UP + DG, r.choice([8, 10, 11])), rs(r, AN, 24))


def g_mailgun(r):
    if r.random() < 0.5:
        return "key-" + rs(r, HEX, 32)
    return "%s-%s-%s" % (rs(r, HEX, 32), rs(r, HEX, 8), rs(r, HEX, 8))


GEN = {
    "od_pair": lambda r: rs(r, AN, 16) + "/" + rs(r, UP + DG, 16),
    "od_dev": lambda r: rs(r, AN, 16),
    "od_cust": lambda r: rs(r, UP + DG, 16),
    "mysql_pwd": lambda r: gen_password(r),
    "sql_pwd": lambda r: gen_password(r),
    "url_pwd": lambda r: gen_password(r, syms="-_.~"),
    "bat_pwd": lambda r: gen_password(r, syms="-_.#*+"),
    "stripe_sk": g_stripe_sk,
    "stripe_rk": lambda r: "rk_live_51" + rs(r, AN, r.randint(95, 99)),
    "stripe_whsec": lambda r: "whsec_" + rs(r, AN, 32),
    "twilio_token": lambda r: rs(r, HEX, 32),
    "twilio_secret": lambda r: rs(r, AN, 32),
    "square_token": lambda r: "EAAA" + rs(r, AN + "-_", 60),
    "square_secret": lambda r: "sq0csp-" + rs(r, B64U, 43),
    "sendgrid": lambda r: "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43),
    "mailgun": g_mailgun,
    "o365_app": lambda r: rs(r, LO, 16),
    "gmail_app": lambda r: " ".join(rs(r, LO, 4) for _ in range(4)),
    "smtp_pwd": lambda r: gen_password(r),
    "aws_secret": lambda r: rs(r, B64, 40),
    "azure_key": lambda r: b64bytes(r, 64),
    "openfda": lambda r: rs(r, AN, 40),
    "goodrx_secret": lambda r: rs(r, AN, 32),
    "nexhealth": lambda r: rs(r, AN + "-_", 44),
    "sikka_key": lambda r: rs(r, HEX, 32),
    "ezyvet_secret": lambda r: rs(r, AN, 40),
    "vetspire": lambda r: rs(r, AN, 48),
    "weave": lambda r: rs(r, AN, 40),
    "curve_secret": lambda r: rs(r, AN + "-_", 43),
    "covetrus": lambda r: rs(r, HEX, 40),
    "shepherd": lambda r: "shp_" + rs(r, AN, 32) if r.random() < 0.3 else rs(r, AN, 36),
    "slack": g_slack,
    "pem": pem_private,
    "pfx_pwd": lambda r: gen_password(r),
    "drfirst_pwd": lambda r: gen_password(r, syms="!#*-_.+~"),
}


# ------------------------------------------------------------- negative slot values ------
AZURITE_KEY = ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
               "K1SZFPTOtr/KBHBeksoGMGw==")
DOCS = {
    "stripe_sk": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc"],
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY"],
    "azure_key": [AZURITE_KEY],
    "openfda": ["DEMO_KEY"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "od_cust": ["AAM2DYNOLF0F7ZUD", "93R8TEL22OI4UPYX", "565ATSAH4SZDUTTK", "QJXZR4PNK5B8W2HD"],
    "od_pair": ["{DeveloperKey}/{CustomerKey}", "{DeveloperKey}/{DeveloperPortalKey}",
                "DeveloperKey/CustomerKeyHere"],
    "twilio_token": ["your_auth_token"],
    "twilio_secret": ["your_api_secret"],
    "goodrx_secret": ["YOUR_SECRET_KEY"],
    "nexhealth": ["YOUR_API_KEY"],
}
PUBLIC = {
    "stripe_sk": lambda r: "pk_live_51" + rs(r, AN, 97),
    "stripe_rk": lambda r: "pk_live_51" + rs(r, AN, 97),
    "square_token": lambda r: "sq0idp-" + rs(r, B64U, 22),
    "square_secret": lambda r: "sq0idp-" + rs(r, B64U, 22),
    "pem": lambda r: ("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
                      + "\n".join([rs(r, B64, 20)] + [rs(r, B64, 64) for _ in range(5)])
                      + "\nIDAQAB\n-----END PUBLIC KEY-----"),
}
SPECIFIC_PLACEHOLDERS = {
    "stripe_sk": ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_REPLACE_ME", "sk_test_..."],
    "stripe_rk": ["rk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "rk_live_<restricted-key>"],
    "stripe_whsec": ["whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "whsec_..."],
    "square_token": ["EAAA_REPLACE_WITH_SQUARE_TOKEN", "EAAAxxxxxxxxxxxxxxxxxxxxxxxx"],
    "square_secret": ["sq0csp-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "sendgrid": ["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "SG.your-key"],
    "mailgun": ["key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "key-000000000000000000"],
    "twilio_token": ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "[AuthToken]"],
    "slack": ["https://hooks.slack.com/services/XXX/YYY/ZZZ",
              "https://hooks.slack.com/services/<team>/<channel>/<token>"],
    "od_pair": ["YOUR_DEV_KEY/YOUR_CUSTOMER_KEY", "<developer-key>/<customer-key>"],
    "od_cust": ["XXXXXXXXXXXXXXXX", "<customer-key>"],
    "od_dev": ["XXXXXXXXXXXXXXXX", "<developer-key>"],
    "pem": ["<paste the SFTP private key here>", "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"],
    "gmail_app": ["abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx"],
    "aws_secret": ["<aws-secret-access-key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
}


def pascal(env):
    return "".join(p.capitalize() for p in env.lower().split("_"))


def camel(env):
    p = pascal(env)
    return p[:1].lower() + p[1:]


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def lit(lang, v):
    if lang in ("py", "cs", "vb", "js", "json", "tf", "toml", "sh", "yaml"):
        return '"' + v + '"' if lang != "json" else json.dumps(v)
    if lang == "ps1":
        return "'" + v.replace("'", "''") + "'"
    if lang == "yamlbare":
        if v == "" or v[0] in "{[*&!|>%@`\"'#<" or ": " in v or " #" in v or v.endswith(":"):
            return '"' + v + '"'
        return v
    if lang == "xml":
        return xml_esc(v)
    return v


def ref_full(r, lang, env):
    if lang == "py":
        return r.choice(['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env])
    if lang == "cs":
        return r.choice(['Environment.GetEnvironmentVariable("%s")' % env,
                         'configuration["%s"]' % pascal(env)])
    if lang == "vb":
        return 'Environment.GetEnvironmentVariable("%s")' % env
    if lang == "js":
        return "process.env.%s" % env
    if lang == "ps1":
        return "$env:%s" % env
    if lang in ("sh", "yaml", "json", "toml"):
        return '"${%s}"' % env
    if lang == "tf":
        return "var.%s" % env.lower()
    if lang in ("bat", "xml"):
        return "%%%s%%" % env
    if lang == "sql":
        return "$(%s)" % env
    if lang == "md":
        return "$%s" % env
    return "${%s}" % env


def ref_emb(lang, env):
    if lang == "ps1":
        return "$env:%s" % env
    if lang in ("bat", "xml"):
        return "%%%s%%" % env
    if lang == "sql":
        return "$(%s)" % env
    return "${%s}" % env


def neg_value(r, gen, env, lang, slug):
    """-> (category, raw value or None for env reference)."""
    cats = ["placeholder", "placeholder", "empty", "masked", "envref", "envref",
            "secretmgr", "template"]
    if gen in DOCS:
        cats += ["doc", "doc", "doc"]
    if gen in PUBLIC:
        cats += ["public", "public"]
    if lang in ("log", "csv"):
        cats = [c for c in cats if c not in ("envref", "secretmgr", "template")] + ["masked"]
    if gen == "pem":
        cats = [c for c in cats if c not in ("empty",)]
    if lang == "pem":
        cats = ["placeholder", "placeholder", "public", "public"]
    cat = r.choice(cats)
    if cat == "placeholder":
        pool = ["<%s>" % env.lower().replace("_", "-"), "YOUR_%s_HERE" % env, "changeme",
                "x" * r.choice([16, 24, 32]), "REPLACE_ME", "TODO", "<secret>", "your-%s" % env.lower().replace("_", "-")]
        pool += SPECIFIC_PLACEHOLDERS.get(gen, []) * 3
        return cat, r.choice(pool)
    if cat == "empty":
        return cat, ""
    if cat == "masked":
        pool = ["********", "****************", "[REDACTED]", "<redacted>", "***"]
        if gen == "stripe_sk":
            pool.append("sk_live_" + "*" * 20 + rs(r, AN, 4))
        if gen == "od_pair":
            pool.append("****/****")
        if gen == "slack":
            pool.append("https://hooks.slack.com/services/****")
        return cat, r.choice(pool)
    if cat == "envref":
        return cat, None
    if cat == "secretmgr":
        name = pascal(env)
        return cat, r.choice([
            "op://Practice-IT/%s/credential" % name,
            "vault:secret/data/%s/%s#value" % (slug, env.lower()),
            "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (slug[:14], name),
            "arn:aws:secretsmanager:us-east-1:%s:secret:%s/%s-%s" % (rs(r, DG, 12), slug, env.lower(), rs(r, AN, 6)),
        ])
    if cat == "template":
        return cat, r.choice(["${{ secrets.%s }}" % env, "{{ .Values.secrets.%s }}" % camel(env),
                              "{{ %s }}" % env.lower(), "#{%s}#" % pascal(env), "__%s__" % env])
    if cat == "doc":
        return cat, r.choice(DOCS[gen])
    return cat, PUBLIC[gen](r)


# ------------------------------------------------------------------------- context -------
DENTAL = ["Lakeside Family Dental", "Cedar Ridge Dental Group", "Bright Smiles Pediatric Dentistry",
          "Harbor View Orthodontics", "Maple Grove Dental Care", "Summit Oral Surgery",
          "Riverbend Dental Studio", "Willow Creek Family Dentistry", "Northgate Endodontics"]
VET = ["Cedar Ridge Veterinary Hospital", "Paws & Claws Animal Clinic", "Riverside Pet Hospital",
       "Oak Hollow Equine Practice", "Bayside Emergency Vet", "Meadowbrook Animal Hospital",
       "Greenfield Cat Clinic", "Prairie Mobile Vet Services"]
RX = ["Main Street Pharmacy", "Hilltop Apothecary", "Corner Drug & Compounding", "Valley Care Pharmacy",
      "Westside Family Pharmacy", "Lakeshore Specialty Rx", "Pine Street Drug"]
CITIES = [("Boise", "ID"), ("Tulsa", "OK"), ("Dayton", "OH"), ("Fresno", "CA"), ("Madison", "WI"),
          ("Spokane", "WA"), ("Knoxville", "TN"), ("Lancaster", "PA"), ("Bend", "OR"), ("Ames", "IA")]
FIRST = ["Ana", "Ben", "Carla", "Dev", "Emma", "Farid", "Grace", "Hugo", "Ivy", "Jon", "Kim", "Luis",
         "Mara", "Nate", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tess"]
LAST = ["Nguyen", "Patel", "Okafor", "Schmidt", "Garcia", "Kowalski", "Haddad", "Larsen", "Moreau",
        "Ito", "Reyes", "Novak", "Brennan", "Castillo", "Dubois", "Yilmaz"]
DRUGS = [("atorvastatin 20 mg tab", "617310"), ("lisinopril 10 mg tab", "314076"),
         ("amoxicillin 500 mg cap", "308191"), ("metformin 500 mg tab", "861007"),
         ("carprofen 75 mg chewable", "0"), ("gabapentin 300 mg cap", "310431"),
         ("levothyroxine 50 mcg tab", "966222"), ("sertraline 50 mg tab", "312940"),
         ("omeprazole 20 mg cap", "198051"), ("amlodipine 5 mg tab", "197361")]


def slugify(s):
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def mkctx(r, neg):
    c = {}
    c["neg"] = neg
    c["dental"] = r.choice(DENTAL)
    c["vet"] = r.choice(VET)
    c["rx"] = r.choice(RX)
    c["city"], c["state"] = r.choice(CITIES)
    c["dslug"] = slugify(c["dental"])
    c["vslug"] = slugify(c["vet"])
    c["rslug"] = slugify(c["rx"])
    c["srv"] = r.choice(["DX-SERVER01", "OD-SRV", "FRONTDESK-01", "PRACTICE-SQL", "RXSRV01", "VETSRV02"])
    c["ip"] = "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 250))
    c["port"] = r.choice([1433, 1433, 14330, 52000])
    c["user"] = r.choice(FIRST).lower() + "." + r.choice(LAST).lower()
    c["name"] = r.choice(FIRST) + " " + r.choice(LAST)
    c["domain"] = r.choice(["lakesidedental.com", "cedarridgevet.com", "mainstreetrx.com",
                            "brightsmilespeds.com", "pawsandclaws.vet", "hilltopapothecary.com"])
    c["phone"] = "+1%d555%04d" % (r.choice([208, 918, 937, 559, 608, 509, 865, 717]), r.randint(100, 9999))
    c["twsid"] = "AC" + rs(r, HEX, 32)
    c["sksid"] = "SK" + rs(r, HEX, 32)
    c["akid"] = ("AKIA" + rs(r, B32, 16)) if not neg else "AKIAIOSFODNN7EXAMPLE"
    c["year"] = r.choice([2023, 2024, 2025])
    c["date"] = "%d-%02d-%02d" % (c["year"], r.randint(1, 12), r.randint(1, 28))
    c["time"] = "%02d:%02d:%02d" % (r.randint(6, 20), r.randint(0, 59), r.randint(0, 59))
    c["sqloc"] = rs(r, UP + DG, 13)
    c["pk"] = "pk_live_51" + rs(r, AN, 97)
    c["clinic"] = r.randint(1, 9)
    c["version"] = r.choice(["24.3.61", "24.4.33", "25.1.2", "23.3.44", "25.2.18"])
    c["bucket"] = r.choice(["practice-backups", "od-nightly", "rx-archive", "vet-imaging-backup"]) + "-" + rs(r, LO + DG, 6)
    c["storacct"] = r.choice(["stdental", "stvetbk", "strxarch"]) + rs(r, LO + DG, 8)
    c["office_id"] = "D" + rs(r, DG, 5)
    c["partner_id"] = "p" + rs(r, DG, 5)
    c["client_id"] = rs(r, LO + DG, 24)
    c["ncpdp"] = rs(r, DG, 7)
    c["npi"] = npi(r)
    c["spi"] = rs(r, DG, 13)
    return c


# ------------------------------------------------------------------- template kit --------
POS = []


def P(provider, kind, gen, lang, env):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "gen": gen, "lang": lang,
                    "env": env, "name": fn.__name__})
        return fn
    return deco


def T(s, c=None, **kw):
    d = dict(c or {})
    d.update(kw)
    for k, v in d.items():
        s = s.replace("@{" + k + "}", str(v))
    left = re.search(r"@\{[A-Za-z_0-9]+\}", s)
    assert left is None, left
    return s.lstrip("\n")


def ind(s, n):
    pad = " " * n
    return "\n".join(pad + line if line else line for line in s.split("\n"))


# ======================= Open Dental ======================================================
@P("opendental", "developer api key", "od_dev", "py", "OD_DEVELOPER_KEY")
def t_od_py(r, c, L, E):
    return "integrations/opendental/client.py", T('''
"""Thin wrapper around the Open Dental REST API (remote, service and local modes)."""
import os
import requests

BASE_URLS = [
    "http://@{srv}:30223/api/v1",      # API Service on the office server
    "https://api.opendental.com/api/v1",  # remote API through the eConnector
]
OD_DEVELOPER_KEY = @{L}
OD_CUSTOMER_KEY = os.environ.get("OD_CUSTOMER_KEY", "")


def _headers():
    return {
        "Authorization": "ODFHIR %s/%s" % (OD_DEVELOPER_KEY, OD_CUSTOMER_KEY),
        "Content-Type": "application/json",
    }


def get_appointments(date_start, clinic_num=@{clinic}):
    params = {"dateStart": date_start, "ClinicNum": clinic_num}
    for base in BASE_URLS:
        try:
            resp = requests.get(base + "/appointments", headers=_headers(), params=params, timeout=20)
            resp.raise_for_status()
            return resp.json()
        except requests.ConnectionError:
            continue
    raise RuntimeError("no Open Dental API endpoint reachable")
''', c, L=L)


@P("opendental", "api key pair (authorization header)", "od_pair", "cs", "OD_API_KEYS")
def t_od_cs(r, c, L, E):
    return "src/Connectors/OpenDental/OpenDentalApiClient.cs", T('''
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Practice.Connectors.OpenDental
{
    public sealed class OpenDentalApiClient : IDisposable
    {
        private readonly HttpClient _http;

        public OpenDentalApiClient(Uri baseAddress)
        {
            _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("ODFHIR", "@{E}");
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public Task<string> GetPatientAsync(long patNum) =>
            _http.GetStringAsync($"patients/{patNum}");

        public Task<string> GetProvidersAsync() => _http.GetStringAsync("providers");

        public void Dispose() => _http.Dispose();
    }
}
''', c, E=E)


@P("opendental", "api key pair (authorization header)", "od_pair", "ps1", "OD_API_KEYS")
def t_od_ps1(r, c, L, E):
    return "scripts/Get-OdAppointments.ps1", T('''
<#
.SYNOPSIS
  Pulls tomorrow's appointments from the Open Dental API Service for the reminder export.
#>
param(
    [string]$Server = "@{srv}",
    [int]$Port = 30223
)

$ErrorActionPreference = "Stop"
$tomorrow = (Get-Date).AddDays(1).ToString("yyyy-MM-dd")
$headers = @{
    Authorization  = "ODFHIR @{E}"
    "Content-Type" = "application/json"
}

$uri = "http://$($Server):$Port/api/v1/appointments?date=$tomorrow"
$appts = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
$appts | Select-Object AptNum, PatNum, AptDateTime, Op, ProvNum |
    Export-Csv -Path "C:\\Reminders\\appts_$tomorrow.csv" -NoTypeInformation
Write-Host "Exported $($appts.Count) appointments"
''', c, E=E)


@P("opendental", "api key pair (authorization header)", "od_pair", "md", "OD_API_KEYS")
def t_od_md(r, c, L, E):
    return "docs/integrations/opendental-api.md", T('''
# Open Dental API - office setup notes (@{dental})

1. In Open Dental: Setup > Advanced Setup > API, click **Add Key**, paste the customer key.
2. Make sure the eConnector is running on `@{srv}` (the API Service listens on 30223).
3. Smoke test from the server:

```bash
curl -s http://@{srv}:30223/api/v1/patients/Simple?LName=Test \\
  -H 'Authorization: ODFHIR @{E}' \\
  -H 'Content-Type: application/json'
```

Expected: `200 OK` and a JSON array. A `401` means the key is disabled in API Setup.

| Item | Value |
|------|-------|
| Open Dental version | @{version} |
| Clinic | @{clinic} |
| Contact | @{name} |
''', c, E=E)


@P("opendental", "customer api key", "od_cust", "json", "OD_CUSTOMER_KEY")
def t_od_appsettings(r, c, L, E):
    return "src/SchedulerSync/appsettings.Production.json", T('''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "OpenDental": {
    "BaseUrl": "https://api.opendental.com/api/v1/",
    "DeveloperKey": "",
    "CustomerKey": @{L},
    "ClinicNum": @{clinic},
    "PollSeconds": 120
  },
  "AllowedHosts": "*"
}
''', c, L=L)


@P("opendental", "mysql password", "mysql_pwd", "xml", "OD_MYSQL_PASSWORD")
def t_od_freedental(r, c, L, E):
    return "deploy/workstation/FreeDentalConfig.xml", T('''
<?xml version="1.0" encoding="utf-8"?>
<ConnectionSettings>
  <DatabaseConnection>
    <ComputerName>@{srv}</ComputerName>
    <Database>opendental</Database>
    <User>od_app</User>
    <Password>@{E}</Password>
    <MySQLUser></MySQLUser>
    <MySQLPassword></MySQLPassword>
    <NoShowOnStartup>True</NoShowOnStartup>
  </DatabaseConnection>
  <DatabaseType>MySql</DatabaseType>
  <UseDynamicMode>false</UseDynamicMode>
</ConnectionSettings>
''', c, E=E)


@P("opendental", "mysql password", "mysql_pwd", "xml", "OD_MYSQL_PASSWORD")
def t_od_webconfig(r, c, L, E):
    return "deploy/server/OpenDentalWebConfig.xml", T('''
<?xml version="1.0" encoding="utf-8"?>
<!-- API Service / eConnector database settings for @{dental} -->
<ConnectionSettings>
  <DatabaseConnection>
    <ComputerName>localhost</ComputerName>
    <Database>opendental</Database>
    <User>econnector</User>
    <Password>@{E}</Password>
  </DatabaseConnection>
  <DatabaseType>MySql</DatabaseType>
  <LogLevelOfApplication>Error</LogLevelOfApplication>
  <ApiServicePort>30223</ApiServicePort>
</ConnectionSettings>
''', c, E=E)


@P("opendental", "mysql password", "mysql_pwd", "sql", "REPORT_PASSWORD")
def t_od_sql(r, c, L, E):
    return "sql/opendental/create_reporting_user.sql", T('''
-- Read-only reporting account for the BI dashboard (@{dental}).
-- Run as root on the Open Dental MySQL server (@{srv}).
CREATE USER IF NOT EXISTS 'od_report'@'192.168.%' IDENTIFIED BY '@{E}';
GRANT SELECT ON opendental.appointment TO 'od_report'@'192.168.%';
GRANT SELECT ON opendental.patient TO 'od_report'@'192.168.%';
GRANT SELECT ON opendental.procedurelog TO 'od_report'@'192.168.%';
GRANT SELECT ON opendental.claim TO 'od_report'@'192.168.%';
FLUSH PRIVILEGES;

-- sanity check
SELECT user, host FROM mysql.user WHERE user = 'od_report';
''', c, E=E)


@P("opendental", "mysql password", "bat_pwd", "bat", "MYSQL_ROOT_PASSWORD")
def t_od_bat(r, c, L, E):
    return "backup/od_nightly_backup.bat", T('''
@echo off
rem Nightly Open Dental dump - scheduled task on @{srv}
setlocal
set "DUMPDIR=D:\\Backups\\OpenDental"
set "MYSQLBIN=C:\\Program Files\\MariaDB 10.5\\bin"
for /f "tokens=1-3 delims=/ " %%a in ("%date:~4%") do set STAMP=%%c%%a%%b

if not exist "%DUMPDIR%" mkdir "%DUMPDIR%"
"%MYSQLBIN%\\mysqldump.exe" -u root -p@{E} --single-transaction --routines opendental > "%DUMPDIR%\\opendental_%STAMP%.sql"
if errorlevel 1 (
  echo Backup failed >> "%DUMPDIR%\\backup.log"
  exit /b 1
)
forfiles /p "%DUMPDIR%" /m *.sql /d -14 /c "cmd /c del @path"
endlocal
''', c, E=E)


@P("opendental", "mysql root password", "mysql_pwd", "yamlbare", "MYSQL_ROOT_PASSWORD")
def t_od_compose(r, c, L, E):
    return "docker-compose.yml", T('''
services:
  opendental-db:
    image: mariadb:10.5
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: @{L}
      MYSQL_DATABASE: opendental
    volumes:
      - od-data:/var/lib/mysql
      - ./sql/init:/docker-entrypoint-initdb.d:ro
    ports:
      - "3306:3306"

  sync-worker:
    build: ./worker
    depends_on: [opendental-db]
    environment:
      OD_DB_HOST: opendental-db
      OD_DB_NAME: opendental
      LOG_LEVEL: info

volumes:
  od-data:
''', c, L=L)


# ======================= SQL Server (PioneerRx, Dentrix, Eaglesoft) =====================
@P("pioneerrx", "sql server sa password", "sql_pwd", "cs", "PIONEER_SQL_PASSWORD")
def t_pio_cs(r, c, L, E):
    return "src/RxBridge/Data/PioneerRxContext.cs", T('''
using Microsoft.EntityFrameworkCore;

namespace RxBridge.Data
{
    // Read-only view of the PioneerRx SQL Server database for the refill-reminder job.
    public class PioneerRxContext : DbContext
    {
        private const string ConnectionString =
            "Server=@{srv}\\\\PIONEERRX,@{port};Database=PioneerPharmacySystem;User Id=sa;Password=@{E};TrustServerCertificate=True;ApplicationIntent=ReadOnly";

        public DbSet<RxTransaction> RxTransactions => Set<RxTransaction>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
            => options.UseSqlServer(ConnectionString, sql => sql.CommandTimeout(120));

        protected override void OnModelCreating(ModelBuilder model)
        {
            model.Entity<RxTransaction>().ToTable("RxTransaction", "Prescription").HasKey(x => x.RxTransactionID);
        }
    }
}
''', c, E=E)


@P("dentrix", "sql server password", "sql_pwd", "json", "DENTRIX_SQL_PASSWORD")
def t_dtx_appsettings(r, c, L, E):
    return "src/DentrixExporter/appsettings.json", T('''
{
  "ConnectionStrings": {
    "Dentrix": "Server=@{srv};Database=DENTRIX;User Id=dtx_export;Password=@{E};Encrypt=False",
    "Staging": "Server=(localdb)\\\\MSSQLLocalDB;Database=DxStaging;Trusted_Connection=True"
  },
  "Export": {
    "Practice": "@{dental}",
    "OutputFolder": "D:\\\\Exports\\\\Dentrix",
    "Schedule": "0 2 * * *"
  }
}
''', c, E=E)


@P("eaglesoft", "database password", "sql_pwd", "vb", "ES_DB_PASSWORD")
def t_es_vb(r, c, L, E):
    return "EaglesoftBridge/Module DbSettings.vb", T('''
Imports System.Data.Odbc

Module DbSettings
    ' Eaglesoft (SQL Anywhere) bridge used by the imaging PC at @{dental}
    Private Const DSN As String = "EaglesoftDSN"
    Private Const DB_USER As String = "bridge_ro"
    Private Const DB_PASSWORD As String = @{L}

    Public Function OpenConnection() As OdbcConnection
        Dim cs As String = String.Format("DSN={0};UID={1};PWD={2}", DSN, DB_USER, DB_PASSWORD)
        Dim conn As New OdbcConnection(cs)
        conn.Open()
        Return conn
    End Function
End Module
''', c, L=L)


@P("pioneerrx", "sql server sa password", "sql_pwd", "ps1", "SA_PASSWORD")
def t_pio_ps1(r, c, L, E):
    return "ops/Run-RxMaintenance.ps1", T('''
# Weekly index maintenance for the pharmacy database (@{rx})
Import-Module SqlServer

$instance = "@{srv}\\PIONEERRX"
$query = @"
EXEC dbo.IndexOptimize @Databases = 'PioneerPharmacySystem', @FragmentationLow = NULL,
     @FragmentationMedium = 'INDEX_REORGANIZE', @FragmentationHigh = 'INDEX_REBUILD_ONLINE';
"@

Invoke-Sqlcmd -ServerInstance $instance -Database master -Username sa -Password @{L} `
    -Query $query -QueryTimeout 3600 -TrustServerCertificate

Write-Output "Maintenance finished $(Get-Date -Format s)"
''', c, L=L)


@P("pioneerrx", "sql server sa password", "sql_pwd", "sql", "SA_PASSWORD")
def t_pio_sql(r, c, L, E):
    return "sql/rotate_sa_password.sql", T('''
-- Quarterly sa rotation, ticket IT-@{clinic}@{clinic}41 (@{rx})
USE master;
GO
ALTER LOGIN sa WITH PASSWORD = N'@{E}', CHECK_POLICY = ON;
GO
ALTER LOGIN sa ENABLE;
GO
-- confirm the change
SELECT name, is_disabled, modify_date FROM sys.sql_logins WHERE name = N'sa';
GO
''', c, E=E)


@P("pioneerrx", "sql server sa password", "bat_pwd", "bat", "SA_PASSWORD")
def t_pio_bat(r, c, L, E):
    return "scripts/nightly_export.cmd", T('''
@echo off
rem Export yesterday's fills for the refill-reminder vendor
set "OUT=E:\\Exports\\fills"
set "SQLCMD=C:\\Program Files\\Microsoft SQL Server\\Client SDK\\ODBC\\170\\Tools\\Binn\\SQLCMD.EXE"

"%SQLCMD%" -S @{srv}\\PIONEERRX -U sa -P @{E} -d PioneerPharmacySystem -i "%~dp0fills.sql" -o "%OUT%\\fills.csv" -s"," -W
if %errorlevel% neq 0 exit /b %errorlevel%
echo Export complete
''', c, E=E)


@P("eaglesoft", "database password", "sql_pwd", "ini", "ES_DB_PASSWORD")
def t_es_ini(r, c, L, E):
    return "config/eaglesoft_bridge.ini", T('''
; Eaglesoft bridge settings - @{dental}
[General]
PracticeName=@{dental}
LogFolder=C:\\ProgramData\\EsBridge\\logs
PollMinutes=5

[Database]
DSN=EaglesoftDB
Server=@{srv}
UID=esbridge
PWD=@{E}
ReadOnly=1

[Imaging]
Share=\\\\@{srv}\\Images
''', c, E=E)


@P("dentrix", "sql server password", "sql_pwd", "xml", "DENTRIX_SQL_PASSWORD")
def t_dtx_config(r, c, L, E):
    return "DentrixBridge/App.config", T('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="DentrixDb"
         connectionString="Data Source=@{srv};Initial Catalog=DENTRIX;User ID=dxbridge;Password=@{E};Connect Timeout=30"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PracticeName" value="@{dental}" />
    <add key="SyncIntervalSeconds" value="300" />
  </appSettings>
</configuration>
''', c, E=E)


@P("pioneerrx", "sql server password", "sql_pwd", "yaml", "REPORTING_DB_PASSWORD")
def t_pio_values(r, c, L, E):
    return "deploy/values.yaml", T('''
replicaCount: 1
image:
  repository: registry.internal/rx/refill-reminders
  tag: "1.14.2"

sqlServer:
  host: @{ip}
  port: @{port}
  database: PioneerPharmacySystem
  user: refill_ro
  password: @{L}

schedule: "15 6 * * *"
resources:
  requests: { cpu: 100m, memory: 128Mi }
''', c, L=L)


@P("dentrix", "sql server password", "sql_pwd", "log", "DENTRIX_SQL_PASSWORD")
def t_dtx_log(r, c, L, E):
    return "logs/sync-%s.log" % c["date"], T('''
@{date} @{time} INFO  DxSync starting, version 3.2.7
@{date} @{time} INFO  Loading settings from C:\\ProgramData\\DxSync\\settings.json
@{date} @{time} WARN  Primary connection failed, retrying with fallback
@{date} @{time} ERROR Login failed for connection string "Server=@{srv};Database=DENTRIX;User Id=sa;Password=@{E};" (error 18456, state 8)
@{date} @{time} INFO  Retrying in 30 seconds (attempt 2 of 5)
@{date} @{time} INFO  Connected to @{srv} using Windows authentication
@{date} @{time} INFO  Synced 184 appointments, 12 new patients
''', c, E=E)


# ======================= Stripe ===========================================================
@P("stripe", "secret key", "stripe_sk", "py", "STRIPE_SECRET_KEY")
def t_stripe_py(r, c, L, E):
    return "billing/stripe_client.py", T('''
import logging
import os

import stripe

log = logging.getLogger(__name__)

stripe.api_key = @{L}
stripe.max_network_retries = 2

PUBLISHABLE_KEY = "@{pk}"  # safe to ship to the booking page


def charge_copay(customer_id, amount_cents, appointment_id):
    """Charge the patient's saved card for the copay after checkout."""
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        customer=customer_id,
        off_session=True,
        confirm=True,
        metadata={"appointment_id": appointment_id, "practice": "@{dslug}"},
    )
    log.info("copay intent %s status=%s", intent.id, intent.status)
    return intent
''', c, L=L)


@P("stripe", "secret key", "stripe_sk", "cs", "STRIPE_SECRET_KEY")
def t_stripe_cs(r, c, L, E):
    return "src/Payments/StripeSetup.cs", T('''
using Stripe;

namespace VetPortal.Payments
{
    public static class StripeSetup
    {
        public static void Configure()
        {
            StripeConfiguration.ApiKey = @{L};
            StripeConfiguration.MaxNetworkRetries = 2;
        }

        public static PaymentIntent CreateDeposit(string customerId, long cents, string bookingId)
        {
            var service = new PaymentIntentService();
            return service.Create(new PaymentIntentCreateOptions
            {
                Amount = cents,
                Currency = "usd",
                Customer = customerId,
                Description = "Surgery deposit - @{vet}",
                Metadata = new Dictionary<string, string> { ["booking"] = bookingId },
            });
        }
    }
}
''', c, L=L)


@P("stripe", "secret key", "stripe_sk", "json", "STRIPE_SECRET_KEY")
def t_stripe_appsettings(r, c, L, E):
    return "src/PatientPortal/appsettings.json", T('''
{
  "Stripe": {
    "PublishableKey": "@{pk}",
    "SecretKey": @{L},
    "Currency": "usd",
    "StatementDescriptor": "@{dental}"
  },
  "Portal": {
    "ClinicName": "@{dental}",
    "SupportPhone": "@{phone}"
  },
  "Serilog": { "MinimumLevel": "Information" }
}
''', c, L=L)


@P("stripe", "secret key", "stripe_sk", "yamlbare", "STRIPE_SECRET_KEY")
def t_stripe_gha(r, c, L, E):
    return ".github/workflows/deploy.yml", T('''
name: deploy-portal
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      NODE_ENV: production
      STRIPE_SECRET_KEY: @{L}
      PRACTICE_SLUG: @{dslug}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm run build
      - run: npm run deploy -- --env production
''', c, L=L)


@P("stripe", "secret key", "stripe_sk", "tf", "STRIPE_API_KEY")
def t_stripe_tf(r, c, L, E):
    return "infra/stripe.tf", T('''
terraform {
  required_providers {
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }
  }
}

provider "stripe" {
  api_key = @{L}
}

resource "stripe_webhook_endpoint" "portal" {
  url            = "https://portal.@{domain}/hooks/stripe"
  enabled_events = ["payment_intent.succeeded", "charge.refunded"]
  description    = "Patient portal payments"
}
''', c, L=L)


@P("stripe", "webhook signing secret", "stripe_whsec", "py", "STRIPE_WEBHOOK_SECRET")
def t_whsec_py(r, c, L, E):
    return "portal/webhooks/stripe_events.py", T('''
from flask import Blueprint, abort, request
import stripe

bp = Blueprint("stripe_events", __name__)
endpoint_secret = @{L}


@bp.route("/hooks/stripe", methods=["POST"])
def stripe_webhook():
    payload = request.get_data()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "payment_intent.succeeded":
        mark_invoice_paid(event["data"]["object"]["metadata"].get("invoice"))
    return "", 204


def mark_invoice_paid(invoice_id):
    ...
''', c, L=L)


@P("stripe", "webhook signing secret", "stripe_whsec", "js", "STRIPE_WEBHOOK_SECRET")
def t_whsec_js(r, c, L, E):
    return "server/routes/webhooks.js", T('''
const express = require('express');
const Stripe = require('stripe');

const router = express.Router();
const stripe = Stripe(process.env.STRIPE_SECRET_KEY);

router.post('/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], @{L});
  } catch (err) {
    console.warn('stripe signature check failed', err.message);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'checkout.session.completed') {
    // mark the grooming deposit as paid
  }
  res.json({ received: true });
});

module.exports = router;
''', c, L=L)


@P("stripe", "secret key", "stripe_sk", "env", "STRIPE_SECRET_KEY")
def t_stripe_env(r, c, L, E):
    return ".env", T('''
# local development settings for the patient portal
APP_URL=http://localhost:3000
DATABASE_URL=postgres://portal@localhost:5432/portal_dev
STRIPE_PUBLISHABLE_KEY=@{pk}
STRIPE_SECRET_KEY=@{E}
PRACTICE_NAME="@{dental}"
LOG_LEVEL=debug
''', c, E=E)


@P("stripe", "restricted key", "stripe_rk", "ps1", "STRIPE_RESTRICTED_KEY")
def t_stripe_rk_ps1(r, c, L, E):
    return "tools/Export-StripePayouts.ps1", T('''
# Monthly payout export for the bookkeeper (@{vet})
$stripeKey = @{L}
$since = [int][double]::Parse((Get-Date).AddMonths(-1).ToUniversalTime().Subtract([datetime]'1970-01-01').TotalSeconds)

$payouts = Invoke-RestMethod -Uri "https://api.stripe.com/v1/payouts?limit=100&created[gte]=$since" `
    -Headers @{ Authorization = "Bearer $stripeKey" }

$payouts.data | ForEach-Object {
    [pscustomobject]@{ Id = $_.id; Amount = $_.amount / 100; Arrival = $_.arrival_date; Status = $_.status }
} | Export-Csv -Path ".\\payouts.csv" -NoTypeInformation
''', c, L=L)


@P("stripe", "restricted key", "stripe_rk", "md", "STRIPE_RESTRICTED_KEY")
def t_stripe_rk_md(r, c, L, E):
    return "docs/runbooks/refunds.md", T('''
# Issuing a refund by hand

Use this only when the portal refund button fails (see incident log).

1. Find the PaymentIntent id in the portal admin (`pi_...`).
2. Run:

```sh
curl https://api.stripe.com/v1/refunds \\
  -u @{E}: \\
  -d payment_intent=pi_REPLACE \\
  -d reason=requested_by_customer
```

3. Note the refund id in the patient ledger in Open Dental (Account module > Add Adjustment).

Questions: @{name}, front office lead.
''', c, E=E)


# ======================= Twilio ===========================================================
@P("twilio", "auth token", "twilio_token", "py", "TWILIO_AUTH_TOKEN")
def t_twilio_py(r, c, L, E):
    return "reminders/sms.py", T('''
from twilio.rest import Client

ACCOUNT_SID = "@{twsid}"
FROM_NUMBER = "@{phone}"

client = Client(ACCOUNT_SID, @{L})


def send_reminder(to_number, patient_first, when):
    body = (f"Hi {patient_first}, this is @{dental} reminding you of your appointment "
            f"on {when:%a %b %d at %I:%M %p}. Reply C to confirm.")
    msg = client.messages.create(to=to_number, from_=FROM_NUMBER, body=body)
    return msg.sid
''', c, L=L)


@P("twilio", "auth token", "twilio_token", "cs", "TWILIO_AUTH_TOKEN")
def t_twilio_cs(r, c, L, E):
    return "src/Reminders/SmsSender.cs", T('''
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace VetReminders
{
    public class SmsSender
    {
        private const string AccountSid = "@{twsid}";

        public SmsSender()
        {
            TwilioClient.Init(AccountSid, @{L});
        }

        public string SendVaccineReminder(string to, string petName, string dueDate)
        {
            var message = MessageResource.Create(
                body: $"{petName} is due for vaccines on {dueDate}. Call @{vet} to book.",
                from: new PhoneNumber("@{phone}"),
                to: new PhoneNumber(to));
            return message.Sid;
        }
    }
}
''', c, L=L)


@P("twilio", "auth token", "twilio_token", "yaml", "TWILIO_AUTH_TOKEN")
def t_twilio_yaml(r, c, L, E):
    return "config/reminders.yml", T('''
practice: "@{dental}"
timezone: America/Chicago
reminders:
  - offset_hours: 48
    channel: sms
  - offset_hours: 2
    channel: sms
twilio:
  account_sid: "@{twsid}"
  auth_token: @{L}
  messaging_service_sid: "@{mg}"
  from: "@{phone}"
quiet_hours:
  start: "20:00"
  end: "08:00"
''', c, L=L, mg="MG" + rs(r, HEX, 32))


@P("twilio", "auth token", "twilio_token", "properties", "TWILIO_AUTH_TOKEN")
def t_twilio_props(r, c, L, E):
    return "reminder-service/src/main/resources/application.properties", T('''
spring.application.name=reminder-service
server.port=8084
spring.datasource.url=jdbc:sqlserver://@{srv}:1433;databaseName=Reminders
spring.datasource.username=reminders_app
spring.datasource.password=${REMINDERS_DB_PASSWORD}
twilio.account-sid=@{twsid}
twilio.auth-token=@{E}
twilio.from-number=@{phone}
reminders.cron=0 0 9 * * *
''', c, E=E)


@P("twilio", "api key secret", "twilio_secret", "vb", "TWILIO_API_SECRET")
def t_twilio_vb(r, c, L, E):
    return "RecallTexter/Texter.vb", T('''
Imports Twilio
Imports Twilio.Rest.Api.V2010.Account

Public Class Texter
    Private Const ApiKeySid As String = "@{sksid}"
    Private Const AccountSid As String = "@{twsid}"

    Public Sub New()
        TwilioClient.Init(ApiKeySid, @{L}, AccountSid)
    End Sub

    Public Function SendRecall(toNumber As String, firstName As String) As String
        Dim msg = MessageResource.Create(
            body:="Hi " & firstName & ", you are due for your cleaning at @{dental}.",
            from:=New Types.PhoneNumber("@{phone}"),
            [to]:=New Types.PhoneNumber(toNumber))
        Return msg.Sid
    End Function
End Class
''', c, L=L)


@P("twilio", "auth token", "twilio_token", "ini", "TWILIO_AUTH_TOKEN")
def t_twilio_ini(r, c, L, E):
    return "reminder_agent/settings.ini", T('''
[office]
name = @{vet}
phone = @{phone}

[sms]
provider = twilio
sid = @{twsid}
token = @{E}
send_window = 09:00-19:00

[pims]
type = ezyvet
site = @{vslug}
''', c, E=E)


# ======================= Square ===========================================================
@P("square", "access token", "square_token", "py", "SQUARE_ACCESS_TOKEN")
def t_square_py(r, c, L, E):
    return "pos/square_sync.py", T('''
from square.client import Client

LOCATION_ID = "@{sqloc}"

client = Client(access_token=@{L}, environment="production")


def recent_payments(begin_time):
    result = client.payments.list_payments(begin_time=begin_time, location_id=LOCATION_ID)
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body.get("payments", [])
''', c, L=L)


@P("square", "access token", "square_token", "json", "SQUARE_ACCESS_TOKEN")
def t_square_json(r, c, L, E):
    return "src/Checkout/appsettings.json", T('''
{
  "Square": {
    "Environment": "Production",
    "ApplicationId": "sq0idp-@{client_id}",
    "LocationId": "@{sqloc}",
    "AccessToken": @{L}
  },
  "Clinic": { "Name": "@{vet}", "City": "@{city}" }
}
''', c, L=L)


@P("square", "access token", "square_token", "yamlbare", "SQUARE_ACCESS_TOKEN")
def t_square_compose(r, c, L, E):
    return "deploy/docker-compose.prod.yml", T('''
services:
  pos-bridge:
    image: ghcr.io/@{rslug}/pos-bridge:2.3.0
    restart: always
    environment:
      SQUARE_ENVIRONMENT: production
      SQUARE_LOCATION_ID: @{sqloc}
      SQUARE_ACCESS_TOKEN: @{L}
      PIONEER_HOST: @{ip}
    ports:
      - "8080:8080"
''', c, L=L)


@P("square", "application secret", "square_secret", "cs", "SQUARE_APP_SECRET")
def t_square_secret_cs(r, c, L, E):
    return "src/Integrations/SquareOAuth.cs", T('''
using Square;
using Square.Models;

public class SquareOAuth
{
    private readonly SquareClient _client = new SquareClient.Builder()
        .Environment(Square.Environment.Production).Build();

    public async Task<string> ExchangeCodeAsync(string code)
    {
        var body = new ObtainTokenRequest.Builder(clientId: "sq0idp-@{client_id}", grantType: "authorization_code")
            .ClientSecret(@{L})
            .Code(code)
            .RedirectUri("https://app.@{domain}/square/callback")
            .Build();
        var result = await _client.OAuthApi.ObtainTokenAsync(body);
        return result.AccessToken;
    }
}
''', c, L=L)


# ======================= e-mail ===========================================================
@P("sendgrid", "api key", "sendgrid", "cs", "SENDGRID_API_KEY")
def t_sendgrid_cs(r, c, L, E):
    return "src/Notifications/EmailService.cs", T('''
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Practice.Notifications
{
    public class EmailService
    {
        private readonly SendGridClient _client = new SendGridClient(@{L});

        public async Task SendStatementAsync(string to, string name, byte[] pdf)
        {
            var msg = MailHelper.CreateSingleEmail(
                new EmailAddress("billing@@{domain}", "@{dental}"),
                new EmailAddress(to, name),
                "Your statement", "Your statement is attached.", null);
            msg.AddAttachment("statement.pdf", Convert.ToBase64String(pdf));
            await _client.SendEmailAsync(msg);
        }
    }
}
''', c, L=L)


@P("sendgrid", "api key", "sendgrid", "py", "SENDGRID_API_KEY")
def t_sendgrid_py(r, c, L, E):
    return "config/settings.py", T('''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["portal.@{domain}"]
TIME_ZONE = "America/Denver"

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
DEFAULT_FROM_EMAIL = "noreply@@{domain}"
SENDGRID_API_KEY = @{L}
ANYMAIL = {"SENDGRID_API_KEY": SENDGRID_API_KEY}

PRACTICE_NAME = "@{vet}"
''', c, L=L)


@P("office365", "smtp password", "o365_app", "json", "SMTP_PASSWORD")
def t_smtp_json(r, c, L, E):
    return "src/StatementMailer/appsettings.json", T('''
{
  "Smtp": {
    "Host": "smtp.office365.com",
    "Port": 587,
    "EnableSsl": true,
    "Username": "statements@@{domain}",
    "Password": @{L}
  },
  "Statements": { "BatchSize": 50, "FromName": "@{dental} Billing" }
}
''', c, L=L)


@P("office365", "smtp password", "smtp_pwd", "ps1", "SMTP_PASSWORD")
def t_smtp_ps1(r, c, L, E):
    return "scripts/Send-BackupReport.ps1", T('''
$log = Get-Content "D:\\Backups\\last_run.log" -Tail 40 | Out-String
$secure = ConvertTo-SecureString @{L} -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("alerts@@{domain}", $secure)

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -Credential $cred -From "alerts@@{domain}" -To "it@@{domain}" `
    -Subject "Backup report $env:COMPUTERNAME" -Body $log
''', c, L=L)


@P("office365", "smtp password", "smtp_pwd", "xml", "SMTP_PASSWORD")
def t_smtp_webconfig(r, c, L, E):
    return "PatientForms/Web.config", T('''
<?xml version="1.0"?>
<configuration>
  <appSettings>
    <add key="PracticeName" value="@{dental}" />
    <add key="FormsFolder" value="\\\\@{srv}\\Forms" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="forms@@{domain}" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="forms@@{domain}" password="@{E}" />
      </smtp>
    </mailSettings>
  </system.net>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
''', c, E=E)


@P("mailgun", "api key", "mailgun", "py", "MAILGUN_API_KEY")
def t_mailgun_py(r, c, L, E):
    return "notify/mailer.py", T('''
import requests

MAILGUN_DOMAIN = "mg.@{domain}"


def send_lab_results_ready(to_addr, pet_name):
    return requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", @{L}),
        data={
            "from": "@{vet} <results@mg.@{domain}>",
            "to": [to_addr],
            "subject": f"{pet_name}'s lab results are ready",
            "text": "Log in to the pet portal to view the IDEXX results.",
        },
        timeout=15,
    )
''', c, L=L)


@P("gmail", "smtp app password", "gmail_app", "ini", "SMTP_PASSWORD")
def t_gmail_ini(r, c, L, E):
    return "reminder_agent/mail.ini", T('''
[smtp]
host = smtp.gmail.com
port = 587
starttls = yes
user = @{vslug}@gmail.com
password = @{E}

[messages]
from_name = @{vet}
reply_to = frontdesk@@{domain}
''', c, E=E)


# ======================= cloud backups ====================================================
@P("aws", "secret access key", "aws_secret", "ps1", "AWS_SECRET_ACCESS_KEY")
def t_aws_ps1(r, c, L, E):
    return "backup/Push-ImagingBackup.ps1", T('''
# Offsite copy of the imaging share to S3 (runs after the local Veeam job)
Import-Module AWS.Tools.S3

Set-AWSCredential -AccessKey @{akid} `
                  -SecretKey @{L} `
                  -StoreAs imaging-backup
Set-DefaultAWSRegion -Region us-west-2

$source = "\\\\@{srv}\\Images"
Get-ChildItem $source -Recurse -File | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-1) } |
    ForEach-Object {
        $key = "imaging/" + $_.FullName.Substring($source.Length + 1).Replace('\\', '/')
        Write-S3Object -BucketName "@{bucket}" -File $_.FullName -Key $key -ProfileName imaging-backup
    }
''', c, L=L)


@P("aws", "secret access key", "aws_secret", "ini", "AWS_SECRET_ACCESS_KEY")
def t_aws_creds(r, c, L, E):
    return "backup/aws/credentials", T('''
[default]
region = us-east-2

[od-backup]
aws_access_key_id = @{akid}
aws_secret_access_key = @{E}
''', c, E=E)


@P("azure", "storage account key", "azure_key", "json", "AZURE_STORAGE_KEY")
def t_azure_json(r, c, L, E):
    return "src/XrayArchiver/appsettings.json", T('''
{
  "Archive": {
    "SourceFolder": "\\\\\\\\@{srv}\\\\XRays",
    "Container": "xrays",
    "StorageConnection": "DefaultEndpointsProtocol=https;AccountName=@{storacct};AccountKey=@{E};EndpointSuffix=core.windows.net",
    "RetentionYears": 7
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
''', c, E=E)


@P("azure", "storage account key", "azure_key", "bat", "AZURE_STORAGE_KEY")
def t_azure_bat(r, c, L, E):
    return "backup\\upload_dumps.bat".replace("\\", "/"), T('''
@echo off
rem Upload last night's pharmacy DB dumps to cold storage
set "SRC=E:\\SQLBackups"
az storage blob upload-batch --account-name @{storacct} --account-key @{E} --destination rx-dumps --source "%SRC%" --pattern "*.bak" --overwrite false
if errorlevel 1 echo Upload failed on %date% %time% >> "%SRC%\\upload.log"
''', c, E=E)


# ======================= pharmacy =========================================================
@P("openfda", "api key", "openfda", "py", "OPENFDA_API_KEY")
def t_openfda_py(r, c, L, E):
    return "druginfo/recalls.py", T('''
import requests

BASE = "https://api.fda.gov/drug/enforcement.json"


def recalls_for_ndc(product_ndc, limit=5):
    params = {
        "api_key": @{L},
        "search": f'openfda.product_ndc:"{product_ndc}"',
        "limit": limit,
    }
    r = requests.get(BASE, params=params, timeout=10)
    if r.status_code == 404:
        return []
    r.raise_for_status()
    return r.json()["results"]
''', c, L=L)


@P("openfda", "api key", "openfda", "yamlbare", "OPENFDA_API_KEY")
def t_openfda_yaml(r, c, L, E):
    return "config/drug_lookup.yml", T('''
sources:
  rxnorm:
    base_url: https://rxnav.nlm.nih.gov/REST
    cache_ttl_hours: 168
  openfda:
    base_url: https://api.fda.gov
    api_key: @{L}
    daily_limit: 120000
pharmacy:
  name: @{rx}
  ncpdp_id: "@{ncpdp}"
''', c, L=L)


@P("goodrx", "secret key", "goodrx_secret", "py", "GOODRX_SECRET_KEY")
def t_goodrx_py(r, c, L, E):
    return "pricing/goodrx.py", T('''
import base64
import hashlib
import hmac
import urllib.parse

import requests

GOODRX_API_KEY = "@{gkey}"
GOODRX_SECRET_KEY = @{L}


def _sign(query):
    digest = hmac.new(GOODRX_SECRET_KEY.encode(), query.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode().replace("+", "_").replace("/", "_")


def compare_price(drug_name):
    query = urllib.parse.urlencode({"name": drug_name, "api_key": GOODRX_API_KEY})
    url = "https://api.goodrx.com/v2/price/compare?" + query + "&sig=" + _sign(query)
    return requests.get(url, timeout=10).json()
''', c, L=L, gkey=rs(r, HEX, 10))


@P("goodrx", "secret key", "goodrx_secret", "cs", "GOODRX_SECRET_KEY")
def t_goodrx_cs(r, c, L, E):
    return "src/PriceCheck/Program.cs", T('''
using System;
using PriceCheck.GoodRx;

var client = new GoodRxClient("@{gkey}", @{L});
foreach (var drug in new[] { "atorvastatin", "lisinopril", "amoxicillin" })
{
    var quote = await client.ComparePriceAsync(drug, zip: "@{zip}");
    Console.WriteLine($"{drug,-15} {quote.LowestPrice,8:C} at {quote.Pharmacy}");
}
''', c, L=L, gkey=rs(r, HEX, 10), zip=rs(r, DG, 5))


@P("ncpdp", "sftp password", "url_pwd", "yamlbare", "NCPDP_SFTP_PASSWORD")
def t_ncpdp_yaml(r, c, L, E):
    return "deploy/ncpdp-sftp.yml", T('''
# Weekly NCPDP dataQ pharmacy file download
job: ncpdp-dataq-pull
schedule: "0 4 * * 1"
sftp:
  host: sftp.ncpdp-partner.example.net
  port: 22
  username: @{rslug}
  password: @{L}
  remote_dir: /outbound/dataq
  local_dir: /data/ncpdp/incoming
notify: pharmacy-it@@{domain}
''', c, L=L)


@P("surescripts", "sftp password", "url_pwd", "py", "SURESCRIPTS_SFTP_PASSWORD")
def t_ss_py(r, c, L, E):
    return "rxhub/transfer.py", T('''
import paramiko

HOST = "sftp-stage.rxhub.local"
PORT = 22


def push_batch(local_path, remote_name):
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username="@{rslug}-batch", password=@{L})
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(local_path, f"/inbound/{remote_name}")
    finally:
        sftp.close()
        transport.close()
''', c, L=L)


@P("ncpdp", "ssh private key", "pem", "yaml", "NCPDP_SFTP_KEY")
def t_pem_k8s(r, c, L, E):
    return "k8s/secret-sftp-key.yaml", T('''
apiVersion: v1
kind: Secret
metadata:
  name: ncpdp-sftp-key
  namespace: pharmacy
  labels:
    app: script-gateway
type: Opaque
stringData:
  username: @{rslug}
  id_rsa: |
@{K}
''', c, K=ind(E, 4))


@P("surescripts", "ssh private key", "pem", "pem", "SURESCRIPTS_SFTP_KEY")
def t_pem_file(r, c, L, E):
    return "deploy/keys/surescripts_sftp.pem", E + "\n"


@P("surescripts", "sftp password", "url_pwd", "ps1", "SFTP_PASSWORD")
def t_winscp_ps1(r, c, L, E):
    return "scripts/Upload-ClaimsBatch.ps1", T('''
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.claims-clearinghouse.example.com"
    UserName              = "@{rslug}"
    Password              = @{L}
    SshHostKeyFingerprint = "ssh-ed25519 255 @{fp}"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles("E:\\Claims\\outbox\\*.x12", "/inbound/", $false)
    $result.Check()
} finally {
    $session.Dispose()
}
''', c, L=L, fp=rs(r, B64, 43))


@P("drfirst", "vendor password", "drfirst_pwd", "xml", "RCOPIA_VENDOR_PASSWORD")
def t_drfirst_xml(r, c, L, E):
    return "config/eprescribe.config.xml", T('''
<?xml version="1.0" encoding="utf-8"?>
<EPrescribe>
  <Rcopia>
    <Endpoint>https://engine.drfirst.example/servlet/rcopia.servlet.EngineServlet</Endpoint>
    <VendorName>@{vendor}</VendorName>
    <VendorPassword>@{E}</VendorPassword>
    <PracticeUsername>@{dslug}</PracticeUsername>
    <SystemName>OpenDental</SystemName>
  </Rcopia>
  <Prescriber npi="@{npi}" />
</EPrescribe>
''', c, E=E, vendor="vendor" + rs(r, DG, 4))


@P("surescripts", "certificate (pfx) password", "pfx_pwd", "cs", "PFX_PASSWORD")
def t_pfx_cs(r, c, L, E):
    return "src/ScriptGateway/TlsSetup.cs", T('''
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;

namespace ScriptGateway
{
    internal static class TlsSetup
    {
        public static HttpClient CreateClient()
        {
            var cert = new X509Certificate2(@"C:\\ProgramData\\ScriptGateway\\client.pfx", @{L},
                X509KeyStorageFlags.MachineKeySet);
            var handler = new HttpClientHandler();
            handler.ClientCertificates.Add(cert);
            return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(45) };
        }
    }
}
''', c, L=L)


@P("pioneerrx", "database password", "url_pwd", "toml", "RX_DB_PASSWORD")
def t_rx_toml(r, c, L, E):
    return "refill-bot/config.toml", T('''
[pharmacy]
name = "@{rx}"
ncpdp_id = "@{ncpdp}"
npi = "@{npi}"

[database]
url = "mssql://refillbot:@{E}@@{ip}:@{port}/PioneerPharmacySystem"
pool_size = 4

[sms]
provider = "twilio"
from = "@{phone}"
''', c, E=E)


# ======================= veterinary =======================================================
@P("ezyvet", "oauth client secret", "ezyvet_secret", "py", "EZYVET_CLIENT_SECRET")
def t_ezyvet_py(r, c, L, E):
    return "pims/ezyvet_auth.py", T('''
import time
import requests

TOKEN_URL = "https://api.ezyvet.com/v1/oauth/access_token"
_cache = {"token": None, "exp": 0}


def get_token():
    if _cache["token"] and _cache["exp"] > time.time() + 60:
        return _cache["token"]
    resp = requests.post(TOKEN_URL, json={
        "partner_id": "@{partner_id}",
        "client_id": "@{client_id}",
        "client_secret": @{L},
        "grant_type": "client_credentials",
        "scope": "read-appointment,read-animal,read-contact",
    }, timeout=15)
    resp.raise_for_status()
    data = resp.json()
    _cache.update(token=data["access_token"], exp=time.time() + data["expires_in"])
    return _cache["token"]
''', c, L=L)


@P("ezyvet", "oauth client secret", "ezyvet_secret", "json", "EZYVET_CLIENT_SECRET")
def t_ezyvet_json(r, c, L, E):
    return "src/VetSync/appsettings.json", T('''
{
  "EzyVet": {
    "BaseUrl": "https://api.ezyvet.com/v1/",
    "PartnerId": "@{partner_id}",
    "ClientId": "@{client_id}",
    "ClientSecret": @{L},
    "Scopes": [ "read-appointment", "read-animal", "read-consult" ]
  },
  "Clinic": "@{vet}"
}
''', c, L=L)


@P("vetspire", "api token", "vetspire", "js", "VETSPIRE_API_TOKEN")
def t_vetspire_js(r, c, L, E):
    return "integrations/vetspire/client.js", T('''
const fetch = require('node-fetch');

const ENDPOINT = 'https://api.vetspire.com/graphql';

async function upcomingAppointments(locationId, start, end) {
  const query = `query ($loc: ID!, $start: DateTime, $end: DateTime) {
    appointments(locationId: $loc, start: $start, end: $end) { id start patient { name } }
  }`;
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: @{L},
    },
    body: JSON.stringify({ query, variables: { loc: locationId, start, end } }),
  });
  if (!res.ok) throw new Error(`vetspire ${res.status}`);
  return (await res.json()).data.appointments;
}

module.exports = { upcomingAppointments };
''', c, L=L)


@P("vetspire", "api token", "vetspire", "yamlbare", "VETSPIRE_API_TOKEN")
def t_vetspire_yaml(r, c, L, E):
    return "config/pims.yml", T('''
pims: vetspire
clinic: @{vet}
vetspire:
  graphql_url: https://api.vetspire.com/graphql
  api_token: @{L}
  location_ids: [@{clinic}1, @{clinic}2]
sync:
  interval_minutes: 10
  include_cancelled: false
''', c, L=L)


@P("idexx", "vetconnect plus password", "sql_pwd", "ini", "IDEXX_PASSWORD")
def t_idexx_ini(r, c, L, E):
    return "LabBridge/labbridge.ini", T('''
[Clinic]
Name=@{vet}
AccountNumber=@{acct}

[IDEXX]
Service=VetConnectPLUS
Username=@{user}
Password=@{E}
ResultsFolder=C:\\LabBridge\\results
PollSeconds=90

[PIMS]
Type=Cornerstone
''', c, E=E, acct=rs(r, DG, 6))


@P("covetrus", "api key", "covetrus", "cs", "COVETRUS_API_KEY")
def t_covetrus_cs(r, c, L, E):
    return "src/Pharmacy/CovetrusOrders.cs", T('''
namespace VetClinic.Pharmacy
{
    public class CovetrusOrders
    {
        private readonly CovetrusClient _client;

        public CovetrusOrders()
        {
            _client = new CovetrusClient("https://api.covetrus-partner.example.com/v2/", @{L});
        }

        public Task<OrderStatus> GetStatusAsync(string orderId) => _client.GetOrderStatusAsync(orderId);
    }
}
''', c, L=L)


@P("shepherd", "api key", "shepherd", "py", "SHEPHERD_API_KEY")
def t_shepherd_py(r, c, L, E):
    return "sync/shepherd_settings.py", T('''
"""Settings for the Shepherd PIMS -> reminders sync."""
SHEPHERD_BASE_URL = "https://api.shepherd.vet/v1"
SHEPHERD_API_KEY = @{L}
SHEPHERD_CLINIC_ID = "@{clinic}@{partner_id}"
SYNC_WINDOW_DAYS = 14
REMINDER_TYPES = ("vaccine", "dental", "wellness")
''', c, L=L)


@P("weave", "api token", "weave", "yaml", "WEAVE_API_TOKEN")
def t_weave_yaml(r, c, L, E):
    return "config/weave.yml", T('''
weave:
  location_id: "@{uuid}"
  api_token: @{L}
  sync_contacts: true
  sync_appointments: true
practice:
  name: "@{dental}"
  pms: dentrix
''', c, L=L, uuid=uuid4(r))


@P("curve", "oauth client secret", "curve_secret", "toml", "CURVE_CLIENT_SECRET")
def t_curve_toml(r, c, L, E):
    return "curve-export/curve.toml", T('''
[curve]
tenant = "@{dslug}"
api_base = "https://@{dslug}.curvehero.example/api"
client_id = "@{client_id}"
client_secret = @{L}

[export]
folder = "exports"
tables = ["patients", "appointments", "ledger"]
''', c, L=L)


@P("nexhealth", "api key", "nexhealth", "py", "NEXHEALTH_API_KEY")
def t_nexhealth_py(r, c, L, E):
    return "integrations/nexhealth.py", T('''
import requests

BASE = "https://nexhealth.info"
ACCEPT = "application/vnd.Nexhealth+json;version=2"


def bearer_token():
    resp = requests.post(
        BASE + "/authenticates",
        headers={"Accept": ACCEPT, "Authorization": @{L}},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["data"]["token"]


def appointments(subdomain, location_id, start, end):
    headers = {"Accept": ACCEPT, "Authorization": "Bearer " + bearer_token()}
    params = {"subdomain": subdomain, "location_id": location_id, "start": start, "end": end}
    return requests.get(BASE + "/appointments", headers=headers, params=params, timeout=30).json()
''', c, L=L)


@P("nexhealth", "api key", "nexhealth", "yamlbare", "NEXHEALTH_API_KEY")
def t_nexhealth_yaml(r, c, L, E):
    return "services/booking/config/production.yaml", T('''
server:
  port: 8080
nexhealth:
  base_url: https://nexhealth.info
  subdomain: @{dslug}
  location_id: @{loc}
  api_key: @{L}
booking:
  slot_minutes: 30
  lead_time_hours: 4
''', c, L=L, loc=rs(r, DG, 6))


@P("sikka", "app key", "sikka_key", "py", "SIKKA_APP_KEY")
def t_sikka_py(r, c, L, E):
    return "sikka/request_key.py", T('''
import requests

SIKKA = "https://api.sikkasoft.com/v4"


def get_request_key(office_id, secret_key):
    payload = {
        "grant_type": "request_key",
        "office_id": office_id,
        "secret_key": secret_key,
        "app_id": "@{appid}",
        "app_key": @{L},
    }
    resp = requests.post(SIKKA + "/request_key", json=payload, timeout=20)
    resp.raise_for_status()
    return resp.json()["request_key"]
''', c, L=L, appid=rs(r, HEX, 32))


@P("sikka", "app key", "sikka_key", "ps1", "SIKKA_APP_KEY")
def t_sikka_ps1(r, c, L, E):
    return "tools/Test-SikkaPractice.ps1", T('''
param([Parameter(Mandatory)] [string]$OfficeId)

$body = @{
    app_id  = '@{appid}'
    app_key = @{L}
} | ConvertTo-Json

$practices = Invoke-RestMethod -Method Post -Uri "https://api.sikkasoft.com/v4/authorized_practices" `
    -ContentType "application/json" -Body $body
$practices.items | Where-Object { $_.office_id -eq $OfficeId } | Format-Table practice_id, practice_name, pms
''', c, L=L, appid=rs(r, HEX, 32))


# ======================= alerting, docs, exports ==========================================
@P("slack", "incoming webhook url", "slack", "ps1", "SLACK_WEBHOOK_URL")
def t_slack_ps1(r, c, L, E):
    return "monitoring/Notify-DiskSpace.ps1", T('''
$threshold = 15
$drives = Get-PSDrive -PSProvider FileSystem | Where-Object { $_.Free -and ($_.Free / ($_.Used + $_.Free) * 100) -lt $threshold }
if ($drives) {
    $text = "Low disk on $env:COMPUTERNAME: " + (($drives | ForEach-Object { "$($_.Name): $([math]::Round($_.Free/1GB,1)) GB free" }) -join ", ")
    $payload = @{ text = $text } | ConvertTo-Json
    Invoke-RestMethod -Uri @{L} -Method Post -ContentType 'application/json' -Body $payload
}
''', c, L=L)


@P("slack", "incoming webhook url", "slack", "yamlbare", "SLACK_WEBHOOK_URL")
def t_slack_alertmanager(r, c, L, E):
    return "monitoring/alertmanager.yml", T('''
global:
  resolve_timeout: 5m
  slack_api_url: @{L}

route:
  receiver: practice-it
  group_by: [alertname, instance]
  repeat_interval: 4h

receivers:
  - name: practice-it
    slack_configs:
      - channel: "#it-alerts"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}"
''', c, L=L)


@P("twilio", "auth token", "twilio_token", "md", "TWILIO_AUTH_TOKEN")
def t_md_table(r, c, L, E):
    return "docs/onboarding/%s.md" % c["dslug"], T('''
# Onboarding checklist - @{dental}

- [x] eConnector installed on @{srv}
- [x] Open Dental version @{version}
- [ ] Weave phones ported
- [x] Reminder texts (Twilio)

## Accounts

| Service | Account | Credential |
|---------|---------|------------|
| Twilio | @{twsid} | `@{E}` |
| Open Dental API | customer key in API Setup | see portal |
| Office 365 | frontdesk@@{domain} | managed by MSP |

Escalation: @{name}, @{phone}
''', c, E=E)


@P("idexx", "portal password", "sql_pwd", "csv", "PORTAL_PASSWORD")
def t_csv_creds(r, c, L, E):
    return "exports/vendor_accounts_%d.csv" % c["year"], T('''
vendor,portal,username,password,owner,last_rotated
IDEXX,VetConnect PLUS,@{user},@{E},@{name},@{date}
Covetrus,Vetsource,@{vslug},********,@{name},@{date}
Zoetis,Lab portal,@{vslug}-lab,********,front desk,@{date}
Hill's,Orders,@{vslug},(in password manager),@{name},@{date}
''', c, E=E)


@P("opendental", "api key pair (authorization header)", "od_pair", "log", "OD_API_KEYS")
def t_od_log(r, c, L, E):
    return "logs/api-debug-%s.log" % c["date"], T('''
[@{date} @{time}] DEBUG HttpClient: GET http://@{srv}:30223/api/v1/appointments?date=@{date}
[@{date} @{time}] DEBUG > Accept: application/json
[@{date} @{time}] DEBUG > Authorization: ODFHIR @{E}
[@{date} @{time}] DEBUG < 200 OK (412 ms)
[@{date} @{time}] INFO  received 37 appointments for clinic @{clinic}
[@{date} @{time}] DEBUG HttpClient: GET http://@{srv}:30223/api/v1/patients/Simple?PatNum=10442
''', c, E=E)


@P("sendgrid", "api key", "sendgrid", "dockerfile", "SENDGRID_API_KEY")
def t_dockerfile(r, c, L, E):
    return "services/notifier/Dockerfile", T('''
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PYTHONUNBUFFERED=1 \\
    PRACTICE_NAME="@{vet}" \\
    SENDGRID_API_KEY=@{E}
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "notifier.app:app"]
''', c, E=E)


@P("stripe", "secret key", "stripe_sk", "sh", "STRIPE_SECRET_KEY")
def t_sh(r, c, L, E):
    return "scripts/deploy.sh", T('''
#!/usr/bin/env bash
set -euo pipefail

export APP_ENV=production
export STRIPE_SECRET_KEY=@{L}
export PRACTICE_SLUG=@{dslug}

cd "$(dirname "$0")/.."
docker compose pull portal
docker compose up -d portal
docker compose exec portal ./manage.py migrate --noinput
echo "deployed $(git rev-parse --short HEAD)"
''', c, L=L)


@P("mysql", "database password (url)", "url_pwd", "py", "DATABASE_URL")
def t_dburl_py(r, c, L, E):
    return "analytics/db.py", T('''
from sqlalchemy import create_engine

# Replica of the Open Dental database used for production reports
engine = create_engine(
    "mysql+pymysql://od_report:@{E}@@{ip}:3306/opendental?charset=utf8mb4",
    pool_pre_ping=True,
    pool_recycle=1800,
)
''', c, E=E)


@P("aws", "secret access key", "aws_secret", "tf", "AWS_SECRET_ACCESS_KEY")
def t_aws_tf(r, c, L, E):
    return "infra/backup/provider.tf", T('''
provider "aws" {
  region     = "us-west-2"
  access_key = "@{akid}"
  secret_key = @{L}
}

resource "aws_s3_bucket" "backups" {
  bucket = "@{bucket}"
  tags = {
    Practice = "@{dental}"
    Purpose  = "nightly-db-dumps"
  }
}
''', c, L=L)


@P("square", "access token", "square_token", "sh", "SQUARE_ACCESS_TOKEN")
def t_square_sh(r, c, L, E):
    return "scripts/square-catalog-export.sh", T('''
#!/bin/sh
# Dump the retail catalog (food, flea/tick) for the inventory reconciliation
curl -s https://connect.squareup.com/v2/catalog/list?types=ITEM \\
  -H 'Square-Version: 2024-10-17' \\
  -H "Authorization: Bearer @{E}" \\
  -H 'Content-Type: application/json' > catalog.json
jq -r '.objects[] | [.id, .item_data.name] | @tsv' catalog.json > catalog.tsv
''', c, E=E)


@P("stripe", "secret key", "stripe_sk", "vb", "STRIPE_SECRET_KEY")
def t_stripe_vb(r, c, L, E):
    return "FrontDesk/PaymentForm.vb", T('''
Imports Stripe

Public Class PaymentForm
    Private Sub PaymentForm_Load(sender As Object, e As EventArgs) Handles MyBase.Load
        StripeConfiguration.ApiKey = @{L}
        lblClinic.Text = "@{vet}"
    End Sub

    Private Sub btnCharge_Click(sender As Object, e As EventArgs) Handles btnCharge.Click
        Dim svc As New PaymentIntentService()
        Dim opts As New PaymentIntentCreateOptions With {
            .Amount = CLng(numAmount.Value * 100),
            .Currency = "usd",
            .Description = txtInvoice.Text
        }
        Dim intent = svc.Create(opts)
        MessageBox.Show("Created " & intent.Id)
    End Sub
End Class
''', c, L=L)


# ============================ look-alike negatives ========================================
NEGT = []


def N(provider, kind):
    def deco(fn):
        NEGT.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def person(r):
    return r.choice(FIRST), r.choice(LAST)


@N("opendental", "patient numbers")
def n_patients_csv(r, c):
    rows = ["PatNum,ChartNumber,LName,FName,Birthdate,PriProv,LastVisit,Balance"]
    for _ in range(r.randint(8, 16)):
        f, l = person(r)
        rows.append("%d,%s,%s,%s,%d-%02d-%02d,%d,%s,%.2f" % (
            r.randint(1000, 99999), "C" + rs(r, DG, 6), l, f, r.randint(1940, 2018), r.randint(1, 12),
            r.randint(1, 28), r.randint(1, 9), c["date"], r.uniform(0, 900)))
    return "exports/active_patients_%s.csv" % c["date"], "\n".join(rows) + "\n"


@N("pharmacy", "ndc codes")
def n_ndc_csv(r, c):
    rows = ["ndc,package_ndc_11,description,lot,expiration,on_hand"]
    for _ in range(r.randint(8, 14)):
        code = ndc(r)
        a, b, d = code.split("-")
        rows.append("%s,%s,%s,%s,%d-%02d,%d" % (code, a.zfill(5) + b.zfill(4) + d.zfill(2), r.choice(DRUGS)[0],
                                             rs(r, UP + DG, r.randint(6, 9)), c["year"] + 1, r.randint(1, 12), r.randint(0, 400)))
    return "inventory/shelf_count.csv", "\n".join(rows) + "\n"


@N("pharmacy", "npi numbers")
def n_npi_yaml(r, c):
    out = ["# Prescriber roster synced from NPPES", "prescribers:"]
    for _ in range(r.randint(5, 10)):
        f, l = person(r)
        out += ["  - name: Dr. %s %s" % (f, l), "    npi: \"%s\"" % npi(r),
                "    taxonomy: %s" % r.choice(["1223G0001X", "207Q00000X", "174400000X"]),
                "    state_license: %s%s" % (c["state"], rs(r, DG, 6))]
    return "config/prescribers.yml", "\n".join(out) + "\n"


@N("pharmacy", "dea-like numbers (fake)")
def n_dea_sql(r, c):
    out = ["-- Seed data for the test pharmacy database. DEA numbers are FAKE, checksum-valid only.",
           "INSERT INTO prescriber (prescriber_id, last_name, first_name, npi, dea_number, state) VALUES"]
    vals = []
    for i in range(r.randint(5, 9)):
        f, l = person(r)
        vals.append("  (%d, '%s', '%s', '%s', '%s', '%s')" % (100 + i, l, f, npi(r), dea_like(r, l), c["state"]))
    return "db/seed/prescribers.sql", "\n".join(out) + "\n" + ",\n".join(vals) + ";\n"


@N("rxnorm", "rxcui")
def n_rxcui_json(r, c):
    items = []
    for name, cui in r.sample(DRUGS, 5):
        items.append({"rxcui": cui if cui != "0" else rs(r, DG, 6), "name": name, "tty": r.choice(["SCD", "SBD"]),
                      "ndc": [ndc(r) for _ in range(r.randint(1, 3))]})
    return "data/rxnorm_cache.json", json.dumps({"source": "https://rxnav.nlm.nih.gov/REST", "fetched": c["date"],
                                                 "concepts": items}, indent=2) + "\n"


@N("veterinary", "microchip numbers")
def n_chips(r, c):
    rows = ["patient_id,pet_name,species,microchip,registry,implanted"]
    for _ in range(r.randint(8, 15)):
        rows.append("%d,%s,%s,%s,%s,%s" % (r.randint(10000, 99999), r.choice(["Biscuit", "Luna", "Milo", "Pepper", "Ziggy", "Olive", "Scout"]),
                                          r.choice(["canine", "feline"]), microchip(r), r.choice(["AAHA", "HomeAgain", "24PetWatch", "AKC Reunite"]), c["date"]))
    return "exports/microchips.csv", "\n".join(rows) + "\n"


@N("dental", "claim ids (x12)")
def n_x12(r, c):
    ctl = rs(r, DG, 9)
    segs = ["ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*1200*^*00501*%s*0*P*:" % (rs(r, UP + DG, 15), rs(r, UP + DG, 15), c["date"][2:].replace("-", ""), ctl),
            "GS*HC*%s*%s*%s*1200*%d*X*005010X224A2" % (rs(r, UP, 6), rs(r, UP, 6), c["date"].replace("-", ""), r.randint(1, 9999)),
            "ST*837*0001*005010X224A2", "BHT*0019*00*%s*%s*1200*CH" % (rs(r, DG, 10), c["date"].replace("-", ""))]
    for _ in range(r.randint(2, 4)):
        segs += ["CLM*%s*%.2f***11:B:1*Y*A*Y*Y" % (rs(r, UP + DG, 12), r.uniform(80, 1900)),
                 "REF*G1*%s" % rs(r, DG, 11), "SV3*AD:D%s*%.2f****1" % (rs(r, DG, 4), r.uniform(40, 600))]
    segs += ["SE*%d*0001" % (len(segs) - 1), "GE*1*1", "IEA*1*%s" % ctl]
    return "claims/outbox/batch_%s.x12" % rs(r, DG, 6), "~\n".join(segs) + "~\n"


@N("twilio", "message sids")
def n_sms_log(r, c):
    out = []
    for _ in range(r.randint(10, 18)):
        out.append("%s %s INFO sms sent sid=SM%s to=+1***%s status=%s segments=1" % (
            c["date"], "%02d:%02d:%02d" % (r.randint(8, 18), r.randint(0, 59), r.randint(0, 59)),
            rs(r, HEX, 32), rs(r, DG, 4), r.choice(["queued", "sent", "delivered", "delivered", "undelivered"])))
    return "logs/reminders-%s.log" % c["date"], "\n".join(out) + "\n"


@N("stripe", "object ids")
def n_stripe_event(r, c):
    ev = {"id": "evt_" + rs(r, AN, 24), "object": "event", "api_version": "2024-06-20", "type": "payment_intent.succeeded",
          "data": {"object": {"id": "pi_" + rs(r, AN, 24), "object": "payment_intent", "amount": r.randint(2000, 90000),
                              "currency": "usd", "customer": "cus_" + rs(r, AN, 14), "latest_charge": "ch_" + rs(r, AN, 24),
                              "payment_method": "pm_" + rs(r, AN, 24), "client_secret": None,
                              "metadata": {"appointment_id": str(r.randint(10000, 99999))}}},
          "request": {"id": "req_" + rs(r, AN, 14), "idempotency_key": uuid4(r)}}
    return "tests/fixtures/stripe/payment_intent_succeeded.json", json.dumps(ev, indent=2) + "\n"


@N("opendental", "sha256 checksums")
def n_sha256sums(r, c):
    files = ["OpenDental_Setup_%s.exe" % c["version"], "OpenDentalAPIService.zip", "eConnector_%s.msi" % c["version"],
             "MariaDB-10.5.msi", "DxBridge-3.2.7.zip"]
    return "installers/SHA256SUMS", "".join("%s  %s\n" % (sha256hex(r), f) for f in files)


@N("npm", "integrity hashes")
def n_lock(r, c):
    pk = {}
    for name, ver in [("stripe", "14.25.0"), ("twilio", "5.3.2"), ("express", "4.19.2"), ("date-fns", "3.6.0"), ("axios", "1.7.2")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": "sha512-" + b64bytes(r, 64)}
    return "portal/package-lock.json", json.dumps({"name": "portal", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@N("docker", "image digests")
def n_dockerfile_digest(r, c):
    return "services/reminders/Dockerfile", T('''
FROM mcr.microsoft.com/dotnet/sdk:8.0@sha256:@{d1} AS build
WORKDIR /src
COPY . .
RUN dotnet publish Reminders.csproj -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:8.0@sha256:@{d2}
WORKDIR /app
COPY --from=build /out .
ENV ASPNETCORE_URLS=http://+:8080
ENTRYPOINT ["dotnet", "Reminders.dll"]
''', d1=sha256hex(r), d2=sha256hex(r))


@N("git", "commit hashes")
def n_changelog(r, c):
    out = ["# Changelog", ""]
    for v in range(r.randint(3, 6)):
        out.append("## 2.%d.%d" % (r.randint(0, 9), v))
        for _ in range(r.randint(2, 4)):
            out.append("- %s %s (%s)" % (r.choice(["Fix", "Add", "Improve"]), r.choice(
                ["Open Dental appointment sync", "ezyVet token refresh", "NDC lookup cache", "Twilio status callbacks",
                 "claim batch export", "microchip search"]), rs(r, HEX, 40)[:r.choice([7, 40])]))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@N("azure", "guids (tenant/client ids)")
def n_azure_ids(r, c):
    return "src/Portal/appsettings.json", json.dumps({
        "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": uuid4(r), "ClientId": uuid4(r),
                    "CallbackPath": "/signin-oidc"},
        "ApplicationInsights": {"ConnectionString": "InstrumentationKey=%s;IngestionEndpoint=https://westus2-2.in.applicationinsights.azure.com/" % uuid4(r)},
        "Practice": {"Id": uuid4(r), "Name": c["dental"]}}, indent=2) + "\n"


@N("email", "base64 image data")
def n_email_html(r, c):
    return "templates/email/reminder.html", T('''
<!DOCTYPE html>
<html>
<body style="font-family: Arial, sans-serif">
  <img alt="@{vet}" width="180"
       src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAALQAAAA8CAYAAAD@{b}" />
  <p>Hi {{first_name}},</p>
  <p>{{pet_name}} is due for a wellness exam. Book online or call us at @{phone}.</p>
</body>
</html>
''', c, b=b64bytes(r, 360))


@N("ssh", "public keys")
def n_authorized_keys(r, c):
    out = ["# SFTP drop for lab results - managed by IT"]
    for who in ["idexx-sync", "antech-sync", c["user"]]:
        if r.random() < 0.5:
            out.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, B64, 43), who, c["srv"].lower()))
        else:
            out.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s@%s" % (rs(r, B64, 350), who, c["srv"].lower()))
    return "deploy/sftp/authorized_keys", "\n".join(out) + "\n"


@N("surescripts", "x509 certificate")
def n_cert(r, c):
    body = "MIID" + rs(r, B64, 1240)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "certs/clearinghouse-ca.crt", "# Intermediate CA for the claims clearinghouse TLS endpoint\n-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % "\n".join(lines)


@N("gpg", "pgp public key")
def n_pgp(r, c):
    body = "mQINBG" + rs(r, B64, 1000)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "keys/lab-results-public.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n" % ("\n".join(lines), rs(r, B64, 4))


@N("idexx", "hl7 control ids")
def n_hl7(r, c):
    ts = c["date"].replace("-", "") + "%02d%02d" % (r.randint(0, 23), r.randint(0, 59))
    f, l = person(r)
    segs = ["MSH|^~\\&|IDEXX|VCPLUS|PIMS|%s|%s||ORU^R01|%s|P|2.5.1" % (c["vslug"][:10].upper(), ts, rs(r, UP + DG, 20)),
            "PID|1||%d^^^PIMS||%s^%s||" % (r.randint(10000, 99999), r.choice(["Luna", "Milo", "Biscuit"]), l),
            "ORC|RE|%s|%s" % (rs(r, DG, 10), rs(r, UP + DG, 12)),
            "OBR|1|%s|%s|CBC^Complete Blood Count" % (rs(r, DG, 10), rs(r, UP + DG, 12))]
    for test, unit in [("WBC", "K/uL"), ("RBC", "M/uL"), ("HCT", "%"), ("PLT", "K/uL")]:
        segs.append("OBX|%d|NM|%s||%.1f|%s|||||F" % (len(segs) - 3, test, r.uniform(1, 60), unit))
    return "samples/hl7/oru_%s.hl7" % rs(r, DG, 6), "\r\n".join(segs) + "\r\n"


@N("ncpdp", "script message ids")
def n_script_xml(r, c):
    f, l = person(r)
    return "samples/script/newrx_%s.xml" % rs(r, DG, 5), T('''
<?xml version="1.0" encoding="UTF-8"?>
<Message DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">
  <Header>
    <To Qualifier="P">@{ncpdp}</To>
    <From Qualifier="C">@{spi}</From>
    <MessageID>@{mid}</MessageID>
    <SentTime>@{date}T@{time}Z</SentTime>
  </Header>
  <Body>
    <NewRx>
      <Prescriber><NonVeterinarian><Identification><NPI>@{npi}</NPI><DEANumber>@{dea}</DEANumber></Identification></NonVeterinarian></Prescriber>
      <MedicationPrescribed>
        <DrugDescription>@{drug}</DrugDescription>
        <DrugCoded><ProductCode><Code>@{ndc11}</Code><Qualifier>ND</Qualifier></ProductCode>
          <DrugDBCode><Code>@{rxcui}</Code><Qualifier>SCD</Qualifier></DrugDBCode></DrugCoded>
        <Quantity><Value>30</Value></Quantity>
      </MedicationPrescribed>
    </NewRx>
  </Body>
</Message>
''', c, mid=rs(r, HEX, 32), dea=dea_like(r, l), drug=DRUGS[0][0], ndc11=rs(r, DG, 11), rxcui=DRUGS[0][1])


@N("ssh", "host key fingerprints")
def n_known_hosts(r, c):
    out = []
    for h in ["sftp.claims-clearinghouse.example.com", "sftp-stage.rxhub.local", c["ip"]]:
        out.append("%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (h, rs(r, B64, 43)))
        out.append("%s ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s=" % (h, rs(r, B64, 87)))
    return "deploy/sftp/known_hosts", "\n".join(out) + "\n"


@N("portal", "bcrypt hashes")
def n_bcrypt_sql(r, c):
    out = ["-- test users for the staging portal; hashes only, plaintext never stored",
           "INSERT INTO portal_user (id, email, password_hash, role) VALUES"]
    vals = []
    for i in range(r.randint(3, 6)):
        vals.append("  (%d, '%s@%s', '$2b$12$%s', '%s')" % (i + 1, r.choice(FIRST).lower(), c["domain"], rs(r, AN + "./", 53), r.choice(["admin", "frontdesk", "hygienist"])))
    return "db/seed/portal_users.sql", "\n".join(out) + "\n" + ",\n".join(vals) + ";\n"


@N("dotnet", "trace ids")
def n_trace_log(r, c):
    out = []
    for _ in range(r.randint(10, 16)):
        out.append('{"ts":"%sT%sZ","level":"Information","traceparent":"00-%s-%s-01","requestId":"%s","path":"/api/appointments/%d","status":200}' % (
            c["date"], "%02d:%02d:%02d.%03d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
            rs(r, HEX, 32), rs(r, HEX, 16), "0HN" + rs(r, UP + DG, 10) + ":0000000" + str(r.randint(1, 9)), r.randint(1000, 99999)))
    return "logs/portal-%s.jsonl" % c["date"], "\n".join(out) + "\n"


@N("idexx", "accession numbers")
def n_accessions(r, c):
    rows = ["accession,patient_id,test_code,ordered,status"]
    for _ in range(r.randint(8, 14)):
        rows.append("%s,%d,%s,%s,%s" % (rs(r, DG, 9), r.randint(10000, 99999), r.choice(["CHEM25", "CBC", "T4", "SDMA", "UA"]), c["date"], r.choice(["final", "pending", "partial"])))
    return "lab/idexx_orders.csv", "\n".join(rows) + "\n"


@N("dental", "insurance subscriber ids")
def n_insurance(r, c):
    rows = ["PatNum,Carrier,GroupNum,SubscriberID,PayerID,Relationship"]
    for _ in range(r.randint(6, 12)):
        rows.append("%d,%s,%s,%s,%s,%s" % (r.randint(1000, 99999), r.choice(["Delta Dental", "MetLife", "Cigna Dental", "Guardian", "Aetna DMO"]),
                                          rs(r, UP + DG, 8), rs(r, UP, 3) + rs(r, DG, 9), rs(r, DG, 5), r.choice(["Self", "Spouse", "Child"])))
    return "exports/insurance_plans.csv", "\n".join(rows) + "\n"


@N("veterinary", "rabies tag and lot numbers")
def n_rabies(r, c):
    out = ["# Rabies certificates issued - %s" % c["vet"], ""]
    out.append("| Patient | Tag | Vaccine lot | Serial | Expires |")
    out.append("|---|---|---|---|---|")
    for _ in range(r.randint(5, 9)):
        out.append("| %s | %s-%s | %s | %s | %d-%02d |" % (r.choice(["Luna", "Max", "Bella", "Cooper", "Daisy"]), c["year"], rs(r, DG, 5),
                                                       rs(r, UP + DG, 8), rs(r, DG, 10), c["year"] + r.choice([1, 3]), r.randint(1, 12)))
    return "docs/reports/rabies_%d.md" % c["year"], "\n".join(out) + "\n"


@N("azure", "resource ids")
def n_tf_ids(r, c):
    sub = uuid4(r)
    return "infra/network.tf", T('''
data "azurerm_subscription" "current" {}

locals {
  subscription_id = "@{sub}"
  tenant_id       = "@{ten}"
  hub_vnet_id     = "/subscriptions/@{sub}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub"
}

resource "azurerm_storage_account" "xrays" {
  name                     = "@{storacct}"
  resource_group_name      = "rg-@{dslug}"
  location                 = "westus2"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}
''', c, sub=sub, ten=uuid4(r))


@N("square", "catalog and location ids")
def n_square_catalog(r, c):
    objs = [{"type": "ITEM", "id": rs(r, UP + DG, 24), "item_data": {"name": n, "variations": [{"id": rs(r, UP + DG, 24), "price_cents": r.randint(500, 9000)}]}}
            for n in ["Dental chew (large)", "Flea & tick 3-pack", "Prescription diet 8 lb", "Nail trim"]]
    return "pos/catalog_snapshot.json", json.dumps({"location_id": c["sqloc"], "application_id": "sq0idp-" + rs(r, B64U, 22), "objects": objs}, indent=2) + "\n"


@N("stripe", "publishable key (public)")
def n_booking_js(r, c):
    return "web/booking/checkout.js", T('''
// Online booking deposit - publishable key is meant for the browser.
const stripe = Stripe('@{pk}');
const elements = stripe.elements({ appearance: { theme: 'stripe' } });
const card = elements.create('card');
card.mount('#card-element');

const RECAPTCHA_SITE_KEY = '6L@{sitekey}';

document.querySelector('#pay').addEventListener('click', async () => {
  const { clientSecret } = await fetch('/api/deposit', { method: 'POST' }).then((r) => r.json());
  const result = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  document.querySelector('#status').textContent = result.error ? result.error.message : 'Deposit received';
});
''', c, sitekey=rs(r, B64U, 38))


@N("opendental", "api response ids")
def n_od_response(r, c):
    appts = [{"AptNum": r.randint(10000, 999999), "PatNum": r.randint(1000, 99999), "AptStatus": r.choice(["Scheduled", "Complete"]),
              "AptDateTime": "%s %02d:00:00" % (c["date"], r.randint(8, 16)), "ProvNum": r.randint(1, 9), "Op": r.randint(1, 6),
              "Confirmed": r.randint(19, 24), "ClinicNum": c["clinic"], "SecDateTEntry": c["date"] + " 10:12:33"} for _ in range(r.randint(3, 6))]
    return "tests/fixtures/opendental/appointments.json", json.dumps(appts, indent=2) + "\n"


@N("pharmacy", "md5 lookup keys")
def n_md5(r, c):
    out = ["# name-normalisation cache: md5(lower(drug name)) -> rxcui", "[cache]"]
    for name, cui in DRUGS:
        out.append('%s = "%s"  # %s' % (hashlib.md5(name.encode()).hexdigest(), cui, name))
    return "druginfo/name_cache.toml", "\n".join(out) + "\n"


@N("http", "etags and content-md5")
def n_http_trace(r, c):
    out = []
    for _ in range(r.randint(4, 7)):
        out += ["> GET /v2/payments?location_id=%s HTTP/1.1" % c["sqloc"], "< HTTP/1.1 200 OK",
                '< ETag: "%s"' % rs(r, HEX, 32), "< Content-MD5: %s" % b64bytes(r, 16),
                "< X-Request-Id: %s" % uuid4(r), ""]
    return "logs/http-trace.txt", "\n".join(out)


@N("windows", "installer product codes")
def n_reg(r, c):
    g = lambda: "{" + uuid4(r, upper=True) + "}"
    return "deploy/workstation/dxbridge.reg", T('''
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\DxBridge]
"InstallPath"="C:\\\\Program Files (x86)\\\\DxBridge"
"ProductCode"="@{g1}"
"UpgradeCode"="@{g2}"
"Server"="@{srv}"
"PracticeName"="@{dental}"
"ImageShareId"=hex:@{hx}
"PollSeconds"=dword:0000012c
''', c, g1=g(), g2=g(), hx=",".join(rs(r, HEX, 2) for _ in range(16)))


@N("pharmacy", "dscsa serials (gs1)")
def n_dscsa(r, c):
    out = ["received_at,gtin,serial,lot,expiry,raw_scan"]
    for _ in range(r.randint(8, 14)):
        gtin = "0" + rs(r, DG, 13)
        ser = rs(r, UP + DG, r.randint(10, 20))
        lot = rs(r, UP + DG, 7)
        exp = "%02d%02d%02d" % (r.randint(25, 29), r.randint(1, 12), r.randint(1, 28))
        out.append("%s,%s,%s,%s,%s,01%s17%s10%s\\x1d21%s" % (c["date"], gtin, ser, lot, exp, gtin, exp, lot, ser))
    return "receiving/scans_%s.csv" % c["date"], "\n".join(out) + "\n"


@N("stripe", "webhook signatures")
def n_webhook_log(r, c):
    out = []
    for _ in range(r.randint(5, 9)):
        t = r.randint(1700000000, 1760000000)
        out.append('%s INFO webhook evt_%s type=%s stripe-signature="t=%d,v1=%s" verified=true' % (
            c["date"], rs(r, AN, 24), r.choice(["invoice.paid", "charge.refunded", "payment_intent.succeeded"]), t, rs(r, HEX, 64)))
    return "logs/webhooks.log", "\n".join(out) + "\n"


@N("email", "mime attachment")
def n_eml(r, c):
    b = b64bytes(r, 540)
    lines = [b[i:i + 76] for i in range(0, len(b), 76)]
    return "tests/fixtures/mail/statement.eml", T('''
From: "@{dental} Billing" <billing@@{domain}>
To: patient@example.com
Subject: Your statement
MIME-Version: 1.0
Message-ID: <@{mid}@@{domain}>
Content-Type: multipart/mixed; boundary="=_@{bd}"

--=_@{bd}
Content-Type: text/plain; charset=utf-8

Your statement is attached.

--=_@{bd}
Content-Type: application/pdf; name="statement.pdf"
Content-Transfer-Encoding: base64

@{body}
--=_@{bd}--
''', c, mid=uuid4(r), bd=rs(r, HEX, 24), body="\n".join(lines))


@N("rxnorm", "rrf records")
def n_rrf(r, c):
    out = []
    for name, cui in DRUGS:
        out.append("%s|ENG||||||%s|%s|%s|RXNORM|SCD|%s|%s||N|4096|" % (cui, rs(r, DG, 8), rs(r, DG, 8), cui, cui, name.upper()))
    return "data/rxnorm/RXNCONSO_sample.RRF", "\n".join(out) + "\n"


@N("powershell", "file hashes")
def n_ps_hashes(r, c):
    return "scripts/Verify-Installers.ps1", T('''
# Expected hashes published with each release; compare before deploying to workstations.
$expected = @{
    "OpenDental_Setup_@{version}.exe" = "@{h1}"
    "eConnector_@{version}.msi"       = "@{h2}"
    "DxBridge-3.2.7.zip"             = "@{h3}"
}
foreach ($file in $expected.Keys) {
    $actual = (Get-FileHash -Algorithm SHA256 -Path "\\\\@{srv}\\Installers\\$file").Hash
    if ($actual -ne $expected[$file].ToUpper()) { Write-Warning "$file hash mismatch" }
}
''', c, h1=sha256hex(r), h2=sha256hex(r), h3=sha256hex(r))


@N("kubernetes", "configmap with digests")
def n_configmap(r, c):
    return "k8s/configmap-reminders.yaml", T('''
apiVersion: v1
kind: ConfigMap
metadata:
  name: reminders-config
  namespace: practice
data:
  PRACTICE_ID: "@{pid}"
  TWILIO_ACCOUNT_SID: "@{twsid}"
  TWILIO_MESSAGING_SERVICE_SID: "MG@{mg}"
  REMINDER_TEMPLATE_SHA1: "@{sha1}"
  IMAGE_DIGEST: "sha256:@{dig}"
  LOG_LEVEL: info
''', c, pid=uuid4(r), mg=rs(r, HEX, 32), sha1=rs(r, HEX, 40), dig=sha256hex(r))


@N("pharmacy", "pharmacy identifiers runbook")
def n_rx_runbook(r, c):
    f, l = person(r)
    return "docs/runbooks/pharmacy-identifiers.md", T('''
# Identifiers for @{rx}

| Identifier | Value | Where used |
|------------|-------|------------|
| NCPDP Provider ID | @{ncpdp} | claims, SCRIPT routing |
| Pharmacy NPI | @{npi} | claims |
| Surescripts SPI (PIC) | @{spi} | e-prescribing directory |
| DEA registration (test data) | @{dea} | controlled-substance reports |
| State permit | PHY@{permit} | board inspections |

The Surescripts directory entry is refreshed nightly; certificates are renewed by IT.
''', c, dea=dea_like(r, l), permit=rs(r, DG, 6))


@N("python", "test vectors")
def n_py_tests(r, c):
    return "tests/test_identifiers.py", T('''
import pytest

from rxtools.identifiers import ndc10_to_ndc11, npi_is_valid, microchip_is_iso


@pytest.mark.parametrize("ndc10,ndc11", [
    ("@{a}", "@{a11}"),
    ("@{b}", "@{b11}"),
])
def test_ndc_conversion(ndc10, ndc11):
    assert ndc10_to_ndc11(ndc10) == ndc11


def test_npi_checksum():
    assert npi_is_valid("@{npi1}")
    assert not npi_is_valid("@{npi_bad}")


def test_microchip():
    assert microchip_is_iso("@{chip}")
''', c, a="%s-%s-%s" % (rs(r, DG, 4), rs(r, DG, 4), rs(r, DG, 2)), a11=rs(r, DG, 11),
             b="%s-%s-%s" % (rs(r, DG, 5), rs(r, DG, 3), rs(r, DG, 2)), b11=rs(r, DG, 11),
             npi1=npi(r), npi_bad=rs(r, DG, 10), chip=microchip(r))


@N("dental", "appointment ids csv")
def n_appt_csv(r, c):
    rows = ["AptNum,PatNum,AptDateTime,Op,ProvHyg,Confirmed,ConfirmationCode"]
    for _ in range(r.randint(8, 14)):
        rows.append("%d,%d,%s %02d:%02d,%d,%d,%s,%s" % (r.randint(100000, 999999), r.randint(1000, 99999), c["date"], r.randint(7, 16),
                                                      r.choice([0, 30]), r.randint(1, 6), r.randint(0, 4), r.choice(["Yes", "No", "Texted"]), rs(r, UP + DG, 6)))
    return "exports/tomorrow_appointments.csv", "\n".join(rows) + "\n"


@N("sikka", "practice ids")
def n_sikka_json(r, c):
    items = [{"office_id": "D" + rs(r, DG, 5), "practice_id": str(r.randint(1, 9)), "practice_name": n, "pms": p,
              "spu_version": "%d.%d.%d" % (r.randint(4, 6), r.randint(0, 9), r.randint(0, 99)), "data_as_of": c["date"]}
             for n, p in [(c["dental"], "Dentrix"), (c["vet"], "Cornerstone"), (r.choice(DENTAL), "Eaglesoft")]]
    return "tests/fixtures/sikka/authorized_practices.json", json.dumps({"total_count": len(items), "items": items}, indent=2) + "\n"


# ==================================================================== driver ==============
ENV_BLOCKED_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")
SPECIAL_TYPES = {"Dockerfile": "dockerfile", "credentials": "ini", "authorized_keys": "ssh",
                 "known_hosts": "ssh", "SHA256SUMS": "txt"}


def is_blocked_env(path):
    b = os.path.basename(path)
    return (b == ".env" or b.startswith(".env.")) and b not in ENV_BLOCKED_OK


def filetype(path):
    b = os.path.basename(path)
    if b in SPECIAL_TYPES:
        return SPECIAL_TYPES[b]
    if b == ".env" or b.startswith(".env."):
        return "env"
    if "." in b:
        return b.rsplit(".", 1)[1].lower()
    return "txt"


def live_leak(text):
    """Crude self-check for negatives: no random-looking live Stripe/Square/SendGrid secret."""
    for pre in ("sk_live_", "rk_live_", "whsec_", "sq0csp-", "SG."):
        start = 0
        while True:
            i = text.find(pre, start)
            if i < 0:
                break
            j = i + len(pre)
            k = j
            while k < len(text) and (text[k].isalnum() or text[k] in "-_."):
                k += 1
            tail = text[j:k].replace("-", "").replace("_", "").replace(".", "")
            if len(tail) >= 20 and set(tail) - set("xX0"):
                return text[i:k]
            start = k
    return None


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_fb.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(POS) + len(NEGT) >= 60, (len(POS), len(NEGT))
    manifest, secrets = [], []

    # ---- positives
    order = []
    while len(order) < 500:
        idx = list(range(len(POS)))
        r.shuffle(idx)
        order += idx
    env_files = 0
    for i, ti in enumerate(order[:500]):
        t = POS[ti]
        c = mkctx(r, False)
        secret = GEN[t["gen"]](r)
        L = lit(t["lang"], secret)
        E = xml_esc(secret) if t["lang"] == "xml" else secret
        assert E == secret, t["name"]
        path, text = t["fn"](r, c, L, E)
        if is_blocked_env(path):
            env_files += 1
        needle = secret.split("\n", 1)[0] if t["gen"] == "pem" else secret
        pos = text.find(needle)
        assert pos >= 0, (t["name"], needle)
        line = text.count("\n", 0, pos) + 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8", newline="") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_files <= 25, env_files

    # ---- negatives
    plan = ["tpl"] * 250 + ["look"] * 250
    r.shuffle(plan)
    tq, lq = [], []
    for i, what in enumerate(plan):
        c = mkctx(r, True)
        if what == "tpl":
            if not tq:
                tq = list(range(len(POS)))
                r.shuffle(tq)
            t = POS[tq.pop()]
            slug = r.choice([c["dslug"], c["vslug"], c["rslug"]])
            cat, val = neg_value(r, t["gen"], t["env"], t["lang"], slug)
            if cat == "envref":
                L, E = ref_full(r, t["lang"], t["env"]), ref_emb(t["lang"], t["env"])
            else:
                L = lit(t["lang"], val)
                E = xml_esc(val) if t["lang"] == "xml" else val
            path, text = t["fn"](r, c, L, E)
            if is_blocked_env(path):
                path = os.path.join(os.path.dirname(path), r.choice([".env.example", ".env.sample"]))
            provider, kind = t["provider"], "%s (%s slot)" % (cat, t["kind"])
        else:
            if not lq:
                lq = list(range(len(NEGT)))
                r.shuffle(lq)
            t = NEGT[lq.pop()]
            path, text = t["fn"](r, c)
            provider, kind = t["provider"], "look-alike: " + t["kind"]
        assert not is_blocked_env(path), path
        leak = live_leak(text)
        assert leak is None, (t["name"], leak)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    print("wrote %d positives, %d negatives to %s (%d positive templates, %d look-alike templates)"
          % (len(secrets), len(manifest) - len(secrets), outdir, len(POS), len(NEGT)))


if __name__ == "__main__":
    main()
