#!/usr/bin/env python3
"""gen_dq.py -- blind evaluation-set generator for keyhook (set "dq").

EMPHASIS
    Storage systems, NAS appliances and HPC clusters.  Positives are credentials
    as they leak in the repositories of research-computing / storage teams:
    Ceph cephx keyrings and RGW S3 key pairs, MinIO root and service-account
    credentials, SeaweedFS S3 identities and JWT signing keys, Garage S3 keys,
    rpc_secret and admin tokens, Wasabi and Backblaze B2 keys, NetApp ONTAP,
    Pure Storage API tokens, Dell PowerScale/Isilon, TrueNAS API keys,
    Synology/QNAP admin passwords, iSCSI CHAP secrets, base64 Kerberos keytabs,
    Slurm munge keys / slurmdbd StoragePass / Slurm JWT keys, JupyterHub proxy
    auth tokens, cookie secrets and service API tokens, Open OnDemand OIDC client
    secrets, Globus confidential-client secrets, iRODS passwords and negotiation
    keys, BeeGFS connauth secrets, GPFS/Spectrum Scale GUI passwords, HTCondor
    IDTOKENs and pool passwords, PBS datastore passwords, XDMoD DB passwords,
    SSSD LDAP bind passwords, plus the common cloud/db credentials of these
    projects (AWS key pairs, Azure storage keys for blobfuse, PostgreSQL URLs,
    GitHub PATs).  File types: keyrings, ceph.conf, MinIO env files, .s3cfg,
    rclone.conf, Ansible vars/playbooks, slurm/slurmdbd conf, jupyterhub_config.py,
    OOD YAML, iscsid.conf, targetcli JSON, Python/Bash/Node admin scripts,
    docker-compose, Kubernetes/Helm YAML, Terraform, .env, INI, TOML, XML,
    .properties, systemd units, Dockerfiles, fstab, Markdown runbooks.

USAGE
    python3 gen_dq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, exactly one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Deterministic per SEED (only random.Random(SEED)).

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file; line = 1-based line of
      its first occurrence.
    * id/secret pairs (S3 access key + secret key, B2 keyID + applicationKey,
      Globus client id + secret, Garage GK id + secret): the needle is the
      secret half; the public id may sit next to it.
    * passwords in URLs (postgresql://u:PASS@h, https://user:PASS@host,
      https://x-access-token:TOKEN@github.com): the needle is the password/token
      only.
    * Ceph keys: the full base64 string "AQ...==" (28-byte CryptoKey blob).
    * Kerberos keytab / munge key / Slurm JWT key embedded as base64: the whole
      base64 string (single line).
    * HTCondor IDTOKEN: the whole JWT (header.payload.signature).
    * TrueNAS API key: the whole "<id>-<64 chars>" string.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a
    non-secret: placeholders (CHANGE_ME, <your-secret-key>, xxxx), environment
    references (${VAR}), Ansible/Jinja vault variable references, secret file
    paths (/run/secrets/...), masked/redacted values (********, <redacted>),
    empty values, documented defaults/examples (MinIO "minioadmin", the AWS
    documentation key pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/
    bPxRfiCYEXAMPLEKEY, the Backblaze CLI quick-start example key, iRODS
    TEMPORARY_* install defaults).  The other half are domain look-alikes with
    no secret at all: ceph.conf with fsid/mon_host, `ceph -s`/`ceph auth ls`
    output with keys redacted, slurm.conf with munge auth, sacct job listings,
    iscsid.conf with the stock commented CHAP placeholders, targetcli JSON with
    IQNs/WWNs and empty CHAP fields, multipath.conf WWIDs, dataset SHA-256/MD5
    manifests, klist -kte output (principals/enctypes, no key material),
    Ansible-Vault and SOPS ciphertext, docs-style quick starts with documented
    defaults, OOD cluster YAML, Globus collection/endpoint UUIDs, condor
    token listings (claims only, no signature), Terraform variables marked
    sensitive, Kubernetes secretKeyRef/ExternalSecret manifests, GPFS mmlscluster
    output, Pure volume serial/WWN CSV, container image digests, SSH public keys
    and host-key fingerprints, i18n strings, RFC 4231 HMAC test vectors,
    rclone with env_auth, BeeGFS client conf with connAuthFile paths.

DOUBTS
    * Written from memory (not verified against vendor docs in this session):
      Ceph key blob layout (le16 type=1, le32 sec, le32 nsec, le16 len=16,
      16 key bytes -> 40 base64 chars starting "AQ"); RGW/MinIO/Wasabi access
      key 20 chars [A-Z0-9] and secret 40 chars; MinIO generated secrets using
      the base64 alphabet with '/' replaced by '+'; Backblaze application keys
      "K00" + digit + 27 alnum (31 chars) and 25-char key IDs; Pure Storage
      FlashArray API tokens in UUID layout; Globus client secrets as 44-char
      base64 of 32 bytes; Keycloak-style 32-char OIDC client secrets; JupyterHub
      user tokens as 32 hex (service/proxy tokens 64 hex from `openssl rand
      -hex 32`); munge key size (128 bytes here; older setups used 1024 bytes);
      keytab binary layout (0x0502 header, aes256-cts entry); HTCondor IDTOKEN
      claims (kid "POOL", iss = pool/collector name); GitHub PAT checksum
      (CRC32 of the random part, base62, 6 chars); Azure storage keys (88-char
      base64 of 64 bytes); iRODS default TEMPORARY_* key names.
    * Looked up in this session: Garage access key IDs "GK" + 24 hex chars
      (third-party doc mirror), TrueNAS API key strings "64 characters long"
      (TrueNAS docs; the "<id>-" prefix is from memory), Backblaze CLI
      quick-start example credentials, JupyterHub security docs (cookie
      secret / proxy token generated with openssl rand -hex 32).
    * Labels a reviewer might dispute: documented defaults (minioadmin,
      iRODS TEMPORARY_* keys) labelled negative; HTCondor token listings that
      show JWT header+payload without signature labelled negative; an S3
      access key id or Garage GK id left next to a placeholder secret labelled
      negative (the id alone is not a credential); Pure API tokens look like
      UUIDs, and UUIDs used as ids appear in negatives (some Pure positives sit
      under a neutral key such as `fa_t:` and are only recognisable by context).
    * Negative re-use fills the secret slot with Jinja/Ansible references
      ("{{ vault_x }}") also in .py/.sh/.conf files, as happens for files kept
      under roles/*/templates; a reviewer may find a few of these unnatural.
    * Hostnames use reserved/example-like domains; a file mostly keeps one site
      domain but occasionally mixes in another.
    * Human passwords (ONTAP, PowerScale, Synology, QNAP, slurmdbd, XDMoD, PBS,
      iRODS, GPFS, LDAP bind) are synthetic but realistic; some are short-ish
      (10-14 chars) on purpose.

SEARCHES
    search(docs): "Garage S3 key create access key id GK secret key";
    "Backblaze B2 application key keyID applicationKey example";
    "ceph auth get-or-create client keyring key = AQ example";
    "JupyterHub proxy auth token cookie secret openssl rand -hex 32".
    search(pages): "TrueNAS API key format"; "garage key create output GK".
    Scanner-related material shown: none of gitleaks/trufflehog/etc. rule code.
    One result was a third-party "waxseal" skill page that describes Garage
    key-prefix auto-detection ("GK + 24 hex chars"); it is a secret-management
    tool's detection hint, noted here and not used beyond confirming the
    Garage key-id shape already shown by the Garage admin API docs mirror.
"""

import base64
import json
import os
import struct
import sys
import zlib
import random

N_POS = 500
N_NEG = 500

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B32 = UPPER + "234567"

# ---------------------------------------------------------------------------
# small random helpers (all take the Random instance explicitly)
# ---------------------------------------------------------------------------


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def b64b(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


SITES = ["hpc.example.edu", "cluster.uni-lab.de", "storage.internal", "rc.acme-research.org",
         "lab.local", "hpc.campus.ac.uk", "data.bio-inst.org", "sci.example.net",
         "cs.ucampus.edu", "corp.lan", "nas.home.arpa", "infra.geo-survey.org"]
PEOPLE = ["jdoe", "asmith", "mgarcia", "lchen", "rkumar", "pnovak", "ewilson", "tnguyen",
          "kmueller", "sokafor", "hsato", "bjohansson", "aferreira", "dkowalski"]
PROJECTS = ["genomics", "climate", "astro", "cryoem", "materials", "neuro", "chem", "ml",
            "physics", "seismic", "bioinf", "hep", "imaging", "proteomics"]
BUCKETS = ["raw-reads", "model-checkpoints", "backups", "scratch-archive", "results",
           "cryoem-movies", "dataset-mirror", "restic-repo", "logs", "user-homes",
           "instrument-uploads", "tape-staging", "jupyter-shared", "conda-cache"]
POOLS = ["rbd", "cephfs_data", "cephfs_metadata", "volumes", "images", "vms", "backups",
         ".rgw.root", "default.rgw.buckets.data", "default.rgw.buckets.index", "nvme-fast"]
WORDS = ["Granite", "Falcon", "Harbor", "Cobalt", "Maple", "Orbit", "Quartz", "Tundra",
         "Willow", "Vortex", "Saturn", "Ember", "Glacier", "Juniper", "Lantern", "Meadow",
         "Nimbus", "Pebble", "Raven", "Summit", "Thistle", "Zephyr", "Basalt", "Cedar",
         "Drift", "Fjord", "Helix", "Indigo", "Kestrel", "Lagoon", "Mosaic", "Polaris"]
SYMS = "!@#$%&*-_.+="


_FILE_SITE = [None]


def site(r):
    """The site domain of the file being generated (mostly consistent within a file)."""
    if _FILE_SITE[0] is None or r.random() < 0.08:
        return pick(r, SITES)
    return _FILE_SITE[0]


def host(r, role):
    return "%s%02d.%s" % (role, r.randint(1, 12), site(r))


def ip(r):
    k = r.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 250))
    if k == 1:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 250))
    return "192.168.%d.%d" % (r.randint(0, 254), r.randint(2, 250))


def person(r):
    return pick(r, PEOPLE)


def proj(r):
    return pick(r, PROJECTS)


def bucket(r):
    return "%s-%s" % (proj(r), pick(r, BUCKETS))


def date(r):
    return "20%02d-%02d-%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28))


def iqn(r, kind="target"):
    dom = pick(r, ["2003-01.org.linux-iscsi", "1992-08.com.netapp", "2010-06.com.purestorage",
                   "2005-10.org.freenas.ctl", "2004-04.com.qnap", "2000-01.com.synology"])
    if kind == "initiator":
        return "iqn.1994-05.com.redhat:%s" % hexs(r, 12)
    return "iqn.%s:%s" % (dom, pick(r, ["storage", "lun", "target", "iscsi"]) + "-" +
                           pick(r, PROJECTS) + "." + hexs(r, 6))


def wwn(r):
    return "naa.6%s" % hexs(r, 31)


def sha256(r):
    return hexs(r, 64)


def style_name(r, words, style=None):
    """words: list of lowercase words -> one naming style."""
    style = style or pick(r, ["snake", "camel", "SCREAM", "kebab", "pascal"])
    if style == "snake":
        return "_".join(words)
    if style == "SCREAM":
        return "_".join(w.upper() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    return words[0] + "".join(w.capitalize() for w in words[1:])


# ---------------------------------------------------------------------------
# secret generators
# ---------------------------------------------------------------------------


def human_password(r):
    k = r.randrange(7)
    w1, w2 = pick(r, WORDS), pick(r, WORDS)
    if k == 0:
        return "%s%d%s" % (w1, r.randint(10, 9999), r.choice("!@#$%&*?"))
    if k == 1:
        return "%s%s%s%d" % (w1, r.choice("#-_.@!"), w2, r.randint(1, 2025))
    if k == 2:
        leet = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
        return "%s-%s%d!" % (w1.lower().translate(leet).capitalize(), w2.lower().translate(leet),
                             r.randint(1, 99))
    if k == 3:
        return rs(r, ALNUM + "!#%&*-_+=", r.randint(14, 22))
    if k == 4:
        return "-".join(pick(r, WORDS).lower() for _ in range(3)) + "-%d" % r.randint(10, 99)
    if k == 5:
        s = rs(r, ALNUM, r.randint(10, 16))
        return s[:4] + r.choice(SYMS) + s[4:] + str(r.randint(0, 9))
    return "%s%s%d%s" % (w1[:r.randint(3, 5)], w2.lower(), r.randint(100, 999), r.choice("!$%^&"))


def ceph_key(r):
    sec = r.randint(1546300800, 1735689600)
    nsec = r.randint(0, 999999999)
    blob = struct.pack("<HIIH", 1, sec, nsec, 16) + rbytes(r, 16)
    return base64.b64encode(blob).decode()


def s3_access(r):
    return rs(r, UPALNUM, 20)


def s3_secret(r):
    return rs(r, ALNUM, 40)


def aws_secret(r):
    return rs(r, B64, 40)


def minio_secret(r):
    return base64.b64encode(rbytes(r, 32)).decode()[:40].replace("/", "+")


def b2_keyid(r):
    return "00" + hexs(r, 12) + "000000000" + "%02x" % r.randint(1, 64)


def b2_appkey(r):
    return "K00" + r.choice("12345") + rs(r, ALNUM, 27)


def keytab_b64(r, principal, realm):
    comps = principal.split("/")

    def cstr(s):
        b = s.encode()
        return struct.pack(">H", len(b)) + b
    entries = b""
    for enctype, klen in ((18, 32), (17, 16)):
        body = struct.pack(">H", len(comps)) + cstr(realm)
        for c in comps:
            body += cstr(c)
        body += struct.pack(">IIB", 1, r.randint(1546300800, 1735689600), 2)
        body += struct.pack(">HH", enctype, klen) + rbytes(r, klen)
        body += struct.pack(">I", 2)
        entries += struct.pack(">i", len(body)) + body
    return base64.b64encode(b"\x05\x02" + entries).decode()


def condor_idtoken(r, issuer, subject):
    hdr = b64url(json.dumps({"alg": "HS256", "kid": "POOL"}, separators=(",", ":")).encode())
    claims = {"iat": r.randint(1600000000, 1735689600), "iss": issuer,
              "jti": hexs(r, 32), "sub": subject}
    if r.random() < 0.5:
        claims["scope"] = "condor:/READ condor:/WRITE condor:/ADVERTISE_STARTD"
    pl = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return "%s.%s.%s" % (hdr, pl, b64url(rbytes(r, 32)))


def base62(n):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = (DIGITS + UPPER + LOWER)[d] + out
    return out or "0"


def github_pat(r):
    body = rs(r, ALNUM, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode())).rjust(6, "0")


def aws_akid(r):
    return "AKIA" + rs(r, B32, 16)


# kind -> (provider, generator(r) -> dict with 'secret' and optional extras)
def _g_pw(r):
    return {"secret": human_password(r)}


KINDS = {
    "ceph_cephx_key": ("ceph", lambda r: {"secret": ceph_key(r)}),
    "rgw_s3_secret_key": ("ceph-rgw", lambda r: {"id": s3_access(r), "secret": s3_secret(r)}),
    "minio_root_password": ("minio", lambda r: {"id": pick(r, ["admin", "minio-root", "root", "minioadm", "storage-admin"]),
                                                "secret": pick(r, [human_password(r), rs(r, ALNUM, 32)])}),
    "minio_service_account_secret": ("minio", lambda r: {"id": s3_access(r), "secret": minio_secret(r)}),
    "seaweedfs_s3_secret_key": ("seaweedfs", lambda r: {"id": s3_access(r), "secret": s3_secret(r)}),
    "seaweedfs_jwt_signing_key": ("seaweedfs", lambda r: {"secret": b64b(r, 32)}),
    "garage_secret_key": ("garage", lambda r: {"id": "GK" + hexs(r, 24), "secret": hexs(r, 64)}),
    "garage_rpc_secret": ("garage", lambda r: {"secret": hexs(r, 64)}),
    "garage_admin_token": ("garage", lambda r: {"secret": b64b(r, 32)}),
    "wasabi_secret_key": ("wasabi", lambda r: {"id": s3_access(r), "secret": s3_secret(r)}),
    "b2_application_key": ("backblaze-b2", lambda r: {"id": b2_keyid(r), "secret": b2_appkey(r)}),
    "ontap_password": ("netapp-ontap", _g_pw),
    "pure_api_token": ("pure-storage", lambda r: {"secret": uuid4(r)}),
    "powerscale_password": ("dell-powerscale", _g_pw),
    "truenas_api_key": ("truenas", lambda r: {"secret": "%d-%s" % (r.randint(1, 48), rs(r, ALNUM, 64))}),
    "synology_password": ("synology", _g_pw),
    "qnap_password": ("qnap", _g_pw),
    "iscsi_chap_secret": ("iscsi", lambda r: {"id": pick(r, ["chapuser", "iscsi-init", "hpc-node", "esx01", "initiator1"]),
                                               "secret": rs(r, ALNUM, r.randint(12, 16))}),
    "kerberos_keytab": ("kerberos", None),  # built in template (needs principal)
    "munge_key": ("slurm-munge", lambda r: {"secret": b64b(r, 128)}),
    "slurmdbd_storage_pass": ("slurm", _g_pw),
    "slurm_jwt_key": ("slurm", lambda r: {"secret": b64b(r, 32)}),
    "jupyterhub_proxy_auth_token": ("jupyterhub", lambda r: {"secret": hexs(r, 64)}),
    "jupyterhub_cookie_secret": ("jupyterhub", lambda r: {"secret": hexs(r, 64)}),
    "jupyterhub_api_token": ("jupyterhub", lambda r: {"secret": hexs(r, pick(r, [32, 64]))}),
    "ood_oidc_client_secret": ("open-ondemand", lambda r: {"secret": rs(r, ALNUM, 32)}),
    "globus_client_secret": ("globus", lambda r: {"id": uuid4(r), "secret": b64b(r, 32)}),
    "irods_password": ("irods", _g_pw),
    "irods_negotiation_key": ("irods", lambda r: {"secret": rs(r, ALNUM, 32)}),
    "beegfs_connauth_secret": ("beegfs", lambda r: {"secret": pick(r, [b64b(r, 48), rs(r, ALNUM, 40)])}),
    "gpfs_gui_password": ("ibm-storage-scale", _g_pw),
    "htcondor_idtoken": ("htcondor", None),  # built in template
    "htcondor_pool_password": ("htcondor", _g_pw),
    "pbs_datastore_password": ("pbs-pro", _g_pw),
    "xdmod_db_password": ("open-xdmod", _g_pw),
    "ldap_bind_password": ("ldap-sssd", _g_pw),
    "aws_secret_access_key": ("aws", lambda r: {"id": aws_akid(r), "secret": aws_secret(r)}),
    "azure_storage_account_key": ("azure-storage", lambda r: {"secret": b64b(r, 64)}),
    "postgres_password": ("postgresql", _g_pw),
    "mysql_password": ("mariadb", _g_pw),
    "github_pat": ("github", lambda r: {"secret": github_pat(r)}),
}

ENVNAMES = {
    "ceph_cephx_key": "CEPH_CLIENT_KEY", "rgw_s3_secret_key": "RGW_SECRET_KEY",
    "minio_root_password": "MINIO_ROOT_PASSWORD", "minio_service_account_secret": "MINIO_SECRET_KEY",
    "seaweedfs_s3_secret_key": "SEAWEED_S3_SECRET", "seaweedfs_jwt_signing_key": "WEED_JWT_SIGNING_KEY",
    "garage_secret_key": "GARAGE_SECRET_KEY", "garage_rpc_secret": "GARAGE_RPC_SECRET",
    "garage_admin_token": "GARAGE_ADMIN_TOKEN", "wasabi_secret_key": "WASABI_SECRET_KEY",
    "b2_application_key": "B2_APPLICATION_KEY", "ontap_password": "ONTAP_PASSWORD",
    "pure_api_token": "PURE_API_TOKEN", "powerscale_password": "POWERSCALE_PASSWORD",
    "truenas_api_key": "TRUENAS_API_KEY", "synology_password": "SYNO_PASSWORD",
    "qnap_password": "QNAP_PASSWORD", "iscsi_chap_secret": "CHAP_SECRET",
    "kerberos_keytab": "NFS_KEYTAB_B64", "munge_key": "MUNGE_KEY_B64",
    "slurmdbd_storage_pass": "SLURMDBD_STORAGE_PASS", "slurm_jwt_key": "SLURM_JWT_KEY",
    "jupyterhub_proxy_auth_token": "CONFIGPROXY_AUTH_TOKEN",
    "jupyterhub_cookie_secret": "JUPYTERHUB_COOKIE_SECRET", "jupyterhub_api_token": "JUPYTERHUB_API_TOKEN",
    "ood_oidc_client_secret": "OOD_OIDC_CLIENT_SECRET", "globus_client_secret": "GLOBUS_CLIENT_SECRET",
    "irods_password": "IRODS_PASSWORD", "irods_negotiation_key": "IRODS_NEGOTIATION_KEY",
    "beegfs_connauth_secret": "BEEGFS_CONNAUTH", "gpfs_gui_password": "SCALE_GUI_PASSWORD",
    "htcondor_idtoken": "CONDOR_IDTOKEN", "htcondor_pool_password": "CONDOR_POOL_PASSWORD",
    "pbs_datastore_password": "PBS_DS_PASSWORD", "xdmod_db_password": "XDMOD_DB_PASSWORD",
    "ldap_bind_password": "LDAP_BIND_PW", "aws_secret_access_key": "AWS_SECRET_ACCESS_KEY",
    "azure_storage_account_key": "AZURE_STORAGE_ACCESS_KEY", "postgres_password": "POSTGRES_PASSWORD",
    "mysql_password": "MYSQL_PASSWORD", "github_pat": "GITHUB_TOKEN",
}

DOC_EXAMPLES = {
    "aws_secret_access_key": [("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
    "rgw_s3_secret_key": [("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
    "wasabi_secret_key": [("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
    "minio_root_password": [("minioadmin", "minioadmin")],
    "b2_application_key": [("4ab123456789", "001aabbccddeeff123456789012345678901234567")],
    "irods_negotiation_key": [(None, "TEMPORARY_32byte_negotiation_key")],
}


def neg_value(r, kind, jinja_ok=True):
    """A non-secret value for a secret slot.  Returns (value, neg_kind, id_override)."""
    env = ENVNAMES.get(kind, "SECRET")
    low = env.lower()
    opts = ["placeholder", "env", "masked", "empty", "file", "angle", "vaultref"]
    if kind in DOC_EXAMPLES:
        opts += ["docexample", "docexample"]
    k = pick(r, opts)
    if k == "placeholder":
        return pick(r, ["CHANGE_ME", "changeme-before-deploy", "REPLACE_ME", "TODO", "xxxxxxxxxxxxxxxxxxxxxxxx",
                        "your-secret-here", "PUT_%s_HERE" % env, "set-me", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]), k, None
    if k == "env":
        return pick(r, ["${%s}" % env, "$%s" % env, "${%s:?missing}" % env, "%%(ENV_%s)s" % env]), k, None
    if k == "masked":
        return pick(r, ["********", "****************", "<redacted>", "[REDACTED]", "REDACTED", "(hidden)",
                        "•••••••••"]), k, None
    if k == "empty":
        return "", k, None
    if k == "file":
        return pick(r, ["/run/secrets/%s" % low, "/etc/%s/secret" % low.split("_")[0], "@/var/lib/secrets/%s" % low,
                        "file:///etc/secrets/%s" % low]), k, None
    if k == "angle":
        return pick(r, ["<%s>" % low.replace("_", "-"), "<YOUR_%s>" % env, "{{%s}}" % low, "<insert key>"]), k, None
    if k == "vaultref":
        if jinja_ok:
            return pick(r, ["{{ vault_%s }}" % low, "{{ lookup('env', '%s') }}" % env,
                            "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/hpc/%s:value') }}" % low]), k, None
        return "vault:kv/data/hpc/%s#value" % low, k, None
    ex = pick(r, DOC_EXAMPLES[kind])
    return ex[1], "docexample", ex[0]


# ---------------------------------------------------------------------------
# template machinery
# ---------------------------------------------------------------------------
# A positive template is fn(r, v, obv) -> (relpath, filetype, text).
# v = {"kind", "secret", optional "id", "neg"}; obv=True -> obvious name for the
# secret slot, False -> neutral name / positional / URL / header.
POS_TEMPLATES = []
NEG_TEMPLATES = []


def tpl(*kinds):
    def deco(fn):
        POS_TEMPLATES.append((fn.__name__, kinds, fn))
        return fn
    return deco


def negtpl(provider, kind, filetype):
    def deco(fn):
        NEG_TEMPLATES.append((fn.__name__, provider, kind, filetype, fn))
        return fn
    return deco


def yq(r, s, force=False):
    """YAML scalar with plausible quoting."""
    if s == "" or force or s[0] in "*&!%@`{[|>'\"#-?:,=" or ": " in s or " #" in s or s[-1] == ":":
        return '"%s"' % s if '"' not in s else "'%s'" % s
    return pick(r, [s, s, '"%s"' % s, "'%s'" % s])


def jq(s):
    return json.dumps(s)


def comment_block(r, prefix, topics):
    t = pick(r, topics)
    return ["%s %s" % (prefix, t)]


def maybe(r, p, lines):
    return lines if r.random() < p else []


# ----------------------------- Ceph ----------------------------------------

CEPH_CLIENTS = ["admin", "cinder", "glance", "nova", "rgw.gw1", "k8s-rbd", "cephfs-users",
                "backup", "openstack", "csi-rbd-node", "hpc-scratch", "manila"]


def ceph_caps(r, client):
    if client == "admin":
        return ['caps mds = "allow *"', 'caps mgr = "allow *"', 'caps mon = "allow *"', 'caps osd = "allow *"']
    pool = pick(r, POOLS)
    return ['caps mon = "profile rbd"', 'caps osd = "profile rbd pool=%s"' % pool] if r.random() < 0.6 else \
        ['caps mds = "allow rw fsname=%s"' % pick(r, ["cephfs", "scratch", "home"]),
         'caps mon = "allow r fsname=%s"' % pick(r, ["cephfs", "scratch", "home"]),
         'caps osd = "allow rw tag cephfs data=%s"' % pick(r, ["cephfs", "scratch", "home"])]


@tpl("ceph_cephx_key")
def t_ceph_keyring(r, v, obv):
    client = pick(r, CEPH_CLIENTS)
    ind = pick(r, ["\t", "    ", "        "])
    lines = ["# %s keyring, fetched with `ceph auth get client.%s`" % (pick(r, ["Managed by ansible:", "Do not edit:", "cluster ceph-%s" % proj(r)]), client),
             "# cluster fsid %s, exported %s" % (uuid4(r), date(r))]
    lines += maybe(r, 0.5, ["# install as /etc/ceph/ceph.client.%s.keyring (0600, owner ceph)" % client])
    lines += ["[client.%s]" % client, "%skey = %s" % (ind, v["secret"])]
    lines += [ind + c for c in ceph_caps(r, client)]
    rel = pick(r, ["ceph/ceph.client.%s.keyring" % client, "roles/ceph-client/files/ceph.client.%s.keyring" % client,
                   "files/etc/ceph/ceph.client.%s.keyring" % client, "deploy/ceph/keyring",
                   "ansible/files/ceph/%s.keyring" % client.replace(".", "-")])
    return rel, "keyring", "\n".join(lines) + "\n"


@tpl("ceph_cephx_key")
def t_ceph_conf_inline_key(r, v, obv):
    fsid = uuid4(r)
    mons = [ip(r) for _ in range(3)]
    client = pick(r, CEPH_CLIENTS[1:])
    lines = ["# ceph.conf for %s clients" % pick(r, ["compute", "login", "jupyter", "backup"]) + " nodes",
             "[global]",
             "fsid = %s" % fsid,
             "mon_host = %s" % ",".join("[v2:%s:3300/0,v1:%s:6789/0]" % (m, m) for m in mons) if r.random() < 0.5
             else "mon host = %s" % " ".join(mons),
             "public network = %s.0/24" % ".".join(mons[0].split(".")[:3]),
             "auth_cluster_required = cephx", "auth_service_required = cephx", "auth_client_required = cephx",
             "",
             "[client]",
             "rbd cache = true",
             "rbd cache writethrough until flush = true",
             "log file = /var/log/ceph/$cluster-$type.$id.log",
             "",
             "[client.%s]" % client,
             "key = %s" % v["secret"] if obv else "keyring = /etc/ceph/$cluster.$name.keyring",
             ]
    if not obv:
        # the key sits in a different section than the one that names the user
        lines += ["", "[client.%s-mount]" % client, "client_mountpoint = /%s" % proj(r), "key = %s" % v["secret"]]
    rel = pick(r, ["ceph.conf", "etc/ceph/ceph.conf", "roles/ceph_client/templates/ceph.conf",
                   "files/ceph/%s.conf" % pick(r, ["scratch", "ceph", "archive"])])
    return rel, "conf", "\n".join(lines) + "\n"


@tpl("ceph_cephx_key")
def t_ceph_csi_secret(r, v, obv):
    client = pick(r, ["csi-rbd-node", "csi-cephfs-node", "k8s-rbd", "kubernetes"])
    ns = pick(r, ["ceph-csi", "rook-ceph", "kube-system", "storage"])
    if obv:
        body = ["stringData:", "  userID: %s" % client, "  userKey: %s" % yq(r, v["secret"])]
    else:
        body = ["stringData:", "  adminID: %s" % client, "  %s: %s" % (pick(r, ["adminKey", "value", "cred"]), yq(r, v["secret"]))]
    lines = ["---", "apiVersion: v1", "kind: Secret", "metadata:",
             "  name: %s" % pick(r, ["csi-rbd-secret", "csi-cephfs-secret", "ceph-secret"]),
             "  namespace: %s" % ns] + body + [
             "---", "apiVersion: storage.k8s.io/v1", "kind: StorageClass", "metadata:",
             "  name: %s" % pick(r, ["ceph-rbd", "csi-rbd-sc", "fast-rbd"]),
             "provisioner: rbd.csi.ceph.com", "parameters:",
             "  clusterID: %s" % uuid4(r), "  pool: %s" % pick(r, POOLS),
             "  imageFeatures: layering",
             "  csi.storage.k8s.io/provisioner-secret-name: csi-rbd-secret",
             "  csi.storage.k8s.io/provisioner-secret-namespace: %s" % ns,
             "  csi.storage.k8s.io/node-stage-secret-name: csi-rbd-secret",
             "  csi.storage.k8s.io/node-stage-secret-namespace: %s" % ns,
             "reclaimPolicy: Delete", "allowVolumeExpansion: true"]
    rel = pick(r, ["k8s/ceph-csi/secret.yaml", "deploy/storage/csi-rbd-secret.yaml", "manifests/ceph/rbd-secret.yml",
                   "clusters/prod/storage/ceph-csi.yaml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("ceph_cephx_key")
def t_ceph_ansible_vars(r, v, obv):
    client = pick(r, CEPH_CLIENTS[1:])
    keyname = "key" if obv else pick(r, ["data", "value", "blob"])
    lines = ["---", "# group_vars/%s.yml" % pick(r, ["compute", "ceph_clients", "login"]),
             "ceph_cluster_name: ceph",
             "ceph_fsid: %s" % uuid4(r),
             "ceph_mon_hosts:"] + ["  - %s" % host(r, "ceph-mon") for _ in range(3)] + [
             "ceph_client_packages:", "  - ceph-common", "  - ceph-fuse",
             "cephfs_mounts:",
             "  - path: /%s" % pick(r, ["scratch", "projects", "home", "archive"]),
             "    fs: %s" % pick(r, ["cephfs", "scratch"]),
             "    opts: noatime,_netdev",
             "ceph_client_keys:",
             "  - name: client.%s" % client,
             "    %s: %s" % (keyname, yq(r, v["secret"])),
             "    mode: \"0600\"",
             "    caps:",
             "      mon: \"allow r\"",
             "      osd: \"allow rw pool=%s\"" % pick(r, POOLS)]
    rel = pick(r, ["group_vars/ceph_clients.yml", "inventories/prod/group_vars/compute/ceph.yml",
                   "ansible/group_vars/all/ceph.yml", "host_vars/login01.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("ceph_cephx_key")
def t_ceph_fstab(r, v, obv):
    mons = ",".join(host(r, "mon") for _ in range(3))
    user = pick(r, ["admin", "hpc", "scratch", "home"])
    lines = ["# /etc/fstab: static file system information.", "#",
             "# <file system> <mount point>   <type>  <options>       <dump>  <pass>",
             "UUID=%s /               xfs     defaults        0       0" % uuid4(r),
             "UUID=%s /boot           xfs     defaults        0       0" % uuid4(r),
             "/dev/mapper/vg0-swap   none            swap    sw              0       0",
             "%s:/home/nfs  /nfs/home  nfs4  rw,hard,vers=4.2,sec=krb5p  0 0" % host(r, "nfs"),
             ]
    if obv:
        lines.append("%s:/ /mnt/cephfs ceph name=%s,secret=%s,noatime,_netdev 0 2" % (mons, user, v["secret"]))
    else:
        lines.append("%s:/%s /%s ceph name=%s,secret=%s,_netdev 0 0" % (mons, proj(r), pick(r, ["scratch", "data", "work"]), user, v["secret"]))
    lines += ["tmpfs /dev/shm tmpfs defaults,size=%dG 0 0" % r.choice([8, 16, 32, 64])]
    rel = pick(r, ["roles/compute/files/fstab", "files/etc/fstab", "nodes/login01/fstab", "etc/fstab"])
    return rel, "fstab", "\n".join(lines) + "\n"


# ----------------------------- S3 family -----------------------------------

S3_KINDS = ("rgw_s3_secret_key", "minio_service_account_secret", "wasabi_secret_key",
            "garage_secret_key", "seaweedfs_s3_secret_key", "aws_secret_access_key")


def s3_endpoint(r, kind):
    if kind == "wasabi_secret_key":
        return "https://s3.%s.wasabisys.com" % pick(r, ["us-east-1", "us-west-1", "eu-central-1", "ap-northeast-1"])
    if kind == "aws_secret_access_key":
        return "https://s3.%s.amazonaws.com" % pick(r, ["us-east-1", "eu-west-1", "us-west-2"])
    if kind == "garage_secret_key":
        return "http://%s:3900" % host(r, "garage")
    if kind == "seaweedfs_s3_secret_key":
        return "http://%s:8333" % host(r, "weed")
    if kind == "minio_service_account_secret":
        return "https://%s:9000" % host(r, "minio")
    return "https://%s" % pick(r, ["s3.%s" % site(r), "rgw.%s" % site(r), host(r, "rgw")])


def s3_region(kind, r):
    if kind == "garage_secret_key":
        return "garage"
    if kind == "wasabi_secret_key":
        return pick(r, ["us-east-1", "eu-central-1"])
    return pick(r, ["us-east-1", "default", ""])


@tpl(*S3_KINDS)
def t_s3cfg(r, v, obv):
    full = s3_endpoint(r, v["kind"])
    ep = full.split("://")[1]
    https = "True" if full.startswith("https") else "False"
    lines = ["[default]", "access_key = %s" % v.get("id", ""),
             "access_token = ", "add_encoding_exts = ", "bucket_location = %s" % (s3_region(v["kind"], r) or "US"),
             "check_ssl_certificate = True", "default_mime_type = binary/octet-stream",
             "delete_removed = False", "enable_multipart = True",
             "host_base = %s" % ep, "host_bucket = %s" % ep,
             "human_readable_sizes = False", "multipart_chunk_size_mb = %d" % r.choice([15, 64, 128]),
             "secret_key = %s" % v["secret"], "signature_v2 = False",
             "use_https = %s" % https, "verbosity = WARNING"]
    if r.random() < 0.5:
        lines = lines[:2] + ["secret_key = %s" % v["secret"]] + [l for l in lines[2:] if not l.startswith("secret_key")]
    rel = pick(r, [".s3cfg", "config/s3cfg", "home/%s/.s3cfg" % person(r), "backup/s3cfg-%s" % proj(r)])
    return rel, "s3cfg", "\n".join(lines) + "\n"


@tpl(*S3_KINDS + ("b2_application_key",))
def t_rclone(r, v, obv):
    kind = v["kind"]
    lines = ["# rclone.conf -- %s" % pick(r, ["archive sync for the lab", "nightly tape staging", "used by globus-rclone bridge", "data mover nodes"])]
    lines += ["[%s-local]" % proj(r), "type = local", "copy_links = true", ""]
    name = pick(r, ["archive", "offsite", "s3", "cold", "remote", "bucket"])
    if kind == "b2_application_key":
        lines += ["[%s]" % name, "type = b2", "account = %s" % v.get("id", ""), "key = %s" % v["secret"],
                  "hard_delete = %s" % pick(r, ["true", "false"])]
    else:
        prov = {"rgw_s3_secret_key": "Ceph", "minio_service_account_secret": "Minio", "wasabi_secret_key": "Wasabi",
                "garage_secret_key": "Other", "seaweedfs_s3_secret_key": "SeaweedFS", "aws_secret_access_key": "AWS"}[kind]
        lines += ["[%s]" % name, "type = s3", "provider = %s" % prov, "env_auth = false",
                  "access_key_id = %s" % v.get("id", ""), "secret_access_key = %s" % v["secret"],
                  "region = %s" % s3_region(kind, r), "endpoint = %s" % s3_endpoint(r, kind),
                  "acl = private"]
        if r.random() < 0.5:
            lines += ["chunk_size = %dM" % r.choice([16, 64, 128]), "upload_concurrency = %d" % r.choice([4, 8, 16])]
    lines += ["", "[%s-crypt]" % name, "type = alias", "remote = %s:%s" % (name, bucket(r))]
    rel = pick(r, ["rclone.conf", "config/rclone/rclone.conf", "roles/datamover/files/rclone.conf",
                   ".config/rclone/rclone.conf"])
    return rel, "conf", "\n".join(lines) + "\n"


@tpl(*S3_KINDS)
def t_boto3_script(r, v, obv):
    kind = v["kind"]
    ep = s3_endpoint(r, kind)
    b = bucket(r)
    if obv:
        cred = ['ACCESS_KEY = "%s"' % v.get("id", ""), 'SECRET_KEY = "%s"' % v["secret"]]
        call = ['    return boto3.client(', '        "s3",', '        endpoint_url=ENDPOINT,',
                '        aws_access_key_id=ACCESS_KEY,', '        aws_secret_access_key=SECRET_KEY,',
                '        config=Config(signature_version="s3v4", retries={"max_attempts": 5}),', '    )']
    else:
        nm = pick(r, ["CREDS", "_S3", "AUTH", "PAIR"])
        cred = ['%s = ("%s", "%s")' % (nm, v.get("id", ""), v["secret"])]
        call = ['    ak, sk = %s' % nm,
                '    session = boto3.session.Session(ak, sk, region_name="%s")' % (s3_region(kind, r) or "us-east-1"),
                '    return session.client("s3", endpoint_url=ENDPOINT,',
                '                          config=Config(signature_version="s3v4"))']
    lines = ['#!/usr/bin/env python3', '"""%s"""' % pick(r, [
        "Report per-project usage of the object store and prune stale multipart uploads.",
        "Upload finished cryo-EM runs to the archive bucket.",
        "Nightly: push restic snapshots listing to the dashboard bucket.",
        "Sync instrument drop folder to S3 and verify ETags."]),
        'import argparse', 'import logging', 'import sys', '', 'import boto3', 'from botocore.config import Config', '',
        'ENDPOINT = "%s"' % ep, 'BUCKET = "%s"' % b] + cred + ['', 'log = logging.getLogger("%s")' % pick(r, ["s3sync", "usage", "archiver"]), '', '',
        'def client():'] + call + ['', '',
        'def main(argv=None):',
        '    ap = argparse.ArgumentParser()',
        '    ap.add_argument("--prefix", default="%s/")' % proj(r),
        '    ap.add_argument("--dry-run", action="store_true")',
        '    args = ap.parse_args(argv)',
        '    s3 = client()',
        '    total = 0',
        '    paginator = s3.get_paginator("list_objects_v2")',
        '    for page in paginator.paginate(Bucket=BUCKET, Prefix=args.prefix):',
        '        for obj in page.get("Contents", []):',
        '            total += obj["Size"]',
        '    log.info("%s: %.1f GiB under %s", BUCKET, total / 2**30, args.prefix)',
        '    return 0', '', '',
        'if __name__ == "__main__":',
        '    logging.basicConfig(level=logging.INFO)',
        '    sys.exit(main())']
    rel = pick(r, ["scripts/s3_usage.py", "tools/archive_upload.py", "bin/sync_to_s3.py", "admin/prune_multipart.py",
                   "src/%s_archiver/s3.py" % proj(r)])
    return rel, "py", "\n".join(lines) + "\n"


@tpl("minio_root_password")
def t_minio_envfile(r, v, obv):
    n = r.choice([2, 4, 8])
    lines = ["# /etc/default/minio -- read by minio.service",
             "# Volume to be used for MinIO server.",
             'MINIO_VOLUMES="https://%s{1...%d}.%s:9000/mnt/disk{1...4}/minio"' % (pick(r, ["minio", "obj", "s3n"]), n, site(r)),
             "# Use if you want to run MinIO on a custom port.",
             'MINIO_OPTS="--console-address :9001 --certs-dir /etc/minio/certs"',
             "# Root user for the server.",
             "MINIO_ROOT_USER=%s" % v.get("id", "admin"),
             "# Root secret for the server.",
             "MINIO_ROOT_PASSWORD=%s" % v["secret"],
             "",
             "MINIO_SERVER_URL=\"https://s3.%s\"" % site(r),
             "MINIO_BROWSER_REDIRECT_URL=\"https://console.%s\"" % site(r),
             "MINIO_PROMETHEUS_AUTH_TYPE=public"]
    if not obv:
        # same file, but the credential is given as the legacy combined MINIO_ROOT_USER / password via config env
        lines[8] = "MINIO_ROOT_PASSWORD='%s'" % v["secret"]
    rel = pick(r, ["etc/default/minio", "deploy/minio/minio.env", "roles/minio/files/minio.default", "config/minio.conf"])
    return rel, "env", "\n".join(lines) + "\n"


@tpl("minio_root_password")
def t_minio_compose(r, v, obv):
    user = v.get("id", "admin")
    lines = ["version: \"3.8\"", "", "services:", "  minio:",
             "    image: quay.io/minio/minio:RELEASE.20%02d-%02d-%02dT%02d-%02d-%02dZ" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
             "    command: server /data --console-address \":9001\"",
             "    ports:", "      - \"9000:9000\"", "      - \"9001:9001\"",
             "    environment:"]
    if r.random() < 0.5:
        lines += ["      MINIO_ROOT_USER: %s" % yq(r, user), "      MINIO_ROOT_PASSWORD: %s" % yq(r, v["secret"])]
    else:
        lines += ["      - MINIO_ROOT_USER=%s" % user, "      - MINIO_ROOT_PASSWORD=%s" % v["secret"]]
    lines += ["    volumes:", "      - %s:/data" % pick(r, ["minio-data", "/srv/minio", "./data"]),
              "    healthcheck:", "      test: [\"CMD\", \"mc\", \"ready\", \"local\"]", "      interval: 30s",
              "      timeout: 20s", "      retries: 3", "",
              "  createbuckets:", "    image: quay.io/minio/mc", "    depends_on:", "      - minio",
              "    entrypoint: >", "      /bin/sh -c \"", "      mc alias set local http://minio:9000 $${MINIO_ROOT_USER} $${MINIO_ROOT_PASSWORD};",
              "      mc mb --ignore-existing local/%s;" % bucket(r), "      \"", "    env_file: .env", "",
              "volumes:", "  minio-data: {}"]
    if not obv:
        # root credentials passed on the command line instead of named env vars
        i = lines.index("    environment:")
        lines = lines[:i] + ["    entrypoint: [\"sh\", \"-c\", \"MINIO_ROOT_USER=%s MINIO_ROOT_PASSWORD=%s exec minio server /data --console-address :9001\"]" % (user, v["secret"])] + \
            [l for l in lines[i + 3:]]
    rel = pick(r, ["docker-compose.yml", "compose.yaml", "deploy/minio/docker-compose.yml", "dev/docker-compose.override.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("minio_service_account_secret", "minio_root_password", "garage_secret_key", "seaweedfs_s3_secret_key", "rgw_s3_secret_key")
def t_mc_alias_script(r, v, obv):
    kind = v["kind"]
    ep = s3_endpoint(r, kind) if kind != "minio_root_password" else "https://%s:9000" % host(r, "minio")
    alias = pick(r, ["hpc", "archive", "lab", "prod", "s3"])
    b = bucket(r)
    lines = ["#!/usr/bin/env bash", "# %s" % pick(r, ["bootstrap buckets and policies for the project storage", "mirror instrument data to object storage", "nightly lifecycle + quota report"]),
             "set -euo pipefail", "", "PROJECT=%s" % proj(r), "BUCKET=%s" % b, ""]
    if obv:
        lines += ["MC_ACCESS_KEY=%s" % v.get("id", ""), "MC_SECRET_KEY='%s'" % v["secret"], "",
                  "mc alias set %s %s \"$MC_ACCESS_KEY\" \"$MC_SECRET_KEY\" --api S3v4" % (alias, ep)]
    else:
        lines += ["mc alias set %s %s %s '%s' --api S3v4" % (alias, ep, v.get("id", ""), v["secret"])]
    lines += ["mc mb --ignore-existing %s/$BUCKET" % alias,
              "mc version enable %s/$BUCKET" % alias,
              "mc ilm rule add --expire-days %d %s/$BUCKET" % (r.choice([30, 90, 365]), alias),
              "mc quota set %s/$BUCKET --size %dTi" % (alias, r.choice([1, 5, 20, 50])),
              "", "for d in /srv/instruments/$PROJECT/*/; do",
              "  mc mirror --overwrite --preserve \"$d\" \"%s/$BUCKET/$(basename \"$d\")\"" % alias,
              "done", "echo \"done: $(date -Is)\""]
    rel = pick(r, ["scripts/setup_buckets.sh", "bin/mirror-instruments.sh", "ops/minio/bootstrap.sh", "tools/s3-quota.sh"])
    return rel, "sh", "\n".join(lines) + "\n"


@tpl("minio_service_account_secret", "garage_secret_key", "rgw_s3_secret_key")
def t_minio_credentials_json(r, v, obv):
    kind = v["kind"]
    d = {"url": s3_endpoint(r, kind), "accessKey": v.get("id", ""), "secretKey": v["secret"], "api": "s3v4", "path": "auto"}
    if not obv:
        d = {"endpoint": s3_endpoint(r, kind), "user": v.get("id", ""), "pass": v["secret"], "bucket": bucket(r),
             "region": s3_region(kind, r) or "us-east-1", "pathStyle": True}
    text = json.dumps(d, indent=pick(r, [2, 4])) + "\n"
    rel = pick(r, ["credentials.json", "config/s3-credentials.json", "secrets/minio-svcacct.json", "deploy/%s-storage.json" % proj(r)])
    return rel, "json", text


@tpl("minio_root_password", "minio_service_account_secret")
def t_minio_helm_values(r, v, obv):
    lines = ["# values for minio/minio helm chart (%s)" % pick(r, ["prod", "lab", "staging"]),
             "mode: distributed", "replicas: %d" % r.choice([4, 8, 16]),
             "persistence:", "  enabled: true", "  storageClass: %s" % pick(r, ["local-nvme", "topolvm", "openebs-hostpath"]),
             "  size: %dTi" % r.choice([2, 4, 8]),
             "resources:", "  requests:", "    memory: %dGi" % r.choice([8, 16, 32])]
    if v["kind"] == "minio_root_password":
        lines += ["rootUser: %s" % yq(r, v.get("id", "admin")), "rootPassword: %s" % yq(r, v["secret"])] if obv else \
            ["extraEnvVars:", "  - name: MINIO_ROOT_USER", "    value: %s" % yq(r, v.get("id", "admin")),
             "  - name: MINIO_ROOT_PASSWORD", "    value: %s" % yq(r, v["secret"])]
    else:
        lines += ["rootUser: admin", "existingSecret: minio-root-credentials",
                  "svcaccts:", "  - accessKey: %s" % v.get("id", ""), "    %s: %s" % ("secretKey" if obv else "key2", yq(r, v["secret"])),
                  "    user: %s" % pick(r, ["console", "backup", "jupyter"])]
    lines += ["buckets:", "  - name: %s" % bucket(r), "    policy: none", "    purge: false",
              "metrics:", "  serviceMonitor:", "    enabled: true"]
    rel = pick(r, ["helm/minio/values.yaml", "clusters/prod/minio/values.yaml", "charts/values-minio.yaml", "infra/minio-values.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("seaweedfs_s3_secret_key")
def t_seaweed_s3json(r, v, obv):
    ids = [{"name": "anonymous", "actions": ["Read:%s" % bucket(r)]},
           {"name": pick(r, ["admin", "ingest", "backup", "jupyter"]),
            "credentials": [{"accessKey": v.get("id", ""), "secretKey": v["secret"]}],
            "actions": ["Admin", "Read", "List", "Tagging", "Write"]}]
    text = json.dumps({"identities": ids}, indent=2) + "\n"
    rel = pick(r, ["seaweedfs/s3.json", "config/s3-identities.json", "deploy/weed/s3.json", "etc/seaweedfs/s3.json"])
    return rel, "json", text


@tpl("seaweedfs_jwt_signing_key")
def t_seaweed_security_toml(r, v, obv):
    lines = ["# Put this file to one of the location, with descending priority",
             "#    ./security.toml", "#    $HOME/.seaweedfs/security.toml", "#    /etc/seaweedfs/security.toml",
             "", "[jwt.signing]" if obv else "[jwt.filer_signing]",
             "key = \"%s\"" % v["secret"], "expires_after_seconds = %d" % r.choice([10, 60, 300]),
             "", "[jwt.signing.read]", "key = \"\"", "",
             "[grpc]", "ca = \"/etc/seaweedfs/tls/ca.crt\"", "",
             "[grpc.volume]", "cert = \"/etc/seaweedfs/tls/volume.crt\"", "key  = \"/etc/seaweedfs/tls/volume.key\"",
             "", "[grpc.master]", "cert = \"/etc/seaweedfs/tls/master.crt\"", "key  = \"/etc/seaweedfs/tls/master.key\""]
    rel = pick(r, ["security.toml", "etc/seaweedfs/security.toml", "deploy/seaweedfs/security.toml"])
    return rel, "toml", "\n".join(lines) + "\n"


@tpl("garage_rpc_secret", "garage_admin_token")
def t_garage_toml(r, v, obv):
    kind = v["kind"]
    rpc = v["secret"] if kind == "garage_rpc_secret" else None
    adm = v["secret"] if kind == "garage_admin_token" else None
    lines = ["metadata_dir = \"/var/lib/garage/meta\"", "data_dir = \"/var/lib/garage/data\"",
             "db_engine = \"%s\"" % pick(r, ["lmdb", "sqlite"]), "",
             "replication_factor = 3", "compression_level = %d" % r.choice([1, 2, 3]), "",
             "rpc_bind_addr = \"[::]:3901\"", "rpc_public_addr = \"%s:3901\"" % ip(r)]
    lines.append("rpc_secret = \"%s\"" % rpc if rpc else "rpc_secret_file = \"/run/secrets/garage_rpc_secret\"")
    lines += ["", "[s3_api]", "s3_region = \"garage\"", "api_bind_addr = \"[::]:3900\"",
              "root_domain = \".s3.%s\"" % site(r), "", "[s3_web]", "bind_addr = \"[::]:3902\"",
              "root_domain = \".web.%s\"" % site(r), "index = \"index.html\"", "", "[admin]", "api_bind_addr = \"[::]:3903\""]
    if adm:
        lines.append("admin_token = \"%s\"" % adm if obv else "metrics_token = \"%s\"" % adm)
    else:
        lines.append("admin_token_file = \"/run/secrets/garage_admin_token\"")
    rel = pick(r, ["garage.toml", "etc/garage.toml", "deploy/garage/garage.toml", "nix/garage/garage.toml"])
    return rel, "toml", "\n".join(lines) + "\n"


@tpl("garage_secret_key", "wasabi_secret_key", "minio_service_account_secret", "aws_secret_access_key", "rgw_s3_secret_key")
def t_s3_dotenv(r, v, obv):
    kind = v["kind"]
    ep = s3_endpoint(r, kind)
    lines = ["# %s" % pick(r, ["local settings for the data portal", "restic backup env", "copied from 1password on %s" % date(r), "app env"]),
             "APP_ENV=%s" % pick(r, ["production", "staging", "dev"]),
             "LOG_LEVEL=info",
             "DATABASE_URL=postgresql://portal@%s:5432/portal" % host(r, "db"),
             "", "AWS_REGION=%s" % (s3_region(kind, r) or "us-east-1"),
             "AWS_ENDPOINT_URL=%s" % ep,
             "AWS_ACCESS_KEY_ID=%s" % v.get("id", "")]
    if obv:
        lines.append("AWS_SECRET_ACCESS_KEY=%s" % v["secret"])
    else:
        lines.append("%s=%s" % (pick(r, ["S3_KEY2", "STORAGE_TOKEN", "OBJ_B", "BUCKET_AUTH"]), v["secret"]))
    lines += ["S3_BUCKET=%s" % bucket(r), "S3_FORCE_PATH_STYLE=true", "",
              "RESTIC_REPOSITORY=s3:%s/%s" % (ep, bucket(r)),
              "RESTIC_PASSWORD_FILE=/etc/restic/password", "UPLOAD_MAX_MB=%d" % r.choice([512, 2048, 10240])]
    rel = pick(r, [".env", ".env.production", "deploy/.env", "config/backup.env", "docker/portal.env"])
    return rel, "env", "\n".join(lines) + "\n"


@tpl("wasabi_secret_key", "aws_secret_access_key", "rgw_s3_secret_key")
def t_terraform_s3(r, v, obv):
    kind = v["kind"]
    ep = s3_endpoint(r, kind)
    lines = ["terraform {", "  required_providers {", "    aws = {", "      source  = \"hashicorp/aws\"",
             "      version = \"~> %d.0\"" % r.choice([4, 5]), "    }", "  }", "}", "",
             "provider \"aws\" {", "  region                      = \"%s\"" % (s3_region(kind, r) or "us-east-1"),
             "  access_key                  = \"%s\"" % v.get("id", "")]
    if obv:
        lines.append("  secret_key                  = \"%s\"" % v["secret"])
    lines += ["  skip_credentials_validation = true", "  skip_requesting_account_id  = true",
              "  s3_use_path_style           = true", "  endpoints {", "    s3 = \"%s\"" % ep, "  }", "}", ""]
    if not obv:
        lines += ["locals {", "  tag_owner = \"%s\"" % person(r), "  k2        = \"%s\"" % v["secret"], "}", ""]
        lines[11:12] = ["  access_key                  = \"%s\"" % v.get("id", ""), "  secret_key                  = local.k2"]
    b = bucket(r)
    lines += ["resource \"aws_s3_bucket\" \"%s\" {" % b.replace("-", "_"), "  bucket = \"%s\"" % b, "}", "",
              "resource \"aws_s3_bucket_versioning\" \"%s\" {" % b.replace("-", "_"),
              "  bucket = aws_s3_bucket.%s.id" % b.replace("-", "_"),
              "  versioning_configuration {", "    status = \"Enabled\"", "  }", "}"]
    rel = pick(r, ["main.tf", "terraform/storage/main.tf", "infra/wasabi.tf", "envs/prod/buckets.tf"])
    return rel, "tf", "\n".join(lines) + "\n"


# ----------------------------- Backblaze B2 --------------------------------

@tpl("b2_application_key")
def t_b2_restic_sh(r, v, obv):
    b = bucket(r)
    lines = ["#!/bin/bash", "# restic backup of %s to Backblaze B2 -- run from cron on %s" % (pick(r, ["/home", "/etc and /srv", "the lab NAS"]), host(r, "bkp")),
             "set -eu", ""]
    if obv:
        lines += ["export B2_ACCOUNT_ID=\"%s\"" % v.get("id", ""), "export B2_ACCOUNT_KEY=\"%s\"" % v["secret"]]
    else:
        lines += ["export B2_ACCOUNT_ID=%s" % v.get("id", ""), "export RESTIC_B2_X=%s" % v["secret"],
                  "export B2_ACCOUNT_KEY=$RESTIC_B2_X"]
    lines += ["export RESTIC_REPOSITORY=\"b2:%s:%s\"" % (b, pick(r, ["restic", "hosts/$(hostname -s)", "nas"])),
              "export RESTIC_PASSWORD_FILE=/root/.restic-pass", "",
              "restic backup --one-file-system --exclude-caches \\", "    --exclude '/home/*/.cache' \\",
              "    %s" % pick(r, ["/home", "/etc /srv", "/volume1/shared"]),
              "restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune",
              "restic check --read-data-subset=%d%%" % r.choice([1, 5, 10])]
    rel = pick(r, ["scripts/backup-b2.sh", "bin/restic-b2.sh", "cron/nightly-backup.sh", "roles/backup/files/restic.sh"])
    return rel, "sh", "\n".join(lines) + "\n"


@tpl("b2_application_key")
def t_b2sdk_py(r, v, obv):
    lines = ["from b2sdk.v2 import B2Api, InMemoryAccountInfo", "import os", "import sys", "",
             "BUCKET = \"%s\"" % bucket(r)]
    if obv:
        lines += ["B2_KEY_ID = \"%s\"" % v.get("id", ""), "B2_APP_KEY = \"%s\"" % v["secret"], "",
                  "def api():", "    b2 = B2Api(InMemoryAccountInfo())",
                  "    b2.authorize_account(\"production\", B2_KEY_ID, B2_APP_KEY)", "    return b2"]
    else:
        lines += ["", "def api():", "    b2 = B2Api(InMemoryAccountInfo())",
                  "    b2.authorize_account(\"production\", \"%s\", \"%s\")" % (v.get("id", ""), v["secret"]), "    return b2"]
    lines += ["", "", "def upload(paths):", "    bucket = api().get_bucket_by_name(BUCKET)", "    for p in paths:",
              "        name = os.path.basename(p)", "        bucket.upload_local_file(local_file=p, file_name=\"%s/\" + name)" % proj(r),
              "        print(\"uploaded\", name)", "", "", "if __name__ == \"__main__\":", "    upload(sys.argv[1:])"]
    rel = pick(r, ["tools/b2_upload.py", "scripts/push_b2.py", "archive/b2.py"])
    return rel, "py", "\n".join(lines) + "\n"


# ----------------------------- NetApp / Pure / PowerScale / TrueNAS --------

@tpl("ontap_password")
def t_ontap_ansible(r, v, obv):
    svm = pick(r, ["svm_nfs01", "svm_hpc", "vs_research", "svm_home"])
    lines = ["---", "- name: Provision project volumes on ONTAP", "  hosts: localhost", "  gather_facts: false",
             "  collections:", "    - netapp.ontap", "  vars:",
             "    ontap_host: %s" % host(r, "cluster-mgmt"), "    ontap_user: %s" % pick(r, ["admin", "ansible", "svc_automation"])]
    if obv:
        lines += ["    ontap_password: %s" % yq(r, v["secret"], force=True)]
        pw_ref = "\"{{ ontap_password }}\""
    else:
        lines += ["    login: &login", "      hostname: \"{{ ontap_host }}\"", "      username: \"{{ ontap_user }}\"",
                  "      password: %s" % yq(r, v["secret"], force=True), "      https: true", "      validate_certs: false"]
        pw_ref = None
    lines += ["    svm: %s" % svm, "  tasks:", "    - name: Create volume",
              "      na_ontap_volume:", "        state: present", "        name: \"{{ item }}\"",
              "        vserver: \"{{ svm }}\"", "        aggregate_name: %s" % pick(r, ["aggr1_n1", "aggr_ssd_01", "n01_data"]),
              "        size: %d" % r.choice([10, 50, 100]), "        size_unit: tb", "        junction_path: \"/{{ item }}\""]
    if pw_ref:
        lines += ["        hostname: \"{{ ontap_host }}\"", "        username: \"{{ ontap_user }}\"", "        password: %s" % pw_ref,
                  "        https: true", "        validate_certs: false"]
    else:
        lines += ["        <<: *login"]
    lines += ["      loop:"] + ["        - %s_%s" % (proj(r), pick(r, ["data", "scratch", "archive"])) for _ in range(3)]
    rel = pick(r, ["playbooks/ontap_volumes.yml", "ansible/netapp/provision.yml", "site-ontap.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("ontap_password", "powerscale_password")
def t_rest_python_basic(r, v, obv):
    ontap = v["kind"] == "ontap_password"
    h = host(r, "cluster" if ontap else "isilon")
    user = pick(r, ["admin", "monitor", "svc_quota", "root"])
    path = "/api/storage/volumes?fields=space,name" if ontap else "/platform/1/quota/quotas"
    lines = ["#!/usr/bin/env python3", "\"\"\"Export %s quota/usage to the Prometheus textfile collector.\"\"\"" % ("ONTAP" if ontap else "PowerScale"),
             "import json", "import requests", "import urllib3", "", "urllib3.disable_warnings()", "",
             "BASE = \"https://%s%s\"" % (h, "" if ontap else ":8080")]
    if obv:
        lines += ["USERNAME = \"%s\"" % user, "PASSWORD = \"%s\"" % v["secret"], "AUTH = (USERNAME, PASSWORD)"]
    else:
        lines += ["AUTH = (\"%s\", \"%s\")" % (user, v["secret"])]
    lines += ["OUT = \"/var/lib/node_exporter/textfile/%s.prom\"" % ("ontap" if ontap else "isilon"), "", "",
              "def main():", "    resp = requests.get(BASE + \"%s\", auth=AUTH, verify=False, timeout=30)" % path,
              "    resp.raise_for_status()", "    rows = resp.json().get(\"%s\", [])" % ("records" if ontap else "quotas"),
              "    with open(OUT, \"w\") as fh:", "        for row in rows:",
              "            fh.write(json.dumps(row) + \"\\n\")", "", "", "if __name__ == \"__main__\":", "    main()"]
    rel = pick(r, ["monitoring/%s_exporter.py" % ("ontap" if ontap else "powerscale"), "scripts/quota_report.py", "bin/storage-usage.py"])
    return rel, "py", "\n".join(lines) + "\n"


@tpl("pure_api_token")
def t_pure_python(r, v, obv):
    arr = host(r, "pure")
    lines = ["import purestorage", "import csv", "import sys", "", "ARRAY = \"%s\"" % arr]
    if obv:
        lines += ["API_TOKEN = \"%s\"" % v["secret"], "", "fa = purestorage.FlashArray(ARRAY, api_token=API_TOKEN)"]
    else:
        lines += ["", "fa = purestorage.FlashArray(ARRAY, None, None, \"%s\")" % v["secret"]]
    lines += ["", "w = csv.writer(sys.stdout)", "w.writerow([\"name\", \"serial\", \"size\", \"data_reduction\"])",
              "for vol in fa.list_volumes(space=True):",
              "    w.writerow([vol[\"name\"], vol.get(\"serial\"), vol[\"size\"], vol.get(\"data_reduction\")])",
              "fa.invalidate_cookie()"]
    rel = pick(r, ["scripts/pure_volumes.py", "tools/flasharray_report.py", "reporting/pure.py"])
    return rel, "py", "\n".join(lines) + "\n"


@tpl("pure_api_token")
def t_pure_ansible(r, v, obv):
    lines = ["---", "# host_vars for the FlashArray in rack %s" % pick(r, ["B4", "C12", "A7"]),
             "fa_url: %s" % ip(r)]
    lines += ["fa_api_token: %s" % yq(r, v["secret"]) if obv else "fa_%s: %s" % (pick(r, ["ref", "auth", "t"]), yq(r, v["secret"]))]
    lines += ["fa_hostgroup: %s" % pick(r, ["esx-prod", "hpc-nodes", "oracle"]),
              "fa_volumes:"] + ["  - name: %s-%02d\n    size: %dT" % (proj(r), i, r.choice([1, 2, 10])) for i in range(r.randint(2, 4))] + [
              "fa_protection_group: %s-pg" % proj(r), "fa_snapshot_retention_days: %d" % r.choice([7, 14, 30])]
    rel = pick(r, ["host_vars/flasharray01.yml", "inventory/host_vars/pure-a.yml", "group_vars/pure.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("powerscale_password")
def t_powerscale_tf(r, v, obv):
    lines = ["terraform {", "  required_providers {", "    powerscale = {", "      source = \"dell/powerscale\"",
             "    }", "  }", "}", "", "provider \"powerscale\" {", "  username = \"%s\"" % pick(r, ["root", "admin", "tf-automation"])]
    lines += ["  password = \"%s\"" % v["secret"]] if obv else ["  password = local.isi_p"]
    lines += ["  endpoint = \"https://%s:8080\"" % host(r, "isilon"), "  insecure = true", "}", ""]
    if not obv:
        lines += ["locals {", "  isi_p = \"%s\"" % v["secret"], "}", ""]
    p = proj(r)
    lines += ["resource \"powerscale_nfs_export\" \"%s\" {" % p, "  paths = [\"/ifs/data/%s\"]" % p,
              "  clients = [\"%s/16\"]" % ".".join(ip(r).split(".")[:2] + ["0", "0"]), "  map_root = {", "    enabled = false", "  }", "}"]
    rel = pick(r, ["terraform/powerscale/main.tf", "infra/isilon.tf", "main.tf"])
    return rel, "tf", "\n".join(lines) + "\n"


@tpl("truenas_api_key")
def t_truenas_curl(r, v, obv):
    h = host(r, "truenas")
    lines = ["#!/bin/sh", "# snapshot + replication kick-off for %s" % pick(r, ["tank/projects", "pool0/home", "tank/vm"]),
             "TRUENAS=https://%s" % h]
    if obv:
        lines += ["TRUENAS_API_KEY=\"%s\"" % v["secret"], "AUTH=\"Authorization: Bearer ${TRUENAS_API_KEY}\""]
    else:
        lines += ["AUTH=\"Authorization: Bearer %s\"" % v["secret"]]
    ds = pick(r, ["tank/projects", "pool0/home", "tank/research"])
    lines += ["", "curl -sk -H \"$AUTH\" -H 'Content-Type: application/json' \\",
              "  -X POST \"$TRUENAS/api/v2.0/zfs/snapshot\" \\",
              "  -d '{\"dataset\": \"%s\", \"name\": \"manual-'\"$(date +%%Y%%m%%d-%%H%%M)\"'\", \"recursive\": true}'" % ds,
              "", "curl -sk -H \"$AUTH\" \"$TRUENAS/api/v2.0/replication/id/%d/run\" -X POST" % r.randint(1, 9),
              "curl -sk -H \"$AUTH\" \"$TRUENAS/api/v2.0/pool\" | jq '.[] | {name, status, healthy}'"]
    rel = pick(r, ["scripts/truenas-snapshot.sh", "bin/nas-replicate.sh", "ops/truenas.sh"])
    return rel, "sh", "\n".join(lines) + "\n"


@tpl("truenas_api_key", "synology_password", "qnap_password")
def t_nas_homeassistant_yaml(r, v, obv):
    kind = v["kind"]
    if kind == "truenas_api_key":
        lines = ["# homepage dashboard services.yaml", "- Storage:", "    - TrueNAS:", "        icon: truenas.png",
                 "        href: https://%s" % host(r, "truenas"), "        widget:", "          type: truenas",
                 "          url: https://%s" % host(r, "truenas"), "          %s: %s" % ("key" if obv else "k", yq(r, v["secret"])),
                 "          enablePools: true"]
    else:
        t = "diskstation" if kind == "synology_password" else "qnap"
        lines = ["# homepage dashboard services.yaml", "- Storage:", "    - %s:" % ("Synology" if t == "diskstation" else "QNAP"),
                 "        icon: %s.png" % ("synology" if t == "diskstation" else "qnap"),
                 "        href: https://%s:%d" % (host(r, "nas"), 5001 if t == "diskstation" else 443),
                 "        widget:", "          type: %s" % t, "          url: https://%s:%d" % (ip(r), 5001 if t == "diskstation" else 443),
                 "          username: %s" % pick(r, ["admin", "dashboard", "monitor"]),
                 "          %s: %s" % ("password" if obv else "pw", yq(r, v["secret"]))]
    lines += ["    - Jellyfin:", "        href: http://%s:8096" % ip(r), "        icon: jellyfin.png",
              "- Network:", "    - Router:", "        href: http://%s" % ip(r), "        ping: %s" % ip(r)]
    rel = pick(r, ["homepage/config/services.yaml", "config/services.yaml", "dashboard/services.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("synology_password")
def t_synology_api_sh(r, v, obv):
    h = host(r, "ds")
    user = pick(r, ["admin", "backup-svc", "syno-admin"])
    lines = ["#!/usr/bin/env bash", "# pull Hyper Backup task status from the DSM Web API", "set -euo pipefail",
             "DSM=https://%s:5001" % h]
    if obv:
        lines += ["DSM_USER=%s" % user, "DSM_PASS='%s'" % v["secret"],
                  "SID=$(curl -sk \"$DSM/webapi/auth.cgi?api=SYNO.API.Auth&version=3&method=login&account=$DSM_USER&passwd=$DSM_PASS&session=HyperBackup&format=sid\" | jq -r .data.sid)"]
    else:
        lines += ["SID=$(curl -sk \"$DSM/webapi/auth.cgi?api=SYNO.API.Auth&version=3&method=login&account=%s&passwd=%s&session=HyperBackup&format=sid\" | jq -r .data.sid)" % (user, v["secret"])]
    lines += ["curl -sk \"$DSM/webapi/entry.cgi?api=SYNO.Backup.Task&version=1&method=list&_sid=$SID\" | jq .",
              "curl -sk \"$DSM/webapi/auth.cgi?api=SYNO.API.Auth&version=1&method=logout&session=HyperBackup&_sid=$SID\" >/dev/null"]
    rel = pick(r, ["scripts/syno-backup-status.sh", "bin/dsm-check.sh", "monitoring/synology.sh"])
    return rel, "sh", "\n".join(lines) + "\n"


@tpl("qnap_password")
def t_qnap_py(r, v, obv):
    lines = ["from qnapstats import QNAPStats", "import json", "", "HOST = \"%s\"" % ip(r), "PORT = %d" % r.choice([8080, 443, 8081])]
    if obv:
        lines += ["USER = \"%s\"" % pick(r, ["admin", "monitor"]), "PASSWORD = \"%s\"" % v["secret"], "",
                  "qnap = QNAPStats(HOST, PORT, USER, PASSWORD)"]
    else:
        lines += ["", "qnap = QNAPStats(HOST, PORT, \"%s\", \"%s\")" % (pick(r, ["admin", "monitor"]), v["secret"])]
    lines += ["", "report = {", "    \"system\": qnap.get_system_stats(),", "    \"volumes\": qnap.get_volumes(),",
              "    \"smart\": qnap.get_smart_disk_health(),", "}", "print(json.dumps(report, indent=2, default=str))"]
    rel = pick(r, ["scripts/qnap_health.py", "monitoring/qnap.py", "nas/report.py"])
    return rel, "py", "\n".join(lines) + "\n"


# ----------------------------- iSCSI ---------------------------------------

@tpl("iscsi_chap_secret")
def t_iscsid_conf(r, v, obv):
    user = v.get("id", "chapuser")
    lines = ["#", "# Open-iSCSI default configuration.", "#",
             "iscsid.startup = /bin/systemctl start iscsid.socket iscsiuio.socket",
             "node.startup = automatic", "node.leading_login = No", "",
             "# *************", "# CHAP Settings", "# *************", "",
             "# To enable CHAP authentication set node.session.auth.authmethod",
             "node.session.auth.authmethod = CHAP", "",
             "# To set a CHAP username and password for initiator",
             "node.session.auth.username = %s" % user]
    lines.append("node.session.auth.password = %s" % v["secret"] if obv else "discovery.sendtargets.auth.password = %s" % v["secret"])
    if not obv:
        lines.insert(-1, "discovery.sendtargets.auth.authmethod = CHAP")
        lines.insert(-1, "discovery.sendtargets.auth.username = %s" % user)
    lines += ["", "node.session.timeo.replacement_timeout = %d" % r.choice([5, 15, 120]),
              "node.conn[0].timeo.login_timeout = 15", "node.conn[0].timeo.logout_timeout = 15",
              "node.conn[0].timeo.noop_out_interval = 5", "node.conn[0].timeo.noop_out_timeout = 5",
              "node.session.cmds_max = 128", "node.session.queue_depth = 32",
              "node.session.iscsi.InitialR2T = No", "node.session.iscsi.ImmediateData = Yes",
              "node.session.iscsi.FirstBurstLength = 262144", "node.session.iscsi.MaxBurstLength = 16776192"]
    rel = pick(r, ["etc/iscsi/iscsid.conf", "roles/iscsi/files/iscsid.conf", "files/iscsid.conf"])
    return rel, "conf", "\n".join(lines) + "\n"


@tpl("iscsi_chap_secret")
def t_targetcli_json(r, v, obv):
    tgt = iqn(r)
    ini = iqn(r, "initiator")
    acl = {"chap_userid": v.get("id", ""), "chap_password": v["secret"] if obv else "",
           "chap_mutual_userid": "" if obv else "target-%s" % proj(r), "chap_mutual_password": "" if obv else v["secret"],
           "mapped_luns": [{"index": 0, "tpg_lun": 0, "write_protect": False}],
           "node_wwn": ini}
    cfg = {"fabric_modules": [], "storage_objects": [{
        "dev": "/dev/%s/%s" % (pick(r, ["vg_iscsi", "data"]), pick(r, ["lun0", "vmstore", "scratch"])),
        "name": pick(r, ["lun0", "vmstore", "scratch"]), "plugin": "block", "readonly": False,
        "write_back": False, "wwn": uuid4(r), "alua_tpgs": [{"name": "default_tg_pt_gp", "tg_pt_gp_id": 0}]}],
        "targets": [{"fabric": "iscsi", "wwn": tgt, "tpgs": [{
            "enable": True, "tag": 1,
            "attributes": {"authentication": 1, "generate_node_acls": 0, "demo_mode_write_protect": 1},
            "luns": [{"index": 0, "storage_object": "/backstores/block/lun0", "alua_tg_pt_gp_name": "default_tg_pt_gp"}],
            "node_acls": [acl],
            "portals": [{"ip_address": "0.0.0.0", "iser": False, "offload": False, "port": 3260}]}]}]}
    rel = pick(r, ["etc/target/saveconfig.json", "roles/iscsi-target/files/saveconfig.json", "targetcli/saveconfig.json"])
    return rel, "json", json.dumps(cfg, indent=2) + "\n"


@tpl("iscsi_chap_secret")
def t_iscsi_ansible(r, v, obv):
    lines = ["---", "- name: Log in to the iSCSI target for VM storage", "  hosts: %s" % pick(r, ["hypervisors", "db_nodes", "backup"]),
             "  become: true", "  tasks:", "    - name: Discover and login",
             "      community.general.open_iscsi:", "        portal: %s" % ip(r), "        port: '3260'",
             "        target: %s" % iqn(r), "        login: true", "        discover: true", "        auto_node_startup: true",
             "        node_auth: CHAP", "        node_user: %s" % v.get("id", "chapuser")]
    lines += ["        node_pass: %s" % yq(r, v["secret"])] if obv else \
        ["        node_pass: \"{{ chap_b }}\"", "      vars:", "        chap_b: %s" % yq(r, v["secret"])]
    lines += ["    - name: Make filesystem", "      community.general.filesystem:", "        fstype: xfs",
              "        dev: /dev/disk/by-path/ip-{{ portal }}:3260-iscsi-{{ target }}-lun-0"]
    rel = pick(r, ["playbooks/iscsi-login.yml", "ansible/iscsi.yml", "roles/iscsi_client/tasks/main.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


# ----------------------------- Kerberos / munge / slurm --------------------

@tpl("kerberos_keytab")
def t_keytab_vars(r, v, obv):
    realm = site(r).upper()
    h = host(r, pick(r, ["nfs", "login", "dtn", "c"]))
    if v.get("neg"):
        kt = v["secret"]
    else:
        kt = keytab_b64(r, "nfs/%s" % h, realm)
        v["secret"] = kt
    if r.random() < 0.5:
        lines = ["---", "# host_vars/%s.yml" % h.split(".")[0], "krb5_realm: %s" % realm,
                 "krb5_kdcs:", "  - kdc1.%s" % realm.lower(), "  - kdc2.%s" % realm.lower(),
                 "nfs_sec: krb5p", "idmap_domain: %s" % realm.lower(),
                 "%s: %s" % ("nfs_keytab_b64" if obv else "host_blob", yq(r, kt)),
                 "nfs_mounts:", "  - src: nfs.%s:/export/home" % realm.lower(), "    path: /home",
                 "    opts: sec=krb5p,vers=4.2,_netdev"]
        rel = pick(r, ["host_vars/%s.yml" % h.split(".")[0], "inventory/host_vars/%s/krb.yml" % h.split(".")[0]])
        return rel, "yaml", "\n".join(lines) + "\n"
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % pick(r, ["nfs-krb5-keytab", "krb5-keytab", "host-keytab"]),
             "  namespace: %s" % pick(r, ["nfs", "storage", "jupyterhub"]), "type: Opaque", "data:",
             "  %s: %s" % ("krb5.keytab" if obv else "file", yq(r, kt)),
             "---", "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: krb5-conf", "data:",
             "  krb5.conf: |", "    [libdefaults]", "      default_realm = %s" % realm,
             "      dns_lookup_kdc = false", "    [realms]", "      %s = {" % realm, "        kdc = kdc1.%s" % realm.lower(), "      }"]
    rel = pick(r, ["k8s/nfs-krb5/secret.yaml", "manifests/keytab-secret.yaml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("munge_key", "slurm_jwt_key")
def t_munge_vars(r, v, obv):
    munge = v["kind"] == "munge_key"
    cl = pick(r, ["orion", "hopper", "nebula", "tardis", "kestrel", "marmot"])
    lines = ["---", "# group_vars/slurm.yml -- cluster %s" % cl, "slurm_cluster_name: %s" % cl,
             "slurm_version: \"%d.%02d.%d\"" % (r.choice([23, 24, 25]), r.choice([2, 5, 11]), r.randint(1, 6)),
             "slurm_controller: %s" % host(r, "slurmctld"), "slurmdbd_host: %s" % host(r, "slurmdbd"),
             "slurm_partitions:", "  - name: %s" % pick(r, ["compute", "batch", "normal"]), "    default: true",
             "    nodes: \"c[001-%03d]\"" % r.choice([64, 128, 256]), "    max_time: \"%d-00:00:00\"" % r.choice([2, 7, 14]),
             "  - name: gpu", "    nodes: \"g[01-%02d]\"" % r.choice([8, 16, 24])]
    if munge:
        lines += ["munge_key_path: /etc/munge/munge.key",
                  "%s: %s" % ("munge_key_b64" if obv else "munge_content", yq(r, v["secret"]))]
    else:
        lines += ["slurm_auth_alt_types: auth/jwt", "slurm_jwt_key_path: /var/spool/slurm/statesave/jwt_hs256.key",
                  "%s: %s" % ("slurm_jwt_key" if obv else "statesave_blob", yq(r, v["secret"]))]
    lines += ["slurm_accounting_storage: slurmdbd", "slurm_select_type: select/cons_tres"]
    rel = pick(r, ["group_vars/slurm.yml", "inventories/%s/group_vars/all/slurm.yml" % cl, "roles/slurm/defaults/main.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("munge_key")
def t_munge_k8s(r, v, obv):
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % pick(r, ["munge-key", "slurm-munge", "munge"]),
             "  namespace: %s" % pick(r, ["slurm", "hpc", "soperator"]),
             "  labels:", "    app.kubernetes.io/part-of: slurm", "type: Opaque", "data:",
             "  %s: %s" % ("munge.key" if obv else "key", yq(r, v["secret"])),
             "---", "apiVersion: apps/v1", "kind: StatefulSet", "metadata:", "  name: slurmctld", "spec:",
             "  serviceName: slurmctld", "  replicas: 1", "  template:", "    spec:", "      containers:",
             "        - name: slurmctld", "          image: ghcr.io/%s/slurm:%d.%02d" % (pick(r, ["hpc-lab", "rc-team"]), r.choice([23, 24]), r.choice([2, 5, 11])),
             "          volumeMounts:", "            - name: munge", "              mountPath: /etc/munge",
             "      volumes:", "        - name: munge", "          secret:", "            secretName: munge-key",
             "            defaultMode: 0400"]
    rel = pick(r, ["k8s/slurm/munge-secret.yaml", "deploy/slurm/munge.yaml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("slurmdbd_storage_pass")
def t_slurmdbd_conf(r, v, obv):
    lines = ["#", "# slurmdbd.conf -- %s" % pick(r, ["managed by puppet", "accounting daemon", "DO NOT EDIT ON NODE"]), "#",
             "AuthType=auth/munge", "AuthInfo=/var/run/munge/munge.socket.2",
             "DbdHost=%s" % host(r, "slurmdbd").split(".")[0], "DbdPort=6819", "SlurmUser=slurm",
             "DebugLevel=info", "LogFile=/var/log/slurm/slurmdbd.log", "PidFile=/var/run/slurmdbd/slurmdbd.pid",
             "PurgeEventAfter=%dmonths" % r.choice([6, 12, 24]), "PurgeJobAfter=%dmonths" % r.choice([12, 24, 36]),
             "ArchiveEvents=yes", "ArchiveJobs=yes", "ArchiveDir=/var/spool/slurm/archive", "#",
             "# Database info", "StorageType=accounting_storage/mysql",
             "StorageHost=%s" % host(r, "mariadb"), "StoragePort=3306",
             "StorageUser=%s" % pick(r, ["slurm", "slurmdbd", "slurm_acct"]),
             "StoragePass=%s" % v["secret"], "StorageLoc=slurm_acct_db"]
    if not obv:
        lines = lines[:-2] + ["StorageLoc=slurm_acct_db", "StoragePass=%s" % v["secret"]]
    rel = pick(r, ["slurmdbd.conf", "etc/slurm/slurmdbd.conf", "roles/slurm/files/slurmdbd.conf"])
    return rel, "slurm-conf", "\n".join(lines) + "\n"


@tpl("slurmdbd_storage_pass", "mysql_password", "xdmod_db_password")
def t_mariadb_compose(r, v, obv):
    kind = v["kind"]
    db = {"slurmdbd_storage_pass": "slurm_acct_db", "mysql_password": pick(r, ["coldfront", "portal"]), "xdmod_db_password": "modw"}[kind]
    user = {"slurmdbd_storage_pass": "slurm", "mysql_password": db, "xdmod_db_password": "xdmod"}[kind]
    lines = ["services:", "  mysql:", "    image: mariadb:%s" % pick(r, ["10.11", "11.4", "10.6"]),
             "    hostname: mysql", "    environment:",
             "      MARIADB_RANDOM_ROOT_PASSWORD: \"yes\"", "      MARIADB_DATABASE: %s" % db,
             "      MARIADB_USER: %s" % user]
    lines += ["      MARIADB_PASSWORD: %s" % yq(r, v["secret"])] if obv else []
    lines += ["    volumes:", "      - var_lib_mysql:/var/lib/mysql", ""]
    svc = {"slurmdbd_storage_pass": "slurmdbd", "mysql_password": "coldfront", "xdmod_db_password": "xdmod"}[kind]
    lines += ["  %s:" % svc, "    image: %s" % pick(r, ["giovtorres/slurm-docker-cluster:latest", "ghcr.io/ubccr/%s:latest" % svc]),
              "    depends_on:", "      - mysql"]
    if not obv:
        lines += ["    command: [\"--db-url\", \"mysql://%s:%s@mysql:3306/%s\"]" % (user, v["secret"], db)]
    lines += ["    volumes:", "      - etc_munge:/etc/munge", "", "volumes:", "  var_lib_mysql:", "  etc_munge:"]
    rel = pick(r, ["docker-compose.yml", "compose/dev.yml", "docker-compose.dev.yaml"])
    return rel, "yaml", "\n".join(lines) + "\n"


# ----------------------------- JupyterHub / OOD / Globus -------------------

@tpl("jupyterhub_proxy_auth_token", "jupyterhub_cookie_secret", "jupyterhub_api_token")
def t_jupyterhub_config(r, v, obv):
    kind = v["kind"]
    lines = ["# jupyterhub_config.py", "import os", "", "c = get_config()  # noqa", "",
             "c.JupyterHub.bind_url = \"http://:8000/%s\"" % pick(r, ["", "jupyter/", "hub/"]),
             "c.JupyterHub.hub_ip = \"%s\"" % pick(r, ["0.0.0.0", ip(r)]),
             "c.JupyterHub.db_url = \"sqlite:////srv/jupyterhub/jupyterhub.sqlite\"",
             "c.JupyterHub.spawner_class = \"%s\"" % pick(r, ["batchspawner.SlurmSpawner", "wrapspawner.ProfilesSpawner", "sudospawner.SudoSpawner"]),
             "c.Spawner.default_url = \"/lab\"",
             "c.Spawner.start_timeout = %d" % r.choice([120, 300, 600]),
             "c.SlurmSpawner.req_partition = \"%s\"" % pick(r, ["interactive", "jupyter", "compute"]),
             "c.SlurmSpawner.req_runtime = \"%02d:00:00\"" % r.choice([4, 8, 12]),
             "c.Authenticator.admin_users = {%s}" % ", ".join("\"%s\"" % person(r) for _ in range(2)),
             "c.Authenticator.allowed_users = set()", ""]
    if kind == "jupyterhub_proxy_auth_token":
        lines += ["c.ConfigurableHTTPProxy.auth_token = \"%s\"" % v["secret"]] if obv else \
            ["_p = \"%s\"" % v["secret"], "c.ConfigurableHTTPProxy.api_url = \"http://127.0.0.1:8001\"",
             "c.ConfigurableHTTPProxy.auth_token = _p"]
        lines += ["c.JupyterHub.cookie_secret_file = \"/srv/jupyterhub/jupyterhub_cookie_secret\""]
    elif kind == "jupyterhub_cookie_secret":
        lines += ["c.JupyterHub.cookie_secret = bytes.fromhex(\"%s\")" % v["secret"]] if obv else \
            ["c.JupyterHub.cookie_secret = \"%s\".encode()" % v["secret"]]
        lines += ["c.ConfigurableHTTPProxy.auth_token = os.environ[\"CONFIGPROXY_AUTH_TOKEN\"]"]
    else:
        svc = pick(r, ["idle-culler", "announcement", "grafana-exporter", "ood-bridge"])
        lines += ["c.JupyterHub.services = [", "    {", "        \"name\": \"%s\"," % svc,
                  "        \"%s\": \"%s\"," % ("api_token" if obv else "admin_x", v["secret"]) if obv else
                  "        \"api_token\": TOKENS[0],",
                  "        \"command\": [\"python3\", \"-m\", \"jupyterhub_idle_culler\", \"--timeout=%d\"]," % r.choice([3600, 7200]),
                  "    }", "]"]
        if not obv:
            lines.insert(lines.index("c.JupyterHub.services = ["), "TOKENS = [\"%s\"]" % v["secret"])
        lines += ["c.JupyterHub.load_roles = [{\"name\": \"%s\", \"scopes\": [\"list:users\", \"admin:servers\"], \"services\": [\"%s\"]}]" % (svc, svc)]
    lines += ["", "c.JupyterHub.log_level = \"INFO\""]
    rel = pick(r, ["jupyterhub_config.py", "etc/jupyterhub/jupyterhub_config.py", "deploy/jupyterhub/jupyterhub_config.py",
                   "roles/jupyterhub/files/jupyterhub_config.py"])
    return rel, "py", "\n".join(lines) + "\n"


@tpl("jupyterhub_proxy_auth_token", "jupyterhub_cookie_secret", "jupyterhub_api_token")
def t_z2jh_values(r, v, obv):
    kind = v["kind"]
    lines = ["# zero-to-jupyterhub config.yaml", "hub:"]
    if kind == "jupyterhub_cookie_secret":
        lines += ["  cookieSecret: %s" % yq(r, v["secret"])] if obv else ["  extraEnv:", "    JPY_COOKIE_SECRET: %s" % yq(r, v["secret"])]
    if kind == "jupyterhub_api_token":
        lines += ["  services:", "    %s:" % pick(r, ["binderhub", "grafana", "dask-gateway"])]
        lines += ["      apiToken: %s" % yq(r, v["secret"])] if obv else ["      url: http://svc:8000", "      apiToken: %s" % yq(r, v["secret"])]
    lines += ["  config:", "    GenericOAuthenticator:", "      client_id: jupyterhub",
              "      oauth_callback_url: https://jupyter.%s/hub/oauth_callback" % site(r),
              "      authorize_url: https://sso.%s/realms/hpc/protocol/openid-connect/auth" % site(r),
              "      username_claim: preferred_username", "    JupyterHub:", "      authenticator_class: generic-oauth"]
    lines += ["proxy:"]
    if kind == "jupyterhub_proxy_auth_token":
        lines += ["  secretToken: %s" % yq(r, v["secret"])] if obv else ["  chp:", "    extraEnv:", "      CONFIGPROXY_AUTH_TOKEN: %s" % yq(r, v["secret"])]
    lines += ["  https:", "    enabled: true", "    hosts:", "      - jupyter.%s" % site(r), "    letsencrypt:",
              "      contactEmail: %s@%s" % (person(r), site(r)), "singleuser:", "  image:",
              "    name: quay.io/jupyter/%s" % pick(r, ["scipy-notebook", "datascience-notebook", "pytorch-notebook"]),
              "    tag: \"%s\"" % date(r), "  memory:", "    limit: %dG" % r.choice([4, 8, 16]), "  storage:",
              "    capacity: %dGi" % r.choice([10, 20, 50])]
    rel = pick(r, ["config.yaml", "jupyterhub/values.yaml", "helm/z2jh/config.yaml", "clusters/prod/jupyterhub/values.yaml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("jupyterhub_proxy_auth_token", "jupyterhub_api_token")
def t_jupyter_systemd(r, v, obv):
    prox = v["kind"] == "jupyterhub_proxy_auth_token"
    var = ("CONFIGPROXY_AUTH_TOKEN" if prox else "JUPYTERHUB_API_TOKEN") if obv else pick(r, ["HUB_SVC_ARG", "JH_T"])
    lines = ["[Unit]", "Description=%s" % ("JupyterHub" if prox else "JupyterHub idle culler"), "After=network-online.target",
             "", "[Service]", "User=%s" % pick(r, ["jupyterhub", "root", "jhub"]),
             "Environment=PATH=/opt/jupyterhub/bin:/usr/bin:/bin",
             "Environment=%s=%s" % (var, v["secret"])]
    if not obv:
        lines.append("Environment=%s=${%s}" % ("CONFIGPROXY_AUTH_TOKEN" if prox else "JUPYTERHUB_API_TOKEN", var))
    lines += ["WorkingDirectory=/srv/jupyterhub",
              "ExecStart=/opt/jupyterhub/bin/%s" % ("jupyterhub -f /etc/jupyterhub/jupyterhub_config.py" if prox else "python3 -m jupyterhub_idle_culler --timeout=3600"),
              "Restart=on-failure", "RestartSec=5", "", "[Install]", "WantedBy=multi-user.target"]
    rel = pick(r, ["systemd/jupyterhub.service", "roles/jupyterhub/files/jupyterhub.service", "etc/systemd/system/jupyterhub.service"])
    return rel, "service", "\n".join(lines) + "\n"


@tpl("jupyterhub_proxy_auth_token", "minio_root_password", "globus_client_secret")
def t_dockerfile_env(r, v, obv):
    kind = v["kind"]
    if kind == "jupyterhub_proxy_auth_token":
        lines = ["FROM quay.io/jupyterhub/jupyterhub:%s" % pick(r, ["4.1", "5.2", "5.3"]),
                 "RUN pip install --no-cache-dir batchspawner oauthenticator jupyterhub-idle-culler",
                 "COPY jupyterhub_config.py /srv/jupyterhub/",
                 "ENV %s=%s" % ("CONFIGPROXY_AUTH_TOKEN" if obv else "HUB_BOOT", v["secret"]),
                 "EXPOSE 8000", "CMD [\"jupyterhub\", \"-f\", \"/srv/jupyterhub/jupyterhub_config.py\"]"]
    elif kind == "minio_root_password":
        lines = ["FROM quay.io/minio/minio:latest", "ENV MINIO_ROOT_USER=%s" % v.get("id", "admin"),
                 "ENV %s=%s" % ("MINIO_ROOT_PASSWORD" if obv else "MINIO_ROOT_PASSWORD ", v["secret"]) if obv else
                 "ENV MINIO_ROOT_PASSWORD %s" % v["secret"],
                 "COPY certs/ /root/.minio/certs/", "EXPOSE 9000 9001", "CMD [\"server\", \"/data\", \"--console-address\", \":9001\"]"]
    else:
        lines = ["FROM python:3.%d-slim" % r.choice([10, 11, 12]), "WORKDIR /app", "COPY requirements.txt .",
                 "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .",
                 "ENV GLOBUS_CLIENT_ID=%s" % v.get("id", ""),
                 "ENV %s=%s" % ("GLOBUS_CLIENT_SECRET" if obv else "APP_K2", v["secret"]),
                 "ENV TRANSFER_COLLECTION=%s" % uuid4(r), "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8080\", \"portal.wsgi\"]"]
    lines = ["# syntax=docker/dockerfile:1"] + lines
    rel = pick(r, ["Dockerfile", "docker/Dockerfile", "images/%s/Dockerfile" % pick(r, ["hub", "minio", "portal"])])
    return rel, "dockerfile", "\n".join(lines) + "\n"


@tpl("ood_oidc_client_secret")
def t_ood_portal(r, v, obv):
    s = site(r)
    lines = ["---", "# /etc/ood/config/ood_portal.yml", "servername: ondemand.%s" % s, "port: 443",
             "ssl:", "  - 'SSLCertificateFile \"/etc/pki/tls/certs/ondemand.crt\"'",
             "  - 'SSLCertificateKeyFile \"/etc/pki/tls/private/ondemand.key\"'",
             "logroot: \"/var/log/ondemand-nginx\"", "lua_log_level: \"info\"",
             "auth:", "  - \"AuthType openid-connect\"", "  - \"Require valid-user\"",
             "oidc_uri: \"/oidc\"", "oidc_provider_metadata_url: \"https://sso.%s/realms/hpc/.well-known/openid-configuration\"" % s,
             "oidc_client_id: \"ondemand.%s\"" % s]
    if obv:
        lines += ["oidc_client_secret: %s" % yq(r, v["secret"], force=True)]
    else:
        lines += ["oidc_settings:", "  OIDCClientSecret: %s" % yq(r, v["secret"], force=True)]
    lines += ["oidc_remote_user_claim: \"preferred_username\"", "oidc_scope: \"openid profile email\"",
              "oidc_session_inactivity_timeout: 28800", "oidc_session_max_duration: 28800",
              "oidc_state_max_number_of_cookies: \"10 true\"", "host_regex: '[\\w.-]+\\.%s'" % s.replace(".", "\\."),
              "node_uri: '/node'", "rnode_uri: '/rnode'"]
    rel = pick(r, ["ood_portal.yml", "etc/ood/config/ood_portal.yml", "roles/ood/files/ood_portal.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("globus_client_secret")
def t_globus_py(r, v, obv):
    lines = ["import globus_sdk", "", "COLLECTION = \"%s\"" % uuid4(r), "DEST = \"%s\"" % uuid4(r)]
    if obv:
        lines += ["CLIENT_ID = \"%s\"" % v.get("id", ""), "CLIENT_SECRET = \"%s\"" % v["secret"], "",
                  "client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)"]
    else:
        lines += ["", "client = globus_sdk.ConfidentialAppAuthClient(", "    \"%s\"," % v.get("id", ""), "    \"%s\"," % v["secret"], ")"]
    lines += ["authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)",
              "tc = globus_sdk.TransferClient(authorizer=authorizer)", "",
              "tdata = globus_sdk.TransferData(tc, COLLECTION, DEST, label=\"%s nightly\", sync_level=\"checksum\")" % proj(r),
              "tdata.add_item(\"/%s/\", \"/archive/%s/\", recursive=True)" % (proj(r), proj(r)),
              "task = tc.submit_transfer(tdata)", "print(\"submitted\", task[\"task_id\"])"]
    rel = pick(r, ["scripts/globus_nightly.py", "transfer/submit.py", "globus/sync_archive.py"])
    return rel, "py", "\n".join(lines) + "\n"


@tpl("globus_client_secret", "ood_oidc_client_secret")
def t_oidc_dotenv(r, v, obv):
    kind = v["kind"]
    lines = ["# portal settings (%s)" % pick(r, ["prod", "test"]), "DJANGO_DEBUG=False",
             "ALLOWED_HOSTS=portal.%s" % site(r), "TIME_ZONE=%s" % pick(r, ["UTC", "America/New_York", "Europe/Berlin"])]
    if kind == "globus_client_secret":
        lines += ["GLOBUS_CLIENT_ID=%s" % v.get("id", ""),
                  "%s=%s" % ("GLOBUS_CLIENT_SECRET" if obv else "SOCIAL_AUTH_GLOBUS_SECRET", v["secret"])]
    else:
        lines += ["OIDC_RP_CLIENT_ID=coldfront",
                  "%s=%s" % ("OIDC_RP_CLIENT_SECRET" if obv else "OIDC_RP_CS", v["secret"]),
                  "OIDC_OP_TOKEN_ENDPOINT=https://sso.%s/realms/hpc/protocol/openid-connect/token" % site(r)]
    lines += ["EMAIL_HOST=smtp.%s" % site(r), "CENTER_NAME=\"%s Research Computing\"" % pick(r, ["Campus", "Institute", "Lab"])]
    rel = pick(r, [".env", "coldfront.env", "portal/.env.prod"])
    return rel, "env", "\n".join(lines) + "\n"


# ----------------------------- iRODS / BeeGFS / GPFS / HTCondor / PBS ------

@tpl("irods_password")
def t_irods_py(r, v, obv):
    zone = pick(r, ["tempZone", "hpcZone", "archiveZone", "labZone"])
    lines = ["from irods.session import iRODSSession", "import os", "", "ZONE = \"%s\"" % zone]
    if obv:
        lines += ["IRODS_PASSWORD = \"%s\"" % v["secret"], "",
                  "with iRODSSession(host=\"%s\", port=1247, user=\"%s\", password=IRODS_PASSWORD, zone=ZONE) as s:" % (host(r, "irods"), pick(r, ["rods", "ingest", "svc_irods"]))]
    else:
        lines += ["", "with iRODSSession(host=\"%s\", port=1247, user=\"%s\", password=\"%s\", zone=ZONE) as s:" % (host(r, "irods"), pick(r, ["rods", "ingest"]), v["secret"])]
    lines += ["    coll = s.collections.get(\"/%s/home/%s\")" % (zone, proj(r)),
              "    for obj in coll.data_objects:", "        print(obj.name, obj.size, obj.checksum)"]
    rel = pick(r, ["scripts/irods_list.py", "ingest/irods_client.py", "tools/irods_audit.py"])
    return rel, "py", "\n".join(lines) + "\n"


@tpl("irods_password", "irods_negotiation_key")
def t_irods_unattended(r, v, obv):
    kind = v["kind"]
    zone = pick(r, ["tempZone", "hpcZone", "archiveZone"])
    cfg = {"admin_password": "", "default_resource_directory": "/var/lib/irods/Vault",
           "default_resource_name": "demoResc",
           "host_system_information": {"service_account_user_name": "irods", "service_account_group_name": "irods"},
           "server_config": {"zone_name": zone, "zone_port": 1247, "zone_user": "rods",
                             "negotiation_key": "", "server_control_plane_key": "", "zone_key": ""}}
    if kind == "irods_password":
        cfg["admin_password"] = v["secret"]
        cfg["server_config"]["negotiation_key"] = "TEMPORARY_32byte_negotiation_key"
        cfg["server_config"]["server_control_plane_key"] = "TEMPORARY__32byte_ctrl_plane_key"
        cfg["server_config"]["zone_key"] = "TEMPORARY_zone_key"
    else:
        cfg["admin_password"] = "{{ irods_admin_password }}"
        cfg["server_config"]["negotiation_key" if obv else "server_control_plane_key"] = v["secret"]
        cfg["server_config"]["server_control_plane_key" if obv else "negotiation_key"] = "/etc/irods/ctrl_key"
        cfg["server_config"]["zone_key"] = "TEMPORARY_zone_key"
    rel = pick(r, ["irods/unattended_install.json", "roles/irods/files/unattended.json", "deploy/irods-setup.json"])
    return rel, "json", json.dumps(cfg, indent=4) + "\n"


@tpl("beegfs_connauth_secret")
def t_beegfs_vars(r, v, obv):
    lines = ["---", "beegfs_version: \"%s\"" % pick(r, ["7.4.4", "7.4.5", "8.0.1"]),
             "beegfs_mgmtd_host: %s" % host(r, "beegfs-mgmt"),
             "beegfs_client_mounts:", "  - path: /mnt/beegfs", "    conf: /etc/beegfs/beegfs-client.conf",
             "beegfs_conn_auth_file: /etc/beegfs/connauthfile",
             "%s: %s" % ("beegfs_connauth_secret" if obv else "beegfs_shared_file_content", yq(r, v["secret"])),
             "beegfs_tune_num_workers: %d" % r.choice([8, 12, 24]),
             "beegfs_storage_targets:"] + ["  - /data/beegfs/stor%02d" % i for i in range(1, r.randint(3, 6))]
    rel = pick(r, ["group_vars/beegfs.yml", "roles/beegfs/defaults/main.yml", "inventory/group_vars/storage/beegfs.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("gpfs_gui_password", "powerscale_password", "ontap_password")
def t_curl_basic_runbook(r, v, obv):
    kind = v["kind"]
    user = pick(r, ["admin", "scalemgmt", "restuser", "monitor"])
    if kind == "gpfs_gui_password":
        h, path, name = host(r, "gpfs-gui"), "/scalemgmt/v2/filesystems/%s/filesets" % pick(r, ["gpfs0", "fs1", "scratch"]), "Storage Scale"
    elif kind == "powerscale_password":
        h, path, name = host(r, "isilon") + ":8080", "/platform/3/snapshot/snapshots", "PowerScale"
    else:
        h, path, name = host(r, "cluster"), "/api/cluster/nodes", "ONTAP"
    lines = ["# %s REST quick reference" % name, "", "Last updated %s by %s." % (date(r), person(r)), "",
             "## Listing", ""]
    if obv:
        lines += ["Login: `%s` / password: `%s`" % (user, v["secret"]), "", "```bash",
                  "curl -k -u %s https://%s%s" % (user, h, path), "```"]
    else:
        lines += ["```bash", "curl -k -u '%s:%s' https://%s%s | jq ." % (user, v["secret"], h, path), "```"]
    lines += ["", "## Notes", "", "- The GUI node is behind the admin VPN only.",
              "- Pagination: add `?lastId=` from the previous page.", "- Ticket: RC-%d" % r.randint(1000, 9999)]
    rel = pick(r, ["docs/runbooks/%s-rest.md" % name.lower().replace(" ", "-"), "notes/runbook.md", "wiki/storage/api.md"])
    return rel, "md", "\n".join(lines) + "\n"


@tpl("htcondor_idtoken")
def t_condor_token_sh(r, v, obv):
    cm = host(r, "cm")
    if v.get("neg"):
        tok = v["secret"]
    else:
        tok = condor_idtoken(r, cm, "condor@%s" % cm)
        v["secret"] = tok
    lines = ["#!/bin/bash", "# provision an execute node for the %s pool" % pick(r, ["OSPool glidein", "campus", "lab"]),
             "set -e", "dnf install -y condor", "cat > /etc/condor/config.d/10-pool.conf <<EOF",
             "CONDOR_HOST = %s" % cm, "use role : Execute", "use security : recommended_v9_0",
             "SEC_DEFAULT_AUTHENTICATION_METHODS = IDTOKENS, FS", "EOF", "install -d -m 0700 /etc/condor/tokens.d"]
    if obv:
        lines += ["TOKEN='%s'" % tok, "echo \"$TOKEN\" > /etc/condor/tokens.d/condor@%s" % cm]
    else:
        lines += ["echo '%s' > /etc/condor/tokens.d/node" % tok]
    lines += ["chmod 0600 /etc/condor/tokens.d/*", "systemctl enable --now condor", "condor_status -af Name State | head"]
    rel = pick(r, ["provision/condor-execute.sh", "scripts/join-pool.sh", "cloud-init/condor.sh"])
    return rel, "sh", "\n".join(lines) + "\n"


@tpl("htcondor_pool_password", "pbs_datastore_password")
def t_hpc_setup_sh(r, v, obv):
    if v["kind"] == "htcondor_pool_password":
        lines = ["#!/bin/bash", "# central manager bootstrap", "set -euo pipefail",
                 "echo 'use role : CentralManager' > /etc/condor/config.d/00-role",
                 "echo 'SEC_PASSWORD_DIRECTORY = /etc/condor/passwords.d' >> /etc/condor/config.d/00-role"]
        lines += ["POOL_PW='%s'" % v["secret"], "condor_store_cred add -c -p \"$POOL_PW\""] if obv else \
            ["condor_store_cred add -c -p '%s'" % v["secret"]]
        lines += ["condor_token_create -identity condor@$(hostname -f) > /etc/condor/tokens.d/condor@$(hostname -f)",
                  "systemctl restart condor"]
    else:
        lines = ["#!/bin/bash", "# PBS Professional server post-install", "set -euo pipefail",
                 ". /etc/pbs.conf", "${PBS_EXEC}/libexec/pbs_postinstall server",
                 "systemctl start pbs"]
        lines += ["DS_PASS='%s'" % v["secret"], "printf '%%s\\n%%s\\n' \"$DS_PASS\" \"$DS_PASS\" | ${PBS_EXEC}/sbin/pbs_ds_password"] if obv else \
            ["printf '%%s\\n%%s\\n' '%s' '%s' | ${PBS_EXEC}/sbin/pbs_ds_password" % (v["secret"], v["secret"])]
        lines += ["qmgr -c 'set server flatuid = true'", "qmgr -c 'set server job_history_enable = 1'",
                  "qmgr -c 'create node %s'" % host(r, "cn").split(".")[0]]
    rel = pick(r, ["scripts/bootstrap-server.sh", "provision/headnode.sh", "setup/post-install.sh"])
    return rel, "sh", "\n".join(lines) + "\n"


@tpl("xdmod_db_password")
def t_xdmod_ini(r, v, obv):
    s = site(r)
    lines = ["[general]", "title = \"%s XDMoD\"" % pick(r, ["Campus", "RC", "HPC"]), "site_address = \"https://xdmod.%s/\"" % s,
             "user_manual = \"https://xdmod.%s/user_manual/\"" % s, "contact_page_recipient = \"hpc-help@%s\"" % s,
             "tech_support_recipient = \"hpc-help@%s\"" % s, "debug_mode = \"off\"", "",
             "[database]", "type = \"mysql\"", "host = \"%s\"" % host(r, "db"), "port = \"3306\"",
             "user = \"xdmod\""]
    lines += ["pass = \"%s\"" % v["secret"]] if obv else ["pass = \"%s\"" % v["secret"]]
    lines += ["", "[datawarehouse]", "db_engine = \"MySQLDB\"", "host = \"%s\"" % host(r, "db"), "port = \"3306\"",
              "user = \"xdmod\"", "pass = \"\"", "", "[mailer]", "sender_name = \"XDMoD\"", "sender_email = \"xdmod@%s\"" % s]
    if not obv:
        # credential lives in [datawarehouse] (often overlooked), [database] refers to it
        i = lines.index("pass = \"%s\"" % v["secret"])
        lines[i] = "pass = \"\""
        lines[lines.index("[datawarehouse]") + 5] = "pass = \"%s\"" % v["secret"]
    rel = pick(r, ["etc/xdmod/portal_settings.ini", "portal_settings.ini", "roles/xdmod/files/portal_settings.ini"])
    return rel, "ini", "\n".join(lines) + "\n"


@tpl("ldap_bind_password")
def t_sssd_conf(r, v, obv):
    s = site(r)
    dc = ",".join("dc=%s" % p for p in s.split("."))
    lines = ["[sssd]", "services = nss, pam, ssh", "domains = %s" % s, "", "[domain/%s]" % s,
             "id_provider = ldap", "auth_provider = ldap", "ldap_uri = ldaps://%s, ldaps://%s" % (host(r, "ldap"), host(r, "ldap")),
             "ldap_search_base = %s" % dc, "ldap_default_bind_dn = cn=%s,ou=services,%s" % (pick(r, ["sssd", "hpc-bind", "nss"]), dc),
             "ldap_default_authtok_type = password",
             "ldap_default_authtok = %s" % v["secret"],
             "ldap_tls_reqcert = demand", "ldap_tls_cacert = /etc/pki/tls/certs/ca-bundle.crt",
             "cache_credentials = True", "enumerate = False", "ldap_user_ssh_public_key = sshPublicKey",
             "override_homedir = /home/%u", "default_shell = /bin/bash"]
    if not obv:
        lines.insert(lines.index("ldap_default_authtok_type = password"), "ldap_id_use_start_tls = false")
    rel = pick(r, ["etc/sssd/sssd.conf", "roles/sssd/files/sssd.conf", "files/sssd.conf"])
    return rel, "conf", "\n".join(lines) + "\n"


# ----------------------------- common cloud / db ---------------------------

@tpl("aws_secret_access_key", "wasabi_secret_key")
def t_aws_credentials(r, v, obv):
    prof = pick(r, ["default", "pcluster", "archive", "wasabi", "backup"])
    lines = ["[default]", "region = %s" % pick(r, ["us-east-1", "us-west-2", "eu-central-1"]), "output = json", ""]
    lines += ["[profile %s]" % prof if r.random() < 0.3 else "[%s]" % prof,
              "aws_access_key_id = %s" % v.get("id", ""),
              "aws_secret_access_key = %s" % v["secret"]]
    if v["kind"] == "wasabi_secret_key":
        lines += ["endpoint_url = %s" % s3_endpoint(r, v["kind"])]
    lines += ["", "[sso-admin]", "sso_start_url = https://%s.awsapps.com/start" % pick(r, ["d-906712ab3c", "rc-org", "lab-sso"]),
              "sso_region = us-east-1", "sso_account_id = %012d" % r.randint(10**11, 10**12 - 1), "sso_role_name = AdministratorAccess"]
    rel = pick(r, ["aws/credentials", ".aws/credentials", "config/aws-credentials.ini", "pcluster/credentials"])
    return rel, "ini", "\n".join(lines) + "\n"


@tpl("azure_storage_account_key")
def t_blobfuse(r, v, obv):
    acct = pick(r, ["hpcscratch", "labarchive", "cryoemdata", "rcbackup"]) + "%02d" % r.randint(1, 99)
    if r.random() < 0.5:
        lines = ["accountName %s" % acct, "accountKey %s" % v["secret"], "containerName %s" % bucket(r), "authType Key"]
        rel = pick(r, ["blobfuse/connection.cfg", "etc/blobfuse/fuse_connection.cfg", "config/blobfuse.cfg"])
        lines = ["# blobfuse v1 connection file, mounted on dtn nodes"] + lines
        return rel, "cfg", "\n".join(lines) + "\n"
    lines = ["allow-other: true", "logging:", "  type: syslog", "  level: log_warning", "components:", "  - libfuse",
             "  - file_cache", "  - attr_cache", "  - azstorage", "file_cache:", "  path: /mnt/resource/blobfusetmp",
             "  timeout-sec: 120", "azstorage:", "  type: block", "  account-name: %s" % acct,
             "  %s: %s" % ("account-key" if obv else "sas", yq(r, v["secret"])) if obv else "  account-key: %s" % yq(r, v["secret"]),
             "  endpoint: https://%s.blob.core.windows.net" % acct, "  mode: key", "  container: %s" % bucket(r)]
    rel = pick(r, ["blobfuse2/config.yaml", "etc/blobfuse2.yaml", "config/azure-mount.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("postgres_password")
def t_pg_url(r, v, obv):
    user = pick(r, ["coldfront", "ood", "xdmod", "portal", "slurmweb", "grafana"])
    h = host(r, "pg")
    if r.random() < 0.5:
        lines = ["import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
                 "DEBUG = False", "ALLOWED_HOSTS = [\"%s.%s\"]" % (user, site(r)), ""]
        if obv:
            lines += ["DATABASES = {", "    \"default\": {", "        \"ENGINE\": \"django.db.backends.postgresql\",",
                      "        \"NAME\": \"%s\"," % user, "        \"USER\": \"%s\"," % user,
                      "        \"PASSWORD\": \"%s\"," % v["secret"], "        \"HOST\": \"%s\"," % h, "        \"PORT\": 5432,", "    }", "}"]
        else:
            lines += ["import dj_database_url", "DATABASES = {\"default\": dj_database_url.parse(",
                      "    \"postgres://%s:%s@%s:5432/%s\"" % (user, v["secret"], h, user), ")}"]
        lines += ["", "TIME_ZONE = \"UTC\"", "STATIC_ROOT = BASE_DIR / \"static\""]
        rel = pick(r, ["coldfront/config/local_settings.py", "portal/settings/production.py", "config/settings.py"])
        return rel, "py", "\n".join(lines) + "\n"
    lines = ["# grafana / exporter datasource", "apiVersion: 1", "datasources:", "  - name: %s" % user, "    type: postgres",
             "    url: %s:5432" % h, "    user: %s" % user, "    jsonData:", "      database: %s" % user, "      sslmode: require"]
    if obv:
        lines += ["    secureJsonData:", "      password: %s" % yq(r, v["secret"])]
    else:
        lines = lines[:6] + ["    url: postgres://%s:%s@%s:5432/%s?sslmode=require" % (user, v["secret"], h, user)] + lines[7:]
    rel = pick(r, ["grafana/provisioning/datasources/postgres.yaml", "monitoring/datasources.yml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl("github_pat")
def t_github_pat_sh(r, v, obv):
    org = pick(r, ["rc-lab", "hpc-team", "campus-research", "uni-hpc"])
    lines = ["#!/bin/bash", "# rebuild the spack environment on %s" % host(r, "login"), "set -euo pipefail",
             "cd /opt/spack-envs"]
    if obv:
        lines += ["GITHUB_TOKEN=%s" % v["secret"],
                  "git clone https://x-access-token:${GITHUB_TOKEN}@github.com/%s/spack-configs.git" % org]
    else:
        lines += ["git clone https://x-access-token:%s@github.com/%s/spack-configs.git" % (v["secret"], org)]
    lines += ["spack env activate spack-configs/%s" % pick(r, ["gcc13", "rocky9", "cuda12"]),
              "spack concretize -f", "spack install -j %d" % r.choice([16, 32, 64]), "spack module lmod refresh -y"]
    rel = pick(r, ["scripts/rebuild-spack.sh", "cron/spack-nightly.sh", "bin/update-modules.sh"])
    return rel, "sh", "\n".join(lines) + "\n"


@tpl("rgw_s3_secret_key", "minio_service_account_secret", "aws_secret_access_key")
def t_core_site_xml(r, v, obv):
    kind = v["kind"]
    ep = s3_endpoint(r, kind)

    def prop(n, val):
        return ["  <property>", "    <name>%s</name>" % n, "    <value>%s</value>" % val, "  </property>"]
    lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml-stylesheet type=\"text/xsl\" href=\"configuration.xsl\"?>",
             "<!-- Spark/Hadoop S3A settings for the %s object store -->" % pick(r, ["Ceph", "lab", "campus"]), "<configuration>"]
    lines += prop("fs.s3a.endpoint", ep) + prop("fs.s3a.path.style.access", "true")
    b = bucket(r)
    if obv:
        lines += prop("fs.s3a.access.key", v.get("id", "")) + prop("fs.s3a.secret.key", v["secret"])
    else:
        lines += prop("fs.s3a.bucket.%s.access.key" % b, v.get("id", "")) + prop("fs.s3a.bucket.%s.secret.key" % b, v["secret"])
    lines += prop("fs.s3a.connection.maximum", str(r.choice([64, 100, 200]))) + prop("fs.s3a.fast.upload", "true") + ["</configuration>"]
    rel = pick(r, ["conf/core-site.xml", "spark/conf/core-site.xml", "hadoop/etc/hadoop/core-site.xml"])
    return rel, "xml", "\n".join(lines) + "\n"


@tpl("minio_service_account_secret", "rgw_s3_secret_key", "seaweedfs_s3_secret_key")
def t_properties(r, v, obv):
    ep = s3_endpoint(r, v["kind"])
    lines = ["# application.properties", "spring.application.name=%s-data-portal" % proj(r), "server.port=8080",
             "spring.servlet.multipart.max-file-size=%dGB" % r.choice([1, 5, 10]),
             "management.endpoints.web.exposure.include=health,info,prometheus", "",
             "storage.s3.endpoint=%s" % ep, "storage.s3.bucket=%s" % bucket(r), "storage.s3.path-style=true",
             "storage.s3.access-key=%s" % v.get("id", "")]
    lines += ["storage.s3.secret-key=%s" % v["secret"]] if obv else ["storage.s3.credential2=%s" % v["secret"]]
    lines += ["", "logging.level.root=INFO", "logging.level.org.springframework.web=WARN"]
    rel = pick(r, ["src/main/resources/application.properties", "portal/src/main/resources/application-prod.properties"])
    return rel, "properties", "\n".join(lines) + "\n"


@tpl("minio_service_account_secret", "garage_secret_key")
def t_node_minio(r, v, obv):
    ep = s3_endpoint(r, v["kind"])
    hostpart = ep.split("://")[1].split(":")[0]
    port = ep.rsplit(":", 1)[1] if ep.count(":") == 2 else "443"
    lines = ["'use strict';", "const Minio = require('minio');", "const path = require('path');", "",
             "const client = new Minio.Client({", "  endPoint: '%s'," % hostpart, "  port: %s," % port,
             "  useSSL: %s," % ("true" if ep.startswith("https") else "false"),
             "  accessKey: '%s'," % v.get("id", "")]
    lines += ["  secretKey: '%s'," % v["secret"]] if obv else ["  secretKey: K,"]
    lines += ["});", "", "async function upload(file) {", "  const name = path.basename(file);",
              "  await client.fPutObject('%s', `uploads/${name}`, file, { 'Content-Type': 'application/octet-stream' });" % bucket(r),
              "  return name;", "}", "", "module.exports = { upload };"]
    if not obv:
        lines.insert(3, "const K = '%s';" % v["secret"])
    rel = pick(r, ["src/storage.js", "lib/s3client.js", "server/upload.js"])
    return rel, "js", "\n".join(lines) + "\n"


@tpl("pure_api_token", "synology_password", "qnap_password", "truenas_api_key", "ontap_password")
def t_handover_md(r, v, obv):
    kind = v["kind"]
    dev = {"pure_api_token": "FlashArray //X70", "synology_password": "Synology RS3621xs+", "qnap_password": "QNAP TS-h1886XU",
           "truenas_api_key": "TrueNAS M40", "ontap_password": "AFF A400"}[kind]
    lab = {"pure_api_token": "API token", "truenas_api_key": "API key"}.get(kind, "admin password")
    lines = ["# Storage handover notes -- %s" % dev, "", "Rack %s, mgmt IP %s, serial %s." % (pick(r, ["B4", "C12", "A7"]), ip(r), rs(r, UPALNUM, 12)),
             "", "## Access", "", "- Web UI: https://%s" % host(r, "nas")]
    if obv:
        lines += ["- %s: `%s`" % (lab, v["secret"])]
    else:
        lines += ["- for the exporter: `%s`" % v["secret"]]
    lines += ["- Support contract: %s, expires %s" % (rs(r, DIGITS, 8), date(r)), "", "## Volumes", "",
              "| name | size | protocol |", "|---|---|---|"] + \
             ["| %s | %d TB | %s |" % (bucket(r), r.choice([10, 20, 50]), pick(r, ["NFS", "SMB", "iSCSI"])) for _ in range(3)] + \
             ["", "## Open items", "", "- move snapshots to the new policy", "- firmware upgrade window: %s" % date(r)]
    rel = pick(r, ["docs/handover/%s.md" % dev.split()[0].lower(), "notes/storage-handover.md", "README.storage.md"])
    return rel, "md", "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# negative domain look-alikes (no secret at all)
# fn(r) -> (relpath, text)
# ---------------------------------------------------------------------------

@negtpl("ceph", "ceph_fsid_config", "conf")
def n_ceph_conf(r):
    mons = [ip(r) for _ in range(3)]
    lines = ["# minimal ceph.conf generated by `ceph config generate-minimal-conf`", "[global]",
             "\tfsid = %s" % uuid4(r),
             "\tmon_host = %s" % " ".join("[v2:%s:3300/0,v1:%s:6789/0]" % (m, m) for m in mons),
             "", "[client]", "\tkeyring = /etc/ceph/$cluster.$name.keyring", "\trbd_default_features = 61",
             "", "[client.rgw.%s]" % host(r, "rgw").split(".")[0],
             "\trgw_frontends = beast port=8080 ssl_port=8443 ssl_certificate=/etc/ceph/rgw.pem",
             "\trgw_dns_name = s3.%s" % site(r), "\trgw_zone = %s" % pick(r, ["default", "us-east", "campus"]),
             "\trgw_keystone_url = https://keystone.%s:5000" % site(r),
             "\trgw_keystone_admin_password_path = /etc/ceph/keystone.pass"]
    return pick(r, ["ceph.conf", "etc/ceph/ceph.conf", "roles/ceph_client/files/ceph.conf"]), "\n".join(lines) + "\n"


@negtpl("ceph", "redacted_auth_listing", "md")
def n_ceph_auth_ls(r):
    lines = ["# Ceph auth audit %s" % date(r), "", "Output of `ceph auth ls` with keys stripped before pasting:", "", "```"]
    for c in ["client.admin", "client.%s" % pick(r, CEPH_CLIENTS[1:]), "client.bootstrap-osd", "osd.%d" % r.randint(0, 40)]:
        lines += [c, "\tkey: %s" % pick(r, ["<redacted>", "AQ****************************==", "[REDACTED]", "(removed)"]),
                  "\tcaps: [mon] %s" % pick(r, ["allow *", "profile rbd", "allow profile osd"]),
                  "\tcaps: [osd] %s" % pick(r, ["allow *", "profile rbd pool=%s" % pick(r, POOLS)])]
    lines += ["```", "", "Action: remove `client.%s` (unused since the %s migration)." % (pick(r, CEPH_CLIENTS[1:]), pick(r, ["Quincy", "Reef", "Squid"]))]
    return pick(r, ["docs/audits/ceph-auth.md", "notes/ceph-auth-review.md"]), "\n".join(lines) + "\n"


@negtpl("ceph", "status_output", "txt")
def n_ceph_status(r):
    n = r.choice([24, 48, 96, 180])
    lines = ["  cluster:", "    id:     %s" % uuid4(r), "    health: %s" % pick(r, ["HEALTH_OK", "HEALTH_WARN"]), "",
             "  services:", "    mon: 3 daemons, quorum %s (age %dd)" % (",".join(host(r, "mon").split(".")[0] for _ in range(3)), r.randint(1, 90)),
             "    mgr: %s(active, since %dd)" % (host(r, "mon").split(".")[0], r.randint(1, 40)),
             "    mds: 1/1 daemons up, 1 standby", "    osd: %d osds: %d up, %d in" % (n, n, n),
             "    rgw: 2 daemons active (2 hosts, 1 zones)", "", "  data:",
             "    volumes: 1/1 healthy", "    pools:   %d pools, %d pgs" % (r.randint(8, 14), r.choice([1024, 2048, 4096])),
             "    objects: %d.%dM objects, %d TiB" % (r.randint(1, 900), r.randint(0, 9), r.randint(50, 2000)),
             "    usage:   %d TiB used, %d PiB / %d PiB avail" % (r.randint(100, 3000), r.randint(1, 9), r.randint(2, 12)),
             "    pgs:     %d active+clean" % r.choice([1024, 2048, 4096]), "", "  io:",
             "    client:   %d MiB/s rd, %d MiB/s wr, %d op/s rd, %d op/s wr" % tuple(r.randint(1, 900) for _ in range(4))]
    lines += ["", "POOL_ID  POOL_NAME"] + ["%-8d %s" % (i + 1, p) for i, p in enumerate(r.sample(POOLS, 5))]
    return pick(r, ["notes/ceph-status-%s.txt" % date(r), "docs/ceph/status.txt"]), "\n".join(lines) + "\n"


@negtpl("slurm", "slurm_conf_no_secret", "slurm-conf")
def n_slurm_conf(r):
    cl = pick(r, ["orion", "hopper", "nebula", "tardis", "kestrel"])
    lines = ["# slurm.conf for %s" % cl, "ClusterName=%s" % cl, "SlurmctldHost=%s(%s)" % (host(r, "slurmctld").split(".")[0], ip(r)),
             "AuthType=auth/munge", "CredType=cred/munge", "AuthAltTypes=auth/jwt",
             "AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key",
             "MpiDefault=pmix", "ProctrackType=proctrack/cgroup", "ReturnToService=2",
             "SlurmctldPidFile=/var/run/slurmctld.pid", "SlurmdSpoolDir=/var/spool/slurmd",
             "StateSaveLocation=/var/spool/slurm/statesave", "SwitchType=switch/none", "TaskPlugin=task/affinity,task/cgroup",
             "SchedulerType=sched/backfill", "SelectType=select/cons_tres", "SelectTypeParameters=CR_Core_Memory",
             "AccountingStorageType=accounting_storage/slurmdbd", "AccountingStorageHost=%s" % host(r, "slurmdbd").split(".")[0],
             "AccountingStorageEnforce=associations,limits,qos", "JobAcctGatherType=jobacct_gather/cgroup",
             "NodeName=c[001-%03d] CPUs=%d RealMemory=%d State=UNKNOWN" % (r.choice([64, 128]), r.choice([64, 128]), r.choice([256000, 512000])),
             "NodeName=g[01-08] Gres=gpu:%s:4 CPUs=64 RealMemory=512000" % pick(r, ["a100", "h100", "l40s"]),
             "PartitionName=compute Nodes=c[001-064] Default=YES MaxTime=7-00:00:00 State=UP",
             "PartitionName=gpu Nodes=g[01-08] MaxTime=2-00:00:00 State=UP"]
    return pick(r, ["slurm.conf", "etc/slurm/slurm.conf", "roles/slurm/templates/slurm.conf"]), "\n".join(lines) + "\n"


@negtpl("slurm", "job_listing", "csv")
def n_sacct(r):
    lines = ["JobID|JobName|User|Account|Partition|State|Elapsed|NodeList|MaxRSS"]
    for _ in range(r.randint(8, 25)):
        j = r.randint(1000000, 9999999)
        lines.append("%d|%s|%s|%s|%s|%s|%02d:%02d:%02d|c%03d|%dK" % (j, pick(r, ["relion", "vasp", "train.py", "gromacs", "bash", "nextflow"]),
                     person(r), proj(r), pick(r, ["compute", "gpu", "bigmem"]), pick(r, ["COMPLETED", "FAILED", "TIMEOUT", "CANCELLED"]),
                     r.randint(0, 47), r.randint(0, 59), r.randint(0, 59), r.randint(1, 128), r.randint(1000, 90000000)))
    return pick(r, ["reports/sacct-%s.csv" % date(r), "data/jobs_week%02d.psv" % r.randint(1, 52)]), "\n".join(lines) + "\n"


@negtpl("iscsi", "stock_placeholder_config", "conf")
def n_iscsid_default(r):
    lines = ["#", "# Open-iSCSI default configuration.", "#", "node.startup = automatic", "",
             "# *************", "# CHAP Settings", "# *************", "",
             "# To enable CHAP authentication set node.session.auth.authmethod",
             "# to CHAP. The default is None.", "#node.session.auth.authmethod = CHAP", "",
             "# To configure which CHAP algorithms to enable set",
             "# node.session.auth.chap_algs to a comma seperated list.",
             "#node.session.auth.chap_algs = SHA3-256,SHA256,SHA1,MD5", "",
             "# To set a CHAP username and password for initiator",
             "# authentication by the target(s), uncomment the following lines:",
             "#node.session.auth.username = username", "#node.session.auth.password = password", "",
             "# To set a CHAP username and password for target(s)",
             "# authentication by the initiator, uncomment the following lines:",
             "#node.session.auth.username_in = username_in", "#node.session.auth.password_in = password_in", "",
             "node.session.timeo.replacement_timeout = 120", "node.session.cmds_max = 128", "node.session.queue_depth = 32"]
    return pick(r, ["etc/iscsi/iscsid.conf", "files/iscsid.conf.orig"]), "\n".join(lines) + "\n"


@negtpl("iscsi", "iqn_wwn_config", "json")
def n_targetcli_noauth(r):
    cfg = {"storage_objects": [{"name": "lun%d" % i, "plugin": "block", "dev": "/dev/vg_iscsi/lun%d" % i,
                                "wwn": uuid4(r), "readonly": False} for i in range(r.randint(1, 2))],
           "targets": [{"fabric": "iscsi", "wwn": iqn(r), "tpgs": [{
               "tag": 1, "enable": True, "attributes": {"authentication": 0, "generate_node_acls": 0},
               "node_acls": [{"node_wwn": iqn(r, "initiator"), "chap_userid": "", "chap_password": "",
                              "mapped_luns": [{"index": 0, "tpg_lun": 0, "write_protect": False}]} for _ in range(r.randint(1, 2))],
               "portals": [{"ip_address": ip(r), "port": 3260}]}]}]}
    return pick(r, ["etc/target/saveconfig.json", "targetcli/lab-target.json"]), json.dumps(cfg, indent=2) + "\n"


@negtpl("multipath", "lun_wwn_config", "conf")
def n_multipath(r):
    lines = ["defaults {", "    user_friendly_names yes", "    find_multipaths yes", "}", "", "blacklist {",
             "    devnode \"^(ram|raw|loop|fd|md|dm-|sr|scd|st)[0-9]*\"", "}", "", "multipaths {"]
    for i in range(r.randint(2, 5)):
        lines += ["    multipath {", "        wwid  3%s" % hexs(r, 32), "        alias %s_%02d" % (proj(r), i), "    }"]
    lines += ["}", "", "devices {", "    device {", "        vendor \"%s\"" % pick(r, ["PURE", "NETAPP", "DGC"]),
              "        product \"%s\"" % pick(r, ["FlashArray", "LUN C-Mode", "VRAID"]), "        path_grouping_policy group_by_prio",
              "        path_checker tur", "        hardware_handler \"1 alua\"", "    }", "}"]
    return pick(r, ["etc/multipath.conf", "roles/multipath/files/multipath.conf"]), "\n".join(lines) + "\n"


@negtpl("data", "checksum_manifest", "txt")
def n_checksums(r):
    algo = pick(r, ["sha256", "md5", "sha512"])
    n = {"sha256": 64, "md5": 32, "sha512": 128}[algo]
    lines = []
    for i in range(r.randint(6, 30)):
        lines.append("%s  data/%s/run_%04d.%s" % (hexs(r, n), proj(r), i, pick(r, ["tif", "h5", "fastq.gz", "mrc", "nc"])))
    rel = pick(r, ["manifest-%s.txt" % algo, "SHA256SUMS" if algo == "sha256" else "MD5SUMS", "datasets/%s/checksums.%s" % (proj(r), algo)])
    return rel, "\n".join(lines) + "\n"


@negtpl("kerberos", "klist_output", "md")
def n_klist(r):
    realm = site(r).upper()
    h = host(r, "nfs")
    lines = ["# NFS Kerberos setup on %s" % h, "", "Keytab is pulled by `ipa-getkeytab` at provisioning time; never commit it.", "",
             "```", "$ klist -kte /etc/krb5.keytab", "Keytab name: FILE:/etc/krb5.keytab", "KVNO Timestamp           Principal",
             "---- ------------------- ------------------------------------------------------"]
    for enc in ["aes256-cts-hmac-sha1-96", "aes128-cts-hmac-sha1-96", "aes256-cts-hmac-sha384-192"]:
        for p in ["host", "nfs"]:
            lines.append("   2 %s %s/%s@%s (%s)" % (date(r).replace("-", "/") + " 10:1%d:0%d" % (r.randint(0, 9), r.randint(0, 9)), p, h, realm, enc))
    lines += ["```", "", "krb5.conf:", "", "```ini", "[libdefaults]", "  default_realm = %s" % realm, "  rdns = false",
              "[realms]", "  %s = {" % realm, "    kdc = kdc1.%s" % realm.lower(), "    admin_server = kdc1.%s" % realm.lower(), "  }", "```"]
    return pick(r, ["docs/nfs-kerberos.md", "notes/runbook-krb5.md"]), "\n".join(lines) + "\n"


def vault_blob(r, nbytes):
    inner = (hexs(r, 64) + "\n" + hexs(r, 64) + "\n" + hexs(r, nbytes * 2)).encode().hex()
    return [inner[i:i + 80] for i in range(0, len(inner), 80)]


@negtpl("ansible", "ansible_vault_ciphertext", "yaml")
def n_ansible_vault(r):
    lines = ["---", "# secrets are vault-encrypted; edit with `ansible-vault edit`"]
    for name in r.sample(["minio_root_password", "slurmdbd_storage_pass", "munge_key_b64", "ontap_password",
                          "jupyterhub_cookie_secret", "chap_secret", "xdmod_db_password"], r.randint(1, 3)):
        lines += ["%s: !vault |" % name, "  $ANSIBLE_VAULT;1.1;AES256"] + ["  " + l for l in vault_blob(r, r.choice([16, 32, 48]))]
    lines += ["slurm_cluster_name: %s" % pick(r, ["orion", "hopper"]), "minio_root_user: admin"]
    return pick(r, ["group_vars/all/vault.yml", "inventories/prod/group_vars/storage/vault.yml"]), "\n".join(lines) + "\n"


@negtpl("sops", "sops_ciphertext", "yaml")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64b(r, n), b64b(r, 32), b64b(r, 16))
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "    name: %s" % pick(r, ["minio-root", "garage-secrets", "hub-secrets"]),
             "type: Opaque", "stringData:"]
    for k in r.sample(["rootPassword", "rpcSecret", "adminToken", "cookieSecret", "secretKey"], 2):
        lines.append("    %s: %s" % (k, enc(r.choice([24, 32, 44]))))
    lines += ["sops:", "    age:", "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
              "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"] + \
             ["            " + b64b(r, 48) for _ in range(4)] + ["            -----END AGE ENCRYPTED FILE-----",
              "    lastmodified: \"%sT10:00:00Z\"" % date(r), "    mac: %s" % enc(32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return pick(r, ["k8s/secrets/minio.enc.yaml", "clusters/prod/secrets.sops.yaml"]), "\n".join(lines) + "\n"


@negtpl("minio", "documented_default_quickstart", "md")
def n_minio_quickstart(r):
    lines = ["# Local object storage for development", "",
             "Start MinIO with the upstream defaults (local only, never exposed):", "", "```sh",
             "podman run -p 9000:9000 -p 9001:9001 quay.io/minio/minio server /data --console-address \":9001\"", "```", "",
             "The console is at http://localhost:9001. With no `MINIO_ROOT_USER`/`MINIO_ROOT_PASSWORD` set, MinIO uses",
             "its documented default `minioadmin` / `minioadmin`. Production credentials live in Vault under",
             "`kv/hpc/minio/root`.", "", "```sh", "mc alias set local http://localhost:9000 minioadmin minioadmin",
             "mc mb local/%s" % bucket(r), "```"]
    return pick(r, ["docs/dev-storage.md", "README.dev.md", "CONTRIBUTING.md"]), "\n".join(lines) + "\n"


@negtpl("aws", "documented_example_keys", "ini")
def n_aws_example(r):
    lines = ["# Example ~/.aws/credentials for the tutorial -- these are the AWS documentation sample keys",
             "[default]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "",
             "[rgw]", "aws_access_key_id = <rgw access key>", "aws_secret_access_key = <rgw secret key>", "endpoint_url = https://s3.%s" % site(r)]
    return pick(r, ["docs/examples/aws-credentials.example", "tutorial/credentials.sample"]), "\n".join(lines) + "\n"


@negtpl("jupyterhub", "env_and_file_refs", "py")
def n_jhub_env(r):
    lines = ["import os", "c = get_config()  # noqa", "",
             "c.JupyterHub.cookie_secret_file = \"/srv/jupyterhub/jupyterhub_cookie_secret\"",
             "c.ConfigurableHTTPProxy.auth_token = os.environ[\"CONFIGPROXY_AUTH_TOKEN\"]",
             "c.JupyterHub.services = [{\"name\": \"idle-culler\", \"api_token\": os.environ.get(\"CULLER_TOKEN\", \"\")}]",
             "c.GenericOAuthenticator.client_id = \"%s\"" % uuid4(r),
             "c.GenericOAuthenticator.client_secret = os.environ[\"OAUTH_CLIENT_SECRET\"]",
             "c.JupyterHub.db_url = \"postgresql://jupyterhub@%s/jupyterhub\"" % host(r, "pg"),
             "c.Spawner.environment = {\"JUPYTERHUB_SINGLEUSER_EXTENSION\": \"1\", \"SLURM_CLUSTER\": \"%s\"}" % pick(r, ["orion", "hopper"]),
             "c.JupyterHub.admin_users = {\"%s\"}" % person(r)]
    return pick(r, ["jupyterhub_config.py", "deploy/jupyterhub/jupyterhub_config.py"]), "\n".join(lines) + "\n"


@negtpl("open-ondemand", "cluster_yaml", "yaml")
def n_ood_cluster(r):
    cl = pick(r, ["orion", "hopper", "nebula"])
    lines = ["---", "v2:", "  metadata:", "    title: \"%s\"" % cl.capitalize(), "  login:", "    host: \"%s\"" % host(r, "login"),
             "  job:", "    adapter: \"slurm\"", "    cluster: \"%s\"" % cl, "    bin: \"/usr/bin\"", "    conf: \"/etc/slurm/slurm.conf\"",
             "  batch_connect:", "    basic:", "      script_wrapper: |", "        module purge", "        %s", "    vnc:",
             "      script_wrapper: |", "        export PATH=\"/opt/TurboVNC/bin:$PATH\"",
             "        export WEBSOCKIFY_CMD=\"/usr/bin/websockify\"", "        %s"]
    return pick(r, ["etc/ood/config/clusters.d/%s.yml" % cl, "clusters.d/%s.yml" % cl]), "\n".join(lines) + "\n"


@negtpl("globus", "public_ids_only", "json")
def n_globus_ids(r):
    d = {"display_name": "%s Data Transfer" % pick(r, ["Campus", "Lab", "Institute"]),
         "endpoint_id": uuid4(r), "collections": [{"id": uuid4(r), "display_name": "%s %s" % (proj(r), pick(r, ["scratch", "archive"])),
                                                   "collection_type": "mapped", "storage_gateway_id": uuid4(r)} for _ in range(2)],
         "native_app_client_id": uuid4(r), "redirect_uri": "https://portal.%s/globus/callback" % site(r),
         "scopes": ["urn:globus:auth:scope:transfer.api.globus.org:all"]}
    return pick(r, ["config/globus.json", "globus/endpoints.json"]), json.dumps(d, indent=2) + "\n"


@negtpl("htcondor", "token_listing_no_signature", "txt")
def n_condor_token_list(r):
    cm = host(r, "cm")
    lines = ["$ condor_token_list"]
    for _ in range(r.randint(1, 3)):
        hdr = {"alg": "HS256", "kid": "POOL"}
        pl = {"iat": r.randint(1600000000, 1735689600), "iss": cm, "jti": hexs(r, 32), "sub": "%s@%s" % (pick(r, ["condor", person(r)]), cm)}
        lines.append("Header: %s Payload: %s File: /etc/condor/tokens.d/%s" % (json.dumps(hdr, separators=(",", ":")), json.dumps(pl, separators=(",", ":")), pick(r, ["condor@cm", "node", "submit"])))
    lines += ["$ condor_config_val SEC_DEFAULT_AUTHENTICATION_METHODS", "FS, IDTOKENS, SCITOKENS",
              "$ condor_config_val SEC_TOKEN_DIRECTORY", "/etc/condor/tokens.d",
              "$ ls -l /etc/condor/tokens.d", "-rw------- 1 root root 290 %s condor@cm" % date(r),
              "# signatures are not printed by condor_token_list; tokens themselves stay on the hosts"]
    return pick(r, ["notes/condor-tokens.txt", "docs/htcondor/token-audit.txt"]), "\n".join(lines) + "\n"


@negtpl("terraform", "sensitive_variables", "tf")
def n_tf_vars(r):
    lines = ["variable \"minio_root_password\" {", "  type      = string", "  sensitive = true",
             "  description = \"Root password, supplied via TF_VAR_minio_root_password\"", "}", "",
             "variable \"garage_rpc_secret\" {", "  type      = string", "  sensitive = true", "}", "",
             "resource \"random_password\" \"slurmdbd\" {", "  length  = %d" % r.choice([24, 32]), "  special = false", "}", "",
             "data \"vault_kv_secret_v2\" \"wasabi\" {", "  mount = \"kv\"", "  name  = \"hpc/wasabi\"", "}", "",
             "provider \"aws\" {", "  alias      = \"wasabi\"", "  access_key = data.vault_kv_secret_v2.wasabi.data[\"access_key\"]",
             "  secret_key = data.vault_kv_secret_v2.wasabi.data[\"secret_key\"]", "  region     = \"us-east-1\"", "}"]
    return pick(r, ["terraform/variables.tf", "infra/secrets.tf"]), "\n".join(lines) + "\n"


@negtpl("kubernetes", "secret_refs", "yaml")
def n_k8s_refs(r):
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: minio-root",
             "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: vault-backend", "    kind: ClusterSecretStore",
             "  target:", "    name: minio-root", "  data:", "    - secretKey: rootPassword", "      remoteRef:",
             "        key: hpc/minio", "        property: root_password", "---", "apiVersion: apps/v1", "kind: Deployment",
             "metadata:", "  name: %s" % pick(r, ["data-portal", "s3-gateway", "jupyter-proxy"]), "spec:", "  template:", "    spec:",
             "      containers:", "        - name: app", "          image: ghcr.io/%s/portal@sha256:%s" % (pick(r, ["rc-lab", "hpc-team"]), sha256(r)),
             "          env:", "            - name: MINIO_ROOT_PASSWORD", "              valueFrom:", "                secretKeyRef:",
             "                  name: minio-root", "                  key: rootPassword"]
    return pick(r, ["k8s/minio/externalsecret.yaml", "deploy/portal.yaml"]), "\n".join(lines) + "\n"


@negtpl("ibm-storage-scale", "cluster_listing", "txt")
def n_mmlscluster(r):
    lines = ["GPFS cluster information", "========================",
             "  GPFS cluster name:         %s" % host(r, "gpfs"), "  GPFS cluster id:           %d" % r.randint(10**18, 10**19 - 1),
             "  GPFS UID domain:           %s" % site(r), "  Remote shell command:      /usr/bin/ssh",
             "  Remote file copy command:  /usr/bin/scp", "  Repository type:           CCR", "",
             " Node  Daemon node name   IP address    Admin node name    Designation",
             "-----------------------------------------------------------------------"]
    for i in range(1, r.randint(4, 9)):
        lines.append("   %d   nsd%02d              %s   nsd%02d              %s" % (i, i, ip(r), i, pick(r, ["quorum-manager", "quorum", ""])))
    return pick(r, ["docs/gpfs/mmlscluster.txt", "notes/scale-cluster.txt"]), "\n".join(lines) + "\n"


@negtpl("pure-storage", "volume_serials", "csv")
def n_pure_csv(r):
    lines = ["name,serial,size_tb,wwn,host_group,created"]
    for _ in range(r.randint(5, 20)):
        ser = hexs(r, 24).upper()
        lines.append("%s-%02d,%s,%d,naa.624a9370%s,%s,%s" % (proj(r), r.randint(1, 99), ser, r.choice([1, 2, 5, 10]), ser.lower(),
                                                       pick(r, ["esx-prod", "hpc-nodes", "oracle"]), date(r)))
    return pick(r, ["inventory/pure-volumes.csv", "reports/flasharray_volumes.csv"]), "\n".join(lines) + "\n"


@negtpl("containers", "image_digests", "yaml")
def n_digests(r):
    lines = ["# pinned images (renovate)", "images:"]
    for img in r.sample(["quay.io/minio/minio", "quay.io/ceph/ceph", "quay.io/jupyterhub/k8s-hub", "dxflrs/garage",
                         "chrislusf/seaweedfs", "ghcr.io/ubccr/xdmod", "ghcr.io/open-ondemand/ondemand"], 4):
        lines += ["  - name: %s" % img, "    tag: \"%s\"" % pick(r, ["v18.2.4", "v1.0.1", "5.2.1", "latest", "3.80"]),
                  "    digest: sha256:%s" % sha256(r)]
    return pick(r, ["images.lock.yaml", "deploy/images.yaml"]), "\n".join(lines) + "\n"


@negtpl("ssh", "public_keys", "yaml")
def n_ssh_pub(r):
    lines = ["---", "hpc_admins:"]
    for p in r.sample(PEOPLE, 3):
        lines += ["  - user: %s" % p, "    uid: %d" % r.randint(20000, 40000),
                  "    ssh_key: \"ssh-ed25519 %s %s@%s\"" % (base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(r, 32)).decode(), p, site(r))]
    lines += ["ssh_known_host_fingerprints:", "  %s: \"SHA256:%s\"" % (host(r, "login"), b64b(r, 32).rstrip("="))]
    return pick(r, ["group_vars/all/users.yml", "roles/users/defaults/main.yml"]), "\n".join(lines) + "\n"


@negtpl("i18n", "ui_strings", "json")
def n_i18n(r):
    d = {"login": {"username": "Username", "password": "Password", "submit": "Sign in",
                   "forgot": "Forgot your password?"},
         "s3": {"accessKey": "Access key", "secretKey": "Secret key", "secretKeyHint": "Shown only once. Store it in your password manager.",
                "createKey": "Create access key", "rotateKey": "Rotate key"},
         "iscsi": {"chapSecret": "CHAP secret (12-16 characters)", "mutualChap": "Mutual CHAP"},
         "errors": {"invalidToken": "The API token is invalid or expired.", "passwordTooShort": "Password must be at least %d characters." % r.choice([8, 12])}}
    return pick(r, ["web/src/locales/en.json", "ui/i18n/en-US.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@negtpl("crypto", "test_vectors", "py")
def n_test_vectors(r):
    lines = ["\"\"\"RFC 4231 HMAC-SHA256 test vectors for the munge-compatible MAC helper.\"\"\"", "import hmac, hashlib", "",
             "VECTORS = [", "    (bytes.fromhex(\"0b\" * 20), b\"Hi There\",",
             "     \"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7\"),",
             "    (b\"Jefe\", b\"what do ya want for nothing?\",",
             "     \"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\"),", "]", "", "",
             "def test_hmac_sha256():", "    for key, msg, want in VECTORS:",
             "        assert hmac.new(key, msg, hashlib.sha256).hexdigest() == want"]
    return pick(r, ["tests/test_mac_vectors.py", "test/test_hmac.py"]), "\n".join(lines) + "\n"


@negtpl("rclone", "env_auth_config", "conf")
def n_rclone_envauth(r):
    lines = ["[%s]" % pick(r, ["archive", "s3", "offsite"]), "type = s3", "provider = %s" % pick(r, ["Ceph", "Minio", "Wasabi", "Other"]),
             "env_auth = true", "endpoint = https://s3.%s" % site(r), "acl = private", "",
             "[b2]", "type = b2", "account = ", "key = ", "# account/key come from RCLONE_CONFIG_B2_ACCOUNT / RCLONE_CONFIG_B2_KEY"]
    return pick(r, ["rclone.conf", "config/rclone.conf"]), "\n".join(lines) + "\n"


@negtpl("beegfs", "connauth_path_only", "conf")
def n_beegfs_client(r):
    lines = ["# beegfs-client.conf", "sysMgmtdHost = %s" % host(r, "beegfs-mgmt"), "connAuthFile = /etc/beegfs/connauthfile",
             "connDisableAuthentication = false", "connClientPortUDP = 8004", "connMgmtdPortTCP = 8008",
             "connMaxInternodeNum = %d" % r.choice([12, 32]), "connRDMABufNum = 70", "connRDMABufSize = 8192",
             "tuneFileCacheType = buffered", "tuneRemoteFSync = true", "sysMountSanityCheckMS = 11000",
             "quotaEnabled = true"]
    return pick(r, ["etc/beegfs/beegfs-client.conf", "roles/beegfs/files/beegfs-client.conf"]), "\n".join(lines) + "\n"


@negtpl("irods", "documented_defaults", "json")
def n_irods_env(r):
    zone = pick(r, ["tempZone", "hpcZone"])
    d = {"irods_host": host(r, "irods"), "irods_port": 1247, "irods_user_name": person(r), "irods_zone_name": zone,
         "irods_authentication_scheme": pick(r, ["native", "pam_password"]),
         "irods_default_resource": pick(r, ["demoResc", "s3Resc", "tapeResc"]),
         "irods_client_server_negotiation": "request_server_negotiation", "irods_client_server_policy": "CS_NEG_REQUIRE",
         "irods_ssl_verify_server": "cert", "irods_encryption_key_size": 32, "irods_encryption_algorithm": "AES-256-CBC"}
    return pick(r, [".irods/irods_environment.json", "config/irods_environment.json"]), json.dumps(d, indent=4) + "\n"


@negtpl("uuid", "ids_and_users", "yaml")
def n_ids(r):
    lines = ["# project allocations (synced from ColdFront)", "allocations:"]
    for _ in range(r.randint(3, 7)):
        lines += ["  - id: %s" % uuid4(r), "    project: %s" % proj(r), "    pi: %s" % person(r),
                  "    gid: %d" % r.randint(50000, 60000), "    quota_tb: %d" % r.choice([5, 10, 50, 100]),
                  "    fileset: %s_%s" % (proj(r), r.randint(1, 99)), "    bucket: %s" % bucket(r)]
    return pick(r, ["data/allocations.yml", "inventory/projects.yaml"]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def spread(r, n, k):
    """n slots over k buckets as evenly as possible, shuffled."""
    out = [i % k for i in range(n)]
    r.shuffle(out)
    return out


def make_positive(r, kind_counts, kinds, fn, obv):
    low = min(kind_counts.get(k, 0) for k in kinds)
    kind = pick(r, [k for k in kinds if kind_counts.get(k, 0) == low])
    gen = KINDS[kind][1]
    v = dict(gen(r)) if gen else {"secret": None}
    v["kind"] = kind
    v["neg"] = False
    rel, ftype, text = fn(r, v, obv)
    return kind, rel, ftype, text, v["secret"]


def make_neg_reuse(r, kinds, fn, obv):
    kind = pick(r, kinds)
    gen = KINDS[kind][1]
    base = dict(gen(r)) if gen else {}
    value, nkind, id_override = neg_value(r, kind)
    v = {"kind": kind, "neg": True, "secret": value}
    if "id" in base:
        v["id"] = base["id"]
    if id_override:
        v["id"] = id_override
    if kind == "aws_secret_access_key" and not id_override:
        v["id"] = pick(r, ["AKIAIOSFODNN7EXAMPLE", "${AWS_ACCESS_KEY_ID}", "<access-key-id>"])
    rel, ftype, text = fn(r, v, obv)
    return kind, nkind, rel, ftype, text


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dq.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # positives
    tslots = spread(r, N_POS, len(POS_TEMPLATES))
    obvs = [i < N_POS // 2 for i in range(N_POS)]
    r.shuffle(obvs)
    seen = set()
    kind_counts = {}
    for i in range(N_POS):
        tname, kinds, fn = POS_TEMPLATES[tslots[i]]
        for _attempt in range(20):
            _FILE_SITE[0] = pick(r, SITES)
            kind, rel, ftype, text, needle = make_positive(r, kind_counts, kinds, fn, obvs[i])
            if needle and needle in text and needle not in seen:
                break
        else:
            raise RuntimeError("template %s failed to place its secret" % tname)
        seen.add(needle)
        kind_counts[kind] = kind_counts.get(kind, 0) + 1
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        line = text.count("\n", 0, text.index(needle)) + 1
        manifest.append({"file": frel, "label": "pos", "provider": KINDS[kind][0], "kind": kind, "filetype": ftype})
        secrets.append({"file": frel, "needle": needle, "line": line})

    # negatives: half re-used positive templates, half domain look-alikes
    n_reuse = N_NEG // 2
    kinds_order = ["reuse"] * n_reuse + ["alike"] * (N_NEG - n_reuse)
    r.shuffle(kinds_order)
    rslots = spread(r, n_reuse, len(POS_TEMPLATES))
    aslots = spread(r, N_NEG - n_reuse, len(NEG_TEMPLATES))
    ri = ai = 0
    for i in range(N_NEG):
        _FILE_SITE[0] = pick(r, SITES)
        if kinds_order[i] == "reuse":
            tname, kinds, fn = POS_TEMPLATES[rslots[ri]]
            ri += 1
            kind, nkind, rel, ftype, text = make_neg_reuse(r, kinds, fn, r.random() < 0.5)
            provider = KINDS[kind][0]
            mkind = "neg_%s_%s" % (nkind, kind)
        else:
            tname, provider, mkind, ftype, fn = NEG_TEMPLATES[aslots[ai]]
            ai += 1
            rel, text = fn(r)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": mkind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
