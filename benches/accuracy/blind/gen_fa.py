#!/usr/bin/env python3
"""gen_fa.py - blind evaluation-set generator for secret scanners (legal tech / e-discovery).

EMPHASIS
    Domain: law-firm and legal-tech engineering -- practice management, e-discovery,
    document management, e-signature / contract lifecycle, federal court access and
    e-filing, legal research APIs, deposition transcription, plus the cloud storage,
    database, SFTP and e-mail credentials such projects carry.
    Providers: Clio (OAuth apps, webhooks), MyCase, PracticePanther, Relativity
    (OAuth2 clients, service accounts), Everlaw, Logikcull, iManage Work, NetDocuments,
    DocuSign eSignature / CLM (secret keys, JWT RSA keys, Connect HMAC keys), Ironclad,
    PACER / CM/ECF (passwords, PACER Authentication API nextGenCSO tokens, MFA TOTP
    seeds), CourtListener, Westlaw (Thomson Reuters), Lexis, Fastcase, Tyler Odyssey
    eFile, File & ServeXpress, Rev.ai / AssemblyAI / Deepgram (transcription), AWS S3,
    Azure Blob (account keys, SAS), Box, SFTP servers for productions, PostgreSQL /
    MySQL / SQL Server, SendGrid, Mailgun, Postmark, SMTP, Twilio, Microsoft Entra
    (Graph) client secrets, Slack / Teams incoming webhooks, GitHub tokens.
    File types: Python, C#, Java, JavaScript/TypeScript, Ruby, PHP, PowerShell,
    shell, YAML (configs, Helm values, GitHub Actions, docker-compose), JSON (.NET
    appsettings, connectors, notebooks), INI, TOML, XML (.NET App.config/Web.config,
    FileZilla site manager, EDRM XML), .properties, Terraform, Dockerfile, SQL,
    Markdown runbooks, CSV (privilege logs, hash manifests), Concordance DAT and
    Opticon OPT load files, logs, PEM key files, .env files (positives only, <5%).

USAGE
    python3 gen_fa.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, 1-based line).
    Everything comes from one random.Random(SEED); the same SEED gives
    byte-identical output.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written, never the variable name, quotes,
      "Bearer "/"Token " scheme word or surrounding JSON.
    * Headers: the token after the scheme (Authorization: Bearer <needle>,
      Authorization: Token <needle>, X-Postmark-Server-Token: <needle>).  For HTTP
      Basic headers the needle is the base64 blob, because that is what is written.
    * URLs with user:password@host and connection strings (Password=..., AccountKey=...):
      the needle is the password / key part only.
    * Webhook URLs whose secret is the path (Slack, Teams): the whole URL.
    * Azure SAS URLs: the value of the sig= parameter as written (URL-encoded).
    * Key pairs (AWS key id + secret, client id + client secret, user + password):
      only the secret half; the public half (key id, client id, user name) is
      context and may appear on another line.
    * Multi-line keys (PEM private keys, also PEM text inside a JSON string): the
      "-----BEGIN ... PRIVATE KEY-----" marker as written; its line is the needle line.
    * FileZilla <Pass encoding="base64">: the base64 text as written.
    * The needle's first occurrence is on the recorded line; the program asserts it.

NEGATIVES
    n0000..n0499: half are positive templates re-rendered with the secret's slot
    holding a non-secret (placeholders such as <your-client-secret>, YOUR_..._HERE,
    changeme, xxxx; empty values; masks **** / [REDACTED]; environment references
    ${VAR}, os.environ[...], process.env.X, $env:X, System.getenv(...); secret-manager
    references vault:, op://, Key Vault, AWS Secrets Manager; template expressions
    {{ .Values.x }}, ${{ secrets.X }}, #{X}#; documented examples such as AWS's
    AKIAIOSFODNN7EXAMPLE pair, Azurite's devstoreaccount1 key, Slack's
    T00000000/B00000000 URL, the JBSWY3DPEHPK3PXP TOTP seed).  When the slot is
    neutralised the template's companion ids are neutralised too.  The other half
    are look-alikes: Bates numbers, docket numbers, case citations, matter / document
    ids (iManage, NetDocuments), MD5/SHA1/SHA256 values in DAT/OPT/CSV/EDRM load
    files, UUIDs and GUIDs (DocuSign envelope ids, integration keys, UserSecretsId),
    certificate thumbprints, public keys and certificates, signatures, SRI/lockfile
    integrity hashes, image digests, commit ids, base64 data URIs, publishable/public
    values (Google OAuth client ids, reCAPTCHA site keys, Stripe publishable keys).
    No negative lives in .env / .env.<x> except .env.example/.sample/.template/.dist.

FORMATS CHECKED (search tool, provider documentation and real project files)
    * Clio developer docs: Authorization Code grant; a developer application yields
      client_id + client_secret ("app key"/"app secret" in the older docs).  No
      published length/alphabet.
    * CourtListener REST API docs / real clients: "Authorization: Token <token>";
      Django REST Framework tokens are 40 lowercase hex characters.
    * PACER Authentication API (OpenAPI + user guide): POST
      https://pacer.login.uscourts.gov/services/cso-auth with loginId, password,
      optional clientCode/redactFlag; response field nextGenCSO is the token
      that is then sent as a cookie.  pacersdk docs: PACER_USERNAME,
      PACER_PASSWORD and a base32 TOTP secret (PACER_MFA_SECRET).
    * Relativity docs: OAuth2 clients have client id + client secret, token endpoint
      /Relativity/Identity/connect/token, client_credentials flow; secrets can be
      regenerated.  Service-account username/password logins also common.
    * DocuSign docs: integration key is a GUID (client id, public-ish); "Add Secret
      Key" gives the client secret; JWT grant uses an RSA key pair whose private key
      is shown once with BEGIN/END lines.  Connect HMAC keys are 32-byte base64.
    * Ironclad docs: bearer tokens via OAuth client_credentials (client_id,
      client_secret) at https://ironcladapp.com/oauth/token; legacy API tokens from
      the API settings page.  No published format.
    * iManage / NetDocuments (partner guides, netdocs wrapper README): client id +
      client secret issued per data centre; .netdocs file with c_id / c_secret.
    * SendGrid: SG.<22 base64url>.<43 base64url>, about 69 characters.
    * Well-known formats used from general knowledge: AWS AKIA + 16 [A-Z2-7] with a
      40-char secret; Azure storage account keys (64 bytes base64, 88 chars); Slack
      incoming webhooks; GitHub ghp_ tokens (30 random base62 + 6-char base62 CRC32).
    * Two search results turned out to be detector rules (a keyhog detector TOML for
      DocuSign, a NeMo PII regex module for SendGrid); they were not used or relied on.

DOUBTS
    * No public format for Clio, MyCase, PracticePanther, Relativity, Everlaw,
      Logikcull, iManage, NetDocuments, Ironclad, Westlaw, Lexis, Fastcase, Tyler,
      File & ServeXpress, Rev.ai secrets or tokens: they are random alphanumeric /
      hex / base64url strings of plausible length (32-64) without prefixes.
    * nextGenCSO token length (128 alphanumerics here) is a guess.
    * DocuSign secret keys are generated as GUIDs (as seen in integrations); Postmark
      server tokens as UUIDs; Entra client secrets as 3 chars + digit + "Q~" + 34
      chars (observed pattern, not documented).
    * GitHub checksum: CRC32 of the 30 random characters, base62, left-padded to 6 -
      the exact input of the checksum was not confirmed.
    * Random PEM bodies start with genuine ASN.1 prefixes but are not valid keys.
"""

import base64
import binascii
import json
import os
import random
import re
import sys

# ---------------------------------------------------------------------------
# alphabets and primitive generators
# ---------------------------------------------------------------------------
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
HEX = "0123456789abcdef"
B32 = UPPER + "234567"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
BASE62 = DIGITS + UPPER + LOWER


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def guid(r, upper=False):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def strong(r, a, n):
    """random string over alphabet a that contains upper, lower and digit."""
    while True:
        s = rs(r, a, n)
        if (any(ch.isupper() for ch in s) or not any(ch.isupper() for ch in a)) and \
           any(ch.isdigit() for ch in s) and \
           (any(ch.islower() for ch in s) or not any(ch.islower() for ch in a)):
            return s


WORDS = ["Gavel", "Harbor", "Quill", "Lantern", "Orchid", "Maple", "Falcon", "Copper",
         "Juniper", "Summit", "Verdict", "Anchor", "Willow", "Saffron", "Granite",
         "Beacon", "Tundra", "Cobalt", "Meadow", "Pylon", "Sparrow", "Ember"]


def password(r, urlsafe=False):
    style = r.randrange(4)
    sym = "-_.~!" if urlsafe else "!*-_=+.?^~@"
    if style == 0:
        base = strong(r, ALNUM, r.randint(13, 18))
        pos = r.randrange(3, len(base) - 2)
        return base[:pos] + r.choice(sym) + base[pos:] + r.choice(sym)
    if style == 1:
        w = r.sample(WORDS, 3)
        return "%s%s%s-%d-%s" % (w[0], r.choice(sym), w[1], r.randint(10, 99), w[2])
    if style == 2:
        return strong(r, ALNUM, r.randint(12, 16))
    return strong(r, ALNUM + sym, r.randint(16, 24))


# ---------------------------------------------------------------------------
# secret generators: each takes r and returns a string
# ---------------------------------------------------------------------------
def g_alnum(n):
    return lambda r: strong(r, ALNUM, n)


def g_hex(n):
    return lambda r: rs(r, HEX, n)


def g_b64url(n):
    return lambda r: strong(r, B64URL, n)


def g_guid(r):
    return guid(r)


def g_pw(r):
    return password(r)


def g_pw_url(r):
    return password(r, urlsafe=True)


def g_clio_secret(r):
    return strong(r, ALNUM, 40)


def g_pacer_token(r):
    return strong(r, ALNUM, 128)


def g_totp(r):
    return rs(r, B32, 32)


def g_cl_token(r):
    return rs(r, HEX, 40)


def g_aws_id(r):
    return "AKIA" + rs(r, UPPER + "234567", 16)


def g_aws_secret(r):
    return strong(r, ALNUM + "+/", 40)


def g_azure_key(r):
    return b64(r, 64)


def g_sas_sig(r):
    s = b64(r, 32)
    return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def g_hmac32(r):
    return b64(r, 32)


def g_sendgrid(r):
    return "SG." + strong(r, B64URL, 22) + "." + strong(r, B64URL, 43)


def g_mailgun(r):
    return "key-" + rs(r, HEX, 32)


def g_entra(r):
    return rs(r, ALNUM, 3) + r.choice(DIGITS) + "Q~" + strong(r, ALNUM + "_.~-", 34)


def _b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = BASE62[d] + out
    return out.rjust(width, "0")


def g_github(r):
    body = strong(r, BASE62, 30)
    return "ghp_" + body + _b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPPER + DIGITS, r.choice([8, 10])), rs(r, UPPER + DIGITS, r.choice([8, 10])),
        strong(r, ALNUM, 24))


def g_teams_hook(r):
    t = r.choice(["hartwellllp", "bramblefirm", "oakridgelaw", "kestrelpartners"])
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        t, guid(r), guid(r), rs(r, HEX, 32), guid(r))


def _b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_jwt(r):
    """RS256 access token as issued by an OAuth2 identity server (random claims)."""
    host = r.choice(["hartwell", "bramble", "kestrel", "oakridge"])
    hdr = {"alg": "RS256", "kid": rs(r, HEX, 40).upper(), "typ": "JWT"}
    now = r.randint(1700000000, 1760000000)
    pl = {"nbf": now, "exp": now + 28800, "iss": "https://%s.relativity.one/Relativity/Identity" % host,
          "aud": "https://%s.relativity.one/Relativity/Identity/resources" % host,
          "client_id": rs(r, HEX, 32), "sub": str(r.randint(1000000, 9999999)),
          "scope": ["SystemUserInfo"], "jti": rs(r, HEX, 32)}
    return _b64u(hdr) + "." + _b64u(pl) + "." + rs(r, B64URL, 342)


RSA1_PREFIX = ["MIIEowIBAAKCAQEA", "MIIEpAIBAAKCAQEA", "MIIEogIBAAKCAQEA"]
PK8_PREFIX = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"


def pem_key(r, pkcs8=None):
    """returns (block, needle) - block uses '\n' line breaks."""
    if pkcs8 is None:
        pkcs8 = r.random() < 0.5
    if pkcs8:
        label, pre, total = "PRIVATE KEY", PK8_PREFIX, 1624
    else:
        label, pre, total = "RSA PRIVATE KEY", r.choice(RSA1_PREFIX), 1588
    body = pre + strong(r, B64, total - len(pre) - 1) + "="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    begin = "-----BEGIN %s-----" % label
    return "\n".join([begin] + lines + ["-----END %s-----" % label]), begin


# ---------------------------------------------------------------------------
# domain vocabulary (public, innocent context)
# ---------------------------------------------------------------------------
FIRMS = ["Hartwell & Pryce LLP", "Bramble Okafor PC", "Oakridge Legal Group",
         "Kestrel Partners LLP", "Delacroix Whitman LLP", "Summerfield Law",
         "Northgate Litigation Counsel", "Vance Iyer & Co."]
MATTERS = ["Acme v. Globex", "In re Northwind Data Breach", "Sterling v. Halvorsen",
           "Pinecrest Holdings Arbitration", "Meridian Pharma Antitrust",
           "State v. Ortega", "Bluewater Shipping Charter Dispute", "Reyes Estate"]
CUSTODIANS = ["jsmith", "mgarcia", "achen", "rpatel", "lnguyen", "dokafor", "kmuller",
              "sbrown", "tkowalski", "eharris"]
COURTS = [("nysd", "S.D.N.Y."), ("cand", "N.D. Cal."), ("ilnd", "N.D. Ill."),
          ("txsd", "S.D. Tex."), ("ded", "D. Del."), ("mad", "D. Mass."),
          ("flsd", "S.D. Fla."), ("njd", "D.N.J.")]
JUDGES = ["JMF", "LAK", "VC", "WHA", "RGA", "AT", "KPF", "CRB"]
VENDORS = ["Veritext", "Esquire Deposition Solutions", "Planet Depos", "Lexitas",
           "Magna Legal Services", "US Legal Support"]
BATES_PFX = ["ACME", "GLBX", "NWD", "STRL", "HALV", "MPH", "BWS", "PCH", "DEF", "PLTF"]
HOSTS = ["review-db.internal", "lit-sql01.corp.local", "edisc-pg.cluster-c1x2.us-east-1.rds.amazonaws.com",
         "10.20.4.15", "pg-prod.legalops.svc", "sqlprod02.firm.local"]
SFTP_HOSTS = ["sftp.productions.hartwell.com", "transfer.bramblelaw.com",
              "sftp.discovery-vendor.net", "ftp.oakridgelegal.com", "files.kestrelpartners.com"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1"]


def docket(r):
    return "%d:%02d-cv-%05d-%s" % (r.randint(1, 3), r.randint(18, 25), r.randint(100, 9999),
                                   r.choice(JUDGES))


def bates(r, pfx=None, n=None):
    return "%s%08d" % (pfx or r.choice(BATES_PFX), n if n is not None else r.randint(1, 250000))


def citation(r):
    k = r.randrange(6)
    y = r.randint(1995, 2024)
    if k == 0:
        return "%d U.S. %d (%d)" % (r.randint(500, 601), r.randint(1, 999), y)
    if k == 1:
        return "%d F.4th %d (%s Cir. %d)" % (r.randint(1, 110), r.randint(1, 1300),
                                             r.choice(["2d", "3d", "5th", "7th", "9th", "Fed."]), y)
    if k == 2:
        return "%d F. Supp. 3d %d (%s %d)" % (r.randint(1, 700), r.randint(1, 1200),
                                              r.choice(COURTS)[1], y)
    if k == 3:
        return "%d WL %d (%s %s)" % (y, r.randint(1000000, 9999999), r.choice(COURTS)[1], y)
    if k == 4:
        return "%d S. Ct. %d (%d)" % (r.randint(120, 144), r.randint(1, 2999), y)
    return "%d F.3d %d (%s Cir. %d)" % (r.randint(1, 999), r.randint(1, 1400),
                                        r.choice(["1st", "2d", "4th", "6th", "11th", "D.C."]), y)


def matter_no(r):
    return "%d-%05d" % (r.randint(2019, 2025), r.randint(1, 99999))


def date(r):
    return "20%02d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randint(0, 23), r.randint(0, 59),
                                        r.randint(0, 59), r.randint(0, 999))


def pick(r, *xs):
    return r.choice(xs)


def b(r):
    return r.random() < 0.5


# ---------------------------------------------------------------------------
# rendering context: positives get a generated secret, negatives a filler
# ---------------------------------------------------------------------------
SLOT = "@@FA_SLOT@@"

ENV_EXPR = {
    "py": ['os.environ["{V}"]', 'os.getenv("{V}")', 'os.environ.get("{V}", "")'],
    "js": ["process.env.{V}", "process.env['{V}']"],
    "ts": ["process.env.{V} ?? ''", "process.env.{V}!"],
    "cs": ['Environment.GetEnvironmentVariable("{V}")', '_config["{V}"]'],
    "java": ['System.getenv("{V}")', 'env.getProperty("{v}")'],
    "rb": ['ENV["{V}"]', "ENV.fetch('{V}')"],
    "php": ["getenv('{V}')", "$_ENV['{V}']"],
    "ps1": ["$env:{V}", "(Get-Secret -Name {V} -AsPlainText)"],
    "tf": ["var.{v}"],
}
ENV_LIT = {
    "ps1": ["$env:{V}"], "xml": ["%{V}%", "${{V}}"], "md": ["${V}", "${{V}}"],
    "cs": ["${{V}}"], "sh": ["${{V}}", "${V}"],
}
TPL_LIT = {
    "yaml": ["{{ .Values.secrets.{c} }}", "${{ secrets.{V} }}", "{{ vault_{v} }}", "{{ {v} }}"],
    "json": ["#{{C}}#", "__{V}__", "{{{v}}}"],
    "xml": ["#{{C}}#", "$({C})", "__{V}__"],
    "tf": ["${var.{v}}"],
}
SM_LIT = ["vault:secret/data/litsupport/{d}#value", "op://Litigation Support/{d}/credential",
          "@Microsoft.KeyVault(SecretUri=https://kv-litsupport.vault.azure.net/secrets/{d}/)",
          "{{resolve:secretsmanager:prod/{d}:SecretString:value}}",
          "sm://legal-ops-prod/{d}", "azurekeyvault://kv-edisc/{d}"]
MASKS = ["********", "[REDACTED]", "***REDACTED***", "<redacted>", "****************",
         "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", "(hidden)"]
PH = {
    "secret": ["<your-client-secret>", "YOUR_{V}_HERE", "changeme", "x" * 32, "REPLACE_ME",
               "<{v}>", "your-{d}-here", "TODO", "dummy", "<paste secret from developer portal>",
               "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "not-a-real-secret"],
    "token": ["<your-token-here>", "YOUR_API_TOKEN", "<api-token>", "x" * 40, "TOKEN_GOES_HERE",
              "your-api-key-here", "0" * 40, "test-token"],
    "password": ["changeme", "<password>", "CHANGE_ME", "your_password_here", "password",
                 "<service-account-password>", "ChangeMe!", "secret", "xxxxxxxx"],
    "url": ["<incoming-webhook-url>", "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
            "https://example.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>",
            "https://hooks.example.com/placeholder", "<webhook-url>"],
    "pem": ["<contents of private.key>", "-----BEGIN RSA PRIVATE KEY-----\\n...\\n-----END RSA PRIVATE KEY-----",
            "PASTE_RSA_PRIVATE_KEY_HERE", "<RSA private key from Apps and Keys>"],
    "totp": ["<base32-totp-secret>", "YOUR_BASE32_SECRET", "your-base32-totp-secret"],
}


def _fmt(s, var):
    d = var.lower().replace("_", "-")
    camel = "".join(p.capitalize() for p in var.lower().split("_"))
    C = var.title().replace("_", "")
    return (s.replace("{V}", var).replace("{v}", var.lower()).replace("{d}", d)
            .replace("{c}", camel[0].lower() + camel[1:]).replace("{C}", C))


class Ctx:
    def __init__(self, r, neg, lang):
        self.r = r
        self.neg = neg
        self.lang = lang
        self.needle = None
        self.expr = None
        self.fallback = None
        self.nkind = None

    def s(self, gen, var="API_KEY", sk="secret", docs=(), embedded=False):
        r = self.r
        if not self.neg:
            v = gen(r)
            v, nd = v if isinstance(v, tuple) else (v, v)
            self.needle = nd
            return v
        cats = [("placeholder", 4), ("masked", 2), ("env-reference", 3), ("secret-manager-ref", 1),
                ("template-expression", 2), ("empty", 1)]
        if not embedded and self.lang in ENV_EXPR:
            cats.append(("code-env-reference", 4))
        if docs:
            cats.append(("documented-example", 5))
        tot = sum(w for _, w in cats)
        x = r.uniform(0, tot)
        for cat, w in cats:
            x -= w
            if x <= 0:
                break
        self.nkind = cat
        lang = self.lang
        if cat == "placeholder":
            return _fmt(r.choice(PH.get(sk, PH["secret"])), var)
        if cat == "masked":
            return r.choice(MASKS)
        if cat == "empty":
            return ""
        if cat == "documented-example":
            return r.choice(list(docs))
        if cat == "secret-manager-ref":
            return _fmt(r.choice(SM_LIT), var)
        if cat == "template-expression":
            fam = {"yml": "yaml", "yaml": "yaml", "json": "json", "xml": "xml", "tf": "tf"}.get(lang)
            pool = TPL_LIT.get(fam) or ["{{ {v} }}", "#{{C}}#", "${{V}}", "@@{V}@@"]
            return _fmt(r.choice(pool), var)
        lit = _fmt(r.choice(ENV_LIT.get(lang, ["${{V}}"])), var)
        if cat == "env-reference":
            return lit
        self.expr = _fmt(r.choice(ENV_EXPR[lang]), var)
        self.fallback = lit
        return SLOT

    def alt(self, pos_value, neg_value):
        return neg_value if self.neg else pos_value

    def finish(self, text):
        if SLOT in text:
            text = re.sub(r'(["\'])' + re.escape(SLOT) + r'\1', lambda m: self.expr, text)
            text = text.replace(SLOT, self.fallback)
        return text


POS = []
NEG = []


def P(provider, kind, lang, reuse=True):
    def deco(f):
        POS.append({"f": f, "provider": provider, "kind": kind, "lang": lang, "reuse": reuse})
        return f
    return deco


def N(provider, kind):
    def deco(f):
        NEG.append({"f": f, "provider": provider, "kind": kind})
        return f
    return deco


def J(lines):
    return "\n".join(lines) + "\n"


# ===========================================================================
# POSITIVE TEMPLATES (also re-used for half the negatives with a filler slot)
# ===========================================================================
# ---- Clio ------------------------------------------------------------------
@P("clio", "oauth_client_secret", "py")
def p_clio_settings(r, c):
    cid = strong(r, ALNUM, 40)
    var = pick(r, "CLIO_CLIENT_SECRET", "CLIO_APP_SECRET")
    sec = c.s(g_clio_secret, var)
    region = pick(r, "app.clio.com", "eu.app.clio.com", "ca.app.clio.com", "au.app.clio.com")
    return pick(r, "integrations/clio/settings.py", "app/config/clio.py", "clio_sync/config.py"), J([
        '"""Clio Manage integration settings (matters, contacts, activities sync)."""',
        "from datetime import timedelta",
        "",
        f'CLIO_BASE_URL = "https://{region}"',
        'CLIO_API_VERSION = "v4"',
        f'CLIO_CLIENT_ID = "{cid}"',
        f'{var} = "{sec}"',
        'CLIO_REDIRECT_URI = "https://intake.%s.com/oauth/clio/callback"' % pick(r, "hartwell", "bramble", "oakridge"),
        "CLIO_PAGE_SIZE = %d" % pick(r, 50, 100, 200),
        "CLIO_TOKEN_REFRESH_MARGIN = timedelta(minutes=%d)" % r.randint(2, 15),
        "",
        "# fields requested for /matters.json",
        'MATTER_FIELDS = "id,display_number,description,status,client{id,name},practice_area{name}"',
    ])


@P("clio", "oauth_client_secret", "js")
def p_clio_js(r, c):
    cid = strong(r, ALNUM, 40)
    sec = c.s(g_clio_secret, "CLIO_CLIENT_SECRET")
    return pick(r, "src/services/clioAuth.js", "server/clio/oauth.js"), J([
        "const axios = require('axios');",
        "const qs = require('querystring');",
        "",
        "const TOKEN_URL = 'https://app.clio.com/oauth/token';",
        "",
        "async function exchangeCode(code, redirectUri) {",
        "  const body = qs.stringify({",
        "    grant_type: 'authorization_code',",
        "    code,",
        "    redirect_uri: redirectUri,",
        f"    client_id: '{cid}',",
        f"    client_secret: '{sec}',",
        "  });",
        "  const res = await axios.post(TOKEN_URL, body, {",
        "    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },",
        "    timeout: %d," % pick(r, 5000, 10000, 15000),
        "  });",
        "  return res.data; // { access_token, refresh_token, expires_in }",
        "}",
        "",
        "module.exports = { exchangeCode };",
    ])


@P("clio", "oauth_client_secret", "yaml")
def p_clio_yaml(r, c):
    key = strong(r, ALNUM, 40)
    sec = c.s(g_clio_secret, "CLIO_APP_SECRET")
    return pick(r, "config/clio.yml", "config/integrations/clio.yaml"), J([
        "# Clio developer application: %s Intake Bridge" % pick(r, "Hartwell", "Bramble", "Oakridge"),
        "clio:",
        "  region: %s" % pick(r, "us", "eu", "ca"),
        "  app_key: %s" % key,
        "  app_secret: %s" % sec,
        "  redirect_uri: https://bridge.example-firm.com/clio/callback",
        "  scopes: []",
        "  webhooks:",
        "    models: [matter, contact, task]",
        "    expires_in_days: %d" % pick(r, 7, 14, 30),
        "sync:",
        "  interval_minutes: %d" % pick(r, 5, 15, 30),
        "  practice_areas: [Litigation, Employment, Corporate]",
    ])


@P("clio", "api_token", "rb")
def p_clio_rb(r, c):
    tok = c.s(g_alnum(40), "CLIO_ACCESS_TOKEN", sk="token")
    return pick(r, "lib/tasks/clio_import.rake", "scripts/clio_backfill.rb"), J([
        "require 'net/http'",
        "require 'json'",
        "",
        "# One-off backfill of closed matters into the records system.",
        "CLIO_HOST = 'app.clio.com'",
        f"access_token = '{tok}'",
        "",
        "uri = URI(\"https://#{CLIO_HOST}/api/v4/matters.json?status=closed&limit=200\")",
        "req = Net::HTTP::Get.new(uri)",
        "req['Authorization'] = \"Bearer #{access_token}\"",
        "res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }",
        "JSON.parse(res.body)['data'].each do |m|",
        "  puts [m['id'], m['display_number'], m['description']].join(\"\\t\")",
        "end",
    ])


@P("clio", "oauth_client_secret", "sh")
def p_clio_sh(r, c):
    cid = strong(r, ALNUM, 40)
    sec = c.s(g_clio_secret, "CLIO_CLIENT_SECRET", embedded=True)
    return pick(r, "scripts/clio_refresh_token.sh", "bin/clio-token.sh"), J([
        "#!/usr/bin/env bash",
        "# Refresh the Clio access token used by the nightly time-entry export.",
        "set -euo pipefail",
        "REFRESH_TOKEN=$(cat \"${HOME}/.config/clio/refresh_token\")",
        "",
        "curl -sS -X POST https://app.clio.com/oauth/token \\",
        "  -d grant_type=refresh_token \\",
        f"  -d client_id={cid} \\",
        f"  -d client_secret={sec} \\",
        "  -d refresh_token=\"${REFRESH_TOKEN}\" \\",
        "  | jq -r .access_token > \"${HOME}/.config/clio/access_token\"",
    ])


@P("clio", "api_token", "log", reuse=False)
def p_clio_log(r, c):
    tok = c.s(g_alnum(40), "CLIO_TOKEN", sk="token")
    t0 = date(r)
    n = r.randint(3, 6)
    stamps = sorted((r.randint(0, 58), r.randint(0, 59)) for _ in range(n + 1))
    k = r.randrange(n + 1)
    lines = []
    for i, (mm, ss) in enumerate(stamps):
        if i == k:
            lines.append("%s 02:%02d:%02d DEBUG urllib3 send: b'GET /api/v4/activities.json?limit=200 HTTP/1.1\\r\\n"
                         "Host: app.clio.com\\r\\nAuthorization: Bearer %s\\r\\nAccept: application/json\\r\\n'" % (
                             t0, mm, ss, tok))
        else:
            lines.append("%s 02:%02d:%02d INFO  clio.sync matter=%d page=%d status=200 elapsed=%dms" % (
                t0, mm, ss, r.randint(1000000, 9999999), i + 1, r.randint(80, 900)))
    lines.append("%s 02:59:59 INFO  clio.sync finished activities=%d" % (t0, r.randint(100, 5000)))
    return "logs/clio-sync-%s.log" % t0, J(lines)


@P("clio", "webhook_secret", "py")
def p_clio_webhook(r, c):
    sec = c.s(g_hex(64), "CLIO_WEBHOOK_SECRET")
    nm = pick(r, "WEBHOOK_SHARED_SECRET", "shared_secret", "SIGNING_KEY")
    return pick(r, "webhooks/clio_receiver.py", "app/routes/clio_hooks.py"), J([
        "import hashlib",
        "import hmac",
        "",
        "from flask import Blueprint, abort, request",
        "",
        "bp = Blueprint('clio_hooks', __name__)",
        f"{nm} = '{sec}'",
        "",
        "",
        "@bp.post('/hooks/clio/matter')",
        "def matter_changed():",
        "    sig = request.headers.get('X-Hook-Signature', '')",
        f"    digest = hmac.new({nm}.encode(), request.data, hashlib.sha256).hexdigest()",
        "    if not hmac.compare_digest(sig, digest):",
        "        abort(401)",
        "    payload = request.get_json()",
        "    return {'received': payload['data']['id']}",
    ])


# ---- MyCase / PracticePanther -----------------------------------------------
@P("mycase", "api_token", "json")
def p_mycase_json(r, c):
    key = c.s(g_hex(48), "MYCASE_API_KEY", sk="token")
    return pick(r, "config/mycase.json", "connectors/mycase/config.json"), json.dumps({
        "provider": "mycase",
        "baseUrl": "https://external-integrations.mycase.com/v1",
        "firmId": r.randint(10000, 99999),
        "apiKey": key,
        "sync": {"cases": True, "contacts": True, "documents": False, "pageSize": 100},
        "timezone": pick(r, "America/New_York", "America/Chicago", "America/Los_Angeles"),
    }, indent=2) + "\n"


@P("mycase", "oauth_client_secret", "cs")
def p_mycase_cs(r, c):
    cid = guid(r)
    sec = c.s(g_b64url(43), "MYCASE_CLIENT_SECRET")
    return pick(r, "src/Intake.MyCase/MyCaseClientFactory.cs", "MyCaseConnector/ClientFactory.cs"), J([
        "using System;",
        "using System.Net.Http;",
        "",
        "namespace Intake.MyCase",
        "{",
        "    public static class MyCaseClientFactory",
        "    {",
        "        public static MyCaseClient Create(HttpClient http)",
        "        {",
        "            return new MyCaseClient(",
        "                http,",
        "                new Uri(\"https://auth.mycase.com/\"),",
        f"                \"{cid}\",",
        f"                \"{sec}\");",
        "        }",
        "    }",
        "}",
    ])


@P("practicepanther", "oauth_client_secret", "ts")
def p_pp_ts(r, c):
    cid = guid(r)
    sec = c.s(g_alnum(32), "PP_CLIENT_SECRET")
    nm = pick(r, "ppClientSecret", "PRACTICEPANTHER_CLIENT_SECRET")
    return pick(r, "src/practicepanther/auth.ts", "packages/pp-sync/src/oauth.ts"), J([
        "import { URLSearchParams } from 'url';",
        "",
        "export const ppClientId = '%s';" % cid,
        f"export const {nm} = '{sec}';",
        "const AUTH_BASE = 'https://app.practicepanther.com';",
        "",
        "export function authorizeUrl(state: string, redirectUri: string): string {",
        "  const p = new URLSearchParams({ response_type: 'code', client_id: ppClientId, redirect_uri: redirectUri, state });",
        "  return `${AUTH_BASE}/OAuth/Authorize?${p.toString()}`;",
        "}",
    ])


@P("practicepanther", "oauth_client_secret", "ini")
def p_pp_ini(r, c):
    cid = guid(r)
    sec = c.s(g_alnum(32), "PRACTICEPANTHER_CLIENT_SECRET")
    return pick(r, "conf/practicepanther.ini", "config/pp.cfg"), J([
        "; PracticePanther -> billing warehouse export",
        "[oauth]",
        "client_id = %s" % cid,
        "client_secret = %s" % sec,
        "token_url = https://app.practicepanther.com/OAuth/Token",
        "",
        "[export]",
        "entities = matters,time_entries,invoices",
        "since_days = %d" % r.randint(1, 30),
        "output_dir = /srv/exports/pp",
    ])


# ---- Relativity ---------------------------------------------------------------
@P("relativity", "oauth_client_secret", "cs")
def p_rel_cs(r, c):
    cid = rs(r, HEX, 32)
    sec = c.s(g_alnum(40), "RELATIVITY_CLIENT_SECRET")
    inst = pick(r, "hartwell", "bramble", "kestrel", "oakridge")
    nm = pick(r, "ClientSecret", "RelativityClientSecret", "Secret")
    return pick(r, "src/Relativity.ExportAgent/Program.cs", "tools/ProductionExporter/Program.cs"), J([
        "using System;",
        "using System.Threading.Tasks;",
        "using Relativity.Transfer.SDK.Sample.Authentication;",
        "",
        "internal static class Program",
        "{",
        f"    private const string InstanceUrl = \"https://{inst}.relativity.one\";",
        f"    private const string ClientId = \"{cid}\";",
        f"    private const string {nm} = \"{sec}\";",
        "    private const int WorkspaceArtifactId = %d;" % r.randint(1000000, 9999999),
        "",
        "    private static async Task Main()",
        "    {",
        "        var retriever = new BearerTokenRetriever(InstanceUrl);",
        f"        string token = await retriever.RetrieveTokenAsync(ClientId, {nm});",
        "        Console.WriteLine($\"Token acquired for workspace {WorkspaceArtifactId}\");",
        "    }",
        "}",
    ])


@P("relativity", "oauth_client_secret", "json")
def p_rel_appsettings(r, c):
    sec = c.s(g_alnum(40), "RELATIVITY_CLIENT_SECRET")
    d = {
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft": "Warning"}},
        "Relativity": {
            "InstanceUrl": "https://%s.relativity.one" % pick(r, "hartwell", "bramble", "kestrel"),
            "ClientId": rs(r, HEX, 32),
            "ClientSecret": sec,
            "WorkspaceId": r.randint(1000000, 9999999),
            "SavedSearchId": r.randint(1000000, 9999999),
        },
        "ReviewSync": {"BatchSize": pick(r, 500, 1000, 2500), "Fields": ["Control Number", "Custodian", "Responsive"]},
    }
    return pick(r, "src/ReviewSync/appsettings.Production.json", "ReviewSync.Api/appsettings.json"), json.dumps(d, indent=2) + "\n"


@P("relativity", "service_account_password", "ps1")
def p_rel_ps1(r, c):
    user = pick(r, "svc_relimport", "svc-rel-api", "relativity.service")
    pw = c.s(g_pw, "RELATIVITY_PASSWORD", sk="password")
    return pick(r, "scripts/Invoke-RelativityImport.ps1", "ops/Start-LoadFileImport.ps1"), J([
        "param(",
        "    [Parameter(Mandatory)] [string] $LoadFile,",
        "    [int] $WorkspaceId = %d" % r.randint(1000000, 9999999),
        ")",
        "",
        "$relUser = '%s@%s.com'" % (user, pick(r, "hartwell", "bramble", "kestrel")),
        f"$relPassword = '{pw}'",
        "$pair = \"{0}:{1}\" -f $relUser, $relPassword",
        "$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))",
        "$headers = @{ Authorization = \"Basic $basic\"; 'X-CSRF-Header' = '-' }",
        "",
        "$uri = 'https://review.%s.com/Relativity.Rest/api/Relativity.Import/workspaces/' + $WorkspaceId + '/import-jobs'" % pick(r, "hartwell", "bramble"),
        "Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -ContentType 'application/json' -Body (@{ loadFile = $LoadFile } | ConvertTo-Json)",
    ])


@P("relativity", "service_account_password", "xml")
def p_rel_appconfig(r, c):
    pw = c.s(g_pw, "RelativityServicePassword", sk="password")
    return pick(r, "RelativityAgent/App.config", "src/BatchTagger/App.config"), J([
        '<?xml version="1.0" encoding="utf-8"?>',
        "<configuration>",
        "  <startup>",
        '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />',
        "  </startup>",
        "  <appSettings>",
        '    <add key="RelativityUrl" value="https://review.%s.com/Relativity" />' % pick(r, "hartwell", "bramble", "kestrel"),
        '    <add key="RelativityServiceUser" value="svc_batchtagger@%s.com" />' % pick(r, "hartwell", "bramble"),
        f'    <add key="RelativityServicePassword" value="{pw}" />',
        '    <add key="WorkspaceArtifactID" value="%d" />' % r.randint(1000000, 9999999),
        '    <add key="TagFieldName" value="Privilege Review::Status" />',
        "  </appSettings>",
        "</configuration>",
    ])


@P("relativity", "oauth_client_secret", "py")
def p_rel_py(r, c):
    cid = rs(r, HEX, 32)
    sec = c.s(g_alnum(40), "RELATIVITY_CLIENT_SECRET", embedded=False)
    host = pick(r, "hartwell", "bramble", "kestrel")
    return pick(r, "tools/rel_export.py", "ediscovery/relativity_token.py"), J([
        "import requests",
        "",
        f"TOKEN_URL = 'https://{host}.relativity.one/Relativity/Identity/connect/token'",
        "",
        "",
        "def get_token():",
        "    resp = requests.post(",
        "        TOKEN_URL,",
        "        data={",
        "            'grant_type': 'client_credentials',",
        f"            'client_id': '{cid}',",
        f"            'client_secret': '{sec}',",
        "            'scope': 'SystemUserInfo',",
        "        },",
        "        timeout=30,",
        "    )",
        "    resp.raise_for_status()",
        "    return resp.json()['access_token']",
    ])


@P("relativity", "oauth_client_secret", "yaml")
def p_rel_helm(r, c):
    sec = c.s(g_alnum(40), "RELATIVITY_CLIENT_SECRET")
    return pick(r, "deploy/helm/review-sync/values.yaml", "charts/rel-bridge/values-prod.yaml"), J([
        "replicaCount: %d" % pick(r, 1, 2, 3),
        "image:",
        "  repository: registry.%s.com/litsupport/review-sync" % pick(r, "hartwell", "bramble"),
        "  tag: \"%d.%d.%d\"" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
        "relativity:",
        "  instanceUrl: https://%s.relativity.one" % pick(r, "hartwell", "bramble", "kestrel"),
        "  oauth:",
        "    clientId: %s" % rs(r, HEX, 32),
        "    secret: \"%s\"" % sec,
        "  workspaceId: %d" % r.randint(1000000, 9999999),
        "resources:",
        "  limits: {cpu: 500m, memory: 512Mi}",
    ])


# ---- Everlaw / Logikcull --------------------------------------------------------
@P("everlaw", "api_token", "py")
def p_everlaw_py(r, c):
    tok = c.s(g_b64url(48), "EVERLAW_API_TOKEN", sk="token", embedded=True)
    return pick(r, "everlaw/upload_batch.py", "scripts/everlaw_push.py"), J([
        "import pathlib",
        "import requests",
        "",
        "API = 'https://api.everlaw.com/v1'",
        "PROJECT_ID = %d" % r.randint(1000, 99999),
        "session = requests.Session()",
        f"session.headers.update({{'Authorization': 'Bearer {tok}'}})",
        "",
        "for path in sorted(pathlib.Path('out/volume').glob('*.zip')):",
        "    with path.open('rb') as fh:",
        "        r = session.post(f'{API}/projects/{PROJECT_ID}/uploads', files={'file': fh})",
        "        r.raise_for_status()",
        "        print(path.name, r.json().get('id'))",
    ])


@P("everlaw", "api_token", "toml")
def p_everlaw_toml(r, c):
    tok = c.s(g_b64url(48), "EVERLAW_API_TOKEN", sk="token")
    return pick(r, "config/everlaw.toml", "everlaw-sync.toml"), J([
        "[everlaw]",
        'base_url = "https://api.everlaw.com/v1"',
        "project_id = %d" % r.randint(1000, 99999),
        'api_token = "%s"' % tok,
        "",
        "[upload]",
        "chunk_mb = %d" % pick(r, 8, 16, 64),
        'source = "/mnt/productions/incoming"',
        'notify = ["litsupport@%s.com"]' % pick(r, "hartwell", "bramble"),
    ])


@P("logikcull", "api_token", "js")
def p_logikcull_js(r, c):
    key = c.s(g_alnum(32), "LOGIKCULL_API_KEY", sk="token")
    return pick(r, "lib/logikcull.js", "src/integrations/logikcull/client.js"), J([
        "'use strict';",
        "const got = require('got');",
        "",
        "const client = got.extend({",
        "  prefixUrl: 'https://api.logikcull.com/v1',",
        "  responseType: 'json',",
        "  headers: {",
        f"    'X-API-Key': '{key}',",
        "    'User-Agent': 'holds-bot/%d.%d'," % (r.randint(1, 3), r.randint(0, 9)),
        "  },",
        "});",
        "",
        "exports.listProjects = () => client.get('projects').json();",
    ])


@P("logikcull", "api_token", "properties")
def p_logikcull_props(r, c):
    key = c.s(g_alnum(32), "LOGIKCULL_API_KEY", sk="token")
    return "src/main/resources/logikcull.properties", J([
        "# Logikcull upload connector",
        "logikcull.base-url=https://api.logikcull.com/v1",
        "logikcull.account-id=%d" % r.randint(10000, 99999),
        "logikcull.api.key=%s" % key,
        "logikcull.upload.max-retries=%d" % r.randint(2, 6),
        "logikcull.upload.part-size-mb=%d" % pick(r, 16, 32),
    ])


# ---- iManage / NetDocuments -----------------------------------------------------
@P("imanage", "oauth_client_secret", "java")
def p_imanage_java(r, c):
    cid = rs(r, LALNUM, 24)
    sec = c.s(g_alnum(36), "IMANAGE_CLIENT_SECRET")
    return "src/main/java/com/%s/dms/IManageAuth.java" % pick(r, "hartwell", "bramble", "kestrel"), J([
        "package com.firm.dms;",
        "",
        "import java.net.URI;",
        "import java.net.http.HttpRequest;",
        "",
        "public final class IManageAuth {",
        "    private static final String TOKEN_URL = \"https://cloudimanage.com/auth/oauth2/token\";",
        f"    private static final String CLIENT_ID = \"{cid}\";",
        f"    private static final String CLIENT_SECRET = \"{sec}\";",
        "",
        "    static HttpRequest passwordGrant(String user, String password) {",
        "        String form = \"grant_type=password&client_id=\" + CLIENT_ID",
        "            + \"&client_secret=\" + CLIENT_SECRET",
        "            + \"&username=\" + user + \"&password=\" + password;",
        "        return HttpRequest.newBuilder(URI.create(TOKEN_URL))",
        "            .header(\"Content-Type\", \"application/x-www-form-urlencoded\")",
        "            .POST(HttpRequest.BodyPublishers.ofString(form)).build();",
        "    }",
        "}",
    ])


@P("imanage", "service_account_password", "yaml")
def p_imanage_yaml(r, c):
    pw = c.s(g_pw, "IMANAGE_SVC_PASSWORD", sk="password")
    return pick(r, "config/imanage.yaml", "deploy/dms-bridge/config.yml"), J([
        "imanage:",
        "  server: https://dms.%s.com" % pick(r, "hartwell", "bramble", "kestrel"),
        "  library: %s" % pick(r, "ACTIVE", "NYDOCS01", "LITIGATION"),
        "  customer_id: %d" % r.randint(1, 999),
        "  service_user: svc_dmsbridge",
        "  service_password: '%s'" % pw,
        "  workspace_template: LIT-STANDARD",
        "filing:",
        "  email_folder: Correspondence",
        "  default_class: DOC",
    ])


@P("imanage", "oauth_client_secret", "json")
def p_imanage_json(r, c):
    sec = c.s(g_alnum(36), "IMANAGE_CLIENT_SECRET")
    d = {"name": "imanage-work", "version": "%d.%d" % (r.randint(1, 3), r.randint(0, 9)),
         "auth": {"type": "oauth2", "tokenUrl": "https://cloudimanage.com/auth/oauth2/token",
                  "clientId": rs(r, LALNUM, 24), "clientSecret": sec},
         "libraries": [pick(r, "ACTIVE", "LIT"), pick(r, "ARCHIVE", "CORP")],
         "pollSeconds": pick(r, 60, 120, 300)}
    return pick(r, "connectors/imanage/connector.json", "integrations/imanage.json"), json.dumps(d, indent=2) + "\n"


@P("netdocuments", "oauth_client_secret", "ini")
def p_netdocs_ini(r, c):
    sec = c.s(g_alnum(40), "NETDOCS_CLIENT_SECRET")
    return pick(r, ".netdocs", "config/.netdocs", "netdocs.cfg"), J([
        "[Client Parameters]",
        "c_id = AP-%s" % rs(r, UPPER + DIGITS, 8),
        "c_secret = %s" % sec,
        "scope = %s" % pick(r, "read", "read edit", "full"),
        "access_token =",
        "refresh_token =",
        "",
        "[URLs]",
        "auth_url = https://vault.netvoyage.com/neWeb2/OAuth.aspx",
        "redirect_uri = https://localhost:3000/gettoken",
        "refresh_url = https://api.vault.netvoyage.com/v1/OAuth",
        "base_url = https://api.vault.netvoyage.com",
    ])


@P("netdocuments", "oauth_client_secret", "cs")
def p_netdocs_cs(r, c):
    sec = c.s(g_alnum(40), "NETDOCUMENTS_CLIENT_SECRET")
    return pick(r, "src/NdSync/NetDocumentsOptions.cs", "NdFiler/Options.cs"), J([
        "namespace NdSync",
        "{",
        "    public sealed class NetDocumentsOptions",
        "    {",
        "        public const string Section = \"NetDocuments\";",
        "        public string Region { get; set; } = \"%s\";" % pick(r, "US", "EU", "AU"),
        "        public string BaseUrl { get; set; } = \"https://api.vault.netvoyage.com/v1\";",
        "        public string ClientId { get; set; } = \"AP-%s\";" % rs(r, UPPER + DIGITS, 8),
        f"        public string ClientSecret {{ get; set; }} = \"{sec}\";",
        "        public string Repository { get; set; } = \"CA-%s\";" % rs(r, UPPER + DIGITS, 8),
        "        public int PageSize { get; set; } = %d;" % pick(r, 100, 250, 500),
        "    }",
        "}",
    ])


# ---- DocuSign ----------------------------------------------------------------
@P("docusign", "private_key", "pem", reuse=False)
def p_ds_pemfile(r, c):
    key = c.s(lambda rr: pem_key(rr), "DOCUSIGN_PRIVATE_KEY", sk="pem")
    return pick(r, "config/docusign/private.key", "keys/docusign_jwt.pem", "secrets/ds-rsa.pem"), key + "\n"


@P("docusign", "private_key", "py")
def p_ds_py(r, c):
    key = c.s(lambda rr: pem_key(rr, pkcs8=False), "DOCUSIGN_PRIVATE_KEY", sk="pem", embedded=True)
    ik = guid(r)
    uid = guid(r)
    return pick(r, "esign/docusign_jwt.py", "app/signing/docusign_auth.py"), J([
        "from docusign_esign import ApiClient",
        "",
        f'INTEGRATION_KEY = "{ik}"',
        f'IMPERSONATED_USER_ID = "{uid}"',
        'AUTH_SERVER = "account-d.docusign.com"',
        "",
        'PRIVATE_KEY = """' + key + '"""',
        "",
        "",
        "def jwt_token():",
        "    client = ApiClient()",
        "    client.set_oauth_host_name(AUTH_SERVER)",
        "    return client.request_jwt_user_token(",
        "        client_id=INTEGRATION_KEY, user_id=IMPERSONATED_USER_ID,",
        "        oauth_host_name=AUTH_SERVER, private_key_bytes=PRIVATE_KEY.encode(),",
        "        expires_in=3600, scopes=['signature', 'impersonation'])",
    ])


@P("docusign", "oauth_client_secret", "json")
def p_ds_json(r, c):
    sec = c.s(g_guid, "DOCUSIGN_SECRET_KEY")
    d = {"docusign": {"environment": pick(r, "demo", "production"),
                      "integrationKey": guid(r), "secretKey": sec,
                      "accountId": guid(r), "redirectUri": "https://engage.example-firm.com/ds/callback",
                      "templates": {"engagementLetter": guid(r), "conflictWaiver": guid(r)}}}
    return pick(r, "config/docusign.json", "server/config/esign.json"), json.dumps(d, indent=2) + "\n"


@P("docusign", "webhook_secret", "yaml")
def p_ds_connect(r, c):
    sec = c.s(g_hmac32, "DOCUSIGN_CONNECT_HMAC_KEY")
    return pick(r, "config/docusign-connect.yml", "deploy/esign/connect.yaml"), J([
        "# DocuSign Connect listener (envelope-completed -> file to DMS)",
        "connect:",
        "  configuration_id: %d" % r.randint(1000000, 9999999),
        "  listener_path: /hooks/docusign",
        "  events: [envelope-completed, envelope-declined, envelope-voided]",
        "  include_documents: true",
        "  hmac:",
        "    enabled: true",
        "    key: %s" % sec,
        "filing:",
        "  target: imanage",
        "  folder: Executed Agreements",
    ])


@P("docusign-clm", "oauth_client_secret", "cs")
def p_ds_clm(r, c):
    sec = c.s(g_guid, "DOCUSIGN_CLM_SECRET")
    return pick(r, "src/Contracts/ClmClientRegistration.cs", "Clm.Sync/Startup.Clm.cs"), J([
        "using Microsoft.Extensions.DependencyInjection;",
        "",
        "public static class ClmClientRegistration",
        "{",
        "    public static IServiceCollection AddClm(this IServiceCollection services)",
        "    {",
        "        services.AddSingleton(new ClmApiClient(",
        "            new System.Uri(\"https://apina11.springcm.com/v2/\"),",
        f"            \"{guid(r)}\",",
        f"            \"{sec}\",",
        f"            accountId: \"{guid(r)}\"));",
        "        return services;",
        "    }",
        "}",
    ])


# ---- Ironclad ------------------------------------------------------------------
@P("ironclad", "api_token", "js")
def p_ironclad_js(r, c):
    tok = c.s(g_b64url(43), "IRONCLAD_API_TOKEN", sk="token")
    return pick(r, "workflows/ironclad.js", "src/clm/ironcladClient.js"), J([
        "const fetch = require('node-fetch');",
        "",
        f"const IRONCLAD_API_TOKEN = '{tok}';",
        "const BASE = 'https://na1.ironcladapp.com/public/api/v1';",
        "",
        "async function launchNda(counterparty) {",
        "  const res = await fetch(`${BASE}/workflows`, {",
        "    method: 'POST',",
        "    headers: { Authorization: `Bearer ${IRONCLAD_API_TOKEN}`, 'Content-Type': 'application/json' },",
        "    body: JSON.stringify({ template: '%s', attributes: { counterpartyName: counterparty } })," % rs(r, HEX, 24),
        "  });",
        "  return res.json();",
        "}",
        "module.exports = { launchNda };",
    ])


@P("ironclad", "oauth_client_secret", "py")
def p_ironclad_py(r, c):
    sec = c.s(g_b64url(43), "IRONCLAD_CLIENT_SECRET")
    nm = pick(r, "IRONCLAD_CLIENT_SECRET", "client_secret", "ic_secret")
    return pick(r, "contracts/ironclad_client.py", "clm/ironclad.py"), J([
        "import requests",
        "",
        f"IRONCLAD_CLIENT_ID = '{rs(r, HEX, 32)}'",
        f"{nm} = '{sec}'",
        "",
        "",
        "def token(scope='public.records.readRecords'):",
        "    r = requests.post('https://na1.ironcladapp.com/oauth/token', json={",
        "        'grant_type': 'client_credentials', 'scope': scope,",
        f"        'client_id': IRONCLAD_CLIENT_ID, 'client_secret': {nm}}})",
        "    r.raise_for_status()",
        "    return r.json()['access_token']",
    ])


@P("ironclad", "api_token", "tf")
def p_ironclad_tf(r, c):
    tok = c.s(g_b64url(43), "IRONCLAD_API_TOKEN", sk="token")
    return pick(r, "infra/secrets.tf", "terraform/clm/secrets.tf"), J([
        'resource "aws_secretsmanager_secret" "ironclad" {',
        '  name        = "prod/clm/ironclad"',
        '  description = "Ironclad public API token for the CLM sync lambda"',
        "}",
        "",
        'resource "aws_secretsmanager_secret_version" "ironclad" {',
        "  secret_id = aws_secretsmanager_secret.ironclad.id",
        "  secret_string = jsonencode({",
        '    base_url  = "https://na1.ironcladapp.com/public/api/v1"',
        f'    api_token = "{tok}"',
        "  })",
        "}",
    ])


# ---- PACER / CM/ECF ----------------------------------------------------------
@P("pacer", "pacer_password", "py")
def p_pacer_py(r, c):
    user = pick(r, "hartwell_lib", "brambledocket", "kpdocketing", "oakridge_lit2")
    pw = c.s(g_pw, "PACER_PASSWORD", sk="password")
    return pick(r, "dockets/pacer_login.py", "courtwatch/pacer_auth.py"), J([
        "import requests",
        "",
        "AUTH_URL = 'https://pacer.login.uscourts.gov/services/cso-auth'",
        "",
        "",
        "def login(client_code='%s'):" % matter_no(r),
        "    body = {",
        f"        'loginId': '{user}',",
        f"        'password': '{pw}',",
        "        'clientCode': client_code,",
        "        'redactFlag': '1',",
        "    }",
        "    r = requests.post(AUTH_URL, json=body, headers={'Accept': 'application/json'})",
        "    data = r.json()",
        "    if data.get('loginResult') != '0':",
        "        raise RuntimeError(data.get('errorDescription'))",
        "    return data['nextGenCSO']",
    ])


@P("pacer", "pacer_password", "java")
def p_pacer_java(r, c):
    pw = c.s(g_pw, "PACER_PASSWORD", sk="password")
    user = pick(r, "firmdocket01", "lit_research", "ecfmonitor")
    return "src/main/java/com/%s/courts/PacerSession.java" % pick(r, "hartwell", "bramble"), J([
        "package com.firm.courts;",
        "",
        "import java.net.http.HttpClient;",
        "import java.net.http.HttpRequest;",
        "import java.net.URI;",
        "",
        "public class PacerSession {",
        "    private static final String LOGIN = \"https://pacer.login.uscourts.gov/services/cso-auth\";",
        "",
        "    public String authenticate(HttpClient http) throws Exception {",
        f"        String json = new PacerLogin(\"{user}\", \"{pw}\").toJson();",
        "        HttpRequest req = HttpRequest.newBuilder(URI.create(LOGIN))",
        "            .header(\"Content-Type\", \"application/json\")",
        "            .POST(HttpRequest.BodyPublishers.ofString(json)).build();",
        "        return http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body();",
        "    }",
        "}",
    ])


@P("pacer", "pacer_password", "yaml")
def p_pacer_yaml(r, c):
    pw = c.s(g_pw, "PACER_PASSWORD", sk="password")
    crt = r.sample(COURTS, 3)
    return pick(r, "config/pacer.yml", "courtwatch/config.yaml"), J([
        "pacer:",
        "  environment: %s" % pick(r, "production", "prod"),
        "  username: %s" % pick(r, "hartwell_lib", "docketdesk", "kp_research"),
        "  password: \"%s\"" % pw,
        "  client_code: %s" % matter_no(r),
        "courts:",
    ] + ["  - id: %s" % cc[0] for cc in crt] + [
        "poll:",
        "  business_hours_only: true",
        "  interval_minutes: %d" % pick(r, 30, 60, 120),
    ])


@P("pacer", "pacer_password", "sh")
def p_pacer_sh(r, c):
    pw = c.s(g_pw_url, "PACER_PASSWORD", sk="password", embedded=True)
    return pick(r, "bin/pacer_auth.sh", "scripts/pacer-token.sh"), J([
        "#!/bin/sh",
        "# obtain a nextGenCSO token for the docket scraper (run before 6pm CT pulls)",
        "curl -s -X POST 'https://pacer.login.uscourts.gov/services/cso-auth' \\",
        "  -H 'Content-Type: application/json' -H 'Accept: application/json' \\",
        f"  -d '{{\"loginId\": \"{pick(r, 'docketbot', 'hpl_pacer', 'lit_support')}\", \"password\": \"{pw}\", \"redactFlag\": \"1\"}}' \\",
        "  | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"nextGenCSO\"])' > /var/run/pacer/token",
    ])


@P("pacer", "api_token", "json", reuse=True)
def p_pacer_token_json(r, c):
    tok = c.s(g_pacer_token, "PACER_NEXTGENCSO", sk="token")
    d = {"loginResult": "0", "nextGenCSO": tok, "errorDescription": "",
         "cachedAt": ts(r), "user": pick(r, "docketbot", "hpl_pacer")}
    return pick(r, "cache/pacer_session.json", "var/pacer/session.json"), json.dumps(d, indent=2) + "\n"


@P("pacer", "totp_seed", "py")
def p_pacer_totp(r, c):
    seed = c.s(g_totp, "PACER_MFA_SECRET", sk="totp", docs=["JBSWY3DPEHPK3PXP"])
    return pick(r, "pacer/mfa.py", "courtwatch/otp.py"), J([
        "import pyotp",
        "",
        "# PACER enforces MFA for this filer account; the one-time code goes with the cso-auth login",
        f"totp = pyotp.TOTP('{seed}')",
        "",
        "",
        "def otp_code():",
        "    return totp.now()",
    ])


@P("pacer", "pacer_password", "env")
def p_dotenv(r, c):
    k = r.randrange(4)
    if k == 0:
        var, gen, sk = "PACER_PASSWORD", g_pw, "password"
    elif k == 1:
        var, gen, sk = "COURTLISTENER_API_TOKEN", g_cl_token, "token"
    elif k == 2:
        var, gen, sk = "RELATIVITY_CLIENT_SECRET", g_alnum(40), "secret"
    else:
        var, gen, sk = "PACER_MFA_SECRET", g_totp, "totp"
    val = c.s(gen, var, sk=sk)
    path = c.alt(pick(r, ".env", ".env.local", ".env.production", "deploy/.env.production"),
                 pick(r, ".env.example", ".env.sample", ".env.template", "config/.env.dist"))
    return path, J([
        "# docket monitor",
        "APP_ENV=%s" % pick(r, "production", "staging", "local"),
        "LOG_LEVEL=info",
        "PACER_USERNAME=%s" % pick(r, "docketbot", "hpl_pacer"),
        "PACER_ENV=prod",
        f"{var}={val}",
        "DOCKET_POLL_MINUTES=%d" % pick(r, 30, 60),
        "COURTS=%s" % ",".join(cc[0] for cc in r.sample(COURTS, 3)),
    ])


# ---- CourtListener -------------------------------------------------------------
@P("courtlistener", "api_token", "py")
def p_cl_py(r, c):
    tok = c.s(g_cl_token, "COURTLISTENER_TOKEN", sk="token", embedded=True)
    return pick(r, "research/courtlistener.py", "citecheck/cl_client.py"), J([
        "import requests",
        "",
        "BASE = 'https://www.courtlistener.com/api/rest/v4'",
        f"HEADERS = {{'Authorization': 'Token {tok}'}}",
        "",
        "",
        "def lookup_citations(text):",
        "    r = requests.post(f'{BASE}/citation-lookup/', data={'text': text}, headers=HEADERS)",
        "    r.raise_for_status()",
        "    return r.json()",
    ])


@P("courtlistener", "api_token", "md")
def p_cl_md(r, c):
    tok = c.s(g_cl_token, "COURTLISTENER_TOKEN", sk="token", embedded=True,
              docs=["<your-token-here>"])
    return pick(r, "docs/runbooks/courtlistener-alerts.md", "docs/research-alerts.md"), J([
        "# Docket alerts via CourtListener",
        "",
        "We subscribe to RECAP docket alerts for active matters. To add one:",
        "",
        "```bash",
        "curl -X POST \\",
        "  --data 'docket=%d' \\" % r.randint(1000000, 69999999),
        f"  --header 'Authorization: Token {tok}' \\",
        "  'https://www.courtlistener.com/api/rest/v4/docket-alerts/'",
        "```",
        "",
        "The webhook endpoint is `/hooks/courtlistener`; see `docs/webhooks.md`.",
        "Case: %s, No. %s." % (pick(r, *MATTERS), docket(r)),
    ])


@P("courtlistener", "api_token", "yaml")
def p_cl_gha(r, c):
    tok = c.s(g_cl_token, "COURTLISTENER_API_TOKEN", sk="token")
    return pick(r, ".github/workflows/docket-sync.yml", ".github/workflows/nightly-alerts.yml"), J([
        "name: docket-sync",
        "on:",
        "  schedule:",
        "    - cron: '%d %d * * 1-5'" % (r.randint(0, 59), r.randint(0, 5)),
        "  workflow_dispatch: {}",
        "jobs:",
        "  sync:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      COURTLISTENER_API_TOKEN: %s" % tok,
        "      DOCKETS: dockets.csv",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-python@v5",
        "        with: {python-version: '3.12'}",
        "      - run: pip install -r requirements.txt && python -m docketsync",
    ])


@P("courtlistener", "api_token", "json")
def p_cl_ipynb(r, c):
    tok = c.s(g_cl_token, "COURTLISTENER_TOKEN", sk="token")
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Citation network for %s\n" % pick(r, *MATTERS)]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import requests\n", "import pandas as pd\n", "\n",
                    "token = \"%s\"\n" % tok,
                    "h = {\"Authorization\": \"Token \" + token}\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["r = requests.get('https://www.courtlistener.com/api/rest/v4/search/', params={'q': 'spoliation sanctions'}, headers=h)\n",
                    "pd.DataFrame(r.json()['results'])[['caseName', 'dateFiled', 'citation']]"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return pick(r, "notebooks/citation_analysis.ipynb", "research/spoliation_survey.ipynb"), json.dumps(nb, indent=1) + "\n"


# ---- Legal research: Westlaw / Lexis / Fastcase -------------------------------------
@P("westlaw", "oauth_client_secret", "cs")
def p_westlaw_cs(r, c):
    sec = c.s(g_alnum(48), "WESTLAW_CLIENT_SECRET")
    return pick(r, "Research/WestlawClient.cs", "src/Research.Westlaw/TokenProvider.cs"), J([
        "using System.Collections.Generic;",
        "using System.Net.Http;",
        "",
        "namespace Research",
        "{",
        "    internal sealed class WestlawTokenProvider",
        "    {",
        "        private readonly HttpClient _http;",
        "        public WestlawTokenProvider(HttpClient http) => _http = http;",
        "",
        "        public HttpRequestMessage BuildRequest() => new HttpRequestMessage(HttpMethod.Post, \"https://auth.thomsonreuters.com/oauth/token\")",
        "        {",
        "            Content = new FormUrlEncodedContent(new Dictionary<string, string>",
        "            {",
        "                [\"grant_type\"] = \"client_credentials\",",
        "                [\"client_id\"] = \"%s\"," % rs(r, ALNUM, 32),
        f"                [\"client_secret\"] = \"{sec}\",",
        "                [\"audience\"] = \"https://api.thomsonreuters.com\"",
        "            })",
        "        };",
        "    }",
        "}",
    ])


@P("lexisnexis", "oauth_client_secret", "py")
def p_lexis_py(r, c):
    sec = c.s(g_alnum(32), "LEXIS_CLIENT_SECRET")
    return pick(r, "research/lexis.py", "citecheck/lexis_api.py"), J([
        "from requests_oauthlib import OAuth2Session",
        "from oauthlib.oauth2 import BackendApplicationClient",
        "",
        f"LEXIS_CLIENT_ID = '{rs(r, ALNUM, 32)}'",
        f"LEXIS_CLIENT_SECRET = '{sec}'",
        "TOKEN_URL = 'https://auth-api.lexisnexis.com/oauth/v2/token'",
        "",
        "client = BackendApplicationClient(client_id=LEXIS_CLIENT_ID)",
        "session = OAuth2Session(client=client)",
        "session.fetch_token(token_url=TOKEN_URL, client_id=LEXIS_CLIENT_ID,",
        "                    client_secret=LEXIS_CLIENT_SECRET)",
        "",
        "resp = session.get('https://services-api.lexisnexis.com/v1/Cases', params={'$search': %r})" % citation(r),
    ])


@P("fastcase", "api_token", "php")
def p_fastcase_php(r, c):
    key = c.s(g_guid, "FASTCASE_API_KEY", sk="token")
    return pick(r, "app/Services/FastcaseService.php", "src/Research/Fastcase.php"), J([
        "<?php",
        "",
        "namespace App\\Services;",
        "",
        "use GuzzleHttp\\Client;",
        "",
        "class FastcaseService",
        "{",
        f"    private string $apiKey = '{key}';",
        "    private Client $http;",
        "",
        "    public function __construct()",
        "    {",
        "        $this->http = new Client(['base_uri' => 'https://api.fastcase.com/']);",
        "    }",
        "",
        "    public function search(string $q): array",
        "    {",
        "        $res = $this->http->get('search', ['query' => ['q' => $q, 'key' => $this->apiKey]]);",
        "        return json_decode((string) $res->getBody(), true);",
        "    }",
        "}",
    ])


# ---- e-filing: Tyler Odyssey eFile, File & ServeXpress -------------------------------
@P("tyler-odyssey-efile", "service_account_password", "xml")
def p_tyler_webconfig(r, c):
    pw = c.s(g_pw, "TylerEfmPassword", sk="password")
    st = pick(r, "tx", "il", "ca", "in", "md")
    return pick(r, "EFiling/Web.config", "src/EfspGateway/Web.config"), J([
        '<?xml version="1.0" encoding="utf-8"?>',
        "<configuration>",
        "  <appSettings>",
        f'    <add key="EfmBaseUrl" value="https://{st}-efm.tylertech.cloud/EFM/EFMUserService.svc" />',
        f'    <add key="EfmFilingUrl" value="https://{st}-efm.tylertech.cloud/EFM/v5/FilingReviewMDEPort.svc" />',
        '    <add key="EfmUserEmail" value="efiling@%s.com" />' % pick(r, "hartwell", "bramble"),
        f'    <add key="EfmPassword" value="{pw}" />',
        '    <add key="CertificateThumbprint" value="%s" />' % rs(r, HEX, 40).upper(),
        '    <add key="DefaultJurisdiction" value="%s" />' % st,
        "  </appSettings>",
        "  <system.web><compilation debug=\"false\" targetFramework=\"4.8\" /></system.web>",
        "</configuration>",
    ])


@P("tyler-odyssey-efile", "service_account_password", "properties")
def p_tyler_props(r, c):
    pw = c.s(g_pw, "EFM_PASSWORD", sk="password")
    return pick(r, "efile-service/src/main/resources/application.properties",
                "src/main/resources/application-prod.properties"), J([
        "spring.application.name=efile-service",
        "server.port=%d" % pick(r, 8080, 8443, 9090),
        "efm.endpoint=https://%s-efm.tylertech.cloud/EFM" % pick(r, "tx", "il", "ca"),
        "efm.user=filing.clerk@%s.com" % pick(r, "hartwell", "kestrel"),
        "efm.password=%s" % pw,
        "efm.keystore=classpath:efsp-client.p12",
        "efm.court-locations=cook:cd,harris:dc",
        "management.endpoints.web.exposure.include=health,info",
    ])


@P("fileandservexpress", "api_token", "yaml")
def p_fsx_yaml(r, c):
    key = c.s(g_alnum(40), "FSX_API_KEY", sk="token")
    return pick(r, "config/fileandserve.yml", "efile/fsx.yaml"), J([
        "file_and_serve:",
        "  endpoint: https://api.fileandservexpress.com/v2",
        "  firm_id: %d" % r.randint(100000, 999999),
        "  api_key: %s" % key,
        "  default_service_type: e-service",
        "  notify:",
        "    - docketing@%s.com" % pick(r, "hartwell", "bramble"),
    ])


# ---- Transcription / depositions --------------------------------------------------
@P("rev.ai", "api_token", "py")
def p_revai_py(r, c):
    tok = c.s(g_alnum(64), "REVAI_ACCESS_TOKEN", sk="token")
    return pick(r, "depo/transcribe.py", "media/rev_transcribe.py"), J([
        "from rev_ai import apiclient",
        "",
        f"client = apiclient.RevAiAPIClient('{tok}')",
        "",
        "",
        "def submit(url, depo_id):",
        "    job = client.submit_job_url(url, metadata=f'depo:{depo_id}',",
        "                                skip_diarization=False, speakers_count=%d)" % r.randint(2, 6),
        "    return job.id",
    ])


@P("assemblyai", "api_token", "js")
def p_assembly_js(r, c):
    key = c.s(g_hex(32), "ASSEMBLYAI_API_KEY", sk="token")
    return pick(r, "depo/assembly.js", "services/transcripts/assemblyai.js"), J([
        "import axios from 'axios';",
        "",
        "const api = axios.create({",
        "  baseURL: 'https://api.assemblyai.com/v2',",
        f"  headers: {{ authorization: '{key}', 'content-type': 'application/json' }},",
        "});",
        "",
        "export async function transcribe(audioUrl) {",
        "  const { data } = await api.post('/transcript', { audio_url: audioUrl, speaker_labels: true });",
        "  return data.id;",
        "}",
    ])


@P("deepgram", "api_token", "json")
def p_deepgram_json(r, c):
    key = c.s(g_hex(40), "DEEPGRAM_API_KEY", sk="token")
    d = {"vendor": "deepgram", "model": "nova-2", "language": "en-US", "smart_format": True,
         "diarize": True, "apiKey": key, "callback": "https://depo.example-firm.com/hooks/deepgram",
         "vendors": {"court_reporting": pick(r, *VENDORS)}}
    return pick(r, "config/deepgram.json", "depo/config/asr.json"), json.dumps(d, indent=2) + "\n"


# ---- Cloud storage --------------------------------------------------------------
@P("aws", "cloud_access_key", "ini")
def p_aws_creds(r, c):
    sec = c.s(g_aws_secret, "AWS_SECRET_ACCESS_KEY", docs=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])
    kid = c.alt(g_aws_id(r), "AKIAIOSFODNN7EXAMPLE")
    return pick(r, "deploy/aws/credentials", "ops/productions/aws_credentials"), J([
        "[default]",
        "region = %s" % pick(r, *REGIONS),
        "",
        "[productions]",
        "aws_access_key_id = %s" % kid,
        "aws_secret_access_key = %s" % sec,
        "region = %s" % pick(r, *REGIONS),
        "output = json",
    ])


@P("aws", "cloud_access_key", "py")
def p_aws_py(r, c):
    sec = c.s(g_aws_secret, "AWS_SECRET_ACCESS_KEY", docs=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])
    kid = c.alt(g_aws_id(r), "AKIAIOSFODNN7EXAMPLE")
    bucket = pick(r, "hartwell-productions", "bramble-ediscovery-out", "kp-prod-volumes")
    return pick(r, "productions/upload_s3.py", "delivery/s3_push.py"), J([
        "import boto3",
        "",
        "s3 = boto3.client(",
        "    's3',",
        f"    region_name='{pick(r, *REGIONS)}',",
        f"    aws_access_key_id='{kid}',",
        f"    aws_secret_access_key='{sec}',",
        ")",
        "",
        "",
        "def push(volume_zip, matter):",
        f"    key = f'{{matter}}/{{volume_zip.name}}'",
        f"    s3.upload_file(str(volume_zip), '{bucket}', key, ExtraArgs={{'ServerSideEncryption': 'aws:kms'}})",
        f"    return s3.generate_presigned_url('get_object', Params={{'Bucket': '{bucket}', 'Key': key}}, ExpiresIn=604800)",
    ])


AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


@P("azure-storage", "storage_account_key", "json")
def p_azure_appsettings(r, c):
    key = c.s(g_azure_key, "AZURE_STORAGE_KEY", embedded=True, docs=[AZURITE_KEY])
    acct = c.alt(pick(r, "hpproductions", "brambleedisc", "kpreviewstore"), "devstoreaccount1")
    d = {"ConnectionStrings": {
        "ProductionStorage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key),
        "ReviewDb": "Server=tcp:%s,1433;Database=Review;Authentication=Active Directory Default;" % pick(r, "sql-lit.database.windows.net", "sqlrev.database.windows.net")},
        "Productions": {"Container": "volumes", "RetentionDays": pick(r, 30, 90, 365)}}
    return pick(r, "src/ProductionService/appsettings.json", "Delivery.Api/appsettings.Production.json"), json.dumps(d, indent=2) + "\n"


@P("azure-storage", "sas_token", "sh")
def p_azure_sas(r, c):
    sig = c.s(g_sas_sig, "AZURE_SAS_SIG", embedded=True)
    acct = pick(r, "hpproductions", "brambleedisc", "kpreviewstore")
    return pick(r, "scripts/push_production.sh", "ops/azcopy_volume.sh"), J([
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "VOL=${1:?usage: push_production.sh VOLUME_DIR}",
        "DEST='https://%s.blob.core.windows.net/volumes/%s?sv=2022-11-02&ss=b&srt=co&sp=rwlc&se=2026-%02d-%02dT23:59:59Z&st=%sT00:00:00Z&spr=https&sig=%s'" % (
            acct, matter_no(r), r.randint(1, 12), r.randint(1, 28), date(r), sig),
        "azcopy copy \"$VOL\" \"$DEST\" --recursive --put-md5",
        "echo \"uploaded $(basename \"$VOL\")\"",
    ])


@P("box", "oauth_client_secret", "yaml")
def p_box_yaml(r, c):
    sec = c.s(g_alnum(32), "BOX_CLIENT_SECRET")
    return pick(r, "config/box.yml", "integrations/box/app.yaml"), J([
        "box:",
        "  enterprise_id: \"%d\"" % r.randint(100000, 99999999),
        "  client_id: %s" % rs(r, LALNUM, 32),
        "  client_secret: %s" % sec,
        "  auth: client_credentials",
        "  productions_folder_id: \"%d\"" % r.randint(10**10, 10**12),
        "  shared_link_access: collaborators",
    ])


# ---- SFTP for productions ------------------------------------------------------
@P("sftp", "sftp_password", "yaml")
def p_sftp_yaml(r, c):
    pw = c.s(g_pw, "SFTP_PASSWORD", sk="password")
    return pick(r, "productions/sftp.yml", "config/delivery/sftp.yaml"), J([
        "# outgoing productions to opposing counsel",
        "targets:",
        "  - name: %s" % pick(r, "opposing-counsel", "co-counsel", "vendor-processing"),
        "    host: %s" % pick(r, *SFTP_HOSTS),
        "    port: 22",
        "    username: %s" % pick(r, "hartwell_prod", "xfer_bramble", "kp_delivery"),
        "    password: %s" % pw,
        "    remote_dir: /incoming/%s" % matter_no(r),
        "    verify_host_key: true",
    ])


@P("sftp", "sftp_password", "py")
def p_sftp_py(r, c):
    pw = c.s(g_pw, "SFTP_PASSWORD", sk="password")
    return pick(r, "productions/sftp_deliver.py", "delivery/paramiko_push.py"), J([
        "import paramiko",
        "",
        f"HOST = '{pick(r, *SFTP_HOSTS)}'",
        "",
        "",
        "def deliver(local_path, remote_path):",
        "    transport = paramiko.Transport((HOST, 22))",
        f"    transport.connect(username='{pick(r, 'prod_upload', 'vendor_xfer', 'lit_delivery')}', password='{pw}')",
        "    sftp = paramiko.SFTPClient.from_transport(transport)",
        "    try:",
        "        sftp.put(local_path, remote_path)",
        "    finally:",
        "        sftp.close()",
        "        transport.close()",
    ])


@P("sftp", "sftp_password", "xml")
def p_filezilla(r, c):
    pw = c.s(lambda rr: base64.b64encode(password(rr).encode()).decode(), "SFTP_PASSWORD", sk="password")
    return pick(r, "tools/filezilla/sitemanager.xml", "ops/sitemanager.xml"), J([
        '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
        '<FileZilla3 version="3.66.1" platform="windows">',
        "    <Servers>",
        "        <Server>",
        "            <Host>%s</Host>" % pick(r, *SFTP_HOSTS),
        "            <Port>22</Port>",
        "            <Protocol>1</Protocol>",
        "            <Type>0</Type>",
        "            <User>%s</User>" % pick(r, "prod_upload", "vendor_xfer"),
        f'            <Pass encoding="base64">{pw}</Pass>',
        "            <Logontype>1</Logontype>",
        "            <Name>%s productions</Name>" % pick(r, "Veritext", "Lexitas", "Opposing counsel"),
        "        </Server>",
        "    </Servers>",
        "</FileZilla3>",
    ])


@P("sftp", "sftp_password", "ps1")
def p_winscp_ps1(r, c):
    pw = c.s(g_pw, "SFTP_PASSWORD", sk="password")
    return pick(r, "scripts/Send-Production.ps1", "ops/Publish-Volume.ps1"), J([
        "Add-Type -Path 'C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll'",
        "",
        "$opts = New-Object WinSCP.SessionOptions -Property @{",
        "    Protocol = [WinSCP.Protocol]::Sftp",
        "    HostName = '%s'" % pick(r, *SFTP_HOSTS),
        "    UserName = '%s'" % pick(r, "prod_upload", "kp_delivery"),
        f"    Password = '{pw}'",
        "    SshHostKeyFingerprint = 'ssh-ed25519 255 %s'" % b64(r, 32).rstrip("="),
        "}",
        "$session = New-Object WinSCP.Session",
        "try {",
        "    $session.Open($opts)",
        "    $session.PutFiles('D:\\Productions\\%s\\*', '/incoming/').Check()" % bates(r),
        "} finally { $session.Dispose() }",
    ])


@P("sftp", "archive_password", "txt")
def p_transmittal(r, c):
    pw = c.s(g_pw, "PRODUCTION_ZIP_PASSWORD", sk="password", embedded=True)
    pf = pick(r, *BATES_PFX)
    a = r.randint(1, 90000)
    return "productions/VOL%03d/TRANSMITTAL.txt" % r.randint(1, 40), J([
        "%s" % pick(r, *FIRMS),
        "Re: %s, No. %s" % (pick(r, *MATTERS), docket(r)),
        "",
        "Enclosed please find production volume %s containing documents" % pick(r, "VOL001", "VOL002", "VOL007"),
        "Bates-numbered %s through %s." % (bates(r, pf, a), bates(r, pf, a + r.randint(100, 9000))),
        "",
        "The volume is an AES-256 encrypted 7z archive.",
        f"Archive password: {pw}",
        "",
        "Load files: DAT (Concordance), OPT (Opticon), natives and TIFF images.",
    ])


# ---- Databases --------------------------------------------------------------------
@P("postgresql", "database_url", "yaml")
def p_compose(r, c):
    pw = c.s(g_pw_url, "POSTGRES_PASSWORD", sk="password")
    nm = pick(r, "review", "docketdb", "intake", "holds")
    return pick(r, "docker-compose.yml", "deploy/docker-compose.prod.yml"), J([
        "services:",
        "  db:",
        "    image: postgres:%d-alpine" % pick(r, 14, 15, 16),
        "    environment:",
        f"      POSTGRES_DB: {nm}",
        "      POSTGRES_USER: app",
        f"      POSTGRES_PASSWORD: \"{pw}\"",
        "    volumes: [pgdata:/var/lib/postgresql/data]",
        "  api:",
        "    build: .",
        "    depends_on: [db]",
        "    ports: [\"8000:8000\"]",
        "volumes:",
        "  pgdata: {}",
    ])


@P("postgresql", "database_url", "py")
def p_django_url(r, c):
    pw = c.s(g_pw_url, "DB_PASSWORD", sk="password", embedded=True)
    host = pick(r, *HOSTS)
    return pick(r, "config/settings/production.py", "legalhold/settings_prod.py"), J([
        "import dj_database_url",
        "",
        "from .base import *  # noqa",
        "",
        "DEBUG = False",
        "ALLOWED_HOSTS = ['holds.%s.com']" % pick(r, "hartwell", "bramble", "kestrel"),
        "DATABASES = {",
        f"    'default': dj_database_url.parse('postgres://holds_app:{pw}@{host}:5432/legalhold', conn_max_age=600),",
        "}",
        "CSRF_COOKIE_SECURE = True",
        "SESSION_COOKIE_SECURE = True",
    ])


@P("mysql", "database_url", "yaml")
def p_spring_yaml(r, c):
    pw = c.s(g_pw, "SPRING_DATASOURCE_PASSWORD", sk="password")
    return pick(r, "src/main/resources/application-prod.yml", "docket-service/src/main/resources/application.yml"), J([
        "spring:",
        "  datasource:",
        "    url: jdbc:mysql://%s:3306/dockets?useSSL=true" % pick(r, *HOSTS),
        "    username: docket_svc",
        "    password: '%s'" % pw,
        "  jpa:",
        "    hibernate.ddl-auto: validate",
        "docket:",
        "  courts: [%s]" % ", ".join(cc[0] for cc in r.sample(COURTS, 3)),
    ])


@P("sqlserver", "service_account_password", "sql")
def p_sql_login(r, c):
    pw = c.s(g_pw, "SQL_LOGIN_PASSWORD", sk="password")
    return pick(r, "db/migrations/004_create_review_login.sql", "sql/setup/create_reporting_user.sql"), J([
        "-- read-only login for the review metrics dashboard",
        "USE [master];",
        "GO",
        f"CREATE LOGIN [svc_review_ro] WITH PASSWORD = N'{pw}', CHECK_POLICY = ON;",
        "GO",
        "USE [EDDS%d];" % r.randint(1000000, 9999999),
        "CREATE USER [svc_review_ro] FOR LOGIN [svc_review_ro];",
        "ALTER ROLE [db_datareader] ADD MEMBER [svc_review_ro];",
        "GO",
    ])


@P("sqlserver", "database_url", "json")
def p_mssql_conn(r, c):
    pw = c.s(g_pw, "SQL_PASSWORD", sk="password", embedded=True)
    d = {"ConnectionStrings": {"Billing": "Server=%s;Database=Elite3E;User Id=svc_billing;Password=%s;TrustServerCertificate=True;" % (
        pick(r, "sqlprod02.firm.local", "10.20.4.15"), pw)},
        "Export": {"Schedule": "0 3 * * *", "Matters": [matter_no(r), matter_no(r)]}}
    return pick(r, "BillingExport/appsettings.json", "src/Elite.Export/appsettings.Production.json"), json.dumps(d, indent=2) + "\n"


@P("postgresql", "database_url", "docker")
def p_dockerfile(r, c):
    pw = c.s(g_pw_url, "DATABASE_PASSWORD", sk="password", embedded=True)
    return pick(r, "Dockerfile", "docker/intake/Dockerfile"), J([
        "FROM python:3.12-slim",
        "WORKDIR /app",
        "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt",
        "COPY . .",
        "ENV DJANGO_SETTINGS_MODULE=intake.settings \\",
        f"    DATABASE_URL=postgresql://intake:{pw}@{pick(r, *HOSTS)}:5432/intake",
        "EXPOSE 8000",
        'CMD ["gunicorn", "intake.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]',
    ])


@P("postgresql", "database_url", "log", reuse=False)
def p_log_conn(r, c):
    pw = c.s(g_pw_url, "DB_PASSWORD", sk="password")
    host = pick(r, *HOSTS)
    t = date(r)
    return "logs/worker-%s.log" % t, J([
        "%s 04:00:01,102 INFO  [celery] task holds.send_reminders[%s] received" % (t, guid(r)),
        "%s 04:00:01,388 ERROR [holds.db] could not connect using postgresql://holds_app:%s@%s:5432/legalhold" % (t, pw, host),
        "Traceback (most recent call last):",
        '  File "/app/holds/db.py", line 41, in connect',
        "    return psycopg2.connect(dsn)",
        "psycopg2.OperationalError: connection to server timed out",
        "%s 04:00:31,402 INFO  [celery] retry in 30s" % t,
    ])


# ---- E-mail -------------------------------------------------------------------
@P("sendgrid", "api_token", "js")
def p_sendgrid_js(r, c):
    key = c.s(g_sendgrid, "SENDGRID_API_KEY", sk="token")
    return pick(r, "notify/mailer.js", "src/notifications/email.js"), J([
        "const sgMail = require('@sendgrid/mail');",
        f"sgMail.setApiKey('{key}');",
        "",
        "exports.sendDeadlineReminder = (to, matter, deadline) => sgMail.send({",
        "  to,",
        "  from: 'docketing@%s.com'," % pick(r, "hartwell", "bramble", "kestrel"),
        "  templateId: 'd-%s'," % rs(r, HEX, 32),
        "  dynamicTemplateData: { matter, deadline },",
        "});",
    ])


@P("smtp", "smtp_password", "properties")
def p_smtp_props(r, c):
    pw = c.s(g_pw, "SPRING_MAIL_PASSWORD", sk="password")
    return pick(r, "src/main/resources/mail.properties", "config/notifications.properties"), J([
        "spring.mail.host=smtp.office365.com",
        "spring.mail.port=587",
        "spring.mail.username=noreply-docketing@%s.com" % pick(r, "hartwell", "bramble"),
        "spring.mail.password=%s" % pw,
        "spring.mail.properties.mail.smtp.starttls.enable=true",
        "notifications.digest.cron=0 0 7 * * MON-FRI",
    ])


@P("mailgun", "api_token", "py")
def p_mailgun_py(r, c):
    key = c.s(g_mailgun, "MAILGUN_API_KEY", sk="token")
    return pick(r, "intake/notify.py", "app/mail/mailgun.py"), J([
        "import requests",
        "",
        f"MAILGUN_DOMAIN = 'mg.{pick(r, 'hartwell', 'bramble', 'kestrel')}.com'",
        f"MAILGUN_API_KEY = '{key}'",
        "",
        "",
        "def send_intake_ack(to, name):",
        "    return requests.post(",
        "        f'https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages',",
        "        auth=('api', MAILGUN_API_KEY),",
        "        data={'from': 'Intake <intake@' + MAILGUN_DOMAIN + '>', 'to': to,",
        "              'subject': 'We received your inquiry', 'text': f'Dear {name}, ...'})",
    ])


@P("postmark", "api_token", "yaml")
def p_postmark(r, c):
    tok = c.s(g_guid, "POSTMARK_SERVER_TOKEN", sk="token")
    return pick(r, "config/mail.yml", "deploy/notifier/config.yaml"), J([
        "mail:",
        "  provider: postmark",
        "  endpoint: https://api.postmarkapp.com/email",
        "  headers:",
        "    Accept: application/json",
        f"    X-Postmark-Server-Token: {tok}",
        "  from: Court Notices <notices@%s.com>" % pick(r, "hartwell", "bramble"),
        "  message_stream: outbound",
    ])


@P("twilio", "api_token", "py")
def p_twilio(r, c):
    tok = c.s(g_hex(32), "TWILIO_AUTH_TOKEN", sk="token")
    return pick(r, "reminders/sms.py", "clients/hearing_reminders.py"), J([
        "from twilio.rest import Client",
        "",
        f"account_sid = 'AC{rs(r, HEX, 32)}'",
        f"auth_token = '{tok}'",
        "client = Client(account_sid, auth_token)",
        "",
        "",
        "def remind(phone, hearing):",
        "    client.messages.create(to=phone, from_='+1%d'," % r.randint(2002000000, 9899999999),
        "                           body=f'Reminder: hearing {hearing} tomorrow. Reply STOP to opt out.')",
    ])


# ---- Webhooks / chat ------------------------------------------------------------
@P("slack", "webhook_url", "yaml")
def p_slack_yaml(r, c):
    url = c.s(g_slack_hook, "SLACK_WEBHOOK_URL", sk="url",
              docs=["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"])
    return pick(r, "config/alerts.yml", "docketwatch/notify.yaml"), J([
        "alerts:",
        "  new_docket_entry:",
        "    channel: \"#lit-%s\"" % pick(r, "docketing", "alerts", "ecf"),
        "    slack_webhook: %s" % url,
        "  pacer_errors:",
        "    email: litsupport@%s.com" % pick(r, "hartwell", "bramble"),
        "  quiet_hours: [\"22:00\", \"06:00\"]",
    ])


@P("microsoft-teams", "webhook_url", "ps1")
def p_teams_ps1(r, c):
    url = c.s(g_teams_hook, "TEAMS_WEBHOOK_URL", sk="url")
    return pick(r, "scripts/Notify-ProductionComplete.ps1", "ops/Send-TeamsAlert.ps1"), J([
        "param([string]$Volume, [int]$DocCount)",
        f"$webhook = '{url}'",
        "$card = @{",
        "    '@type' = 'MessageCard'",
        "    summary = \"Production $Volume complete\"",
        "    text = \"Volume **$Volume** uploaded ($DocCount docs).\"",
        "} | ConvertTo-Json",
        "Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'",
    ])


@P("microsoft-entra", "oauth_client_secret", "ps1")
def p_entra_ps1(r, c):
    sec = c.s(g_entra, "GRAPH_CLIENT_SECRET")
    return pick(r, "collection/Start-MailboxCollection.ps1", "scripts/Connect-GraphEdiscovery.ps1"), J([
        "# Graph app used for Purview eDiscovery (Premium) case automation",
        "$tenantId = '%s'" % guid(r),
        "$clientId = '%s'" % guid(r),
        f"$clientSecret = '{sec}'",
        "$body = @{ grant_type = 'client_credentials'; scope = 'https://graph.microsoft.com/.default';",
        "           client_id = $clientId; client_secret = $clientSecret }",
        "$tok = Invoke-RestMethod -Method Post -Uri \"https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token\" -Body $body",
        "$h = @{ Authorization = \"Bearer $($tok.access_token)\" }",
        "Invoke-RestMethod -Headers $h -Uri 'https://graph.microsoft.com/v1.0/security/cases/ediscoveryCases'",
    ])


@P("microsoft-entra", "oauth_client_secret", "json")
def p_entra_json(r, c):
    sec = c.s(g_entra, "AZUREAD_CLIENT_SECRET")
    d = {"AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": guid(r),
                     "ClientId": guid(r), "ClientSecret": sec, "CallbackPath": "/signin-oidc"},
         "Graph": {"Scopes": "https://graph.microsoft.com/.default"},
         "Custodians": {"HoldNoticeTemplate": "LH-%d" % r.randint(100, 999)}}
    return pick(r, "src/LegalHold.Web/appsettings.json", "HoldPortal/appsettings.Production.json"), json.dumps(d, indent=2) + "\n"


@P("github", "api_token", "sh")
def p_github_sh(r, c):
    tok = c.s(g_github, "GH_TOKEN", sk="token")
    return pick(r, "scripts/release.sh", "tools/publish_templates.sh"), J([
        "#!/usr/bin/env bash",
        "# publish pleading templates to the internal templates repo",
        "set -e",
        f"export GH_TOKEN={tok}",
        "VERSION=$(git describe --tags --abbrev=0)",
        "gh release create \"$VERSION\" dist/*.dotx --repo %s/pleading-templates --notes-file CHANGELOG.md" % pick(r, "hartwell-it", "bramble-ks"),
    ])


@P("google-cloud", "private_key", "json", reuse=False)
def p_gcp_sa(r, c):
    key, needle = pem_key(r, pkcs8=True)
    c.needle = needle
    proj = pick(r, "lit-analytics-%d" % r.randint(100, 999), "ediscovery-ml-%d" % r.randint(100, 999))
    d = {"type": "service_account", "project_id": proj, "private_key_id": rs(r, HEX, 40),
         "private_key": key + "\n",
         "client_email": "doc-ai@%s.iam.gserviceaccount.com" % proj,
         "client_id": str(r.randint(10**20, 10**21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token"}
    return pick(r, "ocr/credentials/service-account.json", "config/gcp-docai.json"), json.dumps(d, indent=2) + "\n"


@P("vendor-portal", "sftp_password", "csv", reuse=True)
def p_vendor_csv(r, c):
    pw = c.s(g_pw, "VENDOR_PASSWORD", sk="password")
    rows = ["vendor,service,portal_url,username,password,contact"]
    k = r.randint(2, 4)
    for i in range(5):
        v = VENDORS[(i + k) % len(VENDORS)]
        slug = v.split()[0].lower()
        if i == k:
            rows.append("%s,court reporting,https://portal.%s.com,%s,%s,scheduling@%s.com" % (v, slug, pick(r, "hartwell_lit", "bramble_ks"), pw, slug))
        else:
            rows.append("%s,court reporting,https://portal.%s.com,%s,(see 1Password),scheduling@%s.com" % (v, slug, pick(r, "hartwell_lit", "bramble_ks"), slug))
    return pick(r, "docs/vendors/deposition_vendors.csv", "ops/vendor_accounts.csv"), J(rows)


@P("relativity", "api_token", "ps1")
def p_rel_bearer_ps1(r, c):
    tok = c.s(g_jwt, "RELATIVITY_BEARER", sk="token", embedded=True)
    return pick(r, "scripts/Get-WorkspaceStats.ps1", "relativity/Export-FieldList.ps1"), J([
        "$base = 'https://%s.relativity.one/Relativity.Rest/api'" % pick(r, "hartwell", "bramble", "kestrel"),
        "$ws = %d" % r.randint(1000000, 9999999),
        f"$headers = @{{ 'Authorization' = 'Bearer {tok}'; 'X-CSRF-Header' = '-' }}",
        "$body = @{ request = @{ objectType = @{ artifactTypeID = 14 }; fields = @(@{ Name = 'Name' }) }; start = 1; length = 500 } | ConvertTo-Json -Depth 6",
        "Invoke-RestMethod -Method Post -Uri \"$base/Relativity.ObjectManager/v1/workspace/$ws/object/query\" -Headers $headers -Body $body -ContentType 'application/json'",
    ])


# ===========================================================================
# NEGATIVE LOOK-ALIKE TEMPLATES (no credential anywhere)
# ===========================================================================
def md5(r):
    return rs(r, HEX, 32)


def sha1(r):
    return rs(r, HEX, 40)


def sha256(r):
    return rs(r, HEX, 64)


@N("ediscovery", "dat-load-file-hashes")
def n_dat(r):
    pf = pick(r, *BATES_PFX)
    n = r.randint(1, 50000)
    q, d = "\u00fe", "\u0014"
    hdr = ["BEGBATES", "ENDBATES", "BEGATTACH", "ENDATTACH", "CUSTODIAN", "FILENAME", "DATESENT", "MD5HASH", "SHA1HASH", "NATIVEPATH"]
    rows = [d.join(q + h + q for h in hdr)]
    for _ in range(r.randint(6, 14)):
        pages = r.randint(1, 40)
        b1, b2 = bates(r, pf, n), bates(r, pf, n + pages - 1)
        fn = pick(r, "RE_ draft SPA.msg", "Q3 forecast.xlsx", "board deck v7.pptx", "memo.docx", "IMG_2231.jpg")
        vals = [b1, b2, b1, b2, pick(r, *CUSTODIANS), fn, date(r), md5(r).upper(), sha1(r).upper(),
                "NATIVES\\%s\\%s%s" % (pick(r, "001", "002"), b1, "." + fn.rsplit(".", 1)[1])]
        rows.append(d.join(q + v + q for v in vals))
        n += pages
    v = r.randint(1, 20)
    return "productions/VOL%03d/DATA/%s_VOL%03d.dat" % (v, pf, v), J(rows)


@N("ediscovery", "opt-load-file")
def n_opt(r):
    pf = pick(r, *BATES_PFX)
    n = r.randint(1, 90000)
    vol = "VOL%03d" % r.randint(1, 30)
    rows = []
    for _ in range(r.randint(3, 7)):
        pages = r.randint(1, 6)
        for p in range(pages):
            b_ = bates(r, pf, n + p)
            rows.append("%s,%s,IMAGES\\%03d\\%s.TIF,%s,,,%s" % (b_, vol, (n + p) // 1000, b_, "Y" if p == 0 else "", pages if p == 0 else ""))
        n += pages
    return "productions/%s/DATA/%s.opt" % (vol, vol), J(rows)


@N("ediscovery", "privilege-log-bates")
def n_privlog(r):
    pf = pick(r, *BATES_PFX)
    rows = ["Entry,BegBates,EndBates,Date,Author,Recipients,Privilege,Description"]
    n = r.randint(100, 50000)
    for i in range(r.randint(5, 10)):
        k = r.randint(1, 12)
        rows.append('%d,%s,%s,%s,%s,"%s",%s,"%s"' % (i + 1, bates(r, pf, n), bates(r, pf, n + k), date(r),
                    pick(r, *CUSTODIANS), "; ".join(r.sample(CUSTODIANS, 2)),
                    pick(r, "AC", "WP", "AC/WP"), pick(r, "Email requesting legal advice re: contract terms",
                                                     "Draft memo prepared at direction of counsel", "Notes of call with outside counsel")))
        n += k + 1
    return pick(r, "privilege/priv_log_%s.csv" % date(r), "productions/privilege_log.csv"), J(rows)


@N("ediscovery", "hash-manifest-csv")
def n_hashcsv(r):
    rows = ["path,size_bytes,md5,sha1,sha256"]
    for _ in range(r.randint(4, 9)):
        rows.append("%s/%s,%d,%s,%s,%s" % (pick(r, "NATIVES/001", "IMAGES/002", "TEXT/001"), bates(r) + pick(r, ".pdf", ".tif", ".txt", ".xlsx"),
                                         r.randint(1000, 90000000), md5(r), sha1(r), sha256(r)))
    return "productions/VOL%03d/hash_manifest.csv" % r.randint(1, 30), J(rows)


@N("courts", "docket-summary-md")
def n_docket_md(r):
    lines = ["# Active federal matters", "", "| Matter | Court | Docket No. | Judge | Next deadline |", "|---|---|---|---|---|"]
    for _ in range(r.randint(4, 8)):
        cc = pick(r, *COURTS)
        lines.append("| %s | %s | %s | %s | %s |" % (pick(r, *MATTERS), cc[1], docket(r), pick(r, *JUDGES), date(r)))
    lines += ["", "Key authority: *%s*; *%s*." % (citation(r), citation(r))]
    return pick(r, "docs/matters/federal.md", "README.md", "docs/docket-status.md"), J(lines)


@N("courts", "citation-parser-tests")
def n_cite_tests(r):
    cites = [citation(r) for _ in range(5)]
    return pick(r, "tests/test_citations.py", "citecheck/tests/test_parse.py"), J([
        "import pytest",
        "",
        "from citecheck.parse import parse_citation, parse_docket",
        "",
        "CITES = [",
    ] + ["    %r," % x for x in cites] + [
        "]",
        "",
        "",
        "@pytest.mark.parametrize('cite', CITES)",
        "def test_parses(cite):",
        "    assert parse_citation(cite).reporter",
        "",
        "",
        "def test_docket():",
        "    d = parse_docket(%r)" % docket(r),
        "    assert d.case_type == 'cv'",
    ])


@N("courtlistener", "api-response-sha1")
def n_cl_json(r):
    res = []
    for _ in range(r.randint(2, 4)):
        oid = r.randint(1000000, 99999999)
        res.append({"id": oid, "absolute_url": "/opinion/%d/%s/" % (oid, pick(r, "acme-v-globex", "sterling-v-halvorsen", "in-re-northwind")),
                    "cluster_id": r.randint(1000000, 99999999), "sha1": sha1(r),
                    "download_url": "https://www.%s.uscourts.gov/opinions/%d.pdf" % (pick(r, *COURTS)[0], r.randint(10000, 99999)),
                    "docket_number": docket(r), "citation": [citation(r)], "date_created": ts(r)})
    return pick(r, "tests/fixtures/courtlistener_search.json", "research/samples/opinions.json"), json.dumps(
        {"count": len(res), "next": None, "previous": None, "results": res}, indent=2) + "\n"


@N("relativity", "workspace-ids-yaml")
def n_matter_yaml(r):
    lines = ["matters:"]
    for _ in range(r.randint(2, 4)):
        lines += ["  - number: \"%s\"" % matter_no(r), "    name: %s" % pick(r, *MATTERS),
                  "    relativity_workspace_id: %d" % r.randint(1000000, 9999999),
                  "    workspace_guid: %s" % guid(r), "    bates_prefix: %s" % pick(r, *BATES_PFX),
                  "    docket: \"%s\"" % docket(r)]
    return pick(r, "config/matters.yml", "ediscovery/matters.yaml"), J(lines)


@N("relativity", "import-job-log")
def n_import_log(r):
    t = date(r)
    lines = []
    for i in range(r.randint(5, 10)):
        lines.append("%s %02d:%02d:%02d INFO  ImportJob %s workspace=%d doc=%s md5=%s status=%s" % (
            t, 1, r.randint(0, 59), r.randint(0, 59), guid(r), r.randint(1000000, 9999999), bates(r), md5(r),
            pick(r, "Imported", "Imported", "Skipped(duplicate)")))
    return "logs/import-%s.log" % t, J(lines)


@N("ediscovery", "edrm-xml-hashes")
def n_edrm(r):
    docs = []
    for _ in range(r.randint(2, 4)):
        docs += ['    <Document DocID="%s" DocType="Message" MimeType="application/vnd.ms-outlook">' % bates(r),
                 "      <Tags>", '        <Tag TagName="#Custodian" TagDataType="Text" TagValue="%s"/>' % pick(r, *CUSTODIANS),
                 '        <Tag TagName="#HashMD5" TagDataType="Text" TagValue="%s"/>' % md5(r).upper(),
                 '        <Tag TagName="#HashSHA1" TagDataType="Text" TagValue="%s"/>' % sha1(r).upper(),
                 "      </Tags>", "    </Document>"]
    return "productions/VOL%03d/edrm.xml" % r.randint(1, 20), J([
        '<?xml version="1.0" encoding="UTF-8"?>', '<Root DataInterchangeType="Update" MajorVersion="1" MinorVersion="2">',
        '  <Batch name="%s">' % pick(r, *MATTERS), "  <Documents>"] + docs + ["  </Documents>", "  </Batch>", "</Root>"])


@N("imanage", "document-ids")
def n_imanage_ids(r):
    lib = pick(r, "ACTIVE", "NYDOCS01", "LITIGATION")
    lines = ["# documents referenced in the closing checklist", "checklist:"]
    for _ in range(r.randint(4, 7)):
        lines += ["  - item: %s" % pick(r, "Stock purchase agreement", "Disclosure schedules", "Escrow agreement", "Officer certificate"),
                  "    doc: \"%s!%d.%d\"" % (lib, r.randint(1000000, 99999999), r.randint(1, 9)),
                  "    workspace: \"%s\"" % matter_no(r)]
    return pick(r, "closing/checklist.yml", "config/closing_docs.yaml"), J(lines)


@N("netdocuments", "document-ids")
def n_netdocs_ids(r):
    rows = ["nd_id,version,name,cabinet,matter"]
    for _ in range(r.randint(4, 8)):
        rows.append("%04d-%04d-%04d,%d,%s,%s,%s" % (r.randint(1000, 9999), r.randint(1000, 9999), r.randint(1000, 9999),
                                                  r.randint(1, 5), pick(r, "Complaint.docx", "Answer.docx", "Protective Order.pdf"),
                                                  "NG-%s" % rs(r, UPPER + DIGITS, 8), matter_no(r)))
    return pick(r, "migration/netdocs_map.csv", "data/nd_documents.csv"), J(rows)


@N("docusign", "envelope-webhook-sample")
def n_ds_payload(r):
    d = {"event": "envelope-completed", "apiVersion": "v2.1", "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (guid(r), guid(r)),
         "retryCount": 0, "configurationId": r.randint(1000000, 9999999), "generatedDateTime": ts(r),
         "data": {"accountId": guid(r), "userId": guid(r), "envelopeId": guid(r),
                  "envelopeSummary": {"status": "completed", "emailSubject": "Engagement letter - %s" % matter_no(r),
                                      "sender": {"userName": "Intake", "email": "intake@example-firm.com"}}}}
    d["_headers"] = {"X-DocuSign-Signature-1": b64(r, 32), "X-DocuSign-Signature-2": b64(r, 32)}
    return pick(r, "tests/fixtures/docusign_connect_completed.json", "docs/samples/ds-event.json"), json.dumps(d, indent=2) + "\n"


@N("docusign", "public-integration-key")
def n_ds_public(r):
    return pick(r, "src/esign/public-config.ts", "web/src/config/docusign.ts"), J([
        "// Values safe for the browser bundle: the integration key is the public OAuth client id.",
        "export const docusign = {",
        "  integrationKey: '%s'," % guid(r),
        "  authServer: 'https://account-d.docusign.com',",
        "  redirectUri: window.location.origin + '/ds/return',",
        "  scopes: ['signature'],",
        "  usePkce: true,",
        "};",
    ])


@N("pki", "public-key-pem")
def n_pubkey(r):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + strong(r, B64, 392 - 44 - 8) + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return pick(r, "config/docusign/public.pem", "keys/webhook_verify_pub.pem", "certs/ironclad_webhook.pub"), J(
        ["-----BEGIN PUBLIC KEY-----"] + lines + ["-----END PUBLIC KEY-----"])


@N("pki", "x509-certificate")
def n_cert(r):
    body = "MIID" + rs(r, "dhjlpt", 1) + "TCCAl" + rs(r, "GWem", 1) + "gAwIBAgIU" + strong(r, B64, 1200)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return pick(r, "certs/efsp-client.crt", "deploy/tls/efm-chain.pem", "config/saml/idp-signing.cer"), J(
        ["-----BEGIN CERTIFICATE-----"] + lines + ["-----END CERTIFICATE-----"])


@N("sftp", "ssh-public-keys")
def n_ssh_pub(r):
    lines = ["# vendor SFTP host keys (pinned)"]
    for h in r.sample(SFTP_HOSTS, 3):
        lines.append("%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (h, strong(r, B64, 43)))
    lines.append("%s ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s" % (pick(r, *SFTP_HOSTS), strong(r, B64, 370)))
    return pick(r, "ops/known_hosts", "deploy/sftp/known_hosts"), J(lines)


@N("sftp", "authorized-keys")
def n_authkeys(r):
    lines = []
    for u in r.sample(CUSTODIANS, 3):
        lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@litsupport" % (strong(r, B64, 43), u))
    return pick(r, "deploy/sftp/authorized_keys", "ansible/files/productions_authorized_keys"), J(lines)


@N("npm", "lockfile-integrity")
def n_lock(r):
    pk = {}
    for nm in r.sample(["axios", "got", "node-fetch", "@sendgrid/mail", "docusign-esign", "express", "dayjs"], 4):
        v = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 20))
        pk["node_modules/" + nm] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (nm, nm.split("/")[-1], v),
                                    "integrity": "sha512-" + b64(r, 64)}
    return "package-lock.json", json.dumps({"name": "intake-portal", "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@N("python", "poetry-lock-hashes")
def n_poetry(r):
    lines = []
    for nm in r.sample(["requests", "pyotp", "paramiko", "boto3", "docusign-esign", "lxml", "pandas"], 3):
        v = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9))
        lines += ["[[package]]", 'name = "%s"' % nm, 'version = "%s"' % v, 'optional = false', "files = [",
                  '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},' % (nm.replace("-", "_"), v, sha256(r)),
                  '    {file = "%s-%s.tar.gz", hash = "sha256:%s"},' % (nm, v, sha256(r)), "]", ""]
    return "poetry.lock", J(lines)


@N("docker", "image-digests")
def n_dockerfile_digest(r):
    return pick(r, "Dockerfile", "docker/ocr/Dockerfile"), J([
        "FROM python:3.12-slim@sha256:%s AS base" % sha256(r),
        "ARG TESSERACT_VERSION=5.3.%d" % r.randint(0, 4),
        "RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr && rm -rf /var/lib/apt/lists/*",
        "COPY --from=ghcr.io/astral-sh/uv@sha256:%s /uv /bin/uv" % sha256(r),
        "WORKDIR /srv/ocr",
        "COPY . .",
        "RUN uv pip install --system -r requirements.txt",
        'ENV OCR_LANG=eng PAGE_DPI=300',
        'CMD ["python", "-m", "ocrworker"]',
    ])


@N("git", "changelog-commit-ids")
def n_changelog(r):
    lines = ["# Changelog", ""]
    for _ in range(r.randint(3, 6)):
        lines += ["## %d.%d.%d - %s" % (r.randint(1, 3), r.randint(0, 20), r.randint(0, 9), date(r)),
                  "- %s (%s)" % (pick(r, "Fix Bates gap detection for multi-page TIFFs", "Support Opticon OPT with volume column",
                                  "Retry PACER auth on loginResult 13", "Add NetDocuments EU region"), sha1(r)[:7]),
                  "- Merge commit %s" % sha1(r), ""]
    return "CHANGELOG.md", J(lines)


@N("aws", "terraform-ids")
def n_tf(r):
    acct = r.randint(100000000000, 999999999999)
    return pick(r, "infra/productions_bucket.tf", "terraform/s3.tf"), J([
        'resource "aws_s3_bucket" "productions" {',
        '  bucket = "%s-productions-%d"' % (pick(r, "hartwell", "bramble"), r.randint(1, 99)),
        "}",
        "",
        'resource "aws_s3_bucket_server_side_encryption_configuration" "productions" {',
        "  bucket = aws_s3_bucket.productions.id",
        "  rule {",
        "    apply_server_side_encryption_by_default {",
        '      sse_algorithm     = "aws:kms"',
        '      kms_master_key_id = "arn:aws:kms:%s:%d:key/%s"' % (pick(r, *REGIONS), acct, guid(r)),
        "    }",
        "  }",
        "}",
        "",
        'data "aws_iam_role" "delivery" { name = "productions-delivery" }  # %s' % "AROA" + rs(r, UPPER + "234567", 17),
    ])


@N("pacer", "billing-csv")
def n_pacer_billing(r):
    rows = ["date,court,client_code,search,pages,cost,transaction_id"]
    for _ in range(r.randint(5, 10)):
        p = r.randint(1, 30)
        rows.append("%s,%s,%s,Docket Report %s,%d,%.2f,%d" % (date(r), pick(r, *COURTS)[0], matter_no(r), docket(r), p,
                                                             min(3.0, p * 0.1), r.randint(10**9, 10**10)))
    return pick(r, "billing/pacer_usage.csv", "reports/pacer_%s.csv" % date(r)), J(rows)


@N("relativity", "non-secret-properties")
def n_props(r):
    return pick(r, "src/main/resources/application.properties", "config/review.properties"), J([
        "relativity.url=https://%s.relativity.one" % pick(r, "hartwell", "bramble"),
        "relativity.workspace.id=%d" % r.randint(1000000, 9999999),
        "relativity.workspace.guid=%s" % guid(r),
        "relativity.field.responsive.guid=%s" % guid(r).upper(),
        "relativity.auth.client-id=%s" % rs(r, HEX, 32),
        "relativity.auth.client-secret=${RELATIVITY_CLIENT_SECRET}",
        "review.batch.size=%d" % pick(r, 250, 500),
        "review.coding.layout=%s" % pick(r, "First Pass", "Privilege QC"),
    ])


@N("azure", "app-insights-connection")
def n_appinsights(r):
    d = {"ApplicationInsights": {"ConnectionString": "InstrumentationKey=%s;IngestionEndpoint=https://%s.in.applicationinsights.azure.com/;LiveEndpoint=https://%s.livediagnostics.monitor.azure.com/" % (
        guid(r), pick(r, "eastus-8", "westus2-2", "northeurope-2"), pick(r, "eastus", "westus2"))},
        "AzureAd": {"TenantId": guid(r), "ClientId": guid(r), "ClientSecret": ""},
        "FeatureFlags": {"LegalHoldReminders": True}}
    return pick(r, "src/LegalHold.Web/appsettings.Development.json", "HoldPortal/appsettings.json"), json.dumps(d, indent=2) + "\n"


@N("google", "public-client-ids")
def n_google_public(r):
    return pick(r, "web/src/config.js", "portal/public/config.js"), J([
        "// public browser configuration for the client portal",
        "window.PORTAL_CONFIG = {",
        "  googleClientId: '%d-%s.apps.googleusercontent.com'," % (r.randint(10**11, 10**12 - 1), rs(r, LALNUM, 32)),
        "  recaptchaSiteKey: '6L%s'," % strong(r, B64URL, 38),
        "  stripePublishableKey: 'pk_live_%s'," % strong(r, ALNUM, 99),
        "  intakeFormId: '%s'," % guid(r),
        "};",
    ])


@N("web", "base64-data-uri")
def n_datauri(r):
    return pick(r, "portal/static/css/brand.css", "web/src/styles/logo.css"), J([
        ".firm-logo {",
        "  width: 180px; height: 48px;",
        "  background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAALQAAAAw%s\");" % b64(r, 180),
        "}",
        ".seal { background: url(\"data:image/svg+xml;base64,%s\"); }" % base64.b64encode(
            b'<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"><circle cx="12" cy="12" r="10"/></svg>').decode(),
    ])


@N("web", "sri-integrity")
def n_sri(r):
    return pick(r, "portal/templates/base.html", "web/index.html"), J([
        "<!doctype html>",
        "<html lang=\"en\"><head>",
        "  <meta charset=\"utf-8\"><title>%s Client Portal</title>" % pick(r, *FIRMS),
        "  <script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % b64(r, 48),
        "  <link rel=\"stylesheet\" href=\"/static/app.css?v=%s\">" % sha1(r)[:10],
        "</head><body><main id=\"app\"></main></body></html>",
    ])


@N("ediscovery", "documents-sql")
def n_sql(r):
    lines = ["INSERT INTO documents (control_no, custodian, md5, sha1, family_id, bates_beg) VALUES"]
    vals = []
    for _ in range(r.randint(3, 7)):
        vals.append("  ('%s', '%s', '%s', '%s', '%s', '%s')" % (bates(r), pick(r, *CUSTODIANS), md5(r), sha1(r), guid(r), bates(r)))
    return pick(r, "db/seed/documents.sql", "tests/fixtures/documents.sql"), J(lines + [",\n".join(vals) + ";"])


@N("ediscovery", "delivery-runbook")
def n_runbook(r):
    return pick(r, "docs/runbooks/production-delivery.md", "docs/productions.md"), J([
        "# Production delivery runbook",
        "",
        "1. Export from Relativity using the `Production - %s` profile." % pick(r, "TIFF+Text", "Natives Only"),
        "2. Verify Bates continuity (%s - %s)." % (bates(r), bates(r)),
        "3. Zip with 7-Zip AES-256. **Never** write the password in this repo or in the",
        "   transmittal e-mail; send it by phone or via the secure share link.",
        "4. Record the checksums:",
        "",
        "```",
        "SHA256 (VOL%03d.7z) = %s" % (r.randint(1, 20), sha256(r)),
        "SHA256 (VOL%03d.7z) = %s" % (r.randint(1, 20), sha256(r)),
        "```",
        "",
        "5. Upload to the opposing counsel SFTP (credentials in the 1Password vault `Litigation Support`).",
    ])


@N("tyler-odyssey-efile", "filing-log")
def n_efile_log(r):
    t = date(r)
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append("%s %02d:%02d:%02d INFO efsp.submit envelope=%d filingId=%s caseTrackingId=%s court=%s status=%s" % (
            t, r.randint(8, 17), r.randint(0, 59), r.randint(0, 59), r.randint(10**7, 10**8), guid(r), guid(r),
            pick(r, "harris:dc", "cook:cd", "dallas:cc"), pick(r, "Submitted", "Accepted", "Reviewed")))
    return "logs/efile-%s.log" % t, J(lines)


@N("tyler-odyssey-efile", "ecf-xml")
def n_ecf_xml(r):
    return pick(r, "efile/samples/ReviewFilingRequest.xml", "tests/data/filing.xml"), J([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CoreFilingMessage xmlns="urn:oasis:names:tc:legalxml-courtfiling:schema:xsd:CoreFilingMessage-4.0">',
        "  <nc:DocumentIdentification><nc:IdentificationID>%s</nc:IdentificationID></nc:DocumentIdentification>" % guid(r),
        "  <CaseTrackingID>%s</CaseTrackingID>" % guid(r),
        "  <CaseDocketID>%s</CaseDocketID>" % pick(r, "2024-%05d" % r.randint(1, 99999), "DC-%02d-%05d" % (r.randint(18, 25), r.randint(1, 99999))),
        "  <FilingLeadDocument><BinaryFormatStandardName>application/pdf</BinaryFormatStandardName>",
        "    <BinaryLocationURI>%s.pdf</BinaryLocationURI><BinarySizeValue>%d</BinarySizeValue>" % (sha1(r), r.randint(10000, 9000000)),
        "  </FilingLeadDocument>",
        "</CoreFilingMessage>",
    ])


@N("tyler-odyssey-efile", "cert-thumbprint")
def n_thumb(r):
    return pick(r, "config/efsp.json", "EfspGateway/efsp.settings.json"), json.dumps({
        "Efm": {"Endpoint": "https://%s-efm.tylertech.cloud/EFM" % pick(r, "tx", "il"),
                "ClientCertificate": {"StoreLocation": "LocalMachine", "StoreName": "My", "Thumbprint": rs(r, HEX, 40).upper()},
                "PasswordSecretName": "efm-service-password"},
        "Courts": ["harris:dc", "cook:cd"]}, indent=2) + "\n"


@N("dotnet", "user-secrets-id")
def n_csproj(r):
    return pick(r, "src/ReviewSync/ReviewSync.csproj", "Intake.Api/Intake.Api.csproj"), J([
        '<Project Sdk="Microsoft.NET.Sdk.Web">',
        "  <PropertyGroup>",
        "    <TargetFramework>net8.0</TargetFramework>",
        "    <UserSecretsId>%s</UserSecretsId>" % guid(r),
        "    <ProjectGuid>{%s}</ProjectGuid>" % guid(r, upper=True),
        "  </PropertyGroup>",
        "  <ItemGroup>",
        '    <PackageReference Include="Azure.Storage.Blobs" Version="12.%d.0" />' % r.randint(10, 22),
        '    <PackageReference Include="Relativity.Transfer.SDK" Version="%d.%d.%d" />' % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9)),
        "  </ItemGroup>",
        "</Project>",
    ])


@N("kubernetes", "external-secret-refs")
def n_extsecret(r):
    return pick(r, "deploy/k8s/externalsecret.yaml", "charts/review-sync/templates/externalsecret.yaml"), J([
        "apiVersion: external-secrets.io/v1beta1",
        "kind: ExternalSecret",
        "metadata:",
        "  name: review-sync",
        "spec:",
        "  refreshInterval: 1h",
        "  secretStoreRef: {name: vault-litsupport, kind: ClusterSecretStore}",
        "  target: {name: review-sync-credentials}",
        "  data:",
        "    - secretKey: RELATIVITY_CLIENT_SECRET",
        "      remoteRef: {key: secret/data/litsupport/relativity, property: client_secret}",
        "    - secretKey: PACER_PASSWORD",
        "      remoteRef: {key: secret/data/litsupport/pacer, property: password}",
    ])


@N("github-actions", "secrets-references")
def n_gha_refs(r):
    return pick(r, ".github/workflows/deploy.yml", ".github/workflows/release.yml"), J([
        "name: deploy",
        "on: {push: {branches: [main]}}",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    environment: production",
        "    steps:",
        "      - uses: actions/checkout@%s" % sha1(r),
        "      - uses: azure/login@v2",
        "        with:",
        "          client-id: %s" % guid(r),
        "          tenant-id: %s" % guid(r),
        "          subscription-id: %s" % guid(r),
        "      - run: ./deploy.sh",
        "        env:",
        "          CLIO_CLIENT_SECRET: ${{ secrets.CLIO_CLIENT_SECRET }}",
        "          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}",
    ])


@N("depositions", "exhibit-index")
def n_exhibits(r):
    rows = ["exhibit,deponent,date,bates_beg,bates_end,media_sha1,vendor_job"]
    for i in range(r.randint(4, 9)):
        rows.append("PX-%03d,%s,%s,%s,%s,%s,%s" % (i + 1, pick(r, "J. Smith", "M. Garcia", "A. Chen"), date(r), bates(r), bates(r),
                                                 sha1(r), "%s-%d" % (pick(r, "VTX", "ESQ", "LXT"), r.randint(100000, 999999))))
    return pick(r, "depositions/exhibit_index.csv", "trial/exhibits.csv"), J(rows)


@N("rev.ai", "transcription-job-log")
def n_rev_log(r):
    t = date(r)
    lines = []
    for _ in range(r.randint(3, 7)):
        lines.append("%s INFO transcript job=%s status=%s media=%s duration=%ds" % (
            ts(r), rs(r, ALNUM, 12), pick(r, "in_progress", "transcribed"), sha256(r), r.randint(600, 20000)))
    return "logs/transcribe-%s.log" % t, J(lines)


@N("forensics", "chain-of-custody")
def n_custody(r):
    return pick(r, "docs/forensics/chain_of_custody_%s.md" % matter_no(r), "collection/coc.md"), J([
        "# Chain of custody - %s" % pick(r, *MATTERS),
        "",
        "| Item | Description | Serial No. | Acquired | SHA-256 (E01) |",
        "|---|---|---|---|---|",
        "| 1 | Laptop SSD | S%s | %s | %s |" % (rs(r, UPPER + DIGITS, 14), date(r), sha256(r)),
        "| 2 | iPhone 14 | %s | %s | %s |" % (rs(r, UPPER + DIGITS, 12), date(r), sha256(r)),
        "| 3 | USB drive | %s | %s | %s |" % (rs(r, UPPER + DIGITS, 16), date(r), sha256(r)),
        "",
        "MD5 verification of item 1: `%s` (matches acquisition)." % md5(r),
    ])


@N("conflicts", "matter-numbers")
def n_conflicts(r):
    rows = ["matter_no,client_no,client,adverse_party,opened,status"]
    for _ in range(r.randint(5, 10)):
        rows.append("%s,C%06d,%s,%s,%s,%s" % (matter_no(r), r.randint(1, 999999), pick(r, "Acme Corp", "Northwind LLC", "Pinecrest Holdings"),
                                            pick(r, "Globex Inc", "Halvorsen AS", "Meridian Pharma"), date(r), pick(r, "open", "closed")))
    return pick(r, "data/conflicts_export.csv", "reports/new_matters.csv"), J(rows)


@N("ediscovery", "bates-config")
def n_bates_cfg(r):
    return pick(r, "config/bates.toml", "stamping/bates.toml"), J([
        "[stamp]",
        'prefix = "%s"' % pick(r, *BATES_PFX),
        "start = %d" % r.randint(1, 90000),
        "padding = 8",
        'position = "bottom-right"',
        'confidentiality = "CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER"',
        "",
        "[verify]",
        'expected_first = "%s"' % bates(r),
        'checksum_algo = "sha1"',
        'reference_hash = "%s"' % sha1(r),
    ])


@N("powershell", "file-hash-script")
def n_ps_hash(r):
    return pick(r, "scripts/Test-ProductionHashes.ps1", "ops/Verify-Volume.ps1"), J([
        "param([string]$Root = 'D:\\Productions\\VOL%03d')" % r.randint(1, 20),
        "$expected = @{",
        "    'NATIVES\\001\\%s.xlsx' = '%s'" % (bates(r), sha256(r).upper()),
        "    'NATIVES\\001\\%s.msg'  = '%s'" % (bates(r), sha256(r).upper()),
        "}",
        "foreach ($k in $expected.Keys) {",
        "    $h = (Get-FileHash -Algorithm SHA256 (Join-Path $Root $k)).Hash",
        "    if ($h -ne $expected[$k]) { Write-Warning \"hash mismatch: $k\" }",
        "}",
    ])


@N("ediscovery", "bates-unit-test-cs")
def n_cs_test(r):
    pf = pick(r, *BATES_PFX)
    return pick(r, "tests/Bates.Tests/BatesFormatterTests.cs", "src/Stamping.Tests/BatesTests.cs"), J([
        "using Xunit;",
        "",
        "public class BatesFormatterTests",
        "{",
        "    [Theory]",
        f"    [InlineData(\"{pf}\", 1, \"{pf}00000001\")]",
        f"    [InlineData(\"{pf}\", 123456, \"{pf}00123456\")]",
        "    public void Formats(string prefix, int n, string expected) =>",
        "        Assert.Equal(expected, BatesFormatter.Format(prefix, n, 8));",
        "",
        "    [Fact]",
        "    public void ParsesFamilyGuid() =>",
        "        Assert.NotEqual(System.Guid.Empty, System.Guid.Parse(\"%s\"));" % guid(r),
        "}",
    ])


@N("java", "hmac-verifier-env")
def n_java_hmac(r):
    return "src/main/java/com/firm/hooks/SignatureVerifier.java", J([
        "package com.firm.hooks;",
        "",
        "import javax.crypto.Mac;",
        "import javax.crypto.spec.SecretKeySpec;",
        "",
        "public final class SignatureVerifier {",
        "    private static final long serialVersionUID = %dL;" % r.randint(10**15, 10**18),
        "    private static final String ALGORITHM = \"HmacSHA256\";",
        "    private final byte[] key = System.getenv(\"DOCUSIGN_CONNECT_HMAC_KEY\").getBytes();",
        "    // sample signature from test vector, not a key: %s" % b64(r, 32),
        "",
        "    public boolean verify(byte[] body, String header) throws Exception {",
        "        Mac mac = Mac.getInstance(ALGORITHM);",
        "        mac.init(new SecretKeySpec(key, ALGORITHM));",
        "        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body)).equals(header);",
        "    }",
        "}",
    ])


@N("testing", "mock-credentials")
def n_mocks(r):
    return pick(r, "tests/conftest.py", "tests/unit/conftest.py"), J([
        "import pytest",
        "",
        "",
        "@pytest.fixture",
        "def clio_settings(monkeypatch):",
        "    monkeypatch.setenv('CLIO_CLIENT_ID', 'test-client-id')",
        "    monkeypatch.setenv('CLIO_CLIENT_SECRET', 'test-client-secret')",
        "    monkeypatch.setenv('PACER_PASSWORD', 'not-a-real-password')",
        "    return {'matter_id': %d, 'docket': '%s'}" % (r.randint(10**6, 10**7), docket(r)),
    ])


@N("courts", "court-list-json")
def n_courts(r):
    cs = r.sample(COURTS, 5)
    return pick(r, "data/courts.json", "config/ecf_courts.json"), json.dumps([
        {"id": cc[0], "abbrev": cc[1], "ecf_url": "https://ecf.%s.uscourts.gov" % cc[0], "nextgen": b(r),
         "pacer_court_id": cc[0].upper(), "uuid": guid(r)} for cc in cs], indent=2) + "\n"


@N("calendar", "deadline-ics")
def n_ics(r):
    ev = []
    for _ in range(r.randint(2, 4)):
        d = date(r).replace("-", "")
        ev += ["BEGIN:VEVENT", "UID:%s@docketing.example-firm.com" % guid(r), "DTSTAMP:%sT120000Z" % d,
               "DTSTART;VALUE=DATE:%s" % d, "SUMMARY:%s due - %s" % (pick(r, "Opposition brief", "Expert reports", "Rule 26(f) report"), docket(r)),
               "END:VEVENT"]
    return pick(r, "calendar/deadlines.ics", "exports/court_deadlines.ics"), J(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Docketing//EN"] + ev + ["END:VCALENDAR"])


@N("email", "dkim-public-record")
def n_dkim(r):
    return pick(r, "infra/dns/mail.tf", "dns/records.tf"), J([
        'resource "aws_route53_record" "dkim" {',
        "  zone_id = \"Z%s\"" % rs(r, UPPER + DIGITS, 13),
        '  name    = "s1._domainkey.%s.com"' % pick(r, "hartwell", "bramble"),
        '  type    = "TXT"',
        '  records = ["v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s"]' % strong(r, B64, 200),
        "  ttl     = 3600",
        "}",
    ])



@N("ediscovery", "bates-regex-module")
def n_bates_py(r):
    pf = pick(r, *BATES_PFX)
    return pick(r, "ediscovery/bates.py", "stamping/bates_utils.py"), J([
        "import re",
        "",
        "BATES_RE = re.compile(r'^(?P<prefix>[A-Z]{2,6})[-_ ]?(?P<num>\\d{6,10})$')",
        "EXAMPLES = ['%s', '%s-%07d', '%s %06d']" % (bates(r, pf), pf, r.randint(1, 10**6), pf, r.randint(1, 10**5)),
        "",
        "",
        "def next_bates(current, pages=1):",
        "    m = BATES_RE.match(current)",
        "    width = len(m['num'])",
        "    return f\"{m['prefix']}{int(m['num']) + pages:0{width}d}\"",
    ])


@N("courts", "docket-entries-csv")
def n_docket_csv(r):
    cc = pick(r, *COURTS)[0]
    case = r.randint(100000, 999999)
    rows = ["entry,date_filed,description,document_url"]
    for i in range(r.randint(4, 9)):
        rows.append('%d,%s,"%s",https://ecf.%s.uscourts.gov/doc1/%d' % (
            i + 1, date(r), pick(r, "COMPLAINT against Globex Inc.", "ORDER granting motion to seal", "MOTION to Dismiss",
                                 "NOTICE of Appearance", "STIPULATED PROTECTIVE ORDER"), cc, r.randint(10**10, 10**11)))
    return pick(r, "dockets/%s-%d.csv" % (cc, case), "data/docket_entries.csv"), J(rows)


@N("courts", "nef-email-stamp")
def n_nef(r):
    cc = pick(r, *COURTS)
    return pick(r, "tests/fixtures/nef_%d.eml" % r.randint(1000, 9999), "samples/nef.txt"), J([
        "From: ecf_bounces@%s.uscourts.gov" % cc[0],
        "Subject: Activity in Case %s %s Order on Motion to Compel" % (docket(r), pick(r, *MATTERS)),
        "",
        "U.S. District Court -- %s" % cc[1],
        "Notice of Electronic Filing",
        "",
        "Document Number: %d" % r.randint(1, 400),
        "Docket Text: ORDER granting in part [%d] Motion to Compel." % r.randint(1, 400),
        "",
        "Electronic document Stamp:",
        "[STAMP dcecfStamp_ID=%d [Date=%s] [FileNumber=%d-0] [%s]]" % (
            r.randint(10**9, 10**10), date(r), r.randint(10**6, 10**7), rs(r, HEX, 128)),
    ])


@N("ediscovery", "sha256sums")
def n_sha256sums(r):
    lines = ["%s  VOL%03d.7z.%03d" % (sha256(r), r.randint(1, 20), i + 1) for i in range(r.randint(3, 7))]
    return "productions/SHA256SUMS", J(lines)


@N("pki", "pgp-public-key")
def n_pgp(r):
    body = "mQINBG" + strong(r, B64, 700)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return pick(r, "keys/opposing_counsel_pub.asc", "docs/pgp/productions.asc"), J(
        ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "Comment: productions@%s.com" % pick(r, "hartwell", "bramble"), ""]
        + lines + ["=" + rs(r, B64, 4), "-----END PGP PUBLIC KEY BLOCK-----"])


@N("ediscovery", "uuid-seed-sql")
def n_uuid_sql(r):
    rows = []
    for nm in r.sample(["Email", "Attachment", "Loose File", "Chat", "Audio", "Structured Data"], 4):
        rows.append("  ('%s', '%s', %d)" % (guid(r), nm, r.randint(1, 99)))
    return pick(r, "db/migrations/007_doc_types.sql", "sql/seed_document_types.sql"), J([
        "CREATE TABLE IF NOT EXISTS document_types (",
        "  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),",
        "  name text NOT NULL UNIQUE,",
        "  sort_order int NOT NULL",
        ");",
        "INSERT INTO document_types (id, name, sort_order) VALUES",
        ",\n".join(rows) + ";",
    ])


@N("pki", "jwks-public")
def n_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, HEX, 40),
             "n": strong(r, B64URL, 342), "e": "AQAB"} for _ in range(2)]
    return pick(r, "tests/fixtures/jwks.json", "config/webhook_jwks.json"), json.dumps({"keys": keys}, indent=2) + "\n"


@N("kubernetes", "configmap")
def n_configmap(r):
    return pick(r, "deploy/k8s/configmap.yaml", "charts/docket-sync/templates/configmap.yaml"), J([
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: docket-sync",
        "data:",
        "  COURTS: \"%s\"" % ",".join(cc[0] for cc in r.sample(COURTS, 4)),
        "  PACER_AUTH_URL: https://pacer.login.uscourts.gov/services/cso-auth",
        "  RELATIVITY_WORKSPACE_ID: \"%d\"" % r.randint(1000000, 9999999),
        "  CLIO_CLIENT_ID: %s" % strong(r, ALNUM, 40),
        "  TRACE_SAMPLE_RATE: \"0.%d\"" % r.randint(1, 9),
        "  BUILD_SHA: %s" % sha1(r),
    ])


@N("openapi", "security-schemes")
def n_openapi(r):
    return pick(r, "api/openapi.yaml", "docs/api/intake.openapi.yml"), J([
        "openapi: 3.0.3",
        "info: {title: Intake API, version: %d.%d.0}" % (r.randint(1, 3), r.randint(0, 9)),
        "components:",
        "  securitySchemes:",
        "    clioOAuth:",
        "      type: oauth2",
        "      flows:",
        "        authorizationCode:",
        "          authorizationUrl: https://app.clio.com/oauth/authorize",
        "          tokenUrl: https://app.clio.com/oauth/token",
        "          scopes: {}",
        "    courtListenerToken:",
        "      type: apiKey",
        "      in: header",
        "      name: Authorization",
        "      description: 'Send \"Token <your-token-here>\".'",
        "paths:",
        "  /matters/{id}:",
        "    get:",
        "      parameters: [{name: id, in: path, required: true, schema: {type: string, example: \"%s\"}}]" % matter_no(r),
        "      responses: {'200': {description: OK}}",
    ])


@N("tyler-odyssey-efile", "ps1-cert-thumbprint")
def n_ps_thumb(r):
    return pick(r, "scripts/Get-EfspCertificate.ps1", "ops/Install-EfmCert.ps1"), J([
        "$thumb = '%s'" % rs(r, HEX, 40).upper(),
        "$cert = Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Thumbprint -eq $thumb",
        "if (-not $cert) { throw \"EFSP client certificate $thumb not installed\" }",
        "Write-Host \"Serial: %s, expires $($cert.NotAfter)\"" % rs(r, HEX, 32).upper(),
    ])


@N("relativity", "artifact-guid-constants")
def n_rel_guids(r):
    names = r.sample(["ControlNumber", "Custodian", "Responsive", "Privileged", "HotDoc", "ProductionBegBates", "MD5Hash"], 5)
    return pick(r, "src/ReviewSync/FieldGuids.cs", "Relativity.Agent/Constants/Guids.cs"), J([
        "using System;",
        "",
        "namespace ReviewSync",
        "{",
        "    public static class FieldGuids",
        "    {",
    ] + ["        public static readonly Guid %s = new Guid(\"%s\");" % (nm, guid(r, upper=True)) for nm in names] + [
        "    }",
        "}",
    ])

# ===========================================================================
# driver
# ===========================================================================
ENV_ALLOWED = ("example", "sample", "template", "dist")


def blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base[5:] not in ENV_ALLOWED
    return False


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base in ("credentials", "aws_credentials", ".netdocs"):
        return "ini"
    if base in ("known_hosts", "authorized_keys"):
        return "ssh"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[1].lower()
    return "txt"


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fa.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []

    # positives: cycle through a seed-shuffled order so every template is used
    order = list(range(len(POS)))
    r.shuffle(order)
    n_env = 0
    for i in range(500):
        t = POS[order[i % len(order)]]
        c = Ctx(r, False, t["lang"])
        rel, text = t["f"](r, c)
        needle = c.needle
        assert needle and needle in text, (t["f"].__name__, needle)
        if blocked_env(rel):
            n_env += 1
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["f"].__name__, line)
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert n_env <= 25, n_env

    # negatives: 250 re-used positive templates with fillers, 250 look-alikes
    reuse = [t for t in POS if t["reuse"]]
    ro = list(range(len(reuse)))
    r.shuffle(ro)
    no = list(range(len(NEG)))
    r.shuffle(no)
    specs = [("reuse", reuse[ro[i % len(ro)]]) for i in range(250)] + \
            [("alike", NEG[no[i % len(no)]]) for i in range(250)]
    r.shuffle(specs)
    for i, (mode, t) in enumerate(specs):
        if mode == "reuse":
            c = Ctx(r, True, t["lang"])
            rel, text = t["f"](r, c)
            text = c.finish(text)
            provider, kind = t["provider"], "%s:%s" % (c.nkind, t["kind"])
        else:
            rel, text = t["f"](r)
            provider, kind = t["provider"], t["kind"]
        assert SLOT not in text
        assert not blocked_env(rel), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read and verify every needle from disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
        for k in range(s["line"] - 1):
            assert s["needle"] not in lines[k], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
