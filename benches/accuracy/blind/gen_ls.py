#!/usr/bin/env python3
"""Blind evaluation-set generator: enterprise storage arrays and SAN/NAS automation.

EMPHASIS
    Credentials that storage / SAN / NAS automation code hard-codes:
    NetApp ONTAP (Ansible netapp.ontap, REST basic auth, Harvest harvest.yml,
    Trident backend JSON/YAML, netapp_ontap Python, PowerShell NetApp.ONTAP,
    Terraform netapp-ontap), Pure Storage (FlashArray API tokens shaped as
    8-4-4-4-12 hex, FlashBlade "T-" tokens, purefa Ansible api_token, Portworx
    pure.json, Pure1 API RSA private keys, PowerShell SDK2, pure exporter),
    Dell EMC (PowerStore, PowerMax Unisphere / PyU4V, PowerScale isi, Unity
    uemcli, CSI secret.yaml / config.yaml, Terraform), HPE (3PAR/Primera WSAPI,
    Nimble, Alletra, hpe-csi, Cinder), IBM (Spectrum Virtualize svctask,
    Storage Scale GUI REST, Cinder storwize), Hitachi (raidcom -login, Ops Center
    REST, Ansible), Synology (DSM auth.cgi passwd=, synology-csi client-info.yml),
    TrueNAS (API keys "<id>-<64 alnum>", democratic-csi, Terraform), QNAP,
    Infinidat (infinisdk, CSI secret), S3/MinIO-compatible appliances, storage
    exporters for Prometheus, iSCSI CHAP secrets (iscsid.conf, iscsiadm,
    Kubernetes chap secrets, open_iscsi, Windows Connect-IscsiTarget) and NFS
    Kerberos keytabs as base64.
    File types: YAML, JSON, INI/conf, iscsid.conf, shell, PowerShell, Python, Go,
    Terraform, Dockerfile, Markdown, CSV, SQL, logs, PEM, udev rules, .env.

USAGE
    python3 -B gen_ls.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath>
    (500 negatives), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Everything
    random comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    - Passwords / tokens / keys in assignments, flags, positional arguments and
      constructor arguments: the bare value, without quotes.
    - Password inside a URL (https://user:PW@host, ...&passwd=PW&...): PW only.
    - "Authorization: Basic X" header: X (the base64 of user:password).
    - "Authorization: Bearer X" / "api-token: X" headers: X only.
    - Kubernetes Secret "data:" values: the base64 text as written.
    - S3 key pairs: the secret access key (the access key id is an identifier).
    - Multi-line PEM private keys: the "-----BEGIN ... PRIVATE KEY-----" line
      (without leading indentation).
    - Keytabs: the whole single-line base64 text of the keytab.
    line = 1-based line of the needle's first occurrence (asserted).

NEGATIVES
    Half re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-password>, YOUR_PASSWORD_HERE, changeme,
    xxxx), empty values, masks (********, [REDACTED]), env / secret-manager
    references written in the file's own language (os.environ[...],
    os.Getenv, $env:X, var.x, {{ vault_x }}, ${X}, op://..., vault:...),
    provider documentation example values (the purefa docs token
    e31060a7-21fc-e277-6240-25983c6c4592, Portworx "XXXXXXXX-XXXX-..." format
    strings, MinIO's documented minioadmin default, the AWS docs example secret).
    The other half are storage look-alikes: WWNs/WWPNs, IQNs, NAA ids, LUN and
    array serials, Pure 24-hex volume serials, volume / snapshot / cluster
    UUIDs, SVM names, Symmetrix ids, vdisk UIDs, firmware SHA-256 sums, SSH
    public keys, certificates, public keys of API clients, bcrypt/sha512-crypt
    hashes, Ansible-vault and SOPS ciphertext, klist output, masked token
    listings, credential references without values.
    No negative lives in a .env / .env.local / .env.production style file.

FORMATS CHECKED (search over public documentation)
    - Portworx pure.json reference: FlashArray APIToken format
      "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXX"; FlashBlade "T-XXXXXXXX-XXXX-XXXX-XXXX-
      XXXXXXXX"; keys FlashArrays/FlashBlades, MgmtEndPoint, APIToken, NFSEndPoint.
    - Ansible purestorage.flasharray docs: fa_url + api_token, example token
      e31060a7-21fc-e277-6240-25983c6c4592 (not RFC-4122 versioned, so random
      hex is used, no version nibble); purefa_token uses username/password.
    - Pure REST 2.x: API clients with key_id / id / issuer and an RSA public key
      (public values -> negatives); pureadmin create --api-token.
    - TrueNAS docs: API keys shown once, used as Bearer; key strings of the
      form "<id>-<64 chars>".
    - CHAP secrets: 12-16 characters for most initiators (HP EVA, Dell MD,
      Open-E manuals; arrays allow up to 57).
    - Trident ontap-nas backend JSON: version, storageDriverName, managementLIF,
      dataLIF, svm, username, password; credentials may be a Secret reference.
    - Harvest harvest.cue: Pollers with addr, auth_style (basic_auth |
      certificate_auth), username, password, credentials_file / _script.
    - Synology DSM Web API: auth.cgi?api=SYNO.API.Auth&method=login&account=
      &passwd=&session=&format=sid.

DOUBTS
    - TrueNAS key alphabet: assumed [A-Za-z0-9] for the 64-char part; id prefix
      "1-" .. "12-".
    - Pure1 app ids ("pure1:apikey:<16 alnum>") are treated as public ids.
    - Synology-csi client-info.yml keys (clients/host/port/https/username/
      password), democratic-csi httpConnection.apiKey, Infinidat CSI secret keys
      (hostname/username/password), Hitachi Ansible connection_info keys, the
      Terraform provider names for TrueNAS/PowerStore/ONTAP and QNAP qnapstats
      argument order come from memory of project READMEs, not from a fetched
      reference page.
    - "Netapp1!" (NetApp lab-on-demand documentation password) is used as a
      documentation example on the negative side.
    - Keytabs are structurally plausible (0x0502 header, aes256/aes128 entries)
      but not produced by a real KDC; the Pure1 RSA key has a valid PKCS#1
      header prefix followed by random bytes, not a real RSA key.
"""

import base64
import json
import os
import random
import sys

R = random.Random(0)

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIG = "0123456789"
ALNUM = LOWER + UPPER + DIG
HEX = "0123456789abcdef"
PWSYM = "!@^*-_+=.?~"


class Expr(str):
    """A code expression (env lookup etc.) placed unquoted by the quoting helpers."""


def ch(seq):
    return R.choice(seq)


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return rs(HEX, n)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pure_uuid():
    h = hexs(32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ip(prefix=None):
    if prefix is None:
        prefix = ch(["10.%d.%d" % (R.randint(0, 254), R.randint(0, 254)),
                     "172.%d.%d" % (R.randint(16, 31), R.randint(0, 254)),
                     "192.168.%d" % R.randint(0, 254)])
    return "%s.%d" % (prefix, R.randint(2, 250))


def host(kind="fa"):
    site = ch(["dc1", "dc2", "ams", "fra", "nyc", "sjc", "lon", "sin", "par", "chi"])
    dom = ch(["corp.example.com", "example.net", "infra.example.org", "lab.example.com", "internal.example.com"])
    return "%s-%s%02d.%s" % (site, kind, R.randint(1, 24), dom)


def svm_name():
    return ch(["svm_", "vs_", "svm-", ""]) + ch(["nas", "prod", "k8s", "vdi", "sql", "backup", "home", "ora", "esx", "data"]) + ch(["01", "02", "_a", "_b", "1", ""])


def user():
    return ch(["admin", "svc_ansible", "svc-automation", "storageadmin", "k8s-csi", "trident", "monitor", "harvest",
               "pureuser", "smc", "3paradm", "superuser", "maintenance", "root", "backup", "csi-provisioner", "ops"])


def pw(urlsafe=False):
    style = R.random()
    if style < 0.62:
        n = R.randint(12, 22)
        alpha = ALNUM + ("-_.~" if urlsafe else PWSYM)
        while True:
            s = rs(alpha, n)
            if (any(c in LOWER for c in s) and any(c in UPPER for c in s) and any(c in DIG for c in s)
                    and s[0] not in "-=+?~.!"):
                return s
    if style < 0.82:
        words = ["Cobalt", "Harbor", "Granite", "Falcon", "Meadow", "Quartz", "Tundra", "Orchid", "Saffron", "Glacier",
                 "Maple", "Ember", "Vortex", "Lantern", "Juniper", "Osprey", "Cinder", "Basalt", "Nimbus", "Pebble"]
        sep = "-" if urlsafe else ch(["-", ".", "_", "!", "@"])
        return "%s%s%s%s%d%s" % (ch(words), sep, ch(words), sep, R.randint(10, 9999), "" if urlsafe else ch(["!", "#", "*", "", "?"]))
    n = R.randint(16, 28)
    return rs(ALNUM, n)


def chap_secret():
    n = R.randint(12, 16)
    while True:
        s = rs(ALNUM + ("" if R.random() < 0.6 else "!@*-_+"), n)
        if any(c in DIG for c in s) and any(c in UPPER for c in s) and any(c in LOWER for c in s):
            return s


def truenas_key():
    return "%d-%s" % (ch([1, 1, 1, 2, 3, 4, 5, 7, 9, 12]), rs(ALNUM, 64))


def fb_token():
    return "T-" + pure_uuid()


def b64(b):
    return base64.b64encode(b).decode("ascii")


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def keytab_b64(principal=None, realm=None):
    realm = realm or ch(["CORP.EXAMPLE.COM", "EXAMPLE.NET", "AD.EXAMPLE.ORG", "STORAGE.EXAMPLE.COM"])
    principal = principal or "nfs/%s" % host(ch(["nfs", "nas", "svm"])).split(".")[0]
    comps = principal.split("/")
    out = bytearray(b"\x05\x02")
    kvno = R.randint(2, 9)
    ts = R.randint(1600000000, 1760000000)
    for enctype, klen in ((18, 32), (17, 16)):
        e = bytearray()
        e += len(comps).to_bytes(2, "big")
        e += len(realm).to_bytes(2, "big") + realm.encode()
        for c in comps:
            host_c = c if c == comps[0] else c + "." + realm.lower()
            e += len(host_c).to_bytes(2, "big") + host_c.encode()
        e += (1).to_bytes(4, "big") + ts.to_bytes(4, "big") + bytes([kvno])
        e += enctype.to_bytes(2, "big") + klen.to_bytes(2, "big") + rbytes(klen)
        e += kvno.to_bytes(4, "big")
        out += len(e).to_bytes(4, "big") + e
    return b64(bytes(out))


def rsa_private_pem():
    der = bytes.fromhex("308204a40201000282010100") + bytes([0xC0 | R.getrandbits(6)]) + rbytes(255)
    der += bytes.fromhex("0203010001") + bytes.fromhex("02820100") + rbytes(256)
    der += rbytes(1192 - len(der))
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"


def s3_access_key():
    return rs(UPPER + DIG, 20)


def s3_secret():
    return rs(ALNUM + "/+", 40)


# ---------------------------------------------------------------- secret kinds
# each returns (value, needle)
def _plain(f):
    def g():
        v = f()
        return v, v
    return g


def _pem():
    v = rsa_private_pem()
    return v, v.split("\n", 1)[0]


def _basic():
    v = b64(("%s:%s" % (user(), pw())).encode())
    return v, v


def _chap_b64():
    v = b64(chap_secret().encode())
    return v, v


GEN = {
    "password": _plain(pw),
    "password_url": _plain(lambda: pw(urlsafe=True)),
    "pure_token": _plain(pure_uuid),
    "fb_token": _plain(fb_token),
    "truenas_key": _plain(truenas_key),
    "chap": _plain(chap_secret),
    "chap_b64": _chap_b64,
    "keytab": _plain(keytab_b64),
    "pem_key": _pem,
    "basic_b64": _basic,
    "s3_secret": _plain(s3_secret),
}

KIND_LABEL = {
    "password": "array_admin_password", "password_url": "password_in_url", "pure_token": "api_token",
    "fb_token": "api_token", "truenas_key": "truenas_api_key", "chap": "chap_secret", "chap_b64": "chap_secret",
    "keytab": "keytab", "pem_key": "private_key", "basic_b64": "basic_auth_header", "s3_secret": "s3_secret_key",
}

# ---------------------------------------------------------------- negatives for slots
GENERIC_PH = ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "CHANGE_ME", "REPLACE_ME", "xxxxxxxxxxxx",
              "********", "[REDACTED]", "", "<redacted>", "TODO", "<password>", "__PASSWORD__", "secret",
              "password", "XXXXXXXX", "<set-me>", "***"]
KIND_PH = {
    "password": ["Netapp1!", "<admin-password>", "<ARRAY_PASSWORD>", "your_password"],
    "password_url": ["<password>", "PASSWORD", "xxxxxx"],
    "pure_token": ["XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXX", "e31060a7-21fc-e277-6240-25983c6c4592",
                   "00000000-0000-0000-0000-000000000000", "<first-fa-api-token>", "<api-token>",
                   "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
    "fb_token": ["T-XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXX", "<api-token-of-first-fb>", "T-<token>",
                 "T-00000000-0000-0000-0000-000000000000"],
    "truenas_key": ["1-" + "x" * 64, "<TRUENAS_API_KEY>", "1-<64-character-key>", "<api-key>", "1-XXXXXXXXXXXXXXXX"],
    "chap": ["<chap-secret>", "CHAPSECRET12", "xxxxxxxxxxxx", "<12-16 characters>", "chap_secret_here"],
    "chap_b64": [b64(b"changeme"), b64(b"<chap-secret>"), "", b64(b"CHANGE_ME_12")],
    "keytab": ["<base64-encoded-keytab>", "REPLACE_WITH_BASE64_KEYTAB", "", "<output of base64 -w0 krb5.keytab>"],
    "pem_key": [],
    "basic_b64": [b64(b"admin:<password>"), b64(b"user:changeme"), b64(b"admin:password"), "<base64 user:pass>"],
    "s3_secret": ["minioadmin", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<secret-key>", "YOUR_SECRET_KEY"],
}
PEM_PH = ["-----BEGIN RSA PRIVATE KEY-----\n<paste the private key generated with openssl genrsa here>\n-----END RSA PRIVATE KEY-----",
          "# private key is mounted from the pure1-api-key secret at /etc/pure1/private.pem",
          "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
          "# REDACTED: key material lives in Vault (kv/storage/pure1/private_key)"]


def env_ref(lang, var):
    low = var.lower()
    path = low.replace("_", "-")
    if lang == "py":
        return Expr(ch(['os.environ["%s"]' % var, 'os.getenv("%s")' % var, 'os.environ.get("%s", "")' % var,
                        'keyring.get_password("storage", "%s")' % low]))
    if lang == "go":
        return Expr(ch(['os.Getenv("%s")' % var, 'mustEnv("%s")' % var]))
    if lang == "ps1":
        return Expr(ch(["$env:%s" % var, "(Get-Secret -Name %s -AsPlainText)" % var.title().replace("_", "")]))
    if lang == "tf":
        return Expr(ch(["var.%s" % low, 'data.vault_generic_secret.storage.data["%s"]' % low]))
    if lang == "sh":
        return Expr(ch(['"${%s}"' % var, '"$%s"' % var, '"$(vault kv get -field=%s secret/storage)"' % low,
                        '"$(op read op://Storage/%s/credential)"' % path]))
    if lang == "yaml":
        return ch(["{{ vault_%s }}" % low, "{{ lookup('env', '%s') }}" % var, "${%s}" % var,
                   "op://Storage/%s/credential" % path])
    # json, ini, conf, csv, md, url, docker, env, xml ...
    return ch(["${%s}" % var, "vault:secret/data/storage#%s" % low, "op://Storage/%s/credential" % path,
               "%%(%s)s" % var if lang == "ini" else "${%s}" % var])


def neg_value(kind, lang, var):
    r = R.random()
    if kind == "pem_key":
        return ch(PEM_PH)
    if r < 0.38:
        return ch(KIND_PH[kind] + (GENERIC_PH[:6] if kind in ("password", "password_url", "chap") else []))
    if r < 0.55 and kind not in ("chap_b64", "basic_b64", "keytab"):
        return ch(GENERIC_PH)
    if kind in ("chap_b64", "basic_b64", "keytab"):
        return ch(KIND_PH[kind])
    if lang in ("url",):
        return "${%s}" % var
    return env_ref(lang, var)


# ---------------------------------------------------------------- quoting helpers
def pq(v):
    return v if isinstance(v, Expr) else '"%s"' % v


def sq(v):
    """single-quoted literal (shell, PowerShell) unless expression"""
    return v if isinstance(v, Expr) else "'%s'" % v


def dq(v):
    return v if isinstance(v, Expr) else '"%s"' % v


def yv(v):
    return '"%s"' % v


def yu(v):
    """unquoted YAML scalar unless it needs quotes"""
    if not v or v[0] in "{[*&!|>'\"%@`<-?:,#" or ": " in v or " #" in v:
        return '"%s"' % v
    return v


def date():
    return "%04d-%02d-%02d" % (R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28))


def ts():
    return "%sT%02d:%02d:%02dZ" % (date(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def pure_serial():
    return rs("0123456789ABCDEF", 24)


def wwpn(vendor=None):
    vendor = vendor or ch(["emc", "pure", "netapp", "hpe", "qlogic", "emulex", "ibm", "hitachi"])
    pre = {"emc": "50:06:01:6%s" % ch("0123456789"), "pure": "52:4a:93:7%s" % ch(HEX),
           "netapp": "20:%02x:00:a0:98" % R.randint(0, 255), "hpe": "20:%02x:00:02:ac" % R.randint(0, 255),
           "qlogic": "21:00:00:24:ff", "emulex": "10:00:00:10:9b", "ibm": "50:05:07:68", "hitachi": "50:06:0e:80"}[vendor]
    return pre + ":" + ":".join(hexs(2) for _ in range(8 - pre.count(":") - 1))


def iqn_host():
    return ch(["iqn.1994-05.com.redhat:%s" % hexs(12), "iqn.1993-08.org.debian:01:%s" % hexs(12),
               "iqn.1991-05.com.microsoft:%s" % host("esx").split(".")[0], "iqn.1998-01.com.vmware:%s-%s" % (host("esx").split(".")[0], hexs(8))])


def iqn_target():
    return ch(["iqn.1992-08.com.netapp:sn.%s:vs.%d" % (hexs(32), R.randint(2, 30)),
               "iqn.2010-06.com.purestorage:flasharray.%s" % hexs(16),
               "iqn.2000-05.com.3pardata:%s" % hexs(16),
               "iqn.1992-04.com.emc:cx.apm%s.a%d" % (rs(DIG, 11), R.randint(0, 3)),
               "iqn.2005-10.org.freenas.ctl:%s" % ch(["k8s", "vmstore", "backup", "pvc-" + uuid4()]),
               "iqn.2000-01.com.synology:%s.Target-%d.%s" % (host("nas").split(".")[0], R.randint(1, 9), hexs(10))])


def naa_pure():
    return "naa.624a9370" + pure_serial().lower()


# ================================================================ positive templates
POS = []


def pos(provider, kind, lang, var):
    def deco(f):
        POS.append((f, provider, kind, lang, var))
        return f
    return deco


@pos("netapp", "password", "yaml", "ONTAP_PASSWORD")
def p_ontap_playbook(v):
    h, s = host("cl"), svm_name()
    path = ch(["playbooks/ontap_svm.yml", "ansible/playbooks/provision-svm.yml", "site/ontap-volumes.yml"])
    return path, f"""---
- name: Provision SVM and NFS volumes on {h}
  hosts: localhost
  gather_facts: false
  collections:
    - netapp.ontap
  vars:
    login: &login
      hostname: "{h}"
      username: "{user()}"
      password: {yv(v)}
      https: true
      validate_certs: false
    svm: {s}
  tasks:
    - name: Create SVM
      na_ontap_svm:
        state: present
        name: "{{{{ svm }}}}"
        root_volume_security_style: unix
        <<: *login
    - name: Create volume
      na_ontap_volume:
        state: present
        name: vol_{ch(['app', 'logs', 'home', 'k8s'])}_{R.randint(1, 9)}
        vserver: "{{{{ svm }}}}"
        aggregate_name: aggr{R.randint(1, 4)}_node{R.randint(1, 2)}
        size: {R.choice([100, 250, 500, 1024])}
        size_unit: gb
        junction_path: /{ch(['app', 'data', 'export'])}
        <<: *login
"""


@pos("netapp", "password", "yaml", "NETAPP_PASSWORD")
def p_ontap_groupvars(v):
    path = ch(["inventories/prod/group_vars/ontap.yml", "group_vars/netapp_clusters.yml", "inventory/group_vars/storage.yml"])
    return path, f"""# ONTAP clusters managed by the storage team
netapp_hostname: {host('cl')}
netapp_username: {user()}
netapp_password: {yv(v)}
netapp_https: true
netapp_validate_certs: false
ontap_default_aggr: aggr1_n{R.randint(1, 2)}
ontap_snapshot_policy: default-1weekly
ontap_export_clients:
  - {ip()}/24
  - {ip()}/24
"""


@pos("netapp", "password", "yaml", "HARVEST_PASSWORD")
def p_harvest(v):
    c1, c2 = host("cl"), host("cl")
    return ch(["harvest.yml", "monitoring/harvest/harvest.yml", "deploy/harvest/harvest.yml"]), f"""Exporters:
  prometheus1:
    exporter: Prometheus
    port_range: 13000-13100
    add_meta_tags: true

Defaults:
  collectors:
    - Rest
    - RestPerf
    - Ems
  use_insecure_tls: true

Pollers:
  {c1.split('.')[0]}:
    datacenter: {ch(['DC1', 'DC2', 'AMS', 'FRA'])}
    addr: {c1}
    auth_style: basic_auth
    username: harvest
    password: {yv(v) if R.random() < 0.5 else yu(v)}
    exporters:
      - prometheus1
  {c2.split('.')[0]}:
    datacenter: {ch(['DC1', 'DC2', 'AMS', 'FRA'])}
    addr: {c2}
    auth_style: certificate_auth
    ssl_cert: cert/{c2.split('.')[0]}.pem
    ssl_key: cert/{c2.split('.')[0]}.key
    exporters:
      - prometheus1
"""


@pos("netapp", "password", "json", "ONTAP_PASSWORD")
def p_trident_json(v):
    drv = ch(["ontap-nas", "ontap-nas-economy", "ontap-nas-flexgroup", "ontap-san"])
    return ch(["trident/backend-ontap-nas.json", "k8s/trident/backend.json", "setup/backend-%s.json" % drv]), json.dumps({
        "version": 1, "storageDriverName": drv, "backendName": "%s-%s" % (drv, ch(["prod", "dev", "dr"])),
        "managementLIF": ip(), "dataLIF": ip(), "svm": svm_name(), "username": ch(["vsadmin", "trident", "admin"]),
        "password": v, "defaults": {"spaceReserve": "none", "exportPolicy": "default", "snapshotPolicy": "default"},
        "limitVolumeSize": "%dGi" % ch([50, 100, 500]), "nfsMountOptions": "nfsvers=4.1"}, indent=2) + "\n"


@pos("netapp", "password", "yaml", "TRIDENT_PASSWORD")
def p_trident_secret(v):
    name = "backend-%s-secret" % ch(["ontap-nas", "tbc-ontap", "fsx-ontap"])
    return ch(["deploy/trident/backend-tbc.yaml", "k8s/storage/tridentbackendconfig.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: {name}
  namespace: trident
type: Opaque
stringData:
  username: {ch(['vsadmin', 'trident'])}
  password: {yv(v)}
---
apiVersion: trident.netapp.io/v1
kind: TridentBackendConfig
metadata:
  name: backend-tbc-ontap-nas
  namespace: trident
spec:
  version: 1
  storageDriverName: ontap-nas
  managementLIF: {ip()}
  dataLIF: {ip()}
  backendName: tbc-ontap-nas
  svm: {svm_name()}
  credentials:
    name: {name}
"""


@pos("netapp", "password", "py", "ONTAP_PASSWORD")
def p_netapp_ontap_py(v):
    kw = ch([("username=", "password="), ("", ""), ("", "password=")])
    return ch(["scripts/ontap_inventory.py", "tools/netapp/list_volumes.py", "storage/ontap_report.py"]), f'''"""List volumes and their space usage on an ONTAP cluster."""
import csv
import sys

from netapp_ontap import config, HostConnection, NetAppRestError
from netapp_ontap.resources import Volume

CLUSTER = "{host('cl')}"


def main():
    config.CONNECTION = HostConnection(CLUSTER, {kw[0]}"{user()}", {kw[1]}{pq(v)}, verify=False)
    writer = csv.writer(sys.stdout)
    writer.writerow(["svm", "volume", "size", "used"])
    try:
        for vol in Volume.get_collection(fields="svm.name,space.size,space.used"):
            writer.writerow([vol.svm.name, vol.name, vol.space.size, vol.space.used])
    except NetAppRestError as err:
        print("ONTAP error:", err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''


@pos("netapp", "password", "sh", "ONTAP_PASSWORD")
def p_ontap_curl(v):
    u = user()
    cred = ("%s:%s" % (u, v)) if not isinstance(v, Expr) else '"%s:${ONTAP_PASSWORD}"' % u
    return ch(["scripts/ontap_vol_report.sh", "bin/ontap-snapshots.sh", "ops/netapp/check_aggr.sh"]), f"""#!/usr/bin/env bash
# Nightly capacity report from the ONTAP REST API
set -euo pipefail

CLUSTER={host('cl')}
OUT=/var/tmp/ontap-$(date +%F).json

curl -sk -u {cred if isinstance(v, Expr) else sq(cred)} \\
  "https://${{CLUSTER}}/api/storage/volumes?fields=space,svm&max_records=500" \\
  -H 'accept: application/json' > "$OUT"

jq -r '.records[] | [.svm.name, .name, .space.used, .space.size] | @tsv' "$OUT"
"""


@pos("netapp", "password", "go", "ONTAP_PASSWORD")
def p_ontap_go(v):
    return ch(["internal/ontap/client.go", "pkg/storage/ontap.go", "cmd/ontapctl/main.go"]), f'''package ontap

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const clusterURL = "https://{host('cl')}/api"

type Volume struct {{
	UUID string `json:"uuid"`
	Name string `json:"name"`
}}

func newClient() *http.Client {{
	return &http.Client{{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{{TLSClientConfig: &tls.Config{{InsecureSkipVerify: true}}}},
	}}
}}

func ListVolumes() ([]Volume, error) {{
	req, err := http.NewRequest("GET", clusterURL+"/storage/volumes", nil)
	if err != nil {{
		return nil, err
	}}
	req.SetBasicAuth("{user()}", {pq(v)})
	resp, err := newClient().Do(req)
	if err != nil {{
		return nil, fmt.Errorf("ontap: %w", err)
	}}
	defer resp.Body.Close()
	var out struct {{
		Records []Volume `json:"records"`
	}}
	return out.Records, json.NewDecoder(resp.Body).Decode(&out)
}}
'''


@pos("netapp", "password", "tf", "ONTAP_PASSWORD")
def p_ontap_tf(v):
    return ch(["terraform/ontap/provider.tf", "infra/storage/main.tf", "tf/netapp.tf"]), f'''terraform {{
  required_providers {{
    netapp-ontap = {{
      source  = "NetApp/netapp-ontap"
      version = "~> 1.1"
    }}
  }}
}}

provider "netapp-ontap" {{
  connection_profiles = [
    {{
      name           = "{ch(['cluster1', 'prod', 'dr'])}"
      hostname       = "{host('cl')}"
      username       = "{user()}"
      password       = {pq(v)}
      validate_certs = false
    }}
  ]
}}

resource "netapp-ontap_storage_volume_resource" "app" {{
  cx_profile_name = "cluster1"
  name            = "vol_app_{R.randint(1, 20)}"
  svm_name        = "{svm_name()}"
  aggregates      = [{{ name = "aggr1" }}]
  space = {{
    size      = {ch([100, 200, 500])}
    size_unit = "gb"
  }}
}}
'''


@pos("netapp", "password", "ps1", "NCPASSWORD")
def p_ontap_ps(v):
    return ch(["scripts/Connect-Ontap.ps1", "ps/NetApp-Snapshots.ps1", "tools/ontap/Get-VolumeReport.ps1"]), f"""#Requires -Modules NetApp.ONTAP
param([string]$Cluster = '{host('cl')}')

$secure = ConvertTo-SecureString {sq(v) if not isinstance(v, Expr) else v} -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('{user()}', $secure)
Connect-NcController -Name $Cluster -Credential $cred -HTTPS | Out-Null

Get-NcVol | Where-Object {{ $_.State -eq 'online' }} |
    Select-Object Name, Vserver, @{{n='UsedGB';e={{[math]::Round($_.Used/1GB,1)}}}} |
    Export-Csv -NoTypeInformation -Path ".\\ontap-volumes-$(Get-Date -f yyyyMMdd).csv"
"""


@pos("netapp", "basic_b64", "py", "ONTAP_AUTH")
def p_ontap_basic_header(v):
    return ch(["monitoring/ontap_health.py", "scripts/ontap_ems_poll.py"]), f'''import requests
import urllib3

urllib3.disable_warnings()

CLUSTER = "https://{host('cl')}"
HEADERS = {{
    "Accept": "application/json",
    "Authorization": "Basic {v}",
}}


def cluster_health():
    r = requests.get(CLUSTER + "/api/cluster?fields=health,version", headers=HEADERS, verify=False, timeout=20)
    r.raise_for_status()
    return r.json()


def recent_ems(limit=50):
    r = requests.get(CLUSTER + "/api/support/ems/events", params={{"max_records": limit}}, headers=HEADERS, verify=False)
    return r.json().get("records", [])
'''


@pos("netapp", "password", "ini", "NETAPP_PASSWORD")
def p_ontap_inventory_ini(v):
    lines = ["[ontap_clusters]"]
    lines.append("%s ansible_host=%s netapp_username=%s netapp_password=%s" % (host("cl").split(".")[0], ip(), user(), v))
    lines.append("%s ansible_host=%s" % (host("cl").split(".")[0], ip()))
    lines += ["", "[ontap_clusters:vars]", "ansible_connection=local", "netapp_https=true", "validate_certs=false"]
    return ch(["inventory/hosts.ini", "inventories/storage/hosts", "ansible/inventory.ini"]), "\n".join(lines) + "\n"


@pos("purestorage", "pure_token", "yaml", "PUREFA_API")
def p_purefa_playbook(v):
    fa = host("fa")
    conv = R.random() < 0.5
    head = f"""---
- name: Configure FlashArray volumes for {ch(['VMware', 'Oracle', 'SQL', 'k8s'])}
  hosts: localhost
  gather_facts: false
  collections:
    - purestorage.flasharray
"""
    if conv:
        return "playbooks/purefa_volumes.yml", head + f"""  vars:
    fa_url: {fa}
    api_token: {yv(v)}
  tasks:
    - name: Create volume
      purefa_volume:
        name: {ch(['vol', 'ds', 'ora'])}-{R.randint(1, 99):02d}
        size: {ch(['1T', '500G', '2T'])}
        fa_url: "{{{{ fa_url }}}}"
        api_token: "{{{{ api_token }}}}"
"""
    return ch(["site/pure-hosts.yml", "roles/pure_hosts/tasks/main.yml"]), head + f"""  tasks:
    - name: Register ESXi host
      purefa_host:
        host: {host('esx').split('.')[0]}
        protocol: iscsi
        iqn:
          - {iqn_host()}
        fa_url: {fa}
        api_token: {yu(v)}
"""


@pos("purestorage", "pure_token", "json", "PURE_API_TOKEN")
def p_pure_json(v):
    fa = [{"MgmtEndPoint": ip(), "APIToken": v}]
    if R.random() < 0.5:
        fa.append({"MgmtEndPoint": host("fa"), "APIToken": "%s" % ch(["<second-fa-api-token>", "${FA2_API_TOKEN}"])})
    return ch(["pure.json", "deploy/portworx/pure.json", "k8s/px/pure.json"]), json.dumps({"FlashArrays": fa}, indent=2) + "\n"


@pos("purestorage", "fb_token", "yaml", "PURE_FB_TOKEN")
def p_px_secret(v):
    inner = json.dumps({"FlashBlades": [{"MgmtEndPoint": ip(), "APIToken": v, "NFSEndPoint": ip()}]}, indent=2)
    inner = "\n".join("    " + l for l in inner.splitlines())
    return ch(["deploy/portworx/px-pure-secret.yaml", "k8s/portworx/pure-secret.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: px-pure-secret
  namespace: {ch(['portworx', 'kube-system'])}
type: Opaque
stringData:
  pure.json: |
{inner}
"""


@pos("purestorage", "pure_token", "py", "PURE_API_TOKEN")
def p_purestorage_py(v):
    kw = ch(["api_token=", "api_token=", ""])
    return ch(["scripts/pure_snapshot.py", "tools/pure/snap_and_copy.py", "backup/pure_snaps.py"]), f'''#!/usr/bin/env python3
"""Take a protection-group snapshot before the nightly ETL run."""
import logging

import purestorage

log = logging.getLogger("pure_snap")
ARRAY = "{host('fa')}"
PGROUP = "{ch(['pg-oracle', 'pg-etl', 'pg-sql01'])}"


def run():
    array = purestorage.FlashArray(ARRAY, {'' if kw == '' else 'api_token='}{pq(v)})
    snap = array.create_pgroup_snapshot(PGROUP, suffix="pre-etl")
    log.info("created %s", snap["name"])
    array.invalidate_cookie()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
'''


@pos("purestorage", "pem_key", "pem", "PURE1_PRIVATE_KEY")
def p_pure1_key(v):
    path = ch(["pure1/private.pem", "config/pure1_api_private.pem", "secrets/pure1-key.pem", "keys/pure1_private.pem"])
    return path, v + "\n"


@pos("purestorage", "pem_key", "yaml", "PURE1_PRIVATE_KEY")
def p_pure1_yaml(v):
    block = "\n".join("    " + l for l in v.splitlines())
    return ch(["monitoring/pure1-exporter/values.yaml", "deploy/pure1/config.yaml"]), f"""pure1:
  appId: pure1:apikey:{rs(ALNUM, 16)}
  apiUrl: https://api.pure1.purestorage.com
  scrapeInterval: 5m
  privateKey: |
{block}
exporter:
  port: 9491
  metricsPath: /metrics
"""


@pos("purestorage", "pure_token", "ps1", "PURE_API_TOKEN")
def p_pure_ps(v):
    tok = v if isinstance(v, Expr) else '"%s"' % v
    return ch(["scripts/Pure-Snapshots.ps1", "ps/Invoke-PureCleanup.ps1"]), f"""Import-Module PureStoragePowerShellSDK2

$Endpoint = '{host('fa')}'
$ApiToken = {tok}

$fa = Connect-Pfa2Array -EndPoint $Endpoint -ApiToken $ApiToken -IgnoreCertificateError
$old = Get-Pfa2VolumeSnapshot -Array $fa | Where-Object {{ $_.Created -lt (Get-Date).AddDays(-{R.randint(7, 30)}) }}
foreach ($s in $old) {{
    Write-Host "Destroying $($s.Name)"
    Remove-Pfa2VolumeSnapshot -Array $fa -Name $s.Name
}}
Disconnect-Pfa2Array -Array $fa
"""


@pos("purestorage", "pure_token", "sh", "PURE_API_TOKEN")
def p_pure_curl(v):
    tok = ("api-token: %s" % v) if not isinstance(v, Expr) else "api-token: ${PURE_API_TOKEN}"
    return ch(["scripts/pure_login.sh", "bin/fa-volumes.sh"]), f"""#!/bin/sh
# Exchange the API token for a session token (REST 2.x) and list volumes
FA={host('fa')}
API=2.{R.randint(4, 30)}

SESSION=$(curl -sk -X POST -H "{tok}" -D - "https://$FA/api/$API/login" -o /dev/null \\
  | awk -F': ' 'tolower($1)=="x-auth-token" {{print $2}}' | tr -d '\\r')

curl -sk -H "x-auth-token: $SESSION" "https://$FA/api/$API/volumes?limit=100" | jq '.items[].name'
"""


@pos("purestorage", "pure_token", "yaml", "PURE_API_TOKEN")
def p_pure_exporter_scrape(v):
    return ch(["prometheus/prometheus.yml", "monitoring/prometheus/scrape-pure.yml"]), f"""global:
  scrape_interval: 60s

scrape_configs:
  - job_name: purestorage-fa
    metrics_path: /metrics/array
    scheme: http
    authorization:
      credentials: {yu(v)}
    params:
      endpoint: ['{host('fa')}']
    static_configs:
      - targets: ['pure-exporter.monitoring.svc:9490']
        labels:
          site: {ch(['dc1', 'dc2'])}
"""


@pos("purestorage", "pure_token", "go", "PURE_API_TOKEN")
def p_pure_go(v):
    return ch(["internal/pure/session.go", "pkg/flasharray/login.go"]), f'''package flasharray

import (
	"errors"
	"net/http"
)

var arrayHost = "{host('fa')}"

// Login exchanges the long-lived API token for an x-auth-token.
func Login(c *http.Client) (string, error) {{
	req, _ := http.NewRequest(http.MethodPost, "https://"+arrayHost+"/api/2.{R.randint(4, 30)}/login", nil)
	req.Header.Set("api-token", {pq(v)})
	resp, err := c.Do(req)
	if err != nil {{
		return "", err
	}}
	defer resp.Body.Close()
	tok := resp.Header.Get("x-auth-token")
	if tok == "" {{
		return "", errors.New("flasharray: no session token")
	}}
	return tok, nil
}}
'''


@pos("dell", "password", "yaml", "POWERSTORE_PASSWORD")
def p_powerstore_ansible(v):
    return ch(["playbooks/powerstore_volumes.yml", "ansible/dell/powerstore.yml"]), f"""---
- name: PowerStore volume provisioning
  hosts: localhost
  connection: local
  gather_facts: false
  vars:
    array_ip: "{ip()}"
    user: "{user()}"
    password: {yv(v)}
    verifycert: false
  tasks:
    - name: Create volume group
      dellemc.powerstore.volumegroup:
        array_ip: "{{{{ array_ip }}}}"
        user: "{{{{ user }}}}"
        password: "{{{{ password }}}}"
        verifycert: "{{{{ verifycert }}}}"
        vg_name: vg_{ch(['ora', 'sql', 'app'])}{R.randint(1, 9)}
        is_write_order_consistent: true
        state: present
"""


@pos("dell", "password", "ini", "UNISPHERE_PASSWORD")
def p_pyu4v_ini(v):
    return ch(["PyU4V.conf", "config/PyU4V.conf", "etc/pyu4v/PyU4V.conf"]), f"""[setup]
username={ch(['smc', 'pyu4v', 'svc_unisphere'])}
password={v}
server_ip={ip()}
port=8443
array={rs(DIG, 12) if R.random() < 0.2 else '0001979' + rs(DIG, 5)}
verify=false

[file_handler]
level=INFO
"""


@pos("dell", "password", "py", "UNISPHERE_PASSWORD")
def p_pyu4v_py(v):
    sid = "0001979" + rs(DIG, 5)
    return ch(["scripts/powermax_sg_report.py", "tools/pmax/storage_groups.py"]), f'''import PyU4V

conn = PyU4V.U4VConn(
    username="{ch(['smc', 'pyu4v'])}",
    password={pq(v)},
    server_ip="{ip()}",
    port=8443,
    array_id="{sid}",
    verify=False,
)

for sg in conn.provisioning.get_storage_group_list():
    details = conn.provisioning.get_storage_group(sg)
    print(sg, details.get("cap_gb"), details.get("slo"))
conn.close_session()
'''


@pos("dell", "password", "sh", "ISI_PASSWORD")
def p_isi_user(v):
    u = ch(["svc_backup", "svc_nfs", "svc_veeam", "csi-isilon"])
    return ch(["scripts/powerscale_bootstrap.sh", "ops/isilon/create-users.sh"]), f"""#!/bin/bash
# Run on a PowerScale node as root: service accounts for backup and CSI
set -e
isi auth users create {u} --zone System --provider local \\
    --password {sq(v)} --enabled true --password-expires false
isi auth roles modify BackupAdmin --add-user {u}
isi nfs exports create /ifs/data/{ch(['k8s', 'backup', 'vmware'])} --clients {ip()} --root-clients {ip()}
isi quota quotas create /ifs/data/backup directory --hard-threshold {R.randint(10, 200)}T
"""


@pos("dell", "password", "sh", "UNITY_PASSWORD")
def p_uemcli(v):
    u = ch(["Local/admin", "admin", "Local/svc_monitor"])
    return ch(["scripts/unity_luns.sh", "bin/unity-health.sh"]), f"""#!/bin/bash
UNITY={ip()}
for obj in /stor/prov/luns/lun /sys/general /env/bat; do
  uemcli -d $UNITY -u {u} -p {sq(v)} -sslPolicy accept $obj show -detail
done
"""


@pos("dell", "password", "yaml", "ISILON_PASSWORD")
def p_csi_isilon(v):
    return ch(["deploy/csi-powerscale/secret.yaml", "helm/csi-isilon/secret.yaml"]), f"""isilonClusters:
  - clusterName: "{ch(['cluster1', 'ps-prod', 'isilon-a'])}"
    username: "{ch(['csi-isilon', 'admin'])}"
    password: {yv(v)}
    endpoint: "{host('ps')}"
    endpointPort: 8080
    isDefault: true
    skipCertificateValidation: true
    isiPath: "/ifs/data/csi"
"""


@pos("dell", "password", "yaml", "POWERSTORE_PASSWORD")
def p_csi_powerstore(v):
    return ch(["deploy/csi-powerstore/config.yaml", "k8s/powerstore/secret-config.yaml"]), f"""arrays:
  - endpoint: "https://{ip()}/api/rest"
    globalID: "PS{hexs(12)}"
    username: "{ch(['csmadmin', 'admin', 'k8s-csi'])}"
    password: {yv(v)}
    skipCertificateValidation: true
    isDefault: true
    blockProtocol: "{ch(['ISCSI', 'FC', 'NVMeTCP', 'auto'])}"
"""


@pos("dell", "password", "ps1", "UNITY_PASSWORD")
def p_unity_ps(v):
    return ch(["scripts/Unity-Report.ps1", "ps/Get-UnityPools.ps1"]), f"""Import-Module Unity-Powershell
$pwd = ConvertTo-SecureString -String {sq(v)} -AsPlainText -Force
$cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList 'admin', $pwd
Connect-Unity -Server {ip()} -Credentials $cred | Out-Null
Get-UnityPool | Select-Object Name, SizeTotal, SizeFree | Format-Table -AutoSize
Disconnect-Unity
"""


@pos("dell", "password", "tf", "POWERSTORE_PASSWORD")
def p_powerstore_tf(v):
    return ch(["terraform/powerstore/main.tf", "infra/dell/powerstore.tf"]), f'''terraform {{
  required_providers {{
    powerstore = {{
      source  = "registry.terraform.io/dell/powerstore"
      version = "1.1.0"
    }}
  }}
}}

provider "powerstore" {{
  username = "{user()}"
  password = {pq(v)}
  endpoint = "https://{ip()}/api/rest"
  insecure = true
  timeout  = 120
}}

resource "powerstore_volume" "db" {{
  name     = "db-vol-{R.randint(1, 40)}"
  size     = {ch([100, 250, 512])}
  capacity_unit = "GB"
}}
'''


@pos("generic", "password", "csv", "ARRAY_PASSWORD")
def p_arrays_csv(v):
    rows = ["name,vendor,model,mgmt_ip,serial,username,password,notes"]
    k = R.randint(0, 3)
    for i in range(5):
        vendor, model = ch([("Dell", "Unity XT 480"), ("Dell", "PowerStore 1200T"), ("HPE", "Primera 630"),
                            ("NetApp", "AFF A400"), ("Pure", "FA-X50R3"), ("IBM", "FS7300")])
        rows.append("%s,%s,%s,%s,%s,%s,%s,%s" % (host("sa").split(".")[0], vendor, model, ip(),
                                                 rs(UPPER + DIG, 12), user() if i == k else "",
                                                 v if i == k else "", ch(["", "prod", "dr", "lab", "decom 2025"])))
    return ch(["inventory/arrays.csv", "docs/storage-inventory.csv", "data/arrays.csv"]), "\n".join(rows) + "\n"


@pos("hpe", "password", "py", "HPE3PAR_PASSWORD")
def p_3par_py(v):
    return ch(["scripts/3par_cpg_usage.py", "tools/hpe/primera_report.py"]), f'''from hpe3parclient import client, exceptions

WSAPI = "https://{host('3par')}:8080/api/v1"

cl = client.HPE3ParClient(WSAPI, secure=False)
try:
    cl.login("{ch(['3paradm', 'svc_wsapi'])}", {pq(v)})
    for cpg in cl.getCPGs()["members"]:
        print(cpg["name"], cpg["UsrUsage"]["usedMiB"], cpg["UsrUsage"]["totalMiB"])
except exceptions.HTTPUnauthorized:
    print("login failed")
finally:
    cl.logout()
'''


@pos("hpe", "password", "yaml", "HPE_CSI_PASSWORD")
def p_hpe_csi(v):
    return ch(["deploy/hpe-csi/hpe-backend-secret.yaml", "k8s/hpe/secret.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: hpe-backend
  namespace: hpe-storage
stringData:
  serviceName: {ch(['alletra6000-csp-svc', 'primera3par-csp-svc', 'nimble-csp-svc'])}
  servicePort: "8080"
  backend: {ip()}
  username: {ch(['admin', '3paradm', 'csi'])}
  password: {yv(v)}
"""


@pos("hpe", "password", "yaml", "NIMBLE_PASSWORD")
def p_nimble_ansible(v):
    return ch(["playbooks/nimble_volume.yml", "ansible/hpe/nimble.yml"]), f"""---
- hosts: localhost
  gather_facts: false
  vars:
    nimble_host: {host('nim')}
    nimble_user: admin
    nimble_pass: {yv(v)}
  tasks:
    - name: Create volume
      hpe.nimble.hpe_nimble_volume:
        host: "{{{{ nimble_host }}}}"
        username: "{{{{ nimble_user }}}}"
        password: "{{{{ nimble_pass }}}}"
        name: vol-{ch(['sql', 'exch', 'vdi'])}{R.randint(1, 9)}
        size: {ch([10240, 51200, 102400])}
        perf_policy: default
        state: present
"""


@pos("hpe", "password", "sh", "WSAPI_PASSWORD")
def p_wsapi_curl(v):
    body = '{"user":"%s","password":"%s"}' % (ch(["3paradm", "svc_wsapi"]), v)
    if isinstance(v, Expr):
        body = '{"user":"3paradm","password":"\'"${WSAPI_PASSWORD}"\'"}'
    return ch(["scripts/primera_session.sh", "bin/alletra-key.sh"]), f"""#!/usr/bin/env bash
ARRAY={host('alt')}
KEY=$(curl -sk -X POST "https://$ARRAY/api/v1/credentials" \\
  -H 'Content-Type: application/json' \\
  -d '{body}' | jq -r .key)
curl -sk -H "X-HP3PAR-WSAPI-SessionKey: $KEY" "https://$ARRAY/api/v1/volumes" | jq '.members[].name'
curl -sk -X DELETE -H "X-HP3PAR-WSAPI-SessionKey: $KEY" "https://$ARRAY/api/v1/credentials/$KEY"
"""


@pos("hpe", "password", "go", "HPE3PAR_PASSWORD")
def p_3par_go(v):
    return ch(["internal/wsapi/session.go", "pkg/primera/client.go"]), f'''package wsapi

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type credentials struct {{
	User     string `json:"user"`
	Password string `json:"password"`
}}

var defaultCreds = credentials{{User: "{ch(['3paradm', 'svc_wsapi'])}", Password: {pq(v)}}}

func NewSession(c *http.Client, base string) (string, error) {{
	body, _ := json.Marshal(defaultCreds)
	resp, err := c.Post(base+"/api/v1/credentials", "application/json", bytes.NewReader(body))
	if err != nil {{
		return "", err
	}}
	defer resp.Body.Close()
	var out struct{{ Key string `json:"key"` }}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Key, err
}}
'''


@pos("hpe", "password", "ini", "HPE3PAR_PASSWORD")
def p_cinder_3par(v):
    return ch(["etc/cinder/cinder.conf", "openstack/cinder/cinder.conf"]), f"""[DEFAULT]
enabled_backends = 3par-fc
debug = false

[3par-fc]
volume_driver = cinder.volume.drivers.hpe.hpe_3par_fc.HPE3PARFCDriver
volume_backend_name = 3par-fc
hpe3par_api_url = https://{ip()}:8080/api/v1
hpe3par_username = {ch(['3paradm', 'cinder'])}
hpe3par_password = {v}
hpe3par_cpg = {ch(['SSD_r6', 'FC_r5', 'cpg_openstack'])}
san_ip = {ip()}
san_login = 3paradm
hpe3par_iscsi_chap_enabled = false
"""


@pos("ibm", "password", "sh", "SVC_PASSWORD")
def p_svctask(v):
    return ch(["scripts/svc_create_users.sh", "ops/flashsystem/mkuser.sh"]), f"""#!/bin/bash
# Create automation users on the FlashSystem cluster
CLUSTER={host('fs')}
ssh superuser@$CLUSTER "svctask mkuser -name {ch(['svc_ansible', 'svc_backup', 'csi_user'])} -usergrp {ch(['Administrator', 'RestrictedAdmin', 'Monitor'])} -password {v}"
ssh superuser@$CLUSTER "lsuser -delim :"
"""


@pos("ibm", "password", "yaml", "SVC_PASSWORD")
def p_ibm_ansible(v):
    return ch(["playbooks/flashsystem_info.yml", "ansible/ibm/svc.yml"]), f"""- name: Gather FlashSystem info
  hosts: localhost
  collections:
    - ibm.spectrum_virtualize
  gather_facts: no
  vars:
    clustername: {host('fs')}
    username: {ch(['svc_ansible', 'superuser'])}
    password: {yv(v)}
  tasks:
    - name: Get volume and host info
      ibm_svc_info:
        clustername: "{{{{ clustername }}}}"
        username: "{{{{ username }}}}"
        password: "{{{{ password }}}}"
        log_path: /tmp/ansible.debug
        gather_subset: [vol, host, pool]
"""


@pos("ibm", "password", "py", "SCALE_GUI_PASSWORD")
def p_scale_gui(v):
    return ch(["scripts/gpfs_fileset_usage.py", "tools/scale/quota_report.py"]), f'''import requests

GUI = "https://{host('gpfs')}:443/scalemgmt/v2"
AUTH = ("{ch(['scaleapi', 'admin', 'svc_quota'])}", {pq(v)})


def filesets(fs="{ch(['gpfs01', 'fs1', 'data'])}"):
    r = requests.get(f"{{GUI}}/filesystems/{{fs}}/filesets", auth=AUTH, verify=False, timeout=30)
    r.raise_for_status()
    return [f["filesetName"] for f in r.json()["filesets"]]


if __name__ == "__main__":
    print("\\n".join(filesets()))
'''


@pos("ibm", "password", "ini", "STORWIZE_PASSWORD")
def p_cinder_storwize(v):
    return ch(["etc/cinder/cinder.conf.d/storwize.conf", "openstack/cinder-volume.conf"]), f"""[svc-iscsi]
volume_backend_name = svc-iscsi
volume_driver = cinder.volume.drivers.ibm.storwize_svc.storwize_svc_iscsi.StorwizeSVCISCSIDriver
san_ip = {ip()}
san_login = {ch(['openstack', 'superuser'])}
san_password = {v}
storwize_svc_volpool_name = {ch(['Pool0', 'mdiskgrp0'])}
storwize_svc_iscsi_chap_enabled = true
"""


@pos("ibm", "password", "sh", "SCALE_GUI_PASSWORD")
def p_scale_mkuser(v):
    return "scripts/scale_gui_users.sh", f"""#!/bin/bash
# Storage Scale GUI: REST user for the monitoring stack
/usr/lpp/mmfs/gui/cli/mkuser {ch(['grafana_bridge', 'restapi', 'prom_scale'])} -g {ch(['Monitor', 'DataAccess'])} -p {sq(v)}
/usr/lpp/mmfs/gui/cli/lsuser
"""


@pos("hitachi", "password", "sh", "HORCM_PASSWORD")
def p_raidcom(v):
    return ch(["scripts/hitachi_ldev_report.sh", "cci/raidcom_snapshots.sh"]), f"""#!/bin/bash
# CCI out-of-band: instance {R.randint(0, 20)}
export HORCMINST={R.randint(0, 20)}
horcmstart.sh $HORCMINST
raidcom -login {ch(['maintenance', 'cciadmin', 'svc_cci'])} {sq(v)} -I$HORCMINST
raidcom get ldev -ldev_list defined -I$HORCMINST | awk '/^LDEV/ {{print $3}}'
raidcom get snapshot -I$HORCMINST
raidcom -logout -I$HORCMINST
"""


@pos("hitachi", "password", "ps1", "HITACHI_PASSWORD")
def p_hitachi_ps(v):
    lit = v if isinstance(v, Expr) else "'%s'" % v
    return ch(["scripts/OpsCenter-Pools.ps1", "ps/Hitachi-Sessions.ps1"]), f"""$Base = 'https://{host('opsc')}:23451/ConfigurationManager/v1'
$pair = '{ch(['maintenance', 'svc_rest'])}:' + {lit}
$hdr = @{{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }}
$session = Invoke-RestMethod -Method Post -Uri "$Base/objects/storages/{rs(DIG, 12)}/sessions" -Headers $hdr -SkipCertificateCheck
$pools = Invoke-RestMethod -Uri "$Base/objects/storages/{rs(DIG, 12)}/pools" -Headers @{{ Authorization = "Session $($session.token)" }} -SkipCertificateCheck
$pools.data | Select-Object poolId, poolName, usedCapacityRate
"""


@pos("hitachi", "password", "yaml", "HITACHI_PASSWORD")
def p_hitachi_ansible(v):
    return ch(["playbooks/vsp_ldevs.yml", "ansible/hitachi/ldev.yml"]), f"""- name: Manage LDEVs on VSP
  hosts: localhost
  gather_facts: false
  vars:
    connection_info:
      address: {ip()}
      username: {ch(['maintenance', 'ansible'])}
      password: {yv(v)}
    storage_system_info:
      serial: "{rs(DIG, 6)}"
  tasks:
    - name: Create ldev
      hitachivantara.vspone_block.vsp_volume:
        connection_info: "{{{{ connection_info }}}}"
        storage_system_info: "{{{{ storage_system_info }}}}"
        state: present
        spec:
          pool_id: {R.randint(0, 9)}
          size: {ch(['10GB', '500GB', '1TB'])}
"""


@pos("synology", "password_url", "url", "SYNO_PASSWORD")
def p_syno_curl(v):
    nas = host("nas")
    return ch(["scripts/syno_backup_trigger.sh", "bin/synology-login.sh"]), f"""#!/bin/sh
NAS=https://{nas}:5001
SID=$(curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=3&method=login&account={ch(['backup', 'svc_hyper', 'admin'])}&passwd={v}&session=HyperBackup&format=sid" | jq -r .data.sid)
curl -sk "$NAS/webapi/entry.cgi?api=SYNO.Backup.Task&version=1&method=list&_sid=$SID"
curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=1&method=logout&session=HyperBackup&_sid=$SID"
"""


@pos("synology", "password", "yaml", "SYNOLOGY_CSI_PASSWORD")
def p_syno_csi(v):
    return ch(["deploy/synology-csi/client-info.yml", "config/client-info.yml", "k8s/synology/client-info.yml"]), f"""---
clients:
  - host: {ip()}
    port: 5001
    https: true
    username: {ch(['k8s-csi', 'csi-user', 'svc_k8s'])}
    password: {yv(v)}
"""


@pos("synology", "password", "py", "SYNO_PASSWORD")
def p_syno_py(v):
    return ch(["nas/syno_shares.py", "scripts/synology_quota.py"]), f'''import requests

NAS = "https://{host('nas')}:5001/webapi"


def login(session="FileStation"):
    params = {{
        "api": "SYNO.API.Auth",
        "version": "6",
        "method": "login",
        "account": "{ch(['svc_files', 'admin', 'automation'])}",
        "passwd": {pq(v)},
        "session": session,
        "format": "sid",
    }}
    return requests.get(NAS + "/auth.cgi", params=params, verify=False).json()["data"]["sid"]


def shares(sid):
    r = requests.get(NAS + "/entry.cgi", params={{"api": "SYNO.FileStation.List", "version": "2",
                                                  "method": "list_share", "_sid": sid}}, verify=False)
    return [s["name"] for s in r.json()["data"]["shares"]]
'''


@pos("synology", "password_url", "md", "SYNO_PASSWORD")
def p_syno_md(v):
    return ch(["docs/runbooks/nas-restore.md", "docs/synology.md", "README-nas.md"]), f"""# Restoring files from the office NAS

The DiskStation `{host('nas')}` keeps 30 days of snapshots on volume1.

1. Log in to DSM as the backup operator.
2. Trigger the Hyper Backup task manually if the nightly one failed:

```sh
curl -sk "https://{host('nas')}:5001/webapi/auth.cgi?api=SYNO.API.Auth&version=3&method=login&account=backup_op&passwd={v}&session=HyperBackup&format=sid"
```

3. Use the returned `sid` for the `SYNO.Backup.Task` calls.

See also: the monitoring dashboard (Grafana > Storage > NAS).
"""


@pos("truenas", "truenas_key", "py", "TRUENAS_API_KEY")
def p_truenas_py(v):
    hdr = ('"Bearer %s"' % v) if not isinstance(v, Expr) else '"Bearer " + %s' % v
    return ch(["scripts/truenas_snapshots.py", "tools/truenas/replication_check.py"]), f'''import requests

BASE = "https://{host('tn')}/api/v2.0"
SESSION = requests.Session()
SESSION.headers.update({{"Authorization": {hdr}}})
SESSION.verify = False


def datasets():
    return [d["id"] for d in SESSION.get(BASE + "/pool/dataset").json()]


def snapshot(dataset, name):
    return SESSION.post(BASE + "/zfs/snapshot", json={{"dataset": dataset, "name": name}}).json()
'''


@pos("truenas", "truenas_key", "tf", "TRUENAS_API_KEY")
def p_truenas_tf(v):
    return ch(["terraform/truenas/main.tf", "infra/nas.tf"]), f'''provider "truenas" {{
  api_key  = {pq(v)}
  base_url = "https://{host('tn')}/api/v2.0"
}}

resource "truenas_dataset" "k8s" {{
  pool        = "{ch(['tank', 'ssd', 'pool1'])}"
  name        = "k8s/{ch(['nfs', 'iscsi', 'pv'])}"
  compression = "lz4"
}}
'''


@pos("truenas", "truenas_key", "yaml", "TRUENAS_API_KEY")
def p_democratic_csi(v):
    return ch(["deploy/democratic-csi/freenas-nfs.yaml", "helm/values-truenas-iscsi.yaml"]), f"""csiDriver:
  name: "org.democratic-csi.{ch(['nfs', 'iscsi'])}"

storageClasses:
  - name: truenas-{ch(['nfs', 'iscsi'])}
    defaultClass: false
    reclaimPolicy: Delete
    volumeBindingMode: Immediate
    allowVolumeExpansion: true
    parameters:
      fsType: {ch(['nfs', 'ext4', 'xfs'])}

driver:
  config:
    driver: freenas-api-{ch(['nfs', 'iscsi'])}
    instance_id:
    httpConnection:
      protocol: https
      host: {ip()}
      port: 443
      apiKey: {yv(v)}
      allowInsecure: true
    zfs:
      datasetParentName: {ch(['tank', 'pool1'])}/k8s/vols
      detachedSnapshotsDatasetParentName: {ch(['tank', 'pool1'])}/k8s/snaps
"""


@pos("truenas", "truenas_key", "env", "TRUENAS_API_KEY")
def p_truenas_env(v):
    return ch([".env", "deploy/.env"]), f"""# truenas-exporter settings
TRUENAS_HOST={host('tn')}
TRUENAS_API_KEY={v}
TRUENAS_VERIFY_SSL=false
EXPORTER_PORT=9814
LOG_LEVEL=info
"""


@pos("truenas", "truenas_key", "sh", "TRUENAS_API_KEY")
def p_truenas_curl(v):
    h = ("Authorization: Bearer %s" % v) if not isinstance(v, Expr) else "Authorization: Bearer ${TRUENAS_API_KEY}"
    return ch(["scripts/truenas_scrub.sh", "bin/tn-replication.sh"]), f"""#!/usr/bin/env bash
TN=https://{host('tn')}
curl -sk -H "{h}" "$TN/api/v2.0/pool/scrub" | jq '.[] | {{pool: .pool_name, enabled}}'
curl -sk -X POST -H "{h}" -H 'Content-Type: application/json' \\
  -d '{{"id": {R.randint(1, 9)}}}' "$TN/api/v2.0/replication/id/{R.randint(1, 9)}/run"
"""


@pos("qnap", "password", "py", "QNAP_PASSWORD")
def p_qnap_py(v):
    return ch(["monitoring/qnap_stats.py", "scripts/qnap_volumes.py"]), f'''from qnapstats import QNAPStats

qnap = QNAPStats("{host('qnap')}", 443, "{ch(['admin', 'monitor'])}", {pq(v)}, verify_ssl=False)
info = qnap.get_system_stats()
print(info["system"]["name"], info["firmware"]["version"])
for vol_id, vol in qnap.get_volumes().items():
    print(vol_id, vol["label"], vol["free_size"], vol["total_size"])
'''


@pos("qnap", "password", "env", "QNAP_PASSWORD")
def p_qnap_env(v):
    return ch([".env.production", ".env.local"]), f"""QNAP_HOST={host('qnap')}
QNAP_PORT=443
QNAP_USER={ch(['admin', 'svc_backup'])}
QNAP_PASSWORD={v}
BACKUP_SHARE=/share/Backups
"""


@pos("infinidat", "password", "py", "INFINIBOX_PASSWORD")
def p_infinisdk(v):
    return ch(["scripts/ibox_capacity.py", "tools/infinidat/pools.py"]), f'''from infinisdk import InfiniBox

system = InfiniBox("{host('ibox')}", auth=("{ch(['admin', 'svc_api'])}", {pq(v)}))
system.login()
for pool in system.pools:
    print(pool.get_name(), pool.get_allocated_physical_capacity(), pool.get_physical_capacity())
'''


@pos("infinidat", "password", "yaml", "INFINIBOX_PASSWORD")
def p_infinidat_csi(v):
    return ch(["deploy/infinidat-csi/infinibox-creds.yaml", "k8s/ibox/secret.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: infinibox-creds
  namespace: infinidat-csi
  labels:
    app: infinidat-csi-driver
type: Opaque
stringData:
  hostname: {host('ibox')}
  username: {ch(['csi', 'k8s-admin'])}
  password: {yv(v)}
"""


@pos("minio", "s3_secret", "sh", "S3_SECRET_KEY")
def p_mc_alias(v):
    return ch(["scripts/s3_bucket_setup.sh", "bin/mc-setup.sh"]), f"""#!/bin/bash
# Object tier on the storage appliance (S3-compatible)
mc alias set {ch(['nas-s3', 'objstore', 'sgws'])} https://{host('s3')}:9000 {s3_access_key()} {sq(v)} --api S3v4
mc mb --ignore-existing {ch(['nas-s3', 'objstore', 'sgws'])}/velero-backups
mc ilm rule add --expire-days {R.randint(14, 90)} {ch(['nas-s3', 'objstore', 'sgws'])}/velero-backups
"""


@pos("netapp", "s3_secret", "ini", "S3_SECRET_KEY")
def p_storagegrid_ini(v):
    return ch(["config/s3-backup.ini", "etc/backup/s3.cfg"]), f"""[storagegrid]
endpoint_url = https://{host('sg')}:10443
region = us-east-1
aws_access_key_id = {s3_access_key()}
aws_secret_access_key = {v}
bucket = {ch(['db-dumps', 'archive', 'veeam'])}
multipart_chunksize = 64MB
"""


@pos("generic", "password", "yaml", "EXPORTER_PASSWORD")
def p_exporter_basic(v):
    return ch(["prometheus/scrape-storage.yml", "monitoring/prometheus/storage-exporters.yml"]), f"""scrape_configs:
  - job_name: {ch(['powerscale-exporter', 'unity-exporter', 'netapp-exporter', 'storage-exporters'])}
    scheme: https
    tls_config:
      insecure_skip_verify: true
    basic_auth:
      username: {ch(['prometheus', 'scraper'])}
      password: {yv(v)}
    static_configs:
      - targets:
          - {host('exp')}:{R.randint(9100, 9900)}
"""


@pos("dell", "password", "docker", "UNISPHERE_PASSWORD")
def p_exporter_docker(v):
    return ch(["exporters/powermax/Dockerfile", "docker/unisphere-exporter/Dockerfile"]), f"""FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY exporter/ ./exporter/
ENV UNISPHERE_HOST={ip()} \\
    UNISPHERE_USER={ch(['smc', 'monitor'])} \\
    UNISPHERE_PASSWORD={v} \\
    EXPORTER_PORT=9{R.randint(100, 999)}
EXPOSE 9{R.randint(100, 999)}
CMD ["python", "-m", "exporter"]
"""


@pos("generic", "password_url", "url", "EXPORTER_PASSWORD")
def p_exporter_url(v):
    return ch(["docker-compose.yml", "monitoring/docker-compose.yml"]), f"""services:
  {ch(['isilon-exporter', 'ontap-exporter', 'pure-exporter'])}:
    image: {ch(['ghcr.io/example/isilon-exporter:1.4', 'registry.example.com/storage/exporter:2.0'])}
    restart: unless-stopped
    command:
      - --target=https://{ch(['monitor', 'prom'])}:{v}@{host('ps')}:8080
      - --web.listen-address=:9{R.randint(100, 999)}
    ports:
      - "9{R.randint(100, 999)}:9{R.randint(100, 999)}"
"""


ISCSID_HEAD = """#
# Open-iSCSI default configuration.
# Could be located at /etc/iscsi/iscsid.conf or ~/.iscsid.conf
#
iscsid.startup = /bin/systemctl start iscsid.socket iscsiuio.socket
node.startup = automatic
node.leading_login = No
"""


@pos("iscsi", "chap", "conf", "CHAP_SECRET")
def p_iscsid_node(v):
    return ch(["etc/iscsi/iscsid.conf", "roles/iscsi/files/iscsid.conf", "files/iscsid.conf"]), ISCSID_HEAD + f"""
# *************
# CHAP Settings
# *************
node.session.auth.authmethod = CHAP
node.session.auth.username = {ch(['iqn-init-', 'chapuser', 'k8s-node'])}{R.randint(1, 99)}
node.session.auth.password = {v}

# discovery session
#discovery.sendtargets.auth.authmethod = CHAP
#discovery.sendtargets.auth.username = username

node.session.timeo.replacement_timeout = 120
node.conn[0].timeo.login_timeout = 15
node.session.cmds_max = 128
node.session.queue_depth = 32
"""


@pos("iscsi", "chap", "conf", "CHAP_SECRET")
def p_iscsid_disc(v):
    return ch(["etc/iscsi/iscsid.conf", "provisioning/iscsi/iscsid.conf"]), ISCSID_HEAD + f"""
node.session.auth.authmethod = None

discovery.sendtargets.auth.authmethod = CHAP
discovery.sendtargets.auth.username = {ch(['disc-', 'discovery', 'sendtargets'])}{R.randint(1, 9)}
discovery.sendtargets.auth.password = {v}

node.session.iscsi.FastAbort = Yes
node.session.initial_login_retry_max = 8
"""


@pos("iscsi", "chap", "sh", "CHAP_SECRET")
def p_iscsiadm(v):
    tgt, portal = iqn_target(), ip()
    return ch(["scripts/iscsi_login.sh", "bootstrap/attach-lun.sh", "ops/iscsi/connect.sh"]), f"""#!/bin/bash
set -euo pipefail
TARGET={tgt}
PORTAL={portal}:3260

iscsiadm -m discovery -t sendtargets -p $PORTAL
iscsiadm -m node -T $TARGET -p $PORTAL --op update -n node.session.auth.authmethod -v CHAP
iscsiadm -m node -T $TARGET -p $PORTAL --op update -n node.session.auth.username -v {ch(['chapuser', 'host', 'init'])}{R.randint(1, 50)}
iscsiadm -m node -T $TARGET -p $PORTAL --op update -n node.session.auth.password -v {sq(v)}
iscsiadm -m node -T $TARGET -p $PORTAL --login
multipath -ll
"""


@pos("iscsi", "chap_b64", "yaml", "CHAP_SECRET")
def p_chap_secret_k8s(v):
    return ch(["k8s/iscsi/chap-secret.yaml", "deploy/iscsi-pv/chap-secret.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: chap-secret
  namespace: {ch(['default', 'databases', 'legacy-apps'])}
type: "kubernetes.io/iscsi-chap"
data:
  node.session.auth.username: {b64(('chapuser%d' % R.randint(1, 20)).encode())}
  node.session.auth.password: {v}
"""


@pos("iscsi", "chap", "yaml", "CHAP_SECRET")
def p_chap_stringdata(v):
    return ch(["k8s/iscsi/chap-secret-stringdata.yaml", "manifests/pv-iscsi.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: iscsi-chap-{ch(['db', 'legacy', 'files'])}
type: "kubernetes.io/iscsi-chap"
stringData:
  discovery.sendtargets.auth.username: discuser
  discovery.sendtargets.auth.password: {yv(v)}
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: iscsi-pv-{R.randint(1, 20)}
spec:
  capacity:
    storage: {ch([50, 100, 200])}Gi
  accessModes: [ReadWriteOnce]
  iscsi:
    targetPortal: {ip()}:3260
    iqn: {iqn_target()}
    lun: {R.randint(0, 9)}
    fsType: ext4
    chapAuthDiscovery: true
    secretRef:
      name: iscsi-chap-db
"""


@pos("iscsi", "chap", "yaml", "CHAP_SECRET")
def p_open_iscsi(v):
    return ch(["roles/iscsi_client/tasks/main.yml", "playbooks/iscsi-attach.yml"]), f"""- name: Discover and log in to the array target
  community.general.open_iscsi:
    portal: {ip()}
    target: {iqn_target()}
    discover: true
    login: true
    node_auth: CHAP
    node_user: {ch(['chapuser', 'lnxhost'])}{R.randint(1, 40)}
    node_pass: {yv(v)}
    auto_node_startup: true

- name: Rescan multipath
  ansible.builtin.command: multipath -r
  changed_when: false
"""


@pos("iscsi", "chap", "ps1", "CHAP_SECRET")
def p_iscsi_windows(v):
    return ch(["scripts/Connect-IscsiLuns.ps1", "ps/iscsi/Attach-Target.ps1"]), f"""$portal = '{ip()}'
New-IscsiTargetPortal -TargetPortalAddress $portal
$target = Get-IscsiTarget | Where-Object NodeAddress -like '*{ch(['purestorage', 'netapp', 'compellent', 'nimble'])}*'
Connect-IscsiTarget -NodeAddress $target.NodeAddress -TargetPortalAddress $portal `
    -AuthenticationType ONEWAYCHAP -ChapUsername '{host('sql').split('.')[0]}' -ChapSecret {sq(v)} `
    -IsPersistent $true -IsMultipathEnabled $true
Get-IscsiSession | Format-Table TargetNodeAddress, IsConnected
"""


@pos("iscsi", "chap", "md", "CHAP_SECRET")
def p_chap_md(v):
    return ch(["docs/iscsi-setup.md", "docs/storage/esxi-iscsi.md"]), f"""# ESXi software iSCSI against the {ch(['Unity', 'Nimble', 'FlashArray', 'PowerStore'])} array

| Setting | Value |
|---|---|
| Target portal | `{ip()}:3260` |
| Target IQN | `{iqn_target()}` |
| CHAP name | `{host('esx').split('.')[0]}` |
| CHAP secret | `{v}` |

```
esxcli iscsi adapter auth chap set --adapter=vmhba64 --direction=uni --level=required --authname={host('esx').split('.')[0]} --secret={v}
esxcli storage core adapter rescan --adapter=vmhba64
```
"""


@pos("kerberos", "keytab", "yaml", "NFS_KEYTAB_B64")
def p_keytab_k8s(v):
    return ch(["k8s/nfs-krb5/keytab-secret.yaml", "deploy/nfs/krb5-keytab.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: nfs-client-keytab
  namespace: {ch(['kube-system', 'nfs-client', 'storage'])}
type: Opaque
data:
  krb5.keytab: {v}
"""


@pos("kerberos", "keytab", "sh", "NFS_KEYTAB_B64")
def p_keytab_sh(v):
    lit = v if isinstance(v, Expr) else "'%s'" % v
    return ch(["bootstrap/nfs-kerberos.sh", "scripts/install_keytab.sh"]), f"""#!/bin/bash
# Install the NFS service keytab for sec=krb5p mounts
set -e
echo {lit} | base64 -d > /etc/krb5.keytab
chmod 600 /etc/krb5.keytab
klist -kte /etc/krb5.keytab
systemctl restart rpc-gssd
mount -t nfs4 -o sec=krb5p {host('svm')}:/{ch(['home', 'projects', 'data'])} /mnt/{ch(['home', 'projects', 'data'])}
"""


@pos("kerberos", "keytab", "yaml", "NFS_KEYTAB_B64")
def p_keytab_vars(v):
    return ch(["group_vars/nfs_clients.yml", "inventories/prod/group_vars/nfs.yml"]), f"""nfs_server: {host('svm')}
nfs_sec: krb5p
krb5_realm: {ch(['CORP.EXAMPLE.COM', 'AD.EXAMPLE.ORG'])}
nfs_keytab_b64: {yv(v)}
nfs_mounts:
  - src: /home
    path: /home
  - src: /projects
    path: /srv/projects
"""


# ================================================================ look-alike negatives
NEG = []


def neg(provider, kind):
    def deco(f):
        NEG.append((f, provider, kind))
        return f
    return deco


@neg("multipath", "naa_wwid")
def n_multipath_conf():
    devs = "\n".join("""    multipath {
        wwid  3%s
        alias %s
    }""" % (naa_pure()[4:], ch(["ora_data", "ora_redo", "sql_log", "vmfs", "backup"]) + "%02d" % i) for i in range(R.randint(2, 5)))
    return ch(["etc/multipath.conf", "roles/multipath/templates/multipath.conf", "files/multipath.conf"]), f"""defaults {{
    user_friendly_names yes
    find_multipaths yes
    polling_interval 10
}}

devices {{
    device {{
        vendor                "PURE"
        product               "FlashArray"
        path_grouping_policy  group_by_prio
        path_selector         "service-time 0"
        hardware_handler      "1 alua"
        prio                  alua
        failback              immediate
        fast_io_fail_tmo      10
    }}
}}

multipaths {{
{devs}
}}
"""


@neg("multipath", "wwids")
def n_wwids():
    lines = ["# Multipath wwids, Version : 1.0",
             "# NOTE: This file is automatically maintained by multipath and multipathd.",
             "# You should not need to edit this file in normal circumstances.", "#", "# Valid WWIDs:"]
    for _ in range(R.randint(4, 10)):
        lines.append("/3%s/" % ch([naa_pure()[4:], "600a0980" + hexs(24), "6000144000000010" + hexs(16),
                                    "60002ac" + hexs(25), "6005076" + hexs(25)]))
    return "etc/multipath/wwids", "\n".join(lines) + "\n"


@neg("multipath", "multipath_ll")
def n_multipath_ll():
    out = []
    for i in range(R.randint(2, 4)):
        wid = "3" + naa_pure()[4:]
        out.append("mpath%s (%s) dm-%d PURE,FlashArray" % (ch(LOWER), wid, i + 2))
        out.append("size=%dG features='0' hwhandler='1 alua' wp=rw" % ch([100, 500, 1024, 2048]))
        out.append("`-+- policy='service-time 0' prio=50 status=active")
        for j in range(4):
            out.append("  |- %d:0:%d:%d sd%s 8:%d active ready running" % (R.randint(1, 8), j, i + 1, rs(LOWER, 2), R.randint(0, 250)))
    return ch(["logs/multipath-ll.txt", "diagnostics/%s/multipath.out" % host("db").split(".")[0]]), "\n".join(out) + "\n"


@neg("linux", "by_id")
def n_by_id():
    out = ["total 0"]
    for i in range(R.randint(5, 10)):
        out.append("lrwxrwxrwx 1 root root 10 %s 10:%02d dm-uuid-mpath-3%s -> ../../dm-%d" % (date(), R.randint(0, 59), naa_pure()[4:], i))
        out.append("lrwxrwxrwx 1 root root  9 %s 10:%02d wwn-0x%s -> ../../sd%s" % (date(), R.randint(0, 59), "600a0980" + hexs(24), ch(LOWER)))
    return ch(["support/ls-disk-by-id.log", "logs/disk-by-id.txt"]), "\n".join(out) + "\n"


@neg("iscsi", "initiatorname")
def n_initiatorname():
    return "etc/iscsi/initiatorname.iscsi", "## DO NOT EDIT OR REMOVE THIS FILE!\n## If you remove this file, the iSCSI daemon will not start.\nInitiatorName=%s\n" % iqn_host()


@neg("iscsi", "iscsid_default")
def n_iscsid_default():
    return ch(["etc/iscsi/iscsid.conf", "roles/iscsi/files/iscsid.conf.default"]), ISCSID_HEAD + """
# To enable CHAP authentication set node.session.auth.authmethod
# to CHAP. The default is None.
#node.session.auth.authmethod = CHAP

# To set a CHAP username and password for initiator
# authentication by the target(s), uncomment the following lines:
#node.session.auth.username = username
#node.session.auth.password = password

# To set a discovery session CHAP username and password for the initiator
# authentication by the target(s), uncomment the following lines:
#discovery.sendtargets.auth.username = username
#discovery.sendtargets.auth.password = password

node.session.timeo.replacement_timeout = 120
node.conn[0].timeo.noop_out_interval = 5
node.conn[0].timeo.noop_out_timeout = 5
"""


@neg("brocade", "wwpn")
def n_brocade_zone():
    lines = ["#!/bin/bash", "# Zoning for new ESXi cluster on fabric A", "set -e"]
    arr = [wwpn(ch(["emc", "pure", "netapp", "hpe"])) for _ in range(2)]
    for i in range(R.randint(2, 4)):
        hn = host("esx").split(".")[0]
        hb = wwpn(ch(["qlogic", "emulex"]))
        lines.append('ssh admin@fab-a "alicreate %s_hba0, %s"' % (hn, hb))
        lines.append('ssh admin@fab-a "zonecreate z_%s_array, \\"%s_hba0; %s; %s\\""' % (hn, hn, arr[0], arr[1]))
        lines.append('ssh admin@fab-a "cfgadd cfg_fabA, z_%s_array"' % hn)
    lines.append('ssh admin@fab-a "cfgsave; cfgenable cfg_fabA"')
    return ch(["san/zoning/fabric-a.sh", "scripts/brocade_zones.sh"]), "\n".join(lines) + "\n"


@neg("cisco", "wwpn")
def n_mds_zone():
    vsan = R.randint(10, 200)
    lines = ["! MDS 9148T fabric B", "device-alias database"]
    names = []
    for i in range(R.randint(3, 6)):
        n = "%s_%s" % (host("esx").split(".")[0], ch(["hba1", "hba2"]))
        names.append(n)
        lines.append("  device-alias name %s pwwn %s" % (n, wwpn(ch(["qlogic", "emulex", "emc", "pure"]))))
    lines.append("device-alias commit")
    lines.append("zone name z_%s vsan %d" % (names[0], vsan))
    for n in names[:2]:
        lines.append("  member device-alias %s" % n)
    lines.append("zoneset name zs_fabB vsan %d" % vsan)
    lines.append("zoneset activate name zs_fabB vsan %d" % vsan)
    return ch(["san/mds/fabric-b.cfg", "network/san/mds-zoning.txt"]), "\n".join(lines) + "\n"


@neg("purestorage", "volume_serial")
def n_purevol_csv():
    rows = ["Name,Size,Source,Created,Serial"]
    for _ in range(R.randint(5, 12)):
        rows.append("%s-%02d,%dT,,%s %02d:%02d:%02d PDT,%s" % (ch(["ora", "sql", "vmfs", "k8s-pvc"]), R.randint(1, 99),
                                                          R.randint(1, 8), date(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), pure_serial()))
    return ch(["reports/purevol-list.csv", "data/fa01-volumes.csv"]), "\n".join(rows) + "\n"


@neg("purestorage", "host_list")
def n_purehost():
    out = ["Name                 WWN                      IQN                                     Host Group"]
    for _ in range(R.randint(3, 7)):
        if R.random() < 0.5:
            out.append("%-20s %-24s %-39s %s" % (host("esx").split(".")[0], wwpn(ch(["qlogic", "emulex"])).upper(), "-", ch(["hg-esx", "hg-ora", "-"])))
        else:
            out.append("%-20s %-24s %-39s %s" % (host("lnx").split(".")[0], "-", iqn_host(), ch(["hg-k8s", "-"])))
    return ch(["logs/purehost-list.txt", "docs/inventory/fa-hosts.txt"]), "\n".join(out) + "\n"


@neg("netapp", "lun_serial")
def n_lun_show():
    out = ["%s::> lun show -fields serial,uuid,size" % host("cl").split(".")[0].split("-")[1], "vserver path                      serial       uuid                                 size"]
    out.append("------- ------------------------- ------------ ------------------------------------ -------")
    for _ in range(R.randint(3, 8)):
        out.append("%-7s %-25s %-12s %s %dGB" % (svm_name()[:7], "/vol/%s/lun%d" % (ch(["ora", "sql", "esx"]), R.randint(0, 9)),
                                                rs(ALNUM + "-+?", 12), uuid4(), ch([100, 200, 500])))
    out.append("%d entries were displayed." % (len(out) - 3))
    return ch(["logs/ontap-lun-show.txt", "support/cluster1-luns.log"]), "\n".join(out) + "\n"


@neg("netapp", "svm_uuid")
def n_vserver_json():
    recs = [{"uuid": uuid4(), "name": svm_name(), "state": "running", "subtype": "default",
             "ip_interfaces": [{"ip": {"address": ip()}, "name": "lif_%s_%d" % (ch(["nfs", "iscsi", "mgmt"]), i)}],
             "_links": {"self": {"href": "/api/svm/svms/%s" % uuid4()}}} for i in range(R.randint(2, 4))]
    return ch(["tests/fixtures/ontap_svms.json", "testdata/svm_response.json"]), json.dumps({"records": recs, "num_records": len(recs)}, indent=2) + "\n"


@neg("netapp", "volume_uuid")
def n_volumes_json():
    recs = [{"uuid": uuid4(), "name": "vol_%s_%d" % (ch(["app", "home", "logs", "k8s"]), i), "svm": {"name": svm_name(), "uuid": uuid4()},
             "space": {"size": ch([107374182400, 536870912000]), "used": R.randint(10 ** 9, 10 ** 11)}} for i in range(R.randint(2, 5))]
    return ch(["tests/fixtures/volumes.json", "internal/ontap/testdata/volumes.json"]), json.dumps({"records": recs}, indent=2) + "\n"


@neg("ansible", "inventory_refs")
def n_inventory_yaml():
    return ch(["inventories/prod/hosts.yml", "inventory/storage.yml"]), f"""all:
  children:
    flasharrays:
      hosts:
        {host('fa').split('.')[0]}:
          fa_url: {ip()}
          fa_serial: {pure_serial()}
          api_token: "{{{{ vault_purefa_tokens['{host('fa').split('.')[0]}'] }}}}"
    ontap:
      hosts:
        {host('cl').split('.')[0]}:
          netapp_hostname: {ip()}
          cluster_uuid: {uuid4()}
          netapp_username: "{{{{ lookup('env', 'NETAPP_USERNAME') }}}}"
          netapp_password: "{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ontap:password') }}}}"
"""


@neg("terraform", "tfstate_ids")
def n_tf_outputs():
    return ch(["terraform/storage/outputs.json", "infra/outputs.json"]), json.dumps({
        "volume_ids": {"value": [uuid4() for _ in range(3)], "type": ["list", "string"]},
        "lun_serials": {"value": [pure_serial() for _ in range(3)], "type": ["list", "string"]},
        "array_id": {"value": pure_uuid(), "type": "string"},
        "admin_password": {"sensitive": True, "type": "string", "value": None}}, indent=2) + "\n"


@neg("netapp", "secret_reference")
def n_trident_secretref():
    return ch(["trident/backend-san.json", "k8s/trident/backend-ontap-san.json"]), json.dumps({
        "version": 1, "storageDriverName": "ontap-san", "managementLIF": ip(), "svm": svm_name(),
        "credentials": {"name": "ontap-%s-credentials" % ch(["san", "prod"]), "type": "secret"},
        "useCHAP": True, "chapUsername": "tridentchap", "chapTargetUsername": "tgtchap",
        "igroupName": "trident-%s" % uuid4(), "defaults": {"spaceAllocation": "true", "encryption": "false"}}, indent=2) + "\n"


@neg("netapp", "harvest_noauth")
def n_harvest_cert():
    c = host("cl")
    return ch(["harvest.yml", "deploy/harvest/harvest.yml"]), f"""Exporters:
  prom:
    exporter: Prometheus
    port_range: 12990-14000

Pollers:
  {c.split('.')[0]}:
    datacenter: {ch(['DC1', 'DC2'])}
    addr: {c}
    auth_style: basic_auth
    username: harvest
    credentials_file: secrets/{c.split('.')[0]}.yml
    collectors: [Rest, RestPerf, Ems]
    exporters: [prom]
  {host('cl').split('.')[0]}:
    addr: {ip()}
    auth_style: certificate_auth
    credentials_script:
      path: /opt/harvest/bin/get-ontap-secret.sh
      schedule: 3h
    exporters: [prom]
"""


@neg("kubernetes", "storageclass")
def n_storageclass():
    return ch(["k8s/storage/storageclass.yaml", "deploy/csi/sc.yaml"]), f"""apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: {ch(['powerstore-xfs', 'pure-block', 'ontap-gold', 'isilon-nfs'])}
provisioner: {ch(['csi-powerstore.dellemc.com', 'pure-csi', 'csi.trident.netapp.io', 'csi-isilon.dellemc.com'])}
parameters:
  arrayID: "PS{hexs(12)}"
  csi.storage.k8s.io/fstype: xfs
  csi.storage.k8s.io/provisioner-secret-name: {ch(['powerstore-config', 'backend-secret'])}
  csi.storage.k8s.io/provisioner-secret-namespace: {ch(['csi-powerstore', 'kube-system'])}
  csi.storage.k8s.io/node-stage-secret-name: chap-secret
reclaimPolicy: Delete
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
"""


@neg("kubernetes", "pv_handles")
def n_pv():
    return ch(["k8s/pv/static-pvs.yaml", "manifests/pv-imported.yaml"]), f"""apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-{uuid4()}
  annotations:
    pv.kubernetes.io/provisioned-by: csi.trident.netapp.io
spec:
  capacity:
    storage: {ch([10, 50, 100])}Gi
  accessModes: [ReadWriteOnce]
  csi:
    driver: csi.trident.netapp.io
    volumeHandle: pvc-{uuid4()}
    fsType: ext4
    volumeAttributes:
      backendUUID: {uuid4()}
      internalName: trident_pvc_{uuid4().replace('-', '_')}
      name: pvc-{uuid4()}
      protocol: block
"""


@neg("kubernetes", "externalsecret")
def n_externalsecret():
    return ch(["k8s/iscsi/chap-externalsecret.yaml", "deploy/secrets/storage-externalsecret.yaml"]), f"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: chap-secret
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: chap-secret
    template:
      type: kubernetes.io/iscsi-chap
  data:
    - secretKey: node.session.auth.username
      remoteRef:
        key: kv/storage/iscsi/{host('lnx').split('.')[0]}
        property: username
    - secretKey: node.session.auth.password
      remoteRef:
        key: kv/storage/iscsi/{host('lnx').split('.')[0]}
        property: password
"""


def pem_block(label, nbytes):
    body = b64(rbytes(nbytes))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(body[i:i + 64] for i in range(0, len(body), 64)), label)


def pubkey_pem():
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes([0xC0 | R.getrandbits(6)]) + rbytes(255) + bytes.fromhex("0203010001")
    body = b64(der)
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def ssh_pub():
    if R.random() < 0.5:
        blob = b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32))
        return "ssh-ed25519 " + blob
    blob = b64(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(256))
    return "ssh-rsa " + blob


@neg("purestorage", "api_client_public")
def n_pure_apiclient():
    block = "\n".join("          " + l for l in pubkey_pem().splitlines())
    return ch(["playbooks/purefa_apiclient.yml", "ansible/pure/api-client.yml"]), f"""- name: Register API client for the automation platform
  hosts: localhost
  gather_facts: false
  tasks:
    - purestorage.flasharray.purefa_apiclient:
        name: {ch(['ansible-tower', 'terraform', 'grafana'])}
        issuer: {ch(['automation', 'tower', 'ci'])}
        role: {ch(['storage_admin', 'readonly'])}
        token_ttl: 3600
        public_key: |
{block}
        fa_url: {host('fa')}
        api_token: "{{{{ lookup('env', 'PUREFA_API') }}}}"
    # registered client: id {uuid4()}  key_id {uuid4()}
"""


@neg("purestorage", "ssh_public_key")
def n_authorized_keys():
    lines = ["# admins allowed on the array CLI (pureadmin setattr --publickey)"]
    for _ in range(R.randint(2, 5)):
        lines.append("%s %s@%s" % (ssh_pub(), ch(["alice", "bob", "carol", "dave", "ops"]), host("ws").split(".")[0]))
    return ch(["arrays/fa01/authorized_keys", "ssh/storage-admins.pub"]), "\n".join(lines) + "\n"


@neg("tls", "certificate")
def n_cert():
    return ch(["certs/%s.crt" % host("fa").split(".")[0], "pki/array-mgmt.pem", "config/ssl/ca-chain.crt"]), pem_block("CERTIFICATE", R.randint(700, 1100)) + "\n"


@neg("firmware", "sha256sums")
def n_sha256sums():
    files = ["purity_6.%d.%d.ppkg" % (R.randint(1, 7), R.randint(0, 20)), "ONTAP-9.%d.%dP%d_image.tgz" % (R.randint(10, 15), R.randint(0, 1), R.randint(1, 9)),
             "PowerStoreT-3.%d.0.%d-%d.tgz.bin" % (R.randint(0, 6), R.randint(0, 3), R.randint(1000000, 9999999)),
             "OneFS_v9.%d.0.%d_Install.tar.gz" % (R.randint(4, 9), R.randint(0, 9)), "TrueNAS-SCALE-24.%02d.%d.update" % (R.randint(4, 10), R.randint(0, 2))]
    R.shuffle(files)
    return ch(["firmware/SHA256SUMS", "downloads/checksums.sha256"]), "".join("%s  %s\n" % (hexs(64), f) for f in files)


@neg("purestorage", "masked_token")
def n_pureadmin_list():
    out = ["Name       Type   Role           API Token  Created                  Expires"]
    for _ in range(R.randint(2, 5)):
        out.append("%-10s %-6s %-14s %-10s %s  -" % (ch(["pureuser", "ansible", "px-csi", "grafana", "veeam"]), ch(["local", "remote"]),
                                                   ch(["array_admin", "storage_admin", "readonly"]), "****", "%s 09:%02d:%02d UTC" % (date(), R.randint(0, 59), R.randint(0, 59))))
    return ch(["docs/pure/api-tokens.txt", "logs/pureadmin-list.txt"]), "\n".join(out) + "\n"


@neg("linux", "hashed_password")
def n_ansible_hashed():
    salt = rs(ALNUM + "./", 16)
    h = "$6$%s$%s" % (salt, rs(ALNUM + "./", 86))
    return ch(["roles/storage_jumphost/tasks/users.yml", "playbooks/jumphost-users.yml"]), f"""- name: Storage operators on the jump host
  ansible.builtin.user:
    name: "{{{{ item.name }}}}"
    groups: [wheel, storage]
    password: "{{{{ item.hash }}}}"
    update_password: on_create
  loop:
    - name: {ch(['alice', 'bob', 'storageops'])}
      hash: "{h}"
  no_log: true
"""


@neg("prometheus", "bcrypt_hash")
def n_web_config():
    users = "\n".join("  %s: $2y$10$%s" % (u, rs(ALNUM + "./", 53)) for u in ["prometheus", ch(["grafana", "scraper"])])
    return ch(["exporters/pure/web-config.yml", "monitoring/exporter-web.yml"]), f"""# bcrypt hashes, generated with htpasswd -nBC 10
tls_server_config:
  cert_file: /etc/exporter/tls.crt
  key_file: /etc/exporter/tls.key
basic_auth_users:
{users}
"""


@neg("purestorage", "snapshot_ids")
def n_snapshots_csv():
    rows = ["snapshot_id,volume,created,size_bytes,suffix"]
    for _ in range(R.randint(6, 12)):
        rows.append("%s,%s,%s,%d,%s" % (uuid4(), ch(["ora-data", "sql01", "vmfs-03"]), ts(), R.randint(10 ** 9, 10 ** 12), "snap-%s" % hexs(8)))
    return ch(["reports/snapshots.csv", "data/snapshot-inventory.csv"]), "\n".join(rows) + "\n"


@neg("san", "lun_mapping")
def n_lun_map_csv():
    rows = ["host,hba_wwpn,array,lun_id,naa,size_gb"]
    for _ in range(R.randint(6, 12)):
        rows.append("%s,%s,%s,%d,%s,%d" % (host("esx").split(".")[0], wwpn(ch(["qlogic", "emulex"])), host("fa").split(".")[0],
                                          R.randint(1, 254), naa_pure(), ch([500, 1024, 2048])))
    return ch(["inventory/lun-mapping.csv", "docs/san/mapping.csv"]), "\n".join(rows) + "\n"


@neg("python", "wwn_parser")
def n_wwn_py():
    return ch(["storage_utils/wwn.py", "lib/san/identifiers.py"]), f'''"""Helpers for WWNs, IQNs and NAA identifiers."""
import re

WWN_RE = re.compile(r"^([0-9a-f]{{2}}:){{7}}[0-9a-f]{{2}}$", re.I)
IQN_RE = re.compile(r"^iqn\\.\\d{{4}}-\\d{{2}}\\.[a-z0-9.-]+(:.+)?$")

# vendor OUIs seen in our fabric
PURE_PREFIX = "52:4a:93"
EXAMPLE_ARRAY_PORT = "{wwpn('pure')}"
EXAMPLE_HOST_PORT = "{wwpn('qlogic')}"
EXAMPLE_NAA = "{naa_pure()}"


def normalize_wwn(value):
    digits = re.sub(r"[^0-9a-fA-F]", "", value).lower()
    if len(digits) != 16:
        raise ValueError("not a WWN: %r" % value)
    return ":".join(digits[i:i + 2] for i in range(0, 16, 2))


def pure_serial_from_naa(naa):
    # naa.624a9370 + 24 hex serial
    return naa.lower().replace("naa.624a9370", "").upper()
'''


@neg("go", "iqn_tests")
def n_iqn_go_test():
    cases = "\n".join('\t\t{"%s", true},' % iqn_host() for _ in range(3))
    return ch(["pkg/iscsi/iqn_test.go", "internal/iscsi/names_test.go"]), f'''package iscsi

import "testing"

func TestValidIQN(t *testing.T) {{
	cases := []struct {{
		in   string
		want bool
	}}{{
{cases}
		{{"{iqn_target()}", true}},
		{{"eui.{hexs(16).upper()}", true}},
		{{"not-an-iqn", false}},
	}}
	for _, c := range cases {{
		if got := ValidName(c.in); got != c.want {{
			t.Errorf("ValidName(%q) = %v, want %v", c.in, got, c.want)
		}}
	}}
}}

func TestSerialFromNAA(t *testing.T) {{
	if got := SerialFromNAA("{naa_pure()}"); len(got) != 24 {{
		t.Fatalf("unexpected serial %q", got)
	}}
}}
'''


@neg("purestorage", "ps_getcredential")
def n_pure_ps_prompt():
    return ch(["scripts/Get-PureVolumes.ps1", "ps/Pure-Inventory.ps1"]), f"""param(
    [Parameter(Mandatory)] [string] $EndPoint,
    [pscredential] $Credential = (Get-Credential -Message 'FlashArray login')
)
Import-Module PureStoragePowerShellSDK2
$fa = Connect-Pfa2Array -EndPoint $EndPoint -Credential $Credential -IgnoreCertificateError
Get-Pfa2Volume -Array $fa | Select-Object Name, Serial, Provisioned |
    Export-Csv -NoTypeInformation ".\\volumes-$EndPoint.csv"
# example serial: {pure_serial()}
"""


@neg("iscsi", "md_guide")
def n_iscsi_md():
    return ch(["docs/iscsi-linux.md", "docs/storage/linux-iscsi-howto.md"]), f"""# Attaching Linux hosts over iSCSI

Initiator names follow `{iqn_host()}`; targets look like `{iqn_target()}`.

1. Set `InitiatorName` in `/etc/iscsi/initiatorname.iscsi`.
2. Fetch the CHAP secret from Vault: `vault kv get -field=password kv/storage/iscsi/$(hostname -s)`.
3. Configure it with `iscsiadm ... -n node.session.auth.password -v "$CHAP_SECRET"` (never commit it).
4. Log in and check `multipath -ll`; the WWID should start with `3624a9370`.

CHAP secrets must be 12 to 16 characters for most initiators.
"""


@neg("cmdb", "sql_inserts")
def n_cmdb_sql():
    rows = []
    for _ in range(R.randint(4, 8)):
        rows.append("  ('%s', '%s', '%s', '%s', '%s')" % (host("sa").split(".")[0], ch(["FA-X70R4", "AFF-A400", "PowerMax 2500", "Primera A650"]),
                                                      pure_serial(), wwpn(ch(["emc", "pure", "netapp", "hpe"])), uuid4()))
    return ch(["db/seed/storage_arrays.sql", "sql/cmdb_arrays.sql"]), """CREATE TABLE IF NOT EXISTS storage_array (
  name       VARCHAR(64) PRIMARY KEY,
  model      VARCHAR(64) NOT NULL,
  serial     VARCHAR(32) NOT NULL,
  first_wwpn VARCHAR(23),
  array_uuid CHAR(36)
);

INSERT INTO storage_array (name, model, serial, first_wwpn, array_uuid) VALUES
""" + ",\n".join(rows) + ";\n"


@neg("dell", "symmetrix_ids")
def n_symcfg():
    out = ["", "S Y M M E T R I X", "", "                                       Mcode    Cache      Num Phys  Num Symm",
           "    SymmID       Attachment  Model     Version  Size (MB)  Devices   Devices", ""]
    for _ in range(R.randint(2, 4)):
        out.append("    0001979%s   Local       PowerMax_%s 10.%d  %d       %d      %d" % (rs(DIG, 5), ch(["2000", "8000", "2500"]), R.randint(0, 2),
                                                                                R.randint(100000, 999999), R.randint(10, 99), R.randint(1000, 9999)))
    return ch(["logs/symcfg-list.txt", "support/solutions-enabler.out"]), "\n".join(out) + "\n"


@neg("dell", "isi_user_view")
def n_isi_view():
    return ch(["logs/isi-user-view.txt", "docs/powerscale/svc-account.txt"]), f"""                    Name: svc_backup
                      DN: CN=svc_backup,CN=Users,DC={host('ps').split('.')[0]},DC=local
              DNS Domain: -
                  Domain: {host('ps').split('.')[0].upper()}
                Provider: lsa-local-provider:System
        Sam Account Name: svc_backup
                     UID: {R.randint(2000, 3000)}
                     SID: S-1-5-21-{R.randint(10 ** 9, 4 * 10 ** 9)}-{R.randint(10 ** 9, 4 * 10 ** 9)}-{R.randint(10 ** 9, 4 * 10 ** 9)}-{R.randint(1000, 2000)}
                 Enabled: Yes
                 Expired: No
                  Locked: No
       Password Last Set: {date()}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00
        Password Expired: No
   Password Expires Next: -
"""


@neg("hpe", "showport")
def n_showport():
    out = ["N:S:P      Mode State ----Node_WWN---- -Port_WWN/HW_Addr- Type Protocol Label Partner FailoverState"]
    for n in range(2):
        for p in range(1, 3):
            out.append("%d:%d:%d target ready %s %s host FC - - none" % (n, R.randint(0, 3), p, "2FF70002AC" + hexs(6).upper(), "2%d%d%d0002AC%s" % (n, 1, p, hexs(6).upper())))
    out.append("-" * 90)
    return ch(["logs/3par-showport.txt", "support/primera/showport.out"]), "\n".join(out) + "\n"


@neg("ibm", "vdisk_uid")
def n_lsvdisk():
    out = ["id:name:IO_group_name:status:mdisk_grp_name:capacity:vdisk_UID"]
    for i in range(R.randint(4, 9)):
        out.append("%d:%s_%02d:io_grp0:online:Pool0:%d.00GB:6005076%s" % (i, ch(["ora", "vmfs", "sql"]), i, ch([100, 500, 1024]), hexs(25).upper()))
    return ch(["logs/lsvdisk.txt", "support/flashsystem/lsvdisk-delim.out"]), "\n".join(out) + "\n"


@neg("hitachi", "ldev_list")
def n_raidcom_get_ldev():
    out = []
    for _ in range(R.randint(2, 4)):
        ldev = R.randint(0, 4000)
        out += ["Serial#  : %s" % rs(DIG, 6), "LDEV : %d" % ldev, "SL : 0", "CL : 0", "VOL_TYPE : OPEN-V-CVS",
                "VOL_Capacity(BLK) : %d" % (R.randint(1, 40) * 2097152), "NUM_PORT : 2",
                "PORTs : CL1-A-%d 0 %s : CL2-A-%d 0 %s" % (R.randint(0, 9), host("esx").split(".")[0], R.randint(0, 9), host("esx").split(".")[0]),
                "LDEV_NAMING : %s" % ch(["ora_data", "vmfs", "quorum"]), "STS : NML", ""]
    return ch(["logs/raidcom-get-ldev.txt", "cci/output/ldevs.txt"]), "\n".join(out)


@neg("truenas", "api_key_listing")
def n_truenas_query():
    recs = [{"id": i + 1, "name": ch(["democratic-csi", "homeassistant", "backup-script", "truecommand", "exporter"]),
             "created_at": {"$date": R.randint(1600000000000, 1750000000000)}, "allowlist": [{"method": "*", "resource": "*"}],
             "key": None, "revoked": False} for i in range(R.randint(2, 4))]
    return ch(["docs/truenas/api_keys.json", "logs/midclt-api_key-query.json"]), json.dumps(recs, indent=2) + "\n"


@neg("synology", "api_info")
def n_syno_info():
    data = {api: {"maxVersion": R.randint(1, 7), "minVersion": 1, "path": p} for api, p in
            [("SYNO.API.Auth", "entry.cgi"), ("SYNO.FileStation.List", "entry.cgi"), ("SYNO.Core.Storage.Volume", "entry.cgi"),
             ("SYNO.Backup.Task", "entry.cgi"), ("SYNO.Core.ISCSI.LUN", "entry.cgi")]}
    return ch(["tests/fixtures/syno_api_info.json", "docs/synology/api-info.json"]), json.dumps({"data": data, "success": True}, indent=2) + "\n"


@neg("kerberos", "klist")
def n_klist():
    realm = ch(["CORP.EXAMPLE.COM", "AD.EXAMPLE.ORG"])
    h = host("nfs").split(".")[0]
    out = ["Keytab name: FILE:/etc/krb5.keytab", "KVNO Timestamp           Principal", "---- ------------------- ------------------------------------------------------"]
    k = R.randint(2, 9)
    for enc in ["aes256-cts-hmac-sha1-96", "aes128-cts-hmac-sha1-96", "aes256-cts-hmac-sha384-192"]:
        out.append("   %d %s 10:%02d:%02d nfs/%s.%s@%s (%s)" % (k, date(), R.randint(0, 59), R.randint(0, 59), h, realm.lower(), realm, enc))
    return ch(["logs/klist-keytab.txt", "docs/nfs/keytab-check.txt"]), "\n".join(out) + "\n"


@neg("kerberos", "krb5_conf")
def n_krb5_conf():
    realm = ch(["CORP.EXAMPLE.COM", "AD.EXAMPLE.ORG"])
    return ch(["etc/krb5.conf", "roles/nfs_client/templates/krb5.conf"]), f"""[libdefaults]
    default_realm = {realm}
    dns_lookup_kdc = true
    rdns = false
    default_keytab_name = FILE:/etc/krb5.keytab
    permitted_enctypes = aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96

[realms]
    {realm} = {{
        kdc = {host('dc')}
        kdc = {host('dc')}
        admin_server = {host('dc')}
    }}

[domain_realm]
    .{realm.lower()} = {realm}
"""


@neg("nfs", "fstab_krb5")
def n_fstab():
    lines = ["# /etc/fstab", "UUID=%s /     xfs defaults 0 0" % uuid4(), "UUID=%s /boot xfs defaults 0 0" % uuid4()]
    for m in ["home", "projects", "scratch"]:
        lines.append("%s:/%s /%s nfs4 sec=krb5p,vers=4.1,_netdev,hard 0 0" % (host("svm"), m, m))
    return ch(["etc/fstab", "roles/nfs_client/files/fstab"]), "\n".join(lines) + "\n"


@neg("grafana", "dashboard_uids")
def n_grafana():
    panels = [{"id": i, "title": t, "type": "timeseries", "datasource": {"type": "prometheus", "uid": rs(ALNUM, 9)},
               "targets": [{"expr": "sum(%s{cluster=~\"$Cluster\"}) by (svm)" % m, "refId": "A"}]}
              for i, (t, m) in enumerate([("Volume IOPS", "volume_total_ops"), ("Latency", "volume_avg_latency"), ("Used %", "volume_size_used_percent")])]
    return ch(["dashboards/ontap-svm.json", "grafana/dashboards/storage.json"]), json.dumps({"uid": rs(ALNUM, 9), "title": "ONTAP: SVM",
                                                                                       "panels": panels, "version": R.randint(1, 40)}, indent=2) + "\n"


@neg("prometheus", "alert_rules")
def n_alerts():
    return ch(["prometheus/rules/storage.yml", "monitoring/alerts/arrays.yml"]), f"""groups:
  - name: storage-arrays
    rules:
      - alert: ArrayCapacityHigh
        expr: purefa_array_space_utilization > 85
        for: 30m
        labels:
          severity: warning
        annotations:
          summary: "FlashArray {{{{ $labels.instance }}}} above 85%"
          runbook: https://wiki.example.com/storage/capacity
      - alert: OntapAggrNearlyFull
        expr: aggr_space_used_percent{{cluster="{host('cl').split('.')[0]}"}} > 90
        for: 15m
        labels:
          severity: critical
          array_serial: "{rs(DIG, 12)}"
"""


@neg("ansible", "vault_ciphertext")
def n_ansible_vault():
    body = hexs(R.randint(400, 700))
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)]
    return ch(["group_vars/storage/vault.yml", "inventories/prod/group_vars/ontap/vault.yml"]), "\n".join(lines) + "\n"


@neg("sops", "sops_ciphertext")
def n_sops():
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(n)), b64(rbytes(32)), b64(rbytes(16)))
    return ch(["deploy/secrets/storage.enc.yaml", "k8s/secrets/trident.sops.yaml"]), f"""ontap:
    username: {enc(7)}
    password: {enc(16)}
pure:
    api_token: {enc(36)}
sops:
    age:
        - recipient: age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
    lastmodified: "{ts()}"
    mac: {enc(32)}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
"""


@neg("kubernetes", "nonsecret_data")
def n_k8s_secret_public():
    return ch(["k8s/powerstore/endpoint-secret.yaml", "deploy/csi/array-info.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: array-endpoint
  annotations:
    note: "credentials are injected by the vault agent; this object only carries connection info"
type: Opaque
data:
  endpoint: {b64(('https://%s/api/rest' % ip()).encode())}
  username: {b64(user().encode())}
  globalID: {b64(('PS' + hexs(12)).encode())}
  skipCertificateValidation: {b64(b'true')}
"""


@neg("netapp", "cert_show")
def n_cert_show():
    return ch(["logs/security-certificate-show.txt", "support/cluster-certs.txt"]), f"""cluster1::> security certificate show -vserver {svm_name()} -type server -instance

                             Name of Vserver: {svm_name()}
                  FQDN or Custom Common Name: {host('svm')}
                Serial Number of Certificate: {hexs(16).upper()}
                       Certificate Authority: {host('ca')}
                         Type of Certificate: server
                  Size of Requested Certificate in Bits: 2048
              Certificate Start Date: {date()}
         Certificate Expiration Date: {date()}
              Public Key Certificate: -----BEGIN CERTIFICATE-----
{b64(rbytes(48))}
(truncated)
                   SHA256 Fingerprint: {':'.join(hexs(2).upper() for _ in range(32))}
"""


@neg("linux", "udev_rules")
def n_udev():
    lines = ['# Oracle ASM disks on the FlashArray, matched by serial']
    for i in range(R.randint(3, 6)):
        lines.append('KERNEL=="dm-*", ENV{DM_UUID}=="mpath-3%s", SYMLINK+="oracleasm/disk%02d", OWNER="grid", GROUP="asmadmin", MODE="0660"' % (naa_pure()[4:], i + 1))
    return ch(["etc/udev/rules.d/99-oracle-asm.rules", "roles/oracle_asm/files/99-asm.rules"]), "\n".join(lines) + "\n"


@neg("terraform", "sensitive_vars")
def n_tf_vars():
    return ch(["terraform/storage/variables.tf", "infra/ontap/variables.tf"]), """variable "ontap_hostname" {
  type        = string
  description = "Cluster management LIF"
}

variable "ontap_username" {
  type    = string
  default = "admin"
}

variable "ontap_password" {
  type        = string
  sensitive   = true
  description = "Set via TF_VAR_ontap_password or the CI secret store"
}

variable "purefa_api_token" {
  type      = string
  sensitive = true
}
"""


@neg("netapp", "asup_payload")
def n_asup():
    return ch(["docs/harvest/asup-example.json", "tests/fixtures/asup_payload.json"]), json.dumps({
        "Target": {"Version": "9.%d.1" % R.randint(10, 15), "Model": "cdot", "Serial": "1-80-%06d" % R.randint(0, 999999),
                   "ClusterUuid": uuid4()},
        "Harvest": {"HostHash": hexs(40), "UUID": hexs(40), "Version": "24.%02d.0" % R.randint(1, 11), "NumClusters": R.randint(1, 9)},
        "Nodes": {"Count": 2, "Uuids": [uuid4(), uuid4()]}}, indent=2) + "\n"


@neg("purestorage", "array_list")
def n_purearray():
    return ch(["logs/purearray-list.txt", "support/fa-info.txt"]), f"""Name                ID                                    OS          Version
{host('fa').split('.')[0]:<19} {pure_uuid()}  Purity//FA  6.{R.randint(1, 7)}.{R.randint(0, 12)}
Controller  Model      Version  Status  Serial
CT0         FA-X70R{R.randint(2, 4)}   6.{R.randint(1, 7)}.{R.randint(0, 12)}    ready   PCHFS{rs(DIG + UPPER, 8)}
CT1         FA-X70R{R.randint(2, 4)}   6.{R.randint(1, 7)}.{R.randint(0, 12)}    ready   PCHFS{rs(DIG + UPPER, 8)}
"""


@neg("kerberos", "keytab_runbook")
def n_keytab_md():
    return ch(["docs/runbooks/keytab-rotation.md", "docs/nfs/kerberos.md"]), f"""# Rotating the NFS service keytab

The keytab is **never** stored in git. It is generated by the AD team and
uploaded to Vault at `kv/storage/nfs/{host('nfs').split('.')[0]}` as `keytab_b64`.

Current state:

| Principal | KVNO | SHA-256 of keytab file |
|---|---|---|
| nfs/{host('nfs')} | {R.randint(2, 9)} | `{hexs(64)}` |

Deploy with:

```sh
vault kv get -field=keytab_b64 kv/storage/nfs/$(hostname -s) | base64 -d > /etc/krb5.keytab
```
"""


@neg("docker", "image_digest")
def n_dockerfile():
    return ch(["exporters/ontap/Dockerfile", "docker/harvest/Dockerfile"]), f"""FROM golang:1.22@sha256:{hexs(64)} AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/exporter ./cmd/exporter

FROM gcr.io/distroless/static@sha256:{hexs(64)}
COPY --from=build /out/exporter /exporter
ENV ONTAP_PASSWORD_FILE=/run/secrets/ontap_password
USER 65532:65532
ENTRYPOINT ["/exporter"]
"""


@neg("generic", "vault_ref_csv")
def n_csv_refs():
    rows = ["array,mgmt,credential_ref,serial"]
    for _ in range(R.randint(4, 8)):
        a = host("sa").split(".")[0]
        rows.append("%s,%s,vault:kv/storage/%s#%s,%s" % (a, ip(), a, ch(["password", "api_token"]), rs(UPPER + DIG, 14)))
    return ch(["inventory/arrays-credrefs.csv", "data/storage_credentials_index.csv"]), "\n".join(rows) + "\n"


@neg("purestorage", "pure_json_placeholder")
def n_pure_json_ph():
    return ch(["docs/portworx/pure.json.sample", "examples/pure.json.example"]), json.dumps({"FlashArrays": [
        {"MgmtEndPoint": "<management-endpoint-of-first-fa>", "APIToken": "<first-fa-api-token>"}],
        "FlashBlades": [{"MgmtEndPoint": "<management-endpoint-of-first-fb>", "APIToken": "<api-token-of-first-fb>",
                         "NFSEndPoint": "<nfs-endpoints-of-first-fb>"}]}, indent=2) + "\n"


@neg("generic", "env_example")
def n_env_example():
    return ch([".env.example", ".env.sample", "deploy/.env.example"]), f"""# Copy to .env and fill in
ONTAP_HOST={host('cl')}
ONTAP_USERNAME=admin
ONTAP_PASSWORD=
PUREFA_URL={host('fa')}
PUREFA_API_TOKEN=<your-api-token>
TRUENAS_API_KEY=<key from Credentials > API Keys>
CHAP_SECRET=   # 12-16 characters
"""


@neg("windows", "chap_username_only")
def n_win_iscsi():
    return ch(["scripts/Set-IscsiChap.ps1", "ps/iscsi/Configure-Chap.ps1"]), f"""param([string]$Portal = '{ip()}')
$secret = Read-Host -AsSecureString -Prompt 'CHAP secret (12-16 chars)'
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($secret))
Connect-IscsiTarget -NodeAddress '{iqn_target()}' -TargetPortalAddress $Portal `
    -AuthenticationType ONEWAYCHAP -ChapUsername $env:COMPUTERNAME -ChapSecret $plain -IsPersistent $true
Get-InitiatorPort | Select-Object NodeAddress   # e.g. {iqn_host()}
"""


@neg("netapp", "exports_policy")
def n_exports():
    return ch(["playbooks/ontap_export_policy.yml", "ansible/ontap/exports.yml"]), f"""- name: Export policy rules for krb5p clients
  netapp.ontap.na_ontap_export_policy_rule:
    state: present
    name: {ch(['krb5-clients', 'k8s-nodes'])}
    vserver: {svm_name()}
    client_match: {ip()}/24
    ro_rule: krb5p
    rw_rule: krb5p
    super_user_security: none
    hostname: "{{{{ netapp_hostname }}}}"
    username: "{{{{ netapp_username }}}}"
    password: "{{{{ netapp_password }}}}"
    https: true
    validate_certs: false
"""


@neg("hpe", "nimble_log")
def n_nimble_log():
    out = []
    for _ in range(R.randint(6, 12)):
        out.append("%s %s INFO  [vol] created volume=%s serial=%s size=%dGiB ctrl=%s" % (date(), "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                                                                              ch(["sql", "exch", "vdi"]) + str(R.randint(1, 9)), hexs(32), R.randint(10, 2000), ch(["A", "B"])))
    out.append("%s 03:00:01 INFO  [auth] session opened user=admin from %s request_id=%s" % (date(), ip(), uuid4()))
    return ch(["logs/nimble-events.log", "support/nimble/array.log"]), "\n".join(out) + "\n"


# ================================================================ driver
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base in ("authorized_keys", "SHA256SUMS", "wwids", "fstab", "hosts"):
        return "text"
    if base == "initiatorname.iscsi":
        return "conf"
    if "." not in base:
        return "text"
    ext = base.rsplit(".", 1)[-1]
    return {"yml": "yml", "yaml": "yaml", "cfg": "ini", "conf": "conf", "default": "conf", "sample": "json", "example": "json",
            "sha256": "text", "txt": "log", "out": "log", "crt": "pem", "pub": "text", "rules": "rules"}.get(ext, ext)


def safe_neg_path(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") and base not in ENV_OK:
        return path[: len(path) - len(base)] + ".env.example"
    return path


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ls.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []

    order = list(range(len(POS)))
    R.shuffle(order)
    for i in range(500):
        f, provider, kind, lang, var = POS[order[i % len(order)]]
        value, needle = GEN[kind]()
        rel, text = f(value)
        pos_at = text.find(needle)
        assert needle and pos_at >= 0, (f.__name__, needle)
        line = text.count("\n", 0, pos_at) + 1
        assert needle in text.split("\n")[line - 1], (f.__name__, line)
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": provider, "kind": KIND_LABEL[kind], "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": needle, "line": line})

    jobs = []
    order = list(range(len(POS)))
    R.shuffle(order)
    for i in range(250):
        jobs.append(("reuse", order[i % len(order)]))
    order = list(range(len(NEG)))
    R.shuffle(order)
    for i in range(250):
        jobs.append(("alike", order[i % len(order)]))
    R.shuffle(jobs)
    for i, (mode, idx) in enumerate(jobs):
        if mode == "reuse":
            f, provider, kind, lang, var = POS[idx]
            rel, text = f(neg_value(kind, lang, var))
            kname = "placeholder_" + KIND_LABEL[kind]
        else:
            f, provider, kname = NEG[idx]
            rel, text = f()
        rel = safe_neg_path(rel)
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kname, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
