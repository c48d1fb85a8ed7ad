#!/usr/bin/env python3
"""gen_gv.py - blind evaluation set: sales intelligence, prospecting and data enrichment.

EMPHASIS
    Domain: GTM / RevOps code - prospecting scripts, enrichment jobs, CRM syncs,
    cold-email tooling and no-code automation exports.
    Providers: Apollo.io, ZoomInfo (client id + RSA private key, username/password,
    JWT access token), Clearbit, Hunter.io, Lusha, People Data Labs, Proxycurl,
    Outreach, Salesloft, Gong (access key + access key secret), Clay, Seamless.AI,
    Cognism, RocketReach, Snov.io, ZeroBounce, NeverBounce, Kickbox, Dropcontact,
    lemlist, Instantly, Smartlead, Reply.io, HubSpot (private app tokens
    pat-na1-/pat-eu1-, app client secret), Pipedrive, Close.
    Kinds: API keys, private app tokens, OAuth client secrets, webhook signing
    secrets, basic-auth pairs, RSA private keys, JWT access tokens, capability
    (webhook) URLs.
    File types: Python, TypeScript/JavaScript, Ruby, Go, n8n and Make JSON exports,
    Google Apps Script (.gs), YAML (CI, Helm, compose, Airbyte/dbt), .env (few),
    TOML, INI, CSV exports, Markdown, SQL, shell, Dockerfile, Terraform, logs.

USAGE
    python3 -B gen_gv.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Standard library only; all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    - The needle is the secret value exactly as written in the file: no quotes,
      no variable name, no "Bearer "/"Basic " prefix, no "api_key=" prefix.
    - URLs with a key in the query string: needle is the key value only.
    - Capability URLs (Clay table webhook URL whose path is the credential):
      needle is the whole URL as written.
    - Basic-auth pairs (Gong access key + secret, ZoomInfo user + password,
      Pipedrive webhook user + password, Snov client id + secret): the needle is
      the secret half (password / access key secret / client secret); the public
      half is ordinary context.  Where a file holds a pre-encoded header
      ("Authorization: Basic <b64>"), the needle is the base64 text.
    - OAuth pairs: needle is the client secret; the client id is context.
    - Multi-line PEM private keys: the needle is the whole block from
      "-----BEGIN" to the closing "-----" of the END line, newlines included;
      "line" is the line of the BEGIN marker.  In JSON exports the key is one
      line with literal "\\n" escapes and the needle is that escaped text.
    - JWTs (ZoomInfo access token, Gong access key secret): the whole
      header.payload.signature string.
    - line is 1-based, the line of the needle's first occurrence; the program
      asserts that the first line of the needle is on that line.

NEGATIVES
    250 re-use the positive templates with the secret's slot holding something
    that is not a secret: placeholders (<your-api-key>, YOUR_API_KEY_HERE,
    changeme, xxxx...), empty values, masked values (****, [REDACTED], last-4
    masks), environment and secret-manager references (os.environ[...],
    process.env.X, ENV.fetch, os.Getenv, PropertiesService, ${VAR}, vault:,
    op://, AWS/GCP secret names), template expressions ({{ .Values.x }},
    ={{ $env.X }}, {{ var }}), providers' documented example keys
    (NeverBounce 'secret_xxxx...', Close 'yourapikey' / 'eW91cmFwaWtleTo=',
    ZeroBounce 'yourapikey____________', PDL 'xxxx'), and values documented as
    public (Clearbit publishable pk_ keys, OAuth client ids, HubSpot portal ids).
    Re-used templates keep their public context (OAuth client ids, Gong access
    key ids, Snov API user ids, ZoomInfo client ids): identifiers, not secrets.
    250 are look-alikes of the domain: Apollo/Mongo-style 24-hex person ids,
    HubSpot/Close/Pipedrive/Salesforce record ids, sequence/cadence ids,
    campaign UUIDs, LinkedIn URLs, company domains, e-mail addresses, md5 and
    sha256 hashed e-mails, Gong call ids, webhook signature headers in logs,
    request ids, git SHAs, ETags, content digests, base64 payloads, RSA public
    keys, HubSpot tracking and form embeds.  No negative lives in a .env,
    .env.local, .env.production ... file (.env.example / .env.sample are used).

FORMATS CHECKED (search of provider docs and public pages)
    - HubSpot: private app token sent as "Authorization: Bearer"; docs mask it as
      ***-***-...; third-party setup pages show "pat-na1-xxxxxxxx".  Used
      pat-<na1|eu1>-<uuid v4>.
    - Close: API key is the Basic-auth username with empty password
      ("-u yourapikey:", header "Basic eW91cmFwaWtleTo=" documented example).
    - Gong: Access Key = Basic username, Access Key Secret = password.
    - ZoomInfo: PKI auth = username + client id + private key (PEM,
      "-----BEGIN PRIVATE KEY-----"), or username/password; both yield a JWT.
    - Apollo: key in "x-api-key" header, base https://api.apollo.io/api/v1.
    - People Data Labs: "X-Api-Key" header or ?api_key=; docs use 'xxxx'.
    - lemlist: Basic auth, empty username, ':' + key, base64.
    - Instantly v2: Bearer token with scopes; v1 used ?api_key=.
    - Smartlead: ?api_key= on https://server.smartlead.ai/api/v1.
    - Dropcontact: "X-Access-Token" header on api.dropcontact.com/v1/enrich/all.
    - Lusha: "api_key" header on api.lusha.com.
    - NeverBounce: example 'secret_' + 32 x's in the official Node wrapper.
    - ZeroBounce: api_key query parameter; Kickbox: apikey query / Bearer.
    - Snov.io: API User ID = client_id, API Secret = client_secret, exchanged at
      /v1/oauth/access_token (client_credentials).
    - Pipedrive: personal api_token per user per company, ?api_token=.
    - Salesloft: Bearer API key on api.salesloft.com/v2; OAuth client id/secret.
    - Clay: every table has a webhook URL; optional auth token sent in a header.
    - Clearbit: secret and publishable keys exist (publishable used in the
      browser tag).
    One search hit was a secret scanner vendor's detector page (HubSpot); it was
    not used for anything.

DOUBTS
    Lengths/alphabets that the documentation did not state and that were chosen
    from general knowledge: Apollo (22 base62), Clearbit (sk_/pk_ + 32 hex),
    Hunter (40 hex), Lusha (uuid), PDL (64 hex), Proxycurl (22 base62),
    Outreach client secret (43 base64url), Salesloft API key (v2_ak_<n>_<64 hex>),
    Gong access key (26 upper alnum) and secret (JWT-like HS256), Clay auth
    token (32 alnum) and webhook URL path, Seamless.AI and Cognism (opaque
    32-40 alnum), RocketReach (hex ~ 39), Snov (32 hex id/secret), ZeroBounce
    (32 hex), Kickbox (live_ + 64 hex), Dropcontact (30 alnum), lemlist (32 hex),
    Instantly v2 (base64 of "uuid:12 chars"), Smartlead (uuid_6 alnum),
    Reply.io (24 alnum), Close (api_ + 22 + "." + 22 base62) and Close webhook
    signature_key (64 hex), HubSpot client secret (uuid).  The HubSpot docs mask
    shows 9 characters in the third group; a standard uuid (8) is used.
    ZoomInfo private keys are structurally valid PKCS#8 DER with random (not
    mathematically consistent) RSA integers.
"""

import base64
import hashlib
import json
import os
import random
import sys

# ---------------------------------------------------------------------------
# low level random helpers (all take the single Random instance)
# ---------------------------------------------------------------------------
HEX = "0123456789abcdef"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64U = B62 + "-_"
UPAN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def s(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return s(r, HEX, n)


def b62(r, n):
    # make sure mixed alphabets really look mixed (at least one digit, upper, lower)
    while True:
        v = s(r, B62, n)
        if n < 8 or (any(c.isdigit() for c in v) and any(c.isupper() for c in v)
                     and any(c.islower() for c in v)):
            return v


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(r, n):
    return str(r.randint(1, 9)) + s(r, "0123456789", n - 1)


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------------------
# realistic innocent context
# ---------------------------------------------------------------------------
COMPANIES = ["Northwind Analytics", "Bluefin Logistics", "Corvid Health", "Tallgrass Robotics",
             "Lumen & Ash", "Quarry Labs", "Harborline Freight", "Pinecrest Software",
             "Vantage Dental Group", "Copperleaf Energy", "Meridian Payroll", "Sable Security",
             "Oakhurst Capital", "Brightwave Media", "Fernhill Biotech", "Ironbridge Systems"]
FIRST = ["Maya", "Jonas", "Priya", "Diego", "Hannah", "Kwame", "Sofia", "Liam", "Aiko", "Mateo",
         "Elena", "Tobias", "Nadia", "Owen", "Ines", "Rafael", "Greta", "Samir"]
LAST = ["Lindqvist", "Okafor", "Ramanathan", "Castillo", "Brennan", "Mensah", "Novak", "Fischer",
        "Tanaka", "Moreau", "Haddad", "Kowalski", "Silva", "Whitaker", "Duarte", "Janssen"]
TITLES = ["VP Sales", "Head of RevOps", "SDR Manager", "Director of Demand Gen", "CRO",
          "Account Executive", "Growth Marketing Lead", "Sales Operations Analyst"]
TLDS = [".com", ".io", ".co", ".ai", ".de", ".co.uk"]
TEAMS = ["revops", "growth", "gtm-data", "sales-eng", "marketing-ops", "bizops"]


def company(r):
    return r.choice(COMPANIES)


def domain_of(name, r):
    base = name.lower().replace(" & ", "").replace(" ", "").replace("&", "")
    return base + r.choice(TLDS)


def person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    c = company(r)
    d = domain_of(c, r)
    return {"first": f, "last": l, "name": f + " " + l, "company": c, "domain": d,
            "email": "%s.%s@%s" % (f.lower(), l.lower(), d), "title": r.choice(TITLES),
            "linkedin": "https://www.linkedin.com/in/%s-%s-%s" % (f.lower(), l.lower(), hexs(r, 8))}


def oid(r):  # Mongo/Apollo style 24 hex object id
    return hexs(r, 24)


def sfid(r, pfx="003"):  # Salesforce style 18 char id
    return pfx + s(r, B62, 15)


def iso(r, year=None):
    y = year or r.choice([2023, 2024, 2025])
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                             r.randint(0, 59), r.randint(0, 59))


def day(r):
    return "%d-%02d-%02d" % (r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28))


def pick(r, *opts):
    return r.choice(opts)


# ---------------------------------------------------------------------------
# secret generators (random; never real, never documentation examples)
# ---------------------------------------------------------------------------
def g_apollo(r):
    return b62(r, 22)


def g_clearbit(r):
    return "sk_" + hexs(r, 32)


def g_hunter(r):
    return hexs(r, 40)


def g_lusha(r):
    return uuid4(r)


def g_pdl(r):
    return hexs(r, 64)


def g_proxycurl(r):
    return b62(r, 22)


def g_outreach_secret(r):
    return b64url_nopad(rbytes(r, 32))


def g_salesloft(r):
    return "v2_ak_%s_%s" % (digits(r, r.choice([5, 6])), hexs(r, 64))


def g_salesloft_oauth(r):
    return hexs(r, 64)


def g_gong_key(r):
    return s(r, UPAN, 26)


def g_gong_secret(r):
    hdr = b64url_nopad(b'{"alg":"HS256"}')
    body = b64url_nopad(json.dumps({"exp": r.randint(1800000000, 1900000000),
                                     "accessKey": g_gong_key(r)}, separators=(",", ":")).encode())
    return hdr + "." + body + "." + b64url_nopad(rbytes(r, 32))


def g_clay_token(r):
    return b62(r, 32)


def g_clay_url(r):
    return "https://api.clay.com/v3/sources/webhook/pull-in-data-from-a-webhook-" + uuid4(r)


def g_seamless(r):
    return b62(r, 40)


def g_cognism(r):
    return b62(r, 36)


def g_rocketreach(r):
    return hexs(r, 35) + s(r, "k" + HEX, 4)


def g_snov_secret(r):
    return hexs(r, 32)


def g_zerobounce(r):
    return hexs(r, 32)


def g_neverbounce(r):
    return "secret_" + hexs(r, 32)


def g_kickbox(r):
    return "live_" + hexs(r, 64)


def g_dropcontact(r):
    return b62(r, 30)


def g_lemlist(r):
    return hexs(r, 32)


def g_instantly(r):
    return base64.b64encode((uuid4(r) + ":" + b62(r, 12)).encode()).decode()


def g_smartlead(r):
    return uuid4(r) + "_" + s(r, "abcdefghijklmnopqrstuvwxyz0123456789", 6)


def g_replyio(r):
    return b62(r, 24)


def g_hubspot(r):
    return "pat-%s-%s" % (r.choice(["na1", "na1", "na1", "eu1"]), uuid4(r))


def g_hubspot_client_secret(r):
    return uuid4(r)


def g_pipedrive(r):
    return hexs(r, 40)


def g_close(r):
    return "api_%s.%s" % (b62(r, 22), b62(r, 22))


def g_close_sig(r):
    return hexs(r, 64)


def g_password(r):
    words = ["Harbor", "Quartz", "Maple", "Falcon", "Cobalt", "Juniper", "Orbit", "Tundra"]
    return r.choice(words) + r.choice("!#%*@$") + digits(r, 2) + s(r, "abcdefghjkmnpqrstuvwxyz", 4) + \
        r.choice(words).lower() + r.choice("?&+=")


def g_zi_jwt(r, user="svc-enrich@example.com"):
    hdr = b64url_nopad(b'{"alg":"RS256","typ":"JWT"}')
    now = r.randint(1700000000, 1760000000)
    body = b64url_nopad(json.dumps({"iss": "api-client@zoominfo.com", "aud": "enterprise_api",
                                     "username": user, "iat": now, "exp": now + 3600,
                                     "jti": uuid4(r)}, separators=(",", ":")).encode())
    return hdr + "." + body + "." + b64url_nopad(rbytes(r, 256))


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def _der(tag, content):
    return bytes([tag]) + _der_len(len(content)) + content


def _der_int_random(r, nbytes):
    b = bytearray(rbytes(r, nbytes))
    b[0] |= 0x80
    return _der(0x02, b"\x00" + bytes(b))


def pem_private_key(r):
    """Structurally valid PKCS#8 RSA-2048 container with random integers."""
    rsa = _der(0x30, _der(0x02, b"\x00") + _der_int_random(r, 256) + _der(0x02, b"\x01\x00\x01") +
               _der_int_random(r, 255) + _der_int_random(r, 128) + _der_int_random(r, 128) +
               _der_int_random(r, 127) + _der_int_random(r, 127) + _der_int_random(r, 127))
    alg = _der(0x30, bytes.fromhex("06092a864886f70d010101") + b"\x05\x00")
    pk8 = _der(0x30, _der(0x02, b"\x00") + alg + _der(0x04, rsa))
    b = base64.b64encode(pk8).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def pem_public_key(r):
    rsa = _der(0x30, _der_int_random(r, 256) + _der(0x02, b"\x01\x00\x01"))
    alg = _der(0x30, bytes.fromhex("06092a864886f70d010101") + b"\x05\x00")
    spki = _der(0x30, alg + _der(0x03, b"\x00" + rsa))
    b = base64.b64encode(spki).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


# ---------------------------------------------------------------------------
# slot: what goes where the secret goes
# ---------------------------------------------------------------------------
class Slot:
    """raw: text placed inside strings/files; lit(q): a code literal (quoted raw,
    or, for some negatives, an environment / secret-manager expression)."""

    def __init__(self, raw, ref=None):
        self.raw = raw
        self.ref = ref

    def lit(self, q='"'):
        return self.ref if self.ref is not None else q + self.raw + q


POS = []


def P(provider, kind, lang, env, gen):
    def deco(fn):
        POS.append({"provider": provider, "kind": kind, "lang": lang, "env": env, "gen": gen,
                    "fn": fn, "name": fn.__name__})
        return fn
    return deco


def jdump_with_slot(obj, raw):
    return json.dumps(obj, indent=2).replace("@@SLOT@@", raw) + "\n"


# ---------------------------------------------------------------------------
# positive templates (also re-used by half of the negatives)
# ---------------------------------------------------------------------------
@P("apollo", "api_key", "py", "APOLLO_API_KEY", g_apollo)
def t_apollo_settings(r, S):
    p = person(r)
    return pick(r, "config/settings.py", "prospecting/settings.py", "app/config.py"), (
        '"""Runtime settings for the prospecting worker."""\n'
        "import os\nfrom pathlib import Path\n\n"
        "BASE_DIR = Path(__file__).resolve().parent.parent\n"
        "DEBUG = os.getenv(\"DEBUG\", \"0\") == \"1\"\n"
        "APOLLO_BASE_URL = \"https://api.apollo.io/api/v1\"\n"
        "APOLLO_API_KEY = %s\n"
        "APOLLO_PER_PAGE = %d\n"
        "DEFAULT_TITLES = [\"%s\", \"%s\"]\n"
        "OWNER_EMAIL = \"%s\"\n"
        "RATE_LIMIT_PER_MINUTE = %d\n" % (S.lit(), r.choice([25, 50, 100]), p["title"], r.choice(TITLES),
                                          p["email"], r.choice([50, 200])))


@P("apollo", "api_key", "ts", "APOLLO_API_KEY", g_apollo)
def t_apollo_axios(r, S):
    return pick(r, "src/lib/apollo.ts", "src/integrations/apollo/client.ts"), (
        "import axios from 'axios';\n\n"
        "// Thin wrapper around the Apollo REST API used by the enrichment queue.\n"
        "export const apollo = axios.create({\n"
        "  baseURL: 'https://api.apollo.io/api/v1',\n"
        "  timeout: %d,\n"
        "  headers: {\n"
        "    'Content-Type': 'application/json',\n"
        "    'Cache-Control': 'no-cache',\n"
        "    'x-api-key': %s,\n"
        "  },\n"
        "});\n\n"
        "export async function matchPerson(email: string) {\n"
        "  const { data } = await apollo.post('/people/match', { email, reveal_personal_emails: false });\n"
        "  return data.person ?? null;\n"
        "}\n" % (r.choice([10000, 15000, 30000]), S.lit("'")))


@P("apollo", "api_key", "json", "APOLLO_API_KEY", g_apollo)
def t_apollo_n8n(r, S):
    wf = {"name": "Enrich inbound leads (Apollo)", "nodes": [
        {"parameters": {"httpMethod": "POST", "path": uuid4(r), "options": {}},
         "id": uuid4(r), "name": "Webhook", "type": "n8n-nodes-base.webhook", "typeVersion": 2,
         "position": [240, 300], "webhookId": uuid4(r)},
        {"parameters": {"method": "POST", "url": "https://api.apollo.io/api/v1/people/match",
                        "sendHeaders": True,
                        "headerParameters": {"parameters": [{"name": "x-api-key", "value": "@@SLOT@@"},
                                                            {"name": "Content-Type", "value": "application/json"}]},
                        "sendBody": True, "bodyParameters": {"parameters": [
                            {"name": "email", "value": "={{ $json.body.email }}"}]}, "options": {}},
         "id": uuid4(r), "name": "Apollo match", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2,
         "position": [460, 300]}],
        "connections": {"Webhook": {"main": [[{"node": "Apollo match", "type": "main", "index": 0}]]}},
        "active": False, "settings": {"executionOrder": "v1"}, "versionId": uuid4(r)}
    return pick(r, "workflows/apollo-enrich.json", "n8n/exports/inbound-enrichment.json"), jdump_with_slot(wf, S.raw)


@P("apollo", "api_key", "md", "APOLLO_API_KEY", g_apollo)
def t_apollo_md(r, S):
    p = person(r)
    return pick(r, "docs/runbooks/apollo-enrichment.md", "docs/setup.md"), (
        "# Apollo enrichment runbook\n\n"
        "Owner: #%s. Rate limits are per team, so keep batch jobs under 200 calls/min.\n\n"
        "## Smoke test\n\n"
        "```bash\n"
        "curl -s -X POST https://api.apollo.io/api/v1/people/match \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -H 'x-api-key: %s' \\\n"
        "  -d '{\"email\": \"%s\"}' | jq '.person.title'\n"
        "```\n\n"
        "Expected output: `\"%s\"`.\n\n"
        "## Re-running a failed batch\n\n"
        "1. Find the batch id in the worker log.\n"
        "2. `make enrich-retry BATCH=<id>`\n" % (r.choice(TEAMS), S.raw, p["email"], p["title"]))


@P("zoominfo", "private_key", "py", "ZOOMINFO_PRIVATE_KEY", pem_private_key)
def t_zi_pki_py(r, S):
    cid = uuid4(r)
    return pick(r, "scripts/zi_auth.py", "enrichment/zoominfo/auth.py"), (
        "import zi_api_auth_client\n"
        "import requests\n\n"
        "ZI_USERNAME = \"svc-enrichment@%s\"\n"
        "ZI_CLIENT_ID = \"%s\"\n\n"
        "key = %s\n\n\n"
        "def get_token():\n"
        "    return zi_api_auth_client.pki_authentication(ZI_USERNAME, ZI_CLIENT_ID, key)\n\n\n"
        "def search_company(domain):\n"
        "    headers = {\"Authorization\": \"Bearer \" + get_token()}\n"
        "    body = {\"companyWebsite\": domain, \"rpp\": 1}\n"
        "    return requests.post(\"https://api.zoominfo.com/search/company\", json=body, headers=headers).json()\n"
        % (domain_of(company(r), r), cid, S.lit("'''") if S.ref is None else S.ref))


@P("zoominfo", "private_key", "json", "ZOOMINFO_PRIVATE_KEY",
   lambda r: pem_private_key(r).replace("\n", "\\n"))
def t_zi_make(r, S):
    bp = {"name": "ZoomInfo -> HubSpot company sync", "flow": [
        {"id": 1, "module": "zoominfo:searchCompanies", "version": 1,
         "parameters": {"__IMTCONN__": r.randint(100000, 999999)},
         "mapper": {"companyWebsite": "{{1.domain}}", "rpp": 25}},
        {"id": 2, "module": "hubspotcrm:updateCompany", "version": 2,
         "mapper": {"industry": "{{1.industry}}", "numberofemployees": "{{1.employeeCount}}"}}],
        "connections": [{"id": r.randint(100000, 999999), "name": "ZoomInfo (PKI)",
                         "accountName": "zoominfo", "data": {"username": "revops@" + domain_of(company(r), r),
                                                             "clientId": uuid4(r), "privateKey": "@@SLOT@@"}}],
        "metadata": {"instant": False, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}}
    return pick(r, "make/zoominfo-sync.blueprint.json", "automation/make/zoominfo_hubspot.json"), \
        jdump_with_slot(bp, S.raw)


@P("zoominfo", "password", "yml", "ZOOMINFO_PASSWORD", g_password)
def t_zi_basic_yaml(r, S):
    return pick(r, "dags/config/zoominfo.yml", "config/connections/zoominfo.yaml"), (
        "# Airflow connection bootstrap for the weekly firmographics refresh\n"
        "zoominfo_default:\n"
        "  conn_type: http\n"
        "  host: https://api.zoominfo.com\n"
        "  login: data-eng@%s\n"
        "  password: %s\n"
        "  extra:\n"
        "    auth_endpoint: /authenticate\n"
        "    timeout_seconds: 60\n"
        "schedule: \"0 4 * * 1\"\n"
        "owner: %s\n" % (domain_of(company(r), r), S.raw, r.choice(TEAMS)))


@P("zoominfo", "jwt", "sh", "ZI_TOKEN", g_zi_jwt)
def t_zi_jwt_sh(r, S):
    return pick(r, "scripts/zi_search.sh", "bin/zoominfo-contact-search.sh"), (
        "#!/usr/bin/env bash\n"
        "# quick contact search against the ZoomInfo Enterprise API\n"
        "set -euo pipefail\n\n"
        "DOMAIN=\"${1:-%s}\"\n"
        "TOKEN=%s\n\n"
        "curl -sS https://api.zoominfo.com/search/contact \\\n"
        "  -H \"Authorization: Bearer ${TOKEN}\" \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -d \"{\\\"companyWebsite\\\": \\\"${DOMAIN}\\\", \\\"jobTitle\\\": \\\"%s\\\"}\" | jq '.data[] | .firstName'\n"
        % (domain_of(company(r), r), S.lit("'") if S.ref is None else S.ref, r.choice(TITLES)))


@P("clearbit", "api_key", "rb", "CLEARBIT_KEY", g_clearbit)
def t_clearbit_rb(r, S):
    return "config/initializers/clearbit.rb", (
        "# frozen_string_literal: true\n\n"
        "require 'clearbit'\n\n"
        "Clearbit.key = %s\n\n"
        "Rails.application.config.to_prepare do\n"
        "  Clearbit::Resource.options = { timeout: %d }\n"
        "end\n" % (S.lit("'"), r.choice([5, 10, 20])))


@P("clearbit", "api_key", "js", "CLEARBIT_KEY", g_clearbit)
def t_clearbit_js(r, S):
    return pick(r, "lib/enrich/company.js", "server/enrichment.js"), (
        "'use strict';\n\n"
        "const clearbit = require('clearbit')(%s);\n"
        "const logger = require('../logger');\n\n"
        "async function enrichDomain(domain) {\n"
        "  try {\n"
        "    const company = await clearbit.Company.find({ domain, stream: true });\n"
        "    return { name: company.name, employees: company.metrics.employees };\n"
        "  } catch (err) {\n"
        "    logger.warn({ domain, err: err.message }, 'clearbit lookup failed');\n"
        "    return null;\n"
        "  }\n"
        "}\n\nmodule.exports = { enrichDomain };\n" % S.lit("'"))


@P("hunter", "api_key", "py", "HUNTER_API_KEY", g_hunter)
def t_hunter_py(r, S):
    return pick(r, "enrich/hunter.py", "tools/find_emails.py"), (
        "import csv\nimport sys\n\nimport requests\n\n"
        "SEARCH_URL = \"https://api.hunter.io/v2/domain-search\"\n\n\n"
        "def domain_search(domain, limit=%d):\n"
        "    params = {\"domain\": domain, \"limit\": limit, \"api_key\": %s}\n"
        "    resp = requests.get(SEARCH_URL, params=params, timeout=20)\n"
        "    resp.raise_for_status()\n"
        "    return resp.json()[\"data\"][\"emails\"]\n\n\n"
        "if __name__ == \"__main__\":\n"
        "    writer = csv.writer(sys.stdout)\n"
        "    for row in domain_search(sys.argv[1]):\n"
        "        writer.writerow([row[\"value\"], row.get(\"position\"), row[\"confidence\"]])\n"
        % (r.choice([10, 25, 50]), S.lit()))


@P("hunter", "api_key", "gs", "HUNTER_KEY", g_hunter)
def t_hunter_gs(r, S):
    return pick(r, "apps-script/Code.gs", "sheets/enrich/Hunter.gs"), (
        "/** Lead sheet helper: fills column D with the best e-mail guess. */\n"
        "const HUNTER_KEY = %s;\n"
        "const SHEET_NAME = 'Leads';\n\n"
        "function findEmail(first, last, domain) {\n"
        "  const url = 'https://api.hunter.io/v2/email-finder?domain=' + encodeURIComponent(domain) +\n"
        "      '&first_name=' + encodeURIComponent(first) + '&last_name=' + encodeURIComponent(last) +\n"
        "      '&api_key=' + HUNTER_KEY;\n"
        "  const res = UrlFetchApp.fetch(url, { muteHttpExceptions: true });\n"
        "  const body = JSON.parse(res.getContentText());\n"
        "  return body.data ? body.data.email : '';\n"
        "}\n\n"
        "function onOpen() {\n"
        "  SpreadsheetApp.getUi().createMenu('Enrich').addItem('Find e-mails', 'fillEmails').addToUi();\n"
        "}\n" % S.lit("'"))


@P("hunter", "api_key", "sql", "HUNTER_API_KEY", g_hunter)
def t_hunter_sql(r, S):
    return pick(r, "db/seeds/002_integrations.sql", "migrations/0042_seed_enrichment_providers.sql"), (
        "-- seed enrichment providers for the staging workspace\n"
        "BEGIN;\n\n"
        "INSERT INTO enrichment_providers (slug, display_name, base_url, enabled, daily_quota)\n"
        "VALUES\n"
        "  ('hunter', 'Hunter.io', 'https://api.hunter.io/v2', true, 500),\n"
        "  ('clearbit', 'Clearbit', 'https://company.clearbit.com/v2', false, 0);\n\n"
        "INSERT INTO provider_credentials (provider_slug, workspace_id, api_key, created_at)\n"
        "VALUES ('hunter', %d, '%s', now());\n\n"
        "COMMIT;\n" % (r.randint(10, 999), S.raw))


@P("hunter", "api_key", "csv", "HUNTER_API_KEY", g_hunter)
def t_hunter_csv(r, S):
    rows = ["id,provider,label,api_key,created_by,created_at"]
    rows.append("%d,apollo,Prospecting,****************,%s,%s" % (r.randint(100, 199), person(r)["email"], day(r)))
    rows.append("%d,hunter,Email finder,%s,%s,%s" % (r.randint(200, 299), S.raw, person(r)["email"], day(r)))
    rows.append("%d,zerobounce,Verification,,%s,%s" % (r.randint(300, 399), person(r)["email"], day(r)))
    return pick(r, "exports/workspace_integrations.csv", "data/exports/integrations.csv"), "\n".join(rows) + "\n"


@P("lusha", "api_key", "py", "LUSHA_API_KEY", g_lusha)
def t_lusha_py(r, S):
    return pick(r, "enrich/lusha_client.py", "integrations/lusha.py"), (
        "import logging\n\nimport httpx\n\nlog = logging.getLogger(__name__)\n\n\n"
        "class LushaClient:\n"
        "    base_url = \"https://api.lusha.com\"\n\n"
        "    def __init__(self):\n"
        "        self._http = httpx.Client(base_url=self.base_url, timeout=15.0,\n"
        "                                  headers={\"api_key\": %s})\n\n"
        "    def person(self, first_name, last_name, company):\n"
        "        r = self._http.get(\"/v2/person\", params={\"firstName\": first_name,\n"
        "                                                  \"lastName\": last_name, \"companyName\": company})\n"
        "        if r.status_code == 429:\n"
        "            log.warning(\"lusha rate limited\")\n"
        "        r.raise_for_status()\n"
        "        return r.json()\n" % S.lit())


@P("lusha", "api_key", "go", "LUSHA_API_KEY", g_lusha)
def t_lusha_go(r, S):
    return pick(r, "internal/lusha/client.go", "pkg/enrich/lusha.go"), (
        "package lusha\n\n"
        "import (\n\t\"context\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"time\"\n)\n\n"
        "var httpClient = &http.Client{Timeout: %d * time.Second}\n\n"
        "func Person(ctx context.Context, email string) (*http.Response, error) {\n"
        "\tq := url.Values{\"email\": {email}}\n"
        "\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, \"https://api.lusha.com/v2/person?\"+q.Encode(), nil)\n"
        "\tif err != nil {\n\t\treturn nil, err\n\t}\n"
        "\treq.Header.Set(\"api_key\", %s)\n"
        "\treq.Header.Set(\"Accept\", \"application/json\")\n"
        "\treturn httpClient.Do(req)\n}\n" % (r.choice([10, 20, 30]), S.lit()))


@P("pdl", "api_key", "py", "PDL_API_KEY", g_pdl)
def t_pdl_py(r, S):
    p = person(r)
    return pick(r, "notebooks/pdl_enrich.py", "jobs/person_enrichment.py"), (
        "from peopledatalabs import PDLPY\n\n"
        "client = PDLPY(\n    api_key=%s,\n)\n\n"
        "result = client.person.enrichment(\n"
        "    email=\"%s\",\n    min_likelihood=%d,\n    pretty=True,\n)\n"
        "if result.ok:\n    print(result.json()[\"data\"][\"job_title\"])\n"
        "else:\n    print(result.status_code, result.reason)\n" % (S.lit(), p["email"], r.choice([4, 6, 8])))


@P("pdl", "api_key", "sh", "PDL_API_KEY", g_pdl)
def t_pdl_sh(r, S):
    return pick(r, "scripts/pdl_company.sh", "bin/enrich-company"), (
        "#!/bin/sh\n# usage: enrich-company <domain>\nset -e\n\n"
        "curl -s -G 'https://api.peopledatalabs.com/v5/company/enrich' \\\n"
        "  -H 'X-Api-Key: %s' \\\n"
        "  --data-urlencode \"website=$1\" \\\n"
        "  | jq '{name, size, industry, linkedin_url}'\n" % S.raw)


@P("pdl", "api_key", "toml", "PDL_API_KEY", g_pdl)
def t_pdl_toml(r, S):
    return pick(r, "config/enrichment.toml", "enrichment.toml"), (
        "[service]\nname = \"enrichment-worker\"\nconcurrency = %d\n\n"
        "[providers.pdl]\nenabled = true\nbase_url = \"https://api.peopledatalabs.com/v5\"\n"
        "api_key = \"%s\"\nmin_likelihood = 6\n\n"
        "[providers.clearbit]\nenabled = false\n\n"
        "[queue]\nurl = \"redis://localhost:6379/3\"\n" % (r.choice([2, 4, 8]), S.raw))


@P("proxycurl", "api_key", "ts", "PROXYCURL_API_KEY", g_proxycurl)
def t_proxycurl_ts(r, S):
    return pick(r, "src/enrich/proxycurl.ts", "services/linkedin/proxycurl.ts"), (
        "const PROFILE_ENDPOINT = 'https://nubela.co/proxycurl/api/v2/linkedin';\n\n"
        "export async function fetchProfile(linkedinUrl: string) {\n"
        "  const res = await fetch(`${PROFILE_ENDPOINT}?url=${encodeURIComponent(linkedinUrl)}&skills=include`, {\n"
        "    headers: { Authorization: 'Bearer %s' },\n"
        "  });\n"
        "  if (!res.ok) throw new Error(`proxycurl ${res.status}`);\n"
        "  return res.json();\n}\n" % S.raw)


@P("proxycurl", "api_key", "yml", "PROXYCURL_API_KEY", g_proxycurl)
def t_proxycurl_compose(r, S):
    return "docker-compose.yml", (
        "services:\n"
        "  enricher:\n"
        "    build: .\n"
        "    command: python -m enricher.worker\n"
        "    environment:\n"
        "      LOG_LEVEL: info\n"
        "      REDIS_URL: redis://redis:6379/0\n"
        "      PROXYCURL_API_KEY: %s\n"
        "      ENRICH_BATCH_SIZE: \"%d\"\n"
        "    depends_on:\n      - redis\n"
        "  redis:\n    image: redis:7-alpine\n    ports:\n      - \"6379:6379\"\n" % (S.raw, r.choice([25, 50])))


@P("outreach", "oauth_client_secret", "rb", "OUTREACH_CLIENT_SECRET", g_outreach_secret)
def t_outreach_omniauth(r, S):
    return "config/initializers/omniauth.rb", (
        "Rails.application.config.middleware.use OmniAuth::Builder do\n"
        "  provider :outreach,\n"
        "           '%s',\n"
        "           %s,\n"
        "           scope: 'prospects.all sequences.read sequenceStates.all',\n"
        "           callback_path: '/auth/outreach/callback'\n"
        "end\n" % (b64url_nopad(rbytes(r, 32)), S.lit("'")))


@P("outreach", "oauth_client_secret", "yml", "OUTREACH_CLIENT_SECRET", g_outreach_secret)
def t_outreach_helm(r, S):
    return pick(r, "deploy/helm/values.yaml", "charts/sequencer/values-prod.yaml"), (
        "replicaCount: %d\nimage:\n  repository: ghcr.io/%s/sequencer\n  tag: \"%s\"\n\n"
        "outreach:\n  apiBase: https://api.outreach.io/api/v2\n  clientId: %s\n  clientSecret: %s\n"
        "  redirectUri: https://app.%s/oauth/outreach/callback\n\n"
        "resources:\n  limits:\n    memory: 512Mi\n" % (r.choice([2, 3]), r.choice(TEAMS), "1.%d.%d" % (r.randint(0, 9), r.randint(0, 20)),
                                                         b64url_nopad(rbytes(r, 32)), S.raw, domain_of(company(r), r)))


@P("salesloft", "api_key", "py", "SALESLOFT_API_KEY", g_salesloft)
def t_salesloft_py(r, S):
    return pick(r, "sync/salesloft.py", "cadences/export.py"), (
        "import requests\n\n"
        "SALESLOFT_API_KEY = %s\n"
        "BASE = \"https://api.salesloft.com/v2\"\n\n"
        "session = requests.Session()\n"
        "session.headers.update({\"Authorization\": f\"Bearer {SALESLOFT_API_KEY}\"})\n\n\n"
        "def cadences(page=1):\n"
        "    r = session.get(f\"{BASE}/cadences\", params={\"page\": page, \"per_page\": 100})\n"
        "    r.raise_for_status()\n"
        "    return r.json()[\"data\"]\n" % S.lit())


@P("salesloft", "api_key", "json", "SALESLOFT_API_KEY", g_salesloft)
def t_salesloft_make(r, S):
    bp = {"name": "New Salesloft person -> Slack", "flow": [
        {"id": 1, "module": "http:ActionSendData", "version": 3,
         "mapper": {"url": "https://api.salesloft.com/v2/people", "method": "get",
                    "headers": [{"name": "Authorization", "value": "Bearer @@SLOT@@"}],
                    "qs": [{"name": "updated_at[gt]", "value": "{{formatDate(addHours(now; -1); \"YYYY-MM-DDTHH:mm:ssZ\")}}"}],
                    "parseResponse": True}},
        {"id": 2, "module": "slack:CreateMessage", "version": 4,
         "mapper": {"channel": "C0" + s(r, UPAN, 9), "text": "New person: {{1.data.display_name}}"}}],
        "metadata": {"instant": False, "version": 1}}
    return pick(r, "make/salesloft-people.blueprint.json", "automations/salesloft_to_slack.json"), \
        jdump_with_slot(bp, S.raw)


@P("salesloft", "oauth_client_secret", "go", "SALESLOFT_CLIENT_SECRET", g_salesloft_oauth)
def t_salesloft_go(r, S):
    return pick(r, "internal/auth/salesloft.go", "auth/salesloft_oauth.go"), (
        "package auth\n\nimport \"golang.org/x/oauth2\"\n\n"
        "var SalesloftOAuth = &oauth2.Config{\n"
        "\tClientID:     \"%s\",\n"
        "\tClientSecret: %s,\n"
        "\tRedirectURL:  \"https://connect.%s/salesloft/callback\",\n"
        "\tEndpoint: oauth2.Endpoint{\n"
        "\t\tAuthURL:  \"https://accounts.salesloft.com/oauth/authorize\",\n"
        "\t\tTokenURL: \"https://accounts.salesloft.com/oauth/token\",\n"
        "\t},\n}\n" % (hexs(r, 64), S.lit(), domain_of(company(r), r)))


@P("gong", "access_key_secret", "py", "GONG_ACCESS_KEY_SECRET", g_gong_secret)
def t_gong_py(r, S):
    return pick(r, "jobs/gong_calls.py", "etl/gong/extract_calls.py"), (
        "import datetime as dt\n\nimport requests\n\n"
        "def list_calls(days=7):\n"
        "    since = (dt.datetime.utcnow() - dt.timedelta(days=days)).strftime(\"%%Y-%%m-%%dT%%H:%%M:%%SZ\")\n"
        "    resp = requests.get(\n"
        "        \"https://api.gong.io/v2/calls\",\n"
        "        params={\"fromDateTime\": since},\n"
        "        auth=(\"%s\", %s),\n"
        "        timeout=30,\n    )\n"
        "    resp.raise_for_status()\n"
        "    return resp.json()[\"calls\"]\n" % (g_gong_key(r), S.lit()))


@P("gong", "access_key_secret", "ts", "GONG_ACCESS_KEY_SECRET", g_gong_secret)
def t_gong_ts(r, S):
    return pick(r, "src/gong/client.ts", "packages/gong-sync/src/auth.ts"), (
        "const GONG_ACCESS_KEY = '%s';\n"
        "const GONG_ACCESS_KEY_SECRET = %s;\n\n"
        "export const gongAuthHeader = 'Basic ' +\n"
        "  Buffer.from(`${GONG_ACCESS_KEY}:${GONG_ACCESS_KEY_SECRET}`).toString('base64');\n\n"
        "export async function users() {\n"
        "  const res = await fetch('https://api.gong.io/v2/users', { headers: { Authorization: gongAuthHeader } });\n"
        "  return (await res.json()).users;\n}\n" % (g_gong_key(r), S.lit("'")))


@P("gong", "access_key_secret", "yml", "GONG_ACCESS_KEY_SECRET", g_gong_secret)
def t_gong_gha(r, S):
    return pick(r, ".github/workflows/gong-sync.yml", ".github/workflows/nightly-calls.yml"), (
        "name: gong-sync\n\non:\n  schedule:\n    - cron: \"15 3 * * *\"\n  workflow_dispatch: {}\n\n"
        "jobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n"
        "      GONG_ACCESS_KEY: %s\n      GONG_ACCESS_KEY_SECRET: %s\n"
        "      WAREHOUSE: snowflake\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-python@v5\n        with:\n          python-version: \"3.12\"\n"
        "      - run: pip install -r requirements.txt\n      - run: python -m etl.gong.extract_calls --days 2\n"
        % (g_gong_key(r), S.raw))


@P("clay", "webhook_url", "py", "CLAY_WEBHOOK_URL", g_clay_url)
def t_clay_url_py(r, S):
    return pick(r, "pipelines/push_to_clay.py", "scripts/send_signups_to_clay.py"), (
        "\"\"\"Push new trial sign-ups into the Clay table for enrichment.\"\"\"\n"
        "import json\nimport urllib.request\n\n"
        "TABLE_HOOK = %s\n\n\n"
        "def push(rows):\n"
        "    for row in rows:\n"
        "        req = urllib.request.Request(TABLE_HOOK, data=json.dumps(row).encode(),\n"
        "                                     headers={\"Content-Type\": \"application/json\"}, method=\"POST\")\n"
        "        with urllib.request.urlopen(req, timeout=10) as resp:\n"
        "            assert resp.status in (200, 202)\n" % S.lit())


@P("clay", "webhook_token", "ts", "CLAY_WEBHOOK_TOKEN", g_clay_token)
def t_clay_token_ts(r, S):
    return pick(r, "src/clay/inbound.ts", "apps/api/src/lib/clay.ts"), (
        "const CLAY_TABLE_WEBHOOK = 'https://api.clay.com/v3/sources/webhook/pull-in-data-from-a-webhook-%s';\n\n"
        "export async function sendToClay(record: Record<string, unknown>) {\n"
        "  const res = await fetch(CLAY_TABLE_WEBHOOK, {\n"
        "    method: 'POST',\n"
        "    headers: {\n"
        "      'Content-Type': 'application/json',\n"
        "      'x-clay-webhook-auth': %s,\n"
        "    },\n"
        "    body: JSON.stringify(record),\n"
        "  });\n"
        "  if (res.status >= 300) throw new Error('clay rejected row: ' + res.status);\n}\n"
        % ("<table-id>" if False else uuid4(r), S.lit("'")))


@P("clay", "webhook_token", "md", "CLAY_WEBHOOK_TOKEN", g_clay_token)
def t_clay_md(r, S):
    return pick(r, "docs/clay-webhook.md", "docs/integrations/clay.md"), (
        "## Sending rows to Clay\n\n"
        "The *Inbound leads* table listens on its webhook source. The auth token was\n"
        "generated when the source was created (it is only shown once).\n\n"
        "| setting | value |\n|---|---|\n"
        "| table | Inbound leads (%s) |\n"
        "| header | `x-clay-webhook-auth` |\n"
        "| token | `%s` |\n"
        "| limit | 50,000 submissions per source |\n\n"
        "Rows that fail validation show up in the table's *Errors* view.\n" % (r.choice(["EMEA", "NA", "APAC"]), S.raw))


@P("seamless", "api_key", "env", "SEAMLESS_API_KEY", g_seamless)
def t_seamless_env(r, S):
    return pick(r, ".env", "services/prospector/.env"), (
        "NODE_ENV=development\nPORT=%d\nLOG_LEVEL=debug\n"
        "DATABASE_URL=postgres://localhost:5432/prospector_dev\n"
        "SEAMLESS_BASE_URL=https://api.seamless.ai/api/client/v1\n"
        "SEAMLESS_API_KEY=%s\n"
        "FEATURE_BULK_EXPORT=false\n" % (r.choice([3000, 4000, 8080]), S.raw))


@P("seamless", "api_key", "js", "SEAMLESS_API_KEY", g_seamless)
def t_seamless_js(r, S):
    return pick(r, "config/default.js", "config/production.js"), (
        "module.exports = {\n"
        "  server: { port: %d },\n"
        "  seamless: {\n"
        "    baseUrl: 'https://api.seamless.ai/api/client/v1',\n"
        "    apiKey: %s,\n"
        "    researchBatchSize: %d,\n"
        "  },\n"
        "  crm: { provider: 'hubspot', portalId: %s },\n};\n"
        % (r.choice([3000, 8080]), S.lit("'"), r.choice([10, 25]), digits(r, 8)))


@P("cognism", "api_key", "py", "COGNISM_API_KEY", g_cognism)
def t_cognism_py(r, S):
    return pick(r, "enrich/cognism.py", "integrations/cognism/client.py"), (
        "import requests\n\n\nclass Cognism:\n"
        "    def __init__(self, token=%s, base=\"https://app.cognism.com/api\"):\n"
        "        self.base = base\n"
        "        self.s = requests.Session()\n"
        "        self.s.headers[\"Authorization\"] = \"Bearer \" + token\n\n"
        "    def search_contacts(self, **filters):\n"
        "        return self.s.post(self.base + \"/search/contact/search\", json=filters, timeout=20).json()\n"
        % S.lit())


@P("cognism", "api_key", "yml", "COGNISM_API_KEY", g_cognism)
def t_cognism_airbyte(r, S):
    return pick(r, "airbyte/sources/cognism.yaml", "ingest/sources/cognism.yml"), (
        "sourceDefinition: declarative-http\nname: cognism-contacts\nconfiguration:\n"
        "  base_url: https://app.cognism.com/api\n  api_key: %s\n  start_date: \"%s\"\n"
        "  page_size: 100\nschedule:\n  scheduleType: cron\n  cronExpression: \"0 0 2 * * ?\"\n"
        "destination: bigquery-raw\n" % (S.raw, day(r)))


@P("rocketreach", "api_key", "py", "ROCKETREACH_API_KEY", g_rocketreach)
def t_rr_py(r, S):
    p = person(r)
    return pick(r, "scripts/rr_lookup.py", "prospect/rocketreach_lookup.py"), (
        "import rocketreach\n\n"
        "rr = rocketreach.Gateway(api_key=%s)\n\n"
        "result = rr.person.lookup(name=\"%s\", current_employer=\"%s\")\n"
        "if result.is_success:\n    print(result.person.emails)\n"
        "else:\n    print(\"lookup failed:\", result.message)\n" % (S.lit("'"), p["name"], p["company"]))


@P("rocketreach", "api_key", "rb", "ROCKETREACH_API_KEY", g_rocketreach)
def t_rr_rb(r, S):
    return pick(r, "lib/rocket_reach.rb", "app/services/rocket_reach_client.rb"), (
        "require 'faraday'\n\nclass RocketReachClient\n"
        "  RR_KEY = %s\n\n"
        "  def initialize\n"
        "    @conn = Faraday.new(url: 'https://api.rocketreach.co/api/v2') do |f|\n"
        "      f.headers['Api-Key'] = RR_KEY\n"
        "      f.request :json\n      f.response :json\n    end\n  end\n\n"
        "  def company(domain)\n    @conn.get('company/lookup', domain: domain).body\n  end\nend\n" % S.lit("'"))


@P("snov", "oauth_client_secret", "py", "SNOV_CLIENT_SECRET", g_snov_secret)
def t_snov_py(r, S):
    return pick(r, "enrich/snov.py", "tools/snov_token.py"), (
        "import requests\n\n\ndef snov_token():\n"
        "    payload = {\n        \"grant_type\": \"client_credentials\",\n"
        "        \"client_id\": \"%s\",\n        \"client_secret\": %s,\n    }\n"
        "    r = requests.post(\"https://api.snov.io/v1/oauth/access_token\", data=payload, timeout=10)\n"
        "    return r.json()[\"access_token\"]\n" % (hexs(r, 32), S.lit()))


@P("snov", "oauth_client_secret", "gs", "SNOV_CLIENT_SECRET", g_snov_secret)
def t_snov_gs(r, S):
    return pick(r, "apps-script/Snov.gs", "sheets/Snov.gs"), (
        "var SNOV_ID = '%s';\nvar SNOV_SECRET = %s;\n\n"
        "function snovToken_() {\n"
        "  var res = UrlFetchApp.fetch('https://api.snov.io/v1/oauth/access_token', {\n"
        "    method: 'post',\n"
        "    payload: { grant_type: 'client_credentials', client_id: SNOV_ID, client_secret: SNOV_SECRET }\n"
        "  });\n  return JSON.parse(res.getContentText()).access_token;\n}\n" % (hexs(r, 32), S.lit("'")))


@P("zerobounce", "api_key", "py", "ZEROBOUNCE_API_KEY", g_zerobounce)
def t_zb_py(r, S):
    return pick(r, "verify/clean_list.py", "scripts/zb_validate.py"), (
        "import csv\nfrom zerobouncesdk import ZeroBounce\n\n"
        "zb = ZeroBounce(%s)\n\n"
        "with open(\"leads.csv\") as fh:\n"
        "    for row in csv.DictReader(fh):\n"
        "        res = zb.validate(row[\"email\"])\n"
        "        print(row[\"email\"], res.status, res.sub_status)\n" % S.lit())


@P("zerobounce", "api_key", "ini", "ZEROBOUNCE_API_KEY", g_zerobounce)
def t_zb_ini(r, S):
    return pick(r, "config/verify.ini", "verify.cfg"), (
        "[general]\ninput_dir = ./incoming\noutput_dir = ./verified\nworkers = %d\n\n"
        "[zerobounce]\nendpoint = https://api.zerobounce.net/v2/validate\napikey = %s\n"
        "timeout = 30\n\n[logging]\nlevel = INFO\n" % (r.choice([2, 4]), S.raw))


@P("zerobounce", "api_key", "log", "ZEROBOUNCE_API_KEY", g_zerobounce)
def t_zb_log(r, S):
    t = iso(r)[:-1]
    p = person(r)
    return pick(r, "logs/verify-worker.log", "var/log/enrich/worker.log"), (
        "%s INFO  worker.start pid=%d queue=verify\n"
        "%s DEBUG http GET https://api.zerobounce.net/v2/validate?api_key=%s&email=%s&ip_address= status=200 ms=%d\n"
        "%s INFO  verify.result email=%s status=valid sub_status=\n"
        "%s INFO  worker.idle processed=%d\n" % (t, r.randint(1000, 60000), t, S.raw, p["email"], r.randint(80, 900),
                                                 t, p["email"], t, r.randint(1, 400)))


@P("neverbounce", "api_key", "js", "NEVERBOUNCE_API_KEY", g_neverbounce)
def t_nb_js(r, S):
    return pick(r, "src/verify/neverbounce.js", "lib/verify.js"), (
        "const NeverBounce = require('neverbounce');\n\n"
        "const client = new NeverBounce({ apiKey: %s, timeout: %d });\n\n"
        "module.exports.check = async (email) => {\n"
        "  const result = await client.single.check(email);\n"
        "  return result.getResult();\n};\n" % (S.lit("'"), r.choice([15000, 30000])))


@P("neverbounce", "api_key", "sh", "NEVERBOUNCE_API_KEY", g_neverbounce)
def t_nb_sh(r, S):
    return pick(r, "scripts/nb_check.sh", "ops/verify-one.sh"), (
        "#!/usr/bin/env bash\nset -euo pipefail\nemail=\"$1\"\n"
        "curl -s \"https://api.neverbounce.com/v4.2/single/check?key=%s&email=${email}\" | jq -r .result\n" % S.raw)


@P("kickbox", "api_key", "rb", "KICKBOX_API_KEY", g_kickbox)
def t_kickbox_rb(r, S):
    return pick(r, "app/services/email_verifier.rb", "lib/verify/kickbox.rb"), (
        "require 'kickbox'\n\nclass EmailVerifier\n"
        "  def initialize\n    client = Kickbox::Client.new(%s)\n    @kickbox = client.kickbox\n  end\n\n"
        "  def deliverable?(email)\n    @kickbox.verify(email, { timeout: 6000 }).body['result'] == 'deliverable'\n"
        "  end\nend\n" % S.lit("'"))


@P("kickbox", "api_key", "properties", "KICKBOX_API_KEY", g_kickbox)
def t_kickbox_props(r, S):
    return "src/main/resources/application.properties", (
        "spring.application.name=lead-intake\nserver.port=%d\n"
        "spring.datasource.url=jdbc:postgresql://db:5432/leads\n"
        "kickbox.base-url=https://api.kickbox.com/v2\nkickbox.api-key=%s\nkickbox.timeout-ms=6000\n"
        "management.endpoints.web.exposure.include=health,info\n" % (r.choice([8080, 8081]), S.raw))


@P("dropcontact", "api_key", "py", "DROPCONTACT_API_KEY", g_dropcontact)
def t_dropcontact_py(r, S):
    p = person(r)
    return pick(r, "enrich/dropcontact.py", "jobs/dropcontact_batch.py"), (
        "import time\nimport requests\n\nHEADERS = {\n    \"Content-Type\": \"application/json\",\n"
        "    \"X-Access-Token\": %s,\n}\n\n\n"
        "def enrich(rows):\n"
        "    r = requests.post(\"https://api.dropcontact.com/v1/enrich/all\",\n"
        "                      json={\"data\": rows, \"siren\": False, \"language\": \"en\"}, headers=HEADERS)\n"
        "    req_id = r.json()[\"request_id\"]\n    time.sleep(30)\n"
        "    return requests.get(f\"https://api.dropcontact.com/v1/enrich/all/{req_id}\", headers=HEADERS).json()\n\n\n"
        "if __name__ == \"__main__\":\n"
        "    print(enrich([{\"first_name\": \"%s\", \"last_name\": \"%s\", \"website\": \"%s\"}]))\n"
        % (S.lit(), p["first"], p["last"], p["domain"]))


@P("dropcontact", "api_key", "json", "DROPCONTACT_API_KEY", g_dropcontact)
def t_dropcontact_n8n(r, S):
    wf = {"name": "Dropcontact enrichment", "nodes": [
        {"parameters": {"rule": {"interval": [{"field": "hours", "hoursInterval": 6}]}}, "id": uuid4(r),
         "name": "Every 6h", "type": "n8n-nodes-base.scheduleTrigger", "typeVersion": 1.2, "position": [0, 0]},
        {"parameters": {"method": "POST", "url": "https://api.dropcontact.com/v1/enrich/all",
                        "sendHeaders": True, "headerParameters": {"parameters": [
                            {"name": "X-Access-Token", "value": "@@SLOT@@"}]},
                        "sendBody": True, "specifyBody": "json",
                        "jsonBody": "={{ JSON.stringify({ data: $json.contacts, language: 'en' }) }}"},
         "id": uuid4(r), "name": "Dropcontact", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2,
         "position": [220, 0]}],
        "connections": {"Every 6h": {"main": [[{"node": "Dropcontact", "type": "main", "index": 0}]]}},
        "pinData": {}, "meta": {"instanceId": hexs(r, 64)}}
    return pick(r, "n8n/dropcontact.json", "workflows/enrich-dropcontact.json"), jdump_with_slot(wf, S.raw)


@P("lemlist", "basic_auth_b64", "ts", "LEMLIST_AUTH", lambda r: base64.b64encode((":" + g_lemlist(r)).encode()).decode())
def t_lemlist_ts(r, S):
    return pick(r, "src/lemlist.ts", "src/outbound/lemlist.ts"), (
        "// lemlist uses Basic auth with an empty login; this is base64(':' + key)\n"
        "const headers = {\n  Authorization: 'Basic %s',\n  'Content-Type': 'application/json',\n};\n\n"
        "export async function addLead(campaignId: string, email: string) {\n"
        "  const url = `https://api.lemlist.com/api/campaigns/${campaignId}/leads/${encodeURIComponent(email)}`;\n"
        "  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ deduplicate: true }) });\n"
        "  return res.json();\n}\n" % S.raw)


@P("lemlist", "api_key", "py", "LEMLIST_API_KEY", g_lemlist)
def t_lemlist_py(r, S):
    return pick(r, "outbound/lemlist_sync.py", "campaigns/lemlist.py"), (
        "import requests\n\nAUTH = (\"\", %s)\n\n\n"
        "def campaigns():\n"
        "    return requests.get(\"https://api.lemlist.com/api/campaigns\", auth=AUTH, timeout=15).json()\n\n\n"
        "def unsubscribe(email):\n"
        "    return requests.delete(f\"https://api.lemlist.com/api/unsubscribes/{email}\", auth=AUTH).status_code\n"
        % S.lit())


@P("instantly", "api_key", "py", "INSTANTLY_API_KEY", g_instantly)
def t_instantly_py(r, S):
    return pick(r, "outbound/instantly.py", "sync/instantly_campaigns.py"), (
        "import httpx\n\nINSTANTLY_API_KEY = %s\n\n"
        "client = httpx.Client(base_url=\"https://api.instantly.ai/api/v2\",\n"
        "                      headers={\"Authorization\": f\"Bearer {INSTANTLY_API_KEY}\"})\n\n\n"
        "def list_campaigns(limit=%d):\n"
        "    return client.get(\"/campaigns\", params={\"limit\": limit}).json()[\"items\"]\n"
        % (S.lit(), r.choice([10, 50, 100])))


@P("instantly", "api_key", "yml", "INSTANTLY_API_KEY", g_instantly)
def t_instantly_k8s(r, S):
    return pick(r, "deploy/k8s/outbound-secrets.yaml", "k8s/base/secret.yaml"), (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: outbound-worker\n  namespace: %s\n"
        "  labels:\n    app.kubernetes.io/name: outbound-worker\ntype: Opaque\nstringData:\n"
        "  INSTANTLY_API_KEY: %s\n  INSTANTLY_WORKSPACE: \"%s\"\n" % (r.choice(TEAMS), S.raw, company(r)))


@P("smartlead", "api_key", "ts", "SMARTLEAD_API_KEY", g_smartlead)
def t_smartlead_ts(r, S):
    return pick(r, "src/smartlead.ts", "src/integrations/smartlead/api.ts"), (
        "const SMARTLEAD_API_KEY = %s;\nconst BASE = 'https://server.smartlead.ai/api/v1';\n\n"
        "export async function campaignStats(id: number) {\n"
        "  const res = await fetch(`${BASE}/campaigns/${id}/analytics?api_key=${SMARTLEAD_API_KEY}`);\n"
        "  return res.json();\n}\n" % S.lit("'"))


@P("smartlead", "api_key", "sh", "SMARTLEAD_API_KEY", g_smartlead)
def t_smartlead_sh(r, S):
    return pick(r, "cron/pause_bounced.sh", "scripts/smartlead_export.sh"), (
        "#!/bin/bash\n# nightly: export campaign leads for the warehouse\n"
        "CAMPAIGN_ID=%d\nOUT=/data/smartlead/leads_$(date +%%F).json\n"
        "curl -s \"https://server.smartlead.ai/api/v1/campaigns/${CAMPAIGN_ID}/leads?api_key=%s&limit=100\" > \"$OUT\"\n"
        "echo \"wrote $OUT\"\n" % (r.randint(100000, 999999), S.raw))


@P("replyio", "api_key", "go", "REPLYIO_API_KEY", g_replyio)
def t_replyio_go(r, S):
    return pick(r, "cmd/replysync/main.go", "internal/reply/client.go"), (
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n)\n\n"
        "func main() {\n"
        "\treq, _ := http.NewRequest(\"GET\", \"https://api.reply.io/v1/campaigns\", nil)\n"
        "\treq.Header.Set(\"x-api-key\", %s)\n"
        "\tresp, err := http.DefaultClient.Do(req)\n"
        "\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdefer resp.Body.Close()\n"
        "\tb, _ := io.ReadAll(resp.Body)\n\tfmt.Println(string(b))\n}\n" % S.lit())


@P("replyio", "api_key", "env", "REPLYIO_API_KEY", g_replyio)
def t_replyio_envlocal(r, S):
    return pick(r, ".env.local", "apps/outbound/.env.local"), (
        "# local overrides - do not commit\nAPP_URL=http://localhost:%d\n"
        "REPLYIO_API_KEY=%s\nREPLYIO_DEFAULT_CAMPAIGN=%d\nSENTRY_ENVIRONMENT=local\n"
        % (r.choice([3000, 5173]), S.raw, r.randint(100000, 999999)))


@P("hubspot", "private_app_token", "py", "HUBSPOT_ACCESS_TOKEN", g_hubspot)
def t_hubspot_py(r, S):
    return pick(r, "crm/hubspot_sync.py", "sync/hubspot.py"), (
        "from hubspot import HubSpot\nfrom hubspot.crm.contacts import SimplePublicObjectInputForCreate\n\n"
        "api_client = HubSpot(access_token=%s)\n\n\n"
        "def upsert_contact(email, firstname, company):\n"
        "    props = {\"email\": email, \"firstname\": firstname, \"company\": company, \"lifecyclestage\": \"lead\"}\n"
        "    return api_client.crm.contacts.basic_api.create(\n"
        "        simple_public_object_input_for_create=SimplePublicObjectInputForCreate(properties=props))\n"
        % S.lit())


@P("hubspot", "private_app_token", "ts", "HUBSPOT_ACCESS_TOKEN", g_hubspot)
def t_hubspot_ts(r, S):
    return pick(r, "src/crm/hubspot.ts", "packages/crm/src/hubspot.ts"), (
        "import { Client } from '@hubspot/api-client';\n\n"
        "export const hubspot = new Client({ accessToken: %s, numberOfApiCallRetries: 3 });\n\n"
        "export async function dealsInStage(stageId: string) {\n"
        "  const page = await hubspot.crm.deals.searchApi.doSearch({\n"
        "    filterGroups: [{ filters: [{ propertyName: 'dealstage', operator: 'EQ', value: stageId }] }],\n"
        "    properties: ['dealname', 'amount'], limit: 100, after: '0', sorts: [],\n  });\n"
        "  return page.results;\n}\n" % S.lit("'"))


@P("hubspot", "private_app_token", "tf", "HUBSPOT_ACCESS_TOKEN", g_hubspot)
def t_hubspot_tf(r, S):
    return pick(r, "infra/secrets.tf", "terraform/crm_sync/secrets.tf"), (
        "resource \"aws_secretsmanager_secret\" \"crm_sync\" {\n  name = \"%s/crm-sync\"\n}\n\n"
        "resource \"aws_secretsmanager_secret_version\" \"crm_sync\" {\n"
        "  secret_id = aws_secretsmanager_secret.crm_sync.id\n"
        "  secret_string = jsonencode({\n"
        "    hubspot_portal_id = \"%s\"\n    hubspot_token     = \"%s\"\n  })\n}\n"
        % (r.choice(["prod", "staging"]), digits(r, 8), S.raw))


@P("hubspot", "webhook_client_secret", "py", "HUBSPOT_CLIENT_SECRET", g_hubspot_client_secret)
def t_hubspot_webhook(r, S):
    return pick(r, "app/webhooks/hubspot.py", "api/hooks/hubspot_signature.py"), (
        "import base64\nimport hashlib\nimport hmac\n\n"
        "APP_ID = %d\nCLIENT_SECRET = %s\n\n\n"
        "def valid_v3(method, uri, body, timestamp, signature):\n"
        "    message = f\"{method}{uri}{body}{timestamp}\".encode()\n"
        "    digest = hmac.new(CLIENT_SECRET.encode(), message, hashlib.sha256).digest()\n"
        "    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)\n"
        % (r.randint(1000000, 9999999), S.lit()))


@P("hubspot", "private_app_token", "gs", "HUBSPOT_TOKEN", g_hubspot)
def t_hubspot_gs(r, S):
    return pick(r, "apps-script/HubSpot.gs", "sheets/crm/Export.gs"), (
        "function exportContacts() {\n"
        "  var res = UrlFetchApp.fetch('https://api.hubapi.com/crm/v3/objects/contacts?limit=100', {\n"
        "    headers: { Authorization: 'Bearer ' + %s },\n  });\n"
        "  var rows = JSON.parse(res.getContentText()).results.map(function (c) {\n"
        "    return [c.id, c.properties.email, c.properties.firstname];\n  });\n"
        "  SpreadsheetApp.getActive().getSheetByName('Contacts').getRange(2, 1, rows.length, 3).setValues(rows);\n}\n"
        % S.lit("'"))


@P("pipedrive", "api_token", "py", "PIPEDRIVE_API_TOKEN", g_pipedrive)
def t_pipedrive_py(r, S):
    return pick(r, "crm/pipedrive.py", "reports/pipeline_snapshot.py"), (
        "import requests\n\nCOMPANY_DOMAIN = \"%s\"\n\n\n"
        "def open_deals():\n"
        "    url = f\"https://{COMPANY_DOMAIN}.pipedrive.com/api/v1/deals\"\n"
        "    r = requests.get(url, params={\"status\": \"open\", \"limit\": 500, \"api_token\": %s})\n"
        "    return r.json()[\"data\"] or []\n"
        % (company(r).lower().split()[0], S.lit()))


@P("pipedrive", "api_token", "rb", "PIPEDRIVE_API_TOKEN", g_pipedrive)
def t_pipedrive_rb(r, S):
    return pick(r, "script/pipedrive_backfill.rb", "lib/tasks/pipedrive.rake"), (
        "require 'net/http'\nrequire 'json'\n\n"
        "uri = URI('https://%s.pipedrive.com/api/v1/persons?start=0&limit=100&api_token=%s')\n"
        "people = JSON.parse(Net::HTTP.get(uri)).fetch('data', [])\n"
        "people.each { |p| puts [p['id'], p['name'], p.dig('org_id', 'name')].join(\"\\t\") }\n"
        % (company(r).lower().split()[0], S.raw))


@P("pipedrive", "webhook_basic_auth", "py", "PIPEDRIVE_WEBHOOK_PASSWORD", g_password)
def t_pipedrive_webhook(r, S):
    return pick(r, "scripts/register_pipedrive_webhook.py", "ops/pipedrive_hooks.py"), (
        "import os\nimport requests\n\n"
        "payload = {\n    \"subscription_url\": \"https://hooks.%s/pipedrive/deal\",\n"
        "    \"event_action\": \"updated\",\n    \"event_object\": \"deal\",\n"
        "    \"http_auth_user\": \"pipedrive-hook\",\n    \"http_auth_password\": %s,\n}\n\n"
        "r = requests.post(\"https://api.pipedrive.com/v1/webhooks\", json=payload,\n"
        "                  params={\"api_token\": os.environ[\"PIPEDRIVE_API_TOKEN\"]})\n"
        "print(r.status_code, r.json().get(\"data\", {}).get(\"id\"))\n" % (domain_of(company(r), r), S.lit()))


@P("close", "api_key", "py", "CLOSE_API_KEY", g_close)
def t_close_py(r, S):
    return pick(r, "crm/close_client.py", "sync/close_leads.py"), (
        "import requests\n\nCLOSE_API_KEY = %s\n\n"
        "session = requests.Session()\nsession.auth = (CLOSE_API_KEY, \"\")\n\n\n"
        "def leads(query=\"\"):\n"
        "    r = session.get(\"https://api.close.com/api/v1/lead/\", params={\"query\": query, \"_limit\": 100})\n"
        "    return r.json()[\"data\"]\n" % S.lit())


@P("close", "webhook_signing_secret", "go", "CLOSE_WEBHOOK_SIGNATURE_KEY", g_close_sig)
def t_close_go(r, S):
    return pick(r, "internal/webhooks/close.go", "webhooks/close_verify.go"), (
        "package webhooks\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n)\n\n"
        "// signature key returned when the subscription %s was created\n"
        "var closeSigKey = %s\n\n"
        "func ValidClose(timestamp string, body []byte, sigHash string) bool {\n"
        "\tkey, _ := hex.DecodeString(closeSigKey)\n"
        "\tmac := hmac.New(sha256.New, key)\n\tmac.Write([]byte(timestamp))\n\tmac.Write(body)\n"
        "\treturn hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sigHash))\n}\n"
        % ("whsub_" + b62(r, 22), S.lit()))


@P("close", "api_key", "dockerfile", "CLOSE_API_KEY", g_close)
def t_close_docker(r, S):
    return pick(r, "Dockerfile", "docker/close-sync/Dockerfile"), (
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
        "RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n"
        "ENV PYTHONUNBUFFERED=1 \\\n    CLOSE_API_KEY=%s \\\n    SYNC_INTERVAL=300\n"
        "CMD [\"python\", \"-m\", \"sync.close_leads\"]\n" % S.raw)


@P("close", "webhook_signing_secret", "sql", "CLOSE_WEBHOOK_SIGNATURE_KEY", g_close_sig)
def t_close_sql(r, S):
    return pick(r, "db/migrations/20240312_close_webhooks.sql", "sql/seed_webhooks.sql"), (
        "CREATE TABLE IF NOT EXISTS webhook_subscriptions (\n  id text PRIMARY KEY,\n  provider text NOT NULL,\n"
        "  signature_key text NOT NULL,\n  events text[] NOT NULL,\n  created_at timestamptz DEFAULT now()\n);\n\n"
        "INSERT INTO webhook_subscriptions (id, provider, signature_key, events)\n"
        "VALUES ('%s', 'close', '%s', ARRAY['lead.created', 'opportunity.updated']);\n"
        % ("whsub_" + b62(r, 22), S.raw))


# ---------------------------------------------------------------------------
# negatives, part 1: what to put in a positive template's slot instead
# ---------------------------------------------------------------------------
CODE_REFS = {
    "py": ['os.environ["{E}"]', 'os.getenv("{E}")', 'os.environ.get("{E}", "")', 'settings.{E}',
           'config("{E}")', 'get_secret("{e}")'],
    "js": ["process.env.{E}", "process.env['{E}']", "process.env.{E} ?? ''", "config.get('{e}')"],
    "ts": ["process.env.{E}!", "process.env['{E}'] as string", "env.{E}", "requireEnv('{E}')"],
    "rb": ['ENV["{E}"]', "ENV.fetch('{E}')", "Rails.application.credentials.dig(:{p}, :api_key)"],
    "go": ['os.Getenv("{E}")', 'mustEnv("{E}")', 'cfg.{C}'],
    "gs": ["PropertiesService.getScriptProperties().getProperty('{E}')",
           "PropertiesService.getUserProperties().getProperty('{E}')"],
    "sh": ['"${{{E}:?{E} is not set}}"', '"$(vault kv get -field=value secret/gtm/{e})"',
           '"$(op read op://GTM/{p}/credential)"', '"${{{E}}}"'],
}
TEMPLATE_EXPRS = {
    "yml": ["${{{{ secrets.{E} }}}}", "${{{E}}}", "{{{{ .Values.secrets.{c} }}}}", "{{{{ {e} }}}}",
            "((vault:gtm/{e}))"],
    "json": ["={{{{ $env.{E} }}}}", "={{{{ $vars.{E} }}}}", "{{{{connection.{c}}}}}"],
    "sh": ["${{{E}}}", "$(cat /run/secrets/{e})"],
    "md": ["${E}", "<{e}>"],
    "sql": ["${{{e}}}", "{{{{ var('{e}') }}}}"],
    "tf": ["${{var.{e}}}", "${{data.aws_ssm_parameter.{e}.value}}"],
    "dockerfile": ["${{{E}}}"],
    "properties": ["${{{E}}}", "${{{E}:}}"],
    "toml": ["${{{E}}}", "env:{E}"],
    "ini": ["%({e})s", "${{{E}}}"],
    "csv": [],
    "log": [],
    "env": [],
}
DOC_EXAMPLES = {
    "close": ["yourapikey"],
    "neverbounce": ["secret_" + "x" * 32],
    "zerobounce": ["yourapikey____________", "your-api-key", "<zerobounce-api-key>"],
    "pdl": ["xxxx", "YOUR API KEY"],
    "kickbox": ["Your_API_Key_Here", "my_api_key"],
    "hubspot": ["***-***-*********-****-****-****-************", "pat-na1-xxxxxxxx"],
    "instantly": ["YOUR_API_KEY", "your-api-key-here"],
    "smartlead": ["yourApiKey", "API_KEY"],
    "lemlist": ["YourApiKey"],
    "dropcontact": ["apiKey", "YOUR_API_KEY"],
    "apollo": ["your_api_key", "YOUR_API_KEY"],
    "rocketreach": ["<YOUR API KEY HERE>"],
    "zoominfo": ["your_password"],
    "clay": ["clay_ent_your_api_key_here"],
}
GENERIC_PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "TODO",
                        "<insert key>", "your-key-here", "dummy", "test", "<{E}>", "{E}", "your_{e}_here",
                        "CHANGE_ME_IN_PROD", "placeholder", "xxx"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "[FILTERED]", "•••••••••••••"]


def _fmt(t, tpl):
    E = tpl["env"]
    return t.format(E=E, e=E.lower(), p=tpl["provider"], c=E.lower().replace("_", "."), C=E.title().replace("_", ""))


def _xfill(secret):
    for pfx in ("pat-na1-", "pat-eu1-", "secret_", "live_", "sk_", "api_", "v2_ak_"):
        if secret.startswith(pfx):
            return pfx + "".join("x" if c.isalnum() else c for c in secret[len(pfx):])
    return "".join("x" if c.isalnum() else c for c in secret)


def _mask(secret):
    if "\n" in secret or "\\n" in secret or len(secret) < 12:
        return "****"
    k = 0
    for i, ch in enumerate(secret[:9]):
        if ch in "_-":
            k = i + 1
    return secret[:k] + "*" * (len(secret) - k - 4) + secret[-4:]


def neg_slot(r, tpl):
    """Return (Slot, negative-kind) for a positive template."""
    lang, prov, kind = tpl["lang"], tpl["provider"], tpl["kind"]
    fake = tpl["gen"](r)
    pem_json = "\\n" in fake
    roll = r.random()
    if kind == "private_key" and roll < 0.3:
        nl = "\\n" if pem_json else "\n"
        v = "-----BEGIN PRIVATE KEY-----" + nl + r.choice(["Your private key goes here", "<paste the ZoomInfo key>",
                                                           "..."]) + nl + "-----END PRIVATE KEY-----"
        return Slot(v), "doc_example"
    if kind == "basic_auth_b64":
        v = base64.b64encode((":" + r.choice(["YourApiKey", "YOUR_API_KEY", "changeme"])).encode()).decode()
        return (Slot(v), "doc_example") if roll < 0.5 else (Slot(r.choice(["<base64 of :api key>", "****"])), "placeholder")
    if kind == "webhook_url" and roll < 0.35:
        return Slot("https://api.clay.com/v3/sources/webhook/" + r.choice(["<your-webhook-id>", "pull-in-data-from-a-webhook-xxxxxxxx"])), "placeholder"
    if prov == "clearbit" and roll < 0.25:
        return Slot("pk_" + hexs(r, 32)), "public_value"
    code_refs = CODE_REFS.get(lang)
    exprs = TEMPLATE_EXPRS.get(lang, [])
    cats = ["placeholder", "placeholder", "empty", "masked", "masked", "secret_manager_ref", "doc_example",
            "xfill"]
    if code_refs:
        cats += ["env_reference"] * 4
    if exprs:
        cats += ["template_expr"] * 3
    c = r.choice(cats)
    if c == "doc_example" and prov not in DOC_EXAMPLES:
        c = "placeholder"
    if c == "placeholder":
        return Slot(_fmt(r.choice(GENERIC_PLACEHOLDERS), tpl)), "placeholder"
    if c == "xfill":
        return Slot(_xfill(fake) if not pem_json and "\n" not in fake else "xxxx"), "placeholder"
    if c == "empty":
        return Slot(""), "empty"
    if c == "masked":
        return Slot(r.choice(MASKS) if r.random() < 0.5 else _mask(fake)), "masked"
    if c == "doc_example":
        return Slot(r.choice(DOC_EXAMPLES[prov])), "doc_example"
    if c == "env_reference":
        ref = _fmt(r.choice(code_refs), tpl)
        raw = "${%s}" % tpl["env"]
        return Slot(raw, ref), "env_reference"
    if c == "template_expr":
        return Slot(_fmt(r.choice(exprs), tpl)), "template_expr"
    E = tpl["env"].lower().replace("_", "-")
    v = r.choice(["op://Sales Ops/%s/credential" % prov, "vault:secret/data/gtm/%s#value" % E,
                  "arn:aws:secretsmanager:us-east-1:%s:secret:prod/%s-%s" % (digits(r, 12), E, s(r, B62, 6)),
                  "projects/%s/secrets/%s/versions/latest" % (r.choice(TEAMS), E),
                  "sm://%s" % E, "doppler://%s/prd/%s" % (r.choice(TEAMS), tpl["env"])])
    return Slot(v), "secret_manager_ref"


# ---------------------------------------------------------------------------
# negatives, part 2: look-alikes of the domain (no credential at all)
# ---------------------------------------------------------------------------
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append({"provider": provider, "kind": kind, "fn": fn, "name": fn.__name__})
        return fn
    return deco


def sha256_hex(t):
    return hashlib.sha256(t.encode()).hexdigest()


def md5_hex(t):
    return hashlib.md5(t.encode()).hexdigest()


@N("apollo", "person_ids")
def n_apollo_fixture(r):
    people = []
    for _ in range(r.randint(2, 4)):
        p = person(r)
        people.append({"id": oid(r), "first_name": p["first"], "last_name": p["last"], "title": p["title"],
                       "linkedin_url": p["linkedin"], "email_status": "verified", "organization_id": oid(r),
                       "organization": {"id": oid(r), "name": p["company"], "primary_domain": p["domain"]}})
    body = {"breadcrumbs": [], "people": people,
            "pagination": {"page": 1, "per_page": 25, "total_entries": r.randint(30, 900)}}
    return pick(r, "tests/fixtures/apollo_people_search.json", "spec/fixtures/apollo/mixed_people.json"), \
        json.dumps(body, indent=2) + "\n"


@N("hubspot", "record_ids")
def n_hubspot_export(r):
    rows = ["Record ID,First Name,Last Name,Email,Company Domain Name,Lifecycle Stage,Create Date"]
    for _ in range(r.randint(4, 8)):
        p = person(r)
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (digits(r, r.choice([9, 11])), p["first"], p["last"], p["email"],
                                               p["domain"], r.choice(["lead", "marketingqualifiedlead", "customer"]), day(r)))
    return pick(r, "exports/hubspot-contacts-%s.csv" % day(r), "data/raw/hubspot_contacts.csv"), "\n".join(rows) + "\n"


@N("salesforce", "record_ids")
def n_sf_leads(r):
    rows = ["Id,OwnerId,AccountId,Email,Title,LeadSource"]
    for _ in range(r.randint(4, 7)):
        p = person(r)
        rows.append("%s,%s,%s,%s,%s,%s" % (sfid(r, "00Q"), sfid(r, "005"), sfid(r, "001"), p["email"], p["title"],
                                           r.choice(["Apollo", "ZoomInfo", "Webinar", "Inbound"])))
    return pick(r, "exports/sfdc_leads.csv", "data/salesforce/leads_sample.csv"), "\n".join(rows) + "\n"


@N("linkedin", "hashed_emails_sha256")
def n_hashed_audience(r):
    rows = ["sha256_email,country,company_domain"]
    for _ in range(r.randint(5, 9)):
        p = person(r)
        rows.append("%s,%s,%s" % (sha256_hex(p["email"].lower()), r.choice(["US", "DE", "GB", "FR"]), p["domain"]))
    return pick(r, "audiences/linkedin_matched_audience.csv", "ads/abm_upload.csv"), "\n".join(rows) + "\n"


@N("generic", "hashed_emails_md5")
def n_md5_sql(r):
    hs = ",\n  ".join("'%s'" % md5_hex(person(r)["email"]) for _ in range(r.randint(3, 6)))
    return pick(r, "analytics/dedupe_suppression.sql", "models/marts/suppressed_contacts.sql"), (
        "-- suppression list arrives as md5(lower(email)) from the partner\n"
        "select c.contact_id, c.email\nfrom {{ ref('stg_contacts') }} c\n"
        "where md5(lower(c.email)) in (\n  %s\n)\n" % hs)


@N("gong", "call_ids")
def n_gong_calls(r):
    calls = [{"id": digits(r, 19), "url": "https://app.gong.io/call?id=%s" % digits(r, 19),
              "title": "%s <> %s discovery" % (company(r), company(r)), "scheduled": iso(r),
              "duration": r.randint(600, 3600), "primaryUserId": digits(r, 18), "workspaceId": digits(r, 19),
              "direction": "Conference", "language": "eng"} for _ in range(r.randint(2, 3))]
    return pick(r, "tests/fixtures/gong_calls.json", "etl/gong/sample_response.json"), json.dumps(
        {"requestId": s(r, "abcdefghijklmnopqrstuvwxyz0123456789", 20), "records": {"totalRecords": len(calls),
         "currentPageSize": len(calls), "currentPageNumber": 0}, "calls": calls}, indent=2) + "\n"


@N("outreach", "sequence_ids")
def n_outreach_sequences(r):
    lines = ["# sequence routing for inbound MQLs (Outreach sequence ids)", "sequences:"]
    for seg in ["enterprise", "mid_market", "smb", "partner"]:
        lines.append("  %s:\n    id: %d\n    mailbox_id: %d\n    step_delay_hours: %d" % (
            seg, r.randint(100, 9999), r.randint(10, 999), r.choice([24, 48, 72])))
    return pick(r, "config/outreach_sequences.yml", "routing/sequences.yaml"), "\n".join(lines) + "\n"


@N("salesloft", "cadence_ids")
def n_salesloft_cadences(r):
    out = "CADENCES = {\n"
    for name in ["inbound-demo", "webinar-followup", "closed-lost-revive"]:
        out += "    \"%s\": {\"cadence_id\": %d, \"team_cadence\": %s, \"owner_guid\": \"%s\"},\n" % (
            name, r.randint(10000, 999999), r.choice(["True", "False"]), uuid4(r))
    return pick(r, "sync/cadences.py", "salesloft/cadence_map.py"), "\"\"\"Cadence routing table.\"\"\"\n\n" + out + "}\n"


@N("instantly", "campaign_uuids")
def n_instantly_campaigns(r):
    rows = ["campaign_id,name,status,leads,replies"]
    for _ in range(r.randint(3, 6)):
        rows.append("%s,%s Q%d outbound,%s,%d,%d" % (uuid4(r), company(r), r.randint(1, 4),
                                                     r.choice(["active", "paused", "completed"]), r.randint(100, 5000), r.randint(0, 90)))
    return pick(r, "reports/instantly_campaigns.csv", "data/outbound/campaigns.csv"), "\n".join(rows) + "\n"


@N("smartlead", "campaign_ids")
def n_smartlead_consts(r):
    return pick(r, "src/outbound/campaigns.ts", "src/config/smartlead-campaigns.ts"), (
        "export const CAMPAIGNS = {\n  enterprise: %d,\n  midMarket: %d,\n  reactivation: %d,\n} as const;\n\n"
        "export const CLIENT_ID = %d; // agency sub-account\nexport const EMAIL_ACCOUNT_IDS = [%d, %d, %d];\n"
        % (r.randint(100000, 999999), r.randint(100000, 999999), r.randint(100000, 999999), r.randint(1000, 99999),
           r.randint(1000000, 9999999), r.randint(1000000, 9999999), r.randint(1000000, 9999999)))


@N("lemlist", "campaign_ids")
def n_lemlist_ids(r):
    return pick(r, "outbound/lemlist_campaigns.json", "config/lemlist.json"), json.dumps({
        "campaigns": [{"_id": "cam_" + b62(r, 17), "name": "%s - founders" % company(r), "sequenceId": "seq_" + b62(r, 17)},
                      {"_id": "cam_" + b62(r, 17), "name": "Event follow-up", "sequenceId": "seq_" + b62(r, 17)}],
        "teamId": "tea_" + b62(r, 17), "senderUserId": "usr_" + b62(r, 17)}, indent=2) + "\n"


@N("close", "object_ids")
def n_close_fixture(r):
    return pick(r, "tests/test_close_mapping.py", "tests/unit/test_close_leads.py"), (
        "from sync.close_leads import map_lead\n\n\ndef test_map_lead_keeps_ids():\n"
        "    lead = {\n        \"id\": \"lead_%s\",\n        \"organization_id\": \"orga_%s\",\n"
        "        \"contacts\": [{\"id\": \"cont_%s\", \"emails\": [{\"email\": \"%s\"}]}],\n"
        "        \"status_id\": \"stat_%s\",\n    }\n"
        "    out = map_lead(lead)\n    assert out[\"close_id\"] == lead[\"id\"]\n"
        "    assert out[\"contact_ids\"] == [lead[\"contacts\"][0][\"id\"]]\n"
        % (b62(r, 43), b62(r, 43), b62(r, 43), person(r)["email"], b62(r, 43)))


@N("hubspot", "webhook_signature_log")
def n_hubspot_sig_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append("%s INFO webhook.received source=hubspot portal=%s x-hubspot-signature-v3=%s "
                     "x-hubspot-request-timestamp=%d verified=true" % (
                         iso(r), digits(r, 8), base64.b64encode(rbytes(r, 32)).decode(), r.randint(1700000000000, 1760000000000)))
    return pick(r, "logs/webhooks.log", "var/log/hooks/hubspot.log"), "\n".join(lines) + "\n"


@N("close", "webhook_signature_log")
def n_close_sig_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append("[%s] POST /hooks/close 200 close-sig-timestamp=%d close-sig-hash=%s event=%s" % (
            iso(r), r.randint(1700000000, 1760000000), hexs(r, 64), r.choice(["lead.updated", "activity.call.created"])))
    return pick(r, "logs/close-webhooks.log", "logs/hooks.log"), "\n".join(lines) + "\n"


@N("generic", "git_shas")
def n_changelog(r):
    out = "# Changelog\n\n"
    for v in range(r.randint(3, 5), 0, -1):
        out += "## 1.%d.0 (%s)\n\n" % (v, day(r))
        for _ in range(r.randint(1, 3)):
            out += "- %s (%s)\n" % (r.choice(["apollo: retry on 429", "hubspot: batch upserts",
                                              "zerobounce: handle catch-all", "gong: paginate calls",
                                              "pipedrive: map custom fields"]), hexs(r, 40))
        out += "\n"
    return "CHANGELOG.md", out


@N("generic", "integrity_hashes")
def n_lockfile(r):
    pk = {}
    for name, ver in [("@hubspot/api-client", "11.2.0"), ("axios", "1.7.2"), ("neverbounce", "4.4.0"), ("zod", "3.23.8")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (
            name, name.split("/")[-1], ver), "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode()}
    return "package-lock.json", json.dumps({"name": "gtm-sync", "version": "0.4.1", "lockfileVersion": 3,
                                           "requires": True, "packages": pk}, indent=2) + "\n"


@N("generic", "request_ids_etags")
def n_http_debug(r):
    lines = []
    for host in ["api.apollo.io", "api.hubapi.com", "api.lusha.com", "api.pipedrive.com"]:
        lines.append("%s DEBUG %s status=200 x-request-id=%s etag=\"%s\" cf-ray=%s-FRA ms=%d" % (
            iso(r), host, uuid4(r), hexs(r, 32), hexs(r, 16), r.randint(40, 900)))
    return pick(r, "logs/http-debug.log", "tmp/enrich-debug.log"), "\n".join(lines) + "\n"


@N("zoominfo", "public_key")
def n_public_key(r):
    return pick(r, "config/partner_webhook_pub.pem", "keys/zoominfo_webhook_public.pem"), pem_public_key(r) + "\n"


@N("hubspot", "pagination_cursor")
def n_cursor_test(r):
    cur = base64.b64encode(json.dumps({"after": digits(r, 11), "sort": "createdate",
                                       "ts": r.randint(1700000000, 1760000000)}).encode()).decode()
    return pick(r, "tests/test_pagination.py", "tests/unit/test_cursor.py"), (
        "from crm.pagination import decode_cursor\n\nCURSOR = \"%s\"\n\n\n"
        "def test_decode_cursor():\n    assert decode_cursor(CURSOR)[\"sort\"] == \"createdate\"\n" % cur)


@N("linkedin", "profile_urls")
def n_target_accounts(r):
    out = "# Target accounts - Q%d\n\n| Account | Domain | Champion | LinkedIn |\n|---|---|---|---|\n" % r.randint(1, 4)
    for _ in range(r.randint(4, 7)):
        p = person(r)
        out += "| %s | %s | %s (%s) | %s |\n" % (p["company"], p["domain"], p["name"], p["title"], p["linkedin"])
    return pick(r, "docs/abm/target-accounts.md", "planning/tier1-accounts.md"), out


@N("clearbit", "publishable_key")
def n_clearbit_reveal(r):
    return pick(r, "templates/partials/reveal.html", "web/public/snippets/clearbit.html"), (
        "<!-- Clearbit Reveal: publishable key, safe to ship to the browser -->\n"
        "<script src=\"https://tag.clearbitscripts.com/v1/pk_%s/tags.js\" referrerpolicy=\"strict-origin-when-cross-origin\" async></script>\n"
        % hexs(r, 32))


@N("hubspot", "tracking_and_form_ids")
def n_hubspot_embed(r):
    portal = digits(r, 8)
    return pick(r, "site/layouts/_footer.html", "web/components/DemoForm.html"), (
        "<script type=\"text/javascript\" id=\"hs-script-loader\" async defer src=\"//js.hs-scripts.com/%s.js\"></script>\n"
        "<script charset=\"utf-8\" src=\"//js.hsforms.net/forms/embed/v2.js\"></script>\n<script>\n"
        "  hbspt.forms.create({ region: \"na1\", portalId: \"%s\", formId: \"%s\" });\n</script>\n"
        % (portal, portal, uuid4(r)))


@N("generic", "sha256_test_vectors")
def n_go_hash_test(r):
    cases = "".join("\t\t{\"%s\", \"%s\"},\n" % (e, sha256_hex(e.strip().lower()))
                    for e in [person(r)["email"], person(r)["email"].upper(), " " + person(r)["email"]])
    return pick(r, "internal/identity/hash_test.go", "pkg/match/normalize_test.go"), (
        "package identity\n\nimport \"testing\"\n\nfunc TestHashEmail(t *testing.T) {\n"
        "\tcases := []struct{ in, want string }{\n%s\t}\n"
        "\tfor _, c := range cases {\n\t\tif got := HashEmail(c.in); got != c.want {\n"
        "\t\t\tt.Errorf(\"HashEmail(%%q) = %%s, want %%s\", c.in, got, c.want)\n\t\t}\n\t}\n}\n" % cases)


@N("generic", "image_digests")
def n_compose_digests(r):
    return pick(r, "docker-compose.prod.yml", "deploy/compose.yaml"), (
        "services:\n  worker:\n    image: ghcr.io/%s/enricher@sha256:%s\n    restart: unless-stopped\n"
        "  redis:\n    image: redis@sha256:%s\n  postgres:\n    image: postgres@sha256:%s\n"
        "    environment:\n      POSTGRES_DB: gtm\n" % (r.choice(TEAMS), hexs(r, 64), hexs(r, 64), hexs(r, 64)))


@N("generic", "go_sum")
def n_go_sum(r):
    mods = ["golang.org/x/oauth2 v0.21.0", "github.com/google/uuid v1.6.0", "github.com/hashicorp/go-retryablehttp v0.7.7"]
    out = ""
    for m in mods:
        out += "%s h1:%s=\n%s/go.mod h1:%s=\n" % (m, base64.b64encode(rbytes(r, 32)).decode()[:43], m,
                                                  base64.b64encode(rbytes(r, 32)).decode()[:43])
    return "go.sum", out


@N("zoominfo", "company_contact_ids")
def n_zi_ids(r):
    data = [{"id": r.randint(1000000, 999999999), "firstName": person(r)["first"], "companyId": r.randint(10000000, 999999999),
             "jobTitle": r.choice(TITLES), "contactAccuracyScore": r.randint(80, 99),
             "lastUpdatedDate": iso(r)} for _ in range(3)]
    return pick(r, "tests/fixtures/zoominfo_contact_search.json", "fixtures/zi_contacts.json"), json.dumps(
        {"maxResults": 3, "totalResults": r.randint(3, 400), "currentPage": 1, "data": data}, indent=2) + "\n"


@N("zerobounce", "verification_results")
def n_zb_results(r):
    rows = ["email,status,sub_status,free_email,mx_found,processed_at"]
    for _ in range(r.randint(4, 8)):
        rows.append("%s,%s,%s,%s,true,%s" % (person(r)["email"], r.choice(["valid", "invalid", "catch-all"]),
                                             r.choice(["", "mailbox_not_found", "role_based"]), r.choice(["true", "false"]), day(r)))
    return pick(r, "verified/batch_%s.csv" % digits(r, 4), "data/verified/results.csv"), "\n".join(rows) + "\n"


@N("snov", "prospect_ids")
def n_snov_prospects(r):
    items = [{"id": hexs(r, 32), "name": person(r)["name"], "sourcePage": person(r)["linkedin"],
              "emails": [{"email": person(r)["email"], "status": "valid"}]} for _ in range(2)]
    return pick(r, "tests/fixtures/snov_prospects.json", "fixtures/snov/list_prospects.json"), json.dumps(
        {"success": True, "list": {"id": r.randint(1000000, 9999999), "name": "Founders EU"}, "prospects": items},
        indent=2) + "\n"


@N("google", "apps_script_ids")
def n_appsscript_manifest(r):
    return "apps-script/appsscript.json", json.dumps({
        "timeZone": "Europe/Berlin", "exceptionLogging": "STACKDRIVER", "runtimeVersion": "V8",
        "dependencies": {"libraries": [{"userSymbol": "OAuth2", "libraryId": "1" + s(r, B64U, 56),
                                        "version": "43"}]},
        "oauthScopes": ["https://www.googleapis.com/auth/spreadsheets.currentonly",
                        "https://www.googleapis.com/auth/script.external_request"]}, indent=2) + "\n"


@N("generic", "env_example")
def n_env_example(r):
    return pick(r, ".env.example", ".env.sample"), (
        "# copy to .env and fill in; never commit real values\n"
        "APOLLO_API_KEY=\nHUNTER_API_KEY=\nHUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n"
        "ZEROBOUNCE_API_KEY=<your-zerobounce-key>\nGONG_ACCESS_KEY=\nGONG_ACCESS_KEY_SECRET=\n"
        "CLOSE_API_KEY=api_xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx\nENRICH_BATCH_SIZE=%d\n" % r.choice([25, 50]))


@N("generic", "key_hashes_ddl")
def n_key_hashes(r):
    rows = ",\n".join("  (%d, '%s', '%s', '%s')" % (i, prov, sha256_hex(b62(r, 30)), day(r))
                      for i, prov in enumerate(["apollo", "lusha", "pdl"], 1))
    return pick(r, "db/migrations/0007_api_key_fingerprints.sql", "sql/fingerprints.sql"), (
        "-- we only store sha256 fingerprints of customer-supplied keys, never the keys\n"
        "CREATE TABLE api_key_fingerprints (\n  id serial PRIMARY KEY,\n  provider text NOT NULL,\n"
        "  key_sha256 char(64) NOT NULL UNIQUE,\n  rotated_on date\n);\n\n"
        "INSERT INTO api_key_fingerprints (id, provider, key_sha256, rotated_on) VALUES\n%s;\n" % rows)


@N("generic", "key_format_doc")
def n_key_doc(r):
    return pick(r, "docs/secrets-policy.md", "docs/integrations/credentials.md"), (
        "# Where integration credentials live\n\n"
        "All provider keys are stored in the `gtm/` path of the secret manager and injected\n"
        "as environment variables. Code must read them from the environment.\n\n"
        "| Provider | Variable | Shape |\n|---|---|---|\n"
        "| HubSpot | `HUBSPOT_ACCESS_TOKEN` | `pat-na1-` followed by a UUID |\n"
        "| Close | `CLOSE_API_KEY` | `api_...` (Basic auth username, empty password) |\n"
        "| Gong | `GONG_ACCESS_KEY` / `GONG_ACCESS_KEY_SECRET` | Basic auth pair |\n"
        "| NeverBounce | `NEVERBOUNCE_API_KEY` | `secret_...` |\n\n"
        "Rotate with `make rotate PROVIDER=<name>`; the old key is revoked after %d hours.\n" % r.choice([24, 48]))


@N("pipedrive", "webhook_payload")
def n_pipedrive_payload(r):
    return pick(r, "tests/fixtures/pipedrive_deal_updated.json", "fixtures/pipedrive/webhook_v2.json"), json.dumps({
        "meta": {"action": "change", "entity": "deal", "entity_id": str(r.randint(1000, 99999)),
                 "company_id": str(r.randint(1000000, 99999999)), "correlation_id": uuid4(r),
                 "timestamp": iso(r), "version": "2.0", "webhook_id": str(r.randint(100000, 999999))},
        "data": {"id": r.randint(1000, 99999), "title": "%s expansion" % company(r), "value": r.randint(5, 200) * 1000,
                 "currency": "EUR", "stage_id": r.randint(1, 9), "status": "open"}}, indent=2) + "\n"


@N("outreach", "oauth_client_id")
def n_outreach_client_id(r):
    return pick(r, "web/src/config/oauth.ts", "frontend/src/oauth.ts"), (
        "// OAuth client ids are public; the secret stays on the server\n"
        "export const OUTREACH_CLIENT_ID = '%s';\n"
        "export const OUTREACH_AUTHORIZE_URL = 'https://api.outreach.io/oauth/authorize';\n"
        "export const OUTREACH_SCOPES = ['prospects.read', 'sequences.read'];\n"
        "export const REDIRECT_URI = `${window.location.origin}/oauth/outreach/callback`;\n" % b64url_nopad(rbytes(r, 32)))


@N("generic", "email_list")
def n_email_list(r):
    out = "# seed list for the deliverability test (internal mailboxes only)\n"
    for _ in range(r.randint(5, 9)):
        p = person(r)
        out += "%s,%s,%s\n" % (p["email"], p["name"], p["domain"])
    return pick(r, "data/seed_inboxes.csv", "tests/data/seed_list.csv"), out


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
ENV_OK_FOR_NEG = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(relpath):
    b = relpath.rsplit("/", 1)[-1]
    return (b == ".env" or b.startswith(".env.")) and b not in ENV_OK_FOR_NEG


def filetype(relpath, lang):
    b = relpath.rsplit("/", 1)[-1]
    if b == ".env" or b.startswith(".env."):
        return "env"
    if b == "Dockerfile":
        return "dockerfile"
    if "." in b:
        return b.rsplit(".", 1)[1]
    return lang


def spread(r, n_items, total):
    """Template indices: every template at least total//n times, rest random, shuffled."""
    order = list(range(n_items)) * (total // n_items)
    order += r.sample(range(n_items), total - len(order))
    r.shuffle(order)
    return order


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def fix_imports(lang, text, ref):
    """Keep re-used templates compilable-looking when a slot became os.environ / os.Getenv."""
    if not ref:
        return text
    if lang == "py" and "os." in ref and "import os\n" not in text:
        if text.startswith('"""'):
            end = text.index('"""', 3) + 4
            return text[:end] + "import os\n" + text[end:]
        return "import os\n" + text
    if lang == "go" and "os.Getenv" in ref and '"os"' not in text:
        if "import (\n" in text:
            return text.replace("import (\n", "import (\n\t\"os\"\n", 1)
        return text.replace('import "golang.org/x/oauth2"',
                            'import (\n\t"os"\n\n\t"golang.org/x/oauth2"\n)', 1)
    return text


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gv.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # positives
    env_files = 0
    for i, ti in enumerate(spread(r, len(POS), 500)):
        tpl = POS[ti]
        secret = tpl["gen"](r)
        rel, text = tpl["fn"](r, Slot(secret))
        if is_blocked_env(rel):
            env_files += 1
        folder = "pos/p%04d/%s" % (i, rel)
        idx = text.find(secret)
        assert idx >= 0, (tpl["name"], "needle missing")
        line = text.count("\n", 0, idx) + 1
        first = secret.split("\n", 1)[0]
        assert first in text.split("\n")[line - 1], (tpl["name"], "needle not on its line")
        write(outdir, folder, text)
        manifest.append({"file": folder, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(rel, tpl["lang"])})
        secrets.append({"file": folder, "needle": secret, "line": line})
    assert env_files * 20 <= 500, env_files

    # negatives: half slot re-use, half look-alikes, interleaved
    jobs = [("reuse", ti) for ti in spread(r, len(POS), 250)] + [("alike", ti) for ti in spread(r, len(NEG), 250)]
    r.shuffle(jobs)
    for i, (mode, ti) in enumerate(jobs):
        if mode == "reuse":
            tpl = POS[ti]
            slot, nkind = neg_slot(r, tpl)
            rel, text = tpl["fn"](r, slot)
            provider, lang = tpl["provider"], tpl["lang"]
            text = fix_imports(lang, text, slot.ref)
            if is_blocked_env(rel):
                rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        else:
            tpl = NEG[ti]
            rel, text = tpl["fn"](r)
            provider, nkind, lang = tpl["provider"], tpl["kind"], "txt"
        assert not is_blocked_env(rel), rel
        folder = "neg/n%04d/%s" % (i, rel)
        write(outdir, folder, text)
        manifest.append({"file": folder, "label": "neg", "provider": provider, "kind": nkind,
                         "filetype": filetype(rel, lang)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s_ in secrets:
            fh.write(json.dumps(s_) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
