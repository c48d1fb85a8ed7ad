#!/usr/bin/env python3
"""gen_ex.py - blind evaluation-set generator for secret scanners (real-estate / proptech / mortgage).

EMPHASIS
    Domain: real estate, property management and mortgage technology.
    Providers: MLS feeds (RESO Web API via Bridge Interactive, Cotality/CoreLogic Trestle,
    FBS Spark/Flexmls, MLS Grid, legacy RETS login + User-Agent password), Zillow (ZWSID),
    ATTOM, RentCast, CoreLogic developer APIs, HouseCanary, Buildium, AppFolio, Yardi Voyager
    interfaces, Entrata, RealPage, Rent Manager, DocuSign (secret key, Connect HMAC key, JWT RSA
    key), ShowingTime, ICE Encompass, Optimal Blue, credit-bureau / verification SFTP drops,
    Latch, SmartRent, Schlage/Allegion, plus the cloud / database / mail / chat credentials such
    projects carry (AWS, Stripe, SendGrid, Twilio, Mailgun, Mapbox, GitHub, Slack, Postgres,
    MySQL, MongoDB, Redis).
    File types: PHP (WordPress IDX plugins, wp-config, Laravel config), Python / Node / TypeScript
    / Ruby / Go / C# / Java sync jobs, cron shell scripts, YAML (k8s, helm values, GitHub
    workflows, app config), JSON, INI, TOML, XML (SOAP templates, .NET config), .properties,
    docker-compose, Dockerfile, Terraform, Markdown runbooks, SQL seeds, CSV exports, logs.

USAGE
    python3 gen_ex.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each) and OUTDIR/neg/nNNNN/<relpath>
    (500 files, no credential), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, 1-based line).  All randomness comes from one
    random.Random(SEED); output is byte-identical for a given SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Key pairs (AWS access key id + secret, client id + client secret, API key + secret, RETS
      user + password): the needle is the secret half only; the public id stays in the file.
    * Database / broker URLs (postgres://user:PASS@host/db ...): the needle is the password only.
    * Webhook URLs whose path is the secret (Slack incoming webhooks): the needle is the full URL.
    * Headers (Authorization: Bearer X, apikey: X, X-Api-Key: X): the needle is X (token only).
      For HTTP Basic headers the needle is the base64 blob.
    * URL query tokens (?access_token=X): the needle is X.
    * Multi-line private keys (PEM, inline or in YAML block scalars): the needle is the
      "-----BEGIN ... PRIVATE KEY-----" line (stripped of indentation); line = that line.
    * line = 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    250 negatives re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked values
    (****, [REDACTED]), environment / secret-manager references (os.environ[...], process.env.X,
    ENV.fetch, getenv, env(), ${VAR}, ${{ secrets.X }}, vault:/op:// / AWS Secrets Manager ARNs),
    template expressions (Jinja, Helm, ERB), providers' documented example keys (AWS
    AKIAIOSFODNN7EXAMPLE pair, Stripe docs test key, Slack T000/B000 example) and values the
    provider documents as public (Stripe pk_live_, Mapbox pk., DocuSign integration key, client
    ids).  Files that a positive would put in .env are renamed .env.example for negatives.
    250 negatives are domain look-alikes: MLS numbers, RESO ListingKeys, parcel/APN numbers,
    loan numbers and Encompass loan GUIDs, MERS MINs, unit/lease ids, lock serials and MACs,
    UUIDs, sha1/sha256/sha512 digests, image digests, SRI hashes, git SHAs, OData skiptokens,
    webhook signatures (HMAC outputs, not keys), public keys / certificates / known_hosts,
    Google Maps browser keys, Firebase web config, Algolia search-only keys, reCAPTCHA site keys,
    Stripe publishable keys, base64 thumbnails, and ${{ secrets.X }} references.

FORMATS CHECKED (searches of provider docs / pages, no scanner rules consulted)
    * Trestle: OAuth2 client_credentials at /trestle/oidc/connect/token (api-trestle.corelogic.com,
      now api.cotality.com), scope=api (WebAPI) or rets; Bearer header afterwards.
    * Bridge: api.bridgedataoutput.com/api/v2/OData/<dataset>/Property with access_token query
      parameter or Bearer server token; OAuth client_id/client_secret for Zestimates.
    * MLS Grid v2: https://api.mlsgrid.com/v2, "Authorization: Bearer {access_token}", long-lived.
    * Spark: personal access token used as "Authorization: Bearer <token>"; OAuth2 client_id /
      client_secret, sparkplatform.com/oauth2.
    * RETS 1.x: login URL + username/password (Digest) + User-Agent; RETS-UA-Authorization is
      MD5(product:UserAgent-Password:request-id:session-id:version) - UA password is a secret.
    * Zillow: zws-id query parameter, "sensitive information".
    * ATTOM: "apikey" request header on api.gateway.attomdata.com/propertyapi/v1.0.0/...
    * RentCast: X-Api-Key header.
    * Buildium: x-buildium-client-id / x-buildium-client-secret headers, api.buildium.com.
    * Rent Manager: <company>.api.rentmanager.com, partner token / username+password.
    * Yardi Voyager SOAP interfaces: UserName, Password, ServerName, Database, Platform,
      InterfaceEntity, InterfaceLicense.
    * Encompass Developer Connect: https://api.elliemae.com/oauth2/v1/token, HTTP Basic of
      client_id:client_secret; client secret "treated like a password".
    * DocuSign Connect: HMAC-SHA256 of the body, base64, in X-DocuSign-Signature-1..N headers.
    * Latch: M2M OAuth token endpoint auth.prod.latch.com/v1/oauth/token.
    * SendGrid API keys are 69 characters (SG.<22>.<43>).  Mapbox tokens: pk. public, sk. secret,
      tk. temporary; JWT-like "<type>.<base64url JSON payload>.<signature>".
DOUBTS
    Exact lengths/alphabets were NOT documented for: Bridge server tokens (32 hex assumed), Bridge
    and Trestle client secrets, Spark tokens (25 [a-z0-9] assumed), MLS Grid tokens (40 hex
    assumed), ZWSID inner lengths (X1-ZWz<10-14>_<5> assumed), ATTOM/RentCast keys (32 hex),
    CoreLogic consumer key/secret (Apigee-like 32/16), HouseCanary key/secret, Buildium and
    AppFolio secrets, Entrata / RealPage / Rent Manager / ShowingTime / SmartRent tokens,
    Encompass client secret length, Optimal Blue (Azure-AD-style secret assumed), Latch (Auth0-like
    64-char secret assumed), Allegion subscription key (32 hex, APIM-style assumed), Mailgun key
    styles, GitHub ghp_ checksum alphabet (CRC32, base62 0-9A-Za-z assumed).  Private keys are
    random bytes behind a realistic DER prefix, not valid keys.  DocuSign secret keys are GUIDs.
    The Rent Manager header name (X-RM12Api-ApiToken), the ShowingTime and SmartRent endpoints and
    the Allegion header name (alle-subscription-key) are from memory, not confirmed by the search.
    Documented example values used in negatives (AWS AKIAIOSFODNN7EXAMPLE pair, Stripe docs test
    keys, Slack T00000000 URL, Mapbox "examples" pk token) are quoted from memory of the docs.
"""
import base64
import json
import os
import random
import re
import string
import sys
import zlib

SLOT = "@@S@@"
HEX = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
LOW36 = string.ascii_lowercase + string.digits
UP36 = string.ascii_uppercase + string.digits
B64URL = string.ascii_letters + string.digits + "-_"
B64STD = string.ascii_letters + string.digits + "+/"


def fill(tmpl, **kw):
    """Replace <<name>> markers; unknown names raise KeyError."""
    def rep(m):
        return str(kw[m.group(1)])
    out = re.sub(r"<<([A-Za-z_][A-Za-z0-9_]*)>>", rep, tmpl)
    return out


# ---------------------------------------------------------------- random primitives
def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def guid(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def b64bytes(r, n, url=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(n))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def b62enc(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- domain vocab
CITIES = [("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Minneapolis", "MN", "554"),
          ("Chicago", "IL", "606"), ("Seattle", "WA", "981"), ("Tampa", "FL", "336"),
          ("Phoenix", "AZ", "850"), ("Raleigh", "NC", "276"), ("Columbus", "OH", "432"),
          ("Nashville", "TN", "372"), ("Boise", "ID", "837"), ("Sacramento", "CA", "958"),
          ("Kansas City", "MO", "641"), ("Charlotte", "NC", "282"), ("Salt Lake City", "UT", "841")]
STREETS = ["Maple", "Oak Hollow", "Cedar Ridge", "Lakeview", "Sunset", "Willow Creek", "Harbor",
           "Pinecrest", "Meadowbrook", "Aspen", "Juniper", "Brookside", "Highland", "Quarry", "Elm"]
SUFFIX = ["St", "Ave", "Dr", "Ln", "Ct", "Blvd", "Way", "Trl", "Pl", "Cir"]
FIRST = ["Maria", "James", "Priya", "Luis", "Hannah", "Derek", "Aisha", "Tom", "Keiko", "Noah",
         "Olivia", "Marcus", "Elena", "Sam", "Grace", "Victor", "Lena", "Omar", "Julia", "Ben"]
LAST = ["Nguyen", "Patel", "Garcia", "Olsen", "Kowalski", "Brooks", "Ramirez", "Chen", "Fischer",
        "Murphy", "Haddad", "Silva", "Johansson", "Reyes", "Bauer", "Kim", "Walsh", "Okafor"]
BROKERS = ["Summit Realty Group", "Keystone Homes", "Blue Door Properties", "Northline Realty",
           "Cornerstone Residential", "Prairie Point Realty", "Harborview Property Mgmt",
           "Lakeside Living", "Redwood Lending", "Oakmont Mortgage", "Urban Nest Rentals",
           "Parkside Property Co"]
MLS_SYS = ["actris", "mred", "nwmls", "recolorado", "northstar", "stellar", "bright", "har",
           "crmls", "canopy", "realcomp", "sabor"]
SLUGS = ["summit", "keystone", "bluedoor", "northline", "cornerstone", "prairiept", "harborview",
         "lakeside", "redwood", "oakmont", "urbannest", "parkside"]
PTYPES = ["Residential", "Condominium", "Townhouse", "Multi-Family", "Land", "Commercial Lease"]
STATUSES = ["Active", "Pending", "Closed", "Active Under Contract", "Coming Soon", "Expired"]
TZS = ["America/Chicago", "America/Denver", "America/New_York", "America/Los_Angeles"]


def person(r):
    return r.choice(FIRST) + " " + r.choice(LAST)


def email_of(r, name=None, dom=None):
    name = name or person(r)
    dom = dom or (r.choice(SLUGS) + r.choice(["realty.com", "homes.com", "pm.com", "lending.com"]))
    return name.lower().replace(" ", ".") + "@" + dom


def addr(r):
    c = r.choice(CITIES)
    return {"num": r.randint(100, 19999), "street": r.choice(STREETS) + " " + r.choice(SUFFIX),
            "city": c[0], "state": c[1], "zip": c[2] + "%02d" % r.randint(0, 99)}


def addr_line(r):
    a = addr(r)
    return "%d %s, %s, %s %s" % (a["num"], a["street"], a["city"], a["state"], a["zip"])


def mls_num(r):
    return r.choice(["", "", "A", "S", "W", "T", "RX-"]) + str(r.randint(1000000, 99999999))


def listing_key(r):
    return r.choice([hexs(r, 32), str(r.randint(10 ** 9, 10 ** 10)),
                     "%s%d" % (r.choice(["NST", "MRD", "ACT", "REC"]), r.randint(10 ** 6, 10 ** 7))])


def apn(r):
    return r.choice(["%03d-%03d-%03d" % (r.randint(1, 999), r.randint(1, 999), r.randint(1, 999)),
                     "%02d-%02d-%02d-%03d-%03d" % (r.randint(1, 99), r.randint(1, 36), r.randint(1, 99),
                                                   r.randint(1, 999), r.randint(0, 999)),
                     "R%010d" % r.randint(1, 10 ** 9)])


def loan_num(r):
    return r.choice(["%d%08d" % (r.randint(1, 9), r.randint(0, 10 ** 8)),
                     "LN-%d-%06d" % (r.randint(2021, 2025), r.randint(0, 999999))])


def ts(r, year=None):
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (year or r.randint(2022, 2025), r.randint(1, 12),
                                             r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                             r.randint(0, 59))


def date(r):
    return "%04d-%02d-%02d" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28))


def price(r):
    return r.randrange(145000, 1895000, 500)


def slug(r):
    return r.choice(SLUGS)


def host(r, kind="db"):
    s = slug(r)
    return r.choice({
        "db": ["%s-prod.c%s.us-east-1.rds.amazonaws.com" % (s, rs(r, 12, LOW36)),
               "db-%d.%s.internal" % (r.randint(1, 4), s), "pg.%s-data.net" % s,
               "%s-mysql.mysql.database.azure.com" % s],
        "sftp": ["sftp.%s.com" % r.choice(["creditdrop", "verifyhub", "mortgagefeeds", "bureauxfer"]),
                 "ftp-%d.%s-partners.net" % (r.randint(1, 9), r.choice(["equifax", "clearfork", "factdata"]))],
    }[kind])


# ---------------------------------------------------------------- secret generators
def pw_human(r, url_safe=False):
    if r.random() < 0.35:
        words = ["harbor", "maple", "quartz", "lantern", "copper", "meadow", "falcon", "cobalt",
                 "juniper", "granite", "orchid", "timber", "saffron", "glacier"]
        sep = "-" if url_safe else r.choice("-_.!")
        w = [r.choice(words), r.choice(words).capitalize(), str(r.randint(100, 9999)), r.choice(words)]
        return sep.join(w[: r.randint(3, 4)])
    sym = "-_.~" if url_safe else "-_.!*+=^~"
    n = r.randint(14, 22)
    chars = [r.choice(string.ascii_lowercase), r.choice(string.ascii_uppercase),
             r.choice(string.digits), r.choice(sym)]
    chars += [r.choice(string.ascii_letters + string.digits + sym) for _ in range(n - 4)]
    r.shuffle(chars)
    if chars[0] in sym:
        chars[0] = r.choice(string.ascii_letters)
    return "".join(chars)


def pw_url(r):
    return pw_human(r, url_safe=True)


def sec_hex32(r):
    return hexs(r, 32)


def sec_hex40(r):
    return hexs(r, 40)


def sec_spark(r):
    return rs(r, 25, LOW36)


def sec_b62(n):
    return lambda r: rs(r, n, string.ascii_letters + string.digits)


def sec_zwsid(r):
    return "X1-ZWz" + rs(r, r.randint(10, 14), LOW36) + "_" + rs(r, 5, LOW36)


def sec_b64_32(r):
    return b64bytes(r, 32)


def sec_guid(r):
    return guid(r)


def sec_azure(r):
    return rs(r, 3, string.ascii_letters + string.digits) + r.choice(string.digits) + "Q~" + \
        rs(r, 34, string.ascii_letters + string.digits + "_.~-")


def sec_auth0(r):
    return rs(r, 64, B64URL)


def aws_key_id(r):
    return "AKIA" + rs(r, 16, string.ascii_uppercase + "234567")


def sec_aws(r):
    return rs(r, 40, B64STD)


def sec_stripe(r):
    return "sk_live_" + rs(r, r.choice([24, 99]), string.ascii_letters + string.digits)


def sec_stripe_rk(r):
    return "rk_live_" + rs(r, r.choice([24, 99]), string.ascii_letters + string.digits)


def sec_whsec(r):
    return "whsec_" + rs(r, 32, string.ascii_letters + string.digits)


def sec_sendgrid(r):
    return "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)


def sec_mailgun(r):
    if r.random() < 0.5:
        return "key-" + hexs(r, 32)
    return hexs(r, 32) + "-" + hexs(r, 8) + "-" + hexs(r, 8)


def sec_github(r):
    body = rs(r, 30, B62)
    return "ghp_" + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def sec_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, r.choice([8, 10]), UP36), rs(r, r.choice([8, 10, 11]), UP36),
        rs(r, 24, string.ascii_letters + string.digits))


def mapbox_token(r, kind="sk", user=None):
    user = user or (slug(r) + r.choice(["", "-maps", "gis", "-idx"]))
    payload = json.dumps({"u": user, "a": "c" + rs(r, 24, LOW36)}, separators=(",", ":"))
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "%s.%s.%s" % (kind, p, rs(r, 22, B64URL))


def sec_mapbox_sk(r):
    return mapbox_token(r, "sk")


def sec_twilio(r):
    return hexs(r, 32)


def pem_body(raw, width=64):
    b = base64.b64encode(raw).decode()
    return [b[i:i + width] for i in range(0, len(b), width)]


RSA_PREFIX = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
EC_PREFIX = bytes.fromhex("30770201010420")
EC_MID = bytes.fromhex("a00a06082a8648ce3d030107a144034200")


def sec_pem(r):
    if r.random() < 0.65:
        raw = RSA_PREFIX + bytes(r.getrandbits(8) for _ in range(1217 - len(RSA_PREFIX)))
        label = r.choice(["PRIVATE KEY", "RSA PRIVATE KEY"])
        if label == "RSA PRIVATE KEY":
            raw = raw[26:]
    else:
        raw = EC_PREFIX + bytes(r.getrandbits(8) for _ in range(32)) + EC_MID + b"\x04" + \
            bytes(r.getrandbits(8) for _ in range(64))
        label = "EC PRIVATE KEY"
    return "\n".join(["-----BEGIN %s-----" % label] + pem_body(raw) + ["-----END %s-----" % label])


# ---------------------------------------------------------------- template registry
POS = []   # positive templates (their slot is also re-used by half of the negatives)
NEG = []   # look-alike negative templates


def pos(provider, kind, lang, secret, var, public=None, pem=False):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "lang": lang,
                    "secret": secret, "var": var, "public": public, "pem": pem, "render": fn})
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append({"name": fn.__name__, "provider": provider, "kind": kind, "render": fn})
        return fn
    return deco


S = SLOT

# ================================================================ MLS feeds
@pos("bridge", "server_token", "py", sec_hex32, "BRIDGE_SERVER_TOKEN")
def p_bridge_settings_py(r):
    ds = r.choice(MLS_SYS + ["test", "itso", "miamire"])
    return "config/settings.py", fill('''"""Settings for the listing sync service."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.getenv("DEBUG", "0") == "1"
TIME_ZONE = "<<tz>>"

# Bridge Interactive RESO Web API
BRIDGE_BASE_URL = "https://api.bridgedataoutput.com/api/v2/OData/<<ds>>"
BRIDGE_DATASET = "<<ds>>"
BRIDGE_SERVER_TOKEN = "<<S>>"
BRIDGE_PAGE_SIZE = <<top>>

SYNC_RESOURCES = ["Property", "Member", "Office", "OpenHouse"]
MEDIA_BUCKET = "<<slug>>-listing-media"
''', ds=ds, S=S, tz=r.choice(TZS), top=r.choice([200, 500, 1000]), slug=slug(r))


@pos("bridge", "server_token", "php", sec_hex32, "BRIDGE_API_TOKEN")
def p_bridge_wp_plugin(r):
    name = r.choice(["idx-bridge-sync", "wp-listings-feed", "homesearch-idx"])
    return "wp-content/plugins/%s/includes/class-api-client.php" % name, fill('''<?php
/**
 * Thin wrapper around the Bridge RESO Web API used by the IDX shortcodes.
 *
 * @package <<pkg>>
 */

defined( 'ABSPATH' ) || exit;

class <<cls>>_Api_Client {

	const BASE = 'https://api.bridgedataoutput.com/api/v2/OData/';

	private $dataset;
	private $token;

	public function __construct( $dataset = '<<ds>>' ) {
		$this->dataset = $dataset;
		$this->token   = '<<S>>';
	}

	public function properties( $filter = "StandardStatus eq 'Active'", $top = 24 ) {
		$url = self::BASE . $this->dataset . '/Property?' . http_build_query( array(
			'$filter' => $filter,
			'$top'    => $top,
			'$select' => 'ListingKey,ListPrice,City,BedroomsTotal,BathroomsTotalInteger,Media',
		) );
		$res = wp_remote_get( $url, array(
			'headers' => array( 'Authorization' => 'Bearer ' . $this->token ),
			'timeout' => 20,
		) );
		if ( is_wp_error( $res ) ) {
			return array();
		}
		$body = json_decode( wp_remote_retrieve_body( $res ), true );
		return isset( $body['value'] ) ? $body['value'] : array();
	}
}
''', pkg=name, cls=name.replace("-", "_").title(), ds=r.choice(MLS_SYS), S=S)


@pos("bridge", "server_token", "js", sec_hex32, "BRIDGE_TOKEN")
def p_bridge_node_url(r):
    ds = r.choice(MLS_SYS)
    return "scripts/sync-open-houses.js", fill('''#!/usr/bin/env node
'use strict';

const fs = require('fs/promises');
const path = require('path');

const OUT = path.join(__dirname, '..', 'data', 'open-houses.json');
const URL_BASE = 'https://api.bridgedataoutput.com/api/v2/OData/<<ds>>/OpenHouse';

async function main() {
  const since = new Date(Date.now() - 1000 * 60 * 60 * 24).toISOString();
  const url = `${URL_BASE}?access_token=<<S>>&$filter=ModificationTimestamp gt ${since}&$top=200`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`bridge ${res.status}`);
  const body = await res.json();
  await fs.writeFile(OUT, JSON.stringify(body.value, null, 2));
  console.log(`saved ${body.value.length} open houses`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
''', ds=ds, S=S)


@pos("bridge", "oauth_client_secret", "yaml", sec_b62(40), "BRIDGE_CLIENT_SECRET")
def p_bridge_oauth_yaml(r):
    return "config/providers/bridge.yml", fill('''# Bridge Data Output - Zestimates / public records
bridge:
  token_url: https://api.bridgedataoutput.com/api/v2/oauth/token
  base_url: https://api.bridgedataoutput.com/api/v2
  client_id: <<cid>>
  client_secret: "<<S>>"
  datasets:
    - pub
    - zestimates_v2
  rate_limit_per_minute: <<rl>>
  retry:
    attempts: 3
    backoff_seconds: 5
''', cid=hexs(r, 24), S=S, rl=r.choice([60, 120, 334]))


@pos("trestle", "oauth_client_secret", "py", sec_hex32, "TRESTLE_CLIENT_SECRET")
def p_trestle_py(r):
    co = r.choice(BROKERS).replace(" ", "")
    return "sync/trestle_client.py", fill('''import time
import requests

TOKEN_URL = "https://api-trestle.corelogic.com/trestle/oidc/connect/token"
ODATA_URL = "https://api-trestle.corelogic.com/trestle/odata"

CREDS = {
    "client_id": "trestle_<<co>><<d>>",
    "client_secret": "<<S>>",
    "grant_type": "client_credentials",
    "scope": "api",
}

_token = {"value": None, "exp": 0}


def token():
    if _token["value"] and _token["exp"] > time.time() + 60:
        return _token["value"]
    res = requests.post(TOKEN_URL, data=CREDS, timeout=30)
    res.raise_for_status()
    body = res.json()
    _token.update(value=body["access_token"], exp=time.time() + body["expires_in"])
    return _token["value"]


def fetch(resource, **params):
    res = requests.get(f"{ODATA_URL}/{resource}", params=params,
                       headers={"Authorization": "Bearer " + token()}, timeout=60)
    res.raise_for_status()
    return res.json()
''', co=co, d=r.randint(20210101, 20241231), S=S)


@pos("trestle", "oauth_client_secret", "json", sec_hex32, "Trestle__ClientSecret")
def p_trestle_appsettings(r):
    return "src/ListingSync.Worker/appsettings.Production.json", fill('''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "Trestle": {
    "BaseUrl": "https://api-trestle.corelogic.com/trestle/odata",
    "TokenUrl": "https://api-trestle.corelogic.com/trestle/oidc/connect/token",
    "ClientId": "trestle_<<co>>Idx<<d>>",
    "ClientSecret": "<<S>>",
    "Scope": "api",
    "PageSize": <<ps>>
  },
  "Storage": {
    "Container": "listing-photos",
    "CdnHost": "https://cdn.<<slug>>realty.com"
  }
}
''', co=slug(r).title(), d=r.randint(2021, 2025), S=S, ps=r.choice([250, 500, 1000]), slug=slug(r))


@pos("trestle", "rets_password", "sh", pw_human, "TRESTLE_RETS_PASSWORD")
def p_trestle_rets_curl(r):
    u = "trestle_%s%d" % (slug(r), r.randint(100, 999))
    return "bin/rets_token.sh", fill('''#!/usr/bin/env bash
# Exchange RETS credentials for a short-lived bearer token (Trestle OAuth2 for RETS).
set -euo pipefail

OUT=${1:-/var/tmp/trestle-token.json}

curl -sS -X POST \\
  --basic -u '<<u>>:<<S>>' \\
  -H "Content-Type: application/x-www-form-urlencoded;charset=UTF-8" \\
  -d "grant_type=client_credentials&scope=rets&client_id=<<u>>" \\
  'https://api-trestle.corelogic.com/trestle/oidc/connect/token' \\
  --output "$OUT"

jq -r '.expires_in' "$OUT"
''', u=u, S=S)


@pos("spark", "bearer_token", "rb", sec_spark, "SPARK_ACCESS_TOKEN")
def p_spark_ruby(r):
    return "config/initializers/spark_api.rb", fill('''# frozen_string_literal: true

require "spark_api"

SparkApi.configure do |config|
  config.authentication_mode = SparkApi::Authentication::OAuth2
  config.endpoint = "https://sparkapi.com"
  config.version = "v1"
  config.user_agent = "<<ua>>"
end

SparkApi.client.session = SparkApi::Authentication::OAuthSession.new(
  "access_token" => "<<S>>"
)

Rails.application.config.x.idx.default_search = {
  "_filter" => "PropertyType Eq 'A' And MlsStatus Eq 'Active'",
  "_limit" => <<lim>>
}
''', ua=r.choice(["Flexmls IDX Widget", "BrokerSite Sync", "Listing Mirror"]), S=S,
                lim=r.choice([25, 50, 100]))


@pos("spark", "oauth_client_secret", "php", sec_spark, "FLEXMLS_API_SECRET")
def p_spark_wp_options(r):
    return "wp-content/mu-plugins/flexmls-defaults.php", fill('''<?php
/**
 * Plugin Name: Flexmls defaults
 * Description: Seeds the Flexmls IDX plugin options on fresh installs.
 */

add_action( 'plugins_loaded', function () {
	if ( get_option( 'fmc_settings' ) ) {
		return;
	}
	update_option( 'fmc_settings', array(
		'api_key'         => defined( 'FMC_API_KEY' ) ? FMC_API_KEY : '',
		'api_secret'      => '<<S>>',
		'oauth_redirect'  => home_url( '/oauth/callback' ),
		'default_titles'  => true,
		'listing_office'  => '<<office>>',
		'search_results'  => <<n>>,
		'contact_notifications' => '<<mail>>',
	) );
} );
''', S=S, office=str(r.randint(1000, 9999)), n=r.choice([10, 20, 30]),
                mail=email_of(r))


@pos("mlsgrid", "bearer_token", "js", sec_hex40, "MLSGRID_TOKEN")
def p_mlsgrid_node(r):
    sysn = r.choice(MLS_SYS)
    return "src/feeds/mlsgrid.ts", fill('''import axios from 'axios';
import { logger } from '../logger';

const client = axios.create({
  baseURL: 'https://api.mlsgrid.com/v2',
  timeout: 60_000,
  headers: {
    Authorization: 'Bearer <<S>>',
    'Accept-Encoding': 'gzip',
  },
});

export async function* replicate(since: string) {
  let url: string | null =
    `/Property?$filter=OriginatingSystemName eq '<<sys>>' and ModificationTimestamp gt ${since}` +
    '&$expand=Media,Rooms,UnitTypes&$top=1000';
  while (url) {
    const { data } = await client.get(url);
    logger.info({ count: data.value.length }, 'mlsgrid page');
    yield data.value;
    url = data['@odata.nextLink'] ?? null;
  }
}
''', S=S, sys=sysn)


@pos("mlsgrid", "bearer_token", "yaml", sec_hex40, "MLSGRID_ACCESS_TOKEN")
def p_mlsgrid_cronjob(r):
    return "deploy/k8s/mlsgrid-replicator-cronjob.yaml", fill('''apiVersion: batch/v1
kind: CronJob
metadata:
  name: mlsgrid-replicator
  namespace: listings
spec:
  schedule: "*/15 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: replicator
              image: ghcr.io/<<slug>>/mlsgrid-replicator:<<ver>>
              args: ["--system", "<<sys>>", "--resource", "Property"]
              env:
                - name: MLSGRID_BASE_URL
                  value: https://api.mlsgrid.com/v2
                - name: MLSGRID_ACCESS_TOKEN
                  value: "<<S>>"
                - name: DATABASE_HOST
                  value: listings-pg.listings.svc.cluster.local
              resources:
                limits:
                  memory: 512Mi
''', slug=slug(r), ver="1.%d.%d" % (r.randint(0, 9), r.randint(0, 20)), sys=r.choice(MLS_SYS), S=S)


@pos("rets", "rets_password", "ini", pw_human, "RETS_PASSWORD")
def p_rets_ini(r):
    return "etc/rets/%s.ini" % r.choice(MLS_SYS), fill('''; legacy RETS feed - still used for sold data until the Web API cutover
[server]
login_url = https://<<host>>/rets/login
version = RETS/1.7.2
user_agent = <<ua>>/1.0
http_auth = digest

[credentials]
username = <<user>>
password = <<S>>

[query]
resource = Property
class = RE_1
limit = 2500
select = ListingKey,ListPrice,CloseDate,ClosePrice,ParcelNumber
''', host=r.choice(["rets.%s.com" % r.choice(["mlsmatrix", "flexmls", "paragonrels"]),
                    "%s.rets.interealty.com" % r.choice(MLS_SYS)]),
                ua=slug(r).title() + "Rets", user=rs(r, 2, string.ascii_uppercase) + str(r.randint(1000, 99999)), S=S)


@pos("rets", "rets_password", "php", pw_human, "RETS_PASSWORD")
def p_rets_phrets(r):
    return "cron/rets-import.php", fill('''<?php
require __DIR__ . '/../vendor/autoload.php';

date_default_timezone_set('<<tz>>');

$config = new \\PHRETS\\Configuration;
$config->setLoginUrl('https://<<mls>>.rets.paragonrels.com/rets/fnisrets.aspx/<<MLS>>/login')
       ->setUsername('<<user>>')
       ->setPassword('<<S>>')
       ->setRetsVersion('1.7.2')
       ->setUserAgent('<<slug>>-idx/2.1');

$rets = new \\PHRETS\\Session($config);
$rets->Login();

$results = $rets->Search('Property', 'RE_1', '(L_StatusCatID=|1),(L_UpdateDate=' . date('Y-m-d', strtotime('-1 day')) . '+)', [
    'Limit'  => 500,
    'Select' => 'L_ListingID,L_AskingPrice,L_City,L_Zip',
]);
foreach ($results as $row) {
    printf("%s %s\\n", $row['L_ListingID'], $row['L_AskingPrice']);
}
$rets->Disconnect();
''', tz=r.choice(TZS), mls=r.choice(MLS_SYS), MLS=r.choice(MLS_SYS).upper(),
                user=rs(r, 3, string.ascii_lowercase) + str(r.randint(100, 9999)), S=S, slug=slug(r))


@pos("rets", "rets_ua_password", "py", pw_human, "RETS_UA_PASSWORD")
def p_rets_ua_py(r):
    product = slug(r).title() + "Sync"
    return "importers/rets_session.py", fill('''import hashlib

import requests
from requests.auth import HTTPDigestAuth

LOGIN_URL = "https://rets.<<mls>>mls.com/contact/rets/login"
PRODUCT = "<<product>>/2.4"


class RetsSession:
    def __init__(self, user, password, ua_password):
        self.s = requests.Session()
        self.s.auth = HTTPDigestAuth(user, password)
        self.s.headers.update({"User-Agent": PRODUCT, "RETS-Version": "RETS/1.7.2"})
        self.ua_password = ua_password

    def ua_digest(self, request_id="", session_id=""):
        a1 = hashlib.md5(f"{PRODUCT}:{self.ua_password}".encode()).hexdigest()
        return hashlib.md5(f"{a1}:{request_id}:{session_id}:RETS/1.7.2".encode()).hexdigest()

    def login(self):
        self.s.headers["RETS-UA-Authorization"] = "Digest " + self.ua_digest()
        return self.s.get(LOGIN_URL, timeout=30)


session = RetsSession(user="<<user>>", password=os.environ["RETS_PASSWORD"],
                      ua_password="<<S>>")
''', mls=r.choice(MLS_SYS), product=product, user=rs(r, 2, string.ascii_lowercase) + str(r.randint(100, 9999)), S=S).replace("import hashlib\n", "import hashlib\nimport os\n", 1)


@pos("zillow", "api_key", "php", sec_zwsid, "ZILLOW_ZWSID")
def p_zillow_php(r):
    return "app/Services/ZestimateLookup.php", fill('''<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class ZestimateLookup
{
    private const ENDPOINT = 'https://www.zillow.com/webservice/GetDeepSearchResults.htm';

    public function lookup(string $street, string $cityStateZip): ?array
    {
        $res = Http::timeout(15)->get(self::ENDPOINT, [
            'zws-id'        => '<<S>>',
            'address'       => $street,
            'citystatezip'  => $cityStateZip,
            'rentzestimate' => 'true',
        ]);

        if (! $res->ok()) {
            return null;
        }

        $xml = simplexml_load_string($res->body());
        return json_decode(json_encode($xml->response->results->result), true);
    }
}
''', S=S)


@pos("zillow", "api_key", "xml", sec_zwsid, "ZWSID")
def p_zillow_xml(r):
    return "src/main/resources/valuation-providers.xml", fill('''<?xml version="1.0" encoding="UTF-8"?>
<providers>
  <!-- order matters: first provider that returns a value wins -->
  <provider name="zillow" enabled="true">
    <endpoint>https://www.zillow.com/webservice/GetSearchResults.htm</endpoint>
    <param name="zws-id"><<S>></param>
    <param name="rentzestimate">false</param>
    <timeoutMs>8000</timeoutMs>
  </provider>
  <provider name="county-assessor" enabled="<<en>>">
    <endpoint>https://gis.<<county>>county.gov/arcgis/rest/services/Parcels/MapServer/0/query</endpoint>
    <timeoutMs>12000</timeoutMs>
  </provider>
</providers>
''', S=S, en=r.choice(["true", "false"]), county=r.choice(["travis", "hennepin", "king", "maricopa", "wake"]))


# ================================================================ property data
@pos("attom", "api_key", "py", sec_hex32, "ATTOM_API_KEY")
def p_attom_py(r):
    return "valuation/attom.py", fill('''"""ATTOM property detail + AVM lookups used by the offer calculator."""
from functools import lru_cache

import httpx

BASE = "https://api.gateway.attomdata.com/propertyapi/v1.0.0"

_client = httpx.Client(
    base_url=BASE,
    headers={"accept": "application/json", "apikey": "<<S>>"},
    timeout=20.0,
)


@lru_cache(maxsize=4096)
def detail(address1: str, address2: str) -> dict:
    res = _client.get("/property/detail", params={"address1": address1, "address2": address2})
    res.raise_for_status()
    return res.json()["property"][0]


def avm(attom_id: int) -> dict:
    res = _client.get("/attomavm/detail", params={"attomid": attom_id})
    res.raise_for_status()
    return res.json()
''', S=S)


@pos("attom", "api_key", "php", sec_hex32, "ATTOM_API_KEY")
def p_attom_laravel(r):
    return "config/services.php", fill('''<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'attom' => [
        'base_url' => 'https://api.gateway.attomdata.com/propertyapi/v1.0.0',
        'key' => env('ATTOM_API_KEY', '<<S>>'),
        'timeout' => <<t>>,
    ],

    'google_maps' => [
        'region' => 'us',
    ],

];
''', S=S, t=r.choice([10, 15, 30]))


@pos("rentcast", "api_key", "js", sec_hex32, "RENTCAST_API_KEY")
def p_rentcast_node(r):
    return "lib/rentcast.js", fill('''const axios = require('axios');

const rentcast = axios.create({
  baseURL: 'https://api.rentcast.io/v1',
  headers: { Accept: 'application/json', 'X-Api-Key': '<<S>>' },
});

async function rentEstimate({ address, bedrooms, bathrooms, squareFootage }) {
  const { data } = await rentcast.get('/avm/rent/long-term', {
    params: { address, bedrooms, bathrooms, squareFootage, compCount: 10 },
  });
  return { rent: data.rent, low: data.rentRangeLow, high: data.rentRangeHigh };
}

module.exports = { rentEstimate };
''', S=S)


@pos("rentcast", "api_key", "md", sec_hex32, "RENTCAST_API_KEY")
def p_rentcast_runbook(r):
    a = addr(r)
    return "docs/runbooks/rent-comps.md", fill('''# Runbook: rent comps look wrong

1. Check the nightly job in the scheduler (`rent-comps-refresh`).
2. Reproduce the call for one unit:

```bash
curl -s "https://api.rentcast.io/v1/avm/rent/long-term?address=<<q>>&compCount=5" \\
  -H "Accept: application/json" \\
  -H "X-Api-Key: <<S>>" | jq '.rent, .comparables[].formattedAddress'
```

3. If the comparables are more than 2 miles away, widen `maxRadius` only for rural units.
4. Post the result in #pm-data with the unit id (for example `U-<<unit>>`).
''', q=("%d %s, %s, %s" % (a["num"], a["street"], a["city"], a["state"])).replace(" ", "%20"),
                S=S, unit=r.randint(1000, 9999))


@pos("corelogic", "oauth_client_secret", "ts", sec_b62(16), "CORELOGIC_CONSUMER_SECRET")
def p_corelogic_ts(r):
    return "packages/property-data/src/corelogic.ts", fill('''import { URLSearchParams } from 'url';

const TOKEN_URL = 'https://api-prod.corelogic.com/oauth/token?grant_type=client_credentials';

export class CoreLogicClient {
  private token?: { value: string; exp: number };

  constructor(
    private readonly consumerKey = process.env.CORELOGIC_CONSUMER_KEY ?? '',
    private readonly consumerSecret = '<<S>>',
  ) {}

  private async bearer(): Promise<string> {
    if (this.token && this.token.exp > Date.now()) return this.token.value;
    const basic = Buffer.from(`${this.consumerKey}:${this.consumerSecret}`).toString('base64');
    const res = await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: `Basic ${basic}` } });
    const body = await res.json();
    this.token = { value: body.access_token, exp: Date.now() + Number(body.expires_in) * 1000 };
    return this.token.value;
  }

  async propertySearch(streetAddress: string, zipCode: string) {
    const q = new URLSearchParams({ streetAddress, zipCode });
    const res = await fetch(`https://api-prod.corelogic.com/property?${q}`, {
      headers: { Authorization: `Bearer ${await this.bearer()}` },
    });
    return res.json();
  }
}
''', S=S)


@pos("housecanary", "api_secret", "py", sec_b62(32), "HC_API_SECRET")
def p_housecanary_py(r):
    return "analytics/hc_value.py", fill('''import pandas as pd
import requests

HC_URL = "https://api.housecanary.com/v2/property/value"
AUTH = ("<<key>>", "<<S>>")


def batch_values(rows: pd.DataFrame) -> pd.DataFrame:
    payload = [{"address": a, "zipcode": z} for a, z in zip(rows.address, rows.zipcode)]
    out = []
    for i in range(0, len(payload), 100):
        res = requests.post(HC_URL, json=payload[i:i + 100], auth=AUTH, timeout=60)
        res.raise_for_status()
        for item in res.json():
            v = item["property/value"]["result"]["value"]
            out.append({"address": item["address_info"]["address_full"], "value": v["price_mean"]})
    return pd.DataFrame(out)
''', key=rs(r, 30, UP36), S=S)


@pos("housecanary", "api_secret", "sh", sec_b62(32), "HOUSECANARY_SECRET")
def p_housecanary_sh(r):
    a = addr(r)
    return "scripts/hc-smoke-test.sh", fill('''#!/bin/sh
# quick smoke test after rotating the analytics workers
set -e
ADDR="<<street>>"
ZIP="<<zip>>"
curl -sf -u <<key>>:<<S>> \\
  "https://api.housecanary.com/v2/property/details?address=$(printf %s "$ADDR" | jq -sRr @uri)&zipcode=$ZIP" \\
  | jq '.[0]."property/details".result.property'
echo "ok"
''', street="%d %s" % (a["num"], a["street"]), zip=a["zip"], key=rs(r, 30, UP36), S=S)


# ================================================================ property management
@pos("buildium", "oauth_client_secret", "py", sec_b64_32, "BUILDIUM_CLIENT_SECRET")
def p_buildium_py(r):
    return "pm_sync/buildium.py", fill('''import logging

import requests

log = logging.getLogger(__name__)

API = "https://api.buildium.com/v1"
HEADERS = {
    "x-buildium-client-id": "<<cid>>",
    "x-buildium-client-secret": "<<S>>",
    "Accept": "application/json",
}


def rentals(offset=0, limit=500):
    res = requests.get(f"{API}/rentals", headers=HEADERS,
                       params={"offset": offset, "limit": limit}, timeout=30)
    res.raise_for_status()
    return res.json()


def outstanding_balances():
    res = requests.get(f"{API}/leases/outstandingbalances", headers=HEADERS, timeout=30)
    res.raise_for_status()
    log.info("fetched %d balances", len(res.json()))
    return res.json()
''', cid=guid(r), S=S)


@pos("buildium", "oauth_client_secret", "cs", sec_b64_32, "BUILDIUM_CLIENT_SECRET")
def p_buildium_cs(r):
    return "src/Integrations/Buildium/BuildiumOptions.cs", fill('''namespace Parkside.Integrations.Buildium
{
    public sealed class BuildiumOptions
    {
        public const string Section = "Buildium";

        public string BaseUrl { get; set; } = "https://api.buildium.com/v1/";

        public string ClientId { get; set; } = "<<cid>>";

        // TODO move to key vault before go-live
        public string ClientSecret { get; set; } = "<<S>>";

        public int PageSize { get; set; } = <<ps>>;

        public bool IncludeInactiveLeases { get; set; }
    }
}
''', cid=guid(r), S=S, ps=r.choice([100, 500, 1000]))


@pos("appfolio", "oauth_client_secret", "rb", sec_b62(32), "APPFOLIO_CLIENT_SECRET")
def p_appfolio_rb(r):
    db = slug(r)
    return "lib/appfolio/client.rb", fill('''# frozen_string_literal: true

require "faraday"
require "json"

module Appfolio
  class Client
    DATABASE = "<<db>>"

    def initialize(client_id: "<<cid>>", client_secret: "<<S>>")
      @conn = Faraday.new(url: "https://#{DATABASE}.appfolio.com/api/v1/reports/") do |f|
        f.request :authorization, :basic, client_id, client_secret
        f.response :raise_error
      end
    end

    def rent_roll(as_of: Date.today)
      JSON.parse(@conn.post("rent_roll.json", { as_of_to: as_of.iso8601 }.to_json,
                            "Content-Type" => "application/json").body)
    end
  end
end
''', db=db, cid=hexs(r, 32), S=S)


@pos("appfolio", "oauth_client_secret", "yaml", sec_b62(32), "APPFOLIO_CLIENT_SECRET")
def p_appfolio_yaml(r):
    return "config/integrations.yml", fill('''default: &default
  appfolio:
    database: <<db>>
    reports:
      - rent_roll
      - delinquency
      - work_order
  geocoder:
    provider: census

production:
  <<: *default
  appfolio:
    database: <<db>>
    client_id: <<cid>>
    client_secret: <<S>>
    reports:
      - rent_roll
      - delinquency
''', db=slug(r), cid=hexs(r, 32), S=S).replace("<<: *default", "<<: *default")


@pos("yardi", "password", "xml", pw_human, "YARDI_PASSWORD")
def p_yardi_soap(r):
    return "templates/yardi/GetResidentTransactions_Login.xml", fill('''<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:itf="http://tempuri.org/YSI.Interfaces.WebServices/ItfResidentTransactions20">
  <soap:Body>
    <itf:GetResidentTransactions_Login>
      <itf:UserName><<user>></itf:UserName>
      <itf:Password><<S>></itf:Password>
      <itf:ServerName><<srv>></itf:ServerName>
      <itf:Database><<db>></itf:Database>
      <itf:Platform>SQL Server</itf:Platform>
      <itf:YardiPropertyId>{{ property_code }}</itf:YardiPropertyId>
      <itf:InterfaceEntity><<ent>></itf:InterfaceEntity>
      <itf:InterfaceLicense>{{ interface_license }}</itf:InterfaceLicense>
    </itf:GetResidentTransactions_Login>
  </soap:Body>
</soap:Envelope>
''', user=slug(r) + "_itf", S=S, srv="%s_live" % slug(r), db="%s_prod" % slug(r),
                ent=r.choice(["Parkside Portal", "Resident Payments", "Lease Sync"]))


@pos("yardi", "password", "props", pw_human, "YARDI_PASSWORD")
def p_yardi_props(r):
    s = slug(r)
    return "src/main/resources/application-prod.properties", fill('''spring.application.name=yardi-bridge
server.port=8080
management.endpoints.web.exposure.include=health,info

yardi.voyager.url=https://www.yardipcv.com/<<code>>/webservices/itfresidentdata.asmx
yardi.voyager.username=<<s>>_svc
yardi.voyager.password=<<S>>
yardi.voyager.server-name=<<s>>_live
yardi.voyager.database=<<s>>_prod
yardi.voyager.platform=SQL Server
yardi.voyager.interface-entity=<<ent>>
yardi.sync.cron=0 */30 * * * *
''', code=rs(r, 8, LOW36), s=s, S=S, ent=s.title() + " Resident Portal")


@pos("entrata", "api_key", "php", sec_b62(40), "ENTRATA_API_KEY")
def p_entrata_php(r):
    sub = slug(r)
    return "src/Pms/EntrataGateway.php", fill('''<?php

declare(strict_types=1);

namespace Acme\\Pms;

use GuzzleHttp\\Client;

final class EntrataGateway
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://<<sub>>.entrata.com/api/v1/',
            'headers'  => [
                'X-Api-Key'    => '<<S>>',
                'Content-Type' => 'application/json; charset=utf-8',
            ],
        ]);
    }

    public function getLeases(int $propertyId): array
    {
        $res = $this->http->post('leases', ['json' => [
            'auth'      => ['type' => 'apikey'],
            'requestId' => random_int(1, PHP_INT_MAX),
            'method'    => ['name' => 'getLeases', 'version' => 'r2', 'params' => ['propertyId' => $propertyId]],
        ]]);
        return json_decode((string) $res->getBody(), true)['response']['result'] ?? [];
    }
}
''', sub=sub, S=S)


@pos("realpage", "oauth_client_secret", "ini", sec_b62(32), "REALPAGE_CLIENT_SECRET")
def p_realpage_ini(r):
    return "conf/realpage.cfg", fill('''[realpage]
base_url = https://gateway.realpage.com/api/v1
token_url = https://auth.realpage.com/oauth2/token
pmc_id = <<pmc>>
site_ids = <<sites>>
client_id = <<cid>>
client_secret = <<S>>

[export]
directory = /srv/exports/realpage
formats = csv,parquet
''', pmc=r.randint(1000000, 9999999), sites=",".join(str(r.randint(1000000, 9999999)) for _ in range(3)),
                cid=guid(r), S=S)


@pos("rentmanager", "api_token", "py", lambda r: b64bytes(r, 48, url=True, pad=False), "RM_PARTNER_TOKEN")
def p_rentmanager_py(r):
    corp = slug(r)
    return "integrations/rent_manager.py", fill('''import requests


class RentManager:
    def __init__(self, corp, token):
        self.base = f"https://{corp}.api.rentmanager.com"
        self.s = requests.Session()
        self.s.headers["X-RM12Api-ApiToken"] = token

    def tenants(self, page=1):
        res = self.s.get(f"{self.base}/Tenants", params={"pagesize": 500, "pagenumber": page,
                                                          "embeds": "Leases,Balance"})
        res.raise_for_status()
        return res.json()


rm = RentManager("<<corp>>", "<<S>>")
''', corp=corp, S=S)


# ================================================================ e-signature / showings
@pos("docusign", "oauth_client_secret", "json", sec_guid, "DOCUSIGN_SECRET_KEY",
     public=lambda r: guid(r))
def p_docusign_json(r):
    return "config/docusign.json", fill('''{
  "environment": "production",
  "oauthBasePath": "account.docusign.com",
  "basePath": "https://na3.docusign.net/restapi",
  "integrationKey": "<<ik>>",
  "secretKey": "<<S>>",
  "redirectUri": "https://app.<<slug>>realty.com/esign/callback",
  "accountId": "<<acct>>",
  "templates": {
    "listingAgreement": "<<t1>>",
    "leadBasedPaintDisclosure": "<<t2>>"
  }
}
''', ik=guid(r), S=S, slug=slug(r), acct=guid(r), t1=guid(r), t2=guid(r))


@pos("docusign", "webhook_secret", "py", sec_b64_32, "DOCUSIGN_CONNECT_HMAC_KEY")
def p_docusign_hmac(r):
    return "webhooks/docusign_connect.py", fill('''import base64
import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("docusign_connect", __name__)

CONNECT_HMAC_KEY = "<<S>>"


def _valid(body: bytes) -> bool:
    digest = base64.b64encode(hmac.new(CONNECT_HMAC_KEY.encode(), body, hashlib.sha256).digest()).decode()
    sigs = [v for k, v in request.headers.items() if k.lower().startswith("x-docusign-signature-")]
    return any(hmac.compare_digest(digest, s) for s in sigs)


@bp.post("/hooks/docusign")
def connect_event():
    if not _valid(request.get_data()):
        abort(401)
    event = request.get_json()
    if event.get("event") == "envelope-completed":
        envelope_id = event["data"]["envelopeId"]
        # mark the transaction file as fully executed
        from .tasks import mark_executed
        mark_executed.delay(envelope_id)
    return "", 204
''', S=S)


@pos("docusign", "private_key", "pem", sec_pem, "DOCUSIGN_PRIVATE_KEY", pem=True)
def p_docusign_keyfile(r):
    return r.choice(["config/docusign/private.key", "certs/docusign-jwt.pem",
                     "app/esign/keys/rsa_private.pem"]), S + "\n"


@pos("docusign", "private_key", "yaml", sec_pem, "DOCUSIGN_PRIVATE_KEY", pem=True)
def p_docusign_helm(r):
    return "charts/esign-service/values-prod.yaml", fill('''replicaCount: 2
image:
  repository: registry.<<slug>>.io/esign-service
  tag: "<<tag>>"
ingress:
  enabled: true
  host: esign.<<slug>>realty.com
docusign:
  authServer: account.docusign.com
  userId: <<uid>>
  integrationKey: <<ik>>
  privateKey: |
    <<S>>
resources:
  requests:
    cpu: 100m
    memory: 256Mi
''', slug=slug(r), tag="%d.%d.%d" % (r.randint(1, 3), r.randint(0, 30), r.randint(0, 9)),
                uid=guid(r), ik=guid(r), S=S)


@pos("showingtime", "api_key", "js", sec_hex32, "SHOWINGTIME_API_KEY")
def p_showingtime_js(r):
    return "src/showings/client.js", fill('''import { request } from 'undici';

const ST_BASE = 'https://api.showingtime.com/v2';
const apiKey = '<<S>>';

export async function listShowings(listingId, from, to) {
  const { body, statusCode } = await request(
    `${ST_BASE}/listings/${encodeURIComponent(listingId)}/appointments?from=${from}&to=${to}`,
    { headers: { 'x-api-key': apiKey, accept: 'application/json' } },
  );
  if (statusCode >= 400) throw new Error(`showingtime ${statusCode}`);
  return body.json();
}
''', S=S)


# ================================================================ mortgage
@pos("encompass", "oauth_client_secret", "py", sec_b62(64), "ENCOMPASS_CLIENT_SECRET")
def p_encompass_py(r):
    inst = "BE1%07d" % r.randint(0, 9999999)
    return "los/encompass_auth.py", fill('''import base64
import os

import requests

TOKEN_URL = "https://api.elliemae.com/oauth2/v1/token"
INSTANCE_ID = "<<inst>>"
CLIENT_ID = "<<cid>>"
CLIENT_SECRET = "<<S>>"


def access_token():
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    res = requests.post(
        TOKEN_URL,
        headers={"Authorization": f"Basic {basic}"},
        data={
            "grant_type": "password",
            "username": f"{os.environ['ENCOMPASS_USER']}@encompass:{INSTANCE_ID}",
            "password": os.environ["ENCOMPASS_PASSWORD"],
        },
        timeout=30,
    )
    res.raise_for_status()
    return res.json()["access_token"]
''', inst=inst, cid=rs(r, 7, LOW36), S=S)


@pos("encompass", "oauth_client_secret", "go", sec_b62(64), "ENCOMPASS_CLIENT_SECRET")
def p_encompass_go(r):
    return "internal/los/client.go", fill('''package los

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2/clientcredentials"
)

// NewClient returns an http.Client that injects an Encompass bearer token.
func NewClient(ctx context.Context) *http.Client {
	cfg := clientcredentials.Config{
		ClientID:     "<<cid>>",
		ClientSecret: "<<S>>",
		TokenURL:     "https://api.elliemae.com/oauth2/v1/token",
		Scopes:       []string{"lp"},
	}
	c := cfg.Client(ctx)
	c.Timeout = 45 * time.Second
	return c
}

const loanPipelineURL = "https://api.elliemae.com/encompass/v3/loanPipeline"
''', cid=rs(r, 7, LOW36), S=S)


@pos("optimalblue", "oauth_client_secret", "yaml", sec_azure, "OB_CLIENT_SECRET")
def p_optimalblue_yaml(r):
    return "pricing/config/optimalblue.yaml", fill('''optimal_blue:
  environment: production
  token_url: https://login.microsoftonline.com/<<tenant>>/oauth2/v2.0/token
  scope: https://marketplace.optimalblue.com/.default
  client_id: <<cid>>
  client_secret: '<<S>>'
  business_channel_id: <<bc>>
  originator_id: <<oid>>
  default_search:
    loan_purpose: Purchase
    lock_period_days: 30
    property_type: SingleFamily
''', tenant=guid(r), cid=guid(r), S=S, bc=r.randint(10000, 99999), oid=r.randint(100000, 999999))


@pos("credit_sftp", "sftp_password", "sh", pw_human, "BUREAU_SFTP_PASSWORD")
def p_credit_sftp_sh(r):
    h = host(r, "sftp")
    return "cron/pull-credit-reports.sh", fill('''#!/bin/bash
# Nightly pickup of tri-merge credit responses from the bureau drop box.
# crontab: 15 2 * * * /opt/los/cron/pull-credit-reports.sh >> /var/log/los/credit-pull.log 2>&1
set -eu

REMOTE=<<user>>@<<h>>
INBOX=/srv/los/inbound/credit/$(date +%Y%m%d)
mkdir -p "$INBOX"

SSHPASS='<<S>>' sshpass -e sftp -oBatchMode=no -b - "$REMOTE" <<EOF
cd /outbound/responses
lcd $INBOX
mget *.xml
bye
EOF

find "$INBOX" -name '*.xml' -newer /srv/los/.last_credit_pull -print
touch /srv/los/.last_credit_pull
''', user="lender%d" % r.randint(1000, 99999), h=h, S=S)


@pos("verification_sftp", "sftp_password", "yaml", pw_human, "VOE_SFTP_PASSWORD")
def p_voe_sftp_yaml(r):
    return "config/transfers.yaml", fill('''transfers:
  - name: voe-results
    protocol: sftp
    host: <<h>>
    port: 22
    username: <<user>>
    password: "<<S>>"
    remote_dir: /out/voe
    local_dir: /data/inbound/voe
    pattern: "*.json"
    schedule: "0 */2 * * *"
  - name: appraisal-reports
    protocol: s3
    bucket: <<slug>>-appraisals
    prefix: incoming/
    schedule: "30 * * * *"
''', h=host(r, "sftp"), user=slug(r) + "_voe", S=S, slug=slug(r))


# ================================================================ smart locks / access
@pos("latch", "oauth_client_secret", "py", sec_auth0, "LATCH_CLIENT_SECRET")
def p_latch_py(r):
    return "access/latch_m2m.py", fill('''import time

import requests

AUTH_URL = "https://auth.prod.latch.com/v1/oauth/token"


class LatchPartner:
    def __init__(self):
        self.client_id = "<<cid>>"
        self.client_secret = "<<S>>"
        self._tok, self._exp = None, 0

    def token(self):
        if self._tok and time.time() < self._exp - 30:
            return self._tok
        res = requests.post(AUTH_URL, json={
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "audience": "https://rest.latch.com",
        }, timeout=20)
        res.raise_for_status()
        body = res.json()
        self._tok, self._exp = body["access_token"], time.time() + body["expires_in"]
        return self._tok
''', cid=rs(r, 32, string.ascii_letters + string.digits), S=S)


@pos("smartrent", "api_token", "rb", sec_b62(40), "SMARTRENT_API_TOKEN")
def p_smartrent_rb(r):
    return "app/services/smart_rent/access_codes.rb", fill('''module SmartRent
  class AccessCodes
    BASE = "https://control.smartrent.com/api/v1".freeze

    def initialize(token = "<<S>>")
      @http = HTTP.auth("Bearer #{token}").accept(:json)
    end

    def create_for_showing(unit_id:, starts_at:, ends_at:)
      @http.post("#{BASE}/units/#{unit_id}/access-codes", json: {
        name: "Self-guided tour",
        starts_at: starts_at.iso8601,
        ends_at: ends_at.iso8601,
        type: "guest"
      }).parse
    end
  end
end
''', S=S)


@pos("schlage", "api_key", "json", sec_hex32, "ALLEGION_SUBSCRIPTION_KEY")
def p_schlage_json(r):
    return "config/locks/allegion.json", fill('''{
  "provider": "allegion-engage",
  "baseUrl": "https://api.allegion.com/engage/v1",
  "headers": {
    "alle-subscription-key": "<<S>>",
    "Accept": "application/json"
  },
  "site": {
    "name": "<<bldg>>",
    "siteId": <<site>>,
    "timezone": "<<tz>>"
  },
  "doors": ["lobby", "mail-room", "fitness", "roof-deck"]
}
''', S=S, bldg=r.choice(STREETS) + " Lofts", site=r.randint(10000, 99999), tz=r.choice(TZS))


# ================================================================ cloud / payments / mail / chat
@pos("aws", "secret_access_key", "tf", sec_aws, "AWS_SECRET_ACCESS_KEY")
def p_aws_tf(r):
    return "infra/terraform/providers.tf", fill('''terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "<<region>>"
  access_key = "<<kid>>"
  secret_key = "<<S>>"

  default_tags {
    tags = {
      project = "listing-media"
      owner   = "platform"
    }
  }
}
''', region=r.choice(["us-east-1", "us-east-2", "us-west-2"]), kid=aws_key_id(r), S=S)


@pos("aws", "secret_access_key", "ini", sec_aws, "AWS_SECRET_ACCESS_KEY")
def p_aws_credentials(r):
    return "deploy/aws/credentials", fill('''[default]
region = <<region>>
output = json

[listing-photos-uploader]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<S>>
region = <<region>>
''', region=r.choice(["us-east-1", "us-west-2"]), kid=aws_key_id(r), S=S)


@pos("stripe", "api_key", "php", sec_stripe, "STRIPE_SECRET_KEY",
     public=lambda r: "pk_live_" + rs(r, 99, string.ascii_letters + string.digits))
def p_stripe_php(r):
    return "portal/payments/charge-rent.php", fill('''<?php
require_once __DIR__ . '/../../vendor/autoload.php';
require_once __DIR__ . '/../lib/ledger.php';

\\Stripe\\Stripe::setApiKey('<<S>>');

$lease  = Ledger::currentLease((int) $_SESSION['tenant_id']);
$amount = Ledger::amountDueCents($lease);

$intent = \\Stripe\\PaymentIntent::create([
    'amount'               => $amount,
    'currency'             => 'usd',
    'customer'             => $lease['stripe_customer'],
    'payment_method_types' => ['us_bank_account', 'card'],
    'metadata'             => ['lease_id' => $lease['id'], 'unit' => $lease['unit_code']],
]);

header('Content-Type: application/json');
echo json_encode(['clientSecret' => $intent->client_secret]);
''', S=S)


@pos("stripe", "webhook_secret", "py", sec_whsec, "STRIPE_WEBHOOK_SECRET")
def p_stripe_webhook(r):
    return "payments/webhooks.py", fill('''import stripe
from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()
endpoint_secret = "<<S>>"


@router.post("/stripe/webhook")
async def stripe_webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400)
    if event["type"] == "payment_intent.succeeded":
        lease_id = event["data"]["object"]["metadata"].get("lease_id")
        await post_rent_payment(lease_id, event["data"]["object"]["amount_received"])
    return {"received": True}
''', S=S)


@pos("stripe", "api_key", "toml", sec_stripe_rk, "STRIPE_RESTRICTED_KEY")
def p_stripe_toml(r):
    return "config/production.toml", fill('''[server]
bind = "0.0.0.0:8080"
workers = <<w>>

[database]
pool_size = 20

[payments]
provider = "stripe"
restricted_key = "<<S>>"
statement_descriptor = "<<desc>>"
ach_only = <<ach>>

[features]
autopay = true
late_fee_grace_days = 5
''', w=r.choice([2, 4, 8]), S=S, desc=slug(r).upper()[:10] + " RENT", ach=r.choice(["true", "false"]))


@pos("sendgrid", "api_key", "js", sec_sendgrid, "SENDGRID_API_KEY")
def p_sendgrid_node(r):
    return "services/notifications/email.js", fill('''const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('<<S>>');

const FROM = { email: 'noreply@<<slug>>realty.com', name: '<<broker>>' };

async function sendSavedSearchDigest(user, listings) {
  await sgMail.send({
    to: user.email,
    from: FROM,
    templateId: 'd-<<tid>>',
    dynamicTemplateData: { firstName: user.firstName, listings: listings.slice(0, 12) },
  });
}

module.exports = { sendSavedSearchDigest };
''', S=S, slug=slug(r), broker=r.choice(BROKERS), tid=hexs(r, 32))


@pos("twilio", "auth_token", "py", sec_twilio, "TWILIO_AUTH_TOKEN")
def p_twilio_py(r):
    return "showings/sms.py", fill('''from twilio.rest import Client

ACCOUNT_SID = "AC<<sid>>"
client = Client(ACCOUNT_SID, "<<S>>")
FROM_NUMBER = "+1<<num>>"


def confirm_showing(to_number, address, when):
    body = f"Your showing at {address} is confirmed for {when:%b %d at %I:%M %p}. Reply C to cancel."
    return client.messages.create(to=to_number, from_=FROM_NUMBER, body=body).sid
''', sid=hexs(r, 32), S=S, num="%03d%07d" % (r.randint(201, 989), r.randint(0, 9999999)))


@pos("mailgun", "api_key", "toml", sec_mailgun, "MAILGUN_API_KEY")
def p_mailgun_toml(r):
    return "pyproject-settings/mail.toml", fill('''# mail settings for the lease-renewal reminder worker
[mail]
backend = "mailgun"
domain = "mg.<<slug>>pm.com"
api_base = "https://api.mailgun.net/v3"
api_key = "<<S>>"
from = "Resident Services <residents@<<slug>>pm.com>"

[mail.reminders]
days_before = [90, 60, 30]
''', slug=slug(r), S=S)


@pos("mapbox", "secret_token", "js", sec_mapbox_sk, "MAPBOX_SECRET_TOKEN",
     public=lambda r: mapbox_token(r, "pk"))
def p_mapbox_upload(r):
    return "tools/upload-parcels-tileset.mjs", fill('''// Upload the county parcel GeoJSON as a Mapbox tileset source.
import fs from 'node:fs';
import mbxClient from '@mapbox/mapbox-sdk';
import mbxTilesets from '@mapbox/mapbox-sdk/services/tilesets.js';

const base = mbxClient({ accessToken: '<<S>>' });
const tilesets = mbxTilesets(base);

const file = process.argv[2] ?? 'data/parcels-<<county>>.geojson.ld';
await tilesets
  .createTilesetSource({ id: 'parcels-<<county>>', file: fs.createReadStream(file) })
  .send();
console.log('uploaded', file);
''', S=S, county=r.choice(["travis", "hennepin", "king", "maricopa", "wake", "dallas"]))


@pos("github", "personal_access_token", "yaml", sec_github, "GH_PAT")
def p_github_workflow(r):
    return ".github/workflows/deploy-idx-site.yml", fill('''name: deploy-idx-site
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: <<S>>
      - uses: shivammathur/setup-php@v2
        with:
          php-version: "8.2"
      - run: composer install --no-dev --prefer-dist
      - run: ./bin/deploy.sh production
        env:
          WP_ENV: production
''', S=S)


@pos("slack", "webhook_url", "py", sec_slack_hook, "SLACK_WEBHOOK_URL")
def p_slack_py(r):
    return "ops/alerts.py", fill('''import json
import urllib.request

ALERT_HOOK = "<<S>>"


def notify_feed_lag(feed, minutes):
    msg = {"text": f":warning: {feed} replication is {minutes} min behind", "username": "feed-bot"}
    req = urllib.request.Request(ALERT_HOOK, data=json.dumps(msg).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', S=S)


# ================================================================ databases
@pos("postgres", "database_password", "yaml", pw_url, "POSTGRES_PASSWORD")
def p_pg_compose(r):
    return "docker-compose.yml", fill('''services:
  api:
    build: .
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgres://listings:<<S>>@db:5432/listings
      REDIS_URL: redis://redis:6379/0
      SYNC_INTERVAL_MINUTES: "<<m>>"
    depends_on: [db, redis]
  db:
    image: postgis/postgis:16-3.4
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7-alpine
volumes:
  pgdata: {}
''', S=S, m=r.choice([5, 10, 15]))


@pos("mysql", "database_password", "php", pw_human, "DB_PASSWORD")
def p_wp_config(r):
    s = slug(r)
    return "wp-config.php", fill("""<?php
/** WordPress configuration for the IDX marketing site. */

define( 'DB_NAME', '<<s>>_wp' );
define( 'DB_USER', '<<s>>_wp' );
define( 'DB_PASSWORD', '<<S>>' );
define( 'DB_HOST', '<<h>>' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'IDX_CACHE_TTL', <<ttl>> );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", s=s, S=S, h=host(r, "db"), ttl=r.choice([300, 900, 3600]))


@pos("mongodb", "database_password", "js", pw_url, "MONGO_URI")
def p_mongo_js(r):
    return "src/db.js", fill('''import mongoose from 'mongoose';

const uri = 'mongodb+srv://leads-app:<<S>>@cluster0.<<c>>.mongodb.net/leads?retryWrites=true&w=majority';

export async function connect() {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { maxPoolSize: 10 });
  return mongoose.connection;
}
''', S=S, c=rs(r, 5, LOW36))


@pos("redis", "database_password", "yaml", pw_url, "REDIS_URL")
def p_redis_sidekiq(r):
    return "config/cable.yml", fill('''development:
  adapter: redis
  url: redis://localhost:6379/1

test:
  adapter: test

production:
  adapter: redis
  url: rediss://default:<<S>>@<<h>>:6380/0
  channel_prefix: showings_production
''', S=S, h="%s-cache.%s.cache.amazonaws.com" % (slug(r), rs(r, 6, LOW36)))


@pos("mysql", "database_password", "php", pw_human, "DB_PASSWORD")
def p_laravel_db(r):
    return "config/database.php", fill("""<?php

use Illuminate\\Support\\Str;

return [

    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [

        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '<<h>>'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'tenant_portal'),
            'username' => env('DB_USERNAME', 'portal'),
            'password' => env('DB_PASSWORD', '<<S>>'),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'prefix' => '',
            'strict' => true,
        ],

    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => ['prefix' => Str::slug(env('APP_NAME', 'portal'), '_').'_db_'],
    ],

];
""", h=host(r, "db"), S=S)


@pos("postgres", "database_password", "yaml", pw_human, "SPRING_DATASOURCE_PASSWORD")
def p_spring_yaml(r):
    return "services/loan-docs/src/main/resources/application.yml", fill('''spring:
  application:
    name: loan-docs
  datasource:
    url: jdbc:postgresql://<<h>>:5432/loandocs
    username: loandocs_app
    password: <<S>>
    hikari:
      maximum-pool-size: 12
  jpa:
    open-in-view: false
encompass:
  base-url: https://api.elliemae.com
  document-folder: "Closing Package"
''', h=host(r, "db"), S=S)


# ================================================================ leaks in odd places
@pos("mlsgrid", "bearer_token", "env", sec_hex40, "MLSGRID_ACCESS_TOKEN")
def p_dotenv(r):
    return r.choice([".env", ".env.production", "services/replicator/.env"]), fill('''APP_ENV=production
LOG_LEVEL=info
MLSGRID_SYSTEM=<<sys>>
MLSGRID_ACCESS_TOKEN=<<S>>
PHOTO_CDN=https://photos.<<slug>>realty.com
SYNC_BATCH=1000
''', sys=r.choice(MLS_SYS), S=S, slug=slug(r))


@pos("spark", "bearer_token", "log", sec_spark, "SPARK_ACCESS_TOKEN")
def p_log_leak(r):
    t0 = ts(r)
    rid = [hexs(r, 16) for _ in range(4)]
    return "logs/idx-sync-%s.log" % t0[:10], fill('''<<t>>Z INFO  [sync] starting incremental listing sync (since=<<since>>)
<<t>>Z DEBUG [http] GET https://sparkapi.com/v1/listings?_limit=25&_page=1 request_id=<<r0>>
<<t>>Z DEBUG [http] headers={'User-Agent': 'IDX-Sync/3.2', 'X-SparkApi-User-Agent': 'IDX-Sync', 'Authorization': 'Bearer <<S>>', 'Accept': 'application/json'}
<<t>>Z INFO  [http] 200 OK in 412ms request_id=<<r0>>
<<t>>Z DEBUG [http] GET https://sparkapi.com/v1/listings?_limit=25&_page=2 request_id=<<r1>>
<<t>>Z INFO  [http] 200 OK in 388ms request_id=<<r1>>
<<t>>Z INFO  [sync] upserted 47 listings, 3 withdrawn, 0 errors
<<t>>Z INFO  [photos] queued 312 media downloads (batch <<r2>>)
''', t=t0, since=ts(r), r0=rid[0], r1=rid[1], r2=rid[2], S=S)


@pos("rets", "rets_password", "csv", pw_human, "RETS_PASSWORD")
def p_csv_leak(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        rows.append("%s,%s,%s,%s,%s" % (r.choice(MLS_SYS), r.choice(["web_api", "idx_widget", "vow"]),
                                        r.choice(["trestle", "bridge", "mlsgrid", "spark"]),
                                        person(r), date(r)))
    rows.insert(r.randint(0, len(rows)), "%s,rets,%s,%s,%s" % (r.choice(MLS_SYS), "rets_user=%s;rets_pass=<<S>>" % (
        rs(r, 2, string.ascii_uppercase) + str(r.randint(1000, 9999))), person(r), date(r)))
    return "docs/feeds/feed_inventory.csv", fill("mls,feed_type,vendor_or_credentials,owner,last_reviewed\n" + "\n".join(rows) + "\n", S=S)


@pos("rentcast", "api_key", "sql", sec_hex32, "RENTCAST_API_KEY")
def p_sql_seed(r):
    return "db/seeds/003_integration_settings.sql", fill('''-- integration settings for the staging portfolio
INSERT INTO integration_settings (provider, setting_key, setting_value, updated_at) VALUES
  ('rentcast', 'base_url', 'https://api.rentcast.io/v1', NOW()),
  ('rentcast', 'api_key', '<<S>>', NOW()),
  ('rentcast', 'comp_count', '<<cc>>', NOW()),
  ('census', 'geocoder_benchmark', 'Public_AR_Current', NOW());

INSERT INTO portfolios (id, name, market) VALUES
  (<<pid>>, '<<pname>>', '<<city>>');
''', S=S, cc=r.choice([5, 10, 15]), pid=r.randint(10, 999), pname=r.choice(BROKERS), city=r.choice(CITIES)[0])


@pos("attom", "api_key", "docker", sec_hex32, "ATTOM_API_KEY")
def p_dockerfile(r):
    return r.choice(["Dockerfile", "docker/valuation.Dockerfile"]), fill('''FROM python:3.12-slim

WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
ENV PYTHONUNBUFFERED=1 \\
    ATTOM_API_KEY=<<S>> \\
    AVM_CACHE_TTL=86400

EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "valuation.app:app"]
''', S=S)


@pos("rets", "rets_ua_password", "yaml", pw_human, "RETS_UA_PASSWORD")
def p_ansible_rets(r):
    return "ansible/group_vars/rets_importers.yml", fill('''---
rets_importer_version: "<<v>>"
rets_feeds:
  - name: <<mls>>
    login_url: https://rets.<<mls>>.com/rets/login
    username: "{{ vault_rets_<<mls>>_user }}"
    password: "{{ vault_rets_<<mls>>_password }}"
    user_agent: "<<ua>>/1.5"
    user_agent_password: "<<S>>"
    classes: [RE_1, LD_2]
rets_importer_cron_minute: "*/20"
''', v="2.%d.%d" % (r.randint(0, 9), r.randint(0, 9)), mls=r.choice(MLS_SYS), ua=slug(r).title() + "Import", S=S)


@pos("attom", "api_key", "java", sec_hex32, "ATTOM_API_KEY")
def p_java_attom(r):
    return "src/main/java/com/%s/avm/AvmConfig.java" % slug(r), fill('''package com.<<slug>>.avm;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AvmConfig {

    @Bean
    public AttomClient attomClient() {
        return new AttomClient(
                "https://api.gateway.attomdata.com/propertyapi/v1.0.0",
                "<<S>>",
                java.time.Duration.ofSeconds(<<t>>));
    }

    @Bean
    public CompSelector compSelector(AttomClient attom) {
        return new CompSelector(attom, 0.75, 12);
    }
}
''', slug=slug(r), S=S, t=r.choice([10, 20, 30]))


@pos("credit_sftp", "sftp_password", "ps1", pw_human, "BUREAU_SFTP_PASSWORD")
def p_ps1_winscp(r):
    return "scripts/windows/Send-VerificationBatch.ps1", fill('''# Uploads the nightly VOE/VOI request batch to the verification vendor.
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "<<h>>"
    UserName = "<<user>>"
    Password = "<<S>>"
    SshHostKeyFingerprint = "ssh-ed25519 255 <<fp>>"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $session.PutFiles("D:\\LOS\\outbound\\voe\\*.csv", "/inbound/").Check()
}
finally {
    $session.Dispose()
}
''', h=host(r, "sftp"), user="lender_%d" % r.randint(100, 9999), S=S, fp=b64bytes(r, 32, pad=False))


@pos("spark", "bearer_token", "crontab", sec_spark, "SPARK_TOKEN")
def p_crontab(r):
    return "deploy/cron/idx.crontab", fill('''# m h dom mon dow command
MAILTO=ops@<<slug>>realty.com
SHELL=/bin/bash
*/10 * * * * /opt/idx/bin/sync-listings --mls <<mls>> --token <<S>> >> /var/log/idx/sync.log 2>&1
30 3 * * * /opt/idx/bin/prune-photos --older-than 30d >> /var/log/idx/prune.log 2>&1
0 5 * * 1 /opt/idx/bin/sitemap --out /var/www/html/sitemap-listings.xml
''', slug=slug(r), mls=r.choice(MLS_SYS), S=S)


@pos("mlsgrid", "bearer_token", "netrc", sec_hex40, "MLSGRID_TOKEN")
def p_netrc(r):
    return "ops/replication/netrc", fill('''machine api.mlsgrid.com
  login <<user>>
  password <<S>>

machine downloads.<<slug>>-internal.net
  login readonly
  password {{ lookup('env', 'ARTIFACT_PASSWORD') }}
''', user=slug(r) + "-replication", S=S, slug=slug(r))


# ================================================================ look-alike negatives
def ipv4(r):
    return "%d.%d.%d.%d" % (r.choice([10, 34, 52, 54, 172, 198, 203]), r.randint(0, 255),
                            r.randint(0, 255), r.randint(1, 254))


def mac(r):
    return ":".join("%02X" % r.randint(0, 255) for _ in range(6))


def skiptoken(r):
    raw = json.dumps({"k": hexs(r, 32), "t": ts(r) + "Z", "p": r.randint(1, 400)}, separators=(",", ":"))
    return base64.b64encode(raw.encode()).decode()


@neg("mls", "lookalike_listing_keys")
def n_listing_csv(r):
    lines = ["ListingKey,ListingId,ParcelNumber,StandardStatus,ListPrice,UnparsedAddress,ModificationTimestamp"]
    for _ in range(r.randint(8, 18)):
        lines.append("%s,%s,%s,%s,%d,\"%s\",%sZ" % (hexs(r, 32), mls_num(r), apn(r), r.choice(STATUSES),
                                                   price(r), addr_line(r), ts(r)))
    return "exports/listings_%s.csv" % date(r).replace("-", ""), "\n".join(lines) + "\n"


@neg("reso", "lookalike_odata_page")
def n_reso_json(r):
    ds = r.choice(MLS_SYS)
    vals = []
    for _ in range(r.randint(2, 4)):
        a = addr(r)
        vals.append({"@odata.id": "https://api.bridgedataoutput.com/api/v2/OData/%s/Property('%s')" % (ds, hexs(r, 32)),
                     "ListingKey": hexs(r, 32), "ListingId": mls_num(r), "ParcelNumber": apn(r),
                     "ListPrice": price(r), "City": a["city"], "PostalCode": a["zip"],
                     "OriginatingSystemKey": str(r.randint(10 ** 7, 10 ** 9)),
                     "ModificationTimestamp": ts(r) + ".000Z"})
    doc = {"@odata.context": "https://api.bridgedataoutput.com/api/v2/OData/%s/$metadata#Property" % ds,
           "value": vals,
           "@odata.nextLink": "https://api.bridgedataoutput.com/api/v2/OData/%s/Property?$skiptoken=%s" % (ds, skiptoken(r))}
    return "tests/fixtures/reso/property_page_%d.json" % r.randint(1, 9), json.dumps(doc, indent=2) + "\n"


@neg("locks", "lookalike_lock_serials")
def n_lock_inventory(r):
    lines = ["unit,lock_model,serial_number,mac_address,firmware,firmware_sha256,installed_on"]
    for i in range(r.randint(6, 14)):
        lines.append("%d%02d,%s,%s,%s,%s,%s,%s" % (r.randint(1, 12), i + 1,
                     r.choice(["Schlage BE489WB", "Latch C2", "Yale Assure 2", "Schlage NDEB"]),
                     r.choice(["SN", "LC", "YA"]) + rs(r, 12, UP36), mac(r),
                     "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 99)), hexs(r, 64), date(r)))
    return "ops/inventory/locks_%s.csv" % r.choice(STREETS).lower().replace(" ", "_"), "\n".join(lines) + "\n"


@neg("encompass", "lookalike_loan_guids")
def n_encompass_log(r):
    out = []
    for _ in range(r.randint(6, 12)):
        out.append("%sZ INFO pipeline.sync loan={%s} loanNumber=%s folder=\"%s\" milestone=%s etag=\"%s\"" % (
            ts(r), guid(r), loan_num(r), r.choice(["My Pipeline", "Closed Loans", "Prospects"]),
            r.choice(["Started", "Processing", "Submittal", "Approval", "Docs Out", "Funding"]), hexs(r, 32)))
    return "logs/encompass-pipeline-%s.log" % date(r), "\n".join(out) + "\n"


@neg("media", "lookalike_digests")
def n_media_manifest(r):
    items = [{"listingKey": hexs(r, 32), "order": i, "url": "https://photos.%srealty.com/%s/%s.jpg" % (slug(r), hexs(r, 2), hexs(r, 40)),
              "sha256": hexs(r, 64), "etag": "\"%s\"" % hexs(r, 32), "bytes": r.randint(80000, 900000)}
             for i in range(r.randint(3, 7))]
    return "data/media/manifest-%d.json" % r.randint(1000, 9999), json.dumps({"generated": ts(r) + "Z", "items": items}, indent=2) + "\n"


@neg("npm", "lookalike_integrity_hashes")
def n_package_lock(r):
    pk = ["axios", "dayjs", "leaflet", "mapbox-gl", "lodash.debounce", "zod", "undici"]
    r.shuffle(pk)
    deps = {}
    for name in pk[:r.randint(3, 6)]:
        v = "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 20))
        deps["node_modules/" + name] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], v),
                                         "integrity": "sha512-" + b64bytes(r, 64)}
    doc = {"name": "idx-frontend", "version": "2.%d.0" % r.randint(0, 20), "lockfileVersion": 3, "requires": True,
           "packages": dict([("", {"name": "idx-frontend"})] + list(deps.items()))}
    return "web/package-lock.json", json.dumps(doc, indent=2) + "\n"


@neg("docusign", "lookalike_envelope_ids")
def n_docusign_log(r):
    out = []
    for _ in range(r.randint(5, 10)):
        out.append("[%s] envelope %s status=%s account=%s template=%s recipients=%d" % (
            ts(r), guid(r), r.choice(["sent", "delivered", "completed", "voided"]), guid(r), guid(r), r.randint(1, 4)))
    return "storage/logs/esign-%s.log" % date(r), "\n".join(out) + "\n"


@neg("docusign", "lookalike_webhook_signature")
def n_webhook_fixture(r):
    doc = {"headers": {"Content-Type": "application/json", "X-DocuSign-Signature-1": b64bytes(r, 32),
                       "X-DocuSign-Signature-2": b64bytes(r, 32), "x-authorization-digest": "HMACSHA256",
                       "X-DocuSign-TLS-Certificate-Hash": hexs(r, 40)},
           "body": {"event": "envelope-completed", "apiVersion": "v2.1", "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (guid(r), guid(r)),
                    "retryCount": 0, "generatedDateTime": ts(r) + ".0000000Z",
                    "data": {"accountId": guid(r), "envelopeId": guid(r), "userId": guid(r)}}}
    return "tests/fixtures/docusign/connect_envelope_completed.json", json.dumps(doc, indent=2) + "\n"


@neg("docusign", "lookalike_public_key")
def n_public_key(r):
    raw = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + \
        bytes(r.getrandbits(8) for _ in range(256)) + bytes.fromhex("0203010001")
    body = "\n".join(["-----BEGIN PUBLIC KEY-----"] + pem_body(raw) + ["-----END PUBLIC KEY-----"])
    return r.choice(["config/jwt/public.pem", "keys/docusign_connect_public.pem"]), body + "\n"


def fake_cert(r):
    raw = bytes.fromhex("308203") + bytes(r.getrandbits(8) for _ in range(r.randint(700, 900)))
    return "\n".join(["-----BEGIN CERTIFICATE-----"] + pem_body(raw) + ["-----END CERTIFICATE-----"])


@neg("tls", "lookalike_certificate")
def n_certificate(r):
    return "docker/nginx/certs/ca-chain.crt", "# intermediate + root for the %s realty portal\n%s\n%s\n" % (
        slug(r), fake_cert(r), fake_cert(r))


@neg("sftp", "lookalike_host_keys")
def n_known_hosts(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        h = host(r, "sftp")
        lines.append("%s ssh-ed25519 %s" % (h, base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(r.getrandbits(8) for _ in range(32))).decode()))
        lines.append("%s,%s ssh-rsa %s" % (h, ipv4(r), base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + bytes(r.getrandbits(8) for _ in range(256))).decode()))
    return "deploy/sftp/known_hosts", "\n".join(lines) + "\n"


@neg("ssh", "lookalike_public_ssh_keys")
def n_authorized_keys(r):
    lines = ["# deploy users for the LOS batch host"]
    for _ in range(r.randint(2, 5)):
        lines.append("ssh-ed25519 %s %s" % (base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(r.getrandbits(8) for _ in range(32))).decode(),
                                           email_of(r)))
    return "ansible/roles/batch_host/files/authorized_keys", "\n".join(lines) + "\n"


def gmaps_key(r):
    return "AIza" + rs(r, 35, B64URL)


@neg("google_maps", "public_browser_key")
def n_google_maps_html(r):
    return "wp-content/themes/%s/template-parts/map-search.php" % slug(r), fill('''<?php
/* Map search block. The Maps JavaScript key below is a browser key restricted by HTTP referrer. */
?>
<div id="idx-map" data-lat="<<lat>>" data-lng="<<lng>>" data-zoom="11"></div>
<script async
  src="https://maps.googleapis.com/maps/api/js?key=<<k>>&libraries=places,drawing&callback=initIdxMap">
</script>
''', lat="%.5f" % r.uniform(29, 47), lng="%.5f" % r.uniform(-122, -80), k=gmaps_key(r))


@neg("mapbox", "public_token")
def n_mapbox_pk(r):
    return "web/src/components/ListingMap.tsx", fill('''import mapboxgl from 'mapbox-gl';
import { useEffect, useRef } from 'react';

// public (pk) token, URL-restricted to *.<<slug>>realty.com
mapboxgl.accessToken = '<<tok>>';

export function ListingMap({ lng, lat }: { lng: number; lat: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current!, style: 'mapbox://styles/mapbox/streets-v12', center: [lng, lat], zoom: 13 });
    new mapboxgl.Marker().setLngLat([lng, lat]).addTo(map);
    return () => map.remove();
  }, [lng, lat]);
  return <div ref={ref} className="h-80 w-full rounded" />;
}
''', slug=slug(r), tok=mapbox_token(r, "pk"))


@neg("recaptcha", "public_site_key")
def n_recaptcha(r):
    return "resources/views/contact-agent.blade.php", fill('''<form method="POST" action="{{ route('leads.store') }}">
    @csrf
    <input type="hidden" name="listing_key" value="<<lk>>">
    <input type="text" name="name" required>
    <input type="email" name="email" required>
    <textarea name="message">I'd like to schedule a showing for MLS# <<mls>>.</textarea>
    <div class="g-recaptcha" data-sitekey="6L<<sk>>"></div>
    <button type="submit">Contact agent</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', lk=hexs(r, 32), mls=mls_num(r), sk=rs(r, 38, B64URL))


@neg("stripe", "public_publishable_key")
def n_stripe_pk(r):
    return "portal/assets/js/pay-rent.js", fill('''// Publishable key: safe to ship to the browser.
const stripe = Stripe('pk_live_<<pk>>');
const elements = stripe.elements({ clientSecret: window.PAYMENT_CLIENT_SECRET });
elements.create('payment').mount('#payment-element');

document.querySelector('#pay').addEventListener('click', async () => {
  const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: location.origin + '/payments/done' } });
  if (error) document.querySelector('#errors').textContent = error.message;
});
''', pk=rs(r, 99, string.ascii_letters + string.digits))


@neg("firebase", "public_web_config")
def n_firebase(r):
    pid = slug(r) + "-showings"
    return "mobile/src/firebase.ts", fill('''import { initializeApp } from 'firebase/app';

// Firebase web config is public by design; access is enforced by security rules.
export const app = initializeApp({
  apiKey: '<<k>>',
  authDomain: '<<p>>.firebaseapp.com',
  projectId: '<<p>>',
  storageBucket: '<<p>>.appspot.com',
  messagingSenderId: '<<sid>>',
  appId: '1:<<sid>>:web:<<aid>>',
});
''', k=gmaps_key(r), p=pid, sid=r.randint(10 ** 11, 10 ** 12 - 1), aid=hexs(r, 22))


@neg("algolia", "public_search_key")
def n_algolia(r):
    return "web/src/search/client.js", fill('''import algoliasearch from 'algoliasearch/lite';

// search-only key (ACL: search), generated for the public listing index
export const searchClient = algoliasearch('<<app>>', '<<key>>');
export const index = searchClient.initIndex('listings_<<mls>>_active');
''', app=rs(r, 10, UP36), key=hexs(r, 32), mls=r.choice(MLS_SYS))


@neg("git", "lookalike_commit_shas")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        out.append("## %d.%d.%d - %s" % (3, 9 - i, r.randint(0, 9), date(r)))
        for _ in range(r.randint(2, 4)):
            out.append("- %s (%s)" % (r.choice(["Fix photo ordering for Media resource", "Retry 429 from MLS Grid",
                                                "Add ParcelNumber to export", "Handle RETS metadata version bump",
                                                "Speed up open house sync", "Drop legacy ZWSID lookup"]), hexs(r, 40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@neg("docker", "lookalike_image_digests")
def n_compose_digests(r):
    return "deploy/compose.prod.yml", fill('''services:
  web:
    image: ghcr.io/<<slug>>/idx-web@sha256:<<d1>>
    environment:
      NODE_ENV: production
      LISTINGS_API: http://api:8000
  api:
    image: ghcr.io/<<slug>>/listings-api@sha256:<<d2>>
    env_file: /etc/<<slug>>/api.env
  worker:
    image: ghcr.io/<<slug>>/listings-api@sha256:<<d2>>
    command: ["python", "-m", "sync.worker"]
''', slug=slug(r), d1=hexs(r, 64), d2=hexs(r, 64))


@neg("docker", "lookalike_checksum")
def n_dockerfile_checksum(r):
    v = "%d.%d.%d" % (r.randint(1, 3), r.randint(0, 20), r.randint(0, 9))
    return "docker/tippecanoe.Dockerfile", fill('''FROM debian:bookworm-slim AS build
ARG TIPPECANOE_VERSION=<<v>>
ARG TIPPECANOE_SHA256=<<h>>
RUN apt-get update && apt-get install -y build-essential libsqlite3-dev zlib1g-dev curl
RUN curl -fsSL -o /tmp/t.tgz https://github.com/felt/tippecanoe/archive/refs/tags/${TIPPECANOE_VERSION}.tar.gz \\
 && echo "${TIPPECANOE_SHA256}  /tmp/t.tgz" | sha256sum -c - \\
 && tar -xzf /tmp/t.tgz -C /src && make -C /src/tippecanoe-${TIPPECANOE_VERSION} -j4
''', v=v, h=hexs(r, 64))


@neg("web", "lookalike_sri_hashes")
def n_sri_html(r):
    return "public/search.html", fill('''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Search homes | <<broker>></title>
  <link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css"
        integrity="sha384-<<a>>" crossorigin="anonymous">
  <script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"
          integrity="sha384-<<b>>" crossorigin="anonymous"></script>
</head>
<body>
  <div id="map"></div>
  <script src="/js/search.<<h>>.js"></script>
</body>
</html>
''', broker=r.choice(BROKERS), a=b64bytes(r, 48), b=b64bytes(r, 48), h=hexs(r, 8))


@neg("go", "lookalike_go_sum")
def n_go_sum(r):
    mods = ["github.com/google/uuid", "golang.org/x/oauth2", "github.com/jackc/pgx/v5", "github.com/rs/zerolog",
            "github.com/pkg/sftp", "golang.org/x/crypto"]
    out = []
    for m in mods[: r.randint(3, 6)]:
        v = "v%d.%d.%d" % (r.randint(0, 1), r.randint(0, 30), r.randint(0, 9))
        out.append("%s %s h1:%s" % (m, v, b64bytes(r, 32)))
        out.append("%s %s/go.mod h1:%s" % (m, v, b64bytes(r, 32)))
    return "go.sum", "\n".join(out) + "\n"


@neg("python", "lookalike_lock_hashes")
def n_requirements_hashes(r):
    out = ["# generated by pip-compile --generate-hashes"]
    for p in ["requests==2.32.3", "httpx==0.27.0", "paramiko==3.4.0", "lxml==5.2.2"][: r.randint(2, 4)]:
        out.append("%s \\" % p)
        out.append("    --hash=sha256:%s \\" % hexs(r, 64))
        out.append("    --hash=sha256:%s" % hexs(r, 64))
    return "requirements.lock.txt", "\n".join(out) + "\n"


@neg("county", "lookalike_apn_numbers")
def n_apn_sql(r):
    rows = []
    for _ in range(r.randint(5, 10)):
        a = addr(r)
        rows.append("  ('%s', '%s', '%d %s', '%s', %d, '%s')" % (apn(r), "48%03d" % r.randint(1, 507), a["num"], a["street"], a["zip"],
                                                                r.randint(60000, 1500000), "%011d" % r.randint(0, 10 ** 11)))
    return "db/seeds/parcels_sample.sql", "INSERT INTO parcels (apn, fips, situs_address, zip, assessed_value, census_block) VALUES\n" + ",\n".join(rows) + ";\n"


@neg("yardi", "lookalike_unit_lease_ids")
def n_yardi_residents(r):
    prop = rs(r, 4, string.ascii_lowercase)
    res = []
    for _ in range(r.randint(3, 6)):
        res.append('''  <Customer Type="current resident">
    <Identification IDType="ResidentID" IDValue="t%07d"/>
    <Identification IDType="LeaseID" IDValue="%d"/>
    <Name><FirstName>%s</FirstName><LastName>%s</LastName></Name>
    <Unit>%s-%03d</Unit>
    <LeaseGuid>%s</LeaseGuid>
  </Customer>''' % (r.randint(0, 9999999), r.randint(100000, 999999), r.choice(FIRST), r.choice(LAST), prop, r.randint(100, 420), guid(r, upper=True)))
    return "tests/fixtures/yardi/residents_%s.xml" % prop, '<?xml version="1.0"?>\n<PhysicalProperty PropertyCode="%s">\n%s\n</PhysicalProperty>\n' % (prop, "\n".join(res))


@neg("app", "lookalike_uuids")
def n_uuid_migration(r):
    ids = [guid(r) for _ in range(5)]
    return "db/migrate/%d_seed_lease_document_types.rb" % r.randint(20230101000000, 20251231000000), fill('''class SeedLeaseDocumentTypes < ActiveRecord::Migration[7.1]
  TYPES = {
    "<<a>>" => "Residential Lease",
    "<<b>>" => "Lead-Based Paint Disclosure",
    "<<c>>" => "Pet Addendum",
    "<<d>>" => "Parking Addendum",
    "<<e>>" => "Move-In Inspection"
  }.freeze

  def up
    TYPES.each { |id, name| execute("INSERT INTO lease_document_types (id, name) VALUES ('#{id}', '#{name}')") }
  end

  def down
    execute("DELETE FROM lease_document_types WHERE id IN (#{TYPES.keys.map { |k| "'#{k}'" }.join(',')})")
  end
end
''', a=ids[0], b=ids[1], c=ids[2], d=ids[3], e=ids[4])


@neg("app", "lookalike_request_ids")
def n_sync_log(r):
    out = []
    for _ in range(r.randint(6, 12)):
        out.append('%s level=info msg="page fetched" feed=%s status=200 x_request_id=%s traceparent=00-%s-%s-01 etag=W/"%s" skip=%d' % (
            ts(r) + "Z", r.choice(["mlsgrid", "trestle", "bridge", "spark"]), guid(r), hexs(r, 32), hexs(r, 16), hexs(r, 16), r.randint(0, 50000)))
    return "var/log/replicator/%s.log" % date(r), "\n".join(out) + "\n"


@neg("media", "lookalike_base64_data")
def n_thumbnail_json(r):
    png = b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(r.randint(120, 260)))
    doc = {"listingKey": hexs(r, 32), "placeholder": "data:image/png;base64," + base64.b64encode(png).decode(),
           "blurhash": rs(r, 28, string.ascii_letters + string.digits + "#$%*+,-.:;=?@[]^_{|}~"), "width": 640, "height": 480}
    return "web/public/placeholders/%s.json" % hexs(r, 8), json.dumps(doc, indent=2) + "\n"


@neg("mismo", "lookalike_loan_identifiers")
def n_mismo_xml(r):
    return "tests/fixtures/mismo/loan_%d.xml" % r.randint(100, 999), fill('''<?xml version="1.0" encoding="UTF-8"?>
<MESSAGE xmlns="http://www.mismo.org/residential/2009/schemas" MISMOReferenceModelIdentifier="3.4.032420160128">
  <DEAL_SETS><DEAL_SET><DEALS><DEAL>
    <LOANS><LOAN LoanRoleType="SubjectLoan">
      <LOAN_IDENTIFIERS>
        <LOAN_IDENTIFIER><LoanIdentifier><<ln>></LoanIdentifier><LoanIdentifierType>LenderLoan</LoanIdentifierType></LOAN_IDENTIFIER>
        <LOAN_IDENTIFIER><LoanIdentifier><<min>></LoanIdentifier><LoanIdentifierType>MERS_MIN</LoanIdentifierType></LOAN_IDENTIFIER>
        <LOAN_IDENTIFIER><LoanIdentifier><<uli>></LoanIdentifier><LoanIdentifierType>UniversalLoan</LoanIdentifierType></LOAN_IDENTIFIER>
      </LOAN_IDENTIFIERS>
      <TERMS_OF_LOAN><NoteAmount><<amt>></NoteAmount><NoteRatePercent><<rate>></NoteRatePercent></TERMS_OF_LOAN>
    </LOAN></LOANS>
    <PARTIES><PARTY><LEGAL_ENTITY><LEGAL_ENTITY_DETAIL><FullName><<lender>></FullName></LEGAL_ENTITY_DETAIL></LEGAL_ENTITY></PARTY></PARTIES>
  </DEAL></DEALS></DEAL_SET></DEAL_SETS>
</MESSAGE>
''', ln=loan_num(r), min="%018d" % r.randint(10 ** 17, 10 ** 18 - 1), uli="5493" + rs(r, 16, UP36) + "%s%02d" % (rs(r, 10, UP36), r.randint(0, 99)),
                                             amt=price(r), rate="%.3f" % r.uniform(5.5, 7.9), lender=r.choice(BROKERS[8:]))


@neg("optimalblue", "lookalike_pricing_ids")
def n_ob_response(r):
    doc = {"searchId": guid(r), "requestedOn": ts(r) + "Z", "businessChannelId": r.randint(10000, 99999),
           "products": [{"productId": r.randint(100000, 999999), "productCode": r.choice(["CONF30", "FHA30", "VA30", "CONF15"]),
                         "rate": round(r.uniform(5.5, 7.5), 3), "price": round(r.uniform(98.5, 101.5), 3),
                         "lockConfirmationNumber": "LC" + rs(r, 10, UP36), "priceHash": hexs(r, 64)} for _ in range(r.randint(2, 4))]}
    return "tests/fixtures/optimalblue/bestex_%d.json" % r.randint(1, 99), json.dumps(doc, indent=2) + "\n"


@neg("showingtime", "lookalike_confirmation_codes")
def n_showings_csv(r):
    out = ["appointment_id,confirmation,listing_id,start,agent,status"]
    for _ in range(r.randint(6, 12)):
        out.append("%s,ST-%s,%s,%s,%s,%s" % (guid(r), rs(r, 6, UP36), mls_num(r), ts(r), person(r),
                                            r.choice(["Confirmed", "Cancelled", "Pending", "Completed"])))
    return "exports/showings_week_%02d.csv" % r.randint(1, 52), "\n".join(out) + "\n"


@neg("smartrent", "lookalike_device_ids")
def n_smartrent_devices(r):
    devs = [{"id": r.randint(100000, 9999999), "unit": "%d%02d" % (r.randint(1, 9), r.randint(1, 30)),
             "type": r.choice(["entry_control", "thermostat", "leak_sensor", "binary_switch"]),
             "hub_serial": "HUB" + rs(r, 10, UP36), "zwave_home_id": "0x%08X" % r.getrandbits(32),
             "remote_id": hexs(r, 24)} for _ in range(r.randint(4, 8))]
    return "data/smartrent/devices_%s.json" % r.choice(STREETS).lower().replace(" ", "-"), json.dumps(devs, indent=2) + "\n"


@neg("schlage", "lookalike_firmware_hashes")
def n_firmware_md(r):
    out = ["# Lock firmware rollout", "", "| Model | Version | Image SHA-256 | Serial range |", "|---|---|---|---|"]
    for _ in range(r.randint(3, 6)):
        out.append("| %s | %d.%d.%d | `%s` | %s-%s |" % (r.choice(["BE489WB", "NDEB", "Control CTE", "Encode Plus"]),
                   r.randint(1, 9), r.randint(0, 30), r.randint(0, 99), hexs(r, 64), rs(r, 8, UP36), rs(r, 8, UP36)))
    out += ["", "Roll out to one building first; verify the hash with `sha256sum` before staging."]
    return "docs/ops/lock-firmware.md", "\n".join(out) + "\n"


@neg("census", "lookalike_geo_ids")
def n_geo_csv(r):
    out = ["zip,county_fips,tract,geohash,h3_r8,median_rent,median_price"]
    for _ in range(r.randint(6, 12)):
        out.append("%s%02d,%05d,%011d,%s,%s,%d,%d" % (r.choice(CITIES)[2], r.randint(0, 99), r.randint(1000, 56999),
                                                     r.randint(0, 10 ** 11), rs(r, 9, "0123456789bcdefghjkmnpqrstuvwxyz"),
                                                     "88" + hexs(r, 13), r.randint(900, 3800), price(r)))
    return "data/market/zip_metrics.csv", "\n".join(out) + "\n"


@neg("terraform", "lookalike_resource_ids")
def n_terraform_ids(r):
    acct = r.randint(10 ** 11, 10 ** 12 - 1)
    return "infra/terraform/listing-media/main.tf", fill('''data "aws_secretsmanager_secret_version" "bridge" {
  secret_id = "prod/listings/bridge-server-token"
}

resource "aws_instance" "rets_importer" {
  ami                    = "ami-<<ami>>"
  instance_type          = "t3.medium"
  subnet_id              = "subnet-<<sub>>"
  vpc_security_group_ids = ["sg-<<sg>>"]
  iam_instance_profile   = "rets-importer"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "media" {
  bucket = "<<slug>>-listing-media"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:us-east-1:<<acct>>:key/<<kid>>"
    }
  }
}
''', ami=hexs(r, 17), sub=hexs(r, 17), sg=hexs(r, 17), slug=slug(r), acct=acct, kid=guid(r))


@neg("github", "secret_references")
def n_gha_refs(r):
    return ".github/workflows/nightly-sync.yml", fill('''name: nightly-sync
on:
  schedule:
    - cron: "<<m>> 7 * * *"
  workflow_dispatch: {}
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<<sha>>
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m sync.run --feeds mlsgrid,trestle
        env:
          MLSGRID_ACCESS_TOKEN: ${{ secrets.MLSGRID_ACCESS_TOKEN }}
          TRESTLE_CLIENT_ID: ${{ vars.TRESTLE_CLIENT_ID }}
          TRESTLE_CLIENT_SECRET: ${{ secrets.TRESTLE_CLIENT_SECRET }}
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
''', m=r.randint(0, 59), sha=hexs(r, 40))


@neg("k8s", "secret_manager_references")
def n_externalsecret(r):
    return "deploy/k8s/external-secrets.yaml", fill('''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pm-sync
  namespace: property-mgmt
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: pm-sync-credentials
  data:
    - secretKey: BUILDIUM_CLIENT_SECRET
      remoteRef:
        key: secret/data/pm/buildium
        property: client_secret
    - secretKey: APPFOLIO_CLIENT_SECRET
      remoteRef:
        key: secret/data/pm/appfolio
        property: client_secret
    - secretKey: YARDI_PASSWORD
      remoteRef:
        key: secret/data/pm/yardi-<<slug>>
        property: password
''', slug=slug(r))


@neg("docs", "placeholder_docs")
def n_readme_shapes(r):
    return "docs/integrations/mls-feeds.md", fill('''# MLS feed credentials

Each feed needs its own credential. **Never commit them**; they live in Vault under `secret/data/feeds/<feed>`.

| Feed | Auth | Where to get it |
|------|------|-----------------|
| MLS Grid | `Authorization: Bearer <token>` | MLS Grid dashboard -> Access Tokens |
| Trestle | OAuth2 client credentials (`client_id`, `client_secret`) | Trestle dashboard |
| Bridge | server token or `?access_token=<server-token>` | Bridge dashboard -> API Access |
| RETS | username / password + User-Agent password | MLS support |

Example request (replace the placeholders):

```bash
curl -H "Authorization: Bearer $MLSGRID_ACCESS_TOKEN" \\
  "https://api.mlsgrid.com/v2/Property?\\$filter=OriginatingSystemName%20eq%20'<<sys>>'&\\$top=5"
```

A sample ListingKey looks like `<<lk>>` and a ListingId like `<<mls>>`.
''', sys=r.choice(MLS_SYS), lk=hexs(r, 32), mls=mls_num(r))


@neg("rets", "lookalike_metadata")
def n_rets_metadata(r):
    return "tests/fixtures/rets/metadata_system.xml", fill('''<RETS ReplyCode="0" ReplyText="Operation Successful">
  <METADATA-SYSTEM Version="<<v>>" Date="<<d>>">
    <SYSTEM SystemID="<<sid>>" SystemDescription="<<desc>>" TimeZoneOffset="-06:00" MetadataID="<<mid>>"/>
    <COMMENTS>RETS 1.7.2 server</COMMENTS>
  </METADATA-SYSTEM>
  <METADATA-RESOURCE Version="<<v>>" Date="<<d>>">
    <COLUMNS>	ResourceID	StandardName	KeyField	ClassCount	ClassVersion	</COLUMNS>
    <DATA>	Property	Property	L_ListingID	6	<<v>>	</DATA>
    <DATA>	Agent	Agent	U_AgentID	1	<<v>>	</DATA>
  </METADATA-RESOURCE>
</RETS>
''', v="%d.%d.%05d" % (r.randint(1, 40), r.randint(0, 99), r.randint(0, 99999)), d=ts(r) + "Z",
                sid=r.choice(MLS_SYS).upper(), desc=r.choice(BROKERS) + " MLS", mid=hexs(r, 32))


@neg("reso", "lookalike_edmx")
def n_reso_edmx(r):
    return "tests/fixtures/reso/metadata.xml", fill('''<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="org.reso.metadata" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="Property">
        <Key><PropertyRef Name="ListingKey"/></Key>
        <Property Name="ListingKey" Type="Edm.String" MaxLength="255"/>
        <Property Name="ListingId" Type="Edm.String"/>
        <Property Name="ParcelNumber" Type="Edm.String"/>
        <Property Name="ListPrice" Type="Edm.Decimal" Precision="14" Scale="2"/>
        <Property Name="ModificationTimestamp" Type="Edm.DateTimeOffset"/>
      </EntityType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
<!-- captured <<d>> etag <<e>> -->
''', d=ts(r), e=hexs(r, 40))


@neg("tests", "lookalike_expected_digests")
def n_hmac_tests(r):
    return "tests/test_signatures.py", fill('''import hashlib

import pytest

from webhooks.docusign_connect import _digest_for

PAYLOAD = b'{"event":"envelope-completed","data":{"envelopeId":"<<env>>"}}'


def test_payload_sha256_is_stable():
    assert hashlib.sha256(PAYLOAD).hexdigest() == "<<h>>"


@pytest.mark.parametrize("sig", ["<<s1>>", "<<s2>>"])
def test_rejects_unknown_signatures(sig, connect_key):
    assert _digest_for(PAYLOAD, connect_key) != sig
''', env=guid(r), h=hexs(r, 64), s1=b64bytes(r, 32), s2=b64bytes(r, 32))


@neg("odata", "lookalike_skiptokens")
def n_nextlink_log(r):
    out = []
    for i in range(r.randint(4, 8)):
        out.append("%sZ DEBUG next=https://api-trestle.corelogic.com/trestle/odata/Property?$skiptoken=%s&$top=1000 page=%d" % (ts(r), skiptoken(r), i + 1))
    return "logs/trestle-replication.log", "\n".join(out) + "\n"


@neg("docusign", "lookalike_certificate_of_completion")
def n_audit_trail(r):
    return "docs/closing/certificate-of-completion-%s.txt" % hexs(r, 6), fill('''Certificate Of Completion
Envelope Id: <<env>>
Subject: Please DocuSign: Residential Lease - Unit <<unit>>
Source Envelope:
Document Pages: <<pg>>          Signatures: <<sig>>          Envelope Originator: <<orig>>
Certificate Pages: 2         Initials: <<ini>>
Document hash (SHA256): <<h>>
Signer Events
  <<signer>>  Signed using IP Address: <<ip>>  Signature Adoption: Pre-selected Style
  Signature ID: <<sid>>
''', env=guid(r, upper=True), unit=r.randint(100, 999), pg=r.randint(8, 40), sig=r.randint(2, 8),
                orig=person(r), ini=r.randint(4, 30), h=hexs(r, 64).upper(), signer=person(r), ip=ipv4(r), sid=guid(r, upper=True))


@neg("credit", "lookalike_report_refs")
def n_credit_refs(r):
    doc = {"orders": [{"loanNumber": loan_num(r), "creditReportIdentifier": str(r.randint(10 ** 9, 10 ** 10)),
                       "bureauReference": {"equifax": rs(r, 12, UP36), "experian": rs(r, 10, UP36), "transunion": str(r.randint(10 ** 8, 10 ** 9))},
                       "orderedOn": ts(r) + "Z", "status": r.choice(["Completed", "Pending", "Reissued"])} for _ in range(r.randint(2, 4))]}
    return "data/los/credit_orders_%s.json" % date(r), json.dumps(doc, indent=2) + "\n"


@neg("title", "lookalike_order_numbers")
def n_title_csv(r):
    out = ["file_no,escrow_no,apn,closing_date,loan_number,underwriter"]
    for _ in range(r.randint(5, 10)):
        out.append("%s-%06d,ESC%08d,%s,%s,%s,%s" % (r.choice(["TX", "CO", "MN", "FL"]), r.randint(0, 999999), r.randint(0, 10 ** 8),
                                                  apn(r), date(r), loan_num(r), r.choice(["First American", "Old Republic", "Stewart", "Fidelity"])))
    return "reports/title/closings_q%d.csv" % r.randint(1, 4), "\n".join(out) + "\n"


@neg("media", "lookalike_photo_urls")
def n_photo_urls(r):
    out = ["{"]
    urls = ['  "%s": ["%s"]' % (hexs(r, 32), '", "'.join("https://dvvjkgh94f2v6.cloudfront.net/%s/%s.jpeg" % (hexs(r, 8), hexs(r, 40)) for _ in range(r.randint(2, 4))))
            for _ in range(r.randint(2, 4))]
    out.append(",\n".join(urls))
    out.append("}")
    return "cache/photo-urls.json", "\n".join(out) + "\n"


@neg("app", "lookalike_object_ids")
def n_flags_json(r):
    flags = {name: {"_id": hexs(r, 24), "enabled": r.choice([True, False]), "rollout": r.randint(0, 100)}
             for name in ["new-map-search", "instant-offers", "rent-estimate-card", "virtual-tours"][: r.randint(2, 4)]}
    return "config/feature-flags.json", json.dumps(flags, indent=2) + "\n"


@neg("app", "lookalike_export_ids")
def n_leads_export(r):
    out = []
    for _ in range(r.randint(3, 6)):
        out.append(json.dumps({"_id": {"$oid": hexs(r, 24)}, "listingKey": hexs(r, 32), "source": r.choice(["zillow", "website", "realtor.com"]),
                               "createdAt": {"$date": ts(r) + "Z"}, "agentId": r.randint(1000, 99999)}))
    return "exports/leads.jsonl", "\n".join(out) + "\n"


@neg("auth", "lookalike_jwks")
def n_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(r, 40), "n": b64bytes(r, 256, url=True, pad=False), "e": "AQAB"}
            for _ in range(2)]
    return "public/.well-known/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@neg("auth", "lookalike_saml_cert")
def n_saml_metadata(r):
    cert = "".join(pem_body(bytes.fromhex("308203") + bytes(r.getrandbits(8) for _ in range(760))))
    return "config/saml/idp-metadata.xml", fill('''<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sso.<<slug>>realty.com/saml">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate><<cert>></X509Certificate></X509Data></KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sso.<<slug>>realty.com/saml/sso"/>
  </IDPSSODescriptor>
</EntityDescriptor>
''', slug=slug(r), cert=cert)


@neg("app", "keyword_without_secret")
def n_password_policy(r):
    return "config/security.yml", fill('''password_policy:
  min_length: <<n>>
  require_uppercase: true
  require_digit: true
  password_history: 5
  password_expiry_days: <<d>>
session:
  token_ttl_seconds: 3600
  refresh_token_ttl_days: 30
api_keys:
  rotation_days: 90
  header_name: X-Api-Key
secret_scanning:
  enabled: true
''', n=r.choice([10, 12, 14]), d=r.choice([0, 90, 180]))


@neg("i18n", "keyword_without_secret")
def n_i18n(r):
    doc = {"settings": {"integrations": {"apiKeyLabel": "API key", "apiKeyHelp": "Paste the API key from your Buildium account",
                                         "clientSecretLabel": "Client secret", "password": "Password",
                                         "passwordHint": "At least 12 characters", "tokenExpired": "Your MLS token has expired"}}}
    lang = r.choice(["en", "en-US"])
    return "web/src/locales/%s/settings.json" % lang, json.dumps(doc, indent=2) + "\n"


@neg("wordpress", "placeholders")
def n_wp_sample(r):
    keys = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT"]
    lines = ["<?php", "// Copy to wp-config.php and fill in real values on the server.", "define( 'DB_NAME', 'database_name_here' );",
             "define( 'DB_USER', 'username_here' );", "define( 'DB_PASSWORD', 'password_here' );", "define( 'DB_HOST', 'localhost' );"]
    lines += ["define( '%s', 'put your unique phrase here' );" % k for k in keys]
    return "wp-config-sample.php", "\n".join(lines) + "\n"


@neg("dotenv", "placeholders")
def n_env_example(r):
    return r.choice([".env.example", ".env.sample", "config/.env.example"]), fill('''# Copy to .env and fill in. Do not commit real values.
BRIDGE_SERVER_TOKEN=
TRESTLE_CLIENT_ID=trestle_YourCompanyFeed
TRESTLE_CLIENT_SECRET=<your-trestle-secret>
MLSGRID_ACCESS_TOKEN=changeme
ATTOM_API_KEY=YOUR_API_KEY_HERE
DATABASE_URL=postgres://listings:password@localhost:5432/listings
MAP_DEFAULT_ZOOM=<<z>>
''', z=r.choice([10, 11, 12]))


@neg("helm", "secret_references")
def n_helm_refs(r):
    return "charts/pm-sync/values.yaml", fill('''image:
  repository: ghcr.io/<<slug>>/pm-sync
  tag: "<<tag>>"
buildium:
  clientId: <<cid>>
  existingSecret: pm-sync-credentials
  secretKey: BUILDIUM_CLIENT_SECRET
yardi:
  serverName: <<slug>>_live
  database: <<slug>>_prod
  passwordSecretRef:
    name: yardi-interface
    key: password
''', slug=slug(r), tag="%d.%d.%d" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9)), cid=guid(r))


@neg("sops", "encrypted_data")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(r, n), b64bytes(r, 32), b64bytes(r, 16))
    return "deploy/secrets/prod.enc.yaml", fill('''mlsgrid_access_token: <<a>>
trestle_client_secret: <<b>>
sops:
  age:
    - recipient: age1<<rc>>
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        <<e1>>
        <<e2>>
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "<<t>>Z"
  mac: <<mac>>
  version: 3.8.1
''', a=enc(30), b=enc(24), rc=rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=b64bytes(r, 48), e2=b64bytes(r, 30), t=ts(r), mac=enc(32))


@neg("ansible", "encrypted_data")
def n_ansible_vault(r):
    blob = hexs(r, r.choice([320, 400, 480]))
    return "ansible/group_vars/prod/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80)) + "\n"


@neg("pm", "lookalike_rent_roll")
def n_rent_roll(r):
    out = ["property_id,unit_id,lease_id,tenant_code,market_rent,actual_rent,balance,lease_end"]
    for _ in range(r.randint(8, 15)):
        out.append("%d,%d,%d,t%07d,%d,%d,%.2f,%s" % (r.randint(100, 999), r.randint(10000, 99999), r.randint(100000, 999999),
                                                   r.randint(0, 9999999), r.randint(900, 3500), r.randint(900, 3500), r.uniform(-200, 3000), date(r)))
    return "reports/rent_roll_%s.csv" % date(r), "\n".join(out) + "\n"


@neg("encompass", "lookalike_loan_guids")
def n_loan_fixtures_ts(r):
    return "src/los/__fixtures__/loans.ts", fill('''export const loans = [
  { id: '{<<g1>>}', loanNumber: '<<l1>>', borrower: '<<p1>>', folder: 'My Pipeline' },
  { id: '{<<g2>>}', loanNumber: '<<l2>>', borrower: '<<p2>>', folder: 'Closed Loans' },
];

export const instanceId = 'BE1<<inst>>'; // tenant identifier, not a credential
''', g1=guid(r), g2=guid(r), l1=loan_num(r), l2=loan_num(r), p1=person(r), p2=person(r), inst="%07d" % r.randint(0, 9999999))


@neg("hoa", "lookalike_parcel_refs")
def n_hoa_md(r):
    return "docs/properties/%s-hoa.md" % r.choice(STREETS).lower().replace(" ", "-"), fill('''# <<name>> HOA documents

- Parcel (APN): `<<apn>>`
- Plat: Book <<bk>>, Page <<pg>>
- Declaration recorded as instrument `<<inst>>`
- CC&R PDF checksum (sha1): `<<h>>`
- Management company portal account: ask the office manager (not stored here).
''', name=r.choice(STREETS) + " Commons", apn=apn(r), bk=r.randint(10, 400), pg=r.randint(1, 300), inst="%d%08d" % (r.randint(2000, 2025), r.randint(0, 10 ** 8)), h=hexs(r, 40))


@neg("docusign", "public_client_ids")
def n_docusign_public(r):
    return "config/esign.public.json", json.dumps({"integrationKey": guid(r), "accountId": guid(r), "userId": guid(r),
                                                    "oauthBasePath": "account.docusign.com", "redirectUri": "https://app.%srealty.com/esign/callback" % slug(r),
                                                    "privateKeyPath": "/run/secrets/docusign_private_key"}, indent=2) + "\n"


@neg("go", "lookalike_uuid_constants")
def n_go_uuids(r):
    return "internal/ids/namespaces.go", fill('''package ids

import "github.com/google/uuid"

// Namespaces for deterministic v5 ids (public constants, not secrets).
var (
	ListingNS = uuid.MustParse("<<a>>")
	UnitNS    = uuid.MustParse("<<b>>")
	LeaseNS   = uuid.MustParse("<<c>>")
)

const photoBucketPrefix = "<<h>>"
''', a=guid(r), b=guid(r), c=guid(r), h=hexs(r, 12))


# ================================================================ negative slot fillers
PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<CLIENT_SECRET>", "your-client-secret", "TODO", "dummy", "<token>",
                "INSERT_TOKEN_HERE", "XXXXXXXX", "your_password", "example", "<set-in-vault>"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***hidden***", "xxxx...xxxx", "[FILTERED]"]
CODE_ENV = {
    "py": ['os.environ["{V}"]', 'os.getenv("{V}")', 'os.environ.get("{V}", "")'],
    "js": ["process.env.{V}", "process.env['{V}']"],
    "ts": ["process.env.{V} ?? ''", "process.env.{V}!"],
    "rb": ['ENV["{V}"]', 'ENV.fetch("{V}")', "Rails.application.credentials.dig(:{v})"],
    "php": ["getenv('{V}')", "$_ENV['{V}']", "env('{V}')"],
    "go": ['os.Getenv("{V}")'],
    "cs": ['Environment.GetEnvironmentVariable("{V}")'],
    "java": ['System.getenv("{V}")'],
}
DOC_EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "mapbox": ["pk.eyJ1IjoiZXhhbXBsZXMiLCJhIjoiY2p0MG01MXRqMW45cjQzb2R6b2ptc3J4MSJ9.zA2W0IkI0c6KaAhJfk9bWg"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "sendgrid": ["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "zillow": ["X1-ZWz1example_00000"],
}
CATS = [("placeholder", 22), ("env_reference", 22), ("secret_manager_reference", 10),
        ("template_expression", 10), ("masked", 12), ("empty", 9), ("doc_example", 8), ("public_value", 7)]


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def camel(V):
    parts = V.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def string_ref(r, cat, V, provider):
    v = V.lower()
    if cat == "secret_manager_reference":
        return r.choice(["vault:secret/data/prod/%s#value" % v, "op://Production/%s/credential" % provider,
                         "arn:aws:secretsmanager:us-east-1:%d:secret:prod/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), v.replace("_", "-")),
                         "projects/%s-prod/secrets/%s/versions/latest" % (slug(r), v.replace("_", "-")),
                         "azurekeyvault://%s-kv/%s" % (slug(r), v.replace("_", "-"))])
    if cat == "template_expression":
        return r.choice(["{{ %s }}" % v, "{{ .Values.%s }}" % camel(V), "<%%= ENV['%s'] %%>" % V,
                         "${{ secrets.%s }}" % V, "#{%s}" % V, "{{ vault_%s }}" % v])
    return "${%s}" % V


def neg_value(r, t, text):
    """Return (new_text, category) with the slot holding a non-secret."""
    lang, V, prov = t["lang"], t["var"], t["provider"]
    cats = [(k, (40 if k == "public_value" and t["public"] else
                 30 if k == "doc_example" and prov in DOC_EXAMPLES else w)) for k, w in CATS]
    cat = wchoice(r, cats)
    if cat == "doc_example" and prov not in DOC_EXAMPLES:
        cat = "placeholder"
    if cat == "public_value" and not t["public"]:
        cat = "env_reference"
    if t["pem"]:
        cat = r.choice(["masked", "placeholder", "empty", "secret_manager_reference"])
        if cat == "masked":
            val = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"
        elif cat == "placeholder":
            val = r.choice(["<paste the RSA private key here>", "REPLACE_WITH_PRIVATE_KEY", "# private key is mounted at deploy time"])
        elif cat == "empty":
            val = ""
        else:
            val = string_ref(r, cat, V, prov)
        return put(text, val), cat
    quoted = re.search(r'(["\'])' + re.escape(SLOT) + r"\1", text)
    if cat == "env_reference":
        if lang in CODE_ENV and quoted:
            expr = r.choice(CODE_ENV[lang]).format(V=V, v=V.lower())
            return text[:quoted.start()] + expr + text[quoted.end():], cat
        if lang in ("js", "ts"):
            val = "${process.env.%s}" % V
        elif lang == "tf" and quoted:
            return text[:quoted.start()] + "var.%s" % V.lower() + text[quoted.end():], cat
        elif lang == "sh" and quoted:
            return text[:quoted.start()] + '"${%s}"' % V + text[quoted.end():], cat
        elif lang == "ps1" and quoted:
            return text[:quoted.start()] + "$env:%s" % V + text[quoted.end():], cat
        elif lang in ("md", "log", "csv", "sql", "sh", "crontab"):
            val = "$" + V
        elif lang in CODE_ENV:
            cat = "placeholder"
            val = r.choice(PLACEHOLDERS)
        else:
            val = "${%s}" % V
    elif cat in ("secret_manager_reference", "template_expression"):
        val = string_ref(r, cat, V, prov)
    elif cat == "placeholder":
        val = r.choice(PLACEHOLDERS)
    elif cat == "masked":
        val = r.choice(MASKED)
    elif cat == "empty":
        val = ""
    elif cat == "doc_example":
        val = r.choice(DOC_EXAMPLES[prov])
    else:
        val = t["public"](r)
    if lang == "xml":
        val = val.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if lang == "yaml" and val and val[0] in "{*[&!%@<`#" and not quoted:
        val = '"%s"' % val.replace('"', "'")
    return put(text, val), cat


def put(text, val):
    """Put val into the slot; continuation lines of a multi-line value get the slot's indentation."""
    assert text.count(SLOT) == 1, "template must hold exactly one slot"
    i = text.index(SLOT)
    ls = text.rfind("\n", 0, i) + 1
    prefix = text[ls:i]
    if "\n" in val and prefix.strip() == "":
        val = val.replace("\n", "\n" + prefix)
    return text[:i] + val + text[i + len(SLOT):]


def filetype(rel):
    base = rel.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1]
    return base.lstrip(".")


def is_blocked_env(rel):
    base = rel.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def schedule(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ex.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_env_pos = 0

    for i, t in enumerate(schedule(r, POS, 500)):
        rel, text = t["render"](r)
        sec = t["secret"](r)
        content = put(text, sec)
        needle = sec.splitlines()[0].strip() if t["pem"] else sec
        lines = content.split("\n")
        line = next(k + 1 for k, l in enumerate(lines) if needle in l)
        assert needle and needle in lines[line - 1], (t["name"], needle)
        assert SLOT not in content
        if is_blocked_env(rel):
            n_env_pos += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, content)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert n_env_pos <= 25, n_env_pos

    jobs = [("reuse", t) for t in schedule(r, POS, 250)] + [("look", t) for t in schedule(r, NEG, 250)]
    r.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        rel, text = t["render"](r)
        if mode == "reuse":
            content, kind = neg_value(r, t, text)
            if t["provider"] == "aws":
                content = re.sub(r"AKIA[A-Z2-7]{16}", "AKIAIOSFODNN7EXAMPLE", content)
        else:
            content, kind = text, t["kind"]
        if is_blocked_env(rel):
            rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        assert SLOT not in content and not is_blocked_env(rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, content)
        manifest.append({"file": f, "label": "neg", "provider": t["provider"], "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # re-read check: every needle sits on its recorded line of the file on disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            assert s["needle"] in fh.read().split("\n")[s["line"] - 1], s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
