#!/usr/bin/env python3
"""Blind evaluation-set generator "mt": DNS server operations and dynamic DNS.

EMPHASIS
    DNS servers and dynamic DNS.  BIND (named.conf / named.conf.local TSIG
    `key` blocks, rndc.key, rndc.conf, nsupdate -y one-liners and key files),
    ISC DHCP / Kea DDNS TSIG keys, Knot DNS `key:` sections, NSD nsd.conf,
    CoreDNS tsig plugin, Unbound remote-control TLS private key, DNSSEC private
    key files (K*.private: ECDSAP256SHA256, ED25519, RSASHA256), PowerDNS
    api-key / gmysql-password / gpgsql-password, ExternalDNS (RFC2136,
    Cloudflare, Route53, Azure DNS) manifests and Helm values, cert-manager and
    certbot DNS plugin credentials, acme.sh account.conf, Traefik / Caddy DNS
    challenge, octoDNS YAML, DNSControl creds.json, Terraform providers
    (dns, cloudflare, azurerm, powerdns, ns1, solidserver), ddclient.conf,
    inadyn.conf, DuckDNS / FreeDNS / Namecheap / No-IP / Dynu update scripts
    and cron lines, Technitium / AdGuard Home / Pi-hole API credentials,
    Infoblox WAPI / BlueCat / EfficientIP SOLIDserver / Windows DNS
    (PowerShell) credentials, Google Cloud DNS service-account JSON.
    Providers: Cloudflare, AWS Route53, Azure DNS, NS1, DNSimple, Gandi, OVH,
    Hetzner DNS, deSEC, DigitalOcean, Linode, Vultr, Porkbun, GoDaddy,
    DuckDNS, No-IP, Dynu, FreeDNS (afraid.org), Namecheap.

USAGE
    python3 -B gen_mt.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    one random.Random(SEED); output is byte-identical for the same seed.

NEEDLE CONVENTIONS
    The secret value exactly as written, without quotes.  TSIG secrets: the
    base64 string.  DNSSEC K*.private: the `PrivateKey:` base64 (ECDSA /
    Ed25519) or the `PrivateExponent:` base64 (RSA).  PEM private keys: the
    first base64 line of the body (also inside JSON with \\n escapes).
    nsupdate -y "alg:name:SECRET": only SECRET.  Headers: only the token.
    URLs: the password / token only.  Passwords: the password itself.
    Prefixed tokens (dop_v1_, sk1_) keep their prefix.  AWS / OVH / Porkbun /
    GoDaddy pairs: the needle is the secret half; the public id half is a
    companion (in negatives the id is replaced by a documented example or a
    placeholder too).

NEGATIVES
    250 re-use positive templates with the secret slot holding a placeholder
    (English and other languages), empty value, masked value, environment /
    secret-manager / template references of the tool (Ansible, Helm, k8s
    $(VAR), Terraform var., shell ${VAR}, octoDNS env/, DNSControl $VAR,
    Caddy {env.X}), documented example values (AWS EXAMPLE keys, the BIND
    rndc.conf man-page example secret), or public values.  The other 250 are
    DNS look-alikes: zone files (DNSKEY, RRSIG, DS, SSHFP, TLSA, CAA, SPF,
    DKIM public keys, google-site-verification, ACME challenge TXT, serials),
    public K*.key and dsset files, K*.state files, trust anchors and
    dnssec-policy with NSEC3 salts, key-free named.conf / Corefile /
    unbound.conf / knot.conf, Terraform with zone/account ids, SealedSecrets,
    SOPS and Ansible-Vault ciphertext, checksums, go.sum hashes, Infoblox
    object refs, dig +dnssec output, ExternalDNS with IRSA (no keys).
    No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED
    tsig-keygen man page (search corpus, docs: man.archlinux.org /
    manpages.debian.org): algorithms hmac-md5/sha1/sha224/sha256/sha384/
    sha512, default hmac-sha256; key size = HMAC output size (base64 of
    16/20/28/32/48/64 random bytes) as produced by tsig-keygen.  DNSimple API
    docs (developer.dnsimple.com, support.dnsimple.com): Bearer access token
    (no prefix documented there).  Everything else from knowledge of the
    providers' documentation: BIND K*.private v1.3 layout, Cloudflare API
    token (40 chars [A-Za-z0-9_-]) and Global API Key (37 lowercase hex), AWS
    AKIA + 16 base32 / 40-char secret, Azure AD client secret (xxxNQ~ + 34),
    DigitalOcean dop_v1_ + 64 hex, Linode 64 hex, Vultr 36 [A-Z0-9], Porkbun
    pk1_/sk1_ + 64 hex, DuckDNS UUID token, Namecheap dynamic DNS password
    (32 hex), OVH application key 16 / secret 32 / consumer key 32 alnum,
    Hetzner DNS 32 alnum, deSEC 28 chars base64url, Pi-hole v5 API token /
    Technitium token 64 hex, NS1 20 alnum.

DOUBTS
    Exact lengths/alphabets guessed for: DNSimple tokens (32 alnum, newer
    tokens may carry a prefix), Gandi API key (24 alnum) and PAT (40 hex),
    GoDaddy key (about 34 chars with one underscore) / secret (22 alnum),
    FreeDNS sync token (24 alnum), NS1 key (20 alnum), deSEC (28 chars),
    Vultr (36 upper alnum), PowerDNS api-key (operator chosen).
"""
import base64
import json
import os
import string
import sys
import random

ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B64URL = ALNUM + "-_"
B32 = string.ascii_uppercase + "234567"

# --------------------------------------------------------------------------
# random helpers


def rbytes(r, n):
    return r.getrandbits(8 * n).to_bytes(n, "big")


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def tok(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def hexs(r, n, upper=False):
    s = tok(r, HEXL, n)
    return s.upper() if upper else s


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


WORDS = ["Sonnenblume", "Mariposa", "Kaffeetasse", "Lighthouse", "Zaragoza", "Bergwerk",
         "Tortuga", "Nordlicht", "Papillon", "Kestrel", "Fjord", "Cangrejo", "Otoño",
         "Quokka", "Marmelade", "Falcon", "Himbeere", "Gironde", "Sakura", "Tamarind",
         "Vulkan", "Pinguin", "Orchidee", "Andorra", "Cobalt", "Ostsee", "Brisa",
         "Granite", "Limonada", "Walross", "Zebra", "Kiwi", "Mistral", "Ballon"]
WORDS = [w for w in WORDS if w.isascii()]
SYMS = "!%*-_+=.?"
URLSAFE_SYMS = "-_.~"


def password(r, urlsafe=False):
    syms = URLSAFE_SYMS if urlsafe else SYMS
    style = r.random()
    if style < 0.5:
        n = r.randint(14, 24)
        while True:
            s = tok(r, ALNUM + syms + ALNUM, n)
            if (any(ch.islower() for ch in s) and any(ch.isupper() for ch in s)
                    and any(ch.isdigit() for ch in s) and any(ch in syms for ch in s)
                    and s[0].isalnum()):
                return s
    w1 = r.choice(WORDS)
    w2 = r.choice(WORDS).lower()
    if r.random() < 0.5:
        w2 = w2.replace("a", "4").replace("e", "3").replace("o", "0")
    sep = r.choice(["", ".", "-", "_", "!"] if not urlsafe else ["", ".", "-", "_"])
    tail = str(r.randint(10, 9999)) + r.choice(syms) + tok(r, ALNUM, r.randint(2, 4))
    return w1 + sep + w2[: r.randint(3, len(w2))] + tail


def pem_body(r, kind="rsa"):
    if kind == "rsa3072":
        head = bytes.fromhex("308206e30201000282018100")
        n = 1767 - len(head)
    elif kind == "pkcs8":
        head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
        n = 1217 - len(head)
    else:
        head = bytes.fromhex("308204a40201000282010100")
        n = 1192 - len(head)
    raw = base64.b64encode(head + rbytes(r, n)).decode()
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


# --------------------------------------------------------------------------
# domain vocabulary

ZONES = ["acme-corp.de", "nordwind.io", "kestrel-labs.net", "muellerbau.de", "lumen-media.fr",
         "casaverde.es", "tanaka-shoji.jp", "brightpath.co.uk", "fjordline.no", "vitalis.health",
         "oakridge.internal", "corp.example.net", "home.arpa", "lab.kraemer.dev", "sunnyvale-it.com",
         "blauwe-haven.nl", "pixelforge.studio", "tierra-alta.mx", "svea-logistik.se", "alpenhof.at",
         "greenleaf.org", "quantumbyte.cloud", "redwood-clinic.com", "polaris-sys.eu", "k8s.mycorp.io"]
HOSTS = ["nas", "vpn", "home", "gw", "router", "pi", "plex", "office", "cam", "mail", "git", "ha"]
USERS = ["admin", "dnsadmin", "svc-dns", "ops", "jmeyer", "a.garcia", "netops", "ipam-api",
         "svc_externaldns", "tkowalski", "yuki.sato", "infra-bot", "l.moreau", "ddns"]
KEYNAMES = ["ddns-key", "tsig-xfr", "dhcp_updater", "DHCP_UPDATER", "k8s-external-dns", "acme-update",
            "transfer-key", "ns1-ns2", "certbot", "externaldns-key", "update.key", "xfrKey",
            "rfc2136-key", "cm-acme", "homelab-ddns", "secondary-sync"]
TSIG_ALGS = [("hmac-sha256", 32), ("hmac-sha256", 32), ("hmac-sha256", 32), ("hmac-sha512", 64),
             ("hmac-sha384", 48), ("hmac-md5", 16), ("hmac-sha1", 20), ("hmac-sha224", 28)]


def ip(r, private=None):
    if private is None:
        private = r.random() < 0.5
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    return r.choice([f"192.0.2.{r.randint(2, 254)}", f"198.51.100.{r.randint(2, 254)}",
                     f"203.0.113.{r.randint(2, 254)}"])


def ts(r):
    return (f"20{r.randint(19, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}")


def serial(r):
    return f"20{r.randint(19, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 99):02d}"


def keyname(r, zone=None):
    k = r.choice(KEYNAMES)
    if zone and r.random() < 0.4:
        k = f"{k}.{zone}"
    return k


def comment_block(r, cc="#"):
    lines = r.choice([
        ["managed by ansible - local edits will be overwritten"],
        ["DNS config for the primary nameserver", "see runbook: ops/dns/README.md"],
        ["Konfiguration fuer dynamische Updates", "Stand: " + str(r.randint(2019, 2025))],
        ["TODO: move to vault once INFRA-" + str(r.randint(100, 2999)) + " is done"],
        ["configuración del servidor DNS secundario"],
        ["rotated " + str(r.randint(2020, 2025)) + "-" + f"{r.randint(1, 12):02d}" + " by ops on-call"],
        [],
    ])
    return "".join(f"{cc} {ln}\n" for ln in lines)


# --------------------------------------------------------------------------
# context: positive fills secret, negative fills non-secret


class Ctx:
    def __init__(self, r, pos):
        self.r = r
        self.pos = pos
        self.needle = None
        self.raw = False
        self.negkind = None

    GENERIC_PH = ["<your-api-token>", "YOUR_API_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "changeme",
                  "CHANGE_ME", "<paste here>", "REPLACE_ME", "TODO", "your-secret-here", "<secret>",
                  "dummy", "IHR_TOKEN_HIER", "<votre-clé-api>", "TU_CONTRASEÑA", "SEU_TOKEN_AQUI",
                  "ここにトークンを入力", "<insert key>", "...", "PUT_YOUR_KEY_HERE", "geheim-eintragen",
                  "INSERT_SECRET", "<to be filled>", "example", "placeholder"]
    TSIG_PH = ["<paste output of tsig-keygen here>", "BASE64_SECRET_HERE", "<base64-secret>",
               "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX=", "REPLACE_WITH_TSIG_SECRET",
               "<paste here>", "CHANGEME=="]
    PW_PH = ["changeme", "password", "<password>", "YOUR_PASSWORD", "secret", "Passwort-hier",
             "contraseña", "motdepasse", "<ddns-password>", "********"]
    MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "••••••••", "[hidden]"]
    # documented example values
    TSIG_EX = ["c3Ryb25nIGVub3VnaCBmb3IgYSBtYW4gYnV0IG1hZGUgZm9yIGEgd29tYW4K"]

    def secret(self, gen, kind="token", refs=(), examples=(), public=(), allow_empty=True):
        self.raw = False
        if self.pos:
            v = gen()
            self.needle = v
            return v
        r = self.r
        if kind == "tsig":
            examples = list(examples) + self.TSIG_EX
        choices = [("ph", 30)]
        if refs:
            choices.append(("ref", 30))
        choices.append(("mask", 10))
        if allow_empty:
            choices.append(("empty", 8))
        if examples:
            choices.append(("ex", 12))
        if public:
            choices.append(("pub", 10))
        tot = sum(w for _, w in choices)
        x = r.uniform(0, tot)
        pick = choices[-1][0]
        for name, w in choices:
            if x < w:
                pick = name
                break
            x -= w
        self.negkind = pick
        if pick == "ph":
            pool = self.GENERIC_PH + (self.TSIG_PH if kind == "tsig" else []) + (self.PW_PH if kind == "password" else [])
            return r.choice(pool)
        if pick == "ref":
            v = r.choice(list(refs))
            if v.startswith("RAW:"):
                self.raw = True
                return v[4:]
            return v
        if pick == "mask":
            return r.choice(self.MASKED)
        if pick == "empty":
            return ""
        if pick == "ex":
            return r.choice(list(examples))
        return r.choice(list(public))

    def q(self, v, qc='"'):
        return v if self.raw else f"{qc}{v}{qc}"

    def companion(self, gen, example):
        """Public half of a key pair: real-looking in positives, example in negatives."""
        if self.pos:
            return gen()
        return example


# --------------------------------------------------------------------------
# generators of secrets

def g_tsig(r, nbytes=32):
    return lambda: b64(r, nbytes)


def g_cf_token(r):
    return lambda: tok(r, B64URL, 40)


def g_cf_global(r):
    return lambda: hexs(r, 37)


def g_aws_secret(r):
    return lambda: tok(r, ALNUM + "+/", 40)


def aws_akid(r):
    return "AKIA" + tok(r, B32, 16)


def g_azure_secret(r):
    return lambda: tok(r, ALNUM, 3) + r.choice(string.digits) + "Q~" + tok(r, ALNUM + "_.~-", 34)


def g_pw(r, urlsafe=False):
    return lambda: password(r, urlsafe)


def g_tok(r, alph, n, prefix=""):
    return lambda: prefix + tok(r, alph, n)


AWS_EX_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

# --------------------------------------------------------------------------
# positive templates
POS = []


def tpl(name, neg_ok=True, env=False):
    def deco(fn):
        POS.append((name, fn, neg_ok, env))
        return fn
    return deco


def tsig_alg(r):
    return r.choice(TSIG_ALGS)


@tpl("bind_named_conf_local")
def t_named_local(c):
    r = c.r
    z = r.choice(ZONES)
    alg, n = tsig_alg(r)
    kn = keyname(r, z)
    sec = c.secret(g_tsig(r, n), "tsig", refs=["{{ bind_ddns_secret }}", "@@TSIG_SECRET@@"])
    zones_before = "".join(
        f'zone "{zz}" {{\n    type primary;\n    file "/var/lib/bind/db.{zz}";\n    allow-transfer {{ {ip(r)}; }};\n}};\n\n'
        for zz in r.sample(ZONES, r.randint(0, 2)))
    txt = (f"//\n// Do any local configuration here\n//\n{comment_block(r, '//')}\n"
           f"{zones_before}"
           f'key "{kn}" {{\n\talgorithm {alg};\n\tsecret "{sec}";\n}};\n\n'
           f'zone "{z}" {{\n\ttype {r.choice(["master", "primary"])};\n\tfile "/var/lib/bind/db.{z}";\n'
           f'\tallow-update {{ key "{kn}"; }};\n\tnotify yes;\n}};\n')
    path = r.choice(["bind/named.conf.local", "etc/bind/named.conf.local", "roles/bind/files/named.conf.local",
                     "dns/primary/named.conf.local"])
    return path, txt, "bind", "tsig_secret", "named.conf"


@tpl("bind_named_conf_xfr")
def t_named_xfr(c):
    r = c.r
    z = r.choice(ZONES)
    alg, n = tsig_alg(r)
    kn = f"{r.choice(['ns1-ns2', 'xfr', 'transfer', 'secondary'])}.{z}."
    sec = c.secret(g_tsig(r, n), "tsig", refs=["{{ tsig_xfr_secret }}"])
    prim = ip(r, False)
    txt = (f"options {{\n    directory \"/var/cache/bind\";\n    dnssec-validation auto;\n    listen-on-v6 {{ any; }};\n"
           f"    recursion no;\n    allow-query {{ any; }};\n}};\n\n"
           f"key \"{kn}\" {{\n    algorithm {alg};\n    secret \"{sec}\";\n}};\n\n"
           f"server {prim} {{\n    keys {{ \"{kn}\"; }};\n}};\n\n"
           f"zone \"{z}\" {{\n    type secondary;\n    primaries {{ {prim} key \"{kn}\"; }};\n"
           f"    file \"/var/cache/bind/db.{z}\";\n}};\n")
    path = r.choice(["named.conf", "etc/named.conf", "secondary/named.conf", "config/bind/named.conf"])
    return path, txt, "bind", "tsig_secret", "named.conf"


@tpl("bind_rndc_key")
def t_rndc_key(c):
    r = c.r
    alg, n = r.choice([("hmac-sha256", 32), ("hmac-sha256", 32), ("hmac-md5", 16), ("hmac-sha512", 64)])
    sec = c.secret(g_tsig(r, n), "tsig")
    txt = f'key "rndc-key" {{\n\talgorithm {alg};\n\tsecret "{sec}";\n}};\n'
    path = r.choice(["bind/rndc.key", "etc/bind/rndc.key", "docker/bind9/config/rndc.key", "roles/dns/files/rndc.key"])
    return path, txt, "bind", "tsig_secret", "rndc.key"


@tpl("bind_rndc_conf")
def t_rndc_conf(c):
    r = c.r
    alg, n = r.choice([("hmac-sha256", 32), ("hmac-md5", 16), ("hmac-sha384", 48)])
    sec = c.secret(g_tsig(r, n), "tsig")
    srv = ip(r)
    txt = (f"# Start of rndc.conf\nkey \"rndc-key\" {{\n\talgorithm {alg};\n\tsecret \"{sec}\";\n}};\n\n"
           f"options {{\n\tdefault-key \"rndc-key\";\n\tdefault-server {srv};\n\tdefault-port 953;\n}};\n"
           f"# End of rndc.conf\n\n# Use with the following in named.conf, adjusting the allow list as needed:\n"
           f"# controls {{\n# \tinet {srv} port 953\n# \t\tallow {{ 127.0.0.1; }} keys {{ \"rndc-key\"; }};\n# }};\n"
           f"# End of named.conf\n")
    return r.choice(["rndc.conf", "etc/rndc.conf", "bind/rndc.conf"]), txt, "bind", "tsig_secret", "rndc.conf"


@tpl("tsig_keygen_output")
def t_keyfile(c):
    r = c.r
    alg, n = tsig_alg(r)
    kn = keyname(r, r.choice(ZONES))
    sec = c.secret(g_tsig(r, n), "tsig")
    txt = f'key "{kn}" {{\n\talgorithm {alg};\n\tsecret "{sec}";\n}};\n'
    path = r.choice([f"keys/{kn.split('.')[0]}.key", f"bind/keys/{kn.split('.')[0]}.conf",
                     "ddns/ddns.key", "etc/bind/keys.conf", f"tsig/{kn.split('.')[0]}.tsig"])
    return path, txt, "bind", "tsig_secret", "bind-keyfile"


@tpl("nsupdate_y_script")
def t_nsupdate_y(c):
    r = c.r
    z = r.choice(ZONES)
    alg, n = tsig_alg(r)
    kn = keyname(r, z)
    h = r.choice(HOSTS)
    sec = c.secret(g_tsig(r, n), "tsig", refs=["${TSIG_SECRET}", "$DDNS_KEY"])
    srv = f"ns1.{z}"
    txt = (f"#!/bin/bash\n# update {h}.{z} with our current public IP\nset -euo pipefail\n\n"
           f"IP=$(curl -s https://ifconfig.me)\nSERVER={srv}\nZONE={z}\n\n"
           f"nsupdate -y \"{alg}:{kn}:{sec}\" <<EOF\nserver $SERVER\nzone $ZONE\n"
           f"update delete {h}.$ZONE. A\nupdate add {h}.$ZONE. {r.choice([60, 300, 600])} A $IP\nsend\nEOF\n"
           f"logger -t ddns \"{h}.$ZONE -> $IP\"\n")
    path = r.choice(["scripts/ddns-update.sh", "bin/update-dns.sh", "ddns.sh", "tools/nsupdate_home.sh"])
    return path, txt, "bind", "tsig_secret", "shell"


@tpl("nsupdate_cron")
def t_nsupdate_cron(c):
    r = c.r
    z = r.choice(ZONES)
    alg, n = tsig_alg(r)
    kn = keyname(r, z)
    h = r.choice(HOSTS)
    sec = c.secret(g_tsig(r, n), "tsig")
    txt = (f"# m h dom mon dow command\nMAILTO=ops@{z}\n"
           f"*/{r.choice([5, 10, 15])} * * * * /usr/local/bin/backup-check.sh >/dev/null 2>&1\n"
           f"*/5 * * * * printf 'server ns1.{z}\\nupdate delete {h}.{z} A\\nupdate add {h}.{z} 300 A %s\\nsend\\n' "
           f"\"$(curl -s https://api.ipify.org)\" | nsupdate -y {alg}:{kn}:{sec}\n"
           f"0 3 * * 0 /usr/sbin/rndc reload >/dev/null\n")
    return r.choice(["cron/ddns", "etc/cron.d/ddns-update", "crontab.txt"]), txt, "bind", "tsig_secret", "crontab"


@tpl("dhcpd_ddns")
def t_dhcpd(c):
    r = c.r
    z = r.choice(ZONES)
    n3 = f"{r.randint(1, 254)}.168.192"
    kn = r.choice(["DHCP_UPDATER", "dhcp-update", "ddns-key", "rndc-key"])
    alg, nb = r.choice([("hmac-md5", 16), ("hmac-sha256", 32), ("HMAC-MD5.SIG-ALG.REG.INT", 16)])
    sec = c.secret(g_tsig(r, nb), "tsig")
    txt = (f"# dhcpd.conf\noption domain-name \"{z}\";\noption domain-name-servers 192.168.1.2;\n"
           f"default-lease-time 600;\nmax-lease-time 7200;\nauthoritative;\n\n"
           f"ddns-update-style interim;\nddns-domainname \"{z}.\";\nupdate-static-leases on;\n\n"
           f"key {kn} {{\n    algorithm {alg};\n    secret {sec};\n}}\n\n"
           f"zone {z}. {{\n    primary 127.0.0.1;\n    key {kn};\n}}\nzone {n3}.in-addr.arpa. {{\n    primary 127.0.0.1;\n    key {kn};\n}}\n\n"
           f"subnet 192.168.1.0 netmask 255.255.255.0 {{\n    range 192.168.1.100 192.168.1.200;\n    option routers 192.168.1.1;\n}}\n")
    return r.choice(["dhcp/dhcpd.conf", "etc/dhcp/dhcpd.conf", "roles/dhcp/templates/dhcpd.conf"]), txt, "isc-dhcp", "tsig_secret", "dhcpd.conf"


@tpl("kea_ddns_json")
def t_kea(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r)
    alg, n = r.choice([("HMAC-SHA256", 32), ("HMAC-SHA512", 64), ("HMAC-MD5", 16)])
    sec = c.secret(g_tsig(r, n), "tsig")
    doc = {"DhcpDdns": {"ip-address": "127.0.0.1", "port": 53001, "dns-server-timeout": 500,
                        "tsig-keys": [{"name": kn, "algorithm": alg, "secret": sec}],
                        "forward-ddns": {"ddns-domains": [{"name": z + ".", "key-name": kn,
                                                           "dns-servers": [{"ip-address": ip(r, True)}]}]},
                        "reverse-ddns": {"ddns-domains": []},
                        "loggers": [{"name": "kea-dhcp-ddns", "severity": "INFO",
                                     "output_options": [{"output": "/var/log/kea/kea-ddns.log"}]}]}}
    txt = json.dumps(doc, indent=r.choice([2, 4])) + "\n"
    return r.choice(["kea/kea-dhcp-ddns.conf", "etc/kea/kea-dhcp-ddns.conf"]), txt, "kea", "tsig_secret", "json"


@tpl("dnspython_tsig")
def t_dnspython(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    alg, n = tsig_alg(r)
    sec = c.secret(g_tsig(r, n), "tsig", refs=["RAW:os.environ[\"TSIG_SECRET\"]"])
    algc = {"hmac-sha256": "HMAC_SHA256", "hmac-sha512": "HMAC_SHA512", "hmac-sha384": "HMAC_SHA384",
            "hmac-md5": "HMAC_MD5", "hmac-sha1": "HMAC_SHA1", "hmac-sha224": "HMAC_SHA224"}[alg]
    txt = (f'"""Push A records for lab hosts to {z} via RFC2136."""\nimport os\nimport sys\n\n'
           f"import dns.query\nimport dns.tsig\nimport dns.tsigkeyring\nimport dns.update\n\n"
           f'ZONE = "{z}"\nSERVER = "{ip(r)}"\n'
           f'KEYRING = dns.tsigkeyring.from_text({{"{kn}.": {c.q(sec)}}})\n\n\n'
           f"def set_a(name, addr, ttl=300):\n    upd = dns.update.Update(ZONE, keyring=KEYRING, keyalgorithm=dns.tsig.{algc})\n"
           f"    upd.replace(name, ttl, \"A\", addr)\n    return dns.query.tcp(upd, SERVER, timeout=10)\n\n\n"
           f"if __name__ == \"__main__\":\n    print(set_a(sys.argv[1], sys.argv[2]))\n")
    return r.choice(["tools/dns_update.py", "scripts/rfc2136.py", "ddns/update_records.py"]), txt, "bind", "tsig_secret", "python"


@tpl("go_miekg_tsig")
def t_go(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z) + "."
    alg, n = r.choice([("HmacSHA256", 32), ("HmacSHA512", 64)])
    sec = c.secret(g_tsig(r, n), "tsig", refs=['RAW:os.Getenv("TSIG_SECRET")'])
    txt = (f"package main\n\nimport (\n\t\"log\"\n\t\"os\"\n\n\t\"github.com/miekg/dns\"\n)\n\n"
           f"const zone = \"{z}.\"\n\nfunc main() {{\n\t_ = os.Args\n\tt := new(dns.Transfer)\n"
           f"\tt.TsigSecret = map[string]string{{\"{kn}\": {c.q(sec)}}}\n"
           f"\tm := new(dns.Msg)\n\tm.SetAxfr(zone)\n\tm.SetTsig(\"{kn}\", dns.{alg}, 300, time_now())\n"
           f"\tch, err := t.In(m, \"{ip(r)}:53\")\n\tif err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n"
           f"\tfor env := range ch {{\n\t\tfor _, rr := range env.RR {{\n\t\t\tlog.Println(rr)\n\t\t}}\n\t}}\n}}\n")
    txt = txt.replace("time_now()", "time.Now().Unix()").replace('\t"log"\n', '\t"log"\n\t"time"\n')
    return r.choice(["cmd/axfr-dump/main.go", "internal/dnssync/main.go", "main.go"]), txt, "bind", "tsig_secret", "go"


@tpl("knot_conf")
def t_knot(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    alg, n = tsig_alg(r)
    sec = c.secret(g_tsig(r, n), "tsig", refs=["{{ knot_tsig_secret }}"])
    rem = ip(r)
    txt = (f"server:\n    rundir: \"/run/knot\"\n    user: knot:knot\n    listen: [ 0.0.0.0@53, ::@53 ]\n\n"
           f"log:\n  - target: syslog\n    any: info\n\n"
           f"key:\n  - id: {kn}\n    algorithm: {alg}\n    secret: {sec}\n\n"
           f"remote:\n  - id: secondary\n    address: {rem}@53\n    key: {kn}\n\n"
           f"acl:\n  - id: xfr_acl\n    address: {rem}\n    key: {kn}\n    action: transfer\n\n"
           f"zone:\n  - domain: {z}\n    storage: /var/lib/knot/zones\n    notify: secondary\n    acl: xfr_acl\n"
           f"    dnssec-signing: on\n")
    return r.choice(["knot/knot.conf", "etc/knot/knot.conf", "roles/knot/templates/knot.conf.j2"]), txt, "knot", "tsig_secret", "knot.conf"


@tpl("nsd_conf")
def t_nsd(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    alg, n = tsig_alg(r)
    sec = c.secret(g_tsig(r, n), "tsig")
    prim = ip(r)
    txt = (f"server:\n\tip-address: 0.0.0.0\n\tzonesdir: \"/etc/nsd/zones\"\n\thide-version: yes\n\n"
           f"remote-control:\n\tcontrol-enable: yes\n\n"
           f"key:\n\tname: \"{kn}\"\n\talgorithm: {alg}\n\tsecret: \"{sec}\"\n\n"
           f"zone:\n\tname: \"{z}\"\n\tzonefile: \"{z}.zone\"\n\tallow-notify: {prim} {kn}\n"
           f"\trequest-xfr: AXFR {prim} {kn}\n")
    return r.choice(["nsd/nsd.conf", "etc/nsd/nsd.conf"]), txt, "nsd", "tsig_secret", "nsd.conf"


@tpl("unbound_control_key", neg_ok=False)
def t_unbound_key(c):
    r = c.r
    lines = pem_body(r, "rsa3072")
    c.secret(lambda: lines[0])
    txt = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----\n"
    return r.choice(["unbound/unbound_control.key", "etc/unbound/unbound_server.key",
                     "docker/unbound/unbound_control.key"]), txt, "unbound", "private_key", "pem"


@tpl("corefile_tsig")
def t_corefile(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z) + "."
    n = 32
    sec = c.secret(g_tsig(r, n), "tsig", refs=["{$TSIG_SECRET}"])
    txt = (f"{z}:53 {{\n    file /etc/coredns/db.{z}\n    tsig {{\n        secret {kn} {sec}\n        require AXFR IXFR\n    }}\n"
           f"    transfer {{\n        to {ip(r)}\n    }}\n    log\n    errors\n}}\n\n"
           f".:53 {{\n    forward . 1.1.1.1 9.9.9.9\n    cache 30\n    errors\n}}\n")
    return r.choice(["coredns/Corefile", "Corefile", "deploy/coredns/Corefile"]), txt, "coredns", "tsig_secret", "corefile"


@tpl("externaldns_rfc2136_deploy")
def t_extdns_deploy(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    alg, n = r.choice([("hmac-sha256", 32), ("hmac-sha512", 64)])
    sec = c.secret(g_tsig(r, n), "tsig", refs=["$(RFC2136_TSIG_SECRET)"])
    txt = (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: external-dns\n  namespace: external-dns\n"
           f"spec:\n  strategy:\n    type: Recreate\n  selector:\n    matchLabels:\n      app: external-dns\n"
           f"  template:\n    metadata:\n      labels:\n        app: external-dns\n    spec:\n"
           f"      serviceAccountName: external-dns\n      containers:\n      - name: external-dns\n"
           f"        image: registry.k8s.io/external-dns/external-dns:v0.{r.randint(13, 15)}.{r.randint(0, 4)}\n"
           f"        args:\n        - --registry=txt\n        - --txt-prefix=external-dns-\n        - --txt-owner-id=k8s\n"
           f"        - --provider=rfc2136\n        - --rfc2136-host={ip(r)}\n        - --rfc2136-port=53\n"
           f"        - --rfc2136-zone={z}\n        - --rfc2136-tsig-secret={sec}\n"
           f"        - --rfc2136-tsig-secret-alg={alg}\n        - --rfc2136-tsig-keyname={kn}\n"
           f"        - --rfc2136-tsig-axfr\n        - --source=ingress\n        - --domain-filter={z}\n")
    return r.choice(["k8s/external-dns/deployment.yaml", "deploy/external-dns.yaml", "clusters/prod/external-dns/deploy.yaml"]), txt, "externaldns", "tsig_secret", "k8s-yaml"


@tpl("externaldns_rfc2136_helm")
def t_extdns_helm(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    sec = c.secret(g_tsig(r, 32), "tsig")
    txt = (f"provider: rfc2136\n\nrfc2136:\n  host: \"{ip(r)}\"\n  port: 53\n  zone: \"{z}\"\n"
           f"  tsigSecret: \"{sec}\"\n  tsigSecretAlg: hmac-sha256\n  tsigKeyname: \"{kn}\"\n  tsigAxfr: true\n"
           f"  minTTL: \"0s\"\n\ndomainFilters:\n  - {z}\ntxtOwnerId: \"homelab\"\npolicy: sync\n"
           f"sources:\n  - ingress\n  - service\n")
    return r.choice(["helm/external-dns/values.yaml", "values/external-dns.yaml", "charts/values-rfc2136.yaml"]), txt, "externaldns", "tsig_secret", "helm-values"


@tpl("terraform_dns_provider")
def t_tf_dns(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z) + "."
    alg, n = tsig_alg(r)
    sec = c.secret(g_tsig(r, n), "tsig", refs=["${var.tsig_secret}"])
    h = r.choice(HOSTS)
    txt = (f"terraform {{\n  required_providers {{\n    dns = {{\n      source  = \"hashicorp/dns\"\n      version = \"~> 3.4\"\n    }}\n  }}\n}}\n\n"
           f"provider \"dns\" {{\n  update {{\n    server        = \"{ip(r)}\"\n    key_name      = \"{kn}\"\n"
           f"    key_algorithm = \"{alg}\"\n    key_secret    = \"{sec}\"\n  }}\n}}\n\n"
           f"resource \"dns_a_record_set\" \"{h}\" {{\n  zone      = \"{z}.\"\n  name      = \"{h}\"\n"
           f"  addresses = [\"{ip(r)}\"]\n  ttl       = 300\n}}\n")
    return r.choice(["terraform/dns/main.tf", "infra/dns.tf", "modules/bind-records/provider.tf"]), txt, "bind", "tsig_secret", "terraform"


@tpl("ansible_nsupdate_task")
def t_ansible_nsupdate(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    sec = c.secret(g_tsig(r, 32), "tsig", refs=["{{ vault_tsig_secret }}", "{{ lookup('env', 'TSIG_SECRET') }}"])
    txt = (f"---\n- name: Register host in DNS\n  hosts: all\n  gather_facts: true\n  tasks:\n"
           f"    - name: Add A record for {{{{ inventory_hostname_short }}}}\n      community.general.nsupdate:\n"
           f"        server: \"ns1.{z}\"\n        zone: \"{z}\"\n        key_name: \"{kn}\"\n"
           f"        key_algorithm: \"hmac-sha256\"\n        key_secret: \"{sec}\"\n"
           f"        record: \"{{{{ inventory_hostname_short }}}}\"\n        type: \"A\"\n"
           f"        value: \"{{{{ ansible_default_ipv4.address }}}}\"\n      delegate_to: localhost\n")
    return r.choice(["playbooks/dns-register.yml", "ansible/register_dns.yml", "site/dns.yml"]), txt, "bind", "tsig_secret", "ansible"


@tpl("ansible_group_vars_bind")
def t_ansible_vars(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    alg, n = tsig_alg(r)
    sec = c.secret(g_tsig(r, n), "tsig", refs=["{{ vault_bind_keys[0].secret }}"])
    txt = (f"---\nbind_listen_ipv4: ['any']\nbind_allow_query: ['any']\nbind_recursion: false\n"
           f"bind_zones:\n  - name: {z}\n    primaries: [{ip(r)}]\n    networks: ['192.168.{r.randint(0, 99)}']\n"
           f"    name_servers: [ns1.{z}., ns2.{z}.]\n\n"
           f"bind_keys:\n  - name: {kn}\n    algorithm: {alg}\n    secret: \"{sec}\"\n\n"
           f"bind_dnssec_enable: true\n")
    return r.choice(["group_vars/dns_servers.yml", "inventories/prod/group_vars/bind.yml", "host_vars/ns1.yml"]), txt, "bind", "tsig_secret", "ansible"


@tpl("certbot_rfc2136_ini")
def t_certbot_rfc(c):
    r = c.r
    z = r.choice(ZONES)
    alg, n = r.choice([("HMAC-SHA512", 64), ("HMAC-SHA256", 32)])
    sec = c.secret(g_tsig(r, n), "tsig")
    txt = (f"# Target DNS server\ndns_rfc2136_server = {ip(r)}\n# Target DNS port\ndns_rfc2136_port = 53\n"
           f"# TSIG key name\ndns_rfc2136_name = {keyname(r, z)}.\n# TSIG key secret\ndns_rfc2136_secret = {sec}\n"
           f"# TSIG key algorithm\ndns_rfc2136_algorithm = {alg}\n")
    return r.choice(["certbot/rfc2136.ini", "letsencrypt/credentials.ini", "secrets/certbot-rfc2136.ini"]), txt, "certbot", "tsig_secret", "ini"


@tpl("certmanager_rfc2136_secret")
def t_cm_rfc(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    sec = c.secret(g_tsig(r, 32), "tsig")
    txt = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: tsig-secret\n  namespace: cert-manager\ntype: Opaque\n"
           f"stringData:\n  tsig-secret-key: \"{sec}\"\n---\napiVersion: cert-manager.io/v1\nkind: ClusterIssuer\n"
           f"metadata:\n  name: letsencrypt-dns\nspec:\n  acme:\n    server: https://acme-v02.api.letsencrypt.org/directory\n"
           f"    email: hostmaster@{z}\n    privateKeySecretRef:\n      name: letsencrypt-dns-account\n    solvers:\n"
           f"    - dns01:\n        rfc2136:\n          nameserver: {ip(r)}:53\n          tsigKeyName: {kn}\n"
           f"          tsigAlgorithm: HMACSHA256\n          tsigSecretSecretRef:\n            name: tsig-secret\n            key: tsig-secret-key\n")
    return r.choice(["k8s/cert-manager/issuer.yaml", "clusters/home/cert-manager/clusterissuer.yaml"]), txt, "cert-manager", "tsig_secret", "k8s-yaml"


def ecdsa_private(c, alg):
    r = c.r
    z = r.choice(ZONES)
    tag = r.randint(1, 65535)
    if alg == 13:
        sec = c.secret(lambda: b64(r, 32))
        body = f"Private-key-format: v1.3\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: {sec}\n"
    elif alg == 15:
        sec = c.secret(lambda: b64(r, 32))
        body = f"Private-key-format: v1.3\nAlgorithm: 15 (ED25519)\nPrivateKey: {sec}\n"
    else:
        pe = c.secret(lambda: b64(r, 256))
        body = (f"Private-key-format: v1.3\nAlgorithm: 8 (RSASHA256)\nModulus: {b64(r, 256)}\nPublicExponent: AQAB\n"
                f"PrivateExponent: {pe}\nPrime1: {b64(r, 128)}\nPrime2: {b64(r, 128)}\nExponent1: {b64(r, 128)}\n"
                f"Exponent2: {b64(r, 128)}\nCoefficient: {b64(r, 128)}\n")
    t = ts(r)
    body += f"Created: {t}\nPublish: {t}\nActivate: {t}\n"
    if r.random() < 0.4:
        body += f"SyncPublish: {ts(r)}\n"
    path = r.choice(["keys/", "dnssec/keys/", "bind/keys/", "var/lib/bind/keys/", ""]) + f"K{z}.+{alg:03d}+{tag:05d}.private"
    return path, body, "bind-dnssec", "dnssec_private_key", "dnssec-private"


@tpl("dnssec_private_ecdsa", neg_ok=False)
def t_k_ecdsa(c):
    return ecdsa_private(c, 13)


@tpl("dnssec_private_ed25519", neg_ok=False)
def t_k_ed(c):
    return ecdsa_private(c, 15)


@tpl("dnssec_private_rsa", neg_ok=False)
def t_k_rsa(c):
    return ecdsa_private(c, 8)


@tpl("pdns_conf_apikey")
def t_pdns_api(c):
    r = c.r
    key = c.secret(lambda: r.choice([tok(r, ALNUM, r.randint(20, 32)), b64(r, 24), hexs(r, 32)]),
                   refs=["{{ pdns_api_key }}"])
    txt = (f"# PowerDNS Authoritative\nlaunch=gsqlite3\ngsqlite3-database=/var/lib/powerdns/pdns.sqlite3\n"
           f"local-address=0.0.0.0, ::\n\napi=yes\napi-key={key}\nwebserver=yes\nwebserver-address=0.0.0.0\n"
           f"webserver-port=8081\nwebserver-allow-from=127.0.0.1,10.0.0.0/8\n\n"
           f"default-soa-content=ns1.{r.choice(ZONES)}. hostmaster.@ 0 10800 3600 604800 3600\n"
           f"dnsupdate=yes\nallow-dnsupdate-from=127.0.0.0/8\n")
    return r.choice(["pdns/pdns.conf", "etc/powerdns/pdns.conf", "docker/pdns/pdns.conf"]), txt, "powerdns", "api_key", "pdns.conf"


@tpl("pdns_conf_gmysql")
def t_pdns_mysql(c):
    r = c.r
    pw = c.secret(g_pw(r), "password", refs=["{{ pdns_db_password }}"])
    be = r.choice(["gmysql", "gpgsql"])
    txt = (f"launch={be}\n{be}-host={r.choice(['db.internal', '127.0.0.1', 'mariadb', 'postgres'])}\n"
           f"{be}-port={3306 if be == 'gmysql' else 5432}\n{be}-dbname=powerdns\n{be}-user=pdns\n{be}-password={pw}\n"
           + (f"{be}-dnssec=yes\n" if be == "gmysql" else "")
           + f"\nsetgid=pdns\nsetuid=pdns\nsecurity-poll-suffix=\nlog-dns-queries=no\nloglevel=4\n")
    return r.choice(["pdns/pdns.conf", "etc/powerdns/pdns.d/pdns.local.gmysql.conf", "roles/pdns/files/pdns.conf"]), txt, "powerdns", "password", "pdns.conf"


@tpl("pdns_docker_compose")
def t_pdns_compose(c):
    r = c.r
    key = c.secret(lambda: tok(r, ALNUM, r.randint(24, 40)), refs=["${PDNS_API_KEY}"])
    txt = (f"services:\n  pdns:\n    image: powerdns/pdns-auth-49:latest\n    restart: unless-stopped\n"
           f"    ports:\n      - \"53:53/udp\"\n      - \"53:53/tcp\"\n      - \"127.0.0.1:8081:8081\"\n"
           f"    environment:\n      PDNS_AUTH_API_KEY: \"{key}\"\n    volumes:\n      - ./pdns:/var/lib/powerdns\n\n"
           f"  pdns-admin:\n    image: powerdnsadmin/pda-legacy:latest\n    ports:\n      - \"9191:80\"\n"
           f"    depends_on:\n      - pdns\n")
    return r.choice(["docker-compose.yml", "pdns/compose.yaml", "stacks/dns/docker-compose.yml"]), txt, "powerdns", "api_key", "docker-compose"


@tpl("pdns_api_python")
def t_pdns_py(c):
    r = c.r
    z = r.choice(ZONES)
    key = c.secret(lambda: tok(r, ALNUM, r.randint(20, 32)), refs=["RAW:os.environ[\"PDNS_API_KEY\"]"])
    txt = (f"import os\nimport requests\n\nPDNS_URL = \"http://{ip(r, True)}:8081/api/v1/servers/localhost\"\n"
           f"API_KEY = {c.q(key)}\n\n\ndef upsert_a(name: str, addr: str, ttl: int = 300) -> None:\n"
           f"    body = {{\"rrsets\": [{{\"name\": name, \"type\": \"A\", \"ttl\": ttl, \"changetype\": \"REPLACE\",\n"
           f"                        \"records\": [{{\"content\": addr, \"disabled\": False}}]}}]}}\n"
           f"    r = requests.patch(f\"{{PDNS_URL}}/zones/{z}.\", json=body, headers={{\"X-API-Key\": API_KEY}}, timeout=10)\n"
           f"    r.raise_for_status()\n")
    return r.choice(["scripts/pdns_upsert.py", "tools/powerdns.py", "dns/sync.py"]), txt, "powerdns", "api_key", "python"


@tpl("pdns_terraform")
def t_pdns_tf(c):
    r = c.r
    key = c.secret(lambda: tok(r, ALNUM, 28), refs=["${var.pdns_api_key}"])
    z = r.choice(ZONES)
    txt = (f"provider \"powerdns\" {{\n  api_key    = \"{key}\"\n  server_url = \"https://pdns-api.{z}\"\n}}\n\n"
           f"resource \"powerdns_zone\" \"main\" {{\n  name        = \"{z}.\"\n  kind        = \"Native\"\n"
           f"  nameservers = [\"ns1.{z}.\", \"ns2.{z}.\"]\n}}\n")
    return r.choice(["terraform/powerdns.tf", "infra/pdns/main.tf"]), txt, "powerdns", "api_key", "terraform"


@tpl("cf_externaldns_helm")
def t_cf_helm(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_cf_token(r), refs=[])
    txt = (f"provider:\n  name: cloudflare\n\nenv:\n  - name: CF_API_TOKEN\n    value: \"{sec}\"\n\n"
           f"domainFilters:\n  - {z}\nextraArgs:\n  - --cloudflare-proxied\n  - --cloudflare-dns-records-per-page=5000\n"
           f"policy: upsert-only\ntxtOwnerId: {r.choice(['prod-eu', 'homelab', 'cluster-a'])}\n")
    return r.choice(["helm/external-dns/values.yaml", "apps/external-dns/values-cloudflare.yaml"]), txt, "cloudflare", "api_token", "helm-values"


@tpl("cf_k8s_secret")
def t_cf_secret(c):
    r = c.r
    sec = c.secret(g_cf_token(r))
    nm = r.choice(["cloudflare-api-token-secret", "cloudflare-api-token", "cf-dns"])
    txt = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {nm}\n  namespace: {r.choice(['cert-manager', 'external-dns', 'traefik'])}\n"
           f"type: Opaque\nstringData:\n  api-token: {sec}\n")
    return r.choice(["k8s/secrets/cloudflare.yaml", "manifests/cloudflare-token.yaml"]), txt, "cloudflare", "api_token", "k8s-yaml"


@tpl("cf_certbot_global")
def t_cf_certbot(c):
    r = c.r
    z = r.choice(ZONES)
    email = c.companion(lambda: f"{r.choice(USERS).replace('_', '.')}@{z}", "you@example.com")
    sec = c.secret(g_cf_global(r))
    txt = (f"# Cloudflare API credentials used by Certbot\ndns_cloudflare_email = {email}\ndns_cloudflare_api_key = {sec}\n")
    return r.choice(["certbot/cloudflare.ini", ".secrets/certbot/cloudflare.ini", "letsencrypt/cloudflare.ini"]), txt, "cloudflare", "global_api_key", "ini"


@tpl("cf_certbot_token")
def t_cf_certbot_tok(c):
    r = c.r
    sec = c.secret(g_cf_token(r))
    txt = f"# Cloudflare API token used by Certbot\ndns_cloudflare_api_token = {sec}\n"
    return r.choice(["certbot/cloudflare.ini", "secrets/cloudflare.ini"]), txt, "cloudflare", "api_token", "ini"


@tpl("cf_terraform")
def t_cf_tf(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_cf_token(r), refs=["${var.cloudflare_api_token}"])
    zid = hexs(r, 32)
    txt = (f"provider \"cloudflare\" {{\n  api_token = \"{sec}\"\n}}\n\nlocals {{\n  zone_id = \"{zid}\"\n}}\n\n"
           f"resource \"cloudflare_record\" \"www\" {{\n  zone_id = local.zone_id\n  name    = \"www\"\n"
           f"  content = \"{ip(r, False)}\"\n  type    = \"A\"\n  proxied = true\n}}\n")
    return r.choice(["terraform/cloudflare/main.tf", "dns/cloudflare.tf"]), txt, "cloudflare", "api_token", "terraform"


@tpl("cf_acmesh_account_conf")
def t_acmesh(c):
    r = c.r
    z = r.choice(ZONES)
    which = r.choice(["cf", "gd", "dk", "do"])
    if which == "cf":
        sec = c.secret(g_cf_token(r))
        body = f"SAVED_CF_Token='{sec}'\nSAVED_CF_Account_ID='{hexs(r, 32)}'\n"
        prov = "cloudflare"
    elif which == "gd":
        key = c.companion(lambda: tok(r, ALNUM, 12) + "_" + tok(r, ALNUM, 22), "sometestkey_example")
        sec = c.secret(g_tok(r, ALNUM, 22))
        body = f"SAVED_GD_Key='{key}'\nSAVED_GD_Secret='{sec}'\n"
        prov = "godaddy"
    elif which == "dk":
        sec = c.secret(lambda: uuid4(r))
        body = f"SAVED_DuckDNS_Token='{sec}'\n"
        prov = "duckdns"
    else:
        sec = c.secret(g_tok(r, HEXL, 64, "dop_v1_"))
        body = f"SAVED_DO_API_KEY='{sec}'\n"
        prov = "digitalocean"
    txt = (f"LOG_FILE='/root/.acme.sh/acme.sh.log'\n#LOG_LEVEL=1\nAUTO_UPGRADE='1'\n#NO_TIMESTAMP=1\n"
           f"ACCOUNT_EMAIL='hostmaster@{z}'\nDEFAULT_ACME_SERVER='https://acme-v02.api.letsencrypt.org/directory'\n"
           f"USER_PATH='/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'\n" + body)
    return r.choice(["acme.sh/account.conf", "config/acme/account.conf", "backup/acme.sh/account.conf"]), txt, prov, "api_token", "shell-conf"


@tpl("traefik_compose_cf")
def t_traefik(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_cf_token(r), refs=["${CF_DNS_API_TOKEN}"])
    txt = (f"services:\n  traefik:\n    image: traefik:v3.{r.randint(0, 2)}\n    command:\n      - --providers.docker=true\n"
           f"      - --entrypoints.websecure.address=:443\n      - --certificatesresolvers.le.acme.dnschallenge=true\n"
           f"      - --certificatesresolvers.le.acme.dnschallenge.provider=cloudflare\n"
           f"      - --certificatesresolvers.le.acme.email=admin@{z}\n"
           f"      - --certificatesresolvers.le.acme.storage=/letsencrypt/acme.json\n"
           f"    environment:\n      - CF_DNS_API_TOKEN={sec}\n    ports:\n      - \"443:443\"\n"
           f"    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n      - ./letsencrypt:/letsencrypt\n")
    return r.choice(["docker-compose.yml", "traefik/docker-compose.yml", "homelab/proxy/compose.yml"]), txt, "cloudflare", "api_token", "docker-compose"


@tpl("caddyfile_cf")
def t_caddy(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_cf_token(r), refs=["{env.CF_API_TOKEN}"])
    txt = (f"{{\n\temail admin@{z}\n}}\n\n*.{z}, {z} {{\n\ttls {{\n\t\tdns cloudflare {sec}\n\t\tresolvers 1.1.1.1\n\t}}\n\n"
           f"\t@ha host ha.{z}\n\thandle @ha {{\n\t\treverse_proxy {ip(r, True)}:8123\n\t}}\n\n"
           f"\thandle {{\n\t\tabort\n\t}}\n}}\n")
    return r.choice(["Caddyfile", "caddy/Caddyfile"]), txt, "cloudflare", "api_token", "caddyfile"


@tpl("route53_aws_credentials")
def t_r53_creds(c):
    r = c.r
    akid = c.companion(lambda: aws_akid(r), AWS_EX_ID)
    sec = c.secret(g_aws_secret(r), examples=[AWS_EX_SECRET])
    txt = (f"[{r.choice(['default', 'external-dns', 'route53'])}]\naws_access_key_id = {akid}\naws_secret_access_key = {sec}\n")
    if r.random() < 0.5:
        txt += "region = " + r.choice(["us-east-1", "eu-central-1", "eu-west-1"]) + "\n"
    return r.choice(["external-dns/credentials", "k8s/external-dns/aws-credentials", "certbot/aws-config"]), txt, "aws-route53", "secret_access_key", "aws-credentials"


@tpl("route53_octodns")
def t_r53_octo(c):
    r = c.r
    z = r.choice(ZONES)
    akid = c.companion(lambda: aws_akid(r), "env/AWS_ACCESS_KEY_ID")
    sec = c.secret(g_aws_secret(r), refs=["env/AWS_SECRET_ACCESS_KEY"], examples=[AWS_EX_SECRET])
    txt = (f"---\nproviders:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./config\n"
           f"    default_ttl: 3600\n    enforce_order: true\n  route53:\n    class: octodns_route53.Route53Provider\n"
           f"    access_key_id: {akid}\n    secret_access_key: {sec}\n\nzones:\n  {z}.:\n    sources:\n      - config\n"
           f"    targets:\n      - route53\n")
    return r.choice(["octodns/config/production.yaml", "dns/octodns.yaml", "config/octodns-route53.yaml"]), txt, "aws-route53", "secret_access_key", "octodns-yaml"


@tpl("route53_dnscontrol_creds")
def t_r53_dnsc(c):
    r = c.r
    akid = c.companion(lambda: aws_akid(r), "$AWS_ACCESS_KEY_ID")
    sec = c.secret(g_aws_secret(r), refs=["$AWS_SECRET_ACCESS_KEY"])
    doc = {"r53_main": {"TYPE": "ROUTE53", "KeyId": akid, "SecretKey": sec},
           "bind": {"TYPE": "BIND", "directory": "zones"}}
    return r.choice(["creds.json", "dnscontrol/creds.json"]), json.dumps(doc, indent=2) + "\n", "aws-route53", "secret_access_key", "json"


@tpl("azure_externaldns_json")
def t_azure_json(c):
    r = c.r
    sec = c.secret(g_azure_secret(r), public=[uuid4(r)])
    doc = {"tenantId": uuid4(r), "subscriptionId": uuid4(r),
           "resourceGroup": r.choice(["rg-dns-prod", "dns-zones", "MC_platform_dns"]),
           "aadClientId": uuid4(r), "aadClientSecret": sec}
    return r.choice(["external-dns/azure.json", "k8s/azure.json", "secrets/azure.json"]), json.dumps(doc, indent=2) + "\n", "azure-dns", "client_secret", "json"


@tpl("azure_terraform_dns")
def t_azure_tf(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_azure_secret(r), refs=["${var.client_secret}"])
    txt = (f"provider \"azurerm\" {{\n  features {{}}\n  subscription_id = \"{uuid4(r)}\"\n  tenant_id       = \"{uuid4(r)}\"\n"
           f"  client_id       = \"{uuid4(r)}\"\n  client_secret   = \"{sec}\"\n}}\n\n"
           f"resource \"azurerm_dns_zone\" \"public\" {{\n  name                = \"{z}\"\n  resource_group_name = \"rg-dns\"\n}}\n")
    return r.choice(["terraform/azure-dns/main.tf", "infra/azure/dns.tf"]), txt, "azure-dns", "client_secret", "terraform"


@tpl("azure_lego_env_sh")
def t_azure_lego(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_azure_secret(r))
    txt = (f"#!/bin/sh\n# renew wildcard cert for {z} via Azure DNS\nexport AZURE_CLIENT_ID={uuid4(r)}\n"
           f"export AZURE_TENANT_ID={uuid4(r)}\nexport AZURE_SUBSCRIPTION_ID={uuid4(r)}\n"
           f"export AZURE_CLIENT_SECRET='{sec}'\nexport AZURE_RESOURCE_GROUP=rg-dns\n\n"
           f"lego --email ops@{z} --dns azuredns --domains '*.{z}' --domains {z} renew --days 30\n")
    return r.choice(["scripts/renew-cert.sh", "bin/lego-azure.sh"]), txt, "azure-dns", "client_secret", "shell"


@tpl("ns1_octodns")
def t_ns1(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tok(r, ALNUM, 20), refs=["env/NS1_API_KEY"])
    txt = (f"providers:\n  zones:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n"
           f"  ns1:\n    class: octodns_ns1.Ns1Provider\n    api_key: {sec}\n    parallelism: 11\n\n"
           f"zones:\n  {z}.:\n    sources:\n      - zones\n    targets:\n      - ns1\n")
    return r.choice(["octodns/ns1.yaml", "config/octodns.yaml"]), txt, "ns1", "api_key", "octodns-yaml"


@tpl("ns1_terraform")
def t_ns1_tf(c):
    r = c.r
    sec = c.secret(g_tok(r, ALNUM, 20), refs=["${var.ns1_apikey}"])
    z = r.choice(ZONES)
    txt = (f"provider \"ns1\" {{\n  apikey          = \"{sec}\"\n  rate_limit_parallelism = 60\n}}\n\n"
           f"resource \"ns1_zone\" \"main\" {{\n  zone = \"{z}\"\n  ttl  = 3600\n}}\n")
    return "terraform/ns1.tf", txt, "ns1", "api_key", "terraform"


@tpl("dnsimple_creds_json")
def t_dnsimple(c):
    r = c.r
    sec = c.secret(g_tok(r, ALNUM, 32), refs=["$DNSIMPLE_TOKEN"])
    doc = {"dnsimple": {"TYPE": "DNSIMPLE", "token": sec},
           "none": {"TYPE": "NONE"}}
    return r.choice(["creds.json", "dnscontrol/creds.json"]), json.dumps(doc, indent=r.choice([2, 4])) + "\n", "dnsimple", "api_token", "json"


@tpl("dnsimple_ruby")
def t_dnsimple_rb(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tok(r, ALNUM, 32), refs=["RAW:ENV.fetch(\"DNSIMPLE_TOKEN\")"])
    acct = r.randint(1000, 99999)
    txt = (f"require \"dnsimple\"\n\nclient = Dnsimple::Client.new(access_token: {c.q(sec)})\naccount_id = {acct}\n\n"
           f"client.zones.create_zone_record(account_id, \"{z}\", name: \"www\", type: \"CNAME\", content: \"{z}\", ttl: 3600)\n"
           f"puts client.zones.list_zone_records(account_id, \"{z}\").data.map(&:name)\n")
    return r.choice(["script/dns_setup.rb", "lib/tasks/dnsimple.rb"]), txt, "dnsimple", "api_token", "ruby"


@tpl("gandi_dnscontrol")
def t_gandi(c):
    r = c.r
    if r.random() < 0.5:
        sec = c.secret(g_tok(r, ALNUM, 24), refs=["$GANDI_APIKEY"])
        doc = {"gandi": {"TYPE": "GANDI_V5", "apikey": sec, "sharing_id": uuid4(r)}}
    else:
        sec = c.secret(g_tok(r, HEXL, 40), refs=["$GANDI_TOKEN"])
        doc = {"gandi": {"TYPE": "GANDI_V5", "token": sec}}
    return r.choice(["creds.json", "dns/creds.json"]), json.dumps(doc, indent=2) + "\n", "gandi", "api_key", "json"


@tpl("gandi_lego_sh")
def t_gandi_sh(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tok(r, HEXL, 40))
    txt = (f"#!/usr/bin/env bash\nset -e\nGANDIV5_PERSONAL_ACCESS_TOKEN={sec} \\\n  lego --accept-tos --email hostmaster@{z} \\\n"
           f"  --dns gandiv5 -d '*.{z}' run\n")
    return r.choice(["scripts/get-cert.sh", "certs/issue.sh"]), txt, "gandi", "api_token", "shell"


@tpl("ovh_certbot_ini")
def t_ovh(c):
    r = c.r
    ak = c.companion(g_tok(r, ALNUM, 16), "<application-key>")
    sec = c.secret(g_tok(r, ALNUM, 32))
    txt = (f"# OVH API credentials used by Certbot\ndns_ovh_endpoint = ovh-eu\ndns_ovh_application_key = {ak}\n"
           f"dns_ovh_application_secret = {sec}\ndns_ovh_consumer_key = ${{OVH_CONSUMER_KEY}}\n")
    return r.choice(["certbot/ovh.ini", ".secrets/ovh.ini"]), txt, "ovh", "application_secret", "ini"


@tpl("ovh_python_conf")
def t_ovh_conf(c):
    r = c.r
    ak = c.companion(g_tok(r, ALNUM, 16), "my_app_key")
    sec = c.secret(g_tok(r, ALNUM, 32))
    txt = (f"[default]\n; general configuration: default endpoint\nendpoint=ovh-eu\n\n[ovh-eu]\n; configuration specific to 'ovh-eu' endpoint\n"
           f"application_key={ak}\napplication_secret={sec}\n; consumer_key is requested at runtime by dyndns.py\n")
    return r.choice(["ovh.conf", "tools/ovh/ovh.conf"]), txt, "ovh", "application_secret", "ini"


@tpl("hetzner_dnscontrol")
def t_hetzner(c):
    r = c.r
    sec = c.secret(g_tok(r, ALNUM, 32), refs=["$HETZNER_DNS_API_KEY"])
    doc = {"hetzner": {"TYPE": "HETZNER", "api_key": sec}}
    return r.choice(["creds.json", "infra/dnscontrol/creds.json"]), json.dumps(doc, indent=2) + "\n", "hetzner", "api_token", "json"


@tpl("hetzner_python")
def t_hetzner_py(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tok(r, ALNUM, 32), refs=["RAW:os.getenv(\"HETZNER_DNS_TOKEN\")"])
    txt = (f"#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# Aktualisiert den A-Record fuer {z} bei Hetzner DNS\nimport os\nimport requests\n\n"
           f"API = \"https://dns.hetzner.com/api/v1\"\nHEADERS = {{\"Auth-API-Token\": {c.q(sec)}}}\nZONE_ID = \"{tok(r, ALNUM, 22)}\"\n\n"
           f"def aktueller_record(name):\n    res = requests.get(f\"{{API}}/records\", params={{\"zone_id\": ZONE_ID}}, headers=HEADERS, timeout=10)\n"
           f"    res.raise_for_status()\n    return [x for x in res.json()[\"records\"] if x[\"name\"] == name]\n")
    return r.choice(["hetzner_ddns.py", "scripts/hetzner-dns.py"]), txt, "hetzner", "api_token", "python"


@tpl("desec_curl")
def t_desec(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tok(r, B64URL, 28), refs=["${DESEC_TOKEN}"])
    h = r.choice(HOSTS)
    txt = (f"#!/bin/sh\n# deSEC dynDNS for {h}.{z}\n"
           f"curl -s --user {h}.{z}:{sec} \"https://update.dedyn.io/?hostname={h}.{z}\"\n")
    if r.random() < 0.5:
        txt = (f"#!/bin/sh\n# list RRsets at deSEC\ncurl -s -X GET https://desec.io/api/v1/domains/{z}/rrsets/ \\\n"
               f"    --header \"Authorization: Token {sec}\" | jq -r '.[] | .subname + \" \" + .type'\n")
    return r.choice(["bin/desec-update.sh", "dyndns/desec.sh"]), txt, "desec", "api_token", "shell"


@tpl("duckdns_cron")
def t_duck(c):
    r = c.r
    sub = r.choice(["myhome", "kraemer-nas", "lab42", "casa-pepe", "pihole-garage", "tanaka-cam"])
    sec = c.secret(lambda: uuid4(r), refs=["$DUCKDNS_TOKEN"])
    txt = (f"# duckdns updater\n*/5 * * * * curl -s -k \"https://www.duckdns.org/update?domains={sub}&token={sec}&ip=\" "
           f"-o ~/duckdns/duck.log >/dev/null 2>&1\n")
    return r.choice(["duckdns/duck.cron", "cron/duckdns", "home/pi/duckdns/crontab"]), txt, "duckdns", "ddns_token", "crontab"


@tpl("duckdns_sh")
def t_duck_sh(c):
    r = c.r
    sub = r.choice(["myhome", "kraemer-nas", "lab42", "casa-pepe", "mauihouse"])
    sec = c.secret(lambda: uuid4(r), refs=["${DUCKDNS_TOKEN}"])
    txt = (f"#!/bin/bash\nDOMAIN={sub}\nTOKEN={sec}\n\necho url=\"https://www.duckdns.org/update?domains=$DOMAIN&token=$TOKEN&ip=\" "
           f"| curl -k -o ~/duckdns/duck.log -K -\n")
    return r.choice(["duckdns/duck.sh", "scripts/duck.sh"]), txt, "duckdns", "ddns_token", "shell"


@tpl("duckdns_compose")
def t_duck_compose(c):
    r = c.r
    sub = r.choice(["myhome", "kraemer-nas", "lab42", "casa-pepe"])
    sec = c.secret(lambda: uuid4(r), refs=["${DUCKDNS_TOKEN}"])
    txt = (f"services:\n  duckdns:\n    image: lscr.io/linuxserver/duckdns:latest\n    container_name: duckdns\n"
           f"    environment:\n      - PUID=1000\n      - PGID=1000\n      - TZ={r.choice(['Europe/Berlin', 'America/Chicago', 'Asia/Tokyo'])}\n"
           f"      - SUBDOMAINS={sub}\n      - TOKEN={sec}\n      - LOG_FILE=false\n    restart: unless-stopped\n")
    return r.choice(["duckdns/docker-compose.yml", "stacks/duckdns.yml"]), txt, "duckdns", "ddns_token", "docker-compose"


@tpl("ddclient_noip")
def t_ddclient_noip(c):
    r = c.r
    h = f"{r.choice(HOSTS)}{r.randint(1, 99)}.{r.choice(['ddns.net', 'hopto.org', 'zapto.org', 'sytes.net'])}"
    user = r.choice(USERS) + str(r.randint(1, 99))
    pw = c.secret(g_pw(r), "password")
    txt = (f"# Configuration file for ddclient generated by debconf\n#\n# /etc/ddclient.conf\n\n"
           f"daemon=300\nsyslog=yes\nssl=yes\nprotocol=dyndns2\nuse=web, web=checkip.dyndns.com/, web-skip='IP Address'\n"
           f"server=dynupdate.no-ip.com\nlogin={user}\npassword='{pw}'\n{h}\n")
    return r.choice(["ddclient/ddclient.conf", "etc/ddclient.conf"]), txt, "no-ip", "password", "ddclient.conf"


@tpl("ddclient_namecheap")
def t_ddclient_nc(c):
    r = c.r
    z = r.choice(ZONES)
    pw = c.secret(g_tok(r, HEXL, 32), "password")
    txt = (f"daemon=600\nuse=web, web=dynamicdns.park-your-domain.com/getip\nprotocol=namecheap\n"
           f"server=dynamicdns.park-your-domain.com\nlogin={z}\npassword={pw}\n@,{r.choice(HOSTS)}\n")
    return r.choice(["ddclient.conf", "config/ddclient/ddclient.conf"]), txt, "namecheap", "ddns_password", "ddclient.conf"


@tpl("ddclient_cloudflare")
def t_ddclient_cf(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_cf_token(r))
    txt = (f"# ddclient - cloudflare\ndaemon=300\nssl=yes\nuse=web, web=https://cloudflare.com/cdn-cgi/trace, web-skip='ip='\n"
           f"protocol=cloudflare\nzone={z}\nlogin=token\npassword={sec}\n{r.choice(HOSTS)}.{z}\n")
    return r.choice(["ddclient/ddclient.conf", "config/ddclient.conf"]), txt, "cloudflare", "api_token", "ddclient.conf"


@tpl("ddclient_dynu")
def t_ddclient_dynu(c):
    r = c.r
    h = f"{r.choice(HOSTS)}.{r.choice(['dynu.net', 'freeddns.org', 'kozow.com', 'mywire.org'])}"
    pw = c.secret(g_pw(r), "password")
    txt = (f"daemon=300\nuse=web, web=checkip.dynu.com/, web-skip='IP Address'\nserver=api.dynu.com\nprotocol=dyndns2\n"
           f"login={r.choice(USERS)}\npassword={pw}\n{h}\n")
    return r.choice(["ddclient.conf", "etc/ddclient/ddclient.conf"]), txt, "dynu", "password", "ddclient.conf"


@tpl("inadyn_conf")
def t_inadyn(c):
    r = c.r
    prov, srv = r.choice([("default@dynu.com", "dynu"), ("default@no-ip.com", "noip"), ("default@freedns.afraid.org", "freedns"),
                          ("default@dyndns.org", "dyndns")])
    h = f"{r.choice(HOSTS)}.{r.choice(['ddns.net', 'dynu.net', 'mooo.com', 'dyndns.org'])}"
    pw = c.secret(g_pw(r), "password")
    txt = (f"# In-A-Dyn v2.0 configuration file format\nperiod          = 300\nuser-agent      = Mozilla/5.0\n\n"
           f"provider {prov} {{\n    username    = {r.choice(USERS)}\n    password    = \"{pw}\"\n    hostname    = {h}\n}}\n")
    return r.choice(["inadyn/inadyn.conf", "etc/inadyn.conf"]), txt, srv, "password", "inadyn.conf"


@tpl("freedns_cron")
def t_freedns(c):
    r = c.r
    sec = c.secret(g_tok(r, ALNUM, 24))
    txt = (f"# afraid.org dynamic update (v2)\n*/{r.choice([5, 10])} * * * * sleep {r.randint(1, 59)} ; "
           f"curl -s https://sync.afraid.org/u/{sec}/ >> /tmp/freedns_{r.choice(HOSTS)}.log 2>/dev/null\n")
    return r.choice(["cron/freedns", "crontab", "etc/cron.d/freedns"]), txt, "freedns", "ddns_token", "crontab"


@tpl("namecheap_ddns_url_sh")
def t_nc_sh(c):
    r = c.r
    z = r.choice(ZONES)
    pw = c.secret(g_tok(r, HEXL, 32), "password", refs=["${NC_DDNS_PASSWORD}"])
    h = r.choice(HOSTS + ["@", "*"])
    txt = (f"#!/bin/bash\n# Namecheap dynamic DNS\nIP=$(curl -s https://ipv4.icanhazip.com)\n"
           f"curl -s \"https://dynamicdns.park-your-domain.com/update?host={h}&domain={z}&password={pw}&ip=$IP\" | grep -q '<ErrCount>0' "
           f"|| echo \"update failed\" >&2\n")
    return r.choice(["ddns/namecheap.sh", "scripts/nc-ddns.sh"]), txt, "namecheap", "ddns_password", "shell"


@tpl("noip_python")
def t_noip_py(c):
    r = c.r
    h = f"{r.choice(HOSTS)}.{r.choice(['ddns.net', 'hopto.org'])}"
    user = r.choice(USERS)
    pw = c.secret(g_pw(r), "password", refs=["RAW:os.environ.get(\"NOIP_PASSWORD\", \"\")"])
    txt = (f"import os\nimport requests\n\nNOIP_USER = \"{user}\"\nNOIP_PASS = {c.q(pw)}\nHOSTNAME = \"{h}\"\n\n"
           f"def update(ip):\n    r = requests.get(\"https://dynupdate.no-ip.com/nic/update\",\n"
           f"                     params={{\"hostname\": HOSTNAME, \"myip\": ip}},\n                     auth=(NOIP_USER, NOIP_PASS),\n"
           f"                     headers={{\"User-Agent\": \"homelab-ddns/1.0 {user}@example.org\"}}, timeout=15)\n    return r.text\n")
    return r.choice(["noip_update.py", "ddns/noip.py"]), txt, "no-ip", "password", "python"


@tpl("technitium_api")
def t_technitium(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tok(r, HEXL, 64), refs=["${TECHNITIUM_TOKEN}"])
    txt = (f"#!/bin/bash\n# add a record on the Technitium DNS server\nDNS=http://{ip(r, True)}:5380\nTOKEN={sec}\n\n"
           f"curl -s \"$DNS/api/zones/records/add?token=$TOKEN&domain={r.choice(HOSTS)}.{z}&zone={z}&type=A&ipAddress=$1&overwrite=true\"\n")
    return r.choice(["scripts/technitium-add.sh", "dns/add_record.sh"]), txt, "technitium", "api_token", "shell"


@tpl("adguard_sync_yaml")
def t_adguard(c):
    r = c.r
    pw = c.secret(g_pw(r), "password", refs=["${ORIGIN_PASSWORD}"])
    txt = (f"cron: \"*/10 * * * *\"\nrunOnStart: true\n\norigin:\n  url: http://{ip(r, True)}:3000\n  username: admin\n"
           f"  password: \"{pw}\"\n\nreplicas:\n  - url: http://{ip(r, True)}:3000\n    username: admin\n"
           f"    password: ${{REPLICA_PASSWORD}}\n\nfeatures:\n  dns:\n    serverConfig: true\n    accessLists: true\n    rewrites: true\n")
    return r.choice(["adguardhome-sync.yaml", "config/adguardhome-sync.yaml"]), txt, "adguard", "password", "yaml"


@tpl("pihole_homeassistant")
def t_pihole(c):
    r = c.r
    sec = c.secret(g_tok(r, HEXL, 64), refs=["!secret pihole_api_key"])
    txt = (f"# configuration.yaml\nhomeassistant:\n  name: Home\n  time_zone: {r.choice(['Europe/Berlin', 'Europe/Madrid', 'America/Denver'])}\n\n"
           f"sensor:\n  - platform: pi_hole\n    host: {ip(r, True)}\n    api_key: {sec}\n    monitored_conditions:\n"
           f"      - ads_blocked_today\n      - dns_queries_today\n")
    return r.choice(["homeassistant/configuration.yaml", "configuration.yaml"]), txt, "pihole", "api_token", "yaml"


@tpl("pihole_curl")
def t_pihole_sh(c):
    r = c.r
    sec = c.secret(g_tok(r, HEXL, 64), refs=["$PIHOLE_TOKEN"])
    m = r.randint(5, 60)
    txt = (f"#!/bin/sh\n# disable blocking for {m} minutes (kids' school portal is broken otherwise)\n"
           f"curl -s \"http://pi.hole/admin/api.php?disable={m * 60}&auth={sec}\"\n")
    return r.choice(["bin/pihole-pause.sh", "scripts/pihole_disable.sh"]), txt, "pihole", "api_token", "shell"


@tpl("infoblox_ansible")
def t_infoblox(c):
    r = c.r
    pw = c.secret(g_pw(r), "password", refs=["{{ vault_nios_password }}"])
    txt = (f"---\nnios_provider:\n  host: {r.choice(['gm.infoblox.corp', 'infoblox-gm01', 'ipam.mycorp.local'])}\n"
           f"  username: {r.choice(USERS)}\n  password: \"{pw}\"\n  wapi_version: \"2.{r.randint(9, 12)}\"\n"
           f"  validate_certs: false\n\ndns_view: default\nnetwork_view: default\n")
    return r.choice(["group_vars/all/infoblox.yml", "inventories/prod/group_vars/nios.yml"]), txt, "infoblox", "password", "ansible"


@tpl("infoblox_python")
def t_infoblox_py(c):
    r = c.r
    pw = c.secret(g_pw(r), "password", refs=["RAW:os.environ[\"WAPI_PASSWORD\"]"])
    gm = r.choice(["gm.infoblox.corp", "10.20.0.5", "infoblox.mycorp.local"])
    txt = (f"import os\nimport requests\n\nWAPI = \"https://{gm}/wapi/v2.12\"\nAUTH = (\"{r.choice(USERS)}\", {c.q(pw)})\n\n\n"
           f"def next_ip(network):\n    res = requests.get(f\"{{WAPI}}/network\", params={{\"network\": network}}, auth=AUTH, verify=False)\n"
           f"    ref = res.json()[0][\"_ref\"]\n    out = requests.post(f\"{{WAPI}}/{{ref}}?_function=next_available_ip\", json={{\"num\": 1}}, auth=AUTH, verify=False)\n"
           f"    return out.json()[\"ips\"][0]\n")
    return r.choice(["ipam/infoblox_client.py", "tools/wapi.py"]), txt, "infoblox", "password", "python"


@tpl("bluecat_python")
def t_bluecat(c):
    r = c.r
    pw = c.secret(g_pw(r), "password", refs=["RAW:os.getenv(\"BAM_PASSWORD\")"])
    txt = (f"import os\nfrom bluecat_libraries.address_manager.api import Client\n\nBAM_URL = \"https://bam.{r.choice(ZONES)}\"\n"
           f"BAM_USER = \"{r.choice(USERS)}\"\nBAM_PASSWORD = {c.q(pw)}\n\n"
           f"with Client(BAM_URL) as client:\n    client.login(BAM_USER, BAM_PASSWORD)\n"
           f"    cfg = client.get_entity_by_name(0, \"Production\", \"Configuration\")\n    print(cfg)\n    client.logout()\n")
    return r.choice(["bluecat/export_zones.py", "scripts/bam_report.py"]), txt, "bluecat", "password", "python"


@tpl("efficientip_terraform")
def t_eip(c):
    r = c.r
    pw = c.secret(g_pw(r), "password", refs=["${var.solidserver_password}"])
    txt = (f"provider \"solidserver\" {{\n  username  = \"{r.choice(USERS)}\"\n  password  = \"{pw}\"\n"
           f"  host      = \"{r.choice(['sds.corp.local', '10.1.0.10', 'solidserver.mycorp.net'])}\"\n  sslverify = false\n}}\n\n"
           f"resource \"solidserver_dns_rr\" \"app\" {{\n  dnsserver = \"ns1.{r.choice(ZONES)}\"\n  name      = \"app.{r.choice(ZONES)}\"\n"
           f"  type      = \"A\"\n  value     = \"{ip(r, True)}\"\n}}\n")
    return r.choice(["terraform/ipam/main.tf", "infra/efficientip.tf"]), txt, "efficientip", "password", "terraform"


@tpl("windows_dns_powershell")
def t_winps(c):
    r = c.r
    z = r.choice(ZONES)
    pw = c.secret(g_pw(r), "password", refs=["RAW:$env:DNS_ADMIN_PASSWORD"])
    dom = r.choice(["CORP", "AD", "MYCORP"])
    txt = (f"# Add-DnsRecords.ps1 - registers app hosts on the AD DNS servers\n"
           f"$user = \"{dom}\\{r.choice(USERS)}\"\n$pass = ConvertTo-SecureString {c.q(pw)} -AsPlainText -Force\n"
           f"$cred = New-Object System.Management.Automation.PSCredential($user, $pass)\n\n"
           f"$session = New-CimSession -ComputerName dc01.{z} -Credential $cred\n"
           f"Add-DnsServerResourceRecordA -CimSession $session -ZoneName \"{z}\" -Name \"app01\" -IPv4Address \"{ip(r, True)}\" -CreatePtr\n"
           f"Remove-CimSession $session\n")
    return r.choice(["scripts/Add-DnsRecords.ps1", "windows/dns/Register-Hosts.ps1"]), txt, "windows-dns", "password", "powershell"


@tpl("digitalocean_dnscontrol")
def t_do(c):
    r = c.r
    sec = c.secret(g_tok(r, HEXL, 64, "dop_v1_"), refs=["$DIGITALOCEAN_TOKEN"])
    doc = {"digitalocean": {"TYPE": "DIGITALOCEAN", "token": sec}}
    return r.choice(["creds.json", "dnscontrol/creds.json"]), json.dumps(doc, indent=2) + "\n", "digitalocean", "api_token", "json"


@tpl("linode_octodns")
def t_linode(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tok(r, HEXL, 64), refs=["env/LINODE_TOKEN"])
    txt = (f"providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n"
           f"  linode:\n    class: octodns_linode.LinodeProvider\n    token: {sec}\n\nzones:\n  {z}.:\n    sources: [config]\n    targets: [linode]\n")
    return "octodns/linode.yaml", txt, "linode", "api_token", "octodns-yaml"


@tpl("vultr_lego")
def t_vultr(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tok(r, UPALNUM, 36), refs=["${VULTR_API_KEY}"])
    txt = (f"#!/usr/bin/env bash\n# wildcard cert via Vultr DNS\nexport VULTR_API_KEY=\"{sec}\"\n"
           f"lego --email admin@{z} --dns vultr --domains \"*.{z}\" --path /etc/lego run\n")
    return r.choice(["scripts/cert-vultr.sh", "lego.sh"]), txt, "vultr", "api_key", "shell"


@tpl("porkbun_python")
def t_porkbun(c):
    r = c.r
    z = r.choice(ZONES)
    pk = c.companion(g_tok(r, HEXL, 64, "pk1_"), "pk1_xxxxxxxx")
    sec = c.secret(g_tok(r, HEXL, 64, "sk1_"), refs=["RAW:os.environ[\"PORKBUN_SECRET_KEY\"]"])
    txt = (f"import json, os, urllib.request\n\nCREDS = {{\n    \"apikey\": \"{pk}\",\n    \"secretapikey\": {c.q(sec)},\n}}\n\n"
           f"def edit(ip):\n    body = dict(CREDS, content=ip, ttl=\"600\")\n"
           f"    req = urllib.request.Request(\"https://api.porkbun.com/api/json/v3/dns/editByNameType/{z}/A/home\",\n"
           f"                                 data=json.dumps(body).encode(), method=\"POST\")\n"
           f"    return json.load(urllib.request.urlopen(req))\n")
    return r.choice(["porkbun_ddns.py", "ddns/porkbun.py"]), txt, "porkbun", "secret_api_key", "python"


@tpl("godaddy_dnscontrol")
def t_godaddy(c):
    r = c.r
    key = c.companion(lambda: tok(r, ALNUM, 12) + "_" + tok(r, ALNUM, 22), "$GODADDY_KEY")
    sec = c.secret(g_tok(r, ALNUM, 22), refs=["$GODADDY_SECRET"])
    doc = {"godaddy": {"TYPE": "GODADDY", "api_key": key, "api_secret": sec}}
    return "creds.json", json.dumps(doc, indent=2) + "\n", "godaddy", "api_secret", "json"


@tpl("gcp_dns_sa_json", neg_ok=False)
def t_gcp(c):
    r = c.r
    lines = pem_body(r, "pkcs8")
    c.secret(lambda: lines[0])
    proj = r.choice(["dns-prod-", "infra-dns-", "homelab-"]) + str(r.randint(100000, 999999))
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
    doc = {"type": "service_account", "project_id": proj, "private_key_id": hexs(r, 40), "private_key": pem,
           "client_email": f"external-dns@{proj}.iam.gserviceaccount.com", "client_id": str(r.randint(10**20, 10**21)),
           "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}
    return r.choice(["secrets/external-dns-sa.json", "k8s/external-dns/credentials.json", "gcp/dns-admin.json"]), json.dumps(doc, indent=2) + "\n", "google-cloud-dns", "private_key", "json"


@tpl("runbook_markdown_tsig")
def t_runbook(c):
    r = c.r
    z = r.choice(ZONES)
    kn = keyname(r, z)
    alg, n = tsig_alg(r)
    sec = c.secret(g_tsig(r, n), "tsig")
    txt = (f"# Secondary DNS for {z}\n\n## Neuer Secondary einrichten\n\n1. Install bind9 on the new box.\n"
           f"2. Add the transfer key below to `/etc/bind/named.conf.local`:\n\n```\nkey \"{kn}\" {{\n    algorithm {alg};\n"
           f"    secret \"{sec}\";\n}};\n```\n\n3. Add the zone with `primaries {{ {ip(r)} key \"{kn}\"; }};`\n"
           f"4. `rndc reconfig` and check `journalctl -u named` for `Transfer completed`.\n")
    return r.choice(["docs/dns/secondary.md", "runbooks/dns-secondary.md", "README.md"]), txt, "bind", "tsig_secret", "markdown"


@tpl("runbook_markdown_cf")
def t_runbook_cf(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_cf_token(r))
    txt = (f"## DNS – {z}\n\nDNS is hosted at Cloudflare (account: ops@{z}).\n\nQuick check that the token still works:\n\n"
           f"```bash\ncurl -s https://api.cloudflare.com/client/v4/user/tokens/verify \\\n     -H \"Authorization: Bearer {sec}\"\n```\n\n"
           f"Token permissions: Zone:DNS:Edit on {z} only.\n")
    return r.choice(["docs/dns.md", "runbooks/cloudflare.md", "NOTES.md"]), txt, "cloudflare", "api_token", "markdown"


@tpl("dotenv_ddns", env=True)
def t_dotenv(c):
    r = c.r
    z = r.choice(ZONES)
    which = r.choice(["cf", "duck", "hetzner"])
    if which == "cf":
        sec = c.secret(g_cf_token(r))
        body = f"CF_API_TOKEN={sec}\nCF_ZONE={z}\n"
        prov = "cloudflare"
    elif which == "duck":
        sec = c.secret(lambda: uuid4(r))
        body = f"DUCKDNS_SUBDOMAINS=myhome\nDUCKDNS_TOKEN={sec}\n"
        prov = "duckdns"
    else:
        sec = c.secret(g_tok(r, ALNUM, 32))
        body = f"HETZNER_DNS_API_TOKEN={sec}\nZONE_NAME={z}\n"
        prov = "hetzner"
    txt = f"# ddns-updater settings\nTZ=Europe/Berlin\nUPDATE_INTERVAL=5m\n{body}LOG_LEVEL=info\n"
    return r.choice([".env", "ddns/.env", ".env.production"]), txt, prov, "api_token", "dotenv"


@tpl("ddns_updater_config_json")
def t_qmcgaw(c):
    r = c.r
    z = r.choice(ZONES)
    which = r.choice(["cf", "porkbun", "dynu", "namecheap"])
    if which == "cf":
        sec = c.secret(g_cf_token(r))
        s = {"provider": "cloudflare", "zone_identifier": hexs(r, 32), "domain": f"{r.choice(HOSTS)}.{z}", "ttl": 600, "token": sec, "ip_version": "ipv4"}
        prov = "cloudflare"
    elif which == "porkbun":
        sec = c.secret(g_tok(r, HEXL, 64, "sk1_"))
        s = {"provider": "porkbun", "domain": z, "api_key": c.companion(g_tok(r, HEXL, 64, "pk1_"), "pk1_..."), "secret_api_key": sec, "ip_version": "ipv4"}
        prov = "porkbun"
    elif which == "dynu":
        sec = c.secret(g_pw(r), "password")
        s = {"provider": "dynu", "domain": f"{r.choice(HOSTS)}.dynu.net", "username": r.choice(USERS), "password": sec, "ip_version": "ipv4"}
        prov = "dynu"
    else:
        sec = c.secret(g_tok(r, HEXL, 32), "password")
        s = {"provider": "namecheap", "domain": z, "password": sec}
        prov = "namecheap"
    doc = {"settings": [s]}
    return r.choice(["data/config.json", "ddns-updater/config.json"]), json.dumps(doc, indent=2) + "\n", prov, "ddns_token", "json"


@tpl("github_actions_octodns")
def t_gha(c):
    r = c.r
    sec = c.secret(g_cf_token(r), refs=["${{ secrets.CLOUDFLARE_TOKEN }}"])
    txt = (f"name: dns\non:\n  push:\n    branches: [main]\n    paths: ['zones/**']\n\njobs:\n  apply:\n    runs-on: ubuntu-latest\n"
           f"    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n"
           f"      - run: pip install octodns octodns-cloudflare\n      - run: octodns-sync --config-file=config.yaml --doit\n"
           f"        env:\n          CLOUDFLARE_TOKEN: {sec}\n")
    return ".github/workflows/dns.yml", txt, "cloudflare", "api_token", "github-actions"


@tpl("octodns_cloudflare")
def t_octo_cf(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_cf_token(r), refs=["env/CLOUDFLARE_TOKEN"])
    txt = (f"---\nmanager:\n  max_workers: 2\n\nproviders:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n"
           f"  cloudflare:\n    class: octodns_cloudflare.CloudflareProvider\n    token: {sec}\n    pagerules: false\n\n"
           f"zones:\n  {z}.:\n    sources:\n      - config\n    targets:\n      - cloudflare\n")
    return r.choice(["config.yaml", "octodns/config.yaml"]), txt, "cloudflare", "api_token", "octodns-yaml"


@tpl("rndc_controls_named_conf")
def t_named_controls(c):
    r = c.r
    sec = c.secret(g_tsig(r, 32), "tsig")
    txt = (f"include \"/etc/bind/named.conf.options\";\ninclude \"/etc/bind/named.conf.default-zones\";\n\n"
           f"key \"rndc-remote\" {{\n    algorithm hmac-sha256;\n    secret \"{sec}\";\n}};\n\n"
           f"controls {{\n    inet 127.0.0.1 port 953 allow {{ 127.0.0.1; }} keys {{ \"rndc-remote\"; }};\n"
           f"    inet {ip(r, True)} port 953 allow {{ {ip(r, True)}; }} keys {{ \"rndc-remote\"; }};\n}};\n\n"
           f"logging {{\n    channel default_log {{ file \"/var/log/named/default.log\" versions 3 size 20m; severity info; }};\n"
           f"    category default {{ default_log; }};\n}};\n")
    return r.choice(["bind/named.conf", "etc/bind/named.conf"]), txt, "bind", "tsig_secret", "named.conf"


@tpl("bind_jinja_defaults")
def t_bind_defaults(c):
    r = c.r
    kn = keyname(r)
    sec = c.secret(g_tsig(r, 64), "tsig", refs=["{{ vault_ddns_secret }}"])
    txt = (f"---\n# defaults for role bind\nbind_user: bind\nbind_config_dir: /etc/bind\nbind_ddns_keyname: {kn}\n"
           f"bind_ddns_algorithm: hmac-sha512\nbind_ddns_secret: \"{sec}\"\nbind_forwarders:\n  - 9.9.9.9\n  - 149.112.112.112\n")
    return r.choice(["roles/bind/defaults/main.yml", "ansible/roles/dns/defaults/main.yml"]), txt, "bind", "tsig_secret", "ansible"


@tpl("lego_rfc2136_env_compose")
def t_lego_rfc(c):
    r = c.r
    z = r.choice(ZONES)
    sec = c.secret(g_tsig(r, 32), "tsig", refs=["${RFC2136_TSIG_SECRET}"])
    txt = (f"services:\n  lego:\n    image: goacme/lego:latest\n    command: --email ops@{z} --dns rfc2136 -d '*.{z}' --accept-tos run\n"
           f"    environment:\n      RFC2136_NAMESERVER: {ip(r)}\n      RFC2136_TSIG_ALGORITHM: hmac-sha256.\n"
           f"      RFC2136_TSIG_KEY: {keyname(r, z)}\n      RFC2136_TSIG_SECRET: \"{sec}\"\n    volumes:\n      - ./certs:/.lego\n")
    return r.choice(["lego/docker-compose.yml", "certs/compose.yaml"]), txt, "lego", "tsig_secret", "docker-compose"


# --------------------------------------------------------------------------
# look-alike negatives
NEG = []


def ntpl(name):
    def deco(fn):
        NEG.append((name, fn))
        return fn
    return deco


def dnskey_b64(r, alg):
    if alg == 8:
        return base64.b64encode(b"\x03\x01\x00\x01" + bytes([r.randint(0xa0, 0xff)]) + rbytes(r, 255)).decode()
    return {13: lambda: b64(r, 64), 15: lambda: b64(r, 32)}[alg]()


def dkim_pub(r):
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + base64.b64encode(rbytes(r, 255)).decode()[:-4] + "IDAQAB"


@ntpl("zonefile_full")
def n_zone(r):
    z = r.choice(ZONES)
    gsv = tok(r, B64URL, 43)
    acme = tok(r, B64URL, 43)
    dk = dkim_pub(r)
    txt = (f"$ORIGIN {z}.\n$TTL 3600\n@\tIN\tSOA\tns1.{z}. hostmaster.{z}. (\n\t\t{serial(r)} ; serial\n\t\t7200 ; refresh\n"
           f"\t\t3600 ; retry\n\t\t1209600 ; expire\n\t\t3600 ) ; minimum\n\tIN\tNS\tns1.{z}.\n\tIN\tNS\tns2.{z}.\n"
           f"\tIN\tMX\t10 mail.{z}.\n\tIN\tTXT\t\"v=spf1 mx include:_spf.google.com ~all\"\n"
           f"\tIN\tTXT\t\"google-site-verification={gsv}\"\n\tIN\tCAA\t0 issue \"letsencrypt.org\"\n"
           f"ns1\tIN\tA\t{ip(r, False)}\nns2\tIN\tA\t{ip(r, False)}\nmail\tIN\tA\t{ip(r, False)}\n"
           f"google._domainkey\tIN\tTXT\t( \"v=DKIM1; k=rsa; p={dk[:200]}\"\n\t\t\"{dk[200:]}\" )\n"
           f"_acme-challenge\t60\tIN\tTXT\t\"{acme}\"\n"
           f"git\tIN\tSSHFP\t4 2 {hexs(r, 64)}\ngit\tIN\tSSHFP\t1 2 {hexs(r, 64)}\n"
           f"_25._tcp.mail\tIN\tTLSA\t3 1 1 {hexs(r, 64, True)}\n")
    return f"zones/db.{z}", txt, "zonefile", "zonefile"


@ntpl("dnssec_public_key_file")
def n_kkey(r):
    z = r.choice(ZONES)
    alg = r.choice([13, 15, 8])
    tag = r.randint(1, 65535)
    flags = r.choice([256, 257])
    t = ts(r)
    role = "key-signing" if flags == 257 else "zone-signing"
    txt = (f"; This is a {role} key, keyid {tag}, for {z}.\n; Created: {t} (Mon Jan  1 00:00:00 2024)\n; Publish: {t}\n; Activate: {t}\n"
           f"{z}. {r.choice(['', '3600 '])}IN DNSKEY {flags} 3 {alg} {dnskey_b64(r, alg)}\n")
    return f"keys/K{z}.+{alg:03d}+{tag:05d}.key", txt, "dnskey", "dnssec-public"


@ntpl("dsset_file")
def n_dsset(r):
    z = r.choice(ZONES)
    tag = r.randint(1, 65535)
    alg = r.choice([8, 13, 15])
    txt = f"{z}.\t\tIN DS {tag} {alg} 2 {hexs(r, 64, True)}\n"
    if r.random() < 0.5:
        txt = f"{z}.\t\tIN DS {tag} {alg} 1 {hexs(r, 40, True)}\n" + txt
    return r.choice([f"dsset-{z}.", f"dnssec/dsset-{z}."]), txt, "ds", "dsset"


@ntpl("key_state_file")
def n_state(r):
    z = r.choice(ZONES)
    alg = r.choice([13, 15])
    tag = r.randint(1, 65535)
    t = ts(r)
    txt = (f"; This is the state of key {tag}, for {z}.\nAlgorithm: {alg}\nLength: {256 if alg == 13 else 256}\nLifetime: 0\nKSK: yes\nZSK: yes\n"
           f"Generated: {t}\nPublished: {t}\nActive: {t}\nDNSKEYChange: {t}\nZRRSIGChange: {t}\nKRRSIGChange: {t}\nDSChange: {t}\n"
           f"DNSKEYState: omnipresent\nZRRSIGState: omnipresent\nKRRSIGState: omnipresent\nDSState: rumoured\nGoalState: omnipresent\n")
    return f"var/lib/bind/K{z}.+{alg:03d}+{tag:05d}.state", txt, "bind-dnssec", "key-state"


@ntpl("named_conf_trust_anchors")
def n_trust(r):
    salt = hexs(r, 16)
    txt = (f"trust-anchors {{\n    . initial-key 257 3 8 \"{dnskey_b64(r, 8)}\";\n}};\n\n"
           f"dnssec-policy \"standard\" {{\n    keys {{\n        ksk lifetime unlimited algorithm ecdsap256sha256;\n"
           f"        zsk lifetime P90D algorithm ecdsap256sha256;\n    }};\n    nsec3param iterations 0 optout no salt-length 8;\n}};\n"
           f"// legacy zones still use: NSEC3PARAM 1 0 10 {salt}\n")
    return r.choice(["bind/named.conf.trust", "etc/bind/bind.keys.conf"]), txt, "bind", "named.conf"


@ntpl("named_conf_no_secret")
def n_named(r):
    z = r.choice(ZONES)
    kn = keyname(r, z)
    txt = (f"include \"/etc/bind/rndc.key\";\ninclude \"/etc/bind/keys/{kn}.key\";\n\n"
           f"controls {{\n    inet 127.0.0.1 port 953 allow {{ 127.0.0.1; }} keys {{ \"rndc-key\"; }};\n}};\n\n"
           f"zone \"{z}\" {{\n    type primary;\n    file \"/var/lib/bind/db.{z}\";\n    dnssec-policy default;\n"
           f"    update-policy {{\n        grant {kn} zonesub ANY;\n        grant {kn}. name _acme-challenge.{z}. TXT;\n    }};\n}};\n")
    return r.choice(["bind/named.conf.local", "etc/bind/named.conf.local"]), txt, "bind", "named.conf"


@ntpl("corefile_plain")
def n_core(r):
    z = r.choice(ZONES)
    tag = r.randint(1, 65535)
    txt = (f"{z} {{\n    file /zones/db.{z}\n    dnssec {{\n        key file /keys/K{z}.+013+{tag:05d}\n    }}\n    reload 30s\n}}\n\n"
           f". {{\n    forward . tls://9.9.9.9 tls://149.112.112.112 {{\n        tls_servername dns.quad9.net\n    }}\n"
           f"    cache 3600\n    prometheus :9153\n    loadbalance\n}}\n")
    return r.choice(["Corefile", "coredns/Corefile"]), txt, "coredns", "corefile"


@ntpl("unbound_conf_plain")
def n_unbound(r):
    txt = (f"server:\n    interface: 0.0.0.0\n    access-control: 192.168.0.0/16 allow\n    auto-trust-anchor-file: \"/var/lib/unbound/root.key\"\n"
           f"    trust-anchor: \". DS {r.randint(1000, 65535)} 8 2 {hexs(r, 64, True)}\"\n    prefetch: yes\n\n"
           f"remote-control:\n    control-enable: yes\n    server-key-file: \"/etc/unbound/unbound_server.key\"\n"
           f"    server-cert-file: \"/etc/unbound/unbound_server.pem\"\n    control-key-file: \"/etc/unbound/unbound_control.key\"\n"
           f"    control-cert-file: \"/etc/unbound/unbound_control.pem\"\n")
    return r.choice(["unbound/unbound.conf", "etc/unbound/unbound.conf"]), txt, "unbound", "unbound.conf"


@ntpl("unbound_server_cert")
def n_cert(r):
    raw = base64.b64encode(bytes.fromhex("308203") + rbytes(r, 900)).decode()
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    txt = "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    return r.choice(["unbound/unbound_server.pem", "etc/unbound/unbound_control.pem"]), txt, "unbound", "pem-cert"


@ntpl("terraform_cf_ids")
def n_tf_ids(r):
    z = r.choice(ZONES)
    txt = (f"variable \"cloudflare_api_token\" {{\n  type      = string\n  sensitive = true\n}}\n\n"
           f"provider \"cloudflare\" {{\n  api_token = var.cloudflare_api_token\n}}\n\n"
           f"locals {{\n  account_id = \"{hexs(r, 32)}\"\n  zone_id    = \"{hexs(r, 32)}\"\n}}\n\n"
           f"resource \"cloudflare_record\" \"verify\" {{\n  zone_id = local.zone_id\n  name    = \"@\"\n  type    = \"TXT\"\n"
           f"  content = \"google-site-verification={tok(r, B64URL, 43)}\"\n}}\n\n"
           f"resource \"cloudflare_record\" \"ms\" {{\n  zone_id = local.zone_id\n  name    = \"@\"\n  type    = \"TXT\"\n"
           f"  content = \"MS=ms{r.randint(10000000, 99999999)}\"\n}}\n")
    return r.choice(["terraform/cloudflare/dns.tf", "infra/dns/records.tf"]), txt, "cloudflare", "terraform"


@ntpl("octodns_zone_txt")
def n_octo_zone(r):
    z = r.choice(ZONES)
    dk = dkim_pub(r)
    txt = (f"---\n'':\n  - type: TXT\n    values:\n      - v=spf1 include:spf.protection.outlook.com -all\n"
           f"      - atlassian-domain-verification={tok(r, ALNUM + '/+', 64)}\n      - apple-domain-verification={tok(r, ALNUM, 16)}\n"
           f"  - type: MX\n    value:\n      exchange: {z.replace('.', '-')}.mail.protection.outlook.com.\n      preference: 0\n"
           f"selector1._domainkey:\n  type: TXT\n  value: v=DKIM1\\; k=rsa\\; p={dk}\n"
           f"_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=quarantine\\; rua=mailto:dmarc@{z}\n")
    return f"zones/{z}.yaml", txt, "octodns", "octodns-yaml"


@ntpl("sealed_secret")
def n_sealed(r):
    blob = "AgB" + base64.b64encode(rbytes(r, 500)).decode().rstrip("=")
    txt = (f"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: cloudflare-api-token\n  namespace: cert-manager\n"
           f"spec:\n  encryptedData:\n    api-token: {blob}\n  template:\n    metadata:\n      name: cloudflare-api-token\n      namespace: cert-manager\n")
    return r.choice(["k8s/cert-manager/sealed-cloudflare.yaml", "clusters/prod/external-dns/sealedsecret.yaml"]), txt, "sealed-secrets", "k8s-yaml"


@ntpl("sops_encrypted")
def n_sops(r):
    def enc():
        return (f"ENC[AES256_GCM,data:{b64(r, r.randint(20, 50))},iv:{b64(r, 32)},tag:{b64(r, 16)},type:str]")
    age = "age1" + tok(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
    txt = (f"rfc2136:\n    tsigSecret: {enc()}\n    tsigKeyname: {enc()}\nsops:\n    kms: []\n    age:\n        - recipient: {age}\n"
           f"          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            {b64(r, 48)}\n            {b64(r, 48)}\n"
           f"            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T10:2{r.randint(0, 9)}:00Z\"\n"
           f"    mac: {enc()}\n    unencrypted_suffix: _unencrypted\n    version: 3.8.1\n")
    return r.choice(["secrets/external-dns.enc.yaml", "clusters/home/dns/secret.sops.yaml"]), txt, "sops", "yaml"


@ntpl("ansible_vault_file")
def n_vault(r):
    hx = hexs(r, r.randint(600, 1200))
    lines = [hx[i:i + 80] for i in range(0, len(hx), 80)]
    txt = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"
    return r.choice(["group_vars/dns_servers/vault.yml", "inventories/prod/group_vars/bind/vault.yml"]), txt, "ansible-vault", "ansible"


@ntpl("checksums")
def n_sums(r):
    v = f"9.{r.choice([18, 20])}.{r.randint(1, 30)}"
    txt = "".join(f"{hexs(r, 64)}  {f}\n" for f in [f"bind-{v}.tar.xz", "zones/db.primary", "zones/db.reverse", f"knot-3.3.{r.randint(0, 9)}.tar.xz"])
    return r.choice(["SHA256SUMS", "dist/sha256sums.txt"]), txt, "checksum", "checksums"


@ntpl("go_sum")
def n_gosum(r):
    mods = ["github.com/miekg/dns v1.1.58", "github.com/cloudflare/cloudflare-go v0.86.0", "golang.org/x/net v0.21.0",
            "github.com/libdns/libdns v0.2.2", "github.com/aws/aws-sdk-go-v2/service/route53 v1.40.0", "golang.org/x/crypto v0.19.0"]
    txt = ""
    for m in sorted(r.sample(mods, 4)):
        txt += f"{m} h1:{b64(r, 32)}\n{m}/go.mod h1:{b64(r, 32)}\n"
    return "go.sum", txt, "go", "go.sum"


@ntpl("ksk_rollover_runbook")
def n_runbook(r):
    z = r.choice(ZONES)
    tag = r.randint(1, 65535)
    txt = (f"# KSK rollover – {z}\n\nCurrent KSK key tag: **{tag}** (algorithm 13)\n\nDS to submit at the registrar:\n\n"
           f"```\n{z}. IN DS {tag} 13 2 {hexs(r, 64, True)}\n```\n\nVerify with:\n\n```\n$ dig +short DNSKEY {z} @ns1.{z}\n"
           f"257 3 13 {b64(r, 64)}\n256 3 13 {b64(r, 64)}\n```\n\nThen `rndc dnssec -checkds -key {tag} published {z}`.\n")
    return r.choice(["docs/dnssec-rollover.md", "runbooks/ksk-rollover.md"]), txt, "dnssec", "markdown"


@ntpl("dig_dnssec_output")
def n_dig(r):
    z = r.choice(ZONES)
    tag = r.randint(1, 65535)
    txt = (f"; <<>> DiG 9.18.24 <<>> +dnssec A www.{z}\n;; global options: +cmd\n;; Got answer:\n"
           f";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: {r.randint(1, 65535)}\n;; flags: qr rd ra ad; QUERY: 1, ANSWER: 2\n\n"
           f";; ANSWER SECTION:\nwww.{z}.\t300\tIN\tA\t{ip(r, False)}\n"
           f"www.{z}.\t300\tIN\tRRSIG\tA 13 3 300 {ts(r)} {ts(r)} {tag} {z}. {b64(r, 64)}\n\n"
           f";; Query time: {r.randint(2, 90)} msec\n;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)\n")
    return r.choice(["docs/debug/dig-output.txt", "tests/fixtures/dig_www.txt"]), txt, "dnssec", "text"


@ntpl("externaldns_irsa")
def n_irsa(r):
    z = r.choice(ZONES)
    acct = r.randint(10**11, 10**12 - 1)
    hz = "Z" + tok(r, UPALNUM, r.choice([13, 14, 20]))
    txt = (f"serviceAccount:\n  create: true\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::{acct}:role/external-dns\n"
           f"provider:\n  name: aws\nenv:\n  - name: AWS_DEFAULT_REGION\n    value: eu-central-1\n"
           f"extraArgs:\n  - --aws-zone-type=public\n  - --zone-id-filter={hz}\ndomainFilters: [{z}]\ntxtOwnerId: {hz}\n"
           f"podAnnotations:\n  checksum/config: {hexs(r, 64)}\nimage:\n  repository: registry.k8s.io/external-dns/external-dns\n"
           f"  digest: sha256:{hexs(r, 64)}\n")
    return r.choice(["helm/external-dns/values-aws.yaml", "apps/external-dns/values.yaml"]), txt, "aws-route53", "helm-values"


@ntpl("infoblox_refs")
def n_iblox(r):
    z = r.choice(ZONES)
    out = []
    for _ in range(r.randint(2, 4)):
        h = r.choice(HOSTS) + str(r.randint(1, 99))
        ref = base64.b64encode(f"dns.host$._default.{'.'.join(reversed(z.split('.')))}.{h}".encode()).decode().rstrip("=")
        out.append({"_ref": f"record:host/{ref}:{h}.{z}/default", "name": f"{h}.{z}",
                    "ipv4addrs": [{"ipv4addr": ip(r, True)}], "view": "default"})
    return r.choice(["tests/fixtures/wapi_hosts.json", "ipam/export/hosts.json"]), json.dumps(out, indent=2) + "\n", "infoblox", "json"


@ntpl("dnscontrol_js")
def n_dnsjs(r):
    z = r.choice(ZONES)
    txt = (f"var REG_NONE = NewRegistrar(\"none\");\nvar DSP_CF = NewDnsProvider(\"cloudflare\");\n\n"
           f"D(\"{z}\", REG_NONE, DnsProvider(DSP_CF),\n    A(\"@\", \"{ip(r, False)}\"),\n    CNAME(\"www\", \"@\"),\n"
           f"    TXT(\"@\", \"google-site-verification={tok(r, B64URL, 43)}\"),\n"
           f"    TXT(\"_github-challenge-{r.choice(['acme', 'org'])}-org\", \"{hexs(r, 10)}\"),\n"
           f"    DS(\"sub\", {r.randint(1, 65535)}, 13, 2, \"{hexs(r, 64, True)}\"),\n"
           f"    CAA(\"@\", \"issue\", \"letsencrypt.org\")\n);\n")
    return r.choice(["dnsconfig.js", "dns/dnsconfig.js"]), txt, "dnscontrol", "javascript"


@ntpl("knot_conf_policy")
def n_knot(r):
    z = r.choice(ZONES)
    txt = (f"policy:\n  - id: ecdsa\n    algorithm: ecdsap256sha256\n    ksk-lifetime: 0\n    zsk-lifetime: 90d\n    nsec3: on\n"
           f"    nsec3-salt-length: 8\n    ksk-submission: parent\n\nsubmission:\n  - id: parent\n    parent: [ns1.parent]\n"
           f"\nkeystore:\n  - id: default\n    backend: pem\n    config: /var/lib/knot/keys\n\n"
           f"zone:\n  - domain: {z}\n    dnssec-signing: on\n    dnssec-policy: ecdsa\n    # current KSK id {hexs(r, 40)}\n")
    return r.choice(["knot/knot.conf", "etc/knot/knot.conf"]), txt, "knot", "knot.conf"


@ntpl("kea_dhcp4_nokeys")
def n_kea(r):
    res = []
    for _ in range(r.randint(2, 4)):
        mac = ":".join(hexs(r, 2) for _ in range(6))
        res.append({"hw-address": mac, "ip-address": f"192.168.1.{r.randint(10, 250)}", "hostname": r.choice(HOSTS),
                    "client-id": "01:" + mac})
    doc = {"Dhcp4": {"interfaces-config": {"interfaces": ["eth0"]}, "dhcp-ddns": {"enable-updates": True},
                     "ddns-qualifying-suffix": r.choice(ZONES) + ".",
                     "subnet4": [{"id": 1, "subnet": "192.168.1.0/24", "pools": [{"pool": "192.168.1.100 - 192.168.1.200"}],
                                  "reservations": res}], "server-id": {"type": "LLT", "identifier": hexs(r, 28)}}}
    return r.choice(["kea/kea-dhcp4.conf", "etc/kea/kea-dhcp4.conf"]), json.dumps(doc, indent=2) + "\n", "kea", "json"


@ntpl("keytag_test_vectors")
def n_keytag(r):
    z = r.choice(ZONES)
    key = b64(r, 64)
    txt = (f"import base64\nimport hashlib\n\nfrom dnssec_tools import key_tag, ds_digest\n\n"
           f"# public DNSKEY of the test zone (not a secret)\nDNSKEY_RDATA = \"257 3 13 {key}\"\n"
           f"EXPECTED_TAG = {r.randint(1, 65535)}\nEXPECTED_DS = \"{hexs(r, 64, True)}\"\n\n\n"
           f"def test_key_tag():\n    assert key_tag(DNSKEY_RDATA) == EXPECTED_TAG\n\n\n"
           f"def test_ds():\n    assert ds_digest(\"{z}.\", DNSKEY_RDATA, 2).upper() == EXPECTED_DS\n")
    return r.choice(["tests/test_keytag.py", "dnssec/tests/test_ds.py"]), txt, "dnssec", "python"


@ntpl("certbot_log_challenge")
def n_certlog(r):
    z = r.choice(ZONES)
    txt = (f"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)} 03:1{r.randint(0, 9)}:02,118:DEBUG:acme.client:Sending POST request to https://acme-v02.api.letsencrypt.org/acme/chall-v3/{r.randint(10**9, 10**10)}/{tok(r, ALNUM, 6)}.\n"
           f"2024-01-10 03:10:02,119:INFO:certbot_dns_rfc2136._internal.dns_rfc2136:Adding TXT record _acme-challenge.{z}: {tok(r, B64URL, 43)}\n"
           f"2024-01-10 03:10:34,901:DEBUG:acme.client:Received response: \"thumbprint\": \"{tok(r, B64URL, 43)}\"\n"
           f"2024-01-10 03:10:35,007:INFO:certbot._internal.renewal:Certificate serial {hexs(r, 36)} saved\n")
    return r.choice(["logs/letsencrypt.log", "docs/troubleshooting/certbot-debug.log"]), txt, "certbot", "log"


@ntpl("pihole_setupvars_nosecret")
def n_pihole(r):
    txt = (f"PIHOLE_INTERFACE=eth0\nQUERY_LOGGING=true\nINSTALL_WEB_SERVER=true\nINSTALL_WEB_INTERFACE=true\nLIGHTTPD_ENABLED=true\n"
           f"CACHE_SIZE=10000\nDNS_FQDN_REQUIRED=true\nDNS_BOGUS_PRIV=true\nDNSMASQ_LISTENING=local\nBLOCKING_ENABLED=true\n"
           f"PIHOLE_DNS_1=127.0.0.1#5335\nREV_SERVER=true\nREV_SERVER_CIDR=192.168.{r.randint(0, 9)}.0/24\n"
           f"# gravity db checksum {hexs(r, 40)}\n")
    return r.choice(["pihole/setupVars.conf", "etc/pihole/setupVars.conf"]), txt, "pihole", "shell-conf"


@ntpl("tlsa_script")
def n_tlsa(r):
    z = r.choice(ZONES)
    txt = (f"#!/bin/sh\n# regenerate the TLSA record after cert renewal\nopenssl x509 -in /etc/letsencrypt/live/{z}/cert.pem -noout -pubkey \\\n"
           f"  | openssl pkey -pubin -outform DER | sha256sum\n# last value: {hexs(r, 64)}\n"
           f"# _443._tcp.{z}. IN TLSA 3 1 1 {hexs(r, 64, True)}\n")
    return r.choice(["scripts/tlsa-update.sh", "bin/gen-tlsa.sh"]), txt, "dane", "shell"


@ntpl("dotenv_example")
def n_envex(r):
    z = r.choice(ZONES)
    txt = (f"# copy to .env and fill in\nTZ=Europe/Berlin\nCF_API_TOKEN={r.choice(['<your-cloudflare-token>', '', 'changeme'])}\n"
           f"CF_ZONE={z}\nDUCKDNS_TOKEN={r.choice(['xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', '<token>'])}\n"
           f"TSIG_SECRET=\nTSIG_KEYNAME={keyname(r, z)}\nUPDATE_INTERVAL=5m\n")
    return r.choice([".env.example", "ddns/.env.sample", "deploy/.env.example"]), txt, "generic", "dotenv-example"


@ntpl("signed_zone_nsec3")
def n_signed(r):
    z = r.choice(ZONES)
    salt = hexs(r, 16, True)
    tag = r.randint(1, 65535)
    ex = ts(r)
    txt = (f"; File written on {ex}\n; dnssec_signzone version 9.18.24\n{z}.\t3600\tIN SOA\tns1.{z}. hostmaster.{z}. {serial(r)} 7200 3600 1209600 3600\n"
           f"\t\t3600\tRRSIG\tSOA 13 2 3600 (\n\t\t\t\t{ts(r)} {ex} {tag} {z}.\n\t\t\t\t{b64(r, 64)} )\n"
           f"\t\t0\tNSEC3PARAM 1 0 0 {salt}\n\t\t3600\tDNSKEY\t257 3 13 (\n\t\t\t\t{b64(r, 64)}\n\t\t\t\t) ; KSK; alg = ECDSAP256SHA256 ; key id = {tag}\n"
           f"{tok(r, '0123456789abcdefghijklmnopqrstuv', 32).upper()}.{z}. 3600 IN NSEC3 1 0 0 {salt} (\n\t\t\t\t{tok(r, '0123456789abcdefghijklmnopqrstuv', 32).upper()}\n\t\t\t\tA RRSIG )\n")
    return r.choice([f"zones/db.{z}.signed", f"var/named/{z}.zone.signed"]), txt, "dnssec", "zonefile"


@ntpl("externaldns_txt_registry")
def n_txtreg(r):
    z = r.choice(ZONES)
    lines = []
    for h in r.sample(HOSTS, 3):
        lines.append(f"external-dns-{h}\t300\tIN\tTXT\t\"heritage=external-dns,external-dns/owner={r.choice(['k8s', 'prod-eu'])},external-dns/resource=ingress/default/{h}\"")
        lines.append(f"{h}\t300\tIN\tA\t{ip(r, False)}")
    lines.append(f"_github-pages-challenge-{r.choice(USERS).replace('.', '')}\t300\tIN\tTXT\t\"{hexs(r, 30)}\"")
    lines.append(f"_amazonses\t300\tIN\tTXT\t\"{tok(r, ALNUM + '+/', 43)}=\"")
    return r.choice([f"exports/{z}.txt", f"backup/zone-{z}.db"]), "$ORIGIN " + z + ".\n" + "\n".join(lines) + "\n", "externaldns", "zonefile"


# --------------------------------------------------------------------------
# driver


def build(r, fn, pos):
    c = Ctx(r, pos)
    path, txt, prov, kind, ftype = fn(c)
    return c, path, txt, prov, kind, ftype


def main():
    if len(sys.argv) != 3:
        print("usage: gen_mt.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    seed = int(sys.argv[2])
    r = random.Random(seed)
    manifest = []
    secrets = []
    needles = set()

    # positives: round-robin over a shuffled template order (.env template capped)
    env_t = [t for t in POS if t[3]]
    non_env = [t for t in POS if not t[3]]
    max_env = 500 // 20
    n_env = r.randint(max_env // 2, max_env)
    plan = []
    order = non_env[:]
    r.shuffle(order)
    while len(plan) < 500 - n_env:
        plan.extend(order)
    plan = plan[:500 - n_env] + env_t * n_env
    r.shuffle(plan)

    pos_files = []
    for i, (name, fn, _, _) in enumerate(plan):
        for _attempt in range(50):
            c, path, txt, prov, kind, ftype = build(r, fn, True)
            nd = c.needle
            if nd and nd not in needles and len(nd) >= 8:
                break
        assert nd and nd not in needles, (name, nd)
        needles.add(nd)
        idx = txt.index(nd)
        line = txt[:idx].count("\n") + 1
        assert nd in txt.split("\n")[line - 1]
        rel = f"pos/p{i:04d}/{path}"
        pos_files.append((rel, txt))
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ftype, "template": name})
        secrets.append({"file": rel, "needle": nd, "line": line})

    # negatives: 250 template re-use, 250 look-alikes
    reuse = [t for t in POS if t[2] and not t[3]]
    plan_n = []
    order = reuse[:]
    r.shuffle(order)
    while len(plan_n) < 250:
        plan_n.extend(order)
    plan_n = [("reuse",) + t for t in plan_n[:250]]
    order = NEG[:]
    r.shuffle(order)
    la = []
    while len(la) < 250:
        la.extend(order)
    plan_n += [("look",) + t for t in la[:250]]
    r.shuffle(plan_n)

    neg_files = []
    for i, item in enumerate(plan_n):
        if item[0] == "reuse":
            _, name, fn, _, _ = item
            c, path, txt, prov, kind, ftype = build(r, fn, False)
            kind = "placeholder:" + (c.negkind or "none")
            name = name + "#neg"
        else:
            _, name, fn = item
            path, txt, prov, ftype = fn(r)
            kind = "lookalike"
        base = os.path.basename(path)
        assert not (base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample")), path
        for nd in needles:
            assert nd not in txt, (name, nd)
        rel = f"neg/n{i:04d}/{path}"
        neg_files.append((rel, txt))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype, "template": name})

    for rel, txt in pos_files + neg_files:
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(txt)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
