#!/usr/bin/env python3
"""Blind evaluation-set generator "cs" for the keyhook secret scanner.

EMPHASIS
    Document generation, conversion, OCR and AI document processing services.
    Positives hold exactly one credential of one of these kinds:
      DocRaptor API key, PDFShift API key, Adobe PDF Services client secret
      (OAuth server-to-server, client_id beside it), Aspose Cloud client secret
      (client_id beside it), CloudConvert API key (RS256 JWT), ConvertAPI secret,
      Mindee API key, Veryfi client secret and Veryfi API key, Nanonets API key,
      Docparser API key, Google Document AI service-account key (private_key of
      the JSON key file), Azure AI Document Intelligence key, ABBYY Cloud OCR SDK
      application password, AWS Textract credentials (secret access key next to
      its AKIA id), Nutrient/PSPDFKit SDK license key, Nutrient DWS API key,
      Apryse/PDFTron commercial license key, Gotenberg basic-auth password,
      DocuSeal API token, Documenso API token, Carbone Cloud API key (JWT),
      Templated API key, APITemplate.io API key, Placid API token.
    File types: Python scripts/services/settings/tests, Node JS, TypeScript,
    PHP (Laravel config + Guzzle + plain curl), Java (+ .properties,
    gradle.properties), C# (+ appsettings.json, App.config), Go, Ruby, shell with
    curl, Jupyter notebooks, YAML/JSON/TOML/INI configs, .env files, Docker
    compose, Dockerfile, Makefile, GitHub Actions, GitLab CI, Kubernetes/Helm,
    Terraform tfvars, serverless.yml, Markdown READMEs/runbooks, Postman
    collections and environments, AWS credentials files.

USAGE
    python3 gen_cs.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files), OUTDIR/neg/nNNNN/<relpath>
    (500 files), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness
    comes from random.Random(SEED); output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file; "line" is the 1-based
      line of its first occurrence.
    * id/secret pairs (Adobe, Aspose, Veryfi, AWS, ABBYY, Gotenberg user/password):
      the needle is the secret half only; the public id may sit next to it.
    * Veryfi API key: the needle is the 32-hex key, even when written inside an
      "apikey username:KEY" header value.
    * JWT-shaped keys (CloudConvert, Carbone): the whole JWT is the needle.
    * Google service-account key: the needle is the complete "private_key"
      string value as written inside the JSON (PEM with literal backslash-n
      escapes), i.e. from -----BEGIN PRIVATE KEY----- to the trailing \\n.
    * Keys embedded in URLs (user-info or query parameter) or in headers: the
      needle is just the key.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by:
    placeholders (YOUR_API_KEY, <your-key>, changeme, xxxx...), environment
    references (os.environ, process.env, env(), ${VAR}, ${{ secrets.X }}),
    secret-manager references (AWS Secrets Manager ARNs, GCP Secret Manager
    resource names, Vault paths, Azure Key Vault references, 1Password op://
    URIs), masked/redacted values (****, sk_****abcd), empty values, and
    vendor-published documentation examples (DocRaptor YOUR_API_KEY_HERE,
    Apryse "YOUR APRYSE LICENSE KEY::Testing::123", Veryfi api_demo example,
    AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY,
    Documenso api_xxxxxxxxxxxxxxxx, Carbone "test_eyJhbG....o3wfR").
    The other half are domain look-alikes: CloudConvert job/task JSON with
    UUID ids, Mindee/Textract/Azure DI/Document AI responses and processor
    names, Docparser and DocuSeal webhook payloads (hex ids, slugs), Carbone
    template ids (64 hex), APITemplate/Placid template ids, SHA256SUMS files,
    package-lock integrity hashes, git SHAs in changelogs, raw PDF text with
    object ids and /ID trailer digests, base64 of harmless sample PDFs/PNGs,
    RFC 4231 HMAC test vectors, webhook signature fixtures, RSA public keys,
    SOPS ciphertext, i18n strings, OCR output prose containing "key" and
    "password", worker logs with masked auth, trial-mode SDK set-ups without
    a license, Gotenberg compose files without auth, IAM policies and
    ExternalSecret manifests.

DOUBTS (formats written from memory or only loosely confirmed)
    * DocRaptor key length (used 20 mixed alnum) - from memory.
    * PDFShift "sk_" + 40 hex - from memory; older 32-hex keys not generated.
    * Adobe client secret "p8e-" + 32 [A-Za-z0-9_-] - from memory of Adobe IO
      console credentials.
    * Aspose client secret 32 hex with UUID client id - from SDK placeholder
      shapes (xxxxxxxx-xxxx-... / 32 x) in docs.
    * CloudConvert key = RS256 JWT with Laravel-Passport-style claims (aud, jti,
      iat, nbf, exp, sub, scopes) - from memory.
    * ConvertAPI secret as 16 mixed alnum - from memory; newer API tokens may
      differ.
    * Mindee v1 key 32 hex - from memory.  Veryfi client_id "vrf"+37 alnum,
      client secret 128 alnum, API key 32 hex - from memory.
    * Nanonets key 32 mixed alnum, Docparser key 40 hex - from memory.
    * Azure Document Intelligence key 32 hex (classic format); the newer
      84-character key format is NOT generated.
    * ABBYY Cloud OCR password 24 chars of base64 alphabet - shape taken from
      a public code sample, length approximate.
    * Nutrient SDK license keys as 150-220 chars base64url - from memory, shape
      uncertain.  Nutrient DWS "pdf_live_" prefix is documented; the 32-char
      tail length is a guess.
    * Apryse commercial license "Company:OEM:Product::W+:AMS(yyyymmdd):HEX" -
      from memory, shape uncertain.
    * DocuSeal token 40 alnum, Documenso "api_" + 16-24 [a-z0-9] (prefix
      documented, length guessed), Templated and Placid tokens 40 alnum - guessed.
    * Carbone production key as an ES512 JWT - docs confirm JWT ("eyJhbG...");
      claims/alg guessed.  APITemplate key = base64("uid:kid:random") - memory.
    * Mobile SDK calls (Kotlin PSPDFKit.initialize(..., InitializationOptions(
      licenseKey = ...)), Swift PSPDFKit.setLicenseKey, Apryse
      AppUtils.initializePDFNetApplication / PTPDFNet.initialize) and several SDK
      constructors (pydocparser, carbone_sdk, ABBYY CloudOCR, docparser-node,
      @docuseal/api, Nanonets OCR JS SDK) are written from memory or from the
      package READMEs seen in search results; exact signatures may differ.
    * Label disputes: vendor documentation examples (Veryfi api_demo header,
      AWS EXAMPLE keys) are labelled negative; RSA *public* keys negative;
      RFC 4231 test-vector keys negative; Nutrient pdf_test_ keys are not
      generated at all (they are still account credentials).
    * Gotenberg passwords are human-style passwords, so detection relies on
      context (GOTENBERG_API_BASIC_AUTH_PASSWORD, basic-auth URLs).

SEARCHES
    docs corpus: DocRaptor test key YOUR_API_KEY_HERE (confirmed public test key
    and basic-auth usage); PDFShift auth; Adobe PDF Services client_id /
    client_secret; Veryfi auth (CLIENT-ID header, "apikey USER:KEY", published
    example api_demo:1f2pdas7jkj389d8sda); Mindee "Authorization: Token";
    Documenso "api_" tokens; Nutrient DWS pdf_live_/pdf_test_; ConvertAPI
    secret/token; CloudConvert API keys; Aspose client id/secret; Nanonets
    basic auth with key as username; Docparser secret API key; DocuSeal
    X-Auth-Token; Apryse PDFNet.Initialize placeholder key; Carbone test/
    production keys (Bearer, test_ prefix); APITemplate X-API-KEY; ABBYY Cloud
    OCR application id/password.  No secret-scanner rule code, regexes or
    detector pages were shown.  One result was a Socket supply-chain audit page
    (skills.sh, about a DocRaptor "skill"); it contained no detection rules and
    was not used.  DocuSeal submitter "slug" values in webhook fixtures are
    labelled negative (record ids in a test fixture), though they act as
    signing-link identifiers.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import sys

# --------------------------------------------------------------------------
# basic helpers
# --------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def mixed(r, n, alph=ALNUM):
    """Random string that contains upper, lower and digits (looks generated)."""
    while True:
        s = rs(r, alph, n)
        if (any(c in UP for c in s) and any(c in LO for c in s)
                and sum(c in DIG for c in s) >= 2):
            return s


def hexs(r, n):
    while True:
        s = rs(r, HEX, n)
        if sum(c in DIG for c in s) >= 2 and sum(c in "abcdef" for c in s) >= 2:
            return s


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, header, payload, sig_bytes):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    s = b64u(bytes(r.getrandbits(8) for _ in range(sig_bytes)))
    return h + "." + p + "." + s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ts(r):
    return r.randint(1672531200, 1767225600)  # 2023..2025


def words_name(words, style):
    w = [x.lower() for x in words]
    if style == "snake":
        return "_".join(w)
    if style == "screaming":
        return "_".join(w).upper()
    if style == "kebab":
        return "-".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "dot":
        return ".".join(w)
    return "_".join(w)


COMPANIES = ["Northwind Logistics", "Acme Paperworks", "Bluefin Insurance", "Kestrel Health",
             "Orbit Legal", "Greenleaf Accounting", "Lumen Realty", "Harbor Freight Docs",
             "Vantage Payroll", "Copperline Energy", "Tidewater Bank", "Sable Analytics"]
SLUGS = ["northwind", "acme", "bluefin", "kestrel", "orbit", "greenleaf", "lumen",
         "harbor", "vantage", "copperline", "tidewater", "sable"]
PEOPLE = ["maria", "jkowalski", "dev-ops", "t.nguyen", "r.osei", "li.wei", "sam", "priya",
          "ops-bot", "hgarcia", "akim", "fmuller"]
REGIONS = ["eu-west-1", "us-east-1", "us-west-2", "eu-central-1", "ap-southeast-2"]
DOCTYPES = ["invoice", "receipt", "purchase_order", "bank_statement", "payslip",
            "contract", "delivery_note", "id_card", "w9_form", "utility_bill"]

PW_WORDS = ["sunflower", "pelican", "Orchard", "marmalade", "Falcon", "copper", "Harbor",
            "winter", "Tangerine", "rocket", "Maple", "lighthouse", "Quartz", "nebula",
            "Gotenberg", "printer", "Paperclip", "banjo", "Cobalt", "meadow"]


def human_password(r):
    k = r.randint(0, 5)
    w1, w2 = r.choice(PW_WORDS), r.choice(PW_WORDS)
    sym = r.choice("!#$%&*@?-_.")
    if k == 0:
        return "%s%s%d%s" % (w1.capitalize(), w2.lower(), r.randint(10, 99), sym)
    if k == 1:
        return "%s-%s-%d" % (w1.capitalize(), w2.capitalize(), r.randint(100, 9999))
    if k == 2:
        leet = w1.replace("o", "0").replace("e", "3").replace("a", "@")
        return "%s%s%d" % (leet.capitalize(), sym, r.randint(1980, 2025))
    if k == 3:
        return "%s%d%s%s" % (w1.lower(), r.randint(1, 9999), sym, w2.upper()[:4])
    if k == 4:
        return mixed(r, r.randint(14, 20), ALNUM + "!#%&*-_")
    return "%s.%s.%s%d" % (r.choice(PW_WORDS).lower(), w1.lower(), w2.lower(), r.randint(1, 99))


def private_key_pem_escaped(r):
    """PKCS#8 RSA-2048 shaped PEM body, written JSON-escaped (literal \\n)."""
    prefix = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    body = prefix + rs(r, B64, 1624 - len(prefix) - 4) + rs(r, B64, 2) + "=="
    body = body[:1620] + rs(r, B64, 2) + "=="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


def public_key_pem(r):
    prefix = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
    body = prefix + rs(r, B64, 392 - len(prefix) - 8) + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


# --------------------------------------------------------------------------
# credentials
# --------------------------------------------------------------------------
class Cred(object):
    """One credential (or a negative stand-in for one)."""

    def __init__(self, prov, **kw):
        self.prov = prov
        self.spec = PROVIDERS[prov]
        self.kind = self.spec["kind"]
        self.secret = None      # needle
        self.pid = None         # public half (client id, key id, username, app id)
        self.extra = {}
        self.__dict__.update(kw)


def g_docraptor(r):
    return {"secret": mixed(r, 20)}


def g_pdfshift(r):
    return {"secret": "sk_" + hexs(r, 40)}


def g_adobe(r):
    return {"secret": "p8e-" + mixed(r, 32, ALNUM + "-_"), "pid": hexs(r, 32)}


def g_aspose(r):
    return {"secret": hexs(r, 32), "pid": uuid4(r)}


def g_cloudconvert(r):
    t = ts(r)
    payload = {"aud": "1", "jti": hexs(r, 80), "iat": t, "nbf": t,
               "exp": t + r.choice([31536000, 63072000, 3155760000]),
               "sub": str(r.randint(10000, 9999999)),
               "scopes": r.choice([["user.read", "task.read", "task.write"],
                                   ["task.read", "task.write"],
                                   ["user.read", "user.write", "task.read", "task.write",
                                    "webhook.read", "webhook.write", "preset.read"]])}
    return {"secret": jwt(r, {"typ": "JWT", "alg": "RS256"}, payload, 256)}


def g_convertapi(r):
    return {"secret": mixed(r, 16)}


def g_mindee(r):
    return {"secret": hexs(r, 32)}


def g_veryfi_secret(r):
    return {"secret": mixed(r, 128), "pid": "vrf" + mixed(r, 37)}


def g_veryfi_key(r):
    return {"secret": hexs(r, 32), "pid": r.choice(PEOPLE).replace(".", "") + r.choice(["", ".ap", "_ocr", str(r.randint(1, 99))])}


def g_nanonets(r):
    return {"secret": mixed(r, 32)}


def g_docparser(r):
    return {"secret": hexs(r, 40)}


def g_gcp_sa(r):
    return {"secret": private_key_pem_escaped(r), "pid": hexs(r, 40)}


def g_azure_di(r):
    return {"secret": hexs(r, 32)}


def g_abbyy(r):
    return {"secret": mixed(r, 24, B64),
            "pid": r.choice(["InvoiceReader", "ocr-pipeline", "ScanToText", "archive_ocr",
                             "mailroom-ocr", "DocIntake"]) + r.choice(["", "2", "-prod", "_eu"])}


def g_aws(r):
    return {"secret": mixed(r, 40, B64), "pid": "AKIA" + rs(r, UP + "234567", 16)}


def g_nutrient_lic(r):
    return {"secret": mixed(r, r.randint(150, 220), B64URL)}


def g_nutrient_dws(r):
    return {"secret": "pdf_live_" + mixed(r, 32)}


def g_apryse(r):
    i = r.randrange(len(COMPANIES))
    prod = r.choice(["DocPortal", "ClaimsViewer", "Contract Hub", "eSign Desk", "Archive Viewer"])
    plat = r.choice(["WL", "W", "X", "WLX"])
    date = "%d%02d%02d" % (r.randint(2025, 2027), r.randint(1, 12), r.randint(1, 28))
    key = "%s(%s.com):OEM:%s::%s+:AMS(%s):%s" % (COMPANIES[i], SLUGS[i], prod, plat, date,
                                                   rs(r, "0123456789ABCDEF", r.choice([56, 62, 64])))
    return {"secret": key}


def g_gotenberg(r):
    return {"secret": human_password(r), "pid": r.choice(["gotenberg", "pdf", "renderer", "api", "svc-pdf"])}


def g_docuseal(r):
    return {"secret": mixed(r, 40)}


def g_documenso(r):
    return {"secret": "api_" + rs(r, LO + DIG, r.randint(16, 24))}


def g_carbone(r):
    t = ts(r)
    payload = {"iss": str(r.randint(1000000000000000, 9999999999999999)), "aud": "carbone-ee",
               "exp": t + 3155760000, "data": {"type": "production"}}
    return {"secret": jwt(r, {"alg": "ES512", "typ": "JWT"}, payload, 132)}


def g_templated(r):
    return {"secret": mixed(r, 40)}


def g_apitemplate(r):
    raw = "%d:%d:%s" % (r.randint(1000, 99999), r.randint(100, 9999), mixed(r, 16))
    return {"secret": base64.b64encode(raw.encode()).decode().rstrip("=")}


def g_placid(r):
    return {"secret": mixed(r, 40)}


# auth styles: basic_user, basic_pair, header, form_token, aws, license, sa
PROVIDERS = {
    "docraptor": dict(kind="docraptor_api_key", gen=g_docraptor, disp="DocRaptor", auth="basic_user",
                      words=["docraptor", "api", "key"], url="https://api.docraptor.com/docs",
                      qparam="user_credentials"),
    "pdfshift": dict(kind="pdfshift_api_key", gen=g_pdfshift, disp="PDFShift", auth="header",
                     hdr="X-API-Key", pre="", words=["pdfshift", "api", "key"],
                     url="https://api.pdfshift.io/v3/convert/pdf"),
    "adobe": dict(kind="adobe_pdf_services_client_secret", gen=g_adobe, disp="Adobe PDF Services",
                  auth="form_token", words=["pdf", "services", "client", "secret"],
                  idwords=["pdf", "services", "client", "id"],
                  token_url="https://pdf-services.adobe.io/token",
                  url="https://pdf-services.adobe.io/operation/htmltopdf"),
    "aspose": dict(kind="aspose_cloud_client_secret", gen=g_aspose, disp="Aspose Cloud",
                   auth="form_token", words=["aspose", "client", "secret"],
                   idwords=["aspose", "client", "id"],
                   token_url="https://api.aspose.cloud/connect/token",
                   url="https://api.aspose.cloud/v4.0/words/convert?format=pdf"),
    "cloudconvert": dict(kind="cloudconvert_api_key", gen=g_cloudconvert, disp="CloudConvert",
                         auth="header", hdr="Authorization", pre="Bearer ",
                         words=["cloudconvert", "api", "key"], url="https://api.cloudconvert.com/v2/jobs"),
    "convertapi": dict(kind="convertapi_secret", gen=g_convertapi, disp="ConvertAPI", auth="header",
                       hdr="Authorization", pre="Bearer ", words=["convertapi", "secret"],
                       url="https://v2.convertapi.com/convert/docx/to/pdf", qparam="Secret"),
    "mindee": dict(kind="mindee_api_key", gen=g_mindee, disp="Mindee", auth="header",
                   hdr="Authorization", pre="Token ", words=["mindee", "api", "key"],
                   url="https://api.mindee.net/v1/products/mindee/invoices/v4/predict"),
    "veryfi_secret": dict(kind="veryfi_client_secret", gen=g_veryfi_secret, disp="Veryfi",
                          auth="veryfi_sdk", words=["veryfi", "client", "secret"],
                          idwords=["veryfi", "client", "id"],
                          url="https://api.veryfi.com/api/v8/partner/documents"),
    "veryfi_key": dict(kind="veryfi_api_key", gen=g_veryfi_key, disp="Veryfi", auth="header",
                       hdr="Authorization", pre="apikey {pid}:", words=["veryfi", "api", "key"],
                       idwords=["veryfi", "username"],
                       url="https://api.veryfi.com/api/v8/partner/documents"),
    "nanonets": dict(kind="nanonets_api_key", gen=g_nanonets, disp="Nanonets", auth="basic_user",
                     words=["nanonets", "api", "key"],
                     url="https://app.nanonets.com/api/v2/OCR/Model/{model}/LabelFile/"),
    "docparser": dict(kind="docparser_api_key", gen=g_docparser, disp="Docparser", auth="basic_user",
                      words=["docparser", "api", "key"],
                      url="https://api.docparser.com/v1/document/upload/{parser}"),
    "gcp_docai": dict(kind="google_document_ai_service_account_key", gen=g_gcp_sa,
                      disp="Google Document AI", auth="sa", words=["google", "credentials"],
                      idwords=["private", "key", "id"],
                      url="https://us-documentai.googleapis.com/v1/"),
    "azure_di": dict(kind="azure_document_intelligence_key", gen=g_azure_di,
                     disp="Azure AI Document Intelligence", auth="header",
                     hdr="Ocp-Apim-Subscription-Key", pre="",
                     words=["document", "intelligence", "key"],
                     url="https://{res}.cognitiveservices.azure.com/documentintelligence/documentModels/prebuilt-invoice:analyze?api-version=2024-11-30"),
    "abbyy": dict(kind="abbyy_cloud_ocr_password", gen=g_abbyy, disp="ABBYY Cloud OCR SDK",
                  auth="basic_pair", words=["abbyy", "password"], idwords=["abbyy", "app", "id"],
                  url="https://cloud-eu.ocrsdk.com/processImage?language=English&exportFormat=xml"),
    "aws_textract": dict(kind="aws_secret_access_key", gen=g_aws, disp="AWS Textract", auth="aws",
                         words=["aws", "secret", "access", "key"],
                         idwords=["aws", "access", "key", "id"],
                         url="https://textract.us-east-1.amazonaws.com"),
    "nutrient_lic": dict(kind="nutrient_pspdfkit_license_key", gen=g_nutrient_lic,
                         disp="Nutrient (PSPDFKit)", auth="license",
                         words=["pspdfkit", "license", "key"], url=""),
    "nutrient_dws": dict(kind="nutrient_dws_api_key", gen=g_nutrient_dws, disp="Nutrient DWS API",
                         auth="header", hdr="Authorization", pre="Bearer ",
                         words=["nutrient", "api", "key"], url="https://api.nutrient.io/build"),
    "apryse": dict(kind="apryse_pdftron_license_key", gen=g_apryse, disp="Apryse (PDFTron)",
                   auth="license", words=["pdftron", "license", "key"], url=""),
    "gotenberg": dict(kind="gotenberg_basic_auth_password", gen=g_gotenberg, disp="Gotenberg",
                      auth="basic_pair", words=["gotenberg", "password"],
                      idwords=["gotenberg", "username"],
                      url="http://gotenberg:3000/forms/chromium/convert/url"),
    "docuseal": dict(kind="docuseal_api_token", gen=g_docuseal, disp="DocuSeal", auth="header",
                     hdr="X-Auth-Token", pre="", words=["docuseal", "api", "key"],
                     url="https://api.docuseal.com/submissions"),
    "documenso": dict(kind="documenso_api_token", gen=g_documenso, disp="Documenso", auth="header",
                      hdr="Authorization", pre="", words=["documenso", "api", "token"],
                      url="https://app.documenso.com/api/v2/envelope/create"),
    "carbone": dict(kind="carbone_api_key", gen=g_carbone, disp="Carbone", auth="header",
                    hdr="Authorization", pre="Bearer ", words=["carbone", "api", "token"],
                    url="https://api.carbone.io/render/{tpl}"),
    "templated": dict(kind="templated_api_key", gen=g_templated, disp="Templated", auth="header",
                      hdr="Authorization", pre="Bearer ", words=["templated", "api", "key"],
                      url="https://api.templated.io/v1/render"),
    "apitemplate": dict(kind="apitemplate_api_key", gen=g_apitemplate, disp="APITemplate.io",
                        auth="header", hdr="X-API-KEY", pre="", words=["apitemplate", "api", "key"],
                        url="https://rest.apitemplate.io/v2/create-pdf?template_id={tpl16}"),
    "placid": dict(kind="placid_api_token", gen=g_placid, disp="Placid", auth="header",
                   hdr="Authorization", pre="Bearer ", words=["placid", "api", "token"],
                   url="https://api.placid.app/api/rest/pdfs"),
}
PROV_ORDER = sorted(PROVIDERS)

NEUTRAL_WORDS = [["token"], ["auth", "value"], ["svc", "key"], ["render", "cfg"], ["upstream", "auth"],
                 ["conv", "param"], ["engine", "arg"], ["backend", "ref"], ["p1"], ["cred"],
                 ["client", "opt"], ["access"], ["remote", "value"], ["k"], ["pdf", "token"],
                 ["ocr", "setting"]]


def fill_url(r, url):
    return (url.replace("{model}", uuid4(r)).replace("{parser}", rs(r, LO, 12))
            .replace("{res}", r.choice(SLUGS) + "-docintel-" + r.choice(["prod", "weu", "eus", "dev"]))
            .replace("{tpl}", hexs(r, 64)).replace("{tpl16}", hexs(r, 16)))


def make_pos_cred(r, prov):
    spec = PROVIDERS[prov]
    g = spec["gen"](r)
    c = Cred(prov, secret=g["secret"], pid=g.get("pid"))
    c.url = fill_url(r, spec["url"])
    return c


# --------------------------------------------------------------------------
# values that can stand in the secret slot (negatives) and rendering helpers
# --------------------------------------------------------------------------
class Env(object):
    """An environment / secret reference instead of a literal value."""

    def __init__(self, name):
        self.name = name


def env_name(c, which="secret"):
    w = c.spec["idwords"] if which == "id" else c.spec["words"]
    return words_name(w, "screaming")


def code(v, lang, q='"'):
    """Expression for value v in a programming language."""
    if isinstance(v, Env):
        n = v.name
        return {"python": 'os.environ["%s"]' % n, "js": "process.env.%s" % n,
                "ts": "process.env.%s!" % n, "php": "env('%s')" % n,
                "java": 'System.getenv("%s")' % n, "cs": 'Environment.GetEnvironmentVariable("%s")' % n,
                "go": 'os.Getenv("%s")' % n, "ruby": 'ENV.fetch("%s")' % n,
                "shell": '"${%s}"' % n, "kotlin": 'System.getenv("%s")' % n}[lang]
    if lang == "shell":
        return "'" + v + "'" if q == "'" else '"' + v + '"'
    return q + v + q


def cfg(v, style="plain"):
    """Value text for v in a config file."""
    if isinstance(v, Env):
        if style == "gha":
            return "${{ secrets.%s }}" % v.name
        if style == "gitlab":
            return "$%s" % v.name
        if style in ("tf", "ini_empty"):
            return ""
        return "${%s}" % v.name
    return v


def concat(pre, v, lang):
    """Header value pre+v as an expression."""
    if not pre:
        return code(v, lang)
    if not isinstance(v, Env):
        return code(pre + v, lang)
    e = code(v, lang)
    if lang == "php":
        return '"%s" . %s' % (pre, e)
    if lang == "shell":
        return '"%s${%s}"' % (pre, v.name)
    return '"%s" + %s' % (pre, e)


def is_lit(v):
    return not isinstance(v, Env)


PLACEHOLDERS = ["YOUR_API_KEY", "<your-api-key>", "changeme", "REPLACE_ME", "your-secret-here",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<INSERT_KEY_HERE>", "TODO-set-in-vault", "dummy",
                "__SET_ME__", "<redacted>", "not-a-real-key", "PUT_YOUR_TOKEN_HERE", "example-key",
                "{{API_KEY}}", "%(api_key)s", "${API_KEY}", "sk_test_placeholder"]

DOC_EXAMPLES = {
    "docraptor": ["YOUR_API_KEY_HERE"],
    "apryse": ["YOUR APRYSE LICENSE KEY::Testing::123", "Insert commercial license key here after purchase"],
    "aspose": ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "documenso": ["api_xxxxxxxxxxxxxxxx"],
    "carbone": ["test_eyJhbG....o3wfR"],
    "aws_textract": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "veryfi_key": ["1f2pdas7jkj389d8sda"],
    "nanonets": ["YOUR_API_KEY_GOES_HERE", "REPLACE_API_KEY"],
    "docuseal": ["API_KEY", "your_api_key_here"],
    "pdfshift": ["sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_api_key"],
    "abbyy": ["<YOUR_APPLICATION_PASSWORD>", "YOUR_ABBY_APPLICATION_PASSWORD"],
    "mindee": ["my-api-key-here", "<my-apikey-here>"],
}

NEG_ID_EXAMPLES = {
    "aws_textract": "AKIAIOSFODNN7EXAMPLE",
    "veryfi_key": "api_demo",
    "aspose": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
}


def secret_ref(r, c):
    slug = r.choice(SLUGS)
    n = c.prov.replace("_", "-")
    k = r.randint(0, 5)
    if k == 0:
        return "arn:aws:secretsmanager:%s:%d:secret:prod/%s-%s" % (r.choice(REGIONS), r.randint(10**11, 10**12 - 1), n, rs(r, ALNUM, 6))
    if k == 1:
        return "projects/%s-docs/secrets/%s-api-key/versions/latest" % (slug, n)
    if k == 2:
        return "vault:secret/data/%s/%s#value" % (slug, n)
    if k == 3:
        return "@Microsoft.KeyVault(SecretUri=https://kv-%s-docs.vault.azure.net/secrets/%s-key/)" % (slug, n)
    if k == 4:
        return "op://Engineering/%s/credential" % c.spec["disp"].split()[0]
    return "{{ resolve:secretsmanager:%s/%s:SecretString:key }}" % (slug, n)


def masked(r, c):
    s = c.spec["gen"](r)["secret"]
    k = r.randint(0, 3)
    if k == 0:
        return s[:4] + "*" * min(24, len(s) - 4)
    if k == 1:
        return "*" * 8 + s[-4:]
    if k == 2:
        return "[REDACTED]"
    return "\u2022" * 12


def neg_value(r, c, kinds=None):
    """(value, why) for a negative secret slot."""
    opts = kinds or ["placeholder", "env", "env", "ref", "masked", "empty", "doc"]
    k = r.choice(opts)
    if k == "doc" and c.prov not in DOC_EXAMPLES:
        k = "placeholder"
    if k == "placeholder":
        return r.choice(PLACEHOLDERS), k
    if k == "env":
        return Env(env_name(c)), k
    if k == "ref":
        return secret_ref(r, c), k
    if k == "masked":
        return masked(r, c), k
    if k == "empty":
        return "", k
    return r.choice(DOC_EXAMPLES[c.prov]), k


def make_neg_cred(r, prov):
    c = make_pos_cred(r, prov)
    v, why = neg_value(r, c)
    c.secret = v
    if c.pid is not None:
        if prov in NEG_ID_EXAMPLES and r.random() < 0.5:
            c.pid = NEG_ID_EXAMPLES[prov]
        elif isinstance(v, Env) or r.random() < 0.5:
            c.pid = Env(env_name(c, "id"))
        else:
            c.pid = r.choice(["your-client-id", "<client-id>", "CLIENT_ID", "changeme"])
        if prov in ("gotenberg", "veryfi_key", "abbyy"):
            c.pid = r.choice(["gotenberg", "api_demo", "admin", "<username>", "ocr-app"])
    c.why = why
    return c


def N(r, c, ob, style, which="secret"):
    """Variable name: provider-specific if ob else neutral."""
    if which == "id":
        w = c.spec.get("idwords") or ["client", "id"]
        if not ob:
            w = r.choice([["client"], ["account"], ["user"], ["app"], ["principal"]])
    else:
        w = c.spec["words"] if ob else r.choice(NEUTRAL_WORDS)
    return words_name(w, style)


def pv(c, lang):
    """Code expression for the public id half (or None)."""
    if c.pid is None:
        return None
    return code(c.pid, lang)


def hpre(c):
    return c.spec.get("pre", "").replace("{pid}", "" if c.pid is None else str(c.pid))


# --------------------------------------------------------------------------
# HTTP call snippets: k / i are variable names already holding secret / id
# --------------------------------------------------------------------------
def http(lang, c, k, i):
    a = c.spec["auth"]
    url = c.url
    hdr = c.spec.get("hdr")
    pre = c.spec.get("pre", "")
    vf = "{pid}" in pre
    tok = c.spec.get("token_url")
    L = []
    if lang == "python":
        if a == "basic_user":
            L += ['resp = requests.post("%s", json=payload, auth=(%s, ""), timeout=60)' % (url, k)]
        elif a == "basic_pair":
            L += ['resp = requests.post("%s", files=files, auth=(%s, %s), timeout=120)' % (url, i, k)]
        elif a == "header":
            hv = ('f"apikey {%s}:{%s}"' % (i, k)) if vf else (('f"%s{%s}"' % (pre, k)) if pre else k)
            L += ['headers = {"%s": %s, "Accept": "application/json"}' % (hdr, hv),
                  'resp = requests.post("%s", headers=headers, json=payload, timeout=60)' % url]
        elif a == "form_token":
            L += ['tok = requests.post("%s", data={"client_id": %s, "client_secret": %s, "grant_type": "client_credentials"}, timeout=30)' % (tok, i, k),
                  'tok.raise_for_status()',
                  'headers = {"Authorization": "Bearer " + tok.json()["access_token"]%s}' % (', "x-api-key": ' + i if c.prov == "adobe" else ""),
                  'resp = requests.post("%s", headers=headers, json=payload, timeout=120)' % url]
        L += ["resp.raise_for_status()"]
    elif lang in ("js", "ts"):
        if a == "basic_user":
            L += ["const resp = await axios.post('%s', payload, {" % url,
                  "  auth: { username: %s, password: '' }," % k, "  responseType: 'arraybuffer',", "});"]
        elif a == "basic_pair":
            L += ["const resp = await axios.post('%s', form, {" % url,
                  "  auth: { username: %s, password: %s }," % (i, k), "  headers: form.getHeaders(),", "});"]
        elif a == "header":
            hv = ("`apikey ${%s}:${%s}`" % (i, k)) if vf else (("`%s${%s}`" % (pre, k)) if pre else k)
            L += ["const resp = await fetch('%s', {" % url, "  method: 'POST',",
                  "  headers: { '%s': %s, 'Content-Type': 'application/json' }," % (hdr, hv),
                  "  body: JSON.stringify(payload),", "});",
                  "if (!resp.ok) throw new Error(`upstream ${resp.status}`);"]
        elif a == "form_token":
            L += ["const tokenRes = await fetch('%s', {" % tok, "  method: 'POST',",
                  "  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },",
                  "  body: new URLSearchParams({ client_id: %s, client_secret: %s, grant_type: 'client_credentials' })," % (i, k),
                  "});", "const { access_token } = await tokenRes.json();",
                  "const resp = await fetch('%s', {" % url, "  method: 'POST',",
                  "  headers: { Authorization: `Bearer ${access_token}`%s, 'Content-Type': 'application/json' }," % (", 'x-api-key': " + i if c.prov == "adobe" else ""),
                  "  body: JSON.stringify(payload),", "});"]
    elif lang == "php":
        if a in ("basic_user", "basic_pair"):
            u = "$" + i if a == "basic_pair" else None
            L += ["$response = $this->http->post('%s', [" % url,
                  "    'auth' => [%s, %s]," % (u or "$" + k, "$" + k if u else "''"),
                  "    'json' => $payload,", "    'timeout' => 90,", "]);"]
        elif a == "header":
            hv = ('"apikey {$%s}:{$%s}"' % (i, k)) if vf else (('"%s" . $%s' % (pre, k)) if pre else "$" + k)
            L += ["$response = $this->http->post('%s', [" % url,
                  "    'headers' => ['%s' => %s, 'Accept' => 'application/json']," % (hdr, hv),
                  "    'json' => $payload,", "]);"]
        elif a == "form_token":
            L += ["$token = $this->http->post('%s', [" % tok,
                  "    'form_params' => ['client_id' => $%s, 'client_secret' => $%s, 'grant_type' => 'client_credentials']," % (i, k),
                  "])->getBody();", "$accessToken = json_decode($token, true)['access_token'];",
                  "$response = $this->http->post('%s', [" % url,
                  "    'headers' => ['Authorization' => 'Bearer ' . $accessToken%s]," % (", 'x-api-key' => $" + i if c.prov == "adobe" else ""),
                  "    'json' => $payload,", "]);"]
    elif lang == "java":
        if a in ("basic_user", "basic_pair"):
            up = (i + ' + ":" + ' + k) if a == "basic_pair" else (k + ' + ":"')
            L += ['String basic = Base64.getEncoder().encodeToString((%s).getBytes(StandardCharsets.UTF_8));' % up,
                  'HttpRequest req = HttpRequest.newBuilder(URI.create("%s"))' % url,
                  '        .header("Authorization", "Basic " + basic)']
        elif a == "header":
            hv = ('"apikey " + %s + ":" + %s' % (i, k)) if vf else (('"%s" + %s' % (pre, k)) if pre else k)
            L += ['HttpRequest req = HttpRequest.newBuilder(URI.create("%s"))' % url,
                  '        .header("%s", %s)' % (hdr, hv)]
        elif a == "form_token":
            L += ['String form = "grant_type=client_credentials&client_id=" + %s + "&client_secret=" + %s;' % (i, k),
                  'HttpRequest tokenReq = HttpRequest.newBuilder(URI.create("%s"))' % tok,
                  '        .header("Content-Type", "application/x-www-form-urlencoded")',
                  '        .POST(HttpRequest.BodyPublishers.ofString(form)).build();',
                  'String accessToken = mapper.readTree(client.send(tokenReq, BodyHandlers.ofString()).body()).get("access_token").asText();',
                  'HttpRequest req = HttpRequest.newBuilder(URI.create("%s"))' % url,
                  '        .header("Authorization", "Bearer " + accessToken)']
        L += ['        .header("Content-Type", "application/json")',
              '        .POST(HttpRequest.BodyPublishers.ofString(body))', '        .build();',
              'HttpResponse<byte[]> resp = client.send(req, BodyHandlers.ofByteArray());']
    elif lang == "cs":
        if a in ("basic_user", "basic_pair"):
            up = (i + ' + ":" + ' + k) if a == "basic_pair" else (k + ' + ":"')
            L += ['var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(%s));' % up,
                  '_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);']
        elif a == "header":
            if hdr == "Authorization" and not vf:
                L += ['_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("%s", %s);' % (pre.strip() or "Token", k)] if pre else \
                     ['_http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", %s);' % k]
            else:
                hv = ('$"apikey {%s}:{%s}"' % (i, k)) if vf else (('"%s" + %s' % (pre, k)) if pre else k)
                L += ['_http.DefaultRequestHeaders.Add("%s", %s);' % (hdr, hv)]
        elif a == "form_token":
            L += ['var form = new FormUrlEncodedContent(new Dictionary<string, string> {',
                  '    ["grant_type"] = "client_credentials", ["client_id"] = %s, ["client_secret"] = %s,' % (i, k),
                  '});',
                  'var tokenResp = await _http.PostAsync("%s", form);' % tok,
                  'var token = JsonDocument.Parse(await tokenResp.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();',
                  '_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);']
        L += ['var resp = await _http.PostAsync("%s", new StringContent(json, Encoding.UTF8, "application/json"));' % url,
              'resp.EnsureSuccessStatusCode();']
    elif lang == "go":
        if a == "form_token":
            L += ['form := url.Values{"grant_type": {"client_credentials"}, "client_id": {%s}, "client_secret": {%s}}' % (i, k),
                  'tr, err := c.http.PostForm("%s", form)' % tok,
                  'if err != nil {', '\treturn nil, err', '}', 'defer tr.Body.Close()',
                  'var tok struct{ AccessToken string `json:"access_token"` }',
                  'if err := json.NewDecoder(tr.Body).Decode(&tok); err != nil {', '\treturn nil, err', '}']
        L += ['req, err := http.NewRequestWithContext(ctx, http.MethodPost, "%s", bytes.NewReader(body))' % url,
              'if err != nil {', '\treturn nil, err', '}',
              'req.Header.Set("Content-Type", "application/json")']
        if a == "basic_user":
            L += ['req.SetBasicAuth(%s, "")' % k]
        elif a == "basic_pair":
            L += ['req.SetBasicAuth(%s, %s)' % (i, k)]
        elif a == "header":
            hv = ('"apikey "+%s+":"+%s' % (i, k)) if vf else (('"%s"+%s' % (pre, k)) if pre else k)
            L += ['req.Header.Set("%s", %s)' % (hdr, hv)]
        else:
            L += ['req.Header.Set("Authorization", "Bearer "+tok.AccessToken)']
        L += ['resp, err := c.http.Do(req)']
    elif lang == "ruby":
        L += ['uri = URI("%s")' % (url if a != "form_token" else tok),
              'req = Net::HTTP::Post.new(uri)']
        if a == "basic_user":
            L += ['req.basic_auth(%s, "")' % k]
        elif a == "basic_pair":
            L += ['req.basic_auth(%s, %s)' % (i, k)]
        elif a == "header":
            hv = ('"apikey #{%s}:#{%s}"' % (i, k)) if vf else (('"%s#{%s}"' % (pre, k)) if pre else k)
            L += ['req["%s"] = %s' % (hdr, hv)]
        else:
            L += ['req.set_form_data("grant_type" => "client_credentials", "client_id" => %s, "client_secret" => %s)' % (i, k)]
        L += ['req["Content-Type"] = "application/json"' if a != "form_token" else '# token exchange first',
              'res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https") { |h| h.request(req) }']
    elif lang == "shell":
        if a == "basic_user":
            L += ['curl -sS --fail -u "${%s}:" \\' % k]
        elif a == "basic_pair":
            L += ['curl -sS --fail -u "${%s}:${%s}" \\' % (i, k)]
        elif a == "header":
            hv = ("apikey ${%s}:${%s}" % (i, k)) if vf else ("%s${%s}" % (pre, k))
            L += ['curl -sS --fail -H "%s: %s" \\' % (hdr, hv)]
        else:
            L += ['ACCESS_TOKEN=$(curl -sS --fail -X POST "%s" \\' % tok,
                  '  -d grant_type=client_credentials -d "client_id=${%s}" -d "client_secret=${%s}" | jq -r .access_token)' % (i, k),
                  'curl -sS --fail -H "Authorization: Bearer ${ACCESS_TOKEN}" \\']
        L += ['  -H "Content-Type: application/json" \\', '  -d @"${PAYLOAD:-payload.json}" \\',
              '  -o "${OUT:-out.pdf}" \\', '  "%s"' % url]
    return L


# --------------------------------------------------------------------------
# small rendering helpers for templates
# --------------------------------------------------------------------------
SAFE = set(ALNUM + "_./:+=-")


def yq(r, v, style="yaml"):
    """YAML/dotenv scalar for a literal or env ref, quoted when needed."""
    s = cfg(v, style)
    if s == "":
        return '""'
    plain_ok = all(ch in SAFE for ch in s) and s[0] not in "-:" and not isinstance(v, Env)
    k = r.random()
    if plain_ok and k < 0.4:
        return s
    if k < 0.75 or "'" in s:
        return '"' + s + '"'
    return "'" + s + "'"


def dq(s):
    return json.dumps(s)


def idline_needed(c):
    return c.pid is not None


def pick_style(r, *styles):
    return r.choice(styles)


def comment_for(r, c, mark="#"):
    d = c.spec["disp"]
    return r.choice(["%s %s credentials (ask #docs-platform for access)" % (mark, d),
                     "%s %s" % (mark, d),
                     "%s --- %s ---" % (mark, d),
                     "%s used by the render/ocr workers" % mark,
                     "%s TODO: move to secret manager before GA" % mark,
                     "%s %s account: %s@%s.com" % (mark, d, r.choice(PEOPLE), r.choice(SLUGS))])


def kv_block(r, c, v, ob, style, fmt):
    """Lines 'name<sep>value' for id (if any) and secret."""
    out = []
    if c.pid is not None:
        out.append(fmt(N(r, c, ob, style, "id"), c.pid))
    out.append(fmt(N(r, c, ob, style), v))
    return out


# --------------------------------------------------------------------------
# templates: configuration files (work for any plain-string credential)
# each returns (relpath, text)
# --------------------------------------------------------------------------
def t_dotenv(r, c, v, ob):
    path = r.choice([".env", ".env.production", ".env.local", "services/renderer/.env",
                     "deploy/.env.staging", "api/.env.example.local"])
    L = ["# generated by scripts/bootstrap-env.sh - do not commit real values",
         "APP_ENV=%s" % r.choice(["production", "staging", "local"]),
         "APP_PORT=%d" % r.choice([3000, 8000, 8080, 5000]),
         "LOG_LEVEL=%s" % r.choice(["info", "debug", "warn"]),
         "STORAGE_BUCKET=%s-documents-%s" % (r.choice(SLUGS), r.choice(["prod", "stg", "dev"])),
         "MAX_UPLOAD_MB=%d" % r.choice([10, 25, 50]), ""]
    if r.random() < 0.5:
        L.insert(1, "")
    L.append(comment_for(r, c))
    L += kv_block(r, c, v, ob, "screaming", lambda n, x: "%s=%s" % (n, yq(r, x, "dotenv")))
    if c.spec["url"]:
        L.append("%s_URL=%s" % (c.prov.split("_")[0].upper(), c.url.split("?")[0]))
    L += ["", "REDIS_URL=redis://redis:6379/%d" % r.randint(0, 5),
          "OCR_CONCURRENCY=%d" % r.randint(2, 16),
          "PDF_DEFAULT_PAGE_SIZE=%s" % r.choice(["A4", "Letter"])]
    return path, "\n".join(L) + "\n"


def t_shell_exports(r, c, v, ob):
    path = r.choice([".envrc", "deploy/env.sh", "scripts/env.local.sh", "ops/set-env.sh"])
    L = ["#!/usr/bin/env bash" if not path.endswith(".envrc") else "# direnv config for the docs pipeline",
         "# source this before running the workers locally", "",
         "export PIPELINE_ENV=%s" % r.choice(["dev", "staging"]),
         "export OUTPUT_DIR=\"${HOME}/tmp/%s-out\"" % r.choice(["pdf", "ocr", "render"]),
         "export PYTHONPATH=\"$(pwd)/src\""]
    L.append(comment_for(r, c))
    L += kv_block(r, c, v, ob, "screaming",
                  lambda n, x: "export %s=%s" % (n, ("\"${%s}\"" % x.name) if isinstance(x, Env) else "'" + x + "'"))
    L += ["", "echo \"env loaded for ${PIPELINE_ENV}\""]
    return path, "\n".join(L) + "\n"


def t_compose(r, c, v, ob):
    path = r.choice(["docker-compose.yml", "docker-compose.override.yml", "compose.yaml", "deploy/docker-compose.prod.yml"])
    svc = r.choice(["worker", "renderer", "ocr-worker", "api", "doc-service"])
    L = ["services:", "  %s:" % svc, "    build: .", "    image: ghcr.io/%s/%s:%s" % (r.choice(SLUGS), svc, r.choice(["latest", "1.4.2", "main"])),
         "    restart: unless-stopped", "    depends_on:", "      - redis", "    environment:"]
    form = r.random() < 0.5
    if form:
        L += ["      - NODE_ENV=production", "      - QUEUE_NAME=%s" % r.choice(["documents", "ocr", "render"])]
        L += kv_block(r, c, v, ob, "screaming",
                      lambda n, x: "      - %s=%s" % (n, cfg(x)))
    else:
        L += ["      NODE_ENV: production", "      QUEUE_NAME: %s" % r.choice(["documents", "ocr", "render"])]
        L += kv_block(r, c, v, ob, "screaming", lambda n, x: "      %s: %s" % (n, yq(r, x)))
    L += ["    volumes:", "      - ./tmp:/app/tmp", "", "  redis:", "    image: redis:7-alpine",
          "    ports:", "      - \"6379:6379\""]
    return path, "\n".join(L) + "\n"


def t_gha(r, c, v, ob):
    wf = r.choice(["render-docs", "nightly-ocr", "deploy", "generate-reports", "e2e"])
    path = ".github/workflows/%s.yml" % wf
    L = ["name: %s" % wf.replace("-", " ").title(), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch:", "", "jobs:", "  %s:" % wf.split("-")[0], "    runs-on: ubuntu-latest",
         "    env:", "      PYTHON_VERSION: \"3.12\""]
    L += kv_block(r, c, v, ob, "screaming", lambda n, x: "      %s: %s" % (n, yq(r, x, "gha")))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
          "        with:", "          python-version: ${{ env.PYTHON_VERSION }}",
          "      - run: pip install -r requirements.txt",
          "      - name: Generate PDFs", "        run: python scripts/%s.py --out dist/" % wf.replace("-", "_"),
          "      - uses: actions/upload-artifact@v4", "        with:", "          name: pdfs", "          path: dist/"]
    return path, "\n".join(L) + "\n"


def t_gitlab(r, c, v, ob):
    L = ["stages:", "  - test", "  - render", "", "variables:", "  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\""]
    L += kv_block(r, c, v, ob, "screaming", lambda n, x: "  %s: %s" % (n, yq(r, x, "gitlab")))
    L += ["", "unit:", "  stage: test", "  image: python:3.12", "  script:", "    - pip install -e .[test]",
          "    - pytest -q", "", "render-samples:", "  stage: render", "  image: python:3.12",
          "  script:", "    - python -m docs_pipeline.render samples/ --out public/",
          "  artifacts:", "    paths: [public/]", "  only: [main]"]
    return ".gitlab-ci.yml", "\n".join(L) + "\n"


def t_k8s_secret(r, c, v, ob):
    name = r.choice(["doc-worker", "ocr-gateway", "renderer", "esign-api"])
    path = r.choice(["k8s/%s-secret.yaml" % name, "deploy/k8s/base/secret.yaml", "manifests/%s/secrets.yaml" % name])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % name,
         "  namespace: %s" % r.choice(["documents", "default", "ocr", "platform"]),
         "  labels:", "    app.kubernetes.io/name: %s" % name, "type: Opaque", "stringData:"]
    L += kv_block(r, c, v, ob, r.choice(["screaming", "kebab", "snake"]), lambda n, x: "  %s: %s" % (n, yq(r, x)))
    return path, "\n".join(L) + "\n"


def t_helm(r, c, v, ob):
    svc = r.choice(["doc-service", "ocr-worker", "pdf-renderer"])
    path = "charts/%s/values%s.yaml" % (svc, r.choice(["", "-prod", "-staging"]))
    L = ["replicaCount: %d" % r.randint(1, 4), "", "image:", "  repository: registry.%s.io/%s" % (r.choice(SLUGS), svc),
         "  tag: \"%d.%d.%d\"" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "  pullPolicy: IfNotPresent", "",
         "resources:", "  limits:", "    memory: %dMi" % r.choice([512, 1024, 2048]), "",
         "%s:" % words_name([c.spec["disp"].split()[0].lower().strip("(),")], "camel"),
         "  enabled: true", "  baseUrl: %s" % (c.url.split("?")[0] or "https://example.invalid")]
    L += kv_block(r, c, v, ob, "camel", lambda n, x: "  %s: %s" % (n, yq(r, x)))
    L += ["", "ingress:", "  enabled: false"]
    return path, "\n".join(L) + "\n"


def t_yaml_cfg(r, c, v, ob):
    path = r.choice(["config/ocr.yml", "config/settings.yaml", "conf/pipeline.yaml", "config/pdf.yml", "app/config/providers.yaml"])
    top = r.choice(["providers", "document_processing", "pdf", "ocr"])
    L = ["# pipeline configuration", "%s:" % top, "  default: %s" % c.prov.split("_")[0],
         "  timeout_seconds: %d" % r.choice([30, 60, 120]), "  retries: %d" % r.randint(1, 5),
         "  %s:" % c.prov.split("_")[0]]
    if c.url:
        L.append("    endpoint: %s" % c.url)
    L += kv_block(r, c, v, ob, r.choice(["snake", "kebab"]), lambda n, x: "    %s: %s" % (n, yq(r, x)))
    L += ["    languages: [%s]" % ", ".join(r.sample(["en", "de", "fr", "es", "it", "nl"], 3)),
          "", "storage:", "  bucket: %s-ocr-output" % r.choice(SLUGS), "  prefix: processed/"]
    return path, "\n".join(L) + "\n"


def t_json_cfg(r, c, v, ob):
    path = r.choice(["config/default.json", "config/production.json", "settings.json", "src/config/providers.json"])
    sec = {}
    if c.pid is not None:
        sec[N(r, c, ob, "camel", "id")] = cfg(c.pid)
    sec[N(r, c, ob, "camel")] = cfg(v)
    if c.url:
        sec["endpoint"] = c.url
    sec["timeoutMs"] = r.choice([30000, 60000, 120000])
    d = {"port": r.choice([3000, 8080]), "logLevel": "info",
         c.prov.split("_")[0]: sec,
         "queue": {"name": r.choice(["documents", "render"]), "concurrency": r.randint(2, 10)},
         "output": {"format": r.choice(["pdf", "pdf/a-2b", "docx"]), "dpi": r.choice([150, 300])}}
    return path, json.dumps(d, indent=r.choice([2, 4])) + "\n"


def t_appsettings(r, c, v, ob):
    path = r.choice(["appsettings.json", "appsettings.Production.json", "src/Docs.Api/appsettings.json"])
    sec = {}
    if c.pid is not None:
        sec[N(r, c, ob, "pascal", "id")] = cfg(c.pid)
    sec[N(r, c, ob, "pascal")] = cfg(v)
    if c.url:
        sec["BaseUrl"] = c.url.split("?")[0]
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*",
         words_name(c.spec["disp"].split()[0].strip("(),").split("."), "pascal"): sec,
         "Rendering": {"PageSize": "A4", "MaxConcurrentJobs": r.randint(2, 8)}}
    return path, json.dumps(d, indent=2) + "\n"


def t_toml(r, c, v, ob):
    path = r.choice(["config.toml", "settings.toml", "config/app.toml"])
    L = ["[app]", "name = \"%s-docs\"" % r.choice(SLUGS), "debug = false", "",
         "[%s]" % c.prov.split("_")[0]]
    if c.url:
        L.append("endpoint = \"%s\"" % c.url)
    L += kv_block(r, c, v, ob, "snake", lambda n, x: "%s = \"%s\"" % (n, cfg(x)))
    L += ["timeout = %d" % r.choice([30, 60]), "", "[output]", "dir = \"out\"", "format = \"pdf\""]
    return path, "\n".join(L) + "\n"


def t_ini(r, c, v, ob):
    path = r.choice(["config.ini", "settings.ini", "conf/ocr.cfg", "setup.cfg"])
    L = ["[DEFAULT]", "log_level = INFO", "workers = %d" % r.randint(2, 8), "",
         "[%s]" % c.prov.split("_")[0]]
    if c.url:
        L.append("endpoint = %s" % c.url.replace("%", "%%"))
    L += kv_block(r, c, v, ob, "snake", lambda n, x: "%s = %s" % (n, cfg(x)))
    L += ["", "[paths]", "input = ./inbox", "output = ./processed"]
    return path, "\n".join(L) + "\n"


def t_tfvars(r, c, v, ob):
    env = r.choice(["prod", "staging", "dev"])
    path = r.choice(["terraform/%s.tfvars" % env, "infra/envs/%s/terraform.tfvars" % env, "terraform.tfvars"])
    L = ["project     = \"%s-docs\"" % r.choice(SLUGS), "environment = \"%s\"" % env,
         "region      = \"%s\"" % r.choice(REGIONS), "", "worker_instance_type = \"%s\"" % r.choice(["t3.medium", "c6i.large"]),
         "worker_min_count     = %d" % r.randint(1, 3), ""]
    L += kv_block(r, c, v, ob, "snake", lambda n, x: "%s = \"%s\"" % (n, cfg(x, "tf")))
    return path, "\n".join(L) + "\n"


def t_dockerfile(r, c, v, ob):
    path = r.choice(["Dockerfile", "docker/worker.Dockerfile", "services/ocr/Dockerfile"])
    base = r.choice(["python:3.12-slim", "node:20-alpine", "eclipse-temurin:21-jre"])
    L = ["FROM %s" % base, "", "WORKDIR /app", "COPY . .",
         "RUN %s" % ("pip install --no-cache-dir -r requirements.txt" if "python" in base else ("npm ci --omit=dev" if "node" in base else "echo ok")),
         "", "ENV TZ=UTC \\", "    OUTPUT_DIR=/data/out"]
    for line in kv_block(r, c, v, ob, "screaming", lambda n, x: "ENV %s=%s" % (n, cfg(x) if is_lit(x) else "")):
        L.append(line)
    L += ["", "EXPOSE 8080", "CMD [%s]" % ('"python", "-m", "worker"' if "python" in base else ('"node", "dist/index.js"' if "node" in base else '"java", "-jar", "app.jar"'))]
    return path, "\n".join(L) + "\n"


def t_makefile(r, c, v, ob):
    L = [".PHONY: render test lint", "", "PY ?= python3", "OUT ?= build/pdf"]
    L += kv_block(r, c, v, ob, "screaming", lambda n, x: ("%s ?= %s" % (n, x)).rstrip() if is_lit(x) else "%s ?=" % n)
    nm = N(r, c, ob, "screaming")
    L += ["", "render:", "\t$(PY) -m docs.render --out $(OUT) --key \"$(%s)\"" % nm, "",
          "test:", "\t$(PY) -m pytest -q", "", "lint:", "\truff check src tests"]
    return "Makefile", "\n".join(L) + "\n"


def t_serverless(r, c, v, ob):
    L = ["service: %s-doc-pipeline" % r.choice(SLUGS), "", "provider:", "  name: aws",
         "  runtime: %s" % r.choice(["python3.12", "nodejs20.x"]), "  region: %s" % r.choice(REGIONS),
         "  memorySize: %d" % r.choice([512, 1024, 2048]), "  timeout: 60", "  environment:",
         "    STAGE: ${sls:stage}"]
    L += kv_block(r, c, v, ob, "screaming", lambda n, x: "    %s: %s" % (n, yq(r, x)))
    L += ["", "functions:", "  convert:", "    handler: handler.convert", "    events:",
          "      - s3:", "          bucket: incoming-docs", "          event: s3:ObjectCreated:*"]
    return "serverless.yml", "\n".join(L) + "\n"


def t_gradle_props(r, c, v, ob):
    L = ["org.gradle.jvmargs=-Xmx2g", "org.gradle.parallel=true", "android.useAndroidX=true",
         "kotlin.code.style=official", ""]
    L += kv_block(r, c, v, ob, r.choice(["camel", "dot", "snake"]), lambda n, x: "%s=%s" % (n, cfg(x)))
    return "gradle.properties", "\n".join(L) + "\n"


def t_java_props(r, c, v, ob):
    path = r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"])
    p = c.prov.split("_")[0]
    L = ["spring.application.name=document-service", "server.port=%d" % r.choice([8080, 8081]),
         "spring.servlet.multipart.max-file-size=%dMB" % r.choice([10, 20, 50]), "",
         "# %s" % c.spec["disp"]]
    if c.url:
        L.append("%s.base-url=%s" % (p, c.url.split("?")[0]))
    L += kv_block(r, c, v, ob, "kebab", lambda n, x: "%s.%s=%s" % (p, n, cfg(x)))
    L += ["%s.timeout=%ds" % (p, r.choice([30, 60])), "", "management.endpoints.web.exposure.include=health,info"]
    return path, "\n".join(L) + "\n"


def t_java_yml(r, c, v, ob):
    p = c.prov.split("_")[0]
    L = ["spring:", "  application:", "    name: ocr-service", "  servlet:", "    multipart:",
         "      max-file-size: 25MB", "", "%s:" % p]
    if c.url:
        L.append("  base-url: %s" % c.url.split("?")[0])
    L += kv_block(r, c, v, ob, "kebab", lambda n, x: "  %s: %s" % (n, yq(r, x)))
    L += ["  connect-timeout: 10s", "", "logging:", "  level:", "    root: INFO"]
    return "src/main/resources/application.yml", "\n".join(L) + "\n"


def t_appconfig(r, c, v, ob):
    path = r.choice(["App.config", "Web.config", "src/DocScanner/App.config"])
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <startup>",
         '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />', "  </startup>",
         "  <appSettings>", '    <add key="OutputFolder" value="C:\\Scans\\Out" />',
         '    <add key="PollIntervalSeconds" value="%d" />' % r.choice([15, 30, 60])]
    L += kv_block(r, c, v, ob, "pascal", lambda n, x: '    <add key="%s" value="%s" />' % (n, cfg(x)))
    L += ["  </appSettings>", "</configuration>"]
    return path, "\n".join(L) + "\n"


def t_postman_env(r, c, v, ob):
    env = r.choice(["Production", "Staging", "Local"])
    vals = [{"key": "baseUrl", "value": c.url.split("/v")[0] if c.url else "http://localhost:8080", "type": "default", "enabled": True}]
    if c.pid is not None:
        vals.append({"key": N(r, c, ob, "camel", "id"), "value": cfg(c.pid), "type": "default", "enabled": True})
    vals.append({"key": N(r, c, ob, "camel"), "value": cfg(v), "type": r.choice(["secret", "default"]), "enabled": True})
    d = {"id": uuid4(r), "name": "%s %s" % (c.spec["disp"], env), "values": vals,
         "_postman_variable_scope": "environment", "_postman_exported_at": "2024-%02d-%02dT10:%02d:11.204Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
         "_postman_exported_using": "Postman/10.%d.%d" % (r.randint(10, 24), r.randint(0, 9))}
    return "postman/%s.postman_environment.json" % env.lower(), json.dumps(d, indent=2) + "\n"


def t_runbook_md(r, c, v, ob):
    path = r.choice(["notes/runbook.md", "docs/ops/%s.md" % c.prov.split("_")[0], "docs/onboarding.md", "RUNBOOK.md"])
    L = ["# %s integration runbook" % c.spec["disp"], "",
         "Owner: @%s  ", "Last reviewed: 2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), "",
         "## Settings", "", "| setting | value |", "|---|---|"]
    L[2] = L[2] % r.choice(PEOPLE)
    if c.url:
        L.append("| endpoint | `%s` |" % c.url)
    if c.pid is not None:
        L.append("| %s | `%s` |" % (N(r, c, ob, "snake", "id"), cfg(c.pid)))
    L.append("| %s | `%s` |" % (N(r, c, ob, "snake"), cfg(v)))
    L += ["| timeout | 60s |", "", "## When jobs pile up", "",
          "1. Check the queue depth on the Grafana *Documents* board.",
          "2. Restart the workers: `kubectl rollout restart deploy/doc-worker -n documents`.",
          "3. If the provider returns 401, rotate the credential and update the table above.", ""]
    return path, "\n".join(L) + "\n"


def t_url_embed(r, c, v, ob):
    """Key inside a URL (user-info for basic auth, query parameter otherwise)."""
    a = c.spec["auth"]
    s = cfg(v)
    base = c.url
    if a == "basic_user":
        host = base.split("://", 1)[1]
        url = "https://%s@%s" % (s, host)
    elif a == "basic_pair":
        host = base.split("://", 1)[1]
        url = "%s://%s:%s@%s" % (base.split("://")[0], cfg(c.pid), s, host)
    else:
        qp = c.spec.get("qparam", "api_key")
        url = base + ("&" if "?" in base else "?") + "%s=%s" % (qp, s)
    k = r.randint(0, 2) if is_lit(v) else r.randint(0, 1)
    if k == 0:
        path = r.choice([".env", "config/.env.worker"])
        text = "\n".join(["# endpoints", "QUEUE=documents", "%s=%s" % (r.choice(["RENDER_ENDPOINT", "UPSTREAM_URL", "CONVERTER_URL", "OCR_URL"]), url),
                          "HTTP_TIMEOUT=60", "RETRY_BACKOFF=exponential"]) + "\n"
        return path, text
    if k == 1:
        path = r.choice(["config/endpoints.yml", "deploy/values/upstreams.yaml"])
        text = "\n".join(["upstreams:", "  renderer:", "    url: \"%s\"" % url, "    timeout: 60s",
                          "  storage:", "    url: \"s3://%s-docs/out/\"" % r.choice(SLUGS)]) + "\n"
        return path, text
    path = r.choice(["scripts/smoke_test.py", "tools/ping_renderer.py"])
    text = "\n".join(['"""Smoke test against the document renderer."""', "import sys", "", "import requests", "",
                      'ENDPOINT = "%s"' % url, "", "", "def main():",
                      '    r = requests.post(ENDPOINT, json={"test": True, "document_content": "<p>ok</p>"}, timeout=30)',
                      '    print(r.status_code, len(r.content))', "    return 0 if r.ok else 1", "", "",
                      'if __name__ == "__main__":', "    sys.exit(main())"]) + "\n"
    return path, text


# --------------------------------------------------------------------------
# code bodies by auth style and language (None = unsupported combination)
# --------------------------------------------------------------------------
HTTP_AUTH = ("basic_user", "basic_pair", "header", "form_token")


def body(lang, c, k, i):
    a = c.spec["auth"]
    if a in HTTP_AUTH:
        return http(lang, c, k, i)
    reg = "us-east-1"
    if a == "aws":
        return {
            "python": ['textract = boto3.client("textract", region_name="%s",' % reg,
                       '                        aws_access_key_id=%s, aws_secret_access_key=%s)' % (i, k),
                       'resp = textract.analyze_document(',
                       '    Document={"S3Object": {"Bucket": bucket, "Name": key}},',
                       '    FeatureTypes=["TABLES", "FORMS"],', ')'],
            "js": ["const textract = new TextractClient({", "  region: '%s'," % reg,
                   "  credentials: { accessKeyId: %s, secretAccessKey: %s }," % (i, k), "});",
                   "const resp = await textract.send(new AnalyzeDocumentCommand({",
                   "  Document: { S3Object: { Bucket: bucket, Name: key } },",
                   "  FeatureTypes: ['TABLES', 'FORMS'],", "}));"],
            "go": ['cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("%s"),' % reg,
                   '\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(%s, %s, "")))' % (i, k),
                   'if err != nil {', '\treturn nil, err', '}', 'tx := textract.NewFromConfig(cfg)',
                   'resp, err := tx.AnalyzeDocument(ctx, &textract.AnalyzeDocumentInput{Document: doc, FeatureTypes: features})'],
            "java": ['TextractClient textract = TextractClient.builder()', '        .region(Region.US_EAST_1)',
                     '        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(%s, %s)))' % (i, k),
                     '        .build();', 'AnalyzeDocumentResponse resp = textract.analyzeDocument(request);'],
            "cs": ['var textract = new AmazonTextractClient(new BasicAWSCredentials(%s, %s), RegionEndpoint.USEast1);' % (i, k),
                   'var resp = await textract.AnalyzeDocumentAsync(request);'],
            "ruby": ['textract = Aws::Textract::Client.new(region: "%s", access_key_id: %s, secret_access_key: %s)' % (reg, i, k),
                     'res = textract.analyze_document(document: { s3_object: { bucket: bucket, name: key } }, feature_types: %w[TABLES FORMS])'],
            "php": ["$textract = new TextractClient([", "    'region' => '%s'," % reg, "    'version' => 'latest',",
                    "    'credentials' => ['key' => $%s, 'secret' => $%s]," % (i, k), "]);",
                    "$response = $textract->analyzeDocument($request);"],
            "shell": ['AWS_ACCESS_KEY_ID="${%s}" AWS_SECRET_ACCESS_KEY="${%s}" \\' % (i, k),
                      '  aws textract analyze-document --region %s \\' % reg,
                      '  --document "{\\"S3Object\\":{\\"Bucket\\":\\"${BUCKET}\\",\\"Name\\":\\"${KEY}\\"}}" \\',
                      '  --feature-types TABLES FORMS > "${OUT:-textract.json}"'],
        }.get(lang)
    if a == "veryfi_sdk":
        return {
            "python": ['client = Client(%s, %s, os.environ["VERYFI_USERNAME"], os.environ["VERYFI_API_KEY"])' % (i, k),
                       'resp = client.process_document(path, categories=["Meals", "Travel"])'],
            "js": ["const client = new Client(%s, %s, process.env.VERYFI_USERNAME, process.env.VERYFI_API_KEY);" % (i, k),
                   "const resp = await client.process_document(filePath);"],
            "ts": ["const client = new Client(%s, %s, process.env.VERYFI_USERNAME!, process.env.VERYFI_API_KEY!);" % (i, k),
                   "const resp = await client.process_document(filePath);"],
            "ruby": ['client = Veryfi::Client.new(client_id: %s, client_secret: %s,' % (i, k),
                     '                            username: ENV.fetch("VERYFI_USERNAME"), api_key: ENV.fetch("VERYFI_API_KEY"))',
                     'res = client.document.process(file_path: path)'],
        }.get(lang)
    if a == "license":
        if c.prov == "apryse":
            return {"python": ["PDFNet.Initialize(%s)" % k, "doc = PDFDoc(path)", "doc.InitSecurityHandler()"],
                    "js": ["const instance = await WebViewer({", "  path: '/lib/webviewer',", "  licenseKey: %s," % k,
                           "  initialDoc: url,", "}, element);"],
                    "ts": ["const instance = await WebViewer({", "  path: '/lib/webviewer',", "  licenseKey: %s," % k,
                           "  initialDoc: url,", "}, element);"],
                    "java": ["PDFNet.initialize(%s);" % k, "PDFDoc doc = new PDFDoc(path);"],
                    "cs": ["pdftron.PDFNet.Initialize(%s);" % k, "using var doc = new PDFDoc(path);"],
                    "go": ["PDFNetInitialize(%s)" % k, "doc := NewPDFDoc(path)"]}.get(lang)
        return {"js": ["const instance = await PSPDFKit.load({", "  container: '#pdf-viewer',", "  document: url,",
                       "  licenseKey: %s," % k, "});"],
                "ts": ["const instance = await PSPDFKit.load({", "  container: '#pdf-viewer',", "  document: url,",
                       "  licenseKey: %s," % k, "});"]}.get(lang)
    return None


def supports(lang, c):
    return body(lang, c, "k", "i") is not None


IMPORTS = {
    "python": {"aws": ["import boto3"], "veryfi_sdk": ["from veryfi import Client"],
               "license": ["from PDFNetPython3 import PDFNet, PDFDoc"], "_": ["import requests"]},
}


def py_imports(c):
    a = c.spec["auth"]
    return ["import os"] + IMPORTS["python"].get(a, IMPORTS["python"]["_"])


def ind(lines, n):
    return [(" " * n + x) if x else x for x in lines]


# --------------------------------------------------------------------------
# templates: source code
# --------------------------------------------------------------------------
def t_py_script(r, c, v, ob):
    verb = r.choice(["convert", "render", "extract", "ocr", "process"])
    path = r.choice(["scripts/%s_documents.py" % verb, "tools/%s_batch.py" % verb, "%s.py" % verb, "bin/%s_invoices.py" % verb])
    k = N(r, c, ob, "screaming")
    i = N(r, c, ob, "screaming", "id")
    L = ["#!/usr/bin/env python3", '"""%s a folder of documents with %s."""' % (verb.capitalize(), c.spec["disp"]),
         "import argparse", "import json", "import pathlib"] + py_imports(c) + ["",
         "%s = %s" % (k, code(v, "python"))]
    if c.pid is not None:
        L.append("%s = %s" % (i, code(c.pid, "python")))
    L += ["OUT_DIR = pathlib.Path(\"out\")", "", "",
          "def handle(path):", '    payload = {"name": path.name, "document_type": "pdf", "test": False}',
          '    files = {"file": path.open("rb")}', '    bucket, key = "%s-inbox", path.name' % r.choice(SLUGS)]
    L += ind(body("python", c, k, i), 4)
    L += ["    return resp", "", "", "def main():", "    ap = argparse.ArgumentParser()", '    ap.add_argument("folder")',
          "    args = ap.parse_args()", "    OUT_DIR.mkdir(exist_ok=True)",
          '    for p in sorted(pathlib.Path(args.folder).glob("*.pdf")):',
          "        handle(p)", '        print("done", p.name)', "", "",
          'if __name__ == "__main__":', "    main()"]
    return path, "\n".join(L) + "\n"


def t_py_service(r, c, v, ob):
    cls = words_name(c.spec["disp"].split()[0].strip("()").split("."), "pascal") + "Client"
    path = r.choice(["app/services/%s_client.py" % c.prov, "src/%s/clients/%s.py" % (r.choice(SLUGS), c.prov.split("_")[0]),
                     "backend/integrations/%s.py" % c.prov])
    k = N(r, c, ob, "snake")
    i = N(r, c, ob, "snake", "id")
    L = ['"""Thin wrapper around the %s API used by the ingestion service."""' % c.spec["disp"],
         "import logging"] + py_imports(c) + ["", "log = logging.getLogger(__name__)", "", "",
         "class %s:" % cls]
    args = ["self"]
    if c.pid is not None:
        args.append("%s=%s" % (i, code(c.pid, "python")))
    args.append("%s=%s" % (k, code(v, "python")))
    L += ["    def __init__(%s, timeout=60):" % ", ".join(args)]
    if c.pid is not None:
        L.append("        self.%s = %s" % (i, i))
    L += ["        self.%s = %s" % (k, k), "        self.timeout = timeout", "",
          "    def submit(self, path):", '        log.info("submitting %s", path)',
          '        payload = {"filename": str(path)}', '        files = {"file": open(path, "rb")}',
          '        bucket, key = "inbox", str(path)']
    L += ["        %s = self.%s" % (k, k)] + (["        %s = self.%s" % (i, i)] if c.pid is not None else [])
    L += ind(body("python", c, k, i), 8)
    L += ["        return resp"]
    return path, "\n".join(L) + "\n"


def t_py_settings(r, c, v, ob):
    path = r.choice(["config/settings.py", "app/settings.py", "%s/settings/production.py" % r.choice(SLUGS), "settings/base.py"])
    L = ['"""Project settings."""', "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
         "DEBUG = False", 'ALLOWED_HOSTS = ["docs.%s.com"]' % r.choice(SLUGS), "",
         'MEDIA_ROOT = BASE_DIR / "media"', "FILE_UPLOAD_MAX_MEMORY_SIZE = %d * 1024 * 1024" % r.choice([10, 25]), "",
         "# %s" % c.spec["disp"]]
    if "os.environ" in code(v, "python") or (c.pid is not None and isinstance(c.pid, Env)):
        L.insert(1, "import os")
    if r.random() < 0.5:
        L += kv_block(r, c, v, ob, "screaming", lambda n, x: "%s = %s" % (n, code(x, "python", r.choice(['"', "'"]))))
    else:
        d = "%s = {" % r.choice(["DOCUMENT_PROVIDERS", "PDF_BACKEND", "OCR_CONFIG"])
        L.append(d)
        if c.url:
            L.append('    "endpoint": "%s",' % c.url)
        L += kv_block(r, c, v, ob, "snake", lambda n, x: '    "%s": %s,' % (n, code(x, "python")))
        L += ['    "timeout": %d,' % r.choice([30, 60]), "}"]
    L += ["", 'CELERY_BROKER_URL = "redis://localhost:6379/0"', 'LANGUAGE_CODE = "en-us"', "TIME_ZONE = \"UTC\""]
    return path, "\n".join(L) + "\n"


def t_py_conftest(r, c, v, ob):
    path = r.choice(["tests/conftest.py", "tests/integration/conftest.py"])
    k = N(r, c, ob, "snake")
    L = ["import pathlib", "", "import pytest", "", "FIXTURES = pathlib.Path(__file__).parent / \"fixtures\"", "", "",
         "@pytest.fixture(scope=\"session\")", "def %s():" % k,
         "    # integration account (%s)" % r.choice(["sandbox plan", "shared QA account", "team account"]),
         "    return %s" % code(v, "python")]
    if c.pid is not None:
        i = N(r, c, ob, "snake", "id")
        L += ["", "", "@pytest.fixture(scope=\"session\")", "def %s():" % i, "    return %s" % code(c.pid, "python")]
    L += ["", "", "@pytest.fixture", "def sample_invoice():", '    return (FIXTURES / "invoice_001.pdf").read_bytes()']
    if "os.environ" in "\n".join(L):
        L.insert(0, "import os")
    return path, "\n".join(L) + "\n"


PY_SDK = {
    "docraptor": ["import docraptor", "", "doc_api = docraptor.DocApi()", "doc_api.api_client.configuration.username = {V}",
                  "pdf = doc_api.create_doc({{\"test\": False, \"document_type\": \"pdf\", \"document_url\": url}})"],
    "mindee": ["from mindee import Client, product", "", "mindee_client = Client({V})",
               "doc = mindee_client.source_from_path(path)", "result = mindee_client.parse(product.InvoiceV4, doc)"],
    "convertapi": ["import convertapi", "", "convertapi.api_credentials = {V}",
                   "convertapi.convert(\"pdf\", {{\"File\": path}}, from_format=\"docx\").save_files(out_dir)"],
    "cloudconvert": ["import cloudconvert", "", "cloudconvert.configure(api_key={V}, sandbox=False)",
                     "job = cloudconvert.Job.create(payload=job_spec)"],
    "docparser": ["import pydocparser", "", "parser = pydocparser.Parser()", "parser.login({V})",
                  "doc_id = parser.upload_file_by_path(path, parser_name)"],
    "aspose": ["from asposewordscloud import WordsApi", "", "words_api = WordsApi({I}, {V})",
               "result = words_api.convert_document(request)"],
    "adobe": ["from adobe.pdfservices.operation.auth.service_principal_credentials import ServicePrincipalCredentials",
              "from adobe.pdfservices.operation.pdf_services import PDFServices", "",
              "credentials = ServicePrincipalCredentials(client_id={I}, client_secret={V})",
              "pdf_services = PDFServices(credentials=credentials)"],
    "azure_di": ["from azure.ai.documentintelligence import DocumentIntelligenceClient",
                 "from azure.core.credentials import AzureKeyCredential", "",
                 "client = DocumentIntelligenceClient(endpoint, AzureKeyCredential({V}))",
                 "poller = client.begin_analyze_document(\"prebuilt-invoice\", body=fh)"],
    "abbyy": ["from ABBYY import CloudOCR", "", "ocr = CloudOCR(application_id={I}, password={V})",
              "result = ocr.process_and_download({{path: open(path, \"rb\")}}, exportFormat=\"xml\")"],
    "docuseal": ["from docuseal import docuseal", "", "docuseal.key = {V}",
                 "submission = docuseal.create_submission({{\"template_id\": template_id, \"submitters\": submitters}})"],
    "carbone": ["import carbone_sdk", "", "csdk = carbone_sdk.CarboneSDK({V})",
                "report_bytes, unique_name = csdk.render(template_id, json_data)"],
    "aws_textract": ["import boto3", "", "textract = boto3.client(\"textract\", region_name=\"us-east-1\",",
                     "                        aws_access_key_id={I}, aws_secret_access_key={V})",
                     "resp = textract.detect_document_text(Document={{\"Bytes\": data}})"],
    "veryfi_secret": ["from veryfi import Client", "", "client = Client({I}, {V}, os.environ[\"VERYFI_USERNAME\"], os.environ[\"VERYFI_API_KEY\"])",
                      "resp = client.process_document(path)"],
    "gotenberg": ["import requests", "", "resp = requests.post(\"http://gotenberg:3000/forms/libreoffice/convert\",",
                  "                     files={{\"files\": open(path, \"rb\")}}, auth=({I}, {V}), timeout=120)"],
    "apryse": ["from PDFNetPython3 import PDFNet, PDFDoc", "", "PDFNet.Initialize({V})", "doc = PDFDoc(path)"],
}


def t_py_sdk(r, c, v, ob):
    """SDK call with the credential inline (positional / keyword argument)."""
    path = r.choice(["app/pipeline/%s.py" % r.choice(["extract", "convert", "ingest"]), "jobs/%s_job.py" % c.prov.split("_")[0],
                     "src/worker/handlers.py", "lambda/handler.py"])
    lines = PY_SDK[c.prov]
    V = code(v, "python", r.choice(['"', "'"]))
    I = code(c.pid, "python") if c.pid is not None else "None"
    L = ['"""%s step of the document pipeline."""' % c.spec["disp"], "import os", "import logging"]
    imp = [x for x in lines if x.startswith(("import", "from"))]
    rest = [x for x in lines if not x.startswith(("import", "from")) and x]
    L += imp + ["", "log = logging.getLogger(__name__)", "", "",
                "def run(path, out_dir=\"/tmp/out\", **kw):",
                '    url = kw.get("url"); endpoint = kw.get("endpoint"); template_id = kw.get("template_id")',
                '    job_spec = kw.get("job_spec"); json_data = kw.get("data", {}); submitters = kw.get("submitters", [])',
                '    parser_name = kw.get("parser", "invoices"); request = kw.get("request")',
                '    data = open(path, "rb").read(); fh = open(path, "rb")']
    L += ["    " + x.format(V=V, I=I) for x in rest]
    L += ['    log.info("processed %s", path)', "    return True"]
    return path, "\n".join(L) + "\n"


def t_notebook(r, c, v, ob):
    name = r.choice(["ocr_eval", "invoice_extraction", "layout_experiments", "docai_benchmark", "pdf_quality"])
    k = N(r, c, ob, "snake")
    i = N(r, c, ob, "snake", "id")
    setup = ["%s = %s\n" % (k, code(v, "python"))]
    if c.pid is not None:
        setup.insert(0, "%s = %s\n" % (i, code(c.pid, "python")))
    b = body("python", c, k, i) or []
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % name.replace("_", " ").title(), "\n",
                                                           "Compare %s output against the labelled sample set.\n" % c.spec["disp"]]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": [x + "\n" for x in py_imports(c)] + ["import pandas as pd\n", "from pathlib import Path"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": setup + ['SAMPLES = Path("data/samples")']},
        {"cell_type": "code", "execution_count": 3, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["%d files\n" % r.randint(20, 400)]}],
         "source": ['files = sorted(SAMPLES.glob("*.pdf"))\n', "print(len(files), \"files\")"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
         "source": ["def run_one(path):\n", '    payload = {"file": str(path)}\n', '    files = {"file": open(path, "rb")}\n',
                    '    bucket, key = "samples", path.name\n'] + ["    " + x + "\n" for x in b] + ["    return resp"]},
        {"cell_type": "code", "execution_count": 5, "metadata": {}, "outputs": [],
         "source": ["results = [run_one(p) for p in files[:%d]]\n" % r.randint(5, 30), "len(results)"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.%d" % r.randint(2, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/%s.ipynb" % name, json.dumps(nb, indent=1) + "\n"


def js_imports(c, lang):
    a = c.spec["auth"]
    if a == "aws":
        return ["import { TextractClient, AnalyzeDocumentCommand } from '@aws-sdk/client-textract';"]
    if a == "veryfi_sdk":
        return ["import Client from '@veryfi/veryfi-sdk';"]
    if a == "license":
        return ["import WebViewer from '@pdftron/webviewer';"] if c.prov == "apryse" else ["import PSPDFKit from 'pspdfkit';"]
    if a in ("basic_user", "basic_pair"):
        return ["import axios from 'axios';"] + (["import FormData from 'form-data';"] if a == "basic_pair" else [])
    return []


def t_js_node(r, c, v, ob):
    path = r.choice(["src/lib/%s.js" % c.prov.split("_")[0], "lib/pdf.js", "server/services/ocr.js", "src/documents/convert.mjs"])
    k = N(r, c, ob, "camel")
    i = N(r, c, ob, "camel", "id")
    L = ["// %s integration" % c.spec["disp"]] + js_imports(c, "js") + ["import fs from 'node:fs/promises';", ""]
    L.append("const %s = %s;" % (k, code(v, "js", r.choice(["'", '"']))))
    if c.pid is not None:
        L.append("const %s = %s;" % (i, code(c.pid, "js", "'")))
    L += ["", "export async function convert(filePath, payload = {}, element = null) {",
          "  const url = `file://${filePath}`;", "  const form = new FormData();",
          "  const bucket = 'incoming'; const key = filePath.split('/').pop();"]
    L += ind(body("js", c, k, i), 2)
    L += ["  return resp;", "}"]
    return path, "\n".join(L) + "\n"


JS_SDK = {
    "cloudconvert": ["import CloudConvert from 'cloudconvert';", "", "const cloudConvert = new CloudConvert({V});",
                     "export const createJob = (tasks) => cloudConvert.jobs.create({{ tasks }});"],
    "convertapi": ["import ConvertAPI from 'convertapi';", "", "const convertapi = new ConvertAPI({V});",
                   "export const toPdf = (file) => convertapi.convert('pdf', {{ File: file }}, 'docx');"],
    "carbone": ["import carboneSDKFactory from 'carbone-sdk';", "", "const carboneSDK = carboneSDKFactory({V});",
                "export const render = (templateId, data) => carboneSDK.renderPromise(templateId, {{ data, convertTo: 'pdf' }});"],
    "mindee": ["import * as mindee from 'mindee';", "", "const mindeeClient = new mindee.Client({{ apiKey: {V} }});",
               "export const parseInvoice = (path) => mindeeClient.parse(mindee.product.InvoiceV4, mindeeClient.docFromPath(path));"],
    "nanonets": ["import OpticalCharacterRecognition from '@nanonets/optical-character-recognition';", "",
                 "const ocr = new OpticalCharacterRecognition({V}, '{MODEL}');",
                 "export const predict = (path) => ocr.predictUsingFile(path);"],
    "docparser": ["import docparser from 'docparser-node';", "", "const client = new docparser.Client({V});",
                  "export const upload = (parserId, path) => client.uploadFileByPath(parserId, path);"],
    "docuseal": ["import docuseal from '@docuseal/api';", "", "docuseal.configure({{ key: {V}, url: 'https://api.docuseal.com' }});",
                 "export const send = (templateId, submitters) => docuseal.createSubmission({{ template_id: templateId, submitters }});"],
    "adobe": ["import {{ ServicePrincipalCredentials, PDFServices }} from '@adobe/pdfservices-node-sdk';", "",
              "const credentials = new ServicePrincipalCredentials({{", "  clientId: {I},", "  clientSecret: {V},", "}});",
              "export const pdfServices = new PDFServices({{ credentials }});"],
    "aws_textract": ["import {{ TextractClient }} from '@aws-sdk/client-textract';", "",
                     "export const textract = new TextractClient({{", "  region: 'us-east-1',",
                     "  credentials: {{ accessKeyId: {I}, secretAccessKey: {V} }},", "}});"],
    "apryse": ["import WebViewer from '@pdftron/webviewer';", "", "export const mountViewer = (el, url) => WebViewer({{",
               "  path: '/webviewer/lib',", "  licenseKey: {V},", "  initialDoc: url,", "}}, el);"],
    "nutrient_lic": ["import PSPDFKit from 'pspdfkit';", "", "export const openDocument = (url) => PSPDFKit.load({{",
                     "  container: '#viewer',", "  document: url,", "  licenseKey: {V},", "  baseUrl: `${{window.location.origin}}/`,", "}});"],
    "veryfi_secret": ["import Client from '@veryfi/veryfi-sdk';", "",
                      "const client = new Client({I}, {V}, process.env.VERYFI_USERNAME, process.env.VERYFI_API_KEY);",
                      "export const processReceipt = (path) => client.process_document(path);"],
    "azure_di": ["import DocumentIntelligence from '@azure-rest/ai-document-intelligence';", "",
                 "const client = DocumentIntelligence('{ENDPOINT}', {{ key: {V} }});",
                 "export const analyze = (urlSource) => client.path('/documentModels/{{modelId}}:analyze', 'prebuilt-layout').post({{ body: {{ urlSource }} }});"],
}


def t_js_sdk(r, c, v, ob):
    ts = r.random() < 0.5
    ext = "ts" if ts else "js"
    path = r.choice(["src/integrations/%s.%s" % (c.prov.split("_")[0], ext), "src/lib/%sClient.%s" % (c.prov.split("_")[0], ext),
                     "packages/documents/src/provider.%s" % ext])
    V = code(v, "js", r.choice(["'", '"']))
    I = code(c.pid, "js", "'") if c.pid is not None else "undefined"
    L = ["// generated with the %s quickstart, adapted for the worker" % c.spec["disp"]]
    L += [x.format(V=V, I=I, MODEL=uuid4(r), ENDPOINT=fill_url(r, "https://{res}.cognitiveservices.azure.com/")) for x in JS_SDK[c.prov]]
    return path, "\n".join(L) + "\n"


def t_ts_service(r, c, v, ob):
    path = r.choice(["src/services/documentService.ts", "src/modules/ocr/ocr.service.ts", "apps/api/src/pdf/pdf.service.ts"])
    k = N(r, c, ob, "camel")
    i = N(r, c, ob, "camel", "id")
    L = js_imports(c, "ts") + ["import { Injectable, Logger } from '@nestjs/common';", "",
                               "@Injectable()", "export class DocumentService {",
                               "  private readonly logger = new Logger(DocumentService.name);",
                               "  private readonly %s = %s;" % (k, code(v, "ts", "'"))]
    if c.pid is not None:
        L.append("  private readonly %s = %s;" % (i, code(c.pid, "ts", "'")))
    L += ["", "  async render(filePath: string, payload: Record<string, unknown> = {}, element?: HTMLElement): Promise<unknown> {",
          "    const { %s%s } = this;" % (k, (", " + i) if c.pid is not None else ""),
          "    const url = filePath; const form = new FormData();",
          "    const bucket = 'uploads'; const key = filePath;",
          "    this.logger.log(`rendering ${filePath}`);"]
    L += ind(body("ts", c, k, i), 4)
    L += ["    return resp;", "  }", "}"]
    return path, "\n".join(L) + "\n"


def t_ts_config(r, c, v, ob):
    path = r.choice(["src/config.ts", "src/config/index.ts", "config/providers.ts"])
    L = ["// central configuration for the document pipeline", "export const config = {",
         "  env: process.env.NODE_ENV ?? 'development',", "  port: Number(process.env.PORT ?? %d)," % r.choice([3000, 4000]),
         "  %s: {" % words_name(c.prov.split("_"), "camel")]
    if c.url:
        L.append("    baseUrl: '%s'," % c.url.split("?")[0])
    L += kv_block(r, c, v, ob, "camel", lambda n, x: "    %s: %s," % (n, code(x, "ts", "'")))
    L += ["    timeoutMs: %d," % r.choice([30000, 60000]), "  },",
          "  storage: { bucket: '%s-docs', region: '%s' }," % (r.choice(SLUGS), r.choice(REGIONS)), "} as const;", "",
          "export type AppConfig = typeof config;"]
    return path, "\n".join(L) + "\n"


def t_ts_route(r, c, v, ob):
    path = r.choice(["pages/api/render.ts", "app/api/ocr/route.ts", "src/app/api/convert/route.ts"])
    k = N(r, c, ob, "camel")
    i = N(r, c, ob, "camel", "id")
    L = ["import { NextResponse } from 'next/server';"] + js_imports(c, "ts") + ["",
         "const %s = %s;" % (k, code(v, "ts", "'"))]
    if c.pid is not None:
        L.append("const %s = %s;" % (i, code(c.pid, "ts", "'")))
    L += ["", "export async function POST(request: Request) {", "  const payload = await request.json();",
          "  const url = payload.url as string; const form = new FormData(); const element = undefined;",
          "  const bucket = payload.bucket; const key = payload.key; const filePath = payload.path;"]
    L += ind(body("ts", c, k, i), 2)
    L += ["  return NextResponse.json({ ok: true });", "}"]
    return path, "\n".join(L) + "\n"


def t_fetch_inline(r, c, v, ob):
    """Header with the credential written inline in a fetch/requests call."""
    hdr, pre = c.spec["hdr"], hpre(c)
    s = cfg(v)
    if r.random() < 0.5:
        path = r.choice(["src/api/%s.js" % c.prov.split("_")[0], "web/src/lib/upstream.js", "functions/render.js"])
        L = ["export async function callUpstream(payload) {", "  const res = await fetch('%s', {" % c.url,
             "    method: 'POST',", "    headers: {", "      '%s': %s," % (hdr, concat(pre, v, "js").replace('"', "'")),
             "      'Content-Type': 'application/json',", "    },", "    body: JSON.stringify(payload),", "  });",
             "  if (!res.ok) {", "    throw new Error(`upstream failed: ${res.status}`);", "  }", "  return res.json();", "}"]
    else:
        path = r.choice(["app/upstream.py", "src/pipeline/http.py", "scripts/push_document.py"])
        L = ["import requests", "", "", "def call_upstream(payload):", "    res = requests.post(", '        "%s",' % c.url,
             '        headers={"%s": %s},' % (hdr, concat(pre, v, "python")), "        json=payload,", "        timeout=60,", "    )",
             "    res.raise_for_status()", "    return res.json()"]
        if not is_lit(v):
            L.insert(0, "import os")
    return path, "\n".join(L) + "\n"


def t_php_services(r, c, v, ob):
    p = c.prov.split("_")[0]
    L = ["<?php", "", "return [", "", "    /*", "    |--------------------------------------------------------------------------",
         "    | Third Party Services", "    |--------------------------------------------------------------------------", "    */", "",
         "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),",
         "        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),", "    ],", "",
         "    '%s' => [" % p]
    if c.url:
        L.append("        'url' => '%s'," % c.url.split("?")[0])
    L += kv_block(r, c, v, ob, "snake", lambda n, x: "        '%s' => %s," % (n, code(x, "php", "'")))
    L += ["        'timeout' => %d," % r.choice([30, 60, 90]), "    ],", "", "];"]
    return "config/services.php", "\n".join(L) + "\n"


def t_php_guzzle(r, c, v, ob):
    cls = words_name(c.prov.split("_"), "pascal") + "Service"
    k = N(r, c, ob, "camel")
    i = N(r, c, ob, "camel", "id")
    L = ["<?php", "", "namespace App\\Services;", "", "use GuzzleHttp\\Client;",
         "use Illuminate\\Support\\Facades\\Log;", "", "class %s" % cls, "{",
         "    private Client $http;", "    private string $%s = %s;" % (k, code(v, "php", "'") if is_lit(v) else "''")]
    if c.pid is not None:
        L.append("    private string $%s = %s;" % (i, code(c.pid, "php", "'") if is_lit(c.pid) else "''"))
    L += ["", "    public function __construct()", "    {", "        $this->http = new Client(['timeout' => 60]);"]
    if not is_lit(v):
        L.append("        $this->%s = %s;" % (k, code(v, "php")))
    if c.pid is not None and not is_lit(c.pid):
        L.append("        $this->%s = %s;" % (i, code(c.pid, "php")))
    L += ["    }", "", "    public function process(string $path, array $payload = []): string", "    {",
          "        $%s = $this->%s;" % (k, k)] + (["        $%s = $this->%s;" % (i, i)] if c.pid is not None else []) + \
         ["        $request = ['Document' => ['Bytes' => file_get_contents($path)]];",
          "        Log::info('processing document', ['path' => $path]);"]
    L += ind(body("php", c, k, i), 8)
    L += ["        return (string) $response->getBody();", "    }", "}"]
    return "app/Services/%s.php" % cls, "\n".join(L) + "\n"


def t_php_curl(r, c, v, ob):
    a = c.spec["auth"]
    path = r.choice(["bin/convert.php", "cron/ocr_inbox.php", "public/render.php"])
    k = N(r, c, ob, "snake")
    i = N(r, c, ob, "snake", "id")
    L = ["<?php", "// quick cron job: push new uploads to %s" % c.spec["disp"], "",
         "$%s = %s;" % (k, code(v, "php", "'"))]
    if c.pid is not None:
        L.append("$%s = %s;" % (i, code(c.pid, "php", "'")))
    L += ["$file = $argv[1] ?? 'inbox/latest.pdf';", "", "$ch = curl_init('%s');" % c.url,
          "curl_setopt($ch, CURLOPT_POST, true);", "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);"]
    if a == "basic_user":
        L.append("curl_setopt($ch, CURLOPT_USERPWD, $%s . ':');" % k)
    elif a == "basic_pair":
        L.append("curl_setopt($ch, CURLOPT_USERPWD, $%s . ':' . $%s);" % (i, k))
    else:
        pre = c.spec.get("pre", "")
        hv = ("'apikey ' . $%s . ':' . $%s" % (i, k)) if "{pid}" in pre else ("'%s%s: %s' . $%s" % (c.spec["hdr"], "", pre, k))
        if "{pid}" in pre:
            hv = "'%s: ' . %s" % (c.spec["hdr"], hv)
        L.append("curl_setopt($ch, CURLOPT_HTTPHEADER, [%s, 'Content-Type: application/json']);" % hv)
    L += ["curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['source' => base64_encode(file_get_contents($file))]));",
          "$out = curl_exec($ch);", "if (curl_getinfo($ch, CURLINFO_HTTP_CODE) !== 200) {",
          "    fwrite(STDERR, \"failed: \" . $out . PHP_EOL);", "    exit(1);", "}",
          "file_put_contents('out/' . basename($file), $out);"]
    return path, "\n".join(L) + "\n"


def t_java_client(r, c, v, ob):
    slug = r.choice(SLUGS)
    cls = words_name(c.prov.split("_"), "pascal") + "Client"
    k = N(r, c, ob, "screaming")
    i = N(r, c, ob, "screaming", "id")
    a = c.spec["auth"]
    L = ["package com.%s.documents;" % slug, "", "import java.net.URI;", "import java.net.http.HttpClient;",
         "import java.net.http.HttpRequest;", "import java.net.http.HttpResponse;", "import java.net.http.HttpResponse.BodyHandlers;",
         "import java.nio.charset.StandardCharsets;", "import java.util.Base64;"]
    if a == "aws":
        L += ["import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;",
              "import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;",
              "import software.amazon.awssdk.regions.Region;", "import software.amazon.awssdk.services.textract.TextractClient;",
              "import software.amazon.awssdk.services.textract.model.*;"]
    if a == "license":
        L += ["import com.pdftron.pdf.PDFNet;", "import com.pdftron.pdf.PDFDoc;"]
    L += ["", "public class %s {" % cls, ""]
    L.append("    private static final String %s = %s;" % (k, code(v, "java")))
    if c.pid is not None:
        L.append("    private static final String %s = %s;" % (i, code(c.pid, "java")))
    L += ["    private final HttpClient client = HttpClient.newHttpClient();",
          "    private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();", "",
          "    public byte[] process(String path, String body, AnalyzeDocumentRequest request) throws Exception {".replace(
              "AnalyzeDocumentRequest", "AnalyzeDocumentRequest" if a == "aws" else "Object")]
    L += ind(body("java", c, k, i), 8)
    L += ["        return %s;" % ("resp.body()" if a in HTTP_AUTH else ("resp.toString().getBytes()" if a == "aws" else "doc.save()")),
          "    }", "}"]
    return "src/main/java/com/%s/documents/%s.java" % (slug, cls), "\n".join(L) + "\n"


def t_cs_service(r, c, v, ob):
    cls = words_name(c.prov.split("_"), "pascal") + "Service"
    k = "_" + N(r, c, ob, "camel")
    i = "_" + N(r, c, ob, "camel", "id")
    a = c.spec["auth"]
    L = ["using System;", "using System.Collections.Generic;", "using System.Net.Http;", "using System.Net.Http.Headers;",
         "using System.Text;", "using System.Text.Json;", "using System.Threading.Tasks;"]
    if a == "aws":
        L += ["using Amazon;", "using Amazon.Runtime;", "using Amazon.Textract;", "using Amazon.Textract.Model;"]
    if a == "license":
        L += ["using pdftron;", "using pdftron.PDF;"]
    L += ["", "namespace %s.Documents" % words_name([r.choice(SLUGS)], "pascal"), "{",
          "    public class %s" % cls, "    {", "        private readonly HttpClient _http = new HttpClient();",
          "        private readonly string %s = %s;" % (k, code(v, "cs"))]
    if c.pid is not None:
        L.append("        private readonly string %s = %s;" % (i, code(c.pid, "cs")))
    L += ["", "        public async Task<string> ProcessAsync(string path, string json%s)" % (", AnalyzeDocumentRequest request" if a == "aws" else ""),
          "        {"]
    L += ind(body("cs", c, k, i), 12)
    L += ["            return %s;" % ("await resp.Content.ReadAsStringAsync()" if a in HTTP_AUTH else ("resp.ToString()" if a == "aws" else "path")),
          "        }", "    }", "}"]
    return "src/%s/Services/%s.cs" % (r.choice(["Docs.Api", "Ocr.Worker", "Billing.Documents"]), cls), "\n".join(L) + "\n"


def t_go_client(r, c, v, ob):
    pkg = c.prov.split("_")[0]
    a = c.spec["auth"]
    k = N(r, c, ob, "camel")
    i = N(r, c, ob, "camel", "id")
    imps = ['"bytes"', '"context"', '"encoding/json"', '"net/http"', '"net/url"', '"time"']
    if a == "aws":
        imps += ['"github.com/aws/aws-sdk-go-v2/config"', '"github.com/aws/aws-sdk-go-v2/credentials"',
                 '"github.com/aws/aws-sdk-go-v2/service/textract"', 'types "github.com/aws/aws-sdk-go-v2/service/textract/types"']
    L = ["package %s" % pkg, "", "import ("] + ["\t" + x for x in imps] + [")", ""]
    L += ["const %s = %s" % (k, code(v, "go"))] if is_lit(v) else ["var %s = %s" % (k, code(v, "go"))]
    if c.pid is not None:
        L += ["const %s = %s" % (i, code(c.pid, "go"))] if is_lit(c.pid) else ["var %s = %s" % (i, code(c.pid, "go"))]
    if not is_lit(v) or (c.pid is not None and not is_lit(c.pid)):
        L[L.index("import (") + 1:L.index("import (") + 1] = ['\t"os"']
    L += ["", "type Client struct {", "\thttp *http.Client", "}", "", "func New() *Client {",
          "\treturn &Client{http: &http.Client{Timeout: 90 * time.Second}}", "}", "",
          "func (c *Client) Submit(ctx context.Context, body []byte%s) (any, error) {" % (", doc *types.Document, features []types.FeatureType" if a == "aws" else "")]
    L += ["\t" + x if x else x for x in body("go", c, k, i)]
    L += ["\tif err != nil {", "\t\treturn nil, err", "\t}", "\treturn resp, nil", "}", "",
          "var _ = url.Values{}", "var _ = json.Marshal", "var _ = bytes.NewReader"]
    return "internal/%s/client.go" % pkg, "\n".join(L) + "\n"


def t_ruby_init(r, c, v, ob):
    p = c.prov.split("_")[0]
    L = ["# frozen_string_literal: true", "", "# %s settings, loaded at boot" % c.spec["disp"],
         "Rails.application.config.x.%s = ActiveSupport::OrderedOptions.new" % p]
    if c.url:
        L.append('Rails.application.config.x.%s.endpoint = "%s"' % (p, c.url.split("?")[0]))
    L += kv_block(r, c, v, ob, "snake", lambda n, x: "Rails.application.config.x.%s.%s = %s" % (p, n, code(x, "ruby")))
    L += ["Rails.application.config.x.%s.timeout = %d" % (p, r.choice([30, 60]))]
    return "config/initializers/%s.rb" % p, "\n".join(L) + "\n"


def t_ruby_rake(r, c, v, ob):
    k = N(r, c, ob, "screaming")
    i = N(r, c, ob, "screaming", "id")
    L = ['require "net/http"', 'require "json"', "", "namespace :documents do",
         '  desc "Send pending documents to %s"' % c.spec["disp"], "  task process: :environment do"]
    L.append("    %s = %s" % (k, code(v, "ruby")))
    if c.pid is not None:
        L.append("    %s = %s" % (i, code(c.pid, "ruby")))
    L += ["    Document.pending.find_each do |doc|", "      path = doc.file.path", "      bucket = \"inbox\"", "      key = doc.key"]
    L += ind(body("ruby", c, k, i), 6)
    L += ["      doc.update!(status: :submitted)", "    end", "  end", "end"]
    return "lib/tasks/documents.rake", "\n".join(L) + "\n"


def t_shell_curl(r, c, v, ob):
    path = r.choice(["scripts/render.sh", "bin/ocr-upload.sh", "tools/convert.sh", "ops/smoke.sh"])
    k = N(r, c, ob, "screaming")
    i = N(r, c, ob, "screaming", "id")
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# usage: %s <payload.json> [out]" % path.split("/")[-1], ""]
    if is_lit(v):
        L.append("%s=%s" % (k, "'" + v + "'"))
    else:
        L.append('%s="${%s:?set %s}"' % (k, v.name, v.name))
    if c.pid is not None:
        L.append("%s=%s" % (i, ("'" + c.pid + "'") if is_lit(c.pid) else '"${%s}"' % c.pid.name))
    L += ['PAYLOAD="${1:-payload.json}"', 'OUT="${2:-out.pdf}"', 'BUCKET="%s-inbox"' % r.choice(SLUGS),
          'KEY="$(basename "$PAYLOAD")"', ""]
    L += body("shell", c, k, i)
    L += ["", 'echo "wrote ${OUT}"']
    return path, "\n".join(L) + "\n"


def t_readme(r, c, v, ob):
    path = r.choice(["README.md", "docs/README.md", "services/%s/README.md" % c.prov.split("_")[0], "docs/integrations/%s.md" % c.prov.split("_")[0]])
    k = N(r, c, ob, "screaming")
    i = N(r, c, ob, "screaming", "id")
    L = ["# %s document worker" % r.choice(COMPANIES), "",
         "Converts uploaded files and extracts fields using %s." % c.spec["disp"], "",
         "## Quick start", "", "```bash", "pip install -r requirements.txt"]
    if c.pid is not None:
        L.append("export %s=%s" % (i, ("'" + c.pid + "'") if is_lit(c.pid) else "<%s>" % c.pid.name.lower()))
    L.append("export %s=%s" % (k, ("'" + v + "'") if is_lit(v) else "<%s>" % v.name.lower()))
    L += ["python -m worker --once samples/invoice.pdf", "```", "", "## Calling the API directly", "", "```bash"]
    L += ['PAYLOAD=samples/payload.json OUT=invoice.pdf BUCKET=samples KEY=invoice.pdf']
    L += body("shell", c, k, i)
    L += ["```", "", "## Troubleshooting", "", "* `401` - the credential is wrong or was rotated.",
          "* `429` - we hit the plan limit; the worker backs off automatically."]
    return path, "\n".join(L) + "\n"


def t_postman_coll(r, c, v, ob):
    a = c.spec["auth"]
    s = cfg(v)
    if a in ("basic_user", "basic_pair"):
        auth = {"type": "basic", "basic": [{"key": "password", "value": s if a == "basic_pair" else "", "type": "string"},
                                             {"key": "username", "value": (cfg(c.pid) if a == "basic_pair" else s), "type": "string"}]}
        headers = [{"key": "Content-Type", "value": "application/json"}]
    elif a == "header" and c.spec["hdr"] == "Authorization" and c.spec.get("pre") == "Bearer ":
        auth = {"type": "bearer", "bearer": [{"key": "token", "value": s, "type": "string"}]}
        headers = [{"key": "Content-Type", "value": "application/json"}]
    else:
        auth = {"type": "noauth"}
        headers = [{"key": c.spec["hdr"], "value": hpre(c) + s, "type": "text"}, {"key": "Content-Type", "value": "application/json"}]
    u = c.url
    host = u.split("://")[1].split("/")[0]
    item = {"name": r.choice(["Create PDF", "Analyze invoice", "Convert DOCX", "Submit document", "Render template"]),
            "request": {"auth": auth, "method": "POST", "header": headers,
                        "body": {"mode": "raw", "raw": json.dumps({"document_type": "pdf", "test": False, "source": "https://example.com/invoice.html"}, indent=2)},
                        "url": {"raw": u, "protocol": u.split("://")[0], "host": host.split("."),
                                "path": [x for x in u.split("://")[1].split("?")[0].split("/")[1:] if x]}},
            "response": []}
    coll = {"info": {"_postman_id": uuid4(r), "name": "%s API" % c.spec["disp"],
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                     "_exporter_id": str(r.randint(1000000, 39999999))},
            "item": [item, {"name": "Health", "request": {"method": "GET", "header": [], "url": {"raw": "{{baseUrl}}/health", "host": ["{{baseUrl}}"], "path": ["health"]}}, "response": []}]}
    name = c.spec["disp"].split()[0].strip("()")
    return "postman/%s.postman_collection.json" % name, json.dumps(coll, indent="\t") + "\n"


# --------------------------------------------------------------------------
# templates: kind-specific
# --------------------------------------------------------------------------
def kt_decl(k, v):
    if is_lit(v):
        return "private const val %s = %s" % (k, code(v, "kotlin"))
    return "private val %s: String = BuildConfig.%s" % (k, v.name)


def t_license_mobile(r, c, v, ob):
    """Android (Kotlin) / iOS (Swift) SDK initialisation with a license string."""
    k = N(r, c, ob, "screaming")
    if r.random() < 0.5:
        pkg = "com.%s.docs" % r.choice(SLUGS)
        L = ["package %s" % pkg, "", "import android.app.Application"]
        if c.prov == "apryse":
            L += ["import com.pdftron.pdf.utils.AppUtils", "", kt_decl(k, v), "",
                  "class DocsApp : Application() {", "    override fun onCreate() {", "        super.onCreate()",
                  "        AppUtils.initializePDFNetApplication(this, %s)" % k, "    }", "}"]
        else:
            L += ["import com.pspdfkit.PSPDFKit", "import com.pspdfkit.initialization.InitializationOptions", "",
                  kt_decl(k, v), "",
                  "class DocsApp : Application() {", "    override fun onCreate() {", "        super.onCreate()",
                  "        PSPDFKit.initialize(this, InitializationOptions(licenseKey = %s))" % k, "    }", "}"]
        return "app/src/main/java/%s/DocsApp.kt" % pkg.replace(".", "/"), "\n".join(L) + "\n"
    kk = N(r, c, ob, "camel")
    L = ["import UIKit"]
    if c.prov == "apryse":
        L += ["import PDFNet", "import Tools", "", "let %s = %s" % (kk, code(v, "js", '"') if is_lit(v) else 'ProcessInfo.processInfo.environment["%s"] ?? ""' % v.name), "",
              "@main", "class AppDelegate: UIResponder, UIApplicationDelegate {",
              "    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {",
              "        PTPDFNet.initialize(%s)" % kk, "        return true", "    }", "}"]
    else:
        L += ["import PSPDFKit", "", "let %s = %s" % (kk, code(v, "js", '"') if is_lit(v) else 'ProcessInfo.processInfo.environment["%s"] ?? ""' % v.name), "",
              "@main", "class AppDelegate: UIResponder, UIApplicationDelegate {",
              "    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {",
              "        PSPDFKit.setLicenseKey(%s)" % kk, "        return true", "    }", "}"]
    return "ios/DocsApp/AppDelegate.swift", "\n".join(L) + "\n"


def t_aws_creds(r, c, v, ob):
    path = r.choice([".aws/credentials", "deploy/aws/credentials", "infra/ocr/credentials.ini"])
    prof = r.choice(["default", "textract", "ocr-prod", "docs-pipeline"])
    L = ["[%s]" % prof, "aws_access_key_id = %s" % cfg(c.pid, "ini_empty"), "aws_secret_access_key = %s" % cfg(v, "ini_empty"),
         "region = %s" % r.choice(REGIONS), "", "[sandbox]", "role_arn = arn:aws:iam::%d:role/DocsReadOnly" % r.randint(10**11, 10**12 - 1),
         "source_profile = %s" % prof, "region = us-east-1"]
    return path, "\n".join(L) + "\n"


def sa_json(r, c, v, proj, compact=False):
    email = "%s@%s.iam.gserviceaccount.com" % (r.choice(["docai-runner", "ocr-pipeline", "document-ai", "invoice-parser"]), proj)
    pk_id = cfg(c.pid) if c.pid is not None else ""
    cid = str(r.randint(10**20, 10**21 - 1))
    items = [("type", "service_account"), ("project_id", proj), ("private_key_id", pk_id),
             ("private_key", cfg(v)), ("client_email", email), ("client_id", cid),
             ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
             ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
             ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40")),
             ("universe_domain", "googleapis.com")]
    # private_key is already JSON-escaped text; write by hand so it stays exactly as generated
    if compact:
        return "{" + ",".join('"%s":"%s"' % (a, b) for a, b in items) + "}"
    return "{\n" + ",\n".join('  "%s": "%s"' % (a, b) for a, b in items) + "\n}\n"


def t_sa_file(r, c, v, ob):
    proj = "%s-%s-%d" % (r.choice(SLUGS), r.choice(["docai", "ocr", "docs"]), r.randint(100000, 999999))
    path = r.choice(["keys/%s.json" % proj, "credentials/docai-service-account.json", "config/gcp-sa.json",
                     "secrets/%s-%s.json" % (proj, hexs(r, 12))])
    return path, sa_json(r, c, v, proj)


def t_sa_env(r, c, v, ob):
    proj = "%s-docai-%d" % (r.choice(SLUGS), r.randint(100000, 999999))
    L = ["# Document AI", "DOCAI_PROJECT=%s" % proj, "DOCAI_LOCATION=%s" % r.choice(["us", "eu"]),
         "DOCAI_PROCESSOR_ID=%s" % hexs(r, 16),
         "%s='%s'" % (r.choice(["GOOGLE_CREDENTIALS_JSON", "GCP_SA_KEY", "SERVICE_ACCOUNT_JSON", "GOOGLE_APPLICATION_CREDENTIALS_JSON"]),
                      sa_json(r, c, v, proj, compact=True)), "", "OUTPUT_BUCKET=gs://%s-parsed" % proj]
    return r.choice([".env", ".env.production", "deploy/docai.env"]), "\n".join(L) + "\n"


def t_sa_k8s(r, c, v, ob):
    proj = "%s-docai-%d" % (r.choice(SLUGS), r.randint(100000, 999999))
    body_ = sa_json(r, c, v, proj)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: docai-sa", "  namespace: documents", "type: Opaque",
         "stringData:", "  key.json: |"] + ["    " + x for x in body_.rstrip("\n").split("\n")]
    return "k8s/docai-sa-secret.yaml", "\n".join(L) + "\n"


def t_sa_python(r, c, v, ob):
    proj = "%s-docai-%d" % (r.choice(SLUGS), r.randint(100000, 999999))
    body_ = sa_json(r, c, v, proj)
    L = ['"""Process PDFs with a Document AI invoice processor."""', "import json", "",
         "from google.cloud import documentai", "from google.oauth2 import service_account", "",
         "SA_INFO = json.loads(r'''"] + body_.rstrip("\n").split("\n") + ["''')", "",
         'PROCESSOR = "projects/%s/locations/us/processors/%s"' % (proj, hexs(r, 16)), "", "",
         "def process(path):",
         "    creds = service_account.Credentials.from_service_account_info(SA_INFO)",
         "    client = documentai.DocumentProcessorServiceClient(credentials=creds)",
         '    raw = documentai.RawDocument(content=open(path, "rb").read(), mime_type="application/pdf")',
         "    result = client.process_document(request={\"name\": PROCESSOR, \"raw_document\": raw})",
         "    return result.document.text"]
    return r.choice(["docai/process.py", "scripts/docai_invoices.py"]), "\n".join(L) + "\n"


def t_gotenberg_compose(r, c, v, ob):
    L = ["services:", "  gotenberg:", "    image: gotenberg/gotenberg:8", "    restart: unless-stopped",
         "    command:", "      - \"gotenberg\"", "      - \"--api-enable-basic-auth\"", "      - \"--api-timeout=60s\"",
         "    environment:", "      GOTENBERG_API_BASIC_AUTH_USERNAME: %s" % yq(r, c.pid),
         "      GOTENBERG_API_BASIC_AUTH_PASSWORD: %s" % yq(r, v), "    ports:", "      - \"3000:3000\"", "",
         "  app:", "    build: .", "    environment:", "      GOTENBERG_URL: http://gotenberg:3000", "    depends_on:",
         "      - gotenberg"]
    return r.choice(["docker-compose.yml", "deploy/gotenberg/compose.yaml"]), "\n".join(L) + "\n"


# --------------------------------------------------------------------------
# negative-only templates: domain look-alikes (no credential at all)
# each returns (relpath, text, provider, kind, filetype)
# --------------------------------------------------------------------------
def iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02d%s" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                              r.randint(0, 59), r.choice(["Z", "+00:00", ".%06dZ" % r.randint(0, 999999)]))


def n_cloudconvert_job(r):
    job = uuid4(r)
    tasks = []
    names = ["import-my-file", "convert-my-file", "export-my-file"]
    ops = ["import/url", "convert", "export/url"]
    for n, op in zip(names, ops):
        t = {"id": uuid4(r), "name": n, "job_id": job, "status": "finished", "operation": op,
             "created_at": iso(r), "ended_at": iso(r), "credits": 1 if op == "convert" else 0}
        if op == "export/url":
            t["result"] = {"files": [{"filename": "invoice-%d.pdf" % r.randint(1000, 9999),
                                      "size": r.randint(20000, 900000),
                                      "url": "https://storage.cloudconvert.com/tasks/%s/invoice.pdf" % uuid4(r)}]}
        tasks.append(t)
    d = {"data": {"id": job, "tag": "invoice-%d" % r.randint(100, 999), "status": "finished", "created_at": iso(r),
                  "tasks": tasks, "links": {"self": "https://api.cloudconvert.com/v2/jobs/" + job}}}
    return (r.choice(["tests/fixtures/cloudconvert_job_finished.json", "spec/fixtures/cloudconvert/job.json"]),
            json.dumps(d, indent=2) + "\n", "cloudconvert", "job_and_task_ids", "json")


def n_mindee_response(r):
    d = {"api_request": {"error": {}, "resources": ["document"], "status": "success", "status_code": 201,
                         "url": "https://api.mindee.net/v1/products/mindee/invoices/v4/predict"},
         "document": {"id": uuid4(r), "name": "invoice_%d.pdf" % r.randint(1, 999), "n_pages": r.randint(1, 4),
                      "inference": {"product": {"name": "mindee/invoices", "version": "4.%d" % r.randint(0, 9)},
                                    "prediction": {"invoice_number": {"value": "INV-%d" % r.randint(10000, 99999), "confidence": 0.99},
                                                   "supplier_name": {"value": r.choice(COMPANIES).upper(), "confidence": 0.97},
                                                   "customer_name": {"value": "KEY ACCOUNT MANAGER", "confidence": 0.61},
                                                   "reference_numbers": [{"value": hexs(r, 12).upper(), "confidence": 0.8}],
                                                   "total_amount": {"value": round(r.uniform(10, 5000), 2), "confidence": 0.99}}}}}
    return ("tests/fixtures/mindee/invoice_v4_complete.json", json.dumps(d, indent=2) + "\n", "mindee", "document_ids", "json")


def n_textract_response(r):
    blocks = [{"BlockType": "PAGE", "Id": uuid4(r), "Confidence": 99.9, "Page": 1}]
    words = ["Account", "number:", str(r.randint(10**7, 10**8)), "Password:", "(see", "sealed", "envelope)",
             "Access", "key", "card", "issued", "to", r.choice(PEOPLE)]
    for w in words:
        blocks.append({"BlockType": "WORD", "Id": uuid4(r), "Text": w, "TextType": "PRINTED",
                       "Confidence": round(r.uniform(85, 99.9), 3),
                       "Geometry": {"BoundingBox": {"Width": round(r.random() / 5, 4), "Height": 0.012,
                                                    "Left": round(r.random(), 4), "Top": round(r.random(), 4)}}})
    d = {"DocumentMetadata": {"Pages": 1}, "Blocks": blocks, "AnalyzeDocumentModelVersion": "1.0",
         "ResponseMetadata": {"RequestId": uuid4(r), "HTTPStatusCode": 200}}
    return ("tests/fixtures/textract/form_page1.json", json.dumps(d, indent=1) + "\n", "aws", "textract_block_ids", "json")


def n_ocr_text(r):
    p = r.choice(PEOPLE)
    L = ["ACCESS CONTROL POLICY - FACILITIES", "", "Page %d of %d" % (r.randint(1, 3), r.randint(3, 6)), "",
         "1. Keys to the server room are held by the facilities manager. A spare key is",
         "   kept in the lock box at reception; the password for the lock box is changed",
         "   every quarter and is never written down.",
         "2. Staff must not share their badge or their password with visitors. If you",
         "   forget your password, ask the IT helpdesk to reset it.",
         "3. The master key register is reviewed by %s each month." % p, "",
         "Signed: ____________________    Date: %02d/%02d/2024" % (r.randint(1, 28), r.randint(1, 12)), "",
         "[ocr confidence %.2f]" % r.uniform(0.8, 0.99)]
    return ("ocr/output/%s_page_%03d.txt" % (r.choice(["policy", "scan", "batch7"]), r.randint(1, 200)),
            "\n".join(L) + "\n", "abbyy", "ocr_prose_with_key_words", "text")


def minimal_pdf(r):
    title = r.choice(["Invoice", "Hello World", "Sample", "Test page"])
    stream = "BT /F1 24 Tf 72 720 Td (%s) Tj ET" % title
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (n, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    did = hexs(r, 32).upper()
    out += "trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, did, did, xref)
    return out


def n_raw_pdf(r):
    return ("tests/fixtures/%s.pdf" % r.choice(["minimal", "hello", "one_page", "blank_invoice"]), minimal_pdf(r),
            "docraptor", "pdf_object_ids_and_trailer_id", "pdf")


def n_b64_pdf(r):
    b = base64.b64encode(minimal_pdf(r).encode()).decode()
    chunks = [b[i:i + 76] for i in range(0, len(b), 76)]
    L = ['"""Tiny sample documents used by the unit tests."""', "import base64", "",
         "# a one-page PDF with the word %s on it" % r.choice(["Invoice", "Sample"]), "SAMPLE_PDF_B64 = ("]
    L += ['    "%s"' % x for x in chunks] + [")", "", "",
                                           "def sample_pdf_bytes():", "    return base64.b64decode(SAMPLE_PDF_B64)"]
    return ("tests/fixtures/sample_docs.py", "\n".join(L) + "\n", "pdfshift", "base64_sample_pdf", "python")


def tiny_png(r):
    import zlib, struct
    w, h = r.randint(1, 4), r.randint(1, 4)
    raw = b"".join(b"\x00" + bytes(r.getrandbits(8) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def n_b64_png(r):
    png = base64.b64encode(tiny_png(r)).decode()
    L = ["import { describe, it, expect } from 'vitest';", "import { detectMime } from '../src/mime';", "",
         "// %dx%d pixel PNG used as a stand-in for a scanned receipt" % (1, 1),
         "const PIXEL_PNG = 'data:image/png;base64,%s';" % png, "",
         "describe('detectMime', () => {", "  it('recognises png data urls', () => {",
         "    expect(detectMime(PIXEL_PNG)).toBe('image/png');", "  });", "});"]
    return ("test/mime.test.ts", "\n".join(L) + "\n", "mindee", "base64_sample_png", "typescript")


def n_sha256sums(r):
    files = ["fonts/Inter-Regular.ttf", "fonts/Inter-Bold.ttf", "fonts/NotoSans-Regular.ttf", "templates/invoice.docx",
             "templates/letterhead.odt", "templates/receipt.html", "icc/sRGB2014.icc", "wkhtmltopdf-0.12.6.tar.xz"]
    L = ["%s  %s" % (hexs(r, 64), f) for f in r.sample(files, r.randint(4, 8))]
    return (r.choice(["assets/SHA256SUMS", "vendor/checksums.txt", "SHA256SUMS"]), "\n".join(L) + "\n",
            "gotenberg", "file_hashes", "text")


def n_package_lock(r):
    pk = {}
    for name, ver in [("@adobe/pdfservices-node-sdk", "4.1.0"), ("cloudconvert", "2.3.%d" % r.randint(0, 9)),
                      ("convertapi", "1.%d.0" % r.randint(10, 15)), ("mindee", "4.%d.1" % r.randint(10, 20)),
                      ("pspdfkit", "2024.%d.0" % r.randint(1, 8)), ("form-data", "4.0.0")]:
        raw = rbytes(r, 64)
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + base64.b64encode(raw).decode(), "license": "MIT"}
    d = {"name": "%s-docs" % r.choice(SLUGS), "version": "1.0.0", "lockfileVersion": 3, "requires": True,
         "packages": pk}
    return ("package-lock.json", json.dumps(d, indent=2) + "\n", "cloudconvert", "integrity_hashes", "json")


def n_changelog(r):
    L = ["# Changelog", ""]
    for n in range(r.randint(4, 7)):
        L += ["## [1.%d.%d] - 2024-%02d-%02d" % (9 - n, r.randint(0, 5), r.randint(1, 12), r.randint(1, 28)), ""]
        for _ in range(r.randint(1, 3)):
            L.append("- %s (%s)" % (r.choice(["Rotate the Docparser API key via the secrets pipeline",
                                                "Read the Mindee key from Secret Manager instead of .env",
                                                "Retry CloudConvert jobs on 429", "Fix PDF/A validation for scanned receipts",
                                                "Move Veryfi client secret to Vault", "Upgrade Gotenberg to 8.x",
                                                "Drop hard-coded password from docker-compose example"]), hexs(r, 40)))
        L.append("")
    return ("CHANGELOG.md", "\n".join(L), "docparser", "git_commit_shas", "markdown")


def n_i18n(r):
    d = {"settings": {"apiKeyLabel": "API key", "apiKeyHelp": "Paste the key from your %s dashboard." % r.choice(["Docparser", "Mindee", "CloudConvert"]),
                      "passwordLabel": "Password", "passwordPlaceholder": "Enter your password",
                      "secretHidden": "The client secret is hidden. Click to reveal.",
                      "licenseKeyInvalid": "The license key is invalid or expired.",
                      "tokenCopied": "Token copied to clipboard"},
         "upload": {"title": "Upload documents", "dropHere": "Drop PDF, JPG or PNG files here",
                    "ocrRunning": "Reading text ({{percent}}%)..."}}
    lang = r.choice(["en", "en-GB", "de", "fr"])
    if lang == "de":
        d["settings"]["apiKeyLabel"] = "API-Schl\u00fcssel"
        d["settings"]["passwordLabel"] = "Passwort"
    return ("src/locales/%s.json" % lang, json.dumps(d, indent=2, ensure_ascii=False) + "\n", "docparser", "i18n_strings", "json")


def n_docai_processors(r):
    proj = r.randint(10**11, 10**12 - 1)
    L = ["# Document AI processors per document type", "project_number: %d" % proj, "location: %s" % r.choice(["us", "eu"]),
         "processors:"]
    for dt in r.sample(DOCTYPES, 5):
        pid = hexs(r, 16)
        L += ["  %s:" % dt, "    name: projects/%d/locations/us/processors/%s" % (proj, pid),
              "    version: projects/%d/locations/us/processors/%s/processorVersions/pretrained-%s-v%d.0-2024-0%d-0%d" % (
                  proj, pid, dt.split("_")[0], r.randint(1, 3), r.randint(1, 9), r.randint(1, 9)),
              "    min_confidence: 0.%d" % r.randint(60, 95)]
    L += ["credentials: workload-identity  # no key files, see docs/gcp.md"]
    return ("config/docai_processors.yaml", "\n".join(L) + "\n", "google_document_ai", "processor_resource_names", "yaml")


def n_azure_result(r):
    res = r.choice(SLUGS) + "-docintel"
    rid = uuid4(r)
    d = {"status": "succeeded", "createdDateTime": iso(r), "lastUpdatedDateTime": iso(r),
         "analyzeResult": {"apiVersion": "2024-11-30", "modelId": "prebuilt-invoice", "stringIndexType": "textElements",
                           "content": "INVOICE\nInvoice No: %d\nCustomer key: %s\nPassword protected: no" % (r.randint(1000, 9999), r.choice(["ACME-01", "NW-KEY-ACCT"])),
                           "pages": [{"pageNumber": 1, "width": 8.5, "height": 11, "unit": "inch"}]},
         "_links": {"operation": "https://%s.cognitiveservices.azure.com/documentintelligence/documentModels/prebuilt-invoice/analyzeResults/%s?api-version=2024-11-30" % (res, rid)}}
    return ("tests/data/azure_di_invoice_result.json", json.dumps(d, indent=2) + "\n", "azure_document_intelligence",
            "operation_result_ids", "json")


def n_docparser_webhook(r):
    d = {"id": hexs(r, 32), "document_id": hexs(r, 32), "remote_id": "order-%d" % r.randint(10000, 99999),
         "file_name": "statement_%d.pdf" % r.randint(1, 99), "media_link": "https://api.docparser.com/v1/document/media/%s" % hexs(r, 32),
         "parser_id": rs(r, LO, 12), "page_count": r.randint(1, 9), "uploaded_at": iso(r), "processed_at": iso(r),
         "fields": {"iban": "DE89 3704 0044 0532 0130 00", "statement_total": "%.2f" % r.uniform(100, 9999)}}
    return ("tests/fixtures/docparser_webhook.json", json.dumps(d, indent=2) + "\n", "docparser", "document_and_parser_ids", "json")


def n_docuseal_webhook(r):
    sub = []
    for role in ["First Party", "Second Party"]:
        sub.append({"id": r.randint(100000, 999999), "slug": mixed(r, 14), "uuid": uuid4(r),
                    "email": "%s@%s.com" % (r.choice(PEOPLE), r.choice(SLUGS)), "role": role, "status": "completed",
                    "completed_at": iso(r)})
    d = {"event_type": "submission.completed", "timestamp": iso(r),
         "data": {"id": r.randint(10000, 99999), "template": {"id": r.randint(1000, 9999), "name": "NDA v%d" % r.randint(1, 5)},
                  "submitters": sub, "audit_log_url": "https://docuseal.com/file/%s/audit.pdf" % uuid4(r)}}
    return ("spec/fixtures/docuseal/submission_completed.json", json.dumps(d, indent=2) + "\n", "docuseal", "submission_slugs", "json")


def n_carbone_templates(r):
    L = ["# Carbone template ids (sha256 of the uploaded template file)", "templates:"]
    for nm in r.sample(["invoice", "quote", "delivery_note", "payslip", "contract", "reminder"], 4):
        L += ["  %s:" % nm, "    id: %s" % hexs(r, 64), "    version_id: %s" % hexs(r, 64),
              "    file: templates/%s.docx" % nm, "    convert_to: pdf"]
    L += ["api_key: ${CARBONE_API_KEY}"]
    return ("config/carbone_templates.yml", "\n".join(L) + "\n", "carbone", "template_ids", "yaml")


def n_template_ids(r):
    L = ["// template identifiers are not secret - safe to commit", "export const TEMPLATES = {",
         "  apitemplate: {", "    invoice: '%s'," % hexs(r, 16), "    certificate: '%s'," % hexs(r, 16), "  },",
         "  placid: {", "    ogImage: '%s'," % rs(r, LO + DIG, 13), "    banner: '%s'," % uuid4(r), "  },",
         "  templated: {", "    socialCard: '%s'," % uuid4(r), "  },", "} as const;", "",
         "export const API_KEY_HEADER = 'X-API-KEY';", "export const getApiKey = () => process.env.APITEMPLATE_API_KEY ?? '';"]
    return ("src/templates/ids.ts", "\n".join(L) + "\n", "apitemplate", "template_ids", "typescript")


def n_hmac_vectors(r):
    # RFC 4231 test case 1 (published test vector)
    key = "0b" * 20
    exp = hmac.new(bytes.fromhex(key), b"Hi There", hashlib.sha256).hexdigest()
    L = ["import hashlib", "import hmac", "", "from app.webhooks import verify_signature", "", "",
         "# RFC 4231, test case 1", 'RFC4231_KEY = bytes.fromhex("%s")' % key, 'RFC4231_DATA = b"Hi There"',
         'RFC4231_SHA256 = "%s"' % exp, "", "",
         "def test_hmac_matches_rfc_vector():",
         "    assert hmac.new(RFC4231_KEY, RFC4231_DATA, hashlib.sha256).hexdigest() == RFC4231_SHA256", "", "",
         "def test_rejects_bad_signature(monkeypatch):", '    monkeypatch.setenv("WEBHOOK_SIGNING_SECRET", "unit-test")',
         '    assert not verify_signature(b"{}", "%s")' % hexs(r, 64)]
    return ("tests/test_webhook_signature.py", "\n".join(L) + "\n", "veryfi", "hmac_test_vector", "python")


def n_signature_fixture(r):
    body = json.dumps({"event": "document.processed", "document_id": r.randint(10**7, 10**8)})
    sig = base64.b64encode(rbytes(r, 32)).decode()
    L = ["POST /webhooks/veryfi HTTP/1.1", "Host: hooks.%s.com" % r.choice(SLUGS), "Content-Type: application/json",
         "X-Veryfi-Request-Timestamp: %d" % (ts(r) * 1000), "X-Veryfi-Request-Signature: %s" % sig,
         "Content-Length: %d" % len(body), "", body]
    return ("tests/fixtures/veryfi_webhook_request.http", "\n".join(L) + "\n", "veryfi", "request_signature", "http")


def n_public_key(r):
    L = ["# Public key used to verify signed PDF manifests. Safe to distribute.", "signing:",
         "  algorithm: RS256", "  key_id: %s" % hexs(r, 16), "  public_key: |"] + ["    " + x for x in public_key_pem(r).split("\n")]
    return ("config/manifest_signing.yml", "\n".join(L) + "\n", "adobe", "public_key", "yaml")


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(),
                                                                   base64.b64encode(rbytes(r, 32)).decode(),
                                                                   base64.b64encode(rbytes(r, 16)).decode())
    L = ["docparser_api_key: %s" % enc(40), "mindee_api_key: %s" % enc(32), "gotenberg_password: %s" % enc(18), "sops:",
         "    kms:", "        - arn: arn:aws:kms:%s:%d:key/%s" % (r.choice(REGIONS), r.randint(10**11, 10**12 - 1), uuid4(r)),
         "          created_at: \"%s\"" % iso(r), "          enc: %s" % base64.b64encode(rbytes(r, 150)).decode(),
         "          aws_profile: \"\"", "    lastmodified: \"%s\"" % iso(r),
         "    mac: %s" % enc(32).replace("type:str", "type:str"), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return ("secrets/prod.enc.yaml", "\n".join(L) + "\n", "mindee", "sops_ciphertext", "yaml")


def n_worker_log(r):
    L = []
    for _ in range(r.randint(10, 20)):
        L.append("%s INFO  worker.%s job=%s task=%s status=%s duration_ms=%d auth=Bearer ****%s" % (
            iso(r), r.choice(["convert", "ocr", "render"]), uuid4(r), uuid4(r), r.choice(["finished", "finished", "retry", "failed"]),
            r.randint(120, 90000), rs(r, "0123456789abcdef", 4)))
    return ("logs/worker-%d.log" % r.randint(1, 30), "\n".join(L) + "\n", "cloudconvert", "masked_auth_in_logs", "log")


def n_webviewer_trial(r):
    L = ["import WebViewer from '@pdftron/webviewer';", "",
         "// No licenseKey: WebViewer runs in trial/demo mode and watermarks pages.",
         "// The production key is injected at build time from VITE_APRYSE_LICENSE_KEY.",
         "export function mountViewer(element, url) {", "  return WebViewer({", "    path: '/lib/webviewer',",
         "    licenseKey: import.meta.env.VITE_APRYSE_LICENSE_KEY,", "    initialDoc: url,", "  }, element);", "}"]
    return ("src/viewer/mountViewer.js", "\n".join(L) + "\n", "apryse", "trial_mode_no_key", "javascript")


def n_pspdfkit_trial(r):
    L = ["import PSPDFKit from 'pspdfkit';", "", "// Trial mode when no license key is passed (shows a watermark).",
         "export async function load(container: string, document: string) {", "  return PSPDFKit.load({",
         "    container,", "    document,", "    licenseKey: process.env.NEXT_PUBLIC_PSPDFKIT_LICENSE_KEY || undefined,",
         "    baseUrl: `${window.location.protocol}//${window.location.host}/`,", "  });", "}"]
    return ("src/components/pdf/load.ts", "\n".join(L) + "\n", "nutrient", "trial_mode_no_key", "typescript")


def n_gotenberg_noauth(r):
    L = ["services:", "  gotenberg:", "    image: gotenberg/gotenberg:8.%d" % r.randint(0, 12),
         "    # internal network only - basic auth is terminated at the ingress", "    command:", "      - gotenberg",
         "      - --chromium-disable-javascript=true", "      - --api-timeout=90s", "    expose:", "      - \"3000\"",
         "  api:", "    build: ./api", "    environment:", "      GOTENBERG_URL: http://gotenberg:3000",
         "      GOTENBERG_API_BASIC_AUTH_PASSWORD_FILE: /run/secrets/gotenberg_password", "    secrets:",
         "      - gotenberg_password", "", "secrets:", "  gotenberg_password:", "    file: ./secrets/gotenberg_password.txt"]
    return ("docker-compose.yml", "\n".join(L) + "\n", "gotenberg", "secret_file_reference", "docker-compose")


def n_iam_policy(r):
    d = {"Version": "2012-10-17", "Statement": [
        {"Sid": "TextractAnalyze", "Effect": "Allow", "Action": ["textract:AnalyzeDocument", "textract:StartDocumentAnalysis",
                                                                 "textract:GetDocumentAnalysis"], "Resource": "*"},
        {"Sid": "ReadInbox", "Effect": "Allow", "Action": ["s3:GetObject"],
         "Resource": "arn:aws:s3:::%s-docs-inbox/*" % r.choice(SLUGS)},
        {"Sid": "Kms", "Effect": "Allow", "Action": ["kms:Decrypt"],
         "Resource": "arn:aws:kms:%s:%d:key/%s" % (r.choice(REGIONS), r.randint(10**11, 10**12 - 1), uuid4(r))}]}
    return ("infra/iam/textract-worker-policy.json", json.dumps(d, indent=2) + "\n", "aws", "iam_policy_arns", "json")


def n_external_secret(r):
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: doc-providers",
         "  namespace: documents", "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: gcp-secret-manager",
         "    kind: ClusterSecretStore", "  target:", "    name: doc-providers", "  data:"]
    for k in r.sample(["DOCRAPTOR_API_KEY", "MINDEE_API_KEY", "VERYFI_CLIENT_SECRET", "CLOUDCONVERT_API_KEY", "CARBONE_API_TOKEN", "ASPOSE_CLIENT_SECRET"], 4):
        L += ["    - secretKey: %s" % k, "      remoteRef:", "        key: %s" % k.lower().replace("_", "-"), "        version: latest"]
    return ("k8s/external-secret.yaml", "\n".join(L) + "\n", "docraptor", "secret_manager_reference", "kubernetes")


def n_csv_metadata(r):
    L = ["doc_id,sha1,pages,doc_type,ocr_engine,uploaded_at"]
    for _ in range(r.randint(8, 20)):
        L.append("%s,%s,%d,%s,%s,%s" % (uuid4(r), hexs(r, 40), r.randint(1, 30), r.choice(DOCTYPES),
                                        r.choice(["textract", "abbyy", "docai", "azure-di"]), iso(r)))
    return ("data/exports/documents_%d.csv" % r.randint(1, 52), "\n".join(L) + "\n", "aws", "document_ids_and_hashes", "csv")


def n_go_validation(r):
    L = ["package config", "", "import (", '\t"errors"', '\t"os"', ")", "",
         "// Providers holds credentials loaded from the environment at start-up.", "type Providers struct {",
         '\tDocRaptorAPIKey   string `env:"DOCRAPTOR_API_KEY" json:"-"`', '\tMindeeAPIKey      string `env:"MINDEE_API_KEY" json:"-"`',
         '\tAsposeClientID    string `env:"ASPOSE_CLIENT_ID"`', '\tAsposeClientSecret string `env:"ASPOSE_CLIENT_SECRET" json:"-"`', "}", "",
         'var errMissingKey = errors.New("missing provider credential")', "", "func Load() (*Providers, error) {",
         "\tp := &Providers{", '\t\tDocRaptorAPIKey:    os.Getenv("DOCRAPTOR_API_KEY"),', '\t\tMindeeAPIKey:       os.Getenv("MINDEE_API_KEY"),',
         '\t\tAsposeClientID:     os.Getenv("ASPOSE_CLIENT_ID"),', '\t\tAsposeClientSecret: os.Getenv("ASPOSE_CLIENT_SECRET"),', "\t}",
         '\tif p.DocRaptorAPIKey == "" || p.MindeeAPIKey == "" {', "\t\treturn nil, errMissingKey", "\t}", "\treturn p, nil", "}"]
    return ("internal/config/providers.go", "\n".join(L) + "\n", "docraptor", "env_loading_code", "go")


def n_laravel_env_only(r):
    L = ["<?php", "", "return [", "    'docraptor' => [", "        'key' => env('DOCRAPTOR_API_KEY'),", "        'test' => env('DOCRAPTOR_TEST', true),", "    ],",
         "    'cloudconvert' => [", "        'api_key' => env('CLOUDCONVERT_API_KEY', ''),", "        'sandbox' => env('CLOUDCONVERT_SANDBOX', false),",
         "        'webhook_signing_secret' => env('CLOUDCONVERT_WEBHOOK_SIGNING_SECRET', ''),", "    ],",
         "    'convertapi' => [", "        'secret' => env('CONVERTAPI_SECRET'),", "    ],", "];"]
    return ("config/documents.php", "\n".join(L) + "\n", "cloudconvert", "env_reference", "php")


def n_gha_secrets(r):
    L = ["name: OCR regression", "on:", "  schedule:", "    - cron: \"0 3 * * 1\"", "jobs:", "  ocr:", "    runs-on: ubuntu-latest",
         "    env:", "      MINDEE_API_KEY: ${{ secrets.MINDEE_API_KEY }}", "      VERYFI_CLIENT_ID: ${{ vars.VERYFI_CLIENT_ID }}",
         "      VERYFI_CLIENT_SECRET: ${{ secrets.VERYFI_CLIENT_SECRET }}", "      AWS_REGION: us-east-1", "    permissions:",
         "      id-token: write", "      contents: read", "    steps:", "      - uses: actions/checkout@v4",
         "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
         "          role-to-assume: arn:aws:iam::%d:role/ocr-regression" % r.randint(10**11, 10**12 - 1),
         "          aws-region: us-east-1", "      - run: make ocr-regression"]
    return (".github/workflows/ocr-regression.yml", "\n".join(L) + "\n", "mindee", "ci_secret_reference", "github-actions")


def n_rotation_md(r):
    L = ["# Credential rotation", "", "We rotate provider credentials every 90 days. Values live in 1Password",
         "(vault *Docs Platform*) and are synced to AWS Secrets Manager by `make sync-secrets`.", "",
         "| provider | item | secret path |", "|---|---|---|"]
    for p in r.sample(["DocRaptor", "Mindee", "Veryfi", "CloudConvert", "Adobe PDF Services", "ABBYY"], 4):
        L.append("| %s | `op://Docs Platform/%s/credential` | `prod/%s` |" % (p, p, p.lower().replace(" ", "-")))
    L += ["", "Steps:", "", "1. Generate a new key in the provider console.", "2. Paste it into the 1Password item (never into Slack).",
          "3. Run `make sync-secrets ENV=prod` and restart the workers.", "4. Revoke the old key after 24 hours."]
    return ("docs/security/rotation.md", "\n".join(L) + "\n", "veryfi", "documentation_without_values", "markdown")


def n_postman_env_empty(r):
    vals = [{"key": "baseUrl", "value": "https://api.cloudconvert.com/v2", "type": "default", "enabled": True},
            {"key": "apiKey", "value": "", "type": "secret", "enabled": True},
            {"key": "jobId", "value": uuid4(r), "type": "default", "enabled": True},
            {"key": "taskId", "value": uuid4(r), "type": "default", "enabled": True}]
    d = {"id": uuid4(r), "name": "CloudConvert (shared)", "values": vals, "_postman_variable_scope": "environment"}
    return ("postman/cloudconvert.shared.postman_environment.json", json.dumps(d, indent=2) + "\n", "cloudconvert", "empty_secret_and_ids", "postman")


def n_notebook_getpass(r):
    cells = [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["from getpass import getpass\n", "import requests\n", "\n", "api_key = getpass(\"Docparser API key: \")"]},
             {"cell_type": "code", "execution_count": 2, "metadata": {},
              "outputs": [{"name": "stdout", "output_type": "stream",
                           "text": ["parser_id=%s documents=%d\n" % (rs(r, LO, 12), r.randint(10, 900)),
                                    "sample text: 'Please keep this key safe. Your password will expire in 30 days.'\n"]}],
              "source": ["resp = requests.get(\"https://api.docparser.com/v1/parsers\", auth=(api_key, \"\"))\n", "print(resp.json()[0])"]}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    return ("notebooks/docparser_explore.ipynb", json.dumps(nb, indent=1) + "\n", "docparser", "interactive_prompt", "jupyter")


def n_job_ids_py(r):
    L = ['"""Known job ids from the incident on %s (for the replay script)."""' % iso(r)[:10], "", "FAILED_JOBS = ["]
    for _ in range(r.randint(5, 10)):
        L.append('    ("%s", "%s"),  # job id, task id' % (uuid4(r), uuid4(r)))
    L += ["]", "", "ABBYY_TASK_IDS = ["] + ['    "%s",' % uuid4(r) for _ in range(3)] + ["]"]
    return ("scripts/replay_ids.py", "\n".join(L) + "\n", "cloudconvert", "job_and_task_ids", "python")


def n_dws_instructions(r):
    d = {"parts": [{"file": "document"}, {"html": "index.html", "assets": ["style.css"]}],
         "actions": [{"type": "ocr", "language": "english"}, {"type": "watermark", "text": "CONFIDENTIAL - key account", "width": "50%"}],
         "output": {"type": "pdfa", "conformance": "pdfa-2b"}}
    L = ["# Build instructions for the Nutrient DWS API", "", "```json", json.dumps(d, indent=2), "```", "",
         "Authenticate with `Authorization: Bearer $NUTRIENT_API_KEY` (live keys start with `pdf_live_`,",
         "test keys with `pdf_test_`; never paste either here)."]
    return ("docs/nutrient-build.md", "\n".join(L) + "\n", "nutrient", "documentation_without_values", "markdown")


NEG_DOMAIN = [n_cloudconvert_job, n_mindee_response, n_textract_response, n_ocr_text, n_raw_pdf, n_b64_pdf, n_b64_png,
              n_sha256sums, n_package_lock, n_changelog, n_i18n, n_docai_processors, n_azure_result, n_docparser_webhook,
              n_docuseal_webhook, n_carbone_templates, n_template_ids, n_hmac_vectors, n_signature_fixture, n_public_key,
              n_sops, n_worker_log, n_webviewer_trial, n_pspdfkit_trial, n_gotenberg_noauth, n_iam_policy,
              n_external_secret, n_csv_metadata, n_go_validation, n_laravel_env_only, n_gha_secrets, n_rotation_md,
              n_postman_env_empty, n_notebook_getpass, n_job_ids_py, n_dws_instructions]


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
def _str(c):
    return c.spec["auth"] != "sa"


def _lang(lang):
    return lambda c: c.spec["auth"] != "sa" and supports(lang, c)


def _httpish(c):
    return c.spec["auth"] in ("basic_user", "basic_pair", "header")


# (name, filetype or None=derive from path, function, compatible(c), inherently non-obvious)
TEMPLATES = [
    ("dotenv", "dotenv", t_dotenv, _str, False),
    ("shell_exports", "shell", t_shell_exports, _str, False),
    ("compose", "docker-compose", t_compose, _str, False),
    ("gha", "github-actions", t_gha, _str, False),
    ("gitlab", "gitlab-ci", t_gitlab, _str, False),
    ("k8s_secret", "kubernetes", t_k8s_secret, _str, False),
    ("helm", "yaml", t_helm, _str, False),
    ("yaml_cfg", "yaml", t_yaml_cfg, _str, False),
    ("json_cfg", "json", t_json_cfg, _str, False),
    ("appsettings", "json", t_appsettings, _str, False),
    ("toml", "toml", t_toml, _str, False),
    ("ini", "ini", t_ini, _str, False),
    ("tfvars", "terraform", t_tfvars, _str, False),
    ("dockerfile", "dockerfile", t_dockerfile, _str, False),
    ("makefile", "makefile", t_makefile, _str, False),
    ("serverless", "yaml", t_serverless, _str, False),
    ("gradle_props", "properties", t_gradle_props, _str, False),
    ("java_props", "properties", t_java_props, _str, False),
    ("java_yml", "yaml", t_java_yml, _str, False),
    ("appconfig", "xml", t_appconfig, _str, False),
    ("postman_env", "postman", t_postman_env, _str, False),
    ("runbook_md", "markdown", t_runbook_md, _str, False),
    ("url_embed", None, t_url_embed, lambda c: c.spec["auth"] in ("basic_user", "basic_pair") or "qparam" in c.spec, True),
    ("py_script", "python", t_py_script, _lang("python"), False),
    ("py_service", "python", t_py_service, _lang("python"), False),
    ("py_settings", "python", t_py_settings, _str, False),
    ("py_conftest", "python", t_py_conftest, _str, False),
    ("py_sdk", "python", t_py_sdk, lambda c: c.prov in PY_SDK, True),
    ("notebook", "jupyter", t_notebook, _lang("python"), False),
    ("js_node", "javascript", t_js_node, _lang("js"), False),
    ("js_sdk", None, t_js_sdk, lambda c: c.prov in JS_SDK, True),
    ("ts_service", "typescript", t_ts_service, _lang("ts"), False),
    ("ts_config", "typescript", t_ts_config, _str, False),
    ("ts_route", "typescript", t_ts_route, _lang("ts"), False),
    ("fetch_inline", None, t_fetch_inline, lambda c: c.spec["auth"] == "header", True),
    ("php_services", "php", t_php_services, _str, False),
    ("php_guzzle", "php", t_php_guzzle, _lang("php"), False),
    ("php_curl", "php", t_php_curl, _httpish, False),
    ("java_client", "java", t_java_client, _lang("java"), False),
    ("cs_service", "csharp", t_cs_service, _lang("cs"), False),
    ("go_client", "go", t_go_client, _lang("go"), False),
    ("ruby_init", "ruby", t_ruby_init, _str, False),
    ("ruby_rake", "ruby", t_ruby_rake, _lang("ruby"), False),
    ("shell_curl", "shell", t_shell_curl, _lang("shell"), False),
    ("readme", "markdown", t_readme, _lang("shell"), False),
    ("postman_coll", "postman", t_postman_coll, _httpish, True),
    ("license_mobile", None, t_license_mobile, lambda c: c.spec["auth"] == "license", False),
    ("aws_creds", "aws-credentials", t_aws_creds, lambda c: c.prov == "aws_textract", False),
    ("sa_file", "json", t_sa_file, lambda c: c.spec["auth"] == "sa", False),
    ("sa_env", "dotenv", t_sa_env, lambda c: c.spec["auth"] == "sa", False),
    ("sa_k8s", "kubernetes", t_sa_k8s, lambda c: c.spec["auth"] == "sa", False),
    ("sa_python", "python", t_sa_python, lambda c: c.spec["auth"] == "sa", False),
    ("gotenberg_compose", "docker-compose", t_gotenberg_compose, lambda c: c.prov == "gotenberg", False),
]

EXT_FT = {".py": "python", ".js": "javascript", ".mjs": "javascript", ".ts": "typescript", ".kt": "kotlin",
          ".swift": "swift", ".yml": "yaml", ".yaml": "yaml", ".json": "json", ".md": "markdown", ".php": "php"}


def filetype_of(ft, path):
    if ft:
        return ft
    base = os.path.basename(path)
    if base.startswith(".env"):
        return "dotenv"
    return EXT_FT.get(os.path.splitext(path)[1], "text")


PROVIDER_NAME = {"veryfi_secret": "veryfi", "veryfi_key": "veryfi", "nutrient_lic": "nutrient", "nutrient_dws": "nutrient",
                 "gcp_docai": "google_document_ai", "azure_di": "azure_document_intelligence", "aws_textract": "aws"}


def provider_name(prov):
    return PROVIDER_NAME.get(prov, prov)


WEIGHT = {"license_mobile": 10, "aws_creds": 8, "gotenberg_compose": 12, "postman_coll": 0.6, "dotenv": 2,
          "compose": 1.5, "py_script": 1.5, "shell_curl": 1.5, "java_client": 2.2, "cs_service": 2,
          "go_client": 1.8, "java_props": 1.5}


def choose_template(r, c, ob):
    ok = [t for t in TEMPLATES if t[3](c)]
    inh = [t for t in ok if t[4]]
    named = [t for t in ok if not t[4]]
    pool = named or ok
    if not ob and inh and r.random() < 0.45:
        pool = inh
    return r.choices(pool, weights=[WEIGHT.get(t[0], 1.0) for t in pool])[0]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(outdir, seed):
    r = random.Random(seed)
    n = 500
    provs = (PROV_ORDER * (n // len(PROV_ORDER) + 1))[:n]
    r.shuffle(provs)
    obs = [i % 2 == 0 for i in range(n)]
    r.shuffle(obs)
    manifest, secrets, pos_needles = [], [], []
    for idx in range(n):
        prov = provs[idx]
        for _attempt in range(20):
            c = make_pos_cred(r, prov)
            tname, ft, fn, _, _ = choose_template(r, c, obs[idx])
            rel, text = fn(r, c, c.secret, obs[idx])
            if text.count(c.secret) >= 1:
                break
        else:
            raise RuntimeError("needle missing for %s/%s" % (prov, tname))
        line = text[:text.index(c.secret)].count("\n") + 1
        frel = "pos/p%04d/%s" % (idx, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": provider_name(prov), "kind": c.kind,
                         "filetype": filetype_of(ft, rel)})
        secrets.append({"file": frel, "needle": c.secret, "line": line})
        pos_needles.append(c.secret)

    neg_provs = (PROV_ORDER * (n // len(PROV_ORDER) + 1))[:n]
    r.shuffle(neg_provs)
    mode = ["reuse" if i % 2 == 0 else "domain" for i in range(n)]
    r.shuffle(mode)
    dom = (NEG_DOMAIN * (n // len(NEG_DOMAIN) + 1))[:n]
    r.shuffle(dom)
    WHY = {"placeholder": "placeholder", "env": "env_reference", "ref": "secret_manager_reference",
           "masked": "masked_value", "empty": "empty_value", "doc": "vendor_documentation_example"}
    for idx in range(n):
        if mode[idx] == "reuse":
            c = make_neg_cred(r, neg_provs[idx])
            tname, ft, fn, _, _ = choose_template(r, c, r.random() < 0.5)
            rel, text = fn(r, c, c.secret, r.random() < 0.5)
            prov, kind, ftype = provider_name(c.prov), WHY[c.why], filetype_of(ft, rel)
        else:
            rel, text, prov, kind, ftype = dom[idx](r)
        frel = "neg/n%04d/%s" % (idx, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cs.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    generate(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
