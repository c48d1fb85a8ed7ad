#!/usr/bin/env python3
"""gen_jo.py - blind evaluation set: the HashiCorp stack in operation.

EMPHASIS
    Secrets of people who *run* Consul, Nomad, Vault, Boundary, Waypoint, HCP
    and Terraform Cloud/Enterprise, beyond plain Terraform code:
      * Consul: gossip `encrypt` keys (base64 of 32 or 16 random bytes), ACL
        tokens (`acl.tokens.initial_management` / `agent` / `default`, legacy
        `acl_master_token`), `CONSUL_HTTP_TOKEN`, `X-Consul-Token`,
        `consul acl bootstrap` output, Connect CA private keys, consul-template,
        envconsul and Consul-Terraform-Sync configs.
      * Nomad: `acl bootstrap` output, `NOMAD_TOKEN`, `X-Nomad-Token`, gossip
        `encrypt`, agent `vault {token}` / `consul {token}`, job specs with
        literal `env` secrets.
      * Vault: `vault operator init` transcripts, unseal keys (base64 of 33
        bytes, a Shamir share), tokens `hvs.` (long 95-char and short form),
        `hvb.`, `hvr.`, legacy `s.`; AppRole `secret_id`; transit key export;
        auto-unseal (awskms / transit / azurekeyvault) credentials; storage
        backend passwords (postgresql / mysql / consul token).
      * Boundary: worker activation tokens `neslat_...`, auth tokens
        `at_<id>_s1...`, `kms "aead"` keys in boundary.hcl.
      * Waypoint server tokens, HCP service principal secrets
        (`HCP_CLIENT_SECRET`), Terraform Cloud/Enterprise tokens
        (`<14>.atlasv1.<67>`), Packer with HCP.
    File types: .hcl, .nomad, .nomad.hcl, .tf, .tfvars, .json, .yml/.yaml (Helm
    values, Ansible vars, GitHub/GitLab CI, k8s manifests), .sh, systemd
    .service and environment files, Dockerfile, Jenkinsfile, .md runbooks,
    .txt/.log transcripts, .go, .py, .properties, .csv, .tfrc.

USAGE
    python3 -B gen_jo.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Everything is drawn from
    one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: no quotes, no
      variable name, no `Bearer ` / header name.
    * URLs (postgres://user:PASS@host): the needle is the password part only.
    * Headers (X-Vault-Token / X-Consul-Token / X-Nomad-Token / Authorization):
      the token only.
    * Key pairs (HCP client id + secret, AppRole role_id + secret_id, AWS key
      id + secret key, Consul AccessorID + SecretID): the secret half only;
      the public half is innocent content.
    * Multi-line PEM private keys: the needle is the BEGIN line
      (`-----BEGIN EC PRIVATE KEY-----` or `-----BEGIN PRIVATE KEY-----`) and
      its line; for a key embedded in JSON with `\\n` escapes it is the same
      BEGIN marker text, on the JSON line.
    * Transcripts (`vault operator init`, `consul acl bootstrap`): exactly one
      live secret is shown; the other shares / tokens are masked.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by a
    non-secret: placeholders (`<your-token>`, `YOUR_VAULT_TOKEN_HERE`,
    `changeme`, `xxxx...`), empty values, masked values (`****`, `[REDACTED]`,
    `<hidden>`), references (`${VAR}`, `os.environ[...]`, `process.env.X`,
    `os.Getenv`, `{{ var }}`, `env://`, `file://`, `op://`, vault paths),
    and the providers' published documentation example values.  The other
    half are look-alikes: ACL AccessorIDs next to a hidden SecretID, Vault
    token accessors, AppRole role_ids alone, lease / node / alloc / eval / job
    ids, `hmac-sha256:` audit hashes, `vault:v1:` transit ciphertext, public
    keys and CA certificates, `{{ with secret }}` templates,
    `VAULT_TOKEN=$(cat ...)`, checksums and image digests, ULIDs.
    No negative is written to a `.env*` file.

FORMATS CHECKED (search tool, providers' docs)
    * consul keygen / nomad operator gossip keyring generate: 32 random bytes,
      base64 (older Consul/Nomad: 16 bytes, e.g. `YgZOXLMhC7TtZqeghMT8+w==`).
    * consul acl bootstrap: AccessorID / SecretID are 8-4-4-4-12 hex UUIDs
      without fixed version bits; Nomad `acl bootstrap` prints `Accessor ID =`
      / `Secret ID =` the same way.
    * vault operator init: `Unseal Key N:` 44 base64 chars (33 bytes), old
      `Initial Root Token:` a UUID; operator unseal doc example 32 bytes.
    * Vault 1.10: prefixes hvs./hvb./hvr. replace s./b./r.; service tokens at
      least 95 chars.
    * Boundary: `controller_generated_activation_token = "neslat_..."` (doc
      example 100 chars, base58); `kms "aead"` key = base64 256-bit key;
      auth tokens `at_<10>_s1<base58>` (boundary config get-token example).
    * Waypoint: `waypoint token new` prints a 105-char base58 token; env
      WAYPOINT_TOKEN.
    * TFC/TFE team token example `QnbSxjjhVMHJgw.atlasv1.<67 alnum>`.
    * HCP: HCP_CLIENT_ID / HCP_CLIENT_SECRET of a service principal key.
    * Vault transit ciphertext `vault:v1:<base64>`; accessors listed as UUIDs
      in old docs, 24-char base62 in current releases.

DOUBTS
    * Exact length/alphabet of HCP client ids (used: 32 alnum) and secrets
      (used: 64 alnum) not confirmed by docs.
    * Internal structure of long hvs. tokens (used: base64url of a protobuf
      {1:1, 2:<32-byte HMAC>, 3:{1:"hvs.<24 base62>"}}, giving 95 chars) is
      inferred, not documented; root tokens from init use the short
      `hvs.<24>` form.  hvb. batch tokens (used: `hvb.AAAAAQ` + base64url) and
      hvr. recovery tokens (used: `hvr.<24>`) lengths are guesses.
    * Waypoint token and Boundary neslat_/at_ payloads are random base58 of
      the documented length, not valid encoded structures.
    * EC private keys are structurally valid DER but the public point is
      random (not derived from the scalar).
    * Azure client secret shape (`xxx8Q~...`, 40 chars) from memory.
"""
import base64
import json
import os
import random
import sys

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HEX = "0123456789abcdef"
ALNUM = B62

R = None  # set in main


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid():
    h = rs(HEX, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid4():
    h = list(rs(HEX, 32))
    h[12] = "4"
    h[16] = R.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(n):
    return base64.b64encode(rb(n)).decode()


def b64url_raw(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# ---------------------------------------------------------------- secrets
def g_gossip():
    return b64(32) if R.random() < 0.8 else b64(16)


def g_gossip32():
    return b64(32)


def g_acl():
    return uuid()


def g_hvs_long():
    inner = ("hvs." + rs(B62, 24)).encode()
    msg = b"\x08\x01" + b"\x12\x20" + rb(32) + b"\x1a" + bytes([len(inner) + 2]) + b"\x0a" + bytes([len(inner)]) + inner
    return "hvs." + b64url_raw(msg)


def g_hvs_short():
    return "hvs." + rs(B62, 24)


def g_hvs():
    return g_hvs_long() if R.random() < 0.6 else g_hvs_short()


def g_s_legacy():
    return "s." + rs(B62, 24)


def g_hvb():
    return "hvb.AAAAAQ" + b64url_raw(rb(R.choice([96, 102, 108, 120])))


def g_hvr():
    return "hvr." + rs(B62, 24)


def g_vault_any():
    x = R.random()
    if x < 0.7:
        return g_hvs()
    if x < 0.85:
        return g_s_legacy()
    return g_hvb()


def g_unseal():
    return b64(33)


def g_kms():
    return b64(32)


def g_neslat():
    return "neslat_" + rs(B58, 93)


def g_boundary_at():
    return "at_" + rs(B62, 10) + "_s1" + rs(B58, R.choice([110, 112, 114]))


def g_waypoint():
    return rs(B58, 105)


def g_tfc():
    return rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)


def g_hcp_id():
    return rs(ALNUM, 32)


def g_hcp_secret():
    return rs(ALNUM, 64)


def g_aws_id():
    return "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def g_aws_secret():
    return rs(B62 + "+/", 40)


def g_azure_secret():
    return rs(B62, 3) + R.choice("0123456789") + "Q~" + rs(B62 + "_-.~", 34)


def g_password():
    style = R.random()
    if style < 0.45:
        while True:
            p = rs(B62 + "!#%^*-_=+", R.randint(18, 30))
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
                return p
    if style < 0.75:
        words = ["Tangerine", "Otter", "Lattice", "Granite", "Velvet", "Harbor", "Quasar", "Maple",
                 "Cobalt", "Juniper", "Falcon", "Ember", "Nimbus", "Saffron", "Walrus", "Pylon"]
        return "-".join(R.sample(words, 3)) + "-" + str(R.randint(10, 99)) + R.choice("!#%*")
    return rs(B62, R.randint(24, 32))


def g_urlpass():
    while True:
        p = rs(B62 + "-_.~", R.randint(20, 28))
        if any(c.isdigit() for c in p) and p[0] not in "-_.~":
            return p


def pem_wrap(der, label):
    s = base64.b64encode(der).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


P256 = bytes.fromhex("2a8648ce3d030107")
ECPUB = bytes.fromhex("2a8648ce3d0201")


def g_ec_pem():
    d = rb(32)
    pub = b"\x04" + rb(64)
    if R.random() < 0.6:
        der = bytes.fromhex("30770201010420") + d + b"\xa0\x0a\x06\x08" + P256 + b"\xa1\x44\x03\x42\x00" + pub
        return pem_wrap(der, "EC PRIVATE KEY")
    inner = b"\x30\x6b\x02\x01\x01\x04\x20" + d + b"\xa1\x44\x03\x42\x00" + pub
    der = b"\x30\x81\x87\x02\x01\x00\x30\x13\x06\x07" + ECPUB + b"\x06\x08" + P256 + b"\x04\x6d" + inner
    return pem_wrap(der, "PRIVATE KEY")


def g_cert_pem():
    n = R.randint(420, 560)
    der = b"\x30\x82" + bytes([n >> 8, n & 255]) + b"\x30\x82" + bytes([(n - 120) >> 8, (n - 120) & 255]) + b"\xa0\x03\x02\x01\x02\x02\x14" + rb(n - 13)
    return pem_wrap(der, "CERTIFICATE")


def g_pub_pem():
    der = b"\x30\x59\x30\x13\x06\x07" + ECPUB + b"\x06\x08" + P256 + b"\x03\x42\x00\x04" + rb(64)
    return pem_wrap(der, "PUBLIC KEY")


# documented examples per secret class (negatives only)
DOC = {
    "gossip": ["pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=", "6RhfKFZ5uYEaU6RgWzx69ssLcpiIkvnEZs5KBOQxvxA=",
               "YgZOXLMhC7TtZqeghMT8+w==", "cg8StVXbQJ0gPvMd9o7yrg=="],
    "acl": ["86cddfb9-2760-d947-358d-a2811156bf31", "527347d3-9653-07dc-adc0-598b8f2b0f4d",
            "e7024f9c-f016-02dd-6217-daedbffb86ac", "9184ec35-65d4-9258-61e3-0c066d0a45c5",
            "2b778dd9-f5f1-6f29-b4b4-9a5fa948757a", "e4c7c80e-870b-c6a6-43d2-dbfa90130c06"],
    "vault": ["6662bb4a-afd0-4b6b-faad-e237fb564568", "hvs.CAESIABcDeFgHiJkLmNoPqRsTuVwXyZ", "s.xxxxxxxxxxxxxxxxxxxxxxxx",
              "hvs.XXXXXXXXXXXXXXXXXXXXXXXX", "root"],
    "unseal": ["IXyR0OJnSFobekZMMCKCoVEpT7wI6l+USMzE3IcyDyo=", "sP/4C/fwIDjJmHEC2bi/1Pa43uKhsUQMmiB31GRzFc0R",
               "kHkw2xTBelbDFIMEgEC8NVX7NDSAZ+rdgBJ/HuJwxOX+"],
    "kms": ["8fZBjCUfN0TzjEGLQldGY4+iE9AkOvCfjh7+p0GtRBQ="],
    "neslat": ["neslat_2KrShA8kh6VUbJBYa4ZXUe7yRpPs2xKNYst2wqyvadQ6ooSZ4XQTfifKG4tNp2vhaAVeBSvHofWDNzbUYUyK2C8ypbYnx",
               "neslat_........."],
    "bat": ["at_yczA5UPS7Y_s13B5PWh7KENvtKQKgDxaEvP682FMfq5eXrpzKNTpmaHgLS2ucRexrTQ7ueMhDFY5MdFvNuzuTWzUzYgacitnSBaPo75b3XZU4Zp6wmdsXqmkPNY3U"],
    "waypoint": ["svESKuVYKeLkgFP3heNanrhvwiMfxfM7q7d3m8UTU3fTDwetfq9vMsBtdqeRmKakXZXJjLDinApxkDcVe594vR2FfVeF3m6gupZ8NVcSC"],
    "tfc": ["QnbSxjjhVMHJgw.atlasv1.gxZnWIjI5j752DGqdwEUVLOFf0mtyaQ00H9bA1j90qWb254lEkQyOdfqqcq9zZL7Sm0"],
    "hcp": ["service-principal-key-client-secret"],
    "secret_id": ["22eaeed1-bdbd-4651-724e-42ae6c43e387"],
    "password": ["password", "changeme", "vault"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "azure": ["<azure-client-secret>"],
    "pem": [],
}


# ---------------------------------------------------------------- helpers
class Raw(object):
    """A code expression that replaces a whole quoted literal (negatives)."""

    def __init__(self, s):
        self.s = s


def q(v, quote='"'):
    if isinstance(v, Raw):
        return v.s
    return quote + v + quote


def T(text, **kw):
    for k, v in kw.items():
        if isinstance(v, Raw):
            v = v.s
        text = text.replace("@" + k + "@", str(v))
    return text


def pick(*xs):
    return R.choice(xs)


def dc():
    return pick("dc1", "us-east-1", "eu-west-2", "fra1", "ams3", "primary", "aws-use1", "onprem-dc2")


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250))


def host(kind="consul"):
    return "%s-%s-%02d" % (kind, pick("server", "srv", "node", "core"), R.randint(1, 9))


def domain():
    return pick("internal.example.com", "corp.example.net", "svc.example.org", "prod.acme.test", "infra.example.io")


def pre(*opts):
    return R.choice(list(opts) + [""])


def ver(p):
    return {"consul": pick("1.16.4", "1.17.3", "1.18.1", "1.19.2"), "vault": pick("1.14.8", "1.15.6", "1.16.3", "1.17.2"),
            "nomad": pick("1.6.5", "1.7.7", "1.8.2"), "boundary": pick("0.15.4", "0.16.2", "0.17.1")}[p]


def ts():
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                   R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def team():
    return pick("platform", "sre", "infra", "payments", "data-eng", "core-services", "edge")


def svc():
    return pick("billing-api", "checkout", "ledger", "search", "notifier", "inventory", "gateway", "reports")


# ---------------------------------------------------------------- negative fillers
PLACE = {
    "gossip": ["<gossip-encryption-key>", "REPLACE_WITH_consul_keygen_OUTPUT", "CHANGE_ME", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=",
               "<output of consul keygen>"],
    "acl": ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "00000000-0000-0000-0000-000000000000", "<bootstrap-secret-id>",
            "YOUR_CONSUL_TOKEN_HERE", "changeme"],
    "vault": ["<your-vault-token>", "YOUR_VAULT_TOKEN_HERE", "hvs.xxxxxxxxxxxxxxxxxxxxxxxx", "s.XXXXXXXXXXXXXXXXXXXXXXXX", "changeme"],
    "unseal": ["<unseal-key-3>", "UNSEAL_KEY_GOES_HERE", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "kms": ["<base64-256-bit-key>", "REPLACE_ME_WITH_32_RANDOM_BYTES_B64", "CHANGEME"],
    "neslat": ["<activation-token>", "neslat_xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME"],
    "bat": ["<boundary-auth-token>", "at_xxxxxxxxxx_s1xxxxxxxxxxxxxxxxxxxx"],
    "waypoint": ["<waypoint-token>", "YOUR_WAYPOINT_TOKEN"],
    "tfc": ["<TFC_API_TOKEN>", "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_TFC_TOKEN_HERE"],
    "hcp": ["<hcp-client-secret>", "YOUR_HCP_CLIENT_SECRET", "changeme"],
    "secret_id": ["<secret-id>", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "REPLACE_ME"],
    "password": ["changeme", "<db-password>", "CHANGE_ME", "password", "${PASSWORD}"],
    "aws": ["<aws-secret-access-key>", "YOUR_SECRET_ACCESS_KEY"],
    "azure": ["<client-secret>", "YOUR_AZURE_CLIENT_SECRET"],
    "pem": ["# paste the CA private key here", "<contents of consul-agent-ca-key.pem>", "REDACTED"],
}
MASK = ["****", "********", "[REDACTED]", "<redacted>", "<hidden>", "REDACTED", "***masked***"]


def neg_value(cls, env, lang):
    """A non-secret value for a secret slot."""
    c = R.random()
    if lang and c < 0.3:
        return Raw({"py": pick('os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env),
                    "go": 'os.Getenv("%s")' % env,
                    "js": "process.env.%s" % env,
                    "sh": pick('"$%s"' % env, '"${%s}"' % env, '"$(cat /run/secrets/%s)"' % env.lower()),
                    "groovy": "credentials('%s')" % env.lower().replace("_", "-"),
                    }[lang])
    c = R.random()
    if cls == "pem":
        return pick("", "<contents of ca-key.pem>", "{{ with secret \"pki/issue/consul\" }}{{ .Data.private_key }}{{ end }}",
                    "[REDACTED]", "# key material lives in Vault at secret/consul/ca")
    if c < 0.30:
        return pick(*PLACE[cls])
    if c < 0.42:
        return ""
    if c < 0.57:
        return pick(*MASK)
    if c < 0.80:
        return pick("${%s}" % env, "{{ %s }}" % env.lower(), "{{ lookup('env', '%s') }}" % env, "env://%s" % env,
                    "file:///etc/secrets/%s" % env.lower(), "op://Infrastructure/%s/credential" % env.lower().replace("_", "-"),
                    "vault:secret/data/%s#%s" % (team(), env.lower()), "$%s" % env, "${{ secrets.%s }}" % env)
    if DOC.get(cls):
        return pick(*DOC[cls])
    return pick(*PLACE[cls])


# ---------------------------------------------------------------- registry
TEMPLATES = []


def tpl(provider, kind, cls, gen, env, lang=None, w=1.0):
    def deco(fn):
        TEMPLATES.append(dict(name=fn.__name__, provider=provider, kind=kind, cls=cls, gen=gen, env=env,
                              lang=lang, fn=fn, w=w))
        return fn
    return deco


# ================================================================ CONSUL
@tpl("consul", "gossip_key", "gossip", g_gossip, "CONSUL_GOSSIP_KEY")
def consul_server_hcl(v, pos):
    path = pre("infra/", "ansible/files/", "packer/files/") + pick("etc/consul.d/consul.hcl", "consul.d/server.hcl", "config/consul/server.hcl")
    n = R.choice([3, 5])
    return path, T('''# Consul server agent - managed by config management, do not edit by hand
datacenter = "@DC@"
data_dir   = "/opt/consul"
log_level  = "INFO"
node_name  = "@HOST@"
server     = true
bootstrap_expect = @N@

bind_addr   = "{{ GetPrivateInterfaces | include \\"network\\" \\"10.0.0.0/8\\" | attr \\"address\\" }}"
client_addr = "0.0.0.0"
retry_join  = ["provider=aws tag_key=consul-cluster tag_value=@DC@"]

encrypt = "@V@"
encrypt_verify_incoming = true
encrypt_verify_outgoing = true

ui_config {
  enabled = true
}

performance {
  raft_multiplier = 1
}

telemetry {
  prometheus_retention_time = "30s"
  disable_hostname          = true
}
''', DC=dc(), HOST=host(), N=n, V=v)


@tpl("consul", "gossip_key", "gossip", g_gossip, "CONSUL_ENCRYPT")
def consul_client_json(v, pos):
    path = pre("deploy/", "roles/consul/files/") + pick("consul.d/client.json", "config/consul.json", "consul/agent.json")
    d = {"datacenter": dc(), "data_dir": "/var/lib/consul", "server": False, "log_level": "WARN",
         "retry_join": [ip(), ip(), ip()], "encrypt": v,
         "ports": {"grpc": 8502, "https": 8501, "http": -1},
         "tls": {"defaults": {"ca_file": "/etc/consul.d/tls/consul-agent-ca.pem", "verify_incoming": False, "verify_outgoing": True},
                 "internal_rpc": {"verify_server_hostname": True}},
         "leave_on_terminate": True}
    return path, json.dumps(d, indent=2) + "\n"


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_INITIAL_MANAGEMENT_TOKEN")
def consul_acl_initial_mgmt(v, pos):
    path = pre("infra/", "ops/") + pick("consul.d/acl.hcl", "etc/consul.d/acl.hcl", "consul/server-acl.hcl")
    return path, T('''acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
  down_policy              = "extend-cache"

  tokens {
    initial_management = "@V@"
  }
}

# ACL replication from the primary datacenter is configured in replication.hcl
primary_datacenter = "@DC@"
''', V=v, DC=dc())


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_AGENT_TOKEN")
def consul_acl_agent_token(v, pos):
    path = pre("packer/", "images/") + pick("files/consul/agent-acl.hcl", "consul.d/tokens.hcl")
    return path, T('''# Agent token: lets this node register itself and its services.
# Policy: node "@HOST@" { policy = "write" } + service_prefix "" { policy = "read" }
acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    @FIELD@ = "@V@"
  }
}
''', HOST=host("web"), FIELD=pick("agent", "default", "agent_recovery"), V=v)


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_MASTER_TOKEN")
def consul_legacy_master_json(v, pos):
    path = pre("legacy/", "old-infra/") + pick("consul/config/acl.json", "consul.d/00-acl.json")
    d = {"acl_datacenter": dc(), "acl_default_policy": "deny", "acl_down_policy": "extend-cache",
         pick("acl_master_token", "acl_agent_token", "acl_token"): v, "acl_enforce_version_8": True}
    return path, json.dumps(d, indent=4) + "\n"


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_HTTP_TOKEN")
def consul_bootstrap_runbook(v, pos):
    path = pre("docs/", "runbooks/", "wiki/") + pick("consul-acl-bootstrap.md", "consul/bootstrap-notes.md", "day0-consul.md")
    acc = uuid()
    return path, T('''# Consul ACL bootstrap - @DC@

Run on the leader only, once. Captured @DATE@ by @WHO@.

```
$ consul acl bootstrap
AccessorID:       @ACC@
SecretID:         @V@
Description:      Bootstrap Token (Global Management)
Local:            false
Create Time:      2024-03-11 09:41:27.183364 +0000 UTC
Policies:
   00000000-0000-0000-0000-000000000001 - global-management
```

Next steps:

1. `export CONSUL_HTTP_TOKEN=<SecretID above>`
2. Create the agent policy and token (see `acl/agent-policy.hcl`).
3. Set the anonymous token policy for DNS.
''', DC=dc(), DATE=ts()[:10], WHO=pick("jdoe", "mkhan", "a.lopez", "ops-oncall"), ACC=acc, V=v)


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_HTTP_TOKEN")
def consul_systemd_unit(v, pos):
    path = pre("ansible/roles/consul-esm/templates/", "systemd/") + pick("consul-esm.service", "consul-template.service", "consul-snapshot.service")
    return path, T('''[Unit]
Description=Consul helper daemon
Documentation=https://developer.hashicorp.com/consul
Requires=network-online.target
After=network-online.target consul.service

[Service]
Type=simple
User=consul
Group=consul
Environment=CONSUL_HTTP_ADDR=https://127.0.0.1:8501
Environment=CONSUL_CACERT=/etc/consul.d/tls/consul-agent-ca.pem
Environment=CONSUL_HTTP_TOKEN=@V@
ExecStart=/usr/local/bin/consul-esm -config-dir=/etc/consul-esm.d
Restart=on-failure
RestartSec=5
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
''', V=v)


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_HTTP_TOKEN")
def consul_envfile(v, pos):
    path = pick("etc/consul.d/consul.env.conf", "etc/default/consul", "etc/sysconfig/consul", "deploy/consul-client.environment")
    return path, T('''# Environment for the consul CLI on bastion hosts
CONSUL_HTTP_ADDR=https://consul.@DOM@:8501
CONSUL_HTTP_SSL=true
CONSUL_CACERT=/etc/consul.d/tls/consul-agent-ca.pem
CONSUL_TLS_SERVER_NAME=server.@DC@.consul
CONSUL_HTTP_TOKEN=@V@
''', DOM=domain(), DC=dc(), V=v)


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_TOKEN")
def consul_template_hcl(v, pos):
    path = pre("ops/", "deploy/") + pick("consul-template/config.hcl", "etc/consul-template.d/base.hcl")
    return path, T('''consul {
  address = "127.0.0.1:8500"
  token   = "@V@"

  retry {
    enabled     = true
    attempts    = 12
    backoff     = "250ms"
    max_backoff = "1m"
  }
}

reload_signal = "SIGHUP"
kill_signal   = "SIGINT"
max_stale     = "10m"
log_level     = "warn"

template {
  source      = "/etc/consul-template.d/haproxy.ctmpl"
  destination = "/etc/haproxy/haproxy.cfg"
  command     = "systemctl reload haproxy"
  perms       = 0640
}
''', V=v)


@tpl("consul", "acl_token", "acl", g_acl, "CTS_CONSUL_TOKEN")
def cts_config(v, pos):
    path = pre("cts/", "network-automation/") + pick("config.hcl", "cts-config.hcl", "consul-terraform-sync.hcl")
    return path, T('''log_level   = "INFO"
working_dir = "sync-tasks"
port        = 8558

syncs_status {
  enabled = true
}

consul {
  address = "@IP@:8500"
  token   = "@V@"
}

driver "terraform" {
  log         = false
  persist_log = false
  backend "consul" {
    gzip = true
  }
}

task {
  name        = "@NAME@"
  description = "Update firewall address groups from the catalog"
  module      = "@MOD@"
  version     = "0.3.1"
  condition "services" {
    names = ["web", "api"]
  }
}
''', IP=ip(), V=v, NAME=pick("fw-address-groups", "lb-pool-sync", "nia-panos"), MOD=pick("findkim/print/cts", "PaloAltoNetworks/dag-nia/panos"))


@tpl("consul", "private_key", "pem", g_ec_pem, "CONNECT_CA_KEY")
def consul_connect_ca(v, pos):
    path = pre("infra/", "consul/") + pick("consul.d/connect.hcl", "config/connect-ca.hcl")
    return path, T('''connect {
  enabled     = true
  ca_provider = "consul"
  ca_config {
    leaf_cert_ttl = "72h"
    intermediate_cert_ttl = "8760h"
    private_key = <<EOT
@V@
EOT
    root_cert = <<EOT
@CERT@
EOT
  }
}
''', V=v, CERT=g_cert_pem())


@tpl("consul", "gossip_key", "gossip", g_gossip32, "CONSUL_GOSSIP_ENCRYPTION_KEY")
def consul_k8s_secret(v, pos):
    path = pre("k8s/", "clusters/prod/", "manifests/") + pick("consul/gossip-secret.yaml", "consul-gossip.yaml")
    return path, T('''apiVersion: v1
kind: Secret
metadata:
  name: consul-gossip-encryption-key
  namespace: consul
  labels:
    app.kubernetes.io/part-of: consul
type: Opaque
stringData:
  key: "@V@"
''', V=v)


@tpl("consul", "gossip_key", "gossip", g_gossip, "CONSUL_ENCRYPT_KEY")
def consul_ansible_vars(v, pos):
    path = pick("group_vars/consul_servers.yml", "inventories/prod/group_vars/consul.yml", "ansible/host_vars/consul-01.yml")
    return path, T('''---
consul_version: "@VER@"
consul_datacenter: "@DC@"
consul_domain: consul
consul_node_role: server
consul_bootstrap_expect: true
consul_raw_key: "@V@"
consul_tls_enable: true
consul_tls_ca_crt: consul-agent-ca.pem
consul_acl_enable: true
consul_acl_default_policy: deny
consul_ports:
  http: -1
  https: 8501
  grpc_tls: 8503
''', VER=ver("consul"), DC=dc(), V=v)


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_HTTP_TOKEN", lang="go")
def consul_go_client(v, pos):
    path = pick("internal/discovery/consul.go", "pkg/registry/client.go", "cmd/agent/consul.go")
    return path, T('''package discovery

import (
	"fmt"
	"time"

	capi "github.com/hashicorp/consul/api"
)

// NewClient returns a Consul client pointed at the local agent.
func NewClient(addr string) (*capi.Client, error) {
	cfg := capi.DefaultConfig()
	cfg.Address = addr
	cfg.Scheme = "https"
	cfg.WaitTime = 15 * time.Second
	cfg.Token = @V@
	cfg.TLSConfig = capi.TLSConfig{CAFile: "/etc/consul.d/tls/consul-agent-ca.pem"}
	c, err := capi.NewClient(cfg)
	if err != nil {
		return nil, fmt.Errorf("consul client: %w", err)
	}
	return c, nil
}
''', V=q(v))


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_HTTP_TOKEN", lang="py")
def consul_py_client(v, pos):
    path = pick("app/discovery.py", "tools/consul_kv_sync.py", "scripts/register_service.py")
    return path, T('''import logging
import os

import consul

log = logging.getLogger(__name__)

CONSUL_HOST = os.environ.get("CONSUL_HOST", "127.0.0.1")


def client():
    return consul.Consul(host=CONSUL_HOST, port=8500, scheme="http", token=@V@)


def sync_kv(prefix, values):
    c = client()
    for key, value in sorted(values.items()):
        ok = c.kv.put("%s/%s" % (prefix, key), value)
        log.info("put %s/%s -> %s", prefix, key, ok)
''', V=q(v))


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_HTTP_TOKEN", lang="sh")
def consul_curl_header(v, pos):
    path = pick("scripts/consul-snapshot.sh", "bin/kv-backup.sh", "ops/drain-node.sh")
    return path, T('''#!/usr/bin/env bash
set -euo pipefail

CONSUL_ADDR="${CONSUL_ADDR:-https://consul.@DOM@:8501}"
TOKEN=@V@
OUT="/var/backups/consul/$(date +%Y%m%d-%H%M).snap"

curl --fail --silent --show-error \\
  --cacert /etc/consul.d/tls/consul-agent-ca.pem \\
  --header "X-Consul-Token: ${TOKEN}" \\
  "${CONSUL_ADDR}/v1/snapshot?stale" -o "$OUT"

echo "snapshot written to $OUT"
find /var/backups/consul -name '*.snap' -mtime +14 -delete
''', DOM=domain(), V=q(v))


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_HTTP_TOKEN")
def consul_gha_env(v, pos):
    path = ".github/workflows/" + pick("consul-kv-sync.yml", "deploy-config.yml", "intentions.yml")
    return path, T('''name: sync consul config
on:
  push:
    branches: [main]
    paths: ["consul/**"]

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      CONSUL_HTTP_ADDR: https://consul.@DOM@
      CONSUL_HTTP_TOKEN: @V@
    steps:
      - uses: actions/checkout@v4
      - name: install consul
        run: |
          curl -fsSLo consul.zip https://releases.hashicorp.com/consul/@VER@/consul_@VER@_linux_amd64.zip
          unzip consul.zip && sudo mv consul /usr/local/bin/
      - name: write config entries
        run: |
          for f in consul/config-entries/*.hcl; do consul config write "$f"; done
''', DOM=domain(), V=v, VER=ver("consul"))


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_SNAPSHOT_TOKEN")
def consul_snapshot_agent_json(v, pos):
    path = pick("etc/consul-snapshot.d/snapshot.json", "consul/snapshot-agent.json")
    d = {"snapshot_agent": {"http_addr": "127.0.0.1:8500", "token": v, "datacenter": dc(),
                            "snapshot": {"interval": "1h", "retain": 72, "stale": False, "service": "consul-snapshot",
                                         "deregister_after": "72h", "lock_key": "consul-snapshot/lock"},
                            "local_storage": {"path": "/var/lib/consul-snapshot"}}}
    return path, json.dumps(d, indent=2) + "\n"


# ================================================================ NOMAD
@tpl("nomad", "gossip_key", "gossip", g_gossip, "NOMAD_GOSSIP_KEY")
def nomad_server_hcl(v, pos):
    path = pre("infra/", "ansible/files/") + pick("etc/nomad.d/server.hcl", "nomad.d/nomad.hcl", "nomad/server.hcl")
    return path, T('''datacenter = "@DC@"
region     = "global"
data_dir   = "/opt/nomad/data"
bind_addr  = "0.0.0.0"

server {
  enabled          = true
  bootstrap_expect = 3
  encrypt          = "@V@"

  server_join {
    retry_join = ["provider=aws tag_key=nomad-role tag_value=server"]
  }
}

acl {
  enabled = true
}

telemetry {
  collection_interval        = "10s"
  publish_allocation_metrics = true
  publish_node_metrics       = true
  prometheus_metrics         = true
}
''', DC=dc(), V=v)


@tpl("nomad", "acl_token", "acl", g_acl, "NOMAD_TOKEN")
def nomad_bootstrap_log(v, pos):
    path = pre("docs/", "runbooks/") + pick("nomad-acl-bootstrap.txt", "nomad/bootstrap.log", "nomad-day0.md")
    return path, T('''ubuntu@@HOST@:~$ nomad acl bootstrap
Accessor ID  = @ACC@
Secret ID    = @V@
Name         = Bootstrap Token
Type         = management
Global       = true
Create Time  = 2024-0@M@-1@D@ 14:02:55.312188113 +0000 UTC
Expiry Time  = <none>
Create Index = 12
Modify Index = 12
Policies     = n/a
Roles        = n/a
ubuntu@@HOST@:~$ nomad acl policy apply -description "Read-only" readonly policies/readonly.hcl
Successfully wrote "readonly" ACL policy!
''', HOST=host("nomad"), ACC=uuid(), V=v, M=R.randint(1, 9), D=R.randint(0, 9))


@tpl("nomad", "acl_token", "acl", g_acl, "NOMAD_TOKEN")
def nomad_gha(v, pos):
    path = ".github/workflows/" + pick("nomad-deploy.yml", "deploy.yml", "release.yaml")
    return path, T('''name: deploy
on:
  workflow_dispatch:
  push:
    tags: ["v*"]

env:
  NOMAD_ADDR: https://nomad.@DOM@:4646
  NOMAD_TOKEN: @V@
  NOMAD_NAMESPACE: @NS@

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/setup-nomad@main
        with:
          version: "@VER@"
      - run: nomad job run -var "image_tag=${GITHUB_REF_NAME}" jobs/@SVC@.nomad.hcl
''', DOM=domain(), V=v, NS=team(), VER=ver("nomad"), SVC=svc())


@tpl("nomad", "password", "password", g_password, "DB_PASSWORD")
def nomad_job_env(v, pos):
    s = svc()
    path = pick("jobs/%s.nomad" % s, "nomad/jobs/%s.nomad.hcl" % s, "deploy/%s.nomad" % s)
    return path, T('''job "@SVC@" {
  datacenters = ["@DC@"]
  type        = "service"

  group "app" {
    count = 2

    network {
      port "http" { to = 8080 }
    }

    service {
      name     = "@SVC@"
      port     = "http"
      provider = "consul"
      check {
        type     = "http"
        path     = "/healthz"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "server" {
      driver = "docker"
      config {
        image = "registry.@DOM@/@SVC@:1.@MINOR@.0"
        ports = ["http"]
      }

      env {
        APP_ENV     = "production"
        DB_HOST     = "postgres.service.consul"
        DB_USER     = "@SVC_U@"
        DB_PASSWORD = "@V@"
      }

      resources {
        cpu    = 500
        memory = 256
      }
    }
  }
}
''', SVC=s, SVC_U=s.replace("-", "_"), DC=dc(), DOM=domain(), MINOR=R.randint(2, 40), V=v)


@tpl("nomad", "password", "password", g_urlpass, "DATABASE_URL")
def nomad_job_template_literal(v, pos):
    s = svc()
    path = pick("nomad/%s.nomad.hcl" % s, "jobs/%s/job.nomad" % s)
    return path, T('''job "@SVC@-worker" {
  datacenters = ["@DC@"]
  type        = "batch"

  periodic {
    crons            = ["15 3 * * *"]
    prohibit_overlap = true
  }

  group "worker" {
    task "run" {
      driver = "exec"
      config {
        command = "/usr/local/bin/@SVC@"
        args    = ["reconcile", "--since", "24h"]
      }

      template {
        destination = "secrets/app.env"
        env         = true
        data        = <<EOH
LOG_LEVEL=info
DATABASE_URL=postgres://@USER@:@V@@pg-primary.service.consul:5432/@DB@?sslmode=require
EOH
      }
    }
  }
}
''', SVC=s, DC=dc(), USER=s.replace("-", "_"), DB=pick("ledger", "app", "core"), V=v)


@tpl("nomad", "vault_token", "vault", g_vault_any, "VAULT_TOKEN")
def nomad_agent_vault(v, pos):
    path = pick("etc/nomad.d/vault.hcl", "nomad/server-vault.hcl", "infra/nomad.d/integrations.hcl")
    return path, T('''# Legacy (token based) Vault integration for Nomad servers
vault {
  enabled          = true
  address          = "https://vault.@DOM@:8200"
  ca_file          = "/etc/nomad.d/tls/vault-ca.pem"
  create_from_role = "nomad-cluster"
  token            = "@V@"
  task_token_ttl   = "1h"
}
''', DOM=domain(), V=v)


@tpl("nomad", "acl_token", "acl", g_acl, "CONSUL_TOKEN")
def nomad_agent_consul(v, pos):
    path = pick("etc/nomad.d/consul.hcl", "nomad/client-consul.hcl")
    return path, T('''consul {
  address             = "127.0.0.1:8500"
  grpc_address        = "127.0.0.1:8502"
  server_service_name = "nomad"
  client_service_name = "nomad-client"
  auto_advertise      = true
  server_auto_join    = true
  client_auto_join    = true
  token               = "@V@"
}
''', V=v)


@tpl("nomad", "acl_token", "acl", g_acl, "NOMAD_TOKEN", lang="py")
def nomad_py_client(v, pos):
    path = pick("tools/nomad_gc.py", "scripts/restart_allocs.py", "ops/nomad_report.py")
    return path, T('''#!/usr/bin/env python3
"""Restart unhealthy allocations of a job."""
import argparse

import nomad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("job")
    ap.add_argument("--namespace", default="default")
    args = ap.parse_args()

    n = nomad.Nomad(host="nomad.@DOM@", port=4646, secure=True, verify=True,
                    namespace=args.namespace, token=@V@)
    for alloc in n.job.get_allocations(args.job):
        if alloc["ClientStatus"] == "running" and not alloc.get("DeploymentStatus", {}).get("Healthy", True):
            n.client.allocation.restart_allocation(alloc["ID"])
            print("restarted", alloc["ID"][:8])


if __name__ == "__main__":
    main()
''', DOM=domain(), V=q(v))


@tpl("nomad", "acl_token", "acl", g_acl, "NOMAD_TOKEN", lang="go")
def nomad_go_client(v, pos):
    path = pick("internal/scheduler/nomad.go", "pkg/deployer/nomad_client.go")
    return path, T('''package deployer

import (
	nomad "github.com/hashicorp/nomad/api"
)

func newNomadClient() (*nomad.Client, error) {
	return nomad.NewClient(&nomad.Config{
		Address:   "https://nomad.@DOM@:4646",
		Region:    "global",
		Namespace: "@NS@",
		SecretID:  @V@,
		TLSConfig: &nomad.TLSConfig{CACert: "/etc/ssl/nomad-ca.pem"},
	})
}
''', DOM=domain(), NS=team(), V=q(v))


@tpl("nomad", "acl_token", "acl", g_acl, "NOMAD_TOKEN", lang="sh")
def nomad_curl(v, pos):
    path = pick("scripts/nomad-drain.sh", "bin/nomad-gc.sh", "ops/rolling-restart.sh")
    return path, T('''#!/bin/sh
# Drain a Nomad client before patching.
NODE_ID="$1"
NOMAD_TOKEN=@V@

curl -sf -X POST \\
  -H "X-Nomad-Token: $NOMAD_TOKEN" \\
  -d '{"DrainSpec":{"Deadline":3600000000000,"IgnoreSystemJobs":true}}' \\
  "https://nomad.@DOM@:4646/v1/node/${NODE_ID}/drain"
''', DOM=domain(), V=q(v))


@tpl("nomad", "gossip_key", "gossip", g_gossip, "NOMAD_ENCRYPT")
def nomad_ansible_vars(v, pos):
    path = pick("group_vars/nomad_servers.yml", "roles/nomad/defaults/main.yml", "inventory/group_vars/nomad.yml")
    return path, T('''---
nomad_version: "@VER@"
nomad_datacenter: "@DC@"
nomad_node_role: server
nomad_bootstrap_expect: 3
nomad_encrypt_enable: true
nomad_encrypt: "@V@"
nomad_acl_enabled: true
nomad_docker_enable: true
nomad_plugins:
  docker:
    config:
      allow_privileged: false
''', VER=ver("nomad"), DC=dc(), V=v)


# ================================================================ VAULT
@tpl("vault", "vault_token", "vault", g_hvs_short, "VAULT_ROOT_TOKEN")
def vault_init_transcript(v, pos):
    path = pre("docs/", "runbooks/", "notes/") + pick("vault-init-2024.md", "vault/initialisation.md", "vault-init.txt")
    keys = "\n".join("Unseal Key %d: %s" % (i, pick("********************************************", "<sealed envelope #%d>" % i, "[stored in 1Password: vault-unseal-%d]" % i))
                     for i in range(1, 6))
    return path, T('''Vault initialisation, cluster @CL@ (@DATE@)
=========================================

$ vault operator init -key-shares=5 -key-threshold=3
@KEYS@

Initial Root Token: @V@

Vault initialized with 5 key shares and a key threshold of 3. Please securely
distribute the key shares printed above. When the Vault is re-sealed,
restarted, or stopped, you must supply at least 3 of these keys to unseal it
before it can start servicing requests.

TODO: revoke the root token once the OIDC auth method is configured.
''', CL=pick("vault-prod", "vault-eu", "vault-shared"), DATE=ts()[:10], KEYS=keys, V=v)


@tpl("vault", "unseal_key", "unseal", g_unseal, "VAULT_UNSEAL_KEY")
def vault_unseal_share_note(v, pos):
    path = pick("keyholders/share-3.txt", "docs/unseal/keyholder-%s.md" % pick("alice", "bob", "chen", "dana"), "notes/vault-unseal.md")
    return path, T('''Keyholder note - Vault @CL@
Your key share (do not copy anywhere else):

Unseal Key 3: @V@

Threshold is 3 of 5. Other holders: platform lead, security lead, CTO, SRE manager.
Unseal procedure: `vault operator unseal` on each node, paste the share at the prompt.
''', CL=pick("prod", "shared-services", "eu-central"), V=v)


@tpl("vault", "unseal_key", "unseal", g_unseal, "UNSEAL_KEY", lang="sh")
def vault_unseal_script(v, pos):
    path = pick("scripts/unseal.sh", "bin/vault-unseal-all.sh", "ops/vault/unseal-nodes.sh")
    return path, T('''#!/usr/bin/env bash
# Unseal every Vault node after a restart (dev/staging only!)
set -e
KEY=@V@
for n in vault-0 vault-1 vault-2; do
  echo "unsealing $n"
  kubectl -n vault exec "$n" -- vault operator unseal "$KEY"
done
kubectl -n vault exec vault-0 -- vault status
''', V=q(v))


@tpl("vault", "unseal_key", "unseal", g_unseal, "VAULT_UNSEAL_KEY_0")
def vault_unseal_k8s_secret(v, pos):
    path = pick("k8s/vault/unseal-keys.yaml", "clusters/staging/vault-unseal.yaml")
    return path, T('''apiVersion: v1
kind: Secret
metadata:
  name: vault-unseal-keys
  namespace: vault
type: Opaque
stringData:
  vault-unseal-0: "@V@"
''', V=v)


@tpl("vault", "vault_token", "vault", g_vault_any, "VAULT_TOKEN", lang="sh")
def vault_export_sh(v, pos):
    path = pick("deploy.sh", "scripts/bootstrap-secrets.sh", "ci/publish.sh", "tools/rotate-db-creds.sh")
    return path, T('''#!/usr/bin/env bash
set -euo pipefail

export VAULT_ADDR=https://vault.@DOM@:8200
export VAULT_NAMESPACE=admin/@TEAM@
export VAULT_TOKEN=@V@

vault kv put secret/@SVC@/config log_level=info feature_flags=beta
vault write -f database/rotate-root/@SVC@-pg
vault read -format=json database/creds/@SVC@-ro | jq -r .lease_id > .lease
''', DOM=domain(), TEAM=team(), SVC=svc(), V=q(v))


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TOKEN")
def vault_gitlab_ci(v, pos):
    path = ".gitlab-ci.yml"
    return path, T('''stages: [test, deploy]

variables:
  VAULT_ADDR: "https://vault.@DOM@"
  VAULT_TOKEN: "@V@"
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: hashicorp/vault:@VER@
  script:
    - export DB_PASS=$(vault kv get -field=password secret/@SVC@/db)
    - ./deploy.sh
  only: [main]
''', DOM=domain(), V=v, VER=ver("vault"), SVC=svc())


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TOKEN", lang="sh")
def vault_curl_header(v, pos):
    path = pick("scripts/read-secret.sh", "docs/examples/kv-read.sh", "ops/pki-issue.sh")
    return path, T('''#!/bin/sh
curl --silent \\
  --header "X-Vault-Token: @V@" \\
  --header "X-Vault-Namespace: admin" \\
  --request POST \\
  --data '{"common_name": "@SVC@.service.consul", "ttl": "72h"}' \\
  https://vault.@DOM@:8200/v1/pki_int/issue/consul-services | jq -r .data.certificate
''', V=v if not isinstance(v, Raw) else "$VAULT_TOKEN", SVC=svc(), DOM=domain())


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TOKEN", lang="py")
def vault_hvac(v, pos):
    path = pick("app/secrets.py", "src/config/vault_client.py", "jobs/rotate_keys.py")
    return path, T('''import hvac

VAULT_URL = "https://vault.@DOM@:8200"


def get_client():
    client = hvac.Client(url=VAULT_URL, token=@V@, verify="/etc/ssl/certs/internal-ca.pem")
    if not client.is_authenticated():
        raise RuntimeError("vault authentication failed")
    return client


def read_db_config(path="@SVC@/db"):
    resp = get_client().secrets.kv.v2.read_secret_version(path=path, mount_point="secret")
    return resp["data"]["data"]
''', DOM=domain(), SVC=svc(), V=q(v))


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TOKEN", lang="go")
def vault_go_client(v, pos):
    path = pick("internal/secrets/vault.go", "pkg/vault/client.go")
    return path, T('''package secrets

import (
	"context"

	vault "github.com/hashicorp/vault/api"
)

func ReadConfig(ctx context.Context) (map[string]interface{}, error) {
	cfg := vault.DefaultConfig()
	cfg.Address = "https://vault.@DOM@:8200"
	client, err := vault.NewClient(cfg)
	if err != nil {
		return nil, err
	}
	client.SetToken(@V@)
	s, err := client.KVv2("secret").Get(ctx, "@SVC@/config")
	if err != nil {
		return nil, err
	}
	return s.Data, nil
}
''', DOM=domain(), SVC=svc(), V=q(v))


@tpl("vault", "vault_token", "vault", g_s_legacy, "VAULT_TOKEN", lang="groovy")
def vault_jenkinsfile(v, pos):
    path = pick("Jenkinsfile", "ci/Jenkinsfile", "jenkins/deploy.Jenkinsfile")
    return path, T('''pipeline {
    agent { label 'docker' }
    environment {
        VAULT_ADDR  = 'https://vault.@DOM@:8200'
        VAULT_TOKEN = @V@
    }
    stages {
        stage('Fetch config') {
            steps {
                sh 'vault kv get -format=json secret/@SVC@/ci > ci.json'
            }
        }
        stage('Build') {
            steps {
                sh 'make build'
            }
        }
    }
}
''', DOM=domain(), SVC=svc(), V=q(v, "'"))


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TOKEN")
def vault_dockerfile(v, pos):
    path = pick("Dockerfile", "docker/vault-agent/Dockerfile", "images/migrator/Dockerfile")
    return path, T('''FROM hashicorp/vault:@VER@ AS vault

FROM alpine:3.19
RUN apk add --no-cache ca-certificates jq curl
COPY --from=vault /bin/vault /usr/local/bin/vault
ENV VAULT_ADDR=https://vault.@DOM@:8200 \\
    VAULT_TOKEN=@V@
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
''', VER=ver("vault"), DOM=domain(), V=v)


@tpl("vault", "vault_token", "vault", g_hvs_short, "vault_token")
def vault_tfvars(v, pos):
    path = pick("terraform/vault-config/terraform.tfvars", "envs/prod/vault.auto.tfvars", "vault-policies/prod.tfvars")
    return path, T('''vault_address   = "https://vault.@DOM@:8200"
vault_namespace = "admin"
vault_token     = "@V@"

kv_mounts = ["secret", "@TEAM@-kv"]
approle_roles = {
  "@SVC@" = { token_ttl = 3600, policies = ["@SVC@-read"] }
}
''', DOM=domain(), V=v, TEAM=team(), SVC=svc())


@tpl("vault", "secret_id", "secret_id", uuid4, "VAULT_SECRET_ID")
def approle_ansible(v, pos):
    path = pick("group_vars/all/vault.yml", "inventories/prod/group_vars/app.yml", "roles/app/vars/main.yml")
    return path, T('''---
vault_addr: "https://vault.@DOM@:8200"
vault_auth_method: approle
vault_approle_mount: approle
vault_role_id: "@RID@"
vault_secret_id: "@V@"
app_secrets_path: "secret/data/@SVC@"
''', DOM=domain(), RID=uuid4(), V=v, SVC=svc())


@tpl("vault", "secret_id", "secret_id", uuid4, "SECRET_ID", lang="sh")
def approle_login_sh(v, pos):
    path = pick("scripts/ci-login.sh", "ci/vault-login.sh", ".buildkite/hooks/pre-command")
    return path, T('''#!/usr/bin/env bash
set -euo pipefail
ROLE_ID="@RID@"
SECRET_ID=@V@

VAULT_TOKEN=$(vault write -field=token auth/approle/login \\
  role_id="$ROLE_ID" secret_id="$SECRET_ID")
export VAULT_TOKEN
vault token lookup -format=json | jq '.data.policies'
''', RID=uuid4(), V=q(v))


@tpl("vault", "secret_id", "secret_id", uuid4, "VAULT_SECRET_ID", lang="py")
def approle_hvac(v, pos):
    path = pick("worker/vault_auth.py", "app/bootstrap.py")
    return path, T('''import hvac

ROLE_ID = "@RID@"


def login():
    client = hvac.Client(url="https://vault.@DOM@:8200")
    client.auth.approle.login(
        role_id=ROLE_ID,
        secret_id=@V@,
    )
    return client
''', RID=uuid4(), DOM=domain(), V=q(v))


@tpl("vault", "secret_id", "secret_id", uuid4, "TF_VAR_approle_secret_id")
def approle_tf_provider(v, pos):
    path = pick("terraform/providers.tf", "vault-config/main.tf", "infra/vault/provider.tf")
    return path, T('''terraform {
  required_providers {
    vault = {
      source  = "hashicorp/vault"
      version = "~> 4.2"
    }
  }
}

provider "vault" {
  address   = "https://vault.@DOM@:8200"
  namespace = "admin"

  auth_login {
    path = "auth/approle/login"
    parameters = {
      role_id   = "@RID@"
      secret_id = "@V@"
    }
  }
}
''', DOM=domain(), RID=uuid4(), V=v)


@tpl("vault", "secret_id", "secret_id", uuid4, "SPRING_CLOUD_VAULT_APP_ROLE_SECRET_ID")
def approle_spring_properties(v, pos):
    path = pick("src/main/resources/bootstrap.properties", "src/main/resources/application-prod.properties")
    return path, T('''spring.application.name=@SVC@
spring.cloud.vault.uri=https://vault.@DOM@:8200
spring.cloud.vault.authentication=APPROLE
spring.cloud.vault.app-role.role-id=@RID@
spring.cloud.vault.app-role.secret-id=@V@
spring.cloud.vault.kv.enabled=true
spring.cloud.vault.kv.backend=secret
management.endpoints.web.exposure.include=health,info
''', SVC=svc(), DOM=domain(), RID=uuid4(), V=v)


@tpl("vault", "password", "password", g_urlpass, "VAULT_PG_CONNECTION_URL")
def vault_storage_pg(v, pos):
    path = pick("etc/vault.d/vault.hcl", "vault/config/vault.hcl", "infra/vault/server.hcl")
    return path, T('''ui            = true
cluster_name  = "@CL@"
api_addr      = "https://vault.@DOM@:8200"
cluster_addr  = "https://@IP@:8201"
disable_mlock = true

storage "postgresql" {
  connection_url = "postgres://vault:@V@@pg-vault.@DOM@:5432/vault?sslmode=verify-full"
  table          = "vault_kv_store"
  ha_enabled     = "true"
  ha_table       = "vault_ha_locks"
}

listener "tcp" {
  address       = "0.0.0.0:8200"
  tls_cert_file = "/etc/vault.d/tls/vault.crt"
  tls_key_file  = "/etc/vault.d/tls/vault.key"
}
''', CL=pick("vault-prod", "vault-dr"), DOM=domain(), IP=ip(), V=v)


@tpl("vault", "password", "password", g_password, "VAULT_MYSQL_PASSWORD")
def vault_storage_mysql(v, pos):
    path = pick("vault/vault.hcl", "config/vault-mysql.hcl")
    return path, T('''storage "mysql" {
  address  = "mysql.@DOM@:3306"
  username = "vault"
  password = "@V@"
  database = "vault"
  tls_ca_file = "/etc/vault.d/tls/mysql-ca.pem"
  ha_enabled  = "true"
}

listener "tcp" {
  address     = "0.0.0.0:8200"
  tls_disable = false
  tls_cert_file = "/etc/vault.d/tls/vault.crt"
  tls_key_file  = "/etc/vault.d/tls/vault.key"
}

api_addr = "https://vault.@DOM@:8200"
''', DOM=domain(), V=v)


@tpl("vault", "acl_token", "acl", g_acl, "VAULT_CONSUL_STORAGE_TOKEN")
def vault_storage_consul(v, pos):
    path = pick("etc/vault.d/storage.hcl", "vault/server.hcl")
    return path, T('''storage "consul" {
  address = "127.0.0.1:8500"
  path    = "vault/"
  token   = "@V@"
  service = "vault"
  service_tags = "@DC@"
}

ha_storage "consul" {
  address = "127.0.0.1:8500"
  path    = "vault-ha/"
}
''', V=v, DC=dc())


@tpl("vault", "aws_secret_key", "aws", g_aws_secret, "AWS_SECRET_ACCESS_KEY")
def vault_seal_awskms(v, pos):
    path = pick("etc/vault.d/seal.hcl", "vault/config/auto-unseal.hcl")
    akid = g_aws_id() if pos else pick("<access-key-id>", "${AWS_ACCESS_KEY_ID}", "")
    return path, T('''seal "awskms" {
  region     = "@REG@"
  access_key = "@AK@"
  secret_key = "@V@"
  kms_key_id = "@KID@"
}
''', REG=pick("us-east-1", "eu-west-1", "ap-southeast-2"), AK=akid, V=v, KID=uuid4())


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TRANSIT_SEAL_TOKEN")
def vault_seal_transit(v, pos):
    path = pick("vault/config/seal-transit.hcl", "etc/vault.d/seal.hcl")
    return path, T('''# Auto-unseal against the central "unsealer" Vault cluster
seal "transit" {
  address         = "https://unsealer.@DOM@:8200"
  token           = "@V@"
  disable_renewal = "false"
  key_name        = "autounseal-@CL@"
  mount_path      = "transit/"
  tls_ca_cert     = "/etc/vault.d/tls/unsealer-ca.pem"
}
''', DOM=domain(), V=v, CL=pick("prod", "eu", "apac"))


@tpl("vault", "client_secret", "azure", g_azure_secret, "AZURE_CLIENT_SECRET")
def vault_seal_azure(v, pos):
    path = pick("vault/seal-azure.hcl", "etc/vault.d/azure-seal.hcl")
    return path, T('''seal "azurekeyvault" {
  tenant_id      = "@TEN@"
  client_id      = "@CID@"
  client_secret  = "@V@"
  vault_name     = "kv-vault-unseal-@N@"
  key_name       = "vault-unseal"
}
''', TEN=uuid4(), CID=uuid4(), V=v, N=R.randint(10, 99))


@tpl("vault", "transit_key", "kms", g_kms, "TRANSIT_KEY")
def vault_transit_export(v, pos):
    path = pick("backups/transit-export-%s.json" % pick("payments", "pii", "tokens"), "ops/transit/export.json")
    d = {"request_id": uuid4(), "lease_id": "", "renewable": False, "lease_duration": 0,
         "data": {"keys": {"1": v}, "name": pick("payments", "pii-fields", "card-tokens"), "type": "aes256-gcm96"},
         "wrap_info": None, "warnings": None, "auth": None}
    return path, json.dumps(d, indent=2) + "\n"


@tpl("vault", "password", "password", g_password, "PG_ADMIN_PASSWORD", lang="sh")
def vault_db_config_sh(v, pos):
    path = pick("scripts/vault-db-engine.sh", "setup/configure-dynamic-creds.sh")
    return path, T('''#!/usr/bin/env bash
set -e
vault secrets enable -path=database database || true

vault write database/config/@DB@ \\
    plugin_name=postgresql-database-plugin \\
    allowed_roles="@DB@-ro,@DB@-rw" \\
    connection_url="postgresql://{{username}}:{{password}}@pg.@DOM@:5432/@DB@" \\
    username="vault_admin" \\
    password=@V@

vault write database/roles/@DB@-ro db_name=@DB@ default_ttl=1h max_ttl=24h \\
    creation_statements=@ro.sql
''', DB=pick("ledger", "orders", "catalog"), DOM=domain(), V=q(v))


@tpl("vault", "vault_token", "vault", g_hvb, "VAULT_BATCH_TOKEN")
def vault_batch_yaml(v, pos):
    path = pick("config/app.yaml", "deploy/values-prod.yaml", "helm/%s/values.yaml" % svc())
    return path, T('''replicaCount: 3
image:
  repository: registry.@DOM@/@SVC@
  tag: "2.@N@.1"
vault:
  address: https://vault.@DOM@:8200
  authToken: "@V@"
  kvPath: secret/data/@SVC@
resources:
  limits:
    cpu: 500m
    memory: 512Mi
''', DOM=domain(), SVC=svc(), N=R.randint(0, 30), V=v)


@tpl("vault", "password", "password", g_urlpass, "VAULT_STORAGE_PASSWORD")
def vault_helm_values(v, pos):
    path = pick("helm/vault/values.yaml", "charts/vault-values-prod.yaml", "clusters/prod/vault/values.yaml")
    return path, T('''global:
  enabled: true
  tlsDisable: false
injector:
  enabled: true
server:
  image:
    repository: hashicorp/vault
    tag: "@VER@"
  standalone:
    enabled: true
    config: |
      ui = true
      listener "tcp" {
        address = "[::]:8200"
        tls_cert_file = "/vault/userconfig/vault-tls/tls.crt"
        tls_key_file  = "/vault/userconfig/vault-tls/tls.key"
      }
      storage "postgresql" {
        connection_url = "postgres://vault:@V@@vault-db.@DOM@:5432/vault"
      }
  dataStorage:
    enabled: false
ui:
  enabled: true
''', VER=ver("vault"), V=v, DOM=domain())


@tpl("vault", "private_key", "pem", g_ec_pem, "VAULT_TLS_KEY")
def vault_tls_ansible(v, pos):
    path = pick("host_vars/vault-01.yml", "group_vars/vault/tls.yml")
    body = "\n".join("  " + l for l in v.splitlines()) if v else "  "
    return path, T('''---
vault_tls_disable: false
vault_tls_cert_file: /etc/vault.d/tls/vault.crt
vault_tls_key_file: /etc/vault.d/tls/vault.key
vault_tls_key_content: |
@BODY@
vault_tls_min_version: tls12
''', BODY=body)


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TOKEN", w=0.45)
def vault_dotenv(v, pos):
    path = pick(".env", ".env.local", "services/%s/.env" % svc())
    if not pos:
        path = pick(".env.example", ".env.sample", "env.example")
    return path, T('''VAULT_ADDR=https://vault.@DOM@:8200
VAULT_TOKEN=@V@
VAULT_SKIP_VERIFY=false
APP_PORT=8080
''', DOM=domain(), V=v)


@tpl("vault", "vault_token", "vault", g_hvr, "VAULT_RECOVERY_TOKEN", w=0.5)
def vault_recovery_notes(v, pos):
    path = pick("incidents/2024-vault-recovery.md", "docs/postmortems/vault-raft-recovery.md")
    return path, T('''## Timeline

* 02:14 raft quorum lost after two nodes were replaced at once
* 02:40 started vault-0 with `-recovery` flag
* 02:52 generated a recovery token:

    vault operator generate-root -generate-otp -recovery-token
    ...
    Encoded Token   ...
    decoded: @V@

* 03:05 removed stale peers with `sys/raft/remove-peer`, restarted normally
''', V=v)


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TOKEN")
def envconsul_hcl(v, pos):
    path = pick("envconsul/config.hcl", "etc/envconsul.hcl", "deploy/envconsul.hcl")
    return path, T('''vault {
  address     = "https://vault.@DOM@:8200"
  token       = "@V@"
  renew_token = true
  ssl {
    enabled = true
    verify  = true
    ca_cert = "/etc/ssl/internal-ca.pem"
  }
}

secret {
  no_prefix = true
  path      = "secret/data/@SVC@"
}

exec {
  command = "/usr/local/bin/@SVC@ serve"
  splay   = "5s"
}
''', DOM=domain(), V=v, SVC=svc())


@tpl("vault", "vault_token", "vault", g_hvs, "VAULT_TOKEN")
def consul_template_vault(v, pos):
    path = pick("consul-template/vault.hcl", "etc/consul-template.d/vault.hcl")
    return path, T('''vault {
  address              = "https://vault.@DOM@:8200"
  vault_agent_token_file = ""
  token                = "@V@"
  unwrap_token         = false
  renew_token          = true
}

template {
  source      = "/etc/consul-template.d/db.ctmpl"
  destination = "/etc/@SVC@/db.ini"
  perms       = 0600
}
''', DOM=domain(), V=v, SVC=svc())


# ================================================================ BOUNDARY
@tpl("boundary", "activation_token", "neslat", g_neslat, "BOUNDARY_ACT_TOKEN")
def boundary_worker_hcl(v, pos):
    path = pick("etc/boundary.d/worker.hcl", "boundary/worker.hcl", "deploy/boundary-worker/config.hcl")
    return path, T('''disable_mlock = true

listener "tcp" {
  address = "0.0.0.0:9202"
  purpose = "proxy"
}

worker {
  public_addr       = "@HOST@.@DOM@"
  auth_storage_path = "/var/lib/boundary/worker"
  initial_upstreams = ["@IP@:9201"]
  controller_generated_activation_token = "@V@"
  tags {
    type   = ["@TEAM@", "downstream"]
    region = ["@DC@"]
  }
}
''', HOST=host("boundary"), DOM=domain(), IP=ip(), V=v, TEAM=team(), DC=dc())


@tpl("boundary", "kms_key", "kms", g_kms, "BOUNDARY_ROOT_KEY")
def boundary_controller_kms(v, pos):
    path = pick("etc/boundary.d/controller.hcl", "boundary/controller.hcl", "infra/boundary/controller.hcl")
    return path, T('''disable_mlock = true

controller {
  name        = "controller-@N@"
  description = "Boundary controller"
  database {
    url = "env://BOUNDARY_PG_URL"
  }
  public_cluster_addr = "boundary.@DOM@"
}

listener "tcp" {
  address     = "0.0.0.0:9200"
  purpose     = "api"
  tls_disable = false
  tls_cert_file = "/etc/boundary.d/tls/api.crt"
  tls_key_file  = "/etc/boundary.d/tls/api.key"
}

listener "tcp" {
  address = "0.0.0.0:9201"
  purpose = "cluster"
}

kms "aead" {
  purpose   = "@PURP@"
  aead_type = "aes-gcm"
  key       = "@V@"
  key_id    = "global_@PURP@"
}

kms "awskms" {
  purpose    = "worker-auth"
  region     = "us-east-1"
  kms_key_id = "alias/boundary-worker-auth"
}
''', N=R.randint(0, 2), DOM=domain(), V=v, PURP=pick("root", "recovery", "bsr"))


@tpl("boundary", "kms_key", "kms", g_kms, "BOUNDARY_WORKER_AUTH_KEY")
def boundary_worker_kms(v, pos):
    path = pick("boundary/worker-kms.hcl", "etc/boundary.d/worker-kms.hcl")
    return path, T('''worker {
  name        = "@HOST@"
  public_addr = "@IP@"
  initial_upstreams = ["boundary-controller.@DOM@:9201"]
}

kms "aead" {
  purpose   = "worker-auth"
  aead_type = "aes-gcm"
  key       = "@V@"
  key_id    = "global_worker-auth"
}
''', HOST=host("worker"), IP=ip(), DOM=domain(), V=v)


@tpl("boundary", "auth_token", "bat", g_boundary_at, "BOUNDARY_TOKEN", lang="sh")
def boundary_token_sh(v, pos):
    path = pick("scripts/ssh-prod.sh", "bin/boundary-connect.sh", "tools/db-tunnel.sh")
    return path, T('''#!/usr/bin/env bash
export BOUNDARY_ADDR=https://boundary.@DOM@
export BOUNDARY_TOKEN=@V@
TARGET=${1:-ttcp_@TID@}
boundary connect postgres -target-id "$TARGET" -dbname @DB@
''', DOM=domain(), V=q(v), TID=rs(B62, 10), DB=pick("ledger", "app"))


@tpl("boundary", "password", "password", g_password, "BOUNDARY_ADMIN_PASSWORD")
def boundary_tf_provider(v, pos):
    path = pick("boundary/main.tf", "terraform/boundary/provider.tf")
    return path, T('''provider "boundary" {
  addr                   = "https://boundary.@DOM@"
  auth_method_id         = "ampw_@AM@"
  auth_method_login_name = "admin"
  auth_method_password   = "@V@"
}

resource "boundary_scope" "org" {
  scope_id                 = "global"
  name                     = "@TEAM@"
  auto_create_admin_role   = true
  auto_create_default_role = true
}
''', DOM=domain(), AM=rs(B62, 10), V=v, TEAM=team())


# ================================================================ WAYPOINT
@tpl("waypoint", "api_token", "waypoint", g_waypoint, "WAYPOINT_TOKEN", lang="sh")
def waypoint_context_sh(v, pos):
    path = pick("scripts/waypoint-login.sh", "ci/setup-waypoint.sh")
    return path, T('''#!/bin/sh
set -e
waypoint context create \\
  -server-addr=waypoint.@DOM@:9701 \\
  -server-auth-token=@V@ \\
  -server-require-auth=true \\
  -server-tls-skip-verify=false \\
  -set-default ci
waypoint up -app @SVC@
''', DOM=domain(), V=v if not isinstance(v, Raw) else "$WAYPOINT_TOKEN", SVC=svc())


@tpl("waypoint", "api_token", "waypoint", g_waypoint, "WAYPOINT_TOKEN")
def waypoint_gha(v, pos):
    path = ".github/workflows/" + pick("waypoint.yml", "deploy-waypoint.yml")
    return path, T('''name: waypoint up
on: [push]
jobs:
  up:
    runs-on: ubuntu-latest
    env:
      WAYPOINT_SERVER_ADDR: waypoint.@DOM@:9701
      WAYPOINT_SERVER_TLS: "1"
      WAYPOINT_SERVER_TOKEN: @V@
    steps:
      - uses: actions/checkout@v4
      - run: waypoint init && waypoint up -plain
''', DOM=domain(), V=v)


# ================================================================ HCP
@tpl("hcp", "client_secret", "hcp", g_hcp_secret, "HCP_CLIENT_SECRET")
def hcp_gha(v, pos):
    path = ".github/workflows/" + pick("packer-build.yml", "hcp-packer.yml", "golden-image.yml")
    return path, T('''name: build golden image
on:
  schedule:
    - cron: "0 4 * * 1"
jobs:
  packer:
    runs-on: ubuntu-latest
    env:
      HCP_CLIENT_ID: @CID@
      HCP_CLIENT_SECRET: @V@
      HCP_PACKER_BUILD_FINGERPRINT: run.${{ github.run_id }}.${{ github.run_attempt }}
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/setup-packer@main
      - run: packer init images/
      - run: packer build images/
''', CID=g_hcp_id(), V=v)


@tpl("hcp", "client_secret", "hcp", g_hcp_secret, "HCP_CLIENT_SECRET")
def hcp_tf_provider(v, pos):
    path = pick("hcp/main.tf", "terraform/hcp-vault/providers.tf")
    return path, T('''provider "hcp" {
  client_id     = "@CID@"
  client_secret = "@V@"
  project_id    = "@PID@"
}

resource "hcp_hvn" "main" {
  hvn_id         = "main-hvn"
  cloud_provider = "aws"
  region         = "us-west-2"
  cidr_block     = "172.25.16.0/20"
}
''', CID=g_hcp_id(), V=v, PID=uuid4())


@tpl("hcp", "client_secret", "hcp", g_hcp_secret, "HCP_CLIENT_SECRET", lang="sh")
def hcp_packer_sh(v, pos):
    path = pick("images/build.sh", "packer/build-ami.sh")
    return path, T('''#!/usr/bin/env bash
set -euo pipefail
export HCP_CLIENT_ID="@CID@"
export HCP_CLIENT_SECRET=@V@
export HCP_ORGANIZATION_ID="@ORG@"
export HCP_PROJECT_ID="@PID@"

packer init .
packer build -var "version=$(git describe --tags)" ubuntu-base.pkr.hcl
''', CID=g_hcp_id(), V=q(v), ORG=uuid4(), PID=uuid4())


# ================================================================ TERRAFORM CLOUD / ENTERPRISE
@tpl("terraform-cloud", "api_token", "tfc", g_tfc, "TFE_TOKEN")
def tfc_terraformrc(v, pos):
    path = pick(".terraformrc", "ci/terraformrc", "docker/runner/terraform.rc")
    return path, T('''plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "@HOSTN@" {
  token = "@V@"
}
''', HOSTN=pick("app.terraform.io", "tfe.%s" % domain()), V=v)


@tpl("terraform-cloud", "api_token", "tfc", g_tfc, "TFE_TOKEN")
def tfc_credentials_json(v, pos):
    path = pick(".terraform.d/credentials.tfrc.json", "ci/credentials.tfrc.json")
    d = {"credentials": {pick("app.terraform.io", "tfe." + domain()): {"token": v}}}
    return path, json.dumps(d, indent=2) + "\n"


@tpl("terraform-cloud", "api_token", "tfc", g_tfc, "TF_TOKEN_app_terraform_io")
def tfc_gha_env(v, pos):
    path = ".github/workflows/" + pick("terraform.yml", "tf-plan.yml", "infra.yml")
    return path, T('''name: terraform
on:
  pull_request:
    paths: ["terraform/**"]
jobs:
  plan:
    runs-on: ubuntu-latest
    env:
      TF_CLOUD_ORGANIZATION: @ORG@
      TF_TOKEN_app_terraform_io: @V@
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=terraform init
      - run: terraform -chdir=terraform plan -no-color
''', ORG=pick("acme-corp", "example-inc", "platform-team"), V=v)


@tpl("terraform-cloud", "api_token", "tfc", g_tfc, "TFE_TOKEN", lang="py")
def tfc_py_requests(v, pos):
    path = pick("tools/tfc_trigger_run.py", "scripts/workspace_report.py")
    return path, T('''import requests

TFC = "https://app.terraform.io/api/v2"
HEADERS = {
    "Authorization": "Bearer " + @V@,
    "Content-Type": "application/vnd.api+json",
}


def list_workspaces(org="@ORG@"):
    r = requests.get(f"{TFC}/organizations/{org}/workspaces", headers=HEADERS, timeout=30)
    r.raise_for_status()
    return [w["attributes"]["name"] for w in r.json()["data"]]
''', V=q(v), ORG=pick("acme-corp", "example-inc"))


@tpl("terraform-cloud", "api_token", "tfc", g_tfc, "TFC_TOKEN")
def cts_tfc_driver(v, pos):
    path = pick("cts/config-tfc.hcl", "cts.hcl")
    return path, T('''consul {
  address = "consul.service.consul:8500"
}

driver "terraform-cloud" {
  hostname     = "https://app.terraform.io"
  organization = "@ORG@"
  token        = "@V@"
  workspaces {
    tags = ["cts", "@TEAM@"]
  }
}
''', ORG=pick("acme-corp", "example-inc"), V=v, TEAM=team())


@tpl("terraform-cloud", "agent_token", "tfc", g_tfc, "TFC_AGENT_TOKEN")
def tfc_agent_compose(v, pos):
    path = pick("docker-compose.yml", "agents/tfc-agent/compose.yaml")
    return path, T('''services:
  tfc-agent:
    image: hashicorp/tfc-agent:latest
    restart: unless-stopped
    environment:
      TFC_AGENT_NAME: "agent-@N@"
      TFC_AGENT_TOKEN: "@V@"
      TFC_AGENT_LOG_LEVEL: info
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
''', N=R.randint(1, 9), V=v)


@tpl("consul", "acl_token", "acl", g_acl, "CONSUL_HTTP_TOKEN")
def consul_helm_values_snapshot(v, pos):
    path = pick("helm/consul/values.yaml", "clusters/prod/consul/values-override.yaml")
    return path, T('''global:
  name: consul
  datacenter: @DC@
  tls:
    enabled: true
  acls:
    manageSystemACLs: true
  gossipEncryption:
    autoGenerate: true
server:
  replicas: 3
  extraConfig: |
    {
      "log_level": "INFO",
      "acl": {"tokens": {"default": "@V@"}}
    }
connectInject:
  enabled: true
''', DC=dc(), V=v)


# ================================================================ LOOK-ALIKE NEGATIVES
NEGS = []


def neg(provider, kind):
    def deco(fn):
        NEGS.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


def accessor24():
    return rs(B62, 24)


@neg("consul", "accessor_id")
def n_consul_token_list(_):
    rows = []
    for desc in ["Bootstrap Token (Global Management)", "Anonymous Token", "agent token %s" % host("web"), "%s service token" % svc()]:
        rows.append("AccessorID:       %s\nSecretID:         %s\nDescription:      %s\nLocal:            false\nCreate Time:      2024-02-0%d 10:1%d:22 +0000 UTC\nLegacy:           false\n"
                    % (uuid() if "Anonymous" not in desc else "00000000-0000-0000-0000-000000000002", pick("<hidden>", "********"), desc, R.randint(1, 9), R.randint(0, 9)))
    return pick("docs/consul-tokens.txt", "audit/consul-acl-token-list.log"), "$ consul acl token list\n" + "\n".join(rows)


@neg("vault", "token_accessor")
def n_vault_token_lookup(_):
    return pick("notes/token-lookup.txt", "docs/debug/vault-token.md"), T('''$ vault token lookup -accessor @ACC@
Key                 Value
---                 -----
accessor            @ACC@
creation_time       17@N@
creation_ttl        768h
display_name        approle
entity_id           @ENT@
expire_time         2024-06-0@D@T10:00:00.12345Z
explicit_max_ttl    0s
id                  n/a
issue_time          2024-05-0@D@T10:00:00.12345Z
meta                map[role_name:@SVC@]
num_uses            0
orphan              true
path                auth/approle/login
policies            [default @SVC@-read]
renewable           true
ttl                 767h59m12s
type                service
''', ACC=accessor24(), N=rs("0123456789", 8), ENT=uuid4(), D=R.randint(1, 9), SVC=svc())


@neg("vault", "role_id")
def n_role_id(_):
    return pick("docs/approle.md", "runbooks/new-service-approle.md"), T('''# AppRole for @SVC@

The role id is not a secret; it is baked into the AMI. The secret id is
delivered at boot by the trusted orchestrator (response-wrapped, single use).

```
$ vault read auth/approle/role/@SVC@/role-id
Key        Value
---        -----
role_id    @RID@
```

```
$ vault write -wrap-ttl=120s -f auth/approle/role/@SVC@/secret-id
Key                              Value
---                              -----
wrapping_token:                  <redacted>
wrapping_accessor:               @WA@
wrapping_token_ttl:              2m
wrapping_token_creation_time:    2024-04-02 11:02:43.091 +0000 UTC
```
''', SVC=svc(), RID=uuid4(), WA=accessor24())


@neg("vault", "role_id")
def n_role_id_agent(_):
    return pick("etc/vault-agent.d/agent.hcl", "vault-agent/config.hcl"), T('''pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.@DOM@:8200"
}

auto_auth {
  method "approle" {
    mount_path = "auth/approle"
    config = {
      role_id_file_path                   = "/etc/vault-agent.d/role_id"
      secret_id_file_path                 = "/etc/vault-agent.d/secret_id"
      remove_secret_id_file_after_reading = true
    }
  }
  sink "file" {
    config = { path = "/run/vault/.token", mode = 0640 }
  }
}

template {
  source      = "/etc/vault-agent.d/app.ctmpl"
  destination = "/etc/@SVC@/app.env"
}
''', DOM=domain(), SVC=svc())


@neg("vault", "lease_id")
def n_lease_list(_):
    p = pick("database/creds/readonly", "aws/creds/deploy", "consul/creds/%s" % svc())
    lines = "\n".join("%s/%s" % (p, rs(B62, 24)) for _ in range(R.randint(4, 8)))
    return pick("ops/lease-cleanup.txt", "debug/leases.log"), "$ vault list sys/leases/lookup/%s\nKeys\n----\n%s\n\n$ vault lease revoke -prefix %s\nAll revocation operations queued successfully!\n" % (p, lines, p)


@neg("nomad", "node_id")
def n_nomad_node_status(_):
    rows = "\n".join("%s  %s  %s  %-18s %s  false  eligible     ready" % (uuid4()[:8], dc(), ip(), host("nomad-client"), pick("linux ", "linux ")) for _ in range(5))
    return pick("docs/cluster-state.md", "reports/nomad-nodes.txt"), "$ nomad node status\nID        DC        Address      Name               Class  Drain  Eligibility  Status\n" + rows + "\n"


@neg("nomad", "alloc_id")
def n_nomad_job_status(_):
    s = svc()
    allocs = "\n".join("%s  %s  app         %d        run      running   %dm ago   %dm ago" % (uuid4()[:8], uuid4()[:8], R.randint(3, 9), R.randint(5, 59), R.randint(1, 5)) for _ in range(3))
    full = uuid4()
    return pick("incidents/%s-status.log" % s, "notes/nomad-job.txt"), T('''$ nomad job status @SVC@
ID            = @SVC@
Name          = @SVC@
Type          = service
Priority      = 50
Datacenters   = @DC@
Namespace     = default
Status        = running

Latest Deployment
ID          = @DEP@
Status      = successful

Allocations
ID        Node ID   Task Group  Version  Desired  Status    Created  Modified
@ALLOCS@

$ nomad alloc status @FULL@ | head -3
ID                  = @FULL@
Eval ID             = @EVAL@
Name                = @SVC@.app[0]
''', SVC=s, DC=dc(), DEP=uuid4()[:8], ALLOCS=allocs, FULL=full, EVAL=uuid4()[:8])


@neg("nomad", "eval_id")
def n_nomad_eval_json(_):
    d = [{"ID": uuid4(), "Namespace": "default", "Priority": 50, "Type": "service", "TriggeredBy": pick("job-register", "node-update"),
          "JobID": svc(), "NodeID": uuid4(), "DeploymentID": uuid4(), "Status": "complete", "CreateIndex": R.randint(1000, 99999)}
         for _ in range(3)]
    return pick("debug/evals.json", "nomad/eval-dump.json"), json.dumps(d, indent=2) + "\n"


@neg("vault", "hmac_hash")
def n_vault_audit(_):
    lines = []
    for _ in range(R.randint(2, 4)):
        e = {"time": ts(), "type": pick("request", "response"),
             "auth": {"client_token": "hmac-sha256:" + rs(HEX, 64), "accessor": "hmac-sha256:" + rs(HEX, 64),
                      "display_name": "approle", "policies": ["default", svc() + "-read"], "token_type": "service"},
             "request": {"id": uuid4(), "operation": "read", "mount_type": "kv", "client_token": "hmac-sha256:" + rs(HEX, 64),
                         "path": "secret/data/" + svc(), "remote_address": ip()}}
        lines.append(json.dumps(e, sort_keys=True))
    return pick("logs/vault_audit.log", "var/log/vault/audit-sample.log"), "\n".join(lines) + "\n"


@neg("vault", "transit_ciphertext")
def n_transit_cipher_yaml(_):
    rows = "\n".join("  - id: %d\n    ssn: \"vault:v%d:%s\"" % (R.randint(1000, 9999), R.choice([1, 1, 2]), b64(R.choice([28, 40, 44]))) for _ in range(4))
    return pick("fixtures/customers.yaml", "testdata/encrypted-records.yml"), "# rows encrypted with transit key 'pii' (convergent)\ncustomers:\n" + rows + "\n"


@neg("vault", "transit_ciphertext")
def n_transit_encrypt_out(_):
    return pick("docs/transit.md", "examples/transit-demo.sh"), T('''$ vault write transit/encrypt/@K@ plaintext=$(base64 <<< "4111 1111 1111 1111")
Key            Value
---            -----
ciphertext     vault:v1:@C@
key_version    1

$ vault write transit/decrypt/@K@ ciphertext="vault:v1:@C@" -format=json | jq -r .data.plaintext | base64 -d
''', K=pick("payments", "orders"), C=b64(R.choice([33, 45, 48])))


@neg("consul", "ca_certificate")
def n_ca_cert(_):
    return pick("tls/consul-agent-ca.pem", "certs/vault-ca.crt", "roles/consul/files/ca.pem"), g_cert_pem() + "\n"


@neg("vault", "public_key")
def n_public_key(_):
    c = R.random()
    if c < 0.5:
        return pick("keys/transit-signing.pub.pem", "vault/jwt-signer.pub"), g_pub_pem() + "\n"
    return pick("ssh/trusted-user-ca-keys.pem", "vault/ssh-ca.pub"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s vault-ssh-ca\n" % b64(32)[:43]


@neg("consul", "template")
def n_ctmpl(_):
    return pick("templates/db.ctmpl", "consul-template/app.env.tpl", "etc/consul-template.d/db.ctmpl"), T('''{{- with secret "database/creds/@SVC@-rw" }}
[database]
host = postgres.service.consul
user = {{ .Data.username }}
password = {{ .Data.password }}
{{- end }}

[cache]
{{- range service "redis" }}
address = {{ .Address }}:{{ .Port }}
{{- end }}
token = {{ with secret "secret/data/@SVC@/cache" }}{{ .Data.data.token }}{{ end }}
''', SVC=svc())


@neg("nomad", "template")
def n_nomad_vault_template(_):
    s = svc()
    return pick("jobs/%s.nomad.hcl" % s, "nomad/%s.nomad" % s), T('''job "@SVC@" {
  datacenters = ["@DC@"]

  group "api" {
    task "api" {
      driver = "docker"
      config {
        image = "registry.@DOM@/@SVC@@sha256:@DIG@"
      }

      vault {
        policies    = ["@SVC@-read"]
        change_mode = "restart"
      }

      template {
        destination = "secrets/db.env"
        env         = true
        data        = <<EOT
{{ with secret "secret/data/@SVC@/db" }}
DB_PASSWORD={{ .Data.data.password }}
API_KEY={{ .Data.data.api_key }}
{{ end }}
CONSUL_HTTP_TOKEN={{ key "config/@SVC@/token-ref" }}
EOT
      }

      artifact {
        source      = "https://releases.@DOM@/@SVC@/plugins.tgz"
        destination = "local/plugins"
        options {
          checksum = "sha256:@SUM@"
        }
      }
    }
  }
}
''', SVC=s, DC=dc(), DOM=domain(), DIG=rs(HEX, 64), SUM=rs(HEX, 64))


@neg("vault", "token_reference")
def n_token_from_file(_):
    return pick("scripts/deploy.sh", "bin/entrypoint.sh", "ci/vault-env.sh"), T('''#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR="${VAULT_ADDR:-https://vault.@DOM@:8200}"
export VAULT_TOKEN=$(cat /var/run/secrets/vault/token)
export CONSUL_HTTP_TOKEN="$(vault read -field=token consul/creds/@SVC@)"
export NOMAD_TOKEN=$(vault read -field=secret_id nomad/creds/deployer)
export BOUNDARY_TOKEN=$(boundary config get-token)
nomad job run jobs/@SVC@.nomad.hcl
''', DOM=domain(), SVC=svc())


@neg("hashicorp", "checksum")
def n_sha256sums(_):
    p = pick("consul", "vault", "nomad", "boundary")
    v_ = ver(p) if p != "boundary" else ver("boundary")
    lines = "\n".join("%s  %s_%s_%s.zip" % (rs(HEX, 64), p, v_, a) for a in ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"])
    return "vendor/%s/%s_%s_SHA256SUMS" % (p, p, v_), lines + "\n"


@neg("terraform-cloud", "run_id")
def n_tfc_run_json(_):
    d = {"data": {"id": "run-" + rs(B62, 16), "type": "runs",
                  "attributes": {"status": "applied", "created-at": ts(), "message": "Triggered via API", "source": "tfe-api",
                                 "has-changes": True, "is-destroy": False},
                  "relationships": {"workspace": {"data": {"id": "ws-" + rs(B62, 16), "type": "workspaces"}},
                                    "configuration-version": {"data": {"id": "cv-" + rs(B62, 16), "type": "configuration-versions"}},
                                    "created-by": {"data": {"id": "user-" + rs(B62, 16), "type": "users"}}}}}
    return pick("debug/tfc-run.json", "fixtures/run_applied.json"), json.dumps(d, indent=2) + "\n"


@neg("terraform", "state_ids")
def n_tf_lock(_):
    provs = [("hashicorp/vault", "4.2.0"), ("hashicorp/consul", "2.20.0"), ("hashicorp/nomad", "2.2.0"), ("hashicorp/hcp", "0.88.0")]
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for p, v_ in R.sample(provs, 2):
        out.append('provider "registry.terraform.io/%s" {' % p)
        out.append('  version     = "%s"' % v_)
        out.append('  constraints = "~> %s"' % v_.rsplit(".", 1)[0])
        out.append("  hashes = [")
        out.append('    "h1:%s",' % b64(32))
        for _ in range(4):
            out.append('    "zh:%s",' % rs(HEX, 64))
        out.append("  ]\n}\n")
    return pick("terraform/.terraform.lock.hcl", "infra/vault/.terraform.lock.hcl"), "\n".join(out)


@neg("vault", "cluster_id")
def n_vault_status(_):
    return pick("docs/vault-status.txt", "runbooks/outputs/vault-status.log"), T('''$ vault status
Key                     Value
---                     -----
Recovery Seal Type      shamir
Initialized             true
Sealed                  false
Total Recovery Shares   5
Threshold               3
Version                 @VER@
Build Date              2024-04-22T16:25:54Z
Storage Type            raft
Cluster Name            vault-cluster-@CN@
Cluster ID              @CID@
HA Enabled              true
HA Cluster              https://@IP@:8201
HA Mode                 active
Active Since            @TS@
Raft Committed Index    @IDX@
Raft Applied Index      @IDX@
''', VER=ver("vault"), CN=rs(HEX, 8), CID=uuid4(), IP=ip(), TS=ts(), IDX=R.randint(10000, 999999))


@neg("vault", "node_id")
def n_raft_peers(_):
    rows = "\n".join("%-34s %s:8201    %-9s true" % (uuid4(), ip(), "leader" if i == 0 else "follower") for i in range(3))
    return pick("docs/raft.md", "ops/raft-peers.txt"), "$ vault operator raft list-peers\nNode                               Address          State     Voter\n----                               -------          -----     -----\n" + rows + "\n"


@neg("boundary", "resource_id")
def n_boundary_ids(_):
    rows = []
    for _ in range(4):
        rows.append("  ID:                    ttcp_%s\n    Scope ID:            p_%s\n    Version:             %d\n    Type:                tcp\n    Name:                %s\n    Authorized Actions:\n      read\n      authorize-session\n" % (rs(B62, 10), rs(B62, 10), R.randint(1, 5), svc() + "-db"))
    return pick("docs/boundary-targets.txt", "notes/boundary.log"), "$ boundary targets list -recursive\n\nTarget information:\n" + "\n".join(rows)


@neg("boundary", "worker_id")
def n_boundary_workers_json(_):
    d = {"items": [{"id": "w_" + rs(B62, 10), "scope_id": "global", "name": host("worker"), "type": "pki",
                    "address": ip() + ":9202", "release_version": "Boundary v" + ver("boundary"),
                    "key_id": pick("nosy", "lapel", "quartz") + "-" + pick("amount", "bucket", "drift") + "-" + pick("ladle", "token", "vapor"),
                    "last_status_time": ts()} for _ in range(3)]}
    return pick("debug/workers.json", "inventory/boundary-workers.json"), json.dumps(d, indent=2) + "\n"


@neg("hcp", "resource_id")
def n_hcp_ids_tf(_):
    return pick("hcp/variables.tf", "terraform/hcp/locals.tf"), T('''locals {
  hcp_organization_id = "@ORG@"
  hcp_project_id      = "@PID@"
  hvn_id              = "main-hvn"
  vault_cluster_id    = "vault-@TEAM@"
}

variable "hcp_client_id" {
  description = "HCP service principal client id (set HCP_CLIENT_ID)"
  type        = string
  default     = null
}

variable "hcp_client_secret" {
  description = "HCP service principal secret (set HCP_CLIENT_SECRET)"
  type        = string
  sensitive   = true
}
''', ORG=uuid4(), PID=uuid4(), TEAM=team())


@neg("hcp", "packer_ids")
def n_packer_hcp_out(_):
    ulid = lambda: "01H" + rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)
    return pick("logs/packer-build.log", "ci/packer-output.txt"), T('''==> amazon-ebs.ubuntu: Creating AMI @NAME@ from instance i-@I@
    amazon-ebs.ubuntu: AMI: ami-@AMI@
==> amazon-ebs.ubuntu: Waiting for AMI to become ready...
Build 'amazon-ebs.ubuntu' finished after 6 minutes 41 seconds.
==> Publishing build details for amazon-ebs.ubuntu to the HCP Packer registry
==> Bucket:      ubuntu-base
==> Version ID:  @V1@
==> Build ID:    @V2@
==> Fingerprint: @FP@
==> Builds finished. The artifacts of successful builds are:
--> amazon-ebs.ubuntu: AMIs were created:
us-east-1: ami-@AMI@
''', NAME="ubuntu-base-" + rs("0123456789", 10), I=rs(HEX, 17), AMI=rs(HEX, 17), V1=ulid(), V2=ulid(), FP=rs(HEX, 40))


@neg("vault", "pki_serial")
def n_pki_issue(_):
    serial = ":".join(rs(HEX, 2) for _ in range(20))
    d = {"request_id": uuid4(), "lease_id": "", "data": {"serial_number": serial, "expiration": R.randint(1700000000, 1800000000),
         "issuing_ca": g_cert_pem(), "certificate": g_cert_pem(), "private_key_type": "ec", "private_key": "[REDACTED]"}}
    return pick("debug/pki-issue-response.json", "fixtures/pki_issue_redacted.json"), json.dumps(d, indent=2) + "\n"


@neg("consul", "node_id")
def n_consul_catalog_csv(_):
    rows = ["node,node_id,address,datacenter,consul_version,serial"]
    for _ in range(R.randint(5, 9)):
        rows.append("%s,%s,%s,%s,%s,%s" % (host(pick("web", "api", "db", "cache")), uuid4(), ip(), dc(), ver("consul"), rs("0123456789ABCDEF", 12)))
    return pick("inventory/consul-nodes.csv", "reports/nodes-2024q2.csv"), "\n".join(rows) + "\n"


@neg("consul", "service_registration")
def n_consul_service_json(_):
    s = svc()
    d = {"service": {"id": "%s-%s" % (s, uuid4()[:8]), "name": s, "port": R.randint(3000, 9000), "tags": ["v2", team()],
                     "meta": {"git_sha": rs(HEX, 40), "build_id": rs("0123456789", 9)},
                     "token": "", "checks": [{"id": "%s-http" % s, "http": "http://localhost:8080/healthz", "interval": "10s"}]}}
    return pick("consul.d/services/%s.json" % s, "deploy/consul/%s-service.json" % s), json.dumps(d, indent=2) + "\n"


@neg("hashicorp", "encoded_data")
def n_user_data(_):
    blob = base64.b64encode(rb(R.randint(300, 600))).decode()
    lines = "\n".join(blob[i:i + 76] for i in range(0, len(blob), 76))
    return pick("terraform/modules/nomad-client/user_data.b64", "packer/files/cloud-init.gz.b64"), "# gzip+base64 cloud-init for nomad clients (generated by render.sh)\n" + lines + "\n"


@neg("vault", "policy")
def n_vault_policy(_):
    s = svc()
    return pick("policies/%s-read.hcl" % s, "vault/policies/%s.hcl" % s), T('''# Read-only access for @SVC@
path "secret/data/@SVC@/*" {
  capabilities = ["read"]
}

path "database/creds/@SVC@-ro" {
  capabilities = ["read"]
}

path "auth/token/lookup-self" {
  capabilities = ["read"]
}

path "transit/encrypt/@SVC@" {
  capabilities = ["update"]
}
''', SVC=s)


@neg("nomad", "acl_policy")
def n_nomad_policy(_):
    return pick("nomad/acl/deployer.hcl", "policies/nomad-ci.hcl"), T('''namespace "@NS@" {
  policy       = "write"
  capabilities = ["submit-job", "dispatch-job", "read-logs"]
  variables {
    path "nomad/jobs/*" {
      capabilities = ["read", "list"]
    }
  }
}

node {
  policy = "read"
}

agent {
  policy = "read"
}
''', NS=team())


@neg("vault", "kv_metadata")
def n_kv_metadata(_):
    return pick("docs/kv-versions.md", "notes/kv-metadata.txt"), T('''$ vault kv metadata get secret/@SVC@/db
======= Metadata Path =======
secret/metadata/@SVC@/db

========== Metadata ==========
Key                     Value
---                     -----
cas_required            false
created_time            @T1@
current_version         @N@
custom_metadata         map[owner:@TEAM@ rotated_by:vault-db-rotator]
delete_version_after    0s
max_versions            10
oldest_version          1
updated_time            @T2@
''', SVC=svc(), T1=ts(), N=R.randint(2, 20), TEAM=team(), T2=ts())


@neg("vault", "entity_id")
def n_identity_entity(_):
    d = {"data": {"id": uuid4(), "name": "entity_" + rs(HEX, 8), "aliases": [{"id": uuid4(), "canonical_id": uuid4(),
          "mount_accessor": "auth_oidc_" + rs(HEX, 8), "mount_type": "oidc", "name": pick("alice", "bob", "chen") + "@example.com"}],
          "policies": ["default"], "group_ids": [uuid4(), uuid4()], "namespace_id": "root"}}
    return pick("debug/entity-lookup.json", "fixtures/vault_entity.json"), json.dumps(d, indent=2) + "\n"


@neg("consul", "keygen_doc")
def n_gossip_doc(_):
    return pick("docs/gossip-encryption.md", "wiki/consul/gossip.md"), T('''# Rotating the gossip key

Generate a new key on any machine with the consul binary:

```shell
$ consul keygen
@EX@
```

(The value above is the example from the Consul documentation, do not use it.)

Install it, switch to it, then remove the old one:

```shell
consul keyring -install "$NEW_KEY"
consul keyring -use "$NEW_KEY"
consul keyring -remove "$OLD_KEY"
```

The key lives in Vault at `secret/consul/gossip` and is rendered into
`/etc/consul.d/encrypt.hcl` by consul-template.
''', EX=pick(*DOC["gossip"]))


@neg("boundary", "kms_doc")
def n_boundary_kms_doc(_):
    return pick("docs/boundary-dev.md", "README-boundary.md"), T('''## Local dev controller

For local testing only, the docs' example `aead` key is fine:

```hcl
kms "aead" {
  purpose   = "worker-auth"
  aead_type = "aes-gcm"
  key       = "8fZBjCUfN0TzjEGLQldGY4+iE9AkOvCfjh7+p0GtRBQ="
  key_id    = "global_worker-auth"
}
```

In every real environment the `root`, `recovery` and `worker-auth` keys come
from `kms "awskms"` stanzas (aliases `alias/boundary-root`, ...).
''')


@neg("hashicorp", "image_digest")
def n_docker_compose_digests(_):
    return pick("docker-compose.dev.yml", "dev/compose.yaml"), T('''services:
  consul:
    image: hashicorp/consul@sha256:@D1@
    command: agent -dev -client=0.0.0.0
    ports: ["8500:8500"]
  vault:
    image: hashicorp/vault@sha256:@D2@
    environment:
      VAULT_DEV_LISTEN_ADDRESS: 0.0.0.0:8200
    cap_add: [IPC_LOCK]
  nomad:
    image: hashicorp/nomad@sha256:@D3@
    command: agent -dev
''', D1=rs(HEX, 64), D2=rs(HEX, 64), D3=rs(HEX, 64))


@neg("vault", "go_sum")
def n_go_sum(_):
    mods = [("github.com/hashicorp/vault/api", "v1.12.2"), ("github.com/hashicorp/consul/api", "v1.28.2"),
            ("github.com/hashicorp/nomad/api", "v0.0.0-20240412161111-" + rs(HEX, 12)), ("github.com/hashicorp/go-retryablehttp", "v0.7.5"),
            ("github.com/hashicorp/hcl", "v1.0.1-vault-5")]
    out = []
    for m, v_ in mods:
        out.append("%s %s h1:%s" % (m, v_, b64(32)))
        out.append("%s %s/go.mod h1:%s" % (m, v_, b64(32)))
    return "go.sum", "\n".join(out) + "\n"


@neg("vault", "wrapping_accessor")
def n_wrap_lookup_json(_):
    d = {"request_id": uuid4(), "data": {"creation_path": "auth/approle/role/%s/secret-id" % svc(), "creation_time": ts(),
         "creation_ttl": 120}, "wrap_info": None, "warnings": None, "auth": None,
         "secret_id_accessor": uuid4(), "secret_id_num_uses": 1}
    return pick("debug/unwrap-lookup.json", "fixtures/wrap_lookup.json"), json.dumps(d, indent=2) + "\n"


@neg("consul", "intention_ids")
def n_intentions(_):
    rows = []
    for _ in range(4):
        rows.append("%s  %-12s => %-12s %s  %d" % (uuid4(), svc(), svc(), pick("allow", "deny "), R.randint(5, 9)))
    return pick("docs/intentions.txt", "audit/intentions.log"), "$ consul intention list\nID                                    Source       Action Destination  Precedence\n" + "\n".join(rows) + "\n"


@neg("nomad", "variables")
def n_nomad_var(_):
    s = svc()
    return pick("nomad/vars/%s.hcl" % s, "vars/%s.nv.hcl" % s), T('''# nomad var put -in=hcl @nomad/vars/@SVC@.hcl
path = "nomad/jobs/@SVC@"
items {
  log_level       = "debug"
  feature_flags   = "search-v2,new-checkout"
  upstream_region = "@DC@"
  build_sha       = "@SHA@"
}
''', SVC=s, DC=dc(), SHA=rs(HEX, 40))


# ================================================================ MAIN
FT_SPECIAL = {"Dockerfile": "dockerfile", "Jenkinsfile": "groovy", "consul": "env", "pre-command": "sh",
              ".terraformrc": "hcl", "terraformrc": "hcl", "go.sum": "gosum", "terraform.rc": "hcl"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in FT_SPECIAL:
        return FT_SPECIAL[base]
    if base.startswith(".env") or base.startswith("env.") or base.endswith(".environment"):
        return "env"
    if base.endswith(".nomad.hcl") or base.endswith(".nomad"):
        return "nomad"
    if base.endswith("SHA256SUMS"):
        return "txt"
    if "." not in base.lstrip("."):
        return "text"
    ext = base.rsplit(".", 1)[-1].lower()
    return {"yaml": "yml", "tfrc": "json", "pub": "pem", "crt": "pem", "ctmpl": "tmpl", "tpl": "tmpl"}.get(ext, ext)


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def needle_of(secret):
    if secret.startswith("-----BEGIN"):
        return secret.splitlines()[0]
    return secret


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_jo.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []

    # ---------- positives
    plan = []
    while len(plan) < 500:
        for t in R.sample(TEMPLATES, len(TEMPLATES)):
            if R.random() < t["w"]:
                plan.append(t)
    plan = plan[:500]
    n_env = 0
    for i, t in enumerate(plan):
        secret = t["gen"]()
        rel, text = t["fn"](secret, True)
        if is_blocked_env(rel):
            n_env += 1
        needle = needle_of(secret)
        assert secret and needle in text, (t["name"], needle)
        idx = text.find(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], line)
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert n_env * 20 <= 500, n_env

    # ---------- negatives: 250 re-used templates with non-secret slot, 250 look-alikes
    negplan = []
    while len(negplan) < 250:
        for t in R.sample(TEMPLATES, len(TEMPLATES)):
            negplan.append(("slot", t))
    negplan = negplan[:250]
    la = []
    while len(la) < 250:
        la.extend(("look", n) for n in R.sample(NEGS, len(NEGS)))
    negplan += la[:250]
    R.shuffle(negplan)
    for i, (mode, t) in enumerate(negplan):
        if mode == "slot":
            val = neg_value(t["cls"], t["env"], t["lang"])
            rel, text = t["fn"](val, False)
            kind = t["kind"] + "_nonsecret"
        else:
            rel, text = t["fn"](None)
            kind = t["kind"]
        assert not is_blocked_env(rel), rel
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": t["provider"], "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
