#!/usr/bin/env python3
"""gen_oe -- blind evaluation-set generator: GIS desktop and servers.

EMPHASIS
    Credentials as they leak from GIS work: QGIS project files (.qgs XML and the
    zipped .qgz, stored uncompressed), QGIS3.ini saved connections, PyQGIS auth
    scripts, PostGIS libpq strings (pg_service.conf, .pgpass, PG: strings for
    ogr2ogr), GeoServer data dirs (datastore.xml `passwd`, security/usergroup/
    default/users.xml, geoserver-environment.properties, REST curl scripts,
    docker-compose), MapServer mapfiles (CONNECTION "...password=...",
    wms_auth_password), GDAL --config / SetConfigOption cloud keys (AWS, Azure,
    GCS HMAC), ArcPy (SignInToPortal, CreateDatabaseConnection), ArcGIS API for
    Python GIS(url,user,pw), ArcGIS location-platform API keys (AAPK/AAPT),
    Mapbox secret tokens (sk.) in upload scripts, gradle.properties and .netrc,
    MapTiler keys, Cesium ion tokens, HERE apiKey and credentials.properties,
    TomTom keys, Google Earth Engine service-account JSON, Planet (PLAK),
    Sentinel Hub client secrets, UP42 logins, Maxar keys, OpenRouteService and
    GraphHopper keys, Martin / pg_tileserv / pg_featureserv connection URLs,
    OWSLib basic auth, Kubernetes Secrets with base64-encoded DATABASE_URL.
    File types: qgs, qgz (binary zip), ini, conf, properties, xml, map, sh,
    Makefile, py, ipynb, js, html, json, yaml, toml, gradle.properties, netrc,
    pgpass, md, csv, wkt, prj, vrt, geojson, txt.

USAGE
    python3 -B gen_oe.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED
    (random.Random(SEED) only; no time, no str hash()).

NEEDLE CONVENTIONS
    The needle is the secret value only, exactly as written in the file: the
    password without its key name or quotes, the token/key without the
    parameter name.  For a libpq string / URL the needle is the password part.
    For GeoServer `crypt1:` values the needle includes the `crypt1:` prefix
    (labelled positive: crypt1 is PBE with a fixed, publicly known key, so it
    is reversibly obfuscated).  For a service-account JSON the needle is the
    whole "private_key" string value (one JSON line, with literal \\n escapes).
    For Kubernetes Secrets the needle is the base64 text in `data:`.  For .qgz
    (binary zip, ZIP_STORED) the needle is the hex of the password bytes and
    line is 0.  `line` is the first line on which the needle occurs (QGIS
    writes a PostGIS datasource twice: layer-tree `source` and <datasource>).

NEGATIVES
    ~Half reuse positive templates with the value replaced by a placeholder
    (<YOUR_...>, ${ENV}, {{ vault_... }}, CHANGE_ME, ****, empty, documented
    MapTiler placeholder key `get_your_own_...`).  The rest are look-alikes:
    QGIS projects using `authcfg=` references (7-char config ids), layer ids,
    EPSG/WKT/PROJ strings, WKB hex, geohashes, GeoJSON feature ids, tile URL
    templates {z}/{x}/{y}, Mapbox public `pk.` tokens in browser code,
    GeoServer users.xml with `digest1:` hashes and `crypt2:` values (keystore-
    bound, not reversible from the file alone), datastore.xml with crypt2:,
    ArcGIS item ids (32 hex) and OAuth client ids (public), STAC items with
    multihash checksums, Sentinel-2 / Landsat / Planet scene ids, SHA256SUMS
    of datasets, Git LFS pointers, pg_service.conf without passwords, GDAL VRTs
    with AWS_NO_SIGN_REQUEST, docker-compose using *_FILE secrets and k8s
    secretKeyRef, Earth Engine asset ids, Cesium ion asset ids.

FORMATS CHECKED
    - Mapbox: docs.mapbox.com (search tool, docs corpus): tokens are
      JWT-like `pk.`/`sk.`/`tk.` + base64url JSON payload + '.' + signature;
      pk public, sk secret.  Payload shape {"u":user,"a":cuid} and 22-char
      signature from memory of real public pk tokens.
    - GeoServer: docs.geoserver.org security pages (search tool) for password
      encryption (plain/digest/crypt1 weak PBE/crypt2 strong PBE via keystore).
    - Everything else from own knowledge (libpq keywords, QGIS datasource
      syntax, MapServer CONNECTION, GDAL config option names, AWS key id
      AKIA + 16 base32 chars / 40-char secret, Azure storage key = 64 bytes
      base64 (88 chars), GCS HMAC id GOOG1E + 55 upper-alnum / 40-char
      secret, GCP service-account JSON layout).

DOUBTS
    - ArcGIS API key body after AAPK (guessed: 96 chars [A-Za-z0-9_-]); newer
      AAPT keys guessed as AAPT + ~150 chars.
    - Planet API key shape `PLAK` + 32 lowercase hex: from memory.
    - Sentinel Hub client secret shape (guessed 32..40 chars alnum+some
      symbols); Maxar API key shape (guessed); HERE apiKey 43 chars base64url;
      HERE access.key.secret 86 chars base64url; TomTom 32 alnum; MapTiler 20
      alnum; GraphHopper key = UUID; OpenRouteService legacy key =
      5b3ce3597851110001cf6248 + 32 hex, newer = base64 JSON {"org","id","h"}.
    - Cesium ion token as HS256 JWT with {"jti","id","iat"} payload.
    - crypt1 labelled positive (reversible with GeoServer's well-known
      default key); crypt2 / digest1 labelled negative.
    - No scanner rules or scanner source were read; searches returned only
      vendor docs and one unrelated GitHub PR page.
"""
import base64
import io
import json
import os
import random
import string
import sys
import zipfile

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LALNUM = LOWER + DIG
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = UPPER + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


WORDS = ("harbor granite falcon willow copper meadow tundra basalt cedar ember "
         "glacier juniper lagoon marble nimbus orchid pebble quartz raven sierra "
         "thistle umber velvet walnut yarrow zephyr amber birch canyon delta "
         "estuary fjord gravel heron island jasper kelp lantern mesa nectar "
         "ocelot prairie quill ridge saffron timber upland valley wharf "
         "bramble cobalt dune falcon garnet hollow indigo kestrel lichen "
         "mangrove northwind oxbow pinyon rookery sandbar tarn vireo").split()
PW_SYM = "!#*-_.+=~^"
URL_SYM = "-_.~!*"


def human_pw(r, urlsafe=False):
    sym = URL_SYM if urlsafe else PW_SYM
    k = r.randrange(5)
    if k == 0:
        w = r.choice(WORDS).capitalize() + r.choice(sym) + r.choice(WORDS).capitalize()
        return w + str(r.randrange(10, 9999))
    if k == 1:
        n = r.randrange(16, 33)
        while True:
            s = rs(r, ALNUM + sym, n)
            if any(c in DIG for c in s) and any(c in sym for c in s) and s[0] in ALNUM:
                return s
    if k == 2:
        sep = r.choice("-._")
        return sep.join(r.choice(WORDS) for _ in range(r.randrange(3, 5))) + sep + str(r.randrange(1, 99))
    if k == 3:
        w = r.choice(WORDS)
        w = "".join(c.upper() if r.random() < 0.3 else c for c in w)
        return w + str(r.randrange(1960, 2025)) + r.choice(sym) + r.choice(WORDS).capitalize()
    return rs(r, ALNUM, r.randrange(18, 28))


# ---------------------------------------------------------------- secrets
def mk_cuid(r):
    return "c" + r.choice("kl m".replace(" ", "")) + rs(r, LALNUM, 23)


USERS = ["cityplanning", "terrawatch", "geolab-ops", "jhernandez", "mkowalski",
         "atlasmaps", "hydro-team", "fieldcrew", "ortho-pipeline", "parcelviewer",
         "nlopez", "agrisense", "fleetroute", "skylinegis", "dpatel"]


def mapbox_token(r, prefix="sk"):
    u = r.choice(USERS)
    payload = json.dumps({"u": u, "a": mk_cuid(r)}, separators=(",", ":")).encode()
    return "%s.%s.%s" % (prefix, b64url(payload), b64url(rbytes(r, 16)))


def aapk(r):
    if r.random() < 0.7:
        return "AAPK" + rs(r, HEX, 32) + rs(r, B64URL, 64)
    return "AAPT" + rs(r, B64URL, r.randrange(140, 170))


def cesium_token(r):
    hdr = b64url(b'{"alg":"HS256","typ":"JWT"}')
    p = {"jti": uuid4(r), "id": r.randrange(10000, 260000), "iat": r.randrange(1580000000, 1730000000)}
    if r.random() < 0.3:
        p["scopes"] = ["asr", "geocode"]
    return "%s.%s.%s" % (hdr, b64url(json.dumps(p, separators=(",", ":")).encode()), b64url(rbytes(r, 32)))


def here_key(r):
    return rs(r, B64URL, 43)


def tomtom_key(r):
    return rs(r, ALNUM, 32)


def maptiler_key(r):
    return rs(r, ALNUM, 20)


def planet_key(r):
    return "PLAK" + rs(r, HEX, 32)


def ors_key(r):
    if r.random() < 0.6:
        return "5b3ce3597851110001cf6248" + rs(r, HEX, 32)
    j = '{"org":"5b3ce3597851110001cf6248","id":"%s","h":"murmur64"}' % rs(r, HEX, 32)
    return base64.b64encode(j.encode()).decode()


def aws_pair(r):
    return "AKIA" + rs(r, B32, 16), rs(r, B64, 40)


def azure_key(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def gcs_hmac(r):
    return "GOOG1E" + rs(r, UPPER + DIG, 55), rs(r, B64, 40)


def sh_secret(r):
    return rs(r, ALNUM + "~.-_", r.randrange(32, 41))


def maxar_key(r):
    return rs(r, ALNUM, 48)


def crypt1(r):
    return "crypt1:" + base64.b64encode(rbytes(r, 8 + 8 * r.randrange(2, 4))).decode()


def crypt2(r):
    return "crypt2:" + base64.b64encode(rbytes(r, 16 * r.randrange(2, 4))).decode()


def digest1(r):
    return "digest1:" + base64.b64encode(rbytes(r, 48)).decode()


def rsa_pkcs8_b64(r):
    # PKCS#8 RSA-2048 header bytes are fixed; the rest random.
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    body = head + rs(r, B64, 1624 - len(head))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


# ---------------------------------------------------------------- filler
HOSTS = ["gisdb.prod.internal", "10.20.4.17", "pg-gis-01.corp.lan", "postgis.geo.svc.cluster.local",
         "db.cadastre.local", "172.16.30.12", "spatial-rds.c9xk2lm3qz1a.eu-west-1.rds.amazonaws.com",
         "geodb-primary", "pgsql.mapping.lan", "gis-pg.internal.county.gov"]
DBS = ["gis", "cadastre", "osm", "geodata", "utilities", "parcels", "hydro", "planning", "gisdata"]
DBUSERS = ["gis_editor", "qgis", "geoserver", "gisadmin", "mapserver", "tiles_ro", "etl_loader",
           "postgres", "sde", "arcgis_pub", "cad_writer"]
LAYERS = [("parcels", "MultiPolygon"), ("roads", "MultiLineString"), ("buildings", "MultiPolygon"),
          ("hydrants", "Point"), ("water_mains", "MultiLineString"), ("zoning", "MultiPolygon"),
          ("street_lights", "Point"), ("rivers", "MultiLineString"), ("land_use", "MultiPolygon"),
          ("addresses", "Point"), ("sewer_manholes", "Point"), ("trees", "Point")]
SCHEMAS = ["public", "cadastre", "infra", "planning", "hydro", "base"]
CRS = [("EPSG:4326", "WGS 84", "+proj=longlat +datum=WGS84 +no_defs"),
       ("EPSG:3857", "WGS 84 / Pseudo-Mercator", "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"),
       ("EPSG:25832", "ETRS89 / UTM zone 32N", "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"),
       ("EPSG:2154", "RGF93 v1 / Lambert-93", "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +units=m +no_defs"),
       ("EPSG:27700", "OSGB36 / British National Grid", "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m +no_defs"),
       ("EPSG:2263", "NAD83 / New York Long Island (ftUS)", "+proj=lcc +lat_0=40.1666666666667 +lon_0=-74 +lat_1=41.0333333333333 +lat_2=40.6666666666667 +x_0=300000 +y_0=0 +datum=NAD83 +units=us-ft +no_defs")]
ORGS = ["cityofmadison", "northwater", "geoplan-eu", "countygis", "terrasolid", "agrimaps", "coastwatch"]


def layer_id(r, name):
    h = rs(r, HEX, 32)
    return "%s_%s_%s_%s_%s_%s" % (name, h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ind(r):
    return r.choice(["  ", "    "])


def q(r):
    return r.choice(['"', "'"])


def date(r):
    return "%04d-%02d-%02d" % (r.randrange(2019, 2025), r.randrange(1, 13), r.randrange(1, 29))


def bbox(r):
    x = r.uniform(-120, 30)
    y = r.uniform(-40, 60)
    return (round(x, 6), round(y, 6), round(x + r.uniform(0.05, 2), 6), round(y + r.uniform(0.05, 2), 6))


# ---------------------------------------------------------------- QGIS
def qgs_doc(r, maplayers, title=None):
    """maplayers: list of dicts(name, id, geom, datasource, provider, type)."""
    crs = r.choice(CRS)
    ver = r.choice(["3.28.15-Firenze", "3.34.4-Prizren", "3.22.16-Białowieża", "3.36.2-Maidenhead", "3.16.14-Hannover"])
    title = title or r.choice(["Cadastre review", "Utility network", "Flood risk 2024", "Street tree inventory", "Zoning update"])
    xs = bbox(r)
    out = ["<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
           '<qgis version="%s" projectname="%s" saveUser="%s" saveDateTime="%sT%02d:%02d:%02d" saveUserFull="%s">'
           % (ver, title, r.choice(USERS), date(r), r.randrange(24), r.randrange(60), r.randrange(60), r.choice(["J. Hernandez", "M. Kowalski", "N. Lopez", "D. Patel"])),
           '  <homePath path=""/>', "  <title>%s</title>" % title, '  <transaction mode="Disabled"/>',
           "  <projectFlags set=\"\"/>", "  <projectCrs>", '    <spatialrefsys nativeFormat="Wkt">',
           "      <proj4>%s</proj4>" % crs[2], "      <srid>%s</srid>" % crs[0].split(":")[1],
           "      <authid>%s</authid>" % crs[0], "      <description>%s</description>" % crs[1],
           "    </spatialrefsys>", "  </projectCrs>", '  <layer-tree-group>',
           '    <customproperties>', '      <Option/>', '    </customproperties>']
    for m in maplayers:
        src = m["datasource"].replace("&", "&amp;").replace('"', "&quot;")
        out.append('    <layer-tree-layer name="%s" expanded="1" legend_exp="" checked="Qt::Checked" id="%s" providerKey="%s" source="%s" patch_size="-1,-1" legend_split_behavior="0">'
                   % (m["name"], m["id"], m["provider"], src))
        out += ['      <customproperties>', '        <Option/>', '      </customproperties>', '    </layer-tree-layer>']
    out += ['  </layer-tree-group>', '  <snapping-settings enabled="0" mode="2" tolerance="12" unit="1" type="1" intersection-snapping="0"/>',
            '  <projectlayers>']
    for m in maplayers:
        src = m["datasource"].replace("&", "&amp;").replace('"', "&quot;")
        out += ['    <maplayer type="%s" %srefreshOnNotifyEnabled="0" hasScaleBasedVisibilityFlag="0" autoRefreshTime="0" styleCategories="AllStyleCategories">'
                % (m["type"], 'geometry="%s" ' % m["geom"] if m["type"] == "vector" else ""),
                '      <extent>', '        <xmin>%s</xmin>' % xs[0], '        <ymin>%s</ymin>' % xs[1],
                '        <xmax>%s</xmax>' % xs[2], '        <ymax>%s</ymax>' % xs[3], '      </extent>',
                '      <id>%s</id>' % m["id"], '      <datasource>%s</datasource>' % src,
                '      <keywordList>', '        <value></value>', '      </keywordList>',
                '      <layername>%s</layername>' % m["name"],
                '      <srs>', '        <spatialrefsys nativeFormat="Wkt">',
                '          <authid>%s</authid>' % crs[0], '        </spatialrefsys>', '      </srs>',
                '      <provider encoding="UTF-8">%s</provider>' % m["provider"],
                '      <layerOpacity>1</layerOpacity>', '    </maplayer>']
    out += ['  </projectlayers>', '  <properties>', '    <Gui>',
            '      <CanvasColorBluePart type="int">255</CanvasColorBluePart>', '    </Gui>',
            '    <Measure>', '      <Ellipsoid type="QString">EPSG:7030</Ellipsoid>', '    </Measure>',
            '  </properties>', '</qgis>', '']
    return "\n".join(out)


def pg_ds(r, pw_clause, name=None, geom=None):
    name, geom = (name, geom) if name else r.choice(LAYERS)
    return ("dbname='%s' host=%s port=%d %s sslmode=%s key='%s' srid=%s type=%s checkPrimaryKeyUnicity='1' table=\"%s\".\"%s\" (geom)"
            % (r.choice(DBS), r.choice(HOSTS), r.choice([5432, 5432, 5433, 6432]), pw_clause,
               r.choice(["disable", "prefer", "require"]), r.choice(["gid", "fid", "id", "ogc_fid"]),
               r.choice(["4326", "25832", "2154", "3857", "27700"]), geom, r.choice(SCHEMAS), name))


def t_qgs_postgis(r, v, pos):
    ml = []
    n = r.randrange(1, 4)
    tgt = r.randrange(n)
    user = r.choice(DBUSERS)
    for i in range(n):
        name, geom = LAYERS[(r.randrange(len(LAYERS)))]
        clause = ("user='%s' password='%s'" % (user, v)) if i == tgt else "authcfg=%s" % rs(r, LALNUM, 7)
        if i != tgt and r.random() < 0.5:
            ml.append(dict(name="OpenStreetMap", id=layer_id(r, "OpenStreetMap"), geom="", provider="wms", type="raster",
                           datasource="type=xyz&url=https://tile.openstreetmap.org/{z}/{x}/{y}.png&zmax=19&zmin=0"))
            continue
        ml.append(dict(name=name, id=layer_id(r, name), geom=geom.replace("Multi", ""), provider="postgres", type="vector",
                       datasource=pg_ds(r, clause, name, geom)))
    path = r.choice(["project.qgs", "qgis/%s.qgs" % r.choice(["cadastre", "network", "review"]), "maps/editing.qgs", "projects/field_survey.qgs"])
    return path, qgs_doc(r, ml)


def t_qgs_wms(r, v, pos):
    url = r.choice(["https://geo.%s.gov/geoserver/ows" % r.choice(["county", "state", "water"]),
                    "https://maps.%s.net/wms" % r.choice(ORGS), "https://gis.%s.org/arcgis/services/Imagery/MapServer/WMSServer" % r.choice(ORGS)])
    user = r.choice(DBUSERS + ["wmsclient", "ortho_reader"])
    ds = ("contextualWMSLegend=0&crs=%s&dpiMode=7&featureCount=10&format=image/png&layers=%s&password=%s&styles&tilePixelRatio=0&url=%s&username=%s"
          % (r.choice(CRS)[0], r.choice(["ortho_2023", "basemap", "cadastre:parcels", "0"]), v, url, user))
    ml = [dict(name=r.choice(["Orthophoto 2023", "Basemap", "Parcels WMS"]), id=layer_id(r, "ortho"), geom="", provider="wms", type="raster", datasource=ds)]
    name, geom = r.choice(LAYERS)
    ml.append(dict(name=name, id=layer_id(r, name), geom=geom, provider="ogr", type="vector", datasource="./data/%s.gpkg|layername=%s" % (name, name)))
    return r.choice(["qgis/basemap.qgs", "orthophoto.qgs", "projects/wms_review.qgs"]), qgs_doc(r, ml)


def t_qgs_xyz_key(r, v, pos):
    style = r.choice(["streets-v2", "satellite", "topo-v2", "outdoor-v2", "basic-v2"])
    ext = "jpg" if style == "satellite" else "png"
    ds = "type=xyz&url=https://api.maptiler.com/maps/%s/256/{z}/{x}/{y}.%s?key%%3D%s&zmax=20&zmin=0" % (style, ext, v)
    ml = [dict(name="MapTiler %s" % style, id=layer_id(r, "MapTiler"), geom="", provider="wms", type="raster", datasource=ds)]
    name, geom = r.choice(LAYERS)
    ml.append(dict(name=name, id=layer_id(r, name), geom=geom, provider="ogr", type="vector", datasource="./%s.shp" % name))
    return r.choice(["basemaps.qgs", "qgis/print_layout.qgs", "atlas.qgs"]), qgs_doc(r, ml)


def t_qgz(r, v, pos):
    path, text = t_qgs_postgis(r, v, pos)
    base = os.path.basename(path)[:-4]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        zi = zipfile.ZipInfo(base + ".qgs", date_time=(2024, r.randrange(1, 13), r.randrange(1, 28), 9, 30, 0))
        z.writestr(zi, text.encode())
        zi = zipfile.ZipInfo(base + ".qgd", date_time=(2024, 1, 1, 0, 0, 0))
        z.writestr(zi, b"SQLite format 3\x00" + rbytes(r, 200))
    return os.path.dirname(path) + ("/" if os.path.dirname(path) else "") + base + ".qgz", buf.getvalue()


def t_qgis_ini(r, v, pos):
    conn = r.choice(["prod_gis", "cadastre", "PostGIS%20prod", "utility_db"])
    host, db, user = r.choice(HOSTS), r.choice(DBS), r.choice(DBUSERS)
    lines = ["[General]", "locale\\userLocale=en_US", "locale\\overrideFlag=false", "",
             "[Plugins]", "processing\\enabled=true", "quick_map_services\\enabled=true", "",
             "[qgis]", "digitizing\\default_snap_mode=2", "newProjectDefault=false",
             "connections-xyz\\OpenStreetMap\\url=https://tile.openstreetmap.org/{z}/{x}/{y}.png",
             "connections-xyz\\OpenStreetMap\\zmax=19", "", "[PostgreSQL]",
             "connections\\selected=%s" % conn,
             "connections\\%s\\service=" % conn, "connections\\%s\\host=%s" % (conn, host),
             "connections\\%s\\database=%s" % (conn, db), "connections\\%s\\port=5432" % conn,
             "connections\\%s\\sslmode=SslPrefer" % conn, "connections\\%s\\username=%s" % (conn, user),
             "connections\\%s\\password=%s" % (conn, v), "connections\\%s\\saveUsername=true" % conn,
             "connections\\%s\\savePassword=true" % conn, "connections\\%s\\authcfg=" % conn,
             "connections\\%s\\publicOnly=false" % conn, "connections\\%s\\geometryColumnsOnly=false" % conn,
             "connections\\%s\\estimatedMetadata=true" % conn, "", "[Processing]",
             "Configuration\\OUTPUTS_FOLDER=/home/%s/processing" % r.choice(USERS), ""]
    return r.choice(["profiles/default/QGIS/QGIS3.ini", "qgis-profile/QGIS/QGIS3.ini", "dotfiles/QGIS3.ini"]), "\n".join(lines)


def t_pyqgis_auth(r, v, pos):
    i = ind(r)
    url = "https://geo.%s.org/geoserver/wfs" % r.choice(ORGS)
    var = r.choice(["WFS_PASS", "secret", "pw", "cred"])
    t = '''"""Register the WFS basic-auth credentials in the QGIS auth DB and load layers."""
from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsProject,
                       QgsVectorLayer, QgsDataSourceUri)

WFS_URL = "%s"
WFS_USER = "%s"
%s = "%s"


def register_auth():
%sauth_mgr = QgsApplication.authManager()
%scfg = QgsAuthMethodConfig()
%scfg.setName("wfs-%s")
%scfg.setMethod("Basic")
%scfg.setUri(WFS_URL)
%scfg.setConfig("username", WFS_USER)
%scfg.setConfig("password", %s)
%sassert cfg.isValid()
%sauth_mgr.storeAuthenticationConfig(cfg)
%sreturn cfg.id()


def load_layers(authcfg, typenames=("%s", "%s")):
%sfor tn in typenames:
%s%suri = QgsDataSourceUri()
%s%suri.setParam("url", WFS_URL)
%s%suri.setParam("typename", tn)
%s%suri.setParam("srsname", "%s")
%s%suri.setAuthConfigId(authcfg)
%s%slyr = QgsVectorLayer(uri.uri(), tn.split(":")[-1], "WFS")
%s%sif lyr.isValid():
%s%s%sQgsProject.instance().addMapLayer(lyr)


load_layers(register_auth())
''' % (url, r.choice(DBUSERS), var, v, i, i, i, r.choice(ORGS), i, i, i, i, var, i, i, i,
       "topp:" + r.choice(LAYERS)[0], "topp:" + r.choice(LAYERS)[0], i, i, i, i, i, i, i, i, i, r.choice(CRS)[0], i, i, i, i, i, i, i, i, i)
    return r.choice(["scripts/setup_auth.py", "plugins/wfs_loader/auth.py", "tools/qgis_register_wfs.py"]), t


# ---------------------------------------------------------------- libpq files
def t_pg_service(r, v, pos):
    lines = ["# PostgreSQL connection service file", "# Used by QGIS (service=...) and psql", ""]
    tgt = r.randrange(2)
    for k in range(2):
        svc = ["gis_prod", "gis_staging"][k] if r.random() < 0.5 else ["cadastre", "cadastre_dev"][k]
        lines += ["[%s]" % svc, "host=%s" % r.choice(HOSTS), "port=%d" % r.choice([5432, 6432]),
                  "dbname=%s" % r.choice(DBS), "user=%s" % r.choice(DBUSERS)]
        if k == tgt:
            lines.append("password=%s" % v)
        lines += ["sslmode=%s" % r.choice(["require", "verify-full", "prefer"]), ""]
    return r.choice(["pg_service.conf", "config/pg_service.conf", "deploy/qgis-server/pg_service.conf"]), "\n".join(lines)


def t_pgpass(r, v, pos):
    lines = ["# hostname:port:database:username:password"]
    if r.random() < 0.5:
        lines.append("# local socket uses peer auth")
    lines.append("%s:%d:%s:%s:%s" % (r.choice(HOSTS), r.choice([5432, 6432]), r.choice(DBS), r.choice(DBUSERS), v))
    return r.choice(["ops/pgpass", "deploy/pgpass.conf", "docker/qgis-server/pgpass"]), "\n".join(lines) + "\n"


def t_ogr2ogr_make(r, v, pos):
    host, db, user = r.choice(HOSTS), r.choice(DBS), r.choice(DBUSERS)
    name = r.choice(LAYERS)[0]
    t = """# Load open data into PostGIS
SHELL := /bin/bash
DATA_DIR ?= data/raw
PGHOST := %s
PGDB := %s
PG_CONN := PG:"host=$(PGHOST) port=5432 dbname=$(PGDB) user=%s password=%s"
SRS := %s

.PHONY: all clean load-%s

all: load-%s

$(DATA_DIR)/%s.zip:
\tmkdir -p $(DATA_DIR)
\tcurl -sSL -o $@ https://opendata.%s.org/downloads/%s.zip

load-%s: $(DATA_DIR)/%s.zip
\tunzip -o $< -d $(DATA_DIR)/%s
\togr2ogr -f PostgreSQL $(PG_CONN) $(DATA_DIR)/%s/%s.shp \\
\t\t-nln staging.%s -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom \\
\t\t-t_srs $(SRS) -overwrite -progress

clean:
\trm -rf $(DATA_DIR)
""" % (host, db, user, v, r.choice(CRS)[0], name, name, name, r.choice(ORGS), name, name, name, name, name, name, name)
    return r.choice(["Makefile", "etl/Makefile", "data/Makefile"]), t


# ---------------------------------------------------------------- GeoServer
def t_gs_datastore(r, v, pos):
    ws = r.choice(["topp", "cadastre", "utilities", "city"])
    ds = r.choice(["postgis_prod", "gisdb", "cadastre_pg"])
    t = """<dataStore>
  <id>DataStoreInfoImpl--%s:%s</id>
  <name>%s</name>
  <type>PostGIS</type>
  <enabled>true</enabled>
  <workspace>
    <id>WorkspaceInfoImpl--%s:%s</id>
  </workspace>
  <connectionParameters>
    <entry key="schema">%s</entry>
    <entry key="Evictor run periodicity">300</entry>
    <entry key="Max open prepared statements">50</entry>
    <entry key="encode functions">true</entry>
    <entry key="Batch insert size">1</entry>
    <entry key="preparedStatements">false</entry>
    <entry key="database">%s</entry>
    <entry key="host">%s</entry>
    <entry key="Loose bbox">true</entry>
    <entry key="SSL mode">%s</entry>
    <entry key="Estimated extends">true</entry>
    <entry key="fetch size">1000</entry>
    <entry key="Expose primary keys">false</entry>
    <entry key="validate connections">true</entry>
    <entry key="Support on the fly geometry simplification">true</entry>
    <entry key="Connection timeout">20</entry>
    <entry key="create database">false</entry>
    <entry key="port">5432</entry>
    <entry key="passwd">%s</entry>
    <entry key="min connections">1</entry>
    <entry key="dbtype">postgis</entry>
    <entry key="namespace">http://%s.%s.org</entry>
    <entry key="max connections">10</entry>
    <entry key="Evictor tests per run">3</entry>
    <entry key="Test while idle">true</entry>
    <entry key="user">%s</entry>
    <entry key="Max connection idle time">300</entry>
  </connectionParameters>
  <__default>false</__default>
  <dateCreated>%s 09:12:44.512 UTC</dateCreated>
</dataStore>
""" % (rs(r, HEX, 8), rs(r, HEX, 11), ds, rs(r, HEX, 8), rs(r, HEX, 11), r.choice(SCHEMAS), r.choice(DBS),
       r.choice(HOSTS), r.choice(["DISABLE", "ALLOW", "REQUIRE"]), v, ws, r.choice(ORGS), r.choice(DBUSERS), date(r))
    return "geoserver_data/workspaces/%s/%s/datastore.xml" % (ws, ds), t


def t_gs_users(r, v, pos):
    names = r.sample(["admin", "editor", "wfs_writer", "viewer", "publisher", "etl", "mapper"], 3)
    tgt = r.randrange(3)
    rows = []
    for i, n in enumerate(names):
        pw = v if i == tgt else r.choice([digest1(r), crypt2(r)])
        rows.append('        <user enabled="true" name="%s" password="%s"/>' % (n, pw))
    t = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<userRegistry xmlns="http://www.geoserver.org/security/users" version="1.0">
    <users>
%s
    </users>
    <groups/>
</userRegistry>
""" % "\n".join(rows)
    return r.choice(["geoserver_data/security/usergroup/default/users.xml", "data_dir/security/usergroup/default/users.xml"]), t


def t_gs_env(r, v, pos):
    t = """# geoserver-environment.properties
# Enabled with -DALLOW_ENV_PARAMETRIZATION=true
DB_HOST=%s
DB_PORT=5432
DB_NAME=%s
DB_SCHEMA=%s
DB_USER=%s
DB_PASSWORD=%s
DB_MAX_CONN=%d
PROXY_BASE_URL=https://maps.%s.org/geoserver
CATALOG_TITLE=%s
""" % (r.choice(HOSTS), r.choice(DBS), r.choice(SCHEMAS), r.choice(DBUSERS), v, r.choice([10, 20, 30]),
       r.choice(ORGS), r.choice(["Municipal GIS", "Water utility", "Open data"]))
    return r.choice(["geoserver_data/geoserver-environment.properties", "docker/geoserver/geoserver-environment.properties"]), t


def t_gs_curl(r, v, pos):
    user = r.choice(["admin", "publisher", "gs_admin"])
    ws = r.choice(["topp", "cadastre", "city"])
    t = """#!/usr/bin/env bash
# Publish a PostGIS table as a GeoServer layer via REST
set -euo pipefail

GS=${GS:-https://maps.%s.org/geoserver}
AUTH="%s:%s"
WS=%s
STORE=postgis_prod
LAYER=${1:?usage: $0 table_name}

curl -sf -u "$AUTH" -XPOST -H "Content-type: text/xml" \\
  -d "<featureType><name>${LAYER}</name><srs>%s</srs></featureType>" \\
  "$GS/rest/workspaces/$WS/datastores/$STORE/featuretypes"

curl -sf -u "$AUTH" -XPUT -H "Content-type: text/xml" \\
  -d "<layer><defaultStyle><name>${LAYER}</name></defaultStyle></layer>" \\
  "$GS/rest/layers/$WS:${LAYER}"

echo "published $WS:$LAYER"
""" % (r.choice(ORGS), user, v, ws, r.choice(CRS)[0])
    return r.choice(["scripts/publish_layer.sh", "bin/gs-publish.sh"]), t


def t_gs_compose(r, v, pos):
    t = """version: "3.8"
services:
  postgis:
    image: postgis/postgis:%s
    environment:
      POSTGRES_DB: %s
      POSTGRES_USER: %s
      POSTGRES_PASSWORD: %s
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"
  geoserver:
    image: docker.osgeo.org/geoserver:%s
    depends_on:
      - postgis
    environment:
      - INSTALL_EXTENSIONS=true
      - STABLE_EXTENSIONS=wps,css
      - CORS_ENABLED=true
      - SKIP_DEMO_DATA=true
    ports:
      - "8080:8080"
volumes:
  pgdata:
""" % (r.choice(["15-3.4", "16-3.4", "14-3.3"]), r.choice(DBS), r.choice(DBUSERS), v, r.choice(["2.24.2", "2.25.0", "2.23.4"]))
    return r.choice(["docker-compose.yml", "deploy/compose.yaml", "stack/docker-compose.gis.yml"]), t


# ---------------------------------------------------------------- MapServer
def t_mapfile(r, v, pos):
    name, geom = r.choice(LAYERS)
    gtype = {"Point": "POINT", "MultiLineString": "LINE", "MultiPolygon": "POLYGON"}[geom]
    crs = r.choice(CRS)
    b = bbox(r)
    t = """MAP
  NAME "%s"
  STATUS ON
  SIZE 800 600
  EXTENT %s %s %s %s
  UNITS DD
  IMAGECOLOR 255 255 255
  PROJECTION
    "init=epsg:4326"
  END
  WEB
    METADATA
      "wms_title"          "%s"
      "wms_onlineresource" "https://maps.%s.org/cgi-bin/mapserv?map=/srv/maps/%s.map"
      "wms_srs"            "EPSG:4326 EPSG:3857 %s"
      "wms_enable_request" "*"
    END
  END
  LAYER
    NAME "%s"
    TYPE %s
    STATUS ON
    CONNECTIONTYPE POSTGIS
    CONNECTION "host=%s dbname=%s user=%s password=%s port=5432"
    DATA "geom from %s.%s using unique gid using srid=%s"
    PROCESSING "CLOSE_CONNECTION=DEFER"
    METADATA
      "wms_title" "%s"
      "gml_include_items" "all"
    END
    CLASS
      NAME "%s"
      STYLE
        COLOR %d %d %d
        OUTLINECOLOR 40 40 40
      END
    END
  END
END
""" % (name, b[0], b[1], b[2], b[3], name.title(), r.choice(ORGS), name, crs[0], name, gtype, r.choice(HOSTS),
       r.choice(DBS), r.choice(DBUSERS), v, r.choice(SCHEMAS), name, crs[0].split(":")[1], name.title(), name,
       r.randrange(256), r.randrange(256), r.randrange(256))
    return r.choice(["mapserver/%s.map" % name, "maps/%s.map" % name, "mapfiles/%s.map" % name]), t


def t_mapfile_wmsauth(r, v, pos):
    t = """LAYER
  NAME "ortho_%d"
  TYPE RASTER
  STATUS ON
  CONNECTIONTYPE WMS
  CONNECTION "https://imagery.%s.net/wms?"
  METADATA
    "wms_srs"             "EPSG:3857"
    "wms_name"            "ortho"
    "wms_server_version"  "1.3.0"
    "wms_format"          "image/jpeg"
    "wms_auth_type"       "basic"
    "wms_auth_username"   "%s"
    "wms_auth_password"   "%s"
    "wms_connectiontimeout" "30"
  END
  PROJECTION
    "init=epsg:3857"
  END
END
""" % (r.randrange(2015, 2025), r.choice(ORGS), r.choice(USERS), v)
    return r.choice(["mapfiles/include/ortho.map", "mapserver/layers/ortho_wms.map"]), t


# ---------------------------------------------------------------- GDAL
def t_gdal_s3(r, v, pos):
    kid = aws_pair(r)[0] if pos else "${AWS_ACCESS_KEY_ID}"
    b = r.choice(["ortho-cog", "dem-tiles", "sentinel-mosaics", "lidar-derivatives"])
    t = """#!/bin/sh
# Convert the ortho mosaic to Cloud Optimized GeoTIFF and push it to S3
set -e
IN=${1:-mosaic.vrt}
OUT=/vsis3/%s-%s/%s/ortho_cog.tif

gdal_translate "$IN" "$OUT" \\
  --config AWS_ACCESS_KEY_ID %s \\
  --config AWS_SECRET_ACCESS_KEY %s \\
  --config AWS_REGION %s \\
  --config CPL_VSIL_USE_TEMP_FILE_FOR_RANDOM_WRITE YES \\
  -of COG -co COMPRESS=DEFLATE -co PREDICTOR=2 -co BLOCKSIZE=512 \\
  -co OVERVIEW_RESAMPLING=AVERAGE -a_srs %s

gdalinfo --config AWS_REGION %s "$OUT" | head -20
""" % (r.choice(ORGS), b, r.randrange(2018, 2025), kid, v, r.choice(["eu-west-1", "us-east-1", "us-west-2"]),
       r.choice(CRS)[0], r.choice(["eu-west-1", "us-east-1"]))
    return r.choice(["scripts/to_cog.sh", "pipeline/publish_ortho.sh", "bin/cog_upload.sh"]), t


def t_gdal_azure(r, v, pos):
    acct = r.choice(ORGS).replace("-", "") + r.choice(["geo", "rasters", "gis"])
    t = """#!/usr/bin/env bash
# Build overviews for DEM tiles stored in Azure Blob
export AZURE_STORAGE_ACCOUNT=%s
export AZURE_STORAGE_ACCESS_KEY="%s"
export GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR
export CPL_VSIL_CURL_ALLOWED_EXTENSIONS=".tif,.vrt"

gdalbuildvrt -overwrite dem.vrt /vsiaz/dem/tiles/*.tif
gdaladdo -r average dem.vrt 2 4 8 16 32
gdal_translate dem.vrt /vsiaz/dem/mosaic/dem_%d.tif -of COG -co COMPRESS=LZW
""" % (acct, v, r.randrange(2019, 2025))
    return r.choice(["scripts/dem_overviews.sh", "jobs/azure_dem.sh"]), t


def t_gdal_gcs(r, v, pos):
    kid = gcs_hmac(r)[0] if pos else "$GS_ACCESS_KEY_ID"
    t = """# GDAL options for reading Sentinel-2 COGs from our GCS bucket (sourced by batch jobs)
GDAL_HTTP_MAX_RETRY=5
GDAL_HTTP_RETRY_DELAY=2
GDAL_CACHEMAX=512
VSI_CACHE=TRUE
GS_ACCESS_KEY_ID=%s
GS_SECRET_ACCESS_KEY=%s
GS_OAUTH2_PROJECT_ID=%s-%d
CPL_VSIL_CURL_CACHE_SIZE=200000000
""" % (kid, v, r.choice(ORGS), r.randrange(100000, 999999))
    return r.choice(["config/gdal.conf", "batch/gdal_env.sh", "jobs/gcs.env.sh"]), t


def t_gdal_py(r, v, pos):
    kid = aws_pair(r)[0] if pos else "os.environ['AWS_ACCESS_KEY_ID']"
    kid_expr = '"%s"' % kid if pos else kid
    i = ind(r)
    t = '''import os
from osgeo import gdal

gdal.UseExceptions()

# read COGs straight from the bucket
gdal.SetConfigOption("AWS_ACCESS_KEY_ID", %s)
gdal.SetConfigOption("AWS_SECRET_ACCESS_KEY", "%s")
gdal.SetConfigOption("AWS_REGION", "%s")
gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")

BUCKET = "/vsis3/%s-rasters"


def clip(tile, cutline, dst):
%sopts = gdal.WarpOptions(cutlineDSName=cutline, cropToCutline=True, dstSRS="%s",
%s                        creationOptions=["COMPRESS=DEFLATE", "TILED=YES"])
%sreturn gdal.Warp(dst, f"{BUCKET}/{tile}", options=opts)


if __name__ == "__main__":
%sclip("dem/N%02dE%03d.tif", "aoi.geojson", "dem_clip.tif")
''' % (kid_expr, v, r.choice(["eu-central-1", "us-east-1"]), r.choice(ORGS), i, r.choice(CRS)[0], i, i, i,
       r.randrange(0, 60), r.randrange(0, 180))
    return r.choice(["src/clip_dem.py", "processing/warp.py", "etl/raster_clip.py"]), t


# ---------------------------------------------------------------- Esri
def t_arcpy_signin(r, v, pos):
    org = r.choice(ORGS)
    user = r.choice(USERS) + "_" + org
    var = r.choice(["PORTAL_PW", "pw", "token_pass", "login_secret"])
    t = '''# -*- coding: utf-8 -*-
"""Nightly overwrite of the hosted feature layer from the enterprise gdb."""
import arcpy
import os

PORTAL = "https://%s.maps.arcgis.com"
USER = "%s"
%s = "%s"
SD_DIR = r"C:\\gis\\publishing\\%s"
ITEM_ID = "%s"

arcpy.env.overwriteOutput = True
arcpy.SignInToPortal(PORTAL, USER, %s)

aprx = arcpy.mp.ArcGISProject(r"C:\\gis\\projects\\%s.aprx")
m = aprx.listMaps("%s")[0]
draft = m.getWebLayerSharingDraft("HOSTING_SERVER", "FEATURE", "%s")
draft.overwriteExistingService = True
sddraft = os.path.join(SD_DIR, "%s.sddraft")
sd = os.path.join(SD_DIR, "%s.sd")
draft.exportToSDDraft(sddraft)
arcpy.server.StageService(sddraft, sd)
arcpy.server.UploadServiceDefinition(sd, "My Hosted Services")
print("done", ITEM_ID)
''' % (org, user, var, v, org, rs(r, HEX, 32), var, org, r.choice(["Main", "Publishing", "Map"]),
       r.choice(LAYERS)[0], "svc", "svc")
    return r.choice(["publish/overwrite_hosted.py", "arcpy_scripts/nightly_publish.py", "tools/OverwriteService.py"]), t


def t_arcpy_sde(r, v, pos):
    inst = r.choice(["sqlgis01.corp.lan", "gis-pg.internal.county.gov", "ora-gis:1521/GISPROD"])
    plat = "POSTGRESQL" if "pg" in inst else ("ORACLE" if "ora" in inst else "SQL_SERVER")
    t = '''import arcpy

out_folder = r"C:\\gis\\connections"
arcpy.management.CreateDatabaseConnection(
    out_folder,
    "%s.sde",
    "%s",
    "%s",
    "DATABASE_AUTH",
    "%s",
    "%s",
    "SAVE_USERNAME",
    "%s",
)

arcpy.env.workspace = out_folder + r"\\%s.sde"
for fc in arcpy.ListFeatureClasses():
    print(fc, arcpy.management.GetCount(fc)[0])
''' % (r.choice(["gisprod_sde", "editor", "cadastre"]), plat, inst, r.choice(["sde", "gisowner", "editor"]), v,
       r.choice(DBS), "gisprod_sde")
    return r.choice(["scripts/make_connection.py", "admin/create_sde_conn.py"]), t


def t_arcgis_gis(r, v, pos):
    org = r.choice(ORGS)
    t = '''from arcgis.gis import GIS
from arcgis.features import FeatureLayer
import pandas as pd

gis = GIS("https://%s.maps.arcgis.com", "%s", "%s")
print("Logged in as", gis.properties.user.username)

item = gis.content.get("%s")
fl = item.layers[0]
sdf = pd.DataFrame.spatial.from_layer(fl)
sdf = sdf[sdf["STATUS"] == "%s"]
print(len(sdf), "features")
sdf.spatial.to_featureclass(location=r"./out/%s.shp")
''' % (org, r.choice(USERS), v, rs(r, HEX, 32), r.choice(["OPEN", "ACTIVE", "PENDING"]), r.choice(LAYERS)[0])
    return r.choice(["notebooks/export_layer.py", "src/sync_agol.py", "scripts/agol_export.py"]), t


def t_arcgis_js(r, v, pos):
    t = '''import esriConfig from "@arcgis/core/config";
import Map from "@arcgis/core/Map";
import MapView from "@arcgis/core/views/MapView";
import FeatureLayer from "@arcgis/core/layers/FeatureLayer";

esriConfig.apiKey = "%s";

const map = new Map({ basemap: "arcgis/%s" });

const view = new MapView({
  container: "viewDiv",
  map,
  center: [%s, %s],
  zoom: %d,
});

const layer = new FeatureLayer({
  url: "https://services%d.arcgis.com/%s/arcgis/rest/services/%s/FeatureServer/0",
  outFields: ["*"],
});
map.add(layer);
''' % (v, r.choice(["topographic", "streets", "navigation", "imagery"]), round(r.uniform(-120, 20), 4),
       round(r.uniform(-30, 60), 4), r.randrange(9, 16), r.randrange(1, 9), rs(r, ALNUM, 16), r.choice(LAYERS)[0].title())
    return r.choice(["src/map.js", "web/src/main.js", "frontend/src/arcgisMap.js"]), t


def t_arcgis_yaml(r, v, pos):
    t = """# geocoding / routing service settings
arcgis:
  portal_url: https://www.arcgis.com
  %s: %s
  geocode_url: https://geocode-api.arcgis.com/arcgis/rest/services/World/GeocodeServer
  route_url: https://route-api.arcgis.com/arcgis/rest/services/World/Route/NAServer/Route_World
  batch_size: %d
  timeout_s: 30
logging:
  level: INFO
""" % (r.choice(["api_key", "token", "location_key", "credential"]), v, r.choice([100, 500, 1000]))
    return r.choice(["config/geocoder.yaml", "settings/arcgis.yml"]), t


# ---------------------------------------------------------------- Mapbox
def mb_user(r, v):
    try:
        return json.loads(base64.urlsafe_b64decode(v.split(".")[1] + "==").decode())["u"]
    except Exception:
        return r.choice(USERS)


def t_mapbox_upload_sh(r, v, pos):
    user = mb_user(r, v)
    t = """#!/usr/bin/env bash
# Build vector tiles and upload them to Mapbox
set -euo pipefail

export MAPBOX_ACCESS_TOKEN=%s
TILESET=%s.%s

tippecanoe -o build/%s.mbtiles -zg --drop-densest-as-needed \\
  -l %s data/%s.geojson --force

mapbox upload "$TILESET" build/%s.mbtiles
echo "uploaded $TILESET"
""" % (v, user, r.choice(LAYERS)[0], "out", r.choice(LAYERS)[0], "layer", "out")
    return r.choice(["scripts/upload_tiles.sh", "tiles/publish.sh"]), t


def t_mapbox_py(r, v, pos):
    var = r.choice(["MAPBOX_TOKEN", "MB_SK", "tilesets_auth", "upload_cred"])
    user = mb_user(r, v)
    t = '''import json
import requests

%s = "%s"
USERNAME = "%s"
SOURCE_ID = "%s"


def upload_source(path):
    url = f"https://api.mapbox.com/tilesets/v1/sources/{USERNAME}/{SOURCE_ID}"
    with open(path, "rb") as fh:
        resp = requests.post(url, params={"access_token": %s}, files={"file": fh})
    resp.raise_for_status()
    return resp.json()


def create_tileset(recipe):
    tid = f"{USERNAME}.{SOURCE_ID}"
    resp = requests.post(
        f"https://api.mapbox.com/tilesets/v1/{tid}",
        params={"access_token": %s},
        json={"recipe": recipe, "name": SOURCE_ID},
    )
    return resp.json()


if __name__ == "__main__":
    print(upload_source("data/%s.geojson.ld"))
    print(create_tileset(json.load(open("recipe.json"))))
''' % (var, v, user, r.choice(LAYERS)[0], var, var, r.choice(LAYERS)[0])
    return r.choice(["tools/mts_upload.py", "pipeline/tilesets.py"]), t


def t_mapbox_gradle(r, v, pos):
    t = """# Project-wide Gradle settings.
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
MAPBOX_DOWNLOADS_TOKEN=%s
""" % v
    return r.choice(["gradle.properties", "android/gradle.properties"]), t


def t_mapbox_netrc(r, v, pos):
    t = "machine api.mapbox.com\nlogin mapbox\npassword %s\n" % v
    return r.choice(["ci/netrc", "ios/.netrc", "dotfiles/netrc"]), t


# ---------------------------------------------------------------- others
def t_maptiler_js(r, v, pos):
    style = r.choice(["streets-v2", "outdoor-v2", "dataviz", "basic-v2"])
    t = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>%s map</title>
  <script src="https://unpkg.com/maplibre-gl@%s/dist/maplibre-gl.js"></script>
  <link href="https://unpkg.com/maplibre-gl@%s/dist/maplibre-gl.css" rel="stylesheet">
  <style>body{margin:0}#map{position:absolute;top:0;bottom:0;width:100%%}</style>
</head>
<body>
<div id="map"></div>
<script>
  const map = new maplibregl.Map({
    container: "map",
    style: "https://api.maptiler.com/maps/%s/style.json?key=%s",
    center: [%s, %s],
    zoom: %d
  });
  map.addControl(new maplibregl.NavigationControl());
</script>
</body>
</html>
''' % (r.choice(["Parcels", "Trails", "Flood"]), "4.1.2", "4.1.2", style, v, round(r.uniform(-10, 30), 4), round(r.uniform(35, 60), 4), r.randrange(8, 15))
    return r.choice(["public/index.html", "web/map.html", "docs/demo/index.html"]), t


def t_cesium(r, v, pos):
    t = '''import * as Cesium from "cesium";
import "cesium/Build/Cesium/Widgets/widgets.css";

Cesium.Ion.defaultAccessToken =
  "%s";

const viewer = new Cesium.Viewer("cesiumContainer", {
  terrain: Cesium.Terrain.fromWorldTerrain(),
  timeline: false,
  animation: false,
});

const tileset = await Cesium.Cesium3DTileset.fromIonAssetId(%d);
viewer.scene.primitives.add(tileset);
viewer.camera.flyTo({
  destination: Cesium.Cartesian3.fromDegrees(%s, %s, %d),
});
''' % (v, r.randrange(10000, 2800000), round(r.uniform(-120, 30), 4), round(r.uniform(-30, 60), 4), r.randrange(500, 5000))
    return r.choice(["src/viewer.js", "app/src/cesiumViewer.js", "web/src/scene.js"]), t


def t_here_py(r, v, pos):
    var = r.choice(["HERE_API_KEY", "here_key", "apikey", "HERE_AUTH"])
    t = '''import requests

%s = "%s"
GEOCODE = "https://geocode.search.hereapi.com/v1/geocode"


def geocode(address):
    r = requests.get(GEOCODE, params={"q": address, "apiKey": %s, "in": "countryCode:%s"}, timeout=10)
    r.raise_for_status()
    items = r.json().get("items", [])
    if not items:
        return None
    pos = items[0]["position"]
    return pos["lat"], pos["lng"]


if __name__ == "__main__":
    import csv, sys
    for row in csv.DictReader(open(sys.argv[1])):
        print(row["id"], geocode(row["address"]))
''' % (var, v, var, r.choice(["USA", "DEU", "FRA", "GBR"]))
    return r.choice(["geocode/here_batch.py", "scripts/geocode_addresses.py"]), t


def t_here_props(r, v, pos):
    t = """here.user.id = HERE-%s
here.client.id = %s
here.access.key.id = %s
here.access.key.secret = %s
here.token.endpoint.url = https://account.api.here.com/oauth2/token
""" % (uuid4(r), rs(r, ALNUM, 20), rs(r, B64URL, 22), v)
    return r.choice(["config/credentials.properties", "here/credentials.properties"]), t


def t_tomtom(r, v, pos):
    t = json.dumps({"name": "fleet-router", "routing": {"provider": "tomtom", "baseUrl": "https://api.tomtom.com/routing/1",
                    "key": v, "travelMode": "truck", "traffic": True},
                    "map": {"tileUrl": "https://api.tomtom.com/map/1/tile/basic/main/{z}/{x}/{y}.png", "maxZoom": 20},
                    "depots": [{"id": "D%02d" % i, "lat": round(r.uniform(40, 55), 5), "lon": round(r.uniform(-5, 20), 5)} for i in range(r.randrange(2, 5))]},
                   indent=r.choice([2, 4]))
    return r.choice(["config/routing.json", "src/config/tomtom.json"]), t + "\n"


def t_gee_sa(r, v, pos):
    proj = "%s-ee-%d" % (r.choice(ORGS), r.randrange(1000, 9999))
    sa = "%s@%s.iam.gserviceaccount.com" % (r.choice(["ee-runner", "earthengine", "gee-export"]), proj)
    d = ['{', '  "type": "service_account",', '  "project_id": "%s",' % proj,
         '  "private_key_id": "%s",' % rs(r, HEX, 40), '  "private_key": "%s",' % v,
         '  "client_email": "%s",' % sa, '  "client_id": "%s",' % "".join(r.choice(DIG) for _ in range(21)),
         '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token",',
         '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
         '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",' % sa.replace("@", "%40"),
         '  "universe_domain": "googleapis.com"', '}', '']
    return r.choice(["credentials/ee-service-account.json", "gee/privatekey.json", "secrets/earthengine-key.json"]), "\n".join(d)


def t_planet(r, v, pos):
    t = '''import os
import requests
from requests.auth import HTTPBasicAuth

PL_API_KEY = "%s"
SEARCH_URL = "https://api.planet.com/data/v1/quick-search"

aoi = {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}

payload = {
    "item_types": ["PSScene"],
    "filter": {
        "type": "AndFilter",
        "config": [
            {"type": "GeometryFilter", "field_name": "geometry", "config": aoi},
            {"type": "RangeFilter", "field_name": "cloud_cover", "config": {"lte": 0.%d}},
        ],
    },
}

resp = requests.post(SEARCH_URL, auth=HTTPBasicAuth(PL_API_KEY, ""), json=payload)
for feat in resp.json()["features"]:
    print(feat["id"], feat["properties"]["acquired"])
''' % ((v,) + tuple(x for b in [bbox(r)] for x in (b[0], b[1], b[2], b[1], b[2], b[3], b[0], b[3], b[0], b[1])) + (r.randrange(1, 4),))
    return r.choice(["planet/search.py", "scripts/planet_search.py"]), t


def t_sentinelhub(r, v, pos):
    t = """[default-profile]
instance_id = ""
sh_client_id = "%s"
sh_client_secret = "%s"
sh_base_url = "https://services.sentinel-hub.com"
sh_token_url = "https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token"
geopedia_wms_url = "https://service.geopedia.world"
aws_access_key_id = ""
aws_secret_access_key = ""
max_download_attempts = 4
download_sleep_time = 5.0
download_timeout_seconds = 120.0
number_of_download_processes = 1
max_wfs_records_per_query = 100
""" % (uuid4(r) if pos else "", v)
    return r.choice(["sentinelhub/config.toml", "config/sh_config.toml"]), t


def t_up42(r, v, pos):
    t = '''import up42

up42.authenticate(username="%s@%s.com", password="%s")

catalog = up42.initialize_catalog()
search_parameters = catalog.construct_search_parameters(
    collections=["%s"],
    geometry={"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s]]]},
    start_date="%s",
    end_date="%s",
    max_cloudcover=%d,
)
results = catalog.search(search_parameters)
print(results[["id", "acquisitionDate", "cloudCoverage"]])
''' % ((r.choice(USERS), r.choice(ORGS), v, r.choice(["phr", "spot", "pneo"])) +
       tuple(x for b in [bbox(r)] for x in (b[0], b[1], b[2], b[1], b[2], b[3], b[0], b[1])) + (date(r), date(r), r.randrange(5, 30)))
    return r.choice(["notebooks/up42_search.py", "imagery/order_up42.py"]), t


def t_maxar(r, v, pos):
    t = """imagery:
  provider: maxar
  endpoint: https://api.maxar.com/discovery/v1
  %s: %s
  collections: [wv02, wv03-vnir, wv04]
  max_cloud: 0.2
output:
  bucket: s3://%s-imagery/raw
""" % (r.choice(["api_key", "MAXAR_API_KEY", "mgp_key"]), v, r.choice(ORGS))
    return r.choice(["config/imagery.yaml", "pipelines/maxar.yml"]), t


def t_ors(r, v, pos):
    t = '''import openrouteservice
from openrouteservice import convert

client = openrouteservice.Client(key="%s")

coords = ((%s, %s), (%s, %s))
route = client.directions(coords, profile="%s", format="geojson")
print(route["features"][0]["properties"]["summary"])

iso = client.isochrones(locations=[coords[0]], profile="foot-walking", range=[300, 600, 900])
''' % (v, round(r.uniform(5, 15), 6), round(r.uniform(45, 55), 6), round(r.uniform(5, 15), 6), round(r.uniform(45, 55), 6),
       r.choice(["driving-car", "cycling-regular", "foot-walking"]))
    return r.choice(["routing/ors_client.py", "analysis/isochrones.py"]), t


def t_graphhopper(r, v, pos):
    t = """spring:
  application:
    name: dispatch-service
routing:
  graphhopper:
    base-url: https://graphhopper.com/api/1
    %s: %s
    vehicle: %s
    locale: en
  max-points: 50
server:
  port: 8081
""" % (r.choice(["api-key", "key", "access"]), v, r.choice(["car", "truck", "small_truck"]))
    return r.choice(["src/main/resources/application.yml", "config/application.yaml"]), t


def t_martin(r, v, pos):
    t = """# martin tile server
listen_addresses: '0.0.0.0:3000'
worker_processes: 8
cache_size_mb: 512
postgres:
  connection_string: 'postgresql://%s:%s@%s:5432/%s?sslmode=require'
  default_srid: 4326
  pool_size: 20
  auto_publish:
    tables:
      from_schemas: %s
    functions: false
sprites:
  - ./sprites
fonts:
  - ./fonts
""" % (r.choice(DBUSERS), v, r.choice(HOSTS), r.choice(DBS), r.choice(SCHEMAS))
    return r.choice(["martin/config.yaml", "tiles/martin.yaml"]), t


def t_pgtileserv(r, v, pos):
    t = """# pg_tileserv configuration
[Server]
HttpHost = "0.0.0.0"
HttpPort = 7800
UrlBase = "https://tiles.%s.org/"
CORSOrigins = ["*"]
DefaultResolution = 4096
DefaultBuffer = 256
MaxFeaturesPerTile = 50000

[Database]
DbConnection = "postgresql://%s:%s@%s/%s"
DbPoolMaxConns = 4
DbTimeout = 10

[Cache]
TTL = 600
""" % (r.choice(ORGS), r.choice(DBUSERS), v, r.choice(HOSTS), r.choice(DBS))
    return r.choice(["config/pg_tileserv.toml", "pg_tileserv/pg_tileserv.toml"]), t


def t_featureserv_compose(r, v, pos):
    t = """services:
  pg_featureserv:
    image: pramsey/pg_featureserv:latest
    environment:
      DATABASE_URL: "postgres://%s:%s@%s/%s"
      PGFS_SERVER_HTTPPORT: "9000"
      PGFS_PAGING_LIMITDEFAULT: "100"
    ports:
      - "9000:9000"
  pg_tileserv:
    image: pramsey/pg_tileserv:latest
    environment:
      - DATABASE_URL=postgres://tiles_ro@%s/%s
    ports:
      - "7800:7800"
""" % (r.choice(DBUSERS), v, r.choice(HOSTS), r.choice(DBS), r.choice(HOSTS), r.choice(DBS))
    return r.choice(["deploy/docker-compose.yml", "compose.yaml"]), t


def t_k8s_secret(r, v, pos):
    t = """apiVersion: v1
kind: Secret
metadata:
  name: pg-tileserv-db
  namespace: %s
  labels:
    app.kubernetes.io/name: pg-tileserv
type: Opaque
data:
  DATABASE_URL: %s
""" % (r.choice(["gis", "maps", "tiles"]), v)
    return r.choice(["k8s/pg-tileserv/secret.yaml", "deploy/k8s/db-secret.yaml"]), t


def t_owslib(r, v, pos):
    t = '''from owslib.wfs import WebFeatureService
from owslib.wms import WebMapService

URL = "https://geo.%s.org/geoserver/%s/ows"

wfs = WebFeatureService(URL, version="2.0.0", username="%s", password="%s")
print(list(wfs.contents)[:10])
resp = wfs.getfeature(typename="%s:%s", bbox=(%s, %s, %s, %s), outputFormat="application/json")
with open("out.geojson", "wb") as fh:
    fh.write(resp.read())
''' % ((r.choice(ORGS), r.choice(["cadastre", "topp"]), r.choice(DBUSERS), v, "topp", r.choice(LAYERS)[0]) + bbox(r))
    return r.choice(["scripts/fetch_wfs.py", "harvest/wfs_download.py"]), t


def t_wfs_url(r, v, pos):
    user = r.choice(USERS)
    t = """# Layer sources for the nightly sync
sources:
  - name: parcels
    type: wfs
    url: https://%s:%s@geo.%s.org/geoserver/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=cadastre:parcels
    srs: %s
  - name: basemap
    type: xyz
    url: https://tile.openstreetmap.org/{z}/{x}/{y}.png
""" % (user, v, r.choice(ORGS), r.choice(CRS)[0])
    return r.choice(["sync/sources.yaml", "etl/sources.yml"]), t


def t_ipynb(r, v, pos):
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Damage assessment export\n", "Pull the survey layer and compute summary stats."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["from arcgis.gis import GIS\n", "import pandas as pd\n", "\n",
                    'gis = GIS("https://%s.maps.arcgis.com", "%s", "%s")\n' % (r.choice(ORGS), r.choice(USERS), v)]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ['item = gis.content.get("%s")\n' % rs(r, HEX, 32), "df = pd.DataFrame.spatial.from_layer(item.layers[0])\n", "df.head()"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.9.16"}}, "nbformat": 4, "nbformat_minor": 5}
    return r.choice(["notebooks/damage_export.ipynb", "analysis/survey_stats.ipynb"]), json.dumps(nb, indent=1) + "\n"


def t_leaflet_tomtom(r, v, pos):
    t = '''// traffic overlay for the ops dashboard
const TT = "%s";
const map = L.map("map").setView([%s, %s], %d);
L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
  maxZoom: 19,
  attribution: "&copy; OpenStreetMap contributors",
}).addTo(map);
L.tileLayer(`https://api.tomtom.com/traffic/map/4/tile/flow/relative0/{z}/{x}/{y}.png?key=${TT}`, {
  opacity: 0.7,
}).addTo(map);
''' % (v, round(r.uniform(40, 55), 5), round(r.uniform(-5, 20), 5), r.randrange(10, 14))
    return r.choice(["web/js/traffic.js", "static/js/dashboard-map.js"]), t


def t_here_js(r, v, pos):
    t = '''const platform = new H.service.Platform({
  apikey: "%s",
});
const layers = platform.createDefaultLayers();
const map = new H.Map(document.getElementById("mapContainer"), layers.vector.normal.map, {
  zoom: %d,
  center: { lat: %s, lng: %s },
});
const behavior = new H.mapevents.Behavior(new H.mapevents.MapEvents(map));
const ui = H.ui.UI.createDefault(map, layers);
''' % (v, r.randrange(8, 15), round(r.uniform(40, 55), 5), round(r.uniform(-5, 20), 5))
    return r.choice(["src/here-map.js", "public/js/map.js"]), t


def t_ors_env_yaml(r, v, pos):
    t = """# CI variables for the isochrone service
variables:
  ORS_BASE_URL: "https://api.openrouteservice.org"
  ORS_API_KEY: "%s"
  PYTHON_VERSION: "3.11"
stages: [test, deploy]
test:
  stage: test
  image: python:${PYTHON_VERSION}
  script:
    - pip install -r requirements.txt
    - pytest -q
""" % v
    return ".gitlab-ci.yml", t


# ---------------------------------------------------------------- negatives: look-alikes
def n_qgs_authcfg(r):
    ml = []
    for _ in range(r.randrange(2, 5)):
        name, geom = r.choice(LAYERS)
        ml.append(dict(name=name, id=layer_id(r, name), geom=geom, provider="postgres", type="vector",
                       datasource=pg_ds(r, "authcfg=%s" % rs(r, LALNUM, 7), name, geom)))
    ml.append(dict(name="OpenStreetMap", id=layer_id(r, "OpenStreetMap"), geom="", provider="wms", type="raster",
                   datasource="type=xyz&url=https://tile.openstreetmap.org/{z}/{x}/{y}.png&zmax=19&zmin=0"))
    return "QGIS", "authcfg_reference", r.choice(["project.qgs", "qgis/shared_editing.qgs", "maps/network.qgs"]), qgs_doc(r, ml)


def n_qgs_service(r):
    ml = []
    for _ in range(r.randrange(1, 4)):
        name, geom = r.choice(LAYERS)
        ml.append(dict(name=name, id=layer_id(r, name), geom=geom, provider="postgres", type="vector",
                       datasource="service='%s' sslmode=disable key='gid' srid=4326 type=%s checkPrimaryKeyUnicity='1' table=\"%s\".\"%s\" (geom)"
                       % (r.choice(["gis_prod", "cadastre"]), geom, r.choice(SCHEMAS), name)))
    name, geom = r.choice(LAYERS)
    ml.append(dict(name=name, id=layer_id(r, name), geom=geom, provider="ogr", type="vector", datasource="./data/base.gpkg|layername=%s" % name))
    return "QGIS", "layer_ids", r.choice(["project.qgs", "qgis/viewer.qgs"]), qgs_doc(r, ml)


def n_gs_users_hashed(r):
    path, t = t_gs_users(r, r.choice([digest1(r), crypt2(r)]), False)
    return "GeoServer", "digest1_crypt2_hashes", path, t


def n_gs_datastore_crypt2(r):
    path, t = t_gs_datastore(r, crypt2(r), False)
    return "GeoServer", "crypt2_encrypted", path, t


def n_mapbox_pk(r):
    tok = mapbox_token(r, "pk")
    t = '''import mapboxgl from "mapbox-gl";
import "mapbox-gl/dist/mapbox-gl.css";

// public token (URL-restricted to %s.org)
mapboxgl.accessToken = "%s";

const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/%s/%s",
  center: [%s, %s],
  zoom: %d,
});
map.on("load", () => {
  map.addSource("parcels", { type: "vector", url: "mapbox://%s.%s" });
});
''' % (r.choice(ORGS), tok, r.choice(USERS), mk_cuid(r), round(r.uniform(-120, 20), 4), round(r.uniform(-30, 60), 4),
       r.randrange(8, 15), r.choice(USERS), rs(r, LALNUM, 8))
    return "Mapbox", "public_pk_token", r.choice(["src/map.js", "web/src/mapbox.js"]), t


def n_geojson(r):
    feats = []
    for i in range(r.randrange(3, 7)):
        b = bbox(r)
        feats.append({"type": "Feature", "id": r.choice([uuid4(r), r.randrange(10 ** 6, 10 ** 9)]),
                      "properties": {"parcel_id": "%03d-%04d-%03d" % (r.randrange(1000), r.randrange(10000), r.randrange(1000)),
                                     "globalid": "{%s}" % uuid4(r).upper(), "source_hash": rs(r, HEX, 40),
                                     "updated": date(r)},
                      "geometry": {"type": "Point", "coordinates": [b[0], b[1]]}})
    t = json.dumps({"type": "FeatureCollection", "name": r.choice(LAYERS)[0],
                    "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}, "features": feats}, indent=2)
    return "GIS", "feature_ids", r.choice(["data/sample_points.geojson", "fixtures/parcels.geojson"]), t + "\n"


def wkb_point_hex(r):
    import struct
    return struct.pack("<BIdd", 1, 1, r.uniform(-180, 180), r.uniform(-90, 90)).hex().upper()


def n_wkt_csv(r):
    rows = ["id,name,srid,wkt,wkb"]
    for i in range(r.randrange(5, 12)):
        b = bbox(r)
        rows.append('%d,%s,4326,"POLYGON((%s %s,%s %s,%s %s,%s %s,%s %s))",0103000020E6100000%s' % (
            r.randrange(1, 99999), r.choice(LAYERS)[0], b[0], b[1], b[2], b[1], b[2], b[3], b[0], b[3], b[0], b[1], rs(r, "0123456789ABCDEF", 48)))
        rows.append('%d,pt,4326,"POINT(%s %s)",%s' % (r.randrange(1, 99999), b[0], b[1], wkb_point_hex(r)))
    return "PostGIS", "wkt_wkb", r.choice(["data/geoms.csv", "tests/fixtures/wkb_roundtrip.csv"]), "\n".join(rows) + "\n"


def n_geohash(r):
    gh = "0123456789bcdefghjkmnpqrstuvwxyz"
    rows = ["geohash,lat,lon,count,h3_index"]
    for _ in range(r.randrange(8, 20)):
        rows.append("%s,%s,%s,%d,8%s" % (rs(r, gh, r.choice([7, 9, 12])), round(r.uniform(-60, 60), 6), round(r.uniform(-170, 170), 6),
                                        r.randrange(1, 5000), rs(r, HEX, 14)))
    return "GIS", "geohash_h3", r.choice(["analysis/density_geohash.csv", "out/agg_h3.csv"]), "\n".join(rows) + "\n"


def n_tileserver(r):
    t = json.dumps({"options": {"paths": {"root": "", "fonts": "fonts", "sprites": "sprites", "styles": "styles", "mbtiles": "data"},
                                "serveAllStyles": False, "formatQuality": {"jpeg": 80, "webp": 90}, "maxScaleFactor": 3},
                    "styles": {"basic": {"style": "basic-preview/style.json", "tilejson": {"bounds": list(bbox(r))}}},
                    "data": {"openmaptiles": {"mbtiles": "%s.mbtiles" % r.choice(["planet", "europe", "zurich_switzerland"])},
                             "hillshade": {"mbtiles": "hillshade.mbtiles"}},
                    "tiles": ["https://tiles.%s.org/data/openmaptiles/{z}/{x}/{y}.pbf" % r.choice(ORGS)]}, indent=2)
    return "TileServer GL", "tile_url_template", r.choice(["tileserver/config.json", "config.json"]), t + "\n"


def n_stac(r):
    sat = r.choice(["S2A", "S2B"])
    d = date(r).replace("-", "")
    pid = "%s_MSIL2A_%sT%06d_N0509_R%03d_T%02d%s_%sT%06d" % (sat, d, r.randrange(999999), r.randrange(1, 143), r.randrange(1, 60), rs(r, UPPER, 3), d, r.randrange(999999))
    assets = {}
    for band in ["B02", "B03", "B04", "B08", "SCL"]:
        assets[band] = {"href": "s3://sentinel-cogs/sentinel-s2-l2a-cogs/%s/%s.tif" % (pid, band), "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                        "file:checksum": "1220" + rs(r, HEX, 64), "file:size": r.randrange(10 ** 6, 10 ** 8)}
    t = json.dumps({"type": "Feature", "stac_version": "1.0.0", "id": pid, "bbox": list(bbox(r)),
                    "properties": {"datetime": date(r) + "T10:%02d:%02dZ" % (r.randrange(60), r.randrange(60)), "eo:cloud_cover": round(r.uniform(0, 40), 2),
                                   "proj:epsg": 32600 + r.randrange(1, 60), "s2:datatake_id": "GS2A_%s_%06d_N05.09" % (d, r.randrange(999999))},
                    "assets": assets, "links": []}, indent=2)
    return "STAC", "scene_ids_checksums", r.choice(["catalog/items/%s.json" % pid, "stac/item.json"]), t + "\n"


def n_prj(r):
    c = r.choice(CRS)
    t = ('PROJCS["%s",GEOGCS["GCS_%s",DATUM["D_%s",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],'
         'UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],'
         'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",%d.0],PARAMETER["Scale_Factor",0.9996],'
         'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0],AUTHORITY["EPSG",%s]]\n'
         % (c[1].replace(" ", "_"), "ETRS_1989", "ETRS_1989", r.choice([3, 9, 15, -75]), c[0].split(":")[1]))
    return "GIS", "crs_wkt", "data/%s.prj" % r.choice(LAYERS)[0], t


def n_sha256sums(r):
    rows = ["%s  %s" % (rs(r, HEX, 64), f) for f in
            ["%s_%d.gpkg" % (r.choice(LAYERS)[0], r.randrange(2019, 2025)) for _ in range(r.randrange(3, 8))] + ["dem_10m.tif", "ortho_2023.vrt"]]
    return "GIS", "dataset_checksums", r.choice(["data/SHA256SUMS", "release/checksums.txt"]), "\n".join(rows) + "\n"


def n_lfs(r):
    t = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rs(r, HEX, 64), r.randrange(10 ** 5, 10 ** 9))
    return "Git LFS", "lfs_pointer", "data/%s.gpkg" % r.choice(LAYERS)[0], t


def n_pg_service_nopw(r):
    lines = ["# passwords live in ~/.pgpass or client certificates", ""]
    for svc in ["gis_prod", "gis_ro"]:
        lines += ["[%s]" % svc, "host=%s" % r.choice(HOSTS), "port=5432", "dbname=%s" % r.choice(DBS), "user=%s" % r.choice(DBUSERS),
                  "sslmode=verify-full", "sslcert=/etc/qgis/certs/%s.crt" % svc, "sslkey=/etc/qgis/certs/%s.key" % svc,
                  "sslrootcert=/etc/qgis/certs/root.crt", ""]
    return "PostGIS", "pg_service_nopassword", r.choice(["pg_service.conf", "qgis-server/pg_service.conf"]), "\n".join(lines)


def n_vrt(r):
    b = r.choice(["sentinel-cogs", "copernicus-dem-30m", "usgs-landsat"])
    rows = ['<VRTDataset rasterXSize="%d" rasterYSize="%d">' % (r.randrange(5000, 40000), r.randrange(5000, 40000)),
            '  <SRS dataAxisToSRSAxisMapping="1,2">%s</SRS>' % r.choice(CRS)[0],
            '  <GeoTransform>%s, 10, 0, %s, 0, -10</GeoTransform>' % (r.randrange(100000, 900000), r.randrange(4000000, 6000000)),
            '  <VRTRasterBand dataType="UInt16" band="1">', '    <NoDataValue>0</NoDataValue>']
    for _ in range(r.randrange(2, 5)):
        rows += ['    <SimpleSource>', '      <SourceFilename relativeToVRT="0">/vsis3/%s/tiles/%s.tif</SourceFilename>' % (b, rs(r, HEX, 16)),
                 '      <SourceBand>1</SourceBand>', '    </SimpleSource>']
    rows += ['  </VRTRasterBand>', '</VRTDataset>', '<!-- open with: gdalinfo --config AWS_NO_SIGN_REQUEST YES mosaic.vrt -->', '']
    return "GDAL", "public_bucket_vrt", r.choice(["mosaic.vrt", "data/dem.vrt"]), "\n".join(rows)


def n_webmap(r):
    t = json.dumps({"operationalLayers": [{"id": "%s-layer-%d" % (rs(r, HEX, 16), i), "itemId": rs(r, HEX, 32),
                                            "url": "https://services%d.arcgis.com/%s/arcgis/rest/services/%s/FeatureServer/0" % (r.randrange(1, 9), rs(r, ALNUM, 16), n),
                                            "title": n} for i, n in enumerate(r.sample([l[0] for l in LAYERS], 3))],
                    "baseMap": {"baseMapLayers": [{"id": "World_Hillshade_%d" % r.randrange(9999), "layerType": "ArcGISTiledMapServiceLayer",
                                                   "url": "https://services.arcgisonline.com/arcgis/rest/services/Elevation/World_Hillshade/MapServer"}],
                                "title": "Topographic"},
                    "authoringApp": "ArcGISMapViewer", "authoringAppVersion": "2024.%d" % r.randrange(1, 4),
                    "oauth": {"appId": rs(r, ALNUM, 16), "portalUrl": "https://%s.maps.arcgis.com" % r.choice(ORGS), "popup": True},
                    "version": "2.31"}, indent=2)
    return "Esri", "item_ids_client_id", r.choice(["webmaps/ops.json", "src/config/webmap.json"]), t + "\n"


def n_mapbox_style(r):
    u = r.choice(USERS)
    t = json.dumps({"version": 8, "name": "%s basemap" % u, "sprite": "mapbox://sprites/%s/%s" % (u, mk_cuid(r)),
                    "glyphs": "mapbox://fonts/%s/{fontstack}/{range}.pbf" % u,
                    "sources": {"composite": {"url": "mapbox://mapbox.mapbox-streets-v8,%s.%s" % (u, rs(r, LALNUM, 8)), "type": "vector"},
                                "hillshade": {"type": "raster-dem", "url": "mapbox://mapbox.mapbox-terrain-dem-v1", "tileSize": 512}},
                    "layers": [{"id": "background", "type": "background", "paint": {"background-color": "#f%s" % rs(r, HEX, 5)}}],
                    "created": date(r) + "T12:00:00.000Z", "id": mk_cuid(r), "owner": u}, indent=2)
    return "Mapbox", "style_tileset_ids", r.choice(["styles/basemap.json", "map/style.json"]), t + "\n"


def n_compose_files(r):
    t = """services:
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: %s
      POSTGRES_USER: %s
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets:
      - pg_password
  martin:
    image: ghcr.io/maplibre/martin:v0.%d.0
    command: ["--config", "/config/martin.yaml"]
    environment:
      DATABASE_URL_FILE: /run/secrets/database_url
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
  database_url:
    external: true
""" % (r.choice(DBS), r.choice(DBUSERS), r.randrange(11, 15))
    return "Docker", "secret_file_reference", r.choice(["docker-compose.yml", "deploy/compose.gis.yaml"]), t


def n_k8s_ref(r):
    t = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: pg-featureserv
spec:
  replicas: %d
  selector:
    matchLabels: {app: pg-featureserv}
  template:
    metadata:
      labels: {app: pg-featureserv}
    spec:
      containers:
        - name: pg-featureserv
          image: pramsey/pg_featureserv:%s
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: featureserv-db
                  key: url
          ports:
            - containerPort: 9000
""" % (r.randrange(1, 4), r.choice(["latest", "1.3.1"]))
    return "Kubernetes", "secretKeyRef", r.choice(["k8s/featureserv/deployment.yaml", "deploy/k8s/featureserv.yaml"]), t


def n_ee(r):
    proj = "%s-ee-%d" % (r.choice(ORGS), r.randrange(1000, 9999))
    t = '''import ee

ee.Authenticate()  # interactive OAuth, credentials cached by the CLI
ee.Initialize(project="%s")

aoi = ee.FeatureCollection("projects/%s/assets/%s").geometry()
s2 = (ee.ImageCollection("COPERNICUS/S2_SR_HARMONIZED")
      .filterBounds(aoi)
      .filterDate("%s", "%s")
      .filter(ee.Filter.lt("CLOUDY_PIXEL_PERCENTAGE", %d)))
ndvi = s2.median().normalizedDifference(["B8", "B4"]).rename("NDVI")
task = ee.batch.Export.image.toAsset(ndvi.clip(aoi), assetId="projects/%s/assets/ndvi_%s", scale=10)
task.start()
print(task.id)
''' % (proj, proj, r.choice(LAYERS)[0], date(r), date(r), r.randrange(5, 40), proj, rs(r, DIG, 8))
    return "Google Earth Engine", "asset_ids", r.choice(["ee/ndvi_export.py", "scripts/gee_ndvi.py"]), t


def n_cesium_env(r):
    t = '''import * as Cesium from "cesium";

// token injected at build time, never committed
Cesium.Ion.defaultAccessToken = import.meta.env.VITE_CESIUM_ION_TOKEN;

const ASSETS = { buildings: %d, terrain: 1, photogrammetry: %d };
const viewer = new Cesium.Viewer("cesiumContainer");
const tiles = await Cesium.Cesium3DTileset.fromIonAssetId(ASSETS.photogrammetry);
viewer.scene.primitives.add(tiles);
''' % (r.choice([96188, 2275207]), r.randrange(100000, 2900000))
    return "Cesium", "asset_ids_env_token", r.choice(["src/cesium.js", "app/viewer.ts"]), t


def n_mapfile_shape(r):
    name, geom = r.choice(LAYERS)
    t = """LAYER
  NAME "%s"
  TYPE %s
  STATUS ON
  DATA "data/%s.shp"
  PROJECTION
    "init=%s"
  END
  METADATA
    "wms_title" "%s"
    "wfs_featureid" "gid"
    "ows_srs" "EPSG:4326 EPSG:3857 %s"
  END
  CLASS
    STYLE
      COLOR %d %d %d
    END
  END
END
""" % (name, {"Point": "POINT", "MultiLineString": "LINE", "MultiPolygon": "POLYGON"}[geom], name, r.choice(CRS)[0].lower(),
       name, r.choice(CRS)[0], r.randrange(256), r.randrange(256), r.randrange(256))
    return "MapServer", "mapfile_no_credentials", "mapserver/layers/%s.map" % name, t


def n_scene_ids(r):
    rows = ["provider,item_id,acquired,cloud,asset_sha256"]
    for _ in range(r.randrange(6, 14)):
        k = r.randrange(3)
        if k == 0:
            iid = "%s_%02d%02d%02d_%02d_%s" % (date(r).replace("-", ""), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(100), rs(r, HEX, 4))
            prov = "planet"
        elif k == 1:
            iid = "LC09_L2SP_%03d%03d_%s_%s_02_T1" % (r.randrange(1, 233), r.randrange(1, 248), date(r).replace("-", ""), date(r).replace("-", ""))
            prov = "usgs"
        else:
            iid = "%s-%s" % (rs(r, HEX, 8), rs(r, DIG, 6)) if r.random() < 0.5 else rs(r, "0123456789ABCDEF", 16)
            prov = "maxar"
        rows.append("%s,%s,%s,%s,%s" % (prov, iid, date(r), round(r.uniform(0, 1), 3), rs(r, HEX, 64)))
    return "Imagery", "scene_ids", r.choice(["orders/scenes.csv", "catalog/selected_items.csv"]), "\n".join(rows) + "\n"


def n_osm(r):
    rows = ["<?xml version='1.0' encoding='UTF-8'?>", "<osm version=\"0.6\" generator=\"JOSM\">"]
    for _ in range(r.randrange(4, 10)):
        rows.append('  <node id="%d" version="%d" changeset="%d" uid="%d" timestamp="%sT%02d:00:00Z" lat="%s" lon="%s"/>'
                    % (r.randrange(10 ** 9, 10 ** 10), r.randrange(1, 9), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 5, 10 ** 7),
                       date(r), r.randrange(24), round(r.uniform(-60, 60), 7), round(r.uniform(-170, 170), 7)))
    rows.append("</osm>")
    return "OpenStreetMap", "osm_ids", r.choice(["data/edits.osm", "osm/extract.osm"]), "\n".join(rows) + "\n"


def n_mbtiles_meta(r):
    t = json.dumps({"name": r.choice(LAYERS)[0], "format": "pbf", "minzoom": "0", "maxzoom": str(r.randrange(12, 16)),
                    "bounds": ",".join(str(x) for x in bbox(r)), "center": "%s,%s,%d" % (round(r.uniform(-10, 30), 4), round(r.uniform(35, 60), 4), 10),
                    "generator": "tippecanoe v2.%d.0" % r.randrange(20, 60), "generator_options": "tippecanoe -o out.mbtiles -zg",
                    "tiles": ["https://tiles.%s.org/%s/{z}/{x}/{y}.pbf" % (r.choice(ORGS), rs(r, LALNUM, 10))],
                    "tilestats_sha1": rs(r, HEX, 40)}, indent=2)
    return "GIS", "tilejson", r.choice(["tiles/metadata.json", "public/tiles.json"]), t + "\n"


def n_maptiler_placeholder(r):
    path, t = t_maptiler_js(r, "get_your_own_OpIi9ZULNHzrESv6T2vL", False)
    return "MapTiler", "documented_placeholder_key", path, t


NEG_LOOKALIKES = [n_qgs_authcfg, n_qgs_service, n_gs_users_hashed, n_gs_datastore_crypt2, n_mapbox_pk, n_geojson, n_wkt_csv,
                  n_geohash, n_tileserver, n_stac, n_prj, n_sha256sums, n_lfs, n_pg_service_nopw, n_vrt, n_webmap,
                  n_mapbox_style, n_compose_files, n_k8s_ref, n_ee, n_cesium_env, n_mapfile_shape, n_scene_ids, n_osm,
                  n_mbtiles_meta, n_maptiler_placeholder]


# ---------------------------------------------------------------- registry
GENERIC_PH = ["<YOUR_PASSWORD>", "${DB_PASSWORD}", "{{ vault_gis_db_password }}", "CHANGE_ME", "********", "",
              "<password>", "${PGPASSWORD}", "REPLACE_WITH_PASSWORD", "xxxxxxxx"]


def ph(*extra):
    return lambda r: r.choice(list(extra) + GENERIC_PH[:4])


def pw_gen(urlsafe=False):
    return lambda r: human_pw(r, urlsafe)


def k8s_val(r):
    url = "postgresql://%s:%s@%s:5432/%s" % (r.choice(DBUSERS), human_pw(r, True), r.choice(HOSTS), r.choice(DBS))
    return base64.b64encode(url.encode()).decode()


def k8s_neg(r):
    return base64.b64encode(("postgresql://%s@%s:5432/%s?sslmode=verify-full" % (r.choice(DBUSERS), r.choice(HOSTS), r.choice(DBS))).encode()).decode()


MB_PH = ph("YOUR_MAPBOX_ACCESS_TOKEN", "<MAPBOX_SECRET_TOKEN>", "${MAPBOX_ACCESS_TOKEN}")
MB_NEG = lambda r: r.choice([MB_PH(r), mapbox_token(r, "pk")])

# name, provider, kind, filetype, render, gen, neg
TEMPLATES = [
    ("qgs_postgis", "PostGIS", "password", "qgs", t_qgs_postgis, pw_gen(), ph("")),
    ("qgs_wms_basic", "QGIS", "wms_basic_auth", "qgs", t_qgs_wms, pw_gen(True), ph("")),
    ("qgs_xyz_maptiler", "MapTiler", "api_key", "qgs", t_qgs_xyz_key, maptiler_key, ph("get_your_own_OpIi9ZULNHzrESv6T2vL", "YOUR_MAPTILER_KEY")),
    ("qgz_postgis", "PostGIS", "password", "qgz", t_qgz, pw_gen(), ph("")),
    ("qgis3_ini", "PostGIS", "password", "ini", t_qgis_ini, pw_gen(), ph("")),
    ("pyqgis_authcfg", "QGIS", "basic_auth_password", "py", t_pyqgis_auth, pw_gen(), ph("<wfs password>")),
    ("pg_service", "PostGIS", "password", "conf", t_pg_service, pw_gen(), ph("${PGPASSWORD}")),
    ("pgpass", "PostGIS", "password", "pgpass", t_pgpass, pw_gen(), ph("*")),
    ("ogr2ogr_makefile", "PostGIS", "password", "makefile", t_ogr2ogr_make, pw_gen(True), ph("$(PGPASSWORD)")),
    ("gs_datastore_plain", "GeoServer", "datastore_password", "xml", t_gs_datastore, pw_gen(), ph("${DB_PASSWORD}")),
    ("gs_datastore_crypt1", "GeoServer", "crypt1_password", "xml", t_gs_datastore, crypt1, lambda r: crypt2(r)),
    ("gs_users_plain", "GeoServer", "user_password", "xml", t_gs_users, lambda r: "plain:" + human_pw(r), lambda r: digest1(r)),
    ("gs_users_crypt1", "GeoServer", "crypt1_password", "xml", t_gs_users, crypt1, lambda r: crypt2(r)),
    ("gs_env_properties", "GeoServer", "password", "properties", t_gs_env, pw_gen(), ph("${DB_PASSWORD}")),
    ("gs_rest_curl", "GeoServer", "admin_password", "sh", t_gs_curl, pw_gen(True), ph("${GS_PASSWORD}")),
    ("gs_compose", "PostGIS", "password", "yaml", t_gs_compose, pw_gen(True), ph("${POSTGRES_PASSWORD}")),
    ("mapfile_postgis", "MapServer", "password", "map", t_mapfile, pw_gen(), ph("${PGPASSWORD}")),
    ("mapfile_wms_auth", "MapServer", "wms_auth_password", "map", t_mapfile_wmsauth, pw_gen(), ph("")),
    ("gdal_s3_sh", "AWS", "secret_access_key", "sh", t_gdal_s3, lambda r: aws_pair(r)[1], ph("${AWS_SECRET_ACCESS_KEY}")),
    ("gdal_azure_sh", "Azure", "storage_account_key", "sh", t_gdal_azure, azure_key, ph("${AZURE_KEY}", "<storage-account-key>")),
    ("gdal_gcs_conf", "Google Cloud", "hmac_secret", "conf", t_gdal_gcs, lambda r: gcs_hmac(r)[1], ph("$GS_SECRET_ACCESS_KEY")),
    ("gdal_py_s3", "AWS", "secret_access_key", "py", t_gdal_py, lambda r: aws_pair(r)[1], ph("<AWS_SECRET_ACCESS_KEY>")),
    ("arcpy_signin", "Esri", "portal_password", "py", t_arcpy_signin, pw_gen(), ph("<portal password>")),
    ("arcpy_sde", "Esri", "database_password", "py", t_arcpy_sde, pw_gen(), ph("<sde password>")),
    ("arcgis_gis", "Esri", "portal_password", "py", t_arcgis_gis, pw_gen(), ph("<password>")),
    ("arcgis_js_apikey", "Esri", "api_key", "js", t_arcgis_js, aapk, ph("YOUR_API_KEY", "<ARCGIS_API_KEY>")),
    ("arcgis_yaml_apikey", "Esri", "api_key", "yaml", t_arcgis_yaml, aapk, ph("${ARCGIS_API_KEY}")),
    ("mapbox_upload_sh", "Mapbox", "secret_token", "sh", t_mapbox_upload_sh, mapbox_token, MB_NEG),
    ("mapbox_tilesets_py", "Mapbox", "secret_token", "py", t_mapbox_py, mapbox_token, MB_NEG),
    ("mapbox_gradle", "Mapbox", "secret_token", "properties", t_mapbox_gradle, mapbox_token, ph("YOUR_SECRET_MAPBOX_ACCESS_TOKEN")),
    ("mapbox_netrc", "Mapbox", "secret_token", "netrc", t_mapbox_netrc, mapbox_token, ph("YOUR_SECRET_MAPBOX_ACCESS_TOKEN")),
    ("maptiler_html", "MapTiler", "api_key", "html", t_maptiler_js, maptiler_key, ph("get_your_own_OpIi9ZULNHzrESv6T2vL", "YOUR_MAPTILER_API_KEY_HERE")),
    ("cesium_ion_js", "Cesium", "ion_token", "js", t_cesium, cesium_token, ph("your_access_token", "<CESIUM_ION_TOKEN>")),
    ("here_py", "HERE", "api_key", "py", t_here_py, here_key, ph("YOUR_HERE_API_KEY")),
    ("here_js", "HERE", "api_key", "js", t_here_js, here_key, ph("{YOUR_API_KEY}")),
    ("here_credentials", "HERE", "access_key_secret", "properties", t_here_props, lambda r: rs(r, B64URL, 86), ph("<access key secret>")),
    ("tomtom_json", "TomTom", "api_key", "json", t_tomtom, tomtom_key, ph("<your-tomtom-API-key>")),
    ("tomtom_leaflet", "TomTom", "api_key", "js", t_leaflet_tomtom, tomtom_key, ph("YOUR_TOMTOM_KEY")),
    ("gee_service_account", "Google Earth Engine", "service_account_private_key", "json", t_gee_sa, rsa_pkcs8_b64,
     lambda r: r.choice(["", "<PRIVATE_KEY>", "-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----\\n"])),
    ("planet_py", "Planet", "api_key", "py", t_planet, planet_key, ph("PLAK_YOUR_API_KEY", "<PL_API_KEY>")),
    ("sentinelhub_toml", "Sentinel Hub", "client_secret", "toml", t_sentinelhub, sh_secret, ph("")),
    ("up42_py", "UP42", "password", "py", t_up42, pw_gen(), ph("<UP42 password>")),
    ("maxar_yaml", "Maxar", "api_key", "yaml", t_maxar, maxar_key, ph("${MAXAR_API_KEY}")),
    ("ors_py", "OpenRouteService", "api_key", "py", t_ors, ors_key, ph("<your-ors-api-key>", "YOUR_API_KEY")),
    ("ors_gitlab_ci", "OpenRouteService", "api_key", "yaml", t_ors_env_yaml, ors_key, ph("$ORS_API_KEY_MASKED")),
    ("graphhopper_yaml", "GraphHopper", "api_key", "yaml", t_graphhopper, uuid4, ph("${GH_KEY}", "[YOUR_KEY]")),
    ("martin_yaml", "PostGIS", "password", "yaml", t_martin, pw_gen(True), ph("${PGPASSWORD}")),
    ("pg_tileserv_toml", "PostGIS", "password", "toml", t_pgtileserv, pw_gen(True), ph("${DB_PASSWORD}")),
    ("pg_featureserv_compose", "PostGIS", "password", "yaml", t_featureserv_compose, pw_gen(True), ph("${PG_PASSWORD}")),
    ("k8s_secret_b64", "PostGIS", "database_url_base64", "yaml", t_k8s_secret, k8s_val, k8s_neg),
    ("owslib_wfs", "GeoServer", "wfs_basic_auth", "py", t_owslib, pw_gen(), ph("<password>")),
    ("wfs_url_userinfo", "GeoServer", "url_basic_auth", "yaml", t_wfs_url, pw_gen(True), ph("${WFS_PASSWORD}", "PASSWORD")),
    ("arcgis_ipynb", "Esri", "portal_password", "ipynb", t_ipynb, pw_gen(), ph("<password>")),
]


def filetype_of(path, default):
    return default


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_oe.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    pos_needles = []

    def write(rel, data):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data if isinstance(data, bytes) else data.encode())

    order = []
    while len(order) < 500:
        block = list(range(len(TEMPLATES)))
        r.shuffle(block)
        order += block
    for i in range(500):
        name, prov, kind, ftype, render, gen, _neg = TEMPLATES[order[i]]
        for _ in range(50):
            v = gen(r)
            path, data = render(r, v, True)
            if isinstance(data, bytes):
                needle = v.encode().hex()
                ok = data.count(v.encode()) >= 1
                line = 0
            else:
                needle = v
                idx = data.find(v)
                ok = idx >= 0
                line = data.count("\n", 0, idx) + 1
            if ok:
                break
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, data)
        pos_needles.append(v)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ftype, "template": name})
        secrets.append({"file": rel, "needle": needle, "line": line})

    neg_order = []
    while len(neg_order) < 250:
        block = list(range(len(TEMPLATES)))
        r.shuffle(block)
        neg_order += block
    look_order = []
    while len(look_order) < 250:
        block = list(range(len(NEG_LOOKALIKES)))
        r.shuffle(block)
        look_order += block
    slots = ["reuse"] * 250 + ["look"] * 250
    r.shuffle(slots)
    ri = li = 0
    for i in range(500):
        if slots[i] == "reuse":
            name, prov, kind, ftype, render, gen, neg = TEMPLATES[neg_order[ri]]
            ri += 1
            path, data = render(r, neg(r), False)
            entry = {"provider": prov, "kind": "placeholder_" + kind, "filetype": ftype, "template": name + "_neg"}
        else:
            fn = NEG_LOOKALIKES[look_order[li]]
            li += 1
            prov, kind, path, data = fn(r)
            ext = path.rsplit(".", 1)[-1] if "." in os.path.basename(path) else os.path.basename(path).lower()
            entry = {"provider": prov, "kind": kind, "filetype": ext, "template": fn.__name__}
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, data)
        d = {"file": rel, "label": "neg"}
        d.update(entry)
        manifest.append(d)

    with open(os.path.join(out, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
