#!/usr/bin/env python3
"""Blind evaluation-set generator DC: retail, point of sale, restaurant tech, receipt/label printing.

EMPHASIS
    Credentials as they leak from point-of-sale and restaurant-tech projects: Android (Kotlin/Java)
    POS apps, Swift iPad kiosks, C#/.NET WinForms registers, Node/TypeScript and Python back
    offices, PHP order bridges, Delphi/VB legacy tills, INI/XML/JSON configs, kiosk provisioning
    scripts (PowerShell, bash), docker-compose, SQL dumps, Markdown runbooks, CSV exports and
    ESC/POS command files. Providers: Square (EAAA access tokens, sq0csp- application secrets,
    webhook signature keys), Clover (API tokens, app secrets), Toast (client secrets), Lightspeed
    Retail X-Series / Vend (personal tokens), Shopify (shpat_/shpca_ admin tokens, shpss_ app
    secrets), SumUp (sup_sk_ keys), Zettle (client secrets, JWT API keys), Revel (API secrets),
    Oracle Simphony / MICROS (STS and database passwords), DoorDash Drive (signing secrets),
    Uber Eats and Deliveroo (client secrets), Olo (API keys), PrintNode (API keys), Star
    CloudPRNT and Epson Server Direct Print (basic-auth passwords), Scandit and Dynamsoft
    licence keys, Givex and Paytronix loyalty/gift-card credentials, kiosk admin PINs and
    passwords, POS back-office database passwords.

USAGE
    python3 gen_dc.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl. Deterministic per SEED (all randomness from random.Random(SEED)).

NEEDLE CONVENTIONS
    The needle is the secret exactly as written in the file: the whole token including its
    prefix (EAAA..., sq0csp-..., shpat_..., sup_sk_..., IZSEC...), the whole JWT for Zettle API
    keys, the whole licence string for Scandit/Dynamsoft, the password alone (not user:password)
    for passwords, the digits alone for PINs. Where an id/secret pair is written, the needle is the
    secret half; the public id (client id, merchant id, developer id, Revel API key) may sit
    beside it. For Revel's "API-AUTHENTICATION: key:secret" header the needle is the secret after
    the colon. `line` is the 1-based line of the needle's first occurrence (checked at generation).
    About half the positives use an obvious name (SQUARE_ACCESS_TOKEN, toastClientSecret,
    db_password); the other half use a neutral name (relay_value, hubOpt, TILL_PARAM_B), a
    positional argument, a URL's userinfo or an HTTP header.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by: placeholders
    (YOUR_ACCESS_TOKEN, REPLACE_WITH_..., -- ENTER YOUR SCANDIT LICENSE KEY HERE --), environment
    interpolations (${SQUARE_ACCESS_TOKEN}, only in config-file templates), secret-manager
    references (vault:, arn:aws:secretsmanager:, @Microsoft.KeyVault(...), op://), masked values
    (EAAA****...a91c, ********), empty values, Dynamsoft's published public trial licence
    (DLS2eyJvcmdhbml6YXRpb25JRCI6IjIwMDAwMSJ9) and Toast's published example client secret from
    its authentication API reference. The other half are domain look-alikes: Square location ids
    and sq0idp- application ids (public, used by the Web Payments SDK), Square catalog/order/
    payment ids, Square webhook HMAC signatures in logs, Clover merchant/order/app ids, Toast
    restaurant GUIDs, Shopify shop domains and shopify.app.toml client_id, SKUs, GTIN-13/UPC-A
    barcodes with valid check digits, receipt and order numbers, masked PANs, last-4 and card
    fingerprints, terminal serials, MACs and device codes, firmware SHA-256/MD5 checksums, npm
    integrity hashes, bcrypt hashes of staff passwords in a SQL dump, i18n strings about PINs and
    passwords, env/secret-manager lookups in code, Square's documented sandbox test nonce and
    test card numbers, Dynamsoft public trial licences, Scandit sample placeholders.

DOUBTS (formats written from memory or only partly confirmed)
    - Square: "EAAA" + 60 base64url characters (docs: access tokens are 64 bytes); sq0csp- + 43
      and sq0idp- + 22 from memory; webhook signature keys as 22 base64url chars is a guess.
    - Clover API tokens and app secrets written as UUIDs (from memory); merchant/app ids as 13
      upper-case alphanumerics (docs say merchant ids are 13 alphanumerics).
    - Toast client secret: 64 chars [A-Za-z0-9_-], client id 32 alphanumerics, from the example
      in Toast's authentication API reference (seen via a mirror of its OpenAPI file).
    - Lightspeed X-Series personal tokens: "lsxs_pt_" + 32 alphanumerics and legacy Vend
      40-character tokens are both from memory (docs only say "personal token").
    - SumUp: docs confirm the sup_sk_ prefix; the 32-character body is a guess.
    - Zettle: client secrets as "IZSEC" + UUID from memory; API keys as RS256 JWTs (docs: "The JWT
      assertion is used as an API key"); claim names are guesses.
    - Revel: 32-hex API key + 64-hex API secret in "API-AUTHENTICATION: key:secret" from memory.
    - DoorDash signing secret as 43 base64url chars (32 bytes) beside UUID developer/key ids:
      the docs confirm the triple and base64url decoding; the length is from sample code.
    - Uber Eats (40 base64url), Deliveroo (64 alnum), Olo (32 hex), Paytronix (40 alnum),
      PrintNode (43 base64url) bodies are guesses; they carry no documented prefix.
    - Scandit licence keys as "A" + 300-700 base64 chars and Dynamsoft private licences as
      "DLS2" + base64 JSON with a handshakeCode are from memory. Labels a reviewer might dispute:
      licence keys for client-side SDKs are embedded in shipped apps; I label them positive as
      the brief asks (a paid licence is a credential); Dynamsoft's published public trial licence
      and Scandit's sample placeholder are negative.
    - Look-alike formats from memory: Square card fingerprints "sq-1-..." (receipts CSV), Square device
      ids "device:..." and 6-letter device codes, Clover device serials "C0...", the Givex JSON-RPC
      endpoint/method name in the gift-card template.
    - Kiosk admin PINs (6-8 digits) are labelled positive; a reviewer might call them weak.
    - shopify.app.toml client_id (32 hex) and Shopify API keys used as OAuth client ids are
      labelled negative (public); bcrypt hashes of staff passwords in a dump are labelled negative.

SEARCHES
    docs: Square access-token length (developer forum: "OAuth access tokens are 64 bytes"), Toast
    authentication (clientId/clientSecret example, TOAST_MACHINE_CLIENT), Lightspeed X-Series
    authorization and personal tokens, SumUp API keys (sup_sk_ prefix), Zettle OAuth (assertion
    grant, client id UUIDs), PrintNode API keys, Clover test API tokens and merchant ids,
    DoorDash Drive access keys (developer_id/key_id/signing_secret, dd-ver DD-JWT-V1), Dynamsoft
    public trial licence, Scandit samples (placeholder), Revel API, Star CloudPRNT.
    pages: Vend/Lightspeed personal tokens.
    Scanner-related things shown: a GitGuardian detector description page for Square tokens
    (metadata only, no pattern); ignored. No scanner rule code was read or used.
"""
import base64
import json
import os
import random
import string
import sys

MARK = "\x00SECRET\x00"
N_POS = 500
N_NEG = 500

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEXL = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64url(r, n):
    return r.choice(ALNUM) + rs(r, B64URL, n - 2) + r.choice(ALNUM)


def hexs(r, n):
    return rs(r, HEXL, n)


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def up13(r):
    return rs(r, UP + DIG, 13)


def b64u_enc(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- human passwords, PINs
WORDS = ["harbor", "brisket", "tillroll", "marigold", "espresso", "drawer", "fryer", "pantry",
         "galley", "walnut", "saffron", "lantern", "falcon", "copper", "meadow", "tango",
         "orchid", "sprocket", "basil", "juniper", "waffle", "tundra", "pretzel", "dumpling",
         "nacho", "biscuit", "cobalt", "granite", "pickle", "sorbet", "thistle", "quokka",
         "mango", "paprika", "ramen", "gnocchi", "bagel", "kestrel", "cinder", "maple"]
SYMS = "!*-_.~^+"


def cap(w):
    return w[0].upper() + w[1:]


def leet(w):
    return w.replace("e", "3").replace("a", "4").replace("o", "0").replace("i", "1")


def human_password(r):
    k = r.randrange(6)
    w1, w2, w3 = r.sample(WORDS, 3)
    if k == 0:
        return cap(w1) + r.choice(SYMS) + cap(w2) + str(r.randrange(10, 9999))
    if k == 1:
        return "%s-%s-%s-%02d" % (w1, w2, w3, r.randrange(100))
    if k == 2:
        while True:
            s = rs(r, ALNUM + SYMS, r.randrange(14, 20))
            if (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DIG for c in s)
                    and any(c in SYMS for c in s)):
                return s
    if k == 3:
        return leet(cap(w1) + cap(w2)) + str(r.randrange(10, 99)) + r.choice(SYMS)
    if k == 4:
        return cap(w1) + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])) + r.choice(SYMS) + w2[:3]
    return r.choice(UP) + rs(r, LO, 3) + r.choice(SYMS) + rs(r, DIG, 3) + cap(w1) + rs(r, ALNUM, 3)


def pin(r):
    while True:
        n = r.choice([6, 6, 7, 8])
        s = rs(r, DIG, n)
        if s[0] != "0" and len(set(s)) >= 4 and s not in "0123456789012345" and s not in "9876543210":
            return s


# ---------------------------------------------------------------- provider formats
def g_square_access(r):
    return "EAAA" + rs(r, B64URL, 59) + r.choice(ALNUM)


def g_square_secret(r):
    if r.random() < 0.25:
        return "sandbox-sq0csb-" + b64url(r, 43)
    return "sq0csp-" + b64url(r, 43)


def g_square_appid(r):
    if r.random() < 0.3:
        return "sandbox-sq0idb-" + b64url(r, 22)
    return "sq0idp-" + b64url(r, 22)


def g_square_location(r):
    return "L" + rs(r, UP + DIG, 12)


def g_toast_secret(r):
    return b64url(r, 64)


def g_lightspeed(r):
    if r.random() < 0.65:
        return "lsxs_pt_" + rs(r, ALNUM, 32)
    return rs(r, ALNUM, 18) + "_" + rs(r, ALNUM + "_", 20) + r.choice(ALNUM)


def g_shopify_token(r):
    return r.choice(["shpat_", "shpat_", "shpca_", "shppa_"]) + hexs(r, 32)


def g_zettle_secret(r):
    return "IZSEC" + uuid4(r)


def g_zettle_jwt(r):
    hdr = {"kid": str(r.randrange(1000000000, 1999999999)), "typ": "JWT", "alg": "RS256"}
    iat = r.randrange(1640000000, 1735000000)
    pl = {"iss": "iZettle", "aud": "API", "exp": iat + 86400 * 3650, "sub": uuid4(r), "iat": iat,
          "renewed": False, "scope": ["READ:PURCHASE", "READ:PRODUCT", "WRITE:PRODUCT"],
          "user": {"userType": "USER", "uuid": uuid4(r), "orgUuid": uuid4(r),
                   "userRole": "OWNER"}, "type": "user-assertion", "client_id": uuid4(r)}
    h = b64u_enc(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u_enc(json.dumps(pl, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u_enc(rbytes(r, 256))


def g_scandit(r):
    n = r.randrange(230, 520)
    s = base64.b64encode(rbytes(r, n)).decode().rstrip("=")
    return "A" + s


def g_dynamsoft(r):
    org = str(r.randrange(100100000, 100999999))
    d = {"handshakeCode": org + "-" + rs(r, ALNUM, 12), "organizationID": org}
    if r.random() < 0.5:
        d = {"handshakeCode": org + "-" + rs(r, ALNUM, 12), "mainServerURL": "https://mdls.dynamsoftonline.com",
             "organizationID": org, "checkCode": r.randrange(-2000000000, 2000000000)}
    return "DLS2" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def spec(provider, kind, cat, gen, words, w, idf=None, user=None, hdr="bearer", host=None, ph=()):
    return {"provider": provider, "kind": kind, "cat": cat, "gen": gen, "words": words, "w": w,
            "idf": idf, "user": user, "hdr": hdr, "host": host, "ph": list(ph)}


SPECS = [
    spec("square", "access_token", "token", g_square_access, ["square", "access", "token"], 40,
         idf=lambda r: (["square", "location", "id"], g_square_location(r)),
         host="connect.squareup.com", ph=["YOUR_ACCESS_TOKEN", "REPLACE_WITH_SQUARE_ACCESS_TOKEN", "EAAA_REPLACE_ME"]),
    spec("square", "application_secret", "client_secret", g_square_secret, ["square", "application", "secret"], 25,
         idf=lambda r: (["square", "application", "id"], g_square_appid(r)),
         host="connect.squareup.com", ph=["YOUR_APPLICATION_SECRET", "sq0csp-REPLACE_ME"]),
    spec("square", "webhook_signature_key", "signing", lambda r: b64url(r, 22),
         ["square", "webhook", "signature", "key"], 10, host="connect.squareup.com",
         ph=["YOUR_SIGNATURE_KEY"]),
    spec("clover", "api_token", "token", uuid4, ["clover", "api", "token"], 20,
         idf=lambda r: (["clover", "merchant", "id"], up13(r)), host="api.clover.com",
         ph=["YOUR_API_TOKEN", "REPLACE_WITH_CLOVER_TOKEN"]),
    spec("clover", "app_secret", "client_secret", uuid4, ["clover", "app", "secret"], 15,
         idf=lambda r: (["clover", "app", "id"], up13(r)), host="www.clover.com",
         ph=["YOUR_APP_SECRET"]),
    spec("toast", "client_secret", "client_secret", g_toast_secret, ["toast", "client", "secret"], 25,
         idf=lambda r: (["toast", "client", "id"], rs(r, ALNUM, 32)), host="ws-api.toasttab.com",
         ph=["YOUR_TOAST_CLIENT_SECRET", "REPLACE_ME"]),
    spec("lightspeed", "personal_token", "token", g_lightspeed, ["lightspeed", "personal", "token"], 20,
         host="storename.retail.lightspeed.app", ph=["YOUR_PERSONAL_TOKEN", "lsxs_pt_REPLACE_ME"]),
    spec("shopify", "admin_access_token", "token", g_shopify_token, ["shopify", "access", "token"], 22,
         hdr="X-Shopify-Access-Token", host="corner-deli.myshopify.com",
         ph=["shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_ADMIN_API_ACCESS_TOKEN"]),
    spec("shopify", "app_secret", "client_secret", lambda r: "shpss_" + hexs(r, 32),
         ["shopify", "api", "secret"], 12, idf=lambda r: (["shopify", "api", "key"], hexs(r, 32)),
         ph=["shpss_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_API_SECRET_KEY"]),
    spec("sumup", "api_key", "token", lambda r: "sup_sk_" + rs(r, ALNUM, 32), ["sumup", "api", "key"], 15,
         host="api.sumup.com", ph=["sup_sk_XXX", "YOUR_SUMUP_API_KEY"]),
    spec("zettle", "client_secret", "client_secret", g_zettle_secret, ["zettle", "client", "secret"], 12,
         idf=lambda r: (["zettle", "client", "id"], uuid4(r)), host="oauth.zettle.com",
         ph=["YOUR_CLIENT_SECRET"]),
    spec("zettle", "api_key", "assertion", g_zettle_jwt, ["zettle", "api", "key"], 10,
         idf=lambda r: (["zettle", "client", "id"], uuid4(r)), host="oauth.zettle.com",
         ph=["YOUR_API_KEY", "REPLACE_WITH_ZETTLE_API_KEY"]),
    spec("revel", "api_secret", "apikey", lambda r: hexs(r, 64), ["revel", "api", "secret"], 12,
         idf=lambda r: (["revel", "api", "key"], hexs(r, 32)), hdr="API-AUTHENTICATION",
         host="acmebistro.revelup.com", ph=["YOUR_API_SECRET"]),
    spec("oracle_simphony", "sts_password", "password", human_password, ["simphony", "sts", "password"], 12,
         user="sts_api_user", ph=["********"]),
    spec("oracle_micros", "db_password", "password", human_password, ["micros", "db", "password"], 12,
         user="custom", ph=["********"]),
    spec("doordash", "signing_secret", "signing", lambda r: b64url(r, 43), ["doordash", "signing", "secret"], 20,
         idf=lambda r: (["doordash", "developer", "id"], uuid4(r)), host="openapi.doordash.com",
         ph=["YOUR_SIGNING_SECRET", "PLACEHOLDER"]),
    spec("uber_eats", "client_secret", "client_secret", lambda r: b64url(r, 40),
         ["uber", "eats", "client", "secret"], 12,
         idf=lambda r: (["uber", "eats", "client", "id"], b64url(r, 32)), host="api.uber.com",
         ph=["YOUR_CLIENT_SECRET"]),
    spec("deliveroo", "client_secret", "client_secret", lambda r: rs(r, ALNUM, 64),
         ["deliveroo", "client", "secret"], 10,
         idf=lambda r: (["deliveroo", "client", "id"], rs(r, LO + DIG, 26)), host="api.developers.deliveroo.com",
         ph=["YOUR_CLIENT_SECRET"]),
    spec("olo", "api_key", "apikey", lambda r: hexs(r, 32), ["olo", "api", "key"], 10,
         hdr="Authorization-OloKey", host="ordering.api.olo.com", ph=["YOUR_OLO_API_KEY"]),
    spec("printnode", "api_key", "apikey", lambda r: b64url(r, 43), ["printnode", "api", "key"], 20,
         hdr="basic-user", host="api.printnode.com", ph=["YOUR_PRINTNODE_API_KEY", "DUMMY_API_KEY"]),
    spec("star_micronics", "cloudprnt_password", "password", human_password, ["cloudprnt", "password"], 10,
         user="cloudprnt", ph=["********"]),
    spec("epson", "sdp_password", "password", human_password, ["epson", "sdp", "password"], 10,
         user="eposprint", ph=["********"]),
    spec("scandit", "license_key", "license", g_scandit, ["scandit", "license", "key"], 15,
         ph=["-- ENTER YOUR SCANDIT LICENSE KEY HERE --"]),
    spec("dynamsoft", "license_key", "license", g_dynamsoft, ["dynamsoft", "license"], 12,
         ph=["YOUR-LICENSE-KEY", "DLS2eyJvcmdhbml6YXRpb25JRCI6IjIwMDAwMSJ9"]),
    spec("givex", "api_password", "password", human_password, ["givex", "password"], 10,
         user="48213", ph=["********"]),
    spec("paytronix", "client_secret", "client_secret", lambda r: rs(r, ALNUM, 40),
         ["paytronix", "client", "secret"], 10,
         idf=lambda r: (["paytronix", "client", "id"], "acme-" + rs(r, LO + DIG, 8)), host="api.pxslab.com",
         ph=["YOUR_CLIENT_SECRET"]),
    spec("kiosk", "admin_pin", "pin", pin, ["kiosk", "admin", "pin"], 18, ph=["0000"]),
    spec("kiosk", "admin_password", "password", human_password, ["kiosk", "admin", "password"], 15,
         user="kioskadmin", ph=["********"]),
    spec("pos_backoffice", "db_password", "password", human_password, ["pos", "db", "password"], 30,
         user="pos_app", ph=["********"]),
]

NEUTRAL = [["relay", "value"], ["bridge", "param"], ["sync", "slot", "b"], ["hub", "opt"],
           ["link", "cfg"], ["store", "ref"], ["tp", "field", "3"], ["conn", "extra"],
           ["upstream", "ref"], ["lane", "opt"], ["till", "param", "b"], ["edge", "value"],
           ["node", "arg"], ["svc", "a"], ["ext", "opt", "2"], ["vendor", "blob"],
           ["integration", "value"], ["remote", "cfg"], ["partner", "field"], ["ops", "v"],
           ["cfg", "ext"], ["pairing", "value"], ["uplink", "b"], ["station", "opt"]]


def style(words, st):
    if st == "snake":
        return "_".join(words)
    if st == "SCREAM":
        return "_".join(words).upper()
    if st == "camel":
        return words[0] + "".join(cap(w) for w in words[1:])
    if st == "Pascal":
        return "".join(cap(w) for w in words)
    if st == "kebab":
        return "-".join(words)
    if st == "dot":
        return ".".join(words)
    return "_".join(words)


# ---------------------------------------------------------------- context of one file
class Ctx:
    """What a template needs: the value slot, names and the public id of one credential."""

    def __init__(self, r, sp, hidden):
        self.sp = sp
        self.provider = sp["provider"]
        self.kind = sp["kind"]
        self.cat = sp["cat"]
        self.val = MARK
        self.hidden = hidden
        self.words = r.choice(NEUTRAL) if hidden else sp["words"]
        self.idwords, self.idval = (None, None)
        if sp["idf"]:
            self.idwords, self.idval = sp["idf"](r)
        self.user = sp["user"] or "svc_pos"
        self.host = sp["host"] or "%s.%s.%s" % (r.choice(["bo", "api", "hq", "store-api"]), r.choice(COS), r.choice(["io", "com", "net"]))
        self.hdr = sp["hdr"]

    def nm(self, st):
        return style(self.words, st)

    def idn(self, st):
        return style(self.idwords, st)

    def header(self):
        """(name, value) of the HTTP header carrying the credential, or None."""
        if self.cat not in ("token", "apikey"):
            return None
        if self.hdr == "bearer":
            return ("Authorization", "Bearer " + self.val)
        if self.hdr == "API-AUTHENTICATION":
            return ("API-AUTHENTICATION", self.idval + ":" + self.val)
        if self.hdr == "Authorization-OloKey":
            return ("Authorization", "OloKey " + self.val)
        if self.hdr == "basic-user":
            return None
        return (self.hdr, self.val)


STORES = ["Harbor Street Deli", "Saffron Kitchen", "Maple & Rye Bakery", "Northside Tacos",
          "Copper Kettle Cafe", "Pickle Barrel Market", "Juniper Wine Bar", "Granite Hardware",
          "Bluebird Books", "Tundra Outfitters", "Ramen Lab", "Walnut Grove Grocery"]
COS = ["acme", "tillwise", "harborpos", "bitebyte", "kassa", "orderly", "grubline", "brightcart",
       "counterpoint", "shelfsmart", "tapnserve", "rollcall"]
TZ = ["America/Chicago", "America/New_York", "Europe/London", "Europe/Berlin", "Australia/Sydney",
      "America/Los_Angeles", "Europe/Stockholm"]


def ip(r):
    return r.choice(["10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(2, 250)),
                     "192.168.%d.%d" % (r.randrange(256), r.randrange(2, 250))])


def extras(r, n):
    pool = [
        (["receipt", "width"], str(r.choice([32, 42, 48, 64])), True),
        (["tax", "rate"], r.choice(["0.0825", "0.07", "0.2", "0.19", "0.10"]), True),
        (["currency"], r.choice(["USD", "EUR", "GBP", "AUD", "SEK", "CAD"]), False),
        (["printer", "host"], ip(r), False),
        (["drawer", "kick"], r.choice(["true", "false"]), True),
        (["store", "number"], "%04d" % r.randrange(1, 9999), False),
        (["timezone"], r.choice(TZ), False),
        (["tip", "presets"], r.choice(["15,18,20", "10,15,20", "18,20,25"]), False),
        (["idle", "timeout", "seconds"], str(r.choice([60, 120, 300, 600])), True),
        (["kds", "refresh", "ms"], str(r.choice([1500, 3000, 5000])), True),
        (["store", "name"], r.choice(STORES), False),
        (["log", "level"], r.choice(["info", "warn", "debug"]), False),
        (["sync", "interval", "minutes"], str(r.choice([5, 10, 15, 30])), True),
        (["label", "printer", "dpi"], str(r.choice([203, 300])), True),
        (["offline", "mode"], r.choice(["true", "false"]), True),
        (["max", "retries"], str(r.choice([3, 5, 8])), True),
        (["api", "base", "url"], "https://" + r.choice(["api", "pos", "bo"]) + "." + r.choice(COS) + ".io/v2", False),
    ]
    r.shuffle(pool)
    return pool[:n]


def qline(words, v, isnum, st, fmt):
    k = style(words, st)
    if fmt == "env":
        return "%s=%s" % (k, v)
    if fmt == "yaml":
        return "%s: %s" % (k, v if isnum else '"%s"' % v if " " in v or "," in v else v)
    if fmt == "py":
        return "%s = %s" % (k, v if isnum and v not in ("true", "false") else
                            ("True" if v == "true" else "False") if v in ("true", "false") else '"%s"' % v)
    if fmt == "json":
        return '"%s": %s' % (k, v if isnum else '"%s"' % v)
    if fmt == "ini":
        return "%s=%s" % (k, v)
    if fmt == "props":
        return "%s=%s" % (k, v)
    if fmt == "toml":
        return "%s = %s" % (k, v if isnum else '"%s"' % v)
    return "%s = %s" % (k, v)


def pick(r, *xs):
    return r.choice(xs)


# ---------------------------------------------------------------- templates
# Each template: fn(r, c) -> (relpath, text) with c.val (MARK) written exactly once.
TEMPLATES = []


def tpl(name, ft, cats=None, kinds=None, config=False):
    def deco(fn):
        TEMPLATES.append({"name": name, "ft": ft, "cats": cats, "kinds": kinds, "fn": fn, "config": config})
        return fn
    return deco


HDR_CATS = ("token", "apikey")
ALL_BUT_PIN = ("token", "apikey", "client_secret", "signing", "password", "license", "assertion")


@tpl("env_file", "env", config=True)
def t_env(r, c):
    path = pick(r, ".env", ".env.production", "backoffice/.env", "deploy/pos.env", "services/orders/.env.local")
    L = ["# %s - %s" % (r.choice(STORES), pick(r, "POS back office", "order bridge", "kiosk API", "KDS relay"))]
    L.append("NODE_ENV=production" if r.random() < 0.5 else "APP_ENV=prod")
    for w, v, n in extras(r, r.randrange(2, 6)):
        L.append(qline(w, v, n, "SCREAM", "env"))
    L.append("")
    if c.idval:
        L.append("%s=%s" % (c.idn("SCREAM"), c.idval))
    q = pick(r, "", "", '"')
    L.append("%s=%s%s%s" % (c.nm("SCREAM"), q, c.val, q))
    for w, v, n in extras(r, r.randrange(1, 4)):
        L.append(qline(w, v, n, "SCREAM", "env"))
    return path, "\n".join(L) + "\n"


@tpl("compose", "yaml", config=True)
def t_compose(r, c):
    svc = pick(r, "pos-api", "order-bridge", "kds-relay", "print-gateway", "loyalty-worker")
    L = ["services:", "  %s:" % svc,
         "    image: ghcr.io/%s/%s:%s" % (r.choice(COS), svc, pick(r, "1.8.2", "2024.05.1", "latest", "3.1")),
         "    restart: unless-stopped", "    ports:", '      - "%d:8080"' % r.choice([8080, 3000, 9100, 5000])]
    listform = r.random() < 0.5
    L.append("    environment:")
    env = [(style(w, "SCREAM"), v) for w, v, n in extras(r, r.randrange(2, 5))]
    if c.idval:
        env.append((c.idn("SCREAM"), c.idval))
    pos = r.randrange(len(env) + 1)
    env.insert(pos, (c.nm("SCREAM"), c.val))
    for k, v in env:
        if listform:
            L.append("      - %s=%s" % (k, v))
        else:
            L.append('      %s: "%s"' % (k, v))
    L += ["    depends_on:", "      - db", "  db:", "    image: postgres:%s" % pick(r, "15", "16-alpine", "14"),
          "    environment:", "      POSTGRES_DB: backoffice", "      POSTGRES_USER: pos",
          "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "    secrets:", "      - pg_password",
          "    volumes:", "      - pgdata:/var/lib/postgresql/data", "secrets:", "  pg_password:",
          "    file: ./secrets/pg_password.txt", "volumes:", "  pgdata: {}"]
    return pick(r, "docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"), "\n".join(L) + "\n"


@tpl("gh_workflow", "yaml", config=True)
def t_workflow(r, c):
    L = ["name: %s" % pick(r, "Deploy kiosk build", "Release POS backend", "Nightly catalog sync"),
         "on:", "  push:", "    branches: [main]", "  workflow_dispatch: {}", "", "env:",
         "  REGISTRY: ghcr.io", "  STORE_REGION: %s" % pick(r, "us-central", "eu-west", "ap-south")]
    if c.idval:
        L.append("  %s: %s" % (c.idn("SCREAM"), c.idval))
    L.append("  %s: %s" % (c.nm("SCREAM"), pick(r, c.val, "'%s'" % c.val)))
    L += ["", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
          "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
          "      - run: npm ci", "      - run: npm run build",
          "      - run: ./scripts/deploy.sh ${{ github.sha }}"]
    return ".github/workflows/" + pick(r, "deploy.yml", "release.yml", "sync.yml"), "\n".join(L) + "\n"


@tpl("py_settings", "py")
def t_py_settings(r, c):
    L = ['"""%s settings for the %s."""' % (pick(r, "Production", "Store", "Shared"), pick(r, "back office", "order bridge", "loyalty worker")),
         "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s.%s.io", "localhost"]' % (pick(r, "bo", "pos", "orders"), r.choice(COS)), ""]
    for w, v, n in extras(r, r.randrange(2, 5)):
        L.append(qline(w, v, n, "SCREAM", "py"))
    L.append("")
    L.append("# %s" % pick(r, "integration credentials", "provider settings", "third-party POS connector", "see docs/integrations.md"))
    if c.idval:
        L.append('%s = "%s"' % (c.idn("SCREAM"), c.idval))
    st = pick(r, "SCREAM", "snake")
    L.append('%s = %s' % (c.nm(st), pick(r, '"%s"' % c.val, "'%s'" % c.val)))
    L += ["", "CELERY_BROKER_URL = \"redis://redis:6379/0\"", "TIME_ZONE = \"%s\"" % r.choice(TZ)]
    return pick(r, "config/settings.py", "backoffice/settings/production.py", "pos_sync/settings.py", "app/config.py"), "\n".join(L) + "\n"


@tpl("py_requests_header", "py", cats=HDR_CATS)
def t_py_requests(r, c):
    h = c.header()
    if h is None:
        return None
    base = "https://" + c.host
    L = ["import logging", "import requests", "", "log = logging.getLogger(__name__)", "",
         'BASE_URL = "%s"' % base, "TIMEOUT = %d" % r.choice([10, 15, 30]), ""]
    if c.hidden:
        L += ["SESSION = requests.Session()", 'SESSION.headers.update({"%s": "%s", "Accept": "application/json"})' % (h[0], h[1])]
    else:
        nm = c.nm("SCREAM")
        pre = h[1][:h[1].index(MARK)]
        L += ['%s = "%s"' % (nm, c.val), "", "SESSION = requests.Session()",
              'SESSION.headers.update({"%s": f"%s{%s}", "Accept": "application/json"})' % (h[0], pre, nm)]
    L += ["", "", "def fetch(path, **params):", '    resp = SESSION.get(f"{BASE_URL}{path}", params=params, timeout=TIMEOUT)',
          "    resp.raise_for_status()", "    return resp.json()", "", "",
          "def sync_once():", '    data = fetch("%s")' % pick(r, "/v2/locations", "/v3/items", "/orders", "/api/2.0/products"),
          '    log.info("fetched %d records", len(data))', "    return data", "", "",
          'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)", "    sync_once()"]
    return pick(r, "tools/sync_catalog.py", "pos_sync/client.py", "scripts/pull_orders.py", "bridge/api.py"), "\n".join(L) + "\n"


@tpl("kotlin_object", "kt")
def t_kotlin(r, c):
    pk = "com.%s.pos.%s" % (r.choice(COS), pick(r, "config", "di", "net", "data"))
    L = ["package " + pk, "", "import java.util.concurrent.TimeUnit", "",
         "object %s {" % pick(r, "ApiConfig", "PosEnvironment", "IntegrationKeys", "RemoteConfig")]
    L.append('    const val BASE_URL = "https://%s/"' % c.host)
    for w, v, n in extras(r, r.randrange(1, 4)):
        L.append("    const val %s = %s" % (style(w, "SCREAM"), v if n and v not in ("true", "false") else '"%s"' % v))
    if c.idval:
        L.append('    const val %s = "%s"' % (c.idn("SCREAM"), c.idval))
    st = pick(r, "SCREAM", "camel")
    if st == "camel":
        L.append('    val %s: String = "%s"' % (c.nm("camel"), c.val))
    else:
        L.append('    const val %s = "%s"' % (c.nm("SCREAM"), c.val))
    L += ["    val CONNECT_TIMEOUT_SECONDS = TimeUnit.SECONDS.toSeconds(%d)" % r.choice([15, 20, 30]), "}"]
    return "app/src/main/java/" + pk.replace(".", "/") + "/" + pick(r, "ApiConfig.kt", "Constants.kt", "Env.kt"), "\n".join(L) + "\n"


@tpl("kotlin_okhttp", "kt", cats=HDR_CATS)
def t_kotlin_okhttp(r, c):
    h = c.header()
    if h is None:
        return None
    pk = "com.%s.pos.net" % r.choice(COS)
    L = ["package " + pk, "", "import okhttp3.Interceptor", "import okhttp3.OkHttpClient", "import okhttp3.Response", ""]
    if not c.hidden:
        L += ['private const val %s = "%s"' % (c.nm("SCREAM"), c.val), ""]
        pre = h[1][:h[1].index(MARK)]
        hv = '"%s${%s}"' % (pre, c.nm("SCREAM")) if pre else c.nm("SCREAM")
    else:
        hv = '"%s"' % h[1]
    L += ["class AuthInterceptor : Interceptor {", "    override fun intercept(chain: Interceptor.Chain): Response {",
          "        val req = chain.request().newBuilder()",
          '            .header("%s", %s)' % (h[0], hv),
          '            .header("User-Agent", "%s-pos/%s")' % (r.choice(COS), pick(r, "4.2.1", "5.0.0", "3.9.7")),
          "            .build()", "        return chain.proceed(req)", "    }", "}", "",
          "fun buildClient(): OkHttpClient = OkHttpClient.Builder()", "    .addInterceptor(AuthInterceptor())", "    .build()"]
    return "app/src/main/java/" + pk.replace(".", "/") + "/AuthInterceptor.kt", "\n".join(L) + "\n"


@tpl("java_constants", "java")
def t_java(r, c):
    pk = "com.%s.register.%s" % (r.choice(COS), pick(r, "config", "util", "integration"))
    cls = pick(r, "PosConstants", "Keys", "IntegrationConfig", "Settings")
    L = ["package %s;" % pk, "", "/** Settings shared by the register app and the sync service. */",
         "public final class %s {" % cls, "", "    private %s() {}" % cls, ""]
    for w, v, n in extras(r, r.randrange(1, 4)):
        L.append('    public static final String %s = "%s";' % (style(w, "SCREAM"), v))
    if c.idval:
        L.append('    public static final String %s = "%s";' % (c.idn("SCREAM"), c.idval))
    L.append('    %s static final String %s = "%s";' % (pick(r, "public", "private"), c.nm("SCREAM"), c.val))
    L += ["    public static final int HTTP_TIMEOUT_MS = %d;" % r.choice([5000, 10000, 15000]), "}"]
    return "app/src/main/java/" + pk.replace(".", "/") + "/" + cls + ".java", "\n".join(L) + "\n"


@tpl("spring_properties", "properties", config=True)
def t_props(r, c):
    L = ["# %s" % pick(r, "Register service", "Store back office", "Kitchen display bridge"),
         "server.port=%d" % r.choice([8080, 8081, 9000]),
         "spring.application.name=%s" % pick(r, "pos-core", "order-bridge", "loyalty-svc"),
         "spring.datasource.url=jdbc:postgresql://db:5432/pos",
         "spring.datasource.username=pos"]
    for w, v, n in extras(r, r.randrange(1, 4)):
        L.append("app." + qline(w, v, n, "kebab", "props"))
    pre = "integration.%s." % c.provider.replace("_", "-")
    if c.idval:
        L.append(pre + c.idn("kebab") + "=" + c.idval)
    L.append(pre + c.nm(pick(r, "kebab", "camel")) + "=" + c.val)
    L.append("management.endpoints.web.exposure.include=health,info")
    return pick(r, "src/main/resources/application.properties", "src/main/resources/application-prod.properties",
                "register-service/src/main/resources/application.properties"), "\n".join(L) + "\n"


@tpl("spring_yaml", "yaml", config=True)
def t_spring_yaml(r, c):
    L = ["spring:", "  application:", "    name: %s" % pick(r, "pos-core", "kds-bridge", "menu-sync"),
         "server:", "  port: %d" % r.choice([8080, 8443]), "", "pos:"]
    for w, v, n in extras(r, r.randrange(1, 4)):
        L.append("  " + qline(w, v, n, "kebab", "yaml"))
    L.append("  %s:" % c.provider.replace("_", "-"))
    L.append("    base-url: https://%s" % c.host)
    if c.idval:
        L.append("    %s: %s" % (c.idn("kebab"), c.idval))
    L.append("    %s: %s" % (c.nm("kebab"), pick(r, c.val, '"%s"' % c.val)))
    L += ["logging:", "  level:", "    root: %s" % pick(r, "INFO", "WARN")]
    return pick(r, "src/main/resources/application.yml", "src/main/resources/application-prod.yml", "config/application.yml"), "\n".join(L) + "\n"


@tpl("swift_config", "swift")
def t_swift(r, c):
    L = ["import Foundation", "", "enum %s {" % pick(r, "AppConfig", "KioskEnvironment", "Secrets", "Integration"),
         '    static let apiBaseURL = URL(string: "https://%s")!' % c.host]
    for w, v, n in extras(r, r.randrange(1, 3)):
        L.append("    static let %s = %s" % (style(w, "camel"), v if n else '"%s"' % v))
    if c.idval:
        L.append('    static let %s = "%s"' % (c.idn("camel"), c.idval))
    L.append('    static let %s = "%s"' % (c.nm("camel"), c.val))
    L += ["    static let idleResetInterval: TimeInterval = %d" % r.choice([90, 120, 180]), "}"]
    return pick(r, "KioskApp/Config/AppConfig.swift", "Sources/Register/Environment.swift", "iPadPOS/Support/Secrets.swift"), "\n".join(L) + "\n"


@tpl("swift_request", "swift", cats=HDR_CATS)
def t_swift_req(r, c):
    h = c.header()
    if h is None:
        return None
    L = ["import Foundation", "", "final class %s {" % pick(r, "CatalogService", "OrderUploader", "MenuClient"),
         "    private let session = URLSession(configuration: .default)", "",
         "    func makeRequest(path: String) -> URLRequest {",
         '        var request = URLRequest(url: URL(string: "https://%s" + path)!)' % c.host,
         '        request.setValue("application/json", forHTTPHeaderField: "Accept")',
         '        request.setValue("%s", forHTTPHeaderField: "%s")' % (h[1], h[0]),
         "        request.timeoutInterval = %d" % r.choice([15, 30]), "        return request", "    }", "",
         "    func fetch(path: String) async throws -> Data {",
         "        let (data, _) = try await session.data(for: makeRequest(path: path))", "        return data", "    }", "}"]
    return pick(r, "KioskApp/Services/CatalogService.swift", "Sources/Register/Network/OrderUploader.swift"), "\n".join(L) + "\n"


@tpl("csharp_service", "cs")
def t_cs(r, c):
    ns = "%s.PosTerminal.%s" % (cap(r.choice(COS)), pick(r, "Services", "Integration", "Printing"))
    cls = pick(r, "PrinterService", "OrderSync", "LoyaltyClient", "PaymentBridge", "MenuImporter")
    L = ["using System;", "using System.Net.Http;", "using System.Threading.Tasks;", "", "namespace " + ns, "{",
         "    public class %s" % cls, "    {",
         '        private const string BaseUrl = "https://%s";' % c.host]
    if c.idval:
        L.append('        private const string %s = "%s";' % (c.idn("Pascal"), c.idval))
    L.append('        private %s string %s = "%s";' % (pick(r, "const", "static readonly"), c.nm("Pascal"), c.val))
    L += ["        private readonly HttpClient _http = new HttpClient { Timeout = TimeSpan.FromSeconds(%d) };" % r.choice([10, 20, 30]), "",
          "        public async Task<string> PingAsync()", "        {",
          '            var resp = await _http.GetAsync(BaseUrl + "/health");', "            return await resp.Content.ReadAsStringAsync();",
          "        }", "    }", "}"]
    return "PosTerminal/%s/%s.cs" % (ns.split(".")[-1], cls), "\n".join(L) + "\n"


@tpl("app_config", "xml", config=True)
def t_app_config(r, c):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <startup>",
         '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />', "  </startup>", "  <appSettings>"]
    for w, v, n in extras(r, r.randrange(2, 5)):
        L.append('    <add key="%s" value="%s" />' % (style(w, "Pascal"), v))
    if c.idval:
        L.append('    <add key="%s" value="%s" />' % (c.idn("Pascal"), c.idval))
    L.append('    <add key="%s" value="%s" />' % (c.nm(pick(r, "Pascal", "camel", "dot")), c.val))
    L += ["  </appSettings>", "</configuration>"]
    return pick(r, "PosTerminal/App.config", "src/Register.WinForms/App.config", "BackOffice/Web.config"), "\n".join(L) + "\n"


@tpl("appsettings_json", "json", config=True)
def t_appsettings(r, c):
    inner = []
    if c.idval:
        inner.append('      "%s": "%s"' % (c.idn("Pascal"), c.idval))
    inner.append('      "%s": "%s"' % (c.nm("Pascal"), c.val))
    inner.append('      "BaseUrl": "https://%s"' % c.host)
    r.shuffle(inner)
    L = ["{", '  "Logging": {', '    "LogLevel": { "Default": "Information" }', "  },",
         '  "Store": {', '    "Number": "%04d",' % r.randrange(1, 9999), '    "Name": "%s"' % r.choice(STORES), "  },",
         '  "Integrations": {', '    "%s": {' % cap(c.provider.split("_")[0]), ",\n".join(inner), "    }", "  },",
         '  "AllowedHosts": "*"', "}"]
    return pick(r, "appsettings.json", "appsettings.Production.json", "src/Pos.Api/appsettings.json"), "\n".join(L) + "\n"


@tpl("ts_client", "ts")
def t_ts(r, c):
    L = ["import axios from 'axios';", "", "const config = {", "  baseURL: 'https://%s'," % c.host,
         "  timeoutMs: %d," % r.choice([5000, 8000, 15000])]
    if c.idval:
        L.append("  %s: '%s'," % (c.idn("camel"), c.idval))
    L.append("  %s: %s," % (c.nm("camel"), pick(r, "'%s'" % c.val, '"%s"' % c.val)))
    L += ["};", "", "export const http = axios.create({ baseURL: config.baseURL, timeout: config.timeoutMs });", "",
          "export async function listOrders(since: string) {",
          "  const { data } = await http.get('/orders', { params: { since } });", "  return data;", "}", "",
          "export default config;"]
    return "src/integrations/%s/%s" % (c.provider.split("_")[0], pick(r, "client.ts", "config.ts", "index.ts")), "\n".join(L) + "\n"


@tpl("pm2_ecosystem", "js")
def t_pm2(r, c):
    env = ["        NODE_ENV: 'production',", "        PORT: %d," % r.choice([3000, 4000, 8080])]
    if c.idval:
        env.append("        %s: '%s'," % (c.idn("SCREAM"), c.idval))
    env.append("        %s: '%s'," % (c.nm("SCREAM"), c.val))
    L = ["module.exports = {", "  apps: [", "    {", "      name: '%s'," % pick(r, "order-bridge", "kds-relay", "print-queue"),
         "      script: 'dist/server.js',", "      instances: %d," % r.choice([1, 2]), "      env: {"] + env + \
        ["      },", "    },", "  ],", "};"]
    return pick(r, "ecosystem.config.js", "deploy/ecosystem.config.js"), "\n".join(L) + "\n"


@tpl("php_config", "php")
def t_php(r, c):
    L = ["<?php", "", "// %s" % pick(r, "Order bridge configuration", "POS webhook receiver settings", "Gift card module"),
         "return [", "    'store' => '%s'," % r.choice(STORES), "    'timezone' => '%s'," % r.choice(TZ),
         "    '%s' => [" % c.provider, "        'endpoint' => 'https://%s'," % c.host]
    if c.idval:
        L.append("        '%s' => '%s'," % (c.idn("snake"), c.idval))
    L.append("        '%s' => '%s'," % (c.nm("snake"), c.val))
    L += ["        'timeout' => %d," % r.choice([10, 20]), "    ],", "];"]
    return pick(r, "config/pos.php", "app/config/integrations.php", "includes/settings.php"), "\n".join(L) + "\n"


@tpl("delphi_unit", "pas")
def t_delphi(r, c):
    unit = pick(r, "uPosConfig", "uIntegration", "uPrintSettings", "uBackOffice")
    L = ["unit %s;" % unit, "", "interface", "", "const",
         "  API_HOST = 'https://%s';" % c.host, "  RECEIPT_COLUMNS = %d;" % r.choice([42, 48])]
    if c.idval:
        L.append("  %s = '%s';" % (c.idn("Pascal"), c.idval))
    L.append("  %s = '%s';" % (c.nm(pick(r, "Pascal", "SCREAM")), c.val))
    L += ["", "function GetStoreNumber: Integer;", "", "implementation", "", "function GetStoreNumber: Integer;", "begin",
          "  Result := %d;" % r.randrange(1, 999), "end;", "", "end."]
    return "src/%s.pas" % unit, "\n".join(L) + "\n"


@tpl("vb_module", "vb")
def t_vb(r, c):
    if r.random() < 0.5:
        L = ["Attribute VB_Name = \"modConfig\"", "Option Explicit", "",
             "' %s" % pick(r, "Till settings - do not edit on the register", "Back office link", "Printer bridge"),
             "Public Const STORE_NO As String = \"%04d\"" % r.randrange(1, 9999),
             "Public Const API_HOST As String = \"https://%s\"" % c.host]
        if c.idval:
            L.append("Public Const %s As String = \"%s\"" % (c.idn("SCREAM"), c.idval))
        L.append("Public Const %s As String = \"%s\"" % (c.nm("SCREAM"), c.val))
        L += ["Public Const DRAWER_PORT As String = \"COM%d\"" % r.randrange(1, 6)]
        return "legacy/till/modConfig.bas", "\n".join(L) + "\n"
    L = ["Imports System.Net.Http", "", "Public Module IntegrationSettings",
         "    Public Const ApiHost As String = \"https://%s\"" % c.host]
    if c.idval:
        L.append("    Public Const %s As String = \"%s\"" % (c.idn("Pascal"), c.idval))
    L.append("    Public ReadOnly %s As String = \"%s\"" % (c.nm("Pascal"), c.val))
    L += ["    Public Const TimeoutSeconds As Integer = %d" % r.choice([15, 30]), "End Module"]
    return "BackOffice/Modules/IntegrationSettings.vb", "\n".join(L) + "\n"


@tpl("ini_file", "ini", config=True)
def t_ini(r, c):
    L = ["; %s" % pick(r, "Terminal configuration", "Register 04 - do not copy between stores", "Kitchen printer bridge"),
         "[General]", "StoreNumber=%04d" % r.randrange(1, 9999), "Terminal=%02d" % r.randrange(1, 20),
         "Language=%s" % pick(r, "en-US", "de-DE", "en-GB", "sv-SE"), "", "[%s]" % pick(r, "Integration", cap(c.provider.split("_")[0]), "Cloud")]
    if c.idval:
        L.append("%s=%s" % (c.idn("Pascal"), c.idval))
    L.append("%s=%s" % (c.nm(pick(r, "Pascal", "snake")), c.val))
    L.append("Endpoint=https://%s" % c.host)
    L += ["", "[Printer]", "Model=%s" % pick(r, "TM-T88VI", "TSP143IIIU", "TM-m30III", "mC-Print3"),
          "Port=%s" % pick(r, "USB001", "TCP:" + ip(r), "COM3"), "CutPaper=1"]
    return pick(r, "config/terminal.ini", "Register/pos.ini", "conf/bridge.ini"), "\n".join(L) + "\n"


@tpl("xml_integrations", "xml", config=True)
def t_xml(r, c):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<posConfig version=\"%d\">" % r.randrange(2, 9),
         "  <store number=\"%04d\" name=\"%s\"/>" % (r.randrange(1, 9999), r.choice(STORES).replace("&", "and")),
         "  <integrations>", "    <integration provider=\"%s\" enabled=\"true\">" % c.provider,
         "      <endpoint>https://%s</endpoint>" % c.host]
    if c.idval:
        L.append("      <%s>%s</%s>" % (c.idn("camel"), c.idval, c.idn("camel")))
    t = c.nm("camel")
    L.append("      <%s>%s</%s>" % (t, c.val, t))
    L += ["    </integration>", "  </integrations>", "  <printers>",
          "    <printer id=\"kitchen\" host=\"%s\" port=\"9100\"/>" % ip(r), "  </printers>", "</posConfig>"]
    return pick(r, "config/integrations.xml", "Config/PosSettings.xml", "conf/pos-config.xml"), "\n".join(L) + "\n"


@tpl("ps1_provision", "ps1")
def t_ps1(r, c):
    L = ["#Requires -RunAsAdministrator", "<#", ".SYNOPSIS", "  %s" % pick(r, "Provision a self-order kiosk", "Configure a register after imaging", "Install the print bridge service"), "#>",
         "param([string]$StoreNumber = '%04d')" % r.randrange(1, 9999), "", "$ErrorActionPreference = 'Stop'",
         "$InstallDir = 'C:\\Program Files\\%s'" % pick(r, "KioskShell", "PosBridge", "TillAgent")]
    if c.idval:
        L.append("$%s = '%s'" % (c.idn("Pascal"), c.idval))
    L.append("$%s = '%s'" % (c.nm("Pascal"), c.val))
    L += ["", "New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null",
          "$reg = 'HKLM:\\SOFTWARE\\%s\\Pos'" % cap(r.choice(COS)), "New-Item -Path $reg -Force | Out-Null",
          "Set-ItemProperty -Path $reg -Name 'StoreNumber' -Value $StoreNumber",
          "Set-ItemProperty -Path $reg -Name '%s' -Value $%s" % (c.nm("Pascal"), c.nm("Pascal")),
          "Write-Host \"Store $StoreNumber provisioned\""]
    return pick(r, "provisioning/Setup-Kiosk.ps1", "scripts/Install-PosBridge.ps1", "imaging/Configure-Register.ps1"), "\n".join(L) + "\n"


@tpl("bash_provision", "sh")
def t_bash(r, c):
    L = ["#!/usr/bin/env bash", "# %s" % pick(r, "Kiosk first-boot provisioning", "Install the order bridge on a store NUC", "Label printer gateway setup"),
         "set -euo pipefail", "", "STORE_ID=\"${1:-%04d}\"" % r.randrange(1, 9999), "INSTALL_DIR=/opt/%s" % pick(r, "kiosk", "bridge", "printgw")]
    if c.idval:
        L.append("%s=\"%s\"" % (c.idn("SCREAM"), c.idval))
    L.append("%s%s=\"%s\"" % (pick(r, "", "export "), c.nm("SCREAM"), c.val))
    L += ["", "mkdir -p \"$INSTALL_DIR\"", "cat > \"$INSTALL_DIR/store.conf\" <<CONF", "store_id=$STORE_ID", "CONF",
          "systemctl enable --now %s.service" % pick(r, "kiosk-shell", "order-bridge", "printgw"), "echo \"provisioned store $STORE_ID\""]
    return pick(r, "scripts/provision-kiosk.sh", "provisioning/firstboot.sh", "deploy/install-bridge.sh"), "\n".join(L) + "\n"


@tpl("bash_curl", "sh", cats=HDR_CATS)
def t_bash_curl(r, c):
    h = c.header()
    if h is None:
        return None
    L = ["#!/bin/sh", "# %s" % pick(r, "nightly export of yesterday's sales", "push menu changes", "check the connection from the store"),
         "set -e", "DAY=$(date -d yesterday +%F)", "",
         "curl -fsS \"https://%s%s\" \\" % (c.host, pick(r, "/v2/orders/search", "/v3/merchants/orders", "/api/2.0/sales", "/orders")),
         "  -H \"%s: %s\" \\" % h, "  -H 'Accept: application/json' \\", "  -o \"exports/sales-$DAY.json\"", "echo done"]
    return pick(r, "scripts/export_sales.sh", "cron/pull-orders.sh", "bin/check-connection.sh"), "\n".join(L) + "\n"


@tpl("sql_insert", "sql")
def t_sql(r, c):
    L = ["-- %s" % pick(r, "seed integration credentials for store", "dump of table integration_settings", "migration 0042: add provider settings"),
         "SET NAMES utf8mb4;", "", "INSERT INTO integration_settings (store_id, provider, setting_key, setting_value, updated_at) VALUES"]
    rows = []
    sid = r.randrange(1, 400)
    rows.append("  (%d, '%s', 'endpoint', 'https://%s', '2024-%02d-%02d 09:12:00')" % (sid, c.provider, c.host, r.randrange(1, 13), r.randrange(1, 28)))
    if c.idval:
        rows.append("  (%d, '%s', '%s', '%s', '2024-03-02 09:12:00')" % (sid, c.provider, c.idn("snake"), c.idval))
    rows.append("  (%d, '%s', '%s', '%s', '2024-03-02 09:12:00')" % (sid, c.provider, c.nm("snake"), c.val))
    rows.append("  (%d, '%s', 'enabled', '1', '2024-03-02 09:12:00')" % (sid, c.provider))
    L.append(",\n".join(rows) + ";")
    return pick(r, "db/seed/02_integrations.sql", "backups/integration_settings.sql", "migrations/0042_provider_settings.sql"), "\n".join(L) + "\n"


@tpl("md_runbook", "md")
def t_md(r, c):
    L = ["# %s" % pick(r, "Runbook: re-linking a store", "Printer outage checklist", "Onboarding a new location", "Menu sync troubleshooting"), "",
         "Owner: %s team. Last reviewed %s." % (pick(r, "Store Systems", "Retail Platform", "Ops"), pick(r, "2024-02-11", "2023-11-30", "2024-06-03")), "",
         "## Steps", "", "1. Confirm the register is online (green dot in the back office).",
         "2. Restart the `%s` service on the store NUC." % pick(r, "order-bridge", "printgw", "kds-relay"),
         "3. Re-apply the integration settings:", "", "```%s" % pick(r, "ini", "bash", "")]
    if c.idval:
        L.append("%s=%s" % (c.idn("SCREAM"), c.idval))
    L.append("%s=%s" % (c.nm("SCREAM"), c.val))
    L += ["```", "", "4. Print a test receipt from **Settings > Hardware > Printers**.", "",
          "If the kitchen printer still shows offline, power-cycle it and check DHCP reservation %s." % ip(r)]
    return "docs/runbooks/" + pick(r, "relink-store.md", "printer-outage.md", "onboarding.md", "menu-sync.md"), "\n".join(L) + "\n"


@tpl("csv_export", "csv")
def t_csv(r, c):
    L = ["store_id,store_name,provider,setting,value,updated_by"]
    n = r.randrange(5, 12)
    me = r.randrange(n)
    for i in range(n):
        sid = "%04d" % r.randrange(1, 9999)
        name = r.choice(STORES).replace(",", "")
        if i == me:
            L.append("%s,%s,%s,%s,%s,%s" % (sid, name, c.provider, c.nm("snake"), c.val, pick(r, "jdoe", "mkaur", "admin")))
        else:
            L.append("%s,%s,%s,%s,%s,%s" % (sid, name, r.choice(["square", "toast", "clover", "printnode"]),
                                             *pick(r, ("receipt_width", "48"), ("tax_rate", "0.0825"), ("printer_host", ip(r)), ("drawer_kick", "true")),
                                             pick(r, "jdoe", "system")))
    return pick(r, "exports/store_settings_2024-05.csv", "reports/integration_settings.csv", "data/settings_export.csv"), "\n".join(L) + "\n"


@tpl("toml_config", "toml", config=True)
def t_toml(r, c):
    L = ["# %s" % pick(r, "print gateway", "kiosk agent", "sync daemon"), "[server]", 'listen = "0.0.0.0:%d"' % r.choice([8080, 9100, 7000]), ""]
    L.append("[%s]" % c.provider)
    L.append('endpoint = "https://%s"' % c.host)
    if c.idval:
        L.append('%s = "%s"' % (c.idn("snake"), c.idval))
    L.append('%s = "%s"' % (c.nm("snake"), c.val))
    L += ["", "[store]"]
    for w, v, n in extras(r, 3):
        L.append(qline(w, v, n, "snake", "toml"))
    return pick(r, "config/pos.toml", "agent.toml", "printgw/config.toml"), "\n".join(L) + "\n"


@tpl("gradle_kts", "gradle")
def t_gradle(r, c):
    L = ["plugins {", '    id("com.android.application")', '    id("org.jetbrains.kotlin.android")', "}", "", "android {",
         '    namespace = "com.%s.register"' % r.choice(COS), "    compileSdk = 34", "", "    defaultConfig {",
         '        applicationId = "com.%s.register"' % r.choice(COS), "        minSdk = 26", "        targetSdk = 34",
         "        versionCode = %d" % r.randrange(10, 400), '        versionName = "%d.%d.%d"' % (r.randrange(1, 6), r.randrange(10), r.randrange(10))]
    if c.idval:
        L.append('        buildConfigField("String", "%s", "\\"%s\\"")' % (c.idn("SCREAM"), c.idval))
    L.append('        buildConfigField("String", "%s", "\\"%s\\"")' % (c.nm("SCREAM"), c.val))
    L += ["    }", "    buildFeatures { buildConfig = true }", "}", "", "dependencies {",
          '    implementation("com.squareup.okhttp3:okhttp:4.12.0")', "}"]
    return "app/build.gradle.kts", "\n".join(L) + "\n"


@tpl("info_plist", "plist")
def t_plist(r, c):
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "\t<key>CFBundleIdentifier</key>", "\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>",
         "\t<key>CFBundleShortVersionString</key>", "\t<string>%d.%d</string>" % (r.randrange(1, 5), r.randrange(10)),
         "\t<key>NSCameraUsageDescription</key>", "\t<string>Scan item barcodes and loyalty cards.</string>"]
    if c.idval:
        L += ["\t<key>%s</key>" % c.idn("Pascal"), "\t<string>%s</string>" % c.idval]
    L += ["\t<key>%s</key>" % c.nm("Pascal"), "\t<string>%s</string>" % c.val,
          "\t<key>UIRequiresFullScreen</key>", "\t<true/>", "</dict>", "</plist>"]
    return pick(r, "KioskApp/Info.plist", "iPadPOS/Info.plist"), "\n".join(L) + "\n"


@tpl("android_values", "xml", config=True)
def t_android_values(r, c):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>",
         '    <string name="app_name">%s</string>' % pick(r, "Register", "Self Order", "Stock Count"),
         '    <string name="api_host">https://%s</string>' % c.host]
    if c.idval:
        L.append('    <string name="%s" translatable="false">%s</string>' % (c.idn("snake"), c.idval))
    L.append('    <string name="%s" translatable="false">%s</string>' % (c.nm("snake"), c.val))
    L += ['    <integer name="receipt_columns">%d</integer>' % r.choice([42, 48]), "</resources>"]
    return "app/src/main/res/values/" + pick(r, "config.xml", "integration.xml", "keys.xml"), "\n".join(L) + "\n"


@tpl("dockerfile", "dockerfile")
def t_dockerfile(r, c):
    L = ["FROM node:%s" % pick(r, "20-alpine", "18-bullseye-slim", "22-alpine"), "WORKDIR /app",
         "COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .", "ENV NODE_ENV=production PORT=%d" % r.choice([3000, 8080])]
    if c.idval:
        L.append("ENV %s=%s" % (c.idn("SCREAM"), c.idval))
    L.append("ENV %s=%s" % (c.nm("SCREAM"), c.val))
    L += ["EXPOSE %d" % r.choice([3000, 8080]), 'CMD ["node", "dist/server.js"]']
    return pick(r, "Dockerfile", "services/order-bridge/Dockerfile", "docker/print-gateway.Dockerfile"), "\n".join(L) + "\n"


@tpl("makefile", "makefile", cats=HDR_CATS)
def t_make(r, c):
    h = c.header()
    if h is None:
        return None
    L = [".PHONY: build test smoke", "", "build:", "\tnpm run build", "", "test:", "\tnpm test", "",
         "smoke:", "\tcurl -fsS -H '%s: %s' https://%s%s | jq ." % (h[0], h[1], c.host, pick(r, "/v2/locations", "/health", "/v3/merchants"))]
    return "Makefile", "\n".join(L) + "\n"


# ---------------------------------------------------------------- password / PIN templates
PW = ("password",)


@tpl("db_url_env", "env", cats=PW, config=True)
def t_db_url(r, c):
    db = pick(r, "backoffice", "pos", "loyalty", "inventory")
    scheme, port = pick(r, ("postgresql", 5432), ("mysql", 3306), ("postgres", 5432))
    host = pick(r, "db.internal", "10.20.0.15", "pos-db.%s.local" % r.choice(COS), "sql01.store.lan")
    L = ["# back office API", "PORT=8080", "REDIS_URL=redis://cache:6379/1",
         "DATABASE_URL=%s://%s:%s@%s:%d/%s" % (scheme, c.user, c.val, host, port, db),
         "REPORTS_BUCKET=%s-reports" % r.choice(COS), "TZ=%s" % r.choice(TZ)]
    return pick(r, ".env", "backoffice/.env.production", "deploy/api.env"), "\n".join(L) + "\n"


@tpl("connstring_json", "json", cats=PW, config=True)
def t_connstring(r, c):
    srv = pick(r, "SQL01\\\\SQLEXPRESS", "10.1.4.20,1433", "pos-sql.store.local", "(local)\\\\MICROS")
    keyname = c.nm("Pascal") if c.hidden else "PosDb"
    L = ["{", '  "ConnectionStrings": {',
         '    "%s": "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True"' % (
             keyname, srv, pick(r, "PosBackOffice", "Loyalty", "MenuDb"), c.user, c.val),
         "  },", '  "Kiosk": { "IdleSeconds": %d, "Culture": "%s" },' % (r.choice([60, 120]), pick(r, "en-US", "fr-CA", "de-DE")),
         '  "AllowedHosts": "*"', "}"]
    return pick(r, "appsettings.json", "src/BackOffice.Api/appsettings.Production.json"), "\n".join(L) + "\n"


@tpl("jdbc_props", "properties", cats=PW, config=True)
def t_jdbc(r, c):
    L = ["# datasource for the store server", "db.driver=%s" % pick(r, "org.postgresql.Driver", "com.microsoft.sqlserver.jdbc.SQLServerDriver"),
         "db.url=jdbc:%s" % pick(r, "postgresql://10.0.0.5:5432/pos", "sqlserver://sql01:1433;databaseName=Pos"),
         "db.%s=%s" % (pick(r, "user", "username"), c.user),
         "db.%s=%s" % (c.nm("dot") if c.hidden else pick(r, "password", "pass"), c.val),
         "db.pool.max=%d" % r.choice([10, 20, 40]), "receipt.footer=Thank you for shopping with us"]
    return pick(r, "src/main/resources/db.properties", "conf/store-server.properties"), "\n".join(L) + "\n"


@tpl("sql_create_user", "sql", cats=PW)
def t_sql_user(r, c):
    if r.random() < 0.5:
        L = ["-- roles for the back office database", "CREATE ROLE reporting NOLOGIN;",
             "CREATE USER %s WITH PASSWORD '%s';" % (c.user, c.val),
             "GRANT CONNECT ON DATABASE backoffice TO %s;" % c.user,
             "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %s;" % c.user,
             "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;"]
    else:
        L = ["USE [master]", "GO", "CREATE LOGIN [%s] WITH PASSWORD=N'%s', DEFAULT_DATABASE=[PosBackOffice], CHECK_POLICY=OFF" % (c.user, c.val),
             "GO", "USE [PosBackOffice]", "GO", "CREATE USER [%s] FOR LOGIN [%s]" % (c.user, c.user),
             "ALTER ROLE [db_datawriter] ADD MEMBER [%s]" % c.user, "GO"]
    return pick(r, "db/migrations/0001_roles.sql", "sql/create_logins.sql", "install/db_users.sql"), "\n".join(L) + "\n"


@tpl("odbc_ini", "ini", cats=PW, config=True)
def t_odbc(r, c):
    L = ["[ODBC Data Sources]", "%s=%s" % (pick(r, "MICROS", "POSDB", "BACKOFFICE"), pick(r, "SQL Anywhere 16", "ODBC Driver 17 for SQL Server")), "",
         "[%s]" % pick(r, "MICROS", "POSDB", "BACKOFFICE"), "Driver=%s" % pick(r, "SQL Anywhere 16", "ODBC Driver 17 for SQL Server"),
         "Server=%s" % pick(r, "micros-srv", "sql01", ip(r)), "Database=%s" % pick(r, "micros", "pos"),
         "UID=%s" % c.user, "%s=%s" % (pick(r, "PWD", "Password"), c.val), "AutoStop=YES"]
    return pick(r, "config/odbc.ini", "MICROS/odbc.ini", "support/odbc_backoffice.ini"), "\n".join(L) + "\n"


@tpl("ps1_local_user", "ps1", cats=PW)
def t_ps1_user(r, c):
    L = ["# Kiosk hardening: local admin for field techs, auto-logon shell user", "$ErrorActionPreference = 'Stop'",
         "$secure = ConvertTo-SecureString '%s' -AsPlainText -Force" % c.val,
         "New-LocalUser -Name '%s' -Password $secure -PasswordNeverExpires -AccountNeverExpires" % c.user,
         "Add-LocalGroupMember -Group 'Administrators' -Member '%s'" % c.user,
         "Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name AutoAdminLogon -Value 1",
         "Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultUserName -Value 'kioskshell'",
         "Write-Host 'kiosk accounts ready'"]
    return pick(r, "provisioning/New-KioskAccounts.ps1", "kiosk/setup/accounts.ps1"), "\n".join(L) + "\n"


@tpl("bash_chpasswd", "sh", cats=PW)
def t_chpasswd(r, c):
    L = ["#!/bin/bash", "# kiosk image post-install", "set -eu", "useradd -m -s /bin/bash %s || true" % c.user,
         "echo '%s:%s' | chpasswd" % (c.user, c.val), "usermod -aG sudo %s" % c.user,
         "systemctl set-default graphical.target", "cp /opt/kiosk/kiosk.desktop /etc/xdg/autostart/"]
    return pick(r, "image/post-install.sh", "kiosk/provision/users.sh"), "\n".join(L) + "\n"


@tpl("printer_cloud_json", "json", cats=PW, config=True)
def t_printer_cloud(r, c):
    host = pick(r, "orders.%s.com" % r.choice(COS), "print.%s.io" % r.choice(COS))
    if r.random() < 0.5:
        srv = "https://%s:%s@%s/cloudprnt/poll" % (c.user, c.val, host)
        L = ["{", '  "printer": "%s",' % pick(r, "mC-Print3", "TSP654II", "TM-m30III"), '  "mac": "00:11:62:%02x:%02x:%02x",' % (r.randrange(256), r.randrange(256), r.randrange(256)),
             '  "serverUrl": "%s",' % srv, '  "pollIntervalSeconds": %d,' % r.choice([5, 10]), '  "cutType": "partial"', "}"]
    else:
        L = ["{", '  "serverDirectPrint": {', '    "url": "https://%s/sdp/%04d",' % (host, r.randrange(1, 9999)),
             '    "id": "%s",' % c.user, '    "%s": "%s",' % (c.nm("camel") if c.hidden else "password", c.val),
             '    "interval": %d' % r.choice([5, 10, 30]), "  },", '  "deviceId": "local_printer"', "}"]
    return pick(r, "printers/kitchen-printer.json", "config/printer.json", "hardware/receipt-printer.json"), "\n".join(L) + "\n"


@tpl("escpos_setup_slip", "escpos", cats=("pin", "password"))
def t_escpos(r, c):
    ESC, GS = "\x1b", "\x1d"
    what = "Manager override PIN" if c.cat == "pin" else "Back office login"
    L = [ESC + "@" + ESC + "a\x01" + ESC + "E\x01" + r.choice(STORES), ESC + "E\x00" + "STORE SETUP SLIP - KEEP IN SAFE",
         ESC + "a\x00" + "Store no: %04d" % r.randrange(1, 9999), "Register: %02d" % r.randrange(1, 12),
         "Installed: %s" % pick(r, "2024-03-14", "2023-10-02", "2024-06-21")]
    if c.cat == "password":
        L.append("User: %s" % c.user)
    L.append("%s: %s" % (what, c.val))
    L += ["Support: +1 800 555 0%03d" % r.randrange(1000), ESC + "d\x03" + GS + "V\x01"]
    return pick(r, "printing/setup_slip.escpos", "printing/templates/install_ticket.bin.txt", "receipts/setup.prn"), "\n".join(L) + "\n"


@tpl("kiosk_profile_json", "json", cats=("pin", "password"), config=True)
def t_kiosk_json(r, c):
    key = c.nm("camel") if c.hidden else ("adminPin" if c.cat == "pin" else "adminPassword")
    L = ["{", '  "profile": "%s",' % pick(r, "self-order-v3", "drive-thru-menu", "queue-buster"),
         '  "homeUrl": "https://order.%s.com/store/%04d",' % (r.choice(COS), r.randrange(1, 9999)),
         '  "idleResetSeconds": %d,' % r.choice([60, 90, 120]), '  "allowedApps": ["com.%s.selforder"],' % r.choice(COS),
         '  "%s": "%s",' % (key, c.val), '  "screensaver": { "enabled": true, "imageDir": "/sdcard/promo" }', "}"]
    return pick(r, "kiosk/profile.json", "mdm/kiosk-profile.json", "provisioning/lockdown.json"), "\n".join(L) + "\n"


@tpl("android_managed_config", "xml", cats=("pin",), config=True)
def t_managed(r, c):
    key = c.nm("snake") if c.hidden else "exit_kiosk_pin"
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<managedAppConfiguration>",
         "  <version>%d</version>" % r.randrange(1, 40), "  <bundleId>com.%s.kiosk</bundleId>" % r.choice(COS),
         "  <dict>", "    <string keyName=\"store_id\"><defaultValue><value>%04d</value></defaultValue></string>" % r.randrange(1, 9999),
         "    <string keyName=\"%s\"><defaultValue><value>%s</value></defaultValue></string>" % (key, c.val),
         "    <boolean keyName=\"lock_status_bar\"><defaultValue><value>true</value></defaultValue></boolean>",
         "  </dict>", "</managedAppConfiguration>"]
    return pick(r, "mdm/app-config.xml", "kiosk/managed-config.xml"), "\n".join(L) + "\n"


@tpl("kotlin_pin_check", "kt", cats=("pin",))
def t_kotlin_pin(r, c):
    nm = c.nm("SCREAM") if c.hidden else "ADMIN_EXIT_PIN"
    L = ["package com.%s.kiosk.admin" % r.choice(COS), "", "import android.app.Activity", "",
         'private const val %s = "%s"' % (nm, c.val), "",
         "class AdminGate(private val activity: Activity) {", "    fun tryExit(entered: String): Boolean {",
         "        if (entered == %s) {" % nm, "            activity.stopLockTask()", "            return true", "        }",
         "        return false", "    }", "}"]
    return "app/src/main/java/com/acme/kiosk/admin/AdminGate.kt", "\n".join(L) + "\n"


@tpl("swift_pin", "swift", cats=("pin", "password"))
def t_swift_pin(r, c):
    nm = c.nm("camel") if c.hidden else ("managerPIN" if c.cat == "pin" else "adminPassword")
    L = ["import UIKit", "", "final class AdminUnlockController: UIViewController {",
         '    private let %s = "%s"' % (nm, c.val), "    @IBOutlet private weak var entryField: UITextField!", "",
         "    @IBAction func unlockTapped(_ sender: Any) {", "        guard entryField.text == %s else {" % nm,
         "            shake(entryField)", "            return", "        }", '        performSegue(withIdentifier: "showAdmin", sender: self)',
         "    }", "}"]
    return "KioskApp/Admin/AdminUnlockController.swift", "\n".join(L) + "\n"


@tpl("givex_php", "php", kinds=("api_password",))
def t_givex(r, c):
    L = ["<?php", "// Gift card balance lookup via Givex JSON-RPC", "$endpoint = 'https://dev-dataconnect.givex.com:50104';",
         "$request = [", "    'jsonrpc' => '2.0',", "    'id' => %d," % r.randrange(1, 999), "    'method' => 'dc_994',",
         "    'params' => ['en', '%d', '%s', '%s', $_POST['card'] ?? '']," % (r.randrange(1000, 9999999), c.user, c.val),
         "];", "$ch = curl_init($endpoint);", "curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($request));",
         "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);", "echo curl_exec($ch);"]
    return pick(r, "giftcards/balance.php", "public/gc-balance.php"), "\n".join(L) + "\n"


# ---------------------------------------------------------------- provider-specific templates
@tpl("square_sdk_kotlin", "kt", kinds=("access_token",))
def t_square_kt(r, c):
    if c.provider != "square":
        return None
    arg = '"%s"' % c.val
    L = ["package com.%s.register.payments" % r.choice(COS), "", "import com.squareup.square.SquareClient",
         "import com.squareup.square.Environment", ""]
    if not c.hidden:
        L += ['private const val SQUARE_ACCESS_TOKEN = "%s"' % c.val, ""]
        arg = "SQUARE_ACCESS_TOKEN"
    L += ["object SquareProvider {",
          '    const val LOCATION_ID = "%s"' % c.idval,
          "    val client: SquareClient by lazy {", "        SquareClient.Builder()",
          "            .environment(Environment.%s)" % pick(r, "PRODUCTION", "SANDBOX"),
          "            .accessToken(%s)" % arg if not c.hidden else "            .bearerAuthCredentials(BearerAuthModel.Builder(%s).build())" % arg,
          "            .build()", "    }", "}"]
    return "app/src/main/java/com/acme/register/payments/SquareProvider.kt", "\n".join(L) + "\n"


@tpl("square_node_sdk", "js", kinds=("access_token",))
def t_square_node(r, c):
    if c.provider != "square":
        return None
    L = ["const { SquareClient, SquareEnvironment } = require('square');", "",
         "const client = new SquareClient({",
         "  environment: SquareEnvironment.%s," % pick(r, "Production", "Sandbox"),
         "  token: '%s'," % c.val if not c.hidden else "  ...{ token: '%s' }," % c.val, "});", "",
         "async function listCatalog() {",
         "  const page = await client.catalog.list({ types: 'ITEM,CATEGORY' });",
         "  return page.data;", "}", "", "module.exports = { client, listCatalog, locationId: '%s' };" % c.idval]
    return pick(r, "server/square.js", "lib/squareClient.js"), "\n".join(L) + "\n"


@tpl("square_webhook_verify", "py", kinds=("webhook_signature_key",))
def t_square_webhook(r, c):
    url = "https://%s.%s.com/webhooks/square" % (pick(r, "hooks", "api", "orders"), r.choice(COS))
    L = ["import base64", "import hashlib", "import hmac", "", "from flask import Flask, abort, request", "",
         "app = Flask(__name__)", 'NOTIFICATION_URL = "%s"' % url]
    if c.hidden:
        L += ["", "", "def _valid(body, sig, key=\"%s\"):" % c.val]
    else:
        L += ['SQUARE_WEBHOOK_SIGNATURE_KEY = "%s"' % c.val, "", "", "def _valid(body, sig, key=SQUARE_WEBHOOK_SIGNATURE_KEY):"]
    L += ["    mac = hmac.new(key.encode(), (NOTIFICATION_URL + body).encode(), hashlib.sha256)",
          "    return hmac.compare_digest(base64.b64encode(mac.digest()).decode(), sig)", "", "",
          '@app.post("/webhooks/square")', "def square_webhook():",
          '    if not _valid(request.get_data(as_text=True), request.headers.get("x-square-hmacsha256-signature", "")):',
          "        abort(403)", '    return "", 204']
    return pick(r, "webhooks/square.py", "app/hooks.py"), "\n".join(L) + "\n"


@tpl("toast_login_py", "py", kinds=("client_secret",))
def t_toast(r, c):
    if c.provider != "toast":
        return None
    L = ["import requests", "", 'TOAST_HOST = "https://ws-api.toasttab.com"',
         'RESTAURANT_GUID = "%s"' % uuid4(r), "", "", "def login():",
         "    body = {", '        "clientId": "%s",' % c.idval]
    if c.hidden:
        L.append('        "clientSecret": "%s",' % c.val)
    else:
        L.insert(3, 'TOAST_CLIENT_SECRET = "%s"' % c.val)
        L.append('        "clientSecret": TOAST_CLIENT_SECRET,')
    L += ['        "userAccessType": "TOAST_MACHINE_CLIENT",', "    }",
          '    resp = requests.post(f"{TOAST_HOST}/authentication/v1/authentication/login", json=body, timeout=20)',
          "    resp.raise_for_status()", '    return resp.json()["token"]["accessToken"]', "", "",
          "def orders_for(business_date):", '    headers = {"Authorization": f"Bearer {login()}", "Toast-Restaurant-External-ID": RESTAURANT_GUID}',
          '    return requests.get(f"{TOAST_HOST}/orders/v2/ordersBulk", params={"businessDate": business_date}, headers=headers).json()']
    return pick(r, "integrations/toast/auth.py", "toast_sync/client.py"), "\n".join(L) + "\n"


@tpl("doordash_jwt_node", "js", kinds=("signing_secret",))
def t_dd_node(r, c):
    L = ["const jwt = require('jsonwebtoken');", "", "const accessKey = {",
         "  developer_id: '%s'," % c.idval, "  key_id: '%s'," % uuid4(r), "  %s: '%s'," % (c.nm("snake") if c.hidden else "signing_secret", c.val), "};", "",
         "function ddToken() {", "  const data = { aud: 'doordash', iss: accessKey.developer_id, kid: accessKey.key_id,",
         "    exp: Math.floor(Date.now() / 1000 + 300), iat: Math.floor(Date.now() / 1000) };",
         "  const headers = { algorithm: 'HS256', header: { 'dd-ver': 'DD-JWT-V1' } };",
         "  return jwt.sign(data, Buffer.from(accessKey.%s, 'base64url'), headers);" % (c.nm("snake") if c.hidden else "signing_secret"),
         "}", "", "module.exports = { ddToken };"]
    return pick(r, "src/delivery/doordash.js", "lib/doordashAuth.js"), "\n".join(L) + "\n"


@tpl("doordash_jwt_cs", "cs", kinds=("signing_secret",))
def t_dd_cs(r, c):
    L = ["using System.Collections.Generic;", "using System.IdentityModel.Tokens.Jwt;", "using System.Security.Claims;",
         "using Microsoft.IdentityModel.Tokens;", "", "public static class DoorDashAuth", "{",
         "    private static readonly Dictionary<string, string> AccessKey = new()", "    {",
         '        { "developer_id", "%s" },' % c.idval, '        { "key_id", "%s" },' % uuid4(r),
         '        { "%s", "%s" }' % (c.nm("snake") if c.hidden else "signing_secret", c.val), "    };", "",
         "    public static string CreateToken()", "    {",
         '        var key = new SymmetricSecurityKey(Base64UrlEncoder.DecodeBytes(AccessKey["%s"]));' % (c.nm("snake") if c.hidden else "signing_secret"),
         "        var header = new JwtHeader(new SigningCredentials(key, SecurityAlgorithms.HmacSha256));",
         '        header["dd-ver"] = "DD-JWT-V1";',
         '        var payload = new JwtPayload(AccessKey["developer_id"], "doordash", new List<Claim> { new("kid", AccessKey["key_id"]) }, null, System.DateTime.UtcNow.AddMinutes(5));',
         "        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(header, payload));", "    }", "}"]
    return "PosTerminal/Delivery/DoorDashAuth.cs", "\n".join(L) + "\n"


@tpl("zettle_assertion_php", "php", kinds=("api_key",))
def t_zettle(r, c):
    if c.provider != "zettle":
        return None
    L = ["<?php", "// Zettle self-hosted integration: exchange the merchant's API key for an access token", "",
         "$clientId = '%s';" % c.idval]
    if c.hidden:
        L.append("$post = http_build_query(['grant_type' => 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'client_id' => $clientId, 'assertion' => '%s']);" % c.val)
    else:
        L += ["$zettleApiKey = '%s';" % c.val,
              "$post = http_build_query(['grant_type' => 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'client_id' => $clientId, 'assertion' => $zettleApiKey]);"]
    L += ["$ch = curl_init('https://oauth.zettle.com/token');", "curl_setopt($ch, CURLOPT_POST, true);",
          "curl_setopt($ch, CURLOPT_POSTFIELDS, $post);", "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
          "$token = json_decode(curl_exec($ch), true)['access_token'];"]
    return pick(r, "src/Zettle/token.php", "zettle/auth.php"), "\n".join(L) + "\n"


@tpl("printnode_py", "py", kinds=("api_key",))
def t_printnode(r, c):
    if c.provider != "printnode":
        return None
    L = ["import base64", "import requests", "", "PRINTER_ID = %d" % r.randrange(10000000, 79999999), ""]
    if c.hidden:
        auth = '("%s", "")' % c.val
    else:
        L += ['PRINTNODE_API_KEY = "%s"' % c.val, ""]
        auth = '(PRINTNODE_API_KEY, "")'
    L += ["", "def print_label(pdf_bytes, title=\"Shelf label\"):", "    job = {", '        "printerId": PRINTER_ID,',
          '        "title": title,', '        "contentType": "pdf_base64",', '        "content": base64.b64encode(pdf_bytes).decode(),',
          '        "source": "label-service",', "    }",
          '    resp = requests.post("https://api.printnode.com/printjobs", json=job, auth=%s, timeout=15)' % auth,
          "    resp.raise_for_status()", "    return resp.json()"]
    return pick(r, "labels/printnode.py", "services/print_client.py"), "\n".join(L) + "\n"


@tpl("printnode_curl", "sh", kinds=("api_key",))
def t_printnode_curl(r, c):
    if c.provider != "printnode":
        return None
    L = ["#!/usr/bin/env bash", "# list printers attached to the store PrintNode account", "# usage: %s [computer-id]" % pick(r, "printers.sh", "pn-printers"),
         "set -euo pipefail", "", "COMPUTER=\"${1:-}\"", "URL=https://api.printnode.com/printers",
         "[ -n \"$COMPUTER\" ] && URL=https://api.printnode.com/computers/$COMPUTER/printers", "",
         "curl -s -u '%s:' \"$URL\" | jq '.[] | {id, name, state}'" % c.val]
    return pick(r, "scripts/printers.sh", "bin/pn-printers"), "\n".join(L) + "\n"


@tpl("scandit_swift", "swift", kinds=("license_key",))
def t_scandit_swift(r, c):
    if c.provider != "scandit":
        return None
    L = ["import ScanditBarcodeCapture", "import ScanditCaptureCore", ""]
    if c.hidden:
        L += ["final class ScannerSetup {", "    lazy var context = DataCaptureContext(licenseKey: \"%s\")" % c.val]
    else:
        L += ['let scanditLicenseKey = "%s"' % c.val, "", "final class ScannerSetup {",
              "    lazy var context = DataCaptureContext(licenseKey: scanditLicenseKey)"]
    L += ["", "    func makeCapture() -> BarcodeCapture {", "        let settings = BarcodeCaptureSettings()",
          "        settings.set(symbology: .ean13UPCA, enabled: true)", "        settings.set(symbology: .code128, enabled: true)",
          "        return BarcodeCapture(context: context, settings: settings)", "    }", "}"]
    return "iPadPOS/Scanning/ScannerSetup.swift", "\n".join(L) + "\n"


@tpl("scandit_kotlin", "kt", kinds=("license_key",))
def t_scandit_kt(r, c):
    if c.provider != "scandit":
        return None
    nm = c.nm("SCREAM")
    L = ["package com.%s.stockcount.scan" % r.choice(COS), "", "import com.scandit.datacapture.core.capture.DataCaptureContext", "",
         'const val %s = "%s"' % (nm, c.val), "", "object DataCaptureManager {",
         "    val dataCaptureContext: DataCaptureContext = DataCaptureContext.forLicenseKey(%s)" % nm, "}"]
    return "app/src/main/java/com/acme/stockcount/scan/DataCaptureManager.kt", "\n".join(L) + "\n"


@tpl("dynamsoft_js", "js", kinds=("license_key",))
def t_dynamsoft_js(r, c):
    if c.provider != "dynamsoft":
        return None
    if c.hidden:
        L = ["import { LicenseManager } from 'dynamsoft-license';", "import { CaptureVisionRouter } from 'dynamsoft-capture-vision-router';", "",
             "LicenseManager.initLicense('%s');" % c.val]
    else:
        L = ["import { LicenseManager } from 'dynamsoft-license';", "import { CaptureVisionRouter } from 'dynamsoft-capture-vision-router';", "",
             "const DYNAMSOFT_LICENSE = '%s';" % c.val, "LicenseManager.initLicense(DYNAMSOFT_LICENSE);"]
    L += ["", "export async function decodeShelfPhoto(blob) {", "  const router = await CaptureVisionRouter.createInstance();",
          "  const result = await router.capture(blob, 'ReadBarcodes_Default');", "  return result.items.map((i) => i.text);", "}"]
    return pick(r, "src/scanner/barcode.js", "web/stock-count/scan.js"), "\n".join(L) + "\n"


@tpl("shopify_graphql_ts", "ts", kinds=("admin_access_token",))
def t_shopify(r, c):
    shop = "%s.myshopify.com" % pick(r, "corner-deli", "tundra-outfitters", "bluebird-books", "maple-rye")
    L = ["const SHOP = '%s';" % shop, "const API_VERSION = '2024-07';"]
    if c.hidden:
        hv = "'%s'" % c.val
    else:
        L.append("const SHOPIFY_ADMIN_TOKEN = '%s';" % c.val)
        hv = "SHOPIFY_ADMIN_TOKEN"
    L += ["", "export async function adjustInventory(inventoryItemId: string, delta: number) {",
          "  const res = await fetch(`https://${SHOP}/admin/api/${API_VERSION}/graphql.json`, {", "    method: 'POST',",
          "    headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': %s }," % hv,
          "    body: JSON.stringify({ query: ADJUST, variables: { inventoryItemId, delta } }),", "  });", "  return res.json();", "}", "",
          "const ADJUST = `mutation adjust($inventoryItemId: ID!, $delta: Int!) { inventoryAdjustQuantities(input: {reason: \"correction\", name: \"available\", changes: [{inventoryItemId: $inventoryItemId, delta: $delta, locationId: \"gid://shopify/Location/%d\"}]}) { userErrors { message } } }`;" % r.randrange(10**10, 10**11)]
    return pick(r, "src/pos-sync/shopify.ts", "app/lib/inventory.ts"), "\n".join(L) + "\n"


@tpl("clover_rest_py", "py", kinds=("api_token",))
def t_clover(r, c):
    if c.provider != "clover":
        return None
    L = ["import requests", "", 'MERCHANT_ID = "%s"' % c.idval, 'BASE = "https://api.clover.com/v3/merchants/" + MERCHANT_ID']
    if c.hidden:
        L += ['HDRS = {"Authorization": "Bearer %s", "Accept": "application/json"}' % c.val]
    else:
        L += ['CLOVER_API_TOKEN = "%s"' % c.val, 'HDRS = {"Authorization": "Bearer " + CLOVER_API_TOKEN, "Accept": "application/json"}']
    L += ["", "", "def open_orders():", '    r = requests.get(BASE + "/orders", params={"filter": "state=open", "expand": "lineItems"}, headers=HDRS)',
          "    r.raise_for_status()", '    return r.json()["elements"]']
    return pick(r, "clover/orders.py", "scripts/clover_open_orders.py"), "\n".join(L) + "\n"


@tpl("oauth_client_credentials_js", "js", cats=("client_secret",))
def t_oauth_js(r, c):
    tokurl = {"uber_eats": "https://auth.uber.com/oauth/v2/token", "deliveroo": "https://auth.developers.deliveroo.com/oauth2/token",
              "zettle": "https://oauth.zettle.com/token", "paytronix": "https://api.pxslab.com/rest/oauth/token",
              "toast": "https://ws-api.toasttab.com/authentication/v1/authentication/login"}.get(c.provider, "https://%s/oauth/token" % c.host)
    if c.hidden:
        L = ["// client credentials for the delivery/loyalty connector", "async function getToken() {",
             "  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: '%s' });" % c.idval,
             "  body.append('client_secret', '%s');" % c.val]
    else:
        L = ["const %s = '%s';" % (c.idn("SCREAM"), c.idval), "const %s = '%s';" % (c.nm("SCREAM"), c.val), "",
             "async function getToken() {",
             "  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: %s, client_secret: %s });" % (c.idn("SCREAM"), c.nm("SCREAM"))]
    L += ["  const res = await fetch('%s', { method: 'POST', body });" % tokurl, "  if (!res.ok) throw new Error(`token ${res.status}`);",
          "  return (await res.json()).access_token;", "}", "", "module.exports = { getToken };"]
    return "src/connectors/%s/auth.js" % c.provider.replace("_", "-"), "\n".join(L) + "\n"


@tpl("oauth_client_credentials_cs", "cs", cats=("client_secret",))
def t_oauth_cs(r, c):
    L = ["using System.Collections.Generic;", "using System.Net.Http;", "", "namespace Pos.Connectors", "{",
         "    public sealed class %sAuth" % "".join(cap(p) for p in c.provider.split("_")), "    {",
         '        private const string ClientId = "%s";' % c.idval]
    if c.hidden:
        L += ['        private readonly string _%s = "%s";' % (c.nm("camel"), c.val)]
        ref = "_" + c.nm("camel")
    else:
        L += ['        private const string ClientSecret = "%s";' % c.val]
        ref = "ClientSecret"
    L += ["", "        public FormUrlEncodedContent Body() => new FormUrlEncodedContent(new Dictionary<string, string>", "        {",
          '            ["grant_type"] = "client_credentials",', '            ["client_id"] = ClientId,',
          '            ["client_secret"] = %s,' % ref, "        });", "    }", "}"]
    return "PosTerminal/Connectors/%sAuth.cs" % "".join(cap(p) for p in c.provider.split("_")), "\n".join(L) + "\n"


@tpl("revel_header_py", "py", kinds=("api_secret",))
def t_revel(r, c):
    L = ["import requests", "", 'REVEL = "https://%s"' % c.host, 'API_KEY = "%s"' % c.idval]
    if c.hidden:
        L.append('HEADERS = {"API-AUTHENTICATION": API_KEY + ":" + "%s", "Content-Type": "application/json"}' % c.val)
    else:
        L += ['API_SECRET = "%s"' % c.val, 'HEADERS = {"API-AUTHENTICATION": f"{API_KEY}:{API_SECRET}", "Content-Type": "application/json"}']
    L += ["", "", "def products(establishment=%d):" % r.randrange(1, 30),
          '    return requests.get(f"{REVEL}/resources/Product/", params={"establishment": establishment, "limit": 200}, headers=HEADERS).json()']
    return pick(r, "revel/products.py", "integrations/revel_client.py"), "\n".join(L) + "\n"


@tpl("olo_header_ts", "ts", kinds=("api_key",))
def t_olo(r, c):
    if c.provider != "olo":
        return None
    L = ["const OLO_BASE = 'https://ordering.api.olo.com/v1.1';"]
    if c.hidden:
        hv = "'OloKey %s'" % c.val
    else:
        L.append("const OLO_API_KEY = '%s';" % c.val)
        hv = "`OloKey ${OLO_API_KEY}`"
    L += ["", "export async function restaurantMenu(restaurantId: number) {",
          "  const res = await fetch(`${OLO_BASE}/restaurants/${restaurantId}/menu`, {",
          "    headers: { Authorization: %s, Accept: 'application/json' }," % hv, "  });", "  return res.json();", "}"]
    return "src/olo/menu.ts", "\n".join(L) + "\n"


@tpl("simphony_sts_json", "json", kinds=("sts_password",), config=True)
def t_simphony(r, c):
    L = ["{", '  "simphony": {', '    "stsUrl": "https://simphony-%s.%s.com:8443/EGateway/SimphonyPosApiWeb.asmx",' % (pick(r, "ent", "prod"), r.choice(COS)),
         '    "orgShortName": "%s",' % pick(r, "ACME", "HSD", "CKC"), '    "locRef": "%d",' % r.randrange(100, 999),
         '    "username": "%s",' % c.user, '    "%s": "%s",' % (c.nm("camel") if c.hidden else "password", c.val),
         '    "revenueCenter": %d' % r.randrange(1, 9), "  }", "}"]
    return pick(r, "config/simphony.json", "connectors/simphony/settings.json"), "\n".join(L) + "\n"


# ---------------------------------------------------------------- look-alike values
def gtin13(r, prefix=None):
    body = (prefix or str(r.choice([0, 4, 5, 7, 8, 9]))) + rs(r, DIG, 12 - len(prefix or "0"))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def upca(r):
    body = str(r.choice([0, 6, 7, 8])) + rs(r, DIG, 10)
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def sku(r):
    return pick(r, "%s-%03d-%s" % (rs(r, UP, 3), r.randrange(1000), pick(r, "S", "M", "L", "XL", "BLK", "RED")),
                "%s%05d" % (rs(r, UP, 2), r.randrange(100000)), "SKU-%06d" % r.randrange(10**6))


def receipt_no(r):
    return pick(r, "R%s-%04d-%06d" % (rs(r, DIG, 2), r.randrange(10000), r.randrange(10**6)),
                "%04d-%02d-%05d" % (r.randrange(1, 9999), r.randrange(1, 12), r.randrange(10**5)))


def sq_obj_id(r, n=24):
    return rs(r, UP + DIG, n)


def sq_payment_id(r):
    return rs(r, ALNUM, 29)


def masked_pan(r):
    return pick(r, "************%s", "XXXX-XXXX-XXXX-%s", "**** **** **** %s") % rs(r, DIG, 4)


def sha256(r):
    return hexs(r, 64)


def serial(r):
    return pick(r, "C0%s" % rs(r, UP + DIG, 12), "X4VC%06d" % r.randrange(10**6), "2290%s" % rs(r, DIG, 8),
                "SQ%s" % rs(r, UP + DIG, 10), "PAX-A920-%s" % rs(r, DIG, 10))


def mac(r):
    return ":".join("%02X" % r.randrange(256) for _ in range(6))


def bcrypt_hash(r):
    return "$2b$%02d$%s" % (r.choice([10, 12]), rs(r, ALNUM + "./", 53))


# ---------------------------------------------------------------- negative fillers for the secret slot
INTERP_FT = ("env", "yaml", "properties", "ini", "json", "xml", "toml", "sh", "dockerfile", "md", "makefile")


def neg_filler(r, sp, ft, name_scream):
    """A value for the secret slot that is not a secret: (value, kind)."""
    groups = {}
    ph = [p for p in sp["ph"] if p != "********"] + ["REPLACE_WITH_" + name_scream]
    groups["placeholder"] = (30, [(p, "placeholder") for p in ph])
    if ft in INTERP_FT:
        groups["env_reference"] = (22, [("${%s}" % name_scream, "env_reference")])
    groups["empty"] = (8, [("", "empty")])
    groups["secret_manager_ref"] = (14, [
        ("vault:secret/data/pos/%s#value" % name_scream.lower(), "secret_manager_ref"),
        ("arn:aws:secretsmanager:us-east-1:%012d:secret:pos/%s-%s" % (r.randrange(10**11, 10**12), name_scream.lower(), rs(r, ALNUM, 6)), "secret_manager_ref"),
        ("@Microsoft.KeyVault(SecretUri=https://pos-kv-%s.vault.azure.net/secrets/%s/)" % (pick(r, "prod", "eu", "us"), name_scream.lower().replace("_", "-")), "secret_manager_ref"),
        ("op://Store Systems/%s/credential" % name_scream.lower(), "secret_manager_ref")])
    if sp["cat"] in ("password", "pin"):
        groups["masked"] = (22, [("*" * r.randrange(4 if sp["cat"] == "pin" else 6, 12), "masked"), ("[REDACTED]", "masked")])
    else:
        ex = sp["gen"](r)
        keep = 6 if ex.startswith(("EAAA", "sq0", "shp", "IZSEC")) else 0
        pre = ex[:keep]
        if ex.startswith(("sup_sk_", "lsxs_pt_")):
            pre = ex[:ex.index("_", 4) + 1]
        if ex.startswith("sandbox-"):
            pre = ex[:15]
        groups["masked"] = (22, [(pre + "*" * r.randrange(8, 24) + rs(r, LO + DIG, 4), "masked"), ("***REDACTED***", "masked")])
    if sp["provider"] == "toast" and sp["kind"] == "client_secret":
        groups["doc"] = (25, [("eS960aiKdvgbSDcLUCk68HR2CJKwwHNO2HKfgxjCWxoj27KIp6jFAi2XOOc_oCuv", "documented_example")])
    if sp["provider"] == "dynamsoft":
        groups["doc"] = (40, [("DLS2eyJvcmdhbml6YXRpb25JRCI6IjIwMDAwMSJ9", "public_trial_license")])
    if sp["provider"] == "scandit":
        groups["doc"] = (30, [("-- ENTER YOUR SCANDIT LICENSE KEY HERE --", "placeholder")])
    keys = list(groups)
    tot = sum(groups[k][0] for k in keys)
    x = r.random() * tot
    for k in keys:
        x -= groups[k][0]
        if x <= 0:
            return r.choice(groups[k][1])
    return r.choice(groups[keys[-1]][1])


# ---------------------------------------------------------------- domain look-alike negative templates
# fn(r) -> (relpath, text, provider, kind)
NEG_TEMPLATES = []


def ntpl(name, ft):
    def deco(fn):
        NEG_TEMPLATES.append({"name": name, "ft": ft, "fn": fn})
        return fn
    return deco


@ntpl("square_web_payments_js", "js")
def n_square_wp(r):
    app, loc = g_square_appid(r), g_square_location(r)
    L = ["// Square Web Payments SDK - application id and location id are public (they ship to the browser)",
         "const appId = '%s';" % app, "const locationId = '%s';" % loc, "",
         "async function initCard() {", "  const payments = window.Square.payments(appId, locationId);",
         "  const card = await payments.card();", "  await card.attach('#card-container');", "  return card;", "}", "",
         "async function pay(card) {", "  const result = await card.tokenize();",
         "  if (result.status !== 'OK') throw new Error(result.errors?.[0]?.message);",
         "  await fetch('/api/payments', { method: 'POST', headers: { 'Content-Type': 'application/json' },",
         "    body: JSON.stringify({ sourceId: result.token, locationId, idempotencyKey: crypto.randomUUID() }) });", "}"]
    return pick(r, "public/js/checkout.js", "web/src/payments/card.js"), "\n".join(L) + "\n", "square", "public_application_id"


@ntpl("receipts_csv", "csv")
def n_receipts(r):
    L = ["receipt_no,created_at,location_id,order_id,payment_id,card_brand,last4,card_fingerprint,auth_code,total"]
    loc = g_square_location(r)
    for _ in range(r.randrange(5, 15)):
        L.append("%s,2024-%02d-%02dT%02d:%02d:00Z,%s,%s,%s,%s,%s,sq-1-%s,%06d,%.2f" % (
            receipt_no(r), r.randrange(1, 13), r.randrange(1, 28), r.randrange(8, 22), r.randrange(60), loc,
            sq_payment_id(r)[:27], sq_payment_id(r), pick(r, "VISA", "MASTERCARD", "AMEX", "INTERAC"), rs(r, DIG, 4),
            b64url(r, 40), r.randrange(10**6), r.randrange(300, 9000) / 100))
    return pick(r, "exports/receipts_2024-05.csv", "reports/daily_sales.csv"), "\n".join(L) + "\n", "square", "receipt_and_order_ids"


@ntpl("catalog_csv", "csv")
def n_catalog(r):
    L = ["sku,name,gtin,upc,price,tax_code,category_id"]
    names = ["Oat Milk Latte 12oz", "Sourdough Loaf", "Trail Mix 200g", "AA Batteries 4pk", "Cold Brew Can",
             "Wool Socks M", "Chili Crisp Jar", "Notebook A5 Dotted", "Espresso Beans 1kg", "Hand Soap Refill"]
    for _ in range(r.randrange(6, 20)):
        L.append("%s,%s,%s,%s,%.2f,%s,%s" % (sku(r), r.choice(names), gtin13(r), upca(r), r.randrange(99, 4999) / 100,
                                           pick(r, "P0000000", "PF050101", "TX-STD"), sq_obj_id(r)))
    return pick(r, "data/catalog_import.csv", "exports/items.csv", "seed/products.csv"), "\n".join(L) + "\n", "retail", "sku_gtin"


@ntpl("escpos_receipt", "escpos")
def n_escpos(r):
    ESC, GS = "\x1b", "\x1d"
    rn = receipt_no(r)
    L = [ESC + "@" + ESC + "a\x01" + r.choice(STORES), "%d %s St" % (r.randrange(1, 999), pick(r, "Harbor", "Main", "Elm")),
         ESC + "a\x00" + "Receipt: %s" % rn, "Order: #%d" % r.randrange(100, 9999), "Terminal: %s" % serial(r)]
    for _ in range(r.randrange(2, 6)):
        L.append("%-30s%8.2f" % (pick(r, "Flat White", "Croissant", "Bagel + Lox", "Iced Tea", "Soup of the day"), r.randrange(250, 1500) / 100))
    L += ["VISA %s  AUTH %06d" % (masked_pan(r), r.randrange(10**6)),
          GS + "h\x50" + GS + "w\x02" + GS + "k\x49" + chr(len(rn) + 2) + "{B" + rn,
          "Loyalty: %s" % masked_pan(r), ESC + "d\x04" + GS + "V\x01"]
    return pick(r, "printing/samples/receipt_sample.escpos", "test/fixtures/receipt.bin.txt", "receipts/last_receipt.prn"), "\n".join(L) + "\n", "retail", "receipt_number"


@ntpl("zpl_shelf_label", "zpl")
def n_zpl(r):
    g = gtin13(r)
    L = ["^XA", "^CI28", "^PW%d" % r.choice([406, 609]), "^FO20,20^A0N,32,32^FD%s^FS" % pick(r, "Sourdough Loaf", "Cold Brew 355ml", "AA Batteries 4pk"),
         "^FO20,60^A0N,60,60^FD$%d.%02d^FS" % (r.randrange(1, 40), r.randrange(100)), "^FO20,140^BY2^BEN,70,Y,N^FD%s^FS" % g[:12],
         "^FO300,20^A0N,22,22^FDSKU %s^FS" % sku(r), "^FO300,50^BQN,2,4^FDQA,https://shop.%s.com/p/%s^FS" % (r.choice(COS), g), "^XZ"]
    return pick(r, "labels/shelf_label.zpl", "printing/templates/price_tag.zpl"), "\n".join(L) + "\n", "retail", "gtin_barcode"


@ntpl("clover_order_json", "json")
def n_clover(r):
    mid = up13(r)
    items = []
    for _ in range(r.randrange(1, 4)):
        items.append('      { "id": "%s", "name": "%s", "price": %d, "itemCode": "%s" }' % (up13(r), pick(r, "Burrito", "Chips", "Horchata", "Taco Trio"), r.randrange(200, 1500), upca(r)))
    L = ["{", '  "href": "https://api.clover.com/v3/merchants/%s/orders/%s",' % (mid, up13(r)), '  "id": "%s",' % up13(r),
         '  "merchant": { "id": "%s" },' % mid, '  "employee": { "id": "%s" },' % up13(r), '  "device": { "id": "%s", "serial": "%s" },' % (uuid4(r), serial(r)),
         '  "total": %d,' % r.randrange(500, 9000), '  "state": "locked",', '  "lineItems": { "elements": [', ",\n".join(items), "  ] },",
         '  "payments": [ { "id": "%s", "cardTransaction": { "last4": "%s", "cardType": "VISA", "authCode": "%06d" } } ]' % (up13(r), rs(r, DIG, 4), r.randrange(10**6)), "}"]
    return pick(r, "test/fixtures/clover_order.json", "samples/clover/order_locked.json"), "\n".join(L) + "\n", "clover", "merchant_and_order_ids"


@ntpl("toast_restaurants_yaml", "yaml")
def n_toast(r):
    L = ["# Toast locations served by the KDS relay (GUIDs are identifiers, not credentials)",
         "toast:", "  host: https://ws-api.toasttab.com", "  client_id: ${TOAST_CLIENT_ID}", "  client_secret: ${TOAST_CLIENT_SECRET}",
         "  management_group_guid: %s" % uuid4(r), "  restaurants:"]
    for _ in range(r.randrange(2, 6)):
        L += ["    - name: %s" % r.choice(STORES), "      guid: %s" % uuid4(r), "      kds_screens: %d" % r.randrange(1, 5)]
    return pick(r, "config/toast-locations.yml", "relay/restaurants.yaml"), "\n".join(L) + "\n", "toast", "restaurant_guid"


@ntpl("shopify_app_toml", "toml")
def n_shopify_toml(r):
    L = ["# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration", "",
         'client_id = "%s"' % hexs(r, 32), 'name = "%s POS sync"' % cap(r.choice(COS)),
         'handle = "%s-pos-sync"' % r.choice(COS), 'application_url = "https://pos-sync.%s.app"' % r.choice(COS), "embedded = true", "",
         "[access_scopes]", 'scopes = "read_products,write_inventory,read_locations,read_orders"', "",
         "[auth]", 'redirect_urls = [ "https://pos-sync.%s.app/auth/callback" ]' % r.choice(COS), "",
         "[webhooks]", 'api_version = "2024-07"', "", "[build]", 'dev_store_url = "%s.myshopify.com"' % pick(r, "corner-deli-dev", "tundra-test", "maple-rye-staging")]
    return "shopify.app.toml", "\n".join(L) + "\n", "shopify", "public_client_id"


@ntpl("dynamsoft_trial_sample", "kt")
def n_dyn(r):
    L = ["package com.%s.stockcount" % r.choice(COS), "", "import com.dynamsoft.license.LicenseManager", "",
         "// Public trial license from the Dynamsoft samples; production builds read the store licence from MDM.",
         "private const val TRIAL_LICENSE = \"DLS2eyJvcmdhbml6YXRpb25JRCI6IjIwMDAwMSJ9\"", "",
         "fun initScanner(ctx: android.content.Context) {",
         "    LicenseManager.initLicense(TRIAL_LICENSE, ctx) { ok, err -> if (!ok) err?.printStackTrace() }", "}"]
    return "app/src/debug/java/com/acme/stockcount/TrialLicense.kt", "\n".join(L) + "\n", "dynamsoft", "public_trial_license"


@ntpl("scandit_sample_placeholder", "ts")
def n_scandit(r):
    L = ["import { DataCaptureContext } from 'scandit-react-native-datacapture-core';", "",
         "// Sign up at ssl.scandit.com to get a key; CI injects the real one from the secret store.",
         "const licenseKey = process.env.SCANDIT_LICENSE_KEY ?? '-- ENTER YOUR SCANDIT LICENSE KEY HERE --';", "",
         "export const dataCaptureContext = DataCaptureContext.forLicenseKey(licenseKey);"]
    return "src/scanning/context.ts", "\n".join(L) + "\n", "scandit", "placeholder"


@ntpl("terminal_inventory_yaml", "yaml")
def n_terminals(r):
    L = ["# Store hardware inventory - %s" % r.choice(STORES), "terminals:"]
    for i in range(r.randrange(2, 6)):
        L += ["  - name: register-%02d" % (i + 1), "    serial: %s" % serial(r), "    mac: %s" % mac(r), "    ip: %s" % ip(r),
              "    device_code: %s" % rs(r, UP, 6), "    square_device_id: device:%s" % rs(r, UP + DIG, 16)]
    L += ["printers:", "  - model: TM-m30III", "    serial: X4VC%06d" % r.randrange(10**6), "    mac: %s" % mac(r)]
    return pick(r, "inventory/store-hardware.yml", "ops/hardware/terminals.yaml"), "\n".join(L) + "\n", "retail", "terminal_serials"


@ntpl("firmware_manifest", "json")
def n_firmware(r):
    L = ["{", '  "product": "%s",' % pick(r, "kiosk-shell", "printgw", "kds-android"), '  "version": "%d.%d.%d",' % (r.randrange(1, 9), r.randrange(20), r.randrange(50)), '  "artifacts": [']
    arts = []
    for f in r.sample(["kiosk-shell.apk", "printgw-linux-arm64.tar.gz", "tm-m30iii-fw.bin", "kds-app.apk", "bridge-setup.msi"], 3):
        arts.append('    { "file": "%s", "sha256": "%s", "md5": "%s", "size": %d }' % (f, sha256(r), hexs(r, 32), r.randrange(10**5, 10**8)))
    L += [",\n".join(arts), "  ],", '  "signedBy": "%s Release CA"' % cap(r.choice(COS)), "}"]
    return pick(r, "release/manifest.json", "firmware/latest.json"), "\n".join(L) + "\n", "retail", "checksums"


@ntpl("square_webhook_log", "log")
def n_sq_log(r):
    L = []
    for _ in range(r.randrange(5, 14)):
        L.append('2024-%02d-%02dT%02d:%02d:%02dZ INFO webhook received type=%s event_id=%s merchant_id=%s signature=%s status=verified' % (
            r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60),
            pick(r, "payment.updated", "order.created", "inventory.count.updated", "loyalty.account.updated"), uuid4(r), sq_obj_id(r, 13),
            base64.b64encode(rbytes(r, 32)).decode()))
    return pick(r, "logs/webhooks-2024-05-14.log", "var/log/square-hooks.log"), "\n".join(L) + "\n", "square", "hmac_signature"


@ntpl("strings_i18n", "xml")
def n_strings(r):
    lang = pick(r, "", "-fr", "-de", "-es", "-sv")
    txt = {"": ("Enter manager PIN", "Password", "Incorrect PIN, try again", "API token expired - ask a manager to re-link"),
           "-fr": ("Saisir le code PIN du gérant", "Mot de passe", "Code PIN incorrect, réessayez", "Jeton API expiré - demandez au gérant"),
           "-de": ("Manager-PIN eingeben", "Passwort", "Falsche PIN, bitte erneut versuchen", "API-Token abgelaufen"),
           "-es": ("Introduzca el PIN del encargado", "Contraseña", "PIN incorrecto", "Token de API caducado"),
           "-sv": ("Ange chefens PIN-kod", "Lösenord", "Fel PIN-kod, försök igen", "API-token har gått ut")}[lang]
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="manager_pin_prompt">%s</string>' % txt[0],
         '    <string name="password_label">%s</string>' % txt[1], '    <string name="pin_error">%s</string>' % txt[2],
         '    <string name="token_expired">%s</string>' % txt[3], '    <string name="secret_menu_title">Back office</string>', "</resources>"]
    return "app/src/main/res/values%s/strings.xml" % lang, "\n".join(L) + "\n", "kiosk", "i18n_strings"


@ntpl("ps1_secret_refs", "ps1")
def n_ps1(r):
    L = ["# Provision a kiosk: every secret comes from the vault registered on the imaging host", "Import-Module Microsoft.PowerShell.SecretManagement",
         "$adminPin   = Get-Secret -Name 'KioskAdminPin' -AsPlainText", "$printKey   = Get-Secret -Name 'PrintNodeApiKey' -AsPlainText",
         "$sqToken    = $env:SQUARE_ACCESS_TOKEN", "if (-not $sqToken) { throw 'SQUARE_ACCESS_TOKEN not set' }",
         "$reg = 'HKLM:\\SOFTWARE\\%s\\Kiosk'" % cap(r.choice(COS)), "New-Item -Path $reg -Force | Out-Null",
         "Set-ItemProperty -Path $reg -Name 'StoreNumber' -Value '%04d'" % r.randrange(1, 9999),
         "Set-ItemProperty -Path $reg -Name 'PrinterId' -Value %d" % r.randrange(10**7, 8 * 10**7)]
    return "provisioning/Setup-Kiosk.ps1", "\n".join(L) + "\n", "kiosk", "secret_manager_lookup"


@ntpl("compose_interp", "yaml")
def n_compose(r):
    L = ["services:", "  order-bridge:", "    image: ghcr.io/%s/order-bridge:%s" % (r.choice(COS), pick(r, "2.4.0", "latest")), "    environment:",
         "      SQUARE_ACCESS_TOKEN: ${SQUARE_ACCESS_TOKEN:?set in .env}", "      SQUARE_LOCATION_ID: %s" % g_square_location(r),
         "      TOAST_CLIENT_SECRET: ${TOAST_CLIENT_SECRET}", "      DOORDASH_SIGNING_SECRET_FILE: /run/secrets/doordash_signing_secret",
         "      DATABASE_URL: postgres://pos:${PGPASSWORD}@db:5432/pos", "    secrets:", "      - doordash_signing_secret",
         "secrets:", "  doordash_signing_secret:", "    external: true"]
    return pick(r, "docker-compose.yml", "deploy/compose.yaml"), "\n".join(L) + "\n", "square", "env_reference"


@ntpl("kotlin_buildconfig", "kt")
def n_kt_bc(r):
    L = ["package com.%s.register.di" % r.choice(COS), "", "import android.content.Context", "import androidx.security.crypto.EncryptedSharedPreferences",
         "import androidx.security.crypto.MasterKey", "import com.acme.register.BuildConfig", "",
         "class CredentialStore(ctx: Context) {", "    private val prefs = EncryptedSharedPreferences.create(ctx, \"creds\",",
         "        MasterKey.Builder(ctx).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build(),",
         "        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,",
         "        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM)", "",
         "    val squareAppId: String = BuildConfig.SQUARE_APPLICATION_ID",
         "    val accessToken: String? get() = prefs.getString(\"square_access_token\", null)",
         "    fun saveToken(token: String) = prefs.edit().putString(\"square_access_token\", token).apply()", "}"]
    return "app/src/main/java/com/acme/register/di/CredentialStore.kt", "\n".join(L) + "\n", "square", "env_reference"


@ntpl("sql_staff_bcrypt", "sql")
def n_sql_staff(r):
    L = ["-- pg_dump of table staff (back office)", "COPY public.staff (id, display_name, role, email, password_hash, pin_set, created_at) FROM stdin;"]
    for i in range(r.randrange(3, 9)):
        L.append("%d\t%s\t%s\t%s@%s.com\t%s\tt\t2024-0%d-1%d 08:00:00+00" % (i + 1, pick(r, "Ana R", "Ben T", "Chloe M", "Dev P", "Eli K"),
                 pick(r, "cashier", "manager", "owner"), pick(r, "ana", "ben", "chloe", "dev", "eli"), r.choice(COS), bcrypt_hash(r), r.randrange(1, 9), r.randrange(10)))
    L.append("\\.")
    return pick(r, "backups/staff.sql", "db/dumps/staff_2024-05.sql"), "\n".join(L) + "\n", "pos_backoffice", "password_hashes"


@ntpl("md_masked_runbook", "md")
def n_md(r):
    L = ["# Rotating the Square access token", "", "1. In the Developer Dashboard open **Credentials** and click *Replace*.",
         "2. Paste the new token into 1Password item `Square - production` (never into this repo).",
         "3. The old token looks like `EAAA%s%s` in the dashboard list; confirm it is revoked." % ("*" * r.randrange(10, 30), rs(r, ALNUM, 4)),
         "4. Restart the bridge: `systemctl restart order-bridge`.", "",
         "```bash", "export SQUARE_ACCESS_TOKEN=\"$(op read 'op://Store Systems/Square - production/credential')\"", "```", "",
         "Location id for the flagship store: `%s` (public)." % g_square_location(r),
         "Application id: `%s` (public, used by the card form)." % g_square_appid(r)]
    return "docs/runbooks/rotate-square-token.md", "\n".join(L) + "\n", "square", "masked"


@ntpl("square_sandbox_fixtures", "py")
def n_fixtures(r):
    L = ["import pytest", "", "# Square sandbox test values (published in Square's testing docs)", 'TEST_NONCE = "cnon:card-nonce-ok"',
         'DECLINED_NONCE = "cnon:card-nonce-declined"', 'TEST_CARD = "4111 1111 1111 1111"', 'TEST_CVV = "111"', "",
         "", "@pytest.fixture", "def payment_request():", "    return {", '        "source_id": TEST_NONCE,',
         '        "idempotency_key": "%s",' % uuid4(r), '        "amount_money": {"amount": %d, "currency": "USD"},' % r.randrange(100, 5000),
         '        "location_id": "%s",' % g_square_location(r), "    }"]
    return "tests/conftest.py", "\n".join(L) + "\n", "square", "test_values"


@ntpl("package_lock", "json")
def n_lock(r):
    pk = []
    for n, v in r.sample([("square", "39.1.0"), ("axios", "1.7.2"), ("jsonwebtoken", "9.0.2"), ("escpos", "3.0.0-alpha.6"),
                          ("node-thermal-printer", "4.4.3"), ("dynamsoft-barcode-reader-bundle", "10.4.2000")], 4):
        pk.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s=="\n    }' % (
            n, v, n, n.split("/")[-1], v, base64.b64encode(rbytes(r, 64)).decode()[:86]))
    L = ["{", '  "name": "order-bridge",', '  "lockfileVersion": 3,', '  "packages": {', ",\n".join(pk), "  }", "}"]
    return "package-lock.json", "\n".join(L) + "\n", "npm", "integrity_hash"


@ntpl("giftcard_export_csv", "csv")
def n_gift(r):
    L = ["gan_masked,program,balance,currency,status,last_activity"]
    for _ in range(r.randrange(4, 12)):
        L.append("%s,%s,%.2f,%s,%s,2024-%02d-%02d" % ("7783" + "*" * 8 + rs(r, DIG, 4), pick(r, "Givex", "Square Gift Cards", "SVS"),
                 r.randrange(0, 20000) / 100, pick(r, "USD", "CAD"), pick(r, "ACTIVE", "INACTIVE"), r.randrange(1, 13), r.randrange(1, 28)))
    return "exports/gift_cards_masked.csv", "\n".join(L) + "\n", "givex", "masked_card_numbers"


@ntpl("appsettings_keyvault", "json")
def n_kv(r):
    L = ["{", '  "Integrations": {', '    "Toast": {', '      "ClientId": "%s",' % rs(r, ALNUM, 32),
         '      "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://pos-kv.vault.azure.net/secrets/toast-client-secret/)"', "    },",
         '    "PrintNode": { "ApiKey": "@Microsoft.KeyVault(VaultName=pos-kv;SecretName=printnode-api-key)" }', "  },",
         '  "ConnectionStrings": { "PosDb": "Server=tcp:pos-sql.database.windows.net;Database=pos;Authentication=Active Directory Managed Identity" }', "}"]
    return "src/Pos.Api/appsettings.Production.json", "\n".join(L) + "\n", "toast", "secret_manager_ref"


@ntpl("py_env_lookup", "py")
def n_py_env(r):
    L = ["import os", "", "DOORDASH_DEVELOPER_ID = os.environ[\"DOORDASH_DEVELOPER_ID\"]", "DOORDASH_KEY_ID = os.environ[\"DOORDASH_KEY_ID\"]",
         "DOORDASH_SIGNING_SECRET = os.environ[\"DOORDASH_SIGNING_SECRET\"]", "UBER_EATS_CLIENT_SECRET = os.getenv(\"UBER_EATS_CLIENT_SECRET\", \"\")",
         "KIOSK_ADMIN_PIN = os.getenv(\"KIOSK_ADMIN_PIN\")", "STORE_GUID = \"%s\"" % uuid4(r), "",
         "if not DOORDASH_SIGNING_SECRET:", "    raise RuntimeError(\"DoorDash signing secret missing\")"]
    return pick(r, "delivery/settings.py", "config/delivery.py"), "\n".join(L) + "\n", "doordash", "env_reference"


@ntpl("delphi_dfm_sspi", "dfm")
def n_dfm(r):
    L = ["object dmBackOffice: TdmBackOffice", "  OldCreateOrder = False", "  Height = 240", "  Width = 320",
         "  object conPos: TADOConnection",
         "    ConnectionString = 'Provider=SQLOLEDB.1;Integrated Security=SSPI;Persist Security Info=False;Initial Catalog=PosBackOffice;Data Source=%s'" % pick(r, "SQL01", "(local)\\MICROS", "BO-SERVER"),
         "    LoginPrompt = False", "    Left = 40", "    Top = 24", "  end", "  object qryTills: TADOQuery",
         "    Connection = conPos", "    SQL.Strings = (", "      'SELECT TillNo, SerialNo, LastZReport FROM Tills')", "  end", "end"]
    return "src/dmBackOffice.dfm", "\n".join(L) + "\n", "pos_backoffice", "integrated_auth"


@ntpl("epos_js", "js")
def n_epos(r):
    L = ["// Epson ePOS SDK for JavaScript: print to the kitchen printer on the LAN", "const ePosDev = new epson.ePOSDevice();",
         "const PRINTER_IP = '%s';" % ip(r), "const DEVICE_ID = 'local_printer';", "",
         "ePosDev.connect(PRINTER_IP, 8008, (result) => {", "  if (result !== 'OK' && result !== 'SSL_CONNECT_OK') return;",
         "  ePosDev.createDevice(DEVICE_ID, ePosDev.DEVICE_TYPE_PRINTER, { crypto: false, buffer: false }, (printer) => {",
         "    printer.addText('ORDER #%d\\n');" % r.randrange(100, 999), "    printer.addBarcode('%s', printer.BARCODE_EAN13);" % gtin13(r)[:12],
         "    printer.addCut(printer.CUT_FEED);", "    printer.send();", "  });", "});"]
    return pick(r, "web/kitchen/epos-print.js", "public/js/printer.js"), "\n".join(L) + "\n", "epson", "device_ids"


@ntpl("gh_workflow_secrets", "yaml")
def n_gh(r):
    L = ["name: Release kiosk app", "on:", "  push:", "    tags: ['v*']", "jobs:", "  build:", "    runs-on: macos-14", "    env:",
         "      SCANDIT_LICENSE_KEY: ${{ secrets.SCANDIT_LICENSE_KEY }}", "      SQUARE_APPLICATION_ID: %s" % g_square_appid(r),
         "    steps:", "      - uses: actions/checkout@v4", "      - run: bundle exec fastlane beta",
         "        env:", "          PRINTNODE_API_KEY: ${{ secrets.PRINTNODE_API_KEY }}"]
    return ".github/workflows/release-kiosk.yml", "\n".join(L) + "\n", "scandit", "ci_secret_reference"


@ntpl("swift_keychain", "swift")
def n_swift_kc(r):
    L = ["import Security", "import Foundation", "", "enum Keychain {", "    static func read(_ account: String) -> String? {",
         "        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,",
         '                                    kSecAttrService as String: "com.%s.kiosk",' % r.choice(COS),
         "                                    kSecAttrAccount as String: account,", "                                    kSecReturnData as String: true]",
         "        var out: AnyObject?", "        guard SecItemCopyItemMatching(query as CFDictionary, &out) == errSecSuccess,",
         "              let data = out as? Data else { return nil }", "        return String(data: data, encoding: .utf8)", "    }", "}", "",
         'let adminPin = Keychain.read("kiosk.adminPin") ?? ""', 'let cloverToken = Keychain.read("clover.apiToken")']
    return "KioskApp/Support/Keychain.swift", "\n".join(L) + "\n", "kiosk", "keychain_lookup"


@ntpl("php_getenv", "php")
def n_php(r):
    L = ["<?php", "return [", "    'clover' => [", "        'merchant_id' => '%s'," % up13(r), "        'api_token' => getenv('CLOVER_API_TOKEN') ?: '',",
         "        'app_id' => '%s'," % up13(r), "    ],", "    'revel' => [", "        'api_key' => getenv('REVEL_API_KEY'),",
         "        'api_secret' => getenv('REVEL_API_SECRET'),", "    ],", "    'shop_domain' => '%s.myshopify.com'," % pick(r, "corner-deli", "bluebird-books"), "];"]
    return "config/pos.php", "\n".join(L) + "\n", "clover", "merchant_id"


@ntpl("uuid_orders_json", "json")
def n_uuid_orders(r):
    L = ["[", ]
    rows = []
    for _ in range(r.randrange(4, 9)):
        rows.append('  { "guid": "%s", "restaurantGuid": "%s", "displayNumber": "%d", "businessDate": 2024%02d%02d, "checks": [ { "guid": "%s", "totalAmount": %.2f } ] }' % (
            uuid4(r), uuid4(r), r.randrange(1, 400), r.randrange(1, 13), r.randrange(1, 28), uuid4(r), r.randrange(500, 9000) / 100))
    L += [",\n".join(rows), "]"]
    return pick(r, "test/fixtures/toast_orders.json", "samples/ordersBulk.json"), "\n".join(L) + "\n", "toast", "order_guids"


@ntpl("sq_catalog_ids_ts", "ts")
def n_sq_catalog(r):
    L = ["// Square catalog object ids for the in-store menu (ids, not credentials)", "export const MENU = {"]
    for n in r.sample(["latte", "mocha", "coldBrew", "croissant", "bagel", "muffin", "oatMilk", "extraShot"], 5):
        L.append("  %s: { itemId: '%s', variationId: '%s' }," % (n, sq_obj_id(r), sq_obj_id(r)))
    L += ["} as const;", "", "export const LOCATION_ID = '%s';" % g_square_location(r)]
    return "src/menu/squareIds.ts", "\n".join(L) + "\n", "square", "catalog_ids"


# ---------------------------------------------------------------- assembly
PROVIDER_ONLY = {"square_sdk_kotlin": "square", "square_node_sdk": "square", "square_webhook_verify": "square",
                 "toast_login_py": "toast", "zettle_assertion_php": "zettle", "printnode_py": "printnode",
                 "printnode_curl": "printnode", "scandit_swift": "scandit", "scandit_kotlin": "scandit",
                 "dynamsoft_js": "dynamsoft", "clover_rest_py": "clover", "olo_header_ts": "olo",
                 "shopify_graphql_ts": "shopify", "revel_header_py": "revel", "simphony_sts_json": "oracle_simphony",
                 "givex_php": "givex", "doordash_jwt_node": "doordash", "doordash_jwt_cs": "doordash"}


def compatible(sp):
    out = []
    for t in TEMPLATES:
        if t["name"] in PROVIDER_ONLY and PROVIDER_ONLY[t["name"]] != sp["provider"]:
            continue
        if t["cats"] is not None and sp["cat"] not in t["cats"]:
            continue
        if t["kinds"] is not None and sp["kind"] not in t["kinds"]:
            continue
        if t["cats"] is None and sp["cat"] == "pin" and t["name"] not in ("env_file", "ini_file", "py_settings", "sql_insert", "csv_export", "xml_integrations", "appsettings_json", "toml_config", "md_runbook", "ps1_provision", "bash_provision", "delphi_unit", "vb_module", "app_config"):
            continue
        out.append(t)
    return out


def choose_template(r, sp):
    comp = compatible(sp)
    by_kind = [t for t in comp if t["kinds"] is not None]
    by_cat = [t for t in comp if t["kinds"] is None and t["cats"] is not None]
    x = r.random()
    if by_kind and x < 0.35:
        return r.choice(by_kind)
    if by_cat and x < 0.35 + min(0.25, 0.05 * len(by_cat)):
        return r.choice(by_cat)
    return r.choice(comp)


def spec_plan(r, n):
    tot = sum(s["w"] for s in SPECS)
    plan = []
    for s in SPECS:
        plan += [s] * max(1, round(n * s["w"] / tot))
    while len(plan) < n:
        plan.append(r.choice(SPECS))
    r.shuffle(plan)
    return plan[:n]


def render(r, sp, filler=None):
    """Returns (relpath, content, needle_or_value, line, template)."""
    for _ in range(200):
        t = choose_template(r, sp)
        c = Ctx(r, sp, r.random() < 0.5)
        res = t["fn"](r, c)
        if res is None:
            continue
        relpath, text = res
        if text.count(MARK) != 1:
            raise AssertionError("template %s wrote the slot %d times" % (t["name"], text.count(MARK)))
        line = text[:text.index(MARK)].count("\n") + 1
        if filler is None:
            val = sp["gen"](r)
            kind = sp["kind"]
        else:
            val, kind = filler(r, sp, t["ft"], style(sp["words"], "SCREAM"))
        content = text.replace(MARK, val)
        if filler is None:
            first = content[:content.index(val)].count("\n") + 1
            if first != line or content.count(val) != 1:
                continue
        return relpath, content, val, line, t, kind
    raise RuntimeError("could not render %s/%s" % (sp["provider"], sp["kind"]))


def write(outdir, rel, content):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(content)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_dc.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets, needles = [], [], []
    for i, sp in enumerate(spec_plan(r, N_POS)):
        relpath, content, val, line, t, kind = render(r, sp)
        rel = "pos/p%04d/%s" % (i, relpath)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "pos", "provider": sp["provider"], "kind": kind, "filetype": t["ft"]})
        secrets.append({"file": rel, "needle": val, "line": line})
        needles.append(val)
    negs = []
    n_reuse = N_NEG // 2
    for sp in spec_plan(r, n_reuse):
        relpath, content, val, line, t, kind = render(r, sp, filler=neg_filler)
        negs.append((relpath, content, sp["provider"], kind, t["ft"]))
    order = list(range(len(NEG_TEMPLATES)))
    r.shuffle(order)
    for j in range(N_NEG - n_reuse):
        nt = NEG_TEMPLATES[order[j % len(order)]]
        relpath, content, prov, kind = nt["fn"](r)
        negs.append((relpath, content, prov, kind, nt["ft"]))
    r.shuffle(negs)
    for i, (relpath, content, prov, kind, ft) in enumerate(negs):
        for nd in needles:
            if nd in content:
                raise AssertionError("a positive needle leaked into a negative")
        rel = "neg/n%04d/%s" % (i, relpath)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
