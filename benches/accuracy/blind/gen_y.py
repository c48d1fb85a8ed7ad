#!/usr/bin/env python3
"""Blind evaluation-set generator "y" for a git pre-commit secret scanner.

EMPHASIS
    Configuration management and infrastructure orchestration: the repos of
    ops teams that drive fleets of machines.  Ansible inventories,
    group_vars/host_vars, roles, ansible.cfg, Chef data bags / knife.rb /
    attributes, Puppet Hiera + manifests, Salt pillars and master/minion/cloud
    configs, Terraform (.tf, .tfvars, .auto.tfvars.json, .terraformrc),
    Pulumi stack files, Packer (HCL and JSON), Vagrantfiles, cloud-init,
    kickstart, preseed, Nomad jobs, Consul/Vault HCL, Vault runbooks,
    Argo CD / Flux / Crossplane manifests, Jenkins casc.yaml, Makefiles, shell
    wrappers, Markdown runbooks, direnv .envrc, .edgerc, govc env files.
    Credentials sit next to their encrypted / looked-up twins, and the
    negatives are exactly those twins.

USAGE
    python3 gen_y.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path>, OUTDIR/neg/nNNNN/<relative path>
    (500 + 500, one file per directory), OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl
    ({"file","needle","line"} for positives).  Deterministic per SEED: the only
    source of randomness is random.Random(SEED).  Standard library only.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file (no quotes
      around it); line = 1-based line on which the needle sits.  Every needle
      is single-line; the stated line is its FIRST occurrence.  It occurs
      exactly once, except in preseed files where the "-again" confirmation
      line repeats the same password (one credential, two lines).
    * Credentials made of an identifier + a secret (AWS key id + secret key,
      OVH application key + secret, Akamai client_token + client_secret,
      Scaleway access key + secret key, Proxmox token id + secret) carry the
      SECRET half as needle.  The identifier half may sit on a neighbouring
      line of the same file; it is part of the same credential, not a second
      one.  Where a format needs a second secret (Akamai access_token, OVH
      consumer key) the second one is written as a variable reference so the
      file holds ONE secret.
    * Proxmox "user@realm!id=UUID" strings: needle is the UUID part.
    * Rancher "token-xxxxx:secret" bearer tokens: needle is the full bearer
      string (access key + ':' + secret), as that is the single string used.
    * Raw multi-line PEM (Chef client key in knife.rb heredoc): needle is the
      FIRST base64 body line (the line after -----BEGIN ...-----).  JSON-
      embedded PEM (GCP service-account JSON): needle is the whole escaped
      "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n" value.
    * Passwords in URLs / "user:pass" pairs (cloud-init chpasswd, curl -u):
      needle is the password only.
    * About a third of positives use a variable name that does not name the
      provider (token, secret, auth, api_key in a provider-named block,
      positional CLI arguments, ...).

DOUBTS (formats I am unsure of)
    * Rancher API bearer token: "token-" + 5 chars + ":" + 54 chars from the
      consonant/digit alphabet "bcdfghjklmnpqrstvwxz2456789" - my recollection
      of Rancher's random-string charset, not re-verified in docs.
    * Portainer API key: "ptr_" + base64 (std, 44 chars incl. '=') of 32 random
      bytes - from memory; Portainer docs only say "X-API-Key".
    * Vultr API key: 36 chars [A-Z0-9] - from memory of the control panel.
    * Hetzner Cloud token: 64 chars [A-Za-z0-9]; Linode PAT: 64 lowercase hex.
    * Terraform Cloud token: 14 alnum + ".atlasv1." + 67 alnum; the exact
      length of the tail varies between sources I remember (60-70).
    * Pulumi access token: "pul-" + 40 lowercase hex.
    * Azure AD client secret: 3 alnum + digit + "Q~" + 34 chars of
      [A-Za-z0-9_.~-] (40 total) - the newer portal-generated shape.
    * Vault service tokens: short "hvs." + 24 base62 (root tokens from
      operator init) and long "hvs.CAESI..." (base64url protobuf: 0x08 0x01,
      field 2 = 32-byte HMAC, field 3 = nested "hvs." + 24).  The long form is
      reconstructed from memory of how such tokens decode.
    * Vault unseal key shares: base64 of 33 bytes (32-byte share + x byte),
      44 chars without padding, as in "vault operator init" output.
    * Akamai EdgeGrid: client_secret = base64 of 32 bytes (44 chars with '='),
      client_token/access_token = "akab-" + 16 + "-" + 16 lowercase alnum.
      The techdocs sample shows irregular group lengths; I use 16/16.
    * Galaxy/Automation Hub token in ansible.cfg: 40 lowercase hex (Galaxy
      API token); Automation Hub offline tokens are JWT-like and not modelled.
    * AWX/Tower OAuth2 personal tokens: 30 chars [A-Za-z0-9]
      (django-oauth-toolkit default); Rundeck API tokens: 32 chars [A-Za-z0-9].
    * Jenkins user API tokens: "11" + 32 lowercase hex.
    * GitLab PAT: legacy "glpat-" + 20 chars [A-Za-z0-9_-] only.
    * Scaleway access key: "SCW" + 17 chars [A-Z0-9]; secret key: UUID v4.
    * OVH: application key 16 alnum, application secret 32 alnum, consumer
      key 32 alnum.
    * Random DER inside PEM bodies is not a valid RSA key (only the ASN.1
      prefix is realistic); a scanner validating key structure would reject.

SEARCH NOTE
    Formats came from own knowledge plus provider docs found with the docs
    corpus (Akamai techdocs .edgerc sample, Vault operator docs, Rancher API
    key docs, Proxmox docs).  One docs result was a GitGuardian detector
    description page (prose only, no pattern); it was not used.
"""
import base64
import json
import os
import random
import sys
import zlib
from collections import Counter

N_POS = 500
N_NEG = 500

# ---------------------------------------------------------------- alphabets
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B62 = DIGITS + UPPER + LOWER
RANCHER = "bcdfghjklmnpqrstvwxz2456789"


def bad_seq(s):
    """Reject obvious sequences / repeats (abcd, 1234, aaaa, dcba)."""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(ch) for ch in low[i:i + 4])
        if b - a == c - b == d - c and abs(b - a) <= 1:
            return True
    for bad in ("xxxx", "abcd", "1234", "test", "fake", "dummy", "example"):
        if bad in low:
            return True
    return False


class R:
    """Random helpers bound to one random.Random."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.dom = None  # sticky per-file domain, see domain()

    # plumbing
    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def random(self):
        return self.r.random()

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    def shuffle(self, seq):
        self.r.shuffle(seq)

    def chance(self, p):
        return self.r.random() < p

    # random strings
    def s(self, n, alphabet=ALNUM):
        while True:
            out = "".join(self.r.choice(alphabet) for _ in range(n))
            if not bad_seq(out):
                return out

    def hex(self, n):
        return self.s(n, HEX)

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, nbytes, pad=True, url=False):
        while True:
            raw = self.rbytes(nbytes)
            out = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
            if not pad:
                out = out.rstrip("=")
            if not bad_seq(out):
                return out

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ip(self, net="10"):
        if net == "10":
            return "10.%d.%d.%d" % (self.randint(0, 60), self.randint(0, 254), self.randint(2, 250))
        if net == "172":
            return "172.%d.%d.%d" % (self.randint(16, 31), self.randint(0, 254), self.randint(2, 250))
        return "192.168.%d.%d" % (self.randint(0, 40), self.randint(2, 250))


# ------------------------------------------------------------- vocabularies
COMPANIES = ["hallwick", "orbitlane", "nordvik", "tallgrass", "keelhaus", "brightmoor",
             "quarrystone", "lumenfield", "ostrava-ops", "cedarpoint", "ironbark", "veltmann",
             "saltmarsh", "harborline", "pinecrest", "redwharf"]
TLDS = ["io", "net", "internal", "corp", "lan", "cloud"]
DCS = ["fra1", "ams3", "dub1", "iad2", "waw1", "hel1", "nbg1", "sfo3", "lon1", "par2"]
ROLES = ["web", "app", "db", "cache", "lb", "mq", "worker", "bastion", "mon", "log",
         "k8s-node", "nfs", "ci", "proxy", "search", "kafka", "etcd", "vault", "consul", "nomad"]
ENVS = ["prod", "production", "staging", "stage", "qa", "dev", "uat", "preprod", "sandbox"]
APPS = ["billing", "ledger", "checkout", "inventory", "portal", "reports", "notifier",
        "gateway", "catalog", "shipping", "auth", "scheduler", "crm", "payroll", "tracker"]
DB_USERS = ["app", "svc_app", "django", "rails", "billing_rw", "etl", "grafana", "keycloak",
            "gitea", "nextcloud", "zabbix", "replicator", "backup", "readonly", "airflow"]
ADMIN_USERS = ["ansible", "deploy", "ops", "svc-automation", "sysadmin", "provision",
               "automation", "infra", "ci-deploy", "terraform"]
FIRST = ["Marek", "Jolanta", "Sven", "Aisling", "Tomas", "Priya", "Gunnar", "Ilse", "Dario",
         "Kasia", "Bjorn", "Mireille", "Oskar", "Yusuf", "Elena", "Radek", "Hanne", "Luca",
         "Agnieszka", "Teodor", "Freya", "Matteo", "Ines", "Pavel"]
WORDS = ["winter", "falcon", "harbor", "granite", "mistral", "lantern", "copper", "juniper",
         "tundra", "orchid", "saffron", "anchor", "glacier", "maple", "thunder", "sparrow",
         "meadow", "cobalt", "pelican", "timber", "canyon", "ember", "quartz", "willow",
         "marble", "hornet", "voyager", "nebula", "badger", "fjord", "kestrel", "dune"]
CITIES = ["Gdansk", "Bergen", "Porto", "Tallinn", "Lyon", "Brno", "Cork", "Aarhus",
          "Ghent", "Turku", "Split", "Malaga", "Bremen", "Krakow", "Oulu"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
PW_SYMS = ".!@_-*&%+"
GEN_PW_ALPHA = ALNUM + "-_.!@%^*+="


def human_password(r):
    while True:
        p = r.randint(0, 6)
        w = r.choice(WORDS)
        w2 = r.choice([x for x in WORDS if x != w])
        yr = str(r.randint(1968, 2006))
        sym = r.choice(PW_SYMS)
        if p == 0:
            pw = r.choice(FIRST) + sym + yr + w
        elif p == 1:
            pw = w.capitalize() + sym + w2.capitalize() + str(r.randint(10, 99))
        elif p == 2:
            lw = "".join(LEET.get(c, c) if r.chance(0.6) else c for c in w)
            pw = lw.capitalize() + sym + str(r.randint(1, 9)) + r.choice(["", w2[:3]])
        elif p == 3:
            pw = r.choice(CITIES) + yr[2:] + sym + w.capitalize()
        elif p == 4:
            pw = w + r.choice("-_.") + r.choice(FIRST) + str(r.randint(2, 99)) + sym
        elif p == 5:
            pw = r.choice(FIRST).lower() + yr + sym + w2.upper()[:4]
        else:
            pw = w.capitalize() + str(r.randint(100, 999)) + sym + r.choice(CITIES).lower()
        if not bad_seq(pw) and 10 <= len(pw) <= 28:
            return pw


def gen_password(r, n=None):
    n = n or r.randint(16, 32)
    while True:
        pw = r.s(n, GEN_PW_ALPHA)
        if pw[0] in ALNUM and any(c in DIGITS for c in pw) and any(c in UPPER for c in pw):
            return pw


def any_password(r):
    return human_password(r) if r.chance(0.5) else gen_password(r)


def b62enc(n, width=6):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def gh_token(r, prefix="ghp_"):
    body = r.s(30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def npm_token(r):
    return gh_token(r, "npm_")


def aws_pair(r):
    return "AKIA" + r.s(16, UPPER + "234567"), r.s(40, B64)


def azure_secret(r):
    return r.s(3) + r.choice(DIGITS) + "Q~" + r.s(34, ALNUM + "_.~-")


def vault_token_short(r):
    return "hvs." + r.s(24)


def vault_token_long(r):
    inner = ("hvs." + r.s(24)).encode()
    blob = b"\x08\x01\x12\x20" + r.rbytes(32) + b"\x1a" + bytes([len(inner) + 2]) + b"\x0a" + bytes([len(inner)]) + inner
    return "hvs." + base64.urlsafe_b64encode(blob).decode().rstrip("=")


def unseal_key(r):
    return base64.b64encode(r.rbytes(33)).decode()


def tfc_token(r):
    return r.s(14) + ".atlasv1." + r.s(67)


def akamai_tok(r):
    return "akab-" + r.s(16, LOWER + DIGITS) + "-" + r.s(16, LOWER + DIGITS)


def rancher_token(r):
    return "token-" + r.s(5, RANCHER) + ":" + r.s(54, RANCHER)


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        r.s(10, UPPER + DIGITS), r.s(10, UPPER + DIGITS), r.s(24))


def pem_body(r, kind="rsa"):
    """Return list of 64-char base64 lines for a plausible PEM body."""
    if kind == "rsa":
        prefix = bytes.fromhex("308204a40201000282010100")
        raw = prefix + r.rbytes(1192 - len(prefix))
    else:  # pkcs8
        prefix = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
        raw = prefix + r.rbytes(1217 - len(prefix))
    b = base64.b64encode(raw).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def crypt_sha512(r):
    salt = r.s(16, ALNUM + "./")
    return "$6$" + salt + "$" + r.s(86, ALNUM + "./")


def domain(r):
    if r.dom and r.chance(0.85):
        return r.dom
    return "%s.%s" % (r.choice(COMPANIES), r.choice(TLDS))


def new_file_domain(r):
    r.dom = None
    r.dom = domain(r)


def host(r, role=None, dom=None):
    return "%s%02d.%s.%s" % (role or r.choice(ROLES), r.randint(1, 24), r.choice(DCS), dom or domain(r))


# ------------------------------------------------------------------ fillers
TZS = ["Europe/Warsaw", "Europe/Berlin", "UTC", "Europe/Dublin", "America/New_York", "Europe/Oslo"]
PKGS = ["curl", "vim", "htop", "jq", "git", "rsync", "unzip", "chrony", "tmux", "lsof",
        "tcpdump", "sysstat", "python3-pip", "ca-certificates", "gnupg", "auditd", "logrotate"]


def _ver(r):
    return "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 12))


YAML_BLOCKS = [
    lambda r: ["ntp_servers:", "  - 0.pool.ntp.org", "  - 1.pool.ntp.org", "  - time.cloudflare.com"],
    lambda r: ["timezone: %s" % r.choice(TZS)],
    lambda r: ["common_packages:"] + ["  - %s" % p for p in r.sample(PKGS, r.randint(3, 7))],
    lambda r: ["node_exporter_version: \"%s\"" % _ver(r), "node_exporter_listen: \"0.0.0.0:9100\""],
    lambda r: ["sshd_permit_root_login: \"no\"", "sshd_password_authentication: \"no\"",
               "sshd_allow_groups: [wheel, %s]" % r.choice(ADMIN_USERS)],
    lambda r: ["sysctl_settings:", "  vm.swappiness: %d" % r.choice([1, 10, 30]),
               "  net.core.somaxconn: %d" % r.choice([1024, 4096, 65535]),
               "  fs.file-max: %d" % r.choice([262144, 1048576])],
    lambda r: ["firewall_allowed_tcp_ports:"] + ["  - %d" % p for p in r.sample([22, 80, 443, 8080, 9100, 5432, 6379, 8500], 3)],
    lambda r: ["logrotate_keep_days: %d" % r.choice([7, 14, 30, 90]), "logrotate_compress: true"],
    lambda r: ["app_name: %s" % r.choice(APPS), "app_port: %d" % r.choice([3000, 8000, 8080, 8443, 9000]),
               "app_workers: %d" % r.choice([2, 4, 8, 16])],
    lambda r: ["deploy_user: %s" % r.choice(ADMIN_USERS), "deploy_group: %s" % r.choice(["deploy", "www-data", "app"]),
               "deploy_dir: /opt/%s" % r.choice(APPS)],
    lambda r: ["backup_enabled: %s" % r.choice(["true", "false"]), "backup_schedule: \"%d %d * * *\"" % (r.randint(0, 59), r.randint(0, 5)),
               "backup_retention: %d" % r.choice([7, 14, 30])],
    lambda r: ["dns_nameservers:", "  - %s" % r.ip(), "  - %s" % r.ip()],
    lambda r: ["postgresql_version: \"%d\"" % r.choice([13, 14, 15, 16]), "postgresql_max_connections: %d" % r.choice([100, 200, 500]),
               "postgresql_shared_buffers: \"%dMB\"" % r.choice([256, 512, 1024, 4096])],
    lambda r: ["nginx_worker_processes: auto", "nginx_client_max_body_size: %dm" % r.choice([8, 16, 64, 100])],
    lambda r: ["monitoring_enabled: true", "prometheus_scrape_interval: %ds" % r.choice([15, 30, 60])],
    lambda r: ["# managed by ansible - do not edit on hosts"],
    lambda r: ["env: %s" % r.choice(ENVS), "datacenter: %s" % r.choice(DCS)],
    lambda r: ["java_heap_size: %dg" % r.choice([1, 2, 4, 8]), "java_package: openjdk-%d-jre-headless" % r.choice([11, 17, 21])],
    lambda r: ["admin_users:"] + ["  - name: %s\n    groups: [wheel]" % n.lower() for n in r.sample(FIRST, 2)],
    lambda r: ["redis_maxmemory: %dmb" % r.choice([256, 512, 2048]), "redis_maxmemory_policy: allkeys-lru"],
]


def yaml_fill(r, lo=2, hi=5):
    out = []
    for blk in r.sample(YAML_BLOCKS, r.randint(lo, hi)):
        for ln in blk(r):
            out.extend(ln.split("\n"))
    return out


HCL_COMMENTS = ["# Managed by Terraform", "# see docs/infra.md for the layout",
                "# TODO: move to remote state", "# shared across all environments",
                "# do not edit by hand - generated from templates", "# owner: platform-team"]


def tf_terraform_block(r, provs):
    out = ["terraform {", "  required_version = \">= 1.%d.0\"" % r.randint(3, 8), "", "  required_providers {"]
    for name, src in provs:
        out += ["    %s = {" % name, "      source  = \"%s\"" % src,
                "      version = \"~> %d.%d\"" % (r.randint(1, 5), r.randint(0, 40)), "    }"]
    out += ["  }", "}", ""]
    return out


def tf_extra(r):
    """A few plausible unrelated terraform blocks."""
    blocks = [
        lambda: ["locals {", "  env    = \"%s\"" % r.choice(ENVS), "  owner  = \"%s\"" % r.choice(["platform", "sre", "infra", "ops"]),
                 "  common_tags = {", "    ManagedBy   = \"terraform\"", "    Environment = local.env", "  }", "}", ""],
        lambda: ["variable \"region\" {", "  type    = string", "  default = \"%s\"" % r.choice(["eu-central-1", "us-east-1", "eu-west-1", "fra1", "nbg1", "eu-de"]), "}", ""],
        lambda: ["variable \"instance_count\" {", "  type    = number", "  default = %d" % r.randint(1, 6), "}", ""],
        lambda: ["output \"workspace\" {", "  value = terraform.workspace", "}", ""],
        lambda: [r.choice(HCL_COMMENTS), ""],
    ]
    out = []
    for b in r.sample(blocks, r.randint(1, 3)):
        out += b()
    return out


SH_PRE = [
    lambda r: ["set -euo pipefail"],
    lambda r: ["cd \"$(dirname \"$0\")/..\""],
    lambda r: ["ENVIRONMENT=\"${1:-%s}\"" % r.choice(ENVS)],
    lambda r: ["LOG_DIR=/var/log/%s" % r.choice(APPS), "mkdir -p \"$LOG_DIR\""],
    lambda r: ["log() { echo \"[$(date +%H:%M:%S)] $*\" >&2; }"],
]


def sh_pre(r):
    out = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    for b in r.sample(SH_PRE[1:], r.randint(1, 3)):
        out += b(r)
    return out + [""]


MD_INTRO = [
    "This page describes the procedure used by the on-call engineer.",
    "Run these steps from the bastion host, not from a laptop.",
    "Last reviewed during the quarterly DR exercise.",
    "Ping #ops-oncall before starting, some steps page the database team.",
    "Steps below assume you already have VPN access and sudo on the jump host.",
]


def md_head(r, title, tool=None):
    return ["# " + title, "", r.choice(MD_INTRO), "", "## Prerequisites", "",
            "- access to `%s`" % host(r, "bastion"),
            "- %s" % CLI_VERSIONS[tool or r.choice(["vault", "nomad", "consul", "terraform", "ansible"])], ""]


CLI_VERSIONS = {"vault": "the `vault` CLI, 1.15 or newer", "nomad": "the `nomad` CLI, 1.7 or newer",
                "consul": "the `consul` CLI, 1.17 or newer", "terraform": "terraform 1.6+ and a TFC team token",
                "ansible": "ansible-core 2.15+", "ssh": "OpenSSH 8.9 or newer on your workstation",
                "pveum": "root shell on one of the PVE nodes"}


ENVRC_EXTRA = ["watch_file .tool-versions", "use asdf", "layout python3", "PATH_add bin", "PATH_add scripts",
               "dotenv_if_exists .env.local", "export ANSIBLE_CONFIG=$PWD/ansible.cfg", "export KUBECONFIG=$PWD/.kube/config",
               "export TF_PLUGIN_CACHE_DIR=$HOME/.terraform.d/plugin-cache", "strict_env"]


def envrc_extra(r, lo=1, hi=3):
    return r.sample(ENVRC_EXTRA, r.randint(lo, hi))


def ini_hosts(r, role, n=None, extra=""):
    n = n or r.randint(2, 5)
    dom = r.dom or domain(r)
    return ["%s%02d.%s ansible_host=%s%s" % (role, i + 1, dom, r.ip(), extra) for i in range(n)]


def rb_attr_fill(r, cb):
    out = []
    for _ in range(r.randint(2, 5)):
        out.append(r.choice([
            "default['%s']['version'] = '%s'" % (cb, _ver(r)),
            "default['%s']['port'] = %d" % (cb, r.choice([3306, 5432, 6379, 8080, 9200])),
            "default['%s']['user'] = '%s'" % (cb, r.choice(DB_USERS)),
            "default['%s']['data_dir'] = '/var/lib/%s'" % (cb, cb),
            "default['%s']['log_level'] = '%s'" % (cb, r.choice(["info", "warn", "debug"])),
            "default['%s']['bind_address'] = '%s'" % (cb, r.ip()),
            "default['%s']['max_connections'] = %d" % (cb, r.choice([100, 250, 500])),
        ]))
    return list(dict.fromkeys(out))


def k8s_meta(r, kind, name, ns, api="v1", labels=None):
    out = ["apiVersion: %s" % api, "kind: %s" % kind, "metadata:", "  name: %s" % name]
    if ns:
        out.append("  namespace: %s" % ns)
    if labels:
        out.append("  labels:")
        out += ["    %s: %s" % kv for kv in labels]
    return out


# ------------------------------------------------------------ registration
POS = []
NEG = []


def pos(provider, kind, filetype):
    def deco(fn):
        POS.append((provider, kind, filetype, fn))
        return fn
    return deco


def neg(provider, kind, filetype):
    def deco(fn):
        NEG.append((provider, kind, filetype, fn))
        return fn
    return deco


def q(r, v):
    """YAML scalar quoting variety."""
    return r.choice(["'%s'" % v, "\"%s\"" % v, v]) if all(c in ALNUM + "-_." for c in v) else r.choice(["'%s'" % v, "\"%s\"" % v])


def nm(r, g, specific, generic):
    return r.choice(generic) if g else r.choice(specific)


# ===================================================== POSITIVES: ansible
@pos("ansible", "inventory-ansible_password", "ansible-inventory-ini")
def p_inv_ini(r, g):
    env = r.choice(ENVS)
    pw = any_password(r)
    role = r.choice(["db", "app", "legacy", "appliance", "nas"])
    lines = ["# %s inventory - generated from CMDB export, then hand edited" % env, ""]
    lines += ["[web]"] + ini_hosts(r, "web") + [""]
    hosts = ini_hosts(r, role, r.randint(1, 3))
    k = r.randint(0, len(hosts) - 1)
    var = r.choice(["ansible_password", "ansible_ssh_pass"])
    if r.chance(0.5):
        hosts[k] += " ansible_user=%s %s=%s" % (r.choice(["root", "admin", "ubuntu", "centos"]), var, pw)
        lines += ["[%s]" % role] + hosts + [""]
    else:
        lines += ["[%s]" % role] + hosts + ["", "[%s:vars]" % role, "ansible_user=%s" % r.choice(["root", "admin", "ubuntu"]), "%s=%s" % (var, pw), ""]
    lines += ["[%s:children]" % env, "web", role, "", "[all:vars]", "ansible_python_interpreter=/usr/bin/python3"]
    return "inventories/%s/hosts.ini" % env, lines, pw


@pos("ansible", "group_vars-become_pass", "ansible-group_vars-yaml")
def p_gv_become(r, g):
    pw = any_password(r)
    var = nm(r, g, ["ansible_become_pass", "ansible_become_password"], ["sudo_pass", "become_secret"])
    lines = ["---"] + yaml_fill(r, 1, 3) + ["ansible_user: %s" % r.choice(ADMIN_USERS), "ansible_become: true",
                                        "%s: %s" % (var, q(r, pw))]
    if var in ("sudo_pass", "become_secret"):
        lines += ["ansible_become_pass: \"{{ %s }}\"" % var]
    lines += yaml_fill(r, 1, 3)
    return "group_vars/%s.yml" % r.choice(["all", "linux", "dbservers", "webservers", r.choice(ENVS)]), lines, pw


@pos("ansible", "vault_var-unencrypted", "ansible-group_vars-yaml")
def p_vault_plain(r, g):
    grp = r.choice(["all", "production", "dbservers", "app", "monitoring"])
    names = ["vault_db_password", "vault_mysql_root_password", "vault_postgres_password", "vault_redis_password",
             "vault_rabbitmq_password", "vault_keycloak_admin_password", "vault_grafana_admin_password"]
    chosen = r.sample(names, 3)
    pw = any_password(r)
    lines = ["---", "# secrets for %s - encrypt with ansible-vault before committing!" % grp]
    k = r.randint(0, 2)
    for i, n in enumerate(chosen):
        if i == k:
            lines.append("%s: %s" % (n, q(r, pw)))
        else:
            lines.append("%s: \"{{ lookup('env', '%s') }}\"" % (n, n.upper()[6:]))
    lines += ["vault_smtp_user: alerts@%s" % domain(r)]
    return "group_vars/%s/vault.yml" % grp, lines, pw


@pos("ansible", "host_vars-ssh_pass", "ansible-host_vars-yaml")
def p_hv(r, g):
    h = host(r, r.choice(["legacy-db", "appliance", "printsrv", "nas", "switch"]))
    pw = any_password(r)
    lines = ["---", "ansible_host: %s" % r.ip(), "ansible_user: %s" % r.choice(["admin", "root", "operator"]),
             "ansible_port: %d" % r.choice([22, 2222, 22022]),
             "# this box has no key auth yet (ticket OPS-%d)" % r.randint(100, 4999),
             "ansible_ssh_pass: %s" % q(r, pw)] + yaml_fill(r, 1, 3)
    return "host_vars/%s.yml" % h, lines, pw


@pos("ansible", "role-defaults-password", "ansible-role-defaults-yaml")
def p_role_defaults(r, g):
    role = r.choice(["postgresql", "mysql", "rabbitmq", "keycloak", "gitea", "nextcloud", "zabbix_server", "minio"])
    pw = any_password(r)
    var = nm(r, g, ["%s_admin_password" % role, "%s_root_password" % role, "%s_password" % role],
             ["admin_pass", "secret", "db_pass", "initial_password"])
    lines = ["---", "# defaults file for %s" % role, "%s_version: \"%s\"" % (role, _ver(r)),
             "%s_port: %d" % (role, r.choice([5432, 3306, 5672, 8080, 3000, 9000])),
             "%s_user: %s" % (role, r.choice(DB_USERS)), "%s: %s" % (var, q(r, pw)),
             "%s_data_dir: /var/lib/%s" % (role, role), "%s_manage_firewall: true" % role]
    return "roles/%s/defaults/main.yml" % role, lines, pw


@pos("ansible", "playbook-vars-password", "ansible-playbook-yaml")
def p_playbook(r, g):
    app = r.choice(APPS)
    pw = any_password(r)
    var = nm(r, g, ["mysql_root_password", "postgres_password", "db_admin_password"], ["pw", "secret", "dbpass"])
    lines = ["---", "- name: Provision %s database" % app, "  hosts: dbservers", "  become: true", "  vars:",
             "    db_name: %s" % app, "    db_user: %s" % r.choice(DB_USERS), "    %s: %s" % (var, q(r, pw)), "",
             "  tasks:", "    - name: Install server packages", "      ansible.builtin.package:",
             "        name: [mariadb-server, python3-pymysql]", "        state: present", "",
             "    - name: Create application database", "      community.mysql.mysql_db:",
             "        name: \"{{ db_name }}\"", "        login_password: \"{{ %s }}\"" % var, "        state: present", "",
             "    - name: Create application user", "      community.mysql.mysql_user:",
             "        name: \"{{ db_user }}\"", "        host: \"%\"", "        priv: \"{{ db_name }}.*:ALL\"",
             "        login_password: \"{{ %s }}\"" % var]
    return r.choice(["playbooks/%s-db.yml" % app, "site-%s.yml" % app, "db.yml"]), lines, pw


@pos("ansible", "j2-template-hardcoded", "jinja2-template")
def p_j2(r, g):
    app = r.choice(APPS)
    pw = any_password(r)
    dbh = host(r, "db")
    kind = r.randint(0, 2)
    if kind == 0:
        lines = ["# {{ ansible_managed }}", "[server]", "host = 0.0.0.0", "port = {{ %s_port | default(8080) }}" % app, "",
                 "[database]", "host = %s" % dbh, "name = %s" % app, "user = {{ %s_db_user }}" % app,
                 "password = %s" % pw, "pool_size = {{ %s_db_pool | default(10) }}" % app, "",
                 "[logging]", "level = {{ %s_log_level | default('info') }}" % app]
        path = "roles/%s/templates/%s.ini.j2" % (app, app)
    elif kind == 1:
        u = r.choice(DB_USERS)
        lines = ["# {{ ansible_managed }}", "spring:", "  datasource:",
                 "    url: jdbc:postgresql://%s:5432/%s" % (dbh, app), "    username: %s" % u,
                 "    password: %s" % pw, "  jpa:", "    open-in-view: false", "server:", "  port: {{ %s_http_port }}" % app]
        path = "roles/%s/templates/application.yml.j2" % app
    else:
        lines = ["# {{ ansible_managed }}", "[client]", "user=root", "password=%s" % pw, "socket=/var/run/mysqld/mysqld.sock",
                 "", "[mysqldump]", "quick", "max_allowed_packet = 64M"]
        path = "roles/mysql/templates/root-my.cnf.j2"
    return path, lines, pw


@pos("ansible", "ansible.cfg-galaxy-token", "ansible-cfg")
def p_ansible_cfg(r, g):
    tok = r.hex(40)
    lines = ["[defaults]", "inventory = inventories/%s/hosts.ini" % r.choice(ENVS), "roles_path = roles:~/.ansible/roles",
             "forks = %d" % r.choice([10, 20, 30, 50]), "host_key_checking = False", "retry_files_enabled = False",
             "stdout_callback = yaml", "", "[ssh_connection]", "pipelining = True",
             "ssh_args = -o ControlMaster=auto -o ControlPersist=60s", "", "[galaxy]",
             "server_list = %s, release_galaxy" % r.choice(["internal_galaxy", "private_hub"]), "",
             "[galaxy_server.%s]" % r.choice(["internal_galaxy", "private_hub"]),
             "url = https://galaxy.%s/api/" % domain(r), "token = %s" % tok, "",
             "[galaxy_server.release_galaxy]", "url = https://galaxy.ansible.com/"]
    # keep section names consistent
    sect = lines[13].split("=")[1].split(",")[0].strip()
    lines[15] = "[galaxy_server.%s]" % sect
    return "ansible.cfg", lines, tok


@pos("ansible", "inventory-ipmi-password", "ansible-inventory-yaml")
def p_inv_ipmi(r, g):
    pw = human_password(r) if r.chance(0.6) else gen_password(r, 12)
    dom = domain(r)
    var = nm(r, g, ["ipmi_password", "bmc_password"], ["oob_pass", "mgmt_secret"])
    lines = ["all:", "  children:", "    baremetal:", "      vars:", "        ipmi_user: %s" % r.choice(["ADMIN", "root", "ipmiadmin"]),
             "        %s: %s" % (var, q(r, pw)), "        ipmi_interface: lanplus", "      hosts:"]
    for i in range(r.randint(2, 5)):
        lines += ["        hv%02d.%s:" % (i + 1, dom), "          ansible_host: %s" % r.ip(), "          ipmi_address: %s" % r.ip("192")]
    return "inventories/%s/baremetal.yml" % r.choice(ENVS), lines, pw


@pos("dell-idrac", "host_vars-idrac-password", "ansible-host_vars-yaml")
def p_idrac(r, g):
    pw = human_password(r) if r.chance(0.5) else gen_password(r, 14)
    var = nm(r, g, ["idrac_password", "dellemc_idrac_password"], ["oob_password", "bmc_pass"])
    lines = ["---", "idrac_ip: %s" % r.ip("192"), "idrac_user: root", "%s: %s" % (var, q(r, pw)),
             "idrac_port: 443", "validate_certs: false", "bios_attributes:", "  SysProfile: PerfOptimized",
             "  BootMode: Uefi", "raid_level: RAID1"]
    return "host_vars/%s/idrac.yml" % host(r, "esx"), lines, pw


@pos("windows", "winrm-ansible_password", "ansible-inventory-ini")
def p_winrm(r, g):
    pw = human_password(r) if r.chance(0.5) else gen_password(r, 18)
    dom = domain(r)
    lines = ["[windows]"] + ["WIN-%s%02d.%s" % (r.choice(["SQL", "IIS", "DC", "FS", "APP"]), i + 1, dom) for i in range(r.randint(2, 4))]
    lines += ["", "[windows:vars]", "ansible_connection=winrm", "ansible_winrm_transport=%s" % r.choice(["ntlm", "kerberos", "credssp"]),
              "ansible_winrm_server_cert_validation=ignore", "ansible_port=5986",
              "ansible_user=%s\\%s" % (dom.split(".")[0].upper(), r.choice(["svc_ansible", "Administrator", "ansible"])),
              "ansible_password=%s" % pw]
    return "inventory/windows.ini", lines, pw


@pos("vmware", "govc-env-password", "env-file")
def p_govc(r, g):
    pw = human_password(r) if r.chance(0.5) else gen_password(r, 16)
    dom = domain(r)
    lines = ["# source this before running govc / packer vsphere builds",
             "export GOVC_URL=https://vcenter.%s/sdk" % dom, "export GOVC_USERNAME=%s@vsphere.local" % r.choice(["administrator", "svc-packer", "automation"]),
             "export GOVC_PASSWORD='%s'" % pw, "export GOVC_INSECURE=1",
             "export GOVC_DATACENTER=%s" % r.choice(["DC1", "Frankfurt", "HQ", "Lab"]),
             "export GOVC_DATASTORE=%s" % r.choice(["vsanDatastore", "datastore1", "nfs-ds01"]),
             "export GOVC_NETWORK='VM Network'"]
    return r.choice(["govc.env", "scripts/govc.env", ".govc.env"]), lines, pw


@pos("vmware", "vcenter-password-vars", "ansible-group_vars-yaml")
def p_vcenter(r, g):
    pw = any_password(r)
    var = nm(r, g, ["vcenter_password", "vsphere_password", "esxi_root_password"], ["password", "vc_pass"])
    lines = ["---", "vcenter_hostname: vcenter.%s" % domain(r), "vcenter_username: administrator@vsphere.local",
             "%s: %s" % (var, q(r, pw)), "vcenter_validate_certs: false", "vcenter_datacenter: %s" % r.choice(["DC1", "HQ"]),
             "vm_template: %s" % r.choice(["ubuntu-22.04-tmpl", "rhel9-golden", "win2022-core"])] + yaml_fill(r, 1, 2)
    return "group_vars/vmware.yml", lines, pw


# ======================================================= POSITIVES: chef
@pos("chef", "data_bag-plain-password", "chef-data-bag-json")
def p_databag(r, g):
    app = r.choice(APPS)
    pw = any_password(r)
    key = nm(r, g, ["password", "db_password", "admin_password"], ["pass", "secret", "value"])
    item = {"id": r.choice([app, "%s_db" % app, r.choice(ENVS)]), "username": r.choice(DB_USERS), key: pw,
            "host": host(r, "db"), "port": r.choice([3306, 5432])}
    if r.chance(0.5):
        item["environment"] = r.choice(ENVS)
    lines = json.dumps(item, indent=2).split("\n")
    return "data_bags/%s/%s.json" % (r.choice(["credentials", "databases", "passwords", "secrets"]), item["id"]), lines, pw


@pos("chef", "knife.rb-inline-client-key", "chef-knife-rb")
def p_knife_key(r, g):
    org = r.choice(COMPANIES)
    node = r.choice(FIRST).lower()
    body = pem_body(r, "rsa")
    lines = ["current_dir = File.dirname(__FILE__)", "log_level                :info", "log_location             STDOUT",
             "node_name                '%s'" % node, "chef_server_url          'https://chef.%s/organizations/%s'" % (domain(r), org),
             "cookbook_path            [\"#{current_dir}/../cookbooks\"]", "ssl_verify_mode          :verify_peer", "",
             "# CI runners have no home dir, so the key is inlined here",
             "client_key_contents <<~KEY", "  -----BEGIN RSA PRIVATE KEY-----"]
    lines += ["  " + b for b in body] + ["  -----END RSA PRIVATE KEY-----", "KEY"]
    return r.choice([".chef/knife.rb", ".chef/config.rb"]), lines, body[0]


@pos("chef", "attributes-hardcoded-password", "chef-attributes-rb")
def p_chef_attr(r, g):
    cb = r.choice(["mysql", "postgresql", "rabbitmq", "redis", "elasticsearch", "app"])
    pw = any_password(r)
    attr = nm(r, g, ["server_root_password", "admin_password", "password"], ["pass", "secret", "auth"])
    lines = ["#", "# Cookbook:: %s_wrapper" % cb, "# Attributes:: default", "#", ""] + rb_attr_fill(r, cb)
    lines += ["default['%s']['%s'] = '%s'" % (cb, attr, pw)] + rb_attr_fill(r, cb)
    return "cookbooks/%s_wrapper/attributes/default.rb" % cb, lines, pw


@pos("aws", "knife-config-aws-secret", "chef-knife-rb")
def p_knife_aws(r, g):
    kid, sec = aws_pair(r)
    lines = ["node_name       '%s'" % r.choice(ADMIN_USERS), "client_key      \"#{ENV['HOME']}/.chef/client.pem\"",
             "chef_server_url 'https://chef.%s/organizations/%s'" % (domain(r), r.choice(COMPANIES)), "",
             "# knife-ec2", "knife[:aws_access_key_id]     = '%s'" % kid, "knife[:aws_secret_access_key] = '%s'" % sec,
             "knife[:region]                = '%s'" % r.choice(["eu-central-1", "us-east-1", "eu-west-1"]),
             "knife[:ssh_key_name]          = '%s'" % r.choice(["ops", "chef-bootstrap", "deploy"])]
    return ".chef/config.rb", lines, sec


# ====================================================== POSITIVES: puppet
@pos("puppet", "hiera-plain-beside-eyaml", "hiera-yaml")
def p_hiera(r, g):
    pw = any_password(r)
    key = nm(r, g, ["profile::db::password", "profile::postgresql::app_password", "mysql::server::root_password"],
             ["profile::app::secret", "profile::backup::pass", "role::db::auth"])
    lines = ["---", "profile::base::ntp_servers:", "  - 0.pool.ntp.org", "  - 1.pool.ntp.org",
             "profile::db::user: %s" % r.choice(DB_USERS),
             "profile::db::host: %s" % host(r, "db"),
             "profile::monitoring::api_token: >", "  ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw",
             "  DQYJKoZIhvcNAQEBBQAEggEA%s]" % r.b64(48),
             "# TODO encrypt this one too", "%s: %s" % (key, q(r, pw)), "profile::db::max_connections: %d" % r.choice([100, 300])]
    return "data/%s" % r.choice(["common.yaml", "nodes/%s.yaml" % host(r, "db"), "role/db.yaml", "environment/%s.yaml" % r.choice(ENVS)]), lines, pw


@pos("puppet", "manifest-password-param", "puppet-manifest")
def p_pp(r, g):
    pw = any_password(r)
    db = r.choice(APPS)
    lines = ["# Class: profile::%s_db" % db, "#", "class profile::%s_db {" % db, "  include postgresql::server", "",
             "  postgresql::server::db { '%s':" % db, "    user     => '%s'," % r.choice(DB_USERS),
             "    password => postgresql::postgresql_password('%s', '%s')," % (r.choice(DB_USERS), pw), "  }", "",
             "  postgresql::server::pg_hba_rule { 'allow app network':", "    type        => 'host',",
             "    database    => '%s'," % db, "    address     => '10.0.0.0/8',", "    auth_method => 'scram-sha-256',", "  }", "}"]
    if r.chance(0.5):
        lines = ["class profile::rabbitmq {", "  class { 'rabbitmq':", "    port => 5672,", "    delete_guest_user => true,", "  }", "",
                 "  rabbitmq_user { '%s':" % r.choice(APPS), "    admin    => false,", "    password => '%s'," % pw, "  }", "",
                 "  rabbitmq_vhost { '/%s': ensure => present }" % r.choice(APPS), "}"]
        return "site/profile/manifests/rabbitmq.pp", lines, pw
    return "site/profile/manifests/%s_db.pp" % db, lines, pw


@pos("aws", "hiera-aws-secret", "hiera-yaml")
def p_hiera_aws(r, g):
    kid, sec = aws_pair(r)
    lines = ["---", "profile::backup::bucket: %s-backups-%s" % (r.choice(COMPANIES), r.choice(ENVS)),
             "profile::backup::region: %s" % r.choice(["eu-central-1", "eu-west-1"]),
             "profile::backup::access_key_id: %s" % kid,
             "profile::backup::%s: %s" % (nm(r, g, ["secret_access_key", "aws_secret_key"], ["secret", "key"]), sec),
             "profile::backup::schedule: '0 3 * * *'"]
    return "data/common.yaml", lines, sec


# ======================================================== POSITIVES: salt
@pos("saltstack", "pillar-plain-password", "salt-pillar-sls")
def p_pillar(r, g):
    pw = any_password(r)
    svc = r.choice(["postgres", "mysql", "redis", "rabbitmq", "grafana"])
    key = nm(r, g, ["password", "admin_password", "root_password"], ["pass", "secret", "auth"])
    lines = ["# pillar/%s/init.sls" % svc, "%s:" % svc, "  version: '%s'" % _ver(r), "  listen: %s" % r.ip(),
             "  users:", "    %s:" % r.choice(DB_USERS), "      %s: %s" % (key, q(r, pw)), "      createdb: False",
             "  databases:", "    - %s" % r.choice(APPS), "    - %s" % r.choice(APPS)]
    return "pillar/%s/init.sls" % svc, lines, pw


@pos("saltstack", "minion-config-mysql-pass", "salt-config-yaml")
def p_salt_minion(r, g):
    pw = any_password(r)
    lines = ["master: salt.%s" % domain(r), "id: %s" % host(r, "db"), "log_level: warning", "", "grains:",
             "  roles:", "    - db", "  env: %s" % r.choice(ENVS), "", "# used by the mysql execution module",
             "mysql.host: 'localhost'", "mysql.port: 3306", "mysql.user: 'root'", "mysql.pass: '%s'" % pw,
             "mysql.db: 'mysql'", "mysql.unix_socket: '/var/run/mysqld/mysqld.sock'"]
    return "salt/minion.d/%s.conf" % r.choice(["mysql", "local", "99-db"]), lines, pw


@pos("cloudflare", "pillar-api-token", "salt-pillar-sls")
def p_pillar_cf(r, g):
    tok = r.s(40, ALNUM + "_-")
    key = nm(r, g, ["cloudflare_api_token", "cf_api_token"], ["api_token", "token", "dns_auth"])
    lines = ["acme:", "  server: https://acme-v02.api.letsencrypt.org/directory", "  email: hostmaster@%s" % domain(r),
             "  dns_provider: cloudflare", "  cloudflare:", "    %s: %s" % (key, tok), "  domains:",
             "    - %s" % domain(r), "    - '*.%s'" % domain(r)]
    return "pillar/acme.sls", lines, tok


@pos("digitalocean", "salt-cloud-provider-token", "salt-cloud-conf")
def p_salt_cloud_do(r, g):
    tok = "dop_v1_" + r.hex(64)
    lines = ["%s-do:" % r.choice(COMPANIES), "  driver: digitalocean",
             "  %s: %s" % (nm(r, g, ["personal_access_token"], ["personal_access_token"]), tok),
             "  ssh_key_file: /etc/salt/pki/cloud/do.pem", "  ssh_key_names: %s" % r.choice(["salt-master", "ops"]),
             "  location: %s" % r.choice(["fra1", "ams3", "lon1"]), "  backups_enabled: True", "  ipv6: True"]
    return "salt/cloud.providers.d/digitalocean.conf", lines, tok


@pos("saltstack", "salt-api-eauth-password", "shell-script")
def p_salt_api(r, g):
    pw = any_password(r)
    user = r.choice(ADMIN_USERS)
    lines = sh_pre(r) + ["SALT_API=https://salt.%s:8000" % domain(r), "",
                         "TOKEN=$(curl -sSk \"$SALT_API/login\" \\", "  -H 'Accept: application/x-yaml' \\",
                         "  -d username=%s \\" % user, "  -d password='%s' \\" % pw, "  -d eauth=pam | awk '/token:/ {print $2}')", "",
                         "curl -sSk \"$SALT_API\" -H \"X-Auth-Token: $TOKEN\" \\",
                         "  -d client=local -d tgt='%s*' -d fun=state.apply" % r.choice(ROLES)]
    return "scripts/salt-apply.sh", lines, pw


# =================================================== POSITIVES: terraform
def _tf_provider_file(r, provs, prov_block, tail=None):
    lines = tf_terraform_block(r, provs) + prov_block + [""] + tf_extra(r)
    if tail:
        lines += tail
    return lines


@pos("aws", "tf-provider-static-keys", "terraform-hcl")
def p_tf_aws(r, g):
    kid, sec = aws_pair(r)
    blk = ["provider \"aws\" {", "  region     = \"%s\"" % r.choice(["eu-central-1", "us-east-1", "eu-west-1", "us-west-2"]),
           "  access_key = \"%s\"" % kid, "  secret_key = \"%s\"" % sec, "", "  default_tags {", "    tags = {",
           "      Project = \"%s\"" % r.choice(APPS), "    }", "  }", "}"]
    return r.choice(["providers.tf", "main.tf", "envs/%s/provider.tf" % r.choice(ENVS)]), _tf_provider_file(r, [("aws", "hashicorp/aws")], blk), sec


@pos("azure", "tf-provider-client_secret", "terraform-hcl")
def p_tf_azure(r, g):
    sec = azure_secret(r)
    blk = ["provider \"azurerm\" {", "  features {}", "", "  subscription_id = \"%s\"" % r.uuid(), "  tenant_id       = \"%s\"" % r.uuid(),
           "  client_id       = \"%s\"" % r.uuid(), "  client_secret   = \"%s\"" % sec, "}"]
    return r.choice(["providers.tf", "main.tf"]), _tf_provider_file(r, [("azurerm", "hashicorp/azurerm")], blk), sec


@pos("azure", "tfvars-client_secret", "terraform-tfvars")
def p_tfvars_azure(r, g):
    sec = azure_secret(r)
    var = nm(r, g, ["arm_client_secret", "azure_client_secret", "sp_client_secret"], ["client_secret", "secret", "sp_password"])
    lines = ["location            = \"%s\"" % r.choice(["westeurope", "northeurope", "germanywestcentral"]),
             "resource_group_name = \"rg-%s-%s\"" % (r.choice(APPS), r.choice(ENVS)),
             "tenant_id           = \"%s\"" % r.uuid(), "client_id           = \"%s\"" % r.uuid(),
             "%s = \"%s\"" % (var.ljust(19), sec), "aks_node_count      = %d" % r.randint(2, 6)]
    return "%s.tfvars" % r.choice(ENVS), lines, sec


def _gcp_sa_json(r):
    proj = "%s-%s-%d" % (r.choice(COMPANIES), r.choice(ENVS), r.randint(100000, 999999))
    body = "".join(pem_body(r, "pkcs8"))
    body = "\\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    pk = "-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----\\n"
    sa = "%s@%s.iam.gserviceaccount.com" % (r.choice(["terraform", "ci-deployer", "packer", "ansible-gce"]), proj)
    d = [("type", "service_account"), ("project_id", proj), ("private_key_id", r.hex(40)), ("private_key", pk),
         ("client_email", sa), ("client_id", str(r.randint(10 ** 20, 10 ** 21 - 1))),
         ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
         ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
         ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + sa.replace("@", "%40"))]
    return ["{"] + ["  \"%s\": \"%s\"%s" % (k, v, "," if i < len(d) - 1 else "") for i, (k, v) in enumerate(d)] + ["}"], pk, proj


@pos("gcp", "service-account-json", "json")
def p_gcp_json(r, g):
    lines, pk, proj = _gcp_sa_json(r)
    return r.choice(["credentials/terraform-sa.json", "keys/%s.json" % proj, "packer/account.json"]), lines, pk


@pos("gcp", "tf-provider-inline-credentials", "terraform-hcl")
def p_tf_gcp(r, g):
    js, pk, proj = _gcp_sa_json(r)
    blk = ["provider \"google\" {", "  project     = \"%s\"" % proj, "  region      = \"europe-west%d\"" % r.randint(1, 4),
           "  credentials = <<EOF"] + js + ["EOF", "}"]
    return "provider.tf", _tf_provider_file(r, [("google", "hashicorp/google")], blk), pk


@pos("digitalocean", "tfvars-do_token", "terraform-tfvars")
def p_tf_do(r, g):
    tok = "dop_v1_" + r.hex(64)
    var = nm(r, g, ["do_token", "digitalocean_token"], ["token", "api_token", "cloud_token"])
    lines = ["%s = \"%s\"" % (var, tok), "region   = \"%s\"" % r.choice(["fra1", "ams3", "lon1", "nyc3"]),
             "droplet_size = \"s-%dvcpu-%dgb\"" % (r.choice([1, 2, 4]), r.choice([2, 4, 8])),
             "ssh_key_fingerprints = [\"%s\"]" % ":".join(r.hex(2) for _ in range(16)), "project_name = \"%s\"" % r.choice(APPS)]
    r.shuffle(lines)
    return r.choice(["terraform.tfvars", "%s.auto.tfvars" % r.choice(ENVS)]), lines, tok


@pos("hetzner", "tf-provider-hcloud-token", "terraform-hcl")
def p_tf_hcloud(r, g):
    tok = r.s(64)
    blk = ["provider \"hcloud\" {", "  token = \"%s\"" % tok, "}", "", "resource \"hcloud_server\" \"%s\" {" % r.choice(APPS),
           "  name        = \"%s\"" % host(r), "  image       = \"ubuntu-24.04\"", "  server_type = \"%s\"" % r.choice(["cx22", "cpx31", "cax21"]),
           "  location    = \"%s\"" % r.choice(["nbg1", "fsn1", "hel1"]), "}"]
    return "main.tf", _tf_provider_file(r, [("hcloud", "hetznercloud/hcloud")], blk), tok


@pos("hetzner", "envrc-hcloud-token", "direnv-envrc")
def p_envrc_hcloud(r, g):
    tok = r.s(64)
    lines = ["# direnv: project env for the %s cluster" % r.choice(["k3s", "nomad", "talos"]), "export TF_VAR_location=%s" % r.choice(["nbg1", "fsn1", "hel1"]),
             "export HCLOUD_TOKEN=%s" % tok, "export TF_VAR_hcloud_token=$HCLOUD_TOKEN", "PATH_add bin", "dotenv_if_exists .env.local"]
    return ".envrc", lines, tok


@pos("linode", "tfvars-linode-token", "terraform-tfvars-json")
def p_tf_linode(r, g):
    tok = r.hex(64)
    var = nm(r, g, ["linode_token", "linode_api_token"], ["token", "api_key", "provider_token"])
    d = {"region": r.choice(["eu-central", "us-east", "ap-south"]), var: tok, "instance_type": r.choice(["g6-standard-2", "g6-nanode-1"]),
         "label_prefix": r.choice(APPS), "authorized_users": [r.choice(ADMIN_USERS)]}
    return "%s.auto.tfvars.json" % r.choice(ENVS), json.dumps(d, indent=2).split("\n"), tok


@pos("linode", "ansible-inventory-plugin-token", "ansible-inventory-yaml")
def p_linode_inv(r, g):
    tok = r.hex(64)
    lines = ["plugin: linode.cloud.instance", "access_token: %s" % tok, "regions:", "  - %s" % r.choice(["eu-central", "eu-west"]),
             "keyed_groups:", "  - key: tags", "    separator: ''", "groups:", "  webservers: \"'web' in (tags|list)\"", "compose:", "  ansible_host: ipv4[0]"]
    return "inventory/linode.yml", lines, tok


@pos("vultr", "tf-provider-api_key", "terraform-hcl")
def p_tf_vultr(r, g):
    tok = r.s(36, UPPER + DIGITS)
    blk = ["provider \"vultr\" {", "  api_key     = \"%s\"" % tok, "  rate_limit  = 100", "  retry_limit = 3", "}"]
    return "provider.tf", _tf_provider_file(r, [("vultr", "vultr/vultr")], blk), tok


@pos("scaleway", "envrc-scw-secret-key", "direnv-envrc")
def p_scw_env(r, g):
    sec = r.uuid()
    lines = ["export SCW_ACCESS_KEY=SCW%s" % r.s(17, UPPER + DIGITS), "export SCW_SECRET_KEY=%s" % sec,
             "export SCW_DEFAULT_ORGANIZATION_ID=%s" % r.uuid(), "export SCW_DEFAULT_PROJECT_ID=%s" % r.uuid(),
             "export SCW_DEFAULT_REGION=%s" % r.choice(["fr-par", "nl-ams", "pl-waw"]), "export SCW_DEFAULT_ZONE=%s-1" % r.choice(["fr-par", "nl-ams", "pl-waw"])]
    return ".envrc", lines, sec


@pos("scaleway", "tf-provider-secret_key", "terraform-hcl")
def p_tf_scw(r, g):
    sec = r.uuid()
    blk = ["provider \"scaleway\" {", "  access_key      = \"SCW%s\"" % r.s(17, UPPER + DIGITS), "  secret_key      = \"%s\"" % sec,
           "  project_id      = var.project_id", "  zone            = \"fr-par-1\"", "  region          = \"fr-par\"", "}"]
    return "provider.tf", _tf_provider_file(r, [("scaleway", "scaleway/scaleway")], blk), sec


@pos("ovh", "tf-provider-application_secret", "terraform-hcl")
def p_tf_ovh(r, g):
    sec = r.s(32)
    blk = ["provider \"ovh\" {", "  endpoint           = \"%s\"" % r.choice(["ovh-eu", "ovh-ca"]),
           "  application_key    = \"%s\"" % r.s(16), "  application_secret = \"%s\"" % sec,
           "  consumer_key       = var.ovh_consumer_key", "}"]
    return "provider.tf", _tf_provider_file(r, [("ovh", "ovh/ovh")], blk), sec


@pos("ovh", "envrc-consumer-key", "direnv-envrc")
def p_ovh_env(r, g):
    ck = r.s(32)
    lines = ["export OVH_ENDPOINT=ovh-eu", "export OVH_APPLICATION_KEY=%s" % r.s(16),
             "export OVH_APPLICATION_SECRET=\"$(pass show ovh/%s/app-secret)\"" % r.choice(COMPANIES),
             "export OVH_CONSUMER_KEY=%s" % ck, "export TF_VAR_service_name=%s" % r.hex(32)]
    return ".envrc", lines, ck


@pos("cloudflare", "tf-provider-api_token", "terraform-hcl")
def p_tf_cf(r, g):
    tok = r.s(40, ALNUM + "_-")
    blk = ["provider \"cloudflare\" {", "  api_token = \"%s\"" % tok, "}", "", "resource \"cloudflare_record\" \"www\" {",
           "  zone_id = \"%s\"" % r.hex(32), "  name    = \"www\"", "  content = \"%s\"" % r.ip("192"), "  type    = \"A\"", "  proxied = true", "}"]
    return "dns.tf", _tf_provider_file(r, [("cloudflare", "cloudflare/cloudflare")], blk), tok


@pos("cloudflare", "tfvars-global-api-key", "terraform-tfvars")
def p_tf_cf_global(r, g):
    key = r.hex(37)
    var = nm(r, g, ["cloudflare_api_key", "cf_api_key"], ["api_key", "dns_key"])
    lines = ["cloudflare_email = \"hostmaster@%s\"" % domain(r), "%s = \"%s\"" % (var, key), "zone = \"%s\"" % domain(r), "account_id = \"%s\"" % r.hex(32),
             "records = {", "  www = \"%s\"" % r.ip("192"), "  api = \"%s\"" % r.ip("192"), "}"]
    return "terraform.tfvars", lines, key


@pos("fastly", "tf-provider-api_key", "terraform-hcl")
def p_tf_fastly(r, g):
    tok = r.s(32, ALNUM + "_-")
    blk = ["provider \"fastly\" {", "  api_key = \"%s\"" % tok, "}", "", "resource \"fastly_service_vcl\" \"%s\" {" % r.choice(APPS),
           "  name = \"%s\"" % domain(r), "  domain {", "    name = \"www.%s\"" % domain(r), "  }", "  force_destroy = false", "}"]
    return "cdn.tf", _tf_provider_file(r, [("fastly", "fastly/fastly")], blk), tok


@pos("akamai", "edgerc-client_secret", "edgerc-ini")
def p_edgerc(r, g):
    sec = r.b64(32)
    ct = akamai_tok(r)
    # keep ONE secret: the access token is injected by CI, not stored
    lines = ["[default]", "client_secret = %s" % sec, "host = %s.luna.akamaiapis.net" % akamai_tok(r),
             "; access_token is injected by CI (AKAMAI_ACCESS_TOKEN)", "client_token = %s" % ct, "max-body = 131072"]
    return r.choice([".edgerc", "akamai/.edgerc"]), lines, sec


@pos("akamai", "tf-provider-config-client_secret", "terraform-hcl")
def p_tf_akamai(r, g):
    sec = r.b64(32)
    blk = ["provider \"akamai\" {", "  config {", "    host          = \"%s.luna.akamaiapis.net\"" % akamai_tok(r),
           "    client_token  = \"%s\"" % akamai_tok(r), "    client_secret = \"%s\"" % sec,
           "    access_token  = var.akamai_access_token", "  }", "}"]
    return "akamai.tf", _tf_provider_file(r, [("akamai", "akamai/akamai")], blk), sec


@pos("terraform-cloud", "credentials.tfrc.json-token", "json")
def p_tfrc(r, g):
    tok = tfc_token(r)
    d = {"credentials": {"app.terraform.io": {"token": tok}}}
    return r.choice(["ci/credentials.tfrc.json", ".terraform.d/credentials.tfrc.json"]), json.dumps(d, indent=2).split("\n"), tok


@pos("terraform-cloud", "tfe-provider-token", "terraform-hcl")
def p_tfe(r, g):
    tok = tfc_token(r)
    blk = ["provider \"tfe\" {", "  hostname = \"app.terraform.io\"", "  token    = \"%s\"" % tok, "}", "",
           "resource \"tfe_workspace\" \"%s\" {" % r.choice(APPS), "  name         = \"%s-%s\"" % (r.choice(APPS), r.choice(ENVS)),
           "  organization = \"%s\"" % r.choice(COMPANIES), "  auto_apply   = false", "}"]
    return "workspaces.tf", _tf_provider_file(r, [("tfe", "hashicorp/tfe")], blk), tok


@pos("terraform-cloud", "terraformrc-credentials", "terraformrc-hcl")
def p_terraformrc(r, g):
    tok = tfc_token(r)
    lines = ["plugin_cache_dir = \"$HOME/.terraform.d/plugin-cache\"", "disable_checkpoint = true", "",
             "credentials \"app.terraform.io\" {", "  token = \"%s\"" % tok, "}"]
    return "ci/terraformrc", lines, tok


# ============================================ POSITIVES: pulumi / packer / vagrant
@pos("pulumi", "access-token-envrc", "direnv-envrc")
def p_pulumi_env(r, g):
    tok = "pul-" + r.hex(40)
    var = "PULUMI_ACCESS_TOKEN"
    lines = ["export PULUMI_BACKEND_URL=https://api.pulumi.com", "export %s=%s" % (var, tok),
             "export PULUMI_CONFIG_PASSPHRASE_FILE=$PWD/.secrets/passphrase" if r.chance(0.3) else "export AWS_PROFILE=%s" % r.choice(ENVS),
             "layout python3"] + envrc_extra(r)
    return ".envrc", lines, tok


@pos("pulumi", "access-token-makefile", "makefile")
def p_pulumi_make(r, g):
    tok = "pul-" + r.hex(40)
    stack = r.choice(ENVS)
    var = nm(r, g, ["PULUMI_ACCESS_TOKEN"], ["TOKEN", "CI_TOKEN"])
    lines = ["STACK ?= %s" % stack, "%s ?= %s" % (var, tok), "", ".PHONY: preview up refresh", "",
             "preview:", "\tPULUMI_ACCESS_TOKEN=$(%s) pulumi preview --stack $(STACK)" % var, "",
             "up:", "\tPULUMI_ACCESS_TOKEN=$(%s) pulumi up --yes --stack $(STACK)" % var, "",
             "refresh:", "\tPULUMI_ACCESS_TOKEN=$(%s) pulumi refresh --yes --stack $(STACK)" % var]
    return "Makefile", lines, tok


@pos("pulumi", "stack-config-plain-secret", "pulumi-stack-yaml")
def p_pulumi_stack(r, g):
    proj = r.choice(APPS)
    stack = r.choice(ENVS)
    which = r.randint(0, 2)
    if which == 0:
        kid, sec = aws_pair(r)
        core = ["  aws:accessKey: %s" % kid, "  aws:secretKey: %s" % sec]
        needle = sec
    elif which == 1:
        sec = any_password(r)
        core = ["  %s:%s: %s" % (proj, nm(r, g, ["dbPassword", "adminPassword"], ["secret", "pass"]), q(r, sec))]
        needle = sec
    else:
        sec = "dop_v1_" + r.hex(64)
        core = ["  digitalocean:token: %s" % sec]
        needle = sec
    lines = ["encryptionsalt: v1:%s:v1:%s:%s" % (r.b64(8), r.b64(12), r.b64(32)) if r.chance(0.5) else "secretsprovider: awskms://alias/pulumi-%s" % stack,
             "config:", "  aws:region: %s" % r.choice(["eu-central-1", "us-east-1"]), "  %s:instanceCount: \"%d\"" % (proj, r.randint(1, 5))] + core + [
             "  %s:domain: %s" % (proj, domain(r))]
    return "Pulumi.%s.yaml" % stack, lines, needle


@pos("packer", "pkr.hcl-ssh_password", "packer-hcl")
def p_packer_ssh(r, g):
    pw = any_password(r)
    vm = r.choice(["ubuntu-22.04", "rocky-9", "debian-12", "alma-9"])
    lines = ["packer {", "  required_plugins {", "    vsphere = {", "      source  = \"github.com/hashicorp/vsphere\"",
             "      version = \">= 1.2.0\"", "    }", "  }", "}", "", "source \"vsphere-iso\" \"%s\" {" % vm.replace(".", "-"),
             "  vcenter_server      = \"vcenter.%s\"" % domain(r), "  username            = var.vsphere_user",
             "  password            = var.vsphere_password", "  insecure_connection = true", "  vm_name             = \"tmpl-%s\"" % vm,
             "  CPUs                = 2", "  RAM                 = 4096", "  ssh_username        = \"%s\"" % r.choice(["packer", "ubuntu", "admin"]),
             "  %s = \"%s\"" % ("ssh_password".ljust(19), pw), "  ssh_timeout         = \"30m\"", "}", "",
             "build {", "  sources = [\"source.vsphere-iso.%s\"]" % vm.replace(".", "-"), "", "  provisioner \"shell\" {",
             "    inline = [\"sudo cloud-init clean\", \"sudo truncate -s 0 /etc/machine-id\"]", "  }", "}"]
    return "packer/%s.pkr.hcl" % vm, lines, pw


@pos("packer", "json-winrm_password", "packer-json")
def p_packer_winrm(r, g):
    pw = any_password(r)
    d = {"builders": [{"type": "hyperv-iso", "vm_name": "win2022-%s" % r.choice(["core", "std", "dc"]), "iso_url": "./iso/SERVER_EVAL_x64FRE_en-us.iso",
                       "iso_checksum": "sha256:" + r.hex(64), "communicator": "winrm", "winrm_username": "Administrator",
                       "winrm_password": pw, "winrm_timeout": "4h", "shutdown_command": "shutdown /s /t 10 /f"}],
         "provisioners": [{"type": "powershell", "scripts": ["scripts/win-updates.ps1", "scripts/sysprep.ps1"]}]}
    return "packer/windows-2022.json", json.dumps(d, indent=2).split("\n"), pw


@pos("aws", "packer-json-aws-secret", "packer-json")
def p_packer_aws(r, g):
    kid, sec = aws_pair(r)
    d = {"variables": {"aws_access_key": kid, "aws_secret_key": sec, "region": r.choice(["eu-central-1", "us-east-1"])},
         "builders": [{"type": "amazon-ebs", "access_key": "{{user `aws_access_key`}}", "secret_key": "{{user `aws_secret_key`}}",
                       "region": "{{user `region`}}", "instance_type": "t3.small", "ssh_username": "ubuntu",
                       "ami_name": "%s-base-{{timestamp}}" % r.choice(COMPANIES),
                       "source_ami_filter": {"filters": {"name": "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"}, "owners": ["099720109477"], "most_recent": True}}]}
    return "packer/base-ami.json", json.dumps(d, indent=2).split("\n"), sec


@pos("vultr", "packer-hcl-api_key", "packer-hcl")
def p_packer_vultr(r, g):
    tok = r.s(36, UPPER + DIGITS)
    lines = ["variable \"%s\" {" % nm(r, g, ["vultr_api_key"], ["api_key", "token"]), "  type    = string", "  default = \"%s\"" % tok, "}", "",
             "source \"vultr\" \"base\" {", "  api_key              = var.%s" % "XX", "  os_id                = %d" % r.choice([1743, 2136, 542]),
             "  plan_id              = \"vc2-1c-1gb\"", "  region_id            = \"%s\"" % r.choice(["fra", "ams", "waw"]),
             "  snapshot_description = \"base-${formatdate(\\\"YYYYMMDD\\\", timestamp())}\"", "  ssh_username         = \"root\"", "}", "",
             "build {", "  sources = [\"source.vultr.base\"]", "}"]
    lines[6] = "  api_key              = var.%s" % lines[0].split("\"")[1]
    return "packer/vultr.pkr.hcl", lines, tok


@pos("vagrant", "vagrantfile-vsphere-password", "vagrantfile-ruby")
def p_vagrant(r, g):
    pw = any_password(r)
    lines = ["# -*- mode: ruby -*-", "# vi: set ft=ruby :", "", "Vagrant.configure(\"2\") do |config|",
             "  config.vm.box = \"%s\"" % r.choice(["generic/ubuntu2204", "bento/rockylinux-9", "debian/bookworm64"]),
             "  config.vm.hostname = \"%s\"" % host(r, "dev"), ""]
    if r.chance(0.5):
        lines += ["  config.vm.provider :vsphere do |vsphere|", "    vsphere.host = 'vcenter.%s'" % domain(r),
                  "    vsphere.compute_resource_name = 'cluster01'", "    vsphere.template_name = 'tmpl-ubuntu-22.04'",
                  "    vsphere.user = 'svc-vagrant@vsphere.local'", "    vsphere.password = '%s'" % pw, "    vsphere.insecure = true", "  end"]
    else:
        lines += ["  config.ssh.username = \"%s\"" % r.choice(["vagrant", "admin", "ops"]), "  config.ssh.password = \"%s\"" % pw,
                  "  config.ssh.insert_key = false", "", "  config.vm.provider \"virtualbox\" do |vb|", "    vb.memory = %d" % r.choice([2048, 4096]), "    vb.cpus = 2", "  end"]
    lines += ["", "  config.vm.provision \"ansible\" do |ansible|", "    ansible.playbook = \"site.yml\"", "  end", "end"]
    return "Vagrantfile", lines, pw


@pos("aws", "vagrantfile-aws-secret", "vagrantfile-ruby")
def p_vagrant_aws(r, g):
    kid, sec = aws_pair(r)
    lines = ["Vagrant.configure(\"2\") do |config|", "  config.vm.box = \"dummy\"", "", "  config.vm.provider :aws do |aws, override|",
             "    aws.access_key_id = \"%s\"" % kid, "    aws.secret_access_key = \"%s\"" % sec, "    aws.region = \"%s\"" % r.choice(["eu-west-1", "us-east-1"]),
             "    aws.instance_type = \"t3.medium\"", "    aws.keypair_name = \"%s\"" % r.choice(ADMIN_USERS),
             "    override.ssh.username = \"ubuntu\"", "    override.ssh.private_key_path = \"~/.ssh/%s.pem\"" % r.choice(ADMIN_USERS), "  end", "end"]
    return "Vagrantfile", lines, sec


# ================================= POSITIVES: cloud-init / kickstart / preseed
@pos("cloud-init", "chpasswd-plaintext", "cloud-init-yaml")
def p_ci_chpasswd(r, g):
    pw = any_password(r)
    user = r.choice(["root", "ubuntu", "ops", "admin"])
    lines = ["#cloud-config", "hostname: %s" % host(r).split(".")[0], "package_update: true", "packages:"] + ["  - %s" % p for p in r.sample(PKGS, 3)]
    if r.chance(0.5):
        lines += ["ssh_pwauth: true", "chpasswd:", "  expire: false", "  users:", "    - name: %s" % user, "      password: %s" % pw, "      type: text"]
    else:
        lines += ["ssh_pwauth: true", "chpasswd:", "  list: |", "    %s:%s" % (user, pw), "  expire: False"]
    lines += ["runcmd:", "  - [systemctl, enable, --now, qemu-guest-agent]"]
    return r.choice(["cloud-init/user-data", "cloud-init/%s-user-data.yaml" % r.choice(ROLES), "templates/user-data.yml"]), lines, pw


@pos("cloud-init", "users-plain_text_passwd", "cloud-init-yaml")
def p_ci_plain(r, g):
    pw = any_password(r)
    lines = ["#cloud-config", "users:", "  - default", "  - name: %s" % r.choice(ADMIN_USERS), "    groups: [sudo]",
             "    shell: /bin/bash", "    sudo: ALL=(ALL) NOPASSWD:ALL", "    lock_passwd: false", "    plain_text_passwd: '%s'" % pw,
             "    ssh_authorized_keys:", "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (r.b64(32, pad=False)[:43], r.choice(FIRST).lower(), r.choice(COMPANIES)),
             "timezone: %s" % r.choice(TZS)]
    return "cloud-init/user-data.yaml", lines, pw


@pos("kickstart", "rootpw-plaintext", "kickstart")
def p_ks(r, g):
    pw = any_password(r)
    lines = ["#version=RHEL9", "text", "url --url=http://mirror.%s/rocky/9/BaseOS/x86_64/os/" % domain(r), "lang en_US.UTF-8",
             "keyboard us", "timezone %s --utc" % r.choice(TZS), "network --bootproto=dhcp --device=link --activate --hostname=%s" % host(r),
             "rootpw --plaintext %s" % pw, "firewall --enabled --service=ssh", "selinux --enforcing", "bootloader --location=mbr",
             "zerombr", "clearpart --all --initlabel", "autopart --type=lvm", "reboot", "", "%packages", "@^minimal-environment", "openssh-server", "%end"]
    return r.choice(["kickstart/rocky9.ks", "ks/%s.ks" % r.choice(ROLES), "http/ks.cfg"]), lines, pw


@pos("preseed", "root-password-plaintext", "preseed-cfg")
def p_preseed(r, g):
    pw = any_password(r)
    user_pw = r.chance(0.5)
    lines = ["d-i debian-installer/locale string en_US.UTF-8", "d-i keyboard-configuration/xkb-keymap select us",
             "d-i netcfg/choose_interface select auto", "d-i netcfg/get_hostname string %s" % host(r).split(".")[0],
             "d-i mirror/http/hostname string deb.debian.org", "d-i mirror/http/directory string /debian",
             "d-i clock-setup/utc boolean true", "d-i time/zone string %s" % r.choice(TZS)]
    if user_pw:
        lines += ["d-i passwd/root-login boolean false", "d-i passwd/user-fullname string Packer", "d-i passwd/username string packer",
                  "d-i passwd/user-password password %s" % pw, "d-i passwd/user-password-again password %s" % pw]
    else:
        lines += ["d-i passwd/root-password password %s" % pw, "d-i passwd/root-password-again password %s" % pw]
    lines += ["d-i partman-auto/method string lvm", "d-i partman-auto/choose_recipe select atomic",
              "tasksel tasksel/first multiselect standard, ssh-server", "d-i pkgsel/include string openssh-server sudo",
              "d-i grub-installer/only_debian boolean true", "d-i finish-install/reboot_in_progress note"]
    return r.choice(["http/preseed.cfg", "packer/http/debian-12.cfg"]), lines, pw


# ============================================ POSITIVES: hashicorp runtime
@pos("nomad", "job-template-hardcoded-password", "nomad-hcl")
def p_nomad_tpl(r, g):
    app = r.choice(APPS)
    pw = any_password(r)
    user = r.choice(DB_USERS)
    lines = ["job \"%s\" {" % app, "  datacenters = [\"%s\"]" % r.choice(DCS), "  type        = \"service\"", "",
             "  group \"%s\" {" % app, "    count = %d" % r.randint(1, 4), "", "    network {", "      port \"http\" { to = 8080 }", "    }", "",
             "    task \"server\" {", "      driver = \"docker\"", "", "      config {",
             "        image = \"registry.%s/%s:%s\"" % (domain(r), app, _ver(r)), "        ports = [\"http\"]", "      }", "",
             "      template {", "        destination = \"secrets/db.env\"", "        env         = true", "        data        = <<EOH",
             "DB_HOST={{ range service \"postgres\" }}{{ .Address }}{{ end }}", "DB_USER=%s" % user,
             "DB_PASSWORD=%s" % pw, "EOH", "      }", "", "      resources {", "        cpu    = %d" % r.choice([250, 500, 1000]),
             "        memory = %d" % r.choice([256, 512, 1024]), "      }", "    }", "  }", "}"]
    return "jobs/%s.nomad.hcl" % app, lines, pw


@pos("nomad", "acl-token-shell", "shell-script")
def p_nomad_acl(r, g):
    tok = r.uuid()
    var = nm(r, g, ["NOMAD_TOKEN"], ["TOKEN", "ACL"])
    lines = sh_pre(r) + ["export NOMAD_ADDR=https://nomad.%s:4646" % domain(r)]
    if var == "NOMAD_TOKEN":
        lines += ["export NOMAD_TOKEN=%s" % tok]
    else:
        lines += ["%s=%s" % (var, tok), "export NOMAD_TOKEN=\"$%s\"" % var]
    lines += ["", "for job in jobs/*.nomad.hcl; do", "  nomad job plan -verbose \"$job\" || true", "  nomad job run -detach \"$job\"", "done"]
    return "scripts/deploy-jobs.sh", lines, tok


@pos("consul", "gossip-encrypt-key", "consul-hcl")
def p_consul_gossip(r, g):
    key = r.b64(32)
    lines = ["datacenter = \"%s\"" % r.choice(DCS), "data_dir   = \"/opt/consul\"", "log_level  = \"INFO\"", "server     = true",
             "bootstrap_expect = 3", "", "encrypt = \"%s\"" % key, "", "retry_join = [\"provider=%s tag_key=consul tag_value=server\"]" % r.choice(["aws", "hcloud", "digitalocean"]),
             "", "tls {", "  defaults {", "    ca_file   = \"/etc/consul.d/tls/consul-agent-ca.pem\"", "    verify_incoming = true", "  }", "}", "",
             "ui_config {", "  enabled = true", "}"]
    return r.choice(["consul/consul.hcl", "files/consul/server.hcl", "roles/consul/files/consul.hcl"]), lines, key


@pos("consul", "acl-agent-token", "consul-hcl")
def p_consul_acl(r, g):
    tok = r.uuid()
    lines = ["datacenter = \"%s\"" % r.choice(DCS), "data_dir   = \"/opt/consul\"", "", "acl {", "  enabled        = true",
             "  default_policy = \"deny\"", "  enable_token_persistence = true", "  tokens {", "    %s = \"%s\"" % (r.choice(["agent", "default", "initial_management"]), tok),
             "  }", "}"]
    return "consul/acl.hcl", lines, tok


@pos("consul", "http-token-envrc", "direnv-envrc")
def p_consul_env(r, g):
    tok = r.uuid()
    lines = ["export CONSUL_HTTP_ADDR=https://consul.%s:8501" % domain(r), "export CONSUL_HTTP_TOKEN=%s" % tok,
             "export CONSUL_CACERT=$PWD/tls/consul-agent-ca.pem", "export NOMAD_ADDR=https://nomad.%s:4646" % domain(r)] + envrc_extra(r)
    return ".envrc", lines, tok


@pos("vault", "runbook-root-token", "markdown")
def p_vault_root(r, g):
    tok = vault_token_short(r)
    lines = md_head(r, "Vault: break-glass procedure", "vault") + ["## Login", "", "```sh", "export VAULT_ADDR=https://vault.%s:8200" % domain(r),
                                                          "vault login %s" % tok, "```", "",
                                                          "Revoke the root token again when done: `vault token revoke -self`.", "",
                                                          "## Re-enable audit device", "", "```sh", "vault audit enable file file_path=/var/log/vault/audit.log", "```"]
    return r.choice(["docs/runbooks/vault-break-glass.md", "runbooks/vault.md"]), lines, tok


@pos("vault", "runbook-unseal-key", "markdown")
def p_vault_unseal(r, g):
    k = unseal_key(r)
    lines = md_head(r, "Unsealing vault after a reboot", "vault") + ["Each node must be unsealed separately (threshold %d)." % r.randint(2, 3), "",
                                                            "```sh", "for n in 1 2 3; do", "  VAULT_ADDR=https://vault-$n.%s:8200 vault operator unseal %s" % (domain(r), k),
                                                            "done", "```", "", "Check with `vault status` - `Sealed` must be `false`."]
    return "docs/runbooks/vault-unseal.md", lines, k


@pos("vault", "makefile-vault-token", "makefile")
def p_vault_make(r, g):
    tok = vault_token_long(r)
    var = nm(r, g, ["VAULT_TOKEN"], ["TOKEN", "AUTH"])
    lines = ["export VAULT_ADDR := https://vault.%s:8200" % domain(r), "%s := %s" % (var, tok), "", ".PHONY: policies secrets-engines",
             "policies:", "\tfor f in policies/*.hcl; do \\", "\t  VAULT_TOKEN=$(%s) vault policy write $$(basename $$f .hcl) $$f; \\" % var, "\tdone", "",
             "secrets-engines:", "\tVAULT_TOKEN=$(%s) vault secrets enable -path=kv -version=2 kv || true" % var]
    return "vault/Makefile", lines, tok


@pos("vault", "agent-config-token-shell", "shell-script")
def p_vault_sh(r, g):
    tok = vault_token_short(r) if r.chance(0.5) else vault_token_long(r)
    lines = sh_pre(r) + ["export VAULT_ADDR=https://vault.%s:8200" % domain(r), "",
                         "# bootstrap token for the %s approle - rotate after first run" % r.choice(APPS),
                         "vault write -f auth/approle/role/%s/secret-id \\" % r.choice(APPS), "  -header=\"X-Vault-Token: %s\" > /tmp/secret-id.json" % tok]
    return "scripts/bootstrap-approle.sh", lines, tok


# ================================================ POSITIVES: kubernetes gitops
@pos("github", "argocd-repo-secret-pat", "k8s-manifest-yaml")
def p_argo_gh(r, g):
    tok = gh_token(r, "ghp_")
    org = r.choice(COMPANIES)
    lines = k8s_meta(r, "Secret", "repo-%s" % r.choice(["infra", "platform", "apps", "charts"]), "argocd", labels=[("argocd.argoproj.io/secret-type", "repository")])
    lines += ["type: Opaque", "stringData:", "  type: git", "  url: https://github.com/%s/%s.git" % (org, r.choice(["infra", "k8s-apps", "platform"])),
              "  username: %s" % r.choice(["argocd-bot", "git", org + "-ci"]), "  password: %s" % tok]
    return "argocd/repositories/%s.yaml" % org, lines, tok


@pos("gitlab", "argocd-repo-creds-glpat", "k8s-manifest-yaml")
def p_argo_gl(r, g):
    tok = "glpat-" + r.s(20, ALNUM + "_-")
    lines = k8s_meta(r, "Secret", "gitlab-repo-creds", "argocd", labels=[("argocd.argoproj.io/secret-type", "repo-creds")])
    lines += ["stringData:", "  type: git", "  url: https://gitlab.%s/%s" % (domain(r), r.choice(["infra", "platform"])),
              "  username: oauth2", "  password: %s" % tok]
    return "bootstrap/argocd/repo-creds.yaml", lines, tok


@pos("flux", "secret-stringData-password", "k8s-manifest-yaml")
def p_flux_pw(r, g):
    pw = any_password(r)
    lines = k8s_meta(r, "Secret", "%s-helm-auth" % r.choice(["harbor", "nexus", "chartmuseum"]), "flux-system")
    lines += ["type: Opaque", "stringData:", "  username: %s" % r.choice(["robot$flux", "flux", "ci-pull"]), "  password: %s" % q(r, pw), "---",
              "apiVersion: source.toolkit.fluxcd.io/v1", "kind: HelmRepository", "metadata:", "  name: internal", "  namespace: flux-system",
              "spec:", "  interval: 10m", "  url: https://charts.%s" % domain(r), "  secretRef:", "    name: %s" % lines[3].split(": ")[1]]
    return "clusters/%s/flux-system/helm-repo.yaml" % r.choice(ENVS), lines, pw


@pos("slack", "flux-alert-provider-webhook", "k8s-manifest-yaml")
def p_flux_slack(r, g):
    url = slack_webhook(r)
    lines = k8s_meta(r, "Secret", "slack-url", "flux-system") + ["stringData:", "  address: %s" % url, "---",
                                                                 "apiVersion: notification.toolkit.fluxcd.io/v1beta3", "kind: Provider",
                                                                 "metadata:", "  name: slack", "  namespace: flux-system", "spec:", "  type: slack",
                                                                 "  channel: %s" % r.choice(["#deploys", "#ops-alerts", "#flux"]), "  secretRef:", "    name: slack-url"]
    return "clusters/%s/notifications/slack.yaml" % r.choice(ENVS), lines, url


@pos("aws", "crossplane-providerconfig-secret", "k8s-manifest-yaml")
def p_xp_aws(r, g):
    kid, sec = aws_pair(r)
    lines = k8s_meta(r, "Secret", "aws-creds", "crossplane-system") + ["type: Opaque", "stringData:", "  creds: |", "    [default]",
                                                                       "    aws_access_key_id = %s" % kid, "    aws_secret_access_key = %s" % sec, "---",
                                                                       "apiVersion: aws.upbound.io/v1beta1", "kind: ProviderConfig", "metadata:", "  name: default",
                                                                       "spec:", "  credentials:", "    source: Secret", "    secretRef:",
                                                                       "      namespace: crossplane-system", "      name: aws-creds", "      key: creds"]
    return "crossplane/providerconfig-aws.yaml", lines, sec


@pos("azure", "crossplane-azure-creds-json", "k8s-manifest-yaml")
def p_xp_az(r, g):
    sec = azure_secret(r)
    lines = k8s_meta(r, "Secret", "azure-secret", "crossplane-system") + ["type: Opaque", "stringData:", "  creds: |", "    {",
                                                                          "      \"clientId\": \"%s\"," % r.uuid(), "      \"clientSecret\": \"%s\"," % sec,
                                                                          "      \"subscriptionId\": \"%s\"," % r.uuid(), "      \"tenantId\": \"%s\"" % r.uuid(), "    }"]
    return "crossplane/azure-secret.yaml", lines, sec


# ================================================ POSITIVES: platform tools
@pos("rancher", "tf-rancher2-token_key", "terraform-hcl")
def p_rancher(r, g):
    tok = rancher_token(r)
    blk = ["provider \"rancher2\" {", "  api_url   = \"https://rancher.%s\"" % domain(r), "  %s = \"%s\"" % ("token_key", tok), "  insecure  = false", "}"]
    return "rancher.tf", _tf_provider_file(r, [("rancher2", "rancher/rancher2")], blk), tok


@pos("portainer", "api-key-shell", "shell-script")
def p_portainer(r, g):
    tok = "ptr_" + r.b64(32)
    var = nm(r, g, ["PORTAINER_API_KEY"], ["API_KEY", "KEY"])
    lines = sh_pre(r) + ["PORTAINER_URL=https://portainer.%s" % domain(r), "%s='%s'" % (var, tok), "STACK_ID=%d" % r.randint(2, 60), "",
                         "curl -fsS -X PUT \"$PORTAINER_URL/api/stacks/$STACK_ID/git/redeploy?endpointId=%d\" \\" % r.randint(1, 5),
                         "  -H \"X-API-Key: $%s\" \\" % var, "  -H 'Content-Type: application/json' \\", "  -d '{\"pullImage\": true, \"prune\": true}'"]
    return "scripts/redeploy-stack.sh", lines, tok


@pos("proxmox", "tf-api-token-secret", "terraform-hcl")
def p_proxmox(r, g):
    sec = r.uuid()
    user = "%s@%s!%s" % (r.choice(["terraform", "root", "automation"]), r.choice(["pam", "pve"]), r.choice(["tf", "provider", "ci"]))
    if r.chance(0.5):
        blk = ["provider \"proxmox\" {", "  pm_api_url          = \"https://pve.%s:8006/api2/json\"" % domain(r),
               "  pm_api_token_id     = \"%s\"" % user, "  pm_api_token_secret = \"%s\"" % sec, "  pm_tls_insecure     = true", "}"]
        provs = [("proxmox", "telmate/proxmox")]
    else:
        blk = ["provider \"proxmox\" {", "  endpoint  = \"https://pve.%s:8006/\"" % domain(r), "  api_token = \"%s=%s\"" % (user, sec), "  insecure  = true", "}"]
        provs = [("proxmox", "bpg/proxmox")]
    return "proxmox.tf", _tf_provider_file(r, provs, blk), sec


@pos("proxmox", "api-token-ansible-vars", "ansible-group_vars-yaml")
def p_proxmox_ans(r, g):
    sec = r.uuid()
    lines = ["---", "proxmox_api_host: pve.%s" % domain(r), "proxmox_api_user: %s@pam" % r.choice(["ansible", "automation"]),
             "proxmox_api_token_id: %s" % r.choice(["ansible", "ci"]), "proxmox_api_token_secret: %s" % sec, "proxmox_node: pve%02d" % r.randint(1, 6)] + yaml_fill(r, 1, 2)
    return "group_vars/proxmox.yml", lines, sec


@pos("foreman", "hammer-config-password", "yaml")
def p_hammer(r, g):
    pw = any_password(r)
    lines = [":foreman:", "  :host: 'https://%s'" % r.choice(["foreman", "satellite"]) + "." + domain(r), "  :username: '%s'" % r.choice(ADMIN_USERS),
             "  :password: '%s'" % pw, "  :organization: '%s'" % r.choice(COMPANIES).capitalize(), "", ":log_dir: '~/.hammer/log'", ":log_level: 'error'"]
    return "hammer/cli.modules.d/foreman.yml", lines, pw


@pos("awx", "controller-oauth-token", "ansible-group_vars-yaml")
def p_awx(r, g):
    tok = r.s(30)
    var = nm(r, g, ["controller_oauthtoken", "tower_oauthtoken", "awx_token"], ["token", "api_token"])
    lines = ["---", "controller_hostname: https://awx.%s" % domain(r), "%s: %s" % (var, tok), "controller_validate_certs: true",
             "controller_organizations:", "  - name: %s" % r.choice(COMPANIES).capitalize(), "controller_projects:",
             "  - name: infra", "    scm_type: git", "    scm_url: https://git.%s/ops/infra.git" % domain(r)]
    return "awx/group_vars/all.yml", lines, tok


@pos("awx", "tower-cli-cfg", "ini")
def p_tower_cfg(r, g):
    tok = r.s(30)
    lines = ["[general]", "host = https://tower.%s" % domain(r), "verify_ssl = true", "oauth_token = %s" % tok, "format = human"]
    return r.choice(["tower_cli.cfg", "ci/tower_cli.cfg"]), lines, tok


@pos("rundeck", "api-token-shell", "shell-script")
def p_rundeck(r, g):
    tok = r.s(32)
    var = nm(r, g, ["RD_TOKEN"], ["TOKEN", "API_KEY"])
    lines = sh_pre(r) + ["export RD_URL=https://rundeck.%s" % domain(r), "export %s=%s" % (var, tok)]
    if var != "RD_TOKEN":
        lines.append("export RD_TOKEN=$%s" % var)
    lines += ["", "rd run -p %s -j '%s' -- -env %s" % (r.choice(["ops", "infra"]), r.choice(["patch-hosts", "restart-app", "db-backup"]), r.choice(ENVS))]
    return "scripts/rd-run.sh", lines, tok


@pos("jenkins", "casc-usernamePassword", "jenkins-casc-yaml")
def p_casc_pw(r, g):
    pw = any_password(r)
    lines = ["jenkins:", "  systemMessage: \"Managed by JCasC\"", "  numExecutors: 0", "credentials:", "  system:", "    domainCredentials:",
             "      - credentials:", "          - usernamePassword:", "              scope: GLOBAL", "              id: \"%s\"" % r.choice(["nexus-deploy", "artifactory", "db-migrate"]),
             "              username: \"%s\"" % r.choice(DB_USERS), "              password: \"%s\"" % pw,
             "              description: \"deploy user\"", "unclassified:", "  location:", "    url: https://jenkins.%s/" % domain(r)]
    return "jenkins/casc.yaml", lines, pw


@pos("github", "casc-string-credential-pat", "jenkins-casc-yaml")
def p_casc_gh(r, g):
    tok = gh_token(r, "ghp_")
    lines = ["credentials:", "  system:", "    domainCredentials:", "      - credentials:", "          - string:", "              scope: GLOBAL",
             "              id: \"%s\"" % r.choice(["github-token", "gh-status", "scm-token"]), "              secret: \"%s\"" % tok,
             "              description: \"commit status updates\"", "jenkins:", "  securityRealm:", "    local:", "      allowsSignup: false"]
    return "jenkins/casc.yaml", lines, tok


@pos("jenkins", "api-token-makefile", "makefile")
def p_jenkins_tok(r, g):
    tok = "11" + r.hex(32)
    user = r.choice(ADMIN_USERS)
    lines = ["JENKINS_URL ?= https://jenkins.%s" % domain(r), "", ".PHONY: reload-casc", "reload-casc:",
             "\tcurl -fsS -X POST -u %s:%s $(JENKINS_URL)/configuration-as-code/reload" % (user, tok), "",
             "lint:", "\tyamllint jenkins/casc.yaml"]
    return "Makefile", lines, tok


@pos("npm", "role-template-npmrc", "jinja2-template")
def p_npmrc(r, g):
    tok = npm_token(r)
    lines = ["# {{ ansible_managed }}", "registry=https://registry.npmjs.org/", "//registry.npmjs.org/:_authToken=%s" % tok,
             "@%s:registry=https://npm.pkg.%s/" % (r.choice(COMPANIES), domain(r)), "always-auth=true"]
    return "roles/nodejs_build/templates/npmrc.j2", lines, tok


@pos("aws", "envrc-aws-keys", "direnv-envrc")
def p_aws_env(r, g):
    kid, sec = aws_pair(r)
    lines = ["export AWS_DEFAULT_REGION=%s" % r.choice(["eu-central-1", "us-east-1"]), "export AWS_ACCESS_KEY_ID=%s" % kid,
             "export AWS_SECRET_ACCESS_KEY=%s" % sec, "export TF_VAR_env=%s" % r.choice(ENVS), "watch_file .tool-versions"]
    return ".envrc", lines, sec


@pos("digitalocean", "ansible-do-inventory-token", "ansible-inventory-yaml")
def p_do_inv(r, g):
    tok = "dop_v1_" + r.hex(64)
    lines = ["plugin: community.digitalocean.digitalocean", "api_token: %s" % tok, "attributes:", "  - id", "  - name", "  - networks", "  - tags",
             "keyed_groups:", "  - key: do_tags | lower", "    prefix: ''", "    separator: ''", "compose:",
             "  ansible_host: do_networks.v4 | selectattr('type','eq','public') | map(attribute='ip_address') | first"]
    return "inventory/digitalocean.yml", lines, tok


@pos("hetzner", "ansible-hcloud-inventory-token", "ansible-inventory-yaml")
def p_hc_inv(r, g):
    tok = r.s(64)
    lines = ["plugin: hetzner.hcloud.hcloud", "token: %s" % tok, "locations:", "  - %s" % r.choice(["nbg1", "fsn1", "hel1"]),
             "keyed_groups:", "  - key: labels.role", "    prefix: role", "compose:", "  ansible_host: ipv4"]
    return "inventory/hcloud.yml", lines, tok


# ------------------------------------------------ positional-argument positives
@pos("ansible", "extra-vars-cli-become-pass", "shell-script")
def p_extra_vars(r, g):
    pw = any_password(r)
    env = r.choice(ENVS)
    var = r.choice(["ansible_become_pass", "ansible_password", "db_admin_password"])
    lines = sh_pre(r) + ["INVENTORY=inventories/%s/hosts.ini" % env, "", "ansible-galaxy install -r requirements.yml",
                         "ansible-playbook -i \"$INVENTORY\" site.yml \\", "  --limit \"${LIMIT:-all}\" \\",
                         "  -e \"%s=%s\" \\" % (var, pw), "  --diff \"$@\""]
    return "scripts/run-%s.sh" % env, lines, pw


@pos("digitalocean", "terraform-cli-var", "makefile")
def p_tf_cli_var(r, g):
    tok = "dop_v1_" + r.hex(64)
    lines = ["ENV ?= %s" % r.choice(ENVS), "", ".PHONY: init plan apply", "init:", "\tterraform -chdir=envs/$(ENV) init -upgrade", "",
             "plan:", "\tterraform -chdir=envs/$(ENV) plan -var \"do_token=%s\" -out=tfplan" % tok, "",
             "apply:", "\tterraform -chdir=envs/$(ENV) apply tfplan"]
    return "Makefile", lines, tok


@pos("consul", "runbook-set-agent-token", "markdown")
def p_consul_set(r, g):
    tok = r.uuid()
    lines = md_head(r, "Rotating the consul agent token", "consul") + ["After the policy change run on every server:", "", "```sh",
                                                                      "export CONSUL_HTTP_ADDR=https://127.0.0.1:8501",
                                                                      "consul acl set-agent-token agent %s" % tok, "systemctl restart consul", "```", "",
                                                                      "Verify with `consul members` that all nodes are `alive`."]
    return "docs/runbooks/consul-agent-token.md", lines, tok


# =================================================================== NEGATIVES
def vault_blob(r, indent=""):
    n = r.randint(5, 14)
    return [indent + "$ANSIBLE_VAULT;1.1;AES256"] + [indent + r.hex(80) for _ in range(n)] + [indent + r.hex(r.choice([16, 32, 48, 64]))]


def pgp_message(r, indent=""):
    b = r.b64(r.randint(200, 420))
    body = ["hQIMA" + b[:59]] + [b[i:i + 64] for i in range(59, len(b), 64)]
    return [indent + x for x in ["-----BEGIN PGP MESSAGE-----", ""] + body + ["=" + r.b64(3), "-----END PGP MESSAGE-----"]]


def eyaml(r):
    return "ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA%s]" % r.b64(r.choice([240, 256, 288]))


def sops_val(r, n=None, typ="str"):
    n = n or r.randint(12, 40)
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]" % (r.b64(n), r.b64(32), r.b64(16), typ)


PLACEHOLDERS = ["CHANGE_ME", "changeme", "<vault>", "<your-password>", "REPLACE_ME", "TODO", "__SET_IN_VAULT__",
                "<set-me>", "xxxxxxxx", "********", "", "YOUR_PASSWORD_HERE", "<secret>", "FIXME"]


@neg("ansible", "ansible-vault-file", "ansible-group_vars-yaml")
def n_vault_file(r):
    return "group_vars/%s/vault.yml" % r.choice(["all", "production", "dbservers", "app"]), vault_blob(r)


@neg("ansible", "inline-vault-value", "ansible-group_vars-yaml")
def n_vault_inline(r):
    var = r.choice(["ansible_become_pass", "db_password", "vault_mysql_root_password", "ansible_password", "keycloak_admin_password"])
    lines = ["---"] + yaml_fill(r, 1, 3) + ["%s: !vault |" % var] + vault_blob(r, "          ") + yaml_fill(r, 1, 2)
    return "group_vars/%s.yml" % r.choice(["all", "dbservers", "webservers", r.choice(ENVS)]), lines


@neg("ansible", "lookup-env", "ansible-group_vars-yaml")
def n_lookup_env(r):
    lines = ["---"] + yaml_fill(r, 1, 2)
    for var, env in r.sample([("ansible_become_pass", "BECOME_PASS"), ("db_password", "DB_PASSWORD"), ("do_token", "DO_API_TOKEN"),
                              ("hcloud_token", "HCLOUD_TOKEN"), ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN"),
                              ("vcenter_password", "VSPHERE_PASSWORD"), ("aws_secret_key", "AWS_SECRET_ACCESS_KEY")], 3):
        lines.append("%s: \"{{ lookup('%s', '%s') }}\"" % (var, r.choice(["env", "ansible.builtin.env"]), env))
    return "group_vars/%s.yml" % r.choice(["all", "cloud", r.choice(ENVS)]), lines + yaml_fill(r, 0, 2)


@neg("vault", "lookup-hashi_vault", "ansible-group_vars-yaml")
def n_hashi(r):
    app = r.choice(APPS)
    lines = ["---", "vault_addr: https://vault.%s:8200" % domain(r),
             "%s_db_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/%s/db:password url=' ~ vault_addr) }}\"" % (app, app),
             "%s_api_key: \"{{ lookup('hashi_vault', 'secret=secret/%s:api_key auth_method=approle role_id=' ~ lookup('env','VAULT_ROLE_ID') ~ ' secret_id=' ~ lookup('env','VAULT_SECRET_ID')) }}\"" % (app, app)]
    return "group_vars/%s.yml" % app, lines + yaml_fill(r, 1, 3)


@neg("ansible", "vault-var-indirection", "ansible-group_vars-yaml")
def n_indirect(r):
    pairs = [("ansible_become_pass", "vault_become_pass"), ("mysql_root_password", "vault_mysql_root_password"),
             ("postgres_password", "vault_postgres_password"), ("idrac_password", "vault_idrac_password"),
             ("ipmi_password", "vault_ipmi_password"), ("grafana_admin_password", "vault_grafana_admin_password"),
             ("proxmox_api_token_secret", "vault_proxmox_token_secret"), ("awx_token", "vault_awx_token")]
    lines = ["---", "# real values live in vault.yml (ansible-vault encrypted)"]
    for a, b in r.sample(pairs, 3):
        lines.append("%s: \"{{ %s }}\"" % (a, b))
    return "group_vars/%s/vars.yml" % r.choice(["all", "dbservers", "baremetal"]), lines + yaml_fill(r, 1, 3)


@neg("ansible", "inventory-password-reference", "ansible-inventory-ini")
def n_inv_ref(r):
    role = r.choice(["db", "windows", "legacy"])
    lines = ["[%s]" % role] + ini_hosts(r, role) + ["", "[%s:vars]" % role, "ansible_user=%s" % r.choice(["admin", "Administrator", "ops"]),
                                                    "ansible_password=\"{{ vault_%s_password }}\"" % role,
                                                    "ansible_become_pass='{{ lookup(\"env\", \"BECOME_PASS\") }}'"]
    if role == "windows":
        lines += ["ansible_connection=winrm", "ansible_winrm_transport=ntlm"]
    return "inventories/%s/hosts.ini" % r.choice(ENVS), lines


@neg("ansible", "ansible.cfg-no-token", "ansible-cfg")
def n_ansible_cfg(r):
    lines = ["[defaults]", "inventory = inventories/%s/hosts.ini" % r.choice(ENVS), "vault_password_file = ~/.ansible/vault-pass.sh",
             "vault_identity_list = prod@~/.ansible/prod-vault-pass, dev@prompt", "forks = %d" % r.choice([10, 25, 50]),
             "callbacks_enabled = profile_tasks, timer", "", "[galaxy]", "server_list = private_hub", "",
             "[galaxy_server.private_hub]", "url = https://hub.%s/api/galaxy/" % domain(r),
             "# token comes from ANSIBLE_GALAXY_SERVER_PRIVATE_HUB_TOKEN in CI", "auth_url = https://sso.%s/auth/realms/ansible/protocol/openid-connect/token" % domain(r)]
    return "ansible.cfg", lines


@neg("ansible", "requirements-commit-shas", "ansible-requirements-yaml")
def n_requirements(r):
    lines = ["---", "roles:"]
    for nm_ in r.sample(["geerlingguy.docker", "geerlingguy.postgresql", "cloudalchemy.node_exporter", "geerlingguy.nginx", "robertdebock.users"], 2):
        lines += ["  - name: %s" % nm_, "    version: %s.%d.%d" % (r.randint(1, 7), r.randint(0, 9), r.randint(0, 9))]
    for nm_ in r.sample(["hardening", "ntp", "base", "consul", "backup"], 2):
        lines += ["  - name: %s" % nm_, "    src: git+https://git.%s/ansible-roles/%s.git" % (domain(r), nm_), "    version: %s" % r.hex(40)]
    lines += ["collections:", "  - name: community.general", "    version: \">=8.0.0\"", "  - name: community.hashi_vault"]
    return "requirements.yml", lines


@neg("ansible", "apt-gpg-key-fingerprint", "ansible-tasks-yaml")
def n_gpg(r):
    fp = r.hex(40).upper()
    repo = r.choice(["hashicorp", "docker", "grafana", "postgresql", "nodesource"])
    lines = ["---", "- name: Add %s signing key" % repo, "  ansible.builtin.apt_key:", "    url: %s" % {"hashicorp": "https://apt.releases.hashicorp.com/gpg", "docker": "https://download.docker.com/linux/ubuntu/gpg", "grafana": "https://apt.grafana.com/gpg.key", "postgresql": "https://www.postgresql.org/media/keys/ACCC4CF8.asc", "nodesource": "https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key"}[repo],
             "    id: %s" % fp, "    state: present", "", "- name: Add %s repository" % repo, "  ansible.builtin.apt_repository:",
             "    repo: \"deb [signed-by=/usr/share/keyrings/%s.gpg] https://repo.%s {{ ansible_distribution_release }} main\"" % (repo, domain(r)),
             "    state: present", "", "- name: Verify key fingerprint", "  ansible.builtin.command: gpg --show-keys /usr/share/keyrings/%s.gpg" % repo,
             "  register: key_info", "  changed_when: false", "  failed_when: \"'%s' not in key_info.stdout\"" % fp[-16:]]
    return "roles/%s_repo/tasks/main.yml" % repo, lines


@neg("ansible", "winrm-lookup", "ansible-inventory-yaml")
def n_winrm(r):
    dom = domain(r)
    lines = ["windows:", "  hosts:"] + ["    WIN-APP%02d.%s:" % (i + 1, dom) for i in range(r.randint(2, 4))] + [
        "  vars:", "    ansible_connection: winrm", "    ansible_winrm_transport: kerberos", "    ansible_port: 5986",
        "    ansible_user: svc_ansible@%s" % dom.upper(), "    ansible_password: \"{{ lookup('ansible.builtin.env', 'WINRM_PASSWORD') }}\"",
        "    ansible_winrm_server_cert_validation: validate"]
    return "inventories/%s/windows.yml" % r.choice(ENVS), lines


@neg("ansible", "ipmi-reference", "ansible-inventory-yaml")
def n_ipmi(r):
    dom = domain(r)
    lines = ["all:", "  children:", "    baremetal:", "      vars:", "        ipmi_user: \"{{ vault_ipmi_user }}\"",
             "        ipmi_password: \"{{ vault_ipmi_password }}\"", "        ipmi_interface: lanplus", "      hosts:"]
    for i in range(r.randint(2, 5)):
        lines += ["        hv%02d.%s:" % (i + 1, dom), "          ipmi_address: %s" % r.ip("192"),
                  "          serial: %s" % r.s(7, UPPER + DIGITS), "          asset_uuid: %s" % r.uuid()]
    return "inventories/%s/baremetal.yml" % r.choice(ENVS), lines


@neg("ansible", "placeholder-values", "ansible-role-defaults-yaml")
def n_placeholders(r):
    role = r.choice(["postgresql", "keycloak", "minio", "rabbitmq", "gitea", "zabbix_server"])
    ph = r.sample(PLACEHOLDERS, 3)
    lines = ["---", "# defaults for %s - override the secrets in group_vars/*/vault.yml" % role,
             "%s_admin_user: admin" % role, "%s_admin_password: \"%s\"" % (role, ph[0]),
             "%s_db_password: \"%s\"" % (role, ph[1]), "%s_secret_key: \"%s\"  # must be set per environment" % (role, ph[2]),
             "%s_port: %d" % (role, r.choice([8080, 9000, 5432]))]
    return "roles/%s/defaults/main.yml" % role, lines


@neg("ansible", "j2-template-variables", "jinja2-template")
def n_j2(r):
    app = r.choice(APPS)
    lines = ["# {{ ansible_managed }}", "[database]", "host = {{ %s_db_host }}" % app, "user = {{ %s_db_user }}" % app,
             "password = {{ %s_db_password }}" % app, "", "[smtp]", "password = {{ lookup('env', 'SMTP_PASSWORD') | default('', true) }}",
             "", "[api]", "token = {{ vault_%s_api_token | mandatory }}" % app]
    return "roles/%s/templates/%s.ini.j2" % (app, app), lines


@neg("ansible", "molecule-test-vector", "python")
def n_testvec(r):
    lines = ["\"\"\"Testinfra checks for the hmac_sign filter plugin.\"\"\"", "import hmac", "import hashlib", "",
             "# RFC 4231 test case 2", "KEY = b\"Jefe\"", "DATA = b\"what do ya want for nothing?\"",
             "EXPECTED = \"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\"", "", "",
             "def test_hmac_filter():", "    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED"]
    return "roles/%s/molecule/default/tests/test_hmac.py" % r.choice(["signing", "webhook_relay"]), lines


# ------------------------------------------------------------ chef / puppet / salt
@neg("chef", "encrypted-data-bag", "chef-data-bag-json")
def n_chef_enc(r):
    item = r.choice(APPS)
    d = {"id": item}
    for k in r.sample(["password", "db_password", "api_key", "admin_password"], 2):
        d[k] = {"encrypted_data": r.b64(r.choice([32, 48, 64])), "iv": r.b64(12), "auth_tag": r.b64(16), "version": 3, "cipher": "aes-256-gcm"}
    return "data_bags/secrets/%s.json" % item, json.dumps(d, indent=2).split("\n")


@neg("chef", "attributes-data-bag-lookup", "chef-attributes-rb")
def n_chef_attr(r):
    cb = r.choice(["mysql", "postgresql", "app"])
    lines = ["# Cookbook:: %s_wrapper" % cb, ""] + rb_attr_fill(r, cb) + [
        "creds = data_bag_item('credentials', '%s', Chef::EncryptedDataBagItem.load_secret('/etc/chef/encrypted_data_bag_secret'))" % cb,
        "default['%s']['server_root_password'] = creds['password']" % cb,
        "default['%s']['replication_password'] = chef_vault_item('passwords', 'replication')['password']" % cb]
    return "cookbooks/%s_wrapper/attributes/default.rb" % cb, lines


@neg("chef", "knife-key-paths", "chef-knife-rb")
def n_knife(r):
    node = r.choice(FIRST).lower()
    lines = ["current_dir = File.dirname(__FILE__)", "node_name                '%s'" % node,
             "client_key               \"#{current_dir}/%s.pem\"" % node, "validation_client_name   '%s-validator'" % r.choice(COMPANIES),
             "validation_key           \"#{current_dir}/validator.pem\"", "chef_server_url          'https://chef.%s/organizations/%s'" % (domain(r), r.choice(COMPANIES)),
             "knife[:vault_mode]       = 'client'", "knife[:aws_credential_file] = \"#{ENV['HOME']}/.aws/credentials\"",
             "knife[:secret_file]      = \"#{current_dir}/encrypted_data_bag_secret\""]
    return ".chef/config.rb", lines


@neg("chef", "data-bag-password-hash", "chef-data-bag-json")
def n_databag_hash(r):
    u = r.choice(FIRST).lower()
    d = {"id": u, "uid": r.randint(2000, 4000), "groups": ["sysadmin", "wheel"], "shell": "/bin/bash", "password": crypt_sha512(r),
         "ssh_keys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop" % (r.b64(32, pad=False)[:43], u)]}
    return "data_bags/users/%s.json" % u, json.dumps(d, indent=2).split("\n")


@neg("puppet", "hiera-eyaml", "hiera-yaml")
def n_eyaml(r):
    lines = ["---", "profile::db::user: %s" % r.choice(DB_USERS), "profile::db::password: >"]
    v = eyaml(r)
    lines += ["  " + v[i:i + 72] for i in range(0, len(v), 72)]
    lines += ["profile::app::api_token: %s" % eyaml(r)[:130] + "]", "profile::db::max_connections: %d" % r.choice([100, 300])]
    return "data/%s" % r.choice(["common.yaml", "role/db.yaml", "environment/%s.yaml" % r.choice(ENVS)]), lines


@neg("puppet", "hiera-config-eyaml-keys", "hiera-yaml")
def n_hiera_cfg(r):
    lines = ["---", "version: 5", "defaults:", "  datadir: data", "  data_hash: yaml_data", "hierarchy:",
             "  - name: \"Secrets (eyaml)\"", "    lookup_key: eyaml_lookup_key", "    paths:", "      - \"nodes/%{trusted.certname}.eyaml\"", "      - \"common.eyaml\"",
             "    options:", "      pkcs7_private_key: /etc/puppetlabs/puppet/eyaml/private_key.pkcs7.pem",
             "      pkcs7_public_key:  /etc/puppetlabs/puppet/eyaml/public_key.pkcs7.pem", "  - name: \"Common\"", "    path: \"common.yaml\""]
    return "hiera.yaml", lines


@neg("puppet", "manifest-sensitive-lookup", "puppet-manifest")
def n_pp(r):
    u = r.choice(FIRST).lower()
    lines = ["class profile::users {", "  user { '%s':" % u, "    ensure     => present,", "    managehome => true,",
             "    password   => '%s'," % crypt_sha512(r), "    groups     => ['wheel'],", "  }", "",
             "  $db_password = Sensitive(lookup('profile::db::password'))", "  postgresql::server::role { '%s':" % r.choice(DB_USERS),
             "    password_hash => postgresql::postgresql_password('%s', $db_password)," % r.choice(DB_USERS), "  }", "}"]
    return "site/profile/manifests/users.pp", lines


@neg("saltstack", "gpg-renderer-pillar", "salt-pillar-sls")
def n_salt_gpg(r):
    svc = r.choice(["postgres", "mysql", "grafana"])
    lines = ["#!yaml|gpg", "", "%s:" % svc, "  admin_user: %s" % r.choice(DB_USERS), "  admin_password: |"] + pgp_message(r, "    ")
    return "pillar/%s/secrets.sls" % svc, lines


@neg("saltstack", "sdb-vault-reference", "salt-pillar-sls")
def n_salt_sdb(r):
    svc = r.choice(["postgres", "redis", "rabbitmq"])
    lines = ["%s:" % svc, "  listen: %s" % r.ip(), "  password: sdb://vault/secret/%s/%s?password" % (r.choice(ENVS), svc),
             "  cloudflare_api_token: {{ salt['vault'].read_secret('kv/data/dns/cloudflare', 'token') }}",
             "  replication_password: {{ pillar.get('vault_replication_password', '') }}"]
    return "pillar/%s/init.sls" % svc, lines


@neg("saltstack", "pillar-password-hash", "salt-pillar-sls")
def n_salt_hash(r):
    lines = ["users:"]
    for u in r.sample(FIRST, 2):
        lines += ["  %s:" % u.lower(), "    fullname: %s %s" % (u, r.choice(["Nowak", "Berg", "Olsen", "Rossi", "Keane"])),
                  "    password: '%s'" % crypt_sha512(r), "    enforce_password: True", "    groups: [sudo]", "    uid: %d" % r.randint(2000, 3000)]
    return "pillar/users/init.sls", lines


# ------------------------------------------------------------------ terraform
@neg("terraform", "sensitive-variables-no-default", "terraform-hcl")
def n_tf_vars(r):
    names = r.sample(["do_token", "hcloud_token", "cloudflare_api_token", "linode_token", "vultr_api_key", "azure_client_secret",
                      "proxmox_api_token_secret", "ovh_application_secret", "fastly_api_key", "db_password"], 3)
    lines = []
    for n in names:
        lines += ["variable \"%s\" {" % n, "  description = \"%s (set via TF_VAR_%s)\"" % (n.replace("_", " "), n), "  type        = string",
                  "  sensitive   = true", "}", ""]
    lines += ["variable \"region\" {", "  type    = string", "  default = \"%s\"" % r.choice(["fra1", "nbg1", "eu-central"]), "}"]
    return "variables.tf", lines


@neg("terraform", "provider-var-reference", "terraform-hcl")
def n_tf_provider_ref(r):
    which = r.randint(0, 5)
    blocks = [
        ("aws", "hashicorp/aws", ["provider \"aws\" {", "  region  = var.region", "  profile = \"%s\"" % r.choice(ENVS),
                                  "  assume_role {", "    role_arn = \"arn:aws:iam::%d:role/terraform\"" % r.randint(10 ** 11, 10 ** 12 - 1), "  }", "}"]),
        ("hcloud", "hetznercloud/hcloud", ["provider \"hcloud\" {", "  token = var.hcloud_token", "}"]),
        ("digitalocean", "digitalocean/digitalocean", ["provider \"digitalocean\" {", "  token = var.do_token", "}"]),
        ("cloudflare", "cloudflare/cloudflare", ["provider \"cloudflare\" {", "  api_token = data.vault_generic_secret.cloudflare.data[\"token\"]", "}"]),
        ("linode", "linode/linode", ["provider \"linode\" {", "  token = sensitive(var.linode_token)", "}"]),
        ("ovh", "ovh/ovh", ["provider \"ovh\" {", "  endpoint           = \"ovh-eu\"", "  application_key    = var.ovh_application_key",
                            "  application_secret = var.ovh_application_secret", "  consumer_key       = var.ovh_consumer_key", "}"]),
    ]
    name, src, blk = blocks[which]
    return "providers.tf", _tf_provider_file(r, [(name, src)], blk)


@neg("terraform", "random_password-resource", "terraform-hcl")
def n_tf_random(r):
    app = r.choice(APPS)
    lines = ["resource \"random_password\" \"%s_db\" {" % app, "  length           = %d" % r.choice([24, 32, 40]), "  special          = true",
             "  override_special = \"!#%&*()-_=+[]{}<>:?\"", "}", "", "resource \"aws_db_instance\" \"%s\" {" % app,
             "  identifier        = \"%s-%s\"" % (app, r.choice(ENVS)), "  engine            = \"postgres\"", "  engine_version    = \"16.%d\"" % r.randint(1, 4),
             "  instance_class    = \"db.t4g.medium\"", "  username          = \"%s\"" % r.choice(DB_USERS),
             "  password          = random_password.%s_db.result" % app, "  skip_final_snapshot = false", "}", "",
             "resource \"aws_secretsmanager_secret_version\" \"%s_db\" {" % app, "  secret_id     = aws_secretsmanager_secret.%s_db.id" % app,
             "  secret_string = random_password.%s_db.result" % app, "}"]
    return "rds.tf", lines


@neg("terraform", "tfstate-lineage-ids", "terraform-state-json")
def n_tfstate(r):
    d = {"version": 4, "terraform_version": "1.%d.%d" % (r.randint(4, 9), r.randint(0, 5)), "serial": r.randint(3, 400), "lineage": r.uuid(),
         "outputs": {"web_ip": {"value": r.ip("192"), "type": "string"}},
         "resources": [{"mode": "managed", "type": "hcloud_server", "name": "web", "provider": "provider[\"registry.terraform.io/hetznercloud/hcloud\"]",
                        "instances": [{"schema_version": 0, "attributes": {"id": str(r.randint(10 ** 7, 10 ** 8)), "name": host(r, "web"),
                                                                           "image": "ubuntu-24.04", "ipv4_address": r.ip("192"), "location": "nbg1",
                                                                           "server_type": "cx22", "labels": {"role": "web"}}, "sensitive_attributes": []}]}],
         "check_results": None}
    return "terraform.tfstate", json.dumps(d, indent=2).split("\n")


@neg("terraform", "lock-file-hashes", "terraform-lock-hcl")
def n_tflock(r):
    lines = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov in r.sample(["hashicorp/aws", "hetznercloud/hcloud", "digitalocean/digitalocean", "cloudflare/cloudflare", "hashicorp/random"], 2):
        v = "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 50), r.randint(0, 9))
        lines += ["provider \"registry.terraform.io/%s\" {" % prov, "  version     = \"%s\"" % v, "  constraints = \"~> %s\"" % v.rsplit(".", 1)[0], "  hashes = [",
                  "    \"h1:%s\"," % r.b64(32)] + ["    \"zh:%s\"," % r.hex(64) for _ in range(r.randint(3, 8))] + ["  ]", "}", ""]
    return ".terraform.lock.hcl", lines


@neg("terraform", "tfvars-example-placeholders", "terraform-tfvars")
def n_tfvars_example(r):
    lines = ["# copy to terraform.tfvars and fill in - never commit the real file",
             "do_token              = \"%s\"" % r.choice(["<your-do-token>", "dop_v1_...", ""]),
             "hcloud_token          = \"%s\"" % r.choice(["YOUR_HCLOUD_TOKEN", "<token>", "CHANGE_ME"]),
             "cloudflare_api_token  = \"%s\"" % r.choice(["<cloudflare-token>", "...", "REPLACE_ME"]),
             "ssh_key_fingerprints  = [\"%s\"]" % ":".join(r.hex(2) for _ in range(16)), "region = \"%s\"" % r.choice(["fra1", "ams3", "nbg1"])]
    return "terraform.tfvars.example", lines


@neg("cloudflare", "zone-account-ids", "terraform-tfvars")
def n_cf_ids(r):
    lines = ["cloudflare_account_id = \"%s\"" % r.hex(32), "cloudflare_zone_id    = \"%s\"" % r.hex(32), "zone_name             = \"%s\"" % domain(r),
             "# api token: export CLOUDFLARE_API_TOKEN (see 1password 'cf terraform')", "tunnel_id = \"%s\"" % r.uuid()]
    return "%s.tfvars" % r.choice(ENVS), lines


@neg("scaleway", "project-organization-ids", "terraform-hcl")
def n_scw_ids(r):
    blk = ["provider \"scaleway\" {", "  zone            = \"fr-par-1\"", "  region          = \"fr-par\"", "  project_id      = \"%s\"" % r.uuid(),
           "  organization_id = \"%s\"" % r.uuid(), "  # access_key / secret_key come from SCW_ACCESS_KEY / SCW_SECRET_KEY", "}"]
    return "provider.tf", _tf_provider_file(r, [("scaleway", "scaleway/scaleway")], blk)


@neg("akamai", "edgerc-section-reference", "terraform-hcl")
def n_akamai(r):
    blk = ["provider \"akamai\" {", "  edgerc         = \"~/.edgerc\"", "  config_section = \"%s\"" % r.choice(["default", "papi", "dns"]), "}", "",
           "resource \"akamai_property\" \"www\" {", "  name        = \"www.%s\"" % domain(r), "  contract_id = \"ctr_%s\"" % r.s(9, UPPER + DIGITS),
           "  group_id    = \"grp_%d\"" % r.randint(10000, 299999), "  product_id  = \"prd_Fresca\"", "}"]
    return "akamai.tf", _tf_provider_file(r, [("akamai", "akamai/akamai")], blk)


@neg("fastly", "service-id", "terraform-tfvars")
def n_fastly(r):
    lines = ["fastly_service_id = \"%s\"" % r.s(22), "fastly_customer_id = \"%s\"" % r.s(22), "domain = \"www.%s\"" % domain(r),
             "# FASTLY_API_KEY is read from the environment", "backends = [\"%s\", \"%s\"]" % (r.ip("192"), r.ip("192")),
             "default_ttl = %d" % r.choice([300, 3600, 86400])]
    return "cdn.auto.tfvars", lines


@neg("terraform-cloud", "workspace-run-ids", "markdown")
def n_tfc_ids(r):
    org = r.choice(COMPANIES)
    lines = md_head(r, "Terraform Cloud: unlocking a stuck workspace", "terraform") + [
        "Workspace `%s-%s` (id `ws-%s`) was locked by run `run-%s`." % (r.choice(APPS), r.choice(ENVS), r.s(16), r.s(16)), "",
        "```sh", "curl -s -H \"Authorization: Bearer $TFE_TOKEN\" \\", "  -X POST https://app.terraform.io/api/v2/workspaces/ws-%s/actions/force-unlock" % r.s(16), "```", "",
        "The token must be a team token of `%s/owners`; get it from `terraform login` (stored in `~/.terraform.d/credentials.tfrc.json`)." % org]
    return "docs/runbooks/tfc-unlock.md", lines


@neg("terraform-cloud", "terraformrc-credentials-helper", "terraformrc-hcl")
def n_tfrc(r):
    lines = ["plugin_cache_dir = \"$HOME/.terraform.d/plugin-cache\"", "", "credentials_helper \"vault\" {",
             "  args = [\"--vault-path=kv/terraform/%s\"]" % r.choice(COMPANIES), "}", "", "host \"tfe.%s\" {" % domain(r),
             "  services = {", "    \"tfe.v2\" = \"https://tfe.%s/api/v2/\"" % domain(r), "  }", "}"]
    return "ci/terraformrc", lines


@neg("gcp", "external-account-wif-json", "json")
def n_gcp_wif(r):
    pn = r.randint(10 ** 11, 10 ** 12 - 1)
    pool = r.choice(["github", "gitlab-ci", "ci-pool"])
    d = {"type": "external_account", "audience": "//iam.googleapis.com/projects/%d/locations/global/workloadIdentityPools/%s/providers/%s" % (pn, pool, pool),
         "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
         "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/terraform@%s-%s.iam.gserviceaccount.com:generateAccessToken" % (r.choice(COMPANIES), r.choice(ENVS)),
         "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    return "credentials/gcp-wif.json", json.dumps(d, indent=2).split("\n")


@neg("azure", "oidc-provider-ids", "terraform-hcl")
def n_azure_oidc(r):
    blk = ["provider \"azurerm\" {", "  features {}", "  use_oidc        = true", "  subscription_id = \"%s\"" % r.uuid(),
           "  tenant_id       = \"%s\"" % r.uuid(), "  client_id       = \"%s\"" % r.uuid(), "}"]
    return "providers.tf", _tf_provider_file(r, [("azurerm", "hashicorp/azurerm")], blk)


@neg("proxmox", "token-id-var-secret", "terraform-hcl")
def n_proxmox(r):
    blk = ["provider \"proxmox\" {", "  pm_api_url          = \"https://pve.%s:8006/api2/json\"" % domain(r),
           "  pm_api_token_id     = \"terraform@pve!%s\"" % r.choice(["tf", "provider"]), "  pm_api_token_secret = var.pm_api_token_secret", "}", "",
           "resource \"proxmox_vm_qemu\" \"%s\" {" % r.choice(APPS), "  name        = \"%s\"" % host(r).split(".")[0], "  target_node = \"pve%02d\"" % r.randint(1, 5),
           "  clone       = \"tmpl-ubuntu-22.04\"", "  smbios {", "    uuid = \"%s\"" % r.uuid(), "  }", "}"]
    return "proxmox.tf", _tf_provider_file(r, [("proxmox", "telmate/proxmox")], blk)


@neg("consul", "acl-token-accessor-id", "terraform-hcl")
def n_consul_accessor(r):
    lines = ["data \"consul_acl_token\" \"agent\" {", "  accessor_id = \"%s\"" % r.uuid(), "}", "",
             "resource \"consul_acl_token_policy_attachment\" \"agent\" {", "  token_id = data.consul_acl_token.agent.accessor_id",
             "  policy   = consul_acl_policy.agent.name", "}", "", "data \"consul_acl_token_secret_id\" \"agent\" {",
             "  accessor_id = data.consul_acl_token.agent.accessor_id", "}"]
    return "consul-acl.tf", lines


@neg("aws", "ami-snapshot-ids", "packer-hcl")
def n_ami(r):
    lines = ["source \"amazon-ebs\" \"base\" {", "  region        = \"%s\"" % r.choice(["eu-central-1", "us-east-1"]), "  instance_type = \"t3.small\"",
             "  source_ami    = \"ami-%s\"" % r.hex(17), "  ssh_username  = \"ubuntu\"", "  ami_name      = \"base-{{timestamp}}\"",
             "  subnet_id     = \"subnet-%s\"" % r.hex(17), "  security_group_id = \"sg-%s\"" % r.hex(17),
             "  launch_block_device_mappings {", "    device_name = \"/dev/sda1\"", "    snapshot_id = \"snap-%s\"" % r.hex(17), "  }",
             "  # credentials: AWS_PROFILE / instance role, never inline", "}"]
    return "packer/base.pkr.hcl", lines


@neg("packer", "iso-checksum-var-password", "packer-hcl")
def n_packer(r):
    lines = ["variable \"ssh_password\" {", "  type      = string", "  sensitive = true", "}", "",
             "source \"qemu\" \"debian\" {", "  iso_url          = \"https://cdimage.debian.org/debian-cd/12.%d.0/amd64/iso-cd/debian-12.%d.0-amd64-netinst.iso\"" % ((lambda v: (v, v))(r.randint(4, 9))),
             "  iso_checksum     = \"sha256:%s\"" % r.hex(64), "  ssh_username     = \"packer\"", "  ssh_password     = var.ssh_password",
             "  http_directory   = \"http\"", "  boot_command     = [\"<esc><wait>auto preseed/url=http://{{ .HTTPIP }}:{{ .HTTPPort }}/preseed.cfg<enter>\"]", "}"]
    return "packer/debian-12.pkr.hcl", lines


@neg("packer", "manifest-artifact-ids", "packer-json")
def n_packer_manifest(r):
    d = {"builds": [{"name": "base", "builder_type": "amazon-ebs", "build_time": r.randint(1690000000, 1730000000), "files": None,
                     "artifact_id": "%s:ami-%s" % (r.choice(["eu-central-1", "us-east-1"]), r.hex(17)), "packer_run_uuid": r.uuid(),
                     "custom_data": {"git_sha": r.hex(40)}}], "last_run_uuid": r.uuid()}
    return "packer/packer-manifest.json", json.dumps(d, indent=2).split("\n")


@neg("pulumi", "stack-secure-values", "pulumi-stack-yaml")
def n_pulumi(r):
    proj = r.choice(APPS)
    lines = ["encryptionsalt: v1:%s:v1:%s:%s" % (r.b64(8), r.b64(12), r.b64(32)), "config:", "  aws:region: eu-central-1",
             "  %s:dbPassword:" % proj, "    secure: v1:%s:%s" % (r.b64(12), r.b64(r.randint(24, 48))),
             "  digitalocean:token:", "    secure: v1:%s:%s" % (r.b64(12), r.b64(88)), "  %s:replicas: \"%d\"" % (proj, r.randint(1, 5))]
    return "Pulumi.%s.yaml" % r.choice(ENVS), lines


@neg("sops", "sops-encrypted-yaml", "sops-yaml")
def n_sops(r):
    app = r.choice(APPS)
    lines = ["%s:" % app, "    db_password: %s" % sops_val(r), "    api_token: %s" % sops_val(r, 40), "    replicas: %s" % sops_val(r, 1, "int"),
             "sops:", "    kms: []", "    age:", "        - recipient: age1%s" % r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
             "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"] + ["            " + r.b64(48) for _ in range(4)] + [
             "            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-%02d-%02dT%02d:%02d:%02dZ\"" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
             "    mac: %s" % sops_val(r, 32), "    unencrypted_suffix: _unencrypted", "    version: 3.%d.%d" % (r.randint(7, 9), r.randint(0, 3))]
    return r.choice(["secrets/%s.enc.yaml" % r.choice(ENVS), "group_vars/all/secrets.sops.yml", "pillar/secrets.sops.yaml"]), lines


@neg("aws", "provider-doc-example-keys", "direnv-envrc")
def n_doc_example(r):
    lines = ["# example only - real keys come from aws-vault", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
             "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "export AWS_DEFAULT_REGION=us-west-2"] + envrc_extra(r)
    return ".envrc.example", lines


# ------------------------------------------------------- cloud-init / ks / preseed
@neg("cloud-init", "passwd-sha512-hash", "cloud-init-yaml")
def n_ci_hash(r):
    u = r.choice(ADMIN_USERS)
    lines = ["#cloud-config", "users:", "  - name: %s" % u, "    groups: [sudo]", "    shell: /bin/bash", "    lock_passwd: %s" % r.choice(["true", "false"]),
             "    passwd: \"%s\"" % crypt_sha512(r), "    ssh_authorized_keys:",
             "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s" % (r.b64(32, pad=False)[:43], u), "ssh_pwauth: false",
             "chpasswd:", "  expire: true", "  users:", "    - name: root", "      type: RANDOM", "package_upgrade: true"]
    return "cloud-init/user-data.yaml", lines


@neg("cloud-init", "ssh-authorized-keys-only", "cloud-init-yaml")
def n_ci_keys(r):
    lines = ["#cloud-config", "ssh_authorized_keys:"]
    for _ in range(r.randint(2, 3)):
        if r.chance(0.5):
            lines.append("  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (r.b64(32, pad=False)[:43], r.choice(FIRST).lower(), r.choice(COMPANIES)))
        else:
            lines.append("  - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@%s" % (r.b64(380, pad=False), r.choice(FIRST).lower(), r.choice(COMPANIES)))
    lines += ["write_files:", "  - path: /etc/motd", "    content: |", "      Managed by cloud-init. Unauthorized access prohibited.", "disable_root: true"]
    return "cloud-init/%s.yaml" % r.choice(ROLES), lines


@neg("kickstart", "rootpw-iscrypted", "kickstart")
def n_ks(r):
    lines = ["#version=RHEL9", "text", "lang en_US.UTF-8", "keyboard us", "timezone %s --utc" % r.choice(TZS),
             "rootpw --iscrypted %s" % crypt_sha512(r), "user --name=%s --groups=wheel --password=%s --iscrypted" % (r.choice(ADMIN_USERS), crypt_sha512(r)),
             "sshkey --username=root \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops\"" % r.b64(32, pad=False)[:43],
             "selinux --enforcing", "autopart --type=lvm", "reboot", "", "%packages", "@^minimal-environment", "%end"]
    if r.chance(0.4):
        lines[5] = "rootpw --lock"
    return "kickstart/%s.ks" % r.choice(["rocky9", "alma9", "rhel9"]), lines


@neg("preseed", "root-password-crypted", "preseed-cfg")
def n_preseed(r):
    lines = ["d-i debian-installer/locale string en_US.UTF-8", "d-i netcfg/choose_interface select auto",
             "d-i passwd/root-login boolean true", "d-i passwd/root-password-crypted password %s" % crypt_sha512(r),
             "d-i passwd/make-user boolean false", "d-i partman-auto/method string lvm", "d-i pkgsel/include string openssh-server",
             "d-i preseed/late_command string in-target sh -c 'echo \"PermitRootLogin prohibit-password\" >> /etc/ssh/sshd_config'"]
    return "http/preseed.cfg", lines


# ------------------------------------------------------------ hashicorp runtime
@neg("ssh", "host-key-fingerprints-runbook", "markdown")
def n_ssh_fp(r):
    lines = md_head(r, "Bastion host keys", "ssh") + ["Verify these fingerprints on first connect:", "", "| host | type | fingerprint |", "|---|---|---|"]
    for _ in range(r.randint(3, 6)):
        h = host(r, r.choice(["bastion", "jump", "vault", "consul"]))
        t = r.choice(["ED25519", "ECDSA", "RSA"])
        lines.append("| %s | %s | `SHA256:%s` |" % (h, t, r.b64(32, pad=False)))
    lines += ["", "Old MD5 form (for ancient clients): `%s`" % ":".join(r.hex(2) for _ in range(16))]
    return "docs/bastion-host-keys.md", lines


@neg("consul", "node-id-template-key", "consul-hcl")
def n_consul_node(r):
    lines = ["datacenter = \"%s\"" % r.choice(DCS), "node_id    = \"%s\"" % r.uuid(), "node_name  = \"%s\"" % host(r, "consul").split(".")[0],
             "data_dir   = \"/opt/consul\"", "encrypt    = \"{{ consul_gossip_encryption_key }}\"", "encrypt_verify_incoming = true",
             "acl {", "  enabled = true", "  tokens {", "    agent = \"{{ vault_consul_agent_token }}\"", "  }", "}"]
    return "roles/consul/templates/consul.hcl.j2", lines


@neg("nomad", "alloc-eval-ids-runbook", "markdown")
def n_nomad_ids(r):
    app = r.choice(APPS)
    lines = md_head(r, "Nomad: %s allocation stuck in pending" % app, "nomad") + ["Example from the incident on %d-%02d-%02d:" % (2024, r.randint(1, 12), r.randint(1, 28)), "", "```"]
    lines += ["$ nomad job status %s" % app, "Allocations", "ID        Node ID   Task Group  Version  Desired  Status"]
    for _ in range(r.randint(2, 4)):
        lines.append("%s  %s  %s  %d  run  %s" % (r.hex(8), r.hex(8), app, r.randint(1, 30), r.choice(["running", "pending", "failed"])))
    lines += ["$ nomad alloc status %s" % r.uuid(), "Eval ID             = %s" % r.uuid(), "Node ID             = %s" % r.uuid(), "```", "",
              "Use `nomad alloc restart <alloc-id>`; the token is your own `nomad login` session."]
    return "docs/runbooks/nomad-pending.md", lines


@neg("nomad", "template-vault-secret-image-digest", "nomad-hcl")
def n_nomad_tpl(r):
    app = r.choice(APPS)
    lines = ["job \"%s\" {" % app, "  datacenters = [\"%s\"]" % r.choice(DCS), "  group \"%s\" {" % app, "    task \"server\" {", "      driver = \"docker\"",
             "      config {", "        image = \"registry.%s/%s@sha256:%s\"" % (domain(r), app, r.hex(64)), "      }",
             "      meta {", "        git_sha = \"%s\"" % r.hex(40), "      }",
             "      vault {", "        policies = [\"%s-read\"]" % app, "      }", "      template {", "        destination = \"secrets/db.env\"",
             "        env         = true", "        data        = <<EOH", "{{ with secret \"kv/data/%s/db\" }}" % app, "DB_PASSWORD={{ .Data.data.password }}",
             "{{ end }}", "EOH", "      }", "    }", "  }", "}"]
    return "jobs/%s.nomad.hcl" % app, lines


@neg("vault", "server-config-kms-seal", "vault-hcl")
def n_vault_cfg(r):
    lines = ["ui            = true", "cluster_addr  = \"https://%s:8201\"" % r.ip(), "api_addr      = \"https://vault.%s:8200\"" % domain(r), "",
             "storage \"raft\" {", "  path    = \"/opt/vault/data\"", "  node_id = \"%s\"" % r.uuid(), "}", "",
             "listener \"tcp\" {", "  address       = \"0.0.0.0:8200\"", "  tls_cert_file = \"/opt/vault/tls/tls.crt\"", "  tls_key_file  = \"/opt/vault/tls/tls.key\"", "}", ""]
    if r.chance(0.5):
        lines += ["seal \"awskms\" {", "  region     = \"eu-central-1\"", "  kms_key_id = \"%s\"" % r.uuid(), "}"]
    else:
        lines += ["seal \"gcpckms\" {", "  project    = \"%s-vault\"" % r.choice(COMPANIES), "  region     = \"global\"", "  key_ring   = \"vault-keyring\"", "  crypto_key = \"vault-unseal\"", "}"]
    return "vault/config.hcl", lines


@neg("vault", "init-pgp-encrypted-keys", "markdown")
def n_vault_pgp(r):
    lines = md_head(r, "Vault initialisation record", "vault") + ["Initialised with PGP-encrypted shares (one per key holder):", "", "```",
                                                         "$ vault operator init -key-shares=3 -key-threshold=2 \\",
                                                         "    -pgp-keys=keys/alice.asc,keys/bob.asc,keys/carol.asc -root-token-pgp-key=keys/ops.asc"]
    for i in range(3):
        lines.append("Unseal Key %d: wcFMA%s" % (i + 1, r.b64(r.choice([390, 402]), pad=False)))
    lines += ["", "Initial Root Token: wcFMA%s" % r.b64(300, pad=False), "```", "",
              "Decrypt your share with `echo <share> | base64 -d | gpg -dq`."]
    return "docs/vault-init.md", lines


@neg("vault", "masked-redacted-tokens", "markdown")
def n_masked(r):
    lines = md_head(r, "Incident %d: leaked CI logs" % r.randint(100, 999)) + ["Tokens seen in the logs (already revoked):", "",
                                                                                "- Vault: `hvs.%s…%s` (revoked)" % (r.s(4), r.s(4)),
                                                                                "- DigitalOcean: `dop_v1_****************%s`" % r.hex(4),
                                                                                "- Hetzner: `%s...` (first 6 chars only)" % r.s(6),
                                                                                "- GitHub: `ghp_…%s`" % r.s(4), "- Pulumi: `pul-%s************`" % r.hex(6),
                                                                                "- Terraform Cloud: `*****.atlasv1.*****`", "",
                                                                                "Rotation tracked in OPS-%d." % r.randint(1000, 9999)]
    return "docs/incidents/%d-ci-log-leak.md" % r.randint(2021, 2025), lines


@neg("vault", "makefile-token-from-login", "makefile")
def n_make_vault(r):
    lines = ["export VAULT_ADDR ?= https://vault.%s:8200" % domain(r), "VAULT_TOKEN ?= $(shell vault print token)", "",
             "policies:", "\t@test -n \"$(VAULT_TOKEN)\" || (echo 'run: vault login -method=oidc' && exit 1)",
             "\tfor f in policies/*.hcl; do vault policy write $$(basename $$f .hcl) $$f; done", "",
             "tfc-login:", "\t@echo \"TFE_TOKEN=$${TFE_TOKEN:?set TFE_TOKEN}\" > /dev/null"]
    return "Makefile", lines


@neg("direnv", "envrc-secret-manager-calls", "direnv-envrc")
def n_envrc(r):
    pool = ["export HCLOUD_TOKEN=$(pass show hetzner/%s/token)" % r.choice(ENVS),
            "export DIGITALOCEAN_TOKEN=\"$(op read 'op://Infra/DigitalOcean/credential')\"",
            "export VAULT_TOKEN=$(vault print token)", "export PULUMI_ACCESS_TOKEN=${PULUMI_ACCESS_TOKEN:-}",
            "export CONSUL_HTTP_TOKEN=$(cat ~/.config/consul/token)", "export SCW_SECRET_KEY=$(pass scaleway/secret)",
            "export TF_VAR_cloudflare_api_token=\"$(security find-generic-password -s cf-token -w)\"",
            "source_env_if_exists .envrc.local"]
    return ".envrc", r.sample(pool, r.randint(3, 6)) + envrc_extra(r, 2, 3)


# ----------------------------------------------------------- k8s gitops / tools
@neg("argocd", "sealed-secret-repo", "k8s-manifest-yaml")
def n_sealed(r):
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: repo-infra", "  namespace: argocd", "spec:",
             "  encryptedData:", "    password: Ag%s" % r.b64(r.choice([360, 372]), pad=True), "    username: Ag%s" % r.b64(348),
             "  template:", "    metadata:", "      labels:", "        argocd.argoproj.io/secret-type: repository",
             "    data:", "      url: https://github.com/%s/infra.git" % r.choice(COMPANIES)]
    return "argocd/repositories/infra-sealed.yaml", lines


@neg("flux", "postbuild-substitution", "k8s-manifest-yaml")
def n_flux_subst(r):
    lines = k8s_meta(r, "Secret", "git-credentials", "flux-system") + ["type: Opaque", "stringData:", "  username: git",
                                                                       "  password: ${GITHUB_TOKEN}", "  # substituted by Kustomization postBuild.substituteFrom"]
    return "clusters/%s/flux-system/git-credentials.yaml" % r.choice(ENVS), lines


@neg("crossplane", "providerconfig-irsa", "k8s-manifest-yaml")
def n_xp(r):
    lines = ["apiVersion: aws.upbound.io/v1beta1", "kind: ProviderConfig", "metadata:", "  name: default", "spec:", "  credentials:",
             "    source: IRSA", "  assumeRoleChain:", "    - roleARN: arn:aws:iam::%d:role/crossplane-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), r.choice(ENVS)),
             "---", "apiVersion: azure.upbound.io/v1beta1", "kind: ProviderConfig", "metadata:", "  name: azure", "spec:",
             "  clientID: %s" % r.uuid(), "  tenantID: %s" % r.uuid(), "  subscriptionID: %s" % r.uuid(), "  credentials:", "    source: OIDCTokenFile"]
    return "crossplane/providerconfigs.yaml", lines


@neg("argocd", "ssh-known-hosts-cm", "k8s-manifest-yaml")
def n_known_hosts(r):
    lines = k8s_meta(r, "ConfigMap", "argocd-ssh-known-hosts-cm", "argocd") + ["data:", "  ssh_known_hosts: |"]
    for h in ["github.com", "gitlab.%s" % domain(r), "git.%s" % domain(r)]:
        lines.append("    %s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (h, r.b64(32, pad=False)[:43]))
        lines.append("    %s ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s" % (h, r.b64(64, pad=False)))
    return "argocd/argocd-ssh-known-hosts-cm.yaml", lines


@neg("kubernetes", "sops-encrypted-secret", "k8s-manifest-yaml")
def n_k8s_sops(r):
    lines = k8s_meta(r, "Secret", "%s-db" % r.choice(APPS), r.choice(APPS)) + ["type: Opaque", "stringData:",
                                                                                  "    password: %s" % sops_val(r), "    token: %s" % sops_val(r, 40),
                                                                                  "sops:", "    pgp:", "        - created_at: \"2024-0%d-1%dT10:22:41Z\"" % (r.randint(1, 9), r.randint(0, 9)),
                                                                                  "          fp: %s" % r.hex(40).upper(), "    encrypted_regex: ^(data|stringData)$",
                                                                                  "    mac: %s" % sops_val(r, 32), "    version: 3.8.1"]
    return "apps/%s/secret.enc.yaml" % r.choice(APPS), lines


@neg("jenkins", "casc-variable-references", "jenkins-casc-yaml")
def n_casc(r):
    lines = ["credentials:", "  system:", "    domainCredentials:", "      - credentials:", "          - usernamePassword:", "              scope: GLOBAL",
             "              id: nexus-deploy", "              username: \"${NEXUS_USER}\"", "              password: \"${NEXUS_PASSWORD}\"",
             "          - string:", "              scope: GLOBAL", "              id: github-token", "              secret: \"${readFile:/run/secrets/github-token}\"",
             "          - string:", "              id: slack-webhook", "              secret: \"${SLACK_WEBHOOK_URL}\""]
    return "jenkins/casc.yaml", lines


@neg("jenkins", "credentials-xml-encrypted", "xml")
def n_cred_xml(r):
    lines = ["<?xml version='1.1' encoding='UTF-8'?>", "<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@1337.v60b_d7b_c7b_c9f\">",
             "  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">", "    <entry>", "      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>",
             "      <java.util.concurrent.CopyOnWriteArrayList>", "        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>",
             "          <scope>GLOBAL</scope>", "          <id>%s</id>" % r.choice(["nexus", "deploy", "db-migrate"]), "          <username>%s</username>" % r.choice(DB_USERS),
             "          <password>{AQAAABAAAAAQ%s}</password>" % r.b64(r.choice([32, 48])), "        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>",
             "      </java.util.concurrent.CopyOnWriteArrayList>", "    </entry>", "  </domainCredentialsMap>", "</com.cloudbees.plugins.credentials.SystemCredentialsProvider>"]
    return "jenkins/credentials.xml", lines


@neg("awx", "controller-vars-env-lookup", "ansible-group_vars-yaml")
def n_awx(r):
    lines = ["---", "controller_hostname: https://awx.%s" % domain(r), "controller_oauthtoken: \"{{ lookup('env', 'CONTROLLER_OAUTH_TOKEN') }}\"",
             "controller_validate_certs: true", "controller_job_templates:", "  - name: patch-fleet", "    project: infra", "    inventory: %s" % r.choice(ENVS),
             "    playbook: playbooks/patch.yml", "    credentials: [machine-ssh, vault-%s]" % r.choice(ENVS)]
    return "awx/group_vars/all.yml", lines


@neg("rundeck", "token-env-required", "shell-script")
def n_rundeck(r):
    lines = sh_pre(r) + ["export RD_URL=https://rundeck.%s" % domain(r), ": \"${RD_TOKEN:?export RD_TOKEN (User profile > API tokens)}\"", "",
                         "rd jobs list -p %s" % r.choice(["ops", "infra"]), "rd run -p ops -i %s -f" % r.uuid()]
    return "scripts/rd-run.sh", lines


@neg("portainer", "api-key-from-file", "shell-script")
def n_portainer(r):
    lines = sh_pre(r) + ["PORTAINER_URL=https://portainer.%s" % domain(r), "API_KEY=$(cat /run/secrets/portainer_api_key)", "",
                         "curl -fsS \"$PORTAINER_URL/api/endpoints\" -H \"X-API-Key: ${API_KEY}\" | jq '.[].Name'"]
    return "scripts/list-endpoints.sh", lines


@neg("rancher", "access-key-id-only", "terraform-hcl")
def n_rancher(r):
    blk = ["provider \"rancher2\" {", "  api_url    = \"https://rancher.%s\"" % domain(r), "  access_key = var.rancher_access_key",
           "  secret_key = var.rancher_secret_key", "}", "", "data \"rancher2_cluster\" \"%s\" {" % r.choice(ENVS), "  name = \"%s\"" % r.choice(["downstream", "edge", "prod-eu"]), "}",
           "# cluster id: c-m-%s" % r.s(8, "bcdfghjklmnpqrstvwxz2456789")]
    return "rancher.tf", _tf_provider_file(r, [("rancher2", "rancher/rancher2")], blk)


@neg("saltstack", "salt-cloud-env-token", "salt-cloud-conf")
def n_salt_cloud(r):
    lines = ["%s-hcloud:" % r.choice(COMPANIES), "  driver: hetzner", "  key: sdb://osenv/HCLOUD_TOKEN",
             "  ssh_keyfile: /etc/salt/pki/cloud/hcloud", "  ssh_keyname: salt-master", "  location: %s" % r.choice(["nbg1", "fsn1", "hel1"])]
    return "salt/cloud.providers.d/hetzner.conf", lines


@neg("vmware", "govc-env-reference", "env-file")
def n_govc(r):
    lines = ["export GOVC_URL=https://vcenter.%s/sdk" % domain(r), "export GOVC_USERNAME=svc-packer@vsphere.local",
             "export GOVC_PASSWORD=\"$(vault kv get -field=password kv/vsphere/svc-packer)\"", "export GOVC_INSECURE=1",
             "export GOVC_DATACENTER=%s" % r.choice(["DC1", "HQ"]), "export GOVC_RESOURCE_POOL=/%s/host/cluster01/Resources" % r.choice(["DC1", "HQ"])]
    return "govc.env", lines


@neg("ansible", "vault-password-client-script", "shell-script")
def n_vault_pass_script(r):
    lines = ["#!/bin/sh", "# ansible vault password client - prints the vault password from the OS keyring",
             "# usage: ansible-playbook --vault-id %s@scripts/vault-pass-client.sh site.yml" % r.choice(ENVS),
             "# store it once with: secret-tool store --label=ansible-vault service ansible-vault id <env>", "set -e",
             "exec secret-tool lookup service ansible-vault id \"${ANSIBLE_VAULT_ID:-%s}\"" % r.choice(ENVS)]
    return "scripts/vault-pass-client.sh", lines


# ------------------------------------------------- more hard negatives (round 2)
@neg("vault", "token-lookup-accessor", "markdown")
def n_vault_accessor(r):
    acc = r.s(24)
    lines = md_head(r, "Finding who owns a Vault token", "vault") + ["Never paste the token itself - use the accessor:", "", "```",
                                                                      "$ vault token lookup -accessor %s" % acc, "Key                 Value", "---                 -----",
                                                                      "accessor            %s" % acc, "creation_time       %d" % r.randint(1690000000, 1730000000),
                                                                      "display_name        oidc-%s" % r.choice(FIRST).lower(), "entity_id           %s" % r.uuid(),
                                                                      "policies            [default ops-read]", "ttl                 %dh%dm" % (r.randint(1, 30), r.randint(0, 59)), "```", "",
                                                                      "Revoke with `vault token revoke -accessor %s`." % acc]
    return "docs/runbooks/vault-token-owner.md", lines


@neg("kubernetes", "external-secret-remote-refs", "k8s-manifest-yaml")
def n_external_secret(r):
    app = r.choice(APPS)
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s-repo" % app, "  namespace: argocd", "spec:",
             "  refreshInterval: 1h", "  secretStoreRef:", "    kind: ClusterSecretStore", "    name: vault-backend", "  target:", "    name: repo-%s" % app,
             "    template:", "      metadata:", "        labels:", "          argocd.argoproj.io/secret-type: repository", "      data:", "        type: git",
             "        url: https://github.com/%s/%s.git" % (r.choice(COMPANIES), app), "        username: argocd-bot", "        password: \"{{ .token }}\"",
             "  data:", "    - secretKey: token", "      remoteRef:", "        key: kv/data/ci/github", "        property: %s" % r.choice(["pat", "token", "password"])]
    return "argocd/repositories/%s-external.yaml" % app, lines


@neg("hetzner", "ssh-public-key-resource", "terraform-hcl")
def n_hcloud_pub(r):
    u = r.choice(FIRST).lower()
    blk = ["provider \"hcloud\" {", "  token = var.hcloud_token", "}", "", "resource \"hcloud_ssh_key\" \"%s\" {" % u, "  name       = \"%s\"" % u,
           "  public_key = \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop\"" % (r.b64(32, pad=False)[:43], u), "}", "",
           "resource \"hcloud_server\" \"bastion\" {", "  name        = \"bastion\"", "  image       = \"%d\"" % r.randint(10 ** 7, 2 * 10 ** 8),
           "  server_type = \"cx22\"", "  ssh_keys    = [hcloud_ssh_key.%s.id]" % u, "}"]
    return "main.tf", _tf_provider_file(r, [("hcloud", "hetznercloud/hcloud")], blk)


@neg("azure", "keyvault-secret-reference", "terraform-hcl")
def n_azure_kv(r):
    blk = ["data \"azurerm_key_vault_secret\" \"sp\" {", "  name         = \"terraform-sp-secret\"", "  key_vault_id = \"/subscriptions/%s/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-%s\"" % (r.uuid(), r.choice(COMPANIES)), "}", "",
           "provider \"azurerm\" {", "  alias           = \"workload\"", "  features {}", "  tenant_id       = \"%s\"" % r.uuid(), "  client_id       = \"%s\"" % r.uuid(),
           "  client_secret   = data.azurerm_key_vault_secret.sp.value", "  subscription_id = \"%s\"" % r.uuid(), "}"]
    return "providers.tf", _tf_provider_file(r, [("azurerm", "hashicorp/azurerm")], blk)


@neg("kickstart", "rootpw-template-variable", "jinja2-template")
def n_ks_tpl(r):
    lines = ["#version=RHEL9", "# {{ ansible_managed }}", "text", "url --url={{ kickstart_mirror }}/BaseOS/x86_64/os/", "lang en_US.UTF-8", "keyboard us",
             "network --bootproto=static --ip={{ ansible_host }} --netmask=255.255.255.0 --gateway={{ gateway }} --hostname={{ inventory_hostname }}",
             "rootpw --iscrypted {{ vault_root_password | password_hash('sha512', root_pw_salt) }}", "user --name={{ admin_user }} --groups=wheel --lock",
             "autopart --type=lvm", "reboot", "%packages", "@^minimal-environment", "%end"]
    return "roles/pxe/templates/kickstart.ks.j2", lines


@neg("preseed", "password-packer-variable", "preseed-cfg")
def n_preseed_tpl(r):
    lines = ["d-i debian-installer/locale string en_US.UTF-8", "d-i netcfg/get_hostname string unassigned-hostname",
             "d-i passwd/user-fullname string Packer", "d-i passwd/username string {{ user `ssh_username` }}",
             "d-i passwd/user-password password {{ user `ssh_password` }}", "d-i passwd/user-password-again password {{ user `ssh_password` }}",
             "d-i user-setup/allow-password-weak boolean true", "d-i pkgsel/include string openssh-server sudo cloud-init"]
    return "packer/http/preseed.cfg", lines


@neg("packer", "json-user-env-variables", "packer-json")
def n_packer_json(r):
    d = {"variables": {"winrm_password": "{{env `WINRM_PASSWORD`}}", "aws_access_key": "{{env `AWS_ACCESS_KEY_ID`}}", "aws_secret_key": "{{env `AWS_SECRET_ACCESS_KEY`}}"},
         "sensitive-variables": ["winrm_password", "aws_secret_key"],
         "builders": [{"type": "amazon-ebs", "access_key": "{{user `aws_access_key`}}", "secret_key": "{{user `aws_secret_key`}}", "region": "eu-west-1",
                       "source_ami": "ami-%s" % r.hex(17), "instance_type": "m5.large", "communicator": "winrm", "winrm_username": "Administrator",
                       "winrm_password": "{{user `winrm_password`}}", "ami_name": "win2022-{{timestamp}}"}]}
    return "packer/windows-ami.json", json.dumps(d, indent=2).split("\n")


@neg("vagrant", "vagrantfile-env-credentials", "vagrantfile-ruby")
def n_vagrant(r):
    lines = ["Vagrant.configure(\"2\") do |config|", "  config.vm.box = \"%s\"" % r.choice(["generic/ubuntu2204", "bento/rockylinux-9"]), "",
             "  config.vm.provider :vsphere do |vsphere|", "    vsphere.host = 'vcenter.%s'" % domain(r), "    vsphere.user = ENV.fetch('VSPHERE_USER')",
             "    vsphere.password = ENV.fetch('VSPHERE_PASSWORD')", "    vsphere.template_name = 'tmpl-ubuntu-22.04'", "  end", "",
             "  config.vm.provider :aws do |aws, override|", "    aws.access_key_id = ENV['AWS_ACCESS_KEY_ID']", "    aws.secret_access_key = ENV['AWS_SECRET_ACCESS_KEY']",
             "    aws.ami = 'ami-%s'" % r.hex(17), "  end", "end"]
    return "Vagrantfile", lines


@neg("saltstack", "minion-config-defaults-file", "salt-config-yaml")
def n_salt_minion(r):
    lines = ["master: salt.%s" % domain(r), "id: %s" % host(r, "db"), "", "# mysql module reads credentials from the debian maintenance file",
             "mysql.default_file: '/etc/mysql/debian.cnf'", "mysql.pass: ''", "mysql.unix_socket: '/var/run/mysqld/mysqld.sock'", "",
             "master_finger: '%s'" % ":".join(r.hex(2) for _ in range(32))]
    return "salt/minion.d/mysql.conf", lines


@neg("puppet", "deferred-vault-lookup", "puppet-manifest")
def n_pp_deferred(r):
    app = r.choice(APPS)
    lines = ["class profile::%s {" % app, "  $db_password = Deferred('vault_lookup::lookup', ['kv/data/%s/db', 'https://vault.%s:8200'])" % (app, domain(r)), "",
             "  file { '/etc/%s/db.conf':" % app, "    ensure  => file,", "    mode    => '0600',",
             "    content => Deferred('inline_epp', [\"password=<%%= $pw %%>\\n\", { 'pw' => $db_password }]),", "  }", "}"]
    return "site/profile/manifests/%s.pp" % app, lines


@neg("ansible", "get_url-checksum", "ansible-tasks-yaml")
def n_get_url(r):
    tool = r.choice(["node_exporter", "consul", "nomad", "vault", "terraform"])
    v = _ver(r)
    lines = ["---", "- name: Download %s %s" % (tool, v), "  ansible.builtin.get_url:",
             "    url: \"https://releases.hashicorp.com/%s/%s/%s_%s_linux_amd64.zip\"" % (tool, v, tool, v),
             "    dest: /tmp/%s.zip" % tool, "    checksum: \"sha256:%s\"" % r.hex(64), "    mode: \"0644\"", "",
             "- name: Unpack %s" % tool, "  ansible.builtin.unarchive:", "    src: /tmp/%s.zip" % tool, "    dest: /usr/local/bin", "    remote_src: true"]
    return "roles/%s/tasks/install.yml" % tool, lines


@neg("github-actions", "workflow-secret-references", "github-actions-yaml")
def n_gha(r):
    lines = ["name: terraform", "on:", "  pull_request:", "    paths: ['infra/**']", "permissions:", "  id-token: write", "  contents: read", "jobs:", "  plan:",
             "    runs-on: ubuntu-latest", "    env:", "      TF_TOKEN_app_terraform_io: ${{ secrets.TF_API_TOKEN }}",
             "      PULUMI_ACCESS_TOKEN: ${{ secrets.PULUMI_ACCESS_TOKEN }}", "      HCLOUD_TOKEN: ${{ secrets.HCLOUD_TOKEN }}", "    steps:",
             "      - uses: actions/checkout@%s" % r.hex(40), "      - uses: hashicorp/vault-action@v3", "        with:", "          url: https://vault.%s:8200" % domain(r),
             "          method: jwt", "          role: ci-terraform", "          secrets: kv/data/ci/cloudflare token | CLOUDFLARE_API_TOKEN",
             "      - run: terraform -chdir=infra plan -no-color"]
    return ".github/workflows/terraform.yml", lines


@neg("consul", "acl-bootstrap-runbook", "markdown")
def n_consul_boot(r):
    lines = md_head(r, "Consul ACL bootstrap", "consul") + ["```", "$ consul acl bootstrap", "AccessorID:       %s" % r.uuid(),
                                                            "SecretID:         <stored in vault at kv/consul/bootstrap - do not paste here>",
                                                            "Description:      Bootstrap Token (Global Management)", "Local:            false",
                                                            "Create Time:      2024-0%d-1%d 10:1%d:03.2 +0000 UTC" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9)),
                                                            "Policies:", "   00000000-0000-0000-0000-000000000001 - global-management", "```", "",
                                                            "Generate the gossip key with `consul keygen` and store it straight into vault."]
    return "docs/runbooks/consul-acl-bootstrap.md", lines


@neg("scaleway", "envrc-placeholder-secret", "direnv-envrc")
def n_scw_ph(r):
    lines = ["# copy to .envrc and fill in from the Scaleway console (IAM > API keys)", "export SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX",
             "export SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000", "export SCW_DEFAULT_PROJECT_ID=%s" % r.uuid(),
             "export SCW_DEFAULT_REGION=fr-par"] + envrc_extra(r, 0, 2)
    return ".envrc.example", lines


@neg("flux", "alert-provider-secretref", "k8s-manifest-yaml")
def n_flux_slack(r):
    lines = ["apiVersion: notification.toolkit.fluxcd.io/v1beta3", "kind: Provider", "metadata:", "  name: slack", "  namespace: flux-system", "spec:",
             "  type: slack", "  channel: %s" % r.choice(["#deploys", "#ops-alerts"]), "  address: https://hooks.slack.com/services/", "  secretRef:", "    name: slack-url",
             "---", "apiVersion: notification.toolkit.fluxcd.io/v1beta3", "kind: Alert", "metadata:", "  name: on-call", "  namespace: flux-system", "spec:",
             "  providerRef:", "    name: slack", "  eventSeverity: error", "  eventSources:", "    - kind: Kustomization", "      name: '*'"]
    return "clusters/%s/notifications/slack.yaml" % r.choice(ENVS), lines


@neg("proxmox", "token-list-output", "markdown")
def n_proxmox_list(r):
    lines = md_head(r, "Proxmox API tokens in use", "pveum") + ["| token id | privsep | expire | comment |", "|---|---|---|---|"]
    for _ in range(r.randint(2, 4)):
        lines.append("| %s@%s!%s | %d | %s | %s |" % (r.choice(["terraform", "ansible", "backup", "monitoring"]), r.choice(["pve", "pam"]), r.choice(["tf", "ci", "prom", "pbs"]),
                                                    r.randint(0, 1), r.choice(["0", "never", "2025-12-31"]), r.choice(["terraform provider", "node exporter", "pbs sync"])))
    lines += ["", "Secrets are only shown once at creation and live in vault under `kv/proxmox/<token id>`."]
    return "docs/proxmox-tokens.md", lines


# ======================================================================= main
PROVIDER_WORDS = {
    "aws": ["aws"], "azure": ["azure", "arm_", "azurerm", "clientsecret"], "gcp": ["google", "gcp", "private_key"],
    "digitalocean": ["digitalocean", "do_token", "dop_"], "hetzner": ["hcloud"], "linode": ["linode"], "vultr": ["vultr"],
    "scaleway": ["scw", "scaleway"], "ovh": ["ovh"], "cloudflare": ["cloudflare", "cf_"], "fastly": ["fastly"],
    "akamai": ["akamai", "client_secret"], "terraform-cloud": ["terraform", "tfe", "atlas"], "pulumi": ["pulumi"],
    "packer": ["ssh_password", "winrm_password"], "vagrant": ["vsphere.password", "ssh.password"],
    "cloud-init": ["passwd", "chpasswd"], "kickstart": ["rootpw"], "preseed": ["passwd"], "nomad": ["nomad"],
    "consul": ["consul", "encrypt", "agent", "initial_management", "default"], "vault": ["vault"],
    "github": ["github", "gh"], "gitlab": ["gitlab"], "flux": ["flux"], "slack": ["slack"], "rancher": ["rancher", "token_key"],
    "portainer": ["portainer"], "proxmox": ["proxmox", "pm_api"], "foreman": ["foreman"], "awx": ["awx", "tower", "controller"],
    "rundeck": ["rd_token", "rundeck"], "jenkins": ["jenkins"], "npm": ["npm", "_authtoken"], "ansible": ["ansible", "vault_", "ipmi"],
    "dell-idrac": ["idrac"], "windows": ["ansible_password"], "vmware": ["govc", "vcenter", "vsphere", "esxi"],
    "chef": ["chef"], "puppet": ["puppet", "mysql", "postgres", "rabbitmq"], "saltstack": ["salt", "mysql"],
}


def names_provider(provider, line, needle):
    rest = line.replace(needle, "").lower()
    return any(w in rest for w in PROVIDER_WORDS.get(provider, [provider]))


def build(outdir, seed):
    r = R(seed)
    rows, secrets, neg_texts = [], [], []
    generic_like = 0
    stats = {"pos": Counter(), "neg": Counter(), "ft": Counter(), "prov": Counter()}

    plan = [POS[i % len(POS)] for i in range(N_POS)]
    r.shuffle(plan)
    for i, (prov, kind, ft, fn) in enumerate(plan):
        g = r.chance(0.4)
        new_file_domain(r)
        path, lines, needle = fn(r, g)
        text = "\n".join(lines).rstrip("\n") + "\n"
        rel = "pos/p%04d/%s" % (i, path)
        idx = text.find(needle)
        if idx < 0:
            raise SystemExit("needle missing in %s (%s)" % (rel, kind))
        line = text.count("\n", 0, idx) + 1
        if not names_provider(prov, lines[line - 1], needle):
            generic_like += 1
        _write(outdir, rel, text)
        rows.append({"file": rel, "label": "positive", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line})
        stats["pos"][(prov, kind)] += 1
        stats["ft"][ft] += 1
        stats["prov"][prov] += 1

    plan = [NEG[i % len(NEG)] for i in range(N_NEG)]
    r.shuffle(plan)
    for i, (prov, kind, ft, fn) in enumerate(plan):
        new_file_domain(r)
        path, lines = fn(r)
        text = "\n".join(lines).rstrip("\n") + "\n"
        rel = "neg/n%04d/%s" % (i, path)
        _write(outdir, rel, text)
        neg_texts.append((rel, text))
        rows.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})
        stats["neg"][(prov, kind)] += 1
        stats["ft"][ft] += 1

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    self_check(outdir, rows, secrets, neg_texts)
    report(stats, generic_like)


def _write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", newline="\n") as fh:
        fh.write(text)


def self_check(outdir, rows, secrets, neg_texts):
    errors = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"])) as fh:
            lines = fh.read().split("\n")
        if "\n" in s["needle"] or not s["needle"]:
            errors.append("bad needle in %s" % s["file"])
        elif s["needle"] not in lines[s["line"] - 1]:
            errors.append("needle not on stated line: %s:%d" % (s["file"], s["line"]))
        elif any(s["needle"] in ln for ln in lines[:s["line"] - 1]):
            errors.append("needle occurs before stated line: %s" % s["file"])
    for row in rows:
        with open(os.path.join(outdir, row["file"])) as fh:
            n = len(fh.read().rstrip("\n").split("\n"))
        if not 5 <= n <= 80:
            errors.append("%s has %d lines" % (row["file"], n))
    needles = [s["needle"] for s in secrets]
    if len(set(needles)) != len(needles):
        errors.append("duplicate needles across positives")
    for rel, text in neg_texts:
        for nd in needles:
            if nd in text:
                errors.append("negative %s contains a positive needle" % rel)
    if errors:
        for e in errors[:40]:
            print("SELF-CHECK FAIL:", e, file=sys.stderr)
        raise SystemExit("self-check failed with %d errors" % len(errors))
    print("self-check OK: %d positives, %d negatives" % (len(secrets), len(neg_texts)))


def report(stats, generic_like):
    print("positive provider/kind pairs: %d, negative kinds: %d, file types: %d, providers: %d"
          % (len(stats["pos"]), len(stats["neg"]), len(stats["ft"]), len(stats["prov"])))
    print("positives whose secret line does not name the provider: %d / %d" % (generic_like, N_POS))
    print("-- providers (positives)")
    for k, v in sorted(stats["prov"].items()):
        print("  %-18s %d" % (k, v))
    print("-- positive kinds")
    for (p, k), v in sorted(stats["pos"].items()):
        print("  %-16s %-40s %d" % (p, k, v))
    print("-- negative kinds")
    for (p, k), v in sorted(stats["neg"].items()):
        print("  %-16s %-40s %d" % (p, k, v))
    print("-- file types")
    for k, v in sorted(stats["ft"].items()):
        print("  %-28s %d" % (k, v))


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: gen_y.py OUTDIR SEED")
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    build(outdir, seed)


if __name__ == "__main__":
    main(sys.argv)
