#!/usr/bin/env python3
"""gen_ks.py - blind evaluation set for a secret scanner: medical imaging / PACS.

EMPHASIS
  Domain: medical imaging and PACS projects.  Providers / products: Orthanc
  (orthanc.json RegisteredUsers, DicomWeb "Servers", OrthancPeers, PostgreSQL
  and S3 plugins, authorization plugin, Lua scripts, orthancteam/orthanc Docker
  env vars), dcm4chee-arc-light (slapd LDAP_ROOTPASS, Postgres, Keycloak
  client secrets, ldap.properties), OHIF Viewer (oidc config, oauth2-proxy),
  generic DICOMweb endpoints with basic auth, Google Cloud Healthcare API
  (service-account JSON keys, ya29 access tokens), Azure Health Data Services
  (Entra ID client secrets, storage account keys), AWS HealthImaging (IAM access
  keys), pynetdicom / DCMTK (storescu/findscu TLS private keys and key
  passwords), XNAT (xnat-conf.properties, .netrc, alias tokens), MONAI Label /
  MONAI Deploy, KHEOPS album capability tokens, Horos/OsiriX plists, Conquest
  dicom.ini SQL passwords, Ambra / PowerShare, Slack alert webhooks.
  File types: JSON (incl. Orthanc JSON-with-comments, .ipynb), YAML
  (docker-compose, k8s, Ansible, GitHub Actions), .properties, INI/.cfg,
  Python, shell, nginx config, Lua, Markdown, JS, XML plist, SQL, CSV, logs,
  PEM, .netrc, Dockerfile, HL7, .env (positives only, < 1 in 20).

USAGE
  python3 -B gen_ks.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
  per positive).  Deterministic per SEED (a single random.Random(SEED)).

NEEDLE CONVENTIONS
  * Passwords / tokens / client secrets / API keys: the bare value, without
    quotes.
  * URL with credentials (https://user:PASS@host/..., postgresql://u:PASS@h):
    the password part only.
  * Webhook URLs (Slack): the whole URL (the secret is the path).
  * HTTP "Authorization: Basic XXX" header: the base64 blob XXX;
    "Authorization: Bearer XXX": the token XXX.
  * Key pairs (AWS access key id + secret access key, XNAT alias + secret,
    Azure tenant/client id + client secret): the secret half only; the ids are
    context.
  * Multi-line PEM private keys (own file or embedded in YAML/Python): the
    "-----BEGIN ... PRIVATE KEY-----" header line text; in a Google
    service-account JSON (one escaped line) the needle is also
    "-----BEGIN PRIVATE KEY-----", which lies on the "private_key" line.
  * Azure storage connection string: the AccountKey value.
  "line" is the 1-based line of the needle's first occurrence; the generator
  asserts it.

NEGATIVES
  Half re-use the positive templates with the secret slot holding a
  non-secret: placeholders (<your-password>, YOUR_API_KEY_HERE, changeme,
  xxxx...), empty values, masks (****, [REDACTED]), env and secret-manager
  references (${VAR}, os.environ[...], process.env.X, op://..., vault:...,
  {{ vault_... }}), documented example values (AWS AKIAIOSFODNN7EXAMPLE /
  wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY, the Orthanc book's
  "alicePassword", the KHEOPS wiki's example capability secret).  Files that
  are .env in positives become .env.example in negatives.  The other half are
  domain look-alikes: DICOM UIDs, SOP class / transfer syntax UIDs, AE
  titles, accession numbers, synthetic patient ids, DICOM tags (0010,0010),
  Orthanc resource ids (SHA-1 split 8-8-8-8-8), MD5/SHA-256 of instances,
  public OIDC client ids, JWKS / certificates / SSH public keys, HealthImaging
  datastore / image-set ids, Azure tenant/client GUIDs, KHEOPS token *ids*,
  base64 thumbnails, HL7 messages, Git LFS pointers, SRI hashes, empty
  "RegisteredUsers": {}.

FORMATS CHECKED (search tool, docs/pages corpora)
  * Orthanc Book / Configuration.json: "RegisteredUsers" : { "alice" :
    "alicePassword" } (HTTP basic, plain text), "DicomModalities" entries
    [AET, host, port], "OrthancPeers".
  * Orthanc DicomWeb plugin Usage.txt: "Servers" : { "sample" : [url,
    "username", "password"] } or objects with Url / CertificateFile /
    CertificateKeyFile / CertificateKeyPassword; "HttpHeaders" per server.
  * orthancteam/orthanc Docker docs: configuration by env vars, Docker
    secrets, ORTHANC_PASSWORD env var; authorization plugin
    WebServiceUsername / WebServicePassword.
  * slapd-dcm4chee image docs: LDAP_ROOTPASS (default "secret"),
    LDAP_CONFIGPASS, LDAP_BASE_DN dc=dcm4che,dc=org.
  * XNAT wiki / CNDA help: alias tokens = temporary "alias" + "secret" pair
    used as username/password (curl -u ALIAS:SECRET, xnat.connect(user=,
    password=)).
  * KHEOPS wiki: capability tokens have a 10-char id ("KbSVRVsa0r") and a
    22-char alphanumeric "secret"; album ids are 10 chars; Bearer auth.
  * OHIF docs: oidc[] with authority, client_id (public Google
    *.apps.googleusercontent.com id), redirect_uri, response_type, scope.
  * Keycloak docs: confidential clients get an auto-generated secret
    (Credentials tab, "Regenerate Secret").
  * Google service-account key JSON fields (type, project_id,
    private_key_id, private_key PKCS#8 PEM, client_email, client_id, ...).
  * AWS: access key id 20 chars (AKIA...), secret access key 40
    alnum-slash-plus chars; documented examples AKIAIOSFODNN7EXAMPLE,
    wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY.
  * Conquest README.databases: dicom.ini SQLHost / SQLServer / Username /
    Password.

DOUBTS
  * Keycloak secret length: recent versions generate 32 alphanumerics
    (older ones a UUID); not confirmed in the docs found.
  * Azure Entra client secret shape (3 chars + digit + "Q~" + 34 chars,
    40 total) is from memory; not confirmed by the pages found.
  * XNAT alias token shapes (alias = UUID, secret = 64 alphanumerics) not
    confirmed; docs only say "long, randomised".
  * ya29 Google OAuth access-token length/alphabet, Slack webhook path
    lengths, DCMTK --use-passwd option spelling, Ambra / PowerShare key
    shapes (generic 32-hex / UUID sid) and Azure storage key (64 random
    bytes, base64) are from general knowledge, not re-checked.
  * No secret-scanner rule code or rule list was read.  One docs search
    returned pastebin pages with what look like leaked AWS keys; nothing
    from them was used.
  * PEM bodies use correct DER headers (PKCS#1 RSA 2048, PKCS#8 RSA, SEC1
    P-256) with random filler: they parse as base64 but not as valid keys.
"""
import base64
import hashlib
import json
import os
import random
import sys

R = None          # random.Random(SEED), set in main()
NEG = False       # True while a positive template is re-used for a negative

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
HEX = "0123456789abcdef"
B32 = UP + "234567"


class Expr(str):
    """A code expression (not a string literal) used in negative slots."""


def Q(v, q='"'):
    if isinstance(v, Expr):
        return str(v)
    return q + v + q


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def uuid4():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- secrets
WORDS = ["tundra", "velvet", "orbit", "falcon", "maple", "cobalt", "quartz",
         "harbor", "ember", "lumen", "nimbus", "saffron", "glacier", "willow",
         "pixel", "sonar", "raven", "copper", "meadow", "zephyr", "atlas"]


def g_password():
    k = R.randrange(4)
    if k == 0:
        s = rs(1, UP + LO) + rs(R.randint(15, 23), AN + "-_.!*~+=")
    elif k == 1:
        ws = [pick(WORDS).capitalize() for _ in range(3)]
        s = pick("-_.").join(ws) + str(R.randint(10, 99)) + pick("!*~")
    elif k == 2:
        s = rs(R.randint(20, 32), AN)
    else:
        s = rs(1, UP) + rs(R.randint(9, 13), LO + DG) + pick("!*+=") + rs(3, DG)
    # must contain a digit and a letter, start alphanumeric
    if not any(c in DG for c in s):
        s += str(R.randint(2, 9))
    return s


def g_urlpw():
    # URL userinfo safe
    return rs(1, UP + LO) + rs(R.randint(15, 23), AN + "-_.~")


def g_kc_secret():
    return rs(32, AN)


def g_aws_secret():
    return rs(40, AN + "/+")


def aws_id():
    if NEG:
        return "AKIAIOSFODNN7EXAMPLE"
    return "AKIA" + rs(16, B32)


def g_azure_secret():
    return rs(3, AN) + rs(1, DG) + "Q~" + rs(34, AN + "_.~-")


def g_azure_storage_key():
    return base64.b64encode(rbytes(64)).decode()


def g_kheops():
    return rs(22, AN)


def g_xnat_secret():
    return rs(64, AN)


def g_ya29():
    return "ya29.a0" + rs(R.randint(140, 170), AN + "_-")


def g_hex32():
    return rs(32, HEX)


def g_hex64():
    return rs(64, HEX)


def g_b64_32():
    return base64.b64encode(rbytes(32)).decode()


def g_slack():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(R.choice([8, 10]), UP + DG), rs(R.choice([8, 10, 11]), UP + DG), rs(24, AN))


def _wrap(b64, w=64):
    return "\n".join(b64[i:i + w] for i in range(0, len(b64), w))


def pem_rsa1():
    body = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]) + rbytes(1180)
    return "-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----" % _wrap(base64.b64encode(body).decode())


PKCS8_RSA = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")


def pem_pkcs8():
    body = PKCS8_RSA + rbytes(1180)
    return "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % _wrap(base64.b64encode(body).decode())


def pem_ec():
    body = (bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") +
            b"\x04" + rbytes(64))
    return "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----" % _wrap(base64.b64encode(body).decode())


def g_pem():
    return pick([pem_rsa1, pem_pkcs8, pem_ec])()


GENS = {
    "password": g_password, "urlpw": g_urlpw, "kc": g_kc_secret,
    "aws": g_aws_secret, "azure": g_azure_secret, "azkey": g_azure_storage_key,
    "kheops": g_kheops, "xnat": g_xnat_secret, "ya29": g_ya29,
    "hex32": g_hex32, "hex64": g_hex64, "b64": g_b64_32, "slack": g_slack,
    "pem": g_pem, "pkcs8": pem_pkcs8,
}

# ------------------------------------------------------ domain helpers
HOSTS = ["pacs.radiology.example-hospital.org", "orthanc.imaging.local",
         "dicom.stmarys-health.net", "pacs01.internal", "imaging-gw.medctr.io",
         "archive.neuro-lab.ac.uk", "orthanc-prod.svc.cluster.local",
         "vna.northside-clinic.com", "dicomweb.trial-core.org"]
AETS = ["ORTHANC", "DCM4CHEE", "STORESCP", "CT_SCANNER1", "MR_3T_SIEMENS",
        "US_ROOM2", "PACS_MAIN", "WORKSTATION7", "MODLINK", "CONQUESTSRV",
        "HOROS", "OSIRIX", "RADWS01", "FINDSCU", "AI_NODE"]
USERS = ["admin", "orthanc", "radiology", "pacsadmin", "svc-dicomweb",
         "research", "uploader", "viewer", "monai", "ai-pipeline", "xnat_admin"]
ROOTS = ["1.2.826.0.1.3680043.8.498", "1.2.840.113619.2.55.3", "1.3.12.2.1107.5.2.43",
         "1.2.276.0.7230010.3.1.4", "2.25", "1.3.6.1.4.1.14519.5.2.1"]
SOP_CLASSES = [("1.2.840.10008.5.1.4.1.1.2", "CT Image Storage"),
               ("1.2.840.10008.5.1.4.1.1.4", "MR Image Storage"),
               ("1.2.840.10008.5.1.4.1.1.1.2", "Digital Mammography X-Ray Image Storage - For Presentation"),
               ("1.2.840.10008.5.1.4.1.1.6.1", "Ultrasound Image Storage"),
               ("1.2.840.10008.5.1.4.1.1.128", "Positron Emission Tomography Image Storage"),
               ("1.2.840.10008.5.1.4.1.1.88.22", "Enhanced SR Storage"),
               ("1.2.840.10008.5.1.4.1.1.66.4", "Segmentation Storage")]
TSYNTAX = [("1.2.840.10008.1.2", "Implicit VR Little Endian"),
           ("1.2.840.10008.1.2.1", "Explicit VR Little Endian"),
           ("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
           ("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)"),
           ("1.2.840.10008.1.2.5", "RLE Lossless"),
           ("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless")]
MODS = ["CT", "MR", "US", "CR", "DX", "MG", "PT", "NM", "XA", "SR", "SEG"]


def host():
    return pick(HOSTS)


def aet():
    return pick(AETS)


def user():
    return pick(USERS)


def uid():
    if R.random() < 0.2:
        return "2.25.%d" % R.getrandbits(120)
    root = pick(ROOTS[:-2] + [ROOTS[-1]])
    return "%s.%d.%d.%d" % (root, R.randint(1, 9999), R.randint(10 ** 11, 10 ** 14), R.randint(1, 999))


def orthanc_id():
    h = rs(40, HEX)
    return "-".join(h[i:i + 8] for i in range(0, 40, 8))


def accession():
    return pick(["ACC", "RAD", "A", ""]) + str(R.randint(10 ** 6, 10 ** 9))


def patient_id():
    return pick(["SYN-", "TCIA-", "PAT", "MRN"]) + str(R.randint(10000, 9999999)).zfill(7)


def ipaddr():
    return "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250))


def gproject():
    return pick(["imaging-research", "rad-ai-pipeline", "pacs-bridge", "onc-imaging", "dicom-lake"]) + "-" + str(R.randint(100000, 999999))


def dcm_date():
    return "20%02d%02d%02d" % (R.randint(15, 24), R.randint(1, 12), R.randint(1, 28))


# ================================================================ POSITIVE TEMPLATES
# Each template takes the slot value s and returns (relpath, text) or
# (relpath, text, needle).  Slot values are inserted verbatim; Q() quotes them
# unless they are an Expr (code expression, negatives only).

def orthanc_head():
    name = pick(["MyOrthanc", "Orthanc-Research", "RAD-GATEWAY", "orthanc-%s" % pick(["ct", "mr", "ai", "dev"])])
    return ('{\n  /**\n   * General configuration of Orthanc\n   **/\n\n'
            '  // The logical name of this instance of Orthanc.\n'
            '  "Name" : "%s",\n  "StorageDirectory" : "/var/lib/orthanc/db",\n'
            '  "IndexDirectory" : "/var/lib/orthanc/db",\n  "HttpPort" : 8042,\n'
            '  "DicomAet" : "%s",\n  "DicomPort" : 4242,\n  "RemoteAccessAllowed" : true,\n') % (name, aet())


def t_orthanc_users(s):
    u = pick(["admin", "radiologist", "alice", "orthanc", "pacs"])
    t = orthanc_head() + (
        '\n  // Whether or not the password protection is enabled\n'
        '  "AuthenticationEnabled" : true,\n\n'
        '  // The list of the registered users. Because Orthanc uses HTTP\n'
        '  // Basic Authentication, the passwords are stored as plain text.\n'
        '  "RegisteredUsers" : {\n    "%s" : %s\n  },\n\n'
        '  "DicomModalities" : {\n    "ct1" : [ "%s", "%s", 104 ]\n  }\n}\n') % (u, Q(s), aet(), ipaddr())
    return pick(["orthanc.json", "config/orthanc.json", "docker/orthanc/orthanc.json", "deploy/orthanc/orthanc.jsonc"]), t


def t_orthanc_pg(s):
    t = orthanc_head() + (
        '  "Plugins" : [ "/usr/share/orthanc/plugins" ],\n\n'
        '  "PostgreSQL" : {\n    "EnableIndex" : true,\n    "EnableStorage" : false,\n'
        '    "Host" : "%s",\n    "Port" : 5432,\n    "Database" : "orthanc",\n'
        '    "Username" : "orthanc",\n    "Password" : %s,\n    "EnableSsl" : false,\n'
        '    "Lock" : false\n  }\n}\n') % (pick(["postgres", "db.pacs.internal", "10.20.3.4", "orthanc-db"]), Q(s))
    return pick(["orthanc.json", "config/orthanc-postgres.json", "etc/orthanc/postgresql.json"]), t


def t_orthanc_dicomweb(s):
    u = user()
    t = orthanc_head() + (
        '  "DicomWeb" : {\n    "Enable" : true,\n    "Root" : "/dicom-web/",\n'
        '    "EnableWado" : true,\n    "WadoRoot" : "/wado",\n    "Ssl" : true,\n'
        '    "Servers" : {\n      "%s" : [ "https://%s/dicom-web/", "%s", %s ]\n    }\n  }\n}\n') % (
        pick(["remote", "vna", "cloud", "pacs"]), host(), u, Q(s))
    return pick(["orthanc.json", "config/dicomweb.json", "orthanc/dicomweb.json"]), t


def t_orthanc_peers(s):
    t = orthanc_head() + (
        '  "OrthancPeers" : {\n    "%s" : {\n      "Url" : "https://%s/",\n'
        '      "Username" : "%s",\n      "Password" : %s,\n      "HttpHeaders" : { "X-Site" : "%s" }\n    }\n  }\n}\n') % (
        pick(["backup", "research", "site-b", "teaching"]), host(), user(), Q(s), pick(["RAD", "ONC", "NEURO"]))
    return pick(["orthanc.json", "configs/peers.json", "docker/orthanc-peers.json"]), t


def t_orthanc_bearer(s):
    t = orthanc_head() + (
        '  "DicomWeb" : {\n    "Enable" : true,\n    "Servers" : {\n      "%s" : {\n'
        '        "Url" : "https://%s/api",\n        "HttpHeaders" : {\n'
        '          "Authorization" : "Bearer %s"\n        },\n        "HasDelete" : false\n      }\n    }\n  }\n}\n') % (
        pick(["kheops", "album", "share"]), pick(["demo.kheops.online", "kheops.imaging-lab.org", "kheops.hug.example"]), s)
    return pick(["orthanc.json", "config/kheops-source.json"]), t


def t_orthanc_certpw(s):
    t = orthanc_head() + (
        '  "DicomWeb" : {\n    "Servers" : {\n      "%s" : {\n        "Url" : "https://%s/dicom-web/",\n'
        '        "CertificateFile" : "/etc/orthanc/tls/client.crt",\n'
        '        "CertificateKeyFile" : "/etc/orthanc/tls/client.key",\n'
        '        "CertificateKeyPassword" : %s\n      }\n    }\n  }\n}\n') % (pick(["mtls", "secure", "hub"]), host(), Q(s))
    return pick(["orthanc.json", "config/tls-peers.json"]), t


def t_orthanc_authz(s):
    t = orthanc_head() + (
        '  "Authorization" : {\n    "WebServiceRootUrl" : "http://auth-service:8000/",\n'
        '    "WebServiceUsername" : "orthanc-plugin",\n    "WebServicePassword" : %s,\n'
        '    "StandardConfigurations" : [ "osimis-web-viewer", "stone-webviewer" ],\n'
        '    "CheckedLevel" : "studies"\n  }\n}\n') % Q(s)
    return pick(["orthanc.json", "config/authorization.json"]), t


def t_orthanc_s3(s):
    t = orthanc_head() + (
        '  "AwsS3Storage" : {\n    "BucketName" : "%s",\n    "Region" : "%s",\n'
        '    "AccessKey" : "%s",\n    "SecretKey" : %s,\n    "StorageStructure" : "flat"\n  }\n}\n') % (
        pick(["orthanc-dicom-prod", "rad-archive-eu", "imaging-raw"]), pick(["eu-west-1", "us-east-1", "eu-central-1"]), aws_id(), Q(s))
    return pick(["orthanc.json", "config/s3.json"]), t


def t_compose_orthanc_users(s):
    u = pick(["admin", "orthanc", "radiology"])
    t = ('version: "3.8"\nservices:\n  orthanc:\n    image: orthancteam/orthanc:24.%d.%d\n'
         '    restart: unless-stopped\n    ports:\n      - "8042:8042"\n      - "4242:4242"\n'
         '    volumes:\n      - orthanc-storage:/var/lib/orthanc/db\n    environment:\n'
         '      VERBOSE_ENABLED: "true"\n      DICOM_WEB_PLUGIN_ENABLED: "true"\n'
         '      STONE_WEB_VIEWER_PLUGIN_ENABLED: "true"\n'
         '      ORTHANC__AUTHENTICATION_ENABLED: "true"\n'
         '      ORTHANC__REGISTERED_USERS: |\n        {"%s": "%s"}\nvolumes:\n  orthanc-storage:\n') % (
        R.randint(1, 12), R.randint(1, 3), u, s)
    return pick(["docker-compose.yml", "deploy/docker-compose.yml", "orthanc/compose.yaml"]), t


def t_compose_orthanc_pg(s):
    t = ('services:\n  orthanc:\n    image: orthancteam/orthanc\n    depends_on: [orthanc-db]\n'
         '    environment:\n      ORTHANC__POSTGRESQL__HOST: orthanc-db\n'
         '      ORTHANC__POSTGRESQL__DATABASE: orthanc\n      ORTHANC__POSTGRESQL__USERNAME: postgres\n'
         '      ORTHANC__POSTGRESQL__PASSWORD: %s\n      ORTHANC__POSTGRESQL__ENABLE_INDEX: "true"\n'
         '  orthanc-db:\n    image: postgres:15\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n'
         'volumes:\n  pgdata:\n') % Q(s, "'")
    return pick(["docker-compose.yml", "docker-compose.prod.yml", "stack/orthanc-pg.yml"]), t


def t_compose_dcm4chee_ldap(s):
    t = ('version: "3"\nservices:\n  ldap:\n    image: dcm4che/slapd-dcm4chee:2.6.5-31.0\n'
         '    logging:\n      driver: json-file\n    ports:\n      - "389:389"\n'
         '    environment:\n      STORAGE_DIR: /storage/fs1\n      LDAP_ROOTPASS: %s\n'
         '    volumes:\n      - /var/local/dcm4chee-arc/ldap:/var/lib/openldap/openldap-data\n'
         '      - /var/local/dcm4chee-arc/slapd.d:/etc/openldap/slapd.d\n'
         '  db:\n    image: dcm4che/postgres-dcm4chee:15.4-31\n  arc:\n    image: dcm4che/dcm4chee-arc-psql:5.31.0\n'
         '    depends_on: [ldap, db]\n    ports:\n      - "8080:8080"\n      - "11112:11112"\n') % s
    return pick(["docker-compose.yml", "dcm4chee/docker-compose.yml", "infra/dcm4chee-compose.yaml"]), t


def t_compose_dcm4chee_db(s):
    t = ('services:\n  db:\n    image: dcm4che/postgres-dcm4chee:15.4-31\n    environment:\n'
         '      POSTGRES_DB: pacsdb\n      POSTGRES_USER: pacs\n      POSTGRES_PASSWORD: %s\n'
         '    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - /var/local/dcm4chee-arc/db:/var/lib/postgresql/data\n'
         '  arc:\n    image: dcm4che/dcm4chee-arc-psql:5.31.0\n    environment:\n'
         '      POSTGRES_DB: pacsdb\n      POSTGRES_USER: pacs\n      WILDFLY_CHOWN: /storage\n'
         '      ARCHIVE_DEVICE_NAME: dcm4chee-arc\n') % Q(s, '"')
    return pick(["docker-compose.yml", "dcm4chee-arc/docker-compose.yml"]), t


def t_compose_keycloak(s):
    t = ('services:\n  keycloak:\n    image: quay.io/keycloak/keycloak:24.0\n    command: start-dev --import-realm\n'
         '    environment:\n      KEYCLOAK_ADMIN: admin\n      KEYCLOAK_ADMIN_PASSWORD: %s\n'
         '      KC_HOSTNAME: auth.%s\n    ports:\n      - "8880:8080"\n    volumes:\n'
         '      - ./realm:/opt/keycloak/data/import\n') % (s, pick(["pacs.local", "imaging.example.org"]))
    return pick(["docker-compose.keycloak.yml", "auth/docker-compose.yml"]), t


def t_keycloak_realm(s):
    cid = pick(["dcm4chee-arc-ui", "orthanc-auth", "ohif-backend", "xnat-oidc", "monai-label"])
    t = json.dumps({"realm": pick(["dcm4che", "imaging", "pacs"]), "enabled": True, "sslRequired": "external",
                    "clients": [{"clientId": cid, "name": cid, "enabled": True,
                                 "clientAuthenticatorType": "client-secret", "secret": "@@S@@",
                                 "redirectUris": ["https://%s/*" % host()], "publicClient": False,
                                 "serviceAccountsEnabled": True, "protocol": "openid-connect"}]}, indent=2) + "\n"
    return pick(["realm/imaging-realm.json", "keycloak/realm-export.json"]), t.replace('"@@S@@"', Q(s))


def t_ldap_props(s):
    t = ('# LDAP connection for the dcm4che configuration backend\n'
         'java.naming.factory.initial=com.sun.jndi.ldap.LdapCtxFactory\n'
         'java.naming.ldap.attributes.binary=dicomVendorData\n'
         'java.naming.provider.url=ldap://%s:389/dc=dcm4che,dc=org\n'
         'java.naming.security.principal=cn=admin,dc=dcm4che,dc=org\n'
         'java.naming.security.credentials=%s\n') % (pick(["ldap", "slapd.pacs.internal", "localhost"]), s)
    return pick(["conf/ldap/ldap.properties", "dcm4che/etc/ldap.properties", "config/ldap.properties"]), t


def t_ldapmodify_sh(s):
    t = ('#!/bin/bash\n# Add a new archive AE to the dcm4chee LDAP configuration\nset -euo pipefail\n\n'
         'AET="${1:-%s}"\nHOST="${2:-%s}"\n\n'
         'ldapadd -x -H ldap://localhost:389 -D "cn=admin,dc=dcm4che,dc=org" -w %s <<LDIF\n'
         'dn: dicomAETitle=${AET},cn=Unique AE Titles Registry,cn=DICOM Configuration,dc=dcm4che,dc=org\n'
         'objectClass: dicomUniqueAETitle\ndicomAETitle: ${AET}\nLDIF\n\necho "registered ${AET} on ${HOST}"\n') % (aet(), ipaddr(), s)
    return pick(["scripts/add-ae.sh", "tools/ldap-register-ae.sh"]), t


def t_k8s_secret(s):
    t = ('apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: imaging\n'
         '  labels:\n    app.kubernetes.io/part-of: pacs\ntype: Opaque\nstringData:\n'
         '  POSTGRES_USER: pacs\n  POSTGRES_DB: pacsdb\n  POSTGRES_PASSWORD: %s\n') % (
        pick(["dcm4chee-db", "orthanc-db-credentials", "pacs-postgres"]), Q(s, '"'))
    return pick(["k8s/db-secret.yaml", "deploy/kubernetes/secrets.yaml", "helm/pacs/templates/secret.yaml"]), t


def t_ohif_config_js(s):
    t = ('window.config = {\n  routerBasename: "/",\n  showStudyList: true,\n  dataSources: [\n    {\n'
         '      namespace: "@ohif/extension-default.dataSourcesModule.dicomweb",\n      sourceName: "dicomweb",\n'
         '      configuration: {\n        friendlyName: "%s",\n        qidoRoot: "https://%s/dicom-web",\n'
         '        wadoRoot: "https://%s/dicom-web",\n        qidoSupportsIncludeField: true,\n'
         '        imageRendering: "wadors",\n        thumbnailRendering: "wadors",\n      },\n    },\n  ],\n'
         '  oidc: [\n    {\n      authority: "https://auth.%s/realms/imaging",\n      client_id: "ohif-viewer",\n'
         '      client_secret: %s,\n      redirect_uri: "/callback",\n      response_type: "code",\n'
         '      scope: "openid profile email",\n      post_logout_redirect_uri: "/logout-redirect.html",\n'
         '    },\n  ],\n};\n') % (pick(["Local PACS", "Research archive", "Orthanc"]), host(), host(), pick(["pacs.local", "example.org"]), Q(s))
    return pick(["platform/app/public/config/local.js", "ohif/app-config.js", "viewer/config/prod.js"]), t


def t_oauth2_proxy_cfg(s):
    t = ('## oauth2-proxy in front of the OHIF viewer and Orthanc DICOMweb\n'
         'provider = "keycloak-oidc"\noidc_issuer_url = "https://auth.%s/realms/imaging"\n'
         'client_id = "ohif-proxy"\nclient_secret = "%s"\nupstreams = [ "http://ohif:80/" ]\n'
         'email_domains = [ "*" ]\ncookie_secure = true\nhttp_address = "0.0.0.0:4180"\n') % (pick(["pacs.local", "imaging.example.org"]), s)
    return pick(["oauth2-proxy/oauth2-proxy.cfg", "deploy/oauth2_proxy.cfg"]), t


def t_compose_oauth2proxy(s):
    t = ('services:\n  oauth2-proxy:\n    image: quay.io/oauth2-proxy/oauth2-proxy:v7.6.0\n    environment:\n'
         '      OAUTH2_PROXY_PROVIDER: oidc\n      OAUTH2_PROXY_OIDC_ISSUER_URL: https://auth.%s/realms/ohif\n'
         '      OAUTH2_PROXY_CLIENT_ID: ohif-viewer\n      OAUTH2_PROXY_CLIENT_SECRET: %s\n'
         '      OAUTH2_PROXY_UPSTREAMS: http://ohif:80\n      OAUTH2_PROXY_HTTP_ADDRESS: 0.0.0.0:4180\n'
         '  ohif:\n    image: ohif/app:v3.8.0\n') % (pick(["pacs.local", "example.org"]), s)
    return pick(["docker-compose.yml", "viewer/docker-compose.yml"]), t


def t_lua_http(s):
    u = user()
    t = ('-- Forward every new stable study to the research Orthanc\n'
         'local REMOTE = "https://%s/instances"\n\n'
         'function OnStableStudy(studyId, tags, metadata)\n'
         '   print("Forwarding study " .. studyId .. " (" .. (tags["StudyDescription"] or "") .. ")")\n'
         '   SetHttpCredentials("%s", %s)\n'
         '   local instances = ParseJson(RestApiGet("/studies/" .. studyId .. "/instances"))\n'
         '   for i, instance in pairs(instances) do\n'
         '      local dicom = RestApiGet("/instances/" .. instance["ID"] .. "/file")\n'
         '      HttpPost(REMOTE, dicom)\n   end\nend\n') % (host(), u, Q(s))
    return pick(["lua/forward.lua", "scripts/autorouting.lua", "orthanc/lua/research-forward.lua"]), t


def t_lua_peer(s):
    t = ('-- auto-routing rules for %s\n'
         'function OnStoredInstance(instanceId, tags, metadata, origin)\n'
         '   if origin["RequestOrigin"] ~= "Lua" and tags["Modality"] == "%s" then\n'
         '      local ok = RestApiPost("/peers/ai/store", instanceId)\n   end\nend\n\n'
         'function OnStartup()\n'
         '   local peer = { Url = "https://%s/", Username = "ai-router", Password = %s }\n'
         '   RestApiPut("/peers/ai", DumpJson(peer, true))\nend\n') % (aet(), pick(MODS), host(), Q(s))
    return pick(["lua/routing.lua", "orthanc/scripts/ai-peer.lua"]), t


def t_py_requests_orthanc(s):
    u = user()
    t = ('"""Pull all studies for a patient from Orthanc and save them as zip archives."""\n'
         'import pathlib\nimport sys\n\nimport requests\n\n'
         'ORTHANC_URL = "http://%s:8042"\nORTHANC_AUTH = ("%s", %s)\n\n\n'
         'def fetch(patient_id: str, out: pathlib.Path) -> None:\n'
         '    r = requests.post(f"{ORTHANC_URL}/tools/find", auth=ORTHANC_AUTH,\n'
         '                      json={"Level": "Study", "Query": {"PatientID": patient_id}})\n'
         '    r.raise_for_status()\n    for study in r.json():\n'
         '        z = requests.get(f"{ORTHANC_URL}/studies/{study}/archive", auth=ORTHANC_AUTH)\n'
         '        (out / f"{study}.zip").write_bytes(z.content)\n\n\n'
         'if __name__ == "__main__":\n    fetch(sys.argv[1], pathlib.Path(sys.argv[2]))\n') % (pick(["localhost", "orthanc", ipaddr()]), u, Q(s))
    return pick(["scripts/pull_studies.py", "tools/orthanc_export.py", "etl/fetch_from_orthanc.py"]), t


def t_py_dicomweb_client(s):
    t = ('from dicomweb_client.api import DICOMwebClient\nfrom dicomweb_client.session_utils import create_session_from_auth\n'
         'from requests.auth import HTTPBasicAuth\n\n'
         'auth = HTTPBasicAuth(%s, %s)\nsession = create_session_from_auth(auth)\n'
         'client = DICOMwebClient(url="https://%s/dicom-web", session=session)\n\n'
         'studies = client.search_for_studies(search_filters={"ModalitiesInStudy": "%s"}, limit=50)\n'
         'for st in studies:\n    print(st["0020000D"]["Value"][0])\n') % (Q(user()), Q(s), host(), pick(MODS))
    return pick(["notebooks/query_pacs.py", "src/pacs/dicomweb.py", "pipeline/qido_search.py"]), t


def t_sh_curl_orthanc(s):
    u = user()
    t = ('#!/usr/bin/env bash\n# Upload every DICOM file in a folder to Orthanc\nset -e\nDIR="${1:-./dicom}"\n\n'
         'find "$DIR" -type f -name "*.dcm" | while read -r f; do\n'
         '  curl -sS -u %s:%s -X POST http://%s:8042/instances --data-binary @"$f" > /dev/null\n'
         '  echo "uploaded $f"\ndone\n') % (u, s, pick(["localhost", "orthanc", ipaddr()]))
    return pick(["scripts/upload.sh", "tools/import-folder.sh", "bin/push-dicom.sh"]), t


def t_nginx_basic(s):
    u = user()
    blob = s if NEG else base64.b64encode(("%s:%s" % (u, s)).encode()).decode()
    t = ('server {\n    listen 443 ssl;\n    server_name viewer.%s;\n\n'
         '    ssl_certificate     /etc/nginx/tls/viewer.crt;\n    ssl_certificate_key /etc/nginx/tls/viewer.key;\n\n'
         '    location / {\n        root /usr/share/nginx/html;\n        try_files $uri $uri/ /index.html;\n    }\n\n'
         '    location /dicom-web/ {\n        proxy_pass http://orthanc:8042/dicom-web/;\n'
         '        proxy_set_header Authorization "Basic %s";\n        proxy_set_header Host $host;\n'
         '        add_header Access-Control-Allow-Origin *;\n    }\n}\n') % (pick(["pacs.local", "example-hospital.org"]), blob)
    return pick(["nginx/default.conf", "deploy/nginx/ohif.conf", "conf.d/viewer.conf"]), t, blob


def t_nginx_bearer(s):
    t = ('upstream pacs_backend {\n    server %s:443;\n}\n\nserver {\n    listen 8080;\n'
         '    location /wado {\n        proxy_pass https://pacs_backend/wado;\n'
         '        proxy_set_header Authorization "Bearer %s";\n        proxy_read_timeout 300s;\n    }\n}\n') % (host(), s)
    return pick(["nginx/wado-proxy.conf", "proxy/nginx.conf"]), t


def t_yaml_dicomweb_url(s):
    u = user()
    t = ('pipeline:\n  name: %s-triage\n  source:\n    type: dicomweb\n'
         '    url: https://%s:%s@%s/dicom-web\n    modalities: [%s]\n    poll_interval: 60\n'
         '  model:\n    path: models/%s.ts\n    device: cuda:0\n  sink:\n    type: orthanc\n    url: http://orthanc:8042\n') % (
        pick(["ct-head", "cxr", "lung-nodule", "mammo"]), u, s, host(), pick(MODS), pick(["densenet121", "unet3d", "segresnet"]))
    return pick(["config/pipeline.yaml", "configs/triage.yml", "deploy/inference.yaml"]), t


def t_md_curl(s):
    u = user()
    t = ('# Querying the research PACS\n\nThe archive exposes QIDO-RS / WADO-RS under `/dicom-web`.\n\n'
         '## Example\n\n```bash\ncurl -u %s:%s \\\n  -H "Accept: application/dicom+json" \\\n'
         '  "https://%s/dicom-web/studies?PatientID=%s&includefield=StudyDescription"\n```\n\n'
         'Results are returned as DICOM JSON (PS3.18 F.2).\n') % (u, s, host(), patient_id())
    return pick(["docs/pacs-access.md", "README.md", "docs/dicomweb.md"]), t


def t_ini_dicomweb(s):
    t = ('[general]\nlog_level = INFO\nworkers = 4\n\n[dicomweb]\nurl = https://%s/dicom-web\n'
         'username = %s\npassword = %s\nverify_tls = true\n\n[storage]\nroot = /data/dicom\n') % (host(), user(), s)
    return pick(["settings.ini", "config/pacs.ini", "etc/fetcher.cfg"]), t


def t_gcp_sa_json(s):
    proj = gproject()
    sa = pick(["dicom-reader", "healthcare-ingest", "ohif-proxy", "pipeline"])
    pk = s.replace("\n", "\\n") + "\\n"
    d = '{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n' \
        '  "client_email": "%s@%s.iam.gserviceaccount.com",\n  "client_id": "%s",\n' \
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token",\n' \
        '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",\n' \
        '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com",\n' \
        '  "universe_domain": "googleapis.com"\n}\n' % (proj, rs(40, HEX), pk, sa, proj, rs(21, DG), sa, proj)
    return pick(["credentials/service-account.json", "keys/%s.json" % proj, "gcp-key.json"]), d, "-----BEGIN PRIVATE KEY-----"


def t_py_ya29(s):
    t = ('import requests\n\nPROJECT = "%s"\nLOCATION = "us-central1"\nDATASET = "imaging"\nSTORE = "%s"\n'
         'BASE = (f"https://healthcare.googleapis.com/v1/projects/{PROJECT}/locations/{LOCATION}"\n'
         '        f"/datasets/{DATASET}/dicomStores/{STORE}/dicomWeb")\n\n'
         'headers = {"Authorization": "Bearer %s",\n           "Accept": "application/dicom+json"}\n'
         'resp = requests.get(f"{BASE}/studies", headers=headers, params={"limit": 20})\n'
         'print(resp.status_code, len(resp.json()))\n') % (gproject(), pick(["ct-store", "research", "deid-store"]), s)
    return pick(["notebooks/healthcare_api.py", "scripts/list_gcp_studies.py"]), t


def t_ipynb_ya29(s):
    src1 = ["import requests\n", "TOKEN = \"%s\"  # from gcloud auth print-access-token\n" % s,
            "url = \"https://healthcare.googleapis.com/v1/projects/%s/locations/europe-west4/datasets/rad/dicomStores/main/dicomWeb/studies\"\n" % gproject(),
            "r = requests.get(url, headers={\"Authorization\": f\"Bearer {TOKEN}\"})\n", "r.json()[:3]"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Pull studies from Cloud Healthcare DICOM store"]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return pick(["notebooks/pull_studies.ipynb", "analysis/gcp_dicom.ipynb"]), json.dumps(nb, indent=1) + "\n"


def t_py_azure_cred(s):
    t = ('from azure.identity import ClientSecretCredential\nimport httpx\n\n'
         'TENANT_ID = "%s"\nCLIENT_ID = "%s"\n'
         'DICOM_URL = "https://%s-%s.dicom.azurehealthcareapis.com/v1"\n\n'
         'cred = ClientSecretCredential(TENANT_ID, CLIENT_ID, %s)\n'
         'token = cred.get_token("https://dicom.healthcareapis.azure.com/.default").token\n'
         'r = httpx.get(f"{DICOM_URL}/studies", headers={"Authorization": f"Bearer {token}"})\nprint(r.status_code)\n') % (
        uuid4(), uuid4(), pick(["radws", "imaging"]), pick(["dicom01", "prod"]), Q(s))
    return pick(["src/azure_dicom.py", "scripts/ahds_query.py"]), t


def t_yaml_azure(s):
    t = ('azure:\n  tenant_id: %s\n  client_id: %s\n  client_secret: %s\n'
         '  dicom_service: https://%s.dicom.azurehealthcareapis.com\n  api_version: v1\nexport:\n  container: dicom-export\n') % (
        uuid4(), uuid4(), Q(s, "'"), pick(["hdsws-dicomsvc", "radws-dicom"]))
    return pick(["config/azure.yaml", "settings/ahds.yml"]), t


def t_azure_storage_conn(s):
    acct = pick(["dicomexport", "radarchive01", "imagingstg"])
    t = ('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "DicomServer": {\n'
         '    "Endpoint": "https://%s.dicom.azurehealthcareapis.com",\n    "ApiVersion": "v1"\n  },\n'
         '  "ConnectionStrings": {\n    "ExportStorage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"\n  }\n}\n') % (
        pick(["ws-dicom", "hds-dicom"]), acct, s)
    return pick(["appsettings.json", "src/DicomExport/appsettings.Production.json"]), t


def t_aws_credentials(s):
    t = ('[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n\n'
         '[healthimaging-readonly]\nrole_arn = arn:aws:iam::%s:role/HealthImagingReader\nsource_profile = default\n') % (
        aws_id(), s, pick(["us-east-1", "eu-west-1"]), rs(12, DG))
    return pick(["deploy/aws/credentials", "infra/.aws/credentials"]), t


def t_py_boto3(s):
    t = ('import boto3\n\nclient = boto3.client(\n    "medical-imaging",\n    region_name="us-east-1",\n'
         '    aws_access_key_id="%s",\n    aws_secret_access_key=%s,\n)\n\n'
         'DATASTORE = "%s"\nresp = client.search_image_sets(datastoreId=DATASTORE, searchCriteria={"filters": []})\n'
         'for s in resp["imageSetsMetadataSummaries"]:\n    print(s["imageSetId"], s.get("version"))\n') % (aws_id(), Q(s), rs(32, HEX))
    return pick(["scripts/healthimaging_list.py", "src/ahi/client.py"]), t


def t_sh_aws_export(s):
    t = ('#!/bin/sh\n# import a batch of DICOM files into AWS HealthImaging\n'
         'export AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\nexport AWS_DEFAULT_REGION=us-east-1\n\n'
         'aws medical-imaging start-dicom-import-job \\\n  --datastore-id %s \\\n'
         '  --input-s3-uri s3://%s/incoming/ \\\n  --output-s3-uri s3://%s/import-logs/ \\\n'
         '  --data-access-role-arn arn:aws:iam::%s:role/AHIImportRole\n') % (
        aws_id(), s, rs(32, HEX), pick(["rad-dicom-in", "ahi-staging"]), pick(["rad-dicom-in", "ahi-staging"]), rs(12, DG))
    return pick(["scripts/ahi-import.sh", "bin/import_to_healthimaging.sh"]), t


def t_pem_file(s):
    return pick(["certs/storescu-client.key", "tls/orthanc-client.pem", "dicom-tls/private/scu.key",
                 "conf/tls/dcm4chee-arc.key"]), s + "\n", s.split("\n")[0]


def t_py_pem_inline(s):
    t = ('"""DICOM TLS association test (pynetdicom)."""\nimport ssl\nimport tempfile\n\n'
         'from pynetdicom import AE\nfrom pynetdicom.sop_class import Verification\n\n'
         'CLIENT_KEY = """%s\n"""\n\n'
         'def echo(host, port=2762):\n    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile="ca.pem")\n'
         '    with tempfile.NamedTemporaryFile("w", suffix=".key") as kf:\n        kf.write(CLIENT_KEY)\n        kf.flush()\n'
         '        ctx.load_cert_chain("client.crt", keyfile=kf.name)\n'
         '        ae = AE(ae_title="%s")\n        ae.add_requested_context(Verification)\n'
         '        assoc = ae.associate(host, port, tls_args=(ctx, host))\n        print(assoc.send_c_echo())\n        assoc.release()\n') % (s, aet())
    return pick(["tests/test_tls_echo.py", "tools/tls_echo.py"]), t, s.split("\n")[0]


def t_yaml_pem_inline(s):
    body = "\n".join("    " + ln for ln in s.split("\n"))
    t = ('apiVersion: v1\nkind: Secret\nmetadata:\n  name: dicom-tls\n  namespace: pacs\ntype: kubernetes.io/tls\n'
         'stringData:\n  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIBszCCAVmgAwIBAgIUQ%s\n    -----END CERTIFICATE-----\n'
         '  tls.key: |\n%s\n') % (rs(40, AN), body)
    return pick(["k8s/dicom-tls-secret.yaml", "deploy/tls.yaml"]), t, s.split("\n")[0]


def t_pynetdicom_keypw(s):
    t = ('import ssl\nfrom pynetdicom import AE, StoragePresentationContexts\nfrom pydicom import dcmread\n\n'
         'ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile="/etc/pki/dicom/ca.pem")\n'
         'ctx.load_cert_chain("/etc/pki/dicom/scu.crt", "/etc/pki/dicom/scu.key", password=%s)\n\n'
         'ae = AE(ae_title="%s")\nae.requested_contexts = StoragePresentationContexts[:10]\n'
         'assoc = ae.associate("%s", 2762, ae_title="%s", tls_args=(ctx, None))\n'
         'if assoc.is_established:\n    status = assoc.send_c_store(dcmread("sample.dcm"))\n    assoc.release()\n') % (Q(s), aet(), ipaddr(), aet())
    return pick(["send_tls.py", "scripts/tls_store.py"]), t


def t_dcmtk_sh(s):
    t = ('#!/bin/bash\n# C-STORE over TLS with DCMTK\nstorescu +tls /etc/dicom/tls/scu.key /etc/dicom/tls/scu.crt \\\n'
         '  --use-passwd %s \\\n  +cf /etc/dicom/tls/ca.crt \\\n  -aet %s -aec %s \\\n  %s 2762 +sd ./outgoing\n') % (s, aet(), aet(), ipaddr())
    return pick(["scripts/send-tls.sh", "bin/storescu-tls.sh"]), t


def t_xnat_conf(s):
    t = ('datasource.driver=org.postgresql.Driver\ndatasource.url=jdbc:postgresql://%s/xnat\n'
         'datasource.username=xnat\ndatasource.password=%s\n\n'
         'hibernate.dialect=org.hibernate.dialect.PostgreSQL9Dialect\nhibernate.hbm2ddl.auto=update\n'
         'hibernate.show_sql=false\nhibernate.cache.use_second_level_cache=true\n'
         'hibernate.cache.use_query_cache=true\n\nspring.http.multipart.max-file-size=1073741824\n') % (
        pick(["xnat-db", "localhost", "db.xnat.internal"]), s)
    return pick(["xnat/config/xnat-conf.properties", "home/config/xnat-conf.properties"]), t


def t_netrc(s):
    al = uuid4() if R.random() < 0.6 else pick(["xnatuser", "jsmith", "rad_pipeline"])
    t = 'machine %s\n  login %s\n  password %s\n' % (pick(["xnat.neuro-lab.ac.uk", "central.xnat.org", "cnda2.example.edu", "xnat.local"]), al, s)
    return pick(["ci/netrc", "docker/xnat/.netrc", "config/netrc"]), t


def t_py_xnatpy(s):
    t = ('import xnat\n\nXNAT_HOST = "https://%s"\n\n'
         'with xnat.connect(XNAT_HOST, user="%s", password=%s) as session:\n'
         '    project = session.projects["%s"]\n    for subject in project.subjects.values():\n'
         '        for exp in subject.experiments.values():\n            exp.download_dir("./data")\n') % (
        pick(["xnat.neuro-lab.ac.uk", "xnat.local", "cnda2.example.edu"]), uuid4(), Q(s), pick(["ADNI_SUB", "BRAINS01", "LUNGSCR"]))
    return pick(["download_project.py", "scripts/xnat_pull.py"]), t


def t_py_pyxnat(s):
    t = ('from pyxnat import Interface\n\ncentral = Interface(\n    "https://%s",\n    "%s",\n    %s,\n)\n'
         'for s in central.select.project("%s").subjects():\n    print(s.label())\n') % (
        pick(["xnat.local", "xnat.neuro-lab.ac.uk"]), pick(["admin", "jsmith", "pipeline"]), Q(s), pick(["TEST", "PET01"]))
    return pick(["pyxnat_list.py", "notebooks/xnat_subjects.py"]), t


def t_sh_xnat_curl(s):
    al = uuid4()
    t = ('#!/bin/bash\n# export projects list from XNAT with an alias token\n'
         'curl -s -u %s:%s "https://%s/data/projects?format=csv" > projects.csv\n'
         'wc -l projects.csv\n') % (al, s, pick(["xnat.local", "cnda2.example.edu"]))
    return pick(["scripts/xnat-projects.sh", "tools/list_projects.sh"]), t


def t_compose_xnat(s):
    t = ('services:\n  xnat-web:\n    build: ./xnat\n    environment:\n      CATALINA_OPTS: -Xms512m -Xmx4g\n'
         '      XNAT_HOME: /data/xnat/home\n      XNAT_DATASOURCE_USERNAME: xnat\n      XNAT_DATASOURCE_PASSWORD: %s\n'
         '  xnat-db:\n    image: postgres:14\n    environment:\n      POSTGRES_DB: xnat\n') % s
    return pick(["xnat-docker-compose/docker-compose.yml", "docker-compose.xnat.yml"]), t


def t_monai_sh(s):
    t = ('#!/bin/bash\n# Start MONAI Label against the hospital Orthanc\n'
         'monailabel start_server \\\n  --app apps/radiology \\\n  --studies https://%s/dicom-web \\\n'
         '  --conf models segmentation \\\n  --conf preload true\n') % host()
    t = t.replace("--studies https://", "--studies https://%s:%s@" % (pick(["monai", "label-svc"]), s))
    return pick(["run_monailabel.sh", "scripts/start-label.sh"]), t


def t_monai_env_yaml(s):
    t = ('services:\n  monailabel:\n    image: projectmonai/monailabel:0.8.1\n    command: >\n'
         '      monailabel start_server --app /apps/radiology --studies http://orthanc:8042/dicom-web\n'
         '    environment:\n      MONAI_LABEL_DICOMWEB_USERNAME: %s\n      MONAI_LABEL_DICOMWEB_PASSWORD: %s\n'
         '      MONAI_LABEL_DICOMWEB_CACHE_PATH: /cache\n') % (user(), Q(s, "'"))
    return pick(["monai/docker-compose.yml", "label/compose.yaml"]), t


def t_monai_deploy_json(s):
    t = json.dumps({"app": {"name": "spleen-seg", "version": "1.2.0"},
                    "input": {"type": "dicomweb", "url": "https://%s/dicom-web" % host(), "user": "md-app", "password": "@@S@@"},
                    "output": {"type": "orthanc", "url": "http://orthanc:8042"}, "gpu": 1}, indent=2) + "\n"
    return pick(["app.json", "deploy/monai-app.json"]), t.replace('"@@S@@"', Q(s))


def t_kheops_py(s):
    t = ('# Download an album shared through a KHEOPS capability token\nimport requests\n\n'
         'KHEOPS = "https://%s/api"\nALBUM = "%s"\nTOKEN = %s\n\n'
         'h = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/dicom+json"}\n'
         'studies = requests.get(f"{KHEOPS}/studies", params={"album": ALBUM}, headers=h).json()\n'
         'print(len(studies), "studies")\n') % (pick(["demo.kheops.online", "kheops.hug.example", "kheops.imaging-lab.org"]), rs(10, AN), Q(s))
    return pick(["kheops_download.py", "scripts/album_fetch.py"]), t


def t_kheops_yaml(s):
    t = ('sources:\n  - name: teaching-album\n    kind: kheops\n    base_url: https://%s/api\n'
         '    album_id: %s\n    token: %s\n    read_only: true\n') % (pick(["demo.kheops.online", "kheops.hug.example"]), rs(10, AN), s)
    return pick(["config/sources.yaml", "importer/albums.yml"]), t


def t_horos_plist(s):
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
         '<plist version="1.0">\n<array>\n  <dict>\n    <key>Address</key>\n    <string>%s</string>\n'
         '    <key>AETitle</key>\n    <string>%s</string>\n    <key>Port</key>\n    <integer>104</integer>\n'
         '    <key>Description</key>\n    <string>Main PACS</string>\n    <key>WADOURL</key>\n'
         '    <string>https://%s/wado</string>\n    <key>WADOUser</key>\n    <string>%s</string>\n'
         '    <key>WADOPassword</key>\n    <string>%s</string>\n  </dict>\n</array>\n</plist>\n') % (ipaddr(), aet(), host(), user(), s)
    return pick(["Horos/DICOMNodes.plist", "osirix/servers.plist"]), t


def t_conquest_ini(s):
    t = ('# This file contains configuration information for the DICOM server\n'
         '# Example Linux version using MySQL\n[sscscp]\nMicroPACS                = sscscp\n'
         'Edition                  = Personal\n\n# Network configuration: server name and TCP/IP port#\n'
         'MyACRNema                = %s\nTCPPort                  = 5678\n\n'
         '# Host, database, username and password for database\nSQLHost                  = %s\n'
         'SQLServer                = conquest\nUsername                 = conquest\nPassword                 = %s\n'
         'MySQL                    = 1\nDoubleBackSlashToDB      = 1\n\nMAGDevices               = 1\nMAGDevice0               = /var/lib/conquest/data/\n') % (
        pick(["CONQUESTSRV1", "CQ_RESEARCH"]), pick(["localhost", "127.0.0.1", "mysql"]), s)
    return pick(["dicom.ini", "conquest/dicom.ini", "etc/conquest-dicom-server/dicom.ini"]), t


def t_conquest_sql(s):
    t = ('-- database setup for the Conquest DICOM server\nCREATE DATABASE IF NOT EXISTS conquest;\n'
         "CREATE USER 'conquest'@'%%' IDENTIFIED BY '%s';\n"
         "GRANT ALL PRIVILEGES ON conquest.* TO 'conquest'@'%%';\nFLUSH PRIVILEGES;\n") % s
    return pick(["sql/init-conquest.sql", "db/01_users.sql"]), t


def t_ambra_py(s):
    t = ('from ambra_sdk.api import Api\n\napi = Api.with_creds(\n    url="https://%s.ambrahealth.com/api/v3",\n'
         '    username="%s@%s",\n    password=%s,\n)\n'
         'for study in api.Study.list().filter_by(api.Study.modality == "%s").all():\n    print(study.uuid)\n') % (
        pick(["access", "uat"]), pick(["rad.ops", "integration"]), pick(["clinic.org", "example-hospital.org"]), Q(s), pick(MODS))
    return pick(["ambra_sync.py", "integrations/ambra/list_studies.py"]), t


def t_powershare_yaml(s):
    t = ('powershare:\n  base_url: https://%s/api/v2\n  account: %s\n  api_key: %s\n  share_group: %s\n'
         '  retry: 3\n') % (pick(["powershare.nuancehce.example", "share.ps-gw.local"]), pick(["RADCO", "NSIDE"]), s, pick(["ER-reads", "Tele-neuro"]))
    return pick(["config/powershare.yml", "integrations/powershare.yaml"]), t


def t_pg_url_yaml(s):
    t = ('orthanc_index:\n  dsn: postgresql://orthanc:%s@%s:5432/orthanc?sslmode=require\n  pool_size: 10\n'
         'reporting:\n  schedule: "0 2 * * *"\n') % (s, pick(["db.pacs.internal", "orthanc-db", ipaddr()]))
    return pick(["config/reporting.yaml", "etl/config.yml"]), t


def t_slack_sh(s):
    t = ('#!/bin/bash\n# Alert the PACS team when the DICOM queue is stuck\n'
         'PENDING=$(curl -s http://localhost:8042/jobs?expand | jq "[.[] | select(.State==\\"Pending\\")] | length")\n'
         'if [ "$PENDING" -gt 50 ]; then\n'
         '  curl -s -X POST -H "Content-Type: application/json" \\\n'
         '    -d "{\\"text\\": \\"Orthanc has $PENDING pending jobs\\"}" \\\n    %s\nfi\n') % s
    return pick(["monitoring/check-queue.sh", "cron/orthanc-alert.sh"]), t


def t_auth_service_compose(s):
    t = ('services:\n  orthanc-auth-service:\n    image: orthancteam/orthanc-auth-service:24.3.1\n'
         '    environment:\n      SECRET_KEY: %s\n      ENABLE_KEYCLOAK: "true"\n'
         '      KEYCLOAK_URI: http://keycloak:8080/realms/orthanc/\n      PUBLIC_ORTHANC_ROOT: https://pacs.example.org/orthanc/\n') % Q(s, '"')
    return pick(["docker-compose.yml", "auth/docker-compose.yml"]), t


def t_auth_kc_client(s):
    t = ('services:\n  orthanc-auth-service:\n    image: orthancteam/orthanc-auth-service\n    environment:\n'
         '      ENABLE_KEYCLOAK: "true"\n      KEYCLOAK_CLIENT_SECRET: %s\n      KEYCLOAK_URI: http://keycloak:8080/realms/orthanc/\n'
         '      ENABLE_KEYCLOAK_API_KEYS: "true"\n') % s
    return pick(["docker-compose.auth.yml", "deploy/auth-service.yml"]), t


def t_gha_workflow(s):
    t = ('name: integration-tests\non:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n'
         '    services:\n      orthanc:\n        image: orthancteam/orthanc\n        ports: ["8042:8042"]\n'
         '        env:\n          ORTHANC__REGISTERED_USERS: \'{"ci": "%s"}\'\n    steps:\n'
         '      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt\n'
         '      - run: pytest tests/integration\n        env:\n          ORTHANC_URL: http://localhost:8042\n') % s
    return ".github/workflows/integration.yml", t


def t_ansible_vars(s):
    t = ('---\n# group_vars for the PACS hosts\northanc_version: "1.12.%d"\northanc_http_port: 8042\n'
         'orthanc_dicom_aet: %s\northanc_admin_user: admin\northanc_admin_password: %s\n'
         'orthanc_modalities:\n  - { name: ct1, aet: %s, host: %s, port: 104 }\n') % (R.randint(0, 5), aet(), Q(s, '"'), aet(), ipaddr())
    return pick(["ansible/group_vars/pacs.yml", "inventory/group_vars/orthanc/vars.yml"]), t


def t_dotenv(s):
    key = pick(["POSTGRES_PASSWORD", "ORTHANC_PASSWORD", "LDAP_ROOTPASS", "KEYCLOAK_CLIENT_SECRET"])
    t = ('COMPOSE_PROJECT_NAME=pacs\nORTHANC_VERSION=24.6.2\nDICOM_AET=%s\n%s=%s\nTZ=Europe/Brussels\n') % (aet(), key, s)
    return pick([".env", ".env.production", "deploy/.env"]), t


def t_dockerfile(s):
    t = ('FROM orthancteam/orthanc:24.6.2\nLABEL maintainer="imaging-it"\n'
         'ENV DICOM_WEB_PLUGIN_ENABLED=true \\\n    ORTHANC__NAME=%s \\\n    ORTHANC__REGISTERED_USERS=\'{"%s":"%s"}\'\n'
         'COPY lua/ /scripts/\nEXPOSE 8042 4242\n') % (pick(["edge-orthanc", "ai-gateway"]), user(), s)
    return pick(["Dockerfile", "docker/orthanc/Dockerfile"]), t


def t_java_props_db(s):
    t = ('# dcm4chee-arc WildFly datasource (used by the migration tool)\n'
         'db.url=jdbc:postgresql://%s:5432/pacsdb\ndb.user=pacs\ndb.password=%s\ndb.pool.max=20\n'
         'archive.aet=%s\narchive.storage=/storage/fs1\n') % (pick(["db", "pacs-db.internal"]), s, aet())
    return pick(["migration/src/main/resources/db.properties", "config/archive.properties"]), t


def t_js_orthanc_client(s):
    t = ("const axios = require('axios');\n\nconst orthanc = axios.create({\n  baseURL: 'http://%s:8042',\n"
         "  auth: { username: '%s', password: %s },\n  timeout: 30000,\n});\n\n"
         "async function listPatients() {\n  const { data } = await orthanc.get('/patients?expand');\n"
         "  return data.map((p) => p.MainDicomTags.PatientID);\n}\n\nmodule.exports = { listPatients };\n") % (
        pick(["orthanc", "localhost"]), user(), Q(s, "'"))
    return pick(["server/orthanc.js", "src/lib/orthancClient.js"]), t


def t_py_settings(s):
    t = ('"""Django settings for the teaching-file portal."""\nfrom pathlib import Path\n\n'
         'BASE_DIR = Path(__file__).resolve().parent.parent\nDEBUG = False\nALLOWED_HOSTS = ["teaching.%s"]\n\n'
         'DICOMWEB = {\n    "URL": "https://%s/dicom-web",\n    "USER": "%s",\n    "PASSWORD": %s,\n}\n\n'
         'TIME_ZONE = "Europe/Paris"\n') % (pick(["example.org", "hospital.local"]), host(), user(), Q(s))
    return pick(["portal/settings.py", "config/settings/production.py"]), t


def t_log_line(s):
    u = user()
    lines = ['2024-%02d-%02d 08:%02d:%02d INFO  fetcher starting, 4 workers' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59), R.randint(0, 59)),
             '2024-03-02 08:00:01 INFO  QIDO https://%s/dicom-web/studies?StudyDate=%s' % (host(), dcm_date()),
             '2024-03-02 08:00:02 DEBUG connecting to postgresql://%s:%s@db:5432/orthanc' % (u, s),
             '2024-03-02 08:00:03 INFO  42 studies found']
    return pick(["logs/fetcher.log", "var/log/etl-debug.log"]), "\n".join(lines) + "\n"


# provider, kind, generator, lang (py/js/lua: code slot, else string slot), reusable for negatives
POS = [
    (t_orthanc_users, "orthanc", "orthanc-user-password", "password", "json", True),
    (t_orthanc_pg, "orthanc", "pacs-db-password", "password", "json", True),
    (t_orthanc_dicomweb, "orthanc", "dicomweb-basic-password", "password", "json", True),
    (t_orthanc_peers, "orthanc", "orthanc-peer-password", "password", "json", True),
    (t_orthanc_bearer, "kheops", "viewer-sharing-token", "kheops", "json", True),
    (t_orthanc_certpw, "orthanc", "tls-key-password", "password", "json", True),
    (t_orthanc_authz, "orthanc", "auth-webservice-password", "password", "json", True),
    (t_orthanc_s3, "aws", "cloud-secret-key", "aws", "json", True),
    (t_compose_orthanc_users, "orthanc", "orthanc-user-password", "password", "yaml", True),
    (t_compose_orthanc_pg, "orthanc", "pacs-db-password", "password", "yaml", True),
    (t_compose_dcm4chee_ldap, "dcm4chee", "ldap-root-password", "password", "yaml", True),
    (t_compose_dcm4chee_db, "dcm4chee", "pacs-db-password", "password", "yaml", True),
    (t_compose_keycloak, "keycloak", "idp-admin-password", "password", "yaml", True),
    (t_keycloak_realm, "keycloak", "oidc-client-secret", "kc", "json", True),
    (t_ldap_props, "dcm4chee", "ldap-root-password", "password", "props", True),
    (t_ldapmodify_sh, "dcm4chee", "ldap-root-password", "password", "sh", True),
    (t_k8s_secret, "dcm4chee", "pacs-db-password", "password", "yaml", True),
    (t_ohif_config_js, "ohif", "oidc-client-secret", "kc", "js", True),
    (t_oauth2_proxy_cfg, "ohif", "oidc-client-secret", "kc", "ini", True),
    (t_compose_oauth2proxy, "ohif", "oidc-client-secret", "kc", "yaml", True),
    (t_lua_http, "orthanc", "dicomweb-basic-password", "password", "lua", True),
    (t_lua_peer, "orthanc", "orthanc-peer-password", "password", "lua", True),
    (t_py_requests_orthanc, "orthanc", "orthanc-user-password", "password", "py", True),
    (t_py_dicomweb_client, "dicomweb", "dicomweb-basic-password", "password", "py", True),
    (t_sh_curl_orthanc, "orthanc", "orthanc-user-password", "urlpw", "sh", True),
    (t_nginx_basic, "dicomweb", "basic-auth-header", "password", "nginx", True),
    (t_nginx_bearer, "dicomweb", "bearer-token", "hex64", "nginx", True),
    (t_yaml_dicomweb_url, "dicomweb", "dicomweb-url-password", "urlpw", "yaml", True),
    (t_md_curl, "dicomweb", "dicomweb-basic-password", "urlpw", "md", True),
    (t_ini_dicomweb, "dicomweb", "dicomweb-basic-password", "password", "ini", True),
    (t_gcp_sa_json, "gcp", "service-account-key", "pkcs8", "json", False),
    (t_py_ya29, "gcp", "oauth-access-token", "ya29", "txt", True),
    (t_ipynb_ya29, "gcp", "oauth-access-token", "ya29", "json", True),
    (t_py_azure_cred, "azure", "oidc-client-secret", "azure", "py", True),
    (t_yaml_azure, "azure", "oidc-client-secret", "azure", "yaml", True),
    (t_azure_storage_conn, "azure", "storage-account-key", "azkey", "json", True),
    (t_aws_credentials, "aws", "cloud-secret-key", "aws", "ini", True),
    (t_py_boto3, "aws", "cloud-secret-key", "aws", "py", True),
    (t_sh_aws_export, "aws", "cloud-secret-key", "aws", "sh", True),
    (t_pem_file, "dcmtk", "tls-private-key", "pem", "pem", False),
    (t_py_pem_inline, "pynetdicom", "tls-private-key", "pem", "py", False),
    (t_yaml_pem_inline, "dicom-tls", "tls-private-key", "pem", "yaml", False),
    (t_pynetdicom_keypw, "pynetdicom", "tls-key-password", "password", "py", True),
    (t_dcmtk_sh, "dcmtk", "tls-key-password", "password", "sh", True),
    (t_xnat_conf, "xnat", "pacs-db-password", "password", "props", True),
    (t_netrc, "xnat", "xnat-alias-secret", "xnat", "netrc", True),
    (t_py_xnatpy, "xnat", "xnat-alias-secret", "xnat", "py", True),
    (t_py_pyxnat, "xnat", "xnat-password", "password", "py", True),
    (t_sh_xnat_curl, "xnat", "xnat-alias-secret", "xnat", "sh", True),
    (t_compose_xnat, "xnat", "pacs-db-password", "password", "yaml", True),
    (t_monai_sh, "monai", "dicomweb-url-password", "urlpw", "sh", True),
    (t_monai_env_yaml, "monai", "dicomweb-basic-password", "password", "yaml", True),
    (t_monai_deploy_json, "monai", "dicomweb-basic-password", "password", "json", True),
    (t_kheops_py, "kheops", "viewer-sharing-token", "kheops", "py", True),
    (t_kheops_yaml, "kheops", "viewer-sharing-token", "kheops", "yaml", True),
    (t_horos_plist, "horos", "dicomweb-basic-password", "password", "xml", True),
    (t_conquest_ini, "conquest", "pacs-db-password", "password", "ini", True),
    (t_conquest_sql, "conquest", "pacs-db-password", "password", "sql", True),
    (t_ambra_py, "ambra", "api-password", "password", "py", True),
    (t_powershare_yaml, "powershare", "api-key", "hex32", "yaml", True),
    (t_pg_url_yaml, "orthanc", "connection-string-password", "urlpw", "yaml", True),
    (t_slack_sh, "slack", "webhook-url", "slack", "sh", True),
    (t_auth_service_compose, "orthanc", "signing-secret", "hex64", "yaml", True),
    (t_auth_kc_client, "keycloak", "oidc-client-secret", "kc", "yaml", True),
    (t_gha_workflow, "orthanc", "orthanc-user-password", "password", "yaml", True),
    (t_ansible_vars, "orthanc", "orthanc-user-password", "password", "yaml", True),
    (t_dotenv, "generic", "pacs-db-password", "password", "env", True),
    (t_dockerfile, "orthanc", "orthanc-user-password", "password", "docker", True),
    (t_java_props_db, "dcm4chee", "pacs-db-password", "password", "props", True),
    (t_js_orthanc_client, "orthanc", "orthanc-user-password", "password", "js", True),
    (t_py_settings, "dicomweb", "dicomweb-basic-password", "password", "py", True),
    (t_log_line, "orthanc", "connection-string-password", "urlpw", "log", True),
]


# ================================================================ NEGATIVES
ENVNAME = {"orthanc-user-password": "ORTHANC_PASSWORD", "pacs-db-password": "DB_PASSWORD",
           "dicomweb-basic-password": "DICOMWEB_PASSWORD", "orthanc-peer-password": "PEER_PASSWORD",
           "viewer-sharing-token": "KHEOPS_TOKEN", "tls-key-password": "TLS_KEY_PASSWORD",
           "auth-webservice-password": "AUTH_SERVICE_PASSWORD", "cloud-secret-key": "AWS_SECRET_ACCESS_KEY",
           "ldap-root-password": "LDAP_ROOTPASS", "idp-admin-password": "KEYCLOAK_ADMIN_PASSWORD",
           "oidc-client-secret": "OIDC_CLIENT_SECRET", "basic-auth-header": "DICOMWEB_BASIC_AUTH",
           "bearer-token": "PACS_TOKEN", "dicomweb-url-password": "DICOMWEB_PASSWORD",
           "oauth-access-token": "GCP_ACCESS_TOKEN", "storage-account-key": "AZURE_STORAGE_KEY",
           "xnat-alias-secret": "XNAT_SECRET", "xnat-password": "XNAT_PASSWORD", "api-password": "AMBRA_PASSWORD",
           "api-key": "POWERSHARE_API_KEY", "connection-string-password": "PGPASSWORD",
           "webhook-url": "SLACK_WEBHOOK_URL", "signing-secret": "SECRET_KEY"}

GENERIC_PH = ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "xxxxxxxxxxxxxxxx", "********",
              "[REDACTED]", "REPLACE_ME", "<redacted>", "CHANGE_ME_IN_PROD", "", "TODO", "***"]
SPECIFIC_PH = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY", "<AWS_SECRET_ACCESS_KEY>", "YOUR_SECRET_ACCESS_KEY"],
    "kheops": ["yCq8BB4f5OESEknoLUbL0Z", "<album-capability-token>", "YOUR_KHEOPS_TOKEN"],
    "password": ["<password>", "your-strong-password", "P@ssw0rd-goes-here"],
    "urlpw": ["PASSWORD", "password", "SECRET"],
    "kc": ["<client-secret>", "**********", "YOUR_CLIENT_SECRET"],
    "ya29": ["ya29.xxxxxxxxxxxxxxxxxxxxxxxx", "$(gcloud auth print-access-token)", "<ACCESS_TOKEN>"],
    "slack": ["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "$SLACK_WEBHOOK_URL"],
    "azkey": ["<storage-account-key>", "YOUR_ACCOUNT_KEY"],
    "azure": ["<client-secret>", "YOUR_CLIENT_SECRET_VALUE"],
    "xnat": ["ALIAS_TOKEN_SECRET", "<secret>"],
    "hex32": ["YOUR_API_KEY_HERE", "0000000000000000000000000000000"],
    "hex64": ["please-change-this-secret", "<random-64-hex>"],
}


def neg_value(gen, lang, kind):
    env = ENVNAME.get(kind, "APP_SECRET")
    if kind == "orthanc-user-password" and R.random() < 0.15:
        return "alicePassword"      # Orthanc Book's documented example
    k = R.random()
    if lang == "py" and k < 0.3:
        return Expr(pick(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")', 'settings.%s']) % env)
    if lang == "js" and k < 0.3:
        return Expr(pick(["process.env.%s", "process.env['%s']"]) % env)
    if lang == "lua" and k < 0.3:
        return Expr('os.getenv("%s")' % env)
    k = R.random()
    if k < 0.3:
        refs = ["${%s}" % env, "$%s" % env, "{{ vault_%s }}" % env.lower(), "op://PACS/%s/password" % env.lower().replace("_", "-"),
                "vault:secret/data/pacs/%s#value" % env.lower(), "${env:%s}" % env, "{{ .Values.%s }}" % env.lower()]
        if lang == "sh":
            refs += ['"$(cat /run/secrets/%s)"' % env.lower()]
        return pick(refs)
    if k < 0.6 and gen in SPECIFIC_PH:
        return pick(SPECIFIC_PH[gen])
    v = pick(GENERIC_PH)
    if gen == "slack" and v in ("", "TODO"):
        v = "$SLACK_WEBHOOK_URL"
    return v


DOC_EXAMPLES = {"alicePassword", "wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY", "yCq8BB4f5OESEknoLUbL0Z"}


# ---- look-alike templates: each returns (relpath, text, provider, kind)

def n_qido_json():
    res = []
    for _ in range(R.randint(2, 4)):
        res.append({"00080020": {"vr": "DA", "Value": [dcm_date()]}, "00080050": {"vr": "SH", "Value": [accession()]},
                    "00080061": {"vr": "CS", "Value": [pick(MODS)]}, "00100020": {"vr": "LO", "Value": [patient_id()]},
                    "0020000D": {"vr": "UI", "Value": [uid()]}, "00201208": {"vr": "IS", "Value": [R.randint(1, 900)]}})
    return pick(["tests/fixtures/qido_studies.json", "mock/dicomweb/studies.json"]), json.dumps(res, indent=2) + "\n", "dicomweb", "dicom-json-uids"


def n_orthanc_study():
    d = {"ID": orthanc_id(), "IsStable": True, "LastUpdate": "%sT101530" % dcm_date(),
         "MainDicomTags": {"AccessionNumber": accession(), "StudyDate": dcm_date(), "StudyInstanceUID": uid(),
                           "StudyDescription": pick(["CT HEAD W/O CONTRAST", "MR BRAIN", "CHEST PA"])},
         "ParentPatient": orthanc_id(), "PatientMainDicomTags": {"PatientID": patient_id(), "PatientName": "SYNTHETIC^PATIENT%d" % R.randint(1, 99)},
         "Series": [orthanc_id() for _ in range(R.randint(1, 4))], "Type": "Study"}
    return pick(["tests/data/orthanc_study.json", "fixtures/study-response.json"]), json.dumps(d, indent=3) + "\n", "orthanc", "orthanc-resource-ids"


def n_orthanc_changes():
    ch = [{"ChangeType": pick(["NewInstance", "StableStudy", "NewSeries"]), "Date": "%sT0%d1200" % (dcm_date(), R.randint(0, 9)),
           "ID": orthanc_id(), "Path": "/instances/" + orthanc_id(), "ResourceType": "Instance", "Seq": i + R.randint(100, 900)} for i in range(3)]
    return pick(["tests/fixtures/changes.json", "docs/examples/changes.json"]), json.dumps({"Changes": ch, "Done": True, "Last": 999}, indent=2) + "\n", "orthanc", "orthanc-resource-ids"


def n_lua_anon():
    t = ('-- Anonymize studies coming from the research modality and keep a mapping\n'
         'function OnStableStudy(studyId, tags, metadata)\n'
         '   if tags["InstitutionName"] ~= "%s" then return end\n'
         '   local replace = { PatientID = "SYN-" .. string.sub(studyId, 1, 8), PatientName = "ANON" }\n'
         '   local body = DumpJson({ Replace = replace, Keep = { "StudyDescription" }, Force = true }, true)\n'
         '   local result = ParseJson(RestApiPost("/studies/" .. studyId .. "/anonymize", body))\n'
         '   print("anonymized " .. studyId .. " -> " .. result["ID"])\n'
         '   -- e.g. %s -> %s\nend\n') % (pick(["RESEARCH", "TRIAL01"]), orthanc_id(), orthanc_id())
    return pick(["lua/anonymize.lua", "orthanc/scripts/anon.lua"]), t, "orthanc", "orthanc-resource-ids"


def n_md5_csv():
    rows = ["sop_instance_uid,orthanc_id,md5,size_bytes,transfer_syntax"]
    for _ in range(R.randint(5, 10)):
        rows.append("%s,%s,%s,%d,%s" % (uid(), orthanc_id(), rs(32, HEX), R.randint(100000, 9000000), pick(TSYNTAX)[0]))
    return pick(["manifests/instances.csv", "qa/transfer_manifest.csv"]), "\n".join(rows) + "\n", "orthanc", "md5-digests"


def n_pydicom_consts():
    t = '"""UID constants used by the converter."""\n\n'
    for u, name in R.sample(SOP_CLASSES, 4):
        t += '%s = "%s"  # %s\n' % (name.upper().replace(" ", "_").replace("-", "").replace("(", "").replace(")", "").replace("__", "_")[:40], u, name)
    for u, name in R.sample(TSYNTAX, 3):
        t += 'TS_%s = "%s"\n' % (name.split(" (")[0].upper().replace(" ", "_").replace("-", "_")[:30], u)
    t += '\nORG_ROOT = "%s"\nSTUDY_UID_EXAMPLE = "%s"\n' % (pick(ROOTS), uid())
    return pick(["src/dicomconv/uids.py", "converter/constants.py"]), t, "pydicom", "sop-class-uids"


def n_dcmdump():
    lines = ["# Dicom-File-Format", "", "# Dicom-Meta-Information-Header",
             "(0002,0002) UI =%s  # %s" % pick(SOP_CLASSES),
             "(0002,0003) UI [%s]  # MediaStorageSOPInstanceUID" % uid(),
             "(0002,0010) UI =%s  # TransferSyntaxUID" % pick(TSYNTAX)[1].replace(" ", ""), "",
             "(0008,0050) SH [%s]  # AccessionNumber" % accession(),
             "(0010,0010) PN [SYNTHETIC^JANE]  # PatientName",
             "(0010,0020) LO [%s]  # PatientID" % patient_id(),
             "(0020,000d) UI [%s]  # StudyInstanceUID" % uid(),
             "(0020,000e) UI [%s]  # SeriesInstanceUID" % uid(),
             "(7fe0,0010) OW 0000\\0000\\0000\\0000...  # PixelData"]
    return pick(["docs/samples/ct_slice.dump.txt", "tests/golden/dcmdump.txt"]), "\n".join(lines) + "\n", "dcmtk", "dicom-tags"


def n_storescu_log():
    lines = ["I: Requesting Association", "I: Association Accepted (Max Send PDV: 16372)",
             "I: Sending file: /data/out/%s.dcm" % uid(),
             "I: Converting transfer syntax: %s -> %s" % (pick(TSYNTAX)[1], pick(TSYNTAX)[1]),
             "I: Sending Store Request (MsgID 1, %s)" % pick(["CT", "MR", "US"]),
             "I: Received Store Response (Success)", "I: Calling AE %s, Called AE %s" % (aet(), aet()),
             "I: Releasing Association"]
    return pick(["logs/storescu.log", "var/log/dicom-send.log"]), "\n".join(lines) + "\n", "dcmtk", "ae-titles"


def n_orthanc_open_conf():
    t = orthanc_head() + ('  "AuthenticationEnabled" : false,\n  "RegisteredUsers" : { },\n'
                          '  "DicomModalities" : {\n    "ct" : [ "%s", "%s", 104 ],\n    "ws" : { "AET" : "%s", "Host" : "%s", "Port" : 11112 }\n  },\n'
                          '  "OrthancPeers" : { }\n}\n') % (aet(), ipaddr(), aet(), ipaddr())
    return pick(["orthanc.json", "dev/orthanc-open.json"]), t, "orthanc", "empty-registered-users"


def n_ohif_public():
    cid = "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12 - 1), rs(32, "abcdefghijklmnopqrstuvwxyz0123456789"))
    t = ('window.config = {\n  routerBasename: "/",\n  enableGoogleCloudAdapter: true,\n'
         '  healthcareApiEndpoint: "https://healthcare.googleapis.com/v1",\n  oidc: [\n    {\n'
         '      authority: "https://accounts.google.com",\n      client_id: "%s",\n      redirect_uri: "/callback",\n'
         '      response_type: "id_token token",\n      scope: "email profile openid https://www.googleapis.com/auth/cloud-healthcare",\n'
         '      revokeAccessTokenOnSignout: true,\n    },\n  ],\n};\n') % cid
    return pick(["platform/app/public/config/google.js", "viewer/config/gcp.js"]), t, "ohif", "public-oidc-client-id"


def n_keycloak_public():
    d = {"realm": "imaging", "publicKey": base64.b64encode(b"0\x82\x01\"0\r\x06\t*\x86H\x86\xf7\r\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x000\x82\x01\n\x02\x82\x01\x01\x00" + rbytes(256) + b"\x02\x03\x01\x00\x01").decode(),
         "clients": [{"clientId": "ohif-viewer", "publicClient": True, "standardFlowEnabled": True,
                      "attributes": {"pkce.code.challenge.method": "S256"}, "redirectUris": ["https://%s/*" % host()]}]}
    return pick(["keycloak/public-clients.json", "realm/ohif-client.json"]), json.dumps(d, indent=2) + "\n", "keycloak", "public-key"


def n_jwks():
    keys = [{"kid": rs(43, AN + "-_"), "kty": "RSA", "alg": "RS256", "use": "sig",
             "n": base64.urlsafe_b64encode(rbytes(256)).decode().rstrip("="), "e": "AQAB"}]
    return pick(["tests/fixtures/jwks.json", "auth/keys/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n", "keycloak", "jwks-public"


def n_cert_pem():
    body = base64.b64encode(bytes.fromhex("308203") + rbytes(800)).decode()
    return pick(["certs/pacs-ca.crt", "tls/dicom-server.pem"]), "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % _wrap(body), "dicom-tls", "certificate"


def n_ssh_pub():
    lines = ["ssh-ed25519 %s %s@%s" % (base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32)).decode(), pick(["backup", "pacsops"]), pick(["archive01", "orthanc-dr"]))
             for _ in range(2)]
    return pick(["deploy/authorized_keys", "ansible/files/pacs_backup.pub"]), "\n".join(lines) + "\n", "ssh", "public-key"


def n_sha256sums():
    rows = ["%s  %s.dcm" % (rs(64, HEX), uid()) for _ in range(R.randint(4, 8))]
    return pick(["release/SHA256SUMS", "data/export/checksums.sha256"]), "\n".join(rows) + "\n", "generic", "sha256-digests"


def n_lfs_pointer():
    t = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rs(64, HEX), R.randint(10 ** 5, 10 ** 8))
    return pick(["tests/data/ct_phantom.dcm", "samples/mr_brain.dcm"]), t, "git-lfs", "lfs-pointer"


def n_sri_html():
    sri = base64.b64encode(rbytes(48)).decode()
    t = ('<!doctype html>\n<html>\n<head>\n  <meta charset="utf-8">\n  <title>Viewer</title>\n'
         '  <script src="https://cdn.example-cdn.net/dicom-parser/1.8.21/dicomParser.min.js"\n'
         '          integrity="sha384-%s" crossorigin="anonymous"></script>\n</head>\n<body><div id="root"></div></body>\n</html>\n') % sri
    return pick(["viewer/public/index.html", "static/viewer.html"]), t, "ohif", "sri-hash"


def n_hl7():
    segs = ["MSH|^~\\&|RIS|%s|PACS|%s|%s1200||ORM^O01|%d|P|2.3" % (pick(["MAIN", "NORTH"]), aet(), dcm_date(), R.randint(10 ** 6, 10 ** 8)),
            "PID|1||%s^^^HOSP^MR||SYNTHETIC^JOHN||19700101|M" % patient_id(),
            "ORC|NW|%s|%s" % (accession(), accession()),
            "OBR|1|%s||%s^%s|||%s0930" % (accession(), pick(["CTHEAD", "MRBRAIN", "CXR2V"]), pick(["CT HEAD", "MR BRAIN", "CHEST 2V"]), dcm_date()),
            "ZDS|%s^RIS^Application^DICOM" % uid()]
    return pick(["tests/hl7/orm_sample.hl7", "interfaces/samples/order.hl7"]), "\r\n".join(segs) + "\r\n", "hl7", "accession-numbers"


def n_conformance_md():
    t = "# DICOM Conformance (summary)\n\n| SOP Class | UID | SCU | SCP |\n|---|---|---|---|\n"
    for u, name in R.sample(SOP_CLASSES, 5):
        t += "| %s | `%s` | yes | yes |\n" % (name, u)
    t += "\n## Transfer syntaxes\n\n"
    for u, name in R.sample(TSYNTAX, 4):
        t += "- %s (`%s`)\n" % (name, u)
    t += "\nThe implementation class UID is `%s` and the AE title defaults to `%s`.\n" % (pick(ROOTS) + ".1", aet())
    return pick(["docs/conformance.md", "CONFORMANCE.md"]), t, "dicom", "sop-class-uids"


def n_ahi_imageset():
    d = {"datastoreId": rs(32, HEX), "imageSetId": rs(32, HEX), "versionId": str(R.randint(1, 5)),
         "imageSetState": "ACTIVE", "imageSetArn": "arn:aws:medical-imaging:us-east-1:%s:datastore/%s/imageset/%s" % (rs(12, DG), rs(32, HEX), rs(32, HEX)),
         "Study": {"DICOM": {"StudyInstanceUID": uid(), "AccessionNumber": accession()}}}
    return pick(["tests/fixtures/get_image_set.json", "docs/ahi/imageset-example.json"]), json.dumps(d, indent=2) + "\n", "aws", "resource-ids"


def n_azure_ids():
    t = ('{\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "TenantId": "%s",\n'
         '    "ClientId": "%s",\n    "Audience": "https://dicom.healthcareapis.azure.com"\n  },\n'
         '  "DicomServer": { "Endpoint": "https://%s.dicom.azurehealthcareapis.com", "UseManagedIdentity": true }\n}\n') % (uuid4(), uuid4(), pick(["ws-dicom", "radws-dicom01"]))
    return pick(["appsettings.json", "src/Viewer/appsettings.json"]), t, "azure", "public-client-id"


def n_kheops_ids():
    rows = ["token_id,title,album_id,scope,expires"]
    for _ in range(R.randint(3, 6)):
        rows.append("%s,%s,%s,album,2025-%02d-01" % (rs(10, AN), pick(["Tumor board", "Teaching", "Twitter share"]), rs(10, AN), R.randint(1, 12)))
    return pick(["reports/kheops_tokens_audit.csv", "exports/capabilities.csv"]), "\n".join(rows) + "\n", "kheops", "token-ids"


def n_thumbnail():
    d = {"StudyInstanceUID": uid(), "SeriesInstanceUID": uid(), "thumbnail": "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(180)).decode()}
    return pick(["tests/fixtures/thumbnail.json", "cache/series-thumb.json"]), json.dumps(d, indent=2) + "\n", "ohif", "base64-data"


def n_trace_log():
    lines = []
    for _ in range(R.randint(5, 9)):
        lines.append("2024-05-%02dT10:%02d:%02dZ level=info request_id=%s trace_id=%s path=/dicom-web/studies/%s status=200" % (
            R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), uuid4(), rs(32, HEX), uid()))
    return pick(["logs/gateway.log", "var/log/dicomweb-access.log"]), "\n".join(lines) + "\n", "dicomweb", "request-ids"


def n_dcm4chee_props():
    t = ('# dcm4chee-arc UID and storage settings\norg.root=%s\nstorage.id=fs1\nstorage.uri=file:///storage/fs1/\n'
         'storage.path.format={now,date,yyyy/MM/dd}/{0020000D,hash}/{0020000E,hash}/{00080018,hash}\n'
         'archive.aet=%s\nexample.study.uid=%s\n') % (pick(ROOTS), aet(), uid())
    return pick(["conf/archive-defaults.properties", "dcm4chee/storage.properties"]), t, "dcm4chee", "dicom-uids"


def n_pynetdicom_scp():
    t = ('from pynetdicom import AE, evt, AllStoragePresentationContexts\n\n'
         'def handle_store(event):\n    ds = event.dataset\n    ds.file_meta = event.file_meta\n'
         '    ds.save_as(f"/data/incoming/{ds.SOPInstanceUID}.dcm", write_like_original=False)\n    return 0x0000\n\n'
         'ae = AE(ae_title="%s")\nae.supported_contexts = AllStoragePresentationContexts\n'
         'ae.start_server(("0.0.0.0", %d), evt_handlers=[(evt.EVT_C_STORE, handle_store)])\n') % (aet(), pick([104, 11112, 4242]))
    return pick(["scp/store_scp.py", "services/receiver.py"]), t, "pynetdicom", "ae-titles"


def n_compose_secrets():
    t = ('services:\n  orthanc:\n    image: orthancteam/orthanc\n    secrets:\n      - orthanc-users.json\n'
         '    environment:\n      ORTHANC__POSTGRESQL__PASSWORD_FILE: /run/secrets/pg_password\n'
         '      ORTHANC_JSON: |\n        { "AuthenticationEnabled": true }\nsecrets:\n  orthanc-users.json:\n'
         '    file: ./secrets/orthanc-users.json\n  pg_password:\n    external: true\n')
    return pick(["docker-compose.yml", "stack/orthanc-secrets.yml"]), t, "orthanc", "secret-file-reference"


def n_k8s_secretref():
    t = ('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: dcm4chee-arc\nspec:\n  template:\n    spec:\n'
         '      containers:\n        - name: arc\n          image: dcm4che/dcm4chee-arc-psql:5.31.0\n          env:\n'
         '            - name: POSTGRES_PASSWORD\n              valueFrom:\n                secretKeyRef:\n'
         '                  name: pacs-postgres\n                  key: password\n'
         '            - name: LDAP_ROOTPASS\n              valueFrom:\n                secretKeyRef: { name: slapd, key: rootpass }\n')
    return pick(["k8s/arc-deployment.yaml", "helm/dcm4chee/templates/deployment.yaml"]), t, "dcm4chee", "secret-reference"


def n_idc_notebook():
    src = ["from idc_index import index\n", "client = index.IDCClient()\n",
           "client.download_from_selection(seriesInstanceUID=[\"%s\"], downloadDir=\"./idc\")\n" % uid(),
           "# crdc_series_uuid: %s\n" % uuid4()]
    nb = {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": src}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return pick(["notebooks/idc_download.ipynb", "analysis/fetch_idc.ipynb"]), json.dumps(nb, indent=1) + "\n", "gcp", "public-dataset-ids"


def n_monai_yaml():
    t = ('models:\n  - name: spleen_ct_segmentation\n    version: 0.5.4\n'
         '    url: https://github.com/Project-MONAI/model-zoo/releases/download/hosting_storage_v1/spleen_ct_segmentation_v0.5.4.zip\n'
         '    sha256: %s\n  - name: wholeBody_ct_segmentation\n    version: 0.2.3\n    md5: %s\n') % (rs(64, HEX), rs(32, HEX))
    return pick(["monai/models.yaml", "apps/radiology/model-manifest.yml"]), t, "monai", "sha256-digests"


def n_xnat_ids():
    rows = ["ID,project,subject_label,label,date,xsiType"]
    for _ in range(R.randint(4, 7)):
        rows.append("XNAT_E%05d,%s,%s,%s_MR%d,%s,xnat:mrSessionData" % (R.randint(1, 99999), pick(["BRAINS01", "ADNI_SUB"]), "S%03d" % R.randint(1, 300), "S%03d" % R.randint(1, 300), R.randint(1, 3), dcm_date()))
    return pick(["exports/xnat_experiments.csv", "data/sessions.csv"]), "\n".join(rows) + "\n", "xnat", "accession-ids"


def n_conquest_sqlite_ini():
    t = ('[sscscp]\nMicroPACS                = sscscp\nMyACRNema                = %s\nTCPPort                  = 5678\n'
         'SQLServer                = /var/lib/conquest/conquest.db3\nSqLite                   = 1\n'
         'FileNameSyntax           = 4\nMAGDevices               = 1\nMAGDevice0               = /var/lib/conquest/data/\n') % pick(["CONQUESTSRV1", "CQ_DEV"])
    return pick(["dicom.ini", "conquest/dicom.ini"]), t, "conquest", "config-no-secret"


def n_uid_gen_py():
    t = ('import hashlib\n\nROOT = "%s"\n\n\ndef derived_uid(original: str, salt_label: str = "deid-v2") -> str:\n'
         '    """Deterministic replacement UID (PS3.15 E.1 style)."""\n'
         '    h = hashlib.sha256((salt_label + original).encode()).hexdigest()\n'
         '    return ROOT + "." + str(int(h[:30], 16))[:40]\n\n\n'
         'assert derived_uid("%s").startswith(ROOT)\n# known answer: %s\n') % (pick(ROOTS), uid(), rs(64, HEX))
    return pick(["deid/uids.py", "src/anonymizer/uid.py"]), t, "pydicom", "dicom-uids"


def n_gsutil_sh():
    t = ('#!/bin/bash\n# mirror a public IDC collection (no credentials needed)\n'
         'gsutil -m cp -r gs://idc-open-data/%s/ ./data/\n'
         's5cmd --no-sign-request cp "s3://idc-open-data/%s/*" ./data/\n') % (uuid4(), uuid4())
    return pick(["scripts/fetch_idc.sh", "bin/idc_mirror.sh"]), t, "gcp", "public-bucket-path"


NEG_LOOK = [n_qido_json, n_orthanc_study, n_orthanc_changes, n_lua_anon, n_md5_csv, n_pydicom_consts, n_dcmdump,
            n_storescu_log, n_orthanc_open_conf, n_ohif_public, n_keycloak_public, n_jwks, n_cert_pem, n_ssh_pub,
            n_sha256sums, n_lfs_pointer, n_sri_html, n_hl7, n_conformance_md, n_ahi_imageset, n_azure_ids,
            n_kheops_ids, n_thumbnail, n_trace_log, n_dcm4chee_props, n_pynetdicom_scp, n_compose_secrets,
            n_k8s_secretref, n_idc_notebook, n_monai_yaml, n_xnat_ids, n_conquest_sqlite_ini, n_uid_gen_py, n_gsutil_sh]


# ================================================================ MAIN
EXT_TYPES = {"json": "json", "jsonc": "json", "yml": "yaml", "yaml": "yaml", "properties": "properties",
             "ini": "ini", "cfg": "ini", "py": "python", "sh": "shell", "conf": "nginx", "lua": "lua",
             "md": "markdown", "js": "javascript", "plist": "xml", "sql": "sql", "csv": "csv", "log": "log",
             "key": "pem", "pem": "pem", "crt": "pem", "ipynb": "ipynb", "hl7": "hl7", "html": "html",
             "txt": "text", "pub": "text", "sha256": "text", "dcm": "lfs-pointer"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base in ("netrc", ".netrc"):
        return "netrc"
    if base == "credentials":
        return "ini"
    if base.startswith(".env"):
        return "env"
    if base in ("authorized_keys", "SHA256SUMS"):
        return "text"
    if "." in base:
        return EXT_TYPES.get(base.rsplit(".", 1)[-1], base.rsplit(".", 1)[-1])
    return "text"


def write(outdir, rel, text):
    full = os.path.join(outdir, *rel.split("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def cycle(n_items, count):
    """Deterministic near-uniform sequence of indices: shuffled passes."""
    out = []
    while len(out) < count:
        order = list(range(n_items))
        R.shuffle(order)
        out.extend(order)
    return out[:count]


def line_of(text, needle):
    pos = text.index(needle)
    return text.count("\n", 0, pos) + 1


def main():
    global R, NEG
    if len(sys.argv) != 3:
        sys.exit("usage: gen_ks.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    # ---------------- positives
    n_env = 0
    for i, ti in enumerate(cycle(len(POS), 500)):
        fn, prov, kind, gen, lang, _ = POS[ti]
        NEG = False
        s = GENS[gen]()
        res = fn(s)
        rel, text = res[0], res[1]
        needle = res[2] if len(res) > 2 else s
        base = rel.rsplit("/", 1)[-1]
        if base.startswith(".env"):
            n_env += 1
        assert needle and needle in text, (fn.__name__, needle)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], (fn.__name__, ln)
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": ln})
    assert n_env <= 25, n_env

    # ---------------- negatives
    reuse = [t for t in POS if t[5]]
    jobs = [("reuse", k) for k in cycle(len(reuse), 250)] + [("look", k) for k in cycle(len(NEG_LOOK), 250)]
    R.shuffle(jobs)
    for i, (mode, k) in enumerate(jobs):
        if mode == "reuse":
            fn, prov, kind, gen, lang, _ = reuse[k]
            NEG = True
            s = neg_value(gen, lang, kind)
            res = fn(s)
            NEG = False
            rel, text = res[0], res[1]
            if isinstance(s, Expr) or s.startswith(("$", "{{", "op://", "vault:", '"$')):
                cat = "env-ref"
            elif s in DOC_EXAMPLES:
                cat = "doc-example"
            elif s == "":
                cat = "empty"
            elif "*" in s or "REDACTED" in s.upper():
                cat = "masked"
            else:
                cat = "placeholder"
            kind = cat + ":" + kind
            if isinstance(s, Expr) and s.startswith("os.") and "import os" not in text:
                lines = text.split("\n")
                j = next((n for n, l in enumerate(lines) if l.startswith(("import ", "from "))), 0)
                lines.insert(j, "import os")
                text = "\n".join(lines)
        else:
            rel, text, prov, kind = NEG_LOOK[k]()
        base = rel.rsplit("/", 1)[-1]
        if base.startswith(".env"):
            rel = rel[: len(rel) - len(base)] + pick([".env.example", ".env.sample"])
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # re-read and verify what was written
    for s in secrets:
        with open(os.path.join(outdir, *s["file"].split("/")), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    assert len(manifest) == 1000 and len(secrets) == 500


if __name__ == "__main__":
    main()
