#!/usr/bin/env python3
"""Blind evaluation-set generator: enterprise backup, disaster recovery and archiving.

EMPHASIS
    Domain: backup / DR / archiving configuration and automation.  Providers and tools:
    Veeam (PowerShell Add-VBRCredentials, Connect-VBRServer, Add-VBREncryptionKey, REST
    oauth2 password grant, REST credential bodies), Commvault (qlogin -clp, REST Authtoken
    "QSDK <hex>", base64 passwords in the Login XML/JSON body, cvpysdk), Rubrik (service
    account client secrets, API tokens as JWT), Cohesity (API keys, cluster passwords,
    Terraform provider), Zerto, Veritas NetBackup (bpnbat -login, API keys), Bacula/Bareos
    (Director/Storage/Client/Console/Catalog passwords, Cloud resource keys), Amanda (S3
    device properties), Duplicati (--passphrase, auth-password in target URLs, web service
    password), UrBackup (internet auth key), Proxmox Backup Server (API token secrets,
    PBS_PASSWORD, unencrypted key files), Kopia (repository passwords), Velero (BSL cloud
    credentials), Arcserve UDP, Acronis and Druva (API client secrets), cloud storage from
    these tools (AWS/Wasabi access keys, Azure storage account keys and SAS tokens).
    File types: Bacula/Bareos .conf, PowerShell, shell, YAML (Ansible, Kubernetes, Helm,
    compose), JSON, INI, XML, Python, Terraform, Markdown runbooks, cron files, systemd
    units, SQL, logs, Dockerfile, .reg, CSV, PEM, plain text.

USAGE
    python3 -B gen_lo.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED: every random
    choice comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written in the file, without surrounding
      quotes, and always on a single line (no multi-line needles are produced).
    * Passwords / passphrases: the password only (not the option name, not "Password =").
    * Key pairs (AWS / Wasabi access key id + secret, Acronis/Druva/Rubrik client id +
      secret): the secret half only; the id is treated as a public identifier.
    * PBS API tokens (user@realm!name:SECRET): the secret UUID only.
    * Commvault Authtoken: the full value as the API returns it, "QSDK <hex>".
    * Azure SAS: the value of the sig= parameter as written (URL-encoded).
    * URLs with credentials (Duplicati auth-password=...): the password parameter value.
    * Commvault Login XML/JSON: the base64-encoded password as written.
    * PBS key file (kdf null): the base64 "data" value, i.e. the raw AES-256 key.
    * JWT: the whole three-part token.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-password>, YOUR_PASSWORD_HERE, changeme, xxxx), empty
    values, masks (********, [REDACTED]), environment / secret-manager references that fit
    the file type (${VAR}, $env:VAR, {{ vault_x }}, ${var.x}, op://, vault paths), and the
    providers' documented example / emulator values (AWS AKIAIOSFODNN7EXAMPLE key pair,
    the published Azurite development-storage key, all-zero token UUIDs).  The other half
    are look-alikes: Bacula "[md5]<32 hex>" console passwords, @/etc/bacula includes, job
    ids, backup-set GUIDs, PBS storage fingerprints, PBS token listings without secrets,
    key fingerprints, SHA256SUMS of archives, Veeam ConvertFrom-SecureString DPAPI blobs
    (01000000d08c9ddf...), Ansible-Vault ciphertext, public keys and certificates, Kopia
    manifest ids, Bacula catalog MD5 columns, NetBackup API-key metadata without the key,
    Rubrik client ids, Acronis client ids.  No negative is written to a .env* file other
    than .env.example.

FORMATS CHECKED
    * PBS: API token auth header "Authorization: PBSAPIToken=<user@realm!tokenid>:<secret>"
      (PBS docs, API viewer, many client projects); the token secret is a UUID returned
      once at creation.  PBS key file is JSON KeyConfig {kdf, created, modified, data,
      fingerprint}; kdf is None / Scrypt / PBKDF2; data is base64 (code of pbs-key-config).
      PVE storage.cfg "pbs:" entries carry fingerprint/username, password kept in
      /etc/pve/priv/storage/<id>.pw.
    * Commvault: REST Login body with username and *base64-encoded* password; token used
      in the "Authtoken" header; token value starts "QSDK " followed by hex (seen in
      public write-ups).  Access tokens can also be used as Bearer tokens.
    * Rubrik: service accounts give client_id "client|<uuid>", client secret, and an
      access token URI https://<tenant>.my.rubrik.com/api/client_token; CDM session via
      /api/v1/service_account/session with clientId/clientSecret.
    * Bacula/Bareos: Director/Console/Client/Storage resources take Password = "...";
      Bareos documents the type as MD5PASSWORD; generated passwords are base64 strings
      of ~44 chars (seen in public configs).
    * Azure SAS query parameters sv, ss, srt, sp, se, st, spr, sig (sig = base64
      HMAC-SHA256, URL-encoded).  Veeam credential cmdlets Add/Get/Set-VBRCredentials.
    * Duplicati CLI: duplicati-cli <command> <remote url> options, --passphrase=,
      --auth-username= / --auth-password=.  NetBackup REST login returns a JWT; API keys
      exist as an alternative.
    * AWS key id AKIA + 16 base32 chars, secret 40 chars; Azure account key = base64 of
      64 bytes (88 chars).

DOUBTS
    * Exact QSDK token length (generated: 200-320 hex chars).  Rubrik client-secret
      length/alphabet, Acronis and Druva client-secret formats, NetBackup API key format
      (generated as 44 base64url chars), Cohesity API key format (generated as a UUID),
      Wasabi secret alphabet (generated as 40 [A-Z0-9]), UrBackup internet auth key
      length (generated as 10-16 alnum) were not confirmed in provider documentation.
    * Arcserve UDPCLI -UDPConsolePassword option and Cohesity PowerShell -APIKey flag
      were taken from memory of public usage, not confirmed.
    * Whether the Bareos/Bacula "[md5]" prefix is accepted outside Console resources;
      treated as a hash (negative) everywhere.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import urllib.parse

# ---------------------------------------------------------------- small helpers
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
PWCH = string.ascii_letters + string.digits + "!#%*-_.@+?"
WORDS = ("amber anchor arctic basalt beacon birch cobalt comet copper coral delta drift ember "
         "falcon fjord garnet glacier granite harbor hazel indigo iron jasper juniper kelp "
         "lantern linen maple marble meadow meteor nickel oak onyx orbit pebble pine quartz "
         "raven ripple saffron slate spruce summit tundra umber velvet walnut willow zephyr").split()
HOSTS = ["bkp01", "bkp-prd-02", "vbr01", "commserve", "cs01", "rbk-cl01", "cohesity-vip",
         "nbu-primary", "bacula-dir", "bareos01", "pbs01", "pbs-offsite", "zvm01", "dr-site-b",
         "amanda01", "urbackup", "kopia-srv", "velero-mgmt", "arcserve-rps", "acronis-mgmt"]
DOMAINS = ["corp.example.com", "example.net", "lab.internal", "dc1.example.org", "acme.local"]
CLIENTS = ["web01", "web02", "db01", "db-pg-03", "fileserver", "mail01", "erp-app", "sql02",
           "dc01", "hv-node4", "esx07", "nas02", "git01", "jira", "ldap01", "k8s-node2"]
USERS = ["svc_backup", "svc-veeam", "backupadmin", "bkpop", "admin", "dr_operator",
         "CORP\\svc_veeam", "root@pam", "archiver@pbs", "cvadmin", "nbuadmin", "rubrik-svc"]


class Ctx(object):
    """What a template needs: the rng, the slot value, and whether it is a negative."""

    def __init__(self, r, v, neg, filler_kind=None):
        self.r = r
        self.v = v
        self.neg = neg
        self.filler_kind = filler_kind

    def akid(self):
        if not self.neg:
            return "AKIA" + rs(self.r, B32, 16)
        if self.filler_kind == "doc":
            return "AKIAIOSFODNN7EXAMPLE"
        return self.r.choice(["AKIAIOSFODNN7EXAMPLE", "<access-key-id>", "YOUR_ACCESS_KEY_ID",
                              "${AWS_ACCESS_KEY_ID}"])

    def wasabi_id(self):
        if not self.neg:
            return rs(self.r, UPALNUM, 20)
        return self.r.choice(["<wasabi-access-key>", "YOUR_WASABI_KEY", "${WASABI_ACCESS_KEY}"])


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rs(r, "0123456789abcdef", n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rguid_upper(r):
    return ruuid(r).upper()


def host(r):
    return r.choice(HOSTS) + "." + r.choice(DOMAINS)


def client(r):
    return r.choice(CLIENTS)


def date(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02dZ" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 254), r.randint(2, 250))


def fp_colon(r, n=32):
    return ":".join(rhex(r, 2) for _ in range(n))


def strong_pw(r):
    while True:
        p = rs(r, PWCH, r.randint(14, 22))
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p)
                and any(c.islower() for c in p) and p[0] not in "-+?"):
            return p


def url_pw(r):
    while True:
        p = rs(r, ALNUM + "-_", r.randint(16, 26))
        if any(c.isdigit() for c in p) and p[0] not in "-_":
            return p


def passphrase(r):
    w = r.sample(WORDS, r.randint(4, 6))
    w.insert(r.randint(1, len(w) - 1), str(r.randint(10, 99)))
    return r.choice(["-", ".", "_", " "]).join(w) if r.random() < 0.8 else "".join(
        x.capitalize() for x in w) + r.choice("!#%*")


def jwt(r):
    hdr = {"typ": "JWT", "alg": "HS256"}
    iat = r.randint(1690000000, 1730000000)
    pl = {"jti": ruuid(r), "iss": ruuid(r), "sub": ruuid(r), "iat": iat}
    if r.random() < 0.5:
        pl["exp"] = iat + r.choice([86400, 2592000, 31536000])

    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(hdr) + "." + enc(pl) + "." + b64url(r, 32)


def gen_secret(kind, r):
    if kind == "pw":
        return strong_pw(r)
    if kind == "bacula":
        return b64(r, 33) if r.random() < 0.75 else strong_pw(r)
    if kind == "b64pw":
        return base64.b64encode(strong_pw(r).encode()).decode()
    if kind == "uuid":
        return ruuid(r)
    if kind == "aws":
        return rs(r, ALNUM + "/+", 40)
    if kind == "wasabi":
        return rs(r, UPALNUM, 40)
    if kind == "azure":
        return b64(r, 64)
    if kind == "sas":
        return urllib.parse.quote(b64(r, 32), safe="")
    if kind == "jwt":
        return jwt(r)
    if kind == "qsdk":
        return "QSDK " + rhex(r, 2 * r.randint(100, 160))
    if kind == "passphrase":
        return passphrase(r)
    if kind == "urlpw":
        return url_pw(r)
    if kind == "nbuapi":
        return b64url(r, 33)
    if kind == "rubrik":
        return rs(r, ALNUM, 64)
    if kind == "acronis":
        return rhex(r, 32)
    if kind == "druva":
        return rs(r, ALNUM, 40)
    if kind == "urbackup":
        return rs(r, ALNUM, r.randint(10, 16))
    if kind == "pbskey":
        return b64(r, 32)
    raise ValueError(kind)


# ---------------------------------------------------------------- negative fillers
GENERIC_FILL = ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "CHANGE_ME",
                "xxxxxxxxxxxxxxxxxxxx", "********", "[REDACTED]", "", "REPLACE_ME", "<redacted>",
                "TODO-set-me", "***", "<secret>", "dummy", "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"]
STYLE_REFS = {  # VARNAME / varname are replaced by a name derived from provider and kind
    "sh": ["${VARNAME}", "$VARNAME", "${VARNAME:?missing}", "$(cat /run/secrets/varname)",
           "$(vault kv get -field=value secret/backup/varname)", "$(op read op://Infra/varname/credential)"],
    "cron": ["${VARNAME}", "$(cat /etc/backup/varname)"],
    "ps1": ["$env:VARNAME", "$($cred.GetNetworkCredential().Password)",
            "$(Get-Secret -Name varname -AsPlainText)", "${env:VARNAME}"],
    "yaml": ["{{ vault_varname }}", "${VARNAME}", "{{ .Values.backup.varname }}",
             "{{ lookup('hashi_vault', 'secret=secret/data/backup:varname') }}",
             "op://Infra/backup/varname", "vault:secret/data/backup#varname"],
    "tf": ["${var.varname}", "${data.vault_generic_secret.backup.data[\"varname\"]}", "${local.varname}"],
    "conf": ["{{ varname }}", "@@VARNAME@@", "{{ vault_varname }}", "%(varname)s"],
    "json": ["${VARNAME}", "{{ varname }}", "__VARNAME__", "#{VARNAME}#"],
    "xml": ["${VARNAME}", "$(VARNAME)", "#{VARNAME}#"],
    "ini": ["${VARNAME}", "%(varname)s", "{{ varname }}"],
    "md": ["<password>", "<secret>", "<your-passphrase>", "$VARNAME"],
    "py": ["<password>", "your-password-here", "<varname>"],
    "systemd": ["%d/varname", "${VARNAME}"],
    "sql": ["<db_password>", "{{ varname }}", "${VARNAME}"],
    "log": ["[REDACTED]", "********", "<hidden>"],
    "docker": ["${VARNAME}", "${VARNAME:?required}"],
    "env": ["<your-password>", "changeme", "", "replace-me"],
}
DOC_EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "azure": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
    "uuid": ["00000000-0000-0000-0000-000000000000", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
    "qsdk": ["QSDK <token>", "QSDK ...", "QSDK 3d4ab7f7def2..."],
    "jwt": ["<api-token>", "eyJ...", "YOUR_RUBRIK_API_TOKEN"],
    "sas": ["<sas-signature>", "REDACTED"],
}


def pick_filler(kind, style, r, varname="backup_secret"):
    x = r.random()
    if kind in DOC_EXAMPLES and x < 0.3:
        return r.choice(DOC_EXAMPLES[kind]), "doc"
    if x < 0.65:
        ref = r.choice(STYLE_REFS.get(style, ["<secret>"]))
        return ref.replace("VARNAME", varname.upper()).replace("varname", varname.lower()), "ref"
    return r.choice(GENERIC_FILL), "generic"


# ---------------------------------------------------------------- template registry
POS = []   # (func, provider, kind_label, style, secret_kind)
NEG = []   # (func, provider, kind_label)


def P(provider, kind, style, secret):
    def deco(f):
        POS.append((f, provider, kind, style, secret))
        return f
    return deco


def N(provider, kind):
    def deco(f):
        NEG.append((f, provider, kind))
        return f
    return deco


def pick(r, *paths):
    return r.choice(paths)


# ================================================================ positive templates
# ---- Bacula / Bareos -------------------------------------------------------------
@P("bacula", "director-console-password", "conf", "bacula")
def t_bacula_dir_director(r, c):
    d = r.choice(["bacula-dir", "backup-dir", "%s-dir" % r.choice(HOSTS)])
    return pick(r, "etc/bacula/bacula-dir.conf", "bacula/bacula-dir.conf", "roles/bacula/files/bacula-dir.conf"), f"""#
# Default Bacula Director Configuration file
#
Director {{                            # define myself
  Name = {d}
  DIRport = 9101                # where we listen for UA connections
  QueryFile = "/etc/bacula/scripts/query.sql"
  WorkingDirectory = "/var/lib/bacula"
  PidDirectory = "/run/bacula"
  Maximum Concurrent Jobs = {r.choice([10, 20, 40])}
  Password = "{c.v}"         # Console password
  Messages = Daemon
  DirAddress = {ip(r)}
}}

JobDefs {{
  Name = "DefaultJob"
  Type = Backup
  Level = Incremental
  Client = {client(r)}-fd
  FileSet = "Full Set"
  Schedule = "WeeklyCycle"
  Storage = File1
  Messages = Standard
  Pool = File
  SpoolAttributes = yes
  Priority = 10
  Write Bootstrap = "/var/lib/bacula/%c.bsr"
}}
"""


@P("bacula", "client-password", "conf", "bacula")
def t_bacula_dir_client(r, c):
    cl = client(r)
    return pick(r, "etc/bacula/conf.d/clients/%s.conf" % cl, "bacula/clients/%s-fd.conf" % cl), f"""# Client (File Services) to backup
Client {{
  Name = {cl}-fd
  Address = {cl}.{r.choice(DOMAINS)}
  FDPort = 9102
  Catalog = MyCatalog
  Password = "{c.v}"          # password for FileDaemon
  File Retention = {r.choice([30, 60, 90])} days
  Job Retention = 6 months
  AutoPrune = yes
}}

Job {{
  Name = "Backup-{cl}"
  JobDefs = "DefaultJob"
  Client = {cl}-fd
  FileSet = "{cl}-files"
}}
"""


@P("bacula", "storage-password", "conf", "bacula")
def t_bacula_dir_storage(r, c):
    return pick(r, "etc/bacula/bacula-dir.conf", "bacula/storage.conf", "etc/bacula/conf.d/storage.conf"), f"""# Definition of file Virtual Autochanger device
Autochanger {{
  Name = File1
# Do not use "localhost" here
  Address = {host(r)}                # N.B. Use a fully qualified name here
  SDPort = 9103
  Password = "{c.v}"
  Device = FileChgr1
  Media Type = File1
  Maximum Concurrent Jobs = 10        # run up to 10 jobs a the same time
  Autochanger = File1                 # point to ourself
}}

Pool {{
  Name = File
  Pool Type = Backup
  Recycle = yes
  AutoPrune = yes
  Volume Retention = 365 days
  Maximum Volume Bytes = 50G
  Maximum Volumes = 100
  Label Format = "Vol-"
}}
"""


@P("bacula", "client-password", "conf", "bacula")
def t_bacula_fd(r, c):
    d = r.choice(["bacula-dir", "backup-dir"])
    return pick(r, "etc/bacula/bacula-fd.conf", "files/bacula-fd.conf", "docker/bacula-fd/bacula-fd.conf"), f"""#
# Default  Bacula File Daemon Configuration file
#
# List Directors who are permitted to contact this File daemon
#
Director {{
  Name = {d}
  Password = "{c.v}"
}}

#
# Restricted Director, used by tray-monitor to get the
#   status of the file daemon
#
Director {{
  Name = {d.replace('-dir', '-mon')}
  Monitor = yes
}}

FileDaemon {{                          # this is me
  Name = {client(r)}-fd
  FDport = 9102                  # where we listen for the director
  WorkingDirectory = /var/lib/bacula
  Pid Directory = /run/bacula
  Maximum Concurrent Jobs = 20
  Plugin Directory = /usr/lib/bacula
  FDAddress = 0.0.0.0
}}

Messages {{
  Name = Standard
  director = {d} = all, !skipped, !restored
}}
"""


@P("bacula", "storage-password", "conf", "bacula")
def t_bacula_sd(r, c):
    return pick(r, "etc/bacula/bacula-sd.conf", "bacula/sd/bacula-sd.conf"), f"""Storage {{                             # definition of myself
  Name = {r.choice(HOSTS)}-sd
  SDPort = 9103                  # Director's port
  WorkingDirectory = "/var/lib/bacula"
  Pid Directory = "/run/bacula"
  Plugin Directory = "/usr/lib/bacula"
  Maximum Concurrent Jobs = 20
}}

Director {{
  Name = bacula-dir
  Password = "{c.v}"
}}

Device {{
  Name = FileChgr1-Dev1
  Media Type = File1
  Archive Device = /srv/bacula/archive
  LabelMedia = yes;
  Random Access = Yes;
  AutomaticMount = yes;
  RemovableMedia = no;
  AlwaysOpen = no;
  Maximum Concurrent Jobs = 5
}}
"""


@P("bacula", "console-password", "conf", "bacula")
def t_bconsole(r, c):
    return pick(r, "etc/bacula/bconsole.conf", "bacula/bconsole.conf", "etc/bareos/bconsole.conf"), f"""#
# Bacula User Agent (or Console) Configuration File
#

Director {{
  Name = {r.choice(['bacula-dir', 'bareos-dir', 'backup-dir'])}
  DIRport = 9101
  address = {host(r)}
  Password = "{c.v}"
}}
"""


@P("bareos", "client-password", "conf", "bacula")
def t_bareos_client(r, c):
    cl = client(r)
    return "etc/bareos/bareos-dir.d/client/%s.conf" % cl, f"""Client {{
  Name = {cl}-fd
  Description = "Client resource of {cl}, managed by ansible"
  Address = {cl}.{r.choice(DOMAINS)}
  Password = "{c.v}"          # password for FileDaemon
  Connection From Director To Client = yes
  Heartbeat Interval = 60
}}
"""


@P("bareos", "console-password", "conf", "pw")
def t_bareos_console(r, c):
    u = r.choice(["admin", "operator", "helpdesk", "dr-team"])
    return "etc/bareos/bareos-dir.d/console/%s.conf" % u, f"""#
# Restricted console used by bareos-webui
#
Console {{
  Name = {u}
  Password = "{c.v}"
  Profile = "webui-admin"

  # As php does not support TLS-PSK,
  # and the PHP TLS module does not support TLS-PSK, we disable it
  TLS Enable = No
}}
"""


@P("bacula", "catalog-db-password", "conf", "pw")
def t_bacula_catalog(r, c):
    return pick(r, "etc/bacula/bacula-dir.conf", "etc/bacula/conf.d/catalog.conf"), f"""# Generic catalog service
Catalog {{
  Name = MyCatalog
  dbname = "bacula"; dbuser = "bacula"; dbpassword = "{c.v}"
  DB Address = {r.choice(['localhost', ip(r), 'pg-bacula.' + r.choice(DOMAINS)])}
  DB Port = 5432
}}

Messages {{
  Name = Daemon
  mailcommand = "/usr/sbin/bsmtp -h localhost -f \\"(Bacula) \\<%r\\>\\" -s \\"Bacula daemon message\\" %r"
  mail = root = all, !skipped
  console = all, !skipped, !saved
  append = "/var/log/bacula/bacula.log" = all, !skipped
}}
"""


@P("bacula", "cloud-storage-secret", "conf", "aws")
def t_bacula_cloud(r, c):
    return pick(r, "etc/bacula/bacula-sd.conf", "etc/bacula/conf.d/cloud.conf"), f"""Device {{
  Name = CloudStorage
  Device Type = Cloud
  Cloud = S3Cloud
  Archive Device = /var/lib/bacula/cloudcache
  Maximum Part Size = 10000000
  Media Type = CloudType
  LabelMedia = yes
  Random Access = Yes
  AutomaticMount = yes
  RemovableMedia = no
  AlwaysOpen = no
}}

Cloud {{
  Name = S3Cloud
  Driver = "S3"
  HostName = "s3.{r.choice(['eu-west-1', 'us-east-2', 'eu-central-1'])}.amazonaws.com"
  BucketName = "{r.choice(['corp', 'acme', 'dc1'])}-bacula-volumes"
  AccessKey = "{c.akid()}"
  SecretKey = "{c.v}"
  Protocol = HTTPS
  UriStyle = VirtualHost
  Truncate Cache = AfterUpload
  Upload = EachPart
}}
"""


@P("bacula", "director-password", "sql", "pw")
def t_bacula_sql(r, c):
    return pick(r, "db/bacula/grant_postgresql_privileges.sql", "sql/bacula_catalog_user.sql"), f"""-- Catalog role for the Bacula director (run as postgres)
-- see make_postgresql_tables / grant_postgresql_privileges
CREATE ROLE bacula LOGIN;
ALTER ROLE bacula WITH PASSWORD '{c.v}';
CREATE DATABASE bacula WITH OWNER bacula ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\\c bacula
GRANT ALL ON unsavedfiles, basefiles, jobmedia, file, job, media, client, pool, fileset, path, filename, counters, version TO bacula;
GRANT SELECT, UPDATE, INSERT, DELETE ON path_pathid_seq, file_fileid_seq, jobmedia_jobmediaid_seq TO bacula;
"""


# ---- Ansible / Kubernetes ------------------------------------------------------------
@P("bacula", "director-password", "yaml", "bacula")
def t_ansible_bacula(r, c):
    return pick(r, "roles/bacula/defaults/main.yml", "group_vars/backup_servers.yml", "inventory/group_vars/bacula.yml"), f"""---
bacula_director_name: {r.choice(['bacula-dir', 'backup-dir'])}
bacula_director_address: {host(r)}
bacula_director_port: 9101
bacula_director_password: "{c.v}"
bacula_catalog_name: MyCatalog
bacula_db_driver: postgresql
bacula_volume_retention_days: {r.choice([30, 90, 365])}
bacula_clients:
  - name: {client(r)}
    fileset: "Full Set"
  - name: {client(r)}
    fileset: "Linux Config"
"""


@P("proxmox-backup-server", "api-token-secret", "yaml", "uuid")
def t_ansible_pbs(r, c):
    return pick(r, "group_vars/pve_cluster.yml", "host_vars/pbs01.yml", "roles/pbs_sync/vars/main.yml"), f"""---
# Proxmox Backup Server used by vzdump on every node
pbs_host: {host(r)}
pbs_port: 8007
pbs_datastore: {r.choice(['store1', 'zfs-backup', 'offsite'])}
pbs_fingerprint: "{fp_colon(r)}"
pbs_token_id: "{r.choice(['backup@pbs', 'root@pam', 'pve-sync@pbs'])}!{r.choice(['ansible', 'vzdump', 'sync'])}"
pbs_secret: "{c.v}"
pbs_namespace: "{r.choice(['prod', 'lab', 'cluster-a'])}"
pbs_prune:
  keep_daily: 7
  keep_weekly: 4
  keep_monthly: 6
"""


@P("veeam", "rest-api-password", "yaml", "pw")
def t_ansible_veeam(r, c):
    return pick(r, "playbooks/veeam_start_job.yml", "roles/veeam_api/tasks/main.yml"), f"""---
- name: Get Veeam B&R REST access token
  ansible.builtin.uri:
    url: "https://{host(r)}:9419/api/oauth2/token"
    method: POST
    validate_certs: false
    headers:
      x-api-version: "1.1-rev2"
    body_format: form-urlencoded
    body:
      grant_type: password
      username: "{r.choice(USERS).replace(chr(92), chr(92)*2)}"
      password: "{c.v}"
  register: vbr_token

- name: Start backup job
  ansible.builtin.uri:
    url: "https://{{{{ vbr_host }}}}:9419/api/v1/jobs/{{{{ job_id }}}}/start"
    method: POST
    headers:
      Authorization: "Bearer {{{{ vbr_token.json.access_token }}}}"
      x-api-version: "1.1-rev2"
    status_code: [201]
"""


@P("velero", "cloud-storage-secret", "ini", "aws")
def t_velero_creds(r, c):
    return pick(r, "credentials-velero", "velero/credentials-velero", "deploy/velero/cloud-credentials"), f"""[default]
aws_access_key_id={c.akid()}
aws_secret_access_key={c.v}
"""


@P("velero", "cloud-storage-secret", "yaml", "aws")
def t_velero_secret(r, c):
    return pick(r, "deploy/velero/secret.yaml", "k8s/velero/cloud-credentials.yaml", "clusters/prod/velero/credentials.yaml"), f"""apiVersion: v1
kind: Secret
metadata:
  name: cloud-credentials
  namespace: velero
  labels:
    app.kubernetes.io/name: velero
type: Opaque
stringData:
  cloud: |
    [default]
    aws_access_key_id = {c.akid()}
    aws_secret_access_key = {c.v}
"""


@P("velero", "cloud-storage-secret", "yaml", "wasabi")
def t_velero_helm(r, c):
    reg = r.choice(["eu-central-1", "us-east-1", "ap-northeast-1"])
    return pick(r, "deploy/velero/values.yaml", "helm/velero/values-prod.yaml", "charts/backup/values.yaml"), f"""image:
  repository: velero/velero
  tag: v1.{r.randint(11, 14)}.{r.randint(0, 3)}
initContainers:
  - name: velero-plugin-for-aws
    image: velero/velero-plugin-for-aws:v1.{r.randint(8, 10)}.0
    volumeMounts:
      - mountPath: /target
        name: plugins
configuration:
  backupStorageLocation:
    - name: wasabi
      provider: aws
      bucket: {r.choice(['k8s-backups', 'velero-prod', 'cluster-dr'])}
      config:
        region: {reg}
        s3ForcePathStyle: "true"
        s3Url: https://s3.{reg}.wasabisys.com
credentials:
  useSecret: true
  secretContents:
    cloud: |
      [default]
      aws_access_key_id={c.wasabi_id()}
      aws_secret_access_key={c.v}
schedules:
  nightly:
    schedule: "0 2 * * *"
    template:
      ttl: "720h"
"""


@P("velero", "azure-storage-key", "ini", "azure")
def t_velero_azure(r, c):
    return pick(r, "velero/credentials-velero-azure", "deploy/velero/azure-credentials"), f"""AZURE_SUBSCRIPTION_ID={ruuid(r)}
AZURE_RESOURCE_GROUP=rg-{r.choice(['aks', 'backup', 'dr'])}-{r.choice(['weu', 'neu', 'eus'])}
AZURE_CLOUD_NAME=AzurePublicCloud
AZURE_STORAGE_ACCOUNT_ACCESS_KEY={c.v}
"""


@P("kopia", "repository-password", "yaml", "passphrase")
def t_volsync_kopia(r, c):
    return pick(r, "k8s/backup/kopia-repo-secret.yaml", "apps/nextcloud/backup-secret.yaml"), f"""apiVersion: v1
kind: Secret
metadata:
  name: {r.choice(['nextcloud', 'gitea', 'postgres'])}-kopia-repo
  namespace: {r.choice(['apps', 'default', 'media'])}
type: Opaque
stringData:
  KOPIA_REPOSITORY: s3://{r.choice(['homelab', 'backups'])}-kopia/{r.choice(['nextcloud', 'gitea'])}
  KOPIA_S3_ENDPOINT: minio.{r.choice(DOMAINS)}:9000
  KOPIA_PASSWORD: "{c.v}"
"""


# ---- PowerShell -------------------------------------------------------------------
@P("veeam", "credential-password", "ps1", "pw")
def t_vbr_addcreds(r, c):
    return pick(r, "scripts/veeam/Add-BackupCredentials.ps1", "veeam/setup/02-credentials.ps1"), f"""#Requires -Modules Veeam.Backup.PowerShell
# Registers the service accounts used by guest processing and Linux repositories
Import-Module Veeam.Backup.PowerShell -ErrorAction Stop
Connect-VBRServer -Server "{host(r)}"

$existing = Get-VBRCredentials | Where-Object {{ $_.Description -like "*guest processing*" }}
if (-not $existing) {{
    Add-VBRCredentials -User "{r.choice(USERS)}" -Password "{c.v}" -Description "Windows guest processing ({date(r)})"
}}

Add-VBRCredentials -Type Linux -User "veeamrepo" -Description "Hardened repository" -ElevateToRoot -AddToSudoers
Disconnect-VBRServer
"""


@P("veeam", "server-password", "ps1", "pw")
def t_vbr_connect(r, c):
    return pick(r, "scripts/Get-VeeamJobReport.ps1", "reports/veeam_daily.ps1", "tools/vbr-export.ps1"), f"""param(
    [string]$Server = "{host(r)}",
    [int]$Days = {r.choice([1, 7, 14])}
)
Import-Module Veeam.Backup.PowerShell
Connect-VBRServer -Server $Server -User "{r.choice(USERS)}" -Password '{c.v}'

$since = (Get-Date).AddDays(-$Days)
$sessions = Get-VBRBackupSession | Where-Object {{ $_.CreationTime -ge $since }}
$sessions | Select-Object JobName, Result, CreationTime, EndTime |
    Export-Csv -Path "C:\\Reports\\veeam_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
Disconnect-VBRServer
"""


@P("veeam", "encryption-password", "ps1", "passphrase")
def t_vbr_enckey(r, c):
    return pick(r, "scripts/veeam/New-EncryptionKey.ps1", "veeam/setup/04-encryption.ps1"), f"""# Encryption key for the offsite backup copy job
$plain = "{c.v}"
$secure = ConvertTo-SecureString -String $plain -AsPlainText -Force
$key = Add-VBREncryptionKey -Password $secure -Description "Offsite copy {date(r)}"
$job = Get-VBRJob -Name "{r.choice(['Offsite Copy', 'BCJ-DR', 'Copy to Wasabi'])}"
Set-VBRJobAdvancedStorageOptions -Job $job -EnableEncryption $true -EncryptionKey $key
"""


@P("veeam", "rest-api-password", "ps1", "pw")
def t_vbr_rest(r, c):
    return pick(r, "scripts/Invoke-VbrRest.ps1", "automation/veeam/token.ps1"), f"""$vbr = "https://{host(r)}:9419"
$body = @{{
    grant_type = "password"
    username   = "{r.choice(USERS)}"
    password   = "{c.v}"
}}
$headers = @{{ "x-api-version" = "1.1-rev2" }}
$token = Invoke-RestMethod -Method Post -Uri "$vbr/api/oauth2/token" -Body $body -Headers $headers -SkipCertificateCheck
$headers.Authorization = "Bearer $($token.access_token)"
$jobs = Invoke-RestMethod -Uri "$vbr/api/v1/jobs/states" -Headers $headers -SkipCertificateCheck
$jobs.data | Where-Object lastResult -ne "Success" | Format-Table name, lastResult, lastRun
"""


@P("rubrik", "api-token", "ps1", "jwt")
def t_rubrik_ps_token(r, c):
    return pick(r, "scripts/rubrik/Connect-Cluster.ps1", "rubrik/Get-SlaCompliance.ps1"), f"""Import-Module Rubrik
# API token generated for the reporting service user (valid 365 days)
$apiToken = "{c.v}"
Connect-Rubrik -Server {host(r)} -Token $apiToken | Out-Null
Get-RubrikVM -SLA "{r.choice(['Gold', 'Silver', 'Bronze'])}" |
    Select-Object name, effectiveSlaDomainName, clusterName |
    Export-Csv .\\sla_report.csv -NoTypeInformation
"""


@P("zerto", "zvm-password", "ps1", "pw")
def t_zerto_ps(r, c):
    return pick(r, "scripts/zerto/Test-Failover.ps1", "dr/zerto/failover-test.ps1"), f"""Import-Module ZertoApiWrapper
$zvm = "{host(r)}"
$user = "{r.choice(USERS)}"
$pass = ConvertTo-SecureString '{c.v}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)
Connect-ZertoServer -zertoServer $zvm -zertoPort 443 -credential $cred
Invoke-ZertoFailoverTest -vpgName "{r.choice(['ERP-Prod', 'SQL-Cluster', 'FileServices'])}"
Start-Sleep -Seconds 600
Stop-ZertoFailoverTest -vpgName "{r.choice(['ERP-Prod', 'SQL-Cluster'])}" -successful $true
"""


@P("cohesity", "api-key", "ps1", "uuid")
def t_cohesity_ps(r, c):
    return pick(r, "scripts/cohesity/Get-ProtectionRuns.ps1", "cohesity/report.ps1"), f"""Import-Module Cohesity.PowerShell
Connect-CohesityCluster -Server {host(r)} -APIKey "{c.v}"
Get-CohesityProtectionJob | Where-Object {{ -not $_.IsDeleted }} |
    ForEach-Object {{ Get-CohesityProtectionJobRun -JobId $_.Id -NumRuns 1 }} |
    Select-Object JobName, @{{n='Status';e={{$_.BackupRun.Status}}}}
"""


@P("commvault", "auth-token", "ps1", "qsdk")
def t_cv_ps(r, c):
    return pick(r, "scripts/commvault/Get-Jobs.ps1", "commvault/Invoke-CvApi.ps1"), f"""$webconsole = "https://{host(r)}/webconsole/api"
$headers = @{{
    Accept    = "application/json"
    Authtoken = "{c.v}"
}}
$jobs = Invoke-RestMethod -Uri "$webconsole/Job?completedJobLookupTime=86400" -Headers $headers
$jobs.jobs.jobSummary | Where-Object status -ne "Completed" |
    Select-Object jobId, subclientName, status, percentComplete
"""


@P("arcserve", "console-password", "ps1", "pw")
def t_arcserve(r, c):
    return pick(r, "scripts/arcserve/run_plan.ps1", "arcserve/udp_backup.ps1"), f"""# Kick off an incremental backup of the file-server plan from the task scheduler
$udpcli = "C:\\Program Files\\Arcserve\\Unified Data Protection\\Management\\PowerCLI\\UDPPowerCLI.ps1"
& $udpcli -Command Backup -UDPConsoleServerName {host(r)} `
    -UDPConsoleUserName "{r.choice(USERS)}" -UDPConsolePassword "{c.v}" `
    -PlanName "{r.choice(['FileServer-Daily', 'SQL-Hourly', 'Exchange'])}" -BackupJobType Incr -JobDescription "scheduled"
"""


# ---- shell ---------------------------------------------------------------------------
@P("commvault", "qlogin-password", "sh", "pw")
def t_cv_qlogin(r, c):
    return pick(r, "scripts/commvault/run_backup.sh", "bin/cv-backup-db.sh"), f"""#!/bin/bash
# Trigger an on-demand backup of the Oracle subclient after the batch run
set -euo pipefail
CS={host(r)}
qlogin -cs "$CS" -u {r.choice(['cvadmin', 'admin', 'svc_cvbackup'])} -clp '{c.v}'
qoperation backup -c {client(r)} -a Q_ORACLE -i {r.choice(['PROD', 'ERP1'])} -s default -t Q_INC
qlist job -c {client(r)} -format csv > /var/tmp/cv_jobs.csv
qlogout -cs "$CS"
"""


@P("veritas-netbackup", "bpnbat-password", "sh", "pw")
def t_bpnbat(r, c):
    prim = host(r)
    return pick(r, "scripts/nbu/nbu_login.sh", "netbackup/bin/renew_login.sh"), f"""#!/bin/sh
# Non-interactive bpnbat login for the reporting cron job
PATH=$PATH:/usr/openv/netbackup/bin
printf '%s\\n' "{prim}" 1556 unixpwd "{prim}" {r.choice(['nbuadmin', 'root', 'svc_report'])} '{c.v}' | bpnbat -login -loginType WEB
bpdbjobs -report -most_columns > /var/tmp/nbu_jobs.txt
"""


@P("veritas-netbackup", "api-key", "sh", "nbuapi")
def t_nbu_apikey(r, c):
    return pick(r, "scripts/nbu/list_jobs.sh", "tools/netbackup-api.sh"), f"""#!/usr/bin/env bash
NBU=https://{host(r)}:1556/netbackup
curl -sk "$NBU/admin/jobs?page%5Blimit%5D=50&sort=-jobId" \\
  -H "Accept: application/vnd.netbackup+json;version=8.0" \\
  -H "Authorization: {c.v}" | jq -r '.data[].attributes | [.jobId, .clientName, .status] | @tsv'
"""


@P("duplicati", "encryption-passphrase", "sh", "passphrase")
def t_duplicati_pass(r, c):
    return pick(r, "scripts/backup-home.sh", "bin/duplicati-nightly.sh", "ops/backup/duplicati.sh"), f"""#!/bin/bash
# nightly encrypted backup of /srv to B2
duplicati-cli backup "b2://{r.choice(['acme', 'corp', 'home'])}-backups/{client(r)}?auth-username=$B2_ACCOUNT_ID&auth-password=$B2_APP_KEY" \\
  /srv/data /etc \\
  --passphrase="{c.v}" \\
  --dbpath=/var/lib/duplicati/{client(r)}.sqlite \\
  --keep-time=90D \\
  --backup-name="{client(r)} nightly" \\
  --exclude="*.tmp"
"""


@P("duplicati", "target-url-password", "sh", "urlpw")
def t_duplicati_url(r, c):
    h = host(r)
    return pick(r, "scripts/restore-test.sh", "bin/duplicati-verify.sh"), f"""#!/bin/bash
set -e
TARGET="ssh://{h}:22/backups/{client(r)}?auth-username=duplicati&auth-password={c.v}&ssh-fingerprint=ssh-ed25519+256+{fp_colon(r, 16)}"
duplicati-cli test "$TARGET" 3 --passphrase-file=/etc/duplicati/passphrase --full-remote-verification=true
"""


@P("kopia", "repository-password", "sh", "passphrase")
def t_kopia_connect(r, c):
    return pick(r, "scripts/kopia-connect.sh", "install/kopia_setup.sh"), f"""#!/bin/sh
kopia repository connect s3 \\
  --bucket={r.choice(['kopia-repo', 'backups-eu'])} \\
  --endpoint=s3.{r.choice(['eu-central-1', 'us-west-1'])}.wasabisys.com \\
  --prefix={client(r)}/ \\
  --password='{c.v}'
kopia policy set --global --keep-daily=14 --keep-weekly=8 --compression=zstd
kopia snapshot create /srv
"""


@P("proxmox-backup-server", "password", "sh", "pw")
def t_pbs_client(r, c):
    return pick(r, "scripts/pbs-backup.sh", "usr/local/bin/pbs-host-backup", "ops/pbs/backup_etc.sh"), f"""#!/bin/bash
export PBS_REPOSITORY="{r.choice(['backup@pbs', 'root@pam'])}@{host(r)}:{r.choice(['store1', 'offsite'])}"
export PBS_PASSWORD="{c.v}"
export PBS_FINGERPRINT="{fp_colon(r)}"
proxmox-backup-client backup etc.pxar:/etc root.pxar:/ --exclude /proc --exclude /sys --backup-id "$(hostname -s)"
proxmox-backup-client prune "host/$(hostname -s)" --keep-daily 7 --keep-weekly 4
"""


@P("proxmox-backup-server", "api-token-secret", "sh", "uuid")
def t_pbs_curl(r, c):
    return pick(r, "scripts/pbs-gc-status.sh", "monitoring/check_pbs_datastore.sh"), f"""#!/bin/sh
# Nagios check: datastore usage on PBS
PBS=https://{host(r)}:8007
STORE=${{1:-store1}}
curl -fsS -k -H "Authorization: PBSAPIToken={r.choice(['monitor@pbs', 'root@pam'])}!{r.choice(['nagios', 'check', 'zabbix'])}:{c.v}" \\
  "$PBS/api2/json/admin/datastore/$STORE/status" | jq -r '.data | "\\(.used) \\(.total)"'
"""


@P("aws", "cloud-storage-secret", "sh", "aws")
def t_aws_sync(r, c):
    return pick(r, "scripts/offsite-sync.sh", "bin/push-archives-s3.sh"), f"""#!/bin/bash
# push last night's archive to the offsite bucket (glacier class)
export AWS_ACCESS_KEY_ID={c.akid()}
export AWS_SECRET_ACCESS_KEY={c.v}
export AWS_DEFAULT_REGION={r.choice(['eu-west-1', 'us-east-1'])}
ARCHIVE=/srv/archive/$(date +%F).tar.zst
aws s3 cp "$ARCHIVE" s3://{r.choice(['acme', 'corp'])}-offsite-archive/$(hostname -s)/ --storage-class DEEP_ARCHIVE
sha256sum "$ARCHIVE" >> /srv/archive/SHA256SUMS
"""


@P("azure", "sas-token", "sh", "sas")
def t_azcopy(r, c):
    acct = r.choice(["stbackupweu", "corpdrarchive", "veeamoffsite01"])
    d1 = date(r)
    return pick(r, "scripts/azcopy-archive.sh", "bin/upload_to_blob.sh"), f"""#!/bin/bash
SRC=/srv/bacula/archive
DEST="https://{acct}.blob.core.windows.net/{r.choice(['bacula', 'archive', 'vault'])}?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se={d1}T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig={c.v}"
azcopy copy "$SRC/*" "$DEST" --recursive --overwrite=ifSourceNewer --log-level=WARNING
"""


@P("commvault", "auth-token", "sh", "qsdk")
def t_cv_curl(r, c):
    return pick(r, "scripts/cv-client-list.sh", "tools/commvault/clients.sh"), f"""#!/bin/bash
curl -s "https://{host(r)}/webconsole/api/Client" \\
  -H "Accept: application/json" \\
  -H "Authtoken: {c.v}" | jq '.clientProperties[].client.clientEntity.clientName'
"""


@P("rubrik", "client-secret", "sh", "rubrik")
def t_rubrik_curl(r, c):
    return pick(r, "scripts/rsc-token.sh", "bin/rubrik_get_token.sh"), f"""#!/bin/bash
RSC=https://{r.choice(['acme', 'corp', 'globex'])}.my.rubrik.com
TOKEN=$(curl -s -X POST "$RSC/api/client_token" -H "Content-Type: application/json" \\
  -d '{{"grant_type":"client_credentials","client_id":"client|{ruuid(r)}","client_secret":"{c.v}"}}' | jq -r .access_token)
curl -s "$RSC/api/graphql" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
  -d '{{"query":"query {{ clusterConnection {{ nodes {{ id name status }} }} }}"}}'
"""


@P("acronis", "client-secret", "sh", "acronis")
def t_acronis(r, c):
    return pick(r, "scripts/acronis/get_token.sh", "integrations/acronis/token.sh"), f"""#!/bin/sh
DC=https://{r.choice(['eu2', 'us5', 'eu8'])}-cloud.acronis.com
curl -s -X POST "$DC/api/2/idp/token" \\
  -u "{ruuid(r)}:{c.v}" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials" | jq -r .access_token > /run/acronis.token
"""


@P("druva", "client-secret", "sh", "druva")
def t_druva(r, c):
    return pick(r, "scripts/druva_events.sh", "siem/druva/pull.sh"), f"""#!/bin/bash
CLIENT_ID="{rs(r, ALNUM, 32)}"
TOKEN=$(curl -s -X POST https://apis.druva.com/token \\
  -u "$CLIENT_ID:{c.v}" -d 'grant_type=client_credentials' | jq -r .access_token)
curl -s https://apis.druva.com/insync/eventmanagement/v2/events -H "Authorization: Bearer $TOKEN"
"""


@P("cohesity", "api-key", "sh", "uuid")
def t_cohesity_curl(r, c):
    return pick(r, "scripts/helios_alerts.sh", "monitoring/cohesity_alerts.sh"), f"""#!/bin/bash
curl -s "https://helios.cohesity.com/v2/mcm/alerts?alertStates=kOpen" \\
  -H "accept: application/json" \\
  -H "apiKey: {c.v}" | jq '.alertsList[] | {{id, severity, alertDocument}}'
"""


# ---- Python ----------------------------------------------------------------------------
@P("commvault", "password", "py", "pw")
def t_cvpysdk(r, c):
    return pick(r, "tools/cv_report.py", "commvault/jobs_report.py", "scripts/cv_restore.py"), f"""#!/usr/bin/env python3
\"\"\"Daily Commvault job summary posted to the ops channel.\"\"\"
import csv
import sys

from cvpysdk.commcell import Commcell

COMMSERVE = "{host(r)}"


def main():
    commcell = Commcell(COMMSERVE, "{r.choice(['cvadmin', 'svc_report'])}", "{c.v}")
    jobs = commcell.job_controller.finished_jobs(lookup_time=24)
    writer = csv.writer(sys.stdout)
    for job_id, props in jobs.items():
        writer.writerow([job_id, props["client_name"], props["status"]])
    commcell.logout()


if __name__ == "__main__":
    main()
"""


@P("cohesity", "password", "py", "pw")
def t_cohesity_py(r, c):
    return pick(r, "tools/cohesity_jobs.py", "dr/cohesity_pause.py"), f"""from cohesity_management_sdk.cohesity_client import CohesityClient

client = CohesityClient(cluster_vip="{host(r)}",
                        username="{r.choice(['admin', 'svc_automation'])}",
                        password="{c.v}",
                        domain="LOCAL")

for job in client.protection_jobs.get_protection_jobs(is_deleted=False):
    if job.environment == "kVMware":
        print(job.id, job.name, job.policy_id)
"""


@P("proxmox-backup-server", "api-token-secret", "py", "uuid")
def t_pbs_proxmoxer(r, c):
    return pick(r, "tools/pbs_inventory.py", "scripts/pbs_snapshots.py"), f"""from proxmoxer import ProxmoxAPI

pbs = ProxmoxAPI(
    "{host(r)}",
    service="PBS",
    user="{r.choice(['backup@pbs', 'root@pam'])}",
    token_name="{r.choice(['inventory', 'automation'])}",
    token_value="{c.v}",
    verify_ssl=False,
)

for store in pbs.admin.datastore.get():
    snaps = pbs.admin.datastore(store["store"]).snapshots.get()
    print(store["store"], len(snaps))
"""


@P("wasabi", "cloud-storage-secret", "py", "wasabi")
def t_boto_wasabi(r, c):
    return pick(r, "archiver/storage.py", "app/backup/uploader.py", "src/archive_upload.py"), f"""import boto3
from botocore.config import Config

BUCKET = "{r.choice(['cold-archive', 'legal-hold', 'db-dumps'])}"


def s3_client():
    return boto3.client(
        "s3",
        endpoint_url="https://s3.{r.choice(['eu-central-1', 'us-east-2'])}.wasabisys.com",
        aws_access_key_id="{c.wasabi_id()}",
        aws_secret_access_key="{c.v}",
        config=Config(retries={{"max_attempts": 5, "mode": "standard"}}),
    )


def upload(path, key):
    s3_client().upload_file(path, BUCKET, key, ExtraArgs={{"StorageClass": "STANDARD"}})
"""


@P("azure", "storage-account-key", "py", "azure")
def t_azure_py(r, c):
    acct = r.choice(["stbackupweu", "corpdrarchive", "veeamoffsite01"])
    return pick(r, "archiver/azure_blob.py", "tools/rotate_archives.py"), f"""from datetime import datetime, timedelta, timezone

from azure.storage.blob import BlobServiceClient

service = BlobServiceClient(
    account_url="https://{acct}.blob.core.windows.net",
    credential="{c.v}",
)
container = service.get_container_client("{r.choice(['archive', 'vault', 'bacula'])}")
cutoff = datetime.now(timezone.utc) - timedelta(days=400)
for blob in container.list_blobs():
    if blob.last_modified < cutoff:
        container.delete_blob(blob.name)
"""


@P("zerto", "zvm-password", "py", "pw")
def t_zerto_py(r, c):
    return pick(r, "tools/zerto_vpg_status.py", "dr/zvm_check.py"), f"""import requests

ZVM = "https://{host(r)}:9669"
session = requests.Session()
session.verify = False
resp = session.post(f"{{ZVM}}/v1/session/add", auth=("{r.choice(USERS).replace(chr(92), chr(92)*2)}", "{c.v}"))
session.headers["x-zerto-session"] = resp.headers["x-zerto-session"]
for vpg in session.get(f"{{ZVM}}/v1/vpgs").json():
    print(vpg["VpgName"], vpg["Status"], vpg["ActualRPO"])
"""


# ---- Terraform ---------------------------------------------------------------------------
@P("cohesity", "cluster-password", "tf", "pw")
def t_tf_cohesity(r, c):
    return pick(r, "terraform/cohesity/main.tf", "infra/backup/cohesity.tf"), f"""terraform {{
  required_providers {{
    cohesity = {{
      source  = "cohesity/cohesity"
      version = "~> 0.1"
    }}
  }}
}}

provider "cohesity" {{
  cluster_vip      = "{ip(r)}"
  cluster_username = "admin"
  cluster_password = "{c.v}"
  cluster_domain   = "LOCAL"
}}

resource "cohesity_source_vmware" "vcenter" {{
  endpoint = "vcsa.{r.choice(DOMAINS)}"
  username = "administrator@vsphere.local"
  password = var.vcenter_password
}}
"""


@P("azure", "storage-account-key", "tf", "azure")
def t_tf_azure(r, c):
    return pick(r, "terraform/veeam-repo/variables.tf", "infra/dr/variables.tf"), f"""variable "location" {{
  type    = string
  default = "westeurope"
}}

variable "repo_container" {{
  type    = string
  default = "veeam-sobr-capacity"
}}

variable "repo_storage_key" {{
  description = "Access key of the capacity-tier storage account"
  type        = string
  default     = "{c.v}"
}}
"""


@P("aws", "cloud-storage-secret", "tf", "aws")
def t_tf_velero_secret(r, c):
    return pick(r, "terraform/k8s/velero.tf", "infra/cluster/backup.tf"), f"""resource "kubernetes_namespace" "velero" {{
  metadata {{
    name = "velero"
  }}
}}

resource "kubernetes_secret" "velero_cloud" {{
  metadata {{
    name      = "cloud-credentials"
    namespace = kubernetes_namespace.velero.metadata[0].name
  }}
  data = {{
    cloud = <<-EOT
      [default]
      aws_access_key_id={c.akid()}
      aws_secret_access_key={c.v}
    EOT
  }}
}}
"""


# ---- JSON --------------------------------------------------------------------------------
@P("proxmox-backup-server", "encryption-key", "json", "pbskey")
def t_pbs_keyfile(r, c):
    t = ts(r).replace("Z", "+0%d:00" % r.randint(0, 2))
    return pick(r, "etc/pve/priv/storage/pbs-offsite.enc", "config/proxmox-backup/encryption-key.json", "keys/pbs-client.key"), f"""{{
  "kdf": null,
  "created": "{t}",
  "modified": "{t}",
  "data": "{c.v}",
  "fingerprint": "{fp_colon(r)}"
}}
"""


@P("veeam", "credential-password", "json", "pw")
def t_veeam_json(r, c):
    return pick(r, "api/veeam/credentials.json", "payloads/vbr_add_credentials.json"), f"""{{
  "type": "Standard",
  "username": "{r.choice(USERS).replace(chr(92), chr(92)*2)}",
  "password": "{c.v}",
  "description": "Guest OS credentials for {r.choice(['SQL', 'Exchange', 'DC'])} servers"
}}
"""


@P("rubrik", "client-secret", "json", "rubrik")
def t_rubrik_sa(r, c):
    t = r.choice(["acme", "corp", "globex"])
    return pick(r, "config/rubrik-service-account.json", "secrets/rsc_sa.json", ".rubrik/service-account.json"), f"""{{
  "client_id": "client|{ruuid(r)}",
  "client_secret": "{c.v}",
  "name": "{r.choice(['terraform', 'reporting', 'servicenow'])}-automation",
  "access_token_uri": "https://{t}.my.rubrik.com/api/client_token"
}}
"""


@P("duplicati", "encryption-passphrase", "json", "passphrase")
def t_duplicati_export(r, c):
    return pick(r, "duplicati/exports/%s-backup.json" % client(r), "backup-configs/duplicati-nas.json"), f"""{{
  "CreatedByVersion": "2.0.{r.randint(6, 8)}.{r.randint(1, 105)}",
  "Schedule": {{
    "Repeat": "1D",
    "AllowedDays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  }},
  "Backup": {{
    "Name": "{client(r)} documents",
    "TargetURL": "webdavs://{host(r)}/remote.php/dav/files/backup/duplicati",
    "Sources": ["/home/", "/etc/"],
    "Settings": [
      {{ "Name": "encryption-module", "Value": "aes" }},
      {{ "Name": "passphrase", "Value": "{c.v}" }},
      {{ "Name": "dblock-size", "Value": "50mb" }},
      {{ "Name": "keep-time", "Value": "6M" }}
    ]
  }}
}}
"""


@P("commvault", "auth-token", "json", "qsdk")
def t_cv_login_resp(r, c):
    return pick(r, "tests/fixtures/cv_login_response.json", "cache/commvault_session.json"), f"""{{
  "aliasName": "{r.randint(1, 99)}",
  "userGUID": "{rguid_upper(r)}",
  "loginAttempts": 0,
  "remainingLockTime": 0,
  "smtpAddress": "backup-team@{r.choice(DOMAINS)}",
  "userName": "{r.choice(['cvadmin', 'svc_report'])}",
  "providerType": 1,
  "ccn": 0,
  "token": "{c.v}",
  "capability": 4328650366975,
  "forcePasswordChange": false
}}
"""


# ---- XML / INI -------------------------------------------------------------------------
@P("commvault", "login-password-base64", "xml", "b64pw")
def t_cv_xml(r, c):
    return pick(r, "api/commvault/login.xml", "payloads/cv_login.xml"), f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- POST /webconsole/api/Login ; password is base64 encoded -->
<DM2ContentIndexing_CheckCredentialReq domain="{r.choice(['', 'CORP'])}" username="{r.choice(['cvadmin', 'svc_report'])}" password="{c.v}" commserver="" timeout="30"/>
"""


@P("veeam", "repository-password", "xml", "pw")
def t_xml_settings(r, c):
    return pick(r, "config/BackupSettings.xml", "deploy/vbr/repositories.xml"), f"""<?xml version="1.0" encoding="utf-8"?>
<BackupSettings>
  <Server>{host(r)}</Server>
  <Repositories>
    <Repository name="{r.choice(['Hardened-Linux-01', 'SOBR-Perf', 'NAS-Repo'])}" type="LinuxHardened">
      <Host>{ip(r)}</Host>
      <Path>/mnt/veeam/repo1</Path>
      <Immutability days="{r.choice([7, 14, 30])}"/>
    </Repository>
    <Repository name="SMB-Archive" type="Smb">
      <Share>\\\\{client(r)}\\veeam$</Share>
      <Credential user="{r.choice(USERS)}" password="{c.v}"/>
    </Repository>
  </Repositories>
</BackupSettings>
"""


@P("wasabi", "cloud-storage-secret", "ini", "wasabi")
def t_rclone(r, c):
    return pick(r, "config/rclone/rclone.conf", "backup/rclone.conf", "roles/offsite/files/rclone.conf"), f"""[wasabi]
type = s3
provider = Wasabi
access_key_id = {c.wasabi_id()}
secret_access_key = {c.v}
region = {r.choice(['eu-central-1', 'us-east-1'])}
endpoint = s3.{r.choice(['eu-central-1', 'us-east-1'])}.wasabisys.com
acl = private

[local-archive]
type = alias
remote = /srv/archive
"""


@P("acronis", "client-secret", "ini", "acronis")
def t_acronis_ini(r, c):
    return pick(r, "config/acronis.ini", "integrations/psa/acronis.cfg"), f"""[acronis]
datacenter = https://{r.choice(['eu2', 'us5'])}-cloud.acronis.com
tenant_id = {ruuid(r)}
client_id = {ruuid(r)}
secret = {c.v}
poll_interval = 300

[alerts]
severity = warning
forward_to = servicenow
"""


@P("urbackup", "internet-auth-key", "ini", "urbackup")
def t_urbackup(r, c):
    return pick(r, "etc/urbackup/settings.cfg", "usr/local/var/urbackup/data/settings.cfg"), f"""internet_mode_enabled=true
internet_server={host(r)}
internet_server_port=55415
internet_authkey={c.v}
computername={client(r)}
internet_image_backups=false
internet_full_file_backups=true
update_freq_incr=18000
update_freq_full=2592000
"""


@P("amanda", "cloud-storage-secret", "conf", "aws")
def t_amanda(r, c):
    return pick(r, "etc/amanda/DailySet1/amanda.conf", "amanda/daily/amanda.conf"), f"""org "DailySet1"
mailto "backup-team@{r.choice(DOMAINS)}"
dumpuser "amandabackup"
inparallel 4
dumpcycle 7
runspercycle 7

define changer s3_vtapes {{
    tapedev "chg-multi:s3:{r.choice(['acme', 'corp'])}-amanda/DailySet1/slot-{{01..20}}"
    device-property "S3_ACCESS_KEY" "{c.akid()}"
    device-property "S3_SECRET_KEY" "{c.v}"
    device-property "S3_SSL" "YES"
    device-property "S3_BUCKET_LOCATION" "{r.choice(['eu-west-1', 'us-east-1'])}"
}}
tpchanger "s3_vtapes"
tapetype S3
"""


# ---- Markdown / cron / systemd / docker / env / log -----------------------------------
@P("proxmox-backup-server", "password", "md", "pw")
def t_md_pbs(r, c):
    return pick(r, "docs/runbooks/restore-from-pbs.md", "runbooks/dr/pbs-restore.md"), f"""# Restore a VM from the offsite PBS

1. Log in to a PVE node as root.
2. Add the offsite datastore if it is not configured:

   ```bash
   pvesm add pbs offsite --server {host(r)} --datastore {r.choice(['offsite', 'store2'])} \\
     --username archiver@pbs --password '{c.v}' --fingerprint {fp_colon(r)}
   ```

3. List the snapshots: `pvesm list offsite --vmid 104`.
4. Restore: `qmrestore offsite:backup/vm/104/2024-03-02T01:00:02Z 104 --storage local-zfs`.
5. Record the restore in the DR log with the ticket number.
"""


@P("kopia", "repository-password", "md", "passphrase")
def t_md_kopia(r, c):
    return pick(r, "docs/backup.md", "README-backups.md", "docs/runbooks/kopia.md"), f"""## Backups

The file server is snapshotted every night with Kopia to the Wasabi bucket.

Connect a workstation to the repository for restores:

```
kopia repository connect s3 --bucket=fs-kopia --endpoint=s3.wasabisys.com \\
  --access-key=$WASABI_KEY --secret-access-key=$WASABI_SECRET
```

Repository password: `{c.v}`

Then mount the latest snapshot: `kopia mount all /mnt/kopia`.
"""


@P("veeam", "service-account-password", "md", "pw")
def t_md_veeam(r, c):
    return pick(r, "docs/dr/veeam-failover.md", "wiki/Backup/Veeam.md"), f"""# Veeam B&R – DR failover checklist

| Item | Value |
|------|-------|
| VBR server | {host(r)} |
| Console port | 9392 |
| Service account | {r.choice(USERS)} |
| Password | {c.v} |
| Config backup | \\\\{client(r)}\\VeeamConfigBackup |

* Restore the configuration database first (Configuration Restore wizard).
* Re-scan the repositories, then start the replicas failover plan "{r.choice(['Tier1', 'Core-Apps'])}".
"""


@P("kopia", "repository-password", "cron", "passphrase")
def t_cron_kopia(r, c):
    return pick(r, "etc/cron.d/kopia-snapshot", "cron/kopia"), f"""SHELL=/bin/sh
PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin
KOPIA_PASSWORD={c.v}
KOPIA_CONFIG_PATH=/root/.config/kopia/repository.config

# m h dom mon dow user command
{r.randint(0, 59)} {r.randint(0, 5)} * * * root kopia snapshot create /srv /etc --log-level=warning >> /var/log/kopia.log 2>&1
30 6 * * 0 root kopia maintenance run --full >> /var/log/kopia.log 2>&1
"""


@P("duplicati", "encryption-passphrase", "cron", "passphrase")
def t_cron_dup(r, c):
    return pick(r, "etc/cron.d/duplicati", "crontab/backup"), f"""# Duplicati CLI nightly job (the GUI service is disabled on this host)
MAILTO=ops@{r.choice(DOMAINS)}
{r.randint(0, 59)} 1 * * * root /usr/bin/duplicati-cli backup "file:///mnt/usb-backup/{client(r)}" /srv --passphrase="{c.v}" --keep-versions=30 --log-file=/var/log/duplicati.log
"""


@P("proxmox-backup-server", "password", "systemd", "pw")
def t_systemd_pbs(r, c):
    return pick(r, "etc/systemd/system/pbs-backup.service", "systemd/pbs-host-backup.service"), f"""[Unit]
Description=Host backup to Proxmox Backup Server
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
Environment=PBS_REPOSITORY={r.choice(['backup@pbs', 'root@pam'])}@{host(r)}:{r.choice(['store1', 'hosts'])}
Environment=PBS_PASSWORD={c.v}
ExecStart=/usr/bin/proxmox-backup-client backup root.pxar:/ --include-dev /boot
Nice=10
IOSchedulingClass=idle
"""


@P("duplicati", "webservice-password", "systemd", "pw")
def t_systemd_dup(r, c):
    return pick(r, "etc/systemd/system/duplicati.service", "deploy/duplicati.service"), f"""[Unit]
Description=Duplicati web-server
After=network.target

[Service]
Nice=19
IOSchedulingClass=idle
EnvironmentFile=-/etc/default/duplicati
ExecStart=/usr/bin/duplicati-server --webservice-interface=any --webservice-port=8200 --webservice-password={c.v}
Restart=always

[Install]
WantedBy=multi-user.target
"""


@P("kopia", "repository-password", "docker", "passphrase")
def t_compose_kopia(r, c):
    return pick(r, "docker-compose.yml", "compose/kopia/docker-compose.yml", "stacks/backup/compose.yaml"), f"""services:
  kopia:
    image: kopia/kopia:{r.choice(['latest', '0.17.0', '0.18.2'])}
    hostname: {r.choice(['kopia', 'backup-srv'])}
    restart: unless-stopped
    command:
      - server
      - start
      - --insecure
      - --address=0.0.0.0:51515
      - --server-username=admin
      - --server-password=${{KOPIA_UI_PASSWORD}}
    environment:
      KOPIA_PASSWORD: "{c.v}"
      TZ: Europe/Berlin
    volumes:
      - ./config:/app/config
      - ./cache:/app/cache
      - /srv:/data:ro
"""


@P("wasabi", "cloud-storage-secret", "docker", "wasabi")
def t_dockerfile(r, c):
    return pick(r, "Dockerfile", "docker/archiver/Dockerfile", "images/backup-sidecar/Dockerfile"), f"""FROM alpine:3.{r.randint(17, 20)}
RUN apk add --no-cache rclone tar zstd bash
ENV RCLONE_CONFIG_WASABI_TYPE=s3 \\
    RCLONE_CONFIG_WASABI_PROVIDER=Wasabi \\
    RCLONE_CONFIG_WASABI_ENDPOINT=s3.wasabisys.com \\
    RCLONE_CONFIG_WASABI_ACCESS_KEY_ID={c.wasabi_id()} \\
    RCLONE_CONFIG_WASABI_SECRET_ACCESS_KEY={c.v}
COPY archive.sh /usr/local/bin/archive.sh
ENTRYPOINT ["/usr/local/bin/archive.sh"]
"""


@P("rubrik", "client-secret", "env", "rubrik")
def t_env_rubrik(r, c):
    return ".env" if not c.neg else ".env.example", f"""RSC_URL=https://{r.choice(['acme', 'corp'])}.my.rubrik.com
RSC_CLIENT_ID=client|{ruuid(r)}
RSC_CLIENT_SECRET={c.v}
LOG_LEVEL=info
"""


@P("duplicati", "encryption-passphrase", "log", "passphrase")
def t_log_dup(r, c):
    d = date(r)
    return pick(r, "logs/backup-%s.log" % d, "var/log/duplicati-cron.log"), f"""{d} 01:{r.randint(10, 59)}:02 INFO  starting nightly backup for {client(r)}
{d} 01:{r.randint(10, 59)}:02 DEBUG exec: /usr/bin/duplicati-cli backup file:///mnt/nas/backup /srv --passphrase={c.v} --keep-versions=30
{d} 01:{r.randint(10, 59)}:40 INFO  Backup started at {d} 01:14:02
{d} 02:0{r.randint(0, 9)}:11 INFO  Examined 48213 (12.4 GB) files, added 311 (402.1 MB)
{d} 02:0{r.randint(0, 9)}:12 INFO  Compacting not required
{d} 02:0{r.randint(0, 9)}:13 INFO  finished with exit code 0
"""


# ================================================================ look-alike negatives
@N("bacula", "md5-console-password")
def n_bacula_md5(r, c):
    u = r.choice(["admin", "monitor", "operator"])
    return pick(r, "etc/bareos/bareos-dir.d/console/%s.conf" % u, "etc/bacula/conf.d/console-%s.conf" % u), f"""Console {{
  Name = {u}
  Password = "[md5]{rhex(r, 32)}"
  Profile = "{r.choice(['webui-admin', 'operator', 'webui-readonly'])}"
  TLS Enable = No
}}
"""


@N("bacula", "include-directives")
def n_bacula_includes(r, c):
    return pick(r, "etc/bacula/bacula-dir.conf", "bacula/bacula-dir.conf"), f"""Director {{
  Name = bacula-dir
  DIRport = 9101
  QueryFile = "/etc/bacula/scripts/query.sql"
  WorkingDirectory = "/var/lib/bacula"
  PidDirectory = "/run/bacula"
  Maximum Concurrent Jobs = 20
  @/etc/bacula/secrets/director-password.inc
  Messages = Daemon
}}

@/etc/bacula/conf.d/catalog.conf
@/etc/bacula/conf.d/storage.conf
@|"sh -c 'for f in /etc/bacula/clients.d/*.conf ; do echo @${{f}} ; done'"
"""


@N("bacula", "job-log")
def n_bacula_joblog(r, c):
    jid = r.randint(1000, 90000)
    cl = client(r)
    d = date(r)
    return pick(r, "logs/bacula/job-%d.log" % jid, "var/log/bacula/bacula.log"), f"""{d} 23:05:02 bacula-dir JobId {jid}: Start Backup JobId {jid}, Job=Backup-{cl}.{d}_23.05.00_{r.randint(10, 59)}
{d} 23:05:02 bacula-dir JobId {jid}: Using Device "FileChgr1-Dev1" to write.
{d} 23:05:03 bacula-sd JobId {jid}: Volume "Vol-{r.randint(1, 900):04d}" previously written, moving to end of data.
{d} 23:41:19 bacula-dir JobId {jid}: Bacula bacula-dir 13.0.3 (02Jun23):
  Build OS:               x86_64-pc-linux-gnu debian 12
  JobId:                  {jid}
  Job:                    Backup-{cl}.{d}_23.05.00_{r.randint(10, 59)}
  Backup Level:           Incremental, since={d} 23:05:01
  Client:                 "{cl}-fd" 13.0.3 (02Jun23) x86_64-pc-linux-gnu,debian,12
  FileSet:                "Full Set" {d} 23:05:00
  Pool:                   "File" (From Job resource)
  Storage:                "File1" (From Job resource)
  Volume name(s):         Vol-{r.randint(1, 900):04d}
  SD Bytes Written:       {r.randint(10**8, 10**10):,} ({r.randint(1, 9)}.{r.randint(0, 9)} GB)
  Software Compression:   {r.randint(30, 70)}.{r.randint(0, 9)}% 2.1:1
  Encryption:             yes
  Accurate:               yes
  Volume Session Id:      {r.randint(1, 200)}
  Volume Session Time:    {r.randint(1690000000, 1720000000)}
  Last Volume Bytes:      {r.randint(10**8, 10**10):,}
  Termination:            Backup OK
"""


@N("bacula", "pki-config")
def n_bacula_pki(r, c):
    return pick(r, "etc/bacula/bacula-fd.conf", "roles/bacula_fd/templates/pki.conf"), f"""FileDaemon {{
  Name = {client(r)}-fd
  FDport = 9102
  WorkingDirectory = /var/lib/bacula
  Pid Directory = /run/bacula
  PKI Signatures = Yes
  PKI Encryption = Yes
  PKI Keypair = "/etc/bacula/keys/{client(r)}-fd.pem"
  PKI Master Key = "/etc/bacula/keys/master.cert"
  TLS Enable = yes
  TLS Require = yes
  TLS CA Certificate File = /etc/bacula/tls/ca.crt
  TLS Certificate = /etc/bacula/tls/fd.crt
  TLS Key = /etc/bacula/tls/fd.key
}}
"""


@N("bacula", "catalog-md5-column")
def n_bacula_sql_md5(r, c):
    rows = "\n".join("| %7d | %-34s | %s |" % (r.randint(10**5, 10**7), "/etc/" + r.choice(["passwd", "hosts", "fstab", "nginx/nginx.conf", "ssh/sshd_config", "bacula/bacula-fd.conf"]), b64(r, 16).rstrip("=")) for _ in range(r.randint(4, 8)))
    return pick(r, "docs/bacula/verify-query.md", "reports/bacula_md5_check.txt"), f"""-- query used to compare catalog digests after a restore
-- SELECT FileId, Path.Path || File.Filename AS name, File.MD5 FROM File JOIN Path USING (PathId) WHERE JobId = {r.randint(1000, 9000)};
+---------+------------------------------------+------------------------+
| fileid  | name                               | md5                    |
+---------+------------------------------------+------------------------+
{rows}
+---------+------------------------------------+------------------------+
"""


@N("proxmox-backup-server", "storage-fingerprint")
def n_pve_storage(r, c):
    return pick(r, "etc/pve/storage.cfg", "pve/storage.cfg"), f"""dir: local
	path /var/lib/vz
	content iso,vztmpl,backup

zfspool: local-zfs
	pool rpool/data
	sparse
	content images,rootdir

pbs: {r.choice(['pbs01', 'offsite', 'backup'])}
	datastore {r.choice(['store1', 'zfs-backup'])}
	server {host(r)}
	content backup
	fingerprint {fp_colon(r)}
	prune-backups keep-all=1
	username {r.choice(['archiver@pbs', 'root@pam', 'backup@pbs!pve'])}
	encryption-key {fp_colon(r)}
"""


@N("proxmox-backup-server", "token-list")
def n_pbs_tokens(r, c):
    rows = "\n".join("│ %-28s │      1 │      0 │ %-20s │" % ("%s!%s" % (r.choice(["backup@pbs", "root@pam", "sync@pbs"]), r.choice(["vzdump", "sync", "monitor", "ansible", "nagios"])), r.choice(["pve cluster", "offsite sync", "checks", ""])) for _ in range(r.randint(2, 5)))
    return pick(r, "docs/pbs/tokens.txt", "notes/pbs-audit.md"), f"""# proxmox-backup-manager user list-tokens backup@pbs
┌──────────────────────────────┬────────┬────────┬──────────────────────┐
│ tokenid                      │ enable │ expire │ comment              │
╞══════════════════════════════╪════════╪════════╪══════════════════════╡
{rows}
└──────────────────────────────┴────────┴────────┴──────────────────────┘
ACL: /datastore/store1 -> DatastoreBackup (propagate)
"""


@N("proxmox-backup-server", "key-fingerprint")
def n_pbs_keyshow(r, c):
    return pick(r, "docs/pbs/encryption.md", "runbooks/pbs-key-escrow.md"), f"""## Client encryption key

The key is stored in the password safe; only its fingerprint is recorded here.

```
# proxmox-backup-client key show /root/.config/proxmox-backup/encryption-key.json
┌─────────────┬──────────────────────────────────────────────────────────────────────────────────────────────────┐
│ Property    │ Value                                                                                            │
╞═════════════╪══════════════════════════════════════════════════════════════════════════════════════════════════╡
│ kdf         │ scrypt                                                                                           │
│ created     │ {ts(r)}                                                                             │
│ fingerprint │ {fp_colon(r)} │
└─────────────┴──────────────────────────────────────────────────────────────────────────────────────────────────┘
```

Paper copy: `proxmox-backup-client key paperkey --output-format text` (kept in the safe, room {r.randint(100, 400)}).
"""


@N("proxmox-backup-server", "master-public-key")
def n_pbs_pubkey(r, c):
    body = b64(r, 294)
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return pick(r, "etc/proxmox-backup/master-public.pem", "keys/master-public.pem"), f"""-----BEGIN PUBLIC KEY-----
{lines}
-----END PUBLIC KEY-----
"""


@N("generic", "archive-checksums")
def n_sha256sums(r, c):
    rows = "\n".join("%s  %s-%s.tar.zst" % (rhex(r, 64), r.choice(CLIENTS), date(r)) for _ in range(r.randint(4, 9)))
    return pick(r, "archive/SHA256SUMS", "srv/archive/2024/SHA256SUMS", "checksums/offsite.sha256"), rows + "\n"


@N("veeam", "dpapi-securestring")
def n_veeam_dpapi(r, c):
    blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + rhex(r, r.choice([300, 364, 428]))
    return pick(r, "scripts/veeam/Connect-Vbr.ps1", "veeam/Start-OffsiteCopy.ps1"), f"""# The password was exported with ConvertFrom-SecureString by the service account on this host;
# it can only be decrypted by that account (DPAPI).
$encrypted = "{blob}"
$secure = ConvertTo-SecureString -String $encrypted
$cred = New-Object System.Management.Automation.PSCredential ("{r.choice(USERS)}", $secure)
Connect-VBRServer -Server {host(r)} -Credential $cred
Start-VBRJob -Job (Get-VBRJob -Name "{r.choice(['Offsite Copy', 'BCJ-DR'])}") -RunAsync
"""


@N("veeam", "job-ids-csv")
def n_veeam_csv(r, c):
    rows = "\n".join('"%s","%s","%s","%s"' % (r.choice(["SQL Daily", "File Servers", "DC Backup", "Exchange", "Linux VMs"]), rguid_upper(r).lower(), r.choice(["Success", "Warning", "Failed"]), ts(r)) for _ in range(r.randint(4, 9)))
    return pick(r, "reports/veeam_sessions.csv", "exports/vbr-jobs.csv"), '"JobName","Id","Result","EndTime"\n' + rows + "\n"


@N("veeam", "rest-response-ids")
def n_veeam_resp(r, c):
    items = ",\n".join('    {"id": "%s", "name": "%s", "type": "Backup", "status": "Inactive", "lastResult": "%s", "objectsCount": %d, "repositoryId": "%s"}' % (ruuid(r), r.choice(["SQL Daily", "File Servers", "DC Backup"]), r.choice(["Success", "Warning"]), r.randint(1, 40), ruuid(r)) for _ in range(r.randint(2, 4)))
    return pick(r, "tests/fixtures/vbr_jobs_states.json", "samples/veeam/jobs.json"), "{\n  \"data\": [\n" + items + "\n  ],\n  \"pagination\": {\"total\": 3, \"count\": 3, \"skip\": 0, \"limit\": 200}\n}\n"


@N("commvault", "job-list")
def n_cv_jobs(r, c):
    rows = "\n".join("%-8d %-10s %-14s %-12s %-10s %s" % (r.randint(10**5, 10**7), r.choice(["Backup", "Aux Copy", "Restore"]), client(r), r.choice(["FileSystem", "SQL Server", "Oracle"]), r.choice(["Completed", "Running", "Pending"]), rguid_upper(r)) for _ in range(r.randint(4, 8)))
    return pick(r, "logs/qlist_job.txt", "reports/commvault_jobs.txt"), "JOBID    OPERATION  CLIENT         AGENT TYPE   STATUS     SUBCLIENT GUID\n" + rows + "\n"


@N("commvault", "commcell-guid-reg")
def n_cv_reg(r, c):
    return pick(r, "exports/commvault-instance001.reg", "docs/commvault/registry.reg"), f"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\CommVault Systems\\Galaxy\\Instance001\\CommServe]
"sCSHOSTNAME"="{host(r)}"
"sCSCLIENTNAME"="{r.choice(['commserve', 'cs01'])}"
"sCSGUID"="{rguid_upper(r)}"
"sClientGUID"="{{{rguid_upper(r)}}}"
"nCVDPORT"=dword:00002058
"""


@N("rubrik", "sla-ids")
def n_rubrik_sla(r, c):
    return pick(r, "tests/fixtures/rubrik_sla.json", "data/rubrik/sla_domains.json"), json.dumps({
        "data": [{"id": ruuid(r), "name": n, "primaryClusterId": ruuid(r), "numVms": r.randint(0, 300),
                  "frequencies": {"daily": {"frequency": 1, "retention": 30}}}
                 for n in r.sample(["Gold", "Silver", "Bronze", "Unprotected-Archive", "SQL-4h"], 3)],
        "hasMore": False, "total": 3}, indent=2) + "\n"


@N("rubrik", "client-id-only")
def n_rubrik_clientid(r, c):
    return pick(r, "config/rubrik.yaml", "terraform/rubrik/terraform.tfvars"), f"""# Service account *id* only; the secret is injected from Vault at runtime (RUBRIK_CLIENT_SECRET)
rsc_url: https://{r.choice(['acme', 'corp'])}.my.rubrik.com
rsc_client_id: "client|{ruuid(r)}"
rsc_access_token_uri: https://{r.choice(['acme', 'corp'])}.my.rubrik.com/api/client_token
cluster_uuid: {ruuid(r)}
"""


@N("cohesity", "protection-group-ids")
def n_cohesity(r, c):
    cid = r.randint(10**15, 10**16)
    inc = r.randint(10**12, 10**13)
    return pick(r, "samples/cohesity/protection_groups.json", "tests/data/cohesity_pg.json"), json.dumps({
        "protectionGroups": [{"id": "%d:%d:%d" % (cid, inc, r.randint(1, 9999)), "name": n, "environment": "kVMware",
                              "policyId": "%d:%d:%d" % (cid, inc, r.randint(1, 99)), "isActive": True,
                              "lastRun": {"id": "%d:%d" % (r.randint(1, 99999), r.randint(10**15, 10**16))}}
                             for n in r.sample(["VM-Gold", "SQL-Prod", "NAS-Home", "Exchange"], 2)]}, indent=2) + "\n"


@N("veritas-netbackup", "bpdbjobs-report")
def n_nbu_jobs(r, c):
    rows = "\n".join("%7d %-8s %-6s %-3d %-22s %-10s %s_%d" % (r.randint(10**5, 10**6), "Backup", "Done", r.choice([0, 0, 1, 150]), r.choice(["Prod-VMware", "Oracle-DB", "Win-FS"]), client(r), client(r), r.randint(1700000000, 1720000000)) for _ in range(r.randint(4, 8)))
    return pick(r, "logs/bpdbjobs.txt", "reports/nbu_daily.txt"), "  JobID Type     State  Sts Policy                 Client     BackupID\n" + rows + "\n"


@N("veritas-netbackup", "ca-fingerprint")
def n_nbu_cert(r, c):
    return pick(r, "docs/netbackup/client-install.md", "runbooks/nbu-cert.md"), f"""### Trust the primary server CA

Verify the fingerprint with the backup team before answering "y":

```
# /usr/openv/netbackup/bin/nbcertcmd -displayCACertDetail -server {host(r)}
  Subject Name : /CN=broker/OU=root@{host(r)}/O=vx
  Start Date : {date(r)}
  Expiry Date : 2043-01-01
  SHA-1 Fingerprint : {fp_colon(r, 20).upper()}
  SHA-256 Fingerprint : {fp_colon(r, 32).upper()}
```

Then request the host certificate with the authorization token from the ticket:
`nbcertcmd -getCertificate -token` (the token is entered interactively).
"""


@N("veritas-netbackup", "api-key-metadata")
def n_nbu_keymeta(r, c):
    return pick(r, "tests/fixtures/nbu_api_keys.json", "audit/netbackup-api-keys.json"), json.dumps({
        "data": [{"type": "apiKey", "id": rhex(r, 40),
                  "attributes": {"userName": r.choice(["svc_report", "nbuadmin"]), "userDomain": r.choice(["CORP", "unixpwd"]),
                                 "expiryDateTime": ts(r), "description": "reporting integration",
                                 "apiKeyTag": rhex(r, 16)}} for _ in range(2)]}, indent=2) + "\n"


@N("kopia", "snapshot-list")
def n_kopia_list(r, c):
    rows = "\n".join("  %s %s UTC k%s %s %s %s files:%d dirs:%d (daily-%d)" % (date(r), "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), rhex(r, 32), r.choice(["12.4 GB", "804.1 MB", "3.2 GB"]), "drwxr-xr-x", r.choice(["", "(latest-1)"]), r.randint(1000, 90000), r.randint(100, 9000), r.randint(1, 7)) for _ in range(r.randint(3, 7)))
    return pick(r, "logs/kopia-snapshots.txt", "docs/kopia/snapshot-list.txt"), "root@%s:/srv\n" % client(r) + rows + "\n"


@N("kopia", "repository-config")
def n_kopia_config(r, c):
    return pick(r, "config/kopia/repository.config", "roles/kopia/files/repository.config"), json.dumps({
        "storage": {"type": "s3", "config": {"bucket": "fs-kopia", "prefix": client(r) + "/", "endpoint": "s3.wasabisys.com",
                                             "accessKeyID": "", "secretAccessKey": "", "sessionToken": ""}},
        "caching": {"cacheDirectory": "/root/.cache/kopia/" + rhex(r, 16), "maxCacheSize": 5242880000},
        "hostname": client(r), "username": "root", "description": "Repository in S3: s3.wasabisys.com fs-kopia",
        "enableActions": False, "formatBlobCacheDuration": 900000000000}, indent=2) + "\n"


@N("velero", "bsl-secret-reference")
def n_velero_bsl(r, c):
    return pick(r, "deploy/velero/bsl.yaml", "clusters/prod/velero/backupstoragelocation.yaml"), f"""apiVersion: velero.io/v1
kind: BackupStorageLocation
metadata:
  name: default
  namespace: velero
spec:
  provider: aws
  objectStorage:
    bucket: {r.choice(['k8s-backups', 'velero-prod'])}
    prefix: {r.choice(['cluster-a', 'prod'])}
  credential:
    name: cloud-credentials
    key: cloud
  config:
    region: {r.choice(['eu-west-1', 'us-east-1'])}
    s3ForcePathStyle: "true"
    checksumAlgorithm: ""
"""


@N("velero", "backup-describe")
def n_velero_describe(r, c):
    return pick(r, "docs/velero/last-backup.txt", "logs/velero-describe.log"), f"""Name:         nightly-{date(r).replace('-', '')}020012
Namespace:    velero
Labels:       velero.io/schedule-name=nightly
              velero.io/storage-location=default
Annotations:  velero.io/resource-timeout=10m0s
              velero.io/source-cluster-k8s-gitversion=v1.29.4
Phase:  Completed
Backup Format Version:  1.1.0
Started:    {ts(r)}
Completed:  {ts(r)}
Expiration:  {ts(r)}
Total items to be backed up:  {r.randint(500, 5000)}
Items backed up:              {r.randint(500, 5000)}
Backup Volumes:
  CSI Snapshots:
    apps/data-postgres-0:
      Snapshot: snapshot-{ruuid(r)}
      Snapshot Content Name: snapcontent-{ruuid(r)}
      Storage Snapshot ID: snap-0{rhex(r, 16)}
UID: {ruuid(r)}
"""


@N("ansible", "vault-ciphertext")
def n_ansible_vault(r, c):
    body = rhex(r, 80 * r.randint(5, 9))
    lines = "\n".join(body[i:i + 80] for i in range(0, len(body), 80))
    return pick(r, "group_vars/backup_servers/vault.yml", "inventory/prod/group_vars/all/vault.yml"), "$ANSIBLE_VAULT;1.1;AES256\n" + lines + "\n"


@N("generic", "ssh-authorized-keys")
def n_ssh_keys(r, c):
    rows = "\n".join('command="rrsync -ro /srv/backup",no-pty,no-agent-forwarding ssh-ed25519 %s backup@%s' % ("AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(r, 32)[:43], client(r)) for _ in range(r.randint(2, 4)))
    return pick(r, "roles/backup_target/files/authorized_keys", "files/backup/authorized_keys"), rows + "\n"


@N("terraform", "bucket-and-kms-arns")
def n_tf_bucket(r, c):
    acct = r.randint(10**11, 10**12 - 1)
    return pick(r, "terraform/backup/s3.tf", "infra/offsite/main.tf"), f"""resource "aws_s3_bucket" "offsite" {{
  bucket = "{r.choice(['acme', 'corp'])}-offsite-archive"
  object_lock_enabled = true
}}

resource "aws_s3_bucket_server_side_encryption_configuration" "offsite" {{
  bucket = aws_s3_bucket.offsite.id
  rule {{
    apply_server_side_encryption_by_default {{
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:{acct}:key/{ruuid(r)}"
    }}
  }}
}}

data "aws_iam_role" "veeam" {{
  name = "veeam-offload"
}}
"""


@N("duplicati", "remote-volume-listing")
def n_duplicati_log(r, c):
    rows = "\n".join("%s  duplicati-%s%s.dblock.zip.aes  %d  sha256:%s" % (date(r), r.choice(["b", "i"]), rhex(r, 32), r.randint(10**6, 5 * 10**7), b64(r, 32)) for _ in range(r.randint(4, 8)))
    return pick(r, "logs/duplicati-remote.log", "reports/duplicati-verify.txt"), "# duplicati-cli list-broken-files / remote volume hashes\n" + rows + "\n"


@N("urbackup", "client-list")
def n_urbackup(r, c):
    rows = "\n".join("%d,%s,%s,%s,ok" % (r.randint(1, 200), client(r), ts(r), rhex(r, 40)) for _ in range(r.randint(4, 8)))
    return pick(r, "reports/urbackup_clients.csv", "exports/urbackup-status.csv"), "id,name,lastbackup,client_uid,status\n" + rows + "\n"


@N("amanda", "amandahosts")
def n_amandahosts(r, c):
    return pick(r, "var/lib/amanda/.amandahosts", "roles/amanda/files/amandahosts"), f"""{host(r)} amandabackup amdump
{host(r)} backup amdump
localhost amandabackup amdump
localhost.localdomain amandabackup amdump
{host(r)} root amindexd amidxtaped
"""


@N("systemd", "credential-file-reference")
def n_systemd_cred(r, c):
    return pick(r, "etc/systemd/system/pbs-backup.service", "systemd/kopia-snapshot.service"), f"""[Unit]
Description=Nightly backup
After=network-online.target

[Service]
Type=oneshot
LoadCredential=pbs-password:/etc/credstore/pbs-password
Environment=PBS_REPOSITORY=backup@pbs@{host(r)}:store1
Environment=PBS_PASSWORD_FILE=%d/pbs-password
Environment=PBS_FINGERPRINT={fp_colon(r)}
ExecStart=/usr/bin/proxmox-backup-client backup root.pxar:/
"""


@N("zerto", "vpg-identifiers")
def n_zerto(r, c):
    return pick(r, "samples/zerto/vpgs.json", "tests/fixtures/zerto_vpgs.json"), json.dumps([
        {"VpgIdentifier": ruuid(r), "VpgName": n, "Status": 1, "ActualRPO": r.randint(3, 40),
         "SourceSite": {"identifier": ruuid(r) + "." + ruuid(r)}, "TargetSite": {"identifier": ruuid(r)}}
        for n in r.sample(["ERP-Prod", "SQL-Cluster", "FileServices", "Web-Tier"], 2)], indent=2) + "\n"


@N("acronis", "client-id-only")
def n_acronis(r, c):
    return pick(r, "config/acronis.yaml", "integrations/acronis/settings.yml"), f"""acronis:
  datacenter: https://{r.choice(['eu2', 'us5'])}-cloud.acronis.com
  tenant_id: {ruuid(r)}
  client_id: {ruuid(r)}
  client_secret_env: ACRONIS_CLIENT_SECRET
  agent_registration_id: {ruuid(r)}
"""


@N("generic", "tls-certificate")
def n_cert(r, c):
    body = b64(r, r.choice([870, 990, 1110]))
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return pick(r, "etc/bareos/tls/ca.crt", "certs/backup-ca.pem", "etc/bacula/tls/ca.crt"), f"""-----BEGIN CERTIFICATE-----
{lines}
-----END CERTIFICATE-----
"""


@N("generic", "configmap-base64")
def n_configmap(r, c):
    script = "#!/bin/sh\npg_dump -Fc -f /backup/db-$(date +%%F).dump %s\n" % r.choice(["appdb", "gitea", "keycloak"])
    return pick(r, "k8s/backup/pre-hook-configmap.yaml", "deploy/velero/hooks.yaml"), f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: pre-backup-hook
  namespace: {r.choice(['apps', 'databases'])}
  annotations:
    backup.velero.io/backup-volumes: data
binaryData:
  pre-backup.sh: {base64.b64encode(script.encode()).decode()}
data:
  checksum: "sha256:{hashlib.sha256(script.encode()).hexdigest()}"
"""


@N("generic", "dr-runbook")
def n_runbook(r, c):
    return pick(r, "docs/runbooks/dr-test.md", "runbooks/quarterly-restore-test.md"), f"""# Quarterly restore test

* Ticket: CHG{r.randint(100000, 999999)}
* Backup set: `{rguid_upper(r)}`
* Snapshot: `vm/{r.randint(100, 999)}/{ts(r)}`
* Archive checksum (sha256): `{rhex(r, 64)}`
* Restore target: {host(r)}

Credentials are in the password safe entry **Backup / DR service accounts**; never paste them here.

1. Restore the VM to the isolated VLAN.
2. Compare the checksum of `/srv/app/release.tar` with the value above.
3. Record the RTO in the DR register.
"""


@N("aws", "doc-example-keys")
def n_aws_doc(r, c):
    return pick(r, "docs/velero/install.md", "docs/bacula/cloud-driver.md"), f"""## Cloud credentials

Create the credentials file (values below are the placeholders from the AWS documentation):

```
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then install: `velero install --provider aws --bucket {r.choice(['k8s-backups', 'velero'])} --secret-file ./credentials-velero`.
"""


@N("azure", "azurite-dev-key")
def n_azurite(r, c):
    return pick(r, "tests/integration/azure_blob_test.py", "test/conftest.py"), """import pytest
from azure.storage.blob import BlobServiceClient

# Well-known development-storage (Azurite) account, documented publicly by Microsoft.
AZURITE = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
)


@pytest.fixture
def archive_container():
    svc = BlobServiceClient.from_connection_string(AZURITE)
    return svc.create_container("archive-test")
"""


@N("generic", "tape-inventory")
def n_tapes(r, c):
    rows = "\n".join("%s,%s,%s,%s,%s" % ("%s%03dL8" % (r.choice(["A", "B", "DR"]), r.randint(0, 999)), r.choice(["Full", "Append", "Used"]), rhex(r, 16).upper(), date(r), r.choice(["vault-offsite", "library-1", "in-transit"])) for _ in range(r.randint(5, 10)))
    return pick(r, "inventory/tapes.csv", "reports/tape_vault.csv"), "barcode,status,mam_serial,last_written,location\n" + rows + "\n"


# ================================================================ driver
NAME_TYPES = {"Dockerfile": "dockerfile", "credentials-velero": "ini", "cloud-credentials": "ini",
              "credentials-velero-azure": "ini", "azure-credentials": "ini", "SHA256SUMS": "txt",
              "authorized_keys": "txt", ".amandahosts": "txt", "amandahosts": "txt",
              "kopia-snapshot": "cron", "kopia": "cron", "duplicati": "cron", "backup": "cron",
              "pbs-host-backup": "sh", ".env": "env", ".env.example": "env"}
STYLE_TYPES = {"conf": "conf", "sh": "sh", "ps1": "ps1", "py": "py", "yaml": "yml", "tf": "tf",
               "json": "json", "xml": "xml", "ini": "ini", "md": "md", "cron": "cron",
               "systemd": "service", "sql": "sql", "log": "log", "docker": "dockerfile", "env": "env"}


def filetype(relpath, style=None):
    base = relpath.rsplit("/", 1)[-1]
    if base in NAME_TYPES:
        return NAME_TYPES[base]
    if "." in base.lstrip("."):
        ext = base.rsplit(".", 1)[-1].lower()
        return {"yaml": "yml", "pem": "pem", "crt": "pem", "enc": "json", "key": "json",
                "config": "json", "cfg": "cfg"}.get(ext, ext)
    return STYLE_TYPES.get(style, "txt")


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return full


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_lo.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_pos = n_neg = 500

    # ---- positives: every template used ~equally, order shuffled
    order = [i % len(POS) for i in range(n_pos)]
    r.shuffle(order)
    env_count = 0
    for i, ti in enumerate(order):
        f, provider, kind, style, skind = POS[ti]
        val = gen_secret(skind, r)
        path, text = f(r, Ctx(r, val, False))
        if is_blocked_env(path):
            env_count += 1
            assert env_count <= n_pos // 20, "too many .env positives"
        rel = "pos/p%04d/%s" % (i, path)
        full = write(outdir, rel, text)
        idx = text.find(val)
        assert idx >= 0, (rel, val)
        line = text.count("\n", 0, idx) + 1
        with open(full, encoding="utf-8") as fh:
            assert val in fh.read().split("\n")[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype(path, style)})
        secrets.append({"file": rel, "needle": val, "line": line})

    # ---- negatives: half re-used positive templates, half look-alikes
    plan = [("reuse", i % len(POS)) for i in range(n_neg // 2)]
    plan += [("look", i % len(NEG)) for i in range(n_neg - n_neg // 2)]
    r.shuffle(plan)
    for i, (mode, ti) in enumerate(plan):
        if mode == "reuse":
            f, provider, kind, style, skind = POS[ti]
            vn = (provider.split("-")[0] + "_" + kind).replace("-", "_")
            filler, fk = pick_filler(skind, style, r, vn)
            path, text = f(r, Ctx(r, filler, True, fk))
            kind = "%s:%s" % (fk, kind)
        else:
            f, provider, kind = NEG[ti]
            style = None
            path, text = f(r, Ctx(r, None, True))
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path, style)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    assert sum(1 for m in manifest if m["label"] == "pos") == n_pos
    assert sum(1 for m in manifest if m["label"] == "neg") == n_neg
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
