#!/usr/bin/env python3
"""gen_el.py - blind evaluation-set generator for keyhook (set "el").

EMPHASIS
  Automotive dealerships, vehicle data and auto parts.  Credentials for DMS / CRM /
  lending (Fortellis / CDK Global, CDK DMS 3PA extracts, Reynolds & Reynolds RCI,
  DealerSocket, VinSolutions, Dealertrack OpenTrack, RouteOne), vehicle-data and
  valuation APIs (CARFAX, VinAudit, MarketCheck, Edmunds, Kelley Blue Book, Black Book,
  DataOne), parts catalog/ordering (PartsTech, WHI Nexpart, Epicor Kinetic), telematics
  (Samsara, Geotab), inventory-feed FTP/SFTP uploads to listing sites (Cars.com,
  AutoTrader, CarGurus), DMS export SFTP jobs, a WordPress-based dealer website, plus
  the usual cloud/db credentials of such projects (AWS, SQL Server, PostgreSQL, Twilio,
  SendGrid, Stripe, Azure Storage, Slack webhook, GitHub PAT).
  File types: Python, PHP (WordPress plugins, cron scripts, SOAP), Node/TypeScript, C#,
  appsettings.json, Web.config/App.config, .env, shell/cron FTP upload scripts, lftp and
  WinSCP scripts, SOAP/ADF XML, YAML configs, docker-compose, GitHub workflows, k8s
  Secrets, Postman collections/environments, CSV/TSV feeds, INI, .properties, TOML,
  Dockerfile, Terraform, Ruby, Go, Java, PowerShell, SQL, .netrc, crontab, .http files.

USAGE
  python3 gen_el.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
  OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and
  OUTDIR/secrets.jsonl.  Deterministic per SEED (only random.Random(SEED) is used).
  Standard library only.

NEEDLE CONVENTIONS
  * The needle is the secret exactly as written in the file, without quotes and without
    a header scheme ("Bearer ", "token ").  "line" is the 1-based line of its first
    occurrence.
  * id/secret pairs (Fortellis API key + API secret, AWS key id + secret key, Twilio
    Account SID + auth token, CARFAX client id + secret, DataOne client_id +
    authorization_code, PartsTech partner id + key, VinAudit user + key): the needle is
    the secret half; the id may sit next to it and counts as the same credential.
  * user:password in a URL (ftp://, sftp://, postgresql://, mssql+pyodbc://), in an
    lftp "-u user,pass" or a WinSCP "open" line: the needle is the password only.
  * HTTP Basic (Fortellis token endpoint): the needle is the base64 blob of
    "api_key:api_secret" as written after "Basic ".
  * Slack incoming webhook: the needle is the whole hooks.slack.com URL.
  * WordPress application password: the needle includes its inner spaces
    ("abcd EFGH 1234 ...").
  * Fortellis / PartsTech access tokens are whole JWTs (header.payload.signature).
  * About half of the positives use an obvious name (FORTELLIS_API_SECRET,
    cargurus_sftp_password, <password> in a SOAP header ...); the other half use a
    neutral variable name (value, seed, opt, conf, cx ...), a positional argument, a URL
    query parameter, URL userinfo, or an HTTP header.

NEGATIVES
  Half re-use the positive templates with the slot filled by a look-alike:
  placeholders (YOUR_..., <...>, changeme, xxxx, REPLACE_ME, {{var}}, "see 1Password"),
  environment / secret-manager references in the file's own syntax (os.environ,
  process.env, getenv(), Environment.GetEnvironmentVariable, ${VAR}, %VAR%,
  ${{ secrets.X }}, #{X}#, %(x)s, $(X)), masked/redacted values (****, ••••abcd,
  [REDACTED], ***REMOVED***), empty values, documented examples (AWS
  AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, VinAudit VA_DEMO_KEY,
  Stripe's published docs test key), and Stripe publishable keys (pk_live_...).  Where
  the provider's id half is itself called an "API key" (Fortellis) or looks sensitive
  (AWS key id, Twilio SID) it is replaced by a placeholder as well.
  The other half are domain look-alikes: inventory CSV/TSV/XML feeds full of VINs (valid
  check digits), stock numbers, listing ids and photo URLs; ADF lead XML; RO exports;
  dealer/store/OEM codes and Fortellis organization UUIDs; parts catalogs and part
  numbers; OEM option/paint codes; Black Book UVCs; KBB/MarketCheck fixtures; OBD
  device registries (IMEI with Luhn digit, ICCID, MAC); DTC logs; public NHTSA vPIC and
  recalls endpoints with no key; CARFAX report links; sync logs with request ids,
  etags, sha256 digests and masked keys; SHA256SUMS; npm integrity hashes; sops
  ciphertext with an age recipient; webhook signatures; ssh known_hosts and PEM public
  keys; WinSCP key-based scripts with host-key fingerprints; lftp relying on ~/.netrc;
  compose/GitHub-Actions secret references; Terraform sensitive variables without
  defaults; .env.example with placeholders; i18n strings; VIN test vectors; password
  policies; Google Analytics / GTM ids; changelogs with commit SHAs.

DOUBTS
  Formats written from memory or uncertain (checked items are marked [doc]):
  * [doc] Fortellis: client-credentials flow, API key + API secret sent as HTTP Basic to
    identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token (developer.fortellis.io).
    The key/secret shapes are Okta's (client id "0oa"+17 alnum, 40-char [A-Za-z0-9_-]
    secret) - inferred from the Okta-style issuer and the docs' "MG9hY..." (base64 of
    "0oa"), not stated.  Token payload claims are invented but Okta-like.
  * [doc] MarketCheck: api_key query parameter plus a client secret for OAuth
    (docs.marketcheck.com).  The 32-char mixed-case alnum key shape is from memory.
    Sandbox keys start with mc_test_; none are generated (a reviewer might still call a
    sandbox key a secret, so they were left out of both labels).
  * [doc] VinAudit: "key" query parameter and VA_DEMO_KEY demo key (vinaudit.com API
    pages).  The real-key shape (16 upper alnum) is a guess.
  * [doc] Black Book: SOAP UserCredentials header with userid/password/customer
    (blackbookws.com asmx pages).  Password values are human passwords.
  * [doc] PartsTech: partner {id,key} + user {id,key} exchanged at /oauth/access for a
    JWT bearer (api-docs summary).  Key shape (32 hex) and JWT claims are guesses.
  * From memory / guessed shapes: Edmunds api_key (24 lower alnum); KBB api key (32 lower
    alnum) and header name; DealerSocket key (32 alnum) and header name X-DS-ApiKey;
    VinSolutions "api_key" header with a 32-hex (Azure APIM-style) key; CARFAX OAuth
    client secret (64 chars [A-Za-z0-9_-], Auth0-like) and host connect.carfax.com;
    DataOne client_id + authorization_code (40 hex); Epicor Kinetic X-API-Key (64 alnum);
    Samsara token "samsara_api_"+30 alnum; Reynolds RCI / Dealertrack OpenTrack / RouteOne /
    CDK 3PA / Nexpart / Geotab use passwords; their hosts (rci.reyrey.com,
    ot.dms.dealertrack.com, 3pa.dmotorworks.com ...) and the listing sites' FTP/SFTP host
    names (ftp.cars.com, ftp.autotrader.com, sftp.cargurus.com) are plausible, not
    verified.  GitHub PAT checksum = base62(CRC32(30-char body)) padded to 6 - from
    memory.  Stripe sk_live_ lengths (24 or "51"+97) and the docs test key
    sk_test_4eC39HqLyjWDarjtT1zdp7dc are from memory.  WordPress application passwords:
    24 alnum in groups of 4 separated by spaces.
  * Labels a reviewer might dispute:
    - negatives containing Stripe's published docs test key (sk_test_...) - public
      example, but it is a working-format secret key;
    - negatives keeping a CARFAX OAuth client id (32 alnum) or a DataOne/PartsTech
      client/partner id next to a placeholder secret - ids, not secrets;
    - Fortellis Subscription-Id / organization UUIDs treated as ids, not secrets;
    - Stripe pk_live_ publishable keys (documented as safe to expose) in negatives;
    - sops ciphertext, age recipients, ssh host keys, PEM public keys, webhook
      signatures, sha512 integrity strings are negatives;
    - a positive's neutral-name password (e.g. conf = 'Sierra67*') with no nearby hint
      may be hard even for a human;
    - .env.example uses postgresql://inv:password@localhost (literal "password"
      placeholder on localhost) - treated as a placeholder.

SEARCHES
  search(docs/pages): Fortellis client credentials / token endpoint (developer.fortellis.io
  client-credentials-flow, community post on Subscription-Id); VinAudit API (VA_DEMO_KEY,
  key/user/pass parameters); MarketCheck authentication and sandbox pages; PartsTech
  API (api-evangelist summaries of the OpenAPI: /oauth/access, partner/user credentials,
  bearer JWT); Black Book web-service docs (UserCredentials SOAP header); DataOne VIN
  decoder guide (title only); Edmunds API docs (request/response pages, no key format).
  Scanner-related material shown: none (no scanner rule code, regexes or detector pages
  appeared in any result).
"""

import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = UP + LO + DIG
LOALNUM = LO + DIG
UPALNUM = UP + DIG
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
BASE32 = UP + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# ---------------------------------------------------------------------------
# naming styles
# ---------------------------------------------------------------------------
def name(words, style):
    words = [w for w in words if w]
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "screaming":
        return "_".join(w.upper() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    return "_".join(words)


# ---------------------------------------------------------------------------
# domain filler (shared by positives and negatives so labels don't leak)
# ---------------------------------------------------------------------------
DEALER_FIRST = ["Lakeside", "Summit", "Riverbend", "Crossroads", "Northgate", "Prairie", "Heritage",
                "Bayshore", "Cedar Valley", "Tri-County", "Ridgeview", "Harbor", "Capital City",
                "Pinecrest", "Red Rock", "Gateway", "Westfield", "Sunbelt", "Granite State", "Big Sky"]
BRANDS = ["Ford", "Chevrolet", "Toyota", "Honda", "Hyundai", "Kia", "Nissan", "Subaru", "Jeep",
          "Ram", "GMC", "Buick", "Mazda", "Volkswagen", "Chrysler Dodge Jeep Ram", "Lincoln"]
CITIES = [("Boise", "ID", "83704"), ("Tulsa", "OK", "74133"), ("Dayton", "OH", "45459"),
          ("Fresno", "CA", "93722"), ("Knoxville", "TN", "37922"), ("Spokane", "WA", "99208"),
          ("Omaha", "NE", "68144"), ("Wichita", "KS", "67205"), ("Lansing", "MI", "48911"),
          ("Macon", "GA", "31210"), ("Reno", "NV", "89502"), ("Erie", "PA", "16509"),
          ("Plano", "TX", "75093"), ("Ocala", "FL", "34474"), ("Fargo", "ND", "58103")]
FIRSTN = ["Dana", "Marcus", "Priya", "Luis", "Kendra", "Tom", "Aisha", "Brett", "Connor", "Mei",
          "Rafael", "Jolene", "Derek", "Sofia", "Hank", "Tasha", "Owen", "Nadia"]
LASTN = ["Whitaker", "Okafor", "Nguyen", "Ramirez", "Kowalski", "Brennan", "Haddad", "Lindqvist",
         "Parker", "Castillo", "Moreau", "Yamada", "Fischer", "Delgado", "Price", "Sullivan"]
MODELS = [("Ford", "F-150", "XLT"), ("Ford", "Escape", "SE"), ("Chevrolet", "Silverado 1500", "LT"),
          ("Chevrolet", "Equinox", "RS"), ("Toyota", "Camry", "SE"), ("Toyota", "RAV4", "XLE"),
          ("Honda", "Civic", "Sport"), ("Honda", "CR-V", "EX-L"), ("Hyundai", "Tucson", "SEL"),
          ("Kia", "Telluride", "EX"), ("Nissan", "Rogue", "SV"), ("Subaru", "Outback", "Premium"),
          ("Jeep", "Wrangler", "Sahara"), ("Ram", "1500", "Big Horn"), ("GMC", "Sierra 1500", "SLE"),
          ("Mazda", "CX-5", "Touring"), ("Volkswagen", "Tiguan", "SE")]
COLORS = ["Oxford White", "Agate Black", "Summit White", "Magnetic Gray", "Celestial Silver",
          "Rapid Red", "Lunar Rock", "Crystal Black Pearl", "Iconic Silver", "Blueprint"]
WMI = {"Ford": ["1FT", "1FM", "3FM"], "Chevrolet": ["1GC", "3GN", "1G1"], "Toyota": ["4T1", "2T3", "5TF"],
       "Honda": ["2HG", "7FA", "5J6"], "Hyundai": ["KM8", "5NM"], "Kia": ["5XY", "KND"],
       "Nissan": ["5N1", "JN8"], "Subaru": ["4S4", "JF2"], "Jeep": ["1C4"], "Ram": ["1C6", "3C6"],
       "GMC": ["1GT", "3GT"], "Mazda": ["JM3"], "Volkswagen": ["3VV", "1V2"]}
VIN_ALPH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
YEAR_CODE = {2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M",
             2022: "N", 2023: "P", 2024: "R", 2025: "S"}


def vin_check(v):
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_TR[c]
        tot += val * VIN_W[i]
    rem = tot % 11
    return "X" if rem == 10 else str(rem)


class Fill:
    """Random but harmless domain values."""

    def __init__(self, r):
        self.r = r

    def dealer(self):
        return "%s %s" % (self.r.choice(DEALER_FIRST), self.r.choice(BRANDS))

    def slug(self, s):
        return "".join(c.lower() if c.isalnum() else "-" for c in s).replace("--", "-").strip("-")

    def city(self):
        return self.r.choice(CITIES)

    def person(self):
        return self.r.choice(FIRSTN), self.r.choice(LASTN)

    def email(self, dom=None):
        f, l = self.person()
        dom = dom or self.slug(self.dealer()).replace("-", "") + ".com"
        return "%s.%s@%s" % (f.lower(), l.lower(), dom)

    def phone(self):
        return "(%d) 555-%04d" % (self.r.randint(201, 989), self.r.randint(100, 9999))

    def vehicle(self):
        return self.r.choice(MODELS)

    def vin(self, make=None, year=None):
        r = self.r
        make = make or r.choice(list(WMI))
        year = year or r.randint(2015, 2025)
        wmi = r.choice(WMI.get(make, ["1FT"]))
        vds = rs(r, VIN_ALPH, 5)
        plant = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        serial = "%06d" % r.randint(0, 999999)
        v = wmi + vds + "0" + YEAR_CODE.get(year, "N") + plant + serial
        return v[:8] + vin_check(v) + v[9:]

    def stock(self):
        return self.r.choice(["", "P", "U", "N", "T"]) + "%s%05d" % (self.r.choice(["", "A", "B", "C"]), self.r.randint(1000, 99999))

    def dealer_code(self):
        return self.r.choice(["%06d" % self.r.randint(10000, 999999), "D%05d" % self.r.randint(1000, 99999),
                              "%s%04d" % (rs(self.r, UP, 2), self.r.randint(100, 9999))])

    def ro(self):
        return "%d" % self.r.randint(100000, 899999)

    def part(self):
        r = self.r
        return r.choice([
            "FL-%dS" % r.randint(400, 920),
            "PF%d%s" % (r.randint(40, 66), r.choice(["", "E", "G"])),
            "%05d-%s" % (r.randint(4000, 99999), rs(r, UPALNUM, 5)),
            "%s%d-%s" % (rs(r, UP, 2), r.randint(1, 9), rs(r, UPALNUM, 4)),
            "%d%d" % (r.randint(12, 99), r.randint(100000, 999999)),
            "BR-%d" % r.randint(1000, 9999),
        ])

    def uuid(self):
        r = self.r
        h = rs(r, HEXL, 32)
        h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def hexs(self, n):
        return rs(self.r, HEXL, n)

    def price(self):
        return self.r.randint(12, 78) * 1000 + self.r.choice([0, 495, 900, 988, 995])

    def miles(self):
        return self.r.randint(5, 120000)

    def date(self):
        return "2024-%02d-%02d" % (self.r.randint(1, 12), self.r.randint(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randint(0, 40), self.r.randint(0, 255), self.r.randint(2, 250))

    def port(self):
        return self.r.choice([21, 22, 2222, 990])

    def user(self, hint=""):
        r = self.r
        d = self.slug(self.dealer()).split("-")[0]
        return r.choice([
            "%s_%s" % (d, hint or "feed"),
            "%s%d" % (d, r.randint(10, 9999)),
            "svc-%s" % (hint or "dms"),
            "%s.%s" % (r.choice(FIRSTN).lower(), r.choice(LASTN).lower()),
            "%s%s" % (hint or "dlr", r.randint(1000, 99999)),
        ])


# ---------------------------------------------------------------------------
# secret generators (fresh per file)
# ---------------------------------------------------------------------------
PW_WORDS = ["Tahoe", "Silverado", "Mustang", "Camry", "Accord", "Bronco", "Ranger", "Tundra", "Civic",
            "Wrangler", "Charger", "Impala", "Corvette", "Sierra", "Frontier", "Outback", "Pilot",
            "Highlander", "Explorer", "Escalade", "Dealer", "Service", "Parts", "Wrench", "Piston",
            "Gasket", "Turbo", "Diesel", "Torque", "Chrome", "Redline", "Maple", "Eagle", "Falcon",
            "Thunder", "Camshaft", "Gearbox", "Roadster", "Bluebird", "Husker", "Gator", "Longhorn"]


def human_password(r, urlsafe=False):
    syms = "!*-_." if urlsafe else "!*-_.@#"
    w1 = r.choice(PW_WORDS)
    w2 = r.choice(PW_WORDS)
    pat = r.randint(0, 5)
    if pat == 0:
        pw = "%s%d%s" % (w1, r.choice([r.randint(1, 99), r.randint(1955, 2025)]), r.choice(syms))
    elif pat == 1:
        pw = "%s%s%s%d" % (w1, r.choice(syms), w2.lower(), r.randint(1, 999))
    elif pat == 2:
        pw = "%s%s%02d" % (w1.replace("o", "0").replace("a", "@" if not urlsafe else "4"), r.choice(syms), r.randint(0, 99))
    elif pat == 3:
        # password-manager style
        pw = rs(r, ALNUM, r.randint(4, 6)) + r.choice(syms) + rs(r, ALNUM, r.randint(5, 9)) + r.choice(DIG)
    elif pat == 4:
        pw = "%s%s%s%d%s" % (r.choice(DEALER_FIRST).split()[0], w2, r.choice(syms), r.randint(10, 99), r.choice(syms))
    else:
        pw = rs(r, ALNUM, r.randint(14, 22)) + r.choice(DIG)
    if len(pw) < 9:
        pw += rs(r, DIG, 9 - len(pw))
    return pw


def strong_password(r, urlsafe=True):
    syms = "-_.~" if urlsafe else "-_.!*#@"
    n = r.randint(16, 28)
    out = rs(r, ALNUM, n)
    pos = r.randint(3, n - 3)
    return out[:pos] + r.choice(syms) + out[pos:] + r.choice(DIG)


def gen_okta_client(r):
    return {"id": "0oa" + rs(r, ALNUM, 17), "secret": rs(r, B64URL, 40)}


def gen_jwt(r, iss, cid, scopes, extra=None):
    hdr = {"kid": rs(r, B64URL, 43), "alg": "RS256"}
    iat = 1700000000 + r.randint(0, 30000000)
    pl = {"ver": 1, "jti": "AT." + rs(r, B64URL, 43), "iss": iss, "aud": "api_providers",
          "iat": iat, "exp": iat + 3600, "cid": cid, "scp": scopes, "sub": cid}
    if extra:
        pl.update(extra)
    return "%s.%s.%s" % (b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64url(json.dumps(pl, separators=(",", ":")).encode()), rs(r, B64URL, 342))


def gen_pat(r):
    body = rs(r, ALNUM, 30)
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    b62 = DIG + UP + LO
    s = ""
    while c:
        c, m = divmod(c, 62)
        s = b62[m] + s
    return "ghp_" + body + s.rjust(6, "0")


def G_fortellis_secret(r):
    return gen_okta_client(r)


def G_fortellis_token(r):
    c = gen_okta_client(r)
    return {"secret": gen_jwt(r, "https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7", c["id"], ["anonymous"])}


def G_human(r):
    return {"secret": human_password(r)}


def G_human_url(r):
    return {"secret": human_password(r, urlsafe=True) if r.random() < 0.6 else strong_password(r)}


def G_strong(r):
    return {"secret": strong_password(r, urlsafe=r.random() < 0.5)}


def G_hex32(r):
    return {"secret": rs(r, HEXL, 32)}


def G_alnum32(r):
    return {"secret": rs(r, ALNUM, 32)}


def G_edmunds(r):
    return {"secret": rs(r, LOALNUM, 24)}


def G_kbb(r):
    return {"secret": rs(r, LOALNUM, 32)}


def G_vinaudit(r):
    return {"secret": rs(r, UPALNUM, 16), "id": r.choice(["dlr", "va", "lot"]) + str(r.randint(1000, 99999))}


def G_carfax(r):
    return {"secret": rs(r, B64URL, 64), "id": rs(r, ALNUM, 32)}


def G_dataone(r):
    return {"secret": rs(r, HEXL, 40), "id": str(r.randint(1000, 99999))}


def G_partstech_key(r):
    return {"secret": rs(r, HEXL, 32), "id": "%s-%d" % (rs(r, LO, 6), r.randint(100, 999))}


def G_partstech_jwt(r):
    hdr = {"typ": "JWT", "alg": "HS256"}
    iat = 1700000000 + r.randint(0, 30000000)
    pl = {"iat": iat, "exp": iat + 86400, "partnerId": "%s-%d" % (rs(r, LO, 6), r.randint(100, 999)),
          "userId": rs(r, LOALNUM, 10)}
    tok = "%s.%s.%s" % (b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                        b64url(json.dumps(pl, separators=(",", ":")).encode()), rs(r, B64URL, 43))
    return {"secret": tok}


def G_epicor(r):
    return {"secret": rs(r, ALNUM, 64)}


def G_samsara(r):
    return {"secret": "samsara_api_" + rs(r, ALNUM, 30)}


def G_wp_app(r):
    raw = rs(r, ALNUM, 24)
    return {"secret": " ".join(raw[i:i + 4] for i in range(0, 24, 4))}


def G_aws(r):
    return {"id": "AKIA" + rs(r, BASE32, 16), "secret": rs(r, B64, 40)}


def G_twilio(r):
    return {"id": "AC" + rs(r, HEXL, 32), "secret": rs(r, HEXL, 32)}


def G_sendgrid(r):
    return {"secret": "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)}


def G_stripe(r):
    if r.random() < 0.5:
        return {"secret": "sk_live_" + rs(r, ALNUM, 24)}
    return {"secret": "sk_live_51" + rs(r, ALNUM, 97)}


def G_azure(r):
    return {"secret": base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
            "id": r.choice(["dlrphotos", "invfeeds", "dmsexports", "vdpimages"]) + str(r.randint(10, 999))}


def G_slack(r):
    return {"secret": "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPALNUM, 9), rs(r, UPALNUM, 10), rs(r, ALNUM, 24))}


def G_pat(r):
    return {"secret": gen_pat(r)}


# ---------------------------------------------------------------------------
# credential specs
#   shapes: kv (name = value), userpass (login + password keys), header (HTTP
#   header), query (URL query parameter), urlcred (scheme://user:pass@host),
#   basic (base64 of id:secret in an Authorization header), positional (an
#   argument of a call)
# ---------------------------------------------------------------------------
def S(provider, kind, gen, words, shapes, weight=1.0, **kw):
    d = {"provider": provider, "kind": kind, "gen": gen, "words": words, "shapes": shapes, "weight": weight,
         "env": name(words, "screaming"), "host": "api.example.com", "header": ("X-Api-Key", ""),
         "param": "api_key", "idwords": None, "id_public": True, "scheme": None, "user_hint": "",
         "userwords": ["username"], "pwwords": ["password"], "path": "/v1/"}
    d.update(kw)
    return d


SPECS = [
    S("Fortellis (CDK Global)", "client_secret", G_fortellis_secret, ["fortellis", "api", "secret"],
      ["kv", "userpass", "basic", "positional"], 1.6, host="identity.fortellis.io",
      idwords=["fortellis", "api", "key"], id_public=False, userwords=["api", "key"], pwwords=["api", "secret"],
      path="/oauth2/aus1p1ixy7YL8cMq02p7/v1/token"),
    S("Fortellis (CDK Global)", "oauth_access_token", G_fortellis_token, ["fortellis", "access", "token"],
      ["kv", "header", "positional"], 0.8, host="api.fortellis.io", header=("Authorization", "Bearer "),
      path="/sales/v1/elead/activities/"),
    S("CDK Global DMS", "password", G_human, ["cdk", "dms", "password"], ["kv", "userpass", "positional"], 1.0,
      host="3pa.dmotorworks.com", user_hint="3pa", path="/pip-extract/service-ro-closed/extract"),
    S("Reynolds & Reynolds", "password", G_human, ["reynolds", "rci", "password"], ["kv", "userpass", "positional"], 1.0,
      host="rci.reyrey.com", user_hint="rci", path="/ws/RCIService"),
    S("DealerSocket", "api_key", G_alnum32, ["dealersocket", "api", "key"], ["kv", "header", "positional"], 1.0,
      host="api.dealersocket.com", header=("X-DS-ApiKey", ""), path="/crm/v1/leads"),
    S("VinSolutions", "api_key", G_hex32, ["vinsolutions", "api", "key"], ["kv", "header", "positional"], 1.0,
      host="api.vinsolutions.com", header=("api_key", ""), path="/gateway/v1/organization/dealers"),
    S("Dealertrack", "password", G_human, ["dealertrack", "opentrack", "password"], ["kv", "userpass", "positional"], 1.0,
      host="ot.dms.dealertrack.com", user_hint="ot", path="/Sandbox/WebService.asmx"),
    S("RouteOne", "password", G_strong, ["routeone", "password"], ["kv", "userpass"], 0.7,
      host="www.routeone.net", user_hint="r1", path="/XML/CreditApp"),
    S("CARFAX", "client_secret", G_carfax, ["carfax", "client", "secret"], ["kv", "userpass", "positional"], 1.0,
      host="connect.carfax.com", idwords=["carfax", "client", "id"], userwords=["client", "id"],
      pwwords=["client", "secret"], path="/v1/vhr"),
    S("VinAudit", "api_key", G_vinaudit, ["vinaudit", "api", "key"], ["kv", "query", "positional"], 1.0,
      host="api.vinaudit.com", param="key", path="/v2/query"),
    S("MarketCheck", "api_key", G_alnum32, ["marketcheck", "api", "key"], ["kv", "query", "positional"], 1.2,
      host="mc-api.marketcheck.com", param="api_key", path="/v2/search/car/active"),
    S("Edmunds", "api_key", G_edmunds, ["edmunds", "api", "key"], ["kv", "query"], 0.8,
      host="api.edmunds.com", param="api_key", path="/api/vehicle/v2/vins/"),
    S("Kelley Blue Book", "api_key", G_kbb, ["kbb", "api", "key"], ["kv", "query", "header"], 0.8,
      host="api.kbb.com", param="api_key", header=("x-api-key", ""), path="/v1/vehicles/values"),
    S("Black Book", "password", G_human, ["blackbook", "password"], ["kv", "userpass", "positional"], 1.0,
      host="www.blackbookws.com", user_hint="bb", path="/UsedCarWS.asmx"),
    S("DataOne", "api_key", G_dataone, ["dataone", "authorization", "code"], ["kv", "query", "userpass"], 0.8,
      host="api.dataonesoftware.com", param="authorization_code", idwords=["dataone", "client", "id"],
      userwords=["client", "id"], pwwords=["authorization", "code"], path="/webservices/vindecoder/decode"),
    S("PartsTech", "api_key", G_partstech_key, ["partstech", "partner", "key"], ["kv", "userpass", "positional"], 0.9,
      host="api.partstech.com", idwords=["partstech", "partner", "id"], userwords=["partner", "id"],
      pwwords=["partner", "key"], path="/oauth/access"),
    S("PartsTech", "oauth_access_token", G_partstech_jwt, ["partstech", "access", "token"], ["kv", "header"], 0.6,
      host="api.partstech.com", header=("Authorization", "Bearer "), path="/catalog/search"),
    S("WHI Nexpart", "password", G_human, ["nexpart", "password"], ["kv", "userpass", "positional"], 0.9,
      host="www.nexpart.com", user_hint="nxp", path="/extpart.php"),
    S("Epicor", "api_key", G_epicor, ["epicor", "api", "key"], ["kv", "header"], 0.8,
      host="centralusdtapp01.epicorsaas.com", header=("X-API-Key", ""), path="/SaaS512/api/v2/odata/"),
    S("Samsara (telematics)", "api_token", G_samsara, ["samsara", "api", "token"], ["kv", "header"], 0.8,
      host="api.samsara.com", header=("Authorization", "Bearer "), path="/fleet/vehicles/stats"),
    S("Geotab (telematics)", "password", G_human, ["geotab", "password"], ["kv", "userpass", "positional"], 0.8,
      host="my.geotab.com", user_hint="fleet", path="/apiv1"),
    S("Cars.com feed", "ftp_password", G_human_url, ["carscom", "ftp", "password"], ["kv", "userpass", "urlcred", "positional"], 1.5,
      host="ftp.cars.com", scheme="ftp", user_hint="cars", path="/inbound/"),
    S("AutoTrader feed", "ftp_password", G_human_url, ["autotrader", "ftp", "password"], ["kv", "userpass", "urlcred", "positional"], 1.5,
      host="ftp.autotrader.com", scheme="ftp", user_hint="atc", path="/incoming/"),
    S("CarGurus feed", "sftp_password", G_human_url, ["cargurus", "sftp", "password"], ["kv", "userpass", "urlcred", "positional"], 1.5,
      host="sftp.cargurus.com", scheme="sftp", user_hint="cg", path="/uploads/"),
    S("DMS export SFTP", "sftp_password", G_strong, ["dms", "export", "password"], ["kv", "userpass", "urlcred"], 1.0,
      host="sftp.dealergroup-data.net", scheme="sftp", user_hint="export", path="/dms/daily/"),
    S("Dealer website (WordPress)", "app_password", G_wp_app, ["wp", "app", "password"], ["kv", "userpass", "positional"], 0.7,
      host="www.lakesideford.com", user_hint="sync", path="/wp-json/wp/v2/vehicles"),
    S("SQL Server (DMS reporting)", "db_password", G_strong, ["dms", "db", "password"], ["kv", "userpass", "urlcred"], 1.0,
      host="dms-sql01.dealergroup.local", scheme="mssql", user_hint="report", path="/DmsReporting"),
    S("PostgreSQL (inventory)", "db_password", G_human_url, ["inventory", "db", "password"], ["kv", "urlcred", "userpass"], 1.0,
      host="inventory-db.internal", scheme="postgresql", user_hint="inv", path="/inventory"),
    S("AWS", "aws_secret_access_key", G_aws, ["aws", "secret", "access", "key"], ["kv", "userpass"], 1.0,
      host="s3.amazonaws.com", idwords=["aws", "access", "key", "id"], id_public=False,
      userwords=["access", "key", "id"], pwwords=["secret", "access", "key"]),
    S("Twilio", "auth_token", G_twilio, ["twilio", "auth", "token"], ["kv", "userpass", "positional"], 0.8,
      host="api.twilio.com", idwords=["twilio", "account", "sid"], id_public=False,
      userwords=["account", "sid"], pwwords=["auth", "token"], path="/2010-04-01/Accounts.json"),
    S("SendGrid", "api_key", G_sendgrid, ["sendgrid", "api", "key"], ["kv", "header"], 0.7,
      host="api.sendgrid.com", header=("Authorization", "Bearer "), path="/v3/mail/send"),
    S("Stripe", "secret_key", G_stripe, ["stripe", "secret", "key"], ["kv", "header", "positional"], 0.6,
      host="api.stripe.com", header=("Authorization", "Bearer "), path="/v1/payment_intents"),
    S("Azure Storage", "storage_account_key", G_azure, ["azure", "storage", "key"], ["kv"], 0.7,
      host="blob.core.windows.net", idwords=["azure", "storage", "account"]),
    S("Slack", "webhook_url", G_slack, ["slack", "webhook", "url"], ["kv"], 0.5, host="hooks.slack.com"),
    S("GitHub", "personal_access_token", G_pat, ["github", "token"], ["kv", "header"], 0.4,
      host="api.github.com", header=("Authorization", "token ")),
]

NEUTRAL_WORDS = [["value"], ["primary"], ["val"], ["data"], ["code"], ["ref"], ["blob"], ["opt"], ["param"],
                 ["conf"], ["provider", "value"], ["vendor", "cfg"], ["ingest", "param"], ["cx"],
                 ["feed", "value"], ["partner", "code"], ["auth"], ["token"], ["key"], ["k1"], ["seed"],
                 ["upstream"], ["svc", "arg"], ["dlr", "cfg"], ["integration", "value"], ["access"]]


class EnvRef:
    def __init__(self, n):
        self.n = n


ENV_CODE = {
    "py": ['os.environ["{n}"]', 'os.getenv("{n}")', "os.environ.get('{n}')"],
    "php": ["getenv('{n}')", "$_ENV['{n}']", "env('{n}')"],
    "js": ["process.env.{n}", "process.env['{n}']"],
    "ts": ["process.env.{n}!", "process.env.{n} ?? ''"],
    "cs": ['Environment.GetEnvironmentVariable("{n}")', '_config["{n}"]'],
    "java": ['System.getenv("{n}")'],
    "go": ['os.Getenv("{n}")'],
    "rb": ['ENV.fetch("{n}")', 'ENV["{n}"]'],
    "ps1": ["$env:{n}"],
}
ENV_CFG = {
    "sh": ['"${n}"', '"${{{n}}}"', '"${{{n}:?missing}}"'],
    "env": ["${{{n}}}"],
    "yaml": ["${{{n}}}"],
    "gha": ["${{{{ secrets.{n} }}}}"],
    "json": ["${{{n}}}"],
    "appsettings": ["#{{{n}}}#", ""],
    "postman": ["{{{{{lower}}}}}"],
    "xml": ["${{{n}}}", "%{n}%"],
    "ini": ["${{{n}}}", "%({lower})s"],
    "properties": ["${{{n}}}"],
    "toml": ["${{{n}}}"],
    "winscp": ["%{n}%"],
    "crontab": ["${n}"],
    "systemd": ["%{lower}"],
    "md": ["$" + "{n}"],
    "sql": ["$({n})"],
}


class Slot:
    """What goes into the credential slot of a template."""

    def __init__(self, g, spec, value, user=None, pub_id=None, obvious=True, neg_kind=None):
        self.g = g
        self.spec = spec
        self.value = value          # str or EnvRef
        self.user = user
        self.pub_id = pub_id
        self.obvious = obvious
        self.neg_kind = neg_kind
        r = g.r
        self.style = r.choice(["snake", "screaming", "camel", "pascal", "kebab"])
        if obvious:
            w = list(spec["words"])
            if r.random() < 0.3 and len(w) > 2:
                w = [w[0]] + w[-1:]
            self.words = w
        else:
            self.words = r.choice(NEUTRAL_WORDS)

    def key(self, style=None, words=None):
        return name(words or self.words, style or self.style)

    def idkey(self, style=None):
        return name(self.spec["idwords"] or (self.spec["words"][:1] + ["id"]), style or self.style)

    def is_env(self):
        return isinstance(self.value, EnvRef)

    def yq(self, choices=('"', "'", "")):
        """pick a YAML quote style that keeps the value a plain string"""
        c = self.g.r.choice(list(choices))
        if c == "" and isinstance(self.value, str) and (self.value == "" or ybare(self.value) != self.value):
            return '"'
        return c

    def raw(self):
        """The value as plain text (only meaningful for non-env values)."""
        return self.value if isinstance(self.value, str) else "${%s}" % self.value.n

    def lit(self, lang, q='"'):
        if isinstance(self.value, EnvRef):
            n = self.value.n
            if lang in ENV_CODE:
                return self.g.r.choice(ENV_CODE[lang]).format(n=n)
            form = self.g.r.choice(ENV_CFG.get(lang, ["${{{n}}}"])).format(n=n, lower=n.lower())
            if lang == "sh":
                return form
            return q + form + q
        v = self.value
        if lang == "xml":
            v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return q + v + q


# ---------------------------------------------------------------------------
# generation context: harmless settings, comments
# ---------------------------------------------------------------------------
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = Fill(self.r)

    def setting_pool(self):
        r, f = self.r, self.f
        city, st, zp = f.city()
        return [
            (["dealer", "id"], f.dealer_code()),
            (["store", "number"], "%02d" % r.randint(1, 24)),
            (["rooftop", "id"], r.randint(1000, 99999)),
            (["timeout", "seconds"], r.choice([10, 15, 30, 60, 120])),
            (["retry", "count"], r.randint(2, 6)),
            (["batch", "size"], r.choice([50, 100, 250, 500, 1000])),
            (["log", "level"], r.choice(["info", "debug", "warn", "INFO", "WARNING"])),
            (["feed", "format"], r.choice(["csv", "tsv", "xml", "json"])),
            (["timezone"], r.choice(["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"])),
            (["region"], r.choice(["us-east-1", "us-west-2", "us-east-2", "centralus"])),
            (["enabled"], r.choice([True, False, True])),
            (["photo", "base", "url"], "https://images.%s.com/inventory/" % f.slug(f.dealer()).replace("-", "")),
            (["vin", "decode", "url"], "https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValues/"),
            (["lead", "email"], f.email()),
            (["schedule"], r.choice(["0 2 * * *", "*/30 * * * *", "15 5 * * 1-6", "0 */4 * * *"])),
            (["dealer", "name"], f.dealer()),
            (["dealer", "zip"], zp),
            (["dealer", "city"], city),
            (["max", "photos"], r.choice([20, 30, 50])),
            (["include", "used"], r.choice([True, False])),
            (["default", "radius", "miles"], r.choice([25, 50, 75, 100, 200])),
            (["output", "dir"], r.choice(["/var/spool/feeds", "./out", "/data/exports", "C:\\Feeds\\Out"]).replace("\\", "/")),
            (["page", "size"], r.choice([25, 50, 100])),
            (["cache", "ttl"], r.choice([300, 900, 3600, 86400])),
            (["webhook", "path"], "/hooks/%s" % r.choice(["leads", "inventory", "ro-closed", "deals"])),
            (["franchise", "code"], r.choice(["F", "C", "T", "H", "K"]) + "%05d" % r.randint(0, 99999)),
            (["environment"], r.choice(["production", "staging", "prod", "qa"])),
            (["api", "version"], r.choice(["v1", "v2", "2023-10-01", "4.0"])),
        ]

    def settings(self, lo=3, hi=8):
        pool = self.setting_pool()
        self.r.shuffle(pool)
        return pool[: self.r.randint(lo, hi)]

    def comment(self):
        f = self.f
        return self.r.choice([
            "Inventory sync for %s" % f.dealer(),
            "Nightly DMS pull - do not change schedule without telling accounting",
            "Used by the VDP pricing job",
            "Lead routing to the BDC",
            "Parts counter integration",
            "Owned by the dealer-group IT team",
            "Keep in sync with the feed spec from the listing site",
            "TODO: move to the shared config service",
            "Service lane / RO closeout export",
            "Recon board sync (used-car dept)",
            "Photo uploader settings",
            "OBD dongle fleet telemetry ingest",
        ])


def pyval(v):
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return str(v)
    return repr(v)


def jsval(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v)


def phpval(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return "'%s'" % v


def bare(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def ybare(v):
    """YAML scalar: quote when a plain scalar would be misread."""
    s = bare(v)
    if s == "" or s[0] in "*&!|>%@`{[\"'#,?-:" or ": " in s or " #" in s or s.endswith(":"):
        return json.dumps(s)
    return s


def ins(lines, item, r, lo=0):
    """insert item at a random position (>= lo)"""
    pos = r.randint(lo, len(lines))
    lines.insert(pos, item)
    return lines


# ---------------------------------------------------------------------------
# templates with a credential slot.  Each returns (relpath, text, filetype).
# ---------------------------------------------------------------------------
TEMPLATES = []


def tpl(shape, lang, env_ok=True):
    def deco(fn):
        TEMPLATES.append({"fn": fn, "shape": shape, "lang": lang, "env_ok": env_ok, "name": fn.__name__})
        return fn
    return deco


# ---- kv ------------------------------------------------------------------
@tpl("kv", "py")
def t_py_settings(g, s):
    r = g.r
    st = r.choice(["screaming", "screaming", "snake"])
    lines = ["%s = %s" % (name(w, st), pyval(v)) for w, v in g.settings(4, 10)]
    if s.pub_id:
        lines.append("%s = %r" % (s.idkey(st), s.pub_id))
    ins(lines, "%s = %s" % (s.key(st), s.lit("py", r.choice(["'", '"']))), r)
    head = ['"""%s."""' % g.comment(), "import os", "", "BASE_DIR = os.path.dirname(os.path.abspath(__file__))", ""]
    path = r.choice(["config/settings.py", "settings.py", "app/config.py", "dealer_sync/settings.py", "feeds/conf.py"])
    return path, "\n".join(head + lines) + "\n", "python"


@tpl("kv", "py")
def t_py_dataclass(g, s):
    r = g.r
    sets = g.settings(3, 7)
    lines = ["from dataclasses import dataclass, field", "import os", "", "", "@dataclass", "class %sConfig:" % r.choice(["Feed", "Dms", "Vendor", "Integration", "Sync"]),
             '    """%s"""' % g.comment()]
    body = []
    for w, v in sets:
        t = "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "str"
        body.append("    %s: %s = %s" % (name(w, "snake"), t, pyval(v)))
    if s.pub_id:
        body.append("    %s: str = %r" % (s.idkey("snake"), s.pub_id))
    ins(body, "    %s: str = %s" % (s.key("snake"), s.lit("py", '"')), r)
    lines += body + ["", "", "CONFIG = %sConfig()" % lines[5].split()[1][:-len("Config:")]]
    path = r.choice(["dealer_sync/config.py", "src/integrations/config.py", "jobs/settings.py"])
    return path, "\n".join(lines) + "\n", "python"


@tpl("kv", "php")
def t_php_array(g, s):
    r = g.r
    sets = g.settings(4, 9)
    body = ["    '%s' => %s," % (name(w, "snake"), phpval(v)) for w, v in sets]
    if s.pub_id:
        body.append("    '%s' => '%s'," % (s.idkey("snake"), s.pub_id))
    ins(body, "    '%s' => %s," % (s.key(r.choice(["snake", "camel"])), s.lit("php", "'")), r)
    lines = ["<?php", "", "// " + g.comment(), "", "return ["] + body + ["];"]
    path = r.choice(["config/dms.php", "config/services.php", "config/feeds.php", "app/config/vendors.php"])
    return path, "\n".join(lines) + "\n", "php"


@tpl("kv", "php")
def t_php_define(g, s):
    r = g.r
    sets = g.settings(3, 7)
    lines = ["<?php", "/**", " * Plugin Name: %s Inventory Sync" % g.f.dealer(), " * Version: %d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 20)), " */", "",
             "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", ""]
    body = ["define( '%s', %s );" % (name(["dis"] + w, "screaming"), phpval(v)) for w, v in sets]
    if s.pub_id:
        body.append("define( '%s', '%s' );" % (s.idkey("screaming"), s.pub_id))
    ins(body, "define( '%s', %s );" % (s.key("screaming"), s.lit("php", "'")), r)
    lines += body + ["", "require_once __DIR__ . '/includes/class-feed-importer.php';"]
    path = r.choice(["wp-content/plugins/dealer-inventory-sync/dealer-inventory-sync.php",
                     "wp-content/plugins/vdp-feeds/config.php", "wp-config-local.php"])
    return path, "\n".join(lines) + "\n", "php"


@tpl("kv", "js")
def t_node_config(g, s):
    r = g.r
    sets = g.settings(4, 9)
    body = ["  %s: %s," % (name(w, "camel"), jsval(v)) for w, v in sets]
    if s.pub_id:
        body.append("  %s: '%s'," % (s.idkey("camel"), s.pub_id))
    ins(body, "  %s: %s," % (s.key("camel"), s.lit("js", r.choice(["'", '"']))), r)
    lines = ["'use strict';", "", "// " + g.comment(), "module.exports = {"] + body + ["};"]
    path = r.choice(["config/default.js", "config/production.js", "src/config.js", "lib/vendors.config.js"])
    return path, "\n".join(lines) + "\n", "javascript"


@tpl("kv", "ts")
def t_ts_const(g, s):
    r = g.r
    sets = g.settings(3, 7)
    lines = ["// " + g.comment(), "import { z } from 'zod';", ""]
    for w, v in sets:
        lines.append("export const %s = %s;" % (name(w, "screaming"), jsval(v)))
    if s.pub_id:
        lines.append("export const %s = '%s';" % (s.idkey("screaming"), s.pub_id))
    ins(lines, "export const %s = %s;" % (s.key(r.choice(["screaming", "camel"])), s.lit("ts", "'")), r, 3)
    lines += ["", "export const VinSchema = z.string().length(17).regex(/^[A-HJ-NPR-Z0-9]{17}$/);"]
    path = r.choice(["src/lib/constants.ts", "src/config/vendors.ts", "src/services/parts/config.ts"])
    return path, "\n".join(lines) + "\n", "typescript"


@tpl("kv", "cs")
def t_cs_const(g, s):
    r = g.r
    sets = g.settings(3, 7)
    ns = r.choice(["DealerGroup.Integrations", "Lakeside.DmsBridge", "AutoFeeds.Core", "PartsCounter.Services"])
    body = []
    for w, v in sets:
        t = "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "string"
        vv = ("true" if v else "false") if isinstance(v, bool) else str(v) if isinstance(v, int) else json.dumps(v)
        body.append("        public const %s %s = %s;" % (t, name(w, "pascal"), vv))
    if s.pub_id:
        body.append('        public const string %s = "%s";' % (s.idkey("pascal"), s.pub_id))
    if s.is_env():
        ins(body, "        public static readonly string %s = %s;" % (s.key("pascal"), s.lit("cs")), r)
    else:
        ins(body, "        %s const string %s = %s;" % (r.choice(["public", "internal", "private"]), s.key("pascal"), s.lit("cs")), r)
    lines = ["using System;", "", "namespace %s" % ns, "{", "    // " + g.comment(), "    public static class %s" % r.choice(["VendorSettings", "FeedConstants", "DmsConfig"]), "    {"] + body + ["    }", "}"]
    path = r.choice(["src/%s/VendorSettings.cs" % ns, "Config/FeedConstants.cs", "DmsBridge/DmsConfig.cs"])
    return path, "\n".join(lines) + "\n", "csharp"


@tpl("kv", "appsettings")
def t_appsettings(g, s):
    r = g.r
    sec = r.choice(["Fortellis", "Dms", "Vendors", "Integrations", "Feeds", "Valuation", "Telematics"])
    sets = g.settings(2, 6)
    inner = ['      "%s": %s' % (name(w, "pascal"), jsval(v)) for w, v in sets]
    if s.pub_id:
        inner.append('      "%s": "%s"' % (s.idkey("pascal"), s.pub_id))
    ins(inner, '      "%s": %s' % (s.key("pascal"), s.lit("appsettings", '"')), r)
    lines = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
             '  "AllowedHosts": "*",', '  "%s": {' % sec, '    "%s": {' % r.choice(["Primary", "Default", "Store01", "Client"]),
             ",\n".join(inner), "    }", "  }", "}"]
    path = r.choice(["appsettings.json", "appsettings.Production.json", "src/DmsBridge.Api/appsettings.json", "appsettings.Staging.json"])
    return path, "\n".join(lines) + "\n", "json"


@tpl("kv", "env")
def t_dotenv(g, s):
    r = g.r
    lines = ["# " + g.comment()]
    for w, v in g.settings(4, 10):
        vv = bare(v)
        if " " in vv:
            vv = '"%s"' % vv
        lines.append("%s=%s" % (name(w, "screaming"), vv))
    if s.pub_id:
        lines.append("%s=%s" % (s.idkey("screaming"), s.pub_id))
    q = '"' if (not s.is_env() and " " in s.raw()) else r.choice(["", "", '"', "'"])
    if s.is_env():
        q = ""
    ins(lines, "%s=%s" % (s.key("screaming"), s.lit("env", q)), r, 1)
    path = r.choice([".env", ".env.production", "deploy/.env", "docker/.env.prod", ".env.local"])
    return path, "\n".join(lines) + "\n", "dotenv"


@tpl("kv", "sh")
def t_sh_exports(g, s):
    r = g.r
    lines = ["#!/usr/bin/env bash", "# " + g.comment(), "set -euo pipefail", ""]
    body = ['export %s="%s"' % (name(w, "screaming"), bare(v)) for w, v in g.settings(3, 7)]
    if s.pub_id:
        body.append("export %s='%s'" % (s.idkey("screaming"), s.pub_id))
    ins(body, "export %s=%s" % (s.key("screaming"), s.lit("sh", "'")), r)
    lines += body + ["", 'exec python3 -m dealer_sync.run --store "${STORE_NUMBER:-01}" "$@"']
    path = r.choice(["scripts/env.sh", "bin/run_sync.sh", "deploy/feed_env.sh", "jobs/dms_export_env.sh"])
    return path, "\n".join(lines) + "\n", "shell"


@tpl("kv", "yaml")
def t_yaml_config(g, s):
    r = g.r
    sec = r.choice(["fortellis", "dms", "vendors", "valuation", "parts_catalog", "telematics", "feeds"])
    lines = ["# " + g.comment(), "app:", "  name: %s" % r.choice(["inventory-sync", "dms-bridge", "lead-router", "parts-lookup"]),
             "  env: %s" % r.choice(["production", "staging"]), "%s:" % sec]
    body = ["  %s: %s" % (name(w, "snake"), ybare(v)) for w, v in g.settings(3, 7)]
    if s.pub_id:
        body.append("  %s: %s" % (s.idkey("snake"), ybare(s.pub_id)))
    ins(body, "  %s: %s" % (s.key(r.choice(["snake", "camel", "kebab"])), s.lit("yaml", s.yq())), r)
    lines += body
    path = r.choice(["config/integrations.yml", "config/application.yml", "config.yaml", "settings/production.yaml"])
    return path, "\n".join(lines) + "\n", "yaml"


@tpl("kv", "yaml")
def t_compose(g, s):
    r = g.r
    svc = r.choice(["feed-exporter", "dms-sync", "lead-router", "vin-decoder", "parts-api"])
    lines = ["version: \"3.8\"", "", "services:", "  %s:" % svc, "    image: registry.%s.internal/%s:%s" % (r.choice(["dlrgrp", "autoops"]), svc, r.choice(["latest", "1.4.2", "2024.06"])),
             "    restart: unless-stopped", "    environment:"]
    env = ["      %s: \"%s\"" % (name(w, "screaming"), bare(v)) for w, v in g.settings(3, 6)]
    if s.pub_id:
        env.append("      %s: %s" % (s.idkey("screaming"), s.pub_id))
    ins(env, "      %s: %s" % (s.key("screaming"), s.lit("yaml", s.yq(('"', "")))), r)
    lines += env + ["    volumes:", "      - ./exports:/data/exports", "  redis:", "    image: redis:7-alpine", "    ports:", "      - \"6379:6379\""]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yaml"]), "\n".join(lines) + "\n", "docker-compose"


@tpl("kv", "gha")
def t_gha(g, s):
    r = g.r
    lines = ["name: %s" % r.choice(["Nightly inventory export", "Deploy feed exporter", "Sync DMS"]), "", "on:", "  schedule:", "    - cron: '%s'" % r.choice(["0 7 * * *", "30 5 * * 1-6"]),
             "  workflow_dispatch:", "", "jobs:", "  export:", "    runs-on: ubuntu-latest", "    env:"]
    env = ["      %s: %s" % (name(w, "screaming"), ybare(v)) for w, v in g.settings(2, 5)]
    if s.pub_id:
        env.append("      %s: %s" % (s.idkey("screaming"), s.pub_id))
    ins(env, "      %s: %s" % (s.key("screaming"), s.lit("gha", s.yq())), r)
    lines += env + ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.11'",
                    "      - run: pip install -r requirements.txt", "      - run: python -m exporter --all-stores"]
    return r.choice([".github/workflows/export.yml", ".github/workflows/deploy.yml", ".github/workflows/nightly-feed.yml"]), "\n".join(lines) + "\n", "yaml"


@tpl("kv", "ini")
def t_ini(g, s):
    r = g.r
    sec = r.choice(["vendor", "dms", "valuation", "feed", "api"])
    lines = ["; " + g.comment(), "[general]"] + ["%s = %s" % (name(w, "snake"), bare(v)) for w, v in g.settings(2, 4)] + ["", "[%s]" % sec]
    body = ["%s = %s" % (name(w, "snake"), bare(v)) for w, v in g.settings(2, 5)]
    if s.pub_id:
        body.append("%s = %s" % (s.idkey("snake"), s.pub_id))
    ins(body, "%s = %s" % (s.key("snake"), s.lit("ini", "")), r)
    lines += body
    return r.choice(["config/sync.ini", "settings.ini", "conf/vendors.ini", "dms_export.ini"]), "\n".join(lines) + "\n", "ini"


@tpl("kv", "properties")
def t_properties(g, s):
    r = g.r
    pre = r.choice(["dealer", "integration", "vendor", "feed"])
    lines = ["# " + g.comment(), "spring.application.name=%s" % r.choice(["inventory-service", "lead-service", "parts-service"]),
             "server.port=%d" % r.choice([8080, 8081, 9090])]
    body = ["%s.%s=%s" % (pre, name(w, "kebab"), bare(v)) for w, v in g.settings(3, 7)]
    if s.pub_id:
        body.append("%s.%s=%s" % (pre, s.idkey("kebab"), s.pub_id))
    ins(body, "%s.%s=%s" % (pre, s.key("kebab"), s.lit("properties", "")), r)
    lines += body
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), "\n".join(lines) + "\n", "properties"


@tpl("kv", "toml")
def t_toml(g, s):
    r = g.r
    lines = ["# " + g.comment(), "[default]"] + ["%s = %s" % (name(w, "snake"), jsval(v)) for w, v in g.settings(2, 4)] + ["", "[default.%s]" % r.choice(["dms", "vendor", "valuation"])]
    body = ["%s = %s" % (name(w, "snake"), jsval(v)) for w, v in g.settings(2, 5)]
    if s.pub_id:
        body.append('%s = "%s"' % (s.idkey("snake"), s.pub_id))
    ins(body, "%s = %s" % (s.key("snake"), s.lit("toml", r.choice(['"', "'"]))), r)
    lines += body
    return r.choice(["settings.toml", "config/settings.toml", ".secrets.toml"]), "\n".join(lines) + "\n", "toml"


@tpl("kv", "xml")
def t_webconfig(g, s):
    r = g.r
    adds = ['    <add key="%s" value="%s" />' % (name(w, "pascal"), bare(v)) for w, v in g.settings(3, 7)]
    if s.pub_id:
        adds.append('    <add key="%s" value="%s" />' % (s.idkey("pascal"), s.pub_id))
    ins(adds, '    <add key="%s" value=%s />' % (s.key(r.choice(["pascal", "camel", "dot"])), s.lit("xml", '"')), r)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <!-- %s -->" % g.comment(), "  <appSettings>"] + adds + ["  </appSettings>",
             "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return r.choice(["Web.config", "App.config", "src/DmsExport.Service/App.config", "DealerPortal/Web.config"]), "\n".join(lines) + "\n", "xml"


@tpl("kv", "dockerfile", env_ok=False)
def t_dockerfile(g, s):
    r = g.r
    lines = ["FROM python:3.11-slim", "# " + g.comment(), "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . ."]
    envs = ['ENV %s=%s' % (name(w, "screaming"), json.dumps(bare(v))) for w, v in g.settings(2, 4)]
    if s.pub_id:
        envs.append("ENV %s=%s" % (s.idkey("screaming"), s.pub_id))
    ins(envs, "ENV %s=%s" % (s.key("screaming"), s.lit("env", '"')), r)
    lines += envs + ['CMD ["python", "-m", "feeds.export"]']
    return r.choice(["Dockerfile", "docker/exporter.Dockerfile", "services/dms-sync/Dockerfile"]), "\n".join(lines) + "\n", "dockerfile"


@tpl("kv", "tf", env_ok=False)
def t_tfvars(g, s):
    r = g.r
    lines = ["# " + g.comment()] + ['%s = %s' % (name(w, "snake"), jsval(v)) for w, v in g.settings(3, 7)]
    if s.pub_id:
        lines.append('%s = "%s"' % (s.idkey("snake"), s.pub_id))
    ins(lines, '%s = %s' % (s.key("snake"), s.lit("tf", '"')), r, 1)
    return r.choice(["terraform/prod.tfvars", "infra/terraform.tfvars", "terraform/envs/prod/terraform.tfvars"]), "\n".join(lines) + "\n", "terraform"


@tpl("kv", "rb")
def t_rb_initializer(g, s):
    r = g.r
    mod = r.choice(["VendorConfig", "DmsBridge", "FeedSettings"])
    lines = ["# frozen_string_literal: true", "", "# " + g.comment(), "%s.configure do |config|" % mod]
    body = ["  config.%s = %s" % (name(w, "snake"), jsval(v).replace("true", "true")) for w, v in g.settings(3, 7)]
    if s.pub_id:
        body.append("  config.%s = '%s'" % (s.idkey("snake"), s.pub_id))
    ins(body, "  config.%s = %s" % (s.key("snake"), s.lit("rb", "'")), r)
    lines += body + ["end"]
    return r.choice(["config/initializers/vendors.rb", "config/initializers/dms_bridge.rb"]), "\n".join(lines) + "\n", "ruby"


@tpl("kv", "go")
def t_go_const(g, s):
    r = g.r
    lines = ["package config", "", "// " + g.comment(), ""]
    if s.is_env():
        lines = ["package config", "", 'import "os"', "", "// " + g.comment(), ""]
    body = []
    for w, v in g.settings(3, 6):
        body.append("\t%s = %s" % (name(w, "pascal"), jsval(v)))
    if s.pub_id:
        body.append('\t%s = "%s"' % (s.idkey("pascal"), s.pub_id))
    lines += ["const ("] + body + [")", ""]
    if s.is_env():
        lines += ["var %s = %s" % (s.key("pascal"), s.lit("go"))]
    else:
        lines += ["var %s = %s" % (s.key(r.choice(["pascal", "camel"])), s.lit("go", r.choice(['"', "`"])))]
    return r.choice(["internal/config/config.go", "pkg/feeds/config.go", "cmd/obdsync/config.go"]), "\n".join(lines) + "\n", "go"


@tpl("kv", "java")
def t_java_const(g, s):
    r = g.r
    body = []
    for w, v in g.settings(3, 6):
        t = "boolean" if isinstance(v, bool) else "int" if isinstance(v, int) else "String"
        body.append("    public static final %s %s = %s;" % (t, name(w, "screaming"), jsval(v)))
    if s.pub_id:
        body.append('    public static final String %s = "%s";' % (s.idkey("screaming"), s.pub_id))
    ins(body, "    %s static final String %s = %s;" % (r.choice(["public", "private"]), s.key("screaming"), s.lit("java")), r)
    lines = ["package com.dealergroup.integration;", "", "/** %s */" % g.comment(), "public final class VendorConstants {", ""] + body + ["", "    private VendorConstants() {}", "}"]
    return "src/main/java/com/dealergroup/integration/VendorConstants.java", "\n".join(lines) + "\n", "java"


@tpl("kv", "csv", env_ok=False)
def t_csv_settings(g, s):
    r = g.r
    rows = ["setting,value,notes"]
    body = ["%s,%s,%s" % (name(w, "snake"), bare(v), r.choice(["", "per store", "set by vendor", "see runbook"])) for w, v in g.settings(4, 10)]
    if s.pub_id:
        body.append("%s,%s,issued by vendor" % (s.idkey("snake"), s.pub_id))
    ins(body, "%s,%s,%s" % (s.key("snake"), s.lit("csv", ""), r.choice(["", "rotate yearly", "prod"])), r)
    return r.choice(["config/integration_settings.csv", "data/vendor_settings.csv", "import/store_config.csv"]), "\n".join(rows + body) + "\n", "csv"


@tpl("kv", "ps1")
def t_ps1(g, s):
    r = g.r
    lines = ["# " + g.comment(), "[CmdletBinding()]", "param(", "    [string]$Store = '01'", ")", ""]
    body = ["$%s = '%s'" % (name(w, "pascal"), bare(v)) for w, v in g.settings(3, 6)]
    if s.pub_id:
        body.append("$%s = '%s'" % (s.idkey("pascal"), s.pub_id))
    ins(body, "$%s = %s" % (s.key("pascal"), s.lit("ps1", "'")), r)
    lines += body + ["", "Import-Module \"$PSScriptRoot\\DmsExport.psm1\"", "Invoke-DmsExport -Store $Store -OutDir 'D:\\Exports'"]
    return r.choice(["scripts/Export-DmsData.ps1", "tools/Sync-Inventory.ps1"]), "\n".join(lines) + "\n", "powershell"


@tpl("kv", "json")
def t_postman_env(g, s):
    r = g.r
    vals = ['    { "key": "%s", "value": %s, "enabled": true }' % (name(w, "camel"), json.dumps(bare(v))) for w, v in g.settings(3, 6)]
    if s.pub_id:
        vals.append('    { "key": "%s", "value": "%s", "enabled": true }' % (s.idkey("camel"), s.pub_id))
    ins(vals, '    { "key": "%s", "value": %s, "type": "%s", "enabled": true }' % (s.key("camel"), s.lit("postman", '"'), r.choice(["default", "secret"])), r)
    lines = ["{", '  "id": "%s",' % g.f.uuid(), '  "name": "%s",' % r.choice(["Fortellis Prod", "Vendor APIs - staging", "DMS bridge", "Parts APIs"]), '  "values": [', ",\n".join(vals), "  ],",
             '  "_postman_variable_scope": "environment"', "}"]
    return r.choice(["postman/prod.postman_environment.json", "postman/environments/staging.postman_environment.json"]), "\n".join(lines) + "\n", "postman"


@tpl("kv", "json")
def t_node_json(g, s):
    r = g.r
    sec = r.choice(["vendors", "dms", "valuation", "listing"])
    inner = ['    "%s": %s' % (name(w, "camel"), jsval(v)) for w, v in g.settings(3, 7)]
    if s.pub_id:
        inner.append('    "%s": "%s"' % (s.idkey("camel"), s.pub_id))
    ins(inner, '    "%s": %s' % (s.key("camel"), s.lit("json", '"')), r)
    lines = ["{", '  "port": %d,' % r.choice([3000, 8080]), '  "%s": {' % sec, ",\n".join(inner), "  }", "}"]
    return r.choice(["config/production.json", "config/default.json", "server/config.json"]), "\n".join(lines) + "\n", "json"


@tpl("kv", "crontab")
def t_crontab(g, s):
    r = g.r
    lines = ["# " + g.comment(), "SHELL=/bin/bash", "MAILTO=%s" % g.f.email(), "PATH=/usr/local/bin:/usr/bin:/bin"]
    envs = ["%s=%s" % (name(w, "screaming"), bare(v)) for w, v in g.settings(1, 3) if " " not in bare(v)]
    if s.pub_id:
        envs.append("%s=%s" % (s.idkey("screaming"), s.pub_id))
    val = s.lit("crontab", "") if not (not s.is_env() and " " in s.raw()) else s.lit("crontab", '"')
    ins(envs, "%s=%s" % (s.key("screaming"), val), r)
    lines += envs + ["", "# m h dom mon dow command", "%s /opt/feeds/bin/export_inventory.sh >> /var/log/feeds/export.log 2>&1" % r.choice(["15 2 * * *", "*/30 6-20 * * *"]),
                     "0 4 * * 0 /opt/feeds/bin/rotate_logs.sh"]
    return r.choice(["deploy/crontab", "ops/cron/feeds.cron", "etc/cron.d/dealer-feeds"]), "\n".join(lines) + "\n", "crontab"


@tpl("kv", "yaml", env_ok=False)
def t_k8s_secret(g, s):
    r = g.r
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % r.choice(["vendor-credentials", "dms-bridge", "feed-exporter"]), "  namespace: %s" % r.choice(["dealer-apps", "feeds", "default"]),
             "  labels:", "    app.kubernetes.io/part-of: dealer-platform", "type: Opaque", "stringData:"]
    body = []
    if s.pub_id:
        body.append("  %s: %s" % (s.idkey("screaming"), s.pub_id))
    ins(body, "  %s: %s" % (s.key("screaming"), s.lit("yaml", '"')), r)
    lines += body
    return r.choice(["k8s/secret.yaml", "deploy/k8s/vendor-secret.yml", "helm/templates/secret.yaml"]), "\n".join(lines) + "\n", "yaml"


@tpl("kv", "md")
def t_md_runbook(g, s):
    r = g.r
    prov = pname(s)
    lines = ["# Runbook: %s integration" % prov, "", g.comment() + ".", "", "## Restarting the job", "",
             "1. SSH to `%s`" % r.choice(["feeds01", "jobs-prod-2", "dms-bridge-01"]), "2. Set the environment and run the exporter:", "", "```bash"]
    if s.pub_id:
        lines.append("export %s=%s" % (s.idkey("screaming"), s.pub_id))
    lines += ["export %s=%s" % (s.key("screaming"), s.lit("md", "'")), "python -m exporter --store 01 --since yesterday", "```", "",
              "## Contacts", "", "- Vendor support: %s" % g.f.phone(), "- Internal owner: %s" % g.f.email()]
    return r.choice(["notes/runbook.md", "docs/runbooks/%s.md" % g.f.slug(prov), "RUNBOOK.md"]), "\n".join(lines) + "\n", "markdown"


@tpl("userpass", "sql", env_ok=True)
def t_sql_login(g, s):
    r = g.r
    db = r.choice(["DmsReporting", "InventoryStage", "PartsCatalog"])
    user = s.user or "svc_export"
    lines = ["-- " + g.comment(), "-- migration %04d: service login for the nightly export" % r.randint(10, 200), "USE [master];", "GO", "",
             "CREATE LOGIN [%s] WITH PASSWORD = %s, CHECK_POLICY = ON;" % (user, s.lit("sql", "'")), "GO", "", "USE [%s];" % db, "GO",
             "CREATE USER [%s] FOR LOGIN [%s];" % (user, user), "ALTER ROLE db_datareader ADD MEMBER [%s];" % user, "GO"]
    return "db/migrations/%04d_create_export_login.sql" % r.randint(10, 200), "\n".join(lines) + "\n", "sql"


def pname(s):
    return s.spec["provider"].split(" (")[0]


def client_class(s):
    base = pname(s).split("(")[0].replace(" feed", "").replace("&", " ")
    parts = "".join(c if c.isalnum() else " " for c in base).split()
    return "".join(p[:1].upper() + p[1:] for p in parts) + "Client"


def host_of(s):
    return s.spec["host"]


def up_keys(s, style):
    return name(s.spec["userwords"], style), name(s.spec["pwwords"], style)


# ---- userpass --------------------------------------------------------------
@tpl("userpass", "ini", env_ok=True)
def t_ini_account(g, s):
    r = g.r
    uk, pk = up_keys(s, r.choice(["snake", "snake", "camel"]))
    sec = g.f.slug(pname(s)).replace("-", "_")
    lines = ["; " + g.comment(), "[%s]" % sec, "host = %s" % host_of(s)]
    if s.spec["scheme"] in ("ftp", "sftp"):
        lines += ["port = %d" % (22 if s.spec["scheme"] == "sftp" else 21), "protocol = %s" % s.spec["scheme"], "remote_dir = %s" % s.spec["path"]]
    lines += ["%s = %s" % (uk, s.user), "%s = %s" % (pk, s.lit("ini", "")), ""]
    lines += ["[schedule]"] + ["%s = %s" % (name(w, "snake"), bare(v)) for w, v in g.settings(2, 4)]
    return r.choice(["config/feeds.ini", "conf/%s.ini" % sec, "upload.ini"]), "\n".join(lines) + "\n", "ini"


@tpl("userpass", "netrc", env_ok=False)
def t_netrc(g, s):
    r = g.r
    lines = ["# " + g.comment(), "machine %s" % host_of(s), "  login %s" % s.user, "  password %s" % s.lit("netrc", ""), "",
             "machine vpic.nhtsa.dot.gov", "  login anonymous", "  password %s" % g.f.email()]
    if r.random() < 0.5:
        lines[4:4] = ["", "machine github.com", "  login %s" % g.f.user("ci")]
    return r.choice([".netrc", "deploy/netrc", "ops/feeds.netrc"]), "\n".join(lines) + "\n", "netrc"


@tpl("userpass", "xml", env_ok=True)
def t_soap_xml(g, s):
    r = g.r
    ns = "https://%s/%s" % (host_of(s), r.choice(["UsedCarWS", "OpenTrack", "Service"]))
    uk, pk = ("userid", "password") if r.random() < 0.5 else up_keys(s, "camel")
    f = g.f
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!-- %s -->" % g.comment(),
             '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
             "  <soap:Header>", '    <UserCredentials xmlns="%s">' % ns, "      <%s>%s</%s>" % (uk, s.user, uk),
             "      <%s>%s</%s>" % (pk, s.lit("xml", ""), pk), "      <customer>%s</customer>" % f.dealer_code(), "    </UserCredentials>", "  </soap:Header>",
             "  <soap:Body>", '    <VINValues xmlns="%s">' % ns, "      <sVIN>%s</sVIN>" % f.vin(), "      <iMileage>%d</iMileage>" % f.miles(),
             "      <sState>%s</sState>" % f.city()[1], "    </VINValues>", "  </soap:Body>", "</soap:Envelope>"]
    return r.choice(["soap/requests/vin_values.xml", "test/fixtures/soap_request.xml", "samples/valuation_request.xml"]), "\n".join(lines) + "\n", "xml"


@tpl("userpass", "yaml", env_ok=True)
def t_yaml_userpass(g, s):
    r = g.r
    st = r.choice(["snake", "camel"])
    uk, pk = up_keys(s, st)
    lines = ["# " + g.comment(), "%s:" % r.choice(["dms_export", "vendor", "upstream", "connection"]), "  provider: %s" % pname(s), "  host: %s" % host_of(s)]
    lines += ["  %s: %s" % (uk, ybare(s.user)), "  %s: %s" % (pk, s.lit("yaml", s.yq()))]
    lines += ["  %s: %s" % (name(w, st), ybare(v)) for w, v in g.settings(2, 6)]
    lines += ["jobs:", "  - name: nightly", "    cron: \"%s\"" % r.choice(["0 3 * * *", "30 1 * * *"]), "    stores: [%s]" % ", ".join("\"%02d\"" % i for i in range(1, r.randint(2, 6)))]
    return r.choice(["config/dms_export.yml", "jobs/export.yaml", "config/upstream.yml"]), "\n".join(lines) + "\n", "yaml"


@tpl("userpass", "py", env_ok=True)
def t_py_creds_dict(g, s):
    r = g.r
    uk, pk = up_keys(s, "snake")
    lines = ['"""%s."""' % g.comment(), "import os" if s.is_env() else "import json", "import requests", "", "CREDENTIALS = {", '    "%s": "%s",' % (uk, s.user), '    "%s": %s,' % (pk, s.lit("py", '"')), "}", "",
             "BASE_URL = \"https://%s%s\"" % (host_of(s), s.spec["path"]), "", "",
             "def fetch(session=None):", "    session = session or requests.Session()",
             "    resp = session.post(BASE_URL, json=CREDENTIALS, timeout=%d)" % r.choice([15, 30, 60]), "    resp.raise_for_status()", "    return resp.json()"]
    return r.choice(["integrations/auth.py", "dealer_sync/vendor_auth.py", "scripts/fetch_token.py"]), "\n".join(lines) + "\n", "python"


@tpl("userpass", "php", env_ok=True)
def t_php_soapheader(g, s):
    r = g.r
    uk, pk = up_keys(s, r.choice(["snake", "camel"]))
    lines = ["<?php", "// " + g.comment(), "", "$client = new SoapClient('https://%s%s?WSDL', ['trace' => 1]);" % (host_of(s), s.spec["path"]),
             "$creds = [", "    '%s' => '%s'," % (uk, s.user), "    '%s' => %s," % (pk, s.lit("php", "'")), "    'customer' => '%s'," % g.f.dealer_code(), "];",
             "$client->__setSoapHeaders(new SoapHeader('https://%s/', 'UserCredentials', $creds));" % host_of(s), "",
             "$vin = $argv[1] ?? '%s';" % g.f.vin(), "$result = $client->VINValues(['sVIN' => $vin, 'iMileage' => 42000]);", "print_r($result);"]
    return r.choice(["cron/valuation_lookup.php", "lib/soap_client.php", "bin/vin_values.php"]), "\n".join(lines) + "\n", "php"


@tpl("userpass", "js", env_ok=True)
def t_node_auth(g, s):
    r = g.r
    uk, pk = up_keys(s, "camel")
    lines = ["const axios = require('axios');", "", "// " + g.comment(), "const client = axios.create({", "  baseURL: 'https://%s'," % host_of(s), "  timeout: %d," % r.choice([10000, 30000]),
             "  auth: {", "    username: '%s'," % s.user, "    password: %s," % s.lit("js", "'"), "  },", "});", "",
             "async function pull(storeId) {", "  const { data } = await client.get('%s', { params: { store: storeId } });" % s.spec["path"], "  return data;", "}", "",
             "module.exports = { pull };"]
    return r.choice(["src/services/vendorClient.js", "lib/dms.js", "jobs/pull.js"]), "\n".join(lines) + "\n", "javascript"


@tpl("userpass", "appsettings", env_ok=True)
def t_appsettings_conn(g, s):
    r = g.r
    lines = ["{", '  "ConnectionStrings": {',
             '    "%s": "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True;"' % (
                 r.choice(["DmsReporting", "Default", "Export"]), r.choice(["dms-sql01.dealergroup.local", "10.20.4.15,1433", "sql-prod\\\\DMS"]),
                 r.choice(["DmsReporting", "Inventory", "ServiceHistory"]), s.user, s.lit("appsettings", "")),
             "  },", '  "Serilog": { "MinimumLevel": "Information" },', '  "Export": {']
    lines.append(",\n".join('    "%s": %s' % (name(w, "pascal"), jsval(v)) for w, v in g.settings(2, 5)))
    lines += ["  }", "}"]
    return r.choice(["appsettings.json", "src/DmsExport.Worker/appsettings.Production.json"]), "\n".join(lines) + "\n", "json"


@tpl("userpass", "postman", env_ok=True)
def t_postman_basic_fields(g, s):
    r = g.r
    lines = ["{", '  "info": {', '    "_postman_id": "%s",' % g.f.uuid(), '    "name": "%s",' % pname(s),
             '    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"', "  },", '  "auth": {', '    "type": "basic",', '    "basic": [',
             '      { "key": "username", "value": "%s", "type": "string" },' % s.user,
             '      { "key": "password", "value": %s, "type": "string" }' % s.lit("postman", '"'), "    ]", "  },", '  "item": [', "    {",
             '      "name": "Lookup VIN",', '      "request": {', '        "method": "GET",', '        "url": "https://%s%s?vin=%s"' % (host_of(s), s.spec["path"], g.f.vin()),
             "      }", "    }", "  ]", "}"]
    return r.choice(["postman/%s.postman_collection.json" % g.f.slug(pname(s)), "docs/api/collection.json"]), "\n".join(lines) + "\n", "postman"


# ---- header ---------------------------------------------------------------
def hdr(s):
    h, pre = s.spec["header"]
    return h, pre


@tpl("header", "py", env_ok=True)
def t_py_headers(g, s):
    r = g.r
    h, pre = hdr(s)
    val = ('"%s" + %s' % (pre, s.lit("py")) if pre else s.lit("py")) if s.is_env() else '"%s%s"' % (pre, s.raw())
    lines = (["import os"] if s.is_env() else []) + ["import requests", "", "# " + g.comment(), "URL = \"https://%s%s\"" % (host_of(s), s.spec["path"]), "",
             "session = requests.Session()", "session.headers.update({", '    "Accept": "application/json",', '    "%s": %s,' % (h, val), "})", "",
             "", "def get_page(page=1):", "    r = session.get(URL, params={\"page\": page, \"rows\": %d}, timeout=30)" % r.choice([25, 50]), "    r.raise_for_status()", "    return r.json()"]
    return r.choice(["integrations/client.py", "scripts/pull_%s.py" % g.f.slug(pname(s)).split("-")[0], "sync/http.py"]), "\n".join(lines) + "\n", "python"


@tpl("header", "js", env_ok=True)
def t_node_fetch(g, s):
    r = g.r
    h, pre = hdr(s)
    val = ("`%s${%s}`" % (pre, s.lit("js")) if s.is_env() else "'%s%s'" % (pre, s.raw()))
    lines = ["// " + g.comment(), "export async function fetchInventory(dealerId) {", "  const res = await fetch(`https://%s%s?dealer_id=${dealerId}`, {" % (host_of(s), s.spec["path"]),
             "    method: 'GET',", "    headers: {", "      'Content-Type': 'application/json',", "      '%s': %s," % (h, val), "    },", "  });",
             "  if (!res.ok) throw new Error(`upstream ${res.status}`);", "  return res.json();", "}"]
    return r.choice(["src/api/inventory.js", "src/lib/vendorFetch.mjs", "functions/sync.js"]), "\n".join(lines) + "\n", "javascript"


@tpl("header", "php", env_ok=True)
def t_php_curl(g, s):
    r = g.r
    h, pre = hdr(s)
    val = ("'%s: %s' . %s" % (h, pre, s.lit("php")) if s.is_env() else "'%s: %s%s'" % (h, pre, s.raw()))
    lines = ["<?php", "// " + g.comment(), "$vin = $argv[1] ?? '%s';" % g.f.vin(), "$ch = curl_init('https://%s%s' . urlencode($vin));" % (host_of(s), s.spec["path"]),
             "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);", "curl_setopt($ch, CURLOPT_HTTPHEADER, [", "    'Accept: application/json',", "    %s," % val, "]);",
             "$body = curl_exec($ch);", "if ($body === false) {", "    fwrite(STDERR, curl_error($ch));", "    exit(1);", "}", "file_put_contents(__DIR__ . '/cache/' . $vin . '.json', $body);"]
    return r.choice(["cron/fetch_report.php", "bin/lookup.php", "includes/vendor_api.php"]), "\n".join(lines) + "\n", "php"


@tpl("header", "cs", env_ok=True)
def t_cs_header(g, s):
    r = g.r
    h, pre = hdr(s)
    if h == "Authorization":
        add = 'new AuthenticationHeaderValue("%s", %s)' % (pre.strip(), s.lit("cs") if s.is_env() else '"%s"' % s.raw())
        line = "            _http.DefaultRequestHeaders.Authorization = %s;" % add
    else:
        line = '            _http.DefaultRequestHeaders.Add("%s", %s);' % (h, s.lit("cs") if s.is_env() else '"%s"' % s.raw())
    lines = ["using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Threading.Tasks;", "", "namespace DealerGroup.Integrations", "{",
             "    // " + g.comment(), "    public class %s" % client_class(s), "    {", "        private readonly HttpClient _http;", "",
             "        public %s(HttpClient http)" % client_class(s), "        {", "            _http = http;", '            _http.BaseAddress = new System.Uri("https://%s");' % host_of(s), line, "        }", "",
             "        public Task<string> GetAsync(string path) => _http.GetStringAsync(path);", "    }", "}"]
    return "src/Integrations/%s.cs" % client_class(s), "\n".join(lines) + "\n", "csharp"


@tpl("header", "sh", env_ok=True)
def t_sh_curl_header(g, s):
    r = g.r
    h, pre = hdr(s)
    val = '"%s: %s%s"' % (h, pre, s.lit("sh", "")[1:-1] if s.is_env() else s.raw())
    lines = ["#!/bin/sh", "# " + g.comment(), "set -e", "OUT=${1:-/tmp/out.json}", "",
             "curl -sS --fail \\", "  -H 'Accept: application/json' \\", "  -H %s \\" % val, "  'https://%s%s' \\" % (host_of(s), s.spec["path"]), "  -o \"$OUT\"", "",
             "echo \"saved $(wc -c < \"$OUT\") bytes\""]
    return r.choice(["scripts/pull.sh", "bin/fetch_vendor.sh", "cron/pull_leads.sh"]), "\n".join(lines) + "\n", "shell"


@tpl("header", "http", env_ok=False)
def t_http_file(g, s):
    r = g.r
    h, pre = hdr(s)
    lines = ["### " + g.comment(), "GET https://%s%s" % (host_of(s), s.spec["path"]), "Accept: application/json", "%s: %s%s" % (h, pre, s.raw()), "",
             "###", "GET https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValues/%s?format=json" % g.f.vin(), "Accept: application/json"]
    return r.choice(["requests/vendor.http", "api.http", "docs/requests.http"]), "\n".join(lines) + "\n", "http"


@tpl("header", "postman", env_ok=True)
def t_postman_header(g, s):
    r = g.r
    h, pre = hdr(s)
    v = s.lit("postman", "")
    lines = ["{", '  "info": {', '    "_postman_id": "%s",' % g.f.uuid(), '    "name": "%s API",' % pname(s),
             '    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"', "  },", '  "item": [', "    {", '      "name": "List",', '      "request": {',
             '        "method": "GET",', '        "header": [', '          { "key": "Accept", "value": "application/json" },', '          { "key": "%s", "value": "%s%s" }' % (h, pre, v), "        ],",
             '        "url": { "raw": "https://%s%s", "protocol": "https", "host": ["%s"] }' % (host_of(s), s.spec["path"], host_of(s)), "      }", "    }", "  ]", "}"]
    return r.choice(["postman/collection.json", "postman/%s.postman_collection.json" % g.f.slug(pname(s))]), "\n".join(lines) + "\n", "postman"


# ---- query ------------------------------------------------------------------
def qurl(g, s, extra=None):
    p = s.spec["param"]
    vin = g.f.vin()
    base = "https://%s%s" % (host_of(s), s.spec["path"])
    if pname(s) == "VinAudit":
        return "%s?vin=%s&%s=%s&format=json" % (base, vin, p, s.raw())
    if pname(s) == "Edmunds":
        return "%s%s?fmt=json&%s=%s" % (base, vin, p, s.raw())
    if pname(s) == "DataOne":
        return "%s?client_id=%s&%s=%s&decoder_query=%s" % (base, s.pub_id or g.f.dealer_code(), p, s.raw(), vin)
    return "%s?%s=%s&vin=%s&rows=%d" % (base, p, s.raw(), vin, g.r.choice([10, 25, 50]))


@tpl("query", "py", env_ok=False)
def t_py_url(g, s):
    r = g.r
    lines = ["#!/usr/bin/env python3", '"""%s."""' % g.comment(), "import json", "import sys", "import urllib.request", "",
             "URL = %r" % qurl(g, s), "", "", "def main():", "    with urllib.request.urlopen(URL, timeout=30) as resp:", "        data = json.load(resp)",
             "    json.dump(data, sys.stdout, indent=2)", "", "", 'if __name__ == "__main__":', "    main()"]
    return r.choice(["scripts/check_vin.py", "tools/market_snapshot.py", "scripts/pull_vin_history.py"]), "\n".join(lines) + "\n", "python"


@tpl("query", "php", env_ok=False)
def t_php_url(g, s):
    r = g.r
    lines = ["<?php", "// " + g.comment(), "$url = '%s';" % qurl(g, s), "$json = @file_get_contents($url);", "if (!$json) {", "    error_log('lookup failed');", "    exit(1);", "}",
             "$data = json_decode($json, true);", "foreach (($data['listings'] ?? []) as $row) {", "    echo $row['vin'] . \"\\t\" . ($row['price'] ?? '') . PHP_EOL;", "}"]
    return r.choice(["cron/market_prices.php", "tools/vin_lookup.php", "public/ajax/history.php"]), "\n".join(lines) + "\n", "php"


@tpl("query", "cs", env_ok=False)
def t_cs_url(g, s):
    r = g.r
    lines = ["using System.Net.Http;", "using System.Threading.Tasks;", "", "namespace AutoFeeds.Core", "{", "    // " + g.comment(), "    public static class MarketLookup", "    {",
             "        private static readonly HttpClient Http = new HttpClient();", "",
             "        public static async Task<string> RunAsync()", "        {", '            var url = "%s";' % qurl(g, s), "            return await Http.GetStringAsync(url);", "        }", "    }", "}"]
    return r.choice(["src/AutoFeeds.Core/MarketLookup.cs", "Services/VinHistory.cs"]), "\n".join(lines) + "\n", "csharp"


@tpl("query", "yaml", env_ok=False)
def t_yaml_url(g, s):
    r = g.r
    lines = ["# " + g.comment(), "sources:", "  - name: %s" % g.f.slug(pname(s)), "    url: %s" % qurl(g, s), "    method: GET", "    interval: %s" % r.choice(["1h", "6h", "24h"]),
             "  - name: nhtsa-recalls", "    url: https://api.nhtsa.gov/recalls/recallsByVehicle?make=ford&model=f-150&modelYear=2021", "    method: GET", "    interval: 24h"]
    lines += ["output:", "  dir: /data/snapshots", "  format: %s" % r.choice(["jsonl", "parquet"])]
    return r.choice(["config/sources.yml", "pipelines/market.yaml"]), "\n".join(lines) + "\n", "yaml"


@tpl("query", "crontab", env_ok=False)
def t_crontab_url(g, s):
    r = g.r
    lines = ["# " + g.comment(), "MAILTO=\"\"", "", "%s curl -fsS '%s' -o /var/cache/market/$(date +\\%%F).json" % (r.choice(["0 6 * * *", "30 */6 * * *"]), qurl(g, s)),
             "0 7 * * * /usr/local/bin/import_market_snapshot /var/cache/market", "0 3 * * 0 find /var/cache/market -mtime +30 -delete"]
    return r.choice(["ops/crontab.txt", "deploy/market.cron"]), "\n".join(lines) + "\n", "crontab"


@tpl("query", "js", env_ok=False)
def t_node_url(g, s):
    r = g.r
    lines = ["const https = require('https');", "", "// " + g.comment(), "const ENDPOINT = '%s';" % qurl(g, s), "",
             "https.get(ENDPOINT, (res) => {", "  let body = '';", "  res.on('data', (c) => (body += c));", "  res.on('end', () => console.log(JSON.parse(body)));", "}).on('error', console.error);"]
    return r.choice(["scripts/market.js", "tools/vinHistory.js"]), "\n".join(lines) + "\n", "javascript"


@tpl("query", "xml", env_ok=False)
def t_xml_endpoint(g, s):
    r = g.r
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<!-- %s -->" % g.comment(), "<integrations>", '  <integration name="%s" enabled="true">' % g.f.slug(pname(s)),
             "    <endpoint><![CDATA[%s]]></endpoint>" % qurl(g, s), "    <timeoutSeconds>%d</timeoutSeconds>" % r.choice([20, 30, 60]), "  </integration>",
             '  <integration name="nhtsa-vpic" enabled="true">', "    <endpoint>https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValuesBatch/</endpoint>", "  </integration>", "</integrations>"]
    return r.choice(["config/integrations.xml", "Resources/endpoints.xml"]), "\n".join(lines) + "\n", "xml"


# ---- urlcred -----------------------------------------------------------------
def url_with(s, scheme=None, port=True):
    sc = scheme or s.spec["scheme"]
    h = host_of(s)
    if sc == "postgresql":
        return "postgresql://%s:%s@%s:5432%s" % (s.user, s.raw(), h, s.spec["path"])
    if sc == "mssql":
        return "mssql+pyodbc://%s:%s@%s%s?driver=ODBC+Driver+18+for+SQL+Server" % (s.user, s.raw(), h, s.spec["path"])
    return "%s://%s:%s@%s%s" % (sc, s.user, s.raw(), h, s.spec["path"])


def feed_file(g):
    return g.r.choice(["inventory.csv", "inventory_%s.csv" % g.f.dealer_code(), "vehicles.txt", "export.xml", "used_inventory.csv"])


@tpl("urlcred", "sh", env_ok=False)
def t_sh_curl_ftp(g, s):
    r = g.r
    f = feed_file(g)
    lines = ["#!/usr/bin/env bash", "# " + g.comment(), "set -euo pipefail", "", "EXPORT_DIR=/data/exports", "FILE=\"$EXPORT_DIR/%s\"" % f, "",
             "python3 /opt/feeds/build_feed.py --out \"$FILE\"", "",
             "curl --silent --show-error --ftp-create-dirs -T \"$FILE\" \"%s\"" % url_with(s), "",
             "logger -t feed-upload \"uploaded $(basename \"$FILE\") to %s\"" % host_of(s)]
    return r.choice(["scripts/upload_inventory.sh", "bin/push_feed.sh", "cron/upload_%s.sh" % g.f.slug(pname(s)).split("-")[0]]), "\n".join(lines) + "\n", "shell"


@tpl("urlcred", "sh", env_ok=False)
def t_sh_lftp(g, s):
    r = g.r
    f = feed_file(g)
    sc = s.spec["scheme"]
    lines = ["#!/bin/bash", "# " + g.comment(), "LOCAL=/srv/feeds/out/%s" % f, "REMOTE_DIR=%s" % s.spec["path"], "",
             "lftp -u %s,%s %s://%s <<EOF" % (s.user, s.raw(), sc, host_of(s)), "set ssl:verify-certificate no" if sc == "ftp" else "set sftp:auto-confirm yes",
             "cd $REMOTE_DIR", "put $LOCAL", "bye", "EOF", "", "echo \"$(date -Is) upload rc=$?\" >> /var/log/feeds/upload.log"]
    return r.choice(["scripts/lftp_upload.sh", "feeds/upload.sh", "ops/push_inventory.sh"]), "\n".join(lines) + "\n", "shell"


@tpl("urlcred", "lftp", env_ok=False)
def t_lftp_script(g, s):
    r = g.r
    sc = s.spec["scheme"]
    if r.random() < 0.5:
        op = "open -u %s,%s %s://%s" % (s.user, s.raw(), sc, host_of(s))
    else:
        op = "open %s" % url_with(s).rsplit(s.spec["path"], 1)[0]
    lines = ["# " + g.comment(), "set net:max-retries 3", "set net:timeout 30", op, "cd %s" % s.spec["path"], "lcd /srv/feeds/out",
             "mput *.csv", "bye"]
    return r.choice(["feeds/%s.lftp" % g.f.slug(pname(s)).split("-")[0], "scripts/upload.lftp"]), "\n".join(lines) + "\n", "lftp"


@tpl("urlcred", "winscp", env_ok=False)
def t_winscp(g, s):
    r = g.r
    sc = s.spec["scheme"]
    hk = ' -hostkey="ssh-ed25519 255 %s"' % base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("=") if sc == "sftp" else ""
    lines = ["# WinSCP script - " + g.comment(), "option batch abort", "option confirm off",
             "open %s://%s:%s@%s/%s" % (sc, s.user, s.raw(), host_of(s), hk), "cd %s" % s.spec["path"], "lcd D:\\Feeds\\Out",
             "put %s" % feed_file(g), "close", "exit"]
    return r.choice(["feeds/%s_upload.txt" % g.f.slug(pname(s)).split("-")[0], "scripts/winscp_upload.txt", "Feeds/upload.winscp"]), "\r\n".join(lines) + "\r\n", "winscp"


@tpl("urlcred", "env", env_ok=False)
def t_env_dburl(g, s):
    r = g.r
    lines = ["# " + g.comment()] + ["%s=%s" % (name(w, "screaming"), bare(v)) for w, v in g.settings(5, 9) if " " not in bare(v)]
    key = "DATABASE_URL" if s.spec["scheme"] in ("postgresql", "mssql") else r.choice(["FEED_UPLOAD_URL", "UPLOAD_TARGET", "DESTINATION"])
    ins(lines, "%s=%s" % (key, url_with(s)), r, 1)
    return r.choice([".env", ".env.production", "deploy/prod.env"]), "\n".join(lines) + "\n", "dotenv"


@tpl("urlcred", "py", env_ok=False)
def t_py_engine(g, s):
    r = g.r
    lines = ['"""%s."""' % g.comment(), "import pandas as pd", "from sqlalchemy import create_engine", ""]
    if s.spec["scheme"] in ("postgresql", "mssql"):
        lines += ["engine = create_engine(%r, pool_pre_ping=True)" % url_with(s), "", "",
                  "def load_inventory():", "    return pd.read_sql(\"SELECT vin, stock_no, price FROM vehicles WHERE status = 'A'\", engine)"]
    else:
        lines = ['"""%s."""' % g.comment(), "import fsspec", "", "DEST = %r" % url_with(s), "", "",
                 "def push(local_path):", "    with open(local_path, 'rb') as src, fsspec.open(DEST + '%s', 'wb') as dst:" % feed_file(g), "        dst.write(src.read())"]
    return r.choice(["etl/db.py", "jobs/load.py", "feeds/push.py"]), "\n".join(lines) + "\n", "python"


@tpl("urlcred", "yaml", env_ok=False)
def t_compose_url(g, s):
    r = g.r
    key = "DATABASE_URL" if s.spec["scheme"] in ("postgresql", "mssql") else "UPLOAD_URL"
    lines = ["services:", "  worker:", "    build: .", "    environment:", "      - %s=%s" % (key, url_with(s)), "      - LOG_LEVEL=info", "      - STORE_IDS=01,02,05",
             "    depends_on:", "      - cache", "  cache:", "    image: memcached:1.6"]
    return r.choice(["docker-compose.yml", "compose.yaml"]), "\n".join(lines) + "\n", "docker-compose"


@tpl("urlcred", "js", env_ok=False)
def t_node_pg(g, s):
    r = g.r
    lines = ["const { Pool } = require('pg');", "", "// " + g.comment(), "const pool = new Pool({", "  connectionString: '%s'," % url_with(s, "postgresql" if s.spec["scheme"] not in ("ftp", "sftp") else None),
             "  max: %d," % r.choice([5, 10]), "});", "", "module.exports = { query: (text, params) => pool.query(text, params) };"]
    return r.choice(["src/db.js", "lib/pool.js"]), "\n".join(lines) + "\n", "javascript"


# ---- basic -----------------------------------------------------------------
def basic_blob(s):
    return base64.b64encode(("%s:%s" % (s.user, s.raw())).encode()).decode()


@tpl("basic", "sh", env_ok=False)
def t_sh_basic(g, s):
    r = g.r
    lines = ["#!/usr/bin/env bash", "# " + g.comment(), "set -euo pipefail", "",
             "TOKEN=$(curl -s -X POST 'https://%s%s' \\" % (host_of(s), s.spec["path"]), "  -H 'Accept: application/json' \\", "  -H 'Authorization: Basic %s' \\" % s.blob,
             "  -H 'Content-Type: application/x-www-form-urlencoded' \\", "  -d 'grant_type=client_credentials&scope=anonymous' | jq -r .access_token)", "",
             "curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Subscription-Id: %s' \\" % g.f.uuid(), "  'https://api.fortellis.io/sales/v1/elead/activities/activity-types'"]
    return r.choice(["scripts/get_token.sh", "bin/fortellis_token.sh"]), "\n".join(lines) + "\n", "shell"


@tpl("basic", "cs", env_ok=False)
def t_cs_basic(g, s):
    r = g.r
    lines = ["using System.Collections.Generic;", "using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Threading.Tasks;", "",
             "namespace DealerGroup.Integrations", "{", "    // " + g.comment(), "    public class TokenProvider", "    {",
             "        private static readonly HttpClient Http = new HttpClient();", "", "        public async Task<string> FetchAsync()", "        {",
             '            var req = new HttpRequestMessage(HttpMethod.Post, "https://%s%s");' % (host_of(s), s.spec["path"]),
             '            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", "%s");' % s.blob,
             '            req.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "anonymous" });',
             "            var res = await Http.SendAsync(req);", "            return await res.Content.ReadAsStringAsync();", "        }", "    }", "}"]
    return "src/Integrations/TokenProvider.cs", "\n".join(lines) + "\n", "csharp"


@tpl("basic", "postman", env_ok=False)
def t_postman_basic_header(g, s):
    r = g.r
    lines = ["{", '  "info": { "name": "Token", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },', '  "item": [', "    {",
             '      "name": "Get access token",', '      "request": {', '        "method": "POST",', '        "header": [',
             '          { "key": "Authorization", "value": "Basic %s" },' % s.blob, '          { "key": "Content-Type", "value": "application/x-www-form-urlencoded" }', "        ],",
             '        "body": { "mode": "raw", "raw": "grant_type=client_credentials&scope=anonymous" },', '        "url": "https://%s%s"' % (host_of(s), s.spec["path"]), "      }", "    }", "  ]", "}"]
    return r.choice(["postman/auth.postman_collection.json", "postman/token.json"]), "\n".join(lines) + "\n", "postman"


# ---- positional --------------------------------------------------------------
def pos_args(s, lang, q='"'):
    v = s.lit(lang, q)
    if s.user:
        return "%s%s%s, %s" % (q, s.user, q, v)
    return v


@tpl("positional", "py", env_ok=True)
def t_py_ctor(g, s):
    r = g.r
    cc = client_class(s)
    mod = g.f.slug(pname(s)).split("-")[0]
    lines = ['"""%s."""' % g.comment(), "import logging", "import os", "", "from dealer_sync.clients.%s import %s" % (mod, cc), "", "log = logging.getLogger(__name__)", "",
             "client = %s(%s)" % (cc, pos_args(s, "py")), "", "", "def run(store):", "    rows = client.fetch(store=store)", "    log.info('pulled %%d rows for %%s', len(rows), store)", "    return rows"]
    return r.choice(["dealer_sync/jobs/pull.py", "jobs/%s_job.py" % mod, "scripts/run_%s.py" % mod]), "\n".join(lines) + "\n", "python"


@tpl("positional", "js", env_ok=True)
def t_node_ctor(g, s):
    r = g.r
    cc = client_class(s)
    lines = ["import { %s } from './clients/%s.js';" % (cc, cc[0].lower() + cc[1:]), "", "// " + g.comment(), "const client = new %s(%s);" % (cc, pos_args(s, "js", "'")), "",
             "export async function handler(event) {", "  const vin = event.queryStringParameters?.vin ?? '%s';" % g.f.vin(), "  const result = await client.lookup(vin);",
             "  return { statusCode: 200, body: JSON.stringify(result) };", "}"]
    return r.choice(["src/handler.js", "netlify/functions/lookup.js", "api/lookup.mjs"]), "\n".join(lines) + "\n", "javascript"


@tpl("positional", "py", env_ok=True)
def t_py_ftplib(g, s):
    r = g.r
    if s.spec["scheme"] == "sftp":
        lines = ['"""%s."""' % g.comment(), "import os", "import paramiko", "", "", "def upload(local, remote='%s%s'):" % (s.spec["path"], feed_file(g)),
                 "    t = paramiko.Transport(('%s', 22))" % host_of(s), "    t.connect(username=%r, password=%s)" % (s.user or "feeds", s.lit("py", "'")),
                 "    sftp = paramiko.SFTPClient.from_transport(t)", "    try:", "        sftp.put(local, remote)", "    finally:", "        sftp.close()", "        t.close()"]
    else:
        cls = r.choice(["FTP", "FTP_TLS"])
        lines = ['"""%s."""' % g.comment(), "import os", "from ftplib import %s" % cls, "", "", "def upload(path):",
                 "    ftp = %s(%r)" % (cls, host_of(s)), "    ftp.login(%s)" % pos_args(s, "py", "'"), "    ftp.cwd(%r)" % s.spec["path"],
                 "    with open(path, 'rb') as fh:", "        ftp.storbinary('STOR %s', fh)" % feed_file(g), "    ftp.quit()"]
    return r.choice(["feeds/upload.py", "scripts/ftp_push.py", "exporter/transport.py"]), "\n".join(lines) + "\n", "python"


@tpl("positional", "php", env_ok=True)
def t_php_ftp(g, s):
    r = g.r
    lines = ["<?php", "// " + g.comment(), "$conn = ftp_connect('%s');" % host_of(s), "if (!$conn || !ftp_login($conn, %s)) {" % pos_args(s, "php", "'"), "    die(\"login failed\\n\");", "}",
             "ftp_pasv($conn, true);", "ftp_put($conn, '%s%s', __DIR__ . '/out/%s', FTP_BINARY);" % (s.spec["path"], feed_file(g), feed_file(g)), "ftp_close($conn);"]
    return r.choice(["cron/upload_feed.php", "feeds/push.php"]), "\n".join(lines) + "\n", "php"


@tpl("positional", "cs", env_ok=True)
def t_cs_netcred(g, s):
    r = g.r
    lines = ["using System.Net;", "", "namespace DmsBridge", "{", "    // " + g.comment(), "    internal static class Credentials", "    {",
             "        internal static ICredentials For%s() =>" % client_class(s).replace("Client", ""), "            new NetworkCredential(%s);" % pos_args(s, "cs"), "    }", "}"]
    return r.choice(["DmsBridge/Credentials.cs", "src/DmsBridge/Credentials.cs"]), "\n".join(lines) + "\n", "csharp"


@tpl("positional", "go", env_ok=True)
def t_go_client(g, s):
    r = g.r
    imp = ['import (', '\t"log"', '\t"os"' if s.is_env() else None, "", '\t"github.com/dealergroup/obdsync/internal/vendor"', ")"]
    lines = ["package main", ""] + [x for x in imp if x is not None] + ["", "// " + g.comment(), "func main() {",
             "\tc := vendor.New%s(%s)" % (client_class(s), pos_args(s, "go")), "\tif err := c.Sync(); err != nil {", "\t\tlog.Fatal(err)", "\t}", "}"]
    return r.choice(["cmd/obdsync/main.go", "cmd/sync/main.go"]), "\n".join(lines) + "\n", "go"


TPL_BY_NAME = {t["name"]: t for t in TEMPLATES}
SCHEMES_OK = {
    "t_sh_curl_ftp": ("ftp", "sftp"), "t_sh_lftp": ("ftp", "sftp"), "t_lftp_script": ("ftp", "sftp"),
    "t_winscp": ("ftp", "sftp"), "t_node_pg": ("postgresql",), "t_py_ftplib": ("ftp", "sftp"),
    "t_php_ftp": ("ftp",), "t_sql_login": ("mssql", None), "t_appsettings_conn": ("mssql",),
}
# templates that need a login name next to the secret
NEEDS_USER = {"t_netrc", "t_sql_login", "t_appsettings_conn", "t_postman_basic_fields", "t_node_auth", "t_soap_xml"}


def tpl_ok(t, spec, value):
    sc = SCHEMES_OK.get(t["name"])
    if sc is not None and spec["scheme"] not in sc:
        return False
    if t["name"] == "t_sql_login" and spec["kind"] not in ("password", "db_password"):
        return False
    if t["name"] in ("t_appsettings_conn",) and spec["scheme"] != "mssql":
        return False
    if t["name"] in ("t_soap_xml", "t_php_soapheader") and spec["kind"] != "password":
        return False
    if t["name"] in ("t_node_auth", "t_postman_basic_fields", "t_netrc") and spec["kind"] not in ("password", "ftp_password", "sftp_password", "app_password", "db_password"):
        return False
    if isinstance(value, str):
        if t["name"] in ("t_netrc", "t_crontab") and " " in value:
            return False
        if t["shape"] in ("urlcred", "query") and any(c in value for c in "@#/?:% +&"):
            return False
        if t["shape"] == "urlcred" and t["name"] in ("t_sh_lftp", "t_lftp_script") and "," in value:
            return False
    return True


OBVIOUS_SHAPES = {"kv": 3, "userpass": 2}
HIDDEN_SHAPES = {"kv": 3, "header": 3, "query": 4, "urlcred": 5, "basic": 2, "positional": 2}


def wchoice(r, weights):
    items = list(weights.items())
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def pick_spec(r):
    tot = sum(s["weight"] for s in SPECS)
    x = r.random() * tot
    for s in SPECS:
        x -= s["weight"]
        if x <= 0:
            return s
    return SPECS[-1]


def pick_template(g, spec, obvious, value):
    r = g.r
    for _ in range(60):
        base = OBVIOUS_SHAPES if obvious else HIDDEN_SHAPES
        shapes = {sh: w for sh, w in base.items() if sh in spec["shapes"]} or {"kv": 1}
        sh = wchoice(r, shapes)
        cands = [t for t in TEMPLATES if t["shape"] == sh and tpl_ok(t, spec, value)]
        if cands:
            return r.choice(cands)
    return TPL_BY_NAME["t_py_settings"]


def login_for(g, spec, cred):
    if cred.get("id") and spec["idwords"]:
        return cred["id"]
    if spec["kind"] in ("password", "ftp_password", "sftp_password", "app_password", "db_password"):
        return cred.get("id") or g.f.user(spec["user_hint"])
    return None


def build_slot(g, spec, t, value, cred, obvious, neg_kind=None):
    user = login_for(g, spec, cred)
    sh = t["shape"]
    pub = None
    if sh in ("kv", "header", "query") and cred.get("id"):
        pub = cred["id"]
    if sh in ("kv",) and user and not cred.get("id") and g.r.random() < 0.5:
        pub = user
    if sh in ("header", "query", "kv") and not spec["idwords"]:
        # only keep a companion id where the provider has one
        pub = pub if spec["kind"] in ("password", "ftp_password", "sftp_password", "db_password", "app_password") or cred.get("id") else None
    s = Slot(g, spec, value, user=user if sh in ("userpass", "urlcred", "positional", "basic") or t["name"] in NEEDS_USER else None,
             pub_id=pub, obvious=obvious, neg_kind=neg_kind)
    if s.user is None and t["name"] in NEEDS_USER:
        s.user = g.f.user(spec["user_hint"])
    if pub and not spec["idwords"]:
        spec_words = spec["words"][:-1] + ["user"]
        s.idkey = lambda style=None, _w=spec_words: name(_w, style or s.style)
    return s


def write_file(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def make_positive(g, i):
    r = g.r
    spec = pick_spec(r)
    cred = spec["gen"](r)
    secret = cred["secret"]
    obvious = (i % 2 == 0)
    t = pick_template(g, spec, obvious, secret)
    s = build_slot(g, spec, t, secret, cred, obvious)
    needle = secret
    if t["shape"] == "basic":
        s.blob = basic_blob(s)
        needle = s.blob
    rel, text, ftype = t["fn"](g, s)
    return {"rel": rel, "text": text, "filetype": ftype, "provider": spec["provider"], "kind": spec["kind"],
            "needle": needle, "secrets": [secret, needle], "template": t["name"], "obvious": obvious}


# ---------------------------------------------------------------------------
# look-alike values for the credential slot (negatives that re-use templates)
# ---------------------------------------------------------------------------
DOC_EXAMPLES = {
    "AWS": ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    "VinAudit": (None, "VA_DEMO_KEY"),
    "Stripe": (None, "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
}


def placeholder(g, spec, urlsafe=False):
    r = g.r
    env = spec["env"]
    opts = ["YOUR_%s" % env, "your-%s-here" % name(spec["words"][-2:], "kebab"), "REPLACE_ME", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
            "CHANGE_ME", "TODO", "dummy", "%s_GOES_HERE" % spec["words"][-1].upper(), "PASSWORD" if "password" in spec["kind"] else "API_KEY"]
    if not urlsafe:
        opts += ["<%s>" % name(spec["words"], "kebab"), "<your %s>" % " ".join(spec["words"][-2:]), "{{%s}}" % name(spec["words"], "snake"),
                 "[set in vault]", "see 1Password: %s" % spec["provider"]]
    return r.choice(opts)


def masked(g, spec, urlsafe=False):
    r = g.r
    if urlsafe:
        return r.choice(["********", "XXXXXXXX", "redacted", "REDACTED"])
    tail = rs(r, HEXL if r.random() < 0.5 else UPALNUM, 4)
    pre = ""
    if spec["provider"] == "Stripe":
        pre = "sk_live_"
    elif spec["provider"] == "Samsara (telematics)":
        pre = "samsara_api_"
    elif spec["provider"] == "SendGrid":
        pre = "SG."
    return r.choice(["********", "*" * r.randint(8, 20) + tail, pre + "\u2022" * 12 + tail, "[REDACTED]", "***REMOVED***", "<redacted>",
                     pre + "****" + tail, "****-****-****-" + tail])


NEG_VALUE_KINDS = ["placeholder", "placeholder", "env_ref", "env_ref", "env_ref", "masked", "empty", "doc_example"]


def lookalike(g, spec, t):
    """return (value, neg_kind, id_override)"""
    r = g.r
    sh = t["shape"]
    urlsafe = sh in ("urlcred", "query")
    for _ in range(20):
        k = r.choice(NEG_VALUE_KINDS)
        if k == "env_ref":
            if t["env_ok"] and sh not in ("urlcred", "query", "basic"):
                return EnvRef(spec["env"]), k, None
            if t["lang"] == "sh":
                return "${%s}" % spec["env"], k, None
            if t["lang"] == "winscp":
                return "%%%s%%" % spec["env"], k, None
            continue
        if k == "empty":
            if sh in ("kv", "userpass") and t["name"] not in ("t_netrc", "t_sql_login", "t_dockerfile", "t_k8s_secret"):
                return "", k, None
            continue
        if k == "doc_example":
            ex = DOC_EXAMPLES.get(spec["provider"].split()[0])
            if ex:
                return ex[1], k, ex[0]
            continue
        if k == "masked":
            return masked(g, spec, urlsafe), k, None
        return placeholder(g, spec, urlsafe), "placeholder", None
    return placeholder(g, spec, True), "placeholder", None


def make_negative_reuse(g, i):
    r = g.r
    spec = pick_spec(r)
    obvious = (i % 2 == 0)
    # a throw-away cred gives realistic ids/usernames; its secret is never written
    cred = spec["gen"](random.Random(r.random()))
    cred = {k: v for k, v in cred.items() if k != "secret"}
    t = pick_template(g, spec, obvious, "placeholder")
    val, nk, id_over = lookalike(g, spec, t)
    if spec["provider"] == "Stripe" and r.random() < 0.35 and t["shape"] == "kv":
        val, nk = r.choice(["pk_live_" + rs(r, ALNUM, 24), "pk_live_51" + rs(r, ALNUM, 97)]), "publishable_key"
    if cred.get("id") and not spec["id_public"]:
        cred["id"] = id_over or ("YOUR_%s" % name(spec["idwords"], "screaming"))
    elif id_over:
        cred["id"] = id_over
    if not tpl_ok(t, spec, val):
        t = TPL_BY_NAME["t_py_settings"] if t["shape"] != "urlcred" else TPL_BY_NAME["t_sh_curl_ftp"]
        if not tpl_ok(t, spec, val):
            t = TPL_BY_NAME["t_py_settings"]
    s = build_slot(g, spec, t, val, cred, obvious, neg_kind=nk)
    if nk == "publishable_key":
        s.words = ["stripe", "publishable", "key"]
    if t["shape"] == "basic":
        if isinstance(val, str) and val.startswith("${"):
            s.blob = r.choice(["$BASIC_AUTH", "${FORTELLIS_BASIC}"])
        else:
            s.blob = r.choice([base64.b64encode(("%s:%s" % (s.user, val if isinstance(val, str) else "")).encode()).decode(),
                               "<base64(api_key:api_secret)>", "{{basic_auth}}", "MG9hY..."])
    rel, text, ftype = t["fn"](g, s)
    return {"rel": rel, "text": text, "filetype": ftype, "provider": spec["provider"], "kind": nk, "template": t["name"]}


# ---------------------------------------------------------------------------
# domain look-alike negatives (no credential slot at all)
# each returns (relpath, text, filetype, provider, kind)
# ---------------------------------------------------------------------------
DOMAIN = []


def dom(fn):
    DOMAIN.append(fn)
    return fn


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei(r):
    body = "35" + rs(r, DIG, 12)
    return body + luhn_digit(body)


def veh_rows(g, n):
    out = []
    for _ in range(n):
        mk, md, tr = g.f.vehicle()
        yr = g.r.randint(2016, 2025)
        out.append({"vin": g.f.vin(mk, yr), "stock": g.f.stock(), "year": yr, "make": mk, "model": md, "trim": tr,
                    "miles": g.f.miles(), "price": g.f.price(), "color": g.r.choice(COLORS)})
    return out


@dom
def d_inventory_csv(g):
    r = g.r
    dc = g.f.dealer_code()
    rows = ["DealerID,VIN,StockNumber,Type,Year,Make,Model,Trim,Mileage,Price,ExteriorColor,PhotoURLs"]
    for v in veh_rows(g, r.randint(6, 30)):
        photos = "|".join("https://img.%s.net/%s/%s_%d.jpg" % (r.choice(["dlrcdn", "vdpimg"]), dc, v["vin"], k) for k in range(1, r.randint(2, 4)))
        rows.append("%s,%s,%s,%s,%d,%s,%s,%s,%d,%d,%s,%s" % (dc, v["vin"], v["stock"], r.choice(["New", "Used", "CPO"]), v["year"], v["make"], v["model"], v["trim"], v["miles"], v["price"], v["color"], photos))
    return r.choice(["feeds/cars_com_inventory.csv", "exports/autotrader/%s.csv" % dc, "out/cargurus_feed.csv"]), "\n".join(rows) + "\n", "csv", "Cars.com feed", "vin"


@dom
def d_inventory_xml(g):
    r = g.r
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<Inventory dealerId="%s" generated="%s">' % (g.f.dealer_code(), g.f.ts())]
    for v in veh_rows(g, r.randint(3, 9)):
        lines += ["  <Vehicle>", "    <VIN>%s</VIN>" % v["vin"], "    <Stock>%s</Stock>" % v["stock"], "    <Year>%d</Year><Make>%s</Make><Model>%s</Model>" % (v["year"], v["make"], v["model"]),
                  "    <Price>%d</Price>" % v["price"], "  </Vehicle>"]
    lines.append("</Inventory>")
    return r.choice(["feeds/autotrader_inventory.xml", "exports/inventory.xml"]), "\n".join(lines) + "\n", "xml", "AutoTrader feed", "vin"


@dom
def d_adf_lead(g):
    r = g.r
    v = veh_rows(g, 1)[0]
    fn, ln = g.f.person()
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<?adf version="1.0"?>', "<adf>", "  <prospect status=\"new\">",
             '    <id sequence="1" source="%s">%s</id>' % (r.choice(["cars.com", "AutoTrader", "CarGurus", "dealer website"]), r.choice([g.f.uuid(), str(r.randint(10 ** 8, 10 ** 9))])),
             "    <requestdate>%s</requestdate>" % g.f.ts(), '    <vehicle interest="buy" status="%s">' % r.choice(["used", "new"]), "      <id source=\"listing\">%d</id>" % r.randint(10 ** 8, 10 ** 10),
             "      <year>%d</year>" % v["year"], "      <make>%s</make>" % v["make"], "      <model>%s</model>" % v["model"], "      <vin>%s</vin>" % v["vin"], "      <stock>%s</stock>" % v["stock"],
             "    </vehicle>", "    <customer>", "      <contact>", '        <name part="first">%s</name>' % fn, '        <name part="last">%s</name>' % ln,
             "        <email>%s.%s@example.com</email>" % (fn.lower(), ln.lower()), "        <phone>%s</phone>" % g.f.phone(), "      </contact>",
             "      <comments>Is this still available? Trade-in %d %s.</comments>" % (r.randint(2008, 2018), r.choice(["Civic", "Altima", "F-150"])), "    </customer>",
             "    <vendor><vendorname>%s</vendorname><id source=\"DMS\">%s</id></vendor>" % (g.f.dealer(), g.f.dealer_code()),
             "    <provider><name>%s</name><id>%s</id></provider>" % (r.choice(["Cars.com", "CarGurus", "TrueCar"]), g.f.uuid()), "  </prospect>", "</adf>"]
    return "leads/adf/lead_%d.xml" % r.randint(1000, 99999), "\n".join(lines) + "\n", "xml", "ADF lead", "lead_id"


@dom
def d_nhtsa_py(g):
    r = g.r
    lines = ['"""Decode VINs with NHTSA vPIC (public API, no key required)."""', "import requests", "",
             'VPIC = "https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValuesExtended/{vin}?format=json&modelyear={year}"', "", "",
             "def decode(vin, year=''):", "    resp = requests.get(VPIC.format(vin=vin, year=year), timeout=20)", "    resp.raise_for_status()",
             "    row = resp.json()['Results'][0]", "    return {k: row[k] for k in ('Make', 'Model', 'ModelYear', 'Trim', 'EngineCylinders')}", "", "",
             'if __name__ == "__main__":']
    for v in veh_rows(g, r.randint(1, 4)):
        lines.append("    print(decode(%r))" % v["vin"])
    return r.choice(["scripts/vin_decode.py", "tools/nhtsa.py", "dealer_sync/vpic.py"]), "\n".join(lines) + "\n", "python", "NHTSA (public)", "public_endpoint"


@dom
def d_nhtsa_js(g):
    r = g.r
    mk, md, _ = g.f.vehicle()
    lines = ["// NHTSA recalls + complaints: public endpoints, no API key", "const BASE = 'https://api.nhtsa.gov';", "",
             "export async function recalls(make, model, year) {", "  const url = `${BASE}/recalls/recallsByVehicle?make=${encodeURIComponent(make)}&model=${encodeURIComponent(model)}&modelYear=${year}`;",
             "  const res = await fetch(url);", "  return (await res.json()).results ?? [];", "}", "",
             "export async function complaints(make, model, year) {", "  const res = await fetch(`${BASE}/complaints/complaintsByVehicle?make=${make}&model=${model}&modelYear=${year}`);",
             "  return (await res.json()).results ?? [];", "}", "", "// example: recalls('%s', '%s', %d)" % (mk, md, r.randint(2016, 2024))]
    return r.choice(["src/lib/nhtsa.js", "web/assets/js/recalls.js"]), "\n".join(lines) + "\n", "javascript", "NHTSA (public)", "public_endpoint"


@dom
def d_parts_json(g):
    r = g.r
    items = []
    for _ in range(r.randint(3, 7)):
        items.append('    {"partNumber": "%s", "brand": "%s", "description": "%s", "oemInterchange": ["%s", "%s"], "listPrice": %d.%02d, "qtyOnHand": %d}' % (
            g.f.part(), r.choice(["Motorcraft", "ACDelco", "Denso", "Bosch", "Wagner", "Moog", "Dorman"]),
            r.choice(["Oil Filter", "Front Brake Pad Set", "Cabin Air Filter", "Spark Plug", "Wiper Blade 22in", "Serpentine Belt", "Lower Control Arm"]),
            g.f.part(), g.f.part(), r.randint(4, 220), r.randint(0, 99), r.randint(0, 40)))
    lines = ["{", '  "requestId": "%s",' % g.f.uuid(), '  "vehicle": {"vin": "%s", "engine": "%s"},' % (g.f.vin(), r.choice(["2.5L L4", "3.5L V6 EcoBoost", "5.3L V8"])),
             '  "parts": [', ",\n".join(items), "  ]", "}"]
    return r.choice(["test/fixtures/parts_search.json", "samples/partstech_response.json", "data/catalog_sample.json"]), "\n".join(lines) + "\n", "json", "PartsTech", "part_number"


@dom
def d_ro_csv(g):
    r = g.r
    rows = ["RONumber,OpenDate,CloseDate,VIN,Mileage,OpCode,TechID,LaborHours,PartsTotal,CustomerPay"]
    for _ in range(r.randint(5, 25)):
        rows.append("%s,%s,%s,%s,%d,%s,%d,%.1f,%.2f,%s" % (g.f.ro(), g.f.date(), g.f.date(), g.f.vin(), g.f.miles(), r.choice(["01FZ", "LOF", "04BR", "ALIGN", "99MPI", "12TIRE"]),
                                                        r.randint(100, 999), r.randint(3, 40) / 10.0, r.randint(0, 90000) / 100.0, r.choice(["Y", "N"])))
    return r.choice(["exports/ro_closed_%s.csv" % g.f.date().replace("-", ""), "data/service/ro_history.csv"]), "\n".join(rows) + "\n", "csv", "CDK Global DMS", "ro_number"


@dom
def d_dealer_codes(g):
    r = g.r
    lines = ["# Rooftop identifiers (not secrets - these are printed on every invoice)", "stores:"]
    for i in range(r.randint(2, 5)):
        lines += ["  - name: %s" % g.f.dealer(), "    store_number: \"%02d\"" % (i + 1), "    dms_dealer_number: \"%s\"" % g.f.dealer_code(),
                  "    fortellis_organization_id: %s" % g.f.uuid(), "    oem_dealer_code: \"%s\"" % ("%05d" % r.randint(0, 99999)),
                  "    cars_com_customer_id: %d" % r.randint(100000, 9999999), "    cargurus_dealer_id: %d" % r.randint(10000, 999999)]
    return r.choice(["config/stores.yml", "data/rooftops.yaml"]), "\n".join(lines) + "\n", "yaml", "Fortellis (CDK Global)", "dealer_code"


@dom
def d_listing_log(g):
    r = g.r
    lines = []
    for _ in range(r.randint(8, 30)):
        lvl = r.choice(["INFO", "INFO", "INFO", "WARN", "DEBUG"])
        ev = r.choice([
            "listing upserted listing_id=%d vin=%s stock=%s" % (r.randint(10 ** 8, 10 ** 10), g.f.vin(), g.f.stock()),
            "request_id=%s GET /v2/search/car/active status=200 api_key=%s elapsed_ms=%d" % (g.f.uuid(), r.choice(["****", "[FILTERED]", "***" + rs(r, HEXL, 4)]), r.randint(40, 900)),
            "photo sync etag=\"%s\" vin=%s" % (g.f.hexs(32), g.f.vin()),
            "feed uploaded sha256=%s bytes=%d" % (g.f.hexs(64), r.randint(10000, 900000)),
            "auth ok token=<redacted> expires_in=3599",
            "lead forwarded lead_id=%s crm_id=%d" % (g.f.uuid(), r.randint(10 ** 6, 10 ** 8)),
        ])
        lines.append("%s %-5s [sync] %s" % (g.f.ts(), lvl, ev))
    return r.choice(["logs/listing_sync.log", "var/log/feeds/sync-%s.log" % g.f.date()]), "\n".join(lines) + "\n", "log", "MarketCheck", "log_ids"


@dom
def d_postman_vars(g):
    r = g.r
    lines = ["{", '  "info": { "_postman_id": "%s", "name": "Dealer APIs", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },' % g.f.uuid(),
             '  "auth": { "type": "apikey", "apikey": [ { "key": "key", "value": "x-api-key" }, { "key": "value", "value": "{{apiKey}}" } ] },', '  "item": [',
             '    { "name": "Decode VIN", "request": { "method": "GET", "url": "{{baseUrl}}/vin/%s" } },' % g.f.vin(),
             '    { "name": "Market price", "request": { "method": "GET", "url": "https://mc-api.marketcheck.com/v2/predict/car/price?api_key={{marketcheck_api_key}}&vin=%s" } }' % g.f.vin(),
             "  ],", '  "variable": [ { "key": "baseUrl", "value": "https://api.example-dealer.dev" }, { "key": "apiKey", "value": "" } ]', "}"]
    return "postman/dealer-apis.postman_collection.json", "\n".join(lines) + "\n", "postman", "MarketCheck", "placeholder"


@dom
def d_appsettings_dev(g):
    r = g.r
    lines = ["{", '  "Fortellis": {', '    "ApiKey": "",', '    "ApiSecret": "",', '    "SubscriptionId": "%s",' % g.f.uuid(),
             '    "TokenUrl": "https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token"', "  },", '  "BlackBook": { "UserId": "", "Password": "", "Customer": "%s" },' % g.f.dealer_code(),
             '  "ConnectionStrings": { "Default": "Server=(localdb)\\\\MSSQLLocalDB;Database=DmsBridge;Trusted_Connection=True;" },', '  "Logging": { "LogLevel": { "Default": "Debug" } }', "}"]
    return r.choice(["appsettings.Development.json", "src/DmsBridge.Api/appsettings.Development.json"]), "\n".join(lines) + "\n", "json", "Fortellis (CDK Global)", "empty"


@dom
def d_obd_registry(g):
    r = g.r
    items = []
    for _ in range(r.randint(3, 8)):
        mac = ":".join(rs(r, HEXU, 2) for _ in range(6))
        items.append('  {"deviceSerial": "%s", "imei": "%s", "iccid": "89%s", "bt_mac": "%s", "vin": "%s", "firmware": "%d.%d.%d", "lastSeen": "%s"}' % (
            rs(r, UPALNUM, 3) + "-" + rs(r, DIG, 7), imei(r), rs(r, DIG, 17), mac, g.f.vin(), r.randint(1, 4), r.randint(0, 20), r.randint(0, 99), g.f.ts()))
    return r.choice(["data/obd_devices.json", "telematics/registry.json"]), "[\n" + ",\n".join(items) + "\n]\n", "json", "Geotab (telematics)", "device_id"


@dom
def d_sha256sums(g):
    r = g.r
    lines = ["%s  %s" % (g.f.hexs(64), r.choice(["inventory", "photos_manifest", "ro_closed", "parts_onhand", "leads"]) + "_%s.%s" % (g.f.date().replace("-", ""), r.choice(["csv", "xml", "zip"]))) for _ in range(r.randint(5, 14))]
    return r.choice(["feeds/SHA256SUMS", "exports/checksums.sha256"]), "\n".join(lines) + "\n", "checksums", "DMS export SFTP", "digest"


@dom
def d_i18n(g):
    r = g.r
    lines = ["{", '  "settings.integrations.title": "Integrations",', '  "settings.integrations.apiKey.label": "API key",',
             '  "settings.integrations.apiKey.help": "Paste the key from your MarketCheck or VinAudit account. It is stored encrypted.",',
             '  "settings.integrations.apiSecret.label": "API secret",', '  "settings.feeds.ftpPassword.label": "FTP password",',
             '  "settings.feeds.ftpPassword.placeholder": "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022",',
             '  "auth.password.tooShort": "Password must be at least %d characters",' % r.choice([10, 12, 14]), '  "auth.password.reset": "Reset password",',
             '  "vdp.carfax.cta": "Show me the CARFAX",', '  "vdp.stock": "Stock #{stock}",', '  "vdp.vin": "VIN {vin}"', "}"]
    lang = r.choice(["en", "es", "fr-CA"])
    return "src/locales/%s.json" % lang, "\n".join(lines) + "\n", "json", "Dealer website (WordPress)", "i18n"


@dom
def d_vin_tests(g):
    r = g.r
    vins = [g.f.vin() for _ in range(r.randint(3, 8))]
    lines = ["import pytest", "", "from dealer_sync.vin import is_valid_vin, check_digit", "", "VALID = ["] + ["    %r," % v for v in vins] + ["]", "",
             "", "@pytest.mark.parametrize('vin', VALID)", "def test_check_digit(vin):", "    assert check_digit(vin) == vin[8]", "    assert is_valid_vin(vin)", "",
             "", "def test_rejects_io_q():", "    assert not is_valid_vin(%r)" % (vins[0][:3] + "IOQ" + vins[0][6:])]
    return r.choice(["tests/test_vin.py", "dealer_sync/tests/test_vin.py"]), "\n".join(lines) + "\n", "python", "NHTSA (public)", "test_vector"


@dom
def d_md_setup(g):
    r = g.r
    lines = ["# Setup", "", "Copy `.env.example` to `.env` and fill in the values from the vendor portals:", "", "| Variable | Where to get it |", "|---|---|",
             "| `FORTELLIS_API_KEY` / `FORTELLIS_API_SECRET` | Fortellis developer network > My Apps |", "| `MARKETCHECK_API_KEY` | MarketCheck Universe > API Keys |",
             "| `BLACKBOOK_USERID` / `BLACKBOOK_PASSWORD` | Black Book account rep |", "| `CARGURUS_SFTP_PASSWORD` | CarGurus dealer support |", "",
             "Never commit `.env`. For local testing the VinAudit demo key is fine:", "", "```", "curl 'https://api.vinaudit.com/v2/query?vin=1VXBR12EXCP901214&key=VA_DEMO_KEY&format=json'", "```", "",
             "NHTSA vPIC needs no key at all: `https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVin/%s?format=json`." % g.f.vin()]
    return r.choice(["docs/SETUP.md", "docs/integrations.md", "CONTRIBUTING.md"]), "\n".join(lines) + "\n", "markdown", "VinAudit", "doc_example"


@dom
def d_stripe_pk(g):
    r = g.r
    lines = ["// Reserve-this-vehicle deposit widget (publishable key is safe in the browser)", "const stripe = Stripe('%s');" % r.choice(["pk_live_" + rs(r, ALNUM, 24), "pk_live_51" + rs(r, ALNUM, 97)]), "",
             "document.querySelectorAll('[data-reserve-vin]').forEach((btn) => {", "  btn.addEventListener('click', async () => {",
             "    const res = await fetch('/api/deposits', { method: 'POST', body: JSON.stringify({ vin: btn.dataset.reserveVin, amount: %d }) });" % r.choice([25000, 50000, 100000]),
             "    const { clientSecretRef } = await res.json();", "    await stripe.redirectToCheckout({ sessionId: clientSecretRef });", "  });", "});"]
    return r.choice(["public/js/deposit.js", "wp-content/themes/dealer/js/reserve.js"]), "\n".join(lines) + "\n", "javascript", "Stripe", "publishable_key"


@dom
def d_analytics(g):
    r = g.r
    lines = ["<!-- dealer site head partial -->", "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>" % rs(r, UPALNUM, 10), "<script>",
             "  window.dataLayer = window.dataLayer || [];", "  function gtag(){dataLayer.push(arguments);}", "  gtag('js', new Date());", "  gtag('config', 'G-%s');" % rs(r, UPALNUM, 10),
             "</script>", "<!-- GTM-%s -->" % rs(r, UPALNUM, 7), "<meta name=\"dealer-id\" content=\"%s\">" % g.f.dealer_code(), "<meta name=\"facebook-domain-verification\" content=\"%s\">" % rs(r, LOALNUM, 30),
             "<link rel=\"canonical\" href=\"https://www.%s.com/used/%s\">" % (g.f.slug(g.f.dealer()).replace("-", ""), g.f.vin())]
    return r.choice(["templates/partials/head.html", "wp-content/themes/dealer/header-tags.php"]), "\n".join(lines) + "\n", "html", "Dealer website (WordPress)", "public_id"


@dom
def d_winscp_key(g):
    r = g.r
    hk = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("=")
    lines = ["# key-based upload, no password stored here", "option batch abort", "option confirm off",
             'open sftp://%s@sftp.cargurus.com/ -privatekey="C:\\Keys\\cargurus_feed.ppk" -hostkey="ssh-ed25519 255 %s"' % (g.f.user("cg"), hk),
             "cd /uploads", "put D:\\Feeds\\Out\\inventory.csv", "exit"]
    return "feeds/cargurus_upload.txt", "\r\n".join(lines) + "\r\n", "winscp", "CarGurus feed", "key_fingerprint"


@dom
def d_lftp_netrc(g):
    r = g.r
    lines = ["#!/bin/bash", "# credentials come from ~/.netrc (chmod 600) on the feed box", "set -e", "lftp -e 'set ftp:ssl-allow yes; cd /inbound; put /srv/feeds/out/inventory.csv; bye' ftp.cars.com",
             "lftp -e 'cd /incoming; mput /srv/feeds/out/atc_*.csv; bye' ftp.autotrader.com", "echo done"]
    return "scripts/push_feeds.sh", "\n".join(lines) + "\n", "shell", "Cars.com feed", "secret_reference"


@dom
def d_compose_secrets(g):
    r = g.r
    lines = ["services:", "  exporter:", "    image: ghcr.io/dealergroup/exporter:%s" % r.choice(["1.8.0", "latest"]), "    env_file: .env", "    environment:",
             "      MARKETCHECK_API_KEY_FILE: /run/secrets/marketcheck_api_key", "      BLACKBOOK_PASSWORD_FILE: /run/secrets/blackbook_password",
             "    secrets:", "      - marketcheck_api_key", "      - blackbook_password", "secrets:", "  marketcheck_api_key:", "    file: ./secrets/marketcheck_api_key.txt",
             "  blackbook_password:", "    external: true"]
    return "docker-compose.yml", "\n".join(lines) + "\n", "docker-compose", "MarketCheck", "secret_reference"


@dom
def d_gha_secrets(g):
    r = g.r
    lines = ["name: feed-upload", "on:", "  schedule:", "    - cron: '0 8 * * *'", "jobs:", "  upload:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - name: Upload to CarGurus", "        env:", "          SFTP_USER: ${{ vars.CARGURUS_SFTP_USER }}", "          SFTP_PASSWORD: ${{ secrets.CARGURUS_SFTP_PASSWORD }}",
             "          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}", "          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
             "        run: ./scripts/upload_inventory.sh"]
    return ".github/workflows/feed-upload.yml", "\n".join(lines) + "\n", "yaml", "CarGurus feed", "secret_reference"


@dom
def d_sops(g):
    r = g.r

    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode(),
                                                                   base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
                                                                   base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode())
    lines = ["fortellis:", "    api_key: %s" % enc(20), "    api_secret: %s" % enc(30), "blackbook:", "    password: %s" % enc(12), "sops:", "    kms: []", "    age:",
             "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----",
             "            %s" % base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode(), "            -----END AGE ENCRYPTED FILE-----",
             "    lastmodified: \"%s\"" % g.f.ts(), "    mac: %s" % enc(32), "    version: 3.8.1"]
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yml"]), "\n".join(lines) + "\n", "yaml", "Fortellis (CDK Global)", "ciphertext"


@dom
def d_webhook_test(g):
    r = g.r
    body = '{"event":"lead.created","leadId":"%s"}' % g.f.uuid()
    lines = ["import hmac, hashlib, os", "", "from leads.webhooks import verify", "", "BODY = %r" % body,
             "# signature captured from a sandbox delivery; verification key comes from the env", "SIGNATURE = %r" % ("sha256=" + g.f.hexs(64)), "TIMESTAMP = %r" % str(1700000000 + r.randint(0, 9999999)), "",
             "", "def test_rejects_tampered_body():", "    key = os.environ.get('LEAD_WEBHOOK_KEY', '').encode()", "    assert not verify(key, BODY + ' ', SIGNATURE, TIMESTAMP)"]
    return "tests/test_webhook_signature.py", "\n".join(lines) + "\n", "python", "DealerSocket", "signature"


@dom
def d_oem_codes(g):
    r = g.r
    rows = ["model_code,option_code,paint_code,description"]
    for _ in range(r.randint(5, 20)):
        rows.append("%s,%s,%s,%s" % (rs(r, UPALNUM, r.choice([4, 5, 6])), rs(r, UPALNUM, 3), rs(r, UPALNUM, r.choice([2, 3, 4])),
                                     r.choice(["Technology Pkg", "Tow Pkg", "Moonroof", "20in Wheels", "Cold Weather Pkg", "Bed Liner"])))
    return "data/oem_option_codes.csv", "\n".join(rows) + "\n", "csv", "DataOne", "oem_code"


@dom
def d_lead_payload(g):
    r = g.r
    lines = ["{", '  "leadId": "%s",' % g.f.uuid(), '  "source": "%s",' % r.choice(["CarGurus", "Cars.com", "Website"]), '  "dealerId": "%s",' % g.f.dealer_code(),
             '  "crmLeadId": %d,' % r.randint(10 ** 6, 10 ** 8), '  "vehicle": { "vin": "%s", "stock": "%s", "listingId": %d },' % (g.f.vin(), g.f.stock(), r.randint(10 ** 8, 10 ** 10)),
             '  "customer": { "firstName": "%s", "email": "test@example.com" },' % g.f.person()[0], '  "trackingId": "%s",' % g.f.hexs(24), '  "receivedAt": "%s"' % g.f.ts(), "}"]
    return r.choice(["test/fixtures/lead_created.json", "samples/webhook_lead.json"]), "\n".join(lines) + "\n", "json", "VinSolutions", "lead_id"


@dom
def d_blackbook_response(g):
    r = g.r
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<UsedCarResponse>", "  <ReturnCode>0</ReturnCode>", "  <VIN>%s</VIN>" % g.f.vin()]
    for _ in range(r.randint(2, 4)):
        lines += ["  <Vehicle>", "    <UVC>%d%s</UVC>" % (r.randint(2016, 2024), rs(r, DIG, 6)), "    <Series>%s</Series>" % r.choice(["LT", "XLT", "SE"]),
                  "    <CleanTradeIn>%d</CleanTradeIn>" % g.f.price(), "    <AvgTradeIn>%d</AvgTradeIn>" % g.f.price(), "  </Vehicle>"]
    lines.append("</UsedCarResponse>")
    return "test/fixtures/blackbook_vin_response.xml", "\n".join(lines) + "\n", "xml", "Black Book", "uvc"


@dom
def d_kbb_fixture(g):
    r = g.r
    lines = ["{", '  "vehicleId": %d,' % r.randint(400000, 499999), '  "vin": "%s",' % g.f.vin(), '  "mileage": %d,' % g.f.miles(), '  "zipCode": "%s",' % g.f.city()[2],
             '  "prices": [', '    { "priceTypeId": 2, "priceType": "Trade-In", "configuredValue": %d },' % g.f.price(),
             '    { "priceTypeId": 3, "priceType": "Private Party", "configuredValue": %d }' % g.f.price(), "  ],", '  "requestId": "%s"' % g.f.uuid(), "}"]
    return "tests/fixtures/kbb_values.json", "\n".join(lines) + "\n", "json", "Kelley Blue Book", "vehicle_id"


@dom
def d_marketcheck_listing(g):
    r = g.r
    v = veh_rows(g, 1)[0]
    lines = ["{", '  "id": "%s-%s",' % (v["vin"], g.f.uuid()[:13]), '  "vin": "%s",' % v["vin"], '  "heading": "%d %s %s %s",' % (v["year"], v["make"], v["model"], v["trim"]),
             '  "price": %d,' % v["price"], '  "miles": %d,' % v["miles"], '  "dealer": { "id": %d, "website": "%s.com" },' % (r.randint(1000, 999999), g.f.slug(g.f.dealer()).replace("-", "")),
             '  "vdp_url": "https://www.%s.com/used/%s-%s"' % (g.f.slug(g.f.dealer()).replace("-", ""), v["stock"], v["vin"]), "}"]
    return "test/fixtures/marketcheck_listing.json", "\n".join(lines) + "\n", "json", "MarketCheck", "listing_id"


@dom
def d_carfax_link(g):
    r = g.r
    lines = ["<?php /* VDP history badge */ ?>", "<?php $vin = esc_attr($vehicle->vin); ?>",
             '<a class="carfax-badge" target="_blank" rel="noopener"', '   href="https://www.carfax.com/VehicleHistory/p/Report.cfx?partner=%s_0&vin=<?= $vin ?>">' % rs(r, UP, 3),
             '  <img src="https://partnerstatic.carfax.com/img/valuebadge/%s.svg" alt="CARFAX report">' % r.choice(["great", "good", "fair"]), "</a>",
             "<p>Stock #<?= esc_html($vehicle->stock) ?> &middot; VIN <?= $vin ?></p>", "<!-- example VIN for QA: %s -->" % g.f.vin()]
    return "wp-content/themes/dealer/partials/vdp-carfax.php", "\n".join(lines) + "\n", "php", "CARFAX", "public_link"


@dom
def d_tf_variables(g):
    r = g.r
    lines = []
    for v in ["marketcheck_api_key", "fortellis_api_secret", "cargurus_sftp_password", "blackbook_password"][: r.randint(2, 4)]:
        lines += ['variable "%s" {' % v, '  type      = string', '  sensitive = true', '  description = "Injected from the CI secret store"', "}", ""]
    lines += ['resource "aws_ssm_parameter" "mc" {', '  name  = "/dealer/marketcheck/api_key"', '  type  = "SecureString"', "  value = var.marketcheck_api_key", "}"]
    return "terraform/variables.tf", "\n".join(lines) + "\n", "terraform", "MarketCheck", "variable_decl"


@dom
def d_env_example(g):
    r = g.r
    lines = ["# copy to .env and fill in", "FORTELLIS_API_KEY=", "FORTELLIS_API_SECRET=", "FORTELLIS_SUBSCRIPTION_ID=%s" % g.f.uuid(), "MARKETCHECK_API_KEY=your-marketcheck-key",
             "VINAUDIT_API_KEY=VA_DEMO_KEY", "EDMUNDS_API_KEY=<edmunds key>", "CARS_COM_FTP_USER=%s" % g.f.user("cars"), "CARS_COM_FTP_PASSWORD=changeme",
             "DATABASE_URL=postgresql://inv:password@localhost:5432/inventory", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]
    return r.choice([".env.example", ".env.sample", "config/env.template"]), "\n".join(lines) + "\n", "dotenv", "AWS", "placeholder"


@dom
def d_parts_sql(g):
    r = g.r
    lines = ["-- seed: common maintenance parts", "INSERT INTO parts (part_number, supplier_code, description, list_price) VALUES"]
    vals = ["  ('%s', '%s', '%s', %d.%02d)" % (g.f.part(), r.choice(["NXP", "EPC", "WHI", "MTC"]) + str(r.randint(10, 99)), r.choice(["Oil filter", "Air filter", "Brake rotor", "Wiper"]),
                                           r.randint(3, 150), r.randint(0, 99)) for _ in range(r.randint(4, 15))]
    lines += [",\n".join(vals) + ";"]
    return "db/seeds/parts.sql", "\n".join(lines) + "\n", "sql", "WHI Nexpart", "part_number"


@dom
def d_dtc_log(g):
    r = g.r
    rows = ["ts,device_serial,vin,pid,value,dtc"]
    dev = rs(r, UPALNUM, 3) + "-" + rs(r, DIG, 7)
    vin = g.f.vin()
    for _ in range(r.randint(6, 30)):
        rows.append("%s,%s,%s,0x%02X,%d,%s" % (g.f.ts(), dev, vin, r.choice([0x0C, 0x0D, 0x05, 0x2F, 0x46]), r.randint(0, 6000), r.choice(["", "", "P0301", "P0420", "P0171", "U0100"])))
    return "telematics/samples/dtc_%s.csv" % dev, "\n".join(rows) + "\n", "csv", "Samsara (telematics)", "dtc_log"


@dom
def d_known_hosts(g):
    r = g.r
    lines = ["# pinned host keys for the feed uploader (see ops/feeds.md)", "# refresh with: ssh-keyscan -t ed25519 <host>"]
    for h in r.sample(["sftp.cargurus.com", "ftp.cars.com", "sftp.dealergroup-data.net", "feeds.autotrader.com", "[sftp.dealergroup-data.net]:2222"], r.randint(3, 5)):
        lines.append("%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (h, base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("=")))
    return "deploy/ssh/known_hosts", "\n".join(lines) + "\n", "known_hosts", "CarGurus feed", "public_key"


@dom
def d_pubkey(g):
    r = g.r
    der = bytes([0x30, 0x82, 0x01, 0x22]) + bytes(r.randrange(256) for _ in range(290))
    b = base64.b64encode(der).decode()
    lines = ["-----BEGIN PUBLIC KEY-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END PUBLIC KEY-----"]
    return r.choice(["config/webhook_signing_pub.pem", "keys/dealersocket_webhook.pub.pem"]), "\n".join(lines) + "\n", "pem", "DealerSocket", "public_key"


@dom
def d_pw_policy(g):
    r = g.r
    lines = ["# dealer portal password policy", "password_policy:", "  min_length: %d" % r.choice([10, 12, 14]), "  require_digit: true", "  require_symbol: true",
             "  history: 5", "  max_age_days: %d" % r.choice([90, 180]), "  pattern: '^(?=.*\\d)(?=.*[A-Za-z])(?=.*[^\\w\\s]).{12,}$'", "  lockout_after_failures: 5",
             "  banned_words: [password, dealer, %s]" % r.choice(["toyota", "ford", "chevy"]).lower()]
    return "config/security.yml", "\n".join(lines) + "\n", "yaml", "Dealer website (WordPress)", "policy"


@dom
def d_package_lock(g):
    r = g.r
    pk = []
    for n in r.sample(["axios", "dotenv", "ssh2-sftp-client", "basic-ftp", "fast-xml-parser", "csv-stringify", "pg"], 3):
        pk += ['    "node_modules/%s": {' % n, '      "version": "%d.%d.%d",' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
               '      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz",' % (n, n),
               '      "integrity": "sha512-%s"' % base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(), "    },"]
    pk[-1] = "    }"
    lines = ["{", '  "name": "feed-uploader",', '  "lockfileVersion": 3,', '  "packages": {'] + pk + ["  }", "}"]
    return "package-lock.json", "\n".join(lines) + "\n", "json", "Cars.com feed", "integrity_hash"


@dom
def d_cs_vin(g):
    r = g.r
    lines = ["namespace AutoFeeds.Core", "{", "    public static class Vin", "    {", '        private const string Map = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";',
             "        private static readonly int[] Weights = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };", "",
             "        public static bool IsValid(string vin)", "        {", "            if (vin == null || vin.Length != 17) return false;", "            int sum = 0;",
             "            for (int i = 0; i < 17; i++) sum += Value(vin[i]) * Weights[i];", "            var c = sum % 11 == 10 ? 'X' : (char)('0' + sum % 11);", "            return vin[8] == c;", "        }", "",
             "        private static int Value(char ch) => char.IsDigit(ch) ? ch - '0' : (Map.IndexOf(ch) - 10) %% 9 + 1;".replace("%%", "%"),
             "        // sample: %s" % g.f.vin(), "    }", "}"]
    return "src/AutoFeeds.Core/Vin.cs", "\n".join(lines) + "\n", "csharp", "NHTSA (public)", "code"


@dom
def d_mapping_ini(g):
    r = g.r
    lines = ["; DMS export field mapping (Reynolds ERA -> feed)", "[mapping]", "vin = VEH_VIN", "stock = VEH_STOCK_NO", "price = VEH_INTERNET_PRICE", "miles = VEH_ODOMETER",
             "[store]", "dealer_number = %s" % g.f.dealer_code(), "branch = %02d" % r.randint(1, 9), "[filters]", "status = A,I", "exclude_wholesale = true"]
    return "config/reynolds_mapping.ini", "\n".join(lines) + "\n", "ini", "Reynolds & Reynolds", "mapping"


@dom
def d_changelog(g):
    r = g.r
    lines = ["# Changelog", ""]
    for _ in range(r.randint(3, 8)):
        lines += ["## %d.%d.%d - %s" % (r.randint(1, 3), r.randint(0, 12), r.randint(0, 9), g.f.date()), "",
                  "- %s (%s)" % (r.choice(["Fix CarGurus upload retry", "Add Black Book valuation", "Rotate vendor credentials via vault", "Handle VINs with X check digit"]), g.f.hexs(40)), ""]
    return "CHANGELOG.md", "\n".join(lines) + "\n", "markdown", "GitHub", "commit_sha"


@dom
def d_inventory_php(g):
    r = g.r
    v = veh_rows(g, 1)[0]
    lines = ["<?php", "// demo vehicle used by the VDP template preview", "$vehicle = (object) [", "    'vin'   => '%s'," % v["vin"], "    'stock' => '%s'," % v["stock"],
             "    'year'  => %d," % v["year"], "    'make'  => '%s'," % v["make"], "    'model' => '%s'," % v["model"], "    'price' => %d," % v["price"],
             "    'listing_id' => %d," % r.randint(10 ** 8, 10 ** 10), "    'photo_hash' => '%s'," % g.f.hexs(32), "];", "include __DIR__ . '/vdp.php';"]
    return "wp-content/themes/dealer/preview/vehicle.php", "\n".join(lines) + "\n", "php", "Dealer website (WordPress)", "vin"


@dom
def d_cargurus_tsv(g):
    r = g.r
    rows = ["vin\tstock_number\tdealer_id\tlisting_id\tprice\tcertified"]
    for v in veh_rows(g, r.randint(4, 20)):
        rows.append("%s\t%s\t%d\t%s\t%d\t%s" % (v["vin"], v["stock"], r.randint(10000, 999999), rs(r, DIG, 9), v["price"], r.choice(["Y", "N"])))
    return "exports/cargurus_%s.tsv" % g.f.date().replace("-", ""), "\n".join(rows) + "\n", "tsv", "CarGurus feed", "listing_id"


def make_negative_domain(g, i):
    fn = DOMAIN[i % len(DOMAIN)] if g.r.random() < 0.5 else g.r.choice(DOMAIN)
    rel, text, ftype, prov, kind = fn(g)
    return {"rel": rel, "text": text, "filetype": ftype, "provider": prov, "kind": kind, "template": fn.__name__}


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_el.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = Gen(seed)
    manifest, secrets = [], []
    all_secrets = []
    for i in range(500):
        p = make_positive(g, i)
        rel = "pos/p%04d/%s" % (i, p["rel"])
        idx = p["text"].find(p["needle"])
        if idx < 0:
            raise RuntimeError("needle missing in %s" % rel)
        line = p["text"].count("\n", 0, idx) + 1
        write_file(outdir, rel, p["text"])
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": p["filetype"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": line})
        all_secrets.extend(x for x in p["secrets"] if x)
    negs = []
    for i in range(500):
        n = make_negative_reuse(g, i // 2) if i % 2 == 0 else make_negative_domain(g, i // 2)
        negs.append(n)
    for i, n in enumerate(negs):
        rel = "neg/n%04d/%s" % (i, n["rel"])
        for sec in all_secrets:
            if sec in n["text"]:
                raise RuntimeError("generated secret leaked into negative %s" % rel)
        write_file(outdir, rel, n["text"])
        manifest.append({"file": rel, "label": "neg", "provider": n["provider"], "kind": n["kind"], "filetype": n["filetype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
