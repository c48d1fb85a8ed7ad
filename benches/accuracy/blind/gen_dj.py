#!/usr/bin/env python3
"""Blind evaluation-set generator "dj" for keyhook: hospitality, hotels, short-term rentals, smart locks.

EMPHASIS
  Credentials that hotel / vacation-rental engineering teams actually commit:
  * PMS and channel managers: Mews Connector ClientToken / AccessToken, Mews POS API token,
    Cloudbeds API key (cbat_...), Oracle OPERA Cloud / OHIP OAuth client secret and x-app-key,
    SiteMinder SiteConnect password, Guesty / Hostaway / RemoteLock OAuth client secrets,
    Lodgify X-ApiKey, Hospitable personal access token (JWT), Beds24 refresh token,
    Smoobu Api-Key, RMS Cloud client password.
  * OTA connectivity: Booking.com XML machine-account password, Expedia EQC password.
  * Revenue management: PriceLabs and Wheelhouse API keys.
  * Guest messaging: Twilio auth token and API-key secret.
  * Smart locks / access: RemoteLock, Nuki Web API token, August/Yale access token (JWT),
    igloohome client secret, TTLock clientSecret, Seam API key (seam_<short>_<long>).
  * Guest Wi-Fi captive portals: RADIUS shared secrets (FreeRADIUS clients.conf, portal JSON, pyrad).
  * Payment gateways used by hotels: Stripe sk_live_/rk_live_, Adyen API key, Square access
    token (EAAA...), Braintree access_token$production$...
  File types: Python, JavaScript/TypeScript (Node, NestJS), PHP (Laravel, WordPress plugin,
  Guzzle), Ruby (initializers, Faraday), C# (appsettings.json, HttpClient, Web.config), Java
  (Spring properties/yaml, HttpClient), Go, .env, docker-compose, GitHub Actions, Kubernetes
  Secret, Helm values, Ansible group_vars, terraform.tfvars, TOML, INI, systemd units,
  Dockerfile, nginx, Postman collections and environments, Zapier exports, Make blueprints,
  CSV exports, XML (OTA/HTNG SOAP with WS-Security UsernameToken, OTA POS MessagePassword,
  Expedia EQC AR, Booking.com B.XML-style), Markdown runbooks/handover notes, SQL seeds,
  debug logs.

USAGE
  python3 gen_dj.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
  (500 files, no credential), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. All randomness
  comes from random.Random(SEED); same SEED -> byte-identical output. Standard library only.
  manifest.jsonl carries an extra "template" field (template name) besides the required keys.

NEEDLE CONVENTIONS
  * needle = the secret exactly as written in the file (no surrounding quotes); line = 1-based
    line of its first occurrence.
  * id/secret pairs (client_id + client_secret, Twilio Account SID + auth token, EQC/B.XML user +
    password, TTLock clientId + clientSecret, RADIUS NAS IP + secret, Mews enterprise/service id,
    Stripe account id, Adyen merchant account...) count as ONE credential; the needle is the
    secret half. The public id may appear next to it.
  * Mews: a positive holds only one of ClientToken / AccessToken; the other one is read from the
    environment or a DB row, never written.
  * JWT-shaped tokens (Hospitable PAT, August access token): the whole header.payload.signature.
  * Braintree: the whole access_token$production$<merchant>$<hex> string.
  * Half the positives use an obvious name (CLOUDBEDS_API_KEY, stripeSecretKey...), half a
    neutral one (UPSTREAM, cloudbeds_primary, partner, value...), and several templates carry the
    secret as a positional argument, an HTTP header, a Postman/Make/Zapier field, an XML
    attribute/element, a curl flag or a logged header dict.

NEGATIVES
  About half re-use the positive templates with the secret slot filled by: placeholders
  (<X>, REPLACE_ME, your-api-key-here, cbat_XXXX..., zeros), environment look-ups
  (os.environ, process.env, getenv/env(), ENV.fetch, Environment.GetEnvironmentVariable,
  System.getenv, ${VAR}, ${{ secrets.X }}, {{postmanVar}}, Helm/Ansible templating, Zapier
  {{step__field}}), secret-manager references (Vault paths, 1Password op://, AWS Secrets Manager
  ARNs and {{resolve:...}}, GCP Secret Manager paths, Azure Key Vault references), masked values
  (****abcd, first chars + bullets), empty values, bare prefixes (sk_live_, cbat_, seam_),
  public ids put under their own id names (client ids, account SIDs, property/listing ids,
  merchant accounts), keys the provider documents as safe to expose (Stripe pk_live_, Adyen
  client key live_..., Square application id sq0idp-, Braintree tokenization key, Seam
  publishable key), and published documentation/demo values (Mews public demo ClientToken /
  AccessToken with the api.mews-demo.com address, Mews POS demo token, Stripe's docs test key).
  The other half are domain look-alikes: reservation exports with confirmation numbers and short
  numeric guest door codes, OTA_HotelResNotifRQ with reservation ids, Seam/Nuki device-list
  fixtures (device ids), room-type / rate-plan / listing mappings, i18n strings mentioning
  passwords and API keys, webhook fixtures with HMAC signature values, package-lock integrity
  hashes, image digests, keycard encoder logs with card UIDs, access logs with request/trace ids,
  .env.example, workflow secret references, sensitive terraform variables without values,
  OpenAPI security schemes, a masking runbook, options classes bound from Key Vault, Ruby
  property-id constants, a Stripe publishable key in browser code, a Mews demo-setup README.

DOUBTS (formats written from memory or only partly confirmed; labels a reviewer might dispute)
  * Confirmed from provider docs via search: Mews token shape (32 upper-hex '-' 31 upper-hex) and
    its public demo tokens; Mews POS demo token sk_test_ + 22 hex (live form sk_live_ + 22 hex is
    my extrapolation, and it shares Stripe's prefix); Cloudbeds keys start with cbat_ (the length
    after the prefix, 32 alnum, is a guess); OHIP uses OAuth client id/secret plus an x-app-key
    header; Seam keys follow the prefixed-api-key shape seam_<8 base58>_<24 base58> (taken from
    Seam's own prefixed-api-key library README).
  * From memory / guessed: OHIP client secret (either idcscs-<uuid> as OCI IAM issues, or 32
    random chars) and x-app-key as a UUID; Guesty secret (40 chars, Okta-style 0oa... client id);
    Hostaway secret (64 hex); Lodgify key (64-char base64); Beds24 refresh token (64 alnum);
    Smoobu, PriceLabs, Wheelhouse keys (36-40 alnum) and Wheelhouse's header name; Nuki Web API
    token (80 hex); August access token claims; igloohome secret (48 alnum); TTLock clientId /
    clientSecret (32 hex each); RemoteLock (Doorkeeper-style 64 hex); Adyen API key layout
    (AQE... with two '=-' separated parts); Square EAAA + 60; Braintree access token layout;
    Twilio formats are well known. Endpoint paths are plausible, not verified.
  * Labels: the Mews public demo tokens and the Stripe docs test key are labelled negative
    (published by the provider as shared demo/test values) although a scanner that matches the
    format will flag them. Publishable/client keys are labelled negative. Short numeric guest door
    codes in reservation exports are labelled negative as the brief asks, though a strict reviewer
    might dislike guest door codes in git. OAuth client ids (RemoteLock 64 hex, TTLock 32 hex)
    on their own are labelled negative although they look like secrets. The OHIP x-app-key is
    treated as a credential (positive kind app-key), never used in negatives.
  * Passwords (SiteMinder, Booking.com, Expedia EQC, RMS, RADIUS) are generated human-style
    passwords without quotes, backslashes, '$', '#', '%', '&' or '<', so the needle is the same
    in every file format.

SEARCHES
  search(docs): "Mews Connector API ClientToken AccessToken demo environment" -> docs.mews.com
  authentication/environments pages; search(pages): "Mews demo Gross pricing environment
  ClientToken AccessToken values table" -> the demo token values. search(docs/pages): Cloudbeds
  API key / x-api-key -> developers.cloudbeds.com auth guides and a third-party summary page
  stating Cloudbeds keys begin with cbat_. search(docs): "Seam API key seam_ prefix" -> Seam's
  prefixed-api-key README (npm/hex ports). search(docs): OHIP x-app-key client_id client_secret
  -> docs.oracle.com OHIP authentication pages. search(docs): Nuki Web API token -> npm wrappers
  and developer.nuki.io (no token format stated).
  Scanner-related material shown: none (no gitleaks/trufflehog/etc. rules appeared; the Seam
  prefixed-api-key README mentions GitHub secret scanning in passing, nothing else).
"""

import json
import os
import string
import sys
import random
import base64

# ---------------------------------------------------------------------------
# low level random helpers (all randomness flows from one random.Random(SEED))
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B64URL = ALNUM + "-_"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def mixed(r, n, alpha=ALNUM):
    """random string that surely contains upper, lower and digit when alpha allows"""
    while True:
        s = rs(r, n, alpha)
        if alpha is ALNUM or alpha == ALNUM:
            if any(ch.isupper() for ch in s) and any(ch.islower() for ch in s) and any(ch.isdigit() for ch in s):
                return s
        else:
            if sum(ch.isdigit() for ch in s) >= 2 and sum(ch.isalpha() for ch in s) >= 2:
                return s


def hx(r, n, upper=False):
    while True:
        s = rs(r, n, HEXU if upper else HEXL)
        if sum(ch.isdigit() for ch in s) >= 3 and sum(ch.isalpha() for ch in s) >= 3:
            return s


def uuid4(r):
    h = rs(r, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64std(r, nbytes):
    """standard base64 without '/' so that needles stay shell/path friendly"""
    while True:
        s = base64.b64encode(rbytes(r, nbytes)).decode()
        if "/" not in s:
            return s


def jwt(r, payload, sig_bytes=256):
    head = {"alg": "RS256" if sig_bytes >= 128 else "HS256", "typ": "JWT"}
    return "%s.%s.%s" % (
        b64u(json.dumps(head, separators=(",", ":")).encode()),
        b64u(json.dumps(payload, separators=(",", ":")).encode()),
        b64u(rbytes(r, sig_bytes)),
    )


WORDS = ["sunset", "harbor", "lobby", "marina", "cedar", "olive", "atlas", "coral", "summit",
         "willow", "aurora", "basil", "cobalt", "dune", "ember", "falcon", "granite", "juniper",
         "lagoon", "maple", "nomad", "orchid", "pebble", "quartz", "riviera", "saffron", "tundra",
         "velvet", "zephyr", "bellhop", "concierge", "terrace", "cabana", "chalet", "veranda"]
PW_SYMS = "!*-._~@^+="
URL_SYMS = "-._~!*"


def human_password(r, url_safe=False):
    syms = URL_SYMS if url_safe else PW_SYMS
    k = r.randrange(5)
    if k == 0:
        return "%s%s%s%d" % (r.choice(WORDS).capitalize(), r.choice(syms), r.choice(WORDS).capitalize(), r.randrange(10, 99))
    if k == 1:
        w = r.choice(WORDS)
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0")
        return "%s%s%s%d" % (leet[0].upper(), leet[1:], r.choice(syms), r.randrange(2016, 2027))
    if k == 2:
        # password-manager style
        alpha = ALNUM + syms
        while True:
            s = r.choice(string.ascii_letters) + rs(r, r.randrange(15, 22), alpha)
            if any(c in syms for c in s) and any(c.isdigit() for c in s):
                return s
    if k == 3:
        return "%s%s%s%s%s" % (r.choice(WORDS), r.choice(syms), r.choice(WORDS), r.choice(syms), rs(r, 4, UPNUM))
    return "%s%d%s%s" % (r.choice(WORDS).capitalize(), r.randrange(100, 9999), r.choice(syms), rs(r, 3, string.ascii_lowercase))


# ---------------------------------------------------------------------------
# credential generators (one per kind)
# ---------------------------------------------------------------------------
def g_mews(r):
    return hx(r, 32, True) + "-" + hx(r, 31, True)


def g_cloudbeds(r):
    return "cbat_" + mixed(r, 32)


def g_ohip_secret(r):
    if r.random() < 0.5:
        return "idcscs-" + uuid4(r)
    return mixed(r, 32, ALNUM + "-")


def g_ohip_appkey(r):
    return uuid4(r)


def g_password(r):
    return human_password(r)


def g_url_password(r):
    return human_password(r, url_safe=True)


def g_guesty(r):
    return mixed(r, 40, ALNUM + "-_")


def g_hostaway(r):
    return hx(r, 64)


def g_lodgify(r):
    return b64std(r, 48)


def g_hospitable(r):
    now = 1700000000 + r.randrange(40000000)
    return jwt(r, {"aud": str(r.randrange(1, 400)), "jti": hx(r, 80), "iat": now,
                   "nbf": now, "exp": now + 31536000, "sub": str(r.randrange(10000, 999999)),
                   "scopes": ["pat:read", "pat:write"]})


def g_beds24(r):
    return mixed(r, 64)


def g_smoobu(r):
    return mixed(r, 40)


def g_pricelabs(r):
    return mixed(r, 40)


def g_wheelhouse(r):
    return mixed(r, 36)


def g_twilio_auth(r):
    return hx(r, 32)


def g_twilio_sk_secret(r):
    return mixed(r, 32)


def g_remotelock(r):
    return hx(r, 64)


def g_nuki(r):
    return hx(r, 80)


def g_august(r):
    now = 1700000000 + r.randrange(40000000)
    return jwt(r, {"installId": uuid4(r), "region": "us-west-2", "applicationId": "",
                   "userId": uuid4(r), "vInstallId": False, "vPassword": True, "vEmail": True,
                   "vPhone": True, "hasInstallId": True, "hasPassword": True, "hasEmail": True,
                   "hasPhone": True, "isLockedOut": False, "oauth": {}, "iat": now,
                   "exp": now + 10368000}, sig_bytes=32)


def g_igloo(r):
    return mixed(r, 48)


def g_ttlock(r):
    return hx(r, 32)


def g_seam(r):
    return "seam_" + rs(r, 8, B58) + "_" + rs(r, 24, B58)


def g_radius(r):
    if r.random() < 0.5:
        return mixed(r, r.randrange(16, 25))
    return human_password(r)


def g_stripe(r):
    if r.random() < 0.7:
        return "sk_live_" + mixed(r, r.choice([24, 99]))
    return "rk_live_" + mixed(r, r.choice([24, 99]))


def g_adyen(r):
    return "AQE" + rs(r, 1, "ijklmnopqrstuvwxyz") + b64std(r, 78).rstrip("=") + "=-" + b64std(r, 32) + "-" + mixed(r, 16, ALNUM + "<>.;,")


def g_adyen_clean(r):
    # avoid chars that need escaping in XML / shells
    return "AQE" + rs(r, 1, "ijklmnopqrstuvwxyz") + b64std(r, 78).rstrip("=") + "=-" + b64std(r, 32) + "-" + mixed(r, 16, ALNUM + ".")


def g_square(r):
    return "EAAA" + mixed(r, 60, ALNUM + "-_")


def g_braintree(r):
    return "access_token$production$" + rs(r, 16, LOWNUM) + "$" + hx(r, 32)


# id generators -------------------------------------------------------------
def i_digits(n):
    return lambda r: str(r.randrange(10 ** (n - 1), 10 ** n))


def i_ohip_client(r):
    return r.choice(["HTLCO", "SUNRS", "BAYVW", "NORTH", "ALPHA"]) + "_" + r.choice(["Client", "Integration", "PROD"])


def i_okta(r):
    return "0oa" + rs(r, 17, ALNUM)


def i_twilio_ac(r):
    return "AC" + hx(r, 32)


def i_twilio_sk(r):
    return "SK" + hx(r, 32)


def i_hex32(r):
    return hx(r, 32)


def i_hex64(r):
    return hx(r, 64)


def i_uuid(r):
    return uuid4(r)


def i_username(r):
    return r.choice(["eqc_", "hotel_", "xml_", "cm_", ""]) + r.choice(WORDS) + str(r.randrange(10, 999))


def i_igloo_client(r):
    return rs(r, 26, LOWNUM)


def i_nas(r):
    return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 250))


# public / publishable values a provider documents as safe to expose --------
def pub_stripe(r):
    return "pk_live_" + mixed(r, 99)


def pub_adyen(r):
    return "live_" + rs(r, 32, UPNUM)


def pub_seam(r):
    return "seam_pk1" + rs(r, 8, B58) + "_" + rs(r, 24, B58)


def pub_square(r):
    return "sq0idp-" + mixed(r, 22, ALNUM + "-_")


def pub_braintree(r):
    return "production_" + rs(r, 8, LOWNUM) + "_" + rs(r, 16, LOWNUM)


MEWS_DEMO = ["E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",
             "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"]
STRIPE_DOC = ["sk_test_4eC39HqLyjWDarjtT1zdp7dc"]
MEWS_POS_DOC = ["sk_test_bae7115405656f156ca6ca"]


def P(provider, kind, gen, words, short, host, header=None, auth="header", idw=None, idgen=None,
      pub=None, pubw=None, doc=None, pw=False, xml=False, prefix=None, shape=None):
    return dict(provider=provider, kind=kind, gen=gen, words=words, short=short, host=host,
                header=header, auth=auth, idw=idw, idgen=idgen, pub=pub, pubw=pubw, doc=doc or [],
                pw=pw, xml=xml, prefix=prefix, shape=shape)


PROVIDERS = [
    P("mews", "client-token", g_mews, ["mews", "client", "token"], "mews", "api.mews.com", auth="body",
      idw=["mews", "enterprise", "id"], idgen=i_uuid, doc=MEWS_DEMO, shape="hexdash"),
    P("mews", "access-token", g_mews, ["mews", "access", "token"], "mews", "api.mews.com", auth="body",
      idw=["mews", "service", "id"], idgen=i_uuid, doc=MEWS_DEMO, shape="hexdash"),
    P("cloudbeds", "api-key", g_cloudbeds, ["cloudbeds", "api", "key"], "cloudbeds", "api.cloudbeds.com",
      header="x-api-key", idw=["cloudbeds", "property", "id"], idgen=i_digits(6), prefix="cbat_"),
    P("oracle-ohip", "client-secret", g_ohip_secret, ["ohip", "client", "secret"], "opera",
      "mtu1-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com", auth="oauth",
      idw=["ohip", "client", "id"], idgen=i_ohip_client),
    P("oracle-ohip", "app-key", g_ohip_appkey, ["opera", "app", "key"], "opera",
      "mtu1-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com", header="x-app-key",
      idw=["opera", "hotel", "id"], idgen=lambda r: r.choice(["HQ", "SAND01", "LHR1", "NYC7", "BCN2"])),
    P("siteminder", "siteconnect-password", g_password, ["siteminder", "password"], "siteminder",
      "smtpi.siteminder.com", auth="basic", idw=["siteminder", "username"], idgen=i_username, pw=True, xml=True),
    P("guesty", "client-secret", g_guesty, ["guesty", "client", "secret"], "guesty", "open-api.guesty.com",
      auth="oauth", idw=["guesty", "client", "id"], idgen=i_okta),
    P("hostaway", "api-secret", g_hostaway, ["hostaway", "client", "secret"], "hostaway", "api.hostaway.com",
      auth="oauth", idw=["hostaway", "account", "id"], idgen=i_digits(5)),
    P("lodgify", "api-key", g_lodgify, ["lodgify", "api", "key"], "lodgify", "api.lodgify.com",
      header="X-ApiKey", idw=["lodgify", "property", "id"], idgen=i_digits(6)),
    P("hospitable", "personal-access-token", g_hospitable, ["hospitable", "access", "token"], "hospitable",
      "public.api.hospitable.com", header="Authorization", auth="bearer",
      idw=["hospitable", "property", "uuid"], idgen=i_uuid),
    P("beds24", "refresh-token", g_beds24, ["beds24", "refresh", "token"], "beds24", "beds24.com",
      header="refreshToken", idw=["beds24", "prop", "id"], idgen=i_digits(6)),
    P("smoobu", "api-key", g_smoobu, ["smoobu", "api", "key"], "smoobu", "login.smoobu.com",
      header="Api-Key", idw=["smoobu", "apartment", "id"], idgen=i_digits(6)),
    P("rms-cloud", "client-password", g_password, ["rms", "client", "password"], "rms",
      "restapi8.rmscloud.com", auth="body", idw=["rms", "client", "id"], idgen=i_digits(5), pw=True),
    P("booking.com", "connectivity-password", g_url_password, ["booking", "xml", "password"], "bdc",
      "supply-xml.booking.com", auth="basic", idw=["booking", "xml", "user"], idgen=i_username, pw=True, xml=True),
    P("expedia", "eqc-password", g_url_password, ["eqc", "password"], "eqc",
      "services.expediapartnercentral.com", auth="basic", idw=["eqc", "username"], idgen=i_username,
      pw=True, xml=True),
    P("pricelabs", "api-key", g_pricelabs, ["pricelabs", "api", "key"], "pricelabs", "api.pricelabs.co",
      header="X-API-Key", idw=["pricelabs", "listing", "id"], idgen=i_digits(8)),
    P("wheelhouse", "api-key", g_wheelhouse, ["wheelhouse", "api", "key"], "wheelhouse",
      "api.usewheelhouse.com", header="X-Integration-Api-Key", idw=["wheelhouse", "listing", "id"],
      idgen=i_digits(7)),
    P("twilio", "auth-token", g_twilio_auth, ["twilio", "auth", "token"], "twilio", "api.twilio.com",
      auth="basic", idw=["twilio", "account", "sid"], idgen=i_twilio_ac),
    P("twilio", "api-key-secret", g_twilio_sk_secret, ["twilio", "api", "secret"], "twilio", "api.twilio.com",
      auth="basic", idw=["twilio", "api", "key", "sid"], idgen=i_twilio_sk),
    P("remotelock", "client-secret", g_remotelock, ["remotelock", "client", "secret"], "remotelock",
      "connect.remotelock.com", auth="oauth", idw=["remotelock", "client", "id"], idgen=i_hex64),
    P("nuki", "web-api-token", g_nuki, ["nuki", "api", "token"], "nuki", "api.nuki.io", header="Authorization",
      auth="bearer", idw=["nuki", "smartlock", "id"], idgen=i_digits(9)),
    P("august-yale", "access-token", g_august, ["august", "access", "token"], "august", "api-production.august.com",
      header="x-august-access-token", idw=["august", "lock", "id"], idgen=lambda r: hx(r, 32, True)),
    P("igloohome", "client-secret", g_igloo, ["igloo", "client", "secret"], "igloo", "api.igloodeveloper.co",
      auth="oauth", idw=["igloo", "client", "id"], idgen=i_igloo_client),
    P("ttlock", "client-secret", g_ttlock, ["ttlock", "client", "secret"], "ttlock", "euapi.ttlock.com",
      auth="body", idw=["ttlock", "client", "id"], idgen=i_hex32),
    P("seam", "api-key", g_seam, ["seam", "api", "key"], "seam", "connect.getseam.com", header="Authorization",
      auth="bearer", idw=["seam", "device", "id"], idgen=i_uuid, pub=pub_seam, pubw=["seam", "publishable", "key"],
      prefix="seam_"),
    P("radius", "shared-secret", g_radius, ["radius", "secret"], "radius", "radius.guest-wifi.local",
      auth="radius", idw=["radius", "nas", "ip"], idgen=i_nas, pw=True),
    P("stripe", "secret-key", g_stripe, ["stripe", "secret", "key"], "stripe", "api.stripe.com",
      header="Authorization", auth="bearer", pub=pub_stripe, pubw=["stripe", "publishable", "key"],
      doc=STRIPE_DOC, idw=["stripe", "account", "id"], idgen=lambda r: "acct_" + mixed(r, 16), prefix="sk_live_"),
    P("adyen", "api-key", g_adyen_clean, ["adyen", "api", "key"], "adyen", "checkout-live.adyenpayments.com",
      header="X-API-Key", pub=pub_adyen, pubw=["adyen", "client", "key"],
      idw=["adyen", "merchant", "account"], idgen=lambda r: r.choice(["HarborHotels", "SunsetResortsECOM", "BayStaysPOS"])),
    P("square", "access-token", g_square, ["square", "access", "token"], "square", "connect.squareup.com",
      header="Authorization", auth="bearer", pub=pub_square, pubw=["square", "application", "id"],
      idw=["square", "location", "id"], idgen=lambda r: "L" + rs(r, 12, UPNUM)),
    P("braintree", "access-token", g_braintree, ["braintree", "access", "token"], "braintree",
      "api.braintreegateway.com", auth="bearer", pub=pub_braintree, pubw=["braintree", "tokenization", "key"],
      idw=["braintree", "merchant", "id"], idgen=lambda r: rs(r, 16, LOWNUM)),
    P("mews", "pos-api-token", lambda r: "sk_live_" + hx(r, 22), ["mews", "pos", "token"], "mewspos",
      "api.mews.com", header="Authorization", auth="bearer", doc=MEWS_POS_DOC,
      idw=["mews", "pos", "account"], idgen=lambda r: r.choice(["Harbor POS", "Lobby Bar", "Rooftop"])),
]


# ---------------------------------------------------------------------------
# naming
# ---------------------------------------------------------------------------
def style(words, st):
    words = [w.lower() for w in words]
    if st == "snake":
        return "_".join(words)
    if st == "screaming":
        return "_".join(words).upper()
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "kebab":
        return "-".join(words)
    if st == "dot":
        return ".".join(words)
    raise ValueError(st)


NEUTRAL_SUFFIX = ["value", "ref", "conn", "cfg", "param", "primary", "main", "prod", "live", "v2", "blob",
                  "str", "default", "current", "hq", "bridge", "link"]
NEUTRAL_SINGLE = [["value"], ["conn"], ["upstream"], ["partner"], ["integration"], ["vendor"], ["remote"],
                  ["channel"], ["ctx"], ["opts"], ["blob"]]

NEG_MODES = ["placeholder", "envref", "masked", "empty", "doc", "public", "id", "vault", "prefix_only"]


class Ctx(object):
    """Everything a template needs to render one file."""

    def __init__(self, r, p, mode, obvious):
        self.r = r
        self.p = p
        self.pick = r.random()
        self.mode = mode  # "pos" or a negative mode
        self.obvious = obvious
        self.secret = None
        self.words = list(p["words"])
        if mode == "pos":
            self.secret = p["gen"](r)
            self.value = self.secret
            if not obvious:
                if r.random() < 0.6:
                    self.words = [p["short"], r.choice(NEUTRAL_SUFFIX)]
                else:
                    self.words = list(r.choice(NEUTRAL_SINGLE))
        else:
            self.value = self._neg_value(mode)
        self.idval = p["idgen"](r) if p.get("idgen") else None
        self.extra = []
        if mode == "doc":
            if p["provider"] == "mews":
                self.extra = [(["platform", "address"], "https://api.mews-demo.com"), (["environment"], "demo")]
            else:
                self.extra = [(["mode"], "test")]
        self.idwords = p["idw"]
        # whether the public id is shown next to the slot
        self.show_id = self.idval is not None and mode not in ("id",) and r.random() < 0.6

    # -- negative values -------------------------------------------------
    def _neg_value(self, mode):
        r, p = self.r, self.p
        envname = style(p["words"], "screaming")
        if mode == "placeholder":
            opts = ["<%s>" % envname, "your-%s-here" % style(p["words"][1:] or p["words"], "kebab"),
                    "REPLACE_ME", "CHANGE_ME", "<insert %s>" % " ".join(p["words"][1:]),
                    "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "%s_GOES_HERE" % envname, "...",
                    "<your %s>" % " ".join(p["words"])]
            if p.get("prefix"):
                opts.append(p["prefix"] + "X" * 24)
                opts.append(p["prefix"] + "<redacted>")
            if p.get("shape") == "hexdash":
                opts.append("0" * 32 + "-" + "0" * 31)
                opts.append("X" * 32 + "-" + "X" * 31)
            if p["pw"]:
                opts += ["<password>", "********", "your-password"]
            return r.choice(opts)
        if mode == "masked":
            real = p["gen"](r)
            k = r.randrange(3)
            if k == 0:
                return real[:4] + "*" * 12 + real[-4:]
            if k == 1:
                return "*" * 8 + real[-4:]
            return real[:6] + "\u2022" * 10
        if mode == "empty":
            return ""
        if mode == "doc":
            if p["provider"] == "mews" and len(p["doc"]) == 2:
                # the published demo ClientToken / AccessToken, matched to the slot's meaning
                return p["doc"][1] if "access" in p["kind"] else p["doc"][0]
            return r.choice(p["doc"])
        if mode == "public":
            self.words = list(p["pubw"])
            return p["pub"](r)
        if mode == "id":
            self.words = list(p["idw"])
            return p["idgen"](r)
        if mode == "vault":
            k = r.randrange(6)
            n = style(p["words"], "kebab")
            if k == 0:
                return "vault:secret/data/hotel/%s#%s" % (p["short"], style(p["words"][1:], "snake"))
            if k == 1:
                return "op://Hotel Ops/%s/credential" % p["provider"].capitalize()
            if k == 2:
                return "arn:aws:secretsmanager:eu-west-1:%d:secret:pms/%s-%s" % (
                    r.randrange(10 ** 11, 10 ** 12), n, rs(r, 6, ALNUM))
            if k == 3:
                return "{{resolve:secretsmanager:pms/%s:SecretString:%s}}" % (p["short"], style(p["words"][1:], "camel"))
            if k == 4:
                return "projects/hotel-ops-%d/secrets/%s/versions/latest" % (r.randrange(100, 999), n)
            return "@Microsoft.KeyVault(SecretUri=https://kv-hotel-%s.vault.azure.net/secrets/%s/)" % (
                rs(r, 4, LOWNUM), n)
        if mode == "prefix_only":
            if p.get("prefix"):
                return p["prefix"]
            return "<%s>" % style(p["words"], "screaming")
        if mode == "envref":
            return None  # rendered by lit()/s()
        raise ValueError(mode)

    # -- naming ------------------------------------------------------------
    def n(self, st):
        return style(self.words, st)

    def idn(self, st):
        return style(self.idwords, st)

    def envname(self):
        return style(self.p["words"], "screaming")

    # -- value rendering ---------------------------------------------------
    def s(self, fmt="text"):
        """raw string value for text formats (env, yaml, json, xml, ...)"""
        if self.mode != "envref":
            if fmt == "xml" and self.mode != "pos":
                return self.value.replace("<", "&lt;").replace(">", "&gt;")
            return self.value
        e = self.envname()
        if fmt == "gha":
            return "${{ secrets.%s }}" % e
        if fmt == "postman":
            return "{{%s}}" % self.n("camel")
        if fmt == "helm":
            return "{{ .Values.%s.%s }}" % (self.p["short"], style(self.p["words"][1:] or self.p["words"], "camel"))
        if fmt == "sh":
            return "${%s}" % e
        if fmt == "xml":
            return ["${%s}" % e, "#{%s}#" % style(self.p["words"], "pascal"), "$(%s)" % e][int(self.pick * 3)]
        if fmt == "zap":
            return "{{%d__%s}}" % (self.r.randrange(100000000, 999999999), self.n("snake"))
        if fmt == "csv":
            return "(from vault)"
        if fmt == "md":
            return "$" + e
        if fmt == "ini":
            return "%%(%s)s" % e if self.pick < 0.5 else "${%s}" % e
        return "${env:%s}" % e if self.pick < 0.3 else "${%s}" % e

    def lit(self, lang, q='"'):
        """literal / expression for code languages"""
        e = self.envname()
        if self.mode == "envref":
            r = self.r
            if lang == "py":
                return r.choice(['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e])
            if lang in ("js", "ts"):
                return r.choice(["process.env.%s" % e, "process.env['%s']" % e, "process.env.%s ?? ''" % e])
            if lang == "php":
                return r.choice(["getenv('%s')" % e, "env('%s')" % e, "$_ENV['%s']" % e])
            if lang == "rb":
                return r.choice(['ENV["%s"]' % e, 'ENV.fetch("%s")' % e])
            if lang == "cs":
                return r.choice(['Environment.GetEnvironmentVariable("%s")' % e,
                                 '_configuration["%s:%s"]' % (style(self.p["words"][:1], "pascal"),
                                                            style(self.p["words"][1:] or self.p["words"], "pascal"))])
            if lang == "java":
                return 'System.getenv("%s")' % e
            if lang == "go":
                return 'os.Getenv("%s")' % e
            return '"${%s}"' % e
        return q + self.value + q

    @property
    def is_pos(self):
        return self.mode == "pos"


def fmt_lit(lang, v, q='"'):
    if isinstance(v, bool):
        if lang == "py":
            return "True" if v else "False"
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return q + v + q


# harmless settings: (words, value-generator)
HOTEL_NAMES = ["Harbor View Hotel", "Casa Olivo", "The Alder Inn", "Sunset Bay Resort", "Hotel Nordlys",
               "Riverside Lofts", "Maple Court Suites", "Pension Azul", "Kaiserhof Apartments", "Coral Reef Lodge"]
TZS = ["Europe/Lisbon", "Europe/Berlin", "America/New_York", "Europe/London", "Asia/Singapore",
       "Australia/Sydney", "America/Denver", "Europe/Madrid"]
CURR = ["EUR", "USD", "GBP", "AUD", "SGD", "CHF"]


def harmless(r, n):
    pool = [
        (["property", "id"], lambda: r.randrange(100000, 999999)),
        (["hotel", "code"], lambda: r.choice(["HVH", "CASOL", "ALDER", "SBR01", "NORD", "RVLOFT"])),
        (["hotel", "name"], lambda: r.choice(HOTEL_NAMES)),
        (["timezone"], lambda: r.choice(TZS)),
        (["currency"], lambda: r.choice(CURR)),
        (["timeout", "seconds"], lambda: r.choice([10, 15, 30, 60])),
        (["max", "retries"], lambda: r.choice([2, 3, 5])),
        (["log", "level"], lambda: r.choice(["info", "debug", "warning"])),
        (["webhook", "url"], lambda: "https://ops.%s.com/hooks/%s" % (r.choice(["harborview", "casaolivo", "alderinn", "sunsetbay"]), r.choice(["pms", "locks", "reservations"]))),
        (["sync", "interval", "minutes"], lambda: r.choice([5, 10, 15, 30])),
        (["default", "room", "type"], lambda: r.choice(["DBL", "KNG", "TWN", "STE", "QQ"])),
        (["channel", "code"], lambda: r.choice(["BDC", "EXP", "ABB", "HRS", "AGODA"])),
        (["locale"], lambda: r.choice(["en-GB", "de-DE", "pt-PT", "es-ES", "en-US"])),
        (["checkin", "time"], lambda: r.choice(["15:00", "14:00", "16:00"])),
        (["checkout", "time"], lambda: r.choice(["11:00", "10:00", "12:00"])),
        (["dry", "run"], lambda: r.random() < 0.5),
        (["page", "size"], lambda: r.choice([50, 100, 200])),
        (["region"], lambda: r.choice(["eu-west-1", "us-east-1", "ap-southeast-2"])),
        (["door", "code", "length"], lambda: r.choice([4, 6])),
        (["housekeeping", "export", "dir"], lambda: "/var/lib/pms/exports"),
    ]
    idx = list(range(len(pool)))
    r.shuffle(idx)
    return [(pool[i][0], pool[i][1]()) for i in idx[:n]]


def base_url(c):
    if c.mode == "doc" and c.p["provider"] == "mews":
        return "https://api.mews-demo.com"
    return "https://" + c.p["host"]


EP = {
    "mews": "/api/connector/v1/reservations/getAll/2023-06-06", "cloudbeds": "/api/v1.2/getReservations",
    "opera": "/oauth/v1/tokens", "guesty": "/oauth2/token", "hostaway": "/v1/accessTokens",
    "lodgify": "/v2/properties", "hospitable": "/v2/properties", "beds24": "/api/v2/authentication/token",
    "smoobu": "/api/reservations", "rms": "/authToken", "bdc": "/hotels/xml/availability",
    "eqc": "/eqc/ar", "pricelabs": "/v1/listings", "wheelhouse": "/ws/api/listings",
    "twilio": "/2010-04-01/Accounts/%s/Messages.json", "remotelock": "/oauth/token",
    "nuki": "/smartlock", "august": "/users/locks/mine", "igloo": "/v2/oauth2/token",
    "ttlock": "/oauth2/token", "seam": "/devices/list", "stripe": "/v1/payment_intents",
    "adyen": "/checkout/v71/payments", "square": "/v2/payments", "braintree": "/merchants/transactions",
    "mewspos": "/pos/v1/orders", "siteminder": "/siteconnect/v1/reservations", "radius": "/",
}


def ep(c):
    e = EP.get(c.p["short"], "/api/v1/ping")
    if "%s" in e:
        e = e % (c.idval or "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
    return e


def hdr(c):
    return c.p["header"] or ("Authorization" if c.p["auth"] == "bearer" else "X-Api-Key")


def bearer(c):
    return c.p["auth"] == "bearer" or hdr(c) == "Authorization"


def code_kind(c):
    a = c.p["auth"]
    if a in ("header", "bearer"):
        return "header"
    return a


def body_field(c):
    """name of the request field carrying the secret for body / oauth style auth"""
    sh = c.p["short"]
    if sh == "mews":
        return "AccessToken" if "access" in c.p["kind"] else "ClientToken"
    return {"ttlock": "clientSecret", "rms": "clientPassword"}.get(sh, "client_secret")


def id_field(c):
    sh = c.p["short"]
    if sh == "mews":
        return None
    return {"ttlock": "clientId", "rms": "clientId"}.get(sh, "client_id")


def choose(r, *xs):
    return r.choice(xs)


def cap(s):
    return s[:1].upper() + s[1:]


def pyreq(c, var, ind="    "):
    k = code_kind(c)
    u = base_url(c) + ep(c)
    if k == "header":
        if bearer(c):
            h = '{"Authorization": f"Bearer {%s}", "Accept": "application/json"}' % var
        else:
            h = '{"%s": %s, "Accept": "application/json"}' % (hdr(c), var)
        return [ind + "headers = " + h,
                ind + 'resp = requests.get("%s", headers=headers, timeout=30)' % u,
                ind + "resp.raise_for_status()", ind + "return resp.json()"]
    if k == "basic":
        return [ind + 'resp = requests.post("%s", auth=(%r, %s), data=payload, timeout=30)' % (u, c.idval, var),
                ind + "resp.raise_for_status()", ind + "return resp.text"]
    if k == "oauth":
        return [ind + 'resp = requests.post("%s", data={' % (base_url(c) + ep(c)),
                ind + '    "grant_type": "client_credentials",',
                ind + '    "client_id": %r,' % c.idval,
                ind + '    "client_secret": %s,' % var,
                ind + "}, timeout=30)", ind + 'return resp.json()["access_token"]']
    if k == "body":
        fld = {"mews": "AccessToken" if "access" in c.p["kind"] else "ClientToken", "ttlock": "clientSecret",
               "rms": "clientPassword"}.get(c.p["short"], "secret")
        other = {"mews": '"ClientToken": os.environ["MEWS_CLIENT_TOKEN"]' if "access" in c.p["kind"] else
                 '"AccessToken": enterprise.access_token', "ttlock": '"clientId": %r' % c.idval,
                 "rms": '"clientId": %s' % c.idval}.get(c.p["short"], '"client": "hotel-sync"')
        return [ind + "body = {", ind + "    %s," % other, ind + '    "%s": %s,' % (fld, var),
                ind + '    "Client": "HotelSync 2.4.1",', ind + "}",
                ind + 'resp = requests.post("%s", json=body, timeout=30)' % u, ind + "return resp.json()"]
    # radius
    return [ind + "client = Client(server=%r, secret=%s.encode(), dict=Dictionary(\"dictionary\"))" % (c.p["host"], var),
            ind + "req = client.CreateAuthPacket(code=pyrad.packet.AccessRequest, User_Name=mac)",
            ind + "return client.SendPacket(req)"]


def jsreq(c, var, ind="  ", ts=False):
    k = code_kind(c)
    u = base_url(c) + ep(c)
    if k == "header":
        hv = "`Bearer ${%s}`" % var if bearer(c) else var
        return [ind + "const res = await fetch('%s', {" % u,
                ind + "  headers: { '%s': %s, Accept: 'application/json' }," % (hdr(c), hv), ind + "});",
                ind + "if (!res.ok) throw new Error(`upstream ${res.status}`);", ind + "return res.json();"]
    if k == "basic":
        return [ind + "const auth = Buffer.from(`%s:${%s}`).toString('base64');" % (c.idval, var),
                ind + "const res = await fetch('%s', { method: 'POST', headers: { Authorization: `Basic ${auth}` }, body });" % u,
                ind + "return res.text();"]
    if k == "oauth":
        return [ind + "const form = new URLSearchParams({", ind + "  grant_type: 'client_credentials',",
                ind + "  client_id: '%s'," % c.idval, ind + "  client_secret: %s," % var, ind + "});",
                ind + "const res = await fetch('%s', { method: 'POST', body: form });" % u,
                ind + "return (await res.json()).access_token;"]
    if k == "body":
        fld = {"mews": "AccessToken" if "access" in c.p["kind"] else "ClientToken", "ttlock": "clientSecret",
               "rms": "clientPassword"}.get(c.p["short"], "secret")
        return [ind + "const res = await fetch('%s', {" % u, ind + "  method: 'POST',",
                ind + "  headers: { 'Content-Type': 'application/json' },",
                ind + "  body: JSON.stringify({ %s: %s, Client: 'HotelSync 2.4.1', ...payload })," % (fld, var),
                ind + "});", ind + "return res.json();"]
    return [ind + "const client = radius.createClient({ host: '%s', secret: %s });" % (c.p["host"], var),
            ind + "return client.authenticate(mac, mac);"]


def raw_text(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def settings_lines(c, lang, harmless_items, slot_style, q='"', key_fmt=None, id_style=None, sfmt="text"):
    """generic assignment lines for a code/config language with the credential slot inside"""
    items = list(harmless_items) + list(c.extra)
    pos = c.r.randrange(len(items) + 1)
    items.insert(pos, None)
    if c.show_id:
        items.insert(max(0, pos), "ID")
    out = []
    for it in items:
        if it is None:
            name, val = c.n(slot_style), c.lit(lang, q) if lang != "text" else c.s(sfmt)
        elif it == "ID":
            name, val = c.idn(id_style or slot_style), fmt_lit(lang, c.idval, q) if lang != "text" else c.idval
        else:
            name, val = style(it[0], slot_style), fmt_lit(lang, it[1], q) if lang != "text" else raw_text(it[1])
        out.append(key_fmt(name, val))
    return out


TEMPLATES = []


def tpl(name, neg_reuse=True, accepts=None):
    def deco(fn):
        TEMPLATES.append(dict(name=name, fn=fn, accepts=accepts or (lambda p: True), neg_reuse=neg_reuse))
        return fn
    return deco


def not_radius(p):
    return p["auth"] != "radius"


def headerish(p):
    return p["auth"] in ("header", "bearer") and p["header"] is not None


# ---------------------------------------------------------------- Python
@tpl("py_settings")
def t_py_settings(c):
    r = c.r
    st = r.choice(["screaming", "screaming", "snake"])
    lines = ['"""Integration settings for %s (production)."""' % r.choice(HOTEL_NAMES), "import os", "",
             "DEBUG = False", 'ALLOWED_HOSTS = ["%s"]' % r.choice(["pms.internal", "sync.harborview.com", "*"]), ""]
    lines.append("# --- %s ---" % c.p["provider"])
    lines += settings_lines(c, "py", harmless(r, r.randrange(3, 7)), st, q=r.choice(['"', "'"]),
                            key_fmt=lambda n, v: "%s = %s" % (n, v))
    lines += ["", 'CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")',
              'LANGUAGE_CODE = "%s"' % r.choice(["en-us", "de", "pt-pt"])]
    path = r.choice(["config/settings.py", "hotel/settings/production.py", "app/settings.py",
                     "pms_sync/config.py", "src/settings/prod.py"])
    return path, "python", "\n".join(lines) + "\n"


@tpl("py_client", accepts=not_radius)
def t_py_client(c):
    r = c.r
    cls = cap(c.p["short"]) + "Client"
    var = c.n("screaming")
    lines = ["import os", "import logging", "", "import requests", "", "log = logging.getLogger(__name__)", ""]
    if c.show_id:
        lines.append("%s = %r" % (c.idn("screaming"), c.idval))
    lines += ["%s = %s" % (var, c.lit("py", r.choice(['"', "'"]))), "", "",
              "class %s:" % cls, '    """Thin wrapper used by the nightly %s job."""' % r.choice(["availability", "reservation", "door-code", "payout"]),
              "", "    def __init__(self, base_url=%r):" % base_url(c), "        self.base_url = base_url", "",
              "    def fetch(self, payload=None):", "        log.info(\"calling %s\", self.base_url)"]
    lines += [l.replace("payload", "payload") for l in pyreq(c, var, "        ")]
    lines += ["", "", 'if __name__ == "__main__":', "    print(%s().fetch())" % cls]
    path = r.choice(["integrations/%s_client.py" % c.p["short"], "app/clients/%s.py" % c.p["short"],
                     "sync/%s_api.py" % c.p["short"], "src/hotel_sync/providers/%s.py" % c.p["short"]])
    return path, "python", "\n".join(lines) + "\n"


@tpl("py_dict")
def t_py_dict(c):
    r = c.r
    st = r.choice(["snake", "camel"])
    lines = ["# Channel / PMS connectors. Loaded by sync.registry at startup.", "", "CONNECTORS = {",
             '    "%s": {' % c.p["provider"]]
    lines += settings_lines(c, "py", harmless(r, r.randrange(2, 6)), st,
                            key_fmt=lambda n, v: '        "%s": %s,' % (n, v))
    lines += ["    },", '    "housekeeping": {', '        "enabled": True,', '        "shift_start": "07:00",',
              "    },", "}", "", "def get(name):", "    return CONNECTORS[name]"]
    path = r.choice(["sync/connectors.py", "pms/registry_config.py", "config/connectors.py"])
    return path, "python", "\n".join(lines) + "\n"


@tpl("py_positional", accepts=not_radius)
def t_py_positional(c):
    r = c.r
    fn = r.choice(["sync_listings", "push_rates", "rotate_door_codes", "pull_reservations"])
    lines = ["#!/usr/bin/env python3", '"""One-off: %s for %s."""' % (fn.replace("_", " "), r.choice(HOTEL_NAMES)),
             "import sys", "from datetime import date, timedelta", "",
             "from hotel_sync.providers import %s" % cap(c.p["short"]) + "Api", "", "",
             "def main(days=%d):" % r.choice([7, 14, 30]),
             "    api = %sApi(" % cap(c.p["short"]),
             "        %r," % base_url(c),
             "        %s," % c.lit("py", "'")]
    if c.show_id:
        lines.append("        %r," % c.idval)
    lines += ["    )", "    start = date.today()", "    for i in range(days):",
              "        api.%s(start + timedelta(days=i))" % fn, "", "",
              'if __name__ == "__main__":', "    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)"]
    path = r.choice(["scripts/%s.py" % fn, "bin/%s_%s.py" % (c.p["short"], fn), "tools/%s.py" % fn])
    return path, "python", "\n".join(lines) + "\n"


@tpl("py_radius", accepts=lambda p: p["auth"] == "radius")
def t_py_radius(c):
    r = c.r
    var = c.n("screaming")
    lines = ['"""Captive portal: check guest MAC against RADIUS before opening the VLAN."""',
             "import pyrad.packet", "from pyrad.client import Client", "from pyrad.dictionary import Dictionary", "",
             'RADIUS_HOST = "%s"' % r.choice(["10.20.0.5", "radius.guest-wifi.local", "172.16.8.2"]),
             "RADIUS_PORT = 1812", "%s = %s" % (var, c.lit("py")), 'NAS_IDENTIFIER = "%s"' % r.choice(["lobby-ap-01", "pool-ap", "floor3-ap"]),
             "", "", "def authorize(mac):"]
    lines += pyreq(c, var, "    ")
    path = r.choice(["captive/radius_check.py", "portal/auth/radius.py", "wifi/captive_portal/radius_client.py"])
    return path, "python", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- JS / TS
@tpl("js_config")
def t_js_config(c):
    r = c.r
    lines = ["'use strict';", "", "// %s integration config" % c.p["provider"], "module.exports = {",
             "  %s: {" % c.p["short"]]
    lines += settings_lines(c, "js", harmless(r, r.randrange(2, 6)), "camel", q="'",
                            key_fmt=lambda n, v: "    %s: %s," % (n, v))
    lines += ["  },", "  server: {", "    port: %d," % r.choice([3000, 8080, 4000]), "  },", "};"]
    path = r.choice(["config/%s.js" % c.p["short"], "config/production.js", "src/config/integrations.js"])
    return path, "javascript", "\n".join(lines) + "\n"


@tpl("js_fetch", accepts=not_radius)
def t_js_fetch(c):
    r = c.r
    var = c.n("camel") if r.random() < 0.5 else c.n("screaming")
    lines = ["import pino from 'pino';", "", "const log = pino();"]
    if c.show_id:
        lines.append("const %s = '%s';" % (c.idn("camel"), c.idval))
    lines += ["const %s = %s;" % (var, c.lit("js", "'")), "",
              "export async function %s(payload = {}) {" % r.choice(["fetchListings", "pullReservations", "listLocks", "syncRates"]),
              "  log.debug({ provider: '%s' }, 'request');" % c.p["provider"],
              "  const body = JSON.stringify(payload);"]
    lines += jsreq(c, var)
    lines += ["}"]
    path = r.choice(["src/services/%sService.js" % c.p["short"], "lib/%s.mjs" % c.p["short"],
                     "functions/%s-sync.js" % c.p["short"], "server/integrations/%s.js" % c.p["short"]])
    return path, "javascript", "\n".join(lines) + "\n"


@tpl("ts_class", accepts=not_radius)
def t_ts_class(c):
    r = c.r
    cls = cap(c.p["short"]) + "Client"
    fld = c.n("camel")
    lines = ["import { Injectable } from '@nestjs/common';", "", "@Injectable()", "export class %s {" % cls,
             "  private readonly baseUrl = '%s';" % base_url(c)]
    if c.show_id:
        lines.append("  private readonly %s = '%s';" % (c.idn("camel"), c.idval))
    lines += ["  private readonly %s: string = %s;" % (fld, c.lit("ts", "'")), "",
              "  async list(payload: Record<string, unknown> = {}): Promise<unknown> {",
              "    const body = JSON.stringify(payload);"]
    lines += [l.replace("${%s}" % fld, "${this.%s}" % fld).replace(": %s" % fld, ": this.%s" % fld)
              .replace("'%s': %s," % (hdr(c), fld), "'%s': this.%s," % (hdr(c), fld))
              for l in jsreq(c, fld, "    ", ts=True)]
    lines += ["  }", "}"]
    path = r.choice(["src/integrations/%s/%s.ts" % (c.p["short"], cls), "apps/api/src/%s/%s.service.ts" % (c.p["short"], c.p["short"]),
                     "packages/connectors/src/%s.ts" % c.p["short"]])
    return path, "typescript", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- PHP
@tpl("php_services")
def t_php_services(c):
    r = c.r
    lines = ["<?php", "", "return [", "", "    /*", "    | Third party services used by the booking engine.", "    */", "",
             "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "    ],", "",
             "    '%s' => [" % c.p["short"]]
    lines += settings_lines(c, "php", harmless(r, r.randrange(2, 5)), "snake", q="'",
                            key_fmt=lambda n, v: "        '%s' => %s," % (n, v))
    lines += ["    ],", "", "];"]
    return r.choice(["config/services.php", "config/integrations.php"]), "php", "\n".join(lines) + "\n"


@tpl("php_class", accepts=not_radius)
def t_php_class(c):
    r = c.r
    cls = cap(c.p["short"]) + "Gateway"
    const = c.n("screaming")
    k = code_kind(c)
    lines = ["<?php", "", "namespace App\\Services;", "", "use GuzzleHttp\\Client;", "",
             "class %s" % cls, "{", "    private const %s = %s;" % (const, c.lit("php", "'"))]
    if c.show_id:
        lines.append("    private const %s = '%s';" % (c.idn("screaming"), c.idval))
    lines += ["", "    private Client $http;", "", "    public function __construct()", "    {",
              "        $this->http = new Client(['base_uri' => '%s', 'timeout' => 20]);" % base_url(c), "    }", "",
              "    public function fetch(array $payload = []): array", "    {"]
    if k == "header":
        hv = "'Bearer ' . self::%s" % const if bearer(c) else "self::%s" % const
        lines += ["        $res = $this->http->get('%s', ['headers' => ['%s' => %s]]);" % (ep(c), hdr(c), hv)]
    elif k == "basic":
        lines += ["        $res = $this->http->post('%s', ['auth' => ['%s', self::%s], 'body' => $payload]);" % (ep(c), c.idval, const)]
    else:
        lines += ["        $res = $this->http->post('%s', ['form_params' => array_merge($payload, [" % ep(c),
                  "            '%s' => self::%s," % (body_field(c), const), "        ])]);"]
    lines += ["        return json_decode((string) $res->getBody(), true);", "    }", "}"]
    return r.choice(["app/Services/%s.php" % cls, "src/Integration/%s.php" % cls]), "php", "\n".join(lines) + "\n"


@tpl("php_wp_define")
def t_php_wp(c):
    r = c.r
    lines = ["<?php", "/**", " * Plugin Name: Hotel Booking Sync", " * Version: %d.%d.%d" % (r.randrange(1, 4), r.randrange(10), r.randrange(10)),
             " */", "", "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", ""]
    lines += settings_lines(c, "php", harmless(r, r.randrange(2, 5)), "screaming", q="'",
                            key_fmt=lambda n, v: "define( 'HBS_%s', %s );" % (n, v))
    lines += ["", "require_once __DIR__ . '/includes/class-hbs-sync.php';", "add_action( 'init', [ 'HBS_Sync', 'boot' ] );"]
    return r.choice(["wp-content/plugins/hotel-booking-sync/hotel-booking-sync.php", "wp-config-hbs.php",
                     "wp-content/plugins/hbs/config.php"]), "php", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- Ruby
@tpl("rb_initializer")
def t_rb_init(c):
    r = c.r
    mod = cap(c.p["short"])
    lines = ["# frozen_string_literal: true", "", "%s.configure do |config|" % mod]
    lines += settings_lines(c, "rb", harmless(r, r.randrange(2, 6)), "snake", q=r.choice(['"', "'"]),
                            key_fmt=lambda n, v: "  config.%s = %s" % (n, v))
    lines += ["  config.logger = Rails.logger", "end"]
    return r.choice(["config/initializers/%s.rb" % c.p["short"], "config/initializers/pms_%s.rb" % c.p["short"]]), "ruby", "\n".join(lines) + "\n"


@tpl("rb_client", accepts=not_radius)
def t_rb_client(c):
    r = c.r
    cls = cap(c.p["short"]) + "Client"
    const = c.n("screaming")
    k = code_kind(c)
    lines = ["require \"faraday\"", "require \"json\"", "", "class %s" % cls, "  BASE_URL = \"%s\"" % base_url(c),
             "  %s = %s" % (const, c.lit("rb"))]
    if c.show_id:
        lines.append("  %s = \"%s\"" % (c.idn("screaming"), c.idval))
    lines += ["", "  def initialize(logger: Rails.logger)", "    @logger = logger", "  end", "",
              "  def fetch(params = {})", "    conn = Faraday.new(url: BASE_URL) do |f|"]
    if k == "header":
        hv = "\"Bearer #{%s}\"" % const if bearer(c) else const
        lines += ["      f.headers[\"%s\"] = %s" % (hdr(c), hv)]
    elif k == "basic":
        lines += ["      f.request :authorization, :basic, \"%s\", %s" % (c.idval, const)]
    else:
        lines += ["      f.request :url_encoded"]
    lines += ["      f.response :raise_error", "    end"]
    if k in ("oauth", "body", "radius"):
        lines += ["    res = conn.post(\"%s\", params.merge(\"%s\" => %s))" % (ep(c), body_field(c), const)]
    else:
        lines += ["    res = conn.get(\"%s\", params)" % ep(c)]
    lines += ["    JSON.parse(res.body)", "  end", "end"]
    return r.choice(["app/services/%s_client.rb" % c.p["short"], "lib/%s/client.rb" % c.p["short"]]), "ruby", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- C#
@tpl("cs_appsettings")
def t_cs_appsettings(c):
    r = c.r
    sect = {}
    for w, v in harmless(r, r.randrange(2, 5)):
        sect[style(w, "pascal")] = v
    items = list(sect.items())
    pos = r.randrange(len(items) + 1)
    items.insert(pos, (c.n("pascal"), c.s("json")))
    if c.show_id:
        items.insert(pos, (c.idn("pascal"), c.idval))
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*", cap(c.p["short"]): dict(items),
           "ConnectionStrings": {"Pms": "Server=sql01;Database=Pms;Integrated Security=true;TrustServerCertificate=true"}}
    return r.choice(["appsettings.Production.json", "src/Hotel.Api/appsettings.json", "Hotel.Sync/appsettings.Staging.json"]), \
        "json", json.dumps(doc, indent=2) + "\n"


@tpl("cs_class", accepts=not_radius)
def t_cs_class(c):
    r = c.r
    cls = cap(c.p["short"]) + "Connector"
    const = c.n("pascal")
    k = code_kind(c)
    lines = ["using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Threading.Tasks;", "",
             "namespace Hotel.Integrations.%s" % cap(c.p["short"]), "{", "    public sealed class %s" % cls, "    {",
             "        private const string BaseUrl = \"%s\";" % base_url(c)]
    if c.mode == "envref":
        lines.append("        private static readonly string %s = %s;" % (const, c.lit("cs")))
    else:
        lines.append("        private const string %s = %s;" % (const, c.lit("cs")))
    if c.show_id:
        lines.append("        private const string %s = \"%s\";" % (c.idn("pascal"), c.idval))
    lines += ["        private readonly HttpClient _http;", "",
              "        public %s(HttpClient http)" % cls, "        {", "            _http = http;"]
    if k == "header":
        if bearer(c):
            lines.append("            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", %s);" % const)
        else:
            lines.append("            _http.DefaultRequestHeaders.Add(\"%s\", %s);" % (hdr(c), const))
    elif k == "basic":
        lines.append("            var raw = System.Text.Encoding.ASCII.GetBytes(\"%s:\" + %s);" % (c.idval, const))
        lines.append("            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Basic\", System.Convert.ToBase64String(raw));")
    lines += ["        }", "", "        public async Task<string> FetchAsync()", "        {"]
    if k in ("oauth", "body"):
        lines += ["            var form = new FormUrlEncodedContent(new[] {",
                  "                new System.Collections.Generic.KeyValuePair<string, string>(\"%s\", %s)," % (body_field(c), const),
                  "            });", "            var res = await _http.PostAsync(BaseUrl + \"%s\", form);" % ep(c)]
    else:
        lines += ["            var res = await _http.GetAsync(BaseUrl + \"%s\");" % ep(c)]
    lines += ["            res.EnsureSuccessStatusCode();", "            return await res.Content.ReadAsStringAsync();",
              "        }", "    }", "}"]
    return r.choice(["src/Hotel.Integrations/%s/%s.cs" % (cap(c.p["short"]), cls), "Integrations/%s.cs" % cls]), "csharp", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- Java / Spring
@tpl("java_properties")
def t_java_props(c):
    r = c.r
    lines = ["# Spring Boot - %s" % r.choice(["prod", "production profile", "shared"]), "server.port=8080",
             "spring.application.name=pms-bridge", "spring.jpa.hibernate.ddl-auto=validate", ""]
    pre = "integration.%s." % c.p["short"]
    lines += settings_lines(c, "text", harmless(r, r.randrange(2, 5)), "kebab", key_fmt=lambda n, v: pre + "%s=%s" % (n, v))
    lines += ["", "management.endpoints.web.exposure.include=health,info"]
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), \
        "properties", "\n".join(lines) + "\n"


@tpl("spring_yaml")
def t_spring_yaml(c):
    r = c.r
    lines = ["spring:", "  application:", "    name: channel-bridge", "  profiles:", "    active: prod", "",
             "integration:", "  %s:" % c.p["short"]]
    q = r.choice(['"', "'", '"'])
    lines += settings_lines(c, "yaml", harmless(r, r.randrange(2, 5)), "kebab", q=q,
                            key_fmt=lambda n, v: "    %s: %s" % (n, v))
    lines += ["", "logging:", "  level:", "    root: INFO"]
    text = "\n".join(lines) + "\n"
    return r.choice(["src/main/resources/application-prod.yml", "src/main/resources/application.yml"]), "yaml", text


@tpl("java_class", accepts=lambda p: p["auth"] in ("header", "bearer"))
def t_java_class(c):
    r = c.r
    cls = cap(c.p["short"]) + "ApiClient"
    const = c.n("screaming")
    lines = ["package com.hotel.integrations.%s;" % c.p["short"], "", "import java.net.URI;",
             "import java.net.http.HttpClient;", "import java.net.http.HttpRequest;", "import java.net.http.HttpResponse;", "",
             "public class %s {" % cls, "    private static final String BASE_URL = \"%s\";" % base_url(c),
             "    private static final String %s = %s;" % (const, c.lit("java"))]
    if c.show_id:
        lines.append("    private static final String %s = \"%s\";" % (c.idn("screaming"), c.idval))
    hv = "\"Bearer \" + %s" % const if bearer(c) else const
    h = hdr(c) if code_kind(c) == "header" else "X-Client-Secret"
    lines += ["    private final HttpClient http = HttpClient.newHttpClient();", "",
              "    public String fetch() throws Exception {", "        HttpRequest req = HttpRequest.newBuilder()",
              "            .uri(URI.create(BASE_URL + \"%s\"))" % ep(c), "            .header(\"%s\", %s)" % (h, hv),
              "            .build();", "        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();", "    }", "}"]
    return "src/main/java/com/hotel/integrations/%s/%s.java" % (c.p["short"], cls), "java", "\n".join(lines) + "\n"


@tpl("go_main", accepts=lambda p: p["auth"] in ("header", "bearer"))
def t_go(c):
    r = c.r
    const = c.n("camel")
    lines = ["package main", "", "import (", "\t\"fmt\"", "\t\"io\"", "\t\"net/http\"", "\t\"os\"", ")", ""]
    if c.mode == "envref":
        lines += ["var %s = %s" % (const, c.lit("go"))]
    else:
        lines += ["const %s = %s" % (const, c.lit("go"))]
    if c.show_id:
        lines.append("const %s = \"%s\"" % (c.idn("camel"), c.idval))
    hv = "\"Bearer \" + %s" % const if bearer(c) else const
    h = hdr(c) if code_kind(c) == "header" else "X-Client-Secret"
    lines += ["", "func main() {", "\treq, _ := http.NewRequest(\"GET\", \"%s%s\", nil)" % (base_url(c), ep(c)),
              "\treq.Header.Set(\"%s\", %s)" % (h, hv), "\tres, err := http.DefaultClient.Do(req)",
              "\tif err != nil {", "\t\tfmt.Fprintln(os.Stderr, err)", "\t\tos.Exit(1)", "\t}", "\tdefer res.Body.Close()",
              "\tb, _ := io.ReadAll(res.Body)", "\tfmt.Println(string(b))", "}"]
    return r.choice(["cmd/locksync/main.go", "cmd/%s-poller/main.go" % c.p["short"]]), "go", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- env / deploy configs
@tpl("dotenv")
def t_dotenv(c):
    r = c.r
    q = r.choice(["", "", '"', "'"])
    lines = ["# %s - %s" % (r.choice(HOTEL_NAMES), r.choice(["production", "staging", "local overrides"])),
             "APP_ENV=%s" % r.choice(["production", "prod", "staging"]), "APP_DEBUG=false",
             "DATABASE_URL=postgres://pms@db:5432/pms", ""]
    lines += settings_lines(c, "text", harmless(r, r.randrange(2, 6)), "screaming",
                            key_fmt=lambda n, v: "%s=%s%s%s" % (n, q, v, q) if not str(v).isdigit() else "%s=%s" % (n, v))
    path = r.choice([".env", ".env.production", "deploy/.env.prod", "docker/.env", "services/lock-sync/.env"])
    return path, "dotenv", "\n".join(lines) + "\n"


def yaml_q(r, v):
    v = str(v)
    return r.choice(['"%s"' % v, "'%s'" % v, v]) if v and v[0].isalnum() and ": " not in v and not v.startswith(("{", "$", "*")) else '"%s"' % v


@tpl("docker_compose")
def t_compose(c):
    r = c.r
    lines = ["version: \"3.8\"", "", "services:", "  %s-sync:" % c.p["short"],
             "    image: ghcr.io/%s/pms-sync:%d.%d.%d" % (r.choice(["harborview", "alder-hotels", "casaolivo"]), r.randrange(1, 4), r.randrange(20), r.randrange(10)),
             "    restart: unless-stopped", "    environment:"]
    items = settings_lines(c, "text", harmless(r, r.randrange(2, 5)), "screaming", key_fmt=lambda n, v: (n, v), sfmt="sh")
    listy = r.random() < 0.5
    for n, v in items:
        lines.append("      - %s=%s" % (n, v) if listy else "      %s: %s" % (n, yaml_q(r, v)))
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine"]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"]), "yaml", "\n".join(lines) + "\n"


@tpl("gh_workflow")
def t_gha(c):
    r = c.r
    v = c.s("gha")
    lines = ["name: %s" % r.choice(["Deploy", "Nightly sync", "Smoke test"]), "", "on:", "  push:", "    branches: [main]",
             "  schedule:", "    - cron: \"%d 3 * * *\"" % r.randrange(60), "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:",
             "      APP_ENV: production"]
    if c.show_id:
        lines.append("      %s: \"%s\"" % (c.idn("screaming"), c.idval))
    lines += ["      %s: %s" % (c.n("screaming"), yaml_q(r, v) if c.mode != "envref" else v),
              "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
              "          python-version: \"3.12\"", "      - run: pip install -r requirements.txt",
              "      - run: python -m hotel_sync.%s --since yesterday" % c.p["short"]]
    return ".github/workflows/%s.yml" % r.choice(["deploy", "nightly-sync", "smoke"]), "yaml", "\n".join(lines) + "\n"


@tpl("k8s_secret")
def t_k8s(c):
    r = c.r
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % c.p["short"], "  namespace: %s" % r.choice(["pms", "hotel-ops", "integrations"]),
             "type: Opaque", "stringData:"]
    if c.show_id:
        lines.append("  %s: \"%s\"" % (c.idn("snake"), c.idval))
    lines.append("  %s: %s" % (c.n(r.choice(["snake", "kebab", "screaming"])), yaml_q(r, c.s())))
    return "deploy/k8s/%s-secret.yaml" % c.p["short"], "yaml", "\n".join(lines) + "\n"


@tpl("helm_values")
def t_helm(c):
    r = c.r
    lines = ["replicaCount: %d" % r.choice([1, 2, 3]), "image:", "  repository: registry.gitlab.com/hotel-ops/channel-sync",
             "  tag: \"%d.%d\"" % (r.randrange(1, 5), r.randrange(30)), "", "config:", "  %s:" % c.p["short"]]
    lines += settings_lines(c, "yaml", harmless(r, r.randrange(2, 5)), "camel",
                            key_fmt=lambda n, v: "    %s: %s" % (n, v))
    lines = [l if c.mode != "envref" else l.replace('"${%s}"' % c.envname(), '"%s"' % c.s("helm")) for l in lines]
    lines += ["", "resources:", "  limits:", "    memory: 256Mi"]
    return r.choice(["charts/channel-sync/values.yaml", "helm/values-prod.yaml"]), "yaml", "\n".join(lines) + "\n"


@tpl("ansible_vars")
def t_ansible(c):
    r = c.r
    lines = ["---", "# group_vars for the %s hosts" % r.choice(["pms", "wifi-controller", "kiosk"]),
             "ntp_servers:", "  - 0.pool.ntp.org", ""]
    lines += settings_lines(c, "yaml", harmless(r, r.randrange(2, 5)), "snake", q=r.choice(['"', "'"]),
                            key_fmt=lambda n, v: "%s_%s: %s" % (c.p["short"], n, v) if not n.startswith(c.p["short"]) else "%s: %s" % (n, v))
    if c.mode == "envref":
        lines = [l.replace('"${%s}"' % c.envname(), '"{{ lookup(\'env\', \'%s\') }}"' % c.envname()) for l in lines]
    return r.choice(["ansible/group_vars/all.yml", "ansible/group_vars/pms.yml", "inventory/group_vars/wifi.yml"]), "yaml", "\n".join(lines) + "\n"


@tpl("tfvars")
def t_tfvars(c):
    r = c.r
    lines = ["# terraform.tfvars - %s" % r.choice(["prod", "eu-west", "main account"]),
             "environment = \"%s\"" % r.choice(["prod", "production"]), "region      = \"%s\"" % r.choice(["eu-west-1", "us-east-1"]), ""]
    lines += settings_lines(c, "text", harmless(r, r.randrange(1, 4)), "snake",
                            key_fmt=lambda n, v: "%s = %s" % (n, v if str(v).isdigit() else '"%s"' % v))
    return r.choice(["infra/terraform.tfvars", "terraform/prod.auto.tfvars"]), "hcl", "\n".join(lines) + "\n"


@tpl("toml")
def t_toml(c):
    r = c.r
    lines = ["[service]", "name = \"lock-bridge\"", "listen = \"0.0.0.0:%d\"" % r.choice([8080, 9000]), "",
             "[providers.%s]" % c.p["short"]]
    lines += settings_lines(c, "text", harmless(r, r.randrange(2, 5)), "snake",
                            key_fmt=lambda n, v: "%s = %s" % (n, v if isinstance(v, int) or str(v).isdigit() or v in (True, False) else '"%s"' % v))
    lines = [l.replace("= True", "= true").replace("= False", "= false") for l in lines]
    return r.choice(["config/integrations.toml", "lock-bridge.toml", "config/prod.toml"]), "toml", "\n".join(lines) + "\n"


@tpl("ini")
def t_ini(c):
    r = c.r
    lines = ["; channel manager bridge", "[general]", "hotel_code = %s" % r.choice(["HVH", "CASOL", "ALDER"]),
             "poll_seconds = %d" % r.choice([60, 120, 300]), "", "[%s]" % c.p["provider"]]
    lines += settings_lines(c, "text", harmless(r, r.randrange(2, 5)), "snake", key_fmt=lambda n, v: "%s = %s" % (n, v))
    return r.choice(["config/channel_manager.ini", "bridge.ini", "etc/pms-bridge/settings.ini"]), "ini", "\n".join(lines) + "\n"


@tpl("shell_curl", accepts=not_radius)
def t_shell(c):
    r = c.r
    k = code_kind(c)
    var = c.n("screaming")
    v = c.s("sh")
    lines = ["#!/usr/bin/env bash", "# %s" % r.choice(["health check run by cron every 10 min", "quick manual test of the connector",
                                                        "used by the on-call when the sync stalls"]), "set -euo pipefail", ""]
    inline = r.random() < 0.5
    if not inline:
        lines.append('%s="%s"' % (var, v))
        ref = "${%s}" % var
    else:
        ref = v
    if c.show_id or k == "basic":
        lines.append('USER_ID="%s"' % c.idval)
    u = base_url(c) + ep(c)
    if k == "header":
        hv = "Bearer %s" % ref if bearer(c) else ref
        lines += ['curl -fsS "%s" \\' % u, '  -H "%s: %s" \\' % (hdr(c), hv), '  -H "Accept: application/json" | jq .']
    elif k == "basic":
        lines += ['curl -fsS -u "${USER_ID}:%s" \\' % ref, '  -X POST "%s" \\' % u, '  --data @payload.xml']
    else:
        lines += ['curl -fsS -X POST "%s" \\' % u]
        if c.p["auth"] == "oauth":
            lines.append('  -d grant_type=client_credentials \\')
        if id_field(c):
            lines.append('  -d %s="%s" \\' % (id_field(c), c.idval))
        lines.append('  -d %s="%s"' % (body_field(c), ref))
    lines += ["", 'echo "ok $(date -Iseconds)"']
    return r.choice(["scripts/%s_healthcheck.sh" % c.p["short"], "bin/test-%s.sh" % c.p["short"], "ops/check_%s.sh" % c.p["short"]]), \
        "shell", "\n".join(lines) + "\n"


@tpl("systemd")
def t_systemd(c):
    r = c.r
    lines = ["[Unit]", "Description=%s sync worker" % c.p["provider"], "After=network-online.target", "", "[Service]",
             "User=pms", "WorkingDirectory=/opt/pms-sync"]
    for n, v in settings_lines(c, "text", harmless(r, r.randrange(1, 4)), "screaming", key_fmt=lambda n, v: (n, v)):
        lines.append('Environment="%s=%s"' % (n, v) if r.random() < 0.5 else "Environment=%s=%s" % (n, v))
    lines += ["ExecStart=/opt/pms-sync/venv/bin/python -m pms_sync.worker", "Restart=always", "", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/%s-sync.service" % c.p["short"], "systemd", "\n".join(lines) + "\n"


@tpl("dockerfile")
def t_dockerfile(c):
    r = c.r
    lines = ["FROM python:3.12-slim", "", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", ""]
    for n, v in settings_lines(c, "text", harmless(r, r.randrange(1, 3)), "screaming", key_fmt=lambda n, v: (n, v)):
        lines.append("ENV %s=%s" % (n, v) if r.random() < 0.6 else 'ENV %s="%s"' % (n, v))
    lines += ["", "COPY . .", 'CMD ["python", "-m", "lock_bridge"]']
    return r.choice(["Dockerfile", "docker/sync.Dockerfile", "services/lock-bridge/Dockerfile"]), "dockerfile", "\n".join(lines) + "\n"


@tpl("nginx_proxy", accepts=headerish)
def t_nginx(c):
    r = c.r
    v = c.s()
    hv = "Bearer %s" % v if bearer(c) else v
    lines = ["# reverse proxy so the kiosk never talks to %s directly" % c.p["provider"], "server {", "    listen 8081;",
             "    server_name kiosk-proxy.local;", "", "    location /%s/ {" % c.p["short"],
             "        proxy_pass %s/;" % base_url(c), "        proxy_set_header Host %s;" % c.p["host"],
             '        proxy_set_header %s "%s";' % (hdr(c), hv), "        proxy_read_timeout 30s;", "    }", "}"]
    return r.choice(["ops/nginx/kiosk-proxy.conf", "nginx/conf.d/%s.conf" % c.p["short"]]), "nginx", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- exports (Postman, Zapier, Make, CSV)
@tpl("postman_collection", accepts=not_radius)
def t_postman(c):
    r = c.r
    v = c.s("postman")
    k = code_kind(c)
    req = {"method": "GET" if k == "header" else "POST", "header": [{"key": "Accept", "value": "application/json"}],
           "url": {"raw": base_url(c) + ep(c), "protocol": "https", "host": c.p["host"].split("."),
                   "path": [x for x in ep(c).split("/") if x]}}
    if k == "header":
        if bearer(c):
            req["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": v, "type": "string"}]}
        else:
            req["header"].append({"key": hdr(c), "value": v, "type": "text"})
    elif k == "basic":
        req["auth"] = {"type": "basic", "basic": [{"key": "username", "value": c.idval, "type": "string"},
                                                  {"key": "password", "value": v, "type": "string"}]}
    else:
        fields = [{"key": "grant_type", "value": "client_credentials", "type": "text"}] if k == "oauth" else []
        if id_field(c):
            fields.append({"key": id_field(c), "value": c.idval, "type": "text"})
        fields.append({"key": body_field(c), "value": v, "type": "text"})
        req["body"] = {"mode": "urlencoded", "urlencoded": fields}
    doc = {"info": {"_postman_id": uuid4(r), "name": "%s API" % c.p["provider"].capitalize(),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": r.choice(["List properties", "Get reservations", "Token", "List devices"]), "request": req, "response": []}],
           "variable": [{"key": "baseUrl", "value": base_url(c)}]}
    return "postman/%s.postman_collection.json" % c.p["provider"].replace(".", "-"), "postman", json.dumps(doc, indent=r.choice([2, 4, "\t"])) + "\n"


@tpl("postman_env")
def t_postman_env(c):
    r = c.r
    vals = [{"key": "baseUrl", "value": base_url(c), "type": "default", "enabled": True}]
    if c.show_id:
        vals.append({"key": c.idn("camel"), "value": c.idval, "type": "default", "enabled": True})
    vals.append({"key": c.n("camel"), "value": c.s("postman") if c.mode != "envref" else "", "type": r.choice(["secret", "default"]), "enabled": True})
    vals.append({"key": "propertyId", "value": str(r.randrange(100000, 999999)), "type": "default", "enabled": True})
    doc = {"id": uuid4(r), "name": "%s - %s" % (c.p["provider"], r.choice(["prod", "live", "hotel HQ"])), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/10.%d.%d" % (r.randrange(30), r.randrange(10))}
    return "postman/%s-prod.postman_environment.json" % c.p["short"], "postman", json.dumps(doc, indent=2) + "\n"


@tpl("zapier_export", accepts=not_radius)
def t_zapier(c):
    r = c.r
    v = c.s("zap")
    k = code_kind(c)
    headers = {}
    data = {"property_id": str(r.randrange(100000, 999999))}
    if k == "header":
        headers[hdr(c)] = ("Bearer " + v) if bearer(c) else v
    elif k == "basic":
        data["basic_auth"] = "%s|%s" % (c.idval, v)
    else:
        data[body_field(c)] = v
        if id_field(c):
            data[id_field(c)] = c.idval
    doc = {"zaps": [{"id": r.randrange(10 ** 8, 10 ** 9), "title": "New %s booking -> %s" % (r.choice(["Airbnb", "Booking.com", "Vrbo"]), c.p["provider"]),
                     "status": "on", "steps": [
                         {"id": 1, "app": "WebhooksCLIAPI", "action": "hook_v2", "params": {}},
                         {"id": 2, "app": "WebhooksCLIAPI", "action": "post", "params": {
                             "url": base_url(c) + ep(c), "headers": headers, "data": data, "unflatten": True}}]}],
           "metadata": {"version": 2, "exported_at": "2024-%02d-%02dT10:%02d:00Z" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(60))}}
    return r.choice(["zapier/zap-export.json", "automations/zapier/%s-zap.json" % c.p["short"]]), "zapier-json", json.dumps(doc, indent=2) + "\n"


@tpl("make_blueprint", accepts=not_radius)
def t_make(c):
    r = c.r
    v = c.s("zap")
    k = code_kind(c)
    hdrs = [{"name": "Content-Type", "value": "application/json"}]
    if k == "header":
        hdrs.append({"name": hdr(c), "value": ("Bearer " + v) if bearer(c) else v})
        mapper = {"url": base_url(c) + ep(c), "method": "get", "headers": hdrs}
    elif k == "basic":
        mapper = {"url": base_url(c) + ep(c), "method": "post", "headers": hdrs, "username": c.idval, "password": v}
    else:
        mapper = {"url": base_url(c) + ep(c), "method": "post", "headers": hdrs, "bodyType": "x_www_form_urlencoded",
                  "contentType": "application/x-www-form-urlencoded",
                  "data": "%s=%s" % (body_field(c), v)}
    doc = {"name": "%s -> housekeeping sheet" % c.p["provider"],
           "flow": [{"id": 1, "module": "gateway:CustomWebHook", "version": 1, "parameters": {"hook": r.randrange(100000, 999999)}},
                    {"id": 2, "module": "http:ActionSendData", "version": 3, "mapper": mapper,
                     "metadata": {"designer": {"x": 300, "y": 0}}}],
           "metadata": {"instant": True, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}}
    return r.choice(["make/blueprint-%s.json" % c.p["short"], "integrations/make/%s.blueprint.json" % c.p["short"]]), "make-json", json.dumps(doc, indent=4) + "\n"


@tpl("csv_connections")
def t_csv_conn(c):
    r = c.r
    v = c.s("csv")
    rows = ["channel,property_code,username,credential,status,updated_at"]
    others = [("airbnb", "oauth (connected in UI)"), ("vrbo", "(stored in vault)"), ("hrs", ""), ("agoda", "(stored in vault)")]
    r.shuffle(others)
    me = '%s,%s,%s,%s,active,2024-%02d-%02d' % (c.p["provider"], r.choice(["HVH", "CASOL", "ALDER"]), c.idval or "",
                                               v, r.randrange(1, 13), r.randrange(1, 28))
    lines = [rows[0]]
    pos = r.randrange(3)
    for i, (ch, cr) in enumerate(others[:3]):
        if i == pos:
            lines.append(me)
        lines.append("%s,%s,%s,%s,%s,2024-%02d-%02d" % (ch, r.choice(["HVH", "CASOL"]), "", cr, r.choice(["active", "paused"]), r.randrange(1, 13), r.randrange(1, 28)))
    if me not in lines:
        lines.append(me)
    return r.choice(["exports/channel_connections.csv", "data/integrations_export.csv", "migration/connections.csv"]), "csv", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- XML
def xml_pw(p):
    return p["xml"]


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60))


def dates(r):
    m, d = r.randrange(1, 12), r.randrange(1, 25)
    return "2025-%02d-%02d" % (m, d), "2025-%02d-%02d" % (m, d + r.randrange(1, 4))


@tpl("xml_wsse", accepts=xml_pw)
def t_wsse(c):
    r = c.r
    v = c.s("xml")
    a, b = dates(r)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"',
             '               xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
             "  <soap:Header>", "    <wsse:Security soap:mustUnderstand=\"1\">", "      <wsse:UsernameToken>",
             "        <wsse:Username>%s</wsse:Username>" % c.idval,
             '        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%s</wsse:Password>' % v,
             "      </wsse:UsernameToken>", "    </wsse:Security>", "  </soap:Header>", "  <soap:Body>",
             '    <OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="%s" TimeStamp="%s" Version="1.0">' % (uuid4(r), ts(r)),
             '      <AvailStatusMessages HotelCode="%s">' % r.choice(["HVH001", "10245", "CASOL"]),
             "        <AvailStatusMessage BookingLimit=\"%d\">" % r.randrange(0, 9),
             '          <StatusApplicationControl Start="%s" End="%s" InvTypeCode="%s" RatePlanCode="%s"/>' % (a, b, r.choice(["DBL", "KNG", "TWN"]), r.choice(["BAR", "NRF", "BB"])),
             "        </AvailStatusMessage>", "      </AvailStatusMessages>", "    </OTA_HotelAvailNotifRQ>", "  </soap:Body>", "</soap:Envelope>"]
    return r.choice(["soap/requests/OTA_HotelAvailNotifRQ.xml", "test/fixtures/%s/avail_notif.xml" % c.p["short"],
                     "samples/htng/avail_update.xml"]), "xml", "\n".join(lines) + "\n"


@tpl("xml_eqc", accepts=lambda p: p["provider"] in ("expedia", "booking.com", "siteminder"))
def t_eqc(c):
    r = c.r
    v = c.s("xml")
    a, b = dates(r)
    if c.p["provider"] == "expedia":
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<AvailRateUpdateRQ xmlns="http://www.expediaconnect.com/EQC/AR/2011/06">',
                 '  <Authentication username="%s" password="%s"/>' % (c.idval, v),
                 '  <Hotel id="%d"/>' % r.randrange(100000, 99999999), "  <AvailRateUpdate>",
                 '    <DateRange from="%s" to="%s"/>' % (a, b),
                 '    <RoomType id="%d" closed="false">' % r.randrange(10 ** 6, 10 ** 9),
                 '      <Inventory totalInventoryAvailable="%d"/>' % r.randrange(1, 20),
                 '      <RatePlan id="%d" closed="false">' % r.randrange(10 ** 6, 10 ** 9),
                 '        <Rate currency="%s"><PerDay rate="%d.00"/></Rate>' % (r.choice(CURR), r.randrange(80, 400)),
                 "      </RatePlan>", "    </RoomType>", "  </AvailRateUpdate>", "</AvailRateUpdateRQ>"]
    else:
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<request>", "  <username>%s</username>" % c.idval,
                 "  <password>%s</password>" % v, "  <hotel_id>%d</hotel_id>" % r.randrange(100000, 9999999),
                 "  <version>1.0</version>", "  <room id=\"%d\">" % r.randrange(10 ** 6, 10 ** 8),
                 '    <date from="%s" to="%s">' % (a, b), "      <rate id=\"%d\"/>" % r.randrange(10 ** 6, 10 ** 7),
                 "      <price>%d.00</price>" % r.randrange(80, 400), "      <roomstosell>%d</roomstosell>" % r.randrange(0, 9),
                 "    </date>", "  </room>", "</request>"]
    return r.choice(["xml/%s/availability_update.xml" % c.p["short"], "channel/%s/ar_request.xml" % c.p["short"]]), "xml", "\n".join(lines) + "\n"


@tpl("xml_ota_pos", accepts=lambda p: p["pw"] and p["auth"] != "radius")
def t_ota_pos(c):
    r = c.r
    v = c.s("xml")
    a, b = dates(r)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<OTA_HotelRateAmountNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="3.000" TimeStamp="%s">' % ts(r),
             "  <POS>", "    <Source>",
             '      <RequestorID Type="22" ID="%s" MessagePassword="%s"/>' % (c.idval, v),
             "    </Source>", "  </POS>",
             '  <RateAmountMessages HotelCode="%s">' % r.choice(["HVH001", "ALDER", "10087"]), "    <RateAmountMessage>",
             '      <StatusApplicationControl Start="%s" End="%s" InvTypeCode="%s" RatePlanCode="BAR"/>' % (a, b, r.choice(["DBL", "STE"])),
             "      <Rates><Rate><BaseByGuestAmts>",
             '        <BaseByGuestAmt AmountAfterTax="%d.00" CurrencyCode="%s" NumberOfGuests="2"/>' % (r.randrange(90, 350), r.choice(CURR)),
             "      </BaseByGuestAmts></Rate></Rates>", "    </RateAmountMessage>", "  </RateAmountMessages>",
             "</OTA_HotelRateAmountNotifRQ>"]
    return r.choice(["ota/samples/OTA_HotelRateAmountNotifRQ.xml", "tests/fixtures/rate_push.xml"]), "xml", "\n".join(lines) + "\n"


@tpl("web_config")
def t_webconfig(c):
    r = c.r
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
    lines += settings_lines(c, "text", harmless(r, r.randrange(2, 5)), "pascal", sfmt="xml",
                            key_fmt=lambda n, v: '    <add key="%s:%s" value="%s" />' % (cap(c.p["short"]), n, v))
    lines += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
              "  </system.web>", "</configuration>"]
    return r.choice(["Web.config", "src/Hotel.Kiosk/Web.config", "App.config"]), "xml", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- Markdown
@tpl("md_runbook")
def t_md_runbook(c):
    r = c.r
    v = c.s("md")
    k = code_kind(c)
    lines = ["# %s integration runbook" % c.p["provider"].capitalize(), "",
             "Owner: %s team. Escalation: #%s-oncall." % (r.choice(["Revenue", "Front office IT", "Guest tech"]), c.p["short"]), "",
             "## When the sync stalls", "", "1. Check the worker logs in Grafana (`app=%s-sync`)." % c.p["short"],
             "2. Verify the upstream is reachable:", "", "```bash"]
    if k == "header":
        hv = "Bearer %s" % v if bearer(c) else v
        lines.append('curl -s %s%s -H "%s: %s"' % (base_url(c), ep(c), hdr(c), hv))
    elif k == "basic":
        lines.append("curl -s -u %s:%s %s%s" % (c.idval, v, base_url(c), ep(c)))
    elif k == "radius":
        lines.append("radtest guest-mac guest-mac %s 0 %s" % (c.p["host"], v))
    else:
        idp = " -d %s=%s" % (id_field(c), c.idval) if id_field(c) else ""
        lines.append("curl -s -X POST %s%s%s -d %s=%s" % (base_url(c), ep(c), idp, body_field(c), v))
    lines += ["```", "", "3. If it returns 401, ask the property to re-authorize the app.",
              "4. Re-run `make sync-%s SINCE=yesterday`." % c.p["short"], "", "## Contacts", "",
              "- Vendor support: support@%s" % ".".join(c.p["host"].split(".")[-2:])]
    return r.choice(["docs/runbooks/%s.md" % c.p["short"], "notes/runbook.md", "ops/%s-runbook.md" % c.p["short"]]), "markdown", "\n".join(lines) + "\n"


@tpl("md_handover")
def t_md_handover(c):
    r = c.r
    v = c.s("md")
    label = r.choice([" ".join(c.p["words"][1:]).capitalize() or "Credential", "Key", "Token we got from the vendor", "Value"]) if c.obvious else r.choice(["Prod", "Live value", "Use this"])
    lines = ["# Handover - %s go-live" % r.choice(HOTEL_NAMES), "", "Date: 2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 28)), "",
             "## %s" % c.p["provider"].capitalize(), "", "- Endpoint: %s" % base_url(c)]
    if c.show_id:
        lines.append("- %s: `%s`" % (" ".join(c.idwords[1:]).capitalize(), c.idval))
    lines += ["- %s: `%s`" % (label, v), "- Rate plans mapped: BAR, NRF, BB", "", "## Open items", "",
              "- [ ] Door code SMS template in %s" % r.choice(["German", "Portuguese", "Spanish"]),
              "- [ ] Confirm checkout time with housekeeping"]
    return r.choice(["notes/handover-%s.md" % c.p["short"], "docs/go-live.md", "notes/setup-notes.md"]), "markdown", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- RADIUS / captive portal
@tpl("freeradius_clients", accepts=lambda p: p["auth"] == "radius")
def t_freeradius(c):
    r = c.r
    lines = ["# -*- text -*-", "# clients.conf - guest Wi-Fi access points", ""]
    n = r.randrange(1, 3)
    lines += ["# the local test client lives in clients.local.conf (not in git)", "$INCLUDE clients.local.conf", ""]
    lines += ["client %s {" % r.choice(["lobby_controller", "unifi_controller", "guest_wlc"]),
              "    ipaddr = %s" % (c.idval or "10.0.0.2"), "    secret = %s" % c.s("text"),
              "    shortname = %s" % r.choice(["wlc01", "unifi", "ruckus-sz"]), "    nas_type = other", "}"]
    return r.choice(["raddb/clients.conf", "etc/freeradius/3.0/clients.conf", "radius/clients.conf"]), "conf", "\n".join(lines) + "\n"


@tpl("captive_portal_json", accepts=lambda p: p["auth"] == "radius")
def t_captive(c):
    r = c.r
    doc = {"portal": {"title": "Welcome to %s" % r.choice(HOTEL_NAMES), "terms_url": "https://wifi.example-hotel.com/terms",
                      "session_minutes": r.choice([240, 720, 1440])},
           "radius": {"auth_server": c.idval or "10.0.0.5", "auth_port": 1812, "acct_port": 1813,
                      c.n(r.choice(["snake", "camel"])): c.s("json"), "nas_identifier": "lobby-ap"},
           "vlan": {"guest": r.choice([20, 30, 100]), "staff": 10}}
    return r.choice(["captive-portal/config.json", "wifi/portal.json"]), "json", json.dumps(doc, indent=2) + "\n"


# ---------------------------------------------------------------- logs / SQL
@tpl("debug_log", accepts=lambda p: p["auth"] in ("header", "bearer"))
def t_log(c):
    r = c.r
    v = c.s()
    hv = "Bearer " + v if bearer(c) else v
    lines = []
    day = r.randrange(1, 28)
    t = r.randrange(3600 * 20)
    n = r.randrange(4, 9)
    k = r.randrange(1, n)
    for i in range(n):
        t += r.randrange(1, 40)
        stamp = "2024-05-%02d %02d:%02d:%02d,%03d" % (day, t // 3600 % 24, t // 60 % 60, t % 60, r.randrange(1000))
        if i == k:
            lines.append("%s DEBUG urllib3 request headers: {'User-Agent': 'python-requests/2.31.0', '%s': '%s', 'Accept': 'application/json'}" % (
                stamp, hdr(c), hv))
        lines.append("%s INFO sync.worker polled %s page=%d status=200" % (stamp, c.p["provider"], i + 1))
    return r.choice(["logs/sync-debug.log", "var/log/%s-sync.log" % c.p["short"], "tmp/debug.log"]), "log", "\n".join(lines) + "\n"


@tpl("sql_seed")
def t_sql(c):
    r = c.r
    v = c.s()
    lines = ["-- seed data for the integrations table (%s)" % r.choice(["prod restore", "staging", "hotfix 2024-03"]),
             "INSERT INTO integrations (id, property_id, provider, %s, %s, created_at) VALUES" % (
                 "external_id", c.n("snake")),
             "  (%d, %d, '%s', '%s', '%s', NOW());" % (r.randrange(1, 500), r.randrange(100, 999), c.p["provider"], c.idval or "", v),
             "", "INSERT INTO room_types (code, name, max_occupancy) VALUES",
             "  ('DBL', 'Double', 2),", "  ('TWN', 'Twin', 2),", "  ('STE', 'Suite', 4);"]
    return r.choice(["db/seeds/integrations.sql", "sql/seed_prod.sql"]), "sql", "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# domain look-alike negatives (no credential slot at all)
# ---------------------------------------------------------------------------
NEG_DOMAIN = []


def ntpl(name, provider, kind):
    def deco(fn):
        NEG_DOMAIN.append(dict(name=name, fn=fn, provider=provider, kind=kind))
        return fn
    return deco


FIRST = ["Anna", "Lukas", "Maria", "James", "Sofia", "Tom", "Ines", "Kenji", "Olga", "Pedro", "Chloe", "Rahul"]
LAST = ["Schmidt", "Silva", "Brown", "Rossi", "Novak", "Tanaka", "Garcia", "Dubois", "Larsen", "Khan"]


def guest(r):
    return "%s %s" % (r.choice(FIRST), r.choice(LAST))


@ntpl("csv_reservations_doorcodes", "pms-export", "door-code")
def n_res_csv(r):
    hdr_ = r.choice(["confirmation_no,guest_name,arrival,departure,room,room_type,door_code,channel,status",
                     "Reservation ID;Guest;Check-in;Check-out;Unit;Type;Access code;Source;Status"])
    sep = "," if "," in hdr_ else ";"
    lines = [hdr_]
    for _ in range(r.randrange(6, 25)):
        a, b = dates(r)
        lines.append(sep.join([str(r.randrange(10 ** 9, 10 ** 10)) if r.random() < 0.5 else "HM%s" % rs(r, 8, UPNUM),
                               guest(r), a, b, str(r.randrange(101, 520)), r.choice(["DBL", "KNG", "TWN", "STE", "APT2"]),
                               "%0*d" % (r.choice([4, 6]), r.randrange(10 ** 4)), r.choice(["Booking.com", "Airbnb", "Direct", "Expedia"]),
                               r.choice(["confirmed", "checked_in", "cancelled"])]))
    return r.choice(["exports/reservations_2024-06.csv", "reports/arrivals_today.csv", "data/checkins.csv"]), "csv", "\n".join(lines) + "\n"


@ntpl("xml_resnotif", "ota", "reservation-xml")
def n_resnotif(r):
    a, b = dates(r)
    conf = str(r.randrange(10 ** 9, 10 ** 10))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="%s" TimeStamp="%s" Version="2.001">' % (uuid4(r), ts(r)),
             "  <HotelReservations>", '    <HotelReservation CreateDateTime="%s" ResStatus="Commit">' % ts(r),
             "      <UniqueID Type=\"14\" ID=\"%s\"/>" % conf, "      <RoomStays><RoomStay>",
             '        <RoomTypes><RoomType RoomTypeCode="%s"/></RoomTypes>' % r.choice(["DBL", "KNG", "TWN"]),
             '        <RatePlans><RatePlan RatePlanCode="%s"/></RatePlans>' % r.choice(["BAR", "NRF"]),
             '        <TimeSpan Start="%s" End="%s"/>' % (a, b),
             '        <BasicPropertyInfo HotelCode="%d"/>' % r.randrange(100000, 9999999), "      </RoomStay></RoomStays>",
             "      <ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer>",
             "        <PersonName><GivenName>%s</GivenName><Surname>%s</Surname></PersonName>" % (r.choice(FIRST), r.choice(LAST)),
             "      </Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests>",
             "      <ResGlobalInfo><HotelReservationIDs>",
             '        <HotelReservationID ResID_Type="14" ResID_Value="%s"/>' % conf,
             '        <HotelReservationID ResID_Type="10" ResID_Value="%s"/>' % rs(r, 10, UPNUM),
             "      </HotelReservationIDs></ResGlobalInfo>", "    </HotelReservation>", "  </HotelReservations>", "</OTA_HotelResNotifRQ>"]
    return r.choice(["tests/fixtures/OTA_HotelResNotifRQ.xml", "samples/res_notif_%s.xml" % conf]), "xml", "\n".join(lines) + "\n"


@ntpl("seam_devices_fixture", "seam", "device-id")
def n_seam_devices(r):
    devs = []
    for _ in range(r.randrange(2, 5)):
        devs.append({"device_id": uuid4(r), "device_type": r.choice(["august_lock", "nuki_lock", "igloohome_lock", "ttlock_lock"]),
                     "workspace_id": uuid4(r), "connected_account_id": uuid4(r),
                     "properties": {"name": "Unit %d front door" % r.randrange(1, 40), "online": r.random() < 0.8,
                                    "locked": r.random() < 0.5, "battery_level": round(r.random(), 2)},
                     "created_at": ts(r)})
    return r.choice(["tests/fixtures/seam/devices_list.json", "mocks/seam-devices.json"]), "json", json.dumps({"devices": devs, "ok": True}, indent=2) + "\n"


@ntpl("nuki_smartlocks_fixture", "nuki", "device-id")
def n_nuki(r):
    locks = [{"smartlockId": r.randrange(10 ** 8, 10 ** 9), "accountId": r.randrange(10 ** 5, 10 ** 6), "type": r.choice([0, 4]),
              "name": "%s %d" % (r.choice(["Apartment", "Studio", "Loft"]), r.randrange(1, 30)),
              "firmwareVersion": r.randrange(100000, 300000), "serverState": 0, "adminPinState": 0,
              "state": {"mode": 2, "state": r.choice([1, 3]), "batteryCritical": False, "doorState": r.choice([2, 3])}}
             for _ in range(r.randrange(1, 4))]
    return r.choice(["test/fixtures/nuki/smartlock.json", "src/__mocks__/nuki-smartlocks.json"]), "json", json.dumps(locks, indent=2) + "\n"


@ntpl("room_type_mapping", "channel-manager", "mapping")
def n_room_map(r):
    lines = ["# room type / rate plan mapping PMS -> channels", "property: %d" % r.randrange(100000, 999999), "room_types:"]
    for code in r.sample(["DBL", "KNG", "TWN", "STE", "QQ", "FAM", "APT1"], r.randrange(3, 6)):
        lines += ["  %s:" % code, "    booking_com: %d" % r.randrange(10 ** 6, 10 ** 9), "    expedia: %d" % r.randrange(10 ** 6, 10 ** 9),
                  "    airbnb_listing: %d" % r.randrange(10 ** 7, 10 ** 18)]
    lines += ["rate_plans:", "  BAR: {booking_com: %d, expedia: %d}" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9)),
              "  NRF: {booking_com: %d, expedia: %d}" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9))]
    return r.choice(["config/mapping/room_types.yml", "channel/mapping.yaml"]), "yaml", "\n".join(lines) + "\n"


@ntpl("i18n_strings", "i18n", "ui-strings")
def n_i18n(r):
    lang = r.choice(["en", "de", "pt", "es"])
    t = {"en": ("Password", "Your door code is {{code}}", "API key", "Enter the API key from your PMS"),
         "de": ("Passwort", "Ihr Türcode lautet {{code}}", "API-Schlüssel", "Geben Sie den API-Schlüssel aus Ihrem PMS ein"),
         "pt": ("Palavra-passe", "O seu código da porta é {{code}}", "Chave da API", "Introduza a chave da API do seu PMS"),
         "es": ("Contraseña", "Su código de puerta es {{code}}", "Clave API", "Introduzca la clave API de su PMS")}[lang]
    doc = {"auth": {"password": t[0], "password_placeholder": "••••••••", "forgot": "Forgot password?"},
           "guest": {"door_code_sms": t[1], "wifi_hint": "Network: {{ssid}}"},
           "settings": {"integrations": {"api_key_label": t[2], "api_key_help": t[3], "api_key_placeholder": "sk_live_...",
                                         "secret_saved": "Secret saved. It will not be shown again."}}}
    return r.choice(["locales/%s.json" % lang, "src/i18n/%s/common.json" % lang, "public/locales/%s/translation.json" % lang]), "json", \
        json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@ntpl("webhook_fixture_signature", "pms-webhook", "signature")
def n_webhook(r):
    body = {"type": r.choice(["reservation.created", "reservation.updated", "guest.checked_in"]),
            "id": "evt_" + rs(r, 24, LOWNUM), "data": {"reservationId": str(r.randrange(10 ** 8, 10 ** 9)),
                                                         "propertyId": r.randrange(100000, 999999), "roomId": str(r.randrange(100, 500))}}
    doc = {"headers": {"content-type": "application/json", "x-signature-sha256": hx(r, 64), "x-request-id": uuid4(r)},
           "body": body}
    return r.choice(["tests/fixtures/webhooks/reservation_created.json", "spec/fixtures/webhook.json"]), "json", json.dumps(doc, indent=2) + "\n"


@ntpl("package_lock_integrity", "npm", "integrity-hash")
def n_lock(r):
    pk = {}
    for name in r.sample(["axios", "dayjs", "pino", "zod", "ioredis", "node-cron", "uuid", "nanoid"], 4):
        ver = "%d.%d.%d" % (r.randrange(1, 10), r.randrange(20), r.randrange(20))
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": "sha512-" + b64std(r, 64), "license": "MIT"}
    doc = {"name": "lock-bridge", "version": "1.4.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", "json", json.dumps(doc, indent=2) + "\n"


@ntpl("runbook_masked", "docs", "masked")
def n_runbook_masked(r):
    lines = ["# Rotating integration credentials", "", "Credentials live in Vault under `secret/hotel/<provider>`.",
             "Never paste them into tickets. When showing them to a vendor, mask all but the last 4 chars:", "",
             "| Provider | Stored at | Example as shown in UI |", "|---|---|---|",
             "| Cloudbeds | `secret/hotel/cloudbeds#api_key` | `cbat_****************%s` |" % rs(r, 4, ALNUM),
             "| Stripe | `secret/hotel/stripe#secret_key` | `sk_live_…%s` |" % rs(r, 4, ALNUM),
             "| Seam | `secret/hotel/seam#api_key` | `seam_********_****` |",
             "| Mews | `secret/hotel/mews#access_token` | `%s…` (first 6 only) |" % hx(r, 6, True), "",
             "Steps:", "", "1. `vault kv get secret/hotel/%s`" % r.choice(["cloudbeds", "mews", "seam"]),
             "2. Create the new key in the vendor portal.", "3. `vault kv put ...` and restart `%s-sync`." % r.choice(["pms", "lock"])]
    return r.choice(["docs/runbooks/rotate-credentials.md", "notes/credential-rotation.md"]), "markdown", "\n".join(lines) + "\n"


@ntpl("env_example", "dotenv", "placeholder")
def n_env_example(r):
    provs = r.sample(PROVIDERS, 5)
    lines = ["# Copy to .env and fill in. Never commit the real values.", "APP_ENV=local"]
    for p in provs:
        e = style(p["words"], "screaming")
        lines.append("%s=%s" % (e, r.choice(["", "<%s>" % e.lower(), "changeme", "your-%s" % style(p["words"][1:] or p["words"], "kebab"), "xxx"])))
    lines.append("PROPERTY_ID=%d" % r.randrange(100000, 999999))
    return r.choice([".env.example", ".env.sample", "config/.env.dist"]), "dotenv", "\n".join(lines) + "\n"


@ntpl("gha_secret_refs", "github-actions", "secret-reference")
def n_gha(r):
    provs = r.sample(PROVIDERS, 3)
    lines = ["name: sync", "on:", "  workflow_dispatch:", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:"]
    for p in provs:
        e = style(p["words"], "screaming")
        lines.append("      %s: ${{ secrets.%s }}" % (e, e))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - run: npm ci && npm run sync"]
    return ".github/workflows/sync.yml", "yaml", "\n".join(lines) + "\n"


@ntpl("tf_variables", "terraform", "sensitive-variable")
def n_tf(r):
    p = r.choice(PROVIDERS)
    n = style(p["words"], "snake")
    lines = ['variable "%s" {' % n, '  description = "%s %s, injected from CI"' % (p["provider"], " ".join(p["words"][1:])),
             "  type        = string", "  sensitive   = true", "}", "",
             'resource "aws_ssm_parameter" "%s" {' % n, '  name  = "/pms/%s/%s"' % (p["short"], n),
             '  type  = "SecureString"', "  value = var.%s" % n, "}"]
    return r.choice(["infra/variables.tf", "terraform/ssm.tf"]), "hcl", "\n".join(lines) + "\n"


@ntpl("py_test_doorcodes", "pms", "door-code")
def n_pytest(r):
    lines = ["from hotel_sync.locks import generate_door_code, mask", "", "",
             "def test_door_code_is_numeric():", "    code = generate_door_code(length=%d, seed=%d)" % (r.choice([4, 6]), r.randrange(1000)),
             "    assert code.isdigit()", "", "",
             "def test_mask_keeps_last_four():",
             '    assert mask("%s") == "************%s"' % ("X" * 16, "XXXX"),
             '    assert mask("") == ""', "", "",
             "def test_reservation_number_format():",
             '    assert is_booking_com_id("%d")' % r.randrange(10 ** 9, 10 ** 10),
             '    assert not is_booking_com_id("HM%s")' % rs(r, 8, UPNUM)]
    return r.choice(["tests/test_locks.py", "tests/unit/test_door_codes.py"]), "python", "\n".join(lines) + "\n"


@ntpl("keycard_log", "lock-encoder", "card-uid")
def n_keycard(r):
    lines = []
    for _ in range(r.randrange(5, 15)):
        lines.append("%s encoder=%s room=%d card_uid=%s valid_until=%s op=%s" % (
            ts(r), r.choice(["FD1", "FD2", "KIOSK"]), r.randrange(101, 520), hx(r, 8, True), dates(r)[1],
            r.choice(["new_key", "duplicate", "cancel"])))
    return r.choice(["logs/encoder.log", "var/log/keycards.log"]), "log", "\n".join(lines) + "\n"


@ntpl("listing_mapping_csv", "str-channel", "listing-id")
def n_listing_csv(r):
    lines = ["internal_unit,airbnb_listing_id,vrbo_property_id,booking_room_id,pricelabs_listing,lock_device_id"]
    for _ in range(r.randrange(4, 15)):
        lines.append("%s,%d,%d.%d,%d,%d,%s" % (r.choice(["APT", "LOFT", "STU"]) + str(r.randrange(1, 60)), r.randrange(10 ** 7, 10 ** 18),
                                              r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 6, 10 ** 9),
                                              r.randrange(10 ** 5, 10 ** 7), uuid4(r)))
    return r.choice(["data/listing_mapping.csv", "exports/units.csv"]), "csv", "\n".join(lines) + "\n"


@ntpl("sql_migration_uuid", "pms", "schema")
def n_sql(r):
    lines = ["-- migration %d: lock integrations" % r.randrange(100, 400), "CREATE TABLE lock_devices (",
             "  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),", "  provider TEXT NOT NULL,", "  external_device_id TEXT NOT NULL,",
             "  api_key_ref TEXT, -- vault path, never the key itself", "  created_at TIMESTAMPTZ DEFAULT now()", ");", "",
             "INSERT INTO lock_devices (id, provider, external_device_id, api_key_ref) VALUES"]
    rows = []
    for _ in range(r.randrange(2, 5)):
        pv = r.choice(["seam", "nuki", "ttlock", "igloohome"])
        rows.append("  ('%s', '%s', '%s', 'secret/hotel/%s#api_key')" % (uuid4(r), pv, uuid4(r) if pv == "seam" else str(r.randrange(10 ** 6, 10 ** 9)), pv))
    lines.append(",\n".join(rows) + ";")
    return r.choice(["db/migrations/%03d_lock_devices.sql" % r.randrange(1, 200), "migrations/V%d__locks.sql" % r.randrange(1, 90)]), "sql", "\n".join(lines) + "\n"


@ntpl("openapi_security", "openapi", "schema")
def n_openapi(r):
    lines = ["openapi: 3.0.3", "info:", "  title: Hotel Lock Bridge", "  version: %d.%d.0" % (r.randrange(1, 4), r.randrange(10)),
             "components:", "  securitySchemes:", "    ApiKeyAuth:", "      type: apiKey", "      in: header", "      name: X-API-Key",
             "    BearerAuth:", "      type: http", "      scheme: bearer", "security:", "  - ApiKeyAuth: []", "paths:",
             "  /reservations/{confirmationNumber}/door-code:", "    get:", "      parameters:",
             "        - name: confirmationNumber", "          in: path", "          required: true",
             "          example: \"%d\"" % r.randrange(10 ** 9, 10 ** 10), "          schema: {type: string}",
             "      responses:", "        \"200\":", "          description: The guest's door code", "          content:",
             "            application/json:", "              example: {code: \"%04d\", validFrom: \"15:00\"}" % r.randrange(10000)]
    return r.choice(["api/openapi.yaml", "docs/openapi.yml"]), "yaml", "\n".join(lines) + "\n"


@ntpl("access_log_ids", "nginx", "request-ids")
def n_access(r):
    lines = []
    for _ in range(r.randrange(6, 16)):
        lines.append('%d.%d.%d.%d - - [12/May/2024:%02d:%02d:%02d +0000] "GET /api/reservations/%d HTTP/1.1" 200 %d "-" "%s" rid=%s trace=%s' % (
            r.randrange(1, 223), r.randrange(256), r.randrange(256), r.randrange(256), r.randrange(24), r.randrange(60), r.randrange(60),
            r.randrange(10 ** 8, 10 ** 9), r.randrange(200, 9000), r.choice(["okhttp/4.12.0", "Mozilla/5.0", "python-requests/2.31.0"]),
            uuid4(r), hx(r, 32)))
    return r.choice(["logs/access.log", "var/log/nginx/kiosk-access.log"]), "log", "\n".join(lines) + "\n"


@ntpl("compose_digests", "docker", "image-digest")
def n_compose_digest(r):
    lines = ["services:"]
    for svc in r.sample(["pms-sync", "lock-bridge", "redis", "kiosk-api", "rate-pusher"], 3):
        lines += ["  %s:" % svc, "    image: ghcr.io/hotel-ops/%s@sha256:%s" % (svc, hx(r, 64)),
                  "    environment:", "      - LOG_LEVEL=info", "      - PROPERTY_ID=%d" % r.randrange(100000, 999999)]
    return r.choice(["docker-compose.pinned.yml", "deploy/compose.lock.yaml"]), "yaml", "\n".join(lines) + "\n"


@ntpl("housekeeping_yaml", "pms", "schedule")
def n_hk(r):
    lines = ["housekeeping:", "  shifts:"]
    for s_ in ["morning", "evening"]:
        lines += ["    %s:" % s_, "      start: \"%02d:00\"" % (7 if s_ == "morning" else 15), "      staff:"]
        for _ in range(r.randrange(2, 5)):
            lines.append("        - {name: %s, floors: [%d, %d], badge: \"%s\"}" % (guest(r), r.randrange(1, 5), r.randrange(5, 9), rs(r, 6, UPNUM)))
    lines += ["  priority_rooms: [%s]" % ", ".join(str(r.randrange(101, 520)) for _ in range(4))]
    return r.choice(["config/housekeeping.yml", "ops/housekeeping.yaml"]), "yaml", "\n".join(lines) + "\n"


@ntpl("mews_demo_readme", "mews", "doc-example")
def n_mews_demo(r):
    lines = ["# Local development against the Mews demo", "", "Mews publishes shared tokens for its public demo enterprise",
             "(https://docs.mews.com/connector-api/guidelines/environments). They only work against",
             "`https://api.mews-demo.com`, so they are safe to keep here:", "", "```", "MEWS_PLATFORM=https://api.mews-demo.com",
             "MEWS_CLIENT_TOKEN=%s" % MEWS_DEMO[0], "MEWS_ACCESS_TOKEN=%s" % MEWS_DEMO[1], "```", "",
             "For production the tokens come from Vault (`secret/hotel/mews`)."]
    return r.choice(["docs/dev-setup.md", "README.dev.md"]), "markdown", "\n".join(lines) + "\n"


@ntpl("stripe_publishable_js", "stripe", "publishable-key")
def n_stripe_pk(r):
    lines = ["import { loadStripe } from '@stripe/stripe-js';", "",
             "// publishable key - safe to ship to the browser", "const stripePromise = loadStripe('%s');" % pub_stripe(r), "",
             "export async function payDeposit(clientSecretFromServer) {", "  const stripe = await stripePromise;",
             "  return stripe.confirmCardPayment(clientSecretFromServer);", "}"]
    return r.choice(["web/src/payments/stripe.js", "booking-widget/src/pay.js"]), "javascript", "\n".join(lines) + "\n"


@ntpl("php_doorcode_sms", "guest-messaging", "door-code")
def n_php_sms(r):
    lines = ["<?php", "", "// Sends the door code to the guest on the morning of arrival.", "function send_door_code(array $res): void",
             "{", "    $code = str_pad((string) random_int(0, %d), %d, '0', STR_PAD_LEFT);" % (10 ** 6 - 1, 6),
             "    $msg = sprintf(__('Hi %%s, your door code for unit %%s is %%s'), $res['guest'], $res['unit'], $code);",
             "    Sms::to($res['phone'])->send($msg);", "    Log::info('door code sent', ['reservation' => $res['confirmation'], 'unit' => $res['unit']]);",
             "}", "", "// example: send_door_code(['guest' => 'Anna', 'unit' => '%d', 'confirmation' => '%d', 'phone' => '+351...']);" % (r.randrange(1, 40), r.randrange(10 ** 9, 10 ** 10))]
    return r.choice(["app/Jobs/SendDoorCode.php", "includes/door-code.php"]), "php", "\n".join(lines) + "\n"


@ntpl("ruby_ids_constants", "pms", "ids")
def n_rb_ids(r):
    lines = ["# frozen_string_literal: true", "", "module PropertyIds", "  CLOUDBEDS_PROPERTY_ID = %d" % r.randrange(100000, 999999),
             "  MEWS_ENTERPRISE_ID = \"%s\"" % uuid4(r), "  GUESTY_LISTING_ID = \"%s\"" % hx(r, 24),
             "  HOSTAWAY_ACCOUNT_ID = %d" % r.randrange(10000, 99999), "  BOOKING_HOTEL_ID = %d" % r.randrange(100000, 9999999),
             "  SEAM_DEVICE_ID = \"%s\"" % uuid4(r), "end"]
    return r.choice(["config/initializers/property_ids.rb", "lib/property_ids.rb"]), "ruby", "\n".join(lines) + "\n"


@ntpl("cs_options_binding", "dotnet", "config-binding")
def n_cs_opts(r):
    lines = ["namespace Hotel.Integrations;", "", "public sealed class PmsOptions", "{", "    public const string Section = \"Pms\";",
             "    public string BaseUrl { get; init; } = \"https://api.cloudbeds.com\";", "    public string ApiKey { get; init; } = string.Empty;",
             "    public int PropertyId { get; init; }", "}", "", "// Program.cs:",
             "// builder.Services.Configure<PmsOptions>(builder.Configuration.GetSection(PmsOptions.Section));",
             "// the ApiKey is supplied by Azure Key Vault reference Pms--ApiKey"]
    return "src/Hotel.Integrations/PmsOptions.cs", "csharp", "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500

MODE_KIND = {"placeholder": "placeholder", "envref": "env-reference", "masked": "masked", "empty": "empty-value",
             "doc": "documentation-example", "public": "publishable-key", "id": "public-id", "vault": "secret-manager-reference",
             "prefix_only": "bare-prefix"}


def modes_for(p):
    ms = ["placeholder", "envref", "masked", "empty", "vault"]
    if p["doc"]:
        ms.append("doc")
    if p["pub"]:
        ms.append("public")
    if p["idgen"]:
        ms.append("id")
    if p["prefix"]:
        ms.append("prefix_only")
    return ms


def pick_least(r, items, counter, key):
    best = min(counter.get(key(x), 0) for x in items)
    cands = [x for x in items if counter.get(key(x), 0) == best]
    x = r.choice(cands)
    counter[key(x)] = counter.get(key(x), 0) + 1
    return x


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def generate(outdir, seed):
    r = random.Random(seed)
    manifest, secrets = [], []
    files = {}

    # ---------------- positives
    order = []
    while len(order) < N_POS:
        block = list(range(len(PROVIDERS)))
        r.shuffle(block)
        order += block
    order = order[:N_POS]
    obvious_flags = [i % 2 == 0 for i in range(N_POS)]
    r.shuffle(obvious_flags)
    tcount = {}
    for i in range(N_POS):
        p = PROVIDERS[order[i]]
        temps = [t for t in TEMPLATES if t["accepts"](p)]
        t = pick_least(r, temps, tcount, lambda t: t["name"])
        c = Ctx(r, p, "pos", obvious_flags[i])
        path, ftype, text = t["fn"](c)
        if c.secret not in text:
            raise RuntimeError("needle missing: %s %s" % (t["name"], p["kind"]))
        rel = "pos/p%04d/%s" % (i, path)
        files[rel] = text
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": ftype,
                         "template": t["name"]})
        secrets.append({"file": rel, "needle": c.secret, "line": line_of(text, c.secret)})

    # ---------------- negatives: half reuse positive templates, half domain look-alikes
    n_reuse = N_NEG // 2
    porder = []
    while len(porder) < n_reuse:
        block = list(range(len(PROVIDERS)))
        r.shuffle(block)
        porder += block
    mcount, ncount = {}, {}
    neg_specs = []
    for j in range(n_reuse):
        p = PROVIDERS[porder[j]]
        mode = pick_least(r, modes_for(p), mcount, lambda m: m)
        neg_specs.append(("reuse", p, mode))
    for j in range(N_NEG - n_reuse):
        neg_specs.append(("domain", None, None))
    r.shuffle(neg_specs)
    for j, (typ, p, mode) in enumerate(neg_specs):
        if typ == "reuse":
            temps = [t for t in TEMPLATES if t["accepts"](p) and t["neg_reuse"]]
            t = pick_least(r, temps, tcount, lambda t: t["name"])
            c = Ctx(r, p, mode, True)
            path, ftype, text = t["fn"](c)
            prov, kind, tname = p["provider"], MODE_KIND[mode], t["name"]
        else:
            t = pick_least(r, NEG_DOMAIN, ncount, lambda t: t["name"])
            path, ftype, text = t["fn"](r)
            prov, kind, tname = t["provider"], t["kind"], "neg:" + t["name"]
        rel = "neg/n%04d/%s" % (j, path)
        files[rel] = text
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype, "template": tname})

    # ---------------- write
    for rel in sorted(files):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(files[rel])
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s_ in secrets:
            fh.write(json.dumps(s_, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_dj.py OUTDIR SEED\n")
        return 2
    seed = argv[2]
    try:
        seed = int(seed)
    except ValueError:
        pass
    os.makedirs(argv[1], exist_ok=True)
    generate(argv[1], seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
