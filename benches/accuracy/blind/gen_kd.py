#!/usr/bin/env python3
"""gen_kd.py - blind evaluation set: IPsec / IKE / site-to-site VPN credentials.

EMPHASIS
    Domain: IPsec, IKE and site-to-site / remote-access VPN configuration.
    Providers / products: strongSwan (ipsec.secrets, swanctl.conf secrets{},
    NetworkManager-strongswan), Libreswan/Openswan (*.secrets), racoon (psk.txt),
    ppp/xl2tpd (chap-secrets, pap-secrets, options.l2tpd.client,
    NetworkManager-l2tp), Cisco ASA and IOS/IOS-XE, FortiGate (FortiOS CLI and the
    fortios Terraform provider), Palo Alto PAN-OS (set CLI, XML API, Terraform),
    Juniper SRX (set and curly syntax), MikroTik RouterOS (identity, peer, ppp
    secret, l2tp-server ipsec-secret, Terraform routeros), pfSense / OPNsense
    config.xml, VyOS (1.3 and 1.4 syntax), AWS Site-to-Site VPN (Terraform,
    CloudFormation, CDK, boto3, aws CLI, downloaded generic config), Azure
    (Terraform, az CLI, ARM, PowerShell), GCP (Terraform, gcloud), OpenVPN
    (static key V1 files, inline tls-auth / tls-crypt, auth-user-pass files),
    SoftEther (vpncmd, vpn_server.config), hwdsl2-style docker images
    (VPN_IPSEC_PSK). WireGuard appears only as contrast in negatives.
    Kinds: ike-psk (ASCII), ike-psk-hex (0x...), ike-psk-base64 (0s...),
    xauth-password, eap-password, l2tp-chap-secret, l2tp-ipsec-psk,
    openvpn-static-key, vpn-user-password, cloud-tunnel-psk.
    File types: ipsec.secrets / *.secrets, swanctl .conf, ipsec.conf, racoon
    psk.txt, chap-secrets / pap-secrets, ppp options, NetworkManager keyfiles
    (.nmconnection), router CLI configs (.cfg / .conf / .rsc / .txt), XML, JSON,
    Terraform (.tf), YAML (Ansible, Helm, Kubernetes, CloudFormation, compose),
    shell, PowerShell, Python, Go, TypeScript, SQL, CSV, INI, TOML, Markdown
    runbooks, OpenVPN .ovpn / .key, logs and command output (negatives).

USAGE
    python3 -B gen_kd.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive). All randomness comes from one random.Random(SEED); output is
    byte-identical for a given SEED. Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding
      quotes (PSK "abc" -> abc). Hex PSKs keep their 0x prefix, strongSwan
      base64 PSKs keep their 0s prefix (that is how they are written).
    * Juniper "hexadecimal" PSKs are written without 0x; the needle is the hex.
    * In URLs / API query strings (PAN-OS XML API) the needle is the value inside
      the URL, exactly as it appears (values chosen to need no escaping).
    * Command-line flags (--shared-key X, PreSharedKey=X, /PSK:X): the value.
    * chap-secrets / pap-secrets: the secret column. auth-user-pass files: the
      password (second line). XAUTH / EAP entries: the password.
    * OpenVPN static keys (file, inline <tls-auth>/<tls-crypt>/<secret>, YAML
      block): the multi-line key is one credential; the needle is its FIRST hex
      line (32 hex chars) right after the -----BEGIN OpenVPN Static key V1-----
      line, and "line" is that first hex line (the BEGIN line is one line above).
    * Each positive holds exactly one credential; the needle's line is asserted.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-psk>, YOUR_PRE_SHARED_KEY, changeme,
    xxxx...), empty values, masked values (*****, [REDACTED]), environment and
    secret-manager references (${VPN_PSK}, vault:/op:// paths, AWS Secrets
    Manager ARNs, GCP secret paths, CloudFormation dynamic references), template
    expressions ({{ vault_psk }}, ${var.psk}), and documented example keys
    (strongSwan man page, Libreswan man page, Juniper docs, Netgate TNSR docs,
    AWS CDK docs). The other half are domain look-alikes: Cisco type 6 / type 8
    encrypted PSKs, ASA masked "*****", Juniper $9$ SECRET-DATA, FortiGate
    "ENC ..." values, PAN-OS "-AQ==" encrypted keys, SPIs, IKE cookies, nonces
    and KE payloads, tunnel ids, certificate DNs, fingerprints, serials,
    WireGuard public keys, GCP sharedSecretHash, Secrets Manager ARNs, status
    output of ipsec/swanctl/IOS/VyOS/FortiOS/MikroTik, OpenVPN status logs,
    inline public CA certificates, easy-rsa index.txt, proposals CSVs.
    No negative lives in a file named .env / .env.<stage> (.env.example ok).

FORMATS CHECKED (search tool, docs/pages corpora)
    * strongSwan ipsec.secrets(5): "[ids] : PSK \"...\"", ": RSA file",
      "user : EAP \"...\"", "user : XAUTH \"...\"", include directive; the
      man-page example values are used only as negatives.
    * Libreswan ipsec.secrets(5): "10.1.0.1 10.2.0.1 : PSK \"...\"", XAUTH
      passwords stored in plaintext, %any selectors.
    * AWS (CloudFormation, CDK, SDK docs): PSK allowed characters alphanumeric,
      '.' and '_', 8-64 chars, cannot start with 0; Terraform/Pulumi
      tunnel1_preshared_key same constraints; CDK preSharedKeySecret.
    * Juniper: "pre-shared-key (ascii-text key | hexadecimal key)" under
      [edit security ike policy]; doc examples ThisIsMySecretPreSharedkey and its
      hex form (negatives only).
    * MikroTik: "/ip ipsec identity add peer=... secret=..." (RouterOS 6.44+),
      older "/ip ipsec peer ... secret=" with auth-method=pre-shared-key.
    * pfSense: Pre-Shared Keys tab (PSK / EAP types, identifiers), stored in
      plain text.
    * VyOS: 1.4 "set vpn ipsec authentication psk <name> id/secret", older
      "authentication mode pre-shared-secret / pre-shared-secret".
    * Cisco IOS: encrypted preshared key feature stores PSKs as type 6 after
      "password encryption aes"; "crypto isakmp key" / keyring pre-shared-key.
    * OpenVPN: static key = 2048-bit (256 bytes) shown as 16 lines of 32 hex
      chars between BEGIN/END "OpenVPN Static key V1" lines (OpenVPN3 source
      KEY_SIZE = 256 seen in code search, format from general knowledge).
    * Netgate TNSR doc example "mysupersecretkey" (negative only).

DOUBTS
    * Cisco type 6 ciphertext alphabet/length and ASA "pre-shared-key 8" form are
      approximated (letters, digits, '_' '^' ... ending in AAB / base64-ish).
    * Juniper $9$ alphabet approximated; $9$ is a reversible obfuscation that
      Juniper labels SECRET-DATA (encrypted) - treated as negative per brief.
    * FortiOS "ENC <base64>" length and PAN-OS "-AQ==..." encrypted values are
      approximated; PAN-OS encrypted format not confirmed by docs search.
    * SoftEther vpn_server.config "declare IPsec { string IPsec_Secret ... }"
      and the 9-character PSK recommendation are from memory, not confirmed.
    * OPNsense is written with the legacy pfSense-style <ipsec><phase1> XML; the
      newer MVC swanctl XML layout was not checked.
    * NetworkManager-l2tp key "ipsec-psk" and NM-strongswan "password" secret
      are from memory; GCP "sharedSecretHash" field name from memory.
    * Azure/GCP accept nearly any printable string as a shared key; generated
      values use alphanumerics (Azure) or base64-like (GCP) strings.
    * The panos Terraform attribute name pre_shared_key and the fortios
      psksecret attribute are from memory.
"""
import base64
import json
import os
import random
import shutil
import sys
import textwrap

# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
SYMS = "!%^*-_+=.:~,"

DOC_EXAMPLES = [
    "v+NkxY9LLZvwj4qCC2o/gGrWDF2d21jL",  # strongSwan ipsec.secrets(5)
    "x3.dEhgN",  # strongSwan ipsec.secrets(5) EAP
    "4iChxLT3",  # strongSwan ipsec.secrets(5) XAUTH
    "ryftzG4A",  # strongSwan ipsec.secrets(5) XAUTH
    "secret shared by two hosts",  # Libreswan ipsec.secrets(5)
    "shared secret with many roadwarriors",  # Libreswan ipsec.secrets(5)
    "ThisIsMySecretPreSharedkey",  # Juniper AutoVPN doc
    "5468697349734d79536563726563745072655368617265646b6579",  # Juniper doc hex
    "mysupersecretkey",  # Netgate TNSR doc
    "preSharedKey",  # AWS CDK generated example
    "example-pre_shared_key",  # PAN example json
]


def D(s):
    return textwrap.dedent(s).lstrip("\n")


def fill(t, V=None, **kw):
    for k, val in kw.items():
        t = t.replace("@" + k + "@", val)
    if V is not None:
        t = t.replace("@V@", V)
    return t


class Ctx:
    def __init__(self, R):
        self.R = R

    def pick(self, seq):
        return seq[self.R.randrange(len(seq))]

    def rs(self, alphabet, n):
        return "".join(alphabet[self.R.randrange(len(alphabet))] for _ in range(n))

    def hexs(self, n):
        return self.rs(HEX, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.R.randrange(256) for _ in range(nbytes))).decode()

    def num(self, a, b):
        return str(self.R.randint(a, b))

    def ip(self):
        k = self.R.randrange(5)
        if k == 0:
            return "203.0.113.%d" % self.R.randint(2, 250)
        if k == 1:
            return "198.51.100.%d" % self.R.randint(2, 250)
        if k == 2:
            return "192.0.2.%d" % self.R.randint(2, 250)
        return "%d.%d.%d.%d" % (self.pick([34, 52, 81, 85, 91, 141, 145, 151, 185, 212, 213, 217]),
                                self.R.randint(1, 254), self.R.randint(0, 254), self.R.randint(2, 254))

    def pip(self):
        k = self.R.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (self.R.randint(0, 254), self.R.randint(0, 254), self.R.randint(1, 254))
        if k == 1:
            return "172.%d.%d.%d" % (self.R.randint(16, 31), self.R.randint(0, 254), self.R.randint(1, 254))
        return "192.168.%d.%d" % (self.R.randint(0, 254), self.R.randint(1, 254))

    def net(self):
        k = self.R.randrange(3)
        if k == 0:
            return "10.%d.%d.0/24" % (self.R.randint(0, 254), self.R.randint(0, 254))
        if k == 1:
            return "172.%d.%d.0/24" % (self.R.randint(16, 31), self.R.randint(0, 254))
        return "192.168.%d.0/24" % self.R.randint(0, 254)

    def inside(self):
        return "169.254.%d.%d/30" % (self.R.randint(10, 250), 4 * self.R.randint(0, 63))

    def site(self):
        return self.pick(["hq", "dc1", "dc-fra1", "branch-lyon", "branch-austin", "plant-03", "warehouse",
                          "azure-weu", "aws-use1", "gcp-euw4", "colo-ams", "office-berlin", "lab", "dr-site",
                          "store-112", "nyc-office", "partner-acme", "sgp-edge", "ber-dc2", "mumbai-rd"])

    def user(self):
        return self.pick(["carol", "dave", "jsmith", "m.keller", "vpnuser", "svc-backup", "anna.b", "rw-laptop07",
                          "ops", "tkowalski", "lfournier", "field-tech", "kiosk12", "r.ortega", "nina"])

    def domain(self):
        return self.pick(["corp.example", "example.net", "acme-logistics.example", "intra.example.org",
                          "northwind.example", "contoso.example", "globex.example"])

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.pick("89ab"), h[17:20], h[20:32])

    def asn(self):
        return str(self.R.choice([64512, 65000, 65001, 65010, 65100, 64620, 65515, 64999]))

    def proposal(self):
        return self.pick(["aes256-sha256-modp2048", "aes128-sha1-modp1024", "aes256gcm16-prfsha384-ecp384",
                          "aes256-sha384-ecp384", "aes128gcm16-prfsha256-modp3072", "aes256-sha1-modp1536"])

    def esp(self):
        return self.pick(["aes256-sha256", "aes128gcm16", "aes256gcm16-ecp384", "aes128-sha1-modp2048",
                          "aes256-sha256-modp2048"])

    def date(self):
        return "20%d-%02d-%02d" % (self.R.randint(21, 25), self.R.randint(1, 12), self.R.randint(1, 28))

    def iface(self):
        return self.pick(["outside", "wan1", "port1", "ge-0/0/0.0", "ether1", "eth0", "GigabitEthernet0/0/0"])


# ----------------------------------------------------------------------------
# secret generators (never documentation examples)
# ----------------------------------------------------------------------------
WORDS = ["copper", "falcon", "lantern", "meadow", "granite", "harbor", "orbit", "juniper", "tundra", "velvet",
         "saffron", "quartz", "willow", "ember", "cobalt", "prairie", "summit", "nectar", "walrus", "fjord"]


def g_ascii(c):
    k = c.R.randrange(10)
    if k < 5:
        n = c.R.randint(24, 48)
        while True:
            s = c.rs(ALNUM + SYMS, n)
            if (any(ch in DIGITS for ch in s) and any(ch in UPPER for ch in s) and any(ch in LOWER for ch in s)
                    and s[0] in ALNUM and s[-1] in ALNUM):
                return s
    if k < 8:
        while True:
            s = c.rs(ALNUM, c.R.randint(20, 40))
            if any(ch in DIGITS for ch in s) and any(ch in UPPER for ch in s):
                return s
    # passphrase style, still random
    w = [c.pick(WORDS).capitalize() for _ in range(c.R.randint(3, 4))]
    return "-".join(w) + "-" + c.num(1000, 99999) + c.pick(["!", "#", "+", ".", ""])


def g_aws(c):
    n = c.pick([32, 32, 32, 24, 40, 48])
    s = c.rs(ALNUM + "._", n)
    while s[0] == "0" or s[0] in "._" or not any(ch in DIGITS for ch in s):
        s = c.rs(ALNUM + "._", n)
    return s


def g_alnum(c):
    while True:
        s = c.rs(ALNUM, c.R.randint(24, 44))
        if any(ch in DIGITS for ch in s) and any(ch in UPPER for ch in s):
            return s


def g_hex(c):
    return "0x" + c.hexs(c.pick([32, 40, 48, 64]))


def g_jhex(c):
    return c.hexs(c.pick([32, 40, 48, 64]))


def g_b64(c):
    return "0s" + c.b64(c.pick([24, 30, 32, 33]))


def g_pw(c):
    n = c.R.randint(10, 20)
    while True:
        s = c.rs(ALNUM + "!%*-_+=.", n)
        if (any(ch in DIGITS for ch in s) and any(ch in UPPER for ch in s) and any(ch in LOWER for ch in s)
                and s[0] in ALNUM):
            return s


def g_soft(c):
    while True:
        s = c.rs(ALNUM, 9)
        if any(ch in DIGITS for ch in s) and any(ch in UPPER for ch in s):
            return s


def g_ovpn(c):
    return "\n".join(c.hexs(32) for _ in range(16))


GEN = {"ascii": g_ascii, "aws": g_aws, "alnum": g_alnum, "hex": g_hex, "jhex": g_jhex, "b64": g_b64,
       "pw": g_pw, "soft": g_soft, "ovpn": g_ovpn}


def ovpn_block(v, indent=""):
    lines = ["-----BEGIN OpenVPN Static key V1-----"] + v.split("\n") + ["-----END OpenVPN Static key V1-----"]
    return "\n".join(indent + x for x in lines)


# ----------------------------------------------------------------------------
# positive templates: fn(c, v) -> (relpath, text)
# ----------------------------------------------------------------------------
POS = []


def pos(provider, kind, gen):
    def d(fn):
        POS.append((fn.__name__, provider, kind, gen, fn))
        return fn
    return d


@pos("strongswan", "ike-psk", "ascii")
def p_ipsec_secrets(c, v):
    t = D('''
    # /etc/ipsec.secrets - strongSwan IPsec secrets file
    # managed by ansible role "vpn-gw" - local edits will be overwritten

    : RSA @HOST@Key.pem

    # site-to-site tunnel to @SITE@
    @L@ @P@ : PSK "@V@"

    include /etc/ipsec.d/*.secrets
    ''')
    return c.pick(["etc/ipsec.secrets", "roles/vpn-gw/files/ipsec.secrets", "deploy/strongswan/ipsec.secrets"]), \
        fill(t, v, HOST=c.pick(["moon", "gw1", "edge"]), SITE=c.site(), L=c.ip(), P=c.ip())


@pos("strongswan", "ike-psk-hex", "hex")
def p_ipsec_secrets_hex(c, v):
    t = D('''
    # generated with: openssl rand -hex 32
    # peer: @SITE@ (@P@)
    @L@ %any : PSK @V@
    ''')
    return "infra/ipsec/ipsec.@SITE@.secrets".replace("@SITE@", c.site()), fill(t, v, SITE=c.site(), L=c.ip(), P=c.ip())


@pos("libreswan", "ike-psk-base64", "b64")
def p_libreswan_b64(c, v):
    s = c.site()
    t = D('''
    # Libreswan secrets for conn @S@
    # see /etc/ipsec.d/@S@.conf (authby=secret, ikev2=insist)
    @@S@-gw @@PEER@ : PSK @V@
    ''')
    return "ansible/roles/libreswan/files/ipsec.d/%s.secrets" % s, fill(t, v, S=s, PEER=c.pick(["azure", "aws", "hq", "dc"]))


@pos("strongswan", "xauth-password", "pw")
def p_ipsec_secrets_xauth(c, v):
    u = c.user()
    t = D('''
    # road warrior (IKEv1 + XAUTH) client secrets
    # group PSK is provisioned from the MDM profile, not stored here
    : RSA /etc/ipsec.d/private/client.pem
    @U@ : XAUTH "@V@"
    ''')
    return c.pick(["client/ipsec.secrets", "docs/examples/roadwarrior/ipsec.secrets"]), fill(t, v, U=u)


@pos("strongswan", "eap-password", "pw")
def p_ipsec_secrets_eap(c, v):
    t = D('''
    # EAP-MSCHAPv2 user for the IKEv2 responder
    : RSA server-key.pem
    @U@@@D@ : EAP "@V@"
    ''')
    return "vpn/ikev2/ipsec.secrets", fill(t, v, U=c.user(), D=c.domain())


@pos("strongswan", "ike-psk", "ascii")
def p_swanctl_ike(c, v):
    s = c.site()
    t = D('''
    connections {
        @S@ {
            version = 2
            local_addrs = @L@
            remote_addrs = @P@
            proposals = @PROP@
            local {
                auth = psk
                id = @L@
            }
            remote {
                auth = psk
                id = @P@
            }
            children {
                @S@-net {
                    local_ts = @LN@
                    remote_ts = @RN@
                    esp_proposals = @ESP@
                    start_action = trap
                    dpd_action = restart
                }
            }
        }
    }

    secrets {
        ike-@S@ {
            id-1 = @L@
            id-2 = @P@
            secret = "@V@"
        }
    }
    ''')
    return "etc/swanctl/conf.d/%s.conf" % s, fill(t, v, S=s, L=c.ip(), P=c.ip(), PROP=c.proposal(), ESP=c.esp(),
                                                  LN=c.net(), RN=c.net())


@pos("strongswan", "eap-password", "pw")
def p_swanctl_eap(c, v):
    u = c.user()
    t = D('''
    # IKEv2 EAP users (swanctl --load-creds)
    secrets {
        eap-@U@ {
            id = @U@
            secret = @V@
        }
        private-server {
            file = server.key.pem
        }
    }
    ''')
    return "swanctl/conf.d/users.conf", fill(t, v, U=u)


@pos("strongswan", "xauth-password", "pw")
def p_swanctl_xauth(c, v):
    t = D('''
    connections {
        legacy-ikev1 {
            version = 1
            aggressive = no
            remote_addrs = @P@
            local-1 { auth = psk }
            local-2 { auth = xauth; xauth_id = @U@ }
            remote { auth = psk }
            children { legacy { remote_ts = @RN@ } }
        }
    }
    secrets {
        xauth-legacy {
            id = @U@
            secret = "@V@"
        }
    }
    ''')
    return "config/swanctl/legacy-ikev1.conf", fill(t, v, P=c.ip(), U=c.user(), RN=c.net())


@pos("strongswan", "ike-psk", "ascii")
def p_ansible_groupvars(c, v):
    t = D('''
    ---
    # group_vars/vpn_gateways.yml
    strongswan_version: "5.9"
    strongswan_charon_threads: 16
    strongswan_conns:
      - name: @S@
        left: "%defaultroute"
        leftsubnet: @LN@
        right: @P@
        rightsubnet: @RN@
        ike: @PROP@!
        esp: @ESP@!
        keyexchange: ikev2
        authby: secret
    strongswan_psk: "@V@"
    strongswan_log_level: 1
    ''')
    return "ansible/group_vars/vpn_gateways.yml", fill(t, v, S=c.site(), LN=c.net(), RN=c.net(), P=c.ip(),
                                                     PROP=c.proposal(), ESP=c.esp())


@pos("strongswan", "ike-psk", "ascii")
def p_vici_python(c, v):
    t = D('''
    """Push a site tunnel into charon over VICI."""
    import socket

    import vici

    PEER = "@P@"


    def load(session: vici.Session) -> None:
        session.load_conn({
            "@S@": {
                "remote_addrs": [PEER],
                "version": "2",
                "proposals": ["@PROP@"],
                "local": {"auth": "psk"},
                "remote": {"auth": "psk"},
                "children": {"@S@-net": {"remote_ts": ["@RN@"]}},
            }
        })
        session.load_shared({
            "type": "IKE",
            "data": "@V@",
            "owners": [PEER],
        })


    if __name__ == "__main__":
        s = socket.socket(socket.AF_UNIX)
        s.connect("/var/run/charon.vici")
        load(vici.Session(s))
    ''')
    return "tools/vpn/load_tunnel.py", fill(t, v, P=c.ip(), S=c.site(), PROP=c.proposal(), RN=c.net())


@pos("strongswan", "ike-psk", "ascii")
def p_shell_heredoc(c, v):
    t = D('''
    #!/bin/sh
    # bootstrap for the @S@ edge box
    set -eu

    apt-get install -y strongswan strongswan-swanctl
    cat > /etc/ipsec.secrets <<'EOF'
    @L@ @P@ : PSK "@V@"
    EOF
    chmod 600 /etc/ipsec.secrets
    systemctl restart strongswan-starter
    ipsec statusall | head -n 20
    ''')
    return c.pick(["scripts/bootstrap-edge.sh", "provision/vpn.sh"]), fill(t, v, S=c.site(), L=c.ip(), P=c.ip())


@pos("hwdsl2-ipsec-vpn", "l2tp-ipsec-psk", "alnum")
def p_compose(c, v):
    t = D('''
    services:
      vpn:
        image: hwdsl2/ipsec-vpn-server
        restart: always
        ports:
          - "500:500/udp"
          - "4500:4500/udp"
        privileged: true
        environment:
          VPN_IPSEC_PSK: "@V@"
          VPN_USER: @U@
          VPN_DNS_SRV1: 1.1.1.1
        volumes:
          - ikev2-vpn-data:/etc/ipsec.d
          - /lib/modules:/lib/modules:ro
    volumes:
      ikev2-vpn-data:
    ''')
    return "docker-compose.yml", fill(t, v, U=c.user())


@pos("hwdsl2-ipsec-vpn", "vpn-user-password", "pw")
def p_vpn_env(c, v):
    t = D('''
    # Note: Your VPN credentials are read from this file by the container.
    # Do not put "" or '' around values, or add space around =
    VPN_IPSEC_PSK_FILE=/run/secrets/psk
    VPN_USER=@U@
    VPN_PASSWORD=@V@
    VPN_DNS_NAME=vpn.@D@
    ''')
    return "vpn.env", fill(t, v, U=c.user(), D=c.domain())


@pos("generic-ipsec", "ike-psk", "alnum")
def p_dotenv(c, v):
    t = D('''
    SITE_NAME=@S@
    IPSEC_PEER=@P@
    IPSEC_PSK=@V@
    IPSEC_REMOTE_NET=@RN@
    ''')
    return ".env", fill(t, v, S=c.site(), P=c.ip(), RN=c.net())


@pos("racoon", "ike-psk", "ascii")
def p_racoon_psk(c, v):
    t = D('''
    # IPv4/v6 addresses
    # /etc/racoon/psk.txt - mode 0600, owner root
    @P@	@V@
    ''')
    return "etc/racoon/psk.txt", fill(t, v, P=c.ip())


@pos("racoon", "ike-psk-hex", "hex")
def p_racoon_hex(c, v):
    t = D('''
    # USER_FQDN / FQDN / address  key (0x = hex)
    # @D@ partner gateway, rotated @DT@
    gw.@D@	@V@
    ''')
    return "netbsd/racoon/psk.txt", fill(t, v, D=c.domain(), DT=c.date())


@pos("ppp", "l2tp-chap-secret", "pw")
def p_chap(c, v):
    t = D('''
    # Secrets for authentication using CHAP
    # client	server	secret			IP addresses
    "@U@"	l2tpd	"@V@"	*
    ''')
    return "etc/ppp/chap-secrets", fill(t, v, U=c.user())


@pos("ppp", "l2tp-chap-secret", "pw")
def p_pap(c, v):
    t = D('''
    # Secrets for authentication using PAP
    # client	server	secret	IP addresses
    @U@	*	@V@	@IP@
    ''')
    return "etc/ppp/pap-secrets", fill(t, v, U=c.user(), IP=c.pip())


@pos("xl2tpd", "vpn-user-password", "pw")
def p_ppp_options(c, v):
    t = D('''
    ipcp-accept-local
    ipcp-accept-remote
    refuse-eap
    require-chap
    noccp
    noauth
    mtu 1280
    mru 1280
    noipdefault
    defaultroute
    usepeerdns
    connect-delay 5000
    name @U@
    password @V@
    ''')
    return "etc/ppp/options.l2tpd.client", fill(t, v, U=c.user())


@pos("networkmanager-l2tp", "l2tp-ipsec-psk", "alnum")
def p_nm_l2tp(c, v):
    t = D('''
    [connection]
    id=Office L2TP
    uuid=@UUID@
    type=vpn
    autoconnect=false

    [vpn]
    gateway=@P@
    ipsec-enabled=yes
    ipsec-psk=@V@
    password-flags=1
    user=@U@
    service-type=org.freedesktop.NetworkManager.l2tp

    [ipv4]
    method=auto
    never-default=true
    ''')
    return "dotfiles/NetworkManager/system-connections/office-l2tp.nmconnection", \
        fill(t, v, UUID=c.uuid(), P=c.ip(), U=c.user())


@pos("networkmanager-strongswan", "ike-psk", "ascii")
def p_nm_strongswan(c, v):
    t = D('''
    [connection]
    id=@S@ IKEv2
    uuid=@UUID@
    type=vpn

    [vpn]
    address=vpn.@D@
    method=psk
    virtual=yes
    encap=no
    ipcomp=no
    password-flags=0
    service-type=org.freedesktop.NetworkManager.strongswan

    [vpn-secrets]
    password=@V@

    [ipv4]
    method=auto
    ''')
    return "kickstart/files/ikev2-%s.nmconnection" % c.site(), fill(t, v, S=c.site(), UUID=c.uuid(), D=c.domain())


@pos("cisco-asa", "ike-psk", "ascii")
def p_asa_tg(c, v):
    p = c.ip()
    t = D('''
    crypto ikev1 policy 10
     authentication pre-share
     encryption aes-256
     hash sha
     group 14
     lifetime 86400
    crypto ikev1 enable outside
    !
    tunnel-group @P@ type ipsec-l2l
    tunnel-group @P@ general-attributes
     default-group-policy GP-@S@
    tunnel-group @P@ ipsec-attributes
     ikev1 pre-shared-key @V@
     isakmp keepalive threshold 10 retry 2
    !
    crypto map outside_map 20 match address ACL-@S@
    crypto map outside_map 20 set peer @P@
    crypto map outside_map 20 set ikev1 transform-set ESP-AES256-SHA
    ''')
    return "network/asa/%s-l2l.cfg" % c.site(), fill(t, v, P=p, S=c.site().upper())


@pos("cisco-asa", "ike-psk", "ascii")
def p_asa_ikev2(c, v):
    p = c.ip()
    t = D('''
    ! ASA 9.x - IKEv2 L2L to @S@
    tunnel-group @P@ type ipsec-l2l
    tunnel-group @P@ ipsec-attributes
     ikev2 remote-authentication pre-shared-key @V@
     ikev2 local-authentication certificate ASDM_TrustPoint0
    !
    crypto ipsec ikev2 ipsec-proposal AES256-SHA256
     protocol esp encryption aes-256
     protocol esp integrity sha-256
    ''')
    return "configs/firewalls/asa-%s.txt" % c.site(), fill(t, v, P=p, S=c.site())


@pos("cisco-ios", "ike-psk", "ascii")
def p_ios_isakmp(c, v):
    t = D('''
    hostname @H@
    !
    crypto isakmp policy 10
     encr aes 256
     hash sha256
     authentication pre-share
     group 14
    crypto isakmp key @V@ address @P@
    !
    crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac
     mode tunnel
    !
    crypto map CMAP 10 ipsec-isakmp
     set peer @P@
     set transform-set TS
     match address VPN-TRAFFIC
    !
    interface @IF@
     crypto map CMAP
    ''')
    return "routers/%s/running-config.txt" % c.site(), fill(t, v, H="rtr-" + c.site(), P=c.ip(),
                                                           IF="GigabitEthernet0/0/0")


@pos("cisco-ios", "ike-psk", "ascii")
def p_ios_keyring(c, v):
    t = D('''
    crypto ikev2 keyring KR-@S@
     peer @S@
      address @P@
      pre-shared-key @V@
     !
    crypto ikev2 profile IKEV2-PROF-@S@
     match identity remote address @P@ 255.255.255.255
     authentication remote pre-share
     authentication local pre-share
     keyring local KR-@S@
    !
    interface Tunnel@N@
     ip address @TI@ 255.255.255.252
     tunnel source @IF@
     tunnel mode ipsec ipv4
     tunnel destination @P@
     tunnel protection ipsec profile IPSEC-PROF
    ''')
    return "netops/templates/rendered/%s-ikev2.ios" % c.site(), \
        fill(t, v, S=c.site().upper(), P=c.ip(), N=c.num(1, 99), TI="169.254.%s.1" % c.num(10, 200),
             IF="GigabitEthernet1")


@pos("cisco-ios", "ike-psk", "ascii")
def p_ios_cryptokeyring(c, v):
    t = D('''
    crypto keyring AWS-T@N@
      local-address @IF@
      pre-shared-key address @P@ key @V@
    !
    crypto isakmp profile isakmp-vpn-@ID@-@N@
      local-address @IF@
      match identity address @P@
      keyring AWS-T@N@
    ''')
    return "aws/customer-gateway/ios-%s.conf" % c.site(), \
        fill(t, v, N=c.num(0, 1), IF="GigabitEthernet0/0", P=c.ip(), ID=c.hexs(8))


@pos("cisco-ios", "ike-psk", "ascii")
def p_netmiko(c, v):
    t = D('''
    from netmiko import ConnectHandler

    DEVICE = {
        "device_type": "cisco_ios",
        "host": "@MG@",
        "username": "netops",
        "use_keys": True,
        "key_file": "~/.ssh/netops_ed25519",
    }


    def push_peer(peer_ip: str) -> str:
        cmds = [
            "crypto isakmp policy 20",
            " encr aes 256",
            " authentication pre-share",
            " group 14",
            f"crypto isakmp key @V@ address {peer_ip}",
        ]
        with ConnectHandler(**DEVICE) as conn:
            return conn.send_config_set(cmds)


    if __name__ == "__main__":
        print(push_peer("@P@"))
    ''')
    return "automation/push_isakmp.py", fill(t, v, MG=c.pip(), P=c.ip())


@pos("cisco-ios", "ike-psk", "ascii")
def p_ansible_ios(c, v):
    t = D('''
    ---
    - name: Configure IKEv1 peer on branch routers
      hosts: branch_routers
      gather_facts: false
      connection: ansible.netcommon.network_cli
      tasks:
        - name: isakmp policy
          cisco.ios.ios_config:
            parents: crypto isakmp policy 10
            lines:
              - encr aes 256
              - hash sha256
              - authentication pre-share
              - group 14
        - name: peer key
          cisco.ios.ios_config:
            lines:
              - crypto isakmp key @V@ address @P@
          no_log: true
    ''')
    return "playbooks/branch-vpn.yml", fill(t, v, P=c.ip())


@pos("fortinet", "ike-psk", "ascii")
def p_forti_cli(c, v):
    s = c.site()[:12]
    t = D('''
    config vpn ipsec phase1-interface
        edit "@S@"
            set interface "wan1"
            set ike-version 2
            set peertype any
            set net-device disable
            set proposal aes256-sha256
            set dhgrp 14
            set remote-gw @P@
            set psksecret @V@
        next
    end
    config vpn ipsec phase2-interface
        edit "@S@-p2"
            set phase1name "@S@"
            set proposal aes256-sha256
            set src-subnet @LN@
            set dst-subnet @RN@
        next
    end
    ''')
    return "fortigate/scripts/%s-tunnel.conf" % s, fill(t, v, S=s, P=c.ip(), LN=c.net().replace("/24", " 255.255.255.0"),
                                                       RN=c.net().replace("/24", " 255.255.255.0"))


@pos("fortinet", "ike-psk", "ascii")
def p_forti_tf(c, v):
    t = D('''
    resource "fortios_vpnipsec_phase1interface" "@S@" {
      name        = "@S@"
      interface   = "port1"
      ike_version = "2"
      peertype    = "any"
      proposal    = "aes256-sha256"
      dhgrp       = "14"
      remote_gw   = "@P@"
      psksecret   = "@V@"
      net_device  = "disable"
    }
    ''')
    s = c.site().replace("-", "_")
    return "terraform/fortigate/%s.tf" % s, fill(t, v, S=s, P=c.ip())


@pos("fortinet", "xauth-password", "pw")
def p_forti_user(c, v):
    t = D('''
    config user local
        edit "@U@"
            set type password
            set passwd @V@
            set two-factor disable
        next
    end
    config user group
        edit "dialup-xauth"
            set member "@U@"
        next
    end
    ''')
    return "fortigate/backup/users-%s.conf" % c.date(), fill(t, v, U=c.user())


@pos("paloalto", "ike-psk", "ascii")
def p_pan_set(c, v):
    g = "GW-" + c.site().upper()
    t = D('''
    set network ike crypto-profiles ike-crypto-profiles IKE-AES256 dh-group group14
    set network ike crypto-profiles ike-crypto-profiles IKE-AES256 encryption aes-256-cbc
    set network ike crypto-profiles ike-crypto-profiles IKE-AES256 hash sha256
    set network ike gateway @G@ protocol ikev2 ike-crypto-profile IKE-AES256
    set network ike gateway @G@ local-address interface ethernet1/1
    set network ike gateway @G@ peer-address ip @P@
    set network ike gateway @G@ authentication pre-shared-key key @V@
    set network tunnel ipsec TUN-@G@ auto-key ike-gateway @G@
    set network tunnel ipsec TUN-@G@ tunnel-interface tunnel.@N@
    ''')
    return "panos/set-commands/%s.txt" % g.lower(), fill(t, v, G=g, P=c.ip(), N=c.num(1, 40))


@pos("paloalto", "ike-psk", "alnum")
def p_pan_api(c, v):
    t = D('''
    #!/usr/bin/env bash
    # create the IKE gateway through the PAN-OS XML API
    FW=https://@MG@
    XPATH="/config/devices/entry[@name='localhost.localdomain']/network/ike/gateway/entry[@name='gw-@S@']"
    curl -sk -H "X-PAN-KEY: ${PANOS_API_KEY}" \\
      "${FW}/api/?type=config&action=set&xpath=${XPATH}&element=<authentication><pre-shared-key><key>@V@</key></pre-shared-key></authentication><peer-address><ip>@P@</ip></peer-address>"
    curl -sk -H "X-PAN-KEY: ${PANOS_API_KEY}" "${FW}/api/?type=commit&cmd=<commit></commit>"
    ''')
    return "scripts/panos/add-gateway.sh", fill(t, v, MG=c.pip(), S=c.site(), P=c.ip())


@pos("paloalto", "ike-psk", "ascii")
def p_pan_tf(c, v):
    s = c.site().replace("-", "_")
    t = D('''
    resource "panos_ike_gateway" "@S@" {
      name                 = "gw-@S@"
      version              = "ikev2"
      peer_ip_type         = "ip"
      peer_ip_value        = "@P@"
      interface            = "ethernet1/1"
      auth_type            = "pre-shared-key"
      pre_shared_key       = "@V@"
      ikev2_crypto_profile = panos_ike_crypto_profile.aes256.name
    }
    ''')
    return "terraform/panos/gateways.tf", fill(t, v, S=s, P=c.ip())


@pos("juniper", "ike-psk", "ascii")
def p_junos_set(c, v):
    s = c.site()
    t = D('''
    set security ike proposal IKE-PROP authentication-method pre-shared-keys
    set security ike proposal IKE-PROP dh-group group14
    set security ike proposal IKE-PROP encryption-algorithm aes-256-cbc
    set security ike policy IKE-POL-@S@ mode main
    set security ike policy IKE-POL-@S@ proposals IKE-PROP
    set security ike policy IKE-POL-@S@ pre-shared-key ascii-text "@V@"
    set security ike gateway GW-@S@ ike-policy IKE-POL-@S@
    set security ike gateway GW-@S@ address @P@
    set security ike gateway GW-@S@ external-interface ge-0/0/0.0
    set security ipsec vpn VPN-@S@ bind-interface st0.@N@
    ''')
    return "junos/srx-%s.set" % s, fill(t, v, S=s.upper(), P=c.ip(), N=c.num(0, 9))


@pos("juniper", "ike-psk-hex", "jhex")
def p_junos_curly(c, v):
    t = D('''
    security {
        ike {
            policy ike-pol-@S@ {
                mode main;
                proposals ike-prop-aes256;
                pre-shared-key hexadecimal @V@;
            }
            gateway gw-@S@ {
                ike-policy ike-pol-@S@;
                address @P@;
                dead-peer-detection;
                external-interface ge-0/0/0.0;
                version v2-only;
            }
        }
    }
    ''')
    return "configs/juniper/srx-%s.conf" % c.site(), fill(t, v, S=c.site(), P=c.ip())


@pos("mikrotik", "ike-psk", "ascii")
def p_mt_identity(c, v):
    s = c.site()
    t = D('''
    # RouterOS 7 - site-to-site to @S@
    /ip ipsec profile
    add dh-group=modp2048 enc-algorithm=aes-256 hash-algorithm=sha256 name=prof-@S@
    /ip ipsec peer
    add address=@P@/32 exchange-mode=ike2 name=peer-@S@ profile=prof-@S@
    /ip ipsec proposal
    add auth-algorithms=sha256 enc-algorithms=aes-256-cbc name=prop-@S@ pfs-group=modp2048
    /ip ipsec identity
    add peer=peer-@S@ auth-method=pre-shared-key secret="@V@"
    /ip ipsec policy
    add dst-address=@RN@ peer=peer-@S@ proposal=prop-@S@ src-address=@LN@ tunnel=yes
    ''')
    return "mikrotik/%s.rsc" % s, fill(t, v, S=s, P=c.ip(), RN=c.net(), LN=c.net())


@pos("mikrotik", "ike-psk", "alnum")
def p_mt_peer_old(c, v):
    t = D('''
    # exported by RouterOS 6.40.8
    /ip ipsec peer
    add address=@P@/32 auth-method=pre-shared-key dh-group=modp1024 enc-algorithm=aes-128 \\
        exchange-mode=main generate-policy=no nat-traversal=yes secret=@V@
    /ip ipsec policy
    add dst-address=@RN@ sa-dst-address=@P@ sa-src-address=@L@ src-address=@LN@ tunnel=yes
    ''')
    return "backups/rb2011-%s.rsc" % c.site(), fill(t, v, P=c.ip(), RN=c.net(), L=c.ip(), LN=c.net())


@pos("mikrotik", "l2tp-chap-secret", "pw")
def p_mt_ppp(c, v):
    t = D('''
    /ppp profile
    add change-tcp-mss=yes local-address=@GW@ name=l2tp-users remote-address=l2tp-pool use-encryption=required
    /ppp secret
    add name=@U@ password=@V@ profile=l2tp-users service=l2tp
    ''')
    return "mikrotik/l2tp-users.rsc", fill(t, v, GW=c.pip(), U=c.user())


@pos("mikrotik", "l2tp-ipsec-psk", "alnum")
def p_mt_l2tp_server(c, v):
    t = D('''
    /ip pool
    add name=l2tp-pool ranges=@POOL@
    /interface l2tp-server server
    set authentication=mschap2 default-profile=l2tp-users enabled=yes ipsec-secret=@V@ use-ipsec=required
    /ip firewall filter
    add action=accept chain=input dst-port=500,1701,4500 protocol=udp comment="L2TP/IPsec"
    add action=accept chain=input protocol=ipsec-esp
    ''')
    return "routeros/l2tp-server.rsc", fill(t, v, POOL="10.%s.0.10-10.%s.0.60" % (c.num(1, 99), c.num(1, 99)))


@pos("mikrotik", "ike-psk", "ascii")
def p_mt_tf(c, v):
    t = D('''
    resource "routeros_ip_ipsec_peer" "@S@" {
      name          = "@S@"
      address       = "@P@/32"
      exchange_mode = "ike2"
      profile       = routeros_ip_ipsec_profile.default.name
    }

    resource "routeros_ip_ipsec_identity" "@S@" {
      peer        = routeros_ip_ipsec_peer.@S@.name
      auth_method = "pre-shared-key"
      secret      = "@V@"
    }
    ''')
    s = c.site().replace("-", "_")
    return "infra/routeros/ipsec.tf", fill(t, v, S=s, P=c.ip())


@pos("pfsense", "ike-psk", "ascii")
def p_pfsense_p1(c, v):
    t = D('''
    <?xml version="1.0"?>
    <pfsense>
    	<version>22.9</version>
    	<ipsec>
    		<phase1>
    			<ikeid>@N@</ikeid>
    			<iketype>ikev2</iketype>
    			<interface>wan</interface>
    			<remote-gateway>@P@</remote-gateway>
    			<protocol>inet</protocol>
    			<myid_type>myaddress</myid_type>
    			<peerid_type>peeraddress</peerid_type>
    			<encryption>
    				<item>
    					<encryption-algorithm><name>aes</name><keylen>256</keylen></encryption-algorithm>
    					<hash-algorithm>sha256</hash-algorithm>
    					<dhgroup>14</dhgroup>
    				</item>
    			</encryption>
    			<lifetime>28800</lifetime>
    			<pre-shared-key>@V@</pre-shared-key>
    			<authentication_method>pre_shared_key</authentication_method>
    			<descr><![CDATA[@S@]]></descr>
    			<nat_traversal>on</nat_traversal>
    			<dpd_delay>10</dpd_delay>
    			<dpd_maxfail>5</dpd_maxfail>
    		</phase1>
    	</ipsec>
    </pfsense>
    ''')
    return "backups/pfsense/config-fw01.%s.xml" % c.site(), fill(t, v, N=c.num(1, 12), P=c.ip(), S=c.site())


@pos("pfsense", "eap-password", "pw")
def p_pfsense_mobilekey(c, v):
    t = D('''
    	<ipsec>
    		<client>
    			<enable></enable>
    			<pool_address>10.@A@.0.0</pool_address>
    			<pool_netbits>24</pool_netbits>
    		</client>
    		<mobilekey>
    			<ident><![CDATA[@U@]]></ident>
    			<type>EAP</type>
    			<pre-shared-key>@V@</pre-shared-key>
    			<ident_type>none</ident_type>
    			<pool_address></pool_address>
    		</mobilekey>
    	</ipsec>
    ''')
    return "pfsense/snippets/mobile-users.xml", fill(t, v, A=c.num(10, 99), U=c.user())


@pos("opnsense", "ike-psk", "alnum")
def p_opnsense(c, v):
    t = D('''
    <?xml version="1.0"?>
    <opnsense>
      <ipsec>
        <enable>1</enable>
        <phase1>
          <ikeid>1</ikeid>
          <iketype>ikev2</iketype>
          <interface>wan</interface>
          <remote-gateway>@P@</remote-gateway>
          <authentication_method>pre_shared_key</authentication_method>
          <pre-shared-key>@V@</pre-shared-key>
          <descr>@S@</descr>
        </phase1>
      </ipsec>
    </opnsense>
    ''')
    return "opnsense/conf/config.xml", fill(t, v, P=c.ip(), S=c.site())


@pos("vyos", "ike-psk", "ascii")
def p_vyos14(c, v):
    s = c.site().upper().replace("-", "_")
    t = D('''
    set vpn ipsec interface 'eth0'
    set vpn ipsec esp-group ESP-@S@ proposal 1 encryption 'aes256'
    set vpn ipsec esp-group ESP-@S@ proposal 1 hash 'sha256'
    set vpn ipsec ike-group IKE-@S@ key-exchange 'ikev2'
    set vpn ipsec ike-group IKE-@S@ proposal 1 dh-group '14'
    set vpn ipsec authentication psk @S@ id '@L@'
    set vpn ipsec authentication psk @S@ id '@P@'
    set vpn ipsec authentication psk @S@ secret '@V@'
    set vpn ipsec site-to-site peer @S@ authentication mode 'pre-shared-secret'
    set vpn ipsec site-to-site peer @S@ remote-address '@P@'
    set vpn ipsec site-to-site peer @S@ vti bind 'vti@N@'
    ''')
    return "vyos/%s.vyos" % s.lower(), fill(t, v, S=s, L=c.ip(), P=c.ip(), N=c.num(0, 9))


@pos("vyos", "ike-psk", "alnum")
def p_vyos13(c, v):
    p = c.ip()
    t = D('''
    configure
    set vpn ipsec site-to-site peer @P@ authentication mode pre-shared-secret
    set vpn ipsec site-to-site peer @P@ authentication pre-shared-secret '@V@'
    set vpn ipsec site-to-site peer @P@ ike-group IKE-1
    set vpn ipsec site-to-site peer @P@ local-address @L@
    set vpn ipsec site-to-site peer @P@ tunnel 1 local prefix @LN@
    set vpn ipsec site-to-site peer @P@ tunnel 1 remote prefix @RN@
    commit
    save
    ''')
    return "edge/vyos-1.3/site-to-site.sh", fill(t, v, P=p, L=c.ip(), LN=c.net(), RN=c.net())


@pos("vyos", "ike-psk", "ascii")
def p_vyos_boot(c, v):
    t = D('''
    vpn {
        ipsec {
            site-to-site {
                peer @P@ {
                    authentication {
                        mode pre-shared-secret
                        pre-shared-secret "@V@"
                    }
                    connection-type initiate
                    ike-group IKE-@S@
                    local-address @L@
                    vti {
                        bind vti0
                        esp-group ESP-@S@
                    }
                }
            }
        }
    }
    ''')
    return "vyos/config/config.boot", fill(t, v, P=c.ip(), S=c.site().upper(), L=c.ip())


@pos("aws", "cloud-tunnel-psk", "aws")
def p_aws_tf(c, v):
    t = D('''
    resource "aws_customer_gateway" "@S@" {
      bgp_asn    = @ASN@
      ip_address = "@P@"
      type       = "ipsec.1"
      tags = { Name = "cgw-@S@" }
    }

    resource "aws_vpn_connection" "@S@" {
      vpn_gateway_id        = aws_vpn_gateway.main.id
      customer_gateway_id   = aws_customer_gateway.@S@.id
      type                  = "ipsec.1"
      static_routes_only    = false
      tunnel1_inside_cidr   = "@IN@"
      tunnel1_preshared_key = "@V@"
      tunnel1_ike_versions  = ["ikev2"]
    }
    ''')
    s = c.site().replace("-", "_")
    return "terraform/aws/vpn_%s.tf" % s, fill(t, v, S=s, ASN=c.asn(), P=c.ip(), IN=c.inside())


@pos("aws", "cloud-tunnel-psk", "aws")
def p_aws_generic(c, v):
    t = D('''
    Amazon Web Services
    Virtual Private Cloud

    VPN Connection Configuration
    ================================================================================
    AWS utilizes unique identifiers to manipulate the configuration of
    a VPN Connection. Each VPN Connection is assigned a VPN Connection Identifier
    and is associated with two other identifiers, namely the
    Customer Gateway Identifier and the Virtual Private Gateway Identifier.

    Your VPN Connection ID 		  : vpn-@ID1@
    Your Virtual Private Gateway ID   : vgw-@ID2@
    Your Customer Gateway ID		  : cgw-@ID3@

    IPSec Tunnel #1
    ================================================================================
    #1: Internet Key Exchange Configuration

    Configure the IKE SA as follows:
      - IKE version              : IKEv2
      - Authentication Method    : Pre-Shared Key
      - Pre-Shared Key           : @V@
      - Authentication Algorithm : sha2-256
      - Encryption Algorithm     : aes-256-cbc
      - Lifetime                 : 28800 seconds
      - DH Group                 : 14

    #3: Tunnel Interface Configuration
    Outside IP Addresses:
      - Customer Gateway 		        : @P@
      - Virtual Private Gateway	        : @A@
    ''')
    return "docs/aws/vpn-%s-generic.txt" % c.hexs(8), fill(t, v, ID1=c.hexs(17), ID2=c.hexs(17), ID3=c.hexs(17),
                                                           P=c.ip(), A=c.ip())


@pos("aws", "cloud-tunnel-psk", "aws")
def p_aws_cli(c, v):
    t = D('''
    #!/usr/bin/env bash
    # rotate tunnel 2 PSK after the incident review (CHG-@N@)
    set -euo pipefail
    VPN_ID=vpn-@ID@
    OUTSIDE_IP=$(aws ec2 describe-vpn-connections --vpn-connection-ids "$VPN_ID" \\
      --query 'VpnConnections[0].Options.TunnelOptions[1].OutsideIpAddress' --output text)
    aws ec2 modify-vpn-tunnel-options \\
      --vpn-connection-id "$VPN_ID" \\
      --vpn-tunnel-outside-ip-address "$OUTSIDE_IP" \\
      --tunnel-options PreSharedKey=@V@
    ''')
    return "ops/rotate-tunnel-psk.sh", fill(t, v, N=c.num(1000, 9999), ID=c.hexs(17))


@pos("aws", "cloud-tunnel-psk", "aws")
def p_aws_cfn(c, v):
    t = D('''
    AWSTemplateFormatVersion: "2010-09-09"
    Description: Site-to-Site VPN to @S@
    Resources:
      CustomerGateway:
        Type: AWS::EC2::CustomerGateway
        Properties:
          BgpAsn: @ASN@
          IpAddress: @P@
          Type: ipsec.1
      VPNConnection:
        Type: AWS::EC2::VPNConnection
        Properties:
          Type: ipsec.1
          CustomerGatewayId: !Ref CustomerGateway
          VpnGatewayId: !Ref VPNGateway
          StaticRoutesOnly: false
          VpnTunnelOptionsSpecifications:
            - TunnelInsideCidr: @IN@
              PreSharedKey: @V@
    ''')
    return "cloudformation/vpn-%s.yaml" % c.site(), fill(t, v, S=c.site(), ASN=c.asn(), P=c.ip(), IN=c.inside())


@pos("aws", "cloud-tunnel-psk", "aws")
def p_aws_cdk(c, v):
    t = D('''
    import { Stack, StackProps, SecretValue } from 'aws-cdk-lib';
    import * as ec2 from 'aws-cdk-lib/aws-ec2';
    import { Construct } from 'constructs';

    export class VpnStack extends Stack {
      constructor(scope: Construct, id: string, props?: StackProps) {
        super(scope, id, props);
        const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });
        vpc.addVpnConnection('@S@', {
          ip: '@P@',
          asn: @ASN@,
          tunnelOptions: [
            { preSharedKeySecret: SecretValue.unsafePlainText('@V@') },
          ],
        });
      }
    }
    ''')
    return "infra/cdk/lib/vpn-stack.ts", fill(t, v, S=c.site(), P=c.ip(), ASN=c.asn())


@pos("aws", "cloud-tunnel-psk", "aws")
def p_aws_boto3(c, v):
    t = D('''
    import boto3

    ec2 = boto3.client("ec2", region_name="@REG@")


    def create(cgw_id: str, tgw_id: str) -> str:
        resp = ec2.create_vpn_connection(
            CustomerGatewayId=cgw_id,
            Type="ipsec.1",
            TransitGatewayId=tgw_id,
            Options={
                "StaticRoutesOnly": False,
                "TunnelOptions": [
                    {"TunnelInsideCidr": "@IN@", "PreSharedKey": "@V@"},
                ],
            },
        )
        return resp["VpnConnection"]["VpnConnectionId"]
    ''')
    return "lambdas/vpn_provisioner/handler.py", fill(t, v, REG=c.pick(["eu-west-1", "us-east-1", "ap-southeast-2"]),
                                                     IN=c.inside())


@pos("azure", "cloud-tunnel-psk", "alnum")
def p_az_tf(c, v):
    s = c.site().replace("-", "_")
    t = D('''
    resource "azurerm_local_network_gateway" "@S@" {
      name                = "lgw-@S@"
      location            = azurerm_resource_group.net.location
      resource_group_name = azurerm_resource_group.net.name
      gateway_address     = "@P@"
      address_space       = ["@RN@"]
    }

    resource "azurerm_virtual_network_gateway_connection" "@S@" {
      name                       = "cn-@S@"
      location                   = azurerm_resource_group.net.location
      resource_group_name        = azurerm_resource_group.net.name
      type                       = "IPsec"
      virtual_network_gateway_id = azurerm_virtual_network_gateway.vpngw.id
      local_network_gateway_id   = azurerm_local_network_gateway.@S@.id
      shared_key                 = "@V@"
    }
    ''')
    return "terraform/azure/connections.tf", fill(t, v, S=s, P=c.ip(), RN=c.net())


@pos("azure", "cloud-tunnel-psk", "alnum")
def p_az_cli(c, v):
    t = D('''
    #!/bin/bash
    RG=rg-network-@ENV@
    az network local-gateway create -g $RG -n lgw-@S@ --gateway-ip-address @P@ \\
      --local-address-prefixes @RN@
    az network vpn-connection create -g $RG -n cn-@S@ \\
      --vnet-gateway1 vpngw-hub \\
      --local-gateway2 lgw-@S@ \\
      --location westeurope \\
      --shared-key @V@
    ''')
    return "scripts/azure/create-s2s.sh", fill(t, v, ENV=c.pick(["prod", "shared", "hub"]), S=c.site(), P=c.ip(),
                                               RN=c.net())


@pos("azure", "cloud-tunnel-psk", "alnum")
def p_az_arm(c, v):
    t = D('''
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "resources": [
        {
          "type": "Microsoft.Network/connections",
          "apiVersion": "2023-04-01",
          "name": "cn-@S@",
          "location": "[resourceGroup().location]",
          "properties": {
            "virtualNetworkGateway1": { "id": "[resourceId('Microsoft.Network/virtualNetworkGateways', 'vpngw-hub')]" },
            "localNetworkGateway2": { "id": "[resourceId('Microsoft.Network/localNetworkGateways', 'lgw-@S@')]" },
            "connectionType": "IPsec",
            "routingWeight": 10,
            "sharedKey": "@V@"
          }
        }
      ]
    }
    ''')
    return "arm/connection-%s.json" % c.site(), fill(t, v, S=c.site())


@pos("azure", "cloud-tunnel-psk", "alnum")
def p_az_ps(c, v):
    t = D('''
    $rg  = "rg-hub-network"
    $gw  = Get-AzVirtualNetworkGateway -Name "vpngw-hub" -ResourceGroupName $rg
    $lgw = Get-AzLocalNetworkGateway -Name "lgw-@S@" -ResourceGroupName $rg

    New-AzVirtualNetworkGatewayConnection -Name "cn-@S@" -ResourceGroupName $rg `
        -Location "westeurope" -VirtualNetworkGateway1 $gw -LocalNetworkGateway2 $lgw `
        -ConnectionType IPsec -RoutingWeight 10 -SharedKey '@V@'
    ''')
    return "powershell/New-S2SConnection.ps1", fill(t, v, S=c.site())


@pos("gcp", "cloud-tunnel-psk", "ascii")
def p_gcp_tf(c, v):
    s = c.site().replace("-", "_")
    t = D('''
    resource "google_compute_vpn_tunnel" "@S@" {
      name                    = "tun-@S@"
      region                  = "europe-west4"
      peer_ip                 = "@P@"
      ike_version             = 2
      shared_secret           = "@V@"
      target_vpn_gateway      = google_compute_vpn_gateway.gw.id
      local_traffic_selector  = ["@LN@"]
      remote_traffic_selector = ["@RN@"]
      depends_on = [
        google_compute_forwarding_rule.esp,
        google_compute_forwarding_rule.udp500,
        google_compute_forwarding_rule.udp4500,
      ]
    }
    ''')
    return "gcp/network/vpn.tf", fill(t, v, S=s, P=c.ip(), LN=c.net(), RN=c.net())


@pos("gcp", "cloud-tunnel-psk", "alnum")
def p_gcp_cli(c, v):
    t = D('''
    gcloud compute vpn-tunnels create tun-@S@-0 \\
        --peer-external-gateway=peer-@S@ \\
        --peer-external-gateway-interface=0 \\
        --region=us-central1 \\
        --ike-version=2 \\
        --shared-secret=@V@ \\
        --router=cr-@S@ \\
        --vpn-gateway=ha-vpn-gw \\
        --interface=0
    ''')
    return "runbooks/gcp/ha-vpn-%s.sh" % c.site(), fill(t, v, S=c.site())


@pos("openvpn", "openvpn-static-key", "ovpn")
def p_ovpn_keyfile(c, v):
    t = "#\n# 2048 bit OpenVPN static key\n#\n" + ovpn_block(v) + "\n"
    return c.pick(["openvpn/server/ta.key", "deploy/openvpn/static.key", "roles/openvpn/files/tc.key"]), t


@pos("openvpn", "openvpn-static-key", "ovpn")
def p_ovpn_inline_tlscrypt(c, v):
    t = D('''
    client
    dev tun
    proto udp
    remote vpn.@D@ 1194
    resolv-retry infinite
    nobind
    persist-key
    persist-tun
    remote-cert-tls server
    cipher AES-256-GCM
    auth SHA256
    verb 3
    <ca>
    -----BEGIN CERTIFICATE-----
    @CA@
    -----END CERTIFICATE-----
    </ca>
    <tls-crypt>
    @K@
    </tls-crypt>
    ''')
    ca = "\n".join(c.b64(48) for _ in range(6))
    return "clients/%s.ovpn" % c.user(), fill(t, None, D=c.domain(), CA=ca, K=ovpn_block(v))


@pos("openvpn", "openvpn-static-key", "ovpn")
def p_ovpn_inline_tlsauth(c, v):
    t = D('''
    # generated by make-client.sh for @U@
    client
    dev tun
    proto tcp
    remote @P@ 443
    auth-user-pass
    key-direction 1
    <tls-auth>
    #
    # 2048 bit OpenVPN static key
    #
    @K@
    </tls-auth>
    ''')
    return "vpn/profiles/office-tcp.ovpn", fill(t, None, U=c.user(), P=c.ip(), K=ovpn_block(v))


@pos("openvpn", "openvpn-static-key", "ovpn")
def p_ovpn_p2p(c, v):
    t = D('''
    # point-to-point link using a pre-shared static key (legacy, OpenVPN 2.5)
    dev tun0
    remote @P@
    ifconfig 10.8.@A@.1 10.8.@A@.2
    cipher AES-256-CBC
    <secret>
    @K@
    </secret>
    keepalive 10 60
    ''')
    return "etc/openvpn/p2p-%s.conf" % c.site(), fill(t, None, P=c.ip(), A=c.num(0, 250), K=ovpn_block(v))


@pos("openvpn", "openvpn-static-key", "ovpn")
def p_ovpn_helm(c, v):
    t = D('''
    # values for charts/openvpn
    replicaCount: 1
    service:
      type: LoadBalancer
      port: 1194
    openvpn:
      OVPN_NETWORK: 10.240.0.0
      OVPN_SUBNET: 255.255.0.0
      OVPN_PROTO: udp
      redirectGateway: false
      taKey: |
    @K@
    persistence:
      enabled: true
      size: 2M
    ''')
    return "helm/openvpn/values-prod.yaml", fill(t, None, K=ovpn_block(v, "    "))


@pos("openvpn", "vpn-user-password", "pw")
def p_ovpn_authfile(c, v):
    return c.pick(["openvpn/client/auth.txt", "config/vpn/credentials.txt", "etc/openvpn/pass.txt"]), \
        "%s\n%s\n" % (c.user(), v)


@pos("softether", "l2tp-ipsec-psk", "soft")
def p_softether_vpncmd(c, v):
    t = D('''
    #!/bin/sh
    # enable L2TP/IPsec on the SoftEther server (vpncmd batch)
    VPNCMD=/usr/local/vpnserver/vpncmd
    $VPNCMD localhost /SERVER /PASSWORD:"$SE_ADMIN_PASSWORD" /CMD HubCreate @HUB@ /PASSWORD:none
    $VPNCMD localhost /SERVER /PASSWORD:"$SE_ADMIN_PASSWORD" /CMD IPsecEnable /L2TP:yes /L2TPRAW:no /ETHERIP:no /PSK:@V@ /DEFAULTHUB:@HUB@
    $VPNCMD localhost /SERVER /PASSWORD:"$SE_ADMIN_PASSWORD" /CMD SecureNatEnable
    ''')
    return "softether/setup-l2tp.sh", fill(t, v, HUB=c.pick(["VPN", "DEFAULT", "OFFICE"]))


@pos("softether", "l2tp-ipsec-psk", "soft")
def p_softether_config(c, v):
    t = D('''
    # Software Configuration File
    # ---------------------------
    declare root
    {
    	uint ConfigRevision @REV@
    	bool IPsecMessageDisplayed true
    	declare IPsec
    	{
    		bool EtherIP_IPsec false
    		string IPsec_Secret @V@
    		string L2TP_DefaultHub VPN
    		bool L2TP_IPsec true
    		bool L2TP_Raw false
    	}
    }
    ''')
    return "softether/vpn_server.config", fill(t, v, REV=c.num(10, 900))


@pos("generic-ipsec", "ike-psk", "ascii")
def p_csv(c, v):
    rows = ["tunnel,peer_ip,local_subnet,remote_subnet,ike,auth,psk,owner"]
    k = c.R.randint(1, 4)
    for i in range(5):
        if i == k:
            rows.append("%s,%s,%s,%s,ikev2,psk,%s,netops" % (c.site(), c.ip(), c.net(), c.net(), v))
        else:
            rows.append("%s,%s,%s,%s,ikev2,cert,,netops" % (c.site(), c.ip(), c.net(), c.net()))
    return "inventory/tunnels.csv", "\n".join(rows) + "\n"


@pos("cisco-ios", "ike-psk", "ascii")
def p_markdown(c, v):
    t = D('''
    # Runbook: bring up the @S@ IPsec tunnel

    1. Confirm the peer is reachable: `ping @P@ source @IF@`
    2. Apply the phase 1 config:

    ```
    crypto isakmp policy 10
     encr aes 256
     authentication pre-share
     group 14
    crypto isakmp key @V@ address @P@
    ```

    3. Verify with `show crypto isakmp sa` - state must be `QM_IDLE`.
    4. Ping across: `ping @RIP@ source Loopback0`.
    ''')
    return "docs/runbooks/%s-tunnel.md" % c.site(), fill(t, v, S=c.site(), P=c.ip(), IF="GigabitEthernet0/1",
                                                        RIP=c.pip())


@pos("generic-ipsec", "ike-psk", "ascii")
def p_json_inventory(c, v):
    s = c.site()
    d = {"site": s, "gateway": {"vendor": c.pick(["fortinet", "cisco", "juniper"]), "wan_ip": c.ip()},
         "tunnels": [{"name": "primary", "peer": c.ip(), "ike_version": 2, "proposal": c.proposal(),
                      "psk": v, "remote_networks": [c.net()]}],
         "monitoring": {"icmp_target": c.pip(), "interval_s": 30}}
    return "inventory/sites/%s.json" % s, json.dumps(d, indent=2) + "\n"


@pos("generic-ipsec", "ike-psk", "alnum")
def p_hostvars(c, v):
    t = D('''
    ---
    ansible_host: @MG@
    wan_ip: @L@
    tunnels:
      - peer: @P@
        remote_net: @RN@
        key: "@V@"
        dpd: restart
    ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
    ''')
    return "inventory/host_vars/edge-%s.yml" % c.site(), fill(t, v, MG=c.pip(), L=c.ip(), P=c.ip(), RN=c.net())


@pos("generic-ipsec", "ike-psk", "ascii")
def p_go(c, v):
    t = D('''
    package tunnels

    import "net/netip"

    // Static definitions for the lab environment.
    var Lab = []Tunnel{
    	{
    		Name:   "@S@",
    		Peer:   netip.MustParseAddr("@P@"),
    		Remote: netip.MustParsePrefix("@RN@"),
    		IKE:    "@PROP@",
    		Secret: "@V@",
    	},
    }
    ''')
    return "internal/tunnels/lab.go", fill(t, v, S=c.site(), P=c.ip(), RN=c.net(), PROP=c.proposal())


@pos("generic-ipsec", "ike-psk", "alnum")
def p_sql(c, v):
    t = D('''
    -- seed data for the tunnel orchestrator (staging)
    INSERT INTO vpn_tunnels (id, name, peer_ip, ike_version, auth_method, psk, created_at)
    VALUES (@N@, '@S@', '@P@', 2, 'psk', '@V@', '@DT@ 10:00:00');
    INSERT INTO vpn_tunnel_routes (tunnel_id, prefix) VALUES (@N@, '@RN@');
    ''')
    return "db/seeds/002_vpn_tunnels.sql", fill(t, v, N=c.num(1, 500), S=c.site(), P=c.ip(), DT=c.date(), RN=c.net())


@pos("generic-ipsec", "ike-psk", "ascii")
def p_ini(c, v):
    t = D('''
    [global]
    log_level = info
    state_dir = /var/lib/tunnelmon

    [tunnel:@S@]
    peer = @P@
    local_subnet = @LN@
    remote_subnet = @RN@
    shared_secret = @V@
    ''')
    return "etc/tunnelmon/tunnelmon.ini", fill(t, v, S=c.site(), P=c.ip(), LN=c.net(), RN=c.net())


@pos("generic-ipsec", "ike-psk", "alnum")
def p_toml(c, v):
    t = D('''
    [agent]
    listen = "127.0.0.1:9810"

    [[peers]]
    name = "@S@"
    address = "@P@"
    ike = "@PROP@"
    psk = "@V@"
    ''')
    return "config/vpnagent.toml", fill(t, v, S=c.site(), P=c.ip(), PROP=c.proposal())


@pos("strongswan", "ike-psk", "ascii")
def p_k8s_secret(c, v):
    t = D('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: strongswan-secrets
      namespace: edge-vpn
    type: Opaque
    stringData:
      ipsec.secrets: |
        %any @P@ : PSK "@V@"
    ''')
    return "k8s/edge-vpn/secret.yaml", fill(t, v, P=c.ip())


@pos("strongswan", "ike-psk", "alnum")
def p_helm_values(c, v):
    t = D('''
    image:
      repository: ghcr.io/example/strongswan
      tag: "5.9.14"
    ipsec:
      peer: @P@
      localSubnets: ["@LN@"]
      remoteSubnets: ["@RN@"]
      sharedKey: @V@
    resources:
      limits: { cpu: 200m, memory: 128Mi }
    ''')
    return "charts/ipsec-gw/values.yaml", fill(t, v, P=c.ip(), LN=c.net(), RN=c.net())


@pos("libreswan", "xauth-password", "pw")
def p_libreswan_xauth(c, v):
    t = D('''
    # Libreswan XAUTH user for the IKEv1 remote-access pool
    # (group PSK lives in /etc/ipsec.d/ra-group.secrets)
    @@U@ : XAUTH "@V@"
    ''')
    return "etc/ipsec.d/ra-users.secrets", fill(t, v, U=c.user())


@pos("cisco-asa", "ike-psk", "ascii")
def p_asa_ansible(c, v):
    t = D('''
    - name: ASA tunnel-group for @S@
      cisco.asa.asa_config:
        lines:
          - ikev1 pre-shared-key @V@
        parents:
          - tunnel-group @P@ ipsec-attributes
    ''')
    return "roles/asa_vpn/tasks/%s.yml" % c.site(), fill(t, v, S=c.site(), P=c.ip())


# ----------------------------------------------------------------------------
# negative slot values (re-using positive templates)
# ----------------------------------------------------------------------------
def neg_value(c, gen):
    k = c.pick(["placeholder", "placeholder", "empty", "masked", "env-ref", "env-ref", "template-expr",
                "secret-manager", "doc-example"])
    if gen == "ovpn":
        return c.pick([
            ("# paste the output of `openvpn --genkey secret ta.key` here", "placeholder"),
            ("{{ openvpn_ta_key }}", "template-expr"),
            ("[REDACTED]", "masked"),
            ("<contents of ta.key>", "placeholder"),
            ("${OVPN_TLS_CRYPT_KEY}", "env-ref"),
            ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
        ])
    if k == "placeholder":
        if gen in ("hex", "jhex"):
            return c.pick(["0x<hex-encoded-psk>", "0xXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<HEX_KEY>",
                           "0x00000000000000000000000000000000"]), k
        return c.pick(["<your-psk>", "YOUR_PRE_SHARED_KEY", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME",
                       "<PSK>", "your-shared-secret-here", "CHANGE_ME_BEFORE_DEPLOY", "<password>",
                       "PUT-SECRET-HERE", "TODO", "secret", "<shared key from the peer team>"]), k
    if k == "empty":
        return "", k
    if k == "masked":
        return c.pick(["********", "[REDACTED]", "<redacted>", "*****", "<hidden>", "**********", "(masked)"]), k
    if k == "env-ref":
        return c.pick(["${VPN_PSK}", "$IPSEC_PSK", "${TUNNEL1_PSK}", "${env:VPN_SHARED_KEY}", "%ENV_PSK%",
                       "${VPN_PASSWORD}", "$(cat /run/secrets/psk)"]), k
    if k == "template-expr":
        return c.pick(["{{ vault_ipsec_psk }}", "{{ .Values.ipsec.psk }}", "${var.tunnel1_psk}",
                       "{{ lookup('env', 'VPN_PSK') }}", "%%IPSEC_PSK%%", "@@PSK@@", "{{ tunnel.psk }}",
                       "${random_password.psk.result}"]), k
    if k == "secret-manager":
        return c.pick(["vault:secret/data/network/vpn/%s#psk" % c.site(), "op://Infrastructure/VPN %s/psk" % c.site(),
                       "arn:aws:secretsmanager:eu-west-1:123456789012:secret:vpn/tunnel1-psk-AbCdEf",
                       "projects/net-prod/secrets/vpn-psk-%s/versions/latest" % c.site(),
                       "{{resolve:secretsmanager:vpn/%s:SecretString:psk}}" % c.site(),
                       "keyvault://kv-network/s2s-shared-key"]), k
    return c.pick(DOC_EXAMPLES[:10]), "doc-example"


# ----------------------------------------------------------------------------
# look-alike negative templates: fn(c) -> (relpath, text)
# ----------------------------------------------------------------------------
LOOK = []


def look(provider, kind):
    def d(fn):
        LOOK.append((fn.__name__, provider, kind, fn))
        return fn
    return d


def type6(c):
    return c.rs(UPPER + LOWER + "_^", c.R.randint(30, 44)) + "AAB"


@look("cisco-ios", "encrypted-type6")
def n_ios_type6(c):
    t = D('''
    key config-key password-encrypt
    password encryption aes
    !
    crypto isakmp policy 10
     encr aes 256
     authentication pre-share
     group 14
    crypto isakmp key 6 @E@ address @P@
    !
    crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac
    ''')
    return "routers/%s/show-run.txt" % c.site(), fill(t, None, E=type6(c), P=c.ip())


@look("cisco-ios", "encrypted-type6")
def n_ios_keyring6(c):
    t = D('''
    crypto ikev2 keyring KR-@S@
     peer @S@
      address @P@
      pre-shared-key local 6 @E1@
      pre-shared-key remote 6 @E2@
    ''')
    return "netops/backups/%s-%s.cfg" % (c.site(), c.date()), fill(t, None, S=c.site().upper(), P=c.ip(),
                                                                   E1=type6(c), E2=type6(c))


@look("cisco-asa", "masked")
def n_asa_masked(c):
    p = c.ip()
    t = D('''
    asa-@S@# show running-config tunnel-group
    tunnel-group @P@ type ipsec-l2l
    tunnel-group @P@ general-attributes
     default-group-policy GP-L2L
    tunnel-group @P@ ipsec-attributes
     ikev1 pre-shared-key *****
     ikev2 remote-authentication pre-shared-key *****
     ikev2 local-authentication pre-shared-key *****
    ''')
    return "captures/asa-%s-tunnel-groups.log" % c.site(), fill(t, None, S=c.site(), P=p)


@look("cisco-asa", "encrypted-type8")
def n_asa_type8(c):
    p = c.ip()
    t = D('''
    ! more system:running-config (password encryption aes enabled)
    key config-key password-encryption
    password encryption aes
    tunnel-group @P@ ipsec-attributes
     ikev1 pre-shared-key 8 @E@
     isakmp keepalive threshold 10 retry 2
    ''')
    return "backups/asa/%s.cfg" % c.site(), fill(t, None, P=p, E=c.b64(c.pick([33, 36, 45])))


def junos9(c):
    alpha = "QzF3n6/9CAtpu0OB1IREhcSyrleKvMW8LXx7N-dVbwsY2g4oaJZGUDjiHkq.mPf5T"
    return "$9$" + c.rs(alpha, c.R.randint(30, 70))


@look("juniper", "encrypted-$9$")
def n_junos9(c):
    t = D('''
    security {
        ike {
            policy ike-pol-@S@ {
                mode main;
                proposals ike-prop;
                pre-shared-key ascii-text "@E@"; ## SECRET-DATA
            }
        }
    }
    ''')
    return "configs/juniper/show-config-%s.txt" % c.site(), fill(t, None, S=c.site(), E=junos9(c))


@look("juniper", "encrypted-$9$")
def n_junos9_set(c):
    t = D('''
    root@srx-@S@> show configuration security ike | display set
    set security ike policy IKE-POL pre-shared-key ascii-text "@E@"
    set security ike gateway GW-@S@ ike-policy IKE-POL
    set security ike gateway GW-@S@ address @P@
    set security ike gateway GW-@S@ external-interface ge-0/0/0.0
    ''')
    return "tickets/NET-%s/srx-ike.txt" % c.num(1000, 9999), fill(t, None, S=c.site(), E=junos9(c), P=c.ip())


@look("fortinet", "encrypted-ENC")
def n_forti_enc(c):
    s = c.site()[:12]
    t = D('''
    #config-version=FGT60F-7.2.5-FW-build1517-230606:opmode=0:vdom=0:user=admin
    #conf_file_ver=@CV@
    #buildno=1517
    config vpn ipsec phase1-interface
        edit "@S@"
            set interface "wan1"
            set ike-version 2
            set peertype any
            set net-device disable
            set proposal aes256-sha256
            set remote-gw @P@
            set psksecret ENC @E@
        next
    end
    ''')
    return "fortigate/backups/FGT60F_%s.conf" % c.date().replace("-", ""), \
        fill(t, None, CV=c.num(10 ** 14, 10 ** 15), S=s, P=c.ip(), E=c.b64(c.pick([96, 120, 144])))


@look("paloalto", "encrypted-AQ")
def n_pan_xml(c):
    t = D('''
    <entry name="gw-@S@">
      <authentication>
        <pre-shared-key>
          <key>-AQ==@E@</key>
        </pre-shared-key>
      </authentication>
      <protocol>
        <ikev2><dpd><enable>yes</enable></dpd><ike-crypto-profile>IKE-AES256</ike-crypto-profile></ikev2>
        <version>ikev2</version>
      </protocol>
      <local-address><interface>ethernet1/1</interface></local-address>
      <peer-address><ip>@P@</ip></peer-address>
    </entry>
    ''')
    e = c.b64(20) + c.b64(c.pick([24, 32]))
    return "panos/running-config/ike-gateway-%s.xml" % c.site(), fill(t, None, S=c.site(), E=e, P=c.ip())


@look("pfsense", "cert-auth")
def n_pfsense_cert(c):
    t = D('''
    		<phase1>
    			<ikeid>@N@</ikeid>
    			<iketype>ikev2</iketype>
    			<interface>wan</interface>
    			<remote-gateway>@P@</remote-gateway>
    			<authentication_method>cert</authentication_method>
    			<certref>@REF@</certref>
    			<caref>@CAREF@</caref>
    			<pre-shared-key></pre-shared-key>
    			<descr><![CDATA[@S@ (cert)]]></descr>
    		</phase1>
    ''')
    return "pfsense/snippets/phase1-%s.xml" % c.site(), fill(t, None, N=c.num(1, 20), P=c.ip(), REF=c.hexs(13),
                                                            CAREF=c.hexs(13), S=c.site())


@look("strongswan", "cert-auth")
def n_swanctl_cert(c):
    t = D('''
    connections {
        rw {
            pools = rw_pool
            local {
                auth = pubkey
                certs = moonCert.pem
                id = "C=CH, O=@O@, CN=vpn.@D@"
            }
            remote {
                auth = pubkey
                cacerts = caCert.pem
            }
            children {
                net { local_ts = @LN@ }
            }
            send_certreq = no
            proposals = @PROP@
        }
    }
    pools {
        rw_pool { addrs = 10.@A@.0.0/24 }
    }
    ''')
    return "etc/swanctl/swanctl.conf", fill(t, None, O=c.pick(["Acme", "Northwind", "Globex"]), D=c.domain(),
                                            LN=c.net(), PROP=c.proposal(), A=c.num(1, 99))


@look("strongswan", "config-no-secret")
def n_ipsec_conf(c):
    t = D('''
    # ipsec.conf - strongSwan IPsec configuration file
    config setup
        charondebug="ike 1, knl 1, cfg 0"
        uniqueids=no

    conn %default
        ikelifetime=60m
        keylife=20m
        rekeymargin=3m
        keyingtries=1
        keyexchange=ikev2
        authby=secret

    conn @S@
        left=%defaultroute
        leftid=@L@
        leftsubnet=@LN@
        right=@P@
        rightsubnet=@RN@
        ike=@PROP@!
        esp=@ESP@!
        auto=start
    # PSK lives in /etc/ipsec.secrets (not in git)
    ''')
    return "etc/ipsec.conf", fill(t, None, S=c.site(), L=c.ip(), LN=c.net(), P=c.ip(), RN=c.net(),
                                  PROP=c.proposal(), ESP=c.esp())


@look("strongswan", "status-spi")
def n_statusall(c):
    s = c.site()
    t = D('''
    Status of IKE charon daemon (strongSwan 5.9.8, Linux 6.1.0-18-amd64, x86_64):
      uptime: 3 days, since @DT@ 08:14:22 2024
      worker threads: 11 of 16 idle, 5/0/0/0 working, job queue: 0/0/0/0, scheduled: 4
    Connections:
            @S@:  @L@...@P@  IKEv2, dpddelay=30s
            @S@:   local:  [@L@] uses pre-shared key authentication
            @S@:   remote: [@P@] uses pre-shared key authentication
    Security Associations (1 up, 0 connecting):
            @S@[@N@]: ESTABLISHED 42 minutes ago, @L@[@L@]...@P@[@P@]
            @S@[@N@]: IKEv2 SPIs: @I1@_i* @I2@_r, pre-shared key reauthentication in 2 hours
            @S@[@N@]: IKE proposal: AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048
            @S@{@M@}:  INSTALLED, TUNNEL, reqid 1, ESP SPIs: @E1@_i @E2@_o
            @S@{@M@}:  AES_CBC_256/HMAC_SHA2_256_128, 18224 bytes_i (212 pkts, 3s ago), 9921 bytes_o
            @S@{@M@}:   @LN@ === @RN@
    ''')
    return "logs/ipsec-statusall-%s.txt" % s, fill(t, None, DT=c.pick(["Mon Mar 4", "Tue Jan 9", "Fri Jun 7"]),
                                                   S=s, L=c.ip(), P=c.ip(), N=c.num(1, 40), M=c.num(1, 90),
                                                   I1=c.hexs(16), I2=c.hexs(16), E1=c.hexs(8), E2=c.hexs(8),
                                                   LN=c.net(), RN=c.net())


@look("strongswan", "status-spi")
def n_swanctl_list_sas(c):
    s = c.site()
    t = D('''
    $ sudo swanctl --list-sas
    @S@: #@N@, ESTABLISHED, IKEv2, @I1@_i* @I2@_r
      local  '@L@' @ @L@[4500]
      remote '@P@' @ @P@[4500]
      AES_GCM_16-256/PRF_HMAC_SHA2_384/ECP_384
      established 1204s ago, rekeying in 12542s
      @S@-net: #@M@, reqid 1, INSTALLED, TUNNEL-in-UDP, ESP:AES_GCM_16-256
        installed 1204s ago, rekeying in 2104s, expires in 2776s
        in  c@E1@,  84120 bytes,   712 packets,     1s ago
        out c@E2@, 102441 bytes,   690 packets,     1s ago
        local  @LN@
        remote @RN@
    ''')
    return "docs/troubleshooting/%s-sas.md" % s, fill(t, None, S=s, N=c.num(1, 99), I1=c.hexs(16), I2=c.hexs(16),
                                                     L=c.ip(), P=c.ip(), M=c.num(1, 300), E1=c.hexs(7),
                                                     E2=c.hexs(7), LN=c.net(), RN=c.net())


@look("strongswan", "log-spi")
def n_charon_log(c):
    lines = []
    for i in range(8):
        ts = "%s %02d:%02d:%02d" % (c.pick(["Mar  4", "Mar  5"]), c.R.randint(0, 23), c.R.randint(0, 59),
                                    c.R.randint(0, 59))
        lines.append(c.pick([
            "%s gw charon: 09[IKE] IKE_SA %s[%s] established between %s[%s]...%s[%s]" % (
                ts, c.site(), c.num(1, 50), c.ip(), c.ip(), c.ip(), c.ip()),
            "%s gw charon: 11[IKE] CHILD_SA net{%s} established with SPIs %s_i %s_o and TS %s === %s" % (
                ts, c.num(1, 90), c.hexs(8), c.hexs(8), c.net(), c.net()),
            "%s gw charon: 14[ENC] parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) ]" % ts,
            "%s gw charon: 05[IKE] authentication of '%s' with pre-shared key successful" % (ts, c.ip()),
            "%s gw charon: 07[IKE] initiating IKE_SA %s[%s] to %s, SPI %s" % (
                ts, c.site(), c.num(1, 50), c.ip(), c.hexs(16)),
        ]))
    return "logs/charon-%s.log" % c.date(), "\n".join(lines) + "\n"


@look("linux-xfrm", "policy-output")
def n_xfrm_policy(c):
    t = D('''
    # ip xfrm policy
    src @LN@ dst @RN@
    	dir out priority 375423 ptype main
    	tmpl src @L@ dst @P@
    		proto esp spi 0x@S1@ reqid 1 mode tunnel
    src @RN@ dst @LN@
    	dir fwd priority 375423 ptype main
    	tmpl src @P@ dst @L@
    		proto esp reqid 1 mode tunnel
    ''')
    return "debug/xfrm-policy.txt", fill(t, None, LN=c.net(), RN=c.net(), L=c.ip(), P=c.ip(), S1=c.hexs(8))


@look("wireguard", "public-key")
def n_wg_conf(c):
    t = D('''
    [Interface]
    Address = 10.@A@.0.1/24
    ListenPort = 51820
    # private key is loaded from a root-only file, never committed
    PostUp = wg set %i private-key /etc/wireguard/private.key

    [Peer]
    # @S@
    PublicKey = @K1@
    AllowedIPs = 10.@A@.0.2/32, @RN@
    Endpoint = @P@:51820
    PersistentKeepalive = 25

    [Peer]
    # @S2@
    PublicKey = @K2@
    AllowedIPs = 10.@A@.0.3/32
    ''')
    return "wireguard/wg0.conf", fill(t, None, A=c.num(1, 99), S=c.site(), K1=c.b64(32), RN=c.net(), P=c.ip(),
                                      S2=c.site(), K2=c.b64(32))


@look("wireguard", "public-key")
def n_wg_show(c):
    t = D('''
    interface: wg0
      public key: @K0@
      private key: (hidden)
      listening port: 51820

    peer: @K1@
      endpoint: @P@:51820
      allowed ips: 10.@A@.0.2/32, @RN@
      latest handshake: 1 minute, 12 seconds ago
      transfer: 18.31 MiB received, 4.02 MiB sent
    ''')
    return "docs/contrast/wg-show.txt", fill(t, None, K0=c.b64(32), K1=c.b64(32), P=c.ip(), A=c.num(1, 99),
                                             RN=c.net())


@look("aws", "secret-manager-arn")
def n_aws_describe(c):
    d = {"VpnConnections": [{
        "VpnConnectionId": "vpn-" + c.hexs(17), "CustomerGatewayId": "cgw-" + c.hexs(17),
        "VpnGatewayId": "vgw-" + c.hexs(17), "State": "available", "Type": "ipsec.1",
        "PreSharedKeyArn": "arn:aws:secretsmanager:eu-west-1:%s:secret:vpn-%s-%s" % (c.num(10 ** 11, 10 ** 12 - 1),
                                                                                     c.hexs(8), c.rs(ALNUM, 6)),
        "Options": {"StaticRoutesOnly": False, "TunnelOptions": [
            {"OutsideIpAddress": c.ip(), "TunnelInsideCidr": c.inside(), "IkeVersions": [{"Value": "ikev2"}]},
            {"OutsideIpAddress": c.ip(), "TunnelInsideCidr": c.inside(), "IkeVersions": [{"Value": "ikev2"}]}]},
        "VgwTelemetry": [{"OutsideIpAddress": c.ip(), "Status": "UP", "AcceptedRouteCount": 3}]}]}
    return "captures/describe-vpn-connections.json", json.dumps(d, indent=2) + "\n"


@look("aws", "no-secret")
def n_aws_tf_cgw(c):
    s = c.site().replace("-", "_")
    t = D('''
    resource "aws_customer_gateway" "@S@" {
      bgp_asn    = @ASN@
      ip_address = "@P@"
      type       = "ipsec.1"
    }

    output "vpn_@S@_tunnel1_address" {
      value = aws_vpn_connection.@S@.tunnel1_address
    }

    output "vpn_@S@_tunnel1_psk" {
      value     = aws_vpn_connection.@S@.tunnel1_preshared_key
      sensitive = true
    }
    ''')
    return "terraform/aws/outputs.tf", fill(t, None, S=s, ASN=c.asn(), P=c.ip())


@look("gcp", "secret-manager-ref")
def n_gcp_secretref(c):
    s = c.site().replace("-", "_")
    t = D('''
    data "google_secret_manager_secret_version" "psk_@S@" {
      secret  = "vpn-psk-@S@"
      version = "latest"
    }

    resource "google_compute_vpn_tunnel" "@S@" {
      name          = "tun-@S@"
      peer_ip       = "@P@"
      shared_secret = data.google_secret_manager_secret_version.psk_@S@.secret_data
      router        = google_compute_router.cr.id
    }
    ''')
    return "gcp/network/tunnels.tf", fill(t, None, S=s, P=c.ip())


@look("gcp", "hash")
def n_gcp_describe(c):
    t = D('''
    creationTimestamp: '20@Y@-03-11T02:14:55.120-07:00'
    description: ''
    detailedStatus: Tunnel is up and running.
    id: '@ID@'
    ikeVersion: 2
    kind: compute#vpnTunnel
    name: tun-@S@-0
    peerExternalGateway: https://www.googleapis.com/compute/v1/projects/net-prod/global/externalVpnGateways/peer-@S@
    peerIp: @P@
    region: https://www.googleapis.com/compute/v1/projects/net-prod/regions/us-central1
    router: https://www.googleapis.com/compute/v1/projects/net-prod/regions/us-central1/routers/cr-@S@
    selfLink: https://www.googleapis.com/compute/v1/projects/net-prod/regions/us-central1/vpnTunnels/tun-@S@-0
    sharedSecretHash: @H@
    status: ESTABLISHED
    vpnGateway: https://www.googleapis.com/compute/v1/projects/net-prod/regions/us-central1/vpnGateways/ha-vpn-gw
    vpnGatewayInterface: 0
    ''')
    return "docs/gcp/tunnel-describe-%s.yaml" % c.site(), fill(t, None, Y=c.num(21, 25), ID=c.num(10 ** 18, 10 ** 19 - 1),
                                                              S=c.site(), P=c.ip(),
                                                              H=c.b64(21).replace("+", "-").replace("/", "_"))


@look("azure", "resource-ids")
def n_az_show(c):
    sub = c.uuid()
    d = {"connectionStatus": "Connected", "connectionType": "IPsec", "egressBytesTransferred": c.R.randint(10 ** 5, 10 ** 9),
         "etag": 'W/"%s"' % c.uuid(),
         "id": "/subscriptions/%s/resourceGroups/rg-hub/providers/Microsoft.Network/connections/cn-%s" % (sub, c.site()),
         "localNetworkGateway2": {"id": "/subscriptions/%s/resourceGroups/rg-hub/providers/Microsoft.Network/"
                                        "localNetworkGateways/lgw-%s" % (sub, c.site())},
         "provisioningState": "Succeeded", "resourceGuid": c.uuid(), "routingWeight": 10, "sharedKey": None,
         "usePolicyBasedTrafficSelectors": False}
    return "captures/az-vpn-connection-show.json", json.dumps(d, indent=2) + "\n"


@look("openvpn", "config-no-secret")
def n_ovpn_server(c):
    t = D('''
    port 1194
    proto udp
    dev tun
    ca /etc/openvpn/server/ca.crt
    cert /etc/openvpn/server/server.crt
    key /etc/openvpn/server/server.key  # This file should be kept secret
    dh none
    ecdh-curve prime256v1
    tls-crypt /etc/openvpn/server/tc.key
    server 10.@A@.0.0 255.255.255.0
    push "route @R@ 255.255.255.0"
    keepalive 10 120
    cipher AES-256-GCM
    user nobody
    group nogroup
    persist-key
    persist-tun
    status /var/log/openvpn/status.log
    verb 3
    ''')
    return "openvpn/server/server.conf", fill(t, None, A=c.num(8, 99), R=c.net().split("/")[0])


@look("openvpn", "public-cert")
def n_ovpn_ca_inline(c):
    body = "\n".join(c.b64(48) for _ in range(c.R.randint(8, 14))) + "\n" + c.b64(c.pick([18, 21, 24]))
    t = D('''
    client
    dev tun
    proto udp
    remote vpn.@D@ 1194
    auth-user-pass
    auth-nocache
    remote-cert-tls server
    verify-x509-name "C=DE, O=@O@, CN=vpn.@D@" subject
    <ca>
    -----BEGIN CERTIFICATE-----
    MII@B@
    -----END CERTIFICATE-----
    </ca>
    ''')
    return "vpn/profiles/user-template.ovpn", fill(t, None, D=c.domain(), O=c.pick(["Acme", "Northwind"]), B=body)


@look("openvpn", "status-log")
def n_ovpn_status(c):
    rows = ["OpenVPN CLIENT LIST", "Updated,%s 10:22:41" % c.date(),
            "Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since"]
    for _ in range(4):
        rows.append("%s,%s:%s,%s,%s,%s 0%s:%s:11" % (c.user(), c.ip(), c.num(1024, 65000), c.num(10 ** 4, 10 ** 8),
                                                    c.num(10 ** 4, 10 ** 8), c.date(), c.num(0, 9), c.num(10, 59)))
    rows += ["ROUTING TABLE", "Virtual Address,Common Name,Real Address,Last Ref",
             "10.8.0.6,%s,%s:%s,%s 10:22:40" % (c.user(), c.ip(), c.num(1024, 65000), c.date()),
             "GLOBAL STATS", "Max bcast/mcast queue length,0", "END"]
    return "logs/openvpn-status.log", "\n".join(rows) + "\n"


@look("openvpn", "serials")
def n_easyrsa_index(c):
    rows = []
    for _ in range(c.R.randint(4, 8)):
        rows.append("%s\t%s\t\t%s\tunknown\t/CN=%s" % (c.pick(["V", "V", "R"]), "3%d%02d%02d120000Z" % (
            c.R.randint(2, 4), c.R.randint(1, 12), c.R.randint(1, 28)), c.hexs(32).upper(), c.user()))
    return "pki/index.txt", "\n".join(rows) + "\n"


@look("generic-ipsec", "fingerprints")
def n_fingerprints(c):
    lines = ["# Trusted VPN peer certificates", "", "| Peer | Subject | SHA-256 fingerprint |", "|---|---|---|"]
    for _ in range(4):
        fp = ":".join(c.hexs(2).upper() for _ in range(32))
        lines.append("| %s | CN=gw.%s.%s | `%s` |" % (c.ip(), c.site(), c.domain(), fp))
    return "docs/vpn/peer-certificates.md", "\n".join(lines) + "\n"


@look("generic-ipsec", "proposals")
def n_proposals_csv(c):
    rows = ["tunnel,peer_ip,ike_version,phase1,phase2,dh_group,lifetime_s,tunnel_id,auth"]
    for i in range(c.R.randint(5, 9)):
        rows.append("%s,%s,IKEv%s,%s,%s,%s,%s,%s,%s" % (c.site(), c.ip(), c.pick(["1", "2"]), c.proposal(), c.esp(),
                                                      c.pick(["14", "19", "20", "2"]), c.pick(["28800", "3600", "86400"]),
                                                      c.num(100, 9999), c.pick(["psk (vault)", "certificate", "psk (1Password)"])))
    return "inventory/ike-proposals.csv", "\n".join(rows) + "\n"


@look("mikrotik", "cert-auth")
def n_mt_cert(c):
    t = D('''
    /ip ipsec identity
    add auth-method=digital-signature certificate=gw-@S@.crt_0 generate-policy=port-strict \\
        mode-config=rw-cfg peer=rw policy-template-group=rw remote-id=user-fqdn:@U@@@D@
    /ip ipsec active-peers print
    Flags: R - responder, N - natt-peer
     #    ID                   STATE              UPTIME          PH2-TOTAL
     0 RN @U@@@D@    established        2h14m9s                 1
    /ip ipsec installed-sa print proplist=spi,src-address,dst-address,state
     0  spi=0x@S1@ src-address=@P@ dst-address=@L@ state=mature
     1  spi=0x@S2@ src-address=@L@ dst-address=@P@ state=mature
    ''')
    return "mikrotik/notes/ikev2-rw.txt", fill(t, None, S=c.site(), U=c.user(), D=c.domain(), S1=c.hexs(7).upper(),
                                               S2=c.hexs(7).upper(), P=c.ip(), L=c.ip())


@look("vyos", "status-output")
def n_vyos_sa(c):
    t = D('''
    vyos@vyos:~$ show vpn ipsec sa
    Connection          State    Uptime    Bytes In/Out    Packets In/Out    Remote address    Remote ID    Proposal
    ------------------  -------  --------  --------------  ----------------  ----------------  -----------  ------------------------------------
    peer-@S@-tunnel-1   up       2h4m13s   @B1@K/@B2@K      @K1@/@K2@           @P@      @P@  AES_CBC_256/HMAC_SHA2_256_128/MODP_2048
    vyos@vyos:~$ show vpn ike sa
    Peer ID / IP                            Local ID / IP
    ------------                            -------------
    @P@ @P@                 @L@ @L@
        State  IKEVer  Encrypt      Hash          D-H Group      NAT-T  A-Time  L-Time
        -----  ------  -------      ----          ---------      -----  ------  ------
        up     IKEv2   AES_CBC_256  HMAC_SHA2_256_128 MODP_2048  no     7451    28800
    ''')
    return "docs/vyos/verify-%s.txt" % c.site(), fill(t, None, S=c.site(), B1=c.num(10, 999), B2=c.num(10, 999),
                                                     K1=c.num(100, 9999), K2=c.num(100, 9999), P=c.ip(), L=c.ip())


@look("fortinet", "status-output")
def n_forti_summary(c):
    t = D('''
    FGT60F # get vpn ipsec tunnel summary
    '@S@' @P@:0  selectors(total,up): 1/1  rx(pkt,err): @A@/0  tx(pkt,err): @B@/0
    '@S2@' @P2@:0  selectors(total,up): 2/2  rx(pkt,err): @C@/0  tx(pkt,err): @E@/2

    FGT60F # diagnose vpn ike gateway list name @S@
    vd: root/0
    name: @S@
    version: 2
    interface: wan1 5
    addr: @L@:500 -> @P@:500
    created: 6712s ago
    IKE SA: created 1/1  established 1/1  time 40/40/40 ms
      id/spi: @N@ @I1@/@I2@
      direction: initiator
      status: established 6712-6712s ago = 40ms
      proposal: aes256-sha256
      child: no
    ''')
    return "tickets/fgt-%s-tunnel.txt" % c.site(), fill(t, None, S=c.site()[:12], P=c.ip(), A=c.num(100, 99999),
                                                       B=c.num(100, 99999), S2=c.site()[:12], P2=c.ip(),
                                                       C=c.num(100, 99999), E=c.num(100, 99999), L=c.ip(),
                                                       N=c.num(1, 999), I1=c.hexs(16), I2=c.hexs(16))


@look("cisco-ios", "status-output")
def n_ios_show_sa(c):
    t = D('''
    rtr-@S@#show crypto ipsec sa peer @P@

    interface: Tunnel@T@
        Crypto map tag: Tunnel@T@-head-0, local addr @L@

       protected vrf: (none)
       local  ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)
       remote ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)
       current_peer @P@ port 4500
         #pkts encaps: @N1@, #pkts encrypt: @N1@, #pkts digest: @N1@
         #pkts decaps: @N2@, #pkts decrypt: @N2@, #pkts verify: @N2@

         current outbound spi: 0x@S1@(@D1@)
         PFS (Y/N): Y, DH group: group14

         inbound esp sas:
          spi: 0x@S2@(@D2@)
            transform: esp-256-aes esp-sha256-hmac ,
            in use settings ={Tunnel UDP-Encaps, }
    ''')
    s1, s2 = c.hexs(8).upper(), c.hexs(8).upper()
    return "docs/cisco/verify-%s.txt" % c.site(), fill(t, None, S=c.site(), P=c.ip(), T=c.num(1, 99), L=c.ip(),
                                                      N1=c.num(100, 99999), N2=c.num(100, 99999),
                                                      S1=s1, D1=str(int(s1, 16)), S2=s2, D2=str(int(s2, 16)))


@look("ike", "ke-nonce-hex")
def n_tshark(c):
    t = D('''
    Internet Security Association and Key Management Protocol
        Initiator SPI: @I1@
        Responder SPI: 0000000000000000
        Next payload: Security Association (33)
        Version: 2.0
        Exchange type: IKE_SA_INIT (34)
        Message ID: 0x00000000
        Payload: Key Exchange (34)
            Next payload: Nonce (40)
            DH Group #: Elliptic Curve Group (256 bit) (19)
            Key Exchange Data: @KE@
        Payload: Nonce (40)
            Next payload: Notify (41)
            Nonce DATA: @NO@
        Payload: Notify (41) - NAT_DETECTION_SOURCE_IP
            Notification DATA: @ND@
    ''')
    return "captures/ike_sa_init-%s.txt" % c.site(), fill(t, None, I1=c.hexs(16), KE=c.hexs(128), NO=c.hexs(64),
                                                         ND=c.hexs(40))


@look("racoon", "config-no-secret")
def n_racoon_conf(c):
    t = D('''
    path pre_shared_key "/etc/racoon/psk.txt";
    path certificate "/etc/racoon/certs";

    remote @P@ {
        exchange_mode main;
        lifetime time 24 hour;
        proposal {
            encryption_algorithm aes 256;
            hash_algorithm sha256;
            authentication_method pre_shared_key;
            dh_group 14;
        }
    }

    sainfo address @LN@ any address @RN@ any {
        pfs_group 14;
        encryption_algorithm aes 256;
        authentication_algorithm hmac_sha256;
        compression_algorithm deflate;
    }
    ''')
    return "etc/racoon/racoon.conf", fill(t, None, P=c.ip(), LN=c.net(), RN=c.net())


@look("xl2tpd", "config-no-secret")
def n_xl2tpd(c):
    t = D('''
    [global]
    port = 1701

    [lns default]
    ip range = 192.168.@A@.10-192.168.@A@.250
    local ip = 192.168.@A@.1
    require chap = yes
    refuse pap = yes
    require authentication = yes
    name = l2tpd
    pppoptfile = /etc/ppp/options.xl2tpd
    length bit = yes
    ''')
    return "etc/xl2tpd/xl2tpd.conf", fill(t, None, A=c.num(10, 250))


@look("ppp", "config-no-secret")
def n_ppp_options(c):
    t = D('''
    +mschap-v2
    ipcp-accept-local
    ipcp-accept-remote
    noccp
    auth
    mtu 1280
    mru 1280
    proxyarp
    lcp-echo-failure 4
    lcp-echo-interval 30
    connect-delay 5000
    ms-dns 8.8.8.8
    ms-dns 8.8.4.4
    # user credentials: chap-secrets is rendered from vault at deploy time
    ''')
    return "etc/ppp/options.xl2tpd", t


@look("generic-ipsec", "runbook-no-secret")
def n_runbook_generate(c):
    t = D('''
    # Rotating a site-to-site PSK

    1. Generate a new key on the jump host (never on a laptop):

       ```sh
       openssl rand -base64 48 | tr -d '/+=' | cut -c1-40 > /dev/shm/psk
       ```

    2. Store it: `vault kv put secret/network/vpn/@S@ psk=@/dev/shm/psk`
    3. Tell the peer team the Vault path, not the value.
    4. Verify the config checksum after the change:

       ```
       sha256sum /etc/swanctl/conf.d/@S@.conf
       @H@  /etc/swanctl/conf.d/@S@.conf
       ```

    5. Shred the temp file: `shred -u /dev/shm/psk`
    ''')
    return "docs/runbooks/psk-rotation.md", fill(t, None, S=c.site(), H=c.hexs(64))


@look("generic-ipsec", "hash")
def n_py_hash(c):
    t = D('''
    """Detect PSK drift without ever logging the key itself."""
    import hashlib
    import hmac

    # SHA-256 of the rendered config files as of the last audit
    KNOWN_DIGESTS = {
        "swanctl.conf": "@H1@",
        "ipsec.conf": "@H2@",
        "charon.conf": "@H3@",
    }


    def digest(path: str) -> str:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()


    def changed(path: str, name: str) -> bool:
        return not hmac.compare_digest(digest(path), KNOWN_DIGESTS[name])
    ''')
    return "tools/audit/psk_drift.py", fill(t, None, H1=c.hexs(64), H2=c.hexs(64), H3=c.hexs(64))


@look("generic-ipsec", "uuids-ids")
def n_json_tunnels(c):
    d = {"tunnels": []}
    for _ in range(3):
        d["tunnels"].append({"id": c.uuid(), "tunnel_id": int(c.num(100, 4000)), "name": c.site(),
                             "peer": c.ip(), "local_id": c.ip(), "remote_id": "CN=gw.%s" % c.domain(),
                             "auth": "certificate", "ike_spi": c.hexs(16), "reqid": int(c.num(1, 64)),
                             "updated": c.date() + "T10:00:00Z"})
    return "api/fixtures/tunnels.json", json.dumps(d, indent=2) + "\n"


@look("strongswan", "template-only")
def n_jinja_secrets(c):
    t = D('''
    # {{ ansible_managed }}
    {% for t in strongswan_tunnels %}
    {{ t.local_id }} {{ t.remote_id }} : PSK "{{ vault_strongswan_psk[t.name] }}"
    {% endfor %}
    ''')
    return "roles/strongswan/templates/ipsec.secrets.j2", t


@look("openvpn", "template-only")
def n_ovpn_k8s_ref(c):
    t = D('''
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: openvpn
    spec:
      template:
        spec:
          containers:
            - name: openvpn
              image: ghcr.io/example/openvpn:2.6.12
              env:
                - name: OVPN_AUTH_USER
                  value: @U@
                - name: OVPN_AUTH_PASS
                  valueFrom:
                    secretKeyRef:
                      name: openvpn-auth
                      key: password
              volumeMounts:
                - name: tls-crypt
                  mountPath: /etc/openvpn/tc.key
                  subPath: tc.key
          volumes:
            - name: tls-crypt
              secret:
                secretName: openvpn-tls-crypt
    ''')
    return "k8s/openvpn/deployment.yaml", fill(t, None, U=c.user())


@look("cisco-ios", "ios-config-no-secret")
def n_ios_rsa_sig(c):
    t = D('''
    crypto pki trustpoint TP-@S@
     enrollment url http://@CA@:80
     serial-number
     subject-name CN=rtr-@S@.@D@,OU=Network,O=@O@
     revocation-check crl
     rsakeypair TP-@S@ 2048
    !
    crypto ikev2 profile IKEV2-CERT
     match identity remote fqdn domain @D@
     authentication remote rsa-sig
     authentication local rsa-sig
     pki trustpoint TP-@S@
    !
    crypto pki certificate chain TP-@S@
     certificate @SER@
    ''')
    return "routers/%s/pki.cfg" % c.site(), fill(t, None, S=c.site(), CA=c.pip(), D=c.domain(),
                                                O=c.pick(["Acme", "Globex"]), SER=c.hexs(16).upper())


@look("softether", "config-no-secret")
def n_softether_hub(c):
    t = D('''
    		declare HubOption
    		{
    			uint MaxSession 0
    			bool NoArpPolling false
    			bool NoIPv6AddrPolling false
    		}
    		declare SecureNAT
    		{
    			bool Disabled false
    			bool SaveLog true
    		}
    		string HubGuid @G@
    		uint64 CreatedTime @T@
    ''')
    return "softether/hub-VPN.config.fragment", fill(t, None, G=c.hexs(32).upper(), T=c.num(10 ** 12, 2 * 10 ** 12))


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
def is_env_name(path):
    b = path.rsplit("/", 1)[-1]
    return b == ".env" or (b.startswith(".env.") and b not in (".env.example", ".env.sample", ".env.template",
                                                                ".env.dist"))


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b.startswith(".env"):
        return "env"
    if "." not in b or b.endswith("-secrets"):
        return b if b in ("Dockerfile", "Makefile") else {"chap-secrets": "secrets", "pap-secrets": "secrets"}.get(
            b, "conf" if b.startswith("options") else "txt")
    ext = b.rsplit(".", 1)[-1]
    return {"yaml": "yml", "boot": "conf", "client": "conf", "xl2tpd": "conf", "fragment": "conf", "set": "cfg",
            "ios": "cfg", "vyos": "cfg", "nmconnection": "ini", "key": "key", "j2": "j2"}.get(ext, ext)


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_kd.py OUTDIR SEED\n")
        return 2
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    c = Ctx(R)
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    # positives: round-robin over shuffled templates, .env files capped at 1 in 20
    order = []
    while len(order) < 700:
        block = list(range(len(POS)))
        R.shuffle(block)
        order.extend(block)
    env_count, i, oi = 0, 0, 0
    seen = []
    while i < 500:
        name, prov, kind, gen, fn = POS[order[oi]]
        oi += 1
        v = GEN[gen](c)
        if v in DOC_EXAMPLES or v in seen:
            continue
        rel, text = fn(c, v)
        if is_env_name(rel) or rel.endswith(".env"):
            if env_count >= 20:
                continue
            env_count += 1
        seen.append(v)
        needle = v.split("\n")[0]
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (name, needle)
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        with open(os.path.join(outdir, f), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[line - 1]
        manifest.append({"file": f, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
        i += 1

    # negatives: half slot-filled positive templates, half look-alikes
    kinds = ["slot"] * 250 + ["look"] * 250
    R.shuffle(kinds)
    porder = list(range(len(POS)))
    R.shuffle(porder)
    lorder = list(range(len(LOOK)))
    R.shuffle(lorder)
    pi = li = 0
    for j, k in enumerate(kinds):
        if k == "slot":
            name, prov, _, gen, fn = POS[porder[pi % len(porder)]]
            pi += 1
            val, nkind = neg_value(c, gen)
            rel, text = fn(c, val)
            nkind = "slot-" + nkind
        else:
            name, prov, nkind, fn = LOOK[lorder[li % len(lorder)]]
            li += 1
            rel, text = fn(c)
        if is_env_name(rel):
            rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        elif rel.endswith(".env"):
            rel = rel + ".example"
        f = "neg/n%04d/%s" % (j, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": nkind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    assert len(manifest) == 1000 and len(secrets) == 500
    return 0


if __name__ == "__main__":
    sys.exit(main())
