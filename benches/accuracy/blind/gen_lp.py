#!/usr/bin/env python3
"""Blind evaluation-set generator: virtualization platforms and their automation.

EMPHASIS
    Credentials that leak from virtualization / private-cloud automation:
    VMware vSphere / vCenter / ESXi (govc env + URLs with user:pass@, PowerCLI
    Connect-VIServer -Password, Terraform vsphere provider, Packer vsphere-iso,
    Ansible community.vmware / vmware.vmware_rest vars, ESXi kickstart rootpw,
    pyvmomi, govmomi, rbvmomi, vSphere CSI config), Proxmox VE (API tokens
    PVEAPIToken=user@realm!tokenid=<uuid>, Telmate and bpg Terraform providers,
    proxmoxer, Packer proxmox-iso, go-proxmox, dashboards), OpenStack
    (clouds.yaml, openrc, application credentials, keystone_authtoken, kolla
    passwords.yml, openstacksdk, keystoneauth, gophercloud), oVirt/RHV (ovirt_auth,
    ovirtsdk4, engine-setup answer files), Nutanix (Prism Central, Terraform,
    Ansible), XCP-ng / Xen Orchestra (xo-cli tokens, authenticationToken cookie,
    Terraform xenorchestra), Hyper-V (PowerShell credentials, Packer hyperv-iso),
    libvirt (SASL auth.conf, VNC passwd in domain XML, virsh secret-set-value with
    Ceph keys and LUKS passphrases, ssh keys for qemu+ssh), Incus/LXD (trust
    passwords, trust tokens, client private keys), KubeVirt / Harvester (cloud-init
    passwords in VM specs), Vagrant (vagrant-vsphere, ssh/winrm passwords),
    VirtualBox (VBoxManage unattended --password).
    Kinds: password, api_token_secret, app_credential_secret, session_token,
    ceph_secret, libvirt_secret, vnc_password, private_key, trust_token,
    trust_password, cloud_init_password.
    File types: HCL (.tf, .tfvars, .pkr.hcl), YAML (Ansible, clouds.yaml,
    cloud-init, Kubernetes), JSON, PowerShell, shell, Python, Go, Ruby
    (Vagrantfile, .rb), INI/conf, XML (libvirt), Markdown, kickstart (.cfg/.ks),
    PEM key files, CSV, logs, SQL, text command output.

USAGE
    python3 -B gen_lp.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive: file, needle, 1-based line). All randomness comes from one
    random.Random(SEED); the output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value alone, exactly as written in the file,
      without quotes, key names or surrounding syntax.
    * URLs with credentials (https://user:PASS@vcenter/sdk): the needle is the
      password part only. xo-cli URLs (https://TOKEN@xo/): the token.
    * Proxmox tokens (PVEAPIToken=root@pam!ci=UUID, api_token = "id=UUID"): the
      needle is the UUID secret only; the token id (user@realm!name) is public.
    * Headers/cookies (Cookie: authenticationToken=T): the needle is T.
    * libvirt secret values (virsh secret-set-value ... BASE64): the base64 value
      as written (a Ceph key "AQ...==" or base64 of a LUKS passphrase).
    * Incus trust tokens: the whole base64 token.
    * Multi-line PEM / OpenSSH private keys: the needle is the BEGIN line
      (e.g. "-----BEGIN EC PRIVATE KEY-----") and `line` is the line of that
      marker; when the key is embedded in one JSON string with \\n escapes the
      needle is still the BEGIN marker text, found on that single line.
    * One credential per positive (it may appear once; line = first occurrence).

NEGATIVES
    Half re-use the positive templates with the secret slot holding something
    that is not a secret: placeholders (<vcenter-password>, YOUR_PASSWORD_HERE,
    changeme, xxxx...), empty values, masked values (********, [REDACTED]),
    environment / secret-manager references (${VAR}, {{ vault_x }},
    $env:X, op://..., vault paths), documented example values (the XCP-ng doc
    token, the Nectar doc application-credential secret, the Terraform doc
    "supersecret", libvirt's "open sesame" base64, Vagrant's public insecure
    "vagrant" password, Ansible community.proxmox "a-strong-password" and the
    xxxxxxxx-xxxx-... token form), and PEM blocks whose body is elided.
    The other half are look-alikes: VM/BIOS/instance UUIDs, MoRef ids (vm-1234,
    datastore-12), MAC addresses, Proxmox token ids without secret
    (root@pam!terraform), OpenStack project / application-credential ids, image
    checksums (sha256/sha512/md5), SSH host key fingerprints, vCenter / ESXi
    certificate thumbprints, libvirt secret UUIDs, Ceph fsids, hashed kickstart
    and cloud-init passwords ($6$...), public certificates and ssh public keys,
    OVF manifests, inventories, logs and command output. No negative is written
    to a .env / .env.* file.

FORMATS CHECKED
    * Proxmox VE: token "USER@REALM!TOKENID=SECRET", secret is a UUID generated
      by Proxmox; header "Authorization: PVEAPIToken=..." (pve-docs pveum,
      community.proxmox guide: api_token_id / api_token_secret).
    * Xen Orchestra: xo-cli README (register --token <token> <url>, URL form
      https://token@xo.company.net/); XCP-ng docs REST API cookie
      authenticationToken=<43-char base64url> (32 random bytes).
    * OpenStack: clouds.yaml auth_type v3applicationcredential with
      application_credential_id / application_credential_secret; openrc
      OS_APPLICATION_CREDENTIAL_*; keystoneauth1 ApplicationCredential signature;
      app-cred ids are 32 hex chars.
    * libvirt: secret XML (uuid = the secret's name, usage type ceph/volume),
      virsh secret-set-value with base64 values ("open sesame" doc example).
    * Ceph: keys are base64 of a 28-byte struct (type=1, created, len=16, 16
      random bytes) -> 40 chars beginning "AQ" and ending "==" (ceph-authtool).
    * Incus: config trust add issues a trust token; client certs/keys.
    * Terraform openstack_identity_application_credential_v3 doc ("supersecret").

DOUBTS
    * Keystone-generated application credential secrets: I used 86 base64url chars
      (64 random bytes, padding stripped) from memory of keystone's generator;
      one doc page showed a 39-char secret, so the length may vary by version.
    * Incus trust token: assumed base64 of a JSON object with client_name,
      fingerprint, addresses, secret (64 hex) and expires_at; not confirmed.
    * Incus/LXD client keys: assumed ECDSA P-384 SEC1 "EC PRIVATE KEY" PEM; the
      DER structure is well formed but the point is random (not on the curve).
    * OpenSSH ed25519 keys are structurally valid but the public half does not
      correspond to the private seed.
    * Terraform provider argument names for xenorchestra (token), lxd (remote
      password) and harvester were written from memory.
    * Packer proxmox-iso "token" argument and go-proxmox WithAPIToken written
      from memory of their READMEs.
"""
import base64
import json
import os
import re
import string
import struct
import sys

import random

# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------
WORDS = ["granite", "harbor", "falcon", "meadow", "copper", "lantern", "orbit",
         "willow", "summit", "cobalt", "ember", "glacier", "prairie", "quartz",
         "rocket", "saffron", "timber", "velvet", "walnut", "zephyr", "maple",
         "canyon", "delta", "fjord", "island", "jungle", "kettle", "lotus"]
SITES = ["ams1", "fra2", "lon1", "dc1", "dc2", "nyc3", "sjc1", "par1", "waw1",
         "lab", "hq", "edge01", "colo", "bru1", "osl1"]
ORGS = ["acme", "contoso", "initech", "globex", "umbrella", "hooli", "vandelay",
        "stark", "wayne", "tyrell", "cyberdyne", "nakatomi"]
TLDS = ["local", "internal", "lan", "corp", "example.net", "lab"]
VMNAMES = ["web", "db", "k8s-node", "gitlab-runner", "jump", "ci-agent", "mon",
           "dns", "ldap", "proxy", "backup", "build", "elastic", "redis", "pg"]
OSIMG = ["ubuntu-22.04", "ubuntu-24.04", "debian-12", "rocky-9", "alma-9",
         "centos-stream-9", "windows-2022", "photon-5", "fedora-40"]
SYM = "!*-_.+=^~@"
URLSYM = "-_.~!*"
ALNUM = string.ascii_letters + string.digits
B64URL = string.ascii_letters + string.digits + "-_"


class G:
    """Random helpers; every random draw goes through self.R."""

    def __init__(self, seed):
        self.R = random.Random(seed)

    # -- generic ----------------------------------------------------------
    def ch(self, seq):
        return self.R.choice(seq)

    def ri(self, a, b):
        return self.R.randint(a, b)

    def hexs(self, n):
        return "".join(self.R.choice("0123456789abcdef") for _ in range(n))

    def rbytes(self, n):
        return bytes(self.R.getrandbits(8) for _ in range(n))

    def uuid4(self):
        h = list(self.hexs(32))
        h[12] = "4"
        h[16] = self.R.choice("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def uuid_any(self):
        h = self.hexs(32)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def mac(self, prefix=None):
        if prefix is None:
            prefix = self.ch(["00:50:56", "52:54:00", "bc:24:11", "00:15:5d",
                              "08:00:27", "fa:16:3e"])
        return prefix + ":" + ":".join(self.hexs(2) for _ in range(3))

    def ip(self, net=None):
        if net is None:
            net = self.ch(["10.%d.%d" % (self.ri(0, 60), self.ri(0, 254)),
                           "192.168.%d" % self.ri(0, 254),
                           "172.%d.%d" % (self.ri(16, 31), self.ri(0, 254))])
        return "%s.%d" % (net, self.ri(2, 250))

    def dom(self):
        return "%s.%s" % (self.ch(ORGS), self.ch(TLDS))

    def host(self, role):
        return "%s%02d.%s.%s" % (role, self.ri(1, 4), self.ch(SITES), self.dom())

    def vmname(self):
        return "%s-%s-%02d" % (self.ch(VMNAMES), self.ch(SITES), self.ri(1, 30))

    def word(self):
        return self.ch(WORDS)

    def user(self):
        return self.ch(["svc-terraform", "svc-packer", "automation", "ansible",
                        "svc-govc", "ci-deploy", "vmadmin", "svc-backup",
                        "infra-bot", "provisioner"])

    def sha1thumb(self):
        return ":".join(self.hexs(2).upper() for _ in range(20))

    def sha256thumb(self):
        return ":".join(self.hexs(2).upper() for _ in range(32))

    def sshfp(self):
        return "SHA256:" + base64.b64encode(self.rbytes(32)).decode().rstrip("=")

    def date(self):
        return "20%02d-%02d-%02d" % (self.ri(21, 25), self.ri(1, 12), self.ri(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.ri(0, 23), self.ri(0, 59), self.ri(0, 59))

    # -- secrets ------------------------------------------------------------
    def password(self, urlsafe=False, style=None):
        R = self.R
        syms = URLSYM if urlsafe else SYM
        if style is None:
            style = R.choice(["rand", "rand", "rand", "words"])
        if style == "words":
            parts = [w.capitalize() for w in R.sample(WORDS, R.randint(2, 3))]
            return R.choice("-_.").join(parts) + str(R.randint(10, 9999)) + R.choice(syms)
        n = R.randint(14, 28)
        while True:
            body = "".join(R.choice(ALNUM + syms + syms) for _ in range(n - 1))
            s = R.choice(string.ascii_letters) + body
            if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                    and any(c.islower() for c in s) and any(c in syms for c in s)):
                return s

    def vnc_password(self):
        return "".join(self.R.choice(ALNUM) for _ in range(8))

    def pve_secret(self):
        return self.uuid4()

    def xo_token(self):
        return base64.urlsafe_b64encode(self.rbytes(32)).decode().rstrip("=")

    def appcred_secret(self):
        return base64.urlsafe_b64encode(self.rbytes(64)).decode().rstrip("=")

    def ceph_key(self):
        raw = struct.pack("<HIIH", 1, self.ri(1500000000, 1760000000),
                          self.ri(0, 999999999), 16) + self.rbytes(16)
        return base64.b64encode(raw).decode()

    def luks_b64(self):
        return base64.b64encode(self.password(style="rand").encode()).decode()

    def trust_token(self):
        d = {"client_name": self.ch(["ci-runner", "laptop", "terraform", "backup-node"]),
             "fingerprint": self.hexs(64),
             "addresses": ["%s:8443" % self.ip()],
             "secret": self.hexs(64),
             "expires_at": "0001-01-01T00:00:00Z"}
        return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()

    def ec_key_pem(self):
        x = self.rbytes(48)
        pub = self.rbytes(96)
        der = (b"\x30\x81\xa4\x02\x01\x01\x04\x30" + x +
               b"\xa0\x07\x06\x05\x2b\x81\x04\x00\x22" +
               b"\xa1\x64\x03\x62\x00\x04" + pub)
        b = base64.b64encode(der).decode()
        lines = [b[i:i + 64] for i in range(0, len(b), 64)]
        return "\n".join(["-----BEGIN EC PRIVATE KEY-----"] + lines +
                         ["-----END EC PRIVATE KEY-----"])

    def ssh_key_pem(self, comment):
        def s(x):
            if isinstance(x, str):
                x = x.encode()
            return struct.pack(">I", len(x)) + x
        pub = self.rbytes(32)
        seed = self.rbytes(32)
        pubblob = s("ssh-ed25519") + s(pub)
        chk = self.rbytes(4)
        priv = chk + chk + s("ssh-ed25519") + s(pub) + s(seed + pub) + s(comment)
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + s("none") + s("none") + s(b"") +
                struct.pack(">I", 1) + s(pubblob) + s(priv))
        b = base64.b64encode(blob).decode()
        lines = [b[i:i + 70] for i in range(0, len(b), 70)]
        return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + lines +
                         ["-----END OPENSSH PRIVATE KEY-----"])

    def pub_cert_pem(self):
        n = self.ri(480, 620)
        der = b"\x30\x82" + struct.pack(">H", n) + b"\x30\x82" + struct.pack(">H", n - 90) + self.rbytes(n - 4)
        b = base64.b64encode(der).decode()
        lines = [b[i:i + 64] for i in range(0, len(b), 64)]
        return "\n".join(["-----BEGIN CERTIFICATE-----"] + lines + ["-----END CERTIFICATE-----"])

    def ssh_pub(self, comment="ansible@ctrl"):
        blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + self.rbytes(32)
        return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment

    def sha512crypt(self):
        salt = "".join(self.R.choice(ALNUM + "./") for _ in range(16))
        h = "".join(self.R.choice(ALNUM + "./") for _ in range(86))
        return "$6$%s$%s" % (salt, h)


def SECRET(g, kind, ctx=None):
    """Return (value, needle) for a positive of the given kind."""
    if kind in ("password", "cloud_init_password", "trust_password"):
        v = g.password(urlsafe=(ctx == "url"))
    elif kind == "vnc_password":
        v = g.vnc_password()
    elif kind == "api_token_secret":
        v = g.pve_secret()
    elif kind == "session_token":
        v = g.xo_token()
    elif kind == "app_credential_secret":
        v = g.appcred_secret()
    elif kind == "ceph_secret":
        v = g.ceph_key()
    elif kind == "libvirt_secret":
        v = g.luks_b64()
    elif kind == "trust_token":
        v = g.trust_token()
    elif kind == "private_key_ec":
        v = g.ec_key_pem()
        return v, v.split("\n")[0]
    elif kind == "private_key_ssh":
        v = g.ssh_key_pem(g.ch(["libvirt@ctrl01", "ansible@bastion", "root@kvm-mgmt"]))
        return v, v.split("\n")[0]
    else:
        raise ValueError(kind)
    return v, v


# ---------------------------------------------------------------------------
# negative fillers for the secret slot
# ---------------------------------------------------------------------------
PLACEHOLDERS = ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "CHANGE_ME",
                "xxxxxxxxxxxx", "REPLACE_ME", "<password>", "TODO-set-me",
                "your-password-here", "<redacted>", "PASSWORD"]
MASKED = ["********", "[REDACTED]", "****************", "<hidden>", "***"]
REFS = {
    "hcl": ["${var.vsphere_password}", "${var.pm_password}", "${local.creds.password}",
            "${var.admin_secret}"],
    "yaml": ["{{ vault_vcenter_password }}", "{{ lookup('env', 'VMWARE_PASSWORD') }}",
             "{{ proxmox_token_secret }}", "{{ vault_os_password }}",
             "${CLOUD_PASSWORD}"],
    "sh": ["${GOVC_PASSWORD}", "$(pass show infra/vcenter)", "${OS_PASSWORD:?}",
           "$(vault kv get -field=secret secret/proxmox)", "$VM_ADMIN_PASSWORD"],
    "ps1": ["$env:VC_PASSWORD", "$($env:HYPERV_ADMIN_PASSWORD)"],
    "json": ["${VCENTER_PASSWORD}", "{{ .Env.ADMIN_PASSWORD }}", "{{user `password`}}"],
    "ini": ["${OS_PASSWORD}", "${SERVICE_PASSWORD}"],
    "xml": ["${VNC_PASSWORD}"],
    "md": ["<token-secret>", "${PVE_TOKEN_SECRET}"],
    "py": [], "go": [], "rb": [], "cfg": [], "pem": [],
}
COMMON_REFS = ["op://Infrastructure/vcenter-admin/password",
               "vault:secret/data/virt/admin#password",
               "secretsmanager:prod/hypervisor/admin"]
DOC_EXAMPLES = {
    "session_token": ["TN2YBOMYtXB_hHtf4wTzm9p5tTuqq2i15yeuhcz2xXM"],
    "app_credential_secret": ["ErqiQo4wvf0CxajMkPd66cKmVVoZ93KogQDwBYJ", "supersecret"],
    "api_token_secret": ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                         "00000000-0000-0000-0000-000000000000",
                         "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"],
    "libvirt_secret": ["b3BlbiBzZXNhbWU="],
    "password": ["vagrant", "a-strong-password", "password123"],
    "cloud_init_password": ["ubuntu", "passw0rd"],
    "vnc_password": ["changeme"],
    "ceph_secret": ["<ceph-client-key>", "$(ceph auth get-key client.libvirt)"],
    "trust_token": ["<trust-token>"],
    "trust_password": ["<trust-password>"],
}
PEM_FILLERS = [
    "-----BEGIN EC PRIVATE KEY-----\n...\n-----END EC PRIVATE KEY-----",
    "<contents of client.key>",
    "# paste the private key here (never commit it)",
    "-----BEGIN OPENSSH PRIVATE KEY-----\n<redacted>\n-----END OPENSSH PRIVATE KEY-----",
]


REFNAME = {"password": "admin_password", "api_token_secret": "pve_token_secret",
           "app_credential_secret": "os_app_cred_secret", "session_token": "xo_token",
           "ceph_secret": "ceph_client_key", "libvirt_secret": "luks_passphrase",
           "vnc_password": "vnc_password", "trust_token": "incus_trust_token",
           "trust_password": "lxd_trust_password", "cloud_init_password": "guest_password"}


def FILLER(g, kind, lang):
    """Return (value, subkind) for a negative re-using a positive template."""
    if kind.startswith("private_key"):
        return g.ch(PEM_FILLERS), "pem_placeholder"
    r = g.R.random()
    if r < 0.30:
        v = g.ch(PLACEHOLDERS)
        if kind == "api_token_secret" and g.R.random() < 0.5:
            v = "<token-uuid>"
        return v, "placeholder"
    if r < 0.40:
        return "", "empty"
    if r < 0.52:
        return g.ch(MASKED), "masked"
    if r < 0.78:
        name = REFNAME.get(kind, "admin_password")
        up = name.upper()
        own = {"hcl": ["${var.%s}" % name, "${local.%s}" % name],
               "yaml": ["{{ vault_%s }}" % name, "{{ lookup('env', '%s') }}" % up],
               "sh": ["${%s}" % up, "${%s:?missing}" % up],
               "ps1": ["$env:%s" % up],
               "json": ["${%s}" % up],
               "ini": ["${%s}" % up],
               "md": ["<%s>" % name, "$%s" % up]}.get(lang, [])
        refs = own + own + REFS.get(lang, []) + COMMON_REFS
        return g.ch(refs), "reference"
    ex = DOC_EXAMPLES.get(kind) or PLACEHOLDERS
    return g.ch(ex), "doc_example"


SAFE_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@!^~+=/-]*\Z")


def yq(g, v):
    """YAML scalar: plain when safe (sometimes quoted anyway), else double-quoted."""
    if v and SAFE_PLAIN.match(v) and g.R.random() < 0.6:
        return v
    return '"%s"' % v


def ind(text, n):
    pad = " " * n
    return "\n".join(pad + l if l else l for l in text.split("\n"))


POS = []   # (fn, provider, kind, lang, neg_ok, ctx)
NEG = []   # (fn, provider, kind)


def P(provider, kind, lang, neg_ok=True, ctx=None):
    def deco(fn):
        POS.append((fn, provider, kind, lang, neg_ok, ctx))
        return fn
    return deco


def N(provider, kind):
    def deco(fn):
        NEG.append((fn, provider, kind))
        return fn
    return deco

_TOK = re.compile(r"@([A-Z][A-Z0-9_]*)@")


def sub(text, **kw):
    return _TOK.sub(lambda m: kw[m.group(1)], text)


# ===========================================================================
# POSITIVE TEMPLATES (also reused, with fillers, for half of the negatives)
# ===========================================================================
# ---- VMware vSphere / vCenter / ESXi ---------------------------------------
@P("vmware", "password", "sh")
def t_govc_env(g, v):
    vc = g.host("vcsa")
    path = g.ch(["scripts/govc-env.sh", "tools/vsphere/env.sh", "ops/govc.sh"])
    return path, sub("""#!/usr/bin/env bash
# Source me before running govc against the @SITE@ vCenter.
set -euo pipefail

export GOVC_URL="https://@VC@/sdk"
export GOVC_USERNAME="@USER@@vsphere.local"
export GOVC_PASSWORD='@V@'
export GOVC_INSECURE=1
export GOVC_DATACENTER="@DC@"
export GOVC_DATASTORE="vsanDatastore"
export GOVC_NETWORK="VM Network"

govc about
""", SITE=g.ch(SITES), VC=vc, USER=g.user(), V=v, DC="DC-" + g.ch(SITES).upper())


@P("vmware", "password", "sh", ctx="url")
def t_govc_url(g, v):
    vc = g.host("vc")
    vm = g.vmname()
    return g.ch(["scripts/snapshot-before-patch.sh", "bin/vm-snapshot.sh"]), sub("""#!/bin/sh
# Take a quiesced snapshot before monthly patching.
GOVC_URL='https://@USER@:@V@@@VC@/sdk'
export GOVC_URL GOVC_INSECURE=true

VM="${1:-@VM@}"
govc snapshot.create -vm "$VM" -m=false -q=true "pre-patch-$(date +%Y%m%d)"
govc snapshot.tree -vm "$VM" -D -i
""", USER=g.user(), V=v, VC=vc, VM=vm)


@P("vmware", "password", "yaml", ctx="url")
def t_govc_workflow(g, v):
    vc = g.host("vcenter")
    return ".github/workflows/" + g.ch(["template-build.yml", "nightly-vm-cleanup.yml"]), sub("""name: nightly-vm-cleanup

on:
  schedule:
    - cron: "17 2 * * *"
  workflow_dispatch: {}

jobs:
  cleanup:
    runs-on: [self-hosted, vsphere]
    env:
      GOVC_URL: https://@USER@%40vsphere.local:@V@@@VC@/sdk
      GOVC_INSECURE: "1"
      GOVC_DATACENTER: @DC@
    steps:
      - uses: actions/checkout@v4
      - name: Install govc
        run: curl -sL https://github.com/vmware/govmomi/releases/latest/download/govc_Linux_x86_64.tar.gz | tar -xz -C /usr/local/bin govc
      - name: Remove expired CI VMs
        run: ./scripts/cleanup-ci-vms.sh --older-than 24h
""", USER=g.user(), V=v, VC=vc, DC="DC-" + g.ch(SITES).upper())


@P("vmware", "password", "ps1")
def t_powercli_connect(g, v):
    vc = g.host("vcsa")
    return g.ch(["scripts/Get-VMReport.ps1", "powershell/Export-Inventory.ps1"]), sub("""#Requires -Modules VMware.PowerCLI
<#
.SYNOPSIS
    Exports a VM inventory report (CPU, memory, datastore usage) to CSV.
#>
param(
    [string]$OutFile = ".\\vm-report-$(Get-Date -Format yyyyMMdd).csv"
)

Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false | Out-Null
Connect-VIServer -Server @VC@ -User '@USER@@vsphere.local' -Password '@V@' | Out-Null

Get-VM | Select-Object Name, PowerState, NumCpu, MemoryGB,
    @{N='Datastore';E={(Get-Datastore -VM $_).Name -join ','}},
    @{N='UsedGB';E={[math]::Round($_.UsedSpaceGB,1)}} |
    Export-Csv -Path $OutFile -NoTypeInformation

Disconnect-VIServer -Server * -Confirm:$false
""", VC=vc, USER=g.user(), V=v)


@P("vmware", "password", "ps1")
def t_powercli_cred(g, v):
    vc = g.host("vc")
    var = g.ch(["$pw", "$plain", "$s", "$secretText"])
    return g.ch(["deploy/New-LabVM.ps1", "scripts/clone-template.ps1"]), sub("""$ErrorActionPreference = 'Stop'
Import-Module VMware.VimAutomation.Core

@VAR@ = ConvertTo-SecureString '@V@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('@DOM@\\@USER@', @VAR@)
Connect-VIServer -Server @VC@ -Credential $cred

$template = Get-Template -Name '@IMG@-tmpl'
$spec = Get-OSCustomizationSpec -Name 'linux-dhcp'
New-VM -Name '@VM@' -Template $template -OSCustomizationSpec $spec `
       -VMHost (Get-Cluster 'Compute-01' | Get-VMHost | Get-Random) `
       -Datastore 'vsanDatastore' | Start-VM
""", VAR=var, V=v, DOM=g.ch(ORGS).upper(), USER=g.user(), VC=vc, IMG=g.ch(OSIMG), VM=g.vmname())


@P("vmware", "password", "hcl")
def t_tf_vsphere_provider(g, v):
    return g.ch(["terraform/vsphere/providers.tf", "infra/vsphere/main.tf", "providers.tf"]), sub("""terraform {
  required_providers {
    vsphere = {
      source  = "hashicorp/vsphere"
      version = "~> 2.6"
    }
  }
}

provider "vsphere" {
  user                 = "@USER@@vsphere.local"
  password             = "@V@"
  vsphere_server       = "@VC@"
  allow_unverified_ssl = true
}

data "vsphere_datacenter" "dc" {
  name = "@DC@"
}

data "vsphere_compute_cluster" "cluster" {
  name          = "Cluster-01"
  datacenter_id = data.vsphere_datacenter.dc.id
}
""", USER=g.user(), V=v, VC=g.host("vcsa"), DC="DC-" + g.ch(SITES).upper())


@P("vmware", "password", "hcl")
def t_tfvars_vsphere(g, v):
    return g.ch(["terraform/envs/prod/terraform.tfvars", "envs/lab.tfvars", "vsphere.auto.tfvars"]), sub("""vsphere_server     = "@VC@"
vsphere_user       = "@USER@@vsphere.local"
vsphere_password   = "@V@"
datacenter         = "@DC@"
cluster            = "Cluster-@N@"
datastore          = "ds-nvme-@N@"
network            = "VLAN@VLAN@-Servers"
template_name      = "@IMG@-template"
vm_count           = @CNT@
vm_cpus            = 4
vm_memory_mb       = 8192
""", VC=g.host("vcsa"), USER=g.user(), V=v, DC="DC-" + g.ch(SITES).upper(), N="%02d" % g.ri(1, 9),
           VLAN=str(g.ri(100, 400)), IMG=g.ch(OSIMG), CNT=str(g.ri(1, 6)))


@P("vmware", "password", "hcl")
def t_packer_vsphere_vc(g, v):
    img = g.ch(OSIMG)
    return "packer/%s/%s.pkr.hcl" % (img, img), sub("""packer {
  required_plugins {
    vsphere = {
      version = ">= 1.2.0"
      source  = "github.com/hashicorp/vsphere"
    }
  }
}

source "vsphere-iso" "@NAME@" {
  vcenter_server      = "@VC@"
  username            = "@USER@@vsphere.local"
  password            = "@V@"
  insecure_connection = true

  datacenter = "@DC@"
  cluster    = "Cluster-01"
  datastore  = "vsanDatastore"
  folder     = "Templates"

  vm_name              = "@NAME@-{{timestamp}}"
  guest_os_type        = "otherLinux64Guest"
  CPUs                 = 2
  RAM                  = 4096
  disk_controller_type = ["pvscsi"]
  storage {
    disk_size             = 40960
    disk_thin_provisioned = true
  }
  network_adapters {
    network      = "VM Network"
    network_card = "vmxnet3"
  }
  iso_paths    = ["[iso-library] linux/@NAME@.iso"]
  ssh_username = "packer"
  ssh_timeout  = "30m"
  convert_to_template = true
}

build {
  sources = ["source.vsphere-iso.@NAME@"]
}
""", NAME=img.replace(".", ""), VC=g.host("vcsa"), USER=g.user(), V=v, DC="DC-" + g.ch(SITES).upper())


@P("vmware", "password", "hcl")
def t_packer_vsphere_ssh(g, v):
    img = g.ch(OSIMG)
    return "packer/builds/%s.pkr.hcl" % img, sub("""variable "vcenter_password" {
  type      = string
  sensitive = true
}

source "vsphere-iso" "base" {
  vcenter_server = "@VC@"
  username       = "packer@vsphere.local"
  password       = var.vcenter_password

  vm_name       = "@IMG@-base"
  guest_os_type = "ubuntu64Guest"
  http_directory = "http"
  boot_command = [
    "<esc><wait>",
    "linux /casper/vmlinuz autoinstall ds=nocloud-net;s=http://{{ .HTTPIP }}:{{ .HTTPPort }}/ ---<enter>",
  ]

  communicator = "ssh"
  ssh_username = "builder"
  ssh_password = "@V@"
  ssh_handshake_attempts = 100
}

build {
  sources = ["source.vsphere-iso.base"]
  provisioner "shell" {
    execute_command = "echo 'builder' | sudo -S sh -c '{{ .Vars }} {{ .Path }}'"
    scripts         = ["scripts/cleanup.sh"]
  }
}
""", VC=g.host("vcsa"), IMG=img, V=v)


@P("vmware", "password", "json")
def t_packer_json(g, v):
    d = {"variables": {"vcenter_server": g.host("vcsa"), "vsphere_user": "%s@vsphere.local" % g.user(),
                       "vsphere_password": v, "datacenter": "DC-" + g.ch(SITES).upper()},
         "builders": [{"type": "vsphere-iso", "vcenter_server": "{{user `vcenter_server`}}",
                       "username": "{{user `vsphere_user`}}", "password": "{{user `vsphere_password`}}",
                       "insecure_connection": True, "vm_name": g.ch(OSIMG) + "-tmpl",
                       "CPUs": 2, "RAM": 4096, "convert_to_template": True}],
         "provisioners": [{"type": "shell", "inline": ["sudo apt-get -y update"]}]}
    return g.ch(["packer/ubuntu.json", "templates/packer/windows-2022.json"]), json.dumps(d, indent=2) + "\n"


@P("vmware", "password", "yaml")
def t_ansible_vmware_rest_vars(g, v):
    return g.ch(["inventories/prod/group_vars/all/vcenter.yml", "group_vars/vcenter.yml",
                 "roles/vm_provision/defaults/main.yml"]), sub("""---
# vmware.vmware_rest connection settings
vcenter_hostname: @VC@
vcenter_username: @USER@@vsphere.local
vcenter_password: @VV@
vcenter_validate_certs: false

vm_folder: /@DC@/vm/Linux
vm_datastore: vsanDatastore
vm_cluster: Cluster-01
vm_template: @IMG@-template
""", VC=g.host("vcsa"), USER=g.user(), VV=yq(g, v), DC="DC-" + g.ch(SITES).upper(), IMG=g.ch(OSIMG))


@P("vmware", "password", "yaml")
def t_ansible_vmware_guest(g, v):
    return g.ch(["playbooks/deploy-vm.yml", "ansible/create_vms.yml"]), sub("""---
- name: Deploy virtual machines from template
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Clone @IMG@ template
      community.vmware.vmware_guest:
        hostname: @VC@
        username: administrator@vsphere.local
        password: "@V@"
        validate_certs: false
        datacenter: @DC@
        cluster: Cluster-01
        folder: /@DC@/vm/apps
        name: "{{ item }}"
        template: @IMG@-template
        state: poweredon
        networks:
          - name: VLAN@VLAN@
            type: dhcp
        wait_for_ip_address: true
      loop:
        - @VM1@
        - @VM2@
""", IMG=g.ch(OSIMG), VC=g.host("vcsa"), V=v, DC="DC-" + g.ch(SITES).upper(), VLAN=str(g.ri(100, 400)),
           VM1=g.vmname(), VM2=g.vmname())


@P("vmware", "password", "cfg", ctx="ks")
def t_esxi_ks(g, v):
    return g.ch(["esxi/ks.cfg", "pxe/esxi8/ks-%s.cfg" % g.ch(SITES), "kickstart/esxi.ks"]), sub("""# ESXi 8 scripted install
vmaccepteula
install --firstdisk=local --overwritevmfs --novmfsondisk
rootpw @V@
keyboard 'US Default'
network --bootproto=static --ip=@IP@ --netmask=255.255.255.0 --gateway=@GW@ --hostname=@HOST@ --nameserver=@DNS@ --vlanid=@VLAN@
reboot

%firstboot --interpreter=busybox
vim-cmd hostsvc/enable_ssh
vim-cmd hostsvc/start_ssh
esxcli system ntp set --server=pool.ntp.org --enabled=true
esxcli network firewall ruleset set --ruleset-id=sshServer --enabled=true
""", V=v, IP=g.ip("10.20.%d" % g.ri(1, 9)), GW="10.20.1.1", HOST=g.host("esx"), DNS=g.ip(), VLAN=str(g.ri(10, 99)))


@P("vmware", "password", "py")
def t_pyvmomi(g, v):
    return g.ch(["tools/list_vms.py", "vsphere/inventory.py", "scripts/power_report.py"]), sub('''#!/usr/bin/env python3
"""List powered-on VMs with their host and datastore."""
import ssl

from pyVim.connect import SmartConnect, Disconnect
from pyVmomi import vim

VCENTER = "@VC@"


def main():
    ctx = ssl._create_unverified_context()
    si = SmartConnect(host=VCENTER, user="@USER@@vsphere.local",
                      pwd="@V@", sslContext=ctx)
    try:
        content = si.RetrieveContent()
        view = content.viewManager.CreateContainerView(
            content.rootFolder, [vim.VirtualMachine], True)
        for vm in view.view:
            if vm.runtime.powerState == "poweredOn":
                print(vm.name, vm.runtime.host.name, vm.datastore[0].name)
    finally:
        Disconnect(si)


if __name__ == "__main__":
    main()
''', VC=g.host("vcsa"), USER=g.user(), V=v)


@P("vmware", "password", "go")
def t_govmomi(g, v):
    return g.ch(["internal/vsphere/client.go", "pkg/vcenter/session.go"]), sub('''package vsphere

import (
	"context"
	"net/url"

	"github.com/vmware/govmomi"
)

const vcenterHost = "@VC@"

// NewClient logs in to vCenter with the automation account.
func NewClient(ctx context.Context) (*govmomi.Client, error) {
	u := &url.URL{Scheme: "https", Host: vcenterHost, Path: "/sdk"}
	u.User = url.UserPassword("@USER@@vsphere.local", "@V@")
	return govmomi.NewClient(ctx, u, true)
}
''', VC=g.host("vcsa"), USER=g.user(), V=v)


@P("vmware", "password", "json")
def t_vcsa_json(g, v):
    d = {"__version": "2.13.0",
         "__comments": "Deploy a vCenter Server Appliance on an ESXi host.",
         "new_vcsa": {
             "esxi": {"hostname": g.host("esx"), "username": "root", "deployment_network": "VM Network",
                      "datastore": "datastore1"},
             "appliance": {"thin_disk_mode": True, "deployment_option": "small", "name": "vcsa01"},
             "network": {"ip_family": "ipv4", "mode": "static", "system_name": g.host("vcsa"),
                         "ip": g.ip("10.10.1"), "prefix": "24", "gateway": "10.10.1.1",
                         "dns_servers": [g.ip("10.10.1")]},
             "os": {"password": v, "ntp_servers": "pool.ntp.org", "ssh_enable": False},
             "sso": {"domain_name": "vsphere.local"}},
         "ceip": {"settings": {"ceip_enabled": False}}}
    return g.ch(["vcsa/embedded_vCSA_on_ESXi.json", "install/vcsa-deploy.json"]), json.dumps(d, indent=4) + "\n"


@P("vmware", "password", "rb")
def t_rbvmomi(g, v):
    return g.ch(["lib/vsphere/connection.rb", "lib/vsphere_inventory.rb"]), sub("""require 'rbvmomi'

module VsphereInventory
  def self.connection
    @conn ||= RbVmomi::VIM.connect(
      host: '@VC@',
      user: '@USER@@vsphere.local',
      password: '@V@',
      insecure: true
    )
  end

  def self.vm_names(datacenter = '@DC@')
    dc = connection.serviceInstance.find_datacenter(datacenter)
    dc.vmFolder.childEntity.grep(RbVmomi::VIM::VirtualMachine).map(&:name)
  end
end
""", VC=g.host("vcsa"), USER=g.user(), V=v, DC="DC-" + g.ch(SITES).upper())


@P("vmware", "password", "rb")
def t_vagrant_vsphere(g, v):
    return "Vagrantfile", sub("""# -*- mode: ruby -*-
# vi: set ft=ruby :

Vagrant.configure("2") do |config|
  config.vm.box = "vsphere-dummy"
  config.vm.box_url = "./example_box/dummy.box"

  config.vm.provider :vsphere do |vsphere|
    vsphere.host = '@VC@'
    vsphere.compute_resource_name = 'Cluster-01'
    vsphere.resource_pool_name = 'dev'
    vsphere.template_name = 'Templates/@IMG@'
    vsphere.name = '@VM@'
    vsphere.user = '@USER@@vsphere.local'
    vsphere.password = '@V@'
    vsphere.insecure = true
  end
end
""", VC=g.host("vcsa"), IMG=g.ch(OSIMG), VM=g.vmname(), USER=g.user(), V=v)


@P("vmware", "password", "ini")
def t_csi_vsphere_conf(g, v):
    vc = g.host("vcsa")
    return g.ch(["deploy/csi/csi-vsphere.conf", "k8s/vsphere-csi/csi-vsphere.conf"]), sub("""[Global]
cluster-id = "k8s-@SITE@-prod"
cluster-distribution = "Kubeadm"

[VirtualCenter "@VC@"]
insecure-flag = "true"
user = "k8s-csi@vsphere.local"
password = "@V@"
port = "443"
datacenters = "@DC@"
""", SITE=g.ch(SITES), VC=vc, V=v, DC="DC-" + g.ch(SITES).upper())


@P("vmware", "password", "yaml")
def t_vsphere_cpi_secret(g, v):
    vc = g.host("vcsa")
    return g.ch(["k8s/vsphere-cpi/secret.yaml", "manifests/cloud-provider/vsphere-creds.yaml"]), sub("""apiVersion: v1
kind: Secret
metadata:
  name: vsphere-cloud-secret
  namespace: kube-system
  labels:
    app.kubernetes.io/part-of: vsphere-cpi
type: Opaque
stringData:
  @VC@.username: "k8s-cpi@vsphere.local"
  @VC@.password: "@V@"
""", VC=vc, V=v)


# ---- Proxmox VE -------------------------------------------------------------
def _pve_tid(g):
    return "%s@%s!%s" % (g.ch(["root", "terraform", "automation", "ci", "monitoring", "packer"]),
                         g.ch(["pam", "pve"]),
                         g.ch(["terraform", "ci", "packer", "homepage", "backup", "ansible", "api"]))


@P("proxmox", "api_token_secret", "sh")
def t_pve_curl(g, v):
    return g.ch(["scripts/pve-list-vms.sh", "tools/proxmox/nodes.sh"]), sub("""#!/usr/bin/env bash
# Print all QEMU guests on the cluster as TSV: vmid, name, node, status
PVE_HOST="@HOST@:8006"

curl -fsS -k \\
  -H "Authorization: PVEAPIToken=@TID@=@V@" \\
  "https://${PVE_HOST}/api2/json/cluster/resources?type=vm" \\
  | jq -r '.data[] | [.vmid, .name, .node, .status] | @tsv'
""", HOST=g.host("pve"), TID=_pve_tid(g), V=v)


@P("proxmox", "api_token_secret", "hcl")
def t_tf_bpg(g, v):
    return g.ch(["terraform/proxmox/provider.tf", "infra/homelab/providers.tf"]), sub("""terraform {
  required_providers {
    proxmox = {
      source  = "bpg/proxmox"
      version = "0.66.1"
    }
  }
}

provider "proxmox" {
  endpoint  = "https://@HOST@:8006/"
  api_token = "@TID@=@V@"
  insecure  = true

  ssh {
    agent    = true
    username = "root"
  }
}
""", HOST=g.host("pve"), TID=_pve_tid(g), V=v)


@P("proxmox", "api_token_secret", "hcl")
def t_tf_telmate_token(g, v):
    return g.ch(["main.tf", "terraform/pve/main.tf"]), sub("""provider "proxmox" {
  pm_api_url          = "https://@HOST@:8006/api2/json"
  pm_api_token_id     = "@TID@"
  pm_api_token_secret = "@V@"
  pm_tls_insecure     = true
  pm_parallel         = 2
}

resource "proxmox_vm_qemu" "@NAME@" {
  name        = "@VM@"
  target_node = "pve0@N@"
  clone       = "@IMG@-cloudinit"
  cores       = 2
  memory      = 4096
  agent       = 1
  os_type     = "cloud-init"
  ipconfig0   = "ip=dhcp"
}
""", HOST=g.host("pve"), TID=_pve_tid(g), V=v, NAME=g.ch(VMNAMES).replace("-", "_"), VM=g.vmname(),
           N=str(g.ri(1, 4)), IMG=g.ch(OSIMG))


@P("proxmox", "password", "hcl")
def t_tf_telmate_password(g, v):
    return g.ch(["terraform/lab/provider.tf", "proxmox.tf"]), sub("""terraform {
  required_providers {
    proxmox = {
      source  = "Telmate/proxmox"
      version = "3.0.1-rc4"
    }
  }
}

provider "proxmox" {
  pm_api_url      = "https://@HOST@:8006/api2/json"
  pm_user         = "terraform-prov@pve"
  pm_password     = "@V@"
  pm_tls_insecure = true
  pm_log_enable   = false
}
""", HOST=g.host("pve"), V=v)


@P("proxmox", "api_token_secret", "py")
def t_proxmoxer_token(g, v):
    return g.ch(["tools/pve_backup_check.py", "proxmox/inventory.py"]), sub('''"""Report guests whose last vzdump backup is older than 48h."""
from datetime import datetime, timedelta

from proxmoxer import ProxmoxAPI

pve = ProxmoxAPI("@HOST@", user="@USR@", token_name="@TNAME@",
                 token_value="@V@", verify_ssl=False)

cutoff = datetime.now() - timedelta(hours=48)
for node in pve.nodes.get():
    for task in pve.nodes(node["node"]).tasks.get(typefilter="vzdump", limit=200):
        if datetime.fromtimestamp(task["starttime"]) < cutoff:
            print(node["node"], task["id"], task.get("status"))
''', HOST=g.host("pve"), USR=g.ch(["root@pam", "backup@pve", "monitoring@pve"]),
           TNAME=g.ch(["backupcheck", "monitor", "script"]), V=v)


@P("proxmox", "password", "py")
def t_proxmoxer_password(g, v):
    return g.ch(["scripts/migrate_guests.py", "ops/pve_evacuate.py"]), sub('''import sys

from proxmoxer import ProxmoxAPI


def evacuate(src, dst):
    api = ProxmoxAPI("@HOST@", user="root@pam", password="@V@", verify_ssl=False)
    for vm in api.nodes(src).qemu.get():
        if vm["status"] == "running":
            api.nodes(src).qemu(vm["vmid"]).migrate.post(target=dst, online=1)
            print("migrating", vm["vmid"], vm.get("name"))


if __name__ == "__main__":
    evacuate(sys.argv[1], sys.argv[2])
''', HOST=g.host("pve"), V=v)


@P("proxmox", "api_token_secret", "yaml")
def t_ansible_proxmox_kvm(g, v):
    tid = _pve_tid(g)
    user, tok = tid.split("!")
    return g.ch(["playbooks/proxmox-vm.yml", "ansible/pve/create.yml"]), sub("""---
- name: Provision guests on Proxmox VE
  hosts: localhost
  gather_facts: false
  vars:
    pve_node: pve0@N@
  tasks:
    - name: Clone template
      community.general.proxmox_kvm:
        api_host: @HOST@
        api_user: @USER@
        api_token_id: @TOK@
        api_token_secret: @VV@
        node: "{{ pve_node }}"
        clone: @IMG@-tmpl
        name: @VM@
        full: true
        storage: local-lvm
        timeout: 300
""", N=str(g.ri(1, 4)), HOST=g.host("pve"), USER=user, TOK=tok, VV=yq(g, v), IMG=g.ch(OSIMG), VM=g.vmname())


@P("proxmox", "api_token_secret", "hcl")
def t_packer_proxmox(g, v):
    img = g.ch(OSIMG)
    return "packer/proxmox/%s.pkr.hcl" % img, sub("""source "proxmox-iso" "@NAME@" {
  proxmox_url              = "https://@HOST@:8006/api2/json"
  username                 = "@TID@"
  token                    = "@V@"
  insecure_skip_tls_verify = true
  node                     = "pve01"

  vm_id   = @VMID@
  vm_name = "@IMG@-template"
  boot_iso {
    iso_file = "local:iso/@IMG@.iso"
    unmount  = true
  }
  cores  = 2
  memory = 2048
  scsi_controller = "virtio-scsi-single"
  disks {
    disk_size    = "20G"
    storage_pool = "local-lvm"
    type         = "scsi"
  }
  network_adapters {
    bridge = "vmbr0"
    model  = "virtio"
  }
  cloud_init              = true
  cloud_init_storage_pool = "local-lvm"
  ssh_username            = "packer"
  ssh_private_key_file    = "~/.ssh/packer_ed25519"
}
""", NAME=img.replace(".", ""), HOST=g.host("pve"), TID=_pve_tid(g), V=v, VMID=str(g.ri(9000, 9099)), IMG=img)


@P("proxmox", "api_token_secret", "go")
def t_go_proxmox(g, v):
    return g.ch(["internal/pve/client.go", "cmd/pvectl/client.go"]), sub('''package pve

import (
	"crypto/tls"
	"net/http"

	"github.com/luthermonson/go-proxmox"
)

func newClient() *proxmox.Client {
	insecure := &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	return proxmox.NewClient("https://@HOST@:8006/api2/json",
		proxmox.WithHTTPClient(insecure),
		proxmox.WithAPIToken("@TID@", "@V@"),
	)
}
''', HOST=g.host("pve"), TID=_pve_tid(g), V=v)


@P("proxmox", "api_token_secret", "yaml")
def t_homepage_widget(g, v):
    return g.ch(["homepage/config/services.yaml", "docker/homepage/services.yaml"]), sub("""- Infrastructure:
    - Proxmox:
        icon: proxmox.png
        href: https://@HOST@:8006
        description: pve cluster
        widget:
          type: proxmox
          url: https://@HOST@:8006
          username: api@pam!homepage
          password: @VV@
          node: pve01
    - Uptime Kuma:
        icon: uptime-kuma.png
        href: http://@IP@:3001
        widget:
          type: uptimekuma
          url: http://@IP@:3001
          slug: infra
""", HOST=g.host("pve"), VV=yq(g, v), IP=g.ip())


@P("proxmox", "api_token_secret", "ps1")
def t_pve_powershell(g, v):
    return g.ch(["scripts/Get-PveGuests.ps1", "windows/pve-status.ps1"]), sub("""$base = 'https://@HOST@:8006/api2/json'
$headers = @{ Authorization = 'PVEAPIToken=@TID@=@V@' }

$guests = Invoke-RestMethod -Uri "$base/cluster/resources?type=vm" -Headers $headers -SkipCertificateCheck
$guests.data | Sort-Object node, vmid |
    Format-Table vmid, name, node, status, @{N='MemGB';E={[math]::Round($_.maxmem/1GB,1)}}
""", HOST=g.host("pve"), TID=_pve_tid(g), V=v)


ENV_BUDGET = [0]


@P("proxmox", "api_token_secret", "sh", neg_ok=False)
def t_pve_dotenv(g, v):
    if ENV_BUDGET[0] < 20:
        ENV_BUDGET[0] += 1
        path = g.ch([".env", "deploy/.env", ".env.local", "terraform/.env"])
    else:
        path = g.ch(["deploy/proxmox.env.sh", "config/pve-credentials.sh"])
    return path, sub("""PROXMOX_VE_ENDPOINT=https://@HOST@:8006/
PROXMOX_VE_API_TOKEN=@TID@=@V@
PROXMOX_VE_INSECURE=true
TF_VAR_node_name=pve01
""", HOST=g.host("pve"), TID=_pve_tid(g), V=v)


@P("proxmox", "api_token_secret", "md")
def t_pve_runbook(g, v):
    return g.ch(["docs/runbooks/proxmox-api.md", "docs/pve.md"]), sub("""# Proxmox API access

The CI token belongs to `@TID@` and has the `PVEVMAdmin` role on `/vms`.

Quick check that the token works:

```bash
curl -k -H 'Authorization: PVEAPIToken=@TID@=@V@' \\
  https://@HOST@:8006/api2/json/version
```

Expected output:

```json
{"data":{"release":"8.2","version":"8.2.4","repoid":"faa83925c9641325"}}
```

Rotate the token every 90 days from *Datacenter -> Permissions -> API Tokens*.
""", TID=_pve_tid(g), V=v, HOST=g.host("pve"))


# ---- OpenStack --------------------------------------------------------------
def _os_auth(g):
    return g.ch(["https://keystone.%s:5000/v3" % g.dom(),
                 "https://identity.%s.%s/v3" % (g.ch(SITES), g.dom()),
                 "https://cloud.%s:13000" % g.dom()])


@P("openstack", "password", "yaml")
def t_clouds_yaml_pw(g, v):
    return g.ch(["clouds.yaml", "config/openstack/clouds.yaml", "ansible/files/clouds.yaml"]), sub("""clouds:
  @CLOUD@:
    auth:
      auth_url: @AUTH@
      username: @USER@
      password: @VV@
      project_name: @PROJ@
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
""", CLOUD=g.ch(["prod", "openstack", "dev-cloud", g.ch(SITES)]), AUTH=_os_auth(g), USER=g.user(),
           VV=yq(g, v), PROJ=g.ch(["platform", "ci", "data-eng", "web-prod"]))


@P("openstack", "app_credential_secret", "yaml")
def t_clouds_yaml_appcred(g, v):
    return g.ch(["clouds.yaml", ".config/openstack/clouds.yaml", "deploy/clouds.yaml"]), sub("""clouds:
  @CLOUD@:
    auth_type: v3applicationcredential
    auth:
      auth_url: @AUTH@
      application_credential_id: "@ID@"
      application_credential_secret: "@V@"
    region_name: "RegionOne"
    interface: "public"
    identity_api_version: 3
""", CLOUD=g.ch(["openstack", "ci", "terraform"]), AUTH=_os_auth(g), ID=g.hexs(32), V=v)


@P("openstack", "password", "sh")
def t_openrc(g, v):
    return g.ch(["openrc.sh", "admin-openrc.sh", "env/%s-openrc.sh" % g.ch(SITES)]), sub("""#!/usr/bin/env bash
export OS_AUTH_URL=@AUTH@
export OS_PROJECT_ID=@PID@
export OS_PROJECT_NAME="@PROJ@"
export OS_USER_DOMAIN_NAME="Default"
export OS_PROJECT_DOMAIN_ID="default"
export OS_USERNAME="@USER@"
export OS_PASSWORD="@V@"
export OS_REGION_NAME="RegionOne"
export OS_INTERFACE=public
export OS_IDENTITY_API_VERSION=3
""", AUTH=_os_auth(g), PID=g.hexs(32), PROJ=g.ch(["platform", "ci", "admin"]), USER=g.user(), V=v)


@P("openstack", "app_credential_secret", "sh")
def t_openrc_appcred(g, v):
    return g.ch(["app-cred-ci-openrc.sh", "ci/openstack-env.sh"]), sub("""#!/bin/sh
export OS_AUTH_TYPE=v3applicationcredential
export OS_AUTH_URL=@AUTH@
export OS_IDENTITY_API_VERSION=3
export OS_REGION_NAME="RegionOne"
export OS_INTERFACE=public
export OS_APPLICATION_CREDENTIAL_ID=@ID@
export OS_APPLICATION_CREDENTIAL_SECRET=@V@
""", AUTH=_os_auth(g), ID=g.hexs(32), V=v)


@P("openstack", "password", "hcl")
def t_tf_openstack_pw(g, v):
    return g.ch(["terraform/openstack/provider.tf", "openstack.tf"]), sub("""terraform {
  required_providers {
    openstack = {
      source  = "terraform-provider-openstack/openstack"
      version = "~> 2.1"
    }
  }
}

provider "openstack" {
  auth_url    = "@AUTH@"
  user_name   = "@USER@"
  password    = "@V@"
  tenant_name = "@PROJ@"
  domain_name = "Default"
  region      = "RegionOne"
}

resource "openstack_compute_instance_v2" "bastion" {
  name            = "bastion-01"
  image_name      = "@IMG@"
  flavor_name     = "m1.small"
  key_pair        = "ops"
  security_groups = ["default", "ssh"]
}
""", AUTH=_os_auth(g), USER=g.user(), V=v, PROJ=g.ch(["platform", "ci"]), IMG=g.ch(OSIMG))


@P("openstack", "app_credential_secret", "hcl")
def t_tf_openstack_appcred(g, v):
    return g.ch(["terraform/provider.tf", "envs/prod/openstack.tf"]), sub("""provider "openstack" {
  auth_url                      = "@AUTH@"
  application_credential_id     = "@ID@"
  application_credential_secret = "@V@"
  region                        = "RegionOne"
}
""", AUTH=_os_auth(g), ID=g.hexs(32), V=v)


@P("openstack", "password", "ini")
def t_nova_conf(g, v):
    svc = g.ch(["nova", "cinder", "neutron", "glance", "placement"])
    return "etc/%s/%s.conf" % (svc, svc), sub("""[DEFAULT]
debug = false
transport_url = rabbit://openstack@@CTRL@:5672/

[keystone_authtoken]
www_authenticate_uri = @AUTH@
auth_url = @AUTH@
memcached_servers = @CTRL@:11211
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = @SVC@
password = @V@

[oslo_concurrency]
lock_path = /var/lib/@SVC@/tmp
""", CTRL=g.host("ctrl"), AUTH=_os_auth(g), SVC=svc, V=v)


@P("openstack", "password", "py")
def t_openstacksdk(g, v):
    return g.ch(["tools/os_cleanup.py", "scripts/find_orphans.py"]), sub('''import openstack

conn = openstack.connect(
    auth_url="@AUTH@",
    project_name="@PROJ@",
    username="@USER@",
    password="@V@",
    user_domain_name="Default",
    project_domain_name="Default",
    region_name="RegionOne",
)

for server in conn.compute.servers(status="SHUTOFF"):
    print(server.id, server.name, server.updated_at)
''', AUTH=_os_auth(g), PROJ=g.ch(["platform", "ci"]), USER=g.user(), V=v)


@P("openstack", "app_credential_secret", "py")
def t_keystoneauth_appcred(g, v):
    return g.ch(["app/cloud.py", "service/openstack_client.py"]), sub('''from keystoneauth1 import session
from keystoneauth1.identity import v3
from novaclient import client as nova_client

AUTH_URL = "@AUTH@"


def get_session():
    auth = v3.ApplicationCredential(
        auth_url=AUTH_URL,
        application_credential_id="@ID@",
        application_credential_secret="@V@",
    )
    return session.Session(auth=auth)


nova = nova_client.Client("2.79", session=get_session())
''', AUTH=_os_auth(g), ID=g.hexs(32), V=v)


@P("openstack", "password", "yaml")
def t_kolla_passwords(g, v):
    return g.ch(["etc/kolla/passwords.yml", "kolla/config/passwords.yml"]), sub("""---
###################
# Ceph options
###################
rbd_secret_uuid: @U1@
cinder_rbd_secret_uuid: @U2@

###################
# Keystone options
###################
keystone_admin_password: @VV@

###################
# Other options
###################
docker_registry_password:
horizon_secret_key:
""", U1=g.uuid4(), U2=g.uuid4(), VV=yq(g, v))


@P("openstack", "password", "go")
def t_gophercloud(g, v):
    return g.ch(["pkg/cloud/openstack.go", "internal/provider/auth.go"]), sub('''package cloud

import (
	"context"

	"github.com/gophercloud/gophercloud/v2"
	"github.com/gophercloud/gophercloud/v2/openstack"
)

func Provider(ctx context.Context) (*gophercloud.ProviderClient, error) {
	opts := gophercloud.AuthOptions{
		IdentityEndpoint: "@AUTH@",
		Username:         "@USER@",
		Password:         "@V@",
		DomainName:       "Default",
		TenantName:       "@PROJ@",
	}
	return openstack.AuthenticatedClient(ctx, opts)
}
''', AUTH=_os_auth(g), USER=g.user(), V=v, PROJ=g.ch(["platform", "ci"]))


# ---- oVirt / RHV -------------------------------------------------------------
@P("ovirt", "password", "yaml")
def t_ovirt_auth(g, v):
    eng = g.host("engine")
    return g.ch(["playbooks/ovirt-vms.yml", "ansible/rhv/deploy.yml"]), sub("""---
- name: Manage RHV virtual machines
  hosts: localhost
  connection: local
  gather_facts: false
  tasks:
    - name: Obtain SSO token
      ovirt.ovirt.ovirt_auth:
        url: https://@ENG@/ovirt-engine/api
        username: admin@internal
        password: "@V@"
        insecure: true

    - name: Start @VM@
      ovirt.ovirt.ovirt_vm:
        auth: "{{ ovirt_auth }}"
        name: @VM@
        cluster: Default
        state: running

    - name: Revoke SSO token
      ovirt.ovirt.ovirt_auth:
        state: absent
        ovirt_auth: "{{ ovirt_auth }}"
""", ENG=eng, V=v, VM=g.vmname())


@P("ovirt", "password", "py")
def t_ovirtsdk(g, v):
    return g.ch(["tools/rhv_snapshots.py", "ovirt/list_hosts.py"]), sub('''import ovirtsdk4 as sdk

connection = sdk.Connection(
    url="https://@ENG@/ovirt-engine/api",
    username="admin@internal",
    password="@V@",
    ca_file="/etc/pki/ovirt-engine/ca.pem",
)

hosts_service = connection.system_service().hosts_service()
for host in hosts_service.list():
    print(host.name, host.status)

connection.close()
''', ENG=g.host("engine"), V=v)


@P("ovirt", "password", "cfg")
def t_engine_setup_answers(g, v):
    return g.ch(["ovirt/answers.conf", "rhv/engine-setup-answers.conf"]), sub("""# action=setup
[environment:default]
OVESETUP_CONFIG/applicationMode=str:both
OVESETUP_CONFIG/adminPassword=str:@V@
OVESETUP_CONFIG/fqdn=str:@ENG@
OVESETUP_CONFIG/firewallManager=str:firewalld
OVESETUP_DB/database=str:engine
OVESETUP_DB/host=str:localhost
OVESETUP_DB/port=int:5432
OVESETUP_ENGINE_CONFIG/fqdn=str:@ENG@
OVESETUP_PKI/organization=str:@ORG@
OVESETUP_PROVISIONING/postgresProvisioningEnabled=bool:True
""", V=v, ENG=g.host("engine"), ORG=g.ch(ORGS))


# ---- Nutanix -------------------------------------------------------------------
@P("nutanix", "password", "hcl")
def t_tf_nutanix(g, v):
    return g.ch(["terraform/nutanix/main.tf", "ntnx/provider.tf"]), sub("""terraform {
  required_providers {
    nutanix = {
      source  = "nutanix/nutanix"
      version = "1.9.5"
    }
  }
}

provider "nutanix" {
  username     = "admin"
  password     = "@V@"
  endpoint     = "@PC@"
  port         = 9440
  insecure     = true
  wait_timeout = 10
}

data "nutanix_cluster" "cluster" {
  name = "@CL@"
}
""", V=v, PC=g.host("pc"), CL="NTNX-" + g.ch(SITES).upper())


@P("nutanix", "password", "py")
def t_nutanix_requests(g, v):
    return g.ch(["scripts/prism_vm_list.py", "ntnx/report.py"]), sub('''import requests
from requests.auth import HTTPBasicAuth

PRISM = "https://@PC@:9440/api/nutanix/v3"
auth = HTTPBasicAuth("@USER@", "@V@")

resp = requests.post(f"{PRISM}/vms/list", json={"kind": "vm", "length": 500},
                     auth=auth, verify=False, timeout=30)
resp.raise_for_status()
for vm in resp.json()["entities"]:
    print(vm["metadata"]["uuid"], vm["spec"]["name"])
''', PC=g.host("pc"), USER=g.user(), V=v)


@P("nutanix", "password", "yaml")
def t_nutanix_ansible(g, v):
    return g.ch(["inventories/ntnx/group_vars/all.yml", "group_vars/nutanix.yml"]), sub("""---
nutanix_host: @PC@
nutanix_username: admin
nutanix_password: @VV@
validate_certs: false
cluster_name: @CL@
subnet_name: vlan@VLAN@
image_name: @IMG@
""", PC=g.host("pc"), VV=yq(g, v), CL="NTNX-" + g.ch(SITES).upper(), VLAN=str(g.ri(10, 400)), IMG=g.ch(OSIMG))


# ---- XCP-ng / Xen Orchestra --------------------------------------------------------
@P("xenorchestra", "session_token", "sh")
def t_xo_register(g, v):
    return g.ch(["scripts/xo-login.sh", "ci/xo-snapshot.sh"]), sub("""#!/usr/bin/env bash
set -e
npm install --global xo-cli@0.32
xo-cli register --allowUnauthorized --token @V@ https://@XO@
xo-cli list-objects type=VM power_state=Running | jq -r '.[].name_label'
""", V=v, XO=g.host("xo"))


@P("xenorchestra", "session_token", "sh", ctx="url")
def t_xo_url(g, v):
    return g.ch(["bin/xo-backup-status", "scripts/xo-jobs.sh"]), sub("""#!/bin/sh
# prints backup job states for the dashboard
xo-cli --url https://@V@@@XO@/ backupNg.getAllJobs | jq '.[] | {id, name, mode}'
""", V=v, XO=g.host("xo"))


@P("xenorchestra", "session_token", "hcl")
def t_tf_xo_token(g, v):
    return g.ch(["terraform/xcpng/provider.tf", "xo.tf"]), sub("""terraform {
  required_providers {
    xenorchestra = {
      source  = "vatesfr/xenorchestra"
      version = "~> 0.29"
    }
  }
}

provider "xenorchestra" {
  url      = "wss://@XO@"
  token    = "@V@"
  insecure = true
}

data "xenorchestra_pool" "pool" {
  name_label = "@POOL@"
}
""", XO=g.host("xo"), V=v, POOL="pool-" + g.ch(SITES))


@P("xenorchestra", "password", "hcl")
def t_tf_xo_password(g, v):
    return g.ch(["terraform/xo/main.tf", "infra/xcp/provider.tf"]), sub("""provider "xenorchestra" {
  url      = "ws://@XO@"
  username = "admin@admin.net"
  password = "@V@"
  insecure = false
}

data "xenorchestra_template" "tmpl" {
  name_label = "@IMG@ cloud"
}
""", XO=g.host("xo"), V=v, IMG=g.ch(OSIMG))


@P("xenorchestra", "session_token", "md")
def t_xo_curl_md(g, v):
    return g.ch(["docs/xo-rest.md", "docs/runbooks/xen-orchestra.md"]), sub("""## Listing VMs through the XO REST API

```sh
curl -s -b authenticationToken=@V@ \\
  'https://@XO@/rest/v0/vms?fields=name_label,power_state&filter=power_state:Running'
```

The token above is the one created for the `grafana` user (Settings -> User -> Authentication tokens).
""", V=v, XO=g.host("xo"))


# ---- Hyper-V -----------------------------------------------------------------------
@P("hyperv", "password", "ps1")
def t_hyperv_invoke(g, v):
    hv = "HV%02d" % g.ri(1, 12)
    return g.ch(["scripts/Restart-HyperVGuests.ps1", "hyperv/checkpoint-all.ps1"]), sub("""param([string[]]$Hosts = @('@HV@', '@HV2@'))

$user = '@DOM@\\svc-hyperv'
$pass = ConvertTo-SecureString -String "@V@" -AsPlainText -Force
$cred = [pscredential]::new($user, $pass)

foreach ($h in $Hosts) {
    Invoke-Command -ComputerName $h -Credential $cred -ScriptBlock {
        Get-VM | Where-Object State -eq 'Running' |
            Checkpoint-VM -SnapshotName ("pre-update-" + (Get-Date -Format 'yyyyMMdd'))
    }
}
""", HV=hv, HV2="HV%02d" % g.ri(13, 20), DOM=g.ch(ORGS).upper(), V=v)


@P("hyperv", "password", "hcl")
def t_packer_hyperv(g, v):
    return g.ch(["packer/hyperv/windows2022.pkr.hcl", "packer/win/hyperv.pkr.hcl"]), sub("""source "hyperv-iso" "win2022" {
  iso_url          = "./iso/SERVER_EVAL_x64FRE_en-us.iso"
  iso_checksum     = "sha256:@SHA@"
  generation       = 2
  cpus             = 4
  memory           = 8192
  switch_name      = "Default Switch"
  enable_secure_boot = true
  secure_boot_template = "MicrosoftWindows"
  cd_files         = ["./answer/Autounattend.xml", "./scripts/enable-winrm.ps1"]
  communicator     = "winrm"
  winrm_username   = "Administrator"
  winrm_password   = "@V@"
  winrm_timeout    = "4h"
  shutdown_command = "shutdown /s /t 10 /f"
}
""", SHA=g.hexs(64), V=v)


@P("hyperv", "password", "json")
def t_hyperv_json(g, v):
    d = {"Cluster": "HVCL-" + g.ch(SITES).upper(),
         "Nodes": ["HV%02d" % g.ri(1, 9), "HV%02d" % g.ri(10, 19)],
         "VirtualSwitch": "vSwitch-Prod",
         "DefaultVhdPath": "C:\\ClusterStorage\\Volume1\\VMs",
         "DomainJoin": {"Domain": g.dom(), "OU": "OU=Servers,DC=corp",
                        "JoinAccount": "svc-domainjoin", "JoinPassword": v},
         "Templates": [{"Name": "WS2022-Core", "Generation": 2, "MemoryStartupGB": 4}]}
    return g.ch(["config/hyperv-deploy.json", "deploy/hyperv/settings.json"]), json.dumps(d, indent=2) + "\n"


# ---- libvirt / KVM ---------------------------------------------------------------------
@P("libvirt", "password", "ini")
def t_libvirt_auth_conf(g, v):
    host = g.host("kvm")
    return g.ch(["etc/libvirt/auth.conf", "files/libvirt/auth.conf", "roles/kvm_client/files/auth.conf"]), sub("""# libvirt client credentials (see https://libvirt.org/auth.html)
[credentials-@NAME@]
authname=@USER@
password=@V@

[auth-libvirt-@HOST@]
credentials=@NAME@

[auth-libvirt-default]
credentials=@NAME@
""", NAME=g.ch(["mgmt", "ops", "sasl"]), USER=g.ch(["libvirt", "virtadmin", "fred"]), V=v, HOST=host)


@P("libvirt", "vnc_password", "xml")
def t_domain_vnc(g, v):
    name = g.vmname()
    return "libvirt/domains/%s.xml" % name, sub("""<domain type='kvm'>
  <name>@NAME@</name>
  <uuid>@UUID@</uuid>
  <memory unit='GiB'>4</memory>
  <vcpu placement='static'>2</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <boot dev='hd'/>
  </os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' discard='unmap'/>
      <source file='/var/lib/libvirt/images/@NAME@.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <interface type='bridge'>
      <mac address='@MAC@'/>
      <source bridge='br0'/>
      <model type='virtio'/>
    </interface>
    <graphics type='vnc' port='-1' autoport='yes' listen='0.0.0.0' passwd='@V@'>
      <listen type='address' address='0.0.0.0'/>
    </graphics>
  </devices>
</domain>
""", NAME=name, UUID=g.uuid4(), MAC=g.mac("52:54:00"), V=v)


@P("libvirt", "ceph_secret", "sh")
def t_virsh_ceph(g, v):
    u = g.uuid4()
    return g.ch(["scripts/kvm-ceph-secret.sh", "roles/libvirt/files/define-ceph-secret.sh"]), sub("""#!/bin/bash
# Register the client.libvirt cephx key with libvirt on this hypervisor.
set -euo pipefail
UUID=@U@

cat > /tmp/secret.xml <<EOF
<secret ephemeral='no' private='no'>
  <uuid>${UUID}</uuid>
  <usage type='ceph'>
    <name>client.libvirt secret</name>
  </usage>
</secret>
EOF

virsh secret-define --file /tmp/secret.xml
virsh secret-set-value --secret "${UUID}" --base64 @V@
rm -f /tmp/secret.xml
""", U=u, V=v)


@P("libvirt", "ceph_secret", "yaml")
def t_ceph_key_vars(g, v):
    return g.ch(["group_vars/hypervisors.yml", "inventories/kvm/group_vars/all.yml"]), sub("""---
libvirt_ceph_secret_uuid: @U@
libvirt_ceph_user: client.libvirt
libvirt_ceph_key: @VV@
libvirt_ceph_pools:
  - vms
  - images
ceph_mon_hosts:
  - @M1@
  - @M2@
""", U=g.uuid4(), VV=yq(g, v), M1=g.ip(), M2=g.ip())


@P("libvirt", "libvirt_secret", "sh")
def t_virsh_luks(g, v):
    return g.ch(["provision/encrypted-volume.sh", "scripts/luks-vol.sh"]), sub("""#!/bin/sh
set -e
virsh secret-define luks-secret.xml
virsh secret-set-value @U@ @V@
virsh vol-create default luks-vol.xml
virsh vol-list default
""", U=g.uuid4(), V=v)


@P("libvirt", "password", "py")
def t_libvirt_openauth(g, v):
    return g.ch(["tools/kvm_inventory.py", "virt/remote_stats.py"]), sub('''import libvirt

URI = "qemu+tcp://@HOST@/system"
SASL_USER = "@USER@"
SASL_PASS = "@V@"


def _request_cred(credentials, user_data):
    for cred in credentials:
        if cred[0] == libvirt.VIR_CRED_AUTHNAME:
            cred[4] = SASL_USER
        elif cred[0] == libvirt.VIR_CRED_PASSPHRASE:
            cred[4] = SASL_PASS
    return 0


auth = [[libvirt.VIR_CRED_AUTHNAME, libvirt.VIR_CRED_PASSPHRASE], _request_cred, None]
conn = libvirt.openAuth(URI, auth, 0)
for dom in conn.listAllDomains():
    print(dom.name(), dom.UUIDString(), dom.isActive())
''', HOST=g.host("kvm"), USER=g.ch(["libvirt", "virtadmin"]), V=v)


@P("libvirt", "private_key_ssh", "yaml")
def t_libvirt_ssh_key_vars(g, v):
    return g.ch(["group_vars/kvm_hosts/ssh.yml", "roles/virt_mgmt/vars/main.yml"]), sub("""---
libvirt_uri: qemu+ssh://virtadmin@@HOST@/system?keyfile=/home/ci/.ssh/libvirt_ed25519
libvirt_ssh_user: virtadmin
libvirt_ssh_private_key: |
@KEY@
libvirt_known_host: "@HOST@ @PUB@"
""", HOST=g.host("kvm"), KEY=ind(v, 2), PUB=g.ssh_pub("").split(" ")[0] + " " + g.ssh_pub("").split(" ")[1])


@P("libvirt", "cloud_init_password", "hcl")
def t_tf_libvirt_cloudinit(g, v):
    return g.ch(["terraform/kvm/cloudinit.tf", "libvirt/main.tf"]), sub("""resource "libvirt_cloudinit_disk" "init" {
  name      = "@VM@-init.iso"
  pool      = "default"
  user_data = <<-EOT
    #cloud-config
    hostname: @VM@
    users:
      - name: ops
        groups: [sudo]
        shell: /bin/bash
        lock_passwd: false
        plain_text_passwd: @V@
    ssh_pwauth: true
  EOT
}

resource "libvirt_domain" "vm" {
  name      = "@VM@"
  memory    = 2048
  vcpu      = 2
  cloudinit = libvirt_cloudinit_disk.init.id
  network_interface {
    network_name = "default"
  }
}
""", VM=g.vmname(), V=v if v else '""')


# ---- Incus / LXD ----------------------------------------------------------------------
@P("incus", "trust_password", "sh")
def t_lxc_trust_pw(g, v):
    return g.ch(["bootstrap/lxd-init.sh", "scripts/setup-lxd.sh"]), sub("""#!/bin/bash
set -eux
snap install lxd --channel=5.0/stable
lxd init --auto --storage-backend=zfs --storage-create-loop=60
lxc config set core.https_address "[::]:8443"
lxc config set core.trust_password '@V@'
lxc network set lxdbr0 ipv4.address 10.@A@.@B@.1/24
""", V=v, A=str(g.ri(10, 200)), B=str(g.ri(1, 250)))


@P("incus", "trust_password", "yaml")
def t_lxd_preseed(g, v):
    return g.ch(["lxd/preseed.yaml", "cloud-init/lxd-preseed.yml"]), sub("""config:
  core.https_address: '@IP@:8443'
  core.trust_password: @VV@
networks:
- config:
    ipv4.address: auto
    ipv6.address: none
  description: ""
  name: lxdbr0
  type: ""
storage_pools:
- config:
    size: 50GiB
  description: ""
  name: default
  driver: zfs
profiles:
- config: {}
  description: ""
  devices:
    eth0:
      name: eth0
      network: lxdbr0
      type: nic
    root:
      path: /
      pool: default
      type: disk
  name: default
""", IP=g.ip(), VV=yq(g, v))


@P("incus", "private_key_ec", "pem", neg_ok=False)
def t_incus_client_key(g, v):
    return g.ch(["deploy/incus/client.key", "ci/lxd/client.key", "config/incus/client.key"]), v + "\n"


@P("incus", "trust_token", "sh")
def t_incus_remote_add(g, v):
    return g.ch(["ci/join-incus.sh", "scripts/add-remote.sh"]), sub("""#!/bin/sh
# Runner bootstrap: trust this runner on the build cluster.
incus remote add @NAME@ @V@
incus remote switch @NAME@
incus list -c ns4 --format csv
""", NAME=g.ch(["buildfarm", "prod", g.ch(SITES)]), V=v)


@P("incus", "trust_password", "hcl")
def t_tf_lxd_remote(g, v):
    return g.ch(["terraform/lxd/provider.tf", "lxd.tf"]), sub("""provider "lxd" {
  generate_client_certificates = true
  accept_remote_certificate    = true

  remote {
    name     = "@NAME@"
    scheme   = "https"
    address  = "@IP@"
    password = "@V@"
    default  = true
  }
}

resource "lxd_instance" "app" {
  name  = "@VM@"
  image = "ubuntu:24.04"
}
""", NAME=g.ch(["lxd-cluster", "remote1"]), IP=g.ip(), V=v, VM=g.vmname())


@P("incus", "private_key_ec", "json")
def t_incus_json_key(g, v):
    d = {"remote": "https://%s:8443" % g.host("incus"), "project": "default",
         "tls_client_cert_path": "/etc/ci/incus/client.crt",
         "tls_client_key": (v + "\n") if "\n" in v else v,
         "tls_server_fingerprint": g.hexs(64)}
    return g.ch(["config/incus-remote.json", "ci/incus.json"]), json.dumps(d, indent=2) + "\n"


# ---- KubeVirt / Harvester / cloud-init ----------------------------------------------
@P("kubevirt", "cloud_init_password", "yaml")
def t_kubevirt_vm(g, v):
    name = g.vmname()
    return g.ch(["manifests/vms/%s.yaml" % name, "kubevirt/vm-%s.yaml" % name]), sub("""apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: @NAME@
  namespace: vms
spec:
  runStrategy: Always
  template:
    metadata:
      labels:
        kubevirt.io/vm: @NAME@
    spec:
      domain:
        cpu:
          cores: 2
        resources:
          requests:
            memory: 4Gi
        devices:
          disks:
            - name: rootdisk
              disk:
                bus: virtio
            - name: cloudinitdisk
              disk:
                bus: virtio
      volumes:
        - name: rootdisk
          containerDisk:
            image: quay.io/containerdisks/@IMGC@
        - name: cloudinitdisk
          cloudInitNoCloud:
            userData: |
              #cloud-config
              user: @USER@
              password: @VV@
              chpasswd: { expire: False }
""", NAME=name, IMGC=g.ch(["fedora:40", "ubuntu:22.04", "centos-stream:9"]), USER=g.ch(["fedora", "ubuntu", "cloud-user"]),
           VV=yq(g, v))


@P("harvester", "cloud_init_password", "yaml")
def t_harvester_chpasswd(g, v):
    return g.ch(["harvester/templates/%s.yaml" % g.ch(OSIMG), "harvester/vm-userdata.yaml"]), sub("""apiVersion: v1
kind: Secret
metadata:
  name: @NAME@-cloudinit
  namespace: default
  labels:
    harvesterhci.io/cloud-init-template: user
type: secret
stringData:
  userdata: |
    #cloud-config
    package_update: true
    packages:
      - qemu-guest-agent
    ssh_pwauth: true
    chpasswd:
      expire: false
      list: |
        root:@V@
    runcmd:
      - systemctl enable --now qemu-guest-agent.service
""", NAME=g.vmname(), V=v)


@P("cloud-init", "cloud_init_password", "yaml")
def t_cloudinit_userdata(g, v):
    return g.ch(["cloud-init/user-data", "seed/user-data.yaml", "nocloud/user-data"]), sub("""#cloud-config
hostname: @VM@
fqdn: @VM@.@DOM@
manage_etc_hosts: true
users:
  - default
  - name: @USER@
    gecos: Operations
    sudo: ALL=(ALL) NOPASSWD:ALL
    groups: [adm, sudo]
    shell: /bin/bash
    lock_passwd: false
    plain_text_passwd: @VV@
    ssh_authorized_keys:
      - @PUB@
ssh_pwauth: true
timezone: Europe/Amsterdam
""", VM=g.vmname(), DOM=g.dom(), USER=g.ch(["ops", "admin", "deploy"]), VV=yq(g, v), PUB=g.ssh_pub())


@P("harvester", "cloud_init_password", "hcl")
def t_tf_harvester(g, v):
    return g.ch(["terraform/harvester/vm.tf", "harvester.tf"]), sub("""resource "harvester_cloudinit_secret" "@RN@" {
  name      = "@RN@-cloudinit"
  namespace = "default"

  user_data = <<-EOF
    #cloud-config
    password: @V@
    chpasswd:
      expire: false
    ssh_pwauth: true
    package_update: true
    packages:
      - qemu-guest-agent
  EOF
}
""", RN=g.ch(VMNAMES).replace("-", "_"), V=v if v else '""')


# ---- Vagrant / VirtualBox --------------------------------------------------------------
@P("vagrant", "password", "rb")
def t_vagrant_ssh_pw(g, v):
    return g.ch(["Vagrantfile", "lab/Vagrantfile"]), sub("""Vagrant.configure("2") do |config|
  config.vm.box = "@ORG@/@IMG@"
  config.vm.box_version = "@BV@"
  config.ssh.username = "@USER@"
  config.ssh.password = "@V@"
  config.ssh.insert_key = false

  config.vm.provider "virtualbox" do |vb|
    vb.memory = 4096
    vb.cpus = 2
  end

  config.vm.provision "shell", path: "provision/bootstrap.sh"
end
""", ORG=g.ch(ORGS), IMG=g.ch(OSIMG), BV="%d.%d.%d" % (g.ri(1, 4), g.ri(0, 20), g.ri(0, 9)), USER=g.ch(["ops", "labadmin"]), V=v)


@P("vagrant", "password", "rb")
def t_vagrant_winrm(g, v):
    return g.ch(["windows/Vagrantfile", "Vagrantfile"]), sub("""Vagrant.configure("2") do |config|
  config.vm.box = "@ORG@/windows-server-2022"
  config.vm.communicator = "winrm"
  config.winrm.username = "Administrator"
  config.winrm.password = '@V@'
  config.winrm.transport = :plaintext
  config.winrm.basic_auth_only = true
  config.vm.guest = :windows
  config.vm.network "forwarded_port", guest: 3389, host: 33389

  config.vm.provider "hyperv" do |h|
    h.memory = 8192
    h.cpus = 4
    h.enable_virtualization_extensions = true
  end
end
""", ORG=g.ch(ORGS), V=v)


@P("virtualbox", "password", "sh")
def t_vbox_unattended(g, v):
    vm = g.vmname()
    return g.ch(["scripts/vbox-create.sh", "lab/make-vm.sh"]), sub("""#!/usr/bin/env bash
set -euo pipefail
VM=@VM@
ISO=$HOME/iso/@IMG@.iso

VBoxManage createvm --name "$VM" --ostype Ubuntu_64 --register
VBoxManage modifyvm "$VM" --memory 4096 --cpus 2 --nic1 nat
VBoxManage createmedium disk --filename "$HOME/VirtualBox VMs/$VM/$VM.vdi" --size 40960
VBoxManage storagectl "$VM" --name SATA --add sata --controller IntelAhci
VBoxManage storageattach "$VM" --storagectl SATA --port 0 --device 0 --type hdd --medium "$HOME/VirtualBox VMs/$VM/$VM.vdi"
VBoxManage unattended install "$VM" --iso="$ISO" --user=labadmin --password='@V@' \\
    --full-user-name="Lab Admin" --hostname="$VM.lab.local" --install-additions --time-zone=UTC
VBoxManage startvm "$VM" --type headless
""", VM=vm, IMG=g.ch(OSIMG), V=v)


@P("virtualbox", "password", "ps1")
def t_vbox_ps1(g, v):
    return g.ch(["tools/New-VBoxLab.ps1", "lab/build-vm.ps1"]), sub("""$vbox = "$env:ProgramFiles\\Oracle\\VirtualBox\\VBoxManage.exe"
$name = '@VM@'

& $vbox createvm --name $name --ostype Windows2022_64 --register
& $vbox modifyvm $name --memory 8192 --cpus 4 --firmware efi
& $vbox unattended install $name --iso "D:\\iso\\server2022.iso" `
    --user Administrator --password "@V@" `
    --image-index 2 --install-additions
& $vbox startvm $name --type headless
""", VM=g.vmname(), V=v)


# ===========================================================================
# LOOK-ALIKE NEGATIVES (no credential at all)
# ===========================================================================
def _moref(g, kind):
    return "%s-%d" % (kind, g.ri(10, 9999))


@N("vmware", "moref_ids")
def n_govc_ls(g):
    rows = []
    for _ in range(g.ri(5, 9)):
        rows.append("%-28s %-10s %s" % (g.vmname(), _moref(g, "vm"), g.uuid_any()))
    return g.ch(["docs/inventory/govc-ls.txt", "notes/vm-morefs.txt"]), (
        "$ govc ls -i -l /DC-%s/vm/apps\n# name                       moref      instanceUuid\n" % g.ch(SITES).upper()
        + "\n".join(rows) + "\n")


@N("vmware", "vm_uuids")
def n_vsphere_inventory_json(g):
    vms = []
    for _ in range(g.ri(3, 6)):
        vms.append({"name": g.vmname(), "moid": _moref(g, "vm"), "instance_uuid": g.uuid4(),
                    "bios_uuid": g.uuid_any(), "host": _moref(g, "host"),
                    "datastore": _moref(g, "datastore"), "mac": g.mac("00:50:56"),
                    "power_state": g.ch(["poweredOn", "poweredOff"])})
    return g.ch(["inventory/vsphere-vms.json", "data/vm_inventory.json"]), json.dumps({"vcenter": g.host("vcsa"), "vms": vms}, indent=2) + "\n"


@N("vmware", "bios_uuid_mac")
def n_vmx(g):
    b = " ".join(g.hexs(2) for _ in range(8)) + "-" + " ".join(g.hexs(2) for _ in range(8))
    name = g.vmname()
    return "vmx/%s.vmx" % name, sub(""".encoding = "UTF-8"
config.version = "8"
virtualHW.version = "20"
displayName = "@NAME@"
guestOS = "ubuntu-64"
memSize = "4096"
numvcpus = "2"
scsi0.virtualDev = "pvscsi"
scsi0:0.fileName = "@NAME@.vmdk"
ethernet0.virtualDev = "vmxnet3"
ethernet0.addressType = "generated"
ethernet0.generatedAddress = "@MAC@"
uuid.bios = "@B@"
uuid.location = "@L@"
vc.uuid = "@VC@"
migrate.hostLog = "@NAME@-@H@.hlog"
""", NAME=name, MAC=g.mac("00:0c:29"), B=b, L=" ".join(g.hexs(2) for _ in range(8)) + "-" + " ".join(g.hexs(2) for _ in range(8)),
        VC=" ".join(g.hexs(2) for _ in range(8)) + "-" + " ".join(g.hexs(2) for _ in range(8)), H=g.hexs(8))


@N("vmware", "thumbprint")
def n_tf_vsphere_host_thumb(g):
    return g.ch(["terraform/vsphere/hosts.tf", "infra/esxi-hosts.tf"]), sub("""variable "vsphere_password" {
  type      = string
  sensitive = true
}

provider "vsphere" {
  user                 = var.vsphere_user
  password             = var.vsphere_password
  vsphere_server       = "@VC@"
  allow_unverified_ssl = false
}

resource "vsphere_host" "esx01" {
  hostname   = "@ESX@"
  username   = "root"
  password   = var.esxi_root_password
  thumbprint = "@THUMB@"
  cluster    = data.vsphere_compute_cluster.c1.id
  license    = var.esxi_license_key
}
""", VC=g.host("vcsa"), ESX=g.host("esx"), THUMB=g.sha1thumb())


@N("vmware", "thumbprint")
def n_ansible_esxi_thumb(g):
    return g.ch(["playbooks/add-esxi-host.yml", "ansible/esxi_join.yml"]), sub("""---
- name: Add ESXi hosts to cluster
  hosts: localhost
  gather_facts: false
  vars_files:
    - vault/vcenter.yml
  tasks:
    - name: Add host
      community.vmware.vmware_host:
        hostname: "{{ vcenter_hostname }}"
        username: "{{ vcenter_username }}"
        password: "{{ vault_vcenter_password }}"
        datacenter: @DC@
        cluster: Cluster-01
        esxi_hostname: @ESX@
        esxi_username: root
        esxi_password: "{{ vault_esxi_root_password }}"
        esxi_ssl_thumbprint: "@THUMB@"
        state: present
""", DC="DC-" + g.ch(SITES).upper(), ESX=g.host("esx"), THUMB=g.sha1thumb())


@N("packer", "checksum")
def n_packer_iso_checksum(g):
    img = g.ch(OSIMG)
    return "packer/%s/variables.pkr.hcl" % img, sub("""variable "iso_url" {
  type    = string
  default = "https://mirror.@DOM@/isos/@IMG@-live-server-amd64.iso"
}

variable "iso_checksum" {
  type    = string
  default = "sha256:@SHA@"
}

variable "ssh_password" {
  type      = string
  sensitive = true
  default   = env("PKR_VAR_ssh_password")
}

variable "vm_uuid_seed" {
  type    = string
  default = "@U@"
}
""", DOM=g.dom(), IMG=img, SHA=g.hexs(64), U=g.uuid4())


@N("packer", "checksum")
def n_packer_manifest(g):
    builds = []
    for _ in range(g.ri(2, 4)):
        builds.append({"name": g.ch(OSIMG), "builder_type": g.ch(["vsphere-iso", "proxmox-iso", "qemu"]),
                       "build_time": g.ri(1690000000, 1760000000),
                       "files": [{"name": "disk.qcow2", "size": g.ri(10 ** 9, 10 ** 10)}],
                       "artifact_id": g.ch(["vm-%d" % g.ri(100, 9999), g.uuid4(), "local:%d" % g.ri(9000, 9100)]),
                       "packer_run_uuid": g.uuid4(), "custom_data": {"sha256": g.hexs(64)}})
    return g.ch(["packer/manifest.json", "output/packer-manifest.json"]), json.dumps({"builds": builds, "last_run_uuid": builds[-1]["packer_run_uuid"]}, indent=2) + "\n"


@N("various", "checksum")
def n_sha256sums(g):
    lines = ["%s *%s" % (g.hexs(64), f) for f in
             ["%s-amd64.iso" % g.ch(OSIMG), "%s.qcow2" % g.ch(OSIMG), "%s.ova" % g.ch(OSIMG),
              "VMware-VCSA-all-8.0.3-%d.iso" % g.ri(2000000, 24000000)]]
    return g.ch(["images/SHA256SUMS", "iso/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


@N("proxmox", "vm_config")
def n_pve_qemu_conf(g):
    vmid = g.ri(100, 999)
    return "pve/qemu-server/%d.conf" % vmid, sub("""agent: 1
boot: order=scsi0;net0
cores: 4
cpu: x86-64-v2-AES
ide2: local:iso/@IMG@.iso,media=cdrom,size=2G
memory: 8192
meta: creation-qemu=8.1.5,ctime=@CT@
name: @VM@
net0: virtio=@MAC@,bridge=vmbr0,firewall=1,tag=@VLAN@
numa: 0
ostype: l26
scsi0: local-lvm:vm-@ID@-disk-0,iothread=1,size=64G
scsihw: virtio-scsi-single
smbios1: uuid=@U@
sockets: 1
vmgenid: @G@
""", IMG=g.ch(OSIMG), CT=str(g.ri(1690000000, 1760000000)), VM=g.vmname(), MAC=g.mac("BC:24:11").upper(),
        VLAN=str(g.ri(10, 400)), ID=str(vmid), U=g.uuid4(), G=g.uuid4())


@N("proxmox", "token_id")
def n_pve_user_cfg(g):
    lines = ["user:root@pam:1:0:::root@%s:::" % g.dom(),
             "user:terraform@pve:1:0::::Terraform automation::",
             "token:terraform@pve!provider:0:1::",
             "token:root@pam!%s:0:0::" % g.ch(["ci", "homepage", "backup"]),
             "user:monitoring@pve:1:0::::Prometheus exporter::",
             "token:monitoring@pve!pve-exporter:0:1::",
             "",
             "group:admins:root@pam::",
             "",
             "acl:1:/:terraform@pve:PVEVMAdmin:",
             "acl:1:/:monitoring@pve!pve-exporter:PVEAuditor:"]
    return g.ch(["pve/user.cfg", "docs/proxmox/user.cfg.example"]), "\n".join(lines) + "\n"


@N("proxmox", "token_id")
def n_tf_pve_var_token(g):
    return g.ch(["terraform/proxmox/variables.tf", "pve/variables.tf"]), sub("""variable "pm_api_url" {
  type    = string
  default = "https://@HOST@:8006/api2/json"
}

variable "pm_api_token_id" {
  description = "Token id, e.g. user@realm!name (public part of the token)"
  type        = string
  default     = "@TID@"
}

variable "pm_api_token_secret" {
  description = "UUID secret shown once when the token is created"
  type        = string
  sensitive   = true
}

provider "proxmox" {
  pm_api_url          = var.pm_api_url
  pm_api_token_id     = var.pm_api_token_id
  pm_api_token_secret = var.pm_api_token_secret
}
""", HOST=g.host("pve"), TID=_pve_tid(g))


@N("proxmox", "api_output")
def n_pvesh_resources(g):
    data = []
    for _ in range(g.ri(3, 6)):
        vmid = g.ri(100, 999)
        data.append({"id": "qemu/%d" % vmid, "vmid": vmid, "name": g.vmname(), "node": "pve0%d" % g.ri(1, 4),
                     "status": g.ch(["running", "stopped"]), "maxmem": 8589934592, "maxdisk": 68719476736,
                     "uptime": g.ri(0, 9000000), "type": "qemu", "tags": g.ch(["prod", "k8s", "lab"])})
    return g.ch(["docs/samples/cluster-resources.json", "tests/fixtures/pve_resources.json"]), json.dumps({"data": data}, indent=1) + "\n"


@N("openstack", "ids")
def n_os_server_list(g):
    rows = []
    for _ in range(g.ri(3, 6)):
        rows.append("| %s | %-22s | ACTIVE | private=%s | %-12s | m1.medium |" % (g.uuid4(), g.vmname(), g.ip("10.0.0"), g.ch(OSIMG)))
    head = "+--------------------------------------+------------------------+--------+--------------------+--------------+-----------+"
    return g.ch(["docs/openstack/servers.txt", "notes/server-list.txt"]), "\n".join(
        ["$ openstack server list", head,
         "| ID                                   | Name                   | Status | Networks           | Image        | Flavor    |",
         head] + rows + [head]) + "\n"


@N("openstack", "app_credential_id")
def n_os_appcred_show(g):
    return g.ch(["docs/openstack/app-credentials.md", "docs/ci-openstack.md"]), sub("""# CI application credential

The CI pipeline authenticates with an application credential. The id is not
secret; the secret is stored in the CI variable `OS_APPLICATION_CREDENTIAL_SECRET`.

| Field        | Value                            |
|--------------|----------------------------------|
| id           | @ID@ |
| name         | gitlab-ci                        |
| project_id   | @PID@ |
| roles        | member reader                    |
| expires_at   | @EXP@              |
| unrestricted | False                            |

```yaml
clouds:
  ci:
    auth_type: v3applicationcredential
    auth:
      auth_url: @AUTH@
      application_credential_id: @ID@
      application_credential_secret: ${OS_APPLICATION_CREDENTIAL_SECRET}
```
""", ID=g.hexs(32), PID=g.hexs(32), EXP=g.ts(), AUTH=_os_auth(g))


@N("openstack", "ids")
def n_clouds_public(g):
    return g.ch(["clouds-public.yaml", "config/openstack/clouds.yaml"]), sub("""# Secrets live in secure.yaml (not committed); this file only holds public settings.
clouds:
  @CLOUD@:
    auth:
      auth_url: @AUTH@
      project_id: @PID@
      project_name: @PROJ@
      user_domain_name: Default
      username: @USER@
    region_name: RegionOne
    interface: public
    identity_api_version: 3
    networks:
      - name: public
        routes_externally: true
      - name: @PROJ@-net
        nat_destination: true
""", CLOUD=g.ch(["prod", "dev"]), AUTH=_os_auth(g), PID=g.hexs(32), PROJ=g.ch(["platform", "web"]), USER=g.user())


@N("openstack", "checksum")
def n_os_image_show(g):
    return g.ch(["docs/images/ubuntu-image.txt", "notes/glance-image.txt"]), sub("""$ openstack image show -f yaml @IMG@
checksum: @MD5@
container_format: bare
created_at: '@T@'
disk_format: qcow2
id: @ID@
min_disk: 0
min_ram: 0
name: @IMG@
os_hash_algo: sha512
os_hash_value: @SHA512@
os_hidden: false
owner: @OWNER@
protected: false
size: @SIZE@
status: active
visibility: public
""", IMG=g.ch(OSIMG), MD5=g.hexs(32), T=g.ts(), ID=g.uuid4(), SHA512=g.hexs(128), OWNER=g.hexs(32), SIZE=str(g.ri(500000000, 2500000000)))


@N("libvirt", "secret_uuid")
def n_libvirt_disk_rbd(g):
    name = g.vmname()
    return "libvirt/%s-disk.xml" % name, sub("""<disk type='network' device='disk'>
  <driver name='qemu' type='raw' cache='writeback' discard='unmap'/>
  <auth username='libvirt'>
    <secret type='ceph' uuid='@SU@'/>
  </auth>
  <source protocol='rbd' name='vms/@NAME@_disk'>
    <host name='@M1@' port='6789'/>
    <host name='@M2@' port='6789'/>
    <host name='@M3@' port='6789'/>
  </source>
  <target dev='vda' bus='virtio'/>
  <serial>@SERIAL@</serial>
  <address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>
</disk>
""", SU=g.uuid4(), NAME=name, M1=g.ip(), M2=g.ip(), M3=g.ip(), SERIAL=g.uuid4())


@N("libvirt", "secret_uuid")
def n_libvirt_secret_list(g):
    rows = "\n".join(" %s   ceph client.%s secret" % (g.uuid4(), g.ch(["libvirt", "cinder", "nova"])) for _ in range(g.ri(2, 4)))
    return g.ch(["docs/kvm/secrets.md", "notes/virsh-secrets.txt"]), sub("""Secrets defined on the hypervisors (`virsh secret-list`). The UUID is only
the name of the secret; the key itself is fetched from `ceph auth get-key`
at provisioning time and never stored in this repository.

```
 UUID                                   Usage
--------------------------------------------------------------------
@ROWS@
```

Set the value with:

    virsh secret-set-value --secret <uuid> --file /run/ceph/client.libvirt.key --plain
""", ROWS=rows)


@N("libvirt", "secret_uuid")
def n_libvirt_secret_xml(g):
    return g.ch(["libvirt/secrets/ceph-secret.xml", "roles/kvm/templates/secret.xml"]), sub("""<secret ephemeral='no' private='yes'>
  <uuid>@U@</uuid>
  <description>cephx key for client.libvirt (value set by ansible from vault)</description>
  <usage type='ceph'>
    <name>client.libvirt secret</name>
  </usage>
</secret>
""", U=g.uuid4())


@N("kickstart", "hashed_password")
def n_ks_iscrypted(g):
    return g.ch(["kickstart/rocky9.ks", "pxe/ks/%s.cfg" % g.ch(OSIMG)]), sub("""# Generated by ks-builder
text
lang en_US.UTF-8
keyboard us
timezone UTC --utc
network --bootproto=dhcp --device=link --activate --hostname=@VM@
rootpw --iscrypted @HASH@
user --name=ops --groups=wheel --iscrypted --password=@HASH2@
sshkey --username=ops "@PUB@"
firewall --enabled --service=ssh
selinux --enforcing
bootloader --location=mbr --append="crashkernel=auto"
zerombr
clearpart --all --initlabel
autopart --type=lvm
reboot

%packages
@^minimal-environment
qemu-guest-agent
%end
""", VM=g.vmname(), HASH=g.sha512crypt(), HASH2=g.sha512crypt(), PUB=g.ssh_pub())


@N("cloud-init", "hashed_password")
def n_cloudinit_hashed(g):
    return g.ch(["cloud-init/base.yaml", "nocloud/user-data"]), sub("""#cloud-config
users:
  - name: ops
    groups: [sudo]
    shell: /bin/bash
    lock_passwd: false
    passwd: @HASH@
    ssh_authorized_keys:
      - @PUB@
ssh_pwauth: false
disable_root: true
write_files:
  - path: /etc/machine-info
    content: |
      PRETTY_HOSTNAME=@VM@
      DEPLOYMENT=@U@
""", HASH=g.sha512crypt(), PUB=g.ssh_pub(), VM=g.vmname(), U=g.uuid4())


@N("kubevirt", "vm_uuids")
def n_kubevirt_secretref(g):
    name = g.vmname()
    return "manifests/vms/%s.yaml" % name, sub("""apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: @NAME@
  labels:
    app: @NAME@
spec:
  runStrategy: Always
  template:
    spec:
      domain:
        firmware:
          uuid: @U@
          serial: @SERIAL@
        devices:
          interfaces:
            - name: default
              masquerade: {}
              macAddress: "@MAC@"
          disks:
            - name: root
              disk: {bus: virtio}
            - name: cloudinit
              disk: {bus: virtio}
        resources:
          requests:
            memory: 2Gi
      networks:
        - name: default
          pod: {}
      volumes:
        - name: root
          dataVolume:
            name: @NAME@-root
        - name: cloudinit
          cloudInitNoCloud:
            secretRef:
              name: @NAME@-userdata
""", NAME=name, U=g.uuid4(), SERIAL=g.hexs(16), MAC=g.mac("02:00:00"))


@N("ssh", "host_fingerprint")
def n_ssh_fingerprints(g):
    rows = "\n".join("| %s | %s | ED25519 | %s |" % (g.host(r), g.ip(), g.sshfp()) for r in ["esx", "pve", "kvm", "xcp"])
    return g.ch(["docs/host-keys.md", "docs/security/ssh-fingerprints.md"]), sub("""# Hypervisor SSH host keys

Verify these fingerprints on first connection (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`).

| Host | IP | Type | Fingerprint |
|------|----|------|-------------|
@ROWS@

vCenter certificate SHA-1 thumbprint: `@THUMB@`
""", ROWS=rows, THUMB=g.sha1thumb())


@N("nutanix", "ids")
def n_prism_json(g):
    ents = []
    for _ in range(g.ri(2, 4)):
        ents.append({"metadata": {"uuid": g.uuid4(), "kind": "vm", "spec_version": g.ri(0, 9),
                                  "creation_time": g.ts()},
                     "spec": {"name": g.vmname(), "resources": {"num_sockets": 2, "memory_size_mib": 4096,
                              "nic_list": [{"mac_address": g.mac("50:6b:8d"), "subnet_reference": {"kind": "subnet", "uuid": g.uuid4()}}]},
                              "cluster_reference": {"kind": "cluster", "uuid": g.uuid4()}},
                     "status": {"state": "COMPLETE"}})
    return g.ch(["tests/fixtures/prism_vms_list.json", "docs/samples/nutanix-vms.json"]), json.dumps(
        {"api_version": "3.1", "metadata": {"kind": "vm", "total_matches": len(ents)}, "entities": ents}, indent=2) + "\n"


@N("xenorchestra", "ids")
def n_xo_objects(g):
    vms = [{"type": "VM", "uuid": g.uuid4(), "name_label": g.vmname(), "power_state": "Running",
            "$pool": g.uuid4(), "$container": g.uuid4(), "VIFs": [g.uuid4()],
            "mainIpAddresses": {"0": g.ip()}} for _ in range(g.ri(2, 4))]
    return g.ch(["tests/fixtures/xo-vms.json", "docs/xo/list-objects.json"]), json.dumps(vms, indent=2) + "\n"


@N("hyperv", "vm_uuids")
def n_hyperv_getvm(g):
    rows = "\n".join("%-22s %s %s Running" % (g.vmname(), g.uuid_any(), g.mac("00:15:5d").replace(":", "").upper()) for _ in range(g.ri(3, 6)))
    return g.ch(["docs/hyperv/vm-ids.txt", "notes/hyperv-inventory.txt"]), (
        "PS> Get-VM | Select Name, VMId, @{N='MAC';E={$_.NetworkAdapters[0].MacAddress}}, State\n\n"
        "Name                   VMId                                 MAC          State\n"
        "----                   ----                                 ---          -----\n" + rows + "\n")


@N("hyperv", "env_reference")
def n_hyperv_getcredential(g):
    return g.ch(["scripts/Connect-Cluster.ps1", "hyperv/Invoke-Maintenance.ps1"]), sub("""param(
    [Parameter(Mandatory)] [string] $Cluster,
    [pscredential] $Credential = (Get-Credential -Message "Admin account for $Cluster")
)

# Non-interactive runs read the password from the Windows Credential Manager.
if ($env:CI) {
    $Credential = Get-StoredCredential -Target 'hyperv-maint'
}

$nodes = Get-ClusterNode -Cluster $Cluster
foreach ($n in $nodes) {
    Invoke-Command -ComputerName $n.Name -Credential $Credential -ScriptBlock {
        Suspend-ClusterNode -Drain -Wait
    }
}
""")


@N("virtualbox", "vm_uuids")
def n_vbox_showvminfo(g):
    name = g.vmname()
    return g.ch(["docs/vbox/showvminfo.txt", "notes/vbox-%s.txt" % name]), sub("""$ VBoxManage showvminfo @NAME@ --machinereadable | head -20
name="@NAME@"
groups="/lab"
ostype="Ubuntu (64-bit)"
UUID="@U@"
CfgFile="/home/ops/VirtualBox VMs/@NAME@/@NAME@.vbox"
hardwareuuid="@HU@"
memory=4096
cpus=2
firmware="EFI"
macaddress1="@MAC@"
nic1="nat"
SATA-0-0="/home/ops/VirtualBox VMs/@NAME@/@NAME@.vdi"
SATA-ImageUUID-0-0="@IU@"
""", NAME=name, U=g.uuid4(), HU=g.uuid4(), MAC=g.mac("08:00:27").replace(":", "").upper(), IU=g.uuid4())


@N("vagrant", "checksum")
def n_vagrant_checksum(g):
    return g.ch(["Vagrantfile", "boxes/Vagrantfile"]), sub("""Vagrant.configure("2") do |config|
  config.vm.box = "@ORG@-@IMG@"
  config.vm.box_url = "https://artifacts.@DOM@/boxes/@IMG@.box"
  config.vm.box_download_checksum = "@SHA@"
  config.vm.box_download_checksum_type = "sha256"
  # default insecure key pair; replaced on first boot
  config.ssh.insert_key = true
  config.vm.network "private_network", mac: "@MAC@", ip: "@IP@"
end
""", ORG=g.ch(ORGS), IMG=g.ch(OSIMG), DOM=g.dom(), SHA=g.hexs(64), MAC=g.mac("08:00:27").replace(":", ""), IP=g.ip("192.168.56"))


@N("incus", "fingerprint")
def n_incus_trust_list(g):
    rows = "\n".join("| client | %-12s | %s | %s |" % (g.ch(["laptop", "ci", "terraform", "backup"]), g.hexs(12), g.date())
                     for _ in range(g.ri(2, 4)))
    return g.ch(["docs/incus/trust.md", "notes/incus-trust.txt"]), sub("""$ incus config trust list
+--------+--------------+--------------+------------+
|  TYPE  |     NAME     | FINGERPRINT  | ISSUE DATE |
+--------+--------------+--------------+------------+
@ROWS@
+--------+--------------+--------------+------------+

Server certificate fingerprint (compare when running `incus remote add`):
@FP@
""", ROWS=rows, FP=g.hexs(64))


@N("incus", "public_certificate")
def n_incus_client_crt(g):
    return g.ch(["deploy/incus/client.crt", "ci/lxd/client.crt", "certs/incus-ci.crt"]), g.pub_cert_pem() + "\n"


@N("ovirt", "log")
def n_ovirt_log(g):
    lines = []
    for _ in range(g.ri(6, 10)):
        lines.append("%s,%03d+02 INFO  [org.ovirt.engine.core.bll.%s] (default task-%d) [%s] Running command: %s internal: false. Entities affected :  ID: %s Type: VM" % (
            g.ts().replace("T", " ").rstrip("Z"), g.ri(0, 999), g.ch(["RunVmCommand", "StopVmCommand", "AddVmCommand"]),
            g.ri(1, 90), g.uuid4()[:8] + g.hexs(0), g.ch(["RunVmCommand", "StopVmCommand"]), g.uuid4()))
    return g.ch(["logs/engine.log.sample", "docs/debug/engine.log"]), "\n".join(lines) + "\n"


@N("various", "inventory_csv")
def n_vm_csv(g):
    rows = ["name,platform,moref_or_vmid,uuid,mac,ip,owner"]
    for _ in range(g.ri(6, 12)):
        plat = g.ch(["vsphere", "proxmox", "openstack", "xcp-ng"])
        mid = {"vsphere": _moref(g, "vm"), "proxmox": str(g.ri(100, 999)), "openstack": g.uuid4()[:8], "xcp-ng": "-"}[plat]
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (g.vmname(), plat, mid, g.uuid4(), g.mac(), g.ip(), g.ch(["platform", "data", "web"])))
    return g.ch(["inventory/vms.csv", "data/cmdb-export.csv"]), "\n".join(rows) + "\n"


@N("various", "sql_ids")
def n_vm_sql(g):
    vals = ",\n".join("  ('%s', '%s', '%s', '%s', '%s')" % (g.uuid4(), g.vmname(), g.mac(), _moref(g, "vm"), g.hexs(40))
                      for _ in range(g.ri(3, 6)))
    return g.ch(["db/seeds/vms.sql", "migrations/0042_seed_vms.sql"]), sub("""-- seed data for the CMDB test environment
INSERT INTO virtual_machines (uuid, name, mac_address, moref, config_sha1) VALUES
@VALS@;
""", VALS=vals)


@N("vmware", "esxcli")
def n_esxcli(g):
    return g.ch(["docs/esxi/host-info.txt", "notes/esxcli-output.txt"]), sub("""[root@@ESX@:~] esxcli system uuid get
@SU@
[root@@ESX@:~] esxcli storage vmfs extent list
Volume Name   VMFS UUID                            Extent Number  Device Name                           Partition
------------  -----------------------------------  -------------  ------------------------------------  ---------
datastore1    @V1@              0  naa.@NAA@          3
[root@@ESX@:~] esxcli network nic list | head -3
Name    PCI Device    Driver  Admin Status  Link Status  Speed  Duplex  MAC Address
vmnic0  0000:18:00.0  i40en   Up            Up           10000  Full    @MAC@
""", ESX=g.host("esx"), SU="%s-%s-%s-%s" % (g.hexs(8), g.hexs(8), g.hexs(4), g.hexs(12)),
        V1="%s-%s-%s-%s" % (g.hexs(8), g.hexs(8), g.hexs(4), g.hexs(12)), NAA=g.hexs(32), MAC=g.mac("3c:fd:fe"))


@N("ceph", "fsid")
def n_ceph_conf(g):
    return g.ch(["files/ceph/ceph.conf", "roles/kvm/templates/ceph.conf"]), sub("""[global]
fsid = @FSID@
mon_host = [v2:@M1@:3300/0,v1:@M1@:6789/0] [v2:@M2@:3300/0,v1:@M2@:6789/0]
auth_cluster_required = cephx
auth_service_required = cephx
auth_client_required = cephx

[client.libvirt]
keyring = /etc/ceph/ceph.client.libvirt.keyring
admin socket = /var/run/ceph/$cluster-$type.$id.$pid.$cctid.asok
""", FSID=g.uuid4(), M1=g.ip(), M2=g.ip())


@N("vmware", "ovf_manifest")
def n_ovf_mf(g):
    name = g.ch(OSIMG)
    return "ova/%s.mf" % name, sub("""SHA256(@N@.ovf)= @A@
SHA256(@N@-disk1.vmdk)= @B@
SHA256(@N@.cert)= @C@
""", N=name, A=g.hexs(64), B=g.hexs(64), C=g.hexs(64))


@N("vmware", "ovf_ids")
def n_ovf_xml(g):
    return g.ch(["ova/appliance.ovf", "templates/ovf/base.ovf"]), sub("""<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
          xmlns:vmw="http://www.vmware.com/schema/ovf">
  <References>
    <File ovf:href="disk1.vmdk" ovf:id="file1" ovf:size="@SIZE@"/>
  </References>
  <DiskSection>
    <Info>Virtual disk information</Info>
    <Disk ovf:capacity="40" ovf:capacityAllocationUnits="byte * 2^30" ovf:diskId="vmdisk1"
          ovf:fileRef="file1" ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"
          vmw:uuid="@U@"/>
  </DiskSection>
  <VirtualSystem ovf:id="@NAME@">
    <Info>A virtual machine</Info>
    <vmw:BootOrderSection vmw:type="disk"><Info>Boot order</Info></vmw:BootOrderSection>
    <ProductSection>
      <Info>Guest properties</Info>
      <Property ovf:key="guestinfo.hostname" ovf:type="string" ovf:userConfigurable="true"/>
      <Property ovf:key="guestinfo.password" ovf:type="string" ovf:password="true" ovf:userConfigurable="true"/>
    </ProductSection>
  </VirtualSystem>
</Envelope>
""", SIZE=str(g.ri(10 ** 8, 10 ** 10)), U=g.uuid4(), NAME=g.vmname())


@N("various", "env_reference")
def n_py_env(g):
    return g.ch(["app/settings.py", "tools/config.py"]), sub('''import os

VCENTER_HOST = os.environ.get("VCENTER_HOST", "@VC@")
VCENTER_USER = os.environ.get("VCENTER_USER", "readonly@vsphere.local")
VCENTER_PASSWORD = os.environ["VCENTER_PASSWORD"]

PROXMOX_TOKEN_ID = os.getenv("PROXMOX_TOKEN_ID", "@TID@")
PROXMOX_TOKEN_SECRET = os.getenv("PROXMOX_TOKEN_SECRET")

OS_CLOUD = os.getenv("OS_CLOUD", "prod")
VM_NAMESPACE_UUID = "@U@"
''', VC=g.host("vcsa"), TID=_pve_tid(g), U=g.uuid4())


@N("various", "env_reference")
def n_go_env(g):
    return g.ch(["internal/config/config.go", "pkg/settings/env.go"]), sub('''package config

import "os"

type Hypervisor struct {
	Endpoint    string
	TokenID     string
	TokenSecret string
}

// FromEnv reads the Proxmox credentials; the secret never has a default.
func FromEnv() Hypervisor {
	return Hypervisor{
		Endpoint:    getenv("PVE_ENDPOINT", "https://@HOST@:8006"),
		TokenID:     getenv("PVE_TOKEN_ID", "@TID@"),
		TokenSecret: os.Getenv("PVE_TOKEN_SECRET"),
	}
}

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}
''', HOST=g.host("pve"), TID=_pve_tid(g))


@N("various", "secret_manager_reference")
def n_external_secret(g):
    return g.ch(["k8s/external-secrets/vsphere.yaml", "deploy/secrets/vcenter-externalsecret.yaml"]), sub("""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: vsphere-credentials
  namespace: kube-system
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: vsphere-cloud-secret
  data:
    - secretKey: @VC@.username
      remoteRef:
        key: infra/vsphere/k8s-cpi
        property: username
    - secretKey: @VC@.password
      remoteRef:
        key: infra/vsphere/k8s-cpi
        property: password
""", VC=g.host("vcsa"))


@N("various", "ssh_public_key")
def n_authorized_keys(g):
    keys = "\n".join(g.ssh_pub("%s@%s" % (g.ch(["ops", "ci", "ansible", "alice", "bob"]), g.ch(["laptop", "bastion", "ctrl01"]))) for _ in range(g.ri(2, 5)))
    return g.ch(["files/authorized_keys", "roles/hypervisor/files/authorized_keys"]), keys + "\n"


@N("libvirt", "vm_uuids")
def n_virsh_dominfo(g):
    name = g.vmname()
    return g.ch(["docs/kvm/dominfo.txt", "notes/virsh-%s.txt" % name]), sub("""$ virsh dominfo @NAME@
Id:             @ID@
Name:           @NAME@
UUID:           @U@
OS Type:        hvm
State:          running
CPU(s):         4
Max memory:     8388608 KiB
Used memory:    8388608 KiB
Persistent:     yes
Autostart:      enable
Managed save:   no
Security model: selinux
Security DOI:   0
Security label: system_u:system_r:svirt_t:s0:c@C1@,c@C2@ (enforcing)

$ virsh domiflist @NAME@
 Interface   Type     Source   Model    MAC
-------------------------------------------------------------
 vnet@ID@      bridge   br0      virtio   @MAC@
""", NAME=name, ID=str(g.ri(1, 60)), U=g.uuid4(), C1=str(g.ri(1, 500)), C2=str(g.ri(501, 1023)), MAC=g.mac("52:54:00"))


@N("openstack", "ids")
def n_heat_template(g):
    return g.ch(["heat/stack.yaml", "orchestration/web-stack.yaml"]), sub("""heat_template_version: 2021-04-16
description: Web tier

parameters:
  image:
    type: string
    default: @IMGID@
  network:
    type: string
    default: @NETID@
  db_password:
    type: string
    hidden: true

resources:
  web_port:
    type: OS::Neutron::Port
    properties:
      network: { get_param: network }
      mac_address: "@MAC@"
  web:
    type: OS::Nova::Server
    properties:
      image: { get_param: image }
      flavor: m1.small
      networks:
        - port: { get_resource: web_port }
      user_data_format: RAW
      user_data:
        str_replace:
          template: |
            #!/bin/sh
            echo "DB_PASSWORD=$db_pw" > /etc/app.env
          params:
            $db_pw: { get_param: db_password }
""", IMGID=g.uuid4(), NETID=g.uuid4(), MAC=g.mac("fa:16:3e"))


# ===========================================================================
# driver
# ===========================================================================
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Vagrantfile":
        return "rb"
    if base == ".env" or base.startswith(".env."):
        return "env"
    if base in ("user-data",):
        return "yaml"
    if base in ("SHA256SUMS", "authorized_keys") or "." not in base:
        return "txt" if base != "xo-backup-status" else "sh"
    if base.endswith((".example", ".sample")):
        base = base.rsplit(".", 1)[0]
    ext = base.rsplit(".", 1)[-1]
    if base.endswith(".pkr.hcl"):
        return "hcl"
    if ext == "key" or ext == "crt":
        return "pem"
    return ext


def is_env_file(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or base.startswith(".env.")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_lp.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(seed)
    ENV_BUDGET[0] = 0
    import shutil
    for sub_ in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub_)):
            shutil.rmtree(os.path.join(outdir, sub_))
    os.makedirs(outdir, exist_ok=True)

    manifest, secrets = [], []
    n_env = 0

    # ---- positives
    order = []
    while len(order) < 500:
        batch = list(POS)
        g.R.shuffle(batch)
        order.extend(batch)
    order = order[:500]
    for i, (fn, provider, kind, lang, _neg_ok, ctx) in enumerate(order):
        value, needle = SECRET(g, kind, ctx)
        path, text = fn(g, value)
        assert needle and "\n" not in needle
        rel = "pos/p%04d/%s" % (i, path)
        lines = text.split("\n")
        line = next(k + 1 for k, l in enumerate(lines) if needle in l)
        assert needle in lines[line - 1], (rel, needle)
        assert text.find(needle) >= sum(len(l) + 1 for l in lines[:line - 1])
        if is_env_file(path):
            n_env += 1
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": provider,
                         "kind": "private_key" if kind.startswith("private_key") else kind,
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert n_env <= 25, n_env

    # ---- negatives: half templates with a harmless slot, half look-alikes
    reuse = [t for t in POS if t[4]]
    plan = ["reuse"] * 250 + ["alike"] * 250
    g.R.shuffle(plan)
    rq, aq = [], []
    for i, how in enumerate(plan):
        if how == "reuse":
            if not rq:
                rq = list(reuse)
                g.R.shuffle(rq)
            fn, provider, kind, lang, _n, _c = rq.pop()
            value, subkind = FILLER(g, kind, lang)
            path, text = fn(g, value)
            kname = "%s:%s" % (subkind, "private_key" if kind.startswith("private_key") else kind)
        else:
            if not aq:
                aq = list(NEG)
                g.R.shuffle(aq)
            fn, provider, kname = aq.pop()
            path, text = fn(g)
        assert not is_env_file(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kname,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- re-read and verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
        assert not any(s["needle"] in l for l in lines[:s["line"] - 1]), s
    assert len(manifest) == 1000 and len(secrets) == 500
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
