#!/usr/bin/env python3
"""gen_lk.py - blind evaluation set for a secret scanner: HPC schedulers and
research computing centres.

EMPHASIS
    Domain: credentials that HPC / research-computing admins hard-code into
    cluster configuration and automation.  Providers: Slurm (slurmdbd.conf
    StoragePass, slurm.conf JobCompPass, jwt_hs256.key material, slurmrestd
    X-SLURM-USER-TOKEN / SLURM_JWT tokens), MUNGE (munge.key base64 dumps,
    create-munge-key / mungekey workflows), HTCondor (pool passwords via
    condor_store_cred, IDTOKENS JWTs, pool signing key material), PBS Pro /
    OpenPBS (data-service password, pbs_ds_password, PGPASSWORD for
    pbs_datastore), LSF (LSF_EAUTH_KEY, Application Center DB password),
    Open OnDemand (ood_portal.yml oidc_client_secret, oidc_crypto_passphrase),
    Globus (confidential client secret, Ag... access/refresh tokens),
    iRODS (irods_environment.json / server_config.json negotiation_key,
    zone_key, server control plane key, .irodsA scrambled password, DB
    password), XDMoD portal_settings.ini DB password, XALT DB config,
    Grafana (admin_password, glsa_ service-account tokens, Slack webhook
    contact points) and InfluxDB v2 tokens for cluster monitoring, Warewulf
    (nodes.conf IPMI password) and xCAT (passwd table, cfgloc DB password),
    OpenHPC Ansible group_vars, Spack mirrors with OCI / GitLab / GitHub
    tokens, Apptainer/Singularity remote (library) tokens, Jupyter on HPC
    (NotebookApp/ServerApp token, JupyterHub service api_token), ipmitool -P
    and BMC passwords.
    File types: Slurm/PBS/LSF/HTCondor conf files, JSON, YAML (Ansible,
    Grafana provisioning, Helm values), INI, TOML (Telegraf), shell (sbatch
    scripts, admin scripts), Python, Lua (Lmod modulefiles), Markdown
    runbooks, CSV (xCAT tables), Dockerfile, Terraform, SQL, XML, logs,
    properties.

USAGE
    python3 -B gen_lk.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath>
    (500 negatives), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.
    Deterministic per SEED (one random.Random(SEED); no clock, no os.urandom,
    no set iteration, no hash()).

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written, never the
      variable name, quotes or surrounding syntax.
    * Connection strings / URLs with user:password (mysql://u:PW@h/db,
      cfgloc "Pg:...|user|PW"): the needle is the password part only.
    * Webhook URLs whose path is the secret (Slack incoming webhook): the
      needle is the whole URL.
    * HTTP headers (X-SLURM-USER-TOKEN: ..., Authorization: Bearer ...): the
      needle is the token after the header name / "Bearer ".
    * JWTs (Slurm, HTCondor IDTOKENS, Apptainer library tokens): the whole
      three-part compact token.
    * Key pairs (Globus client id + secret): the id is public; the needle is
      the secret.
    * Multi-line keys (PEM private keys, base64-wrapped munge.key dumps): the
      needle is the first line of the encoded body (the first base64 line
      after -----BEGIN ...----- or the first line of the wrapped blob).
    * "line" in secrets.jsonl is the 1-based line of the needle's first
      occurrence; the program asserts it.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-password>, CHANGEME, changeme, xxxx...),
    empty values, masks (********, [REDACTED]), environment / secret-manager
    references (${VAR}, $VAR, {{ vault_... }}, op://..., vault:...), template
    expressions (Jinja, ERB, Helm), and documentation example values
    (e.g. the OnDemand docs' oidc_client_secret, iRODS TEMPORARY_ keys,
    xCAT's documented "cluster" root password).  Env/secret-manager forms are
    only used in file types where they are natural (shell, YAML, conf, INI,
    Dockerfile, Terraform); code/JSON use placeholders, masks and examples.
    The other half (250) are domain look-alikes: Slurm job ids, node lists
    (node[001-128]), sacct/squeue output, AuthType=auth/munge without key,
    munge.key paths and md5sum checks of munge.key, AccountingStoragePass
    pointing at a MUNGE socket, StoragePass via env/file, Globus endpoint /
    collection / task UUIDs and public client ids, HTCondor pool and
    collector names, iRODS zone names, sha256sums of module tarballs,
    EasyBuild checksums, Spack DAG hashes (32 base32 chars), spack.lock,
    container image digests, SIF / GPG fingerprints, SSH host public keys,
    X.509 certificates, JWKS public keys, unmunge decode output, Grafana
    dashboard uids, InfluxDB org/bucket ids, Open OnDemand session ids,
    ipmitool using -E / -f.  No negative is written to a .env / .env.local /
    .env.production style file.

FORMATS CHECKED (searches of public documentation; no scanner rules read)
    * Slurm jwt.html: jwt_hs256.key is created with
      "dd if=/dev/random of=.../jwt_hs256.key bs=32 count=1" (32 random bytes,
      binary), referenced by AuthAltParameters=jwt_key=...; tokens are
      RFC 7519 JWTs (scontrol token -> SLURM_JWT=eyJ...); HS256 claims
      exp/iat/sun.  Charmed HPC docs: alternative RSA-2048 JWT keys.
    * mungekey(8): key size -b 256..8192 bits, /etc/munge/munge.key;
      create-munge-key(8): reads /dev/urandom (older 1024-byte key).
    * condor_token_create(1): tokens signed with the pool password / signing
      key in SEC_PASSWORD_DIRECTORY, written to SEC_TOKEN_SYSTEM_DIRECTORY
      (/etc/condor/tokens.d); IDTOKENS are JWTs.
    * Open OnDemand OIDC docs: ood_portal.yml keys oidc_uri, oidc_client_id,
      oidc_client_secret (docs example b972c25d-88a4-41fa-87f7-a12ff167dd13,
      used only as a negative), oidc_crypto_passphrase (required).
    * iRODS configuration docs / public gists: negotiation_key and
      irods_server_control_plane_key are 32-byte strings (documented example
      "32_byte_server_control_plane_key", used only as a negative);
      ~/.irods/.irodsA is a scrambled password file written by iinit.
    * Globus docs: client UUID is public ("non-secure information"), service
      credentials are an ID + secret; auth endpoint auth.globus.org/v2/oauth2.
    * apptainer remote login / remote add: -p/--password, --tokenfile.
    * Slurm REST: X-SLURM-USER-NAME / X-SLURM-USER-TOKEN headers, port 6820.

DOUBTS
    * Globus client secrets are written as 44-char base64 (32 bytes) and
      access tokens as "Ag" + base62 (total length 70-110): from memory of
      real output, not confirmed in the docs found.
    * Apptainer / Sylabs library tokens are modelled as RS256 JWTs with an
      iss of the library auth service; exact claims not confirmed.
    * Grafana service-account token "glsa_" + 32 base62 + "_" + 8 hex CRC32
      and InfluxDB v2 token (64 bytes url-safe base64, 88 chars, "==") are
      from memory; the CRC input for glsa_ is assumed to be the prefix part.
    * GitHub "ghp_" tokens: 30 base62 + 6-char base62 CRC32 checksum (from
      GitHub's public blog post, not re-checked here).
    * .irodsA scrambled content and LSF_EAUTH_KEY length/alphabet are
      unconfirmed; modelled as printable ASCII / alphanumeric strings.
    * mungekey default size (modelled as 1024 bits = 128 bytes) and
      create-munge-key (1024 bytes) base64 dumps: sizes from memory.
    * PEM private key bodies are random base64 behind a realistic PKCS#1 /
      PKCS#8 prefix; they are not valid keys.
"""

import base64
import binascii
import hashlib
import hmac
import json
import os
import random
import string
import sys
import uuid

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEXD = "0123456789abcdef"
B32 = "abcdefghijklmnopqrstuvwxyz234567"


# ---------------------------------------------------------------- basics
def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rhex(r, nbytes):
    return rbytes(r, nbytes).hex()


def rb64(r, nbytes):
    return base64.b64encode(rbytes(r, nbytes)).decode()


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def ruuid(r):
    return str(uuid.UUID(bytes=rbytes(r, 16), version=4))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


WORDS = ["basalt", "otter", "fjord", "cobalt", "marmot", "quartz", "lichen",
         "tundra", "ember", "walnut", "heron", "saffron", "glacier", "pylon",
         "orchid", "falcon", "granite", "meadow", "nebula", "copper", "lantern",
         "juniper", "badger", "cedar", "harbor", "plasma", "vortex", "willow"]


def pw(r, safe=True):
    """A realistic admin-chosen or generated password."""
    style = r.randrange(6)
    if style == 0:
        return rs(r, r.randint(16, 24))
    if style == 1:
        w = [pick(r, WORDS).capitalize() for _ in range(3)]
        sep = pick(r, ["-", ".", "_"] if safe else ["-", "!", "#", "."])
        return sep.join(w) + str(r.randint(10, 9999))
    if style == 2:
        s = rb64(r, 18)
        return s if not safe else s.replace("+", "x").replace("/", "Q")
    if style == 3:
        return rhex(r, 16)
    if style == 4:
        a = ALNUM + ("-_." if safe else "!%+-_=.@^")
        return rs(r, r.randint(14, 22), a)
    base = pick(r, WORDS).capitalize() + pick(r, WORDS).capitalize()
    return base + str(r.randint(100, 99999)) + pick(r, ["-", "_", "."]) + rs(r, 4)


def bmc_pw(r):
    # IPMI 2.0 passwords are at most 20 bytes
    if r.random() < 0.5:
        return rs(r, r.randint(10, 16), ALNUM + "-_.")
    return pick(r, WORDS).capitalize() + str(r.randint(1000, 9999)) + rs(r, 4)


def jwt(r, header, payload, sig_len=32):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    if sig_len == 32:
        key = rbytes(r, 32)
        sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    else:
        sig = rbytes(r, sig_len)
    return h + "." + p + "." + b64u(sig)


def ts(r):
    return r.randint(1690000000, 1760000000)


# ------------------------------------------------------- secret generators
def g_pw(r):
    return pw(r)


def g_pw_any(r):
    return pw(r, safe=False)


def g_bmc(r):
    return bmc_pw(r)


def g_slurm_jwt(r):
    iat = ts(r)
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"exp": iat + pick(r, [1800, 3600, 86400, 604800]), "iat": iat,
                "sun": pick(r, USERS)})


def g_condor_idtoken(r):
    iat = ts(r)
    host = pick(r, CMHOSTS)
    pl = {"iat": iat, "iss": host, "jti": rhex(r, 16),
          "scope": pick(r, ["condor:/READ condor:/WRITE",
                            "condor:/ADVERTISE_STARTD condor:/ADVERTISE_MASTER condor:/READ",
                            "condor:/DAEMON condor:/READ", "condor:/ADVERTISE_SCHEDD condor:/READ"]),
          "sub": pick(r, ["condor", "submit", "ospool", "glidein"]) + "@" + host}
    if r.random() < 0.5:
        pl["exp"] = iat + 31536000
    return jwt(r, {"alg": "HS256", "kid": "POOL", "typ": "JWT"}, pl)


def g_sylabs_token(r):
    iat = ts(r)
    return jwt(r, {"alg": "RS256", "kid": rhex(r, 8), "typ": "JWT"},
               {"aud": "library", "exp": iat + 2592000, "iat": iat,
                "iss": pick(r, ["https://cloud.sylabs.io/auth", "https://library.hpc.example.edu/auth"]),
                "sub": rhex(r, 12)}, sig_len=256)


def g_jwt_key_b64(r):
    return rb64(r, 32)


def g_hex32(r):
    return rhex(r, 32)


def g_hex24(r):
    return rhex(r, 24)


def g_munge_b64_line(r):
    return rb64(r, pick(r, [128, 256, 512, 1024]))


def g_globus_secret(r):
    return rb64(r, 32)


def g_globus_token(r):
    return "Ag" + rs(r, r.randint(68, 108))


def g_irods_32(r):
    return rs(r, 32)


def g_zone_key(r):
    return rs(r, r.randint(20, 40), ALNUM + "_")


def g_irodsA(r):
    return rs(r, r.randint(18, 32), string.ascii_letters + string.digits + "!%()*+,-./:;<=>?@[]^_`{|}~")


def g_keycloak_secret(r):
    return rs(r, 32)


def g_oidc_secret(r):
    return pick(r, [g_keycloak_secret, lambda q: rb64(q, 24), lambda q: rhex(q, 20)])(r)


def g_passphrase(r):
    return pick(r, [lambda q: rhex(q, 32), lambda q: rb64(q, 33), lambda q: rs(q, 40)])(r)


def crc_b62(data, n=6):
    v = binascii.crc32(data.encode()) & 0xFFFFFFFF
    out = ""
    while v:
        v, m = divmod(v, 62)
        out = (string.digits + string.ascii_uppercase + string.ascii_lowercase)[m] + out
    return out.rjust(n, "0")


def g_ghp(r):
    body = rs(r, 30)
    return "ghp_" + body + crc_b62(body)


def g_glpat(r):
    return "glpat-" + rs(r, 20, ALNUM + "_-")


def g_glsa(r):
    body = rs(r, 32)
    return "glsa_" + body + "_" + "%08x" % (binascii.crc32(("glsa_" + body).encode()) & 0xFFFFFFFF)


def g_influx(r):
    return base64.urlsafe_b64encode(rbytes(r, 64)).decode()


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, 8, string.ascii_uppercase + string.digits),
        rs(r, 10, string.ascii_uppercase + string.digits), rs(r, 24))


def g_eauth(r):
    return rs(r, r.randint(16, 32))


def g_pem_first(r):
    return "MIIEpAIBAAKCAQEA" + rs(r, 48, ALNUM + "+/")


def wrap(s, n=76):
    return [s[i:i + n] for i in range(0, len(s), n)]


def pem_block(r, first):
    lines = ["-----BEGIN RSA PRIVATE KEY-----", first]
    for _ in range(24):
        lines.append(rs(r, 64, ALNUM + "+/"))
    lines.append(rs(r, 24, ALNUM + "+/") + "==")
    lines.append("-----END RSA PRIVATE KEY-----")
    return lines


# ------------------------------------------------------- innocent context
CLUSTERS = ["aurora", "quartz", "borah", "talon", "osprey", "kestrel", "cardinal",
            "pitzer", "anvil", "greatlakes", "zaratan", "midway", "oscar", "nova",
            "hydra", "atlas", "tethys", "bora", "lynx", "puma"]
DOMAINS = ["hpc.example.edu", "rc.example.edu", "cluster.example.org",
           "hpc.uni-example.de", "arc.example.ac.uk", "scicomp.example.edu"]
USERS = ["jdoe", "asmith", "mkumar", "lchen", "rgarcia", "hpcadmin", "rcadmin",
         "tnguyen", "ebrown", "kpatel", "slurm", "svc_xdmod"]
PARTS = ["standard", "gpu", "bigmem", "debug", "long", "preempt", "a100", "short"]
ACCTS = ["chem-lab", "physics", "bio-genomics", "astro", "cs-ml", "climate", "eng-cfd"]
CMHOSTS = ["cm.hpc.example.edu", "htcondor-cm.rc.example.edu", "collector.chtc.example.edu",
           "condor.cluster.example.org"]
ZONES = ["tempZone", "researchZone", "archiveZ", "dataZone", "labZone", "nlZone"]
MODULES = ["gcc/12.3.0", "openmpi/4.1.6", "cuda/12.2", "python/3.11.5", "hdf5/1.14.3",
           "fftw/3.3.10", "netcdf-c/4.9.2", "cmake/3.27.7", "anaconda3/2023.09"]


def clus(r):
    return pick(r, CLUSTERS)


def dom(r):
    return pick(r, DOMAINS)


def host(r, role=None):
    role = role or pick(r, ["head", "mgmt", "login", "db", "ctl", "admin"])
    return "%s%02d.%s" % (role, r.randint(1, 4), dom(r))


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))


def nodelist(r):
    p = pick(r, ["node", "cn", "gpu", "c", "compute-", "hm"])
    a = r.randint(1, 60)
    return "%s[%03d-%03d]" % (p, a, a + r.randint(3, 128))


def mods(r, k=3):
    out = []
    pool = list(MODULES)
    r.shuffle(pool)
    for m in pool[:k]:
        out.append(m)
    return out


# ------------------------------------------------------- negative values
PLACEHOLDERS = ["<your-password>", "YOUR_PASSWORD_HERE", "CHANGEME", "changeme",
                "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxx", "********", "[REDACTED]",
                "<redacted>", "TODO-set-me", "<secret>", "XXXXXXXX", "",
                "your-secret-here", "<insert token>", "...", "****************"]
ENVREFS = ["${%s}", "$%s", "{{ vault_%s }}", "{{ %s }}", "${{ secrets.%s }}",
           "op://HPC-Infra/%s/password", "vault:secret/data/hpc/%s#value",
           "<%%= @%s %%>", "%%(%s)s", "{{ .Values.%s }}", "${file:/run/secrets/%s}"]


def neg_value(r, lang, name, docex, kind=""):
    roll = r.random()
    if docex and roll < 0.22:
        return pick(r, docex), "doc-example"
    if lang in ("sh", "yaml", "conf", "ini", "docker", "tf", "toml", "md", "props") and roll < 0.6:
        form = pick(r, ENVREFS)
        nm = name.lower() if ("vault" in form or "Values" in form or "@" in form or "op://" in form
                              or "secrets." in form or "{{ %s }}" == form) else name.upper()
        if form.startswith("${{"):
            nm = name.upper()
        return form % nm, "reference"
    v = pick(r, PLACEHOLDERS)
    word = ("token" if ("token" in kind or kind == "jwt") else "key" if "key" in kind
            else "secret" if ("secret" in kind or "passphrase" in kind) else "password")
    v = v.replace("password", word).replace("PASSWORD", word.upper())
    return v, ("empty" if v == "" else "placeholder")


# ================================================================ templates
POS = []


def P(provider, kind, gen, lang, name, docex=None, multiline=False):
    def deco(f):
        POS.append({"f": f, "id": f.__name__, "provider": provider, "kind": kind,
                    "gen": gen, "lang": lang, "name": name, "docex": docex or [],
                    "multiline": multiline})
        return f
    return deco


def L(*lines):
    return "\n".join(lines) + "\n"


def sq(v):
    return "'" + v + "'"


# ---------------------------------------------------------------- Slurm
@P("slurm", "db-password", g_pw, "conf", "StoragePass", ["password"])
def t_slurmdbd_conf(r, v):
    c = clus(r)
    return ("etc/slurm/slurmdbd.conf", L(
        "#", "# slurmdbd.conf for the %s cluster" % c, "# managed by hand - see docs/accounting.md", "#",
        "ArchiveEvents=yes", "ArchiveJobs=yes", "ArchiveDir=/var/spool/slurm/archive",
        "AuthType=auth/munge", "DbdHost=%s" % host(r, "slurmdbd").split(".")[0],
        "DebugLevel=info", "PurgeEventAfter=12month", "PurgeJobAfter=24month",
        "LogFile=/var/log/slurm/slurmdbd.log", "PidFile=/var/run/slurmdbd/slurmdbd.pid",
        "SlurmUser=slurm", "StorageType=accounting_storage/mysql",
        "StorageHost=%s" % host(r, "db"), "StoragePort=3306", "StorageUser=slurm",
        "StoragePass=%s" % v, "StorageLoc=slurm_acct_db"))


@P("slurm", "db-password", g_pw, "conf", "JobCompPass")
def t_slurm_conf_jobcomp(r, v):
    c = clus(r)
    return ("config/slurm/slurm.conf", L(
        "ClusterName=%s" % c, "SlurmctldHost=%s(%s)" % (c + "-ctl1", ip(r)),
        "MpiDefault=pmix", "ProctrackType=proctrack/cgroup", "ReturnToService=2",
        "SlurmctldPort=6817", "SlurmdPort=6818", "StateSaveLocation=/var/spool/slurm/statesave",
        "SwitchType=switch/none", "TaskPlugin=task/affinity,task/cgroup",
        "SchedulerType=sched/backfill", "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_Core_Memory",
        "AccountingStorageType=accounting_storage/slurmdbd",
        "AccountingStorageHost=%s-dbd" % c,
        "JobCompType=jobcomp/mysql", "JobCompHost=%s" % host(r, "db"), "JobCompPort=3306",
        "JobCompUser=slurm_jobcomp", "JobCompPass=%s" % v, "JobCompLoc=slurm_jobcomp_db",
        "", "NodeName=%s CPUs=64 RealMemory=256000 State=UNKNOWN" % nodelist(r),
        "PartitionName=%s Nodes=ALL Default=YES MaxTime=7-00:00:00 State=UP" % pick(r, PARTS)))


@P("slurm", "db-password", g_pw, "yaml", "slurmdbd_storage_pass")
def t_ansible_slurmdbd(r, v):
    return ("ansible/group_vars/slurm_servers.yml", L(
        "---", "# Slurm controller + accounting", "slurm_cluster_name: %s" % clus(r),
        "slurm_version: \"23.11.%d\"" % r.randint(1, 10),
        "slurm_user: slurm", "slurm_uid: 450",
        "slurmdbd_storage_host: %s" % host(r, "db"), "slurmdbd_storage_loc: slurm_acct_db",
        "slurmdbd_storage_user: slurm",
        "slurmdbd_storage_pass: \"%s\"" % v,
        "slurm_partitions:", "  - name: %s" % pick(r, PARTS), "    nodes: \"%s\"" % nodelist(r),
        "    default: true", "    max_time: \"2-00:00:00\""))


@P("slurm", "db-password", g_pw, "yaml", "password")
def t_helm_slurm_db(r, v):
    return ("deploy/slurm/values.yaml", L(
        "# values for the slurm-cluster chart", "clusterName: %s" % clus(r),
        "image:", "  repository: ghcr.io/example-hpc/slurm", "  tag: \"24.05.%d\"" % r.randint(0, 4),
        "slurmdbd:", "  enabled: true", "  storage:", "    host: mariadb.slurm.svc.cluster.local",
        "    port: 3306", "    database: slurm_acct_db", "    user: slurm",
        "    password: \"%s\"" % v, "slurmrestd:", "  enabled: true", "  port: 6820",
        "login:", "  replicas: 2"))


@P("slurm", "db-password", g_pw, "sql", "IDENTIFIED BY")
def t_sql_slurm_user(r, v):
    h = pick(r, ["localhost", "%", "10.%", c_ctl(r)])
    return ("db/init/01-slurm-accounting.sql", L(
        "-- accounting database for slurmdbd", "CREATE DATABASE IF NOT EXISTS slurm_acct_db;",
        "CREATE USER IF NOT EXISTS 'slurm'@'%s' IDENTIFIED BY '%s';" % (h, v),
        "GRANT ALL PRIVILEGES ON slurm_acct_db.* TO 'slurm'@'%s';" % h,
        "SET GLOBAL innodb_buffer_pool_size = %d;" % (r.choice([4, 8, 16]) * 1024 ** 3),
        "FLUSH PRIVILEGES;"))


def c_ctl(r):
    return clus(r) + "-ctl1"


@P("slurm", "db-password", g_pw_any, "md", "-p")
def t_md_slurm_mysql(r, v):
    return ("docs/runbooks/slurmdbd-recovery.md", L(
        "# Recovering slurmdbd after a MariaDB failover", "",
        "1. Stop the daemon: `systemctl stop slurmdbd` on %s." % host(r, "slurmdbd"),
        "2. Check the accounting DB is reachable:", "",
        "```bash", "mysql -h %s -u slurm -p'%s' slurm_acct_db -e 'SELECT COUNT(*) FROM %s_job_table;'"
        % (host(r, "db"), v, clus(r)), "```", "",
        "3. Start slurmdbd again and watch `/var/log/slurm/slurmdbd.log`.",
        "4. Run `sacctmgr show cluster` to confirm the cluster is registered."))


@P("slurm", "jwt", g_slurm_jwt, "sh", "SLURM_JWT")
def t_sbatch_jwt(r, v):
    p = pick(r, PARTS)
    return ("jobs/submit_pipeline.sbatch", L(
        "#!/bin/bash", "#SBATCH --job-name=%s-pipeline" % pick(r, ["rnaseq", "wrf", "lammps", "cryoem"]),
        "#SBATCH --partition=%s" % p, "#SBATCH --nodes=%d" % r.randint(1, 8),
        "#SBATCH --ntasks-per-node=%d" % pick(r, [16, 32, 64]), "#SBATCH --time=%02d:00:00" % r.randint(1, 48),
        "#SBATCH --account=%s" % pick(r, ACCTS), "",
        "module purge", "module load %s" % " ".join(mods(r)), "",
        "# token for the workflow manager to poll slurmrestd",
        "export SLURM_JWT=%s" % v,
        "export SLURMRESTD_URL=http://%s:6820" % host(r, "rest"), "",
        "srun ./run_stage.sh \"$SLURM_JOB_ID\""))


@P("slurm", "jwt", g_slurm_jwt, "sh", "X-SLURM-USER-TOKEN")
def t_curl_slurmrestd(r, v):
    u = pick(r, USERS)
    return ("scripts/slurm-api/list_jobs.sh", L(
        "#!/usr/bin/env bash", "set -euo pipefail", "API=http://%s:6820" % host(r, "rest"),
        "VER=v0.0.%d" % r.randint(39, 41), "",
        "curl -s -H \"X-SLURM-USER-NAME: %s\" \\" % u,
        "     -H \"X-SLURM-USER-TOKEN: %s\" \\" % v,
        "     \"$API/slurm/$VER/jobs\" | jq '.jobs[] | {job_id, name, job_state}'"))


@P("slurm", "jwt", g_slurm_jwt, "py", "headers")
def t_py_slurmrestd(r, v):
    return ("tools/slurm_dashboard/client.py", L(
        "import requests", "", "BASE = \"http://%s:6820/slurm/v0.0.40\"" % host(r, "rest"), "",
        "", "def get_nodes():",
        "    hdrs = {", "        \"X-SLURM-USER-NAME\": \"%s\"," % pick(r, USERS),
        "        \"X-SLURM-USER-TOKEN\": \"%s\"," % v, "    }",
        "    resp = requests.get(f\"{BASE}/nodes\", headers=hdrs, timeout=10)",
        "    resp.raise_for_status()", "    return resp.json()[\"nodes\"]", "", "",
        "if __name__ == \"__main__\":", "    for n in get_nodes():",
        "        print(n[\"name\"], n[\"state\"])"))


@P("slurm", "jwt-signing-key", g_jwt_key_b64, "docker", "jwt_hs256.key")
def t_docker_jwtkey(r, v):
    return ("docker/slurmctld/Dockerfile", L(
        "FROM rockylinux:9", "ARG SLURM_VERSION=23.11.%d" % r.randint(1, 10),
        "RUN dnf -y install munge mariadb slurm slurm-slurmctld slurm-slurmrestd && dnf clean all",
        "COPY slurm.conf /etc/slurm/slurm.conf",
        "RUN mkdir -p /var/spool/slurm/statesave && \\",
        "    echo '%s' | base64 -d > /var/spool/slurm/statesave/jwt_hs256.key && \\" % v,
        "    chown -R slurm:slurm /var/spool/slurm && chmod 0600 /var/spool/slurm/statesave/jwt_hs256.key",
        "EXPOSE 6817 6820", "CMD [\"/usr/sbin/slurmctld\", \"-D\"]"))


@P("slurm", "jwt-signing-key", g_jwt_key_b64, "yaml", "slurm_jwt_key_b64")
def t_ansible_jwtkey(r, v):
    return ("ansible/roles/slurm/defaults/main.yml", L(
        "---", "slurm_auth_alt_types: auth/jwt",
        "slurm_jwt_key_path: /var/spool/slurm/statesave/jwt_hs256.key",
        "slurm_jwt_key_b64: %s" % v, "slurmrestd_listen: \"0.0.0.0:6820\"",
        "slurmrestd_user: slurmrestd", "slurm_restd_auth: rest_auth/jwt"))


@P("slurm", "jwt-signing-key", g_hex32, "tf", "secret_string")
def t_tf_jwtkey(r, v):
    c = clus(r)
    return ("infra/terraform/slurm_secrets.tf", L(
        "resource \"aws_secretsmanager_secret\" \"slurm_jwt\" {",
        "  name        = \"%s/slurm/jwt-hs256\"" % c,
        "  description = \"HS256 key for slurmrestd / AuthAltTypes=auth/jwt\"", "}", "",
        "resource \"aws_secretsmanager_secret_version\" \"slurm_jwt\" {",
        "  secret_id     = aws_secretsmanager_secret.slurm_jwt.id",
        "  secret_string = \"%s\"" % v, "}"))


@P("slurm", "jwt-signing-key", g_pem_first, "pem", "jwt_rs256.pem", multiline=True)
def t_pem_jwt(r, v):
    if v.startswith("MIIE"):
        body = pem_block(r, v)
    else:
        body = ["-----BEGIN RSA PRIVATE KEY-----", v, "-----END RSA PRIVATE KEY-----"]
    return ("config/slurm/keys/jwt_rs256.pem", L(*body))


# ---------------------------------------------------------------- MUNGE
@P("munge", "shared-key", g_munge_b64_line, "yaml", "munge_key")
def t_ansible_munge(r, v):
    return ("ansible/group_vars/all/munge.yml", L(
        "---", "# shared MUNGE key for every node of the cluster",
        "munge_key_path: /etc/munge/munge.key", "munge_user: munge",
        "munge_key: \"%s\"" % v, "munge_num_threads: %d" % pick(r, [2, 4, 10])))


@P("munge", "shared-key", g_munge_b64_line, "yaml", "content", multiline=True)
def t_hiera_munge(r, v):
    lines = wrap(v) or [v]
    return ("puppet/hieradata/common.yaml", L(
        "---", "profile::slurm::cluster_name: %s" % clus(r),
        "profile::slurm::controller: %s" % host(r, "ctl"),
        "munge::key_source: inline", "munge::key_content_b64: |",
        *["  " + x for x in lines], "profile::lmod::version: \"8.7.%d\"" % r.randint(20, 40)))


@P("munge", "shared-key", g_munge_b64_line, "sh", "munge.key", multiline=True)
def t_sh_munge_heredoc(r, v):
    lines = wrap(v) or [v]
    return ("provision/compute/10-munge.sh", L(
        "#!/bin/bash", "# install the cluster MUNGE key on a freshly imaged node", "set -e",
        "dnf -y install munge", "install -d -o munge -g munge -m 0700 /etc/munge",
        "base64 -d > /etc/munge/munge.key <<'EOF'", *lines, "EOF",
        "chown munge:munge /etc/munge/munge.key", "chmod 0400 /etc/munge/munge.key",
        "systemctl enable --now munge"))


@P("munge", "shared-key", g_munge_b64_line, "yaml", "encoding: b64")
def t_cloudinit_munge(r, v):
    return ("cloud-init/compute-user-data.yaml", L(
        "#cloud-config", "packages:", "  - munge", "  - slurm-slurmd", "write_files:",
        "  - path: /etc/munge/munge.key", "    owner: munge:munge", "    permissions: '0400'",
        "    encoding: b64", "    content: %s" % v, "runcmd:",
        "  - systemctl enable --now munge", "  - systemctl enable --now slurmd"))


@P("munge", "shared-key", g_munge_b64_line, "json", "munge.key")
def t_tfvars_munge(r, v):
    return ("infra/azure/cluster.auto.tfvars.json", json.dumps({
        "cluster_name": clus(r), "location": pick(r, ["eastus", "westeurope", "southcentralus"]),
        "compute_sku": pick(r, ["Standard_HB120rs_v3", "Standard_HC44rs", "Standard_ND96asr_v4"]),
        "max_nodes": r.randint(8, 256), "munge_key_b64": v,
        "slurm_version": "23.11.%d" % r.randint(1, 10)}, indent=2) + "\n")


# ---------------------------------------------------------------- HTCondor
@P("htcondor", "pool-password", g_pw, "sh", "condor_store_cred")
def t_condor_store(r, v):
    return ("provision/htcondor/setup_central_manager.sh", L(
        "#!/bin/bash", "set -euo pipefail",
        "cat > /etc/condor/config.d/10-cm.conf <<'EOF'", "use role : get_htcondor_central_manager",
        "CONDOR_HOST = %s" % pick(r, CMHOSTS), "SEC_DEFAULT_AUTHENTICATION_METHODS = IDTOKENS, PASSWORD, FS",
        "EOF", "", "# pool password (also the IDTOKENS signing key)",
        "condor_store_cred -c add -p '%s'" % v,
        "systemctl restart condor", "condor_status -any | head"))


@P("htcondor", "idtoken", g_condor_idtoken, "token", "token")
def t_condor_tokenfile(r, v):
    return ("config/condor/tokens.d/%s.token" % pick(r, ["worker", "submit", "startd", "ospool"]), L(v))


@P("htcondor", "idtoken", g_condor_idtoken, "docker", "tokens.d")
def t_condor_docker(r, v):
    return ("images/htcondor-execute/Dockerfile", L(
        "FROM htcondor/execute:%s-el9" % pick(r, ["23.0", "23.10", "24.0"]),
        "ENV CONDOR_HOST=%s" % pick(r, CMHOSTS),
        "RUN mkdir -p /etc/condor/tokens.d && \\",
        "    echo \"%s\" > /etc/condor/tokens.d/execute.token && \\" % v,
        "    chmod 600 /etc/condor/tokens.d/execute.token",
        "COPY 50-execute.conf /etc/condor/config.d/"))


@P("htcondor", "idtoken", g_condor_idtoken, "py", "token_text")
def t_condor_py(r, v):
    return ("glidein/bootstrap.py", L(
        "\"\"\"Bootstrap an HTCondor execute point inside a batch allocation.\"\"\"",
        "import os", "import pathlib", "import subprocess", "",
        "CM = \"%s\"" % pick(r, CMHOSTS),
        "token_text = \"%s\"" % v, "",
        "", "def main():",
        "    tdir = pathlib.Path(os.environ.get(\"_CONDOR_SEC_TOKEN_DIRECTORY\", \"tokens.d\"))",
        "    tdir.mkdir(exist_ok=True)", "    (tdir / \"glidein.token\").write_text(token_text)",
        "    subprocess.run([\"condor_master\", \"-f\"], check=True)", "",
        "", "if __name__ == \"__main__\":", "    main()"))


@P("htcondor", "pool-password", g_pw, "yaml", "condor_pool_password")
def t_ansible_condor(r, v):
    return ("ansible/host_vars/%s.yml" % pick(r, ["cm01", "htc-cm", "collector"]), L(
        "---", "condor_role: central_manager", "condor_host: %s" % pick(r, CMHOSTS),
        "condor_pool_password: '%s'" % v,
        "condor_allow_write: \"*.%s\"" % dom(r), "condor_use_idtokens: true"))


# ---------------------------------------------------------------- PBS
@P("pbspro", "db-password", g_pw, "sh", "pbs_ds_password")
def t_pbs_ds(r, v):
    return ("admin/pbs/rotate_ds_password.sh", L(
        "#!/bin/bash", "# rotate the PBS data service password (run on the server host)",
        ". /etc/pbs.conf", "NEWPW='%s'" % v,
        "${PBS_EXEC}/sbin/pbs_dataservice stop",
        "printf '%s\\n%s\\n' \"$NEWPW\" \"$NEWPW\" | ${PBS_EXEC}/sbin/pbs_ds_password",
        "${PBS_EXEC}/sbin/pbs_dataservice start", "qstat -Bf | grep server_state"))


@P("pbspro", "db-password", g_pw, "md", "PGPASSWORD")
def t_pbs_pg(r, v):
    return ("docs/pbs/datastore-queries.md", L(
        "## Querying the PBS datastore directly", "",
        "The data service is PostgreSQL listening on port 15007 on the server host.", "",
        "```sh", "PGPASSWORD=%s psql -h localhost -p 15007 -U postgres pbs_datastore \\" % v,
        "  -c 'select ji_jobid, ji_state from pbs.job limit 20;'", "```", "",
        "Use `qstat -xf` instead wherever possible."))


@P("pbspro", "db-password", g_pw, "py", "password")
def t_pbs_py(r, v):
    return ("tools/pbs_report/db.py", L(
        "import psycopg2", "", "",
        "def connect():", "    return psycopg2.connect(", "        host=\"%s\"," % host(r, "pbs"),
        "        port=15007,", "        dbname=\"pbs_datastore\",", "        user=\"postgres\",",
        "        password=\"%s\"," % v, "    )"))


# ---------------------------------------------------------------- LSF
@P("lsf", "eauth-key", g_eauth, "conf", "LSF_EAUTH_KEY")
def t_lsf_sudoers(r, v):
    return ("lsf/conf/lsf.sudoers", L(
        "# lsf.sudoers - must be owned by root, mode 600", "LSB_PRE_POST_EXEC_USER=root",
        "LSF_STARTUP_USERS=\"lsfadmin\"", "LSF_STARTUP_PATH=/opt/ibm/lsfsuite/lsf/10.1/linux3.10-glibc2.17-x86_64/etc",
        "LSF_EAUTH_KEY=%s" % v))


@P("lsf", "db-password", g_pw, "xml", "Password")
def t_lsf_pac_xml(r, v):
    return ("lsf/gui/conf/database.xml", L(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<Database>",
        "  <DataSource>", "    <Name>pac</Name>",
        "    <Connection>jdbc:mysql://%s:3306/pac</Connection>" % host(r, "db"),
        "    <Driver>com.mysql.cj.jdbc.Driver</Driver>", "    <UserName>pacuser</UserName>",
        "    <Password>%s</Password>" % v, "    <MaxActive>30</MaxActive>",
        "  </DataSource>", "</Database>"))


@P("lsf", "db-password", g_pw, "props", "jdbc.password")
def t_lsf_props(r, v):
    return ("lsf/explorer/server/config/datasource.properties", L(
        "# LSF Explorer datasource", "jdbc.driver=com.mysql.cj.jdbc.Driver",
        "jdbc.url=jdbc:mysql://%s:3306/lsf_explorer?useSSL=true" % host(r, "db"),
        "jdbc.username=explorer", "jdbc.password=%s" % v, "pool.maxActive=20"))


# ---------------------------------------------------------------- Open OnDemand
OOD_DOCEX = ["b972c25d-88a4-41fa-87f7-a12ff167dd13"]


@P("open-ondemand", "oidc-client-secret", g_oidc_secret, "yaml", "oidc_client_secret", OOD_DOCEX)
def t_ood_portal(r, v):
    d = dom(r)
    return ("ood/config/ood_portal.yml", L(
        "# /etc/ood/config/ood_portal.yml", "---", "servername: ondemand.%s" % d,
        "ssl:", "  - 'SSLCertificateFile \"/etc/pki/tls/certs/ondemand.crt\"'",
        "  - 'SSLCertificateKeyFile \"/etc/pki/tls/private/ondemand.key\"'",
        "auth:", "  - \"AuthType openid-connect\"", "  - \"Require valid-user\"",
        "logout_redirect: \"/oidc?logout=https%%3A%%2F%%2Fondemand.%s\"" % d,
        "oidc_uri: \"/oidc\"",
        "oidc_provider_metadata_url: \"https://sso.%s/realms/hpc/.well-known/openid-configuration\"" % d,
        "oidc_client_id: \"ondemand.%s\"" % d, "oidc_client_secret: \"%s\"" % v,
        "oidc_remote_user_claim: \"preferred_username\"", "oidc_scope: \"openid profile email\""))


@P("open-ondemand", "crypto-passphrase", g_passphrase, "yaml", "oidc_crypto_passphrase")
def t_ood_passphrase(r, v):
    d = dom(r)
    return ("roles/ondemand/files/ood_portal.yml", L(
        "---", "servername: ood.%s" % d, "port: 443", "auth:", "  - 'AuthType openid-connect'",
        "  - 'Require valid-user'", "oidc_uri: /oidc",
        "oidc_client_id: ood-%s" % clus(r),
        "oidc_crypto_passphrase: %s" % v,
        "oidc_settings:", "  OIDCPassIDTokenAs: \"serialized\"", "  OIDCPassRefreshToken: \"On\"",
        "  OIDCSessionMaxDuration: 28800"))


@P("open-ondemand", "oidc-client-secret", g_oidc_secret, "conf", "OIDCClientSecret", OOD_DOCEX)
def t_ood_apache(r, v):
    d = dom(r)
    return ("httpd/conf.d/auth_openidc.conf", L(
        "OIDCProviderMetadataURL https://sso.%s/realms/hpc/.well-known/openid-configuration" % d,
        "OIDCClientID ondemand", "OIDCClientSecret %s" % v,
        "OIDCRedirectURI https://ondemand.%s/oidc" % d,
        "OIDCRemoteUserClaim preferred_username", "OIDCScope \"openid email profile\"",
        "OIDCSessionInactivityTimeout 28800"))


@P("keycloak", "oidc-client-secret", g_keycloak_secret, "tf", "client_secret", OOD_DOCEX)
def t_tf_keycloak(r, v):
    d = dom(r)
    return ("infra/keycloak/ondemand_client.tf", L(
        "resource \"keycloak_openid_client\" \"ondemand\" {",
        "  realm_id              = keycloak_realm.hpc.id", "  client_id             = \"ondemand\"",
        "  name                  = \"Open OnDemand\"", "  enabled               = true",
        "  access_type           = \"CONFIDENTIAL\"", "  standard_flow_enabled = true",
        "  client_secret         = \"%s\"" % v,
        "  valid_redirect_uris   = [\"https://ondemand.%s/oidc\"]" % d, "}"))


# ---------------------------------------------------------------- Globus
@P("globus", "client-secret", g_globus_secret, "py", "positional")
def t_globus_sdk(r, v):
    return ("transfer/sync_to_archive.py", L(
        "import globus_sdk", "",
        "CLIENT_ID = \"%s\"" % ruuid(r), "SRC = \"%s\"  # cluster scratch collection" % ruuid(r),
        "DST = \"%s\"  # tape archive collection" % ruuid(r), "",
        "client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, \"%s\")" % v,
        "authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)",
        "tc = globus_sdk.TransferClient(authorizer=authorizer)", "",
        "tdata = globus_sdk.TransferData(tc, SRC, DST, label=\"nightly archive\", sync_level=\"checksum\")",
        "tdata.add_item(\"/scratch/%s/\", \"/archive/%s/\", recursive=True)" % (pick(r, ACCTS), pick(r, ACCTS)),
        "print(tc.submit_transfer(tdata)[\"task_id\"])"))


@P("globus", "client-secret", g_globus_secret, "sh", "GCS_CLI_CLIENT_SECRET")
def t_gcs_env(r, v):
    return ("admin/globus/configure_collections.sh", L(
        "#!/bin/bash", "# non-interactive GCS v5 configuration with service credentials",
        "export GCS_CLI_CLIENT_ID=%s" % ruuid(r),
        "export GCS_CLI_CLIENT_SECRET='%s'" % v,
        "export GCS_CLI_ENDPOINT_ID=%s" % ruuid(r), "",
        "globus-connect-server storage-gateway list",
        "globus-connect-server collection list --format json | jq -r '.[].display_name'"))


@P("globus", "access-token", g_globus_token, "json", "access_token")
def t_globus_tokens_json(r, v):
    t = ts(r)
    return ("portal/instance/globus_tokens.json", json.dumps({
        "transfer.api.globus.org": {"scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
                                     "access_token": v, "refresh_token": None,
                                     "token_type": "Bearer", "expires_at_seconds": t + 172800,
                                     "resource_server": "transfer.api.globus.org"}}, indent=2) + "\n")


@P("globus", "access-token", g_globus_token, "md", "Bearer")
def t_globus_curl_md(r, v):
    return ("docs/globus-transfer-api.md", L(
        "# Checking a transfer task from the DTN", "",
        "```", "curl -s -H 'Authorization: Bearer %s' \\" % v,
        "  https://transfer.api.globus.org/v0.10/task/%s | jq .status" % ruuid(r), "```"))


@P("globus", "client-secret", g_globus_secret, "yaml", "client_secret")
def t_globus_yaml(r, v):
    return ("portal/config/settings.yaml", L(
        "app:", "  name: Research Data Portal", "  base_url: https://data.%s" % dom(r),
        "globus:", "  client_id: %s" % ruuid(r), "  client_secret: \"%s\"" % v,
        "  redirect_uri: https://data.%s/authcallback" % dom(r),
        "  guest_collection: %s" % ruuid(r), "storage:", "  root: /project/shared"))


@P("globus", "client-secret", g_globus_secret, "py", "SOCIAL_AUTH_GLOBUS_SECRET")
def t_globus_django(r, v):
    return ("portal/settings/production.py", L(
        "from .base import *  # noqa", "", "DEBUG = False",
        "ALLOWED_HOSTS = [\"portal.%s\"]" % dom(r), "",
        "SOCIAL_AUTH_GLOBUS_KEY = \"%s\"" % ruuid(r),
        "SOCIAL_AUTH_GLOBUS_SECRET = \"%s\"" % v,
        "SOCIAL_AUTH_GLOBUS_SCOPE = [\"urn:globus:auth:scope:transfer.api.globus.org:all\"]"))


# ---------------------------------------------------------------- iRODS
IRODS_DOCEX = ["TEMPORARY_32byte_negotiation_key", "32_byte_server_control_plane_key", "TEMPORARY_zone_key"]


def irods_server(r, key, v):
    z = pick(r, ZONES)
    d = {"advanced_settings": {"default_number_of_transfer_threads": 4,
                               "maximum_temporary_password_lifetime_in_seconds": 1000},
         "catalog_provider_hosts": [host(r, "icat")], "catalog_service_role": "provider",
         "default_dir_mode": "0750", "default_file_mode": "0600",
         "default_hash_scheme": "SHA256", "default_resource_name": "demoResc",
         "federation": [], "match_hash_policy": "compatible",
         key: v, "schema_name": "server_config", "schema_version": "v4",
         "server_port_range_end": 20199, "server_port_range_start": 20000,
         "zone_name": z, "zone_port": 1247, "zone_user": "rods"}
    return json.dumps(d, indent=4) + "\n"


@P("irods", "negotiation-key", g_irods_32, "json", "negotiation_key", IRODS_DOCEX)
def t_irods_neg(r, v):
    return ("irods/etc/server_config.json", irods_server(r, "negotiation_key", v))


@P("irods", "zone-key", g_zone_key, "json", "zone_key", IRODS_DOCEX)
def t_irods_zone(r, v):
    return ("deploy/irods/server_config.json", irods_server(r, "zone_key", v))


@P("irods", "control-plane-key", g_irods_32, "json", "irods_server_control_plane_key", IRODS_DOCEX)
def t_irods_env(r, v):
    z = pick(r, ZONES)
    return ("home/irods/.irods/irods_environment.json", json.dumps({
        "irods_client_server_negotiation": "request_server_negotiation",
        "irods_client_server_policy": "CS_NEG_REQUIRE", "irods_cwd": "/%s/home/rods" % z,
        "irods_default_hash_scheme": "SHA256", "irods_default_resource": "demoResc",
        "irods_encryption_algorithm": "AES-256-CBC", "irods_encryption_key_size": 32,
        "irods_home": "/%s/home/rods" % z, "irods_host": host(r, "icat"), "irods_port": 1247,
        "irods_server_control_plane_encryption_algorithm": "AES-256-CBC",
        "irods_server_control_plane_key": v, "irods_server_control_plane_port": 1248,
        "irods_user_name": "rods", "irods_zone_name": z}, indent=4) + "\n")


@P("irods", "db-password", g_pw, "json", "db_password")
def t_irods_db(r, v):
    return ("irods/etc/database_config.json", json.dumps({
        "catalog_database_type": "postgres", "db_host": host(r, "db"), "db_name": "ICAT",
        "db_odbc_driver": "PostgreSQL Unicode", "db_password": v, "db_port": 5432,
        "db_username": "irods", "schema_name": "database_config", "schema_version": "v3"},
        indent=4) + "\n")


@P("irods", "scrambled-password", g_irodsA, "plain", ".irodsA")
def t_irodsA(r, v):
    return ("skel/.irods/.irodsA", v + "\n")


@P("irods", "password", g_pw, "py", "password")
def t_irods_py(r, v):
    z = pick(r, ZONES)
    return ("ingest/irods_upload.py", L(
        "from irods.session import iRODSSession", "",
        "with iRODSSession(host=\"%s\", port=1247, user=\"svc_ingest\"," % host(r, "icat"),
        "                  password=\"%s\", zone=\"%s\") as session:" % (v, z),
        "    coll = session.collections.get(\"/%s/projects/%s\")" % (z, pick(r, ACCTS)),
        "    for obj in coll.data_objects:", "        print(obj.name, obj.size)"))


@P("irods", "admin-password", g_pw, "yaml", "irods_admin_password")
def t_irods_ansible(r, v):
    return ("ansible/roles/irods_provider/vars/main.yml", L(
        "---", "irods_zone_name: %s" % pick(r, ZONES), "irods_admin_user: rods",
        "irods_admin_password: \"%s\"" % v, "irods_icat_host: %s" % host(r, "icat"),
        "irods_vault_path: /var/lib/irods/Vault", "irods_version: \"4.3.%d\"" % r.randint(0, 3)))


# ---------------------------------------------------------------- XDMoD / XALT
@P("xdmod", "db-password", g_pw, "ini", "pass")
def t_xdmod_ini(r, v):
    return ("etc/xdmod/portal_settings.ini", L(
        "[general]", "title = \"%s XDMoD\"" % clus(r).capitalize(),
        "site_address = \"https://xdmod.%s/\"" % dom(r), "user_manual = \"https://xdmod.%s/user_manual/\"" % dom(r),
        "", "[database]", "type = \"mysql\"", "host = \"%s\"" % host(r, "db"), "port = \"3306\"",
        "user = \"xdmod\"", "pass = \"%s\"" % v, "", "[logger]", "db_engine = \"MySQLDB\"",
        "file = \"/var/log/xdmod/exceptions.log\""))


@P("xdmod", "db-password", g_pw, "py", "dsn")
def t_xdmod_dsn(r, v):
    return ("reports/xdmod_usage.py", L(
        "import pandas as pd", "from sqlalchemy import create_engine", "",
        "engine = create_engine(\"mysql+pymysql://xdmod:%s@%s:3306/modw\")" % (v, host(r, "db")),
        "", "q = \"\"\"SELECT resource_id, SUM(cpu_time) AS cpu FROM modw.jobfact",
        "GROUP BY resource_id\"\"\"", "print(pd.read_sql(q, engine))"))


@P("xalt", "db-password", g_pw, "ini", "PASSWD")
def t_xalt(r, v):
    return ("xalt/etc/%s_xalt_db.conf" % clus(r), L(
        "[MYSQL]", "HOST=%s" % host(r, "db"), "USER=xaltUser", "PASSWD=%s" % v, "DB=xalt_%s" % clus(r)))


# ---------------------------------------------------------------- Grafana / InfluxDB
@P("grafana", "admin-password", g_pw, "ini", "admin_password")
def t_grafana_ini(r, v):
    return ("monitoring/grafana/grafana.ini", L(
        "[server]", "protocol = https", "http_port = 3000", "domain = grafana.%s" % dom(r), "",
        "[security]", "admin_user = admin", "admin_password = %s" % v, "cookie_secure = true", "",
        "[auth.anonymous]", "enabled = false", "", "[dashboards]",
        "default_home_dashboard_path = /var/lib/grafana/dashboards/slurm-overview.json"))


@P("influxdb", "api-token", g_influx, "yaml", "token")
def t_grafana_ds(r, v):
    return ("monitoring/grafana/provisioning/datasources/influx.yaml", L(
        "apiVersion: 1", "datasources:", "  - name: cluster-metrics", "    type: influxdb",
        "    access: proxy", "    url: http://%s:8086" % host(r, "influx"), "    jsonData:",
        "      version: Flux", "      organization: %s" % pick(r, ["rc", "hpc-ops", "research-computing"]),
        "      defaultBucket: slurm", "    secureJsonData:", "      token: %s" % v))


@P("influxdb", "api-token", g_influx, "toml", "token")
def t_telegraf(r, v):
    return ("monitoring/telegraf/telegraf.conf", L(
        "[agent]", "  interval = \"30s\"", "  hostname = \"\"", "",
        "[[outputs.influxdb_v2]]", "  urls = [\"http://%s:8086\"]" % host(r, "influx"),
        "  token = \"%s\"" % v, "  organization = \"hpc-ops\"", "  bucket = \"nodes\"", "",
        "[[inputs.slurm]]", "  url = \"http://%s:6820\"" % host(r, "rest"),
        "[[inputs.cpu]]", "  percpu = false"))


@P("grafana", "service-account-token", g_glsa, "py", "Bearer")
def t_glsa_py(r, v):
    return ("monitoring/scripts/annotate_maintenance.py", L(
        "import sys", "import requests", "",
        "GRAFANA = \"https://grafana.%s\"" % dom(r), "", "",
        "def annotate(text):",
        "    r = requests.post(f\"{GRAFANA}/api/annotations\",",
        "                      headers={\"Authorization\": \"Bearer %s\"}," % v,
        "                      json={\"text\": text, \"tags\": [\"maintenance\", \"slurm\"]})",
        "    r.raise_for_status()", "", "", "annotate(\" \".join(sys.argv[1:]))"))


@P("slack", "webhook-url", g_slack_hook, "yaml", "url")
def t_grafana_slack(r, v):
    return ("monitoring/grafana/provisioning/alerting/contactpoints.yaml", L(
        "apiVersion: 1", "contactPoints:", "  - orgId: 1", "    name: hpc-oncall", "    receivers:",
        "      - uid: %s" % rs(r, 9, LOWER_ALNUM), "        type: slack", "        settings:",
        "          url: %s" % v, "          recipient: \"#hpc-alerts\"",
        "          title: '{{ template \"slack.title\" . }}'"))


@P("influxdb", "api-token", g_influx, "sh", "--token")
def t_influx_cli(r, v):
    return ("admin/cron/push_sacct_stats.sh", L(
        "#!/bin/bash", "# cron: */15 * * * *", "START=$(date -d '-15 min' +%FT%T)",
        "sacct -a -X -n -P -S \"$START\" -o JobID,Partition,State,Elapsed > /tmp/sacct.$$", "",
        "python3 /opt/rc/bin/sacct2lp.py /tmp/sacct.$$ | influx write \\",
        "  --host http://%s:8086 --org hpc-ops --bucket slurm \\" % host(r, "influx"),
        "  --token %s" % v, "rm -f /tmp/sacct.$$"))


@P("grafana", "admin-password", g_pw, "env", "GF_SECURITY_ADMIN_PASSWORD")
def t_env_grafana(r, v):
    return ("monitoring/.env", L(
        "COMPOSE_PROJECT_NAME=clustermon", "GF_SERVER_ROOT_URL=https://grafana.%s" % dom(r),
        "GF_SECURITY_ADMIN_USER=admin", "GF_SECURITY_ADMIN_PASSWORD=%s" % v,
        "INFLUXDB_HTTP_BIND_ADDRESS=:8086"))


# ---------------------------------------------------------------- Warewulf / xCAT / BMC
@P("warewulf", "ipmi-password", g_bmc, "yaml", "password")
def t_ww_nodes(r, v):
    n = r.randint(1, 200)
    return ("warewulf/nodes.conf", L(
        "nodeprofiles:", "  default:", "    comment: compute default", "    image name: rocky-9",
        "    kernel:", "      args: quiet crashkernel=no", "    ipmi:", "      username: ADMIN",
        "      password: %s" % v, "      interface: lanplus", "nodes:",
        "  n%04d:" % n, "    profiles:", "    - default", "    network devices:",
        "      default:", "        ipaddr: %s" % ip(r), "    ipmi:", "      ipaddr: %s" % ip(r)))


@P("warewulf", "db-password", g_pw, "conf", "database password")
def t_ww3_db(r, v):
    return ("etc/warewulf/database-root.conf", L(
        "# Database configuration for Warewulf 3 (root credentials)",
        "database driver = mysql", "database server = localhost", "database name = warewulf",
        "database user = root", "database password = %s" % v))


@P("xcat", "ipmi-password", g_bmc, "csv", "passwd", ["cluster"])
def t_xcat_passwd(r, v):
    key = pick(r, ["ipmi", "system", "hmc", "switch"])
    usr = {"ipmi": "ADMIN", "system": "root", "hmc": "hscroot", "switch": "admin"}[key]
    return ("xcat/tables/passwd.csv", L(
        "#key,username,password,cryptmethod,authdomain,comments,disable",
        "\"%s\",\"%s\",\"%s\",,,\"set %s\"," % (key, usr, v, pick(r, ["2023-11", "2024-03", "2024-09"]))))


@P("xcat", "db-password", g_pw, "conf", "cfgloc")
def t_xcat_cfgloc(r, v):
    return ("etc/xcat/cfgloc", L("mysql:dbname=xcatdb;host=%s|xcatadmin|%s" % (ip(r), v)))


@P("xcat", "bmc-password", g_bmc, "md", "passwd.password", ["cluster"])
def t_xcat_md(r, v):
    return ("docs/xcat/bootstrap.md", L(
        "# xCAT management node bootstrap", "", "Set the BMC credentials used by `rpower`/`rcons`:", "",
        "```", "chtab key=ipmi passwd.username=ADMIN passwd.password=%s" % v,
        "tabdump passwd", "rpower %s stat" % nodelist(r).replace("[", "").split("-")[0], "```"))


@P("ipmi", "bmc-password", g_bmc, "sh", "-P")
def t_ipmitool(r, v):
    return ("admin/bin/powercycle_node.sh", L(
        "#!/bin/bash", "# usage: powercycle_node.sh <node>", "node=$1",
        "bmc=\"${node}-bmc.%s\"" % dom(r), "",
        "ipmitool -I lanplus -H \"$bmc\" -U ADMIN -P %s chassis power cycle" % sq(v),
        "sleep 120", "scontrol update nodename=\"$node\" state=resume"))


@P("redfish", "bmc-password", g_bmc, "py", "auth")
def t_redfish_py(r, v):
    return ("tools/bmc/firmware_inventory.py", L(
        "import requests", "import urllib3", "", "urllib3.disable_warnings()", "",
        "", "def inventory(bmc):",
        "    s = requests.Session()", "    s.verify = False",
        "    s.auth = (\"root\", \"%s\")" % v,
        "    r = s.get(f\"https://{bmc}/redfish/v1/UpdateService/FirmwareInventory\")",
        "    return [m[\"@odata.id\"] for m in r.json()[\"Members\"]]"))


@P("openhpc", "bmc-password", g_bmc, "sh", "bmc_password")
def t_ohpc_input(r, v):
    return ("recipes/input.local", L(
        "# OpenHPC recipe parameters", "sms_name=\"${sms_name:-%s}\"" % host(r, "sms").split(".")[0],
        "sms_ip=\"${sms_ip:-%s}\"" % ip(r), "sms_eth_internal=\"${sms_eth_internal:-eth1}\"",
        "eth_provision=\"${eth_provision:-eth0}\"", "internal_netmask=\"${internal_netmask:-255.255.0.0}\"",
        "bmc_username=\"${bmc_username:-ADMIN}\"", "bmc_password=\"%s\"" % v,
        "num_computes=\"${num_computes:-%d}\"" % r.randint(4, 64)))


@P("openhpc", "db-password", g_pw, "yaml", "mariadb_root_password")
def t_ohpc_ansible(r, v):
    return ("ansible/inventory/group_vars/sms.yml", L(
        "---", "ohpc_release: \"3.%d\"" % r.randint(0, 2), "sms_hostname: sms",
        "enable_slurm_accounting: true", "mariadb_bind_address: 127.0.0.1",
        "mariadb_root_password: %s" % v, "compute_image: rocky9-compute"))


# ---------------------------------------------------------------- Spack / Apptainer
@P("github", "registry-token", g_ghp, "yaml", "access_pair")
def t_spack_mirrors(r, v):
    return ("spack-configs/%s/mirrors.yaml" % clus(r), L(
        "mirrors:", "  local-buildcache:", "    url: oci://ghcr.io/%s-hpc/spack-buildcache" % clus(r),
        "    signed: false", "    access_pair:", "    - %s-ci-bot" % clus(r), "    - %s" % v,
        "  spack-public:", "    url: https://mirror.spack.io"))


@P("gitlab", "registry-token", g_glpat, "sh", "--oci-password")
def t_spack_cli(r, v):
    return ("ci/scripts/push_buildcache.sh", L(
        "#!/bin/bash", "set -e", ". /opt/spack/share/spack/setup-env.sh",
        "spack mirror add --oci-username spack-ci --oci-password %s \\" % v,
        "  site-cache oci://registry.gitlab.%s/rc/spack-cache" % dom(r),
        "spack buildcache push --unsigned --update-index site-cache %s" % pick(r, ["gromacs", "lammps", "openfoam", "hdf5"])))


@P("github", "registry-token", g_ghp, "yaml", "SPACK_OCI_PASSWORD")
def t_gha_spack(r, v):
    return (".github/workflows/buildcache.yml", L(
        "name: spack buildcache", "on:", "  push:", "    branches: [main]", "jobs:", "  build:",
        "    runs-on: [self-hosted, %s]" % clus(r), "    env:", "      SPACK_OCI_USER: rc-bot",
        "      SPACK_OCI_PASSWORD: %s" % v, "    steps:", "      - uses: actions/checkout@v4",
        "      - run: spack -e envs/cluster install --fail-fast"))


@P("apptainer", "library-token", g_sylabs_token, "md", "--password")
def t_apptainer_md(r, v):
    return ("docs/containers/apptainer-library.md", L(
        "# Pulling from the site container library", "",
        "```console", "$ apptainer remote add --no-login SiteLib library.%s" % dom(r),
        "$ apptainer remote login --password %s SiteLib" % v,
        "$ apptainer pull library://rc/default/pytorch:2.3", "```"))


@P("apptainer", "library-token", g_sylabs_token, "yaml", "Token")
def t_apptainer_remote_yaml(r, v):
    return ("home/svc_ci/.apptainer/remote.yaml", L(
        "Active: SylabsCloud", "Remotes:", "  SylabsCloud:", "    URI: cloud.sylabs.io",
        "    Token: %s" % v, "    System: true", "    Exclusive: false"))


@P("github", "registry-token", g_ghp, "lua", "APPTAINER_DOCKER_PASSWORD")
def t_lmod_apptainer(r, v):
    return ("modulefiles/apptainer/1.%d.%d.lua" % (r.randint(1, 3), r.randint(0, 6)), L(
        "help([[Apptainer container runtime]])",
        "whatis(\"Name: apptainer\")", "whatis(\"Description: containers for HPC\")",
        "local base = \"/opt/apptainer\"", "prepend_path(\"PATH\", pathJoin(base, \"bin\"))",
        "setenv(\"APPTAINER_CACHEDIR\", pathJoin(os.getenv(\"SCRATCH\") or \"/tmp\", \".apptainer\"))",
        "setenv(\"APPTAINER_DOCKER_USERNAME\", \"rc-bot\")",
        "setenv(\"APPTAINER_DOCKER_PASSWORD\", \"%s\")" % v))


@P("xalt", "db-password", g_pw, "lua", "dbpass")
def t_lmod_sitepkg(r, v):
    return ("lmod/SitePackage.lua", L(
        "require(\"strict\")", "local hook = require(\"Hook\")", "local luasql = require(\"luasql.mysql\")",
        "", "local function usage_hook(t)", "  local env = luasql.mysql()",
        "  local con = env:connect(\"module_usage\", \"lmod\", \"%s\", \"%s\")" % (v, host(r, "db")),
        "  con:execute(string.format(\"INSERT INTO loads(module) VALUES('%s')\", t.modFullName))",
        "  con:close()", "end", "", "hook.register(\"load\", usage_hook)"))


# ---------------------------------------------------------------- Jupyter
@P("jupyter", "server-token", g_hex24, "py", "c.NotebookApp.token")
def t_jupyter_cfg(r, v):
    return ("ondemand/jupyter/template/jupyter_notebook_config.py", L(
        "c = get_config()  # noqa", "c.NotebookApp.ip = '0.0.0.0'",
        "c.NotebookApp.port = %d" % r.randint(8000, 9999), "c.NotebookApp.open_browser = False",
        "c.NotebookApp.token = '%s'" % v, "c.NotebookApp.notebook_dir = '/home'"))


@P("jupyter", "server-token", g_hex24, "log", "token=")
def t_jupyter_log(r, v):
    n = "%s%03d" % (pick(r, ["node", "gpu", "cn"]), r.randint(1, 300))
    port = r.randint(8800, 9999)
    jid = r.randint(1000000, 9999999)
    return ("logs/jupyter-%d.out" % jid, L(
        "Loading %s" % pick(r, MODULES), "Job %d running on %s" % (jid, n),
        "[I 2024-0%d-1%d 09:14:22.114 ServerApp] jupyterlab | extension was successfully loaded." % (r.randint(1, 9), r.randint(0, 9)),
        "[I ServerApp] Serving notebooks from local directory: /home/%s" % pick(r, USERS),
        "[I ServerApp] Jupyter Server 2.%d.0 is running at:" % r.randint(7, 14),
        "[I ServerApp] http://%s:%d/lab?token=%s" % (n, port, v),
        "[I ServerApp] Use Control-C to stop this server and shut down all kernels."))


@P("jupyterhub", "api-token", g_hex32, "py", "api_token")
def t_jhub(r, v):
    return ("jupyterhub/jupyterhub_config.py", L(
        "import batchspawner  # noqa", "c = get_config()  # noqa",
        "c.JupyterHub.spawner_class = 'batchspawner.SlurmSpawner'",
        "c.SlurmSpawner.req_partition = '%s'" % pick(r, PARTS), "c.SlurmSpawner.req_runtime = '8:00:00'",
        "c.JupyterHub.services = [", "    {", "        'name': 'idle-culler',",
        "        'api_token': '%s'," % v, "        'command': ['python3', '-m', 'jupyterhub_idle_culler', '--timeout=3600'],",
        "    }", "]"))


@P("jupyter", "server-token", g_hex24, "json", "token")
def t_jserver_json(r, v):
    return ("containers/jupyter/jupyter_server_config.json", json.dumps({
        "ServerApp": {"ip": "0.0.0.0", "port": 8888, "open_browser": False,
                      "root_dir": "/work", "token": v,
                      "allow_origin": "https://ondemand.%s" % dom(r)}}, indent=2) + "\n")


# ================================================================ look-alike negatives
NEG = []


def N(provider, kind):
    def deco(f):
        NEG.append({"f": f, "id": f.__name__, "provider": provider, "kind": kind})
        return f
    return deco


def mac(r):
    return ":".join("%02x" % r.getrandbits(8) for _ in range(6))


def sha(r):
    return rhex(r, 32)


def jobid(r):
    return r.randint(1000000, 39999999)


def node(r):
    return "%s%03d" % (pick(r, ["node", "cn", "gpu", "c"]), r.randint(1, 400))


def serial(r):
    return pick(r, ["", "J", "CN", "SGH"]) + rs(r, r.randint(7, 10), string.ascii_uppercase + string.digits)


@N("slurm", "squeue-output")
def n_squeue(r):
    rows = ["             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)"]
    for _ in range(r.randint(5, 12)):
        rows.append("%18d %9s %8s %8s %2s %10s %6d %s" % (
            jobid(r), pick(r, PARTS)[:9], pick(r, ["vasp", "wrf", "md_run", "train", "bwa"]),
            pick(r, USERS)[:8], pick(r, ["R", "PD", "CG"]), "%d:%02d:%02d" % (r.randint(0, 47), r.randint(0, 59), r.randint(0, 59)),
            r.randint(1, 16), pick(r, [nodelist(r), node(r), "(Priority)", "(Resources)"])))
    return ("logs/squeue-%d.txt" % r.randint(1, 99), L(*rows))


@N("slurm", "sacct-output")
def n_sacct(r):
    rows = ["JobID|JobName|Partition|Account|AllocCPUS|State|ExitCode|NodeList"]
    for _ in range(r.randint(6, 15)):
        j = jobid(r)
        rows.append("%d|%s|%s|%s|%d|%s|0:0|%s" % (j, pick(r, ["relax", "nf-core", "gromacs", "ior"]),
                    pick(r, PARTS), pick(r, ACCTS), pick(r, [1, 8, 32, 64, 128]),
                    pick(r, ["COMPLETED", "FAILED", "TIMEOUT", "CANCELLED by 0"]), nodelist(r)))
        rows.append("%d.batch|batch||%s|%d|COMPLETED|0:0|%s" % (j, pick(r, ACCTS), 8, node(r)))
    return ("reports/sacct_%s.csv" % pick(r, ["weekly", "monthly", "q3"]), L(*rows))


@N("slurm", "auth-munge-config")
def n_slurm_conf_auth(r):
    c = clus(r)
    return ("etc/slurm/slurm.conf", L(
        "ClusterName=%s" % c, "SlurmctldHost=%s-ctl1" % c, "AuthType=auth/munge", "CredType=cred/munge",
        "AuthAltTypes=auth/jwt", "AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key",
        "AccountingStorageType=accounting_storage/slurmdbd", "AccountingStorageHost=%s-dbd" % c,
        "JobAcctGatherType=jobacct_gather/cgroup", "NodeName=%s CPUs=128 Sockets=2 CoresPerSocket=64 RealMemory=512000" % nodelist(r),
        "PartitionName=%s Nodes=%s Default=YES State=UP" % (pick(r, PARTS), nodelist(r))))


@N("slurm", "storagepass-socket")
def n_acct_socket(r):
    return ("config/slurm/accounting.conf", L(
        "# included from slurm.conf", "AccountingStorageType=accounting_storage/slurmdbd",
        "AccountingStorageHost=%s" % host(r, "dbd"), "AccountingStoragePort=6819",
        "# alternate munge socket for the accounting daemon",
        "AccountingStoragePass=/var/run/munge/global.socket.2",
        "AccountingStorageEnforce=associations,limits,qos", "AccountingStorageTRES=gres/gpu"))


@N("munge", "md5sum-check")
def n_munge_md5(r):
    h = rhex(r, 16)
    nl = nodelist(r)
    rows = ["$ pdsh -w %s md5sum /etc/munge/munge.key | dshbak -c" % nl, "----------------", nl, "----------------",
            "%s  /etc/munge/munge.key" % h, "$ md5sum /etc/munge/munge.key", "%s  /etc/munge/munge.key" % h]
    return ("docs/troubleshooting/munge-mismatch.md", L("# Checking the MUNGE key is identical", "", "```", *rows, "```"))


@N("munge", "munged-options")
def n_munged_sysconfig(r):
    return ("etc/sysconfig/munge", L(
        "# Options passed to munged", "OPTIONS=\"--key-file=/etc/munge/munge.key --num-threads=%d\"" % pick(r, [4, 10, 16]),
        "# key is created by: mungekey --create --keyfile /etc/munge/munge.key"))


@N("munge", "unmunge-output")
def n_unmunge(r):
    t = "2024-%02d-%02d %02d:%02d:%02d +0000" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    return ("logs/munge-selftest.log", L(
        "STATUS:          Success (0)", "ENCODE_HOST:     %s (%s)" % (node(r), ip(r)),
        "ENCODE_TIME:     %s (%d)" % (t, ts(r)), "DECODE_TIME:     %s (%d)" % (t, ts(r)),
        "TTL:             300", "CIPHER:          aes128 (4)", "MAC:             sha256 (5)",
        "ZIP:             none (0)", "UID:             %s (%d)" % (pick(r, USERS), r.randint(1000, 60000)),
        "GID:             hpcusers (%d)" % r.randint(1000, 9000), "LENGTH:          0"))


@N("globus", "endpoint-uuids")
def n_globus_md(r):
    rows = ["| Collection | UUID | Type |", "|---|---|---|"]
    for name in ["%s scratch" % clus(r), "Project storage", "Tape archive", "Guest share: %s" % pick(r, ACCTS)]:
        rows.append("| %s | `%s` | %s |" % (name, ruuid(r), pick(r, ["mapped", "guest"])))
    return ("docs/globus/collections.md", L("# Globus collections at the centre", "", *rows, "",
                                            "Search for them in the web app by UUID."))


@N("globus", "cli-transfer")
def n_globus_cli(r):
    return ("scripts/archive_project.sh", L(
        "#!/bin/bash", "SRC=%s   # %s-dtn scratch" % (ruuid(r), clus(r)), "DST=%s   # archive" % ruuid(r),
        "globus whoami || globus login --no-local-server",
        "globus transfer --recursive --sync-level checksum --label \"$1 archive\" \\",
        "  \"$SRC:/scratch/$1/\" \"$DST:/archive/$1/\""))


@N("globus", "public-client-id")
def n_globus_native(r):
    return ("tools/globus_login.py", L(
        "import globus_sdk", "", "# native app: the client id is public, no secret",
        "CLIENT_ID = \"%s\"" % ruuid(r), "client = globus_sdk.NativeAppAuthClient(CLIENT_ID)",
        "client.oauth2_start_flow(refresh_tokens=True)",
        "print(\"Login here:\", client.oauth2_get_authorize_url())",
        "code = input(\"Auth code: \").strip()", "tokens = client.oauth2_exchange_code_for_tokens(code)"))


@N("globus", "task-log")
def n_globus_tasks(r):
    rows = []
    for _ in range(r.randint(4, 9)):
        rows.append("%s task_id=%s status=%s bytes=%d files=%d" % (
            "2024-%02d-%02dT%02d:00:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23)),
            ruuid(r), pick(r, ["SUCCEEDED", "ACTIVE", "FAILED"]), r.randint(10 ** 6, 10 ** 12), r.randint(1, 90000)))
    return ("logs/globus-transfers.log", L(*rows))


@N("htcondor", "pool-config")
def n_condor_conf(r):
    return ("etc/condor/config.d/00-pool.conf", L(
        "CONDOR_HOST = %s" % pick(r, CMHOSTS), "COLLECTOR_NAME = %s HTCondor Pool" % clus(r).capitalize(),
        "UID_DOMAIN = %s" % dom(r), "SEC_PASSWORD_FILE = /etc/condor/pool_password",
        "SEC_PASSWORD_DIRECTORY = /etc/condor/passwords.d", "SEC_TOKEN_SYSTEM_DIRECTORY = /etc/condor/tokens.d",
        "SEC_DEFAULT_AUTHENTICATION_METHODS = IDTOKENS, FS", "ALLOW_WRITE = *.%s" % dom(r)))


@N("htcondor", "condor_q-output")
def n_condor_q(r):
    rows = ["-- Schedd: %s : <%s:9618?... @ 06/%02d/24 10:11:12" % (pick(r, CMHOSTS), ip(r), r.randint(1, 28)),
            " ID        OWNER  SUBMITTED     RUN_TIME ST PRI SIZE CMD"]
    for _ in range(r.randint(4, 10)):
        rows.append("%d.%d  %s  6/%d 09:%02d   0+0%d:%02d:%02d R  0    %0.1f %s" % (
            r.randint(100000, 999999), r.randint(0, 99), pick(r, USERS), r.randint(1, 28), r.randint(0, 59),
            r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), r.random() * 500, pick(r, ["run.sh", "analyze.py", "blast"])))
    rows.append("GlobalJobId = \"%s#%d.0#%d\"" % (pick(r, CMHOSTS), r.randint(100000, 999999), ts(r)))
    return ("logs/condor_q.txt", L(*rows))


@N("htcondor", "submit-file")
def n_condor_sub(r):
    return ("htc/jobs/analysis.sub", L(
        "universe = vanilla", "executable = run_analysis.sh", "arguments = $(Process)",
        "request_cpus = %d" % pick(r, [1, 2, 4]), "request_memory = %dGB" % pick(r, [2, 4, 8]),
        "use_oauth_services = scitokens", "transfer_input_files = osdf:///ospool/%s/inputs/$(Process).tar.gz" % pick(r, ["ap20", "ap21"]),
        "log = logs/job.$(Cluster).log", "queue %d" % r.randint(10, 1000)))


@N("htcondor", "token-list-output")
def n_condor_token_list(r):
    h = pick(r, CMHOSTS)
    return ("docs/htcondor/tokens.md", L(
        "Inspect installed tokens (signature is never printed):", "", "```",
        "$ condor_token_list",
        "Header: {\"alg\":\"HS256\",\"kid\":\"POOL\"} Payload: {\"iat\":%d,\"iss\":\"%s\",\"jti\":\"%s\",\"scope\":\"condor:/ADVERTISE_STARTD\",\"sub\":\"condor@%s\"} File: /etc/condor/tokens.d/startd.token"
        % (ts(r), h, rhex(r, 16), h), "```"))


@N("irods", "environment-no-secret")
def n_irods_env(r):
    z = pick(r, ZONES)
    return ("skel/.irods/irods_environment.json", json.dumps({
        "irods_host": host(r, "icat"), "irods_port": 1247, "irods_user_name": pick(r, USERS),
        "irods_zone_name": z, "irods_home": "/%s/home" % z, "irods_authentication_scheme": "pam_password",
        "irods_client_server_policy": "CS_NEG_REQUIRE", "irods_ssl_verify_server": "hostname",
        "irods_ssl_ca_certificate_file": "/etc/pki/tls/certs/ca-bundle.crt",
        "irods_encryption_key_size": 32, "irods_encryption_salt_size": 8,
        "irods_encryption_num_hash_rounds": 16, "irods_encryption_algorithm": "AES-256-CBC"}, indent=4) + "\n")


@N("irods", "ils-output")
def n_ils(r):
    z = pick(r, ZONES)
    rows = ["$ ils -L /%s/projects/%s" % (z, pick(r, ACCTS))]
    for _ in range(r.randint(3, 8)):
        rows.append("  %s          0 %s %12d 2024-05-%02d.10:11 & sample_%04d.bam" % (
            pick(r, USERS), pick(r, ["demoResc", "s3Resc", "tapeResc"]), r.randint(1000, 10 ** 10), r.randint(1, 28), r.randint(1, 9999)))
        rows.append("    sha2:%s    generic    /data/Vault/%s" % (base64.b64encode(rbytes(r, 32)).decode(), rhex(r, 6)))
    return ("docs/irods/listing-example.md", L("```", *rows, "```"))


@N("lmod", "module-checksums")
def n_sha256sum(r):
    rows = []
    for m in mods(r, 5):
        n, v = m.split("/")
        rows.append("%s  %s-%s.tar.gz" % (sha(r), n, v))
    return ("sources/SHA256SUMS", L(*rows))


@N("easybuild", "checksums")
def n_easyconfig(r):
    v = "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9))
    return ("easyconfigs/g/GROMACS/GROMACS-%s-foss-2023a.eb" % v, L(
        "easyblock = 'EB_GROMACS'", "name = 'GROMACS'", "version = '%s'" % v, "",
        "homepage = 'https://www.gromacs.org'", "description = \"GROMACS molecular dynamics\"", "",
        "toolchain = {'name': 'foss', 'version': '2023a'}",
        "source_urls = ['https://ftp.gromacs.org/pub/gromacs/']", "sources = [SOURCELOWER_TAR_GZ]",
        "checksums = ['%s']" % sha(r), "", "builddependencies = [('CMake', '3.26.3')]", "moduleclass = 'bio'"))


@N("spack", "spack-lock")
def n_spack_lock(r):
    roots = []
    specs = {}
    for _ in range(r.randint(3, 6)):
        hsh = rs(r, 32, B32)
        nm = pick(r, ["hdf5", "openmpi", "zlib-ng", "netcdf-c", "fftw", "py-numpy"])
        roots.append({"hash": hsh, "spec": nm})
        specs[hsh] = {"name": nm, "version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                      "arch": {"platform": "linux", "platform_os": "rocky9", "target": "zen3"},
                      "hash": hsh}
    return ("envs/%s/spack.lock" % clus(r), json.dumps({"_meta": {"file-type": "spack-lockfile", "lockfile-version": 5},
                                                        "roots": roots, "concrete_specs": specs}, indent=1) + "\n")


@N("spack", "spack-find-output")
def n_spack_find(r):
    rows = ["$ spack find -lv", "-- linux-rocky9-zen3 / gcc@12.3.0 -----------------"]
    for _ in range(r.randint(4, 10)):
        rows.append("%s %s@%d.%d.%d" % (rs(r, 7, B32), pick(r, ["hdf5", "openmpi", "cmake", "ucx", "libfabric"]),
                                          r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)))
    rows.append("$ spack spec -L gromacs | head -1")
    rows.append(" -   %s  gromacs@2024.1%%gcc@12.3.0+mpi" % rs(r, 32, B32))
    return ("docs/spack/inventory.md", L("```", *rows, "```"))


@N("spack", "hash-pinned-env")
def n_spack_yaml(r):
    return ("envs/%s/spack.yaml" % pick(r, ["cpu", "gpu", "bio"]), L(
        "spack:", "  specs:", "  - gromacs+mpi ^/%s" % rs(r, 32, B32), "  - lammps ^openmpi/%s" % rs(r, 7, B32),
        "  - py-torch+cuda cuda_arch=80", "  view: true", "  concretizer:", "    unify: true"))


@N("apptainer", "image-digest-def")
def n_apptainer_def(r):
    return ("containers/pytorch/pytorch.def", L(
        "Bootstrap: docker", "From: nvcr.io/nvidia/pytorch@sha256:%s" % sha(r), "",
        "%post", "    pip install --no-cache-dir mpi4py==3.1.5", "", "%labels",
        "    Maintainer research-computing@%s" % dom(r), "    Version v%d.%d" % (r.randint(1, 4), r.randint(0, 9))))


@N("apptainer", "key-list")
def n_apptainer_keys(r):
    return ("docs/containers/signing.md", L(
        "Public signing keys trusted on the cluster:", "", "```", "$ apptainer key list",
        "Public key listing (/root/.apptainer/keys/pgp-public):", "",
        "0) User:              RC Containers (signing) <rc@%s>" % dom(r),
        "   Creation time:     2024-0%d-1%d" % (r.randint(1, 9), r.randint(0, 9)),
        "   Fingerprint:       %s" % rhex(r, 20).upper(), "   Length (in bits):  4096", "```"))


@N("apptainer", "sif-verify")
def n_sif_verify(r):
    return ("logs/verify-%s.log" % pick(r, ["pytorch", "gromacs", "rstudio"]), L(
        "INFO:    Verifying image with PGP key material",
        "[LOCAL]   Signing entity: RC Containers <rc@%s>" % dom(r),
        "[LOCAL]   Fingerprint: %s" % rhex(r, 20).upper(), "Objects verified:",
        "ID  |GROUP   |LINK    |TYPE", "------------------------------------------------",
        "1   |1       |NONE    |Def.FILE", "2   |1       |NONE    |JSON.Generic", "3   |1       |NONE    |FS",
        "INFO:    Verified signature(s) from image 'sha256.%s'" % sha(r)))


@N("ssh", "known-hosts")
def n_known_hosts(r):
    c = clus(r)
    rows = []
    for i in range(1, r.randint(3, 5)):
        rows.append("login%d.%s,login%d ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (i, dom(r), i, rs(r, 43, ALNUM + "+/")))
    return ("etc/ssh/ssh_known_hosts", L("# %s login nodes" % c, *rows))


@N("ssh", "fingerprints-md")
def n_ssh_fp(r):
    rows = ["| Host | Key | Fingerprint |", "|---|---|---|"]
    for k in ["ED25519", "ECDSA", "RSA"]:
        rows.append("| login.%s | %s | `SHA256:%s` |" % (dom(r), k, b64u(rbytes(r, 32))))
    return ("docs/access/host-keys.md", L("# Verify the login node host keys", "", *rows))


@N("x509", "certificate")
def n_cert(r):
    body = ["MIIF" + rs(r, 60, ALNUM + "+/")] + [rs(r, 64, ALNUM + "+/") for _ in range(20)] + [rs(r, 20, ALNUM + "+/") + "=="]
    return ("config/ondemand/certs/ondemand.crt", L("-----BEGIN CERTIFICATE-----", *body, "-----END CERTIFICATE-----"))


@N("slurm", "jwks-public")
def n_jwks(r):
    return ("config/slurm/jwks.json", json.dumps({"keys": [{
        "kty": "RSA", "use": "sig", "alg": "RS256", "kid": rhex(r, 8), "e": "AQAB",
        "n": b64u(rbytes(r, 256))}]}, indent=2) + "\n")


@N("lmod", "modulefile")
def n_modulefile(r):
    nm, v = pick(r, MODULES).split("/")
    return ("modulefiles/%s/%s.lua" % (nm, v), L(
        "help([[%s %s built with Spack]])" % (nm, v), "whatis(\"Version: %s\")" % v,
        "local root = \"/opt/spack/linux-rocky9-zen3/gcc-12.3.0/%s-%s-%s\"" % (nm, v, rs(r, 32, B32)),
        "prepend_path(\"PATH\", pathJoin(root, \"bin\"))", "prepend_path(\"LD_LIBRARY_PATH\", pathJoin(root, \"lib\"))",
        "setenv(\"%s_ROOT\", root)" % nm.upper().replace("-", "_")))


@N("open-ondemand", "cluster-config")
def n_ood_cluster(r):
    c = clus(r)
    return ("ood/clusters.d/%s.yml" % c, L(
        "---", "v2:", "  metadata:", "    title: \"%s\"" % c.capitalize(), "  login:", "    host: \"login.%s\"" % dom(r),
        "  job:", "    adapter: \"slurm\"", "    cluster: \"%s\"" % c, "    bin: \"/usr/bin\"",
        "    conf: \"/etc/slurm/slurm.conf\"", "  batch_connect:", "    basic:",
        "      script_wrapper: \"module purge\\n%s\"", "    vnc:", "      script_wrapper: \"module load turbovnc\\n%s\""))


@N("open-ondemand", "session-context")
def n_ood_session(r):
    return ("ondemand/data/sys/dashboard/batch_connect/db/%s" % ruuid(r), json.dumps({
        "id": ruuid(r), "cluster_id": clus(r), "job_id": str(jobid(r)), "created_at": ts(r),
        "token": "sys/bc_jupyter", "title": "Jupyter", "script_type": "basic",
        "cache_completed": None}, indent=2) + "\n")


@N("open-ondemand", "client-id-only")
def n_ood_clientid(r):
    d = dom(r)
    return ("ood/config/ood_portal.yml", L(
        "---", "servername: ondemand.%s" % d, "auth:", "  - 'AuthType openid-connect'", "  - 'Require valid-user'",
        "oidc_uri: /oidc", "oidc_provider_metadata_url: https://cilogon.org/.well-known/openid-configuration",
        "oidc_client_id: cilogon:/client_id/%s" % rhex(r, 16),
        "# oidc_client_secret and oidc_crypto_passphrase are injected by puppet from hiera-eyaml",
        "oidc_remote_user_claim: eppn"))


@N("grafana", "dashboard-json")
def n_grafana_dash(r):
    return ("monitoring/grafana/dashboards/slurm-overview.json", json.dumps({
        "uid": rs(r, 9, ALNUM), "title": "Slurm overview", "version": r.randint(1, 60),
        "panels": [{"id": i, "type": "timeseries", "title": t,
                    "datasource": {"type": "influxdb", "uid": rs(r, 9, ALNUM)}} for i, t in
                   enumerate(["Running jobs", "Pending jobs", "Node states"], 1)]}, indent=2) + "\n")


@N("influxdb", "bucket-ids")
def n_influx_buckets(r):
    rows = ["ID                  Name            Retention   Shard group duration  Organization ID     Schema Type"]
    org = rhex(r, 8)
    for b in ["_monitoring", "_tasks", "slurm", "nodes", "gpfs"]:
        rows.append("%s    %-14s  %s     24h0m0s               %s    implicit" % (rhex(r, 8), b, pick(r, ["168h0m0s", "infinite"]), org))
    return ("docs/monitoring/influx-buckets.txt", L("$ influx bucket list", *rows))


@N("influxdb", "line-protocol")
def n_lineproto(r):
    rows = []
    for _ in range(r.randint(5, 12)):
        rows.append("slurm_job,cluster=%s,partition=%s,user=%s jobid=%di,cpus=%di,state=\"RUNNING\" %d000000000" % (
            clus(r), pick(r, PARTS), pick(r, USERS), jobid(r), pick(r, [8, 32, 128]), ts(r)))
    return ("fixtures/slurm_jobs.lp", L(*rows))


@N("xcat", "nodelist-table")
def n_xcat_nodelist(r):
    rows = ["#node,groups,status,statustime,appstatus,appstatustime,primarysn,hidden,updatestatus,updatestatustime,zonename,comments,disable"]
    for i in range(r.randint(4, 10)):
        rows.append("\"%s\",\"compute,all,ipmi\",\"booted\",\"05-1%d-2024 10:11:12\",,,,,,,,," % (node(r), r.randint(0, 9)))
    return ("xcat/tables/nodelist.csv", L(*rows))


@N("xcat", "lsdef-output")
def n_lsdef(r):
    n = node(r)
    return ("docs/xcat/%s-lsdef.txt" % n, L(
        "Object name: %s" % n, "    arch=x86_64", "    bmc=%s" % ip(r), "    bmcusername=ADMIN",
        "    groups=compute,all", "    installnic=mac", "    mac=%s" % mac(r), "    mgt=ipmi",
        "    netboot=xnba", "    serial=%s" % serial(r), "    mtm=%s" % rs(r, 8, string.ascii_uppercase + string.digits),
        "    provmethod=rocky9.3-x86_64-netboot-compute"))


@N("warewulf", "nodes-no-secret")
def n_ww_nodes(r):
    rows = ["nodes:"]
    for _ in range(r.randint(2, 5)):
        rows += ["  %s:" % node(r), "    profiles: [default]", "    network devices:", "      default:",
                 "        hwaddr: %s" % mac(r), "        ipaddr: %s" % ip(r)]
    return ("warewulf/nodes.conf", L(*rows))


@N("ipmi", "bmc-inventory")
def n_bmc_inv(r):
    rows = ["hostname,bmc_ip,bmc_mac,serial,bios,bmc_fw"]
    for _ in range(r.randint(4, 12)):
        rows.append("%s,%s,%s,%s,%d.%d.%d,%d.%02d" % (node(r), ip(r), mac(r), serial(r), r.randint(1, 3),
                                                     r.randint(0, 20), r.randint(0, 9), r.randint(1, 7), r.randint(0, 99)))
    return ("inventory/bmc.csv", L(*rows))


@N("ipmi", "ipmitool-passfile")
def n_ipmi_file(r):
    return ("admin/bin/sel_dump.sh", L(
        "#!/bin/bash", "# password comes from a root-only file, never on the command line",
        "for bmc in $(nodeattr -n bmc); do",
        "  ipmitool -I lanplus -H \"$bmc\" -U ADMIN -f /root/.ipmi_pass sel elist | tail -5", "done",
        "ipmitool -I lanplus -H %s -U ADMIN -E chassis status  # IPMI_PASSWORD from env" % ip(r)))


@N("ipmi", "fru-output")
def n_fru(r):
    return ("logs/fru-%s.txt" % node(r), L(
        "FRU Device Description : Builtin FRU Device (ID 0)", " Chassis Type          : Rack Mount Chassis",
        " Chassis Serial        : %s" % serial(r), " Board Mfg Date        : Mon Mar  4 08:00:00 2024",
        " Board Serial          : %s" % serial(r), " Board Part Number     : %s" % rs(r, 10, string.ascii_uppercase + string.digits),
        " Product Serial        : %s" % serial(r), " Product Asset Tag     : %s" % rs(r, 6, string.digits),
        "System GUID  : %s" % ruuid(r)))


@N("pbspro", "qstat-output")
def n_qstat(r):
    j = r.randint(100000, 999999)
    return ("logs/qstat-%d.txt" % j, L(
        "Job Id: %d.%s" % (j, host(r, "pbs")), "    Job_Name = %s" % pick(r, ["cfd_run", "md", "align"]),
        "    Job_Owner = %s@%s" % (pick(r, USERS), host(r, "login")), "    job_state = R", "    queue = workq",
        "    exec_host = %s/0*64" % node(r), "    Resource_List.select = 1:ncpus=64:mem=200gb",
        "    session_id = %d" % r.randint(1000, 99999), "    project = _pbs_project_default"))


@N("pbspro", "pbs-conf")
def n_pbs_conf(r):
    return ("etc/pbs.conf", L(
        "PBS_SERVER=%s" % host(r, "pbs").split(".")[0], "PBS_START_SERVER=1", "PBS_START_SCHED=1",
        "PBS_START_COMM=1", "PBS_START_MOM=0", "PBS_EXEC=/opt/pbs", "PBS_HOME=/var/spool/pbs",
        "PBS_CORE_LIMIT=unlimited", "PBS_SCP=/usr/bin/scp", "PBS_DATA_SERVICE_PORT=15007"))


@N("pbspro", "hook")
def n_pbs_hook(r):
    return ("pbs/hooks/limit_walltime.py", L(
        "import pbs", "", "e = pbs.event()", "j = e.job",
        "if j.Resource_List[\"walltime\"] is None:",
        "    j.Resource_List[\"walltime\"] = pbs.duration(\"%02d:00:00\")" % r.randint(1, 24),
        "e.accept()"))


@N("lsf", "lsf-conf")
def n_lsf_conf(r):
    return ("lsf/conf/lsf.conf", L(
        "LSF_MASTER_LIST=\"%s %s\"" % (host(r, "lsfm").split(".")[0], host(r, "lsfm").split(".")[0]),
        "LSF_AUTH=eauth", "LSF_EAUTH_AUX_PASS=N", "LSB_SHAREDIR=/opt/ibm/lsfsuite/lsf/work",
        "LSF_LOGDIR=/var/log/lsf", "LSF_GPU_AUTOCONFIG=Y", "LSB_GPU_NEW_SYNTAX=extend"))


@N("lsf", "bjobs-output")
def n_bjobs(r):
    rows = ["JOBID   USER    STAT  QUEUE      FROM_HOST   EXEC_HOST   JOB_NAME   SUBMIT_TIME"]
    for _ in range(r.randint(4, 10)):
        rows.append("%-7d %-7s %-5s %-10s %-11s %-11s %-10s Jun %2d 10:%02d" % (
            r.randint(10000, 999999), pick(r, USERS)[:7], pick(r, ["RUN", "PEND"]), pick(r, ["normal", "gpu", "long"]),
            "login1", "%d*%s" % (pick(r, [8, 16, 32]), node(r)), pick(r, ["abaqus", "cfx", "matlab"]), r.randint(1, 30), r.randint(0, 59)))
    return ("logs/bjobs.txt", L(*rows))


@N("xdmod", "resources-json")
def n_xdmod_res(r):
    c = clus(r)
    return ("etc/xdmod/resources.json", json.dumps([{
        "resource": c, "name": c.capitalize(), "description": "Main HPC cluster",
        "resource_type": "HPC", "pi_column": "account_name", "shared_jobs": True,
        "timezone": "US/Eastern"}], indent=4) + "\n")


@N("slurm", "runtime-token")
def n_sbatch_scontrol_token(r):
    return ("jobs/workflow_driver.sbatch", L(
        "#!/bin/bash", "#SBATCH --time=04:00:00", "#SBATCH --partition=%s" % pick(r, PARTS),
        "# fetch a short-lived token at run time instead of storing one",
        "export $(scontrol token lifespan=%d)" % pick(r, [3600, 7200, 14400]),
        "python3 driver.py --api http://%s:6820 --jobs %d" % (host(r, "rest"), r.randint(10, 500))))


@N("slurm", "array-script")
def n_sbatch_array(r):
    return ("jobs/array_blast.sbatch", L(
        "#!/bin/bash", "#SBATCH --array=1-%d%%%d" % (r.randint(50, 2000), r.randint(10, 50)),
        "#SBATCH --nodelist=%s" % nodelist(r), "#SBATCH --output=logs/%A_%a.out",
        "module load %s" % pick(r, MODULES),
        "INPUT=$(sed -n \"${SLURM_ARRAY_TASK_ID}p\" inputs.txt)",
        "blastn -query \"$INPUT\" -db nt -num_threads $SLURM_CPUS_PER_TASK"))


@N("slurm", "rest-response")
def n_rest_resp(r):
    jobs = [{"job_id": jobid(r), "name": pick(r, ["md", "cfd", "train"]), "user_name": pick(r, USERS),
             "job_state": [pick(r, ["RUNNING", "PENDING"])], "nodes": nodelist(r),
             "partition": pick(r, PARTS)} for _ in range(r.randint(2, 5))]
    return ("tests/fixtures/slurmrestd_jobs.json", json.dumps({"meta": {"plugin": {"type": "openapi/slurmctld"}},
                                                                "jobs": jobs, "errors": []}, indent=2) + "\n")


@N("munge", "rotation-runbook")
def n_munge_runbook(r):
    return ("docs/runbooks/munge-key-rotation.md", L(
        "# Rotating the MUNGE key", "", "1. Drain the cluster: `scontrol update nodename=%s state=drain reason=munge`" % nodelist(r),
        "2. On the controller: `mungekey --create --force --bits 1024 --keyfile /etc/munge/munge.key`",
        "3. Push with `pdcp -w %s /etc/munge/munge.key /etc/munge/munge.key`" % nodelist(r),
        "4. `pdsh -w %s systemctl restart munge slurmd`" % nodelist(r),
        "5. Verify with `munge -n | ssh %s unmunge`" % node(r)))


@N("dvc", "dvc-pointer")
def n_dvc(r):
    return ("data/reference/genome.fa.dvc", L(
        "outs:", "- md5: %s" % rhex(r, 16), "  size: %d" % r.randint(10 ** 8, 10 ** 10), "  hash: md5",
        "  path: genome.fa"))


@N("terraform", "secret-data-source")
def n_tf_data(r):
    return ("infra/terraform/slurmdbd.tf", L(
        "data \"aws_secretsmanager_secret_version\" \"slurmdbd\" {",
        "  secret_id = \"%s/slurmdbd/storage-pass\"" % clus(r), "}", "",
        "locals {", "  storage_pass = jsondecode(data.aws_secretsmanager_secret_version.slurmdbd.secret_string)[\"password\"]", "}"))


@N("ansible", "vault-ciphertext")
def n_vault(r):
    rows = ["$ANSIBLE_VAULT;1.1;AES256"] + [rhex(r, 40) for _ in range(r.randint(6, 12))]
    return ("ansible/group_vars/all/vault.yml", L(*rows))


@N("jupyter", "token-from-env")
def n_jupyter_env(r):
    return ("ondemand/jupyter/template/before.sh", L(
        "# generated per session by the OnDemand batch_connect template",
        "export JUPYTER_TOKEN=\"$(openssl rand -hex 24)\"",
        "port=$(find_port ${host})", "echo \"Starting Jupyter on ${host}:${port}\"",
        "jupyter lab --no-browser --ip=0.0.0.0 --port=${port} --ServerApp.token=\"${JUPYTER_TOKEN}\""))


@N("kubernetes", "configmap-b64-script")
def n_cm_b64(r):
    script = "#!/bin/bash\nsinfo -N -o '%%N %%T'\nsqueue -u %s\n" % pick(r, USERS)
    return ("deploy/slurm/configmap-healthcheck.yaml", L(
        "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: node-healthcheck", "binaryData:",
        "  healthcheck.sh: %s" % base64.b64encode(script.encode()).decode()))


@N("apptainer", "sif-checksums-md")
def n_sif_md(r):
    rows = ["| Image | sha256 |", "|---|---|"]
    for im in ["pytorch_24.03.sif", "gromacs_2024.1.sif", "rstudio_4.3.sif"]:
        rows.append("| `%s` | `%s` |" % (im, sha(r)))
    return ("docs/containers/images.md", L("# Site-provided container images", "", *rows))


@N("oci", "image-index")
def n_oci_index(r):
    return ("containers/build/index.json", json.dumps({
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
                       "digest": "sha256:" + sha(r), "size": r.randint(500, 3000),
                       "platform": {"architecture": a, "os": "linux"}} for a in ["amd64", "arm64"]]}, indent=2) + "\n")


@N("git", "changelog-shas")
def n_changelog(r):
    rows = ["# Changelog", ""]
    for i in range(r.randint(4, 8)):
        rows.append("- %s slurm: %s" % (rhex(r, 20)[:pick(r, [7, 12, 40])], pick(r, [
            "bump to 23.11.%d" % r.randint(1, 10), "add %s partition" % pick(r, PARTS),
            "raise MaxArraySize", "enable cgroup v2", "fix gres.conf for H100 nodes"])))
    return ("CHANGELOG.md", L(*rows))


@N("globus", "collections-csv")
def n_globus_csv(r):
    rows = ["display_name,id,owner,storage_gateway_id"]
    for _ in range(r.randint(3, 7)):
        rows.append("%s %s,%s,%s@%s,%s" % (clus(r), pick(r, ["scratch", "home", "project"]), ruuid(r),
                                          pick(r, USERS), dom(r), ruuid(r)))
    return ("reports/globus_collections.csv", L(*rows))


@N("slurm", "jwt-claims-doc")
def n_jwt_claims(r):
    return ("docs/slurm/rest-api.md", L(
        "# Using the Slurm REST API", "", "Get a token with `scontrol token lifespan=3600`; it prints `SLURM_JWT=...`.",
        "The decoded claims look like:", "", "```json",
        "{\"exp\": %d, \"iat\": %d, \"sun\": \"%s\"}" % (ts(r) + 3600, ts(r), pick(r, USERS)), "```", "",
        "Send it as `X-SLURM-USER-TOKEN: $SLURM_JWT` with `X-SLURM-USER-NAME: $USER`."))


@N("slurm", "gres-conf")
def n_gres(r):
    return ("etc/slurm/gres.conf", L(
        "AutoDetect=nvml", "NodeName=%s Name=gpu Type=a100 File=/dev/nvidia[0-3]" % nodelist(r),
        "NodeName=%s Name=gpu Type=h100 File=/dev/nvidia[0-7]" % nodelist(r)))


@N("slurm", "sinfo-output")
def n_sinfo(r):
    rows = ["PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST"]
    for p in PARTS[:r.randint(3, 7)]:
        rows.append("%-9s    up %10s %6d %6s %s" % (p, pick(r, ["7-00:00:00", "2-00:00:00", "1:00:00"]),
                                                     r.randint(1, 300), pick(r, ["idle", "mix", "alloc", "drain"]), nodelist(r)))
    return ("logs/sinfo.txt", L(*rows))


@N("irods", "zone-report")
def n_izonereport(r):
    z = pick(r, ZONES)
    return ("docs/irods/zones.yaml", L(
        "zones:", "  - name: %s" % z, "    provider: %s" % host(r, "icat"), "    port: 1247",
        "    resources: [demoResc, s3Resc, tapeResc]", "  - name: %s" % pick(r, ZONES),
        "    provider: irods.partner.example.org", "    federated: true"))


@N("grafana", "provisioning-env-ref")
def n_grafana_env(r):
    return ("monitoring/grafana/provisioning/datasources/prom.yaml", L(
        "apiVersion: 1", "datasources:", "  - name: prometheus", "    type: prometheus",
        "    url: http://%s:9090" % host(r, "prom"), "    uid: %s" % rs(r, 9, ALNUM),
        "    basicAuth: true", "    basicAuthUser: grafana", "    secureJsonData:",
        "      basicAuthPassword: $__file{/run/secrets/prom_basic_auth}"))


# ================================================================ driver
N_POS = 500
N_NEG = 500


def filetype(relpath):
    name = relpath.rsplit("/", 1)[-1]
    if name == "Dockerfile":
        return "dockerfile"
    if name.startswith(".env"):
        return "env"
    if name == ".irodsA":
        return "irodsA"
    if name == "SHA256SUMS":
        return "txt"
    core = name.lstrip(".")
    if "." in core:
        return core.rsplit(".", 1)[1].lower()
    if relpath.startswith("ondemand/data/sys/dashboard/batch_connect/db/"):
        return "json"
    return core.lower() or "txt"


def blocked_env_name(relpath):
    name = relpath.rsplit("/", 1)[-1]
    if name == ".env":
        return True
    if name.startswith(".env."):
        return name[5:] not in ("example", "sample", "template", "dist")
    return False


def needle_of(tpl, v):
    if tpl["multiline"] and len(v) > 76:
        return wrap(v)[0]
    return v


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def spread(r, items, n):
    """n picks cycling over a shuffled copy of items (balanced, deterministic)."""
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_lk.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    env_pos = 0

    # ---- positives
    for i, tpl in enumerate(spread(r, POS, N_POS)):
        v = tpl["gen"](r)
        rel, text = tpl["f"](r, v)
        needle = needle_of(tpl, v)
        assert needle and needle in text, (tpl["id"], needle)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (tpl["id"], line)
        if blocked_env_name(rel):
            env_pos += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert env_pos * 20 <= N_POS, env_pos

    # ---- negatives: half template re-use, half look-alikes
    negs = []
    for tpl in spread(r, POS, N_NEG // 2):
        v, how = neg_value(r, tpl["lang"], tpl["name"].replace(".", "_").replace("-", "_").strip("_ ") or "secret",
                           tpl["docex"], tpl["kind"])
        rel, text = tpl["f"](r, v)
        if blocked_env_name(rel):
            rel = rel + ".example"
        negs.append((rel, text, tpl["provider"], "%s:%s" % (tpl["kind"], how)))
    for tpl in spread(r, NEG, N_NEG - N_NEG // 2):
        rel, text = tpl["f"](r)
        negs.append((rel, text, tpl["provider"], tpl["kind"]))
    r.shuffle(negs)
    for i, (rel, text, prov, kind) in enumerate(negs):
        assert not blocked_env_name(rel), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- re-read check of every needle
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
