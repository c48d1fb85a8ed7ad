#!/usr/bin/env python3
"""Blind evaluation-set generator "cl": GIS, mapping and geospatial work.

EMPHASIS
    Credentials as they leak in geospatial repositories: desktop GIS projects (QGIS .qgs
    datasource strings, pg_service.conf, .pgpass), map servers (GeoServer datastore.xml /
    wmsstore.xml / docker setups, MapServer .map files, pygeoapi configs), GDAL/OGR (WMS/TMS
    service XML, OGR VRT, GDAL_HTTP_* environment), web maps (Leaflet, OpenLayers, MapLibre,
    CesiumJS, ArcGIS JS, Mapbox GL style JSON) and earth-observation pipelines (Python with
    geopandas / rasterio / sentinelhub / planet / sentinelsat / arcgis, R with sf / tmap /
    mapboxapi / hereR, Jupyter notebooks, .netrc for Earthdata, .cdsapirc, Makefiles,
    GitHub workflows, docker compose, k8s manifests, Spring properties, Markdown runbooks).
    Kinds (provider/kind in the manifest):
      mapbox/mapbox_secret_token, mapbox/mapbox_scoped_token       sk.<b64url JSON {u,a}>.<22>
      esri/arcgis_api_key                                          AAPK... (legacy) or AAPT...
      esri/arcgis_oauth_client_secret                              32 lowercase hex (id: 16 alnum)
      esri/esri_portal_token                                       generateToken style, ends ".."
      cesium/cesium_ion_token                                      HS256 JWT {jti,id,iat}
      maptiler/maptiler_key                                        20 alnum
      here/here_api_key, here/here_access_key_secret               43 b64url / 86 b64url
      tomtom/tomtom_api_key                                        32 alnum
      google/google_maps_server_key                                AIzaSy + 33 b64url
      planet/planet_api_key                                        PLAK + 32 hex (or legacy 32 hex)
      sentinelhub/sentinelhub_client_secret                        OAuth client secret
      nasa/earthdata_password, nasa/earthdata_token                human password / RS256 JWT
      copernicus/copernicus_password, copernicus/cds_api_key       human password / UUID key
      carto/carto_api_key                                          40 hex (legacy SQL API key)
      postgresql/postgis_password                                  human password
      geoserver/geoserver_admin_password                           human password
      ows/wms_basic_auth_password                                  human password (WMS/WFS/WMTS)

USAGE
    python3 gen_cl.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED: every random
    choice comes from random.Random(SEED); no clock, no os.urandom, no set iteration.

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file; line = 1-based line of its first
    occurrence.  For id/secret pairs (ArcGIS client_id/client_secret, Sentinel Hub client
    id/secret, HERE access key id/secret) the needle is the secret half.  For user:password
    pairs (DSNs, .netrc, basic-auth URLs, curl -u, QGIS username=/password=) the needle is
    the password only.  For JWT-shaped tokens the needle is the whole JWT.  Passwords use the
    symbols !*-._~ only, so they are never escaped by JSON/XML/URL encoding and appear verbatim.
    Every positive file holds exactly one credential; other values in it (usernames, client
    ids, hosts, item ids, coordinates) are non-secret.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by: environment
    references (${VAR}, os.environ[...], process.env.X, Sys.getenv(), $(VAR)), secret-manager
    references (Vault paths, AWS/GCP secret names, 1Password op:// refs, GitHub ${{ secrets.X }}),
    placeholders (YOUR_..., <...>, xxxx, REPLACE_ME), masked/redacted values (sk.****, AIza****,
    ********, [REDACTED]), empty values, QGIS authcfg ids / pg service names instead of
    passwords, GeoServer crypt2: ciphertext, Mapbox public pk. tokens, MapTiler's documentation
    key "get_your_own_...".  The other half are domain look-alikes: Mapbox pk. tokens in
    browser code, Google Maps JS keys restricted to HTTP referrers in HTML, GeoJSON with UUID
    feature ids, STAC items with multihash checksums, WKB/EWKB hex geometries, H3 indexes,
    geohashes (computed), EPSG codes, bounding boxes, {z}/{x}/{y} tile URLs, Mapbox style /
    tileset / dataset ids, ArcGIS item ids (32 hex), Sentinel-2 / Planet scene ids, SHA-256 /
    MD5 checksums, SealedSecret ciphertext, GeoServer users.xml digests, i18n strings.

DOUBTS
    Written from memory / not fully confirmed in provider docs:
    - Mapbox: the sk. payload is {"u":user,"a":<25-char cuid>} and the signature part is 22
      b64url chars (docs confirm pk/sk/tk + base64url JSON + signature, not the lengths).
    - ArcGIS: legacy API keys "AAPK" + 32 hex + 64 b64url chars; newer API key credentials
      "AAPT" + ~160-220 b64url chars; portal/generateToken tokens ~100-160 b64url chars ending
      "..".  OAuth client_id 16 alnum, client_secret 32 hex.  Lengths are from memory.
    - Cesium ion token payload {"jti","id","iat"} (confirmed from CesiumJS Ion.js shape).
    - MapTiler key 20 alnum; TomTom 32 alnum; HERE apiKey 43 b64url, HERE access key id 22 and
      access key secret 86 b64url (credentials.properties layout from memory).
    - Planet: "PLAK" + 32 hex for new keys; legacy keys 32 hex.  Not confirmed in docs.
    - Sentinel Hub client secrets: classic (UUID id, ~40 chars incl. punctuation) and CDSE
      ("sh-" + UUID id, 32 alnum secret).  Lengths/alphabet from memory.
    - Earthdata Login user tokens: RS256 JWT with header {"typ","origin":"Earthdata Login",
      "sig":"edljwtpubkey_ops","alg"}; payload fields partly guessed.  One R package doc says
      newer tokens start with "EDL-"; that form is NOT generated.
    - CDS (Copernicus Climate Data Store) API key as a bare UUID in ~/.cdsapirc (new CDS).
    - CARTO legacy SQL API key as 40 hex.
    - MapServer "wms_auth_username"/"wms_auth_password" metadata for cascaded WMS.
    - GeoServer "crypt2:" (keystore-encrypted) datastore passwords and "digest1:" user
      password hashes labelled negative (they are ciphertext/hashes, not usable secrets).
    Labels a reviewer might dispute:
    - MapTiler / HERE / TomTom / ArcGIS keys and Cesium ion tokens inside browser JS are labelled
      POSITIVE (billable keys/tokens committed to source; the providers allow URL/referrer
      restriction but do not document them as safe to publish); only Mapbox pk. tokens and
      Google Maps JS keys shown with an HTTP-referrer restriction are labelled negative.
    - Google API keys are generated as "AIzaSy" + 33 chars (the common observed shape; docs only
      show "AIza..." style examples).
    - A Mapbox sk. token in browser code is labelled positive (Mapbox docs: never expose).
    - SealedSecret ciphertext and GeoServer digest1:/crypt2: values are labelled negative.
    - CDS API keys are UUIDs, so they look like the UUID feature ids used in negatives; the
      .cdsapirc context is what makes them secrets.
    - Weak-but-real passwords are not generated; all human passwords are 10+ characters.

SEARCHES
    docs: Mapbox token format (docs.mapbox.com: pk/sk/tk prefixes, base64url JSON payload);
    ArcGIS API key docs (developers.arcgis.com: API key credentials, no format shown);
    Planet API key (pypi planet: PL_API_KEY env var; no format shown); Earthdata Login tokens
    (CRAN earthdatalogin / lightson docs, .netrc for urs.earthdata.nasa.gov); Cesium ion
    access tokens (cesium.com docs and CesiumJS Ion.js default-token shape); HERE API keys
    (HERE docs: credentials.properties, apiKey); Sentinel Hub OAuth clients (sentinelhub-py
    configure.rst: SHConfig sh_client_id/sh_client_secret, config.toml; CDSE R package docs).
    No scanner rule code or regexes were shown by any search.
"""

import base64
import hashlib
import hmac
import json
import os
import random
import string
import struct
import sys

# ---------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
PW_SYMBOLS = "!*-._~"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode("ascii")


def b64u_json(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode("utf-8"))


def ruuid(rng):
    h = rs(rng, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])


def alnum_start(rng, alphabet, n):
    """Random string over alphabet whose first character is alphanumeric."""
    return rng.choice(ALNUM) + rs(rng, alphabet, n - 1)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------------------
# context vocabulary
# ---------------------------------------------------------------------------
ORGS = ["acme-geo", "terrasight", "blueridge-gis", "nordkart", "geoforge", "openparcel",
        "riverbend", "atlaslab", "skyfield-eo", "cartonova", "landscan-dev", "polderdata",
        "hydromap", "urbanmesh", "geomatix", "fieldnotes", "kestrel-survey", "baltic-eo"]
USERS = ["jkowalski", "mlindqvist", "a.fernandes", "rnakamura", "gis_editor", "tileserv",
         "eo_pipeline", "svc_mapping", "dbeaumont", "kpatel", "qgis_user", "wfs_reader",
         "osm_import", "lhansen", "geo_etl", "c.moreau", "tgarcia", "survey_ops"]
DB_HOSTS = ["postgis.internal", "gis-db.prod.{org}.net", "10.20.4.17", "db.{org}.local",
            "pg-gis-01.eu-central-1.rds.amazonaws.com", "localhost", "postgis",
            "geodb.service.consul", "172.18.0.5", "gisdb-primary.{org}.io"]
DB_NAMES = ["gis", "geodata", "cadastre", "osm", "landcover", "parcels", "hydro", "mapdata",
            "survey", "eo_catalog"]
LAYERS = ["parcels", "roads", "buildings", "waterways", "landuse", "admin_boundaries",
          "contours", "poi", "rail", "forest_stands", "flood_zones", "addresses", "bridges",
          "soil_types", "trees", "census_tracts"]
WORDS = ["Tundra", "Basalt", "Contour", "Meridian", "Harbor", "Granite", "Aurora", "Fjord",
         "Lidar", "Raster", "Delta", "Mesa", "Falcon", "Kestrel", "Juniper", "Quartz", "Ridge",
         "Summit", "Glacier", "Orchid", "Pelican", "Cobalt", "Saffron", "Willow", "Nimbus",
         "Atlas", "Sextant", "Polder", "Isobar", "Moraine", "Caldera", "Estuary", "Bramble"]
EPSGS = [4326, 3857, 25832, 25833, 2154, 27700, 32633, 32618, 3035, 28992, 2056, 31370, 3006,
         5070, 2193, 3067]
PLACES = [("Bergen", 60.39, 5.32), ("Lyon", 45.76, 4.84), ("Denver", 39.74, -104.99),
          ("Utrecht", 52.09, 5.12), ("Kraków", 50.06, 19.94), ("Porto", 41.15, -8.61),
          ("Tartu", 58.38, 26.72), ("Boise", 43.62, -116.20), ("Graz", 47.07, 15.44),
          ("Wellington", -41.29, 174.78), ("Nantes", 47.22, -1.55), ("Aarhus", 56.16, 10.20),
          ("Cusco", -13.53, -71.97), ("Kyoto", 35.01, 135.77), ("Tromsø", 69.65, 18.96)]


def slug(name):
    import unicodedata
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()


def pad_comments(lines, pool, minimum=5, at=0):
    """Insert comment lines (from pool, in order) at position `at` until len(lines) >= minimum."""
    i = 0
    while len(lines) < minimum and i < len(pool):
        lines.insert(at + i, pool[i])
        i += 1
    return lines


def fmt_host(rng, org):
    return pick(rng, DB_HOSTS).replace("{org}", org)


def bbox_for(rng, lat, lon, d=None):
    d = d or rng.choice([0.05, 0.1, 0.25, 0.5, 1.0])
    return (round(lon - d, 4), round(lat - d, 4), round(lon + d, 4), round(lat + d, 4))


# ---------------------------------------------------------------------------
# secret generators (fresh per file)
# ---------------------------------------------------------------------------
def gen_mapbox_token(rng, prefix, user):
    tokid = "c" + rng.choice("klm") + rs(rng, LOWER_ALNUM, 23)
    payload = b64u_json({"u": user, "a": tokid})
    return "%s.%s.%s" % (prefix, payload, rs(rng, B64URL, 22))


def gen_arcgis_api_key(rng):
    if rng.random() < 0.55:
        return "AAPK" + rs(rng, HEX, 32) + rs(rng, B64URL, 64)
    return "AAPT" + rng.choice(ALNUM) + rs(rng, B64URL, rng.randint(160, 220))


def gen_esri_token(rng):
    return rng.choice(ALNUM) + rs(rng, B64URL, rng.randint(100, 160)) + ".."


def gen_cesium_token(rng):
    header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    payload = b64u_json({"jti": ruuid(rng), "id": rng.randint(20000, 320000),
                         "iat": rng.randint(1650000000, 1760000000)})
    sig = b64u(hmac.new(rbytes(rng, 32), (header + "." + payload).encode(), hashlib.sha256).digest())
    return header + "." + payload + "." + sig


def gen_earthdata_token(rng, user):
    header = b64u_json({"typ": "JWT", "origin": "Earthdata Login", "sig": "edljwtpubkey_ops",
                        "alg": "RS256"})
    iat = rng.randint(1680000000, 1760000000)
    payload = b64u_json({"type": "User", "uid": user, "exp": iat + 60 * 86400, "iat": iat,
                         "iss": "https://urs.earthdata.nasa.gov", "identity_provider": "edl_ops",
                         "acr": "edl", "assurance_level": 3})
    return header + "." + payload + "." + b64u(rbytes(rng, 256))


def gen_password(rng):
    style = rng.randrange(5)
    if style == 0:
        p = pick(rng, WORDS) + pick(rng, WORDS) + str(rng.randint(10, 9999)) + rng.choice(PW_SYMBOLS)
    elif style == 1:
        p = pick(rng, WORDS).lower() + rng.choice(PW_SYMBOLS) + pick(rng, WORDS) + str(rng.randint(100, 99999))
    elif style == 2:
        n = rng.randint(14, 22)
        while True:
            p = alnum_start(rng, ALNUM + PW_SYMBOLS, n)
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
                break
    elif style == 3:
        w = pick(rng, WORDS)
        leet = w.replace("e", "3").replace("a", "4").replace("o", "0")
        p = leet + rng.choice(PW_SYMBOLS) + str(rng.randint(2015, 2025)) + rs(rng, string.ascii_lowercase, 2)
    else:
        p = "-".join(pick(rng, WORDS).lower() for _ in range(3)) + str(rng.randint(1, 99))
    if len(p) < 10:
        p += str(rng.randint(1000, 9999))
    return p


def gen_sentinelhub(rng):
    """returns (client_id, client_secret)"""
    if rng.random() < 0.5:
        return ruuid(rng), alnum_start(rng, ALNUM + "-_.,:;|~^+=", rng.choice([40, 40, 42, 44]))
    return "sh-" + ruuid(rng), rs(rng, ALNUM, 32)


KINDS = [
    # kind, provider
    ("mapbox_secret_token", "mapbox"),
    ("mapbox_scoped_token", "mapbox"),
    ("arcgis_api_key", "esri"),
    ("arcgis_oauth_client_secret", "esri"),
    ("esri_portal_token", "esri"),
    ("cesium_ion_token", "cesium"),
    ("maptiler_key", "maptiler"),
    ("here_api_key", "here"),
    ("here_access_key_secret", "here"),
    ("tomtom_api_key", "tomtom"),
    ("google_maps_server_key", "google"),
    ("planet_api_key", "planet"),
    ("sentinelhub_client_secret", "sentinelhub"),
    ("earthdata_password", "nasa"),
    ("earthdata_token", "nasa"),
    ("copernicus_password", "copernicus"),
    ("cds_api_key", "copernicus"),
    ("carto_api_key", "carto"),
    ("postgis_password", "postgresql"),
    ("geoserver_admin_password", "geoserver"),
    ("wms_basic_auth_password", "ows"),
]
PROVIDER = dict(KINDS)
PASSWORD_KINDS = ("earthdata_password", "copernicus_password", "postgis_password",
                  "geoserver_admin_password", "wms_basic_auth_password")


def gen_secret(rng, kind, user, org):
    """returns (secret, public_id_or_None)"""
    if kind in ("mapbox_secret_token", "mapbox_scoped_token"):
        return gen_mapbox_token(rng, "sk", org.replace("-", "")), None
    if kind == "arcgis_api_key":
        return gen_arcgis_api_key(rng), None
    if kind == "arcgis_oauth_client_secret":
        return rs(rng, HEX, 32), rs(rng, ALNUM, 16)
    if kind == "esri_portal_token":
        return gen_esri_token(rng), None
    if kind == "cesium_ion_token":
        return gen_cesium_token(rng), None
    if kind == "maptiler_key":
        return rs(rng, ALNUM, 20), None
    if kind == "here_api_key":
        return alnum_start(rng, B64URL, 43), None
    if kind == "here_access_key_secret":
        return alnum_start(rng, B64URL, 86), alnum_start(rng, B64URL, 22)
    if kind == "tomtom_api_key":
        return rs(rng, ALNUM, 32), None
    if kind == "google_maps_server_key":
        return "AIzaSy" + rs(rng, B64URL, 33), None
    if kind == "planet_api_key":
        if rng.random() < 0.75:
            return "PLAK" + rs(rng, HEX, 32), None
        return rs(rng, HEX, 32), None
    if kind == "sentinelhub_client_secret":
        cid, sec = gen_sentinelhub(rng)
        return sec, cid
    if kind == "earthdata_token":
        return gen_earthdata_token(rng, user), None
    if kind == "cds_api_key":
        return ruuid(rng), None
    if kind == "carto_api_key":
        return rs(rng, HEX, 40), None
    if kind in PASSWORD_KINDS:
        return gen_password(rng), None
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# negative fills for the secret slot
# ---------------------------------------------------------------------------
ENV_NAMES = {
    "mapbox_secret_token": ["MAPBOX_ACCESS_TOKEN", "MAPBOX_SECRET_TOKEN", "MAPBOX_SK"],
    "mapbox_scoped_token": ["MAPBOX_UPLOAD_TOKEN", "MAPBOX_TILESETS_TOKEN", "MAPBOX_ACCESS_TOKEN"],
    "arcgis_api_key": ["ARCGIS_API_KEY", "ESRI_API_KEY", "VITE_ARCGIS_API_KEY"],
    "arcgis_oauth_client_secret": ["ARCGIS_CLIENT_SECRET", "AGOL_CLIENT_SECRET"],
    "esri_portal_token": ["PORTAL_TOKEN", "ARCGIS_TOKEN", "AGOL_TOKEN"],
    "cesium_ion_token": ["CESIUM_ION_TOKEN", "CESIUM_ACCESS_TOKEN", "VITE_CESIUM_TOKEN"],
    "maptiler_key": ["MAPTILER_KEY", "MAPTILER_API_KEY", "VITE_MAPTILER_KEY"],
    "here_api_key": ["HERE_API_KEY", "HERE_APIKEY"],
    "here_access_key_secret": ["HERE_ACCESS_KEY_SECRET", "HERE_KEY_SECRET"],
    "tomtom_api_key": ["TOMTOM_API_KEY", "TOMTOM_KEY"],
    "google_maps_server_key": ["GOOGLE_MAPS_API_KEY", "GMAPS_SERVER_KEY", "GOOGLE_GEOCODING_KEY"],
    "planet_api_key": ["PL_API_KEY", "PLANET_API_KEY"],
    "sentinelhub_client_secret": ["SH_CLIENT_SECRET", "SENTINELHUB_CLIENT_SECRET", "CDSE_CLIENT_SECRET"],
    "earthdata_password": ["EARTHDATA_PASSWORD", "EDL_PASSWORD"],
    "earthdata_token": ["EARTHDATA_TOKEN", "EDL_TOKEN"],
    "copernicus_password": ["COPERNICUS_PASSWORD", "DHUS_PASSWORD", "CDSE_PASSWORD"],
    "cds_api_key": ["CDSAPI_KEY", "CDS_API_KEY"],
    "carto_api_key": ["CARTO_API_KEY", "CARTO_KEY"],
    "postgis_password": ["PGPASSWORD", "POSTGRES_PASSWORD", "GIS_DB_PASSWORD", "DB_PASS"],
    "geoserver_admin_password": ["GEOSERVER_ADMIN_PASSWORD", "GS_ADMIN_PASSWORD"],
    "wms_basic_auth_password": ["WMS_PASSWORD", "OWS_PASSWORD", "WFS_PASS"],
}

PLACEHOLDERS = {
    "mapbox_secret_token": ["sk.YOUR_MAPBOX_SECRET_TOKEN", "<MAPBOX_SECRET_TOKEN>", "YOUR_MAPBOX_ACCESS_TOKEN",
                            "sk.xxxxxxxxxxxxxxxxxxxxxxxx"],
    "mapbox_scoped_token": ["sk.YOUR_TOKEN_WITH_UPLOADS_WRITE", "<token with tilesets:write>", "YOUR_MAPBOX_ACCESS_TOKEN"],
    "arcgis_api_key": ["YOUR_ARCGIS_API_KEY", "<your-api-key>", "AAPKxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_ACCESS_TOKEN"],
    "arcgis_oauth_client_secret": ["YOUR_CLIENT_SECRET", "<client-secret>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "esri_portal_token": ["<TOKEN>", "YOUR_PORTAL_TOKEN", "{token}"],
    "cesium_ion_token": ["your_access_token", "<your Cesium ion access token>", "YOUR_ION_TOKEN_HERE"],
    "maptiler_key": ["get_your_own_OpIi9ZULNHzrESv6T2vL", "YOUR_MAPTILER_API_KEY", "<maptiler-key>"],
    "here_api_key": ["{YOUR_API_KEY}", "YOUR_HERE_API_KEY", "<here-api-key>"],
    "here_access_key_secret": ["<your access key secret>", "YOUR_ACCESS_KEY_SECRET", "xxxxxxxx"],
    "tomtom_api_key": ["YOUR_API_KEY", "<tomtom-key>", "your-tomtom-api-key"],
    "google_maps_server_key": ["YOUR_API_KEY", "AIzaSy...your-key...", "<GOOGLE_MAPS_KEY>"],
    "planet_api_key": ["PLAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_PLANET_API_KEY", "<api key>"],
    "sentinelhub_client_secret": ["<your client secret>", "YOUR_CLIENT_SECRET", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "earthdata_password": ["<your-earthdata-password>", "YOUR_PASSWORD", "REPLACE_ME"],
    "earthdata_token": ["<paste EDL token here>", "YOUR_EDL_TOKEN", "eyJ...redacted"],
    "copernicus_password": ["<password>", "YOUR_COPERNICUS_PASSWORD", "REPLACE_ME"],
    "cds_api_key": ["<PERSONAL-ACCESS-TOKEN>", "<UID>:<APIKEY>", "YOUR_API_KEY"],
    "carto_api_key": ["YOUR_API_KEY", "<carto-api-key>", "default_public"],
    "postgis_password": ["<db-password>", "CHANGE_ME", "${DB_PASSWORD}", "__PASSWORD__"],
    "geoserver_admin_password": ["<admin-password>", "CHANGE_ME", "__GS_ADMIN_PASSWORD__"],
    "wms_basic_auth_password": ["<password>", "YOUR_PASSWORD", "REPLACE_ME"],
}

REF_TEMPLATES = [
    "vault:secret/data/gis/{n}#value",
    "arn:aws:secretsmanager:eu-west-1:{acct}:secret:gis/{n}-{sfx}",
    "projects/{org}-eo/secrets/{n}/versions/latest",
    "op://GIS/{n}/credential",
    "secretref:{n}",
]


def mask_of(kind, real):
    if kind in PASSWORD_KINDS:
        return "*" * len(real) if len(real) < 16 else "********"
    for pre in ("sk.", "AAPK", "AAPT", "AIza", "PLAK", "sh-"):
        if real.startswith(pre):
            return pre + "*" * 12
    if real.startswith("eyJ"):
        return "eyJ***masked***"
    return real[:4] + "*" * 8 if len(real) > 12 else "****"


class Slot(object):
    """What goes in the secret slot of a template.

    mode: literal (a real secret, positives only) | env | placeholder | masked | empty | ref |
    public (Mapbox pk.) | redacted.  Negatives never use literal.
    """

    def __init__(self, kind, value, mode, env, public_id, user, org, obvious, secret):
        self.kind = kind
        self.value = value
        self.mode = mode
        self.env = env
        self.public_id = public_id
        self.user = user
        self.org = org
        self.obvious = obvious
        self.secret = secret  # the needle for positives, None for negatives

    # string to splice inside a larger string (URL, DSN, header, XML text)
    def emb(self, lang="sh"):
        if self.mode == "env":
            return "$(%s)" % self.env if lang == "make" else "${%s}" % self.env
        return self.value

    # standalone value/expression for the language, including quotes when literal
    def lit(self, lang, q='"'):
        if self.mode != "env":
            return q + self.value + q
        e = self.env
        if lang == "py":
            return 'os.environ["%s"]' % e if len(e) % 2 else 'os.getenv("%s")' % e
        if lang == "js":
            return "process.env.%s" % e if not e.startswith("VITE_") else "import.meta.env.%s" % e
        if lang == "r":
            return 'Sys.getenv("%s")' % e
        if lang == "make":
            return "$(%s)" % e
        if lang in ("xml", "properties", "bare"):
            return "${%s}" % e
        return q + "${%s}" % e + q


def make_neg_slot(rng, kind, user, org, obvious, allow=("env", "placeholder", "masked", "empty", "ref", "redacted")):
    env = pick(rng, ENV_NAMES[kind])
    modes = list(allow)
    if kind in ("mapbox_secret_token", "mapbox_scoped_token") and "public" not in modes and "placeholder" in allow:
        modes.append("public")
    mode = pick(rng, modes)
    real, pid = gen_secret(rng, kind, user, org)  # only used to shape masks / ids, never written whole
    if mode == "env":
        value = "${%s}" % env
    elif mode == "placeholder":
        value = pick(rng, PLACEHOLDERS[kind])
    elif mode == "masked":
        value = mask_of(kind, real)
    elif mode == "empty":
        value = ""
    elif mode == "redacted":
        value = pick(rng, ["[REDACTED]", "<redacted>", "REDACTED", "***"])
    elif mode == "ref":
        value = pick(rng, REF_TEMPLATES).format(n=env.lower().replace("_", "-"), org=org,
                                              acct=str(rng.randint(10 ** 11, 10 ** 12 - 1)),
                                              sfx=rs(rng, ALNUM, 6))
    elif mode == "public":
        value = gen_mapbox_token(rng, "pk", org.replace("-", ""))
    else:
        raise ValueError(mode)
    return Slot(kind, value, mode, env, pid, user, org, obvious, None)


def make_pos_slot(rng, kind, user, org, obvious):
    secret, pid = gen_secret(rng, kind, user, org)
    return Slot(kind, secret, "literal", pick(rng, ENV_NAMES[kind]), pid, user, org, obvious, secret)


# ---------------------------------------------------------------------------
# naming helpers
# ---------------------------------------------------------------------------
def name_fmt(words, style):
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "scream":
        return "_".join(w.upper() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    raise ValueError(style)


OBVIOUS_WORDS = {
    "mapbox_secret_token": [["mapbox", "secret", "token"], ["mapbox", "access", "token"], ["mapbox", "sk"]],
    "mapbox_scoped_token": [["mapbox", "upload", "token"], ["mapbox", "tilesets", "token"], ["mapbox", "token"]],
    "arcgis_api_key": [["arcgis", "api", "key"], ["esri", "api", "key"], ["api", "key"]],
    "arcgis_oauth_client_secret": [["arcgis", "client", "secret"], ["client", "secret"]],
    "esri_portal_token": [["portal", "token"], ["arcgis", "token"], ["agol", "token"]],
    "cesium_ion_token": [["cesium", "ion", "token"], ["ion", "access", "token"], ["cesium", "token"]],
    "maptiler_key": [["maptiler", "key"], ["maptiler", "api", "key"]],
    "here_api_key": [["here", "api", "key"], ["here", "apikey"]],
    "here_access_key_secret": [["here", "access", "key", "secret"], ["access", "key", "secret"]],
    "tomtom_api_key": [["tomtom", "api", "key"], ["tomtom", "key"]],
    "google_maps_server_key": [["google", "maps", "api", "key"], ["gmaps", "key"], ["geocoding", "api", "key"]],
    "planet_api_key": [["planet", "api", "key"], ["pl", "api", "key"]],
    "sentinelhub_client_secret": [["sh", "client", "secret"], ["client", "secret"]],
    "earthdata_password": [["earthdata", "password"], ["edl", "password"]],
    "earthdata_token": [["earthdata", "token"], ["edl", "token"]],
    "copernicus_password": [["copernicus", "password"], ["dhus", "password"]],
    "cds_api_key": [["cds", "api", "key"], ["cdsapi", "key"]],
    "carto_api_key": [["carto", "api", "key"], ["carto", "key"]],
    "postgis_password": [["db", "password"], ["postgres", "password"], ["pg", "password"]],
    "geoserver_admin_password": [["geoserver", "admin", "password"], ["gs", "admin", "password"]],
    "wms_basic_auth_password": [["wms", "password"], ["ows", "password"], ["wfs", "password"]],
}
NEUTRAL_WORDS = [["upstream", "ref"], ["basemap", "cfg"], ["svc", "value"], ["tiles", "param"],
                 ["conn", "extra"], ["provider", "string"], ["remote", "id"], ["layer", "opts"],
                 ["backend", "handle"], ["ingest", "k"], ["src", "param"], ["mb"], ["t"], ["v"],
                 ["cfg", "value"], ["pipeline", "param"]]


def var_name(rng, s, style):
    words = pick(rng, OBVIOUS_WORDS[s.kind]) if s.obvious else pick(rng, NEUTRAL_WORDS)
    return name_fmt(words, style)


def neutral_name(rng, style):
    return name_fmt(pick(rng, NEUTRAL_WORDS), style)


# ---------------------------------------------------------------------------
# slot templates: each returns (relpath, text); the slot holds a secret (positives) or a
# harmless fill (negatives re-using the template)
# ---------------------------------------------------------------------------
def pretty_json(obj, indent=2, width=72, _lvl=0):
    """JSON with short containers kept on one line (as editors like Maputnik write them)."""
    flat = json.dumps(obj, ensure_ascii=False)
    if not isinstance(obj, (dict, list)) or len(flat) + _lvl * indent <= width:
        return flat
    pad, pad2 = " " * (indent * _lvl), " " * (indent * (_lvl + 1))
    if isinstance(obj, dict):
        items = ["%s%s: %s" % (pad2, json.dumps(k, ensure_ascii=False), pretty_json(v, indent, width, _lvl + 1)) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    items = [pad2 + pretty_json(v, indent, width, _lvl + 1) for v in obj]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]"


def J(*lines):
    return "\n".join(lines) + "\n"


def place(rng):
    return pick(rng, PLACES)


def xml_attr_escape(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def tile_url_for(rng, s, zxy="{z}/{x}/{y}"):
    """A tile/service URL carrying the slot value as a query parameter."""
    k = s.kind
    v = s.emb()
    if k == "maptiler_key":
        m = pick(rng, ["satellite", "topo-v2", "streets-v2", "outdoor-v2", "hybrid"])
        return "https://api.maptiler.com/maps/%s/256/%s.png?key=%s" % (m, zxy, v)
    if k == "tomtom_api_key":
        return "https://api.tomtom.com/map/1/tile/basic/main/%s.png?key=%s&tileSize=256" % (zxy, v)
    if k == "here_api_key":
        return "https://maps.hereapi.com/v3/base/mc/%s/png8?style=explore.day&size=256&apiKey=%s" % (zxy, v)
    if k in ("mapbox_secret_token", "mapbox_scoped_token"):
        sid = pick(rng, ["satellite-v9", "streets-v12", "outdoors-v12", "light-v11"])
        return "https://api.mapbox.com/styles/v1/mapbox/%s/tiles/256/%s?access_token=%s" % (sid, zxy, v)
    if k in ("arcgis_api_key", "esri_portal_token"):
        zyx = zxy.replace("{x}/{y}", "{y}/{x}").replace("${x}/${y}", "${y}/${x}")
        return "https://ibasemaps-api.arcgis.com/arcgis/rest/services/World_Imagery/MapServer/tile/%s?token=%s" % (zyx, v)
    raise ValueError(k)


TILE_KINDS = ("maptiler_key", "tomtom_api_key", "here_api_key", "mapbox_secret_token", "arcgis_api_key",
              "esri_portal_token")


def t_qgs_postgis(rng, s):
    org = s.org
    name, lat, lon = place(rng)
    db = pick(rng, DB_NAMES)
    host = fmt_host(rng, org)
    lyrs = rng.sample(LAYERS, 3)
    epsg = pick(rng, EPSGS)
    if s.mode == "env" or s.mode == "ref":
        auth = "authcfg=%s" % rs(rng, LOWER_ALNUM, 7)
    else:
        auth = "user='%s' password='%s'" % (s.user, s.emb())
    out = ['<!DOCTYPE qgis PUBLIC \'http://mrcc.com/qgis.dtd\' \'SYSTEM\'>',
           '<qgis projectname="%s %s" version="3.%d.%d-%s">' % (name, pick(rng, ["Cadastre", "Utilities", "Flood study", "Land use"]),
                                                              rng.choice([22, 28, 34, 36]), rng.randint(0, 12),
                                                              pick(rng, ["Białowieża", "Prizren", "Maidenhead", "Bratislava"])),
           '  <homePath path=""/>',
           '  <title>%s</title>' % name,
           '  <projectCrs>',
           '    <spatialrefsys nativeFormat="Wkt">',
           '      <authid>EPSG:%d</authid>' % epsg,
           '    </spatialrefsys>',
           '  </projectCrs>',
           '  <projectlayers>']
    for i, lyr in enumerate(lyrs):
        lid = "%s_%s" % (lyr, rs(rng, HEX, 8) + "_" + rs(rng, HEX, 4) + "_" + rs(rng, HEX, 4))
        ds = ("dbname='%s' host=%s port=5432 %s sslmode=%s key='gid' srid=%d type=MultiPolygon "
              "checkPrimaryKeyUnicity='1' table=\"public\".\"%s\" (geom)") % (
            db, host, auth if i == 1 else "service='%s'" % db, pick(rng, ["disable", "require", "prefer"]), epsg, lyr)
        if i == 2:
            ds = "./data/%s.gpkg|layername=%s" % (lyr, lyr)
        out += ['    <maplayer type="vector" geometry="Polygon" autoRefreshTime="0">',
                '      <id>%s</id>' % lid,
                '      <datasource>%s</datasource>' % xml_attr_escape(ds),
                '      <layername>%s</layername>' % lyr.replace("_", " ").title(),
                '      <provider encoding="UTF-8">%s</provider>' % ("ogr" if i == 2 else "postgres"),
                '    </maplayer>']
    out += ['  </projectlayers>', '</qgis>']
    return "%s.qgs" % pick(rng, ["project", slug(name), "qgis/" + lyrs[0], "maps/editing"]), J(*out)


def t_qgs_wms(rng, s):
    name, lat, lon = place(rng)
    epsg = pick(rng, [25832, 25833, 3857, 2056, 28992, 27700])
    host = pick(rng, ["geodienste.%s.de" % s.org, "wms.%s.internal" % s.org, "maps.%s.net" % s.org, "ows.%s.io" % s.org])
    lyr = pick(rng, ["orthophoto_2023", "dop20", "cadastral_map", "topo_raster", "aerial_cir"])
    pw = s.emb()
    ds = ("contextualWMSLegend=0&crs=EPSG:%d&dpiMode=7&featureCount=10&format=image/png&layers=%s"
          "&password=%s&styles=&tilePixelRatio=0&url=https://%s/service/wms&username=%s") % (epsg, lyr, pw, host, s.user)
    if s.mode in ("env", "ref"):
        ds = ("authcfg=%s&contextualWMSLegend=0&crs=EPSG:%d&dpiMode=7&featureCount=10&format=image/png&layers=%s"
              "&styles=&url=https://%s/service/wms") % (rs(rng, LOWER_ALNUM, 7), epsg, lyr, host)
    out = ["<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
           '<qgis projectname="%s basemap" version="3.%d.%d">' % (name, rng.choice([28, 34, 40]), rng.randint(0, 9)),
           '  <projectlayers>',
           '    <maplayer type="raster" hasScaleBasedVisibilityFlag="0" refreshOnNotifyEnabled="0">',
           '      <extent>',
           '        <xmin>%.3f</xmin><ymin>%.3f</ymin><xmax>%.3f</xmax><ymax>%.3f</ymax>' % (
               rng.uniform(300000, 400000), rng.uniform(5600000, 5700000), rng.uniform(400000, 500000), rng.uniform(5700000, 5800000)),
           '      </extent>',
           '      <id>%s_%s</id>' % (lyr, rs(rng, HEX, 8)),
           '      <datasource>%s</datasource>' % xml_attr_escape(ds),
           '      <layername>%s</layername>' % lyr,
           '      <srs><spatialrefsys><authid>EPSG:%d</authid></spatialrefsys></srs>' % epsg,
           '      <provider>wms</provider>',
           '      <pipe><rasterrenderer opacity="1" type="singlebandcolordata"/></pipe>',
           '    </maplayer>',
           '  </projectlayers>',
           '  <properties>',
           '    <WMSServiceTitle type="QString">%s basemap</WMSServiceTitle>' % name,
           '  </properties>',
           '</qgis>']
    return pick(rng, ["basemap.qgs", "qgis/orthophoto.qgs", "projects/%s_field.qgs" % slug(name)[:5]]), J(*out)


def t_qgs_xyz(rng, s):
    name, lat, lon = place(rng)
    url = tile_url_for(rng, s)
    enc = url.replace("&", "%26").replace("=", "%3D")
    ds = "type=xyz&url=%s&zmax=19&zmin=0&http-header:referer=" % enc
    out = ["<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
           '<qgis projectname="%s overview" version="3.%d.%d">' % (name, rng.choice([28, 34, 38]), rng.randint(0, 9)),
           '  <projectCrs><spatialrefsys><authid>EPSG:3857</authid></spatialrefsys></projectCrs>',
           '  <layer-tree-group>',
           '    <layer-tree-layer name="Basemap" id="basemap_%s" checked="Qt::Checked"/>' % rs(rng, HEX, 8),
           '    <layer-tree-layer name="Sites" id="sites_%s" checked="Qt::Checked"/>' % rs(rng, HEX, 8),
           '  </layer-tree-group>',
           '  <projectlayers>',
           '    <maplayer type="raster">',
           '      <id>basemap_%s</id>' % rs(rng, HEX, 8),
           '      <datasource>%s</datasource>' % xml_attr_escape(ds),
           '      <layername>Basemap</layername>',
           '      <provider>wms</provider>',
           '    </maplayer>',
           '    <maplayer type="vector" geometry="Point">',
           '      <id>sites_%s</id>' % rs(rng, HEX, 8),
           '      <datasource>./data/sites.gpkg|layername=sites</datasource>',
           '      <layername>Sites</layername>',
           '      <provider encoding="UTF-8">ogr</provider>',
           '    </maplayer>',
           '  </projectlayers>',
           '</qgis>']
    return pick(rng, ["overview.qgs", "qgis/%s.qgs" % slug(name)[:4], "maps/site_overview.qgs"]), J(*out)


def t_gs_datastore(rng, s):
    ws = pick(rng, ["topp", "cadastre", "utilities", "hydro", "osm"])
    sid = "DataStoreInfoImpl-%s:%s:-%s" % (rs(rng, HEX, 8), rs(rng, HEX, 11), rs(rng, HEX, 4))
    pw = xml_attr_escape(s.emb("xml"))
    out = ['<dataStore>',
           '  <id>%s</id>' % sid,
           '  <name>%s_postgis</name>' % ws,
           '  <type>PostGIS</type>',
           '  <enabled>true</enabled>',
           '  <workspace>',
           '    <id>WorkspaceInfoImpl-%s:%s:-%s</id>' % (rs(rng, HEX, 8), rs(rng, HEX, 11), rs(rng, HEX, 4)),
           '  </workspace>',
           '  <connectionParameters>',
           '    <entry key="schema">public</entry>',
           '    <entry key="Evictor run periodicity">300</entry>',
           '    <entry key="Max open prepared statements">50</entry>',
           '    <entry key="encode functions">true</entry>',
           '    <entry key="Batch insert size">1</entry>',
           '    <entry key="preparedStatements">false</entry>',
           '    <entry key="database">%s</entry>' % pick(rng, DB_NAMES),
           '    <entry key="host">%s</entry>' % fmt_host(rng, s.org),
           '    <entry key="Loose bbox">true</entry>',
           '    <entry key="Estimated extends">true</entry>',
           '    <entry key="fetch size">1000</entry>',
           '    <entry key="Expose primary keys">false</entry>',
           '    <entry key="validate connections">true</entry>',
           '    <entry key="Support on the fly geometry simplification">true</entry>',
           '    <entry key="Connection timeout">20</entry>',
           '    <entry key="port">5432</entry>',
           '    <entry key="passwd">%s</entry>' % pw,
           '    <entry key="min connections">1</entry>',
           '    <entry key="dbtype">postgis</entry>',
           '    <entry key="namespace">http://%s.%s.org</entry>' % (ws, s.org),
           '    <entry key="max connections">10</entry>',
           '    <entry key="user">%s</entry>' % s.user,
           '  </connectionParameters>',
           '  <__default>false</__default>',
           '</dataStore>']
    return "geoserver_data/workspaces/%s/%s_postgis/datastore.xml" % (ws, ws), J(*out)


def t_gs_wmsstore(rng, s):
    ws = pick(rng, ["basemaps", "external", "cascade", "ortho"])
    host = pick(rng, ["wms.%s.net" % s.org, "geodata.%s.io" % s.org, "maps.partner-%s.org" % s.org])
    out = ['<wmsStore>',
           '  <id>WMSStoreInfoImpl-%s:%s:-%s</id>' % (rs(rng, HEX, 8), rs(rng, HEX, 11), rs(rng, HEX, 4)),
           '  <name>%s_wms</name>' % pick(rng, ["partner", "ortho", "landsat", "topo"]),
           '  <description>Cascaded %s WMS</description>' % pick(rng, ["orthophoto", "topographic", "cadastral"]),
           '  <type>WMS</type>',
           '  <enabled>true</enabled>',
           '  <workspace>',
           '    <id>WorkspaceInfoImpl-%s:%s:-%s</id>' % (rs(rng, HEX, 8), rs(rng, HEX, 11), rs(rng, HEX, 4)),
           '  </workspace>',
           '  <metadata>',
           '    <entry key="useConnectionPooling">true</entry>',
           '  </metadata>',
           '  <__default>false</__default>',
           '  <capabilitiesURL>https://%s/geoserver/ows?service=WMS&amp;version=1.3.0&amp;request=GetCapabilities</capabilitiesURL>' % host,
           '  <user>%s</user>' % s.user,
           '  <password>%s</password>' % xml_attr_escape(s.emb("xml")),
           '  <maxConnections>6</maxConnections>',
           '  <readTimeout>60</readTimeout>',
           '  <connectTimeout>30</connectTimeout>',
           '</wmsStore>']
    return "geoserver_data/workspaces/%s/%s/wmsstore.xml" % (ws, ws + "_wms"), J(*out)


def t_mapfile_postgis(rng, s):
    name, lat, lon = place(rng)
    bb = bbox_for(rng, lat, lon)
    lyr = pick(rng, LAYERS)
    db = pick(rng, DB_NAMES)
    conn = "host=%s dbname=%s user=%s password=%s port=5432" % (fmt_host(rng, s.org), db, s.user, s.emb())
    if s.mode == "env":
        conn = "service=%s" % db
    out = ['MAP',
           '  NAME "%s"' % slug(name),
           '  STATUS ON',
           '  SIZE 800 600',
           '  EXTENT %s %s %s %s' % bb,
           '  UNITS DD',
           '  IMAGECOLOR 255 255 255',
           '  PROJECTION',
           '    "init=epsg:4326"',
           '  END',
           '  WEB',
           '    METADATA',
           '      "wms_title"          "%s %s"' % (name, lyr),
           '      "wms_onlineresource" "https://maps.%s.org/cgi-bin/mapserv?map=/srv/maps/%s.map"' % (s.org, slug(name)),
           '      "wms_srs"            "EPSG:4326 EPSG:3857 EPSG:%d"' % pick(rng, EPSGS),
           '      "wms_enable_request" "*"',
           '    END',
           '  END',
           '',
           '  LAYER',
           '    NAME "%s"' % lyr,
           '    TYPE POLYGON',
           '    STATUS ON',
           '    CONNECTIONTYPE POSTGIS',
           '    CONNECTION "%s"' % conn,
           '    DATA "geom FROM public.%s USING UNIQUE gid USING SRID=4326"' % lyr,
           '    PROCESSING "CLOSE_CONNECTION=DEFER"',
           '    CLASS',
           '      STYLE',
           '        COLOR %d %d %d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)),
           '        OUTLINECOLOR 60 60 60',
           '      END',
           '    END',
           '  END',
           'END']
    return pick(rng, ["mapserver/%s.map" % slug(name)[:6], "maps/%s.map" % lyr, "mapfiles/wms.map"]), J(*out)


def t_mapfile_wms(rng, s):
    name, lat, lon = place(rng)
    host = pick(rng, ["geoportal.%s.net" % s.org, "wms.%s.org" % s.org])
    out = ['# cascaded orthophoto layer for %s' % name,
           'LAYER',
           '  NAME "ortho"',
           '  TYPE RASTER',
           '  STATUS ON',
           '  CONNECTIONTYPE WMS',
           '  CONNECTION "https://%s/ows?"' % host,
           '  PROJECTION',
           '    "init=epsg:3857"',
           '  END',
           '  METADATA',
           '    "wms_srs"             "EPSG:3857"',
           '    "wms_name"            "%s"' % pick(rng, ["ortho_rgb", "dop20", "aerial_2024"]),
           '    "wms_server_version"  "1.3.0"',
           '    "wms_format"          "image/jpeg"',
           '    "wms_auth_type"       "basic"',
           '    "wms_auth_username"   "%s"' % s.user,
           '    "wms_auth_password"   "%s"' % s.emb(),
           '    "wms_connectiontimeout" "30"',
           '  END',
           'END']
    return pick(rng, ["mapserver/layers/ortho.map", "maps/include/cascade_%s.map" % slug(name)[:5]]), J(*out)


def t_gdal_wms_xml(rng, s):
    if s.kind == "wms_basic_auth_password":
        host = pick(rng, ["wms.%s.net" % s.org, "ows.%s.io" % s.org])
        out = ['<GDAL_WMS>',
               '  <Service name="WMS">',
               '    <Version>1.1.1</Version>',
               '    <ServerUrl>https://%s/wms?</ServerUrl>' % host,
               '    <SRS>EPSG:3857</SRS>',
               '    <ImageFormat>image/jpeg</ImageFormat>',
               '    <Layers>%s</Layers>' % pick(rng, ["ortho", "dop10", "aerial"]),
               '  </Service>',
               '  <DataWindow>',
               '    <UpperLeftX>-20037508.34</UpperLeftX><UpperLeftY>20037508.34</UpperLeftY>',
               '    <LowerRightX>20037508.34</LowerRightX><LowerRightY>-20037508.34</LowerRightY>',
               '    <TileLevel>19</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>',
               '  </DataWindow>',
               '  <BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>',
               '  <BandsCount>3</BandsCount>',
               '  <UserPwd>%s:%s</UserPwd>' % (s.user, xml_attr_escape(s.emb())),
               '  <Cache><Path>./cache/wms</Path></Cache>',
               '</GDAL_WMS>']
    else:
        url = xml_attr_escape(tile_url_for(rng, s, "${z}/${x}/${y}"))
        out = ['<GDAL_WMS>',
               '  <!-- XYZ basemap for gdal_translate / QGIS -->',
               '  <Service name="TMS">',
               '    <ServerUrl>%s</ServerUrl>' % url,
               '  </Service>',
               '  <DataWindow>',
               '    <UpperLeftX>-20037508.34</UpperLeftX>',
               '    <UpperLeftY>20037508.34</UpperLeftY>',
               '    <LowerRightX>20037508.34</LowerRightX>',
               '    <LowerRightY>-20037508.34</LowerRightY>',
               '    <TileLevel>%d</TileLevel>' % rng.choice([18, 19, 20]),
               '    <TileCountX>1</TileCountX>',
               '    <TileCountY>1</TileCountY>',
               '    <YOrigin>top</YOrigin>',
               '  </DataWindow>',
               '  <Projection>EPSG:3857</Projection>',
               '  <BlockSizeX>256</BlockSizeX>',
               '  <BlockSizeY>256</BlockSizeY>',
               '  <BandsCount>3</BandsCount>',
               '  <MaxConnections>%d</MaxConnections>' % rng.choice([2, 4, 8]),
               '  <Cache />',
               '</GDAL_WMS>']
    return pick(rng, ["gdal/basemap.xml", "data/sources/%s.xml" % pick(rng, ["ortho", "basemap", "tiles"]), "vrt/wms_ortho.xml"]), J(*out)


def t_ogr_vrt_pg(rng, s):
    lyr = pick(rng, LAYERS)
    db = pick(rng, DB_NAMES)
    src = "PG:host=%s port=5432 dbname=%s user=%s password=%s" % (fmt_host(rng, s.org), db, s.user, s.emb())
    if s.mode == "env":
        src = "PG:service=%s" % db
    out = ['<OGRVRTDataSource>',
           '  <OGRVRTLayer name="%s_%s">' % (lyr, pick(rng, ["export", "clip", "view"])),
           '    <SrcDataSource>%s</SrcDataSource>' % xml_attr_escape(src),
           '    <SrcSQL dialect="sqlite">SELECT gid, name, geom FROM %s WHERE status = \'active\'</SrcSQL>' % lyr,
           '    <GeometryType>wkbMultiPolygon</GeometryType>',
           '    <LayerSRS>EPSG:%d</LayerSRS>' % pick(rng, EPSGS),
           '    <GeometryField encoding="WKB" field="geom"/>',
           '    <Field name="gid" type="Integer"/>',
           '    <Field name="name" type="String" width="120"/>',
           '  </OGRVRTLayer>',
           '</OGRVRTDataSource>']
    return pick(rng, ["vrt/%s.vrt" % lyr, "data/%s_pg.vrt" % lyr, "gdal/%s.ovf" % lyr]), J(*out)


def t_gdal_env_sh(rng, s):
    name, lat, lon = place(rng)
    k = s.kind
    lines = ['#!/usr/bin/env bash',
             '# GDAL settings for reading remote COGs in the %s tiling job' % name,
             'set -euo pipefail',
             '',
             'export GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR',
             'export CPL_VSIL_CURL_ALLOWED_EXTENSIONS=".tif,.TIF,.tiff,.vrt"',
             'export GDAL_HTTP_MULTIRANGE=YES',
             'export GDAL_HTTP_MERGE_CONSECUTIVE_RANGES=YES',
             'export GDAL_CACHEMAX=%d' % rng.choice([512, 1024, 2048])]
    if k == "earthdata_token":
        lines += ['export GDAL_HTTP_HEADERS="Authorization: Bearer %s"' % s.emb()]
        src = "/vsicurl/https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSS30.020/HLS.S30.T%02d%s.2024%03dT103031.v2.0/HLS.S30.B04.tif" % (rng.randint(10, 60), rs(rng, string.ascii_uppercase, 3), rng.randint(1, 365))
    elif k == "planet_api_key":
        lines += ['export GDAL_HTTP_USERPWD="%s:"' % s.emb()]
        src = "/vsicurl/https://api.planet.com/basemaps/v1/mosaics/%s/quads/%d-%d/full" % (ruuid(rng), rng.randint(100, 2000), rng.randint(100, 2000))
    else:
        host = "urs.earthdata.nasa.gov" if k == "earthdata_password" else "ows.%s.net" % s.org
        lines += ['export GDAL_HTTP_AUTH=BASIC', 'export GDAL_HTTP_USERPWD="%s:%s"' % (s.user, s.emb())]
        src = "/vsicurl/https://%s/data/ortho/%s_%d.tif" % (host if k != "earthdata_password" else "e4ftl01.cr.usgs.gov", slug(name)[:4], rng.randint(1, 99))
    lines += ['',
              'SRC="%s"' % src,
              'gdalinfo --stats "$SRC" > logs/gdalinfo_$(date +%Y%m%d).txt',
              'gdalwarp -t_srs EPSG:%d -tr 10 10 -r bilinear -co COMPRESS=DEFLATE -co TILED=YES "$SRC" out/%s_warped.tif' % (pick(rng, EPSGS), slug(name)[:4])]
    return pick(rng, ["scripts/gdal_env.sh", "bin/fetch_cog.sh", "jobs/warp_%s.sh" % slug(name)[:4]]), J(*lines)


def js_decl(rng, s, style=None):
    style = style or rng.choice(["camel", "scream"])
    n = var_name(rng, s, style)
    return n, "const %s = %s;" % (n, s.lit("js", rng.choice(["'", '"'])))


def t_leaflet_js(rng, s):
    name, lat, lon = place(rng)
    n, decl = js_decl(rng, s)
    if s.kind == "arcgis_api_key" and rng.random() < 0.6:
        layer = ["L.esri.Vector.vectorBasemapLayer('arcgis/%s', {" % pick(rng, ["topographic", "streets", "imagery"]),
                 "  apikey: %s," % n,
                 "}).addTo(map);"]
    else:
        url = tile_url_for(rng, s).replace(s.emb(), "${%s}" % n) if s.mode != "empty" else tile_url_for(rng, s)
        if s.mode == "empty":
            url = url + "${%s}" % n
        layer = ["L.tileLayer(`%s`, {" % url,
                 "  maxZoom: 19,",
                 "  tileSize: 256,",
                 "  attribution: '&copy; %s contributors'," % pick(rng, ["OpenStreetMap", "MapTiler", "TomTom", "HERE", "Esri"]),
                 "}).addTo(map);"]
    out = ["import L from 'leaflet';",
           "import 'leaflet/dist/leaflet.css';",
           "",
           decl,
           "",
           "const map = L.map('map', { zoomControl: true }).setView([%.4f, %.4f], %d);" % (lat, lon, rng.randint(9, 15)),
           ""] + layer + [
           "",
           "fetch('/api/sites.geojson')",
           "  .then((r) => r.json())",
           "  .then((fc) => {",
           "    L.geoJSON(fc, {",
           "      pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 5, color: '#%s' })," % rs(rng, HEX, 6),
           "      onEachFeature: (f, l) => l.bindPopup(f.properties.name),",
           "    }).addTo(map);",
           "  });"]
    return pick(rng, ["src/map.js", "web/js/leaflet-map.js", "frontend/src/components/basemap.js", "static/js/app.js"]), J(*out)


def t_openlayers_js(rng, s):
    name, lat, lon = place(rng)
    imports = ["import Map from 'ol/Map';", "import View from 'ol/View';", "import TileLayer from 'ol/layer/Tile';",
               "import XYZ from 'ol/source/XYZ';", "import { fromLonLat } from 'ol/proj';"]
    if s.kind == "wms_basic_auth_password":
        imports.append("import TileWMS from 'ol/source/TileWMS';")
        src = ["const wmsSource = new TileWMS({",
               "  url: 'https://ows.%s.net/geoserver/wms'," % s.org,
               "  params: { LAYERS: '%s:%s', TILED: true }," % (pick(rng, ["cadastre", "base"]), pick(rng, LAYERS)),
               "  serverType: 'geoserver',",
               "  tileLoadFunction: (tile, src) => {",
               "    fetch(src, { headers: { Authorization: 'Basic ' + btoa('%s:' + %s) } })" % (s.user, s.lit("js", "'")),
               "      .then((r) => r.blob())",
               "      .then((b) => { tile.getImage().src = URL.createObjectURL(b); });",
               "  },",
               "});",
               "const base = new TileLayer({ source: wmsSource });"]
    else:
        n, decl = js_decl(rng, s)
        url = tile_url_for(rng, s)
        if s.mode != "empty":
            url = url.replace(s.emb(), "' + " + n + " + '")
        else:
            url = url + "' + " + n + " + '"
        src = [decl, "",
               "const base = new TileLayer({",
               "  source: new XYZ({",
               "    url: '%s'," % url.replace(" + ''", ""),
               "    maxZoom: 20,",
               "    crossOrigin: 'anonymous',",
               "  }),",
               "});"]
    out = imports + [""] + src + ["",
                                  "export const map = new Map({",
                                  "  target: 'map',",
                                  "  layers: [base],",
                                  "  view: new View({ center: fromLonLat([%.4f, %.4f]), zoom: %d })," % (lon, lat, rng.randint(8, 14)),
                                  "});"]
    return pick(rng, ["src/ol/map.js", "web/src/main.js", "app/static/map-ol.js"]), J(*out)


def t_maplibre_js(rng, s):
    name, lat, lon = place(rng)
    n = var_name(rng, s, rng.choice(["camel", "scream"]))
    head = ["import maplibregl from 'maplibre-gl';", "import 'maplibre-gl/dist/maplibre-gl.css';", ""]
    if s.kind == "maptiler_key":
        body = ["const %s = %s;" % (n, s.lit("js", "'")),
                "const map = new maplibregl.Map({",
                "  container: 'map',",
                "  style: `https://api.maptiler.com/maps/%s/style.json?key=${%s}`," % (pick(rng, ["streets-v2", "outdoor-v2", "dataviz"]), n),
                "  center: [%.4f, %.4f]," % (lon, lat),
                "  zoom: %d," % rng.randint(8, 14),
                "});"]
    elif s.kind in ("mapbox_secret_token",):
        body = ["const %s = %s;" % (n, s.lit("js", "'")),
                "const map = new maplibregl.Map({",
                "  container: 'map',",
                "  style: {",
                "    version: 8,",
                "    sources: {",
                "      sat: { type: 'raster', tiles: [`https://api.mapbox.com/v4/mapbox.satellite/{z}/{x}/{y}@2x.jpg90?access_token=${%s}`], tileSize: 512 }," % n,
                "    },",
                "    layers: [{ id: 'sat', type: 'raster', source: 'sat' }],",
                "  },",
                "  center: [%.4f, %.4f]," % (lon, lat),
                "  zoom: %d," % rng.randint(8, 14),
                "});"]
    else:  # arcgis_api_key / esri_portal_token via transformRequest
        body = ["const %s = %s;" % (n, s.lit("js", "'")),
                "const map = new maplibregl.Map({",
                "  container: 'map',",
                "  style: 'https://basemapstyles-api.arcgis.com/arcgis/rest/services/styles/v2/styles/arcgis/%s'," % pick(rng, ["navigation", "topographic", "streets"]),
                "  center: [%.4f, %.4f]," % (lon, lat),
                "  zoom: %d," % rng.randint(8, 14),
                "  transformRequest: (url) => {",
                "    if (url.includes('arcgis.com')) {",
                "      return { url: url + (url.includes('?') ? '&' : '?') + 'token=' + %s };" % n,
                "    }",
                "    return { url };",
                "  },",
                "});"]
    tail = ["", "map.addControl(new maplibregl.NavigationControl(), 'top-right');",
            "map.on('load', () => {",
            "  map.addSource('parcels', { type: 'geojson', data: '/data/%s.geojson' });" % pick(rng, LAYERS),
            "  map.addLayer({ id: 'parcels-line', type: 'line', source: 'parcels', paint: { 'line-color': '#%s' } });" % rs(rng, HEX, 6),
            "});"]
    return pick(rng, ["src/lib/map.ts", "src/map/init.js", "frontend/map.js", "web/maplibre-setup.js"]), J(*(head + body + tail))


def t_cesium_js(rng, s):
    name, lat, lon = place(rng)
    n = var_name(rng, s, rng.choice(["camel", "scream"]))
    asset = rng.randint(1000000, 3000000)
    out = ["import * as Cesium from 'cesium';",
           "import 'cesium/Build/Cesium/Widgets/widgets.css';",
           "",
           "// ion token for the %s digital-twin viewer" % name if s.obvious else "// viewer bootstrap",
           "const %s = %s;" % (n, s.lit("js", rng.choice(["'", '"']))),
           "Cesium.Ion.defaultAccessToken = %s;" % n,
           "",
           "const viewer = new Cesium.Viewer('cesiumContainer', {",
           "  terrain: Cesium.Terrain.fromWorldTerrain(),",
           "  timeline: false,",
           "  animation: false,",
           "});",
           "",
           "const tileset = await Cesium.Cesium3DTileset.fromIonAssetId(%d);" % asset,
           "viewer.scene.primitives.add(tileset);",
           "viewer.camera.flyTo({",
           "  destination: Cesium.Cartesian3.fromDegrees(%.5f, %.5f, %d)," % (lon, lat, rng.randint(400, 3000)),
           "  orientation: { heading: Cesium.Math.toRadians(%d), pitch: Cesium.Math.toRadians(-%d) }," % (rng.randint(0, 359), rng.randint(20, 60)),
           "});"]
    return pick(rng, ["src/viewer.js", "src/cesium/main.js", "apps/twin/src/index.js"]), J(*out)


def t_cesium_upload_py(rng, s):
    name, lat, lon = place(rng)
    n = var_name(rng, s, rng.choice(["snake", "scream"]))
    out = ['"""Upload a 3D Tiles / LAS asset to Cesium ion (tiling pipeline step)."""',
           "import os",
           "import sys",
           "",
           "import boto3",
           "import requests",
           "",
           "API = \"https://api.cesium.com/v1\"",
           "%s = %s" % (n, s.lit("py", rng.choice(["'", '"']))),
           "",
           "",
           "def create_asset(path, name):",
           "    body = {",
           "        \"name\": name,",
           "        \"description\": \"%s survey %d\"," % (name, rng.randint(2019, 2025)),
           "        \"type\": \"3DTILES\",",
           "        \"options\": {\"sourceType\": \"POINT_CLOUD\", \"position\": [%.5f, %.5f, 0]}," % (lon, lat),
           "    }",
           "    r = requests.post(f\"{API}/assets\", json=body, headers={\"Authorization\": f\"Bearer {%s}\"})" % n,
           "    r.raise_for_status()",
           "    return r.json()",
           "",
           "",
           "def upload(resp, path):",
           "    loc = resp[\"uploadLocation\"]",
           "    s3 = boto3.client(\"s3\", aws_access_key_id=loc[\"accessKey\"], aws_secret_access_key=loc[\"secretAccessKey\"],",
           "                      aws_session_token=loc[\"sessionToken\"], endpoint_url=loc[\"endpoint\"])",
           "    s3.upload_file(path, loc[\"bucket\"], loc[\"prefix\"] + os.path.basename(path))",
           "",
           "",
           "if __name__ == \"__main__\":",
           "    upload(create_asset(sys.argv[1], sys.argv[2]), sys.argv[1])"]
    return pick(rng, ["tools/ion_upload.py", "pipeline/upload_to_ion.py", "scripts/cesium_ion.py"]), J(*out)


def t_style_json(rng, s):
    name, lat, lon = place(rng)
    k = s.kind
    v = s.emb()
    if k == "maptiler_key":
        src = {"type": "vector", "url": "https://api.maptiler.com/tiles/v3/tiles.json?key=%s" % v}
        glyphs = "https://api.maptiler.com/fonts/{fontstack}/{range}.pbf?key=%s" % v
    elif k == "mapbox_secret_token":
        src = {"type": "vector", "tiles": ["https://api.mapbox.com/v4/mapbox.mapbox-streets-v8/{z}/{x}/{y}.vector.pbf?access_token=%s" % v]}
        glyphs = "mapbox://fonts/mapbox/{fontstack}/{range}.pbf"
    elif k == "tomtom_api_key":
        src = {"type": "vector", "tiles": ["https://api.tomtom.com/map/1/tile/basic/main/{z}/{x}/{y}.pbf?key=%s" % v]}
        glyphs = "https://api.tomtom.com/maps-sdk-for-web/cdn/glyphs/{fontstack}/{range}.pbf"
    elif k == "here_api_key":
        src = {"type": "vector", "tiles": ["https://vector.hereapi.com/v2/vectortiles/base/mc/{z}/{x}/{y}/omv?apikey=%s" % v]}
        glyphs = "https://demotiles.maplibre.org/font/{fontstack}/{range}.pbf"
    else:  # arcgis
        src = {"type": "vector", "tiles": ["https://basemaps-api.arcgis.com/arcgis/rest/services/World_Basemap_v2/VectorTileServer/tile/{z}/{y}/{x}.pbf?token=%s" % v]}
        glyphs = "https://basemaps-api.arcgis.com/arcgis/rest/services/World_Basemap_v2/VectorTileServer/resources/fonts/{fontstack}/{range}.pbf"
    if src.get("type") == "vector":
        src["minzoom"] = 0
        src["maxzoom"] = 14
    style = {
        "version": 8,
        "name": "%s %s" % (name, pick(rng, ["Light", "Dark", "Outdoor", "Cadastre"])),
        "metadata": {"maputnik:renderer": "mlgljs", "org": s.org},
        "center": [round(lon, 4), round(lat, 4)],
        "zoom": rng.randint(8, 13),
        "sources": {"base": src,
                    "parcels": {"type": "geojson", "data": "./data/%s.geojson" % pick(rng, LAYERS)}},
        "glyphs": glyphs,
        "layers": [
            {"id": "background", "type": "background", "paint": {"background-color": "#%s" % rs(rng, HEX, 6)}},
            {"id": "water", "type": "fill", "source": "base", "source-layer": "water",
             "paint": {"fill-color": "#%s" % rs(rng, HEX, 6)}},
            {"id": "roads", "type": "line", "source": "base", "source-layer": "transportation",
             "paint": {"line-color": "#%s" % rs(rng, HEX, 6), "line-width": ["interpolate", ["linear"], ["zoom"], 10, 0.5, 16, 3]}},
            {"id": "parcels", "type": "line", "source": "parcels", "paint": {"line-color": "#c0392b"}},
        ],
    }
    return pick(rng, ["styles/%s.json" % slug(name)[:5], "style.json", "public/styles/basemap.json", "assets/map-style.json"]), pretty_json(style, rng.choice([2, 4])) + "\n"


def t_py_postgis(rng, s):
    name, lat, lon = place(rng)
    db = pick(rng, DB_NAMES)
    host = fmt_host(rng, s.org)
    lyr = pick(rng, LAYERS)
    variant = rng.randrange(3)
    if variant == 0 or s.mode == "env":
        conn = ["engine = create_engine(", "    URL.create(", "        \"postgresql+psycopg2\",",
                "        username=\"%s\"," % s.user,
                "        password=%s," % s.lit("py"),
                "        host=\"%s\"," % host, "        port=5432,", "        database=\"%s\"," % db, "    )", ")"]
    elif variant == 1:
        conn = ["engine = create_engine(\"postgresql://%s:%s@%s:5432/%s\")" % (s.user, s.emb(), host, db)]
    else:
        n = var_name(rng, s, "scream")
        conn = ["%s = \"%s\"" % ("PG_DSN" if s.obvious else n, "host=%s dbname=%s user=%s password=%s" % (host, db, s.user, s.emb())),
                "engine = create_engine(\"postgresql+psycopg2://\", connect_args={\"dsn\": %s})" % ("PG_DSN" if s.obvious else n)]
    out = ["import geopandas as gpd",
           "from shapely.geometry import box",
           "from sqlalchemy import create_engine",
           "from sqlalchemy.engine import URL",
           "", ] + conn + [
           "",
           "AOI = box(%.4f, %.4f, %.4f, %.4f)" % bbox_for(rng, lat, lon),
           "",
           "",
           "def load_%s():" % lyr,
           "    sql = \"SELECT gid, name, geom FROM public.%s WHERE geom && ST_MakeEnvelope(%%s, %%s, %%s, %%s, 4326)\"" % lyr,
           "    gdf = gpd.read_postgis(sql, engine, geom_col=\"geom\", params=AOI.bounds)",
           "    return gdf.to_crs(epsg=%d)" % pick(rng, EPSGS),
           "",
           "",
           "if __name__ == \"__main__\":",
           "    gdf = load_%s()" % lyr,
           "    gdf.to_file(\"out/%s.gpkg\", layer=\"%s\", driver=\"GPKG\")" % (lyr, lyr),
           "    print(len(gdf), \"features written\")"]
    return pick(rng, ["etl/load_%s.py" % lyr, "scripts/export_%s.py" % lyr, "notebooks/helpers/db.py", "gis/io.py"]), J(*out)


def t_py_rasterio_earthdata(rng, s):
    name, lat, lon = place(rng)
    tile = "T%02d%s" % (rng.randint(10, 60), rs(rng, string.ascii_uppercase, 3))
    if s.kind == "earthdata_token":
        n = var_name(rng, s, rng.choice(["snake", "scream"]))
        auth = ["%s = %s" % (n, s.lit("py")),
                "env = rasterio.Env(GDAL_HTTP_HEADERS=f\"Authorization: Bearer {%s}\"," % n,
                "                   GDAL_DISABLE_READDIR_ON_OPEN=\"EMPTY_DIR\")"]
    else:
        auth = ["env = rasterio.Env(GDAL_HTTP_AUTH=\"BASIC\",",
                "                   GDAL_HTTP_USERPWD=\"%s:%s\"," % (s.user, s.emb()),
                "                   GDAL_DISABLE_READDIR_ON_OPEN=\"EMPTY_DIR\")"]
    out = ["import numpy as np",
           "import rasterio",
           "from rasterio.windows import from_bounds",
           "",
           "HLS = \"https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSS30.020\"",
           "GRANULE = \"HLS.S30.%s.2024%03dT%02d%02d%02d.v2.0\"" % (tile, rng.randint(1, 365), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
           "BBOX = (%.4f, %.4f, %.4f, %.4f)" % bbox_for(rng, lat, lon, 0.05),
           ""] + auth + [
           "",
           "",
           "def read_band(band):",
           "    url = f\"{HLS}/{GRANULE}/{GRANULE}.{band}.tif\"",
           "    with env, rasterio.open(url) as src:",
           "        win = from_bounds(*BBOX, transform=src.transform)",
           "        return src.read(1, window=win).astype(\"float32\") * 0.0001",
           "",
           "",
           "red, nir = read_band(\"B04\"), read_band(\"B8A\")",
           "ndvi = (nir - red) / np.clip(nir + red, 1e-6, None)",
           "print(\"mean NDVI\", float(np.nanmean(ndvi)))"]
    return pick(rng, ["eo/ndvi_hls.py", "pipeline/read_hls.py", "src/eo/fetch.py"]), J(*out)


def t_py_sentinelhub(rng, s):
    name, lat, lon = place(rng)
    cdse = s.public_id and s.public_id.startswith("sh-")
    cid = s.public_id or ruuid(rng)
    n = "config.sh_client_secret"
    lines = ["from sentinelhub import (",
             "    SHConfig, BBox, CRS, DataCollection, MimeType, SentinelHubRequest, bbox_to_dimensions,",
             ")",
             "",
             "config = SHConfig()",
             "config.sh_client_id = \"%s\"" % cid]
    if s.obvious:
        lines.append("%s = %s" % (n, s.lit("py")))
    else:
        lines = lines[:4] + ["config = SHConfig(\"%s\", sh_client_id=\"%s\", sh_client_secret=%s)" % (pick(rng, ["eo", "prod", "default-profile"]), cid, s.lit("py"))]
    if cdse or rng.random() < 0.3:
        lines += ["config.sh_token_url = \"https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token\"",
                  "config.sh_base_url = \"https://sh.dataspace.copernicus.eu\""]
    bb = bbox_for(rng, lat, lon, 0.05)
    lines += ["",
              "evalscript = \"\"\"",
              "//VERSION=3",
              "function setup() { return { input: [\"B02\", \"B03\", \"B04\"], output: { bands: 3 } }; }",
              "function evaluatePixel(s) { return [2.5 * s.B04, 2.5 * s.B03, 2.5 * s.B02]; }",
              "\"\"\"",
              "",
              "aoi = BBox(bbox=[%.4f, %.4f, %.4f, %.4f], crs=CRS.WGS84)" % bb,
              "request = SentinelHubRequest(",
              "    evalscript=evalscript,",
              "    input_data=[SentinelHubRequest.input_data(DataCollection.SENTINEL2_L2A, time_interval=(\"2024-0%d-01\", \"2024-0%d-28\"))]," % (rng.randint(4, 6), rng.randint(7, 9)),
              "    responses=[SentinelHubRequest.output_response(\"default\", MimeType.TIFF)],",
              "    bbox=aoi,",
              "    size=bbox_to_dimensions(aoi, resolution=10),",
              "    config=config,",
              "    data_folder=\"data/%s\"," % slug(name)[:5],
              ")",
              "request.get_data(save_data=True)"]
    return pick(rng, ["eo/s2_truecolor.py", "pipelines/sentinelhub_fetch.py", "scripts/download_s2.py"]), J(*lines)


def t_py_planet(rng, s):
    name, lat, lon = place(rng)
    bb = bbox_for(rng, lat, lon, 0.03)
    n = var_name(rng, s, rng.choice(["snake", "scream"]))
    variant = rng.randrange(2)
    if variant == 0:
        auth = ["%s = %s" % (n, s.lit("py")), "session = requests.Session()", "session.auth = (%s, \"\")" % n]
    else:
        auth = ["session = requests.Session()",
                "session.headers[\"Authorization\"] = \"api-key \" + %s" % s.lit("py")]
    out = ["import json", "", "import requests", "",
           "SEARCH = \"https://api.planet.com/data/v1/quick-search\"", ""] + auth + [
           "",
           "aoi = {",
           "    \"type\": \"Polygon\",",
           "    \"coordinates\": [[[%.4f, %.4f], [%.4f, %.4f], [%.4f, %.4f], [%.4f, %.4f], [%.4f, %.4f]]]," % (
               bb[0], bb[1], bb[2], bb[1], bb[2], bb[3], bb[0], bb[3], bb[0], bb[1]),
           "}",
           "filt = {",
           "    \"type\": \"AndFilter\",",
           "    \"config\": [",
           "        {\"type\": \"GeometryFilter\", \"field_name\": \"geometry\", \"config\": aoi},",
           "        {\"type\": \"RangeFilter\", \"field_name\": \"cloud_cover\", \"config\": {\"lte\": %.1f}}," % rng.choice([0.1, 0.2, 0.05]),
           "    ],",
           "}",
           "resp = session.post(SEARCH, json={\"item_types\": [\"PSScene\"], \"filter\": filt})",
           "resp.raise_for_status()",
           "for feat in resp.json()[\"features\"]:",
           "    print(feat[\"id\"], feat[\"properties\"][\"acquired\"], feat[\"properties\"][\"cloud_cover\"])"]
    return pick(rng, ["planet/search_scenes.py", "eo/planet_search.py", "scripts/ps_quicksearch.py"]), J(*out)


def t_py_arcgis(rng, s):
    name, lat, lon = place(rng)
    k = s.kind
    org_url = "https://%s.maps.arcgis.com" % s.org.replace("-", "")
    svc = "https://services%d.arcgis.com/%s/arcgis/rest/services/%s/FeatureServer/0" % (rng.randint(1, 9), rs(rng, ALNUM, 16), pick(rng, ["Parcels", "Hydrants", "Street_Trees", "Survey_Points"]))
    if k == "arcgis_api_key":
        n = var_name(rng, s, "snake")
        body = ["%s = %s" % (n, s.lit("py")),
                "gis = GIS(\"https://www.arcgis.com\", api_key=%s)" % n,
                "geocoded = geocode(\"%s\", max_locations=1)[0]" % name,
                "print(geocoded[\"location\"])"]
    elif k == "arcgis_oauth_client_secret":
        sn = "CLIENT_SECRET" if s.obvious else neutral_name(rng, "scream")
        body = ["CLIENT_ID = \"%s\"" % (s.public_id or rs(rng, ALNUM, 16)),
                "%s = %s" % (sn, s.lit("py")),
                "",
                "resp = requests.post(\"https://www.arcgis.com/sharing/rest/oauth2/token\", data={",
                "    \"client_id\": CLIENT_ID,",
                "    \"client_secret\": %s," % sn,
                "    \"grant_type\": \"client_credentials\",",
                "    \"expiration\": 1440,",
                "})",
                "token = resp.json()[\"access_token\"]",
                "gis = GIS(\"%s\", token=token)" % org_url]
    else:
        body = ["layer_url = \"%s\"" % svc,
                "params = {\"where\": \"1=1\", \"outFields\": \"*\", \"f\": \"geojson\", \"token\": %s}" % s.lit("py"),
                "fc = requests.get(layer_url + \"/query\", params=params, timeout=60).json()",
                "print(len(fc[\"features\"]), \"features\")"]
    out = ["import requests", "from arcgis.gis import GIS", "from arcgis.geocoding import geocode", ""] + body + [
           "",
           "# sync the %s layer into the local GeoPackage" % name,
           "OUT = \"data/%s_arcgis.gpkg\"" % slug(name)[:5]]
    return pick(rng, ["arcgis/sync_layers.py", "scripts/agol_export.py", "tools/arcgis_geocode.py"]), J(*out)


def t_py_geocode(rng, s):
    name, lat, lon = place(rng)
    k = s.kind
    n = var_name(rng, s, rng.choice(["snake", "scream"]))
    if k == "google_maps_server_key":
        url = "https://maps.googleapis.com/maps/api/geocode/json"
        params = "{\"address\": addr, \"key\": %s}" % n
    elif k == "here_api_key":
        url = "https://geocode.search.hereapi.com/v1/geocode"
        params = "{\"q\": addr, \"apiKey\": %s}" % n
    elif k == "tomtom_api_key":
        url = "https://api.tomtom.com/search/2/geocode/{addr}.json"
        params = "{\"key\": %s, \"limit\": 1}" % n
    elif k == "maptiler_key":
        url = "https://api.maptiler.com/geocoding/{addr}.json"
        params = "{\"key\": %s, \"limit\": 1}" % n
    else:
        url = "https://api.mapbox.com/search/geocode/v6/forward"
        params = "{\"q\": addr, \"access_token\": %s, \"limit\": 1}" % n
    out = ["\"\"\"Batch-geocode the address table before loading into PostGIS.\"\"\"",
           "import csv",
           "import time",
           "",
           "import requests",
           "",
           "%s = %s" % (n, s.lit("py", rng.choice(["'", '"']))),
           "URL = \"%s\"" % url,
           "",
           "",
           "def geocode(addr):",
           "    r = requests.get(URL.format(addr=requests.utils.quote(addr)), params=%s, timeout=20)" % params,
           "    r.raise_for_status()",
           "    return r.json()",
           "",
           "",
           "with open(\"data/addresses_%s.csv\", newline=\"\") as fh, open(\"out/geocoded.csv\", \"w\", newline=\"\") as out:" % slug(name)[:5],
           "    w = csv.writer(out)",
           "    for row in csv.DictReader(fh):",
           "        res = geocode(row[\"address\"])",
           "        w.writerow([row[\"id\"], row[\"address\"], res])",
           "        time.sleep(%.2f)" % rng.choice([0.05, 0.1, 0.2])]
    return pick(rng, ["etl/geocode_addresses.py", "scripts/geocode.py", "src/geocoding/batch.py"]), J(*out)


def t_py_carto(rng, s):
    user = s.org.replace("-", "")
    lyr = pick(rng, LAYERS)
    n = var_name(rng, s, rng.choice(["snake", "scream"]))
    out = ["import geopandas as gpd",
           "import requests",
           "",
           "CARTO_USER = \"%s\"" % user,
           "%s = %s" % (n, s.lit("py")),
           "SQL_API = f\"https://{CARTO_USER}.carto.com/api/v2/sql\"",
           "",
           "",
           "def query(sql):",
           "    r = requests.get(SQL_API, params={\"q\": sql, \"format\": \"GeoJSON\", \"api_key\": %s})" % n,
           "    r.raise_for_status()",
           "    return gpd.GeoDataFrame.from_features(r.json()[\"features\"], crs=4326)",
           "",
           "",
           "gdf = query(\"SELECT cartodb_id, name, the_geom FROM %s WHERE updated_at > now() - interval '7 days'\")" % lyr,
           "gdf.to_file(\"out/%s_recent.geojson\", driver=\"GeoJSON\")" % lyr]
    return pick(rng, ["carto/pull_%s.py" % lyr, "scripts/carto_sync.py"]), J(*out)


def t_r_postgis(rng, s):
    name, lat, lon = place(rng)
    lyr = pick(rng, LAYERS)
    out = ["library(sf)",
           "library(DBI)",
           "library(dplyr)",
           "library(tmap)",
           "",
           "con <- dbConnect(",
           "  RPostgres::Postgres(),",
           "  dbname   = \"%s\"," % pick(rng, DB_NAMES),
           "  host     = \"%s\"," % fmt_host(rng, s.org),
           "  port     = 5432,",
           "  user     = \"%s\"," % s.user,
           ("  password = %s" % s.lit("r")) if s.obvious else ("  %s" % s.lit("r")),
           ")",
           "",
           "%s <- st_read(con, query = \"SELECT * FROM public.%s\")" % (lyr, lyr),
           "%s <- st_transform(%s, %d)" % (lyr, lyr, pick(rng, EPSGS)),
           "",
           "tm_shape(%s) +" % lyr,
           "  tm_polygons(col = \"area_ha\", palette = \"viridis\", title = \"Area (ha)\") +",
           "  tm_layout(main.title = \"%s %s\")" % (name, lyr),
           "",
           "dbDisconnect(con)"]
    if not s.obvious and s.mode != "env":
        # less obvious: credentials inside a libpq URI passed as dbname
        out[5:13] = ["con <- dbConnect(RPostgres::Postgres(),",
                     "  dbname = \"postgresql://%s:%s@%s:5432/%s\")" % (s.user, s.emb(), fmt_host(rng, s.org), pick(rng, DB_NAMES))]
    return pick(rng, ["R/load_%s.R" % lyr, "analysis/%s_map.R" % lyr, "scripts/db_connect.R"]), J(*out)


def t_r_keys(rng, s):
    name, lat, lon = place(rng)
    k = s.kind
    if k == "mapbox_secret_token":
        setk = ["mb_access_token(%s, install = FALSE)" % s.lit("r"),
                "iso <- mb_isochrone(c(%.4f, %.4f), profile = \"driving\", time = c(10, 20, 30))" % (lon, lat)]
        libs = ["library(mapboxapi)"]
    elif k == "google_maps_server_key":
        setk = ["register_google(key = %s)" % s.lit("r"),
                "pts <- mutate_geocode(addresses, address)"]
        libs = ["library(ggmap)"]
    elif k == "here_api_key":
        setk = ["set_key(%s)" % s.lit("r"),
                "iso <- isoline(poi = st_sfc(st_point(c(%.4f, %.4f)), crs = 4326), range = c(600, 1200))" % (lon, lat)]
        libs = ["library(hereR)"]
    elif k == "tomtom_api_key":
        setk = ["tt_key <- %s" % s.lit("r"),
                "res <- httr::GET(sprintf(\"https://api.tomtom.com/routing/1/calculateRoute/%s/json\", legs),",
                "                 query = list(key = tt_key, traffic = \"true\"))"]
        libs = ["library(httr)"]
    else:  # carto
        setk = ["res <- httr::GET(\"https://%s.carto.com/api/v2/sql\"," % s.org.replace("-", ""),
                "                 query = list(q = \"SELECT * FROM %s\", format = \"GeoJSON\", api_key = %s))" % (pick(rng, LAYERS), s.lit("r"))]
        libs = ["library(httr)"]
    out = ["# %s accessibility analysis" % name,
           "library(sf)",
           "library(dplyr)"] + libs + [
           "",
           "addresses <- read.csv(\"data/%s_addresses.csv\", stringsAsFactors = FALSE)" % slug(name)[:5],
           "legs <- \"%.5f,%.5f:%.5f,%.5f\"" % (lat, lon, lat + 0.02, lon + 0.03),
           ""] + setk + [
           "",
           "saveRDS(list(created = Sys.time()), \"cache/run_meta.rds\")"]
    return pick(rng, ["R/isochrones.R", "analysis/access.R", "scripts/geocode.R"]), J(*out)


def t_renviron(rng, s):
    env = s.env if s.obvious else name_fmt(pick(rng, NEUTRAL_WORDS), "scream")
    lines = ["# project-local R environment (read at startup)",
             "R_LIBS_USER=~/R/%s-library" % s.org,
             "GDAL_CACHEMAX=%d" % rng.choice([512, 1024]),
             "PROJ_NETWORK=ON",
             "TMAP_MODE=%s" % rng.choice(["plot", "view"])]
    if s.kind in ("earthdata_password", "copernicus_password"):
        lines.append(("EARTHDATA_USER=%s" if s.kind == "earthdata_password" else "COPERNICUS_USER=%s") % s.user)
    lines.append("%s=%s" % (env, s.emb()))
    lines += ["OGR_GEOMETRY_ACCEPT_UNCLOSED_RING=NO", "R_MAX_VSIZE=%dGb" % rng.choice([16, 32])]
    return ".Renviron", J(*lines)


def nb_cell(kind, src_lines, outputs=None, n=None):
    src = [l + "\n" for l in src_lines]
    if src:
        src[-1] = src[-1].rstrip("\n")
    if kind == "markdown":
        return {"cell_type": "markdown", "metadata": {}, "source": src}
    return {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outputs or [], "source": src}


def notebook(cells):
    nb = {"cells": cells,
          "metadata": {"kernelspec": {"display_name": "Python 3 (geo)", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def t_ipynb(rng, s):
    name, lat, lon = place(rng)
    k = s.kind
    bb = bbox_for(rng, lat, lon, 0.1)
    n = var_name(rng, s, "snake")
    if k == "planet_api_key":
        auth = ["from planet import Auth, Session", "%s = %s" % (n, s.lit("py")), "auth = Auth.from_key(%s)" % n]
        work = ["async with Session(auth=auth) as sess:", "    cl = sess.client('data')",
                "    items = [i async for i in cl.search(['PSScene'], search_filter=sf, limit=50)]", "len(items)"]
    elif k == "sentinelhub_client_secret":
        auth = ["from sentinelhub import SHConfig", "config = SHConfig()",
                "config.sh_client_id = '%s'" % (s.public_id or ruuid(rng)),
                "config.sh_client_secret = %s" % s.lit("py", "'")]
        work = ["from sentinelhub import SentinelHubCatalog", "catalog = SentinelHubCatalog(config=config)",
                "res = list(catalog.search('sentinel-2-l2a', bbox=aoi, time=('2024-05-01', '2024-09-30')))", "len(res)"]
    elif k == "earthdata_token":
        auth = ["import earthaccess", "import os", "os.environ['EARTHDATA_TOKEN'] = %s" % s.lit("py", "'"),
                "auth = earthaccess.login(strategy='environment')"]
        work = ["results = earthaccess.search_data(short_name='HLSL30', bounding_box=bbox, temporal=('2024-06-01', '2024-08-31'))",
                "files = earthaccess.download(results[:4], 'data/hls')"]
    elif k == "earthdata_password":
        auth = ["import earthaccess", "import os", "os.environ['EARTHDATA_USERNAME'] = '%s'" % s.user,
                "os.environ['EARTHDATA_PASSWORD'] = %s" % s.lit("py", "'"),
                "auth = earthaccess.login(strategy='environment')"]
        work = ["results = earthaccess.search_data(short_name='MOD13Q1', bounding_box=bbox, count=10)",
                "earthaccess.download(results, 'data/modis')"]
    elif k == "copernicus_password":
        auth = ["from sentinelsat import SentinelAPI",
                "api = SentinelAPI('%s', %s, 'https://apihub.copernicus.eu/apihub')" % (s.user, s.lit("py", "'"))]
        work = ["products = api.query(footprint, date=('20240601', '20240630'), platformname='Sentinel-2', cloudcoverpercentage=(0, 20))",
                "api.to_geodataframe(products).head()"]
    elif k == "cds_api_key":
        auth = ["import cdsapi",
                "c = cdsapi.Client(url='https://cds.climate.copernicus.eu/api', key=%s)" % s.lit("py", "'")]
        work = ["c.retrieve('reanalysis-era5-single-levels', {'product_type': ['reanalysis'], 'variable': ['2m_temperature'],",
                "           'year': ['2023'], 'month': ['07'], 'day': ['01'], 'time': ['12:00'], 'area': [%.2f, %.2f, %.2f, %.2f]," % (bb[3], bb[0], bb[1], bb[2]),
                "           'data_format': 'netcdf'}, 'data/era5_t2m.nc')"]
    else:  # google maps server key
        auth = ["import googlemaps", "gmaps = googlemaps.Client(key=%s)" % s.lit("py", "'")]
        work = ["res = gmaps.elevation([(%.5f, %.5f), (%.5f, %.5f)])" % (lat, lon, lat + 0.01, lon + 0.01), "res"]
    cells = [nb_cell("markdown", ["# %s: %s" % (name, pick(rng, ["scene search", "NDVI time series", "flood mapping", "data download"])),
                                  "", "AOI and credentials setup, then search and download."]),
             nb_cell("code", ["import geopandas as gpd", "from shapely.geometry import box",
                              "bbox = (%.4f, %.4f, %.4f, %.4f)" % bb, "aoi = box(*bbox)",
                              "footprint = aoi.wkt"], n=1),
             nb_cell("code", auth, n=2),
             nb_cell("code", work, n=3,
                     outputs=[{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                               "data": {"text/plain": [str(rng.randint(3, 48))]}}])]
    return pick(rng, ["notebooks/%s_search.ipynb" % slug(name)[:5], "notebooks/01_download.ipynb", "eo/explore.ipynb"]), notebook(cells)


def t_compose_postgis(rng, s):
    db = pick(rng, DB_NAMES)
    val = s.emb()
    q = rng.choice(["", '"', "'"])
    if s.mode == "empty":
        q = '"'
    pwline = "      POSTGRES_PASSWORD: %s%s%s" % (q, val, q)
    if s.mode == "env" and rng.random() < 0.5:
        pwline = "      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password"
    out = ["services:",
           "  db:",
           "    image: postgis/postgis:%s" % pick(rng, ["16-3.4", "15-3.4-alpine", "17-3.5", "14-3.3"]),
           "    restart: unless-stopped",
           "    environment:",
           "      POSTGRES_DB: %s" % db,
           "      POSTGRES_USER: %s" % s.user,
           pwline,
           "      PGDATA: /var/lib/postgresql/data/pgdata",
           "    ports:",
           "      - \"%d:5432\"" % rng.choice([5432, 5433, 25432]),
           "    volumes:",
           "      - pgdata:/var/lib/postgresql/data",
           "      - ./db/init:/docker-entrypoint-initdb.d:ro",
           "    healthcheck:",
           "      test: [\"CMD-SHELL\", \"pg_isready -U %s -d %s\"]" % (s.user, db),
           "      interval: 10s",
           "  pg_tileserv:",
           "    image: pramsey/pg_tileserv:latest",
           "    depends_on: [db]",
           "    environment:",
           "      DATABASE_URL: postgresql://%s@db/%s" % (s.user, db),
           "    ports:",
           "      - \"7800:7800\"",
           "",
           "volumes:",
           "  pgdata:"]
    return pick(rng, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.postgis.yml"]), J(*out)


def t_compose_geoserver(rng, s):
    q = rng.choice(["", '"'])
    if s.mode == "empty":
        q = '"'
    out = ["version: \"3.8\"",
           "services:",
           "  geoserver:",
           "    image: kartoza/geoserver:%s" % pick(rng, ["2.24.2", "2.25.0", "2.23.1"]),
           "    container_name: geoserver",
           "    volumes:",
           "      - geoserver-data:/opt/geoserver/data_dir",
           "      - ./styles:/opt/geoserver/data_dir/styles:ro",
           "    ports:",
           "      - \"8600:8080\"",
           "    environment:",
           "      - GEOSERVER_ADMIN_USER=%s" % pick(rng, ["admin", "gsadmin", s.user]),
           "      - GEOSERVER_ADMIN_PASSWORD=%s%s%s" % (q, s.emb(), q),
           "      - INITIAL_MEMORY=2G",
           "      - MAXIMUM_MEMORY=4G",
           "      - STABLE_EXTENSIONS=%s" % pick(rng, ["vectortiles-plugin,wps-plugin", "importer-plugin", "css-plugin,mbstyle-plugin"]),
           "      - GEOWEBCACHE_CACHE_DIR=/opt/geoserver/gwc",
           "    restart: on-failure",
           "    healthcheck:",
           "      test: \"curl --fail --silent --write-out 'HTTP CODE : %{http_code}\\n' --output /dev/null http://localhost:8080/geoserver\"",
           "      interval: 60s",
           "",
           "volumes:",
           "  geoserver-data:"]
    return pick(rng, ["docker-compose.yml", "geoserver/docker-compose.yml", "infra/compose.geoserver.yaml"]), J(*out)


def t_netrc(rng, s):
    k = s.kind
    if k == "earthdata_password":
        m = "urs.earthdata.nasa.gov"
    elif k == "copernicus_password":
        m = pick(rng, ["apihub.copernicus.eu", "identity.dataspace.copernicus.eu", "zipper.dataspace.copernicus.eu"])
    else:
        m = pick(rng, ["wms.%s.net" % s.org, "ows.%s.io" % s.org, "geodata.%s.org" % s.org])
    lines = []
    if rng.random() < 0.5:
        lines += ["machine %s login %s password %s" % (m, s.user, s.emb())]
    else:
        lines += ["machine %s" % m, "    login %s" % s.user, "    password %s" % s.emb()]
    if rng.random() < 0.4:
        lines += ["", "default login anonymous password %s@%s.org" % (s.user.split(".")[0], s.org)]
    pad_comments(lines, ["# ~/.netrc -- keep chmod 600", "# created by setup_eo.sh for the download workers",
                         "# read by curl -n, wget and GDAL (GDAL_HTTP_NETRC=YES)", "# one machine block per host", "#"])
    return pick(rng, [".netrc", "docker/eo-worker/netrc", "config/.netrc"]), J(*lines)


def t_cdsapirc(rng, s):
    if rng.random() < 0.7 or s.mode != "literal":
        lines = ["url: https://cds.climate.copernicus.eu/api", "key: %s" % s.emb()]
    else:
        lines = ["url: https://cds.climate.copernicus.eu/api", "key: %s" % s.emb(), "verify: 1"]
    pad_comments(lines, ["# Copernicus Climate Data Store API client config", "# read by cdsapi.Client() in era5/download.py",
                         "# https://cds.climate.copernicus.eu/how-to-api", "#"])
    return pick(rng, [".cdsapirc", "docker/era5/.cdsapirc", "config/cdsapirc"]), J(*lines)


def t_pipeline_yaml(rng, s):
    name, lat, lon = place(rng)
    bb = bbox_for(rng, lat, lon)
    k = s.kind
    key = var_name(rng, s, rng.choice(["snake", "kebab"]))
    v = s.emb()
    q = rng.choice(['"', "'", ""]) if v and s.mode in ("literal",) else '"'
    sec = {"planet_api_key": ("planet", "https://api.planet.com/data/v1"),
           "sentinelhub_client_secret": ("sentinelhub", "https://services.sentinel-hub.com"),
           "earthdata_token": ("earthdata", "https://cmr.earthdata.nasa.gov/search"),
           "cds_api_key": ("era5", "https://cds.climate.copernicus.eu/api"),
           "maptiler_key": ("basemap", "https://api.maptiler.com"),
           "here_api_key": ("routing", "https://router.hereapi.com/v8"),
           "carto_api_key": ("carto", "https://%s.carto.com" % s.org.replace("-", "")),
           "mapbox_scoped_token": ("tilesets", "https://api.mapbox.com/tilesets/v1"),
           "tomtom_api_key": ("traffic", "https://api.tomtom.com/traffic"),
           "google_maps_server_key": ("elevation", "https://maps.googleapis.com/maps/api/elevation")}[k]
    lines = ["# EO pipeline configuration for %s" % name,
             "project: %s-%s" % (s.org, slug(name)[:5]),
             "aoi:",
             "  bbox: [%s, %s, %s, %s]" % bb,
             "  crs: EPSG:4326",
             "output:",
             "  crs: EPSG:%d" % pick(rng, EPSGS),
             "  resolution: %d" % rng.choice([10, 20, 30]),
             "  format: COG",
             "  bucket: s3://%s-eo-products/%s" % (s.org, slug(name)[:5]),
             "",
             "%s:" % sec[0],
             "  base_url: %s" % sec[1]]
    if s.public_id:
        lines.append("  client_id: %s" % s.public_id)
    lines += ["  %s: %s%s%s" % (key, q, v, q),
              "  timeout_s: %d" % rng.choice([30, 60, 120]),
              "  retries: %d" % rng.randint(2, 5),
              "",
              "schedule:",
              "  cron: \"%d %d * * *\"" % (rng.randint(0, 59), rng.randint(0, 23)),
              "  max_cloud_cover: %d" % rng.choice([10, 20, 30])]
    return pick(rng, ["config/pipeline.yml", "pipeline.yaml", "conf/eo_%s.yaml" % slug(name)[:5], "settings/ingest.yml"]), J(*lines)


def t_toml(rng, s):
    k = s.kind
    v = s.emb()
    if k == "sentinelhub_client_secret":
        lines = ["[default-profile]",
                 "instance_id = \"\"",
                 "sh_client_id = \"%s\"" % (s.public_id or ruuid(rng)),
                 "sh_client_secret = \"%s\"" % v,
                 "sh_base_url = \"https://services.sentinel-hub.com\"",
                 "sh_token_url = \"https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token\"",
                 "max_download_attempts = %d" % rng.randint(3, 6),
                 "download_sleep_time = 5.0",
                 "",
                 "[cdse]",
                 "sh_base_url = \"https://sh.dataspace.copernicus.eu\""]
        return pick(rng, ["config.toml", ".config/sentinelhub/config.toml", "sentinelhub/config.toml"]), J(*lines)
    key = var_name(rng, s, "snake")
    sect = {"planet_api_key": "planet", "earthdata_token": "earthdata", "here_api_key": "here",
            "cesium_ion_token": "cesium"}[k]
    name, lat, lon = place(rng)
    lines = ["[project]",
             "name = \"%s-tiles\"" % slug(name)[:5],
             "crs = \"EPSG:%d\"" % pick(rng, EPSGS),
             "bbox = [%s, %s, %s, %s]" % bbox_for(rng, lat, lon),
             "",
             "[cache]",
             "dir = \"~/.cache/%s\"" % s.org,
             "max_gb = %d" % rng.choice([5, 10, 50]),
             "",
             "[%s]" % sect,
             "%s = \"%s\"" % (key, v),
             "timeout = %d" % rng.choice([30, 60])]
    return pick(rng, ["settings.toml", "config/app.toml", "pyproject.d/eo.toml"]), J(*lines)


def t_makefile(rng, s):
    name, lat, lon = place(rng)
    k = s.kind
    var = var_name(rng, s, "scream")
    v = s.emb("make")
    assign = "%s ?= %s" % (var, v)
    if k in ("mapbox_scoped_token", "mapbox_secret_token"):
        tgt = ["upload: build/%s.mbtiles" % slug(name)[:5],
               "\tMAPBOX_ACCESS_TOKEN=$(%s) tilesets upload-source %s %s-src build/%s.geojson.ld" % (var, s.org.replace("-", ""), slug(name)[:5], slug(name)[:5]),
               "\tMAPBOX_ACCESS_TOKEN=$(%s) tilesets publish %s.%s" % (var, s.org.replace("-", ""), slug(name)[:5])]
        if k == "mapbox_scoped_token":
            assign = "# token scopes: tilesets:write tilesets:read tilesets:list\n" + assign
    elif k == "planet_api_key":
        tgt = ["quads:",
               "\tcurl -s -u \"$(%s):\" \"https://api.planet.com/basemaps/v1/mosaics?name__is=$(MOSAIC)\" | jq -r '.mosaics[0].id' > build/mosaic_id" % var]
    elif k == "earthdata_token":
        tgt = ["download:",
               "\twget --header \"Authorization: Bearer $(%s)\" -i granules.txt -P data/raw/" % var]
    else:
        tgt = ["tiles:",
               "\tpython -m tilesdl --bbox $(BBOX) --zoom 10-16 --url \"%s\" --out build/tiles" % tile_url_for(rng, s).replace(s.emb(), "$(%s)" % var) if s.emb() else
               "\tpython -m tilesdl --bbox $(BBOX) --zoom 10-16 --url \"%s$(%s)\" --out build/tiles" % (tile_url_for(rng, s), var)]
    out = ["# Makefile for the %s map tiles" % name,
           "SHELL := /bin/bash",
           "BBOX := %s,%s,%s,%s" % bbox_for(rng, lat, lon),
           "MOSAIC := global_monthly_2024_0%d_mosaic" % rng.randint(1, 9),
           assign,
           "",
           ".PHONY: all clean upload download tiles quads",
           "",
           "all: build/%s.mbtiles" % slug(name)[:5],
           "",
           "build/%s.geojson.ld: data/%s.gpkg" % (slug(name)[:5], pick(rng, LAYERS)),
           "\tmkdir -p build",
           "\togr2ogr -f GeoJSONSeq -t_srs EPSG:4326 $@ $<",
           "",
           "build/%s.mbtiles: build/%s.geojson.ld" % (slug(name)[:5], slug(name)[:5]),
           "\ttippecanoe -zg --drop-densest-as-needed -o $@ $<",
           ""] + tgt + ["", "clean:", "\trm -rf build"]
    return "Makefile", J(*out)


def t_md_runbook(rng, s):
    name, lat, lon = place(rng)
    k = s.kind
    if k == "geoserver_admin_password":
        block = ["curl -u admin:%s -XPOST -H 'Content-Type: text/xml' \\" % s.emb(),
                 "  -d '<workspace><name>%s</name></workspace>' \\" % pick(rng, ["cadastre", "hydro", "osm"]),
                 "  http://localhost:8080/geoserver/rest/workspaces"]
        title = "Recreate GeoServer workspaces"
    elif k == "postgis_password":
        block = ["psql \"postgresql://%s:%s@%s:5432/%s?sslmode=require\" -c 'REFRESH MATERIALIZED VIEW mv_%s;'" % (
            s.user, s.emb(), fmt_host(rng, s.org), pick(rng, DB_NAMES), pick(rng, LAYERS))]
        title = "Refresh the tile views"
    elif k == "mapbox_secret_token":
        block = ["export MAPBOX_ACCESS_TOKEN=%s" % s.emb(),
                 "mapbox upload %s.%s data/%s.mbtiles" % (s.org.replace("-", ""), pick(rng, LAYERS), pick(rng, LAYERS))]
        title = "Publish the tileset"
    elif k == "esri_portal_token":
        block = ["curl \"https://gis.%s.org/server/rest/services/%s/MapServer/0/query?where=1%%3D1&f=json&token=%s\"" % (s.org, pick(rng, ["Utilities", "Parcels"]), s.emb())]
        title = "Check the feature service"
    elif k == "wms_basic_auth_password":
        block = ["gdal_translate -of GTiff -outsize 4096 0 \\",
                 "  --config GDAL_HTTP_USERPWD %s:%s \\" % (s.user, s.emb()),
                 "  \"WMS:https://wms.%s.net/ows?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=ortho&SRS=EPSG:4326&BBOX=%s,%s,%s,%s\" ortho.tif" % ((s.org,) + bbox_for(rng, lat, lon, 0.02))]
        title = "Export an orthophoto snapshot"
    else:  # earthdata_token
        block = ["curl -H \"Authorization: Bearer %s\" -L -O \\" % s.emb(),
                 "  https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSL30.020/HLS.L30.T%02d%s.2024%03dT1530%02d.v2.0/HLS.L30.T%02d%s.2024%03dT1530%02d.v2.0.B05.tif" % (
                     (rng.randint(10, 60), rs(rng, string.ascii_uppercase, 3), rng.randint(1, 365), rng.randint(0, 59)) * 2)]
        title = "Manual HLS download"
    out = ["# %s map stack: runbook" % name,
           "",
           "Owner: %s (GIS platform). Last reviewed %d-%02d-%02d." % (s.user, rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)),
           "",
           "## Services",
           "",
           "| service | url | notes |",
           "|---|---|---|",
           "| GeoServer | http://localhost:8080/geoserver | WMS/WFS, EPSG:%d |" % pick(rng, EPSGS),
           "| pg_tileserv | http://localhost:7800 | vector tiles `{z}/{x}/{y}.pbf` |",
           "| PostGIS | %s:5432 | db `%s` |" % (fmt_host(rng, s.org), pick(rng, DB_NAMES)),
           "",
           "## %s" % title,
           "",
           "```bash"] + block + ["```",
                                 "",
                                 "## Tile cache",
                                 "",
                                 "Seed zoom 0-14 over the AOI `%s,%s,%s,%s` after every import:" % bbox_for(rng, lat, lon),
                                 "",
                                 "```bash",
                                 "gwc-seed --layer %s:%s --zoom 0-14 --format image/png" % (pick(rng, ["base", "cadastre"]), pick(rng, LAYERS)),
                                 "```"]
    return pick(rng, ["docs/runbook.md", "notes/runbook.md", "OPERATIONS.md", "docs/ops/tiles.md"]), J(*out)


def t_gh_workflow(rng, s):
    k = s.kind
    var = s.env if s.obvious else name_fmt(pick(rng, NEUTRAL_WORDS), "scream")
    v = s.emb()
    if s.mode == "env":
        v = "${{ secrets.%s }}" % s.env
    q = rng.choice(['"', "'", ""]) if s.mode == "literal" else '"'
    steps = {"mapbox_scoped_token": "tilesets upload-source %s parcels build/parcels.geojson.ld --replace" % s.org.replace("-", ""),
             "planet_api_key": "python -m eo.planet_orders --aoi config/aoi.geojson",
             "carto_api_key": "python scripts/carto_sync.py --table %s" % pick(rng, LAYERS),
             "cesium_ion_token": "node tools/ion-upload.js build/tileset.json",
             "arcgis_api_key": "python scripts/agol_export.py --out dist/",
             "maptiler_key": "npm run build:tiles"}[k]
    out = ["name: %s" % pick(rng, ["publish-tiles", "nightly-eo", "deploy-map"]),
           "",
           "on:",
           "  schedule:",
           "    - cron: '%d %d * * *'" % (rng.randint(0, 59), rng.randint(0, 23)),
           "  workflow_dispatch:",
           "",
           "jobs:",
           "  build:",
           "    runs-on: ubuntu-latest",
           "    env:",
           "      GDAL_CACHEMAX: 1024",
           "      %s: %s%s%s" % (var, q, v, q),
           "    steps:",
           "      - uses: actions/checkout@v4",
           "      - uses: actions/setup-python@v5",
           "        with:",
           "          python-version: '3.12'",
           "      - name: Install GDAL",
           "        run: sudo apt-get update && sudo apt-get install -y gdal-bin libgdal-dev",
           "      - run: pip install -r requirements.txt",
           "      - name: Publish",
           "        run: %s" % steps]
    return ".github/workflows/%s.yml" % pick(rng, ["tiles", "publish", "nightly", "deploy"]), J(*out)


def t_dotenv(rng, s):
    name, lat, lon = place(rng)
    env = s.env if s.obvious else name_fmt(pick(rng, NEUTRAL_WORDS), "scream")
    lines = ["# %s map app" % name,
             "NODE_ENV=%s" % rng.choice(["production", "development"]),
             "PORT=%d" % rng.choice([3000, 8080, 5173]),
             "DEFAULT_CENTER=%.4f,%.4f" % (lon, lat),
             "DEFAULT_ZOOM=%d" % rng.randint(8, 14),
             "TILE_URL=https://tiles.%s.org/{z}/{x}/{y}.pbf" % s.org,
             "DATABASE_HOST=%s" % fmt_host(rng, s.org)]
    if s.public_id:
        lines.append("%s=%s" % ({"arcgis_oauth_client_secret": "ARCGIS_CLIENT_ID", "sentinelhub_client_secret": "SH_CLIENT_ID",
                                 "here_access_key_secret": "HERE_ACCESS_KEY_ID"}[s.kind], s.public_id))
    if s.kind in PASSWORD_KINDS:
        lines.append("%s=%s" % ({"earthdata_password": "EARTHDATA_USERNAME", "copernicus_password": "CDSE_USER",
                                 "postgis_password": "PGUSER", "geoserver_admin_password": "GEOSERVER_ADMIN_USER",
                                 "wms_basic_auth_password": "WMS_USER"}[s.kind], s.user))
    q = rng.choice(["", '"', "'"]) if s.mode == "literal" else rng.choice(["", '"'])
    lines.append("%s=%s%s%s" % (env, q, s.emb(), q))
    lines += ["LOG_LEVEL=%s" % rng.choice(["info", "debug", "warn"]), "CACHE_TTL=%d" % rng.choice([300, 3600])]
    return pick(rng, [".env", ".env.production", "deploy/.env", "server/.env"]), J(*lines)


def t_spring_props(rng, s):
    k = s.kind
    v = s.emb()
    if s.mode == "env":
        v = "${%s}" % s.env
    lines = ["spring.application.name=%s-geo-service" % s.org,
             "server.port=%d" % rng.choice([8080, 8081, 9090]),
             "spring.jpa.properties.hibernate.dialect=org.hibernate.spatial.dialect.postgis.PostgisPG10Dialect",
             "spring.datasource.url=jdbc:postgresql://%s:5432/%s" % (fmt_host(rng, s.org), pick(rng, DB_NAMES))]
    if k == "postgis_password":
        lines += ["spring.datasource.username=%s" % s.user,
                  ("spring.datasource.password=%s" % v) if s.obvious else ("spring.datasource.hikari.data-source-properties.password=%s" % v)]
    elif k == "arcgis_oauth_client_secret":
        lines += ["arcgis.oauth.client-id=%s" % (s.public_id or rs(rng, ALNUM, 16)),
                  "arcgis.oauth.%s=%s" % ("client-secret" if s.obvious else "app-credential", v)]
    elif k == "here_access_key_secret":
        lines += ["here.access.key.id=%s" % (s.public_id or alnum_start(rng, B64URL, 22)),
                  "here.access.key.secret=%s" % v]
    else:
        prop = {"here_api_key": "here", "tomtom_api_key": "tomtom", "google_maps_server_key": "google.maps"}[k]
        lines += ["%s.%s=%s" % (prop, "api-key" if s.obvious else "param", v)]
    lines += ["geo.default-srid=%d" % pick(rng, EPSGS),
              "geo.tile.cache-seconds=%d" % rng.choice([600, 3600, 86400]),
              "management.endpoints.web.exposure.include=health,info"]
    return pick(rng, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), J(*lines)


def t_pygeoapi(rng, s):
    name, lat, lon = place(rng)
    lyr = pick(rng, LAYERS)
    v = s.emb()
    q = rng.choice(["", '"']) if s.mode == "literal" else '"'
    out = ["server:",
           "  bind:",
           "    host: 0.0.0.0",
           "    port: 5000",
           "  url: https://api.%s.org/ogc" % s.org,
           "  mimetype: application/json; charset=UTF-8",
           "  encoding: utf-8",
           "  languages: [en-US]",
           "  limits:",
           "    default_items: 50",
           "    max_items: 1000",
           "",
           "resources:",
           "  %s:" % lyr,
           "    type: collection",
           "    title: %s %s" % (name, lyr.replace("_", " ")),
           "    keywords: [%s, %s]" % (lyr, slug(name)),
           "    extents:",
           "      spatial:",
           "        bbox: [%s, %s, %s, %s]" % bbox_for(rng, lat, lon),
           "        crs: http://www.opengis.net/def/crs/OGC/1.3/CRS84",
           "    providers:",
           "      - type: feature",
           "        name: PostgreSQL",
           "        data:",
           "          host: %s" % fmt_host(rng, s.org),
           "          port: 5432",
           "          dbname: %s" % pick(rng, DB_NAMES),
           "          user: %s" % s.user,
           "          password: %s%s%s" % (q, v, q),
           "          search_path: [public]",
           "        id_field: gid",
           "        table: %s" % lyr,
           "        geom_field: geom"]
    return pick(rng, ["pygeoapi-config.yml", "config/pygeoapi.config.yml", "deploy/pygeoapi/local.config.yml"]), J(*out)


def t_geoserver_rest_sh(rng, s):
    ws = pick(rng, ["cadastre", "hydro", "utilities", "osm"])
    lyr = pick(rng, LAYERS)
    if s.kind == "geoserver_admin_password":
        gs = pick(rng, ["http://localhost:8080/geoserver", "https://maps.%s.org/geoserver" % s.org])
        auth = "%s:%s" % (pick(rng, ["admin", "gsadmin"]), s.emb())
        body = ["curl -fsS -u \"$AUTH\" -XPOST -H 'Content-type: text/xml' \\",
                "  -d \"<featureType><name>%s</name><srs>EPSG:%d</srs></featureType>\" \\" % (lyr, pick(rng, EPSGS)),
                "  \"$GS/rest/workspaces/%s/datastores/%s_pg/featuretypes\"" % (ws, ws),
                "curl -fsS -u \"$AUTH\" -XPUT -H 'Content-type: application/vnd.ogc.sld+xml' \\",
                "  --data-binary @styles/%s.sld \"$GS/rest/styles/%s\"" % (lyr, lyr)]
    else:
        gs = "https://ows.%s.net/geoserver" % s.org
        auth = "%s:%s" % (s.user, s.emb())
        body = ["curl -fsS -u \"$AUTH\" \\",
                "  \"$GS/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=%s:%s&outputFormat=application/json&srsName=EPSG:4326\" \\" % (ws, lyr),
                "  -o data/%s.geojson" % lyr,
                "ogr2ogr -f GPKG data/%s.gpkg data/%s.geojson -nln %s" % (lyr, lyr, lyr)]
    if s.obvious:
        head = ["GS=%s" % gs, "AUTH=\"%s\"" % auth]
    else:
        head = ["GS=\"${1:-%s}\"" % gs, "AUTH=\"${2:-%s}\"" % auth]
    out = ["#!/bin/sh", "# publish / refresh layers on GeoServer", "set -e", ""] + head + [""] + body + ["", "echo \"done: %s/%s\"" % (ws, lyr)]
    return pick(rng, ["scripts/publish_layers.sh", "bin/geoserver-sync.sh", "ops/wfs_pull.sh"]), J(*out)


def t_ogr2ogr_sh(rng, s):
    name, lat, lon = place(rng)
    lyr = pick(rng, LAYERS)
    k = s.kind
    if k == "postgis_password":
        cmd = ["ogr2ogr -f PostgreSQL \\",
               "  PG:\"host=%s port=5432 dbname=%s user=%s password=%s\" \\" % (fmt_host(rng, s.org), pick(rng, DB_NAMES), s.user, s.emb()),
               "  data/%s.gpkg %s -nln staging.%s -lco GEOMETRY_NAME=geom -t_srs EPSG:4326 -overwrite" % (lyr, lyr, lyr)]
    elif k == "carto_api_key":
        cmd = ["ogr2ogr -f CARTO \"CARTO:%s\" data/%s.gpkg %s \\" % (s.org.replace("-", ""), lyr, lyr),
               "  --config CARTO_API_KEY %s -nln %s_%d -overwrite" % (s.emb(), lyr, rng.randint(2020, 2025))]
    else:  # wms/wfs basic auth
        cmd = ["ogr2ogr -f GPKG data/%s.gpkg \\" % lyr,
               "  \"WFS:https://%s:%s@wfs.%s.net/geoserver/wfs?TYPENAME=%s:%s\" \\" % (s.user, s.emb(), s.org, pick(rng, ["base", "cadastre"]), lyr),
               "  -spat %s %s %s %s -progress" % bbox_for(rng, lat, lon, 0.05)]
    out = ["#!/usr/bin/env bash",
           "# load %s into the database (run from repo root)" % lyr,
           "set -euo pipefail",
           "",
           "mkdir -p data logs",
           "[ -f data/%s.gpkg ] || curl -fsSL -o data/%s.gpkg https://download.%s.org/%s/%s.gpkg" % (lyr, lyr, s.org, slug(name)[:5], lyr),
           ""] + cmd + ["",
                        "echo \"$(date -Iseconds) loaded %s\" >> logs/load.log" % lyr]
    return pick(rng, ["scripts/load_%s.sh" % lyr, "etl/import.sh", "bin/ogr_load.sh"]), J(*out)


def t_pg_service(rng, s):
    db = pick(rng, DB_NAMES)
    lines = ["# ~/.pg_service.conf used by QGIS and psql (service=%s)" % db,
             "[%s]" % db,
             "host=%s" % fmt_host(rng, s.org),
             "port=5432",
             "dbname=%s" % db,
             "user=%s" % s.user,
             "password=%s" % s.emb(),
             "sslmode=%s" % pick(rng, ["require", "verify-full", "prefer"]),
             "",
             "[%s_readonly]" % db,
             "host=%s" % fmt_host(rng, s.org),
             "port=5432",
             "dbname=%s" % db,
             "user=qgis_viewer",
             "sslmode=require"]
    return pick(rng, [".pg_service.conf", "qgis/pg_service.conf", "config/pg_service.conf"]), J(*lines)


def t_pgpass(rng, s):
    db = pick(rng, DB_NAMES)
    lines = ["# hostname:port:database:username:password",
             "%s:5432:%s:%s:%s" % (fmt_host(rng, s.org), db, s.user, s.emb())]
    if rng.random() < 0.5:
        lines.insert(1, "# local dev uses peer auth, no entry")
    pad_comments(lines, ["# ~/.pgpass for the QGIS / ogr2ogr jobs (chmod 0600)", "# libpq reads the first matching line",
                         "# rotate together with the RDS master secret", "#"])
    return pick(rng, [".pgpass", "docker/pgadmin/pgpass", "config/pgpass"]), J(*lines)


def t_k8s_secret(rng, s):
    k = s.kind
    name = {"postgis_password": "postgis-credentials", "geoserver_admin_password": "geoserver-admin",
            "planet_api_key": "planet-api", "mapbox_secret_token": "mapbox-upload",
            "earthdata_password": "earthdata-login", "sentinelhub_client_secret": "sentinelhub-oauth",
            "here_access_key_secret": "here-credentials"}[k]
    key = {"postgis_password": "POSTGRES_PASSWORD", "geoserver_admin_password": "GEOSERVER_ADMIN_PASSWORD",
           "planet_api_key": "PL_API_KEY", "mapbox_secret_token": "MAPBOX_ACCESS_TOKEN",
           "earthdata_password": "EARTHDATA_PASSWORD", "sentinelhub_client_secret": "SH_CLIENT_SECRET",
           "here_access_key_secret": "here.access.key.secret"}[k]
    if not s.obvious:
        key = name_fmt(pick(rng, NEUTRAL_WORDS), "scream")
    out = ["apiVersion: v1",
           "kind: Secret",
           "metadata:",
           "  name: %s" % name,
           "  namespace: %s" % pick(rng, ["gis", "eo-pipeline", "maps", "geoserver"]),
           "  labels:",
           "    app.kubernetes.io/part-of: %s-maps" % s.org,
           "type: Opaque",
           "stringData:"]
    if s.public_id:
        out.append("  %s: \"%s\"" % ({"sentinelhub_client_secret": "SH_CLIENT_ID", "here_access_key_secret": "here.access.key.id"}[k], s.public_id))
    if k in ("postgis_password", "earthdata_password", "geoserver_admin_password"):
        out.append("  %s: \"%s\"" % ({"postgis_password": "POSTGRES_USER", "earthdata_password": "EARTHDATA_USERNAME",
                                      "geoserver_admin_password": "GEOSERVER_ADMIN_USER"}[k], s.user if k != "geoserver_admin_password" else "admin"))
    out.append("  %s: \"%s\"" % (key, s.emb()))
    return pick(rng, ["k8s/%s-secret.yaml" % name, "deploy/k8s/secrets.yaml", "charts/maps/templates/secret.yaml"]), J(*out)


def t_dockerfile(rng, s):
    k = s.kind
    var = s.env if s.obvious else name_fmt(pick(rng, NEUTRAL_WORDS), "scream")
    if var.startswith("VITE_"):
        var = var[5:]
    v = s.emb()
    q = '"' if (s.mode != "literal" or rng.random() < 0.5) else ""
    out = ["FROM ghcr.io/osgeo/gdal:ubuntu-small-%s AS base" % pick(rng, ["3.8.4", "3.9.1", "3.7.3"]),
           "",
           "RUN apt-get update && apt-get install -y --no-install-recommends python3-pip tippecanoe && rm -rf /var/lib/apt/lists/*",
           "WORKDIR /app",
           "COPY requirements.txt .",
           "RUN pip3 install --no-cache-dir -r requirements.txt",
           "",
           "ENV GDAL_CACHEMAX=1024 \\",
           "    CPL_VSIL_CURL_CACHE_SIZE=200000000 \\",
           "    %s=%s%s%s" % (var, q, v, q),
           "",
           "COPY . .",
           "EXPOSE %d" % rng.choice([8000, 8080]),
           "CMD [\"python3\", \"-m\", \"%s\"]" % pick(rng, ["tileserver", "geocoder.api", "app.main"])]
    return pick(rng, ["Dockerfile", "docker/tiler/Dockerfile", "services/geocoder/Dockerfile"]), J(*out)


def t_sql_roles(rng, s):
    db = pick(rng, DB_NAMES)
    lyr = pick(rng, LAYERS)
    role = pick(rng, ["gis_editor", "tile_reader", "qgis_writer", "geoserver_app", s.user.replace(".", "_")])
    pw = s.emb()
    out = ["-- 01-roles.sql: executed by docker-entrypoint-initdb.d",
           "CREATE EXTENSION IF NOT EXISTS postgis;",
           "CREATE EXTENSION IF NOT EXISTS postgis_topology;",
           "",
           "CREATE ROLE %s LOGIN PASSWORD '%s';" % (role, pw),
           "GRANT CONNECT ON DATABASE %s TO %s;" % (db, role),
           "GRANT USAGE ON SCHEMA public TO %s;" % role,
           "GRANT SELECT, INSERT, UPDATE ON public.%s TO %s;" % (lyr, role),
           "",
           "CREATE TABLE IF NOT EXISTS public.%s (" % lyr,
           "  gid serial PRIMARY KEY,",
           "  name text,",
           "  geom geometry(MultiPolygon, %d)" % pick(rng, EPSGS),
           ");",
           "CREATE INDEX IF NOT EXISTS %s_geom_idx ON public.%s USING gist (geom);" % (lyr, lyr)]
    if s.mode == "env":
        out[4] = "\\set pw `echo \"$%s\"`" % s.env
        out.insert(5, "CREATE ROLE %s LOGIN PASSWORD :'pw';" % role)
    return pick(rng, ["db/init/01-roles.sql", "sql/roles.sql", "docker/postgis/initdb/10_roles.sql"]), J(*out)


def t_here_credentials(rng, s):
    out = ["here.user.id = HERE-%s" % ruuid(rng),
           "here.client.id = %s" % rs(rng, ALNUM, 20),
           "here.access.key.id = %s" % (s.public_id or alnum_start(rng, B64URL, 22)),
           "here.access.key.secret = %s" % s.emb(),
           "here.token.endpoint.url = https://account.api.here.com/oauth2/token"]
    return pick(rng, ["credentials.properties", "config/here/credentials.properties", ".here/credentials.properties"]), J(*out)


def t_arcgis_js(rng, s):
    name, lat, lon = place(rng)
    if s.obvious:
        setk = ["esriConfig.apiKey = %s;" % s.lit("js", '"')]
    else:
        setk = ["const ctx = { portal: \"https://www.arcgis.com\", k: %s };" % s.lit("js", '"'), "esriConfig.apiKey = ctx.k;"]
    out = ["import esriConfig from \"@arcgis/core/config\";",
           "import Map from \"@arcgis/core/Map\";",
           "import MapView from \"@arcgis/core/views/MapView\";",
           "import FeatureLayer from \"@arcgis/core/layers/FeatureLayer\";",
           ""] + setk + [
           "",
           "const map = new Map({ basemap: \"arcgis/%s\" });" % pick(rng, ["topographic", "navigation", "imagery"]),
           "const view = new MapView({",
           "  container: \"viewDiv\",",
           "  map,",
           "  center: [%.4f, %.4f]," % (lon, lat),
           "  zoom: %d," % rng.randint(9, 15),
           "});",
           "",
           "map.add(new FeatureLayer({",
           "  portalItem: { id: \"%s\" }," % rs(rng, HEX, 32),
           "  outFields: [\"*\"],",
           "}));"]
    return pick(rng, ["src/arcgis/main.js", "src/map.ts", "web/app/arcgis-view.js"]), J(*out)


def t_py_sentinelsat(rng, s):
    name, lat, lon = place(rng)
    bb = bbox_for(rng, lat, lon, 0.1)
    if s.obvious:
        auth = ["USER = \"%s\"" % s.user, "PASSWORD = %s" % s.lit("py"),
                "api = SentinelAPI(USER, PASSWORD, \"https://apihub.copernicus.eu/apihub\")"]
    else:
        auth = ["api = SentinelAPI(\"%s\", %s, \"https://apihub.copernicus.eu/apihub\")" % (s.user, s.lit("py"))]
    out = ["from datetime import date", "", "from sentinelsat import SentinelAPI, geojson_to_wkt", ""] + auth + [
           "",
           "footprint = \"POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))\"" % (bb[0], bb[1], bb[2], bb[1], bb[2], bb[3], bb[0], bb[3], bb[0], bb[1]),
           "products = api.query(",
           "    footprint,",
           "    date=(date(2024, %d, 1), date(2024, %d, 28))," % (rng.randint(3, 6), rng.randint(7, 10)),
           "    platformname=\"Sentinel-1\",",
           "    producttype=\"GRD\",",
           "    sensoroperationalmode=\"IW\",",
           ")",
           "print(len(products), \"S1 GRD scenes over %s\")" % name,
           "api.download_all(products, directory_path=\"data/s1\")"]
    return pick(rng, ["eo/s1_download.py", "scripts/sentinel1_query.py", "flood/fetch_grd.py"]), J(*out)


def t_py_owslib(rng, s):
    name, lat, lon = place(rng)
    bb = bbox_for(rng, lat, lon, 0.02)
    url = "https://%s/geoserver/ows" % pick(rng, ["ows.%s.net" % s.org, "maps.%s.org" % s.org, "wms.%s.io" % s.org])
    if s.obvious:
        conn = ["wfs = WebFeatureService(URL, version=\"2.0.0\", username=\"%s\", password=%s)" % (s.user, s.lit("py"))]
    else:
        conn = ["auth = Authentication(\"%s\", %s)" % (s.user, s.lit("py")),
                "wfs = WebFeatureService(URL, version=\"2.0.0\", auth=auth)"]
    out = ["from owslib.util import Authentication", "from owslib.wfs import WebFeatureService", "import geopandas as gpd", "",
           "URL = \"%s\"" % url] + conn + [
           "",
           "resp = wfs.getfeature(typename=\"%s:%s\", bbox=(%s, %s, %s, %s), outputFormat=\"application/json\")" % ((pick(rng, ["base", "cadastre"]), pick(rng, LAYERS)) + bb),
           "gdf = gpd.read_file(resp)",
           "gdf.to_file(\"out/%s.gpkg\")" % slug(name)[:5]]
    return pick(rng, ["scripts/wfs_pull.py", "etl/fetch_wfs.py", "gis/ows_client.py"]), J(*out)


# registry: name -> (filetype, kinds, func, negative modes allowed or None for default)
ALL_NEG = ("env", "placeholder", "masked", "empty", "ref", "redacted")
STR_NEG = ("placeholder", "masked", "empty", "redacted")  # where an env/ref would be odd
TEMPLATES = [
    ("qgs_postgis", "qgs", ("postgis_password",), t_qgs_postgis, ("env", "placeholder", "empty", "masked")),
    ("qgs_wms", "qgs", ("wms_basic_auth_password",), t_qgs_wms, ("env", "placeholder", "empty", "masked")),
    ("qgs_xyz", "qgs", TILE_KINDS, t_qgs_xyz, STR_NEG),
    ("gs_datastore", "geoserver-xml", ("postgis_password",), t_gs_datastore, ("env", "placeholder", "empty")),
    ("gs_wmsstore", "geoserver-xml", ("wms_basic_auth_password",), t_gs_wmsstore, ("env", "placeholder", "empty")),
    ("mapfile_postgis", "mapfile", ("postgis_password",), t_mapfile_postgis, ("env", "placeholder", "masked")),
    ("mapfile_wms", "mapfile", ("wms_basic_auth_password",), t_mapfile_wms, ("env", "placeholder", "masked", "empty")),
    ("gdal_wms_xml", "gdal-wms-xml", TILE_KINDS + ("wms_basic_auth_password",), t_gdal_wms_xml, ("env", "placeholder", "masked")),
    ("ogr_vrt_pg", "ogr-vrt", ("postgis_password",), t_ogr_vrt_pg, ("env", "placeholder", "masked")),
    ("gdal_env_sh", "shell", ("earthdata_token", "earthdata_password", "wms_basic_auth_password", "planet_api_key"), t_gdal_env_sh, ("env", "placeholder")),
    ("leaflet_js", "javascript", ("mapbox_secret_token", "arcgis_api_key", "here_api_key", "tomtom_api_key", "maptiler_key"), t_leaflet_js, ("env", "placeholder", "masked", "empty")),
    ("openlayers_js", "javascript", ("maptiler_key", "arcgis_api_key", "tomtom_api_key", "here_api_key", "wms_basic_auth_password"), t_openlayers_js, ("env", "placeholder", "empty")),
    ("maplibre_js", "javascript", ("maptiler_key", "mapbox_secret_token", "esri_portal_token", "arcgis_api_key"), t_maplibre_js, ("env", "placeholder", "empty")),
    ("cesium_js", "javascript", ("cesium_ion_token",), t_cesium_js, ("env", "placeholder", "masked")),
    ("cesium_upload_py", "python", ("cesium_ion_token",), t_cesium_upload_py, ("env", "placeholder", "redacted")),
    ("style_json", "mapbox-style-json", ("mapbox_secret_token", "maptiler_key", "tomtom_api_key", "here_api_key", "arcgis_api_key"), t_style_json, ("placeholder", "masked", "empty")),
    ("py_postgis", "python", ("postgis_password",), t_py_postgis, ("env", "placeholder", "masked")),
    ("py_rasterio_earthdata", "python", ("earthdata_token", "earthdata_password"), t_py_rasterio_earthdata, ("env", "placeholder", "redacted")),
    ("py_sentinelhub", "python", ("sentinelhub_client_secret",), t_py_sentinelhub, ("env", "placeholder", "empty")),
    ("py_planet", "python", ("planet_api_key",), t_py_planet, ("env", "placeholder", "masked")),
    ("py_arcgis", "python", ("arcgis_api_key", "arcgis_oauth_client_secret", "esri_portal_token"), t_py_arcgis, ("env", "placeholder", "redacted")),
    ("py_geocode", "python", ("google_maps_server_key", "here_api_key", "tomtom_api_key", "mapbox_secret_token", "maptiler_key"), t_py_geocode, ("env", "placeholder", "empty")),
    ("py_carto", "python", ("carto_api_key",), t_py_carto, ("env", "placeholder")),
    ("r_postgis", "r", ("postgis_password",), t_r_postgis, ("env", "placeholder")),
    ("r_keys", "r", ("mapbox_secret_token", "google_maps_server_key", "here_api_key", "tomtom_api_key", "carto_api_key"), t_r_keys, ("env", "placeholder", "empty")),
    ("renviron", "renviron", ("mapbox_secret_token", "google_maps_server_key", "here_api_key", "earthdata_password", "earthdata_token",
                              "planet_api_key", "carto_api_key", "cesium_ion_token", "tomtom_api_key", "copernicus_password"), t_renviron, ("env", "placeholder", "empty")),
    ("ipynb", "ipynb", ("planet_api_key", "sentinelhub_client_secret", "earthdata_token", "earthdata_password", "copernicus_password",
                        "cds_api_key", "google_maps_server_key"), t_ipynb, ("env", "placeholder", "redacted")),
    ("compose_postgis", "docker-compose", ("postgis_password",), t_compose_postgis, ("env", "placeholder", "empty")),
    ("compose_geoserver", "docker-compose", ("geoserver_admin_password",), t_compose_geoserver, ("env", "placeholder")),
    ("netrc", "netrc", ("earthdata_password", "copernicus_password", "wms_basic_auth_password"), t_netrc, ("placeholder", "masked")),
    ("cdsapirc", "cdsapirc", ("cds_api_key",), t_cdsapirc, ("placeholder", "env", "masked")),
    ("pipeline_yaml", "yaml", ("planet_api_key", "sentinelhub_client_secret", "earthdata_token", "cds_api_key", "maptiler_key", "here_api_key",
                               "carto_api_key", "mapbox_scoped_token", "tomtom_api_key", "google_maps_server_key"), t_pipeline_yaml, ALL_NEG),
    ("toml_config", "toml", ("sentinelhub_client_secret", "planet_api_key", "earthdata_token", "here_api_key", "cesium_ion_token"), t_toml, ("placeholder", "empty", "env")),
    ("makefile", "makefile", ("mapbox_scoped_token", "mapbox_secret_token", "maptiler_key", "planet_api_key", "tomtom_api_key",
                              "earthdata_token", "here_api_key"), t_makefile, ("env", "placeholder", "empty")),
    ("md_runbook", "markdown", ("geoserver_admin_password", "postgis_password", "mapbox_secret_token", "esri_portal_token",
                                "wms_basic_auth_password", "earthdata_token"), t_md_runbook, ("env", "placeholder", "masked", "redacted")),
    ("gh_workflow", "github-workflow", ("mapbox_scoped_token", "planet_api_key", "carto_api_key", "cesium_ion_token", "arcgis_api_key",
                                        "maptiler_key"), t_gh_workflow, ("env", "env", "placeholder")),
    ("dotenv", "dotenv", tuple(k for k, _ in KINDS), t_dotenv, ("placeholder", "empty", "ref", "masked")),
    ("spring_props", "java-properties", ("postgis_password", "here_api_key", "tomtom_api_key", "google_maps_server_key",
                                         "arcgis_oauth_client_secret", "here_access_key_secret"), t_spring_props, ("env", "placeholder", "empty")),
    ("pygeoapi", "yaml", ("postgis_password",), t_pygeoapi, ("env", "placeholder")),
    ("geoserver_rest_sh", "shell", ("geoserver_admin_password", "wms_basic_auth_password"), t_geoserver_rest_sh, ("env", "placeholder")),
    ("ogr2ogr_sh", "shell", ("postgis_password", "carto_api_key", "wms_basic_auth_password"), t_ogr2ogr_sh, ("env", "placeholder")),
    ("pg_service", "pg-service-conf", ("postgis_password",), t_pg_service, ("placeholder", "empty", "masked")),
    ("pgpass", "pgpass", ("postgis_password",), t_pgpass, ("placeholder", "masked")),
    ("k8s_secret", "k8s-yaml", ("postgis_password", "geoserver_admin_password", "planet_api_key", "mapbox_secret_token",
                                "earthdata_password", "sentinelhub_client_secret", "here_access_key_secret"), t_k8s_secret, ("placeholder", "empty", "redacted")),
    ("dockerfile", "dockerfile", ("maptiler_key", "here_api_key", "cesium_ion_token", "tomtom_api_key", "google_maps_server_key",
                                  "mapbox_secret_token"), t_dockerfile, ("placeholder", "empty")),
    ("sql_roles", "sql", ("postgis_password",), t_sql_roles, ("env", "placeholder")),
    ("here_credentials", "java-properties", ("here_access_key_secret",), t_here_credentials, ("placeholder", "masked", "empty")),
    ("arcgis_js", "javascript", ("arcgis_api_key", "esri_portal_token"), t_arcgis_js, ("env", "placeholder", "empty")),
    ("py_sentinelsat", "python", ("copernicus_password",), t_py_sentinelsat, ("env", "placeholder")),
    ("py_owslib", "python", ("wms_basic_auth_password",), t_py_owslib, ("env", "placeholder")),
]


# ---------------------------------------------------------------------------
# domain look-alike negatives (no slot at all)
# each returns (relpath, text, filetype, provider, kind)
# ---------------------------------------------------------------------------
GEOHASH32 = "0123456789bcdefghjkmnpqrstuvwxyz"


def geohash(lat, lon, prec):
    la, lo = [-90.0, 90.0], [-180.0, 180.0]
    out, bit, ch, even = [], 0, 0, True
    while len(out) < prec:
        rng_ = lo if even else la
        v = lon if even else lat
        mid = (rng_[0] + rng_[1]) / 2
        if v > mid:
            ch |= 16 >> bit
            rng_[0] = mid
        else:
            rng_[1] = mid
        even = not even
        if bit < 4:
            bit += 1
        else:
            out.append(GEOHASH32[ch])
            bit, ch = 0, 0
    return "".join(out)


def h3_like(rng, res):
    v = 1 << 59  # mode 1 (cell)
    v |= res << 52
    v |= rng.randint(0, 121) << 45
    for i in range(1, 16):
        d = rng.randint(0, 6) if i <= res else 7
        v |= d << ((15 - i) * 3)
    return "%015x" % v


def ewkb_point_hex(lon, lat, srid=4326):
    return (struct.pack("<BII", 1, 0x20000001, srid) + struct.pack("<dd", lon, lat)).hex().upper()


def wkb_polygon_hex(bb, srid=None):
    x0, y0, x1, y1 = bb
    pts = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    if srid:
        head = struct.pack("<BII", 1, 0x20000003, srid)
    else:
        head = struct.pack("<BI", 1, 3)
    body = struct.pack("<II", 1, len(pts)) + b"".join(struct.pack("<dd", x, y) for x, y in pts)
    return (head + body).hex()


def s2_product_id(rng, when=None):
    y, m, d = 2024, rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(9, 12), rng.randint(0, 59), rng.randint(0, 59)
    tile = "T%02d%s" % (rng.randint(10, 60), rs(rng, "CDEFGHJKLMNPQRSTUVWX", 1) + rs(rng, string.ascii_uppercase, 2))
    return "S2%s_MSIL2A_%d%02d%02dT%02d%02d%02d_N0510_R%03d_%s_%d%02d%02dT%02d%02d%02d" % (
        rng.choice("AB"), y, m, d, hh, mm, ss, rng.randint(1, 143), tile, y, m, d, hh + 3, rng.randint(0, 59), rng.randint(0, 59))


def planet_item_id(rng):
    return "2024%02d%02d_%02d%02d%02d_%02d_%s" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                                   rng.randint(0, 59), rng.randint(0, 99), rs(rng, HEX, 4))


def n_mapbox_pk_js(rng, org, user):
    name, lat, lon = place(rng)
    pk = gen_mapbox_token(rng, "pk", org.replace("-", ""))
    style = "c" + rng.choice("klm") + rs(rng, LOWER_ALNUM, 23)
    out = ["import mapboxgl from 'mapbox-gl';",
           "",
           "// Public token (pk.*) with URL restriction to https://maps.%s.org/*; safe to ship in the bundle." % org,
           "mapboxgl.accessToken = '%s';" % pk,
           "",
           "const map = new mapboxgl.Map({",
           "  container: 'map',",
           "  style: 'mapbox://styles/%s/%s'," % (org.replace("-", ""), style),
           "  center: [%.4f, %.4f]," % (lon, lat),
           "  zoom: %d," % rng.randint(8, 14),
           "});",
           "",
           "map.on('load', () => {",
           "  map.addSource('parcels', { type: 'vector', url: 'mapbox://%s.%s' });" % (org.replace("-", ""), rs(rng, LOWER_ALNUM, 8)),
           "  map.addLayer({ id: 'parcels', type: 'line', source: 'parcels', 'source-layer': '%s', paint: { 'line-color': '#%s' } });" % (pick(rng, LAYERS), rs(rng, HEX, 6)),
           "});"]
    return pick(rng, ["src/map.js", "public/js/mapbox-map.js", "web/src/Map.jsx"]), J(*out), "javascript", "mapbox", "mapbox_public_token"


def n_google_browser_html(rng, org, user):
    name, lat, lon = place(rng)
    key = "AIzaSy" + rs(rng, B64URL, 33)
    out = ["<!DOCTYPE html>",
           "<html lang=\"en\">",
           "<head>",
           "  <meta charset=\"utf-8\">",
           "  <title>%s store locator</title>" % name,
           "  <style>#map { height: 100vh; }</style>",
           "</head>",
           "<body>",
           "  <div id=\"map\"></div>",
           "  <script>",
           "    function initMap() {",
           "      const map = new google.maps.Map(document.getElementById('map'), {",
           "        center: { lat: %.5f, lng: %.5f }," % (lat, lon),
           "        zoom: %d," % rng.randint(10, 15),
           "        mapId: '%s'," % rs(rng, HEX, 16),
           "      });",
           "      fetch('/stores.geojson').then(r => r.json()).then(fc => map.data.addGeoJson(fc));",
           "    }",
           "  </script>",
           "  <!-- Maps JavaScript API browser key: restricted to HTTP referrers https://www.%s.org/* and" % org,
           "       to the Maps JavaScript API only (Cloud Console > Credentials). -->",
           "  <script async src=\"https://maps.googleapis.com/maps/api/js?key=%s&callback=initMap&v=weekly\"></script>" % key,
           "</body>",
           "</html>"]
    return pick(rng, ["public/index.html", "site/locator.html", "templates/map.html"]), J(*out), "html", "google", "google_maps_browser_key_referrer_restricted"


def n_style_json_public(rng, org, user):
    name, lat, lon = place(rng)
    u = org.replace("-", "")
    style = {"version": 8, "name": "%s Basic" % name,
             "metadata": {"mapbox:autocomposite": True, "mapbox:type": "template"},
             "center": [round(lon, 4), round(lat, 4)], "zoom": rng.randint(9, 14),
             "sources": {"composite": {"url": "mapbox://mapbox.mapbox-streets-v8,%s.%s" % (u, rs(rng, LOWER_ALNUM, 8)), "type": "vector"},
                         "hillshade": {"type": "raster-dem", "url": "mapbox://mapbox.mapbox-terrain-dem-v1", "tileSize": 512}},
             "sprite": "mapbox://sprites/%s/c%s%s" % (u, rng.choice("klm"), rs(rng, LOWER_ALNUM, 23)),
             "glyphs": "mapbox://fonts/%s/{fontstack}/{range}.pbf" % u,
             "layers": [{"id": "land", "type": "background", "paint": {"background-color": "#%s" % rs(rng, HEX, 6)}},
                        {"id": "water", "type": "fill", "source": "composite", "source-layer": "water", "paint": {"fill-color": "#%s" % rs(rng, HEX, 6)}},
                        {"id": "hs", "type": "hillshade", "source": "hillshade"}],
             "created": "2024-%02d-%02dT10:12:33.201Z" % (rng.randint(1, 12), rng.randint(1, 28)),
             "id": "c%s%s" % (rng.choice("klm"), rs(rng, LOWER_ALNUM, 23)), "owner": u}
    return pick(rng, ["styles/basic.json", "style/%s.json" % slug(name)[:5]]), pretty_json(style, 2) + "\n", "mapbox-style-json", "mapbox", "style_and_tileset_ids"


def n_geojson_uuid(rng, org, user):
    name, lat, lon = place(rng)
    feats = []
    for i in range(rng.randint(4, 8)):
        la, lo = lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05)
        feats.append({"type": "Feature", "id": ruuid(rng),
                      "properties": {"name": "%s %s %d" % (name, pick(rng, ["hydrant", "tree", "bench", "sensor"]), i + 1),
                                     "geohash": geohash(la, lo, 9), "survey_id": ruuid(rng),
                                     "updated": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))},
                      "geometry": {"type": "Point", "coordinates": [round(lo, 6), round(la, 6)]}})
    fc = {"type": "FeatureCollection", "name": "%s_assets" % slug(name)[:5],
          "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
          "bbox": list(bbox_for(rng, lat, lon, 0.05)), "features": feats}
    head = dict(fc)
    del head["features"]
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [\n' + ",\n".join(json.dumps(f, ensure_ascii=False) for f in feats) + "\n]}\n"
    return pick(rng, ["data/assets.geojson", "public/data/%s.geojson" % slug(name)[:5], "fixtures/points.geojson"]), text, "geojson", "none", "uuid_feature_ids"


def n_stac_item(rng, org, user):
    name, lat, lon = place(rng)
    pid = s2_product_id(rng)
    bb = bbox_for(rng, lat, lon, 0.5)
    assets = {}
    for b in rng.sample(["B02", "B03", "B04", "B08", "SCL"], 3):
        assets[b.lower()] = {"href": "s3://sentinel-s2-l2a-cogs/%s/%s.tif" % (pid, b), "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                             "roles": ["data"], "file:checksum": "1220" + rs(rng, HEX, 64), "file:size": rng.randint(10 ** 7, 2 * 10 ** 8)}
    item = {"type": "Feature", "stac_version": "1.0.0", "id": pid,
            "stac_extensions": ["https://stac-extensions.github.io/projection/v1.1.0/schema.json",
                                "https://stac-extensions.github.io/file/v2.1.0/schema.json"],
            "bbox": list(bb),
            "geometry": {"type": "Polygon", "coordinates": [[[bb[0], bb[1]], [bb[2], bb[1]], [bb[2], bb[3]], [bb[0], bb[3]], [bb[0], bb[1]]]]},
            "properties": {"datetime": "2024-06-%02dT10:30:31Z" % rng.randint(1, 28), "platform": "sentinel-2a",
                           "eo:cloud_cover": round(rng.uniform(0, 40), 2), "proj:epsg": 32600 + rng.randint(10, 60),
                           "s2:granule_id": "S2A_OPER_MSI_L2A_TL_%s_N05.10" % rs(rng, string.ascii_uppercase + string.digits, 12)},
            "assets": assets, "links": [{"rel": "collection", "href": "./collection.json"}]}
    geom = item["geometry"]
    item["geometry"] = "@GEOM@"
    text = json.dumps(item, indent=2).replace('"@GEOM@"', json.dumps(geom)) + "\n"
    return "catalog/%s/%s.json" % (slug(name)[:5], pid), text, "stac-json", "copernicus", "checksums_and_scene_ids"


def n_wkb_sql(rng, org, user):
    name, lat, lon = place(rng)
    lines = ["-- seed boundaries for %s (EWKB hex from the survey export)" % name,
             "BEGIN;"]
    for i in range(rng.randint(4, 7)):
        bb = bbox_for(rng, lat + rng.uniform(-0.1, 0.1), lon + rng.uniform(-0.1, 0.1), 0.01)
        lines.append("INSERT INTO boundaries (id, name, src_md5, geom) VALUES ('%s', '%s ward %d', '%s', ST_GeomFromEWKB(decode('%s', 'hex')));" % (
            ruuid(rng), name, i + 1, rs(rng, HEX, 32), wkb_polygon_hex(bb, 4326)))
    lines.append("INSERT INTO centroids (geom) VALUES ('%s'::geometry);" % ewkb_point_hex(lon, lat))
    lines += ["COMMIT;", "", "SELECT UpdateGeometrySRID('boundaries', 'geom', 4326);"]
    return pick(rng, ["db/seed/002_boundaries.sql", "sql/fixtures/wards.sql"]), J(*lines), "sql", "postgresql", "wkb_hex_geometries"


def n_h3_csv(rng, org, user):
    name, lat, lon = place(rng)
    res = rng.choice([7, 8, 9])
    lines = ["h3_index,resolution,geohash,lat,lon,trips,median_speed_kmh"]
    for _ in range(rng.randint(10, 25)):
        la, lo = lat + rng.uniform(-0.1, 0.1), lon + rng.uniform(-0.1, 0.1)
        lines.append("%s,%d,%s,%.6f,%.6f,%d,%.1f" % (h3_like(rng, res), res, geohash(la, lo, 8), la, lo, rng.randint(1, 900), rng.uniform(8, 60)))
    return pick(rng, ["data/h3_trips_%s.csv" % slug(name)[:5], "output/hexbins.csv"]), J(*lines), "csv", "none", "h3_indexes_geohashes"


def n_geohash_test(rng, org, user):
    cases = []
    for _ in range(rng.randint(5, 9)):
        name, lat, lon = place(rng)
        la, lo = round(lat + rng.uniform(-0.2, 0.2), 5), round(lon + rng.uniform(-0.2, 0.2), 5)
        p = rng.choice([6, 8, 11])
        cases.append("    (%s, %s, %d, \"%s\")," % (la, lo, p, geohash(la, lo, p)))
    out = ["import pytest", "", "from geo.geohash import decode, encode", "", "", "VECTORS = ["] + cases + ["]", "", "",
           "@pytest.mark.parametrize(\"lat,lon,precision,expected\", VECTORS)",
           "def test_encode(lat, lon, precision, expected):",
           "    assert encode(lat, lon, precision) == expected",
           "",
           "",
           "@pytest.mark.parametrize(\"lat,lon,precision,expected\", VECTORS)",
           "def test_roundtrip(lat, lon, precision, expected):",
           "    la, lo = decode(expected)",
           "    assert abs(la - lat) < 0.05 and abs(lo - lon) < 0.05"]
    return "tests/test_geohash.py", J(*out), "python", "none", "geohash_test_vectors"


def n_qgs_authcfg(rng, org, user):
    name, lat, lon = place(rng)
    db = pick(rng, DB_NAMES)
    ac1, ac2 = rs(rng, LOWER_ALNUM, 7), rs(rng, LOWER_ALNUM, 7)
    l1, l2 = rng.sample(LAYERS, 2)
    out = ["<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
           "<qgis projectname=\"%s\" version=\"3.34.4-Prizren\">" % name,
           "  <!-- credentials live in the QGIS auth database (authcfg ids), never in the project -->",
           "  <projectlayers>",
           "    <maplayer type=\"vector\" geometry=\"Polygon\">",
           "      <id>%s_%s</id>" % (l1, rs(rng, HEX, 12)),
           "      <datasource>dbname='%s' host=%s port=5432 authcfg=%s sslmode=require key='gid' srid=%d type=MultiPolygon table=\"public\".\"%s\" (geom)</datasource>" % (db, fmt_host(rng, org), ac1, pick(rng, EPSGS), l1),
           "      <provider encoding=\"UTF-8\">postgres</provider>",
           "    </maplayer>",
           "    <maplayer type=\"vector\" geometry=\"Line\">",
           "      <id>%s_%s</id>" % (l2, rs(rng, HEX, 12)),
           "      <datasource>service='%s' key='gid' srid=4326 type=LineString table=\"public\".\"%s\" (geom)</datasource>" % (db, l2),
           "      <provider encoding=\"UTF-8\">postgres</provider>",
           "    </maplayer>",
           "    <maplayer type=\"raster\">",
           "      <id>ortho_%s</id>" % rs(rng, HEX, 12),
           "      <datasource>authcfg=%s&amp;crs=EPSG:3857&amp;format=image/jpeg&amp;layers=ortho&amp;styles&amp;url=https://wms.%s.net/ows</datasource>" % (ac2, org),
           "      <provider>wms</provider>",
           "    </maplayer>",
           "  </projectlayers>",
           "</qgis>"]
    return pick(rng, ["project.qgs", "qgis/%s.qgs" % slug(name)[:5]]), J(*out), "qgs", "postgresql", "qgis_authcfg_reference"


def n_mapfile_shp(rng, org, user):
    name, lat, lon = place(rng)
    bb = bbox_for(rng, lat, lon)
    lyr = pick(rng, LAYERS)
    out = ["MAP", "  NAME \"%s_static\"" % slug(name)[:5], "  EXTENT %s %s %s %s" % bb, "  SIZE 1024 768",
           "  SHAPEPATH \"/srv/data/%s\"" % slug(name)[:5], "  FONTSET \"fonts/fonts.list\"",
           "  PROJECTION", "    \"init=epsg:%d\"" % pick(rng, EPSGS), "  END",
           "  OUTPUTFORMAT", "    NAME \"png\"", "    DRIVER AGG/PNG", "    IMAGEMODE RGBA", "  END",
           "  LAYER", "    NAME \"%s\"" % lyr, "    DATA \"%s.shp\"" % lyr, "    TYPE LINE", "    STATUS DEFAULT",
           "    CLASSITEM \"class\"",
           "    CLASS", "      EXPRESSION \"primary\"", "      STYLE COLOR %d %d %d WIDTH 2 END" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)), "    END",
           "    CLASS", "      STYLE COLOR 180 180 180 WIDTH 1 END", "    END",
           "  END", "END"]
    return pick(rng, ["mapserver/static.map", "maps/%s.map" % lyr]), J(*out), "mapfile", "none", "epsg_and_extent"


def n_raster_vrt(rng, org, user):
    name, lat, lon = place(rng)
    epsg = 32600 + rng.randint(10, 60)
    x0, y0 = rng.randint(300000, 700000), rng.randint(4000000, 7000000)
    out = ["<VRTDataset rasterXSize=\"%d\" rasterYSize=\"%d\">" % (rng.randint(5000, 11000), rng.randint(5000, 11000)),
           "  <SRS dataAxisToSRSAxisMapping=\"1,2\">EPSG:%d</SRS>" % epsg,
           "  <GeoTransform> %d.0, 10.0, 0.0, %d.0, 0.0, -10.0</GeoTransform>" % (x0, y0)]
    for i, b in enumerate(["B04", "B03", "B02"]):
        out += ["  <VRTRasterBand dataType=\"UInt16\" band=\"%d\">" % (i + 1),
                "    <NoDataValue>0</NoDataValue>",
                "    <ComplexSource>",
                "      <SourceFilename relativeToVRT=\"0\">/vsis3/sentinel-cogs/sentinel-s2-l2a-cogs/%d/%s/%s/2024/6/%s/%s.tif</SourceFilename>" % (
                    rng.randint(10, 60), rng.choice("CDEFGHJKLMNPQRSTUVWX"), rs(rng, string.ascii_uppercase, 2), s2_product_id(rng)[:24], b),
                "      <SourceBand>1</SourceBand>",
                "      <SrcRect xOff=\"0\" yOff=\"0\" xSize=\"10980\" ySize=\"10980\"/>",
                "    </ComplexSource>",
                "  </VRTRasterBand>"]
    out.append("</VRTDataset>")
    return pick(rng, ["vrt/truecolor_%s.vrt" % slug(name)[:5], "data/mosaic.vrt"]), J(*out), "gdal-vrt", "none", "raster_vrt_paths"


def n_i18n(rng, org, user):
    lang = pick(rng, ["de", "fr", "nl", "es", "pl"])
    t = {"de": ("Passwort", "API-Schlüssel", "Zugriffstoken", "Karte laden", "Koordinatensystem"),
         "fr": ("Mot de passe", "Clé API", "Jeton d'accès", "Charger la carte", "Système de coordonnées"),
         "nl": ("Wachtwoord", "API-sleutel", "Toegangstoken", "Kaart laden", "Coördinatenstelsel"),
         "es": ("Contraseña", "Clave de API", "Token de acceso", "Cargar mapa", "Sistema de coordenadas"),
         "pl": ("Hasło", "Klucz API", "Token dostępu", "Wczytaj mapę", "Układ współrzędnych")}[lang]
    d = {"auth": {"password": t[0], "password_placeholder": "••••••••", "api_key": t[1], "access_token": t[2],
                  "token_help": "sk.… / pk.…", "show_secret": "👁"},
         "map": {"load": t[3], "crs": t[4], "epsg_hint": "EPSG:%d" % pick(rng, EPSGS), "bbox_format": "minx,miny,maxx,maxy",
                 "tile_template": "{z}/{x}/{y}"}}
    return "src/locales/%s.json" % lang, json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json", "none", "i18n_strings"


def n_docs_setup(rng, org, user):
    out = ["# Getting credentials for local development",
           "",
           "Never commit real tokens. Copy `.env.example` to `.env` (git-ignored) and fill in:",
           "",
           "| variable | where to get it | example |",
           "|---|---|---|",
           "| `MAPBOX_ACCESS_TOKEN` | account.mapbox.com > Tokens (secret token, scope `uploads:write`) | `sk.<your-secret-token>` |",
           "| `MAPTILER_KEY` | cloud.maptiler.com > API keys | `get_your_own_OpIi9ZULNHzrESv6T2vL` |",
           "| `PL_API_KEY` | planet.com account settings | `PLAK...` |",
           "| `EARTHDATA_TOKEN` | urs.earthdata.nasa.gov > Generate Token | `eyJ0eXAiOiJKV1Qi...` (truncated) |",
           "| `SH_CLIENT_SECRET` | Sentinel Hub dashboard > OAuth clients | shown once |",
           "",
           "```bash",
           "export MAPBOX_ACCESS_TOKEN=\"$(pass show gis/mapbox-sk)\"",
           "export PL_API_KEY=\"$(op read op://GIS/planet/credential)\"",
           "cat > ~/.netrc <<EOF",
           "machine urs.earthdata.nasa.gov login <username> password <password>",
           "EOF",
           "chmod 600 ~/.netrc",
           "```",
           "",
           "QGIS: store PostGIS credentials in the authentication database and reference them with `authcfg=`."]
    return pick(rng, ["docs/credentials.md", "CONTRIBUTING.md", "docs/dev-setup.md"]), J(*out), "markdown", "mixed", "placeholders_in_docs"


def n_env_example(rng, org, user):
    lines = ["# copy to .env and fill in; .env is git-ignored",
             "MAPBOX_ACCESS_TOKEN=",
             "MAPBOX_PUBLIC_TOKEN=pk.<public-token>",
             "MAPTILER_KEY=<maptiler-key>",
             "HERE_API_KEY=",
             "TOMTOM_API_KEY=",
             "GOOGLE_MAPS_API_KEY=your-server-key",
             "PL_API_KEY=",
             "SH_CLIENT_ID=",
             "SH_CLIENT_SECRET=",
             "EARTHDATA_USERNAME=",
             "EARTHDATA_PASSWORD=",
             "PGHOST=localhost",
             "PGPORT=5432",
             "PGDATABASE=%s" % pick(rng, DB_NAMES),
             "PGUSER=%s" % user,
             "PGPASSWORD=",
             "GEOSERVER_ADMIN_PASSWORD=change-me-in-.env",
             "DEFAULT_EPSG=%d" % pick(rng, EPSGS)]
    return pick(rng, [".env.example", ".env.sample", "config/env.template"]), J(*lines), "dotenv", "mixed", "empty_and_placeholder_values"


def n_gh_workflow_secrets(rng, org, user):
    out = ["name: eo-nightly",
           "on:",
           "  schedule: [{cron: '%d %d * * *'}]" % (rng.randint(0, 59), rng.randint(0, 6)),
           "jobs:",
           "  run:",
           "    runs-on: ubuntu-latest",
           "    env:",
           "      PL_API_KEY: ${{ secrets.PL_API_KEY }}",
           "      SH_CLIENT_ID: ${{ vars.SH_CLIENT_ID }}",
           "      SH_CLIENT_SECRET: ${{ secrets.SH_CLIENT_SECRET }}",
           "      MAPBOX_ACCESS_TOKEN: ${{ secrets.MAPBOX_UPLOAD_TOKEN }}",
           "      AOI_BBOX: \"%s,%s,%s,%s\"" % bbox_for(rng, *place(rng)[1:]),
           "    steps:",
           "      - uses: actions/checkout@v4",
           "      - name: Write .netrc",
           "        run: |",
           "          echo \"machine urs.earthdata.nasa.gov login ${{ secrets.EDL_USER }} password ${{ secrets.EDL_PASSWORD }}\" > ~/.netrc",
           "          chmod 600 ~/.netrc",
           "      - run: python -m eo.pipeline --date \"$(date -u +%F)\""]
    return ".github/workflows/eo-nightly.yml", J(*out), "github-workflow", "mixed", "ci_secret_references"


def n_py_wkt_test(rng, org, user):
    name, lat, lon = place(rng)
    e = pick(rng, EPSGS)
    out = ["from pyproj import Transformer", "from shapely import wkt", "",
           "PARCEL_WKT = \"POLYGON ((%.4f %.4f, %.4f %.4f, %.4f %.4f, %.4f %.4f))\"" % (lon, lat, lon + 0.001, lat, lon + 0.001, lat + 0.001, lon, lat),
           "PARCEL_WKB = \"%s\"" % wkb_polygon_hex(bbox_for(rng, lat, lon, 0.001)),
           "", "",
           "def test_area_in_projected_crs():",
           "    t = Transformer.from_crs(4326, %d, always_xy=True)" % e,
           "    g = wkt.loads(PARCEL_WKT)",
           "    xs, ys = t.transform(*g.exterior.xy)",
           "    assert len(xs) == 4",
           "", "",
           "def test_wkb_roundtrip():",
           "    from shapely import wkb",
           "    g = wkb.loads(bytes.fromhex(PARCEL_WKB))",
           "    assert g.geom_type == \"Polygon\"",
           "    assert g.is_valid"]
    return "tests/test_geometry.py", J(*out), "python", "none", "wkt_wkb_test_fixtures"


def n_r_env(rng, org, user):
    name, lat, lon = place(rng)
    out = ["library(sf)", "library(tmap)", "library(mapboxapi)", "",
           "# tokens come from ~/.Renviron, never from this file",
           "mb_access_token(Sys.getenv(\"MAPBOX_SECRET_TOKEN\"), install = FALSE)",
           "hereR::set_key(Sys.getenv(\"HERE_API_KEY\"))",
           "",
           "aoi <- st_as_sfc(st_bbox(c(xmin = %s, ymin = %s, xmax = %s, ymax = %s), crs = 4326))" % bbox_for(rng, lat, lon),
           "parcels <- st_read(\"data/%s.gpkg\", layer = \"%s\") |> st_transform(%d)" % (slug(name)[:5], pick(rng, LAYERS), pick(rng, EPSGS)),
           "tm_shape(parcels) + tm_borders(col = \"#%s\")" % rs(rng, HEX, 6)]
    return pick(rng, ["R/map.R", "analysis/parcels.R"]), J(*out), "r", "mixed", "env_reference"


def n_ipynb_cog(rng, org, user):
    name, lat, lon = place(rng)
    pid = s2_product_id(rng)
    cells = [nb_cell("markdown", ["# Public Sentinel-2 COGs over %s" % name, "No credentials needed (AWS open data, unsigned)."]),
             nb_cell("code", ["import hashlib, os", "import rasterio", "os.environ['AWS_NO_SIGN_REQUEST'] = 'YES'",
                              "url = 's3://sentinel-cogs/sentinel-s2-l2a-cogs/%s/B04.tif'" % pid], n=1),
             nb_cell("code", ["with rasterio.open(url) as src:", "    print(src.crs, src.bounds)", "    arr = src.read(1, out_shape=(512, 512))",
                              "hashlib.sha256(arr.tobytes()).hexdigest()"], n=2,
                     outputs=[{"output_type": "stream", "name": "stdout", "text": ["EPSG:%d BoundingBox(left=%d.0, bottom=%d.0, right=%d.0, top=%d.0)\n" % (
                         32600 + rng.randint(10, 60), rng.randint(300000, 600000), rng.randint(4000000, 6000000), rng.randint(600000, 800000), rng.randint(6000000, 7000000))]},
                              {"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": ["'%s'" % rs(rng, HEX, 64)]}}])]
    return pick(rng, ["notebooks/s2_cog_preview.ipynb", "notebooks/02_public_cogs.ipynb"]), notebook(cells), "ipynb", "none", "digests_and_public_urls"


def n_gs_users_xml(rng, org, user):
    out = ["<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>",
           "<userRegistry xmlns=\"http://www.geoserver.org/security/users\" version=\"1.0\">",
           "  <users>"]
    for u in ["admin", user, pick(rng, ["wfs_reader", "editor", "viewer"])]:
        out.append("    <user enabled=\"true\" name=\"%s\" password=\"digest1:%s\"/>" % (u, base64.b64encode(rbytes(rng, 48)).decode()))
    out += ["  </users>", "  <groups>", "    <group enabled=\"true\" name=\"editors\">", "      <member username=\"%s\"/>" % user,
            "    </group>", "  </groups>", "</userRegistry>"]
    return "geoserver_data/security/usergroup/default/users.xml", J(*out), "geoserver-xml", "geoserver", "password_digests"


def n_makefile_checksums(rng, org, user):
    name, lat, lon = place(rng)
    out = ["OSM_PBF := %s-latest.osm.pbf" % pick(rng, ["norway", "france", "colorado", "netherlands", "poland"]),
           "OSM_SHA256 := %s" % rs(rng, HEX, 64),
           "TILE_URL := https://tile.openstreetmap.org/{z}/{x}/{y}.png",
           "BBOX := %s,%s,%s,%s" % bbox_for(rng, lat, lon),
           "",
           "data/$(OSM_PBF):",
           "\tcurl -fsSL -o $@ https://download.geofabrik.de/europe/$(OSM_PBF)",
           "\techo \"$(OSM_SHA256)  $@\" | sha256sum -c -",
           "",
           "build/planet.mbtiles: data/$(OSM_PBF)",
           "\ttilemaker --input $< --output $@ --bbox $(BBOX)",
           "",
           "preview:",
           "\t@echo \"open http://localhost:8080/#%d/%.4f/%.4f\"" % (rng.randint(8, 14), lat, lon)]
    return "Makefile", J(*out), "makefile", "none", "checksums_and_tile_templates"


def n_sealed_secret(rng, org, user):
    def ct():
        return "AgB" + base64.b64encode(rbytes(rng, rng.randint(300, 420))).decode()
    out = ["apiVersion: bitnami.com/v1alpha1",
           "kind: SealedSecret",
           "metadata:",
           "  name: postgis-credentials",
           "  namespace: gis",
           "spec:",
           "  encryptedData:",
           "    POSTGRES_PASSWORD: %s" % ct(),
           "    GEOSERVER_ADMIN_PASSWORD: %s" % ct(),
           "  template:",
           "    metadata:",
           "      name: postgis-credentials",
           "    type: Opaque"]
    return pick(rng, ["k8s/sealed/postgis-credentials.yaml", "deploy/sealed-secrets.yaml"]), J(*out), "k8s-yaml", "postgresql", "sealed_secret_ciphertext"


def n_tilesets_yaml(rng, org, user):
    u = org.replace("-", "")
    lines = ["# Mapbox resources used by the web map (ids are public)",
             "owner: %s" % u,
             "public_token: %s" % gen_mapbox_token(rng, "pk", u),
             "styles:"]
    for n in ["light", "dark", "satellite"]:
        lines.append("  %s: mapbox://styles/%s/c%s%s" % (n, u, rng.choice("klm"), rs(rng, LOWER_ALNUM, 23)))
    lines.append("tilesets:")
    for l in rng.sample(LAYERS, 3):
        lines.append("  %s: %s.%s" % (l, u, rs(rng, LOWER_ALNUM, 8)))
    lines += ["datasets:", "  field_edits: c%s%s" % (rng.choice("klm"), rs(rng, LOWER_ALNUM, 23))]
    return pick(rng, ["config/mapbox.yml", "map/resources.yaml"]), J(*lines), "yaml", "mapbox", "mapbox_public_token_and_ids"


def n_webmap_json(rng, org, user):
    name, lat, lon = place(rng)
    wm = {"operationalLayers": [{"id": "%s_%d" % (pick(rng, LAYERS), rng.randint(1000, 9999)), "itemId": rs(rng, HEX, 32),
                                 "layerType": "ArcGISFeatureLayer",
                                 "url": "https://services%d.arcgis.com/%s/arcgis/rest/services/%s/FeatureServer/0" % (rng.randint(1, 9), rs(rng, ALNUM, 16), pick(rng, ["Parcels", "Trees"])),
                                 "title": name, "visibility": True, "opacity": 1}],
          "baseMap": {"baseMapLayers": [{"id": "World_Hillshade_%d" % rng.randint(1000, 9999), "layerType": "ArcGISTiledMapServiceLayer",
                                         "url": "https://services.arcgisonline.com/arcgis/rest/services/Elevation/World_Hillshade/MapServer"}],
                      "title": "Topographic"},
          "spatialReference": {"wkid": 102100, "latestWkid": 3857},
          "initialState": {"viewpoint": {"targetGeometry": {"xmin": lon - 0.1, "ymin": lat - 0.1, "xmax": lon + 0.1, "ymax": lat + 0.1,
                                                           "spatialReference": {"wkid": 4326}}}},
          "authoringApp": "ArcGISMapViewer", "authoringAppVersion": "2024.%d" % rng.randint(1, 3), "version": "2.31"}
    return pick(rng, ["arcgis/webmap.json", "config/webmap_%s.json" % rs(rng, HEX, 8)]), json.dumps(wm, indent=2, ensure_ascii=False) + "\n", "json", "esri", "arcgis_item_ids"


def n_sld(rng, org, user):
    lyr = pick(rng, LAYERS)
    rules = []
    for cls in rng.sample(["residential", "commercial", "industrial", "forest", "water", "farmland"], 3):
        rules += ["      <Rule>", "        <Name>%s</Name>" % cls,
                  "        <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>%s</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>" % cls,
                  "        <PolygonSymbolizer><Fill><CssParameter name=\"fill\">#%s</CssParameter></Fill></PolygonSymbolizer>" % rs(rng, HEX, 6),
                  "      </Rule>"]
    out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
           "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\">",
           "  <NamedLayer><Name>%s</Name>" % lyr, "    <UserStyle><FeatureTypeStyle>"] + rules + [
           "    </FeatureTypeStyle></UserStyle>", "  </NamedLayer>", "</StyledLayerDescriptor>"]
    return "styles/%s.sld" % lyr, J(*out), "sld", "none", "style_colors"


def n_scenes_csv(rng, org, user):
    lines = ["scene_id,provider,acquired,cloud_cover,footprint_wkb_md5"]
    for _ in range(rng.randint(8, 16)):
        if rng.random() < 0.5:
            lines.append("%s,planet,2024-%02d-%02d,%.2f,%s" % (planet_item_id(rng), rng.randint(1, 12), rng.randint(1, 28), rng.random(), rs(rng, HEX, 32)))
        else:
            lines.append("%s,esa,2024-%02d-%02d,%.2f,%s" % (s2_product_id(rng), rng.randint(1, 12), rng.randint(1, 28), rng.uniform(0, 60), rs(rng, HEX, 32)))
    return pick(rng, ["data/scenes.csv", "catalog/selected_scenes.csv"]), J(*lines), "csv", "planet", "scene_ids_and_md5"


def n_maptiler_doc_html(rng, org, user):
    name, lat, lon = place(rng)
    out = ["<!DOCTYPE html>", "<html>", "<head>",
           "  <title>Display a map (MapLibre + MapTiler example)</title>",
           "  <script src=\"https://unpkg.com/maplibre-gl/dist/maplibre-gl.js\"></script>",
           "  <link href=\"https://unpkg.com/maplibre-gl/dist/maplibre-gl.css\" rel=\"stylesheet\" />",
           "</head>", "<body>", "  <div id=\"map\" style=\"height:100vh\"></div>", "  <script>",
           "    // documentation sample key from the MapTiler examples; replace with your own",
           "    const map = new maplibregl.Map({",
           "      container: 'map',",
           "      style: 'https://api.maptiler.com/maps/streets/style.json?key=get_your_own_OpIi9ZULNHzrESv6T2vL',",
           "      center: [%.4f, %.4f]," % (lon, lat), "      zoom: %d" % rng.randint(5, 12), "    });",
           "  </script>", "</body>", "</html>"]
    return pick(rng, ["examples/maptiler.html", "docs/examples/basic-map.html"]), J(*out), "html", "maptiler", "documentation_example_key"


def n_compose_secrets(rng, org, user):
    out = ["services:",
           "  postgis:",
           "    image: postgis/postgis:16-3.4",
           "    environment:",
           "      POSTGRES_USER: %s" % user,
           "      POSTGRES_DB: %s" % pick(rng, DB_NAMES),
           "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
           "    secrets: [pg_password]",
           "  geoserver:",
           "    image: docker.osgeo.org/geoserver:2.25.x",
           "    environment:",
           "      - GEOSERVER_ADMIN_PASSWORD=${GEOSERVER_ADMIN_PASSWORD:?set in .env}",
           "      - EXTRA_JAVA_OPTS=-Xms1g -Xmx2g",
           "    ports: [\"8080:8080\"]",
           "secrets:",
           "  pg_password:",
           "    file: ./secrets/pg_password.txt"]
    return pick(rng, ["docker-compose.yml", "compose.yaml"]), J(*out), "docker-compose", "postgresql", "docker_secret_file_references"


def n_cesium_env_js(rng, org, user):
    name, lat, lon = place(rng)
    out = ["import { Ion, Viewer, Cesium3DTileset, Cartesian3 } from 'cesium';",
           "",
           "Ion.defaultAccessToken = import.meta.env.VITE_CESIUM_ION_TOKEN;",
           "",
           "const ASSETS = { buildings: %d, terrain: 1, pointcloud: %d };" % (rng.randint(96188, 2900000), rng.randint(1000000, 2900000)),
           "const viewer = new Viewer('cesiumContainer');",
           "viewer.scene.primitives.add(await Cesium3DTileset.fromIonAssetId(ASSETS.buildings));",
           "viewer.camera.setView({ destination: Cartesian3.fromDegrees(%.5f, %.5f, 1500) });" % (lon, lat)]
    return pick(rng, ["src/viewer.ts", "src/globe.js"]), J(*out), "javascript", "cesium", "env_reference_and_asset_ids"


def n_netrc_from_env(rng, org, user):
    out = ["#!/usr/bin/env bash",
           "# write ~/.netrc for Earthdata from the CI environment",
           "set -euo pipefail",
           ": \"${EARTHDATA_USERNAME:?}\" \"${EARTHDATA_PASSWORD:?}\"",
           "umask 077",
           "printf 'machine urs.earthdata.nasa.gov login %s password %s\\n' \"$EARTHDATA_USERNAME\" \"$EARTHDATA_PASSWORD\" > \"$HOME/.netrc\"",
           "echo \"netrc written for $EARTHDATA_USERNAME\""]
    return pick(rng, ["scripts/write_netrc.sh", "ci/netrc.sh"]), J(*out), "shell", "nasa", "env_reference"


def n_mapproxy(rng, org, user):
    name, lat, lon = place(rng)
    out = ["services:", "  demo:", "  wms:", "    srs: ['EPSG:3857', 'EPSG:4326', 'EPSG:%d']" % pick(rng, EPSGS),
           "layers:", "  - name: osm", "    title: OpenStreetMap", "    sources: [osm_cache]",
           "caches:", "  osm_cache:", "    grids: [webmercator]", "    sources: [osm_tiles]",
           "    cache: {type: mbtiles, filename: cache/osm.mbtiles}",
           "sources:", "  osm_tiles:", "    type: tile", "    url: https://tile.openstreetmap.org/%(tms_path)s.png",
           "    grid: webmercator", "    coverage:", "      bbox: [%s, %s, %s, %s]" % bbox_for(rng, lat, lon), "      srs: 'EPSG:4326'",
           "grids:", "  webmercator:", "    base: GLOBAL_WEBMERCATOR"]
    return pick(rng, ["mapproxy/mapproxy.yaml", "mapproxy.yaml"]), J(*out), "yaml", "none", "tile_templates_and_bbox"


def n_tilejson(rng, org, user):
    name, lat, lon = place(rng)
    tj = {"tilejson": "3.0.0", "name": "%s parcels" % name, "version": "1.%d.0" % rng.randint(0, 9),
          "attribution": "© %s, © OpenStreetMap contributors" % org,
          "tiles": ["https://tiles.%s.org/parcels/{z}/{x}/{y}.pbf" % org], "minzoom": 0, "maxzoom": 14,
          "bounds": list(bbox_for(rng, lat, lon)), "center": [round(lon, 4), round(lat, 4), 11],
          "vector_layers": [{"id": "parcels", "fields": {"gid": "Number", "h3": "String", "geohash": "String"}}]}
    return pick(rng, ["public/tiles/parcels.json", "tiles/tilejson.json"]), json.dumps(tj, indent=2, ensure_ascii=False) + "\n", "tilejson", "none", "tile_templates_and_bbox"


def n_arcgis_oauth_user(rng, org, user):
    cid = rs(rng, ALNUM, 16)
    out = ["\"\"\"Interactive ArcGIS sign-in (OAuth user login; app client_id is public, no secret).\"\"\"",
           "from arcgis.gis import GIS",
           "",
           "PORTAL = \"https://%s.maps.arcgis.com\"" % org.replace("-", ""),
           "CLIENT_ID = \"%s\"  # registered as a public (native) app" % cid,
           "",
           "gis = GIS(PORTAL, client_id=CLIENT_ID)",
           "print(\"signed in as\", gis.users.me.username)",
           "webmap = gis.content.get(\"%s\")" % rs(rng, HEX, 32),
           "print(webmap.title)"]
    return pick(rng, ["arcgis/login.py", "tools/agol_login.py"]), J(*out), "python", "esri", "public_client_id_and_item_id"


LOOKALIKES = [n_mapbox_pk_js, n_google_browser_html, n_style_json_public, n_geojson_uuid, n_stac_item, n_wkb_sql, n_h3_csv,
              n_geohash_test, n_qgs_authcfg, n_mapfile_shp, n_raster_vrt, n_i18n, n_docs_setup, n_env_example,
              n_gh_workflow_secrets, n_py_wkt_test, n_r_env, n_ipynb_cog, n_gs_users_xml, n_makefile_checksums,
              n_sealed_secret, n_tilesets_yaml, n_webmap_json, n_sld, n_scenes_csv, n_maptiler_doc_html,
              n_compose_secrets, n_cesium_env_js, n_netrc_from_env, n_mapproxy, n_tilejson, n_arcgis_oauth_user]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
NEG_MODE_KIND = {"env": "env_reference", "placeholder": "placeholder", "masked": "masked_value", "empty": "empty_value",
                 "ref": "secret_manager_reference", "redacted": "redacted_value", "public": "mapbox_public_token"}


def line_of(text, needle):
    idx = text.find(needle)
    if idx < 0:
        return None
    return text.count("\n", 0, idx) + 1


def choose_template(rng, kind, usage):
    cands = [t for t in TEMPLATES if kind in t[2]]
    low = min(usage[t[0]] for t in cands)
    best = [t for t in cands if usage[t[0]] == low]
    t = pick(rng, best)
    usage[t[0]] += 1
    return t


def write_file(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cl.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []

    # ---- positives
    kinds = [k for k, _ in KINDS] + ["postgis_password"]  # PostGIS passwords weighted double
    plan = (kinds * (N_POS // len(kinds) + 1))[:N_POS]
    rng.shuffle(plan)
    usage = dict((t[0], 0) for t in TEMPLATES)
    for i, kind in enumerate(plan):
        for _attempt in range(20):
            org, user = pick(rng, ORGS), pick(rng, USERS)
            slot = make_pos_slot(rng, kind, user, org, obvious=(rng.random() < 0.5))
            tname, ftype, _k, func, _neg = choose_template(rng, kind, usage)
            rel, text = func(rng, slot)
            ln = line_of(text, slot.secret)
            if ln is not None:
                break
            usage[tname] -= 1
        else:
            raise RuntimeError("needle not placed for %s" % kind)
        fdir = "pos/p%04d" % i
        write_file(outdir, os.path.join(fdir, rel), text)
        manifest.append({"file": fdir + "/" + rel, "label": "pos", "provider": PROVIDER[kind], "kind": kind, "filetype": ftype})
        secrets.append({"file": fdir + "/" + rel, "needle": slot.secret, "line": ln})

    # ---- negatives: half re-used slot templates, half domain look-alikes
    n_reuse = N_NEG // 2
    plan = (kinds * (n_reuse // len(kinds) + 1))[:n_reuse]
    rng.shuffle(plan)
    order = ["reuse"] * n_reuse + ["look"] * (N_NEG - n_reuse)
    rng.shuffle(order)
    nusage = dict((t[0], 0) for t in TEMPLATES)
    look_i = 0
    look_order = list(range(len(LOOKALIKES)))
    rng.shuffle(look_order)
    reuse_i = 0
    for i, what in enumerate(order):
        org, user = pick(rng, ORGS), pick(rng, USERS)
        if what == "reuse":
            kind = plan[reuse_i]
            reuse_i += 1
            tname, ftype, _k, func, negmodes = choose_template(rng, kind, nusage)
            slot = make_neg_slot(rng, kind, user, org, obvious=(rng.random() < 0.5), allow=negmodes)
            rel, text = func(rng, slot)
            provider, nkind = PROVIDER[kind], NEG_MODE_KIND[slot.mode]
        else:
            fn = LOOKALIKES[look_order[look_i % len(look_order)]]
            look_i += 1
            if look_i % len(look_order) == 0:
                rng.shuffle(look_order)
            rel, text, ftype, provider, nkind = fn(rng, org, user)
        fdir = "neg/n%04d" % i
        write_file(outdir, os.path.join(fdir, rel), text)
        manifest.append({"file": fdir + "/" + rel, "label": "neg", "provider": provider, "kind": nkind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
