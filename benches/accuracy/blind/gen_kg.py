#!/usr/bin/env python3
"""gen_kg.py - blind evaluation set: S3-compatible object storage credentials.

EMPHASIS
    S3-compatible object storage providers and the clients that hold their keys:
    Wasabi, Backblaze B2 (native keyID/applicationKey and its S3 API), Cloudflare
    R2 (32-hex access key id / 64-hex secret, account-scoped endpoint),
    DigitalOcean Spaces, Linode/Akamai Object Storage, Scaleway (SCW... access
    keys, UUID secret), OVHcloud, IDrive e2, Exoscale SOS (EXO... keys), Storj
    (access grants, S3 gateway keys), Filebase, MinIO (root user/password,
    `mc alias set`, ~/.mc/config.json), Ceph RGW, Oracle OCI customer secret
    keys, Alibaba OSS, Tencent COS, Hetzner Object Storage.
    Clients: s3cmd .s3cfg, ~/.boto, rclone.conf, aws configure profiles with
    endpoint_url, passwd-s3fs, goofys, Cyberduck bookmarks, boto3 with
    endpoint_url, MinIO SDKs, @aws-sdk/client-s3, Laravel/Django storages,
    Terraform providers, b2 CLI / b2sdk, uplink, DuckDB / ClickHouse SQL.
    File types: INI (.s3cfg, .boto, rclone.conf, aws config), JSON, YAML, TOML,
    Python, JavaScript/TypeScript, Go, PHP, Java, Kotlin, Ruby, shell,
    Terraform, docker-compose, Kubernetes manifests, Dockerfile, Markdown, SQL,
    XML, properties, CSV, logs, .http captures.

USAGE
    python3 gen_kg.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive: file, needle, 1-based line of the needle's first occurrence).
    Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * Access key id + secret pairs: the needle is the SECRET only (the access
      key id is the public half and also appears in the file).
    * B2 native keys: the needle is the applicationKey (K00...), not the keyID.
    * B2 `Authorization: Basic ...` header: the needle is the base64 blob
      (base64 of "keyID:applicationKey"), without the word "Basic".
    * URLs / DSNs with embedded credentials (s3://KEY:SECRET@host/bucket,
      https://KEY:SECRET@host): the needle is the secret part only.
    * Storj access grant: the whole serialized grant (one line, base58).
    * MinIO root password: the password value only (not MINIO_ROOT_USER).
    * Presign secrets: the S3 secret a presign service holds, or the HMAC key
      an upload gateway uses to sign its own URLs (hex), value only.
    * No multi-line keys are used in this domain; every needle is on one line.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-secret-key>, YOUR_..._HERE, changeme,
    xxxx...), empty values, masked values (****, [REDACTED], partial masks),
    environment / secret-manager references (${VAR}, os.environ[...],
    process.env.X, os.Getenv, env(), System.getenv, var.x, GitHub/Helm
    template expressions, op:// and vault paths, sops ENC[...] stubs), and
    documented example keys (AWS docs example pair, the DigitalOcean
    "...EXAMPLE" pair, the MinIO play demo pair, MinIO default minioadmin).
    A file named .env* is never used for negatives (.env.example instead).
    The other half are look-alikes: access key ids alone, bucket names,
    endpoints and region codes, ETags (plain and multipart), object version
    ids, multipart upload ids, expired presigned URLs with X-Amz-Signature,
    SigV4 Authorization headers (signature is not a secret), SHA-256 / SHA-1 /
    MD5 content hashes, canonical user ids, B2 file/bucket ids, R2 account
    ids, Scaleway project UUIDs, OCI OCIDs and key fingerprints, Storj node
    ids, IPFS CIDs, request ids, image digests, lockfile integrity hashes,
    go.sum hashes, PEM certificates, SSH/PGP public keys, base64 data.

FORMATS CHECKED (search tool, providers' docs and real config files)
    * Cloudflare R2 docs: keys are created as R2 API tokens; Access Key ID and
      Secret Access Key; endpoint https://<ACCOUNT_ID>.r2.cloudflarestorage.com
      (also .eu. and .fedramp. jurisdictions); region "auto". A public gist
      shows the secret is the SHA-256 hex of the API token -> 64 hex; the id
      is the token id -> 32 hex.
    * Backblaze docs: applicationKeyId + applicationKey, env vars
      B2_APPLICATION_KEY_ID / B2_APPLICATION_KEY, `b2 account authorize
      [keyId] [key]`, Basic auth of "applicationKeyId:applicationKey" for
      b2_authorize_account. A schema example shows ids like "0014a98f..." and
      keys starting with "K001...".
    * Storj: gateway credentials seen in a public gist: access key id 28 chars
      and secret 53 chars, lowercase base32, both starting with "j"; endpoint
      https://gateway.storjshare.io; access grants are long base58 strings
      starting with "1"; satellite addresses "<nodeid>@us1.storj.io:7777".
    * Scaleway SDK README: accessKey 'SCWXXXXXXXXXXXXXXXXX' (SCW + 17),
      secretKey a UUID; env SCW_ACCESS_KEY / SCW_SECRET_KEY; s3.fr-par.scw.cloud.
    * DigitalOcean: access key ids "DO00" + 16 upper alnum (20 chars), secret
      43 chars base64-like; the tutorial pair "DO00...EXAMPLE" is used only
      among negatives; endpoints <region>.digitaloceanspaces.com.
    * Tencent Cloud docs: SecretId "AKID..." (36 chars) and SecretKey
      (32 chars); buckets named <name>-<APPID>; cos.<region>.myqcloud.com.
    * Exoscale docs/libraries: API key "EXO..." with secret; SOS endpoints
      https://sos-<zone>.exo.io; zones ch-gva-2, de-fra-1, at-vie-1 ...
    * Oracle docs: Customer Secret Key = access key / secret key pair for the
      S3 compatibility API, Oracle-generated; endpoint
      <namespace>.compat.objectstorage.<region>.oraclecloud.com.
    * Alibaba docs: AccessKey ID + AccessKey secret; env
      ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET.
    * rclone / s3cmd / s3fs / aws config shapes checked against public config
      files (provider =, access_key_id =, host_base =, passwd-s3fs key:secret).
    One search result was a commercial secret scanner's detector page
    (DigitalOcean Spaces); its content was not used.

DOUBTS
    * OCI customer secret key shape (access key 40 hex, secret 44 chars
      base64 ending "=") is from memory; the docs did not show lengths.
    * Exoscale: "EXO" + 24 hex for the key and a 43-char base64url secret are
      from memory; the docs only show "EXO..." prefixes.
    * B2 keyID as 25 chars ("00" + cluster digit + 12-hex account + counter)
      and applicationKey as "K00" + digit + 27 chars (31 total) are from
      memory; the schema example seen was shorter/irregular.
    * IDrive e2 key lengths (20/40 alnum) and endpoint host shape, Hetzner
      (20/40), Linode (20/40), Filebase (20/40), Wasabi (20 upper / 40 alnum),
      Ceph/MinIO (20/40) follow the AWS-style shape; not confirmed per provider.
    * Alibaba "LTAI5t" + 18 alnum (24) id and 30-char secret; Tencent secret
      alphabet (alnum) are from memory.
    * rclone `provider =` names for OVH, Exoscale, Hetzner, Filebase and OCI
      are written as "Other" to be safe.
"""
import base64
import hashlib
import json
import os
import string
import sys

import random

UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = AN + "+/"
B64U = AN + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32L = "abcdefghijklmnopqrstuvwxyz234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def mixed(r, alpha, n):
    """Random string that has upper, lower and digit when the alphabet allows."""
    while True:
        s = rs(r, alpha, n)
        ok = True
        if any(ch.isupper() for ch in alpha) and not any(ch.isupper() for ch in s):
            ok = False
        if any(ch.islower() for ch in alpha) and not any(ch.islower() for ch in s):
            ok = False
        if any(ch.isdigit() for ch in alpha) and not any(ch.isdigit() for ch in s):
            ok = False
        if ok and "EXAMPLE" not in s.upper():
            return s


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# --------------------------------------------------------------- providers
def _b2_ids(r):
    cl = r.choice("12345")
    acct = rs(r, HEX, 12)
    kid = "00" + cl + acct + "000000" + "%04d" % r.randint(1, 40)
    kid = kid[:25]
    key = "K00" + cl + mixed(r, AN, 27)
    return kid, key


def _sk43(r):
    return mixed(r, B64, 43)


PROV = {}


def prov(key, label, env, regions, ep, ak, sk, rclone="Other"):
    PROV[key] = dict(key=key, label=label, env=env, regions=regions, ep=ep,
                     ak=ak, sk=sk, rclone=rclone)


prov("wasabi", "Wasabi", "WASABI",
     ["us-east-1", "us-east-2", "us-west-1", "eu-central-1", "eu-central-2", "eu-west-1", "ap-northeast-1"],
     lambda r, g: "https://s3.%s.wasabisys.com" % g,
     lambda r: mixed(r, UP, 20), lambda r: mixed(r, AN, 40), "Wasabi")
prov("b2", "Backblaze B2", "B2",
     ["us-west-002", "us-west-004", "us-east-005", "eu-central-003"],
     lambda r, g: "https://s3.%s.backblazeb2.com" % g,
     None, None, "Other")
prov("r2", "Cloudflare R2", "R2", ["auto"],
     lambda r, g: "https://%s.%sr2.cloudflarestorage.com" % (rs(r, HEX, 32), r.choice(["", "", "", "eu."])),
     lambda r: rs(r, HEX, 32), lambda r: rs(r, HEX, 64), "Cloudflare")
prov("spaces", "DigitalOcean Spaces", "SPACES",
     ["nyc3", "sfo3", "ams3", "sgp1", "fra1", "syd1"],
     lambda r, g: "https://%s.digitaloceanspaces.com" % g,
     lambda r: ("DO00" + mixed(r, UP, 16)) if r.random() < 0.7 else mixed(r, UP, 20), _sk43, "DigitalOcean")
prov("linode", "Linode Object Storage", "LINODE",
     ["us-east-1", "eu-central-1", "ap-south-1", "us-southeast-1", "us-iad-1", "fr-par-1", "se-sto-1"],
     lambda r, g: "https://%s.linodeobjects.com" % g,
     lambda r: mixed(r, UP, 20), lambda r: mixed(r, AN, 40), "Linode")
prov("scaleway", "Scaleway", "SCW", ["fr-par", "nl-ams", "pl-waw"],
     lambda r, g: "https://s3.%s.scw.cloud" % g,
     lambda r: "SCW" + mixed(r, UP, 17), uuid4, "Scaleway")
prov("ovh", "OVHcloud Object Storage", "OVH", ["gra", "sbg", "de", "uk", "bhs", "waw", "rbx"],
     lambda r, g: "https://s3.%s.io.cloud.ovh.net" % g,
     lambda r: rs(r, HEX, 32), lambda r: rs(r, HEX, 32), "Other")
prov("idrive", "IDrive e2", "IDRIVE_E2", ["us-west-1", "us-east-1", "eu-west-1", "eu-central-1"],
     lambda r, g: "https://%s.%s.idrivee2-%d.com" % (rs(r, string.ascii_lowercase + string.digits, 4),
                                                      r.choice(["or4", "va11", "ch2", "ldn1", "fra2", "par3"]), r.randint(2, 60)),
     lambda r: mixed(r, AN, 20), lambda r: mixed(r, AN, 40), "IDrive")
prov("exoscale", "Exoscale SOS", "EXOSCALE",
     ["ch-gva-2", "ch-dk-2", "de-fra-1", "de-muc-1", "at-vie-1", "at-vie-2", "bg-sof-1"],
     lambda r, g: "https://sos-%s.exo.io" % g,
     lambda r: "EXO" + rs(r, HEX, 24), lambda r: mixed(r, B64U, 43), "Other")
prov("storj", "Storj S3 gateway", "STORJ", ["us1", "eu1", "ap1"],
     lambda r, g: "https://gateway.storjshare.io",
     lambda r: "j" + rs(r, B32L, 27), lambda r: "j" + rs(r, B32L, 52), "Storj")
prov("filebase", "Filebase", "FILEBASE", ["us-east-1"],
     lambda r, g: "https://s3.filebase.com",
     lambda r: mixed(r, UP, 20), lambda r: mixed(r, AN, 40), "Other")
prov("minio", "MinIO", "MINIO", ["us-east-1"],
     lambda r, g: r.choice(["http://minio:9000", "https://minio.%s.internal:9000" % r.choice(["corp", "lab", "prod", "svc"]),
                            "https://s3.%s.lan" % r.choice(["nas", "homelab", "office"]), "http://10.0.%d.%d:9000" % (r.randint(0, 9), r.randint(2, 250))]),
     lambda r: mixed(r, UP, 20), lambda r: mixed(r, AN, 40), "Minio")
prov("ceph", "Ceph RGW", "CEPH", ["default", "us-east-1"],
     lambda r, g: r.choice(["https://rgw.%s.internal" % r.choice(["dc1", "dc2", "storage"]), "http://rook-ceph-rgw-store.rook-ceph.svc:80",
                            "https://objects.%s.example.net" % r.choice(["ams", "par", "lon"]), "http://ceph-rgw:7480"]),
     lambda r: mixed(r, UP, 20), lambda r: mixed(r, AN, 40), "Ceph")
prov("oci", "Oracle OCI Object Storage", "OCI",
     ["us-ashburn-1", "eu-frankfurt-1", "uk-london-1", "ap-tokyo-1", "sa-saopaulo-1", "us-phoenix-1"],
     lambda r, g: "https://%s.compat.objectstorage.%s.oraclecloud.com" % (rs(r, string.ascii_lowercase + string.digits, 12), g),
     lambda r: rs(r, HEX, 40), lambda r: mixed(r, B64, 43) + "=", "Other")
prov("oss", "Alibaba Cloud OSS", "OSS", ["cn-hangzhou", "cn-shanghai", "cn-beijing", "ap-southeast-1", "eu-central-1"],
     lambda r, g: "https://oss-%s.aliyuncs.com" % g,
     lambda r: "LTAI5t" + mixed(r, AN, 18), lambda r: mixed(r, AN, 30), "Alibaba")
prov("cos", "Tencent COS", "COS", ["ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-singapore", "na-siliconvalley"],
     lambda r, g: "https://cos.%s.myqcloud.com" % g,
     lambda r: "AKID" + mixed(r, AN, 32), lambda r: mixed(r, AN, 32), "TencentCOS")
prov("hetzner", "Hetzner Object Storage", "HETZNER", ["fsn1", "nbg1", "hel1"],
     lambda r, g: "https://%s.your-objectstorage.com" % g,
     lambda r: mixed(r, UP, 20), lambda r: mixed(r, AN, 40), "Other")

PAIR_PROVS = ["wasabi", "b2", "r2", "spaces", "linode", "scaleway", "ovh", "idrive", "exoscale",
              "storj", "filebase", "minio", "ceph", "oci", "oss", "cos", "hetzner"]

# conventional env names of the secret per provider
SK_ENV = {"wasabi": "WASABI_SECRET_KEY", "b2": "B2_APPLICATION_KEY", "r2": "R2_SECRET_ACCESS_KEY",
          "spaces": "SPACES_SECRET_KEY", "linode": "LINODE_OBJ_SECRET_KEY", "scaleway": "SCW_SECRET_KEY",
          "ovh": "OVH_S3_SECRET_KEY", "idrive": "IDRIVE_E2_SECRET_KEY", "exoscale": "EXOSCALE_API_SECRET",
          "storj": "STORJ_SECRET_KEY", "filebase": "FILEBASE_SECRET_KEY", "minio": "MINIO_SECRET_KEY",
          "ceph": "RGW_SECRET_KEY", "oci": "OCI_S3_SECRET_KEY", "oss": "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
          "cos": "COS_SECRET_KEY", "hetzner": "HETZNER_S3_SECRET_KEY"}
AK_ENV = {"wasabi": "WASABI_ACCESS_KEY", "b2": "B2_APPLICATION_KEY_ID", "r2": "R2_ACCESS_KEY_ID",
          "spaces": "SPACES_ACCESS_KEY", "linode": "LINODE_OBJ_ACCESS_KEY", "scaleway": "SCW_ACCESS_KEY",
          "ovh": "OVH_S3_ACCESS_KEY", "idrive": "IDRIVE_E2_ACCESS_KEY", "exoscale": "EXOSCALE_API_KEY",
          "storj": "STORJ_ACCESS_KEY", "filebase": "FILEBASE_ACCESS_KEY", "minio": "MINIO_ACCESS_KEY",
          "ceph": "RGW_ACCESS_KEY", "oci": "OCI_S3_ACCESS_KEY", "oss": "ALIBABA_CLOUD_ACCESS_KEY_ID",
          "cos": "COS_SECRET_ID", "hetzner": "HETZNER_S3_ACCESS_KEY"}

WORDS = ["assets", "media", "backups", "uploads", "invoices", "reports", "avatars", "logs", "exports",
         "artifacts", "static", "datasets", "thumbnails", "archive", "snapshots", "videos", "docs", "builds"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "piedpiper", "contoso", "wayne",
        "stark", "tyrell", "soylent", "vandelay", "wonka", "oscorp", "cyberdyne", "aperture", "gringotts"]
APPS = ["billing", "portal", "ingest", "catalog", "storefront", "cms", "pipeline", "reporting", "gallery",
        "backup-agent", "api", "worker", "etl", "mediahub", "docs-site", "analytics"]


def bucket_name(r, prov_key=None):
    b = "%s-%s%s" % (r.choice(ORGS), r.choice(WORDS), r.choice(["", "", "-prod", "-staging", "-dev", "-eu", "-%d" % r.randint(1, 9)]))
    if prov_key == "cos":
        b += "-125%07d" % r.randint(0, 9999999)
    return b


class Ctx(object):
    """Everything a template needs; sk may be a placeholder in negatives."""

    def __init__(self, r, pk):
        self.r = r
        self.pk = pk
        p = PROV[pk]
        self.P = p
        self.label = p["label"]
        self.region = r.choice(p["regions"])
        self.ep = p["ep"](r, self.region)
        self.host = self.ep.split("://", 1)[1]
        if pk == "b2":
            self.ak, self.sk = _b2_ids(r)
            cl = self.ak[2]
            self.region = r.choice([g for g in p["regions"] if g.endswith(cl)] or p["regions"])
            self.ep = p["ep"](r, self.region)
            self.host = self.ep.split("://", 1)[1]
        else:
            self.ak = p["ak"](r)
            self.sk = p["sk"](r)
        self.s3region = {"r2": "auto", "oss": "oss-" + self.region, "ceph": "us-east-1"}.get(pk, self.region)
        if pk in ("minio", "storj", "filebase"):
            self.s3region = "us-east-1"
        self.bucket = bucket_name(r, pk)
        self.app = r.choice(APPS)
        self.org = r.choice(ORGS)
        self.skenv = SK_ENV[pk]
        self.akenv = AK_ENV[pk]
        self.envp = p["env"]
        self.ref = None      # dict lang -> expression (negatives only)
        self.secret_kind = "s3_secret_key"

    def x(self, lang, q='"'):
        """Secret as a code expression: quoted literal, or a reference in negatives."""
        if self.ref is not None and lang in self.ref:
            return self.ref[lang]
        return q + self.sk + q


# --------------------------------------------------------------- special secrets
def storj_grant(r):
    return "1" + r.choice("2345689ABCDEFGHJKLMNPQRSTUVWXYZ") + rs(r, B58, r.randint(260, 520))


def minio_password(r):
    n = r.randint(16, 32)
    while True:
        s = r.choice(string.ascii_letters) + rs(r, AN + "-_.!", n - 1)
        if any(ch.isdigit() for ch in s) and any(ch.isupper() for ch in s) and any(ch.islower() for ch in s):
            return s


def setup_grant(c):
    c.sk = storj_grant(c.r)
    c.secret_kind = "storj_access_grant"
    c.skenv = "STORJ_ACCESS"


def setup_b2native(c):
    c.secret_kind = "b2_application_key"
    c.skenv = "B2_APPLICATION_KEY"


def setup_basic(c):
    c.secret_kind = "b2_application_key"
    c.sk = base64.b64encode(("%s:%s" % (c.ak, c.sk)).encode()).decode()


def setup_rootpw(c):
    c.sk = minio_password(c.r)
    c.user = c.r.choice(["admin", "minio-admin", "root", "storage-admin", c.org + "admin", "minioroot"])
    c.secret_kind = "minio_root_password"
    c.skenv = "MINIO_ROOT_PASSWORD"


def setup_hmac(c):
    c.sk = rs(c.r, HEX, 64)
    c.secret_kind = "presign_secret"
    c.skenv = "UPLOAD_SIGNING_KEY"


def setup_presign(c):
    c.secret_kind = "presign_secret"


POS = []
URLSAFE = ["wasabi", "r2", "linode", "ovh", "idrive", "filebase", "minio", "ceph", "oss", "cos", "hetzner", "storj"]


def T(provs=None, style="C", setup=None, neg_ok=True):
    def deco(fn):
        POS.append(dict(name=fn.__name__[2:], fn=fn, provs=provs or PAIR_PROVS, style=style,
                        setup=setup, neg_ok=neg_ok))
        return fn
    return deco


def hdr(r, lines):
    return r.choice(lines)


# ---- INI-like client configs ------------------------------------------------
@T()
def t_s3cfg(c):
    r = c.r
    path = r.choice([".s3cfg", "ops/s3cmd/%s.s3cfg" % c.pk, "backup/.s3cfg", "config/s3cfg.ini"])
    hb = c.host
    hbk = "%(bucket)s." + c.host if c.pk not in ("minio", "ceph") else c.host
    txt = """[default]
access_key = %s
secret_key = %s
bucket_location = %s
host_base = %s
host_bucket = %s
use_https = %s
signature_v2 = False
check_ssl_certificate = True
guess_mime_type = True
multipart_chunk_size_mb = %d
socket_timeout = 300
encrypt = False
gpg_command = /usr/bin/gpg
human_readable_sizes = False
""" % (c.ak, c.sk, c.s3region, hb, hbk, "False" if c.ep.startswith("http:") else "True", r.choice([15, 50, 100]))
    return path, txt


@T()
def t_boto(c):
    path = c.r.choice([".boto", "deploy/boto.cfg", "tools/legacy/.boto"])
    txt = """# legacy boto2 config used by the nightly export (%s)
[Credentials]
aws_access_key_id = %s
aws_secret_access_key = %s

[s3]
host = %s
calling_format = boto.s3.connection.OrdinaryCallingFormat

[Boto]
debug = 0
num_retries = 5
http_socket_timeout = 60
""" % (c.label, c.ak, c.sk, c.host)
    return path, txt


@T()
def t_rclone_s3(c):
    r = c.r
    name = r.choice([c.pk, "remote", "offsite", c.org + "-" + c.pk, "archive"])
    path = r.choice(["rclone/rclone.conf", ".config/rclone/rclone.conf", "backup/rclone.conf"])
    txt = """[local-cache]
type = alias
remote = /srv/cache

[%s]
type = s3
provider = %s
access_key_id = %s
secret_access_key = %s
region = %s
endpoint = %s
acl = private
no_check_bucket = true
""" % (name, c.P["rclone"], c.ak, c.sk, c.s3region, c.host)
    return path, txt


@T(provs=["b2"], style="N", setup=setup_b2native)
def t_rclone_b2(c):
    path = c.r.choice(["rclone/rclone.conf", "ops/backup/rclone.conf"])
    txt = """# Backblaze B2 native remote for photo backups
[b2]
type = b2
account = %s
key = %s
hard_delete = false
chunk_size = 96M

[b2crypt]
type = alias
remote = b2:%s/photos
""" % (c.ak, c.sk, c.bucket)
    return path, txt


@T()
def t_aws_credentials(c):
    prof = c.r.choice([c.pk, c.pk + "-prod", "objstore", c.org])
    path = c.r.choice([".aws/credentials", "infra/aws/credentials", "ci/aws-credentials"])
    txt = """[default]
region = eu-west-1

[%s]
aws_access_key_id = %s
aws_secret_access_key = %s
""" % (prof, c.ak, c.sk)
    return path, txt


@T()
def t_aws_config_endpoint(c):
    prof = c.r.choice([c.pk, "s3compat", c.org + "-storage"])
    path = c.r.choice([".aws/config", "deploy/aws/config"])
    txt = """[default]
region = us-east-1
output = json

[profile %s]
region = %s
endpoint_url = %s
aws_access_key_id = %s
aws_secret_access_key = %s
s3 =
    addressing_style = path
    multipart_threshold = 64MB
""" % (prof, c.s3region, c.ep, c.ak, c.sk)
    return path, txt


@T(style="N")
def t_passwd_s3fs(c):
    path = c.r.choice(["etc/passwd-s3fs", "deploy/s3fs/.passwd-s3fs", "provision/files/passwd-s3fs"])
    return path, "%s:%s\n" % (c.ak, c.x("none", ""))


@T()
def t_goofys_unit(c):
    path = "deploy/systemd/goofys-%s.service" % c.r.choice(WORDS)
    txt = """[Unit]
Description=Mount %s bucket %s with goofys
After=network-online.target
Wants=network-online.target

[Service]
Type=forking
Environment=AWS_ACCESS_KEY_ID=%s
Environment=AWS_SECRET_ACCESS_KEY=%s
ExecStart=/usr/local/bin/goofys --endpoint %s --region %s -o allow_other %s /mnt/%s
ExecStop=/bin/fusermount -u /mnt/%s
Restart=on-failure

[Install]
WantedBy=multi-user.target
""" % (c.label, c.bucket, c.ak, c.sk, c.ep, c.s3region, c.bucket, c.bucket, c.bucket)
    return path, txt


@T(style="N")
def t_duck_cli(c):
    path = c.r.choice(["scripts/publish-release.sh", "tools/upload_to_storage.sh"])
    txt = """#!/usr/bin/env bash
# Upload the release bundle with Cyberduck CLI (duck)
set -euo pipefail
VERSION="${1:?usage: $0 VERSION}"
BUNDLE="dist/%s-${VERSION}.tar.gz"

duck --assumeyes --retry 3 \\
  --username %s \\
  --password %s \\
  --upload "s3://%s/%s/releases/" "$BUNDLE"
echo "uploaded $BUNDLE"
""" % (c.app, c.ak, c.x("sh", "'"), c.host, c.bucket)
    return path, txt


@T(style="N")
def t_mc_alias(c):
    alias = c.r.choice(["store", c.pk, "backup", "prod"])
    path = c.r.choice(["scripts/mc-setup.sh", "ops/bootstrap-mc.sh"])
    txt = """#!/bin/sh
# register the object store for the mirror job
set -e
mc alias set %s %s %s %s --api S3v4
mc mb --ignore-existing %s/%s
mc mirror --overwrite --remove ./public %s/%s/site
""" % (alias, c.ep, c.ak, c.x("sh", "'"), alias, c.bucket, alias, c.bucket)
    return path, txt


@T()
def t_mc_config_json(c):
    alias = c.r.choice(["store", c.pk, "backup"])
    path = c.r.choice([".mc/config.json", "ops/mc/config.json"])
    d = {"version": "10", "aliases": {
        "local": {"url": "http://localhost:9000", "accessKey": "", "secretKey": "", "api": "S3v4", "path": "auto"},
        alias: {"url": c.ep, "accessKey": c.ak, "secretKey": c.sk, "api": "s3v4", "path": "auto"}}}
    return path, json.dumps(d, indent=2) + "\n"


# ---- MinIO root passwords ---------------------------------------------------
@T(provs=["minio"], setup=setup_rootpw)
def t_compose_minio_root(c):
    path = c.r.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.minio.yml"])
    txt = """services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    ports:
      - "9000:9000"
      - "9001:9001"
    environment:
      MINIO_ROOT_USER: %s
      MINIO_ROOT_PASSWORD: %s
      MINIO_BROWSER_REDIRECT_URL: https://console.%s.internal
    volumes:
      - minio-data:/data
    healthcheck:
      test: ["CMD", "mc", "ready", "local"]
      interval: 30s

volumes:
  minio-data:
""" % (c.user, c.sk, c.org)
    return path, txt


@T(provs=["minio"], setup=setup_rootpw)
def t_k8s_minio_root_secret(c):
    path = c.r.choice(["k8s/minio/secret.yaml", "deploy/manifests/minio-root.yaml"])
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: minio-root
  namespace: storage
  labels:
    app.kubernetes.io/name: minio
type: Opaque
stringData:
  rootUser: %s
  rootPassword: %s
""" % (c.user, c.sk)
    return path, txt


@T(provs=["minio"], setup=setup_rootpw)
def t_helm_minio_values(c):
    path = c.r.choice(["deploy/values.yaml", "helm/minio/values-prod.yaml"])
    txt = """mode: distributed
replicas: 4
image:
  repository: quay.io/minio/minio
  tag: RELEASE.2024-05-10T01-41-38Z
rootUser: %s
rootPassword: %s
persistence:
  enabled: true
  size: 500Gi
  storageClass: local-nvme
buckets:
  - name: %s
    policy: none
    purge: false
resources:
  requests:
    memory: 4Gi
""" % (c.user, c.sk, c.bucket)
    return path, txt


@T(provs=["minio"], setup=setup_rootpw)
def t_dockerfile_minio(c):
    path = c.r.choice(["Dockerfile", "docker/minio/Dockerfile", "dev/minio.Dockerfile"])
    txt = """FROM quay.io/minio/minio:latest
LABEL maintainer="platform@%s.io"
ENV MINIO_ROOT_USER=%s
ENV MINIO_ROOT_PASSWORD=%s
ENV MINIO_VOLUMES="/data"
COPY init-buckets.sh /usr/local/bin/init-buckets.sh
EXPOSE 9000 9001
CMD ["server", "/data", "--console-address", ":9001"]
""" % (c.org, c.user, c.sk)
    return path, txt


@T(provs=["minio"], style="N", setup=setup_rootpw)
def t_minio_default_file(c):
    path = c.r.choice(["deploy/minio/default-minio", "ansible/roles/minio/files/minio.conf"])
    txt = """# Volume to be used for MinIO server.
MINIO_VOLUMES="/mnt/disk{1...4}/minio"
# Use if you want to run MinIO on a custom port.
MINIO_OPTS="--address :9000 --console-address :9001"
# Root user for the server.
MINIO_ROOT_USER=%s
# Root secret for the server.
MINIO_ROOT_PASSWORD=%s
MINIO_SERVER_URL="https://s3.%s.internal"
""" % (c.user, c.sk, c.org)
    return path, txt


@T(provs=["minio"], style="N", setup=setup_rootpw)
def t_tf_minio_provider(c):
    path = c.r.choice(["terraform/minio/providers.tf", "infra/storage/main.tf"])
    txt = """terraform {
  required_providers {
    minio = {
      source  = "aminueza/minio"
      version = ">= 2.0.0"
    }
  }
}

provider "minio" {
  minio_server   = "%s"
  minio_user     = "%s"
  minio_password = %s
  minio_ssl      = true
}

resource "minio_s3_bucket" "%s" {
  bucket = "%s"
  acl    = "private"
}
""" % (c.host.replace(":9000", "") + ":9000", c.user, c.x("tf"), c.bucket.replace("-", "_"), c.bucket)
    return path, txt


# ---- Python -----------------------------------------------------------------
@T(style="N")
def t_py_boto3(c):
    path = c.r.choice(["app/storage.py", "%s/s3client.py" % c.app.replace("-", "_"), "scripts/sync_bucket.py"])
    txt = '''"""Thin wrapper around the %s bucket."""
import logging

import boto3
from botocore.config import Config

log = logging.getLogger(__name__)

BUCKET = "%s"


def client():
    return boto3.client(
        "s3",
        endpoint_url="%s",
        region_name="%s",
        aws_access_key_id="%s",
        aws_secret_access_key=%s,
        config=Config(signature_version="s3v4", retries={"max_attempts": 5}),
    )


def upload(path, key):
    log.info("uploading %%s -> s3://%%s/%%s", path, BUCKET, key)
    client().upload_file(path, BUCKET, key)
''' % (c.label, c.bucket, c.ep, c.s3region, c.ak, c.x("py"))
    return path, txt


@T(provs=["minio", "ceph", "wasabi", "linode", "hetzner", "scaleway", "exoscale", "filebase"], style="N")
def t_py_minio(c):
    path = c.r.choice(["ingest/objstore.py", "worker/minio_client.py"])
    txt = '''from minio import Minio
from minio.error import S3Error

_client = Minio(
    "%s",
    access_key="%s",
    secret_key=%s,
    secure=%s,
)


def ensure_bucket(name="%s"):
    try:
        if not _client.bucket_exists(name):
            _client.make_bucket(name)
    except S3Error as exc:
        raise RuntimeError("cannot prepare bucket %%s: %%s" %% (name, exc))
''' % (c.host, c.ak, c.x("py"), "False" if c.ep.startswith("http:") else "True", c.bucket)
    return path, txt


@T()
def t_django_settings(c):
    path = c.r.choice(["config/settings/production.py", "%s/settings.py" % c.app.replace("-", "_"), "settings/prod.py"])
    txt = '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["%s.%s.com"]

STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "storages.backends.s3.S3Storage"},
}
AWS_STORAGE_BUCKET_NAME = "%s"
AWS_S3_ENDPOINT_URL = "%s"
AWS_S3_REGION_NAME = "%s"
AWS_ACCESS_KEY_ID = "%s"
AWS_SECRET_ACCESS_KEY = %s
AWS_S3_SIGNATURE_VERSION = "s3v4"
AWS_DEFAULT_ACL = None
AWS_QUERYSTRING_AUTH = True
''' % (c.app, c.org, c.bucket, c.ep, c.s3region, c.ak, c.x("py"))
    return path, txt


@T(provs=["b2"], style="N", setup=setup_b2native)
def t_py_b2sdk(c):
    path = c.r.choice(["tools/b2_upload.py", "backup/push_to_b2.py"])
    txt = '''from b2sdk.v2 import B2Api, InMemoryAccountInfo

info = InMemoryAccountInfo()
b2_api = B2Api(info)
b2_api.authorize_account("production", "%s", %s)

bucket = b2_api.get_bucket_by_name("%s")


def push(local_file, remote_name):
    return bucket.upload_local_file(local_file=local_file, file_name=remote_name)
''' % (c.ak, c.x("py"), c.bucket)
    return path, txt


@T(provs=["storj"], style="N", setup=setup_grant)
def t_py_uplink(c):
    path = c.r.choice(["storj/upload.py", "scripts/storj_put.py"])
    txt = '''from uplink_python.uplink import Uplink
from uplink_python.module_classes import UploadOptions

ACCESS = %s
BUCKET = "%s"

uplink = Uplink()
access = uplink.parse_access(ACCESS)
project = access.open_project()
project.ensure_bucket(BUCKET)


def put(key, data: bytes):
    upload = project.upload_object(BUCKET, key, UploadOptions(expires=0))
    upload.write(data, len(data))
    upload.commit()
''' % (c.x("py"), c.bucket)
    return path, txt


@T(style="N")
def t_py_s3fs(c):
    path = c.r.choice(["notebooks/load_data.py", "analysis/io_helpers.py"])
    txt = '''import pandas as pd
import s3fs

fs = s3fs.S3FileSystem(
    key="%s",
    secret=%s,
    client_kwargs={"endpoint_url": "%s", "region_name": "%s"},
)


def read_parquet(prefix):
    files = fs.glob("%s/" + prefix + "/*.parquet")
    return pd.concat(pd.read_parquet(fs.open(f)) for f in files)
''' % (c.ak, c.x("py"), c.ep, c.s3region, c.bucket)
    return path, txt


@T(style="N")
def t_py_pandas_opts(c):
    path = c.r.choice(["etl/export_daily.py", "jobs/report_export.py"])
    txt = '''import datetime as dt

import pandas as pd

STORAGE_OPTIONS = {
    "key": "%s",
    "secret": %s,
    "client_kwargs": {"endpoint_url": "%s"},
}


def export(df: pd.DataFrame):
    day = dt.date.today().isoformat()
    df.to_csv(f"s3://%s/daily/{day}.csv.gz", index=False, storage_options=STORAGE_OPTIONS)
''' % (c.ak, c.x("py"), c.ep, c.bucket)
    return path, txt


@T(provs=["cos"], style="N")
def t_py_cos(c):
    path = c.r.choice(["app/cos_upload.py", "services/media/cos.py"])
    txt = '''# -*- coding: utf-8 -*-
from qcloud_cos import CosConfig, CosS3Client

config = CosConfig(Region="%s", SecretId="%s", SecretKey=%s, Scheme="https")
client = CosS3Client(config)


def upload(path, key):
    return client.upload_file(Bucket="%s", LocalFilePath=path, Key=key, EnableMD5=False)
''' % (c.region, c.ak, c.x("py"), c.bucket)
    return path, txt


@T(provs=["oss"], style="N")
def t_py_oss2(c):
    path = c.r.choice(["app/oss_store.py", "utils/aliyun_oss.py"])
    txt = '''import oss2

auth = oss2.Auth("%s", %s)
bucket = oss2.Bucket(auth, "%s", "%s")


def save(key, content):
    result = bucket.put_object(key, content)
    return result.status == 200
''' % (c.ak, c.x("py"), c.ep, c.bucket)
    return path, txt


@T(style="N", setup=setup_presign)
def t_py_presign_service(c):
    path = c.r.choice(["presign/app.py", "services/presigner/main.py"])
    txt = '''"""Issues short-lived upload URLs for the browser uploader."""
import boto3
from fastapi import FastAPI

app = FastAPI()
_s3 = boto3.client(
    "s3",
    endpoint_url="%s",
    aws_access_key_id="%s",
    aws_secret_access_key=%s,
    region_name="%s",
)


@app.post("/presign")
def presign(key: str, content_type: str = "application/octet-stream"):
    url = _s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": "%s", "Key": key, "ContentType": content_type},
        ExpiresIn=900,
    )
    return {"url": url}
''' % (c.ep, c.ak, c.x("py"), c.s3region, c.bucket)
    return path, txt


# ---- JavaScript / TypeScript ---------------------------------------------------
@T(style="N")
def t_js_s3client(c):
    path = c.r.choice(["src/lib/s3.ts", "lib/storage.js", "server/storage/client.mjs"])
    txt = '''import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

export const s3 = new S3Client({
  region: "%s",
  endpoint: "%s",
  forcePathStyle: true,
  credentials: {
    accessKeyId: "%s",
    secretAccessKey: %s,
  },
});

export async function putObject(key, body, contentType = "application/octet-stream") {
  return s3.send(new PutObjectCommand({ Bucket: "%s", Key: key, Body: body, ContentType: contentType }));
}
''' % (c.s3region, c.ep, c.ak, c.x("js"), c.bucket)
    return path, txt


@T()
def t_ts_config_obj(c):
    path = c.r.choice(["src/config/storage.ts", "config/storage.config.ts"])
    txt = '''export interface StorageConfig {
  provider: string;
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export const storageConfig: StorageConfig = {
  provider: "%s",
  endpoint: "%s",
  bucket: "%s",
  accessKeyId: "%s",
  secretAccessKey: %s,
};
''' % (c.pk, c.ep, c.bucket, c.ak, c.x("ts"))
    return path, txt


@T(provs=["minio", "ceph", "wasabi", "hetzner", "linode", "scaleway"], style="N")
def t_js_minio(c):
    path = c.r.choice(["src/minio.js", "services/files/minioClient.js"])
    port = 9000 if ":9000" in c.host else 443
    txt = '''const Minio = require("minio");

const minioClient = new Minio.Client({
  endPoint: "%s",
  port: %d,
  useSSL: %s,
  accessKey: "%s",
  secretKey: %s,
});

module.exports = { minioClient, BUCKET: "%s" };
''' % (c.host.split(":")[0], port, "false" if c.ep.startswith("http:") else "true", c.ak, c.x("js"), c.bucket)
    return path, txt


@T(provs=["b2"], style="N", setup=setup_b2native)
def t_js_backblaze(c):
    path = c.r.choice(["src/b2.js", "scripts/b2-upload.js"])
    txt = '''const B2 = require("backblaze-b2");

const b2 = new B2({
  applicationKeyId: "%s",
  applicationKey: %s,
});

async function getUploadTarget(bucketId) {
  await b2.authorize();
  const { data } = await b2.getUploadUrl({ bucketId });
  return data;
}

module.exports = { b2, getUploadTarget };
''' % (c.ak, c.x("js"))
    return path, txt


@T(style="N")
def t_js_sync_script(c):
    path = c.r.choice(["scripts/sync-assets.mjs", "tools/deploy-static.mjs"])
    txt = '''#!/usr/bin/env node
// one-off: push build/ to the %s bucket
import { readdir, readFile } from "node:fs/promises";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

const k1 = "%s";
const k2 = %s;
const s3 = new S3Client({ region: "%s", endpoint: "%s", credentials: { accessKeyId: k1, secretAccessKey: k2 } });

for (const f of await readdir("build")) {
  await s3.send(new PutObjectCommand({ Bucket: "%s", Key: f, Body: await readFile(`build/${f}`) }));
  console.log("put", f);
}
''' % (c.label, c.ak, c.x("js"), c.s3region, c.ep, c.bucket)
    return path, txt


@T(style="N", setup=setup_presign)
def t_ts_presign_route(c):
    path = c.r.choice(["app/api/upload-url/route.ts", "pages/api/presign.ts"])
    txt = '''import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({
  region: "%s",
  endpoint: "%s",
  credentials: { accessKeyId: "%s", secretAccessKey: %s },
});

export async function POST(req: Request) {
  const { filename, type } = await req.json();
  const key = `uploads/${crypto.randomUUID()}-${filename}`;
  const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: "%s", Key: key, ContentType: type }), { expiresIn: 600 });
  return Response.json({ url, key });
}
''' % (c.s3region, c.ep, c.ak, c.x("ts"), c.bucket)
    return path, txt


# ---- Go -----------------------------------------------------------------------
@T(style="N")
def t_go_minio(c):
    path = c.r.choice(["internal/storage/minio.go", "pkg/blob/client.go"])
    txt = '''package storage

import (
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

const bucketName = "%s"

func NewClient() (*minio.Client, error) {
	return minio.New("%s", &minio.Options{
		Creds:  credentials.NewStaticV4("%s", %s, ""),
		Secure: %s,
		Region: "%s",
	})
}
''' % (c.bucket, c.host, c.ak, c.x("go"), "false" if c.ep.startswith("http:") else "true", c.s3region)
    return path, txt


@T(style="N")
def t_go_awsv2(c):
    path = c.r.choice(["internal/objstore/s3.go", "cmd/uploader/client.go"])
    txt = '''package objstore

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func New(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("%s"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("%s", %s, "")),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("%s")
		o.UsePathStyle = true
	}), nil
}
''' % (c.s3region, c.ak, c.x("go"), c.ep)
    return path, txt


@T()
def t_go_struct(c):
    path = c.r.choice(["internal/config/defaults.go", "config/storage.go"])
    txt = '''package config

// StorageConfig configures the %s backend.
type StorageConfig struct {
	Endpoint  string
	Region    string
	Bucket    string
	AccessKey string
	SecretKey string
}

var DefaultStorage = StorageConfig{
	Endpoint:  "%s",
	Region:    "%s",
	Bucket:    "%s",
	AccessKey: "%s",
	SecretKey: %s,
}
''' % (c.label, c.ep, c.s3region, c.bucket, c.ak, c.x("go"))
    return path, txt


@T(style="N", setup=setup_hmac)
def t_go_hmac_presign(c):
    path = c.r.choice(["internal/uploads/sign.go", "pkg/presign/hmac.go"])
    txt = '''package presign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// key shared with the edge upload gateway in front of the %s bucket
var signingKey = []byte(%s)

func SignedPath(objectKey string, ttl time.Duration) string {
	exp := time.Now().Add(ttl).Unix()
	mac := hmac.New(sha256.New, signingKey)
	fmt.Fprintf(mac, "%%s:%%d", objectKey, exp)
	return fmt.Sprintf("/u/%%s?exp=%%d&sig=%%s", objectKey, exp, hex.EncodeToString(mac.Sum(nil)))
}
''' % (c.bucket, c.x("go"))
    return path, txt


@T(provs=["storj"], setup=setup_grant)
def t_compose_storj_gateway(c):
    path = c.r.choice(["docker-compose.yml", "deploy/storj-gateway/compose.yaml"])
    txt = """services:
  gateway:
    image: storjlabs/gateway:latest
    restart: unless-stopped
    command: run --website=false
    ports:
      - "127.0.0.1:7777:7777"
    environment:
      STORJ_ACCESS: %s
      STORJ_MINIO_ACCESS_KEY: gateway
      STORJ_SERVER_ADDRESS: 0.0.0.0:7777
""" % (c.sk,)
    return path, txt


@T(provs=["storj"], setup=setup_grant)
def t_rclone_storj(c):
    path = c.r.choice(["rclone/rclone.conf", ".config/rclone/rclone.conf"])
    txt = """[storj]
type = storj
provider = existing
access_grant = %s

[nas]
type = sftp
host = nas.home.arpa
user = backup
key_file = ~/.ssh/id_ed25519
""" % (c.sk,)
    return path, txt


@T(provs=["storj"], style="N", setup=setup_grant)
def t_sh_uplink_import(c):
    path = c.r.choice(["scripts/storj-setup.sh", "ops/uplink-init.sh"])
    txt = """#!/usr/bin/env bash
set -euo pipefail
# one-time setup on the backup host
uplink access import --force main %s
uplink access use main
uplink mb sj://%s || true
uplink cp --recursive /var/backups/db sj://%s/db/
""" % (c.x("sh", "'"), c.bucket, c.bucket)
    return path, txt


# ---- PHP / Java / Ruby -----------------------------------------------------------
@T()
def t_laravel_filesystems(c):
    path = "config/filesystems.php"
    txt = """<?php

return [
    'default' => env('FILESYSTEM_DISK', 'local'),

    'disks' => [
        'local' => [
            'driver' => 'local',
            'root' => storage_path('app'),
        ],

        '%s' => [
            'driver' => 's3',
            'key' => '%s',
            'secret' => %s,
            'region' => '%s',
            'bucket' => '%s',
            'endpoint' => '%s',
            'use_path_style_endpoint' => true,
            'throw' => false,
        ],
    ],
];
""" % (c.pk, c.ak, c.x("php", "'"), c.s3region, c.bucket, c.ep)
    return path, txt


@T(style="N")
def t_php_s3client(c):
    path = c.r.choice(["src/Storage/ObjectStore.php", "app/Services/Uploads.php"])
    txt = """<?php

namespace App\\Storage;

use Aws\\S3\\S3Client;

final class ObjectStore
{
    private S3Client $client;

    public function __construct()
    {
        $this->client = new S3Client([
            'version' => 'latest',
            'region' => '%s',
            'endpoint' => '%s',
            'use_path_style_endpoint' => true,
            'credentials' => [
                'key' => '%s',
                'secret' => %s,
            ],
        ]);
    }

    public function put(string $key, string $body): void
    {
        $this->client->putObject(['Bucket' => '%s', 'Key' => $key, 'Body' => $body]);
    }
}
""" % (c.s3region, c.ep, c.ak, c.x("php", "'"), c.bucket)
    return path, txt


@T(provs=["oss"], style="N")
def t_php_oss(c):
    path = c.r.choice(["app/Support/OssUploader.php", "lib/oss.php"])
    txt = """<?php
use OSS\\OssClient;
use OSS\\Core\\OssException;

$endpoint = '%s';
$bucket = '%s';

try {
    $ossClient = new OssClient('%s', %s, $endpoint);
    $ossClient->uploadFile($bucket, 'exports/' . basename($argv[1]), $argv[1]);
} catch (OssException $e) {
    fwrite(STDERR, $e->getMessage() . PHP_EOL);
    exit(1);
}
""" % (c.ep, c.bucket, c.ak, c.x("php", "'"))
    return path, txt


@T(style="N")
def t_java_builder(c):
    path = c.r.choice(["src/main/java/com/%s/storage/S3Config.java" % c.org, "service/src/main/java/io/%s/files/StorageFactory.java" % c.org])
    pkg = path.split("java/", 1)[1].rsplit("/", 1)[0].replace("/", ".")
    txt = """package %s;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public final class S3Config {
    private S3Config() {}

    public static AmazonS3 client() {
        BasicAWSCredentials creds = new BasicAWSCredentials("%s", %s);
        return AmazonS3ClientBuilder.standard()
                .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration("%s", "%s"))
                .withCredentials(new AWSStaticCredentialsProvider(creds))
                .withPathStyleAccessEnabled(true)
                .build();
    }
}
""" % (pkg, c.ak, c.x("java"), c.ep, c.s3region)
    return path, txt


@T(style="N")
def t_java_minio(c):
    path = c.r.choice(["src/main/java/com/%s/blob/MinioConfig.java" % c.org])
    txt = """package com.%s.blob;

import io.minio.MinioClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MinioConfig {

    @Bean
    public MinioClient minioClient() {
        return MinioClient.builder()
                .endpoint("%s")
                .credentials("%s", %s)
                .region("%s")
                .build();
    }
}
""" % (c.org, c.ep, c.ak, c.x("java"), c.s3region)
    return path, txt


@T(provs=["cos"], style="N")
def t_java_cos(c):
    path = "src/main/java/com/%s/cos/CosClientFactory.java" % c.org
    txt = """package com.%s.cos;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.ClientConfig;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.COSCredentials;
import com.qcloud.cos.region.Region;

public class CosClientFactory {
    public static COSClient create() {
        COSCredentials cred = new BasicCOSCredentials("%s", %s);
        ClientConfig clientConfig = new ClientConfig(new Region("%s"));
        return new COSClient(cred, clientConfig);
    }
}
""" % (c.org, c.ak, c.x("java"), c.region)
    return path, txt


@T()
def t_spring_properties(c):
    path = c.r.choice(["src/main/resources/application-prod.properties", "config/application.properties"])
    txt = """spring.application.name=%s
server.port=8080
spring.servlet.multipart.max-file-size=50MB
storage.s3.endpoint=%s
storage.s3.region=%s
storage.s3.bucket=%s
storage.s3.access-key=%s
storage.s3.secret-key=%s
storage.s3.path-style=true
management.endpoints.web.exposure.include=health,info
""" % (c.app, c.ep, c.s3region, c.bucket, c.ak, c.sk)
    return path, txt


@T()
def t_spring_yaml(c):
    path = c.r.choice(["src/main/resources/application.yml", "src/main/resources/application-staging.yaml"])
    txt = """spring:
  application:
    name: %s
  cloud:
    aws:
      region:
        static: %s
      s3:
        endpoint: %s
        path-style-access-enabled: true
      credentials:
        access-key: %s
        secret-key: %s
logging:
  level:
    io.awspring.cloud: INFO
""" % (c.app, c.s3region, c.ep, c.ak, c.sk)
    return path, txt


@T()
def t_rails_storage(c):
    path = "config/storage.yml"
    txt = """test:
  service: Disk
  root: <%%= Rails.root.join("tmp/storage") %%>

local:
  service: Disk
  root: <%%= Rails.root.join("storage") %%>

%s:
  service: S3
  endpoint: %s
  access_key_id: %s
  secret_access_key: %s
  region: %s
  bucket: %s
  force_path_style: true
""" % (c.pk, c.ep, c.ak, c.sk, c.s3region, c.bucket)
    return path, txt


@T(style="N")
def t_ruby_client(c):
    path = c.r.choice(["lib/tasks/backup.rake", "lib/%s/storage.rb" % c.app.replace("-", "_")])
    txt = """require "aws-sdk-s3"

module Storage
  def self.client
    @client ||= Aws::S3::Client.new(
      access_key_id: "%s",
      secret_access_key: %s,
      endpoint: "%s",
      region: "%s",
      force_path_style: true
    )
  end

  def self.bucket
    Aws::S3::Bucket.new("%s", client: client)
  end
end
""" % (c.ak, c.x("rb"), c.ep, c.s3region, c.bucket)
    return path, txt


# ---- shell --------------------------------------------------------------------
@T(style="N")
def t_sh_aws_configure(c):
    prof = c.r.choice([c.pk, "objstore", "backup"])
    path = c.r.choice(["scripts/setup-profile.sh", "provision/aws-profile.sh", "bin/bootstrap"])
    txt = """#!/usr/bin/env bash
set -euo pipefail
PROFILE=%s
aws configure set aws_access_key_id %s --profile "$PROFILE"
aws configure set aws_secret_access_key %s --profile "$PROFILE"
aws configure set region %s --profile "$PROFILE"
aws configure set endpoint_url %s --profile "$PROFILE"
aws s3 ls --profile "$PROFILE"
""" % (prof, c.ak, c.x("sh", "'"), c.s3region, c.ep)
    return path, txt


@T()
def t_sh_export(c):
    path = c.r.choice(["scripts/backup.sh", "ops/push-artifacts.sh", "cron/nightly-sync.sh"])
    txt = """#!/bin/bash
# nightly sync of %s to %s
set -e
export AWS_ACCESS_KEY_ID=%s
export AWS_SECRET_ACCESS_KEY=%s
export AWS_DEFAULT_REGION=%s
STAMP=$(date +%%F)
tar czf /tmp/%s-$STAMP.tgz /srv/%s
aws s3 cp /tmp/%s-$STAMP.tgz s3://%s/nightly/ --endpoint-url %s
rm -f /tmp/%s-$STAMP.tgz
""" % (c.app, c.label, c.ak, c.x("sh", "'" if c.r.random() < 0.5 else ""), c.s3region, c.app, c.app, c.app, c.bucket, c.ep, c.app)
    return path, txt


@T()
def t_sh_restic(c):
    path = c.r.choice(["backup/restic-run.sh", "scripts/restic.sh"])
    txt = """#!/bin/sh
set -eu
export RESTIC_REPOSITORY="s3:%s/%s/restic"
export RESTIC_PASSWORD_FILE=/etc/restic/password
export AWS_ACCESS_KEY_ID="%s"
export AWS_SECRET_ACCESS_KEY=%s
restic backup --tag nightly /var/lib/postgresql/dumps
restic forget --keep-daily 7 --keep-weekly 5 --prune
""" % (c.ep, c.bucket, c.ak, c.x("sh"))
    return path, txt


@T(provs=["b2"], style="N", setup=setup_b2native)
def t_sh_b2_authorize(c):
    path = c.r.choice(["scripts/b2-sync.sh", "backup/b2.sh"])
    txt = """#!/usr/bin/env bash
set -euo pipefail
b2 account authorize %s %s
b2 sync --keep-days 30 --replace-newer /srv/photos b2://%s/photos
""" % (c.ak, c.x("sh", "'"), c.bucket)
    return path, txt


@T(provs=["b2"], style="N", setup=setup_b2native)
def t_sh_curl_b2_user(c):
    path = c.r.choice(["scripts/b2_token.sh", "tools/b2-auth.sh"])
    txt = """#!/bin/sh
# fetch an auth token for the native API
curl -s -u "%s:%s" https://api.backblazeb2.com/b2api/v3/b2_authorize_account \\
  | jq -r '.authorizationToken' > /tmp/b2token
""" % (c.ak, c.sk)
    return path, txt


@T(provs=["b2"], style="N", setup=setup_basic, neg_ok=False)
def t_http_b2_basic(c):
    path = c.r.choice(["docs/api/b2-authorize.http", "requests/b2.http"])
    txt = """### authorize (B2 native API v3)
GET https://api.backblazeb2.com/b2api/v3/b2_authorize_account
Authorization: Basic %s
Accept: application/json

### list buckets
POST {{apiUrl}}/b2api/v3/b2_list_buckets
Authorization: {{authorizationToken}}

{"accountId": "{{accountId}}"}
""" % (c.sk,)
    return path, txt


@T(style="N")
def t_sh_rclone_flags(c):
    path = c.r.choice(["scripts/offsite-copy.sh", "ci/upload-site.sh"])
    txt = """#!/usr/bin/env bash
set -euo pipefail
rclone copy ./public ":s3:%s/site" \\
  --s3-provider %s \\
  --s3-endpoint %s \\
  --s3-access-key-id %s \\
  --s3-secret-access-key %s \\
  --s3-region %s \\
  --transfers 16 --checksum
""" % (c.bucket, c.P["rclone"], c.host, c.ak, c.x("sh", "'"), c.s3region)
    return path, txt


@T(style="N")
def t_sh_s3fs_mount(c):
    path = c.r.choice(["provision/mount-bucket.sh", "scripts/s3fs-mount.sh"])
    txt = """#!/bin/bash
set -e
apt-get install -y s3fs
echo "%s:%s" > /etc/passwd-s3fs
chmod 600 /etc/passwd-s3fs
mkdir -p /mnt/%s
s3fs %s /mnt/%s -o passwd_file=/etc/passwd-s3fs -o url=%s -o use_path_request_style -o allow_other
""" % (c.ak, c.sk, c.bucket, c.bucket, c.bucket, c.ep)
    return path, txt


# ---- Terraform --------------------------------------------------------------------
@T()
def t_tf_aws_provider(c):
    path = c.r.choice(["terraform/storage/provider.tf", "infra/providers.tf"])
    txt = """provider "aws" {
  alias      = "%s"
  region     = "%s"
  access_key = "%s"
  secret_key = %s

  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  s3_use_path_style           = true

  endpoints {
    s3 = "%s"
  }
}

resource "aws_s3_bucket" "assets" {
  provider = aws.%s
  bucket   = "%s"
}
""" % (c.pk, c.s3region, c.ak, c.x("tf"), c.ep, c.pk, c.bucket)
    return path, txt


@T()
def t_tf_backend(c):
    path = c.r.choice(["terraform/backend.tf", "envs/prod/backend.tf"])
    txt = """terraform {
  backend "s3" {
    bucket                      = "%s"
    key                         = "state/%s.tfstate"
    region                      = "%s"
    endpoints                   = { s3 = "%s" }
    access_key                  = "%s"
    secret_key                  = %s
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_s3_checksum            = true
    use_path_style              = true
  }
}
""" % (c.bucket, c.app, c.s3region, c.ep, c.ak, c.x("tf"))
    return path, txt


@T(provs=["scaleway"])
def t_tf_scaleway(c):
    path = c.r.choice(["terraform/scaleway/main.tf", "infra/scw.tf"])
    txt = """terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

provider "scaleway" {
  access_key      = "%s"
  secret_key      = %s
  project_id      = "%s"
  region          = "%s"
  zone            = "%s-1"
}

resource "scaleway_object_bucket" "main" {
  name = "%s"
}
""" % (c.ak, c.x("tf"), uuid4(c.r), c.region, c.region, c.bucket)
    return path, txt


@T(provs=["exoscale"], style="N")
def t_exoscale_toml(c):
    path = c.r.choice([".config/exoscale/exoscale.toml", "ops/exoscale.toml"])
    txt = """defaultaccount = "%s"

[[accounts]]
  account = "%s"
  defaultZone = "%s"
  environment = "api"
  key = "%s"
  name = "%s"
  secret = "%s"
""" % (c.org, c.org, c.region, c.ak, c.org, c.sk)
    return path, txt


# ---- Kubernetes / CI / YAML tools ------------------------------------------------
@T()
def t_k8s_secret(c):
    path = c.r.choice(["k8s/backup/secret.yaml", "deploy/manifests/s3-credentials.yaml", "charts/%s/templates/s3-secret.yaml" % c.app])
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: %s-s3
  namespace: %s
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: %s
  AWS_SECRET_ACCESS_KEY: %s
  S3_ENDPOINT: %s
  S3_BUCKET: %s
""" % (c.app, c.app, c.ak, c.sk, c.ep, c.bucket)
    return path, txt


@T(style="N")
def t_k8s_deploy_env(c):
    path = c.r.choice(["k8s/%s/deployment.yaml" % c.app, "deploy/deployment.yaml"])
    txt = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
spec:
  replicas: 2
  selector:
    matchLabels:
      app: %s
  template:
    metadata:
      labels:
        app: %s
    spec:
      containers:
        - name: app
          image: ghcr.io/%s/%s:1.%d.%d
          env:
            - name: BLOB_ENDPOINT
              value: "%s"
            - name: BLOB_BUCKET
              value: "%s"
            - name: BLOB_KEY
              value: "%s"
            - name: BLOB_SECRET
              value: "%s"
          ports:
            - containerPort: 8080
""" % (c.app, c.app, c.app, c.org, c.app, c.r.randint(0, 30), c.r.randint(0, 9), c.ep, c.bucket, c.ak, c.sk)
    return path, txt


@T()
def t_gha_workflow(c):
    path = c.r.choice([".github/workflows/deploy.yml", ".github/workflows/publish-assets.yml"])
    txt = """name: deploy-static
on:
  push:
    branches: [main]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: %s
      AWS_SECRET_ACCESS_KEY: %s
      AWS_REGION: %s
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync ./dist s3://%s --delete --endpoint-url %s
""" % (c.ak, c.sk, c.s3region, c.bucket, c.ep)
    return path, txt


@T(style="N")
def t_gitlab_ci(c):
    path = ".gitlab-ci.yml"
    txt = """stages: [build, publish]

variables:
  RCLONE_CONFIG_STORE_TYPE: s3
  RCLONE_CONFIG_STORE_PROVIDER: %s
  RCLONE_CONFIG_STORE_ENDPOINT: %s
  RCLONE_CONFIG_STORE_ACCESS_KEY_ID: %s
  RCLONE_CONFIG_STORE_SECRET_ACCESS_KEY: %s

build:
  stage: build
  script: make dist

publish:
  stage: publish
  image: rclone/rclone:1.66
  script:
    - rclone copy dist/ store:%s/builds/$CI_COMMIT_SHORT_SHA/
""" % (c.P["rclone"], c.host, c.ak, c.sk, c.bucket)
    return path, txt


@T()
def t_compose_app(c):
    path = c.r.choice(["docker-compose.yml", "docker-compose.prod.yml"])
    txt = """services:
  web:
    image: ghcr.io/%s/%s:latest
    restart: always
    environment:
      DATABASE_URL: postgres://app@db:5432/app
      S3_ENDPOINT: %s
      S3_REGION: %s
      S3_BUCKET: %s
      S3_ACCESS_KEY: %s
      S3_SECRET_KEY: %s
    depends_on:
      - db
  db:
    image: postgres:16
    volumes:
      - pg:/var/lib/postgresql/data
volumes:
  pg:
""" % (c.org, c.app, c.ep, c.s3region, c.bucket, c.ak, c.sk)
    return path, txt


@T()
def t_thanos_objstore(c):
    path = c.r.choice(["monitoring/thanos/objstore.yml", "deploy/loki/storage.yaml"])
    txt = """type: S3
config:
  bucket: %s
  endpoint: %s
  region: %s
  access_key: %s
  secret_key: %s
  insecure: false
  signature_version2: false
  part_size: 67108864
  http_config:
    idle_conn_timeout: 90s
""" % (c.bucket, c.host, c.s3region, c.ak, c.sk)
    return path, txt


@T(style="N")
def t_litestream(c):
    path = c.r.choice(["litestream.yml", "deploy/litestream.yml"])
    txt = """dbs:
  - path: /data/app.db
    replicas:
      - type: s3
        bucket: %s
        path: db/app
        endpoint: %s
        region: %s
        access-key-id: %s
        secret-access-key: %s
        sync-interval: 10s
        retention: 72h
""" % (c.bucket, c.ep, c.s3region, c.ak, c.sk)
    return path, txt


@T()
def t_velero_creds(c):
    path = c.r.choice(["velero/credentials-velero", "cluster/velero/cloud-credentials.ini"])
    txt = """[default]
aws_access_key_id=%s
aws_secret_access_key=%s
""" % (c.ak, c.sk)
    return path, txt


@T(style="N")
def t_velero_helm(c):
    path = c.r.choice(["cluster/velero/values.yaml", "helm/velero-values.yaml"])
    txt = """configuration:
  backupStorageLocation:
    - name: default
      provider: aws
      bucket: %s
      config:
        region: %s
        s3ForcePathStyle: true
        s3Url: %s
credentials:
  useSecret: true
  secretContents:
    cloud: |
      [default]
      aws_access_key_id=%s
      aws_secret_access_key=%s
initContainers:
  - name: velero-plugin-for-aws
    image: velero/velero-plugin-for-aws:v1.9.0
    volumeMounts:
      - mountPath: /target
        name: plugins
""" % (c.bucket, c.s3region, c.ep, c.ak, c.sk)
    return path, txt


@T(provs=URLSAFE, style="N")
def t_url_dsn(c):
    path = c.r.choice(["config/backup.yaml", "deploy/app-config.yaml"])
    txt = """backup:
  schedule: "0 3 * * *"
  keep: 14
  target: s3://%s:%s@%s/%s/pg
  compression: zstd
notify:
  slack_channel: "#ops-backups"
""" % (c.ak, c.sk, c.host, c.bucket)
    return path, txt


@T()
def t_dotenv(c):
    path = c.r.choice([".env", ".env.production", ".env.local"])
    txt = """APP_ENV=production
APP_URL=https://%s.%s.com
LOG_LEVEL=info
FILESYSTEM_DISK=s3
%s=%s
%s=%s
S3_BUCKET=%s
S3_ENDPOINT=%s
""" % (c.app, c.org, c.akenv, c.ak, c.skenv, c.sk, c.bucket, c.ep)
    return path, txt


# ---- docs / data formats -------------------------------------------------------
@T()
def t_md_setup(c):
    path = c.r.choice(["docs/setup.md", "README.md", "docs/storage.md", "wiki/Object-Storage.md"])
    txt = """# Object storage

We keep uploads in the `%s` bucket on %s (%s).

## Local access

```bash
export %s=%s
export %s=%s
aws s3 ls s3://%s --endpoint-url %s
```

Ask #platform before rotating the key; the worker and the CDN purge job both use it.
""" % (c.bucket, c.label, c.region, c.akenv, c.ak, c.skenv, c.sk, c.bucket, c.ep)
    return path, txt


@T(style="N")
def t_md_table(c):
    path = c.r.choice(["docs/handover.md", "notes/storage-accounts.md"])
    txt = """## Storage accounts (handover)

| Provider | Endpoint | Bucket | Access key | Secret |
|----------|----------|--------|------------|--------|
| %s | %s | %s | %s | %s |

Console login is in the team vault; the table above is what the backup job uses.
""" % (c.label, c.host, c.bucket, c.ak, c.sk)
    return path, txt


@T(style="N")
def t_sql_duckdb(c):
    path = c.r.choice(["sql/setup_secret.sql", "analytics/duckdb/init.sql"])
    txt = """INSTALL httpfs;
LOAD httpfs;

CREATE OR REPLACE SECRET lake (
    TYPE S3,
    KEY_ID '%s',
    SECRET '%s',
    REGION '%s',
    ENDPOINT '%s',
    URL_STYLE 'path'
);

CREATE VIEW events AS
SELECT * FROM read_parquet('s3://%s/events/*/*.parquet', hive_partitioning = true);
""" % (c.ak, c.sk, c.s3region, c.host, c.bucket)
    return path, txt


@T(style="N")
def t_sql_clickhouse(c):
    path = c.r.choice(["clickhouse/import_events.sql", "sql/load_from_bucket.sql"])
    txt = """-- backfill from the export bucket
INSERT INTO analytics.events
SELECT *
FROM s3(
    '%s/%s/exports/2024-*/events-*.parquet',
    '%s',
    '%s',
    'Parquet'
)
SETTINGS max_threads = 8;
""" % (c.ep, c.bucket, c.ak, c.sk)
    return path, txt


@T()
def t_sql_snowflake_stage(c):
    path = c.r.choice(["snowflake/stages.sql", "warehouse/ddl/stage_s3compat.sql"])
    txt = """CREATE OR REPLACE STAGE raw.%s_stage
  URL = 's3compat://%s/incoming/'
  ENDPOINT = '%s'
  CREDENTIALS = (AWS_KEY_ID = '%s' AWS_SECRET_KEY = '%s')
  FILE_FORMAT = (TYPE = PARQUET);

LIST @raw.%s_stage;
""" % (c.pk, c.bucket, c.host, c.ak, c.sk, c.pk)
    return path, txt


@T()
def t_json_appconfig(c):
    path = c.r.choice(["config/default.json", "config/production.json", "settings.json"])
    d = {"server": {"port": 8080, "trustProxy": True},
         "storage": {"provider": c.pk, "endpoint": c.ep, "region": c.s3region, "bucket": c.bucket,
                     "accessKey": c.ak, "secretKey": c.sk, "publicUrl": "https://cdn.%s.com" % c.org},
         "log": {"level": "info"}}
    return path, json.dumps(d, indent=2) + "\n"


@T()
def t_appsettings(c):
    path = c.r.choice(["src/Api/appsettings.Production.json", "appsettings.json"])
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "ObjectStorage": {"ServiceUrl": c.ep, "Region": c.s3region, "BucketName": c.bucket,
                           "AccessKey": c.ak, "SecretKey": c.sk, "ForcePathStyle": True},
         "AllowedHosts": "*"}
    return path, json.dumps(d, indent=2) + "\n"


@T()
def t_toml_config(c):
    path = c.r.choice(["config.toml", "config/app.toml", "Settings.toml"])
    txt = """[server]
bind = "0.0.0.0:8080"
workers = 4

[storage]
kind = "s3"
endpoint = "%s"
region = "%s"
bucket = "%s"
access_key = "%s"
secret_key = "%s"
path_style = true
""" % (c.ep, c.s3region, c.bucket, c.ak, c.sk)
    return path, txt


@T(style="N")
def t_hadoop_core_site(c):
    path = c.r.choice(["conf/core-site.xml", "hadoop/etc/core-site.xml"])
    txt = """<?xml version="1.0"?>
<configuration>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>%s</value>
  </property>
  <property>
    <name>fs.s3a.path.style.access</name>
    <value>true</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>%s</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>%s</value>
  </property>
</configuration>
""" % (c.host, c.ak, c.sk)
    return path, txt


@T(style="N")
def t_spark_defaults(c):
    path = c.r.choice(["conf/spark-defaults.conf", "spark/spark-defaults.conf"])
    txt = """spark.master                         k8s://https://kubernetes.default.svc
spark.executor.instances             6
spark.hadoop.fs.s3a.impl             org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.endpoint         %s
spark.hadoop.fs.s3a.path.style.access true
spark.hadoop.fs.s3a.access.key       %s
spark.hadoop.fs.s3a.secret.key       %s
spark.sql.warehouse.dir              s3a://%s/warehouse
""" % (c.ep, c.ak, c.sk, c.bucket)
    return path, txt


@T(provs=["ceph"])
def t_ceph_user_json(c):
    path = c.r.choice(["ops/ceph/rgw-user-%s.json" % c.app, "ceph/users/%s.json" % c.app])
    d = {"user_id": c.app, "display_name": "%s service" % c.app, "email": "", "suspended": 0, "max_buckets": 1000,
         "subusers": [], "keys": [{"user": c.app, "access_key": c.ak, "secret_key": c.sk}],
         "swift_keys": [], "caps": [], "op_mask": "read, write, delete", "default_placement": "",
         "placement_tags": [], "bucket_quota": {"enabled": False, "max_size": -1, "max_objects": -1}}
    return path, json.dumps(d, indent=4) + "\n"


@T(provs=["oci"], style="N")
def t_oci_secret_json(c):
    path = c.r.choice(["ops/oci/customer-secret-key.json", "infra/oci/s3-key.json"])
    d = {"data": {"display-name": "%s-s3" % c.app, "id": c.ak, "inactive-status": None, "key": c.sk,
                  "lifecycle-state": "ACTIVE", "time-created": "2024-0%d-1%dT09:1%d:22.104000+00:00" % (c.r.randint(1, 9), c.r.randint(0, 9), c.r.randint(0, 9)),
                  "time-expires": None, "user-id": "ocid1.user.oc1..aaaaaaaa" + rs(c.r, "abcdefghijklmnopqrstuvwxyz234567", 52)}}
    return path, json.dumps(d, indent=2) + "\n"


@T(provs=["b2"], setup=setup_b2native)
def t_b2_env_yaml(c):
    path = c.r.choice(["deploy/b2-backup.yaml", "ansible/group_vars/backup.yml"])
    txt = """backup_target: b2
b2_bucket: %s
B2_APPLICATION_KEY_ID: "%s"
B2_APPLICATION_KEY: "%s"
backup_paths:
  - /etc
  - /srv/www
retention_days: 30
""" % (c.bucket, c.ak, c.sk)
    return path, txt


# =============================================================== negatives
DOC_PAIRS = [  # documented / published example or demo pairs (never real secrets of ours)
    ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),   # AWS docs example
    ("DO00MTE3XHCEYEXAMPLE", "sSY02B2WN3F2J1t6sQgrkFqRjtc7ZV9TWGt9EXAMPLE"),  # DigitalOcean tutorial example
    ("Q3AM3UQ867SPQQA43P2F", "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG"),   # MinIO public play demo
]


def slot_value(r, c):
    """Fill the secret slot of a positive template with a non-secret."""
    name = c.skenv
    cat = r.choice(["placeholder", "placeholder", "empty", "masked", "ref", "ref", "ref", "example"])
    if c.secret_kind == "minio_root_password" and cat == "example":
        return "example", r.choice(["minioadmin", "minioadmin", "minio123", "changeme"])
    if cat == "example" and c.secret_kind == "s3_secret_key":
        ak, sk = r.choice(DOC_PAIRS)
        c.ak = ak
        return "example", sk
    if cat == "example":
        cat = "placeholder"
    if cat == "placeholder":
        return cat, r.choice([
            "<your-secret-key>", "YOUR_SECRET_ACCESS_KEY", "YOUR_%s_HERE" % name, "changeme", "x" * r.choice([8, 32, 40]),
            "<%s>" % name.lower(), "your-secret-key", "REPLACE_ME", "TODO", "secret", "<SECRET>", "dummy",
            "X" * 40, "put-your-secret-here", "{{%s}}" % name.lower(), "__%s__" % name, "insert-secret-here"])
    if cat == "empty":
        return cat, ""
    if cat == "masked":
        return cat, r.choice(["*" * r.choice([8, 16, 40]), "[REDACTED]", "<redacted>", "REDACTED", "********",
                              "(hidden)", "****" + "*" * 20, "<masked>", "[FILTERED]"])
    # references
    lname = name.lower()
    lit = r.choice([
        "${%s}" % name, "$%s" % name, "${{ secrets.%s }}" % name, "{{ .Values.storage.secretKey }}",
        "op://Infrastructure/%s-s3/secret_access_key" % c.pk, "vault:secret/data/%s/s3#secret_key" % c.app,
        "{{ lookup('env', '%s') }}" % name, "${file(\"/run/secrets/%s\")}" % lname,
        "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rs(r, B64, 24), rs(r, B64, 22) + "==", rs(r, B64, 22) + "=="),
        "%%(%s)s" % name, "#{%s}" % name, "{{ env \"%s\" }}" % name,
        "arn:aws:secretsmanager:us-east-1:%d:secret:%s/s3-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), c.app, rs(r, AN, 6))])
    c.ref = {
        "py": r.choice(['os.environ["%s"]' % name, 'os.getenv("%s")' % name, 'os.environ.get("%s", "")' % name]),
        "js": r.choice(["process.env.%s" % name, 'process.env["%s"]' % name, "process.env.%s ?? \"\"" % name]),
        "ts": r.choice(["process.env.%s!" % name, 'process.env["%s"] as string' % name]),
        "go": 'os.Getenv("%s")' % name,
        "php": r.choice(["env('%s')" % name, "getenv('%s')" % name, "$_ENV['%s']" % name]),
        "java": r.choice(['System.getenv("%s")' % name, 'props.getProperty("s3.secretKey")']),
        "rb": r.choice(['ENV.fetch("%s")' % name, 'Rails.application.credentials.dig(:s3, :secret_access_key)']),
        "tf": r.choice(["var.%s" % lname, "data.vault_generic_secret.s3.data[\"secret_key\"]", "local.s3_secret"]),
        "sh": r.choice(['"${%s}"' % name, '"$%s"' % name, '"$(cat /run/secrets/%s)"' % lname, '"$(pass show s3/%s)"' % c.pk]),
    }
    return "ref", lit


LOOK = []


def L(fn):
    LOOK.append(dict(name=fn.__name__[2:], fn=fn))
    return fn


def etag(r):
    return rs(r, HEX, 32)


def mp_etag(r):
    return "%s-%d" % (rs(r, HEX, 32), r.randint(2, 120))


def version_id(r):
    return rs(r, AN + "._", 32)


def upload_id(r):
    return rs(r, B64U, r.choice([64, 88, 112]))


def req_id(r):
    return rs(r, HEXU, 16)


def amz_id2(r):
    return rs(r, B64, 76)


def iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.000Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def amzdate(r):
    return "2024%02d%02dT%02d%02d%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def obj_key(r):
    return "%s/%d/%02d/%s.%s" % (r.choice(WORDS), r.randint(2019, 2024), r.randint(1, 12),
                                 rs(r, LO, 10), r.choice(["jpg", "png", "pdf", "parquet", "csv.gz", "mp4", "json"]))


def presigned(r, c):
    d = amzdate(r)
    return ("%s/%s/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2F%s%%2Fs3%%2Faws4_request"
            "&X-Amz-Date=%s&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s") % (
        c.ep, c.bucket, obj_key(r), c.ak, d[:8], c.s3region, d, r.choice([300, 900, 3600, 604800]), rs(r, HEX, 64))


def b2_file_id(r):
    return "4_z%s_f1%s_d2024%02d%02d_m%06d_c00%d_v%07d_t%04d_u01%s" % (
        rs(r, HEX, 24), rs(r, HEX, 15), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959),
        r.randint(1, 5), r.randint(0, 9999999), r.randint(0, 60), "".join(r.choice(string.digits) for _ in range(11)))


def cid(r):
    if r.random() < 0.5:
        return "bafybei" + rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52)
    return "Qm" + rs(r, B58, 44)


def pc(r, pool=None):
    return Ctx(r, r.choice(pool or PAIR_PROVS))


@L
def n_list_objects_xml(r):
    c = pc(r)
    items = []
    for _ in range(r.randint(3, 6)):
        items.append("""  <Contents>
    <Key>%s</Key>
    <LastModified>%s</LastModified>
    <ETag>&quot;%s&quot;</ETag>
    <Size>%d</Size>
    <StorageClass>STANDARD</StorageClass>
  </Contents>""" % (obj_key(r), iso(r), r.choice([etag(r), mp_etag(r)]), r.randint(100, 10 ** 9)))
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>%s</Name>
  <Prefix></Prefix>
  <KeyCount>%d</KeyCount>
  <MaxKeys>1000</MaxKeys>
  <IsTruncated>false</IsTruncated>
%s
  <Owner><ID>%s</ID><DisplayName>%s</DisplayName></Owner>
</ListBucketResult>
""" % (c.bucket, len(items), "\n".join(items), rs(r, HEX, 64), c.org)
    return r.choice(["tests/fixtures/list_objects_v2.xml", "testdata/%s/list-bucket.xml" % c.pk]), txt, c.pk, "etag"


@L
def n_object_versions_json(r):
    c = pc(r)
    vs = []
    for _ in range(r.randint(2, 5)):
        vs.append({"ETag": '"%s"' % etag(r), "Size": r.randint(10, 10 ** 7), "StorageClass": "STANDARD",
                   "Key": obj_key(r), "VersionId": version_id(r), "IsLatest": r.random() < 0.5, "LastModified": iso(r)})
    d = {"Versions": vs, "DeleteMarkers": [{"Key": obj_key(r), "VersionId": version_id(r), "IsLatest": True, "LastModified": iso(r)}],
         "Name": c.bucket, "Prefix": "", "MaxKeys": 1000}
    return "tests/fixtures/list_object_versions.json", json.dumps(d, indent=2) + "\n", c.pk, "version_id"


@L
def n_multipart_upload(r):
    c = pc(r)
    uid = upload_id(r)
    parts = "\n".join("  <Part><PartNumber>%d</PartNumber><ETag>\"%s\"</ETag></Part>" % (i + 1, etag(r)) for i in range(r.randint(2, 5)))
    txt = """<!-- CompleteMultipartUpload request captured while debugging the %s uploader -->
<!-- UploadId: %s -->
<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
%s
</CompleteMultipartUpload>
""" % (c.label, uid, parts)
    return r.choice(["docs/debug/complete-mpu.xml", "testdata/multipart/complete.xml"]), txt, c.pk, "upload_id"


@L
def n_presigned_md(r):
    c = pc(r)
    txt = """# Sharing a file

Presigned links expire; this one is from the incident on %s and no longer works:

```
%s
```

Generate a new one with `aws s3 presign s3://%s/<key> --expires-in 900 --endpoint-url %s`.
""" % (iso(r)[:10], presigned(r, c), c.bucket, c.ep)
    return r.choice(["docs/sharing-files.md", "docs/incidents/2024-share-link.md"]), txt, c.pk, "presigned_url"


@L
def n_presigned_log(r):
    c = pc(r)
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('%s INFO uploader presigned PUT url=%s ttl=900' % (iso(r), presigned(r, c)))
    return r.choice(["logs/uploader.log", "var/log/presign-%s.log" % c.app]), "\n".join(lines) + "\n", c.pk, "presigned_url"


@L
def n_sigv4_http(r):
    c = pc(r)
    d = amzdate(r)
    body_hash = rs(r, HEX, 64)
    txt = """PUT /%s/%s HTTP/1.1
Host: %s
x-amz-date: %s
x-amz-content-sha256: %s
Content-Type: image/png
Content-Length: %d
Authorization: AWS4-HMAC-SHA256 Credential=%s/%s/%s/s3/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=%s

HTTP/1.1 200 OK
ETag: "%s"
x-amz-request-id: %s
x-amz-id-2: %s
""" % (c.bucket, obj_key(r), c.host, d, body_hash, r.randint(1000, 900000), c.ak, d[:8], c.s3region,
       rs(r, HEX, 64), etag(r), req_id(r), amz_id2(r))
    return r.choice(["docs/debug/put-object.http", "captures/sigv4-put.txt"]), txt, c.pk, "sigv4_signature"


@L
def n_sha256sums(r):
    lines = ["%s  %s" % (rs(r, HEX, 64), n) for n in
             ["%s-linux-amd64.tar.gz" % r.choice(APPS), "%s-linux-arm64.tar.gz" % r.choice(APPS),
              "%s-darwin-arm64.zip" % r.choice(APPS), "%s-windows-amd64.zip" % r.choice(APPS)]]
    return r.choice(["dist/SHA256SUMS", "release/checksums.txt"]), "\n".join(lines) + "\n", "generic", "sha256"


@L
def n_tf_bucket(r):
    c = pc(r)
    txt = """variable "%s" {
  type      = string
  sensitive = true
}

resource "aws_s3_bucket" "media" {
  bucket = "%s"
}

resource "aws_s3_bucket_versioning" "media" {
  bucket = aws_s3_bucket.media.id
  versioning_configuration {
    status = "Enabled"
  }
}

output "endpoint" {
  value = "%s"
}
""" % (c.skenv.lower(), c.bucket, c.ep)
    return r.choice(["terraform/storage/bucket.tf", "infra/media.tf"]), txt, c.pk, "bucket_name"


@L
def n_rclone_envauth(r):
    c = pc(r)
    txt = """[%s]
type = s3
provider = %s
env_auth = true
region = %s
endpoint = %s
acl = private
""" % (c.pk, c.P["rclone"], c.s3region, c.host)
    return "rclone/rclone.conf", txt, c.pk, "endpoint"


@L
def n_b2_file_versions(r):
    acct = rs(r, HEX, 12)
    bid = rs(r, HEX, 24)
    files = []
    for _ in range(r.randint(2, 4)):
        files.append({"accountId": acct, "action": "upload", "bucketId": bid, "contentLength": r.randint(100, 10 ** 8),
                      "contentSha1": rs(r, HEX, 40), "contentType": "application/octet-stream",
                      "fileId": b2_file_id(r), "fileInfo": {"src_last_modified_millis": str(r.randint(1600000000000, 1720000000000))},
                      "fileName": obj_key(r), "uploadTimestamp": r.randint(1600000000000, 1720000000000)})
    d = {"files": files, "nextFileName": None, "nextFileId": None}
    return "tests/fixtures/b2_list_file_versions.json", json.dumps(d, indent=2) + "\n", "b2", "b2_file_id"


@L
def n_wrangler_r2(r):
    c = Ctx(r, "r2")
    txt = """name = "%s"
main = "src/index.ts"
compatibility_date = "2024-0%d-01"
account_id = "%s"

[[r2_buckets]]
binding = "BUCKET"
bucket_name = "%s"
preview_bucket_name = "%s-preview"

[vars]
PUBLIC_BUCKET_URL = "https://pub-%s.r2.dev"
""" % (c.app, r.randint(1, 9), rs(r, HEX, 32), c.bucket, c.bucket, rs(r, HEX, 32))
    return "wrangler.toml", txt, "r2", "account_id"


@L
def n_inventory_csv(r):
    c = pc(r)
    rows = ['"%s","%s","%d","%s","%s","STANDARD"' % (c.bucket, obj_key(r), r.randint(10, 10 ** 8), iso(r), r.choice([etag(r), mp_etag(r)]))
            for _ in range(r.randint(5, 10))]
    return r.choice(["reports/inventory/manifest-%d.csv" % r.randint(1, 99), "data/s3-inventory.csv"]), \
        '"bucket","key","size","last_modified_date","e_tag","storage_class"\n' + "\n".join(rows) + "\n", c.pk, "etag"


@L
def n_minio_access_log(r):
    c = Ctx(r, "minio")
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append('10.0.%d.%d - - [%02d/Jun/2024:%02d:%02d:%02d +0000] "%s /%s/%s HTTP/1.1" %d %d "-" "aws-sdk-go-v2/1.2%d" req=%s id2=%s' % (
            r.randint(0, 9), r.randint(2, 250), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
            r.choice(["GET", "PUT", "HEAD"]), c.bucket, obj_key(r), r.choice([200, 200, 204, 404, 403]),
            r.randint(0, 10 ** 6), r.randint(0, 9), req_id(r), amz_id2(r)))
    return r.choice(["logs/minio-access.log", "var/log/nginx/s3-access.log"]), "\n".join(lines) + "\n", "minio", "request_id"


@L
def n_etag_test_py(r):
    parts = [rs(r, HEX, 32) for _ in range(3)]
    txt = '''import hashlib

import pytest

from app.storage.etag import multipart_etag


def test_single_part_etag():
    assert hashlib.md5(b"hello world\\n").hexdigest() == "6f5902ac237024bdd0c176cb93063dc4"


@pytest.mark.parametrize("parts,expected", [
    (["%s", "%s"], "%s-2"),
    (["%s"], "%s-1"),
])
def test_multipart_etag(parts, expected):
    assert multipart_etag(parts) == expected
''' % (parts[0], parts[1], rs(r, HEX, 32), parts[2], rs(r, HEX, 32))
    return "tests/test_etag.py", txt, "generic", "etag"


@L
def n_storj_satellites(r):
    nodes = ["12" + rs(r, B58, 48) + "@%s.storj.io:7777" % s for s in ["us1", "eu1", "ap1"]]
    txt = """# Storj satellites (public node ids) used by the uplink config
satellites:
  us1: %s
  eu1: %s
  ap1: %s
default: eu1
encryption: enabled
""" % tuple(nodes)
    return r.choice(["config/storj-satellites.yaml", "deploy/uplink/satellites.yml"]), txt, "storj", "node_id"


@L
def n_oci_config(r):
    fp = ":".join(rs(r, HEX, 2) for _ in range(16))
    txt = """[DEFAULT]
user=ocid1.user.oc1..aaaaaaaa%s
fingerprint=%s
tenancy=ocid1.tenancy.oc1..aaaaaaaa%s
region=%s
key_file=~/.oci/oci_api_key.pem
""" % (rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52), fp, rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52),
       r.choice(PROV["oci"]["regions"]))
    return r.choice(["ops/oci/config.sample", "docs/oci-config-example.ini"]), txt, "oci", "fingerprint"


@L
def n_ssh_pubkey(r):
    keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, B64, 43), r.choice(["deploy", "backup", "ci"]), r.choice(ORGS))
            for _ in range(r.randint(2, 4))]
    return r.choice(["deploy/sftp-gateway/authorized_keys", "ansible/files/authorized_keys"]), "\n".join(keys) + "\n", "generic", "public_key"


@L
def n_pem_cert(r):
    body = "\n".join(rs(r, B64, 64) for _ in range(r.randint(12, 18))) + "\n" + rs(r, B64, 20) + "=="
    txt = """# CA bundle for the internal object store (public certificate)
-----BEGIN CERTIFICATE-----
MII%s
%s
-----END CERTIFICATE-----
""" % (rs(r, B64, 61), body)
    return r.choice(["deploy/minio/certs/CAs/internal-ca.crt", "certs/ceph-rgw-ca.pem"]), txt, r.choice(["minio", "ceph"]), "certificate"


@L
def n_k8s_csi_storageclass(r):
    c = pc(r)
    txt = """apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: csi-s3
provisioner: ru.yandex.s3.csi
parameters:
  mounter: geesefs
  options: "--memory-limit 1000 --dir-mode 0777 --file-mode 0666"
  bucket: %s
  csi.storage.k8s.io/provisioner-secret-name: csi-s3-secret
  csi.storage.k8s.io/provisioner-secret-namespace: kube-system
  csi.storage.k8s.io/node-publish-secret-name: csi-s3-secret
  csi.storage.k8s.io/node-publish-secret-namespace: kube-system
""" % c.bucket
    return "k8s/csi-s3/storageclass.yaml", txt, c.pk, "secret_reference"


@L
def n_external_secret(r):
    c = pc(r)
    txt = """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: %s-s3
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: %s-s3
  data:
    - secretKey: AWS_ACCESS_KEY_ID
      remoteRef:
        key: kv/%s/%s
        property: access_key_id
    - secretKey: AWS_SECRET_ACCESS_KEY
      remoteRef:
        key: kv/%s/%s
        property: secret_access_key
""" % (c.app, c.app, c.app, c.pk, c.app, c.pk)
    return "k8s/%s/externalsecret.yaml" % c.app, txt, c.pk, "secret_reference"


@L
def n_compose_digest(r):
    txt = """services:
  minio:
    image: quay.io/minio/minio@sha256:%s
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER_FILE: /run/secrets/minio_root_user
      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio_root_password
    secrets:
      - minio_root_user
      - minio_root_password
  mc:
    image: quay.io/minio/mc@sha256:%s
secrets:
  minio_root_user:
    file: ./secrets/minio_root_user.txt
  minio_root_password:
    file: ./secrets/minio_root_password.txt
""" % (rs(r, HEX, 64), rs(r, HEX, 64))
    return r.choice(["docker-compose.yml", "deploy/compose.minio.yaml"]), txt, "minio", "image_digest"


@L
def n_package_lock(r):
    pk = {}
    for name in ["@aws-sdk/client-s3", "@aws-sdk/s3-request-presigner", "minio", "backblaze-b2"]:
        v = "%d.%d.%d" % (r.randint(1, 8), r.randint(0, 600), r.randint(0, 9))
        pk["node_modules/" + name] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], v),
                                      "integrity": "sha512-" + rs(r, B64, 86) + "==", "license": "Apache-2.0"}
    d = {"name": r.choice(APPS), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n", "generic", "integrity_hash"


@L
def n_go_sum(r):
    mods = ["github.com/minio/minio-go/v7 v7.0.%d" % r.randint(50, 80), "github.com/aws/aws-sdk-go-v2 v1.%d.0" % r.randint(20, 30),
            "github.com/aws/aws-sdk-go-v2/service/s3 v1.%d.1" % r.randint(40, 60), "github.com/klauspost/compress v1.17.%d" % r.randint(0, 9)]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, rs(r, B64, 43)))
        lines.append("%s/go.mod h1:%s=" % (m, rs(r, B64, 43)))
    return "go.sum", "\n".join(lines) + "\n", "generic", "module_hash"


@L
def n_changelog(r):
    items = "\n".join("- %s (%s)" % (m, rs(r, HEX, 7 if r.random() < 0.5 else 40)) for m in [
        "storage: switch uploads to path-style addressing", "fix ETag comparison for multipart objects",
        "presign: shorten default expiry to 15 minutes", "rotate object storage keys (secrets now in Vault)",
        "docs: document endpoint per region"])
    txt = "# Changelog\n\n## %d.%d.%d - %s\n\n%s\n" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), iso(r)[:10], items)
    return "CHANGELOG.md", txt, "generic", "commit_hash"


@L
def n_s3_event(r):
    c = pc(r)
    d = {"Records": [{"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": c.s3region, "eventTime": iso(r),
                      "eventName": "ObjectCreated:Put", "userIdentity": {"principalId": c.ak},
                      "requestParameters": {"sourceIPAddress": "10.1.%d.%d" % (r.randint(0, 255), r.randint(1, 254))},
                      "responseElements": {"x-amz-request-id": req_id(r), "x-amz-id-2": amz_id2(r)},
                      "s3": {"s3SchemaVersion": "1.0", "configurationId": "Config",
                             "bucket": {"name": c.bucket, "ownerIdentity": {"principalId": c.ak}, "arn": "arn:aws:s3:::" + c.bucket},
                             "object": {"key": obj_key(r), "size": r.randint(100, 10 ** 7), "eTag": etag(r),
                                        "versionId": version_id(r), "sequencer": rs(r, HEXU, 16)}}}]}
    return r.choice(["tests/fixtures/s3_put_event.json", "events/sample-object-created.json"]), json.dumps(d, indent=2) + "\n", c.pk, "event_ids"


@L
def n_restic_snapshots(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("%s  %s  backup-%02d   nightly     /var/lib/postgresql/dumps" % (rs(r, HEX, 8), iso(r)[:19].replace("T", " "), r.randint(1, 9)))
    txt = """repository %s opened (version 2, compression level auto)
ID        Time                 Host        Tags        Paths
---------------------------------------------------------------------------
%s
---------------------------------------------------------------------------
%d snapshots
""" % (rs(r, HEX, 8), "\n".join(rows), len(rows))
    return r.choice(["docs/restore/snapshots.txt", "runbooks/restic-snapshots.log"]), txt, "generic", "snapshot_id"


@L
def n_cos_bucket_config(r):
    c = Ctx(r, "cos")
    appid = c.bucket.rsplit("-", 1)[1]
    txt = """cos:
  appid: "%s"
  region: %s
  bucket: %s
  cdn_domain: %s.cos.%s.myqcloud.com
  # SecretId / SecretKey come from the CAM role attached to the node (no static keys)
  use_instance_role: true
""" % (appid, c.region, c.bucket, c.bucket, c.region)
    return r.choice(["config/cos.yaml", "deploy/tencent/cos.yml"]), txt, "cos", "bucket_name"


@L
def n_oss_sts_role(r):
    c = Ctx(r, "oss")
    txt = """oss:
  endpoint: %s
  bucket: %s
  auth:
    type: sts
    role_arn: acs:ram::%d:role/%s-oss-writer
    role_session_name: %s
    duration_seconds: 3600
""" % (c.ep, c.bucket, r.randint(10 ** 15, 10 ** 16 - 1), c.app, c.app)
    return r.choice(["config/oss.yaml", "deploy/aliyun/oss-sts.yaml"]), txt, "oss", "role_arn"


@L
def n_scw_project_ids(r):
    c = Ctx(r, "scaleway")
    txt = """# Scaleway project layout (public identifiers only)
locals {
  organization_id = "%s"
  projects = {
    prod    = "%s"
    staging = "%s"
  }
}

provider "scaleway" {
  project_id = local.projects.prod
  region     = "%s"
}
""" % (uuid4(r), uuid4(r), uuid4(r), c.region)
    return r.choice(["terraform/scaleway/projects.tf", "infra/scw/locals.tf"]), txt, "scaleway", "uuid"


@L
def n_data_uri(r):
    d = {"name": r.choice(WORDS), "placeholder": "data:image/png;base64," + rs(r, B64, r.randint(120, 300)) + "==",
         "width": 32, "height": 32, "blurhash": "L" + rs(r, AN + "#$%*+,-.:;=?@[]^_{|}~", 27)}
    return r.choice(["src/assets/placeholders.json", "public/thumbs/meta.json"]), json.dumps(d, indent=2) + "\n", "generic", "base64_data"


@L
def n_access_key_ids_only(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        c = pc(r)
        rows.append("| %s | %s | %s | %s | %s |" % (c.label, c.app, c.ak, iso(r)[:10], r.choice(["active", "inactive", "rotated"])))
    txt = """# Object storage key inventory

Only access key IDs are listed here; secrets live in Vault under `kv/storage/<service>`.

| Provider | Service | Access key ID | Created | Status |
|---|---|---|---|---|
%s
""" % "\n".join(rows)
    return r.choice(["docs/security/key-inventory.md", "SECURITY-keys.md"]), txt, "mixed", "access_key_id"


@L
def n_endpoints_table(r):
    rows = []
    for pk in r.sample(PAIR_PROVS, 6):
        c = Ctx(r, pk)
        rows.append("| %s | `%s` | `%s` |" % (c.label, c.s3region, c.ep))
    txt = "# Supported S3-compatible endpoints\n\n| Provider | Region | Endpoint |\n|---|---|---|\n%s\n\nSet `S3_ENDPOINT` and `S3_REGION` accordingly; keys are read from the environment.\n" % "\n".join(rows)
    return "docs/providers.md", txt, "mixed", "endpoint"


@L
def n_object_lock_json(r):
    c = pc(r)
    d = {"ObjectLockConfiguration": {"ObjectLockEnabled": "Enabled", "Rule": {"DefaultRetention": {"Mode": "COMPLIANCE", "Days": 30}}},
         "Retention": [{"Key": obj_key(r), "VersionId": version_id(r), "RetainUntilDate": iso(r)} for _ in range(3)]}
    return "ops/object-lock/%s.json" % c.bucket, json.dumps(d, indent=2) + "\n", c.pk, "version_id"


@L
def n_replication_rules(r):
    c = pc(r)
    d = {"Role": "", "Rules": [{"ID": rs(r, LO, 20), "Priority": i + 1, "Status": "Enabled",
                                "Filter": {"Prefix": r.choice(WORDS) + "/"},
                                "Destination": {"Bucket": "arn:aws:s3:::" + bucket_name(r)},
                                "DeleteMarkerReplication": {"Status": "Disabled"}} for i in range(2)]}
    return "ops/replication/%s.json" % c.bucket, json.dumps(d, indent=2) + "\n", c.pk, "rule_id"


@L
def n_sql_uploads(r):
    rows = []
    for i in range(r.randint(3, 6)):
        rows.append("(%d, '%s', '%s', '%s', '%s', %d)" % (i + 1, obj_key(r), r.choice([etag(r), mp_etag(r)]), version_id(r), rs(r, HEX, 64), r.randint(100, 10 ** 8)))
    txt = """CREATE TABLE IF NOT EXISTS uploads (
    id          BIGINT PRIMARY KEY,
    object_key  TEXT NOT NULL,
    etag        TEXT NOT NULL,
    version_id  TEXT,
    sha256      CHAR(64) NOT NULL,
    size_bytes  BIGINT NOT NULL
);

INSERT INTO uploads (id, object_key, etag, version_id, sha256, size_bytes) VALUES
%s;
""" % ",\n".join(rows)
    return r.choice(["db/seeds/uploads.sql", "migrations/0042_seed_uploads.sql"]), txt, "generic", "etag"


@L
def n_filebase_cids(r):
    c = Ctx(r, "filebase")
    objs = [{"key": obj_key(r), "etag": etag(r), "x-amz-meta-cid": cid(r)} for _ in range(r.randint(2, 5))]
    d = {"bucket": c.bucket, "endpoint": c.ep, "objects": objs, "gateway": "https://ipfs.filebase.io/ipfs/"}
    return r.choice(["data/pinned-objects.json", "ipfs/manifest.json"]), json.dumps(d, indent=2) + "\n", "filebase", "ipfs_cid"


@L
def n_mc_ls_output(r):
    c = Ctx(r, "minio")
    lines = ["[%s UTC] %5.1fMiB STANDARD %s" % (iso(r)[:19].replace("T", " "), r.random() * 900, obj_key(r).split("/")[-1]) for _ in range(4)]
    txt = """$ mc ls --versions store/%s/
%s
$ mc stat store/%s/%s
Name      : %s
ETag      : %s
VersionID : %s
Type      : file
""" % (c.bucket, "\n".join(lines), c.bucket, "report.pdf", "report.pdf", etag(r), uuid4(r))
    return r.choice(["docs/runbooks/minio-versions.md", "notes/mc-output.txt"]), txt, "minio", "version_id"


@L
def n_java_content_md5(r):
    raw = bytes(r.randint(0, 255) for _ in range(16))
    b64 = base64.b64encode(raw).decode()
    hx = raw.hex()
    txt = """package io.%s.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentMd5Test {
    @Test
    void hexEtagConvertsToContentMd5Header() {
        assertEquals("%s", Checksums.hexToBase64("%s"));
    }

    @Test
    void crc32cHeader() {
        assertEquals("%s==", Checksums.crc32c(new byte[] {1, 2, 3}));
    }
}
""" % (r.choice(ORGS), b64, hx, rs(r, B64, 6))
    return "src/test/java/io/storage/ContentMd5Test.java".replace("io/", "io/" + txt.split("package io.", 1)[1].split(".", 1)[0] + "/"), txt, "generic", "md5"


@L
def n_pgp_pubkey(r):
    body = "\n".join(rs(r, B64, 64) for _ in range(r.randint(8, 14)))
    txt = """Backups are encrypted to this key before upload (public key, safe to share).

-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINB%s
%s
=%s
-----END PGP PUBLIC KEY BLOCK-----
""" % (rs(r, B64, 59), body, rs(r, B64, 4))
    return r.choice(["docs/backup-encryption.md", "keys/backup-public.asc"]), txt, "generic", "public_key"


@L
def n_bucket_policy(r):
    c = pc(r)
    d = {"Version": "2012-10-17", "Statement": [
        {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::%s/public/*" % c.bucket]},
        {"Sid": "WriterRole", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::%d:user/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), c.app)]},
         "Action": ["s3:PutObject", "s3:AbortMultipartUpload"], "Resource": ["arn:aws:s3:::%s/*" % c.bucket]}]}
    return r.choice(["policies/%s-bucket-policy.json" % c.pk, "ops/bucket-policy.json"]), json.dumps(d, indent=2) + "\n", c.pk, "bucket_policy"


@L
def n_cors_xml(r):
    c = pc(r)
    txt = """<CORSConfiguration>
  <CORSRule>
    <ID>%s</ID>
    <AllowedOrigin>https://%s.%s.com</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <ExposeHeader>x-amz-version-id</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>
""" % (uuid4(r), c.app, c.org)
    return r.choice(["ops/cors/%s.xml" % c.bucket, "infra/cors.xml"]), txt, c.pk, "uuid"


@L
def n_invalid_key_log(r):
    c = pc(r)
    lines = []
    for _ in range(r.randint(2, 4)):
        lines.append('%s ERROR storage: PutObject failed: operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error InvalidAccessKeyId: The Access Key Id you provided (%s) does not exist in our records.' % (
            iso(r), req_id(r), amz_id2(r), c.ak))
    return r.choice(["logs/worker-errors.log", "var/log/%s/error.log" % c.app]), "\n".join(lines) + "\n", c.pk, "access_key_id"


@L
def n_go_etag_consts(r):
    txt = """package storage_test

import "testing"

var cases = []struct {
	name string
	etag string
	md5  string
}{
	{"small", "\\"%s\\"", "%s"},
	{"multipart", "\\"%s\\"", ""},
}

func TestNormalizeETag(t *testing.T) {
	for _, c := range cases {
		if got := NormalizeETag(c.etag); c.md5 != "" && got != c.md5 {
			t.Fatalf("%%s: got %%s want %%s", c.name, got, c.md5)
		}
	}
}
""" % tuple([rs(r, HEX, 32)] * 2 + [mp_etag(r)])
    return "internal/storage/etag_test.go", txt, "generic", "etag"


@L
def n_b2_bucket_info(r):
    c = Ctx(r, "b2")
    d = {"accountId": rs(r, HEX, 12), "bucketId": rs(r, HEX, 24), "bucketName": c.bucket, "bucketType": "allPrivate",
         "bucketInfo": {}, "corsRules": [], "lifecycleRules": [{"daysFromHidingToDeleting": 1, "fileNamePrefix": ""}],
         "options": ["s3"], "revision": r.randint(2, 30), "s3ApiUrl": c.ep}
    return "ops/b2/bucket-%s.json" % c.bucket, json.dumps(d, indent=2) + "\n", "b2", "bucket_id"


@L
def n_env_example(r):
    c = pc(r)
    txt = """# Copy to .env and fill in. Never commit real keys.
S3_ENDPOINT=%s
S3_REGION=%s
S3_BUCKET=%s
%s=
%s=
""" % (c.ep, c.s3region, c.bucket, c.akenv, c.skenv)
    return r.choice([".env.example", ".env.sample", "env.template"]), txt, c.pk, "placeholder"


@L
def n_sops_yaml(r):
    c = pc(r)
    txt = """s3:
    endpoint: %s
    bucket: %s
    access_key_id: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
    secret_access_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
sops:
    age:
        - recipient: age1%s
    lastmodified: "%s"
    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
    version: 3.8.1
""" % (c.ep, c.bucket, rs(r, B64, 27) + "=", rs(r, B64, 43) + "=", rs(r, B64, 22) + "==",
       rs(r, B64, 54) + "==", rs(r, B64, 43) + "=", rs(r, B64, 22) + "==",
       rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), iso(r), rs(r, B64, 86) + "==", rs(r, B64, 43) + "=", rs(r, B64, 22) + "==")
    return r.choice(["secrets/storage.enc.yaml", "deploy/secrets.sops.yaml"]), txt, c.pk, "encrypted_blob"


@L
def n_storj_gateway_readme(r):
    txt = """# Storj gateway

Register your access grant with the hosted auth service to get S3 credentials:

```sh
uplink access register <ACCESS_GRANT> --auth-service https://auth.storjshare.io
```

Then point your S3 client at `https://gateway.storjshare.io` with the printed
access key and secret (keep them in your password manager).

Bucket in use: `sj://%s` (satellite `%s.storj.io:7777`).
""" % (bucket_name(r), r.choice(["us1", "eu1", "ap1"]))
    return "docs/storj.md", txt, "storj", "placeholder"


# =============================================================== driver
EXT = {"py": "py", "js": "js", "mjs": "js", "ts": "ts", "go": "go", "php": "php", "java": "java", "rb": "rb",
       "rake": "rb", "sh": "sh", "tf": "tf", "yml": "yaml", "yaml": "yaml", "json": "json", "toml": "toml",
       "ini": "ini", "conf": "conf", "xml": "xml", "properties": "properties", "md": "md", "sql": "sql",
       "csv": "csv", "log": "log", "http": "http", "txt": "txt", "service": "ini", "cfg": "ini", "s3cfg": "ini",
       "boto": "ini", "crt": "pem", "pem": "pem", "asc": "asc", "sum": "gosum", "sample": "ini", "template": "env"}
NAMES = {"Dockerfile": "dockerfile", "passwd-s3fs": "txt", ".passwd-s3fs": "txt", "credentials": "ini",
         "config": "ini", "SHA256SUMS": "txt", "authorized_keys": "txt", "default-minio": "env",
         "credentials-velero": "ini", "bootstrap": "sh", ".s3cfg": "ini", ".boto": "ini", ".gitlab-ci.yml": "yaml"}


def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base in NAMES:
        return NAMES[base]
    if base.startswith(".env"):
        return "env"
    if base.endswith(".Dockerfile"):
        return "dockerfile"
    if "." in base:
        return EXT.get(base.rsplit(".", 1)[1], base.rsplit(".", 1)[1])
    return "txt"


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def make_pos(r, tpl):
    pk = r.choice(tpl["provs"])
    c = Ctx(r, pk)
    if tpl["setup"]:
        tpl["setup"](c)
    path, text = tpl["fn"](c)
    return path, text, c.sk, pk, c.secret_kind


def make_neg_slot(r, tpl):
    pk = r.choice(tpl["provs"])
    c = Ctx(r, pk)
    if tpl["setup"]:
        tpl["setup"](c)
    real = c.sk
    cat, val = slot_value(r, c)
    c.sk = val
    path, text = tpl["fn"](c)
    assert real not in text, (tpl["name"], "secret leaked into negative")
    if is_env_name(path):
        d = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        path = d + r.choice([".env.example", ".env.sample"])
    return path, text, pk, "%s:%s" % (c.secret_kind, cat)


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kg.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(LOOK) + len([t for t in POS if t["neg_ok"]]) >= 60
    manifest, secrets = [], []
    n_env = 0
    styles = {"C": 0, "N": 0}
    for i in range(500):
        while True:
            tpl = r.choice(POS)
            path, text, needle, pk, kind = make_pos(r, tpl)
            if is_env_name(path) and n_env >= 20:
                continue
            break
        if is_env_name(path):
            n_env += 1
        styles[tpl["style"]] += 1
        assert needle and needle in text, tpl["name"]
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8") as f:
            assert needle in f.read().split("\n")[line - 1]
        manifest.append({"file": rel, "label": "pos", "provider": pk, "kind": kind, "filetype": ftype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    neg_slot_tpls = [t for t in POS if t["neg_ok"]]
    plan = ["slot"] * 250 + ["look"] * 250
    r.shuffle(plan)
    for i, what in enumerate(plan):
        if what == "slot":
            tpl = r.choice(neg_slot_tpls)
            path, text, pk, kind = make_neg_slot(r, tpl)
        else:
            tpl = r.choice(LOOK)
            path, text, pk, kind = tpl["fn"](r)
        assert not is_env_name(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": pk, "kind": kind, "filetype": ftype(path)})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    sys.stdout.write("wrote %d positives (%d pos templates, styles %s, env files %d), %d negatives (%d look-alike templates)\n"
                     % (len(secrets), len(POS), styles, n_env, len(plan), len(LOOK)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
