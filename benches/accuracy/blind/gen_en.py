#!/usr/bin/env python3
"""Blind evaluation-set generator "en" for keyhook: trucking, fleet telematics and freight brokerage.

EMPHASIS
  Repositories of carriers, brokers and TMS/ELD integrators: telematics (Samsara, Motive/KeepTruckin,
  Geotab MyGeotab, Verizon Connect Reveal, Omnitracs, Zonar), routing (Trimble PC*MILER), visibility
  (project44, FourKites, Descartes MacroPoint), load boards (DAT, Truckstop), Uber Freight and a
  Convoy-style broker API, fuel cards (WEX, Comdata, EFS), TMS (McLeod LoadMaster, Rose Rocket, Alvys),
  EDI VAN SFTP mailboxes, plus the cloud/db credentials that live in the same repos (AWS, Azure Storage,
  Google Maps, Postgres/SQL Server/Redis/RabbitMQ, Slack webhooks, SendGrid, Twilio, GitHub PAT, Mapbox
  secret tokens, Stripe). File types: Python (plain, Airflow DAGs, argparse CLIs), Node/TypeScript, C#
  (clients, Program.cs, appsettings.json, App.config), Go, Ruby, PHP, .env/.envrc, YAML (app, Spring,
  k8s, Helm, Ansible, GitHub Actions, docker-compose), INI, TOML, properties, Terraform, Dockerfile,
  Makefile, Jenkinsfile, systemd units, crontabs, shell/PowerShell, lftp scripts, .netrc, SQL seeds,
  Postman collections/environments, Jupyter notebooks, CSV exports, X12 204/214/210, ELD output files,
  GeoJSON, SOPS/Ansible-Vault files, git-lfs pointers, markdown runbooks.
  51 slot templates (used by positives and, with a harmless value, by half of the negatives) and 38
  domain look-alike templates (the other half of the negatives).

USAGE
  python3 gen_en.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl
  ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl ({"file","needle","line"}).
  Deterministic per SEED: every random choice comes from one random.Random(SEED); standard library only.

NEEDLE CONVENTIONS
  - needle = the secret exactly as written in the file; line = 1-based line of its first occurrence.
  - id/secret pairs: the needle is the secret half only (AWS secret access key, Twilio auth token,
    OAuth client_secret, the password of a user/password pair). The public half (AKIA... id, AC... SID,
    client_id, username/email, Geotab database) may sit next to it and is not part of the needle.
  - passwords inside connection URLs / connection strings / lftp -u / .netrc / ISA04: needle = the
    password only. Slack incoming webhooks: needle = the whole https://hooks.slack.com/services/... URL.
    Azure: needle = the AccountKey value. Mapbox: the whole sk.<payload>.<sig> token.
  - half of the positives use an obvious name (SAMSARA_API_TOKEN, efs_password, ...), the other half a
    neutral name (value, sam_cfg, tms_a, p, ...) or no name at all (positional argument, URL query
    parameter, header in a curl line or Postman request, URL userinfo, lftp -u, X12 ISA04).
  - exactly one credential per positive file; other values in the file are ids, hosts, settings.

NEGATIVES
  Half re-use the slot templates with the slot filled by: environment lookups in the file's own
  language (os.environ, process.env, Environment.GetEnvironmentVariable, os.Getenv, ENV.fetch, getenv,
  $env:, ${VAR}, ${{ secrets.X }}, {{ lookup('env', ...) }}, Jenkins credentials()), secret-manager
  references (AWS Secrets Manager ARN, Vault path, Azure Key Vault reference, GCP secret path, 1Password
  op://, SSM), placeholders (YOUR_X, <x>, REPLACE_ME, xxxx, samsara_api_XXXX..., ghp_xxxx...), masked
  or redacted values (****, [REDACTED], samsara_api_••••, sk_live_...1a2B), empty values, and vendor
  documentation examples (AWS AKIAIOSFODNN7EXAMPLE pair, PC*MILER authToken=23423421341341234, Slack
  T00000000/B00000000/XXXX webhook, Stripe docs test key, Samsara "<<token>>", Twilio "your_auth_token").
  The other half are domain look-alikes: trip exports (UUID trip ids, Samsara/Motive/Geotab vehicle ids,
  VINs with valid check digits, tractor/trailer ids, GPS coordinates), fuel-card CSVs with masked card
  numbers and auth codes, X12 204/214/210 with SCAC/BOL/PRO/load numbers and blank ISA02/ISA04,
  GeoJSON geofences, ELD device inventories (serials, firmware sha256), carrier profiles (USDOT, MC,
  SCAC, policy numbers), VIN validator tests, Go/C#/TS code with UUID ids, notebooks with dataset
  sha256, Postman collections using {{variables}}, i18n label files, image digests, git-lfs pointers,
  Airflow Variable/Connection lookups, Key Vault references, ExternalSecret manifests, Terraform
  secretsmanager data sources, `aws secretsmanager get-secret-value` scripts, equipment INI files,
  Mapbox pk. public tokens and Stripe pk_live_ publishable keys, SOPS and Ansible-Vault ciphertext,
  RFC 4231 HMAC test vector, webhook signature fixtures, ELD output files with check values, DAT rate
  exports, .env.example templates, masked values in rotation runbooks.

DOUBTS
  Formats written from memory or invented where the vendor does not publish one:
  - Samsara API token "samsara_api_" + 30 base62 characters: from memory (the docs only show <<token>>).
  - Motive/KeepTruckin X-Api-Key as a lowercase UUID: from memory; the docs name the header only.
  - PC*MILER key as 32 uppercase hex: Trimble's support page says "a relatively long random string
    (e.g. 32 characters)"; hex and upper case are my assumption.
  - project44, Uber Freight, WEX, Rose Rocket, Alvys client secrets and client ids, FourKites API key
    (32 lowercase hex), the Convoy-style broker token (40 hex, fictional host api.freightbridge.com):
    lengths and alphabets invented; these vendors do not document a format.
  - Hosts/paths for Verizon Connect Reveal (fim.api.us.fleetmatics.com, REST_<Company>_<n> users),
    Omnitracs, Zonar, Comdata iConnectData, EFS, MacroPoint, Truckstop, McLeod (port 5790), WEX, DAT
    identity path: from memory, only surrounding realism.
  - GitHub ghp_: 30 random base62 + 6-char base62 CRC32 of the random part (per GitHub's 2021 blog as
    retold by third parties); the exact base62 alphabet order GitHub uses is uncertain.
  - Mapbox sk. payload {"u":user,"a":"cl..."} + 22-char signature, Stripe sk_live_ length 24 or 99,
    SendGrid SG.22.43, Google AIza+35, Slack T/B/24 webhook, Azure 64-byte key: from memory.
  - ISA04 of X12 carrying a 10-char password (ISA03=01) is valid X12 but rarely used in practice.
  - Motive webhook signature header name (X-KT-Webhook-Signature) in a negative fixture: from memory.
  Labels a reviewer might dispute:
  - Negatives: the Stripe documentation test key sk_test_4eC39HqLyjWDarjtT1zdp7dc and the PC*MILER doc
    value 23423421341341234 (published examples); OAuth client ids, Twilio Account SIDs and
    AKIAIOSFODNN7EXAMPLE left next to an env lookup or placeholder (identifiers, not secrets); Mapbox
    pk. and Stripe pk_live_ publishable keys; SOPS / Ansible Vault ciphertext; sha1 webhook signature
    fixtures; "{{ x }}" template placeholders.
  - Positives: Google Maps keys used server-side (Distance Matrix) are labelled secrets; a 32-char Redis
    password for user "default"; credential rows in a CSV of carrier integrations (one row filled).
  - git-lfs pointer negatives are 3 lines long (the format is fixed), below the 5-line guideline.
  - Human passwords are synthetic (word+digits+symbol, leet words, passphrases, random) drawn from the
    symbol set !*-_.~^+ so that no file needs escaping.

SEARCHES
  docs/pages corpora: Samsara API token / authentication (developers.samsara.com: Bearer header, no
  format shown); Motive authentication (developer.gomotive.com: X-Api-Key header, no format shown);
  MyGeotab authenticate (mg-api-js / mg-api-node READMEs: userName/password/database, sessionId);
  PC*MILER / Trimble Maps API key (developer.trimblemaps.com: Authorization header or authToken query,
  doc example authToken=23423421341341234; support article "e.g. 32 characters"); project44 OAuth (no
  project44 page found); FourKites API key (Postman docs page, Tai TMS page: basic auth); DAT service
  accounts (DAT support FAQ: service-account email + password); Mapbox token docs (pk public, sk
  secret); GitHub token format (simonwillison.net summary, a gist describing base62+CRC32, a Go
  package doc "token-forge").
  Scanner-related material shown: the Samsara search returned a GitGuardian detector page
  (docs.gitguardian.com .../detectors/specifics/samsara_apikey); I did not use it. No other scanner
  rule code or regexes were seen or used.
"""

import base64
import binascii
import hashlib
import json
import os
import sys
import random

# ---------------------------------------------------------------------------
# random helpers (all randomness flows from one random.Random(SEED))
# ---------------------------------------------------------------------------
DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
B62 = DIGITS + UPPER + LOWER
ALNUM = UPPER + LOWER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
PW_SYM = "!*-_.~^+"

R = None  # the one Random instance, set in main()


def rs(n, alphabet):
    return "".join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def uuid4():
    h = rs(32, HEXL)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64_of_bytes(n, urlsafe=False, pad=True):
    raw = bytes(R.randrange(256) for _ in range(n))
    s = base64.urlsafe_b64encode(raw).decode() if urlsafe else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def base62_encode(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------------------
# trucking vocabulary
# ---------------------------------------------------------------------------
CARRIERS = ["Red Mesa Transport", "Blue Ridge Freightways", "Prairie Line Carriers", "Ironhorse Logistics",
            "Cascade Reefer Inc", "Lone Star Flatbed", "Great Lakes Drayage", "Sierra Haulers",
            "Magnolia Express", "Northwind Trucking", "Copper Canyon Freight", "Harbor Point Cartage",
            "Tri-County Tank Lines", "Pioneer Dry Van", "Keystone Intermodal", "Badger State Freight"]
SHIPPERS = ["Acme Foods DC", "Midwest Paper Co", "Summit Beverages", "Delta Building Supply",
            "Northstar Grocers", "Pacific Produce", "Orion Plastics", "Heartland Feed & Seed"]
CITIES = [("Dallas", "TX", 32.7767, -96.7970), ("Chicago", "IL", 41.8781, -87.6298),
          ("Atlanta", "GA", 33.7490, -84.3880), ("Memphis", "TN", 35.1495, -90.0490),
          ("Laredo", "TX", 27.5306, -99.4803), ("Columbus", "OH", 39.9612, -82.9988),
          ("Kansas City", "MO", 39.0997, -94.5786), ("Denver", "CO", 39.7392, -104.9903),
          ("Phoenix", "AZ", 33.4484, -112.0740), ("Indianapolis", "IN", 39.7684, -86.1581),
          ("Stockton", "CA", 37.9577, -121.2908), ("Harrisburg", "PA", 40.2732, -76.8867),
          ("Savannah", "GA", 32.0809, -81.0912), ("Louisville", "KY", 38.2527, -85.7585),
          ("Salt Lake City", "UT", 40.7608, -111.8910), ("Joliet", "IL", 41.5250, -88.0817)]
COMPANIES = ["redmesa", "blueridge", "prairieline", "ironhorse", "cascadereefer", "lonestarflat",
             "greatlakesdray", "sierrahaul", "magnoliaexp", "northwind", "coppercanyon", "harborpoint"]
TLDS = ["com", "net", "io", "us"]
FIRST = ["maria", "james", "dee", "luis", "kendra", "tom", "priya", "marcus", "ana", "bob", "chen", "olga"]
LAST = ["garcia", "nguyen", "patel", "smith", "okafor", "johnson", "kowalski", "reyes", "baker", "lee"]
EQUIP = ["V", "R", "F", "SD", "VR", "PO"]
MAKES = ["Freightliner", "Kenworth", "Peterbilt", "Volvo", "International", "Mack", "Western Star"]
WORDS = ["diesel", "harbor", "maple", "granite", "falcon", "prairie", "canyon", "summit", "tundra",
         "cobalt", "juniper", "pecos", "ozark", "sonora", "badger", "willow", "ember", "timber"]
PW_WORDS = ["Kenworth", "Peterbilt", "Freight", "Haul", "Reefer", "Dispatch", "Mileage", "Trailer",
            "Convoy", "Diesel", "Tanker", "Flatbed", "Lowboy", "Drayage", "Logbook", "Bobtail",
            "Redwood", "Bluebird", "Thunder", "Granite", "Falcon", "Maverick", "Cowboys", "Longhorn"]


def company():
    return pick(COMPANIES)


def domain(c=None):
    return "%s.%s" % (c or company(), pick(TLDS))


def person():
    return pick(FIRST), pick(LAST)


def email(c=None):
    f, l = person()
    return "%s.%s@%s" % (f, l, domain(c))


def svc_user(prefix):
    return pick(["%s_api", "svc-%s", "%s.integration", "%s-sync", "api_%s", "%s_svc"]) % prefix


def city():
    return pick(CITIES)


def latlon(c=None):
    c = c or city()
    return round(c[2] + R.uniform(-0.2, 0.2), 6), round(c[3] + R.uniform(-0.2, 0.2), 6)


VIN_TRANS = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ" + DIGITS
    wmi = pick(["1FU", "1XK", "1XP", "4V4", "3HS", "1M1", "5KJ", "1XKY"[:3]])
    body = wmi + rs(5, al) + "0" + pick("LMNPRS") + rs(1, al) + rs(6, DIGITS)
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else VIN_TRANS[ch]
        tot += v * VIN_W[i]
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    return body[:8] + cd + body[9:]


def usdot():
    return str(R.randint(1000000, 3999999))


def mc_number():
    return "MC-%d" % R.randint(100000, 1299999)


def scac():
    return rs(4, UPPER)


def pro_number():
    return str(R.randint(100000000, 999999999))


def bol_number():
    return pick(["BOL", "BL", ""]) + str(R.randint(10000000, 99999999))


def load_number():
    return pick(["L", "LD-", "", "TL"]) + str(R.randint(100000, 9999999))


def tractor_id():
    return pick(["T", "TRK-", "", "U"]) + str(R.randint(100, 9899))


def trailer_id():
    return pick(["TR", "53-", "RF", "V"]) + str(R.randint(1000, 99999))


def eld_serial():
    return pick(["VG", "LBB", "G9", "ELD"]) + rs(pick([8, 10, 12]), UPPER + DIGITS)


def date_s():
    return "2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))


def time_s():
    return "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))


def iso_ts():
    return "%sT%s:%02dZ" % (date_s(), time_s(), R.randint(0, 59))


def sha256_hex():
    return hashlib.sha256(rs(40, ALNUM).encode()).hexdigest()


def git_sha():
    return rs(40, HEXL)


# ---------------------------------------------------------------------------
# credential generators (positives)
# ---------------------------------------------------------------------------
def human_password(maxlen=None, url_safe=True):
    style = R.randrange(6)
    if style == 0:
        s = pick(PW_WORDS) + pick(PW_WORDS) + str(R.randint(10, 9999)) + pick(PW_SYM)
    elif style == 1:
        s = pick(PW_WORDS) + pick(PW_SYM) + str(R.randint(1990, 2026)) + rs(R.randint(1, 3), LOWER)
    elif style == 2:
        s = rs(1, ALNUM) + rs(R.randint(13, 19), ALNUM + PW_SYM)
        s = s[:-2] + pick(DIGITS) + pick(PW_SYM) if len(s) > 3 else s
    elif style == 3:
        s = "-".join(pick(WORDS) for _ in range(3)) + "-" + str(R.randint(10, 99))
    elif style == 4:
        w = pick(PW_WORDS)
        leet = w.replace("o", "0").replace("e", "3").replace("a", "4")
        s = leet + pick(PW_SYM) + rs(2, DIGITS) + rs(2, UPPER)
    else:
        s = pick(UPPER) + rs(5, LOWER) + rs(3, DIGITS) + pick(PW_SYM) + rs(3, LOWER) + pick(UPPER)
    if maxlen:
        s = s[:maxlen]
    return s


def g_samsara():
    return "samsara_api_" + rs(30, B62)


def g_uuid_key():
    return uuid4()


def g_hex32u():
    return rs(32, HEXU)


def g_hex32l():
    return rs(32, HEXL)


def g_b62(n):
    return lambda: rs(n, B62)


def g_aws():
    return rs(40, B64)


def g_azure_key():
    return b64_of_bytes(64)


def g_google_key():
    return "AIza" + rs(35, UPPER + LOWER + DIGITS + "-_")


def g_slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(R.choice([8, 10]), UPPER + DIGITS), rs(R.choice([8, 10, 11]), UPPER + DIGITS), rs(24, ALNUM))


def g_sendgrid():
    return "SG." + rs(22, B64URL) + "." + rs(43, B64URL)


def g_github():
    ent = rs(30, B62)
    return "ghp_" + ent + base62_encode(binascii.crc32(ent.encode()) & 0xFFFFFFFF, 6)


def g_mapbox_sk():
    user = pick(COMPANIES) + pick(["", "-ops", "dev", "-maps"])
    body = json.dumps({"u": user, "a": "cl" + rs(23, LOWER + DIGITS)}, separators=(",", ":"))
    return "sk." + base64.urlsafe_b64encode(body.encode()).decode().rstrip("=") + "." + rs(22, B64URL)


def g_stripe():
    return "sk_live_" + rs(pick([24, 99]), B62)


def g_pw():
    return human_password()


def g_pw10():
    return rs(1, UPPER) + rs(6, ALNUM) + rs(3, DIGITS)


def g_doorkeeper():
    return rs(43, B64URL)


def g_p44_secret():
    return rs(pick([32, 40]), B62)


# ---------------------------------------------------------------------------
# providers: what a positive holds, and how code around it talks to the API
# auth: ("bearer",) Authorization: Bearer <k>; ("hdr", NAME) NAME: <k>;
#       ("query", PARAM) ?PARAM=<k>; ("basic",) user/password
# ---------------------------------------------------------------------------
def _u_email(pre=None):
    return lambda: "%s@%s" % (pre or pick(["dispatch", "integrations", "api", "fleetops", "edi"]), domain())


def _u_svc(pre):
    return lambda: svc_user(pre)


PROVIDERS = [
    dict(id="samsara", kind="api_token", shape="key", gen=g_samsara, words=["samsara", "api", "token"],
         host="api.samsara.com", path="/fleet/vehicles/locations", auth=("bearer",), w=7,
         doc=["<<token>>", "YOUR_TOKEN"]),
    dict(id="motive", kind="api_key", shape="key", gen=g_uuid_key, words=["motive", "api", "key"],
         host="api.gomotive.com", path="/v1/vehicle_locations", auth=("hdr", "X-Api-Key"), w=5,
         doc=["YOUR API KEY"]),
    dict(id="keeptruckin", kind="api_key", shape="key", gen=g_uuid_key, words=["keeptruckin", "api", "key"],
         host="api.keeptruckin.com", path="/v1/users", auth=("hdr", "X-Api-Key"), w=2),
    dict(id="geotab", kind="password", shape="pass", gen=g_pw, words=["geotab", "password"],
         host="my.geotab.com", path="/apiv1", auth=("basic",), w=5, user=_u_email("geotab-api"),
         doc=["-- change me --", "password"]),
    dict(id="verizon_connect", kind="password", shape="pass", gen=g_pw, words=["reveal", "api", "password"],
         host="fim.api.us.fleetmatics.com", path="/token", auth=("basic",), w=4,
         user=lambda: "REST_%s_%04d" % (pick(COMPANIES).capitalize(), R.randint(1, 9999))),
    dict(id="omnitracs", kind="password", shape="pass", gen=g_pw, words=["omnitracs", "ws", "password"],
         host="services.omnitracs.com", path="/qtracsWebServices/services/QTWebSvcs", auth=("basic",), w=3,
         user=_u_svc("omni")),
    dict(id="trimble_pcmiler", kind="api_key", shape="key", gen=g_hex32u, words=["pcmiler", "api", "key"],
         host="pcmiler.alk.com", path="/apis/rest/v1.0/Service.svc/route/routeReports",
         auth=("hdr", "Authorization"), qparam="authToken", w=5, doc=["23423421341341234"]),
    dict(id="project44", kind="client_secret", shape="key", gen=g_p44_secret, words=["p44", "client", "secret"],
         host="na12.api.project44.com", path="/api/v4/oauth2/client-token", auth=("oauth",), w=4,
         pid=lambda: "%s-%s" % (pick(COMPANIES), rs(8, LOWER + DIGITS))),
    dict(id="fourkites", kind="api_key", shape="key", gen=g_hex32l, words=["fourkites", "api", "key"],
         host="api.fourkites.com", path="/shipments/loads", auth=("query", "apikey"), qparam="apikey", w=3),
    dict(id="dat", kind="password", shape="pass", gen=g_pw, words=["dat", "service", "password"],
         host="identity.api.dat.com", path="/access/v1/token/organization", auth=("json",), w=4,
         user=_u_email("datservice")),
    dict(id="truckstop", kind="password", shape="pass", gen=g_pw, words=["truckstop", "password"],
         host="webservices.truckstop.com", path="/v13/Posting/LoadPosting.svc", auth=("basic",), w=3,
         user=_u_svc("tsloads")),
    dict(id="uber_freight", kind="client_secret", shape="key", gen=g_b62(48), words=["uf", "client", "secret"],
         host="api.uberfreight.com", path="/oauth2/token", auth=("oauth",), w=3, pid=lambda: rs(32, HEXL)),
    dict(id="broker_api", kind="bearer_token", shape="key", gen=lambda: rs(40, HEXL),
         words=["broker", "api", "token"], host="api.%s.com" % "freightbridge", path="/v2/shipments/quotes",
         auth=("bearer",), w=2),
    dict(id="zonar", kind="password", shape="pass", gen=g_pw, words=["zonar", "password"],
         host="omi.zonarsystems.net", path="/interface.php", auth=("basic",), w=2, user=_u_svc("zonar")),
    dict(id="wex", kind="client_secret", shape="key", gen=g_b62(40), words=["wex", "client", "secret"],
         host="api.wexinc.com", path="/fleet/v1/transactions", auth=("oauth",), w=3, pid=lambda: rs(32, B62)),
    dict(id="comdata", kind="password", shape="pass", gen=g_pw, words=["comdata", "password"],
         host="w6.iconnectdata.com", path="/cdnws/services/CardManagementWS", auth=("basic",), w=3,
         user=_u_svc("cdn")),
    dict(id="efs", kind="password", shape="pass", gen=g_pw, words=["efs", "password"],
         host="ws.efsllc.com", path="/axis2/services/CardManagementWS", auth=("basic",), w=3,
         user=_u_svc("efs")),
    dict(id="mcleod", kind="password", shape="pass", gen=g_pw, words=["mcleod", "api", "password"],
         host="lme.%s.com:5790" % "tms", path="/ws/api/orders", auth=("basic",), w=3, user=_u_svc("lme")),
    dict(id="rose_rocket", kind="client_secret", shape="key", gen=lambda: rs(64, HEXL),
         words=["roserocket", "client", "secret"], host="auth.roserocket.com", path="/oauth2/token",
         auth=("oauth",), w=2, pid=uuid4),
    dict(id="alvys", kind="client_secret", shape="key", gen=g_b62(40), words=["alvys", "client", "secret"],
         host="integrations.alvys.com", path="/api/authentication/GetAccessToken", auth=("oauth",), w=2,
         pid=uuid4),
    dict(id="descartes_macropoint", kind="password", shape="pass", gen=g_pw, words=["macropoint", "password"],
         host="macropoint-lite.com", path="/api/1.0/orders/createorder", auth=("basic",), w=2,
         user=_u_svc("mp")),
    dict(id="edi_van", kind="ftp_password", shape="pass", gen=g_pw, words=["edi", "sftp", "password"],
         host="sftp.ediexchange.net", path="/inbound/204", auth=("basic",), w=4, user=_u_svc("edi"),
         url_scheme="sftp"),
    # common cloud / data credentials found in the same repositories
    dict(id="aws", kind="secret_access_key", shape="key", gen=g_aws, words=["aws", "secret", "access", "key"],
         host="s3.us-east-2.amazonaws.com", path="/", auth=("aws",), w=4,
         pid=lambda: "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
         doc=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
    dict(id="azure_storage", kind="account_key", shape="key", gen=g_azure_key,
         words=["azure", "storage", "key"], host="fleetexports.blob.core.windows.net", path="/", auth=("azure",),
         w=2),
    dict(id="google_maps", kind="api_key", shape="key", gen=g_google_key, words=["google", "maps", "key"],
         host="maps.googleapis.com", path="/maps/api/distancematrix/json", auth=("query", "key"),
         qparam="key", w=3),
    dict(id="postgres", kind="db_password", shape="pass", gen=g_pw, words=["db", "password"],
         host="tms-db.internal", path="/tms", auth=("db",), w=4, user=lambda: pick(["tms_app", "fleet", "etl", "postgres", "dispatch_rw"]),
         url_scheme="postgresql"),
    dict(id="mssql", kind="db_password", shape="pass", gen=g_pw, words=["sql", "password"],
         host="sql-tms01.corp.local", path="/LoadMaster", auth=("db",), w=2, user=lambda: pick(["lme_ro", "sa_etl", "fuelrpt"])),
    dict(id="redis", kind="db_password", shape="pass", gen=lambda: rs(32, B62), words=["redis", "password"],
         host="redis.fleet.internal", path="/0", auth=("db",), w=1, user=lambda: "default", url_scheme="redis"),
    dict(id="rabbitmq", kind="db_password", shape="pass", gen=g_pw, words=["amqp", "password"],
         host="mq.fleet.internal", path="/telematics", auth=("db",), w=1, user=lambda: pick(["eld_ingest", "gps"]),
         url_scheme="amqp"),
    dict(id="slack", kind="webhook_url", shape="key", gen=g_slack_webhook, words=["slack", "webhook", "url"],
         host="hooks.slack.com", path="/services", auth=("webhook",), w=2,
         doc=["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"]),
    dict(id="sendgrid", kind="api_key", shape="key", gen=g_sendgrid, words=["sendgrid", "api", "key"],
         host="api.sendgrid.com", path="/v3/mail/send", auth=("bearer",), w=2),
    dict(id="twilio", kind="auth_token", shape="key", gen=g_hex32l, words=["twilio", "auth", "token"],
         host="api.twilio.com", path="/2010-04-01/Accounts", auth=("twilio",), w=2, pid=lambda: "AC" + rs(32, HEXL),
         doc=["your_auth_token"]),
    dict(id="github", kind="personal_access_token", shape="key", gen=g_github, words=["github", "token"],
         host="api.github.com", path="/repos", auth=("bearer",), w=2),
    dict(id="mapbox", kind="secret_token", shape="key", gen=g_mapbox_sk, words=["mapbox", "secret", "token"],
         host="api.mapbox.com", path="/uploads/v1", auth=("query", "access_token"), qparam="access_token", w=2),
    dict(id="stripe", kind="secret_key", shape="key", gen=g_stripe, words=["stripe", "secret", "key"],
         host="api.stripe.com", path="/v1/charges", auth=("bearer",), w=1,
         doc=["sk_test_4eC39HqLyjWDarjtT1zdp7dc"]),
]
PBY = {p["id"]: p for p in PROVIDERS}

NEUTRAL = [["value"], ["fleet", "link"], ["upstream"], ["hdr"], ["primary"], ["tms", "a"], ["k1"],
           ["opts", "x"], ["integration"], ["telematics", "2"], ["seed"], ["partner", "ref"], ["sam", "cfg"],
           ["login", "b"], ["x", "fleet"], ["sync", "h"], ["blob"], ["conn", "param"], ["carrier", "ctx"],
           ["feed", "id2"], ["p"], ["arg2"], ["remote", "s"], ["handshake"]]


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
    return "_".join(words)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


ENV_EXPR = {
    "py": ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")'],
    "js": ["process.env.%s"],
    "ts": ["process.env.%s ?? ''", "process.env.%s!"],
    "cs": ['Environment.GetEnvironmentVariable("%s")'],
    "go": ['os.Getenv("%s")'],
    "sh": ['"${%s}"', '"$%s"'],
    "ps": ["$env:%s"],
    "rb": ['ENV.fetch("%s")', 'ENV["%s"]'],
    "php": ["getenv('%s')"],
    "java": ['System.getenv("%s")'],
}


class C(object):
    """Slot context: what goes into the one sensitive slot of a template."""

    def __init__(self, p, label, obvious, neg_mode=None, env_ok=True):
        self.p = p
        self.label = label
        self.obvious = obvious
        self.shape = p["shape"]
        self.user = p["user"]() if p.get("user") else None
        self.pid = p["pid"]() if p.get("pid") else None
        self.env = style(p["words"], "screaming")
        self.neutral = pick(NEUTRAL)
        self.mode = "lit"
        self.neg_mode = None
        self.secret = None
        self.company = company()
        if label == "pos":
            self.secret = p["gen"]()
            self.val = self.secret
        else:
            modes = ["placeholder", "masked", "empty", "vault", "doc"]
            if env_ok:
                modes += ["env", "env", "env"]
            m = neg_mode or pick(modes)
            if m == "env" and not env_ok:
                m = "placeholder"
            if m == "doc" and not p.get("doc"):
                m = "placeholder"
            self.neg_mode = m
            if m == "env":
                self.mode = "env"
                self.val = "${%s}" % self.env
            else:
                self.val = neg_value(p, m, self.env)
            if p["id"] == "aws":
                self.pid = "AKIAIOSFODNN7EXAMPLE" if m == "doc" else pick(["AKIA" + "X" * 16, "", "${AWS_ACCESS_KEY_ID}"])

    # names ---------------------------------------------------------------
    def name(self, st="snake", words=None):
        if self.obvious:
            return style(words or self.p["words"], st)
        return style(self.neutral, st)

    def kind(self):
        if self.label == "pos":
            return self.p["kind"]
        return {"placeholder": "placeholder", "masked": "masked_value", "empty": "empty_value",
                "vault": "secret_manager_ref", "doc": "documented_example", "env": "env_reference"}[self.neg_mode]

    # values --------------------------------------------------------------
    def expr(self, lang, q='"'):
        if self.mode == "env":
            return pick(ENV_EXPR[lang]) % self.env
        return q + self.val + q

    def cfg(self, env_style="${%s}"):
        if self.mode == "env":
            return env_style % self.env if "%s" in env_style else env_style
        return self.val

    def url_with_pw(self, scheme=None, host=None, path=None):
        scheme = scheme or self.p.get("url_scheme", "https")
        host = host or self.p["host"]
        path = self.p["path"] if path is None else path
        pw = self.val if self.mode != "env" else "${%s}" % self.env
        return "%s://%s:%s@%s%s" % (scheme, self.user, pw, host, path)

    def base(self):
        return "https://" + self.p["host"]

    def url(self):
        return "https://" + self.p["host"] + self.p["path"]


def neg_value(p, m, env):
    kw = p["words"]
    if m == "doc" and p.get("doc"):
        return pick(p["doc"])
    if m in ("placeholder", "doc"):
        if p["id"] == "samsara":
            return pick(["samsara_api_" + "X" * 30, "YOUR_SAMSARA_API_TOKEN", "<samsara-api-token>"])
        if p["id"] == "github":
            return pick(["ghp_" + "x" * 36, "<github-pat>", "ghp_YOUR_TOKEN_HERE"])
        if p["id"] == "slack":
            return "https://hooks.slack.com/services/" + pick(["XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "<team>/<channel>/<token>", "T000/B000/XXXX"])
        if p["id"] == "stripe":
            return pick(["sk_live_" + "x" * 24, "sk_live_YOUR_KEY"])
        if p["shape"] == "pass":
            return pick(["CHANGE_ME", "<password>", "your-password-here", "REPLACE_ME", "<%s>" % "-".join(kw),
                         "TODO", "changeit-in-vault", "__PASSWORD__", "{{ %s }}" % "_".join(kw)])
        return pick(["YOUR_%s" % env, "<%s>" % "-".join(kw), "REPLACE_WITH_%s" % env, "x" * R.choice([24, 32]),
                     "your-%s-here" % "-".join(kw), "TODO_%s" % env, "{{ %s }}" % "_".join(kw), "INSERT_KEY_HERE",
                     "%s_GOES_HERE" % env])
    if m == "masked":
        if p["id"] == "samsara":
            return pick(["samsara_api_" + "*" * 30, "samsara_api_••••••••", "samsara_api_...%s" % rs(4, B62)])
        if p["id"] == "stripe":
            return "sk_live_..." + rs(4, B62)
        return pick(["********", "*" * R.randint(12, 32), "[REDACTED]", "***redacted***", "••••••••••••",
                     "%s****************" % rs(4, ALNUM.lower()) if p["shape"] == "key" else "********",
                     "<redacted>", "XXXX-XXXX-XXXX-" + rs(4, DIGITS) if p["shape"] == "key" else "(hidden)"])
    if m == "empty":
        return ""
    if m == "vault":
        slug = "-".join(kw)
        return pick(["arn:aws:secretsmanager:us-east-2:%d:secret:prod/%s-%s" % (R.randint(10 ** 11, 10 ** 12 - 1), slug, rs(6, ALNUM)),
                     "vault:secret/data/integrations/%s#value" % p["id"],
                     "@Microsoft.KeyVault(SecretUri=https://kv-fleet-prod.vault.azure.net/secrets/%s/)" % slug,
                     "projects/fleet-prod/secrets/%s/versions/latest" % slug,
                     "op://Fleet Integrations/%s/credential" % p["id"].replace("_", " ").title(),
                     "ssm:/prod/telematics/%s" % "_".join(kw)])
    return ""


# ---------------------------------------------------------------------------
# harmless surrounding settings
# ---------------------------------------------------------------------------
def other_settings(n):
    c = city()
    pool = [
        (["log", "level"], pick(["info", "debug", "warn"])),
        (["tz"], pick(["America/Chicago", "America/New_York", "America/Denver", "UTC"])),
        (["poll", "interval", "seconds"], str(pick([30, 60, 120, 300]))),
        (["fleet", "region"], pick(["us-central", "us-east", "na"])),
        (["max", "retries"], str(R.randint(2, 8))),
        (["batch", "size"], str(pick([100, 250, 500, 1000]))),
        (["hos", "ruleset"], pick(["USA_70_8", "USA_60_7", "CAN_70_7"])),
        (["distance", "units"], pick(["miles", "km"])),
        (["ifta", "export", "enabled"], pick(["true", "false"])),
        (["home", "terminal"], "%s, %s" % (c[0], c[1])),
        (["carrier", "usdot"], usdot()),
        (["dispatch", "email"], email()),
        (["s3", "bucket"], "%s-%s-exports" % (company(), pick(["eld", "fuel", "edi", "gps"]))),
        (["request", "timeout", "ms"], str(pick([5000, 10000, 15000, 30000]))),
        (["page", "limit"], str(pick([50, 100, 512]))),
        (["sentry", "environment"], pick(["production", "staging"])),
        (["default", "scac"], scac()),
        (["geofence", "radius", "m"], str(pick([150, 250, 400, 800]))),
    ]
    R.shuffle(pool)
    return pool[:n]


def auth_lines_desc(p):
    a = p["auth"][0]
    return {"bearer": "Authorization: Bearer", "hdr": p["auth"][-1], "query": "query param", "basic": "basic auth",
            "oauth": "OAuth2 client credentials", "aws": "SigV4", "azure": "shared key", "db": "password auth",
            "webhook": "incoming webhook", "twilio": "basic auth (SID:token)", "json": "JSON login"}.get(a, a)


# ---------------------------------------------------------------------------
# request snippets per language
# ---------------------------------------------------------------------------
HTTP_AUTHS = ("bearer", "hdr", "query", "basic", "oauth", "json", "twilio", "webhook")


def py_call(c, var, ind="    "):
    p, a = c.p, c.p["auth"][0]
    u = c.url()
    if a == "bearer":
        return ['resp = requests.get("%s", headers={"Authorization": f"Bearer {%s}"}, timeout=30)' % (u, var)]
    if a == "hdr":
        return ['resp = requests.get("%s", headers={"%s": %s, "Accept": "application/json"}, timeout=30)' % (u, p["auth"][1], var)]
    if a == "query":
        return ['resp = requests.get("%s", params={"%s": %s, "limit": 100}, timeout=30)' % (u, p["auth"][1], var)]
    if a in ("basic", "twilio"):
        who = '"%s"' % (c.pid if a == "twilio" else c.user)
        return ['resp = requests.get("%s", auth=(%s, %s), timeout=30)' % (u, who, var)]
    if a == "oauth":
        return ['resp = requests.post("%s", data={' % u,
                ind + '"grant_type": "client_credentials",',
                ind + '"client_id": "%s",' % c.pid,
                ind + '"client_secret": %s,' % var,
                '}, timeout=30)']
    if a == "json":
        return ['resp = requests.post("%s", json={"username": "%s", "password": %s}, timeout=30)' % (u, c.user, var)]
    if a == "webhook":
        return ['resp = requests.post(%s, json={"text": f"Load {load_id} is late at {stop}"}, timeout=10)' % var]
    if a == "aws":
        return ['s3 = boto3.client("s3", aws_access_key_id="%s", aws_secret_access_key=%s)' % (c.pid, var),
                'resp = s3.list_objects_v2(Bucket="%s-eld-exports", Prefix="daily/")' % c.company]
    if a == "azure":
        return ['conn = "DefaultEndpointsProtocol=https;AccountName=fleetexports;AccountKey=" + %s + ";EndpointSuffix=core.windows.net"' % var,
                'svc = BlobServiceClient.from_connection_string(conn)']
    if a == "db":
        return ['conn = psycopg2.connect(host="%s", dbname="%s", user="%s", password=%s)' % (
            p["host"], p["path"].strip("/") or "tms", c.user, var)]
    return []


def py_imports(c):
    a = c.p["auth"][0]
    if a == "aws":
        return ["import boto3"]
    if a == "azure":
        return ["from azure.storage.blob import BlobServiceClient"]
    if a == "db":
        return ["import psycopg2"]
    return ["import requests"]


def js_call(c, var):
    p, a = c.p, c.p["auth"][0]
    u = c.url()
    if a == "bearer":
        return ["const res = await fetch('%s', { headers: { Authorization: `Bearer ${%s}` } });" % (u, var)]
    if a == "hdr":
        return ["const res = await fetch('%s', { headers: { '%s': %s } });" % (u, p["auth"][1], var)]
    if a == "query":
        return ["const res = await fetch(`%s?%s=${%s}&limit=100`);" % (u, p["auth"][1], var)]
    if a in ("basic", "twilio"):
        who = c.pid if a == "twilio" else c.user
        return ["const basic = Buffer.from(`%s:${%s}`).toString('base64');" % (who, var),
                "const res = await fetch('%s', { headers: { Authorization: `Basic ${basic}` } });" % u]
    if a == "oauth":
        return ["const res = await fetch('%s', {" % u,
                "  method: 'POST',",
                "  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: '%s', client_secret: %s }),"
                % (c.pid, var), "});"]
    if a == "json":
        return ["const res = await fetch('%s', {" % u, "  method: 'POST',",
                "  headers: { 'Content-Type': 'application/json' },",
                "  body: JSON.stringify({ username: '%s', password: %s })," % (c.user, var), "});"]
    if a == "webhook":
        return ["const res = await fetch(%s, { method: 'POST', body: JSON.stringify({ text: `Load ${loadId} checked in` }) });" % var]
    if a == "aws":
        return ["const s3 = new S3Client({ region: 'us-east-2', credentials: { accessKeyId: '%s', secretAccessKey: %s } });" % (c.pid, var)]
    if a == "db":
        return ["const pool = new Pool({ host: '%s', user: '%s', password: %s, database: 'tms' });" % (c.p["host"], c.user, var)]
    return ["const client = BlobServiceClient.fromConnectionString(`DefaultEndpointsProtocol=https;AccountName=fleetexports;AccountKey=${%s};EndpointSuffix=core.windows.net`);" % var]


def sh_curl(c, val, user=None):
    p, a = c.p, c.p["auth"][0]
    u = c.url()
    if a == "bearer":
        return 'curl -sS -H "Authorization: Bearer %s" "%s"' % (val, u)
    if a == "hdr":
        return 'curl -sS -H "%s: %s" "%s"' % (p["auth"][1], val, u)
    if a == "query":
        return 'curl -sS "%s?%s=%s&limit=100"' % (u, p["auth"][1], val)
    if a in ("basic", "twilio"):
        who = c.pid if a == "twilio" else c.user
        return 'curl -sS -u "%s:%s" "%s"' % (who, val, u)
    if a == "oauth":
        return 'curl -sS -X POST "%s" -d grant_type=client_credentials -d client_id=%s -d "client_secret=%s"' % (u, c.pid, val)
    if a == "json":
        return 'curl -sS -X POST "%s" -H "Content-Type: application/json" -d \'{"username":"%s","password":"%s"}\'' % (u, c.user, val)
    if a == "webhook":
        return 'curl -sS -X POST -H "Content-type: application/json" --data \'{"text":"nightly IFTA export done"}\' "%s"' % val
    return ""


def cs_call(c, var):
    p, a = c.p, c.p["auth"][0]
    if a == "bearer":
        return ['_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", %s);' % var]
    if a == "hdr":
        return ['_http.DefaultRequestHeaders.Add("%s", %s);' % (p["auth"][1], var)]
    if a == "query":
        return ['var url = $"%s?%s={%s}";' % (c.url(), p["auth"][1], var)]
    if a in ("basic", "twilio", "json"):
        who = c.pid if a == "twilio" else c.user
        return ['var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"%s:{%s}"));' % (who, var),
                '_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);']
    if a == "oauth":
        return ['var form = new FormUrlEncodedContent(new Dictionary<string, string> {',
                '    ["grant_type"] = "client_credentials",', '    ["client_id"] = "%s",' % c.pid,
                '    ["client_secret"] = %s,' % var, '});']
    if a == "webhook":
        return ['await _http.PostAsync(%s, new StringContent("{\\"text\\":\\"Detention started\\"}"));' % var]
    return []


def go_call(c, var):
    p, a = c.p, c.p["auth"][0]
    if a == "bearer":
        return ['req.Header.Set("Authorization", "Bearer "+%s)' % var]
    if a == "hdr":
        return ['req.Header.Set("%s", %s)' % (p["auth"][1], var)]
    if a == "query":
        return ['q := req.URL.Query()', 'q.Set("%s", %s)' % (p["auth"][1], var), 'req.URL.RawQuery = q.Encode()']
    if a in ("basic", "twilio", "json"):
        who = c.pid if a == "twilio" else c.user
        return ['req.SetBasicAuth("%s", %s)' % (who, var)]
    if a == "oauth":
        return ['form := url.Values{"grant_type": {"client_credentials"}, "client_id": {"%s"}, "client_secret": {%s}}' % (c.pid, var),
                'req, _ = http.NewRequest("POST", tokenURL, strings.NewReader(form.Encode()))']
    if a == "webhook":
        return ['req, _ = http.NewRequest("POST", %s, bytes.NewReader(payload))' % var]
    return []


def hdr_pair(c, val):
    """(header-name, header-value) for header-style auths, else None."""
    a = c.p["auth"][0]
    if a == "bearer":
        return ("Authorization", "Bearer " + val)
    if a == "hdr":
        return (c.p["auth"][1], val)
    return None


def slug(c):
    return c.p["id"].replace("_", "-")


def mod(c):
    return c.p["id"].replace("-", "_")


def pascal(c):
    return "".join(w.capitalize() for w in c.p["id"].split("_"))


# ---------------------------------------------------------------------------
# slot templates: used by positives and (with a harmless value) by negatives
# each returns (relpath, text)
# ---------------------------------------------------------------------------
TEMPLATES = []


def tpl(ft, shapes=("key", "pass"), auths=None, env_ok=True, named=True, fixed_obvious=False, only=None,
        fix_gen=None):
    def deco(fn):
        TEMPLATES.append(dict(name=fn.__name__, fn=fn, ft=ft, shapes=shapes, auths=auths, env_ok=env_ok,
                              named=named, fixed_obvious=fixed_obvious, only=only, fix_gen=fix_gen))
        return fn
    return deco


def kv_block(pairs, st, fmt):
    return [fmt % (style(k, st), v) for k, v in pairs]


@tpl("dotenv", env_ok=False)
def t_dotenv(c):
    path = pick([".env", ".env.production", "deploy/.env.staging", "services/%s-sync/.env" % slug(c), ".env.local"])
    q = pick(["", "", '"', "'"])
    lines = ["# %s integration - %s" % (c.p["id"].replace("_", " ").title(), pick(["prod", "staging", "do not share"])),
             "APP_ENV=%s" % pick(["production", "staging"]), "PORT=%d" % pick([3000, 8080, 8000])]
    lines += kv_block(other_settings(R.randint(2, 6)), "screaming", "%s=%s")
    lines.append("")
    if c.shape == "pass":
        lines.append("%s=%s" % (style(c.p["words"][:-1] + ["user"], "screaming") if c.obvious else style(c.neutral + ["u"], "screaming"), c.user))
    elif c.pid:
        lines.append("%s=%s" % (style(c.p["words"][:1] + ["client", "id"] if c.p["id"] != "aws" else ["aws", "access", "key", "id"], "screaming"), c.pid))
    lines.append("%s=%s%s%s" % (c.name("screaming"), q, c.val, q))
    lines += ["", "# feature flags"] + kv_block(other_settings(R.randint(1, 3)), "screaming", "%s=%s")
    return path, "\n".join(lines) + "\n"


@tpl("python")
def t_py_settings(c):
    path = pick(["config/settings.py", "app/config.py", "fleet_sync/settings.py", "src/settings/production.py"])
    lines = ['"""Settings for the %s %s."""' % (c.company, pick(["dispatch board", "ELD sync worker", "fuel tax job"])),
             "import os", "", "DEBUG = False",
             'ALLOWED_HOSTS = ["%s", "localhost"]' % domain(c.company), ""]
    for k, v in other_settings(R.randint(3, 7)):
        lines.append('%s = %s' % (style(k, "screaming"), v if v.isdigit() else '"%s"' % v))
    lines.append("")
    lines.append("# %s" % pick(["telematics", "carrier visibility", "external integrations", "partner APIs"]))
    lines.append('%s_BASE_URL = "%s"' % (c.p["id"].upper(), c.base()))
    if c.shape == "pass":
        lines.append('%s = "%s"' % (style(c.p["words"][:-1] + ["username"], "screaming") if c.obvious else "LOGIN_A", c.user))
    elif c.pid:
        lines.append('%s = "%s"' % ("AWS_ACCESS_KEY_ID" if c.p["id"] == "aws" else style(c.p["words"][:1] + ["client", "id"], "screaming"), c.pid))
    lines.append("%s = %s" % (c.name("screaming"), c.expr("py")))
    lines += ["", 'CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")']
    return path, "\n".join(lines) + "\n"


@tpl("python")
def t_py_client(c):
    path = "integrations/%s/client.py" % mod(c)
    cls = pascal(c) + "Client"
    v = c.name("snake")
    lines = ["import logging", "import time", ""] + py_imports(c) + ["", "log = logging.getLogger(__name__)", "",
             "%s = %s" % (v.upper(), c.expr("py")), "", "",
             "class %s:" % cls,
             '    """Thin wrapper used by the %s job."""' % pick(["hourly location", "HOS sync", "fuel reconciliation", "tender"]),
             "", "    def __init__(self, %s=%s):" % (v, v.upper()),
             "        self.%s = %s" % (v, v), "        self.session_started = time.time()", "",
             "    def fetch(self, load_id=None, stop=None):",
             '        log.info("calling %s for %%s", load_id)' % c.p["id"]]
    lines += ["        " + l for l in py_call(c, "self." + v, "    ")]
    lines += ["        return resp"]
    return path, "\n".join(lines) + "\n"


@tpl("airflow_dag")
def t_airflow_dag(c):
    path = "dags/%s_%s.py" % (mod(c), pick(["sync", "ingest", "daily_export", "locations"]))
    v = c.name("snake")
    lines = ["from datetime import datetime, timedelta", "", "from airflow import DAG",
             "from airflow.operators.python import PythonOperator", "import os"] + py_imports(c) + ["",
             "%s = %s" % (v.upper(), c.expr("py")), "",
             "default_args = {", '    "owner": "%s",' % pick(["data-eng", "fleet-analytics", "ops"]),
             '    "retries": %d,' % R.randint(1, 4), '    "retry_delay": timedelta(minutes=%d),' % pick([5, 10, 15]),
             "}", "", "", "def pull(**context):", '    load_id, stop = context["ds"], "%s"' % city()[0]]
    lines += ["    " + l for l in py_call(c, v.upper())]
    lines += ['    context["ti"].xcom_push(key="status", value=getattr(resp, "status_code", 200))', "", "",
              "with DAG(", '    dag_id="%s",' % path[5:-3], '    schedule_interval="%s",' % pick(["@hourly", "*/15 * * * *", "0 6 * * *"]),
              "    start_date=datetime(2024, %d, 1)," % R.randint(1, 12), "    catchup=False,", "    default_args=default_args,",
              '    tags=["%s", "telematics"],' % c.p["id"], ") as dag:",
              '    PythonOperator(task_id="pull", python_callable=pull)']
    return path, "\n".join(lines) + "\n"


@tpl("python", named=False, auths=HTTP_AUTHS)
def t_py_positional(c):
    path = pick(["scripts/pull_%s.py" % mod(c), "tools/%s_backfill.py" % mod(c), "jobs/%s_once.py" % mod(c)])
    lines = ["#!/usr/bin/env python3", "# one-off backfill, %s" % date_s(), "import sys", ""]
    if c.p["id"] == "geotab":
        lines += ["import mygeotab", "", "api = mygeotab.API(\"%s\", %s, \"%s\")" % (c.user, c.expr("py"), c.company),
                  "api.authenticate()", 'devices = api.get("Device", resultsLimit=%d)' % pick([500, 1000]),
                  "for d in devices:", '    print(d["id"], d.get("vehicleIdentificationNumber"), d["name"])']
    elif c.shape == "pass":
        lines += ["from fleetlib.http import Session", "",
                  "s = Session(\"%s\", \"%s\", %s)" % (c.base(), c.user, c.expr("py")),
                  'rows = s.get("%s", since=sys.argv[1] if len(sys.argv) > 1 else "%s")' % (c.p["path"], date_s()),
                  "print(len(rows), 'rows')"]
    else:
        lines += ["from fleetlib.http import Session", "",
                  "s = Session(\"%s\", %s)" % (c.base(), c.expr("py")),
                  'rows = s.get("%s", since=sys.argv[1] if len(sys.argv) > 1 else "%s")' % (c.p["path"], date_s()),
                  "print(len(rows), 'rows')"]
    return path, "\n".join(lines) + "\n"


@tpl("javascript", auths=HTTP_AUTHS + ("aws", "db"))
def t_js_client(c):
    path = pick(["src/integrations/%s.js" % slug(c), "lib/%sClient.js" % c.p["id"].split("_")[0], "server/vendors/%s.js" % slug(c)])
    v = c.name("camel")
    imp = {"aws": "const { S3Client } = require('@aws-sdk/client-s3');", "db": "const { Pool } = require('pg');"}.get(c.p["auth"][0], "")
    lines = ["'use strict';", "", imp, "const logger = require('../logger');", "",
             "const %s = %s;" % (v, c.expr("js", pick(["'", '"']))),
             "const BASE = '%s';" % c.base(), "",
             "async function %s(loadId) {" % pick(["pollLocations", "syncDrivers", "pushStatus", "fetchTrips"]),
             "  logger.debug({ loadId }, 'calling %s');" % c.p["id"]]
    lines += ["  " + l for l in js_call(c, v)]
    lines += ["  return typeof res === 'object' && res.json ? res.json() : res;", "}", "",
              "module.exports = { BASE };"]
    return path, "\n".join(l for l in lines if l is not None) + "\n"


@tpl("javascript", env_ok=True)
def t_js_config(c):
    path = pick(["config/default.js", "config/production.js", "src/config.js"])
    lines = ["// loaded by node-config; overrides live in config/local.js", "module.exports = {",
             "  port: %d," % pick([3000, 4000, 8080]), "  tms: {", "    baseUrl: 'https://tms.%s'," % domain(c.company),
             "    pageSize: %d," % pick([50, 100]), "  },", "  %s: {" % c.p["id"].split("_")[0], "    baseUrl: '%s'," % c.base()]
    if c.shape == "pass":
        lines.append("    %s: '%s'," % ("username" if c.obvious else "acct", c.user))
    elif c.pid:
        lines.append("    %s: '%s'," % ("accessKeyId" if c.p["id"] == "aws" else "clientId", c.pid))
    key = (("password" if c.shape == "pass" else style(c.p["words"][-2:], "camel")) if c.obvious else style(c.neutral, "camel"))
    lines.append("    %s: %s," % (key, c.expr("js", "'")))
    lines += ["    timeoutMs: %d," % pick([5000, 10000]), "  },", "  geofenceRadiusMeters: %d," % pick([200, 400]), "};"]
    return path, "\n".join(lines) + "\n"


@tpl("typescript")
def t_ts_service(c):
    cls = pascal(c) + "Service"
    path = pick(["src/services/%s.ts" % cls, "apps/api/src/integrations/%s.service.ts" % slug(c)])
    v = c.name("camel")
    lines = ["import { Injectable, Logger } from '@nestjs/common';", "", "@Injectable()", "export class %s {" % cls,
             "  private readonly logger = new Logger(%s.name);" % cls,
             "  private readonly baseUrl = '%s';" % c.base(),
             "  private readonly %s = %s;" % (v, c.expr("ts", "'"))]
    if c.shape == "pass":
        lines.append("  private readonly user = '%s';" % c.user)
    lines += ["", "  async ping(): Promise<number> {",
              "    this.logger.log(`checking ${this.baseUrl}`);"]
    if c.p["auth"][0] in HTTP_AUTHS:
        lines += ["    " + l.replace("const res", "const res") for l in js_call(c, "this." + v)]
        lines += ["    return (res as Response).status;"]
    else:
        lines += ["    return this.%s.length > 0 ? 200 : 500;" % v]
    lines += ["  }", "}"]
    return path, "\n".join(lines) + "\n"


@tpl("appsettings_json", env_ok=False)
def t_appsettings(c):
    path = pick(["appsettings.json", "appsettings.Production.json", "src/Fleet.Api/appsettings.json",
                 "src/Dispatch.Worker/appsettings.Staging.json"])
    sec = pascal(c)
    key = ("Password" if c.shape == "pass" else "".join(w.capitalize() for w in c.p["words"][1:]) or "ApiKey") if c.obvious else style(c.neutral, "pascal")
    inner = ['      "BaseUrl": "%s",' % c.base()]
    if c.shape == "pass":
        inner.append('      "%s": "%s",' % ("UserName" if c.obvious else "Acct", c.user))
    elif c.pid:
        inner.append('      "%s": "%s",' % ("AccessKeyId" if c.p["id"] == "aws" else "ClientId", c.pid))
    inner += ['      "%s": "%s",' % (key, c.val), '      "TimeoutSeconds": %d' % pick([30, 60, 100])]
    lines = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",',
             '      "Microsoft.AspNetCore": "Warning"', "    }", "  },", '  "AllowedHosts": "*",',
             '  "Fleet": {', '    "HomeTerminal": "%s, %s",' % city()[:2], '    "CarrierDot": "%s",' % usdot(),
             '    "%s": {' % sec] + inner + ["    }", "  }", "}"]
    return path, "\n".join(lines) + "\n"


@tpl("csharp", auths=HTTP_AUTHS)
def t_cs_client(c):
    cls = pascal(c) + "Client"
    path = "src/Fleet.Integrations/%s/%s.cs" % (pascal(c), cls)
    v = "_" + c.name("camel")
    lines = ["using System;", "using System.Collections.Generic;", "using System.Net.Http;",
             "using System.Net.Http.Headers;", "using System.Text;", "using System.Threading.Tasks;", "",
             "namespace Fleet.Integrations.%s" % pascal(c), "{", "    public sealed class %s" % cls, "    {",
             "        private const string BaseUrl = \"%s\";" % c.base(),
             "        private static readonly string %s = %s;" % (v, c.expr("cs")),
             "        private readonly HttpClient _http;", "",
             "        public %s(HttpClient http)" % cls, "        {", "            _http = http;",
             "            _http.BaseAddress = new Uri(BaseUrl);", "        }", "",
             "        public async Task<string> PullAsync()", "        {"]
    lines += ["            " + l for l in cs_call(c, v)]
    lines += ["            var resp = await _http.GetAsync(\"%s\");" % c.p["path"],
              "            resp.EnsureSuccessStatusCode();", "            return await resp.Content.ReadAsStringAsync();",
              "        }", "    }", "}"]
    return path, "\n".join(lines) + "\n"


@tpl("go", auths=HTTP_AUTHS)
def t_go_client(c):
    pkg = c.p["id"].split("_")[0]
    path = "internal/%s/client.go" % pkg
    v = c.name("camel")
    decl = "var %s = %s" % (v, c.expr("go", pick(['"', "`"])))
    calls = go_call(c, v)
    body = "\n".join(calls) + decl
    imps = [m for m in ("bytes", "net/http", "net/url", "os", "strings", "time")
            if m in ("net/http", "time") or (m.split("/")[-1] + ".") in body]
    lines = ["package %s" % pkg, "", "import ("] + ['\t"%s"' % m for m in imps] + [")", "", "const (",
             '\tbaseURL  = "%s"' % c.base()] + (['\ttokenURL = "%s"' % c.url()] if "tokenURL" in body else []) + [")", "",
             decl, "",
             "// Fetch pulls the latest page of %s data." % pick(["vehicle", "driver", "shipment", "fuel"]),
             "func Fetch(payload []byte) (*http.Response, error) {",
             '\treq, _ := http.NewRequest("GET", baseURL+"%s", nil)' % c.p["path"]]
    lines += ["\t" + l for l in calls]
    lines += ["\tclient := &http.Client{Timeout: %d * time.Second}" % pick([10, 20, 30]), "\treturn client.Do(req)", "}"]
    return path, "\n".join(lines) + "\n"


@tpl("go", named=False)
def t_go_flag(c):
    path = "cmd/%s-sync/main.go" % slug(c)
    lines = ["package main", "", "import (", '\t"flag"', '\t"log"', '\t"os"', "", '\t"github.com/%s/fleet/internal/sync"' % c.company, ")", "",
             "func main() {", '\tsince := flag.String("since", "%s", "start date")' % date_s(),
             '\tdry := flag.Bool("dry-run", false, "do not write")']
    if c.shape == "pass":
        lines.append('\tuser := flag.String("u", "%s", "api user")' % c.user)
        lines.append('\tsecret := flag.String("p", %s, "")' % c.expr("go"))
        call = "sync.Run(*since, *user, *secret, *dry)"
    else:
        lines.append('\tsecret := flag.String("k", %s, "")' % c.expr("go"))
        call = "sync.Run(*since, *secret, *dry)"
    lines += ["\tflag.Parse()", "\tif err := %s; err != nil {" % call, '\t\tlog.Println("sync failed:", err)',
              "\t\tos.Exit(1)", "\t}", "}"]
    return path, "\n".join(lines) + "\n"


@tpl("yaml")
def t_yaml_config(c):
    path = pick(["config/integrations.yml", "config/telematics.yaml", "settings/%s.yml" % slug(c), "conf/app.yaml"])
    q = pick(["", '"', "'"])
    lines = ["# %s" % pick(["managed by platform team", "integration settings", "loaded at boot by fleetcfg"]),
             "app:", "  name: %s-%s" % (c.company, pick(["dispatch", "eld-bridge", "fuel-recon"])),
             "  env: %s" % pick(["production", "staging"]), "", "integrations:", "  %s:" % c.p["id"],
             "    enabled: true", "    base_url: %s" % c.base()]
    if c.shape == "pass":
        lines.append("    %s: %s" % ("username" if c.obvious else "acct", c.user))
    elif c.pid:
        lines.append("    %s: %s" % ("access_key_id" if c.p["id"] == "aws" else "client_id", c.pid))
    key = (("password" if c.shape == "pass" else style(c.p["words"][1:], "snake") or "token") if c.obvious else style(c.neutral, "snake"))
    lines.append("    %s: %s%s%s" % (key, q, c.cfg(), q))
    lines += ["    poll_seconds: %d" % pick([30, 60, 300]), "  tms:", "    vendor: %s" % pick(["mcleod", "tai", "revenova", "in-house"]),
              "    default_scac: %s" % scac(), "", "logging:", "  level: %s" % pick(["INFO", "DEBUG"])]
    return path, "\n".join(lines) + "\n"


@tpl("docker_compose")
def t_compose(c):
    path = pick(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"])
    svc = "%s-worker" % slug(c)
    envl = ["      %s: %s" % (style(k, "screaming"), v if v.replace(".", "").isalnum() else '"%s"' % v) for k, v in other_settings(R.randint(2, 4))]
    if c.shape == "pass":
        envl.append("      %s: %s" % (style(c.p["words"][:-1] + ["user"], "screaming") if c.obvious else "ACCT", c.user))
    elif c.pid:
        envl.append("      %s: %s" % ("AWS_ACCESS_KEY_ID" if c.p["id"] == "aws" else style(c.p["words"][:1] + ["client", "id"], "screaming"), c.pid))
    v = c.cfg()
    envl.append("      %s: %s" % (c.name("screaming"), '"%s"' % v if (not v or not v[0].isalnum()) else v))
    R.shuffle(envl)
    lines = ["version: \"3.8\"", "", "services:", "  %s:" % svc,
             "    image: ghcr.io/%s/%s:%s" % (c.company, svc, pick(["latest", "1.4.2", "main"])),
             "    restart: unless-stopped", "    depends_on:", "      - redis", "    environment:"] + envl + [
             "", "  redis:", "    image: redis:7-alpine", "    ports:", '      - "6379:6379"']
    return path, "\n".join(lines) + "\n"


@tpl("k8s_yaml")
def t_k8s_secret(c):
    path = pick(["k8s/%s-secret.yaml" % slug(c), "deploy/k8s/base/%s-credentials.yaml" % slug(c)])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % slug(c),
             "  namespace: %s" % pick(["fleet", "telematics", "tms"]), "  labels:",
             "    app.kubernetes.io/part-of: %s" % pick(["eld-bridge", "dispatch"]), "type: Opaque", "stringData:"]
    if c.shape == "pass":
        lines.append("  %s: %s" % ("username" if c.obvious else "u", c.user))
    elif c.pid:
        lines.append("  %s: %s" % ("AWS_ACCESS_KEY_ID" if c.p["id"] == "aws" else "client-id", c.pid))
    lines.append('  %s: "%s"' % (c.name(pick(["kebab", "screaming"])), c.cfg()))
    return path, "\n".join(lines) + "\n"


@tpl("github_actions")
def t_gha(c):
    path = pick([".github/workflows/deploy.yml", ".github/workflows/nightly-sync.yml", ".github/workflows/smoke.yml"])
    val = c.cfg("${{ secrets.%s }}")
    lines = ["name: %s" % pick(["Deploy", "Nightly ELD sync", "Smoke test integrations"]), "", "on:",
             "  workflow_dispatch:", "  schedule:", "    - cron: '%d %d * * *'" % (R.randint(0, 59), R.randint(0, 23)), "",
             "env:", "  AWS_REGION: us-east-2", "  %s: %s" % (c.name("screaming"), val if val and val[0].isalnum() or val.startswith("${{") else "'%s'" % val), "",
             "jobs:", "  run:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.11'",
             "      - run: pip install -r requirements.txt",
             "      - run: python -m fleet_sync.%s --since yesterday" % mod(c)]
    return path, "\n".join(lines) + "\n"


@tpl("shell", auths=HTTP_AUTHS)
def t_sh_var(c):
    path = pick(["scripts/%s_pull.sh" % mod(c), "bin/refresh-%s.sh" % slug(c), "ops/%s-healthcheck.sh" % slug(c)])
    v = c.name("screaming")
    val = c.expr("sh", pick(['"', "'"])) if c.mode != "env" else '"${%s:?missing}"' % c.env
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "OUT_DIR=/var/lib/fleet/%s" % c.p["id"],
             "DAY=$(date -u +%Y-%m-%d)", "%s=%s" % (v, val), "", 'mkdir -p "$OUT_DIR"',
             sh_curl(c, "${%s}" % v) + ' -o "$OUT_DIR/$DAY.json"', 'echo "saved $(wc -c < "$OUT_DIR/$DAY.json") bytes"']
    return path, "\n".join(lines) + "\n"


@tpl("shell", auths=HTTP_AUTHS, named=False)
def t_sh_inline(c):
    path = pick(["scripts/smoke_%s.sh" % mod(c), "test-%s.sh" % slug(c), "tools/curl/%s.sh" % slug(c)])
    val = c.val if c.mode != "env" else "$" + c.env
    lines = ["#!/bin/sh", "# quick manual check against %s (%s)" % (c.p["id"], date_s()),
             "# usage: %s [outfile]" % path.split("/")[-1], "OUT=${1:-/tmp/%s.json}" % mod(c), "",
             sh_curl(c, val) + ' -o "$OUT"', "jq '.data | length' \"$OUT\""]
    if chance(0.5):
        lines.insert(2, "set -e")
    return path, "\n".join(lines) + "\n"


@tpl("crontab", env_ok=True)
def t_crontab(c):
    path = pick(["ops/crontab", "deploy/cron.d/fleet-sync", "crontab.txt"])
    val = c.cfg("$%s")
    lines = ["# m h dom mon dow command", "MAILTO=%s" % email(c.company), "SHELL=/bin/bash", "",
             "%d */%d * * * /opt/fleet/bin/ifta_rollup --quarter current >> /var/log/ifta.log 2>&1" % (R.randint(0, 59), pick([2, 4, 6])),
             "*/%d * * * * %s=%s /opt/fleet/bin/%s_sync --since 15m >> /var/log/%s.log 2>&1" % (
                 pick([5, 10, 15]), c.name("screaming"), val if val else "''", mod(c), mod(c)),
             "30 2 * * 0 find /var/lib/fleet/exports -mtime +30 -delete"]
    return path, "\n".join(lines) + "\n"


@tpl("postman_json", auths=("bearer", "hdr", "query", "basic", "twilio"), named=False)
def t_postman_coll(c):
    path = "postman/%s.postman_collection.json" % pascal(c)
    val = c.cfg("{{%s}}" % style(c.p["words"], "camel"))
    a = c.p["auth"][0]
    req = {"method": "GET", "header": [{"key": "Accept", "value": "application/json"}],
           "url": {"raw": c.url(), "protocol": "https", "host": c.p["host"].split("."), "path": c.p["path"].strip("/").split("/")}}
    if a in ("bearer", "hdr"):
        hn, hv = hdr_pair(c, val)
        req["header"].append({"key": hn, "value": hv, "type": "text"})
    elif a == "query":
        req["url"]["raw"] += "?%s=%s" % (c.p["auth"][1], val)
        req["url"]["query"] = [{"key": c.p["auth"][1], "value": val}]
    else:
        who = c.pid if a == "twilio" else c.user
        req["auth"] = {"type": "basic", "basic": [{"key": "username", "value": who, "type": "string"},
                                                  {"key": "password", "value": val, "type": "string"}]}
    coll = {"info": {"_postman_id": uuid4(), "name": "%s API" % pascal(c),
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": pick(["List vehicles", "Get locations", "Create load", "List drivers"]), "request": req}]}
    return path, json.dumps(coll, indent=pick([2, 4])) + "\n"


@tpl("postman_json", env_ok=False)
def t_postman_env(c):
    path = "postman/%s-%s.postman_environment.json" % (slug(c), pick(["prod", "sandbox", "staging"]))
    vals = [{"key": "baseUrl", "value": c.base(), "enabled": True}]
    if c.shape == "pass":
        vals.append({"key": "username", "value": c.user, "enabled": True})
    elif c.pid:
        vals.append({"key": "accessKeyId" if c.p["id"] == "aws" else ("accountSid" if c.p["id"] == "twilio" else "clientId"), "value": c.pid, "enabled": True})
    vals.append({"key": c.name("camel"), "value": c.val, "type": "secret" if chance(0.5) else "default", "enabled": True})
    vals.append({"key": "carrierDot", "value": usdot(), "enabled": True})
    env = {"id": uuid4(), "name": "%s %s" % (pascal(c), pick(["Prod", "Sandbox"])), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": iso_ts(),
           "_postman_exported_using": "Postman/10.%d.%d" % (R.randint(0, 24), R.randint(0, 9))}
    return path, json.dumps(env, indent=2) + "\n"


@tpl("ini")
def t_ini(c):
    path = pick(["config/%s.ini" % mod(c), "settings.ini", "etc/fleet/integrations.ini", "setup.cfg.local"])
    lines = ["; %s" % pick(["integration settings", "do not commit local overrides", "read by configparser"]),
             "[general]", "timezone = %s" % pick(["America/Chicago", "UTC"]), "units = %s" % pick(["imperial", "metric"]), "",
             "[%s]" % c.p["id"], "base_url = %s" % c.base()]
    if c.shape == "pass":
        lines.append("%s = %s" % ("username" if c.obvious else "acct", c.user))
    elif c.pid:
        lines.append("%s = %s" % ("aws_access_key_id" if c.p["id"] == "aws" else "client_id", c.pid))
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "snake")) if c.obvious else style(c.neutral, "snake")
    lines.append("%s = %s" % (key, c.cfg()))
    lines += ["timeout = %d" % pick([20, 30]), "", "[export]", "bucket = %s-ifta" % c.company, "prefix = quarterly/"]
    return path, "\n".join(lines) + "\n"


@tpl("jupyter")
def t_ipynb(c):
    path = "notebooks/%s.ipynb" % pick(["fuel_efficiency_by_lane", "detention_analysis", "%s_api_explore" % mod(c), "hos_violations_q3"])
    v = c.name("snake")
    src1 = ["import pandas as pd\n", "import os\n"] + [l + "\n" for l in py_imports(c)]
    src2 = ["%s = %s\n" % (v, c.expr("py"))]
    if c.shape == "pass":
        src2.insert(0, 'user = "%s"\n' % c.user)
    src3 = [l + "\n" for l in py_call(c, v)] if c.p["auth"][0] not in ("azure",) else ["svc = None\n"]
    src3 = ['load_id, stop = "%s", "%s"\n' % (load_number(), city()[0])] + src3
    src4 = ['df = pd.read_csv("../data/%s_trips.csv")\n' % c.company, 'df.groupby("lane")["mpg"].mean().sort_values().head(10)']
    def cell(src, n):
        return {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [], "source": src}
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % pick(["Lane MPG review", "API exploration", "Detention by shipper"])]},
                    cell(src1, 1), cell(src2, 2), cell(src3, 3), cell(src4, 4)],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.%d" % R.randint(1, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    return path, json.dumps(nb, indent=1) + "\n"


@tpl("properties")
def t_properties(c):
    path = pick(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"])
    pre = "fleet.%s" % c.p["id"].replace("_", "-")
    lines = ["spring.application.name=%s-bridge" % slug(c), "server.port=%d" % pick([8080, 8081, 9090]),
             "spring.jpa.open-in-view=false", "management.endpoints.web.exposure.include=health,info", "",
             "%s.base-url=%s" % (pre, c.base())]
    if c.shape == "pass":
        lines.append("%s.%s=%s" % (pre, "username" if c.obvious else "acct", c.user))
    elif c.pid:
        lines.append("%s.%s=%s" % (pre, "access-key-id" if c.p["id"] == "aws" else "client-id", c.pid))
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "kebab")) if c.obvious else style(c.neutral, "kebab")
    lines.append("%s.%s=%s" % (pre, key, c.cfg()))
    lines += ["%s.poll-interval=PT%dM" % (pre, pick([1, 5, 15])), "logging.level.com.%s=INFO" % c.company]
    return path, "\n".join(lines) + "\n"


@tpl("yaml")
def t_spring_yml(c):
    path = pick(["src/main/resources/application.yml", "src/main/resources/application-prod.yml"])
    lines = ["spring:", "  application:", "    name: %s-connector" % slug(c), "  jackson:",
             "    default-property-inclusion: non_null", "", "fleet:", "  %s:" % c.p["id"].replace("_", "-"),
             "    base-url: %s" % c.base()]
    if c.shape == "pass":
        lines.append("    %s: %s" % ("username" if c.obvious else "acct", c.user))
    elif c.pid:
        lines.append("    %s: %s" % ("access-key-id" if c.p["id"] == "aws" else "client-id", c.pid))
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "kebab")) if c.obvious else style(c.neutral, "kebab")
    lines.append("    %s: %s" % (key, '"%s"' % c.cfg() if not c.cfg() or not c.cfg()[0].isalnum() else c.cfg()))
    lines += ["    scac: %s" % scac(), "", "server:", "  port: %d" % pick([8080, 8443])]
    return path, "\n".join(lines) + "\n"


@tpl("toml")
def t_toml(c):
    path = pick(["config/fleet.toml", "config.toml", ".streamlit/secrets.toml", "settings/%s.toml" % mod(c)])
    lines = ["# fleet sync configuration", "[app]", 'name = "%s-sync"' % slug(c), "workers = %d" % R.randint(1, 8), "",
             "[%s]" % c.p["id"], 'base_url = "%s"' % c.base()]
    if c.shape == "pass":
        lines.append('%s = "%s"' % ("username" if c.obvious else "acct", c.user))
    elif c.pid:
        lines.append('%s = "%s"' % ("access_key_id" if c.p["id"] == "aws" else "client_id", c.pid))
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "snake")) if c.obvious else style(c.neutral, "snake")
    lines.append('%s = "%s"' % (key, c.cfg()))
    lines += ["", "[lanes]", 'origins = ["%s", "%s"]' % (city()[0], city()[0]), "max_deadhead_miles = %d" % pick([75, 150, 250])]
    return path, "\n".join(lines) + "\n"


@tpl("markdown", auths=HTTP_AUTHS, named=False)
def t_runbook(c):
    path = pick(["notes/runbook.md", "docs/runbooks/%s.md" % slug(c), "docs/integrations/%s.md" % slug(c), "RUNBOOK.md"])
    val = c.val if c.mode != "env" else "$" + c.env
    lines = ["# %s integration runbook" % pascal(c), "", "Owner: %s (%s)" % (" ".join(person()).title(), pick(["#dispatch-eng", "#fleet-data"])), "",
             "## Symptoms", "", "- locations stop updating on the dispatch board", "- `%s_sync` job shows 401s in Grafana" % mod(c), "",
             "## Check the API by hand", "", "```bash", sh_curl(c, val), "```", "",
             "If this returns 401, %s." % pick(["the key was rotated - ask ops", "the service user is locked out",
                                                 "regenerate it in the vendor dashboard"]),
             "", "## Escalation", "", "Vendor support: support@%s" % ".".join(c.p["host"].split(".")[-2:])]
    return path, "\n".join(lines) + "\n"


@tpl("powershell", auths=HTTP_AUTHS)
def t_ps1(c):
    path = pick(["scripts/Sync-%s.ps1" % pascal(c), "ops/Get-%sTrips.ps1" % pascal(c)])
    v = "$" + c.name("pascal")
    val = c.expr("ps", "'")
    a = c.p["auth"][0]
    lines = ["#Requires -Version 7", "param([string]$Since = '%s')" % date_s(), "", "%s = %s" % (v, val)]
    if a in ("bearer", "hdr"):
        hn, hv = hdr_pair(c, "__V__")
        lines += ["$headers = @{ '%s' = \"%s\" }" % (hn, hv.replace("__V__", v)),
                  "$r = Invoke-RestMethod -Uri '%s' -Headers $headers" % c.url()]
    elif a == "query":
        lines += ["$r = Invoke-RestMethod -Uri \"%s?%s=%s\"" % (c.url(), c.p["auth"][1], v)]
    elif a == "oauth":
        lines += ["$body = @{ grant_type = 'client_credentials'; client_id = '%s'; client_secret = %s }" % (c.pid, v),
                  "$r = Invoke-RestMethod -Method Post -Uri '%s' -Body $body" % c.url()]
    elif a == "webhook":
        lines += ["$r = Invoke-RestMethod -Method Post -Uri %s -Body '{\"text\":\"fuel import done\"}' -ContentType 'application/json'" % v]
    else:
        who = c.pid if a == "twilio" else c.user
        lines += ["$pair = '%s:' + %s" % (who, v),
                  "$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))",
                  "$r = Invoke-RestMethod -Uri '%s' -Headers @{ Authorization = \"Basic $b64\" }" % c.url()]
    lines += ["$r | ConvertTo-Json -Depth 5 | Out-File \"exports\\%s-$Since.json\"" % mod(c)]
    return path, "\n".join(lines) + "\n"


@tpl("terraform", env_ok=False)
def t_tfvars(c):
    path = pick(["infra/terraform.tfvars", "infra/envs/prod/prod.auto.tfvars", "terraform/%s.tfvars" % pick(["prod", "staging"])])
    lines = ['region          = "us-east-2"', 'environment     = "%s"' % pick(["prod", "staging"]),
             'vpc_cidr        = "10.%d.0.0/16"' % R.randint(0, 250), 'instance_type   = "%s"' % pick(["t3.medium", "m6i.large"]),
             'eld_bucket_name = "%s-eld-raw"' % c.company, ""]
    if c.shape == "pass":
        lines.append('%s = "%s"' % (style(c.p["words"][:-1] + ["user"], "snake") if c.obvious else "acct_a", c.user))
    elif c.pid:
        lines.append('%s = "%s"' % ("aws_access_key_id" if c.p["id"] == "aws" else style(c.p["words"][:1] + ["client", "id"], "snake"), c.pid))
    lines.append('%s = "%s"' % (c.name("snake"), c.val))
    lines += ['alarm_email = "%s"' % email(c.company)]
    return path, "\n".join(lines) + "\n"


@tpl("xml_config", env_ok=False)
def t_webconfig(c):
    path = pick(["App.config", "src/Fleet.Edi/App.config", "Web.config", "src/Dispatch.Web/Web.config"])
    key = style(c.p["words"], "pascal") if c.obvious else style(c.neutral, "pascal")
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
             '    <add key="Environment" value="%s" />' % pick(["Production", "Staging"]),
             '    <add key="%sBaseUrl" value="%s" />' % (pascal(c), c.base())]
    if c.shape == "pass":
        lines.append('    <add key="%sUser" value="%s" />' % (pascal(c) if c.obvious else "Acct", xesc(c.user)))
    elif c.pid:
        lines.append('    <add key="%s" value="%s" />' % ("AwsAccessKeyId" if c.p["id"] == "aws" else pascal(c) + "ClientId", c.pid))
    lines += ['    <add key="%s" value="%s" />' % (key, xesc(c.val)),
              '    <add key="PollMinutes" value="%d" />' % pick([5, 15]), "  </appSettings>",
              "  <startup>", '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />', "  </startup>",
              "</configuration>"]
    return path, "\n".join(lines) + "\n"


@tpl("csv", env_ok=False, fixed_obvious=True)
def t_csv_integrations(c):
    path = pick(["exports/eld_integrations.csv", "data/carrier_integrations.csv", "onboarding/telematics_connections.csv"])
    col = "password" if c.shape == "pass" else "api_key"
    lines = ["carrier_name,usdot,mc,provider,account,%s,status,updated" % col]
    n = R.randint(4, 12)
    hit = R.randrange(n)
    for i in range(n):
        acct = c.user if (i == hit and c.user) else (c.pid if i == hit and c.pid else "")
        val = c.val if i == hit else pick(["", "", "requested", "n/a"])
        st = "active" if i == hit else pick(["pending", "invited", "revoked", "declined"])
        lines.append('%s,%s,%s,%s,%s,%s,%s,%s' % (pick(CARRIERS), usdot(), mc_number(), c.p["id"] if i == hit else pick(["samsara", "motive", "geotab", "omnitracs", "zonar"]),
                                                 acct, val, st, date_s()))
    return path, "\n".join(lines) + "\n"


def isa_segment(c, sec_qual, sec):
    sid, rid = rs(R.randint(6, 9), UPPER), rs(R.randint(6, 9), UPPER)
    d = "24%02d%02d" % (R.randint(1, 12), R.randint(1, 28))
    ctl = "%09d" % R.randint(1, 999999999)
    isa = "ISA*00*          *%s*%s*ZZ*%s*ZZ*%s*%s*%s*U*00401*%s*0*P*>" % (
        sec_qual, sec.ljust(10), sid.ljust(15), rid.ljust(15), d, "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), ctl)
    return isa, sid, rid, d, ctl


def x12_204_body(sid, rid, d):
    c1, c2 = city(), city()
    st = "%04d" % R.randint(1, 9999)
    segs = ["GS*SM*%s*%s*20%s*%s*%d*X*004010" % (sid, rid, d, time_s().replace(":", ""), R.randint(1, 99999)),
            "ST*204*%s" % st, "B2**%s**%s**PP" % (scac(), load_number()), "B2A*00*LT",
            "L11*%s*BM" % bol_number(), "L11*%s*PO" % R.randint(100000, 999999),
            "NTE*LOI*%s" % pick(["DROP TRAILER", "APPT REQUIRED", "FCFS 0700-1500", "NO TOUCH FREIGHT"]),
            "N1*SH*%s" % pick(SHIPPERS).upper(), "S5*1*LD", "G62*69*20%s*U*%s" % (d, time_s().replace(":", "")),
            "N1*SF*%s" % pick(SHIPPERS).upper(), "N4*%s*%s*%05d*US" % (c1[0].upper(), c1[1], R.randint(10000, 99999)),
            "S5*2*UL", "N1*ST*%s" % pick(SHIPPERS).upper(), "N4*%s*%s*%05d*US" % (c2[0].upper(), c2[1], R.randint(10000, 99999)),
            "L3*%d*G***%d" % (R.randint(8000, 44000), R.randint(900, 4200))]
    segs.append("SE*%d*%s" % (len(segs), st))
    return segs


@tpl("x12_edi", shapes=("pass",), env_ok=False, named=False, only=("edi_van",), fix_gen=g_pw10)
def t_x12_isa(c):
    path = pick(["edi/outbound/204_%s.edi" % load_number(), "edi/samples/tender_%s.x12" % R.randint(1000, 9999),
                 "fixtures/edi/204_%s.txt" % c.company])
    qual = "01" if c.val.strip() else "00"
    isa, sid, rid, d, ctl = isa_segment(c, qual, c.val)
    segs = [isa] + x12_204_body(sid, rid, d) + ["GE*1*%d" % R.randint(1, 99999), "IEA*1*%s" % ctl]
    return path, "~\n".join(segs) + "~\n"


@tpl("dockerfile", env_ok=True)
def t_dockerfile(c):
    path = pick(["Dockerfile", "docker/%s-worker.Dockerfile" % slug(c), "services/eld-bridge/Dockerfile"])
    val = c.cfg("$%s")
    lines = ["FROM python:3.11-slim", "", "WORKDIR /app", "COPY requirements.txt .",
             "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
             "ENV TZ=America/Chicago \\", "    PYTHONUNBUFFERED=1"]
    if c.mode == "env":
        lines.append("ARG %s" % c.env)
    lines.append("ENV %s=%s" % (c.name("screaming"), val if val else '""'))
    lines += ["", 'CMD ["python", "-m", "fleet_sync.%s"]' % mod(c)]
    return path, "\n".join(lines) + "\n"


@tpl("makefile", env_ok=True)
def t_makefile(c):
    path = "Makefile"
    lines = [".PHONY: sync test deploy", "", "PY ?= python3", "STAGE ?= %s" % pick(["prod", "staging"]),
             "%s ?= %s" % (c.name("screaming"), c.cfg("$(%s)")), "",
             "sync:", "\t$(PY) -m fleet_sync.%s --stage $(STAGE)" % mod(c), "",
             "test:", "\t$(PY) -m pytest -q tests/", "", "deploy:", "\t./scripts/deploy.sh $(STAGE)"]
    return path, "\n".join(lines) + "\n"


@tpl("ansible_yaml")
def t_ansible(c):
    path = pick(["ansible/group_vars/prod/%s.yml" % mod(c), "ansible/roles/eld_bridge/defaults/main.yml",
                 "inventory/group_vars/dispatch.yml"])
    val = c.cfg("{{ lookup('env', '%s') }}")
    lines = ["---", "eld_bridge_version: \"%d.%d.%d\"" % (R.randint(1, 3), R.randint(0, 20), R.randint(0, 9)),
             "eld_bridge_user: fleet", "eld_bridge_poll_seconds: %d" % pick([30, 60]),
             "%s_base_url: \"%s\"" % (mod(c), c.base())]
    if c.shape == "pass":
        lines.append("%s_%s: \"%s\"" % (mod(c), "username" if c.obvious else "acct", c.user))
    lines.append("%s: \"%s\"" % (c.name("snake") if not c.obvious else "%s_%s" % (mod(c), style(c.p["words"][1:], "snake") or "token"), val))
    lines += ["eld_bridge_scac: %s" % scac()]
    return path, "\n".join(lines) + "\n"


@tpl("helm_values")
def t_helm(c):
    path = pick(["charts/fleet-sync/values.yaml", "helm/%s/values-prod.yaml" % slug(c)])
    val = c.cfg()
    lines = ["replicaCount: %d" % R.randint(1, 3), "", "image:", "  repository: %s.dkr.ecr.us-east-2.amazonaws.com/fleet-sync" % R.randint(10 ** 11, 10 ** 12 - 1),
             "  tag: \"%s\"" % git_sha()[:7], "", "env:", "  TZ: America/Chicago",
             "  FLEET_PROVIDER: %s" % c.p["id"]]
    if c.shape == "pass":
        lines.append("  %s: %s" % ("PROVIDER_USER" if c.obvious else "ACCT", c.user))
    lines.append("  %s: \"%s\"" % (c.name("screaming"), val))
    lines += ["", "resources:", "  limits:", "    memory: 256Mi", "    cpu: 250m"]
    return path, "\n".join(lines) + "\n"


@tpl("python")
def t_argparse(c):
    path = pick(["tools/%s_export.py" % mod(c), "cli/%s.py" % mod(c)])
    opt = c.name("kebab")
    lines = ["import argparse", "import json", "", "", "def main():",
             "    ap = argparse.ArgumentParser(description=\"Export %s data to CSV\")" % c.p["id"],
             "    ap.add_argument(\"--since\", default=\"%s\")" % date_s(), "    ap.add_argument(\"--out\", default=\"out.csv\")"]
    if c.shape == "pass":
        lines.append("    ap.add_argument(\"--user\", default=\"%s\")" % c.user)
    lines.append("    ap.add_argument(\"--%s\", default=%s)" % (opt, c.expr("py").replace("os.", "__import__('os').")))
    lines += ["    args = ap.parse_args()", "    print(json.dumps(vars(args) | {\"%s\": \"***\"}))" % opt.replace("-", "_"), "", "",
              "if __name__ == \"__main__\":", "    main()"]
    return path, "\n".join(lines) + "\n"


@tpl("sql", env_ok=False)
def t_sql_seed(c):
    path = pick(["db/migrations/V%d__seed_integrations.sql" % R.randint(3, 60), "sql/seed/integration_settings.sql"])
    lines = ["-- seed integration settings for %s" % c.company, "BEGIN;", "",
             "INSERT INTO integration_settings (provider, setting_key, setting_value, updated_at) VALUES",
             "  ('%s', 'base_url', '%s', now())," % (c.p["id"], c.base())]
    if c.shape == "pass":
        lines.append("  ('%s', 'username', '%s', now())," % (c.p["id"], c.user))
    elif c.pid:
        lines.append("  ('%s', 'client_id', '%s', now())," % (c.p["id"], c.pid))
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "snake")) if c.obvious else style(c.neutral, "snake")
    lines += ["  ('%s', '%s', '%s', now())," % (c.p["id"], key, c.val),
              "  ('%s', 'poll_seconds', '%d', now());" % (c.p["id"], pick([60, 300])), "", "COMMIT;"]
    return path, "\n".join(lines) + "\n"


@tpl("ruby")
def t_ruby(c):
    path = "config/initializers/%s.rb" % mod(c)
    lines = ["# frozen_string_literal: true", "", "%s.configure do |config|" % pascal(c),
             "  config.base_url = \"%s\"" % c.base()]
    if c.shape == "pass":
        lines.append("  config.username = \"%s\"" % c.user)
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "snake")) if c.obvious else style(c.neutral, "snake")
    lines += ["  config.%s = %s" % (key, c.expr("rb")), "  config.open_timeout = %d" % pick([5, 10]),
              "  config.logger = Rails.logger", "end"]
    return path, "\n".join(lines) + "\n"


@tpl("php")
def t_php(c):
    path = pick(["config/%s.php" % mod(c), "wp-content/plugins/load-tracker/config.php"])
    lines = ["<?php", "", "return [", "    'base_url' => '%s'," % c.base()]
    if c.shape == "pass":
        lines.append("    'username' => '%s'," % c.user)
    elif c.pid:
        lines.append("    'client_id' => '%s'," % c.pid)
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "snake")) if c.obvious else style(c.neutral, "snake")
    lines += ["    '%s' => %s," % (key, c.expr("php", "'")), "    'timeout' => %d," % pick([15, 30]),
              "    'home_terminal' => '%s'," % city()[0], "];"]
    return path, "\n".join(lines) + "\n"


@tpl("json", env_ok=True)
def t_json_config(c):
    path = pick(["config/integrations.json", "config/%s.json" % slug(c), "settings/partners.json"])
    d = {"environment": pick(["production", "staging"]), "carrier": {"name": pick(CARRIERS), "usdot": usdot(), "scac": scac()}}
    inner = {"baseUrl": c.base()}
    if c.shape == "pass":
        inner["username"] = c.user
    elif c.pid:
        inner["clientId" if c.p["id"] != "aws" else "accessKeyId"] = c.pid
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "camel")) if c.obvious else style(c.neutral, "camel")
    inner[key] = c.cfg()
    inner["pollSeconds"] = pick([60, 120])
    d["integrations"] = {c.p["id"]: inner}
    return path, json.dumps(d, indent=2) + "\n"


@tpl("dotenv", shapes=("key", "pass"), named=False, env_ok=True,
     only=("edi_van", "postgres", "redis", "rabbitmq", "trimble_pcmiler", "fourkites", "google_maps", "mapbox",
           "azure_storage", "slack", "github", "mcleod", "zonar"))
def t_url_embed(c):
    path = pick([".env", "config/.env.production", "deploy/env/prod.env"])
    if c.shape == "pass" and c.p.get("url_scheme"):
        var = {"postgresql": "DATABASE_URL", "redis": "REDIS_URL", "amqp": "CELERY_BROKER_URL", "sftp": "EDI_OUTBOUND_URL"}[c.p["url_scheme"]]
        line = "%s=%s" % (var, c.url_with_pw())
    elif c.shape == "pass":
        line = "%s_ENDPOINT=%s" % (c.p["id"].upper(), c.url_with_pw("https"))
    elif c.p.get("qparam"):
        v = c.cfg()
        line = "%s_FEED_URL=%s?%s=%s" % (c.p["id"].upper(), c.url(), c.p["qparam"], v)
    elif c.p["id"] == "azure_storage":
        line = "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=fleetexports;AccountKey=%s;EndpointSuffix=core.windows.net" % c.cfg()
    elif c.p["id"] == "slack":
        line = "ALERTS_ENDPOINT=%s" % c.cfg()
    else:
        line = "DEPLOY_REPO_URL=https://x-access-token:%s@github.com/%s/fleet-config.git" % (c.cfg(), c.company)
    lines = ["NODE_ENV=production"] + kv_block(other_settings(R.randint(2, 5)), "screaming", "%s=%s") + [line, "WORKERS=%d" % R.randint(1, 6)]
    return path, "\n".join(lines) + "\n"


@tpl("csharp", named=False, auths=HTTP_AUTHS)
def t_cs_positional(c):
    path = pick(["src/Fleet.Sync/Program.cs", "tools/%sProbe/Program.cs" % pascal(c)])
    lines = ["using System;", "using System.Threading.Tasks;"]
    if c.p["id"] == "geotab":
        lines += ["using Geotab.Checkmate;", "using Geotab.Checkmate.ObjectModel;", "",
                  "var api = new API(\"%s\", %s, null, \"%s\");" % (c.user, c.expr("cs"), c.company),
                  "await api.AuthenticateAsync();",
                  "var devices = await api.CallAsync<IList<Device>>(\"Get\", typeof(Device));",
                  "Console.WriteLine($\"{devices.Count} devices\");"]
    elif c.shape == "pass":
        lines += ["using Fleet.Integrations;", "",
                  "var client = new LegacySoapClient(\"%s\", \"%s\", %s);" % (c.url(), c.user, c.expr("cs")),
                  "var rows = await client.ListAsync(DateTime.UtcNow.AddDays(-1));",
                  "Console.WriteLine($\"pulled {rows.Count} rows\");"]
    else:
        lines += ["using Fleet.Integrations;", "",
                  "var client = new FleetApiClient(new Uri(\"%s\"), %s);" % (c.base(), c.expr("cs")),
                  "var page = await client.GetAsync(\"%s\");" % c.p["path"],
                  "Console.WriteLine(page.Length);"]
    return path, "\n".join(lines) + "\n"


@tpl("netrc", shapes=("pass",), env_ok=False, fixed_obvious=True)
def t_netrc(c):
    path = pick([".netrc", "ops/netrc.prod", "config/.netrc"])
    host = c.p["host"].split(":")[0]
    lines = ["# netrc for the ops box (chmod 600)", "# curl --netrc-file %s %s" % (path, c.url()), "",
             "machine %s" % host, "  login %s" % c.user, "  password %s" % c.val]
    if chance(0.5):
        lines = lines[:3] + ["machine artifacts.%s login deploy" % domain(c.company), ""] + lines[3:]
    return path, "\n".join(lines) + "\n"


@tpl("shell", shapes=("pass",), named=False, only=("edi_van",))
def t_lftp(c):
    path = pick(["edi/scripts/send_outbound.sh", "scripts/edi_push.sh", "bin/van_exchange.sh"])
    pw = c.val if c.mode != "env" else "$" + c.env
    host = "sftp.ediexchange.net" if c.p["id"] == "edi_van" else c.p["host"].split(":")[0]
    lines = ["#!/bin/bash", "# push 204/214/210 files to the VAN mailbox and pull 997s", "set -e",
             "OUT=/data/edi/outbound", "IN=/data/edi/inbound", "",
             "lftp -u %s,%s sftp://%s <<EOF" % (c.user, pw, host), "  cd /inbound", "  mput $OUT/*.edi",
             "  cd /outbound", "  mget -E *.997 -O $IN", "  bye", "EOF", "mv $OUT/*.edi /data/edi/sent/ 2>/dev/null || true"]
    return path, "\n".join(lines) + "\n"


@tpl("jenkinsfile")
def t_jenkins(c):
    path = "Jenkinsfile"
    val = c.cfg()
    rhs = "credentials('%s')" % slug(c) if c.mode == "env" else "'%s'" % val
    lines = ["pipeline {", "  agent { label 'linux' }", "  environment {", "    STAGE = '%s'" % pick(["prod", "staging"]),
             "    %s = %s" % (c.name("screaming"), rhs), "  }", "  triggers { cron('H */4 * * *') }", "  stages {",
             "    stage('Sync') {", "      steps {", "        sh 'python -m fleet_sync.%s --stage $STAGE'" % mod(c), "      }",
             "    }", "  }", "}"]
    return path, "\n".join(lines) + "\n"


@tpl("typescript")
def t_ts_env(c):
    path = pick(["src/config/env.ts", "apps/web/src/server/config.ts", "packages/integrations/src/config.ts"])
    lines = ["// central place for integration settings", "export const config = {",
             "  port: Number(process.env.PORT ?? %d)," % pick([3000, 8080]),
             "  %s: {" % style(c.p["id"].split("_"), "camel"), "    baseUrl: '%s'," % c.base()]
    if c.shape == "pass":
        lines.append("    user: '%s'," % c.user)
    elif c.pid:
        lines.append("    clientId: '%s'," % c.pid)
    key = ("password" if c.shape == "pass" else style(c.p["words"][1:], "camel")) if c.obvious else style(c.neutral, "camel")
    lines += ["    %s: %s," % (key, c.expr("ts", "'")), "  },", "  tms: { pageSize: %d }," % pick([50, 200]), "} as const;"]
    return path, "\n".join(lines) + "\n"


@tpl("shell", env_ok=False)
def t_envrc(c):
    path = pick([".envrc", "scripts/env.sh", "ops/prod.env.sh"])
    lines = ["# direnv / source me", "export AWS_PROFILE=%s-%s" % (c.company, pick(["prod", "dev"])),
             "export FLEET_STAGE=%s" % pick(["prod", "dev"])]
    if c.shape == "pass":
        lines.append("export %s=%s" % (style(c.p["words"][:-1] + ["user"], "screaming") if c.obvious else "ACCT_A", c.user))
    elif c.pid:
        lines.append("export %s=%s" % ("AWS_ACCESS_KEY_ID" if c.p["id"] == "aws" else style(c.p["words"][:1] + ["client", "id"], "screaming"), c.pid))
    lines += ["export %s='%s'" % (c.name("screaming"), c.val), "PATH_add bin"]
    return path, "\n".join(lines) + "\n"


@tpl("systemd_unit", env_ok=False)
def t_systemd(c):
    path = pick(["deploy/systemd/%s-sync.service" % slug(c), "ops/units/eld-bridge.service"])
    lines = ["[Unit]", "Description=%s sync worker" % pascal(c), "After=network-online.target", "",
             "[Service]", "User=fleet", "WorkingDirectory=/opt/fleet", "Environment=TZ=America/Chicago"]
    if c.shape == "pass":
        lines.append("Environment=%s=%s" % (style(c.p["words"][:-1] + ["user"], "screaming") if c.obvious else "ACCT", c.user))
    lines += ["Environment=\"%s=%s\"" % (c.name("screaming"), c.val), "ExecStart=/opt/fleet/venv/bin/python -m fleet_sync.%s" % mod(c),
              "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"]
    return path, "\n".join(lines) + "\n"


@tpl("go", auths=("db",), shapes=("pass",))
def t_go_db(c):
    path = "internal/store/db.go"
    lines = ["package store", "", "import (", '\t"database/sql"', '\t"fmt"'] + (['\t"os"'] if c.mode == "env" else []) + [
             "", '\t_ "github.com/lib/pq"', ")", "",
             "func Open() (*sql.DB, error) {",
             "\t%s := %s" % (c.name("camel"), c.expr("go")),
             '\tdsn := fmt.Sprintf("host=%s user=%s password=%%s dbname=tms sslmode=require", %s)' % (c.p["host"], c.user, c.name("camel")),
             '\treturn sql.Open("postgres", dsn)', "}"]
    return path, "\n".join(lines) + "\n"


@tpl("appsettings_json", auths=("db",), shapes=("pass",), named=False, env_ok=False)
def t_cs_connstr(c):
    path = pick(["appsettings.json", "src/Fleet.Reporting/appsettings.Production.json"])
    if c.p["id"] == "mssql":
        cs = "Server=%s;Database=LoadMaster;User Id=%s;Password=%s;TrustServerCertificate=True" % (c.p["host"], c.user, c.val)
    else:
        cs = "Host=%s;Database=tms;Username=%s;Password=%s;SSL Mode=Require" % (c.p["host"], c.user, c.val)
    d = {"ConnectionStrings": {"Tms": cs}, "Logging": {"LogLevel": {"Default": "Warning"}},
         "Reporting": {"FuelCsvFolder": "\\\\fs01\\fuel\\imports", "IftaQuarter": "2024Q%d" % R.randint(1, 4)}}
    return path, json.dumps(d, indent=2) + "\n"


# ---------------------------------------------------------------------------
# domain look-alike negatives: (relpath, text, provider, kind)
# ---------------------------------------------------------------------------
NEG_TEMPLATES = []


def ntpl(ft):
    def deco(fn):
        NEG_TEMPLATES.append(dict(name=fn.__name__, fn=fn, ft=ft))
        return fn
    return deco


def masked_card():
    pre = pick(["708305", "707685", "706900", "556766"])
    return pick([pre + "******" + rs(4, DIGITS), "%s** **** %s" % (pre[:4] + " " + pre[4:], rs(4, DIGITS)),
                 "XXXXXXXXXXXX" + rs(4, DIGITS), "************" + rs(4, DIGITS)])


@ntpl("csv")
def n_trips_csv(_):
    src = pick(["samsara", "motive", "geotab"])
    lines = ["trip_id,vehicle_id,vin,tractor,trailer,driver_id,origin,destination,miles,end_lat,end_lon,started_at"]
    for _i in range(R.randint(8, 30)):
        o, d = city(), city()
        la, lo = latlon(d)
        vid = str(R.randint(281474976710656, 281474999999999)) if src == "samsara" else (str(R.randint(100000, 999999)) if src == "motive" else "b" + rs(R.randint(2, 4), "0123456789ABCDEF"))
        lines.append("%s,%s,%s,%s,%s,%s,%s %s,%s %s,%.1f,%s,%s,%s" % (uuid4(), vid, vin(), tractor_id(), trailer_id(),
                     R.randint(1000, 99999), o[0], o[1], d[0], d[1], R.uniform(40, 900), la, lo, iso_ts()))
    return "exports/%s_trips_%s.csv" % (src, date_s()[:7]), "\n".join(lines) + "\n", src, "trip_export_ids"


@ntpl("csv")
def n_fuel_csv(_):
    prov = pick(["wex", "comdata", "efs"])
    lines = ["txn_date,card_number,auth_code,unit,driver,truckstop,city,state,gallons,ppg,amount,odometer"]
    for _i in range(R.randint(8, 25)):
        cc = city()
        g = R.uniform(40, 210)
        ppg = R.uniform(3.2, 4.9)
        lines.append("%s,%s,%06d,%s,%s %s,%s,%s,%s,%.2f,%.3f,%.2f,%d" % (
            date_s(), masked_card(), R.randint(0, 999999), tractor_id(), pick(FIRST).title(), pick(LAST).title(),
            pick(["Pilot #%d", "Love's #%d", "TA #%d", "Petro #%d"]) % R.randint(100, 999), cc[0], cc[1], g, ppg, g * ppg,
            R.randint(100000, 900000)))
    return "fuel/%s_transactions_%s.csv" % (prov, date_s()[:7]), "\n".join(lines) + "\n", prov, "masked_card_number"


@ntpl("x12_edi")
def n_x12_204(_):
    isa, sid, rid, d, ctl = isa_segment(None, "00", "")
    segs = [isa] + x12_204_body(sid, rid, d) + ["GE*1*%d" % R.randint(1, 9999), "IEA*1*%s" % ctl]
    return pick(["edi/inbound/204_%s.edi" % load_number(), "edi/archive/%s/204_%s.x12" % (date_s(), R.randint(1, 99999))]), \
        "~\n".join(segs) + "~\n", "edi_van", "x12_load_tender_ids"


@ntpl("x12_edi")
def n_x12_214(_):
    isa, sid, rid, d, ctl = isa_segment(None, "00", "")
    st = "%04d" % R.randint(1, 9999)
    la, lo = latlon()
    cc = city()
    segs = ["GS*QM*%s*%s*20%s*%s*%d*X*004010" % (sid, rid, d, time_s().replace(":", ""), R.randint(1, 9999)),
            "ST*214*%s" % st, "B10*%s*%s*%s" % (pro_number(), load_number(), scac()), "L11*%s*BM" % bol_number(),
            "LX*1", "AT7*%s*NS***20%s*%s*LT" % (pick(["X3", "X1", "AF", "D1", "X6"]), d, time_s().replace(":", "")),
            "MS1*%s*%s*US*%.4f*%.4f*N*W" % (cc[0].upper(), cc[1], abs(lo), la),
            "MS2*%s*%s" % (scac(), tractor_id()), "L11*%s*EQ" % trailer_id()]
    segs.append("SE*%d*%s" % (len(segs) - 1, st))
    segs = [isa] + segs + ["GE*1*%d" % R.randint(1, 9999), "IEA*1*%s" % ctl]
    return "edi/inbound/214_%s.edi" % pro_number(), "~\n".join(segs) + "~\n", "edi_van", "x12_status_ids"


@ntpl("x12_edi")
def n_x12_210(_):
    isa, sid, rid, d, ctl = isa_segment(None, "00", "")
    st = "%04d" % R.randint(1, 9999)
    amt = R.randint(90000, 650000)
    segs = ["GS*IM*%s*%s*20%s*%s*%d*X*004010" % (sid, rid, d, time_s().replace(":", ""), R.randint(1, 9999)),
            "ST*210*%s" % st, "B3**%s*%s*PP**20%s*%d****%s*20%s" % (R.randint(1000000, 9999999), pro_number(), d, amt, scac(), d),
            "N9*BM*%s" % bol_number(), "N9*PO*%d" % R.randint(100000, 999999), "N1*SH*%s" % pick(SHIPPERS).upper(),
            "N1*CN*%s" % pick(SHIPPERS).upper(), "LX*1", "L0*1***%d*G***%d*PLT" % (R.randint(5000, 44000), R.randint(2, 26)),
            "L1*1*%d*FR*%d" % (amt - 4500, amt - 4500), "L1*2***4500****FUE", "L3*%d*G***%d" % (R.randint(5000, 44000), amt)]
    segs.append("SE*%d*%s" % (len(segs) - 1, st))
    segs = [isa] + segs + ["GE*1*%d" % R.randint(1, 9999), "IEA*1*%s" % ctl]
    return "edi/outbound/210_%s.edi" % R.randint(100000, 999999), "~\n".join(segs) + "~\n", "edi_van", "x12_invoice_ids"


@ntpl("geojson")
def n_geofence(_):
    feats = []
    for _i in range(R.randint(2, 3)):
        la, lo = latlon()
        feats.append({"type": "Feature", "id": pick([uuid4(), str(R.randint(10 ** 14, 10 ** 15))]),
                      "properties": {"name": "%s - %s" % (pick(SHIPPERS), pick(["Dock 4", "Yard", "Gate B", "DC"])),
                                     "externalIds": {"tmsLocationId": "LOC-%d" % R.randint(1000, 99999)},
                                     "radiusMeters": pick([150, 250, 400])},
                      "geometry": {"type": "Point", "coordinates": [lo, la]}})
    return pick(["geofences/customer_sites.geojson", "data/geofences.json"]), json.dumps({"type": "FeatureCollection", "features": feats}, indent=2) + "\n", "samsara", "geofence_ids"


@ntpl("yaml")
def n_eld_inventory(_):
    lines = ["# ELD / gateway inventory, synced from asset register", "devices:"]
    for _i in range(R.randint(3, 8)):
        lines += ["  - serial: %s" % eld_serial(), "    vin: %s" % vin(), "    unit: %s" % tractor_id(),
                  "    make: %s" % pick(MAKES), "    firmware: %s" % pick(["41.2.3", "38.0.11", "2024.06.1"]),
                  "    firmware_sha256: %s" % sha256_hex(), "    installed: %s" % date_s()]
    return pick(["inventory/eld_devices.yml", "assets/gateways.yaml"]), "\n".join(lines) + "\n", pick(["samsara", "motive"]), "eld_serials_vins"


@ntpl("json")
def n_carriers(_):
    arr = []
    for _i in range(R.randint(3, 5)):
        arr.append({"name": pick(CARRIERS), "usdot": usdot(), "mc": mc_number(), "scac": scac(),
                    "insurance": {"policy": "%s-%d" % (rs(3, UPPER), R.randint(1000000, 9999999)), "expires": date_s()},
                    "eldProvider": pick(["samsara", "motive", "geotab", "omnitracs"]), "id": uuid4()})
    return pick(["data/carriers.json", "fixtures/carrier_profiles.json"]), json.dumps(arr, indent=2) + "\n", "fmcsa", "usdot_mc_scac"


@ntpl("python")
def n_vin_py(_):
    vins = [vin() for _i in range(R.randint(3, 6))]
    lines = ['"""VIN check-digit validation (49 CFR 565)."""', "",
             'TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))',
             "WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]", "", "",
             "def check_digit(vin):", "    total = sum((int(ch) if ch.isdigit() else TRANS[ch]) * w for ch, w in zip(vin, WEIGHTS))",
             "    r = total % 11", '    return "X" if r == 10 else str(r)', "", "",
             "def test_known_fleet_vins():", "    for v in ["] + ['        "%s",' % v for v in vins] + [
             "    ]:", "        assert check_digit(v) == v[8]"]
    return pick(["fleet/vin.py", "tests/test_vin.py"]), "\n".join(lines) + "\n", "nhtsa", "vin_test_data"


@ntpl("go")
def n_go_ids(_):
    lines = ["package dispatch", "", 'import "testing"', "", "func TestAssignLoad(t *testing.T) {",
             "\tcases := []struct {", "\t\tloadID, driverID, tractor, trailer string", "\t}{"]
    for _i in range(R.randint(2, 5)):
        lines.append('\t\t{"%s", "%s", "%s", "%s"},' % (uuid4(), uuid4(), tractor_id(), trailer_id()))
    lines += ["\t}", "\tfor _, c := range cases {", "\t\tif err := Assign(c.loadID, c.driverID, c.tractor, c.trailer); err != nil {",
              "\t\t\tt.Fatalf(\"assign %s: %v\", c.loadID, err)", "\t\t}", "\t}", "}"]
    return "internal/dispatch/assign_test.go", "\n".join(lines) + "\n", "tms", "uuid_ids"


@ntpl("jupyter")
def n_ipynb(_):
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Deadhead by lane, %s\n" % date_s()[:7]]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                     "source": ["import pandas as pd\n", "import hashlib\n",
                                "SRC = 's3://%s-eld-exports/trips/%s.parquet'\n" % (company(), date_s()),
                                "EXPECTED_SHA256 = '%s'\n" % sha256_hex()]},
                    {"cell_type": "code", "execution_count": 2, "metadata": {},
                     "outputs": [{"output_type": "stream", "name": "stdout", "text": ["vehicle %s  %s\n" % (vin(), uuid4())]}],
                     "source": ["df = pd.read_parquet(SRC)\n", "df[df.tractor == '%s'].head()\n" % tractor_id()]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/deadhead_by_lane.ipynb", json.dumps(nb, indent=1) + "\n", "analytics", "sha256_digest"


@ntpl("postman_json")
def n_postman_vars(_):
    p = PBY[pick(["samsara", "motive", "trimble_pcmiler", "fourkites"])]
    var = style(p["words"], "camel")
    hdr = {"samsara": ("Authorization", "Bearer {{%s}}" % var), "motive": ("X-Api-Key", "{{%s}}" % var)}.get(p["id"], ("Authorization", "{{%s}}" % var))
    coll = {"info": {"_postman_id": uuid4(), "name": "%s sandbox" % p["id"],
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "List", "request": {"method": "GET", "header": [{"key": hdr[0], "value": hdr[1]}],
                                                   "url": {"raw": "{{baseUrl}}%s?vehicleIds=%d" % (p["path"], R.randint(10 ** 14, 10 ** 15))}}}],
            "variable": [{"key": "baseUrl", "value": "https://" + p["host"]}, {"key": var, "value": ""}]}
    return "postman/%s_sandbox.postman_collection.json" % p["id"], json.dumps(coll, indent=2) + "\n", p["id"], "variable_reference"


@ntpl("json")
def n_i18n(_):
    d = {"login": {"username": "Username", "password": "Password", "forgot": "Forgot password?",
                   "passwordHint": "At least 12 characters"},
         "integrations": {"apiKey": "API key", "apiKeyHelp": "Paste the key from Samsara > Settings > API Tokens",
                          "clientSecret": "Client secret", "token": "Token", "rotate": "Rotate key",
                          "masked": "Key ending in {last4}"},
         "dispatch": {"loadNumber": "Load #", "proNumber": "PRO #", "bol": "BOL", "usdot": "USDOT #", "mc": "MC #"}}
    lang = pick(["en", "en-US"])
    return "locales/%s.json" % lang, json.dumps(d, indent=2) + "\n", "app", "i18n_strings"


@ntpl("docker_compose")
def n_compose_digest(_):
    lines = ["services:", "  api:", "    image: ghcr.io/%s/dispatch-api@sha256:%s" % (company(), sha256_hex()),
             "    environment:", "      SAMSARA_API_TOKEN: ${SAMSARA_API_TOKEN}", "      DATABASE_URL: ${DATABASE_URL}",
             "      LOG_LEVEL: info", "  worker:", "    image: ghcr.io/%s/eld-worker@sha256:%s" % (company(), sha256_hex()),
             "    env_file: .env", "  postgres:", "    image: postgres:16@sha256:%s" % sha256_hex(),
             "    environment:", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "    secrets: [pg_password]",
             "secrets:", "  pg_password:", "    file: ./secrets/pg_password.txt"]
    return pick(["docker-compose.yml", "compose.prod.yaml"]), "\n".join(lines) + "\n", "docker", "image_digest"


@ntpl("git_lfs_pointer")
def n_lfs(_):
    txt = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (sha256_hex(), R.randint(10 ** 5, 10 ** 9))
    return pick(["data/raw/breadcrumbs_%s.parquet" % date_s()[:7], "exports/ifta_2024Q%d.csv.gz" % R.randint(1, 4)]), txt, "git", "sha256_digest"


@ntpl("airflow_dag")
def n_airflow_vars(_):
    p = PBY[pick(["samsara", "motive", "geotab", "project44"])]
    lines = ["from datetime import datetime", "", "from airflow import DAG", "from airflow.hooks.base import BaseHook",
             "from airflow.models import Variable", "from airflow.operators.python import PythonOperator", "", "",
             "def pull():", '    token = Variable.get("%s")' % style(p["words"], "snake"),
             '    conn = BaseHook.get_connection("%s_default")' % p["id"], "    base = conn.host",
             "    print(base, len(token))", "", "",
             'with DAG("%s_pull", start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False) as dag:' % p["id"],
             '    PythonOperator(task_id="pull", python_callable=pull)']
    return "dags/%s_pull.py" % p["id"], "\n".join(lines) + "\n", p["id"], "secret_manager_ref"


@ntpl("csharp")
def n_cs_guids(_):
    lines = ["namespace Fleet.Domain", "{", "    public static class KnownGeofences", "    {"]
    for nm in R.sample(["DallasYard", "LaredoCrossDock", "MemphisDc", "JolietRail", "SavannahPort", "StocktonDc"], 3):
        lines.append('        public static readonly Guid %s = Guid.Parse("%s");' % (nm, uuid4()))
    lines += ["        public const string DefaultScac = \"%s\";" % scac(), "        public const int HomeDot = %s;" % usdot(), "    }", "}"]
    return "src/Fleet.Domain/KnownGeofences.cs", "using System;\n\n" + "\n".join(lines) + "\n", "tms", "uuid_ids"


@ntpl("markdown")
def n_runbook_masked(_):
    p = PBY[pick(["samsara", "motive", "trimble_pcmiler", "wex"])]
    masked = neg_value(p, "masked", "X")
    lines = ["# Rotating the %s credential" % p["id"], "", "1. Create the new key in the vendor dashboard.",
             "2. Store it: `aws secretsmanager put-secret-value --secret-id prod/%s --secret-string file://key.txt`" % p["id"],
             "3. Restart `eld-bridge` (it reads the secret at boot).", "4. Revoke the old key (shown as `%s`)." % masked, "",
             "Last rotated %s by %s." % (date_s(), pick(FIRST).title())]
    return "docs/rotation/%s.md" % p["id"], "\n".join(lines) + "\n", p["id"], "masked_value"


@ntpl("python")
def n_hmac_vector(_):
    lines = ["import hashlib", "import hmac", "", "from fleet.webhooks import verify_signature", "", "",
             "def test_rfc4231_case2():", '    key = b"Jefe"', '    msg = b"what do ya want for nothing?"',
             '    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"',
             "    assert hmac.new(key, msg, hashlib.sha256).hexdigest() == expected", "", "",
             "def test_rejects_tampered_body():",
             '    body = b\'{"event":"vehicle.location","vehicleId":"%d"}\'' % R.randint(10 ** 14, 10 ** 15),
             '    assert not verify_signature(body, "%s", key=b"Jefe")' % rs(64, HEXL)]
    return "tests/test_webhook_signature.py", "\n".join(lines) + "\n", "webhooks", "test_vector"


@ntpl("dotenv")
def n_env_example(_):
    lines = ["# copy to .env and fill in - never commit real values"]
    for pid in R.sample(["samsara", "motive", "geotab", "trimble_pcmiler", "project44", "dat", "wex", "postgres", "aws"], 5):
        p = PBY[pid]
        if p["shape"] == "pass":
            lines.append("%s=" % style(p["words"][:-1] + ["user"], "screaming"))
        lines.append("%s=%s" % (style(p["words"], "screaming"), neg_value(p, pick(["placeholder", "empty"]), style(p["words"], "screaming"))))
    lines += ["LOG_LEVEL=info", "TZ=America/Chicago"]
    return pick([".env.example", ".env.sample", "config/env.template"]), "\n".join(lines) + "\n", "multi", "placeholder"


@ntpl("appsettings_json")
def n_appsettings_kv(_):
    d = {"KeyVault": {"Uri": "https://kv-%s-prod.vault.azure.net/" % company()},
         "Samsara": {"BaseUrl": "https://api.samsara.com", "ApiToken": "@Microsoft.KeyVault(SecretUri=https://kv-fleet.vault.azure.net/secrets/samsara-token/)"},
         "Geotab": {"Database": company(), "UserName": "api@%s" % domain(), "Password": ""},
         "UserSecretsId": uuid4(), "Logging": {"LogLevel": {"Default": "Information"}}}
    return "src/Fleet.Api/appsettings.Development.json", json.dumps(d, indent=2) + "\n", "azure_keyvault", "secret_manager_ref"


@ntpl("k8s_yaml")
def n_external_secret(_):
    p = PBY[pick(["samsara", "motive", "dat", "edi_van", "wex"])]
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s-credentials" % slug_id(p),
             "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: aws-secrets-manager", "    kind: ClusterSecretStore",
             "  target:", "    name: %s-credentials" % slug_id(p), "  data:", "    - secretKey: %s" % style(p["words"], "screaming"),
             "      remoteRef:", "        key: prod/%s" % p["id"], "        property: %s" % p["kind"]]
    return "k8s/%s-externalsecret.yaml" % slug_id(p), "\n".join(lines) + "\n", p["id"], "secret_manager_ref"


def slug_id(p):
    return p["id"].replace("_", "-")


@ntpl("terraform")
def n_tf_secret(_):
    lines = ['data "aws_secretsmanager_secret_version" "samsara" {', '  secret_id = "prod/samsara/api-token"', "}", "",
             'resource "aws_ecs_task_definition" "eld_bridge" {', '  family = "eld-bridge"',
             "  container_definitions = jsonencode([{", '    name  = "eld-bridge"',
             '    image = "%s.dkr.ecr.us-east-2.amazonaws.com/eld-bridge:%s"' % (R.randint(10 ** 11, 10 ** 12 - 1), git_sha()[:7]),
             "    secrets = [{", '      name      = "SAMSARA_API_TOKEN"',
             "      valueFrom = data.aws_secretsmanager_secret_version.samsara.arn", "    }]", "  }])", "}"]
    return "infra/ecs_eld_bridge.tf", "\n".join(lines) + "\n", "aws", "secret_manager_ref"


@ntpl("shell")
def n_sh_sm(_):
    lines = ["#!/usr/bin/env bash", "# spot-check practical miles for a lane", "set -euo pipefail", "",
             "export PCMILER_API_KEY=$(aws secretsmanager get-secret-value --secret-id prod/pcmiler --query SecretString --output text)",
             'curl -sS -H "Authorization: ${PCMILER_API_KEY}" "https://pcmiler.alk.com/apis/rest/v1.0/Service.svc/route/routeReports?stops=%s&reports=Mileage"' % (
                 "%.4f,%.4f;%.4f,%.4f" % (latlon()[1], latlon()[0], latlon()[1], latlon()[0]))]
    return "scripts/mileage_check.sh", "\n".join(lines) + "\n", "trimble_pcmiler", "env_reference"


@ntpl("ini")
def n_ini_equipment(_):
    lines = ["[pools]", "dallas = %s" % ",".join(trailer_id() for _i in range(4)), "laredo = %s" % ",".join(trailer_id() for _i in range(3)), "",
             "[reefer_units]"] + ["%s = %s" % (trailer_id(), eld_serial()) for _i in range(R.randint(2, 5))] + [
             "", "[company]", "usdot = %s" % usdot(), "mc = %s" % mc_number(), "scac = %s" % scac()]
    return "config/equipment.ini", "\n".join(lines) + "\n", "tms", "equipment_ids"


@ntpl("javascript")
def n_publishable(_):
    pk_body = json.dumps({"u": company(), "a": "cl" + rs(23, LOWER + DIGITS)}, separators=(",", ":"))
    pk = "pk." + base64.urlsafe_b64encode(pk_body.encode()).decode().rstrip("=") + "." + rs(22, B64URL)
    lines = ["// public, browser-side keys only (URL-restricted in the Mapbox console)",
             "export const MAPBOX_PUBLIC_TOKEN = '%s';" % pk,
             "export const STRIPE_PUBLISHABLE_KEY = 'pk_live_%s';" % rs(pick([24, 99]), B62),
             "export const DEFAULT_CENTER = [%s, %s];" % (latlon()[1], latlon()[0]), "export const DEFAULT_ZOOM = 5;"]
    return pick(["web/src/publicKeys.js", "frontend/src/config/public.js"]), "\n".join(lines) + "\n", "mapbox", "publishable_key"


@ntpl("markdown")
def n_aws_doc(_):
    lines = ["## Local S3 emulation", "", "For `localstack`, any credentials work. We use the AWS documentation example pair:", "",
             "```ini", "[localstack]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
             "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "region = us-east-2", "```", "",
             "Then `aws --profile localstack --endpoint-url http://localhost:4566 s3 ls s3://%s-eld-exports`." % company()]
    return "docs/local-dev.md", "\n".join(lines) + "\n", "aws", "documented_example"


@ntpl("sops_yaml")
def n_sops(_):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64_of_bytes(n), b64_of_bytes(32), b64_of_bytes(16))
    lines = ["samsara_api_token: %s" % enc(42), "geotab_password: %s" % enc(14), "sops:", "    kms:",
             "        - arn: arn:aws:kms:us-east-2:%d:key/%s" % (R.randint(10 ** 11, 10 ** 12 - 1), uuid4()),
             "          created_at: \"%s\"" % iso_ts(), "          enc: %s" % b64_of_bytes(150),
             "          aws_profile: \"\"", "    lastmodified: \"%s\"" % iso_ts(), "    mac: %s" % enc(32),
             "    version: 3.8.1"]
    return "secrets/prod.enc.yaml", "\n".join(lines) + "\n", "sops", "ciphertext"


@ntpl("ansible_yaml")
def n_ansible_vault(_):
    hexs = rs(R.randint(5, 9) * 80, HEXL)
    body = "\n".join(hexs[i:i + 80] for i in range(0, len(hexs), 80))
    return "ansible/group_vars/prod/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + body + "\n", "ansible", "ciphertext"


@ntpl("sql")
def n_sql_equipment(_):
    lines = ["-- seed tractors for the %s yard" % city()[0], "BEGIN;", "DELETE FROM tractors WHERE unit LIKE 'T%';",
             "INSERT INTO tractors (unit, vin, make, year, eld_serial) VALUES"]
    rows = []
    for _i in range(R.randint(3, 8)):
        rows.append("  ('%s', '%s', '%s', %d, '%s')" % (tractor_id(), vin(), pick(MAKES), R.randint(2016, 2025), eld_serial()))
    lines.append(",\n".join(rows) + ";")
    lines.append("COMMIT;")
    return "db/seed/tractors.sql", "\n".join(lines) + "\n", "tms", "equipment_ids"


@ntpl("crontab")
def n_crontab(_):
    lines = ["# m h dom mon dow command", "MAILTO=ops@%s" % domain(), "",
             "# env comes from /etc/fleet/sync.env (root:fleet 0640, not in git)",
             "*/10 * * * * . /etc/fleet/sync.env && /opt/fleet/bin/samsara_sync >> /var/log/samsara.log 2>&1",
             "15 3 * * * . /etc/fleet/sync.env && /opt/fleet/bin/fuel_import --provider %s" % pick(["wex", "comdata", "efs"])]
    return "ops/crontab", "\n".join(lines) + "\n", "multi", "env_reference"


@ntpl("powershell")
def n_ps_secret(_):
    lines = ["Import-Module Microsoft.PowerShell.SecretManagement", "$cred = Get-Secret -Name 'EfsCardMgmt' -Vault FleetVault",
             "$u = $cred.UserName", "$p = $cred.GetNetworkCredential().Password",
             "Invoke-WebRequest -Uri 'https://ws.efsllc.com/axis2/services/CardManagementWS' -Credential $cred -Method Post -InFile .\\request.xml"]
    return "scripts/Export-EfsCards.ps1", "\n".join(lines) + "\n", "efs", "secret_manager_ref"


@ntpl("json")
def n_webhook_fixture(_):
    body = {"id": uuid4(), "action": "vehicle_location_updated", "vehicle_id": R.randint(100000, 999999),
            "vin": vin(), "lat": latlon()[0], "lon": latlon()[1], "located_at": iso_ts()}
    d = {"headers": {"Content-Type": "application/json", "X-KT-Webhook-Signature": rs(40, HEXL)}, "body": body}
    return "tests/fixtures/webhooks/vehicle_location_updated.json", json.dumps(d, indent=2) + "\n", "motive", "signature"


@ntpl("typescript")
def n_ts_types(_):
    lines = ["export interface Load {", "  /** e.g. \"%s\" */" % uuid4(), "  id: string;", "  /** PRO number, e.g. \"%s\" */" % pro_number(),
             "  pro: string;", "  /** carrier SCAC, e.g. \"%s\" */" % scac(), "  scac: string;",
             "  /** USDOT, e.g. %s */" % usdot(), "  usdot: number;", "  trailer?: string;", "}"]
    return "packages/types/src/load.ts", "\n".join(lines) + "\n", "tms", "load_ids"


@ntpl("properties")
def n_props(_):
    lines = ["fleet.samsara.base-url=https://api.samsara.com", "fleet.samsara.api-token=${SAMSARA_API_TOKEN}",
             "fleet.dat.username=${DAT_SERVICE_USER}", "fleet.dat.password=${DAT_SERVICE_PASSWORD:}",
             "spring.datasource.url=jdbc:postgresql://tms-db:5432/tms", "spring.datasource.password=${DB_PASSWORD}"]
    return "src/main/resources/application-dev.properties", "\n".join(lines) + "\n", "multi", "env_reference"


@ntpl("markdown")
def n_pcmiler_doc(_):
    lines = ["# Mileage lookups", "", "PC*MILER takes the key either in the `Authorization` header or as `authToken`.",
             "Their docs use a dummy value, e.g.:", "", "```",
             "https://pcmiler.alk.com/apis/rest/v1.0/Service.svc/maptile?authToken=23423421341341234&x=5&y=4&z=3", "```", "",
             "Our real key lives in Secrets Manager under `prod/pcmiler`."]
    return "docs/pcmiler.md", "\n".join(lines) + "\n", "trimble_pcmiler", "documented_example"


@ntpl("csv")
def n_rates_csv(_):
    lines = ["lane_id,origin,destination,equipment,load_number,pro,rate_usd,rpm,posted_at"]
    for _i in range(R.randint(6, 20)):
        o, d = city(), city()
        miles = R.randint(200, 1600)
        rate = miles * R.uniform(1.8, 3.4)
        lines.append("%s,%s %s,%s %s,%s,%s,%s,%.2f,%.2f,%s" % (uuid4()[:8].upper(), o[0], o[1], d[0], d[1], pick(EQUIP),
                                                           load_number(), pro_number(), rate, rate / miles, iso_ts()))
    return "exports/dat_rates_%s.csv" % date_s(), "\n".join(lines) + "\n", "dat", "load_ids"


@ntpl("eld_output_file")
def n_eld_file(_):
    lines = ["ELD File Header Segment:", "%s,%s,,%s,%s,%s,%d" % (pick(LAST).upper(), pick(FIRST).upper(), "TX", usdot()[:7], "D" + rs(7, DIGITS), R.randint(0, 9)),
             "%s,%s,%s,%s" % (tractor_id(), vin(), trailer_id(), rs(2, HEXU)), "%s,%s" % (usdot(), pick(CARRIERS).upper()),
             "ELD Event List:"]
    for i in range(R.randint(4, 10)):
        la, lo = latlon()
        lines.append("%d,1,%d,1,%s,%s,%d,%.1f,%.2f,%.2f,%d,%s" % (R.randint(1, 65535), R.randint(1, 4), date_s().replace("-", "")[2:],
                     time_s().replace(":", "") + "00", R.randint(100000, 900000), R.uniform(0, 9000), la, lo, R.randint(0, 5), rs(2, HEXU)))
    lines.append("End of File:")
    lines.append(rs(4, HEXU))
    return "eld/exports/%s_%s.csv" % (tractor_id(), date_s()), "\n".join(lines) + "\n", "eld", "eld_check_values"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def choose_provider():
    tot = sum(p["w"] for p in PROVIDERS)
    x = R.uniform(0, tot)
    for p in PROVIDERS:
        x -= p["w"]
        if x <= 0:
            return p
    return PROVIDERS[-1]


def compatible(t, p):
    if p["shape"] not in t["shapes"]:
        return False
    if t["auths"] is not None and p["auth"][0] not in t["auths"]:
        return False
    if t["only"] is not None and p["id"] not in t["only"]:
        return False
    return True


def pick_least_used(cands, usage):
    low = min(usage.get(t["name"], 0) for t in cands)
    best = [t for t in cands if usage.get(t["name"], 0) == low]
    t = pick(best)
    usage[t["name"]] = usage.get(t["name"], 0) + 1
    return t


def obvious_ok(t, obvious):
    if obvious:
        return t["named"] or t["fixed_obvious"]
    return not t["fixed_obvious"]


def build_slot_file(label, usage, obvious, p=None):
    while True:
        p = p or choose_provider()
        cands = [t for t in TEMPLATES if compatible(t, p) and obvious_ok(t, obvious)]
        if cands:
            break
        p = None
    t = pick_least_used(cands, usage)
    neg_mode = "empty" if (label == "neg" and t["name"] == "t_x12_isa") else None
    c = C(p, label, obvious if t["named"] else False, neg_mode=neg_mode, env_ok=t["env_ok"])
    if label == "pos" and t["fix_gen"]:
        c.secret = c.val = t["fix_gen"]()
    rel, text = t["fn"](c)
    return rel, text, p["id"], c.kind(), t["ft"], c.secret, t["name"]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_en.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    usage = {}
    for i in range(N_POS):
        obvious = (i % 2 == 0)
        rel, text, prov, kind, ft, secret, _tn = build_slot_file("pos", usage, obvious)
        idx = text.find(secret)
        if not secret or idx < 0:
            raise RuntimeError("needle missing in %s" % rel)
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": f, "needle": secret, "line": text[:idx].count("\n") + 1})
    nusage = {}
    order = ["reuse"] * (N_NEG // 2) + ["domain"] * (N_NEG - N_NEG // 2)
    R.shuffle(order)
    for i, how in enumerate(order):
        if how == "reuse":
            rel, text, prov, kind, ft, _s, _tn = build_slot_file("neg", usage, chance(0.5))
        else:
            t = pick_least_used(NEG_TEMPLATES, nusage)
            rel, text, prov, kind = t["fn"](None)
            ft = t["ft"]
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
