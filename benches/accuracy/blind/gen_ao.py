#!/usr/bin/env python3
"""Blind evaluation-set generator "ao" for a git pre-commit secret scanner.

EMPHASIS
    Travel, logistics, maps and marketplace integrations: booking engines
    (GDS / NDC / hotel wholesalers), shipping and fulfilment services, delivery
    apps and marketplace-seller tooling.  Carrier, GDS, maps and marketplace
    credentials sit next to tracking numbers, booking references, SKUs, ASINs,
    GTINs, place ids, geohashes, encoded polylines and coordinates that look
    random but are not secret.

USAGE
    python3 gen_ao.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path>   (500 files, one credential each)
           OUTDIR/neg/nNNNN/<relative path>   (500 files, one innocent look-alike)
           OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
           OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    Deterministic per SEED: only random.Random(SEED) is used.

NEEDLE CONVENTIONS
    * needle is the secret substring exactly as written in the file, without
      the surrounding quotes of the host syntax.
    * For key+secret pairs only ONE half is a literal (the needle); the other
      half is an env reference or a non-secret identifier (client id, account
      number).  Non-secret identifiers (client ids, account numbers, UUIDs of
      developer ids...) are never needles.
    * Kubernetes Secret `data:` entries: the needle is the base64 text as
      written (the decoded credential is not in the file).
    * Canada Post keys are written as "user:password"; the needle is the whole
      "user:password" string.
    * UPS legacy access license numbers, Etsy shared secrets and Hotelbeds
      secrets are short; the needle is the full value.
    * line is the 1-based line of the first occurrence of the needle.

DOUBTS (formats I am not sure of)
    * EasyPost: EZAK/EZTK prefix is documented; I assume 54 hex-ish chars after
      the prefix (total 58).  Body alphabet may be wider.
    * AfterShip `asat_` keys: prefix seen in dashboards; body length (32 hex
      here) is a guess.
    * Samsara `samsara_api_` tokens: body assumed 30 alphanumerics.
    * Radar `prj_live_sk_`/`prj_test_sk_`: body assumed 40 hex.
    * Duffel tokens: body assumed 43 base64url chars.
    * Adyen API keys (`AQE...`): structure approximated as three base64-ish
      segments joined by '-', the last one short with punctuation.
    * eBay user tokens (`v^1.1#i^1#...#t^...`): body length/alphabet
      approximated; eBay PRD cert ids assumed PRD-<12hex>-<8hex>-4-4-4-4.
    * Sabre client secrets (8 chars), Travelport uAPI passwords (10 chars
      with punctuation), Kiwi Tequila keys, Skyscanner keys, Booking.com
      Demand API keys, Airbnb/OpenTable/Lyft/Bolt/Flexport/project44 secrets
      and Royal Mail client secrets: no public format spec; lengths/alphabets
      are plausible guesses.
    * Shippo/EasyPost *test* keys are secrets in principle; the brief asks for
      "test keys clearly labelled in sandbox docs" as negatives, so negative
      files only ever show them truncated or with placeholder bodies; random
      test-key bodies (duffel_test_, TEST_ ShipEngine, prj_test_sk_) are
      POSITIVES.
    * Google Maps browser keys in referrer-restricted slots, Firebase
      google-services.json keys, Mapbox pk., Radar prj_live_pk_, Stripe pk_,
      Adyen client keys, Square application ids and Shopify storefront tokens
      are labelled NEGATIVE (documented as safe to expose) although they are
      random; a scanner cannot tell a browser AIza key from a server one.
"""
import base64
import binascii
import hashlib
import hmac
import json
import os
import random
import re
import string
import sys
import zlib

N_POS = 500
N_NEG = 500

DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = DIG + LOW + UPP
LALNUM = DIG + LOW
UALNUM = DIG + UPP
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
B62 = DIG + UPP + LOW


def _has_run(s, n=4):
    """True if s contains an ascending/descending run or repeat of length n."""
    for i in range(len(s) - n + 1):
        w = s[i:i + n]
        d = [ord(w[j + 1]) - ord(w[j]) for j in range(n - 1)]
        if all(x == 1 for x in d) or all(x == -1 for x in d) or all(x == 0 for x in d):
            return True
    return False


BAD_SUBSTR = ("test", "pass", "secret", "key", "abcd", "1234", "xxxx", "demo",
              "sample", "dummy", "fake", "token", "admin", "qwer", "asdf")


def tok(r, alpha, n, need_mix=True):
    """Random token that avoids sequences and obvious words."""
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        if _has_run(s):
            continue
        low = s.lower()
        if any(b in low for b in BAD_SUBSTR):
            continue
        if need_mix and n >= 8:
            has_d = any(c.isdigit() for c in s)
            has_a = any(c.isalpha() for c in s)
            if alpha not in (DIG,) and not (has_d and has_a):
                continue
        return s


def b62(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def github_style(r, prefix):
    body = tok(r, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rand_b64(r, nbytes, urlsafe=False):
    while True:
        s = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(rbytes(r, nbytes)).decode()
        if not any(b in s.lower() for b in BAD_SUBSTR) and not _has_run(s):
            return s


def uuid4(r):
    h = "".join(r.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --------------------------------------------------------------------------
# human passwords
FIRST = ["Marek", "Joanna", "Kestrel", "Olivia", "Tomas", "Ingrid", "Rafael",
         "Priya", "Lukas", "Sofia", "Dmitri", "Annika", "Mateo", "Chiara",
         "Henrik", "Yusuf", "Noemi", "Bartek", "Elif", "Gustavo"]
WORDS = ["winter", "harbor", "falcon", "cobalt", "meadow", "Tr0ub4dor",
         "sunset", "granite", "orchid", "lantern", "Pacific", "velvet",
         "maple", "thunder", "riviera", "copper", "saffron", "glacier",
         "Baltic", "juniper", "porto", "tundra", "Zanzibar", "kayak"]
SYMS = "!.#$%&*@_-+="


def human_password(r):
    f = r.randrange(7)
    y = str(r.choice(range(1961, 2012)))
    w1, w2 = r.choice(WORDS), r.choice(WORDS)
    nm = r.choice(FIRST)
    s = r.choice(SYMS)
    if f == 0:
        return f"{nm}{s}{y}{w1.lower()}"
    if f == 1:
        return f"{w1.capitalize()}{s}{w2.capitalize()}{r.randrange(10, 99)}"
    if f == 2:
        return f"{w1.capitalize()}{r.randrange(1, 9)}{s}{r.randrange(1, 9)}"
    if f == 3:
        leet = w1.translate(str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1", "s": "5"}))
        return f"{leet.capitalize()}{s}{y[2:]}"
    if f == 4:
        return f"{nm.lower()}{y}{s}{w2.capitalize()}"
    if f == 5:
        return f"{w1.capitalize()}{s}{nm}{s}{r.randrange(100, 999)}"
    return f"{nm}_{w1.lower()}{y[2:]}{s}"


def gds_password(r):
    """Travelport/Sabre generated passwords: 10 chars with punctuation."""
    while True:
        s = tok(r, ALNUM + "{}=*!&+#%", 10)
        if any(c in "{}=*!&+#%" for c in s) and any(c.isupper() for c in s):
            return s


# --------------------------------------------------------------------------
# secret generators
MAPBOX_USERS = ["fleetops", "tripnest", "parcelhop", "wayfarer-labs", "cargolane",
                "routewise", "hoteliq", "dispatchly", "lastmile-eu", "harborlogix"]


def mapbox_token(r, prefix):
    payload = json.dumps({"u": r.choice(MAPBOX_USERS), "a": tok(r, LALNUM, 25)},
                         separators=(",", ":")).encode()
    return prefix + "." + b64u_nopad(payload) + "." + tok(r, B64URL, 22)


def adyen_key(r):
    a = "AQE" + rand_b64(r, 66)[:-2].rstrip("=")
    b = rand_b64(r, 33)
    c = tok(r, ALNUM + "$;.]%[:,>", 16)
    return f"{a}-{b}-{c}"


def ebay_user_token(r):
    return "v^1.1#i^1#p^3#r^1#f^0#I^3#t^" + rand_b64(r, 420)


def amzn_refresh(r):
    return "Atzr|IwEBI" + tok(r, B64URL, 340)


def ebay_cert(r):
    return "PRD-%s-%s-%s-%s-%s-%s" % (tok(r, HEX, 12), tok(r, HEX, 8), tok(r, HEX, 4, False),
                                      tok(r, HEX, 4, False), tok(r, HEX, 4, False), tok(r, HEX, 4, False))


def mailgun_key(r):
    if r.random() < 0.5:
        return "key-" + tok(r, HEX, 32)
    return "%s-%s-%s" % (tok(r, HEX, 32), tok(r, HEX, 8), tok(r, HEX, 8))


def stripe_key(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
    return pre + tok(r, ALNUM, r.choice([24, 99]))


# companion helpers (non-secret literals and env references)
def L(name, val):
    return (name, "lit", val)


def E(name, env):
    return (name, "env", env)


def fedex_acct(r):
    return "".join(r.choice(DIG) for _ in range(9))


def ups_shipper(r):
    return tok(r, UALNUM, 6)


# Each provider/kind: p, k, g (generator), env, pn (provider-named var names),
# gn (generic names), label, host, comp (companions), hdr (auth header)
P = []


def prov(p, k, g, env, pn, gn, label, host, comp=None, hdr="Authorization"):
    P.append(dict(p=p, k=k, g=g, env=env, pn=pn, gn=gn, label=label, host=host,
                  comp=comp or (lambda r: []), hdr=hdr))


GEN_KEY = ["api_key", "apiKey", "key", "KEY", "AUTH", "auth_key", "API_KEY"]
GEN_SEC = ["secret", "client_secret", "clientSecret", "SECRET", "shared_secret"]
GEN_TOK = ["token", "access_token", "accessToken", "TOKEN", "bearer", "AUTH_TOKEN"]
GEN_PW = ["password", "pwd", "PASSWORD", "passwd", "pass"]

# --- travel / GDS --------------------------------------------------------
prov("amadeus", "api_secret", lambda r: tok(r, ALNUM, 16), "AMADEUS_CLIENT_SECRET",
     ["AMADEUS_CLIENT_SECRET", "amadeus_api_secret", "amadeusSecret"], GEN_SEC,
     "Amadeus for Developers", "test.api.amadeus.com",
     lambda r: [E("client_id", "AMADEUS_CLIENT_ID"), L("hostname", r.choice(["test", "production"]))])
prov("amadeus", "api_key", lambda r: tok(r, ALNUM, 32), "AMADEUS_CLIENT_ID",
     ["AMADEUS_API_KEY", "amadeus_api_key", "amadeusKey"], GEN_KEY,
     "Amadeus for Developers", "api.amadeus.com",
     lambda r: [E("client_secret", "AMADEUS_CLIENT_SECRET")])
prov("sabre", "client_secret", lambda r: tok(r, ALNUM, 8), "SABRE_CLIENT_SECRET",
     ["SABRE_CLIENT_SECRET", "sabre_secret", "sabreClientSecret"], GEN_SEC,
     "Sabre Dev Studio", "api.platform.sabre.com",
     lambda r: [L("client_id", "V1:%s:%s:AA" % (tok(r, LALNUM, 12), tok(r, UALNUM, 4, False))),
                L("pcc", tok(r, UALNUM, 4, False))])
prov("sabre", "epr_password", human_password, "SABRE_EPR_PASSWORD",
     ["SABRE_EPR_PASSWORD", "sabre_password", "eprPassword"], GEN_PW,
     "Sabre EPR", "webservices.platform.sabre.com",
     lambda r: [L("epr", str(r.randrange(100000, 999999))), L("pcc", tok(r, UALNUM, 4, False))])
prov("travelport", "uapi_password", gds_password, "TRAVELPORT_UAPI_PASSWORD",
     ["TRAVELPORT_PASSWORD", "uapi_password", "travelportPassword"], GEN_PW,
     "Travelport Universal API", "emea.universal-api.travelport.com",
     lambda r: [L("username", "Universal API/uAPI%s-%s" % ("".join(r.choice(DIG) for _ in range(10)), tok(r, HEX, 8))),
                L("target_branch", "P%s" % "".join(r.choice(DIG) for _ in range(7)))])
prov("duffel", "live_access_token", lambda r: "duffel_live_" + tok(r, B64URL, 43), "DUFFEL_ACCESS_TOKEN",
     ["DUFFEL_ACCESS_TOKEN", "duffel_token", "duffelApiKey"], GEN_TOK, "Duffel", "api.duffel.com")
prov("duffel", "test_access_token", lambda r: "duffel_test_" + tok(r, B64URL, 43), "DUFFEL_TEST_TOKEN",
     ["DUFFEL_TEST_TOKEN", "duffel_token", "duffelToken"], GEN_TOK, "Duffel (test mode)", "api.duffel.com")
prov("kiwi", "tequila_api_key", lambda r: tok(r, B64URL, 32), "TEQUILA_API_KEY",
     ["TEQUILA_API_KEY", "kiwi_apikey", "tequilaKey"], GEN_KEY, "Kiwi.com Tequila", "api.tequila.kiwi.com", hdr="apikey")
prov("skyscanner", "api_key", lambda r: tok(r, LALNUM, 32), "SKYSCANNER_API_KEY",
     ["SKYSCANNER_API_KEY", "skyscanner_key", "skyscannerApiKey"], GEN_KEY,
     "Skyscanner Travel API", "partners.api.skyscanner.net", hdr="x-api-key")
prov("expedia", "rapid_api_key", lambda r: tok(r, LALNUM, 30), "EAN_API_KEY",
     ["EXPEDIA_RAPID_API_KEY", "rapid_api_key", "eanApiKey"], GEN_KEY,
     "Expedia Rapid", "api.ean.com", lambda r: [E("shared_secret", "EAN_SHARED_SECRET")])
prov("expedia", "rapid_shared_secret", lambda r: tok(r, LALNUM, 13), "EAN_SHARED_SECRET",
     ["EXPEDIA_SHARED_SECRET", "rapid_shared_secret", "eanSecret"], GEN_SEC,
     "Expedia Rapid", "api.ean.com", lambda r: [E("api_key", "EAN_API_KEY")])
prov("booking", "demand_api_key", lambda r: tok(r, B64URL, 40), "BOOKING_API_KEY",
     ["BOOKING_COM_API_KEY", "booking_api_key", "bookingToken"], GEN_TOK,
     "Booking.com Demand API", "demandapi.booking.com",
     lambda r: [L("affiliate_id", str(r.randrange(1000000, 9999999)))])
prov("airbnb", "client_secret", lambda r: tok(r, LALNUM, 32), "AIRBNB_CLIENT_SECRET",
     ["AIRBNB_CLIENT_SECRET", "airbnb_secret", "airbnbClientSecret"], GEN_SEC,
     "Airbnb API", "api.airbnb.com", lambda r: [L("client_id", tok(r, LALNUM, 25))])
prov("hotelbeds", "api_key", lambda r: tok(r, HEX, 32), "HOTELBEDS_API_KEY",
     ["HOTELBEDS_API_KEY", "hotelbeds_key", "hbApiKey"], GEN_KEY,
     "Hotelbeds APItude", "api.test.hotelbeds.com", lambda r: [E("secret", "HOTELBEDS_SECRET")], hdr="Api-key")
prov("hotelbeds", "secret", lambda r: tok(r, LALNUM, 10), "HOTELBEDS_SECRET",
     ["HOTELBEDS_SECRET", "hotelbeds_secret", "hbSecret"], GEN_SEC,
     "Hotelbeds APItude", "api.hotelbeds.com", lambda r: [E("api_key", "HOTELBEDS_API_KEY")])
prov("opentable", "client_secret", lambda r: tok(r, ALNUM, 40), "OPENTABLE_CLIENT_SECRET",
     ["OPENTABLE_CLIENT_SECRET", "opentable_secret", "otClientSecret"], GEN_SEC,
     "OpenTable Partner API", "oauth.opentable.com", lambda r: [L("client_id", uuid4(r))])
# --- maps --------------------------------------------------------------
prov("google_maps", "server_api_key", lambda r: "AIza" + tok(r, B64URL, 35), "GOOGLE_MAPS_API_KEY",
     ["GOOGLE_MAPS_API_KEY", "gmaps_key", "googleMapsKey", "GEOCODING_KEY"], GEN_KEY,
     "Google Maps Platform", "maps.googleapis.com")
prov("mapbox", "secret_token", lambda r: mapbox_token(r, "sk"), "MAPBOX_SECRET_TOKEN",
     ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN", "mapboxToken"], GEN_TOK,
     "Mapbox", "api.mapbox.com")
prov("here", "api_key", lambda r: tok(r, B64URL, 43), "HERE_API_KEY",
     ["HERE_API_KEY", "here_apikey", "hereApiKey"], GEN_KEY, "HERE Location Services",
     "router.hereapi.com", lambda r: [L("app_id", tok(r, ALNUM, 20))])
prov("here", "access_key_secret", lambda r: tok(r, B64URL, 86), "HERE_ACCESS_KEY_SECRET",
     ["here.access.key.secret", "HERE_ACCESS_KEY_SECRET", "hereKeySecret"], GEN_SEC,
     "HERE OAuth", "account.api.here.com",
     lambda r: [L("here.user.id", "HERE-" + uuid4(r)), L("here.access.key.id", tok(r, B64URL, 22))])
prov("tomtom", "api_key", lambda r: tok(r, ALNUM, 32), "TOMTOM_API_KEY",
     ["TOMTOM_API_KEY", "tomtom_key", "tomtomKey"], GEN_KEY, "TomTom", "api.tomtom.com")
prov("bing_maps", "key", lambda r: tok(r, B64URL, 64), "BING_MAPS_KEY",
     ["BING_MAPS_KEY", "bing_maps_key", "bingMapsKey"], GEN_KEY, "Bing Maps", "dev.virtualearth.net")
prov("opencage", "api_key", lambda r: tok(r, HEX, 32), "OPENCAGE_API_KEY",
     ["OPENCAGE_API_KEY", "opencage_key", "openCageKey"], GEN_KEY, "OpenCage Geocoder", "api.opencagedata.com")
prov("what3words", "api_key", lambda r: tok(r, UALNUM, 8), "W3W_API_KEY",
     ["W3W_API_KEY", "what3words_key", "w3wApiKey"], GEN_KEY, "what3words", "api.what3words.com", hdr="X-Api-Key")
prov("radar", "secret_key", lambda r: r.choice(["prj_live_sk_", "prj_live_sk_", "prj_test_sk_"]) + tok(r, HEX, 40),
     "RADAR_SECRET_KEY", ["RADAR_SECRET_KEY", "radar_secret", "radarSecretKey"], GEN_KEY, "Radar", "api.radar.io")
# --- shipping / carriers --------------------------------------------------
prov("shippo", "live_token", lambda r: "shippo_live_" + tok(r, HEX, 40), "SHIPPO_API_TOKEN",
     ["SHIPPO_API_TOKEN", "shippo_token", "shippoKey"], GEN_TOK, "Shippo", "api.goshippo.com")
prov("easypost", "production_key", lambda r: "EZAK" + tok(r, HEX, 54), "EASYPOST_API_KEY",
     ["EASYPOST_API_KEY", "easypost_key", "easyPostApiKey"], GEN_KEY, "EasyPost", "api.easypost.com")
prov("shipstation", "api_secret", lambda r: tok(r, HEX, 32), "SHIPSTATION_API_SECRET",
     ["SHIPSTATION_API_SECRET", "shipstation_secret", "ssApiSecret"], GEN_SEC, "ShipStation",
     "ssapi.shipstation.com", lambda r: [E("api_key", "SHIPSTATION_API_KEY")])
prov("shipengine", "api_key", lambda r: r.choice(["TEST_", ""]) + rand_b64(r, 32).rstrip("="), "SHIPENGINE_API_KEY",
     ["SHIPENGINE_API_KEY", "shipengine_key", "shipEngineKey"], GEN_KEY, "ShipEngine", "api.shipengine.com", hdr="API-Key")
prov("fedex", "client_secret", lambda r: tok(r, HEX, 32), "FEDEX_SECRET_KEY",
     ["FEDEX_SECRET_KEY", "fedex_client_secret", "fedexSecret"], GEN_SEC, "FedEx REST API",
     "apis.fedex.com", lambda r: [E("client_id", "FEDEX_API_KEY"), L("account_number", fedex_acct(r))])
prov("ups", "client_secret", lambda r: tok(r, ALNUM, 64), "UPS_CLIENT_SECRET",
     ["UPS_CLIENT_SECRET", "ups_secret", "upsClientSecret"], GEN_SEC, "UPS OAuth", "onlinetools.ups.com",
     lambda r: [E("client_id", "UPS_CLIENT_ID"), L("shipper_number", ups_shipper(r))])
prov("ups", "access_license_number", lambda r: tok(r, HEXU, 16), "UPS_ACCESS_LICENSE",
     ["UPS_ACCESS_LICENSE_NUMBER", "ups_license", "AccessLicenseNumber"], GEN_KEY, "UPS (legacy XML)",
     "onlinetools.ups.com", lambda r: [L("user_id", r.choice(FIRST).lower() + "ship"), E("password", "UPS_PASSWORD")])
prov("dhl", "api_key", lambda r: tok(r, ALNUM, 32), "DHL_API_KEY",
     ["DHL_API_KEY", "dhl_key", "dhlApiKey"], GEN_KEY, "DHL Shipment Tracking", "api-eu.dhl.com", hdr="DHL-API-Key")
prov("dhl", "api_secret", lambda r: tok(r, ALNUM, 16), "DHL_API_SECRET",
     ["DHL_API_SECRET", "dhl_secret", "dhlSecret"], GEN_SEC, "DHL Express MyDHL", "express.api.dhl.com",
     lambda r: [E("api_key", "DHL_API_KEY"), L("account", str(r.randrange(100000000, 999999999)))])
prov("usps", "consumer_secret", lambda r: tok(r, ALNUM, 16), "USPS_CONSUMER_SECRET",
     ["USPS_CONSUMER_SECRET", "usps_secret", "uspsSecret"], GEN_SEC, "USPS APIs", "apis.usps.com",
     lambda r: [E("consumer_key", "USPS_CONSUMER_KEY")])
prov("canadapost", "api_key", lambda r: tok(r, HEX, 16) + ":" + tok(r, HEX, 22), "CANADAPOST_API_KEY",
     ["CANADA_POST_API_KEY", "cpc_key", "canadaPostKey"], GEN_KEY, "Canada Post", "soa-gw.canadapost.ca",
     lambda r: [L("customer_number", "000" + "".join(r.choice(DIG) for _ in range(7)))])
prov("royalmail", "client_secret", lambda r: tok(r, ALNUM, 48), "ROYALMAIL_CLIENT_SECRET",
     ["ROYAL_MAIL_CLIENT_SECRET", "rm_client_secret", "royalMailSecret"], GEN_SEC, "Royal Mail Shipping API",
     "api.royalmail.net", lambda r: [L("client_id", uuid4(r))], hdr="X-IBM-Client-Secret")
prov("aftership", "api_key", lambda r: "asat_" + tok(r, HEX, 32), "AFTERSHIP_API_KEY",
     ["AFTERSHIP_API_KEY", "aftership_key", "afterShipKey"], GEN_KEY, "AfterShip", "api.aftership.com", hdr="as-api-key")
prov("flexport", "api_key", lambda r: tok(r, ALNUM, 40), "FLEXPORT_API_KEY",
     ["FLEXPORT_API_KEY", "flexport_token", "flexportKey"], GEN_TOK, "Flexport", "api.flexport.com")
prov("project44", "client_secret", lambda r: tok(r, ALNUM, 40), "P44_CLIENT_SECRET",
     ["P44_CLIENT_SECRET", "project44_secret", "p44Secret"], GEN_SEC, "project44", "na12.api.project44.com",
     lambda r: [L("client_id", uuid4(r))])
prov("samsara", "api_token", lambda r: "samsara_api_" + tok(r, ALNUM, 30), "SAMSARA_API_TOKEN",
     ["SAMSARA_API_TOKEN", "samsara_token", "samsaraToken"], GEN_TOK, "Samsara", "api.samsara.com")
prov("geotab", "password", human_password, "GEOTAB_PASSWORD",
     ["GEOTAB_PASSWORD", "mygeotab_password", "geotabPassword"], GEN_PW, "MyGeotab", "my.geotab.com",
     lambda r: [L("database", r.choice(["acme_fleet", "nordfrakt", "coastal_haul", "metrodelivery"])),
                L("username", "api-%s@%s.com" % (r.choice(FIRST).lower(), r.choice(["nordfrakt", "acmefleet", "haulco"])))])
prov("onfleet", "api_key", lambda r: tok(r, HEX, 32), "ONFLEET_API_KEY",
     ["ONFLEET_API_KEY", "onfleet_key", "onfleetKey"], GEN_KEY, "Onfleet", "onfleet.com")
prov("uber_direct", "client_secret", lambda r: tok(r, B64URL, 40), "UBER_DIRECT_CLIENT_SECRET",
     ["UBER_DIRECT_CLIENT_SECRET", "uber_client_secret", "uberSecret"], GEN_SEC, "Uber Direct",
     "api.uber.com", lambda r: [L("client_id", tok(r, B64URL, 32)), L("customer_id", uuid4(r))])
prov("doordash", "signing_secret", lambda r: tok(r, B64URL, 43), "DOORDASH_SIGNING_SECRET",
     ["DOORDASH_SIGNING_SECRET", "dd_signing_secret", "doordashSigningSecret"], GEN_SEC, "DoorDash Drive",
     "openapi.doordash.com", lambda r: [L("developer_id", uuid4(r)), L("key_id", uuid4(r))])
prov("lyft", "client_secret", lambda r: tok(r, B64URL, 32), "LYFT_CLIENT_SECRET",
     ["LYFT_CLIENT_SECRET", "lyft_secret", "lyftClientSecret"], GEN_SEC, "Lyft", "api.lyft.com",
     lambda r: [L("client_id", tok(r, ALNUM, 12))])
prov("bolt", "api_key", lambda r: tok(r, HEX, 64), "BOLT_API_KEY",
     ["BOLT_API_KEY", "bolt_key", "boltApiKey"], GEN_KEY, "Bolt", "api.bolt.com",
     lambda r: [L("publishable_key", "%s.%s.%s" % (tok(r, ALNUM, 12), tok(r, ALNUM, 12), tok(r, HEX, 64)))], hdr="X-API-Key")
# --- marketplace / commerce -------------------------------------------
prov("amazon_sp", "lwa_client_secret", lambda r: "amzn1.oa2-cs.v1." + tok(r, HEX, 64), "LWA_CLIENT_SECRET",
     ["LWA_CLIENT_SECRET", "lwa_client_secret", "spApiClientSecret"], GEN_SEC, "Amazon SP-API (LWA)",
     "sellingpartnerapi-na.amazon.com",
     lambda r: [L("client_id", "amzn1.application-oa2-client." + tok(r, HEX, 32)), E("refresh_token", "LWA_REFRESH_TOKEN")])
prov("amazon_sp", "refresh_token", amzn_refresh, "LWA_REFRESH_TOKEN",
     ["LWA_REFRESH_TOKEN", "sp_api_refresh_token", "refreshToken"], ["refresh_token", "REFRESH", "rt"],
     "Amazon SP-API (LWA)", "api.amazon.com",
     lambda r: [L("client_id", "amzn1.application-oa2-client." + tok(r, HEX, 32)), L("marketplace_id", "ATVPDKIKX0DER")])
prov("ebay", "client_secret", ebay_cert, "EBAY_CERT_ID",
     ["EBAY_CERT_ID", "ebay_client_secret", "ebayCertId"], GEN_SEC, "eBay Developers", "api.ebay.com",
     lambda r: [L("app_id", "%s-%s-PRD-%s-%s" % (r.choice(FIRST), r.choice(["Lister", "SyncTool", "Repricer"]), tok(r, HEX, 9), tok(r, HEX, 8)))])
prov("ebay", "user_token", ebay_user_token, "EBAY_USER_TOKEN",
     ["EBAY_USER_TOKEN", "ebay_auth_token", "ebayToken"], GEN_TOK, "eBay Trading API", "api.ebay.com")
prov("etsy", "keystring", lambda r: tok(r, LALNUM, 24), "ETSY_KEYSTRING",
     ["ETSY_API_KEY", "etsy_keystring", "etsyKeystring"], GEN_KEY, "Etsy Open API v3", "openapi.etsy.com", hdr="x-api-key")
prov("etsy", "shared_secret", lambda r: tok(r, LALNUM, 10), "ETSY_SHARED_SECRET",
     ["ETSY_SHARED_SECRET", "etsy_secret", "etsySharedSecret"], GEN_SEC, "Etsy Open API v3", "openapi.etsy.com",
     lambda r: [E("keystring", "ETSY_KEYSTRING")])
prov("walmart", "client_secret", lambda r: tok(r, B64URL, 86), "WALMART_CLIENT_SECRET",
     ["WALMART_CLIENT_SECRET", "walmart_secret", "wmClientSecret"], GEN_SEC, "Walmart Marketplace",
     "marketplace.walmartapis.com", lambda r: [L("client_id", uuid4(r))])
prov("shopify", "admin_token", lambda r: "shpat_" + tok(r, HEX, 32), "SHOPIFY_ADMIN_TOKEN",
     ["SHOPIFY_ACCESS_TOKEN", "shopify_admin_token", "shopifyAdminToken"], GEN_TOK, "Shopify Admin API",
     "myshopify.com", lambda r: [L("shop", r.choice(["trailhead-outfitters", "nordic-parcel", "sunset-ceramics", "kayak-supply-co"]) + ".myshopify.com")],
     hdr="X-Shopify-Access-Token")
prov("bigcommerce", "access_token", lambda r: tok(r, LALNUM, 31), "BIGCOMMERCE_ACCESS_TOKEN",
     ["BIGCOMMERCE_ACCESS_TOKEN", "bc_access_token", "bigcommerceToken"], GEN_TOK, "BigCommerce",
     "api.bigcommerce.com", lambda r: [L("store_hash", tok(r, LALNUM, 10))], hdr="X-Auth-Token")
prov("woocommerce", "consumer_secret", lambda r: "cs_" + tok(r, HEX, 40), "WC_CONSUMER_SECRET",
     ["WC_CONSUMER_SECRET", "woo_consumer_secret", "wooSecret"], GEN_SEC, "WooCommerce REST",
     "shop.example-store.com", lambda r: [E("consumer_key", "WC_CONSUMER_KEY")])
prov("woocommerce", "consumer_key", lambda r: "ck_" + tok(r, HEX, 40), "WC_CONSUMER_KEY",
     ["WC_CONSUMER_KEY", "woo_consumer_key", "wooKey"], GEN_KEY, "WooCommerce REST",
     "shop.example-store.com", lambda r: [E("consumer_secret", "WC_CONSUMER_SECRET")])
prov("square", "access_token", lambda r: "EAAA" + tok(r, B64URL, 60), "SQUARE_ACCESS_TOKEN",
     ["SQUARE_ACCESS_TOKEN", "square_token", "squareAccessToken"], GEN_TOK, "Square",
     "connect.squareup.com", lambda r: [L("location_id", "L" + tok(r, UALNUM, 12))])
prov("adyen", "api_key", adyen_key, "ADYEN_API_KEY",
     ["ADYEN_API_KEY", "adyen_key", "adyenApiKey"], GEN_KEY, "Adyen", "checkout-live.adyenpayments.com",
     lambda r: [L("merchant_account", r.choice(["TripNestECOM", "ParcelHopNL", "WayfarerBV"]))], hdr="X-API-Key")
prov("stripe", "secret_key", stripe_key, "STRIPE_SECRET_KEY",
     ["STRIPE_SECRET_KEY", "stripe_key", "stripeSecret"], GEN_KEY, "Stripe", "api.stripe.com")
prov("twilio", "auth_token", lambda r: tok(r, HEX, 32), "TWILIO_AUTH_TOKEN",
     ["TWILIO_AUTH_TOKEN", "twilio_token", "twilioAuthToken"], GEN_TOK, "Twilio (delivery SMS)",
     "api.twilio.com", lambda r: [L("account_sid", "AC" + tok(r, HEX, 32))])
prov("mailgun", "api_key", mailgun_key, "MAILGUN_API_KEY",
     ["MAILGUN_API_KEY", "mailgun_key", "mailgunKey"], GEN_KEY, "Mailgun (receipts)", "api.mailgun.net",
     lambda r: [L("domain", "mg.%s.com" % r.choice(["tripnest", "parcelhop", "wayfarer", "cargolane"]))])


# --------------------------------------------------------------------------
# domain values (used as filler in positives and as look-alikes in negatives)
IATA = ["LHR", "JFK", "CDG", "FRA", "AMS", "DXB", "SIN", "HND", "LAX", "ORD", "MAD",
        "BCN", "WAW", "KRK", "IST", "DOH", "SFO", "SEA", "YYZ", "MEX", "GRU", "SYD",
        "MUC", "ZRH", "VIE", "CPH", "OSL", "ARN", "HEL", "LIS", "ATL", "DFW", "BKK"]
AIRLINES = [("016", "UA"), ("125", "BA"), ("220", "LH"), ("057", "AF"), ("074", "KL"),
            ("176", "EK"), ("618", "SQ"), ("001", "AA"), ("006", "DL"), ("080", "LO")]
CITIES = [("Amsterdam", 52.3676, 4.9041), ("Berlin", 52.52, 13.405), ("Chicago", 41.8781, -87.6298),
          ("Lisbon", 38.7223, -9.1393), ("Singapore", 1.3521, 103.8198), ("Toronto", 43.6532, -79.3832),
          ("Warsaw", 52.2297, 21.0122), ("Austin", 30.2672, -97.7431), ("Madrid", 40.4168, -3.7038),
          ("Melbourne", -37.8136, 144.9631), ("Osaka", 34.6937, 135.5023), ("Denver", 39.7392, -104.9903)]
W3W_WORDS = ["filled", "count", "soap", "index", "home", "raft", "chairs", "lofty", "spouse",
             "bags", "puppy", "shelf", "crunch", "tables", "mostly", "gravity", "lamp", "orbit",
             "sweeper", "bounty", "tender", "crate", "ladder", "pebble", "jogging", "yodel"]
MARKETPLACES = [("US", "ATVPDKIKX0DER"), ("UK", "A1F83G8C2ARO7P"), ("DE", "A1PA6795UKMFR9"),
                ("FR", "A13V1IB3VIYZZH"), ("IT", "APJ6JRA9NG5V4"), ("ES", "A1RKKUPIHCS9HS"),
                ("CA", "A2EUQ1WTGCTBG2"), ("MX", "A1AM78C64UM0Y8"), ("JP", "A1VC38T7YXB528")]


def digits(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def ups_tracking(r):
    body = tok(r, UALNUM, 6) + r.choice(["01", "02", "03", "12", "13", "42"]) + digits(r, 7)
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += v * (2 if i % 2 else 1)
    return "1Z" + body + str((10 - tot % 10) % 10)


def mod10_31(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def usps_tracking(r):
    b = r.choice(["9400", "9205", "9361", "9270"]) + "1" + digits(r, 16)
    return b + mod10_31(b)


def fedex_tracking(r):
    return digits(r, r.choice([12, 12, 15]))


def dhl_waybill(r):
    return digits(r, 10)


def pnr(r):
    return tok(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6, False)


def ticket_number(r):
    return r.choice(AIRLINES)[0] + digits(r, 10)


def asin(r):
    return "B0" + tok(r, UALNUM, 8)


def gtin13(r):
    b = r.choice(["40", "50", "87", "590", "76"])
    b = b + digits(r, 12 - len(b))
    return b + mod10_31(b)


def upc_a(r):
    b = digits(r, 11)
    return b + mod10_31(b)


def amazon_order(r):
    return "%s-%s-%s" % (r.choice(["111", "112", "113", "114", "702"]), digits(r, 7), digits(r, 7))


def seller_id(r):
    return "A" + tok(r, UALNUM, r.choice([12, 13]))


def container_no(r):
    owner = r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU"])
    serial = digits(r, 6)
    vals = {}
    v = 10
    for ch in UPP:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = owner + serial
    tot = sum((int(c) if c.isdigit() else vals[c]) * (2 ** i) for i, c in enumerate(s))
    return s + str(tot % 11 % 10)


def vin(r):
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = list(r.choice(["1FT", "3AK", "1XK", "4V4", "WDB", "YV2"]) + "".join(r.choice(alpha) for _ in range(14)))
    s[8] = "0"
    tot = sum((int(c) if c.isdigit() else trans[c]) * w[i] for i, c in enumerate(s))
    cd = tot % 11
    s[8] = "X" if cd == 10 else str(cd)
    return "".join(s)


def geohash(r, lat, lon, prec=11):
    b32 = "0123456789bcdefghjkmnpqrstuvwxyz"
    la, lo = [-90.0, 90.0], [-180.0, 180.0]
    out, bit, ch, even = "", 0, 0, True
    while len(out) < prec:
        rng, val = (lo, lon) if even else (la, lat)
        mid = (rng[0] + rng[1]) / 2
        if val > mid:
            ch = (ch << 1) | 1
            rng[0] = mid
        else:
            ch <<= 1
            rng[1] = mid
        even = not even
        bit += 1
        if bit == 5:
            out += b32[ch]
            bit, ch = 0, 0
    return out


def plus_code(lat, lon):
    alpha = "23456789CFGHJMPQRVWX"
    lat = min(max(lat + 90, 0), 179.999999)
    lon = (lon + 180) % 360
    code = ""
    res = 20.0
    for _ in range(5):
        la = int(lat // res)
        lo = int(lon // res)
        code += alpha[la] + alpha[lo]
        lat -= la * res
        lon -= lo * res
        res /= 20
    return code[:8] + "+" + code[8:]


def rand_point(r):
    name, la, lo = r.choice(CITIES)
    return name, round(la + r.uniform(-0.08, 0.08), 6), round(lo + r.uniform(-0.08, 0.08), 6)


def polyline(r, npts=None):
    _, la, lo = rand_point(r)
    pts = [(la, lo)]
    for _ in range((npts or r.randrange(8, 30)) - 1):
        la += r.uniform(-0.004, 0.004)
        lo += r.uniform(-0.004, 0.004)
        pts.append((la, lo))
    out, pl, po = [], 0, 0
    for la, lo in pts:
        ila, ilo = int(round(la * 1e5)), int(round(lo * 1e5))
        for d in (ila - pl, ilo - po):
            v = ~(d << 1) if d < 0 else d << 1
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1f)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        pl, po = ila, ilo
    return "".join(out)


def w3w(r):
    return "///" + ".".join(r.sample(W3W_WORDS, 3))


def place_id(r):
    return "ChIJ" + tok(r, B64URL, 23)


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def gitsha(r):
    return hashlib.sha1(rbytes(r, 20)).hexdigest()


def iso_date(r):
    return "2024-%02d-%02dT%02d:%02d:00Z" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60))


# --------------------------------------------------------------------------
# generic providers used by EDI / SFTP file types
prov("x12_edi", "isa04_security_password", lambda r: tok(r, UALNUM, 10), "ISA04_SECURITY",
     ["ISA04", "isa_security_info", "securityInformation"], GEN_PW, "X12 VAN trading partner", "edi.van-provider.net")
prov("carrier_sftp", "password", human_password, "MANIFEST_SFTP_PASSWORD",
     ["MANIFEST_SFTP_PASSWORD", "sftp_password", "SFTP_PASS"], GEN_PW, "Carrier manifest SFTP",
     "sftp.carrier-gateway.com", lambda r: [L("user", "mfst_%s" % digits(r, 6))])

PINFO = {}
for _d in P:
    PINFO.setdefault(_d["p"], _d)


# --------------------------------------------------------------------------
# syntaxes: how a literal value and an environment reference are written
def _pick(r, opts):
    return r.choice(opts)


SYN = {
    "py": (lambda r, v: _pick(r, ['"%s"', "'%s'"]) % v,
           lambda r, n: _pick(r, ['os.environ["%s"]', 'os.getenv("%s")', "os.environ.get('%s')"]) % n),
    "pysq": (lambda r, v: "'%s'" % v,
             lambda r, n: _pick(r, ["os.environ['%s']", "os.getenv('%s')"]) % n),
    "js": (lambda r, v: _pick(r, ["'%s'", '"%s"']) % v,
           lambda r, n: _pick(r, ["process.env.%s", "process.env['%s']"]) % n),
    "java": (lambda r, v: '"%s"' % v, lambda r, n: 'System.getenv("%s")' % n),
    "kt": (lambda r, v: '"%s"' % v, lambda r, n: _pick(r, ['System.getenv("%s")', 'System.getenv("%s") ?: ""']) % n),
    "cs": (lambda r, v: '"%s"' % v, lambda r, n: 'Environment.GetEnvironmentVariable("%s")' % n),
    "php": (lambda r, v: "'%s'" % v, lambda r, n: _pick(r, ["env('%s')", "getenv('%s')", "$_ENV['%s']"]) % n),
    "rb": (lambda r, v: _pick(r, ['"%s"', "'%s'"]) % v, lambda r, n: _pick(r, ['ENV["%s"]', "ENV.fetch('%s')"]) % n),
    "go": (lambda r, v: '"%s"' % v, lambda r, n: 'os.Getenv("%s")' % n),
    "yaml": (lambda r, v: _pick(r, ["%s", '"%s"', "'%s'"]) % v, lambda r, n: _pick(r, ["${%s}", '"${%s}"']) % n),
    "yamlerb": (lambda r, v: _pick(r, ["%s", '"%s"']) % v, lambda r, n: '<%%= ENV["%s"] %%>' % n),
    "gha": (lambda r, v: _pick(r, ["%s", '"%s"']) % v, lambda r, n: "${{ secrets.%s }}" % n),
    "json": (lambda r, v: '"%s"' % v, lambda r, n: _pick(r, ['"#{%s}#"', '"${%s}"', '"%%%s%%"']) % n),
    "postman": (lambda r, v: '"%s"' % v, lambda r, n: '"{{%s}}"' % n.lower()),
    "dotenv": (lambda r, v: _pick(r, ["%s", '"%s"', "%s"]) % v, lambda r, n: "${%s}" % n),
    "sh": (lambda r, v: _pick(r, ['"%s"', "'%s'"]) % v, lambda r, n: _pick(r, ['"${%s}"', '"${%s:?not set}"', '"$%s"']) % n),
    "tf": (lambda r, v: '"%s"' % v, lambda r, n: "var.%s" % n.lower()),
    "xml": (lambda r, v: v, lambda r, n: "${%s}" % n),
    "props": (lambda r, v: v, lambda r, n: "${%s}" % n),
    "ini": (lambda r, v: v, lambda r, n: "%%(ENV_%s)s" % n),
    "toml": (lambda r, v: '"%s"' % v, lambda r, n: '"${%s}"' % n),
    "http": (lambda r, v: v, lambda r, n: _pick(r, ["{{$dotenv %s}}", "{{%s}}", "{{$processEnv %s}}"]) % n),
    "md": (lambda r, v: "`%s`" % v, lambda r, n: "`$%s`" % n),
    "plist": (lambda r, v: v, lambda r, n: "$(%s)" % n),
    "raw": (lambda r, v: v, None),
}


class Ctx:
    def __init__(self, r, syn, info, name, slot_expr, others, label_kind):
        self.r = r
        self.syn = syn
        self.i = info
        self.name = name
        self.v = slot_expr
        self.others = others
        self.p = info["p"]
        self.label = info["label"]
        self.host = info["host"]
        self.hdr = info["hdr"]
        self.envname = info["env"]
        self.kind = label_kind

    def q(self, v):
        return SYN[self.syn][0](self.r, v)

    def env(self, n):
        return SYN[self.syn][1](self.r, n)


def snake(s):
    s = s.replace(".", "_").replace("-", "_")
    if s.upper() == s or s.lower() == s:
        return s.lower()
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", s).lower()


def camel(s):
    parts = snake(s).split("_")
    return parts[0] + "".join(x.capitalize() for x in parts[1:])


def const(s):
    return snake(s).upper()


def slug(p):
    return p.replace("_", "-")


COMPANIES = ["tripnest", "parcelhop", "wayfarer", "cargolane", "routewise", "hoteliq",
             "dispatchly", "harborlogix", "shelfsync", "fareflow"]

CAT = {}
for _p in ["amadeus", "sabre", "travelport", "duffel", "kiwi", "skyscanner", "expedia", "booking",
           "airbnb", "hotelbeds", "opentable"]:
    CAT[_p] = "travel"
for _p in ["google_maps", "mapbox", "here", "tomtom", "bing_maps", "opencage", "what3words", "radar"]:
    CAT[_p] = "maps"
for _p in ["shippo", "easypost", "shipstation", "shipengine", "fedex", "ups", "dhl", "usps", "canadapost",
           "royalmail", "aftership", "flexport", "project44", "samsara", "geotab", "onfleet", "uber_direct",
           "doordash", "lyft", "bolt", "x12_edi", "carrier_sftp"]:
    CAT[_p] = "ship"
for _p in ["amazon_sp", "ebay", "etsy", "walmart", "shopify", "bigcommerce", "woocommerce"]:
    CAT[_p] = "market"
for _p in ["square", "adyen", "stripe", "twilio", "mailgun"]:
    CAT[_p] = "pay"

ENDPOINT = {"travel": ["/v2/shopping/flight-offers", "/air/offer_requests", "/hotels/availability",
                       "/v1/bookings", "/v2/search/locations"],
            "maps": ["/geocode/json", "/routing/v8/routes", "/search/2/geocode", "/v1/geocode",
                     "/directions/v5/mapbox/driving"],
            "ship": ["/v1/rates", "/shipments", "/track/shipments", "/api/v1/labels", "/v2/trackings"],
            "market": ["/orders/v0/orders", "/sell/inventory/v1/inventory_item", "/v3/application/listings",
                       "/admin/api/2024-04/orders.json", "/v3/catalog/products"],
            "pay": ["/v1/payment_intents", "/v2/payments", "/v71/payments", "/2010-04-01/Messages.json",
                    "/v3/messages"]}

PURPOSE = {"travel": "fare search and booking sync", "maps": "geocoding and ETA calculation",
           "ship": "rate shopping, label purchase and tracking", "market": "order and inventory sync",
           "pay": "checkout and customer notifications"}


def cat(c):
    return CAT.get(c.p, "ship")


def endpoint(c):
    return c.r.choice(ENDPOINT[cat(c)])


def filler_py_payload(r, c):
    k = cat(c)
    if k == "travel":
        o, d = r.sample(IATA, 2)
        return ['    payload = {', f'        "origin": "{o}",', f'        "destination": "{d}",',
                f'        "departure_date": "2024-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}",',
                f'        "passengers": [{{"type": "adult"}}],', f'        "cabin_class": "{r.choice(["economy", "business"])}",', '    }']
    if k == "maps":
        _, la, lo = rand_point(r)
        return ['    payload = {', f'        "lat": {la},', f'        "lng": {lo},',
                f'        "radius_m": {r.choice([250, 500, 1000])},', '    }']
    if k == "market":
        return ['    payload = {', f'        "sku": "{r.choice(["TRL", "KYK", "CER", "PKG"])}-{digits(r, 4)}-{r.choice(["BLK", "GRN", "S", "M", "L"])}",',
                f'        "asin": "{asin(r)}",', f'        "quantity": {r.randrange(1, 40)},', '    }']
    return ['    payload = {', f'        "tracking_number": "{ups_tracking(r)}",',
            f'        "weight_oz": {r.randrange(4, 400)},',
            f'        "to_zip": "{digits(r, 5)}",', '    }']


def auth_expr_py(c, var):
    if c.hdr == "Authorization":
        return f'{{"Authorization": f"Bearer {{{var}}}"}}'
    return f'{{"{c.hdr}": {var}}}'


# --------------------------------------------------------------------------
# renderers: each returns (relative path, text)
def r_py_requests(r, c):
    var = const(c.name) if r.random() < 0.6 else snake(c.name)
    path = r.choice([f"integrations/{c.p}/client.py", f"app/services/{c.p}_client.py",
                     f"{r.choice(COMPANIES)}/{cat(c)}/{c.p}.py", f"src/connectors/{c.p}_api.py"])
    L_ = [f'"""{c.label} client used for {PURPOSE[cat(c)]}."""', "import logging", "import os", "",
          "import requests", "", "log = logging.getLogger(__name__)", "",
          f'BASE_URL = "https://{c.host}"']
    for n, e in c.others:
        L_.append(f"{const(n)} = {e}")
    L_ += [f"{var} = {c.v}", f"TIMEOUT = {r.choice([10, 15, 20, 30])}", "", "",
           f"def fetch(session=None):", "    s = session or requests.Session()"]
    L_ += filler_py_payload(r, c)
    L_ += [f'    resp = s.post(BASE_URL + "{endpoint(c)}", json=payload,',
           f"                  headers={auth_expr_py(c, var)}, timeout=TIMEOUT)",
           "    if resp.status_code >= 400:",
           '        log.warning("%s returned %s: %s", BASE_URL, resp.status_code, resp.text[:200])',
           "    resp.raise_for_status()", "    return resp.json()", ""]
    return path, "\n".join(L_)


def r_py_zeep(r, c):
    if cat(c) == "travel":
        path = r.choice([f"gds/{c.p}/soap_client.py", f"booking_engine/adapters/{c.p}_soap.py"])
        wsdl = r.choice(["AirService.wsdl", "SessionCreateRQ.wsdl", "HotelService.wsdl", "UniversalRecord.wsdl"])
    else:
        path = r.choice([f"carriers/{c.p}/wsdl_client.py", f"fulfilment/adapters/{c.p}_soap.py"])
        wsdl = r.choice(["Track.wsdl", "Ship.wsdl", "RateWS.wsdl", "MyGeotab.wsdl"])
    L_ = [f"# SOAP adapter for {c.label}", "from requests import Session", "from requests.auth import HTTPBasicAuth",
          "from zeep import Client, Settings", "from zeep.transports import Transport", "",
          f'WSDL = "https://{c.host}/wsdl/{wsdl}"']
    for n, e in c.others:
        L_.append(f"{const(n)} = {e}")
    L_ += [f"{const(c.name)} = {c.v}", "", "",
           "def build_client():", "    session = Session()",
           f'    session.auth = HTTPBasicAuth({next((const(n) for n, e in c.others if "user" in n or "id" in n or n == "epr"), repr("ws-" + digits(r, 6)))}, {const(c.name)})',
           "    settings = Settings(strict=False, xml_huge_tree=True)",
           "    return Client(WSDL, transport=Transport(session=session, timeout=40), settings=settings)", "", "",
           "def search(origin, destination, date):", "    client = build_client()",
           "    return client.service.Search(",
           f"        Origin=origin, Destination=destination, Date=date, MaxResults={r.choice([25, 50, 100])}",
           "    )", "", "", 'if __name__ == "__main__":',
           f'    print(search("{r.choice(IATA)}", "{r.choice(IATA)}", "2024-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"))', ""]
    return path, "\n".join(L_)


def r_py_settings(r, c):
    path = r.choice(["config/settings/production.py", "project/settings.py", "backend/settings/base.py"])
    L_ = ['"""Django settings for the ' + r.choice(COMPANIES) + ' platform."""', "import os",
          "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
          "DEBUG = False", f'ALLOWED_HOSTS = ["{r.choice(COMPANIES)}.com", "api.{r.choice(COMPANIES)}.com"]', "",
          "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
          '        "NAME": os.environ.get("DB_NAME", "app"),', '        "HOST": os.environ.get("DB_HOST", "localhost"),',
          "    }", "}", "", f"# {c.label}", f"{const(c.p)}_CONFIG = {{"]
    for n, e in c.others:
        L_.append(f'    "{snake(n)}": {e},')
    L_ += [f'    "{c.name}": {c.v},', f'    "base_url": "https://{c.host}",', f'    "timeout": {r.choice([10, 20, 30])},', "}", "",
           'CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")',
           'TIME_ZONE = "UTC"', "USE_TZ = True", ""]
    return path, "\n".join(L_)


def r_airflow(r, c):
    path = f"dags/{r.choice(['sync', 'ingest', 'export'])}_{c.p}_{r.choice(['feed', 'orders', 'rates', 'trackings'])}.py"
    L_ = [f'"""Nightly {c.label} feed: {PURPOSE[cat(c)]}."""', "from datetime import datetime, timedelta", "",
          "import requests", "from airflow import DAG", "from airflow.operators.python import PythonOperator", ""]
    for n, e in c.others:
        L_.append(f"{const(n)} = {e}")
    L_ += [f"{const(c.name)} = {c.v}", "", "default_args = {", '    "owner": "data-eng",', '    "retries": 2,',
           f'    "retry_delay": timedelta(minutes={r.choice([5, 10, 15])}),', "}", "", "",
           "def pull(**ctx):", f'    url = "https://{c.host}{endpoint(c)}"',
           f"    r = requests.get(url, headers={auth_expr_py(c, const(c.name))}, timeout=60)",
           "    r.raise_for_status()", '    ctx["ti"].xcom_push(key="rows", value=len(r.json()))', "", "",
           f'with DAG("{c.p}_feed", start_date=datetime(2024, {r.randrange(1, 13)}, 1), schedule="{r.choice(["@daily", "0 3 * * *", "*/30 * * * *"])}",',
           "         catchup=False, default_args=default_args) as dag:",
           '    PythonOperator(task_id="pull", python_callable=pull)', ""]
    return path, "\n".join(L_)


def r_jupyter(r, c):
    path = r.choice([f"notebooks/{c.p}_exploration.ipynb", f"analysis/{cat(c)}_{c.p}_check.ipynb",
                     f"research/route_eta_{c.p}.ipynb"])
    src1 = ["import os\n", "import pandas as pd\n", "import requests\n", "\n"]
    for n, e in c.others:
        src1.append(f"{const(n)} = {e}\n")
    src1.append(f"{const(c.name)} = {c.v}\n")
    src1.append(f"BASE = 'https://{c.host}'")
    src2 = [f"resp = requests.get(BASE + '{endpoint(c)}', headers={{'{c.hdr}': {const(c.name)}}}, timeout=30)\n",
            "df = pd.json_normalize(resp.json())\n", "df.head()"]
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": [f"# {c.label} exploration\n", "\n",
                                                              f"Quick look at {PURPOSE[cat(c)]} responses."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src2}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.11.4"}},
        "nbformat": 4, "nbformat_minor": 5}
    return path, json.dumps(nb, indent=1) + "\n"


def r_java(r, c):
    pkg = r.choice(COMPANIES)
    cls = "".join(x.capitalize() for x in c.p.split("_")) + r.choice(["Client", "Config", "Gateway"])
    path = f"src/main/java/com/{pkg}/{cat(c)}/{cls}.java"
    L_ = [f"package com.{pkg}.{cat(c)};", "", "import java.net.URI;", "import java.net.http.HttpClient;",
          "import java.net.http.HttpRequest;", "import java.net.http.HttpResponse;", "import java.time.Duration;",
          "", f"/** {c.label} integration ({PURPOSE[cat(c)]}). */", f"public class {cls} {{", "",
          f'    private static final String BASE_URL = "https://{c.host}";']
    for n, e in c.others:
        L_.append(f"    private static final String {const(n)} = {e};")
    L_ += [f"    private static final String {const(c.name)} = {c.v};", "",
           "    private final HttpClient http = HttpClient.newBuilder()",
           f"            .connectTimeout(Duration.ofSeconds({r.choice([10, 20, 30])}))", "            .build();", "",
           "    public String get(String path) throws Exception {",
           "        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE_URL + path))",
           (f'                .header("Authorization", "Bearer " + {const(c.name)})' if c.hdr == "Authorization"
            else f'                .header("{c.hdr}", {const(c.name)})'),
           '                .header("Accept", "application/json")', "                .GET().build();",
           "        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();", "    }", "}", ""]
    return path, "\n".join(L_)


def r_kotlin(r, c):
    pkg = r.choice(COMPANIES)
    obj = "".join(x.capitalize() for x in c.p.split("_")) + "Api"
    path = r.choice([f"app/src/main/java/com/{pkg}/driver/net/{obj}.kt", f"src/main/kotlin/{pkg}/{cat(c)}/{obj}.kt"])
    L_ = [f"package com.{pkg}.{cat(c)}", "", "import okhttp3.OkHttpClient", "import okhttp3.Request", "",
          f"object {obj} {{", f'    private const val BASE_URL = "https://{c.host}"']
    for n, e in c.others:
        kw = "const val" if e.startswith('"') else "val"
        L_.append(f"    private {kw} {const(n)} = {e}")
    kw = "const val" if c.v.startswith('"') else "val"
    L_ += [f"    private {kw} {camel(c.name).upper() if r.random() < 0.5 else const(c.name)} = {c.v}", ""]
    vn = L_[-2].split(" = ")[0].split()[-1]
    L_ += ["    private val client = OkHttpClient()", "",
           "    fun fetch(path: String): String? {", "        val req = Request.Builder()",
           '            .url(BASE_URL + path)',
           (f'            .header("Authorization", "Bearer ${vn}")' if c.hdr == "Authorization"
            else f'            .header("{c.hdr}", {vn})'),
           "            .build()", "        client.newCall(req).execute().use { return it.body?.string() }", "    }", "}", ""]
    return path, "\n".join(L_)


def r_csharp(r, c):
    ns = r.choice(COMPANIES).capitalize()
    cls = "".join(x.capitalize() for x in c.p.split("_")) + "Service"
    path = r.choice([f"src/{ns}.Integrations/{cls}.cs", f"{ns}.Api/Services/{cls}.cs"])
    L_ = ["using System;", "using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Threading.Tasks;", "",
          f"namespace {ns}.Integrations", "{", f"    /// <summary>{c.label}: {PURPOSE[cat(c)]}.</summary>",
          f"    public class {cls}", "    {", f'        private const string BaseUrl = "https://{c.host}";']
    for n, e in c.others:
        kw = "const string" if e.startswith('"') else "static readonly string"
        L_.append(f"        private {kw} {camel(n)[0].upper() + camel(n)[1:]} = {e};")
    kw = "const string" if c.v.startswith('"') else "static readonly string"
    vn = camel(c.name)[0].upper() + camel(c.name)[1:]
    L_ += [f"        private {kw} {vn} = {c.v};", "", "        private readonly HttpClient _http;", "",
           f"        public {cls}(HttpClient http)", "        {", "            _http = http;",
           "            _http.BaseAddress = new Uri(BaseUrl);",
           (f'            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {vn});'
            if c.hdr == "Authorization" else f'            _http.DefaultRequestHeaders.Add("{c.hdr}", {vn});'),
           "        }", "", "        public async Task<string> GetAsync(string path)", "        {",
           "            var resp = await _http.GetAsync(path);", "            resp.EnsureSuccessStatusCode();",
           "            return await resp.Content.ReadAsStringAsync();", "        }", "    }", "}", ""]
    return path, "\n".join(L_)


def r_appsettings(r, c):
    path = r.choice(["appsettings.json", "appsettings.Production.json", "src/Api/appsettings.Staging.json"])
    sect = "".join(x.capitalize() for x in c.p.split("_"))
    L_ = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",',
          '      "Microsoft.AspNetCore": "Warning"', "    }", "  },", '  "AllowedHosts": "*",',
          f'  "{sect}": {{', f'    "BaseUrl": "https://{c.host}",']
    for n, e in c.others:
        L_.append(f'    "{camel(n)[0].upper() + camel(n)[1:]}": {e},')
    L_ += [f'    "{camel(c.name)[0].upper() + camel(c.name)[1:]}": {c.v},',
           f'    "TimeoutSeconds": {r.choice([15, 30, 60])}', "  },",
           '  "ConnectionStrings": {', '    "Default": "Server=db;Database=orders;Trusted_Connection=True;"', "  }", "}", ""]
    return path, "\n".join(L_)


def r_laravel(r, c):
    path = "config/services.php"
    L_ = ["<?php", "", "return [", "", "    'postmark' => [", "        'token' => env('POSTMARK_TOKEN'),", "    ],", "",
          "    'ses' => [", "        'key' => env('AWS_ACCESS_KEY_ID'),", "        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),",
          "    ],", "", f"    '{c.p}' => ["]
    for n, e in c.others:
        L_.append(f"        '{snake(n)}' => {e},")
    L_ += [f"        '{snake(c.name) if r.random() < 0.7 else c.name}' => {c.v},",
           f"        'endpoint' => 'https://{c.host}',", f"        'timeout' => {r.choice([10, 20, 30])},", "    ],", "", "];", ""]
    return path, "\n".join(L_)


def r_magento(r, c):
    vendor = r.choice(COMPANIES).capitalize()
    mod = "".join(x.capitalize() for x in c.p.split("_"))
    path = f"app/code/{vendor}/{mod}Shipping/Model/Carrier/Config.php"
    L_ = ["<?php", "declare(strict_types=1);", "", f"namespace {vendor}\\{mod}Shipping\\Model\\Carrier;", "",
          "use Magento\\Framework\\App\\Config\\ScopeConfigInterface;", "",
          f"/**", f" * {c.label} carrier configuration.", " */", "class Config", "{",
          f"    public const XML_PATH_ACTIVE = 'carriers/{c.p}/active';",
          f"    private const ENDPOINT = 'https://{c.host}';"]
    for n, e in c.others:
        L_.append(f"    private const {const(n)} = {e};" if e.startswith("'") else f"    private ${camel(n)}; // {e}")
    if c.v.startswith("'"):
        L_.append(f"    private const {const(c.name)} = {c.v};")
        use = f"self::{const(c.name)}"
    else:
        L_.append("")
        use = c.v
    L_ += ["", "    public function __construct(private ScopeConfigInterface $scopeConfig)", "    {", "    }", "",
           "    public function getCredential(): string", "    {", f"        return (string) {use};", "    }", "",
           "    public function isActive(): bool", "    {",
           "        return $this->scopeConfig->isSetFlag(self::XML_PATH_ACTIVE);", "    }", "}", ""]
    return path, "\n".join(L_)


def r_config_php(r, c):
    path = r.choice(["config.php", "includes/config.php", "public_html/shipping/config.php"])
    L_ = ["<?php", f"// {c.label} settings for the storefront", "", "define('APP_ENV', 'production');",
          "define('DB_HOST', getenv('DB_HOST') ?: '127.0.0.1');", ""]
    for n, e in c.others:
        L_.append(f"define('{const(c.p)}_{const(n)}', {e});")
    L_ += [f"define('{const(c.name)}', {c.v});", f"define('{const(c.p)}_URL', 'https://{c.host}');", "",
           "$config = [", f"    'currency' => '{r.choice(['USD', 'EUR', 'GBP', 'PLN'])}',",
           f"    'warehouse_zip' => '{digits(r, 5)}',", f"    'default_weight_unit' => '{r.choice(['lb', 'kg'])}',", "];", ""]
    return path, "\n".join(L_)


def r_rails_creds(r, c):
    path = r.choice(["config/credentials.yml", "config/credentials/production.yml", "config/secrets.yml"])
    L_ = ["# Decrypted copy kept for the deploy script", "production:",
          "  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>", f"  {c.p}:"]
    for n, e in c.others:
        L_.append(f"    {snake(n)}: {e}")
    L_ += [f"    {snake(c.name)}: {c.v}", f"    endpoint: https://{c.host}", "  active_storage:", "    service: amazon", ""]
    return path, "\n".join(L_)


def r_ruby(r, c):
    cls = "".join(x.capitalize() for x in c.p.split("_")) + "Client"
    path = r.choice([f"app/services/{c.p}_client.rb", f"lib/{r.choice(COMPANIES)}/{c.p}_client.rb"])
    L_ = ["# frozen_string_literal: true", "", "require 'faraday'", "require 'json'", "",
          f"# {c.label}: {PURPOSE[cat(c)]}", f"class {cls}", f"  BASE_URL = 'https://{c.host}'"]
    for n, e in c.others:
        L_.append(f"  {const(n)} = {e}")
    L_ += [f"  {const(c.name)} = {c.v}", "", "  def connection", "    @connection ||= Faraday.new(url: BASE_URL) do |f|",
           (f"      f.request :authorization, 'Bearer', {const(c.name)}" if c.hdr == "Authorization"
            else f"      f.headers['{c.hdr}'] = {const(c.name)}"),
           "      f.response :raise_error", "    end", "  end", "",
           "  def fetch(params = {})", f"    JSON.parse(connection.get('{endpoint(c)}', params).body)", "  end", "end", ""]
    return path, "\n".join(L_)


def r_node(r, c):
    path = r.choice([f"src/lib/{slug(c.p)}.js", f"server/integrations/{slug(c.p)}Client.js", f"functions/{slug(c.p)}.js"])
    var = camel(c.name) if r.random() < 0.5 else const(c.name)
    L_ = ["'use strict';", "", "const axios = require('axios');", "", f"// {c.label} ({PURPOSE[cat(c)]})",
          f"const BASE_URL = 'https://{c.host}';"]
    for n, e in c.others:
        L_.append(f"const {camel(n)} = {e};")
    L_ += [f"const {var} = {c.v};", "", "const client = axios.create({", "  baseURL: BASE_URL,",
           f"  timeout: {r.choice([5000, 10000, 15000])},", "  headers: {",
           (f"    Authorization: `Bearer ${{{var}}}`," if c.hdr == "Authorization" else f"    '{c.hdr}': {var},"),
           "    'Content-Type': 'application/json',", "  },", "});", "",
           "async function fetchAll(params) {", f"  const {{ data }} = await client.get('{endpoint(c)}', {{ params }});",
           "  return data;", "}", "", "module.exports = { client, fetchAll };", ""]
    return path, "\n".join(L_)


def r_ts(r, c):
    path = r.choice([f"src/integrations/{slug(c.p)}.ts", f"packages/{cat(c)}/src/{slug(c.p)}-client.ts",
                     f"apps/api/src/{slug(c.p)}/config.ts"])
    L_ = ["import fetch from 'node-fetch';", "", f"/** {c.label} configuration */",
          f"export const {camel(c.p)}Config = {{", f"  baseUrl: 'https://{c.host}',"]
    for n, e in c.others:
        L_.append(f"  {camel(n)}: {e},")
    prop = camel(c.name) if r.random() < 0.7 else c.name
    if not prop.isidentifier():
        prop = camel(prop)
    L_ += [f"  {prop}: {c.v},", f"  timeoutMs: {r.choice([8000, 12000, 20000])},", "};", "",
           f"export async function call{''.join(x.capitalize() for x in c.p.split('_'))}(path: string): Promise<unknown> {{",
           f"  const res = await fetch(`${{{camel(c.p)}Config.baseUrl}}${{path}}`, {{",
           "    headers: {",
           (f"      Authorization: `Bearer ${{{camel(c.p)}Config.{prop}}}`," if c.hdr == "Authorization"
            else f"      '{c.hdr}': {camel(c.p)}Config.{prop},"),
           "    },", "  });", "  if (!res.ok) throw new Error(`upstream ${res.status}`);", "  return res.json();", "}", ""]
    return path, "\n".join(L_)


def r_go(r, c):
    pkg = c.p.replace("_", "")
    path = r.choice([f"internal/{pkg}/client.go", f"pkg/carriers/{pkg}/config.go", f"services/{cat(c)}/{pkg}.go"])
    L_ = [f"package {pkg}", "", "import (", '\t"net/http"', '\t"os"', '\t"time"', ")", "",
          f"// {c.label}: {PURPOSE[cat(c)]}", "const baseURL = \"https://" + c.host + "\"", ""]
    decl = "const" if c.v.startswith('"') else "var"
    for n, e in c.others:
        L_.append(f"{'const' if e.startswith(chr(34)) else 'var'} {camel(n)} = {e}")
    vn = camel(c.name)
    L_ += [f"{decl} {vn} = {c.v}", "", "var _ = os.Getenv", "",
           "func NewRequest(path string) (*http.Request, error) {",
           '\treq, err := http.NewRequest(http.MethodGet, baseURL+path, nil)', "\tif err != nil {", "\t\treturn nil, err", "\t}",
           (f'\treq.Header.Set("Authorization", "Bearer "+{vn})' if c.hdr == "Authorization" else f'\treq.Header.Set("{c.hdr}", {vn})'),
           "\treturn req, nil", "}", "",
           f"var httpClient = &http.Client{{Timeout: {r.choice([10, 20, 30])} * time.Second}}", ""]
    return path, "\n".join(L_)


def r_app_yml(r, c):
    path = r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yml",
                     "config/application.yaml"])
    L_ = ["spring:", "  application:", f"    name: {r.choice(COMPANIES)}-{cat(c)}-service", "  datasource:",
          "    url: jdbc:postgresql://db:5432/orders", "    username: svc_orders", "    password: ${DB_PASSWORD}", "",
          "server:", f"  port: {r.choice([8080, 8081, 9090])}", "", "integrations:", f"  {slug(c.p)}:",
          f"    base-url: https://{c.host}"]
    for n, e in c.others:
        L_.append(f"    {slug(snake(n))}: {e}")
    L_ += [f"    {slug(snake(c.name)) if r.random() < 0.7 else c.name}: {c.v}",
           f"    connect-timeout: {r.choice([2, 5, 10])}s", "", "management:", "  endpoints:", "    web:",
           "      exposure:", "        include: health,info", ""]
    return path, "\n".join(L_)


def r_props(r, c):
    path = r.choice(["src/main/resources/application.properties", "config/application-prod.properties"])
    L_ = [f"spring.application.name={r.choice(COMPANIES)}-{cat(c)}", "server.port=8080",
          "spring.jpa.hibernate.ddl-auto=validate", "spring.datasource.password=${DB_PASSWORD}", "",
          f"# {c.label}", f"{slug(c.p)}.base-url=https://{c.host}"]
    for n, e in c.others:
        L_.append(f"{slug(c.p)}.{slug(snake(n))}={e}")
    L_ += [f"{slug(c.p)}.{slug(snake(c.name))}={c.v}", f"{slug(c.p)}.retry.max-attempts={r.choice([3, 5])}",
           "logging.level.root=INFO", ""]
    return path, "\n".join(L_)


def r_soap(r, c):
    path = r.choice([f"fixtures/soap/{c.p}_{r.choice(['LowFareSearchReq', 'SessionCreateRQ', 'TrackRequest', 'HotelAvailReq'])}.xml",
                     f"resources/templates/{c.p}/envelope.xml", f"docs/samples/{c.p}-request.xml"])
    user = next((e for n, e in c.others if "user" in n or "id" in n or "epr" in n), None) or f"WS{digits(r, 6)}"
    user = user.strip("'\"")
    o, d = r.sample(IATA, 2)
    L_ = ['<?xml version="1.0" encoding="UTF-8"?>',
          '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"',
          '                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
          "  <soapenv:Header>", "    <wsse:Security>", "      <wsse:UsernameToken>",
          f"        <wsse:Username>{user}</wsse:Username>",
          f'        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{c.v}</wsse:Password>',
          "      </wsse:UsernameToken>", "    </wsse:Security>", "  </soapenv:Header>", "  <soapenv:Body>"]
    if cat(c) == "travel":
        L_ += [f'    <LowFareSearchReq TargetBranch="P{digits(r, 7)}" SolutionResult="true">',
               f'      <SearchAirLeg><SearchOrigin><Airport Code="{o}"/></SearchOrigin>',
               f'        <SearchDestination><Airport Code="{d}"/></SearchDestination>',
               f'        <SearchDepTime PreferredTime="2024-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"/></SearchAirLeg>',
               '      <SearchPassenger Code="ADT"/>', "    </LowFareSearchReq>"]
    else:
        L_ += ["    <TrackRequest>", "      <Request><RequestOption>1</RequestOption></Request>",
               f"      <InquiryNumber>{ups_tracking(r)}</InquiryNumber>",
               f"      <ShipperNumber>{ups_shipper(r)}</ShipperNumber>", "    </TrackRequest>"]
    L_ += ["  </soapenv:Body>", "</soapenv:Envelope>", ""]
    return path, "\n".join(L_)


def r_appconfig(r, c):
    path = r.choice(["App.config", "Web.config", "src/%s.%s/app.config" % (r.choice(COMPANIES).capitalize(), {"travel": "Gds", "maps": "Geo", "ship": "Carriers", "market": "Marketplace", "pay": "Payments"}[cat(c)])])
    L_ = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
          f'    <add key="{"".join(x.capitalize() for x in c.p.split("_"))}.Endpoint" value="https://{c.host}/Service.svc" />']
    for n, e in c.others:
        L_.append(f'    <add key="{"".join(x.capitalize() for x in c.p.split("_"))}.{camel(n)}" value="{e}" />')
    L_ += [f'    <add key="{"".join(x.capitalize() for x in c.p.split("_"))}.{camel(c.name)}" value="{c.v}" />',
           "  </appSettings>", "  <system.serviceModel>", "    <bindings>", "      <basicHttpBinding>",
           f'        <binding name="{c.p}Binding" maxReceivedMessageSize="{r.choice([6553600, 20000000])}">',
           '          <security mode="Transport"><transport clientCredentialType="Basic" /></security>',
           "        </binding>", "      </basicHttpBinding>", "    </bindings>", "    <client>",
           f'      <endpoint address="https://{c.host}/Service.svc" binding="basicHttpBinding"',
           f'                bindingConfiguration="{c.p}Binding" contract="{c.p.capitalize()}Ref.IService" name="{c.p}Port" />',
           "    </client>", "  </system.serviceModel>", "</configuration>", ""]
    return path, "\n".join(L_)


def r_postman(r, c):
    path = r.choice([f"postman/{c.label.split(' ')[0]}.postman_collection.json", f"docs/api/{slug(c.p)}.postman_collection.json"])
    ep = endpoint(c)
    auth_hdr = {"key": c.hdr, "value": "Bearer {{" + camel(c.name) + "}}" if c.hdr == "Authorization" else "{{" + camel(c.name) + "}}", "type": "text"}
    vars_ = [{"key": "baseUrl", "value": f"https://{c.host}"}]
    for n, e in c.others:
        vars_.append({"key": camel(n), "value": "@@O%d@@" % len(vars_)})
    vars_.append({"key": camel(c.name), "value": "@@SLOT@@"})
    col = {"info": {"_postman_id": uuid4(r), "name": f"{c.label} - {PURPOSE[cat(c)]}",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "List", "request": {"method": "GET", "header": [auth_hdr],
                                                 "url": {"raw": "{{baseUrl}}" + ep, "host": ["{{baseUrl}}"],
                                                         "path": [x for x in ep.split("/") if x]}}}],
           "variable": vars_}
    text = json.dumps(col, indent=2)
    for i, (n, e) in enumerate(c.others):
        text = text.replace('"@@O%d@@"' % (i + 1), e)
    text = text.replace('"@@SLOT@@"', c.v)
    return path, text + "\n"


def r_http(r, c):
    path = r.choice([f"http/{slug(c.p)}.http", f"requests/{slug(c.p)}-smoke.http", f"api-tests/{cat(c)}.http"])
    L_ = [f"### {c.label} smoke tests", f"@host = https://{c.host}"]
    for n, e in c.others:
        L_.append(f"@{camel(n)} = {e}")
    L_ += [f"@{camel(c.name)} = {c.v}", "", f"GET {{{{host}}}}{endpoint(c)}",
           (f"Authorization: Bearer {{{{{camel(c.name)}}}}}" if c.hdr == "Authorization" else f"{c.hdr}: {{{{{camel(c.name)}}}}}"),
           "Accept: application/json", "", "###", "", f"POST {{{{host}}}}{endpoint(c)}", "Content-Type: application/json",
           (f"Authorization: Bearer {{{{{camel(c.name)}}}}}" if c.hdr == "Authorization" else f"{c.hdr}: {{{{{camel(c.name)}}}}}"),
           "", "{", f'  "reference": "{pnr(r)}",', f'  "tracking_number": "{ups_tracking(r)}"', "}", ""]
    return path, "\n".join(L_)


def r_dotenv(r, c):
    path = r.choice([".env", ".env.production", "deploy/.env.staging", "services/api/.env.local"])
    L_ = ["# generated for docker deploys", "NODE_ENV=production", f"PORT={r.choice([3000, 8080, 5000])}",
          "DATABASE_URL=${DATABASE_URL}", f"REDIS_URL=redis://cache:6379/{r.randrange(0, 4)}", "LOG_LEVEL=info", "",
          f"# {c.label}"]
    for n, e in c.others:
        L_.append(f"{const(c.p)}_{const(n)}={e}")
    L_ += [f"{const(c.name)}={c.v}", f"{const(c.p)}_BASE_URL=https://{c.host}", "",
           f"DEFAULT_CURRENCY={r.choice(['USD', 'EUR', 'GBP'])}", f"WAREHOUSE_TZ={r.choice(['America/Chicago', 'Europe/Berlin', 'Europe/Warsaw'])}", ""]
    return path, "\n".join(L_)


def r_compose(r, c):
    path = r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"])
    L_ = ['version: "3.9"', "services:", f"  {cat(c)}-worker:", f"    image: ghcr.io/{r.choice(COMPANIES)}/{cat(c)}-worker:{r.randrange(1, 9)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}",
          "    restart: unless-stopped", "    environment:", "      - LOG_LEVEL=info", f"      - {const(c.p)}_BASE_URL=https://{c.host}"]
    for n, e in c.others:
        L_.append(f"      {const(c.p)}_{const(n)}: {e}" if False else f"      - {const(c.p)}_{const(n)}={e.strip(chr(34)).strip(chr(39))}")
    v = c.v.strip('"').strip("'")
    L_ += [f"      - {const(c.name)}={v}", "    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine",
           "    volumes:", "      - redis-data:/data", "volumes:", "  redis-data: {}", ""]
    return path, "\n".join(L_)


def r_k8s(r, c):
    path = r.choice([f"k8s/{slug(c.p)}-secret.yaml", f"deploy/manifests/{cat(c)}/secret.yaml", f"helm/templates/{slug(c.p)}-secret.yaml"])
    use_b64 = c.kind == "pos_b64"
    L_ = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {slug(c.p)}-credentials",
          f"  namespace: {r.choice(['logistics', 'booking', 'marketplace', 'default'])}", "  labels:",
          f"    app.kubernetes.io/part-of: {r.choice(COMPANIES)}", "type: Opaque", ("data:" if use_b64 else "stringData:")]
    for n, e in c.others:
        if use_b64:
            L_.append(f"  {const(n)}: {base64.b64encode(e.strip(chr(34)).strip(chr(39)).encode()).decode()}")
        else:
            L_.append(f"  {const(n)}: {e}")
    L_.append(f"  {const(c.name)}: {c.v}")
    L_.append("")
    return path, "\n".join(L_)


def r_terraform(r, c):
    path = r.choice(["infra/main.tf", f"terraform/{cat(c)}/secrets.tf", "infra/modules/worker/variables.tf"])
    L_ = ['terraform {', '  required_providers {', '    aws = {', '      source  = "hashicorp/aws"',
          '      version = "~> 5.0"', "    }", "  }", "}", "",
          f'resource "aws_secretsmanager_secret" "{c.p}" {{', f'  name = "{r.choice(COMPANIES)}/{slug(c.p)}"', "}", "",
          f'resource "aws_secretsmanager_secret_version" "{c.p}" {{', f"  secret_id     = aws_secretsmanager_secret.{c.p}.id",
          "  secret_string = jsonencode({"]
    for n, e in c.others:
        L_.append(f"    {snake(n)} = {e}")
    L_ += [f"    {snake(c.name)} = {c.v}", "  })", "}", ""]
    return path, "\n".join(L_)


def r_csv(r, c):
    path = r.choice(["config/carrier_accounts.csv", "data/rate_tables/carriers.csv", "seed/integrations.csv"])
    L_ = ["carrier,service,origin_zip,account,api_credential,rate_table,active"]
    rows = []
    for _ in range(r.randrange(3, 9)):
        cr = r.choice(["ups", "fedex", "usps", "dhl", "canadapost", "royalmail"])
        rows.append(f"{cr},{r.choice(['GROUND', 'EXPRESS', 'PRIORITY', '2DAY', 'INTL_ECONOMY'])},{digits(r, 5)},{fedex_acct(r) if cr == 'fedex' else ups_shipper(r)},,{r.choice(['zone_a', 'zone_b', 'intl_2024'])}.csv,true")
    pos = r.randrange(len(rows) + 1)
    rows.insert(pos, f"{c.p},{r.choice(['GROUND', 'EXPRESS', 'STANDARD'])},{digits(r, 5)},{ups_shipper(r)},{c.v},default.csv,true")
    return path, "\n".join(L_ + rows) + "\n"


def r_edi(r, c):
    path = r.choice([f"edi/outbound/856_{digits(r, 6)}.x12", f"edi/templates/{r.choice(['204', '214', '856', '940'])}_header.edi",
                     f"fixtures/edi/{r.choice(COMPANIES)}_asn.txt"])
    v = c.v.ljust(10)[:10] if len(c.v) <= 10 else c.v
    ctrl = digits(r, 9)
    snd = r.choice(COMPANIES).upper().ljust(15)
    rcv = r.choice(["WALMART", "TARGETCORP", "KROGER", "HOMEDEPOT"]).ljust(15)
    qual = "00" if not c.v.strip() else "01"
    L_ = [f"ISA*00*          *{qual}*{v}*ZZ*{snd}*ZZ*{rcv}*{r.randrange(24, 25)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}*{r.randrange(0, 24):02d}{r.randrange(0, 60):02d}*U*00401*{ctrl}*0*P*>~",
          f"GS*SH*{snd.strip()}*{rcv.strip()}*2024{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}*{r.randrange(1000, 2359)}*{r.randrange(1, 9999)}*X*004010~",
          f"ST*856*{digits(r, 4)}~", f"BSN*00*{digits(r, 8)}*2024{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}*{r.randrange(1000, 2359)}~",
          "HL*1**S~", f"TD5*B*2*{r.choice(['UPSN', 'FDEG', 'ODFL', 'SAIA'])}*M~", f"REF*BM*{digits(r, 10)}~",
          f"REF*CN*{ups_tracking(r)}~", "HL*2*1*O~", f"PRF*{digits(r, 8)}~", "HL*3*2*I~",
          f"LIN**UP*{upc_a(r)}*VN*{r.choice(['TRL', 'KYK'])}-{digits(r, 4)}~", f"SN1**{r.randrange(1, 48)}*EA~",
          "CTT*3~", f"SE*14*{digits(r, 4)}~", f"GE*1*{r.randrange(1, 9999)}~", f"IEA*1*{ctrl}~", ""]
    return path, "\n".join(L_)


def r_sftp(r, c):
    path = r.choice(["scripts/upload_manifest.sh", "bin/push_carrier_manifest.sh", "ops/sftp/end_of_day.sh"])
    user = next((e for n, e in c.others if n == "user"), '"mfst_%s"' % digits(r, 6))
    L_ = ["#!/usr/bin/env bash", "# End-of-day manifest upload to the carrier gateway", "set -euo pipefail", "",
          f'HOST="{c.host}"', f"SFTP_USER={user}", f"SFTP_PASS={c.v}",
          f'MANIFEST_DIR="/var/lib/{r.choice(COMPANIES)}/manifests"', 'TODAY="$(date +%Y%m%d)"', "",
          'FILE="$MANIFEST_DIR/manifest_${TODAY}.csv"', 'if [[ ! -s "$FILE" ]]; then',
          '  echo "no manifest for $TODAY" >&2', "  exit 0", "fi", "",
          'lftp -u "$SFTP_USER","$SFTP_PASS" "sftp://$HOST" <<EOF', "set sftp:auto-confirm yes",
          f"cd /inbound/{r.choice(['manifests', 'eod', 'upload'])}", 'put "$FILE"', "bye", "EOF", "",
          'echo "uploaded $(wc -l < "$FILE") shipments"', ""]
    return path, "\n".join(L_)


def r_cron(r, c):
    path = r.choice(["deploy/crontab", "ops/cron/feeds.cron", "etc/cron.d/carrier-sync"])
    L_ = ["# m h dom mon dow user command", "SHELL=/bin/bash", "PATH=/usr/local/bin:/usr/bin:/bin",
          "MAILTO=ops-alerts@" + r.choice(COMPANIES) + ".com"]
    for n, e in c.others:
        L_.append(f"{const(c.p)}_{const(n)}={e.strip(chr(34))}")
    v = c.v
    co = r.choice(COMPANIES)
    if r.random() < 0.4:
        # credential passed as a positional argument on the command line
        L_ += ["", f"*/15 * * * * app /opt/{co}/bin/sync_{c.p} --since 20m {v} >> /var/log/sync_{c.p}.log 2>&1"]
    else:
        L_ += [f"{const(c.name)}={v}", "",
               f"*/15 * * * * app /opt/{co}/bin/sync_{c.p} --since 20m >> /var/log/sync_{c.p}.log 2>&1"]
    L_ += [
           f"{r.randrange(0, 60)} {r.randrange(0, 6)} * * * app /opt/{r.choice(COMPANIES)}/bin/reconcile --carrier {c.p}",
           f"{r.randrange(0, 60)} 23 * * 1-5 app /opt/{r.choice(COMPANIES)}/bin/eod_manifest.sh", ""]
    return path, "\n".join(L_)


def r_markdown(r, c):
    path = r.choice([f"docs/runbooks/{slug(c.p)}.md", f"RUNBOOK-{c.p.upper()}.md", f"docs/integrations/{slug(c.p)}-setup.md"])
    L_ = [f"# {c.label} runbook", "", f"Owner: #{cat(c)}-oncall  ", f"Upstream: https://{c.host}", "",
          "## When the sync fails", "", "1. Check the status page and our dashboards.",
          f"2. Re-run `make sync-{slug(c.p)}` on the worker host.", "3. If 401s persist, rotate the credential below.", "",
          "## Credentials (prod)", ""]
    for n, e in c.others:
        L_.append(f"- {n}: {e}")
    L_ += [f"- {c.name}: {c.v}", "", "## Test request", "", "```bash",
           (f'curl -s -H "Authorization: Bearer $TOKEN" https://{c.host}{endpoint(c)} | jq .' if c.hdr == "Authorization"
            else f'curl -s -H "{c.hdr}: $TOKEN" https://{c.host}{endpoint(c)} | jq .'),
           "```", "", f"Sample tracking number for smoke tests: `{ups_tracking(r)}`", ""]
    return path, "\n".join(L_)


def r_gservices(r, c):
    # Firebase config: the api key here is public by design (negatives only)
    proj = r.choice(COMPANIES) + "-" + r.choice(["driver", "courier", "traveller", "seller"])
    pkg = f"com.{r.choice(COMPANIES)}.{r.choice(['driver', 'courier', 'app'])}"
    num = digits(r, 12)
    L_ = ["{", '  "project_info": {', f'    "project_number": "{num}",', f'    "project_id": "{proj}",',
          f'    "storage_bucket": "{proj}.appspot.com"', "  },", '  "client": [', "    {", '      "client_info": {',
          f'        "mobilesdk_app_id": "1:{num}:android:{tok(r, HEX, 16)}",', '        "android_client_info": {',
          f'          "package_name": "{pkg}"', "        }", "      },", '      "oauth_client": [],', '      "api_key": [',
          "        {", f'          "current_key": {c.v}', "        }", "      ],", '      "services": {',
          '        "appinvite_service": {', '          "other_platform_oauth_client": []', "        }", "      }", "    }",
          "  ],", '  "configuration_version": "1"', "}", ""]
    return "app/google-services.json", "\n".join(L_)


def r_plist(r, c):
    path = r.choice(["ios/App/Info.plist", f"ios/{r.choice(COMPANIES).capitalize()}Driver/Info.plist", "Config/Info.plist"])
    L_ = ['<?xml version="1.0" encoding="UTF-8"?>',
          '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
          '<plist version="1.0">', "<dict>", "\t<key>CFBundleDisplayName</key>", f"\t<string>{r.choice(COMPANIES).capitalize()} Driver</string>",
          "\t<key>CFBundleIdentifier</key>", "\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>",
          "\t<key>CFBundleShortVersionString</key>", f"\t<string>{r.randrange(1, 6)}.{r.randrange(0, 20)}.{r.randrange(0, 10)}</string>",
          "\t<key>NSLocationWhenInUseUsageDescription</key>", "\t<string>We use your location to show nearby pickups.</string>"]
    for n, e in c.others:
        L_ += [f"\t<key>{''.join(x.capitalize() for x in snake(n).split('_'))}</key>", f"\t<string>{e}</string>"]
    key = c.name if c.name[0].isupper() and "_" not in c.name else "".join(x.capitalize() for x in snake(c.name).split("_"))
    L_ += [f"\t<key>{key}</key>", f"\t<string>{c.v}</string>", "\t<key>UIBackgroundModes</key>", "\t<array>",
           "\t\t<string>location</string>", "\t</array>", "</dict>", "</plist>", ""]
    return path, "\n".join(L_)


def r_rn_config(r, c):
    path = r.choice(["src/config/index.js", "app.config.js", "src/constants/api.js"])
    L_ = ["import { Platform } from 'react-native';", "", "const ENV = {", "  dev: {",
          f"    apiUrl: 'https://staging-api.{r.choice(COMPANIES)}.com',", "  },", "  prod: {",
          f"    apiUrl: 'https://api.{r.choice(COMPANIES)}.com',"]
    for n, e in c.others:
        L_.append(f"    {camel(n)}: {e},")
    L_ += [f"    {camel(c.name)}: {c.v},", "  },", "};", "",
           "export default function getEnvVars(env = process.env.APP_ENV) {", "  if (env === 'prod') return ENV.prod;",
           "  return { ...ENV.prod, ...ENV.dev, platform: Platform.OS };", "}", ""]
    return path, "\n".join(L_)


def r_gradle_props(r, c):
    path = r.choice(["gradle.properties", "android/gradle.properties", "local.properties"])
    L_ = ["org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8", "android.useAndroidX=true",
          "android.enableJetifier=true", "kotlin.code.style=official", "", f"# {c.label}"]
    for n, e in c.others:
        L_.append(f"{const(c.p)}_{const(n)}={e}")
    L_ += [f"{const(c.name)}={c.v}", f"VERSION_CODE={r.randrange(10, 400)}", ""]
    return path, "\n".join(L_)


def r_strings_xml(r, c):
    path = "app/src/main/res/values/strings.xml"
    L_ = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>",
          f'    <string name="app_name">{r.choice(COMPANIES).capitalize()} Courier</string>',
          '    <string name="pickup_title">Pickups near you</string>']
    for n, e in c.others:
        L_.append(f'    <string name="{snake(c.p)}_{snake(n)}" translatable="false">{e}</string>')
    L_ += [f'    <string name="{snake(c.name)}" translatable="false">{c.v}</string>',
           '    <string name="eta_format">ETA %1$s min</string>', "</resources>", ""]
    return path, "\n".join(L_)


def r_gha(r, c):
    path = r.choice([".github/workflows/deploy.yml", ".github/workflows/nightly-sync.yml", ".github/workflows/e2e.yml"])
    L_ = [f"name: {r.choice(['Deploy', 'Nightly sync', 'E2E'])}", "on:", "  push:", "    branches: [main]",
          "  schedule:", f"    - cron: '{r.randrange(0, 60)} {r.randrange(0, 24)} * * *'", "jobs:", "  run:",
          "    runs-on: ubuntu-latest", "    env:", f"      {const(c.p)}_BASE_URL: https://{c.host}"]
    for n, e in c.others:
        L_.append(f"      {const(c.p)}_{const(n)}: {e}")
    L_ += [f"      {const(c.name)}: {c.v}", "    steps:", "      - uses: actions/checkout@v4",
           "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.11'",
           "      - run: pip install -r requirements.txt", f"      - run: python -m jobs.sync_{c.p}", ""]
    return path, "\n".join(L_)


def r_helm(r, c):
    path = r.choice(["charts/worker/values.yaml", f"helm/{slug(c.p)}/values-prod.yaml", "deploy/values.yaml"])
    L_ = ["replicaCount: 2", "image:", f"  repository: ghcr.io/{r.choice(COMPANIES)}/{cat(c)}-api",
          f"  tag: \"{r.randrange(1, 5)}.{r.randrange(0, 30)}.{r.randrange(0, 9)}\"", "resources:", "  limits:",
          "    memory: 512Mi", "", "config:", f"  {camel(c.p)}:", f"    baseUrl: https://{c.host}"]
    for n, e in c.others:
        L_.append(f"    {camel(n)}: {e}")
    L_ += [f"    {camel(c.name)}: {c.v}", "", "ingress:", "  enabled: true",
           f"  host: api.{r.choice(COMPANIES)}.com", ""]
    return path, "\n".join(L_)


def r_curl_sh(r, c):
    path = r.choice([f"scripts/{slug(c.p)}_smoke.sh", f"bin/test-{slug(c.p)}.sh", f"tools/{cat(c)}/probe.sh"])
    L_ = ["#!/bin/sh", f"# quick probe against {c.label}", "set -e", ""]
    for n, e in c.others:
        L_.append(f"{const(n)}={e}")
    vn = const(c.name) if r.random() < 0.7 else "AUTH"
    L_ += [f"{vn}={c.v}", f'URL="https://{c.host}{endpoint(c)}"', "",
           (f'curl -sS -H "Authorization: Bearer ${vn}" -H "Accept: application/json" "$URL" \\' if c.hdr == "Authorization"
            else f'curl -sS -H "{c.hdr}: ${vn}" -H "Accept: application/json" "$URL" \\'),
           "  | jq '.data | length'", ""]
    return path, "\n".join(L_)


def r_toml(r, c):
    path = r.choice(["config.toml", "config/production.toml", "settings/integrations.toml"])
    L_ = ["[server]", 'addr = "0.0.0.0:8080"', 'read_timeout = "15s"', "", "[database]", 'dsn_env = "DATABASE_URL"', "",
          f"[integrations.{c.p}]", f'base_url = "https://{c.host}"']
    for n, e in c.others:
        L_.append(f"{snake(n)} = {e}")
    L_ += [f"{snake(c.name)} = {c.v}", f"timeout_seconds = {r.choice([10, 20, 30])}", ""]
    return path, "\n".join(L_)


def r_ini(r, c):
    path = r.choice(["feeds.ini", "config/carriers.ini", "etc/sync.cfg"])
    L_ = ["[DEFAULT]", "log_level = INFO", "retries = 3", "", f"[{c.p}]", f"endpoint = https://{c.host}"]
    for n, e in c.others:
        L_.append(f"{snake(n)} = {e.strip(chr(34))}")
    L_ += [f"{snake(c.name)} = {c.v}", "", "[warehouse]", f"origin_zip = {digits(r, 5)}",
           f"timezone = {r.choice(['America/Chicago', 'Europe/Berlin'])}", ""]
    return path, "\n".join(L_)


# filetype, syntax, fn, env negatives allowed, accept(info) for positives, neg_only
ANY = lambda i: i["p"] not in ("x12_edi",)
REND = [
    ("python-requests", "py", r_py_requests, True, ANY, False),
    ("python-zeep", "py", r_py_zeep, True, lambda i: i["p"] in ("travelport", "sabre", "ups", "canadapost", "geotab", "fedex", "hotelbeds"), False),
    ("python-django-settings", "py", r_py_settings, True, ANY, False),
    ("airflow-dag", "py", r_airflow, True, ANY, False),
    ("jupyter", "pysq", r_jupyter, True, ANY, False),
    ("java", "java", r_java, True, ANY, False),
    ("kotlin", "kt", r_kotlin, True, ANY, False),
    ("csharp", "cs", r_csharp, True, ANY, False),
    ("appsettings-json", "json", r_appsettings, True, ANY, False),
    ("php-laravel", "php", r_laravel, True, ANY, False),
    ("php-magento", "php", r_magento, True, lambda i: CAT.get(i["p"]) in ("ship", "market", "pay"), False),
    ("config-php", "php", r_config_php, True, ANY, False),
    ("rails-credentials-yaml", "yamlerb", r_rails_creds, True, ANY, False),
    ("ruby", "rb", r_ruby, True, ANY, False),
    ("node-js", "js", r_node, True, ANY, False),
    ("typescript", "js", r_ts, True, ANY, False),
    ("go", "go", r_go, True, ANY, False),
    ("spring-application-yml", "yaml", r_app_yml, True, ANY, False),
    ("java-properties", "props", r_props, True, ANY, False),
    ("soap-envelope-xml", "xml", r_soap, True, lambda i: i["p"] in ("travelport", "sabre", "geotab", "ups", "canadapost", "carrier_sftp"), False),
    ("dotnet-app-config-xml", "xml", r_appconfig, True, ANY, False),
    ("postman-collection", "postman", r_postman, True, ANY, False),
    ("http-client-file", "http", r_http, True, ANY, False),
    ("dotenv", "dotenv", r_dotenv, True, ANY, False),
    ("docker-compose", "yaml", r_compose, True, ANY, False),
    ("kubernetes-secret", "yaml", r_k8s, False, ANY, False),
    ("terraform", "tf", r_terraform, True, ANY, False),
    ("csv-rate-config", "raw", r_csv, False, lambda i: CAT.get(i["p"]) == "ship" and i["p"] not in ("x12_edi",), False),
    ("edi-x12", "raw", r_edi, False, lambda i: i["p"] == "x12_edi", False),
    ("sftp-script", "sh", r_sftp, True, lambda i: i["p"] in ("carrier_sftp", "x12_edi"), False),
    ("crontab", "raw", r_cron, False, ANY, False),
    ("markdown-runbook", "md", r_markdown, True, ANY, False),
    ("google-services-json", "json", r_gservices, False, lambda i: False, True),
    ("ios-info-plist", "plist", r_plist, True, ANY, False),
    ("react-native-config", "js", r_rn_config, True, ANY, False),
    ("gradle-properties", "props", r_gradle_props, True, ANY, False),
    ("android-strings-xml", "xml", r_strings_xml, True, ANY, False),
    ("github-actions", "gha", r_gha, True, ANY, False),
    ("helm-values", "yaml", r_helm, True, ANY, False),
    ("shell-curl", "sh", r_curl_sh, True, ANY, False),
    ("toml", "toml", r_toml, False, ANY, False),
    ("ini", "ini", r_ini, True, ANY, False),
]
REND_BY = {x[0]: x for x in REND}


# --------------------------------------------------------------------------
# negative-only renderers
def r_sops(r, c):
    path = r.choice([f"secrets/{slug(c.p)}.enc.yaml", f"deploy/secrets/prod/{slug(c.p)}.yaml", "secrets.sops.yaml"])
    L_ = [f"{snake(c.p)}:"]
    for n, e in c.others:
        L_.append(f"    {snake(n)}: {e}")
    L_ += [f"    {snake(c.name)}: {c.v}", "sops:", "    kms:",
           f"        - arn: arn:aws:kms:{r.choice(['us-east-1', 'eu-west-1', 'eu-central-1'])}:{digits(r, 12)}:key/{uuid4(r)}",
           f"          created_at: \"{iso_date(r)}\"", f"          enc: {rand_b64(r, 180)}", "          aws_profile: \"\"",
           f"    lastmodified: \"{iso_date(r)}\"", f"    mac: ENC[AES256_GCM,data:{rand_b64(r, 48)},iv:{rand_b64(r, 24)},tag:{rand_b64(r, 16)},type:str]",
           "    unencrypted_suffix: _unencrypted", "    version: 3.8.1", ""]
    return path, "\n".join(L_)


def r_sealed(r, c):
    path = r.choice([f"k8s/sealed/{slug(c.p)}-sealedsecret.yaml", f"gitops/apps/{cat(c)}/sealed-secret.yaml"])
    L_ = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", f"  name: {slug(c.p)}-credentials",
          f"  namespace: {r.choice(['logistics', 'booking', 'marketplace'])}", "spec:", "  encryptedData:",
          f"    {const(c.name)}: {c.v}", "  template:", "    metadata:", f"      name: {slug(c.p)}-credentials", "    type: Opaque", ""]
    return path, "\n".join(L_)


def r_webmap(r, c):
    path = r.choice(["public/index.html", "web/store-locator.html", "templates/track.html"])
    _, la, lo = rand_point(r)
    L_ = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", '  <meta charset="utf-8">', "  <title>Track your parcel</title>",
          "  <!-- Browser key: restricted to HTTP referrers *.%s.com/* and Maps JavaScript API only -->" % r.choice(COMPANIES),
          f'  <script async src="https://maps.googleapis.com/maps/api/js?key={c.v}&callback=initMap&libraries=places"></script>',
          "</head>", "<body>", '  <div id="map" style="height: 420px"></div>', "  <script>", "    function initMap() {",
          f"      const depot = {{ lat: {la}, lng: {lo} }};",
          "      const map = new google.maps.Map(document.getElementById('map'), { zoom: 12, center: depot });",
          "      new google.maps.Marker({ position: depot, map });", "    }", "  </script>", "</body>", "</html>", ""]
    return path, "\n".join(L_)


def r_testvec(r, c):
    path = r.choice([f"tests/test_{c.p}_signature.py", f"tests/unit/test_{c.p}_auth.py"])
    sig = any(w in c.name.lower() for w in ("signature", "hmac", "jwt", "key"))
    cls = "".join(x.capitalize() for x in c.p.split("_"))
    if sig:
        L_ = ["import hashlib", "import hmac", "import unittest", "", f"from app.integrations.{c.p} import sign_request", "",
              "", f"class {cls}SignatureTest(unittest.TestCase):",
              "    # fixed vector: inputs are fake, output computed offline", f"    {const(c.name)} = {c.v}", "",
              "    def test_signature_is_stable(self):",
              f"        self.assertEqual(sign_request(ts={r.randrange(1700000000, 1730000000)}), self.{const(c.name)})", "", "",
              'if __name__ == "__main__":', "    unittest.main()", ""]
    else:
        fx = r.choice(["shipment", "booking", "order", "route"])
        L_ = ["import json", "import unittest", "from pathlib import Path", "",
              f"from app.{cat(c)}.parsers import parse_{fx}", "",
              f'FIXTURE = Path(__file__).parent / "fixtures" / "{c.p}_{fx}.json"', "", "",
              f"class Parse{fx.capitalize()}Test(unittest.TestCase):", f"    {const(c.name)} = {c.v}", "",
              "    def setUp(self):", "        self.raw = json.loads(FIXTURE.read_text())", "",
              f"    def test_{snake(c.name)}_is_extracted(self):",
              f'        self.assertEqual(parse_{fx}(self.raw)["{snake(c.name)}"], self.{const(c.name)})', "",
              "    def test_missing_fields_raise(self):", "        with self.assertRaises(KeyError):",
              f"            parse_{fx}({{}})", "", "", 'if __name__ == "__main__":', "    unittest.main()", ""]
    return path, "\n".join(L_)


def r_fixture_json(r, c):
    path = r.choice([f"tests/fixtures/{c.p}_shipments.json", f"spec/fixtures/{cat(c)}/{c.p}_response.json",
                     f"mocks/{slug(c.p)}/order.json"])
    L_ = ["{", f'  "id": "{uuid4(r)}",', f'  "created_at": "{iso_date(r)}",', f'  "status": "{r.choice(["in_transit", "delivered", "confirmed", "shipped"])}",']
    for n, e in c.others:
        L_.append(f'  "{snake(n)}": {e},')
    L_ += [f'  "{snake(c.name)}": {c.v},', f'  "carrier": "{r.choice(["ups", "fedex", "usps", "dhl"])}",',
           f'  "weight": {{"value": {r.randrange(1, 90)}.{r.randrange(0, 9)}, "unit": "{r.choice(["lb", "kg"])}"}}', "}", ""]
    return path, "\n".join(L_)


def r_csv_manifest(r, c):
    path = r.choice(["data/exports/shipments_%s.csv" % digits(r, 8), "fixtures/manifest.csv", "reports/eod_manifest.csv"])
    L_ = ["order_id,carrier,tracking_number,sku,gtin,dest_lat,dest_lng,%s" % snake(c.name)]
    n = r.randrange(4, 30)
    k = r.randrange(n)
    for i in range(n):
        _, la, lo = rand_point(r)
        extra = c.v if i == k else ""
        cr = r.choice(["ups", "usps", "fedex"])
        trk = {"ups": ups_tracking, "usps": usps_tracking, "fedex": fedex_tracking}[cr](r)
        L_.append(f"{amazon_order(r)},{cr},{trk},{r.choice(['TRL', 'KYK', 'CER'])}-{digits(r, 4)},{gtin13(r)},{la},{lo},{extra}")
    return path, "\n".join(L_) + "\n"


NEG_REND = [
    ("csv-shipment-manifest", "raw", r_csv_manifest),
    ("sops-yaml", "yaml", r_sops), ("sealed-secret", "yaml", r_sealed), ("html-maps-embed", "raw", r_webmap),
    ("python-unittest", "py", r_testvec), ("json-fixture", "json", r_fixture_json),
]
for _f, _s, _fn in NEG_REND:
    REND_BY[_f] = (_f, _s, _fn, False, lambda i: False, True)
REND_BY["google-services-json"] = REND[[x[0] for x in REND].index("google-services-json")]


# --------------------------------------------------------------------------
# value quoting sanitation per syntax
def fmt_lit(r, syn, v):
    if syn in ("yaml", "gha") and (not v[0].isalnum() or any(x in v for x in (": ", " #")) or v.endswith(":")):
        return "'%s'" % v
    if syn == "yamlerb" and (not v[0].isalnum() or any(x in v for x in (": ", " #"))):
        return '"%s"' % v
    if syn == "dotenv" and any(x in v for x in "$#!&|^ ;"):
        return "'%s'" % v
    if syn == "sh" and any(x in v for x in "$!`\"\\"):
        return "'%s'" % v
    if syn == "http" and v.startswith("{"):
        return v
    return SYN[syn][0](r, v)


def xml_safe(v):
    return not any(ch in v for ch in "<>&\"'")


def pick_renderer(r, info, need_env=False):
    cands = [x for x in REND if not x[5] and x[4](info) and (x[3] or not need_env)]
    return r.choice(cands)


# --------------------------------------------------------------------------
# negatives: innocent look-alikes
KNOWN_PREFIXES = ["duffel_live_", "duffel_test_", "AIza", "sk.eyJ", "prj_live_sk_", "prj_test_sk_", "shippo_live_",
                  "EZAK", "TEST_", "asat_", "samsara_api_", "amzn1.oa2-cs.v1.", "Atzr|IwEBI", "PRD-", "v^1.1#i^1#",
                  "shpat_", "cs_", "ck_", "EAAA", "AQE", "sk_live_", "rk_live_", "key-"]


def prefix_of(v):
    for p in KNOWN_PREFIXES:
        if v.startswith(p):
            return p
    return ""


def placeholder(r, d):
    sample = d["g"](r)
    pre = prefix_of(sample)
    human = d["k"] in ("epr_password", "password", "uapi_password", "isa04_security_password")
    opts = [f"<your-{slug(d['p'])}-{slug(d['k'])}>", f"YOUR_{const(d['p'])}_{const(d['k'])}", "changeme",
            "REPLACE_ME", f"<{const(d['k'])}>", "TODO-ask-ops-for-this", "your-key-here", "__SET_IN_VAULT__"]
    if human:
        opts += ["<password>", "changeme", "ChangeMe!", "********", "<ask ops>"]
    if pre:
        opts += [pre + "...", pre + "x" * (len(sample) - len(pre)), pre + "<token>", pre + "XXXXXXXXXXXXXXXXXXXX",
                 pre + "YOUR_TOKEN_HERE", pre + "REPLACE_ME"]
    else:
        opts += ["x" * len(sample), "0" * min(len(sample), 32), "XXXXXXXX-XXXX"]
    return r.choice(opts)


def masked(r, d):
    v = d["g"](r)
    pre = prefix_of(v)
    f = r.randrange(5)
    if f == 0:
        return pre + "*" * r.randrange(8, 20) + v[-4:]
    if f == 1:
        return v[:len(pre) + 4] + "\u2026" + v[-3:]
    if f == 2:
        return "[REDACTED]"
    if f == 3:
        return pre + "****" + v[-4:] if pre else "****" + v[-4:]
    return v[:len(pre) + 2] + "..." + v[-2:]


def jwt_sample():
    return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def neg_public(r):
    f = r.randrange(11)
    if f == 0:
        return "mapbox", "public_pk_token", r.choice(["MAPBOX_ACCESS_TOKEN", "MBXAccessToken", "mapboxPublicToken", "NEXT_PUBLIC_MAPBOX_TOKEN"]), mapbox_token(r, "pk"), ["ios-info-plist", "react-native-config", "dotenv", "android-strings-xml", "helm-values"]
    if f == 1:
        return "radar", "publishable_key", r.choice(["RADAR_PUBLISHABLE_KEY", "publishableKey", "radarPublishableKey"]), r.choice(["prj_live_pk_", "prj_test_pk_"]) + tok(r, HEX, 40), ["react-native-config", "ios-info-plist", "dotenv", "android-strings-xml"]
    if f == 2:
        return "stripe", "publishable_key", r.choice(["STRIPE_PUBLISHABLE_KEY", "publishableKey", "NEXT_PUBLIC_STRIPE_PK"]), "pk_live_" + tok(r, ALNUM, r.choice([24, 99])), ["react-native-config", "dotenv", "appsettings-json", "python-django-settings"]
    if f == 3:
        return "google_maps", "browser_key_referrer_restricted", "key", "AIza" + tok(r, B64URL, 35), ["html-maps-embed"]
    if f == 4:
        return "google_maps", "firebase_api_key", "current_key", "AIza" + tok(r, B64URL, 35), ["google-services-json"]
    if f == 5:
        return "adyen", "client_key", r.choice(["ADYEN_CLIENT_KEY", "clientKey", "adyenClientKey"]), r.choice(["live_", "test_"]) + tok(r, UALNUM, 32), ["react-native-config", "appsettings-json", "dotenv", "spring-application-yml"]
    if f == 6:
        return "square", "application_id", r.choice(["SQUARE_APPLICATION_ID", "applicationId", "squareAppId"]), "sq0idp-" + tok(r, B64URL, 22), ["react-native-config", "dotenv", "ios-info-plist"]
    if f == 7:
        return "shopify", "storefront_public_token", r.choice(["PUBLIC_STOREFRONT_API_TOKEN", "storefrontAccessToken"]), tok(r, HEX, 32), ["dotenv", "react-native-config", "github-actions"]
    if f == 8:
        return "mailgun", "public_validation_key", r.choice(["MAILGUN_PUBLIC_KEY", "validationPublicKey"]), "pubkey-" + tok(r, HEX, 32), ["dotenv", "php-laravel", "config-php"]
    if f == 9:
        return "here", "access_key_id", "here.access.key.id", tok(r, B64URL, 22), ["java-properties", "ini"]
    return "mapbox", "style_url", r.choice(["MAPBOX_STYLE", "styleURL"]), "mapbox://styles/%s/%s" % (r.choice(MAPBOX_USERS), tok(r, LALNUM, 25)), ["ios-info-plist", "react-native-config", "android-strings-xml"]


def neg_id(r):
    f = r.randrange(15)
    if f == 0:
        return "amazon_sp", "lwa_client_id", r.choice(["LWA_CLIENT_ID", "lwa_app_id", "clientId"]), "amzn1.application-oa2-client." + tok(r, HEX, 32)
    if f == 1:
        return "ebay", "app_id", r.choice(["EBAY_APP_ID", "ebay_client_id", "appId"]), "%s-%s-PRD-%s-%s" % (r.choice(FIRST), r.choice(["Lister", "SyncTool", "Repricer"]), tok(r, HEX, 9), tok(r, HEX, 8))
    if f == 2:
        return "twilio", "account_sid", r.choice(["TWILIO_ACCOUNT_SID", "accountSid", "twilio_sid"]), "AC" + tok(r, HEX, 32)
    if f == 3:
        return "twilio", "messaging_service_sid", r.choice(["TWILIO_MESSAGING_SERVICE_SID", "messagingServiceSid"]), "MG" + tok(r, HEX, 32)
    if f == 4:
        return "doordash", r.choice(["developer_id", "key_id"]), r.choice(["DOORDASH_DEVELOPER_ID", "DOORDASH_KEY_ID", "developer_id", "key_id"]), uuid4(r)
    if f == 5:
        return "walmart", "client_id", r.choice(["WALMART_CLIENT_ID", "wmClientId"]), uuid4(r)
    if f == 6:
        return "amadeus", "office_id", r.choice(["AMADEUS_OFFICE_ID", "officeId", "office_id"]), r.choice(["NYC", "LON", "PAR", "WAW", "FRA"]) + "1S" + digits(r, 4)
    if f == 7:
        return "sabre", "pseudo_city_code", r.choice(["SABRE_PCC", "pcc", "pseudoCityCode"]), tok(r, UALNUM, 4, False)
    if f == 8:
        return "fedex", r.choice(["account_number", "meter_number"]), r.choice(["FEDEX_ACCOUNT_NUMBER", "FEDEX_METER_NUMBER", "accountNumber"]), digits(r, 9)
    if f == 9:
        return "ups", "shipper_number", r.choice(["UPS_SHIPPER_NUMBER", "shipperNumber", "ups_account"]), ups_shipper(r)
    if f == 10:
        return "amazon_sp", "seller_id", r.choice(["SELLER_ID", "merchantId", "sp_api_seller_id"]), seller_id(r)
    if f == 11:
        return "amazon_sp", "marketplace_id", r.choice(["MARKETPLACE_ID", "marketplaceId"]), r.choice(MARKETPLACES)[1]
    if f == 12:
        return "stripe", "webhook_endpoint_id", r.choice(["STRIPE_WEBHOOK_ENDPOINT", "webhookEndpointId"]), "we_" + tok(r, ALNUM, 24)
    if f == 13:
        return "ups", "client_id", r.choice(["UPS_CLIENT_ID", "upsClientId"]), tok(r, ALNUM, 48)
    return "shopify", "gid", r.choice(["PRODUCT_GID", "productId", "variant_gid"]), "gid://shopify/%s/%s" % (r.choice(["Product", "ProductVariant", "Order", "Location"]), digits(r, 13))


def neg_domain(r):
    f = r.randrange(22)
    table = [
        ("ups", "tracking_number", ["tracking_number", "trackingNumber", "TEST_TRACKING_NUMBER"], ups_tracking),
        ("fedex", "tracking_number", ["tracking_number", "FEDEX_SAMPLE_TRACKING", "trackingNumber"], fedex_tracking),
        ("usps", "tracking_number", ["tracking_number", "USPS_TEST_TRACKING", "trackingId"], usps_tracking),
        ("dhl", "waybill_number", ["waybill", "DHL_SAMPLE_AWB", "awbNumber"], dhl_waybill),
        ("amadeus", "pnr_record_locator", ["pnr", "record_locator", "bookingReference"], pnr),
        ("sabre", "ticket_number", ["ticket_number", "eTicket", "TEST_TICKET"], ticket_number),
        ("amazon_sp", "asin", ["asin", "ASIN", "sampleAsin"], asin),
        ("shopify", "gtin13", ["gtin", "barcode", "ean"], gtin13),
        ("walmart", "upc", ["upc", "UPC_CODE", "productUpc"], upc_a),
        ("amazon_sp", "order_id", ["amazon_order_id", "AmazonOrderId", "orderId"], amazon_order),
        ("ebay", "item_id", ["ebay_item_id", "itemId", "legacyItemId"], lambda r: digits(r, 12)),
        ("etsy", "listing_id", ["listing_id", "listingId", "ETSY_SAMPLE_LISTING"], lambda r: digits(r, 10)),
        ("mapbox", "geohash", ["geohash", "depot_geohash", "cellId"], lambda r: geohash(r, *rand_point(r)[1:], prec=r.choice([9, 10, 11, 12]))),
        ("google_maps", "plus_code", ["plus_code", "pickupPlusCode", "olc"], lambda r: plus_code(*rand_point(r)[1:])),
        ("what3words", "three_word_address", ["w3w_address", "dropoffW3W", "words"], w3w),
        ("google_maps", "encoded_polyline", ["route_polyline", "overview_polyline", "encodedPath"], polyline),
        ("google_maps", "place_id", ["place_id", "depotPlaceId", "PLACE_ID"], place_id),
        ("flexport", "container_number", ["container_number", "containerNo", "CNTR"], container_no),
        ("samsara", "vehicle_vin", ["vin", "vehicleVin", "TEST_VIN"], vin),
        ("expedia", "property_id", ["property_id", "propertyId", "EXPEDIA_PROPERTY_ID"], lambda r: digits(r, r.choice([7, 8, 9]))),
        ("hotelbeds", "hotel_code", ["hotel_code", "hotelCode"], lambda r: digits(r, r.choice([5, 6]))),
        ("radar", "coordinates", ["depot_coordinates", "origin", "latlng"], lambda r: "%s,%s" % rand_point(r)[1:]),
    ]
    p, k, names, g = table[f]
    return p, k, r.choice(names), g(r)


def neg_crypto(r):
    f = r.randrange(9)
    d = r.choice(P)
    if f == 0:
        return d["p"], "sops_ciphertext", r.choice(d["pn"]), "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            rand_b64(r, r.randrange(12, 60)), rand_b64(r, 24)[:43] if False else rand_b64(r, 32)[:43], rand_b64(r, 16)), ["sops-yaml"]
    if f == 1:
        return d["p"], "sealed_secret_ciphertext", r.choice(d["pn"]), "AgB" + rand_b64(r, r.randrange(280, 420)).rstrip("="), ["sealed-secret"]
    if f == 2:
        return d["p"], "kms_ciphertext_blob", "ENCRYPTED_" + const(d["pn"][0]), "AQICAHh" + rand_b64(r, r.randrange(150, 200)), None
    if f == 3:
        api, sec = tok(r, LALNUM, 30), tok(r, LALNUM, 13)
        return "expedia", "signature_test_vector", "EXPECTED_SIGNATURE", hashlib.sha512((api + sec + "1700000000").encode()).hexdigest(), ["python-unittest"]
    if f == 4:
        return "doordash", "jwt_io_sample_token", "SAMPLE_JWT", jwt_sample(), ["python-unittest", "markdown-runbook"]
    if f == 5:
        return d["p"], "sha256_digest", r.choice(["payload_sha256", "manifest_checksum", "SHA256_SUM", "etag"]), sha256hex(r), None
    if f == 6:
        return d["p"], "git_commit_sha", r.choice(["sdk_commit", "SDK_REVISION", "pinned_rev"]), gitsha(r), None
    if f == 7:
        body = json.dumps({"id": digits(r, 13), "topic": "orders/create"}).encode()
        dig = base64.b64encode(hmac.new(b"hush", body, hashlib.sha256).digest()).decode()
        return "shopify", "webhook_hmac_fixture", "EXPECTED_HMAC", dig, ["python-unittest", "json-fixture"]
    return "x12_edi", "rfc4231_hmac_test_key", "RFC4231_CASE1_HMAC_KEY", "0b" * 20, ["python-unittest"]


# --------------------------------------------------------------------------
# assembly
XMLISH = ("xml", "plist")
NO_GENERIC_NEG = ("csv-rate-config", "edi-x12", "sftp-script", "soap-envelope-xml", "python-zeep")


def value_ok(ft, syn, v):
    if syn in XMLISH and not xml_safe(v):
        return False
    if syn in ("json", "postman") or ft in ("jupyter", "google-services-json", "json-fixture"):
        if '"' in v or "\\" in v:
            return False
    if ft in ("csv-rate-config", "csv-shipment-manifest") and ("," in v or '"' in v):
        return False
    if ft == "edi-x12" and any(ch in v for ch in "*~>"):
        return False
    if ft in ("crontab", "ini", "java-properties", "gradle-properties") and any(ch in v for ch in "%#!\u2026"):
        return False
    if ft == "http-client-file" and "{" in v:
        return False
    return True


def companions(r, info, syn, ft):
    out = []
    for n, t, v in info["comp"](r):
        if t == "lit":
            if not value_ok(ft, syn, v):
                continue
            out.append((n, fmt_lit(r, syn, v)))
        else:
            if SYN[syn][1] is None or ft in ("kubernetes-secret", "sealed-secret"):
                continue
            out.append((n, SYN[syn][1](r, v)))
    return out


def make_positive(r):
    x = r.random()
    if x < 0.03:
        d = PINFO["x12_edi"]
    elif x < 0.05:
        d = PINFO["carrier_sftp"]
    else:
        d = r.choice([e for e in P if e["p"] not in ("x12_edi", "carrier_sftp")])
    for _ in range(200):
        if d["p"] == "x12_edi":
            rend = REND_BY["edi-x12"] if r.random() < 0.8 else REND_BY["sftp-script"]
        elif d["p"] in ("travelport", "sabre", "geotab", "canadapost") and r.random() < 0.4:
            rend = REND_BY[r.choice(["soap-envelope-xml", "python-zeep"])]
        elif d["p"] == "carrier_sftp" and r.random() < 0.6:
            rend = REND_BY["sftp-script"]
        elif CAT.get(d["p"]) == "ship" and r.random() < 0.1:
            rend = REND_BY["csv-rate-config"]
        else:
            rend = pick_renderer(r, d)
        ft, syn, fn = rend[:3]
        val = d["g"](r)
        if value_ok(ft, syn, val):
            break
    else:
        raise RuntimeError("no value for %s/%s in %s" % (d["p"], d["k"], ft))
    name = r.choice(d["gn"]) if r.random() < 0.34 else r.choice(d["pn"])
    b64 = ft == "kubernetes-secret" and r.random() < 0.3
    needle = base64.b64encode(val.encode()).decode() if b64 else val
    slot = fmt_lit(r, syn, needle)
    c = Ctx(r, syn, d, name, slot, companions(r, d, syn, ft), "pos_b64" if b64 else "pos")
    path, text = fn(r, c)
    return dict(provider=d["p"], kind=d["k"], filetype=ft, path=path, text=text, needle=needle)


CONFIG_NEG = ["python-django-settings", "appsettings-json", "php-laravel", "config-php", "spring-application-yml",
              "java-properties", "dotnet-app-config-xml", "dotenv", "docker-compose", "ios-info-plist",
              "react-native-config", "gradle-properties", "android-strings-xml", "github-actions", "helm-values",
              "toml", "ini", "markdown-runbook", "json-fixture", "csv-shipment-manifest", "python-unittest",
              "json-fixture", "markdown-runbook"]


def make_negative(r):
    x = r.random()
    pref = None
    env = False
    if x < 0.14:
        cat_ = "env"
        d = r.choice([e for e in P if e["p"] != "x12_edi"])
        p, kind, name, val, env = d["p"], "env_reference", (r.choice(d["gn"]) if r.random() < 0.34 else r.choice(d["pn"])), None, True
    elif x < 0.27:
        d = r.choice(P)
        p, kind, name, val = d["p"], "placeholder", (r.choice(d["gn"]) if r.random() < 0.34 else r.choice(d["pn"])), None
        if d["p"] == "x12_edi":
            pref = ["edi-x12"]
        if d["p"] in ("travelport", "sabre") and r.random() < 0.5:
            pref = ["soap-envelope-xml", "python-zeep"]
        elif d["p"] == "carrier_sftp":
            pref = ["sftp-script"]
    elif x < 0.29:
        p, kind, name, val = "x12_edi", "isa_blank_security_info", "ISA04", " " * 10
        pref = ["edi-x12"]
    elif x < 0.37:
        d = r.choice([e for e in P if e["p"] != "x12_edi"])
        p, kind, name, val = d["p"], "masked_value", (r.choice(d["gn"]) if r.random() < 0.34 else r.choice(d["pn"])), None
        if r.random() < 0.5:
            pref = [r.choice(["markdown-runbook", "markdown-runbook", "json-fixture", "python-requests", "dotenv", "http-client-file"])]
    elif x < 0.49:
        p, kind, name, val, pref = neg_public(r)
    elif x < 0.63:
        p, kind, name, val = neg_id(r)
    elif x < 0.85:
        p, kind, name, val = neg_domain(r)
        if r.random() < 0.5:
            pref = ["json-fixture", "markdown-runbook", "csv-shipment-manifest", "csv-shipment-manifest", "python-unittest"]
    else:
        p, kind, name, val, pref = neg_crypto(r)
    info = PINFO[p]
    for _ in range(60):
        if pref:
            ft = r.choice(pref)
            rend = REND_BY[ft]
        elif kind in ("env_reference", "placeholder", "masked_value"):
            rend = r.choice([e for e in REND if not e[5] and e[0] not in NO_GENERIC_NEG and (e[3] or not env)])
        else:
            # non-credential look-alikes go where such values really live: config, fixtures, docs
            rend = REND_BY[r.choice(CONFIG_NEG)]
        ft, syn = rend[0], rend[1]
        if env and SYN[syn][1] is None:
            continue
        if kind == "env_reference":
            slot = SYN[syn][1](r, info["env"] if p == d["p"] else const(name))
            break
        v = val
        if kind == "placeholder":
            v = placeholder(r, d)
        elif kind == "masked_value":
            v = masked(r, d)
        if value_ok(ft, syn, v):
            slot = fmt_lit(r, syn, v)
            break
    else:
        raise RuntimeError("negative failed %s %s" % (p, kind))
    c = Ctx(r, syn, info, name, slot, companions(r, info, syn, ft), "neg")
    path, text = rend[2](r, c)
    return dict(provider=p, kind=kind, filetype=ft, path=path, text=text)


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        print("usage: gen_ao.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    man, sec = [], []
    pos_needles = []
    written = {}
    for i in range(1, N_POS + 1):
        it = make_positive(r)
        rel = f"pos/p{i:04d}/{it['path']}"
        idx = it["text"].find(it["needle"])
        line = it["text"].count("\n", 0, idx) + 1
        written[rel] = it["text"]
        man.append({"file": rel, "label": "positive", "provider": it["provider"], "kind": it["kind"], "filetype": it["filetype"]})
        sec.append({"file": rel, "needle": it["needle"], "line": line})
        pos_needles.append(it["needle"])
    for i in range(1, N_NEG + 1):
        it = make_negative(r)
        rel = f"neg/n{i:04d}/{it['path']}"
        written[rel] = it["text"]
        man.append({"file": rel, "label": "negative", "provider": it["provider"], "kind": it["kind"], "filetype": it["filetype"]})
    for rel, text in written.items():
        fp = os.path.join(out, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in sec:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    self_check(out, man, sec, pos_needles)


def self_check(out, man, sec, pos_needles):
    errors = []
    for s in sec:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            errors.append("needle not on stated line: %s" % s["file"])
    for m in man:
        with open(os.path.join(out, m["file"]), encoding="utf-8") as fh:
            text = fh.read()
        n = text.count("\n") + (0 if text.endswith("\n") else 1)
        if not 5 <= n <= 80:
            errors.append("line count %d out of range: %s" % (n, m["file"]))
        if m["label"] == "negative":
            for nd in pos_needles:
                if nd in text:
                    errors.append("negative %s contains positive needle" % m["file"])
    if len(set(pos_needles)) != len(pos_needles):
        errors.append("duplicate needles")
    from collections import Counter
    for lab in ("positive", "negative"):
        rows = [m for m in man if m["label"] == lab]
        print(f"== {lab}: {len(rows)} files")
        print("  providers (%d):" % len({m['provider'] for m in rows}),
              dict(sorted(Counter(m["provider"] for m in rows).items())))
        print("  kinds (%d):" % len({(m['provider'], m['kind']) for m in rows}),
              dict(sorted(Counter(m["kind"] for m in rows).items())))
        print("  filetypes (%d):" % len({m['filetype'] for m in rows}),
              dict(sorted(Counter(m["filetype"] for m in rows).items())))
    if errors:
        print("SELF-CHECK FAILED (%d):" % len(errors))
        for e in errors[:30]:
            print("  " + e)
        sys.exit(1)
    print("SELF-CHECK OK")


if __name__ == "__main__":
    main()
