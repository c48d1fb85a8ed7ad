#!/usr/bin/env python3
"""gen_hn.py - blind evaluation set: postal mail, fax, print and document-delivery APIs.

EMPHASIS
    Credentials of print-and-mail, fax, print-on-demand, document rendering and postal/carrier
    APIs as they end up hard-coded in real projects.
    Providers: Lob (test_/live_ secret keys; test_pub_/live_pub_ publishable keys are public),
    PostGrid (test_sk_/live_sk_), Click2Mail (basic-auth username/password), Stannp (API key),
    Phaxio / Sinch Fax (API key + API secret), Documo mFax (API key, a JWT sent as
    "Authorization: Basic <key>"), SRFax (access_id + access_pwd), eFax Corporate / eFax Developer
    (account id + user name + password in an XML OutboundRequest), InterFAX (username/password),
    Telnyx (API v2 keys KEY..._...), Twilio (legacy Programmable Fax: Account SID + Auth Token),
    PrintNode (API key as basic-auth user), Gelato (X-API-KEY), Prodigi (X-API-Key), Peecho
    (merchant secret), Docmosis Cloud (accessKey), Postmark (server token, inbound-webhook
    basic-auth URL), USPS Web Tools (USERID + PASSWORD), Canada Post (API key user:password),
    Royal Mail Click & Drop (API key), DHL eCommerce Americas (OAuth client_id/client_secret).
    Kinds: API secret keys, API key + secret pairs, basic-auth passwords, access passwords,
    access keys, server tokens.
    File types: Python, JavaScript, TypeScript, Ruby, PHP, C#, Java, YAML (compose, k8s, GitHub
    Actions), JSON, .env, XML (USPS/eFax requests), INI, TOML, properties, Terraform, Markdown,
    shell (curl), Dockerfile, SQL, CSV mailing lists and account sheets, logs.

USAGE
    python3 -B gen_hn.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Deterministic per SEED: every random choice comes from one random.Random(SEED).
    Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, and only the secret part:
      - single keys/tokens (Lob, PostGrid, Stannp, Telnyx, PrintNode, Gelato, Prodigi, Docmosis,
        Postmark, Royal Mail, Documo JWT): the whole key string, with its prefix (test_, live_sk_,
        KEY...) but without quotes, "Bearer "/"Basic " scheme words or a trailing ":".
      - key + secret pairs (Phaxio, Twilio SID + token, DHL client_id + client_secret,
        Canada Post user:pass, USPS USERID + PASSWORD, SRFax access_id + access_pwd, eFax and
        InterFAX and Click2Mail user + password): the secret half only (API secret, auth
        token, client secret, password). When the pair is written joined ("user:pass", or in a
        URL "https://user:pass@host"), the needle is still only the password part.
      - headers: the token after the scheme word ("Authorization: Bearer KEY..." -> KEY...).
      - URLs: for userinfo URLs the password; for query-string keys (?api_key=...) the key value.
    * No multi-line secrets occur in this domain set (no private keys).
    * "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    500 files, none holding a credential; no negative is written to a file named .env,
    .env.local, .env.production ... (.env.example / .env.sample are used instead).
    * 250 re-use the positive templates with the secret slot (and any secret companion such as a
      Phaxio API key or USPS USERID) filled with: placeholders (<your-api-key>,
      YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked values (****, [REDACTED],
      live_********), environment / secret-manager references (${VAR}, {{ .Values... }},
      ${{ secrets.X }}, op://, vault:, AWS Secrets Manager ARNs, GCP secret paths), the
      providers' documented example keys (Lob's README test key, Canada Post's published
      sandbox key pair, Phaxio README '22222' ...), and public values (Lob publishable keys).
    * 250 are domain look-alikes: Lob letter/postcard/address/template ids (ltr_, psc_, adr_,
      tmpl_), signed thumbnail URLs, USPS IMpb / Canada Post / Royal Mail / DHL tracking
      numbers, fax ids, Telnyx/Documo UUIDs, Twilio Fax SIDs (FX...), page counts, addresses and
      ZIP codes, webhook payloads with signatures (Lob-Signature, telnyx-signature-ed25519,
      DKIM b=), PDF sha256 digests, base64 label data, image digests, npm integrity hashes,
      code that reads keys from os.environ / process.env / ENV.fetch / env() / IConfiguration /
      @Value, CI files with ${{ secrets.X }}, k8s secretKeyRef, VCR cassettes with filtered auth.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * Lob help centre: secret vs publishable keys, "Publishable keys are always prefixed with
      [environment]_pub". Public code shows secret keys as test_ + 35 lowercase hex (Lob's own
      README example test_0dc8d51e0acffcb1880e0f19c79b2f5b0cc, used here only as a negative).
    * PostGrid Python SDK README: postgrid.pm_key = 'test_sk_...' ("swap for your live API key").
    * Telnyx docs: Bearer API key; public code shows KEY + 32 uppercase hex (starting 01) + '_' +
      22 base62 characters.
    * Phaxio docs/SDKs: API key + API secret sent as basic auth to api.phaxio.com/v2.1; public
      code shows both as 40 lowercase alphanumerics.
    * Documo: "Authorization: Basic <API_KEY>" (raw key, no base64); keys are HS256 JWTs whose
      payload holds userId, accountId (UUIDs) and iat.
    * SRFax: POST to www.srfax.com/SRF_SecWebSvc.php with access_id (number) + access_pwd.
    * PrintNode: api.printnode.com, key as basic-auth username with empty password; a 43-char
      alphanumeric key seen in public code.
    * Stannp: dash.stannp.com/api/v1, api_key query parameter or basic auth with the key as
      user; a 24-hex key seen in public code.
    * Docmosis Cloud: accessKey field posted to https://<region>.dws4.docmosis.com/api/render;
      public code shows base64("<uuid>:<digits>") without padding.
    * Canada Post: "Key Number (Username : Password)", 16-char username and 22-char password;
      the published sandbox pair 6e93d53968881714:0bfa9fcb9853d1f51ee57a is a negative here.
    * USPS Web Tools: user ID and password from registration, USERID (and since 2024 PASSWORD)
      attributes in the XML request; public code shows USERIDs of 3 digits + 5 letters + 4 digits.
    * InterFAX: rest.interfax.net with basic auth username:password.
    * Click2Mail: (stage-)rest.click2mail.com/molpro with basic auth username:password.
    * Gelato: X-API-KEY header to order.gelatoapis.com; Prodigi: X-API-Key header to
      api.prodigi.com/v4.0; Royal Mail Click & Drop: api.parcel.royalmail.com/api/v1 with the
      key in Authorization; DHL eCommerce Americas: OAuth2 client credentials at
      api.dhlecs.com/auth/v4/accesstoken.
    * Twilio: Account SID AC + 32 hex, Auth Token 32 hex; Postmark: server token (UUID) in
      X-Postmark-Server-Token, inbound webhook URLs may carry basic-auth credentials.

DOUBTS
    * Lob publishable key body length (31 hex used) is not confirmed.
    * PostGrid key body (22 base62 after test_sk_/live_sk_) is a guess: only the prefixes are
      documented.
    * Stannp (24 hex) and PrintNode (43 alphanumerics) lengths come from one public sample each.
    * Gelato key shape (uuid-uuid:uuid), Prodigi and Royal Mail Click & Drop keys (UUID), Peecho
      secret (32 hex), DHL eCommerce client_id/client_secret lengths, USPS password shape
      (12 upper-case alphanumerics) and eFax Developer field names could not be confirmed in
      the documentation available.
    * Sinch Fax (Phaxio's successor) key formats were not found; Phaxio-style pairs are used.
    * Whether a bare Twilio Account SID, Telnyx connection id or Canada Post customer number
      should ever be reported is debatable; they only appear as companions/look-alikes.
"""
import base64
import json
import os
import random
import re
import sys
import textwrap

N_POS = 500
N_NEG = 500

HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
B62 = DIG + UPP + LOW
LOWNUM = LOW + DIG
B64URL = B62 + "-_"

FIRST = ["Maria", "James", "Aisha", "Chen", "Olivia", "Diego", "Priya", "Liam", "Fatima", "Noah",
         "Sofia", "Ethan", "Hana", "Mateo", "Grace", "Omar", "Ingrid", "Lucas", "Zoe", "Kwame"]
LAST = ["Garcia", "Smith", "Okafor", "Nguyen", "Johnson", "Rossi", "Patel", "Kowalski", "Silva",
        "Brown", "Muller", "Tanaka", "Lee", "Haddad", "Martin", "Larsen", "Dubois", "Walker"]
STREETS = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Market St", "Pine St", "Elm St",
           "Washington Blvd", "Lakeview Rd", "Harbor Way", "Mill Rd", "Park Pl", "Sunset Ave"]
CITIES = [("San Francisco", "CA", "941"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
          ("Denver", "CO", "802"), ("Chicago", "IL", "606"), ("Boston", "MA", "021"),
          ("Seattle", "WA", "981"), ("Atlanta", "GA", "303"), ("Madison", "WI", "537"),
          ("Raleigh", "NC", "276"), ("Phoenix", "AZ", "850"), ("Columbus", "OH", "432")]
UK_CITIES = [("Leeds", "LS1 4DT"), ("Bristol", "BS1 5TR"), ("Manchester", "M1 2HF"),
             ("Glasgow", "G2 8LR"), ("Cardiff", "CF10 1EP"), ("Norwich", "NR2 1SF")]
CA_CITIES = [("Ottawa", "ON", "K1P 5G4"), ("Calgary", "AB", "T2P 1J9"), ("Halifax", "NS", "B3J 1S9"),
             ("Winnipeg", "MB", "R3C 4T3"), ("Victoria", "BC", "V8W 1P6")]
COMPANIES = ["Acme Dental", "Northwind Clinics", "Bluebird Realty", "Harbor Legal Group",
             "Pinecrest Insurance", "Sunrise Pharmacy", "Keystone Property Mgmt", "Orchard Vet Care",
             "Summit Credit Union", "Redwood Home Loans", "Meridian Health", "Copperleaf Studios"]
WORDS = ["harbor", "maple", "falcon", "copper", "tundra", "violet", "quartz", "orchid", "ember",
         "juniper", "cobalt", "saffron", "glacier", "lantern", "meadow", "pepper", "sierra", "willow",
         "basalt", "marlin", "thistle", "canyon", "ferrous", "nimbus"]
PROJECTS = ["mailroom", "postbox", "letterdesk", "faxbridge", "printhub", "docship", "outbound",
            "carrierkit", "labelworks", "paperplane"]


def fill(text, **kw):
    """Replace <<name>> tokens; dedent; ensure trailing newline."""
    text = textwrap.dedent(text)
    if text.startswith("\n"):
        text = text[1:]

    def rep(m):
        k = m.group(1)
        if k not in kw:
            raise KeyError(k)
        return str(kw[k])
    out = re.sub(r"<<([a-z_0-9]+)>>", rep, text)
    if not out.endswith("\n"):
        out += "\n"
    return out


class G:
    """Random helpers bound to the single Random instance."""

    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEXL, n)

    def digits(self, n):
        return self.r.choice("123456789") + self.s(DIG, n - 1)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def pick(self, seq):
        return self.r.choice(seq)

    def name(self):
        return "%s %s" % (self.pick(FIRST), self.pick(LAST))

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def street(self):
        return "%d %s" % (self.r.randint(10, 9899), self.pick(STREETS))

    def cityzip(self):
        c, st, z = self.pick(CITIES)
        return c, st, z + self.s(DIG, 2)

    def company(self):
        return self.pick(COMPANIES)

    def phone(self):
        return "+1%s555%s" % (self.pick(["206", "312", "415", "512", "617", "720", "919"]),
                               self.s(DIG, 4))

    def date(self, year=None):
        y = year or self.r.choice([2023, 2024, 2025])
        return "%04d-%02d-%02d" % (y, self.r.randint(1, 12), self.r.randint(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.r.randint(0, 23), self.r.randint(0, 59),
                                       self.r.randint(0, 59))

    def logts(self):
        return "%s %02d:%02d:%02d,%03d" % (self.date(), self.r.randint(0, 23), self.r.randint(0, 59),
                                           self.r.randint(0, 59), self.r.randint(0, 999))

    def epoch(self):
        return self.r.randint(1680000000, 1760000000)

    def word(self):
        return self.pick(WORDS)

    def project(self):
        return self.pick(PROJECTS)

    def password(self):
        style = self.r.randint(0, 2)
        if style == 0:
            w1, w2 = self.word(), self.word()
            return "%s%s%s%d%s" % (w1.capitalize(), self.pick("-_.+~"), w2.capitalize(),
                                   self.r.randint(10, 9999), self.pick("-_.+~"))
        if style == 1:
            base = self.s(B62, self.r.randint(13, 20))
            pos = self.r.randint(2, len(base) - 2)
            return base[:pos] + self.pick("-_.~+") + self.s(DIG, 1) + base[pos:]
        return "%s%d%s%s" % (self.word().capitalize(), self.r.randint(1000, 9999),
                             self.pick("-_.~+"), self.s(B62, 7))

    def lob_id(self, prefix):
        return "%s_%s" % (prefix, self.hexs(16))

    def impb(self):
        return "9400" + self.s(DIG, 18)

    def rm_tracking(self):
        return self.s(UPP, 2) + self.s(DIG, 9) + "GB"

    def cp_pin(self):
        return self.s(DIG, 16)

    def dhl_tracking(self):
        return "GM" + self.s(DIG, 18)

    def sha256(self):
        return self.hexs(64)

    def b64(self, nbytes):
        raw = bytes(self.r.randint(0, 255) for _ in range(nbytes))
        return base64.b64encode(raw).decode()


# ---------------------------------------------------------------------------------------------
# Secret generators: return a slot dict. 'secret' is the needle; 'id' a companion value (for a
# pair the non-secret or less-secret half); 'pub' a public value that may appear alongside.
# ---------------------------------------------------------------------------------------------

def _jwt_b64(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def sec_lob(g):
    env = g.pick(["test", "live", "live"])
    return {"secret": "%s_%s" % (env, g.hexs(35)), "pub": "%s_pub_%s" % (env, g.hexs(31)),
            "env": env, "id": ""}


def sec_postgrid(g):
    env = g.pick(["test", "live"])
    return {"secret": "%s_sk_%s" % (env, g.s(B62, 22)), "env": env, "id": ""}


def sec_click2mail(g):
    return {"secret": g.password(), "id": g.pick(["acme-ops", "mailroom_api", "billing.notices",
                                                    "c2m-%s" % g.word()])}


def sec_stannp(g):
    return {"secret": g.hexs(24), "id": ""}


def sec_phaxio(g):
    return {"secret": g.s(LOWNUM, 40), "id": g.s(LOWNUM, 40)}


def sec_documo(g):
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = _jwt_b64({"userId": g.uuid(), "accountId": g.uuid(), "iat": g.epoch()})
    return {"secret": "%s.%s.%s" % (head, body, g.s(B64URL, 43)), "id": ""}


def sec_srfax(g):
    return {"secret": g.password(), "id": g.digits(g.pick([5, 6]))}


def sec_efax(g):
    return {"secret": g.password(), "id": g.pick(["faxops", "acme_efax", "records-dept"]),
            "acct": g.digits(10)}


def sec_interfax(g):
    return {"secret": g.password(), "id": g.pick(["acmefax", "clinic_fax", "legal-docs", "ops.%s" % g.word()])}


def sec_telnyx(g):
    return {"secret": "KEY01%s_%s" % (g.s(HEXU, 30), g.s(B62, 22)), "id": g.digits(19)}


def sec_twilio(g):
    return {"secret": g.hexs(32), "id": "AC" + g.hexs(32)}


def sec_printnode(g):
    return {"secret": g.s(B62, 43), "id": g.digits(8)}


def sec_gelato(g):
    return {"secret": "%s-%s:%s" % (g.uuid(), g.uuid(), g.uuid()), "id": ""}


def sec_prodigi(g):
    return {"secret": g.uuid(), "id": ""}


def sec_peecho(g):
    return {"secret": g.hexs(32), "id": g.s(HEXL, 20)}


def sec_docmosis(g):
    raw = ("%s:%s" % (g.uuid(), g.digits(9))).encode()
    return {"secret": base64.b64encode(raw).decode().rstrip("="), "id": ""}


def sec_postmark(g):
    return {"secret": g.uuid(), "id": ""}


def sec_postmark_hook(g):
    return {"secret": g.password().replace("+", "-").replace("~", "_"), "id": g.pick(["postmark", "inbound", "pm-hook"])}


def sec_usps(g):
    secret = g.s(DIG, 3) + g.s(UPP, 2) + g.s(DIG, 2) + g.s(UPP, 2) + g.s(DIG, 3)
    uid = g.s(DIG, 3) + g.s(UPP, 5) + g.s(DIG, 4)
    return {"secret": secret, "id": uid}


def sec_canadapost(g):
    return {"secret": g.s(LOWNUM, 22), "id": g.s(LOWNUM, 16), "cust": "000" + g.digits(7)}


def sec_royalmail(g):
    return {"secret": g.uuid(), "id": ""}


def sec_dhl(g):
    return {"secret": g.s(B62, 16), "id": g.s(B62, 32)}


SECRETS = {
    "lob": sec_lob, "postgrid": sec_postgrid, "click2mail": sec_click2mail, "stannp": sec_stannp,
    "phaxio": sec_phaxio, "documo": sec_documo, "srfax": sec_srfax, "efax": sec_efax,
    "interfax": sec_interfax, "telnyx": sec_telnyx, "twilio": sec_twilio, "printnode": sec_printnode,
    "gelato": sec_gelato, "prodigi": sec_prodigi, "peecho": sec_peecho, "docmosis": sec_docmosis,
    "postmark": sec_postmark, "postmark_hook": sec_postmark_hook, "usps": sec_usps,
    "canadapost": sec_canadapost, "royalmail": sec_royalmail, "dhl": sec_dhl,
}

# Documented examples (from providers' READMEs / docs) - used only in negatives.
DOC_EXAMPLES = {
    "lob": ("test_0dc8d51e0acffcb1880e0f19c79b2f5b0cc", ""),
    "canadapost": ("0bfa9fcb9853d1f51ee57a", "6e93d53968881714"),
    "phaxio": ("22222", "11111"),
    "postgrid": ("test_sk_...", ""),
    "telnyx": ("KEY01234_yoursecretkey", ""),
    "twilio": ("your_auth_token", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
    "printnode": ("YOUR_API_KEY", ""),
    "prodigi": ("your-api-key", ""),
    "gelato": ("your_gelato_api_key_here", ""),
    "usps": ("PASSWORD", "XXXXXXXXXXXX"),
}

ENV_NAMES = {
    "lob": ("LOB_API_KEY", "LOB_ENV"), "postgrid": ("POSTGRID_API_KEY", "POSTGRID_MODE"),
    "click2mail": ("C2M_PASSWORD", "C2M_USERNAME"), "stannp": ("STANNP_API_KEY", "STANNP_ACCOUNT"),
    "phaxio": ("PHAXIO_API_SECRET", "PHAXIO_API_KEY"), "documo": ("DOCUMO_API_KEY", "DOCUMO_ACCOUNT"),
    "srfax": ("SRFAX_ACCESS_PWD", "SRFAX_ACCESS_ID"), "efax": ("EFAX_PASSWORD", "EFAX_USERNAME"),
    "interfax": ("INTERFAX_PASSWORD", "INTERFAX_USERNAME"), "telnyx": ("TELNYX_API_KEY", "TELNYX_CONNECTION_ID"),
    "twilio": ("TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID"), "printnode": ("PRINTNODE_API_KEY", "PRINTNODE_PRINTER_ID"),
    "gelato": ("GELATO_API_KEY", "GELATO_STORE"), "prodigi": ("PRODIGI_API_KEY", "PRODIGI_ENV"),
    "peecho": ("PEECHO_SECRET", "PEECHO_MERCHANT_KEY"), "docmosis": ("DOCMOSIS_ACCESS_KEY", "DOCMOSIS_REGION"),
    "postmark": ("POSTMARK_SERVER_TOKEN", "POSTMARK_STREAM"),
    "postmark_hook": ("POSTMARK_INBOUND_PASSWORD", "POSTMARK_INBOUND_USER"),
    "usps": ("USPS_WEBTOOLS_PASSWORD", "USPS_WEBTOOLS_USERID"), "canadapost": ("CANADAPOST_PASSWORD", "CANADAPOST_USERNAME"),
    "royalmail": ("CLICKDROP_API_KEY", "CLICKDROP_CHANNEL"), "dhl": ("DHL_CLIENT_SECRET", "DHL_CLIENT_ID"),
}

NEG_CATEGORIES = ["placeholder", "placeholder", "empty", "masked", "env_reference", "env_reference",
                  "secret_manager_reference", "template_expression", "doc_example", "public_value"]


def neg_slot(g, provider, cat):
    """Slot dict for a negative re-use of a positive template: nothing in it is a credential."""
    real = SECRETS[provider](g)
    ename, iname = ENV_NAMES[provider]
    slot = dict(real)
    slot["neg"] = True
    if cat == "doc_example" and provider not in DOC_EXAMPLES:
        cat = "placeholder"
    if cat == "public_value" and provider != "lob":
        cat = g.pick(["masked", "placeholder", "env_reference"])
    if cat == "placeholder":
        cands = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                 "REPLACE_ME", "<%s>" % ename, "your_%s_here" % ename.lower(), "TODO-fill-in",
                 "<secret>", "insert-key-here"]
        if provider == "lob":
            cands += ["test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "live_<your-secret-key>"]
        if provider == "postgrid":
            cands += ["live_sk_XXXXXXXXXXXXXXXXXXXX", "test_sk_your_key"]
        if provider == "telnyx":
            cands += ["KEYXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXX"]
        slot["secret"] = g.pick(cands)
        slot["id"] = g.pick(["<your-username>", "YOUR_ACCOUNT_ID", "your-key-id", "xxxxxxxx"])
    elif cat == "empty":
        slot["secret"] = ""
        slot["id"] = ""
    elif cat == "masked":
        cands = ["********", "****************", "[REDACTED]", "<redacted>", "***", "[FILTERED]"]
        if provider == "lob":
            cands.append("%s_%s" % (real["env"], "*" * 35))
        if provider == "telnyx":
            cands.append("KEY01" + "*" * 30 + "_" + "*" * 22)
        slot["secret"] = g.pick(cands)
        slot["id"] = g.pick(["****", "[REDACTED]", "xxxx"])
    elif cat == "env_reference":
        form = g.pick(["${%s}", "$%s", "%%%s%%", "${env:%s}", "#{%s}#", "${%s:?missing}"])
        slot["secret"] = form % ename
        slot["id"] = form % iname
    elif cat == "secret_manager_reference":
        p = provider.replace("_", "-")
        cands = ["op://Mailroom/%s/credential" % p,
                 "vault:secret/data/%s#api_secret" % p,
                 "arn:aws:secretsmanager:us-east-1:%s:secret:prod/%s-%s" % (g.digits(12), p, g.s(B62, 6)),
                 "projects/%s-prod/secrets/%s-key/versions/latest" % (g.project(), p),
                 "azurekeyvault://kv-%s/secrets/%s-secret" % (g.project(), p),
                 "sm://%s/%s" % (g.project(), p)]
        slot["secret"] = g.pick(cands)
        slot["id"] = "op://Mailroom/%s/username" % p
    elif cat == "template_expression":
        key = ename.lower()
        slot["secret"] = g.pick(["{{ %s }}" % key, "{{ .Values.mail.%s }}" % key.replace("_", ""),
                                 "{{ vault_%s }}" % key, "<%%= ENV['%s'] %%>" % ename,
                                 "@@%s@@" % ename, "__%s__" % ename])
        slot["id"] = "{{ %s }}" % iname.lower()
    elif cat == "doc_example":
        sec, idv = DOC_EXAMPLES[provider]
        slot["secret"] = sec
        if idv:
            slot["id"] = idv
    elif cat == "public_value":
        slot["secret"] = real["pub"]
    if provider in ("twilio",) and cat not in ("doc_example", "empty"):
        slot["id"] = real["id"]          # an Account SID alone is an identifier
    if provider in ("srfax", "click2mail", "interfax", "efax") and cat in ("placeholder", "masked"):
        slot["id"] = real["id"]          # user names / account numbers are not secrets
    return slot, cat


POS_TEMPLATES = []   # (func, provider, kind, conventional)
NEG_TEMPLATES = []   # (func, kind)


def pos(provider, kind, conv):
    def deco(f):
        POS_TEMPLATES.append((f, provider, kind, conv))
        return f
    return deco


def neg(kind):
    def deco(f):
        NEG_TEMPLATES.append((f, kind))
        return f
    return deco


def q(s):
    """JSON-ish double-quoted literal for a slot (slots never contain quotes/backslashes)."""
    return '"%s"' % s


# =============================================================================================
# Positive templates (also re-used, with non-secret slots, for half of the negatives)
# =============================================================================================

@pos("lob", "api_secret_key", True)
def p_lob_py(g, s):
    c, st, z = g.cityzip()
    return "mailers/lob_client.py", fill('''
        """Thin wrapper around the Lob Print & Mail API used by the statements job."""
        import logging

        import lob_python
        from lob_python.api.letters_api import LettersApi
        from lob_python.model.letter_editable import LetterEditable

        log = logging.getLogger(__name__)

        LOB_API_KEY = "<<k>>"
        RETURN_ADDRESS_ID = "<<adr>>"
        STATEMENT_TEMPLATE_ID = "<<tmpl>>"

        configuration = lob_python.Configuration(username=LOB_API_KEY)


        def send_statement(customer):
            """Mail a monthly statement letter to one customer."""
            with lob_python.ApiClient(configuration) as api_client:
                api = LettersApi(api_client)
                letter = LetterEditable(
                    description="Statement %s" % customer["account_no"],
                    to={
                        "name": customer["name"],
                        "address_line1": customer["line1"],
                        "address_city": customer.get("city", "<<city>>"),
                        "address_state": customer.get("state", "<<st>>"),
                        "address_zip": customer.get("zip", "<<zip>>"),
                    },
                    _from=RETURN_ADDRESS_ID,
                    file=STATEMENT_TEMPLATE_ID,
                    color=False,
                    use_type="operational",
                )
                created = api.create(letter)
                log.info("queued letter %s (expected %s)", created.id, created.expected_delivery_date)
                return created.id
    ''', k=s["secret"], adr=g.lob_id("adr"), tmpl="tmpl_" + g.hexs(15), city=c, st=st, zip=z)


@pos("lob", "api_secret_key", False)
def p_lob_js(g, s):
    return "src/services/postcards.js", fill('''
        'use strict';

        const path = require('path');
        const Lob = require('lob')('<<k>>');
        const { renderFront } = require('../templates/postcard');

        const FROM_ADDRESS = '<<adr>>';
        const SIZE = '6x9';

        async function sendWelcomePostcard(member) {
          const front = await renderFront(member);
          return Lob.postcards.create({
            description: `Welcome card for ${member.id}`,
            to: {
              name: member.fullName,
              address_line1: member.address1,
              address_city: member.city,
              address_state: member.state,
              address_zip: member.zip,
            },
            from: FROM_ADDRESS,
            front,
            back: path.join(__dirname, '..', 'templates', 'back.html'),
            size: SIZE,
            metadata: { member_id: String(member.id) },
          });
        }

        module.exports = { sendWelcomePostcard };
    ''', k=s["secret"], adr=g.lob_id("adr"))


@pos("lob", "api_secret_key", False)
def p_lob_ts(g, s):
    return "src/lib/lob.ts", fill('''
        import { Configuration, LettersApi, AddressesApi } from '@lob/lob-typescript-sdk';

        // one shared configuration for the whole worker
        const config = new Configuration({
          username: '<<k>>',
        });

        export const letters = new LettersApi(config);
        export const addresses = new AddressesApi(config);

        export const DEFAULT_MAIL_TYPE = 'usps_first_class';
        export const RETURN_ENVELOPE_ID = '<<env>>';

        export async function cancelLetter(id: string): Promise<boolean> {
          const res = await letters.cancel(id);
          return res.deleted === true;
        }
    ''', k=s["secret"], env="no_9_single_window")


@pos("lob", "api_secret_key", True)
def p_lob_rb(g, s):
    return "config/initializers/lob.rb", fill('''
        # frozen_string_literal: true

        require "lob"

        Lob.api_key = "<<k>>"

        Rails.application.config.x.lob = ActiveSupport::OrderedOptions.new.tap do |lob|
          lob.from_address_id = "<<adr>>"
          lob.check_bottom_template = "<<tmpl>>"
          lob.bank_account_id = "<<bank>>"
          lob.mail_type = "usps_first_class"
        end
    ''', k=s["secret"], adr=g.lob_id("adr"), tmpl="tmpl_" + g.hexs(15), bank=g.lob_id("bank"))


@pos("lob", "api_secret_key", False)
def p_lob_php(g, s):
    return "app/Services/LetterService.php", fill('''
        <?php

        namespace App\\Services;

        use App\\Models\\Tenant;
        use Illuminate\\Support\\Facades\\Log;

        class LetterService
        {
            private $lob;

            public function __construct()
            {
                $this->lob = new \\Lob\\Lob('<<k>>');
            }

            public function sendNotice(Tenant $tenant, string $pdfUrl): string
            {
                $letter = $this->lob->letters()->create([
                    'to' => [
                        'name' => $tenant->name,
                        'address_line1' => $tenant->street,
                        'address_city' => $tenant->city,
                        'address_state' => $tenant->state,
                        'address_zip' => $tenant->zip,
                    ],
                    'from' => '<<adr>>',
                    'file' => $pdfUrl,
                    'color' => false,
                    'extra_service' => 'certified',
                ]);
                Log::info('Lob letter created', ['id' => $letter['id']]);
                return $letter['id'];
            }
        }
    ''', k=s["secret"], adr=g.lob_id("adr"))


@pos("lob", "api_secret_key", False)
def p_lob_sh(g, s):
    c, st, z = g.cityzip()
    return "scripts/send_test_letter.sh", fill('''
        #!/usr/bin/env bash
        # Sends one test letter through Lob so QA can check the PDF rendering.
        set -euo pipefail

        PDF_URL="${1:-https://assets.<<proj>>.example.com/samples/letter.pdf}"

        curl -sS https://api.lob.com/v1/letters \\
          -u <<k>>: \\
          -d "description=QA test letter" \\
          -d "to[name]=<<name>>" \\
          -d "to[address_line1]=<<street>>" \\
          -d "to[address_city]=<<city>>" \\
          -d "to[address_state]=<<st>>" \\
          -d "to[address_zip]=<<zip>>" \\
          -d "from=<<adr>>" \\
          -d "file=${PDF_URL}" \\
          -d "color=false" | jq '.id, .expected_delivery_date'
    ''', k=s["secret"], proj=g.project(), name=g.name(), street=g.street(), city=c, st=st, zip=z,
        adr=g.lob_id("adr"))


@pos("lob", "api_secret_key", True)
def p_lob_yml(g, s):
    return "config/mail.yml", fill('''
        default: &default
          provider: lob
          lob:
            secret_key: "<<k>>"
            publishable_key: "<<pub>>"
            from_address: <<adr>>
            mail_type: usps_first_class
            use_type: operational
          retry:
            attempts: 3
            backoff_seconds: 30

        development:
          <<: *default

        production:
          <<: *default
          retry:
            attempts: 5
            backoff_seconds: 60
    ''', k=s["secret"], pub=s["pub"], adr=g.lob_id("adr"))


@pos("lob", "api_secret_key", False)
def p_lob_cs(g, s):
    return "src/Mailing/LobMailer.cs", fill('''
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using System.Threading.Tasks;

        namespace Contoso.Mailing
        {
            public sealed class LobMailer
            {
                private const string BaseUrl = "https://api.lob.com/v1/";
                private const string Secret = "<<k>>";
                private readonly HttpClient _http;

                public LobMailer(HttpClient http)
                {
                    _http = http;
                    _http.BaseAddress = new Uri(BaseUrl);
                    var raw = Encoding.ASCII.GetBytes(Secret + ":");
                    _http.DefaultRequestHeaders.Authorization =
                        new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
                }

                public Task<HttpResponseMessage> GetLetterAsync(string letterId) =>
                    _http.GetAsync("letters/" + letterId);
            }
        }
    ''', k=s["secret"])


@pos("lob", "api_secret_key", False)
def p_lob_tf(g, s):
    return "infra/mail/main.tf", fill('''
        terraform {
          required_providers {
            aws = {
              source  = "hashicorp/aws"
              version = "~> 5.40"
            }
          }
        }

        resource "aws_ssm_parameter" "lob" {
          name        = "/<<proj>>/prod/lob"
          description = "Print & mail API credential for the statements worker"
          type        = "SecureString"
          value       = "<<k>>"

          tags = {
            team    = "billing"
            service = "statements"
          }
        }

        resource "aws_ssm_parameter" "lob_from_address" {
          name  = "/<<proj>>/prod/lob_from_address"
          type  = "String"
          value = "<<adr>>"
        }
    ''', k=s["secret"], proj=g.project(), adr=g.lob_id("adr"))


@pos("lob", "api_secret_key", False)
def p_lob_md(g, s):
    return "docs/mail-integration.md", fill('''
        # Physical mail integration

        We send letters and postcards through Lob. The worker lives in `workers/mail/` and
        picks jobs from the `mail_outbox` queue.

        ## Staging

        For staging we share one account. Use this key when running the worker locally:

            <<k>>

        Letters created with it show up in the Lob dashboard under *Test* and are never printed.

        ## Useful ids

        | what              | id                     |
        |-------------------|------------------------|
        | return address    | `<<adr>>` |
        | statement template| `<<tmpl>>`       |

        Expected delivery is 4-6 business days for first class.
    ''', k=s["secret"], adr=g.lob_id("adr"), tmpl="tmpl_" + g.hexs(15))


@pos("lob", "api_secret_key", True)
def p_lob_envprod(g, s):
    path = ".env.sample" if s.get("neg") else ".env.production"
    return path, fill('''
        NODE_ENV=production
        PORT=8080
        LOG_LEVEL=info
        DATABASE_POOL=10
        MAIL_PROVIDER=lob
        LOB_API_KEY=<<k>>
        LOB_FROM_ADDRESS=<<adr>>
        SENTRY_ENVIRONMENT=production
        QUEUE_NAME=mail_outbox
    ''', k=s["secret"], adr=g.lob_id("adr"))


@pos("postgrid", "api_secret_key", True)
def p_postgrid_py(g, s):
    c, st, z = g.cityzip()
    return "billing/postgrid_letters.py", fill('''
        import postgrid

        postgrid.pm_key = '<<k>>'

        SENDER = {
            'company_name': '<<company>>',
            'address_line1': '<<street>>',
            'city': '<<city>>',
            'province_or_state': '<<st>>',
            'postal_or_zip': '<<zip>>',
            'country_code': 'US',
        }


        def mail_invoice(contact_id, pdf_path):
            with open(pdf_path, 'rb') as fh:
                return postgrid.Letter.create(
                    to=contact_id,
                    from_=SENDER,
                    pdf=fh,
                    address_placement='insert_blank_page',
                    double_sided=True,
                )
    ''', k=s["secret"], company=g.company(), street=g.street(), city=c, st=st, zip=z)


@pos("postgrid", "api_secret_key", False)
def p_postgrid_js(g, s):
    return "lib/postgrid.js", fill('''
        const axios = require('axios');

        const client = axios.create({
          baseURL: 'https://api.postgrid.com/print-mail/v1',
          timeout: 15000,
          headers: {
            'x-api-key': '<<k>>',
            'Content-Type': 'application/json',
          },
        });

        async function createPostcard(to, templateId) {
          const { data } = await client.post('/postcards', {
            to,
            from: '<<contact>>',
            frontTemplate: templateId,
            backTemplate: '<<tmpl>>',
            size: '6x4',
          });
          return data.id;
        }

        module.exports = { createPostcard };
    ''', k=s["secret"], contact="contact_" + g.s(B62, 22), tmpl="template_" + g.s(B62, 22))


@pos("postgrid", "api_secret_key", True)
def p_postgrid_json(g, s):
    return "config/postgrid.json", fill('''
        {
          "postgrid": {
            "apiKey": "<<k>>",
            "baseUrl": "https://api.postgrid.com/print-mail/v1",
            "defaultSender": "<<contact>>",
            "letterTemplate": "<<tmpl>>",
            "doubleSided": true,
            "color": false
          },
          "queue": {
            "name": "print-mail",
            "concurrency": 4
          }
        }
    ''', k=s["secret"], contact="contact_" + g.s(B62, 22), tmpl="template_" + g.s(B62, 22))


@pos("postgrid", "api_secret_key", False)
def p_postgrid_ini(g, s):
    return "settings/print_vendor.ini", fill('''
        ; print vendor settings for the notices batch
        [vendor]
        name = postgrid
        endpoint = https://api.postgrid.com/print-mail/v1
        token = <<k>>
        timeout = 20

        [batch]
        size = 250
        cutoff = 16:30
        timezone = America/New_York
    ''', k=s["secret"])


@pos("click2mail", "basic_auth_password", True)
def p_c2m_py(g, s):
    return "c2m/client.py", fill('''
        import requests
        from requests.auth import HTTPBasicAuth

        C2M_BASE = "https://rest.click2mail.com/molpro"
        C2M_USERNAME = "<<u>>"
        C2M_PASSWORD = "<<k>>"

        session = requests.Session()
        session.auth = HTTPBasicAuth(C2M_USERNAME, C2M_PASSWORD)
        session.headers["Accept"] = "application/xml"


        def upload_document(path, name):
            with open(path, "rb") as fh:
                resp = session.post(
                    C2M_BASE + "/documents",
                    data={"documentName": name, "documentClass": "Letter 8.5 x 11", "documentFormat": "PDF"},
                    files={"file": fh},
                    timeout=60,
                )
            resp.raise_for_status()
            return resp.text
    ''', k=s["secret"], u=s["id"])


@pos("click2mail", "basic_auth_password", False)
def p_c2m_sh(g, s):
    return "bin/c2m_upload.sh", fill('''
        #!/bin/sh
        # upload the weekly notice PDF and create an address list
        set -e
        DOC=${1:-out/notice.pdf}

        curl -s -X POST -u "<<u>>:<<k>>" \\
          -F "documentName=weekly-notice" \\
          -F "documentClass=Letter 8.5 x 11" \\
          -F "documentFormat=PDF" \\
          -F "file=@${DOC}" \\
          https://rest.click2mail.com/molpro/documents

        echo "uploaded ${DOC}"
    ''', k=s["secret"], u=s["id"])


@pos("click2mail", "basic_auth_password", False)
def p_c2m_java(g, s):
    return "src/main/java/com/acme/mail/Click2MailClient.java", fill('''
        package com.acme.mail;

        import org.apache.http.auth.AuthScope;
        import org.apache.http.auth.UsernamePasswordCredentials;
        import org.apache.http.client.CredentialsProvider;
        import org.apache.http.impl.client.BasicCredentialsProvider;
        import org.apache.http.impl.client.CloseableHttpClient;
        import org.apache.http.impl.client.HttpClients;

        public final class Click2MailClient {

            static final String BASE = "https://rest.click2mail.com/molpro";

            public static CloseableHttpClient build() {
                CredentialsProvider creds = new BasicCredentialsProvider();
                creds.setCredentials(AuthScope.ANY,
                        new UsernamePasswordCredentials("<<u>>", "<<k>>"));
                return HttpClients.custom()
                        .setDefaultCredentialsProvider(creds)
                        .build();
            }

            private Click2MailClient() {
            }
        }
    ''', k=s["secret"], u=s["id"])


@pos("click2mail", "basic_auth_password", True)
def p_c2m_props(g, s):
    return "src/main/resources/application-prod.properties", fill('''
        spring.application.name=notice-mailer
        server.port=8081
        spring.datasource.url=jdbc:postgresql://db.internal:5432/notices
        spring.datasource.username=notices_app
        click2mail.base-url=https://rest.click2mail.com/molpro
        click2mail.username=<<u>>
        click2mail.password=<<k>>
        click2mail.document-class=Letter 8.5 x 11
        click2mail.mail-class=First Class
        management.endpoints.web.exposure.include=health,info
    ''', k=s["secret"], u=s["id"])


@pos("stannp", "api_secret_key", True)
def p_stannp_py(g, s):
    return "stannp_sync.py", fill('''
        """Push new CRM contacts into a Stannp recipient group every night."""
        import csv
        import sys

        import requests

        STANNP_API_KEY = "<<k>>"
        GROUP_ID = <<grp>>
        BASE = "https://dash.stannp.com/api/v1"


        def add_recipient(row):
            r = requests.post(
                BASE + "/recipients/new",
                auth=(STANNP_API_KEY, ""),
                data={
                    "group_id": GROUP_ID,
                    "firstname": row["first"],
                    "lastname": row["last"],
                    "address1": row["address1"],
                    "city": row["city"],
                    "postcode": row["postcode"],
                    "country": "GB",
                },
                timeout=30,
            )
            r.raise_for_status()
            return r.json()["data"]["id"]


        if __name__ == "__main__":
            with open(sys.argv[1], newline="") as fh:
                for row in csv.DictReader(fh):
                    print(add_recipient(row))
    ''', k=s["secret"], grp=g.digits(5))


@pos("stannp", "api_secret_key", False)
def p_stannp_ts(g, s):
    return "src/campaigns/stannp.ts", fill('''
        import axios from 'axios';

        const ENDPOINT = 'https://dash.stannp.com/api/v1/letters/post?api_key=<<k>>';

        export interface LetterJob {
          pdfUrl: string;
          country: 'GB' | 'US';
          test: boolean;
        }

        export async function postLetter(job: LetterJob): Promise<number> {
          const form = new URLSearchParams({
            pdf: job.pdfUrl,
            country: job.country,
            test: job.test ? 'true' : 'false',
          });
          const res = await axios.post(ENDPOINT, form);
          return res.data.data.id as number;
        }
    ''', k=s["secret"])


@pos("stannp", "api_secret_key", False)
def p_stannp_php(g, s):
    return "config/services.php", fill('''
        <?php

        return [

            'mailgun' => [
                'domain' => env('MAILGUN_DOMAIN'),
                'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
            ],

            'stannp' => [
                'key' => '<<k>>',
                'region' => 'eu',
                'group' => <<grp>>,
                'test_mode' => false,
            ],

            'slack' => [
                'channel' => '#print-ops',
            ],
        ];
    ''', k=s["secret"], grp=g.digits(5))


@pos("phaxio", "api_key_secret_pair", True)
def p_phaxio_rb(g, s):
    return "config/initializers/phaxio.rb", fill('''
        require "phaxio"

        Phaxio.api_key = "<<id>>"
        Phaxio.api_secret = "<<k>>"
        Phaxio.callback_token = nil

        FAX_CALLER_ID = "<<phone>>".freeze
        FAX_HEADER_TEXT = "Records Dept".freeze
    ''', k=s["secret"], id=s["id"], phone=g.phone())


@pos("phaxio", "api_key_secret_pair", False)
def p_phaxio_js(g, s):
    return "fax/send.js", fill('''
        const fs = require('fs');
        const Phaxio = require('phaxio-official');

        const phaxio = new Phaxio('<<id>>', '<<k>>');

        async function faxReferral(toNumber, pdfPath) {
          const fax = await phaxio.faxes.create({
            to: toNumber,
            file: fs.createReadStream(pdfPath),
            header_text: 'Referral - confidential',
            caller_id: '<<phone>>',
          });
          return fax.id;
        }

        module.exports = { faxReferral };
    ''', k=s["secret"], id=s["id"], phone=g.phone())


@pos("phaxio", "api_key_secret_pair", False)
def p_phaxio_py(g, s):
    return "fax/phaxio_sender.py", fill('''
        from phaxio import PhaxioApi

        api = PhaxioApi('<<id>>',
                        '<<k>>')


        def fax_records(number, path):
            """Send medical records request, returns the Phaxio fax id."""
            response = api.Fax.send(
                to=[number],
                files=path,
                header_text='Medical Records Request',
                batch=False,
            )
            return response.data.id
    ''', k=s["secret"], id=s["id"])


@pos("phaxio", "api_key_secret_pair", True)
def p_phaxio_env(g, s):
    path = ".env.example" if s.get("neg") else ".env"
    return path, fill('''
        APP_URL=http://localhost:3000
        DATABASE_URL=postgres://fax:fax@localhost:5432/fax_dev
        FAX_BACKEND=phaxio
        PHAXIO_API_KEY=<<id>>
        PHAXIO_API_SECRET=<<k>>
        PHAXIO_CALLBACK_URL=https://fax.<<proj>>.example.com/phaxio-callback
        PUBLIC_API_URL=https://fax.<<proj>>.example.com
    ''', k=s["secret"], id=s["id"], proj=g.project())


@pos("phaxio", "api_key_secret_pair", True)
def p_phaxio_compose(g, s):
    return "deploy/docker-compose.yml", fill('''
        version: "3.9"
        services:
          faxbot:
            image: ghcr.io/<<proj>>/faxbot:1.8.2
            restart: unless-stopped
            ports:
              - "8080:8080"
            environment:
              FAX_BACKEND: phaxio
              PHAXIO_API_KEY: "<<id>>"
              PHAXIO_API_SECRET: "<<k>>"
              FAX_RETENTION_DAYS: "30"
            volumes:
              - fax-data:/var/lib/faxbot
          redis:
            image: redis:7-alpine
        volumes:
          fax-data: {}
    ''', k=s["secret"], id=s["id"], proj=g.project())


@pos("documo", "api_secret_key", False)
def p_documo_js(g, s):
    return "src/fax/documo.js", fill('''
        import FormData from 'form-data';
        import fetch from 'node-fetch';

        const API = 'https://api.documo.com/v1/faxes';

        export async function sendFax(faxNumber, buffer, coverText) {
          const form = new FormData();
          form.append('faxNumber', faxNumber);
          form.append('coverPage', 'true');
          form.append('subject', coverText);
          form.append('attachments', buffer, { filename: 'document.pdf' });

          const res = await fetch(API, {
            method: 'POST',
            headers: {
              Authorization: 'Basic <<k>>',
              ...form.getHeaders(),
            },
            body: form,
          });
          if (!res.ok) throw new Error(`documo ${res.status}`);
          return (await res.json()).messageId;
        }
    ''', k=s["secret"])


@pos("documo", "api_secret_key", True)
def p_documo_py(g, s):
    return "integrations/documo.py", fill('''
        import httpx

        DOCUMO_BASE_URL = "https://api.documo.com/v1"
        DOCUMO_API_KEY = "<<k>>"


        async def download_fax_pdf(message_id: str) -> bytes:
            url = f"{DOCUMO_BASE_URL}/fax/{message_id}/download?format=pdf"
            headers = {"Authorization": f"Basic {DOCUMO_API_KEY}"}
            async with httpx.AsyncClient(timeout=30) as client:
                resp = await client.get(url, headers=headers)
                resp.raise_for_status()
                return resp.content
    ''', k=s["secret"])


@pos("documo", "api_secret_key", False)
def p_documo_php(g, s):
    return "src/Fax/DocumoFactory.php", fill('''
        <?php

        namespace App\\Fax;

        use Bean\\Mdoc\\Client;

        final class DocumoFactory
        {
            public static function make(): Client
            {
                return new Client('<<k>>');
            }

            public static function defaultCoverPage(): string
            {
                return '<<cover>>';
            }
        }
    ''', k=s["secret"], cover=g.uuid())


@pos("srfax", "access_password", True)
def p_srfax_py(g, s):
    return "srfax/queue.py", fill('''
        import base64
        import requests

        SRFAX_URL = "https://www.srfax.com/SRF_SecWebSvc.php"


        def queue_fax(to_number, pdf_bytes, filename="document.pdf"):
            payload = {
                "action": "Queue_Fax",
                "access_id": <<id>>,
                "access_pwd": "<<k>>",
                "sCallerID": "<<caller>>",
                "sSenderEmail": "fax@<<proj>>.example.com",
                "sFaxType": "SINGLE",
                "sToFaxNumber": to_number,
                "sFileName_1": filename,
                "sFileContent_1": base64.b64encode(pdf_bytes).decode(),
            }
            r = requests.post(SRFAX_URL, data=payload, timeout=60)
            r.raise_for_status()
            body = r.json()
            if body.get("Status") != "Success":
                raise RuntimeError(body.get("Result"))
            return body["Result"]
    ''', k=s["secret"], id=s["id"] if s["id"].isdigit() else '"%s"' % s["id"],
        caller=g.s(DIG, 10), proj=g.project())


@pos("srfax", "access_password", True)
def p_srfax_json(g, s):
    return "src/Clinic.Api/appsettings.Production.json", fill('''
        {
          "Logging": {
            "LogLevel": {
              "Default": "Information",
              "Microsoft.AspNetCore": "Warning"
            }
          },
          "AllowedHosts": "*",
          "SRFax": {
            "Endpoint": "https://www.srfax.com/SRF_SecWebSvc.php",
            "AccessId": "<<id>>",
            "AccessPassword": "<<k>>",
            "CallerId": "<<caller>>",
            "PollIntervalSeconds": 120
          }
        }
    ''', k=s["secret"], id=s["id"], caller=g.s(DIG, 10))


@pos("srfax", "access_password", False)
def p_srfax_java(g, s):
    return "src/main/java/org/clinic/fax/SrFaxGateway.java", fill('''
        package org.clinic.fax;

        import java.net.URI;
        import java.net.http.HttpClient;
        import java.net.http.HttpRequest;
        import java.util.Map;

        public class SrFaxGateway {

            private static final URI ENDPOINT = URI.create("https://www.srfax.com/SRF_SecWebSvc.php");
            private final String account = "<<id>>";
            private final String pwd = "<<k>>";
            private final HttpClient http = HttpClient.newHttpClient();

            Map<String, String> baseParams(String action) {
                return Map.of(
                        "action", action,
                        "access_id", account,
                        "access_pwd", pwd,
                        "sResponseFormat", "JSON");
            }

            HttpRequest.Builder request() {
                return HttpRequest.newBuilder(ENDPOINT)
                        .header("Content-Type", "application/x-www-form-urlencoded");
            }
        }
    ''', k=s["secret"], id=s["id"])


@pos("efax", "access_password", True)
def p_efax_xml(g, s):
    return "efax/outbound_request.xml", fill('''
        <?xml version="1.0" encoding="UTF-8"?>
        <OutboundRequest>
          <AccessControl>
            <UserName><<u>></UserName>
            <Password><<k>></Password>
          </AccessControl>
          <Transmission>
            <TransmissionControl>
              <TransmissionID>REF-<<ref>></TransmissionID>
              <Resolution>FINE</Resolution>
              <Priority>NORMAL</Priority>
              <SelfBusy>ENABLE</SelfBusy>
              <FaxHeader>Claims Department</FaxHeader>
            </TransmissionControl>
            <DispositionControl>
              <DispositionLevel>BOTH</DispositionLevel>
              <DispositionMethod>EMAIL</DispositionMethod>
              <DispositionEmails>
                <DispositionEmail>
                  <DispositionAddress>faxops@<<proj>>.example.com</DispositionAddress>
                </DispositionEmail>
              </DispositionEmails>
            </DispositionControl>
            <Recipients>
              <Recipient>
                <RecipientName><<name>></RecipientName>
                <RecipientFax><<fax>></RecipientFax>
              </Recipient>
            </Recipients>
          </Transmission>
        </OutboundRequest>
    ''', k=s["secret"], u=s["id"], ref=g.digits(8), proj=g.project(), name=g.name(),
        fax=g.s(DIG, 10))


@pos("efax", "access_password", False)
def p_efax_py(g, s):
    return "tools/efax_send.py", fill('''
        import sys
        from xml.sax.saxutils import escape

        import requests

        EFAX_URL = "https://secure.efaxdeveloper.com/EFax_WebFax.serv"
        account_id = "<<acct>>"
        login = "<<u>>"
        efax_pw = "<<k>>"

        TEMPLATE = """<?xml version="1.0"?>
        <OutboundRequest>
          <AccessControl><UserName>{user}</UserName><Password>{pw}</Password></AccessControl>
          <Transmission><Recipients><Recipient><RecipientFax>{to}</RecipientFax></Recipient></Recipients></Transmission>
        </OutboundRequest>"""


        def main(to_number):
            body = TEMPLATE.format(user=escape(login), pw=escape(efax_pw), to=escape(to_number))
            resp = requests.post(EFAX_URL, data={"id": account_id, "xml": body, "respond": "XML"})
            print(resp.status_code, resp.text[:200])


        if __name__ == "__main__":
            main(sys.argv[1])
    ''', k=s["secret"], u=s["id"], acct=s["acct"])


@pos("interfax", "basic_auth_password", False)
def p_interfax_rb(g, s):
    return "lib/fax/interfax_client.rb", fill('''
        require "interfax"

        module Fax
          class InterfaxClient
            def initialize
              @client = InterFAX::Client.new(username: "<<u>>", password: "<<k>>")
            end

            def deliver(number, path)
              fax = @client.deliver(faxNumber: number, file: path)
              Rails.logger.info("interfax queued #{fax.id}")
              fax.id
            end

            def status(id)
              @client.outbound.find(id).status
            end
          end
        end
    ''', k=s["secret"], u=s["id"])


@pos("interfax", "basic_auth_password", False)
def p_interfax_cs(g, s):
    return "Services/InterfaxService.cs", fill('''
        using System.Net;
        using System.Net.Http;

        namespace Legal.Docs.Services
        {
            public class InterfaxService
            {
                private readonly HttpClient _client;

                public InterfaxService()
                {
                    var handler = new HttpClientHandler
                    {
                        Credentials = new NetworkCredential("<<u>>", "<<k>>"),
                        PreAuthenticate = true,
                    };
                    _client = new HttpClient(handler) { BaseAddress = new System.Uri("https://rest.interfax.net/") };
                }

                public HttpClient Client => _client;
            }
        }
    ''', k=s["secret"], u=s["id"])


@pos("interfax", "basic_auth_password", True)
def p_interfax_ini(g, s):
    return "conf/fax.ini", fill('''
        [general]
        spool_dir = /var/spool/faxout
        max_retries = 3

        [interfax]
        host = rest.interfax.net
        username = <<u>>
        password = <<k>>
        page_header = To: {To} From: {From} Pages: {TotalPages}

        [archive]
        bucket = fax-archive-<<proj>>
        retention_days = 2555
    ''', k=s["secret"], u=s["id"], proj=g.project())


@pos("telnyx", "api_secret_key", True)
def p_telnyx_py(g, s):
    return "notify/telnyx_fax.py", fill('''
        import telnyx

        telnyx.api_key = "<<k>>"

        CONNECTION_ID = "<<conn>>"
        FROM_NUMBER = "<<phone>>"


        def send(to, media_url):
            fax = telnyx.Fax.create(
                connection_id=CONNECTION_ID,
                media_url=media_url,
                to=to,
                from_=FROM_NUMBER,
                quality="high",
            )
            return fax.id
    ''', k=s["secret"], conn=g.digits(19), phone=g.phone())


@pos("telnyx", "api_secret_key", False)
def p_telnyx_js(g, s):
    return "services/fax.js", fill('''
        const telnyx = require('telnyx')('<<k>>');

        const CONNECTION = '<<conn>>';

        exports.sendFax = async (to, from, mediaUrl) => {
          const { data } = await telnyx.faxes.create({
            connection_id: CONNECTION,
            to,
            from,
            media_url: mediaUrl,
          });
          return data.id;
        };
    ''', k=s["secret"], conn=g.digits(19))


@pos("telnyx", "api_secret_key", False)
def p_telnyx_sh(g, s):
    return "scripts/fax_status.sh", fill('''
        #!/usr/bin/env bash
        # usage: fax_status.sh <fax-id>
        set -euo pipefail
        FAX_ID="$1"

        curl -s -X GET \\
          --header "Accept: application/json" \\
          --header "Authorization: Bearer <<k>>" \\
          "https://api.telnyx.com/v2/faxes/${FAX_ID}" | jq '.data.status, .data.page_count'
    ''', k=s["secret"])


@pos("telnyx", "api_secret_key", True)
def p_telnyx_gha(g, s):
    return ".github/workflows/fax-smoke.yml", fill('''
        name: fax smoke test
        on:
          schedule:
            - cron: "15 6 * * 1-5"
          workflow_dispatch: {}

        jobs:
          smoke:
            runs-on: ubuntu-latest
            env:
              TELNYX_API_KEY: <<k>>
              FAX_TO: "<<phone>>"
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.12"
              - run: pip install -r requirements.txt
              - run: python -m smoke.fax --to "$FAX_TO" --media https://example.com/test.pdf
    ''', k=s["secret"], phone=g.phone())


@pos("twilio", "api_key_secret_pair", False)
def p_twilio_py(g, s):
    return "legacy/twilio_fax.py", fill('''
        # Legacy Programmable Fax sender (kept for the 2019 clinics still on it)
        from twilio.rest import Client

        client = Client("<<id>>", "<<k>>")


        def send_fax(to, media_url):
            fax = client.fax.faxes.create(
                from_="<<phone>>",
                to=to,
                media_url=media_url,
                quality="fine",
            )
            return fax.sid
    ''', k=s["secret"], id=s["id"], phone=g.phone())


@pos("twilio", "api_key_secret_pair", True)
def p_twilio_php(g, s):
    return "legacy/fax_config.php", fill('''
        <?php
        // Fax settings - included by send_fax.php and fax_status.php
        define('TWILIO_ACCOUNT_SID', '<<id>>');
        define('TWILIO_AUTH_TOKEN', '<<k>>');
        define('FAX_FROM', '<<phone>>');
        define('FAX_QUALITY', 'fine');
        define('FAX_STATUS_CALLBACK', 'https://intranet.example.com/fax/status.php');
    ''', k=s["secret"], id=s["id"], phone=g.phone())


@pos("twilio", "api_key_secret_pair", False)
def p_twilio_sh(g, s):
    return "ops/resend_fax.sh", fill('''
        #!/bin/bash
        # resend a fax document through the old Twilio fax endpoint
        MEDIA_URL="$1"
        TO="$2"

        curl -X POST https://fax.twilio.com/v1/Faxes \\
          --data-urlencode "From=<<phone>>" \\
          --data-urlencode "To=${TO}" \\
          --data-urlencode "MediaUrl=${MEDIA_URL}" \\
          -u <<id>>:<<k>>
    ''', k=s["secret"], id=s["id"], phone=g.phone())


@pos("printnode", "api_secret_key", False)
def p_printnode_js(g, s):
    return "print/printnode.js", fill('''
        const PRINTER_ID = <<pid>>;

        export async function printLabel(pdfBase64, orderNo) {
          const res = await fetch('https://api.printnode.com/printjobs', {
            method: 'POST',
            headers: {
              Authorization: 'Basic ' + Buffer.from('<<k>>:').toString('base64'),
              'Content-Type': 'application/json',
            },
            body: JSON.stringify({
              printerId: PRINTER_ID,
              title: `Label ${orderNo}`,
              contentType: 'pdf_base64',
              content: pdfBase64,
              source: 'warehouse-app',
            }),
          });
          return res.json();
        }
    ''', k=s["secret"], pid=g.digits(8))


@pos("printnode", "api_secret_key", True)
def p_printnode_py(g, s):
    return "warehouse/print_labels.py", fill('''
        import base64

        import requests

        PRINTNODE_API_KEY = '<<k>>'
        LABEL_PRINTER = <<pid>>


        def print_pdf(path, title):
            with open(path, 'rb') as fh:
                content = base64.b64encode(fh.read()).decode()
            job = {
                'printerId': LABEL_PRINTER,
                'title': title,
                'contentType': 'pdf_base64',
                'content': content,
                'options': {'fit_to_page': True, 'copies': 1},
            }
            r = requests.post('https://api.printnode.com/printjobs', json=job,
                              auth=(PRINTNODE_API_KEY, ''), timeout=20)
            r.raise_for_status()
            return r.json()
    ''', k=s["secret"], pid=g.digits(8))


@pos("printnode", "api_secret_key", False)
def p_printnode_php(g, s):
    return "src/Printing/PrintNodeFactory.php", fill('''
        <?php

        namespace Shop\\Printing;

        use PrintNode\\Client;
        use PrintNode\\Credentials\\ApiKey;

        class PrintNodeFactory
        {
            public static function client(): Client
            {
                $credentials = new ApiKey('<<k>>');
                return new Client($credentials);
            }

            public const PACKING_SLIP_PRINTER = <<pid>>;
        }
    ''', k=s["secret"], pid=g.digits(8))


@pos("printnode", "api_secret_key", True)
def p_printnode_toml(g, s):
    return "config/printing.toml", fill('''
        [server]
        host = "0.0.0.0"
        port = 7070

        [printnode]
        api_key = "<<k>>"
        label_printer = <<pid>>
        slip_printer = <<pid2>>
        poll_seconds = 15

        [paper]
        label = "4x6"
        slip = "A4"
    ''', k=s["secret"], pid=g.digits(8), pid2=g.digits(8))


@pos("gelato", "api_secret_key", False)
def p_gelato_ts(g, s):
    return "src/pod/gelato.ts", fill('''
        const ORDER_URL = 'https://order.gelatoapis.com/v4/orders';

        export async function createGelatoOrder(order: Record<string, unknown>) {
          const res = await fetch(ORDER_URL, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'X-API-KEY': '<<k>>',
            },
            body: JSON.stringify({ ...order, currency: 'USD', orderType: 'order' }),
          });
          if (!res.ok) {
            throw new Error(`Gelato order failed: ${res.status} ${await res.text()}`);
          }
          return res.json();
        }
    ''', k=s["secret"])


@pos("gelato", "api_secret_key", True)
def p_gelato_k8s(g, s):
    return "deploy/k8s/pod-secrets.yaml", fill('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: print-on-demand
          namespace: storefront
          labels:
            app.kubernetes.io/name: storefront
        type: Opaque
        stringData:
          GELATO_API_KEY: "<<k>>"
          GELATO_STORE_ID: "<<store>>"
    ''', k=s["secret"], store=g.uuid())


@pos("prodigi", "api_secret_key", False)
def p_prodigi_py(g, s):
    return "shop/prodigi.py", fill('''
        import requests

        PRODIGI = "https://api.prodigi.com/v4.0"


        def place_order(recipient, items, reference):
            body = {
                "merchantReference": reference,
                "shippingMethod": "Standard",
                "recipient": recipient,
                "items": items,
            }
            r = requests.post(PRODIGI + "/Orders", json=body,
                              headers={"X-API-Key": "<<k>>"}, timeout=30)
            r.raise_for_status()
            return r.json()["order"]["id"]
    ''', k=s["secret"])


@pos("prodigi", "api_secret_key", True)
def p_prodigi_json(g, s):
    return "config/print-partners.json", fill('''
        {
          "default": "prodigi",
          "partners": {
            "prodigi": {
              "environment": "live",
              "baseUrl": "https://api.prodigi.com/v4.0",
              "apiKey": "<<k>>",
              "callbackUrl": "https://shop.<<proj>>.example.com/hooks/prodigi"
            },
            "fallback": {
              "name": "manual",
              "email": "prints@<<proj>>.example.com"
            }
          }
        }
    ''', k=s["secret"], proj=g.project())


@pos("peecho", "api_key_secret_pair", True)
def p_peecho_rb(g, s):
    return "app/services/peecho_order.rb", fill('''
        require "digest"
        require "net/http"

        class PeechoOrder
          MERCHANT_API_KEY = "<<id>>"
          PEECHO_SECRET = "<<k>>"
          ENDPOINT = URI("https://www.peecho.com/rest/v3/order/")

          def initialize(publication)
            @publication = publication
          end

          def signature(params)
            Digest::SHA256.hexdigest(params.sort.map { |k, v| "#{k}=#{v}" }.join("&") + PEECHO_SECRET)
          end

          def submit!
            params = { merchant_api_key: MERCHANT_API_KEY, offering_id: @publication.offering_id }
            Net::HTTP.post_form(ENDPOINT, params.merge(signature: signature(params)))
          end
        end
    ''', k=s["secret"], id=s["id"])


@pos("docmosis", "api_secret_key", False)
def p_docmosis_py(g, s):
    return "reports/render.py", fill('''
        import httpx

        RENDER_URL = "https://us1.dws4.docmosis.com/api/render"


        async def render_invoice(data: dict) -> bytes:
            payload = {
                "templateName": "invoices/invoice_v3.docx",
                "outputName": f"invoice-{data['number']}.pdf",
                "outputFormat": "pdf",
                "accessKey": "<<k>>",
                "data": data,
            }
            async with httpx.AsyncClient(timeout=60) as client:
                resp = await client.post(RENDER_URL, json=payload)
                resp.raise_for_status()
                return resp.content
    ''', k=s["secret"])


@pos("docmosis", "api_secret_key", False)
def p_docmosis_sh(g, s):
    return "scripts/render_letter.sh", fill('''
        #!/usr/bin/env bash
        set -eu
        TEMPLATE="${1:-letters/appeal_decision.docx}"
        DATA_FILE="${2:-fixtures/appeal.json}"

        curl -sf https://eu1.dws4.docmosis.com/api/render \\
          -F "accessKey=<<k>>" \\
          -F "templateName=${TEMPLATE}" \\
          -F "outputName=out.pdf" \\
          -F "data=<${DATA_FILE}" \\
          -o build/renders/out.pdf
    ''', k=s["secret"])


@pos("docmosis", "api_secret_key", True)
def p_docmosis_docker(g, s):
    return "docker/renderer/Dockerfile", fill('''
        FROM node:20-bookworm-slim

        WORKDIR /srv/renderer
        COPY package.json package-lock.json ./
        RUN npm ci --omit=dev
        COPY src ./src

        ENV NODE_ENV=production \\
            DOCMOSIS_ENDPOINT=https://eu1.dws4.docmosis.com/api/render \\
            DOCMOSIS_ACCESS_KEY=<<k>>

        EXPOSE 3000
        USER node
        CMD ["node", "src/server.js"]
    ''', k=s["secret"])


@pos("postmark", "api_secret_key", False)
def p_postmark_js(g, s):
    return "mail/postmark.js", fill('''
        const postmark = require('postmark');

        const client = new postmark.ServerClient('<<k>>');

        async function sendReceipt(to, model) {
          return client.sendEmailWithTemplate({
            From: 'receipts@<<proj>>.example.com',
            To: to,
            TemplateAlias: 'receipt',
            TemplateModel: model,
            MessageStream: 'outbound',
          });
        }

        module.exports = { sendReceipt };
    ''', k=s["secret"], proj=g.project())


@pos("postmark_hook", "basic_auth_password", False)
def p_postmark_md(g, s):
    return "docs/inbound-email.md", fill('''
        # Inbound email (Postmark)

        Replies to `letters@<<proj>>.example.com` are parsed by Postmark and posted to our
        webhook. The inbound stream is configured with this webhook URL (basic auth is checked
        by the `InboundController`):

        ```
        https://<<u>>:<<k>>@api.<<proj>>.example.com/hooks/postmark/inbound
        ```

        The JSON body contains `MessageID`, `MailboxHash`, `TextBody` and `Attachments`. We
        use `MailboxHash` to find the letter the customer is replying to.
    ''', k=s["secret"], u=s["id"], proj=g.project())


@pos("postmark", "api_secret_key", True)
def p_postmark_yml(g, s):
    return "config/postmark.yml", fill('''
        production:
          server_token: "<<k>>"
          message_stream: outbound
          track_opens: false
          inbound_domain: inbound.<<proj>>.example.com

        test:
          server_token: "POSTMARK_API_TEST"
          message_stream: outbound
    ''', k=s["secret"], proj=g.project())


@pos("usps", "access_password", True)
def p_usps_xml(g, s):
    z1, z2 = g.cityzip()[2], g.cityzip()[2]
    return "usps/rate_request.xml", fill('''
        <?xml version="1.0" encoding="UTF-8"?>
        <RateV4Request USERID="<<id>>" PASSWORD="<<k>>">
          <Revision>2</Revision>
          <Package ID="1ST">
            <Service>PRIORITY</Service>
            <ZipOrigination><<z1>></ZipOrigination>
            <ZipDestination><<z2>></ZipDestination>
            <Pounds>0</Pounds>
            <Ounces>12</Ounces>
            <Container></Container>
            <Width>9</Width>
            <Length>12</Length>
            <Height>1</Height>
            <Machinable>TRUE</Machinable>
          </Package>
        </RateV4Request>
    ''', k=s["secret"], id=s["id"], z1=z1, z2=z2)


@pos("usps", "access_password", True)
def p_usps_php(g, s):
    return "includes/shipping/usps.php", fill('''
        <?php
        if (!defined('ABSPATH')) {
            exit;
        }

        define('USPS_WEBTOOLS_USERID', '<<id>>');
        define('USPS_WEBTOOLS_PASSWORD', '<<k>>');
        define('USPS_API_URL', 'https://secure.shippingapis.com/ShippingAPI.dll');

        function shop_usps_city_state($zip)
        {
            $xml = '<CityStateLookupRequest USERID="' . USPS_WEBTOOLS_USERID . '" PASSWORD="'
                . USPS_WEBTOOLS_PASSWORD . '"><ZipCode ID="0"><Zip5>' . intval($zip) . '</Zip5></ZipCode></CityStateLookupRequest>';
            $resp = wp_remote_get(USPS_API_URL . '?API=CityStateLookup&XML=' . rawurlencode($xml));
            return wp_remote_retrieve_body($resp);
        }
    ''', k=s["secret"], id=s["id"])


@pos("usps", "access_password", False)
def p_usps_log(g, s):
    lines = []
    for _ in range(3):
        lines.append("%s INFO  [rates] quote order=%s zip=%s service=PRIORITY" % (
            g.logts(), g.digits(6), g.cityzip()[2]))
    req = ("%s DEBUG [usps] GET https://secure.shippingapis.com/ShippingAPI.dll?API=RateV4&XML="
           "<RateV4Request USERID=\"%s\" PASSWORD=\"%s\"><Revision>2</Revision><Package ID=\"1\">"
           "<Service>ALL</Service><ZipOrigination>%s</ZipOrigination></Package></RateV4Request>"
           % (g.logts(), s["id"], s["secret"], g.cityzip()[2]))
    tail = ["%s INFO  [usps] 200 OK in %dms" % (g.logts(), g.r.randint(120, 900)),
            "%s INFO  [rates] cached 6 services for order=%s" % (g.logts(), g.digits(6))]
    return "logs/shipping-worker.log", "\n".join(lines + [req] + tail) + "\n"


@pos("canadapost", "basic_auth_password", False)
def p_cp_php(g, s):
    return "src/Shipping/CanadaPostRates.php", fill('''
        <?php

        namespace Store\\Shipping;

        class CanadaPostRates
        {
            private $username = '<<id>>';
            private $password = '<<k>>';
            private $mailedBy = '<<cust>>';
            private $endpoint = 'https://soa-gw.canadapost.ca/rs/ship/price';

            public function quote(string $origin, string $destination, float $kg): string
            {
                $xml = "<mailing-scenario xmlns=\\"http://www.canadapost.ca/ws/ship/rate-v4\\">"
                    . "<customer-number>{$this->mailedBy}</customer-number>"
                    . "<parcel-characteristics><weight>{$kg}</weight></parcel-characteristics>"
                    . "<origin-postal-code>{$origin}</origin-postal-code>"
                    . "<destination><domestic><postal-code>{$destination}</postal-code></domestic></destination>"
                    . "</mailing-scenario>";
                $ch = curl_init($this->endpoint);
                curl_setopt($ch, CURLOPT_USERPWD, $this->username . ':' . $this->password);
                curl_setopt($ch, CURLOPT_POSTFIELDS, $xml);
                curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
                curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/vnd.cpc.ship.rate-v4+xml',
                    'Accept: application/vnd.cpc.ship.rate-v4+xml']);
                return curl_exec($ch);
            }
        }
    ''', k=s["secret"], id=s["id"], cust=s["cust"])


@pos("canadapost", "basic_auth_password", False)
def p_cp_js(g, s):
    return "shipping/canadapost.js", fill('''
        const axios = require('axios');

        const AUTH = 'Basic ' + Buffer.from('<<id>>:<<k>>').toString('base64');

        async function getArtifact(url) {
          const res = await axios.get(url, {
            headers: { Authorization: AUTH, Accept: 'application/pdf' },
            responseType: 'arraybuffer',
          });
          return res.data;
        }

        module.exports = { getArtifact };
    ''', k=s["secret"], id=s["id"])


@pos("canadapost", "basic_auth_password", True)
def p_cp_json(g, s):
    return "config/carriers.json", fill('''
        {
          "canadapost": {
            "environment": "production",
            "customerNumber": "<<cust>>",
            "contractId": "<<contract>>",
            "username": "<<id>>",
            "password": "<<k>>",
            "originPostalCode": "<<pc>>"
          },
          "ups": {
            "enabled": false
          }
        }
    ''', k=s["secret"], id=s["id"], cust=s["cust"], contract=g.digits(8),
        pc=g.pick(CA_CITIES)[2].replace(" ", ""))


@pos("royalmail", "api_secret_key", False)
def p_rm_py(g, s):
    return "fulfilment/royalmail.py", fill('''
        import datetime as dt

        import requests

        CLICK_DROP = "https://api.parcel.royalmail.com/api/v1"
        HEADERS = {
            "Authorization": "Bearer <<k>>",
            "Accept": "application/json",
        }


        def recent_orders(days=2):
            since = (dt.datetime.utcnow() - dt.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
            r = requests.get(CLICK_DROP + "/orders", headers=HEADERS,
                             params={"pageSize": 50, "startDateTime": since}, timeout=30)
            r.raise_for_status()
            return r.json()["orders"]
    ''', k=s["secret"])


@pos("royalmail", "api_secret_key", True)
def p_rm_tf(g, s):
    return "terraform/shipping/variables.tf", fill('''
        variable "region" {
          type    = string
          default = "eu-west-2"
        }

        variable "click_drop_api_key" {
          description = "Royal Mail Click & Drop API key used by the label lambda"
          type        = string
          default     = "<<k>>"
        }

        variable "label_bucket" {
          type    = string
          default = "shop-labels-prod"
        }
    ''', k=s["secret"])


@pos("dhl", "api_key_secret_pair", True)
def p_dhl_py(g, s):
    return "carriers/dhl_ecs.py", fill('''
        import requests

        AUTH_URL = "https://api.dhlecs.com/auth/v4/accesstoken"
        client_id = "<<id>>"
        client_secret = "<<k>>"
        PICKUP = "<<pickup>>"


        def access_token():
            r = requests.post(
                AUTH_URL,
                data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
                timeout=20,
            )
            r.raise_for_status()
            return r.json()["access_token"]
    ''', k=s["secret"], id=s["id"], pickup=g.digits(10))


@pos("dhl", "api_key_secret_pair", True)
def p_dhl_csv(g, s):
    rows = ["carrier,account,environment,client_id,client_secret,owner",
            "usps,%s,production,,,shipping-team" % g.digits(7),
            "dhl_ecommerce,%s,production,%s,%s,shipping-team" % (g.digits(10), s["id"], s["secret"]),
            "ups,%s,sandbox,,,platform" % g.s(UPP + DIG, 6)]
    return "ops/carrier_accounts.csv", "\n".join(rows) + "\n"


@pos("stannp", "api_secret_key", False)
def p_stannp_sql(g, s):
    return "db/seeds/003_integrations.sql", fill('''
        -- seed integration settings for the demo tenant
        INSERT INTO tenants (id, name, country) VALUES (<<tid>>, '<<company>>', 'GB');

        INSERT INTO integration_settings (tenant_id, provider, setting, value) VALUES
          (<<tid>>, 'stannp', 'group_id', '<<grp>>'),
          (<<tid>>, 'stannp', 'key', '<<k>>'),
          (<<tid>>, 'stannp', 'test_mode', 'false');
    ''', k=s["secret"], tid=g.r.randint(2, 90), company=g.company(), grp=g.digits(5))


@pos("telnyx", "api_secret_key", False)
def p_telnyx_log(g, s):
    lines = ["%s INFO  fax-worker started pid=%d" % (g.logts(), g.r.randint(1000, 60000)),
             "%s INFO  picked job %s to=%s pages=%d" % (g.logts(), g.uuid(), g.phone(), g.r.randint(1, 9)),
             "%s DEBUG POST https://api.telnyx.com/v2/faxes headers={'Authorization': 'Bearer %s', "
             "'Content-Type': 'application/json'}" % (g.logts(), s["secret"]),
             "%s INFO  telnyx accepted fax id=%s status=queued" % (g.logts(), g.uuid()),
             "%s INFO  job done in %.2fs" % (g.logts(), g.r.uniform(0.4, 3.0))]
    return "logs/fax-worker.log", "\n".join(lines) + "\n"


# =============================================================================================
# Look-alike negatives: ids, tracking numbers, digests, signatures, env lookups ... no secrets
# =============================================================================================

@neg("lookalike_ids")
def n_lob_letter_json(g):
    c, st, z = g.cityzip()
    ltr = g.lob_id("ltr")
    return "lob", "tests/fixtures/lob/letter_created.json", fill('''
        {
          "id": "<<ltr>>",
          "description": "Statement March",
          "metadata": {"account_no": "<<acct>>"},
          "to": {
            "id": "<<adr1>>",
            "name": "<<name>>",
            "address_line1": "<<street>>",
            "address_city": "<<city>>",
            "address_state": "<<st>>",
            "address_zip": "<<zip>>-<<zip4>>",
            "address_country": "UNITED STATES",
            "object": "address"
          },
          "from": "<<adr2>>",
          "color": false,
          "double_sided": true,
          "address_placement": "top_first_page",
          "mail_type": "usps_first_class",
          "url": "https://lob-assets.com/letters/<<ltr>>.pdf?version=v1&expires=<<exp>>&signature=<<sig>>",
          "carrier": "USPS",
          "tracking_number": null,
          "thumbnails": [
            {"small": "https://lob-assets.com/letters/<<ltr>>_thumb_small_1.png?version=v1&expires=<<exp>>&signature=<<sig2>>"}
          ],
          "expected_delivery_date": "<<d>>",
          "date_created": "<<ts>>",
          "send_date": "<<ts>>",
          "object": "letter"
        }
    ''', ltr=ltr, acct=g.digits(8), adr1=g.lob_id("adr"), adr2=g.lob_id("adr"), name=g.name(),
        street=g.street(), city=c, st=st, zip=z, zip4=g.s(DIG, 4), exp=g.epoch(),
        sig=g.s(B64URL, 86), sig2=g.s(B64URL, 86), d=g.date(), ts=g.ts())


@neg("lookalike_ids")
def n_lob_postcard_json(g):
    psc = g.lob_id("psc")
    events = []
    for name in ["Mailed", "In Transit", "In Local Area", "Processed for Delivery"]:
        events.append('    {"id": "evnt_%s", "name": "%s", "location": "%s", "time": "%s", "object": "tracking_event"}'
                      % (g.hexs(15), name, g.cityzip()[2], g.ts()))
    return "lob", "fixtures/postcard_%s.json" % psc[4:12], fill('''
        {
          "id": "<<psc>>",
          "size": "6x9",
          "front_template_id": "<<t1>>",
          "back_template_id": "<<t2>>",
          "front_template_version_id": "<<v1>>",
          "back_template_version_id": "<<v2>>",
          "tracking_events": [
        <<events>>
          ],
          "imb": "<<imb>>",
          "object": "postcard"
        }
    ''', psc=psc, t1="tmpl_" + g.hexs(15), t2="tmpl_" + g.hexs(15), v1="vrsn_" + g.hexs(15),
        v2="vrsn_" + g.hexs(15), events=",\n".join(events), imb=g.s("ADFT", 65))


@neg("publishable_key")
def n_lob_pub_js(g):
    env = g.pick(["live", "test"])
    return "lob", "public/js/address-autocomplete.js", fill('''
        // Address autocomplete on the checkout form. Uses Lob's *publishable* key, which is
        // limited to US verifications / autocomplete and is safe to ship to the browser.
        (function () {
          var LOB_PUBLISHABLE_KEY = '<<pub>>';
          var input = document.getElementById('address_line1');
          var timer;

          input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
              fetch('https://api.lob.com/v1/us_autocompletions', {
                method: 'POST',
                headers: {
                  Authorization: 'Basic ' + btoa(LOB_PUBLISHABLE_KEY + ':'),
                  'Content-Type': 'application/json'
                },
                body: JSON.stringify({ address_prefix: input.value })
              }).then(function (r) { return r.json(); }).then(render);
            }, 250);
          });

          function render(data) {
            console.debug('suggestions', data.suggestions.length);
          }
        })();
    ''', pub="%s_pub_%s" % (env, g.hexs(31)))


@neg("publishable_key")
def n_lob_pub_tsx(g):
    return "lob", "src/components/AddressForm.tsx", fill('''
        import { useState } from 'react';
        import { Autocomplete } from '@lob/react-address-autocomplete';

        // publishable key: verification + autocomplete only
        const LOB_PUB_KEY = 'test_pub_<<h>>';

        export function AddressForm({ onSelect }: { onSelect: (a: unknown) => void }) {
          const [value, setValue] = useState('');
          return (
            <Autocomplete
              apiKey={LOB_PUB_KEY}
              onSelection={(sel) => onSelect(sel.value)}
              onInputChange={setValue}
              value={value}
            />
          );
        }
    ''', h=g.hexs(31))


@neg("lookalike_addresses")
def n_mailing_csv(g):
    rows = ["customer_id,first_name,last_name,address_line1,city,state,zip,letter_id,template_id"]
    tmpl = "tmpl_" + g.hexs(15)
    for _ in range(g.r.randint(12, 22)):
        c, st, z = g.cityzip()
        rows.append("%s,%s,%s,%s,%s,%s,%s-%s,%s,%s" % (g.digits(7), g.first(), g.last(), g.street(), c, st,
                                                     z, g.s(DIG, 4), g.lob_id("ltr"), tmpl))
    return "lob", "data/mailing_list_%s.csv" % g.date().replace("-", ""), "\n".join(rows) + "\n"


@neg("lookalike_tracking")
def n_letters_export_csv(g):
    rows = ["letter_id,created,pages,color,mail_type,tracking_number,cost_usd,status"]
    for _ in range(g.r.randint(10, 18)):
        rows.append("%s,%s,%d,%s,%s,%s,%.2f,%s" % (
            g.lob_id("ltr"), g.date(), g.r.randint(1, 6), g.pick(["true", "false"]),
            g.pick(["usps_first_class", "usps_standard"]), g.impb(), g.r.uniform(0.6, 2.4),
            g.pick(["mailed", "in_transit", "delivered", "returned_to_sender"])))
    return "lob", "exports/letters_%s.csv" % g.date()[:7], "\n".join(rows) + "\n"


@neg("lookalike_ids")
def n_fax_worker_log(g):
    lines = []
    for _ in range(g.r.randint(8, 14)):
        fid = g.uuid()
        lines.append("%s INFO  fax.queued id=%s to=%s pages=%d connection=%s" % (
            g.logts(), fid, g.phone(), g.r.randint(1, 12), g.digits(19)))
        lines.append("%s INFO  fax.%s id=%s status=%s page_count=%d" % (
            g.logts(), g.pick(["delivered", "failed"]), fid, g.pick(["delivered", "failed"]),
            g.r.randint(1, 12)))
    return "telnyx", "logs/fax-worker-%s.log" % g.date(), "\n".join(lines) + "\n"


@neg("lookalike_hashes")
def n_print_worker_log(g):
    lines = []
    for _ in range(g.r.randint(8, 14)):
        lines.append("%s INFO  printjob id=%s printer=%s title=\"Label %s\" sha256=%s bytes=%d" % (
            g.logts(), g.digits(9), g.digits(8), g.digits(6), g.sha256(), g.r.randint(20000, 900000)))
    return "printnode", "logs/print-worker.log", "\n".join(lines) + "\n"


@neg("lookalike_tracking")
def n_mail_sql(g):
    ins = []
    for _ in range(g.r.randint(5, 9)):
        ins.append("  ('%s', '%s', %d, '%s', '%s')" % (g.lob_id("ltr"), g.impb(), g.r.randint(1, 6),
                                                      g.pick(["mailed", "delivered"]), g.date()))
    return "lob", "db/migrations/20240311_create_mail_pieces.sql", fill('''
        CREATE TABLE mail_pieces (
          id              BIGSERIAL PRIMARY KEY,
          provider_id     VARCHAR(40) NOT NULL UNIQUE,   -- ltr_..., psc_...
          tracking_number VARCHAR(34),
          page_count      SMALLINT NOT NULL DEFAULT 1,
          status          VARCHAR(24) NOT NULL,
          mailed_on       DATE
        );

        CREATE INDEX mail_pieces_tracking_idx ON mail_pieces (tracking_number);

        INSERT INTO mail_pieces (provider_id, tracking_number, page_count, status, mailed_on) VALUES
        <<rows>>;
    ''', rows=",\n".join(ins))


@neg("lookalike_tracking")
def n_tracking_py(g):
    impb = g.impb()
    return "usps", "tests/test_tracking.py", fill('''
        import pytest

        from shipping.tracking import carrier_for, normalize

        CASES = [
            ("<<impb>>", "usps"),
            ("<<rm>>", "royalmail"),
            ("<<cp>>", "canadapost"),
            ("<<dhl>>", "dhl_ecommerce"),
        ]


        @pytest.mark.parametrize("number,carrier", CASES)
        def test_carrier_detection(number, carrier):
            assert carrier_for(number) == carrier


        def test_normalize_strips_spaces():
            assert normalize("<<spaced>>") == "<<impb>>"
    ''', impb=impb, rm=g.rm_tracking(), cp=g.cp_pin(), dhl=g.dhl_tracking(),
        spaced=" ".join(impb[i:i + 4] for i in range(0, len(impb), 4)))


@neg("env_reference")
def n_gha_mail(g):
    return "lob", ".github/workflows/mail-e2e.yml", fill('''
        name: mail e2e
        on:
          pull_request:
            paths: ["workers/mail/**"]

        jobs:
          e2e:
            runs-on: ubuntu-latest
            env:
              LOB_API_KEY: ${{ secrets.LOB_TEST_API_KEY }}
              POSTGRID_API_KEY: ${{ secrets.POSTGRID_TEST_KEY }}
              PHAXIO_API_KEY: ${{ secrets.PHAXIO_API_KEY }}
              PHAXIO_API_SECRET: ${{ secrets.PHAXIO_API_SECRET }}
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
                  cache: npm
              - run: npm ci
              - run: npm run test:e2e -- --grep mail
    ''')


@neg("env_reference")
def n_k8s_deploy(g):
    return "phaxio", "deploy/k8s/fax-deployment.yaml", fill('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: faxbridge
          namespace: clinical
        spec:
          replicas: 2
          selector:
            matchLabels: {app: faxbridge}
          template:
            metadata:
              labels: {app: faxbridge}
            spec:
              containers:
                - name: faxbridge
                  image: registry.internal/faxbridge@sha256:<<dg>>
                  env:
                    - name: PHAXIO_API_KEY
                      valueFrom:
                        secretKeyRef: {name: phaxio, key: api-key}
                    - name: PHAXIO_API_SECRET
                      valueFrom:
                        secretKeyRef: {name: phaxio, key: api-secret}
                    - name: SRFAX_ACCESS_PWD
                      valueFrom:
                        secretKeyRef: {name: srfax, key: password}
                  resources:
                    limits: {cpu: 500m, memory: 256Mi}
    ''', dg=g.sha256())


@neg("env_reference")
def n_tf_secrets(g):
    return "lob", "infra/mail/secrets.tf", fill('''
        variable "lob_api_key" {
          description = "Lob secret key, injected by the pipeline"
          type        = string
          sensitive   = true
        }

        data "aws_secretsmanager_secret_version" "telnyx" {
          secret_id = "prod/fax/telnyx"
        }

        resource "aws_lambda_function" "mailer" {
          function_name = "statement-mailer"
          role          = aws_iam_role.mailer.arn
          handler       = "main.handler"
          runtime       = "python3.12"
          filename      = "build/mailer.zip"
          source_code_hash = "<<h>>"

          environment {
            variables = {
              LOB_API_KEY    = var.lob_api_key
              TELNYX_API_KEY = jsondecode(data.aws_secretsmanager_secret_version.telnyx.secret_string)["api_key"]
            }
          }
        }
    ''', h=base64.b64encode(bytes(g.r.randint(0, 255) for _ in range(32))).decode())


@neg("env_reference")
def n_py_settings(g):
    return "lob", "config/settings.py", fill('''
        import os

        from dotenv import load_dotenv

        load_dotenv()

        LOB_API_KEY = os.environ["LOB_API_KEY"]
        PHAXIO_API_KEY = os.getenv("PHAXIO_API_KEY", "")
        PHAXIO_API_SECRET = os.getenv("PHAXIO_API_SECRET", "")
        USPS_USERID = os.environ.get("USPS_WEBTOOLS_USERID")
        USPS_PASSWORD = os.environ.get("USPS_WEBTOOLS_PASSWORD")
        PRINTNODE_API_KEY = os.environ.get("PRINTNODE_API_KEY") or None

        MAIL_FROM_ADDRESS_ID = "<<adr>>"
        LABEL_PRINTER_ID = <<pid>>
        FAX_CALLER_ID = "<<phone>>"
    ''', adr=g.lob_id("adr"), pid=g.digits(8), phone=g.phone())


@neg("env_reference")
def n_js_config(g):
    return "telnyx", "src/config.js", fill('''
        require('dotenv').config();

        function required(name) {
          const v = process.env[name];
          if (!v) throw new Error(`missing env ${name}`);
          return v;
        }

        module.exports = {
          telnyx: {
            apiKey: required('TELNYX_API_KEY'),
            connectionId: process.env.TELNYX_CONNECTION_ID,
            publicKey: process.env.TELNYX_PUBLIC_KEY,
          },
          documo: { apiKey: process.env.DOCUMO_API_KEY },
          gelato: { apiKey: process.env.GELATO_API_KEY, storeId: '<<store>>' },
          port: Number(process.env.PORT || 3000),
        };
    ''', store=g.uuid())


@neg("env_reference")
def n_rb_env(g):
    return "phaxio", "config/initializers/fax.rb", fill('''
        Phaxio.api_key = ENV.fetch("PHAXIO_API_KEY")
        Phaxio.api_secret = ENV.fetch("PHAXIO_API_SECRET")
        Phaxio.callback_token = ENV["PHAXIO_CALLBACK_TOKEN"]

        InterfaxConfig = Struct.new(:username, :password).new(
          Rails.application.credentials.dig(:interfax, :username),
          Rails.application.credentials.dig(:interfax, :password)
        )
    ''')


@neg("env_reference")
def n_php_env(g):
    return "stannp", "config/mailing.php", fill('''
        <?php

        return [
            'driver' => env('PRINT_MAIL_DRIVER', 'stannp'),
            'stannp' => [
                'key' => env('STANNP_API_KEY'),
                'group' => (int) env('STANNP_GROUP_ID', <<grp>>),
            ],
            'click2mail' => [
                'username' => env('C2M_USERNAME'),
                'password' => env('C2M_PASSWORD'),
                'stage' => env('C2M_STAGE', true),
            ],
            'canadapost' => [
                'username' => env('CANADAPOST_USERNAME'),
                'password' => env('CANADAPOST_PASSWORD'),
                'customer_number' => '<<cust>>',
            ],
        ];
    ''', grp=g.digits(5), cust="000" + g.digits(7))


@neg("env_reference")
def n_cs_config(g):
    return "documo", "src/Fax.Api/Program.cs", fill('''
        using Fax.Api.Services;

        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddHttpClient<DocumoClient>(client =>
        {
            client.BaseAddress = new Uri("https://api.documo.com/v1/");
            var key = builder.Configuration["Documo:ApiKey"]
                      ?? Environment.GetEnvironmentVariable("DOCUMO_API_KEY");
            client.DefaultRequestHeaders.Add("Authorization", $"Basic {key}");
        });

        builder.Services.Configure<SrFaxOptions>(builder.Configuration.GetSection("SRFax"));

        var app = builder.Build();
        app.MapGet("/health", () => Results.Ok(new { status = "ok", build = "<<sha>>" }));
        app.Run();
    ''', sha=g.hexs(40))


@neg("env_reference")
def n_java_value(g):
    return "click2mail", "src/main/java/com/acme/mail/MailProperties.java", fill('''
        package com.acme.mail;

        import org.springframework.beans.factory.annotation.Value;
        import org.springframework.stereotype.Component;

        @Component
        public class MailProperties {

            @Value("${click2mail.username}")
            private String username;

            @Value("${click2mail.password}")
            private String password;

            @Value("${click2mail.base-url:https://stage-rest.click2mail.com/molpro}")
            private String baseUrl;

            public String getUsername() { return username; }
            public String getPassword() { return password; }
            public String getBaseUrl() { return baseUrl; }
        }
    ''')


@neg("placeholder")
def n_env_example(g):
    return "lob", g.pick([".env.example", ".env.sample"]), fill('''
        # Copy to .env and fill in. Never commit real values.
        LOB_API_KEY=
        LOB_PUBLISHABLE_KEY=test_pub_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
        POSTGRID_API_KEY=test_sk_your_key_here
        PHAXIO_API_KEY=your_phaxio_api_key_here
        PHAXIO_API_SECRET=your_phaxio_api_secret_here
        TELNYX_API_KEY=KEYxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxx
        PRINTNODE_API_KEY=
        USPS_WEBTOOLS_USERID=
        USPS_WEBTOOLS_PASSWORD=
        CANADAPOST_USERNAME=<dev-key-username>
        CANADAPOST_PASSWORD=<dev-key-password>
    ''')


@neg("doc_example")
def n_docs_examples(g):
    return "canadapost", "docs/carriers/README.md", fill('''
        # Carrier and mail API notes

        These are the *documented sample* credentials from the providers' own guides. They only
        work against sandboxes (or not at all) and are safe to keep in docs.

        ## Lob

        The Lob README initialises the client with its published example key:

        ```python
        import lob
        lob.api_key = "test_0dc8d51e0acffcb1880e0f19c79b2f5b0cc"  # Replace this API key with your own.
        ```

        ## Canada Post

        The developer program sample code uses the shared sandbox key
        `6e93d53968881714:0bfa9fcb9853d1f51ee57a` with customer number `2004381`.

        ## Phaxio

        ```ruby
        Phaxio.api_key = '11111'
        Phaxio.api_secret = '22222'
        ```

        Put your own values in the secret store (`mail/lob`, `carriers/canadapost`, `fax/phaxio`).
    ''')


@neg("lookalike_signatures")
def n_telnyx_webhook_json(g):
    fid = g.uuid()
    return "telnyx", "tests/fixtures/telnyx/fax_delivered.json", fill('''
        {
          "headers": {
            "telnyx-signature-ed25519": "<<sig>>",
            "telnyx-timestamp": "<<ep>>"
          },
          "body": {
            "data": {
              "event_type": "fax.delivered",
              "id": "<<evt>>",
              "occurred_at": "<<ts>>",
              "payload": {
                "call_duration_secs": <<dur>>,
                "connection_id": "<<conn>>",
                "direction": "outbound",
                "fax_id": "<<fid>>",
                "from": "<<from>>",
                "media_name": "referral.pdf",
                "original_media_url": "https://files.example.com/faxes/<<fid>>.pdf",
                "page_count": <<pages>>,
                "status": "delivered",
                "to": "<<to>>",
                "user_id": "<<uid>>"
              },
              "record_type": "event"
            },
            "meta": {"attempt": 1, "delivered_to": "https://hooks.example.com/telnyx"}
          }
        }
    ''', sig=g.b64(64), ep=g.epoch(), evt=g.uuid(), ts=g.ts(), dur=g.r.randint(20, 400),
        conn=g.digits(19), fid=fid, from_=g.phone(), pages=g.r.randint(1, 15), to=g.phone(), uid=g.uuid(),
        **{"from": g.phone()})


@neg("lookalike_ids")
def n_phaxio_callback(g):
    return "phaxio", "tests/fixtures/phaxio_fax_callback.json", fill('''
        {
          "success": true,
          "is_test": false,
          "direction": "sent",
          "fax": {
            "id": <<fid>>,
            "direction": "sent",
            "num_pages": <<pages>>,
            "status": "success",
            "is_test": false,
            "created_at": "<<ts>>",
            "caller_id": "<<cid>>",
            "from_number": null,
            "completed_at": "<<ts2>>",
            "cost": <<cost>>,
            "tags": {"order": "<<order>>"},
            "recipients": [
              {"phone_number": "<<to>>", "status": "success", "retry_count": 0, "bitrate": 14400, "resolution": 8040, "error_type": null}
            ]
          }
        }
    ''', fid=g.digits(9), pages=g.r.randint(1, 20), ts=g.ts(), ts2=g.ts(), cid=g.phone(),
        cost=g.r.randint(7, 140), order=g.digits(6), to=g.phone())


@neg("lookalike_signatures")
def n_postmark_inbound(g):
    mid = g.uuid()
    return "postmark", "tests/fixtures/postmark_inbound.json", fill('''
        {
          "FromName": "<<name>>",
          "MessageStream": "inbound",
          "From": "<<email>>",
          "To": "\\"Letters\\" <letters+<<hash>>@inbound.example.com>",
          "MailboxHash": "<<hash>>",
          "Date": "Tue, 4 Jun 2024 10:21:07 +0000",
          "Subject": "Re: Your statement",
          "MessageID": "<<mid>>",
          "TextBody": "Please update my mailing address to <<street>>.",
          "Headers": [
            {"Name": "X-Spam-Score", "Value": "-0.1"},
            {"Name": "Received-SPF", "Value": "Pass"},
            {"Name": "DKIM-Signature", "Value": "v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=s1; bh=<<bh>>; b=<<b>>"},
            {"Name": "Message-ID", "Value": "<<<local>>@mail.example.org>"}
          ],
          "Attachments": []
        }
    ''', name=g.name(), email="%s.%s@example.org" % (g.first().lower(), g.last().lower()),
        hash=g.hexs(12), mid=mid, street=g.street(), bh=g.b64(32), b=g.b64(128), local=g.hexs(24))


@neg("lookalike_ids")
def n_gelato_order(g):
    oid = g.uuid()
    return "gelato", "fixtures/gelato/order_response.json", fill('''
        {
          "id": "<<oid>>",
          "orderType": "order",
          "orderReferenceId": "shop-<<ref>>",
          "customerReferenceId": "cust-<<cref>>",
          "fulfillmentStatus": "printed",
          "financialStatus": "paid",
          "currency": "USD",
          "items": [
            {
              "id": "<<iid>>",
              "itemReferenceId": "shop-<<ref>>-1",
              "productUid": "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_white_gpr_4-0",
              "quantity": 1,
              "files": [{"type": "default", "url": "https://cdn.example.com/designs/<<dg>>.png"}]
            }
          ],
          "shipment": {"shipmentMethodUid": "normal", "trackingCode": "<<trk>>"},
          "createdAt": "<<ts>>"
        }
    ''', oid=oid, ref=g.digits(6), cref=g.digits(5), iid=g.uuid(), dg=g.sha256()[:40],
        trk=g.impb(), ts=g.ts())


@neg("lookalike_ids")
def n_prodigi_order(g):
    return "prodigi", "fixtures/prodigi/order.json", fill('''
        {
          "outcome": "Created",
          "order": {
            "id": "ord_<<o>>",
            "created": "<<ts>>",
            "status": {"stage": "InProgress", "issues": [], "details": {"downloadAssets": "Complete", "printReadyAssetsPrepared": "InProgress"}},
            "merchantReference": "MR-<<mr>>",
            "shippingMethod": "Standard",
            "recipient": {"name": "<<name>>", "address": {"line1": "<<street>>", "postalOrZipCode": "<<pc>>", "countryCode": "GB", "townOrCity": "<<town>>"}},
            "items": [
              {"id": "ori_<<i>>", "status": "Ok", "merchantReference": "item #1", "sku": "GLOBAL-FAP-16X24", "copies": 1,
               "assets": [{"id": "ast_<<a>>", "printArea": "default", "md5Hash": "<<md5>>"}]}
            ]
          }
        }
    ''', o=g.digits(6), ts=g.ts(), mr=g.digits(5), name=g.name(), street=g.street(),
        pc=g.pick(UK_CITIES)[1], town=g.pick(UK_CITIES)[0], i=g.digits(6), a=g.digits(7), md5=g.hexs(32))


@neg("lookalike_tracking")
def n_cp_shipment_xml(g):
    pin = g.cp_pin()
    cust = "000" + g.digits(7)
    sid = g.digits(17)
    return "canadapost", "tests/fixtures/canadapost/shipment_info.xml", fill('''
        <?xml version="1.0" encoding="UTF-8"?>
        <shipment-info xmlns="http://www.canadapost.ca/ws/shipment-v8">
          <shipment-id><<sid>></shipment-id>
          <shipment-status>created</shipment-status>
          <tracking-pin><<pin>></tracking-pin>
          <links>
            <link rel="self" href="https://soa-gw.canadapost.ca/rs/<<cust>>/<<cust>>/shipment/<<sid>>" media-type="application/vnd.cpc.shipment-v8+xml"/>
            <link rel="details" href="https://soa-gw.canadapost.ca/rs/<<cust>>/<<cust>>/shipment/<<sid>>/details" media-type="application/vnd.cpc.shipment-v8+xml"/>
            <link rel="label" href="https://soa-gw.canadapost.ca/rs/artifact/<<art>>/<<an>>/0" media-type="application/pdf" index="0"/>
          </links>
        </shipment-info>
    ''', sid=sid, pin=pin, cust=cust, art=g.hexs(16), an=g.digits(11))


@neg("lookalike_tracking")
def n_rm_orders(g):
    orders = []
    for _ in range(g.r.randint(2, 5)):
        orders.append('    {"orderIdentifier": %s, "orderReference": "SHOP-%s", "createdOn": "%s", '
                      '"trackingNumber": "%s", "packageFormat": "%s"}'
                      % (g.digits(6), g.digits(5), g.ts(), g.rm_tracking(), g.pick(["Parcel", "LargeLetter"])))
    return "royalmail", "fixtures/royalmail/create_orders_response.json", fill('''
        {
          "successCount": <<n>>,
          "errorsCount": 0,
          "createdOrders": [
        <<orders>>
          ],
          "failedOrders": []
        }
    ''', n=len(orders), orders=",\n".join(orders))


@neg("lookalike_encoded")
def n_dhl_label(g):
    return "dhl", "fixtures/dhl/label_response.json", fill('''
        {
          "timestamp": "<<ts>>",
          "pickup": "<<pickup>>",
          "distributionCenter": "USLAX1",
          "orderedProductId": "GND",
          "labels": [
            {
              "packageId": "PKG<<pk>>",
              "dhlPackageId": "<<trk>>",
              "trackingId": "<<trk2>>",
              "labelData": "<<label>>",
              "encodeType": "ZPL",
              "format": "ZPL"
            }
          ]
        }
    ''', ts=g.ts(), pickup=g.digits(10), pk=g.digits(8), trk=g.dhl_tracking(), trk2=g.impb(),
        label=g.b64(240))


@neg("lookalike_hashes")
def n_checksums(g):
    lines = []
    for _ in range(g.r.randint(6, 12)):
        lines.append("%s  out/letters/%s.pdf" % (g.sha256(), g.lob_id("ltr")))
    return "lob", "out/SHA256SUMS", "\n".join(lines) + "\n"


@neg("lookalike_ids")
def n_openapi(g):
    return "lob", "openapi/mail-service.yaml", fill('''
        openapi: 3.0.3
        info:
          title: Mail service
          version: 1.4.0
        components:
          securitySchemes:
            basicAuth:
              type: http
              scheme: basic
              description: Use the Lob secret key as the username and leave the password empty.
        paths:
          /letters/{id}:
            get:
              security: [{basicAuth: []}]
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: {type: string, pattern: "^ltr_[a-f0-9]+$"}
                  example: <<ltr>>
              responses:
                "200":
                  description: The letter
                  content:
                    application/json:
                      example:
                        id: <<ltr>>
                        tracking_number: "<<trk>>"
                        expected_delivery_date: "<<d>>"
    ''', ltr=g.lob_id("ltr"), trk=g.impb(), d=g.date())


@neg("lookalike_ids")
def n_printers_ini(g):
    return "printnode", "conf/printers.ini", fill('''
        [computer]
        printnode_computer_id = <<cid>>
        hostname = WH-PACK-02
        serial = <<serial>>

        [printer.labels]
        printnode_printer_id = <<p1>>
        model = Zebra ZD421
        serial = <<s1>>
        media = 4x6

        [printer.slips]
        printnode_printer_id = <<p2>>
        model = Brother HL-L5100DN
        serial = <<s2>>
        media = A4
    ''', cid=g.digits(6), serial=g.s(UPP + DIG, 12), p1=g.digits(8), s1=g.s(UPP + DIG, 11),
        p2=g.digits(8), s2=g.s(UPP + DIG, 15))


@neg("env_reference")
def n_props_refs(g):
    return "lob", "src/main/resources/application.properties", fill('''
        spring.application.name=letters
        lob.api-key=${LOB_API_KEY}
        lob.from-address=<<adr>>
        lob.templates.welcome=<<t1>>
        lob.templates.reminder=<<t2>>
        usps.user-id=${USPS_WEBTOOLS_USERID:}
        usps.password=${USPS_WEBTOOLS_PASSWORD:}
        letters.batch-size=200
    ''', adr=g.lob_id("adr"), t1="tmpl_" + g.hexs(15), t2="tmpl_" + g.hexs(15))


@neg("lookalike_ids")
def n_mail_toml(g):
    return "lob", "config/mail.toml", fill('''
        [lob]
        api_key_env = "LOB_API_KEY"
        from_address = "<<adr>>"
        return_envelope = "no_9_single_window"

        [lob.templates]
        welcome = "<<t1>>"
        past_due = "<<t2>>"
        final_notice = "<<t3>>"

        [webhooks]
        endpoint_id = "<<ep>>"
        events = ["letter.mailed", "letter.delivered", "letter.returned_to_sender"]
    ''', adr=g.lob_id("adr"), t1="tmpl_" + g.hexs(15), t2="tmpl_" + g.hexs(15),
        t3="tmpl_" + g.hexs(15), ep="ep_" + g.hexs(16))


@neg("env_reference")
def n_fetch_letter_sh(g):
    return "lob", "scripts/fetch_letter.sh", fill('''
        #!/usr/bin/env bash
        # usage: LOB_API_KEY=... fetch_letter.sh ltr_xxxxxxxx
        set -euo pipefail
        : "${LOB_API_KEY:?set LOB_API_KEY first}"
        ID="${1:-<<ltr>>}"
        curl -s -u "${LOB_API_KEY}:" "https://api.lob.com/v1/letters/${ID}" \\
          | jq '{id, expected_delivery_date, tracking_events: [.tracking_events[].name]}'
    ''', ltr=g.lob_id("ltr"))


@neg("lookalike_hashes")
def n_dockerfile_digest(g):
    return "docmosis", "docker/worker/Dockerfile", fill('''
        FROM python:3.12-slim@sha256:<<d1>>

        ARG DOCMOSIS_ACCESS_KEY
        ARG BUILD_SHA=<<sha>>
        ENV PYTHONDONTWRITEBYTECODE=1 \\
            DOCMOSIS_ENDPOINT=https://us1.dws4.docmosis.com/api/render

        WORKDIR /app
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . .
        LABEL org.opencontainers.image.revision=$BUILD_SHA
        CMD ["python", "-m", "worker"]
    ''', d1=g.sha256(), sha=g.hexs(40))


@neg("lookalike_hashes")
def n_changelog(g):
    return "phaxio", "CHANGELOG.md", fill('''
        # Changelog

        ## 2.3.0 - <<d1>>
        - Switch fax sending from Phaxio v2 to v2.1 endpoints (<<c1>>)
        - Retry faxes that fail with `line_busy` (#<<i1>>)
        - Store page counts in `fax_jobs.pages` (<<c2>>)

        ## 2.2.1 - <<d2>>
        - Fix PrintNode job title truncation (<<c3>>)
        - Bump lob-python to 5.1.2 (<<c4>>)
    ''', d1=g.date(2025), c1=g.hexs(7), i1=g.r.randint(100, 999), c2=g.hexs(7), d2=g.date(2024),
        c3=g.hexs(40), c4=g.hexs(7))


@neg("lookalike_hashes")
def n_package_lock(g):
    def entry(name, ver):
        return fill('''
            "node_modules/<<n>>": {
              "version": "<<v>>",
              "resolved": "https://registry.npmjs.org/<<n>>/-/<<base>>-<<v>>.tgz",
              "integrity": "sha512-<<i>>"
            }''', n=name, v=ver, base=name.split("/")[-1], i=g.b64(64)).rstrip("\n")
    body = ",\n".join(entry(n, v) for n, v in [("lob", "6.6.3"), ("telnyx", "2.0.0"),
                                                ("phaxio-official", "1.2.2"), ("postmark", "4.0.2")])
    return "lob", "package-lock.json", '{\n  "name": "mail-worker",\n  "lockfileVersion": 3,\n  "packages": {\n' \
        + textwrap.indent(body, "    ") + "\n  }\n}\n"


@neg("lookalike_ids")
def n_documo_history(g):
    rows = []
    for _ in range(g.r.randint(2, 4)):
        rows.append('    {"messageId": "%s", "accountId": "%s", "direction": "outbound", "faxNumber": "%s", '
                    '"pagesCount": %d, "status": "%s", "resultInfo": "%s", "createdAt": "%s"}'
                    % (g.uuid(), g.uuid(), g.phone(), g.r.randint(1, 30), g.pick(["success", "failed"]),
                       g.pick(["OK", "Busy", "No answer"]), g.ts()))
    return "documo", "fixtures/documo/fax_history.json", '{\n  "rows": [\n' + ",\n".join(rows) + '\n  ],\n  "count": %d\n}\n' % len(rows)


@neg("lookalike_ids")
def n_srfax_outbox(g):
    rows = []
    for _ in range(g.r.randint(2, 5)):
        det = g.digits(8)
        rows.append('    {"FileName": "%s-%s-%s_1|%s", "SentStatus": "%s", "DateQueued": "%s", "Pages": "%d", '
                    '"ToFaxNumber": "%s", "EpochTime": "%d", "Size": "%d"}'
                    % (g.date().replace("-", "") + g.s(DIG, 6), g.s(DIG, 4), g.s(DIG, 2), det,
                       g.pick(["Sent", "Failed", "In Progress"]), g.date(), g.r.randint(1, 25),
                       g.s(DIG, 10), g.epoch(), g.r.randint(20000, 600000)))
    return "srfax", "tests/fixtures/srfax_outbox.json", '{\n  "Status": "Success",\n  "Result": [\n' + ",\n".join(rows) + "\n  ]\n}\n"


@neg("lookalike_ids")
def n_efax_response(g):
    return "efax", "efax/samples/outbound_response.xml", fill('''
        <?xml version="1.0"?>
        <OutboundResponse>
          <Transmission>
            <TransmissionControl>
              <TransmissionID>REF-<<ref>></TransmissionID>
              <DOCID><<doc>></DOCID>
            </TransmissionControl>
            <Response>
              <StatusCode>1</StatusCode>
              <StatusDescription>Success</StatusDescription>
            </Response>
          </Transmission>
        </OutboundResponse>
    ''', ref=g.digits(8), doc=g.digits(9))


@neg("lookalike_ids")
def n_nginx_log(g):
    lines = []
    for _ in range(g.r.randint(8, 14)):
        lines.append('10.%d.%d.%d - - [%s] "POST /hooks/lob?event_id=evt_%s HTTP/1.1" 200 2 "-" "Lob-Webhooks/1.0" rid=%s'
                     % (g.r.randint(0, 255), g.r.randint(0, 255), g.r.randint(1, 254),
                        g.logts().replace(",", "."), g.hexs(16), g.hexs(32)))
    return "lob", "logs/nginx/webhooks.access.log", "\n".join(lines) + "\n"


@neg("lookalike_signatures")
def n_lob_webhook_log(g):
    lines = []
    for _ in range(g.r.randint(5, 9)):
        lines.append("%s INFO  lob webhook event=%s object=%s lob-signature=%s lob-signature-timestamp=%d verified=true"
                     % (g.logts(), g.pick(["letter.mailed", "letter.delivered", "postcard.in_transit"]),
                        g.lob_id(g.pick(["ltr", "psc"])), g.sha256(), g.epoch()))
    return "lob", "logs/webhooks.log", "\n".join(lines) + "\n"


@neg("masked")
def n_vcr_cassette(g):
    ltr = g.lob_id("ltr")
    return "lob", "spec/cassettes/lob/create_letter.yml", fill('''
        ---
        http_interactions:
        - request:
            method: post
            uri: https://api.lob.com/v1/letters
            body:
              encoding: UTF-8
              string: description=spec+letter&to=<<adr>>&from=<<adr2>>&color=false
            headers:
              Authorization:
              - Basic <FILTERED>
              Idempotency-Key:
              - <<idem>>
          response:
            status:
              code: 200
              message: OK
            headers:
              X-Request-Id:
              - <<rid>>
            body:
              encoding: UTF-8
              string: '{"id":"<<ltr>>","object":"letter","expected_delivery_date":"<<d>>"}'
          recorded_at: Mon, 03 Jun 2024 14:02:11 GMT
        recorded_with: VCR 6.2.0
    ''', adr=g.lob_id("adr"), adr2=g.lob_id("adr"), idem=g.uuid(), rid=g.hexs(32), ltr=ltr, d=g.date())


@neg("lookalike_ids")
def n_ts_types(g):
    return "lob", "src/types/mail.ts", fill('''
        /** A Lob letter id, e.g. `<<ltr>>`. */
        export type LetterId = `ltr_${string}`;
        /** A Lob postcard id, e.g. `<<psc>>`. */
        export type PostcardId = `psc_${string}`;
        /** USPS Intelligent Mail package barcode, e.g. `<<impb>>`. */
        export type TrackingNumber = string;

        export interface MailPiece {
          id: LetterId | PostcardId;
          pages: number;
          trackingNumber?: TrackingNumber;
          templateId?: string; // `<<tmpl>>`
        }
    ''', ltr=g.lob_id("ltr"), psc=g.lob_id("psc"), impb=g.impb(), tmpl="tmpl_" + g.hexs(15))


@neg("lookalike_ids")
def n_twilio_fax_list(g):
    acct = "AC" + g.hexs(32)
    rows = []
    for _ in range(g.r.randint(3, 6)):
        rows.append("FX%s,%s,%s,%s,%d,%s" % (g.hexs(32), acct, g.phone(), g.pick(["delivered", "failed", "no-answer"]),
                                             g.r.randint(1, 18), g.ts()))
    return "twilio", "exports/twilio_faxes.csv", "sid,account_sid,to,status,num_pages,date_created\n" + "\n".join(rows) + "\n"


@neg("lookalike_ids")
def n_stannp_php_resp(g):
    return "stannp", "tests/Fixtures/stannp_campaign.php", fill('''
        <?php

        return [
            'success' => true,
            'data' => [
                'id' => '<<cid>>',
                'name' => 'Spring reactivation',
                'type' => 'a5-postcard',
                'status' => 'dispatched',
                'recipients_group' => '<<grp>>',
                'recipients' => '<<n>>',
                'cost' => '<<cost>>',
                'image' => 'https://dash.stannp.com/api/v1/uploads/<<up>>/image.webp',
                'size' => 'A5',
            ],
        ];
    ''', cid=g.digits(6), grp=g.digits(5), n=g.r.randint(50, 900), cost="%.2f" % g.r.uniform(20, 400),
        up=g.digits(4))


@neg("lookalike_ids")
def n_cs_enums(g):
    return "documo", "src/Fax.Core/FaxStatus.cs", fill('''
        using System;

        namespace Fax.Core
        {
            public enum FaxStatus
            {
                Queued = 0,
                Sending = 1,
                Delivered = 2,
                Failed = 3,
            }

            public static class KnownCoverPages
            {
                public static readonly Guid Default = new Guid("<<g1>>");
                public static readonly Guid Confidential = new Guid("<<g2>>");
                public static readonly Guid Pharmacy = new Guid("<<g3>>");
            }
        }
    ''', g1=g.uuid(), g2=g.uuid(), g3=g.uuid())


@neg("lookalike_addresses")
def n_usps_verify_xml(g):
    c, st, z = g.cityzip()
    return "usps", "usps/address_validate_request.xml", fill('''
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- USERID / PASSWORD are injected at runtime from the secret store -->
        <AddressValidateRequest USERID="${USPS_WEBTOOLS_USERID}" PASSWORD="${USPS_WEBTOOLS_PASSWORD}">
          <Revision>1</Revision>
          <Address ID="0">
            <Address1></Address1>
            <Address2><<street>></Address2>
            <City><<city>></City>
            <State><<st>></State>
            <Zip5><<zip>></Zip5>
            <Zip4></Zip4>
          </Address>
        </AddressValidateRequest>
    ''', street=g.street(), city=c, st=st, zip=z)


@neg("lookalike_encoded")
def n_pdf_b64_json(g):
    return "printnode", "fixtures/printnode/printjob_request.json", fill('''
        {
          "printerId": <<pid>>,
          "title": "Packing slip <<order>>",
          "contentType": "pdf_base64",
          "content": "JVBERi0xLjQK<<b64>>",
          "source": "warehouse-app",
          "options": {"copies": 1, "fit_to_page": true}
        }
    ''', pid=g.digits(8), order=g.digits(6), b64=g.b64(180))


@neg("lookalike_ids")
def n_gelato_product_py(g):
    return "gelato", "catalog/products.py", fill('''
        """Gelato product UIDs we sell. These are catalogue identifiers, not credentials."""

        PRODUCTS = {
            "poster-a3": "flat_product_pf_a3_pt_200-gsm-80lb-uncoated_cl_4-0_ver",
            "poster-50x70": "flat_product_pf_500x700-mm_pt_170-gsm-65lb-coated-silk_cl_4-0_ver",
            "mug-11oz": "mug_product_msz_11-oz_mmat_ceramic-white_cl_4-0",
            "tee-m-white": "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_white_gpr_4-0",
        }

        STORE_ID = "<<store>>"
        TEMPLATE_IDS = ["<<t1>>", "<<t2>>"]
    ''', store=g.uuid(), t1=g.uuid(), t2=g.uuid())


@neg("lookalike_ids")
def n_fax_cover_md(g):
    return "srfax", "docs/fax-runbook.md", fill('''
        # Fax runbook

        * Outbound faxes go through SRFax account **<<acct>>** (caller id <<caller>>).
        * The password lives in the vault at `clinical/fax/srfax` - never paste it here.
        * A fax is identified by its `FaxDetailsID`, e.g. `<<fd>>`.
        * Failed faxes are retried 3 times, 10 minutes apart.
        * Average page count last quarter: <<avg>>.

        To check a fax: `make fax-status ID=<<fd>>`.
    ''', acct=g.digits(6), caller=g.s(DIG, 10), fd=g.digits(8), avg="%.1f" % g.r.uniform(2, 9))


@neg("lookalike_addresses")
def n_return_addresses_yml(g):
    items = []
    for _ in range(3):
        c, st, z = g.cityzip()
        items.append(fill('''
            - id: <<adr>>
              name: <<company>>
              line1: <<street>>
              city: <<city>>
              state: <<st>>
              zip: "<<zip>>"
        ''', adr=g.lob_id("adr"), company=g.company(), street=g.street(), city=c, st=st, zip=z))
    return "lob", "config/return_addresses.yml", "return_addresses:\n" + textwrap.indent("".join(items), "  ")


# =============================================================================================
# Driver
# =============================================================================================

PROVIDER_NAMES = {
    "lob": "lob", "postgrid": "postgrid", "click2mail": "click2mail", "stannp": "stannp",
    "phaxio": "phaxio", "documo": "documo", "srfax": "srfax", "efax": "efax", "interfax": "interfax",
    "telnyx": "telnyx", "twilio": "twilio", "printnode": "printnode", "gelato": "gelato",
    "prodigi": "prodigi", "peecho": "peecho", "docmosis": "docmosis", "postmark": "postmark",
    "postmark_hook": "postmark", "usps": "usps", "canadapost": "canadapost",
    "royalmail": "royalmail", "dhl": "dhl_ecommerce",
}

BLOCKED_ENV = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ALLOWED_ENV = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if "." not in base:
        return "txt"
    ext = base.rsplit(".", 1)[-1].lower()
    return {"yaml": "yml"}.get(ext, ext)


def schedule(rng, items, n):
    """Round-robin over shuffled copies of items: every item used n/len(items) times +-1."""
    out = []
    while len(out) < n:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hn.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    g = G(rng)
    manifest, secrets = [], []
    env_pos = 0
    conv_pos = 0

    # ---- positives ----
    for i, (fn, prov, kind, conv) in enumerate(schedule(rng, POS_TEMPLATES, N_POS)):
        slot = SECRETS[prov](g)
        rel, text = fn(g, slot)
        needle = slot["secret"]
        assert needle, fn.__name__
        idx = text.find(needle)
        assert idx >= 0, (fn.__name__, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (fn.__name__, line)
        base = rel.rsplit("/", 1)[-1]
        if BLOCKED_ENV.match(base):
            env_pos += 1
        conv_pos += 1 if conv else 0
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": PROVIDER_NAMES[prov], "kind": kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert env_pos * 20 <= N_POS, env_pos

    # ---- negatives: half template re-use, half look-alikes ----
    n_reuse = N_NEG // 2
    reuse = schedule(rng, POS_TEMPLATES, n_reuse)
    cats = schedule(rng, NEG_CATEGORIES, n_reuse)
    looks = schedule(rng, NEG_TEMPLATES, N_NEG - n_reuse)
    neg_items = []
    for (fn, prov, _kind, _conv), cat in zip(reuse, cats):
        slot, real_cat = neg_slot(g, prov, cat)
        rel, text = fn(g, slot)
        neg_items.append((rel, text, PROVIDER_NAMES[prov], real_cat))
    for fn, kind in looks:
        prov, rel, text = fn(g)
        neg_items.append((rel, text, PROVIDER_NAMES.get(prov, prov), kind))
    order = list(range(len(neg_items)))
    rng.shuffle(order)
    for j, k in enumerate(order):
        rel, text, prov, kind = neg_items[k]
        base = rel.rsplit("/", 1)[-1]
        assert not (BLOCKED_ENV.match(base) and base not in ALLOWED_ENV), rel
        frel = "neg/n%04d/%s" % (j, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- re-read and verify what was written ----
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
        assert all(s["needle"] not in ln for ln in lines[:s["line"] - 1]), s
    sys.stdout.write("wrote %d positives (%d templates, %d conventional names, %d .env files) and "
                     "%d negatives (%d look-alike templates) to %s\n"
                     % (N_POS, len(POS_TEMPLATES), conv_pos, env_pos, N_NEG, len(NEG_TEMPLATES), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
