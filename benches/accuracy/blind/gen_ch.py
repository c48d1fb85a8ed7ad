#!/usr/bin/env python3
"""Blind evaluation-set generator "ch": CRM, marketing-automation and customer-support SaaS.

EMPHASIS
    Credentials of CRM / marketing automation / customer-support SaaS as they get
    wired into web apps, scripts and no-code tools: HubSpot private-app tokens and
    legacy hapikeys, Salesforce Marketing Cloud client secrets, Marketo and Pardot
    client (consumer) secrets, Klaviyo private keys, Customer.io track/app keys,
    Braze REST keys, Iterable, ActiveCampaign, Mailchimp marketing keys, Pipedrive,
    Zoho CRM refresh tokens and client secrets, Close, Copper, Freshdesk/Freshsales,
    Zendesk API tokens (with agent e-mail) and agent passwords, Intercom access
    tokens, Help Scout app secrets, Front, Gorgias, Drift, Kustomer, Gladly,
    Gainsight.  File types: Python/Node/TypeScript/PHP/Ruby/Go/Apex integration
    code, Django/Rails/Laravel/WordPress settings, serverless functions, webhook
    handlers, Postman collections and environments, YAML/JSON/TOML/INI/properties
    configs, .env files and shell exports, Zapier/Make/n8n exports, Jupyter
    notebooks, Markdown runbooks, Salesforce Named Credential metadata, Terraform.

USAGE
    python3 gen_ch.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Deterministic per SEED (only random.Random(SEED)).

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file.  For id/secret pairs
      (SFMC client id + secret, Marketo client id + secret, Pardot consumer key +
      secret, Zoho client id + secret/refresh token, Customer.io site id + track
      key, Help Scout app id + secret, Zendesk agent e-mail + token) the needle is
      only the secret half; the public half may sit next to it.
    * Some positives send a Basic-auth credential pre-encoded in an HTTP header
      (curl scripts and Zapier / Make / n8n exports for Close "key:", Zendesk
      "email/token:TOKEN", Freshdesk "key:X", Mailchimp, Gorgias, Gladly,
      Customer.io track); there the needle is the base64 text exactly as written.
    * Intercom tokens are themselves base64 text; the needle is that text.
    * Passwords (Zendesk / Freshdesk agent passwords used with basic auth) are
      realistic human-made passwords; the needle is the password.
    * "line" is the 1-based line of the first occurrence of the needle.
    * Each positive file holds exactly one credential; any other secret-ish
      setting in it (webhook signing secret, the other half of an OAuth pair) is
      an environment / secret-manager reference.

MANIFEST
    Besides file/label/provider/kind/filetype, each line carries "template";
    positives also carry "placement" (obvious name vs subtle: neutral variable
    name, inline header/URL/positional argument).  Negative kinds that re-use a
    positive template are written "<look-alike kind>:<provider kind>", e.g.
    "env_ref:private_app_token"; domain look-alikes use their own kind names.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a
    non-secret: documentation placeholders (YOUR_API_KEY, pat-na1-xxxxxxxx-...,
    <zendesk-api-token>), environment / secret-manager references (os.environ,
    process.env, ENV.fetch, ${{ secrets.X }}, {{ $env.X }}, Postman {{vars}},
    AWS/GCP secret ARNs, vault paths, 1Password op:// refs), masked keys as shown
    by admin UIs, redaction markers, and empty values.  The other half are domain
    look-alikes with no secret at all: HubSpot portal ids, form GUIDs and tracking
    embed snippets, Klaviyo public site keys (6 chars, documented as safe to
    share), Intercom app ids, Zendesk subdomains and Web Widget snippet keys,
    Customer.io site ids in the public JS snippet, Drift embed ids, Help Scout
    Beacon ids, Gainsight PX tag keys, webhook handlers whose signing secret comes
    from the environment, masked key listings from admin UIs, contact / ticket /
    deal ids, UTM strings, MD5 subscriber hashes and SHA-256 hashes of e-mails,
    git commit SHAs, lockfile integrity hashes, SOPS ciphertext, webhook signature
    test fixtures, i18n strings about API keys, and Zoho's own published
    documentation example values.

DOUBTS
    Formats written from memory (not confirmed in the provider docs I could see):
    * Klaviyo private key: documented only as "pk_ followed by a longer
      alphanumeric string"; generated as pk_ + 34 lowercase hex.
    * Close API key: documented as an opaque key used as the Basic-auth user;
      generated as api_ + 22 base62 + "." + 22 base62 (from memory).
    * ActiveCampaign key length (72 hex), Iterable (32 hex), Copper (32 hex),
      Pipedrive api_token (40 hex), Freshdesk (20 base62), Freshsales (22 base62
      with - and _), Zendesk token (40 base62), Help Scout app id/secret (32
      base62), Drift token (32 base62), Gorgias key (64 hex), Gladly token (40
      base62 - guessed), Gainsight PX key and NXT access key (UUID - guessed),
      SFMC client id / secret (24 chars), Marketo client secret (32 base62),
      Pardot consumer secret (64 upper hex), Braze REST key (UUID), Customer.io
      track key / site id (20 hex) and App API key (32 hex): all from memory.
    * Intercom access token: base64 of "tok:<uuid>:1:0" (from memory).
    * Front and Kustomer API tokens as HS256-style JWTs with plausible claims
      (from memory; claims invented).
    * Zoho: formats follow the published request example (client_id "1000." +
      30 upper alnum, 41-42 hex secret, refresh token 1000.<32hex>.<32hex>).
    * Zendesk / Freshdesk agent passwords via HTTP basic auth: deprecated by the
      providers, still common in old code; labelled positive.
    Labels a reviewer might dispute:
    * Negatives quoting Zoho's published documentation example values verbatim
      (labelled negative: the provider publishes them as examples).
    * Customer.io site ids, Help Scout Beacon ids, Zendesk widget keys, Front
      chat ids and Gainsight PX tag keys in public embed snippets are labelled
      negative (they are shipped to every browser).
    * Masked keys that keep the last 4 characters are labelled negative.
    * Placeholders shaped like the real format but made of X / x / 0 (e.g.
      "api_XXXX...XXXX", "pat-na1-xxxxxxxx-...", all-zero UUID) are negative.
    * Public halves left in negatives (SFMC / Marketo / Zoho client ids, Pardot
      consumer key 3MVG9..., Help Scout app id, Customer.io site id) are treated
      as non-secret identifiers; the secret half is only a look-alike there.
    * Braze campaign / canvas UUIDs (negatives) have the same shape as Braze
      REST keys (UUID); they are labelled by their meaning, not their shape.

SEARCHES
    Looked up (search tool, docs corpus): HubSpot private-app token docs
    (developers.hubspot.com: Bearer header, masked as ***-***-***...), Close API
    key auth (developer.close.com: key as Basic user with empty password),
    Klaviyo public/private keys (developers.klaviyo.com: 6-char public site id,
    pk_ private keys, "Klaviyo-API-Key" header), Zoho OAuth refresh (zoho.com
    accounts docs: request example values), Gorgias auth (e-mail + API key over
    Basic), Gladly (nothing useful found), Gainsight PX / NXT access keys
    (support.gainsight.com: "Accesskey" header, X-APTRINSIC-API-KEY not
    confirmed), Customer.io Track vs App API keys (docs.customer.io and
    third-party integration docs).
    Scanner-related material shown by a search: one GitGuardian detector page
    ("Customer.io Track Keys", docs.gitguardian.com) appeared in the Customer.io
    results; it was ignored and nothing was taken from it.
"""

import base64
import hashlib
import json
import os
import random
import string
import sys

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
B62 = string.digits + string.ascii_letters
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits


# ---------------------------------------------------------------------------
# small random helpers (all randomness flows through one random.Random)
# ---------------------------------------------------------------------------

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rmix(rng, alphabet, n):
    """random string guaranteed to mix digits and letters (looks generated)."""
    while True:
        s = rs(rng, alphabet, n)
        has_d = any(c.isdigit() for c in s)
        has_a = any(c.isalpha() for c in s)
        if has_d and has_a:
            if any(c.isupper() for c in alphabet) and any(c.islower() for c in alphabet):
                if not (any(c.isupper() for c in s) and any(c.islower() for c in s)):
                    continue
            return s


def ruuid(rng, upper=False):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def ts(rng):
    return rng.randint(1609459200, 1735689600)


FIRST = ["maria", "james", "li", "priya", "noah", "sofia", "omar", "emma", "lucas", "aisha",
         "diego", "hannah", "kenji", "fatima", "liam", "chloe", "mateo", "zoe", "ivan", "nora"]
LAST = ["garcia", "smith", "chen", "patel", "nguyen", "muller", "rossi", "kowalski", "silva",
        "okafor", "johansson", "tanaka", "dubois", "haddad", "obrien", "novak", "kim", "lopez"]
COMPANIES = ["acme", "northwind", "globex", "initech", "brightpath", "lumen", "bluefin",
             "cobaltlabs", "harborview", "pinecrest", "quantix", "redwoodhq", "solaria",
             "tidewater", "vantage", "wildflower", "zenithco", "oakridge", "meridian", "fernway"]
TLDS = ["com", "io", "co", "dev", "app", "net"]


def company(rng):
    return rng.choice(COMPANIES)


def domain(rng, comp=None):
    return "%s.%s" % (comp or company(rng), rng.choice(TLDS))


def email(rng, comp=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(["%s.%s" % (f, l), f, "%s%s" % (f[0], l), "support", "integrations",
                        "ops", "api-bot", "crm-admin", "helpdesk"])
    return "%s@%s" % (local, domain(rng, comp))


WORDS = ["Sunflower", "Bluebird", "Harbor", "Maple", "Coffee", "Rocket", "Winter", "Tiger",
         "Pumpkin", "Falcon", "Summer", "Marble", "Ginger", "Orchid", "Thunder", "Cactus",
         "Lighthouse", "Pepper", "Velvet", "Juniper", "Mango", "Pixel", "Canyon", "Otter"]


def human_password(rng):
    w1, w2 = rng.choice(WORDS), rng.choice(WORDS)
    yr = str(rng.choice([rng.randint(1975, 2003), rng.randint(2015, 2025), rng.randint(10, 99)]))
    sym = rng.choice("!@#$%&*?")
    style = rng.randrange(6)
    if style == 0:
        return "%s%s%s" % (w1, sym, yr)
    if style == 1:
        return "%s%s%s%s" % (w1.lower(), w2, yr, sym)
    if style == 2:
        leet = w1.replace("o", "0").replace("a", "@").replace("e", "3")
        return "%s%s%s" % (leet, yr, sym)
    if style == 3:
        return "%s-%s-%s%s" % (w1.lower(), w2.lower(), rng.choice(WORDS).lower(), rng.randint(1, 99))
    if style == 4:
        return "%s%s%s%s" % (rng.choice(FIRST).capitalize(), sym, rng.choice(LAST).capitalize(), yr)
    return "%s_%s%s%s" % (w1, w2.lower(), rng.randint(100, 999), sym)


# ---------------------------------------------------------------------------
# credential generators (provider formats; see DOUBTS)
# ---------------------------------------------------------------------------

def g_hubspot_pat(rng):
    return "pat-%s-%s" % (rng.choice(["na1", "na1", "na1", "eu1", "na2"]), ruuid(rng))


def g_uuid(rng):
    return ruuid(rng)


def g_hex(n):
    return lambda rng: rmix(rng, HEX, n)


def g_b62(n):
    return lambda rng: rmix(rng, B62, n)


def g_klaviyo(rng):
    return "pk_" + rmix(rng, HEX, 34)


def g_mailchimp(rng):
    return "%s-us%d" % (rmix(rng, HEX, 32), rng.randint(1, 21))


def g_zoho_refresh(rng):
    return "1000.%s.%s" % (rmix(rng, HEX, 32), rmix(rng, HEX, 32))


def g_zoho_secret(rng):
    return rmix(rng, HEX, rng.choice([42, 42, 41]))


def g_close(rng):
    return "api_%s.%s" % (rmix(rng, B62, 22), rmix(rng, B62, 22))


def g_freshsales(rng):
    while True:
        s = rmix(rng, B62 + "-_", 22)
        if s[0] not in "-_" and s[-1] not in "-_":
            return s


def g_intercom(rng):
    raw = "tok:%s:1:0" % ruuid(rng)
    return base64.b64encode(raw.encode()).decode()


def g_sfmc_secret(rng):
    return rmix(rng, B62, 24)


def g_pardot_secret(rng):
    return rmix(rng, UHEX, 64)


def _jwt(rng, payload):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(bytes(rng.randrange(256) for _ in range(32)))
    return "%s.%s.%s" % (head, body, sig)


def g_front(rng):
    return _jwt(rng, {"scopes": rng.choice([["shared:*"], ["private:*", "shared:*"], ["provisioning"]]),
                      "iat": ts(rng), "iss": "front", "sub": rs(rng, HEX, 20), "jti": rs(rng, HEX, 16)})


def g_kustomer(rng):
    org = rs(rng, HEX, 24)
    return _jwt(rng, {"id": rs(rng, HEX, 24), "user": rs(rng, HEX, 24), "org": org,
                      "orgName": company(rng), "userType": "machine", "pod": rng.choice(["prod1", "prod2"]),
                      "roles": rng.sample(["org.user.customer.read", "org.user.customer.write",
                                           "org.user.conversation.read", "org.user.message.write",
                                           "org.permission.kobject.read"], 2),
                      "aud": "urn:consumer", "iss": "urn:api", "sub": rs(rng, HEX, 24)})


def g_password(rng):
    return human_password(rng)


# ---------------------------------------------------------------------------
# provider specs
# ---------------------------------------------------------------------------

class EnvRef(object):
    """a companion setting that is itself secret and therefore only referenced."""

    def __init__(self, name):
        self.name = name


def sub_of(rng, comp):
    return rng.choice([comp, comp + "support", comp + "-help", comp + "hq", "help" + comp])


def setup_hubspot_pat(rng, sec, comp):
    return dict(url="https://api.hubapi.com/crm/v3/objects/%s" % rng.choice(["contacts", "deals", "companies", "tickets"]),
                auth=("bearer",), hdrs=[],
                comp=[(["hubspot", "portal", "id"], str(rng.randint(2000000, 48999999)))])


def setup_hubspot_legacy(rng, sec, comp):
    return dict(url=rng.choice(["https://api.hubapi.com/contacts/v1/lists/all/contacts/all",
                                "https://api.hubapi.com/deals/v1/deal/paged",
                                "https://api.hubapi.com/engagements/v1/engagements/paged"]),
                auth=("query", "hapikey"), hdrs=[],
                comp=[(["hub", "id"], str(rng.randint(200000, 9999999)))])


def setup_sfmc(rng, sec, comp):
    subd = "mc" + rs(rng, LOWNUM, 26)
    return dict(url="https://%s.auth.marketingcloudapis.com/v2/token" % subd, method="POST",
                auth=("form", "client_secret", [("grant_type", "client_credentials")]), hdrs=[],
                comp=[(["sfmc", "client", "id"], rs(rng, LOWNUM, 24)),
                      (["sfmc", "account", "id"], str(rng.randint(10000000, 559999999))),
                      (["sfmc", "subdomain"], subd)])


def setup_marketo(rng, sec, comp):
    munchkin = "%s-%s-%s" % (rs(rng, DIG, 3), rs(rng, UP, 3), rs(rng, DIG, 3))
    return dict(url="https://%s.mktorest.com/identity/oauth/token" % munchkin, method="GET",
                auth=("form", "client_secret", [("grant_type", "client_credentials")]), hdrs=[],
                comp=[(["marketo", "client", "id"], ruuid(rng)),
                      (["marketo", "munchkin", "id"], munchkin)])


def setup_pardot(rng, sec, comp):
    ck = "3MVG9" + rs(rng, B62 + "._", 80)
    return dict(url="https://login.salesforce.com/services/oauth2/token", method="POST",
                auth=("form", "client_secret", [("grant_type", "client_credentials")]), hdrs=[],
                comp=[(["pardot", "consumer", "key"], ck),
                      (["pardot", "business", "unit", "id"], "0Uv" + rs(rng, B62, 15))])


def setup_klaviyo(rng, sec, comp):
    return dict(url="https://a.klaviyo.com/api/%s/" % rng.choice(["profiles", "lists", "events", "campaigns"]),
                auth=("header", "Authorization", "Klaviyo-API-Key "),
                hdrs=[("revision", rng.choice(["2024-02-15", "2024-07-15", "2023-12-15", "2024-10-15"]))],
                comp=[(["klaviyo", "public", "key"], rmix(rng, B62, 6))])


def setup_cio_track(rng, sec, comp):
    site = rmix(rng, HEX, 20)
    return dict(url="https://track.customer.io/api/v1/customers/%d" % rng.randint(1000, 999999), method="PUT",
                auth=("basic_user", site), hdrs=[],
                comp=[(["customerio", "site", "id"], site)])


def setup_cio_app(rng, sec, comp):
    return dict(url=rng.choice(["https://api.customer.io/v1/send/email", "https://api.customer.io/v1/campaigns/%d/triggers" % rng.randint(2, 90)]),
                method="POST", auth=("bearer",), hdrs=[], comp=[])


def setup_braze(rng, sec, comp):
    ep = "https://rest.%s.braze.com" % rng.choice(["iad-01", "iad-02", "iad-03", "iad-05", "fra-01", "fra-02"])
    return dict(url=ep + rng.choice(["/users/track", "/campaigns/trigger/send", "/users/export/ids"]),
                method="POST", auth=("bearer",), hdrs=[],
                comp=[(["braze", "rest", "endpoint"], ep)])


def setup_iterable(rng, sec, comp):
    return dict(url=rng.choice(["https://api.iterable.com/api/users/update", "https://api.iterable.com/api/events/track",
                                "https://api.eu.iterable.com/api/lists"]),
                method="POST", auth=("header", "Api-Key", ""), hdrs=[], comp=[])


def setup_activecampaign(rng, sec, comp):
    base = "https://%s%s.api-us1.com" % (comp, rng.choice(["", "marketing", str(rng.randint(2, 99))]))
    return dict(url=base + rng.choice(["/api/3/contacts", "/api/3/deals", "/api/3/contactTags"]),
                auth=("header", "Api-Token", ""), hdrs=[],
                comp=[(["activecampaign", "url"], base)])


def setup_mailchimp(rng, sec, comp):
    dc = sec.rsplit("-", 1)[1] if sec and "-us" in sec else "us%d" % rng.randint(1, 21)
    lid = rs(rng, HEX, 10)
    return dict(url="https://%s.api.mailchimp.com/3.0/lists/%s/members" % (dc, lid),
                auth=("basic_user", rng.choice(["anystring", "apikey", "user", comp])), hdrs=[],
                comp=[(["mailchimp", "list", "id"], lid), (["mailchimp", "server", "prefix"], dc)])


def setup_pipedrive(rng, sec, comp):
    return dict(url=rng.choice(["https://api.pipedrive.com/v1/deals", "https://%s.pipedrive.com/api/v1/persons" % comp,
                                "https://api.pipedrive.com/v1/organizations"]),
                auth=("query", "api_token"), hdrs=[],
                comp=[(["pipedrive", "company", "domain"], comp)])


def setup_zoho_refresh(rng, sec, comp):
    acc = rng.choice(["com", "eu", "in", "com.au"])
    return dict(url="https://accounts.zoho.%s/oauth/v2/token" % acc, method="POST",
                auth=("form", "refresh_token", [("grant_type", "refresh_token")]), hdrs=[],
                comp=[(["zoho", "client", "id"], "1000." + rs(rng, UPNUM, 30)),
                      (["zoho", "client", "secret"], EnvRef("ZOHO_CLIENT_SECRET")),
                      (["zoho", "api", "domain"], "https://www.zohoapis.%s" % acc)])


def setup_zoho_secret(rng, sec, comp):
    acc = rng.choice(["com", "eu", "in"])
    return dict(url="https://accounts.zoho.%s/oauth/v2/token" % acc, method="POST",
                auth=("form", "client_secret", [("grant_type", "refresh_token")]), hdrs=[],
                comp=[(["zoho", "client", "id"], "1000." + rs(rng, UPNUM, 30)),
                      (["zoho", "refresh", "token"], EnvRef("ZOHO_REFRESH_TOKEN"))])


def setup_close(rng, sec, comp):
    return dict(url=rng.choice(["https://api.close.com/api/v1/lead/", "https://api.close.com/api/v1/activity/call/",
                                "https://api.close.com/api/v1/opportunity/"]),
                auth=("basic_key", ""), hdrs=[], comp=[])


def setup_copper(rng, sec, comp):
    em = email(rng, comp)
    return dict(url="https://api.copper.com/developer_api/v1/%s/search" % rng.choice(["people", "companies", "opportunities"]),
                method="POST", auth=("header", "X-PW-AccessToken", ""),
                hdrs=[("X-PW-Application", "developer_api"), ("X-PW-UserEmail", em)],
                comp=[(["copper", "user", "email"], em)])


def setup_freshdesk(rng, sec, comp):
    sd = sub_of(rng, comp)
    return dict(url="https://%s.freshdesk.com/api/v2/%s" % (sd, rng.choice(["tickets", "contacts", "companies"])),
                auth=("basic_key", "X"), hdrs=[], comp=[(["freshdesk", "domain"], "%s.freshdesk.com" % sd)])


def setup_freshsales(rng, sec, comp):
    sd = sub_of(rng, comp)
    return dict(url="https://%s.myfreshworks.com/crm/sales/api/%s" % (sd, rng.choice(["contacts/filters", "deals/view/1", "leads"])),
                auth=("header", "Authorization", "Token token="), hdrs=[],
                comp=[(["freshsales", "bundle", "alias"], sd)])


def setup_zendesk(rng, sec, comp):
    sd, em = sub_of(rng, comp), email(rng, comp)
    return dict(url="https://%s.zendesk.com/api/v2/%s" % (sd, rng.choice(["tickets.json", "users/search.json", "search.json?query=type:ticket"])),
                auth=("basic_user", em + "/token"), hdrs=[],
                comp=[(["zendesk", "subdomain"], sd), (["zendesk", "email"], em)])


def setup_zendesk_pw(rng, sec, comp):
    sd, em = sub_of(rng, comp), email(rng, comp)
    return dict(url="https://%s.zendesk.com/api/v2/%s" % (sd, rng.choice(["tickets.json", "organizations.json"])),
                auth=("basic_user", em), hdrs=[],
                comp=[(["zendesk", "subdomain"], sd), (["zendesk", "user"], em)])


def setup_freshdesk_pw(rng, sec, comp):
    sd, em = sub_of(rng, comp), email(rng, comp)
    return dict(url="https://%s.freshdesk.com/api/v2/tickets" % sd,
                auth=("basic_user", em), hdrs=[],
                comp=[(["freshdesk", "domain"], "%s.freshdesk.com" % sd), (["freshdesk", "agent", "email"], em)])


def setup_intercom(rng, sec, comp):
    return dict(url="https://api.intercom.io/%s" % rng.choice(["contacts", "conversations", "companies", "tags"]),
                auth=("bearer",), hdrs=[("Intercom-Version", rng.choice(["2.10", "2.11", "2.9"]))],
                comp=[(["intercom", "app", "id"], rs(rng, LOWNUM, 8))])


def setup_helpscout(rng, sec, comp):
    return dict(url="https://api.helpscout.net/v2/oauth2/token", method="POST",
                auth=("form", "client_secret", [("grant_type", "client_credentials")]), hdrs=[],
                comp=[(["helpscout", "app", "id"], rmix(rng, B62, 32))])


def setup_front(rng, sec, comp):
    return dict(url="https://api2.frontapp.com/%s" % rng.choice(["conversations", "contacts", "inboxes", "tags"]),
                auth=("bearer",), hdrs=[], comp=[])


def setup_gorgias(rng, sec, comp):
    sd, em = sub_of(rng, comp), email(rng, comp)
    return dict(url="https://%s.gorgias.com/api/%s" % (sd, rng.choice(["tickets", "customers", "account"])),
                auth=("basic_user", em), hdrs=[],
                comp=[(["gorgias", "domain"], sd), (["gorgias", "username"], em)])


def setup_drift(rng, sec, comp):
    return dict(url="https://driftapi.com/%s" % rng.choice(["contacts", "conversations/list", "users/list"]),
                auth=("bearer",), hdrs=[], comp=[])


def setup_kustomer(rng, sec, comp):
    return dict(url="https://%s.api.kustomerapp.com/v1/%s" % (comp, rng.choice(["customers", "conversations", "messages"])),
                method="POST", auth=("bearer",), hdrs=[], comp=[(["kustomer", "org"], comp)])


def setup_gladly(rng, sec, comp):
    em = email(rng, comp)
    return dict(url="https://%s.gladly.com/api/v1/%s" % (comp, rng.choice(["customer-profiles", "conversations", "agents"])),
                auth=("basic_user", em), hdrs=[],
                comp=[(["gladly", "org"], comp), (["gladly", "agent", "email"], em)])


def setup_gainsight_px(rng, sec, comp):
    return dict(url="https://api.aptrinsic.com/v1/%s" % rng.choice(["users", "accounts", "events/custom"]),
                auth=("header", "X-APTRINSIC-API-KEY", ""), hdrs=[], comp=[])


def setup_gainsight_nxt(rng, sec, comp):
    return dict(url="https://%s.gainsightcloud.com/v1/data/objects/query/Company" % comp, method="POST",
                auth=("header", "Accesskey", ""), hdrs=[], comp=[(["gainsight", "tenant"], comp)])


def W(*names):
    return [n.split() for n in names]


# provider, kind, display, generator, setup, obvious-name word lists, weight
SPECS = [
    ("hubspot", "private_app_token", "HubSpot", g_hubspot_pat, setup_hubspot_pat,
     W("hubspot access token", "hubspot private app token", "hubspot token", "hs api token"), 26),
    ("hubspot", "legacy_api_key", "HubSpot", g_uuid, setup_hubspot_legacy,
     W("hubspot api key", "hapikey", "hubspot hapikey", "hs api key"), 17),
    ("sfmc", "client_secret", "Salesforce Marketing Cloud", g_sfmc_secret, setup_sfmc,
     W("sfmc client secret", "marketing cloud client secret", "mc client secret", "sfmc secret"), 17),
    ("marketo", "client_secret", "Marketo", g_b62(32), setup_marketo,
     W("marketo client secret", "mkto client secret", "marketo secret"), 17),
    ("pardot", "consumer_secret", "Pardot", g_pardot_secret, setup_pardot,
     W("pardot consumer secret", "pardot client secret", "sf connected app secret"), 15),
    ("klaviyo", "private_api_key", "Klaviyo", g_klaviyo, setup_klaviyo,
     W("klaviyo private key", "klaviyo api key", "klaviyo private api key"), 19),
    ("customerio", "track_api_key", "Customer.io", g_hex(20), setup_cio_track,
     W("customerio api key", "cio track api key", "customerio track key"), 15),
    ("customerio", "app_api_key", "Customer.io", g_hex(32), setup_cio_app,
     W("customerio app api key", "cio app key", "customerio app token"), 14),
    ("braze", "rest_api_key", "Braze", g_uuid, setup_braze,
     W("braze api key", "braze rest api key", "braze rest key"), 17),
    ("iterable", "api_key", "Iterable", g_hex(32), setup_iterable,
     W("iterable api key", "iterable server key", "iterable key"), 16),
    ("activecampaign", "api_key", "ActiveCampaign", g_hex(72), setup_activecampaign,
     W("activecampaign api key", "ac api token", "active campaign key"), 16),
    ("mailchimp", "api_key", "Mailchimp", g_mailchimp, setup_mailchimp,
     W("mailchimp api key", "mailchimp key", "mc api key"), 18),
    ("pipedrive", "api_token", "Pipedrive", g_hex(40), setup_pipedrive,
     W("pipedrive api token", "pipedrive token", "pd api token"), 17),
    ("zoho", "refresh_token", "Zoho CRM", g_zoho_refresh, setup_zoho_refresh,
     W("zoho refresh token", "zoho crm refresh token", "zcrm refresh token"), 17),
    ("zoho", "client_secret", "Zoho CRM", g_zoho_secret, setup_zoho_secret,
     W("zoho client secret", "zoho crm client secret", "zcrm client secret"), 14),
    ("close", "api_key", "Close", g_close, setup_close,
     W("close api key", "closeio api key", "close crm key"), 16),
    ("copper", "api_key", "Copper", g_hex(32), setup_copper,
     W("copper api key", "copper access token", "prosperworks api key"), 14),
    ("freshdesk", "api_key", "Freshdesk", g_b62(20), setup_freshdesk,
     W("freshdesk api key", "freshdesk key", "fd api key"), 16),
    ("freshsales", "api_key", "Freshsales", g_freshsales, setup_freshsales,
     W("freshsales api key", "freshworks crm api key", "freshsales token"), 13),
    ("zendesk", "api_token", "Zendesk", g_b62(40), setup_zendesk,
     W("zendesk api token", "zendesk token", "zd api token", "zendesk access token"), 22),
    ("zendesk", "agent_password", "Zendesk", g_password, setup_zendesk_pw,
     W("zendesk password", "zendesk agent password", "zd password"), 10),
    ("freshdesk", "agent_password", "Freshdesk", g_password, setup_freshdesk_pw,
     W("freshdesk password", "freshdesk agent password"), 8),
    ("intercom", "access_token", "Intercom", g_intercom, setup_intercom,
     W("intercom access token", "intercom token", "intercom api token"), 19),
    ("helpscout", "app_secret", "Help Scout", g_b62(32), setup_helpscout,
     W("helpscout app secret", "help scout client secret", "helpscout secret"), 14),
    ("front", "api_token", "Front", g_front, setup_front,
     W("front api token", "front token", "frontapp api token"), 15),
    ("gorgias", "api_key", "Gorgias", g_hex(64), setup_gorgias,
     W("gorgias api key", "gorgias password", "gorgias key"), 14),
    ("drift", "access_token", "Drift", g_b62(32), setup_drift,
     W("drift access token", "drift api token", "drift token"), 13),
    ("kustomer", "api_key", "Kustomer", g_kustomer, setup_kustomer,
     W("kustomer api key", "kustomer token", "kustomer api token"), 14),
    ("gladly", "api_token", "Gladly", g_b62(40), setup_gladly,
     W("gladly api token", "gladly token"), 12),
    ("gainsight", "px_api_key", "Gainsight PX", g_uuid, setup_gainsight_px,
     W("gainsight px api key", "px api key", "aptrinsic api key"), 12),
    ("gainsight", "access_key", "Gainsight", g_uuid, setup_gainsight_nxt,
     W("gainsight access key", "gainsight api key", "gs access key"), 11),
]

NEUTRAL = W("token", "auth", "key", "creds", "value", "bearer", "conn secret", "primary", "prod value",
            "service auth", "client key", "access", "api", "integration key", "default", "upstream auth",
            "remote key", "svc token", "x")


def name_style(words, style):
    words = [w.lower() for w in words]
    if style == "snake":
        return "_".join(words)
    if style == "scream":
        return "_".join(words).upper()
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# quoting helpers
# ---------------------------------------------------------------------------

def dq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sq(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def q(lang, s):
    if lang in ("php", "apex"):
        return sq(s)
    return dq(s)


YAML_BARE_BAD = set("*&!@%`{[|>#\"'?:,-~")


def yq(rng, s, force=False):
    """YAML scalar: quoted when needed, otherwise quoted at random."""
    low = s.lower()
    need = (s == "" or s[0] in YAML_BARE_BAD or ": " in s or " #" in s or "${" in s or "{{" in s
            or low in ("true", "false", "null", "yes", "no", "on", "off", "~") or s.strip() != s
            or s.replace(".", "", 1).isdigit() or s.startswith("0"))
    if need or force:
        return dq(s) if (rng.random() < 0.7 or "'" in s) else "'" + s + "'"
    r = rng.random()
    if r < 0.5:
        return s
    if r < 0.8:
        return dq(s)
    return "'" + s + "'"


def shq(rng, s):
    """shell-safe quoting for export lines."""
    if any(c in s for c in "$`!\\\"") or s == "":
        return "'" + s + "'"
    r = rng.random()
    if r < 0.45:
        return '"' + s + '"'
    if r < 0.7 and all(c in B62 + "._-:/@=+" for c in s):
        return s
    return "'" + s + "'"


def envq(rng, s):
    """dotenv value."""
    if s == "":
        return ""
    if " " in s or "#" in s or "$" in s:
        return '"' + s + '"' if "$" not in s else "'" + s + "'"
    r = rng.random()
    return s if r < 0.65 else ('"' + s + '"' if r < 0.9 else "'" + s + "'")


class Ex(object):
    def __init__(self, code, lit=None):
        self.code = code
        self.lit = lit


def lit(lang, s):
    return Ex(q(lang, s), s)


def var(name):
    return Ex(name, None)


def cat(lang, prefix, ex, suffix=""):
    if ex.lit is not None:
        return q(lang, prefix + ex.lit + suffix)
    if not prefix and not suffix:
        return ex.code
    if lang == "py":
        return "f" + dq(prefix + "{" + ex.code + "}" + suffix)
    if lang in ("js", "ts"):
        return "`" + prefix + "${" + ex.code + "}" + suffix + "`"
    if lang == "php":
        parts = ([sq(prefix)] if prefix else []) + [ex.code] + ([sq(suffix)] if suffix else [])
        return " . ".join(parts)
    if lang == "rb":
        return dq(prefix + "#{" + ex.code + "}" + suffix)
    parts = ([q(lang, prefix)] if prefix else []) + [ex.code] + ([q(lang, suffix)] if suffix else [])
    return " + ".join(parts)


# ---------------------------------------------------------------------------
# the secret slot: a real secret (positive) or a look-alike (negative)
# ---------------------------------------------------------------------------

GENERIC_PLACEHOLDERS = ["YOUR_API_KEY", "<your-api-key>", "REPLACE_ME", "changeme", "xxxxxxxxxxxxxxxx",
                        "<insert token here>", "TODO", "your-token-here", "<API_TOKEN>", "dummy",
                        "set-me-in-vault", "CHANGE_ME", "<redacted>", "...", "PASTE_KEY_HERE", "test"]

SPECIFIC_PLACEHOLDERS = {
    ("hubspot", "private_app_token"): ["pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "pat-na1-<your-token>", "YOUR_PRIVATE_APP_TOKEN"],
    ("hubspot", "legacy_api_key"): ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "demo", "YOUR_HAPIKEY"],
    ("sfmc", "client_secret"): ["<client_secret>", "YOUR_CLIENT_SECRET", "{{client_secret}}"],
    ("marketo", "client_secret"): ["YOUR_CLIENT_SECRET", "<marketo-client-secret>"],
    ("pardot", "consumer_secret"): ["<consumer-secret>", "CONSUMER_SECRET_GOES_HERE"],
    ("klaviyo", "private_api_key"): ["pk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "pk_your_private_key", "your-private-api-key"],
    ("customerio", "track_api_key"): ["YOUR_TRACK_API_KEY", "<track-api-key>"],
    ("customerio", "app_api_key"): ["YOUR_APP_API_KEY", "<app-api-key>"],
    ("braze", "rest_api_key"): ["YOUR-REST-API-KEY", "00000000-0000-0000-0000-000000000000"],
    ("iterable", "api_key"): ["YOUR_ITERABLE_API_KEY", "<iterable-server-side-key>"],
    ("activecampaign", "api_key"): ["YOUR_API_TOKEN", "<activecampaign-api-key>"],
    ("mailchimp", "api_key"): ["YOUR_API_KEY-us6", "<dc>-apikey", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1"],
    ("pipedrive", "api_token"): ["YOUR_API_TOKEN", "<pipedrive-api-token>"],
    ("zoho", "refresh_token"): ["1000.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "{refresh_token}", "<REFRESH_TOKEN>"],
    ("zoho", "client_secret"): ["{client_secret}", "<CLIENT_SECRET>"],
    ("close", "api_key"): ["yourapikey", "api_XXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXX"],
    ("copper", "api_key"): ["YOUR_COPPER_API_KEY", "<api-key>"],
    ("freshdesk", "api_key"): ["YOUR_API_KEY", "<freshdesk-api-key>"],
    ("freshsales", "api_key"): ["YOUR_API_KEY", "<freshsales-api-key>"],
    ("zendesk", "api_token"): ["<zendesk-api-token>", "{api_token}", "YOUR_API_TOKEN"],
    ("zendesk", "agent_password"): ["<password>", "YOUR_PASSWORD", "{password}"],
    ("freshdesk", "agent_password"): ["<password>", "YOUR_PASSWORD"],
    ("intercom", "access_token"): ["<Your access token>", "YOUR_ACCESS_TOKEN"],
    ("helpscout", "app_secret"): ["<app-secret>", "YOUR_APP_SECRET"],
    ("front", "api_token"): ["<front-api-token>", "YOUR_FRONT_TOKEN", "eyJ...redacted"],
    ("gorgias", "api_key"): ["<gorgias-api-key>", "YOUR_API_KEY"],
    ("drift", "access_token"): ["<drift-oauth-token>", "YOUR_ACCESS_TOKEN"],
    ("kustomer", "api_key"): ["<kustomer-api-key>", "YOUR_API_KEY"],
    ("gladly", "api_token"): ["<gladly-api-token>", "YOUR_API_TOKEN"],
    ("gainsight", "px_api_key"): ["<px-rest-api-key>", "YOUR_PX_API_KEY"],
    ("gainsight", "access_key"): ["<access-key>", "YOUR_ACCESS_KEY"],
}

SECRET_MANAGER_REFS = [
    "arn:aws:secretsmanager:{region}:{acct}:secret:{env}/crm/{slug}-{suffix}",
    "vault:secret/data/{env}/crm#{slug}",
    "op://{Env}/{disp}/credential",
    "projects/{comp}-{env}/secrets/{slug}/versions/latest",
    "{{{{resolve:secretsmanager:{env}/crm/{slug}:SecretString:token}}}}",
    "ssm:/{env}/integrations/{slug}",
    "azurekeyvault://{comp}-kv/{slug}",
]


class Slot(object):
    def __init__(self, rng, spec, pos, secret=None, neg_kind=None, envname="API_TOKEN", comp="acme"):
        self.rng = rng
        self.pos = pos
        self.provider, self.kind, self.disp = spec[0], spec[1], spec[2]
        self.env = envname
        self.envchoice = rng.randrange(3)
        self.nk = "secret" if pos else neg_kind
        if pos:
            self.value = secret
        elif neg_kind == "placeholder":
            pool = SPECIFIC_PLACEHOLDERS.get((self.provider, self.kind), []) + GENERIC_PLACEHOLDERS
            self.value = rng.choice(pool[:3] * 2 + pool)
        elif neg_kind == "masked":
            fake = spec[3](rng)  # never written unmasked
            keep = 4 if rng.random() < 0.7 else 0
            pre = ""
            for p in ("pat-na1-", "pat-eu1-", "pat-na2-", "pk_", "api_", "1000.", "eyJ"):
                if fake.startswith(p):
                    pre = p
            mask = rng.choice(["*", "*", "•", "x", "X"])
            n = rng.choice([8, 12, 16, len(fake) - len(pre) - keep])
            self.value = pre + mask * max(4, n) + (fake[-keep:] if keep else "")
            if self.kind.endswith("password"):
                self.value = mask * rng.choice([8, 10, 12])
        elif neg_kind == "redacted":
            self.value = rng.choice(["[REDACTED]", "<redacted>", "***", "REDACTED", "[filtered]", "********"])
        elif neg_kind == "empty":
            self.value = ""
        elif neg_kind == "secret_manager_ref":
            slug = "-".join(envname.lower().split("_"))
            env = rng.choice(["prod", "production", "staging", "dev"])
            tmpl = rng.choice(SECRET_MANAGER_REFS)
            self.value = tmpl.format(region=rng.choice(["us-east-1", "eu-west-1", "us-west-2"]),
                                     acct=rs(rng, DIG, 12), env=env, Env=env.capitalize(), slug=slug,
                                     suffix=rs(rng, B62, 6), disp=self.disp.replace(" ", ""), comp=comp)
        else:  # env_ref
            self.value = None

    # code expression in a programming language
    def ex(self, lang):
        if self.nk != "env_ref":
            return lit(lang, self.value)
        e, c = self.env, self.envchoice
        if lang == "py":
            return var(['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e][c])
        if lang in ("js", "ts"):
            return var(["process.env.%s" % e, "process.env.%s" % e, 'process.env["%s"]' % e][c])
        if lang == "php":
            return var(["env('%s')" % e, "getenv('%s')" % e, "env('%s', '')" % e][c])
        if lang == "rb":
            return var(['ENV["%s"]' % e, 'ENV.fetch("%s")' % e, 'ENV.fetch("%s", nil)' % e][c])
        if lang == "go":
            return var('os.Getenv("%s")' % e)
        if lang == "apex":
            return var("Integration_Settings__c.getOrgDefaults().%s__c" % name_style(e.lower().split("_"), "pascal"))
        if lang == "cs":
            return var('Environment.GetEnvironmentVariable("%s")' % e)
        if lang == "tf":
            return var("var.%s" % e.lower())
        raise ValueError(lang)

    # raw text for config files / URLs
    def raw(self, style="shell"):
        if self.nk != "env_ref":
            return self.value
        e = self.env
        if style == "gha":
            return "${{ secrets.%s }}" % e
        if style == "postman":
            return "{{%s}}" % name_style(e.lower().split("_"), "camel")
        if style == "n8n":
            return "={{ $env.%s }}" % e
        if style == "make":
            return "{{var.organization.%s}}" % e.lower()
        if style == "zapier":
            return "{{bundle.authData.%s}}" % e.lower()
        if style == "md":
            return "$" + e
        if style == "xml":
            return "{!$Credential.Password}"
        if style == "spring":
            return "${%s}" % e
        if style == "k8s":
            return "$(%s)" % e
        return "${%s}" % e


def neg_kind_choice(rng):
    return rng.choices(["placeholder", "env_ref", "masked", "empty", "secret_manager_ref", "redacted"],
                       [30, 30, 12, 12, 10, 6])[0]


# ---------------------------------------------------------------------------
# per-file context and request emitters
# ---------------------------------------------------------------------------

def comp_role(words):
    w = " ".join(words)
    if "client id" in w or "consumer key" in w or "app id" in w:
        return "client_id"
    if "client secret" in w:
        return "client_secret"
    if "refresh token" in w:
        return "refresh_token"
    if "account id" in w:
        return "account_id"
    return None


class Ctx(object):
    def __init__(self, rng, spec, pos, obvious):
        self.rng = rng
        self.spec = spec
        self.provider, self.kind, self.disp = spec[0], spec[1], spec[2]
        self.pos = pos
        self.obvious = obvious
        self.comp = company(rng)
        self.owords = rng.choice(spec[5])
        self.env = name_style(self.owords, "scream")
        self.words = self.owords if obvious else rng.choice(NEUTRAL)
        secret = spec[3](rng) if pos else None
        self.secret = secret
        self.s = spec[4](rng, secret, self.comp)
        self.comps = self.s["comp"]
        self.slot = Slot(rng, spec, pos, secret=secret, neg_kind=None if pos else neg_kind_choice(rng),
                         envname=self.env, comp=self.comp)
        self.needle = secret
        self.url = self.s["url"]
        self.method = self.s.get("method", "GET")
        self.auth = self.s["auth"]

    def name(self, style):
        return name_style(self.words, style)

    def cname(self, words, style):
        return name_style(words, style)

    def cex(self, lang, value, words=None):
        if isinstance(value, EnvRef):
            env_name = value.name
            if lang == "py":
                return var('os.environ["%s"]' % env_name)
            if lang in ("js", "ts"):
                return var("process.env.%s" % env_name)
            if lang == "php":
                return var("env('%s')" % env_name)
            if lang == "rb":
                return var('ENV.fetch("%s")' % env_name)
            if lang == "go":
                return var('os.Getenv("%s")' % env_name)
            if lang == "apex":
                return var("Integration_Settings__c.getOrgDefaults().%s__c" % name_style(env_name.lower().split("_"), "pascal"))
            if lang == "tf":
                return var("var.%s" % env_name.lower())
            return var(env_name)
        return lit(lang, value)

    def craw(self, value, style="shell"):
        """companion as raw config text."""
        if isinstance(value, EnvRef):
            if style == "gha":
                return "${{ secrets.%s }}" % value.name
            if style == "postman":
                return "{{%s}}" % name_style(value.name.lower().split("_"), "camel")
            if style == "n8n":
                return "={{ $env.%s }}" % value.name
            if style == "make":
                return "{{var.organization.%s}}" % value.name.lower()
            if style == "zapier":
                return "{{bundle.authData.%s}}" % value.name.lower()
            if style == "md":
                return "$" + value.name
            return "${%s}" % value.name
        return value

    def comp_vars(self, lang, style):
        """[(varname, Ex-of-value, role)]"""
        out = []
        for words, value in self.comps:
            out.append((name_style(words, style), self.cex(lang, value), comp_role(words), value))
        return out


def find_user(C, lang, cv, user):
    for vname, ex, role, value in cv:
        if isinstance(value, str) and value == user:
            return var(vname)
        if isinstance(value, str) and user == value + "/token":
            return Ex(cat(lang, "", var(vname), "/token"), None)
    return lit(lang, user)


def form_fields(C, lang, cv, sx):
    _, field, extra = C.auth
    items = [(k, lit(lang, v)) for k, v in extra]
    for vname, ex, role, value in cv:
        if role and role != field:
            items.append((role, var(vname)))
    items.append((field, sx))
    return items


def py_request(C, sx, cv, ind=""):
    a = C.auth
    lines = []
    hdrs = [(k, lit("py", v)) for k, v in C.s["hdrs"]]
    kw = []
    if a[0] == "bearer":
        hdrs.insert(0, ("Authorization", Ex(cat("py", "Bearer ", sx))))
    elif a[0] == "header":
        hdrs.insert(0, (a[1], Ex(cat("py", a[2], sx))))
    elif a[0] == "basic_user":
        kw.append("auth=(%s, %s)" % (find_user(C, "py", cv, a[1]).code, sx.code))
    elif a[0] == "basic_key":
        kw.append("auth=(%s, %s)" % (sx.code, dq(a[1])))
    elif a[0] == "query":
        kw.append("params={%s: %s}" % (dq(a[1]), sx.code))
    if a[0] == "form":
        lines.append(ind + "payload = {")
        for k, ex in form_fields(C, "py", cv, sx):
            lines.append(ind + "    %s: %s," % (dq(k), ex.code))
        lines.append(ind + "}")
        kw.append("data=payload")
    if hdrs:
        lines.append(ind + "headers = {")
        for k, ex in hdrs:
            lines.append(ind + "    %s: %s," % (dq(k), ex.code))
        lines.append(ind + '    "Accept": "application/json",')
        lines.append(ind + "}")
        kw.insert(0, "headers=headers")
    lines.append(ind + "resp = requests.%s(" % C.method.lower())
    lines.append(ind + "    %s," % dq(C.url))
    for k in kw:
        lines.append(ind + "    %s," % k)
    lines.append(ind + "    timeout=30,")
    lines.append(ind + ")")
    lines.append(ind + "resp.raise_for_status()")
    return lines


def js_request(C, sx, cv, ind="", lang="js"):
    a = C.auth
    lines = []
    hdrs = [(k, lit(lang, v).code) for k, v in C.s["hdrs"]]
    url_expr = dq(C.url)
    body = None
    if a[0] == "bearer":
        hdrs.insert(0, ("Authorization", cat(lang, "Bearer ", sx)))
    elif a[0] == "header":
        hdrs.insert(0, (a[1], cat(lang, a[2], sx)))
    elif a[0] in ("basic_user", "basic_key"):
        if a[0] == "basic_user":
            ut = a[1]
            for vname, ex, role, value in cv:
                if isinstance(value, str) and value == a[1]:
                    ut = "${%s}" % vname
                elif isinstance(value, str) and a[1] == value + "/token":
                    ut = "${%s}/token" % vname
            pair = "`%s:%s`" % (ut, "${%s}" % sx.code if sx.lit is None else sx.lit)
        else:
            pair = "`%s:%s`" % ("${%s}" % sx.code if sx.lit is None else sx.lit, a[1])
        hdrs.insert(0, ("Authorization", '"Basic " + Buffer.from(%s).toString("base64")' % pair))
    elif a[0] == "query":
        url_expr = "`%s?%s=%s`" % (C.url, a[1], "${%s}" % sx.code if sx.lit is None else sx.lit)
    if a[0] == "form":
        lines.append(ind + "const form = new URLSearchParams({")
        for k, ex in form_fields(C, lang, cv, sx):
            lines.append(ind + "  %s: %s," % (k, ex.code))
        lines.append(ind + "});")
        body = "form"
        hdrs.append(("Content-Type", dq("application/x-www-form-urlencoded")))
    elif C.method != "GET":
        body = "JSON.stringify(payload)"
        hdrs.append(("Content-Type", dq("application/json")))
    lines.append(ind + "const res = await fetch(%s, {" % url_expr)
    lines.append(ind + "  method: %s," % dq(C.method))
    lines.append(ind + "  headers: {")
    for k, v in hdrs:
        key = k if k.replace("_", "").isalnum() and "-" not in k else dq(k)
        lines.append(ind + "    %s: %s," % (key, v))
    lines.append(ind + "  },")
    if body:
        lines.append(ind + "  body: %s," % body)
    lines.append(ind + "});")
    lines.append(ind + "if (!res.ok) throw new Error(`%s ${res.status}: ${await res.text()}`);" % C.disp)
    return lines


def php_request(C, sx, cv, ind=""):
    a = C.auth
    opts = []
    hdrs = [(k, sq(v)) for k, v in C.s["hdrs"]]
    if a[0] == "bearer":
        hdrs.insert(0, ("Authorization", cat("php", "Bearer ", sx)))
    elif a[0] == "header":
        hdrs.insert(0, (a[1], cat("php", a[2], sx)))
    elif a[0] == "basic_user":
        opts.append("'auth' => [%s, %s]," % (find_user(C, "php", cv, a[1]).code, sx.code))
    elif a[0] == "basic_key":
        opts.append("'auth' => [%s, %s]," % (sx.code, sq(a[1])))
    elif a[0] == "query":
        opts.append("'query' => ['%s' => %s]," % (a[1], sx.code))
    if a[0] == "form":
        opts.append("'form_params' => [")
        for k, ex in form_fields(C, "php", cv, sx):
            opts.append("    '%s' => %s," % (k, ex.code))
        opts.append("],")
    lines = [ind + "$response = $client->request('%s', '%s', [" % (C.method, C.url)]
    if hdrs:
        lines.append(ind + "    'headers' => [")
        for k, v in hdrs:
            lines.append(ind + "        '%s' => %s," % (k, v))
        lines.append(ind + "        'Accept' => 'application/json',")
        lines.append(ind + "    ],")
    for o in opts:
        lines.append(ind + "    " + o)
    lines.append(ind + "    'timeout' => 20,")
    lines.append(ind + "]);")
    return lines


def rb_request(C, sx, cv, ind=""):
    a = C.auth
    cls = {"GET": "Get", "POST": "Post", "PUT": "Put"}[C.method]
    lines = [ind + "uri = URI(%s)" % dq(C.url)]
    if a[0] == "query":
        lines.append(ind + "uri.query = URI.encode_www_form(%s: %s)" % (a[1], sx.code))
    lines.append(ind + "req = Net::HTTP::%s.new(uri)" % cls)
    if a[0] == "bearer":
        lines.append(ind + 'req["Authorization"] = %s' % cat("rb", "Bearer ", sx))
    elif a[0] == "header":
        lines.append(ind + 'req[%s] = %s' % (dq(a[1]), cat("rb", a[2], sx)))
    elif a[0] == "basic_user":
        lines.append(ind + "req.basic_auth(%s, %s)" % (find_user(C, "rb", cv, a[1]).code, sx.code))
    elif a[0] == "basic_key":
        lines.append(ind + "req.basic_auth(%s, %s)" % (sx.code, dq(a[1])))
    for k, v in C.s["hdrs"]:
        lines.append(ind + 'req[%s] = %s' % (dq(k), dq(v)))
    if a[0] == "form":
        lines.append(ind + "req.set_form_data(")
        for k, ex in form_fields(C, "rb", cv, sx):
            lines.append(ind + '  "%s" => %s,' % (k, ex.code))
        lines.append(ind + ")")
    elif C.method != "GET":
        lines.append(ind + 'req["Content-Type"] = "application/json"')
        lines.append(ind + "req.body = payload.to_json")
    lines.append(ind + "res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }")
    lines.append(ind + 'raise "%s error #{res.code}" unless res.is_a?(Net::HTTPSuccess)' % C.disp)
    return lines


def go_request(C, sx, cv, ind="\t"):
    a = C.auth
    lines = []
    if a[0] == "form":
        lines.append(ind + "form := url.Values{}")
        for k, ex in form_fields(C, "go", cv, sx):
            lines.append(ind + 'form.Set("%s", %s)' % (k, ex.code))
        lines.append(ind + 'req, err := http.NewRequestWithContext(ctx, "%s", %s, strings.NewReader(form.Encode()))' % (C.method, dq(C.url)))
    else:
        lines.append(ind + 'req, err := http.NewRequestWithContext(ctx, "%s", %s, body)' % (C.method, dq(C.url)))
    lines.append(ind + "if err != nil {")
    lines.append(ind + "\treturn nil, err")
    lines.append(ind + "}")
    if a[0] == "bearer":
        lines.append(ind + 'req.Header.Set("Authorization", %s)' % cat("go", "Bearer ", sx))
    elif a[0] == "header":
        lines.append(ind + 'req.Header.Set("%s", %s)' % (a[1], cat("go", a[2], sx)))
    elif a[0] == "basic_user":
        lines.append(ind + "req.SetBasicAuth(%s, %s)" % (find_user(C, "go", cv, a[1]).code, sx.code))
    elif a[0] == "basic_key":
        lines.append(ind + 'req.SetBasicAuth(%s, "%s")' % (sx.code, a[1]))
    elif a[0] == "query":
        lines.append(ind + "q := req.URL.Query()")
        lines.append(ind + 'q.Set("%s", %s)' % (a[1], sx.code))
        lines.append(ind + "req.URL.RawQuery = q.Encode()")
    for k, v in C.s["hdrs"]:
        lines.append(ind + 'req.Header.Set("%s", "%s")' % (k, v))
    if a[0] == "form":
        lines.append(ind + 'req.Header.Set("Content-Type", "application/x-www-form-urlencoded")')
    else:
        lines.append(ind + 'req.Header.Set("Content-Type", "application/json")')
    return lines


def sh_arg(text):
    """quote a shell word built from text that may hold $VAR references."""
    if "'" in text:
        return dq(text)
    return '"' + text + '"'


def curl_lines(C, stext, cvtext, literal, pre_b64=None):
    """stext: text of secret inside a shell word (e.g. '$TOKEN' or literal)."""
    a = C.auth

    def w(t):
        if literal and any(c in t for c in "$`!"):
            return "'" + t + "'"
        return '"' + t + '"'
    url = C.url
    lines = ["curl -sS -X %s \\" % C.method]
    if a[0] == "query":
        url = "%s?%s=%s" % (url, a[1], stext)
    if pre_b64:
        lines.append('  -H "Authorization: Basic %s" \\' % pre_b64)
    elif a[0] == "bearer":
        lines.append("  -H %s \\" % w("Authorization: Bearer " + stext))
    elif a[0] == "header":
        lines.append("  -H %s \\" % w("%s: %s%s" % (a[1], a[2], stext)))
    elif a[0] == "basic_user":
        u = cvtext.get(a[1], a[1])
        lines.append("  -u %s \\" % w("%s:%s" % (u, stext)))
    elif a[0] == "basic_key":
        lines.append("  -u %s \\" % w("%s:%s" % (stext, a[1])))
    for k, v in C.s["hdrs"]:
        lines.append('  -H "%s: %s" \\' % (k, v))
    if a[0] == "form":
        for k, v in a[2]:
            lines.append('  -d "%s=%s" \\' % (k, v))
        for words, value in C.comps:
            role = comp_role(words)
            if role and role != a[1]:
                lines.append('  --data-urlencode "%s=%s" \\' % (role, cvtext.get(value, value) if isinstance(value, str) else "$" + value.name))
        lines.append("  --data-urlencode %s \\" % w("%s=%s" % (a[1], stext)))
    elif C.method != "GET":
        lines.append('  -H "Content-Type: application/json" \\')
        lines.append("  -d @payload.json \\")
    lines.append("  %s" % w(url))
    return lines


def basic_b64(C, secret):
    a = C.auth
    if a[0] == "basic_user":
        return base64.b64encode(("%s:%s" % (a[1], secret)).encode()).decode()
    if a[0] == "basic_key":
        return base64.b64encode(("%s:%s" % (secret, a[1])).encode()).decode()
    return None


# ---------------------------------------------------------------------------
# shared templates (used by positives and, with a look-alike slot, negatives)
# each returns (relpath, filetype, text)
# ---------------------------------------------------------------------------

def J(lines):
    return "\n".join(lines).rstrip("\n") + "\n"


def pick(rng, *xs):
    return rng.choice(xs)


def slug(C):
    return C.provider


def sec_code(C, lang, style, inline_ok=True):
    """returns (declaration name or None, Ex used at call site)."""
    if inline_ok and not C.obvious and C.rng.random() < 0.5:
        return None, C.slot.ex(lang)
    return C.name(style), var(C.name(style))


def t_py_client(C):
    rng = C.rng
    style = pick(rng, "scream", "snake")
    nm, sx = sec_code(C, "py", style)
    cv = C.comp_vars("py", "scream" if style == "scream" else "snake")
    fn = pick(rng, "fetch_records", "sync_batch", "pull_updates", "list_items", "push_profile")
    L = ['"""Thin wrapper around the %s REST API used by the nightly sync."""' % C.disp, "",
         "import logging", "import os", "", "import requests", "",
         "log = logging.getLogger(__name__)", ""]
    for n, ex, role, value in cv:
        L.append("%s = %s" % (n, ex.code))
    if nm:
        L.append("%s = %s" % (nm, C.slot.ex("py").code))
    L += ["%s = %d" % (pick(rng, "PAGE_SIZE", "BATCH_SIZE", "MAX_RESULTS"), rng.choice([50, 100, 200, 250])), "", "",
          "def %s(%s):" % (fn, pick(rng, "since=None", "cursor=None", "payload=None")),
          '    """Return one page of results; raises on HTTP errors."""']
    if C.method != "GET" and C.auth[0] != "form":
        L.append("    payload = payload or {}")
    L += py_request(C, sx, cv, "    ")
    L += ['    log.debug("%s %%s -> %%s", resp.url, resp.status_code)' % C.provider, "    return resp.json()", "", "",
          'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)", "    print(%s())" % fn]
    path = pick(rng, "integrations/%s_client.py" % slug(C), "app/services/%s.py" % slug(C),
                "src/%s/client.py" % C.comp, "scripts/%s_sync.py" % slug(C), "lib/crm/%s_api.py" % slug(C))
    return path, "python", J(L)


def t_django_settings(C):
    rng = C.rng
    nm = C.name("scream")
    L = ['"""', "Django settings for %s project (%s)." % (C.comp, pick(rng, "production", "staging")), '"""',
         "from .base import *  # noqa", "", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s", "www.%s"]' % (domain(rng, C.comp), domain(rng, C.comp)), "",
         "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
         '        "NAME": "%s",' % C.comp, '        "HOST": os.environ.get("DB_HOST", "localhost"),',
         '        "PASSWORD": os.environ.get("DB_PASSWORD"),', "    }", "}", "",
         "# --- %s integration ---" % C.disp]
    if rng.random() < 0.5:
        L.append("%s = {" % name_style([C.provider, "settings"], "scream"))
        for n, ex, role, value in C.comp_vars("py", "snake"):
            L.append('    "%s": %s,' % (n, ex.code))
        L.append('    "%s": %s,' % (C.name("snake"), C.slot.ex("py").code))
        L.append('    "%s": "%s",' % (pick(rng, "base_url", "endpoint"), C.url.split("/", 3)[0] + "//" + C.url.split("/")[2]))
        L.append('    "timeout": %d,' % rng.choice([10, 15, 30]))
        L.append("}")
    else:
        for n, ex, role, value in C.comp_vars("py", "scream"):
            L.append("%s = %s" % (n, ex.code))
        L.append("%s = %s" % (nm, C.slot.ex("py").code))
        L.append("%s_TIMEOUT = %d" % (C.provider.upper(), rng.choice([10, 15, 30])))
    L += ["", "CELERY_BEAT_SCHEDULE = {", '    "sync-%s": {' % C.provider,
          '        "task": "crm.tasks.sync_%s",' % C.provider,
          '        "schedule": %d.0,' % rng.choice([300, 600, 900, 3600]), "    },", "}", "",
          'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"',
          'DEFAULT_FROM_EMAIL = "no-reply@%s"' % domain(rng, C.comp)]
    path = pick(rng, "config/settings/production.py", "%s/settings/prod.py" % C.comp, "config/settings.py",
                "project/settings/staging.py")
    return path, "python", J(L)


def t_flask_webhook(C):
    rng = C.rng
    nm, sx = sec_code(C, "py", "scream")
    cv = C.comp_vars("py", "scream")
    L = ["import hashlib", "import hmac", "import os", "", "import requests",
         "from flask import Flask, abort, jsonify, request", "", "app = Flask(__name__)",
         'WEBHOOK_SECRET = os.environ["%s_WEBHOOK_SECRET"]' % C.provider.upper()]
    for n, ex, role, value in cv:
        L.append("%s = %s" % (n, ex.code))
    if nm:
        L.append("%s = %s" % (nm, C.slot.ex("py").code))
    L += ["", "", "def _verify(raw, signature):",
          "    digest = hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()",
          "    return hmac.compare_digest(digest, signature or \"\")", "", "",
          '@app.route("/webhooks/%s", methods=["POST"])' % C.provider, "def %s_webhook():" % C.provider,
          '    if not _verify(request.get_data(), request.headers.get("X-Signature")):',
          "        abort(401)", "    event = request.get_json(force=True)",
          '    if event.get("type") not in ("%s", "%s"):' % pick(rng, ("contact.created", "contact.updated"), ("ticket.created", "ticket.solved"), ("deal.won", "deal.lost")),
          '        return jsonify(ignored=True)', "    payload = {\"id\": event[\"id\"], \"source\": \"webhook\"}"]
    L += py_request(C, sx, cv, "    ")
    L += ["    return jsonify(ok=True, upstream=resp.status_code)"]
    path = pick(rng, "app/webhooks.py", "webhooks/%s.py" % C.provider, "api/handlers/%s_webhook.py" % C.provider)
    return path, "python", J(L)


def t_airflow_dag(C):
    rng = C.rng
    nm, sx = sec_code(C, "py", "scream")
    cv = C.comp_vars("py", "scream")
    dag = "%s_%s" % (C.provider, pick(rng, "export", "sync", "backfill", "ingest"))
    L = ["from datetime import datetime, timedelta", "", "import requests", "from airflow import DAG",
         "from airflow.operators.python import PythonOperator", ""]
    for n, ex, role, value in cv:
        L.append("%s = %s" % (n, ex.code))
    if nm:
        L.append("%s = %s" % (nm, C.slot.ex("py").code))
    L += ["", "default_args = {", '    "owner": "%s",' % pick(rng, "data-eng", "growth", "revops", "analytics"),
          '    "retries": %d,' % rng.randint(1, 4), '    "retry_delay": timedelta(minutes=%d),' % rng.choice([5, 10, 15]),
          "}", "", "", "def extract(**context):", "    payload = {\"date\": context[\"ds\"]}"]
    L += py_request(C, sx, cv, "    ")
    L += ['    context["ti"].xcom_push(key="rows", value=resp.json())', "", "",
          "with DAG(", '    dag_id="%s",' % dag, "    start_date=datetime(%d, %d, 1)," % (rng.randint(2021, 2024), rng.randint(1, 12)),
          '    schedule_interval="%s",' % pick(rng, "@daily", "@hourly", "0 3 * * *", "*/30 * * * *"),
          "    catchup=False,", "    default_args=default_args,", ") as dag:",
          '    PythonOperator(task_id="extract", python_callable=extract)']
    return pick(rng, "dags/%s.py" % dag, "airflow/dags/%s.py" % dag), "python", J(L)


def t_lambda(C):
    rng = C.rng
    nm, sx = sec_code(C, "py", "scream")
    cv = C.comp_vars("py", "scream")
    L = ["import json", "import os", "", "import requests", ""]
    for n, ex, role, value in cv:
        L.append("%s = %s" % (n, ex.code))
    if nm:
        L.append("%s = %s  # %s" % (nm, C.slot.ex("py").code, pick(rng, "TODO move to SSM", "set in console", "from the %s admin" % C.disp, "rotate quarterly")))
    L += ["", "", "def handler(event, context):", '    body = json.loads(event.get("body") or "{}")',
          '    payload = {"email": body.get("email"), "source": "%s"}' % pick(rng, "landing-page", "checkout", "signup-form")]
    L += py_request(C, sx, cv, "    ")
    L += ['    return {"statusCode": 200, "body": json.dumps({"ok": True})}']
    path = pick(rng, "functions/%s_sync/handler.py" % C.provider, "lambda/%s/app.py" % C.provider, "serverless/handlers/%s.py" % C.provider)
    return path, "python", J(L)


def t_mgmt_command(C):
    rng = C.rng
    nm, sx = sec_code(C, "py", "scream")
    cv = C.comp_vars("py", "scream")
    L = ["import requests", "from django.core.management.base import BaseCommand", "",
         "from crm.models import %s" % pick(rng, "Contact", "Ticket", "Deal", "Account"), ""]
    for n, ex, role, value in cv:
        L.append("%s = %s" % (n, ex.code))
    if nm:
        L.append("%s = %s" % (nm, C.slot.ex("py").code))
    L += ["", "", "class Command(BaseCommand):", '    help = "Backfill records from %s"' % C.disp, "",
          "    def add_arguments(self, parser):", '        parser.add_argument("--dry-run", action="store_true")', "",
          "    def handle(self, *args, **opts):", "        payload = {}"]
    L += py_request(C, sx, cv, "        ")
    L += ['        rows = resp.json().get("%s", [])' % pick(rng, "results", "data", "items"),
          '        self.stdout.write(f"fetched {len(rows)} rows")']
    return "crm/management/commands/backfill_%s.py" % C.provider, "python", J(L)


def t_notebook(C):
    rng = C.rng
    nm = C.name(pick(rng, "snake", "scream"))
    cv = C.comp_vars("py", "snake")
    src1 = ["import pandas as pd\n", "import requests\n"]
    src2 = []
    for n, ex, role, value in cv:
        src2.append("%s = %s\n" % (n, ex.code))
    src2.append("%s = %s\n" % (nm, C.slot.ex("py").code))
    req = py_request(C, var(nm), cv)
    src3 = ["payload = {}\n"] + [l + "\n" for l in req] + ["df = pd.json_normalize(resp.json())\n", "df.head()"]
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s %s\n" % (C.disp, pick(rng, "churn exploration", "campaign analysis", "ticket volume review", "pipeline audit")),
                                                             "Pull a sample from the API and look at it."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src2},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": src3},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.%d.%d" % (rng.randint(9, 12), rng.randint(0, 9))}},
          "nbformat": 4, "nbformat_minor": 5}
    path = pick(rng, "notebooks/%s_analysis.ipynb" % C.provider, "analysis/%s-exploration.ipynb" % C.provider, "notebooks/scratch.ipynb")
    return path, "ipynb", json.dumps(nb, indent=1) + "\n"


def t_node_client(C):
    rng = C.rng
    style = pick(rng, "camel", "scream")
    nm, sx = sec_code(C, "js", style)
    cv = C.comp_vars("js", style)
    L = ["// %s client used by the %s service" % (C.disp, pick(rng, "billing", "onboarding", "support", "marketing")),
         "\"use strict\";", ""]
    for n, ex, role, value in cv:
        L.append("const %s = %s;" % (n, ex.code))
    if nm:
        L.append("const %s = %s;" % (nm, C.slot.ex("js").code))
    fn = pick(rng, "syncContact", "fetchPage", "pushEvent", "listTickets")
    L += ["", "async function %s(payload = {}) {" % fn]
    L += js_request(C, sx, cv, "  ")
    L += ["  return res.json();", "}", "", "module.exports = { %s };" % fn]
    path = pick(rng, "src/lib/%sClient.js" % C.provider, "lib/%s.js" % C.provider, "server/services/%s.js" % C.provider)
    return path, "javascript", J(L)


def t_express_webhook(C):
    rng = C.rng
    nm, sx = sec_code(C, "js", "scream")
    cv = C.comp_vars("js", "scream")
    L = ["const express = require(\"express\");", "const crypto = require(\"crypto\");", "",
         "const router = express.Router();", "const SIGNING_SECRET = process.env.%s_SIGNING_SECRET;" % C.provider.upper()]
    for n, ex, role, value in cv:
        L.append("const %s = %s;" % (n, ex.code))
    if nm:
        L.append("const %s = %s;" % (nm, C.slot.ex("js").code))
    L += ["", "function verify(req) {",
          "  const sig = crypto.createHmac(\"sha256\", SIGNING_SECRET).update(req.rawBody).digest(\"hex\");",
          "  return sig === req.get(\"x-signature\");", "}", "",
          "router.post(\"/webhooks/%s\", async (req, res) => {" % C.provider,
          "  if (!verify(req)) return res.sendStatus(401);",
          "  const payload = { id: req.body.id, status: req.body.status };"]
    L += js_request(C, sx, cv, "  ")
    L += ["  res.json({ ok: true });", "});", "", "module.exports = router;"]
    return pick(rng, "server/routes/webhooks.js", "routes/%s-webhook.js" % C.provider), "javascript", J(L)


def t_netlify_fn(C):
    rng = C.rng
    lang = pick(rng, "js", "ts")
    nm, sx = sec_code(C, lang, "scream")
    cv = C.comp_vars(lang, "scream")
    L = []
    if lang == "ts":
        L += ["import type { Handler } from \"@netlify/functions\";", ""]
    for n, ex, role, value in cv:
        L.append("const %s = %s;" % (n, ex.code))
    if nm:
        L.append("const %s = %s;" % (nm, C.slot.ex(lang).code))
    L += ["", "export const handler%s = async (event) => {" % (": Handler" if lang == "ts" else ""),
          "  if (event.httpMethod !== \"POST\") return { statusCode: 405, body: \"\" };",
          "  const { email, firstName } = JSON.parse(event.body || \"{}\");",
          "  const payload = { email, first_name: firstName, tags: [\"%s\"] };" % pick(rng, "newsletter", "waitlist", "beta")]
    L += js_request(C, sx, cv, "  ", lang)
    L += ["  return { statusCode: 200, body: JSON.stringify({ ok: true }) };", "};"]
    ext = "ts" if lang == "ts" else "js"
    path = pick(rng, "netlify/functions/subscribe.%s" % ext, "api/%s-subscribe.%s" % (C.provider, ext), "functions/lead-capture.%s" % ext)
    return path, "typescript" if lang == "ts" else "javascript", J(L)


def t_ts_config(C):
    rng = C.rng
    nm = C.name("camel")
    L = ["// Central integration config. Loaded once at boot.", "", "export const integrations = {",
         "  %s: {" % C.provider, "    baseUrl: %s," % dq(C.url.split("/", 3)[0] + "//" + C.url.split("/")[2])]
    for n, ex, role, value in C.comp_vars("ts", "camel"):
        L.append("    %s: %s," % (n, ex.code))
    L.append("    %s: %s," % (nm, C.slot.ex("ts").code))
    L += ["    timeoutMs: %d," % rng.choice([5000, 8000, 10000, 15000]), "    retries: %d," % rng.randint(1, 5), "  },",
          "  featureFlags: {", "    enableLeadScoring: %s," % pick(rng, "true", "false"),
          "    syncIntervalMinutes: %d," % rng.choice([5, 15, 30, 60]), "  },", "} as const;", "",
          "export type IntegrationConfig = typeof integrations;"]
    return pick(rng, "src/config/integrations.ts", "config/%s.ts" % C.provider, "packages/api/src/config.ts"), "typescript", J(L)


def t_node_script_positional(C):
    rng = C.rng
    lang = "js"
    cls = pick(rng, "CrmClient", "ApiClient", C.disp.replace(" ", "").replace(".", "") + "Client")
    sx = C.slot.ex(lang)
    L = ["#!/usr/bin/env node", "// one-off: import contacts from a CSV export", "",
         "import fs from \"node:fs\";", "import { parse } from \"csv-parse/sync\";",
         "import { %s } from \"../lib/%s.js\";" % (cls, C.provider), ""]
    cv = C.comp_vars(lang, "camel")
    args = [sx.code]
    if C.obvious:
        L.append("const %s = %s;" % (C.name("camel"), sx.code))
        args = [C.name("camel")]
    for n, ex, role, value in cv:
        args.append(ex.code)
    L += ["const client = new %s(%s);" % (cls, ", ".join(args)),
          "const rows = parse(fs.readFileSync(process.argv[2] ?? \"contacts.csv\"), { columns: true });", "",
          "for (const row of rows) {", "  await client.upsert({ email: row.email, name: row.name, company: row.company });",
          "}", "console.log(`imported ${rows.length} rows`);"]
    return pick(rng, "scripts/import-contacts.mjs", "scripts/%s-import.mjs" % C.provider, "bin/backfill.mjs"), "javascript", J(L)


def t_laravel_services(C):
    rng = C.rng
    L = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
         "        'secret' => env('MAILGUN_SECRET'),", "    ],", "",
         "    '%s' => [" % C.provider]
    for n, ex, role, value in C.comp_vars("php", "snake"):
        L.append("        '%s' => %s," % (n.replace(C.provider + "_", "", 1), ex.code))
    key = C.name("snake") if not C.obvious else pick(rng, "token", "key", "secret", C.name("snake"))
    if not C.obvious or key == C.name("snake"):
        key = C.name("snake")
    L.append("        '%s' => %s," % (key, C.slot.ex("php").code))
    L += ["        'base_uri' => '%s'," % (C.url.split("/", 3)[0] + "//" + C.url.split("/")[2]),
          "        'timeout' => %d," % rng.choice([10, 20, 30]), "    ],", "",
          "    'slack' => [", "        'notifications' => [",
          "            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),", "        ],", "    ],", "", "];"]
    return "config/services.php", "php", J(L)


def t_wp_plugin(C):
    rng = C.rng
    plug = "%s-%s-sync" % (C.comp, C.provider)
    opt = "%s_%s" % (C.comp, C.name("snake"))
    L = ["<?php", "/**", " * Plugin Name: %s %s Sync" % (C.comp.capitalize(), C.disp),
         " * Description: Pushes WooCommerce customers to %s." % C.disp, " * Version: %d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 9), rng.randint(0, 20)),
         " */", "", "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", "",
         "register_activation_hook( __FILE__, function () {"]
    for n, ex, role, value in C.comp_vars("php", "snake"):
        L.append("    add_option( '%s_%s', %s );" % (C.comp, n, ex.code))
    L.append("    add_option( '%s', %s );" % (opt, C.slot.ex("php").code))
    L += ["} );", "", "add_action( 'woocommerce_created_customer', function ( $customer_id ) {",
          "    $customer = new WC_Customer( $customer_id );",
          "    $client   = new \\GuzzleHttp\\Client();", "    $%s = get_option( '%s' );" % (C.name("snake"), opt)]
    cv = [(("get_option( '%s_%s' )" % (C.comp, n)), ex, role, value) for n, ex, role, value in C.comp_vars("php", "snake")]
    cv2 = [(n, var(n), role, value) for n, ex, role, value in cv]
    L += php_request(C, var("$" + C.name("snake")), cv2, "    ")
    L += ["}, 10, 1 );"]
    return "wp-content/plugins/%s/%s.php" % (plug, plug), "php", J(L)


def t_wp_config(C):
    rng = C.rng
    const = name_style([C.comp] + C.words if not C.obvious else C.words, "scream")
    L = ["<?php", "/** The name of the database for WordPress */", "define( 'DB_NAME', '%s_wp' );" % C.comp,
         "define( 'DB_USER', '%s' );" % pick(rng, "wp", "wordpress", C.comp),
         "define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );", "define( 'DB_HOST', 'localhost' );",
         "define( 'DB_CHARSET', 'utf8mb4' );", "", "/* %s integration (used by the theme's lead forms) */" % C.disp]
    for n, ex, role, value in C.comp_vars("php", "scream"):
        L.append("define( '%s', %s );" % (n, ex.code))
    L.append("define( '%s', %s );" % (const, C.slot.ex("php").code))
    L += ["", "$table_prefix = 'wp_';", "", "define( 'WP_DEBUG', false );", "",
          "if ( ! defined( 'ABSPATH' ) ) {", "    define( 'ABSPATH', __DIR__ . '/' );", "}",
          "require_once ABSPATH . 'wp-settings.php';"]
    return pick(rng, "wp-config.php", "public/wp-config.php"), "php", J(L)


def t_php_service(C):
    rng = C.rng
    nm, sx = sec_code(C, "php", "camel")
    cls = "%sService" % C.disp.replace(" ", "").replace(".", "")
    L = ["<?php", "", "namespace App\\Services;", "", "use GuzzleHttp\\Client;", "", "class %s" % cls, "{",
         "    private Client $client;", ""]
    cv = C.comp_vars("php", "scream")
    for n, ex, role, value in cv:
        L.append("    private const %s = %s;" % (n, ex.code))
    if nm:
        L.append("    private string $%s = %s;" % (nm, C.slot.ex("php").code))
    L += ["", "    public function __construct()", "    {", "        $this->client = new Client();", "    }", "",
          "    public function %s(array $payload = []): array" % pick(rng, "sync", "fetch", "push"), "    {",
          "        $client = $this->client;"]
    cv2 = [("self::" + n, var("self::" + n), role, value) for n, ex, role, value in cv]
    if nm:
        sx = var("$this->" + nm)
    L += php_request(C, sx, cv2, "        ")
    L += ["        return json_decode((string) $response->getBody(), true);", "    }", "}"]
    return "app/Services/%s.php" % cls, "php", J(L)


def t_rails_initializer(C):
    rng = C.rng
    mod = C.disp.replace(" ", "").replace(".", "")
    L = ["# frozen_string_literal: true", "", "# %s client configuration" % C.disp,
         "Rails.application.config.x.%s = ActiveSupport::OrderedOptions.new" % C.provider]
    for n, ex, role, value in C.comp_vars("rb", "snake"):
        L.append("Rails.application.config.x.%s.%s = %s" % (C.provider, n, ex.code))
    L.append("Rails.application.config.x.%s.%s = %s" % (C.provider, C.name("snake"), C.slot.ex("rb").code))
    L += ["Rails.application.config.x.%s.timeout = %d" % (C.provider, rng.choice([5, 10, 15])),
          "Rails.application.config.x.%s.enabled = %s" % (C.provider, pick(rng, "Rails.env.production?", "true", "!Rails.env.test?")),
          "", "Rails.logger.info(\"[%s] client configured\") if Rails.env.development?" % mod]
    return "config/initializers/%s.rb" % C.provider, "ruby", J(L)


def t_sidekiq_job(C):
    rng = C.rng
    nm, sx = sec_code(C, "rb", "scream")
    cls = "%s%sJob" % (C.disp.replace(" ", "").replace(".", ""), pick(rng, "Sync", "Export", "Push", "Refresh"))
    L = ["require \"net/http\"", "require \"json\"", "", "class %s" % cls, "  include Sidekiq::Job",
         "  sidekiq_options queue: :%s, retry: %d" % (pick(rng, "integrations", "default", "low"), rng.randint(3, 10)), ""]
    cv = C.comp_vars("rb", "scream")
    for n, ex, role, value in cv:
        L.append("  %s = %s" % (n, ex.code))
    if nm:
        L.append("  %s = %s" % (nm, C.slot.ex("rb").code))
    L += ["", "  def perform(record_id)", "    record = %s.find(record_id)" % pick(rng, "Customer", "Ticket", "Lead", "Account"),
          "    payload = { id: record.id, email: record.email, updated_at: record.updated_at.iso8601 }"]
    L += rb_request(C, sx, cv, "    ")
    L += ["    record.update!(synced_at: Time.current)", "  end", "end"]
    return "app/jobs/%s.rb" % name_style([C.provider, "sync", "job"], "snake"), "ruby", J(L)


def t_go_client(C):
    rng = C.rng
    nm, sx = sec_code(C, "go", "camel")
    cv = C.comp_vars("go", "camel")
    body_l = go_request(C, sx, cv, "\t")
    imps = ["context", "io", "net/http"]
    if C.auth[0] == "form":
        imps += ["net/url", "strings"]
    allc = "\n".join(body_l) + C.slot.ex("go").code + " ".join(ex.code for n, ex, r, v in cv)
    if "os.Getenv" in allc:
        imps.append("os")
    imps.append("time")
    L = ["package %s" % C.provider.replace(".", ""), "", "import ("] + ["\t\"%s\"" % i for i in sorted(imps)] + [")", ""]
    consts = []
    for n, ex, role, value in cv:
        consts.append((n, ex))
    if nm:
        consts.append((nm, C.slot.ex("go")))
    if consts:
        L.append("var (")
        for n, ex in consts:
            L.append("\t%s = %s" % (n, ex.code))
        L.append(")")
    L += ["", "var httpClient = &http.Client{Timeout: %d * time.Second}" % rng.choice([10, 15, 30]), "",
          "// Do sends one request to the %s API." % C.disp,
          "func Do(ctx context.Context, body io.Reader) (*http.Response, error) {"]
    L += body_l
    L += ["\treturn httpClient.Do(req)", "}"]
    return pick(rng, "internal/%s/client.go" % C.provider, "pkg/crm/%s.go" % C.provider), "go", J(L)


def t_apex_callout(C):
    rng = C.rng
    cls = "%sCallout" % C.disp.replace(" ", "").replace(".", "")
    sx = C.slot.ex("apex")
    a = C.auth
    L = ["public with sharing class %s {" % cls, ""]
    cv = C.comp_vars("apex", "scream")
    for n, ex, role, value in cv:
        L.append("    private static final String %s = %s;" % (n, ex.code))
    ref = C.name(pick(rng, "scream", "camel"))
    L.append("    private static final String %s = %s;" % (ref, sx.code))
    L += ["", "    @future(callout=true)", "    public static void send(Id recordId) {",
          "        HttpRequest req = new HttpRequest();",
          "        req.setMethod('%s');" % C.method]
    u = C.url
    if a[0] == "query":
        L.append("        req.setEndpoint('%s?%s=' + %s);" % (u, a[1], ref))
    else:
        L.append("        req.setEndpoint('%s');" % u)
    if a[0] == "bearer":
        L.append("        req.setHeader('Authorization', 'Bearer ' + %s);" % ref)
    elif a[0] == "header":
        L.append("        req.setHeader('%s', '%s' + %s);" % (a[1], a[2], ref) if a[2] else "        req.setHeader('%s', %s);" % (a[1], ref))
    elif a[0] in ("basic_user", "basic_key"):
        pair = ("'%s:' + %s" % (a[1], ref)) if a[0] == "basic_user" else ("%s + ':%s'" % (ref, a[1]))
        L.append("        Blob creds = Blob.valueOf(%s);" % pair)
        L.append("        req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(creds));")
    elif a[0] == "form":
        parts = ["'%s=%s'" % (k, v) for k, v in a[2]]
        for n, ex, role, value in cv:
            if role and role != a[1]:
                parts.append("'&%s=' + EncodingUtil.urlEncode(%s, 'UTF-8')" % (role, n))
        parts.append("'&%s=' + EncodingUtil.urlEncode(%s, 'UTF-8')" % (a[1], ref))
        L.append("        req.setBody(%s);" % " + ".join(parts))
    for k, v in C.s["hdrs"]:
        L.append("        req.setHeader('%s', '%s');" % (k, v))
    L += ["        HttpResponse res = new Http().send(req);", "        if (res.getStatusCode() >= 300) {",
          "            System.debug(LoggingLevel.ERROR, '%s callout failed: ' + res.getBody());" % C.disp, "        }", "    }", "}"]
    return "force-app/main/default/classes/%s.cls" % cls, "apex", J(L)


def t_curl_script(C):
    rng = C.rng
    env = C.name("scream")
    cvtext = {}
    L = ["#!/usr/bin/env bash", "# %s" % pick(rng, "quick smoke test against the %s API" % C.disp,
                                                  "pull yesterday's records from %s" % C.disp,
                                                  "used by the on-call runbook"), "set -euo pipefail", ""]
    pre = None
    if C.pos and not C.obvious and C.auth[0] in ("basic_user", "basic_key") and rng.random() < 0.5:
        pre = basic_b64(C, C.secret)
        C.needle = pre
        stext = None
    elif C.obvious or rng.random() < 0.5 or not C.pos:
        sv = C.slot.raw("shell")
        if C.slot.nk == "env_ref":
            L.append(': "${%s:?set %s first}"' % (C.slot.env, C.slot.env))
            env = C.slot.env
        else:
            L.append("%s=%s" % (env, shq(rng, sv)))
        stext = "$" + env
    else:
        stext = C.slot.raw("shell")
    for words, value in C.comps:
        if isinstance(value, str):
            n = name_style(words, "scream")
            L.append("%s=%s" % (n, shq(rng, value)))
            cvtext[value] = "$" + n
            if C.auth[0] == "basic_user" and C.auth[1] == value + "/token":
                cvtext[C.auth[1]] = "$%s/token" % n
        else:
            L.append(': "${%s:?missing}"' % value.name)
    L.append("")
    L += curl_lines(C, stext or "", cvtext, literal=(stext is not None and not stext.startswith("$")), pre_b64=pre)
    L[-1] = L[-1] + " | jq '.%s'" % pick(rng, "results | length", "data[0]", "", "total")
    L[-1] = L[-1].replace(" | jq '.'", " | jq .")
    return pick(rng, "scripts/%s_smoke.sh" % C.provider, "bin/pull-%s.sh" % C.provider, "ops/%s-check.sh" % C.provider), "shell", J(L)


def base_of(url):
    p = url.split("/")
    return p[0] + "//" + p[2]


def misc_env(rng, comp):
    pool = [("NODE_ENV", "production"), ("LOG_LEVEL", pick(rng, "info", "debug", "warn")),
            ("PORT", str(rng.choice([3000, 8000, 8080, 5000]))), ("APP_URL", "https://" + domain(rng, comp)),
            ("REDIS_URL", "redis://redis:6379/0"), ("SENTRY_ENVIRONMENT", pick(rng, "production", "staging")),
            ("TZ", "UTC"), ("FEATURE_NEW_CHECKOUT", pick(rng, "true", "false")), ("QUEUE_CONCURRENCY", str(rng.randint(2, 16))),
            ("DATABASE_HOST", "db.internal"), ("S3_BUCKET", "%s-uploads" % comp), ("DEFAULT_LOCALE", pick(rng, "en", "en-US", "de"))]
    return rng.sample(pool, rng.randint(3, 7))


def t_dotenv(C):
    rng = C.rng
    L = ["# %s" % pick(rng, "local overrides - do not commit", "staging env", "copy to .env and adjust", "app configuration")]
    misc = misc_env(rng, C.comp)
    for k, v in misc[:3]:
        L.append("%s=%s" % (k, v))
    L += ["", "# %s" % C.disp]
    for words, value in C.comps:
        L.append("%s=%s" % (name_style(words, "scream"), envq(rng, C.craw(value))))
    L.append("%s=%s" % (C.name("scream"), envq(rng, C.slot.raw("shell"))))
    L.append("")
    for k, v in misc[3:]:
        L.append("%s=%s" % (k, v))
    path = pick(rng, ".env", ".env.production", ".env.staging", "config/.env", "services/%s-sync/.env" % C.provider, ".env.local")
    if not C.pos and rng.random() < 0.4:
        path = pick(rng, ".env.example", ".env.sample", "config/.env.template")
    return path, "dotenv", J(L)


def t_shell_exports(C):
    rng = C.rng
    L = ["#!/bin/sh", "# source this before running the %s scripts" % pick(rng, "sync", "migration", "reporting")]
    for k, v in misc_env(rng, C.comp):
        L.append("export %s=%s" % (k, shq(rng, v)))
    for words, value in C.comps:
        L.append("export %s=%s" % (name_style(words, "scream"), shq(rng, C.craw(value)) if isinstance(value, str) else '"${%s}"' % value.name))
    L.append("export %s=%s" % (C.name("scream"), shq(rng, C.slot.raw("shell")) if C.slot.nk != "env_ref" else '"$(%s)"' % pick(rng, "pass show crm/%s" % C.provider, "op read op://Ops/%s/credential" % C.disp.replace(" ", ""), "aws ssm get-parameter --name /prod/%s --with-decryption --query Parameter.Value --output text" % C.provider)))
    L += ["", 'echo "env loaded for %s"' % C.comp]
    return pick(rng, "scripts/env.sh", "deploy/export_vars.sh", "env/prod.sh", ".envrc"), "shell", J(L)


def t_figaro(C):
    rng = C.rng
    L = ["# config/application.yml (figaro)", "default: &default",
         "  APP_HOST: %s" % domain(rng, C.comp), "  SIDEKIQ_CONCURRENCY: \"%d\"" % rng.randint(3, 20), ""]
    env = pick(rng, "production", "staging")
    L += ["%s:" % env, "  <<: *default"]
    for words, value in C.comps:
        L.append("  %s: %s" % (name_style(words, "scream"), yq(rng, C.craw(value), force=True)))
    L.append("  %s: %s" % (C.name("scream"), yq(rng, C.slot.raw("shell"), force=True)))
    L += ["", "test:", "  <<: *default", "  %s: \"test\"" % C.name("scream") if False else "  APP_HOST: localhost"]
    return "config/application.yml", "yaml", J(L)


def t_yaml_config(C):
    rng = C.rng
    st = pick(rng, "snake", "kebab", "camel")
    L = ["# %s" % pick(rng, "service configuration", "integration settings", "worker config"),
         "server:", "  port: %d" % rng.choice([8080, 9000, 3000]), "  log_level: %s" % pick(rng, "info", "debug"), "",
         "integrations:", "  %s:" % C.provider, "    enabled: true",
         "    %s: %s" % (name_style(["base", "url"], st), base_of(C.url))]
    for words, value in C.comps:
        L.append("    %s: %s" % (name_style(words[1:] if len(words) > 1 and words[0] == C.provider else words, st), yq(rng, C.craw(value))))
    key = name_style(C.words[1:] if C.obvious and len(C.words) > 2 else C.words, st)
    L.append("    %s: %s" % (key, yq(rng, C.slot.raw("shell"))))
    L += ["    %s: %d" % (name_style(["timeout", "seconds"], st), rng.choice([10, 20, 30])),
          "    %s: %d" % (name_style(["max", "retries"], st), rng.randint(2, 6)), "",
          "queues:", "  - name: %s-events" % C.provider, "    concurrency: %d" % rng.randint(1, 8)]
    return pick(rng, "config/app.yml", "config/%s.yaml" % C.provider, "settings.yaml", "config/integrations.yml"), "yaml", J(L)


def t_compose(C):
    rng = C.rng
    svc = "%s-%s" % (C.provider, pick(rng, "sync", "worker", "bridge", "webhooks"))
    L = ["version: \"3.8\"", "", "services:", "  %s:" % svc,
         "    image: ghcr.io/%s/%s:%s" % (C.comp, svc, pick(rng, "latest", "1.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20)))),
         "    restart: unless-stopped", "    depends_on:", "      - redis", "    environment:"]
    mapping = rng.random() < 0.5
    items = [("REDIS_URL", "redis://redis:6379/0")] + [(name_style(w, "scream"), C.craw(v)) for w, v in C.comps] + [(C.name("scream"), C.slot.raw("compose"))]
    for k, v in items:
        if mapping:
            L.append("      %s: %s" % (k, yq(rng, v)))
        else:
            L.append("      - %s=%s" % (k, v))
    L += ["    ports:", "      - \"%d:8080\"" % rng.choice([8080, 8081, 9090]), "", "  redis:", "    image: redis:7-alpine",
          "    volumes:", "      - redis-data:/data", "", "volumes:", "  redis-data:"]
    return pick(rng, "docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yaml"), "yaml", J(L)


def t_gha(C):
    rng = C.rng
    L = ["name: %s" % pick(rng, "Deploy", "Nightly CRM sync", "Release", "Sync contacts"), "", "on:"]
    if rng.random() < 0.5:
        L += ["  schedule:", "    - cron: \"%d %d * * *\"" % (rng.randint(0, 59), rng.randint(0, 23)), "  workflow_dispatch:"]
    else:
        L += ["  push:", "    branches: [main]"]
    L += ["", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:"]
    for words, value in C.comps:
        L.append("      %s: %s" % (name_style(words, "scream"), yq(rng, C.craw(value, "gha"))))
    L.append("      %s: %s" % (C.name("scream"), yq(rng, C.slot.raw("gha"))))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          "          python-version: \"3.%d\"" % rng.randint(9, 12), "      - run: pip install -r requirements.txt",
          "      - run: python -m jobs.%s_sync --since yesterday" % C.provider]
    return ".github/workflows/%s.yml" % pick(rng, "deploy", "crm-sync", "nightly", "%s-sync" % C.provider), "yaml", J(L)


def t_serverless(C):
    rng = C.rng
    L = ["service: %s-%s" % (C.comp, C.provider), "", "frameworkVersion: \"3\"", "", "provider:", "  name: aws",
         "  runtime: %s" % pick(rng, "python3.11", "nodejs18.x", "nodejs20.x", "python3.10"),
         "  region: %s" % pick(rng, "us-east-1", "eu-west-1", "us-west-2"), "  environment:",
         "    STAGE: ${sls:stage}"]
    for words, value in C.comps:
        L.append("    %s: %s" % (name_style(words, "scream"), yq(rng, C.craw(value))))
    L.append("    %s: %s" % (C.name("scream"), yq(rng, C.slot.raw("shell") if C.slot.nk != "env_ref" else "${ssm:/%s/%s}" % (C.comp, C.provider))))
    L += ["", "functions:", "  subscribe:", "    handler: handler.subscribe", "    events:",
          "      - httpApi:", "          path: /subscribe", "          method: post", "  nightly:",
          "    handler: handler.nightly", "    events:", "      - schedule: rate(%d hours)" % rng.choice([1, 6, 12, 24])]
    return "serverless.yml", "yaml", J(L)


def t_k8s(C):
    rng = C.rng
    app = "%s-sync" % C.provider
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "  labels:", "    app: %s" % app,
         "spec:", "  replicas: %d" % rng.randint(1, 3), "  selector:", "    matchLabels:", "      app: %s" % app,
         "  template:", "    metadata:", "      labels:", "        app: %s" % app, "    spec:", "      containers:",
         "        - name: worker", "          image: %s.azurecr.io/%s:%s" % (C.comp, app, rs(rng, HEX, 7)),
         "          env:"]
    for words, value in C.comps:
        if isinstance(value, EnvRef):
            L += ["            - name: %s" % value.name, "              valueFrom:", "                secretKeyRef:",
                  "                  name: %s-credentials" % C.provider, "                  key: %s" % name_style(value.name.lower().split("_"), "kebab")]
        else:
            L += ["            - name: %s" % name_style(words, "scream"), "              value: %s" % yq(rng, value, force=True)]
    if C.slot.nk == "env_ref":
        L += ["            - name: %s" % C.name("scream"), "              valueFrom:", "                secretKeyRef:",
              "                  name: %s-credentials" % C.provider, "                  key: %s" % name_style(C.owords, "kebab")]
    else:
        L += ["            - name: %s" % C.name("scream"), "              value: %s" % yq(rng, C.slot.raw("k8s"), force=True)]
    L += ["          resources:", "            limits:", "              memory: %dMi" % rng.choice([256, 512, 1024]),
          "              cpu: \"%s\"" % pick(rng, "250m", "500m", "1")]
    return pick(rng, "k8s/%s-deployment.yaml" % C.provider, "deploy/k8s/%s.yaml" % app, "charts/%s/templates/deployment.yaml" % app), "yaml", J(L)


def t_json_config(C):
    rng = C.rng
    st = pick(rng, "camel", "snake")
    sect = {"baseUrl" if st == "camel" else "base_url": base_of(C.url)}
    for words, value in C.comps:
        sect[name_style(words, st)] = C.craw(value)
    sect[name_style(C.words, st)] = C.slot.raw("shell")
    sect["timeoutMs" if st == "camel" else "timeout_ms"] = rng.choice([5000, 10000, 20000])
    cfg = {"app": {"name": "%s-%s" % (C.comp, pick(rng, "web", "api", "worker")), "port": rng.choice([3000, 8080])},
           "logging": {"level": pick(rng, "info", "warn")}, C.provider: sect,
           "features": {"leadScoring": rng.random() < 0.5, "betaInbox": rng.random() < 0.5}}
    path = pick(rng, "config/default.json", "config/production.json", "settings.json", "config/%s.json" % C.provider)
    return path, "json", json.dumps(cfg, indent=pick(rng, 2, 4)) + "\n"


def t_appsettings(C):
    rng = C.rng
    sect = {"BaseUrl": base_of(C.url)}
    for words, value in C.comps:
        sect[name_style(words, "pascal")] = C.craw(value)
    sect[name_style(C.words, "pascal")] = C.slot.raw("shell")
    cfg = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*", "ConnectionStrings": {"Default": "Server=db;Database=%s;Trusted_Connection=True;" % C.comp},
           C.disp.replace(" ", "").replace(".", ""): sect}
    return pick(rng, "appsettings.json", "appsettings.Production.json", "src/%s.Api/appsettings.json" % C.comp.capitalize()), "json", json.dumps(cfg, indent=2) + "\n"


def http_parts(C, raw, comp_raw):
    """auth expressed as raw HTTP pieces: (headers, query, form).  May set C.needle."""
    a = C.auth
    headers = [(k, v) for k, v in C.s["hdrs"]]
    query, form = [], []
    if a[0] == "bearer":
        headers.insert(0, ("Authorization", "Bearer " + raw))
    elif a[0] == "header":
        headers.insert(0, (a[1], a[2] + raw))
    elif a[0] in ("basic_user", "basic_key"):
        if C.pos:
            b = basic_b64(C, C.secret)
            C.needle = b
            headers.insert(0, ("Authorization", "Basic " + b))
        else:
            headers.insert(0, ("Authorization", "Basic " + raw))
    elif a[0] == "query":
        query.append((a[1], raw))
    elif a[0] == "form":
        form += list(a[2])
        for words, value in C.comps:
            role = comp_role(words)
            if role and role != a[1]:
                form.append((role, comp_raw(value)))
        form.append((a[1], raw))
    return headers, query, form


def t_postman_collection(C):
    rng = C.rng
    raw = C.slot.raw("postman")
    a = C.auth
    req = {"method": C.method, "header": [{"key": k, "value": v} for k, v in C.s["hdrs"]]}
    parts = C.url.split("/")
    url = {"raw": C.url, "protocol": "https", "host": parts[2].split("."), "path": [p for p in parts[3:] if p]}
    if a[0] == "bearer":
        req["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": raw, "type": "string"}]}
    elif a[0] == "header":
        req["auth"] = {"type": "apikey", "apikey": [{"key": "value", "value": a[2] + raw, "type": "string"},
                                                    {"key": "key", "value": a[1], "type": "string"},
                                                    {"key": "in", "value": "header", "type": "string"}]}
    elif a[0] == "basic_user":
        req["auth"] = {"type": "basic", "basic": [{"key": "password", "value": raw, "type": "string"},
                                                  {"key": "username", "value": a[1], "type": "string"}]}
    elif a[0] == "basic_key":
        req["auth"] = {"type": "basic", "basic": [{"key": "username", "value": raw, "type": "string"},
                                                  {"key": "password", "value": a[1], "type": "string"}]}
    elif a[0] == "query":
        url["raw"] = "%s?%s=%s" % (C.url, a[1], raw)
        url["query"] = [{"key": a[1], "value": raw}]
    elif a[0] == "form":
        fields = list(a[2]) + [(comp_role(w), C.craw(v, "postman")) for w, v in C.comps if comp_role(w) and comp_role(w) != a[1]] + [(a[1], raw)]
        req["body"] = {"mode": "urlencoded", "urlencoded": [{"key": k, "value": v, "type": "text"} for k, v in fields]}
    req["url"] = url
    col = {"info": {"_postman_id": ruuid(rng), "name": "%s API" % C.disp,
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": pick(rng, "List records", "Get token", "Search", "Create contact"), "request": req, "response": []}]}
    if rng.random() < 0.5:
        col["item"].append({"name": "Health", "request": {"method": "GET", "header": [], "url": {"raw": base_of(C.url) + "/", "host": parts[2].split(".")}}, "response": []})
    return pick(rng, "postman/%s.postman_collection.json" % C.disp.replace(" ", "_"), "docs/api/%s.postman_collection.json" % C.provider), "json", json.dumps(col, indent="\t") + "\n"


def t_postman_env(C):
    rng = C.rng
    vals = [{"key": "baseUrl", "value": base_of(C.url), "type": "default", "enabled": True}]
    for words, value in C.comps:
        vals.append({"key": name_style(words, "camel"), "value": value if isinstance(value, str) else "", "type": "default", "enabled": True})
    vals.append({"key": C.name("camel"), "value": C.slot.raw("shell") if C.slot.nk != "env_ref" else "", "type": pick(rng, "secret", "default"), "enabled": True})
    env = {"id": ruuid(rng), "name": "%s %s" % (C.disp, pick(rng, "prod", "staging", "sandbox")), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": "20%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
               rng.randint(21, 24), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
           "_postman_exported_using": "Postman/10.%d.%d" % (rng.randint(0, 24), rng.randint(0, 9))}
    return pick(rng, "postman/%s.postman_environment.json" % pick(rng, "prod", "staging"), "postman/environments/%s.json" % C.provider), "json", json.dumps(env, indent="\t") + "\n"


def t_zapier(C):
    rng = C.rng
    raw = C.slot.raw("zapier")
    h, qs, form = http_parts(C, raw, lambda v: C.craw(v, "zapier"))
    url = C.url + ("?" + "&".join("%s=%s" % kv for kv in qs) if qs else "")
    params = {"url": url, "payload_type": "form" if form else "json", "unflatten": "yes",
              "headers": {k: v for k, v in h}, "data": {k: v for k, v in form} if form else {"email": "{{118833__email}}", "source": "zapier"}}
    z = {"metadata": {"version": 2}, "zaps": [{"id": rng.randint(100000000, 299999999), "title": "%s -> %s" % (pick(rng, "Typeform", "Webflow form", "Shopify order", "Calendly invitee"), C.disp),
                                                "nodes": {"%d" % rng.randint(100000, 999999): {"selected_api": pick(rng, "TypeformCLIAPI", "WebflowCLIAPI", "ShopifyV2API"), "action": "new_entry", "params": {}},
                                                          "%d" % rng.randint(100000, 999999): {"selected_api": "WebHookAPI", "action": C.method.lower(), "params": params}}}]}
    return pick(rng, "zapier/zap-export.json", "automation/zapier/%s.json" % C.provider, "no-code/zaps.json"), "json", json.dumps(z, indent=2) + "\n"


def t_make(C):
    rng = C.rng
    raw = C.slot.raw("make")
    h, qs, form = http_parts(C, raw, lambda v: C.craw(v, "make"))
    mapper = {"url": C.url, "method": C.method.lower(), "headers": [{"name": k, "value": v} for k, v in h],
              "qs": [{"name": k, "value": v} for k, v in qs], "bodyType": "x_www_form_urlencoded" if form else "raw",
              "parseResponse": True, "timeout": "", "useMtls": False}
    if form:
        mapper["data"] = [{"name": k, "value": v} for k, v in form]
    else:
        mapper["contentType"] = "application/json"
        mapper["data"] = "{\"email\": \"{{1.email}}\"}"
    bp = {"name": "%s %s" % (C.disp, pick(rng, "lead sync", "ticket bridge", "enrichment")),
          "flow": [{"id": 1, "module": pick(rng, "gateway:CustomWebHook", "google-sheets:watchRows"), "version": 1, "parameters": {"hook": rng.randint(100000, 999999)}, "mapper": {}},
                   {"id": 2, "module": "http:ActionSendData", "version": 3, "parameters": {"handleErrors": True}, "mapper": mapper}],
          "metadata": {"instant": True, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3, "autoCommit": True}}}
    return pick(rng, "make/scenario-blueprint.json", "automation/make/%s-blueprint.json" % C.provider), "json", json.dumps(bp, indent=4) + "\n"


def t_n8n(C):
    rng = C.rng
    raw = C.slot.raw("n8n")
    h, qs, form = http_parts(C, raw, lambda v: C.craw(v, "n8n"))
    params = {"method": C.method, "url": C.url, "sendHeaders": bool(h),
              "headerParameters": {"parameters": [{"name": k, "value": v} for k, v in h]}, "options": {}}
    if qs:
        params["sendQuery"] = True
        params["queryParameters"] = {"parameters": [{"name": k, "value": v} for k, v in qs]}
    if form:
        params["sendBody"] = True
        params["contentType"] = "form-urlencoded"
        params["bodyParameters"] = {"parameters": [{"name": k, "value": v} for k, v in form]}
    wf = {"name": "%s %s" % (C.disp, pick(rng, "lead routing", "ticket triage", "nightly export")),
          "nodes": [{"parameters": {}, "id": ruuid(rng), "name": "Schedule Trigger", "type": "n8n-nodes-base.scheduleTrigger",
                     "typeVersion": 1.1, "position": [240, 300]},
                    {"parameters": params, "id": ruuid(rng), "name": "HTTP Request", "type": "n8n-nodes-base.httpRequest",
                     "typeVersion": 4.1, "position": [460, 300]}],
          "connections": {"Schedule Trigger": {"main": [[{"node": "HTTP Request", "type": "main", "index": 0}]]}},
          "active": rng.random() < 0.5, "settings": {"executionOrder": "v1"}, "versionId": ruuid(rng)}
    return pick(rng, "n8n/workflows/%s.json" % C.provider, "workflows/%s-n8n.json" % C.provider), "json", json.dumps(wf, indent=1) + "\n"


def t_runbook(C):
    rng = C.rng
    L = ["# %s integration runbook" % C.disp, "", "Owner: %s  " % pick(rng, "#revops-eng", "#support-tools", "@growth-platform"),
         "Last reviewed: 20%d-%02d-%02d" % (rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28)), "",
         "## What it does", "", "The `%s-sync` worker pulls %s from %s every %d minutes and writes them to the warehouse." % (
             C.provider, pick(rng, "contacts", "tickets", "deals", "events"), C.disp, rng.choice([5, 15, 30])), "",
         "## Credentials", ""]
    mode = rng.randrange(3)
    if mode == 0:
        L += ["| setting | value |", "|---|---|"]
        for words, value in C.comps:
            L.append("| `%s` | `%s` |" % (name_style(words, "scream"), C.craw(value, "md")))
        L.append("| `%s` | `%s` |" % (C.name("scream"), C.slot.raw("md")))
    else:
        L += ["```bash"]
        for words, value in C.comps:
            L.append("export %s=%s" % (name_style(words, "scream"), shq(rng, C.craw(value))))
        L.append("export %s=%s" % (C.name("scream"), shq(rng, C.slot.raw("shell"))))
        L.append("```")
    L += ["", "## Smoke test", "", "```bash"]
    cvtext = {}
    for words, value in C.comps:
        if isinstance(value, str):
            cvtext[value] = "$" + name_style(words, "scream")
            if C.auth[0] == "basic_user" and C.auth[1] == value + "/token":
                cvtext[C.auth[1]] = "$%s/token" % name_style(words, "scream")
    L += curl_lines(C, "$" + C.name("scream"), cvtext, literal=False)
    L += ["```", "", "## When it breaks", "",
          "1. Check the `%s-sync` dashboard in Grafana." % C.provider,
          "2. A 401 means the credential was rotated: ask %s for the new one." % pick(rng, "the RevOps admin", "IT", "the support lead"),
          "3. A 429 means we hit the rate limit; the worker backs off on its own."]
    return pick(rng, "docs/runbooks/%s.md" % C.provider, "notes/runbook.md", "ops/%s-sync.md" % C.provider, "wiki/integrations/%s.md" % C.provider), "markdown", J(L)


def t_md_note(C):
    rng = C.rng
    L = ["## %s - %s" % (C.disp, pick(rng, "setup notes", "migration notes", "handover", "debugging 401s")), ""]
    L.append("- Base URL: %s" % base_of(C.url))
    for words, value in C.comps:
        L.append("- %s: %s" % (" ".join(words).capitalize(), C.craw(value, "md")))
    L.append("- %s: %s" % (" ".join(C.words).capitalize() if C.obvious else pick(rng, "Key", "Token", "Creds", "Use this"), C.slot.raw("md")))
    L += ["", pick(rng, "Tested from the staging box, works.", "Same credential is used by the Zap, don't rotate without telling Maria.",
                   "Scopes: read + write on contacts.", "Created from the admin user, not a personal account."),
          "", "TODO:", "- [ ] move this to the vault", "- [ ] add retries around the token call"]
    return pick(rng, "notes/%s.md" % C.provider, "docs/setup/%s.md" % C.provider, "HANDOVER.md", "notes/onboarding.md"), "markdown", J(L)


def t_named_credential(C):
    rng = C.rng
    a = C.auth
    user = a[1] if a[0] == "basic_user" else pick(rng, "api", "integration")
    label = C.disp.replace(" ", "_").replace(".", "")
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">',
         "    <allowMergeFieldsInBody>%s</allowMergeFieldsInBody>" % ("true" if a[0] == "form" else "false"),
         "    <allowMergeFieldsInHeader>true</allowMergeFieldsInHeader>", "    <endpoint>%s</endpoint>" % base_of(C.url),
         "    <generateAuthorizationHeader>%s</generateAuthorizationHeader>" % ("true" if a[0] in ("basic_user", "basic_key") else "false"),
         "    <label>%s</label>" % label]
    raw = C.slot.raw("xml") if C.slot.nk != "env_ref" else ""
    if raw or C.slot.nk == "empty" or C.slot.nk == "env_ref":
        L.append("    <password>%s</password>" % raw)
    L += ["    <principalType>NamedUser</principalType>", "    <protocol>Password</protocol>",
          "    <username>%s</username>" % user, "</NamedCredential>"]
    return "force-app/main/default/namedCredentials/%s.namedCredential-meta.xml" % label, "xml", J(L)


def t_terraform(C):
    rng = C.rng
    sx = C.slot.ex("tf")
    nm = name_style(C.owords, "snake")
    mode = rng.randrange(3)
    L = ['terraform {', '  required_providers {', '    aws = {', '      source  = "hashicorp/aws"',
         '      version = "~> %d.0"' % rng.choice([4, 5]), "    }", "  }", "}", ""]
    if C.slot.nk == "env_ref":
        L += ['variable "%s" {' % C.env.lower(), "  type      = string", "  sensitive = true", "}", ""]
    if mode == 0:
        L += ['resource "aws_ssm_parameter" "%s" {' % nm, '  name  = "/%s/%s/%s"' % (pick(rng, "prod", "staging"), C.provider, name_style(C.words, "kebab")),
              '  type  = "SecureString"', "  value = %s" % sx.code, "", "  tags = {", '    team = "%s"' % pick(rng, "revops", "support", "growth"), "  }", "}"]
    elif mode == 1:
        L += ['resource "aws_lambda_function" "%s_sync" {' % C.provider, '  function_name = "%s-sync"' % C.provider,
              '  role          = aws_iam_role.lambda.arn', '  handler       = "handler.main"', '  runtime       = "python3.11"',
              '  filename      = "build/%s.zip"' % C.provider, "", "  environment {", "    variables = {"]
        for words, value in C.comps:
            L.append("      %s = %s" % (name_style(words, "scream"), C.cex("tf", value).code))
        L.append("      %s = %s" % (C.name("scream"), sx.code))
        L += ["    }", "  }", "}"]
    else:
        L += ['resource "aws_secretsmanager_secret" "%s" {' % C.provider, '  name = "%s/%s"' % (pick(rng, "prod", "integrations"), C.provider), "}", "",
              'resource "aws_secretsmanager_secret_version" "%s" {' % C.provider, "  secret_id = aws_secretsmanager_secret.%s.id" % C.provider,
              "  secret_string = jsonencode({"]
        for words, value in C.comps:
            L.append("    %s = %s" % (name_style(words, "snake"), C.cex("tf", value).code))
        L.append("    %s = %s" % (C.name("snake"), sx.code))
        L += ["  })", "}"]
    return pick(rng, "infra/terraform/%s.tf" % C.provider, "terraform/main.tf", "infra/%s/main.tf" % C.provider), "terraform", J(L)


def t_tfvars(C):
    rng = C.rng
    L = ['region      = "%s"' % pick(rng, "us-east-1", "eu-central-1"), 'environment = "%s"' % pick(rng, "prod", "staging"),
         'project     = "%s"' % C.comp, ""]
    for words, value in C.comps:
        if isinstance(value, str):
            L.append('%s = "%s"' % (name_style(words, "snake"), value))
    L.append('%s = "%s"' % (C.name("snake"), C.slot.raw("shell") if C.slot.nk != "env_ref" else ""))
    L += ["", "lambda_memory_mb = %d" % rng.choice([128, 256, 512]), "enable_alarms    = %s" % pick(rng, "true", "false")]
    return pick(rng, "terraform.tfvars", "infra/prod.tfvars", "env/%s.auto.tfvars" % pick(rng, "prod", "staging")), "terraform", J(L)


def t_toml(C):
    rng = C.rng
    L = ["[app]", 'name = "%s-%s"' % (C.comp, pick(rng, "sync", "bridge")), 'log_level = "%s"' % pick(rng, "info", "debug"), "",
         "[%s.%s]" % (pick(rng, "crm", "integrations", "providers"), C.provider), 'base_url = "%s"' % base_of(C.url)]
    for words, value in C.comps:
        L.append('%s = "%s"' % (name_style(words, "snake"), C.craw(value)))
    L.append('%s = "%s"' % (C.name("snake"), C.slot.raw("shell")))
    L += ["timeout = %d" % rng.choice([10, 30]), "", "[schedule]", 'cron = "%d */%d * * *"' % (rng.randint(0, 59), rng.choice([1, 2, 4, 6]))]
    return pick(rng, "config/integrations.toml", "config.toml", "%s-sync/settings.toml" % C.provider), "toml", J(L)


def t_properties(C):
    rng = C.rng
    L = ["spring.application.name=%s-%s" % (C.comp, pick(rng, "crm", "support", "marketing")), "server.port=%d" % rng.choice([8080, 8081]),
         "spring.datasource.url=jdbc:postgresql://db:5432/%s" % C.comp, "spring.datasource.password=${DB_PASSWORD}", "",
         "# %s" % C.disp, "%s.base-url=%s" % (C.provider, base_of(C.url))]
    for words, value in C.comps:
        L.append("%s.%s=%s" % (C.provider, name_style(words[1:] if words[0] == C.provider else words, "kebab"), C.craw(value, "spring")))
    L.append("%s.%s=%s" % (C.provider, name_style(C.words[1:] if C.obvious and C.words[0] == C.provider else C.words, "kebab"), C.slot.raw("spring")))
    L += ["%s.connect-timeout=%ds" % (C.provider, rng.choice([5, 10])), "", "management.endpoints.web.exposure.include=health,info"]
    return pick(rng, "src/main/resources/application.properties", "src/main/resources/application-prod.properties"), "properties", J(L)


def t_ini(C):
    rng = C.rng
    L = ["[DEFAULT]", "log_file = /var/log/%s-sync.log" % C.provider, "retries = %d" % rng.randint(2, 5), "",
         "[%s]" % C.provider, "url = %s" % base_of(C.url)]
    for words, value in C.comps:
        L.append("%s = %s" % (name_style(words, "snake"), C.craw(value)))
    L.append("%s = %s" % (C.name("snake"), C.slot.raw("shell")))
    L += ["", "[warehouse]", "dsn = postgresql://etl@warehouse.internal/analytics", "schema = %s_raw" % C.provider]
    return pick(rng, "config/crm.ini", "sync.cfg", "etc/%s.ini" % C.provider, "setup/%s.conf" % C.provider), "ini", J(L)


def t_http_file(C):
    rng = C.rng
    L = ["@baseUrl = %s" % base_of(C.url)]
    tok = C.name("camel")
    L.append("@%s = %s" % (tok, C.slot.raw("shell")))
    for words, value in C.comps:
        if isinstance(value, str):
            L.append("@%s = %s" % (name_style(words, "camel"), value))
    L += ["", "### %s" % pick(rng, "list", "search", "token", "create")]
    a = C.auth
    path = C.url[len(base_of(C.url)):]
    if a[0] == "query":
        path += "?%s={{%s}}" % (a[1], tok)
    L.append("%s {{baseUrl}}%s" % (C.method, path))
    if a[0] == "bearer":
        L.append("Authorization: Bearer {{%s}}" % tok)
    elif a[0] == "header":
        L.append("%s: %s{{%s}}" % (a[1], a[2], tok))
    elif a[0] == "basic_user":
        L.append("Authorization: Basic %s {{%s}}" % (a[1], tok))
    elif a[0] == "basic_key":
        L.append("Authorization: Basic {{%s}} %s" % (tok, a[1]))
    for k, v in C.s["hdrs"]:
        L.append("%s: %s" % (k, v))
    if a[0] == "form":
        L += ["Content-Type: application/x-www-form-urlencoded", ""]
        fields = ["%s=%s" % kv for kv in a[2]]
        for words, value in C.comps:
            role = comp_role(words)
            if role and role != a[1]:
                fields.append("%s=%s" % (role, "{{%s}}" % name_style(words, "camel") if isinstance(value, str) else "{{$processEnv %s}}" % value.name))
        fields.append("%s={{%s}}" % (a[1], tok))
        L.append("&".join(fields))
    elif C.method != "GET":
        L += ["Content-Type: application/json", "", '{"email": "%s"}' % email(rng, C.comp)]
    return pick(rng, "requests/%s.http" % C.provider, "api.http", "docs/%s.http" % C.provider), "http", J(L)


SHARED = [t_py_client, t_django_settings, t_flask_webhook, t_airflow_dag, t_lambda, t_mgmt_command, t_notebook,
          t_node_client, t_express_webhook, t_netlify_fn, t_ts_config, t_node_script_positional, t_laravel_services,
          t_wp_plugin, t_wp_config, t_php_service, t_rails_initializer, t_sidekiq_job, t_go_client, t_apex_callout,
          t_curl_script, t_dotenv, t_shell_exports, t_figaro, t_yaml_config, t_compose, t_gha, t_serverless, t_k8s,
          t_json_config, t_appsettings, t_postman_collection, t_postman_env, t_zapier, t_make, t_n8n, t_runbook,
          t_md_note, t_named_credential, t_terraform, t_tfvars, t_toml, t_properties, t_ini, t_http_file]


# ---------------------------------------------------------------------------
# domain look-alike negatives: no secret at all
# each returns (relpath, filetype, text, provider, kind)
# ---------------------------------------------------------------------------

def sha256hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


def md5hex(s):
    return hashlib.md5(s.encode()).hexdigest()


def html_page(rng, comp, title, body_lines, head_lines):
    L = ["<!DOCTYPE html>", '<html lang="%s">' % pick(rng, "en", "en-US", "de", "fr"), "<head>", '  <meta charset="utf-8">',
         '  <meta name="viewport" content="width=device-width, initial-scale=1">', "  <title>%s | %s</title>" % (title, comp.capitalize()),
         '  <link rel="stylesheet" href="/assets/css/main.%s.css">' % rs(rng, HEX, 8)]
    L += ["  " + h for h in head_lines]
    L += ["</head>", "<body>", '  <main class="container">', "    <h1>%s</h1>" % title]
    L += ["    " + b for b in body_lines]
    L += ["  </main>"]
    return L


def n_hubspot_embed(rng):
    comp = company(rng)
    portal = rng.randint(2000000, 48999999)
    form = ruuid(rng)
    region = pick(rng, "na1", "eu1", "na2")
    L = html_page(rng, comp, pick(rng, "Contact sales", "Request a demo", "Get in touch"),
                  ["<p>Tell us a bit about your team and we will get back within one business day.</p>",
                   '<div id="hubspot-form"></div>'], [])
    L += ['  <script charset="utf-8" type="text/javascript" src="//js%s.hsforms.net/forms/embed/v2.js"></script>' % ("-eu1" if region == "eu1" else ""),
          "  <script>", "    hbspt.forms.create({", '      region: "%s",' % region, '      portalId: "%d",' % portal,
          '      formId: "%s",' % form, '      target: "#hubspot-form"', "    });", "  </script>",
          "  <!-- Start of HubSpot Embed Code -->",
          '  <script type="text/javascript" id="hs-script-loader" async defer src="//js%s.hs-scripts.com/%d.js"></script>' % ("-eu1" if region == "eu1" else "", portal),
          "  <!-- End of HubSpot Embed Code -->", "</body>", "</html>"]
    return pick(rng, "public/contact.html", "site/demo/index.html", "templates/pages/contact.html"), "html", J(L), "hubspot", "tracking_embed_form_guid"


def n_klaviyo_onsite(rng):
    comp = company(rng)
    pub = rmix(rng, B62, 6)
    mode = rng.randrange(2)
    if mode == 0:
        L = ["{% comment %} Klaviyo onsite tracking - public key only, safe for the storefront {% endcomment %}",
             '<script async type="text/javascript" src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=%s"></script>' % pub,
             "<script>", "  window.klaviyo = window.klaviyo || [];", "  {% if customer %}",
             "  klaviyo.push(['identify', {", "    '$email': '{{ customer.email }}',", "    '$first_name': '{{ customer.first_name }}'",
             "  }]);", "  {% endif %}", "  klaviyo.push(['track', 'Viewed Product', {", "    ProductName: {{ product.title | json }},",
             "    ProductID: {{ product.id | json }},", "    Price: {{ product.price | money_without_currency | json }}", "  }]);", "</script>"]
        return pick(rng, "snippets/klaviyo.liquid", "theme/snippets/klaviyo-onsite.liquid"), "liquid", J(L), "klaviyo", "public_site_key"
    L = ["// Client-side Klaviyo config. The public key (site id) is meant for the browser;",
         "// the private pk_ key lives only on the server (see server/.env.example).", "",
         "export const KLAVIYO_PUBLIC_KEY = \"%s\";" % pub, "export const KLAVIYO_COMPANY_ID = KLAVIYO_PUBLIC_KEY;", "",
         "export async function subscribe(email, listId = \"%s\") {" % rmix(rng, B62, 6),
         "  const res = await fetch(`https://a.klaviyo.com/client/subscriptions/?company_id=${KLAVIYO_PUBLIC_KEY}`, {",
         "    method: \"POST\",", "    headers: { \"Content-Type\": \"application/json\", revision: \"%s\" }," % pick(rng, "2024-02-15", "2024-07-15"),
         "    body: JSON.stringify({", "      data: {", "        type: \"subscription\",",
         "        attributes: { profile: { data: { type: \"profile\", attributes: { email } } } },",
         "        relationships: { list: { data: { type: \"list\", id: listId } } },", "      },", "    }),", "  });",
         "  return res.status === 202;", "}"]
    return pick(rng, "src/lib/klaviyo-client.js", "web/src/analytics/klaviyo.js"), "javascript", J(L), "klaviyo", "public_site_key"


def n_intercom_boot(rng):
    comp = company(rng)
    app_id = rs(rng, LOWNUM, 8)
    uid = rng.randint(1000, 999999)
    em = email(rng, comp)
    L = ["<!-- Intercom messenger: app_id is public; user_hash is an HMAC computed server-side -->", "<script>",
         "  window.intercomSettings = {", '    api_base: "https://api-iam.intercom.io",', '    app_id: "%s",' % app_id,
         '    user_id: "%d",' % uid, '    email: "%s",' % em, "    created_at: %d," % ts(rng),
         '    user_hash: "%s"' % hashlib.sha256(("%d%s" % (uid, comp)).encode()).hexdigest(), "  };", "</script>", "<script>",
         "(function(){var w=window;var ic=w.Intercom;if(typeof ic===\"function\"){ic('reattach_activator');ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='https://widget.intercom.io/widget/%s';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};if(document.readyState==='complete'){l();}else if(w.attachEvent){w.attachEvent('onload',l);}else{w.addEventListener('load',l,false);}}})();" % app_id,
         "</script>"]
    return pick(rng, "app/views/layouts/_intercom.html.erb", "templates/partials/intercom.html", "public/intercom-snippet.html"), "html", J(L), "intercom", "app_id_user_hash"


def n_zendesk_widget(rng):
    comp = company(rng)
    key = ruuid(rng)
    sd = sub_of(rng, comp)
    L = html_page(rng, comp, "Help Center", ['<p>Search our docs or chat with us.</p>',
                                             '<a href="https://%s.zendesk.com/hc/en-us">Visit the help center</a>' % sd], [])
    L += ["  <!-- Start of %s Zendesk Widget script -->" % sd,
          '  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=%s"></script>' % key,
          "  <!-- End of %s Zendesk Widget script -->" % sd, "  <script>",
          "    window.zESettings = { webWidget: { color: { theme: \"#%s\" }, launcher: { label: { \"*\": \"Help\" } } } };" % rs(rng, HEX, 6),
          "  </script>", "</body>", "</html>"]
    return pick(rng, "public/help.html", "site/support/index.html"), "html", J(L), "zendesk", "widget_key_subdomain"


def n_cio_snippet(rng):
    comp = company(rng)
    site = rmix(rng, HEX, 20)
    L = ["// Customer.io web tracking. Only the site id goes to the browser; the track API key", "// stays server-side.",
         "export function loadCustomerIo() {", "  if (window._cio) return;", "  window._cio = window._cio || [];",
         "  const a = (f) => (...args) => window._cio.push([f].concat(args));",
         "  for (const m of [\"load\", \"identify\", \"sidentify\", \"track\", \"page\"]) window._cio[m] = a(m);",
         "  const t = document.createElement(\"script\");", "  t.async = true;", "  t.id = \"cio-tracker\";",
         "  t.setAttribute(\"data-site-id\", \"%s\");" % site, "  t.setAttribute(\"data-use-array-params\", \"true\");",
         "  t.src = \"https://assets.customer.io/assets/track.js\";", "  document.head.appendChild(t);", "}"]
    return pick(rng, "src/analytics/customerio.js", "web/lib/cio.js"), "javascript", J(L), "customerio", "site_id_public"


def n_chat_embeds(rng):
    comp = company(rng)
    which = rng.randrange(3)
    if which == 0:
        bid = ruuid(rng)
        L = ["<!-- Help Scout Beacon (public beacon id) -->",
             '<script type="text/javascript">!function(e,t,n){function a(){var e=t.getElementsByTagName("script")[0],n=t.createElement("script");n.type="text/javascript",n.async=!0,n.src="https://beacon-v2.helpscout.net",e.parentNode.insertBefore(n,e)}if(e.Beacon=n=function(t,n,a){e.Beacon.readyQueue.push({method:t,options:n,data:a})},n.readyQueue=[],"complete"===t.readyState)return a();e.attachEvent?e.attachEvent("onload",a):e.addEventListener("load",a,!1)}(window,document,window.Beacon||function(){});</script>',
             "<script type=\"text/javascript\">window.Beacon('init', '%s')</script>" % bid,
             "{% if user.is_authenticated %}", "<script>", "  Beacon('identify', { name: '{{ user.get_full_name }}', email: '{{ user.email }}' });",
             "  Beacon('config', { docsEnabled: true, messaging: { chatEnabled: %s } });" % pick(rng, "true", "false"), "</script>", "{% endif %}"]
        return "templates/partials/beacon.html", "html", J(L), "helpscout", "beacon_id"
    if which == 1:
        emb = rs(rng, LOWNUM, 12)
        L = ["<!-- Start of Async Drift Code -->", "<script>", "\"use strict\";", "!function() {",
             "  var t = window.driftt = window.drift = window.driftt || [];", "  if (!t.init) {",
             "    if (t.invoked) return void (window.console && console.error && console.error(\"Drift snippet included twice.\"));",
             "    t.invoked = !0, t.methods = [ \"identify\", \"config\", \"track\", \"reset\", \"debug\", \"show\", \"ping\", \"page\", \"hide\", \"off\", \"on\" ],",
             "    t.factory = function(e) { return function() { var n = Array.prototype.slice.call(arguments); return n.unshift(e), t.push(n), t; }; },",
             "    t.methods.forEach(function(e) { t[e] = t.factory(e); }), t.load = function(t) {",
             "      var e = 3e5, n = Math.ceil(new Date() / e) * e, o = document.createElement(\"script\");",
             "      o.type = \"text/javascript\", o.async = !0, o.crossorigin = \"anonymous\", o.src = \"https://js.driftt.com/include/\" + n + \"/\" + t + \".js\";",
             "      var i = document.getElementsByTagName(\"script\")[0]; i.parentNode.insertBefore(o, i);", "    };", "  }", "}();",
             "drift.SNIPPET_VERSION = '0.3.1';", "drift.load('%s');" % emb, "</script>", "<!-- End of Async Drift Code -->"]
        return pick(rng, "public/drift.html", "src/partials/drift-snippet.html"), "html", J(L), "drift", "embed_id"
    tag = "AP-%s-2" % rs(rng, UPNUM, 12)
    L = ["// Gainsight PX product tag. The tag key is public (it ships in every page).",
         "(function(n,t,a,e,co){var i=\"aptrinsic\";n[i]=n[i]||function(){(n[i].q=n[i].q||[]).push(arguments)},n[i].p=e;n[i].c=co;",
         "  var r=t.createElement(\"script\");r.async=!0,r.src=a+\"?a=\"+e;", "  var c=t.getElementsByTagName(\"script\")[0];c.parentNode.insertBefore(r,c)",
         "})(window,document,\"https://web-sdk.aptrinsic.com/api/aptrinsic.js\",\"%s\");" % tag, "",
         "export function identify(user, account) {",
         "  window.aptrinsic(\"identify\", { id: user.id, email: user.email, signUpDate: user.createdAt }, { id: account.id, name: account.name });",
         "}"]
    return pick(rng, "src/analytics/gainsight.js", "web/src/px.js"), "javascript", J(L), "gainsight", "px_tag_key"


def n_front_chat(rng):
    chat = rs(rng, HEX, 32)
    comp = company(rng)
    L = html_page(rng, comp, pick(rng, "Support", "Contact us", "Pricing"),
                  ["<p>Questions? Our team usually replies within a few hours.</p>",
                   '<a class="btn" href="mailto:support@%s">Email support</a>' % domain(rng, comp)], [])
    L += ["  <!-- Front Chat widget: chatId is public and identifies the widget -->",
          "  <script src=\"https://chat-assets.frontapp.com/v1/chat.bundle.js\"></script>", "  <script>",
          "    window.FrontChat('init', {chatId: '%s', useDefaultLauncher: true});" % chat, "  </script>", "</body>", "</html>"]
    return pick(rng, "public/front-chat.html", "site/_includes/front-chat.html"), "html", J(L), "front", "chat_widget_id"


def n_webhook_env(rng):
    which = rng.randrange(4)
    if which == 0:
        L = ["import base64", "import hashlib", "import hmac", "import os", "import time", "",
             "from django.http import HttpResponse, HttpResponseForbidden", "from django.views.decorators.csrf import csrf_exempt", "",
             "CLIENT_SECRET = os.environ[\"HUBSPOT_APP_CLIENT_SECRET\"]", "MAX_AGE_MS = 5 * 60 * 1000", "", "",
             "@csrf_exempt", "def hubspot_webhook(request):", "    \"\"\"Validate X-HubSpot-Signature-v3 and enqueue the events.\"\"\"",
             "    ts = request.headers.get(\"X-HubSpot-Request-Timestamp\", \"0\")",
             "    if abs(time.time() * 1000 - int(ts)) > MAX_AGE_MS:", "        return HttpResponseForbidden(\"stale\")",
             "    source = request.method + request.build_absolute_uri() + request.body.decode() + ts",
             "    digest = hmac.new(CLIENT_SECRET.encode(), source.encode(), hashlib.sha256).digest()",
             "    expected = base64.b64encode(digest).decode()",
             "    if not hmac.compare_digest(expected, request.headers.get(\"X-HubSpot-Signature-v3\", \"\")):",
             "        return HttpResponseForbidden(\"bad signature\")", "    # events are processed asynchronously", "    return HttpResponse(status=204)"]
        return "crm/views/hubspot_webhook.py", "python", J(L), "hubspot", "webhook_secret_env_ref"
    if which == 1:
        L = ["const crypto = require(\"crypto\");", "", "// Intercom signs webhook bodies with the app's client secret (sha1).",
             "const CLIENT_SECRET = process.env.INTERCOM_CLIENT_SECRET;", "", "module.exports = function verifyIntercom(req, res, next) {",
             "  const header = req.get(\"X-Hub-Signature\") || \"\";",
             "  const digest = \"sha1=\" + crypto.createHmac(\"sha1\", CLIENT_SECRET).update(req.rawBody).digest(\"hex\");",
             "  if (header.length !== digest.length || !crypto.timingSafeEqual(Buffer.from(header), Buffer.from(digest))) {",
             "    return res.status(401).send(\"invalid signature\");", "  }", "  next();", "};"]
        return "server/middleware/verifyIntercom.js", "javascript", J(L), "intercom", "webhook_secret_env_ref"
    if which == 2:
        L = ["<?php", "", "namespace App\\Http\\Middleware;", "", "use Closure;", "use Illuminate\\Http\\Request;", "",
             "class VerifyZendeskWebhook", "{", "    public function handle(Request $request, Closure $next)", "    {",
             "        $secret = config('services.zendesk.webhook_secret'); // ZENDESK_WEBHOOK_SECRET in .env",
             "        $timestamp = $request->header('X-Zendesk-Webhook-Signature-Timestamp');",
             "        $expected = base64_encode(hash_hmac('sha256', $timestamp . $request->getContent(), $secret, true));",
             "        if (! hash_equals($expected, (string) $request->header('X-Zendesk-Webhook-Signature'))) {",
             "            abort(401);", "        }", "        return $next($request);", "    }", "}"]
        return "app/Http/Middleware/VerifyZendeskWebhook.php", "php", J(L), "zendesk", "webhook_secret_env_ref"
    L = ["require \"openssl\"", "", "class WebhooksController < ApplicationController", "  skip_before_action :verify_authenticity_token", "",
         "  def klaviyo", "    secret = Rails.application.credentials.dig(:klaviyo, :webhook_secret)",
         "    expected = OpenSSL::HMAC.hexdigest(\"SHA256\", secret, request.raw_post)",
         "    return head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers[\"Klaviyo-Signature\"].to_s)",
         "    KlaviyoEventJob.perform_later(JSON.parse(request.raw_post))", "    head :ok", "  end", "end"]
    return "app/controllers/webhooks_controller.rb", "ruby", J(L), "klaviyo", "webhook_secret_env_ref"


def n_admin_masked(rng):
    comp = company(rng)
    spec = rng.choice(SPECS)
    rows = []
    for i in range(rng.randint(3, 6)):
        fake = spec[3](rng)
        pre = ""
        for p in ("pat-na1-", "pat-eu1-", "pk_", "api_", "1000."):
            if fake.startswith(p):
                pre = p
        rows.append("| %s | `%s%s%s` | 20%d-%02d-%02d | %s |" % (
            pick(rng, "Zapier", "Warehouse sync", "Support bot", "Old website", "Segment", "Make scenario", "Retool"),
            pre, "*" * rng.choice([8, 12, 20]), fake[-4:], rng.randint(21, 25), rng.randint(1, 12), rng.randint(1, 28),
            pick(rng, "2 days ago", "never", "today", "3 months ago")))
    L = ["# %s API keys audit (%s)" % (spec[2], pick(rng, "Q1", "Q2", "Q3", "Q4")), "",
         "Copied from Settings > API keys. Values are masked by the admin UI; only the last four characters are shown.", "",
         "| name | key | created | last used |", "|---|---|---|---|"] + rows + ["",
         "Action items:", "- revoke keys not used in 90 days", "- move the Zapier key to a service user"]
    return pick(rng, "docs/security/%s-key-audit.md" % spec[0], "notes/api-key-audit.md"), "markdown", J(L), spec[0], "masked_key_listing"


def n_ids_csv(rng):
    comp = company(rng)
    which = rng.randrange(3)
    L = []
    if which == 0:
        L.append("hs_object_id,email,email_sha256,hubspot_owner_id,associated_deal_id,lifecyclestage,createdate")
        for _ in range(rng.randint(6, 14)):
            em = email(rng)
            L.append("%d,%s,%s,%d,%d,%s,20%d-%02d-%02dT%02d:%02d:00Z" % (rng.randint(100000, 99999999), em, sha256hex(em), rng.randint(10000000, 99999999),
                                                                      rng.randint(1000000000, 19999999999), pick(rng, "lead", "customer", "opportunity", "subscriber"),
                                                                      rng.randint(21, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)))
        return pick(rng, "data/exports/hubspot_contacts.csv", "fixtures/contacts.csv"), "csv", J(L), "hubspot", "record_ids_email_hashes"
    if which == 1:
        L.append("ticket_id,requester_id,organization_id,external_id,status,priority,via")
        for _ in range(rng.randint(6, 14)):
            L.append("%d,%d,%d,%s,%s,%s,%s" % (rng.randint(1000, 999999), rng.randint(360000000000, 399999999999), rng.randint(360000000000, 399999999999),
                                               ruuid(rng), pick(rng, "open", "pending", "solved"), pick(rng, "low", "normal", "high"), pick(rng, "email", "web", "api", "chat")))
        return pick(rng, "data/zendesk_tickets_sample.csv", "tests/fixtures/tickets.csv"), "csv", J(L), "zendesk", "record_ids"
    L.append("deal_id,person_id,org_id,stage_id,pipeline_id,value,currency,owner_id")
    for _ in range(rng.randint(6, 14)):
        L.append("%d,%d,%d,%d,%d,%d,%s,%d" % (rng.randint(1, 99999), rng.randint(1, 99999), rng.randint(1, 9999), rng.randint(1, 40), rng.randint(1, 6),
                                              rng.randint(500, 90000), pick(rng, "USD", "EUR", "GBP"), rng.randint(1000000, 19999999)))
    return "data/pipedrive_deals.csv", "csv", J(L), "pipedrive", "record_ids"


def n_utm(rng):
    comp = company(rng)
    camps = []
    L = ["# UTM presets used by the campaign link builder", "campaigns:"]
    for _ in range(rng.randint(4, 8)):
        src = pick(rng, "newsletter", "linkedin", "google", "partner", "klaviyo", "hubspot")
        med = pick(rng, "email", "cpc", "social", "referral")
        name = "%s_%s_%d" % (pick(rng, "spring", "bf", "launch", "webinar", "q3"), pick(rng, "promo", "nurture", "reengage"), rng.randint(2022, 2025))
        L += ["  - name: %s" % name, "    utm_source: %s" % src, "    utm_medium: %s" % med, "    utm_campaign: %s" % name,
              "    utm_content: %s" % pick(rng, "hero_cta", "footer_link", "banner_a", "banner_b"),
              "    example: \"https://%s/pricing?utm_source=%s&utm_medium=%s&utm_campaign=%s&_hsenc=p2ANqtz-%s\"" % (domain(rng, comp), src, med, name, rs(rng, B62 + "_-", 24))]
    return pick(rng, "marketing/utm-presets.yml", "config/utm.yaml"), "yaml", J(L), "hubspot", "utm_strings"


def n_mailchimp_hash(rng):
    comp = company(rng)
    ems = [email(rng) for _ in range(3)]
    L = ["import hashlib", "", "import pytest", "", "from marketing.mailchimp import subscriber_hash", "", "",
         "@pytest.mark.parametrize(\"email,expected\", ["]
    for em in ems:
        L.append("    (\"%s\", \"%s\")," % (em.upper() if rng.random() < 0.3 else em, md5hex(em.lower())))
    L += ["])", "def test_subscriber_hash(email, expected):",
          "    # Mailchimp identifies list members by the MD5 of the lower-cased address", "    assert subscriber_hash(email) == expected", "", "",
          "def test_hash_is_hex():", "    assert len(subscriber_hash(\"%s\")) == 32" % ems[0]]
    return "tests/marketing/test_mailchimp_hash.py", "python", J(L), "mailchimp", "email_md5_hashes"


def n_hashed_audience(rng):
    rows = []
    for _ in range(rng.randint(5, 10)):
        em = email(rng)
        rows.append({"external_id": str(rng.randint(10000, 9999999)), "email_sha256": sha256hex(em.lower()),
                     "phone_sha256": sha256hex("+1%d" % rng.randint(2000000000, 9899999999)), "segment": pick(rng, "vip", "lapsed", "cart_abandoners")})
    doc = {"audience": "%s_%s" % (pick(rng, "klaviyo", "braze", "iterable"), pick(rng, "lookalike_seed", "suppression")), "hash": "sha256", "normalized": True, "rows": rows}
    return pick(rng, "data/audiences/seed.json", "fixtures/hashed_audience.json"), "json", json.dumps(doc, indent=2) + "\n", "klaviyo", "email_sha256_hashes"


def n_webhook_fixture(rng):
    portal = rng.randint(2000000, 48999999)
    ev = []
    for _ in range(rng.randint(2, 4)):
        ev.append({"eventId": rng.randint(100000000, 4000000000), "subscriptionId": rng.randint(100000, 3000000), "portalId": portal,
                   "appId": rng.randint(100000, 3000000), "occurredAt": ts(rng) * 1000, "subscriptionType": pick(rng, "contact.creation", "deal.propertyChange", "contact.propertyChange"),
                   "attemptNumber": 0, "objectId": rng.randint(100, 99999999), "changeSource": "CRM", "changeFlag": "NEW"})
    fx = {"headers": {"X-HubSpot-Signature-Version": "v3", "X-HubSpot-Request-Timestamp": str(ts(rng) * 1000),
                      "X-HubSpot-Signature-v3": base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode(),
                      "Content-Type": "application/json"},
          "body": ev, "_comment": "signature computed with the test client secret from tests/conftest.py (env HUBSPOT_TEST_CLIENT_SECRET)"}
    return pick(rng, "tests/fixtures/hubspot_webhook.json", "spec/fixtures/hubspot/webhook_batch.json"), "json", json.dumps(fx, indent=2) + "\n", "hubspot", "webhook_signature_fixture"


def n_i18n(rng):
    prov = rng.choice(SPECS)
    lang = pick(rng, "en", "de", "fr")
    strings = {
        "en": {"title": "Connect %s" % prov[2], "apiKeyLabel": "API key", "apiKeyHelp": "Paste the key from %s > Settings > API. It is stored encrypted." % prov[2],
               "apiKeyPlaceholder": "e.g. %s" % SPECIFIC_PLACEHOLDERS[(prov[0], prov[1])][0], "tokenInvalid": "That token was rejected by %s." % prov[2],
               "rotate": "Rotate key", "masked": "Key ending in {last4}"},
        "de": {"title": "%s verbinden" % prov[2], "apiKeyLabel": "API-Schlüssel", "apiKeyHelp": "Schlüssel aus %s > Einstellungen > API einfügen." % prov[2],
               "apiKeyPlaceholder": "z. B. %s" % SPECIFIC_PLACEHOLDERS[(prov[0], prov[1])][0], "tokenInvalid": "%s hat das Token abgelehnt." % prov[2],
               "rotate": "Schlüssel erneuern", "masked": "Schlüssel endet auf {last4}"},
        "fr": {"title": "Connecter %s" % prov[2], "apiKeyLabel": "Clé API", "apiKeyHelp": "Collez la clé depuis %s > Paramètres > API." % prov[2],
               "apiKeyPlaceholder": "ex. %s" % SPECIFIC_PLACEHOLDERS[(prov[0], prov[1])][0], "tokenInvalid": "Le jeton a été refusé par %s." % prov[2],
               "rotate": "Régénérer la clé", "masked": "Clé se terminant par {last4}"},
    }[lang]
    doc = {"integrations": {prov[0]: strings}}
    return "src/locales/%s/integrations.json" % lang, "json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n", prov[0], "i18n_strings"


def n_changelog(rng):
    prov = rng.choice(SPECS)
    L = ["# Changelog", ""]
    for i in range(rng.randint(3, 6)):
        L += ["## %d.%d.%d - 20%d-%02d-%02d" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9), rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28)), ""]
        for _ in range(rng.randint(1, 3)):
            L.append("- %s (%s)" % (pick(rng, "Rotate the %s credential and read it from the vault" % prov[2], "Fix pagination in %s sync" % prov[2],
                                              "Retry %s 429s with jitter" % prov[2], "Drop hardcoded %s key from fixtures" % prov[2], "Bump SDK"),
                                     rs(rng, HEX, 40) if rng.random() < 0.5 else rs(rng, HEX, 7)))
        L.append("")
    return "CHANGELOG.md", "markdown", J(L), prov[0], "commit_shas"


def n_lockfile(rng):
    pkgs = [("@hubspot/api-client", "11.%d.%d" % (rng.randint(0, 2), rng.randint(0, 9))), ("@mailchimp/mailchimp_marketing", "3.0.%d" % rng.randint(70, 80)),
            ("@klaviyo/api", "1%d.0.0" % rng.randint(0, 2)), ("node-zendesk", "5.0.%d" % rng.randint(0, 13)), ("intercom-client", "6.%d.0" % rng.randint(0, 3)),
            ("customerio-node", "4.%d.%d" % (rng.randint(0, 2), rng.randint(0, 9)))]
    chosen = rng.sample(pkgs, rng.randint(3, 5))
    packages = {"": {"name": "%s-web" % company(rng), "version": "1.0.0", "dependencies": {n: "^" + v for n, v in chosen}}}
    for n, v in chosen:
        packages["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                         "integrity": "sha512-" + base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()}
    doc = {"name": packages[""]["name"], "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": packages}
    return "package-lock.json", "json", json.dumps(doc, indent=2) + "\n", "hubspot", "integrity_hashes"


def n_sops(rng):
    prov = rng.choice(SPECS)
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode(),
                                                                 base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode(),
                                                                 base64.b64encode(bytes(rng.randrange(256) for _ in range(16))).decode())
    acct = rs(rng, DIG, 12)
    L = ["%s:" % prov[0], "    %s: %s" % (name_style(rng.choice(prov[5]), "snake"), enc(rng.randint(20, 60))),
         "    %s: %s" % (pick(rng, "webhook_secret", "client_secret"), enc(32)), "sops:", "    kms:",
         "        - arn: arn:aws:kms:%s:%s:key/%s" % (pick(rng, "us-east-1", "eu-west-1"), acct, ruuid(rng)),
         "          created_at: \"20%d-%02d-%02dT10:%02d:00Z\"" % (rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59)),
         "          enc: AQICAH%s" % base64.b64encode(bytes(rng.randrange(256) for _ in range(150))).decode(),
         "          aws_profile: \"\"", "    lastmodified: \"20%d-%02d-%02dT11:%02d:00Z\"" % (rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59)),
         "    mac: %s" % enc(32), "    unencrypted_suffix: _unencrypted", "    version: 3.%d.%d" % (rng.randint(7, 9), rng.randint(0, 3))]
    return pick(rng, "secrets/%s.enc.yaml" % prov[0], "deploy/secrets.prod.yaml"), "yaml", J(L), prov[0], "sops_ciphertext"


def n_zoho_docs(rng):
    L = ["# Zoho CRM OAuth notes", "", "Access tokens live for one hour. The refresh call from the Zoho docs:", "",
         "```", "https://accounts.zoho.com/oauth/v2/token", "?client_id=1000.GMB0YULZHJK411248S8I5GZ4CHUEX0",
         "&client_secret=122c324d3496d5d777ceeebc129470715fbb856b7", "&grant_type=refresh_token",
         "&refresh_token=1000.86a03ca5dbfccb7445b1889b8215efb0.cad9e1ae4989a1196fe05aa729fcb4e1", "```", "",
         "(Those are the example values from the Zoho Accounts documentation, not ours.)", "",
         "Our own client lives in the vault under `crm/zoho` and is read by `ZohoTokenProvider`.",
         "Use the accounts server of the user's data centre (`accounts.zoho.eu` for EU orgs)."]
    return pick(rng, "docs/zoho-oauth.md", "notes/zoho.md"), "markdown", J(L), "zoho", "doc_example"


def n_tf_refs(rng):
    prov = rng.choice(SPECS)
    p = prov[0]
    L = ['data "aws_secretsmanager_secret_version" "%s" {' % p, '  secret_id = "%s/%s"' % (pick(rng, "prod", "integrations"), p), "}", "",
         "locals {", "  %s_creds = jsondecode(data.aws_secretsmanager_secret_version.%s.secret_string)" % (p, p), "}", "",
         'resource "aws_lambda_function" "%s_sync" {' % p, '  function_name = "%s-sync"' % p, "  role          = aws_iam_role.sync.arn",
         '  runtime       = "nodejs20.x"', '  handler       = "index.handler"', "", "  environment {", "    variables = {",
         "      %s = local.%s_creds[\"%s\"]" % (name_style(rng.choice(prov[5]), "scream"), p, pick(rng, "token", "api_key")),
         '      LOG_LEVEL = "info"', "    }", "  }", "}"]
    return "infra/%s_sync.tf" % p, "terraform", J(L), p, "secret_manager_ref"


def n_external_secret(rng):
    prov = rng.choice(SPECS)
    p = prov[0]
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s-credentials" % p, "spec:",
         "  refreshInterval: 1h", "  secretStoreRef:", "    name: %s" % pick(rng, "aws-secrets-manager", "vault-backend", "gcp-sm"),
         "    kind: ClusterSecretStore", "  target:", "    name: %s-credentials" % p, "  data:",
         "    - secretKey: %s" % name_style(rng.choice(prov[5]), "kebab"), "      remoteRef:",
         "        key: %s/%s" % (pick(rng, "prod", "integrations"), p), "        property: %s" % pick(rng, "token", "api_key", "secret")]
    return "k8s/external-secrets/%s.yaml" % p, "yaml", J(L), p, "secret_manager_ref"


def n_apex_named(rng):
    prov = rng.choice(SPECS)
    label = prov[2].replace(" ", "_").replace(".", "")
    L = ["public with sharing class %sService {" % label.replace("_", ""), "    // Credentials are held by the Named Credential; nothing secret in code.",
         "    public static HttpResponse getRecords(String path) {", "        HttpRequest req = new HttpRequest();",
         "        req.setEndpoint('callout:%s' + path);" % label, "        req.setMethod('GET');",
         "        req.setHeader('Authorization', 'Bearer {!$Credential.Password}');", "        req.setTimeout(%d);" % rng.choice([10000, 20000, 60000]),
         "        return new Http().send(req);", "    }", "}"]
    return "force-app/main/default/classes/%sService.cls" % label.replace("_", ""), "apex", J(L), prov[0], "named_credential_merge_field"


def n_hs_forms_submit(rng):
    portal = rng.randint(2000000, 48999999)
    form = ruuid(rng)
    L = ["// Unauthenticated HubSpot Forms submission endpoint: portal id + form GUID only.",
         "const PORTAL_ID = \"%d\";" % portal, "const FORM_GUID = \"%s\";" % form, "",
         "export async function submitLead({ email, firstname, company }) {",
         "  const url = `https://api.hsforms.com/submissions/v3/integration/submit/${PORTAL_ID}/${FORM_GUID}`;",
         "  const hutk = document.cookie.match(/hubspotutk=([^;]+)/)?.[1];", "  const res = await fetch(url, {", "    method: \"POST\",",
         "    headers: { \"Content-Type\": \"application/json\" },", "    body: JSON.stringify({",
         "      fields: [", "        { name: \"email\", value: email },", "        { name: \"firstname\", value: firstname },",
         "        { name: \"company\", value: company },", "      ],", "      context: { hutk, pageUri: location.href, pageName: document.title },",
         "    }),", "  });", "  return res.ok;", "}"]
    return pick(rng, "src/forms/hubspotSubmit.js", "web/lib/lead-form.js"), "javascript", J(L), "hubspot", "portal_id_form_guid"


def n_api_fixture(rng):
    which = rng.randrange(2)
    if which == 0:
        tickets = []
        for _ in range(rng.randint(2, 4)):
            tid = rng.randint(1000, 99999)
            tickets.append({"id": tid, "url": "https://%s.zendesk.com/api/v2/tickets/%d.json" % (company(rng), tid), "external_id": ruuid(rng),
                            "subject": pick(rng, "Refund request", "Login issue", "Invoice question", "Shipping delay"),
                            "requester_id": rng.randint(360000000000, 399999999999), "status": pick(rng, "open", "pending"),
                            "tags": rng.sample(["vip", "billing", "bug", "shopify", "priority"], 2)})
        doc = {"tickets": tickets, "next_page": None, "count": len(tickets)}
        return "tests/fixtures/zendesk/tickets_page.json", "json", json.dumps(doc, indent=2) + "\n", "zendesk", "record_ids"
    conv = {"type": "conversation", "id": str(rng.randint(100000000000, 999999999999)), "created_at": ts(rng),
            "source": {"type": "conversation", "id": str(rng.randint(1000000000, 9999999999)), "delivered_as": "customer_initiated",
                       "author": {"type": "user", "id": rs(rng, HEX, 24), "email": email(rng)}},
            "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": rs(rng, HEX, 24), "external_id": ruuid(rng)}]},
            "admin_assignee_id": rng.randint(1000000, 9999999), "team_assignee_id": str(rng.randint(1000000, 9999999)), "state": "open"}
    return "spec/fixtures/intercom/conversation.json", "json", json.dumps(conv, indent=2) + "\n", "intercom", "record_ids"


def n_braze_ids(rng):
    L = ["# Braze campaign / canvas identifiers (ids, not API keys)", "braze:",
         "  rest_endpoint: https://rest.%s.braze.com" % pick(rng, "iad-01", "iad-03", "fra-02"), "  api_key: ${BRAZE_REST_API_KEY}", "  campaigns:"]
    for nm in rng.sample(["welcome", "cart_abandon", "winback", "order_shipped", "password_reset", "nps_survey"], 4):
        L += ["    %s:" % nm, "      campaign_id: %s" % ruuid(rng), "      send_id_prefix: %s" % nm]
    L += ["  canvases:", "    onboarding: %s" % ruuid(rng), "  segments:", "    trial_users: %s" % ruuid(rng)]
    return pick(rng, "config/braze.yml", "config/messaging/braze.yaml"), "yaml", J(L), "braze", "uuid_ids"


def n_env_example(rng):
    groups = [["# HubSpot", "HUBSPOT_ACCESS_TOKEN=", "HUBSPOT_PORTAL_ID=%d" % rng.randint(2000000, 48999999)],
              ["# Klaviyo", "KLAVIYO_PRIVATE_KEY=pk_...", "KLAVIYO_PUBLIC_KEY=%s" % rmix(rng, B62, 6)],
              ["# Zendesk", "ZENDESK_SUBDOMAIN=%s" % sub_of(rng, company(rng)), "ZENDESK_EMAIL=%s" % email(rng), "ZENDESK_API_TOKEN=<from admin center>"],
              ["# Intercom", "INTERCOM_APP_ID=%s" % rs(rng, LOWNUM, 8), "INTERCOM_ACCESS_TOKEN="],
              ["# Mailchimp", "MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us%d" % rng.randint(1, 21), "MAILCHIMP_AUDIENCE_ID=%s" % rs(rng, HEX, 10)],
              ["# Pipedrive", "PIPEDRIVE_API_TOKEN=changeme", "PIPEDRIVE_COMPANY_DOMAIN=%s" % company(rng)],
              ["# Customer.io", "CUSTOMERIO_SITE_ID=", "CUSTOMERIO_API_KEY=", "CUSTOMERIO_REGION=%s" % pick(rng, "us", "eu")]]
    rng.shuffle(groups)
    L = ["# Copy to .env and fill in. Never commit real values.", ""]
    for g in groups[:rng.randint(3, 7)]:
        L += g + [""]
    return pick(rng, ".env.example", ".env.sample"), "dotenv", J(L), "multi", "placeholder"


def n_test_mocks(rng):
    prov = rng.choice(SPECS)
    L = ["import pytest", "import responses", "", "from integrations.%s_client import %s" % (prov[0], pick(rng, "fetch_records", "sync_batch")), "",
         "FAKE_TOKEN = \"%s\"" % pick(rng, "test-token", "fake", "dummy-token", "not-a-real-key"), "", "",
         "@pytest.fixture(autouse=True)", "def _env(monkeypatch):", "    monkeypatch.setenv(\"%s\", FAKE_TOKEN)" % name_style(rng.choice(prov[5]), "scream"), "", "",
         "@responses.activate", "def test_fetch_records_returns_json():",
         "    responses.add(responses.GET, \"%s\", json={\"results\": [{\"id\": %d}]})" % (prov[4](rng, None, "acme")["url"], rng.randint(1, 9999)),
         "    data = %s()" % pick(rng, "fetch_records", "sync_batch"), "    assert data[\"results\"][0][\"id\"]"]
    return "tests/test_%s_client.py" % prov[0], "python", J(L), prov[0], "test_fixture"


def n_dockerfile(rng):
    prov = rng.choice(SPECS)
    L = ["FROM python:3.%d-slim@sha256:%s" % (rng.randint(10, 12), rs(rng, HEX, 64)), "", "WORKDIR /app",
         "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
         "# credentials are injected at runtime (ECS task secrets), never baked into the image",
         "ENV %s_BASE_URL=%s" % (prov[0].upper(), base_of(prov[4](rng, None, "acme")["url"])), "ENV PYTHONUNBUFFERED=1", "",
         "CMD [\"python\", \"-m\", \"sync.%s\"]" % prov[0]]
    return pick(rng, "Dockerfile", "docker/%s-sync.Dockerfile" % prov[0]), "dockerfile", J(L), prov[0], "image_digest"


def n_sfmc_config_ids(rng):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
         "    <label>Marketing Cloud</label>", "    <protected>false</protected>",
         "    <values>", "        <field>Auth_Base_URL__c</field>", '        <value xsi:type="xsd:string">https://mc%s.auth.marketingcloudapis.com/</value>' % rs(rng, LOWNUM, 26), "    </values>",
         "    <values>", "        <field>MID__c</field>", '        <value xsi:type="xsd:string">%d</value>' % rng.randint(10000000, 559999999), "    </values>",
         "    <values>", "        <field>Journey_Event_Key__c</field>", '        <value xsi:type="xsd:string">APIEvent-%s</value>' % ruuid(rng), "    </values>",
         "    <values>", "        <field>Named_Credential__c</field>", '        <value xsi:type="xsd:string">SFMC_API</value>', "    </values>", "</CustomMetadata>"]
    return "force-app/main/default/customMetadata/MC_Settings.Default.md-meta.xml", "xml", J(L), "sfmc", "config_ids"


def n_marketo_munchkin(rng):
    munchkin = "%s-%s-%s" % (rs(rng, DIG, 3), rs(rng, UP, 3), rs(rng, DIG, 3))
    L = ["<!-- Marketo Munchkin tracking (account id is public) -->", "<script type=\"text/javascript\">", "(function() {",
         "  var didInit = false;", "  function initMunchkin() {", "    if (didInit === false) {", "      didInit = true;",
         "      Munchkin.init('%s');" % munchkin, "    }", "  }", "  var s = document.createElement('script');", "  s.type = 'text/javascript';",
         "  s.async = true;", "  s.src = '//munchkin.marketo.net/munchkin.js';",
         "  s.onreadystatechange = function() { if (this.readyState == 'complete' || this.readyState == 'loaded') { initMunchkin(); } };",
         "  s.onload = initMunchkin;", "  document.getElementsByTagName('head')[0].appendChild(s);", "})();", "</script>",
         "<form id=\"mktoForm_%d\"></form>" % rng.randint(1000, 9999),
         "<script>MktoForms2.loadForm(\"//%s.mktoweb.com\", \"%s\", %d);</script>" % (munchkin, munchkin, rng.randint(1000, 9999))]
    return pick(rng, "templates/partials/munchkin.html", "site/_includes/marketo.html"), "html", J(L), "marketo", "munchkin_id"


def n_masked_log(rng):
    prov = rng.choice(SPECS)
    L = []
    t = ts(rng)
    for i in range(rng.randint(8, 16)):
        L.append("20%d-%02d-%02dT%02d:%02d:%02d.%03dZ %s [%s-sync] %s" % (
            rng.randint(23, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999),
            pick(rng, "INFO", "INFO", "WARN", "DEBUG"), prov[0],
            pick(rng, "GET %s status=200 took=%dms" % (prov[4](rng, None, "acme")["url"], rng.randint(40, 900)),
                 "auth header=Authorization: Bearer ****%s" % rs(rng, B62, 4),
                 "request_id=%s retry=%d" % (ruuid(rng), rng.randint(0, 3)),
                 "rate limit remaining=%d" % rng.randint(0, 100),
                 "config loaded token=<redacted> subdomain=%s" % company(rng))))
    return pick(rng, "logs/%s-sync.log" % prov[0], "debug/%s.log" % prov[0]), "log", J(L), prov[0], "redacted_log"


DOMAIN = [n_hubspot_embed, n_klaviyo_onsite, n_intercom_boot, n_zendesk_widget, n_cio_snippet, n_chat_embeds, n_front_chat,
          n_webhook_env, n_admin_masked, n_ids_csv, n_utm, n_mailchimp_hash, n_hashed_audience, n_webhook_fixture, n_i18n,
          n_changelog, n_lockfile, n_sops, n_zoho_docs, n_tf_refs, n_external_secret, n_apex_named, n_hs_forms_submit,
          n_api_fixture, n_braze_ids, n_env_example, n_test_mocks, n_dockerfile, n_sfmc_config_ids, n_marketo_munchkin, n_masked_log]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

N_POS = 500
N_NEG = 500


def spread(rng, items, n):
    """n picks that cycle through items in shuffled rounds (even coverage)."""
    out = []
    while len(out) < n:
        r = list(items)
        rng.shuffle(r)
        out += r
    return out[:n]


def weighted_specs(rng, n):
    total = sum(s[6] for s in SPECS)
    out = []
    for s in SPECS:
        out += [s] * max(1, int(n * s[6] / float(total)))
    while len(out) < n:
        out.append(rng.choices(SPECS, [s[6] for s in SPECS])[0])
    rng.shuffle(out)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ch.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets, negs = [], [], []
    all_secrets = []

    pos_specs = weighted_specs(rng, N_POS)
    pos_tpls = spread(rng, SHARED, N_POS)
    obv = [i % 2 == 0 for i in range(N_POS)]
    rng.shuffle(obv)
    for i in range(N_POS):
        spec, tpl = pos_specs[i], pos_tpls[i]
        for attempt in range(20):
            C = Ctx(rng, spec, True, obv[i])
            rel, ftype, text = tpl(C)
            if C.needle and C.needle in text:
                break
        else:
            raise RuntimeError("needle missing for %s/%s" % (spec[0], tpl.__name__))
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        line = text[:text.index(C.needle)].count("\n") + 1
        manifest.append({"file": fid, "label": "pos", "provider": spec[0], "kind": spec[1], "filetype": ftype,
                         "template": tpl.__name__[2:], "placement": "obvious" if C.obvious else "subtle"})
        secrets.append({"file": fid, "needle": C.needle, "line": line})
        all_secrets.append(C.needle)
        if C.secret and C.secret != C.needle:
            all_secrets.append(C.secret)

    n_reuse = N_NEG // 2
    neg_specs = weighted_specs(rng, n_reuse)
    neg_tpls = spread(rng, SHARED, n_reuse)
    dom_tpls = spread(rng, DOMAIN, N_NEG - n_reuse)
    for i in range(N_NEG):
        if i < n_reuse:
            spec, tpl = neg_specs[i], neg_tpls[i]
            C = Ctx(rng, spec, False, rng.random() < 0.5)
            rel, ftype, text = tpl(C)
            prov, kind = spec[0], "%s:%s" % (C.slot.nk, spec[1])
            tname = tpl.__name__[2:]
        else:
            tpl = dom_tpls[i - n_reuse]
            rel, ftype, text, prov, kind = tpl(rng)
            tname = "lookalike_" + tpl.__name__[2:]
        negs.append((i, rel, ftype, text, prov, kind, tname))
    order = list(range(N_NEG))
    rng.shuffle(order)
    for j, k in enumerate(order):
        i, rel, ftype, text, prov, kind, tname = negs[k]
        fid = "neg/n%04d/%s" % (j, rel)
        for s in all_secrets:
            if s in text:
                raise RuntimeError("generated secret leaked into negative %s" % fid)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype, "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
