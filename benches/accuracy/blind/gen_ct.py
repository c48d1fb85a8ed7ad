#!/usr/bin/env python3
"""Blind evaluation-set generator "ct": events, ticketing, scheduling and booking platforms.

EMPHASIS
  Credentials of event / ticketing / scheduling / booking platforms as they leak in real
  repositories: Eventbrite private tokens and OAuth client secrets, Ticketmaster consumer
  secrets and Discovery API keys, Tito API tokens, Luma API keys, Meetup OAuth secrets,
  Calendly personal access tokens (JWT) and webhook signing keys, Cal.com API keys, Acuity
  API keys, Mindbody API keys and staff passwords, OpenTable / Resy / SevenRooms partner
  keys, Zoom Server-to-Server OAuth client secrets, Cvent and Bizzabo OAuth secrets, SeatGeek
  client secrets, Square access tokens and application secrets (appointments), SimplyBook.me
  API keys, Setmore refresh tokens, Google Calendar service-account private keys, Microsoft
  Graph client secrets and CalDAV passwords (human passwords, Apple app-specific passwords,
  Nextcloud app passwords).
  File types: Python, JavaScript/TypeScript (Node, Next), PHP (WordPress plugins, Laravel),
  Ruby on Rails, Java (Spring), Go, Google Apps Script, Zapier and Make JSON exports, .env and
  shell exports, YAML / JSON / TOML / INI configs, docker-compose, GitHub Actions and GitLab
  CI, Kubernetes manifests, Terraform tfvars, Postman environments, .http request files,
  Markdown guides, iCalendar (.ics) files and CSV attendee / inventory exports.

USAGE
  python3 gen_ct.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
  OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and
  OUTDIR/secrets.jsonl. Deterministic per SEED (all randomness from random.Random(SEED)).

NEEDLE CONVENTIONS
  * The needle is the secret exactly as written in the file, without surrounding quotes,
    "Bearer " / "Token token=" prefixes or "key=" names.
  * For id/secret pairs (Zoom, Microsoft Graph, Cvent, Bizzabo, SeatGeek, Meetup, Eventbrite
    OAuth apps, Ticketmaster apps, OpenTable, SevenRooms, Square apps) the needle is the
    secret half; the public id may sit next to it.
  * For CalDAV / Mindbody staff logins the needle is the password only.
  * For Google service-account keys the needle is the first 64-character base64 line of the
    PKCS#8 body (the text right after "-----BEGIN PRIVATE KEY-----\\n"); the key is usually
    written as one escaped line ("\\n" sequences), as in the JSON key files Google issues.
  * "line" is the 1-based line of the needle's first occurrence.

NEGATIVES
  About half re-use the positive templates with the secret slot holding a placeholder
  (YOUR_..., <...>, xxxx, changeme, prefix + XXXX), an environment reference in the file's
  own language (os.environ, process.env, getenv, ENV.fetch, System.getenv, os.Getenv,
  PropertiesService, ${VAR}, ${{ secrets.X }}), a secret-manager reference (Vault, AWS
  Secrets Manager ARN, GCP Secret Manager path, 1Password op://, SSM), a masked / redacted
  value, or an empty value. The other half are domain look-alikes: iCalendar files with UIDs
  and DTSTAMPs, CSV attendee exports with order ids, ticket barcodes and emails, webhook
  payloads with event / order / booking ids, QR payloads, booking references, Luma
  evt-/cal- ids, Cal.com booking uids, Calendly resource URIs, Ticketmaster event and venue
  ids, Zoom meeting ids, Microsoft Graph tenant / client GUIDs and certificate thumbprints,
  Google Calendar / Sheet ids, Square publishable application ids and location ids, SeatGeek
  client ids used alone, public widget / embed code, package-lock integrity hashes, image
  digests, pinned action SHAs, SSH public keys, Rails credentials.yml.enc / Ansible Vault /
  SOPS ciphertext, i18n strings about tokens, HMAC test vectors with obviously fake keys.

DOUBTS
  Formats written from memory (not confirmed in the provider's docs during this session):
  * Eventbrite private token = 20 chars [A-Z0-9]; OAuth client secret = 50 chars [A-Z0-9];
    API (app) key = 18 chars [A-Z0-9].
  * Ticketmaster consumer key = 32 alnum (used as Discovery "apikey"), consumer secret =
    16 alnum. The OAuth token URL used in code for consumer secrets is a guess.
  * Tito token = "secret_live_" + 20 alnum (prefix and length from memory).
  * Luma API key = "secret-" + 30 alnum (prefix and length from memory). Header name
    x-luma-api-key and host public-api.luma.com were confirmed in Luma's docs.
  * Meetup OAuth key/secret = 26 chars [a-z0-9].
  * Calendly PAT = JWT (header kid/typ "PAT"/alg ES512, issuer auth.calendly.com); claims are
    from memory. Webhook signing keys are user-chosen (docs suggest e.g. 32 random hex
    bytes) or generated for OAuth apps: 64 hex or 43 base64url chars here.
  * Cal.com: "cal_live_" prefix confirmed in third-party docs; 32 lowercase hex body from memory.
  * Acuity and Mindbody API keys = 32 hex; SimplyBook.me API key = 64 hex; Setmore refresh
    token = "r1/" + 40 alnum; Resy partner key = 32 alnum; OpenTable client secret = 40
    alnum; SevenRooms client secret = 64 hex; Cvent client id/secret = 26/52 [a-z0-9]
    (Cognito style); Bizzabo client secret = 64 base64url. All of these are guesses at
    length and alphabet, and several token endpoints (OpenTable, SevenRooms, Cvent,
    Bizzabo, Ticketmaster) are from memory.
  * Zoom S2S: account id 22 and client id 22 chars, secret 32 alnum.
  * Microsoft Graph client secret = 3 chars + digit + "Q~" + 34 chars [A-Za-z0-9_.~-].
  * Square: access token "EAAA" + 60 base64url (64 total, length per a Square forum answer),
    application secret "sq0csp-" + 43, public application id "sq0idp-" + 22.
  * SeatGeek client id = base64 of "<digits>|<epoch>.<n>"; secret = 64 hex.
  * Google service-account keys: the PKCS#8 DER header is real, the rest is random bytes, so
    the key does not parse as a valid RSA key (a scanner that validates key structure could
    reject it); private_key_id is 40 hex, client_id 21 digits.
  * Human passwords (CalDAV, Mindbody staff) only use the symbols ! - _ . * ~ so they survive
    URLs, shell and YAML unescaped.
  Labels a reviewer might dispute:
  * Negatives carry SeatGeek client ids alone, Eventbrite app keys (OAuth client ids) in
    authorize URLs, Square sq0idp- application ids and Microsoft tenant/client GUIDs: the
    providers treat these as identifiers, not secrets.
  * Test-mode secrets (e.g. secret_test_) are never used in negatives; positives are
    live-looking. Masked values keep a visible prefix and last 4 characters.

SEARCHES
  docs/pages searches: Tito API auth, Luma x-luma-api-key, Cal.com cal_live_ prefix,
  Eventbrite private token, Calendly webhook signing keys, Square access token format,
  Zoom Server-to-Server OAuth, Ticketmaster consumer key/secret.
  Scanner-related material shown: one GitGuardian detector page ("Eventbrite OAuth2 Token",
  docs.gitguardian.com) appeared in the Eventbrite search results; it contained no format
  or regex and was not used.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = "0123456789abcdef"
AN = UP + LO + DG
UPD = UP + DG
LOD = LO + DG
B64U = AN + "-_"


def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ----------------------------------------------------------------------------------------
# people, places, events (innocent filler)
FIRST = ["maria", "james", "aisha", "chen", "lukas", "sofia", "ravi", "emma", "noah", "fatima",
         "diego", "hana", "olivia", "kwame", "ines", "tomas", "yuki", "leah", "omar", "priya",
         "jonas", "clara", "mateo", "nadia", "felix", "grace", "ivan", "zoe", "samir", "elena"]
LAST = ["garcia", "smith", "khan", "wang", "muller", "rossi", "patel", "brown", "nguyen",
        "hassan", "lopez", "sato", "johnson", "mensah", "silva", "novak", "tanaka", "cohen",
        "ali", "sharma", "berg", "dubois", "fernandez", "ivanova", "schmidt", "oconnor"]
ORGS = ["northwind-events", "acme-conf", "brightside", "harbor-hall", "pixelfest", "lumen-live",
        "riverstone", "summit-works", "cedar-studio", "openstage", "blue-fern", "tidepool",
        "kitestring", "moonlit-venues", "granite-yoga", "oakridge-clinic", "fieldnotes",
        "copper-kettle", "saltwater-dining", "uplift-fitness", "metro-arts", "quietroom"]
EVENTS = ["DevSummit 2024", "Spring Gala", "Product Meetup", "Yoga in the Park",
          "Winter Market", "Founders Breakfast", "Jazz Night", "Design Week", "Data Day",
          "Community Hack Night", "Open Studio", "Wine Tasting", "Careers Fair",
          "Board Game Social", "Half Marathon", "Chef's Table", "Kids Coding Camp"]
CITIES = ["Lisbon", "Berlin", "Austin", "Toronto", "Melbourne", "Dublin", "Chicago",
          "Barcelona", "Nairobi", "Seattle", "Amsterdam", "Denver", "Osaka", "Leeds"]
DOMAINS = ["example.com", "example.org", "acme.test", "northwind.io", "brightside.events",
           "harborhall.co", "pixelfest.dev", "lumen.live", "cedarstudio.net", "tidepool.app"]
TZS = ["Europe/Lisbon", "Europe/Berlin", "America/Chicago", "America/Toronto",
       "Australia/Melbourne", "Europe/Dublin", "America/Denver", "Asia/Tokyo"]
WORDS = ["sunflower", "kayak", "maple", "harbor", "violet", "falcon", "pepper", "granite",
         "lantern", "meadow", "cobalt", "orchid", "tiger", "willow", "biscuit", "nebula",
         "mango", "comet", "juniper", "pebble", "walrus", "saffron", "thistle", "quartz",
         "marble", "banjo", "cactus", "rocket", "summer", "winter", "river", "copper"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def email(r, dom=None):
    f, l = person(r)
    sep = r.choice([".", "", "_"])
    return "%s%s%s@%s" % (f, sep, l, dom or r.choice(DOMAINS))


def org(r):
    return r.choice(ORGS)


def human_password(r):
    """A realistic human password; symbols limited to ones safe in URLs/shell/YAML."""
    w1, w2 = r.choice(WORDS), r.choice(WORDS)
    yr = str(r.choice([r.randint(1970, 2025), r.randint(10, 99), r.randint(100, 9999)]))
    sym = r.choice("!-_.*~")
    style = r.randrange(7)
    if style == 0:
        return w1.capitalize() + sym + w2.capitalize() + yr
    if style == 1:
        return w1.capitalize() + yr + sym
    if style == 2:
        leet = w1.replace("o", "0").replace("e", "3").replace("a", "4")
        return leet.capitalize() + sym + yr
    if style == 3:
        return "%s%s%s%s" % (w1, sym, w2.upper(), yr[-2:])
    if style == 4:
        return rs(r, 3, UP) + rs(r, 4, LO) + rs(r, 3, DG) + sym + rs(r, 3, AN)
    if style == 5:
        return "%s.%s.%s%s" % (w1.capitalize(), w2, r.choice(WORDS), r.randint(1, 99))
    return w1.capitalize() + r.choice(["@", "#"]).replace("@", "!").replace("#", "-") + yr + w2


# ----------------------------------------------------------------------------------------
# secret generators; each returns dict(secret=..., plus optional companions)
def g_eb_private(r):
    return dict(secret=rs(r, 20, UPD))


def g_eb_client(r):
    return dict(secret=rs(r, 50, UPD), cid=rs(r, 18, UPD))


def g_tm_secret(r):
    return dict(secret=rs(r, 16), cid=rs(r, 32))


def g_tm_apikey(r):
    return dict(secret=rs(r, 32))


def g_tito(r):
    return dict(secret="secret_live_" + rs(r, 20))


def g_luma(r):
    return dict(secret="secret-" + rs(r, 30))


def g_meetup(r):
    return dict(secret=rs(r, 26, LOD), cid=rs(r, 26, LOD))


def g_calendly_pat(r):
    hdr = {"kid": hexs(r, 64), "typ": "PAT", "alg": "ES512"}
    iat = r.randint(1672531200, 1735600000)
    pl = {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(r),
          "user_uuid": uuid4(r)}
    if r.random() < 0.5:
        pl = {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(r),
              "user_uuid": uuid4(r), "scope": r.choice(["default", "scheduled_events:read"])}
    tok = "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                        b64u(json.dumps(pl, separators=(",", ":")).encode()),
                        b64u(rbytes(r, 132)))
    return dict(secret=tok)


def g_calendly_sign(r):
    if r.random() < 0.5:
        return dict(secret=hexs(r, 64))
    return dict(secret=b64u(rbytes(r, 32)))


def g_calcom(r):
    return dict(secret="cal_live_" + hexs(r, 32))


def g_hex32(r):
    return dict(secret=hexs(r, 32), uid=str(r.randint(10000000, 39999999)))


def g_mindbody_key(r):
    return dict(secret=hexs(r, 32))


def g_staff_pw(r):
    f, l = person(r)
    return dict(secret=human_password(r),
                user=r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "frontdesk", f.capitalize()]))


def g_opentable(r):
    return dict(secret=rs(r, 40), cid=r.choice(["ot-", "partner-", ""]) + rs(r, 8, LOD))


def g_resy(r):
    return dict(secret=rs(r, 32))


def g_sevenrooms(r):
    return dict(secret=hexs(r, 64), cid=org(r).replace("-", "_") + "_api")


def g_zoom(r):
    return dict(secret=rs(r, 32), cid=rs(r, 22, AN + "_"), acct=rs(r, 22, B64U))


def g_cvent(r):
    return dict(secret=rs(r, 52, LOD), cid=rs(r, 26, LOD))


def g_bizzabo(r):
    return dict(secret=rs(r, 64, B64U), cid=rs(r, 32), acct=str(r.randint(10000, 99999)))


def g_seatgeek(r):
    raw = "%d|%d.%d" % (r.randint(1000000, 49999999), r.randint(1500000000, 1720000000),
                        r.randint(1, 9))
    return dict(secret=hexs(r, 64), cid=base64.b64encode(raw.encode()).decode().rstrip("="))


def g_square_tok(r):
    return dict(secret="EAAA" + rs(r, 60, B64U))


def g_square_app(r):
    return dict(secret="sq0csp-" + rs(r, 43, B64U), cid="sq0idp-" + rs(r, 22, B64U))


def g_simplybook(r):
    return dict(secret=hexs(r, 64), company=org(r).replace("-", ""))


def g_setmore(r):
    return dict(secret="r1/" + rs(r, 40))


def _pem_body(r):
    # PKCS#8 RSA-2048 DER prefix, then random bytes
    total = r.choice([1213, 1214, 1215, 1216, 1217, 1218])
    inner = total - 4
    der = bytes([0x30, 0x82, inner >> 8, inner & 0xFF, 0x02, 0x01, 0x00, 0x30, 0x0D, 0x06,
                 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00,
                 0x04, 0x82, (inner - 22) >> 8, (inner - 22) & 0xFF, 0x30, 0x82,
                 (inner - 26) >> 8, (inner - 26) & 0xFF, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01,
                 0x01, 0x00])
    der += rbytes(r, total - len(der))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def g_google_sa(r):
    lines = _pem_body(r)
    pem_esc = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    proj = r.choice(["events", "booking", "calendar-sync", "ticketing", "scheduler"]) + "-" + \
        r.choice(["prod", "staging", "int"]) + "-" + str(r.randint(100000, 999999))
    sa = r.choice(["calendar-sync", "booking-bot", "events-reader", "gcal-writer", "scheduler"])
    return dict(secret=pem_esc, needle=lines[0], pem_lines=lines, kid=hexs(r, 40),
                project=proj, client_email="%s@%s.iam.gserviceaccount.com" % (sa, proj),
                cid=str(r.randint(10 ** 20, 10 ** 21 - 1)))


def g_msgraph(r):
    s = rs(r, 3) + r.choice(DG) + "Q~" + rs(r, 34, AN + "_.~-")
    return dict(secret=s, cid=uuid4(r), tenant=uuid4(r))


def g_caldav(r):
    f, l = person(r)
    kind = r.randrange(4)
    if kind == 0:
        pw = "-".join(rs(r, 4, LO) for _ in range(4))          # Apple app-specific
        srv = "https://caldav.icloud.com/"
        user = "%s.%s@icloud.com" % (f, l)
    elif kind == 1:
        pw = "-".join(rs(r, 5) for _ in range(5))               # Nextcloud app password
        user = f
        host = r.choice(["cloud", "nc", "nextcloud"]) + "." + r.choice(DOMAINS)
        srv = "https://%s/remote.php/dav/calendars/%s/" % (host, user)
    elif kind == 2:
        pw = rs(r, 16, LOD)                                      # Fastmail app password
        user = "%s@fastmail.com" % f
        srv = "https://caldav.fastmail.com/dav/calendars/user/%s/" % user
    else:
        pw = human_password(r)
        dom = r.choice(DOMAINS)
        user = "%s.%s@%s" % (f, l, dom)
        srv = r.choice(["https://dav.mailbox.org/caldav/", "https://mail.%s/SOGo/dav/%s/Calendar/" % (dom, user),
                        "https://radicale.%s/%s/calendar.ics/" % (dom, f)])
    return dict(secret=pw, user=user, server=srv)


# ----------------------------------------------------------------------------------------
# kinds.  auth styles:
#   bearer            Authorization: Bearer <s>
#   hdr               custom header (hdr, pre, suf)
#   query             secret in query param qp (optionally id param qid first)
#   basic             HTTP basic (user = companion id/user, password = secret); optional form
#   form              POST form/json body with the secret under field sk (+ id under ik)
#   signing           HMAC webhook verification key
#   pem               service-account private key
K = lambda **kw: kw  # noqa: E731
KINDS = [
    K(p="eventbrite", k="private_token", gen=g_eb_private, auth="bearer",
      url="https://www.eventbriteapi.com/v3/users/me/organizations/", env="EVENTBRITE_PRIVATE_TOKEN",
      words=[["eventbrite", "private", "token"], ["eventbrite", "token"], ["eb", "oauth", "token"]],
      pfx=""),
    K(p="eventbrite", k="oauth_client_secret", gen=g_eb_client, auth="form",
      url="https://www.eventbrite.com/oauth/token", env="EVENTBRITE_CLIENT_SECRET",
      ik="client_id", sk="client_secret", idwords=["eventbrite", "app", "key"],
      form=[("grant_type", "authorization_code")], formenv=[("code", "EVENTBRITE_AUTH_CODE")],
      words=[["eventbrite", "client", "secret"], ["eventbrite", "oauth", "secret"]], pfx=""),
    K(p="ticketmaster", k="consumer_secret", gen=g_tm_secret, auth="form",
      url="https://oauth.ticketmaster.com/oauth/token", env="TICKETMASTER_CONSUMER_SECRET",
      ik="client_id", sk="client_secret", idwords=["ticketmaster", "consumer", "key"],
      form=[("grant_type", "client_credentials")],
      words=[["ticketmaster", "consumer", "secret"], ["tm", "consumer", "secret"]], pfx=""),
    K(p="ticketmaster", k="discovery_api_key", gen=g_tm_apikey, auth="query", qp="apikey",
      url="https://app.ticketmaster.com/discovery/v2/events.json?countryCode=US&size=50",
      env="TICKETMASTER_API_KEY", words=[["ticketmaster", "api", "key"], ["tm", "apikey"]], pfx=""),
    K(p="tito", k="api_token", gen=g_tito, auth="hdr", hdr="Authorization", pre="Token token=",
      suf="", url="https://api.tito.io/v3/%(org)s/devsummit-24/registrations", env="TITO_API_TOKEN",
      words=[["tito", "api", "token"], ["tito", "token"]], pfx="secret_live_"),
    K(p="luma", k="api_key", gen=g_luma, auth="hdr", hdr="x-luma-api-key", pre="", suf="",
      url="https://public-api.luma.com/v1/calendar/list-events", env="LUMA_API_KEY",
      words=[["luma", "api", "key"], ["luma", "key"]], pfx="secret-"),
    K(p="meetup", k="oauth_client_secret", gen=g_meetup, auth="form",
      url="https://secure.meetup.com/oauth2/access", env="MEETUP_CLIENT_SECRET", ik="client_id",
      sk="client_secret", idwords=["meetup", "client", "id"], form=[("grant_type", "refresh_token")],
      formenv=[("refresh_token", "MEETUP_REFRESH_TOKEN")],
      words=[["meetup", "oauth", "secret"], ["meetup", "client", "secret"]], pfx=""),
    K(p="calendly", k="personal_access_token", gen=g_calendly_pat, auth="bearer",
      url="https://api.calendly.com/users/me", env="CALENDLY_API_TOKEN",
      words=[["calendly", "api", "token"], ["calendly", "pat"], ["calendly", "access", "token"]],
      pfx="eyJ"),
    K(p="calendly", k="webhook_signing_key", gen=g_calendly_sign, auth="signing",
      sighdr="Calendly-Webhook-Signature", env="CALENDLY_WEBHOOK_SIGNING_KEY",
      words=[["calendly", "webhook", "signing", "key"], ["calendly", "signing", "key"]], pfx=""),
    K(p="calcom", k="api_key", gen=g_calcom, auth="bearer", url="https://api.cal.com/v2/bookings?status=upcoming",
      hdrs=[("cal-api-version", "2024-08-13")], env="CAL_API_KEY",
      words=[["cal", "api", "key"], ["calcom", "api", "key"]], pfx="cal_live_"),
    K(p="acuity", k="api_key", gen=g_hex32, auth="basic", url="https://acuityscheduling.com/api/v1/appointments?max=100",
      env="ACUITY_API_KEY", idwords=["acuity", "user", "id"], words=[["acuity", "api", "key"], ["acuity", "key"]],
      pfx=""),
    K(p="mindbody", k="api_key", gen=g_mindbody_key, auth="hdr", hdr="Api-Key", pre="", suf="",
      hdrs=[("SiteId", "-99")], url="https://api.mindbodyonline.com/public/v6/class/classes",
      env="MINDBODY_API_KEY", words=[["mindbody", "api", "key"], ["mbo", "api", "key"]], pfx=""),
    K(p="mindbody", k="staff_password", gen=g_staff_pw, auth="form", json=True,
      url="https://api.mindbodyonline.com/public/v6/usertoken/issue", env="MINDBODY_STAFF_PASSWORD",
      ik="Username", sk="Password", idwords=["mindbody", "staff", "user"],
      hdrenv=[("Api-Key", "MINDBODY_API_KEY")], hdrs=[("SiteId", "-99")],
      words=[["mindbody", "staff", "password"], ["mbo", "password"]], pfx=""),
    K(p="opentable", k="partner_client_secret", gen=g_opentable, auth="basic",
      url="https://oauth.opentable.com/api/v2/oauth/token?grant_type=client_credentials",
      env="OPENTABLE_CLIENT_SECRET", idwords=["opentable", "client", "id"],
      words=[["opentable", "client", "secret"], ["ot", "partner", "secret"]], pfx=""),
    K(p="resy", k="partner_api_key", gen=g_resy, auth="hdr", hdr="Authorization",
      pre='ResyAPI api_key="', suf='"', url="https://api.resy.com/4/venue/calendar?venue_id=%(num)s",
      env="RESY_API_KEY", words=[["resy", "api", "key"], ["resy", "partner", "key"]], pfx=""),
    K(p="sevenrooms", k="client_secret", gen=g_sevenrooms, auth="form",
      url="https://api.sevenrooms.com/2_4/auth", env="SEVENROOMS_CLIENT_SECRET", ik="client_id",
      sk="client_secret", idwords=["sevenrooms", "client", "id"],
      words=[["sevenrooms", "client", "secret"], ["seven", "rooms", "secret"]], pfx=""),
    K(p="zoom", k="s2s_client_secret", gen=g_zoom, auth="basic", url="https://zoom.us/oauth/token",
      form=[("grant_type", "account_credentials")], formacct="account_id",
      env="ZOOM_CLIENT_SECRET", idwords=["zoom", "client", "id"],
      words=[["zoom", "client", "secret"], ["zoom", "s2s", "secret"]], pfx=""),
    K(p="cvent", k="oauth_client_secret", gen=g_cvent, auth="basic",
      url="https://api-platform.cvent.com/ea/oauth2/token", form=[("grant_type", "client_credentials")],
      env="CVENT_CLIENT_SECRET", idwords=["cvent", "client", "id"],
      words=[["cvent", "client", "secret"], ["cvent", "secret"]], pfx=""),
    K(p="bizzabo", k="oauth_client_secret", gen=g_bizzabo, auth="form",
      url="https://auth.bizzabo.com/oauth/token", env="BIZZABO_CLIENT_SECRET", ik="client_id",
      sk="client_secret", idwords=["bizzabo", "client", "id"], formacct="account_id",
      form=[("grant_type", "client_credentials"), ("audience", "https://api.bizzabo.com/api")],
      words=[["bizzabo", "client", "secret"], ["bizzabo", "secret"]], pfx=""),
    K(p="seatgeek", k="client_secret", gen=g_seatgeek, auth="query", qp="client_secret", qid="client_id",
      url="https://api.seatgeek.com/2/events?venue.city=%(city)s&per_page=25", env="SEATGEEK_CLIENT_SECRET",
      idwords=["seatgeek", "client", "id"], words=[["seatgeek", "client", "secret"], ["seatgeek", "secret"]],
      pfx=""),
    K(p="square", k="access_token", gen=g_square_tok, auth="bearer",
      url="https://connect.squareup.com/v2/bookings?limit=50", hdrs=[("Square-Version", "2024-06-04")],
      env="SQUARE_ACCESS_TOKEN", words=[["square", "access", "token"], ["square", "token"]], pfx="EAAA"),
    K(p="square", k="application_secret", gen=g_square_app, auth="form", json=True,
      url="https://connect.squareup.com/oauth2/token", env="SQUARE_APPLICATION_SECRET", ik="client_id",
      sk="client_secret", idwords=["square", "application", "id"], form=[("grant_type", "refresh_token")],
      formenv=[("refresh_token", "SQUARE_REFRESH_TOKEN")],
      words=[["square", "application", "secret"], ["square", "app", "secret"]], pfx="sq0csp-"),
    K(p="simplybook", k="api_key", gen=g_simplybook, auth="form", json=True,
      url="https://user-api.simplybook.me/login", env="SIMPLYBOOK_API_KEY", ik="company", sk="api_key",
      idwords=["simplybook", "company"], form=[("method", "getToken")],
      words=[["simplybook", "api", "key"], ["sb", "api", "key"]], pfx=""),
    K(p="setmore", k="refresh_token", gen=g_setmore, auth="query", qp="refreshToken",
      url="https://developer.setmore.com/api/v1/o/oauth2/token", env="SETMORE_REFRESH_TOKEN",
      words=[["setmore", "refresh", "token"], ["setmore", "token"]], pfx="r1/"),
    K(p="google", k="service_account_private_key", gen=g_google_sa, auth="pem",
      env="GOOGLE_PRIVATE_KEY", words=[["google", "private", "key"], ["gcal", "private", "key"],
                                       ["service", "account", "private", "key"]], pfx=""),
    K(p="microsoft", k="graph_client_secret", gen=g_msgraph, auth="form",
      url="https://login.microsoftonline.com/%(tenant)s/oauth2/v2.0/token", env="AZURE_CLIENT_SECRET",
      ik="client_id", sk="client_secret", idwords=["azure", "client", "id"],
      form=[("grant_type", "client_credentials"), ("scope", "https://graph.microsoft.com/.default")],
      words=[["graph", "client", "secret"], ["azure", "client", "secret"], ["ms", "graph", "secret"]],
      pfx=""),
    K(p="caldav", k="password", gen=g_caldav, auth="basic", url="%(server)s", method="PROPFIND",
      env="CALDAV_PASSWORD", idwords=["caldav", "username"],
      words=[["caldav", "password"], ["calendar", "password"], ["dav", "pass"]], pfx=""),
]
KIND_BY = {(k["p"], k["k"]): k for k in KINDS}

NEUTRAL = [["token"], ["auth"], ["api", "key"], ["key"], ["value"], ["secret"], ["credential"],
           ["upstream", "auth"], ["remote", "key"], ["partner", "cred"], ["sync", "key"],
           ["conn", "secret"], ["access"], ["default", "auth"], ["client", "key"], ["k"],
           ["svc", "token"], ["integration", "value"], ["bearer"], ["pw"], ["p"]]


def style_name(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "screaming":
        return "_".join(words).upper()
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    return words[0] + "".join(w.capitalize() for w in words[1:])  # camel


class Ctx(object):
    """Everything a template needs about one file."""

    def __init__(self, r, kind, sec, val, obvious):
        self.r = r
        self.K = kind
        self.s = sec            # dict from generator (for negatives: a fake one with no secret)
        self.v = val            # Val
        self.obvious = obvious
        self.org = org(r)
        self.city = r.choice(CITIES)
        self.num = str(r.randint(1000, 99999))
        self.words = r.choice(kind["words"]) if obvious else r.choice(NEUTRAL)

    def name(self, style):
        return style_name(self.words, style)

    def idname(self, style):
        return style_name(self.K.get("idwords", ["client", "id"]), style)

    def url(self):
        u = self.K.get("url", "")
        d = dict(org=self.org, num=self.num, city=self.city, tenant=self.s.get("tenant", "common"),
                 server=self.s.get("server", "https://caldav.example.com/"))
        return u % d

    def cid(self):
        return self.s.get("cid") or self.s.get("uid") or self.s.get("user") or \
            self.s.get("company") or ""


# ----------------------------------------------------------------------------------------
# values placed in the secret slot
class Val(object):
    def __init__(self, lit=None, env=None, secret=False, cat="secret"):
        self.lit = lit      # literal text (secret, placeholder, masked, '' ...)
        self.env = env      # env var name when the slot is an environment reference
        self.secret = secret
        self.cat = cat      # negative category or 'secret'

    def cfg(self, style="dollar"):
        """Value as written in a config/text format (no quotes)."""
        if self.env is None:
            return self.lit
        return env_text(style, self.env)


def env_text(style, name):
    return {"dollar": "${%s}" % name, "gha": "${{ secrets.%s }}" % name, "shell": "$%s" % name,
            "mustache": "{{%s}}" % name, "percent": "%%%s%%" % name,
            "colon": "${%s:}" % name, "make": "{{env.%s}}" % name, "bare": name,
            "angle": "<%s>" % name.lower().replace("_", "-")}[style]


ENV_EXPR = {
    "py": ['os.environ["%s"]', 'os.getenv("%s")', "os.environ.get('%s', '')"],
    "js": ["process.env.%s", "process.env['%s']"],
    "ts": ["process.env.%s!", "process.env.%s ?? ''"],
    "php": ["getenv('%s')", "$_ENV['%s']", "getenv( '%s' )"],
    "rb": ['ENV["%s"]', 'ENV.fetch("%s")'],
    "java": ['System.getenv("%s")'],
    "go": ['os.Getenv("%s")'],
    "gs": ["PropertiesService.getScriptProperties().getProperty('%s')"],
    "sh": ["${%s}", "$%s"],
}


def env_expr(lang, name, r=None):
    opts = ENV_EXPR[lang]
    return (opts[r.randrange(len(opts))] if r else opts[0]) % name


def q(lang, s, quote=None):
    """Quote a literal for a language (secrets never contain quotes or backslashes, except
    the escaped PEM of service-account keys which is meant to be read as escapes)."""
    if quote is None:
        quote = '"' if lang in ("java", "go", "sh") else "'"
        if lang in ("py", "rb", "php", "js", "ts", "gs") and "'" in s:
            quote = '"'
    if quote == "'" and "'" in s:
        quote = '"'
    if quote == '"' and '"' in s:
        if lang in ("py", "js", "ts", "gs", "php", "rb") and "'" not in s:
            quote = "'"
        else:
            s = s.replace('"', '\\"')
    if lang == "php" and quote == '"':
        s = s.replace("$", "\\$")
    return quote + s + quote


def resolve(lang, parts, r=None):
    out = []
    for p in parts:
        t, x = p
        if t == "v":
            t, x = ("s", x.lit) if x.env is None else ("x", env_expr(lang, x.env, r))
        elif t == "e":
            t, x = "x", env_expr(lang, x, r)
        if t == "s" and x == "":
            continue
        if t == "s" and out and out[-1][0] == "s":
            out[-1] = ("s", out[-1][1] + x)
        else:
            out.append((t, x))
    return out


def cat(lang, parts, quote=None, r=None):
    ps = resolve(lang, parts, r) or [("s", "")]
    if len(ps) == 1:
        t, x = ps[0]
        return q(lang, x, quote) if t == "s" else x
    if lang in ("js", "ts"):
        return "`" + "".join(x if t == "s" else "${%s}" % x for t, x in ps) + "`"
    if lang == "rb":
        if all('"' not in x for t, x in ps if t == "s"):
            return '"' + "".join(x if t == "s" else "#{%s}" % x for t, x in ps) + '"'
    if lang == "sh":
        return '"' + "".join(x for t, x in ps) + '"'
    if lang == "py" and all(x.isidentifier() for t, x in ps if t == "x") and \
            all('"' not in x and "{" not in x for t, x in ps if t == "s"):
        return 'f"' + "".join(x if t == "s" else "{%s}" % x for t, x in ps) + '"'
    op = {"php": " . ", "go": "+"}.get(lang, " + ")
    return op.join(q(lang, x, quote) if t == "s" else x for t, x in ps)


def build_spec(C, sx):
    """Abstract HTTP request using secret operand sx (a parts element)."""
    K, s = C.K, C.s
    spec = dict(method=K.get("method", "GET"), url=[("s", C.url())], headers=[], basic=None,
                body=None)
    for h, hv in K.get("hdrs", []):
        spec["headers"].append((h, [("s", hv)]))
    for h, en in K.get("hdrenv", []):
        spec["headers"].append((h, [("e", en)]))
    a = K["auth"]
    if a == "bearer":
        spec["headers"].insert(0, ("Authorization", [("s", "Bearer "), sx]))
    elif a == "hdr":
        spec["headers"].insert(0, (K["hdr"], [("s", K["pre"]), sx, ("s", K["suf"])]))
    elif a == "query":
        u = C.url()
        u += "&" if "?" in u else "?"
        if K.get("qid"):
            u += "%s=%s&" % (K["qid"], s.get("cid", ""))
        spec["url"] = [("s", u + K["qp"] + "="), sx]
    elif a == "basic":
        user = s.get("cid") or s.get("uid") or s.get("user")
        spec["basic"] = ([("s", user)], [sx])
        if K.get("form") or K.get("formacct"):
            spec["method"] = "POST"
            f = [(k, [("s", v)]) for k, v in K.get("form", [])]
            if K.get("formacct"):
                f.append((K["formacct"], [("s", s.get("acct", ""))]))
            spec["body"] = ("form", f)
    elif a == "form":
        spec["method"] = "POST"
        f = [(k, [("s", v)]) for k, v in K.get("form", [])]
        if K.get("ik"):
            f.append((K["ik"], [("s", C.cid())]))
        f.append((K["sk"], [sx]))
        for k, en in K.get("formenv", []):
            f.append((k, [("e", en)]))
        if K.get("formacct"):
            f.append((K["formacct"], [("s", s.get("acct", ""))]))
        spec["body"] = ("json" if K.get("json") else "form", f)
    if K["p"] == "caldav":
        spec["headers"].append(("Depth", [("s", "1")]))
    return spec


def indent(lines, n):
    return [(" " * n + l) if l else l for l in lines]


def render_req(lang, spec, r, var="resp"):
    m = spec["method"]
    url = cat(lang, spec["url"], r=r)
    hs = spec["headers"]
    basic, body = spec["basic"], spec["body"]
    L = []
    if lang == "py":
        args = [url]
        if hs:
            L.append("headers = {")
            for h, p in hs:
                L.append('    "%s": %s,' % (h, cat("py", p, r=r)))
            L.append("}")
            args.append("headers=headers")
        if basic:
            args.append("auth=(%s, %s)" % (cat("py", basic[0]), cat("py", basic[1], r=r)))
        if body:
            kw = "json" if body[0] == "json" else "data"
            L.append("payload = {")
            for k, p in body[1]:
                L.append('    "%s": %s,' % (k, cat("py", p, r=r)))
            L.append("}")
            args.append("%s=payload" % kw)
        args.append("timeout=%d" % r.choice([10, 15, 30]))
        if m in ("GET", "POST"):
            L.append("%s = requests.%s(%s)" % (var, m.lower(), ", ".join(args)))
        else:
            L.append('%s = requests.request("%s", %s)' % (var, m, ", ".join(args)))
        L.append("%s.raise_for_status()" % var)
    elif lang in ("js", "ts"):
        L.append("const %s = await fetch(%s, {" % (var, url))
        L.append("  method: '%s'," % m)
        hl = [(h, cat(lang, p, r=r)) for h, p in hs]
        if basic:
            hl.insert(0, ("Authorization", "'Basic ' + Buffer.from(%s).toString('base64')" %
                          cat(lang, basic[0] + [("s", ":")] + basic[1], r=r)))
        if body and body[0] == "json":
            hl.append(("Content-Type", "'application/json'"))
        if hl:
            L.append("  headers: {")
            for h, e in hl:
                key = h if h.replace("_", "").isalnum() and "-" not in h else "'%s'" % h
                L.append("    %s: %s," % (key, e))
            L.append("  },")
        if body:
            inner = ", ".join("%s: %s" % (k, cat(lang, p, r=r)) for k, p in body[1])
            if body[0] == "json":
                L.append("  body: JSON.stringify({ %s })," % inner)
            else:
                L.append("  body: new URLSearchParams({ %s })," % inner)
        L.append("});")
        L.append("if (!%s.ok) throw new Error(`HTTP ${%s.status}`);" % (var, var))
    elif lang == "php":
        L.append("$args = array(")
        hl = [(h, cat("php", p, r=r)) for h, p in hs]
        if basic:
            hl.insert(0, ("Authorization", "'Basic ' . base64_encode( %s )" %
                          cat("php", basic[0] + [("s", ":")] + basic[1], r=r)))
        if body and body[0] == "json":
            hl.append(("Content-Type", "'application/json'"))
        L.append("    'method'  => '%s'," % m)
        L.append("    'timeout' => %d," % r.choice([10, 15, 20]))
        if hl:
            L.append("    'headers' => array(")
            for h, e in hl:
                L.append("        '%s' => %s," % (h, e))
            L.append("    ),")
        if body:
            inner = ", ".join("'%s' => %s" % (k, cat("php", p, r=r)) for k, p in body[1])
            if body[0] == "json":
                L.append("    'body'    => wp_json_encode( array( %s ) )," % inner)
            else:
                L.append("    'body'    => array( %s )," % inner)
        L.append(");")
        L.append("$%s = wp_remote_request( %s, $args );" % (var, url))
    elif lang == "rb":
        L.append("uri = URI(%s)" % url)
        cls = {"GET": "Get", "POST": "Post", "PROPFIND": "Propfind"}[m]
        L.append("req = Net::HTTP::%s.new(uri)" % cls)
        for h, p in hs:
            L.append('req["%s"] = %s' % (h, cat("rb", p, r=r)))
        if basic:
            L.append("req.basic_auth(%s, %s)" % (cat("rb", basic[0]), cat("rb", basic[1], r=r)))
        if body:
            inner = ", ".join('"%s" => %s' % (k, cat("rb", p, r=r)) for k, p in body[1])
            if body[0] == "json":
                L.append('req["Content-Type"] = "application/json"')
                L.append("req.body = { %s }.to_json" % inner)
            else:
                L.append("req.set_form_data(%s)" % inner)
        L.append("%s = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }" % var)
    elif lang == "java":
        L.append("HttpRequest request = HttpRequest.newBuilder()")
        L.append("        .uri(URI.create(%s))" % url)
        for h, p in hs:
            L.append('        .header("%s", %s)' % (h, cat("java", p, r=r)))
        if basic:
            L.append('        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((%s).getBytes(StandardCharsets.UTF_8)))'
                     % cat("java", basic[0] + [("s", ":")] + basic[1], r=r))
        if body:
            if body[0] == "json":
                parts = [("s", "{")]
                for i, (k, p) in enumerate(body[1]):
                    parts += [("s", '%s"%s":"' % ("," if i else "", k))] + p + [("s", '"')]
                parts.append(("s", "}"))
                L.append('        .header("Content-Type", "application/json")')
            else:
                parts = []
                for i, (k, p) in enumerate(body[1]):
                    parts += [("s", "%s%s=" % ("&" if i else "", k))] + p
                L.append('        .header("Content-Type", "application/x-www-form-urlencoded")')
            L.append("        .method(\"%s\", HttpRequest.BodyPublishers.ofString(%s))" % (m, cat("java", parts, r=r)))
        elif m != "GET":
            L.append('        .method("%s", HttpRequest.BodyPublishers.noBody())' % m)
        L.append("        .build();")
        L.append("HttpResponse<String> %s = client.send(request, HttpResponse.BodyHandlers.ofString());" % var)
    elif lang == "go":
        bodyexpr = "nil"
        if body:
            if body[0] == "json":
                parts = [("s", "{")]
                for i, (k, p) in enumerate(body[1]):
                    parts += [("s", '%s"%s":"' % ("," if i else "", k))] + p + [("s", '"')]
                parts.append(("s", "}"))
                L.append("body := strings.NewReader(%s)" % cat("go", parts, r=r))
            else:
                L.append("form := url.Values{}")
                for k, p in body[1]:
                    L.append('form.Set("%s", %s)' % (k, cat("go", p, r=r)))
                L.append("body := strings.NewReader(form.Encode())")
            bodyexpr = "body"
        L.append('req, err := http.NewRequestWithContext(ctx, "%s", %s, %s)' % (m, url, bodyexpr))
        L.append("if err != nil {")
        L.append("\treturn nil, err")
        L.append("}")
        for h, p in hs:
            L.append('req.Header.Set("%s", %s)' % (h, cat("go", p, r=r)))
        if body:
            L.append('req.Header.Set("Content-Type", "%s")' % (
                "application/json" if body[0] == "json" else "application/x-www-form-urlencoded"))
        if basic:
            L.append("req.SetBasicAuth(%s, %s)" % (cat("go", basic[0]), cat("go", basic[1], r=r)))
        L.append("%s, err := http.DefaultClient.Do(req)" % var)
    elif lang == "gs":
        L.append("var options = {")
        L.append("  method: '%s'," % m.lower())
        L.append("  muteHttpExceptions: true,")
        hl = [(h, cat("gs", p, r=r)) for h, p in hs]
        if basic:
            hl.insert(0, ("Authorization", "'Basic ' + Utilities.base64Encode(%s)" %
                          cat("gs", basic[0] + [("s", ":")] + basic[1], r=r)))
        if hl:
            L.append("  headers: {")
            for h, e in hl:
                L.append("    '%s': %s," % (h, e))
            L.append("  },")
        if body:
            inner = ", ".join("%s: %s" % (k, cat("gs", p, r=r)) for k, p in body[1])
            if body[0] == "json":
                L.append("  contentType: 'application/json',")
                L.append("  payload: JSON.stringify({ %s })," % inner)
            else:
                L.append("  payload: { %s }," % inner)
        L.append("};")
        L.append("var %s = UrlFetchApp.fetch(%s, options);" % (var, url))
    elif lang == "sh":
        L.append("curl -sS --fail -X %s %s \\" % (m, cat("sh", spec["url"], r=r)))
        for h, p in hs:
            L.append('  -H "%s: %s" \\' % (h, cat("sh", p, r=r).strip('"').replace('"', '\\"')))
        if basic:
            L.append("  -u %s \\" % cat("sh", basic[0] + [("s", ":")] + basic[1], r=r))
        if body:
            if body[0] == "json":
                js = ",".join('"%s":"%s"' % (k, cat("sh", p, r=r).strip('"')) for k, p in body[1])
                L.append('  -H "Content-Type: application/json" \\')
                L.append("  -d '{%s}' \\" % js if "$" not in js else '  -d "{%s}" \\' % js.replace('"', '\\"'))
            else:
                for k, p in body[1]:
                    L.append('  --data-urlencode "%s=%s" \\' % (k, cat("sh", p, r=r).strip('"')))
        L.append("  -o %s" % r.choice(["/tmp/response.json", "out.json", "-"]))
    return L


def usage(lang, C, sx, var="resp"):
    """Lines that use the secret operand sx in language lang."""
    K, r, s = C.K, C.r, C.s
    a = K["auth"]
    if a == "signing":
        hdr = K["sighdr"]
        if lang == "py":
            return ["def verify_signature(raw_body: bytes, header: str) -> bool:",
                    '    parts = dict(p.split("=", 1) for p in header.split(","))',
                    '    signed = parts["t"].encode() + b"." + raw_body',
                    "    expected = hmac.new(%s.encode(), signed, hashlib.sha256).hexdigest()" % cat("py", [sx], r=r),
                    '    return hmac.compare_digest(expected, parts.get("v1", ""))']
        if lang in ("js", "ts", "gs"):
            if lang == "gs":
                return ["function verifySignature(rawBody, header) {",
                        "  var parts = {};",
                        "  header.split(',').forEach(function (p) { var kv = p.split('='); parts[kv[0]] = kv[1]; });",
                        "  var raw = Utilities.computeHmacSha256Signature(parts.t + '.' + rawBody, %s);" % cat("gs", [sx], r=r),
                        "  var hex = raw.map(function (b) { return ('0' + (b & 0xff).toString(16)).slice(-2); }).join('');",
                        "  return hex === parts.v1;",
                        "}"]
            sig = "(rawBody: string, header: string): boolean" if lang == "ts" else "(rawBody, header)"
            return ["function verifySignature%s {" % sig,
                    "  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=')));",
                    "  const expected = crypto",
                    "    .createHmac('sha256', %s)" % cat(lang, [sx], r=r),
                    "    .update(`${parts.t}.${rawBody}`)",
                    "    .digest('hex');",
                    "  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1 || ''));",
                    "}"]
        if lang == "php":
            return ["function verify_signature( $raw_body, $header ) {",
                    "    parse_str( str_replace( ',', '&', $header ), $parts );",
                    "    $expected = hash_hmac( 'sha256', $parts['t'] . '.' . $raw_body, %s );" % cat("php", [sx], r=r),
                    "    return hash_equals( $expected, $parts['v1'] ?? '' );",
                    "}"]
        if lang == "rb":
            return ["def valid_signature?(raw_body, header)",
                    '  parts = header.split(",").map { |p| p.split("=", 2) }.to_h',
                    '  expected = OpenSSL::HMAC.hexdigest("SHA256", %s, "#{parts["t"]}.#{raw_body}")' % cat("rb", [sx], r=r),
                    '  Rack::Utils.secure_compare(expected, parts["v1"].to_s)',
                    "end"]
        if lang == "java":
            return ["boolean verifySignature(String rawBody, String header) throws Exception {",
                    "    Map<String, String> parts = new HashMap<>();",
                    '    for (String p : header.split(",")) { String[] kv = p.split("=", 2); parts.put(kv[0], kv[1]); }',
                    '    Mac mac = Mac.getInstance("HmacSHA256");',
                    '    mac.init(new SecretKeySpec(%s.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));' % cat("java", [sx], r=r),
                    '    byte[] sig = mac.doFinal((parts.get("t") + "." + rawBody).getBytes(StandardCharsets.UTF_8));',
                    '    return MessageDigest.isEqual(HexFormat.of().formatHex(sig).getBytes(), parts.getOrDefault("v1", "").getBytes());',
                    "}"]
        if lang == "go":
            return ["func verifySignature(rawBody []byte, header string) bool {",
                    "\tparts := map[string]string{}",
                    '\tfor _, p := range strings.Split(header, ",") {',
                    '\t\tif kv := strings.SplitN(p, "=", 2); len(kv) == 2 {',
                    "\t\t\tparts[kv[0]] = kv[1]",
                    "\t\t}",
                    "\t}",
                    "\tmac := hmac.New(sha256.New, []byte(%s))" % cat("go", [sx], r=r),
                    '\tmac.Write([]byte(parts["t"] + "." + string(rawBody)))',
                    '\treturn hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(parts["v1"]))',
                    "}"]
        if lang == "sh":
            return ['SIG_HEADER="$1"   # value of %s' % hdr,
                    "T=$(echo \"$SIG_HEADER\" | sed -E 's/.*t=([0-9]+).*/\\1/')",
                    "printf '%%s.%%s' \"$T\" \"$(cat payload.json)\" | openssl dgst -sha256 -hmac %s" % cat("sh", [sx], r=r)]
    if a == "pem":
        em, pid, kid, cid = s.get("client_email", "svc@x.iam.gserviceaccount.com"), s.get("project", "p"), s.get("kid", ""), s.get("cid", "")
        scope = r.choice(["https://www.googleapis.com/auth/calendar", "https://www.googleapis.com/auth/calendar.events",
                          "https://www.googleapis.com/auth/calendar.readonly"])
        if lang == "py":
            return ["info = {",
                    '    "type": "service_account",',
                    '    "project_id": "%s",' % pid,
                    '    "private_key_id": "%s",' % kid,
                    '    "private_key": %s,' % cat("py", [sx], quote='"', r=r),
                    '    "client_email": "%s",' % em,
                    '    "client_id": "%s",' % cid,
                    '    "token_uri": "https://oauth2.googleapis.com/token",',
                    "}",
                    'creds = service_account.Credentials.from_service_account_info(info, scopes=["%s"])' % scope,
                    'calendar = build("calendar", "v3", credentials=creds, cache_discovery=False)']
        if lang in ("js", "ts"):
            return ["const auth = new google.auth.JWT({",
                    "  email: '%s'," % em,
                    "  key: %s," % cat(lang, [sx], quote="'", r=r),
                    "  scopes: ['%s']," % scope,
                    "});",
                    "const calendar = google.calendar({ version: 'v3', auth });"]
        if lang == "gs":
            return ["function getService_() {",
                    "  return OAuth2.createService('calendar-sa')",
                    "    .setTokenUrl('https://oauth2.googleapis.com/token')",
                    "    .setPrivateKey(%s)" % cat("gs", [sx], quote="'", r=r),
                    "    .setIssuer('%s')" % em,
                    "    .setPropertyStore(PropertiesService.getScriptProperties())",
                    "    .setScope('%s');" % scope,
                    "}"]
        if lang == "php":
            return ["$client = new Google\\Client();",
                    "$client->setAuthConfig( array(",
                    "    'type'         => 'service_account',",
                    "    'project_id'   => '%s'," % pid,
                    "    'client_email' => '%s'," % em,
                    "    'client_id'    => '%s'," % cid,
                    "    'private_key'  => %s," % cat("php", [sx], quote='"', r=r),
                    ") );",
                    "$client->addScope( '%s' );" % scope]
        if lang == "rb":
            return ["key_json = {",
                    '  "type" => "service_account",',
                    '  "client_email" => "%s",' % em,
                    '  "private_key" => %s' % cat("rb", [sx], quote='"', r=r),
                    "}.to_json",
                    "authorizer = Google::Auth::ServiceAccountCredentials.make_creds(",
                    "  json_key_io: StringIO.new(key_json), scope: \"%s\")" % scope]
        if lang == "java":
            return ["GoogleCredentials credentials = ServiceAccountCredentials.fromPkcs8(",
                    '        "%s", "%s",' % (cid, em),
                    "        %s," % cat("java", [sx], r=r),
                    '        "%s", List.of("%s"));' % (kid, scope)]
        if lang == "go":
            return ["conf := &jwt.Config{",
                    '\tEmail:      "%s",' % em,
                    "\tPrivateKey: []byte(%s)," % cat("go", [sx], r=r),
                    '\tScopes:     []string{"%s"},' % scope,
                    "\tTokenURL:   google.JWTTokenURL,",
                    "}",
                    "client := conf.Client(ctx)"]
    return render_req(lang, build_spec(C, sx), r, var)


def operand(C, lang, styles, decl, ref="%s", inline_ok=True):
    """Either bind the slot value to a named variable (returns decl lines) or inline it."""
    r = C.r
    if inline_ok and not C.obvious and r.random() < 0.45:
        return [], ("v", C.v)
    name = C.name(r.choice(styles))
    return [decl % dict(n=name, e=lit_expr(C, lang))], ("x", ref % name)


def lit_expr(C, lang):
    pem = "\\n" in (C.v.lit or "")
    return cat(lang, [("v", C.v)], quote='"' if pem else None, r=C.r)


PATHSLUG = {"eventbrite": "eventbrite", "ticketmaster": "ticketmaster", "tito": "tito", "luma": "luma",
            "meetup": "meetup", "calendly": "calendly", "calcom": "calcom", "acuity": "acuity",
            "mindbody": "mindbody", "opentable": "opentable", "resy": "resy", "sevenrooms": "sevenrooms",
            "zoom": "zoom", "cvent": "cvent", "bizzabo": "bizzabo", "seatgeek": "seatgeek",
            "square": "square", "simplybook": "simplybook", "setmore": "setmore", "google": "gcal",
            "microsoft": "msgraph", "caldav": "caldav"}


def slug(C):
    return PATHSLUG[C.K["p"]]


def camel_cls(sl):
    return {"gcal": "GoogleCalendar", "msgraph": "Graph", "calcom": "CalCom", "caldav": "CalDav",
            "seatgeek": "SeatGeek", "sevenrooms": "SevenRooms", "opentable": "OpenTable",
            "simplybook": "SimplyBook"}.get(sl, sl.capitalize())


def base_url(C):
    K = C.K
    if K["p"] == "caldav":
        return C.s.get("server", "https://caldav.example.com/")
    if not K.get("url"):
        return {"calendly": "https://api.calendly.com", "google": "https://www.googleapis.com/calendar/v3"}.get(K["p"], "")
    u = C.url().split("?")[0]
    if K["p"] == "microsoft":
        return "https://graph.microsoft.com/v1.0"
    parts = u.split("/")
    return "/".join(parts[:3]) + (("/" + parts[3]) if len(parts) > 4 and parts[3] in ("v3", "v2", "v1", "2", "public", "api") else "")


def hdr_comment(r, prefix, C):
    opts = ["%s Integration with %s for %s." % (prefix, camel_cls(slug(C)), C.org),
            "%s Sync job owned by the events team; see docs/integrations.md" % prefix,
            "%s TODO: move retry policy into shared http helper" % prefix,
            "%s Keep in sync with the %s dashboard settings." % (prefix, camel_cls(slug(C))),
            "%s Maintainer: %s" % (prefix, email(r))]
    return r.sample(opts, r.randint(1, 2))


# ----------------------------------------------------------------------------------------
# templates (shared by positives and "re-used" negatives)
TEMPLATES = []


def tpl(name, accepts=None, special=False):
    def deco(f):
        TEMPLATES.append(dict(name=name, f=f, acc=accepts or (lambda K: True), special=special))
        return f
    return deco


NO_PEM = lambda K: K["auth"] != "pem"                              # noqa: E731
REQ_ONLY = lambda K: K["auth"] not in ("pem", "signing")            # noqa: E731


def py_imports(C):
    a = C.K["auth"]
    if a == "signing":
        return ["import hashlib", "import hmac", "import os"]
    if a == "pem":
        return ["import os", "", "from google.oauth2 import service_account",
                "from googleapiclient.discovery import build"]
    return ["import os", "", "import requests"]


@tpl("py_sync_script")
def t_py_sync_script(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["scripts/sync_%s.py" % sl, "tools/%s_import.py" % sl, "jobs/pull_%s_bookings.py" % sl,
                     "bin/%s_export.py" % sl])
    decl, sx = operand(C, "py", ["screaming", "snake"], "%(n)s = %(e)s")
    L = ["#!/usr/bin/env python3", '"""%s"""' % r.choice([
        "Pull upcoming %s data from %s into the warehouse staging table." % (r.choice(["booking", "attendee", "event"]), camel_cls(sl)),
        "Nightly export of %s records for %s." % (camel_cls(sl), C.org),
        "One-off migration helper: copy %s data to the new CRM." % camel_cls(sl)]), ""]
    L += ["import csv", "import logging"] + py_imports(C) + ["", "log = logging.getLogger(__name__)", ""]
    L += ['ORG_SLUG = "%s"' % C.org, 'OUTPUT = "%s"' % r.choice(["out/bookings.csv", "/tmp/%s.csv" % sl, "data/export.csv"])]
    L += decl
    L += ["PAGE_SIZE = %d" % r.choice([50, 100, 200]), "", ""]
    L += ["def fetch():"] + indent(usage("py", C, sx), 4)
    if C.K["auth"] not in ("signing", "pem"):
        L += ['    return resp.json()']
    else:
        L += ["    return None"]
    L += ["", "", "def main():", "    logging.basicConfig(level=logging.INFO)", "    data = fetch()",
          '    with open(OUTPUT, "w", newline="") as fh:', "        writer = csv.writer(fh)",
          '        writer.writerow(["id", "name", "start"])',
          '        for item in (data or {}).get("%s", []):' % r.choice(["events", "bookings", "data", "items"]),
          '            writer.writerow([item.get("id"), item.get("name"), item.get("start")])',
          '    log.info("wrote %s", OUTPUT)', "", "", 'if __name__ == "__main__":', "    main()", ""]
    return path, "python", "\n".join(L)


@tpl("py_client_class")
def t_py_client_class(C):
    r = C.r
    sl = slug(C)
    cls = camel_cls(sl) + r.choice(["Client", "Api", "Gateway"])
    path = r.choice(["app/integrations/%s_client.py" % sl, "%s/client.py" % sl, "src/booking/providers/%s.py" % sl])
    pname = C.name("snake")
    L = ['"""Thin wrapper around the %s API."""' % camel_cls(sl)] + py_imports(C) + ["", "", "class %s:" % cls]
    L += ['    """%s"""' % r.choice(["Used by the booking worker.", "Do not instantiate per request.", "See ADR-014."])]
    L += ["", "    def __init__(self, %s=%s, timeout=%d):" % (pname, lit_expr(C, "py"), r.choice([5, 10, 20]))]
    L += ["        self.%s = %s" % (pname, pname), "        self.timeout = timeout", ""]
    if C.K["auth"] == "signing":
        u = usage("py", C, ("x", "self." + pname))
        u[0] = "def verify_signature(self, raw_body: bytes, header: str) -> bool:"
        L += indent(u, 4) + [""]
    else:
        L += ["    def fetch(self):"] + indent(usage("py", C, ("x", "self." + pname)), 8)
        L += ["        return resp.json()" if C.K["auth"] != "pem" else "        return calendar", ""]
    return path, "python", "\n".join(L)


@tpl("py_django_settings")
def t_py_django_settings(C):
    r = C.r
    proj = r.choice(["booking", "events", "core", "ticketing", "studio"])
    path = r.choice(["%s/settings.py" % proj, "config/settings/production.py", "%s/settings/base.py" % proj])
    nm = C.name(r.choice(["screaming", "screaming", "snake"]))
    L = ['"""Django settings for %s project."""' % proj, "from pathlib import Path", "import os", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent", "",
         'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', 'DEBUG = os.environ.get("DEBUG") == "1"',
         'ALLOWED_HOSTS = ["%s", "localhost"]' % r.choice(DOMAINS), "",
         "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",',
         '    "django.contrib.contenttypes",', '    "%s",' % proj, "]", "",
         "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
         '        "NAME": os.environ.get("POSTGRES_DB", "%s"),' % proj,
         '        "HOST": os.environ.get("POSTGRES_HOST", "db"),',
         '        "PASSWORD": os.environ.get("POSTGRES_PASSWORD"),', "    }", "}", "",
         'TIME_ZONE = "%s"' % r.choice(TZS), "USE_TZ = True", "",
         "# --- %s integration ---" % camel_cls(slug(C))]
    if C.s.get("cid") and C.K["p"] != "ticketmaster":
        L.append('%s = "%s"' % (C.idname("screaming"), C.s["cid"]))
    L.append("%s = %s" % (nm, lit_expr(C, "py")))
    L += ['%s_TIMEOUT = %d' % (slug(C).upper(), r.choice([10, 15, 30])), ""]
    return path, "python", "\n".join(L)


@tpl("py_flask_config")
def t_py_flask_config(C):
    r = C.r
    path = r.choice(["app/config.py", "instance/config.py", "settings.py"])
    nm = C.name("screaming")
    L = ["import os", "", "", "class Config:", '    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///dev.db")',
         "    SQLALCHEMY_TRACK_MODIFICATIONS = False",
         '    BOOKING_WINDOW_DAYS = %d' % r.choice([14, 30, 60, 90]),
         '    DEFAULT_TIMEZONE = "%s"' % r.choice(TZS),
         "    %s = %s" % (nm, lit_expr(C, "py")), "", "",
         "class TestConfig(Config):", "    TESTING = True", '    SQLALCHEMY_DATABASE_URI = "sqlite://"', ""]
    return path, "python", "\n".join(L)


@tpl("py_celery_task")
def t_py_celery_task(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["bookings/tasks.py", "events/tasks/%s.py" % sl, "worker/tasks.py"])
    decl, sx = operand(C, "py", ["screaming"], "%(n)s = %(e)s")
    L = ["from celery import shared_task"] + py_imports(C) + [""] + decl + ["", "",
         "@shared_task(bind=True, max_retries=%d, default_retry_delay=%d)" % (r.choice([3, 5]), r.choice([30, 60])),
         "def refresh_%s(self):" % sl, '    """Refresh cached %s data every %d minutes."""' % (camel_cls(sl), r.choice([5, 10, 15])),
         "    try:"] + indent(usage("py", C, sx), 8) + [
         "    except Exception as exc:  # noqa: BLE001", "        raise self.retry(exc=exc)", ""]
    return path, "python", "\n".join(L)


@tpl("js_node_script")
def t_js_node_script(C):
    r = C.r
    sl = slug(C)
    esm = r.random() < 0.5
    path = r.choice(["scripts/import-%s.js" % sl, "scripts/%s-sync.mjs" % sl if esm else "scripts/%s-sync.js" % sl,
                     "tools/pull-%s.js" % sl])
    L = ["#!/usr/bin/env node", "// %s" % r.choice(["Imports %s data into our events table." % camel_cls(sl),
                                                      "Run with: node %s" % path, "Cron: */15 * * * *"])]
    if C.K["auth"] == "signing":
        L.append("import crypto from 'node:crypto';" if esm else "const crypto = require('crypto');")
    if C.K["auth"] == "pem":
        L.append("import { google } from 'googleapis';" if esm else "const { google } = require('googleapis');")
    L.append("import fs from 'node:fs/promises';" if esm else "const fs = require('fs/promises');")
    L += ["", "const ORG = '%s';" % C.org, "const OUT_FILE = '%s';" % r.choice(["./tmp/events.json", "data/%s.json" % sl])]
    decl, sx = operand(C, "js", ["screaming", "camel"], "const %(n)s = %(e)s;")
    L += decl + ["", "async function main() {"] + indent(usage("js", C, sx), 2)
    if C.K["auth"] in ("signing", "pem"):
        L += ["  await fs.writeFile(OUT_FILE, JSON.stringify({ org: ORG }, null, 2));"]
    else:
        L += ["  const data = await resp.json();", "  await fs.writeFile(OUT_FILE, JSON.stringify(data, null, 2));",
              "  console.log(`saved ${Object.keys(data).length} keys for ${ORG}`);"]
    L += ["}", "", "main().catch((err) => {", "  console.error(err);", "  process.exit(1);", "});", ""]
    return path, "javascript", "\n".join(L)


@tpl("ts_service")
def t_ts_service(C):
    r = C.r
    sl = slug(C)
    cls = camel_cls(sl) + "Service"
    path = r.choice(["src/services/%s.service.ts" % sl, "src/integrations/%s/%s.service.ts" % (sl, sl),
                     "apps/api/src/%s/%s.service.ts" % (sl, sl)])
    fname = C.name("camel")
    L = ["import { Injectable, Logger } from '@nestjs/common';"]
    if C.K["auth"] == "signing":
        L.append("import * as crypto from 'crypto';")
    if C.K["auth"] == "pem":
        L.append("import { google } from 'googleapis';")
    L += ["", "@Injectable()", "export class %s {" % cls, "  private readonly logger = new Logger(%s.name);" % cls,
          "  private readonly %s = %s;" % (fname, lit_expr(C, "ts")),
          "  private readonly baseTimeoutMs = %d;" % r.choice([5000, 8000, 15000]), "",
          "  async sync(): Promise<void> {"] + indent(usage("ts", C, ("x", "this." + fname)), 4) + [
          "    this.logger.log('sync finished');", "  }", "}", ""]
    return path, "typescript", "\n".join(L)


@tpl("ts_env_fallback")
def t_ts_env_fallback(C):
    r = C.r
    path = r.choice(["src/config/env.ts", "src/lib/config.ts", "config/index.ts"])
    nm = C.name("camel")
    env = C.K["env"] if C.obvious else style_name(C.words, "screaming")
    # positives: literal fallback (the classic leak); negatives: reference/placeholder as fallback
    fb = lit_expr(C, "ts") if C.v.env is None else "''"
    L = ["// Central place for runtime configuration.", "export const config = {",
         "  port: Number(process.env.PORT ?? 3000),",
         "  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:3000',",
         "  timezone: process.env.TZ ?? '%s'," % r.choice(TZS),
         "  %s: {" % slug(C), "    baseUrl: '%s'," % base_url(C),
         "    %s: process.env.%s ?? %s," % (nm, env, fb), "  },",
         "  featureFlags: {", "    waitlist: %s," % r.choice(["true", "false"]),
         "    reminders: %s," % r.choice(["true", "false"]), "  },", "} as const;", "",
         "export type AppConfig = typeof config;", ""]
    return path, "typescript", "\n".join(L)


@tpl("js_next_route")
def t_js_next_route(C):
    r = C.r
    sl = slug(C)
    ts = r.random() < 0.5
    path = ("app/api/%s/route.ts" % sl) if ts else ("pages/api/%s/%s.js" % (sl, r.choice(["sync", "webhook", "slots"])))
    lang = "ts" if ts else "js"
    L = []
    if C.K["auth"] == "signing":
        L.append("import crypto from 'crypto';")
    if C.K["auth"] == "pem":
        L.append("import { google } from 'googleapis';")
    decl, sx = operand(C, lang, ["screaming", "camel"], "const %(n)s = %(e)s;")
    L += decl + [""]
    if ts:
        L += ["export async function GET(): Promise<Response> {"] + indent(usage(lang, C, sx), 2) + [
            "  return Response.json({ ok: true });", "}", ""]
    else:
        L += ["export default async function handler(req, res) {",
              "  if (req.method !== 'GET' && req.method !== 'POST') return res.status(405).end();"] + \
            indent(usage(lang, C, sx), 2) + ["  res.status(200).json({ ok: true });", "}", ""]
    return path, "typescript" if ts else "javascript", "\n".join(L)


@tpl("js_config_module")
def t_js_config_module(C):
    r = C.r
    path = r.choice(["config/%s.js" % slug(C), "config/default.js", "src/config.js"])
    nm = C.name(r.choice(["camel", "camel", "snake"]))
    L = ["'use strict';", "", "module.exports = {", "  env: process.env.NODE_ENV || 'development',",
         "  %s: {" % slug(C)]
    if C.s.get("cid") and C.K["p"] != "ticketmaster":
        L.append("    %s: '%s'," % (C.idname("camel"), C.s["cid"]))
    L += ["    %s: %s," % (nm, lit_expr(C, "js")), "    retries: %d," % r.choice([2, 3, 5]), "  },",
          "  redis: { host: process.env.REDIS_HOST || '127.0.0.1', port: 6379 },",
          "  logLevel: '%s'," % r.choice(["info", "debug", "warn"]), "};", ""]
    return path, "javascript", "\n".join(L)


@tpl("php_wp_plugin")
def t_php_wp_plugin(C):
    r = C.r
    sl = slug(C)
    plug = r.choice(["%s-sync" % sl, "%s-booking-bridge" % sl, "wp-%s-events" % sl])
    path = "wp-content/plugins/%s/%s.php" % (plug, plug)
    pre = plug.replace("-", "_")
    decl, sx = operand(C, "php", ["screaming"], "define( '%(n)s', %(e)s );")
    if decl:
        decl = [decl[0].replace("define( '", "define( '%s_" % pre.upper(), 1)]
        sx = ("x", "%s_%s" % (pre.upper(), sx[1]))
    L = ["<?php", "/**", " * Plugin Name: %s" % camel_cls(sl) + " " + r.choice(["Sync", "Bridge", "Events"]),
         " * Description: Shows upcoming %s events and bookings on the site." % camel_cls(sl),
         " * Version: %d.%d.%d" % (r.randint(0, 3), r.randint(0, 9), r.randint(0, 20)),
         " * Author: %s" % C.org, " */", "", "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", ""]
    L += decl + ["define( '%s_CACHE_TTL', %d );" % (pre.upper(), r.choice([300, 600, 3600])), "",
                 "function %s_fetch() {" % pre] + indent(usage("php", C, sx), 4)
    if C.K["auth"] in ("signing", "pem"):
        L += ["    return true;"]
    else:
        L += ["    if ( is_wp_error( $resp ) ) {", "        return array();", "    }",
              "    return json_decode( wp_remote_retrieve_body( $resp ), true );"]
    L += ["}", "add_shortcode( '%s', function () {" % pre, "    $data = %s_fetch();" % pre,
          "    return '<div class=\"%s\">' . esc_html( count( (array) $data ) ) . '</div>';" % plug, "} );", ""]
    return path, "php", "\n".join(L)


@tpl("php_wp_config")
def t_php_wp_config(C):
    r = C.r
    nm = C.name("screaming")
    L = ["<?php", "/** The base configuration for WordPress */", "",
         "define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) ?: 'wordpress' );",
         "define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) ?: 'wp' );",
         "define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );",
         "define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );",
         "define( 'DB_CHARSET', 'utf8mb4' );", "", "$table_prefix = 'wp_';", "",
         "/* %s booking widget */" % camel_cls(slug(C)),
         "define( '%s', %s );" % (nm, lit_expr(C, "php")),
         "define( 'WP_DEBUG', %s );" % r.choice(["false", "true"]), "",
         "if ( ! defined( 'ABSPATH' ) ) {", "    define( 'ABSPATH', __DIR__ . '/' );", "}",
         "require_once ABSPATH . 'wp-settings.php';", ""]
    return r.choice(["wp-config.php", "public/wp-config.php"]), "php", "\n".join(L)


@tpl("php_laravel_services")
def t_php_laravel_services(C):
    r = C.r
    sl = slug(C)
    nm = C.name("snake")
    val = lit_expr(C, "php") if C.v.env is None else "env('%s')" % C.v.env
    L = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
         "        'secret' => env('MAILGUN_SECRET'),", "    ],", "", "    '%s' => [" % sl,
         "        'base_url' => '%s'," % base_url(C)]
    if C.s.get("cid") and C.K["p"] != "ticketmaster":
        L.append("        '%s' => '%s'," % (C.idname("snake"), C.s["cid"]))
    L += ["        '%s' => %s," % (nm, val), "        'timeout' => %d," % r.choice([10, 20, 30]), "    ],", "", "];", ""]
    return "config/services.php", "php", "\n".join(L)


def rb_requires(C):
    a = C.K["auth"]
    if a == "signing":
        return ['require "openssl"']
    if a == "pem":
        return ['require "googleauth"', 'require "stringio"']
    return ['require "net/http"', 'require "json"']


@tpl("rb_initializer")
def t_rb_initializer(C):
    r = C.r
    sl = slug(C)
    path = "config/initializers/%s.rb" % sl
    cls = camel_cls(sl)
    nm = C.name("snake")
    L = ["# frozen_string_literal: true", ""] + rb_requires(C) + ["", "Rails.application.config.x.%s = ActiveSupport::OrderedOptions.new" % sl]
    if C.s.get("cid") and C.K["p"] != "ticketmaster":
        L.append('Rails.application.config.x.%s.%s = "%s"' % (sl, C.idname("snake"), C.s["cid"]))
    L += ["Rails.application.config.x.%s.%s = %s" % (sl, nm, lit_expr(C, "rb")),
          "Rails.application.config.x.%s.timeout = %d" % (sl, r.choice([5, 10, 15])),
          "Rails.application.config.x.%s.enabled = !Rails.env.test?" % sl, "",
          "# %s" % r.choice(["Used by %sSyncJob" % cls, "See app/services/%s" % sl, "Rotated quarterly"]), ""]
    return path, "ruby", "\n".join(L)


@tpl("rb_service")
def t_rb_service(C):
    r = C.r
    sl = slug(C)
    cls = camel_cls(sl)
    path = r.choice(["app/services/%s/client.rb" % sl, "app/services/%s_client.rb" % sl, "lib/%s/client.rb" % sl])
    decl, sx = operand(C, "rb", ["screaming"], "%(n)s = %(e)s")
    L = ["# frozen_string_literal: true", ""] + rb_requires(C) + ["", "module %s" % cls, "  class Client"]
    L += indent(decl, 4) + ["    DEFAULT_PAGE_SIZE = %d" % r.choice([25, 50, 100]), ""]
    if C.K["auth"] == "signing":
        L += indent(usage("rb", C, sx), 4)
    else:
        L += ["    def call"] + indent(usage("rb", C, sx), 6)
        L += ["      JSON.parse(resp.body)" if C.K["auth"] != "pem" else "      authorizer", "    end"]
    L += ["  end", "end", ""]
    return path, "ruby", "\n".join(L)


@tpl("rb_rake")
def t_rb_rake(C):
    r = C.r
    sl = slug(C)
    decl, sx = operand(C, "rb", ["snake"], "%(n)s = %(e)s")
    L = ["namespace :%s do" % sl, '  desc "%s"' % r.choice(["Backfill %s bookings" % sl, "Import %s events" % sl]),
         "  task import: :environment do"] + indent(rb_requires(C), 4) + indent(decl, 4) + indent(usage("rb", C, sx), 4)
    L += ['    puts "done (#{Time.current})"', "  end", "end", ""]
    return "lib/tasks/%s.rake" % sl, "ruby", "\n".join(L)


def java_imports(C):
    a = C.K["auth"]
    if a == "signing":
        return ["import java.nio.charset.StandardCharsets;", "import java.security.MessageDigest;", "import java.util.HashMap;",
                "import java.util.HexFormat;", "import java.util.Map;", "import javax.crypto.Mac;", "import javax.crypto.spec.SecretKeySpec;"]
    if a == "pem":
        return ["import com.google.auth.oauth2.GoogleCredentials;", "import com.google.auth.oauth2.ServiceAccountCredentials;",
                "import java.util.List;"]
    return ["import java.net.URI;", "import java.net.http.HttpClient;", "import java.net.http.HttpRequest;",
            "import java.net.http.HttpResponse;", "import java.nio.charset.StandardCharsets;", "import java.util.Base64;"]


@tpl("java_client")
def t_java_client(C):
    r = C.r
    sl = slug(C)
    cls = camel_cls(sl) + r.choice(["Client", "Gateway", "Connector"])
    pkg = "com.%s.%s" % (C.org.replace("-", ""), sl)
    path = "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls)
    decl, sx = operand(C, "java", ["screaming"], "private static final String %(n)s = %(e)s;")
    a = C.K["auth"]
    L = ["package %s;" % pkg, ""] + java_imports(C) + ["", "public class %s {" % cls, ""] + indent(decl, 4)
    if a not in ("signing", "pem"):
        L += ["    private final HttpClient client = HttpClient.newHttpClient();", ""]
        L += ["    public String fetch() throws Exception {"] + indent(usage("java", C, sx), 8) + ["        return resp.body();", "    }"]
    elif a == "signing":
        L += [""] + indent(usage("java", C, sx), 4)
    else:
        L += ["", "    public GoogleCredentials credentials() throws Exception {"] + indent(usage("java", C, sx), 8) + [
            "        return credentials;", "    }"]
    L += ["}", ""]
    return path, "java", "\n".join(L)


def go_imports(C):
    a = C.K["auth"]
    if a == "signing":
        return ["crypto/hmac", "crypto/sha256", "encoding/hex", "strings"]
    if a == "pem":
        return ["context", "net/http", "golang.org/x/oauth2/google", "golang.org/x/oauth2/jwt"]
    return ["context", "net/http", "net/url", "strings"]


@tpl("go_client")
def t_go_client(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["internal/%s/client.go" % sl, "pkg/%s/%s.go" % (sl, sl), "internal/providers/%s.go" % sl])
    a = C.K["auth"]
    if C.v.env is None:
        decl, sx = operand(C, "go", ["camel"], "const %(n)s = %(e)s")
    else:
        decl, sx = operand(C, "go", ["camel"], "var %(n)s = %(e)s")
    imps = go_imports(C) + (["os"] if C.v.env else [])
    L = ["package %s" % (sl if "providers" not in path else "providers"), "", "import ("] + ['\t"%s"' % i for i in sorted(set(imps))] + [")", ""]
    L += decl + ["", "const defaultPageSize = %d" % r.choice([20, 50, 100]), ""]
    if a == "signing":
        L += usage("go", C, sx)
    elif a == "pem":
        L += ["func newClient(ctx context.Context) *http.Client {"] + ["\t" + l for l in usage("go", C, sx)] + ["\treturn client", "}"]
    else:
        L += ["func fetch(ctx context.Context) (*http.Response, error) {"] + ["\t" + l for l in usage("go", C, sx)] + ["\treturn resp, err", "}"]
    L.append("")
    return path, "go", "\n".join(L)


@tpl("go_main_config")
def t_go_main_config(C):
    r = C.r
    path = r.choice(["cmd/bookingsync/main.go", "cmd/%s-worker/main.go" % slug(C), "main.go"])
    fld = C.name("pascal")
    L = ["package main", "", "import (", '\t"log"', '\t"os"', '\t"time"', ")", "", "type Config struct {",
         "\tListenAddr string", "\tPollEvery  time.Duration", "\t%s string" % fld, "}", "", "func main() {",
         "\tcfg := Config{", '\t\tListenAddr: ":%d",' % r.choice([8080, 8081, 9000]),
         "\t\tPollEvery:  %d * time.Minute," % r.choice([1, 5, 10]),
         "\t\t%s: %s," % (fld, lit_expr(C, "go")), "\t}",
         '\tif v := os.Getenv("POLL_OVERRIDE"); v != "" {', '\t\tlog.Printf("override poll interval: %s", v)', "\t}",
         '\tlog.Printf("starting worker on %s", cfg.ListenAddr)', "\trun(cfg)", "}", ""]
    return path, "go", "\n".join(L)


@tpl("gs_code")
def t_gs_code(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["Code.gs", "apps-script/%sSync.gs" % camel_cls(sl), "src/Code.gs", "gas/Main.gs"])
    decl, sx = operand(C, "gs", ["screaming", "camel"], "var %(n)s = %(e)s;")
    sheet = rs(r, 44, AN + "-_")
    L = ["/**", " * %s" % r.choice(["Pulls %s bookings into the Ops sheet every hour." % camel_cls(sl),
                                     "Menu: Events > Refresh from %s" % camel_cls(sl)]), " */", ""] + decl + [
         "var SHEET_NAME = '%s';" % r.choice(["Bookings", "Attendees", "Events"]), "",
         "function refresh() {"] + indent(usage("gs", C, sx), 2)
    if C.K["auth"] not in ("signing", "pem"):
        L += ["  var data = JSON.parse(resp.getContentText());",
              "  var sheet = SpreadsheetApp.getActive().getSheetByName(SHEET_NAME);",
              "  sheet.getRange(2, 1, 1, 2).setValues([[new Date(), JSON.stringify(data).length]]);"]
    L += ["}", "", "function onOpen() {",
          "  SpreadsheetApp.getUi().createMenu('Events').addItem('Refresh', 'refresh').addToUi();", "}", ""]
    _ = sheet
    return path, "apps-script", "\n".join(L)


# ---- config / text templates -------------------------------------------------------------
def is_pem(v):
    return "\\n" in (v or "")


def yq(r, v):
    if v == "":
        return r.choice(['""', "''"])
    if is_pem(v):
        return '"%s"' % v
    plain_ok = (v[0].isalnum() or v[0] in "$/") and ":" not in v and "#" not in v and not v.isdigit() \
        and v.lower() not in ("true", "false", "null", "yes", "no", "on", "off") and "{" not in v[:1]
    if "'" in v or "\"" in v:
        return v if plain_ok else "'%s'" % v
    st = r.choice(["plain", "plain", "single", "double"]) if plain_ok else r.choice(["single", "double"])
    return {"plain": v, "single": "'%s'" % v, "double": '"%s"' % v}[st]


def envq(r, v):
    if v == "":
        return ""
    if is_pem(v) or " " in v or "#" in v or '"' in v:
        return '"%s"' % v.replace('"', '\\"') if '"' in v and "'" in v else ('"%s"' % v if '"' not in v else "'%s'" % v)
    return r.choice([v, v, '"%s"' % v, "'%s'" % v])


def id_line(C, style, fmt):
    """Companion public id line, if the kind has one (never the Ticketmaster consumer key in negatives)."""
    cid = C.s.get("cid") or C.s.get("uid")
    if not cid:
        return []
    return [fmt % (C.idname(style), cid)]


def cfgval(C, style="dollar"):
    return C.v.cfg(style)


def env_key(C):
    if C.obvious:
        return C.K["env"] if C.r.random() < 0.6 else C.name("screaming")
    return C.name("screaming")


@tpl("dotenv")
def t_dotenv(C):
    r = C.r
    path = r.choice([".env", ".env.local", ".env.production", "backend/.env", ".env.development", "api/.env"])
    L = ["# %s" % r.choice(["Local development settings", "copied from the staging box", "App configuration"]),
         "NODE_ENV=%s" % r.choice(["development", "production", "staging"]), "PORT=%d" % r.choice([3000, 4000, 8080]),
         "APP_URL=https://%s" % r.choice(["events.", "book.", "tickets.", ""]) + r.choice(DOMAINS),
         "LOG_LEVEL=%s" % r.choice(["info", "debug"]), "REDIS_URL=redis://redis:6379/0", "",
         "# %s" % camel_cls(slug(C))]
    L += id_line(C, "screaming", "%s=%s")
    L += ["%s=%s" % (env_key(C), envq(r, cfgval(C, "dollar")))]
    L += ["%s_WEBHOOK_URL=https://%s/hooks/%s" % (slug(C).upper(), r.choice(DOMAINS), slug(C)),
          "", "TZ=%s" % r.choice(TZS), "MAIL_FROM=%s" % email(r), ""]
    return path, "dotenv", "\n".join(L)


@tpl("sh_export")
def t_sh_export(C):
    r = C.r
    path = r.choice([".envrc", "scripts/env.sh", "deploy/env.staging.sh", "scripts/dev-env.sh"])
    L = ["#!/usr/bin/env bash" if not path.endswith(".envrc") else "# direnv", "# source this file before running the importer", ""]
    L += ["export APP_ENV=%s" % r.choice(["staging", "dev", "local"]), "export EVENTS_DB=events_%s" % r.choice(["dev", "stage"])]
    L += id_line(C, "screaming", "export %s=%s")
    v = cfgval(C, "dollar")
    L += ["export %s=%s" % (env_key(C), '"%s"' % v if (v == "" or is_pem(v) or r.random() < 0.5) else v)]
    L += ["export SYNC_INTERVAL=%d" % r.choice([60, 300, 900]), ""]
    return path, "shell", "\n".join(L)


@tpl("yaml_config")
def t_yaml_config(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["config/integrations.yml", "config/%s.yaml" % sl, "settings/%s.yml" % sl, "conf/providers.yaml"])
    st = r.choice(["snake", "camel", "kebab"])
    L = ["# %s" % r.choice(["Provider settings, loaded by config/loader.py", "Integration config", "Managed by the platform team"]),
         "app:", "  name: %s" % C.org, "  timezone: %s" % r.choice(TZS), "", "integrations:", "  %s:" % sl,
         "    enabled: true", "    base_url: %s" % base_url(C)]
    L += id_line(C, st, "    %s: %s")
    L += ["    %s: %s" % (C.name(st), yq(r, cfgval(C, "dollar"))), "    timeout_seconds: %d" % r.choice([10, 20, 30]),
          "  mailer:", "    from: %s" % email(r), ""]
    return path, "yaml", "\n".join(L)


@tpl("rb_figaro")
def t_rb_figaro(C):
    r = C.r
    L = ["# Figaro: values here become ENV keys", "default: &default", "  APP_HOST: \"%s\"" % r.choice(DOMAINS),
         "  BOOKING_LEAD_TIME_HOURS: \"%d\"" % r.choice([2, 12, 24]), ""]
    L += ["production:", "  <<: *default"]
    L += id_line(C, "screaming", '  %s: "%s"')
    L += ["  %s: %s" % (env_key(C), yq(r, cfgval(C, "dollar"))), "", "development:", "  <<: *default", ""]
    return "config/application.yml", "yaml", "\n".join(L)


@tpl("java_props")
def t_java_props(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"])
    st = r.choice(["kebab", "camel"])
    L = ["spring.application.name=%s-service" % sl, "server.port=%d" % r.choice([8080, 8081, 9090]),
         "spring.datasource.url=jdbc:postgresql://db:5432/%s" % r.choice(["events", "booking"]),
         "spring.datasource.username=app", "spring.datasource.password=${DB_PASSWORD}",
         "spring.jpa.hibernate.ddl-auto=validate", "", "# %s" % camel_cls(sl),
         "%s.base-url=%s" % (sl, base_url(C))]
    L += id_line(C, st, sl + ".%s=%s")
    L += ["%s.%s=%s" % (sl, C.name(st), cfgval(C, "dollar")), "%s.page-size=%d" % (sl, r.choice([25, 50])), ""]
    return path, "java-properties", "\n".join(L)


@tpl("java_yml")
def t_java_yml(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yml"])
    st = r.choice(["kebab", "camel"])
    L = ["spring:", "  application:", "    name: %s-sync" % sl, "  datasource:",
         "    url: jdbc:postgresql://db:5432/%s" % r.choice(["events", "booking"]), "    username: app",
         "    password: ${DB_PASSWORD}", "", "%s:" % sl, "  base-url: %s" % base_url(C)]
    L += id_line(C, st, "  %s: %s")
    L += ["  %s: %s" % (C.name(st), yq(r, cfgval(C, "dollar"))), "  poll-interval: %dm" % r.choice([1, 5, 15]), "",
          "management:", "  endpoints:", "    web:", "      exposure:", "        include: health,info", ""]
    return path, "yaml", "\n".join(L)


@tpl("json_config")
def t_json_config(C):
    r = C.r
    sl = slug(C)
    net = r.random() < 0.35
    path = "appsettings.json" if net else r.choice(["config/production.json", "config/default.json", "settings.json"])
    st = "pascal" if net else r.choice(["camel", "snake"])
    obj = {}
    if net:
        obj["Logging"] = {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}
        obj["AllowedHosts"] = "*"
    else:
        obj["port"] = r.choice([3000, 8080])
        obj["logLevel"] = r.choice(["info", "debug"])
    sec = {}
    sec[style_name(["base", "url"], st)] = base_url(C)
    if C.s.get("tenant"):
        sec[style_name(["tenant", "id"], st)] = C.s["tenant"]
    cid = C.s.get("cid") or C.s.get("uid")
    if cid:
        sec[C.idname(st)] = cid
    sec[C.name(st)] = "@@SLOT@@"
    obj[camel_cls(sl) if net else sl] = sec
    txt = json.dumps(obj, indent=r.choice([2, 4]))
    return path, "json", txt.replace('"@@SLOT@@"', '"%s"' % cfgval(C, "dollar")) + "\n"


@tpl("toml_config")
def t_toml_config(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["config.toml", "config/app.toml", "settings.toml"])
    L = ["[server]", 'host = "0.0.0.0"', "port = %d" % r.choice([8000, 8080]), "", "[database]",
         'url = "postgres://app@db:5432/%s"' % r.choice(["events", "booking"]), "pool = %d" % r.choice([5, 10]), "",
         "[%s]" % sl]
    L.append('base_url = "%s"' % base_url(C))
    L += id_line(C, "snake", '%s = "%s"')
    v = cfgval(C, "dollar")
    L += ['%s = "%s"' % (C.name("snake"), v), "timeout = %d" % r.choice([10, 30]), ""]
    return path, "toml", "\n".join(L)


@tpl("ini_config", NO_PEM)
def t_ini_config(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["config.ini", "settings.ini", "conf/app.cfg", "booking.ini"])
    L = ["[general]", "environment = %s" % r.choice(["production", "staging"]), "timezone = %s" % r.choice(TZS), "",
         "[%s]" % sl]
    L.append("endpoint = %s" % base_url(C))
    L += id_line(C, "snake", "%s = %s")
    L += ["%s = %s" % (C.name("snake"), cfgval(C, "dollar")), "", "[logging]", "level = INFO", ""]
    return path, "ini", "\n".join(L)


@tpl("compose")
def t_compose(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["docker-compose.yml", "compose.yaml", "docker-compose.override.yml", "deploy/docker-compose.prod.yml"])
    listform = r.random() < 0.5
    L = ["services:", "  web:", "    image: ghcr.io/%s/booking-web:%s" % (C.org, r.choice(["latest", "1.4.2", "main"])),
         "    ports:", '      - "%d:3000"' % r.choice([3000, 8080]), "    depends_on:", "      - db", "  worker:",
         "    build: ./worker", "    environment:"]
    ev = [("NODE_ENV", "production"), ("DATABASE_URL", "postgres://app@db:5432/app")]
    cid = C.s.get("cid") or C.s.get("uid")
    if cid:
        ev.append((C.idname("screaming"), cid))
    ev.append((env_key(C), cfgval(C, "dollar")))
    for k, v in ev:
        if listform:
            L.append("      - %s=%s" % (k, v))
        else:
            L.append("      %s: %s" % (k, yq(r, v)))
    L += ["    restart: unless-stopped", "  db:", "    image: postgres:16", "    environment:",
          "      POSTGRES_DB: app", "      POSTGRES_HOST_AUTH_METHOD: trust", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
          "volumes:", "  pgdata:", ""]
    return path, "docker-compose", "\n".join(L)


@tpl("gha_workflow", NO_PEM)
def t_gha(C):
    r = C.r
    sl = slug(C)
    path = ".github/workflows/%s.yml" % r.choice(["sync-%s" % sl, "nightly-import", "deploy", "smoke-test"])
    ek = env_key(C)
    v = C.v.cfg("gha")
    L = ["name: %s" % r.choice(["Nightly %s import" % camel_cls(sl), "Deploy", "Smoke test"]), "", "on:", "  schedule:",
         "    - cron: '%d %d * * *'" % (r.randint(0, 59), r.randint(0, 23)), "  workflow_dispatch:", "", "jobs:", "  run:",
         "    runs-on: ubuntu-latest", "    env:", "      PYTHON_VERSION: '3.12'"]
    L += ["      %s: %s" % (ek, yq(r, v))]
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          "          python-version: ${{ env.PYTHON_VERSION }}", "      - run: pip install -r requirements.txt",
          "      - name: Import", "        run: python scripts/sync_%s.py" % sl, ""]
    return path, "github-actions", "\n".join(L)


@tpl("gitlab_ci", NO_PEM)
def t_gitlab(C):
    r = C.r
    ek = env_key(C)
    L = ["stages:", "  - test", "  - sync", "", "variables:", "  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\"",
         "  %s: %s" % (ek, yq(r, C.v.cfg("dollar"))), "", "test:", "  stage: test", "  image: python:3.12",
         "  script:", "    - pip install -r requirements.txt", "    - pytest -q", "", "sync:", "  stage: sync",
         "  image: python:3.12", "  only:", "    - schedules", "  script:", "    - python -m jobs.sync_%s" % slug(C), ""]
    return ".gitlab-ci.yml", "gitlab-ci", "\n".join(L)


@tpl("k8s_manifest")
def t_k8s(C):
    r = C.r
    sl = slug(C)
    v = cfgval(C, "dollar")
    if r.random() < 0.5:
        path = r.choice(["k8s/%s-secret.yaml" % sl, "deploy/k8s/secrets.yaml"])
        L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % sl, "  namespace: %s" % r.choice(["events", "booking", "default"]),
             "type: Opaque", "stringData:", "  %s: %s" % (env_key(C), yq(r, v)), ""]
    else:
        path = r.choice(["k8s/worker-deployment.yaml", "deploy/k8s/%s-sync.yaml" % sl])
        L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s-sync" % sl, "spec:", "  replicas: 1",
             "  selector:", "    matchLabels:", "      app: %s-sync" % sl, "  template:", "    metadata:", "      labels:",
             "        app: %s-sync" % sl, "    spec:", "      containers:", "        - name: worker",
             "          image: registry.%s/%s-sync:%s" % (r.choice(DOMAINS), sl, r.choice(["1.2.0", "2024.05.1"])),
             "          env:", "            - name: LOG_LEVEL", "              value: info",
             "            - name: %s" % env_key(C), "              value: %s" % yq(r, v), ""]
    return path, "kubernetes", "\n".join(L)


@tpl("tfvars", NO_PEM)
def t_tfvars(C):
    r = C.r
    path = r.choice(["infra/terraform.tfvars", "terraform/env/prod.tfvars", "infra/staging.auto.tfvars"])
    L = ['region          = "%s"' % r.choice(["eu-west-1", "us-east-1", "europe-west2"]), 'environment     = "%s"' % r.choice(["prod", "staging"]),
         'service_name    = "%s-sync"' % slug(C), "instance_count  = %d" % r.choice([1, 2, 3]), ""]
    cid = C.s.get("cid") or C.s.get("uid")
    if cid:
        L.append('%s = "%s"' % (C.idname("snake"), cid))
    L += ['%s = "%s"' % (C.name("snake"), cfgval(C, "dollar")), "", "tags = {", '  team = "events"', '  cost_center = "%d"' % r.randint(100, 999), "}", ""]
    return path, "terraform", "\n".join(L)


@tpl("postman_env", NO_PEM)
def t_postman(C):
    r = C.r
    sl = slug(C)
    vals = [{"key": "baseUrl", "value": base_url(C), "type": "default", "enabled": True}]
    cid = C.s.get("cid") or C.s.get("uid")
    if cid:
        vals.append({"key": C.idname("camel"), "value": cid, "type": "default", "enabled": True})
    vals.append({"key": C.name("camel"), "value": "@@SLOT@@", "type": r.choice(["secret", "default"]), "enabled": True})
    obj = {"id": uuid4(r), "name": "%s %s" % (camel_cls(sl), r.choice(["prod", "staging", "local"])), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": "2024-%02d-%02dT10:%02d:11.204Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
           "_postman_exported_using": "Postman/10.%d.%d" % (r.randint(10, 24), r.randint(0, 9))}
    txt = json.dumps(obj, indent=r.choice([2, 4])).replace('"@@SLOT@@"', '"%s"' % cfgval(C, "mustache"))
    return "postman/%s.postman_environment.json" % sl, "postman", txt + "\n"


@tpl("http_file", REQ_ONLY)
def t_http_file(C):
    r = C.r
    sl = slug(C)
    spec = build_spec(C, ("v", C.v))
    tok = lambda parts: "".join(x.lit if t == "v" and x.env is None else ("{{%s}}" % x.env if t == "v" else ("{{%s}}" % x if t == "e" else x)) for t, x in parts)  # noqa: E731
    L = ["### %s" % r.choice(["List upcoming", "Smoke test", "Token request"]) + " (%s)" % camel_cls(sl), ""]
    L.append("%s %s" % (spec["method"], tok(spec["url"])))
    for h, p in spec["headers"]:
        L.append("%s: %s" % (h, tok(p)))
    if spec["basic"]:
        L.append("Authorization: Basic %s %s" % (tok(spec["basic"][0]), tok(spec["basic"][1])))
    if spec["body"]:
        if spec["body"][0] == "json":
            L += ["Content-Type: application/json", "", json.dumps({k: tok(p) for k, p in spec["body"][1]}, indent=2)]
        else:
            L += ["Content-Type: application/x-www-form-urlencoded", "", "&".join("%s=%s" % (k, tok(p)) for k, p in spec["body"][1])]
    L += ["", "###", ""]
    return r.choice(["requests/%s.http" % sl, "api.http", "http/%s.http" % sl]), "http", "\n".join(L)


def tok_text(parts, style="shell"):
    out = []
    for t, x in parts:
        if t == "v":
            out.append(x.lit if x.env is None else env_text(style, x.env))
        elif t == "e":
            out.append(env_text(style, x))
        else:
            out.append(x)
    return "".join(out)


@tpl("zapier_export", REQ_ONLY)
def t_zapier(C):
    r = C.r
    sl = slug(C)
    spec = build_spec(C, ("v", C.v))
    headers = {h: tok_text(p, "mustache") for h, p in spec["headers"]}
    params = {"method": spec["method"], "url": tok_text(spec["url"], "mustache"), "headers": headers,
              "unflatten": True, "data_pass_through": False}
    if spec["basic"]:
        params["basic_auth"] = "%s|%s" % (tok_text(spec["basic"][0]), tok_text(spec["basic"][1], "mustache"))
    if spec["body"]:
        params["data"] = {k: tok_text(p, "mustache") for k, p in spec["body"][1]}
    zap = {"metadata": {"version": 2}, "zaps": [{"id": r.randint(100000000, 299999999),
           "title": "%s -> Slack #%s" % (camel_cls(sl), r.choice(["events", "bookings", "front-desk"])), "status": r.choice(["on", "off"]),
           "steps": [
               {"id": r.randint(10 ** 8, 10 ** 9), "app": "ScheduleAPI", "action": "every_hour", "params": {"trigger_on_weekends": "no"}},
               {"id": r.randint(10 ** 8, 10 ** 9), "app": "WebhookAPI", "action": "custom", "params": params},
               {"id": r.randint(10 ** 8, 10 ** 9), "app": "SlackAPI", "action": "channel_message",
                "params": {"channel": "C0%s" % rs(r, 9, UPD), "text": "New booking: {{%d__name}}" % r.randint(100, 999)}}]}]}
    return r.choice(["zapier/%s-zap.json" % sl, "automation/zapier-export.json"]), "zapier-json", json.dumps(zap, indent=2) + "\n"


@tpl("make_blueprint", REQ_ONLY)
def t_make(C):
    r = C.r
    sl = slug(C)
    spec = build_spec(C, ("v", C.v))
    hdrs = [{"name": h, "value": tok_text(p, "make")} for h, p in spec["headers"]]
    mapper = {"url": tok_text(spec["url"], "make"), "method": spec["method"].lower(), "headers": hdrs,
              "parseResponse": True, "timeout": str(r.choice([30, 60]))}
    if spec["basic"]:
        mapper["username"] = tok_text(spec["basic"][0])
        mapper["password"] = tok_text(spec["basic"][1], "make")
    if spec["body"]:
        mapper["bodyType"] = "x_www_form_urlencoded" if spec["body"][0] == "form" else "raw"
        mapper["fields"] = [{"key": k, "value": tok_text(p, "make")} for k, p in spec["body"][1]]
    bp = {"name": "%s sync" % camel_cls(sl), "flow": [
        {"id": 1, "module": "builtin:BasicScheduler", "version": 1, "parameters": {}, "mapper": {}},
        {"id": 2, "module": "http:ActionSendData", "version": 3, "parameters": {"handleErrors": False}, "mapper": mapper,
         "metadata": {"designer": {"x": 300, "y": 0}}},
        {"id": 3, "module": "google-sheets:addRow", "version": 2, "parameters": {"__IMTCONN__": r.randint(1000000, 9999999)},
         "mapper": {"sheetId": "Bookings", "values": {"0": "{{2.data.id}}"}}}],
        "metadata": {"version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3, "autoCommit": True}}}
    return r.choice(["make/%s.blueprint.json" % sl, "automation/make-%s.json" % sl]), "make-json", json.dumps(bp, indent=r.choice([2, 4])) + "\n"


@tpl("md_runbook", NO_PEM)
def t_md_runbook(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["notes/runbook.md", "docs/integrations/%s.md" % sl, "docs/runbooks/%s-outage.md" % sl, "ops/%s.md" % sl])
    L = ["# %s runbook" % camel_cls(sl), "", "Owner: %s  " % email(r), "Last reviewed: 2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), "",
         "## Symptoms", "", "- bookings stop appearing on the dashboard", "- the `%s-sync` job logs 401/429 errors" % sl, "",
         "## Check the connection", ""]
    if C.K["auth"] == "signing":
        L += ["Webhook payloads are signed (`%s`). Recompute locally:" % C.K["sighdr"], "", "```bash"] + usage("sh", C, ("v", C.v)) + ["```"]
    else:
        L += ["```bash"] + usage("sh", C, ("v", C.v)) + ["```"]
    L += ["", "If this returns 401, rotate the credential in the provider dashboard and update the deployment.", "",
          "## Escalation", "", "Page #%s-oncall, then the vendor support portal." % r.choice(["events", "platform", "bookings"]), ""]
    return path, "markdown", "\n".join(L)


@tpl("md_setup", NO_PEM)
def t_md_setup(C):
    r = C.r
    sl = slug(C)
    path = r.choice(["docs/setup.md", "SETUP.md", "docs/local-development.md", "CONTRIBUTING.md"])
    L = ["# Local setup", "", "1. Install dependencies: `%s`" % r.choice(["npm ci", "pip install -r requirements.txt", "bundle install"]),
         "2. Copy the env template and fill it in:", "", "```dotenv"]
    L += id_line(C, "screaming", "%s=%s")
    L += ["%s=%s" % (env_key(C), C.v.cfg("angle") if C.v.env else C.v.lit), "```", "",
          "3. Start the stack with `docker compose up`.", "", "> %s" % r.choice([
              "The %s sandbox is shared with QA; don't delete events you didn't create." % camel_cls(sl),
              "Ask in #dev if you need access to the %s account." % camel_cls(sl)]), ""]
    return path, "markdown", "\n".join(L)


def ics_fold(line):
    out = []
    while len(line) > 75:
        out.append(line[:75])
        line = " " + line[75:]
    out.append(line)
    return out


def ics_dt(r):
    return "2024%02d%02dT%02d%02d00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(7, 20), r.choice([0, 15, 30, 45]))


def ics_span(r):
    m, d, h = r.randint(1, 12), r.randint(1, 28), r.randint(7, 17)
    mi = r.choice([0, 15, 30])
    dur = r.choice([30, 45, 60, 90])
    e = h * 60 + mi + dur
    return ["DTSTART:2024%02d%02dT%02d%02d00Z" % (m, d, h, mi), "DTEND:2024%02d%02dT%02d%02d00Z" % (m, d, e // 60, e % 60)]


@tpl("ics_handover", lambda K: K["auth"] != "pem")
def t_ics(C):
    r = C.r
    sl = slug(C)
    val = C.v.lit if C.v.env is None else r.choice(["see 1Password item %s" % camel_cls(sl), "in vault at %s" % C.v.env])
    desc = "Handover for the %s integration.\\nDashboard login is SSO.\\n%s: %s\\nPlease rotate after the event." % (
        camel_cls(sl), r.choice(["API credential", "Key", "Secret for the sync job", "Token"]), val)
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Ops Calendar//EN" % C.org, "CALSCALE:GREGORIAN", "METHOD:REQUEST",
         "BEGIN:VEVENT", "UID:%s@%s" % (uuid4(r), r.choice(DOMAINS)), "DTSTAMP:%s" % ics_dt(r)] + ics_span(r) + ["SUMMARY:%s handover" % camel_cls(sl), "ORGANIZER;CN=%s:mailto:%s" % (person(r)[0].capitalize(), email(r))]
    L += ["DESCRIPTION:" + desc]
    L += ["ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % email(r), "LOCATION:%s office" % r.choice(CITIES),
          "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", ""]
    return r.choice(["calendar/handover.ics", "docs/%s-handover.ics" % sl, "invites/kickoff.ics"]), "ics", "\r\n".join(L)


@tpl("csv_inventory", lambda K: K["auth"] != "pem")
def t_csv(C):
    r = C.r
    L = ["service,environment,owner,key_name,value,rotated_at"]
    others = ["mailgun", "stripe", "slack", "twilio", "sentry", "hubspot"]
    rows = []
    for o in r.sample(others, r.randint(2, 5)):
        rows.append("%s,%s,%s,%s,%s,2024-%02d-%02d" % (o, r.choice(["prod", "staging"]), email(r), r.choice(["api_key", "token", "secret"]),
                                                     r.choice(["********", "(in vault)", "[redacted]", "", "see 1Password"]), r.randint(1, 12), r.randint(1, 28)))
    val = C.v.lit if C.v.env is None else "env:%s" % C.v.env
    rows.insert(r.randrange(len(rows) + 1), "%s,%s,%s,%s,%s,2024-%02d-%02d" % (slug(C), r.choice(["prod", "staging"]), email(r), C.name("snake"),
                                                                               val, r.randint(1, 12), r.randint(1, 28)))
    return r.choice(["exports/integrations.csv", "ops/credentials-inventory.csv", "audit/keys_2024.csv"]), "csv", "\n".join(L + rows) + "\n"


@tpl("sh_curl", NO_PEM)
def t_sh_curl(C):
    r = C.r
    sl = slug(C)
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "# %s" % r.choice(["quick smoke test against %s" % camel_cls(sl), "used by the deploy pipeline"]), ""]
    if C.obvious and r.random() < 0.6:
        nm = C.name("screaming")
        v = C.v.lit if C.v.env is None else "${%s:?missing}" % C.v.env
        L += ['%s="%s"' % (nm, v), ""]
        sx = ("x", "${%s}" % nm)
    else:
        sx = ("v", C.v)
    L += usage("sh", C, sx) + ["", 'echo "ok"', ""]
    return r.choice(["scripts/%s-smoke.sh" % sl, "bin/check-%s.sh" % sl, "scripts/fetch_%s.sh" % sl]), "shell", "\n".join(L)


@tpl("xml_appconfig", NO_PEM)
def t_xml(C):
    r = C.r
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
         '    <add key="Environment" value="%s" />' % r.choice(["Production", "Staging"]),
         '    <add key="DefaultTimeZone" value="%s" />' % r.choice(TZS)]
    cid = C.s.get("cid") or C.s.get("uid")
    if cid:
        L.append('    <add key="%s" value="%s" />' % (C.idname("pascal"), cid))
    L += ['    <add key="%s" value="%s" />' % (C.name("pascal"), cfgval(C, "percent")), "  </appSettings>",
          "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', "  </system.web>", "</configuration>", ""]
    return r.choice(["App.config", "src/BookingSync/App.config", "Web.config"]), "xml", "\n".join(L)


@tpl("caldav_vdirsyncer", lambda K: K["p"] == "caldav", special=True)
def t_vdirsyncer(C):
    r = C.r
    v = C.v.lit if C.v.env is None else None
    pw_line = 'password = "%s"' % v if v is not None else 'password.fetch = ["command", "pass", "show", "%s"]' % r.choice(["caldav/work", "dav/nextcloud"])
    L = ["[general]", 'status_path = "~/.vdirsyncer/status/"', "", "[pair calendars]", 'a = "local_calendar"', 'b = "remote_calendar"',
         'collections = ["from a", "from b"]', 'metadata = ["color", "displayname"]', "", "[storage local_calendar]",
         'type = "filesystem"', 'path = "~/.calendars/"', 'fileext = ".ics"', "", "[storage remote_calendar]", 'type = "caldav"',
         'url = "%s"' % C.s.get("server", "https://caldav.example.com/"), 'username = "%s"' % C.s.get("user", "me"), pw_line, ""]
    return r.choice(["dotfiles/vdirsyncer/config", ".config/vdirsyncer/config", "vdirsyncer.conf"]), "ini", "\n".join(L)


@tpl("caldav_url", lambda K: K["p"] == "caldav", special=True)
def t_caldav_url(C):
    r = C.r
    srv = C.s.get("server", "https://caldav.example.com/")
    user = C.s.get("user", "me").replace("@", "%40")
    scheme, rest = srv.split("://", 1)
    if C.v.env is None:
        u = "%s://%s:%s@%s" % (scheme, user, C.v.lit, rest)
    else:
        u = "%s://%s@%s" % (scheme, user, rest)
    L = ["# calendar sources for the room display", "calendars:", "  - name: %s" % r.choice(["Meeting Room A", "Studio", "Front desk"]),
         "    url: %s" % u, "    refresh_minutes: %d" % r.choice([5, 10, 15]), "  - name: Holidays",
         "    url: https://calendar.google.com/calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics", ""]
    return r.choice(["config/calendars.yml", "roomdisplay/sources.yaml"]), "yaml", "\n".join(L)


@tpl("google_sa_json", lambda K: K["p"] == "google", special=True)
def t_sa_json(C):
    r = C.r
    s = C.s
    pk = C.v.lit if C.v.env is None else C.v.cfg("dollar")
    obj = [("type", "service_account"), ("project_id", s.get("project", "")), ("private_key_id", s.get("kid", "")),
           ("private_key", "@@SLOT@@"), ("client_email", s.get("client_email", "")), ("client_id", s.get("cid", "")),
           ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
           ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
           ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/%s" % s.get("client_email", "").replace("@", "%40")),
           ("universe_domain", "googleapis.com")]
    txt = "{\n" + ",\n".join('  "%s": "%s"' % (k, v) for k, v in obj) + "\n}\n"
    txt = txt.replace('"@@SLOT@@"', '"%s"' % pk)
    return r.choice(["credentials/service-account.json", "secrets/gcal-sa.json", "config/google-calendar-key.json",
                     "%s-%s.json" % (s.get("project", "proj"), s.get("kid", "0")[:12])]), "json", txt


# ----------------------------------------------------------------------------------------
# negative slot values
def neg_value(r, K, sec):
    p = K["pfx"]
    n = len(sec.get("needle", sec["secret"]))
    words = K["words"][0]
    pem = K["auth"] == "pem"
    c = r.choice(["placeholder", "placeholder", "env_ref", "env_ref", "secret_manager_ref", "masked", "empty", "doc_example"])
    if c == "placeholder":
        if pem:
            return Val(r.choice(["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",
                                 "-----BEGIN PRIVATE KEY-----\\nREPLACE_WITH_YOUR_KEY\\n-----END PRIVATE KEY-----\\n",
                                 "<paste private_key from the JSON key file>"]), cat=c)
        opts = ["YOUR_%s" % K["env"], "<your-%s>" % "-".join(words), "your-%s-here" % "-".join(words[-2:]),
                "changeme", "CHANGE_ME", "REPLACE_ME", "TODO", "xxxxxxxx", "placeholder", "<%s>" % "_".join(words).upper()]
        if p:
            opts.append(p + r.choice("xX") * max(8, n - len(p)))
        else:
            opts.append(r.choice("xX") * max(8, min(n, 40)))
        return Val(r.choice(opts), cat=c)
    if c == "env_ref":
        return Val(env=K["env"] if r.random() < 0.7 else "_".join(words).upper(), cat=c)
    if c == "secret_manager_ref":
        sl = K["p"]
        opts = ["vault:secret/data/%s/%s#%s" % (r.choice(["prod", "events", "apps"]), sl, "_".join(words[1:]) or "value"),
                "arn:aws:secretsmanager:%s:%d:secret:%s/%s-%s" % (r.choice(["us-east-1", "eu-west-1"]), r.randint(10 ** 11, 10 ** 12 - 1),
                                                                 r.choice(["prod", "staging"]), sl, rs(r, 6)),
                "projects/%s-%s/secrets/%s/versions/latest" % (r.choice(ORGS), r.choice(["prod", "stg"]), "-".join(words)),
                "op://%s/%s/credential" % (r.choice(["Events", "Engineering", "Ops"]), sl.capitalize()),
                "${ssm:/%s/%s/%s}" % (r.choice(["prod", "staging"]), sl, "_".join(words[1:]) or "key"),
                "azurekeyvault://kv-%s/secrets/%s" % (r.choice(ORGS), "-".join(words))]
        return Val(r.choice(opts), cat=c)
    if c == "masked":
        if pem:
            return Val("-----BEGIN PRIVATE KEY-----\\n[REDACTED]\\n-----END PRIVATE KEY-----\\n", cat=c)
        opts = ["*" * r.choice([8, 12, 16]), "[REDACTED]", "<redacted>", "REDACTED", "********%s" % rs(r, 4, LOD)]
        if p:
            opts.append(p + "*" * max(6, n - len(p) - 4) + rs(r, 4, LOD))
        return Val(r.choice(opts), cat=c)
    if c == "empty":
        return Val("", cat=c)
    # doc_example: obviously illustrative values
    if pem:
        return Val("-----BEGIN PRIVATE KEY-----\\nEXAMPLE\\n-----END PRIVATE KEY-----\\n", cat=c)
    opts = ["example-%s" % "-".join(words[-2:]), "EXAMPLE_%s" % "_".join(words).upper(), "abc123", "test", "my-%s" % words[-1],
            "{%s}" % "_".join(words[-2:]).upper(), "1234567890"]
    if p:
        opts.append(p + "EXAMPLE")
    return Val(r.choice(opts), cat=c)


# ----------------------------------------------------------------------------------------
# domain look-alike negatives: each returns (path, filetype, text, provider, kind)
LOOK = []


def look(f):
    LOOK.append(f)
    return f


def ev_id(r):
    return str(r.randint(10 ** 11, 10 ** 12 - 1))


@look
def n_ics_invite(r):
    mid = r.randint(10 ** 9, 10 ** 11 - 1)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
         "BEGIN:VTIMEZONE", "TZID:%s" % r.choice(TZS), "END:VTIMEZONE", "BEGIN:VEVENT",
         "DTSTART;TZID=%s:2024%02d%02dT%02d0000" % (r.choice(TZS), r.randint(1, 12), r.randint(1, 28), r.randint(8, 17)),
         "DTEND;TZID=%s:2024%02d%02dT%02d3000" % (r.choice(TZS), r.randint(1, 12), r.randint(1, 28), r.randint(8, 17)),
         "DTSTAMP:%s" % ics_dt(r), "ORGANIZER;CN=%s:mailto:%s" % (person(r)[0].capitalize(), email(r)),
         "UID:%s@google.com" % rs(r, 26, LOD), "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % email(r),
         "X-MICROSOFT-CDO-OWNERAPPTID:%d" % r.randint(-2 ** 31, 2 ** 31 - 1),
         "DESCRIPTION:Join Zoom Meeting\\nhttps://us02web.zoom.us/j/%d\\n\\nMeeting ID: %s" % (mid, " ".join([str(mid)[:3], str(mid)[3:7], str(mid)[7:]])),
         "LOCATION:https://us02web.zoom.us/j/%d" % mid, "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:%s planning sync" % r.choice(EVENTS),
         "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR", ""]
    return r.choice(["invites/planning.ics", "docs/meeting.ics", "fixtures/invite.ics"]), "ics", "\r\n".join(L), "zoom", "ical_uid"


@look
def n_ics_bookings(r):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Bookings Export//EN" % r.choice(["Cal.com Inc.", "Acuity Scheduling", "Setmore"]),
         "X-WR-CALNAME:%s" % r.choice(["Studio bookings", "Consultations", "Class schedule"]), "X-WR-TIMEZONE:%s" % r.choice(TZS)]
    for _ in range(r.randint(2, 4)):
        f, l = person(r)
        L += ["BEGIN:VEVENT", "UID:%s" % r.choice([uuid4(r), "%s@cal.com" % rs(r, 22), "booking-%d@acuityscheduling.com" % r.randint(10 ** 8, 10 ** 9)]),
              "DTSTAMP:%s" % ics_dt(r)] + ics_span(r) + [
              "SUMMARY:%s with %s %s" % (r.choice(["Intro call", "Massage 60min", "Consultation", "Yoga private"]), f.capitalize(), l.capitalize()),
              "DESCRIPTION:Booking reference: %s\\nReschedule: https://%s/booking/%s?reschedule=true" % (
                  rs(r, 6, UPD), r.choice(["cal.com", "app.acuityscheduling.com"]), rs(r, 22)),
              "ATTENDEE;CN=%s %s:mailto:%s" % (f.capitalize(), l.capitalize(), email(r)), "END:VEVENT"]
    L += ["END:VCALENDAR", ""]
    return r.choice(["exports/bookings.ics", "calendar/export.ics", "public/schedule.ics"]), "ics", "\r\n".join(L), "calcom", "calendar_uid"


@look
def n_csv_eventbrite(r):
    L = ["Order #,Order Date,First Name,Last Name,Email,Ticket Type,Barcode #,Attendee #,Attendee Status"]
    for _ in range(r.randint(4, 12)):
        f, l = person(r)
        o = r.randint(10 ** 9, 10 ** 10 - 1)
        a = r.randint(10 ** 10, 10 ** 11 - 1)
        L.append("%d,2024-%02d-%02d %02d:%02d,%s,%s,%s,%s,%d%d001,%d,%s" % (
            o, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), f.capitalize(), l.capitalize(), email(r),
            r.choice(["General Admission", "Early Bird", "VIP", "Student"]), o, a, a, r.choice(["Attending", "Checked In", "Not Attending"])))
    return r.choice(["exports/eventbrite_attendees.csv", "data/attendees-%d.csv" % r.randint(1, 30), "reports/orders.csv"]), "csv", "\n".join(L) + "\n", "eventbrite", "ticket_barcode"


@look
def n_csv_tito(r):
    L = ["Ticket Reference,Registration Reference,Ticket,Name,Email,Company,Checked in,Created at"]
    for _ in range(r.randint(4, 10)):
        ref = rs(r, 4, UP)
        f, l = person(r)
        L.append("%s-%d,%s,%s,%s %s,%s,%s,%s,2024-%02d-%02dT%02d:%02d:00Z" % (
            ref, r.randint(1, 4), ref, r.choice(["Conference Pass", "Workshop", "Speaker"]), f.capitalize(), l.capitalize(), email(r),
            r.choice(ORGS), r.choice(["true", "false"]), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)))
    return r.choice(["exports/tito-tickets.csv", "data/registrations.csv"]), "csv", "\n".join(L) + "\n", "tito", "booking_reference"


@look
def n_csv_square(r):
    L = ["booking_id,location_id,customer_id,service_variation_id,start_at,status"]
    loc = "L" + rs(r, 12, UPD)
    for _ in range(r.randint(3, 9)):
        L.append("%s,%s,%s,%s,2024-%02d-%02dT%02d:00:00Z,%s" % (rs(r, 14, LOD), loc, rs(r, 26, UPD), rs(r, 24, UPD), r.randint(1, 12),
                                                             r.randint(1, 28), r.randint(8, 18), r.choice(["ACCEPTED", "CANCELLED_BY_CUSTOMER", "PENDING"])))
    return "exports/square_bookings.csv", "csv", "\n".join(L) + "\n", "square", "booking_id"


@look
def n_json_eb_webhook(r):
    o = r.randint(10 ** 9, 10 ** 10 - 1)
    obj = {"api_url": "https://www.eventbriteapi.com/v3/orders/%d/" % o,
           "config": {"action": "order.placed", "endpoint_url": "https://%s/webhooks/eventbrite" % r.choice(DOMAINS),
                      "user_id": str(r.randint(10 ** 11, 10 ** 12 - 1)), "webhook_id": str(r.randint(10 ** 6, 10 ** 7 - 1))}}
    return r.choice(["tests/fixtures/eventbrite_order_placed.json", "spec/fixtures/eventbrite/webhook.json"]), "json", json.dumps(obj, indent=2) + "\n", "eventbrite", "order_id"


@look
def n_json_calendly_webhook(r):
    ev, inv = uuid4(r), uuid4(r)
    body = {"created_at": "2024-%02d-%02dT10:00:00.000000Z" % (r.randint(1, 12), r.randint(1, 28)), "event": "invitee.created",
            "payload": {"uri": "https://api.calendly.com/scheduled_events/%s/invitees/%s" % (ev, inv), "email": email(r),
                        "name": " ".join(x.capitalize() for x in person(r)), "status": "active",
                        "scheduled_event": {"uri": "https://api.calendly.com/scheduled_events/%s" % ev,
                                            "event_type": "https://api.calendly.com/event_types/%s" % rs(r, 16, UPD),
                                            "location": {"type": "zoom", "join_url": "https://us06web.zoom.us/j/%d" % r.randint(10 ** 10, 10 ** 11 - 1)}},
                        "cancel_url": "https://calendly.com/cancellations/%s" % inv, "reschedule_url": "https://calendly.com/reschedulings/%s" % inv}}
    sig = "t=%d,v1=%s" % (r.randint(1700000000, 1730000000), hexs(r, 64))
    obj = {"headers": {"Calendly-Webhook-Signature": sig, "Content-Type": "application/json"}, "body": body}
    return "tests/fixtures/calendly/invitee_created.json", "json", json.dumps(obj, indent=2) + "\n", "calendly", "signature"


@look
def n_py_barcode_test(r):
    codes = ["%d%d001" % (r.randint(10 ** 9, 10 ** 10 - 1), r.randint(10 ** 10, 10 ** 11 - 1)) for _ in range(3)]
    qr = "TKT1:%s:%s:%s" % (ev_id(r), r.randint(10 ** 8, 10 ** 9), hexs(r, 16))
    L = ['"""Ticket barcode helpers."""', "import pytest", "", "from tickets.barcodes import luhn_ok, parse_qr", "",
         "VALID = ["] + ['    "%s",' % c for c in codes] + ["]", "", "", "@pytest.mark.parametrize(\"code\", VALID)",
         "def test_barcode_length(code):", "    assert len(code) == %d" % len(codes[0]), "", "",
         "def test_parse_qr():", '    payload = "%s"' % qr, "    parsed = parse_qr(payload)",
         '    assert parsed.version == 1', '    assert parsed.event_id == "%s"' % qr.split(":")[1],
         "    # last field is a truncated HMAC tag, not a key", '    assert len(parsed.tag) == 16', ""]
    return r.choice(["tests/test_barcodes.py", "tickets/tests/test_qr.py"]), "python", "\n".join(L), "eventbrite", "qr_payload"


@look
def n_ts_qr(r):
    L = ["import crypto from 'node:crypto';", "", "// QR payload: TKT1:<eventId>:<ticketId>:<tag>",
         "// tag = first 16 hex chars of HMAC-SHA256(payload, TICKET_SIGNING_KEY)", "const KEY = process.env.TICKET_SIGNING_KEY ?? '';", "",
         "export function signTicket(eventId: string, ticketId: string): string {", "  const base = `TKT1:${eventId}:${ticketId}`;",
         "  const tag = crypto.createHmac('sha256', KEY).update(base).digest('hex').slice(0, 16);", "  return `${base}:${tag}`;", "}", "",
         "// example (staging key): %s" % "TKT1:%s:%d:%s" % (ev_id(r), r.randint(10 ** 8, 10 ** 9), hexs(r, 16)), ""]
    return r.choice(["src/tickets/qr.ts", "packages/tickets/src/sign.ts"]), "typescript", "\n".join(L), "eventbrite", "qr_payload"


@look
def n_rb_booking_ref(r):
    refs = ["BK-%s" % rs(r, 6, UPD) for _ in range(3)]
    L = ["# frozen_string_literal: true", "", "class Booking < ApplicationRecord", "  REFERENCE_ALPHABET = %%w[%s].freeze" % " ".join("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
         "", "  before_create :assign_reference", "  validates :opentable_confirmation, length: { maximum: 20 }, allow_nil: true", "",
         "  # e.g. %s" % ", ".join(refs), "  def assign_reference", '    self.reference ||= "BK-" + Array.new(6) { REFERENCE_ALPHABET.sample }.join', "  end",
         "", "  def resy_reservation_url", '    "https://resy.com/cities/%s/%s?date=#{starts_at.to_date}&resy_token=#{resy_token_id}"' % (
             r.choice(["ny", "sf", "la"]), r.choice(["venue-slug", "the-copper-kettle"])), "  end", "end", ""]
    return "app/models/booking.rb", "ruby", "\n".join(L), "resy", "booking_reference"


@look
def n_go_uid(r):
    rows = ['\t\t{"%s", "%s@%s"},' % (ev_id(r), uuid4(r), r.choice(DOMAINS)) for _ in range(3)]
    L = ["package calendar", "", 'import "testing"', "", "func TestEventUID(t *testing.T) {", "\tcases := []struct{ id, want string }{"] + rows + [
         "\t}", "\tfor _, c := range cases {", "\t\tif got := EventUID(c.id); got == \"\" {", '\t\t\tt.Fatalf("empty uid for %s", c.id)', "\t\t}", "\t}", "}", ""]
    return "internal/calendar/uid_test.go", "go", "\n".join(L), "google", "ical_uid"


@look
def n_i18n_yml(r):
    lang = r.choice(["en", "de", "fr", "es"])
    L = ["%s:" % lang, "  integrations:", "    eventbrite:", '      token_label: "Private token"',
         '      token_hint: "Find it under Account Settings > Developer Links > API Keys."', "    zoom:",
         '      client_secret_label: "Client secret"', '      client_secret_hint: "Server-to-Server OAuth app > App credentials"',
         "    caldav:", '      password_label: "Password"', '      password_hint: "Use an app-specific password, not your account password."',
         "  errors:", '    invalid_api_key: "The API key was rejected (401)."', '    missing_token: "Please paste your token first."', ""]
    return "config/locales/%s.yml" % lang, "yaml", "\n".join(L), "eventbrite", "i18n_string"


@look
def n_i18n_json(r):
    obj = {"settings": {"calendly": {"pat": "Personal access token", "patHelp": "Integrations & apps > API and webhooks",
                                     "signingKey": "Webhook signing key"},
                        "square": {"accessToken": "Access token", "applicationId": "Application ID"},
                        "password": "Password", "apiKey": "API key", "save": "Save"}}
    return r.choice(["locales/en.json", "src/i18n/en-US.json", "public/locales/en/common.json"]), "json", json.dumps(obj, indent=2) + "\n", "calendly", "i18n_string"


@look
def n_md_api_guide(r):
    ev = "evt-" + rs(r, 14)
    L = ["# Working with the Luma API", "", "All calls need the `x-luma-api-key` header. Keep the key in your environment:", "", "```bash",
         'export LUMA_API_KEY="<your key from luma.com/calendar/manage/api-keys>"',
         'curl -H "x-luma-api-key: $LUMA_API_KEY" "https://public-api.luma.com/v1/event/get?event_api_id=%s"' % ev, "```", "",
         "Ids you will see:", "", "| prefix | example | what |", "|---|---|---|", "| `evt-` | `%s` | event |" % ev,
         "| `cal-` | `cal-%s` | calendar |" % rs(r, 14), "| `gst-` | `gst-%s` | guest |" % rs(r, 14), "",
         "Event pages are public: https://lu.ma/%s" % rs(r, 8, LOD), ""]
    return r.choice(["docs/luma.md", "notes/luma-api.md"]), "markdown", "\n".join(L), "luma", "event_id"


@look
def n_square_web_payments(r):
    L = ["// Square Web Payments SDK: application id and location id are public (browser) values.",
         "const appId = 'sq0idp-%s';" % rs(r, 22, B64U), "const locationId = 'L%s';" % rs(r, 12, UPD), "",
         "async function initCard() {", "  const payments = window.Square.payments(appId, locationId);", "  const card = await payments.card();",
         "  await card.attach('#card-container');", "  return card;", "}", "",
         "document.addEventListener('DOMContentLoaded', () => {", "  initCard().catch(console.error);", "});", ""]
    return r.choice(["public/js/checkout.js", "src/web/payments.js", "assets/js/square-card.js"]), "javascript", "\n".join(L), "square", "publishable_key"


@look
def n_calendly_embed(r):
    who = r.choice(ORGS)
    L = ["<!-- Calendly inline widget begin -->", '<div class="calendly-inline-widget" data-url="https://calendly.com/%s/%s?hide_gdpr_banner=1" style="min-width:320px;height:700px;"></div>' % (
        who, r.choice(["30min", "intro-call", "demo"])), '<script type="text/javascript" src="https://assets.calendly.com/assets/external/widget.js" async></script>',
        "<!-- Calendly inline widget end -->", "", '<iframe src="https://app.acuityscheduling.com/schedule.php?owner=%d" title="Schedule Appointment" width="100%%" height="800" frameBorder="0"></iframe>' % r.randint(10 ** 7, 4 * 10 ** 7),
        '<script src="https://embed.acuityscheduling.com/js/embed.js" type="text/javascript"></script>', ""]
    return r.choice(["templates/partials/booking.html", "public/book.html", "themes/site/booking.html"]), "html", "\n".join(L), "calendly", "public_widget"


@look
def n_eb_widget(r):
    eid = ev_id(r)
    L = ["<button id=\"eventbrite-widget-modal-trigger-%s\" type=\"button\">Buy Tickets</button>" % eid,
         '<script src="https://www.eventbrite.com/static/widgets/eb_widgets.js"></script>', "<script type=\"text/javascript\">",
         "  var exampleCallback = function () { console.log('Order complete!'); };", "  window.EBWidgets.createWidget({",
         "    widgetType: 'checkout',", "    eventId: '%s'," % eid, "    modal: true,", "    modalTriggerElementId: 'eventbrite-widget-modal-trigger-%s'," % eid,
         "    onOrderComplete: exampleCallback", "  });", "</script>", "",
         '<tito-widget event="%s/%s"></tito-widget>' % (r.choice(ORGS), r.choice(["devsummit-2024", "spring-gala", "meetup-42"])),
         '<script src="https://js.tito.io/v2" async></script>', ""]
    return r.choice(["_includes/tickets.html", "src/components/tickets.html", "layouts/partials/buy.html"]), "html", "\n".join(L), "eventbrite", "event_id"


@look
def n_tm_ids(r):
    evs = [{"id": r.choice(["vvG1", "G5v", "Z7r9jZ1A", "1AvjZb"]) + rs(r, r.randint(10, 12)), "name": r.choice(EVENTS),
            "venueId": "KovZ" + rs(r, 8), "attractionId": "K8vZ91" + rs(r, 6), "url": "https://www.ticketmaster.com/event/%s" % hexs(r, 16).upper()} for _ in range(r.randint(2, 4))]
    obj = {"_comment": "cached Discovery API ids; api key is read from TICKETMASTER_API_KEY at runtime", "events": evs}
    return r.choice(["data/ticketmaster_events.json", "fixtures/tm-events.json"]), "json", json.dumps(obj, indent=2) + "\n", "ticketmaster", "event_id"


@look
def n_zoom_meeting(r):
    mid = r.randint(10 ** 10, 10 ** 11 - 1)
    obj = {"uuid": base64.b64encode(rbytes(r, 16)).decode(), "id": mid, "host_id": rs(r, 22, B64U), "host_email": email(r),
           "topic": r.choice(EVENTS), "type": 2, "start_time": "2024-%02d-%02dT15:00:00Z" % (r.randint(1, 12), r.randint(1, 28)),
           "duration": 60, "timezone": r.choice(TZS), "join_url": "https://us06web.zoom.us/j/%d" % mid,
           "settings": {"waiting_room": True, "join_before_host": False}}
    return r.choice(["tests/fixtures/zoom_meeting.json", "spec/fixtures/zoom/meeting_created.json"]), "json", json.dumps(obj, indent=2) + "\n", "zoom", "meeting_id"


@look
def n_graph_cert(r):
    obj = {"AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": uuid4(r), "ClientId": uuid4(r),
                       "ClientCertificates": [{"SourceType": "StoreWithThumbprint", "CertificateStorePath": "CurrentUser/My",
                                               "CertificateThumbprint": hexs(r, 40).upper()}]},
           "Graph": {"BaseUrl": "https://graph.microsoft.com/v1.0", "Scopes": ["https://graph.microsoft.com/.default"],
                     "RoomMailbox": "room-%s@%s" % (r.choice(["a", "b", "boardroom"]), r.choice(DOMAINS))}}
    return r.choice(["appsettings.json", "src/RoomSync/appsettings.Production.json"]), "json", json.dumps(obj, indent=2) + "\n", "microsoft", "client_id"


@look
def n_gcal_ids(r):
    L = ["# Calendars mirrored to the lobby screen (ids are not secrets)", "calendars:"]
    for _ in range(r.randint(2, 4)):
        L += ["  - id: c_%s@group.calendar.google.com" % hexs(r, 64), "    label: %s" % r.choice(["Room A", "Studio 2", "Events", "Classes"])]
    L += ["sheet_id: %s" % rs(r, 44, AN + "-_"), "service_account: %s@%s.iam.gserviceaccount.com" % (r.choice(["lobby", "sync"]), r.choice(ORGS)),
          "credentials_file: /var/run/secrets/gcal/key.json", ""]
    return r.choice(["config/calendars.yml", "lobby/config.yaml"]), "yaml", "\n".join(L), "google", "calendar_id"


@look
def n_package_lock(r):
    deps = {}
    for name in r.sample(["@calcom/embed-react", "ical-generator", "luxon", "node-fetch", "qrcode", "googleapis", "rrule", "date-fns"], 4):
        deps["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                                        "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
                                        "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode()}
    obj = {"name": "booking-web", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": deps}
    return "package-lock.json", "json", json.dumps(obj, indent=2) + "\n", "calcom", "integrity_hash"


@look
def n_compose_digest(r):
    L = ["services:", "  api:", "    image: ghcr.io/%s/events-api@sha256:%s" % (r.choice(ORGS), hexs(r, 64)), "    environment:",
         "      CALENDLY_API_TOKEN: ${CALENDLY_API_TOKEN}", "      ZOOM_CLIENT_SECRET: ${ZOOM_CLIENT_SECRET:?set in .env}",
         "      ZOOM_ACCOUNT_ID: ${ZOOM_ACCOUNT_ID}", "  redis:", "    image: redis@sha256:%s" % hexs(r, 64), ""]
    return r.choice(["docker-compose.yml", "compose.prod.yaml"]), "docker-compose", "\n".join(L), "calendly", "digest"


@look
def n_gha_pinned(r):
    L = ["name: sync", "on:", "  schedule:", "    - cron: '0 * * * *'", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@%s # v4" % hexs(r, 40), "      - uses: actions/setup-node@%s # v4" % hexs(r, 40),
         "      - run: npm ci", "      - run: node scripts/sync-bookings.js", "        env:",
         "          SQUARE_ACCESS_TOKEN: ${{ secrets.SQUARE_ACCESS_TOKEN }}", "          CAL_API_KEY: ${{ secrets.CAL_API_KEY }}",
         "          TITO_API_TOKEN: ${{ secrets.TITO_API_TOKEN }}", ""]
    return ".github/workflows/sync.yml", "github-actions", "\n".join(L), "square", "pinned_sha"


@look
def n_rails_enc(r):
    blob = base64.b64encode(rbytes(r, r.randint(300, 600))).decode()
    txt = "%s--%s--%s" % (blob, base64.b64encode(rbytes(r, 12)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    return "config/credentials.yml.enc", "ciphertext", txt, "eventbrite", "ciphertext"


@look
def n_ansible_vault(r):
    raw = hexs(r, r.choice([320, 400, 480]))
    hexed = "".join("%02x" % ord(c) for c in raw)[:r.choice([800, 960])]
    L = ["---", "zoom_account_id: %s" % rs(r, 22, B64U), "zoom_client_id: %s" % rs(r, 22, AN + "_"), "zoom_client_secret: !vault |",
         "  $ANSIBLE_VAULT;1.1;AES256"] + ["  " + hexed[i:i + 80] for i in range(0, len(hexed), 80)] + [""]
    return r.choice(["group_vars/prod/vault.yml", "inventories/prod/group_vars/all/zoom.yml"]), "yaml", "\n".join(L), "zoom", "ciphertext"


@look
def n_sops(r):
    enc = lambda n: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(),
                                                                      base64.b64encode(rbytes(r, 16)).decode())  # noqa: E731
    L = ["mindbody:", "    api_key: %s" % enc(32), "    site_id: '-99'", "calcom:", "    api_key: %s" % enc(41), "sops:",
         "    kms:", "        - arn: arn:aws:kms:eu-west-1:%d:key/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), uuid4(r)),
         "          created_at: \"2024-%02d-%02dT09:12:44Z\"" % (r.randint(1, 12), r.randint(1, 28)),
         "          enc: %s" % base64.b64encode(rbytes(r, 180)).decode(), "    lastmodified: \"2024-%02d-%02dT09:12:45Z\"" % (r.randint(1, 12), r.randint(1, 28)),
         "    mac: %s" % enc(32), "    version: 3.8.1", ""]
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), "yaml", "\n".join(L), "mindbody", "ciphertext"


@look
def n_ssh_pub(r):
    key = "ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)).decode()
    L = ["# Deploying the booking site", "", "Add the deploy key below to the server's `~/.ssh/authorized_keys` (public key, safe to share):", "",
         "```", key + " deploy@%s" % r.choice(ORGS), "```", "", "Then run `make deploy ENV=production`.", "",
         "Secrets (Square, Cal.com) come from the host's `/etc/booking/env`, never from this repo.", ""]
    return r.choice(["docs/deploy.md", "DEPLOY.md"]), "markdown", "\n".join(L), "square", "public_key"


@look
def n_hmac_vectors(r):
    d = hmac_hex(b"Jefe", b"what do ya want for nothing?")
    body = '{"event":"invitee.created"}'
    ts = str(r.randint(1700000000, 1730000000))
    fake = "test-signing-key"
    d2 = hmac_hex(fake.encode(), (ts + "." + body).encode())
    L = ["import hashlib", "import hmac", "", "from webhooks.calendly import verify_signature", "", "",
         "def test_rfc4231_case2():", '    digest = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()',
         '    assert digest == "%s"' % d, "", "",
         "def test_calendly_signature(monkeypatch):", '    monkeypatch.setenv("CALENDLY_WEBHOOK_SIGNING_KEY", "%s")' % fake,
         "    body = b'%s'" % body, '    header = "t=%s,v1=%s"' % (ts, d2), "    assert verify_signature(body, header)", ""]
    return r.choice(["tests/test_webhook_signature.py", "webhooks/tests/test_calendly.py"]), "python", "\n".join(L), "calendly", "test_vector"


def hmac_hex(k, m):
    import hmac as _h
    return _h.new(k, m, hashlib.sha256).hexdigest()


@look
def n_seatgeek_cid(r):
    raw = "%d|%d.%d" % (r.randint(1000000, 49999999), r.randint(1500000000, 1720000000), r.randint(1, 9))
    cid = base64.b64encode(raw.encode()).decode().rstrip("=")
    L = ["// SeatGeek client id is sent from the browser for public event search (no secret here).",
         "const SEATGEEK_CLIENT_ID = '%s';" % cid, "", "export async function searchEvents(q) {",
         "  const url = new URL('https://api.seatgeek.com/2/events');", "  url.searchParams.set('client_id', SEATGEEK_CLIENT_ID);",
         "  url.searchParams.set('q', q);", "  const res = await fetch(url);", "  return (await res.json()).events;", "}", ""]
    return r.choice(["src/lib/seatgeek.js", "web/src/api/seatgeek.js"]), "javascript", "\n".join(L), "seatgeek", "client_id"


@look
def n_mindbody_classes(r):
    classes = [{"Id": r.randint(1000, 99999), "ClassScheduleId": r.randint(100, 9999), "Name": r.choice(["Vinyasa Flow", "Spin 45", "Pilates Mat", "HIIT"]),
                "StartDateTime": "2024-%02d-%02dT%02d:00:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(6, 20)),
                "Staff": {"Id": r.randint(100000000, 999999999), "Name": " ".join(x.capitalize() for x in person(r))}} for _ in range(r.randint(2, 4))]
    obj = {"PaginationResponse": {"RequestedLimit": 10, "RequestedOffset": 0, "PageSize": len(classes), "TotalResults": len(classes)},
           "SiteId": -99, "Classes": classes}
    return r.choice(["tests/fixtures/mindbody_classes.json", "fixtures/mbo/classes.json"]), "json", json.dumps(obj, indent=2) + "\n", "mindbody", "site_id"


@look
def n_luma_export(r):
    evs = [{"api_id": "evt-" + rs(r, 14), "calendar_api_id": "cal-" + rs(r, 14), "name": r.choice(EVENTS), "url": "https://lu.ma/" + rs(r, 8, LOD),
            "start_at": "2024-%02d-%02dT18:00:00.000Z" % (r.randint(1, 12), r.randint(1, 28)), "geo_address_json": {"city": r.choice(CITIES)}}
           for _ in range(r.randint(2, 4))]
    return r.choice(["data/luma_events.json", "seeds/luma.json"]), "json", json.dumps({"entries": evs, "has_more": False}, indent=2) + "\n", "luma", "event_id"


@look
def n_calcom_booking(r):
    obj = {"status": "success", "data": [{"id": r.randint(10 ** 5, 10 ** 7), "uid": rs(r, 22), "title": "30 Min Meeting between %s and %s" % (
        person(r)[0].capitalize(), person(r)[0].capitalize()), "start": "2024-%02d-%02dT09:00:00.000Z" % (r.randint(1, 12), r.randint(1, 28)),
        "eventTypeId": r.randint(1000, 999999), "attendees": [{"name": person(r)[0].capitalize(), "email": email(r), "timeZone": r.choice(TZS)}],
        "meetingUrl": "https://app.cal.com/video/%s" % rs(r, 22)} for _ in range(2)]}
    return r.choice(["tests/fixtures/calcom_bookings.json", "mocks/cal/bookings.json"]), "json", json.dumps(obj, indent=2) + "\n", "calcom", "booking_uid"


@look
def n_opentable_widget(r):
    rid = r.randint(10000, 999999)
    L = ["{%% comment %%} OpenTable reservation widget; rid is the public restaurant id {%% endcomment %%}",
         "<script type='text/javascript' src='//www.opentable.com/widget/reservation/loader?rid=%d&domain=com&type=standard&theme=standard&iframe=true&overlay=false&lang=en-US&newtab=false'></script>" % rid,
         "", "<a href=\"https://resy.com/cities/%s/%s\">Book on Resy</a>" % (r.choice(["ny", "la", "chi"]), r.choice(["copper-kettle", "saltwater"])),
         "<!-- SevenRooms widget: venue slug only -->", "<script src=\"https://www.sevenrooms.com/widget/embed.js\"></script>",
         "<script>SevenroomsWidget.init({ venueId: '%s', triggerId: 'sr-res-root', type: 'reservations' });</script>" % r.choice(ORGS).replace("-", ""), ""]
    return r.choice(["templates/reserve.liquid", "sections/reservations.liquid"]), "liquid", "\n".join(L), "opentable", "public_widget"


@look
def n_sql_seed(r):
    L = ["-- seed data for local development", "INSERT INTO bookings (id, external_ref, provider, starts_at, email) VALUES"]
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("  ('%s', '%s', '%s', '2024-%02d-%02d %02d:00', '%s')" % (uuid4(r), r.choice(["BK-" + rs(r, 6, UPD), ev_id(r), rs(r, 22)]),
                                                                         r.choice(["eventbrite", "calcom", "square", "acuity"]), r.randint(1, 12), r.randint(1, 28), r.randint(8, 18), email(r)))
    L += [",\n".join(rows) + ";", ""]
    return r.choice(["db/seeds.sql", "migrations/seed_dev.sql"]), "sql", "\n".join(L), "acuity", "uuid"


@look
def n_changelog(r):
    L = ["# Changelog", ""]
    for v in range(r.randint(3, 5)):
        L += ["## %d.%d.0" % (2, 9 - v), ""]
        for _ in range(r.randint(2, 3)):
            L.append("- %s (%s)" % (r.choice(["Retry Eventbrite 429s", "Zoom S2S token caching", "Rotate Cal.com key handling",
                                              "Fix Calendly signature check", "Add Square bookings sync", "Tito webhooks"]), hexs(r, 7)))
        L.append("")
    L.append("Full diff: https://github.com/%s/booking/compare/%s...%s" % (r.choice(ORGS), hexs(r, 40), hexs(r, 40)))
    return "CHANGELOG.md", "markdown", "\n".join(L) + "\n", "calcom", "commit_sha"


@look
def n_webhook_urls(r):
    dom = r.choice(DOMAINS)
    L = ["# Public callback endpoints registered with each provider", "webhooks:",
         "  eventbrite: https://%s/webhooks/eventbrite" % dom, "  calendly: https://%s/webhooks/calendly" % dom,
         "  square: https://%s/api/square/webhook" % dom, "  tito: https://%s/hooks/tito?source=tito" % dom,
         "  zoom: https://%s/zoom/events" % dom, "signing:", "  calendly_key_env: CALENDLY_WEBHOOK_SIGNING_KEY",
         "  square_key_env: SQUARE_WEBHOOK_SIGNATURE_KEY", ""]
    return r.choice(["config/webhooks.yml", "deploy/webhooks.yaml"]), "yaml", "\n".join(L), "square", "webhook_url"


@look
def n_env_example(r):
    L = ["# Copy to .env and fill in. Never commit the real values."]
    for K in r.sample(KINDS, r.randint(5, 9)):
        L.append("%s=%s" % (K["env"], r.choice(["", "changeme", "<%s>" % K["env"].lower().replace("_", "-"), "your-%s" % K["env"].lower().replace("_", "-")])))
    L.append("")
    return r.choice([".env.example", ".env.sample", "env.template"]), "dotenv", "\n".join(L), "mixed", "placeholder"


@look
def n_meetup_groups(r):
    L = ["# groups we cross-post to", "meetup:", "  groups:"]
    for _ in range(r.randint(2, 4)):
        L += ["    - urlname: %s-%s" % (r.choice(CITIES).lower(), r.choice(["python", "js", "devops", "design"])),
              "      id: %d" % r.randint(10 ** 7, 4 * 10 ** 7), "      next_event: \"%d\"" % r.randint(10 ** 8, 4 * 10 ** 8)]
    L += ["  oauth:", "    client_id_env: MEETUP_CLIENT_ID", "    client_secret_env: MEETUP_CLIENT_SECRET",
          "    redirect_uri: https://%s/auth/meetup/callback" % r.choice(DOMAINS), ""]
    return "config/meetup.yml", "yaml", "\n".join(L), "meetup", "event_id"


@look
def n_cvent_bizzabo(r):
    obj = {"cvent": {"eventId": uuid4(r), "eventCode": rs(r, 8, UPD), "region": r.choice(["us", "eu"])},
           "bizzabo": {"accountId": r.randint(10000, 99999), "eventId": r.randint(100000, 999999),
                       "registrationUrl": "https://events.bizzabo.com/%d" % r.randint(100000, 999999)},
           "auth": {"cvent": "env:CVENT_CLIENT_SECRET", "bizzabo": "env:BIZZABO_CLIENT_SECRET"}}
    return r.choice(["config/event-platforms.json", "settings/platforms.json"]), "json", json.dumps(obj, indent=2) + "\n", "cvent", "event_id"


@look
def n_setmore_links(r):
    L = ["## Booking links", "", "| staff | link |", "|---|---|"]
    for _ in range(r.randint(2, 4)):
        L.append("| %s | https://booking.setmore.com/scheduleappointment/%s |" % (person(r)[0].capitalize(), uuid4(r)))
    L += ["", "SimplyBook public page: https://%s.simplybook.me/v2/" % r.choice(ORGS).replace("-", ""), ""]
    return r.choice(["docs/booking-links.md", "README.booking.md"]), "markdown", "\n".join(L), "setmore", "booking_url"


@look
def n_py_masked_log(r):
    L = ['"""Redaction helpers for request logging."""', "import re", "",
         'SENSITIVE_HEADERS = {"authorization", "x-luma-api-key", "api-key", "cal-api-key"}', "",
         "def redact(headers):", "    out = {}", "    for k, v in headers.items():",
         '        out[k] = "****" + v[-4:] if k.lower() in SENSITIVE_HEADERS and v else v', "    return out", "", "",
         "# example output:", "# {'Authorization': '****%s', 'Accept': 'application/json'}" % rs(r, 4), ""]
    return r.choice(["app/logging/redact.py", "core/redaction.py"]), "python", "\n".join(L), "luma", "masked"


@look
def n_php_wp_settings_page(r):
    L = ["<?php", "// Settings page: the key is stored in wp_options, never in code.",
         "add_action( 'admin_init', function () {", "    register_setting( 'booking_bridge', 'booking_bridge_api_key', array(",
         "        'type' => 'string',", "        'sanitize_callback' => 'sanitize_text_field',", "        'default' => '',", "    ) );", "} );", "",
         "function booking_bridge_field() {", "    $value = get_option( 'booking_bridge_api_key', '' );",
         "    printf( '<input type=\"password\" name=\"booking_bridge_api_key\" value=\"%s\" placeholder=\"cal_live_...\" />', esc_attr( $value ) );", "}", ""]
    return "wp-content/plugins/booking-bridge/admin/settings.php", "php", "\n".join(L), "calcom", "placeholder"


# ----------------------------------------------------------------------------------------
def needle_line(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def pick_template(r, K):
    cands = [t for t in TEMPLATES if t["acc"](K)]
    special = [t for t in cands if t["special"]]
    if special and r.random() < 0.3:
        return r.choice(special)
    return r.choice([t for t in cands if not t["special"]])


def build(seed):
    """Returns (files, manifest, secrets, generated_secret_values)."""
    r = random.Random(seed)
    files, manifest, secrets, allsec = [], [], [], []
    n_pos = n_neg = 500
    order = [KINDS[i % len(KINDS)] for i in range(n_pos)]
    r.shuffle(order)
    for i, K in enumerate(order):
        for _attempt in range(20):
            t = pick_template(r, K)
            sec = K["gen"](r)
            needle = sec.get("needle", sec["secret"])
            C = Ctx(r, K, sec, Val(lit=sec["secret"], secret=True), r.random() < 0.5)
            path, ftype, text = t["f"](C)
            if needle in text:
                break
        else:
            raise RuntimeError("needle missing for %s/%s" % (K["p"], K["k"]))
        rel = "pos/p%04d/%s" % (i, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": K["p"], "kind": K["k"], "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": needle_line(text, needle)})
        allsec.append(needle)
        if K["p"] == "ticketmaster" and sec.get("cid"):
            allsec.append(sec["cid"])
    # negatives: half re-use positive templates with a harmless slot value, half look-alikes
    looks = []
    while len(looks) < n_neg // 2:
        batch = list(LOOK)
        r.shuffle(batch)
        looks += batch
    looks = looks[:n_neg // 2]
    kinds_neg = [KINDS[i % len(KINDS)] for i in range(n_neg - len(looks))]
    r.shuffle(kinds_neg)
    jobs = [("reuse", k) for k in kinds_neg] + [("look", f) for f in looks]
    r.shuffle(jobs)
    for i, (how, x) in enumerate(jobs):
        if how == "reuse":
            K = x
            t = pick_template(r, K)
            sec = K["gen"](r)
            v = neg_value(r, K, sec)
            for k in ("secret", "needle", "pem_lines"):
                sec.pop(k, None)
            if K["p"] == "ticketmaster":
                sec.pop("cid", None)
            C = Ctx(r, K, sec, v, r.random() < 0.5)
            path, ftype, text = t["f"](C)
            prov, kind = K["p"], v.cat
        else:
            path, ftype, text, prov, kind = x(r)
        rel = "neg/n%04d/%s" % (i, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype})
    return files, manifest, secrets, allsec


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ct.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    files, manifest, secrets, _ = build(seed)
    for rel, text in files:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
