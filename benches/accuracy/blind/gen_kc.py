#!/usr/bin/env python3
"""gen_kc.py - blind evaluation set: secrets in infrastructure test & verification suites.

EMPHASIS
    Infrastructure testing harnesses and the credentials their drivers need:
    Molecule scenarios (molecule.yml, converge.yml, verify.yml, prepare.yml), Test Kitchen
    (.kitchen.yml, kitchen.local.yml, kitchen-terraform), Chef InSpec profiles (controls/*.rb,
    inputs.yml, files/), Goss (goss.yaml, vars), Serverspec (spec_helper.rb, *_spec.rb),
    Terratest (Go), Pester / PowerShell DSC (*.Tests.ps1, ConfigurationData.psd1), testinfra
    (pytest conftest.py / test_*.py), Packer harnesses (*.pkr.hcl, JSON templates, test scripts),
    Vagrantfiles used in CI, bats tests, ansible-test integration targets and cloud-config-*.ini,
    Pulumi unit tests and stack configs, LocalStack/moto fixtures, aws-nuke / cloud-nuke configs,
    kuttl / chainsaw / kubetest steps, plus the Markdown docs and CI workflows around them.
    Providers / kinds: AWS access key pairs (AKIA/ASIA + 40-char secret), Azure client secrets
    and storage account keys, GCP service-account JSON, DigitalOcean (dop_v1_), Hetzner Cloud,
    Linode, vSphere/vCenter passwords, SSH private keys (OpenSSH / PKCS#1 / PKCS#8) and SSH
    passwords for test VMs, database passwords asserted in tests, WinRM passwords, HashiCorp
    Vault tokens (hvs. and legacy s.), Terraform Cloud / Vagrant Cloud tokens (.atlasv1.),
    Pulumi access tokens, GitHub / GitLab PATs, Docker Hub PATs, Slack webhooks, Google API keys,
    Chef client keys.
    File types: YAML, Ruby (Vagrantfile, Serverspec, InSpec), Go, Python, PowerShell (.ps1,
    .psd1), shell / bats, HCL / Terraform / Packer (.tf, .tfvars, .hcl, .pkr.hcl), JSON, INI,
    Markdown, plus a few TOML, XML, CSV, SQL, logs, Dockerfile, docker-compose, .env.

USAGE
    python3 -B gen_kc.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl
    (file, needle, line).  All randomness comes from one random.Random(SEED); output is
    byte-identical for one SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file (a substring of one line).
    * AWS key pairs: the needle is the 40-char secret access key (the AKIA/ASIA id sits on
      another line of the same file; the pair counts as one credential).  Templates that only
      carry an access key id (rare) use the id as needle.
    * Passwords in URLs / connection strings (postgres://u:PASS@h, winrm://u:PASS@h,
      https://oauth2:TOKEN@host/...): the needle is the password / token part only.
    * Webhook URLs (Slack): the needle is the whole URL https://hooks.slack.com/services/T../B../..
    * Headers (Authorization: Bearer X, X-Vault-Token: X): the needle is the token X only.
    * Multi-line PEM / OpenSSH private keys (files, YAML blocks, heredocs): the needle is the
      "-----BEGIN ... PRIVATE KEY-----" header line text (without indentation); its line is the
      header's line.  GCP service-account JSON: the needle is the "-----BEGIN PRIVATE KEY-----"
      text inside the one-line, \\n-escaped "private_key" value.
    * Basic-auth / colon pairs: the needle is the secret half only.

NEGATIVES
    500 files, no credential in any of them, never in a blocked .env / .env.local /
    .env.production style file name (.env.example / .env.sample / .env.dist are used).
    * 250 re-use every positive template with the secret slot holding a non-secret:
      placeholders (<your-token>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked
      values (****, [REDACTED]), env / secret-manager references (${VAR}, <%= ENV['X'] %>,
      {{ lookup('env', 'X') }}, os.environ lookups expressed as strings, $env:X, op://...,
      vault paths, ${{ secrets.X }}), documented example / dummy values (AKIAIOSFODNN7EXAMPLE,
      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, LocalStack test/test and LSIA structured id, moto
      "testing", Vault dev-mode "root", Vagrant "vagrant", the Hetzner docs example token,
      the Azurite well-known devstoreaccount1 key), and public values (client ids, public SSH
      keys).
    * 250 look-alikes of the domain: AMI / instance / subnet / sg ids, ARNs, account ids,
      STS caller identity (AIDA ids), fixture UUIDs, box checksums, Goss / InSpec expected
      sha256 hashes, sha512-crypt and bcrypt password_hash assertions, go.sum / pip --hash
      lines, Policyfile / inspec.lock identifiers, image digests, vCenter / WinRM cert
      thumbprints, SSH host keys / known_hosts / the Vagrant insecure *public* key, public
      X.509 certs and PGP public keys, Vault token accessors, x-amz-id-2 request ids, git SHAs,
      workload-identity-federation JSON (no key), kubernetes caBundle, base64 user-data.

FORMATS CHECKED (search tool, providers' docs / public pages)
    * DigitalOcean release note 2022 "API token format": dop_v1_ (PAT), doo_v1_ (OAuth),
      dor_v1_ (refresh); tokens are "long string of numbers and letters" (64 hex used here).
    * Hetzner docs / hetzner.hcloud Ansible guide: token is a 64-char alphanumeric string; the
      guide's example LRK9DAWQ...CKSDfj is used only as a documented-example negative.
    * AWS: access key id 20 chars, AKIA long-lived, ASIA STS; secret 40 "alpha-numeric-slash-
      plus" chars; AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY are doc
      examples (negatives only).
    * LocalStack docs: any alnum id like "test", structured LSIA/LKIA ids (LSIAQAAAAAAVNCBMPNSG),
      secret ignored -> test/test is the documented dummy.  moto docs: "testing" fixture values.
    * Vault 1.10 token format: hvs. (service), hvb. (batch), hvr. (recovery) replacing s./b./r.;
      service tokens ~95+ chars.  Vault dev mode root token id "root".
    * Pulumi REST API docs: "Authorization: token $PULUMI_ACCESS_TOKEN" header form.
    * Hits from a secret-scanner vendor's detector pages (GitGuardian) came up in results for
      DigitalOcean and Pulumi; they were not used.

DOUBTS
    * Azure client secret shape (3 chars + "8Q~" + 34 chars of [A-Za-z0-9_.~-], 40 total) is from
      memory of real Entra ID secrets; the search found no Microsoft page stating it.
    * Pulumi "pul-" + 40 hex and Terraform Cloud "<14>.atlasv1.<67>" token layouts: not
      confirmed in provider docs found here.
    * GitHub PAT checksum: ghp_ + 30 random base62 + 6-char base62 CRC32 (alphabet order 0-9A-Za-z
      assumed); GitLab glpat- + 20; Docker Hub dckr_pat_ + 27 - from memory.
    * Vault hvs. tokens are built as "hvs.CAESI" + 86 url-safe base64 chars (95 total); real tokens
      are base64 protobuf and lengths vary.  Legacy s. tokens: 24 alnum.
    * Linode PAT = 64 hex and Google API key = AIza + 35 chars are from memory.
    * Private keys are structurally plausible (OpenSSH v1 framing, DER prefixes) but random, not
      mathematically valid keys.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
B64URL = UP + LO + DG + "-_"
B32 = UP + "234567"
BASE62 = DG + UP + LO


class Ctx:
    """Holds the single Random and small state shared between helpers."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.negcat = None


C = None  # set in main()


def R():
    return C.r


def rs(alpha, n):
    r = R()
    return "".join(r.choice(alpha) for _ in range(n))


def rb(n):
    r = R()
    return bytes(r.randrange(256) for _ in range(n))


def pick(seq):
    return R().choice(seq)


def chance(p):
    return R().random() < p


def hexs(n):
    return rs(HEX, n)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ami():
    return "ami-0" + hexs(16)


def inst_id():
    return "i-0" + hexs(16)


def acct():
    return str(R().randrange(100000000000, 999999999999))


def ip10():
    r = R()
    return "10.%d.%d.%d" % (r.randrange(0, 255), r.randrange(0, 255), r.randrange(2, 250))


def ip192():
    r = R()
    return "192.168.%d.%d" % (r.randrange(0, 255), r.randrange(2, 250))


REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
           "eu-north-1", "ca-central-1"]
WORDS = ["nginx", "postgres", "haproxy", "bastion", "consul", "nomad", "redis", "jenkins",
         "gitlab-runner", "elastic", "kafka", "zookeeper", "mysql", "web", "api", "vault",
         "monitoring", "logging", "common", "hardening", "baseline", "docker", "k3s", "minio",
         "rabbitmq", "keepalived", "chrony", "sshd", "users", "firewall"]
ORGS = ["acme", "infra-team", "platform", "opsguild", "northwind", "contoso", "initech",
        "globex", "umbrella-labs", "hooli", "tessera", "bluefin"]
BOXES = ["generic/ubuntu2204", "bento/ubuntu-22.04", "bento/debian-12", "rockylinux/9",
         "almalinux/9", "generic/rhel8", "gusztavvargadr/windows-server-2022-standard",
         "bento/centos-stream-9", "debian/bookworm64", "ubuntu/jammy64"]
IMAGES = ["ubuntu-22.04", "debian-12", "rocky-9", "alma-9", "fedora-39"]
PWWORDS = ["Granite", "Otter", "Falcon", "Copper", "Harbor", "Maple", "Nimbus", "Quartz",
           "Saffron", "Tundra", "Walnut", "Zephyr", "Cobalt", "Juniper", "Lantern", "Meadow",
           "Pebble", "Raven", "Sierra", "Timber", "Violet", "Willow", "Ember", "Fjord"]
USERS = ["ci", "kitchen", "molecule", "deploy", "tester", "ansible", "packer", "vagrant-ci",
         "svc_test", "qa", "buildbot", "automation"]


def role():
    return pick(WORDS)


def org():
    return pick(ORGS)


def region():
    return pick(REGIONS)


def ind(text, n):
    pad = " " * n
    return "\n".join((pad + ln) if ln else ln for ln in text.split("\n"))


# ----------------------------------------------------------------------------- secrets
def password(urlsafe=False):
    r = R()
    style = r.random()
    if style < 0.35:
        sep = pick(["-", ".", "_", ""])
        s = pick(PWWORDS) + sep + pick(PWWORDS) + sep + str(r.randrange(10, 9999))
        if not urlsafe and chance(0.6):
            s += pick("!*+=^")
        return s
    syms = "-_.~" if urlsafe else "!*_-+.=^~"
    n = r.randrange(14, 26)
    while True:
        s = pick(UP + LO) + rs(ALNUM + syms * 2, n - 1)
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s):
            return s


def aws_akid(prefix="AKIA"):
    return prefix + rs(B32, 16)


def aws_secret():
    while True:
        s = rs(B64, 40)
        if s[0] not in "+/" and s[-1] not in "+/":
            return s


def azure_secret():
    return rs(ALNUM, 3) + pick(["8Q~", "8Q~", "7Q~"]) + rs(ALNUM + "_.~-", 34)


def azure_storage_key():
    return base64.b64encode(rb(64)).decode()


def do_token():
    return "dop_v1_" + hexs(64)


def hcloud_token():
    return rs(ALNUM, 64)


def linode_token():
    return hexs(64)


def vault_token():
    if chance(0.2):
        return "s." + rs(ALNUM, 24)
    return "hvs.CAESI" + rs(B64URL, 86)


def gh_token():
    body = rs(ALNUM, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    enc = ""
    while crc:
        crc, m = divmod(crc, 62)
        enc = BASE62[m] + enc
    return "ghp_" + body + enc.rjust(6, "0")


def gl_token():
    return "glpat-" + rs(ALNUM + "-_", 20)


def tfc_token():
    return rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)


def pulumi_token():
    return "pul-" + hexs(40)


def docker_pat():
    return "dckr_pat_" + rs(ALNUM + "-_", 27)


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(UP + DG, 8), rs(UP + DG, R().choice([8, 10])), rs(ALNUM, 24))


def gapi_key():
    return "AIza" + rs(ALNUM + "-_", 35)


def _der_len(n):
    return bytes([0x82, n >> 8, n & 0xFF])


def pem_rsa():
    body = bytes([0x30]) + _der_len(1188) + bytes([2, 1, 0, 2]) + _der_len(257) + b"\x00" + rb(1180)
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    hdr = "-----BEGIN RSA PRIVATE KEY-----"
    return hdr + "\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----", hdr


def pem_pkcs8_lines():
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a3020100")
    body = head + _der_len(257) + b"\x00" + rb(1185)
    b = base64.b64encode(body).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def pem_pkcs8():
    hdr = "-----BEGIN PRIVATE KEY-----"
    return hdr + "\n" + "\n".join(pem_pkcs8_lines()) + "\n-----END PRIVATE KEY-----", hdr


def pem_openssh():
    def s(b):
        return len(b).to_bytes(4, "big") + b
    pub = rb(32)
    priv = rb(32)
    comment = ("%s@%s" % (pick(USERS), pick(["kitchen", "molecule", "ci-runner", "packer"]))).encode()
    pubblob = s(b"ssh-ed25519") + s(pub)
    chk = rb(4)
    sec = chk + chk + s(b"ssh-ed25519") + s(pub) + s(priv + pub) + s(comment)
    p = 1
    while len(sec) % 8:
        sec += bytes([p])
        p += 1
    blob = (b"openssh-key-v1\x00" + s(b"none") + s(b"none") + s(b"") + (1).to_bytes(4, "big")
            + s(pubblob) + s(sec))
    b = base64.b64encode(blob).decode()
    hdr = "-----BEGIN OPENSSH PRIVATE KEY-----"
    return (hdr + "\n" + "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
            + "\n-----END OPENSSH PRIVATE KEY-----"), hdr


def pem_ssh():
    return pem_openssh() if chance(0.6) else pem_rsa()


def gcp_key_escaped():
    hdr = "-----BEGIN PRIVATE KEY-----"
    return hdr + "\\n" + "\\n".join(pem_pkcs8_lines()) + "\\n-----END PRIVATE KEY-----\\n", hdr


def plain(fn):
    def g():
        v = fn()
        return v, v
    return g


SECRETS = {
    "aws_secret_key": plain(aws_secret),
    "aws_access_key_id": plain(aws_akid),
    "azure_client_secret": plain(azure_secret),
    "azure_storage_key": plain(azure_storage_key),
    "do_token": plain(do_token),
    "hcloud_token": plain(hcloud_token),
    "linode_token": plain(linode_token),
    "vault_token": plain(vault_token),
    "github_pat": plain(gh_token),
    "gitlab_pat": plain(gl_token),
    "tfc_token": plain(tfc_token),
    "pulumi_token": plain(pulumi_token),
    "docker_pat": plain(docker_pat),
    "slack_webhook": plain(slack_hook),
    "google_api_key": plain(gapi_key),
    "vsphere_password": plain(password),
    "ssh_password": plain(password),
    "db_password": plain(password),
    "db_password_url": plain(lambda: password(urlsafe=True)),
    "winrm_password": plain(password),
    "winrm_password_url": plain(lambda: password(urlsafe=True)),
    "ssh_private_key": pem_ssh,
    "openssh_private_key": pem_openssh,
    "rsa_private_key": pem_rsa,
    "gcp_service_account": gcp_key_escaped,
}


# ----------------------------------------------------------------------------- negative slot values
ENVVAR = {
    "aws_secret_key": "AWS_SECRET_ACCESS_KEY", "aws_access_key_id": "AWS_ACCESS_KEY_ID",
    "azure_client_secret": "AZURE_CLIENT_SECRET", "azure_storage_key": "ARM_ACCESS_KEY",
    "do_token": "DIGITALOCEAN_TOKEN", "hcloud_token": "HCLOUD_TOKEN", "linode_token": "LINODE_TOKEN",
    "vault_token": "VAULT_TOKEN", "github_pat": "GITHUB_TOKEN", "gitlab_pat": "GITLAB_TOKEN",
    "tfc_token": "TFE_TOKEN", "pulumi_token": "PULUMI_ACCESS_TOKEN", "docker_pat": "DOCKERHUB_TOKEN",
    "slack_webhook": "SLACK_WEBHOOK_URL", "google_api_key": "GOOGLE_API_KEY",
    "vsphere_password": "VSPHERE_PASSWORD", "ssh_password": "SSH_PASSWORD",
    "db_password": "DB_PASSWORD", "db_password_url": "DB_PASSWORD", "winrm_password": "WINRM_PASSWORD",
    "winrm_password_url": "WINRM_PASSWORD", "ssh_private_key": "SSH_PRIVATE_KEY",
    "openssh_private_key": "SSH_PRIVATE_KEY", "rsa_private_key": "CHEF_CLIENT_KEY",
    "gcp_service_account": "GOOGLE_PRIVATE_KEY",
}

DOC_EXAMPLES = {
    "aws_secret_key": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                       "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "test", "testing"],
    "aws_access_key_id": ["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "test", "testing",
                          "LSIAQAAAAAAVNCBMPNSG"],
    "hcloud_token": ["LRK9DAWQ1ZAEFSrCNEEzLCUwhYX1U3g7wMg4dTlkkDC96fyDuyJ39nVbVjCKSDfj"],
    "azure_storage_key": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
    "vault_token": ["root", "dev-only-token"],
    "ssh_password": ["vagrant"], "winrm_password": ["vagrant"], "winrm_password_url": ["vagrant"],
    "db_password": ["test", "postgres"], "db_password_url": ["test", "postgres"],
    "vsphere_password": ["VMware1!"],
}

VAGRANT_PUB = ("ssh-rsa AAAAB3NzaC1yc2EAAAABIwAAAQEA6NF8iallvQVp22WDkTkyrtvp9eWW6A8YVr+kz4TjGYe7gHzIw+niNl"
               "tGEFHzD8+v1I2YJ6oXevct1YeS0o9HZyN1Q9qgCgzUFtdOKLv6IedplqoPkcmF0aYet2PkEDo3MlTBckFXPITAMz"
               "F8dJSIFo9D8HfdOV0IAdx4O7PtixWKn5y2hMNG0zQPyUecp4pzC6kivAIhyfHilFR61RGL+GPXQ2MWZWFYbAGjyiY"
               "JnAmCP3NOTd0jMZEnDkbUvxhMmBYSdETk1rRgm+R4LOzFUGaHqHDLKLX+FIPKcF96hrucXzcWyLbIbEgE98OHlnV"
               "YCzRdK8jlqm8tehUc9c9WhQ== vagrant insecure public key")


def ssh_pub_ed25519(comment=None):
    blob = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + rb(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + (comment or "%s@%s" % (pick(USERS), pick(WORDS)))


def env_ref(kind, lang):
    var = ENVVAR.get(kind, "SECRET_VALUE")
    low = var.lower()
    opts = {
        "yaml": ["${%s}" % var, "{{ lookup('env', '%s') }}" % var, "<%%= ENV['%s'] %%>" % var,
                 "{{ vault_%s }}" % low, "${{ secrets.%s }}" % var, "op://ci-infra/%s/credential" % low.replace("_", "-"),
                 "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ci:%s') }}" % low],
        "rb": ["#{ENV['%s']}" % var, "#{ENV.fetch('%s')}" % var, "${%s}" % var],
        "py": ["${%s}" % var, "op://ci-infra/%s/password" % low.replace("_", "-"), "env:%s" % var],
        "go": ["${%s}" % var, "op://ci-infra/%s/credential" % low.replace("_", "-")],
        "sh": ["${%s}" % var, "${%s:?must be set}" % var, "$(vault kv get -field=value kv/ci/%s)" % low,
               "$(op read op://ci-infra/%s/credential)" % low.replace("_", "-")],
        "ps1": ["$env:%s" % var, "$($env:%s)" % var],
        "hcl": ["${var.%s}" % low, "${env.%s}" % var],
        "json": ["${%s}" % var, "{{env `%s`}}" % var, "{{user `%s`}}" % low],
        "ini": ["${%s}" % var, "%%(ENV_%s)s" % var, "op://ci-infra/%s/credential" % low.replace("_", "-")],
        "md": ["<%s>" % low.replace("_", "-"), "${%s}" % var, "$%s" % var],
        "url": ["${%s}" % var, "{{ %s }}" % low, "%s" % "%24%7B" + var + "%7D"],
    }
    return pick(opts.get(lang, opts["yaml"]))


def neg_value(kind, lang):
    var = ENVVAR.get(kind, "SECRET")
    low = var.lower().replace("_", "-")
    r = R()
    cats = ["placeholder", "empty", "masked", "ref", "ref", "example"]
    if kind in ("ssh_private_key", "openssh_private_key", "rsa_private_key"):
        cats = ["placeholder", "masked", "ref", "public", "empty"]
    cat = pick(cats)
    if cat == "example" and kind not in DOC_EXAMPLES:
        cat = "placeholder"
    if lang == "url" and cat == "empty":
        cat = "placeholder"
    C.negcat = cat
    if cat == "placeholder":
        if lang == "url":
            return pick(["PASSWORD", "password", "changeme", "CHANGE_ME", "xxxxxxxx", "your-password"])
        return pick(["<your-%s>" % low, "YOUR_%s_HERE" % var, "changeme", "CHANGE_ME", "x" * r.randrange(8, 41),
                     "REPLACE_ME", "<%s>" % var, "TODO-fill-in", "dummy", "not-a-real-secret",
                     "placeholder", "<insert %s here>" % low.replace("-", " ")])
    if cat == "empty":
        return ""
    if cat == "masked":
        return pick(["****", "********", "[REDACTED]", "<redacted>", "***REDACTED***", "*" * r.randrange(6, 20),
                     "<hidden>", "[FILTERED]"])
    if cat == "ref":
        return env_ref(kind, lang)
    if cat == "public":
        return pick([VAGRANT_PUB, ssh_pub_ed25519()])
    return pick(DOC_EXAMPLES[kind])


def pair_id(v, neg, prefix="AKIA"):
    """Access key id that goes with secret v (non-secret when neg)."""
    if not neg:
        return aws_akid(prefix)
    if v in ("test", "testing"):
        return v
    if "EXAMPLEKEY" in v:
        return "AKIAIOSFODNN7EXAMPLE" if v.startswith("wJal") else "AKIAI44QH8DHBEXAMPLE"
    if C.negcat == "ref" or v.startswith("${") or v.startswith("{{") or v.startswith("<%") or v.startswith("$"):
        return (v.replace("SECRET_ACCESS_KEY", "ACCESS_KEY_ID").replace("secret_access_key", "access_key_id")
                .replace("secret-access-key", "access-key-id"))
    if C.negcat == "masked":
        return v
    if v == "":
        return ""
    return pick(["AKIAIOSFODNN7EXAMPLE", "<your-access-key-id>", "YOUR_ACCESS_KEY_ID", "test"])


def nm(conv, neutral):
    """Conventional variable name about half the time, otherwise a neutral one."""
    return pick(conv) if chance(0.5) else pick(neutral)


# ----------------------------------------------------------------------------- positive templates
POS = []


def P(provider, kind, lang):
    def deco(fn):
        POS.append({"provider": provider, "kind": kind, "lang": lang, "fn": fn, "name": fn.__name__})
        return fn
    return deco


def scen():
    return pick(["default", "ci", "ec2", "cloud", "integration", "smoke", "upgrade", "cluster"])


@P("aws", "aws_secret_key", "yaml")
def molecule_ec2(v, neg):
    s = pick(["ec2", "aws", "cloud"])
    kid = pair_id(v, neg)
    kn, sn = (("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY") if chance(0.5)
              else ("EC2_ACCESS_KEY", "EC2_SECRET_KEY"))
    return "molecule/%s/molecule.yml" % s, f"""---
dependency:
  name: galaxy
  options:
    requirements-file: requirements.yml
driver:
  name: ec2
platforms:
  - name: {role()}-{pick(IMAGES)}
    image: {ami()}
    instance_type: {pick(['t3.micro', 't3.small', 't3a.medium'])}
    vpc_subnet_id: subnet-0{hexs(16)}
    region: {region()}
    tags:
      Owner: {org()}
      Purpose: molecule-ci
provisioner:
  name: ansible
  env:
    {kn}: "{kid}"
    {sn}: "{v}"
    ANSIBLE_FORCE_COLOR: "true"
  inventory:
    host_vars:
      all:
        ansible_user: ubuntu
verifier:
  name: ansible
scenario:
  test_sequence:
    - dependency
    - create
    - prepare
    - converge
    - idempotence
    - verify
    - destroy
"""


@P("hetzner", "hcloud_token", "yaml")
def molecule_hcloud(v, neg):
    key = nm(["HCLOUD_TOKEN"], ["HCLOUD_API", "HC_CI_TOKEN", "CLOUD_API_KEY"])
    return "molecule/hetzner/molecule.yml", f"""---
driver:
  name: molecule-hetznercloud
platforms:
  - name: {role()}-{pick(IMAGES)}
    server_type: {pick(['cx22', 'cpx11', 'cx32'])}
    image: {pick(IMAGES)}
    location: {pick(['fsn1', 'nbg1', 'hel1'])}
provisioner:
  name: ansible
  env:
    {key}: "{v}"
  playbooks:
    converge: ../default/converge.yml
verifier:
  name: testinfra
  options:
    v: true
"""


@P("digitalocean", "do_token", "yaml")
def molecule_do(v, neg):
    key = nm(["DO_API_TOKEN", "DIGITALOCEAN_TOKEN"], ["do_key", "droplet_api"])
    return "molecule/digitalocean/molecule.yml", f"""---
driver:
  name: digitalocean
platforms:
  - name: mol-{role()}
    region: {pick(['ams3', 'fra1', 'nyc3', 'lon1'])}
    size: s-1vcpu-1gb
    image: ubuntu-22-04-x64
    ssh_key_ids: [{R().randrange(10000000, 49999999)}]
provisioner:
  name: ansible
  env:
    {key}: {v}
  config_options:
    defaults:
      callbacks_enabled: profile_tasks
verifier:
  name: ansible
"""


@P("vsphere", "vsphere_password", "yaml")
def molecule_vsphere_converge(v, neg):
    key = nm(["vcenter_password", "vsphere_password"], ["vc_pass", "esx_login_secret", "mgmt_pw"])
    return "molecule/vmware/converge.yml", f"""---
- name: Converge
  hosts: all
  gather_facts: true
  vars:
    vcenter_hostname: vcsa{R().randrange(1, 9)}.lab.{org()}.internal
    vcenter_username: {pick(USERS)}@vsphere.local
    {key}: "{v}"
    vcenter_validate_certs: false
    datacenter: DC-{pick(['Lab', 'CI', 'Test'])}
  tasks:
    - name: "Include {role()}"
      ansible.builtin.include_role:
        name: {org()}.{role()}
"""


@P("postgres", "db_password", "yaml")
def molecule_verify_db(v, neg):
    key = nm(["login_password", "db_password"], ["pg_pw", "expected_pass"])
    db = pick(["app", "inventory", "billing", "keycloak", "grafana"])
    return "molecule/default/verify.yml", f"""---
- name: Verify
  hosts: all
  gather_facts: false
  tasks:
    - name: Check that the {db} database accepts logins
      community.postgresql.postgresql_ping:
        db: {db}
        login_host: 127.0.0.1
        login_user: {db}_owner
        {key}: "{v}"
      register: ping

    - name: Assert database is reachable
      ansible.builtin.assert:
        that:
          - ping.is_available
          - ping.server_version.major >= 14
"""


@P("windows", "winrm_password", "yaml")
def molecule_winrm(v, neg):
    key = nm(["ansible_password"], ["ansible_winrm_password", "win_admin_secret"])
    return "molecule/windows/molecule.yml", f"""---
driver:
  name: default
platforms:
  - name: win2022-{role()}
    address: {ip10()}
provisioner:
  name: ansible
  inventory:
    host_vars:
      win2022-{role()}:
        ansible_connection: winrm
        ansible_user: Administrator
        {key}: "{v}"
        ansible_winrm_transport: ntlm
        ansible_winrm_server_cert_validation: ignore
        ansible_port: 5986
verifier:
  name: ansible
"""


@P("azure", "azure_client_secret", "yaml")
def molecule_azure(v, neg):
    key = nm(["AZURE_SECRET", "AZURE_CLIENT_SECRET"], ["SP_PASSWORD", "APP_CRED"])
    return "molecule/azure/molecule.yml", f"""---
driver:
  name: azure
platforms:
  - name: mol-{role()}-01
    resource_group_name: rg-molecule-{org()}
    location: {pick(['westeurope', 'eastus2', 'northeurope'])}
    vm_size: Standard_B2s
provisioner:
  name: ansible
  env:
    AZURE_SUBSCRIPTION_ID: {uuid4()}
    AZURE_TENANT: {uuid4()}
    AZURE_CLIENT_ID: {uuid4()}
    {key}: "{v}"
verifier:
  name: ansible
"""


@P("aws", "aws_secret_key", "yaml")
def kitchen_ec2(v, neg):
    kid = pair_id(v, neg)
    return ".kitchen.yml", f"""---
driver:
  name: ec2
  aws_ssh_key_id: {pick(USERS)}-kitchen
  region: {region()}
  availability_zone: b
  instance_type: t3.medium
  aws_access_key_id: {kid}
  aws_secret_access_key: {v}
  tags:
    created-by: test-kitchen

provisioner:
  name: chef_infra
  product_name: chef
  product_version: 18

verifier:
  name: inspec

platforms:
  - name: ubuntu-22.04
    driver:
      image_id: {ami()}
  - name: amazon2023

suites:
  - name: default
    run_list:
      - recipe[{role()}::default]
"""


@P("vsphere", "vsphere_password", "yaml")
def kitchen_local_vcenter(v, neg):
    return pick(["kitchen.local.yml", ".kitchen.local.yml"]), f"""# local overrides - lab vCenter
driver:
  name: vcenter
  vcenter_username: "{pick(USERS)}@vsphere.local"
  vcenter_password: "{v}"
  vcenter_host: "vcenter.{org()}.lab"
  vcenter_disable_ssl_verify: true
  driver_config:
    targethost: esx{R().randrange(1, 20):02d}.{org()}.lab
    datacenter: "Lab"
    template: "templates/{pick(IMAGES)}"
    folder: "kitchen"
"""


@P("windows", "winrm_password", "yaml")
def kitchen_winrm(v, neg):
    key = pick(["password", "password"])
    return pick([".kitchen.yml", "kitchen.windows.yml"]), f"""---
driver:
  name: vagrant
  box: {pick(BOXES[-4:])}
  gui: false

transport:
  name: winrm
  username: vagrant
  {key}: "{v}"
  elevated: true

provisioner:
  name: dsc
  dsc_local_configuration_manager_version: wmf5

verifier:
  name: pester
  test_folder: tests/integration

platforms:
  - name: win2022

suites:
  - name: {role()}
"""


@P("digitalocean", "do_token", "yaml")
def kitchen_do(v, neg):
    return ".kitchen.yml", f"""---
driver:
  name: digitalocean
  digitalocean_access_token: {v}
  region: {pick(['ams3', 'fra1', 'nyc1', 'sfo3'])}
  size: s-1vcpu-2gb
  ssh_key_ids: {R().randrange(1000000, 9999999)}

transport:
  ssh_key: ~/.ssh/kitchen_do

provisioner:
  name: ansible_playbook
  roles_path: roles
  hosts: all

platforms:
  - name: ubuntu-22-04-x64
  - name: debian-12-x64

suites:
  - name: default
    verifier:
      name: inspec
      inspec_tests:
        - test/integration/default
"""


@P("openstack", "ssh_password", "yaml")
def kitchen_openstack(v, neg):
    return ".kitchen.yml", f"""driver:
  name: openstack
  openstack_username: {pick(USERS)}
  openstack_api_key: "{v}"
  openstack_auth_url: https://keystone.{org()}.cloud:5000/v3
  openstack_domain_id: default
  openstack_project_name: kitchen-ci
  image_ref: {pick(IMAGES)}
  flavor_ref: m1.small
  key_name: kitchen

transport:
  username: ubuntu
  ssh_key: ~/.ssh/kitchen_openstack

suites:
  - name: {role()}
    run_list: ["recipe[{role()}]"]
"""


@P("terraform", "db_password", "yaml")
def kitchen_terraform(v, neg):
    key = nm(["db_password", "rds_master_password"], ["admin_pass", "sql_pw"])
    return "kitchen.yml", f"""---
driver:
  name: terraform
  root_module_directory: test/fixtures/wrapper
  variables:
    region: {region()}
    {key}: "{v}"
    instance_count: 2

provisioner:
  name: terraform

verifier:
  name: terraform
  systems:
    - name: default
      backend: aws
      controls:
        - rds_instance

platforms:
  - name: terraform

suites:
  - name: default
"""


@P("ssh", "openssh_private_key", "yaml")
def kitchen_fixture_key(v, neg):
    return "test/fixtures/keys/" + pick(["kitchen_ci", "id_ed25519_ci", "molecule_key", "vm_access"]), v + "\n"


@P("ssh", "ssh_password", "yaml")
def kitchen_ssh_password(v, neg):
    return "kitchen.local.yml", f"""# throwaway VM in the lab network, not managed by vagrant
driver:
  name: proxy
  host: {ip192()}
  reset_command: "exit 0"

transport:
  name: ssh
  username: {pick(USERS)}
  password: "{v}"
  port: 22
  connection_retries: 10
"""


@P("azure", "azure_client_secret", "ini")
def azure_credentials_ini(v, neg):
    key = pick(["client_secret", "secret"])
    return pick(["test/azure/credentials", "ci/azure/credentials", ".azure/credentials"]), f"""[{uuid4()}]
client_id = "{uuid4()}"
{key} = "{v}"
tenant_id = "{uuid4()}"
"""


@P("inspec", "db_password", "yaml")
def inspec_inputs(v, neg):
    key = nm(["db_password", "mysql_root_password"], ["expected_secret", "audit_login_pw"])
    return pick(["inputs.yml", "test/integration/default/inputs.yml", "profiles/db-baseline/inputs.yml"]), f"""# inputs for the {role()} baseline profile
db_host: 127.0.0.1
db_port: {pick([3306, 5432])}
db_user: audit
{key}: "{v}"
allowed_databases:
  - information_schema
  - {pick(['app', 'sonar', 'grafana'])}
max_connections: 200
"""


@P("postgres", "db_password", "rb")
def inspec_control_pg(v, neg):
    return "controls/postgres.rb", f"""# encoding: utf-8
# copyright: {org()}

title 'PostgreSQL configuration'

sql = postgres_session('{pick(USERS)}', '{v}', '127.0.0.1')

control 'pg-01' do
  impact 1.0
  title 'Only approved roles can log in'
  describe sql.query('SELECT rolname FROM pg_roles WHERE rolcanlogin;', ['postgres']) do
    its('output') {{ should_not include 'guest' }}
  end
end

control 'pg-02' do
  impact 0.7
  title 'SSL is enabled'
  describe sql.query('SHOW ssl;') do
    its('output') {{ should eq 'on' }}
  end
end
"""


@P("vault", "vault_token", "rb")
def inspec_control_vault(v, neg):
    return "controls/vault_health.rb", f"""control 'vault-1.0' do
  impact 0.8
  title 'Vault is unsealed and KV engine mounted'

  describe http('https://vault.{org()}.internal:8200/v1/sys/health', ssl_verify: false) do
    its('status') {{ should cmp 200 }}
  end

  describe http('https://vault.{org()}.internal:8200/v1/sys/mounts',
                headers: {{ 'X-Vault-Token' => '{v}' }},
                ssl_verify: false) do
    its('status') {{ should cmp 200 }}
    its('body') {{ should match(/"kv\\/"/) }}
  end
end
"""


@P("aws", "aws_secret_key", "ini")
def inspec_aws_credentials(v, neg):
    kid = pair_id(v, neg)
    return pick(["profiles/aws-baseline/files/credentials", "test/fixtures/aws/credentials"]), f"""[default]
aws_access_key_id = {kid}
aws_secret_access_key = {v}
region = {region()}

[inspec-readonly]
role_arn = arn:aws:iam::{acct()}:role/InspecAudit
source_profile = default
"""


@P("mssql", "db_password", "rb")
def inspec_mssql(v, neg):
    return "controls/mssql.rb", f"""sql = mssql_session(user: 'sa', password: '{v}', host: 'localhost', port: '1433')

control 'mssql-auth' do
  impact 1.0
  title 'Mixed mode auth and no guest access'
  describe sql.query("SELECT SERVERPROPERTY('IsIntegratedSecurityOnly') AS mode").row(0).column('mode') do
    its('value') {{ should cmp 0 }}
  end
end
"""


@P("http", "ssh_password", "yaml")
def goss_http_basic(v, neg):
    return pick(["goss.yaml", "goss/goss.yaml", "tests/goss.yaml"]), f"""port:
  tcp:8080:
    listening: true
    ip:
      - 0.0.0.0
service:
  {role()}:
    enabled: true
    running: true
http:
  http://localhost:8080/admin/health:
    status: 200
    allow-insecure: true
    timeout: 5000
    username: admin
    password: "{v}"
    body:
      - '"status":"UP"'
"""


@P("postgres", "db_password", "yaml")
def goss_command_db(v, neg):
    return pick(["goss.yaml", "goss/db.yaml"]), f"""command:
  check-db-login:
    exec: "PGPASSWORD='{v}' psql -h 127.0.0.1 -U app -d app -tAc 'select 1'"
    exit-status: 0
    stdout:
      - "1"
    timeout: 10000
process:
  postgres:
    running: true
"""


@P("vault", "vault_token", "yaml")
def goss_vars(v, neg):
    key = nm(["vault_token"], ["vt", "root_tok", "unseal_check_token"])
    return pick(["goss/vars.yaml", "goss_vars.yaml"]), f"""vault_addr: https://127.0.0.1:8200
{key}: "{v}"
expected_version: "1.{R().randrange(13, 18)}.{R().randrange(0, 6)}"
packages:
  - vault
  - jq
"""


@P("ssh", "ssh_password", "rb")
def serverspec_helper(v, neg):
    return "spec/spec_helper.rb", f"""require 'serverspec'
require 'net/ssh'

set :backend, :ssh

host = ENV['TARGET_HOST'] || '{ip192()}'

options = Net::SSH::Config.for(host)
options[:user] = '{pick(USERS)}'
options[:password] = '{v}'
options[:non_interactive] = true

set :host, options[:host_name] || host
set :ssh_options, options
set :request_pty, true
"""


@P("mysql", "db_password", "rb")
def serverspec_mysql(v, neg):
    return "spec/db/mysql_spec.rb", f"""require 'spec_helper'

describe service('mysqld') do
  it {{ should be_enabled }}
  it {{ should be_running }}
end

describe port(3306) do
  it {{ should be_listening.on('127.0.0.1').with('tcp') }}
end

describe command("mysql -uroot -p'{v}' -e 'SHOW DATABASES;'") do
  its(:stdout) {{ should match /{pick(['app', 'wordpress', 'zabbix'])}/ }}
  its(:exit_status) {{ should eq 0 }}
end
"""


def goimports(*extra):
    base = ['"testing"']
    return "import (\n" + "\n".join("\t" + x for x in base + list(extra)) + "\n)"


@P("aws", "aws_secret_key", "go")
def terratest_aws_env(v, neg):
    kid = pair_id(v, neg)
    mod = pick(["vpc", "bastion", "asg", "alb", "eks"])
    return "test/%s_test.go" % mod, f"""package test

{goimports('"os"', '', '"github.com/gruntwork-io/terratest/modules/aws"', '"github.com/gruntwork-io/terratest/modules/terraform"', '"github.com/stretchr/testify/assert"')}

func Test{mod.capitalize()}Module(t *testing.T) {{
\tt.Parallel()

\t// sandbox account used by the nightly job
\tos.Setenv("AWS_ACCESS_KEY_ID", "{kid}")
\tos.Setenv("AWS_SECRET_ACCESS_KEY", "{v}")

\tawsRegion := aws.GetRandomStableRegion(t, []string{{"{region()}"}}, nil)

\topts := terraform.WithDefaultRetryableErrors(t, &terraform.Options{{
\t\tTerraformDir: "../examples/{mod}",
\t\tVars: map[string]interface{{}}{{
\t\t\t"name":   "terratest-{mod}",
\t\t\t"region": awsRegion,
\t\t}},
\t}})
\tdefer terraform.Destroy(t, opts)
\tterraform.InitAndApply(t, opts)

\tid := terraform.Output(t, opts, "{mod}_id")
\tassert.NotEmpty(t, id)
}}
"""


@P("terraform", "db_password", "go")
def terratest_vars(v, neg):
    key = nm(["db_password", "master_password"], ["admin_pw", "pg_admin"])
    return "test/rds_test.go", f"""package test

{goimports('"fmt"', '', '"github.com/gruntwork-io/terratest/modules/random"', '"github.com/gruntwork-io/terratest/modules/terraform"')}

func TestRdsPostgres(t *testing.T) {{
\tuniq := random.UniqueId()
\topts := &terraform.Options{{
\t\tTerraformDir: "../modules/rds",
\t\tVars: map[string]interface{{}}{{
\t\t\t"identifier":     fmt.Sprintf("tt-%s", uniq),
\t\t\t"engine_version": "15.{R().randrange(2, 8)}",
\t\t\t"username":       "tt_admin",
\t\t\t"{key}":    "{v}",
\t\t}},
\t}}
\tdefer terraform.Destroy(t, opts)
\tterraform.InitAndApply(t, opts)
}}
"""


@P("digitalocean", "do_token", "go")
def terratest_do(v, neg):
    return "test/droplet_test.go", f"""package test

{goimports('"github.com/gruntwork-io/terratest/modules/terraform"', '"github.com/stretchr/testify/require"')}

const testDropletRegion = "{pick(['ams3', 'fra1', 'nyc3'])}"

func TestDroplet(t *testing.T) {{
\topts := &terraform.Options{{
\t\tTerraformDir: "../examples/droplet",
\t\tEnvVars: map[string]string{{
\t\t\t"DIGITALOCEAN_TOKEN": "{v}",
\t\t}},
\t\tVars: map[string]interface{{}}{{"region": testDropletRegion}},
\t}}
\tdefer terraform.Destroy(t, opts)
\tterraform.InitAndApply(t, opts)
\trequire.NotEmpty(t, terraform.Output(t, opts, "ipv4_address"))
}}
"""


@P("vault", "vault_token", "go")
def terratest_http_vault(v, neg):
    return "test/vault_cluster_test.go", f"""package test

{goimports('"crypto/tls"', '"net/http"', '"time"', '', 'http_helper "github.com/gruntwork-io/terratest/modules/http-helper"')}

func TestVaultMountsReachable(t *testing.T) {{
\turl := "https://{ip10()}:8200/v1/sys/mounts"
\theaders := map[string]string{{"X-Vault-Token": "{v}"}}
\thttp_helper.HTTPDoWithRetry(t, http.MethodGet, url, nil, headers, 200, 10, 5*time.Second, &tls.Config{{InsecureSkipVerify: true}})
}}
"""


@P("azure", "azure_client_secret", "go")
def terratest_azure(v, neg):
    return "test/azure_vnet_test.go", f"""package test

{goimports('"os"', '', '"github.com/gruntwork-io/terratest/modules/azure"', '"github.com/gruntwork-io/terratest/modules/terraform"')}

func init() {{
\tos.Setenv("ARM_SUBSCRIPTION_ID", "{uuid4()}")
\tos.Setenv("ARM_TENANT_ID", "{uuid4()}")
\tos.Setenv("ARM_CLIENT_ID", "{uuid4()}")
\tos.Setenv("ARM_CLIENT_SECRET", "{v}")
}}

func TestVnet(t *testing.T) {{
\topts := &terraform.Options{{TerraformDir: "../examples/vnet"}}
\tdefer terraform.Destroy(t, opts)
\tterraform.InitAndApply(t, opts)
\trg := terraform.Output(t, opts, "resource_group_name")
\tazure.VirtualNetworkExists(t, "vnet-tt", rg, "")
}}
"""


@P("hetzner", "hcloud_token", "go")
def terratest_hcloud(v, neg):
    key = nm(["hcloud_token"], ["api_key", "token"])
    return "test/hcloud_server_test.go", f"""package test

{goimports('"github.com/gruntwork-io/terratest/modules/terraform"')}

func TestServer(t *testing.T) {{
\topts := &terraform.Options{{
\t\tTerraformDir: "../",
\t\tVars: map[string]interface{{}}{{
\t\t\t"{key}":  "{v}",
\t\t\t"location":     "{pick(['fsn1', 'nbg1', 'hel1'])}",
\t\t\t"server_type":  "cx22",
\t\t}},
\t}}
\tdefer terraform.Destroy(t, opts)
\tterraform.InitAndApply(t, opts)
}}
"""


@P("vsphere", "vsphere_password", "hcl")
def tf_fixture_tfvars(v, neg):
    key = nm(["vsphere_password"], ["vc_secret", "vcenter_pw"])
    return "test/fixtures/default/terraform.tfvars", f"""vsphere_server     = "vcsa.{org()}.lab"
vsphere_user       = "{pick(USERS)}@vsphere.local"
{key}   = "{v}"
datacenter         = "Lab"
cluster            = "CI-Cluster"
template_name      = "{pick(IMAGES)}-template"
vm_count           = 1
"""


@P("hetzner", "hcloud_token", "hcl")
def tf_provider_hcloud(v, neg):
    return "test/fixtures/hcloud/main.tf", f"""terraform {{
  required_providers {{
    hcloud = {{
      source  = "hetznercloud/hcloud"
      version = "~> 1.45"
    }}
  }}
}}

provider "hcloud" {{
  token = "{v}"
}}

module "under_test" {{
  source      = "../../.."
  name        = "kt-{role()}"
  server_type = "cx22"
  image       = "{pick(IMAGES)}"
}}
"""


@P("digitalocean", "do_token", "hcl")
def tf_provider_do(v, neg):
    return "test/fixtures/do/provider.tf", f"""provider "digitalocean" {{
  token = "{v}"
}}

resource "digitalocean_droplet" "kt" {{
  name   = "kitchen-{role()}"
  region = "{pick(['ams3', 'fra1', 'nyc3'])}"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-22-04-x64"
}}
"""


@P("aws", "aws_secret_key", "hcl")
def tf_provider_aws(v, neg):
    kid = pair_id(v, neg)
    return "test/fixtures/aws/providers.tf", f"""provider "aws" {{
  region     = "{region()}"
  access_key = "{kid}"
  secret_key = "{v}"

  default_tags {{
    tags = {{
      Environment = "kitchen"
      Repo        = "{org()}/terraform-aws-{role()}"
    }}
  }}
}}
"""


@P("terraform_cloud", "tfc_token", "hcl")
def tf_credentials_block(v, neg):
    return pick(["ci/terraformrc", "test/.terraformrc"]), f"""plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {{
  token = "{v}"
}}
"""


@P("azure", "azure_storage_key", "hcl")
def tf_backend_azure(v, neg):
    return pick(["test/backend.hcl", "test/fixtures/backend.azurerm.hcl"]), f"""storage_account_name = "st{org().replace('-', '')}tfstate"
container_name       = "terratest"
key                  = "{role()}.tfstate"
access_key           = "{v}"
"""


@P("windows", "winrm_password", "ps1")
def pester_credential(v, neg):
    return "tests/Integration/%s.Integration.Tests.ps1" % pick(["WebServer", "SqlServer", "Baseline", "IIS"]), f"""#Requires -Module Pester
$ErrorActionPreference = 'Stop'

BeforeAll {{
    $computer = '{ip10()}'
    $secure   = ConvertTo-SecureString '{v}' -AsPlainText -Force
    $cred     = New-Object System.Management.Automation.PSCredential ('Administrator', $secure)
    $session  = New-PSSession -ComputerName $computer -Credential $cred -UseSSL -SessionOption (New-PSSessionOption -SkipCACheck -SkipCNCheck)
}}

Describe 'DSC configuration applied' {{
    It 'IIS is installed' {{
        $f = Invoke-Command -Session $session {{ Get-WindowsFeature Web-Server }}
        $f.Installed | Should -BeTrue
    }}
    It 'LCM is idle' {{
        (Invoke-Command -Session $session {{ Get-DscLocalConfigurationManager }}).LCMState | Should -Be 'Idle'
    }}
}}

AfterAll {{ Remove-PSSession $session }}
"""


@P("windows", "winrm_password", "ps1")
def dsc_configdata(v, neg):
    return "tests/ConfigurationData.psd1", f"""@{{
    AllNodes = @(
        @{{
            NodeName                    = 'localhost'
            PSDscAllowPlainTextPassword = $true
            PSDscAllowDomainUser        = $true
            DomainName                  = '{org()}.test'
            AdminUser                   = 'svc_dsc'
            Password                    = '{v}'
        }}
    )
}}
"""


@P("azure", "azure_client_secret", "ps1")
def pester_azure(v, neg):
    return "tests/Azure.Tests.ps1", f"""BeforeAll {{
    $env:AZURE_TENANT_ID     = '{uuid4()}'
    $env:AZURE_CLIENT_ID     = '{uuid4()}'
    $env:AZURE_CLIENT_SECRET = '{v}'
    Import-Module Az.Accounts
}}

Describe 'Resource group exists' {{
    It 'returns rg-{role()}' {{
        Get-AzResourceGroup -Name 'rg-{role()}' | Should -Not -BeNullOrEmpty
    }}
}}
"""


@P("mssql", "db_password", "ps1")
def pester_sql(v, neg):
    return "tests/Sql.Tests.ps1", f"""Describe 'SQL login works' {{
    It 'connects as app user' {{
        $r = Invoke-Sqlcmd -ServerInstance '{ip10()},1433' -Database '{pick(['AppDb', 'Reporting', 'Orders'])}' -Username 'app_user' -Password '{v}' -Query 'SELECT 1 AS ok' -TrustServerCertificate
        $r.ok | Should -Be 1
    }}
}}
"""


@P("aws", "aws_secret_key", "py")
def testinfra_conftest(v, neg):
    kid = pair_id(v, neg)
    return pick(["tests/conftest.py", "molecule/default/tests/conftest.py"]), f'''"""Shared fixtures for testinfra suites."""
import os

import boto3
import pytest

os.environ.setdefault("AWS_ACCESS_KEY_ID", "{kid}")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "{v}")
os.environ.setdefault("AWS_DEFAULT_REGION", "{region()}")


@pytest.fixture(scope="session")
def ec2():
    return boto3.client("ec2")


@pytest.fixture(scope="session")
def stack_outputs():
    cfn = boto3.client("cloudformation")
    out = cfn.describe_stacks(StackName="molecule-{role()}")["Stacks"][0]["Outputs"]
    return {{o["OutputKey"]: o["OutputValue"] for o in out}}
'''


@P("postgres", "db_password_url", "url")
def testinfra_pg_url(v, neg):
    db = pick(["app", "orders", "grafana", "gitea"])
    name = nm(["DATABASE_URL"], ["DSN", "conn", "target"])
    return "tests/test_postgres.py", f'''import psycopg2
import pytest

testinfra_hosts = ["ansible://db"]

{name} = "postgresql://{db}:{v}@127.0.0.1:5432/{db}"


def test_postgres_running(host):
    svc = host.service("postgresql")
    assert svc.is_running
    assert svc.is_enabled


def test_can_query():
    with psycopg2.connect({name}) as conn:
        with conn.cursor() as cur:
            cur.execute("select count(*) from pg_tables")
            assert cur.fetchone()[0] > 0
'''


@P("windows", "winrm_password_url", "url")
def testinfra_winrm_url(v, neg):
    return "tests/test_windows.py", f'''import testinfra

host = testinfra.get_host("winrm://Administrator:{v}@{ip10()}:5986?no_ssl=false&no_verify_ssl=true")


def test_iis_service():
    svc = host.service("W3SVC")
    assert svc.is_running


def test_hostname():
    assert host.check_output("hostname").lower().startswith("win")
'''


@P("vault", "vault_token", "py")
def testinfra_vault(v, neg):
    name = nm(["VAULT_TOKEN"], ["TOKEN", "_hdr_token", "ADMIN"])
    return "tests/test_vault.py", f'''import requests

VAULT_ADDR = "https://{ip10()}:8200"
{name} = "{v}"


def test_vault_unsealed():
    r = requests.get(f"{{VAULT_ADDR}}/v1/sys/seal-status", verify=False, timeout=5)
    assert r.json()["sealed"] is False


def test_kv_mounted():
    r = requests.get(f"{{VAULT_ADDR}}/v1/sys/mounts", headers={{"X-Vault-Token": {name}}}, verify=False, timeout=5)
    assert "secret/" in r.json()["data"]
'''


@P("vsphere", "vsphere_password", "hcl")
def packer_vsphere(v, neg):
    return pick(["packer/vsphere-ubuntu.pkr.hcl", "packer/templates/vsphere.pkr.hcl"]), f"""packer {{
  required_plugins {{
    vsphere = {{
      source  = "github.com/hashicorp/vsphere"
      version = ">= 1.2.0"
    }}
  }}
}}

source "vsphere-iso" "ubuntu" {{
  vcenter_server      = "vcsa.{org()}.lab"
  username            = "packer@vsphere.local"
  password            = "{v}"
  insecure_connection = true
  datacenter          = "Lab"
  cluster             = "Build"
  datastore           = "ds-ssd-01"
  guest_os_type       = "ubuntu64Guest"
  CPUs                = 2
  RAM                 = 4096
  ssh_username        = "ubuntu"
  ssh_private_key_file = "~/.ssh/packer_ed25519"
  iso_paths           = ["[ds-iso] ubuntu-22.04.4-live-server-amd64.iso"]
}}

build {{
  sources = ["source.vsphere-iso.ubuntu"]
  provisioner "shell" {{
    scripts = ["scripts/base.sh", "scripts/test.sh"]
  }}
}}
"""


@P("aws", "aws_secret_key", "json")
def packer_json_aws(v, neg):
    kid = pair_id(v, neg)
    return "packer/aws-test.json", f"""{{
  "variables": {{
    "region": "{region()}",
    "access_key": "{kid}",
    "secret_key": "{v}"
  }},
  "builders": [
    {{
      "type": "amazon-ebs",
      "access_key": "{{{{user `access_key`}}}}",
      "secret_key": "{{{{user `secret_key`}}}}",
      "region": "{{{{user `region`}}}}",
      "source_ami": "{ami()}",
      "instance_type": "t3.small",
      "ssh_username": "ubuntu",
      "ami_name": "{role()}-test-{{{{timestamp}}}}"
    }}
  ],
  "provisioners": [
    {{ "type": "shell", "script": "test/serverspec.sh" }}
  ]
}}
"""


@P("hetzner", "hcloud_token", "sh")
def packer_test_sh(v, neg):
    return pick(["packer/test/run.sh", "scripts/packer-test.sh"]), f"""#!/usr/bin/env bash
set -euo pipefail

export HCLOUD_TOKEN="{v}"
export PKR_VAR_location="{pick(['fsn1', 'nbg1', 'hel1'])}"

cd "$(dirname "$0")/.."
packer init .
packer validate .
packer build -only='hcloud.{role()}' -var 'snapshot_name=ci-{role()}' .
"""


@P("windows", "winrm_password", "hcl")
def packer_pkrvars(v, neg):
    key = nm(["winrm_password"], ["admin_pw", "build_secret"])
    return pick(["packer/windows.auto.pkrvars.hcl", "packer/ci.pkrvars.hcl"]), f"""iso_url        = "https://artifacts.{org()}.lab/iso/SERVER_EVAL_x64FRE_en-us.iso"
iso_checksum   = "sha256:{hexs(64)}"
winrm_username = "Administrator"
{key} = "{v}"
vm_name        = "win2022-ci"
disk_size      = 61440
"""


@P("aws", "aws_secret_key", "rb")
def vagrantfile_aws(v, neg):
    kid = pair_id(v, neg)
    return "Vagrantfile", f"""# -*- mode: ruby -*-
# vi: set ft=ruby :

Vagrant.configure("2") do |config|
  config.vm.box = "dummy"

  config.vm.provider :aws do |aws, override|
    aws.access_key_id = "{kid}"
    aws.secret_access_key = "{v}"
    aws.region = "{region()}"
    aws.ami = "{ami()}"
    aws.instance_type = "t3.micro"
    aws.keypair_name = "ci"
    override.ssh.username = "ubuntu"
    override.ssh.private_key_path = "~/.ssh/ci.pem"
  end

  config.vm.provision "ansible" do |ansible|
    ansible.playbook = "tests/test.yml"
  end
end
"""


@P("digitalocean", "do_token", "rb")
def vagrantfile_do(v, neg):
    return "Vagrantfile", f"""Vagrant.configure('2') do |config|
  config.vm.define "{role()}-test" do |node|
    node.vm.provider :digital_ocean do |provider, override|
      override.ssh.private_key_path = '~/.ssh/id_ed25519'
      override.vm.box = 'digital_ocean'
      provider.token = '{v}'
      provider.image = 'ubuntu-22-04-x64'
      provider.region = '{pick(['ams3', 'fra1', 'nyc3'])}'
      provider.size = 's-1vcpu-1gb'
    end
  end
end
"""


@P("windows", "winrm_password", "rb")
def vagrantfile_winrm(v, neg):
    return pick(["Vagrantfile", "test/Vagrantfile"]), f"""Vagrant.configure("2") do |config|
  config.vm.box = "{pick(BOXES[-4:])}"
  config.vm.communicator = "winrm"
  config.winrm.username = "Administrator"
  config.winrm.password = "{v}"
  config.winrm.transport = :plaintext
  config.winrm.basic_auth_only = true
  config.vm.network "private_network", ip: "{ip192()}"
  config.vm.provider "virtualbox" do |vb|
    vb.memory = 4096
    vb.cpus = 2
  end
  config.vm.provision "shell", path: "tests/Invoke-Pester.ps1"
end
"""


@P("vsphere", "vsphere_password", "rb")
def vagrantfile_vsphere(v, neg):
    return "Vagrantfile", f"""Vagrant.configure('2') do |config|
  config.vm.box = 'vsphere-dummy'
  config.vm.provider :vsphere do |vsphere|
    vsphere.host = 'vcsa.{org()}.lab'
    vsphere.compute_resource_name = 'ci-cluster'
    vsphere.template_name = 'templates/{pick(IMAGES)}'
    vsphere.name = 'vagrant-{role()}'
    vsphere.user = 'vagrant@vsphere.local'
    vsphere.password = '{v}'
    vsphere.insecure = true
  end
end
"""


@P("vagrant_cloud", "tfc_token", "sh")
def vagrant_cloud_publish(v, neg):
    return pick(["ci/publish-box.sh", "scripts/release-box.sh"]), f"""#!/bin/sh
set -eu
BOX=packer/output/{role()}.box
VERSION="$(date +%Y.%m.%d)"

vagrant cloud auth login --token {v}
vagrant box add --force --name test-{role()} "$BOX"
bats test/box.bats
vagrant cloud publish --release {org()}/{role()} "$VERSION" virtualbox "$BOX"
"""


@P("digitalocean", "do_token", "sh")
def bats_do(v, neg):
    return pick(["test/integration.bats", "test/api.bats"]), f"""#!/usr/bin/env bats

setup() {{
  API=https://api.digitalocean.com/v2
}}

@test "test droplet exists" {{
  run curl -sf -H "Authorization: Bearer {v}" "$API/droplets?tag_name=ci-{role()}"
  [ "$status" -eq 0 ]
  [[ "$output" == *'"status":"active"'* ]]
}}

@test "firewall attached" {{
  run curl -sf -H "Authorization: Bearer {v}" "$API/firewalls"
  [ "$status" -eq 0 ]
}}
"""


@P("mysql", "db_password", "sh")
def bats_mysql(v, neg):
    return pick(["test/mysql.bats", "tests/db.bats"]), f"""#!/usr/bin/env bats

load 'test_helper/bats-support/load'
load 'test_helper/bats-assert/load'

@test "mysql answers on 3306" {{
  run mysql -h 127.0.0.1 -u app -p'{v}' -e 'select 1'
  assert_success
}}

@test "binary logging enabled" {{
  run mysql -h 127.0.0.1 -u app -p'{v}' -N -e "show variables like 'log_bin'"
  assert_output --partial ON
}}
"""


@P("ssh", "ssh_password", "sh")
def bats_sshpass(v, neg):
    return "test/ssh.bats", f"""#!/usr/bin/env bats

TARGET={ip192()}

@test "ssh hardening: root login disabled" {{
  run sshpass -p '{v}' ssh -o StrictHostKeyChecking=no {pick(USERS)}@"$TARGET" 'sudo sshd -T | grep -i permitrootlogin'
  [ "$status" -eq 0 ]
  [[ "$output" == *"permitrootlogin no"* ]]
}}
"""


@P("aws", "aws_secret_key", "ini")
def ansible_test_cloud_aws(v, neg):
    kid = pair_id(v, neg)
    return "tests/integration/cloud-config-aws.ini", f"""[default]
aws_access_key: {kid}
aws_secret_key: {v}
aws_region: {region()}
# security_token is only needed for STS credentials
"""


@P("azure", "azure_client_secret", "ini")
def ansible_test_cloud_azure(v, neg):
    return "tests/integration/cloud-config-azure.ini", f"""[default]
AZURE_CLIENT_ID: {uuid4()}
AZURE_SECRET: {v}
AZURE_SUBSCRIPTION_ID: {uuid4()}
AZURE_TENANT: {uuid4()}
RESOURCE_GROUP: ansible-test-{R().randrange(100, 999)}
"""


@P("vsphere", "vsphere_password", "ini")
def ansible_test_cloud_vcenter(v, neg):
    return "tests/integration/cloud-config-vcenter.ini", f"""[DEFAULT]
vcenter_username: administrator@vsphere.local
vcenter_password: {v}
vcenter_hostname: {ip10()}
vmware_validate_certs: false
esxi1_username: root
esxi1_hostname: {ip10()}
"""


@P("linode", "linode_token", "yaml")
def ansible_target_defaults(v, neg):
    key = nm(["linode_api_token", "linode_token"], ["api_tok", "ln_key"])
    return "tests/integration/targets/instance_basic/defaults/main.yml", f"""---
{key}: "{v}"
instance_label: ansible-test-{R().randrange(1000, 9999)}
instance_region: {pick(['us-east', 'eu-central', 'ap-south'])}
instance_type: g6-nanode-1
instance_image: linode/{pick(['ubuntu22.04', 'debian12'])}
"""


@P("hetzner", "hcloud_token", "yaml")
def pulumi_stack_config(v, neg):
    return pick(["Pulumi.ci.yaml", "infra/Pulumi.test.yaml"]), f"""config:
  hcloud:token: {v}
  {role()}:location: {pick(['fsn1', 'nbg1'])}
  {role()}:serverType: cx22
  {role()}:replicas: "2"
"""


@P("pulumi", "pulumi_token", "sh")
def pulumi_ci_sh(v, neg):
    return pick(["scripts/test-infra.sh", "ci/pulumi-preview.sh"]), f"""#!/usr/bin/env bash
set -euo pipefail
export PULUMI_ACCESS_TOKEN={v}
cd infra
npm ci
npm test            # mocha unit tests with pulumi.runtime.setMocks
pulumi stack select {org()}/{role()}/ci
pulumi preview --diff --non-interactive
"""


@P("postgres", "db_password", "py")
def pulumi_unit_test(v, neg):
    return "infra/tests/test_database.py", f'''import unittest

import pulumi


class Mocks(pulumi.runtime.Mocks):
    def new_resource(self, args):
        return [args.name + "_id", args.inputs]

    def call(self, args):
        return {{}}


pulumi.runtime.set_mocks(Mocks(), preview=False)
pulumi.runtime.set_all_config({{
    "db:username": "app",
    "db:password": "{v}",
    "db:instanceClass": "db.t4g.micro",
}})

import database  # noqa: E402


class TestDatabase(unittest.TestCase):
    @pulumi.runtime.test
    def test_not_public(self):
        def check(public):
            self.assertFalse(public)
        return database.instance.publicly_accessible.apply(check)
'''


@P("aws", "aws_secret_key", "py")
def real_aws_smoke(v, neg):
    kid = pair_id(v, neg)
    return "tests/smoke/test_s3_real.py", f'''"""Smoke test against the real sandbox bucket (skipped on LocalStack runs)."""
import boto3
import pytest


@pytest.mark.smoke
def test_bucket_versioning():
    s3 = boto3.client(
        "s3",
        aws_access_key_id="{kid}",
        aws_secret_access_key="{v}",
        region_name="{region()}",
    )
    v = s3.get_bucket_versioning(Bucket="{org()}-artifacts-sandbox")
    assert v["Status"] == "Enabled"
'''


@P("aws", "aws_secret_key", "sh")
def aws_nuke_sh(v, neg):
    kid = pair_id(v, neg)
    return pick(["ci/nuke-sandbox.sh", "scripts/cleanup.sh"]), f"""#!/usr/bin/env bash
# Wipes the test account after the nightly terratest run.
set -euo pipefail
aws-nuke run \\
  --config nuke-config.yml \\
  --access-key-id {kid} \\
  --secret-access-key {v} \\
  --no-dry-run --force --force-sleep 3
"""


@P("aws", "aws_secret_key", "yaml")
def cloud_nuke_workflow(v, neg):
    kid = pair_id(v, neg)
    return ".github/workflows/cloud-nuke.yml", f"""name: nightly cleanup
on:
  schedule:
    - cron: "30 3 * * *"
  workflow_dispatch: {{}}

jobs:
  nuke:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: {kid}
      AWS_SECRET_ACCESS_KEY: {v}
    steps:
      - uses: actions/checkout@v4
      - name: Install cloud-nuke
        run: |
          curl -sSL -o cloud-nuke https://github.com/gruntwork-io/cloud-nuke/releases/download/v0.35.0/cloud-nuke_linux_amd64
          chmod +x cloud-nuke
      - name: Nuke test resources
        run: ./cloud-nuke aws --region {region()} --older-than 24h --config .cloud-nuke.yml --force
"""


@P("postgres", "db_password", "yaml")
def kuttl_secret(v, neg):
    return "tests/e2e/%s/00-install.yaml" % pick(["postgres", "db-basic", "operator-upgrade"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: {role()}-db-credentials
type: Opaque
stringData:
  username: app
  password: "{v}"
---
apiVersion: kuttl.dev/v1beta1
kind: TestStep
commands:
  - command: kubectl apply -f ../../manifests/cluster.yaml -n $NAMESPACE
"""


@P("vault", "vault_token", "yaml")
def chainsaw_vault(v, neg):
    return "tests/chainsaw/vault-sync/chainsaw-test.yaml", f"""apiVersion: chainsaw.kyverno.io/v1alpha1
kind: Test
metadata:
  name: vault-sync
spec:
  steps:
    - try:
        - apply:
            resource:
              apiVersion: v1
              kind: Secret
              metadata:
                name: vault-token
              stringData:
                token: "{v}"
        - assert:
            file: assert-synced.yaml
"""


@P("digitalocean", "do_token", "md")
def md_do_token(v, neg):
    return pick(["docs/testing.md", "TESTING.md", "docs/kitchen.md"]), f"""# Running the integration suite

The kitchen suites create real droplets, so they need an API token.

```sh
export DIGITALOCEAN_ACCESS_TOKEN={v}
bundle exec kitchen test default-ubuntu-22-04-x64 --destroy=always
```

Droplets are tagged `ci-{role()}` and removed by the nightly cleanup job.

| Suite | Platform | Time |
|-------|----------|------|
| default | ubuntu-22-04-x64 | ~6 min |
| hardening | debian-12-x64 | ~9 min |
"""


@P("hetzner", "hcloud_token", "md")
def md_hcloud(v, neg):
    return pick(["molecule/README.md", "docs/molecule.md"]), f"""## Molecule on Hetzner Cloud

1. Install the driver: `pip install molecule-plugins[hetznercloud]`
2. Point it at the CI project:

       export HCLOUD_TOKEN='{v}'

3. Run `molecule test -s hetzner`.

Servers use type `cx22` in `{pick(['fsn1', 'nbg1'])}`; the scenario destroys them even on failure.
"""


@P("gcp", "gcp_service_account", "json")
def gcp_sa_json(v, neg):
    proj = "%s-%s-%d" % (org(), pick(["ci", "test", "sandbox"]), R().randrange(100, 999))
    sa = pick(["kitchen-ci", "terratest", "molecule", "packer-builder"])
    return pick(["test/fixtures/gcp/credentials.json", "molecule/gce/files/sa.json", "ci/gcp-terratest.json"]), f"""{{
  "type": "service_account",
  "project_id": "{proj}",
  "private_key_id": "{hexs(40)}",
  "private_key": "{v}",
  "client_email": "{sa}@{proj}.iam.gserviceaccount.com",
  "client_id": "{R().randrange(10**20, 10**21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/{sa}%40{proj}.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}}
"""


@P("gcp", "gcp_service_account", "py")
def gcp_sa_python(v, neg):
    proj = "%s-ci-%d" % (org(), R().randrange(100, 999))
    return "tests/test_gce_instances.py", f'''from google.oauth2 import service_account
from googleapiclient import discovery

INFO = {{
    "type": "service_account",
    "project_id": "{proj}",
    "private_key_id": "{hexs(40)}",
    "private_key": "{v}",
    "client_email": "testinfra@{proj}.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}}


def test_instances_have_no_public_ip():
    creds = service_account.Credentials.from_service_account_info(INFO)
    compute = discovery.build("compute", "v1", credentials=creds)
    items = compute.instances().list(project="{proj}", zone="europe-west1-b").execute().get("items", [])
    for inst in items:
        assert "accessConfigs" not in inst["networkInterfaces"][0]
'''


@P("slack", "slack_webhook", "yaml")
def slack_workflow(v, neg):
    return ".github/workflows/%s.yml" % pick(["kitchen", "molecule", "terratest"]), f"""name: integration
on:
  pull_request:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        scenario: [default, {role()}]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-test.txt
      - run: molecule test -s ${{{{ matrix.scenario }}}}
      - name: notify
        if: failure()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data '{{"text":"molecule ${{{{ matrix.scenario }}}} failed on ${{{{ github.ref_name }}}}"}}' \\
            {v}
"""


@P("github", "github_pat", "yaml")
def galaxy_requirements_gh(v, neg):
    user = pick(["x-access-token", "oauth2", pick(USERS)])
    return pick(["molecule/default/requirements.yml", "requirements.yml"]), f"""---
collections:
  - name: community.general
    version: ">=8.0.0"
  - name: ansible.posix
roles:
  - name: {org()}.{role()}
    src: git+https://{user}:{v}@github.com/{org()}/ansible-role-{role()}.git
    version: main
  - name: geerlingguy.docker
"""


@P("gitlab", "gitlab_pat", "sh")
def gitlab_clone_fixture(v, neg):
    return pick(["test/setup_suite.bash", "test/helpers/fixtures.bash"]), f"""# sourced by bats before the suite
setup_suite() {{
  export FIXTURES="$BATS_SUITE_TMPDIR/fixtures"
  git clone --depth 1 "https://oauth2:{v}@gitlab.{org()}.com/infra/test-fixtures.git" "$FIXTURES"
  export PATH="$BATS_TEST_DIRNAME/../bin:$PATH"
}}
"""


@P("aws", "aws_secret_key", "sh")
def env_file(v, neg):
    kid = pair_id(v, neg)
    path = pick([".env", ".env.local", "test/.env"]) if not neg else pick([".env.example", ".env.sample", "test/.env.dist"])
    return path, f"""# terratest / kitchen shared settings
AWS_ACCESS_KEY_ID={kid}
AWS_SECRET_ACCESS_KEY={v}
AWS_DEFAULT_REGION={region()}
TF_VAR_environment=test
KITCHEN_LOG=info
"""


@P("chef", "rsa_private_key", "yaml")
def chef_client_key(v, neg):
    return pick(["test/fixtures/chef/ci-client.pem", ".chef/kitchen-validator.pem"]), v + "\n"


@P("ssh", "ssh_private_key", "yaml")
def molecule_prepare_key(v, neg):
    return "molecule/%s/prepare.yml" % scen(), f"""---
- name: Prepare
  hosts: all
  become: true
  tasks:
    - name: Install deploy key used by the role under test
      ansible.builtin.copy:
        dest: /home/deploy/.ssh/id_ed25519
        owner: deploy
        mode: "0600"
        content: |
{ind(v, 10)}

    - name: Install packages
      ansible.builtin.package:
        name: [git, rsync]
"""


@P("docker", "docker_pat", "sh")
def docker_login_helper(v, neg):
    return pick(["test/test_helper.bash", "test/helpers/common.bash"]), f"""#!/usr/bin/env bash
# pulled by every .bats file via `load test_helper`

IMAGE="{org()}/{role()}-test:latest"

docker_login() {{
  echo "{v}" | docker login -u {pick(USERS)} --password-stdin
}}

run_in_container() {{
  docker run --rm "$IMAGE" "$@"
}}
"""


@P("google", "google_api_key", "yaml")
def goss_google_key(v, neg):
    return "goss/external.yaml", f"""http:
  https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={v}:
    status: 200
    timeout: 8000
    body:
      - '"status" : "OK"'
dns:
  maps.googleapis.com:
    resolvable: true
"""


@P("vault", "vault_token", "ini")
def pytest_ini_env(v, neg):
    return "pytest.ini", f"""[pytest]
testpaths = tests
addopts = -ra --hosts=ansible://all --ansible-inventory=.molecule/inventory
env =
    VAULT_ADDR=https://127.0.0.1:8200
    VAULT_TOKEN={v}
    VAULT_SKIP_VERIFY=true
markers =
    slow: long running
"""


@P("windows", "winrm_password", "xml")
def autounattend_xml(v, neg):
    return pick(["packer/answer_files/2022/Autounattend.xml", "packer/http/autounattend.xml"]), f"""<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>{v}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>Administrator</Username>
        <LogonCount>1</LogonCount>
      </AutoLogon>
      <FirstLogonCommands>
        <SynchronousCommand wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
          <CommandLine>powershell -ExecutionPolicy Bypass -File a:\\enable-winrm.ps1</CommandLine>
          <Order>1</Order>
        </SynchronousCommand>
      </FirstLogonCommands>
    </component>
  </settings>
</unattend>
"""


@P("vault", "vault_token", "dockerfile")
def dockerfile_vault(v, neg):
    return pick(["test/Dockerfile", "test/images/agent/Dockerfile"]), f"""FROM hashicorp/vault:1.{R().randrange(14, 18)}
RUN apk add --no-cache bats curl jq
ENV VAULT_ADDR=http://vault:8200
ENV VAULT_TOKEN={v}
COPY test/*.bats /tests/
ENTRYPOINT ["bats", "/tests"]
"""


@P("postgres", "db_password", "yaml")
def compose_test_db(v, neg):
    return pick(["docker-compose.test.yml", "test/compose.yaml"]), f"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: "{v}"
      POSTGRES_DB: app
    ports: ["5432:5432"]
  localstack:
    image: localstack/localstack:3
    ports: ["4566:4566"]
    environment:
      SERVICES: s3,sqs
  sut:
    build: .
    command: pytest -q tests/integration
    depends_on: [db, localstack]
"""


@P("postgres", "db_password", "sql")
def sql_fixture_role(v, neg):
    return pick(["test/fixtures/init.sql", "tests/sql/00-roles.sql"]), f"""-- loaded by the kitchen-docker suite before verify
CREATE ROLE {pick(['reporting', 'app_ro', 'grafana'])} LOGIN PASSWORD '{v}';
CREATE DATABASE app OWNER postgres;
GRANT CONNECT ON DATABASE app TO PUBLIC;
\\connect app
CREATE TABLE healthcheck (id serial primary key, checked_at timestamptz default now());
"""


@P("ssh", "ssh_password", "yaml")
def packer_cloud_init(v, neg):
    return pick(["packer/http/user-data", "packer/cloud-init/user-data.yml"]), f"""#cloud-config
hostname: packer-{role()}
ssh_pwauth: true
chpasswd:
  expire: false
  users:
    - name: {pick(USERS)}
      password: "{v}"
      type: text
packages:
  - qemu-guest-agent
  - openssh-server
runcmd:
  - systemctl enable --now qemu-guest-agent
"""


@P("digitalocean", "do_token", "go")
def pulumi_go_test(v, neg):
    return "infra/main_test.go", f"""package main

{goimports('"github.com/pulumi/pulumi/sdk/v3/go/common/resource"', '"github.com/pulumi/pulumi/sdk/v3/go/pulumi"', '"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"')}

type mocks int

func (mocks) NewResource(args pulumi.MockResourceArgs) (string, resource.PropertyMap, error) {{
\treturn args.Name + "_id", args.Inputs, nil
}}

func (mocks) Call(args pulumi.MockCallArgs) (resource.PropertyMap, error) {{
\treturn args.Args, nil
}}

func TestDropletTags(t *testing.T) {{
\tt.Setenv("PULUMI_CONFIG", `{{"digitalocean:token":"{v}","project:env":"test"}}`)
\t_ = config.New
\terr := pulumi.RunErr(func(ctx *pulumi.Context) error {{ return createInfra(ctx) }}, pulumi.WithMocks("project", "stack", mocks(0)))
\tif err != nil {{
\t\tt.Fatal(err)
\t}}
}}
"""


@P("vault", "vault_token", "hcl")
def kitchen_tf_vault(v, neg):
    return "test/fixtures/vault/main.tf", f"""provider "vault" {{
  address         = "https://vault.{org()}.internal:8200"
  token           = "{v}"
  skip_tls_verify = true
}}

module "policies" {{
  source = "../../../modules/policies"
  teams  = ["{role()}", "{role()}"]
}}
"""


@P("azure", "azure_storage_key", "yaml")
def molecule_azure_storage(v, neg):
    key = nm(["AZURE_STORAGE_KEY"], ["blob_key", "artifact_store_key"])
    return "molecule/%s/molecule.yml" % pick(["artifacts", "backup"]), f"""---
driver:
  name: docker
platforms:
  - name: instance
    image: geerlingguy/docker-{pick(['ubuntu2204', 'debian12', 'rockylinux9'])}-ansible
    pre_build_image: true
provisioner:
  name: ansible
  env:
    AZURE_STORAGE_ACCOUNT: st{org().replace('-', '')}ci
    {key}: "{v}"
verifier:
  name: testinfra
"""


@P("hetzner", "hcloud_token", "json")
def packer_vars_json(v, neg):
    return pick(["packer/variables.json", "packer/ci-vars.json"]), f"""{{
  "hcloud_token": "{v}",
  "location": "{pick(['fsn1', 'nbg1', 'hel1'])}",
  "server_type": "cx22",
  "image": "{pick(IMAGES)}",
  "snapshot_prefix": "ci-{role()}"
}}
"""


@P("gitlab", "gitlab_pat", "yaml")
def inspec_yml_dep(v, neg):
    return pick(["inspec.yml", "profiles/linux-baseline/inspec.yml"]), f"""name: {role()}-baseline
title: {role().capitalize()} baseline
maintainer: {org()} platform team
license: Apache-2.0
version: 1.{R().randrange(0, 9)}.{R().randrange(0, 20)}
supports:
  - platform: linux
depends:
  - name: shared-controls
    git: https://ci-bot:{v}@gitlab.{org()}.com/compliance/shared-controls.git
    tag: v2.{R().randrange(0, 9)}.0
inputs:
  - name: allowed_ports
    value: [22, 443]
"""


@P("aws", "aws_access_key_id", "md")
def csv_test_accounts(v, neg):
    rows = []
    n = R().randrange(2, 5)
    pos = R().randrange(n)
    for i in range(n):
        kid = v if i == pos else "-"
        rows.append("%s,%s,%s,%s" % (acct(), pick(["sandbox", "terratest", "kitchen", "nuke-target"]) + str(i), region(), kid))
    return "test/fixtures/accounts.csv", "account_id,alias,region,ci_access_key_id\n" + "\n".join(rows) + "\n"


@P("vault", "vault_token", "toml")
def pyproject_pytest_env(v, neg):
    return "pyproject.toml", f"""[project]
name = "{role()}-infra-tests"
version = "0.{R().randrange(1, 9)}.0"
requires-python = ">=3.10"
dependencies = ["pytest-testinfra>=10", "hvac>=2.0"]

[tool.pytest.ini_options]
testpaths = ["tests"]
env = [
    "VAULT_ADDR=https://vault.{org()}.internal:8200",
    "VAULT_TOKEN={v}",
]
"""


@P("ssh", "ssh_password", "log")
def kitchen_log(v, neg):
    t = "2024-%02d-%02dT%02d:%02d" % (R().randrange(1, 13), R().randrange(1, 28), R().randrange(0, 24), R().randrange(0, 60))
    h = ip192()
    return ".kitchen/logs/default-ubuntu-2204.log", f"""I, [{t}:01.112233 #4121]  INFO -- default-ubuntu-2204: -----> Creating <default-ubuntu-2204>...
I, [{t}:09.551200 #4121]  INFO -- default-ubuntu-2204: [SSH] Established
D, [{t}:09.551900 #4121] DEBUG -- default-ubuntu-2204: [SSH] opening connection to {pick(USERS)}@{h}<{{:user_known_hosts_file=>"/dev/null", :port=>22, :compression=>false, :password=>"{v}", :keepalive=>true}}>
I, [{t}:12.004411 #4121]  INFO -- default-ubuntu-2204: Finished creating <default-ubuntu-2204> (0m10.89s).
I, [{t}:12.100000 #4121]  INFO -- default-ubuntu-2204: -----> Converging <default-ubuntu-2204>...
"""


# ----------------------------------------------------------------------------- look-alike negatives
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append({"provider": provider, "kind": kind, "fn": fn, "name": fn.__name__})
        return fn
    return deco


def sha256():
    return hexs(64)


def b64blob(n):
    return base64.b64encode(rb(n)).decode()


def cert_pem():
    b = base64.b64encode(bytes.fromhex("308203") + rb(R().randrange(700, 900))).decode()
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END CERTIFICATE-----"


def sha512crypt():
    return "$6$" + rs(ALNUM + "./", 16) + "$" + rs(ALNUM + "./", 86)


def bcrypt():
    return "$2b$12$" + rs(ALNUM + "./", 53)


def thumb(n=20, sep=":"):
    return sep.join(hexs(2).upper() for _ in range(n))


@N("aws", "ami_ids")
def n_packer_manifest(neg=True):
    builds = []
    for _ in range(R().randrange(1, 4)):
        builds.append(f"""    {{
      "name": "{role()}",
      "builder_type": "amazon-ebs",
      "build_time": {R().randrange(1690000000, 1730000000)},
      "files": null,
      "artifact_id": "{region()}:{ami()}",
      "packer_run_uuid": "{uuid4()}",
      "custom_data": {{ "source_ami": "{ami()}", "git_sha": "{hexs(40)}" }}
    }}""")
    return "packer/manifest.json", '{\n  "builds": [\n' + ",\n".join(builds) + f'\n  ],\n  "last_run_uuid": "{uuid4()}"\n}}\n'


@N("aws", "resource_ids")
def n_terratest_ids(neg=True):
    a = acct()
    return "test/lookup_test.go", f"""package test

{goimports('"github.com/stretchr/testify/assert"')}

// Fixed resources in the shared test account; see docs/test-account.md
const (
\ttestAccountID   = "{a}"
\ttestVpcID       = "vpc-0{hexs(16)}"
\ttestSubnetID    = "subnet-0{hexs(16)}"
\ttestSgID        = "sg-0{hexs(16)}"
\ttestInstanceID  = "{inst_id()}"
\ttestRoleArn     = "arn:aws:iam::{a}:role/terratest-runner"
\ttestKmsKeyArn   = "arn:aws:kms:{region()}:{a}:key/{uuid4()}"
\ttestBucketArn   = "arn:aws:s3:::{org()}-terratest-{hexs(8)}"
)

func TestArnParsing(t *testing.T) {{
\tassert.Contains(t, testRoleArn, testAccountID)
\tassert.Len(t, testVpcID, 21)
}}
"""


@N("goss", "sha256_hashes")
def n_goss_hashes(neg=True):
    files = []
    for p in ["/usr/local/bin/" + pick(["consul", "nomad", "vault", "terraform", "node_exporter"]),
              "/etc/ssh/sshd_config", "/opt/%s/bin/start.sh" % role()]:
        files.append(f"""  {p}:
    exists: true
    mode: "0755"
    owner: root
    sha256: {sha256()}""")
    return pick(["goss.yaml", "goss/files.yaml"]), "file:\n" + "\n".join(files) + "\n"


@N("vagrant", "box_checksum")
def n_vagrant_checksum(neg=True):
    return "Vagrantfile", f"""Vagrant.configure("2") do |config|
  config.vm.box = "{pick(BOXES)}"
  config.vm.box_version = "4.{R().randrange(0, 4)}.{R().randrange(0, 20)}"
  config.vm.box_url = "https://artifacts.{org()}.lab/boxes/{role()}.box"
  config.vm.box_download_checksum = "{sha256()}"
  config.vm.box_download_checksum_type = "sha256"
  config.ssh.insert_key = false
  config.vm.network "private_network", ip: "{ip192()}"
  config.vm.provision "ansible" do |a|
    a.playbook = "molecule/default/converge.yml"
  end
end
"""


@N("inspec", "sha256_hashes")
def n_inspec_sha(neg=True):
    return "controls/binaries.rb", f"""control 'bin-integrity' do
  impact 0.5
  title 'Pinned binaries are unmodified'
  describe file('/usr/local/bin/{pick(['terraform', 'packer', 'goss', 'kubectl'])}') do
    its('sha256sum') {{ should eq '{sha256()}' }}
  end
  describe file('/etc/apt/trusted.gpg.d/{org()}.gpg') do
    its('md5sum') {{ should eq '{hexs(32)}' }}
  end
end
"""


@N("vsphere", "uuids")
def n_fixture_uuids(neg=True):
    vms = []
    for _ in range(R().randrange(2, 5)):
        vms.append(f"""    {{"name": "{role()}-{R().randrange(1, 99):02d}", "instance_uuid": "{uuid4()}", "bios_uuid": "{uuid4()}", "moid": "vm-{R().randrange(1000, 99999)}", "mac": "00:50:56:{hexs(2)}:{hexs(2)}:{hexs(2)}"}}""")
    return "test/fixtures/vms.json", '{\n  "vms": [\n' + ",\n".join(vms) + "\n  ]\n}\n"


@N("vagrant", "public_key")
def n_serverspec_authkeys(neg=True):
    return "spec/users/authorized_keys_spec.rb", f"""require 'spec_helper'

describe file('/home/vagrant/.ssh/authorized_keys') do
  it {{ should be_file }}
  it {{ should be_mode 600 }}
  # the box still ships with the well-known insecure key; converge must replace it
  its(:content) {{ should_not include '{VAGRANT_PUB}' }}
  its(:content) {{ should include '{ssh_pub_ed25519("deploy@ci")}' }}
end
"""


@N("ssh", "host_keys")
def n_known_hosts(neg=True):
    lines = []
    for _ in range(R().randrange(2, 5)):
        h = ip192()
        lines.append("%s %s" % (h, ssh_pub_ed25519("").rsplit(" ", 1)[0]))
        lines.append("%s ecdsa-sha2-nistp256 %s" % (h, b64blob(104)))
    return pick(["test/fixtures/known_hosts", "molecule/default/files/known_hosts"]), "\n".join(lines) + "\n"


@N("ssh", "public_key")
def n_molecule_pubkey(neg=True):
    return "molecule/default/molecule.yml", f"""---
driver:
  name: vagrant
  provider:
    name: libvirt
platforms:
  - name: {role()}
    box: {pick(BOXES)}
    memory: 1024
    cpus: 1
    config_options:
      ssh.insert_key: false
provisioner:
  name: ansible
  inventory:
    group_vars:
      all:
        deploy_authorized_keys:
          - "{ssh_pub_ed25519()}"
          - "{ssh_pub_ed25519()}"
verifier:
  name: ansible
"""


@N("azure", "public_ids")
def n_kitchen_azure_ids(neg=True):
    return ".kitchen.yml", f"""---
driver:
  name: azurerm
  subscription_id: "{uuid4()}"
  location: westeurope
  machine_size: Standard_D2s_v5
  azure_environment: AzureCloud
  # client id/secret come from ~/.azure/credentials on the runner

provisioner:
  name: chef_infra

platforms:
  - name: ubuntu-22.04
    driver:
      image_urn: Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest
      vm_tags:
        owner_object_id: {uuid4()}

suites:
  - name: default
"""


@N("gcp", "wif_config")
def n_wif_json(neg=True):
    pn = R().randrange(100000000000, 999999999999)
    return pick(["ci/gcp-wif.json", "test/fixtures/gcp/external-account.json"]), f"""{{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/{pn}/locations/global/workloadIdentityPools/github/providers/{org()}",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/terratest@{org()}-ci.iam.gserviceaccount.com:generateAccessToken",
  "token_url": "https://sts.googleapis.com/v1/token",
  "credential_source": {{
    "file": "/var/run/secrets/gha/token",
    "format": {{ "type": "text" }}
  }}
}}
"""


@N("aws", "nuke_config")
def n_aws_nuke(neg=True):
    a = acct()
    return "nuke-config.yml", f"""regions:
  - global
  - {region()}
blocklist:
  - "{acct()}"  # production
accounts:
  "{a}":
    presets: [terratest]
    filters:
      IAMRole:
        - "OrganizationAccountAccessRole"
      IAMUser:
        - "ci-runner"
      EC2KeyPair:
        - type: glob
          value: "kitchen-*"
presets:
  terratest:
    filters:
      S3Bucket:
        - "s3://{org()}-tfstate-{a}"
      KMSKey:
        - "{uuid4()}"
"""


@N("aws", "nuke_config")
def n_cloud_nuke(neg=True):
    return ".cloud-nuke.yml", f"""s3:
  include:
    names_regex:
      - ^terratest-.*
      - ^kitchen-{hexs(6)}-.*
  exclude:
    names_regex:
      - ^{org()}-tfstate
ec2:
  include:
    names_regex:
      - ^molecule-.*
  exclude:
    tags:
      keep: "true"
iam-role:
  exclude:
    names_regex:
      - ^AWSReserved.*
"""


@N("terraform", "tfstate")
def n_tfstate(neg=True):
    a = acct()
    return "test/fixtures/terraform.tfstate", f"""{{
  "version": 4,
  "terraform_version": "1.{R().randrange(5, 9)}.{R().randrange(0, 6)}",
  "serial": {R().randrange(1, 90)},
  "lineage": "{uuid4()}",
  "outputs": {{
    "instance_id": {{ "value": "{inst_id()}", "type": "string" }}
  }},
  "resources": [
    {{
      "mode": "managed",
      "type": "aws_instance",
      "name": "test",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {{
          "schema_version": 1,
          "attributes": {{
            "ami": "{ami()}",
            "arn": "arn:aws:ec2:{region()}:{a}:instance/{inst_id()}",
            "id": "{inst_id()}",
            "primary_network_interface_id": "eni-0{hexs(16)}",
            "private_ip": "{ip10()}"
          }}
        }}
      ]
    }}
  ]
}}
"""


@N("packer", "build_log")
def n_packer_log(neg=True):
    a = ami()
    return "packer/logs/build.log", f"""==> amazon-ebs.{role()}: Prevalidating AMI Name: {role()}-test-{R().randrange(1700000000, 1730000000)}
    amazon-ebs.{role()}: Found Image ID: {ami()}
==> amazon-ebs.{role()}: Creating temporary keypair: packer_{uuid4()}
==> amazon-ebs.{role()}: Creating temporary security group for this instance: packer_{hexs(24)}
==> amazon-ebs.{role()}: Launching a source AWS instance...
    amazon-ebs.{role()}: Instance ID: {inst_id()}
==> amazon-ebs.{role()}: Waiting for SSH to become available...
==> amazon-ebs.{role()}: Provisioning with shell script: test/goss.sh
    amazon-ebs.{role()}: Count: 42, Failed: 0, Skipped: 0
==> amazon-ebs.{role()}: Creating AMI {role()}-test from instance {inst_id()}
    amazon-ebs.{role()}: AMI: {a}
Build 'amazon-ebs.{role()}' finished after 7 minutes 12 seconds.
--> amazon-ebs.{role()}: AMIs were created:
{region()}: {a}
"""


@N("kitchen", "log_ids")
def n_kitchen_log(neg=True):
    return ".kitchen/logs/kitchen.log", f"""I, [2024-05-{R().randrange(10, 28)}T10:11:12.000001 #812]  INFO -- Kitchen: -----> Starting Test Kitchen (v3.{R().randrange(0, 6)}.0)
I, [2024-05-14T10:11:14.120000 #812]  INFO -- default-ubuntu-2204: Instance <{inst_id()}> requested.
I, [2024-05-14T10:11:40.300000 #812]  INFO -- default-ubuntu-2204: EC2 instance <{inst_id()}> ready (hostname: {ip10()}).
I, [2024-05-14T10:11:41.000000 #812]  INFO -- default-ubuntu-2204: [SSH] host key fingerprint SHA256:{b64blob(32).rstrip('=')}
I, [2024-05-14T10:12:55.000000 #812]  INFO -- default-ubuntu-2204: Chef Infra Client, version 18.{R().randrange(0, 6)}.{R().randrange(0, 60)}
I, [2024-05-14T10:12:56.000000 #812]  INFO -- default-ubuntu-2204: Using Policyfile 'Policyfile.rb' at revision '{sha256()}'
"""


@N("docker", "image_digest")
def n_dockerfile_digest(neg=True):
    return pick(["test/Dockerfile", "molecule/default/Dockerfile.j2"]), f"""FROM ubuntu:22.04@sha256:{sha256()}
ARG GOSS_VERSION=v0.4.{R().randrange(1, 9)}
ARG GOSS_SHA256={sha256()}
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates python3 sudo \\
 && curl -fsSL -o /usr/local/bin/goss https://github.com/goss-org/goss/releases/download/${{GOSS_VERSION}}/goss-linux-amd64 \\
 && echo "${{GOSS_SHA256}}  /usr/local/bin/goss" | sha256sum -c - \\
 && chmod +x /usr/local/bin/goss
CMD ["/sbin/init"]
"""


@N("go", "go_sum")
def n_go_sum(neg=True):
    mods = ["github.com/gruntwork-io/terratest v0.46.%d" % R().randrange(0, 16), "github.com/stretchr/testify v1.9.0",
            "github.com/hashicorp/hcl/v2 v2.20.1", "github.com/aws/aws-sdk-go v1.53.%d" % R().randrange(0, 20),
            "golang.org/x/crypto v0.23.0", "github.com/google/uuid v1.6.0", "github.com/pquerna/otp v1.4.0"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, b64blob(32)[:43]))
        lines.append("%s/go.mod h1:%s=" % (m, b64blob(32)[:43]))
    return "test/go.sum", "\n".join(lines) + "\n"


@N("python", "pip_hashes")
def n_pip_hashes(neg=True):
    pk = ["pytest-testinfra==10.1.0", "pytest==8.2.0", "molecule==24.2.1", "boto3==1.34.%d" % R().randrange(0, 100),
          "ansible-core==2.16.%d" % R().randrange(0, 7)]
    out = ["# generated by pip-compile --generate-hashes"]
    for p in pk:
        out.append("%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (p, sha256(), sha256()))
    return pick(["requirements-test.txt", "molecule/requirements.txt"]), "\n".join(out) + "\n"


@N("windows", "thumbprints")
def n_pester_thumbprint(neg=True):
    return "tests/Certificates.Tests.ps1", f"""Describe 'WinRM HTTPS listener' {{
    It 'uses the lab CA issued certificate' {{
        $l = Get-ChildItem WSMan:\\localhost\\Listener | Where-Object Keys -contains 'Transport=HTTPS'
        $tp = ($l | Get-ChildItem | Where-Object Name -eq 'CertificateThumbprint').Value
        $tp | Should -Be '{hexs(40).upper()}'
    }}
    It 'installer is unmodified' {{
        (Get-FileHash C:\\install\\agent.msi -Algorithm SHA256).Hash | Should -Be '{sha256().upper()}'
    }}
}}
"""


@N("windows", "checksum")
def n_mof_checksum(neg=True):
    return "tests/output/localhost.mof.checksum", sha256().upper() + "\n"


@N("shell", "sha256_hashes")
def n_bats_sha(neg=True):
    return "test/download.bats", f"""#!/usr/bin/env bats

@test "downloaded terraform matches published checksum" {{
  run sha256sum "$BATS_TMPDIR/terraform_1.{R().randrange(5, 9)}.{R().randrange(0, 6)}_linux_amd64.zip"
  [ "$status" -eq 0 ]
  [ "${{output%% *}}" = "{sha256()}" ]
}}

@test "git tag points at release commit" {{
  run git rev-parse v{R().randrange(1, 4)}.{R().randrange(0, 20)}.0
  [ "$output" = "{hexs(40)}" ]
}}
"""


@N("linux", "password_hash")
def n_verify_shadow(neg=True):
    return "molecule/default/verify.yml", f"""---
- name: Verify
  hosts: all
  become: true
  tasks:
    - name: Read shadow entry
      ansible.builtin.getent:
        database: shadow
        key: deploy

    - name: Password hash was set from the role default
      ansible.builtin.assert:
        that:
          - getent_shadow['deploy'][0] == '{sha512crypt()}'
        fail_msg: deploy user hash differs from expected fixture
"""


@N("linux", "password_hash")
def n_inspec_shadow(neg=True):
    return "controls/users.rb", f"""control 'users-02' do
  impact 0.6
  title 'Service accounts are locked'
  describe shadow.users('{pick(USERS)}') do
    its('passwords') {{ should cmp ['!', '*'] }}
  end
  describe shadow.users('deploy') do
    its('passwords') {{ should include '{sha512crypt()}' }}
  end
end
"""


@N("sql", "password_hash")
def n_sql_bcrypt(neg=True):
    rows = ",\n".join("  ('%s', '%s@%s.test', '%s')" % (u, u, org(), bcrypt()) for u in ["alice", "bob", "carol"])
    return "test/fixtures/seed.sql", "-- test users; hashes of throwaway fixture passwords\nINSERT INTO users (login, email, password_hash) VALUES\n" + rows + ";\n"


@N("tls", "certificate")
def n_cert(neg=True):
    return pick(["test/fixtures/tls/ca.crt", "molecule/default/files/ca.pem"]), cert_pem() + "\n"


@N("pgp", "public_key")
def n_pgp_pub(neg=True):
    b = b64blob(R().randrange(800, 1100))
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return "packer/files/repo-signing.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + body + "\n=" + b64blob(3) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"


@N("kubernetes", "ca_bundle")
def n_chainsaw_assert(neg=True):
    return "tests/chainsaw/webhook/assert.yaml", f"""apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: {role()}-webhook
  uid: {uuid4()}
webhooks:
  - name: validate.{role()}.{org()}.io
    clientConfig:
      caBundle: {b64blob(600)}
      service:
        name: {role()}-webhook
        namespace: {role()}-system
"""


@N("kubernetes", "configmap_binary")
def n_kuttl_configmap(neg=True):
    return "tests/e2e/config/01-configmap.yaml", f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: fixture-archive
binaryData:
  fixtures.tar.gz: {b64blob(180)}
data:
  checksum: "{sha256()}"
"""


@N("aws", "dummy_credentials")
def n_moto_conftest(neg=True):
    return "tests/conftest.py", '''import os

import boto3
import pytest
from moto import mock_aws


@pytest.fixture(scope="function")
def aws_credentials():
    """Mocked AWS Credentials for moto."""
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    os.environ["AWS_SECURITY_TOKEN"] = "testing"
    os.environ["AWS_SESSION_TOKEN"] = "testing"
    os.environ["AWS_DEFAULT_REGION"] = "%s"


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        yield boto3.client("s3")
''' % region()


@N("aws", "dummy_credentials")
def n_localstack_compose(neg=True):
    return pick(["docker-compose.localstack.yml", "test/localstack/compose.yaml"]), f"""services:
  localstack:
    image: localstack/localstack:3.{R().randrange(0, 8)}
    ports:
      - "127.0.0.1:4566:4566"
    environment:
      - SERVICES=s3,sqs,dynamodb,iam
      - DEBUG=0
  tests:
    build: .
    environment:
      AWS_ACCESS_KEY_ID: test
      AWS_SECRET_ACCESS_KEY: test
      AWS_DEFAULT_REGION: {region()}
      AWS_ENDPOINT_URL: http://localstack:4566
    depends_on: [localstack]
    command: ["pytest", "-q", "tests/integration"]
"""


@N("vault", "accessor")
def n_vault_dev(neg=True):
    return pick(["test/vault.bats", "tests/vault_dev.bats"]), f"""#!/usr/bin/env bats

setup_file() {{
  vault server -dev -dev-root-token-id=root -dev-listen-address=127.0.0.1:8200 &
  export VAULT_ADDR=http://127.0.0.1:8200
  export VAULT_TOKEN=root
  sleep 2
}}

@test "token lookup shows the expected accessor format" {{
  run vault token lookup -format=json
  [ "$status" -eq 0 ]
  [[ "$(echo "$output" | jq -r .data.accessor)" =~ ^[A-Za-z0-9]{{24}}$ ]]
}}

@test "audit device hashes request ids like {rs(ALNUM, 24)}" {{
  run vault audit list
  [ "$status" -eq 0 ]
}}
"""


@N("aws", "request_ids")
def n_md_troubleshoot(neg=True):
    return pick(["docs/troubleshooting.md", "test/README.md"]), f"""# Troubleshooting flaky terratest runs

When `TestS3Replication` fails with `AccessDenied`, open a ticket with the request ids:

```
x-amz-request-id: {hexs(16).upper()}
x-amz-id-2: {b64blob(57)}
```

The replication role is `arn:aws:iam::{acct()}:role/terratest-replication` and the KMS key
id `{uuid4()}`; both live in the shared test account.

Last green run: commit `{hexs(40)}` (pipeline #{R().randrange(10000, 99999)}).
"""


@N("aws", "caller_identity")
def n_sts_identity(neg=True):
    a = acct()
    return "test/fixtures/caller-identity.json", f"""{{
    "UserId": "AIDA{rs(B32, 17)}",
    "Account": "{a}",
    "Arn": "arn:aws:iam::{a}:user/ci/terratest-runner"
}}
"""


@N("hetzner", "resource_ids")
def n_hcloud_fixture(neg=True):
    return "test/fixtures/hcloud_servers.json", json.dumps({"servers": [
        {"id": R().randrange(10000000, 59999999), "name": "ci-%s-%d" % (role(), i),
         "public_net": {"ipv4": {"ip": "%d.%d.%d.%d" % (R().randrange(5, 200), R().randrange(0, 255), R().randrange(0, 255), R().randrange(2, 250))}},
         "ssh_keys": ["%s" % ":".join(hexs(2) for _ in range(16))]} for i in range(R().randrange(1, 4))]}, indent=2) + "\n"


@N("digitalocean", "resource_ids")
def n_do_tfvars(neg=True):
    return "test/fixtures/do/terraform.tfvars", f"""region       = "{pick(['ams3', 'fra1'])}"
ssh_key_ids  = [{R().randrange(10000000, 49999999)}, {R().randrange(10000000, 49999999)}]
ssh_key_fingerprint = "{':'.join(hexs(2) for _ in range(16))}"
vpc_uuid     = "{uuid4()}"
project_id   = "{uuid4()}"
droplet_tags = ["kitchen", "{role()}"]
"""


@N("vsphere", "thumbprints")
def n_packer_vsphere_thumb(neg=True):
    return "packer/vsphere.auto.pkrvars.hcl", f"""vcenter_server     = "vcsa.{org()}.lab"
vcenter_thumbprint = "{thumb(20)}"
content_library_item_id = "{uuid4()}"
vm_uuid_prefix     = "{uuid4()[:13]}"
iso_checksum       = "sha256:{sha256()}"
"""


@N("windows", "thumbprints")
def n_kitchen_winrm_cert(neg=True):
    return "kitchen.windows.yml", f"""transport:
  name: winrm
  username: Administrator
  password: <%= ENV['WINRM_PASSWORD'] %>
  winrm_transport: ssl
  ca_trust_path: test/fixtures/tls/ca.crt
  client_cert_thumbprint: "{hexs(40).upper()}"
platforms:
  - name: windows-2022
    driver:
      box: {pick(BOXES[-4:])}
      box_check_update: false
"""


@N("chef", "lockfile_ids")
def n_policyfile_lock(neg=True):
    return "Policyfile.lock.json", f"""{{
  "revision_id": "{sha256()}",
  "name": "{role()}",
  "run_list": ["recipe[{role()}::default]"],
  "cookbook_locks": {{
    "{role()}": {{
      "version": "1.{R().randrange(0, 9)}.{R().randrange(0, 30)}",
      "identifier": "{hexs(40)}",
      "dotted_decimal_identifier": "{R().randrange(10**13, 10**15)}.{R().randrange(10**13, 10**15)}.{R().randrange(10**13, 10**14)}",
      "source": ".",
      "scm_info": {{ "scm": "git", "revision": "{hexs(40)}", "working_tree_clean": true }}
    }}
  }}
}}
"""


@N("inspec", "lockfile_ids")
def n_inspec_lock(neg=True):
    return "inspec.lock", f"""---
lockfile_version: 1
depends:
- name: linux-baseline
  resolved_source:
    url: https://github.com/dev-sec/linux-baseline/archive/{hexs(40)}.tar.gz
    sha256: {sha256()}
  version: 2.{R().randrange(0, 9)}.{R().randrange(0, 9)}
- name: ssh-baseline
  resolved_source:
    git: https://github.com/dev-sec/ssh-baseline.git
    ref: {hexs(40)}
"""


@N("csv", "inventory")
def n_inventory_csv(neg=True):
    rows = ["hostname,instance_id,private_ip,mac,serial,ami"]
    for i in range(R().randrange(3, 7)):
        rows.append("%s-%02d,%s,%s,0a:%s,%s,%s" % (role(), i, inst_id(), ip10(), ":".join(hexs(2) for _ in range(5)),
                                                 "ec2" + hexs(29), ami()))
    return "test/fixtures/inventory.csv", "\n".join(rows) + "\n"


@N("junit", "report_ids")
def n_junit(neg=True):
    cases = "\n".join('    <testcase classname="test" name="Test%s" time="%d.%03d"/>' % (pick(["SecretRotation", "TokenTTL", "KeyPairImport", "PasswordPolicy"]), R().randrange(1, 300), R().randrange(1000)) for _ in range(3))
    return "test/reports/junit.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="terratest" tests="3" failures="0" id="{uuid4()}" hostname="runner-{hexs(8)}">
    <properties>
      <property name="go.version" value="go1.22.{R().randrange(0, 6)}"/>
      <property name="git.sha" value="{hexs(40)}"/>
    </properties>
{cases}
  </testsuite>
</testsuites>
"""


@N("cloud-init", "encoded_data")
def n_userdata_b64(neg=True):
    ud = base64.b64encode(("#cloud-config\npackage_update: true\npackages: [nginx, %s]\nruncmd:\n  - systemctl enable --now nginx\n" % role()).encode()).decode()
    return "test/fixtures/launch_template.json", f"""{{
  "LaunchTemplateData": {{
    "ImageId": "{ami()}",
    "InstanceType": "t3.micro",
    "UserData": "{ud}",
    "TagSpecifications": [{{"ResourceType": "instance", "Tags": [{{"Key": "ci-run", "Value": "{uuid4()}"}}]}}]
  }}
}}
"""


@N("pulumi", "encrypted_config")
def n_pulumi_secure_config(neg=True):
    return "Pulumi.test.yaml", f"""encryptionsalt: v1:{b64blob(9)}:v1:{b64blob(12)}:{b64blob(24)}
config:
  aws:region: {region()}
  {role()}:dbPassword:
    secure: v1:{b64blob(12)}:{b64blob(36)}
  {role()}:instanceCount: "2"
"""


@N("ini", "public_settings")
def n_ansible_cfg(neg=True):
    return "molecule/default/ansible.cfg", f"""[defaults]
host_key_checking = False
callbacks_enabled = profile_tasks, timer
vault_identity_list = ci@~/.ansible/ci-vault-id
fact_caching = jsonfile
fact_caching_connection = /tmp/facts-{hexs(8)}

[ssh_connection]
pipelining = True
control_path = %(directory)s/%%h-%%r
ssh_args = -o ControlMaster=auto -o ControlPersist=60s -o UserKnownHostsFile=/dev/null
"""


@N("inspec", "env_inputs")
def n_inspec_env_inputs(neg=True):
    return "test/integration/default/inputs.yml", """# values are resolved at run time by kitchen (ERB) - nothing stored here
db_user: <%= ENV['DB_USER'] || 'audit' %>
db_password: <%= ENV['DB_PASSWORD'] %>
vault_token: <%= ENV.fetch('VAULT_TOKEN') %>
hcloud_token: "{{ lookup('env', 'HCLOUD_TOKEN') }}"
"""


@N("markdown", "git_shas")
def n_changelog(neg=True):
    out = ["# Changelog", ""]
    for i in range(R().randrange(3, 6)):
        out.append("## v1.%d.%d" % (R().randrange(0, 9), i))
        out.append("- %s (%s)" % (pick(["fix flaky molecule idempotence", "pin goss to 0.4", "terratest: retry on throttling",
                                         "kitchen: switch to ec2 gp3", "bump inspec to 6"]), hexs(7)))
        out.append("- release artifact sha256 `%s`" % sha256())
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


# ----------------------------------------------------------------------------- driver
SPECIAL = {"Vagrantfile": "ruby", "Dockerfile": "dockerfile", "Dockerfile.j2": "dockerfile",
           "credentials": "ini", "terraformrc": "hcl", ".terraformrc": "hcl", "user-data": "yaml",
           "known_hosts": "known_hosts", "inspec.lock": "yaml"}
EXT = {"yml": "yml", "yaml": "yaml", "rb": "ruby", "go": "go", "py": "python", "ps1": "powershell",
       "psd1": "powershell", "sh": "shell", "bash": "shell", "bats": "bats", "tf": "terraform",
       "tfvars": "terraform", "hcl": "hcl", "json": "json", "ini": "ini", "md": "markdown",
       "toml": "toml", "xml": "xml", "sql": "sql", "csv": "csv", "log": "log", "txt": "txt",
       "pem": "pem", "crt": "pem", "asc": "pgp", "checksum": "txt", "tfstate": "json", "j2": "jinja"}


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base in SPECIAL:
        return SPECIAL[base]
    if base.startswith(".env"):
        return "env"
    if base.endswith(".pkr.hcl"):
        return "hcl"
    if "." in base.lstrip("."):
        ext = base.rsplit(".", 1)[-1]
        return EXT.get(ext, ext)
    if base.startswith(".") and base[1:] in EXT:
        return EXT[base[1:]]
    return "key" if "key" in relpath or "id_" in base or base in ("kitchen_ci", "vm_access") else "text"


BLOCKED_ENV = (".env", ".env.local", ".env.production", ".env.development", ".env.test", ".env.staging", ".env.prod")


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return base in BLOCKED_ENV or (base.startswith(".env.") and base.split(".")[-1] not in ("example", "sample", "dist", "template"))


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    global C
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_kc.py OUTDIR SEED\n")
        return 2
    outdir, seed = sys.argv[1], int(sys.argv[2])
    C = Ctx(seed)
    r = C.r
    manifest, secrets = [], []

    # positives: shuffled round-robin so every template is used
    order = []
    while len(order) < 500:
        idx = list(range(len(POS)))
        r.shuffle(idx)
        order.extend(idx)
    order = order[:500]
    n_env = 0
    for i, ti in enumerate(order):
        t = POS[ti]
        for _attempt in range(50):
            value, needle = SECRETS[t["kind"]]()
            rel, text = t["fn"](value, False)
            if is_blocked_env(rel) and n_env >= 20:
                t = POS[r.randrange(len(POS))]
                continue
            break
        if is_blocked_env(rel):
            n_env += 1
        assert needle in text, (t["name"], needle)
        assert text.count(needle) >= 1
        lineno = text[:text.index(needle)].count("\n") + 1
        assert needle in text.split("\n")[lineno - 1], (t["name"], lineno)
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        # re-read to make sure the needle is on the stated line of the written file
        with open(os.path.join(outdir, frel), encoding="utf-8") as f:
            assert needle in f.read().split("\n")[lineno - 1], frel
        manifest.append({"file": frel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": lineno})

    # negatives: 250 re-used positive templates with a non-secret slot, 250 look-alikes
    plan = []
    idx = []
    while len(idx) < 250:
        x = list(range(len(POS)))
        r.shuffle(x)
        idx.extend(x)
    plan += [("reuse", k) for k in idx[:250]]
    idx = []
    while len(idx) < 250:
        x = list(range(len(NEG)))
        r.shuffle(x)
        idx.extend(x)
    plan += [("look", k) for k in idx[:250]]
    r.shuffle(plan)
    for i, (mode, k) in enumerate(plan):
        if mode == "reuse":
            t = POS[k]
            value = neg_value(t["kind"], t["lang"])
            rel, text = t["fn"](value, True)
            kind = "%s:%s" % (t["kind"], C.negcat)
        else:
            t = NEG[k]
            rel, text = t["fn"]()
            kind = t["kind"]
        assert not is_blocked_env(rel), rel
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
