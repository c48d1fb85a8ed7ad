#!/usr/bin/env python3
"""gen_fq.py - blind evaluation set for secret scanners: travel, airline and hotel distribution.

EMPHASIS
    Domain: travel distribution (GDS, NDC aggregators, hotel bed banks, activity marketplaces,
    flight-data APIs, rail/bus partner APIs, hotel channel managers / PMS connectors).
    Providers: Amadeus Self-Service (API key + API secret, OAuth2 client_credentials),
    Amadeus Enterprise SOAP (WSAP / office id / password), Sabre (EPR/PCC password, double
    base64 "V1:epr:pcc:AA" token credentials, ATK bearer tokens), Travelport Universal API
    (uAPI user + password, HTTP Basic), Duffel (duffel_live_/duffel_test_ access tokens),
    Hotelbeds APItude (Api-key + shared secret for X-Signature), Expedia Rapid (API key + shared
    secret, "EAN APIKey=..,Signature=..,timestamp=.."), Skyscanner (x-api-key), Kiwi.com Tequila
    (apikey header), Booking.com Demand API (bearer key + X-Affiliate-Id) and Connectivity
    machine accounts, Viator (exp-api-key), GetYourGuide (X-ACCESS-TOKEN), FlightAware AeroAPI
    (x-apikey), Aviationstack (access_key query parameter), OAG (Subscription-Key), Cirium /
    FlightStats (appId + appKey), Trainline partner OAuth client secret, FlixBus partner token,
    channel managers / PMS (Mews ClientToken/AccessToken, SiteMinder pmsXchange SOAP password,
    Cloudbeds API key), plus the booking database connection string of such projects.
    File types: Python, Java, Spring .properties/.yml, Node JS/TypeScript, PHP, C#, Go, YAML,
    JSON, TOML, INI, XML (SOAP envelopes, Spring/App.config), Postman collections and
    environments, shell/curl, Markdown, logs, Terraform, Dockerfile, docker-compose, SQL, CSV,
    .env (positives only, fewer than 1 in 20).

USAGE
    python3 gen_fq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl (one line per
    file: file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl (one line per positive:
    file, needle, line).  Any previous OUTDIR/pos and OUTDIR/neg trees are removed first.
    Deterministic: everything comes from one random.Random(SEED); standard library only.

NEEDLE CONVENTIONS
    The needle is the credential value exactly as written, never the variable name or quotes.
    - Key/secret pairs: only one of the pair is written literally; the other comes from an
      environment variable or a template variable, and the literal one is the needle.  Where a
      public identifier sits next to it (Cirium appId, Booking.com affiliate id, Sabre PCC,
      Amadeus office id, Travelport target branch, uAPI user name) it is not part of the needle.
    - URLs: the value of the query parameter (access_key=..., appKey=..., apikey=...) or the
      password part of user:password@host; not the whole URL.
    - Headers: the value after "Bearer " / "Basic " / the header colon; for "Authorization: Basic"
      the needle is the whole base64 blob (Sabre token credentials, uAPI user:password).
    - Sabre token credentials: the final base64 string (base64(base64(V1:epr:pcc:AA):base64(pw))).
    - Duffel, Cloudbeds: the whole token including its prefix (duffel_live_..., cbat_...).
    - Mews tokens: the whole "HEX32-HEX31" token.
    - No multi-line keys are used in this set; every needle is on one line.
    - "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    250 re-use the positive templates with the secret's slot holding a non-secret:
    placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked
    values (****, [REDACTED], ***REMOVED***), environment references in the file's own language
    (os.environ[...], process.env.X, System.getenv, getenv(), ${VAR}, $VAR), secret-manager
    references (vault:, op://, AWS/GCP secret ids, ${{ secrets.X }}, Helm/Jinja expressions),
    providers' documented example values (Expedia Rapid doc key/secret, Hotelbeds "yourApiKey",
    the Sabre base64 walkthrough strings, Cirium's appKey example, Mews' public demo tokens and
    demo password, Booking.com's "xyz...xyz"), and values documented as public (affiliate ids,
    reCAPTCHA site keys).  Files named .env* become .env.example or .env.sample for negatives.
    250 are look-alikes of the domain: PNR record locators, e-ticket numbers and TKNE lines,
    IATA/ICAO codes, Duffel offer/order/passenger ids (off_, ord_, pas_, sid_), Hotelbeds
    X-Signature SHA-256 and Expedia SHA-512 request signatures (one-time), rateKeys, hotel and
    GIATA codes, WS-Security nonces and PasswordDigests, uAPI TransactionIds, UUID correlation
    ids, BCBP boarding-pass strings, npm integrity hashes, go.sum hashes, image digests, public
    keys (PEM, ssh, JWKS), bcrypt hashes, cache keys, pagination cursors, commit ids, checksums.

FORMATS CHECKED (documentation read through the search tool)
    - Duffel docs: test tokens "start with duffel_test_", sent as "Authorization: Bearer", with
      Duffel-Version header; a public repo shows live tokens as duffel_live_ + 43 base64url chars.
    - Amadeus for Developers: OAuth2 client_credentials, client_id = API Key, client_secret =
      API Secret, token URL test.api.amadeus.com/v1/security/oauth2/token.
    - Hotelbeds: headers Api-key and X-Signature = sha256Hex(apiKey + secret + unix seconds).
    - Expedia Rapid: "Authorization: EAN APIKey=..,Signature=sha512(apikey+secret+ts),timestamp=..";
      doc example key dkc4wrkp7w58wx5v2jxen2kx (24 lowercase alphanumerics), secret "1a2bc3".
    - Sabre: client id "V1:userid:group:domain" (domain AA), base64 each part, join with ":",
      base64 again; the doc's walkthrough strings are used as negatives.
    - Travelport uAPI: user id + password from Travelport, HTTP Basic, TargetBranch (P + 7 digits);
      user ids look like "Universal API/uAPI" + 10 digits + "-" + 8 hex; JSON APIs: E2ETrackingID.
    - Aviationstack: access_key query parameter.  FlightAware AeroAPI: x-apikey header.
    - Cirium/FlightStats: appId + appKey as query parameters or headers (doc example 8 digits /
      32 chars).  GetYourGuide: X-ACCESS-TOKEN header.  Booking.com Demand API: Authorization:
      Bearer <key> + X-Affiliate-Id.  Skyscanner: x-api-key header, token example.
      Kiwi Tequila: apikey.  Mews: ClientToken/AccessToken in the body, public demo tokens.
    - OAG: no authentication page found; "Subscription-Key" (Azure API Management) assumed.

DOUBTS
    - Lengths/alphabets not confirmed by documentation and chosen from how keys usually look:
      Amadeus key 32 / secret 16 alphanumerics; FlightAware 32 alphanumerics; Aviationstack and
      OAG 32 hex; Cirium appId 8 hex / appKey 32 hex; Kiwi 32 alphanumerics; Skyscanner 32
      lowercase alphanumerics; Expedia shared secret 13 lowercase alphanumerics; Hotelbeds key 32
      hex / secret 10 lowercase alphanumerics; Booking.com key 64 alphanumerics; GetYourGuide
      token 64 alphanumerics; Viator key as a UUID.
    - Not confirmed at all: Sabre ATK tokens starting "T1RLAQ"; Cloudbeds "cbat_" prefix;
      Trainline partner client secret (48 base64url); FlixBus partner token (40 hex);
      OAG header name; Amadeus Enterprise WSAP/office-id shapes; the Trainline token/API host and
      the FlixBus partner host and header name (X-API-Authentication) are plausible guesses.
    - Signatures (X-Signature, EAN Signature, X-Duffel-Signature, WS-Security digests) are
      treated as non-secrets because they are one-time values derived from the secret.
"""
import base64
import hashlib
import json
import os
import random
import re
import shutil
import string
import sys

SLOT = '%%SLOT%%'
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
LALNUM = LO + DG
UALNUM = UP + DG
HEX = '0123456789abcdef'
UHEX = '0123456789ABCDEF'
B64URL = ALNUM + '-_'
B64 = ALNUM + '+/'
SYM = '!%*+=-_.~^'


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def mixed(r, alpha, n):
    """Random string that uses every character class (upper/lower/digit) present in alpha."""
    classes = [c for c in (UP, LO, DG) if any(ch in alpha for ch in c)]
    while True:
        s = rs(r, alpha, n)
        if all(any(ch in cls for ch in s) for cls in classes):
            return s


def password(r, lo=12, hi=18, sym=SYM):
    while True:
        n = r.randint(lo, hi)
        s = rs(r, ALNUM + sym * 2, n)
        if (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s)
                and any(c in sym for c in s) and s[0] not in '-=~^'):
            return s


def b64(s):
    return base64.b64encode(s.encode()).decode()


def uuid4(r):
    h = '%032x' % r.getrandbits(128)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(r, n):
    return str(r.randint(1, 9)) + rs(r, DG, n - 1)


def pcc(r):
    return r.choice(UP) + rs(r, UALNUM, 3)


def tp_user(r):
    return 'Universal API/uAPI%s-%s' % (digits(r, 10), rs(r, HEX, 8))


# ---------------------------------------------------------------- secret generators
def g_amadeus_key(r): return mixed(r, ALNUM, 32)
def g_amadeus_secret(r): return mixed(r, ALNUM, 16)
def g_password(r): return password(r)
def g_url_password(r): return password(r, 14, 22, '-_.~')
def g_sabre_pw(r): return mixed(r, ALNUM, r.choice([8, 8, 10, 12]))


def g_sabre_b64(r):
    inner = b64('V1:%s:%s:AA' % (digits(r, r.randint(4, 6)), pcc(r)))
    return b64(inner + ':' + b64(g_sabre_pw(r)))


def g_sabre_atk(r):
    return 'T1RLAQ' + mixed(r, B64, r.randint(150, 190))


def g_tp_password(r): return password(r, 10, 12, '%=*+!~')
def g_tp_basic(r): return b64('%s:%s' % (tp_user(r), g_tp_password(r)))


def g_duffel(r):
    return 'duffel_%s_%s' % ('live' if r.random() < 0.75 else 'test', mixed(r, B64URL, 43))


def g_duffel_test(r): return 'duffel_test_' + mixed(r, B64URL, 43)
def g_hb_key(r): return mixed(r, HEX, 32)
def g_hb_secret(r): return mixed(r, LALNUM, 10)
def g_ex_key(r): return mixed(r, LALNUM, 24)
def g_ex_secret(r): return mixed(r, LALNUM, 13)
def g_sky(r): return mixed(r, LALNUM, 32)
def g_kiwi(r): return mixed(r, ALNUM, 32)
def g_booking(r): return mixed(r, ALNUM, 64)
def g_viator(r): return uuid4(r)
def g_gyg(r): return mixed(r, ALNUM, 64)
def g_aero(r): return mixed(r, ALNUM, 32)
def g_hex32(r): return mixed(r, HEX, 32)
def g_trainline(r): return mixed(r, B64URL, 48)
def g_flix(r): return mixed(r, HEX, 40)
def g_mews(r): return mixed(r, UHEX, 32) + '-' + mixed(r, UHEX, 31)
def g_cloudbeds(r): return 'cbat_' + mixed(r, ALNUM, 32)


GEN = {k[2:]: v for k, v in list(globals().items()) if k.startswith('g_') and callable(v)}

# ---------------------------------------------------------------- context values
AIRPORTS = ['LHR', 'JFK', 'CDG', 'FRA', 'AMS', 'MAD', 'BCN', 'FCO', 'DXB', 'SIN', 'HND', 'SFO',
            'LAX', 'ORD', 'ATL', 'MUC', 'ZRH', 'VIE', 'CPH', 'ARN', 'DUB', 'LIS', 'IST', 'DOH',
            'SYD', 'YYZ', 'MEX', 'GRU', 'BKK', 'HKG', 'OSL', 'HEL', 'PRG', 'WAW', 'ATH', 'BOS']
ICAO = {'LHR': 'EGLL', 'JFK': 'KJFK', 'CDG': 'LFPG', 'FRA': 'EDDF', 'AMS': 'EHAM', 'MAD': 'LEMD',
        'BCN': 'LEBL', 'FCO': 'LIRF', 'DXB': 'OMDB', 'SIN': 'WSSS', 'HND': 'RJTT', 'SFO': 'KSFO',
        'LAX': 'KLAX', 'ORD': 'KORD', 'ATL': 'KATL', 'MUC': 'EDDM', 'ZRH': 'LSZH', 'VIE': 'LOWW',
        'CPH': 'EKCH', 'ARN': 'ESSA', 'DUB': 'EIDW', 'LIS': 'LPPT', 'IST': 'LTFM', 'DOH': 'OTHH',
        'SYD': 'YSSY', 'YYZ': 'CYYZ', 'MEX': 'MMMX', 'GRU': 'SBGR', 'BKK': 'VTBS', 'HKG': 'VHHH',
        'OSL': 'ENGM', 'HEL': 'EFHK', 'PRG': 'LKPR', 'WAW': 'EPWA', 'ATH': 'LGAV', 'BOS': 'KBOS'}
AIRLINES = [('BA', '125'), ('AF', '057'), ('LH', '220'), ('KL', '074'), ('IB', '075'),
            ('AA', '001'), ('UA', '016'), ('DL', '006'), ('EK', '176'), ('QR', '157'),
            ('SQ', '618'), ('TK', '235'), ('LX', '724'), ('OS', '257'), ('SK', '117'),
            ('AY', '105'), ('TP', '047'), ('EI', '053')]
CITIES = ['Lisbon', 'Barcelona', 'Vienna', 'Prague', 'Copenhagen', 'Rome', 'Berlin', 'Dublin',
          'Athens', 'Krakow', 'Porto', 'Seville', 'Budapest', 'Edinburgh', 'Amsterdam', 'Nice']
ORGS = ['skyhop', 'tripnest', 'wanderly', 'jetwise', 'roamly', 'farecraft', 'staylane',
        'aerotrip', 'globetrek', 'nomadia', 'bookaway', 'triplark']
SURN = ['SMITH', 'GARCIA', 'MULLER', 'ROSSI', 'DUBOIS', 'NOWAK', 'SILVA', 'JENSEN', 'KOWALSKI',
        'TANAKA', 'OCONNOR', 'PETROV', 'HANSEN', 'MORENO']
GIVEN = ['ANNA', 'JOHN', 'MARIA', 'LUCAS', 'SOFIA', 'DAVID', 'ELENA', 'PETER', 'LAURA', 'MARK',
         'NINA', 'PAUL', 'CLARA', 'OMAR']
CURR = ['EUR', 'GBP', 'USD', 'CHF', 'SEK', 'DKK']
PREFIXES = ['', '', '', '', 'services/booking-api/', 'apps/web/', 'packages/connectors/',
            'backend/', 'platform/search/']


def rdate(r, y0=2024, y1=2026):
    return '%04d-%02d-%02d' % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ctx(r):
    o, d = r.sample(AIRPORTS, 2)
    al, alnum = r.choice(AIRLINES)
    org = r.choice(ORGS)
    return dict(
        org=org, Org=org.capitalize(), origin=o, dest=d, origin_icao=ICAO[o], dest_icao=ICAO[d],
        airline=al, al_num=alnum, fno=str(r.randint(1, 2999)), date=rdate(r), date2=rdate(r),
        epr=digits(r, r.randint(4, 6)), pcc=pcc(r),
        office=r.choice(['NCE', 'MAD', 'LON', 'PAR', 'FRA', 'MUC', 'NYC', 'BCN']) + '1A0' + rs(r, DG, 3),
        wsap='1ASIW' + rs(r, UP, r.randint(4, 7)), tp_user=tp_user(r), branch='P' + digits(r, 7),
        aid=digits(r, r.choice([6, 7])), app_id=rs(r, HEX, 8), uuid=uuid4(r), uuid2=uuid4(r),
        port=r.choice([8080, 3000, 5000, 8000, 9090, 8081]),
        ver='%d.%d.%d' % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
        hotel=str(r.randint(1000, 999999)), city=r.choice(CITIES), currency=r.choice(CURR),
        timeout=r.choice([10, 15, 20, 30, 45, 60]), retries=r.choice([2, 3, 5]),
        region=r.choice(['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-southeast-1']),
        pax=r.randint(1, 4), stage=r.choice(['staging', 'production', 'prod', 'uat']),
        ts=str(r.randint(1700000000, 1790000000)), given=r.choice(GIVEN), surname=r.choice(SURN),
        pnr=rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6), year=str(r.randint(2023, 2026)),
        minute=str(r.randint(10, 59)), hour='%02d' % r.randint(0, 23), n=str(r.randint(2, 40)),
        ip='10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
        amount='%d.%02d' % (r.randint(40, 2400), r.randint(0, 99)),
    )


def F(t, c, **kw):
    d = dict(c)
    d.update(kw)
    for k, v in d.items():
        t = t.replace('<<' + k + '>>', str(v))
    m = re.search(r'<<[A-Za-z_0-9]+>>', t)
    assert m is None, m.group(0)
    return t


def P(r, options):
    """Pick a relative path, sometimes inside a monorepo sub-project."""
    p = r.choice(options)
    if p.startswith('.github/') or p.startswith('.env') or p.startswith('.gitlab'):
        return p
    return r.choice(PREFIXES) + p


POS = []
NEG = []


def pos(provider, kind, conv, style, env, gen):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, conv=conv, style=style,
                        env=env, gen=gen, fn=fn))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


# ================================================================ positive templates
# Each returns (relpath, text); text holds SLOT exactly once.

@pos('amadeus', 'client_secret', False, 'py', 'AMADEUS_API_SECRET', 'amadeus_secret')
def am_py_sdk(r, c):
    p = P(r, ['app/services/flight_search.py', 'integrations/amadeus_client.py', 'src/travel/amadeus.py'])
    t = r'''"""Thin wrapper around the Amadeus Self-Service SDK used by the search endpoint."""
import logging
import os

from amadeus import Client, ResponseError

log = logging.getLogger(__name__)

_client = Client(
    client_id=os.environ["AMADEUS_API_KEY"],
    client_secret="%%SLOT%%",
    hostname="<<host>>",
    log_level="warn",
)


def search_offers(origin, destination, departure, adults=1):
    try:
        resp = _client.shopping.flight_offers_search.get(
            originLocationCode=origin,
            destinationLocationCode=destination,
            departureDate=departure,
            adults=adults,
            max=<<max>>,
        )
        return resp.data
    except ResponseError as exc:
        log.warning("amadeus search failed: %s", exc)
        return []


if __name__ == "__main__":
    print(len(search_offers("<<origin>>", "<<dest>>", "<<date>>")))
'''
    return p, F(t, c, host=r.choice(['test', 'production']), max=r.choice([5, 10, 20, 50]))


@pos('amadeus', 'client_secret', False, 'js', 'AMADEUS_CLIENT_SECRET', 'amadeus_secret')
def am_js_sdk(r, c):
    p = P(r, ['src/lib/amadeus.js', 'server/amadeus.js', 'lib/providers/amadeus.js'])
    t = r'''// Amadeus SDK initialisation shared by the /api/flights routes
const Amadeus = require('amadeus');

const amadeus = new Amadeus({
  clientId: process.env.AMADEUS_CLIENT_ID,
  clientSecret: '%%SLOT%%',
  hostname: process.env.NODE_ENV === 'production' ? 'production' : 'test',
  logLevel: 'warn',
});

async function cheapestDates(origin, destination) {
  const res = await amadeus.shopping.flightDates.get({ origin, destination });
  return res.data.slice(0, <<n>>);
}

async function airportSearch(keyword) {
  const res = await amadeus.referenceData.locations.get({ keyword, subType: 'AIRPORT,CITY' });
  return res.data.map((l) => ({ code: l.iataCode, name: l.name }));
}

module.exports = { amadeus, cheapestDates, airportSearch };
'''
    return p, F(t, c)


@pos('amadeus', 'client_secret', True, 'yaml', 'AMADEUS_API_SECRET', 'amadeus_secret')
def am_spring_yaml(r, c):
    p = P(r, ['src/main/resources/application.yml', 'src/main/resources/application-<<stage>>.yml'])
    t = r'''server:
  port: <<port>>

spring:
  application:
    name: <<org>>-flight-search
  jackson:
    default-property-inclusion: non_null

amadeus:
  base-url: https://test.api.amadeus.com
  token-path: /v1/security/oauth2/token
  api-key: ${AMADEUS_API_KEY}
  api-secret: %%SLOT%%
  timeout-seconds: <<timeout>>
  max-results: 25

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
'''
    return F(p, c), F(t, c)


@pos('amadeus', 'client_secret', False, 'sh', 'AMADEUS_CLIENT_SECRET', 'amadeus_secret')
def am_curl_token(r, c):
    p = P(r, ['scripts/amadeus_token.sh', 'tools/get-amadeus-token.sh', 'bin/amadeus-login'])
    t = r'''#!/usr/bin/env bash
# Fetch an OAuth2 access token from Amadeus for Developers and print it.
set -euo pipefail

AMADEUS_HOST="${AMADEUS_HOST:-test.api.amadeus.com}"

curl -sS "https://${AMADEUS_HOST}/v1/security/oauth2/token" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "grant_type=client_credentials&client_id=${AMADEUS_CLIENT_ID}&client_secret=%%SLOT%%" \
  | jq -r '.access_token'
'''
    return p, t


@pos('amadeus', 'api_key', True, 'props', 'AMADEUS_CLIENT_ID', 'amadeus_key')
def am_props_key(r, c):
    p = P(r, ['src/main/resources/application.properties', 'config/amadeus.properties'])
    t = r'''# Flight search service
server.port=<<port>>
spring.application.name=<<org>>-search
logging.level.com.<<org>>.travel=INFO

# Amadeus Self-Service APIs
amadeus.hostname=<<host>>
amadeus.client-id=%%SLOT%%
amadeus.client-secret=${AMADEUS_CLIENT_SECRET}
amadeus.default-currency=<<currency>>
amadeus.max-offers=<<n>>

# cache
search.cache.ttl-seconds=300
'''
    return p, F(t, c, host=r.choice(['test', 'production']))


@pos('amadeus', 'client_secret', True, 'postman', 'amadeus_client_secret', 'amadeus_secret')
def am_postman_env(r, c):
    p = P(r, ['postman/amadeus-test.postman_environment.json', 'collections/Amadeus.postman_environment.json'])
    t = r'''{
  "id": "<<uuid>>",
  "name": "Amadeus test",
  "values": [
    { "key": "baseUrl", "value": "https://test.api.amadeus.com", "type": "default", "enabled": true },
    { "key": "client_id", "value": "{{amadeus_client_id}}", "type": "default", "enabled": true },
    { "key": "client_secret", "value": "%%SLOT%%", "type": "secret", "enabled": true },
    { "key": "origin", "value": "<<origin>>", "type": "default", "enabled": true },
    { "key": "destination", "value": "<<dest>>", "type": "default", "enabled": true },
    { "key": "access_token", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/10.<<n>>.0"
}
'''
    return p, F(t, c)


@pos('amadeus', 'api_key', True, 'ts', 'AMADEUS_API_KEY', 'amadeus_key')
def am_ts_config(r, c):
    p = P(r, ['src/config/amadeus.ts', 'src/providers/amadeus/config.ts'])
    t = r'''export interface AmadeusConfig {
  apiKey: string;
  apiSecret: string | undefined;
  baseUrl: string;
  timeoutMs: number;
}

export const amadeusConfig: AmadeusConfig = {
  apiKey: '%%SLOT%%',
  apiSecret: process.env.AMADEUS_API_SECRET,
  baseUrl: 'https://test.api.amadeus.com/v2',
  timeoutMs: <<timeout>>000,
};

export const DEFAULT_SEARCH = {
  originLocationCode: '<<origin>>',
  destinationLocationCode: '<<dest>>',
  adults: <<pax>>,
  currencyCode: '<<currency>>',
};
'''
    return p, F(t, c)


@pos('amadeus', 'client_secret', False, 'md', 'AMADEUS_CLIENT_SECRET', 'amadeus_secret')
def am_md_howto(r, c):
    p = P(r, ['docs/amadeus.md', 'docs/integrations/amadeus-self-service.md', 'NOTES.md'])
    t = r'''# Amadeus Self-Service integration

We use the *Flight Offers Search* and *Flight Offers Price* APIs in the test environment.

## Getting a token by hand

```bash
curl https://test.api.amadeus.com/v1/security/oauth2/token \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "grant_type=client_credentials" \
  -d "client_id=$AMADEUS_CLIENT_ID" \
  -d "client_secret=%%SLOT%%"
```

The token lives for 1799 seconds. Then search:

```bash
curl -H "Authorization: Bearer $TOKEN" \
  "https://test.api.amadeus.com/v2/shopping/flight-offers?originLocationCode=<<origin>>&destinationLocationCode=<<dest>>&departureDate=<<date>>&adults=1"
```

Ask in #team-<<org>>-search if the quota is exhausted.
'''
    return p, F(t, c)


@pos('amadeus_enterprise', 'password', True, 'xml', 'AMADEUS_WS_PASSWORD', 'password')
def ame_spring_xml(r, c):
    p = P(r, ['src/main/resources/amadeus-ws-context.xml', 'config/spring/amadeus-ws.xml'])
    t = r'''<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">

    <!-- Amadeus Web Services (SOAP 4 header, stateless) -->
    <bean id="amadeusSecurity" class="com.<<org>>.gds.amadeus.SoapHeaderConfig">
        <property name="endpoint" value="https://nodeD1.test.webservices.amadeus.com/<<wsap>>"/>
        <property name="wsap" value="<<wsap>>"/>
        <property name="officeId" value="<<office>>"/>
        <property name="userId" value="WS<<org_up>>"/>
        <property name="password" value="%%SLOT%%"/>
        <property name="dutyCode" value="SU"/>
        <property name="requestorType" value="U"/>
    </bean>

    <bean id="pnrRetrieveClient" class="com.<<org>>.gds.amadeus.PnrRetrieveClient">
        <constructor-arg ref="amadeusSecurity"/>
        <property name="timeoutMillis" value="<<timeout>>000"/>
    </bean>
</beans>
'''
    return p, F(t, c, org_up=c['org'].upper()[:6])


@pos('amadeus_enterprise', 'password', True, 'props', 'AMADEUS_WS_PASSWORD', 'password')
def ame_props(r, c):
    p = P(r, ['config/gds.properties', 'src/main/resources/gds-amadeus.properties'])
    t = r'''# Amadeus Enterprise web services - queue and PNR robot
gds.amadeus.endpoint=https://nodeD1.production.webservices.amadeus.com/<<wsap>>
gds.amadeus.wsap=<<wsap>>
gds.amadeus.office-id=<<office>>
gds.amadeus.user-id=WSROBOT<<n>>
gds.amadeus.password=%%SLOT%%
gds.amadeus.duty-code=SU
gds.amadeus.queue.ticketing=50C1
gds.amadeus.queue.schedule-change=8
gds.amadeus.session.pool-size=<<retries>>
'''
    return p, F(t, c)


@pos('amadeus_enterprise', 'password', True, 'json', 'AmadeusWs__Password', 'password')
def ame_appsettings(r, c):
    p = P(r, ['src/Gds.Api/appsettings.json', 'src/Booking.Worker/appsettings.<<Stage>>.json'])
    t = r'''{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "AmadeusWs": {
    "Endpoint": "https://nodeD1.test.webservices.amadeus.com/<<wsap>>",
    "Wsap": "<<wsap>>",
    "OfficeId": "<<office>>",
    "UserId": "WSAGENCY",
    "Password": "%%SLOT%%",
    "PseudoCityCode": "<<office>>"
  },
  "Queues": { "Ticketing": 50, "Waitlist": 1 }
}
'''
    return F(p, c, Stage=c['stage'].capitalize()), F(t, c)


@pos('sabre', 'basic_credentials', False, 'py', 'SABRE_TOKEN_CREDENTIALS', 'sabre_b64')
def sabre_py_token(r, c):
    p = P(r, ['gds/sabre/auth.py', 'app/sabre_client.py', 'sabre/token.py'])
    t = r'''import time

import requests

SABRE_BASE = "https://api.cert.platform.sabre.com"
_cache = {"token": None, "exp": 0}


def get_token():
    """Sessionless ATK token via /v2/auth/token (client_credentials)."""
    if _cache["token"] and _cache["exp"] > time.time() + 60:
        return _cache["token"]
    resp = requests.post(
        SABRE_BASE + "/v2/auth/token",
        headers={
            "Authorization": "Basic %%SLOT%%",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        data={"grant_type": "client_credentials"},
        timeout=<<timeout>>,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache.update(token=body["access_token"], exp=time.time() + body["expires_in"])
    return _cache["token"]
'''
    return p, F(t, c)


@pos('sabre', 'basic_credentials', False, 'sh', 'SABRE_CREDENTIALS', 'sabre_b64')
def sabre_sh_token(r, c):
    p = P(r, ['scripts/sabre-token.sh', 'ops/sabre/get_token.sh'])
    t = r'''#!/bin/sh
# Sabre cert environment: fetch an ATK token for Bargain Finder Max smoke tests
# PCC <<pcc>>, EPR <<epr>>
curl -s -X POST "https://api.cert.platform.sabre.com/v2/auth/token" \
  -H "Authorization: Basic %%SLOT%%" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "grant_type=client_credentials" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
'''
    return p, F(t, c)


@pos('sabre', 'password', True, 'yaml', 'SABRE_PASSWORD', 'sabre_pw')
def sabre_yaml(r, c):
    p = P(r, ['config/sabre.yml', 'config/gds/<<stage>>.yaml'])
    t = r'''sabre:
  environment: cert
  rest_url: https://api.cert.platform.sabre.com
  soap_url: https://webservices.cert.platform.sabre.com
  credentials:
    epr: "<<epr>>"
    pcc: <<pcc>>
    domain: AA
    password: "%%SLOT%%"
  bfm:
    version: v5
    max_itineraries: <<n>>
  session_pool:
    min: 1
    max: <<retries>>
'''
    return F(p, c), F(t, c)


@pos('sabre', 'password', False, 'java', 'SABRE_PASSWORD', 'sabre_pw')
def sabre_java(r, c):
    p = P(r, ['src/main/java/com/<<org>>/gds/SabreModule.java'])
    t = r'''package com.<<org>>.gds;

import com.<<org>>.gds.sabre.SabreCredentials;
import com.<<org>>.gds.sabre.SabreRestClient;
import java.time.Duration;

public final class SabreModule {

    private SabreModule() {}

    public static SabreRestClient certClient() {
        SabreCredentials creds = new SabreCredentials("V1", "<<epr>>", "<<pcc>>", "AA", "%%SLOT%%");
        return SabreRestClient.builder()
                .baseUrl("https://api.cert.platform.sabre.com")
                .credentials(creds)
                .timeout(Duration.ofSeconds(<<timeout>>))
                .build();
    }
}
'''
    return F(p, c), F(t, c)


@pos('sabre', 'bearer_token', False, 'log', 'SABRE_ATK', 'sabre_atk')
def sabre_atk_log(r, c):
    p = P(r, ['logs/bfm-debug.log', 'var/log/sabre-client.log'])
    t = r'''<<date>> <<hour>>:<<minute>>:01.112 INFO  [bfm-worker-3] c.<<org>>.gds.SabreClient - BFM search <<origin>>-<<dest>> <<date2>> pax=<<pax>>
<<date>> <<hour>>:<<minute>>:01.113 DEBUG [bfm-worker-3] c.<<org>>.http.Wire - >> POST https://api.cert.platform.sabre.com/v5/offers/shop
<<date>> <<hour>>:<<minute>>:01.113 DEBUG [bfm-worker-3] c.<<org>>.http.Wire - >> Content-Type: application/json
<<date>> <<hour>>:<<minute>>:01.113 DEBUG [bfm-worker-3] c.<<org>>.http.Wire - >> Authorization: Bearer %%SLOT%%
<<date>> <<hour>>:<<minute>>:01.114 DEBUG [bfm-worker-3] c.<<org>>.http.Wire - >> Conversation-ID: <<uuid>>
<<date>> <<hour>>:<<minute>>:03.870 DEBUG [bfm-worker-3] c.<<org>>.http.Wire - << HTTP/1.1 200 OK
<<date>> <<hour>>:<<minute>>:03.871 INFO  [bfm-worker-3] c.<<org>>.gds.SabreClient - BFM returned <<n>> itineraries in 2757 ms
'''
    return p, F(t, c)


@pos('sabre', 'password', True, 'props', 'SABRE_PASSWORD', 'sabre_pw')
def sabre_props(r, c):
    p = P(r, ['config/sabre-soap.properties', 'src/main/resources/sabre.properties'])
    t = r'''# Sabre SOAP session pool (SessionCreateRQ)
sabre.soap.endpoint=https://webservices.platform.sabre.com
sabre.soap.organization=<<pcc>>
sabre.soap.username=<<epr>>
sabre.soap.password=%%SLOT%%
sabre.soap.domain=DEFAULT
sabre.soap.pool.size=<<retries>>
sabre.soap.keepalive.minutes=14
'''
    return p, F(t, c)


@pos('travelport', 'password', True, 'js', 'UAPI_PASSWORD', 'tp_password')
def tp_js_uapi(r, c):
    p = P(r, ['src/gds/uapi.js', 'lib/travelport.js', 'config/uapi.js'])
    t = r'''const uAPI = require('uapi-json');

const settings = {
  auth: {
    username: '<<tp_user>>',
    password: '%%SLOT%%',
    targetBranch: '<<branch>>',
    emulatePcc: '<<pcc4>>',
    region: 'emea',
  },
  production: false,
  debug: 0,
};

const AirService = uAPI.createAirService(settings);

async function shop(from, to, departureDate) {
  return AirService.shop({
    legs: [{ from, to, departureDate }],
    passengers: { ADT: <<pax>> },
    cabins: ['Economy'],
  });
}

module.exports = { shop };
'''
    return p, F(t, c, pcc4=rs(r, UALNUM, 4))


@pos('travelport', 'password', False, 'php', 'UAPI_PASSWORD', 'tp_password')
def tp_php(r, c):
    p = P(r, ['src/Gds/UapiClient.php', 'app/Services/Travelport/Client.php'])
    t = r'''<?php

namespace App\Services\Travelport;

class Client
{
    private const ENDPOINT = 'https://emea.universal-api.pp.travelport.com/B2BGateway/connect/uAPI/AirService';
    private const TARGET_BRANCH = '<<branch>>';

    public function send(string $soapBody): string
    {
        $auth = base64_encode('<<tp_user>>:' . '%%SLOT%%');
        $ch = curl_init(self::ENDPOINT);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => $soapBody,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => <<timeout>>,
            CURLOPT_HTTPHEADER => [
                'Content-Type: text/xml;charset=UTF-8',
                'Accept-Encoding: gzip,deflate',
                'Authorization: Basic ' . $auth,
            ],
        ]);
        $out = curl_exec($ch);
        curl_close($ch);
        return (string) $out;
    }
}
'''
    return p, F(t, c)


@pos('travelport', 'basic_credentials', False, 'cs', 'TRAVELPORT_BASIC', 'tp_basic')
def tp_cs_basic(r, c):
    p = P(r, ['src/Gds.Travelport/UapiHttpClient.cs', 'Connectors/Travelport/UapiTransport.cs'])
    t = r'''using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace <<Org>>.Gds.Travelport
{
    public sealed class UapiHttpClient
    {
        private readonly HttpClient _http;

        public UapiHttpClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri("https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/");
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "%%SLOT%%");
        }

        public async Task<string> PostAsync(string service, string envelope)
        {
            var content = new StringContent(envelope, Encoding.UTF8, "text/xml");
            var resp = await _http.PostAsync(service, content);
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
'''
    return p, F(t, c)


@pos('travelport', 'password', True, 'xml', 'Travelport.Password', 'tp_password')
def tp_app_config(r, c):
    p = P(r, ['src/Booking.Host/App.config', 'Web.config'])
    t = r'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Travelport.Endpoint" value="https://americas.universal-api.pp.travelport.com/B2BGateway/connect/uAPI/" />
    <add key="Travelport.UserName" value="<<tp_user>>" />
    <add key="Travelport.Password" value="%%SLOT%%" />
    <add key="Travelport.TargetBranch" value="<<branch>>" />
    <add key="Travelport.Provider" value="1G" />
    <add key="Search.MaxSolutions" value="<<n>>" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
'''
    return p, F(t, c)


@pos('travelport', 'password', False, 'go', 'UAPI_PASSWORD', 'tp_password')
def tp_go(r, c):
    p = P(r, ['internal/gds/travelport/client.go', 'cmd/uapi-ping/main.go'])
    t = r'''package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/<<org>>/gds/travelport"
)

func main() {
	client := travelport.NewClient("<<tp_user>>", "%%SLOT%%", "<<branch>>")
	client.Timeout = <<timeout>> * time.Second

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	rsp, err := client.Ping(ctx, "uapi-ping-<<n>>")
	if err != nil {
		log.Fatalf("ping failed: %v", err)
	}
	fmt.Println("TransactionId:", rsp.TransactionID)
}
'''
    return p, F(t, c)


@pos('duffel', 'bearer_token', True, 'env', 'DUFFEL_ACCESS_TOKEN', 'duffel')
def duffel_env(r, c):
    p = r.choice(['.env', '.env.local'])
    t = r'''NODE_ENV=development
PORT=<<port>>
DATABASE_URL=postgres://localhost:5432/<<org>>_dev
DUFFEL_ACCESS_TOKEN=%%SLOT%%
DUFFEL_API_VERSION=v2
DEFAULT_CURRENCY=<<currency>>
NEXT_PUBLIC_SITE_NAME=<<Org>>
'''
    return p, F(t, c)


@pos('duffel', 'bearer_token', False, 'js', 'DUFFEL_ACCESS_TOKEN', 'duffel')
def duffel_js(r, c):
    p = P(r, ['src/lib/duffel.ts', 'lib/duffel.ts', 'server/duffel-client.ts'])
    t = r'''import { Duffel } from '@duffel/api'

export const duffel = new Duffel({
  token: '%%SLOT%%',
  debug: { verbose: false },
})

export async function searchOneWay(origin: string, destination: string, date: string) {
  const offerRequest = await duffel.offerRequests.create({
    slices: [{ origin, destination, departure_date: date }],
    passengers: [{ type: 'adult' }],
    cabin_class: 'economy',
    return_offers: true,
  })
  return offerRequest.data.offers.slice(0, <<n>>)
}
'''
    return p, F(t, c)


@pos('duffel', 'bearer_token', False, 'py', 'DUFFEL_ACCESS_TOKEN', 'duffel')
def duffel_py(r, c):
    p = P(r, ['scripts/duffel_airports.py', 'app/duffel/http.py', 'tools/list_offers.py'])
    t = r'''import requests

BASE = "https://api.duffel.com"
HEADERS = {
    "Accept": "application/json",
    "Accept-Encoding": "gzip",
    "Authorization": "Bearer %%SLOT%%",
    "Duffel-Version": "v2",
}


def airports(search, limit=<<n>>):
    resp = requests.get(f"{BASE}/air/airports", headers=HEADERS,
                        params={"search": search, "limit": limit}, timeout=<<timeout>>)
    resp.raise_for_status()
    return [(a["iata_code"], a["name"]) for a in resp.json()["data"]]


if __name__ == "__main__":
    for code, name in airports("<<city>>"):
        print(code, name)
'''
    return p, F(t, c)


@pos('duffel', 'bearer_token', True, 'yaml', 'DUFFEL_ACCESS_TOKEN', 'duffel')
def duffel_gha(r, c):
    p = r.choice(['.github/workflows/e2e.yml', '.github/workflows/contract-tests.yml'])
    t = r'''name: e2e

on:
  pull_request:
  schedule:
    - cron: "<<minute>> 4 * * 1-5"

jobs:
  booking-flow:
    runs-on: ubuntu-latest
    env:
      DUFFEL_ACCESS_TOKEN: %%SLOT%%
      DUFFEL_API_VERSION: v2
      E2E_ORIGIN: <<origin>>
      E2E_DESTINATION: <<dest>>
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run test:e2e -- --grep "book one-way"
'''
    return p, F(t, c)


@pos('duffel', 'bearer_token', False, 'tf', 'duffel_access_token', 'duffel')
def duffel_tf(r, c):
    p = P(r, ['infra/ssm.tf', 'terraform/modules/booking/params.tf'])
    t = r'''resource "aws_ssm_parameter" "duffel_token" {
  name        = "/<<org>>/<<stage>>/duffel/access-token"
  description = "Duffel API token used by the booking service"
  type        = "SecureString"
  value       = "%%SLOT%%"

  tags = {
    service = "booking"
    owner   = "team-flights"
  }
}

resource "aws_ssm_parameter" "duffel_version" {
  name  = "/<<org>>/<<stage>>/duffel/api-version"
  type  = "String"
  value = "v2"
}
'''
    return p, F(t, c)


@pos('duffel', 'bearer_token', False, 'md', 'DUFFEL_TEST_TOKEN', 'duffel_test')
def duffel_md(r, c):
    p = P(r, ['docs/local-setup.md', 'CONTRIBUTING.md', 'docs/onboarding.md'])
    t = r'''# Local setup

1. `npm install`
2. Copy `.env.example` to `.env.local`.
3. For Duffel we share one sandbox token for the team; paste it as
   `DUFFEL_ACCESS_TOKEN`:

   %%SLOT%%

   It only works against Duffel Airways (test mode), so bookings are free.
4. `npm run dev` and open http://localhost:<<port>>/search?from=<<origin>>&to=<<dest>>

If searches time out, check https://duffel.com/status first.
'''
    return p, F(t, c)


@pos('duffel', 'bearer_token', True, 'docker', 'DUFFEL_TOKEN', 'duffel')
def duffel_docker(r, c):
    p = P(r, ['Dockerfile', 'docker/booking.Dockerfile'])
    t = r'''FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \
    PORT=<<port>>
ENV DUFFEL_TOKEN=%%SLOT%%
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE <<port>>
CMD ["node", "dist/server.js"]
'''
    return p, F(t, c)


@pos('hotelbeds', 'shared_secret', True, 'java', 'HOTELBEDS_SECRET', 'hb_secret')
def hb_java(r, c):
    p = P(r, ['src/main/java/com/<<org>>/hotels/HotelbedsAuth.java'])
    t = r'''package com.<<org>>.hotels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Builds the Api-key / X-Signature headers required by Hotelbeds APItude. */
public final class HotelbedsAuth {

    private static final String API_KEY = System.getenv("HOTELBEDS_API_KEY");
    private static final String SECRET = "%%SLOT%%";

    private HotelbedsAuth() {}

    public static String signature() {
        long ts = System.currentTimeMillis() / 1000;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest((API_KEY + SECRET + ts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String apiKey() {
        return API_KEY;
    }
}
'''
    return F(p, c), F(t, c)


@pos('hotelbeds', 'shared_secret', False, 'sh', 'HOTELBEDS_SECRET', 'hb_secret')
def hb_sh(r, c):
    p = P(r, ['scripts/hotelbeds-status.sh', 'ops/check_hotelbeds.sh'])
    t = r'''#!/bin/bash
# Quick health check of the Hotelbeds Booking API (evaluation quota: 50 req/day!)
apiKey="${HOTELBEDS_API_KEY:?set HOTELBEDS_API_KEY}"
secret="%%SLOT%%"
sig=$(echo -n "${apiKey}${secret}$(date +%s)" | sha256sum | awk '{ print $1 }')

curl -i -X GET \
  -H 'Accept: application/json' \
  -H "Api-key: ${apiKey}" \
  -H "X-Signature: ${sig}" \
  https://api.test.hotelbeds.com/hotel-api/1.0/status
'''
    return p, t


@pos('hotelbeds', 'api_key', False, 'postman', 'Api-key', 'hb_key')
def hb_postman(r, c):
    p = P(r, ['postman/Hotelbeds.postman_environment.json', 'qa/hotelbeds-env.json'])
    t = r'''{
  "id": "<<uuid>>",
  "name": "Hotelbeds test",
  "values": [
    { "key": "url", "value": "https://api.test.hotelbeds.com", "enabled": true },
    { "key": "Api-key", "value": "%%SLOT%%", "enabled": true },
    { "key": "secret", "value": "{{hotelbeds_secret}}", "enabled": true },
    { "key": "checkIn", "value": "<<date>>", "enabled": true },
    { "key": "destinationCode", "value": "<<dest>>", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
'''
    return p, F(t, c)


@pos('hotelbeds', 'shared_secret', False, 'php', 'HOTELBEDS_SECRET', 'hb_secret')
def hb_php(r, c):
    p = P(r, ['app/Providers/HotelbedsServiceProvider.php', 'src/Hotels/Bootstrap.php'])
    t = r'''<?php

namespace App\Providers;

use App\Hotels\Hotelbeds\HotelbedsClient;
use Illuminate\Support\ServiceProvider;

class HotelbedsServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(HotelbedsClient::class, function () {
            return new HotelbedsClient(
                env('HOTELBEDS_API_KEY'),
                '%%SLOT%%',
                'https://api.test.hotelbeds.com',
                <<timeout>>
            );
        });
    }
}
'''
    return p, F(t, c)


@pos('hotelbeds', 'api_key', True, 'yaml', 'HOTELBEDS_API_KEY', 'hb_key')
def hb_helm(r, c):
    p = P(r, ['deploy/values.yaml', 'charts/hotel-search/values-<<stage>>.yaml'])
    t = r'''replicaCount: <<retries>>

image:
  repository: registry.<<org>>.io/hotel-search
  tag: "<<ver>>"

hotelbeds:
  baseUrl: https://api.test.hotelbeds.com/hotel-api/1.0
  apiKey: "%%SLOT%%"
  secretRef:
    name: hotelbeds-signing
    key: secret
  language: ENG

resources:
  requests:
    cpu: 250m
    memory: 256Mi
'''
    return F(p, c), F(t, c)


@pos('expedia', 'shared_secret', True, 'py', 'RAPID_SHARED_SECRET', 'ex_secret')
def ex_py(r, c):
    p = P(r, ['hotels/rapid/auth.py', 'app/expedia_rapid.py'])
    t = r'''import hashlib
import os
import time

RAPID_API_KEY = os.environ["RAPID_API_KEY"]
RAPID_SHARED_SECRET = "%%SLOT%%"
RAPID_BASE = "https://test.ean.com/v3"


def auth_header(now=None):
    ts = str(int(now or time.time()))
    sig = hashlib.sha512((RAPID_API_KEY + RAPID_SHARED_SECRET + ts).encode()).hexdigest()
    return f"EAN APIKey={RAPID_API_KEY},Signature={sig},timestamp={ts}"


def default_headers(customer_ip):
    return {
        "Authorization": auth_header(),
        "Accept": "application/json",
        "Accept-Encoding": "gzip",
        "Customer-Ip": customer_ip,
        "User-Agent": "<<Org>>Hotels/<<ver>>",
    }
'''
    return p, F(t, c)


@pos('expedia', 'shared_secret', False, 'js', 'RAPID_SECRET', 'ex_secret')
def ex_js(r, c):
    p = P(r, ['src/rapid/signature.js', 'lib/ean.js'])
    t = r'''const crypto = require('crypto');

function rapidAuthorization(apiKey) {
  const timestamp = Math.round(Date.now() / 1000);
  const signature = crypto
    .createHash('sha512')
    .update(apiKey + '%%SLOT%%' + timestamp)
    .digest('hex');
  return `EAN APIKey=${apiKey},Signature=${signature},timestamp=${timestamp}`;
}

module.exports = { rapidAuthorization };
'''
    return p, t


@pos('expedia', 'api_key', True, 'toml', 'RAPID_API_KEY', 'ex_key')
def ex_toml(r, c):
    p = P(r, ['config/providers.toml', 'config/<<stage>>.toml'])
    t = r'''[server]
listen = "0.0.0.0:<<port>>"

[expedia.rapid]
base_url = "https://test.ean.com/v3"
api_key = "%%SLOT%%"
shared_secret_env = "RAPID_SHARED_SECRET"
language = "en-US"
country_code = "GB"

[cache]
content_ttl_hours = 24
'''
    return F(p, c), F(t, c)


@pos('expedia', 'shared_secret', True, 'cs', 'Rapid__SharedSecret', 'ex_secret')
def ex_cs(r, c):
    p = P(r, ['src/Hotels.Rapid/RapidSigner.cs'])
    t = r'''using System;
using System.Security.Cryptography;
using System.Text;

namespace <<Org>>.Hotels.Rapid
{
    public static class RapidSigner
    {
        private const string SharedSecret = "%%SLOT%%";

        public static string Header(string apiKey)
        {
            var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
            using var sha = SHA512.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(apiKey + SharedSecret + ts));
            var sig = Convert.ToHexString(hash).ToLowerInvariant();
            return $"EAN APIKey={apiKey},Signature={sig},timestamp={ts}";
        }
    }
}
'''
    return p, F(t, c)


@pos('skyscanner', 'api_key', False, 'go', 'SKYSCANNER_API_KEY', 'sky')
def sky_go(r, c):
    p = P(r, ['internal/skyscanner/client.go', 'pkg/providers/skyscanner.go'])
    t = r'''package skyscanner

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

const baseURL = "https://partners.api.skyscanner.net/apiservices/v3/flights/live/search/create"

var httpClient = &http.Client{Timeout: <<timeout>> * time.Second}

func CreateSearch(query map[string]any) (*http.Response, error) {
	body, err := json.Marshal(map[string]any{"query": query})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, baseURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", "%%SLOT%%")
	req.Header.Set("Content-Type", "application/json")
	return httpClient.Do(req)
}
'''
    return p, F(t, c)


@pos('skyscanner', 'api_key', True, 'yaml', 'SKYSCANNER_API_KEY', 'sky')
def sky_yaml(r, c):
    p = P(r, ['config/metasearch.yml', 'config/partners.yaml'])
    t = r'''metasearch:
  default_market: UK
  default_locale: en-GB
  default_currency: <<currency>>
  skyscanner:
    enabled: true
    api_key: %%SLOT%%
    poll_interval_ms: 1500
    max_polls: <<n>>
  kayak:
    enabled: false
'''
    return p, F(t, c)


@pos('kiwi', 'api_key', False, 'py', 'TEQUILA_API_KEY', 'kiwi')
def kiwi_py(r, c):
    p = P(r, ['flight_search.py', 'bot/flight_deals.py', 'app/tequila.py'])
    t = r'''import requests

TEQUILA_ENDPOINT = "https://api.tequila.kiwi.com"


class FlightSearch:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers.update({"apikey": "%%SLOT%%"})

    def iata_code(self, city):
        resp = self.session.get(f"{TEQUILA_ENDPOINT}/locations/query",
                                params={"term": city, "location_types": "city"})
        return resp.json()["locations"][0]["code"]

    def cheapest(self, fly_from, fly_to, date_from, date_to):
        params = {
            "fly_from": fly_from, "fly_to": fly_to,
            "date_from": date_from, "date_to": date_to,
            "nights_in_dst_from": 3, "nights_in_dst_to": <<n>>,
            "one_for_city": 1, "max_stopovers": 0, "curr": "<<currency>>",
        }
        resp = self.session.get(f"{TEQUILA_ENDPOINT}/v2/search", params=params)
        data = resp.json().get("data", [])
        return data[0] if data else None
'''
    return p, F(t, c)


@pos('kiwi', 'api_key', True, 'json', 'TEQUILA_API_KEY', 'kiwi')
def kiwi_json(r, c):
    p = P(r, ['config/default.json', 'config/<<stage>>.json'])
    t = r'''{
  "server": { "port": <<port>>, "corsOrigins": ["https://www.<<org>>.com"] },
  "tequila": {
    "baseUrl": "https://api.tequila.kiwi.com",
    "apiKey": "%%SLOT%%",
    "partnerMarket": "gb",
    "maxResults": <<n>>
  },
  "alerts": { "priceDropPercent": 15 }
}
'''
    return F(p, c), F(t, c)


@pos('kiwi', 'api_key', False, 'sh', 'TEQUILA_KEY', 'kiwi')
def kiwi_sh(r, c):
    p = P(r, ['scripts/cheap-flights.sh', 'examples/tequila_search.sh'])
    t = r'''#!/usr/bin/env bash
FROM=${1:-<<origin>>}
TO=${2:-<<dest>>}
curl -s -G "https://api.tequila.kiwi.com/v2/search" \
  -H "apikey: %%SLOT%%" \
  --data-urlencode "fly_from=${FROM}" \
  --data-urlencode "fly_to=${TO}" \
  --data-urlencode "date_from=01/06/<<year>>" \
  --data-urlencode "date_to=30/06/<<year>>" \
  --data-urlencode "curr=<<currency>>" | jq '.data[0] | {price, deep_link}'
'''
    return p, F(t, c)


@pos('booking', 'bearer_token', False, 'ts', 'BOOKING_API_KEY', 'booking')
def bk_ts(r, c):
    p = P(r, ['src/providers/booking/client.ts', 'src/lib/demand-api.ts'])
    t = r'''import axios from 'axios';

export const demandApi = axios.create({
  baseURL: 'https://demandapi-sandbox.booking.com/3.1',
  timeout: <<timeout>>000,
  headers: {
    Authorization: 'Bearer %%SLOT%%',
    'X-Affiliate-Id': '<<aid>>',
    'Content-Type': 'application/json',
  },
});

export async function searchCity(city: number, checkin: string, checkout: string) {
  const { data } = await demandApi.post('/accommodations/search', {
    booker: { country: 'gb', platform: 'desktop' },
    checkin,
    checkout,
    city,
    guests: { number_of_adults: <<pax>>, number_of_rooms: 1 },
  });
  return data;
}
'''
    return p, F(t, c)


@pos('booking', 'bearer_token', True, 'props', 'BOOKING_DEMAND_API_TOKEN', 'booking')
def bk_props(r, c):
    p = P(r, ['src/main/resources/booking.properties', 'config/booking-demand.properties'])
    t = r'''booking.demand.base-url=https://demandapi.booking.com/3.1
booking.demand.affiliate-id=<<aid>>
booking.demand.api-token=%%SLOT%%
booking.demand.booker-country=nl
booking.demand.rows-per-page=<<n>>
booking.demand.read-timeout=<<timeout>>s
'''
    return p, F(t, c)


@pos('booking', 'password', True, 'ini', 'BOOKING_CONNECTIVITY_PASSWORD', 'password')
def bk_ini(r, c):
    p = P(r, ['config/channels.ini', 'etc/channel-sync.ini'])
    t = r'''[general]
property_code = <<hotel>>
sync_interval_minutes = 15
log_level = info

[booking_connectivity]
endpoint = https://supply-xml.booking.com/hotels/ota/
username = <<org>>-cm-machine
password = %%SLOT%%
hotel_id = <<hotel>>

[expedia_eqc]
enabled = false
'''
    return p, F(t, c)


@pos('viator', 'api_key', False, 'py', 'VIATOR_API_KEY', 'viator')
def vi_py(r, c):
    p = P(r, ['activities/viator.py', 'app/clients/viator_client.py'])
    t = r'''import httpx

VIATOR_BASE = "https://api.sandbox.viator.com/partner"


def viator_client():
    return httpx.Client(
        base_url=VIATOR_BASE,
        headers={
            "exp-api-key": "%%SLOT%%",
            "Accept": "application/json;version=2.0",
            "Accept-Language": "en-US",
        },
        timeout=<<timeout>>,
    )


def products_for_destination(dest_id, count=<<n>>):
    with viator_client() as cl:
        r = cl.post("/products/search", json={
            "filtering": {"destination": str(dest_id)},
            "pagination": {"start": 1, "count": count},
            "currency": "<<currency>>",
        })
        r.raise_for_status()
        return r.json()["products"]
'''
    return p, F(t, c)


@pos('viator', 'api_key', True, 'yaml', 'VIATOR_API_KEY', 'viator')
def vi_yaml(r, c):
    p = P(r, ['config/activities.yml', 'config/suppliers/viator.yaml'])
    t = r'''activities:
  providers:
    viator:
      base_url: https://api.viator.com/partner
      api_key: "%%SLOT%%"
      campaign: <<org>>-web
      accept_language: en-US
    getyourguide:
      enabled: false
  default_currency: <<currency>>
'''
    return p, F(t, c)


@pos('getyourguide', 'api_key', False, 'php', 'GYG_ACCESS_TOKEN', 'gyg')
def gyg_php(r, c):
    p = P(r, ['src/Activities/GetYourGuide.php', 'includes/class-gyg-api.php'])
    t = r'''<?php

final class GetYourGuideApi
{
    private string $base = 'https://api.getyourguide.com/1';

    public function tours(string $query, string $currency = '<<currency>>'): array
    {
        $url = $this->base . '/tours?' . http_build_query([
            'q' => $query,
            'cnt_language' => 'en',
            'currency' => $currency,
            'limit' => <<n>>,
        ]);
        $ch = curl_init($url);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_HTTPHEADER, [
            'Accept: application/json',
            'X-ACCESS-TOKEN: %%SLOT%%',
        ]);
        $body = curl_exec($ch);
        curl_close($ch);
        return json_decode((string) $body, true)['data']['tours'] ?? [];
    }
}
'''
    return p, F(t, c)


@pos('getyourguide', 'api_key', True, 'yaml', 'GETYOURGUIDE_ACCESS_TOKEN', 'gyg')
def gyg_compose(r, c):
    p = P(r, ['docker-compose.yml', 'docker-compose.override.yml'])
    t = r'''services:
  web:
    build: .
    ports:
      - "<<port>>:<<port>>"
    environment:
      APP_ENV: <<stage>>
      GETYOURGUIDE_ACCESS_TOKEN: %%SLOT%%
      GETYOURGUIDE_PARTNER_ID: <<aid>>
      REDIS_URL: redis://cache:6379/0
    depends_on:
      - cache
  cache:
    image: redis:7-alpine
'''
    return p, F(t, c)


@pos('flightaware', 'api_key', True, 'py', 'AEROAPI_KEY', 'aero')
def fa_py(r, c):
    p = P(r, ['tracker/aeroapi.py', 'flight_status.py'])
    t = r'''import requests

AEROAPI_BASE_URL = "https://aeroapi.flightaware.com/aeroapi"
AEROAPI_KEY = "%%SLOT%%"

session = requests.Session()
session.headers.update({"x-apikey": AEROAPI_KEY, "Accept": "application/json"})


def flight_status(ident):
    resp = session.get(f"{AEROAPI_BASE_URL}/flights/{ident}", params={"max_pages": 1})
    resp.raise_for_status()
    flights = resp.json().get("flights", [])
    return flights[0] if flights else None


if __name__ == "__main__":
    f = flight_status("<<airline>><<fno>>")
    print(f and (f["origin"]["code"], f["destination"]["code"], f["status"]))
'''
    return p, F(t, c)


@pos('flightaware', 'api_key', False, 'js', 'AEROAPI_KEY', 'aero')
def fa_js(r, c):
    p = P(r, ['src/services/arrivals.js', 'functions/arrivals/index.js'])
    t = r'''export async function arrivals(airport) {
  const res = await fetch(
    `https://aeroapi.flightaware.com/aeroapi/airports/${airport}/flights/arrivals?max_pages=1`,
    { headers: { 'x-apikey': '%%SLOT%%', Accept: 'application/json' } },
  );
  if (!res.ok) throw new Error(`AeroAPI ${res.status}`);
  const body = await res.json();
  return body.arrivals.map((f) => ({
    ident: f.ident_iata,
    from: f.origin?.code_iata,
    eta: f.estimated_in,
  }));
}
'''
    return p, t


@pos('flightaware', 'api_key', True, 'tf', 'aeroapi_key', 'aero')
def fa_tf(r, c):
    p = P(r, ['terraform/variables.tf', 'infra/lambda/variables.tf'])
    t = r'''variable "region" {
  type    = string
  default = "<<region>>"
}

variable "aeroapi_key" {
  description = "FlightAware AeroAPI key for the arrivals board"
  type        = string
  default     = "%%SLOT%%"
}

variable "poll_minutes" {
  type    = number
  default = 5
}
'''
    return p, F(t, c)


@pos('aviationstack', 'key_in_url', False, 'py', 'AVIATIONSTACK_KEY', 'hex32')
def av_url_py(r, c):
    p = P(r, ['scripts/fetch_flights.py', 'etl/aviationstack_pull.py'])
    t = r'''import json
import urllib.request

URL = "http://api.aviationstack.com/v1/flights?access_key=%%SLOT%%&flight_iata=<<airline>><<fno>>"


def main():
    with urllib.request.urlopen(URL, timeout=<<timeout>>) as resp:
        payload = json.load(resp)
    for f in payload.get("data", []):
        print(f["flight_date"], f["flight_status"], f["departure"]["iata"], f["arrival"]["iata"])


if __name__ == "__main__":
    main()
'''
    return p, F(t, c)


@pos('aviationstack', 'api_key', True, 'env', 'AVIATIONSTACK_ACCESS_KEY', 'hex32')
def av_env(r, c):
    p = r.choice(['.env.production', '.env'])
    t = r'''APP_URL=https://flights.<<org>>.com
LOG_CHANNEL=stack
AVIATIONSTACK_ACCESS_KEY=%%SLOT%%
AVIATIONSTACK_BASE_URL=https://api.aviationstack.com/v1
CACHE_DRIVER=redis
'''
    return p, F(t, c)


@pos('aviationstack', 'key_in_url', False, 'log', 'AVIATIONSTACK_KEY', 'hex32')
def av_log(r, c):
    p = P(r, ['logs/access.log', 'var/log/nginx/egress.log'])
    t = r'''<<ip>> - - [<<date>>T<<hour>>:<<minute>>:12Z] "GET /v1/airports?search=<<city>> HTTP/1.1" 200 1840 "-" "python-requests/2.31"
<<ip>> - - [<<date>>T<<hour>>:<<minute>>:13Z] "GET /v1/flights?access_key=%%SLOT%%&dep_iata=<<origin>>&limit=<<n>> HTTP/1.1" 200 22713 "-" "python-requests/2.31"
<<ip>> - - [<<date>>T<<hour>>:<<minute>>:44Z] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
'''
    return p, F(t, c)


@pos('aviationstack', 'key_in_url', False, 'md', 'AVIATIONSTACK_KEY', 'hex32')
def av_md(r, c):
    p = P(r, ['README.md', 'docs/data-sources.md'])
    t = r'''# <<Org>> departures board

Shows live departures for a single airport on a Raspberry Pi screen.

## Data source

Flight data comes from aviationstack (free plan, HTTP only):

    http://api.aviationstack.com/v1/flights?access_key=%%SLOT%%&dep_iata=<<origin>>

## Running

```
pip install -r requirements.txt
python board.py --airport <<origin>> --refresh 300
```
'''
    return p, F(t, c)


@pos('oag', 'api_key', False, 'cs', 'OAG_SUBSCRIPTION_KEY', 'hex32')
def oag_cs(r, c):
    p = P(r, ['src/FlightInfo/OagClient.cs', 'Services/OagFlightInfoService.cs'])
    t = r'''using System.Net.Http;
using System.Threading.Tasks;

namespace <<Org>>.FlightInfo
{
    public class OagClient
    {
        private readonly HttpClient _client = new HttpClient();

        public OagClient()
        {
            _client.BaseAddress = new System.Uri("https://api.oag.com/");
            _client.DefaultRequestHeaders.Add("Subscription-Key", "%%SLOT%%");
            _client.DefaultRequestHeaders.Add("Cache-Control", "no-cache");
        }

        public Task<string> InstancesAsync(string date, string carrier, int flight) =>
            _client.GetStringAsync($"flight-instances/?DepartureDateTime={date}&CarrierCode={carrier}&FlightNumber={flight}&version=v2");
    }
}
'''
    return p, F(t, c)


@pos('oag', 'api_key', True, 'yaml', 'OAG_SUBSCRIPTION_KEY', 'hex32')
def oag_yaml(r, c):
    p = P(r, ['config/schedules.yml', 'config/oag.yaml'])
    t = r'''schedules:
  source: oag
  oag:
    base_url: https://api.oag.com
    subscription_key: %%SLOT%%
    version: v2
    page_size: 1000
  carriers: [<<airline>>]
  horizon_days: <<n>>
'''
    return p, F(t, c)


@pos('cirium', 'key_in_url', False, 'java', 'FLIGHTSTATS_APP_KEY', 'hex32')
def ci_java(r, c):
    p = P(r, ['src/main/java/com/<<org>>/status/FlightStatsClient.java'])
    t = r'''package com.<<org>>.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class FlightStatsClient {

    private static final String APP_ID = "<<app_id>>";
    private final HttpClient http = HttpClient.newHttpClient();

    public String status(String carrier, String flight, int y, int m, int d) throws Exception {
        String url = "https://api.flightstats.com/flex/flightstatus/rest/v2/json/flight/status/"
                + carrier + "/" + flight + "/dep/" + y + "/" + m + "/" + d
                + "?appId=" + APP_ID + "&appKey=%%SLOT%%&utc=false";
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
'''
    return F(p, c), F(t, c)


@pos('cirium', 'api_key', True, 'props', 'FLIGHTSTATS_APP_KEY', 'hex32')
def ci_props(r, c):
    p = P(r, ['src/main/resources/flightstats.properties', 'config/cirium.properties'])
    t = r'''# Cirium FlightStats Flex APIs
flightstats.base-url=https://api.flightstats.com/flex
flightstats.app-id=<<app_id>>
flightstats.app-key=%%SLOT%%
flightstats.extended-options=useHTTPErrors
flightstats.poll-seconds=<<timeout>>
'''
    return p, F(t, c)


@pos('cirium', 'api_key', True, 'go', 'CIRIUM_APP_KEY', 'hex32')
def ci_go(r, c):
    p = P(r, ['internal/cirium/config.go', 'pkg/flightstats/const.go'])
    t = r'''package cirium

import "net/http"

const (
	baseURL = "https://api.flightstats.com/flex"
	appID   = "<<app_id>>"
	appKey  = "%%SLOT%%"
)

// sign adds the Flex API credentials as headers instead of query parameters.
func sign(req *http.Request) {
	req.Header.Set("appId", appID)
	req.Header.Set("appKey", appKey)
}
'''
    return p, F(t, c)


@pos('trainline', 'client_secret', True, 'yaml', 'TRAINLINE_CLIENT_SECRET', 'trainline')
def tl_yaml(r, c):
    p = P(r, ['config/rail.yml', 'config/rail/partners.yaml'])
    t = r'''rail:
  providers:
    trainline:
      token_url: https://partner-api.thetrainline.com/oauth/token
      api_url: https://partner-api.thetrainline.com
      client_id: <<org>>-rail-<<stage>>
      client_secret: %%SLOT%%
      scopes: [search, book]
    flixbus:
      enabled: false
  search:
    max_changes: 2
'''
    return p, F(t, c)


@pos('flixbus', 'api_key', False, 'php', 'FLIXBUS_API_TOKEN', 'flix')
def fx_php(r, c):
    p = P(r, ['config/services.php', 'app/Bus/FlixbusGateway.php'])
    t = r'''<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
    ],

    'flixbus' => [
        'base_uri' => 'https://global.api.flixbus.com',
        'headers' => [
            'X-API-Authentication' => '%%SLOT%%',
            'Accept-Language' => 'en',
        ],
        'timeout' => <<timeout>>,
    ],

];
'''
    return p, F(t, c)


@pos('mews', 'access_token', False, 'json', 'MEWS_ACCESS_TOKEN', 'mews')
def mews_json(r, c):
    p = P(r, ['fixtures/mews/reservations-getAll.json', 'requests/mews_get_reservations.json'])
    t = r'''{
  "ClientToken": "{{mewsClientToken}}",
  "AccessToken": "%%SLOT%%",
  "Client": "<<Org>>Sync <<ver>>",
  "ScheduledStartUtc": { "StartUtc": "<<date>>T00:00:00Z", "EndUtc": "<<date2>>T00:00:00Z" },
  "States": ["Confirmed", "Started"],
  "Limitation": { "Count": 100 }
}
'''
    return p, F(t, c)


@pos('mews', 'access_token', False, 'cs', 'Mews:AccessToken', 'mews')
def mews_cs(r, c):
    p = P(r, ['src/Pms.Mews/MewsModule.cs', 'Integrations/Mews/Startup.cs'])
    t = r'''using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace <<Org>>.Pms.Mews
{
    public static class MewsModule
    {
        public static IServiceCollection AddMews(this IServiceCollection services, IConfiguration config)
        {
            services.AddSingleton(new MewsConnectorClient(
                platformAddress: "https://api.mews-demo.com",
                clientToken: config["Mews:ClientToken"],
                accessToken: "%%SLOT%%",
                client: "<<Org>>Housekeeping/<<ver>>"));
            return services;
        }
    }
}
'''
    return p, F(t, c)


@pos('mews', 'client_token', True, 'py', 'MEWS_CLIENT_TOKEN', 'mews')
def mews_py(r, c):
    p = P(r, ['pms/mews/settings.py', 'app/settings/pms.py'])
    t = r'''"""Mews Connector API settings (production)."""
import os

MEWS_PLATFORM_ADDRESS = "https://api.mews.com"
MEWS_CLIENT_TOKEN = "%%SLOT%%"
MEWS_CLIENT_NAME = "<<Org>>RevenueSync <<ver>>"
# one access token per enterprise, loaded from the secrets table
MEWS_ACCESS_TOKENS_TABLE = os.getenv("MEWS_TOKENS_TABLE", "pms_connections")
MEWS_PAGE_SIZE = 1000
'''
    return p, F(t, c)


@pos('siteminder', 'password', True, 'xml', 'SITEMINDER_PASSWORD', 'password')
def sm_xml(r, c):
    p = P(r, ['src/test/resources/siteminder/OTA_HotelResNotifRQ.xml', 'samples/pmsxchange-reservations.xml'])
    t = r'''<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
  <SOAP-ENV:Header>
    <wsse:Security SOAP-ENV:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username><<org>>pms</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%%SLOT%%</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body>
    <OTA_ReadRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" TimeStamp="<<date>>T<<hour>>:<<minute>>:00Z" EchoToken="<<uuid>>">
      <ReadRequests>
        <HotelReadRequest HotelCode="<<hotel>>">
          <SelectionCriteria SelectionType="Undelivered"/>
        </HotelReadRequest>
      </ReadRequests>
    </OTA_ReadRQ>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>
'''
    return p, F(t, c)


@pos('cloudbeds', 'api_key', True, 'ts', 'CLOUDBEDS_API_KEY', 'cloudbeds')
def cb_ts(r, c):
    p = P(r, ['src/pms/cloudbeds.ts', 'lib/cloudbeds/index.ts'])
    t = r'''const CLOUDBEDS_API = 'https://api.cloudbeds.com/api/v1.2';
const CLOUDBEDS_API_KEY = '%%SLOT%%';

export async function getReservations(propertyID: string, checkInFrom: string) {
  const url = new URL(`${CLOUDBEDS_API}/getReservations`);
  url.searchParams.set('propertyID', propertyID);
  url.searchParams.set('checkInFrom', checkInFrom);
  const res = await fetch(url, { headers: { 'x-api-key': CLOUDBEDS_API_KEY } });
  if (!res.ok) throw new Error(`cloudbeds ${res.status}`);
  return (await res.json()).data;
}
'''
    return p, t


@pos('postgres', 'connection_string_password', False, 'yaml', 'DB_PASSWORD', 'url_password')
def db_url_yaml(r, c):
    p = P(r, ['deploy/k8s/booking-configmap.yaml', 'k8s/base/configmap.yaml'])
    t = r'''apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api
  labels:
    app: booking-api
data:
  LOG_LEVEL: info
  PNR_SYNC_INTERVAL: "300"
  DATABASE_URL: postgres://booking_svc:%%SLOT%%@bookings-db.<<org>>.internal:5432/reservations?sslmode=require
  AMADEUS_HOSTNAME: production
  DEFAULT_CURRENCY: <<currency>>
'''
    return p, F(t, c)


@pos('expedia', 'shared_secret', False, 'sql', 'RAPID_SHARED_SECRET', 'ex_secret')
def ex_sql(r, c):
    p = P(r, ['db/migrations/<<year>>0<<pax>>1_supplier_credentials.sql', 'sql/seed_suppliers.sql'])
    t = r'''-- supplier credentials used by the hotel aggregation worker
CREATE TABLE IF NOT EXISTS supplier_credentials (
    id          SERIAL PRIMARY KEY,
    supplier    VARCHAR(40) NOT NULL,
    env         VARCHAR(10) NOT NULL,
    key_name    VARCHAR(40) NOT NULL,
    key_value   TEXT        NOT NULL,
    created_at  TIMESTAMPTZ DEFAULT now()
);

INSERT INTO supplier_credentials (supplier, env, key_name, key_value)
VALUES ('expedia_rapid', 'test', 'shared_secret', '%%SLOT%%');
'''
    return F(p, c), F(t, c)


@pos('hotelbeds', 'api_key', False, 'csv', 'HOTELBEDS_API_KEY', 'hb_key')
def hb_csv(r, c):
    p = P(r, ['config/suppliers.csv', 'data/supplier_endpoints.csv'])
    t = r'''supplier,product,endpoint,auth_type,credential
hotelbeds,hotels,https://api.test.hotelbeds.com/hotel-api/1.0,api_key,%%SLOT%%
hotelbeds,activities,https://api.test.hotelbeds.com/activity-api/3.0,api_key,vault:kv/suppliers/hotelbeds-activities
expedia,rapid,https://test.ean.com/v3,signature,vault:kv/suppliers/rapid
viator,tours,https://api.sandbox.viator.com/partner,header,vault:kv/suppliers/viator
'''
    return F(p, c), F(t, c)


@pos('kiwi', 'api_key', False, 'log', 'TEQUILA_API_KEY', 'kiwi')
def kiwi_log(r, c):
    p = P(r, ['logs/deals-bot.log', 'logs/worker.log'])
    t = r'''<<date>> <<hour>>:<<minute>>:02,114 INFO deals.scheduler: starting run for <<n>> watched routes
<<date>> <<hour>>:<<minute>>:02,118 DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): api.tequila.kiwi.com:443
<<date>> <<hour>>:<<minute>>:02,119 DEBUG deals.tequila: request headers {'apikey': '%%SLOT%%', 'accept': 'application/json'}
<<date>> <<hour>>:<<minute>>:02,640 DEBUG urllib3.connectionpool: https://api.tequila.kiwi.com:443 "GET /v2/search?fly_from=<<origin>>&fly_to=<<dest>> HTTP/1.1" 200 None
<<date>> <<hour>>:<<minute>>:02,655 INFO deals.scheduler: <<origin>>-<<dest>> cheapest <<amount>> <<currency>>
'''
    return p, F(t, c)


@pos('amadeus', 'api_key', False, 'go', 'AMADEUS_API_KEY', 'amadeus_key')
def am_go(r, c):
    p = P(r, ['cmd/fares/main.go', 'internal/amadeus/token.go'])
    t = r'''package main

import (
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
)

func main() {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", "%%SLOT%%")
	form.Set("client_secret", os.Getenv("AMADEUS_API_SECRET"))

	resp, err := http.Post("https://test.api.amadeus.com/v1/security/oauth2/token",
		"application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Println("token status:", resp.Status)
}
'''
    return p, t


@pos('booking', 'bearer_token', False, 'postman', 'booking_api_key', 'booking')
def bk_postman(r, c):
    p = P(r, ['postman/DemandAPI.postman_collection.json', 'qa/booking-demand.postman_collection.json'])
    t = r'''{
  "info": {
    "_postman_id": "<<uuid>>",
    "name": "Booking.com Demand API 3.1",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "%%SLOT%%", "type": "string" } ]
  },
  "item": [
    {
      "name": "accommodations/search",
      "request": {
        "method": "POST",
        "header": [ { "key": "X-Affiliate-Id", "value": "<<aid>>" } ],
        "url": "https://demandapi-sandbox.booking.com/3.1/accommodations/search",
        "body": { "mode": "raw", "raw": "{\"city\": -2140479, \"checkin\": \"<<date>>\", \"checkout\": \"<<date2>>\"}" }
      }
    }
  ]
}
'''
    return p, F(t, c)


# ================================================================ look-alike negatives
LOC = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
DUFFEL_ID = ALNUM


def duffel_id(r, pre):
    return pre + '_0000' + rs(r, DUFFEL_ID, 18)


def ticket(r, alnum):
    return alnum + digits(r, 10)


def sha256hex(r):
    return hashlib.sha256(rs(r, ALNUM, 40).encode()).hexdigest()


def sha512hex(r):
    return hashlib.sha512(rs(r, ALNUM, 40).encode()).hexdigest()


def b64bytes(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def name(r):
    return '%s/%s' % (r.choice(SURN), r.choice(GIVEN))


@neg('pnr', 'record_locator')
def n_pnr_json(r, c):
    p = P(r, ['tests/fixtures/booking_confirmation.json', 'fixtures/orders/confirmed.json'])
    legs = []
    for i in range(r.randint(1, 3)):
        a, b = r.sample(AIRPORTS, 2)
        al = r.choice(AIRLINES)[0]
        legs.append('    { "segment": %d, "carrier": "%s", "flight": "%s%d", "from": "%s", "to": "%s", "airlineLocator": "%s", "status": "HK" }'
                    % (i + 1, al, al, r.randint(1, 2999), a, b, rs(r, LOC, 6)))
    t = '''{
  "bookingReference": "<<pnr>>",
  "recordLocator": "<<pnr>>",
  "gds": "1A",
  "createdAt": "<<date>>T<<hour>>:<<minute>>:00Z",
  "segments": [
%s
  ],
  "passengers": [ { "name": "<<surname>>/<<given>>", "type": "ADT" } ],
  "total": { "amount": "<<amount>>", "currency": "<<currency>>" }
}
''' % ',\n'.join(legs)
    return p, F(t, c)


@neg('pnr', 'ticket_numbers')
def n_tickets_csv(r, c):
    p = P(r, ['reports/ticket_sales_<<year>>-<<mm>>.csv', 'data/exports/tickets.csv'])
    rows = ['issue_date,pnr,ticket_number,passenger,route,fare,currency']
    for _ in range(r.randint(6, 14)):
        al, num = r.choice(AIRLINES)
        a, b = r.sample(AIRPORTS, 2)
        rows.append('%s,%s,%s,%s,%s-%s,%d.%02d,%s' % (rdate(r), rs(r, LOC, 6), ticket(r, num), name(r),
                                                    a, b, r.randint(60, 3000), r.randint(0, 99), r.choice(CURR)))
    return F(p, c, mm='%02d' % r.randint(1, 12)), '\n'.join(rows) + '\n'


@neg('pnr', 'ssr_tkne')
def n_pnr_history(r, c):
    p = P(r, ['docs/samples/pnr_display.txt', 'tests/data/pnr_<<pnr>>.txt'])
    al, num = c['airline'], c['al_num']
    tk = ticket(r, num)
    t = '''RP/<<office>>/<<office>>            AA/SU  <<date>>/<<hour>><<minute>>Z   <<pnr>>
  1.<<surname>>/<<given>> MR
  2  <<airline>> <<fno>> Y 12JUN 3 <<origin>><<dest>> HK1  0735 1010  12JUN  E  <<airline>>/<<loc2>>
  3 AP <<org>> +44 20 7946 0<<n>>
  4 TK OK<<ddmon>>/<<office>>
  5 SSR TKNE <<airline>> HK1 <<origin>><<dest>> <<fno>>Y12JUN/%s1
  6 FA PAX %s/ETBA/<<currency>><<amount>>/<<ddmon>>/<<office>>/<<iata_no>>
  7 FB PAX 0000000000 TTP/RT OK ETICKET
  8 FE PAX NONREF/CHG FEE APPLIES
  9 FM *M*1
 10 FP CASH
''' % (tk, tk[:3] + '-' + tk[3:])
    return F(p, c), F(t, c, loc2=rs(r, LOC, 6), ddmon='%02d%s' % (r.randint(1, 28), r.choice(['JAN', 'MAR', 'JUN', 'SEP', 'NOV'])),
                      iata_no=digits(r, 8))


@neg('iata', 'airport_codes')
def n_routes_yaml(r, c):
    p = P(r, ['config/routes.yml', 'data/network/<<airline>>-routes.yaml'])
    lines = ['routes:']
    for _ in range(r.randint(5, 10)):
        a, b = r.sample(AIRPORTS, 2)
        lines.append('  - { origin: %s, destination: %s, origin_icao: %s, destination_icao: %s, block_minutes: %d, equipment: %s }'
                     % (a, b, ICAO[a], ICAO[b], r.randint(55, 720), r.choice(['A320', '32N', '738', '7M8', '789', '359', 'E190'])))
    return F(p, c), '\n'.join(lines) + '\n'


@neg('duffel', 'offer_ids')
def n_duffel_offer(r, c):
    p = P(r, ['test/fixtures/duffel/offer_request.json', '__mocks__/duffel/offers.json'])
    offers = []
    for _ in range(r.randint(2, 4)):
        offers.append('''    {
      "id": "%s",
      "total_amount": "%d.%02d",
      "total_currency": "<<currency>>",
      "owner": { "iata_code": "%s", "id": "%s" },
      "slices": [ { "id": "%s", "segments": [ { "id": "%s", "origin": { "iata_code": "<<origin>>" }, "destination": { "iata_code": "<<dest>>" } } ] } ],
      "passengers": [ { "id": "%s", "type": "adult" } ]
    }''' % (duffel_id(r, 'off'), r.randint(80, 1900), r.randint(0, 99), r.choice(AIRLINES)[0], duffel_id(r, 'arl'),
            duffel_id(r, 'sli'), duffel_id(r, 'seg'), duffel_id(r, 'pas')))
    t = '''{
  "data": {
    "id": "%s",
    "live_mode": false,
    "created_at": "<<date>>T<<hour>>:<<minute>>:11.000000Z",
    "offers": [
%s
    ]
  }
}
''' % (duffel_id(r, 'orq'), ',\n'.join(offers))
    return p, F(t, c)


@neg('duffel', 'order_ids')
def n_duffel_order_test(r, c):
    p = P(r, ['tests/test_orders.py', 'tests/booking/test_duffel_orders.py'])
    t = '''import pytest

from app.booking import orders

ORDER_ID = "%s"
OFFER_ID = "%s"
PASSENGER_ID = "%s"


@pytest.fixture
def order_payload():
    return {
        "id": ORDER_ID,
        "booking_reference": "<<pnr>>",
        "selected_offers": [OFFER_ID],
        "passengers": [{"id": PASSENGER_ID, "family_name": "<<surname>>", "given_name": "<<given>>"}],
        "payment_status": {"awaiting_payment": False},
    }


def test_order_is_mapped(order_payload):
    booking = orders.from_duffel(order_payload)
    assert booking.external_id == ORDER_ID
    assert booking.pnr == "<<pnr>>"
    assert booking.passengers[0].external_id == PASSENGER_ID
''' % (duffel_id(r, 'ord'), duffel_id(r, 'off'), duffel_id(r, 'pas'))
    return p, F(t, c)


@neg('hotelbeds', 'request_signature')
def n_hb_sig_log(r, c):
    p = P(r, ['logs/hotelbeds-requests.log', 'var/log/hotel-search.log'])
    out = []
    for i in range(r.randint(3, 6)):
        out.append('%s %s:%s:%02d INFO  hb.http POST /hotel-api/1.0/hotels Api-key=****%s X-Signature=%s status=200 took=%dms'
                   % (c['date'], c['hour'], c['minute'], i * 7, rs(r, HEX, 4), sha256hex(r), r.randint(300, 2400)))
    return p, '\n'.join(out) + '\n'


@neg('hotelbeds', 'rate_keys')
def n_hb_ratekey(r, c):
    p = P(r, ['tests/fixtures/hotelbeds/availability.json', 'mocks/hotelbeds_rates.json'])
    rooms = []
    for _ in range(r.randint(2, 4)):
        code = r.choice(['DBL.ST', 'TWN.SU', 'DBL.DX', 'SGL.ST', 'FAM.2B'])
        bd = r.choice(['RO', 'BB', 'HB'])
        rk = '%s|%s|W|%d|%s|%s|ID_B2B_%d|%s||1~2~0||N@0%d~~%s~%s~%s' % (
            c['date'].replace('-', ''), c['date2'].replace('-', ''), r.randint(1, 500), c['hotel'], code,
            r.randint(10, 99), bd, r.randint(1, 9), rs(r, HEX, 5), rs(r, DG, 9), rs(r, UALNUM, 26))
        rooms.append('        { "code": "%s", "rates": [ { "rateKey": "%s", "rateClass": "NOR", "boardCode": "%s", "net": "%s" } ] }'
                     % (code, rk, bd, c['amount']))
    t = '''{
  "hotels": {
    "hotels": [
      {
        "code": <<hotel>>,
        "name": "<<city>> Central Suites",
        "destinationCode": "<<dest>>",
        "rooms": [
%s
        ]
      }
    ],
    "checkIn": "<<date>>",
    "total": 1
  }
}
''' % ',\n'.join(rooms)
    return p, F(t, c)


@neg('expedia', 'doc_example_signature_test')
def n_ex_sig_test(r, c):
    p = P(r, ['tests/test_rapid_signature.py', 'hotels/rapid/tests/test_auth.py'])
    sig = hashlib.sha512(('abcdefg' + '1a2bc3' + '1476739212').encode()).hexdigest()
    t = '''from hotels.rapid.auth import build_signature

# Values from the Rapid "Signature authentication" documentation page.
DOC_API_KEY = "abcdefg"
DOC_SECRET = "1a2bc3"
DOC_TIMESTAMP = 1476739212


def test_signature_matches_reference():
    expected = (
        "%s"
        "%s"
    )
    assert build_signature(DOC_API_KEY, DOC_SECRET, DOC_TIMESTAMP) == expected
''' % (sig[:64], sig[64:])
    return p, t


@neg('expedia', 'request_signature')
def n_ex_sig_log(r, c):
    p = P(r, ['logs/rapid-trace.log', 'var/log/rapid/requests.log'])
    out = []
    for i in range(r.randint(2, 5)):
        ts = int(c['ts']) + i * 37
        out.append('%s trace=%s GET /v3/properties/availability?checkin=%s&occupancy=2 auth="EAN APIKey=<redacted>,Signature=%s,timestamp=%d" status=200'
                   % (c['date'], uuid4(r), c['date2'], sha512hex(r), ts))
    return p, '\n'.join(out) + '\n'


@neg('generic', 'correlation_ids')
def n_uuid_log(r, c):
    p = P(r, ['logs/gateway.log', 'logs/search-api.json.log'])
    out = []
    for i in range(r.randint(4, 8)):
        out.append(json.dumps({'ts': '%sT%s:%s:%02d.%03dZ' % (c['date'], c['hour'], c['minute'], i, r.randint(0, 999)),
                               'level': 'info', 'msg': r.choice(['search.completed', 'offer.priced', 'order.created']),
                               'x_request_id': uuid4(r), 'ama_client_ref': uuid4(r), 'route': '%s-%s' % tuple(r.sample(AIRPORTS, 2)),
                               'duration_ms': r.randint(80, 4000)}))
    return p, '\n'.join(out) + '\n'


@neg('npm', 'integrity_hashes')
def n_pkg_lock(r, c):
    p = P(r, ['package-lock.json'])
    deps = [('@duffel/api', '2.%d.%d' % (r.randint(0, 15), r.randint(0, 9))), ('amadeus', '11.%d.0' % r.randint(0, 3)),
            ('axios', '1.%d.%d' % (r.randint(4, 7), r.randint(0, 9))), ('uapi-json', '1.%d.%d' % (r.randint(10, 17), r.randint(0, 5)))]
    body = []
    for n_, v in deps:
        body.append('''    "node_modules/%s": {
      "version": "%s",
      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",
      "integrity": "sha512-%s",
      "license": "MIT"
    }''' % (n_, v, n_, n_.split('/')[-1], v, b64bytes(r, 64)))
    t = '''{
  "name": "<<org>>-booking-web",
  "version": "<<ver>>",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
%s
  }
}
''' % ',\n'.join(body)
    return p, F(t, c)


@neg('go', 'module_hashes')
def n_go_sum(r, c):
    p = P(r, ['go.sum'])
    mods = ['github.com/google/uuid v1.6.0', 'github.com/shopspring/decimal v1.%d.0' % r.randint(2, 4),
            'golang.org/x/net v0.%d.0' % r.randint(20, 30), 'github.com/%s/gds v%s' % (c['org'], c['ver']),
            'go.uber.org/zap v1.27.0']
    out = []
    for m in mods:
        out.append('%s h1:%s' % (m, b64bytes(r, 32)))
        out.append('%s/go.mod h1:%s' % (m, b64bytes(r, 32)))
    return p, '\n'.join(out) + '\n'


@neg('docker', 'image_digests')
def n_compose_digest(r, c):
    p = P(r, ['deploy/docker-compose.prod.yml', 'compose.yaml'])
    t = '''services:
  search:
    image: ghcr.io/<<org>>/flight-search@sha256:%s
    environment:
      AMADEUS_HOSTNAME: production
      AMADEUS_CLIENT_ID: ${AMADEUS_CLIENT_ID}
      AMADEUS_CLIENT_SECRET: ${AMADEUS_CLIENT_SECRET}
  pricing:
    image: ghcr.io/<<org>>/pricing@sha256:%s
  redis:
    image: redis@sha256:%s
''' % (sha256hex(r), sha256hex(r), sha256hex(r))
    return p, F(t, c)


def pem_body(r, header, n):
    raw = header + b64bytes(r, n)
    return '\n'.join(raw[i:i + 64] for i in range(0, len(raw), 64))


@neg('webhook', 'public_key_pem')
def n_public_pem(r, c):
    p = P(r, ['config/keys/partner_webhook_public.pem', 'certs/sabre-notify-pub.pem'])
    return p, '-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n' % pem_body(
        r, 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 255)


@neg('ssh', 'public_keys')
def n_authorized_keys(r, c):
    p = P(r, ['deploy/ansible/files/authorized_keys', 'infra/bastion/authorized_keys'])
    out = []
    for u in r.sample(['ops', 'deploy', 'ci', 'anna', 'lucas', 'maria'], 3):
        out.append('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s' % (b64bytes(r, 32)[:43], u, c['org']))
    return p, '\n'.join(out) + '\n'


def bcbp(r):
    a, b = r.sample(AIRPORTS, 2)
    al = r.choice(AIRLINES)[0]
    nm = ('%s/%s' % (r.choice(SURN), r.choice(GIVEN))).ljust(20)
    return 'M1%sE%s %s%s%s %04d %03dY%03d%s%04d 100' % (
        nm, rs(r, LOC, 6), a, b, al.ljust(3), r.randint(1, 2999), r.randint(1, 365),
        r.randint(1, 45), r.choice('ABCDEF'), r.randint(1, 300))


@neg('iata', 'boarding_pass_bcbp')
def n_bcbp(r, c):
    p = P(r, ['tests/test_bcbp_parser.py', 'tests/unit/boarding_pass_test.py'])
    cases = ',\n'.join('    "%s"' % bcbp(r) for _ in range(r.randint(2, 4)))
    t = '''import pytest

from checkin.bcbp import parse

SAMPLES = [
%s
]


@pytest.mark.parametrize("raw", SAMPLES)
def test_parse_roundtrip(raw):
    bp = parse(raw)
    assert bp.format_code == "M"
    assert len(bp.pnr) == 6
    assert bp.encode() == raw
''' % cases
    return p, t


@neg('web', 'data_uri')
def n_data_uri(r, c):
    p = P(r, ['src/styles/airline-logos.css', 'public/css/carriers.css'])
    out = []
    for al, _ in r.sample(AIRLINES, 3):
        out.append('.carrier-%s {\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA%s");\n}'
                   % (al.lower(), b64bytes(r, r.randint(90, 160))))
    return p, '\n\n'.join(out) + '\n'


@neg('git', 'commit_ids')
def n_changelog(r, c):
    p = P(r, ['CHANGELOG.md'])
    out = ['# Changelog', '', '## [%s] - %s' % (c['ver'], c['date']), '']
    for msg in r.sample(['Retry Amadeus token refresh on 401', 'Map Duffel order cancellations', 'Hotelbeds: send Accept-Encoding gzip',
                         'Fix PNR parser for infant passengers', 'Expose AeroAPI arrivals endpoint', 'Sabre BFM v5 migration',
                         'Round Rapid prices to 2 decimals', 'Cache IATA city lookups'], 5):
        h = rs(r, HEX, 40)
        out.append('- %s ([%s](https://github.com/%s/booking/commit/%s))' % (msg, h[:7], c['org'], h))
    return p, '\n'.join(out) + '\n'


@neg('checksums', 'sha256sums')
def n_sha256sums(r, c):
    p = P(r, ['data/fares/SHA256SUMS', 'releases/SHA256SUMS.txt'])
    files = ['fares_%s_%s.csv.gz' % (al, c['date'].replace('-', '')) for al, _ in r.sample(AIRLINES, 4)]
    files += ['schedules_%s.ssim' % c['year'], 'airports.dat']
    return p, '\n'.join('%s  %s' % (sha256hex(r), f) for f in files) + '\n'


@neg('hotel', 'property_codes')
def n_hotel_mapping(r, c):
    p = P(r, ['data/hotel_mapping.csv', 'mapping/properties.csv'])
    rows = ['internal_id,name,city,giata_id,hotelbeds_code,booking_hotel_id,expedia_property_id,lat,lon']
    for i in range(r.randint(6, 12)):
        rows.append('%s,%s %s,%s,%d,%d,%d,%d,%.5f,%.5f' % (
            uuid4(r)[:8], r.choice(CITIES), r.choice(['Grand', 'Harbour View', 'Old Town Inn', 'Suites', 'Plaza']), r.choice(CITIES),
            r.randint(10000, 999999), r.randint(1000, 999999), r.randint(100000, 9999999), r.randint(1000000, 99999999),
            r.uniform(35, 60), r.uniform(-9, 25)))
    return p, '\n'.join(rows) + '\n'


@neg('aviation', 'icao24_hex')
def n_fleet_csv(r, c):
    p = P(r, ['data/fleet.csv', 'reference/aircraft_registry.csv'])
    rows = ['registration,icao24,type,operator,msn,delivered']
    for _ in range(r.randint(6, 12)):
        rows.append('%s-%s,%s,%s,%s,%d,%s' % (r.choice(['G', 'D', 'F', 'EI', 'OE', 'HB']), rs(r, UP, 4 if r.random() < .5 else 3),
                                           rs(r, HEX, 6), r.choice(['A320', 'A321', 'B738', 'B789', 'A359', 'E190']),
                                           r.choice(AIRLINES)[0], r.randint(1000, 9999), rdate(r, 2008, 2024)))
    return p, '\n'.join(rows) + '\n'


@neg('duffel', 'webhook_signature')
def n_duffel_webhook_test(r, c):
    p = P(r, ['tests/test_webhooks.py', 'tests/webhooks/test_duffel_signature.py'])
    t = '''import os

from app.webhooks import verify_duffel_signature

# captured from a sandbox delivery; the signature is only valid for that payload + timestamp
HEADER = "t=%s,v1=%s"
BODY = b'{"data":{"id":"%s","type":"order.created","object":{"id":"%s"}}}'


def test_signature_rejected_with_wrong_secret():
    assert not verify_duffel_signature(BODY, HEADER, secret=os.environ.get("DUFFEL_WEBHOOK_SECRET", ""))
''' % (c['ts'], sha256hex(r), duffel_id(r, 'wev'), duffel_id(r, 'ord'))
    return p, t


@neg('google', 'place_ids')
def n_place_ids(r, c):
    p = P(r, ['data/destinations.json', 'content/cities.json'])
    items = ',\n'.join('  { "city": "%s", "iata": "%s", "placeId": "ChIJ%s", "heroImage": "img/%s.webp" }'
                       % (ct, r.choice(AIRPORTS), rs(r, B64URL, 23), ct.lower()) for ct in r.sample(CITIES, 5))
    return p, '[\n%s\n]\n' % items


@neg('ndc', 'order_ids')
def n_ndc_xml(r, c):
    p = P(r, ['tests/resources/ndc/OrderViewRS.xml', 'samples/ndc/order_view.xml'])
    t = '''<?xml version="1.0" encoding="UTF-8"?>
<IATA_OrderViewRS xmlns="http://www.iata.org/IATA/2015/00/2019.2/IATA_OrderViewRS">
  <Response>
    <Order>
      <OrderID><<airline>>_%s</OrderID>
      <OwnerCode><<airline>></OwnerCode>
      <OrderItem>
        <OrderItemID><<airline>>_%s-%s</OrderItemID>
        <FareDetail><FareBasisCode>%s</FareBasisCode></FareDetail>
      </OrderItem>
      <BookingRef><BookingID><<pnr>></BookingID></BookingRef>
    </Order>
    <TicketDocInfo>
      <TicketDocNbr>%s</TicketDocNbr>
      <TypeCode>J</TypeCode>
    </TicketDocInfo>
  </Response>
</IATA_OrderViewRS>
''' % (rs(r, UALNUM, 20), rs(r, UALNUM, 16), r.randint(1, 9), rs(r, UP, 1) + rs(r, UALNUM, 6), ticket(r, c['al_num']))
    return p, F(t, c)


@neg('amadeus', 'flight_offer_ids')
def n_am_offer_json(r, c):
    p = P(r, ['tests/fixtures/amadeus/flight_offers.json', 'mocks/amadeus/search.json'])
    t = '''{
  "meta": { "count": 1, "links": { "self": "https://test.api.amadeus.com/v2/shopping/flight-offers?originLocationCode=<<origin>>&destinationLocationCode=<<dest>>&departureDate=<<date>>&adults=1" } },
  "data": [
    {
      "type": "flight-offer",
      "id": "1",
      "source": "GDS",
      "lastTicketingDate": "<<date>>",
      "itineraries": [ { "duration": "PT%dH%dM", "segments": [ { "carrierCode": "<<airline>>", "number": "<<fno>>", "aircraft": { "code": "32N" }, "id": "%d" } ] } ],
      "price": { "currency": "<<currency>>", "total": "<<amount>>" },
      "travelerPricings": [ { "travelerId": "1", "fareDetailsBySegment": [ { "segmentId": "%d", "fareBasis": "%s", "brandedFare": "LIGHT", "class": "%s" } ] } ]
    }
  ]
}
''' % (r.randint(1, 12), r.randint(0, 59), r.randint(1, 200), r.randint(1, 200), rs(r, UP, 1) + rs(r, UALNUM, 6), r.choice('YBMHKLQTV'))
    return p, F(t, c)


@neg('sabre', 'conversation_ids')
def n_sabre_conv_log(r, c):
    p = P(r, ['logs/sabre-soap.log', 'var/log/gds/sabre.log'])
    out = []
    for i in range(r.randint(3, 6)):
        out.append('%s %s:%s:%02d INFO SessionCreateRQ ok ConversationId=%s@%s.com BinarySecurityToken=[masked] PCC=%s'
                   % (c['date'], c['hour'], c['minute'], i * 3, uuid4(r), c['org'], c['pcc']))
    out.append('%s %s:%s:59 INFO OTA_AirLowFareSearchRQ echo=%s itineraries=%d' % (c['date'], c['hour'], c['minute'], rs(r, HEX, 32), r.randint(5, 50)))
    return p, '\n'.join(out) + '\n'


@neg('travelport', 'transaction_ids')
def n_tp_txn(r, c):
    p = P(r, ['logs/uapi.log', 'docs/troubleshooting/uapi-errors.md'])
    out = []
    for i in range(r.randint(3, 6)):
        out.append('<<date>> <<hour>>:<<minute>>:%02d WARN uAPI %s TransactionId="%s" TraceId="%s" TargetBranch="<<branch>>"'
                   % (i * 5, r.choice(['LowFareSearchRsp', 'AirCreateReservationRsp', 'UniversalRecordRetrieveRsp']), rs(r, UHEX, 32), uuid4(r)))
    out.append('<<date>> <<hour>>:<<minute>>:58 INFO E2ETrackingID: Token tvlport_app_id=travelportAPI-Ag9NmMFTas94MFWvpoujV72u')
    return p, F('\n'.join(out) + '\n', c)


@neg('mews', 'resource_ids')
def n_mews_ids(r, c):
    p = P(r, ['tests/fixtures/mews/reservations.json', 'fixtures/pms/mews_reservations.json'])
    items = ',\n'.join('    { "Id": "%s", "ServiceId": "%s", "AssignedResourceId": "%s", "Number": "%d", "State": "Confirmed" }'
                       % (uuid4(r), uuid4(r), uuid4(r), r.randint(1000, 99999)) for _ in range(r.randint(2, 4)))
    return p, '{\n  "Reservations": [\n%s\n  ],\n  "Cursor": "%s"\n}\n' % (items, uuid4(r))


@neg('cache', 'cache_keys')
def n_cache_keys(r, c):
    p = P(r, ['docs/caching.md', 'ops/redis-keys.txt'])
    out = ['# Search cache keys', '', 'Keys are `search:v3:<md5(normalised query)>`, e.g.', '']
    for _ in range(r.randint(3, 6)):
        a, b = r.sample(AIRPORTS, 2)
        out.append('    search:v3:%s   # %s-%s %s 1ADT' % (hashlib.md5(rs(r, ALNUM, 20).encode()).hexdigest(), a, b, rdate(r)))
    out += ['', 'TTL is 15 minutes for flights, 6 hours for hotel content.']
    return p, '\n'.join(out) + '\n'


@neg('auth', 'bcrypt_hashes')
def n_bcrypt_seed(r, c):
    p = P(r, ['db/seeds/agents.sql', 'sql/fixtures/backoffice_users.sql'])
    out = ['-- back-office agent accounts for the staging desk (hashes only)',
           'INSERT INTO agents (email, role, password_hash) VALUES']
    rows = []
    for u in r.sample(['desk1', 'desk2', 'supervisor', 'ticketing', 'refunds', 'qa'], 3):
        rows.append("  ('%s@%s.example', '%s', '$2b$12$%s')" % (u, c['org'], r.choice(['agent', 'admin']), rs(r, ALNUM + './', 53)))
    return p, '\n'.join(out) + '\n' + ',\n'.join(rows) + ';\n'


@neg('amadeus', 'office_ids')
def n_office_ids(r, c):
    p = P(r, ['config/offices.yml', 'config/gds/offices.yaml'])
    t = '''offices:
  - id: <<office>>
    market: <<country>>
    queues: { ticketing: 50C1, schedule_change: 8C0, waitlist: 1 }
  - id: <<office2>>
    market: GB
    queues: { ticketing: 70, schedule_change: 8 }
sabre:
  pcc: <<pcc>>
  printer_lniata: <<lniata>>
travelport:
  target_branch: <<branch>>
  provider: 1G
'''
    return p, F(t, c, country=r.choice(['FR', 'ES', 'DE', 'US']), office2='LON1A0' + rs(r, DG, 3), lniata=rs(r, UHEX, 6))


@neg('loyalty', 'ffp_numbers')
def n_ffp(r, c):
    p = P(r, ['tests/fixtures/profiles.json', 'fixtures/travellers.json'])
    items = ',\n'.join('  { "name": "%s", "loyalty": [ { "programme": "%s", "number": "%s", "tier": "%s" } ], "knownTravelerNumber": "%s" }'
                       % (name(r), r.choice(AIRLINES)[0], rs(r, DG, r.choice([9, 10, 12])), r.choice(['BLUE', 'SILVER', 'GOLD']),
                          rs(r, DG, 9)) for _ in range(r.randint(2, 4)))
    return p, '[\n%s\n]\n' % items


@neg('hotel', 'confirmation_numbers')
def n_conf_email(r, c):
    p = P(r, ['templates/emails/hotel_confirmation.txt', 'resources/mail/booking_confirmed.txt'])
    t = '''Dear <<given>>,

Your stay at <<city>> Harbour View is confirmed.

  Itinerary number:      %s
  Hotel confirmation:    %s
  Supplier reference:    %s-%s
  Check-in:              <<date>>
  Room:                  Double Standard, breakfast included

Manage your booking: https://www.<<org>>.com/trips/%s

Kind regards,
<<Org>> Travel
''' % (rs(r, DG, 13), rs(r, UALNUM, 10), rs(r, DG, 3), rs(r, DG, 6), uuid4(r))
    return p, F(t, c)


@neg('fares', 'fare_basis')
def n_fare_md(r, c):
    p = P(r, ['docs/fare-families.md', 'docs/pricing/fare_basis.md'])
    rows = ['| Fare basis | RBD | Brand | Refundable |', '|---|---|---|---|']
    for _ in range(r.randint(5, 9)):
        rows.append('| %s | %s | %s | %s |' % (rs(r, UP, 1) + rs(r, UALNUM, r.randint(4, 7)), r.choice('YBMHKLQTVJCD'),
                                              r.choice(['LIGHT', 'CLASSIC', 'FLEX', 'BUSINESS']), r.choice(['no', 'yes', 'fee'])))
    return p, '# <<airline>> fare families\n\n'.replace('<<airline>>', c['airline']) + '\n'.join(rows) + '\n'


@neg('hmac', 'rfc_test_vector')
def n_hmac_vector(r, c):
    p = P(r, ['tests/test_hmac_vectors.py', 'tests/crypto_test.py'])
    t = '''import hashlib
import hmac

# RFC 4231 test case 2 - documented key and data, used to test our signer wrapper.
KEY = b"Jefe"
DATA = b"what do ya want for nothing?"
EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_rfc4231_case2():
    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED
'''
    return p, t


@neg('jwks', 'public_jwks')
def n_jwks(r, c):
    p = P(r, ['config/jwks.json', 'public/.well-known/jwks.json'])
    n_ = base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(256))).decode().rstrip('=')
    return p, '{\n  "keys": [\n    {\n      "kty": "RSA",\n      "use": "sig",\n      "kid": "%s",\n      "alg": "RS256",\n      "n": "%s",\n      "e": "AQAB"\n    }\n  ]\n}\n' % (rs(r, HEX, 16), n_)


@neg('oag', 'pagination_cursor')
def n_cursor_log(r, c):
    p = P(r, ['logs/schedules-import.log', 'var/log/oag-import.log'])
    out = []
    for i in range(r.randint(3, 5)):
        out.append('%s %s:%s:%02d INFO import page=%d next=https://api.oag.com/flights?departuredate=%s&limit=1000&cursor=%s'
                   % (c['date'], c['hour'], c['minute'], i * 9, i + 1, c['date'], sha256hex(r)))
    return p, '\n'.join(out) + '\n'


@neg('aws', 'resource_ids')
def n_tf_ids(r, c):
    p = P(r, ['infra/main.tf', 'terraform/booking/kms.tf'])
    t = '''data "aws_kms_key" "bookings" {
  key_id = "%s"
}

resource "aws_secretsmanager_secret" "duffel" {
  name       = "<<stage>>/booking/duffel-access-token"
  kms_key_id = data.aws_kms_key.bookings.arn
}

resource "aws_iam_role_policy_attachment" "worker" {
  role       = "booking-worker-<<stage>>"
  policy_arn = "arn:aws:iam::%s:policy/booking-secrets-read"
}

resource "aws_lambda_function" "pnr_sync" {
  function_name    = "pnr-sync"
  role             = "arn:aws:iam::%s:role/pnr-sync"
  source_code_hash = "%s"
  handler          = "main.handler"
  runtime          = "python3.12"
}
''' % (uuid4(r), rs(r, DG, 12), rs(r, DG, 12), b64bytes(r, 32))
    return p, F(t, c)


@neg('k8s', 'checksums_and_refs')
def n_k8s_deploy(r, c):
    p = P(r, ['deploy/k8s/deployment.yaml', 'k8s/overlays/<<stage>>/deployment.yaml'])
    t = '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: hotel-search
spec:
  template:
    metadata:
      annotations:
        checksum/config: %s
        checksum/secret: %s
    spec:
      containers:
        - name: app
          image: registry.<<org>>.io/hotel-search:<<ver>>
          env:
            - name: HOTELBEDS_API_KEY
              valueFrom: { secretKeyRef: { name: hotelbeds, key: api-key } }
            - name: HOTELBEDS_SECRET
              valueFrom: { secretKeyRef: { name: hotelbeds, key: secret } }
''' % (sha256hex(r), sha256hex(r))
    return F(p, c), F(t, c)


@neg('hotelbeds', 'postman_prerequest')
def n_postman_script(r, c):
    p = P(r, ['postman/Hotelbeds.postman_collection.json'])
    t = '''{
  "info": { "_postman_id": "<<uuid>>", "name": "Hotelbeds Booking API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "event": [ { "listen": "prerequest", "script": { "type": "text/javascript", "exec": [
    "var apiKey = pm.environment.get('Api-key');",
    "var secret = pm.environment.get('secret');",
    "var ts = Math.floor(Date.now() / 1000);",
    "pm.environment.set('X-Signature', CryptoJS.SHA256(apiKey + secret + ts).toString());"
  ] } } ],
  "item": [ { "name": "status", "request": { "method": "GET",
    "header": [ { "key": "Api-key", "value": "{{Api-key}}" }, { "key": "X-Signature", "value": "{{X-Signature}}" } ],
    "url": "{{url}}/hotel-api/1.0/status" } } ]
}
'''
    return p, F(t, c)


@neg('amadeus_enterprise', 'ws_security_digest')
def n_soap_digest(r, c):
    p = P(r, ['tests/resources/amadeus/Fare_MasterPricerTravelBoardSearch_RQ.xml', 'samples/amadeus/soap_header.xml'])
    t = '''<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sec="http://xml.amadeus.com/2010/06/Security_v1">
  <soapenv:Header>
    <add:MessageID xmlns:add="http://www.w3.org/2005/08/addressing">urn:uuid:<<uuid>></add:MessageID>
    <oas:Security xmlns:oas="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <oas:UsernameToken>
        <oas:Username>WSAGENCY</oas:Username>
        <oas:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">%s</oas:Nonce>
        <oas:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">%s</oas:Password>
        <oas1:Created xmlns:oas1="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"><<date>>T<<hour>>:<<minute>>:07Z</oas1:Created>
      </oas:UsernameToken>
    </oas:Security>
    <AMA_SecurityHostedUser xmlns="http://xml.amadeus.com/2010/06/Security_v1">
      <UserID POS_Type="1" PseudoCityCode="<<office>>" AgentDutyCode="SU" RequestorType="U"/>
    </AMA_SecurityHostedUser>
  </soapenv:Header>
  <soapenv:Body/>
</soapenv:Envelope>
''' % (b64bytes(r, 16), b64bytes(r, 20))
    return p, F(t, c)


@neg('sabre', 'cryptic_log')
def n_cryptic(r, c):
    p = P(r, ['docs/gds/sabre-cryptic-cheatsheet.md', 'notes/cryptic.txt'])
    t = '''Sabre cryptic commands we use in the robot
------------------------------------------
1<<date_s>><<origin>><<dest>>   availability
*<<pnr>>                 retrieve PNR
*T                       ticketing field
WETR*%s       display e-ticket
QC/<<pcc>>50             queue count
7TAW<<pcc>><<ddmon>>/          ticketing time limit
''' % ticket(r, c['al_num'])
    return p, F(t, c, date_s='%02dJUN' % r.randint(1, 28), ddmon='%02dMAR' % r.randint(1, 28))


@neg('bsp', 'settlement_records')
def n_bsp(r, c):
    p = P(r, ['data/bsp/hot_extract.txt', 'finance/bsp/sample.hot'])
    out = []
    for i in range(r.randint(5, 9)):
        out.append('BKS24%08d%s%s%s%s%011d' % (i + 1, rdate(r).replace('-', '')[2:], digits(r, 8), ticket(r, r.choice(AIRLINES)[1]),
                                             rs(r, DG, 4), r.randint(1000, 99999999)))
    return p, '\n'.join(out) + '\n'


@neg('recaptcha', 'public_site_key')
def n_site_key(r, c):
    p = P(r, ['templates/search_form.html', 'src/components/BookingForm.html'])
    t = '''<form id="booking-search" action="/search" method="get">
  <input name="from" value="<<origin>>" maxlength="3">
  <input name="to" value="<<dest>>" maxlength="3">
  <input name="date" type="date" value="<<date>>">
  <!-- public site key, safe to ship to the browser -->
  <div class="g-recaptcha" data-sitekey="6L%s"></div>
  <a href="https://www.booking.com/index.html?aid=<<aid>>&amp;label=<<org>>-hotels">Hotels</a>
  <button type="submit">Search</button>
</form>
''' % rs(r, B64URL, 38)
    return p, F(t, c)


@neg('skyscanner', 'doc_example_token')
def n_sky_doc(r, c):
    p = P(r, ['docs/skyscanner-legacy.md', 'docs/partners/skyscanner.md'])
    t = '''# Skyscanner (legacy v1 notes)

The old API exchanged the key for a 30 minute token:

    GET https://partners.api.skyscanner.net/apiservices/token/v2/gettoken?apiKey={apiKey}

Example token from their documentation:

    _dR-ShOTX6w2SeENoXhHTsT9Z5N4UNqwReQqU_F8WkbgMDIuZx7ud7boHnngf4fT9bpPDFJh7nxB3hWsAT8x76w==

We now use v3 with the `x-api-key` header (key lives in Vault: `kv/partners/skyscanner`).
'''
    return p, t


@neg('sabre', 'doc_walkthrough')
def n_sabre_doc(r, c):
    p = P(r, ['docs/sabre-auth.md', 'docs/gds/sabre_token.md'])
    t = '''# How Sabre token credentials are built

Following the Dev Studio walkthrough (their example values, not ours):

| Step | Value |
|------|-------|
| client id | `V1:userid:group:domain` |
| base64(client id) | `VjE6dXNlcmlkOmdyb3VwOmRvbWFpbg==` |
| base64(password "12345") | `MTIzNDU=` |
| joined | `VjE6dXNlcmlkOmdyb3VwOmRvbWFpbg==:MTIzNDU=` |
| final | `VmpFNmRYTmxjbWxrT21keWIzVndPbVJ2YldGcGJnPT06TVRJek5EVT0=` |

Our real EPR/PCC/password are in Vault under `kv/gds/sabre/<<stage>>`.
'''
    return p, F(t, c)


@neg('mews', 'public_demo_tokens')
def n_mews_demo(r, c):
    p = P(r, ['docs/pms/mews-demo.md', 'README.mews.md'])
    t = '''# Mews demo environment

Mews publishes shared tokens for its public demo enterprise (gross pricing, UK).
Never put real guest data there.

- PlatformAddress: https://api.mews-demo.com
- ClientToken: E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D
- AccessToken: C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D
- Web login: connector-api-demo@mews.com / connector-API-2024

Production tokens are issued after certification and live in the `pms_connections` table.
'''
    return p, t


@neg('cirium', 'public_app_id')
def n_cirium_id(r, c):
    p = P(r, ['config/flightstats.yml', 'config/status-providers.yaml'])
    t = '''flightstats:
  base_url: https://api.flightstats.com/flex
  app_id: <<app_id>>          # public application id
  app_key: ${FLIGHTSTATS_APP_KEY}
  extended_options: [useHTTPErrors, useInlinedReferences]
  airports: [<<origin>>, <<dest>>]
'''
    return p, F(t, c)


@neg('booking', 'affiliate_id')
def n_booking_aid(r, c):
    p = P(r, ['src/config/affiliates.ts', 'src/constants/partners.ts'])
    t = '''// Public affiliate identifiers - they appear in every deep link we render.
export const AFFILIATES = {
  bookingCom: { aid: '<<aid>>', label: '<<org>>-web' },
  expedia: { camref: '1<<n>>l<<app_id>>' },
  getYourGuide: { partnerId: '<<pid>>' },
  kiwi: { affilid: '<<org>>widget' },
};

export const bookingDeepLink = (hotelId: string) =>
  `https://www.booking.com/hotel/redirect?hotel_id=${hotelId}&aid=${AFFILIATES.bookingCom.aid}`;
'''
    return p, F(t, c, pid=rs(r, UALNUM, 7))


@neg('uuid', 'idempotency_keys')
def n_idem(r, c):
    p = P(r, ['tests/test_idempotency.py', 'tests/payments/test_retry.py'])
    t = '''from app.payments import charge

IDEMPOTENCY_KEY = "%s"
ORDER = "%s"


def test_retry_reuses_idempotency_key(fake_psp):
    charge(ORDER, amount="<<amount>>", currency="<<currency>>", idempotency_key=IDEMPOTENCY_KEY)
    charge(ORDER, amount="<<amount>>", currency="<<currency>>", idempotency_key=IDEMPOTENCY_KEY)
    assert fake_psp.calls == 1
''' % (uuid4(r), duffel_id(r, 'ord'))
    return p, F(t, c)


@neg('gtfs', 'rail_ids')
def n_rail_gtfs(r, c):
    p = P(r, ['data/rail/stops.txt', 'feeds/flixbus/stops.txt'])
    rows = ['stop_id,stop_name,stop_lat,stop_lon,uic_code,location_type']
    for ct in r.sample(CITIES, 6):
        rows.append('%s,%s Central,%.6f,%.6f,%s,1' % (uuid4(r), ct, r.uniform(36, 60), r.uniform(-9, 25), digits(r, 7)))
    return p, '\n'.join(rows) + '\n'


@neg('viator', 'product_codes')
def n_viator_codes(r, c):
    p = P(r, ['data/activities_featured.json', 'content/tours.json'])
    items = ',\n'.join('  { "productCode": "%dP%d", "title": "%s food tour", "bookingRef": "BR-%s", "supplierRef": "%s" }'
                       % (r.randint(1000, 99999), r.randint(1, 999), ct, rs(r, DG, 9), uuid4(r)) for ct in r.sample(CITIES, 4))
    return p, '[\n%s\n]\n' % items


@neg('seatmap', 'encoded_state')
def n_seatmap_state(r, c):
    p = P(r, ['tests/fixtures/seatmap_state.txt', 'fixtures/ui/seatmap.b64'])
    blob = base64.b64encode(json.dumps({'flight': c['airline'] + c['fno'], 'cabin': 'Y',
                                        'taken': sorted(r.sample(range(1, 180), 40))}).encode()).decode()
    return p, '# base64(JSON) snapshot of the seat-map widget state used by the UI tests\n%s\n' % blob


@neg('openapi', 'security_schemes')
def n_openapi(r, c):
    p = P(r, ['api/openapi.yaml', 'docs/api/travel-gateway.openapi.yml'])
    t = '''openapi: 3.0.3
info:
  title: <<Org>> travel gateway
  version: <<ver>>
components:
  securitySchemes:
    duffelBearer:
      type: http
      scheme: bearer
      description: Duffel access token (duffel_live_... / duffel_test_...)
    hotelbedsKey:
      type: apiKey
      in: header
      name: Api-key
    hotelbedsSignature:
      type: apiKey
      in: header
      name: X-Signature
    aeroapi:
      type: apiKey
      in: header
      name: x-apikey
security:
  - duffelBearer: []
paths:
  /v1/offers/{offerId}:
    get:
      parameters:
        - { name: offerId, in: path, required: true, schema: { type: string, example: %s } }
      responses:
        "200": { description: OK }
'''
    return p, F(t, c) % duffel_id(r, 'off')


@neg('python', 'pinned_hashes')
def n_req_hashes(r, c):
    p = P(r, ['requirements.txt', 'requirements/prod.txt'])
    pk = [('amadeus', '9.%d.0' % r.randint(0, 3)), ('requests', '2.32.%d' % r.randint(0, 3)), ('httpx', '0.27.%d' % r.randint(0, 2)),
          ('zeep', '4.2.1'), ('pydantic', '2.%d.%d' % (r.randint(5, 9), r.randint(0, 4)))]
    out = []
    for n_, v in pk:
        out.append('%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s' % (n_, v, sha256hex(r), sha256hex(r)))
    return p, '\n'.join(out) + '\n'


@neg('github_actions', 'pinned_shas')
def n_gha_pinned(r, c):
    p = r.choice(['.github/workflows/deploy.yml', '.github/workflows/release.yml'])
    t = '''name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/checkout@%s # v4
      - uses: aws-actions/configure-aws-credentials@%s # v4
        with:
          role-to-assume: arn:aws:iam::%s:role/gha-deploy
          aws-region: <<region>>
      - run: ./scripts/deploy.sh
        env:
          DUFFEL_ACCESS_TOKEN: ${{ secrets.DUFFEL_ACCESS_TOKEN }}
          AMADEUS_CLIENT_SECRET: ${{ secrets.AMADEUS_CLIENT_SECRET }}
'''
    return p, F(t, c) % (rs(r, HEX, 40), rs(r, HEX, 40), rs(r, DG, 12))


@neg('web', 'sri_hashes')
def n_sri(r, c):
    p = P(r, ['public/index.html', 'templates/base.html'])
    t = '''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title><<Org>> - flights and hotels</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-%s" crossorigin="anonymous">
  <script src="https://assets.duffel.com/components/3.%d.0/duffel-ancillaries.js"
          integrity="sha384-%s" crossorigin="anonymous"></script>
</head>
<body><div id="app" data-build="%s"></div></body>
</html>
'''
    return p, F(t, c) % (b64bytes(r, 48), r.randint(0, 9), b64bytes(r, 48), rs(r, HEX, 12))


@neg('vault', 'policy_paths')
def n_vault_policy(r, c):
    p = P(r, ['infra/vault/booking-policy.hcl', 'vault/policies/suppliers.hcl'])
    t = '''# read-only access for the booking workers
path "kv/data/suppliers/amadeus" { capabilities = ["read"] }
path "kv/data/suppliers/hotelbeds" { capabilities = ["read"] }
path "kv/data/suppliers/duffel" { capabilities = ["read"] }
path "kv/data/gds/sabre/<<stage>>" { capabilities = ["read"] }
path "transit/encrypt/pnr-pii" { capabilities = ["update"] }
# accessor of the CI token that created this policy: %s
'''
    return p, F(t, c) % rs(r, LALNUM, 24)


@neg('iata', 'emd_numbers')
def n_emd(r, c):
    p = P(r, ['tests/fixtures/ancillaries.json', 'fixtures/emd_issued.json'])
    items = ',\n'.join('  { "emdNumber": "%s", "rfic": "%s", "rfisc": "%s", "coupon": 1, "segment": "%s%d", "pnr": "%s" }'
                       % (ticket(r, c['al_num']), r.choice('ACG'), rs(r, UALNUM, 3), c['airline'], r.randint(1, 2999), rs(r, LOC, 6))
                       for _ in range(r.randint(2, 4)))
    return p, '[\n%s\n]\n' % items


# ================================================================ negative slot fillers
PLACEHOLDERS = ['<your-api-key>', 'YOUR_API_KEY_HERE', 'changeme', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
                'your_secret_here', 'REPLACE_ME', '<API_SECRET>', 'TODO', 'dummy', 'api-key-goes-here',
                'XXXXXXXXXXXX', 'insert-token-here', 'your-token', '<token>', 'test', 'placeholder',
                '<insert secret>', 'CHANGE_ME_IN_PROD', 'your_password', '...']
PROVIDER_PLACEHOLDERS = {
    'duffel': ['duffel_test_<your-token>', 'duffel_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'duffel_test_...'],
    'cloudbeds': ['cbat_XXXXXXXXXXXXXXXXXXXXXXXX', 'cbat_...'],
    'sabre': ['<base64 of V1:epr:pcc:AA + password>', 'T1RLAQ...'],
    'mews': ['00000000000000000000000000000000-0000000000000000000000000000000'],
}
MASKED = ['****', '********************************', '[REDACTED]', '<redacted>', '***REMOVED***',
          '[FILTERED]', '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022', '<hidden>', 'xxxx-masked-xxxx']
DOC_EXAMPLES = {
    ('expedia', 'ex_key'): ['dkc4wrkp7w58wx5v2jxen2kx', 'abcdefg', 'yourAPIKey'],
    ('expedia', 'ex_secret'): ['1a2bc3', 'your_shared_secret'],
    ('hotelbeds', 'hb_key'): ['yourApiKey', '227b20a2cb705e45f3b0a0944672dc07'],
    ('hotelbeds', 'hb_secret'): ['yourSecret', '54dc7ba9e2'],
    ('sabre', 'sabre_b64'): ['VmpFNmRYTmxjbWxrT21keWIzVndPbVJ2YldGcGJnPT06TVRJek5EVT0='],
    ('sabre', 'sabre_pw'): ['12345'],
    ('cirium', 'hex32'): ['abcdefghijklmnopqrstukwxyz123456'],
    ('aviationstack', 'hex32'): ['YOUR_ACCESS_KEY'],
    ('duffel', 'duffel'): ['<YOUR_ACCESS_TOKEN>', '$YOUR_ACCESS_TOKEN'],
    ('duffel', 'duffel_test'): ['<YOUR_ACCESS_TOKEN>'],
    ('mews', 'mews'): ['E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D',
                       'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D'],
    ('booking', 'booking'): ['xyz.........xyz'],
    ('getyourguide', 'gyg'): ['[YOUR TOKEN]', 'YOUR_API_TOKEN'],
    ('flightaware', 'aero'): ['your-api-key', 'your-aeroapi-key-here'],
    ('kiwi', 'kiwi'): ['your-api-key'],
    ('travelport', 'tp_password'): ['PASSWORD'],
}
CODE_STYLES = ('py', 'js', 'ts', 'java', 'cs', 'go', 'php')


def code_env_expr(r, style, var):
    if style == 'py':
        return r.choice(['os.environ["%s"]' % var, 'os.getenv("%s")' % var, 'os.environ.get("%s", "")' % var])
    if style in ('js', 'ts'):
        return r.choice(['process.env.%s' % var, "process.env['%s']" % var])
    if style == 'java':
        return 'System.getenv("%s")' % var
    if style == 'cs':
        return r.choice(['Environment.GetEnvironmentVariable("%s")' % var, 'configuration["%s"]' % var.replace('__', ':')])
    if style == 'go':
        return 'os.Getenv("%s")' % var
    return r.choice(["getenv('%s')" % var, "$_ENV['%s']" % var, "env('%s')" % var])


def inline_ref(r, style, var):
    if style == 'postman':
        return '{{%s}}' % var.lower()
    if style == 'tf':
        return '${var.%s}' % var.lower()
    if style in ('sh', 'docker', 'md'):
        return r.choice(['${%s}' % var, '$%s' % var])
    if style == 'ini':
        return r.choice(['${%s}' % var, '%%(%s)s' % var.lower()])
    if style == 'csv':
        return 'env:%s' % var
    if style in ('yaml', 'props', 'xml', 'json', 'toml'):
        return '${%s}' % var
    return None


def secret_ref(r, t):
    v = t['env'].lower().replace('__', '-').replace(':', '-').replace('_', '-')
    return r.choice(['vault:secret/data/travel/%s#value' % v, 'op://Travel/%s/credential' % v,
                     'arn:aws:secretsmanager:eu-west-1:%s:secret:travel/%s' % (rs(r, DG, 12), v),
                     'projects/travel-prod/secrets/%s/versions/latest' % v, '${file:/run/secrets/%s}' % v,
                     '${ssm:/travel/%s}' % v, 'sm://travel/%s' % v])


def template_expr(r, t):
    v = t['env']
    s = t['style']
    if s == 'yaml':
        return r.choice(['{{ .Values.secrets.%s }}' % v.lower(), '${{ secrets.%s }}' % v, '{{ %s }}' % v.lower()])
    return r.choice(['{{ %s }}' % v.lower(), '#{%s}#' % v, '<%%= ENV["%s"] %%>' % v, '{{%s}}' % v.lower()])


def fill_negative(r, t, text):
    """Return (body, kind) with the slot replaced by a non-secret."""
    body, kind = _fill_negative(r, t, text)
    return body, kind


def _yaml_safe(t, text, value):
    """Unquoted YAML scalars may not start with an indicator character: quote them as people do."""
    if (t['style'] == 'yaml' and value[:1] in '*{[&!%@`|>' and value
            and '"' + SLOT not in text and "'" + SLOT not in text):
        return '"%s"' % value
    return value


def _fill_negative(r, t, text):
    s = t['style']
    kind = r.choices(['placeholder', 'env_ref', 'secret_ref', 'template_expr', 'masked', 'empty', 'doc_example'],
                     [30, 20, 12, 8, 12, 8, 10])[0]
    if kind == 'doc_example':
        ex = DOC_EXAMPLES.get((t['provider'], t['gen']))
        if ex:
            return text.replace(SLOT, r.choice(ex)), kind
        kind = 'placeholder'
    if kind == 'env_ref':
        if s in CODE_STYLES:
            m = re.search(r'(["\'])' + re.escape(SLOT) + r'\1', text)
            if m:
                return text[:m.start()] + code_env_expr(r, s, t['env']) + text[m.end():], kind
        else:
            ref = inline_ref(r, s, t['env'])
            if ref is not None:
                return text.replace(SLOT, ref), kind
        kind = 'placeholder'
    if kind in ('secret_ref', 'template_expr') and s in ('log', 'sql'):
        kind = 'masked'
    if kind == 'secret_ref':
        return text.replace(SLOT, _yaml_safe(t, text, secret_ref(r, t))), kind
    if kind == 'template_expr':
        return text.replace(SLOT, _yaml_safe(t, text, template_expr(r, t))), kind
    if kind == 'masked':
        return text.replace(SLOT, _yaml_safe(t, text, r.choice(MASKED))), kind
    if kind == 'empty':
        return text.replace(SLOT, ''), kind
    pool = PLACEHOLDERS + PROVIDER_PLACEHOLDERS.get(t['provider'], []) * 3
    return text.replace(SLOT, _yaml_safe(t, text, r.choice(pool))), 'placeholder'


# ================================================================ driver
ENV_OK_FOR_NEG = ('.env.example', '.env.sample', '.env.template', '.env.dist')


def is_env_name(rel):
    b = os.path.basename(rel)
    return b == '.env' or b.startswith('.env.')


def filetype(rel):
    b = os.path.basename(rel).lower()
    if b == 'dockerfile' or b.endswith('.dockerfile'):
        return 'dockerfile'
    if is_env_name(b):
        return 'env'
    if b == 'go.sum':
        return 'gosum'
    if '.' not in b:
        return 'text'
    ext = b.rsplit('.', 1)[1]
    return {'yaml': 'yml', 'hot': 'text', 'b64': 'text'}.get(ext, ext)


def cycle(r, n, total):
    out = []
    while len(out) < total:
        block = list(range(n))
        r.shuffle(block)
        out.extend(block)
    return out[:total]


def write(root, rel, body):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(body)


def check_rel(rel):
    assert rel and not rel.startswith('/') and '..' not in rel.split('/') and '<<' not in rel, rel


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_fq.py OUTDIR SEED\n')
        return 2
    out, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    for sub in ('pos', 'neg'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    manifest, secrets = [], []

    env_files = 0
    for i, ti in enumerate(cycle(r, len(POS), 500)):
        t = POS[ti]
        rel, text = t['fn'](r, ctx(r))
        check_rel(rel)
        assert text.count(SLOT) == 1, t['name']
        needle = GEN[t['gen']](r)
        body = text.replace(SLOT, needle)
        lines = body.split('\n')
        line = next(k + 1 for k, ln in enumerate(lines) if needle in ln)
        f = 'pos/p%04d/%s' % (i, rel)
        write(out, f, body)
        with open(os.path.join(out, f), encoding='utf-8', newline='') as fh:
            assert needle in fh.read().split('\n')[line - 1], (f, line)
        env_files += is_env_name(rel)
        manifest.append({'file': f, 'label': 'pos', 'provider': t['provider'], 'kind': t['kind'],
                         'filetype': filetype(rel)})
        secrets.append({'file': f, 'needle': needle, 'line': line})
    assert env_files <= 25, env_files

    plan = ['reuse'] * 250 + ['look'] * 250
    r.shuffle(plan)
    reuse = iter(cycle(r, len(POS), 250))
    look = iter(cycle(r, len(NEG), 250))
    for i, what in enumerate(plan):
        if what == 'reuse':
            t = POS[next(reuse)]
            rel, text = t['fn'](r, ctx(r))
            body, kind = fill_negative(r, t, text)
            provider = t['provider']
            if is_env_name(rel) and os.path.basename(rel) not in ENV_OK_FOR_NEG:
                rel = os.path.join(os.path.dirname(rel), r.choice(['.env.example', '.env.sample']))
        else:
            t = NEG[next(look)]
            rel, body = t['fn'](r, ctx(r))
            provider, kind = t['provider'], t['kind']
        check_rel(rel)
        assert SLOT not in body and not (is_env_name(rel) and os.path.basename(rel) not in ENV_OK_FOR_NEG), rel
        f = 'neg/n%04d/%s' % (i, rel)
        write(out, f, body)
        manifest.append({'file': f, 'label': 'neg', 'provider': provider, 'kind': kind,
                         'filetype': filetype(rel)})

    with open(os.path.join(out, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for m in manifest:
            fh.write(json.dumps(m) + '\n')
    with open(os.path.join(out, 'secrets.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for s in secrets:
            fh.write(json.dumps(s) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
