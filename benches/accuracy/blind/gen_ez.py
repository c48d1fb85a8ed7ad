#!/usr/bin/env python3
"""gen_ez.py - blind evaluation-set generator for secret scanners.

EMPHASIS
  Satellites, earth observation and geospatial APIs.
  Providers: Planet (API keys), Sentinel Hub and Copernicus Data Space Ecosystem
  (OAuth client secrets, passwords, S3 keys, bearer tokens), Maxar/Vantor (MGP API
  keys, passwords), UP42 (project API keys, passwords), SkyWatch EarthCache (API
  keys), Google Earth Engine (service-account private keys), Mapbox (secret sk.
  tokens, downloads tokens), MapTiler, HERE (API keys, OAuth access-key secrets),
  TomTom, Esri/ArcGIS (API keys, OAuth client secrets, tokens), Space-Track
  logins, N2YO keys, SatNOGS API tokens, AWS (Ground Station / S3 access keys,
  presigned URLs), Azure Maps keys, Azure Storage account keys and SAS URLs,
  NASA Earthdata (EDL JWT user tokens, .netrc logins, GDAL_HTTP_USERPWD), Google
  Cloud Storage signed URLs, PostGIS / pgstac / GeoServer passwords, Slack
  webhooks for pipeline alerts, SSH keys for ground-station hosts.
  File types: Python scripts, Jupyter notebooks (.ipynb), R scripts and .Rmd,
  GDAL/rasterio configs (GDAL WMS XML, --config flags, GDAL_HTTP_* env), QGIS
  projects (.qgs) and connection exports, pg_service.conf, STAC configs,
  YAML/JSON/TOML/INI/properties, Terraform (.tf/.tfvars), docker-compose,
  Dockerfile, Kubernetes/Helm YAML, GitHub workflows, Markdown, shell with curl,
  .http files, JS/TS, Go, Java properties, gradle.properties, C# appsettings,
  SQL, CSV, logs, netrc, rclone/s3cmd configs, TLE files, CCSDS OEM, SOPS/Ansible.

USAGE
  python3 gen_ez.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
  (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and
  OUTDIR/secrets.jsonl (one line per positive: file, needle, 1-based line).
  Deterministic per SEED: every random choice comes from one random.Random(SEED);
  no clock, no os.urandom, no set iteration, no hash().

NEEDLE CONVENTIONS
  * Plain keys/tokens/passwords/client secrets: the value exactly as written,
    without quotes, without "Bearer "/"Token "/"api-key " scheme words.
  * Key pairs (AWS access key id + secret, HERE access key id + secret, Sentinel
    Hub client id + secret, S3 key + secret): the needle is the SECRET half; the
    id is part of the same credential and sits in the same file.
  * URLs with embedded credentials (postgresql://user:PW@host, https://u:PW@h):
    the needle is the password only.  Query-string keys (?api_key=, &apiKey=,
    ?key=, ?access_token=, &token=): the needle is the parameter value.
  * Signed URLs that are credentials: S3 presigned -> the X-Amz-Signature hex;
    GCS signed -> the X-Goog-Signature hex; Azure SAS -> the sig= value as
    written (URL-encoded).
  * Webhook URLs: the whole URL (https://hooks.slack.com/services/T../B../xxx).
  * netrc entries: the password token value.
  * Private keys (PEM/OpenSSH, also the JSON-escaped private_key of a Google
    service-account file): the first base64 body line after the BEGIN line;
    for OpenSSH keys the second body line (the first is the same for every
    ed25519 key: magic, cipher 'none', key type).
  * Kubernetes Secret `data:` entries: the base64 value as written.
  * HTTP Basic header (Authorization: Basic b64): the base64 string.

NEGATIVES
  500 files without any credential.  250 re-use the positive templates with the
  secret slot holding a non-secret: placeholders (<your-api-key>,
  YOUR_API_KEY_HERE, changeme, xxxx..., REPLACE_ME), empty values, masked values
  (****, [REDACTED]), environment references (${VAR}, ${{ secrets.X }},
  os.environ[...], process.env.X, Sys.getenv(), System.getenv(), os.Getenv()),
  secret-manager references (op://, vault:, AWS/GCP secret ARNs/paths), template
  expressions ({{ var }}, __VAR__, #{Var}#), documented example values (AWS
  wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY + AKIAIOSFODNN7EXAMPLE, Planet docs
  '12345', Space-Track 'yourpassword', Mapbox YOUR_MAPBOX_ACCESS_TOKEN, EDL-xxxx)
  and values documented as public (Mapbox pk. tokens, CDSE client 'cdse-public').
  250 are look-alikes: TLE sets with valid checksums, NORAD/SATCAT tables,
  Space-Track GP JSON, CCSDS OEM, STAC items/collections with multihash
  checksums, Sentinel-1/2, Landsat, Planet, Maxar scene/catalog ids, MGRS tiles,
  H3/S2/quadkey/geohash cells, bounding boxes, imagery SHA256SUMS/MD5, S3 ETags,
  x-amz-request-id/x-amz-id-2 logs, Git LFS pointers, image digests, pip/npm
  integrity hashes, WKB hex, Earth Engine asset/task ids, Earthdata concept ids,
  SatNOGS short uuids, Esri item ids, QGIS authcfg ids, Mapbox pk. tokens and
  style URLs, public SSH/PGP/X.509/JWKS keys, SOPS/Ansible-vault/SealedSecret
  ciphertext, config files that only reference env vars or secret stores.
  No negative lives in a file named .env / .env.* (only .env.example/.sample).

FORMATS CHECKED (search tool, docs/pages corpora)
  * Planet: docs.planet.com/develop/authentication - key sent as Basic username
    (empty password), `Authorization: api-key <key>` or `api_key=` query; env var
    PL_API_KEY; docs example value '12345'.
  * Mapbox: Tokens API docs - token = three dot-separated parts, header literal
    pk/sk/tk, payload base64url JSON, then signature; pk public, sk secret.
    parse-mapbox-token README: payload carries u (user) and a (token id).
  * Sentinel Hub / CDSE: OAuth2 client-credentials, JWT access tokens; CDSE token
    endpoint identity.dataspace.copernicus.eu/.../CDSE/protocol/openid-connect/token,
    public client 'cdse-public' with username/password grant.
  * Earthdata: EDL user tokens (90 days) used as `Authorization: Bearer`; wiki
    shows JWT form <b64>.<b64>.<b64> and older EDL-<60 chars>; .netrc with
    machine urs.earthdata.nasa.gov login/password.
  * SkyWatch: x-api-key header, base https://api.skywatch.co/earthcache.
  * N2YO: &apiKey= appended to https://api.n2yo.com/rest/v1/satellite/... URLs.
  * SatNOGS: `Authorization: Token <token>` (Django REST token), env var
    SATNOGS_API_TOKEN.
  * Space-Track: POST identity/password to /ajaxauth/login, cookie session.
  * HERE: credentials.properties keys here.user.id, here.client.id,
    here.access.key.id, here.access.key.secret, here.token.endpoint.url;
    HERE_API_KEY / apiKey for REST.
  * UP42: up42.authenticate(project_id=..., project_api_key=...) and a JSON
    config with those two fields (older SDK); username/password in newer SDK.
  * Azure Maps: subscription-key URL parameter with a primary/secondary key.
  * TomTom: key= query parameter on api.tomtom.com.  MapTiler: ?key= on
    api.maptiler.com style/tiles URLs (public example URL showed 20 alnum chars).
  * Esri: API keys are long-lived access tokens passed as token=/api key.
  * Maxar: maxar-platform SDK manages MGP API keys (format not shown).

DOUBTS
  * Planet key format: modern keys assumed to be 'PLAK' + 32 hex, older ones
    32 hex; the docs show no real-looking example.
  * Earthdata JWT header/payload claims (origin 'Earthdata Login', sig
    'edljwtpubkey_ops', uid, identity_provider) are from memory; signature length
    assumes RS256/2048.
  * Mapbox token id 'a' (25 chars, starts with c) and 22-char signature lengths
    are from memory of public pk tokens.
  * Not confirmed: Sentinel Hub secret alphabet/length (used 40 printable, and
    32 alnum for CDSE Keycloak clients), HERE API key (43 base64url) and access
    key id/secret lengths (22/86), TomTom (32 alnum), MapTiler (20 alnum), Esri
    (AAPK/AAPT prefix + ~100 base64url chars), N2YO (XXXXXX-XXXXXX-XXXXXX-XXXX),
    SkyWatch (40 alnum), UP42 project key (40 alnum), Maxar MGP key (48 alnum),
    Azure Maps key (43 base64url, or 84 alnum), CDSE S3 keys (20 upper/40 alnum).
  * Browser-side keys (MapTiler, HERE, TomTom, Azure Maps) can be deployed with
    origin restrictions; positives only place them in server-side code/config.
  * Short-lived bearer tokens (CDSE/Sentinel Hub JWT) count as credentials here.
"""

import base64
import json
import os
import random
import struct
import sys

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEX = "0123456789abcdef"
ALNUM = LOWER + UPPER + DIGITS
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"
PWSYM = "!#%*+-.=?@^_~"
URLSAFE_SYM = "-._~"
SHSYM = "!#%&()*+,-.:;<=>?@[]^_{|}~"
GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"


# ----------------------------------------------------------------- helpers
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def T(text, **kw):
    for k, v in kw.items():
        text = text.replace("\u00ab" + k + "\u00bb", str(v))
    assert "\u00ab" not in text, text[:200]
    return text


def date(r, y0=2019, y1=2024):
    return "%04d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ymd(r):
    return date(r).replace("-", "")


def hms(r):
    return "%02d%02d%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


USERS = ["jdoe", "mkowalski", "anguyen", "eo-ops", "gisbot", "lfischer", "rsharma",
         "tmorel", "kokafor", "pipeline", "svc-ingest", "hbauer", "cdiaz", "ylin"]
ORGS = ["terrawatch", "agrisense", "floodmap", "geoinsight", "orbitlab", "canopy",
        "hydrosat-tools", "urbanpulse", "fieldscope", "deltawatch"]
TLDS = ["io", "eu", "org", "dev", "space", "earth", "com"]
AOIS = [("sacramento_valley", -122.2, 38.3, -121.3, 39.1), ("po_delta", 11.9, 44.7, 12.6, 45.2),
        ("nile_delta", 30.0, 30.5, 32.4, 31.6), ("rotterdam_port", 3.9, 51.85, 4.55, 52.0),
        ("mekong_delta", 105.3, 9.2, 106.8, 10.6), ("lake_chad", 13.0, 12.5, 15.2, 14.4),
        ("sao_paulo", -46.9, -23.8, -46.3, -23.3), ("kruger_np", 30.9, -25.5, 32.0, -22.3),
        ("iowa_corn_belt", -94.0, 41.5, -92.5, 42.5), ("rhine_valley", 7.5, 47.5, 8.3, 49.0),
        ("ganges_plain", 83.0, 25.0, 85.5, 26.5), ("murray_darling", 142.0, -35.5, 145.0, -33.5)]
SATS = [("ISS (ZARYA)", 25544, "98067A"), ("NOAA 19", 33591, "09005A"), ("LANDSAT 8", 39084, "13008A"),
        ("LANDSAT 9", 49260, "21088A"), ("SENTINEL-2A", 40697, "15028A"), ("SENTINEL-2B", 42063, "17013A"),
        ("SENTINEL-1A", 39634, "14016A"), ("TERRA", 25994, "99068A"), ("AQUA", 27424, "02022A"),
        ("SUOMI NPP", 37849, "11061A"), ("NOAA 20", 43013, "17073A"), ("METEOR-M 2", 40069, "14037A"),
        ("SENTINEL-3A", 41335, "16011A"), ("FUNCUBE-1 (AO-73)", 39444, "13066B")]
BUCKETS = ["eo-raw-scenes", "cog-archive", "stac-assets-prod", "gs-contacts-downlink",
           "imagery-staging", "ndvi-mosaics", "sar-products", "tiles-cache"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-central-1", "eu-west-1", "ap-southeast-2"]


def org(r):
    return r.choice(ORGS)


def email(r):
    return "%s@%s.%s" % (r.choice(USERS), r.choice(ORGS), r.choice(TLDS))


def aoi(r):
    return r.choice(AOIS)


def bbox_str(a):
    return "%s, %s, %s, %s" % (a[1], a[2], a[3], a[4])


def mgrs(r):
    return "%02d%s%s%s" % (r.randint(10, 56), r.choice("NPQRSTUVW"), r.choice("CDEFGHJKLMNPQRSTUVWXYZ"), r.choice("ABCDEFGHJKLMNPQRSTUV"))


def s2_id(r):
    d = ymd(r)
    return "S2%s_MSIL2A_%sT%s_N05%02d_R%03d_T%s_%sT%s" % (r.choice("AB"), d, hms(r), r.choice([9, 10, 11]), r.randint(1, 143), mgrs(r), d, hms(r))


def landsat_id(r):
    d = ymd(r)
    d2 = "%04d%02d%02d" % (int(d[:4]) + (1 if d[4:6] == "12" else 0), int(d[4:6]) % 12 + 1, int(d[6:]))
    return "LC0%d_L2SP_%03d%03d_%s_%s_02_T1" % (r.choice([8, 9]), r.randint(1, 233), r.randint(1, 248), d, d2)


def planet_item(r):
    return "%s_%s_%02d_%s" % (ymd(r), hms(r), r.randint(0, 99), hexs(r, 4))


def s1_id(r):
    d = ymd(r)
    t = hms(r)
    return "S1%s_IW_GRDH_1SDV_%sT%s_%sT%s_%06d_%s_%s" % (r.choice("AB"), d, t, d, t[:4] + "%02d" % min(59, int(t[4:]) + 25), r.randint(10000, 55000), rs(r, "0123456789ABCDEF", 6), rs(r, "0123456789ABCDEF", 4))


def maxar_cat(r):
    return r.choice(["10300100", "10400100", "10500100", "10200100"]) + rs(r, "0123456789ABCDEF", 6) + "00"


def pw(r, urlsafe=False, n=None):
    style = r.random()
    sym = URLSAFE_SYM if urlsafe else PWSYM
    if style < 0.35:
        words = ["Orbit", "Nadir", "Swath", "Pixel", "Raster", "Tundra", "Delta", "Falcon", "Quartz", "Meridian", "Azimuth", "Cobalt", "Solstice", "Granite"]
        return r.choice(words) + r.choice(words).lower() + str(r.randint(10, 9999)) + r.choice(sym)
    n = n or r.randint(14, 26)
    s = rs(r, ALNUM, n - 2) + r.choice(sym) + r.choice(DIGITS)
    lst = list(s)
    r.shuffle(lst)
    return "".join(lst)


# ------------------------------------------------------------ secret gens
def g_planet(r):
    return "PLAK" + hexs(r, 32) if r.random() < 0.8 else hexs(r, 32)


MB_USERS = ["terrawatch", "agrisense-maps", "floodmap", "geoinsight", "orbitlab", "canopy-earth", "jdoe-gis", "urbanpulse"]


def g_mapbox(r, kind="sk"):
    user = r.choice(MB_USERS)
    a = "c" + r.choice("lkm") + rs(r, LOWER + DIGITS, 23)
    payload = json.dumps({"u": user, "a": a}, separators=(",", ":"))
    return "%s.%s.%s" % (kind, b64u(payload.encode()), rs(r, B64URL, 22))


def g_sh_secret(r):
    # mostly alphanumeric with some punctuation (doubt: exact alphabet not documented)
    return "".join(r.choice(SHSYM) if r.random() < 0.15 else r.choice(ALNUM) for _ in range(40))


def g_kc_secret(r):
    return rs(r, ALNUM, 32)


def g_maptiler(r):
    return rs(r, ALNUM, 20)


def g_here_key(r):
    return rs(r, B64URL, 43)


def g_here_secret(r):
    return rs(r, B64URL, 86)


def g_tomtom(r):
    return rs(r, ALNUM, 32)


def g_esri(r):
    return r.choice(["AAPK", "AAPK", "AAPT"]) + hexs(r, 32) + rs(r, B64URL, r.randint(60, 72))


def g_n2yo(r):
    a = UPPER + DIGITS
    return "-".join([rs(r, a, 6), rs(r, a, 6), rs(r, a, 6), rs(r, a, 4)])


def g_satnogs(r):
    return hexs(r, 40)


def g_skywatch(r):
    return rs(r, ALNUM, 40)


def g_up42(r):
    return rs(r, ALNUM, 40)


def g_maxar(r):
    return rs(r, ALNUM, 48)


def g_aws_id(r, prefix="AKIA"):
    return prefix + rs(r, B32, 16)


def g_aws_secret(r):
    return rs(r, UPPER + LOWER + DIGITS + "+/", 40)


def g_azmaps(r):
    return rs(r, B64URL, 43) if r.random() < 0.7 else rs(r, ALNUM, 84)


def g_az_storage(r):
    return b64(rbytes(r, 64))


def g_cdse_s3_id(r):
    return rs(r, UPPER + DIGITS, 20)


def g_cdse_s3_secret(r):
    return rs(r, ALNUM, 40)


def jwt(r, header, payload, sigbytes=256):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64u(rbytes(r, sigbytes)))


def g_edl_jwt(r):
    iat = 1690000000 + r.randint(0, 40000000)
    return jwt(r, {"typ": "JWT", "origin": "Earthdata Login", "sig": "edljwtpubkey_ops", "alg": "RS256"},
               {"type": "User", "uid": r.choice(USERS).replace("-", "_"), "exp": iat + 5184000, "iat": iat,
                "iss": "https://urs.earthdata.nasa.gov", "identity_provider": "edl_ops", "acr": "edl", "assurance_level": 3})


def g_kc_jwt(r, iss="https://identity.dataspace.copernicus.eu/auth/realms/CDSE", azp="cdse-public"):
    iat = 1690000000 + r.randint(0, 40000000)
    return jwt(r, {"alg": "RS256", "typ": "JWT", "kid": rs(r, B64URL, 43)},
               {"exp": iat + 600, "iat": iat, "jti": uuid4(r), "iss": iss, "sub": uuid4(r), "typ": "Bearer",
                "azp": azp, "scope": "email profile", "email_verified": True, "preferred_username": email(r)})


def g_edl_legacy(r):
    return "EDL-" + rs(r, ALNUM, 60)


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 255])


def pem_body_pkcs8(r):
    # SEQUENCE { INTEGER 0, AlgorithmIdentifier rsaEncryption, OCTET STRING { RSAPrivateKey } }
    inner_len = 1187
    rsa = b"\x30" + der_len(inner_len) + b"\x02\x01\x00\x02\x82\x01\x01\x00" + rbytes(r, inner_len - 8)
    alg = bytes.fromhex("300d06092a864886f70d0101010500")
    octet = b"\x04" + der_len(len(rsa)) + rsa
    body = b"\x02\x01\x00" + alg + octet
    return b64(b"\x30" + der_len(len(body)) + body)


def pem_body_pkcs1(r):
    inner = b"\x02\x01\x00\x02\x82\x01\x01\x00" + rbytes(r, 1180)
    return b64(b"\x30" + der_len(len(inner)) + inner)


def openssh_ed25519_body(r):
    def sstr(b):
        return struct.pack(">I", len(b)) + b
    pub = rbytes(r, 32)
    pubblob = sstr(b"ssh-ed25519") + sstr(pub)
    chk = rbytes(r, 4)
    comment = ("%s@%s" % (r.choice(USERS), r.choice(["gs-rx01", "groundstation", "antenna-ctl", "sdr-node2"]))).encode()
    priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pub) + sstr(rbytes(r, 32) + pub) + sstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + sstr(pubblob) + sstr(priv)
    return b64(blob)


def g_pem(r, kind="pkcs8"):
    if kind == "pkcs8":
        body, head, w = pem_body_pkcs8(r), "PRIVATE KEY", 64
    elif kind == "pkcs1":
        body, head, w = pem_body_pkcs1(r), "RSA PRIVATE KEY", 64
    else:
        body, head, w = openssh_ed25519_body(r), "OPENSSH PRIVATE KEY", 70
    lines = wrap(body, w)
    text = "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (head, "\n".join(lines), head)
    # OpenSSH keys share a constant first line (magic + cipher + key type); use line 2
    return text, (lines[1] if kind == "openssh" else lines[0])


def g_slack(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPPER + DIGITS, r.choice([8, 10])), rs(r, UPPER + DIGITS, r.choice([8, 10, 11])), rs(r, ALNUM, 24))


# --------------------------------------------------------------- values
class V(object):
    """Value placed in a template slot. s = raw text, q = quoted literal or code expression."""

    def __init__(self, s, q, neg, needle=None, style="secret"):
        self.s, self.q, self.neg, self.needle, self.style = s, q, neg, needle, style


CODE_REF = {
    "py": ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s")'],
    "js": ["process.env.%s"], "ts": ["process.env.%s"],
    "r": ['Sys.getenv("%s")'], "go": ['os.Getenv("%s")'],
    "java": ['System.getenv("%s")'], "kt": ['System.getenv("%s")'],
    "cs": ['Environment.GetEnvironmentVariable("%s")'],
}

PLACE = {
    "apikey": ["<your-api-key>", "YOUR_API_KEY_HERE", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your-api-key",
               "INSERT_KEY_HERE", "<API_KEY>", "TODO-set-key", "XXXXXXXXXXXXXXXXXXXX", "dummy-key-for-tests"],
    "secret": ["<client-secret>", "YOUR_CLIENT_SECRET", "REPLACE_WITH_CLIENT_SECRET", "xxxxxxxxxxxxxxxxxxxxxxxx",
               "your-client-secret", "<CLIENT_SECRET>", "changeme"],
    "password": ["changeme", "<password>", "your-password", "CHANGE_ME", "password", "<YOUR_PASSWORD>", "secret",
                 "example-password", "p@ssw0rd"],
    "token": ["<token>", "YOUR_TOKEN", "<your-bearer-token>", "REPLACE_WITH_TOKEN", "xxxxxxxx.xxxxxxxx.xxxxxxxx",
              "eyJ...", "TOKEN_GOES_HERE"],
    "sig": ["<signature>", "SIGNATURE", "xxxxxxxxxxxxxxxx"],
    "url": ["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
            "https://hooks.slack.com/services/<team>/<channel>/<token>", "<slack-webhook-url>"],
}
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "••••••••", "[hidden]"]
SM_REFS = ["op://EO-Platform/%s/credential", "vault:secret/data/eo/%s#value", "projects/eo-prod/secrets/%s/versions/latest",
           "arn:aws:secretsmanager:eu-central-1:123456789012:secret:eo/%s-Ab12Cd", "azurekeyvault://kv-eo-prod/secrets/%s",
           "sm://%s", "ssm:/eo/prod/%s"]
TPL = ["{{ %s }}", "{{ vault_%s }}", "__%s__", "#{%s}#", "@@%s@@", "%%(%s)s", "<%%= ENV['%s'] %%>"]
EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "planet": ["12345", "{api-key}"],
    "spacetrack": ["yourpassword"],
    "mapbox": ["YOUR_MAPBOX_ACCESS_TOKEN", "MY_MAPBOX_TOKEN"],
    "earthdata": ["EDL-xxxxxxxxxxxxxxxxxxxx", "TOKEN_VALUE"],
    "up42": ["your-project-API-key", "456"],
    "skywatch": ["YOUR_API_KEY_HERE", "<< API key here >>"],
    "here": ["<YOUR API KEY>", "<YOUR-KEY>", "<example_here>"],
    "tomtom": ["YOUR_API_KEY", "Your_API_Key"],
    "cdse": ["<password>", "PASSWORD"],
    "azure": ["{Your-Azure-Maps-Subscription-key}"],
    "satnogs": ["xxx", "your-api-token"],
    "sentinelhub": ["..."],
}


def quote(lang, s):
    if lang in ("ini", "properties", "netrc", "raw", "md", "csv", "log"):
        return s
    if lang in ("sh", "dockerfile") and s and all(c in ALNUM + "-_./:@%+=" for c in s):
        return s
    return '"%s"' % s


def pos_value(r, t):
    res = t["gen"](r)
    if isinstance(res, tuple):
        s, needle = res
    else:
        s, needle = res, res
    return V(s, quote(t["lang"], s), False, needle)


def neg_value(r, t):
    lang, var, nk, prov = t["lang"], t["var"], t["nkind"], t["provider"]
    ref = t.get("ref", "interp")
    opts = []
    if nk == "pem":
        ph = r.choice(["-----BEGIN PRIVATE KEY-----\n<paste the service account key here>\n-----END PRIVATE KEY-----\n",
                       "-----BEGIN PRIVATE KEY-----\nREDACTED\n-----END PRIVATE KEY-----\n",
                       "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"])
        opts = [("placeholder", ph), ("empty", ""), ("masked", r.choice(MASKED))]
        kind, s = r.choice(opts)
        return V(s, quote(lang, s), True, style=kind)
    place = PLACE.get(nk, PLACE["apikey"])
    opts.append((3, "placeholder", r.choice(place)))
    opts.append((1, "empty", ""))
    opts.append((1, "masked", r.choice(MASKED)))
    opts.append((1, "secret_manager_ref", r.choice(SM_REFS) % var.lower().replace("_", "-")))
    opts.append((1, "template_expr", r.choice(TPL) % var.lower()))
    if ref == "interp" and lang not in CODE_REF:
        opts.append((2, "env_reference", "${%s}" % var))
    elif ref == "gha":
        opts.append((2, "env_reference", "${{ secrets.%s }}" % var))
    if prov in EXAMPLES and t.get("example", True):
        opts.append((2, "doc_example", r.choice(EXAMPLES[prov])))
    if prov == "mapbox":
        opts.append((4, "public_token", g_mapbox(r, "pk")))
    code = t.get("code")
    if code and lang in CODE_REF:
        opts.append((3, "env_reference", None))
    tot = sum(o[0] for o in opts)
    x = r.uniform(0, tot)
    for w, kind, s in opts:
        x -= w
        if x <= 0:
            break
    if s is None:
        expr = r.choice(CODE_REF[lang]) % var
        return V(expr, expr, True, style=kind)
    return V(s, quote(lang, s), True, style=kind)


# ----------------------------------------------------------- templates
POS = []


def ptpl(provider, kind, lang, var, nkind, gen, ref="interp", code=False, example=True, env_ok=False):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, lang=lang, var=var, nkind=nkind,
                        gen=gen, ref=ref, code=code, example=example, render=fn, env_ok=env_ok))
        return fn
    return deco


def nb(cells, lang="python"):
    out = []
    n = 1
    for ctype, src in cells:
        lines = src.split("\n")
        source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        c = {"cell_type": ctype, "metadata": {}, "source": source}
        if ctype == "code":
            c["execution_count"] = n
            c["outputs"] = []
            n += 1
        out.append(c)
    ks = {"python": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
          "r": {"display_name": "R", "language": "R", "name": "ir"}}[lang]
    return json.dumps({"cells": out, "metadata": {"kernelspec": ks, "language_info": {"name": lang}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


# ---- Planet -------------------------------------------------------------
@ptpl("planet", "api_key", "py", "PL_API_KEY", "apikey", g_planet, code=True)
def p_planet_py(r, v):
    a = aoi(r)
    path = r.choice(["scripts/planet_search.py", "eo/ingest/planet_client.py", "src/acquire/planet_search.py"])
    return path, T('''"""Quick search against the Planet Data API for the «A» AOI."""
import os
import requests

PL_API_KEY = «Q»
BASE_URL = "https://api.planet.com/data/v1"

session = requests.Session()
session.auth = (PL_API_KEY, "")

search = {
    "item_types": ["PSScene"],
    "filter": {
        "type": "AndFilter",
        "config": [
            {"type": "GeometryFilter", "field_name": "geometry",
             "config": {"type": "Polygon", "coordinates": [[[«W», «S»], [«E», «S»], [«E», «N»], [«W», «N»], [«W», «S»]]]}},
            {"type": "DateRangeFilter", "field_name": "acquired", "config": {"gte": "«D»T00:00:00Z"}},
            {"type": "RangeFilter", "field_name": "cloud_cover", "config": {"lte": 0.1}},
        ],
    },
}

res = session.post(BASE_URL + "/quick-search", json=search)
res.raise_for_status()
for feature in res.json()["features"]:
    print(feature["id"], feature["properties"]["cloud_cover"])
''', A=a[0], Q=v.q, W=a[1], S=a[2], E=a[3], N=a[4], D=date(r))


@ptpl("planet", "api_key", "sh", "PL_API_KEY", "apikey", g_planet)
def p_planet_curl(r, v):
    path = r.choice(["scripts/fetch_planet_order.sh", "tools/planet_orders.sh", "bin/planet-download"])
    oid = uuid4(r)
    return path, T('''#!/usr/bin/env bash
# Poll a Planet order and download the delivered assets.
set -euo pipefail

ORDER_ID="${1:-«O»}"
OUT_DIR="data/planet/${ORDER_ID}"
mkdir -p "$OUT_DIR"

state=$(curl -s -u «S»: "https://api.planet.com/compute/ops/orders/v2/${ORDER_ID}" | jq -r .state)
echo "order ${ORDER_ID} is ${state}"
if [ "$state" != "success" ]; then
  exit 0
fi
curl -s -u «S»: "https://api.planet.com/compute/ops/orders/v2/${ORDER_ID}" \\
  | jq -r '._links.results[].location' \\
  | xargs -n1 -P4 wget -q -P "$OUT_DIR"
''', O=oid, S=v.s)


@ptpl("planet", "api_key", "py", "PL_API_KEY", "apikey", g_planet, code=True)
def p_planet_nb(r, v):
    path = r.choice(["notebooks/01_planet_orders.ipynb", "notebooks/planet_basemap_check.ipynb", "analysis/planet_sdk_demo.ipynb"])
    a = aoi(r)
    return path, nb([
        ("markdown", "# Planet orders for %s\nOrders clipped PSScene 4-band analytic assets." % a[0]),
        ("code", "import asyncio\nimport planet\nfrom planet import order_request"),
        ("code", "auth = planet.Auth.from_key(%s)\nsess = planet.Session(auth=auth)" % v.q),
        ("code", "aoi = {\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}" % (a[1], a[2], a[3], a[2], a[3], a[4], a[1], a[4], a[1], a[2])),
        ("code", "req = order_request.build_request(\n    name=\"%s\",\n    products=[order_request.product([\"%s\"], \"analytic_sr_udm2\", \"PSScene\")],\n    tools=[order_request.clip_tool(aoi)],\n)" % (a[0], planet_item(r))),
    ])


@ptpl("planet", "api_key", "yml", "PL_API_KEY", "apikey", g_planet)
def p_planet_yaml(r, v):
    path = r.choice(["config/providers.yml", "conf/imagery_sources.yaml", "pipeline/config.yml"])
    a = aoi(r)
    return path, T('''# Imagery providers used by the ingest pipeline
defaults:
  max_cloud_cover: 0.15
  output_crs: EPSG:4326
  aoi: «A»

providers:
  planet:
    enabled: true
    base_url: https://api.planet.com/data/v1
    api_key: "«S»"
    item_types: [PSScene]
    asset: ortho_analytic_4b_sr
  sentinel2:
    enabled: true
    stac_url: https://earth-search.aws.element84.com/v1
    collection: sentinel-2-l2a
  landsat:
    enabled: false
    stac_url: https://landsatlook.usgs.gov/stac-server
''', A=a[0], S=v.s)


@ptpl("planet", "api_key", "xml", "PL_API_KEY", "apikey", g_planet, ref="none")
def p_planet_qgs(r, v):
    path = r.choice(["qgis/basemaps.qgs", "maps/field_survey.qgs", "qgis/monitoring_project.qgs"])
    mosaic = "global_monthly_%d_%02d_mosaic" % (r.randint(2020, 2024), r.randint(1, 12))
    lid = "planet_%s_%s" % (mosaic, hexs(r, 8))
    return path, T('''<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="«P»" version="3.34.4-Prizren">
  <homePath path=""/>
  <title>«P»</title>
  <projectCrs>
    <spatialrefsys nativeFormat="Wkt">
      <authid>EPSG:3857</authid>
    </spatialrefsys>
  </projectCrs>
  <projectlayers>
    <maplayer type="raster" refreshOnNotifyEnabled="0" autoRefreshTime="0">
      <id>«L»</id>
      <datasource>type=xyz&amp;url=https://tiles.planet.com/basemaps/v1/planet-tiles/«M»/gmap/%7Bz%7D/%7Bx%7D/%7By%7D.png?api_key%3D«S»&amp;zmax=18&amp;zmin=0</datasource>
      <layername>Planet «M»</layername>
      <provider>wms</provider>
    </maplayer>
  </projectlayers>
</qgis>
''', P=org(r) + " monitoring", L=lid, M=mosaic, S=v.s)


@ptpl("planet", "api_key", "http", "PL_API_KEY", "apikey", g_planet)
def p_planet_http(r, v):
    path = r.choice(["requests/planet.http", "api/planet_subscriptions.http"])
    return path, T('''### List subscriptions
GET https://api.planet.com/subscriptions/v1
Authorization: api-key «S»
Accept: application/json

### Subscription details
GET https://api.planet.com/subscriptions/v1/«U»
Authorization: api-key «S»
''', S=v.s, U=uuid4(r))


@ptpl("planet", "api_key", "tf", "planet_api_key", "apikey", g_planet, ref="none")
def p_planet_tfvars(r, v):
    path = r.choice(["infra/terraform.tfvars", "deploy/terraform/prod.tfvars"])
    return path, T('''project_id          = "«P»"
region              = "«R»"
ingest_schedule     = "cron(0 3 * * ? *)"
scene_bucket        = "«B»"
planet_api_key      = "«S»"
max_cloud_cover     = 0.2
alert_email         = "«E»"
''', P=org(r) + "-eo-prod", R=r.choice(REGIONS), B=r.choice(BUCKETS), S=v.s, E=email(r))


# ---- Sentinel Hub / CDSE ------------------------------------------------
@ptpl("sentinelhub", "oauth_client_secret", "toml", "SH_CLIENT_SECRET", "secret", g_sh_secret)
def p_sh_toml(r, v):
    path = r.choice(["config/sentinelhub.toml", "deploy/sh-config.toml", "conf/sentinelhub/config.toml"])
    return path, T('''[default-profile]
sh_client_id = "«I»"
sh_client_secret = "«S»"
sh_base_url = "https://services.sentinel-hub.com"
sh_token_url = "https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token"
max_download_attempts = 4
download_sleep_time = 5.0
''', I=uuid4(r), S=v.s)


@ptpl("sentinelhub", "oauth_client_secret", "py", "SH_CLIENT_SECRET", "secret", g_sh_secret, code=True)
def p_sh_py(r, v):
    path = r.choice(["src/ndvi/fetch.py", "eo/sentinelhub_ndvi.py", "scripts/ndvi_timeseries.py"])
    a = aoi(r)
    return path, T('''from sentinelhub import (
    BBox, CRS, DataCollection, MimeType, SentinelHubRequest, SHConfig, bbox_to_dimensions,
)

config = SHConfig()
config.sh_client_id = "«I»"
config.sh_client_secret = «Q»

EVALSCRIPT = """
//VERSION=3
function setup() { return { input: ["B04", "B08", "dataMask"], output: { bands: 2 } }; }
function evaluatePixel(s) { return [(s.B08 - s.B04) / (s.B08 + s.B04), s.dataMask]; }
"""

bbox = BBox(bbox=[«BB»], crs=CRS.WGS84)
request = SentinelHubRequest(
    evalscript=EVALSCRIPT,
    input_data=[SentinelHubRequest.input_data(DataCollection.SENTINEL2_L2A, time_interval=("«D1»", "«D2»"))],
    responses=[SentinelHubRequest.output_response("default", MimeType.TIFF)],
    bbox=bbox,
    size=bbox_to_dimensions(bbox, resolution=20),
    config=config,
)
ndvi = request.get_data()[0]
''', I=uuid4(r), Q=v.q, BB=bbox_str(a), D1=date(r, 2022, 2022), D2=date(r, 2023, 2023))


@ptpl("cdse", "oauth_client_secret", "r", "CDSE_SECRET", "secret", g_kc_secret, code=True)
def p_cdse_r(r, v):
    path = r.choice(["R/get_imagery.R", "analysis/cdse_ndvi.R", "scripts/sentinel_stats.R"])
    a = aoi(r)
    return path, T('''library(CDSE)
library(terra)

id <- "sh-«I»"
OAuthClient <- GetOAuthClient(id, «Q»)

aoi <- sf::st_as_sfc(sf::st_bbox(c(xmin = «W», ymin = «S», xmax = «E», ymax = «N»), crs = 4326))
images <- SearchCatalog(aoi = aoi, from = "«D1»", to = "«D2»",
                        collection = "sentinel-2-l2a", with_geometry = TRUE, client = OAuthClient)
day <- images[order(images$tileCloudCover), ]$acquisitionDate[1]
ras <- GetImage(aoi = aoi, time_range = day, script = "NDVI_float32.js",
                collection = "sentinel-2-l2a", format = "image/tiff",
                mosaicking_order = "leastCC", resolution = 10, client = OAuthClient)
writeRaster(ras, "output/ndvi_«A».tif", overwrite = TRUE)
''', I=uuid4(r), Q=v.q, W=a[1], S=a[2], E=a[3], N=a[4], D1=date(r, 2023, 2023), D2=date(r, 2024, 2024), A=a[0])


@ptpl("sentinelhub", "oauth_client_secret", "ts", "SH_CLIENT_SECRET", "secret", g_sh_secret, code=True)
def p_sh_ts(r, v):
    path = r.choice(["src/services/sentinelhub.ts", "server/lib/shAuth.ts", "api/src/auth/sentinelhub.ts"])
    return path, T('''import fetch from "node-fetch";

const TOKEN_URL = "https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token";
const CLIENT_ID = "«I»";
const CLIENT_SECRET = «Q»;

let cached: { token: string; expires: number } | null = null;

export async function getToken(): Promise<string> {
  if (cached && cached.expires > Date.now() + 30_000) {
    return cached.token;
  }
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });
  const res = await fetch(TOKEN_URL, { method: "POST", body });
  const json = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: json.access_token, expires: Date.now() + json.expires_in * 1000 };
  return cached.token;
}
''', I=uuid4(r), Q=v.q)


@ptpl("cdse", "bearer_token", "md", "ACCESS_TOKEN", "token", g_kc_jwt, ref="interp")
def p_cdse_md(r, v):
    path = r.choice(["docs/processing-api.md", "docs/howto/cdse-download.md", "notes/odata_download.md"])
    pid = uuid4(r)
    return path, T('''# Downloading a product from CDSE OData

Search first, then download by product id:

```bash
curl -s "https://catalogue.dataspace.copernicus.eu/odata/v1/Products?\\$filter=Name eq '«N».SAFE'"
```

Token I got this morning from the identity endpoint (valid 10 min):

```bash
curl -H "Authorization: Bearer «S»" \\
  "https://zipper.dataspace.copernicus.eu/odata/v1/Products(«P»)/\\$value" \\
  --location-trusted --output «N».zip
```

The zip is ~1.1 GB for an L2A tile.
''', N=s2_id(r), S=v.s, P=pid)


@ptpl("cdse", "password", "py", "CDSE_PASSWORD", "password", lambda r: pw(r), code=True)
def p_cdse_pw_py(r, v):
    path = r.choice(["scripts/cdse_token.py", "src/download/cdse_auth.py", "utils/copernicus.py"])
    return path, T('''import requests

TOKEN_URL = "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"


def get_access_token(username: str, password: str) -> str:
    data = {
        "client_id": "cdse-public",
        "username": username,
        "password": password,
        "grant_type": "password",
    }
    r = requests.post(TOKEN_URL, data=data, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


if __name__ == "__main__":
    token = get_access_token("«U»", «Q»)
    print(token[:16] + "...")
''', U=email(r), Q=v.q)


@ptpl("cdse", "password", "sh", "CDSE_PASSWORD", "password", lambda r: pw(r, urlsafe=True))
def p_cdse_curl(r, v):
    path = r.choice(["scripts/get_token.sh", "ops/cdse-token.sh"])
    return path, T('''#!/bin/sh
# Fetch a CDSE access token for OData downloads
export ACCESS_TOKEN=$(curl -s -d 'client_id=cdse-public' \\
    -d 'username=«U»' \\
    -d 'password=«S»' \\
    -d 'grant_type=password' \\
    'https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token' | \\
    python3 -m json.tool | grep "access_token" | awk -F\\" '{print $4}')
echo "token length: ${#ACCESS_TOKEN}"
''', U=email(r), S=v.s)


@ptpl("cdse", "s3_secret_key", "ini", "CDSE_S3_SECRET", "secret", g_cdse_s3_secret)
def p_cdse_rclone(r, v):
    path = r.choice(["config/rclone.conf", "deploy/rclone/rclone.conf"])
    return path, T('''[eodata]
type = s3
provider = Other
endpoint = https://eodata.dataspace.copernicus.eu
access_key_id = «I»
secret_access_key = «S»
acl = private

[archive]
type = s3
provider = AWS
env_auth = true
region = «R»
''', I=g_cdse_s3_id(r) if not v.neg else "<access-key>", S=v.s, R=r.choice(REGIONS))


@ptpl("cdse", "oauth_client_secret", "py", "OPENEO_CLIENT_SECRET", "secret", g_kc_secret, code=True)
def p_openeo(r, v):
    path = r.choice(["jobs/openeo_composite.py", "src/openeo_batch.py"])
    a = aoi(r)
    return path, T('''import openeo

connection = openeo.connect("openeo.dataspace.copernicus.eu")
connection.authenticate_oidc_client_credentials(
    client_id="sh-«I»",
    client_secret=«Q»,
)

cube = connection.load_collection(
    "SENTINEL2_L2A",
    spatial_extent={"west": «W», "south": «S», "east": «E», "north": «N»},
    temporal_extent=["«D1»", "«D2»"],
    bands=["B04", "B08"],
)
ndvi = cube.ndvi(nir="B08", red="B04").reduce_dimension(dimension="t", reducer="median")
job = ndvi.create_job(title="ndvi-median-«A»", out_format="GTiff")
job.start_and_wait()
''', I=uuid4(r), Q=v.q, W=a[1], S=a[2], E=a[3], N=a[4], D1=date(r, 2022, 2022), D2=date(r, 2023, 2023), A=a[0])


# ---- Maxar / UP42 / SkyWatch --------------------------------------------
@ptpl("maxar", "api_key", "py", "MAXAR_API_KEY", "apikey", g_maxar, code=True)
def p_maxar_py(r, v):
    path = r.choice(["config/settings.py", "app/settings.py", "eo_service/settings.py"])
    return path, T('''"""Django settings for the imagery ordering service."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["orders.«O».io", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "orders",
]

MAXAR_API_BASE = "https://api.maxar.com"
MAXAR_API_KEY = «Q»
MAXAR_DISCOVERY_COLLECTIONS = ["wv02", "wv03-vnir", "lg01"]

TIME_ZONE = "UTC"
USE_TZ = True
STATIC_URL = "static/"
''', O=org(r), Q=v.q)


@ptpl("maxar", "password", "ini", "MAXAR_PASSWORD", "password", lambda r: pw(r))
def p_maxar_cfg(r, v):
    path = r.choice(["config/mgp-config.ini", "deploy/maxar/.MGP-config.sample.ini", "conf/maxar.cfg"])
    if path.endswith("sample.ini"):
        path = "conf/maxar_platform.ini"
    return path, T('''[default]
base_url = https://api.maxar.com
user_name = «U»
user_password = «S»
client_id = mgp
verify_ssl = true
timeout = 120
''', U=email(r), S=v.s)


@ptpl("up42", "api_key", "json", "UP42_PROJECT_API_KEY", "apikey", g_up42)
def p_up42_json(r, v):
    path = r.choice(["config/up42.json", "credentials/up42_config.json"])
    return path, T('''{
  "project_id": "«P»",
  "project_api_key": "«S»"
}
''', P=uuid4(r), S=v.s)


@ptpl("up42", "password", "py", "UP42_PASSWORD", "password", lambda r: pw(r), code=True)
def p_up42_py(r, v):
    path = r.choice(["notebooks/up42_order.py", "scripts/up42_catalog.py"])
    a = aoi(r)
    return path, T('''import up42

up42.authenticate(username="«U»", password=«Q»)

catalog = up42.initialize_catalog()
search_parameters = catalog.construct_search_parameters(
    collections=["phr"],
    geometry={"type": "Polygon", "coordinates": [[[«W», «S»], [«E», «S»], [«E», «N»], [«W», «N»], [«W», «S»]]]},
    start_date="«D1»",
    end_date="«D2»",
    max_cloudcover=20,
    limit=10,
)
results = catalog.search(search_parameters)
print(results[["id", "acquisitionDate", "cloudCoverage"]])
''', U=email(r), Q=v.q, W=a[1], S=a[2], E=a[3], N=a[4], D1=date(r, 2022, 2022), D2=date(r, 2023, 2023))


@ptpl("skywatch", "api_key", "py", "SKYWATCH_API_KEY", "apikey", g_skywatch, code=True)
def p_skywatch_py(r, v):
    path = r.choice(["src/earthcache/client.py", "ingest/skywatch.py"])
    return path, T('''import requests

BASE = "https://api.skywatch.co/earthcache"
HEADERS = {"x-api-key": «Q», "Content-Type": "application/json"}


def list_pipelines(limit=50):
    resp = requests.get(f"{BASE}/pipelines", headers=HEADERS, params={"limit": limit}, timeout=60)
    resp.raise_for_status()
    return resp.json()["data"]


def pipeline_results(pipeline_id):
    resp = requests.get(f"{BASE}/pipelines/{pipeline_id}/interval_results", headers=HEADERS, timeout=60)
    resp.raise_for_status()
    return resp.json()["data"]


if __name__ == "__main__":
    for p in list_pipelines():
        print(p["id"], p["name"], p["status"])
''', Q=v.q)


@ptpl("skywatch", "api_key", "log", "SKYWATCH_API_KEY", "apikey", g_skywatch, ref="none")
def p_skywatch_log(r, v):
    path = r.choice(["logs/earthcache-debug.log", "var/log/ingest-%s.log" % date(r)])
    d = date(r)
    sid = uuid4(r)
    return path, T('''«D»T08:14:02.113Z INFO  ingest.worker  starting archive search for aoi=«A»
«D»T08:14:02.114Z DEBUG urllib3.connectionpool  Starting new HTTPS connection (1): api.skywatch.co:443
«D»T08:14:02.351Z DEBUG ingest.http  POST /earthcache/archive/search headers={'User-Agent': 'python-requests/2.31.0', 'Accept': '*/*', 'Content-Type': 'application/json', 'x-api-key': '«S»'}
«D»T08:14:02.902Z DEBUG urllib3.connectionpool  https://api.skywatch.co:443 "POST /earthcache/archive/search HTTP/1.1" 202 112
«D»T08:14:02.903Z INFO  ingest.worker  search_id=«I»
«D»T08:14:07.410Z INFO  ingest.worker  23 results, best coverage 0.97
''', D=d, A=aoi(r)[0], S=v.s, I=sid)


# ---- Google Earth Engine -------------------------------------------------
def g_gee(r):
    return g_pem(r, "pkcs8")


@ptpl("google_earth_engine", "private_key", "json", "EE_PRIVATE_KEY", "pem", g_gee, ref="none")
def p_gee_json(r, v):
    proj = "ee-%s-%s" % (org(r), r.choice(["prod", "mapping", "research", "dev"]))
    sa = r.choice(["earthengine", "ee-runner", "gee-export", "ndvi-batch"])
    path = r.choice(["credentials/ee-service-account.json", "keys/%s.json" % proj, "secrets/gee-key.json"])
    doc = {
        "type": "service_account",
        "project_id": proj,
        "private_key_id": hexs(r, 40) if not v.neg else "",
        "private_key": v.s,
        "client_email": "%s@%s.iam.gserviceaccount.com" % (sa, proj),
        "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com" % (sa, proj),
        "universe_domain": "googleapis.com",
    }
    return path, json.dumps(doc, indent=2) + "\n"


@ptpl("google_earth_engine", "private_key", "pem", "EE_PRIVATE_KEY", "pem", g_gee, ref="none")
def p_gee_pem(r, v):
    path = r.choice(["keys/ee-privatekey.pem", "deploy/gee/privatekey.pem", "secrets/earthengine.pem"])
    return path, v.s if v.s.strip() else "# key material is provisioned by the deploy job\n"


@ptpl("google_earth_engine", "private_key", "py", "EE_PRIVATE_KEY", "pem", g_gee, ref="none")
def p_gee_py(r, v):
    proj = "ee-%s" % org(r)
    path = r.choice(["gee/export_composites.py", "src/gee_auth.py"])
    key = v.s.replace("\n", "\\n")
    return path, T('''import json
import ee

SERVICE_ACCOUNT = "gee-export@«P».iam.gserviceaccount.com"
KEY_DATA = json.dumps({
    "type": "service_account",
    "project_id": "«P»",
    "client_email": SERVICE_ACCOUNT,
    "private_key": "«K»",
    "token_uri": "https://oauth2.googleapis.com/token",
})

credentials = ee.ServiceAccountCredentials(SERVICE_ACCOUNT, key_data=KEY_DATA)
ee.Initialize(credentials, project="«P»")

s2 = (ee.ImageCollection("COPERNICUS/S2_SR_HARMONIZED")
      .filterDate("«D1»", "«D2»")
      .filter(ee.Filter.lt("CLOUDY_PIXEL_PERCENTAGE", 20))
      .median())
task = ee.batch.Export.image.toDrive(s2.select(["B4", "B3", "B2"]), description="median_rgb", scale=10)
task.start()
''', P=proj, K=key, D1=date(r, 2022, 2022), D2=date(r, 2023, 2023))


# ---- Mapbox ---------------------------------------------------------------
@ptpl("mapbox", "secret_token", "sh", "MAPBOX_ACCESS_TOKEN", "token", g_mapbox)
def p_mapbox_sh(r, v):
    path = r.choice(["scripts/upload_tiles.sh", "tiles/publish.sh", "bin/mts-publish.sh"])
    user = r.choice(MB_USERS)
    ts = "%s.%s" % (user, r.choice(["flood-extent", "parcels-2024", "ndvi-classes", "burn-scars"]))
    return path, T('''#!/usr/bin/env bash
set -euo pipefail
# Publish vector tiles through the Mapbox Tiling Service
export MAPBOX_ACCESS_TOKEN="«S»"

tilesets upload-source «U» «N»-src build/«N».geojson.ld --replace
tilesets create «T» --recipe recipes/«N».json --name "«N»"
tilesets publish «T»
tilesets status «T»
''', S=v.s, U=user, N=ts.split(".")[1], **{"T": ts})


@ptpl("mapbox", "secret_token", "properties", "MAPBOX_DOWNLOADS_TOKEN", "token", g_mapbox, ref="none")
def p_mapbox_gradle(r, v):
    path = r.choice(["android/gradle.properties", "mobile/android/gradle.properties", "gradle.properties"])
    return path, T('''# Project-wide Gradle settings.
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
MAPBOX_DOWNLOADS_TOKEN=«S»
''', S=v.s)


@ptpl("mapbox", "secret_token", "netrc", "MAPBOX_DOWNLOADS_TOKEN", "token", g_mapbox, ref="none")
def p_mapbox_netrc(r, v):
    path = r.choice(["ios/.netrc", "ci/netrc", "mobile/ios/netrc"])
    return path, T('''machine api.mapbox.com
login mapbox
password «S»
''', S=v.s)


@ptpl("mapbox", "secret_token", "py", "MAPBOX_TOKEN", "token", g_mapbox, code=True)
def p_mapbox_py(r, v):
    path = r.choice(["tools/upload_raster.py", "publish/mapbox_upload.py"])
    user = r.choice(MB_USERS)
    return path, T('''from mapbox import Uploader

uploader = Uploader(access_token=«Q»)


def publish(path: str, tileset: str) -> str:
    with open(path, "rb") as src:
        upload = uploader.upload(src, f"«U».{tileset}")
    upload.raise_for_status()
    return upload.json()["id"]


if __name__ == "__main__":
    print(publish("out/«A»_rgb.tif", "«A»-rgb"))
''', Q=v.q, U=user, A=aoi(r)[0])


@ptpl("mapbox", "secret_token", "xml", "MAPBOX_TOKEN", "token", g_mapbox, ref="none")
def p_mapbox_qgis_xml(r, v):
    path = r.choice(["qgis/connections/xyz_mapbox.xml", "qgis/xyz_connections.xml"])
    user = r.choice(MB_USERS)
    style = "c" + r.choice("lkm") + rs(r, LOWER + DIGITS, 23)
    return path, T('''<!DOCTYPE connections>
<qgsXYZTilesConnections version="1.0">
  <xyztiles name="OpenStreetMap" url="https://tile.openstreetmap.org/{z}/{x}/{y}.png" zmin="0" zmax="19" authcfg="" username="" password="" referer="" tilePixelRatio="0"/>
  <xyztiles name="Mapbox «U» private style" url="https://api.mapbox.com/styles/v1/«U»/«ST»/tiles/256/{z}/{x}/{y}@2x?access_token=«S»" zmin="0" zmax="22" authcfg="" username="" password="" referer="" tilePixelRatio="2"/>
</qgsXYZTilesConnections>
''', U=user, ST=style, S=v.s)


# ---- MapTiler / HERE / TomTom / Azure Maps ------------------------------
@ptpl("maptiler", "api_key", "xml", "MAPTILER_KEY", "apikey", g_maptiler, ref="none")
def p_maptiler_gdal(r, v):
    path = r.choice(["gdal/maptiler_satellite.xml", "config/gdal/basemap_tms.xml"])
    return path, T('''<GDAL_WMS>
    <Service name="TMS">
        <ServerUrl>https://api.maptiler.com/tiles/satellite-v2/${z}/${x}/${y}.jpg?key=«S»</ServerUrl>
    </Service>
    <DataWindow>
        <UpperLeftX>-20037508.34</UpperLeftX>
        <UpperLeftY>20037508.34</UpperLeftY>
        <LowerRightX>20037508.34</LowerRightX>
        <LowerRightY>-20037508.34</LowerRightY>
        <TileLevel>20</TileLevel>
        <TileCountX>1</TileCountX>
        <TileCountY>1</TileCountY>
        <YOrigin>top</YOrigin>
    </DataWindow>
    <Projection>EPSG:3857</Projection>
    <BlockSizeX>512</BlockSizeX>
    <BlockSizeY>512</BlockSizeY>
    <BandsCount>3</BandsCount>
    <Cache/>
</GDAL_WMS>
''', S=v.s)


@ptpl("maptiler", "api_key", "toml", "MAPTILER_API_KEY", "apikey", g_maptiler)
def p_maptiler_toml(r, v):
    path = r.choice(["tileserver/config.toml", "renderer/settings.toml"])
    return path, T('''[server]
host = "0.0.0.0"
port = 8088
workers = 4

[basemap]
provider = "maptiler"
style = "satellite"
MAPTILER_API_KEY = "«S»"
cache_dir = "/var/cache/tiles"
max_zoom = 18

[logging]
level = "info"
''', S=v.s)


@ptpl("here", "oauth_access_key_secret", "properties", "here.access.key.secret", "secret", g_here_secret, ref="none")
def p_here_props(r, v):
    path = r.choice(["config/here/credentials.properties", "deploy/credentials.properties"])
    return path, T('''here.user.id = HERE-«U»
here.client.id = «C»
here.access.key.id = «I»
here.access.key.secret = «S»
here.token.endpoint.url = https://account.api.here.com/oauth2/token
''', U=uuid4(r), C=rs(r, ALNUM, 20), I=rs(r, B64URL, 22), S=v.s)


@ptpl("here", "api_key", "py", "HERE_API_KEY", "apikey", g_here_key, code=True)
def p_here_py(r, v):
    path = r.choice(["etl/geocode_here.py", "src/geocoding/here.py"])
    return path, T('''import csv
import requests

GEOCODE_URL = "https://geocode.search.hereapi.com/v1/geocode"
apiKey = «Q»


def geocode(address):
    r = requests.get(GEOCODE_URL, params={"q": address, "apiKey": apiKey}, timeout=20)
    r.raise_for_status()
    items = r.json().get("items", [])
    if not items:
        return None
    pos = items[0]["position"]
    return pos["lat"], pos["lng"]


with open("data/stations.csv") as f:
    for row in csv.DictReader(f):
        print(row["station_id"], geocode(row["address"]))
''', Q=v.q)


@ptpl("tomtom", "api_key", "py", "TOMTOM_API_KEY", "apikey", g_tomtom, code=True)
def p_tomtom_py(r, v):
    path = r.choice(["etl/route_times.py", "analysis/isochrones.py"])
    return path, T('''import requests


def travel_time(a, b, key):
    url = f"https://api.tomtom.com/routing/1/calculateRoute/{a[0]},{a[1]}:{b[0]},{b[1]}/json"
    resp = requests.get(url, params={"key": key, "traffic": "false"}, timeout=30)
    resp.raise_for_status()
    return resp.json()["routes"][0]["summary"]["travelTimeInSeconds"]


depots = [(«LA1», «LO1»), («LA2», «LO2»)]
print(travel_time(depots[0], depots[1], «Q»))
''', LA1=round(r.uniform(40, 55), 4), LO1=round(r.uniform(-5, 20), 4), LA2=round(r.uniform(40, 55), 4), LO2=round(r.uniform(-5, 20), 4), Q=v.q)


@ptpl("tomtom", "api_key", "properties", "TOMTOM_API_KEY", "apikey", g_tomtom)
def p_tomtom_props(r, v):
    path = r.choice(["src/main/resources/application.properties", "service/src/main/resources/application-prod.properties"])
    return path, T('''spring.application.name=fleet-tracker
server.port=8080
spring.datasource.url=jdbc:postgresql://db:5432/fleet
spring.datasource.username=fleet
spring.datasource.password=${DB_PASSWORD}
tomtom.api.base-url=https://api.tomtom.com
tomtom.api.key=«S»
management.endpoints.web.exposure.include=health,info
''', S=v.s)


@ptpl("azure", "api_key", "json", "AZURE_MAPS_KEY", "apikey", g_azmaps)
def p_azmaps_json(r, v):
    path = r.choice(["src/Api/appsettings.json", "appsettings.Production.json"])
    return path, T('''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "AzureMaps": {
    "ClientId": "«C»",
    "SubscriptionKey": "«S»",
    "BaseUrl": "https://atlas.microsoft.com"
  }
}
''', C=uuid4(r), S=v.s)


@ptpl("azure", "api_key", "py", "AZURE_MAPS_KEY", "apikey", g_azmaps, code=True)
def p_azmaps_py(r, v):
    path = r.choice(["geo/reverse_geocode.py", "src/azure_geo.py"])
    return path, T('''from azure.core.credentials import AzureKeyCredential
from azure.maps.search import MapsSearchClient

client = MapsSearchClient(credential=AzureKeyCredential(«Q»))

result = client.get_reverse_geocoding(coordinates=[«LO», «LA»])
for feature in result.get("features", []):
    print(feature["properties"]["address"]["formattedAddress"])
''', Q=v.q, LO=round(r.uniform(-10, 30), 5), LA=round(r.uniform(35, 60), 5))


# ---- Esri ------------------------------------------------------------------
@ptpl("esri", "api_key", "py", "ARCGIS_API_KEY", "apikey", g_esri, code=True)
def p_esri_py(r, v):
    path = r.choice(["arcgis/publish_layers.py", "scripts/arcgis_geocode.py"])
    return path, T('''from arcgis.gis import GIS
from arcgis.geocoding import geocode

gis = GIS("https://www.arcgis.com", api_key=«Q»)

for place in ["«P1»", "«P2»"]:
    hits = geocode(place, max_locations=1)
    if hits:
        loc = hits[0]["location"]
        print(place, loc["x"], loc["y"])
''', Q=v.q, P1=r.choice(["Rotterdam harbour", "Port of Antwerp", "Lake Chad"]), P2=r.choice(["Sacramento", "Mekong delta", "Cairo"]))


@ptpl("esri", "oauth_client_secret", "yml", "ARCGIS_CLIENT_SECRET", "secret", lambda r: hexs(r, 32))
def p_esri_yaml(r, v):
    path = r.choice(["config/arcgis.yml", "deploy/values/arcgis-sync.yaml"])
    return path, T('''arcgis:
  portal_url: https://«O».maps.arcgis.com
  client_id: «C»
  client_secret: "«S»"
  feature_layers:
    - name: field_observations
      item_id: «I1»
    - name: flood_extent_daily
      item_id: «I2»
sync:
  interval_minutes: 30
  batch_size: 500
''', O=org(r), C=rs(r, ALNUM, 16), S=v.s, I1=hexs(r, 32), I2=hexs(r, 32))


@ptpl("esri", "api_key", "sh", "ARCGIS_TOKEN", "apikey", g_esri, ref="none")
def p_esri_ogr(r, v):
    path = r.choice(["scripts/pull_features.sh", "etl/export_parcels.sh"])
    host = "services%d.arcgis.com" % r.randint(1, 9)
    return path, T('''#!/bin/bash
# Export a hosted feature layer to GeoPackage
ogr2ogr -f GPKG out/parcels.gpkg \\
  "https://«H»/«X»/arcgis/rest/services/Parcels_2024/FeatureServer/0/query?where=1%3D1&outFields=*&f=json&token=«S»" \\
  -nln parcels -t_srs EPSG:4326
ogrinfo -so out/parcels.gpkg parcels
''', H=host, X=rs(r, ALNUM, 16), S=v.s)


# ---- Space-Track / N2YO / SatNOGS ----------------------------------------
@ptpl("spacetrack", "password", "py", "SPACETRACK_PASSWORD", "password", lambda r: pw(r), code=True)
def p_st_py(r, v):
    path = r.choice(["orbits/update_tles.py", "scripts/fetch_gp.py", "tracking/spacetrack_sync.py"])
    ids = ", ".join(str(s[1]) for s in r.sample(SATS, 4))
    return path, T('''import spacetrack.operators as op
from spacetrack import SpaceTrackClient

st = SpaceTrackClient(identity="«U»", password=«Q»)

NORAD_IDS = [«IDS»]
data = st.gp(norad_cat_id=NORAD_IDS, orderby="norad_cat_id", format="tle")
with open("data/active.tle", "w") as fh:
    fh.write(data)
print("wrote", len(data.splitlines()) // 2, "element sets")
''', U=email(r), Q=v.q, IDS=ids)


@ptpl("spacetrack", "password", "ini", "SPACETRACK_PASSWORD", "password", lambda r: pw(r))
def p_st_ini(r, v):
    path = r.choice(["config/orbit.cfg", "tracking/spacetrack.ini", "conf/tle_sources.ini"])
    return path, T('''[general]
data_dir = /srv/orbits
refresh_hours = 8

[spacetrack]
base_url = https://www.space-track.org
identity = «U»
password = «S»
query = /basicspacedata/query/class/gp/decay_date/null-val/epoch/>now-30/orderby/norad_cat_id/format/tle

[celestrak]
url = https://celestrak.org/NORAD/elements/gp.php?GROUP=weather&FORMAT=tle
''', U=email(r), S=v.s)


@ptpl("spacetrack", "password", "sh", "SPACETRACK_PASSWORD", "password", lambda r: pw(r, urlsafe=True))
def p_st_curl(r, v):
    path = r.choice(["scripts/spacetrack_login.sh", "cron/pull_satcat.sh"])
    return path, T('''#!/bin/sh
COOKIES=/tmp/st_cookies.txt
curl -s -c "$COOKIES" https://www.space-track.org/ajaxauth/login \\
     -d 'identity=«U»&password=«S»'
curl -s -b "$COOKIES" \\
  "https://www.space-track.org/basicspacedata/query/class/satcat/CURRENT/Y/orderby/NORAD_CAT_ID/format/csv" \\
  -o data/satcat.csv
rm -f "$COOKIES"
''', U=email(r).replace("@", "%40"), S=v.s)


@ptpl("n2yo", "api_key", "js", "N2YO_API_KEY", "apikey", g_n2yo, code=True)
def p_n2yo_js(r, v):
    path = r.choice(["server/routes/passes.js", "src/n2yo.js"])
    sat = r.choice(SATS)
    return path, T('''const express = require("express");
const axios = require("axios");

const router = express.Router();
const N2YO_API_KEY = «Q»;
const BASE = "https://api.n2yo.com/rest/v1/satellite";

// visual passes for the ground station, default «N» (NORAD «I»)
router.get("/passes/:id?", async (req, res) => {
  const id = req.params.id || «I»;
  const { lat, lng, alt = 0 } = req.query;
  const url = `${BASE}/visualpasses/${id}/${lat}/${lng}/${alt}/5/300/&apiKey=${N2YO_API_KEY}`;
  const { data } = await axios.get(url);
  res.json(data.passes || []);
});

module.exports = router;
''', Q=v.q, N=sat[0], I=sat[1])


@ptpl("n2yo", "api_key", "go", "N2YO_API_KEY", "apikey", g_n2yo, code=True)
def p_n2yo_go(r, v):
    path = r.choice(["internal/tracker/n2yo.go", "pkg/passes/client.go"])
    return path, T('''package tracker

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
)

const baseURL = "https://api.n2yo.com/rest/v1/satellite"

var apiKey = «Q»

var cacheDir = filepath.Join(os.TempDir(), "n2yo-cache")

type TLEResponse struct {
	Info struct {
		SatID   int    `json:"satid"`
		SatName string `json:"satname"`
	} `json:"info"`
	TLE string `json:"tle"`
}

func FetchTLE(noradID int) (*TLEResponse, error) {
	url := fmt.Sprintf("%s/tle/%d&apiKey=%s", baseURL, noradID, apiKey)
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out TLEResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
''', Q=v.q)


@ptpl("n2yo", "api_key", "py", "N2YO_API_KEY", "apikey", g_n2yo, ref="none")
def p_n2yo_py_url(r, v):
    path = r.choice(["scripts/above_station.py", "station/whats_up.py"])
    return path, T('''import requests

LAT, LNG, ALT = «LA», «LO», «AL»
URL = "https://api.n2yo.com/rest/v1/satellite/above/%s/%s/%s/70/18/&apiKey=«S»" % (LAT, LNG, ALT)

data = requests.get(URL, timeout=15).json()
for sat in data.get("above", []):
    print(f'{sat["satid"]:>6} {sat["satname"]:<28} {sat["satalt"]:8.1f} km')
''', LA=round(r.uniform(-50, 60), 4), LO=round(r.uniform(-120, 150), 4), AL=r.randint(0, 1500), S=v.s)


@ptpl("satnogs", "api_token", "sh", "SATNOGS_API_TOKEN", "apikey", g_satnogs)
def p_satnogs_env(r, v):
    path = r.choice(["station/satnogs-client.conf", "ansible/files/satnogs_env", "docker/satnogs/station.env.sh"])
    return path, T('''# SatNOGS client station settings
SATNOGS_API_TOKEN="«S»"
SATNOGS_STATION_ID="«I»"
SATNOGS_STATION_LAT="«LA»"
SATNOGS_STATION_LON="«LO»"
SATNOGS_STATION_ELEV="«E»"
SATNOGS_SOAPY_RX_DEVICE="driver=rtlsdr"
SATNOGS_RX_SAMP_RATE="2.048e6"
SATNOGS_ANTENNA="RX"
''', S=v.s, I=r.randint(100, 3500), LA=round(r.uniform(-50, 65), 3), LO=round(r.uniform(-120, 150), 3), E=r.randint(5, 900))


@ptpl("satnogs", "api_token", "py", "SATNOGS_DB_TOKEN", "apikey", g_satnogs, code=True)
def p_satnogs_py(r, v):
    path = r.choice(["tools/telemetry_dump.py", "scripts/satnogs_db_export.py"])
    sat = r.choice(SATS)
    return path, T('''import requests

DB_API = "https://db.satnogs.org/api/telemetry/"
TOKEN = «Q»


def frames(norad_id, page=1):
    resp = requests.get(
        DB_API,
        params={"satellite": norad_id, "format": "json", "page": page},
        headers={"Authorization": f"Token {TOKEN}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


for f in frames(«I»):
    print(f["timestamp"], f["observer"], f["frame"][:32])
''', Q=v.q, I=sat[1])


@ptpl("satnogs", "api_token", "yml", "satnogs_api_token", "apikey", g_satnogs, ref="none")
def p_satnogs_ansible(r, v):
    path = r.choice(["ansible/host_vars/gs-rx01.yml", "ansible/group_vars/stations.yml"])
    return path, T('''---
satnogs_station_id: «I»
satnogs_api_token: «S»
satnogs_station_elev: «E»
satnogs_rx_device: rtlsdr
satnogs_ppm_error: 0
satnogs_setup_upgrade: false
hamlib_utils_rot_enabled: true
hamlib_utils_rot_opts: "-m 202 -r /dev/ttyACM0 -s 9600"
''', I=r.randint(100, 3500), S=v.s if v.s else '""', E=r.randint(5, 900))


# ---- AWS ---------------------------------------------------------------------
def aws_pair(r, v):
    if v.neg:
        return r.choice(["AKIAIOSFODNN7EXAMPLE", "<access-key-id>", "${AWS_ACCESS_KEY_ID}"])
    return g_aws_id(r)


@ptpl("aws", "aws_secret_access_key", "ini", "AWS_SECRET_ACCESS_KEY", "secret", g_aws_secret)
def p_aws_creds(r, v):
    path = r.choice(["deploy/aws/credentials", "groundstation/config/aws_credentials", "ci/aws-credentials.ini"])
    return path, T('''[default]
region = «R»
output = json

[groundstation]
aws_access_key_id = «I»
aws_secret_access_key = «S»
region = «R»
''', R=r.choice(REGIONS), I=aws_pair(r, v), S=v.s)


@ptpl("aws", "aws_secret_access_key", "tf", "aws_secret_key", "secret", g_aws_secret, ref="none")
def p_aws_tf(r, v):
    path = r.choice(["infra/groundstation/main.tf", "terraform/providers.tf"])
    return path, T('''terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "«R»"
  access_key = "«I»"
  secret_key = "«S»"
}

resource "aws_s3_bucket" "downlink" {
  bucket = "«B»-«N»"
  tags = {
    Project = "groundstation"
  }
}
''', R=r.choice(REGIONS), I=aws_pair(r, v), S=v.s, B=r.choice(BUCKETS), N=r.randint(100, 999))


@ptpl("aws", "aws_secret_access_key", "py", "AWS_SECRET_ACCESS_KEY", "secret", g_aws_secret, code=True)
def p_aws_rasterio(r, v):
    path = r.choice(["src/cog_stats.py", "analysis/read_cogs.py"])
    return path, T('''import rasterio
from rasterio.session import AWSSession

session = AWSSession(
    aws_access_key_id="«I»",
    aws_secret_access_key=«Q»,
    region_name="«R»",
)

with rasterio.Env(session, GDAL_DISABLE_READDIR_ON_OPEN="EMPTY_DIR"):
    with rasterio.open("s3://«B»/«S2»/B04.tif") as src:
        band = src.read(1, masked=True)
        print(src.profile["width"], src.profile["height"], float(band.mean()))
''', I=aws_pair(r, v), Q=v.q, R=r.choice(REGIONS), B=r.choice(BUCKETS), S2=s2_id(r))


@ptpl("aws", "aws_secret_access_key", "yml", "AWS_SECRET_ACCESS_KEY", "secret", g_aws_secret, env_ok=False)
def p_aws_compose(r, v):
    path = r.choice(["docker-compose.yml", "deploy/docker-compose.titiler.yml"])
    return path, T('''services:
  titiler:
    image: ghcr.io/developmentseed/titiler:0.18.0
    ports:
      - "8000:8000"
    environment:
      - PORT=8000
      - WORKERS_PER_CORE=1
      - AWS_REGION=«R»
      - AWS_ACCESS_KEY_ID=«I»
      - AWS_SECRET_ACCESS_KEY=«S»
      - GDAL_CACHEMAX=200
      - CPL_VSIL_CURL_ALLOWED_EXTENSIONS=.tif,.TIF,.tiff
      - GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR
''', R=r.choice(REGIONS), I=aws_pair(r, v), S=v.s)


@ptpl("aws", "aws_secret_access_key", "sh", "AWS_SECRET_ACCESS_KEY", "secret", g_aws_secret)
def p_aws_gdal(r, v):
    path = r.choice(["scripts/make_cog.sh", "processing/translate_cog.sh"])
    return path, T('''#!/usr/bin/env bash
set -e
SRC="s3://«B»/raw/«L»/«L»_SR_B4.TIF"
gdal_translate \\
  --config AWS_ACCESS_KEY_ID «I» \\
  --config AWS_SECRET_ACCESS_KEY «S» \\
  --config AWS_REGION «R» \\
  "/vsis3/${SRC#s3://}" out/«L»_B4_cog.tif \\
  -of COG -co COMPRESS=DEFLATE -co BLOCKSIZE=512
''', B=r.choice(BUCKETS), L=landsat_id(r), I=aws_pair(r, v), S=v.s, R=r.choice(REGIONS))


@ptpl("aws", "aws_secret_access_key", "csv", "AWS_SECRET_ACCESS_KEY", "secret", g_aws_secret, ref="none")
def p_aws_csv(r, v):
    path = r.choice(["ops/%s_accessKeys.csv" % r.choice(["gs-uploader", "stac-ingest", "cog-writer"]), "ci/accessKeys.csv"])
    return path, T('''Access key ID,Secret access key
«I»,«S»
''', I=aws_pair(r, v), S=v.s)


def g_presign(r):
    return hexs(r, 64)


@ptpl("aws", "signed_url", "md", "X_AMZ_SIGNATURE", "sig", g_presign, ref="none")
def p_aws_presign(r, v):
    path = r.choice(["docs/deliveries.md", "docs/customer-delivery-%s.md" % r.randint(100, 999)])
    d = ymd(r)
    key = "%s/%s.tif" % (r.choice(["deliveries", "orders"]), planet_item(r))
    return path, T('''# Delivery for order «O»

Download link (valid 7 days):

https://«B».s3.«R».amazonaws.com/«K»?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«I»%2F«D»%2F«R»%2Fs3%2Faws4_request&X-Amz-Date=«D»T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=«S»

Checksum (sha256): «H»
''', O=uuid4(r), B=r.choice(BUCKETS), R=r.choice(REGIONS), K=key, I=g_aws_id(r) if not v.neg else "AKIAIOSFODNN7EXAMPLE", D=d, S=v.s, H=hexs(r, 64))


# ---- Azure storage / GCS --------------------------------------------------
@ptpl("azure", "storage_account_key", "json", "AZURE_STORAGE_KEY", "secret", g_az_storage, ref="none")
def p_az_storage(r, v):
    path = r.choice(["functions/local.settings.json", "src/TileIngest/local.settings.json"])
    acct = "st%s%s" % (org(r).replace("-", ""), r.randint(10, 99))
    return path, T('''{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=«A»;AccountKey=«S»;EndpointSuffix=core.windows.net",
    "SCENE_CONTAINER": "scenes",
    "STAC_API_URL": "https://planetarycomputer.microsoft.com/api/stac/v1"
  }
}
''', A=acct, S=v.s)


def g_sas(r):
    raw = b64(rbytes(r, 32))
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


@ptpl("azure", "signed_url", "csv", "SAS_SIG", "sig", g_sas, ref="none")
def p_az_sas(r, v):
    path = r.choice(["data/asset_links.csv", "exports/cog_urls.csv"])
    acct = "st%s%s" % (org(r).replace("-", ""), r.randint(10, 99))
    rows = ["item_id,asset,href"]
    target = r.randint(1, 4)
    for i in range(1, 6):
        item = s2_id(r)
        href = "https://%s.blob.core.windows.net/cogs/%s/B08.tif" % (acct, item)
        if i == target:
            href += "?sv=2022-11-02&ss=b&srt=o&sp=rl&se=%sT00:00:00Z&st=%sT00:00:00Z&spr=https&sig=%s" % (date(r, 2025, 2025), date(r, 2024, 2024), v.s)
        rows.append("%s,B08,%s" % (item, href))
    return path, "\n".join(rows) + "\n"


def g_gcs_sig(r):
    return hexs(r, 512)


@ptpl("gcp", "signed_url", "log", "X_GOOG_SIGNATURE", "sig", g_gcs_sig, ref="none")
def p_gcs_signed(r, v):
    path = r.choice(["logs/export-worker.log", "logs/ee_export_%s.log" % ymd(r)])
    d = date(r)
    return path, T('''[«D» 11:02:41,118] INFO export.worker: task «TK» COMPLETED
[«D» 11:02:41,530] INFO export.worker: signing URL for gs://«B»/exports/ndvi_«A».tif (ttl=3600s)
[«D» 11:02:41,533] INFO export.worker: share link https://storage.googleapis.com/«B»/exports/ndvi_«A».tif?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40«P».iam.gserviceaccount.com%2F«DD»%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=«DD»T110241Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=«S»
[«D» 11:02:42,004] INFO export.worker: notified 3 subscribers
''', D=d, DD=d.replace("-", ""), TK=rs(r, UPPER + DIGITS, 24), B=r.choice(BUCKETS), A=aoi(r)[0], P="ee-" + org(r), S=v.s)


# ---- NASA Earthdata ---------------------------------------------------------
@ptpl("earthdata", "netrc_password", "netrc", "EARTHDATA_PASSWORD", "password", lambda r: pw(r), ref="none")
def p_edl_netrc(r, v):
    path = r.choice(["docker/netrc", "config/earthdata.netrc", "ci/.netrc"])
    return path, T('''machine urs.earthdata.nasa.gov
    login «U»
    password «S»
''', U=r.choice(USERS).replace("-", "_"), S=v.s)


@ptpl("earthdata", "bearer_token", "py", "EARTHDATA_TOKEN", "token", g_edl_jwt, code=True)
def p_edl_py(r, v):
    path = r.choice(["scripts/download_hls.py", "src/harmony_fetch.py", "earthdata/lpdaac_download.py"])
    return path, T('''import pathlib
import requests

TOKEN = «Q»
HEADERS = {"Authorization": f"Bearer {TOKEN}"}

URLS = [
    "https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSL30.020/«G»/«G».B04.tif",
    "https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSL30.020/«G»/«G».B05.tif",
]

out = pathlib.Path("data/hls")
out.mkdir(parents=True, exist_ok=True)
for url in URLS:
    with requests.get(url, headers=HEADERS, stream=True, timeout=120) as r:
        r.raise_for_status()
        (out / url.rsplit("/", 1)[1]).write_bytes(r.content)
''', Q=v.q, G="HLS.L30.T%s.%d%03dT%s.v2.0" % (mgrs(r), r.randint(2021, 2024), r.randint(1, 365), hms(r)))


@ptpl("earthdata", "bearer_token", "sh", "EARTHDATA_TOKEN", "token", g_edl_jwt)
def p_edl_gdal(r, v):
    path = r.choice(["scripts/gdal_edl_env.sh", "env/gdal_earthdata.sh"])
    return path, T('''#!/bin/bash
# GDAL >= 3.6 reads extra HTTP headers from GDAL_HTTP_HEADERS
export GDAL_HTTP_HEADERS="Authorization: Bearer «S»"
export GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR
export CPL_VSIL_CURL_ALLOWED_EXTENSIONS=".tif,.TIF"
gdalinfo /vsicurl/https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSS30.020/«G»/«G».Fmask.tif
''', S=v.s, G="HLS.S30.T%s.%d%03dT%s.v2.0" % (mgrs(r), r.randint(2021, 2024), r.randint(1, 365), hms(r)))


@ptpl("earthdata", "password", "r", "EARTHDATA_PASSWORD", "password", lambda r: pw(r), code=True)
def p_edl_r(r, v):
    path = r.choice(["R/00_setup.R", "analysis/modis_download.Rmd"])
    body = '''library(earthdatalogin)
library(terra)

edl_netrc(username = "«U»", password = «Q»)

url <- "https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSL30.020/«G»/«G».SAA.tif"
x <- rast(paste0("/vsicurl/", url))
plot(x)
'''
    if path.endswith(".Rmd"):
        body = "---\ntitle: \"MODIS/HLS download\"\noutput: html_document\n---\n\n```{r setup}\n" + body + "```\n"
    return path, T(body, U=r.choice(USERS).replace("-", "_"), Q=v.q, G="HLS.L30.T%s.%d%03dT%s.v2.0" % (mgrs(r), r.randint(2021, 2024), r.randint(1, 365), hms(r)))


@ptpl("earthdata", "password", "py", "EARTHDATA_PASSWORD", "password", lambda r: pw(r, urlsafe=True), ref="none")
def p_edl_userpwd(r, v):
    path = r.choice(["notebooks/read_hls.py", "src/read_protected_cog.py"])
    return path, T('''import os
import rioxarray

os.environ["GDAL_HTTP_COOKIEFILE"] = os.path.expanduser("~/cookies.txt")
os.environ["GDAL_HTTP_COOKIEJAR"] = os.path.expanduser("~/cookies.txt")
os.environ["GDAL_HTTP_USERPWD"] = "«U»:«S»"
os.environ["GDAL_HTTP_UNSAFESSL"] = "NO"

da = rioxarray.open_rasterio(
    "https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSL30.020/«G»/«G».B05.tif",
    chunks=True,
)
print(da.rio.crs, da.shape)
''', U=r.choice(USERS).replace("-", "_"), S=v.s, G="HLS.L30.T%s.%d%03dT%s.v2.0" % (mgrs(r), r.randint(2021, 2024), r.randint(1, 365), hms(r)))


@ptpl("earthdata", "bearer_token", "yml", "EARTHDATA_TOKEN", "token", g_edl_jwt, ref="gha")
def p_edl_gha(r, v):
    path = r.choice([".github/workflows/nightly-ingest.yml", ".github/workflows/hls-sync.yml"])
    return path, T('''name: nightly-ingest
on:
  schedule:
    - cron: "17 2 * * *"
  workflow_dispatch:

jobs:
  ingest:
    runs-on: ubuntu-latest
    env:
      EARTHDATA_TOKEN: "«S»"
      STAC_API: https://cmr.earthdata.nasa.gov/stac/LPCLOUD
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python -m ingest.hls --days 2
''', S=v.s)


@ptpl("earthdata", "bearer_token", "yml", "EARTHDATA_TOKEN", "token", g_edl_legacy)
def p_edl_legacy(r, v):
    path = r.choice(["config/daac.yml", "conf/harmony.yaml"])
    return path, T('''harmony:
  endpoint: https://harmony.earthdata.nasa.gov
  collection: C«C»-POCLOUD
  variables: [analysed_sst, sea_ice_fraction]
  token: "«S»"
output:
  format: application/x-netcdf4
  dir: /data/sst
''', C=r.randint(1000000000, 2999999999), S=v.s)


# ---- databases / QGIS / GeoServer / STAC ---------------------------------
@ptpl("postgis", "connection_string_password", "py", "DB_PASSWORD", "password", lambda r: pw(r, urlsafe=True), ref="none")
def p_pg_dsn(r, v):
    path = r.choice(["app/db.py", "src/database.py", "etl/load_footprints.py"])
    return path, T('''import geopandas as gpd
from sqlalchemy import create_engine

engine = create_engine("postgresql+psycopg2://«U»:«S»@«H»:5432/«D»", pool_pre_ping=True)

footprints = gpd.read_file("data/footprints_«A».geojson")
footprints.to_postgis("scene_footprints", engine, if_exists="append", index=False)
print(len(footprints), "footprints loaded")
''', U=r.choice(["gis", "eo_writer", "postgres", "stac"]), S=v.s, H=r.choice(["db", "postgis.internal", "10.0.3.17", "pg-eo.%s.internal" % org(r)]), D=r.choice(["eo", "gis", "footprints"]), A=aoi(r)[0])


@ptpl("postgis", "password", "yml", "POSTGRES_PASSWORD", "password", lambda r: pw(r))
def p_pg_compose(r, v):
    path = r.choice(["docker-compose.yml", "compose/stac.yml", "deploy/docker-compose.prod.yml"])
    return path, T('''services:
  database:
    image: ghcr.io/stac-utils/pgstac:v0.8.5
    environment:
      - POSTGRES_USER=pgstac
      - POSTGRES_PASSWORD=«S»
      - POSTGRES_DB=postgis
      - PGUSER=pgstac
      - PGDATABASE=postgis
    ports:
      - "5439:5432"
    volumes:
      - pgdata:/var/lib/postgresql/data
  stac:
    image: ghcr.io/stac-utils/stac-fastapi-pgstac:3.0.0
    depends_on: [database]
    ports:
      - "8082:8082"
volumes:
  pgdata:
''', S=v.s)


@ptpl("geoserver", "password", "sh", "GEOSERVER_ADMIN_PASSWORD", "password", lambda r: pw(r, urlsafe=True))
def p_geoserver(r, v):
    path = r.choice(["scripts/publish_coverage.sh", "geoserver/bootstrap.sh"])
    ws = r.choice(["eo", "floods", "ndvi", "mosaics"])
    return path, T('''#!/usr/bin/env bash
GS=http://localhost:8080/geoserver/rest
AUTH="admin:«S»"

curl -s -u "$AUTH" -XPOST -H "Content-type: text/xml" \\
  -d "<workspace><name>«W»</name></workspace>" "$GS/workspaces"

curl -s -u "$AUTH" -XPUT -H "Content-type: image/tiff" \\
  --data-binary @out/«A»_mosaic.tif \\
  "$GS/workspaces/«W»/coveragestores/«A»/file.geotiff"
''', S=v.s, W=ws, A=aoi(r)[0])


@ptpl("postgis", "password", "ini", "PGPASSWORD", "password", lambda r: pw(r))
def p_pg_service(r, v):
    path = r.choice(["qgis/pg_service.conf", "config/pg_service.conf"])
    return path, T('''[eo_prod]
host=pg-eo.«O».internal
port=5432
dbname=eo
user=qgis_reader
password=«S»
sslmode=require

[eo_dev]
host=localhost
port=5433
dbname=eo
user=dev
''', O=org(r), S=v.s)


@ptpl("postgis", "password", "xml", "PGPASSWORD", "password", lambda r: pw(r), ref="none")
def p_qgs_datasource(r, v):
    path = r.choice(["qgis/parcels_review.qgs", "maps/flood_extent.qgs"])
    return path, T('''<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="review" version="3.28.11-Firenze">
  <projectlayers>
    <maplayer type="vector" geometry="Polygon" wkbType="MultiPolygon">
      <id>flood_extent_«H»</id>
      <datasource>dbname='eo' host=pg-eo.«O».internal port=5432 user='analyst' password='«S»' sslmode=require key='fid' srid=4326 type=MultiPolygon checkPrimaryKeyUnicity='1' table="public"."flood_extent" (geom)</datasource>
      <layername>flood_extent</layername>
      <provider encoding="UTF-8">postgres</provider>
    </maplayer>
  </projectlayers>
</qgis>
''', H=hexs(r, 8) + "_" + hexs(r, 4), O=org(r), S=v.s)


@ptpl("postgis", "password", "sql", "STAC_INGEST_PASSWORD", "password", lambda r: pw(r), ref="none")
def p_pg_sql(r, v):
    path = r.choice(["db/migrations/0003_roles.sql", "sql/init_roles.sql"])
    return path, T('''-- roles for the STAC ingest service
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE ROLE stac_ingest LOGIN PASSWORD '«S»';
GRANT pgstac_ingest TO stac_ingest;
CREATE ROLE tiler_read NOLOGIN;
GRANT pgstac_read TO tiler_read;
ALTER ROLE stac_ingest SET search_path = pgstac, public;
''', S=v.s)


@ptpl("stac", "bearer_token", "yml", "STAC_API_TOKEN", "token", g_kc_jwt)
def p_stac_cfg(r, v):
    path = r.choice(["config/stac_sources.yaml", "stac/catalog-sources.yml"])
    return path, T('''sources:
  - name: earth-search
    url: https://earth-search.aws.element84.com/v1
    collections: [sentinel-2-l2a, landsat-c2-l2]
  - name: cdse
    url: https://catalogue.dataspace.copernicus.eu/stac
    collections: [SENTINEL-1, SENTINEL-2]
    headers:
      Authorization: "Bearer «S»"
  - name: planetary-computer
    url: https://planetarycomputer.microsoft.com/api/stac/v1
    sign_assets: true
''', S=v.s)


@ptpl("slack", "webhook_url", "yml", "SLACK_WEBHOOK_URL", "url", g_slack)
def p_slack(r, v):
    path = r.choice(["config/alerts.yml", "pipeline/notifications.yaml"])
    return path, T('''alerts:
  on_failure: true
  on_success: false
  channels:
    - type: email
      to: «E»
    - type: slack
      webhook: «S»
      mention: "@eo-oncall"
thresholds:
  max_cloud_cover: 0.3
  min_scenes_per_day: 4
''', E=email(r), S=v.s if v.s else '""')


@ptpl("ssh", "private_key", "txt", "GS_SSH_KEY", "pem", lambda r: g_pem(r, "openssh"), ref="none")
def p_ssh_key(r, v):
    path = r.choice(["deploy/keys/gs-rx01_ed25519", "ansible/files/antenna_ctl_key", "ops/ssh/id_ed25519"])
    return path, v.s if v.s.strip() else "# placeholder: real key is in the ops vault\n"


@ptpl("sentinelhub", "private_key", "yml", "TLS_KEY", "pem", lambda r: g_pem(r, "pkcs1"), ref="none")
def p_k8s_tls(r, v):
    path = r.choice(["k8s/tiler-tls-secret.yaml", "deploy/k8s/ingress-tls.yaml"])
    key = "\n".join("    " + l for l in v.s.rstrip("\n").split("\n")) if v.s else '    ""'
    return path, T('''apiVersion: v1
kind: Secret
metadata:
  name: tiler-tls
  namespace: eo
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    «CERT»
    -----END CERTIFICATE-----
  tls.key: |
«K»
''', CERT="\n    ".join(wrap("MIID" + rs(r, B64, 60 + 64 * 6), 64)), K=key)


@ptpl("skywatch", "api_key", "yml", "SKYWATCH_API_KEY", "apikey", g_skywatch, ref="none")
def p_k8s_b64(r, v):
    path = r.choice(["k8s/earthcache-secret.yaml", "deploy/k8s/secrets.yaml"])
    enc = b64(v.s.encode()) if v.s else ""
    text = T('''apiVersion: v1
kind: Secret
metadata:
  name: earthcache-credentials
  namespace: ingest
  labels:
    app: earthcache-poller
type: Opaque
data:
  api-key: «E»
''', E=enc if enc else '""')
    return path, text, (enc if not v.neg else None)


@ptpl("planet", "api_key", "dockerfile", "PL_API_KEY", "apikey", g_planet)
def p_planet_docker(r, v):
    path = r.choice(["Dockerfile", "docker/ingest/Dockerfile"])
    return path, T('''FROM ghcr.io/osgeo/gdal:ubuntu-small-3.8.4
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
ENV PL_API_KEY=«S» \\
    GDAL_CACHEMAX=512 \\
    PYTHONUNBUFFERED=1
CMD ["python3", "-m", "ingest.planet_daily"]
''', S=v.s if v.s else '""')


@ptpl("n2yo", "api_key", "env", "N2YO_API_KEY", "apikey", g_n2yo, env_ok=True)
def p_n2yo_env(r, v):
    path = r.choice([".env", "tracker/.env", "web/.env.local"])
    return path, T('''NODE_ENV=production
PORT=3000
N2YO_API_KEY=«S»
STATION_LAT=«LA»
STATION_LNG=«LO»
''', S=v.s, LA=round(r.uniform(-50, 60), 4), LO=round(r.uniform(-120, 150), 4))


@ptpl("cdse", "password", "env", "CDSE_PASSWORD", "password", lambda r: pw(r), env_ok=True)
def p_cdse_env(r, v):
    path = r.choice([".env", "downloader/.env", ".env.production"])
    return path, T('''CDSE_USERNAME=«U»
CDSE_PASSWORD=«S»
DOWNLOAD_DIR=/data/safe
MAX_PARALLEL=4
''', U=email(r), S=v.s)


@ptpl("mapbox", "secret_token", "yml", "MAPBOX_SECRET_TOKEN", "token", g_mapbox)
def p_mapbox_helm(r, v):
    path = r.choice(["deploy/values.yaml", "charts/tiles-api/values.yaml"])
    return path, T('''replicaCount: 2
image:
  repository: ghcr.io/«O»/tiles-api
  tag: "1.14.2"
service:
  type: ClusterIP
  port: 8080
env:
  MAPBOX_USERNAME: «U»
  MAPBOX_SECRET_TOKEN: "«S»"
  TILESET_PREFIX: prod
resources:
  limits:
    cpu: 500m
    memory: 512Mi
''', O=org(r), U=r.choice(MB_USERS), S=v.s)


@ptpl("earthdata", "netrc_password", "ipynb", "EARTHDATA_PASSWORD", "password", lambda r: pw(r), ref="none")
def p_edl_nb(r, v):
    path = r.choice(["notebooks/00_earthdata_auth.ipynb", "notebooks/setup_netrc.ipynb"])
    return path, nb([
        ("markdown", "# Earthdata authentication\nCreates `~/.netrc` so GDAL and earthaccess can read protected granules."),
        ("code", "from pathlib import Path\nnetrc = Path.home() / \".netrc\""),
        ("code", "netrc.write_text(\n    \"machine urs.earthdata.nasa.gov login %s password %s\\n\"\n)\nnetrc.chmod(0o600)" % (r.choice(USERS).replace("-", "_"), v.s)),
        ("code", "import earthaccess\nauth = earthaccess.login(strategy=\"netrc\")\nprint(auth.authenticated)"),
    ])


@ptpl("here", "api_key", "md", "HERE_API_KEY", "apikey", g_here_key, ref="none")
def p_here_md(r, v):
    path = r.choice(["docs/geocoding.md", "README-geocoding.md"])
    return path, T('''## Geocoding the field stations

We geocode with the HERE Geocoding & Search API. Example request:

```
curl "https://geocode.search.hereapi.com/v1/geocode?q=«Q»&apiKey=«S»"
```

Results are cached in `data/geocode_cache.sqlite`, so reruns are cheap.
''', Q=r.choice(["Invalidenstr+117+Berlin", "Damrak+1+Amsterdam", "Rue+de+Rivoli+Paris"]), S=v.s)


@ptpl("tomtom", "api_key", "cs", "TOMTOM_API_KEY", "apikey", g_tomtom, code=True)
def p_tomtom_cs(r, v):
    path = r.choice(["src/Fleet/Services/TomTomClient.cs", "Services/RoutingService.cs"])
    return path, T('''using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Fleet.Services
{
    public class TomTomClient
    {
        private static readonly HttpClient Http = new HttpClient();
        private readonly string _key = «Q»;

        public async Task<string> ReverseGeocodeAsync(double lat, double lon)
        {
            var url = $"https://api.tomtom.com/search/2/reverseGeocode/{lat},{lon}.json?key={_key}";
            return await Http.GetStringAsync(url);
        }
    }
}
''', Q=v.q)


@ptpl("planet", "api_key", "r", "PL_API_KEY", "apikey", g_planet, code=True)
def p_planet_r(r, v):
    path = r.choice(["R/planet_search.R", "analysis/planet_items.R"])
    a = aoi(r)
    return path, T('''library(httr)
library(jsonlite)

api_key <- «Q»
body <- list(
  item_types = list("PSScene"),
  filter = list(type = "DateRangeFilter", field_name = "acquired",
                config = list(gte = "«D»T00:00:00Z"))
)
res <- POST("https://api.planet.com/data/v1/quick-search",
            authenticate(api_key, ""), body = body, encode = "json")
items <- fromJSON(content(res, "text"))$features
print(nrow(items))
# AOI: «A» («B»)
''', Q=v.q, D=date(r), A=a[0], B=bbox_str(a))


@ptpl("maxar", "api_key", "sh", "MAXAR_API_KEY", "apikey", g_maxar)
def p_maxar_curl(r, v):
    path = r.choice(["scripts/maxar_discovery.sh", "tools/mgp_search.sh"])
    a = aoi(r)
    return path, T('''#!/usr/bin/env bash
# Search the Maxar Discovery (STAC) API for recent WorldView scenes
curl -s "https://api.maxar.com/discovery/v1/search?collections=wv02,wv03-vnir&bbox=«B»&datetime=«D»T00:00:00Z/..&limit=20" \\
  -H "MAXAR-API-KEY: «S»" \\
  -H "Accept: application/geo+json" | jq '.features[] | {id, cloud: .properties["eo:cloud_cover"]}'
''', B="%s,%s,%s,%s" % a[1:], D=date(r), S=v.s)


@ptpl("aws", "aws_secret_access_key", "yml", "AWS_SECRET_ACCESS_KEY", "secret", g_aws_secret, ref="gha")
def p_aws_gha(r, v):
    path = r.choice([".github/workflows/deploy.yml", ".github/workflows/publish-cogs.yml"])
    return path, T('''name: deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: «I»
          aws-secret-access-key: «S»
          aws-region: «R»
      - run: aws s3 sync build/cogs s3://«B»/cogs --only-show-errors
''', I=aws_pair(r, v), S=v.s if v.s else '""', R=r.choice(REGIONS), B=r.choice(BUCKETS))


@ptpl("sentinelhub", "basic_auth", "http", "SH_BASIC", "secret", lambda r: pw(r), ref="none", example=False)
def p_basic_http(r, v):
    path = r.choice(["requests/token.http", "api/sentinelhub_token.http"])
    cid = uuid4(r)
    if v.neg:
        val = v.s
        needle = None
    else:
        val = b64(("%s:%s" % (cid, g_sh_secret(r))).encode())
        needle = val
    text = T('''### Token via client credentials (Basic auth form)
POST https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token
Authorization: Basic «S»
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials
''', S=val)
    return path, text, needle


# ----------------------------------------------------- look-alike negatives
NEG = []


def ntpl(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, render=fn))
        return fn
    return deco


def tle_checksum(line):
    s = 0
    for c in line:
        if c.isdigit():
            s += int(c)
        elif c == "-":
            s += 1
    return str(s % 10)


def tle_exp(r):
    return "%s%05d-%d" % (r.choice(" -"), r.randint(10000, 99999), r.randint(1, 9))


def tle(r, sat):
    name, norad, intl = sat
    yy = r.randint(19, 24)
    day = r.uniform(1, 365)
    ndot = r.uniform(-0.0001, 0.0003)
    nd = ("-" if ndot < 0 else " ") + ("%.8f" % abs(ndot))[1:]
    l1 = "1 %05dU %-8s %02d%012.8f %s  00000-0 %s 0 %4d" % (norad, intl, yy, day, nd, tle_exp(r), r.randint(1, 999))
    l1 = l1 + tle_checksum(l1)
    mm = r.uniform(13.5, 16.2)
    l2 = "2 %05d %8.4f %8.4f %07d %8.4f %8.4f %11.8f%5d" % (norad, r.uniform(0, 110), r.uniform(0, 360), r.randint(1, 30000),
                                                             r.uniform(0, 360), r.uniform(0, 360), mm, r.randint(1, 99999))
    l2 = l2 + tle_checksum(l2)
    return name, l1, l2


@ntpl("celestrak", "tle")
def n_tle(r):
    sats = r.sample(SATS, r.randint(3, 7))
    lines = []
    for s in sats:
        n, a, b = tle(r, s)
        lines += [n, a, b]
    return r.choice(["data/weather.tle", "orbits/active.txt", "tle/stations.tle"]), "\n".join(lines) + "\n"


@ntpl("spacetrack", "norad_ids")
def n_satcat(r):
    rows = ["NORAD_CAT_ID,OBJECT_NAME,INTLDES,OBJECT_TYPE,COUNTRY,LAUNCH,PERIOD,INCLINATION,APOGEE,PERIGEE,RCS_SIZE"]
    for s in r.sample(SATS, 8):
        rows.append("%d,%s,%s,PAYLOAD,%s,%s,%.2f,%.2f,%d,%d,LARGE" % (s[1], s[0], "19" + s[2][:2] + "-" + s[2][2:] if int(s[2][:2]) > 50 else "20" + s[2][:2] + "-" + s[2][2:], r.choice(["US", "ESA", "CIS", "PRC"]), date(r, 1999, 2021), r.uniform(92, 102), r.uniform(51, 99), r.randint(400, 850), r.randint(390, 840)))
    return r.choice(["data/satcat_subset.csv", "tracking/satellites.csv"]), "\n".join(rows) + "\n"


@ntpl("spacetrack", "gp_json")
def n_gp_json(r):
    out = []
    for s in r.sample(SATS, 3):
        n, l1, l2 = tle(r, s)
        out.append({"OBJECT_NAME": n, "OBJECT_ID": "20" + s[2][:2] + "-" + s[2][2:] if int(s[2][:2]) < 50 else "19" + s[2][:2] + "-" + s[2][2:],
                    "NORAD_CAT_ID": str(s[1]), "EPOCH": date(r) + "T%02d:%02d:%02d.%06d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)),
                    "MEAN_MOTION": "%.8f" % r.uniform(14, 16), "ECCENTRICITY": "%.7f" % r.uniform(0, 0.002), "GP_ID": str(r.randint(200000000, 280000000)),
                    "TLE_LINE0": "0 " + n, "TLE_LINE1": l1, "TLE_LINE2": l2})
    return r.choice(["tests/fixtures/gp_sample.json", "data/gp_latest.json"]), json.dumps(out, indent=2) + "\n"


@ntpl("ccsds", "oem")
def n_oem(r):
    s = r.choice(SATS)
    d = date(r)
    lines = ["CCSDS_OEM_VERS = 2.0", "CREATION_DATE = %sT00:00:00" % d, "ORIGINATOR = %s" % org(r).upper(), "", "META_START",
             "OBJECT_NAME = %s" % s[0], "OBJECT_ID = %s" % s[2], "CENTER_NAME = EARTH", "REF_FRAME = EME2000", "TIME_SYSTEM = UTC",
             "START_TIME = %sT00:00:00.000" % d, "STOP_TIME = %sT00:04:00.000" % d, "META_STOP", ""]
    for i in range(5):
        lines.append("%sT00:%02d:00.000 %.6f %.6f %.6f %.9f %.9f %.9f" % (d, i, r.uniform(-7000, 7000), r.uniform(-7000, 7000), r.uniform(-7000, 7000), r.uniform(-7, 7), r.uniform(-7, 7), r.uniform(-7, 7)))
    return r.choice(["ephemeris/predicted.oem", "data/%s.oem" % s[1]]), "\n".join(lines) + "\n"


def multihash(r):
    return "1220" + hexs(r, 64)


@ntpl("stac", "stac_item")
def n_stac_item(r):
    sid = s2_id(r)
    a = aoi(r)
    item = {"type": "Feature", "stac_version": "1.0.0", "id": sid,
            "stac_extensions": ["https://stac-extensions.github.io/file/v2.1.0/schema.json", "https://stac-extensions.github.io/eo/v1.1.0/schema.json"],
            "bbox": list(a[1:]), "geometry": {"type": "Polygon", "coordinates": [[[a[1], a[2]], [a[3], a[2]], [a[3], a[4]], [a[1], a[4]], [a[1], a[2]]]]},
            "properties": {"datetime": date(r) + "T10:36:29Z", "eo:cloud_cover": round(r.uniform(0, 40), 2), "s2:granule_id": "S2B_OPER_MSI_L2A_TL_2BPS_%sT%s_A%06d_T%s_N05.09" % (ymd(r), hms(r), r.randint(10000, 40000), mgrs(r)),
                           "s2:product_uri": sid + ".SAFE"},
            "assets": {b: {"href": "s3://sentinel-cogs/sentinel-s2-l2a-cogs/%s/%s.tif" % (sid, b), "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                           "file:checksum": multihash(r), "file:size": r.randint(10 ** 7, 2 * 10 ** 8)} for b in ["B02", "B03", "B04", "B08"]},
            "links": [{"rel": "collection", "href": "./collection.json"}]}
    return r.choice(["stac/items/%s.json" % sid, "catalog/sentinel-2/%s.json" % sid]), json.dumps(item, indent=2) + "\n"


@ntpl("stac", "stac_collection")
def n_stac_coll(r):
    a = aoi(r)
    c = {"type": "Collection", "id": "%s-ndvi-monthly" % org(r), "stac_version": "1.0.0", "description": "Monthly NDVI composites",
         "license": "CC-BY-4.0", "extent": {"spatial": {"bbox": [list(a[1:])]}, "temporal": {"interval": [[date(r, 2019, 2020) + "T00:00:00Z", None]]}},
         "summaries": {"platform": ["sentinel-2a", "sentinel-2b"], "gsd": [10]},
         "item_assets": {"ndvi": {"type": "image/tiff; application=geotiff", "roles": ["data"]}},
         "links": [{"rel": "root", "href": "../catalog.json"}, {"rel": "license", "href": "https://creativecommons.org/licenses/by/4.0/"}],
         "assets": {"thumbnail": {"href": "https://%s-stac.s3.amazonaws.com/thumbs/%s.png" % (org(r), uuid4(r)), "file:checksum": multihash(r)}}}
    return r.choice(["stac/collection.json", "catalog/ndvi/collection.json"]), json.dumps(c, indent=2) + "\n"


@ntpl("imagery", "checksums")
def n_sha256sums(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append("%s  %s_%s.tif" % (hexs(r, 64), landsat_id(r), r.choice(["SR_B2", "SR_B3", "SR_B4", "SR_B5", "QA_PIXEL"])))
    return r.choice(["deliveries/SHA256SUMS", "data/landsat/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


@ntpl("imagery", "md5_manifest")
def n_md5(r):
    rows = ["product,file,md5,bytes"]
    for _ in range(6):
        p = s1_id(r)
        rows.append("%s,%s.zip,%s,%d" % (p, p, hexs(r, 32), r.randint(10 ** 9, 2 * 10 ** 9)))
    return r.choice(["manifests/s1_grd_downloads.csv", "data/manifest.csv"]), "\n".join(rows) + "\n"


@ntpl("planet", "scene_ids")
def n_planet_ids(r):
    rows = ["item_id,item_type,acquired,cloud_cover,instrument,strip_id"]
    for _ in range(8):
        rows.append("%s,PSScene,%sT%02d:%02d:%02dZ,%.2f,PSB.SD,%d" % (planet_item(r), date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.uniform(0, 0.5), r.randint(5000000, 7999999)))
    return r.choice(["data/planet_candidates.csv", "orders/selected_items.csv"]), "\n".join(rows) + "\n"


@ntpl("maxar", "catalog_ids")
def n_maxar_ids(r):
    lines = ["# WorldView catalog ids selected for the «A» tasking review".replace("«A»", aoi(r)[0]), "catalog_ids:"]
    for _ in range(6):
        lines.append("  - id: %s" % maxar_cat(r))
        lines.append("    off_nadir: %.1f" % r.uniform(5, 30))
        lines.append("    gsd_m: %.2f" % r.uniform(0.3, 0.6))
    return r.choice(["tasking/review.yml", "config/maxar_selection.yaml"]), "\n".join(lines) + "\n"


@ntpl("sentinel", "mgrs_tiles")
def n_mgrs(r):
    tiles = sorted(mgrs(r) for _ in range(12))
    return r.choice(["config/tiles.toml", "conf/s2_tiles.toml"]), T('''[processing]
collection = "sentinel-2-l2a"
start = "«D1»"
end = "«D2»"
max_cloud = 25

[tiles]
mgrs = [«L»]
''', D1=date(r, 2022, 2022), D2=date(r, 2023, 2023), L=", ".join('"%s"' % t for t in tiles))


def geohash(r, n):
    return rs(r, GEOHASH, n)


@ntpl("geo", "geohash")
def n_geohash(r):
    rows = ["sample_id,geohash,lat,lon,label"]
    for i in range(10):
        rows.append("%s,%s,%.5f,%.5f,%s" % (hexs(r, 8), geohash(r, r.choice([7, 8, 9])), r.uniform(-60, 70), r.uniform(-180, 180), r.choice(["cropland", "forest", "water", "urban", "bare"])))
    return r.choice(["training/labels.csv", "data/ground_truth.csv"]), "\n".join(rows) + "\n"


@ntpl("geo", "h3_cells")
def n_h3(r):
    rows = ["h3_index,resolution,ndvi_mean,pixel_count"]
    for _ in range(10):
        res = r.choice([7, 8, 9])
        rows.append("8%d%s%s,%d,%.4f,%d" % (res, hexs(r, 7), "f" * (6 if res == 9 else 6), res, r.uniform(-0.1, 0.9), r.randint(10, 5000)))
    return r.choice(["outputs/ndvi_h3.csv", "data/h3_aggregates.csv"]), "\n".join(rows) + "\n"


@ntpl("geo", "quadkeys")
def n_quadkey(r):
    ks = ["".join(r.choice("0123") for _ in range(r.randint(12, 16))) for _ in range(8)]
    return r.choice(["tiles/seed_list.json", "cache/quadkeys.json"]), json.dumps({"layer": "satellite", "format": "jpg", "quadkeys": ks, "s2_tokens": [hexs(r, r.randint(8, 12)) for _ in range(4)]}, indent=2) + "\n"


@ntpl("geo", "bbox")
def n_bbox(r):
    feats = []
    for a in r.sample(AOIS, 4):
        feats.append({"type": "Feature", "id": uuid4(r), "bbox": list(a[1:]), "properties": {"name": a[0], "area_km2": round(r.uniform(100, 90000), 1)},
                      "geometry": {"type": "Polygon", "coordinates": [[[a[1], a[2]], [a[3], a[2]], [a[3], a[4]], [a[1], a[4]], [a[1], a[2]]]]}})
    return r.choice(["aoi/aois.geojson", "data/regions.geojson"]), json.dumps({"type": "FeatureCollection", "features": feats}, indent=1) + "\n"


@ntpl("mapbox", "public_token")
def n_mapbox_pk(r):
    path = r.choice(["web/src/config.js", "frontend/src/map/config.ts", "site/js/map.js"])
    user = r.choice(MB_USERS)
    return path, T('''// Public token (pk.) - URL-restricted to our domains in the Mapbox account.
export const MAPBOX_PUBLIC_TOKEN = "«P»";
export const MAP_STYLE = "mapbox://styles/«U»/«S»";
export const INITIAL_VIEW = { longitude: «LO», latitude: «LA», zoom: 8 };
''', P=g_mapbox(r, "pk"), U=user, S="c" + r.choice("lkm") + rs(r, LOWER + DIGITS, 23), LO=round(r.uniform(-120, 120), 3), LA=round(r.uniform(-40, 60), 3))


@ntpl("mapbox", "style_urls")
def n_mapbox_style(r):
    user = r.choice(MB_USERS)
    st = "c" + r.choice("lkm") + rs(r, LOWER + DIGITS, 23)
    return r.choice(["docs/basemaps.md", "README-maps.md"]), T('''# Basemaps

| name | style URL |
|------|-----------|
| satellite | `mapbox://styles/mapbox/satellite-streets-v12` |
| light | `mapbox://styles/mapbox/light-v11` |
| flood review | `mapbox://styles/«U»/«S»` |

The web app reads its public `pk.` token from `MAPBOX_PUBLIC_TOKEN` at build time; tile
sources use `mapbox://«U».«T»` tileset ids.
''', U=user, S=st, T=hexs(r, 8))


@ntpl("earthdata", "concept_ids")
def n_cmr_ids(r):
    rows = ["concept_id,short_name,version,granule,size_mb"]
    for _ in range(6):
        rows.append("C%d-%s,%s,%s,G%d-%s,%.1f" % (r.randint(1000000000, 2999999999), r.choice(["LPCLOUD", "POCLOUD", "NSIDC_CPRD"]), r.choice(["HLSL30", "HLSS30", "MOD09GA"]), r.choice(["2.0", "061"]), r.randint(1000000000, 2999999999), r.choice(["LPCLOUD", "POCLOUD"]), r.uniform(5, 300)))
    return r.choice(["data/cmr_granules.csv", "catalog/cmr_results.csv"]), "\n".join(rows) + "\n"


@ntpl("google_earth_engine", "asset_task_ids")
def n_ee_tasks(r):
    d = date(r)
    lines = []
    for i in range(6):
        lines.append("%sT%02d:%02d:%02dZ task=%s state=%s desc=ndvi_%s asset=projects/ee-%s/assets/ndvi/%s" % (d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), rs(r, UPPER + DIGITS, 24), r.choice(["COMPLETED", "RUNNING", "READY"]), aoi(r)[0], org(r), ymd(r)))
    return r.choice(["logs/ee_tasks.log", "logs/export-%s.log" % d]), "\n".join(lines) + "\n"


@ntpl("satnogs", "short_uuids")
def n_satnogs_ids(r):
    obs = []
    for _ in range(5):
        obs.append({"id": r.randint(8000000, 9999999), "ground_station": r.randint(100, 3500), "transmitter": rs(r, ALNUM, 22),
                    "norad_cat_id": r.choice(SATS)[1], "vetted_status": r.choice(["good", "bad", "unknown"]),
                    "waterfall": "https://s3.eu-central-1.wasabisys.com/satnogs-network/data_obs/%s/waterfall_%d.png" % (date(r).replace("-", "/"), r.randint(8000000, 9999999))})
    return r.choice(["tests/fixtures/observations.json", "data/satnogs_obs.json"]), json.dumps(obs, indent=2) + "\n"


@ntpl("esri", "item_ids")
def n_esri_items(r):
    return r.choice(["config/webmaps.yml", "arcgis/items.yaml"]), T('''portal: https://www.arcgis.com
public_webmaps:
  flood_dashboard: «A»
  crop_monitor: «B»
basemap_style: arcgis/imagery
feature_services:
  stations: https://services«N».arcgis.com/«O»/arcgis/rest/services/Stations/FeatureServer/0
oauth:
  client_id: «C»   # public id, PKCE flow, no secret
  redirect_uri: https://maps.example.org/auth/callback
''', A=hexs(r, 32), B=hexs(r, 32), N=r.randint(1, 9), O=rs(r, ALNUM, 16), C=rs(r, ALNUM, 16))


@ntpl("qgis", "authcfg_refs")
def n_qgis_authcfg(r):
    cfg = rs(r, LOWER + DIGITS, 7)
    return r.choice(["qgis/analysis.qgs", "maps/review.qgs"]), T('''<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="analysis" version="3.34.4-Prizren">
  <projectlayers>
    <maplayer type="vector" geometry="Polygon">
      <id>parcels_«I»</id>
      <datasource>dbname='eo' host=pg-eo.internal port=5432 authcfg=«C» sslmode=require key='fid' srid=4326 type=MultiPolygon table="public"."parcels" (geom)</datasource>
      <layername>parcels</layername>
      <provider encoding="UTF-8">postgres</provider>
    </maplayer>
    <maplayer type="raster">
      <id>s2_true_color_«J»</id>
      <datasource>authcfg=«C2»&amp;crs=EPSG:3857&amp;format=image/png&amp;layers=TRUE_COLOR&amp;styles&amp;url=https://sh.dataspace.copernicus.eu/ogc/wms/«U»</datasource>
      <layername>S2 true colour</layername>
      <provider>wms</provider>
    </maplayer>
  </projectlayers>
</qgis>
''', I=hexs(r, 8) + "_" + hexs(r, 4) + "_" + hexs(r, 4), C=cfg, J=hexs(r, 8), C2=rs(r, LOWER + DIGITS, 7), U=uuid4(r))


@ntpl("git", "lfs_pointer")
def n_lfs(r):
    return r.choice(["data/dem/srtm_%d_%02d.tif" % (r.randint(30, 72), r.randint(1, 24)), "models/landcover_unet.pt", "data/basemap.mbtiles"]), T('''version https://git-lfs.github.com/spec/v1
oid sha256:«H»
size «S»
''', H=hexs(r, 64), S=r.randint(10 ** 6, 9 * 10 ** 9))


@ntpl("docker", "image_digests")
def n_docker_digest(r):
    return r.choice(["docker/processing/Dockerfile", "Dockerfile.worker"]), T('''FROM ghcr.io/osgeo/gdal:ubuntu-small-3.9.1@sha256:«A» AS base
FROM python:3.11-slim@sha256:«B»
COPY --from=base /usr/share/gdal /usr/share/gdal
ENV GDAL_DATA=/usr/share/gdal \\
    AWS_NO_SIGN_REQUEST=YES \\
    GDAL_HTTP_MULTIRANGE=YES
RUN pip install --no-cache-dir rasterio==1.3.10 pystac-client==0.8.2
COPY worker/ /app/worker/
CMD ["python", "-m", "worker"]
''', A=hexs(r, 64), B=hexs(r, 64))


@ntpl("python", "pip_hashes")
def n_pip_hashes(r):
    pk = [("rasterio", "1.3.10"), ("pystac-client", "0.8.2"), ("shapely", "2.0.4"), ("pyproj", "3.6.1"), ("numpy", "1.26.4"), ("sentinelhub", "3.10.2")]
    lines = ["# generated by pip-compile --generate-hashes"]
    for n, vv in r.sample(pk, 4):
        lines.append("%s==%s \\" % (n, vv))
        lines.append("    --hash=sha256:%s \\" % hexs(r, 64))
        lines.append("    --hash=sha256:%s" % hexs(r, 64))
    return r.choice(["requirements.txt", "requirements/prod.txt"]), "\n".join(lines) + "\n"


@ntpl("npm", "integrity_hashes")
def n_npm_lock(r):
    pk = {}
    for n, vv in [("maplibre-gl", "4.1.2"), ("@turf/bbox", "6.5.0"), ("geotiff", "2.1.3"), ("ol", "9.1.0")]:
        pk["node_modules/" + n] = {"version": vv, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], vv),
                                   "integrity": "sha512-" + b64(rbytes(r, 64))}
    return r.choice(["web/package-lock.json", "frontend/package-lock.json"]), json.dumps({"name": "eo-viewer", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@ntpl("postgis", "wkb_hex")
def n_wkb(r):
    rows = ["scene_id,acquired,footprint_wkb"]
    for _ in range(4):
        rows.append("%s,%s,0103000020E610000001000000050000%s" % (landsat_id(r), date(r), hexs(r, 160).upper()))
    return r.choice(["exports/footprints.csv", "data/scene_footprints.csv"]), "\n".join(rows) + "\n"


@ntpl("aws", "s3_request_ids")
def n_s3_log(r):
    d = date(r)
    lines = []
    for _ in range(5):
        lines.append("%sT%02d:%02d:%02dZ GET s3://%s/%s/B04.tif 206 bytes=%d etag=\"%s\" x-amz-request-id=%s x-amz-id-2=%s" % (
            d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(BUCKETS), s2_id(r), r.randint(16384, 4194304), hexs(r, 32) + "-" + str(r.randint(2, 40)),
            rs(r, "0123456789ABCDEF", 16), b64(rbytes(r, 57))[:76]))
    return r.choice(["logs/cog_reads.log", "logs/s3_access_%s.log" % d]), "\n".join(lines) + "\n"


@ntpl("gdal", "public_bucket_config")
def n_gdal_env(r):
    return r.choice(["config/gdal.env.sh", "env/gdal_public.sh"]), T('''# GDAL settings for reading public Sentinel-2 COGs
export AWS_NO_SIGN_REQUEST=YES
export AWS_REGION=«R»
export GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR
export CPL_VSIL_CURL_ALLOWED_EXTENSIONS=".tif,.TIF,.tiff"
export GDAL_HTTP_MERGE_CONSECUTIVE_RANGES=YES
export VSI_CACHE=TRUE
export VSI_CACHE_SIZE=«C»
''', R=r.choice(REGIONS), C=r.choice([25000000, 50000000, 100000000]))


@ntpl("ssh", "public_key")
def n_ssh_pub(r):
    keys = []
    for _ in range(r.randint(2, 4)):
        if r.random() < 0.5:
            keys.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, B64, 43), r.choice(USERS), r.choice(["laptop", "gs-rx01", "ci"])))
        else:
            keys.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s@%s" % (rs(r, B64, 350), r.choice(USERS), r.choice(["workstation", "bastion"])))
    return r.choice(["ansible/files/authorized_keys", "deploy/ssh/authorized_keys"]), "\n".join(keys) + "\n"


@ntpl("x509", "certificate")
def n_cert(r):
    body = b64(b"\x30\x82\x03" + rbytes(r, 860))
    return r.choice(["certs/ca-bundle-extra.pem", "deploy/tls/groundstation-ca.crt"]), "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % "\n".join(wrap(body, 64))


@ntpl("pgp", "public_key")
def n_pgp(r):
    body = b64(b"\x99\x01\x8d\x04" + rbytes(r, 395))
    return r.choice(["KEYS.asc", "docs/release-signing-key.asc"]), "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n" % ("\n".join(wrap(body, 64)), rs(r, B64, 4))


@ntpl("jwks", "public_jwk")
def n_jwks(r):
    keys = [{"kid": rs(r, B64URL, 43), "kty": "RSA", "alg": "RS256", "use": "sig", "n": b64u(rbytes(r, 256)), "e": "AQAB",
             "x5t": b64u(rbytes(r, 20))} for _ in range(2)]
    return r.choice(["tests/fixtures/cdse_jwks.json", "auth/jwks_cache.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@ntpl("sops", "encrypted_values")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    return r.choice(["deploy/secrets.enc.yaml", "k8s/prod/credentials.sops.yaml"]), T('''planet:
    api_key: «A»
earthdata:
    password: «B»
sops:
    kms:
        - arn: arn:aws:kms:«R»:123456789012:key/«U»
          created_at: "«D»T10:11:12Z"
          enc: «E»
          aws_profile: ""
    lastmodified: "«D»T10:11:13Z"
    mac: «M»
    version: 3.8.1
''', A=enc(36), B=enc(18), R=r.choice(REGIONS), U=uuid4(r), D=date(r), E=b64(rbytes(r, 180)), M=enc(32))


@ntpl("ansible", "vault_ciphertext")
def n_ansible_vault(r):
    body = hexs(r, 80 * 8)
    return r.choice(["ansible/group_vars/stations/vault.yml", "ansible/vault/satnogs.yml"]), "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(wrap(body, 80)) + "\n"


@ntpl("kubernetes", "sealed_secret")
def n_sealed(r):
    return r.choice(["k8s/sealed-earthdata.yaml", "deploy/k8s/sealedsecret-planet.yaml"]), T('''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: planet-credentials
  namespace: ingest
spec:
  encryptedData:
    PL_API_KEY: «A»
  template:
    metadata:
      name: planet-credentials
      namespace: ingest
''', A="Ag" + b64(rbytes(r, 420)))


@ntpl("github", "secret_refs_only")
def n_gha_refs(r):
    return r.choice([".github/workflows/ingest.yml", ".github/workflows/tle-refresh.yml"]), '''name: tle-refresh
on:
  schedule:
    - cron: "5 */8 * * *"
jobs:
  refresh:
    runs-on: ubuntu-latest
    env:
      SPACETRACK_IDENTITY: ${{ secrets.SPACETRACK_IDENTITY }}
      SPACETRACK_PASSWORD: ${{ secrets.SPACETRACK_PASSWORD }}
      N2YO_API_KEY: ${{ secrets.N2YO_API_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install spacetrack
      - run: python scripts/update_tles.py --out data/active.tle
      - uses: stefanzweifel/git-auto-commit-action@v5
        with:
          commit_message: "chore: refresh TLEs"
'''


@ntpl("compose", "env_refs_only")
def n_compose_refs(r):
    return r.choice(["docker-compose.override.yml", "compose/ingest.yml"]), T('''services:
  ingest:
    build: .
    environment:
      PL_API_KEY: ${PL_API_KEY:?set PL_API_KEY}
      SH_CLIENT_ID: ${SH_CLIENT_ID}
      SH_CLIENT_SECRET: ${SH_CLIENT_SECRET}
      EARTHDATA_TOKEN: ${EARTHDATA_TOKEN}
      AWS_PROFILE: groundstation
      AWS_REGION: «R»
    volumes:
      - ~/.aws:/root/.aws:ro
      - ~/.netrc:/root/.netrc:ro
      - ./data:/data
''', R=r.choice(REGIONS))


@ntpl("python", "env_lookup_code")
def n_py_env(r):
    return r.choice(["src/settings.py", "eo/config.py"]), '''"""Runtime configuration. Secrets come from the environment or AWS Secrets Manager."""
import json
import os

import boto3


def _secret(name: str) -> dict:
    client = boto3.client("secretsmanager")
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


PL_API_KEY = os.environ["PL_API_KEY"]
SH_CLIENT_ID = os.environ.get("SH_CLIENT_ID", "")
SH_CLIENT_SECRET = os.environ.get("SH_CLIENT_SECRET", "")
MAPBOX_TOKEN = os.getenv("MAPBOX_SECRET_TOKEN")
EARTHDATA = _secret("eo/prod/earthdata")  # {"username": ..., "password": ...}
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost:5432/eo")
'''


@ntpl("javascript", "env_lookup_code")
def n_js_env(r):
    return r.choice(["server/config.js", "api/src/config.ts"]), '''// All credentials are injected at deploy time.
module.exports = {
  port: Number(process.env.PORT || 3000),
  n2yoKey: process.env.N2YO_API_KEY,
  maptilerKey: process.env.MAPTILER_API_KEY,
  hereApiKey: process.env.HERE_API_KEY,
  azureMapsClientId: process.env.AZURE_MAPS_CLIENT_ID, // public id, auth via Entra ID
  tomtomKey: process.env.TOMTOM_API_KEY,
  cacheTtlSeconds: 900,
};
'''


@ntpl("earthdata", "env_example")
def n_env_example(r):
    return r.choice([".env.example", "downloader/.env.sample"]), '''# Copy to .env and fill in. Never commit the real file.
EARTHDATA_USERNAME=
EARTHDATA_PASSWORD=
EARTHDATA_TOKEN=<paste EDL token>
CDSE_USERNAME=you@example.com
CDSE_PASSWORD=changeme
PL_API_KEY=your-planet-api-key
MAPBOX_SECRET_TOKEN=sk.xxxxx
SH_CLIENT_ID=
SH_CLIENT_SECRET=
'''


@ntpl("earthdata", "netrc_template")
def n_netrc_doc(r):
    return r.choice(["docs/earthdata-setup.md", "docs/authentication.md"]), '''# Earthdata Login

Create `~/.netrc` with your Earthdata Login credentials:

```text
machine urs.earthdata.nasa.gov
login <username>
password <password>
```

Then `chmod 600 ~/.netrc`. For GDAL you can instead export
`GDAL_HTTP_HEADERS="Authorization: Bearer $EARTHDATA_TOKEN"` after generating a token at
https://urs.earthdata.nasa.gov/user_tokens (tokens are valid 90 days).
'''


@ntpl("cdse", "public_client")
def n_cdse_public(r):
    return r.choice(["src/cdse_auth.py", "scripts/token_interactive.py"]), '''import getpass
import requests

TOKEN_URL = "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"
CLIENT_ID = "cdse-public"  # documented public client, no secret


def token() -> str:
    data = {
        "client_id": CLIENT_ID,
        "grant_type": "password",
        "username": input("CDSE username: "),
        "password": getpass.getpass("CDSE password: "),
    }
    return requests.post(TOKEN_URL, data=data, timeout=30).json()["access_token"]
'''


@ntpl("azure", "public_client_id")
def n_azure_client(r):
    return r.choice(["web/src/azureMaps.ts", "frontend/src/maps/azure.ts"]), T('''import * as atlas from "azure-maps-control";

// Entra ID auth: the client id identifies the Maps account, it is not a secret.
export function createMap(el: HTMLElement) {
  return new atlas.Map(el, {
    center: [«LO», «LA»],
    zoom: 9,
    authOptions: {
      authType: atlas.AuthenticationType.aad,
      clientId: "«C»",
      aadAppId: "«A»",
      aadTenant: "«T»",
    },
  });
}
''', LO=round(r.uniform(-10, 30), 3), LA=round(r.uniform(35, 60), 3), C=uuid4(r), A=uuid4(r), T=uuid4(r))


@ntpl("notebook", "base64_png_output")
def n_nb_png(r):
    png = b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(r, 600))
    cells = {"cells": [
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import matplotlib.pyplot as plt\n", "plt.imshow(ndvi, cmap='RdYlGn')"],
         "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    return r.choice(["notebooks/ndvi_preview.ipynb", "notebooks/02_plot_scene.ipynb"]), json.dumps(cells, indent=1) + "\n"


@ntpl("gdal", "gdalinfo_output")
def n_gdalinfo(r):
    lid = landsat_id(r)
    return r.choice(["docs/sample_gdalinfo.txt", "notes/gdalinfo_%s.txt" % lid[:4]]), T('''Driver: GTiff/GeoTIFF
Files: «L»_SR_B4.TIF
Size is 7821, 7961
Coordinate System is:
PROJCRS["WGS 84 / UTM zone «Z»N",
    ID["EPSG",326«Z»]]
Origin = («X».000000000000000,«Y».000000000000000)
Pixel Size = (30.000000000000000,-30.000000000000000)
Metadata:
  AREA_OR_POINT=Point
  LANDSAT_PRODUCT_ID=«L»
  LANDSAT_SCENE_ID=LC8«P»«D»LGN00
Image Structure Metadata:
  COMPRESSION=DEFLATE
  INTERLEAVE=BAND
Band 1 Block=256x256 Type=UInt16, ColorInterp=Gray
  NoData Value=0
  Metadata:
    STATISTICS_MD5=«M»
''', L=lid, Z=r.randint(10, 56), X=r.randint(200000, 800000), Y=r.randint(3000000, 6000000), P="%03d%03d" % (r.randint(1, 233), r.randint(1, 248)), D="%d%03d" % (r.randint(2019, 2024), r.randint(1, 365)), M=hexs(r, 32))


@ntpl("aws", "groundstation_ids")
def n_gs_tf(r):
    return r.choice(["infra/groundstation/mission.tf", "terraform/gs_mission_profile.tf"]), T('''resource "aws_groundstation_mission_profile" "«N»" {
  name                                = "«N»-downlink"
  minimum_viable_contact_duration_seconds = 180
  tracking_config_arn                 = "arn:aws:groundstation:«R»:123456789012:config/tracking/«U1»"
  dataflow_edges                      = [["arn:aws:groundstation:«R»:123456789012:config/antenna-downlink/«U2»", "arn:aws:groundstation:«R»:123456789012:config/dataflow-endpoint/«U3»"]]
  streams_kms_key {
    kms_key_arn = "arn:aws:kms:«R»:123456789012:key/«U4»"
  }
}

# contact reserved for NORAD «S»: «U5»
''', N=r.choice(["noaa20", "aqua", "terra", "snpp"]), R=r.choice(REGIONS), U1=uuid4(r), U2=uuid4(r), U3=uuid4(r), U4=uuid4(r), S=r.choice(SATS)[1], U5=uuid4(r))


@ntpl("geo", "contact_schedule")
def n_pass_csv(r):
    rows = ["contact_id,satellite,norad_id,aos_utc,los_utc,max_elevation_deg,antenna"]
    for _ in range(8):
        s = r.choice(SATS)
        d = date(r)
        rows.append("%s,%s,%d,%sT%02d:%02d:00Z,%sT%02d:%02d:00Z,%.1f,%s" % (uuid4(r), s[0], s[1], d, r.randint(0, 22), r.randint(0, 49), d, r.randint(0, 22), r.randint(0, 59), r.uniform(10, 89), r.choice(["ohio-1", "oregon-2", "stockholm-1"])))
    return r.choice(["schedules/contacts.csv", "data/upcoming_passes.csv"]), "\n".join(rows) + "\n"


@ntpl("ml", "model_registry")
def n_model_cfg(r):
    return r.choice(["models/registry.yaml", "training/config.yml"]), T('''model:
  name: landcover-unet
  version: «V»
  weights: s3://«B»/models/landcover-unet/«V»/weights.pt
  sha256: «H»
  wandb_run_id: «W»
training:
  seed: «S»
  epochs: 60
  patch_size: 256
  bands: [B02, B03, B04, B08, B11, B12]
  experiment_id: «U»
''', V="%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), B=r.choice(BUCKETS), H=hexs(r, 64), W=rs(r, LOWER + DIGITS, 8), S=r.randint(1, 99999), U=uuid4(r))


@ntpl("sentinel", "s1_products")
def n_s1_list(r):
    lines = ["# Sentinel-1 GRD products used for the %s flood map" % aoi(r)[0]]
    for _ in range(6):
        lines.append("%s  # uuid %s" % (s1_id(r), uuid4(r)))
    return r.choice(["data/s1_products.txt", "config/flood_inputs.txt"]), "\n".join(lines) + "\n"


@ntpl("stac", "pystac_client_public")
def n_pystac(r):
    a = aoi(r)
    return r.choice(["scripts/search_stac.py", "src/search.py"]), T('''from pystac_client import Client
import planetary_computer

catalog = Client.open(
    "https://planetarycomputer.microsoft.com/api/stac/v1",
    modifier=planetary_computer.sign_inplace,  # signs asset hrefs with short-lived SAS at runtime
)
search = catalog.search(collections=["sentinel-2-l2a"], bbox=[«B»], datetime="«D1»/«D2»",
                        query={"eo:cloud_cover": {"lt": 20}})
for item in search.items():
    print(item.id, item.properties["eo:cloud_cover"])
''', B=bbox_str(a), D1=date(r, 2022, 2022), D2=date(r, 2023, 2023))


@ntpl("log", "download_log_hashes")
def n_dl_log(r):
    d = date(r)
    lines = []
    for _ in range(6):
        p = s2_id(r)
        lines.append("%s %02d:%02d:%02d INFO downloaded %s.zip (%d bytes) md5=%s sha3_256=%s" % (d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), p, r.randint(5 * 10 ** 8, 10 ** 9), hexs(r, 32), hexs(r, 64)))
    return r.choice(["logs/downloads.log", "logs/odata-%s.log" % d]), "\n".join(lines) + "\n"


@ntpl("here", "public_catalog_hrn")
def n_here_hrn(r):
    return r.choice(["config/here_catalogs.properties", "conf/here.properties"]), T('''# HERE platform catalogs (HRNs are identifiers, credentials live in ~/.here/credentials.properties)
catalog.roads=hrn:here:data::olp-here:rib-2
catalog.traffic=hrn:here:data::olp-here:olp-traffic-1
catalog.internal=hrn:here:data::«O»:eo-flood-layers
here.token.endpoint.url=https://account.api.here.com/oauth2/token
layer.partition.cache=«H»
''', O=org(r), H=hexs(r, 16))


@ntpl("terraform", "variables_no_defaults")
def n_tf_vars(r):
    return r.choice(["infra/variables.tf", "terraform/variables.tf"]), '''variable "planet_api_key" {
  description = "Planet API key, injected from the CI secret store"
  type        = string
  sensitive   = true
}

variable "earthdata_password" {
  type      = string
  sensitive = true
}

variable "scene_bucket" {
  type    = string
  default = "eo-raw-scenes"
}

variable "tile_cache_ttl" {
  type    = number
  default = 86400
}
'''


@ntpl("sql", "seed_data_ids")
def n_sql_seed(r):
    rows = []
    for _ in range(5):
        rows.append("  ('%s', '%s', %d, '%s', '%s')" % (uuid4(r), s2_id(r), r.randint(0, 100), hexs(r, 40), geohash(r, 8)))
    return r.choice(["db/seed/scenes.sql", "sql/fixtures_scenes.sql"]), "INSERT INTO scenes (id, product_id, cloud_pct, content_sha1, geohash) VALUES\n" + ",\n".join(rows) + ";\n"


@ntpl("satnogs", "station_config_public")
def n_satnogs_public(r):
    return r.choice(["station/station.yml", "config/groundstation.yaml"]), T('''station:
  id: «I»
  name: «N»
  lat: «LA»
  lon: «LO»
  elevation_m: «E»
  antennas:
    - type: turnstile
      band: VHF
    - type: yagi
      band: UHF
  sdr: rtl-sdr v3 (serial «S»)
  api_token_file: /etc/satnogs/token   # read at runtime
''', I=r.randint(100, 3500), N=r.choice(["rooftop-gs", "campus-uhf", "hilltop-vhf"]), LA=round(r.uniform(-50, 60), 4), LO=round(r.uniform(-120, 150), 4), E=r.randint(5, 900), S=rs(r, DIGITS, 8))


@ntpl("log", "jwt_redacted_log")
def n_redacted_log(r):
    d = date(r)
    return r.choice(["logs/auth.log", "logs/token-refresh.log"]), T('''«D» 09:00:01 INFO refreshing CDSE token for client sh-«C»
«D» 09:00:02 INFO token refreshed (exp in 600s) access_token=eyJhbGciOi...[truncated] sha256=«H»
«D» 09:10:01 INFO refreshing CDSE token for client sh-«C»
«D» 09:10:02 WARN token endpoint slow (1840 ms)
«D» 09:10:02 INFO token refreshed (exp in 600s) access_token=[REDACTED] sha256=«H2»
''', D=d, C=uuid4(r), H=hexs(r, 64), H2=hexs(r, 64))


# ------------------------------------------------------------------- main
def filetype(path, text=None):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.startswith("Dockerfile."):
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base in (".netrc", "netrc") or base.endswith(".netrc"):
        return "netrc"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[1].lower()
    if base in ("credentials", "aws_credentials"):
        return "ini"
    if base == "authorized_keys":
        return "ssh_public_keys"
    if text is not None and text.startswith("#!"):
        return "sh"
    if text is not None and "PRIVATE KEY-----" in text:
        return "key"
    if base.startswith("id_") or base.endswith(("_key", "_ed25519")):
        return "key"
    if base.endswith("_env"):
        return "sh"
    return base.lower().lstrip(".") or "txt"


def env_blocked(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"):
        return True
    return False


def env_like(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or base.startswith(".env.")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def call(t, r, v):
    res = t["render"](r, v)
    if len(res) == 3:
        return res
    return res[0], res[1], None


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ez.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60, len(POS)
    assert len(POS) + len(NEG) >= 60
    manifest, secrets = [], []

    # positives: every template used about equally often
    order = []
    while len(order) < 500:
        chunk = list(range(len(POS)))
        r.shuffle(chunk)
        order += chunk
    order = order[:500]
    env_count = 0
    seen_needles = {}
    for i, ti in enumerate(order):
        t = POS[ti]
        for attempt in range(20):
            v = pos_value(r, t)
            path, text, needle = call(t, r, v)
            if env_like(path) and env_count >= 20:
                continue
            break
        else:
            raise AssertionError("could not place %s" % t["name"])
        if env_like(path):
            env_count += 1
        needle = needle or v.needle
        assert needle and needle in text, (t["name"], needle)
        assert needle not in seen_needles, (t["name"], needle)
        seen_needles[needle] = 1
        off = text.find(needle)
        line = text.count("\n", 0, off) + 1
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(path, text)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_count <= 25, env_count

    # negatives: 250 re-used positive templates with a non-secret slot, 250 look-alikes
    reuse = []
    while len(reuse) < 250:
        chunk = list(range(len(POS)))
        r.shuffle(chunk)
        reuse += chunk
    reuse = reuse[:250]
    look = []
    while len(look) < 250:
        chunk = list(range(len(NEG)))
        r.shuffle(chunk)
        look += chunk
    look = look[:250]
    jobs = [("reuse", x) for x in reuse] + [("look", x) for x in look]
    r.shuffle(jobs)
    for i, (mode, ti) in enumerate(jobs):
        if mode == "reuse":
            t = POS[ti]
            for attempt in range(30):
                v = neg_value(r, t)
                path, text, _ = call(t, r, v)
                if not env_blocked(path):
                    break
            else:
                path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
            provider, kind = t["provider"], v.style
        else:
            t = NEG[ti]
            path, text = t["render"](r)
            provider, kind = t["provider"], t["kind"]
        assert not env_blocked(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(path, text)})

    # no positive needle may leak into a negative
    for m in manifest:
        if m["label"] != "neg":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            body = fh.read()
        for nd in seen_needles:
            assert nd not in body, (m["file"], nd)

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    print("wrote %d positives, %d negatives (%d pos templates, %d look-alike templates) to %s"
          % (len(secrets), len(manifest) - len(secrets), len(POS), len(NEG), outdir))


if __name__ == "__main__":
    main()
