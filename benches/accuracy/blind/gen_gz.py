#!/usr/bin/env python3
"""gen_gz.py - blind evaluation set for secret scanners: e-signature and contract
lifecycle management (CLM) integrations.

EMPHASIS
  Domain: code and configuration of projects that integrate e-signature / CLM
  services.  Providers: DocuSign (eSignature REST, JWT grant, auth-code grant,
  Connect webhooks), Adobe Acrobat Sign (integration keys, OAuth), Dropbox Sign
  (HelloSign), PandaDoc, SignNow, BoldSign, Zoho Sign, Yousign, Signeasy,
  Ironclad, DocuSeal (cloud and self-hosted), Documenso (cloud and self-hosted),
  SignRequest, Concord, Juro, plus the Slack incoming webhook a contract desk
  posts to.
  Credential kinds: RSA private keys (multi-line PEM, PEM inside YAML/Terraform/
  Python strings, PEM \\n-escaped inside JSON), API keys, OAuth client secrets,
  access and refresh tokens, HMAC keys, webhook secrets, basic-auth tokens,
  framework secrets and database passwords of self-hosted signing servers.
  File types: appsettings.json (.NET), C#, Java (Spring application.yml /
  .properties), Python, Node/TypeScript, PHP (Laravel config + .env), Ruby,
  Salesforce Apex (.cls) and NamedCredential metadata XML, YAML (Helm, k8s,
  GitHub Actions, docker-compose), JSON (Postman, n8n), TOML, INI, .env,
  PEM/.key files, Terraform (.tf/.tfvars), Markdown, shell (curl), HTTP client
  files, Dockerfile, Go, SQL, CSV and logs.

USAGE
  python3 -B gen_gz.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
  (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and
  OUTDIR/secrets.jsonl (one line per positive).  All randomness comes from one
  random.Random(SEED); the output is byte-identical for one SEED.

NEEDLE CONVENTIONS
  - Scalar credentials (keys, tokens, secrets, passwords): the needle is the
    bare value exactly as written, without quotes, without "Bearer ",
    "API-Key ", "Basic ", "Token " or "Zoho-oauthtoken " prefixes and without
    the variable name.
  - URLs: Dropbox Sign key-in-URL (https://KEY:@api.hellosign.com/...) -> the
    key; database URLs -> the password only; Slack incoming webhook -> the
    whole URL (the URL is the secret).
  - Basic auth (SignNow "Authorization: Basic ..."): the base64 token.
  - Multi-line PEM private keys (files, YAML block scalars, Terraform heredocs,
    Python/Ruby/Java/C# multi-line strings, Markdown code blocks): the needle is
    the "-----BEGIN ... PRIVATE KEY-----" line (stripped of indentation and
    quotes), line = the line that holds it.
  - PEM \\n-escaped into one JSON/env string: the needle is the whole escaped
    text from "-----BEGIN" to the final "-----" of the END marker, with the
    literal backslash-n sequences as written.
  - line is 1-based, the first occurrence of the needle; the program asserts it.

NEGATIVES
  n0000..n0249 re-use the positive templates with the secret slot holding a
  non-secret: placeholders (<your-...>, YOUR_API_KEY_HERE, changeme, xxxx...),
  empty values, masked values (****, [REDACTED], keep-last-4 masks), env and
  secret-manager references (os.environ[...], process.env.X, System.getenv,
  ENV.fetch, env('X'), ${VAR}, ${{ secrets.X }}, {{ .Values.x }}, var.x,
  vault:/op:// /arn:aws:secretsmanager paths, Salesforce {!$Credential...}),
  providers' documented example values (Zoho and Dropbox Sign SDK doc samples,
  DocuSign {INTEGRATION_KEY_JWT} style), and for PEM slots placeholder PEM
  bodies, public keys or a path to the key file.
  n0250..n0499 are domain look-alikes: DocuSign integration keys, user ids,
  account ids, envelope/template/brand/PowerForm ids (GUIDs), Connect payloads
  and their X-DocuSign-Signature-1 values (HMAC outputs, not keys), Dropbox Sign
  signature_request_id (40 hex) and event_hash, Adobe Sign agreement ids,
  PandaDoc document ids, public X.509 signing certificates, RSA public keys,
  JWT headers and decoded claims, SHA-256 document hashes in audit trails and
  SQL, certificate thumbprints and serial numbers, base64 PDF and PNG payloads,
  npm integrity hashes, image digests, SRI hashes, public client ids (DocuSign
  PKCE integration key, Dropbox Sign client_id, Zoho client id).
  No negative is written to .env / .env.local / .env.production (re-used .env
  templates become .env.example or .env.sample).

FORMATS CHECKED (search tool, providers' docs and public project configs)
  - DocuSign: integration key = GUID (client id, "configure app" docs); JWT
    grant uses integration key + impersonated user id (GUID) + RSA key pair
    generated in Apps and Keys, copied with its BEGIN/END lines; no refresh token
    for JWT grant; confidential auth-code grant uses a "secret key"; Connect HMAC:
    HMAC-SHA256 of the raw body, base64, in X-DocuSign-Signature-1..N, keys are
    generated via POST .../connect/secret; auth servers account-d.docusign.com
    (demo) and account.docusign.com.  Public code (docusign/code-examples-python
    jwt_config_sample.py) shows ds_client_id / ds_impersonated_user_id /
    private_key_file / authorization_server.
  - Dropbox Sign: HTTP Basic with the API key as user name and empty password
    (-u "KEY:"), or https://KEY:@api.hellosign.com/v3/...; OAuth bearer tokens;
    up to four API keys; the primary key produces event_hash for callbacks; SDK
    docs sample clientId/clientSecret values.
  - PandaDoc: "Authorization: API-Key {api_key}" or "Bearer {oauth}";
    api.pandadoc.com/public/v1; sandbox and production keys.
  - SignNow: "Authorization: Basic base64(client_id:client_secret)" for
    /oauth2/token, bearer access tokens (a public gist shows 64-hex tokens).
  - BoldSign: X-API-KEY header, api.boldsign.com/v1, up to 4 keys.
  - Documenso: "Authorization: api_xxxxxxxxxxxxxxxx" (api_ prefix).
  - DocuSeal: X-Auth-Token header, api.docuseal.com / api.docuseal.eu.
  - Zoho Sign: "Authorization: Zoho-oauthtoken ...", accounts.zoho.* token
    endpoint; docs sample client_id 1000.<30 upper alnum>, refresh token
    1000.<32 hex>.<32 hex>.
  - Ironclad: "Authorization: Bearer <token>", /public/api/v1, OAuth client
    credentials (client_id/client_secret) at /oauth/token.
  - SignRequest: "Authorization: Token <key>", signrequest.com/api/v1.
  - Yousign: Bearer API key, api.yousign.app/v3 and api-sandbox.yousign.app/v3.
  - Adobe Acrobat Sign: integration keys (long-lived, Bearer), OAuth client
    id/secret; a public project shows access/refresh tokens starting
    "3AAABLblqZh".
  - Signeasy: Bearer access token from the sandbox / OAuth.
  - Juro: API key header (x-api-key).

DOUBTS
  - Exact lengths/alphabets not confirmed by docs: DocuSign secret key (GUID
    assumed) and HMAC key (base64 of 32 bytes assumed); DocuSign access tokens
    are modelled as RS256 JWTs with a {"typ":"MT"} header; Adobe Sign
    integration key/tokens (3AAABLblqZh + one of A-D + 60-100 url-safe
    chars assumed) and
    client secret (32 url-safe chars assumed); Dropbox Sign API key (64 hex
    assumed) and client secret (32 hex assumed); PandaDoc key (40 hex assumed);
    BoldSign key (base64 of 36-40 bytes assumed); Zoho client secret (42 hex
    assumed); Yousign key (32 alnum assumed); Signeasy token, Ironclad token,
    DocuSeal token, Concord and Juro keys (random alnum lengths assumed);
    Documenso token (api_ + 16..24 alnum assumed); SignRequest token (40 hex,
    Django REST token assumed).
  - RSA private keys are structurally valid DER (PKCS#1 / PKCS#8) with random
    integers; they are not mathematically consistent keys.  Public
    certificates are random but DER-shaped.
  - Signature headers (X-DocuSign-Signature-1, event_hash) in negatives are
    HMAC outputs, not keys; a strict scanner may still count them.
"""
import base64
import json
import os
import random
import sys

MARK = "@S@"
NPOS = 500
NNEG = 500

# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------

HEX = "0123456789abcdef"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
URLSAFE = ALNUM + "-_"


def T(text, **kw):
    """Fill @name@ tokens (only the given names)."""
    for k in kw:
        text = text.replace("@" + k + "@", str(kw[k]))
    return text


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_bytes(bs):
    bs = bs.lstrip(b"\x00") or b"\x00"
    if bs[0] & 0x80:
        bs = b"\x00" + bs
    return der(0x02, bs)


def der_seq(*items):
    return der(0x30, b"".join(items))


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_SHA256RSA = bytes.fromhex("06092a864886f70d01010b")
NULL = b"\x05\x00"


def pem_wrap(label, data):
    b = base64.b64encode(data).decode()
    lines = ["-----BEGIN %s-----" % label]
    lines += [b[i:i + 64] for i in range(0, len(b), 64)]
    lines.append("-----END %s-----" % label)
    return lines


class G(object):
    """All randomness goes through self.r (one random.Random(SEED))."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # basic pickers
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def rint(self, a, b):
        return self.r.randint(a, b)

    def shuffle(self, lst):
        self.r.shuffle(lst)
        return lst

    def chars(self, alphabet, n):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def hexs(self, n, upper=False):
        s = self.chars(HEX, n)
        return s.upper() if upper else s

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lalnum(self, n):
        return self.chars(LOWER + DIGITS, n)

    def digits(self, n):
        return str(self.rint(1, 9)) + self.chars(DIGITS, n - 1)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.rbytes(nbytes)).decode().rstrip("=")

    def guid(self, upper=False):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return s.upper() if upper else s

    def password(self, n=None):
        n = n or self.rint(14, 24)
        alpha = ALNUM + "!#%^*-_=+"
        while True:
            s = self.chars(alpha, n)
            if (any(c in DIGITS for c in s) and any(c in UPPER for c in s)
                    and any(c in LOWER for c in s)):
                return s

    def date(self, y0=2023, y1=2025):
        return "%04d-%02d-%02d" % (self.rint(y0, y1), self.rint(1, 12), self.rint(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.rint(0, 23), self.rint(0, 59),
                                             self.rint(0, 59), self.rint(0, 999))

    def epoch(self):
        return self.rint(1690000000, 1760000000)

    def bigint(self, nbytes, top=True, odd=False):
        v = self.r.getrandbits(nbytes * 8)
        if top:
            v |= 1 << (nbytes * 8 - 1)
        if odd:
            v |= 1
        return v.to_bytes(nbytes, "big")

    # RSA / X.509 shaped DER -------------------------------------------------
    def rsa_pkcs1_der(self, bits=2048):
        k = bits // 8
        h = k // 2
        parts = [der_int_bytes(b"\x00"), der_int_bytes(self.bigint(k, odd=True)),
                 der_int_bytes(b"\x01\x00\x01"), der_int_bytes(self.bigint(k, top=False)),
                 der_int_bytes(self.bigint(h, odd=True)), der_int_bytes(self.bigint(h, odd=True)),
                 der_int_bytes(self.bigint(h, top=False)), der_int_bytes(self.bigint(h, top=False)),
                 der_int_bytes(self.bigint(h, top=False))]
        return der_seq(*parts)

    def rsa_private_lines(self, fmt=None, bits=None):
        fmt = fmt or self.pick(["pkcs1", "pkcs1", "pkcs1", "pkcs8"])
        bits = bits or self.pick([2048, 2048, 2048, 3072])
        d = self.rsa_pkcs1_der(bits)
        if fmt == "pkcs1":
            return pem_wrap("RSA PRIVATE KEY", d)
        p8 = der_seq(der_int_bytes(b"\x00"), der_seq(OID_RSA, NULL), der(0x04, d))
        return pem_wrap("PRIVATE KEY", p8)

    def spki_der(self, bits=2048):
        rsapub = der_seq(der_int_bytes(self.bigint(bits // 8, odd=True)),
                         der_int_bytes(b"\x01\x00\x01"))
        return der_seq(der_seq(OID_RSA, NULL), der(0x03, b"\x00" + rsapub))

    def rsa_public_lines(self, pkcs1=False):
        if pkcs1:
            rsapub = der_seq(der_int_bytes(self.bigint(256, odd=True)),
                             der_int_bytes(b"\x01\x00\x01"))
            return pem_wrap("RSA PUBLIC KEY", rsapub)
        return pem_wrap("PUBLIC KEY", self.spki_der())

    def _name(self, cn, org):
        def rdn(oid, val):
            return der(0x31, der_seq(bytes.fromhex(oid), der(0x0c, val.encode())))
        return der_seq(rdn("0603550406", "US"), rdn("060355040a", org), rdn("0603550403", cn))

    def cert_der(self, cn, org, issuer_cn=None):
        def utc(y):
            return der(0x17, ("%02d%02d%02d%02d%02d%02dZ" % (
                y % 100, self.rint(1, 12), self.rint(1, 28), self.rint(0, 23),
                self.rint(0, 59), self.rint(0, 59))).encode())
        y = self.rint(2022, 2025)
        tbs = der_seq(der(0xa0, der_int_bytes(b"\x02")), der_int_bytes(self.bigint(16)),
                      der_seq(OID_SHA256RSA, NULL),
                      self._name(issuer_cn or (org + " Issuing CA"), org),
                      der_seq(utc(y), utc(y + self.rint(1, 3))),
                      self._name(cn, org), self.spki_der())
        return der_seq(tbs, der_seq(OID_SHA256RSA, NULL), der(0x03, b"\x00" + self.rbytes(256)))

    def cert_lines(self, cn="signing.example.com", org="Example Trust Services"):
        return pem_wrap("CERTIFICATE", self.cert_der(cn, org))

    # misc realistic ids ------------------------------------------------------
    def jwt_b64(self, obj):
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def company(self):
        return self.pick(["Northwind Legal", "Contoso Realty", "Fabrikam Health",
                          "Tailspin Leasing", "Woodgrove Lending", "Litware HR",
                          "Adatum Procurement", "Proseware Insurance", "Wingtip Homes",
                          "Alpine Ski Rentals", "Blue Yonder Freight", "Coho Vineyard"])

    def svc(self):
        return self.pick(["contracts-api", "esign-service", "clm-worker", "onboarding",
                          "deal-desk", "agreements", "procurement-portal", "hr-offers",
                          "lease-signing", "vendor-intake", "sales-quotes", "legal-ops"])

    def email(self):
        return "%s.%s@%s" % (self.pick(["ana", "ben", "chloe", "dev", "erin", "farid",
                                         "grace", "hugo", "ines", "jonas", "kemi", "liam"]),
                              self.pick(["ortiz", "nakamura", "meyer", "okafor", "rossi",
                                         "silva", "novak", "haddad", "kowalski", "lund"]),
                              self.pick(["example.com", "example.org", "corp.example",
                                         "legal.example.net"]))

    def person(self):
        return "%s %s" % (self.pick(["Ana", "Ben", "Chloe", "Dev", "Erin", "Farid", "Grace",
                                     "Hugo", "Ines", "Jonas", "Kemi", "Liam"]),
                          self.pick(["Ortiz", "Nakamura", "Meyer", "Okafor", "Rossi", "Silva",
                                     "Novak", "Haddad", "Kowalski", "Lund"]))

    def doc_title(self):
        return self.pick(["Mutual NDA", "Master Services Agreement", "Offer Letter",
                          "Statement of Work", "Residential Lease", "Vendor Onboarding Form",
                          "Data Processing Addendum", "Order Form", "Consulting Agreement",
                          "Loan Disclosure", "Purchase Agreement", "Employee Handbook Ack"])

    def ds_host(self):
        return self.pick(["demo.docusign.net", "na2.docusign.net", "na3.docusign.net",
                          "na4.docusign.net", "eu.docusign.net", "au.docusign.net"])

    def ds_auth(self):
        return self.pick(["account-d.docusign.com", "account.docusign.com"])

    def adobe_shard(self):
        return self.pick(["na1", "na2", "na3", "na4", "eu1", "eu2", "jp1", "au1"])

    def zoho_dc(self):
        return self.pick(["com", "eu", "in", "com.au", "jp"])


# ----------------------------------------------------------------------------
# credential generators (random, provider-shaped)
# ----------------------------------------------------------------------------

def s_guid(g):
    return g.guid()


def s_ds_hmac(g):
    return g.b64(32)


def s_ds_token(g, refresh=False):
    head = {"typ": "MT", "alg": "RS256", "kid": g.guid()}
    iat = g.epoch()
    body = {"Version": 1, "TokenType": 6 if refresh else 5, "IssueInstant": iat,
            "Expiration": iat + (2592000 if refresh else 28800), "UserId": g.guid(),
            "site": g.rint(1, 90), "siteid": g.rint(1, 90),
            "scp": ["signature", "extended", "impersonation"] if refresh else ["signature"],
            "aud": g.guid(), "azp": g.guid(), "isi": g.guid(), "amr": ["interactive"]}
    return "%s.%s.%s" % (g.jwt_b64(head), g.jwt_b64(body), g.b64url(256))


def s_ds_access(g):
    return s_ds_token(g)


def s_ds_refresh(g):
    return s_ds_token(g, True)


def s_adobe_key(g):
    return "3AAABLblqZh" + g.pick("ABCD") + g.chars(URLSAFE, g.rint(60, 100))


def s_adobe_secret(g):
    return g.chars(URLSAFE, 32)


def s_hex64(g):
    return g.hexs(64)


def s_hex40(g):
    return g.hexs(40)


def s_hex32(g):
    return g.hexs(32)


def s_signnow_basic(g):
    return base64.b64encode((g.hexs(32) + ":" + g.hexs(32)).encode()).decode()


def s_boldsign(g):
    return g.b64(g.pick([36, 39, 40]))


def s_zoho_token(g):
    return "1000.%s.%s" % (g.hexs(32), g.hexs(32))


def s_zoho_secret(g):
    return g.hexs(42)


def s_alnum32(g):
    return g.alnum(32)


def s_alnum40(g):
    return g.alnum(g.rint(40, 44))


def s_alnum64(g):
    return g.alnum(g.rint(48, 64))


def s_documenso(g):
    return "api_" + g.lalnum(g.rint(16, 24))


def s_hex128(g):
    return g.hexs(128)


def s_b64_32(g):
    return g.b64(32)


def s_password(g):
    return g.password()


def s_password_url(g):
    while True:
        s = g.chars(ALNUM + "-_~", g.rint(16, 28))
        if any(c in DIGITS for c in s) and any(c in UPPER for c in s) and any(c in LOWER for c in s):
            return s


def s_slack(g):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        g.chars(UPPER + DIGITS, g.rint(8, 10)), g.chars(UPPER + DIGITS, g.rint(8, 10)), g.alnum(24))


def s_whsec(g):
    return g.pick([g.alnum(32), g.hexs(64), g.b64url(32)])


# ----------------------------------------------------------------------------
# template registry
# ----------------------------------------------------------------------------

POS = []   # positive templates (re-used by the first half of the negatives)
NEG = []   # look-alike negative templates

# documented example / sample values per provider (never used as positives)
DOC_EXAMPLES = {
    "docusign": ["{INTEGRATION_KEY_JWT}", "{IMPERSONATED_USER_ID}", "{SECRET_KEY}",
                 "{HMAC_KEY}", "{ACCESS_TOKEN}"],
    "dropbox_sign": ["YOUR_SECRET_API_KEY_HERE", "1d14434088507ffa390e6f5528465",
                     "ACCESS_TOKEN_GRANTED_BY_OAUTH", "YOUR_API_KEY"],
    "pandadoc": ["YOUR_API_KEY", "{{api_key}}", "{{oauth_key}}"],
    "zoho_sign": ["1000.86a03ca5dbfccb7445b1889b8215efb0.cad9e1ae4989a1196fe05aa729fcb4e1",
                  "122c324d3496d5d777ceeebc129470715fbb856b7", "<Oauth Token>"],
    "documenso": ["api_xxxxxxxxxxxxxxxx"],
    "boldsign": ["{your API key}", "YOUR_API_KEY"],
    "signrequest": ["YOUR_API_KEY"],
    "ironclad": ["{YOUR_API_KEY_FROM_SECURE_METHOD}"],
    "adobe_sign": ["<integration-key>", "YOUR_INTEGRATION_KEY"],
}


def pos(provider, kind, secret, paths, lang, env, pem=None, weight=1):
    def deco(fn):
        POS.append({"id": fn.__name__, "provider": provider, "kind": kind, "secret": secret,
                    "paths": paths, "lang": lang, "env": env, "pem": pem, "render": fn,
                    "weight": weight})
        return fn
    return deco


def neg(kind, paths, provider="-"):
    def deco(fn):
        NEG.append({"id": fn.__name__, "provider": provider, "kind": kind, "paths": paths,
                    "render": fn})
        return fn
    return deco


def nm(g, conv, neutral):
    """About half the time the conventional name, otherwise a neutral one."""
    return g.pick(conv) if g.chance(0.5) else g.pick(neutral)


def indent(lines, n):
    return "\n".join((" " * n + l) if l else l for l in lines)


# ----------------------------------------------------------------------------
# DocuSign: RSA private keys for JWT grant
# ----------------------------------------------------------------------------

@pos("docusign", "rsa_private_key", "pem", ["appsettings.json", "src/@svc@/appsettings.Development.json",
     "src/Contracts.Api/appsettings.Staging.json"], "json", "DOCUSIGN_PRIVATE_KEY", pem="escaped")
def ds_appsettings_escaped(g, S):
    return T('''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "DocuSign": {
    "ClientId": "@cid@",
    "ImpersonatedUserId": "@uid@",
    "AccountId": "@aid@",
    "AuthServer": "@auth@",
    "BasePath": "https://@host@/restapi",
    "Scopes": [ "signature", "impersonation" ],
    "PrivateKey": "@S@"
  },
  "Storage": {
    "Container": "signed-agreements",
    "RetentionDays": @ret@
  }
}
''', cid=g.guid(), uid=g.guid(), aid=g.guid(), auth=g.ds_auth(), host=g.ds_host(),
        ret=g.pick([365, 730, 2555]), S=S)


@pos("docusign", "rsa_private_key", "pem", ["keys/docusign_private.key", "config/docusign/private.pem",
     "certs/ds-jwt-private.key", "secrets/docusign-rsa.pem", "private.key"], "pem",
     "DOCUSIGN_PRIVATE_KEY", pem="multi", weight=2)
def ds_key_file(g, S):
    return "\n".join(S) + "\n"


@pos("docusign", "rsa_private_key", "pem", ["app/jwt_config.py", "esign/docusign_settings.py",
     "config/ds_jwt.py"], "py", "DS_PRIVATE_KEY", pem="multi")
def ds_python_jwt(g, S):
    return T('''# DocuSign JWT grant settings for the @svc@ worker.
# See https://developers.docusign.com/platform/auth/jwt-get-token/

DS_JWT = {
    "ds_client_id": "@cid@",
    "ds_impersonated_user_id": "@uid@",  # user the integration acts as
    "authorization_server": "@auth@",
    "base_path": "https://@host@/restapi",
    "doc_pdf": "@doc@.pdf",
}

DS_PRIVATE_KEY = """@PEM@
"""

SCOPES = ["signature", "impersonation"]
''', svc=g.svc(), cid=g.guid(), uid=g.guid(), auth=g.ds_auth(), host=g.ds_host(),
        doc=g.doc_title().replace(" ", "_"), PEM="\n".join(S))


@pos("docusign", "rsa_private_key", "pem", ["deploy/values.yaml", "charts/@svc@/values-staging.yaml",
     "helm/esign/values.prod.yaml"], "yaml", "DOCUSIGN_PRIVATE_KEY", pem="multi")
def ds_helm_values(g, S):
    return T('''replicaCount: @rep@

image:
  repository: registry.example.com/@svc@
  tag: "@tag@"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 8080

docusign:
  integrationKey: "@cid@"
  userId: "@uid@"
  accountId: "@aid@"
  oauthHost: @auth@
  basePath: https://@host@/restapi
  privateKey: |
@PEM@

resources:
  limits:
    cpu: 500m
    memory: 512Mi
''', rep=g.rint(1, 4), svc=g.svc(), tag="%d.%d.%d" % (g.rint(1, 3), g.rint(0, 20), g.rint(0, 9)),
        cid=g.guid(), uid=g.guid(), aid=g.guid(), auth=g.ds_auth(), host=g.ds_host(),
        PEM=indent(S, 4))


@pos("docusign", "rsa_private_key", "pem", ["k8s/docusign-secret.yaml", "deploy/k8s/esign-credentials.yaml",
     "manifests/@svc@/secret.yaml"], "yaml", "DOCUSIGN_PRIVATE_KEY", pem="multi")
def ds_k8s_secret(g, S):
    return T('''apiVersion: v1
kind: Secret
metadata:
  name: @svc@-docusign
  namespace: @ns@
  labels:
    app.kubernetes.io/name: @svc@
type: Opaque
stringData:
  DOCUSIGN_INTEGRATION_KEY: "@cid@"
  DOCUSIGN_USER_ID: "@uid@"
  DOCUSIGN_ACCOUNT_ID: "@aid@"
  docusign_private.key: |
@PEM@
''', svc=g.svc(), ns=g.pick(["legal", "contracts", "default", "apps"]), cid=g.guid(), uid=g.guid(),
        aid=g.guid(), PEM=indent(S, 4))


@pos("docusign", "rsa_private_key", "pem", ["infra/docusign.tf", "terraform/modules/esign/secrets.tf",
     "infra/secrets/main.tf"], "tf", "docusign_private_key", pem="multi")
def ds_terraform(g, S):
    return T('''resource "aws_secretsmanager_secret" "docusign_jwt" {
  name        = "@svc@/docusign-jwt"
  description = "DocuSign JWT grant key for @svc@"
  tags = {
    team = "legal-eng"
  }
}

resource "aws_secretsmanager_secret_version" "docusign_jwt" {
  secret_id     = aws_secretsmanager_secret.docusign_jwt.id
  secret_string = <<-EOT
@PEM@
  EOT
}

output "docusign_secret_arn" {
  value = aws_secretsmanager_secret.docusign_jwt.arn
}
''', svc=g.svc(), PEM=indent(S, 4))


@pos("docusign", "rsa_private_key", "pem", ["src/config/docusign.js", "lib/dsConfig.js",
     "server/esign/config.js"], "js", "DS_PRIVATE_KEY", pem="multi")
def ds_node_template_literal(g, S):
    return T('''// DocuSign JWT configuration used by the envelope sender
const path = require('path');

module.exports = {
  dsClientId: '@cid@',
  impersonatedUserGuid: '@uid@',
  dsOauthServer: 'https://@auth@',
  dsApiBase: 'https://@host@/restapi',
  targetAccountId: false,
  signerReturnUrl: 'https://@app@/signing/complete',
  templatesDir: path.join(__dirname, '..', 'templates'),
  privateKey: `@PEM@`,
};
''', cid=g.guid(), uid=g.guid(), auth=g.ds_auth(), host=g.ds_host(),
        app=g.pick(["app.example.com", "portal.example.org", "sign.corp.example"]), PEM="\n".join(S))


@pos("docusign", "rsa_private_key", "pem", ["src/main/resources/application.properties",
     "config/docusign.properties"], "props", "DOCUSIGN_PRIVATE_KEY", pem="escaped")
def ds_properties_escaped(g, S):
    return T('''server.port=8080
spring.application.name=@svc@
spring.jpa.hibernate.ddl-auto=validate

docusign.client-id=@cid@
docusign.user-id=@uid@
docusign.account-id=@aid@
docusign.oauth-base-path=@auth@
docusign.base-path=https://@host@/restapi
docusign.private-key=@S@

management.endpoints.web.exposure.include=health,info
''', svc=g.svc(), cid=g.guid(), uid=g.guid(), aid=g.guid(), auth=g.ds_auth(), host=g.ds_host(), S=S)


@pos("docusign", "rsa_private_key", "pem", [".env", ".env.local"], "env", "DOCUSIGN_PRIVATE_KEY",
     pem="escaped")
def ds_dotenv_escaped(g, S):
    return T('''NODE_ENV=development
PORT=3000
DOCUSIGN_INTEGRATION_KEY=@cid@
DOCUSIGN_USER_ID=@uid@
DOCUSIGN_ACCOUNT_ID=@aid@
DOCUSIGN_OAUTH_SERVER=@auth@
DOCUSIGN_PRIVATE_KEY="@S@"
''', cid=g.guid(), uid=g.guid(), aid=g.guid(), auth=g.ds_auth(), S=S)


@pos("docusign", "rsa_private_key", "pem", ["docs/runbooks/docusign-staging.md", "docs/esign-setup.md",
     "README.md"], "md", "DOCUSIGN_PRIVATE_KEY", pem="multi")
def ds_markdown(g, S):
    return T('''# DocuSign staging integration

The staging stack signs envelopes as the service user `@email@`
(user id `@uid@`) through the JWT grant.

| Setting | Value |
|---|---|
| Integration key | `@cid@` |
| Account id | `@aid@` |
| Auth server | `@auth@` |

## Key pair

Until the vault migration is done, the staging key lives here so the QA
team can run `make send-test-envelope`:

```
@PEM@
```

Rotate it in *Apps and Keys* after the migration (ticket LEGAL-@tk@).
''', email=g.email(), uid=g.guid(), cid=g.guid(), aid=g.guid(), auth=g.ds_auth(),
        tk=g.rint(100, 999), PEM="\n".join(S))


@pos("docusign", "rsa_private_key", "pem", ["postman/DocuSign.postman_environment.json",
     "tools/postman/esign-staging.postman_environment.json"], "json", "privateKey", pem="escaped")
def ds_postman_env(g, S):
    return T('''{
  "id": "@pid@",
  "name": "DocuSign @envname@",
  "values": [
    { "key": "baseUrl", "value": "https://@host@/restapi/v2.1", "type": "default", "enabled": true },
    { "key": "accountId", "value": "@aid@", "type": "default", "enabled": true },
    { "key": "integrationKey", "value": "@cid@", "type": "default", "enabled": true },
    { "key": "userId", "value": "@uid@", "type": "default", "enabled": true },
    { "key": "privateKey", "value": "@S@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "@ts@",
  "_postman_exported_using": "Postman/10.@pv@"
}
''', pid=g.guid(), envname=g.pick(["Demo", "Staging", "Sandbox"]), host=g.ds_host(), aid=g.guid(),
        cid=g.guid(), uid=g.guid(), ts=g.ts(), pv="%d.%d" % (g.rint(10, 24), g.rint(0, 9)), S=S)


@pos("docusign", "rsa_private_key", "pem", ["src/Contracts.Infrastructure/DocuSign/DocuSignKeys.cs",
     "Services/Esign/JwtKey.cs"], "cs", "DOCUSIGN_PRIVATE_KEY", pem="multi")
def ds_csharp_verbatim(g, S):
    return T('''using System.Text;
using DocuSign.eSign.Client;

namespace @ns@.DocuSign
{
    internal static class DocuSignKeys
    {
        public const string IntegrationKey = "@cid@";
        public const string ImpersonatedUserId = "@uid@";
        public const string OAuthBasePath = "@auth@";

        // TODO(legal-eng): load from Key Vault
        private const string RsaKey = @"@PEM@";

        public static byte[] PrivateKeyBytes => Encoding.UTF8.GetBytes(RsaKey);

        public static OAuth.OAuthToken RequestToken(DocuSignClient client) =>
            client.RequestJWTUserToken(IntegrationKey, ImpersonatedUserId, OAuthBasePath,
                PrivateKeyBytes, 1, new[] { "signature", "impersonation" });
    }
}
''', ns=g.pick(["Contracts.Infrastructure", "Northwind.Esign", "Onboarding.Services"]),
        cid=g.guid(), uid=g.guid(), auth=g.ds_auth(), PEM="\n".join(S))


@pos("docusign", "rsa_private_key", "pem", ["config/initializers/docusign.rb", "lib/esign/docusign_jwt.rb"],
     "rb", "DOCUSIGN_PRIVATE_KEY", pem="multi")
def ds_ruby_heredoc(g, S):
    return T('''# frozen_string_literal: true

require "docusign_esign"

DOCUSIGN_SETTINGS = {
  integration_key: "@cid@",
  impersonated_user_guid: "@uid@",
  aud: "@auth@",
  account_id: "@aid@"
}.freeze

DOCUSIGN_RSA_KEY = <<~PEM
@PEM@
PEM

Rails.application.config.x.docusign = DOCUSIGN_SETTINGS.merge(private_key: DOCUSIGN_RSA_KEY)
''', cid=g.guid(), uid=g.guid(), auth=g.ds_auth(), aid=g.guid(), PEM=indent(S, 2))


@pos("docusign", "rsa_private_key", "pem", ["config/docusign.php"], "php", "DOCUSIGN_PRIVATE_KEY",
     pem="multi")
def ds_laravel_config(g, S):
    return T('''<?php

return [

    /*
    |--------------------------------------------------------------------------
    | DocuSign eSignature
    |--------------------------------------------------------------------------
    */

    'integration_key' => env('DOCUSIGN_INTEGRATION_KEY', '@cid@'),
    'user_id' => env('DOCUSIGN_USER_ID', '@uid@'),
    'account_id' => env('DOCUSIGN_ACCOUNT_ID', '@aid@'),
    'oauth_base_path' => '@auth@',
    'base_path' => 'https://@host@/restapi',

    'private_key' => "@PEM@",

    'scopes' => ['signature', 'impersonation'],
];
''', cid=g.guid(), uid=g.guid(), aid=g.guid(), auth=g.ds_auth(), host=g.ds_host(), PEM="\n".join(S))


# ----------------------------------------------------------------------------
# DocuSign: secret keys, Connect HMAC keys, access / refresh tokens
# ----------------------------------------------------------------------------

@pos("docusign", "oauth_client_secret", s_guid, ["appsettings.json", "src/@svc@/appsettings.Production.json"],
     "json", "DOCUSIGN_SECRET_KEY")
def ds_secret_appsettings(g, S):
    name = nm(g, ["SecretKey", "ClientSecret"], ["AppSecret", "Key2", "AuthCodeValue"])
    return T('''{
  "ConnectionStrings": {
    "Contracts": "Server=sql-legal;Database=Contracts;Integrated Security=true;TrustServerCertificate=true"
  },
  "DocuSign": {
    "IntegrationKey": "@cid@",
    "@name@": "@S@",
    "RedirectUri": "https://@app@/ds/callback",
    "AuthServer": "https://@auth@",
    "AppUrl": "https://@app@"
  },
  "FeatureFlags": {
    "BulkSend": @bulk@,
    "EmbeddedSigning": true
  }
}
''', cid=g.guid(), name=name, app=g.pick(["localhost:44333", "contracts.example.com", "hr.example.org"]),
        auth=g.ds_auth(), bulk=g.pick(["true", "false"]), S=S)


@pos("docusign", "oauth_client_secret", s_guid, ["src/main/resources/application.yml",
     "src/main/resources/application-prod.yml"], "yaml", "DOCUSIGN_CLIENT_SECRET")
def ds_secret_spring(g, S):
    name = nm(g, ["client-secret", "secret-key"], ["app-credential", "auth-value"])
    return T('''spring:
  application:
    name: @svc@
  security:
    oauth2:
      client:
        registration:
          docusign:
            client-id: @cid@
            @name@: "@S@"
            authorization-grant-type: authorization_code
            redirect-uri: "{baseUrl}/login/oauth2/code/{registrationId}"
            scope: signature
        provider:
          docusign:
            authorization-uri: https://@auth@/oauth/auth
            token-uri: https://@auth@/oauth/token
            user-info-uri: https://@auth@/oauth/userinfo
            user-name-attribute: sub
server:
  port: 8443
''', svc=g.svc(), cid=g.guid(), name=name, auth=g.ds_auth(), S=S)


@pos("docusign", "hmac_key", s_ds_hmac, ["src/webhooks/docusignConnect.js", "server/routes/connect.js",
     "api/webhooks/docusign.js"], "js", "DOCUSIGN_CONNECT_HMAC_KEY")
def ds_hmac_node(g, S):
    name = nm(g, ["DOCUSIGN_HMAC_KEY", "CONNECT_HMAC_SECRET"], ["connectKey", "K1", "verifier"])
    return T('''const crypto = require('crypto');
const express = require('express');

const router = express.Router();
const @name@ = '@S@';

function isValid(rawBody, header) {
  const digest = crypto.createHmac('sha256', @name@).update(rawBody).digest('base64');
  return header && crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(header));
}

router.post('/docusign/connect', express.raw({ type: '*/*' }), (req, res) => {
  if (!isValid(req.body, req.get('X-DocuSign-Signature-1'))) {
    return res.status(401).end();
  }
  const event = JSON.parse(req.body.toString('utf8'));
  console.log('envelope %s -> %s', event.data.envelopeId, event.event);
  res.sendStatus(200);
});

module.exports = router;
''', name=name, S=S)


@pos("docusign", "hmac_key", s_ds_hmac, ["app/webhooks.py", "esign/connect_listener.py",
     "contracts/views/docusign_hook.py"], "py", "DOCUSIGN_HMAC_KEY")
def ds_hmac_flask(g, S):
    name = nm(g, ["DOCUSIGN_HMAC_KEY", "CONNECT_HMAC_KEY"], ["SHARED", "hook_key", "_k"])
    return T('''import base64
import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("docusign_connect", __name__)

@name@ = "@S@"


def _valid(body: bytes, sig: str) -> bool:
    mac = hmac.new(@name@.encode("utf-8"), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(mac).decode(), sig or "")


@bp.route("/hooks/docusign", methods=["POST"])
def connect_event():
    if not _valid(request.get_data(), request.headers.get("X-DocuSign-Signature-1")):
        abort(401)
    payload = request.get_json(force=True)
    envelope_id = payload["data"]["envelopeId"]
    status = payload["event"]
    return {"envelopeId": envelope_id, "status": status}, 200
''', name=name, S=S)


@pos("docusign", "hmac_key", s_ds_hmac, ["src/Api/Webhooks/ConnectHmac.cs", "Webhooks/DocuSignConnectController.cs"],
     "cs", "DOCUSIGN_HMAC_KEY")
def ds_hmac_csharp(g, S):
    name = nm(g, ["HmacKey", "ConnectHmacSecret"], ["Shared", "K", "ListenerValue"])
    return T('''using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Contracts.Api.Webhooks
{
    [ApiController]
    [Route("webhooks/docusign")]
    public class DocuSignConnectController : ControllerBase
    {
        private const string @name@ = "@S@";

        private static string ComputeHash(string secret, string payload)
        {
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
        }

        [HttpPost]
        public IActionResult Receive([FromBody] string body,
            [FromHeader(Name = "X-DocuSign-Signature-1")] string signature)
        {
            var expected = Convert.FromBase64String(ComputeHash(@name@, body));
            var actual = Convert.FromBase64String(signature ?? string.Empty);
            return CryptographicOperations.FixedTimeEquals(expected, actual) ? Ok() : Unauthorized();
        }
    }
}
''', name=name, S=S)


@pos("docusign", "access_token", s_ds_access, ["scripts/list_envelopes.sh", "scripts/void-envelope.sh",
     "tools/ds-curl.sh"], "sh", "DS_ACCESS_TOKEN")
def ds_token_curl(g, S):
    return T('''#!/usr/bin/env bash
# List envelopes changed in the last @days@ days (demo account)
set -euo pipefail

ACCOUNT_ID="@aid@"
BASE="https://@host@/restapi/v2.1/accounts/${ACCOUNT_ID}"
FROM=$(date -u -d "-@days@ days" +%Y-%m-%dT%H:%M:%SZ)

curl -sS --fail \\
  -H "Authorization: Bearer @S@" \\
  -H "Accept: application/json" \\
  "${BASE}/envelopes?from_date=${FROM}&status=completed" | jq '.envelopes[] | {envelopeId, status, emailSubject}'
''', days=g.rint(2, 30), aid=g.guid(), host=g.ds_host(), S=S)


@pos("docusign", "access_token", s_ds_access, ["logs/esign-worker.log", "var/log/@svc@/debug.log"], "log",
     "DS_ACCESS_TOKEN")
def ds_token_log(g, S):
    t = g.date()
    return T('''@t@ 10:14:02,118 INFO  [envelope-sender] Sending envelope for deal D-@deal@ (@title@)
@t@ 10:14:02,120 DEBUG [http] POST https://@host@/restapi/v2.1/accounts/@aid@/envelopes
@t@ 10:14:02,120 DEBUG [http] > Content-Type: application/json
@t@ 10:14:02,121 DEBUG [http] > Authorization: Bearer @S@
@t@ 10:14:02,121 DEBUG [http] > User-Agent: Swagger-Codegen/v2.1/6.0.0/csharp
@t@ 10:14:02,734 DEBUG [http] < 201 Created (613 ms)
@t@ 10:14:02,735 INFO  [envelope-sender] envelopeId=@eid@ status=sent recipients=@n@
''', t=t, deal=g.rint(10000, 99999), title=g.doc_title(), host=g.ds_host(), aid=g.guid(), eid=g.guid(),
        n=g.rint(1, 4), S=S)


@pos("docusign", "refresh_token", s_ds_refresh, [".docusign/token_cache.json", "var/cache/ds_tokens.json",
     "storage/app/docusign-token.json"], "json", "DS_REFRESH_TOKEN")
def ds_refresh_json(g, S):
    return T('''{
  "token_type": "Bearer",
  "scope": "signature extended",
  "expires_in": 28800,
  "obtained_at": "@ts@",
  "refresh_token": "@S@",
  "account_id": "@aid@",
  "base_uri": "https://@host@"
}
''', ts=g.ts(), aid=g.guid(), host=g.ds_host(), S=S)


@pos("docusign", "access_token", s_ds_access, ["http/docusign.http", "requests/envelopes.http"], "http",
     "DS_ACCESS_TOKEN")
def ds_http_file(g, S):
    name = nm(g, ["accessToken", "dsToken"], ["t", "auth", "hdr"])
    return T('''@base = https://@host@/restapi/v2.1
@account = @aid@
@@name@ = @S@

### Get envelope status
GET {{base}}/accounts/{{account}}/envelopes/@eid@
Authorization: Bearer {{@name@}}
Accept: application/json

### List templates
GET {{base}}/accounts/{{account}}/templates?count=25
Authorization: Bearer {{@name@}}
''', host=g.ds_host(), aid=g.guid(), eid=g.guid(), name=name, S=S)


@pos("docusign", "hmac_key", s_ds_hmac, [".env", ".env.production"], "env", "DOCUSIGN_HMAC_KEY")
def ds_dotenv_hmac(g, S):
    return T('''APP_NAME="@co@ Contracts"
APP_ENV=production
APP_DEBUG=false
LOG_CHANNEL=stack
DOCUSIGN_INTEGRATION_KEY=@cid@
DOCUSIGN_USER_ID=@uid@
DOCUSIGN_ACCOUNT_ID=@aid@
DOCUSIGN_BASE_PATH=https://@host@/restapi
DOCUSIGN_CONNECT_HMAC=@S@
QUEUE_CONNECTION=redis
''', co=g.company(), cid=g.guid(), uid=g.guid(), aid=g.guid(), host=g.ds_host(), S=S)


# ----------------------------------------------------------------------------
# Adobe Acrobat Sign
# ----------------------------------------------------------------------------

@pos("adobe_sign", "integration_key", s_adobe_key, ["integrations/adobe_sign/client.py", "clm/adobesign.py"],
     "py", "ADOBE_SIGN_INTEGRATION_KEY")
def adobe_key_python(g, S):
    name = nm(g, ["ADOBE_SIGN_INTEGRATION_KEY", "INTEGRATION_KEY"], ["TOKEN", "_auth", "acct_credential"])
    return T('''"""Thin Acrobat Sign REST v6 client used by the renewal job."""
import requests

API_BASE = "https://api.@shard@.adobesign.com/api/rest/v6"
@name@ = "@S@"


def _headers():
    return {"Authorization": "Bearer " + @name@, "Content-Type": "application/json"}


def agreement_status(agreement_id):
    r = requests.get(f"{API_BASE}/agreements/{agreement_id}", headers=_headers(), timeout=20)
    r.raise_for_status()
    return r.json()["status"]


def send_for_signature(transient_id, signer_email, name="@title@"):
    body = {
        "fileInfos": [{"transientDocumentId": transient_id}],
        "name": name,
        "participantSetsInfo": [{"memberInfos": [{"email": signer_email}], "order": 1, "role": "SIGNER"}],
        "signatureType": "ESIGN",
        "state": "IN_PROCESS",
    }
    return requests.post(f"{API_BASE}/agreements", json=body, headers=_headers(), timeout=30).json()["id"]
''', shard=g.adobe_shard(), name=name, title=g.doc_title(), S=S)


@pos("adobe_sign", "oauth_client_secret", s_adobe_secret, ["src/main/resources/adobesign.properties",
     "config/adobe-sign.properties"], "props", "ADOBE_SIGN_CLIENT_SECRET")
def adobe_secret_props(g, S):
    name = nm(g, ["adobesign.client-secret", "adobe.sign.clientSecret"], ["adobesign.app.value2", "sign.oauth.k"])
    return T('''# Acrobat Sign OAuth application "@co@ CLM"
adobesign.api-base=https://api.@shard@.adobesign.com/api/rest/v6
adobesign.oauth-url=https://secure.@shard@.adobesign.com/public/oauth/v2
adobesign.client-id=@cid@
@name@=@S@
adobesign.redirect-uri=https://@app@/oauth/adobe/callback
adobesign.scopes=user_login:self agreement_read:account agreement_write:account agreement_send:account
adobesign.webhook.url=https://@app@/hooks/adobe-sign
''', co=g.company(), shard=g.adobe_shard(), cid="CBJCHBCAABAA" + g.chars(UPPER + DIGITS + LOWER + "-_", 32),
        name=name, app=g.pick(["clm.example.com", "contracts.example.org"]), S=S)


@pos("adobe_sign", "refresh_token", s_adobe_key, ["config/connectors/adobe_sign.yaml", "connectors/adobe-sign.yml"],
     "yaml", "ADOBE_SIGN_REFRESH_TOKEN")
def adobe_refresh_yaml(g, S):
    name = nm(g, ["refresh_token", "adobe_refresh_token"], ["grant", "long_lived"])
    return T('''connector: adobe_sign
enabled: true
schedule: "*/15 * * * *"
api:
  access_point: https://api.@shard@.adobesign.com/
  web_access_point: https://secure.@shard@.adobesign.com/
oauth:
  client_id: @cid@
  client_secret: ${ADOBE_SIGN_CLIENT_SECRET}
  @name@: @S@
sync:
  agreements_since_days: @days@
  include_statuses: [SIGNED, CANCELLED, EXPIRED]
''', shard=g.adobe_shard(), cid="CBJCHBCAABAA" + g.chars(UPPER + DIGITS + LOWER, 32), name=name,
        days=g.rint(7, 90), S=S)


@pos("adobe_sign", "integration_key", s_adobe_key, ["scripts/adobe_sign_export.sh", "bin/agreements-report.sh"],
     "sh", "ADOBE_SIGN_INTEGRATION_KEY")
def adobe_key_curl(g, S):
    return T('''#!/bin/sh
# Export agreement list for the quarterly audit
API="https://api.@shard@.adobesign.com/api/rest/v6"

curl -s -G "$API/agreements" \\
  -H "Authorization: Bearer @S@" \\
  --data-urlencode "pageSize=100" \\
  -o "agreements-$(date +%F).json"

echo "exported to agreements-$(date +%F).json"
''', shard=g.adobe_shard(), S=S)


@pos("adobe_sign", "integration_key", s_adobe_key, ["src/lib/adobeSign.ts", "src/services/esign/adobe.ts"],
     "ts", "ADOBE_SIGN_INTEGRATION_KEY")
def adobe_key_ctor(g, S):
    return T('''import { AdobeSignClient } from '@internal/adobe-sign';
import type { Agreement } from './types';

export const adobe = new AdobeSignClient({
  apiAccessPoint: 'https://api.@shard@.adobesign.com/',
  integrationKey: '@S@',
  userEmail: '@email@',
  timeoutMs: 20000,
});

export async function listSigned(since: Date): Promise<Agreement[]> {
  const page = await adobe.agreements.search({ status: ['SIGNED'], modifiedDate: { gt: since.toISOString() } });
  return page.agreementAssetsResults.agreementAssetsResultList;
}
''', shard=g.adobe_shard(), email=g.email(), S=S)


# ----------------------------------------------------------------------------
# Dropbox Sign (HelloSign)
# ----------------------------------------------------------------------------

@pos("dropbox_sign", "api_key", s_hex64, ["scripts/send_nda.sh", "scripts/hellosign-send.sh",
     "ops/esign/send-test-request.sh"], "sh", "HELLOSIGN_API_KEY")
def dbx_curl_u(g, S):
    return T('''#!/usr/bin/env bash
# Send the standard NDA through Dropbox Sign (test mode)
set -e
SIGNER_EMAIL="${1:-@email@}"

curl -sS "https://api.hellosign.com/v3/signature_request/send_with_template" \\
  -u "@S@:" \\
  -F "template_ids[]=@tpl@" \\
  -F "subject=@title@" \\
  -F "signers[Client][name]=@person@" \\
  -F "signers[Client][email_address]=${SIGNER_EMAIL}" \\
  -F "test_mode=1"
''', email=g.email(), tpl=g.hexs(40), title=g.doc_title(), person=g.person(), S=S)


@pos("dropbox_sign", "api_key", s_hex64, ["docs/dropbox-sign.md", "docs/integrations/hellosign.md"], "md",
     "HELLOSIGN_API_KEY")
def dbx_url_md(g, S):
    return T('''## Checking the Dropbox Sign account

Quick sanity check used during the @co@ onboarding (production account):

```bash
curl "https://@S@:@api.hellosign.com/v3/account"
```

Templates in use:

| Template | id |
|---|---|
| @t1@ | `@id1@` |
| @t2@ | `@id2@` |
''', co=g.company(), t1=g.doc_title(), t2=g.doc_title(), id1=g.hexs(40), id2=g.hexs(40), S=S)


@pos("dropbox_sign", "api_key", s_hex64, ["config/services.php"], "php", "HELLOSIGN_API_KEY")
def dbx_laravel_services(g, S):
    name = nm(g, ["key", "api_key"], ["token", "value"])
    return T('''<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'dropbox_sign' => [
        '@name@' => '@S@',
        'client_id' => '@cid@',
        'test_mode' => @tm@,
        'callback_url' => '/webhooks/dropbox-sign',
    ],

];
''', name=name, cid=g.hexs(32), tm=g.pick(["true", "false"]), S=S)


@pos("dropbox_sign", "api_key", s_hex64, ["config/initializers/dropbox_sign.rb"], "rb", "DROPBOX_SIGN_API_KEY")
def dbx_ruby(g, S):
    return T('''require "dropbox-sign"

Dropbox::Sign.configure do |config|
  # HTTP basic: API key as user name, blank password
  config.username = "@S@"
  config.debugging = Rails.env.development?
end

DROPBOX_SIGN_TEMPLATE_IDS = {
  offer_letter: "@t1@",
  contractor_agreement: "@t2@"
}.freeze
''', t1=g.hexs(40), t2=g.hexs(40), S=S)


@pos("dropbox_sign", "api_key", s_hex64, ["esign/dropbox_sign_client.py", "app/services/hellosign.py"], "py",
     "DROPBOX_SIGN_API_KEY")
def dbx_python(g, S):
    name = nm(g, ["DROPBOX_SIGN_API_KEY", "HELLOSIGN_API_KEY"], ["creds", "k", "PRIMARY"])
    return T('''from dropbox_sign import ApiClient, Configuration, apis, models

@name@ = "@S@"

configuration = Configuration(username=@name@)


def send_offer(name: str, email: str, file_path: str) -> str:
    with ApiClient(configuration) as client:
        api = apis.SignatureRequestApi(client)
        req = models.SignatureRequestSendRequest(
            title="@title@",
            signers=[models.SubSignatureRequestSigner(email_address=email, name=name, order=0)],
            files=[open(file_path, "rb")],
            test_mode=True,
        )
        return api.signature_request_send(req).signature_request.signature_request_id
''', name=name, title=g.doc_title(), S=S)


@pos("dropbox_sign", "oauth_client_secret", s_hex32, ["src/oauth/dropboxSign.ts", "server/auth/hellosign-oauth.ts"],
     "ts", "DROPBOX_SIGN_CLIENT_SECRET")
def dbx_oauth_ts(g, S):
    name = nm(g, ["clientSecret", "DROPBOX_SIGN_CLIENT_SECRET"], ["appValue", "s2"])
    return T('''import * as DropboxSign from '@dropbox/sign';

const oAuthApi = new DropboxSign.OAuthApi();

const clientId = '@cid@';
const @name@ = '@S@';

export async function exchangeCode(code: string, state: string) {
  const data = new DropboxSign.OAuthTokenGenerateRequest();
  data.state = state;
  data.code = code;
  data.clientId = clientId;
  data.clientSecret = @name@;
  const result = await oAuthApi.oauthTokenGenerate(data);
  return result.body;
}
''', cid=g.hexs(32), name=name, S=S)


@pos("dropbox_sign", "api_key", s_hex64, ["appsettings.json", "src/Hr.Offers/appsettings.json"], "json",
     "DROPBOX_SIGN_API_KEY")
def dbx_appsettings(g, S):
    name = nm(g, ["ApiKey", "HelloSignApiKey"], ["Credential", "Primary"])
    return T('''{
  "Serilog": {
    "MinimumLevel": "Information"
  },
  "DropboxSign": {
    "@name@": "@S@",
    "ClientId": "@cid@",
    "TestMode": @tm@,
    "Templates": {
      "OfferLetter": "@t1@"
    }
  }
}
''', name=name, cid=g.hexs(32), tm=g.pick(["true", "false"]), t1=g.hexs(40), S=S)


# ----------------------------------------------------------------------------
# PandaDoc
# ----------------------------------------------------------------------------

@pos("pandadoc", "api_key", s_hex40, ["force-app/main/default/classes/PandaDocService.cls",
     "src/classes/PandaDocCallout.cls"], "apex", "PANDADOC_API_KEY")
def pandadoc_apex(g, S):
    return T('''public with sharing class PandaDocService {
    private static final String BASE_URL = 'https://api.pandadoc.com/public/v1';

    public class DocumentResult {
        public String id;
        public String status;
    }

    @AuraEnabled
    public static DocumentResult createFromTemplate(Id opportunityId, String templateUuid) {
        Opportunity opp = [SELECT Name, Account.Name FROM Opportunity WHERE Id = :opportunityId];
        HttpRequest req = new HttpRequest();
        req.setEndpoint(BASE_URL + '/documents');
        req.setMethod('POST');
        req.setHeader('Content-Type', 'application/json');
        req.setHeader('Authorization', 'API-Key @S@');
        req.setBody(JSON.serialize(new Map<String, Object>{
            'name' => opp.Name + ' - @title@',
            'template_uuid' => templateUuid
        }));
        HttpResponse res = new Http().send(req);
        return (DocumentResult) JSON.deserialize(res.getBody(), DocumentResult.class);
    }
}
''', title=g.doc_title(), S=S)


@pos("pandadoc", "api_key", s_hex40, ["quotes/pandadoc_client.py", "app/integrations/pandadoc.py"], "py",
     "PANDADOC_API_KEY")
def pandadoc_python(g, S):
    name = nm(g, ["PANDADOC_API_KEY", "api_key"], ["key_prod", "secret_value", "pd"])
    return T('''import pandadoc_client
from pandadoc_client.api import documents_api

@name@ = "@S@"

cfg = pandadoc_client.Configuration(
    host="https://api.pandadoc.com",
    api_key={"apiKey": f"API-Key {@name@}"},
)


def document_status(document_id: str) -> str:
    with pandadoc_client.ApiClient(cfg) as api_client:
        api = documents_api.DocumentsApi(api_client)
        return api.status_document(document_id).status
''', name=name, S=S)


@pos("pandadoc", "api_key", s_hex40, ["force-app/main/default/namedCredentials/PandaDoc.namedCredential-meta.xml"],
     "xml", "PANDADOC_API_KEY")
def pandadoc_named_credential(g, S):
    return T('''<?xml version="1.0" encoding="UTF-8"?>
<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
    <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
    <allowMergeFieldsInHeader>true</allowMergeFieldsInHeader>
    <endpoint>https://api.pandadoc.com/public/v1</endpoint>
    <generateAuthorizationHeader>false</generateAuthorizationHeader>
    <label>PandaDoc</label>
    <principalType>NamedUser</principalType>
    <protocol>Password</protocol>
    <username>@user@</username>
    <password>@S@</password>
</NamedCredential>
''', user=g.pick(["api", "pandadoc-integration", g.email()]), S=S)


@pos("pandadoc", "api_key", s_hex40, [".github/workflows/quote-sync.yml", ".github/workflows/nightly-pandadoc.yml"],
     "gha", "PANDADOC_API_KEY")
def pandadoc_gha(g, S):
    return T('''name: Sync signed quotes

on:
  schedule:
    - cron: "@min@ 3 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      PANDADOC_API_KEY: @S@
      PANDADOC_WORKSPACE: "@ws@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m quotes.sync --since 1d
''', min=g.rint(0, 59), ws=g.alnum(22), S=S)


@pos("pandadoc", "oauth_client_secret", s_hex40, ["n8n/credentials/pandadoc.json", "workflows/creds/pandadoc-oauth.json"],
     "json", "PANDADOC_CLIENT_SECRET")
def pandadoc_oauth_json(g, S):
    return T('''{
  "name": "PandaDoc OAuth2 (@co@)",
  "type": "oAuth2Api",
  "data": {
    "grantType": "authorizationCode",
    "authUrl": "https://app.pandadoc.com/oauth2/authorize",
    "accessTokenUrl": "https://api.pandadoc.com/oauth2/access_token",
    "clientId": "@cid@",
    "clientSecret": "@S@",
    "scope": "read+write",
    "authentication": "body"
  },
  "updatedAt": "@ts@"
}
''', co=g.company(), cid=g.hexs(40), ts=g.ts(), S=S)


@pos("pandadoc", "api_key", s_hex40, ["db/seeds/002_integrations.sql", "migrations/20240611_seed_providers.sql"],
     "sql", "PANDADOC_API_KEY")
def pandadoc_sql_seed(g, S):
    return T('''-- seed integration settings for the demo tenant
INSERT INTO tenants (id, name, region) VALUES (@tid@, '@co@', 'us-east-1');

INSERT INTO integration_settings (tenant_id, provider, base_url, api_key, enabled, created_at)
VALUES (@tid@, 'pandadoc', 'https://api.pandadoc.com/public/v1', '@S@', TRUE, '@d@');

INSERT INTO integration_settings (tenant_id, provider, base_url, api_key, enabled, created_at)
VALUES (@tid@, 'docusign', 'https://@host@/restapi', NULL, FALSE, '@d@');
''', tid=g.rint(1, 500), co=g.company(), d=g.date(), host=g.ds_host(), S=S)


# ----------------------------------------------------------------------------
# SignNow
# ----------------------------------------------------------------------------

@pos("signnow", "basic_auth_token", s_signnow_basic, ["scripts/signnow_token.sh", "tools/sn-auth.sh"], "sh",
     "SIGNNOW_BASIC_TOKEN")
def signnow_basic_curl(g, S):
    return T('''#!/usr/bin/env bash
# Get a signNow bearer token for the integration user
set -euo pipefail
: "${SIGNNOW_PASSWORD:?set SIGNNOW_PASSWORD}"

curl -sS -X POST "https://api.signnow.com/oauth2/token" \\
  -H "Authorization: Basic @S@" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  --data-urlencode "username=@email@" \\
  --data-urlencode "password=${SIGNNOW_PASSWORD}" \\
  --data "grant_type=password&scope=*" | jq -r .access_token
''', email=g.email(), S=S)


@pos("signnow", "basic_auth_token", s_signnow_basic, ["config/esign.toml", "settings/signnow.toml"], "toml",
     "SIGNNOW_BASIC_TOKEN")
def signnow_toml(g, S):
    name = nm(g, ["basic_token", "signnow_basic_token"], ["app_auth", "b"])
    return T('''[app]
name = "@svc@"
log_level = "info"

[signnow]
api_base = "https://api.signnow.com"
@name@ = "@S@"
username = "@email@"
template_id = "@tpl@"

[storage]
bucket = "signed-docs-@env@"
''', svc=g.svc(), name=name, email=g.email(), tpl=g.hexs(40), env=g.pick(["prod", "stage"]), S=S)


@pos("signnow", "access_token", s_hex64, ["internal/esign/signnow.go", "pkg/signnow/client.go"], "go",
     "SIGNNOW_ACCESS_TOKEN")
def signnow_go(g, S):
    return T('''package esign

import (
	"net/http"
	"time"

	"example.com/clm/pkg/signnow"
)

// NewDefaultClient returns the client used by the invite worker.
func NewDefaultClient() *signnow.Client {
	httpClient := &http.Client{Timeout: @to@ * time.Second}
	return signnow.NewClient("https://api.signnow.com", "@S@", httpClient)
}
''', to=g.rint(10, 60), S=S)


# ----------------------------------------------------------------------------
# BoldSign
# ----------------------------------------------------------------------------

@pos("boldsign", "api_key", s_boldsign, ["src/Signing/BoldSignFactory.cs", "Services/BoldSignService.cs"], "cs",
     "BOLDSIGN_API_KEY")
def boldsign_csharp(g, S):
    return T('''using BoldSign.Api;
using BoldSign.Model;

namespace Signing
{
    public static class BoldSignFactory
    {
        public static DocumentClient Create()
        {
            var apiClient = new ApiClient("https://api.boldsign.com", "@S@");
            return new DocumentClient(apiClient);
        }

        public static DocumentCreated SendNda(DocumentClient client, string name, string email) =>
            client.SendDocument(new SendForSign
            {
                Title = "@title@",
                Signers = new List<DocumentSigner> { new DocumentSigner(name, SignerType.Signer, email) },
                Files = new List<IDocumentFile> { new DocumentFilePath { FilePath = "nda.pdf", ContentType = "application/pdf" } }
            });
    }
}
''', title=g.doc_title(), S=S)


@pos("boldsign", "api_key", s_boldsign, ["docker-compose.yml", "deploy/docker-compose.staging.yml"], "yaml",
     "BOLDSIGN_API_KEY")
def boldsign_compose(g, S):
    name = nm(g, ["BOLDSIGN_API_KEY", "BOLDSIGN_KEY"], ["SIGN_PROVIDER_CRED", "X_KEY"])
    return T('''services:
  api:
    build: .
    ports:
      - "8080:8080"
    environment:
      ASPNETCORE_ENVIRONMENT: Staging
      SIGN_PROVIDER: boldsign
      BOLDSIGN_BASE_URL: https://api.boldsign.com
      @name@: "@S@"
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
''', name=name, S=S)


# ----------------------------------------------------------------------------
# Zoho Sign
# ----------------------------------------------------------------------------

@pos("zoho_sign", "refresh_token", s_zoho_token, ["zoho/sign_client.py", "integrations/zoho_sign.py"], "py",
     "ZOHO_SIGN_REFRESH_TOKEN")
def zoho_refresh_py(g, S):
    name = nm(g, ["ZOHO_REFRESH_TOKEN", "REFRESH_TOKEN"], ["GRANT", "persisted"])
    return T('''import os
import requests

ACCOUNTS = "https://accounts.zoho.@dc@"
CLIENT_ID = "1000.@cid@"
CLIENT_SECRET = os.environ["ZOHO_CLIENT_SECRET"]
@name@ = "@S@"


def access_token() -> str:
    r = requests.post(f"{ACCOUNTS}/oauth/v2/token", params={
        "refresh_token": @name@,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "refresh_token",
    }, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]


def list_requests():
    hdr = {"Authorization": "Zoho-oauthtoken " + access_token()}
    return requests.get("https://sign.zoho.@dc@/api/v1/requests", headers=hdr, timeout=15).json()
''', dc=g.zoho_dc(), cid=g.chars(UPPER + DIGITS, 30), name=name, S=S)


@pos("zoho_sign", "oauth_client_secret", s_zoho_secret, ["config/zoho_sign.ini", "etc/clm/zoho.cfg"], "ini",
     "ZOHO_CLIENT_SECRET")
def zoho_secret_ini(g, S):
    name = nm(g, ["client_secret", "zoho_client_secret"], ["app_pass", "value"])
    return T('''[zoho_sign]
accounts_url = https://accounts.zoho.@dc@
api_url = https://sign.zoho.@dc@/api/v1
client_id = 1000.@cid@
@name@ = @S@
redirect_uri = https://@app@/oauth/zoho
scope = ZohoSign.documents.ALL,ZohoSign.templates.ALL

[worker]
poll_seconds = @p@
''', dc=g.zoho_dc(), cid=g.chars(UPPER + DIGITS, 30), name=name,
        app=g.pick(["clm.example.com", "hr.example.org"]), p=g.rint(30, 600), S=S)


@pos("zoho_sign", "access_token", s_zoho_token, ["logs/zoho-sync.log", "var/log/clm/zoho.log"], "log",
     "ZOHO_SIGN_ACCESS_TOKEN")
def zoho_log(g, S):
    d = g.date()
    return T('''[@d@ 02:00:01] INFO sync: starting Zoho Sign pull (since=@d@T00:00:00Z)
[@d@ 02:00:01] DEBUG http: GET https://sign.zoho.@dc@/api/v1/requests?data={"page_context":{"row_count":50}}
[@d@ 02:00:01] DEBUG http: headers={'Authorization': 'Zoho-oauthtoken @S@', 'Accept': 'application/json'}
[@d@ 02:00:02] DEBUG http: 200 OK in 412ms
[@d@ 02:00:02] INFO sync: 37 requests, 5 completed, 0 declined
''', d=d, dc=g.zoho_dc(), S=S)


# ----------------------------------------------------------------------------
# Yousign, Signeasy, Ironclad
# ----------------------------------------------------------------------------

@pos("yousign", "api_key", s_alnum32, ["app/Services/YousignService.php", "src/Service/Yousign/Client.php"], "php",
     "YOUSIGN_API_KEY")
def yousign_php(g, S):
    return T('''<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class YousignService
{
    private string $base = 'https://api@sb@.yousign.app/v3';

    public function createRequest(string $name): array
    {
        return Http::withToken('@S@')
            ->acceptJson()
            ->post($this->base . '/signature_requests', [
                'name' => $name,
                'delivery_mode' => 'email',
                'timezone' => 'Europe/Paris',
            ])
            ->throw()
            ->json();
    }
}
''', sb=g.pick(["", "-sandbox"]), S=S)


@pos("yousign", "webhook_secret", s_whsec, ["src/webhooks/yousign.ts", "api/hooks/yousign.ts"], "ts",
     "YOUSIGN_WEBHOOK_SECRET")
def yousign_webhook_ts(g, S):
    name = nm(g, ["YOUSIGN_WEBHOOK_SECRET", "webhookSecret"], ["sigKey", "HOOK"])
    return T('''import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

const @name@ = '@S@';

export function yousignWebhook(req: Request, res: Response) {
  const expected = 'sha256=' + createHmac('sha256', @name@).update(req.body as Buffer).digest('hex');
  const got = String(req.headers['x-yousign-signature-256'] ?? '');
  if (got.length !== expected.length || !timingSafeEqual(Buffer.from(got), Buffer.from(expected))) {
    return res.status(401).send('bad signature');
  }
  const evt = JSON.parse((req.body as Buffer).toString());
  console.info('yousign event', evt.event_name, evt.data?.signature_request?.id);
  return res.sendStatus(204);
}
''', name=name, S=S)


@pos("signeasy", "access_token", s_alnum40, ["src/clients/signeasy.js", "lib/signeasy.js"], "js",
     "SIGNEASY_ACCESS_TOKEN")
def signeasy_js(g, S):
    return T('''const axios = require('axios');

const signeasy = axios.create({
  baseURL: 'https://api@sb@.signeasy.com/v3',
  timeout: 15000,
  headers: { Authorization: 'Bearer @S@' },
});

async function sendEnvelope(originalId, recipients) {
  const { data } = await signeasy.post('/rs/envelope/', {
    embedded_signing: false,
    is_ordered: true,
    sources: [{ id: 1, type: 'original', source_id: originalId, name: '@title@' }],
    recipients,
  });
  return data.id;
}

module.exports = { sendEnvelope };
''', sb=g.pick(["", "-sandbox"]), title=g.doc_title(), S=S)


@pos("ironclad", "api_key", s_alnum64, ["clm/ironclad.py", "scripts/ironclad_export.py"], "py",
     "IRONCLAD_API_TOKEN")
def ironclad_py(g, S):
    return T('''"""Pull executed records from Ironclad into the data warehouse."""
import csv
import sys

import requests

session = requests.Session()
session.headers.update({"Authorization": "Bearer @S@", "Accept": "application/json"})
BASE = "https://@sub@ironcladapp.com/public/api/v1"


def records(page=0):
    r = session.get(f"{BASE}/records", params={"page": page, "pageSize": 100}, timeout=30)
    r.raise_for_status()
    return r.json()["list"]


if __name__ == "__main__":
    w = csv.writer(sys.stdout)
    for rec in records():
        w.writerow([rec["id"], rec["name"], rec["type"], rec.get("lastUpdated")])
''', sub=g.pick(["", "na1.", "eu1.", "demo."]), S=S)


@pos("ironclad", "oauth_client_secret", s_alnum64, ["infra/ironclad.auto.tfvars", "terraform/envs/prod/clm.tfvars"],
     "tf", "ironclad_client_secret")
def ironclad_tfvars(g, S):
    name = nm(g, ["ironclad_client_secret", "clm_client_secret"], ["clm_app_value", "ic_secret_2"])
    return T('''environment          = "@env@"
region               = "us-east-1"
ironclad_base_url    = "https://@sub@ironcladapp.com"
ironclad_client_id   = "@cid@"
@name@ = "@S@"
ironclad_scopes      = ["public.records.readRecords", "public.workflows.readWorkflows"]
alert_email          = "@email@"
''', env=g.pick(["prod", "staging"]), sub=g.pick(["na1.", "eu1.", "demo."]), cid=g.hexs(32), name=name,
        email=g.email(), S=S)


# ----------------------------------------------------------------------------
# DocuSeal, Documenso (cloud and self-hosted)
# ----------------------------------------------------------------------------

@pos("docuseal", "api_key", s_alnum40, ["config/initializers/docuseal.rb"], "rb", "DOCUSEAL_API_KEY")
def docuseal_rb(g, S):
    return T('''require "docuseal"

Docuseal.key = "@S@"
Docuseal.url = "https://api.docuseal.@tld@"

module Esign
  TEMPLATE_ID = @tid@

  def self.send_offer(email)
    Docuseal.create_submission(template_id: TEMPLATE_ID, send_email: true,
                               submitters: [{ role: "Candidate", email: email }])
  end
end
''', tld=g.pick(["com", "eu"]), tid=g.rint(1000, 999999), S=S)


@pos("docuseal", "framework_secret", s_hex128, ["docker-compose.yml", "selfhost/docuseal/docker-compose.yml"],
     "yaml", "SECRET_KEY_BASE")
def docuseal_selfhost(g, S):
    return T('''version: "3"
services:
  docuseal:
    image: docuseal/docuseal:latest
    ports:
      - 3000:3000
    volumes:
      - ./docuseal:/data/docuseal
    environment:
      - FORCE_SSL=sign.@dom@
      - DATABASE_URL=postgresql://docuseal:${POSTGRES_PASSWORD}@postgres:5432/docuseal
      - SECRET_KEY_BASE=@S@
  postgres:
    image: postgres:15
    environment:
      POSTGRES_USER: docuseal
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
      POSTGRES_DB: docuseal
''', dom=g.pick(["example.com", "corp.example"]), S=S)


@pos("docuseal", "api_key", s_alnum40, ["src/lib/docuseal.ts", "app/api/sign/route.ts"], "ts", "DOCUSEAL_API_KEY")
def docuseal_fetch(g, S):
    return T('''export async function createSubmission(templateId: number, email: string) {
  const res = await fetch('https://api.docuseal.@tld@/submissions', {
    method: 'POST',
    headers: {
      'X-Auth-Token': '@S@',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ template_id: templateId, send_email: true, submitters: [{ role: 'Signer', email }] }),
  });
  if (!res.ok) throw new Error(`DocuSeal ${res.status}`);
  return res.json();
}
''', tld=g.pick(["com", "eu"]), S=S)


@pos("documenso", "api_key", s_documenso, ["src/lib/documenso.ts", "packages/esign/src/documenso.ts"], "ts",
     "DOCUMENSO_API_KEY")
def documenso_ctor(g, S):
    return T('''import { Documenso } from '@documenso/sdk-typescript';

export const documenso = new Documenso({
  apiKey: '@S@',
  serverURL: 'https://@host@/api/v2',
});

export async function listDrafts() {
  const { data } = await documenso.documents.find({ status: 'DRAFT', perPage: 50 });
  return data;
}
''', host=g.pick(["app.documenso.com", "sign.example.com"]), S=S)


@pos("documenso", "framework_secret", s_b64_32, ["deploy/documenso/values.yaml", "helm/documenso-values.yaml"],
     "yaml", "NEXTAUTH_SECRET")
def documenso_helm(g, S):
    name = g.pick(["NEXTAUTH_SECRET", "NEXT_PRIVATE_ENCRYPTION_KEY"])
    return T('''image:
  repository: documenso/documenso
  tag: v1.@v@.0
ingress:
  enabled: true
  host: sign.@dom@
env:
  NEXTAUTH_URL: https://sign.@dom@
  NEXT_PUBLIC_WEBAPP_URL: https://sign.@dom@
  NEXT_PRIVATE_DATABASE_URL:
    secretKeyRef: { name: documenso-db, key: url }
  @name@: "@S@"
  NEXT_PRIVATE_SMTP_HOST: smtp.@dom@
  NEXT_PRIVATE_SMTP_PORT: "587"
''', v=g.rint(5, 12), dom=g.pick(["example.com", "corp.example"]), name=name, S=S)


@pos("documenso", "password", s_password_url, ["docker/compose.documenso.yml", "selfhost/documenso/compose.yml"],
     "yaml", "POSTGRES_PASSWORD")
def documenso_db_url(g, S):
    return T('''services:
  documenso:
    image: documenso/documenso:latest
    ports: ["3000:3000"]
    environment:
      - NEXTAUTH_URL=https://sign.@dom@
      - NEXT_PRIVATE_DATABASE_URL=postgresql://documenso:@S@@db:5432/documenso
      - NEXT_PRIVATE_SIGNING_LOCAL_FILE_PATH=/opt/documenso/cert.p12
    volumes:
      - ./cert.p12:/opt/documenso/cert.p12:ro
  db:
    image: postgres:15
    environment:
      - POSTGRES_USER=documenso
      - POSTGRES_DB=documenso
''', dom=g.pick(["example.com", "corp.example"]), S=S)


@pos("documenso", "password", s_password, ["Dockerfile", "docker/documenso/Dockerfile"], "docker",
     "NEXT_PRIVATE_SIGNING_PASSPHRASE")
def documenso_dockerfile(g, S):
    return T('''FROM documenso/documenso:v1.@v@.0

COPY certs/signing.p12 /opt/documenso/cert.p12
ENV NEXT_PRIVATE_SIGNING_LOCAL_FILE_PATH=/opt/documenso/cert.p12
ENV NEXT_PRIVATE_SIGNING_PASSPHRASE=@S@
ENV NEXT_PUBLIC_WEBAPP_URL=https://sign.@dom@

EXPOSE 3000
''', v=g.rint(5, 12), dom=g.pick(["example.com", "corp.example"]), S=S)


@pos("documenso", "api_key", s_documenso, ["docs/api.md", "docs/integrations/documenso.md"], "md",
     "DOCUMENSO_API_KEY")
def documenso_md(g, S):
    return T('''# Documenso API access

Our self-hosted instance lives at `https://sign.@dom@`. Team token for the
`@svc@` automation (created @d@, no expiry):

```bash
export DOCUMENSO_TOKEN=@S@
curl https://sign.@dom@/api/v2/documents -H "Authorization: $DOCUMENSO_TOKEN"
```

Webhook events we subscribe to: `DOCUMENT_COMPLETED`, `DOCUMENT_REJECTED`.
''', dom=g.pick(["example.com", "corp.example"]), svc=g.svc(), d=g.date(), S=S)


# ----------------------------------------------------------------------------
# SignRequest, Concord, Juro, Slack
# ----------------------------------------------------------------------------

@pos("signrequest", "api_key", s_hex40, ["esign/signrequest_setup.py", "legacy/signrequest_api.py"], "py",
     "SIGNREQUEST_TOKEN")
def signrequest_py(g, S):
    return T('''import signrequest_client

signrequest_client.configuration = signrequest_client.Configuration()
signrequest_client.configuration.api_key["Authorization"] = "@S@"
signrequest_client.configuration.api_key_prefix["Authorization"] = "Token"

api = signrequest_client.SignrequestQuickCreateApi()


def quick_send(url, email):
    data = signrequest_client.SignRequestQuickCreate(
        file_from_url=url, signers=[{"email": email}], who="o", from_email="@email@")
    return api.signrequest_quick_create_create(data)
''', email=g.email(), S=S)


@pos("signrequest", "api_key", s_hex40, ["Makefile", "scripts/Makefile"], "make", "SIGNREQUEST_TOKEN")
def signrequest_makefile(g, S):
    return T('''.PHONY: test lint teams

test:
	pytest -q

lint:
	ruff check .

teams:
	curl -s -H "Authorization: Token @S@" https://signrequest.com/api/v1/teams/ | jq .
''', S=S)


@pos("concord", "api_key", s_alnum40, ["src/main/resources/application-prod.yml", "config/application.yml"],
     "yaml", "CONCORD_API_KEY")
def concord_spring(g, S):
    name = nm(g, ["api-key", "concord-api-key"], ["credential", "token-value"])
    return T('''concord:
  base-url: https://api.concordnow.com/api/rest/1
  organization-id: @org@
  @name@: @S@
  sync:
    cron: "0 */30 * * * *"
    page-size: 50
logging:
  level:
    com.example.clm: INFO
''', org=g.rint(10000, 999999), name=name, S=S)


@pos("juro", "api_key", s_alnum40, ["src/integrations/juro.ts", "lib/juro/client.ts"], "ts", "JURO_API_KEY")
def juro_ts(g, S):
    return T('''const JURO_BASE = 'https://api.juro.com/v3';

export async function juroTemplates() {
  const res = await fetch(`${JURO_BASE}/templates`, {
    headers: { 'x-api-key': '@S@', accept: 'application/json' },
  });
  return (await res.json()).templates as Array<{ id: string; title: string }>;
}
''', S=S)


@pos("slack", "webhook_url", s_slack, ["esign/notify.py", "app/notifications/contracts.py"], "py",
     "SLACK_WEBHOOK_URL")
def slack_notify(g, S):
    name = nm(g, ["SLACK_WEBHOOK_URL", "CONTRACTS_SLACK_WEBHOOK"], ["CHANNEL_HOOK", "target"])
    return T('''import json
import urllib.request

@name@ = "@S@"


def envelope_completed(envelope_id: str, title: str, signer: str) -> None:
    msg = {"text": f":white_check_mark: *{title}* signed by {signer} (envelope `{envelope_id}`)"}
    req = urllib.request.Request(@name@, data=json.dumps(msg).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', name=name, S=S)


@pos("boldsign", "api_key", s_boldsign, ["config/providers.csv", "data/tenant_esign_providers.csv"], "csv",
     "BOLDSIGN_API_KEY")
def boldsign_csv(g, S):
    rows = ["tenant_id,provider,region,api_key,enabled"]
    k = g.rint(1, 4)
    for i in range(5):
        tid = g.rint(100, 999)
        if i == k:
            rows.append("%d,boldsign,%s,@S@,true" % (tid, g.pick(["US", "EU"])))
        else:
            rows.append("%d,%s,%s,,false" % (tid, g.pick(["docusign", "dropbox_sign", "pandadoc"]),
                                             g.pick(["US", "EU"])))
    return "\n".join(rows) + "\n"


@pos("docusign", "rsa_private_key", "pem", ["src/main/java/com/example/clm/docusign/DocuSignAuth.java",
     "service/src/main/java/com/northwind/esign/JwtAuth.java"], "java", "DOCUSIGN_PRIVATE_KEY", pem="multi")
def ds_java_concat(g, S):
    body = "\n".join('        + "%s\\n"' % l if i else '        "%s\\n"' % l for i, l in enumerate(S))
    return T('''package com.example.clm.docusign;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.docusign.esign.client.ApiClient;
import com.docusign.esign.client.auth.OAuth;

public final class DocuSignAuth {

    private static final String CLIENT_ID = "@cid@";
    private static final String USER_ID = "@uid@";

    private static final String RSA_KEY =
@BODY@;

    private DocuSignAuth() {}

    public static OAuth.OAuthToken token(ApiClient client) throws Exception {
        client.setOAuthBasePath("@auth@");
        return client.requestJWTUserToken(CLIENT_ID, USER_ID, List.of("signature", "impersonation"),
                RSA_KEY.getBytes(StandardCharsets.UTF_8), 3600);
    }
}
''', cid=g.guid(), uid=g.guid(), auth=g.ds_auth(), BODY=body)


@pos("pandadoc", "api_key", s_hex40, ["src/main/java/com/example/quotes/PandaDocClient.java"], "java",
     "PANDADOC_API_KEY")
def pandadoc_java(g, S):
    return T('''package com.example.quotes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

public class PandaDocClient {

    private final WebClient http;

    public PandaDocClient(WebClient.Builder builder) {
        this.http = builder
                .baseUrl("https://api.pandadoc.com/public/v1")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "API-Key " + "@S@")
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public String status(String documentId) {
        return http.get().uri("/documents/{id}", documentId).retrieve().bodyToMono(String.class).block();
    }
}
''', S=S)


@pos("dropbox_sign", "api_key", s_hex64, ["src/main/java/com/example/hr/DropboxSignConfig.java"], "java",
     "DROPBOX_SIGN_API_KEY")
def dbx_java(g, S):
    return T('''package com.example.hr;

import com.dropbox.sign.ApiClient;
import com.dropbox.sign.Configuration;
import com.dropbox.sign.auth.HttpBasicAuth;
import org.springframework.context.annotation.Bean;

@org.springframework.context.annotation.Configuration
public class DropboxSignConfig {

    @Bean
    public ApiClient dropboxSignClient() {
        ApiClient apiClient = Configuration.getDefaultApiClient();
        HttpBasicAuth apiKey = (HttpBasicAuth) apiClient.getAuthentication("api_key");
        apiKey.setUsername("@S@");
        return apiClient;
    }
}
''', S=S)


# ----------------------------------------------------------------------------
# look-alike negatives (no credential at all)
# ----------------------------------------------------------------------------

@neg("envelope_id", ["tests/fixtures/envelope_status.json", "fixtures/docusign/envelope.json"], "docusign")
def n_ds_envelope_json(g):
    eid = g.guid()
    aid = g.guid()
    recips = []
    for i in range(g.rint(1, 3)):
        recips.append('      { "recipientId": "%d", "recipientIdGuid": "%s", "email": "%s", "status": "%s", '
                      '"routingOrder": "%d" }' % (i + 1, g.guid(), g.email(), g.pick(["completed", "sent",
                                                                                      "delivered"]), i + 1))
    return T('''{
  "envelopeId": "@eid@",
  "status": "completed",
  "emailSubject": "Please sign: @title@",
  "envelopeUri": "/envelopes/@eid@",
  "documentsUri": "/envelopes/@eid@/documents",
  "documentsCombinedUri": "/envelopes/@eid@/documents/combined",
  "certificateUri": "/envelopes/@eid@/documents/certificate",
  "templatesUri": "/envelopes/@eid@/templates",
  "brandId": "@bid@",
  "sender": { "userName": "@person@", "userId": "@uid@", "accountId": "@aid@" },
  "envelopeIdStamping": "true",
  "sentDateTime": "@ts1@",
  "completedDateTime": "@ts2@",
  "recipients": {
    "signers": [
@recips@
    ]
  }
}
''', eid=eid, title=g.doc_title(), bid=g.guid(), person=g.person(), uid=g.guid(), aid=aid, ts1=g.ts(),
        ts2=g.ts(), recips=",\n".join(recips))


@neg("hmac_signature_header", ["logs/connect-listener.log", "var/log/webhooks/docusign.log"], "docusign")
def n_ds_connect_log(g):
    out = []
    d = g.date()
    for i in range(g.rint(3, 6)):
        out.append("%s 09:%02d:%02d INFO  connect: POST /hooks/docusign event=%s envelopeId=%s" % (
            d, g.rint(0, 59), g.rint(0, 59), g.pick(["envelope-sent", "envelope-completed",
                                                   "recipient-completed", "envelope-delivered"]), g.guid()))
        out.append("%s 09:%02d:%02d DEBUG connect: x-authorization-digest=HMACSHA256 "
                   "X-DocuSign-Signature-1=%s verified=true" % (d, g.rint(0, 59), g.rint(0, 59), g.b64(32)))
    return "\n".join(out) + "\n"


@neg("public_client_id", ["src/config/docusign.public.ts", "web/src/esign/config.ts"], "docusign")
def n_ds_pkce_config(g):
    return T('''// Public Authorization Code Grant (PKCE) - no client secret in the browser.
export const docusignAuth = {
  authority: 'https://@auth@',
  clientId: '@cid@', // integration key, public
  redirectUri: `${window.location.origin}/ds/callback`,
  responseType: 'code',
  usePkce: true,
  scope: 'signature',
};

export const DEFAULT_ACCOUNT_ID = '@aid@';
export const ONBOARDING_TEMPLATE_ID = '@tid@';
''', auth=g.ds_auth(), cid=g.guid(), aid=g.guid(), tid=g.guid())


@neg("integration_key_and_ids", ["appsettings.json", "src/@svc@/appsettings.json"], "docusign")
def n_ds_ids_appsettings(g):
    return T('''{
  "DocuSign": {
    "IntegrationKey": "@cid@",
    "UserId": "@uid@",
    "AccountId": "@aid@",
    "AuthServer": "@auth@",
    "PrivateKeyPath": "keys/docusign_private.key",
    "BrandId": "@bid@",
    "Templates": {
      "Nda": "@t1@",
      "OfferLetter": "@t2@",
      "Sow": "@t3@"
    },
    "PowerFormId": "@pf@"
  }
}
''', cid=g.guid(), uid=g.guid(), aid=g.guid(), auth=g.ds_auth(), bid=g.guid(), t1=g.guid(), t2=g.guid(),
        t3=g.guid(), pf=g.guid())


@neg("rsa_public_key", ["keys/docusign_public.pem", "certs/ds-jwt-public.pem", "config/docusign/public.key"],
     "docusign")
def n_ds_public_pem(g):
    return "\n".join(g.rsa_public_lines(pkcs1=g.chance(0.3))) + "\n"


@neg("x509_certificate", ["certs/signing-cert.pem", "config/saml/idp-cert.pem", "certs/document-signing.crt"])
def n_cert_pem(g):
    return "\n".join(g.cert_lines(cn=g.pick(["sign.example.com", "Document Signing CA", "esign.corp.example"]),
                                  org=g.company())) + "\n"


@neg("document_hash", ["exports/audit_trail.csv", "reports/@svc@/signing-audit.csv"])
def n_audit_csv(g):
    rows = ["envelope_id,document,sha256,signer_email,ip,completed_at"]
    for _ in range(g.rint(4, 9)):
        rows.append("%s,%s.pdf,%s,%s,%d.%d.%d.%d,%s" % (g.guid(), g.doc_title().replace(" ", "_"), g.hexs(64),
                                                        g.email(), g.rint(11, 220), g.rint(0, 255),
                                                        g.rint(0, 255), g.rint(1, 254), g.ts()))
    return "\n".join(rows) + "\n"


@neg("document_hash", ["db/migrations/V12__signed_documents.sql", "sql/backfill_hashes.sql"])
def n_sql_hashes(g):
    out = ["-- backfill document digests computed by the archive job",
           "CREATE TABLE IF NOT EXISTS signed_documents (",
           "  envelope_id UUID PRIMARY KEY,",
           "  sha256 CHAR(64) NOT NULL,",
           "  provider TEXT NOT NULL,",
           "  completed_at TIMESTAMPTZ",
           ");", ""]
    for _ in range(g.rint(3, 7)):
        out.append("INSERT INTO signed_documents VALUES ('%s', '%s', '%s', '%s');" % (
            g.guid(), g.hexs(64), g.pick(["docusign", "adobe_sign", "dropbox_sign"]), g.ts()))
    return "\n".join(out) + "\n"


@neg("certificate_of_completion", ["docs/samples/certificate-of-completion.md", "samples/coc.txt"], "docusign")
def n_coc(g):
    return T('''Certificate Of Completion

Envelope Id: @eid@                 Status: Completed
Subject: Please DocuSign: @title@.pdf
Source Envelope:
Document Pages: @pages@                 Signatures: @sigs@
Certificate Pages: 5                    Initials: 0
AutoNav: Enabled
EnvelopeId Stamping: Enabled
Time Zone: (UTC-08:00) Pacific Time (US & Canada)

Envelope Originator: @person@
@email@
IP Address: 10.@a@.@b@.@c@

Record Tracking
Status: Original                Holder: @person@
Document hash (SHA-256): @h@

Signer Events
@person2@ - Signature Adoption: Pre-selected Style
Using IP Address: 203.0.113.@c@
Signed using mobile
''', eid=g.guid(upper=True), title=g.doc_title(), pages=g.rint(2, 30), sigs=g.rint(1, 6), person=g.person(),
        email=g.email(), a=g.rint(0, 255), b=g.rint(0, 255), c=g.rint(1, 254), h=g.hexs(64, upper=True),
        person2=g.person())


@neg("jwt_header_claims", ["docs/auth/jwt-grant.md", "docs/docusign-jwt.md"], "docusign")
def n_jwt_doc(g):
    head = g.jwt_b64({"typ": "JWT", "alg": "RS256"})
    return T('''# How our JWT assertion is built

The header is always the same, base64url encoded:

    @head@

which decodes to `{"typ":"JWT","alg":"RS256"}`. Claims we send:

```json
{
  "iss": "@cid@",
  "sub": "@uid@",
  "aud": "@auth@",
  "iat": @iat@,
  "exp": @exp@,
  "scope": "signature impersonation"
}
```

The assertion is signed with the RSA key stored in the vault (`kv/esign/docusign-jwt`),
never with a key from this repository.
''', head=head, cid=g.guid(), uid=g.guid(), auth=g.ds_auth(), iat=g.epoch(), exp=g.epoch() + 3600)


@neg("event_hash", ["logs/dropbox-sign-callbacks.log", "var/log/hellosign_events.log"], "dropbox_sign")
def n_dbx_callback_log(g):
    out = []
    d = g.date()
    for _ in range(g.rint(3, 7)):
        out.append("[%s %02d:%02d:%02d] callback event_type=%s event_time=%d signature_request_id=%s "
                   "event_hash=%s ok" % (d, g.rint(0, 23), g.rint(0, 59), g.rint(0, 59),
                                         g.pick(["signature_request_sent", "signature_request_viewed",
                                                 "signature_request_signed", "signature_request_all_signed"]),
                                         g.epoch(), g.hexs(40), g.hexs(64)))
    return "\n".join(out) + "\n"


@neg("signature_request_id", ["tests/fixtures/dropbox_sign/signature_request.json",
                              "spec/fixtures/hellosign_response.json"], "dropbox_sign")
def n_dbx_response(g):
    srid = g.hexs(40)
    return T('''{
  "signature_request": {
    "signature_request_id": "@srid@",
    "title": "@title@",
    "is_complete": true,
    "test_mode": true,
    "signing_url": null,
    "details_url": "https://app.hellosign.com/home/manage?guid=@srid@",
    "files_url": "https://api.hellosign.com/v3/signature_request/files/@srid@",
    "signatures": [
      {
        "signature_id": "@sid@",
        "signer_email_address": "@email@",
        "status_code": "signed",
        "signed_at": @t@
      }
    ]
  }
}
''', srid=srid, title=g.doc_title(), sid=g.hexs(32), email=g.email(), t=g.epoch())


@neg("public_client_id", ["src/components/EmbeddedSign.tsx", "web/src/signing/hellosign.ts"], "dropbox_sign")
def n_dbx_embedded(g):
    return T('''import HelloSign from 'hellosign-embedded';

// client_id of the API app is public; the signing URL comes from our backend
const client = new HelloSign({ clientId: '@cid@' });

export function openSigning(signUrl: string, onSigned: () => void) {
  client.open(signUrl, { testMode: @tm@, skipDomainVerification: false });
  client.on('sign', onSigned);
}
''', cid=g.hexs(32), tm=g.pick(["true", "false"]))


@neg("agreement_id", ["tests/fixtures/adobe_sign/agreements.json", "fixtures/acrobat-sign/list.json"], "adobe_sign")
def n_adobe_agreements(g):
    items = []
    for _ in range(g.rint(2, 4)):
        items.append('    { "id": "CBJCHBCAABAA%s", "name": "%s", "status": "%s", "displayDate": "%s" }' % (
            g.chars(ALNUM + "-_", 32), g.doc_title(), g.pick(["SIGNED", "OUT_FOR_SIGNATURE", "CANCELLED"]),
            g.ts()))
    return '{\n  "userAgreementList": [\n' + ",\n".join(items) + '\n  ],\n  "page": { "nextCursor": null }\n}\n'


@neg("webhook_payload", ["tests/fixtures/adobe_sign/webhook_event.json"], "adobe_sign")
def n_adobe_webhook(g):
    return T('''{
  "webhookId": "CBJCHBCAABAA@w@",
  "webhookName": "agreement-events",
  "event": "AGREEMENT_ACTION_COMPLETED",
  "eventDate": "@ts@",
  "participantUserId": "CBJCHBCAABAA@p@",
  "participantUserEmail": "@email@",
  "agreement": { "id": "CBJCHBCAABAA@a@", "name": "@title@", "status": "SIGNED" }
}
''', w=g.chars(ALNUM, 32), ts=g.ts(), p=g.chars(ALNUM, 32), email=g.email(), a=g.chars(ALNUM, 32),
        title=g.doc_title())


@neg("document_id", ["tests/fixtures/pandadoc/documents.json", "fixtures/pandadoc_list.json"], "pandadoc")
def n_pandadoc_list(g):
    items = []
    for _ in range(g.rint(2, 5)):
        items.append('    { "id": "%s", "name": "%s", "status": "document.%s", "date_created": "%s", '
                     '"version": "2" }' % (g.alnum(22), g.doc_title(), g.pick(["draft", "sent", "completed"]),
                                          g.ts()))
    return '{\n  "results": [\n' + ",\n".join(items) + '\n  ]\n}\n'


@neg("hmac_signature_param", ["logs/pandadoc-webhooks.log"], "pandadoc")
def n_pandadoc_hook_log(g):
    out = []
    for _ in range(g.rint(3, 6)):
        out.append('%s "POST /webhooks/pandadoc?signature=%s HTTP/1.1" 200 2 "-" "PandaDoc-Webhooks/1.0" '
                   'document=%s' % (g.ts(), g.hexs(64), g.alnum(22)))
    return "\n".join(out) + "\n"


@neg("public_client_id", ["public/js/zoho-sign-widget.js", "web/static/zoho_sign.js"], "zoho_sign")
def n_zoho_public(g):
    return T('''// OAuth client id of the Zoho Sign web app (public, shown on the consent page)
window.ZOHO_SIGN = {
  clientId: '1000.@cid@',
  accountsUrl: 'https://accounts.zoho.@dc@',
  redirectUri: location.origin + '/oauth/zoho/callback',
  scope: 'ZohoSign.documents.READ',
  requestIds: [@r1@, @r2@, @r3@]
};
''', cid=g.chars(UPPER + DIGITS, 30), dc=g.zoho_dc(), r1=g.digits(17), r2=g.digits(17), r3=g.digits(17))


@neg("integrity_hash", ["package-lock.json", "web/package-lock.json"])
def n_package_lock(g):
    def ent(name, ver):
        return T('''    "node_modules/@n@": {
      "version": "@v@",
      "resolved": "https://registry.npmjs.org/@n@/-/@b@-@v@.tgz",
      "integrity": "sha512-@i@"
    }''', n=name, v=ver, b=name.split("/")[-1], i=g.b64(64))
    ents = [ent("docusign-esign", "%d.%d.%d" % (g.rint(6, 8), g.rint(0, 9), g.rint(0, 9))),
            ent("@dropbox/sign", "1.%d.%d" % (g.rint(0, 9), g.rint(0, 9))),
            ent("axios", "1.%d.%d" % (g.rint(0, 7), g.rint(0, 9))),
            ent("jsonwebtoken", "9.0.%d" % g.rint(0, 2))]
    return T('''{
  "name": "@svc@",
  "version": "1.@m@.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
@ents@
  }
}
''', svc=g.svc(), m=g.rint(0, 30), ents=",\n".join(ents))


@neg("image_digest", ["Dockerfile", "docker/worker.Dockerfile"])
def n_dockerfile_digest(g):
    return T('''FROM python:3.12-slim@sha256:@d1@ AS base
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

ARG QPDF_SHA256=@d2@
RUN apt-get update && apt-get install -y --no-install-recommends qpdf && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --require-hashes -r requirements.txt
COPY . .
USER 10001
CMD ["python", "-m", "esign.worker"]
''', d1=g.hexs(64), d2=g.hexs(64))


@neg("checksum", ["dist/SHA256SUMS", "release/checksums.txt"])
def n_sha256sums(g):
    names = ["clm-cli_%s_linux_amd64.tar.gz", "clm-cli_%s_darwin_arm64.tar.gz", "clm-cli_%s_windows_amd64.zip"]
    v = "%d.%d.%d" % (g.rint(0, 3), g.rint(0, 20), g.rint(0, 9))
    return "".join("%s  %s\n" % (g.hexs(64), n % v) for n in names)


@neg("base64_document", ["tests/fixtures/envelope_definition.json", "samples/create_envelope.json"], "docusign")
def n_pdf_b64(g):
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + g.rbytes(g.rint(150, 300))
    return T('''{
  "emailSubject": "Please sign: @title@",
  "status": "sent",
  "documents": [
    {
      "documentId": "1",
      "name": "@title@.pdf",
      "fileExtension": "pdf",
      "documentBase64": "@b64@"
    }
  ],
  "recipients": {
    "signers": [
      { "email": "@email@", "name": "@person@", "recipientId": "1", "routingOrder": "1",
        "tabs": { "signHereTabs": [ { "anchorString": "/sn1/", "anchorUnits": "pixels", "anchorXOffset": "20" } ] } }
    ]
  }
}
''', title=g.doc_title(), b64=base64.b64encode(pdf).decode(), email=g.email(), person=g.person())


@neg("base64_image", ["tests/fixtures/signature_image.json", "fixtures/adopted_signature.json"])
def n_png_b64(g):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + g.rbytes(g.rint(120, 240))
    return T('''{
  "userId": "@uid@",
  "signatureName": "@person@",
  "signatureFont": "7_DocuSign",
  "signatureInitials": "@ini@",
  "signatureImageType": "signature_image",
  "imageBase64": "@b64@"
}
''', uid=g.guid(), person=g.person(), ini=g.chars(UPPER, 2), b64=base64.b64encode(png).decode())


@neg("certificate_thumbprint", ["appsettings.Production.json", "src/Signing/appsettings.json"])
def n_thumbprint(g):
    return T('''{
  "Signing": {
    "CertificateSource": "KeyVault",
    "KeyVaultUri": "https://kv-legal-@env@.vault.azure.net/",
    "CertificateName": "document-signing-@y@",
    "Thumbprint": "@tp@",
    "SerialNumber": "@sn@",
    "TimestampAuthority": "http://timestamp.digicert.com"
  }
}
''', env=g.pick(["prod", "stg"]), y=g.rint(2023, 2026), tp=g.hexs(40, upper=True), sn=g.hexs(32, upper=True))


@neg("x509_certificate", ["config/saml/idp-metadata.xml", "saml/metadata.xml"])
def n_saml_metadata(g):
    body = "".join(g.cert_lines(cn="sso." + g.pick(["example.com", "corp.example"]), org=g.company())[1:-1])
    return T('''<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sso.example.com/@eid@">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@body@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sso.example.com/saml/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
''', eid=g.guid(), body=body)


@neg("commit_sha", ["CHANGELOG.md"])
def n_changelog(g):
    out = ["# Changelog", ""]
    for i in range(g.rint(3, 5)):
        out.append("## [%d.%d.%d] - %s" % (g.rint(1, 3), g.rint(0, 20), i, g.date()))
        for _ in range(g.rint(1, 3)):
            out.append("- %s (%s)" % (g.pick(["Retry DocuSign 429 responses with backoff",
                                              "Store envelope certificate of completion",
                                              "Switch Dropbox Sign SDK to v1", "Add PandaDoc quote sync",
                                              "Verify Connect HMAC on all listeners",
                                              "Fix timezone of signed_at"]), g.hexs(40)))
        out.append("")
    return "\n".join(out)


@neg("sri_hash", ["public/sign.html", "templates/embedded_signing.html"])
def n_sri_html(g):
    return T('''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Sign your document</title>
  <script src="https://cdn.jsdelivr.net/npm/hellosign-embedded@2.@v@.0/umd/embedded.production.min.js"
          integrity="sha384-@h@" crossorigin="anonymous"></script>
</head>
<body>
  <div id="sign-container" data-envelope="@eid@"></div>
  <script src="/static/sign.js" integrity="sha256-@h2@"></script>
</body>
</html>
''', v=g.rint(0, 12), h=g.b64(48), eid=g.guid(), h2=g.b64(32))


@neg("hmac_test_vector", ["tests/test_connect_hmac.py", "tests/webhooks/test_docusign_signature.py"], "docusign")
def n_hmac_test(g):
    return T('''import base64
import hashlib
import hmac

import pytest

from app.webhooks import _valid

BODY = b'{"event":"envelope-completed","data":{"envelopeId":"@eid@"}}'


@pytest.fixture
def hmac_key(monkeypatch):
    key = "unit-test-only-not-a-real-key"
    monkeypatch.setattr("app.webhooks.DOCUSIGN_HMAC_KEY", key)
    return key


def test_valid_signature(hmac_key):
    sig = base64.b64encode(hmac.new(hmac_key.encode(), BODY, hashlib.sha256).digest()).decode()
    assert _valid(BODY, sig)


def test_tampered_signature(hmac_key):
    assert not _valid(BODY, "@fake@")
''', eid=g.guid(), fake=g.b64(32))


@neg("variable_declaration", ["infra/variables.tf", "terraform/modules/esign/variables.tf"])
def n_tf_variables(g):
    return T('''variable "docusign_integration_key" {
  description = "DocuSign integration key (client id, not secret)"
  type        = string
  default     = "@cid@"
}

variable "docusign_account_id" {
  type    = string
  default = "@aid@"
}

variable "docusign_private_key" {
  description = "PEM of the JWT key pair; injected by CI from the vault"
  type        = string
  sensitive   = true
}

variable "dropbox_sign_api_key" {
  type      = string
  sensitive = true
}
''', cid=g.guid(), aid=g.guid())


@neg("secret_reference", [".github/workflows/deploy.yml", ".github/workflows/esign-e2e.yml"])
def n_gha_secrets(g):
    return T('''name: deploy @svc@
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Write DocuSign key
        run: |
          mkdir -p keys
          printf '%s' "${{ secrets.DOCUSIGN_PRIVATE_KEY }}" > keys/docusign_private.key
          chmod 600 keys/docusign_private.key
      - name: Deploy
        env:
          DOCUSIGN_INTEGRATION_KEY: @cid@
          DOCUSIGN_HMAC_KEY: ${{ secrets.DOCUSIGN_HMAC_KEY }}
          PANDADOC_API_KEY: ${{ secrets.PANDADOC_API_KEY }}
        run: ./scripts/deploy.sh @svc@
''', svc=g.svc(), cid=g.guid())


@neg("secret_reference", ["k8s/external-secret.yaml", "deploy/k8s/esign-externalsecret.yaml"])
def n_external_secret(g):
    return T('''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: @svc@-esign
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: @svc@-esign
  data:
    - secretKey: docusign_private.key
      remoteRef:
        key: secret/data/legal/@svc@/docusign
        property: private_key
    - secretKey: DOCUSIGN_HMAC_KEY
      remoteRef:
        key: secret/data/legal/@svc@/docusign
        property: connect_hmac
    - secretKey: BOLDSIGN_API_KEY
      remoteRef:
        key: secret/data/legal/@svc@/boldsign
        property: api_key
''', svc=g.svc())


@neg("placeholders", [".env.example", ".env.sample", "env.example"])
def n_env_example(g):
    return T('''# Copy to .env and fill in. Never commit real values.
DOCUSIGN_INTEGRATION_KEY=
DOCUSIGN_USER_ID=
DOCUSIGN_ACCOUNT_ID=
DOCUSIGN_PRIVATE_KEY_PATH=./keys/docusign_private.key
DOCUSIGN_HMAC_KEY=<connect-hmac-key>
DROPBOX_SIGN_API_KEY=your_dropbox_sign_api_key
PANDADOC_API_KEY=YOUR_API_KEY_HERE
BOLDSIGN_API_KEY=changeme
ZOHO_CLIENT_ID=1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
ZOHO_CLIENT_SECRET=
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
APP_URL=http://localhost:@port@
''', port=g.pick([3000, 5000, 8000, 8080]))


@neg("workflow_id", ["tests/fixtures/ironclad/workflow.json", "fixtures/ironclad_workflows.json"], "ironclad")
def n_ironclad_workflow(g):
    return T('''{
  "id": "@wid@",
  "title": "@title@ with @co@",
  "template": "@tpl@",
  "status": "active",
  "step": "Sign",
  "created": "@ts@",
  "attributes": {
    "counterpartyName": "@co@",
    "contractValue": { "currency": "USD", "amount": @amt@ },
    "paperSource": "Our paper"
  },
  "roles": [ { "id": "@rid@", "displayName": "Legal Reviewer", "assignees": [ { "userId": "@uid@" } ] } ]
}
''', wid=g.hexs(24), title=g.doc_title(), co=g.company(), tpl=g.hexs(24), ts=g.ts(), amt=g.rint(1000, 900000),
        rid=g.hexs(24), uid=g.hexs(24))


@neg("document_id", ["tests/fixtures/boldsign/documents.csv", "exports/boldsign_documents.csv"], "boldsign")
def n_boldsign_csv(g):
    rows = ["document_id,title,status,sender,created"]
    for _ in range(g.rint(3, 8)):
        rows.append("%s,%s,%s,%s,%s" % (g.guid(), g.doc_title(), g.pick(["Completed", "InProgress", "Declined"]),
                                        g.email(), g.date()))
    return "\n".join(rows) + "\n"


@neg("signature_request_id", ["tests/fixtures/yousign/signature_request.json"], "yousign")
def n_yousign_json(g):
    return T('''{
  "id": "@id@",
  "status": "done",
  "name": "@title@",
  "delivery_mode": "email",
  "created_at": "@ts@",
  "ordered_signers": false,
  "signers": [ { "id": "@s1@", "status": "signed" } ],
  "documents": [ { "id": "@d1@", "nature": "signable_document" } ],
  "workspace_id": "@ws@"
}
''', id=g.guid(), title=g.doc_title(), ts=g.ts(), s1=g.guid(), d1=g.guid(), ws=g.guid())


@neg("document_id", ["tests/fixtures/documenso/document.json"], "documenso")
def n_documenso_json(g):
    return T('''{
  "id": @id@,
  "externalId": "deal-@deal@",
  "title": "@title@.pdf",
  "status": "COMPLETED",
  "documentDataId": "c@cuid@",
  "teamId": @team@,
  "completedAt": "@ts@"
}
''', id=g.rint(100, 99999), deal=g.rint(1000, 9999), title=g.doc_title(), cuid=g.lalnum(24),
        team=g.rint(1, 300), ts=g.ts())


@neg("submission_payload", ["tests/fixtures/docuseal/form_completed.json"], "docuseal")
def n_docuseal_payload(g):
    return T('''{
  "event_type": "form.completed",
  "timestamp": "@ts@",
  "data": {
    "id": @sid@,
    "submission_id": @sub@,
    "email": "@email@",
    "status": "completed",
    "role": "Signer",
    "audit_log_url": "https://docuseal.@tld@/file/@blob@/audit_log.pdf",
    "values": [ { "field": "Full Name", "value": "@person@" } ],
    "template": { "id": @tid@, "name": "@title@" }
  }
}
''', ts=g.ts(), sid=g.rint(1000, 999999), sub=g.rint(1000, 999999), email=g.email(), tld=g.pick(["com", "eu"]),
        blob=g.guid(), person=g.person(), tid=g.rint(100, 99999), title=g.doc_title())


@neg("named_credential_reference", ["force-app/main/default/classes/DocuSignCallout.cls"], "docusign")
def n_apex_callout(g):
    return T('''public with sharing class DocuSignCallout {
    // Auth is handled by the Named Credential "DocuSign_JWT" (External Credential, JWT flow)
    private static final String ACCOUNT_ID = '@aid@';

    public static String envelopeStatus(String envelopeId) {
        HttpRequest req = new HttpRequest();
        req.setEndpoint('callout:DocuSign_JWT/restapi/v2.1/accounts/' + ACCOUNT_ID + '/envelopes/' + envelopeId);
        req.setMethod('GET');
        HttpResponse res = new Http().send(req);
        Map<String, Object> body = (Map<String, Object>) JSON.deserializeUntyped(res.getBody());
        return (String) body.get('status');
    }
}
''', aid=g.guid())


@neg("named_credential_reference", ["force-app/main/default/namedCredentials/DocuSign_JWT.namedCredential-meta.xml"],
     "docusign")
def n_named_cred_xml(g):
    return T('''<?xml version="1.0" encoding="UTF-8"?>
<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
    <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
    <allowMergeFieldsInHeader>false</allowMergeFieldsInHeader>
    <calloutStatus>Enabled</calloutStatus>
    <generateAuthorizationHeader>true</generateAuthorizationHeader>
    <label>DocuSign JWT</label>
    <namedCredentialParameters>
        <parameterName>Url</parameterName>
        <parameterType>Url</parameterType>
        <parameterValue>https://@host@</parameterValue>
    </namedCredentialParameters>
    <namedCredentialParameters>
        <externalCredential>DocuSign_JWT_Ext</externalCredential>
        <parameterName>ExternalCredential</parameterName>
        <parameterType>Authentication</parameterType>
    </namedCredentialParameters>
    <namedCredentialType>SecuredEndpoint</namedCredentialType>
</NamedCredential>
''', host=g.ds_host())


@neg("key_loading_code", ["src/main/java/com/example/clm/docusign/JwtKeyLoader.java"], "docusign")
def n_java_loader(g):
    return T('''package com.example.clm.docusign;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class JwtKeyLoader {

    private static final String INTEGRATION_KEY = "@cid@";
    private static final String USER_ID = "@uid@";

    @Value("${docusign.private-key-path:/run/secrets/docusign_private.key}")
    private String keyPath;

    public byte[] privateKey() throws Exception {
        return Files.readAllBytes(Path.of(keyPath));
    }

    public String integrationKey() { return INTEGRATION_KEY; }

    public String userId() { return USER_ID; }
}
''', cid=g.guid(), uid=g.guid())


@neg("ssh_public_key", ["ansible/roles/signing-server/files/authorized_keys", "deploy/authorized_keys"])
def n_authorized_keys(g):
    out = []
    for _ in range(g.rint(1, 3)):
        out.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s" % (g.b64(256)[:-2].replace("=", "A"),
                                                                     g.email()))
    out.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci" % g.b64(32)[:-1])
    return "\n".join(out) + "\n"


@neg("template_definition", ["templates/docusign/nda_template.json", "esign/templates/offer_letter.json"],
     "docusign")
def n_ds_template(g):
    return T('''{
  "templateId": "@tid@",
  "name": "@title@",
  "shared": "false",
  "folderId": "@fid@",
  "recipients": {
    "signers": [
      {
        "roleName": "Signer",
        "recipientId": "1",
        "tabs": {
          "signHereTabs": [ { "tabId": "@t1@", "documentId": "1", "pageNumber": "@p@", "xPosition": "@x@", "yPosition": "@y@" } ],
          "dateSignedTabs": [ { "tabId": "@t2@", "documentId": "1", "pageNumber": "@p@", "xPosition": "@x2@", "yPosition": "@y@" } ]
        }
      }
    ]
  }
}
''', tid=g.guid(), title=g.doc_title(), fid=g.guid(), t1=g.guid(), t2=g.guid(), p=g.rint(1, 9), x=g.rint(50, 400),
        y=g.rint(100, 700), x2=g.rint(400, 520))


@neg("connect_configuration", ["config/docusign/connect.json", "infra/docusign-connect-config.json"], "docusign")
def n_connect_config(g):
    return T('''{
  "connectId": "@cid@",
  "configurationType": "custom",
  "name": "@svc@ listener",
  "urlToPublishTo": "https://@svc@.example.com/hooks/docusign",
  "allUsers": "true",
  "includeHMAC": "true",
  "deliveryMode": "SIM",
  "eventData": { "version": "restv2.1", "format": "json", "includeData": ["recipients", "tabs"] },
  "events": ["envelope-sent", "envelope-completed", "envelope-declined", "envelope-voided"]
}
''', cid=g.digits(8), svc=g.svc())


@neg("certificate_details", ["docs/signing-certificate.txt", "certs/README.txt"])
def n_openssl_text(g):
    serial = ":".join(g.hexs(2) for _ in range(16))
    fp = ":".join(g.hexs(2, upper=True) for _ in range(32))
    return T('''$ openssl x509 -in signing.crt -noout -subject -issuer -serial -dates -fingerprint -sha256
subject=C = US, O = @co@, CN = Document Signing @y@
issuer=C = US, O = Example Trust Services, CN = Example Document Signing CA G2
serial=@ser@
notBefore=Mar  1 00:00:00 @y@ GMT
notAfter=Mar  1 23:59:59 @y2@ GMT
sha256 Fingerprint=@fp@

Serial (colon form): @serial@
''', co=g.company(), y=g.rint(2023, 2025), ser=g.hexs(32, upper=True), y2=g.rint(2026, 2028), fp=fp, serial=serial)


@neg("variable_references", ["postman/esign.postman_collection.json", "tools/postman/DocuSign.postman_collection.json"],
     "docusign")
def n_postman_collection(g):
    return T('''{
  "info": { "_postman_id": "@pid@", "name": "eSignature smoke tests", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "{{accessToken}}", "type": "string" } ] },
  "item": [
    {
      "name": "Envelope status",
      "request": {
        "method": "GET",
        "url": "{{baseUrl}}/accounts/{{accountId}}/envelopes/@eid@"
      }
    }
  ],
  "variable": [ { "key": "accountId", "value": "@aid@" } ]
}
''', pid=g.guid(), eid=g.guid(), aid=g.guid())


@neg("mock_values", ["tests/test_envelope_sender.py", "tests/unit/test_pandadoc_sync.py"])
def n_py_mocks(g):
    return T('''from unittest import mock

import pytest

from esign.sender import EnvelopeSender

ENVELOPE_ID = "@eid@"
ACCOUNT_ID = "@aid@"


@pytest.fixture
def client():
    c = mock.Mock()
    c.create_envelope.return_value = mock.Mock(envelope_id=ENVELOPE_ID, status="sent")
    return c


def test_send(client):
    sender = EnvelopeSender(client, account_id=ACCOUNT_ID, token_provider=lambda: "fake-token")
    result = sender.send("@email@", template_id="@tid@")
    assert result.envelope_id == ENVELOPE_ID
    client.create_envelope.assert_called_once()
''', eid=g.guid(), aid=g.guid(), email=g.email(), tid=g.guid())


@neg("masked_log", ["logs/api-gateway.log", "var/log/@svc@/requests.log"])
def n_masked_log(g):
    out = []
    d = g.date()
    for _ in range(g.rint(3, 6)):
        out.append('%s %02d:%02d:%02d INFO http out method=%s url=%s auth="%s" status=%d ms=%d' % (
            d, g.rint(0, 23), g.rint(0, 59), g.rint(0, 59), g.pick(["GET", "POST"]),
            g.pick(["https://api.pandadoc.com/public/v1/documents",
                    "https://%s/restapi/v2.1/accounts/%s/envelopes" % (g.ds_host(), g.guid()),
                    "https://api.hellosign.com/v3/signature_request/list"]),
            g.pick(["Bearer ***", "API-Key [REDACTED]", "Basic ****", "Bearer <redacted>"]),
            g.pick([200, 201, 401, 429]), g.rint(80, 1500)))
    return "\n".join(out) + "\n"


@neg("openapi_spec", ["api/openapi.yaml", "docs/openapi/esign.yaml"])
def n_openapi(g):
    return T('''openapi: 3.0.3
info:
  title: Contracts internal API
  version: 1.@m@.0
components:
  securitySchemes:
    pandadocApiKey:
      type: apiKey
      in: header
      name: Authorization
      description: "API-Key {api_key}"
    boldsign:
      type: apiKey
      in: header
      name: X-API-KEY
  schemas:
    Envelope:
      type: object
      properties:
        envelopeId:
          type: string
          format: uuid
          example: @eid@
        documentHash:
          type: string
          example: @h@
''', m=g.rint(0, 40), eid=g.guid(), h=g.hexs(64))


@neg("request_ids", ["exports/zoho_sign_requests.csv"], "zoho_sign")
def n_zoho_csv(g):
    rows = ["request_id,document_id,request_name,status,owner"]
    for _ in range(g.rint(3, 7)):
        rows.append("%s,%s,%s,%s,%s" % (g.digits(17), g.digits(17), g.doc_title(),
                                        g.pick(["completed", "inprogress", "recalled"]), g.email()))
    return "\n".join(rows) + "\n"


@neg("pem_placeholder", ["keys/README.md", "docs/keys.md"], "docusign")
def n_key_readme(g):
    return '''# keys/

Put the DocuSign JWT private key here as `docusign_private.key` (git-ignored).
The file must look like:

```
-----BEGIN RSA PRIVATE KEY-----
<base64 key material from Apps and Keys>
-----END RSA PRIVATE KEY-----
```

Generate a new pair in *Apps and Keys -> Service Integration -> Generate RSA*
and upload only the **public** half anywhere else.
'''


# ----------------------------------------------------------------------------
# negative slot fillers for re-used positive templates
# ----------------------------------------------------------------------------

DOC_EXAMPLES["slack"] = ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"]

CODE_EXPR = {
    "py": ['os.environ["@E@"]', 'os.getenv("@E@")', 'os.environ.get("@E@", "")'],
    "js": ["process.env.@E@", "process.env.@E@ || ''"],
    "ts": ["process.env.@E@ ?? ''", "process.env.@E@!"],
    "php": ["env('@E@')", "getenv('@E@')"],
    "rb": ['ENV.fetch("@E@")', 'ENV["@E@"]'],
    "go": ['os.Getenv("@E@")'],
}

PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "<secret>", "TODO",
                "your-key-here", "<insert key>", "dummy", "placeholder", "__SET_IN_VAULT__", "...",
                "<@E@>", "CHANGE_ME_@E@"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "[FILTERED]", "(hidden)"]


def shape_mask(g, secret):
    """xxxx of the same shape, keeping documented prefixes."""
    for pre in ("api_", "1000.", "3AAABLblqZh", "https://hooks.slack.com/services/"):
        if secret.startswith(pre):
            rest = secret[len(pre):]
            return pre + "".join(c if c in "./-" else "x" for c in rest)
    return g.pick(["x", "X", "0", "*"]) * len(secret)


def last4_mask(secret):
    return "*" * (len(secret) - 4) + secret[-4:]


def env_inline(g, lang, E):
    if lang == "gha":
        return "${{ secrets.%s }}" % E
    if lang == "tf":
        return "${var.%s}" % E.lower()
    if lang == "http":
        return "{{$dotenv %s}}" % E
    if lang == "apex":
        return "{!$Credential.Password}"
    if lang in ("sh", "make", "md", "docker", "env"):
        return g.pick(["${%s}" % E, "$%s" % E]) if lang != "make" else "$(%s)" % E
    return "${%s}" % E


def secret_manager_ref(g, provider, E):
    return g.pick([
        "vault:secret/data/esign/%s#%s" % (provider, E.lower()),
        "op://Legal-Ops/%s/credential" % provider.replace("_", "-"),
        "arn:aws:secretsmanager:us-east-1:%s:secret:esign/%s-%s" % (g.digits(12), provider.replace("_", "-"),
                                                                    g.alnum(6)),
        "projects/contracts-prod/secrets/%s/versions/latest" % E.lower().replace("_", "-"),
        "azurekeyvault://kv-legal-prod/secrets/%s" % E.lower().replace("_", "-"),
    ])


def template_expr(g, lang, E):
    if lang == "yaml":
        return g.pick(["{{ .Values.esign.%s }}" % E.lower(), "{{ %s }}" % E.lower()])
    if lang in ("rb",):
        return "<%%= ENV['%s'] %%>" % E
    return g.pick(["{{ %s }}" % E.lower(), "<%%= ENV['%s'] %%>" % E, "#{%s}" % E])


def fill_scalar_negative(g, tpl, text):
    """Replace MARK in a rendered positive template by a non-secret."""
    E = tpl["env"]
    lang = tpl["lang"]
    real = tpl["secret"](g)           # only used to shape masks, never written whole
    kinds = ["placeholder"] * 5 + ["env_ref"] * 5 + ["secret_manager_ref"] * 2 + ["masked"] * 3 + \
        ["empty"] * 2 + ["documented_example"] * 2 + ["template_expression"] * 1
    if lang in ("log", "csv", "sql"):
        kinds = ["placeholder"] * 3 + ["masked"] * 5 + ["empty"] * 2 + ["documented_example"] * 1
    kind = g.pick(kinds)
    if kind == "env_ref" and lang in CODE_EXPR:
        for q in ('"', "'"):
            pat = q + MARK + q
            if pat in text:
                return text.replace(pat, T(g.pick(CODE_EXPR[lang]), E=E)), "env_ref"
    if kind == "env_ref":
        val = env_inline(g, lang, E)
    elif kind == "placeholder":
        val = g.pick([T(g.pick(PLACEHOLDERS), E=E), shape_mask(g, real)])
    elif kind == "masked":
        val = g.pick([g.pick(MASKS), last4_mask(real)])
    elif kind == "empty":
        val = ""
    elif kind == "documented_example":
        ex = DOC_EXAMPLES.get(tpl["provider"])
        if ex:
            val = g.pick(ex)
        else:
            kind = "placeholder"
            val = shape_mask(g, real)
    elif kind == "secret_manager_ref":
        val = secret_manager_ref(g, tpl["provider"], E)
    else:
        val = template_expr(g, lang, E)
    return text.replace(MARK, val), kind


def pem_negative(g, tpl):
    """Non-secret content for a private-key slot."""
    label = g.pick(["RSA PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY"])
    kind = g.pick(["pem_placeholder", "pem_placeholder", "public_key", "env_ref", "masked", "empty"])
    if tpl["id"] == "ds_key_file" and kind in ("env_ref", "empty", "masked"):
        kind = g.pick(["pem_placeholder", "public_key"])
    if kind == "pem_placeholder":
        body = g.pick(["<paste the private key from Apps and Keys here>", "...", "MIIE...REDACTED...",
                       "YOUR_PRIVATE_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
        lines = ["-----BEGIN %s-----" % label, body, "-----END %s-----" % label]
    elif kind == "public_key":
        lines = g.rsa_public_lines(pkcs1=g.chance(0.3))
    elif kind == "env_ref":
        lines = [env_inline(g, tpl["lang"] if tpl["lang"] in ("sh", "env", "md", "tf") else "yaml", tpl["env"])]
    elif kind == "masked":
        lines = [g.pick(MASKS)]
    else:
        lines = [""]
    if tpl["pem"] == "escaped":
        return "\\n".join(lines) + ("\\n" if len(lines) > 1 else ""), kind
    return lines, kind


# ----------------------------------------------------------------------------
# output
# ----------------------------------------------------------------------------

ENV_BLOCKED_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") or base == "env.example":
        return "env"
    if base in ("Dockerfile", "Makefile", "authorized_keys", "SHA256SUMS"):
        return base.lower()
    if base.endswith(".Dockerfile"):
        return "dockerfile"
    if "." in base:
        return base.rsplit(".", 1)[-1].lower()
    return base.lower()


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in ENV_BLOCKED_OK


def choose_path(g, paths):
    return T(g.pick(paths), svc=g.svc())


def cycle_order(g, n, items, weights):
    order = []
    while len(order) < n:
        cyc = []
        for i, w in zip(range(len(items)), weights):
            cyc.extend([i] * w)
        g.shuffle(cyc)
        order.extend(cyc)
    return order[:n]


def line_of(text, needle):
    idx = text.index(needle)
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def make_positive(g, tpl):
    if tpl["pem"]:
        lines = g.rsa_private_lines()
        if tpl["pem"] == "multi":
            text = tpl["render"](g, lines)
            needle = lines[0]
        else:
            esc = "\\n".join(lines) + "\\n"
            text = tpl["render"](g, esc)
            needle = "\\n".join(lines)
    else:
        secret = tpl["secret"](g)
        text = tpl["render"](g, MARK)
        assert text.count(MARK) == 1, tpl["id"]
        text = text.replace(MARK, secret)
        needle = secret
    assert MARK not in text
    return text, needle


def make_reuse_negative(g, tpl):
    if tpl["pem"]:
        val, kind = pem_negative(g, tpl)
        text = tpl["render"](g, val)
    else:
        text = tpl["render"](g, MARK)
        text, kind = fill_scalar_negative(g, tpl, text)
    assert MARK not in text
    return text, kind


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gz.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    g = G(seed)
    manifest = []
    secrets = []

    porder = cycle_order(g, NPOS, POS, [t["weight"] for t in POS])
    for i in range(NPOS):
        tpl = POS[porder[i]]
        text, needle = make_positive(g, tpl)
        rel = "pos/p%04d/%s" % (i, choose_path(g, tpl["paths"]))
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], (rel, needle)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    half = NNEG // 2
    rorder = cycle_order(g, half, POS, [1] * len(POS))
    norder = cycle_order(g, NNEG - half, NEG, [1] * len(NEG))
    for j in range(NNEG):
        if j < half:
            tpl = POS[rorder[j]]
            text, kind = make_reuse_negative(g, tpl)
            kind = "reuse_" + tpl["kind"] + ":" + kind
        else:
            tpl = NEG[norder[j - half]]
            text = tpl["render"](g)
            kind = tpl["kind"]
        path = choose_path(g, tpl["paths"])
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
            path += g.pick([".env.example", ".env.sample"])
        rel = "neg/n%04d/%s" % (j, path)
        assert not is_blocked_env(rel)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": tpl["provider"], "kind": kind,
                         "filetype": filetype(rel)})

    # re-read what was written and check the needles again
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    nenv = sum(1 for m in manifest if m["label"] == "pos" and is_blocked_env(m["file"]))
    assert nenv * 20 <= NPOS, nenv

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
