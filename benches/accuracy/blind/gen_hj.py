#!/usr/bin/env python3
"""gen_hj.py - blind evaluation set for secret scanners: helpdesk / ITSM / customer-support.

EMPHASIS
    Domain: helpdesk, ITSM and customer-support integrations, as they appear in the
    repositories of the teams that glue ticketing tools together.
    Providers: ServiceNow (instance basic auth, OAuth client secrets, MID Server
    config.xml, script includes / business rules, update sets), Atlassian / Jira
    Service Management (ATATT... API tokens), Freshdesk / Freshservice (API key as the
    basic-auth user with "X" as password), Zendesk (email/token:API_TOKEN), Help Scout
    (OAuth app secret), Front (JWT API tokens), Gorgias (email + API key basic auth),
    Kustomer (JWT API keys), HappyFox (API key + auth code), Zoho Desk (1000.x.y OAuth
    tokens, client secrets), osTicket (ost-config.php SECRET_SALT / DBPASS), GLPI
    (App-Token / user_token, config_db.php), OTRS / Znuny (Kernel/Config.pm DatabasePw,
    LDAP UserPw), Request Tracker (RT_SiteConfig.pm, .rtrc), Intercom (access tokens),
    PagerDuty (REST API keys incl. u+ user tokens, Events v2 integration/routing keys),
    Opsgenie (GenieKey API keys).
    Kinds: API tokens, basic-auth passwords, OAuth client secrets and refresh/access
    tokens, app/user tokens, database and LDAP passwords, installation salts.
    File types: PHP, Perl (.pm, .rtrc), Python, JavaScript / TypeScript (ServiceNow
    script includes, business rules, Node services), PowerShell, XML (update sets, MID
    Server config.xml, SysConfig), YAML (CI, Helm, Alertmanager, Ansible, k8s), JSON,
    .env (few), Terraform / HCL, shell (curl), Markdown, .http, .properties, INI,
    Dockerfile, SQL, CSV, logs, HTML, go.sum / lock files.

USAGE
    python3 -B gen_hj.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file: file, label, provider, kind, filetype) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, line).
    All randomness comes from one random.Random(SEED); output is byte-identical for a
    given SEED.  OUTDIR/pos and OUTDIR/neg are replaced if they exist.

NEEDLE CONVENTIONS
    The needle is the secret exactly as written in the file, without quotes and without
    the surrounding syntax:
    - headers: only the credential ("Bearer X", "Token token=X", "GenieKey X",
      "Zoho-oauthtoken X", "user_token X" -> X).  For a pre-encoded
      "Authorization: Basic B64" header the needle is the base64 blob B64.
    - basic-auth pairs (user:password, email/token:TOKEN, APIKEY:X, api_key:auth_code):
      the secret half only (password, token, Freshdesk API key, HappyFox auth code).
      The other half is an identifier (user name, e-mail) or comes from the environment.
    - URLs: for credentials in a URL (DSN user:PASS@host, ?api_key=...), the password /
      key value only.
    - key pairs (client id + client secret): the secret only; client ids are public ids.
    - JWT-shaped tokens (Front, Kustomer): the whole header.payload.signature.
    - multi-line keys: none in this set (the domain does not use them).
    The line is the 1-based line of the needle's first occurrence; the generator asserts
    that the needle is really on that line of the file it wrote.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-api-token>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED]), environment / secret-manager references (${VAR},
    os.environ[...], process.env.X, getenv(), $ENV{...}, $env:X, var.x, op://...,
    vault:...), template expressions ({{ ... }}, %CONFIG-DBPASS, __VAR__), providers'
    documented example keys (per provider and kind), and Zoho OAuth client ids (public,
    shaped 1000.XXXX unlike the secrets).  Other public values (ServiceNow / Atlassian
    client ids, Intercom app ids, Zendesk widget keys, Help Scout beacon ids, PagerDuty
    object ids) appear in the look-alike half, never in a secret-named slot.  The other half
    (250) are look-alikes of the domain: ServiceNow sys_ids (32 hex) and INC/RITM/CHG
    numbers, update-set XML, Jira issue exports and account ids, Zendesk macro/trigger
    ids, requester e-mails, SLA ids, PagerDuty service/schedule/escalation ids (P...),
    Opsgenie alert/request UUIDs, webhook signatures, digests in lock files, go.sum,
    image digests, public keys, base64 attachments, masked logs.  No negative is written
    to a .env / .env.local / .env.production file (.env.example / .env.sample are used).

FORMATS CHECKED  (search tool, providers' public docs; no scanner rules used)
    - Atlassian: API tokens are used as the basic-auth password with the account e-mail
      (curl --user me@example.com:my-api-token); the support page says token length is
      variable.  A community answer from Atlassian staff lists prefixes ATAT (API token),
      ATBB (app password), ATCT (access tokens); observed API tokens begin
      ATATT3xFfGF0.  Generated: ATATT3xFfGF0 + 160..176 base64url chars + "=" + 8 hex.
    - Freshdesk: API key from Profile settings, used with HTTP basic auth (key as user).
    - Zendesk: basic auth with {email_address}/token:{api_token}, base64 in the
      Authorization header.
    - PagerDuty: REST API keys (general and user tokens) are 20-character strings, sent
      as "Authorization: Token token=<key>"; Events API v2 uses a routing_key
      (integration key) in the body.
    - Opsgenie: "Authorization: GenieKey <key>", keys are UUID-shaped; api.opsgenie.com
      and api.eu.opsgenie.com.
    - Help Scout: OAuth2 client-credentials with App ID / App Secret from My Apps;
      Bearer access tokens (docs example f4f4994a875f461ca4d4708b9e027df4).
    - Front: Core API uses "Authorization: Bearer <token>"; API tokens are JWTs.
    - Gorgias: private apps use basic auth USERNAME(email):API_KEY.
    - Kustomer: "Authorization: Bearer eyJhbGciOi..." API keys (JWT), host
      <org>.api.kustomerapp.com.
    - HappyFox: HTTP basic auth with "API Key" as user and "Auth Code" as password,
      /api/1.1/json/.
    - Zoho: accounts.zoho.com/oauth/v2/token with client_id 1000.XXXX, client_secret,
      refresh_token 1000.<32 hex>.<32 hex> (docs example values used as negatives).
    - ServiceNow: Application Registry auto-generates Client ID and Client Secret; MID
      Server config.xml holds the instance user/password (parameter values, optionally
      secure="true").
    - osTicket: include/ost-config.php define('SECRET_SALT', ...), DBHOST/DBUSER/DBPASS;
      sample config uses %CONFIG-SIRI / %CONFIG-DBPASS; older installs show 15-char
      upper-case hex salts.
    - OTRS / Znuny: Kernel/Config.pm $Self->{DatabasePw}; RT: Set($DatabasePassword, ...).
    - GLPI: App-Token header plus "Authorization: user_token <token>" to initSession;
      config_db.php class DB with $dbpassword.
    - Intercom: Access Token from Developer Hub, sent as Bearer.

DOUBTS
    - Atlassian token tail: the 8 hex chars after "=" are modelled as a CRC32 of the
      preceding text; Atlassian documents no structure (tokens are "opaque").
    - Lengths/alphabets not stated in the docs found: Freshdesk/Freshservice key
      (20 alnum assumed), Zendesk token (40 alnum), Help Scout app secret (32 alnum),
      Gorgias key (64 hex), HappyFox key/auth code (32 hex each), GLPI tokens (40 alnum),
      Zoho client secret (42 hex; docs example has 41), osTicket salts of newer
      installs (32 alnum assumed; old ones seen as 15 upper hex), ServiceNow client secret
      (10..32 mixed chars incl. punctuation), PagerDuty integration keys (32 hex, some
      R0 + 30 upper-case alnum), PagerDuty REST key alphabet (alnum plus + - _).
    - Intercom access tokens modelled as base64("tok:<uuid with _>:1:0") (dG9rOj...);
      not confirmed by the documentation found.
    - Front / Kustomer JWT payload claims are plausible guesses; signatures are random.
    - Opsgenie keys are UUIDs, so UUID look-alikes are hard negatives on purpose.
"""
import base64
import json
import os
import random
import shutil
import string
import sys
import zlib

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"

FIRST = ["Maria", "James", "Aisha", "Chen", "Lukas", "Priya", "Tomasz", "Sofia", "Kwame",
         "Elena", "Diego", "Hannah", "Omar", "Yuki", "Grace", "Mateo", "Ingrid", "Ravi",
         "Nora", "Samuel", "Leila", "Jonas", "Fatima", "Ben"]
LAST = ["Okafor", "Schmidt", "Novak", "Garcia", "Lindqvist", "Patel", "Kowalski", "Rossi",
        "Mensah", "Ivanova", "Moreau", "Tanaka", "Haddad", "Brennan", "Silva", "Fischer",
        "Nakamura", "Osei", "Larsen", "Dubois", "Khan", "Murphy"]
COMPANIES = [("Northwind Traders", "northwind"), ("Globex", "globex"), ("Initech", "initech"),
             ("Brightline Health", "brightline"), ("Kestrel Labs", "kestrel"),
             ("Pinecrest Insurance", "pinecrest"), ("Bluewater Logistics", "bluewater"),
             ("Helix Retail", "helixretail"), ("Tandem Energy", "tandem"),
             ("Orchard Foods", "orchardfoods"), ("Vantage Credit Union", "vantagecu"),
             ("Meridian Schools", "meridianedu"), ("Corvid Systems", "corvid"),
             ("Lumen Travel", "lumentravel")]
TLDS = [".com", ".io", ".net", ".org", ".co.uk", ".de"]
WORDS = ["Harbor", "Violet", "Granite", "Maple", "Falcon", "Copper", "Orbit", "Juniper",
         "Lantern", "Meadow", "Summit", "Cobalt", "Raven", "Thistle", "Ember", "Glacier",
         "Saffron", "Willow", "Quartz", "Tundra", "Badger", "Marble", "Pepper", "Nimbus"]
TEAMS = ["Service Desk", "IT Operations", "Customer Care", "Platform", "Billing Support",
         "Network Ops", "Field Services", "Tier 2", "Escalations", "Workplace IT"]
SUBJECTS = ["VPN drops every 10 minutes", "Cannot print to 3rd floor printer",
            "Refund not received", "Password reset link expired", "Laptop battery swelling",
            "Order arrived damaged", "SSO login loop on portal", "Need access to Finance share",
            "Invoice shows wrong VAT", "Outlook keeps asking for credentials",
            "Shipment stuck in customs", "New starter equipment request",
            "Database backup job failed", "Wrong size delivered", "Monitor flickering"]


class C:
    """Random helpers bound to the single generator."""

    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def n(self, a, b):
        return self.r.randint(a, b)

    def s(self, alphabet, k):
        return "".join(self.r.choice(alphabet) for _ in range(k))

    def hx(self, k):
        return self.s(HEXL, k)

    def uuid(self):
        h = list(self.hx(32))
        h[12] = "4"
        h[16] = self.ch("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def sys_id(self):
        return self.hx(32)

    def inc(self, pfx="INC"):
        return "%s%07d" % (pfx, self.n(10000, 2999999))

    def pd_id(self):
        return "P" + self.s(UP + DIG, 6)

    def company(self):
        name, slug = self.ch(COMPANIES)
        return name, slug, slug + self.ch(TLDS)

    def person(self):
        return self.ch(FIRST), self.ch(LAST)

    def email(self, domain=None):
        f, l = self.person()
        domain = domain or self.company()[2]
        style = self.n(0, 3)
        if style == 0:
            local = "%s.%s" % (f.lower(), l.lower())
        elif style == 1:
            local = "%s%s" % (f[0].lower(), l.lower())
        elif style == 2:
            local = "%s_%s%d" % (f.lower(), l.lower()[:3], self.n(1, 99))
        else:
            local = self.ch(["helpdesk", "support", "it-ops", "noc", "servicedesk",
                             "integrations", "svc-tickets", "care"])
        return "%s@%s" % (local, domain)

    def date(self):
        return "%d-%02d-%02d" % (self.n(2021, 2025), self.n(1, 12), self.n(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.n(0, 23), self.n(0, 59), self.n(0, 59))

    def sn_ts(self):
        return "%s %02d:%02d:%02d" % (self.date(), self.n(0, 23), self.n(0, 59), self.n(0, 59))

    def ip(self):
        return "10.%d.%d.%d" % (self.n(0, 254), self.n(0, 254), self.n(1, 254))

    def instance(self):
        slug = self.company()[1]
        return slug + self.ch(["", "", "dev", "test", "prod", "uat"])

    def subject(self):
        return self.ch(SUBJECTS)

    def ver(self):
        return "%d.%d.%d" % (self.n(0, 5), self.n(0, 30), self.n(0, 20))


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def T(text, **kw):
    """Tiny template: replaces @@KEY@@; strips one leading newline."""
    if text.startswith("\n"):
        text = text[1:]
    for k, v in kw.items():
        text = text.replace("@@%s@@" % k, str(v))
    assert "@@" not in text, text[:200]
    return text


# ---------------------------------------------------------------- secret generators

def g_atlassian(c):
    head = "ATATT3xFfGF0" + c.s(B64URL, c.n(160, 176))
    return head + "=" + "%08X" % (zlib.crc32(head.encode()) & 0xFFFFFFFF)


def g_fresh(c):
    return c.s(ALNUM, 20)


def g_zendesk(c):
    return c.s(ALNUM, 40)


def g_helpscout(c):
    return c.s(ALNUM, 32)


def jwt(c, payload):
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return hdr + "." + body + "." + c.s(B64URL, 43)


def g_front(c):
    scopes = c.ch([["shared:*"], ["shared:*", "private:*"], ["provisioning", "shared:*"],
                   ["shared:conversations", "shared:contacts"]])
    return jwt(c, {"scopes": scopes, "iat": c.n(1640995200, 1735603200), "iss": "front",
                   "sub": c.company()[1], "jti": c.hx(16)})


def g_kustomer(c):
    org = c.hx(24)
    return jwt(c, {"org": org, "orgName": c.company()[1], "user": c.hx(24),
                   "userType": "machine", "pod": c.ch(["prod1", "prod2", "prod3"]),
                   "roles": c.ch([["org.permission.customer.read"],
                                  ["org.permission.conversation.create",
                                   "org.permission.message.create"],
                                  ["org.admin.apps", "org.permission.apps"]]),
                   "aud": "urn:consumer", "iss": "urn:authorization", "sub": c.hx(24),
                   "exp": c.n(1767225600, 1893456000)})


def g_gorgias(c):
    return c.hx(64)


def g_happyfox(c):
    return c.hx(32)


def g_zoho_token(c):
    return "1000." + c.hx(32) + "." + c.hx(32)


def g_zoho_secret(c):
    return c.hx(42)


def g_ost_salt(c):
    if c.n(0, 2) == 0:
        return c.s(HEXU, 15)
    return c.s(ALNUM, 32)


def g_glpi(c):
    return c.s(ALNUM, 40)


def g_intercom(c):
    raw = "tok:%s:1:0" % c.uuid().replace("-", "_")
    return base64.b64encode(raw.encode()).decode()


def g_pd_rest(c):
    if c.n(0, 1):
        return "u+" + c.s(ALNUM + "_-", 18)
    return c.ch(UP + LOW) + c.s(ALNUM + "_-+", 18) + c.ch(ALNUM)


def g_pd_int(c):
    if c.n(0, 4) == 0:
        return "R0" + c.s(UP + DIG, 30)
    return c.hx(32)


def g_opsgenie(c):
    return c.uuid()


def g_password(c):
    k = c.n(0, 3)
    if k == 0:
        return "%s%s%s%d%s" % (c.ch(WORDS), c.ch("-_.!"), c.ch(WORDS), c.n(10, 9999), c.ch("!*^~"))
    if k == 1:
        core = list(c.s(ALNUM, c.n(14, 22)))
        for _ in range(c.n(1, 3)):
            core[c.n(1, len(core) - 1)] = c.ch("!*-_.^~+=")
        return "".join(core)
    if k == 2:
        w = c.ch(WORDS).lower()
        w = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return w.capitalize() + c.ch("!*.") + c.s(DIG, c.n(3, 5)) + c.s(UP, 2)
    return c.s(ALNUM, c.n(20, 28))


def g_url_password(c):
    core = list(c.s(ALNUM, c.n(16, 24)))
    for _ in range(c.n(0, 2)):
        core[c.n(1, len(core) - 1)] = c.ch("-_.~")
    return "".join(core)


def g_sn_secret(c):
    k = c.n(0, 2)
    if k == 0:
        core = list(c.s(ALNUM, 10))
        for _ in range(c.n(2, 4)):
            core[c.n(0, 9)] = c.ch("!%*()-_=+[]{};,.?~^|")
        return "".join(core)
    if k == 1:
        return c.s(ALNUM + "!%*-_.~", 32)
    return c.s(ALNUM, 16) + c.ch("!%*-_.~") + c.s(ALNUM, 7)


# ---------------------------------------------------------------- slot values

class Val:
    """The value written into a template's secret slot.

    s   - the plain string (used when the slot is inside a string, URL or header)
    raw - optional {lang: expression} used instead of a quoted literal in code
    """

    def __init__(self, s, raw=None):
        self.s = s
        self.raw = raw or {}

    def __str__(self):
        return self.s


QUOTE = {"py": '"', "js": "'", "ts": "'", "php": "'", "pl": "'", "ps1": "'", "tf": '"',
         "sh": '"', "java": '"', "json": '"'}


def L(v, lang):
    """A literal for the slot in language `lang` (or the raw expression for negatives)."""
    if lang in v.raw:
        return v.raw[lang]
    if lang == "json":
        return json.dumps(v.s)
    q = QUOTE.get(lang, '"')
    return q + v.s + q


YAML_SPECIAL = set("{}[]*&!%@`<>|#'\",?:-")


def Y(v):
    """A YAML scalar for the slot (quoted when YAML would misread it)."""
    s = v.s
    if s == "" or s[0] in YAML_SPECIAL or ": " in s or " #" in s or s.strip() != s:
        return '"' + s.replace('"', '\\"') + '"'
    return s


def X(v):
    """XML-escaped text of the slot."""
    return v.s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


PLACEHOLDERS = ["<your-api-token>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<token>", "your-token-here", "TODO", "dummy",
                "<insert-secret-here>", "CHANGE_ME_IN_PROD", "not-a-real-key", "placeholder",
                "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<secret>", "your_password",
                "example-token", "fill-me-in", "<API_KEY>", "test"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "[FILTERED]",
          "************************", "xxxx-xxxx-xxxx", "(hidden)", "*****masked*****"]

DOCEX = {
    "zendesk": ["6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv", "{api_token}", "my_api_token"],
    "freshdesk": ["abcdefghij1234567890", "YOUR_API_KEY", "your_api_key"],
    "freshservice": ["abcdefghij1234567890", "your_api_key"],
    "pagerduty": ["y_NbAkKc66ryYTWUXYEu"],
    "pagerduty:integration_key": ["r3FPuDvNOTEDyQYCc7trBkymIFcy2NkE", "samplekeyhere"],
    "helpscout": ["f4f4994a875f461ca4d4708b9e027df4", "your-app-secret"],
    "zoho": ["1000.86a03ca5dbfccb7445b1889b8215efb0.cad9e1ae4989a1196fe05aa729fcb4e1"],
    "zoho:oauth_client_secret": ["122c324d3496d5d777ceeebc129470715fbb856b7"],
    "opsgenie": ["aa0a000-00aa-000a-000a-0aa0a0aaaa00", "eb243592-faa2-4ba2-a551q-1afdf565c889"],
    "front": ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "[REQUEST_TOKEN]"],
    "kustomer": ["eyJhbGciOi...", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
    "atlassian": ["my-api-token", "{generated_token}", "<api_token>"],
    "intercom": ["<access_token>", "<YOUR_ACCESS_TOKEN>"],
    "osticket": ["%CONFIG-SIRI", "%CONFIG-DBPASS"],
    "gorgias": ["API_KEY", "<your-api-key>"],
    "happyfox": ["<auth_code>", "<api_key>"],
    "glpi": ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "VOTRE_APP_TOKEN"],
    "servicenow": ["YOUR_INSTANCE_PASSWORD", "YOUR_INSTANCE_PASSWORD_HERE"],
    "otrs": ["some-pass"],
    "rt": ["rt_pass"],
}


def public_value(c, provider):
    if provider == "zoho":
        return "1000." + c.s(UP + DIG, 30)
    if provider == "servicenow":
        return c.hx(32)
    if provider == "intercom":
        return c.s(LOW + DIG, 8)
    if provider in ("zendesk", "helpscout"):
        return c.uuid()
    if provider == "pagerduty":
        return c.pd_id()
    if provider == "atlassian":
        return c.s(ALNUM, 32)
    return None


def env_val(c, var, provider):
    low = var.lower()
    s = c.ch(["${%s}" % var, "${%s}" % var, "{{ secrets.%s }}" % var,
              "{{ .Values.%s.%s }}" % (provider, low.split("_", 1)[-1].replace("_", "")),
              "op://Helpdesk/%s/credential" % provider.capitalize(),
              "vault:secret/data/helpdesk/%s#%s" % (provider, low),
              "${env:%s}" % var, "$(%s)" % var,
              "{{resolve:secretsmanager:helpdesk/%s:SecretString:%s}}" % (provider, low)])
    raw = {"py": c.ch(['os.environ["%s"]' % var, 'os.getenv("%s")' % var,
                       'os.environ.get("%s", "")' % var]),
           "js": c.ch(["process.env.%s" % var, "process.env['%s']" % var]),
           "ts": "process.env.%s ?? ''" % var,
           "php": c.ch(["getenv('%s')" % var, "$_ENV['%s']" % var]),
           "pl": "$ENV{%s}" % var,
           "ps1": "$env:%s" % var,
           "tf": "var.%s" % low,
           "java": 'System.getenv("%s")' % var}
    return Val(s, raw)


def template_val(c, var):
    low = var.lower()
    return Val(c.ch(["{{ %s }}" % low, "%%CONFIG-%s" % var.split("_")[-1], "__%s__" % var,
                     "@%s@" % var, "#{%s}" % var.replace("_", ""), "<%%= ENV['%s'] %%>" % var,
                     "{{ lookup('env', '%s') }}" % var]))


def neg_fill(c, meta):
    """Pick a non-secret for a positive template's slot; returns (Val, kind)."""
    prov = meta["provider"]
    roll = c.n(1, 100)
    if roll <= 20:
        return Val(c.ch(PLACEHOLDERS)), "placeholder"
    if roll <= 28:
        return Val(""), "empty"
    if roll <= 40:
        return Val(c.ch(MASKED)), "masked"
    if roll <= 64:
        return env_val(c, meta["var"], prov), "env_reference"
    if roll <= 74:
        return template_val(c, meta["var"]), "template_expression"
    dk = prov + ":" + meta["kind"]
    if roll <= 92 and (dk in DOCEX or prov in DOCEX):
        return Val(c.ch(DOCEX.get(dk) or DOCEX[prov])), "documented_example"
    # A public id only counts as a clear non-secret when its shape differs from the
    # secret's (Zoho client ids 1000.XXXX vs. tokens/secrets); elsewhere a public id in a
    # secret-named slot would be ambiguous, so public ids live in the look-alike half.
    if prov == "zoho":
        return Val(public_value(c, prov)), "public_value"
    return Val(c.ch(PLACEHOLDERS)), "placeholder"


# ---------------------------------------------------------------- registries

POS = []
NEG = []


def pos(provider, kind, var, conv, gen):
    """Register a positive template f(c, v) -> (relpath, text).

    var:  conventional environment variable name (used for negative references)
    conv: True when the secret sits under its conventional variable name
    gen:  generator of the secret"""
    def deco(f):
        POS.append({"f": f, "provider": provider, "kind": kind, "var": var, "conv": conv,
                    "gen": gen})
        return f
    return deco


def neg(provider, kind):
    """Register a look-alike negative f(c) -> (relpath, text)."""
    def deco(f):
        NEG.append({"f": f, "provider": provider, "kind": kind})
        return f
    return deco


# ================================================================ positive templates
# ---- ServiceNow

@pos("servicenow", "basic_auth_password", "SNOW_PASSWORD", False, g_password)
def p_sn_py_session(c, v):
    return c.ch(["integrations/servicenow/client.py", "cmdb_sync/snow.py"]), T('''
"""Thin wrapper around the ServiceNow Table API used by the nightly CMDB sync."""
import logging

import requests

log = logging.getLogger(__name__)

INSTANCE = "https://@@INST@@.service-now.com"
TABLE = "cmdb_ci_server"
PAGE = @@PAGE@@


def session():
    s = requests.Session()
    s.auth = ("@@USER@@", @@V@@)
    s.headers.update({"Accept": "application/json", "Content-Type": "application/json"})
    return s


def fetch_servers(s, offset=0):
    params = {"sysparm_limit": PAGE, "sysparm_offset": offset,
              "sysparm_query": "operational_status=1^ORDERBYsys_updated_on"}
    r = s.get(f"{INSTANCE}/api/now/table/{TABLE}", params=params, timeout=30)
    r.raise_for_status()
    rows = r.json()["result"]
    log.info("fetched %d servers at offset %d", len(rows), offset)
    return rows
''', INST=c.instance(), PAGE=c.ch([100, 200, 500]), USER=c.ch(["svc_cmdb_sync", "integration.user", "api_reader"]), V=L(v, "py"))


@pos("servicenow", "basic_auth_password", "SNOW_REMOTE_PASSWORD", False, g_password)
def p_sn_script_include(c, v):
    name = c.ch(["RemoteIncidentBridge", "VendorTicketSync", "PartnerCaseForwarder"])
    return "src/script_includes/%s.js" % name, T('''
var @@NAME@@ = Class.create();
@@NAME@@.prototype = {
    initialize: function() {
        this.endpoint = 'https://@@INST@@.service-now.com/api/now/table/incident';
        this.log = new GSLog('x_@@SCOPE@@.log.level', '@@NAME@@');
    },

    forward: function(current) {
        var r = new sn_ws.RESTMessageV2();
        r.setEndpoint(this.endpoint);
        r.setHttpMethod('POST');
        r.setBasicAuth('@@USER@@', @@V@@);
        r.setRequestHeader('Accept', 'application/json');
        r.setRequestBody(JSON.stringify({
            short_description: current.getValue('short_description'),
            correlation_id: current.getUniqueValue(),
            urgency: current.getValue('urgency')
        }));
        var resp = r.execute();
        if (resp.getStatusCode() != 201) {
            this.log.logErr('Forward failed for ' + current.number + ': ' + resp.getBody());
        }
        return resp.getStatusCode();
    },

    type: '@@NAME@@'
};
''', NAME=name, INST=c.instance(), SCOPE=c.s(LOW, 4), USER=c.ch(["partner.bridge", "svc_forwarder", "intg_remote"]), V=L(v, "js"))


@pos("atlassian", "api_token", "JIRA_API_TOKEN", False, g_atlassian)
def p_sn_br_jira(c, v):
    _, slug, dom = c.company()
    return "src/business_rules/create_jira_issue_on_p1.js", T('''
(function executeRule(current, previous /*null when async*/) {
    // Raise a Jira Service Management issue for every P1 incident assigned to @@TEAM@@.
    if (current.priority != 1) {
        return;
    }
    var r = new sn_ws.RESTMessageV2();
    r.setEndpoint('https://@@SLUG@@.atlassian.net/rest/api/3/issue');
    r.setHttpMethod('POST');
    r.setBasicAuth('servicenow-bridge@@@DOM@@', @@V@@);
    r.setRequestHeader('Content-Type', 'application/json');
    r.setRequestBody(JSON.stringify({
        fields: {
            project: { key: '@@PKEY@@' },
            issuetype: { name: 'Incident' },
            summary: current.number + ' ' + current.short_description,
            labels: ['servicenow', 'p1']
        }
    }));
    var resp = r.execute();
    gs.info('Jira bridge ' + current.number + ' -> ' + resp.getStatusCode());
})(current, previous);
''', TEAM=c.ch(TEAMS), SLUG=slug, DOM=dom, PKEY=c.ch(["OPS", "ITSM", "SD", "INFRA"]), V=L(v, "js"))


@pos("pagerduty", "api_key", "PAGERDUTY_API_KEY", False, g_pd_rest)
def p_sn_update_set(c, v):
    sid = c.sys_id()
    upd = c.sys_id()
    scope = c.s(LOW, 5)
    return "update_sets/sys_remote_update_set_%s.xml" % upd[:8], T('''
<?xml version="1.0" encoding="UTF-8"?>
<unload unload_date="@@TS@@">
<sys_remote_update_set action="INSERT_OR_UPDATE">
<application display_value="PagerDuty Bridge">@@APP@@</application>
<name>PD bridge - @@DATE@@</name>
<state>loaded</state>
<sys_id>@@UPD@@</sys_id>
</sys_remote_update_set>
<sys_update_xml action="INSERT_OR_UPDATE">
<action>INSERT_OR_UPDATE</action>
<name>sys_properties_@@SID@@</name>
<payload><![CDATA[<?xml version="1.0" encoding="UTF-8"?><record_update table="sys_properties"><sys_properties action="INSERT_OR_UPDATE"><description>REST key used by the outbound PagerDuty message</description><name>x_@@SCOPE@@.pagerduty.rest_key</name><type>string</type><value>@@V@@</value><sys_id>@@SID@@</sys_id><sys_scope display_value="PagerDuty Bridge">@@APP@@</sys_scope></sys_properties></record_update>]]></payload>
<remote_update_set display_value="PD bridge - @@DATE@@">@@UPD@@</remote_update_set>
<sys_id>@@SID2@@</sys_id>
<type>System Property</type>
</sys_update_xml>
</unload>
''', TS=c.sn_ts(), APP=c.sys_id(), DATE=c.date(), UPD=upd, SID=sid, SCOPE=scope, V=X(v), SID2=c.sys_id())


@pos("servicenow", "basic_auth_password", "MID_INSTANCE_PASSWORD", True, g_password)
def p_sn_mid_config(c, v):
    inst = c.instance()
    return c.ch(["agent/config.xml", "mid/agent/config.xml"]), T('''
<?xml version="1.0" encoding="UTF-8"?>
<parameters>
    <!-- Instance connection -->
    <parameter name="url" value="https://@@INST@@.service-now.com/"/>
    <parameter name="mid.instance.username" value="@@USER@@"/>
    <parameter name="mid.instance.password" value="@@V@@"/>

    <!-- MID Server identity -->
    <parameter name="name" value="@@MID@@"/>
    <parameter name="mid_sys_id" value="@@SID@@"/>

    <!-- Proxy -->
    <parameter name="mid.proxy.use_proxy" value="false"/>
    <parameter name="mid.proxy.host" value="proxy.@@INST@@.internal"/>
    <parameter name="mid.proxy.port" value="3128"/>

    <parameter name="threads.max" value="@@TH@@"/>
    <parameter name="mid.log.level" value="info"/>
</parameters>
''', INST=inst, USER=c.ch(["mid.server", "svc_mid01", "mid_user"]), V=X(v), MID=c.ch(["mid-dc1-01", "MID-AZURE-02", "mid_linux_prod"]), SID=c.sys_id(), TH=c.ch([25, 50, 75]))


@pos("servicenow", "basic_auth_password", "MID_INSTANCE_PASSWORD", False, g_password)
def p_sn_mid_helm(c, v):
    return "deploy/mid-server/values.yaml", T('''
# Helm values for the containerised ServiceNow MID Server
image:
  repository: registry.@@DOM@@/ops/servicenow-mid
  tag: "@@REL@@"
  pullPolicy: IfNotPresent

replicaCount: 1

mid:
  instanceUrl: https://@@INST@@.service-now.com
  name: k8s-mid-@@N@@
  auth:
    user: svc_k8s_mid
    secret: @@V@@
  threads: 25
  logLevel: info

resources:
  requests:
    cpu: 500m
    memory: 2Gi
  limits:
    memory: 4Gi

nodeSelector:
  kubernetes.io/os: linux
''', DOM=c.company()[2], REL=c.ch(["washingtondc-07-2024", "xanadu-12-2024", "yokohama-03-2025"]), INST=c.instance(), N=c.n(1, 9), V=Y(v))


@pos("servicenow", "basic_auth_password", "SNOW_PASSWORD", False, g_password)
def p_sn_ps1(c, v):
    return c.ch(["scripts/Get-OpenIncidents.ps1", "tools/Export-SnowIncidents.ps1"]), T('''
<#
.SYNOPSIS
    Exports open incidents for the @@TEAM@@ assignment group to CSV.
#>
param(
    [string]$Instance = '@@INST@@',
    [string]$Group = '@@TEAM@@',
    [string]$OutFile = ".\\open-incidents.csv"
)

$user = 'svc_reporting'
$secure = ConvertTo-SecureString @@V@@ -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

$query = "active=true^assignment_group.name=$Group^ORDERBYDESCpriority"
$uri = "https://$Instance.service-now.com/api/now/table/incident?sysparm_query=$query&sysparm_limit=1000"

$resp = Invoke-RestMethod -Uri $uri -Credential $cred -Headers @{ Accept = 'application/json' }
$resp.result |
    Select-Object number, short_description, priority, sys_updated_on |
    Export-Csv -Path $OutFile -NoTypeInformation
Write-Host "Exported $($resp.result.Count) incidents to $OutFile"
''', TEAM=c.ch(TEAMS), INST=c.instance(), V=L(v, "ps1"))


@pos("servicenow", "basic_auth_password", "SNOW_PASSWORD", False, g_password)
def p_sn_curl(c, v):
    return c.ch(["scripts/snow_create_incident.sh", "bin/raise-incident.sh"]), T('''
#!/usr/bin/env bash
# Raise an incident from the monitoring host when a check stays red.
set -euo pipefail

INSTANCE="@@INST@@"
SHORT="${1:-Backup job failed on $(hostname)}"

curl -sS -u "@@USER@@:@@V@@" \\
  -H "Accept: application/json" -H "Content-Type: application/json" \\
  -X POST "https://${INSTANCE}.service-now.com/api/now/table/incident" \\
  -d "{\\"short_description\\": \\"${SHORT}\\", \\"urgency\\": \\"2\\", \\"impact\\": \\"2\\", \\"assignment_group\\": \\"@@GRP@@\\"}" \\
  | jq -r '.result.number'
''', INST=c.instance(), USER=c.ch(["monitoring.bot", "svc_nagios", "zabbix_intg"]), V=v, GRP=c.sys_id())


@pos("servicenow", "oauth_client_secret", "SNOW_CLIENT_SECRET", True, g_sn_secret)
def p_sn_oauth_json(c, v):
    return c.ch(["config/servicenow.oauth.json", "settings/snow-oauth.json"]), T('''
{
  "instance": "https://@@INST@@.service-now.com",
  "token_url": "https://@@INST@@.service-now.com/oauth_token.do",
  "client_id": "@@CID@@",
  "client_secret": @@V@@,
  "grant_type": "client_credentials",
  "scope": "useraccount",
  "timeout_seconds": 30,
  "retry": {"max_attempts": 4, "backoff": 2.0}
}
''', INST=c.instance(), CID=c.hx(32), V=L(v, "json"))


@pos("servicenow", "oauth_client_secret", "SNOW_CLIENT_SECRET", False, g_sn_secret)
def p_sn_oauth_py(c, v):
    inst = c.instance()
    return "tools/snow_token.py", T('''
#!/usr/bin/env python3
"""Fetch an OAuth token from the ServiceNow instance and print it for curl tests."""
import sys

import requests

TOKEN_URL = "https://@@INST@@.service-now.com/oauth_token.do"
CLIENT_ID = "@@CID@@"


def main():
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        auth=(CLIENT_ID, @@V@@),
        timeout=20,
    )
    if resp.status_code != 200:
        print("token request failed:", resp.status_code, resp.text, file=sys.stderr)
        return 1
    print(resp.json()["access_token"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
''', INST=inst, CID=c.hx(32), V=L(v, "py"))


@pos("servicenow", "basic_auth_password", "SERVICENOW_PASSWORD", True, g_password)
def p_sn_tf(c, v):
    return "terraform/servicenow/provider.tf", T('''
terraform {
  required_providers {
    servicenow = {
      source  = "tylerhatton/servicenow"
      version = "~> @@V1@@"
    }
  }
}

provider "servicenow" {
  instance_url = "https://@@INST@@.service-now.com"
  username     = "terraform.cmdb"
  password     = @@V@@
}

resource "servicenow_application" "helpdesk_bridge" {
  name    = "Helpdesk Bridge"
  scope   = "x_@@SC@@_hdbridge"
  version = "1.0.@@N@@"
}
''', V1=c.ch(["0.8", "0.9", "1.0"]), INST=c.instance(), V=L(v, "tf"), SC=c.s(LOW, 4), N=c.n(0, 9))


@pos("servicenow", "basic_auth_password", "SERVICENOW_PASSWORD", True, g_password)
def p_sn_properties(c, v):
    return "src/main/resources/application.properties", T('''
# Ticket bridge service
server.port=8@@P@@
spring.application.name=ticket-bridge
management.endpoints.web.exposure.include=health,info

# ServiceNow connection
servicenow.base-url=https://@@INST@@.service-now.com
servicenow.username=svc_ticket_bridge
servicenow.password=@@V@@
servicenow.table=incident
servicenow.page-size=250

# Polling
bridge.poll.interval=PT2M
bridge.poll.assignment-group=@@GRP@@
logging.level.com.@@SLUG@@.bridge=INFO
''', P=c.n(80, 99), INST=c.instance(), V=v, GRP=c.ch(TEAMS), SLUG=c.company()[1])


# ---- Atlassian / Jira Service Management

@pos("atlassian", "api_token", "JIRA_API_TOKEN", True, g_atlassian)
def p_jira_py_settings(c, v):
    _, slug, dom = c.company()
    return c.ch(["jira_sync/settings.py", "jsm_reports/config.py"]), T('''
"""Settings for the JSM queue exporter."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

JIRA_URL = "https://@@SLUG@@.atlassian.net"
JIRA_EMAIL = "reports-bot@@@DOM@@"
JIRA_API_TOKEN = @@V@@

SERVICE_DESK_ID = @@SD@@
QUEUES = {
    "unassigned": @@Q1@@,
    "waiting_for_support": @@Q2@@,
}
EXPORT_DIR = BASE_DIR / "exports"
PAGE_SIZE = 50
''', SLUG=slug, DOM=dom, V=L(v, "py"), SD=c.n(1, 12), Q1=c.n(1, 40), Q2=c.n(41, 90))


@pos("atlassian", "api_token", "JIRA_API_TOKEN", True, g_atlassian)
def p_jira_workflow(c, v):
    _, slug, dom = c.company()
    return ".github/workflows/jsm-release-notes.yml", T('''
name: Post release notes to JSM

on:
  release:
    types: [published]

jobs:
  notify:
    runs-on: ubuntu-latest
    env:
      JIRA_BASE_URL: https://@@SLUG@@.atlassian.net
      JIRA_USER_EMAIL: release-bot@@@DOM@@
      JIRA_API_TOKEN: @@V@@
    steps:
      - uses: actions/checkout@v4
      - name: Comment on linked requests
        run: |
          python scripts/release_comment.py \\
            --tag "${{ github.event.release.tag_name }}" \\
            --project @@PK@@
''', SLUG=slug, DOM=dom, V=Y(v), PK=c.ch(["ITSD", "HELP", "SUP"]))


@pos("atlassian", "api_token", "JIRA_API_TOKEN", False, g_atlassian)
def p_jira_curl(c, v):
    _, slug, dom = c.company()
    return c.ch(["scripts/jsm_queue_report.sh", "ops/jsm-sla-breaches.sh"]), T('''
#!/bin/sh
# Daily count of requests breaching "Time to first response".
SITE="https://@@SLUG@@.atlassian.net"
JQL='project = @@PK@@ AND "Time to first response" = breached() AND created >= -1d'

curl -s --user "ops-bot@@@DOM@@:@@V@@" \\
  -G "$SITE/rest/api/3/search" \\
  --data-urlencode "jql=$JQL" \\
  --data-urlencode "fields=key,summary,assignee" \\
  -H "Accept: application/json" | jq '.total'
''', SLUG=slug, DOM=dom, PK=c.ch(["ITSD", "HELP", "SUP"]), V=v)


@pos("atlassian", "api_token", "JIRA_API_TOKEN", False, g_atlassian)
def p_jira_js_ctor(c, v):
    _, slug, dom = c.company()
    return c.ch(["src/jira/client.js", "lib/jiraClient.js"]), T('''
const JiraApi = require('jira-client');
const logger = require('../logger');

const jira = new JiraApi({
  protocol: 'https',
  host: '@@SLUG@@.atlassian.net',
  username: 'automation@@@DOM@@',
  password: @@V@@,
  apiVersion: '3',
  strictSSL: true,
});

async function transitionToResolved(issueKey) {
  const { transitions } = await jira.listTransitions(issueKey);
  const done = transitions.find((t) => t.name === 'Resolve this issue');
  if (!done) {
    logger.warn(`no resolve transition for ${issueKey}`);
    return false;
  }
  await jira.transitionIssue(issueKey, { transition: { id: done.id } });
  return true;
}

module.exports = { jira, transitionToResolved };
''', SLUG=slug, DOM=dom, V=L(v, "js"))


@pos("atlassian", "api_token", "JIRA_API_TOKEN", False, g_atlassian)
def p_jira_json(c, v):
    _, slug, dom = c.company()
    return c.ch(["config/jsm-connector.json", "connectors/jira.json"]), T('''
{
  "name": "jsm-connector",
  "atlassian": {
    "site": "https://@@SLUG@@.atlassian.net",
    "email": "connector@@@DOM@@",
    "token": @@V@@,
    "serviceDeskId": "@@SD@@"
  },
  "mapping": {
    "priority": {"P1": "Highest", "P2": "High", "P3": "Medium", "P4": "Low"},
    "requestType": "@@RT@@"
  },
  "syncIntervalSeconds": 120
}
''', SLUG=slug, DOM=dom, V=L(v, "json"), SD=c.n(1, 9), RT=c.n(10, 99))


@pos("atlassian", "api_token", "JIRA_API_TOKEN", False, g_atlassian)
def p_jira_ps1(c, v):
    _, slug, dom = c.company()
    return "scripts/New-JsmRequest.ps1", T('''
param(
    [Parameter(Mandatory)] [string]$Summary,
    [string]$Description = 'Raised from PowerShell',
    [int]$RequestTypeId = @@RT@@
)

$site = 'https://@@SLUG@@.atlassian.net'
$pair = '{0}:{1}' -f 'svc-powershell@@@DOM@@', @@V@@
$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $b64"; Accept = 'application/json' }

$body = @{
    serviceDeskId = '@@SD@@'
    requestTypeId = $RequestTypeId
    requestFieldValues = @{ summary = $Summary; description = $Description }
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri "$site/rest/servicedeskapi/request" `
    -Headers $headers -ContentType 'application/json' -Body $body
''', RT=c.n(10, 99), SLUG=slug, DOM=dom, V=L(v, "ps1"), SD=c.n(1, 9))


@pos("atlassian", "api_token", "JIRA_API_TOKEN", False, g_atlassian)
def p_jira_md(c, v):
    _, slug, dom = c.company()
    return c.ch(["docs/runbooks/jsm-escalation.md", "docs/jira-api-notes.md"]), T('''
# Escalating a customer request to Tier 2

1. Open the request in the **@@TEAM@@** queue and check the SLA panel.
2. If the request is older than 4 hours, add the `tier2` label.
3. Run the escalation helper below (it adds the internal comment for you).

```bash
curl -X POST \\
  --user "escalations@@@DOM@@:@@V@@" \\
  -H "Content-Type: application/json" \\
  "https://@@SLUG@@.atlassian.net/rest/servicedeskapi/request/$KEY/comment" \\
  -d '{"body": "Escalated to Tier 2", "public": false}'
```

4. Post the request key in #@@CH@@ so the on-call engineer picks it up.
''', TEAM=c.ch(TEAMS), DOM=dom, V=v, SLUG=slug, CH=c.ch(["support-escalations", "tier2", "ops-handover"]))


# ---- Freshdesk / Freshservice

@pos("freshdesk", "api_key", "FRESHDESK_API_KEY", False, g_fresh)
def p_fd_py(c, v):
    _, slug, _ = c.company()
    return c.ch(["helpdesk/freshdesk.py", "sync/freshdesk_tickets.py"]), T('''
import datetime as dt

import requests

DOMAIN = "@@SLUG@@.freshdesk.com"


def updated_since(hours=24):
    since = (dt.datetime.utcnow() - dt.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")
    url = f"https://{DOMAIN}/api/v2/tickets"
    resp = requests.get(url, params={"updated_since": since, "per_page": 100},
                        auth=(@@V@@, "X"), timeout=30)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    for t in updated_since():
        print(t["id"], t["status"], t["subject"])
''', SLUG=slug, V=L(v, "py"))


@pos("freshservice", "api_key", "FRESHSERVICE_API_KEY", False, g_fresh)
def p_fs_php(c, v):
    _, slug, _ = c.company()
    return "app/Services/FreshserviceClient.php", T('''
<?php

namespace App\\Services;

use RuntimeException;

class FreshserviceClient
{
    private string $base = 'https://@@SLUG@@.freshservice.com/api/v2';

    public function createTicket(string $email, string $subject, string $body): array
    {
        $ch = curl_init($this->base . '/tickets');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_USERPWD, @@V@@ . ':X');
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode([
            'email' => $email,
            'subject' => $subject,
            'description' => $body,
            'priority' => 2,
            'status' => 2,
        ]));
        $out = curl_exec($ch);
        $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);
        if ($code !== 201) {
            throw new RuntimeException("Freshservice returned $code");
        }
        return json_decode($out, true);
    }
}
''', SLUG=slug, V=L(v, "php"))


@pos("freshdesk", "api_key", "FRESHDESK_API_KEY", True, g_fresh)
def p_fd_yaml(c, v):
    _, slug, _ = c.company()
    return c.ch(["config/freshdesk.yml", "config/integrations/freshdesk.yaml"]), T('''
freshdesk:
  domain: @@SLUG@@.freshdesk.com
  api_key: @@V@@
  default_group_id: @@G@@
  default_priority: 2
  sync:
    enabled: true
    interval_minutes: 5
    statuses: [2, 3, 6]
''', SLUG=slug, V=Y(v), G=c.n(10**10, 10**11))


@pos("freshservice", "api_key", "FRESHSERVICE_API_KEY", True, g_fresh)
def p_fs_dotenv(c, v):
    _, slug, _ = c.company()
    return ".env", T('''
APP_ENV=local
APP_PORT=3000
LOG_LEVEL=debug
FRESHSERVICE_DOMAIN=@@SLUG@@.freshservice.com
FRESHSERVICE_API_KEY=@@V@@
ASSET_SYNC_CRON=*/30 * * * *
''', SLUG=slug, V=v)


@pos("freshdesk", "api_key", "FRESHDESK_API_KEY", False, g_fresh)
def p_fd_curl(c, v):
    _, slug, dom = c.company()
    return c.ch(["scripts/freshdesk_reply.sh", "tools/fd-close-spam.sh"]), T('''
#!/usr/bin/env bash
# Close tickets that the spam filter missed. Usage: ./fd-close-spam.sh 1234 1235 ...
set -e
for id in "$@"; do
  curl -s -u @@V@@:X -H "Content-Type: application/json" -X PUT \\
    -d '{"status": 5, "tags": ["spam"]}' \\
    "https://@@SLUG@@.freshdesk.com/api/v2/tickets/$id" > /dev/null
  echo "closed $id"
done
''', V=v, SLUG=slug)


@pos("freshservice", "api_key", "FRESHSERVICE_API_KEY", False, g_fresh)
def p_fs_js(c, v):
    _, slug, _ = c.company()
    return c.ch(["scripts/fs-assets-sync.js", "src/freshservice/assets.js"]), T('''
const axios = require('axios');

const api = axios.create({
  baseURL: 'https://@@SLUG@@.freshservice.com/api/v2',
  auth: { username: @@V@@, password: 'X' },
  timeout: 20000,
});

async function listAssets(page = 1) {
  const { data } = await api.get('/assets', { params: { page, per_page: 100 } });
  return data.assets;
}

module.exports = { listAssets };
''', SLUG=slug, V=L(v, "js"))


# ---- Zendesk

@pos("zendesk", "api_token", "ZENDESK_API_TOKEN", False, g_zendesk)
def p_zd_zenpy(c, v):
    _, slug, dom = c.company()
    return c.ch(["support/zendesk_client.py", "zd/tools.py"]), T('''
from zenpy import Zenpy
from zenpy.lib.api_objects import Comment

creds = {
    "email": "automation@@@DOM@@",
    "token": @@V@@,
    "subdomain": "@@SLUG@@",
}
zenpy_client = Zenpy(**creds)


def add_internal_note(ticket_id, text):
    ticket = zenpy_client.tickets(id=ticket_id)
    ticket.comment = Comment(body=text, public=False)
    zenpy_client.tickets.update(ticket)
''', DOM=dom, V=L(v, "py"), SLUG=slug)


@pos("zendesk", "api_token", "ZENDESK_API_TOKEN", False, g_zendesk)
def p_zd_node(c, v):
    _, slug, dom = c.company()
    return c.ch(["src/zendesk.js", "services/zendesk/index.js"]), T('''
const zendesk = require('node-zendesk');

const client = zendesk.createClient({
  username: 'bot@@@DOM@@',
  token: @@V@@,
  subdomain: '@@SLUG@@',
});

async function ticketsForOrg(orgId) {
  const tickets = await client.tickets.listByOrganization(orgId);
  return tickets.filter((t) => t.status !== 'closed');
}

module.exports = { client, ticketsForOrg };
''', DOM=dom, V=L(v, "js"), SLUG=slug)


@pos("zendesk", "api_token", "ZENDESK_API_TOKEN", True, g_zendesk)
def p_zd_yaml(c, v):
    _, slug, dom = c.company()
    return c.ch(["config/zendesk.yaml", "deploy/support-bot/config.yaml"]), T('''
support_bot:
  language: en
  business_hours: "08:00-18:00 Europe/Berlin"

zendesk:
  subdomain: @@SLUG@@
  email: bot@@@DOM@@
  api_token: @@V@@
  brand_id: @@BR@@
  default_group: "@@TEAM@@"
''', SLUG=slug, DOM=dom, V=Y(v), BR=c.n(10**12, 10**13), TEAM=c.ch(TEAMS))


@pos("zendesk", "api_token", "ZENDESK_API_TOKEN", False, g_zendesk)
def p_zd_curl(c, v):
    _, slug, dom = c.company()
    return c.ch(["scripts/zd_export_users.sh", "bin/zendesk-suspend.sh"]), T('''
#!/usr/bin/env bash
set -euo pipefail
# Export end-users created this month (Zendesk incremental export).
START=$(date -d "$(date +%Y-%m-01)" +%s)
curl -sS "https://@@SLUG@@.zendesk.com/api/v2/incremental/users.json?start_time=${START}" \\
  -u admin@@@DOM@@/token:@@V@@ \\
  | jq -r '.users[] | [.id, .email, .created_at] | @csv' > users.csv
wc -l users.csv
''', SLUG=slug, DOM=dom, V=v)


def g_zd_basic(c):
    email = c.email()
    return base64.b64encode(("%s/token:%s" % (email, g_zendesk(c))).encode()).decode()


@pos("zendesk", "basic_auth_header", "ZENDESK_BASIC_AUTH", False, g_zd_basic)
def p_zd_http(c, v):
    _, slug, _ = c.company()
    return c.ch(["api/zendesk.http", "http/zendesk-tickets.http"]), T('''
### List open tickets in the VIP view
GET https://@@SLUG@@.zendesk.com/api/v2/views/@@VIEW@@/tickets.json
Authorization: Basic @@V@@
Accept: application/json

### Ticket metrics
GET https://@@SLUG@@.zendesk.com/api/v2/ticket_metrics.json?page[size]=50
Accept: application/json
''', SLUG=slug, VIEW=c.n(10**11, 10**12), V=v)


@pos("zendesk", "api_token", "ZENDESK_API_TOKEN", False, g_zendesk)
def p_zd_php(c, v):
    _, slug, dom = c.company()
    return "src/Support/ZendeskGateway.php", T('''
<?php

declare(strict_types=1);

namespace Support;

use Zendesk\\API\\HttpClient as ZendeskAPI;

final class ZendeskGateway
{
    private ZendeskAPI $client;

    public function __construct()
    {
        $this->client = new ZendeskAPI('@@SLUG@@');
        $this->client->setAuth('basic', ['username' => 'web@@@DOM@@', 'token' => @@V@@]);
    }

    public function openTicket(string $requester, string $subject, string $body): int
    {
        $result = $this->client->tickets()->create([
            'subject' => $subject,
            'comment' => ['body' => $body],
            'requester' => ['email' => $requester],
            'priority' => 'normal',
        ]);
        return (int) $result->ticket->id;
    }
}
''', SLUG=slug, DOM=dom, V=L(v, "php"))


@pos("zendesk", "api_token", "ZENDESK_API_TOKEN", True, g_zendesk)
def p_zd_tf(c, v):
    _, slug, dom = c.company()
    return "terraform/zendesk/main.tf", T('''
provider "zendesk" {
  account = "@@SLUG@@"
  email   = "terraform@@@DOM@@"
  token   = @@V@@
}

resource "zendesk_group" "tier2" {
  name = "@@TEAM@@"
}

resource "zendesk_ticket_field" "product_area" {
  title = "Product area"
  type  = "tagger"
}
''', SLUG=slug, DOM=dom, V=L(v, "tf"), TEAM=c.ch(TEAMS))


# ---- Help Scout

@pos("helpscout", "oauth_client_secret", "HELPSCOUT_APP_SECRET", True, g_helpscout)
def p_hs_py(c, v):
    return c.ch(["helpscout/auth.py", "integrations/helpscout_auth.py"]), T('''
"""Client-credentials flow for the Help Scout Mailbox API 2.0."""
import time

import requests

HELPSCOUT_APP_ID = "@@AID@@"
HELPSCOUT_APP_SECRET = @@V@@
TOKEN_URL = "https://api.helpscout.net/v2/oauth2/token"

_cache = {"token": None, "expires": 0}


def access_token():
    if _cache["token"] and _cache["expires"] > time.time() + 60:
        return _cache["token"]
    r = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": HELPSCOUT_APP_ID,
        "client_secret": HELPSCOUT_APP_SECRET,
    }, timeout=15)
    r.raise_for_status()
    body = r.json()
    _cache.update(token=body["access_token"], expires=time.time() + body["expires_in"])
    return _cache["token"]
''', AID=c.s(ALNUM, 32), V=L(v, "py"))


@pos("helpscout", "oauth_client_secret", "HELPSCOUT_APP_SECRET", False, g_helpscout)
def p_hs_js(c, v):
    return c.ch(["src/helpscout.js", "lib/mailbox.js"]), T('''
const HelpScout = require('helpscout-mailbox-api');

const helpScout = new HelpScout({
  clientId: '@@AID@@',
  clientSecret: @@V@@,
  authenticationFlow: 'Client Credentials',
});

async function activeConversations(mailboxId) {
  await helpScout.getAccessToken();
  return helpScout.conversations.list({ mailbox: mailboxId, status: 'active' });
}

module.exports = { activeConversations };
''', AID=c.s(ALNUM, 32), V=L(v, "js"))


@pos("helpscout", "oauth_client_secret", "HELPSCOUT_APP_SECRET", True, g_helpscout)
def p_hs_json(c, v):
    return c.ch(["config/helpscout.json", "apps/beacon-sync/helpscout.json"]), T('''
{
  "helpscout": {
    "appId": "@@AID@@",
    "appSecret": @@V@@,
    "mailboxes": [@@M1@@, @@M2@@],
    "redirectUri": "https://support.@@DOM@@/oauth/helpscout/callback"
  },
  "pollSeconds": 90
}
''', AID=c.s(ALNUM, 32), V=L(v, "json"), M1=c.n(100000, 999999), M2=c.n(100000, 999999), DOM=c.company()[2])


# ---- Front

@pos("front", "api_token", "FRONT_API_TOKEN", False, g_front)
def p_front_js(c, v):
    return c.ch(["src/front/api.js", "services/front.js"]), T('''
const fetch = require('node-fetch');

const BASE = 'https://api2.frontapp.com';

async function frontGet(path) {
  const res = await fetch(BASE + path, {
    headers: {
      Authorization: 'Bearer @@V@@',
      Accept: 'application/json',
    },
  });
  if (!res.ok) throw new Error(`Front ${path} -> ${res.status}`);
  return res.json();
}

exports.inboxes = () => frontGet('/inboxes');
exports.conversation = (id) => frontGet(`/conversations/${id}`);
''', V=v)


@pos("front", "api_token", "FRONT_API_TOKEN", True, g_front)
def p_front_k8s(c, v):
    return "k8s/front-sync/configmap.yaml", T('''
apiVersion: v1
kind: ConfigMap
metadata:
  name: front-sync
  namespace: support-tools
  labels:
    app.kubernetes.io/name: front-sync
data:
  FRONT_BASE_URL: https://api2.frontapp.com
  FRONT_API_TOKEN: @@V@@
  FRONT_INBOX_ID: inb_@@IN@@
  SYNC_INTERVAL: "300"
''', V=Y(v), IN=c.s(LOW + DIG, 5))


@pos("front", "api_token", "FRONT_API_TOKEN", True, g_front)
def p_front_py(c, v):
    return c.ch(["front_export.py", "scripts/front_tag_report.py"]), T('''
#!/usr/bin/env python3
"""Weekly tag report for the support leads."""
import collections
import csv

import requests

FRONT_API_TOKEN = @@V@@
HEADERS = {"Authorization": f"Bearer {FRONT_API_TOKEN}"}


def tagged_conversations(tag_id):
    url = f"https://api2.frontapp.com/tags/{tag_id}/conversations"
    while url:
        page = requests.get(url, headers=HEADERS, timeout=30).json()
        yield from page["_results"]
        url = page["_pagination"].get("next")


if __name__ == "__main__":
    counts = collections.Counter(c["status"] for c in tagged_conversations("tag_@@TG@@"))
    with open("tag_report.csv", "w", newline="") as fh:
        csv.writer(fh).writerows(counts.items())
''', V=L(v, "py"), TG=c.s(LOW + DIG, 5))


# ---- Gorgias

@pos("gorgias", "api_key", "GORGIAS_API_KEY", False, g_gorgias)
def p_gorgias_py(c, v):
    _, slug, dom = c.company()
    return c.ch(["integrations/gorgias.py", "shop_support/gorgias_client.py"]), T('''
import requests

GORGIAS_DOMAIN = "@@SLUG@@"
SESSION = requests.Session()
SESSION.auth = ("cx-automation@@@DOM@@", @@V@@)


def tickets_for_customer(email):
    r = SESSION.get(
        f"https://{GORGIAS_DOMAIN}.gorgias.com/api/tickets",
        params={"customer_email": email, "limit": 30},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["data"]
''', SLUG=slug, DOM=dom, V=L(v, "py"))


@pos("gorgias", "api_key", "GORGIAS_API_KEY", True, g_gorgias)
def p_gorgias_json(c, v):
    _, slug, dom = c.company()
    return c.ch(["config/gorgias.json", "settings/helpdesk.gorgias.json"]), T('''
{
  "provider": "gorgias",
  "domain": "@@SLUG@@.gorgias.com",
  "username": "api@@@DOM@@",
  "api_key": @@V@@,
  "default_channel": "email",
  "tags_on_create": ["shopify", "auto-imported"]
}
''', SLUG=slug, DOM=dom, V=L(v, "json"))


# ---- Kustomer

@pos("kustomer", "api_key", "KUSTOMER_API_KEY", True, g_kustomer)
def p_kustomer_ts(c, v):
    _, slug, _ = c.company()
    return c.ch(["src/kustomer.ts", "src/integrations/kustomer/client.ts"]), T('''
import axios from 'axios';

export const KUSTOMER_API_KEY = @@V@@;

export const kustomer = axios.create({
  baseURL: 'https://@@SLUG@@.api.kustomerapp.com/v1',
  headers: { Authorization: `Bearer ${KUSTOMER_API_KEY}` },
  timeout: 15_000,
});

export async function findCustomerByEmail(email: string) {
  const { data } = await kustomer.get(`/customers/email=${encodeURIComponent(email)}`);
  return data.data;
}
''', V=L(v, "ts"), SLUG=slug)


@pos("kustomer", "api_key", "KUSTOMER_API_KEY", False, g_kustomer)
def p_kustomer_curl(c, v):
    _, slug, _ = c.company()
    return c.ch(["scripts/kustomer_whoami.sh", "ops/kustomer-check.sh"]), T('''
#!/usr/bin/env bash
# Smoke test run by the deploy pipeline after rotating integrations.
curl -fsS "https://@@SLUG@@.api.kustomerapp.com/v1/auth/tokens/current" \\
  -H "Authorization: Bearer @@V@@" \\
  -H "Accept: application/json" | jq '.data.attributes.name'
''', SLUG=slug, V=v)


# ---- HappyFox

@pos("happyfox", "auth_code", "HAPPYFOX_AUTH_CODE", False, g_happyfox)
def p_hf_py(c, v):
    _, slug, _ = c.company()
    return c.ch(["happyfox/tickets.py", "sync/happyfox.py"]), T('''
import os

import requests

BASE = "https://@@SLUG@@.happyfox.com/api/1.1/json"
AUTH = (os.environ["HAPPYFOX_API_KEY"], @@V@@)


def pending_tickets(category_id=@@CAT@@):
    r = requests.get(f"{BASE}/tickets/", params={"category": category_id, "status": "_pending"},
                     auth=AUTH, timeout=30)
    r.raise_for_status()
    return r.json()["data"]
''', SLUG=slug, V=L(v, "py"), CAT=c.n(1, 30))


@pos("happyfox", "auth_code", "HAPPYFOX_AUTH_CODE", True, g_happyfox)
def p_hf_yaml(c, v):
    _, slug, _ = c.company()
    return c.ch(["config/happyfox.yml", "ansible/roles/support_sync/defaults/main.yml"]), T('''
happyfox:
  base_url: https://@@SLUG@@.happyfox.com/api/1.1/json
  api_key: "${HAPPYFOX_API_KEY}"
  auth_code: @@V@@
  categories:
    - id: @@C1@@
      name: Billing
    - id: @@C2@@
      name: Returns
''', SLUG=slug, V=Y(v), C1=c.n(1, 9), C2=c.n(10, 19))


# ---- Zoho Desk

@pos("zoho", "oauth_refresh_token", "ZOHO_REFRESH_TOKEN", True, g_zoho_token)
def p_zoho_py(c, v):
    return c.ch(["zoho_desk/auth.py", "integrations/zohodesk.py"]), T('''
import os

import requests

ACCOUNTS = "https://accounts.zoho.@@TLD@@"
ZOHO_CLIENT_ID = os.environ["ZOHO_CLIENT_ID"]
ZOHO_CLIENT_SECRET = os.environ["ZOHO_CLIENT_SECRET"]
ZOHO_REFRESH_TOKEN = @@V@@
ORG_ID = "@@ORG@@"


def desk_token():
    r = requests.post(f"{ACCOUNTS}/oauth/v2/token", params={
        "refresh_token": ZOHO_REFRESH_TOKEN,
        "client_id": ZOHO_CLIENT_ID,
        "client_secret": ZOHO_CLIENT_SECRET,
        "grant_type": "refresh_token",
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
''', TLD=c.ch(["com", "eu", "in", "com.au"]), V=L(v, "py"), ORG=c.n(10**8, 10**9))


@pos("zoho", "oauth_client_secret", "ZOHO_CLIENT_SECRET", True, g_zoho_secret)
def p_zoho_json(c, v):
    dom = c.company()[2]
    return c.ch(["zoho/oauth.json", "config/zoho-desk.json"]), T('''
{
  "client_id": "1000.@@CID@@",
  "client_secret": @@V@@,
  "redirect_uri": "https://helpdesk.@@DOM@@/oauth/zoho/callback",
  "scope": "Desk.tickets.ALL,Desk.contacts.READ,Desk.basic.READ",
  "accounts_url": "https://accounts.zoho.com",
  "desk_url": "https://desk.zoho.com/api/v1"
}
''', CID=c.s(UP + DIG, 30), V=L(v, "json"), DOM=dom)


@pos("zoho", "oauth_access_token", "ZOHO_ACCESS_TOKEN", False, g_zoho_token)
def p_zoho_curl(c, v):
    return c.ch(["scripts/zoho_open_tickets.sh", "bin/zdesk-count.sh"]), T('''
#!/bin/sh
# Count open tickets per department (Zoho Desk)
curl -s "https://desk.zoho.com/api/v1/ticketsCountByFieldValues?field=departmentId&status=Open" \\
  -H "orgId: @@ORG@@" \\
  -H "Authorization: Zoho-oauthtoken @@V@@" | jq .
''', ORG=c.n(10**8, 10**9), V=v)


# ---- osTicket

OST_HEAD = '''<?php
/*********************************************************************
    ost-config.php

    Static osTicket configuration file. Mainly useful for mysql login info.
    Created during installation process and shouldn't change even on upgrades.
**********************************************************************/

#Disable direct access.
if(!strcasecmp(basename($_SERVER['SCRIPT_NAME']),basename(__FILE__)) || !defined('INCLUDE_DIR'))
    die('kwaheri rafiki!');

#Install flag
define('OSTINSTALLED',TRUE);
'''


@pos("osticket", "salt", "OST_SECRET_SALT", True, g_ost_salt)
def p_ost_salt(c, v):
    return c.ch(["include/ost-config.php", "helpdesk/include/ost-config.php"]), T(OST_HEAD + '''
# Encrypt/Decrypt secret key - randomly generated during installation.
define('SECRET_SALT',@@V@@);

#Default admin email. Used only on db connection issues and related alerts.
define('ADMIN_EMAIL','@@EM@@');

# Database Options
define('DBTYPE','mysql');
define('DBHOST','@@HOST@@');
define('DBNAME','osticket');
define('DBUSER','osticket');
define('DBPASS',getenv('OST_DB_PASS'));

# Table prefix
define('TABLE_PREFIX','ost_');
''', V=L(v, "php"), EM=c.email(), HOST=c.ch(["localhost", "db", "mysql.internal"]))


@pos("osticket", "database_password", "OST_DB_PASS", True, g_password)
def p_ost_dbpass(c, v):
    return c.ch(["include/ost-config.php", "support/include/ost-config.php"]), T(OST_HEAD + '''
# Encrypt/Decrypt secret key - kept outside the repository.
define('SECRET_SALT',getenv('OST_SECRET_SALT'));

#Default admin email. Used only on db connection issues and related alerts.
define('ADMIN_EMAIL','@@EM@@');

# Database Options
define('DBTYPE','mysql');
define('DBHOST','@@HOST@@');
define('DBNAME','helpdesk');
define('DBUSER','ost_app');
define('DBPASS',@@V@@);

# Table prefix
define('TABLE_PREFIX','ost_');
''', EM=c.email(), HOST=c.ch(["localhost", "127.0.0.1", "mariadb"]), V=L(v, "php"))


@pos("osticket", "database_password", "MYSQL_PASSWORD", True, g_password)
def p_ost_compose(c, v):
    return c.ch(["docker-compose.yml", "deploy/osticket/docker-compose.yml"]), T('''
services:
  osticket:
    image: osticket/osticket:@@VER@@
    ports:
      - "8080:80"
    environment:
      MYSQL_HOST: db
      MYSQL_DATABASE: osticket
      MYSQL_USER: osticket
      MYSQL_PASSWORD: @@V@@
      INSTALL_URL: https://support.@@DOM@@/
    depends_on:
      - db
  db:
    image: mariadb:10.11
    environment:
      MARIADB_DATABASE: osticket
      MARIADB_USER: osticket
      MARIADB_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata: {}
''', VER=c.ch(["1.17", "1.18"]), V=Y(v), DOM=c.company()[2])


# ---- GLPI

@pos("glpi", "user_token", "GLPI_USER_TOKEN", False, g_glpi)
def p_glpi_ps1(c, v):
    return c.ch(["scripts/Init-Glpi.ps1", "tools/glpi/Connect-Glpi.ps1"]), T('''
Import-Module GlpiTools

Set-GlpiToolsConfig -PathToGlpi 'https://glpi.@@DOM@@/apirest.php' `
    -AppToken $env:GLPI_APP_TOKEN `
    -UserToken @@V@@

$session = Set-GlpiToolsInitSession
Get-GlpiToolsComputers -ComputerName '@@PC@@' | Format-List
Set-GlpiToolsKillSession -SessionToken $session.SessionToken
''', DOM=c.company()[2], V=L(v, "ps1"), PC=c.ch(["LT-0423", "WS-FIN-12", "SRV-APP-03"]))


@pos("glpi", "user_token", "GLPI_USER_TOKEN", False, g_glpi)
def p_glpi_py(c, v):
    return c.ch(["glpi_inventory.py", "inventory/glpi_session.py"]), T('''
import os

import requests

GLPI = "https://glpi.@@DOM@@/apirest.php"


def init_session():
    headers = {
        "Content-Type": "application/json",
        "App-Token": os.environ["GLPI_APP_TOKEN"],
        "Authorization": "user_token @@V@@",
    }
    r = requests.get(f"{GLPI}/initSession", headers=headers, timeout=15)
    r.raise_for_status()
    return r.json()["session_token"]
''', DOM=c.company()[2], V=v)


@pos("glpi", "database_password", "GLPI_DB_PASSWORD", True, g_password)
def p_glpi_configdb(c, v):
    return c.ch(["config/config_db.php", "glpi/config/config_db.php"]), T('''
<?php
class DB extends DBmysql {
   public $dbhost = '@@HOST@@';
   public $dbuser = 'glpi';
   public $dbpassword = @@V@@;
   public $dbdefault = 'glpi';
   public $use_utf8mb4 = true;
   public $allow_myisam = false;
   public $allow_datetime = false;
   public $allow_signed_keys = false;
}
''', HOST=c.ch(["localhost", "db.internal", "10.20.1.15"]), V=L(v, "php"))


@pos("glpi", "app_token", "GLPI_APP_TOKEN", True, g_glpi)
def p_glpi_ansible(c, v):
    return c.ch(["ansible/group_vars/glpi.yml", "inventory/group_vars/all/glpi.yml"]), T('''
---
glpi_url: https://glpi.@@DOM@@
glpi_api_url: "{{ glpi_url }}/apirest.php"
glpi_app_token: @@V@@
glpi_user_token: "{{ vault_glpi_user_token }}"
glpi_agent_version: "@@VER@@"
glpi_agent_tag: "@@TAG@@"
''', DOM=c.company()[2], V=Y(v), VER=c.ch(["1.7", "1.9", "1.11"]), TAG=c.ch(["HQ", "branch-lyon", "warehouse"]))


# ---- OTRS / Znuny

@pos("otrs", "database_password", "OTRS_DB_PASSWORD", True, g_password)
def p_otrs_config(c, v):
    return "Kernel/Config.pm", T('''
# --
# Copyright (C) 2001-2021 OTRS AG, https://otrs.com/
# Copyright (C) 2021 Znuny GmbH, https://znuny.org/
# --
package Kernel::Config;

use strict;
use warnings;
use utf8;

sub Load {
    my $Self = shift;

    # The database host
    $Self->{'DatabaseHost'} = '@@HOST@@';

    # The database name
    $Self->{'Database'} = 'znuny';

    # The database user
    $Self->{'DatabaseUser'} = 'znuny';

    # The password of database user.
    $Self->{'DatabasePw'} = @@V@@;

    # The database DSN for MySQL ==> more: "perldoc DBD::mysql"
    $Self->{'DatabaseDSN'} = "DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost};";

    # fs root directory
    $Self->{Home} = '/opt/znuny';

    $Self->{'SystemID'} = @@SID@@;
    $Self->{'FQDN'} = 'tickets.@@DOM@@';

    return 1;
}

use Kernel::Config::Defaults;
use parent qw(Kernel::Config::Defaults);

1;
''', HOST=c.ch(["127.0.0.1", "mariadb", "db01.internal"]), V=L(v, "pl"), SID=c.n(10, 99), DOM=c.company()[2])


@pos("otrs", "ldap_password", "OTRS_LDAP_PASSWORD", False, g_password)
def p_otrs_ldap(c, v):
    _, slug, dom = c.company()
    return c.ch(["Kernel/Config/Files/ZZZCustomerLDAP.pm", "Custom/Kernel/Config/CustomerLDAP.pm"]), T('''
package Kernel::Config::Files::ZZZCustomerLDAP;

use strict;
use warnings;
use utf8;

sub Load {
    my ( $File, $Self ) = @_;

    $Self->{CustomerUser} = {
        Name   => 'Active Directory',
        Module => 'Kernel::System::CustomerUser::LDAP',
        Params => {
            Host   => 'ldaps://dc01.@@DOM@@',
            BaseDN => 'OU=Staff,DC=@@SLUG@@,DC=local',
            SSCOPE => 'sub',
            UserDN => 'CN=svc-znuny,OU=Service Accounts,DC=@@SLUG@@,DC=local',
            UserPw => @@V@@,
            AlwaysFilter => '(objectclass=user)',
        },
        CustomerKey => 'sAMAccountName',
        CustomerID  => 'mail',
        CustomerUserListFields => [ 'cn', 'mail' ],
    };
    return 1;
}

1;
''', DOM=dom, SLUG=slug, V=L(v, "pl"))


# ---- Request Tracker

@pos("rt", "database_password", "RT_DB_PASSWORD", True, g_password)
def p_rt_siteconfig(c, v):
    _, slug, dom = c.company()
    return c.ch(["etc/RT_SiteConfig.pm", "rt5/RT_SiteConfig.pm"]), T('''
use utf8;

# rtname appears in ticket email subjects.
Set($rtname, '@@DOM@@');
Set($Organization, '@@DOM@@');
Set($WebDomain, 'rt.@@DOM@@');
Set($WebPort, 443);
Set($WebPath, '');

Set($CorrespondAddress, 'support@@@DOM@@');
Set($CommentAddress, 'support-comment@@@DOM@@');

Set($DatabaseType, 'Pg');
Set($DatabaseHost, 'pg.internal');
Set($DatabaseName, 'rt5');
Set($DatabaseUser, 'rt_user');
Set($DatabasePassword, @@V@@);

Set($LogToSyslog, 'warning');
Set($Timezone, 'Europe/London');
Plugin('RT::Extension::MergeUsers');

1;
''', DOM=dom, V=L(v, "pl"))


@pos("rt", "ldap_password", "RT_LDAP_PASSWORD", False, g_password)
def p_rt_ldap(c, v):
    _, slug, dom = c.company()
    return "etc/RT_SiteConfig.d/50-ldap.pm", T('''
Set($ExternalAuthPriority, ['Corp_LDAP']);
Set($ExternalInfoPriority, ['Corp_LDAP']);
Set($UserAutocreateDefaultsOnLogin, { Privileged => 0 });

Set($ExternalSettings, {
    'Corp_LDAP' => {
        'type'            => 'ldap',
        'server'          => 'ldaps://ldap.@@DOM@@',
        'user'            => 'cn=rt-bind,ou=services,dc=@@SLUG@@,dc=com',
        'pass'            => @@V@@,
        'base'            => 'ou=people,dc=@@SLUG@@,dc=com',
        'filter'          => '(objectClass=inetOrgPerson)',
        'attr_match_list' => ['Name', 'EmailAddress'],
        'attr_map'        => {
            'Name'         => 'uid',
            'EmailAddress' => 'mail',
            'RealName'     => 'cn',
        },
    },
});

1;
''', DOM=dom, SLUG=slug, V=L(v, "pl"))


@pos("rt", "basic_auth_password", "RT_PASSWORD", False, g_password)
def p_rt_rtrc(c, v):
    return c.ch(["ops/rt/.rtrc", "config/rtrc"]), T('''
server https://rt.@@DOM@@
user svc-rt-cli
passwd @@V@@
externalauth 0
queue @@Q@@
''', DOM=c.company()[2], V=v, Q=c.ch(["General", "Support", "NOC"]))


# ---- Intercom

@pos("intercom", "access_token", "INTERCOM_ACCESS_TOKEN", False, g_intercom)
def p_icom_js(c, v):
    return c.ch(["src/intercom.js", "server/intercom/client.js"]), T('''
const { Client } = require('intercom-client');

const client = new Client({ tokenAuth: { token: @@V@@ } });

async function tagUser(email, tagName) {
  const contact = await client.contacts.search({
    data: { query: { field: 'email', operator: '=', value: email } },
  });
  if (!contact.data.length) return null;
  return client.tags.tagContact({ contactId: contact.data[0].id, tagId: tagName });
}

module.exports = { tagUser };
''', V=L(v, "js"))


@pos("intercom", "access_token", "INTERCOM_ACCESS_TOKEN", True, g_intercom)
def p_icom_py(c, v):
    return c.ch(["intercom_sync.py", "crm/intercom_export.py"]), T('''
import requests

INTERCOM_ACCESS_TOKEN = @@V@@
API = "https://api.intercom.io"
HEADERS = {
    "Authorization": f"Bearer {INTERCOM_ACCESS_TOKEN}",
    "Accept": "application/json",
    "Intercom-Version": "2.@@IV@@",
}


def open_conversations():
    body = {"query": {"field": "state", "operator": "=", "value": "open"}}
    return requests.post(f"{API}/conversations/search", json=body, headers=HEADERS, timeout=30).json()
''', V=L(v, "py"), IV=c.n(9, 11))


@pos("intercom", "access_token", "INTERCOM_ACCESS_TOKEN", True, g_intercom)
def p_icom_yaml(c, v):
    return c.ch(["config/intercom.yml", "config/settings/intercom.yaml"]), T('''
intercom:
  app_id: @@AID@@
  access_token: @@V@@
  api_version: "2.11"
  sync_companies: true
  lead_owner_admin_id: @@ADM@@
''', AID=c.s(LOW + DIG, 8), V=Y(v), ADM=c.n(1000000, 9999999))


# ---- PagerDuty

@pos("pagerduty", "api_key", "PAGERDUTY_API_TOKEN", False, g_pd_rest)
def p_pd_pdpyras(c, v):
    return c.ch(["oncall/who_is_on_call.py", "scripts/pd_oncall.py"]), T('''
#!/usr/bin/env python3
"""Print who is on call for the support escalation policies."""
from pdpyras import APISession

POLICIES = ["@@EP1@@", "@@EP2@@"]

session = APISession(@@V@@, default_from="oncall-bot@@@DOM@@")

for oncall in session.iter_all("oncalls", params={"escalation_policy_ids[]": POLICIES}):
    print(oncall["escalation_policy"]["summary"], "->", oncall["user"]["summary"])
''', EP1=c.pd_id(), EP2=c.pd_id(), V=L(v, "py"), DOM=c.company()[2])


@pos("pagerduty", "api_key", "PAGERDUTY_TOKEN", True, g_pd_rest)
def p_pd_tf(c, v):
    return c.ch(["terraform/pagerduty/providers.tf", "infra/pagerduty/main.tf"]), T('''
terraform {
  required_providers {
    pagerduty = {
      source  = "PagerDuty/pagerduty"
      version = "~> 3.@@MV@@"
    }
  }
}

provider "pagerduty" {
  token = @@V@@
}

data "pagerduty_escalation_policy" "support" {
  name = "@@TEAM@@"
}

resource "pagerduty_service" "helpdesk_bridge" {
  name                    = "Helpdesk bridge"
  escalation_policy       = data.pagerduty_escalation_policy.support.id
  acknowledgement_timeout = 600
  alert_creation          = "create_alerts_and_incidents"
}
''', MV=c.n(1, 15), V=L(v, "tf"), TEAM=c.ch(TEAMS))


@pos("pagerduty", "integration_key", "PAGERDUTY_ROUTING_KEY", True, g_pd_int)
def p_pd_alertmanager(c, v):
    return c.ch(["alertmanager/alertmanager.yml", "monitoring/alertmanager.yaml"]), T('''
global:
  resolve_timeout: 5m

route:
  receiver: helpdesk-pager
  group_by: ['alertname', 'service']
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: helpdesk-pager
    pagerduty_configs:
      - routing_key: @@V@@
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
        send_resolved: true
''', V=Y(v))


@pos("pagerduty", "api_key", "PAGERDUTY_TOKEN", False, g_pd_rest)
def p_pd_curl(c, v):
    return c.ch(["scripts/pd_ack_all.sh", "bin/pd-maintenance.sh"]), T('''
#!/usr/bin/env bash
# Put the helpdesk services into a 2h maintenance window during the upgrade.
START=$(date -u +%Y-%m-%dT%H:%M:%SZ)
END=$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)

curl -sS -X POST https://api.pagerduty.com/maintenance_windows \\
  -H "Accept: application/vnd.pagerduty+json;version=2" \\
  -H "Authorization: Token token=@@V@@" \\
  -H "From: ops@@@DOM@@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"maintenance_window\\": {\\"type\\": \\"maintenance_window\\", \\"start_time\\": \\"$START\\", \\"end_time\\": \\"$END\\", \\"services\\": [{\\"id\\": \\"@@SVC@@\\", \\"type\\": \\"service_reference\\"}]}}"
''', V=v, DOM=c.company()[2], SVC=c.pd_id())


@pos("pagerduty", "integration_key", "PAGERDUTY_INTEGRATION_KEY", False, g_pd_int)
def p_pd_grafana(c, v):
    return "provisioning/alerting/contact-points.yaml", T('''
apiVersion: 1
contactPoints:
  - orgId: 1
    name: support-pagerduty
    receivers:
      - uid: @@UID@@
        type: pagerduty
        settings:
          integrationKey: @@V@@
          severity: critical
          class: helpdesk
          component: ticket-bridge
''', UID=c.s(LOW + DIG, 14), V=Y(v))


@pos("pagerduty", "api_key", "PAGERDUTY_TOKEN", False, g_pd_rest)
def p_pd_log(c, v):
    ts = c.ts()[:-1]
    return c.ch(["logs/pd-sync.log", "var/log/oncall-sync.log"]), T('''
@@TS@@.112 INFO  pd_sync starting, schedules=@@S1@@,@@S2@@
@@TS@@.348 DEBUG GET https://api.pagerduty.com/schedules/@@S1@@ headers={'Accept': 'application/vnd.pagerduty+json;version=2', 'Authorization': 'Token token=@@V@@'}
@@TS@@.901 INFO  schedule @@S1@@ has 3 layers
@@TS@@.955 INFO  wrote 14 shifts to helpdesk calendar
@@TS@@.960 INFO  pd_sync done in 0.85s
''', TS=ts, S1=c.pd_id(), S2=c.pd_id(), V=v)


# ---- Opsgenie

@pos("opsgenie", "api_key", "OPSGENIE_API_KEY", True, g_opsgenie)
def p_og_alertmanager(c, v):
    return c.ch(["alertmanager/config.yml", "deploy/monitoring/alertmanager-opsgenie.yml"]), T('''
route:
  receiver: servicedesk-opsgenie
  group_by: [alertname]

receivers:
  - name: servicedesk-opsgenie
    opsgenie_configs:
      - api_key: @@V@@
        api_url: https://api.@@EU@@opsgenie.com/
        message: '{{ .CommonAnnotations.summary }}'
        priority: '{{ if eq .CommonLabels.severity "critical" }}P1{{ else }}P3{{ end }}'
        responders:
          - name: '@@TEAM@@'
            type: team
''', V=Y(v), EU=c.ch(["", "eu."]), TEAM=c.ch(TEAMS))


@pos("opsgenie", "api_key", "OPSGENIE_API_KEY", False, g_opsgenie)
def p_og_py(c, v):
    return c.ch(["alerts/opsgenie_notify.py", "helpdesk/escalate.py"]), T('''
import requests

OPSGENIE_URL = "https://api.opsgenie.com/v2/alerts"


def escalate(ticket_id, summary, priority="P2"):
    payload = {
        "message": f"[{ticket_id}] {summary}",
        "alias": f"helpdesk-{ticket_id}",
        "tags": ["helpdesk", "escalation"],
        "priority": priority,
    }
    headers = {"Authorization": "GenieKey @@V@@", "Content-Type": "application/json"}
    r = requests.post(OPSGENIE_URL, json=payload, headers=headers, timeout=10)
    r.raise_for_status()
    return r.json()["requestId"]
''', V=v)


@pos("opsgenie", "api_key", "OPSGENIE_API_KEY", True, g_opsgenie)
def p_og_tf(c, v):
    return c.ch(["terraform/opsgenie/main.tf", "infra/opsgenie.tf"]), T('''
provider "opsgenie" {
  api_key = @@V@@
  api_url = "api.@@EU@@opsgenie.com"
}

resource "opsgenie_team" "service_desk" {
  name        = "@@TEAM@@"
  description = "First line support"
}

resource "opsgenie_heartbeat" "ticket_bridge" {
  name          = "ticket-bridge"
  interval_unit = "minutes"
  interval      = 10
  enabled       = true
  owner_team_id = opsgenie_team.service_desk.id
}
''', V=L(v, "tf"), EU=c.ch(["", "eu."]), TEAM=c.ch(TEAMS))


@pos("opsgenie", "api_key", "OPSGENIE_API_KEY", False, g_opsgenie)
def p_og_md(c, v):
    return c.ch(["docs/heartbeat.md", "README-opsgenie.md"]), T('''
## Heartbeat for the ticket bridge

The bridge pings Opsgenie every 5 minutes. If you need to test it by hand:

```sh
curl -X GET 'https://api.opsgenie.com/v2/heartbeats/ticket-bridge/ping' \\
    --header 'Authorization: GenieKey @@V@@'
```

A missing ping for 10 minutes pages the **@@TEAM@@** rotation.
''', V=v, TEAM=c.ch(TEAMS))


# ================================================================ look-alike negatives
# ---- ServiceNow

@neg("servicenow", "sys_id")
def n_sn_update_set(c):
    upd = c.sys_id()
    rows = []
    for _ in range(c.n(2, 4)):
        sid = c.sys_id()
        rows.append(T('''
<sys_update_xml action="INSERT_OR_UPDATE">
<action>INSERT_OR_UPDATE</action>
<application display_value="Global">global</application>
<name>sys_script_include_@@SID@@</name>
<payload><![CDATA[<?xml version="1.0" encoding="UTF-8"?><record_update table="sys_script_include"><sys_script_include action="INSERT_OR_UPDATE"><active>true</active><api_name>global.@@NM@@</api_name><name>@@NM@@</name><sys_id>@@SID@@</sys_id><sys_updated_by>@@BY@@</sys_updated_by><sys_updated_on>@@TS@@</sys_updated_on></sys_script_include></record_update>]]></payload>
<remote_update_set display_value="@@US@@">@@UPD@@</remote_update_set>
<sys_id>@@SID2@@</sys_id>
<target_name>@@NM@@</target_name>
<update_guid>@@G@@</update_guid>
</sys_update_xml>
''', SID=sid, NM=c.ch(["TicketUtils", "SlaHelper", "AssignmentRouter", "CmdbLookup"]), BY=c.ch(["maria.garcia", "admin", "j.novak"]), TS=c.sn_ts(), US="Sprint %d fixes" % c.n(10, 60), UPD=upd, SID2=c.sys_id(), G=c.hx(32)))
    return "update_sets/sys_remote_update_set_%s.xml" % upd[:8], T('''
<?xml version="1.0" encoding="UTF-8"?>
<unload unload_date="@@TS@@">
<sys_remote_update_set action="INSERT_OR_UPDATE">
<name>Sprint fixes</name>
<origin_sys_id/>
<state>loaded</state>
<sys_id>@@UPD@@</sys_id>
</sys_remote_update_set>
''', TS=c.sn_ts(), UPD=upd) + "".join(rows) + "</unload>\n"


@neg("servicenow", "ticket_id")
def n_sn_incident_csv(c):
    lines = ["number,sys_id,caller_id.email,priority,state,assignment_group,sla_due,opened_at"]
    for _ in range(c.n(8, 16)):
        lines.append("%s,%s,%s,%d,%s,%s,%s,%s" % (c.inc(), c.sys_id(), c.email(), c.n(1, 5),
                     c.ch(["New", "In Progress", "On Hold", "Resolved"]), c.ch(TEAMS), c.sn_ts(), c.sn_ts()))
    return c.ch(["exports/incident_backlog.csv", "reports/open_incidents.csv"]), "\n".join(lines) + "\n"


@neg("servicenow", "sys_id")
def n_sn_business_rule(c):
    return "src/business_rules/route_vip_callers.js", T('''
(function executeRule(current, previous /*null when async*/) {
    // VIP callers go straight to the Tier 2 group.
    var VIP_GROUP = '@@G1@@';
    var TIER2 = '@@G2@@';
    var caller = current.caller_id.getRefRecord();
    if (caller.getValue('vip') == 'true') {
        current.assignment_group = TIER2;
        current.work_notes = 'Routed to Tier 2 (VIP caller)';
    }
    var apiKey = gs.getProperty('x_@@SC@@.vendor.api_key');  // stored as password2 property
    if (!apiKey) {
        gs.warn('vendor api key not configured');
    }
    var sla = new GlideRecord('contract_sla');
    if (sla.get('@@SLA@@')) {
        gs.info('VIP SLA ' + sla.name + ' applies to ' + current.number);
    }
})(current, previous);
''', G1=c.sys_id(), G2=c.sys_id(), SC=c.s(LOW, 5), SLA=c.sys_id())


@neg("servicenow", "sys_id")
def n_sn_catalog_client(c):
    return "src/client_scripts/laptop_request_onload.js", T('''
function onLoad() {
    // Catalog item: Standard Laptop (@@CI@@)
    var ALLOWED_MODELS = {
        '@@M1@@': 'ThinkPad T14 Gen 4',
        '@@M2@@': 'Latitude 7440',
        '@@M3@@': 'MacBook Air 13'
    };
    g_form.setValue('requested_for', g_user.userID);
    g_form.setValue('cost_center', '@@CC@@');
    g_form.addInfoMessage('Requests are fulfilled within 3 business days (SLA @@SLA@@).');
    if (!ALLOWED_MODELS[g_form.getValue('model')]) {
        g_form.clearValue('model');
    }
}
''', CI=c.sys_id(), M1=c.sys_id(), M2=c.sys_id(), M3=c.sys_id(), CC=c.sys_id(), SLA=c.inc("SLA"))


@neg("servicenow", "sys_id")
def n_sn_mid_wrapper(c):
    return c.ch(["agent/conf/wrapper-override.conf", "mid/agent/conf/wrapper-override.conf"]), T('''
# MID Server wrapper overrides (@@NAME@@)
wrapper.java.maxmemory=@@MEM@@
wrapper.java.additional.20=-Dmid.sys_id=@@SID@@
wrapper.java.additional.21=-Dcom.glide.util.Log.level=info
wrapper.name=snc_mid_@@NAME@@
wrapper.displayname=ServiceNow MID Server_@@NAME@@
wrapper.logfile.maxsize=10m
wrapper.logfile.maxfiles=10
# checksum of the installer package, verified by the bootstrap script
# sha256=@@SHA@@
''', NAME=c.ch(["dc1_01", "azure02", "lnx_prod"]), MEM=c.ch([1024, 2048, 4096]), SID=c.sys_id(), SHA=c.hx(64))


@neg("servicenow", "sys_id")
def n_sn_atf(c):
    return "tests/atf/incident_priority_matrix.js", T('''
// ATF step: verify the priority matrix for impact/urgency combinations
(function(outputs, steps, params, stepResult, assertEqual) {
    var cases = [
        { impact: 1, urgency: 1, expected: 1, record: '@@S1@@' },
        { impact: 2, urgency: 1, expected: 2, record: '@@S2@@' },
        { impact: 3, urgency: 3, expected: 5, record: '@@S3@@' }
    ];
    cases.forEach(function(tc) {
        var inc = new GlideRecord('incident');
        inc.get(tc.record);
        assertEqual({ name: 'priority ' + inc.number, shouldbe: tc.expected, value: parseInt(inc.priority, 10) });
    });
    outputs.table = 'incident';
    outputs.record_id = steps('@@STEP@@').record_id;
})(outputs, steps, params, stepResult, assertEqual);
''', S1=c.sys_id(), S2=c.sys_id(), S3=c.sys_id(), STEP=c.sys_id())


@neg("servicenow", "ticket_id")
def n_sn_ps1_prompt(c):
    return "scripts/Close-ResolvedIncidents.ps1", T('''
param([string]$Instance = '@@INST@@', [int]$OlderThanDays = 7)

# Credentials are entered interactively; nothing is stored in this script.
$cred = Get-Credential -Message "ServiceNow account for $Instance"

$query = "state=6^resolved_at<javascript:gs.daysAgoStart($OlderThanDays)"
$uri = "https://$Instance.service-now.com/api/now/table/incident?sysparm_query=$query&sysparm_fields=sys_id,number"
$items = (Invoke-RestMethod -Uri $uri -Credential $cred).result

foreach ($i in $items) {
    # e.g. @@INC@@ (sys_id @@SID@@)
    $body = @{ state = 7; close_code = 'Solved (Permanently)' } | ConvertTo-Json
    Invoke-RestMethod -Method Patch -Credential $cred -ContentType 'application/json' `
        -Uri "https://$Instance.service-now.com/api/now/table/incident/$($i.sys_id)" -Body $body | Out-Null
    Write-Host "closed $($i.number)"
}
''', INST=c.instance(), INC=c.inc(), SID=c.sys_id())


@neg("servicenow", "public_value")
def n_sn_oauth_meta(c):
    return c.ch(["docs/servicenow-oauth-app.json", "config/oauth_apps/servicenow.json"]), T('''
{
  "application": "Helpdesk mobile companion",
  "instance": "https://@@INST@@.service-now.com",
  "client_id": "@@CID@@",
  "redirect_uris": ["https://app.@@DOM@@/oauth/callback", "com.@@SLUG@@.helpdesk://callback"],
  "pkce": true,
  "access_token_lifespan": 1800,
  "refresh_token_lifespan": 8640000,
  "notes": "public client - no client secret is issued for PKCE apps"
}
''', INST=c.instance(), CID=c.hx(32), DOM=c.company()[2], SLUG=c.company()[1])


# ---- Jira Service Management / Atlassian

@neg("atlassian", "account_id")
def n_jira_issue_json(c):
    key = "%s-%d" % (c.ch(["ITSD", "HELP", "SUP"]), c.n(100, 9999))
    return c.ch(["tests/fixtures/jsm_issue.json", "fixtures/jira/request_created.json"]), T('''
{
  "id": "@@ID@@",
  "key": "@@KEY@@",
  "fields": {
    "summary": "@@SUBJ@@",
    "reporter": {"accountId": "@@ACC1@@", "emailAddress": "@@EM@@"},
    "assignee": {"accountId": "712020:@@UUID@@"},
    "customfield_10010": {"requestType": {"id": "@@RT@@", "serviceDeskId": "@@SD@@"}},
    "customfield_10020": [{"id": @@SPR@@, "name": "Support Sprint @@SPR@@"}],
    "status": {"name": "Waiting for support", "id": "10@@ST@@"},
    "created": "@@TS@@"
  },
  "changelog": {"histories": [{"id": "@@H@@", "author": {"accountId": "@@ACC2@@"}}]}
}
''', ID=c.n(10000, 99999), KEY=key, SUBJ=c.subject(), ACC1=c.hx(24), EM=c.email(), UUID=c.uuid(), RT=c.n(10, 99), SD=c.n(1, 9), SPR=c.n(10, 99), ST=c.n(100, 999), TS=c.ts(), H=c.n(100000, 999999), ACC2=c.hx(24))


@neg("atlassian", "descriptor")
def n_jira_connect(c):
    return "atlassian-connect.json", T('''
{
  "key": "com.@@SLUG@@.jsm-sla-panel",
  "name": "SLA Panel for JSM",
  "description": "Shows SLA countdowns on the request view",
  "baseUrl": "https://sla-panel.@@DOM@@",
  "authentication": {"type": "jwt"},
  "lifecycle": {"installed": "/installed", "uninstalled": "/uninstalled"},
  "scopes": ["READ", "WRITE"],
  "apiMigrations": {"signed-install": true},
  "modules": {
    "jiraIssueGlances": [{
      "key": "sla-glance",
      "name": {"value": "SLA"},
      "target": {"type": "web_panel", "url": "/glance?issueKey={issue.key}"},
      "icon": {"width": 24, "height": 24, "url": "/img/clock.svg"}
    }]
  }
}
''', SLUG=c.company()[1], DOM=c.company()[2])


@neg("atlassian", "smart_value")
def n_jira_automation(c):
    return c.ch(["automation/auto-assign-vip.yaml", "jira/automation/rules.yaml"]), T('''
rules:
  - name: Auto-assign VIP requests
    trigger: issue_created
    conditions:
      - jql: 'project = @@PK@@ AND reporter in membersOf("vip-customers")'
    actions:
      - type: assign
        accountId: "@@ACC@@"
      - type: comment
        internal: true
        body: "VIP request {{issue.key}} from {{reporter.displayName}} - SLA {{issue.Time to resolution.ongoingCycle.remainingTime.friendly}}"
      - type: webhook
        url: "https://hooks.@@DOM@@/jira/{{issue.key}}"
        headers:
          X-Request-Id: "{{issue.id}}"
          Authorization: "{{secrets.ops_webhook}}"
''', PK=c.ch(["ITSD", "HELP"]), ACC=c.hx(24), DOM=c.company()[2])


@neg("atlassian", "public_value")
def n_jira_3lo(c):
    return c.ch(["docs/atlassian-oauth.md", "docs/integrations/jira-3lo.md"]), T('''
# Connecting the support portal to Jira (OAuth 2.0 3LO)

Our app is registered in the Atlassian developer console as **@@NAME@@**.
The client id is public and appears in the authorize URL:

```
https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=@@CID@@&scope=read%3Ajira-work%20write%3Ajira-work%20offline_access&redirect_uri=https%3A%2F%2Fportal.@@DOM@@%2Fcallback&state=${STATE}&response_type=code&prompt=consent
```

The client secret lives in the `support-portal/atlassian` secret in Vault and is injected
at deploy time. Never paste it into tickets or this page.

Cloud id of our site: `@@CLOUD@@`
''', NAME=c.ch(["Support Portal", "Helpdesk Sync"]), CID=c.s(ALNUM, 32), DOM=c.company()[2], CLOUD=c.uuid())


@neg("atlassian", "filter_id")
def n_jira_filters(c):
    return "config/jira_filters.yaml", T('''
dashboards:
  service_desk:
    id: @@D@@
    gadgets:
      - filter: @@F1@@   # unassigned P1/P2
      - filter: @@F2@@   # breached SLA
      - filter: @@F3@@   # waiting for customer > 3d
queues:
  unassigned: "/jira/servicedesk/projects/@@PK@@/queues/custom/@@Q@@"
issue_security_scheme: @@SEC@@
field_config_scheme: "@@FC@@"
''', D=c.n(10000, 99999), F1=c.n(10000, 99999), F2=c.n(10000, 99999), F3=c.n(10000, 99999), PK=c.ch(["ITSD", "HELP"]), Q=c.n(1, 60), SEC=c.n(10000, 10100), FC=c.hx(24))


# ---- Freshdesk / Freshservice

@neg("freshdesk", "ticket_id")
def n_fd_webhook_payload(c):
    return c.ch(["tests/fixtures/freshdesk_ticket_updated.json", "samples/freshdesk-webhook.json"]), T('''
{
  "freshdesk_webhook": {
    "ticket_id": @@TID@@,
    "ticket_subject": "@@SUBJ@@",
    "ticket_status": "Pending",
    "ticket_priority": "Medium",
    "ticket_requester_email": "@@EM@@",
    "ticket_group_id": @@G@@,
    "ticket_url": "https://@@SLUG@@.freshdesk.com/helpdesk/tickets/@@TID@@",
    "ticket_portal_url": "https://support.@@DOM@@/support/tickets/@@TID@@",
    "triggered_event": "{ticket_action:updated}",
    "ticket_cf_order_number": "@@ORD@@"
  }
}
''', TID=c.n(10000, 999999), SUBJ=c.subject(), EM=c.email(), G=c.n(10**10, 10**11), SLUG=c.company()[1], DOM=c.company()[2], ORD="SO-%08d" % c.n(1, 10**8))


@neg("freshservice", "serial_number")
def n_fs_assets_csv(c):
    lines = ["display_id,name,asset_tag,serial_number,mac_address,assigned_to,warranty_expiry"]
    for _ in range(c.n(8, 15)):
        mac = ":".join(c.hx(2) for _ in range(6))
        lines.append("%d,%s,ASSET-%05d,%s,%s,%s,%s" % (c.n(100, 9999), c.ch(["ThinkPad T14", "Latitude 5440", "MacBook Pro 14", "Surface Laptop 5"]), c.n(1, 99999), c.s(UP + DIG, c.ch([10, 12])), mac, c.email(), c.date()))
    return c.ch(["exports/freshservice_assets.csv", "data/asset_inventory.csv"]), "\n".join(lines) + "\n"


@neg("freshdesk", "base64_attachment")
def n_fd_attachment(c):
    blob = base64.b64encode(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(c.n(0, 255) for _ in range(c.n(90, 180)))).decode()
    return "tests/fixtures/freshdesk_reply_with_attachment.json", T('''
{
  "id": @@ID@@,
  "body": "<div>Screenshot attached as requested.</div>",
  "from_email": "@@EM@@",
  "attachments": [
    {
      "name": "screenshot.png",
      "content_type": "image/png",
      "size": @@SZ@@,
      "content_base64": "@@BLOB@@"
    }
  ]
}
''', ID=c.n(10**10, 10**11), EM=c.email(), SZ=c.n(1000, 90000), BLOB=blob)


# ---- Zendesk

@neg("zendesk", "macro_id")
def n_zd_macros(c):
    macros = []
    for _ in range(c.n(2, 4)):
        macros.append(T('''
    {
      "id": @@ID@@,
      "title": "@@TITLE@@",
      "active": true,
      "actions": [
        {"field": "status", "value": "pending"},
        {"field": "group_id", "value": "@@G@@"},
        {"field": "comment_value_html", "value": "<p>Hi {{ticket.requester.first_name}}, thanks for reaching out.</p>"}
      ],
      "restriction": {"type": "Group", "id": @@G2@@}
    }''', ID=c.n(10**12, 10**13), TITLE=c.ch(["Refund - awaiting bank", "Password reset instructions", "Escalate to Tier 2", "Shipping delay apology"]), G=c.n(10**12, 10**13), G2=c.n(10**12, 10**13)))
    return c.ch(["zendesk/macros.json", "exports/zendesk_macros.json"]), '{\n  "macros": [\n' + ",\n".join(macros) + '\n  ],\n  "count": %d\n}\n' % len(macros)


@neg("zendesk", "trigger_id")
def n_zd_triggers(c):
    return c.ch(["zendesk/triggers.yaml", "config/zendesk-triggers.yml"]), T('''
triggers:
  - id: @@T1@@
    title: Notify VIP group
    conditions:
      all:
        - { field: organization_id, operator: is, value: "@@ORG@@" }
        - { field: update_type, operator: is, value: Create }
    actions:
      - { field: group_id, value: "@@G@@" }
      - { field: notification_webhook, value: ["@@WH@@", "{\\"ticket\\": \\"{{ticket.id}}\\"}"] }
  - id: @@T2@@
    title: Auto-close solved after 4 days
    conditions:
      all:
        - { field: status, operator: is, value: solved }
''', T1=c.n(10**12, 10**13), ORG=c.n(10**12, 10**13), G=c.n(10**12, 10**13), WH="01" + c.s(UP + DIG, 24), T2=c.n(10**12, 10**13))


@neg("zendesk", "public_value")
def n_zd_widget(c):
    return c.ch(["public/index.html", "templates/support/layout.html"]), T('''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>@@NAME@@ Support</title>
  <link rel="stylesheet" href="/static/app.css" integrity="sha384-@@SRI@@" crossorigin="anonymous">
</head>
<body>
  <main id="app"></main>
  <!-- Start of Zendesk Widget script -->
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=@@KEY@@"></script>
  <!-- End of Zendesk Widget script -->
</body>
</html>
''', NAME=c.company()[0], SRI=base64.b64encode(bytes(c.n(0, 255) for _ in range(48))).decode(), KEY=c.uuid())


@neg("zendesk", "article_id")
def n_zd_guide(c):
    return "help_center/articles/export.json", T('''
{
  "articles": [
    {
      "id": @@A1@@,
      "title": "How do I reset my password?",
      "section_id": @@S@@,
      "author_id": @@AU@@,
      "html_url": "https://@@SLUG@@.zendesk.com/hc/en-us/articles/@@A1@@",
      "label_names": ["password", "account"],
      "body": "<p>Use the <strong>Forgot password</strong> link. The reset token in the e-mail expires after 60 minutes.</p>"
    }
  ],
  "next_page": null
}
''', A1=c.n(10**12, 10**13), S=c.n(10**12, 10**13), AU=c.n(10**12, 10**13), SLUG=c.company()[1])


# ---- Intercom / Help Scout / Front / Gorgias / Kustomer / HappyFox / Zoho

@neg("intercom", "public_value")
def n_icom_messenger(c):
    return c.ch(["src/components/IntercomLauncher.js", "web/static/js/intercom-boot.js"]), T('''
// Intercom Messenger boot. The app_id is public (it ships in every page).
window.intercomSettings = {
  api_base: 'https://api-iam.intercom.io',
  app_id: '@@AID@@',
  user_id: window.currentUser && window.currentUser.id,
  user_hash: window.currentUser && window.currentUser.intercomHash, // HMAC computed server-side
  hide_default_launcher: false,
};
(function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic('reattach_activator');ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='https://widget.intercom.io/widget/@@AID@@';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};l();}})();
''', AID=c.s(LOW + DIG, 8))


@neg("intercom", "hmac_digest")
def n_icom_identity(c):
    uid = c.n(1000, 999999)
    return "tests/test_intercom_identity.py", T('''
import hashlib
import hmac
import os

import pytest

from app.intercom import user_hash

SECRET = os.environ.get("INTERCOM_IDENTITY_SECRET", "test-secret")


@pytest.mark.parametrize("user_id", ["@@UID@@", "guest"])
def test_user_hash_is_hex_sha256(user_id):
    digest = user_hash(user_id)
    assert len(digest) == 64
    assert digest == hmac.new(SECRET.encode(), user_id.encode(), hashlib.sha256).hexdigest()


def test_known_vector():
    # vector computed with the "test-secret" fixture key
    assert user_hash("@@UID@@", secret="test-secret") == "@@H@@"
''', UID=uid, H=c.hx(64))


@neg("helpscout", "public_value")
def n_hs_beacon(c):
    return c.ch(["templates/partials/beacon.html", "site/_includes/helpscout-beacon.html"]), T('''
<script type="text/javascript">!function(e,t,n){function a(){var e=t.getElementsByTagName("script")[0],n=t.createElement("script");n.type="text/javascript",n.async=!0,n.src="https://beacon-v2.helpscout.net",e.parentNode.insertBefore(n,e)}if(e.Beacon=n=function(t,n,a){e.Beacon.readyQueue.push({method:t,options:n,data:a})},n.readyQueue=[],"complete"===t.readyState)return a();e.attachEvent?e.attachEvent("onload",a):e.addEventListener("load",a,!1)}(window,document,window.Beacon||function(){});
</script>
<script type="text/javascript">window.Beacon('init', '@@BID@@')</script>
<!-- docs collection: @@COL@@ -->
''', BID=c.uuid(), COL=c.hx(24))


@neg("front", "object_id")
def n_front_export(c):
    convs = []
    for _ in range(c.n(2, 4)):
        convs.append('    {"id": "cnv_%s", "subject": "%s", "status": "%s", "assignee": {"id": "tea_%s", "email": "%s"}, "tags": [{"id": "tag_%s"}], "last_message": {"id": "msg_%s"}}' % (c.s(LOW + DIG, 7), c.subject(), c.ch(["assigned", "unassigned", "archived"]), c.s(LOW + DIG, 5), c.email(), c.s(LOW + DIG, 5), c.s(LOW + DIG, 9)))
    return c.ch(["tests/fixtures/front_conversations.json", "data/front_export.json"]), '{\n  "_pagination": {"next": null},\n  "_results": [\n' + ",\n".join(convs) + "\n  ]\n}\n"


@neg("gorgias", "ticket_id")
def n_gorgias_ticket(c):
    return "tests/fixtures/gorgias_ticket.json", T('''
{
  "id": @@ID@@,
  "uri": "/api/tickets/@@ID@@/",
  "external_id": "shopify-order-@@ORD@@",
  "channel": "email",
  "status": "open",
  "customer": {"id": @@CID@@, "email": "@@EM@@", "name": "@@NM@@"},
  "tags": [{"id": @@TG@@, "name": "wismo"}],
  "messages_count": 3,
  "created_datetime": "@@TS@@"
}
''', ID=c.n(10**7, 10**8), ORD=c.n(10**12, 10**13), CID=c.n(10**6, 10**7), EM=c.email(), NM=" ".join(c.person()), TG=c.n(1000, 99999), TS=c.ts())


@neg("kustomer", "object_id")
def n_kustomer_customer(c):
    return c.ch(["fixtures/kustomer_customer.json", "tests/data/kustomer-customer.json"]), T('''
{
  "data": {
    "type": "customer",
    "id": "@@ID@@",
    "attributes": {
      "name": "@@NM@@",
      "emails": [{"email": "@@EM@@", "type": "home"}],
      "externalId": "@@EXT@@",
      "conversationCounts": {"all": 4, "open": 1},
      "createdAt": "@@TS@@"
    },
    "relationships": {
      "org": {"data": {"type": "org", "id": "@@ORG@@"}},
      "createdBy": {"data": {"type": "user", "id": "@@USR@@"}}
    }
  }
}
''', ID=c.hx(24), NM=" ".join(c.person()), EM=c.email(), EXT=c.uuid(), TS=c.ts(), ORG=c.hx(24), USR=c.hx(24))


@neg("happyfox", "ticket_id")
def n_happyfox_tickets(c):
    rows = []
    for _ in range(c.n(3, 6)):
        rows.append('    {"id": %d, "display_id": "#%s%05d", "subject": "%s", "status": {"name": "%s"}, "user": {"email": "%s"}, "category": {"id": %d}}' % (c.n(1000, 99999), c.ch(["HF", "SUP", "CS"]), c.n(1, 99999), c.subject(), c.ch(["New", "On Hold", "Closed"]), c.email(), c.n(1, 20)))
    return "tests/fixtures/happyfox_tickets.json", '{\n  "page_info": {"count": %d, "page_count": 1},\n  "data": [\n%s\n  ]\n}\n' % (len(rows), ",\n".join(rows))


@neg("zoho", "object_id")
def n_zoho_ticket(c):
    base = c.n(10**15, 10**16)
    return c.ch(["fixtures/zoho_desk_ticket.json", "tests/zoho/ticket.json"]), T('''
{
  "id": "@@T@@",
  "ticketNumber": "@@NUM@@",
  "departmentId": "@@D@@",
  "contactId": "@@CT@@",
  "email": "@@EM@@",
  "subject": "@@SUBJ@@",
  "status": "Open",
  "webUrl": "https://desk.zoho.com/support/@@SLUG@@/ShowHomePage.do#Cases/dv/@@T@@",
  "sharedDepartments": [],
  "layoutId": "@@L@@"
}
''', T=base, NUM=c.n(100, 99999), D=base - c.n(1000, 99999), CT=base + c.n(1000, 99999), EM=c.email(), SUBJ=c.subject(), SLUG=c.company()[1], L=base - c.n(100, 999))


@neg("zoho", "public_value")
def n_zoho_browser(c):
    return c.ch(["web/src/zohoAuth.js", "frontend/src/auth/zoho.js"]), T('''
// Browser-based (implicit/PKCE) login against Zoho accounts.
// The client id below is a public identifier for a JavaScript client; there is no secret here.
export const ZOHO_CLIENT_ID = '1000.@@CID@@';

export function authorizeUrl(state) {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: ZOHO_CLIENT_ID,
    scope: 'Desk.tickets.READ,Desk.basic.READ',
    redirect_uri: window.location.origin + '/auth/zoho',
    access_type: 'online',
    state,
  });
  return `https://accounts.zoho.com/oauth/v2/auth?${params}`;
}
''', CID=c.s(UP + DIG, 30))


# ---- osTicket / GLPI / OTRS / RT

@neg("osticket", "digest")
def n_ost_sql(c):
    rows = []
    for _ in range(c.n(4, 8)):
        rows.append("(%d,'%06d',%d,%d,'%s','%s')" % (c.n(100, 99999), c.n(100000, 999999), c.n(1, 9), c.n(1, 900), c.email(), c.sn_ts()))
    return c.ch(["db/seed/osticket_tickets.sql", "sql/ost_fixture.sql"]), T('''
-- osTicket fixture data for the staging helpdesk
SET NAMES utf8mb4;

INSERT INTO `ost_config` (`namespace`, `key`, `value`) VALUES
('core', 'schema_signature', '@@SIG@@'),
('core', 'helpdesk_title', '@@NAME@@ Support'),
('core', 'default_timezone', 'Europe/Dublin');

INSERT INTO `ost_ticket` (`ticket_id`, `number`, `dept_id`, `user_id`, `source_extra`, `created`) VALUES
''', SIG=c.hx(32), NAME=c.company()[0]) + ",\n".join(rows) + ";\n"


@neg("osticket", "form_definition")
def n_ost_plugin(c):
    return c.ch(["include/plugins/slack-notify/config.php", "plugins/teams-webhook/config.php"]), T('''
<?php
require_once INCLUDE_DIR . 'class.plugin.php';

class NotifyPluginConfig extends PluginConfig
{
    function getOptions()
    {
        return array(
            'notify-webhook-url' => new TextboxField(array(
                'label' => 'Webhook URL',
                'configuration' => array('size' => 100, 'length' => 200),
            )),
            'notify-api-key' => new PasswordField(array(
                'label' => 'API key (stored encrypted with SECRET_SALT)',
                'configuration' => array('size' => 60),
            )),
            'notify-regex-subject-ignore' => new TextboxField(array(
                'label' => 'Ignore subjects matching',
                'default' => '/^(Auto-?reply|Out of office)/i',
            )),
        );
    }
}
''')


@neg("glpi", "serial_number")
def n_glpi_inventory(c):
    mac = ":".join(c.hx(2) for _ in range(6))
    return c.ch(["inventory/samples/laptop.xml", "tests/fixtures/glpi_inventory.xml"]), T('''
<?xml version="1.0" encoding="UTF-8" ?>
<REQUEST>
  <CONTENT>
    <BIOS>
      <SMANUFACTURER>LENOVO</SMANUFACTURER>
      <SMODEL>@@MODEL@@</SMODEL>
      <SSN>@@SN@@</SSN>
      <BVERSION>N3GET@@BV@@W</BVERSION>
    </BIOS>
    <HARDWARE>
      <NAME>@@HOST@@</NAME>
      <UUID>@@UUID@@</UUID>
      <WORKGROUP>@@WG@@</WORKGROUP>
    </HARDWARE>
    <NETWORKS>
      <DESCRIPTION>Intel(R) Wi-Fi 6E AX211</DESCRIPTION>
      <MACADDR>@@MAC@@</MACADDR>
      <IPADDRESS>@@IP@@</IPADDRESS>
    </NETWORKS>
  </CONTENT>
  <DEVICEID>@@HOST@@-@@DEV@@</DEVICEID>
  <QUERY>INVENTORY</QUERY>
</REQUEST>
''', MODEL=c.ch(["21HD003AGE", "20XW0055US", "21CB00B8UK"]), SN=c.s(UP + DIG, 8), BV=c.n(10, 99), HOST=c.ch(["LT-0423", "WS-FIN-12", "LT-HR-07"]), UUID=c.uuid().upper(), WG=c.company()[1].upper(), MAC=mac, IP=c.ip(), DEV="%s-%s" % (c.date(), c.s(DIG, 6)))


@neg("glpi", "plugin_setup")
def n_glpi_plugin(c):
    return "plugins/ticketsync/setup.php", T('''
<?php
define('PLUGIN_TICKETSYNC_VERSION', '@@VER@@');
define('PLUGIN_TICKETSYNC_MIN_GLPI', '10.0.0');

function plugin_init_ticketsync()
{
    global $PLUGIN_HOOKS;
    $PLUGIN_HOOKS['csrf_compliant']['ticketsync'] = true;
    $PLUGIN_HOOKS['item_add']['ticketsync'] = ['Ticket' => 'plugin_ticketsync_item_add'];
    $PLUGIN_HOOKS['config_page']['ticketsync'] = 'front/config.form.php';
}

function plugin_version_ticketsync()
{
    return [
        'name'         => 'Ticket Sync',
        'version'      => PLUGIN_TICKETSYNC_VERSION,
        'author'       => '@@NAME@@ IT',
        'license'      => 'GPLv3+',
        'requirements' => ['glpi' => ['min' => PLUGIN_TICKETSYNC_MIN_GLPI]],
    ];
}

function plugin_ticketsync_check_config()
{
    // tokens are read from the glpi_plugin_ticketsync_configs table (encrypted with GLPIKey)
    return true;
}
''', VER=c.ver(), NAME=c.company()[0])


@neg("otrs", "sysconfig")
def n_otrs_sysconfig(c):
    return c.ch(["Kernel/Config/Files/XML/TicketSync.xml", "Custom/Kernel/Config/Files/XML/Escalation.xml"]), T('''
<?xml version="1.0" encoding="utf-8"?>
<otrs_config version="2.0" init="Application">
    <Setting Name="TicketSync::Endpoint" Required="1" Valid="1">
        <Description Translatable="1">URL of the remote helpdesk API.</Description>
        <Navigation>Core::TicketSync</Navigation>
        <Value>
            <Item ValueType="String" ValueRegex="^https://">https://api.@@DOM@@/tickets</Item>
        </Value>
    </Setting>
    <Setting Name="TicketSync::Token" Required="0" Valid="1">
        <Description Translatable="1">API token of the remote helpdesk. Leave empty and set it in the SysConfig GUI.</Description>
        <Navigation>Core::TicketSync</Navigation>
        <Value>
            <Item ValueType="Password"></Item>
        </Value>
    </Setting>
    <Setting Name="TicketSync::QueueID" Required="1" Valid="1">
        <Navigation>Core::TicketSync</Navigation>
        <Value>
            <Item ValueType="String" ValueRegex="^\\d+$">@@Q@@</Item>
        </Value>
    </Setting>
</otrs_config>
''', DOM=c.company()[2], Q=c.n(1, 40))


@neg("otrs", "digest")
def n_otrs_module(c):
    return "Custom/Kernel/System/Ticket/Event/DedupHash.pm", T('''
package Kernel::System::Ticket::Event::DedupHash;

use strict;
use warnings;

use Digest::MD5 qw(md5_hex);

our @ObjectDependencies = ('Kernel::System::Ticket', 'Kernel::System::Log');

sub new {
    my ( $Type, %Param ) = @_;
    return bless {}, $Type;
}

sub Run {
    my ( $Self, %Param ) = @_;
    my %Ticket = $Kernel::OM->Get('Kernel::System::Ticket')->TicketGet( TicketID => $Param{Data}->{TicketID} );

    # e.g. Title "Printer offline" + customer "@@CUST@@" -> @@MD5@@
    my $Hash = md5_hex( $Ticket{Title} . '|' . ( $Ticket{CustomerUserID} // '' ) );
    $Kernel::OM->Get('Kernel::System::Ticket')->TicketFreeTextSet(
        TicketID => $Ticket{TicketID}, Counter => 3, Value => $Hash, UserID => 1,
    );
    return 1;
}

1;
''', CUST=c.email(), MD5=c.hx(32))


@neg("rt", "message_id")
def n_rt_maillog(c):
    dom = c.company()[2]
    lines = []
    for _ in range(c.n(5, 9)):
        tid = c.n(10000, 99999)
        lines.append("%s rt-mailgate[%d]: ticket=%d queue=%s from=<%s> msgid=<%s.%s@%s> subject=\"[%s #%d] %s\" status=ok" % (
            c.ts(), c.n(1000, 65000), tid, c.ch(["General", "Support", "NOC"]), c.email(), c.s(DIG, 10), c.hx(16), dom, dom, tid, c.subject()))
    return c.ch(["logs/rt-mailgate.log", "var/log/rt/mailgate.log"]), "\n".join(lines) + "\n"


@neg("rt", "scrip")
def n_rt_scrip(c):
    return "local/lib/RT/Action/SetPriorityFromSLA.pm", T('''
package RT::Action::SetPriorityFromSLA;

use strict;
use warnings;
use base qw(RT::Action);

my %PRIORITY = ( '4h' => 90, '8h' => 70, '2d' => 50, '5d' => 20 );

sub Prepare { return 1 }

sub Commit {
    my $self   = shift;
    my $ticket = $self->TicketObj;
    my $sla    = $ticket->FirstCustomFieldValue('SLA') || '5d';
    my ( $ok, $msg ) = $ticket->SetPriority( $PRIORITY{$sla} // 20 );
    RT->Logger->info("Ticket #" . $ticket->id . " priority from SLA $sla: $msg");
    return $ok;
}

1;
''')


# ---- PagerDuty / Opsgenie

@neg("pagerduty", "object_id")
def n_pd_tf_ids(c):
    return c.ch(["terraform/pagerduty/services.tf", "infra/pagerduty/helpdesk.tf"]), T('''
data "pagerduty_schedule" "primary" {
  name = "@@TEAM@@ - primary"
}

data "pagerduty_user" "lead" {
  email = "@@EM@@"
}

import {
  to = pagerduty_service.ticket_bridge
  id = "@@SVC@@"
}

resource "pagerduty_escalation_policy" "helpdesk" {
  name      = "@@TEAM@@"
  num_loops = 2
  rule {
    escalation_delay_in_minutes = 15
    target {
      type = "schedule_reference"
      id   = data.pagerduty_schedule.primary.id
    }
  }
  rule {
    escalation_delay_in_minutes = 30
    target {
      type = "user_reference"
      id   = "@@USR@@"
    }
  }
  teams = ["@@TEAMID@@"]
}
''', TEAM=c.ch(TEAMS), EM=c.email(), SVC=c.pd_id(), USR=c.pd_id(), TEAMID=c.pd_id())


@neg("pagerduty", "webhook_signature")
def n_pd_webhook(c):
    return c.ch(["tests/fixtures/pd_webhook_incident_triggered.json", "samples/pagerduty-v3-event.json"]), T('''
{
  "headers": {
    "Content-Type": "application/json",
    "X-PagerDuty-Signature": "v1=@@SIG@@",
    "X-Webhook-Id": "@@WH@@",
    "X-Webhook-Subscription": "@@SUB@@"
  },
  "body": {
    "event": {
      "id": "01@@EV@@",
      "event_type": "incident.triggered",
      "resource_type": "incident",
      "occurred_at": "@@TS@@",
      "data": {
        "id": "@@INC@@",
        "number": @@NUM@@,
        "title": "Ticket bridge queue backlog > 500",
        "service": {"id": "@@SVC@@", "type": "service_reference"},
        "escalation_policy": {"id": "@@EP@@", "type": "escalation_policy_reference"},
        "incident_key": "@@IK@@",
        "html_url": "https://@@SLUG@@.pagerduty.com/incidents/@@INC@@"
      }
    }
  }
}
''', SIG=c.hx(64), WH=c.uuid(), SUB=c.pd_id(), EV=c.s(UP + DIG, 24), TS=c.ts(), INC="Q" + c.s(UP + DIG, 13), NUM=c.n(100, 99999), SVC=c.pd_id(), EP=c.pd_id(), IK=c.hx(32), SLUG=c.company()[1])


@neg("pagerduty", "placeholder_doc")
def n_pd_events_doc(c):
    return c.ch(["docs/alerting/pagerduty-events.md", "docs/sending-events.md"]), T('''
# Sending events to the helpdesk service

The integration key is stored in Vault at `secret/helpdesk/pagerduty` and exposed to the
bridge as `PAGERDUTY_ROUTING_KEY`. Do **not** copy it into code or tickets.

```json
{
  "routing_key": "<integration key of the Helpdesk bridge service>",
  "event_action": "trigger",
  "dedup_key": "ticket-bridge/@@DEDUP@@",
  "payload": {
    "summary": "Ticket bridge queue backlog above threshold",
    "source": "bridge-@@N@@.prod",
    "severity": "error",
    "custom_details": {"queue_depth": @@Q@@, "oldest_ticket": "@@INC@@"}
  }
}
```

Service id: `@@SVC@@`, escalation policy: `@@EP@@`, schedule: `@@SCH@@`.
''', DEDUP=c.hx(40), N=c.n(1, 9), Q=c.n(500, 3000), INC=c.inc(), SVC=c.pd_id(), EP=c.pd_id(), SCH=c.pd_id())


@neg("pagerduty", "object_id")
def n_pd_overrides(c):
    lines = ["# on-call overrides for the holidays (PagerDuty user/schedule ids)", "schedule: %s" % c.pd_id(), "overrides:"]
    for _ in range(c.n(3, 6)):
        lines.append("  - user: %s  # %s" % (c.pd_id(), " ".join(c.person())))
        lines.append("    start: %s" % c.ts())
        lines.append("    end: %s" % c.ts())
    return c.ch(["oncall/overrides.yaml", "pagerduty/holiday-overrides.yml"]), "\n".join(lines) + "\n"


@neg("opsgenie", "uuid")
def n_og_alert(c):
    return c.ch(["tests/fixtures/opsgenie_alert.json", "samples/opsgenie-alert-created.json"]), T('''
{
  "action": "Create",
  "alert": {
    "alertId": "@@AID@@",
    "message": "[@@INC@@] @@SUBJ@@",
    "tags": ["helpdesk", "p2"],
    "tinyId": "@@TINY@@",
    "entity": "ticket-bridge",
    "alias": "helpdesk-@@INC@@",
    "createdAt": @@MS@@,
    "userId": "@@UID@@",
    "teams": ["@@TID@@"]
  },
  "source": {"name": "", "type": "API"},
  "integrationName": "Helpdesk API",
  "integrationId": "@@IID@@",
  "requestId": "@@RID@@"
}
''', AID=c.uuid() + "-" + str(c.n(10**12, 10**13)), INC=c.inc(), SUBJ=c.subject(), TINY=c.n(100, 99999), MS=c.n(10**12, 2 * 10**12), UID=c.uuid(), TID=c.uuid(), IID=c.uuid(), RID=c.uuid())


@neg("opsgenie", "env_reference")
def n_og_heartbeat(c):
    return c.ch(["scripts/og_heartbeat.sh", "bin/heartbeat.sh"]), T('''
#!/usr/bin/env bash
# Ping the Opsgenie heartbeat; key comes from the systemd EnvironmentFile.
set -euo pipefail
: "${OPSGENIE_API_KEY:?OPSGENIE_API_KEY must be set}"
HB="${1:-ticket-bridge}"
curl -fsS -o /dev/null -w '%{http_code}\\n' \\
  -H "Authorization: GenieKey ${OPSGENIE_API_KEY}" \\
  "https://api.opsgenie.com/v2/heartbeats/${HB}/ping"
''')


@neg("opsgenie", "file_reference")
def n_alertmanager_files(c):
    return c.ch(["alertmanager/alertmanager.yml", "monitoring/alertmanager/config.yml"]), T('''
global:
  opsgenie_api_url: https://api.eu.opsgenie.com/
  resolve_timeout: 5m
route:
  receiver: default
  routes:
    - matchers: [team="servicedesk"]
      receiver: servicedesk
receivers:
  - name: default
  - name: servicedesk
    opsgenie_configs:
      - api_key_file: /etc/alertmanager/secrets/opsgenie-servicedesk
        responders: [{name: "@@TEAM@@", type: team}]
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd-helpdesk
''', TEAM=c.ch(TEAMS))


@neg("opsgenie", "object_id")
def n_og_tf(c):
    return "terraform/opsgenie/routing.tf", T('''
data "opsgenie_team" "servicedesk" {
  name = "@@TEAM@@"
}

resource "opsgenie_team_routing_rule" "business_hours" {
  name    = "business-hours"
  team_id = data.opsgenie_team.servicedesk.id
  order   = 0
  timezone = "Europe/Amsterdam"
  notify {
    type = "schedule"
    id   = "@@SCH@@"
  }
}

import {
  to = opsgenie_api_integration.helpdesk
  id = "@@IID@@"
}
''', TEAM=c.ch(TEAMS), SCH=c.uuid(), IID=c.uuid())


# ---- generic look-alikes in helpdesk projects

@neg("generic", "secret_reference")
def n_k8s_external_secret(c):
    prov = c.ch(["zendesk", "freshdesk", "pagerduty", "servicenow", "intercom"])
    return c.ch(["k8s/ticket-bridge/externalsecret.yaml", "deploy/external-secrets.yaml"]), T('''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ticket-bridge
  namespace: support-tools
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: ticket-bridge-credentials
  data:
    - secretKey: @@P@@-token
      remoteRef:
        key: secret/data/helpdesk/@@P@@
        property: api_token
    - secretKey: db-password
      remoteRef:
        key: secret/data/helpdesk/postgres
        property: password
''', P=prov)


@neg("generic", "secret_reference")
def n_gh_workflow(c):
    return ".github/workflows/sync-tickets.yml", T('''
name: Nightly ticket sync
on:
  schedule:
    - cron: "17 2 * * *"
  workflow_dispatch: {}
jobs:
  sync:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@@@SHA@@ # v4.1.1
      - uses: actions/setup-python@@@SHA2@@ # v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m bridge.sync --since 24h
        env:
          ZENDESK_API_TOKEN: ${{ secrets.ZENDESK_API_TOKEN }}
          SERVICENOW_PASSWORD: ${{ secrets.SERVICENOW_PASSWORD }}
          PAGERDUTY_ROUTING_KEY: ${{ secrets.PD_ROUTING_KEY }}
          SYNC_RUN_ID: ${{ github.run_id }}
''', SHA=c.hx(40), SHA2=c.hx(40))


@neg("generic", "integrity_hash")
def n_package_lock(c):
    pk = []
    for name in c.r.sample(["node-zendesk", "intercom-client", "jira-client", "axios", "node-fetch", "@pagerduty/pdjs", "helpscout-mailbox-api", "form-data"], 4):
        pk.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s"\n    }' % (name, c.ver(), name, name.split("/")[-1], c.ver(), base64.b64encode(bytes(c.n(0, 255) for _ in range(64))).decode()))
    return "package-lock.json", '{\n  "name": "ticket-bridge",\n  "version": "%s",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n%s\n  }\n}\n' % (c.ver(), ",\n".join(pk))


@neg("generic", "digest")
def n_go_sum(c):
    mods = ["github.com/PagerDuty/go-pagerduty", "github.com/andygrunwald/go-jira", "github.com/nukosuke/go-zendesk", "github.com/opsgenie/opsgenie-go-sdk-v2", "github.com/google/uuid", "golang.org/x/oauth2"]
    lines = []
    for m in c.r.sample(mods, 4):
        v = "v%d.%d.%d" % (c.n(0, 1), c.n(0, 30), c.n(0, 20))
        lines.append("%s %s h1:%s=" % (m, v, base64.b64encode(bytes(c.n(0, 255) for _ in range(32))).decode()[:-1]))
        lines.append("%s %s/go.mod h1:%s=" % (m, v, base64.b64encode(bytes(c.n(0, 255) for _ in range(32))).decode()[:-1]))
    return "go.sum", "\n".join(lines) + "\n"


@neg("generic", "digest")
def n_requirements_hashes(c):
    pk = ["requests==2.32.3", "zenpy==2.0.56", "pdpyras==5.4.1", "jira==3.8.0", "python-intercom==3.1.0"]
    lines = ["# generated by pip-compile --generate-hashes"]
    for p in pk:
        lines.append("%s \\" % p)
        lines.append("    --hash=sha256:%s \\" % c.hx(64))
        lines.append("    --hash=sha256:%s" % c.hx(64))
    return "requirements.txt", "\n".join(lines) + "\n"


@neg("generic", "image_digest")
def n_dockerfile(c):
    return c.ch(["Dockerfile", "docker/bridge.Dockerfile"]), T('''
FROM python:3.12-slim@sha256:@@D1@@ AS build
WORKDIR /src
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM gcr.io/distroless/python3-debian12@sha256:@@D2@@
WORKDIR /app
COPY --from=build /wheels /wheels
COPY bridge/ ./bridge/
ENV PYTHONUNBUFFERED=1 \\
    ZENDESK_SUBDOMAIN=@@SLUG@@ \\
    SERVICENOW_INSTANCE=@@INST@@
# credentials are mounted at /run/secrets by the orchestrator
USER 65532
ENTRYPOINT ["python", "-m", "bridge"]
''', D1=c.hx(64), D2=c.hx(64), SLUG=c.company()[1], INST=c.instance())


@neg("generic", "digest")
def n_tf_lock(c):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov in c.r.sample(["pagerduty/pagerduty", "opsgenie/opsgenie", "hashicorp/vault", "nukosuke/zendesk"], 2):
        out.append('provider "registry.terraform.io/%s" {' % prov)
        out.append('  version     = "%s"' % c.ver())
        out.append('  constraints = "~> %d.0"' % c.n(1, 3))
        out.append("  hashes = [")
        out.append('    "h1:%s=",' % base64.b64encode(bytes(c.n(0, 255) for _ in range(32))).decode()[:-1])
        for _ in range(3):
            out.append('    "zh:%s",' % c.hx(64))
        out.append("  ]")
        out.append("}")
        out.append("")
    return ".terraform.lock.hcl", "\n".join(out)


@neg("generic", "public_key")
def n_authorized_keys(c):
    lines = []
    for _ in range(c.n(2, 4)):
        if c.n(0, 1):
            key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.s(B64STD, 43)
        else:
            key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + c.s(B64STD, 500)
        lines.append("%s %s" % (key, c.email()))
    return c.ch(["ansible/roles/mid_server/files/authorized_keys", "ops/ssh/authorized_keys"]), "\n".join(lines) + "\n"


@neg("generic", "public_key")
def n_pem_public(c):
    body = base64.b64encode(bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0D, 0x06, 0x09]) + bytes(c.n(0, 255) for _ in range(286))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return c.ch(["keys/webhook_verify_pub.pem", "config/jwt/atlassian-connect-public.pem"]), "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@neg("generic", "webhook_signature")
def n_webhook_verify(c):
    body = '{"ticket_id": %d, "status": "solved"}' % c.n(1000, 99999)
    return c.ch(["bridge/webhooks.py", "app/webhook_verify.py"]), T('''
import base64
import hashlib
import hmac
import os

SIGNING_SECRET = os.environ["ZENDESK_WEBHOOK_SECRET"].encode()


def verify(body: bytes, signature: str, timestamp: str) -> bool:
    """Zendesk signs timestamp + body with HMAC-SHA256 and base64-encodes the digest."""
    mac = hmac.new(SIGNING_SECRET, timestamp.encode() + body, hashlib.sha256)
    return hmac.compare_digest(base64.b64encode(mac.digest()).decode(), signature)


# Example delivery captured in staging (signature for the staging secret):
# X-Zendesk-Webhook-Signature: @@SIG@@
# X-Zendesk-Webhook-Signature-Timestamp: @@TS@@
# body: @@BODY@@
''', SIG=base64.b64encode(bytes(c.n(0, 255) for _ in range(32))).decode(), TS=c.ts(), BODY=body)


@neg("generic", "masked_log")
def n_sync_log(c):
    lines = []
    for _ in range(c.n(6, 10)):
        k = c.n(0, 3)
        ts = c.ts()
        if k == 0:
            lines.append("%s INFO  request_id=%s GET https://%s.zendesk.com/api/v2/tickets/%d.json status=200 auth=Basic ****" % (ts, c.uuid(), c.company()[1], c.n(1000, 99999)))
        elif k == 1:
            lines.append("%s INFO  request_id=%s POST https://%s.service-now.com/api/now/table/incident status=201 number=%s sys_id=%s" % (ts, c.uuid(), c.instance(), c.inc(), c.sys_id()))
        elif k == 2:
            lines.append("%s WARN  request_id=%s PagerDuty 429 retry_after=30 headers={'Authorization': 'Token token=[FILTERED]'}" % (ts, c.uuid()))
        else:
            lines.append("%s DEBUG correlation=%s trace=%s span=%s synced ticket %s" % (ts, c.hx(32), c.hx(32), c.hx(16), c.inc("RITM")))
    return c.ch(["logs/bridge.log", "var/log/ticket-bridge/app.log"]), "\n".join(lines) + "\n"


@neg("generic", "access_log")
def n_nginx_log(c):
    lines = []
    for _ in range(c.n(6, 10)):
        lines.append('%s - - [%02d/Mar/2025:%02d:%02d:%02d +0000] "GET /support/tickets/%d?ref=%s HTTP/1.1" 200 %d "-" "Mozilla/5.0" rt=0.%03d uid=%s' % (c.ip(), c.n(1, 28), c.n(0, 23), c.n(0, 59), c.n(0, 59), c.n(1000, 99999), c.hx(12), c.n(500, 90000), c.n(1, 999), c.uuid()))
    return c.ch(["logs/portal-access.log", "var/log/nginx/support.access.log"]), "\n".join(lines) + "\n"


@neg("generic", "ticket_id")
def n_runbook(c):
    return c.ch(["docs/runbooks/major-incident.md", "docs/oncall/handover.md"]), T('''
# Major incident handover - @@DATE@@

| Item | Value |
|------|-------|
| ServiceNow | @@INC@@ (sys_id `@@SID@@`) |
| Change | @@CHG@@ |
| Jira | @@JK@@ |
| PagerDuty incident | `@@PDI@@` on service `@@SVC@@` |
| Opsgenie alert | `@@OG@@` |
| Bridge | https://meet.@@DOM@@/@@ROOM@@ |

Credentials for the vendor portal are in 1Password (vault "Helpdesk", item "Vendor portal"),
shown here as `********`.

Timeline:
- 09:12 alert fired (dedup key `@@DK@@`)
- 09:20 @@P1@@ acknowledged
- 10:05 workaround applied, @@INC@@ downgraded to P3
''', DATE=c.date(), INC=c.inc(), SID=c.sys_id(), CHG=c.inc("CHG"), JK="%s-%d" % (c.ch(["OPS", "ITSD"]), c.n(100, 9999)), PDI="Q" + c.s(UP + DIG, 13), SVC=c.pd_id(), OG=c.uuid(), DOM=c.company()[2], ROOM=c.s(LOW, 3) + "-" + c.s(LOW, 4) + "-" + c.s(LOW, 3), DK=c.hx(32), P1=" ".join(c.person()))


@neg("generic", "sla_id")
def n_sla_csv(c):
    lines = ["sla_id,task,requester,breach_time,has_breached,business_elapsed_pct"]
    for _ in range(c.n(8, 14)):
        lines.append("%s,%s,%s,%s,%s,%d" % (c.sys_id(), c.inc(c.ch(["INC", "RITM", "REQ"])), c.email(), c.sn_ts(), c.ch(["true", "false"]), c.n(1, 180)))
    return c.ch(["reports/sla_breaches.csv", "exports/task_sla.csv"]), "\n".join(lines) + "\n"


@neg("generic", "commit_hash")
def n_changelog(c):
    out = ["# Changelog", ""]
    for _ in range(c.n(3, 5)):
        out.append("## %s (%s)" % (c.ver(), c.date()))
        for _ in range(c.n(2, 4)):
            out.append("- %s ([%s](https://github.com/%s/ticket-bridge/commit/%s))" % (c.ch(["Fix Zendesk pagination cursor", "Retry ServiceNow 429s", "Map Freshdesk priorities", "Add Opsgenie heartbeat", "Rotate credentials via Vault", "Drop legacy PagerDuty v1 events"]), c.hx(7), c.company()[1], c.hx(40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@neg("generic", "token_hash")
def n_sql_tokens(c):
    rows = []
    for _ in range(c.n(3, 5)):
        rows.append("  (%d, '%s', '%s', '%s', '%s')" % (c.n(1, 999), c.ch(["zendesk-sync", "pd-bridge", "portal", "reporting"]), c.hx(8), c.hx(64), c.sn_ts()))
    return c.ch(["db/migrations/0042_api_tokens.sql", "migrations/20240611_create_api_tokens.sql"]), T('''
-- Tokens are never stored: only a prefix (for display) and a SHA-256 of the token.
CREATE TABLE api_tokens (
    id          BIGSERIAL PRIMARY KEY,
    label       TEXT NOT NULL,
    prefix      CHAR(8) NOT NULL,
    token_sha256 CHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL DEFAULT now()
);

INSERT INTO api_tokens (id, label, prefix, token_sha256, created_at) VALUES
''') + ",\n".join(rows) + ";\n"


@neg("generic", "empty_values")
def n_env_sample(c):
    return c.ch([".env.example", ".env.sample", "config/.env.template"]), T('''
# Copy to .env and fill in. Never commit the filled-in file.
SERVICENOW_INSTANCE=@@INST@@
SERVICENOW_USER=
SERVICENOW_PASSWORD=
ZENDESK_SUBDOMAIN=@@SLUG@@
ZENDESK_EMAIL=
ZENDESK_API_TOKEN=
PAGERDUTY_ROUTING_KEY=
OPSGENIE_API_KEY=
LOG_LEVEL=info
''', INST=c.instance(), SLUG=c.company()[1])


@neg("generic", "uuid")
def n_ticket_mapping(c):
    lines = ["# external ticket id mapping (bridge state export)", "source_id,target_id,correlation_uuid,last_hash"]
    for _ in range(c.n(8, 14)):
        lines.append("%s,%d,%s,%s" % (c.inc(), c.n(10000, 999999), c.uuid(), c.hx(40)))
    return c.ch(["state/ticket_map.csv", "data/bridge_mapping.csv"]), "\n".join(lines) + "\n"


@neg("generic", "config_no_secret")
def n_ini_config(c):
    return c.ch(["config/bridge.ini", "etc/ticket-bridge.ini"]), T('''
[servicenow]
instance = @@INST@@
table = incident
assignment_group = @@GRP@@
; password is read from the system keyring (service "ticket-bridge")
auth = keyring

[zendesk]
subdomain = @@SLUG@@
brand_id = @@BR@@
token_file = /run/secrets/zendesk_token

[sync]
interval = 120
batch_size = 50
state_checksum = @@SUM@@
''', INST=c.instance(), GRP=c.sys_id(), SLUG=c.company()[1], BR=c.n(10**12, 10**13), SUM=c.hx(40))


# ================================================================ driver

ENV_BLOCKED_OK = (".example", ".sample", ".template", ".dist")


def is_env_file(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and not base.endswith(ENV_BLOCKED_OK))


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if is_env_file(relpath) or base.startswith(".env"):
        return "env"
    if base in ("authorized_keys", ".rtrc", "rtrc"):
        return base.lstrip(".")
    if base == "go.sum":
        return "gosum"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1]
    return base


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return path


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hj.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    c = C(rng)
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)

    manifest, secrets = [], []
    n_pos = n_neg = 500

    order = [POS[i % len(POS)] for i in range(n_pos)]
    rng.shuffle(order)
    env_count = 0
    for i, meta in enumerate(order):
        needle = meta["gen"](c)
        rel, text = meta["f"](c, Val(needle))
        if is_env_file(rel):
            env_count += 1
        fileid = "pos/p%04d/%s" % (i, rel)
        idx = text.find(needle)
        assert idx >= 0, (meta["f"].__name__, needle)
        line = text.count("\n", 0, idx) + 1
        path = write(outdir, fileid, text)
        with open(path, encoding="utf-8") as fh:
            written = fh.read().split("\n")
        assert needle in written[line - 1], (fileid, line)
        manifest.append({"file": fileid, "label": "pos", "provider": meta["provider"],
                         "kind": meta["kind"], "filetype": filetype(rel)})
        secrets.append({"file": fileid, "needle": needle, "line": line})
    assert env_count * 20 <= n_pos, env_count

    jobs = [("reuse", POS[i % len(POS)]) for i in range(n_neg // 2)]
    jobs += [("alike", NEG[i % len(NEG)]) for i in range(n_neg - n_neg // 2)]
    rng.shuffle(jobs)
    needles = [s["needle"] for s in secrets]
    for i, (mode, meta) in enumerate(jobs):
        if mode == "reuse":
            val, kind = neg_fill(c, meta)
            rel, text = meta["f"](c, val)
        else:
            kind = meta["kind"]
            rel, text = meta["f"](c)
        if is_env_file(rel):
            rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        assert not is_env_file(rel), rel
        fileid = "neg/n%04d/%s" % (i, rel)
        for nd in needles:
            assert nd not in text, (fileid, nd)
        write(outdir, fileid, text)
        manifest.append({"file": fileid, "label": "neg", "provider": meta["provider"],
                         "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
