#!/usr/bin/env python3
"""Blind evaluation-set generator gen_kl: enterprise managed file transfer and B2B gateways.

EMPHASIS
    Managed file transfer (MFT) and B2B gateway configuration, scripts and runbooks:
    GoAnywhere MFT (project XML, resource exports, gacmd CLI), Progress MOVEit Transfer and
    Automation (REST token calls with grant_type=password, client_secret config, task/host XML),
    Axway SecureTransport (account exports, REST calls, transfer sites), IBM Sterling B2B
    Integrator (BPML, customer_overrides.properties) and Connect:Direct (direct CLI scripts,
    .cdp processes with snodeid=(user,pswd), Java API; netmap/userfile.cfg as negatives),
    Globalscape EFT (COM API from PowerShell, agent ini), Cleo Harmony/VLTrader (host XML),
    JSCAPE (Java SshParameters / Ftps constructors), CrushFTP (VFS item URLs, prefs), Serv-U
    and CrushFTP hashed user stores (negatives), OpenAS2 / phax as2-lib / Mendelson-style AS2
    keystore passwords, OFTP2 SSID passwords, SWIFT Alliance Lite2 AutoClient passwords,
    lftp / curl --ftp-ssl / WinSCP scripts and .NET assembly, Posh-SSH with PSCredential,
    paramiko / pysftp, JSch, Apache Camel / Spring / Mule SFTP endpoints, gpg batch passphrases,
    keytool store passwords, SSH private keys (OpenSSH, PKCS#1, PKCS#8, SEC1 EC), PuTTY PPK v2/v3,
    armored OpenPGP secret keys.
    File types: xml, json, properties, cfg, ini, cdp, bat/cmd, ps1, sh, WinSCP .txt scripts,
    py, java, cs, yml/yaml, toml, tf, Dockerfile, sql, csv, log, md, ppk, pem/key, asc, netrc.

USAGE
    python3 -B gen_kl.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * Passwords / passphrases / client secrets: the bare value, without quotes.
    * URLs with userinfo (sftp://user:PASS@host, ftpes://..., Camel ?password=PASS): only PASS.
    * HTTP Basic headers: the base64 blob after "Basic ".  curl -u user:PASS: only PASS.
    * Connect:Direct snodeid=(USER,PASS) / pnodeid=(USER,PASS): only PASS.
    * Multi-line keys (PEM, OpenSSH, PGP armor): the full "-----BEGIN ... PRIVATE KEY-----"
      (or "-----BEGIN PGP PRIVATE KEY BLOCK-----") line.  PuTTY PPK: the whole first line
      "PuTTY-User-Key-File-N: <algorithm>".  When a key sits inside YAML/JSON, the needle is
      the BEGIN marker line as written (indented YAML keeps its own line).
    * line = 1-based line of the needle's first occurrence (asserted after writing).

NEGATIVES
    500 files, none in a .env / .env.<stage> file.  About half re-use the positive templates
    with the secret slot holding: placeholders (<your-password>, YOUR_PASSWORD_HERE, changeme,
    xxxx, REPLACE_ME), empty values, masked values (********, [REDACTED]), environment
    references (${SFTP_PASSWORD}, %SFTP_PASS%, $env:X, os.environ[...], System.getenv(...),
    process.env.X), secret-manager references (vault:, op://, AWS Secrets Manager dynamic refs),
    template expressions ({{ ... }}, #{...}, @@X@@), documented examples from vendor pages
    (WinSCP "password"/"passw", MOVEit blog "mypassword") and, for key slots, placeholders or
    the matching public key.  The other half are look-alikes: SSH host key fingerprints
    (SHA256:..., MD5 colon hex, WinSCP "ssh-ed25519 255 ..."), known_hosts / authorized_keys,
    AS2 Message-IDs, MDNs with Received-Content-MIC, partner ids (AS2 ids, DUNS, ODETTE ids,
    BICs), PGP key ids / fingerprints / public key blocks, X.509 certificates and thumbprints,
    file checksums (sha256sum, MD5), hashed or encrypted passwords (CrushFTP MD5:/SHA512:,
    Serv-U salted MD5, GoAnywhere encrypted values, DPAPI SecureString exports, Ansible Vault,
    Jasypt ENC(...)), UUIDs, container digests, base64 EDI payloads.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * PuTTY PPK (PuTTY manual appendix C): "PuTTY-User-Key-File-<3>: alg", Encryption none |
      aes256-cbc, Comment, Public-Lines/Private-Lines with base64, Private-MAC; v3 since 0.75.
      Unencrypted MACs are computed here (v3 HMAC-SHA-256 with empty key, v2 HMAC-SHA-1 keyed
      with SHA-1("putty-private-key-file-mac-key")).
    * WinSCP scripting docs: open sftp://user:password@example.com/ -hostkey="ssh-rsa 2048 ..."
      and -password= switch; -privatekey=; SHA-256 fingerprints recommended.
    * MOVEit Transfer REST (docs.ipswitch.com, progress.com blog): POST /api/v1/token with
      grant_type=password, username, password; examples use "mypassword" (kept as negative).
    * IBM Connect:Direct docs: SUBMIT/PROCESS SNODEID=(id[,pswd][,newpswd]), PNODEID=(...);
      direct -x << EOJ ... submit ... process snode=...; userfile.cfg records map remote users
      to local.id (no passwords) -> used as negatives.
    * Serv-U KB 1177: stored passwords = 2 salt letters + uppercase hex MD5 -> negatives.
    * OpenAS2 docs/code: config.xml certificates factory with filename + password attributes;
      partnerships.xml with as2_id / x509_alias attributes (no secrets).
    * Posh-SSH / PSCredential usage: ConvertTo-SecureString -AsPlainText -Force, New-Object
      System.Management.Automation.PSCredential, New-SFTPSession -Credential.

DOUBTS
    * GoAnywhere project/resource XML element and attribute names (sftp task attributes,
      resource export layout, gacmd switches, "encrypted" password form) are modelled from
      memory of the user guide, not confirmed in detail.
    * MOVEit Automation task XML, Axway ST account export / transfer-site JSON fields, Cleo
      host XML, CrushFTP VFS/prefs element names, EFT AWE AML attributes, Mendelson/OFTP2/
      SWIFT Lite2 property names and JSCAPE MFT specifics are approximations: only the
      presence of a password is certain, not the exact field names.
    * CrushFTP "MD5:"/"SHA512:" hashed password prefixes come from the brief, not verified.
    * Connect:Direct Java API (Node constructor) signature approximated.
    * Passwords have no provider-defined format: generated as 12-24 char mixed-class strings,
      8-char uppercase/digit for z/OS-style C:D and ODETTE SSID passwords, or word passphrases.
    * OpenPGP secret key armor: packet layout simplified (v4 EdDSA, unencrypted), CRC-24 real.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import struct
import sys

# ----------------------------------------------------------------------------------------
# basic random helpers
# ----------------------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
HEX = "0123456789abcdef"
ALNUM = UP + LO + DI
B64 = UP + LO + DI + "+/"
B64URL = UP + LO + DI + "-_"


def rb(r, n):
    return r.getrandbits(8 * n).to_bytes(n, "big") if n else b""


def rstr(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n, upper=False):
    s = rstr(r, HEX, n)
    return s.upper() if upper else s


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(data):
    return base64.b64encode(data).decode()


def wrap(s, w):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def sshstr(b):
    return struct.pack(">I", len(b)) + b


# ----------------------------------------------------------------------------------------
# vocabulary for innocent filler
# ----------------------------------------------------------------------------------------
PARTNERS = ["acme", "globex", "initech", "umbrella", "contoso", "fabrikam", "northwind",
            "tailspin", "wingtip", "litware", "adatum", "proseware", "woodgrove", "lucerne",
            "fourthcoffee", "alpineski", "blueyonder", "coho", "margie", "wideworld",
            "kestrel", "harbourfreight", "meridian", "orionlogistics", "pinnacle", "redwood"]
PARTNER_NAMES = {p: p.capitalize() + s for p, s in zip(PARTNERS, [
    " Corp", " Inc", " LLC", " Ltd", " Logistics", " Retail", " Foods", " Airlines",
    " Imports", " Software", " Bank", " Health", " Trust", " Publishing", " Coffee",
    " Sports", " Freight", " Winery", " Travel", " Importers", " Pharma", " Supply",
    " Shipping", " Group", " Distribution", " Parts"])}
DOMAINS = ["com", "net", "de", "co.uk", "io", "eu", "fr", "nl"]
USERS = ["svc_edi", "edi_out", "b2b_gw", "mftsvc", "xfer01", "ftp_batch", "acct_pay",
         "payroll_in", "wms_feed", "sapedi", "asn_push", "inv_pull", "orders_in", "cdadmin"]
DIRS = ["/outbound/850", "/inbound/810", "/out/asn", "/in/invoices", "/edi/x12/out",
        "/payroll/in", "/reports/daily", "/archive/2024", "/from_partner", "/to_partner",
        "/EDIFACT/ORDERS", "/pickup", "/dropbox/in", "/data/settlements"]
DOC_TYPES = ["850", "810", "856", "997", "820", "ORDERS", "INVOIC", "DESADV", "APERAK"]
WORDS = ["harbor", "lantern", "quiet", "mosaic", "copper", "falcon", "meadow", "orbit",
         "ripple", "saffron", "tundra", "velvet", "walnut", "zephyr", "glacier", "ember",
         "thistle", "cobalt", "juniper", "marble", "pelican", "quartz", "raven", "summit"]
REGIONS = ["us-east", "eu-west", "apac", "dc1", "dc2", "prod", "stage"]


def partner(r):
    return r.choice(PARTNERS)


def host_for(r, p=None):
    p = p or partner(r)
    return "%s.%s.%s" % (r.choice(["sftp", "ftp", "mft", "b2b", "edi", "as2", "files", "xfer"]),
                         p, r.choice(DOMAINS))


def our_host(r):
    return "%s%02d.%s.corp.example" % (r.choice(["mft", "gaw", "moveit", "st", "cd", "eft", "b2bi"]),
                                       r.randint(1, 12), r.choice(["int", "dmz", "core"]))


def user(r, p=None):
    if p and r.random() < 0.5:
        return "%s_%s" % (p[:8], r.choice(["edi", "ftp", "sftp", "b2b", "in", "out"]))
    return r.choice(USERS)


def rdir(r):
    return r.choice(DIRS)


def date(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02dZ" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(1, 254))


def pub_ip(r):
    return "%d.%d.%d.%d" % (r.choice([52, 34, 185, 194, 203, 81]), r.randint(0, 254),
                            r.randint(0, 254), r.randint(1, 254))


def sha256_fp(r):
    return b64(rb(r, 32)).rstrip("=")


def md5_fp(r):
    return ":".join(rhex(r, 2) for _ in range(16))


def winscp_hostkey(r):
    k = r.choice(["ssh-ed25519 255", "ssh-rsa 2048", "ssh-rsa 4096", "ecdsa-sha2-nistp256 256"])
    return "%s %s" % (k, sha256_fp(r))


def ssh_ed25519_pub(r):
    return "ssh-ed25519 " + b64(sshstr(b"ssh-ed25519") + sshstr(rb(r, 32)))


def ssh_rsa_pub(r, bits=2048):
    n = b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rb(r, bits // 8 - 1)
    return "ssh-rsa " + b64(sshstr(b"ssh-rsa") + sshstr(b"\x01\x00\x01") + sshstr(n))


def as2_msgid(r, a="", b=""):
    return "<%s-%s-%s@%s_%s>" % (r.choice(["OPENAS2", "GA", "MOVEit", "CLEO", "mendelson"]),
                                  rhex(r, 12), r.randint(1000, 9999), a or "MYCOMPANY",
                                  b or partner(r).upper())


def duns(r):
    return "".join(r.choice(DI) for _ in range(9))


def sha256hex(r):
    return rhex(r, 64)


# ----------------------------------------------------------------------------------------
# secret material
# ----------------------------------------------------------------------------------------
SYM_DEFAULT = "!#*-_.+="


def password(r, sym=SYM_DEFAULT, lo=13, hi=22):
    n = r.randint(lo, hi)
    while True:
        chars = [r.choice(UP + LO)] + [r.choice(ALNUM + sym * 2) for _ in range(n - 1)]
        s = "".join(chars)
        if (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DI for c in s)
                and (not sym or any(c in sym for c in s))):
            return s


def passphrase(r):
    ws = [r.choice(WORDS) for _ in range(r.randint(3, 5))]
    sep = r.choice(["-", ".", "_", " "])
    ws[r.randrange(len(ws))] = ws[0].capitalize()
    return sep.join(ws) + sep + str(r.randint(10, 9999))


def zos_password(r):
    while True:
        s = r.choice(UP) + rstr(r, UP + DI + "#$@", 7)
        if any(c in DI for c in s):
            return s


def client_secret(r):
    return rstr(r, r.choice([ALNUM, B64URL]), r.choice([32, 40, 43, 48]))


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(b):
    if b and b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def rsa_pkcs1(r, bits=2048):
    nb = bits // 8
    n = bytes([0x80 | r.getrandbits(7)]) + rb(r, nb - 1)
    parts = [der_int(b"\x00"), der_int(n), der_int(b"\x01\x00\x01"),
             der_int(bytes([0x40 | r.getrandbits(6)]) + rb(r, nb - 1))]
    for _ in range(5):
        parts.append(der_int(bytes([0x80 | r.getrandbits(7)]) + rb(r, nb // 2 - 1)))
    return der(0x30, b"".join(parts))


def pem(label, der_bytes, width=64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, wrap(b64(der_bytes), width), label)


def pem_rsa(r):
    return pem("RSA PRIVATE KEY", rsa_pkcs1(r, r.choice([2048, 2048, 3072])))


def pem_pkcs8(r):
    alg = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    body = der(0x30, der_int(b"\x00") + alg + der(0x04, rsa_pkcs1(r, 2048)))
    return pem("PRIVATE KEY", body)


def pem_ec(r):
    body = der(0x30, der_int(b"\x01") + der(0x04, rb(r, 32)) +
               der(0xa0, der(0x06, bytes.fromhex("2a8648ce3d030107"))) +
               der(0xa1, der(0x03, b"\x00\x04" + rb(r, 64))))
    return pem("EC PRIVATE KEY", body)


def pem_openssh(r, comment="mft@gateway"):
    pub = rb(r, 32)
    seed = rb(r, 32)
    pubblob = sshstr(b"ssh-ed25519") + sshstr(pub)
    chk = rb(r, 4)
    priv = chk + chk + sshstr(b"ssh-ed25519") + sshstr(pub) + sshstr(seed + pub) + sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") +
            struct.pack(">I", 1) + sshstr(pubblob) + sshstr(priv))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap(b64(blob), 70)


def ppk(r, comment="mft-key"):
    if r.random() < 0.6:
        ver, alg = 3, "ssh-ed25519"
        pubb = sshstr(b"ssh-ed25519") + sshstr(rb(r, 32))
        privb = sshstr(rb(r, 32))
    else:
        ver, alg = 2, "ssh-rsa"
        n = b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rb(r, 255)
        pubb = sshstr(b"ssh-rsa") + sshstr(b"\x01\x00\x01") + sshstr(n)
        privb = (sshstr(bytes([0x40]) + rb(r, 255)) + sshstr(b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rb(r, 127)) +
                 sshstr(b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rb(r, 127)) + sshstr(rb(r, 128)))
    macdata = (sshstr(alg.encode()) + sshstr(b"none") + sshstr(comment.encode()) +
               sshstr(pubb) + sshstr(privb))
    if ver == 3:
        mac = hmac.new(b"", macdata, hashlib.sha256).hexdigest()
    else:
        mac = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), macdata,
                       hashlib.sha1).hexdigest()
    pl = wrap(b64(pubb), 64).split("\n")
    sl = wrap(b64(privb), 64).split("\n")
    out = ["PuTTY-User-Key-File-%d: %s" % (ver, alg), "Encryption: none", "Comment: " + comment,
           "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(sl)] + sl + ["Private-MAC: " + mac]
    return "\n".join(out)


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(r, kind, uid):
    t = struct.pack(">I", r.randint(1600000000, 1720000000))
    oid = bytes.fromhex("2b06010401da470f01")
    pubpart = b"\x04" + t + b"\x16" + bytes([len(oid)]) + oid + b"\x01\x07\x40" + rb(r, 32)
    if kind == "PRIVATE":
        sec = b"\x00" + b"\x00\xff" + bytes([0x80 | r.getrandbits(7)]) + rb(r, 31)
        sec += struct.pack(">H", sum(sec[1:]) & 0xFFFF)
        pkt = b"\xc5" + bytes([len(pubpart + sec)]) + pubpart + sec
    else:
        pkt = b"\xc6" + bytes([len(pubpart)]) + pubpart
    u = uid.encode()
    pkt += b"\xcd" + bytes([len(u)]) + u
    pkt += b"\xc2" + bytes([0x90]) + rb(r, 0x90)
    crc = crc24(pkt)
    return ("-----BEGIN PGP %s KEY BLOCK-----\n\n%s\n=%s\n-----END PGP %s KEY BLOCK-----"
            % (kind, wrap(b64(pkt), 64), b64(crc.to_bytes(3, "big")), kind))


# ----------------------------------------------------------------------------------------
# the secret slot: real secret for positives, innocent stand-in for negatives
# ----------------------------------------------------------------------------------------
NEG_STYLES = ["placeholder", "masked", "empty", "env_ref", "secret_ref", "template_expr",
              "doc_example"]
NEG_WEIGHTS = [22, 12, 8, 22, 14, 14, 8]


class Sec:
    def __init__(self, r, positive):
        self.r = r
        self.pos = positive
        self.needle = None
        self.kind = None
        self.style = None if positive else r.choices(NEG_STYLES, NEG_WEIGHTS)[0]

    # -- generation -------------------------------------------------------------------
    def _gen(self, gen, sym):
        r = self.r
        if gen == "pw":
            return password(r, sym)
        if gen == "phrase":
            return passphrase(r)
        if gen == "zos":
            return zos_password(r)
        if gen == "ssid":
            return rstr(r, UP + DI, 8)
        if gen == "client_secret":
            return client_secret(r)
        if gen == "apikey":
            return rhex(r, 32) if r.random() < 0.5 else rstr(r, ALNUM, 40)
        raise ValueError(gen)

    def _set(self, needle, kind):
        assert self.needle is None, "template asked for two secrets"
        self.needle = needle
        self.kind = kind

    def _neg(self, ctx, env):
        r = self.r
        st = self.style
        p = partner(r)
        if st == "placeholder":
            return r.choice(["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "REPLACE_ME",
                             "xxxxxxxxxxxx", "<password>", "TODO_SET_IN_VAULT",
                             "PASSWORD_GOES_HERE", "<%s-password>" % p, "XXXXXXXX", "CHANGE_ME"])
        if st == "masked":
            return r.choice(["********", "[REDACTED]", "****", "<redacted>", "REDACTED",
                             "************", "[MASKED]", "*****"])
        if st == "empty":
            return ""
        if st == "env_ref":
            if ctx == "bat":
                return "%" + env + "%"
            if ctx == "ps1":
                return "$env:" + env
            if ctx == "cdp":
                return "&" + env[:8].rstrip("_")
            if ctx == "xml":
                return r.choice(["${%s}" % env, "%%%s%%" % env, "${env.%s}" % env])
            if ctx == "properties":
                return "${%s}" % env
            return r.choice(["${%s}" % env, "$%s" % env])
        if st == "secret_ref":
            return r.choice(["vault:secret/data/mft/%s#password" % p,
                             "op://MFT/%s-sftp/password" % p,
                             "{{resolve:secretsmanager:mft/%s:SecretString:password}}" % p,
                             "secretref:kv-mft-prod/%s-password" % p,
                             "cyberark://Safe-MFT/%s/password" % p,
                             "vault://kv/b2b/%s/credentials/password" % p])
        if st == "template_expr":
            return r.choice(["{{ vault_%s_password }}" % p, "{{ .Values.sftp.password }}",
                             "#{SftpPassword}", "@@%s@@" % env, "__%s__" % env,
                             "$(SftpPassword)", "${{ secrets.%s }}" % env,
                             "{{ lookup('env', '%s') }}" % env])
        if st == "doc_example":
            return r.choice(["password", "passw", "mypassword", "secret", "passwordhere12",
                             "your_password"])
        raise ValueError(st)

    # -- public API used by templates ---------------------------------------------------
    def val(self, kind, gen="pw", ctx="generic", env="SFTP_PASSWORD", sym=SYM_DEFAULT):
        if self.pos:
            v = self._gen(gen, sym)
            self._set(v, kind)
            return v
        self._set(None, "neg")
        return self._neg(ctx, env)

    def lit(self, kind, lang, gen="pw", env="SFTP_PASSWORD", q='"', sym=SYM_DEFAULT):
        if self.pos:
            return q + self.val(kind, gen, sym=sym) + q
        self._set(None, "neg")
        if self.style == "env_ref":
            if lang == "py":
                return self.r.choice(['os.environ["%s"]' % env, 'os.getenv("%s")' % env])
            if lang == "java":
                return 'System.getenv("%s")' % env
            if lang == "cs":
                return 'Environment.GetEnvironmentVariable("%s")' % env
            if lang == "js":
                return "process.env.%s" % env
            if lang == "ps1":
                return "$env:%s" % env
        return q + self._neg(lang, env) + q

    def basic(self, kind, username, gen="pw"):
        if self.pos:
            v = b64((username + ":" + self._gen(gen, SYM_DEFAULT)).encode())
            self._set(v, kind)
            return v
        self._set(None, "neg")
        if self.style == "doc_example":
            return b64((username + ":password").encode())
        if self.style in ("env_ref", "template_expr"):
            return self.r.choice(["${BASIC_AUTH}", "$MFT_BASIC_TOKEN", "{{ mft_basic_auth }}"])
        return self._neg("generic", "BASIC_AUTH")

    def key(self, kind, fmt, comment="mft@gateway"):
        r = self.r
        if self.pos:
            block = {"openssh": lambda: pem_openssh(r, comment), "rsa": lambda: pem_rsa(r),
                     "pkcs8": lambda: pem_pkcs8(r), "ec": lambda: pem_ec(r),
                     "ppk": lambda: ppk(r, comment),
                     "pgp": lambda: pgp_armor(r, "PRIVATE", comment)}[fmt]()
            self._set(block.split("\n")[0], kind)
            return block
        self._set(None, "neg")
        label = {"openssh": "OPENSSH PRIVATE KEY", "rsa": "RSA PRIVATE KEY", "pkcs8": "PRIVATE KEY",
                 "ec": "EC PRIVATE KEY", "ppk": None, "pgp": "PGP PRIVATE KEY BLOCK"}[fmt]
        st = self.style
        if fmt == "ppk" or st in ("env_ref", "secret_ref", "template_expr", "empty"):
            if st == "env_ref":
                return "${SFTP_PRIVATE_KEY}"
            if st == "template_expr":
                return "{{ sftp_private_key }}"
            if fmt == "ppk" and st not in ("secret_ref",):
                return ("# PuTTY key for this account is NOT stored in the repository.\n"
                        "# Fetch it from the MFT vault (ticket %s) and save it as %s.ppk\n"
                        "# Public part for reference:\n%s %s" % (
                            "CHG%07d" % r.randint(0, 9999999), comment, ssh_ed25519_pub(r), comment))
            return "vault:secret/data/mft/keys/%s" % comment.replace("@", "_")
        if st == "doc_example" or (st == "masked" and r.random() < 0.4):
            # the public half is documented as shareable
            return (ssh_ed25519_pub(r) if fmt != "pgp" else pgp_armor(r, "PUBLIC", comment)) + \
                ("" if fmt == "pgp" else " " + comment)
        body = r.choice(["<paste private key here>", "[REDACTED]", "...", "REPLACE_WITH_PARTNER_KEY",
                         "<contents of %s>" % comment])
        if fmt == "pgp":
            return "-----BEGIN %s-----\n\n%s\n-----END %s-----" % (label, body, label)
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


def indent(block, n):
    pad = " " * n
    return "\n".join(pad + l if l else l for l in block.split("\n"))


# ----------------------------------------------------------------------------------------
# positive templates (each also re-used for negatives with an innocent slot)
# ----------------------------------------------------------------------------------------
POS_T = []


def ptpl(provider):
    def deco(f):
        POS_T.append((f.__name__, provider, f))
        return f
    return deco


XML_SYM = "!#*-_.+=~"
URL_SYM = "-_.~!*"
BAT_SYM = "#-_.+=~"
SH_SYM = "#-_.+=~,"


@ptpl("goanywhere")
def ga_project_sftp(r, s):
    p = partner(r)
    h = host_for(r, p)
    pw = s.val("sftp_password", ctx="xml", sym=XML_SYM, env="PARTNER_PASSWORD")
    name = "%s_%s_Outbound" % (p.capitalize(), r.choice(DOC_TYPES))
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<project name="{name}" mainModule="Main" version="2.0" logLevel="{ll}">
\t<description>Pick up outbound {dt} files from the EDI translator and push them to {pn}</description>
\t<variable name="sourceDir" value="/opt/edi/out/{p}" />
\t<module name="Main">
\t\t<createFileList label="List outbound" fileListVariable="outFiles">
\t\t\t<fileset dir="${{sourceDir}}">
\t\t\t\t<wildcardFilter>
\t\t\t\t\t<include pattern="*.{ext}" />
\t\t\t\t</wildcardFilter>
\t\t\t</fileset>
\t\t</createFileList>
\t\t<sftp label="Put to {pn}" host="{h}" port="22" user="{u}" password="{pw}" hostKeyFingerprint="{fp}">
\t\t\t<put label="upload" destinationDir="{d}" whenFileExists="overwrite">
\t\t\t\t<fileset fileListVariable="outFiles" />
\t\t\t</put>
\t\t</sftp>
\t\t<move label="Archive" destinationDir="/opt/edi/archive/{p}">
\t\t\t<fileset fileListVariable="outFiles" />
\t\t</move>
\t</module>
</project>
""".format(name=name, ll=r.choice(["verbose", "debug", "silent"]), dt=r.choice(DOC_TYPES),
           pn=PARTNER_NAMES[p], p=p, ext=r.choice(["x12", "edi", "txt", "csv"]), h=h,
           u=user(r, p), pw=pw, fp=md5_fp(r), d=rdir(r))
    return "goanywhere/projects/%s.xml" % name, txt


@ptpl("goanywhere")
def ga_resource_export(r, s):
    p = partner(r)
    pw = s.val("ftps_password", ctx="xml", sym=XML_SYM, env="FTPS_PASSWORD")
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<resources exportedBy="{ad}" exportDate="{d}" product="GoAnywhere MFT">
  <resource type="FTPS" name="{P}_FTPS" description="{pn} explicit FTPS drop">
    <host>{h}</host>
    <port>21</port>
    <connectionType>explicit</connectionType>
    <user>{u}</user>
    <password>{pw}</password>
    <passive>true</passive>
    <timeout>60</timeout>
    <serverCertificateAlias>{p}-ftps-2024</serverCertificateAlias>
  </resource>
</resources>
""".format(ad=r.choice(["root", "gaadmin", "mft.ops"]), d=date(r), P=p.upper(), pn=PARTNER_NAMES[p],
           h=host_for(r, p), u=user(r, p), pw=pw, p=p)
    return r.choice(["goanywhere/resources/%s_ftps.xml" % p, "mft/export/resource-%s.xml" % p]), txt


@ptpl("goanywhere")
def ga_cli_batch(r, s):
    pw = s.val("api_password", ctx="bat", sym=BAT_SYM, env="GA_PASSWORD")
    proj = "/EDI/%s/%s" % (partner(r).capitalize(), r.choice(["Outbound", "Inbound", "Retry"]))
    txt = """@echo off
rem Nightly trigger for GoAnywhere project {proj}
rem Scheduled from the enterprise scheduler, job {job}
setlocal
set GA_HOME=C:\\Program Files\\GoAnywhere Command
set LOG=D:\\batch\\logs\\ga_{j}.log

"%GA_HOME%\\gacmd.exe" -server https://{h}:8001/goanywherecommand -user {u} -password {pw} ^
   -command runProject -project "{proj}" -mode batch -variables runDate=%DATE% >> "%LOG%" 2>&1

if errorlevel 1 (
  echo GoAnywhere project failed, see %LOG%
  exit /b 1
)
endlocal
""".format(proj=proj, job="JOB%05d" % r.randint(0, 99999), j=r.randint(1, 99), h=our_host(r),
           u=r.choice(["svc_gacmd", "ga_batch", "scheduler"]), pw=pw)
    return r.choice(["scripts/run_ga_project.bat", "batch/ga_nightly.cmd"]), txt


@ptpl("goanywhere")
def ga_pgp_decrypt(r, s):
    pp = s.val("pgp_passphrase", gen="phrase", ctx="xml", env="PGP_PASSPHRASE")
    p = partner(r)
    txt = """<project name="{P}_Inbound_Decrypt" mainModule="Main" version="2.0">
  <module name="Main">
    <sftp label="Get files" resourceId="{P}_SFTP">
      <get label="download" sourceFile="/outbound/*.pgp" destinationDir="${{system.job.workspace}}" />
    </sftp>
    <pgpDecrypt label="Decrypt" keyRing="Company Key Ring" passphrase="{pp}" keyAlias="{alias}">
      <fileset dir="${{system.job.workspace}}">
        <wildcardFilter><include pattern="*.pgp" /></wildcardFilter>
      </fileset>
    </pgpDecrypt>
    <copy label="To translator" destinationDir="/opt/edi/in/{p}" />
  </module>
</project>
""".format(P=p.capitalize(), pp=pp, alias="edi-%s-%d" % (r.choice(["prod", "2024", "main"]), r.randint(1, 9)), p=p)
    return "goanywhere/projects/%s_Inbound_Decrypt.xml" % p.capitalize(), txt


@ptpl("moveit")
def moveit_token_py(r, s):
    pw = s.lit("api_password", "py", env="MOVEIT_PASSWORD", q=r.choice(['"', "'"]))
    h = our_host(r)
    txt = '''"""Small helper around the MOVEit Transfer REST API used by the EDI jobs."""
import os
import requests

BASE_URL = "https://{h}/api/v1"
USERNAME = "{u}"
PASSWORD = {pw}
VERIFY = {v}


def get_token(session):
    resp = session.post(
        f"{{BASE_URL}}/token",
        data={{"grant_type": "password", "username": USERNAME, "password": PASSWORD}},
        verify=VERIFY,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def list_folder(session, token, folder_id):
    r = session.get(f"{{BASE_URL}}/folders/{{folder_id}}/files",
                    headers={{"Authorization": f"Bearer {{token}}"}}, verify=VERIFY)
    r.raise_for_status()
    return [item["name"] for item in r.json()["items"]]


if __name__ == "__main__":
    with requests.Session() as s:
        tok = get_token(s)
        print(list_folder(s, tok, int(os.environ.get("FOLDER_ID", "{fid}"))))
'''.format(h=h, u=user(r), pw=pw, v=r.choice(["True", "'/etc/pki/tls/certs/ca-bundle.crt'"]),
           fid=r.randint(100000000, 999999999))
    return r.choice(["tools/moveit_client.py", "edi/moveit/api.py", "scripts/moveit_list.py"]), txt


@ptpl("moveit")
def moveit_token_ps1(r, s):
    pw = s.val("api_password", ctx="ps1", sym="!#*-_.+=", env="MOVEIT_PASSWORD")
    h = our_host(r)
    txt = """# Creates partner users in MOVEit Transfer from the onboarding CSV
param(
    [string]$CsvPath = '.\\onboarding\\new_partners.csv'
)

$hostName = '{h}'
$authEndpointUrl = "https://$hostName/api/v1/token"
$authHttpBody = @{{
    grant_type = 'password'
    username   = '{u}'
    password   = '{pw}'
}}

$token = (Invoke-RestMethod -Uri $authEndpointUrl -Method 'POST' -Body $authHttpBody).access_token
$headers = @{{ Authorization = "Bearer $token" }}

Import-Csv $CsvPath | ForEach-Object {{
    $body = @{{
        username        = $_.Username
        fullName        = $_.FullName
        email           = $_.Email
        permission      = 'User'
        homeFolderPath  = "/Home/$($_.Username)"
    }} | ConvertTo-Json
    Invoke-RestMethod -Uri "https://$hostName/api/v1/users" -Method Post -Headers $headers `
        -ContentType 'application/json' -Body $body
}}
""".format(h=h, u=r.choice(["mi_admin_api", "svc_onboard", "moveit.api"]), pw=pw)
    return r.choice(["scripts/New-MoveitPartnerUsers.ps1", "moveit/onboard.ps1"]), txt


@ptpl("moveit")
def moveit_appsettings(r, s):
    sec = s.val("api_client_secret", gen="client_secret", env="MOVEIT_CLIENT_SECRET")
    conventional = r.random() < 0.5
    key = "ClientSecret" if conventional else r.choice(["AppKey", "Credential", "Token"])
    txt = """{{
  "Logging": {{
    "LogLevel": {{ "Default": "Information", "Microsoft": "Warning" }}
  }},
  "MoveitAutomation": {{
    "BaseUrl": "https://{h}/webadmin/api/v1",
    "ClientId": "{cid}",
    "{key}": "{sec}",
    "TaskGroup": "{grp}",
    "PollSeconds": {poll}
  }},
  "Notifications": {{
    "Email": "edi-support@{dom}",
    "Teams": false
  }}
}}
""".format(h=our_host(r), cid=r.choice(["moveit_automation_api", "edi-orchestrator", "b2b-scheduler"]),
           key=key, sec=sec, grp=r.choice(["EDI Outbound", "Payroll", "Treasury"]),
           poll=r.choice([30, 60, 120]), dom="corp.example")
    return r.choice(["src/EdiOrchestrator/appsettings.Production.json", "config/appsettings.json"]), txt


@ptpl("moveit")
def moveit_curl(r, s):
    pw = s.val("api_password", ctx="sh", sym=URL_SYM, env="MOVEIT_PASS")
    h = our_host(r)
    txt = """#!/usr/bin/env bash
# upload today's settlement file into the partner's MOVEit folder
set -euo pipefail
MI_HOST="{h}"
FOLDER_ID="{fid}"
FILE="/data/settlement/$(date +%Y%m%d)_settle.csv"

TOKEN=$(curl -sf -X POST "https://${{MI_HOST}}/api/v1/token" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=password&username={u}&password={pw}" | jq -r .access_token)

curl -sf -X POST "https://${{MI_HOST}}/api/v1/folders/${{FOLDER_ID}}/files" \\
  -H "Authorization: Bearer ${{TOKEN}}" \\
  -F "file=@${{FILE}}" -F "comments=automated upload"
""".format(h=h, fid=r.randint(100000000, 999999999), u=user(r), pw=pw)
    return r.choice(["bin/moveit_upload.sh", "jobs/settlement/upload.sh"]), txt


@ptpl("moveit")
def moveit_task_xml(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="xml", sym=XML_SYM, env="HOST_PASSWORD")
    txt = """<?xml version="1.0" encoding="utf-8"?>
<Hosts>
  <SFTPHost ID="{hid}" Name="{pn} SFTP">
    <Host>{h}</Host>
    <Port>22</Port>
    <DefUsername>{u}</DefUsername>
    <DefPassword>{pw}</DefPassword>
    <SSHKeyFingerprint>{fp}</SSHKeyFingerprint>
    <MaxConnections>2</MaxConnections>
    <Notes>Owner: EDI team. Change window Sun 02:00-04:00</Notes>
  </SFTPHost>
</Hosts>
""".format(hid=r.randint(100000000, 999999999), pn=PARTNER_NAMES[p], h=host_for(r, p), u=user(r, p), pw=pw,
           fp=md5_fp(r))
    return "moveit-automation/hosts/%s.xml" % p, txt


@ptpl("moveit")
def moveit_java(r, s):
    pw = s.lit("api_password", "java", env="MOVEIT_PASSWORD")
    txt = """package com.example.edi.moveit;

import java.net.URI;
import java.time.Duration;

public final class MoveitConfig {{

    private MoveitConfig() {{
    }}

    public static MoveitClient create() {{
        URI base = URI.create("https://{h}/api/v1/");
        MoveitClient client = new MoveitClient(base, "{u}", {pw});
        client.setTimeout(Duration.ofSeconds({t}));
        client.setOrgId({org});
        return client;
    }}
}}
""".format(h=our_host(r), u=user(r), pw=pw, t=r.choice([30, 60, 90]), org=r.randint(1000, 9999))
    return "src/main/java/com/example/edi/moveit/MoveitConfig.java", txt


@ptpl("axway")
def st_account_export(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="xml", sym=XML_SYM, env="ST_ACCOUNT_PASSWORD")
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<!-- SecureTransport account export {d} -->
<accounts>
  <account name="{p}" type="user" homeFolder="/data/accounts/{p}" uid="{uid}" gid="{gid}">
    <businessUnit>EDI</businessUnit>
    <contact email="edi@{p}.{dom}" phone="+1-555-01{n:02d}" />
    <user name="{u}">
      <passwordCredentials password="{pw}" forcePasswordChange="false" />
      <authExternal>false</authExternal>
      <locked>false</locked>
    </user>
    <transferProfile name="default" transferMode="binary" />
  </account>
</accounts>
""".format(d=date(r), p=p, uid=r.randint(10000, 60000), gid=r.randint(10000, 60000), dom=r.choice(DOMAINS),
           n=r.randint(0, 99), u=user(r, p), pw=pw)
    return r.choice(["securetransport/accounts/%s.xml" % p, "st/export/account_%s.xml" % p]), txt


@ptpl("axway")
def st_rest_curl(r, s):
    pw = s.val("api_password", ctx="sh", sym=SH_SYM, env="ST_ADMIN_PASS")
    txt = """#!/bin/sh
# list SecureTransport accounts created in the last day (audit helper)
ST=https://{h}:444/api/v2.0
curl -sk -u {u}:'{pw}' \\
     -H 'Accept: application/json' \\
     "$ST/accounts?type=user&limit=500" \\
  | jq -r '.result[] | [.name, .businessUnit, .accountCreationDate] | @tsv'
""".format(h=our_host(r), u=r.choice(["admin", "stadmin", "st_api"]), pw=pw)
    return r.choice(["ops/st_list_accounts.sh", "axway/scripts/audit_accounts.sh"]), txt


@ptpl("axway")
def st_transfer_site_json(r, s):
    p = partner(r)
    pw = s.val("sftp_password", env="SITE_PASSWORD")
    d = {"type": "ssh", "name": "%s-sftp" % p, "account": p, "protocol": "ssh",
         "host": host_for(r, p), "port": "22", "transferType": "external",
         "userName": user(r, p), "password": pw, "usePassword": True,
         "downloadFolder": rdir(r), "uploadFolder": rdir(r),
         "fingerPrint": md5_fp(r), "verifyFinger": True, "maxConcurrentConnection": 2}
    return "securetransport/sites/%s-sftp.json" % p, json.dumps(d, indent=2) + "\n"


@ptpl("axway")
def st_python(r, s):
    pw = s.lit("api_password", "py", env="ST_PASSWORD", q="'")
    txt = '''import requests
from requests.auth import HTTPBasicAuth

ST_URL = "https://{h}:444/api/v2.0"
AUTH = HTTPBasicAuth("{u}", {pw})


def unlock(account):
    r = requests.patch(f"{{ST_URL}}/accounts/{{account}}",
                       json=[{{"op": "replace", "path": "/user/locked", "value": False}}],
                       auth=AUTH, verify="/etc/ssl/certs/st-ca.pem", timeout=20)
    r.raise_for_status()
    return r.status_code
'''.format(h=our_host(r), u=r.choice(["st_api", "admin", "svc_stapi"]), pw=pw)
    return r.choice(["tools/st_unlock.py", "axway/st_admin.py"]), txt


@ptpl("connectdirect")
def cd_direct_sh(r, s):
    pw = s.val("cd_node_password", gen="zos" if r.random() < 0.6 else "pw", ctx="sh", sym="#-_.", env="CD_RMT_PSWD")
    sn = "CD.%s.%s" % (partner(r).upper()[:8], r.choice(["PROD", "MVS", "UNIX"]))
    txt = """#!/bin/ksh
# send daily GL extract to the mainframe via Connect:Direct
CDDIR=/opt/cdunix
NDMAPICFG=$CDDIR/ndm/cfg/cliapi/ndmapi.cfg
export NDMAPICFG
DSN=PROD.GL.EXTRACT.D$(date +%y%j)

$CDDIR/ndm/bin/direct -x << EOJ
submit maxdelay=unlimited glsend process snode={sn}
  snodeid=({ru},{pw})
step01 copy from (file=/data/gl/extract_$(date +%Y%m%d).dat pnode)
         ckpt=10M
         compress=extended
       to (dsn=$DSN snode disp=(new,catlg,delete)
           sysopts="datatype(text) xlate(yes)")
pend;
quit;
EOJ
rc=$?
[ $rc -ne 0 ] && echo "C:D submit failed rc=$rc" >&2
exit $rc
""".format(sn=sn, ru=r.choice(["GLXFER", "CDUSR01", "NDMBAT", "FTPGL"]), pw=pw)
    return r.choice(["cd/scripts/send_gl.ksh", "jobs/gl/send_to_mvs.sh"]), txt


@ptpl("connectdirect")
def cd_process(r, s):
    pw = s.val("cd_node_password", gen="zos", ctx="cdp", env="PSWD")
    p = partner(r)
    sn = "CD.%s" % p.upper()[:8]
    txt = """/* Weekly remittance file to {pn}                   */
/* maintained by EDI ops - change via CR only         */
REMIT01  PROCESS SNODE={sn}                           -
         PNODEID=(edisend)                            -
         SNODEID=({ru},{pw})                          -
         CLASS=4 PRTY=10
STEP01   COPY FROM (FILE=/data/remit/out/remit.dat PNODE) -
              TO (DSN=EDI.REMIT.INBOUND                   -
                  DISP=(NEW,CATLG)                        -
                  SPACE=(CYL,(5,5))                       -
                  DCB=(RECFM=FB,LRECL=80,BLKSIZE=27920))
         IF (STEP01 EQ 0) THEN
STEP02     RUN TASK (PGM=UNIX) PNODE SYSOPTS="mv /data/remit/out/remit.dat /data/remit/sent/"
         EIF
""".format(pn=PARTNER_NAMES[p], sn=sn, ru=r.choice(["REMITIN", "EDIRCV", "CDUSR9"]), pw=pw)
    return r.choice(["cd/processes/remit01.cdp", "connectdirect/process/REMIT01.cdp"]), txt


@ptpl("connectdirect")
def cd_java_api(r, s):
    pw = s.lit("cd_node_password", "java", env="CD_PASSWORD")
    txt = """package com.example.transfer.cd;

import com.sterlingcommerce.cd.sdk.Node;
import com.sterlingcommerce.cd.sdk.MsgException;

public class CdSubmitter {{

    private static final String NODE_NAME = "{nn}";

    public Node connect() throws MsgException {{
        // API port of the local C:D server
        return new Node(NODE_NAME, "{h}:1363", "{u}", {pw}, "TCPIP");
    }}
}}
""".format(nn="CD.%s" % r.choice(["HUB01", "GWPROD", "EDIPRD"]), h=our_host(r), u=r.choice(["cdadmin", "cdapi"]), pw=pw)
    return "src/main/java/com/example/transfer/cd/CdSubmitter.java", txt


@ptpl("sterling-b2bi")
def b2bi_bpml(r, s):
    pw = s.val("ftp_password", ctx="xml", sym=XML_SYM, env="REMOTE_PASSWD")
    p = partner(r)
    txt = """<process name="{P}_FTP_Put">
  <sequence>
    <operation name="FTP Begin Session">
      <participant name="FTPClientBeginSession"/>
      <output message="FTPClientBeginSessionServiceTypeInputMessage">
        <assign to="FTPClientAdapter">FTPClientAdapter</assign>
        <assign to="RemoteHost">{h}</assign>
        <assign to="RemotePort">21</assign>
        <assign to="RemoteUserId">{u}</assign>
        <assign to="RemotePasswd">{pw}</assign>
        <assign to="ConnectionRetries">3</assign>
        <assign to="SSL">SSL_EXPLICIT</assign>
        <assign to="CACertificateId">{cid}</assign>
        <assign to="." from="*"></assign>
      </output>
      <input message="inmsg">
        <assign to="FTPBeginSessionResults" from="*"></assign>
      </input>
    </operation>
    <operation name="FTP Put">
      <participant name="FTPClientPut"/>
      <output message="FTPClientPutServiceTypeInputMessage">
        <assign to="SessionToken" from="FTPBeginSessionResults/SessionToken/text()"></assign>
        <assign to="RemoteFileName">{f}</assign>
        <assign to="." from="*"></assign>
      </output>
      <input message="inmsg"><assign to="." from="*"></assign></input>
    </operation>
  </sequence>
</process>
""".format(P=p.upper(), h=host_for(r, p), u=user(r, p), pw=pw, cid="%s:node1:%x" % (r.choice(["ca_root", "partnerCA"]), r.getrandbits(40)),
           f="%s_%s.edi" % (p, r.choice(DOC_TYPES)))
    return "b2bi/bp/%s_FTP_Put.bpml" % p.upper(), txt


@ptpl("sterling-b2bi")
def b2bi_overrides(r, s):
    pw = s.val("db_password", ctx="properties", sym="!#*-_.+", env="B2BI_DB_PASSWORD")
    conventional = r.random() < 0.5
    txt = """# customer_overrides.properties - node1 ({env})
# Only overrides go here; never edit the generated .properties files directly.
noapp.log_level=WARN
ui.ui.session_timeout=1800
jdbcService.oraclePool.user={u}
jdbcService.oraclePool.{k}={pw}
jdbcService.oraclePool.url=jdbc:oracle:thin:@//{dbh}:1521/B2BIPRD
jdbcService.oraclePool.maxsize=60
mailbox.mailboxUiSessionTimeout=900
perimeter.remote.host={ph}
""".format(env=r.choice(["PROD", "DR", "QA"]), u=r.choice(["B2BI_APP", "SI_OWNER", "GIS"]),
           k="password" if conventional else "pwd", pw=pw, dbh="ora-%02d.db.corp.example" % r.randint(1, 9), ph=ip(r))
    return r.choice(["b2bi/properties/customer_overrides.properties", "install/properties/customer_overrides.properties"]), txt


@ptpl("globalscape")
def eft_com_ps1(r, s):
    pw = s.val("api_password", ctx="ps1", sym="!#*-_.+=", env="EFT_ADMIN_PASSWORD")
    txt = """# Disable EFT users that have not logged in for 90 days
$server = New-Object -ComObject 'SFTPCOMInterface.CIServer'
$server.Connect('{h}', 1100, '{u}', '{pw}')

$site = $server.Sites().SiteByID(1)
$cutoff = (Get-Date).AddDays(-90)
foreach ($name in $site.GetUsers()) {{
    $settings = $site.GetUserSettings($name)
    if ($settings.LastConnectionTime -lt $cutoff) {{
        Write-Host "Disabling $name (last seen $($settings.LastConnectionTime))"
        $settings.Enabled = 0
    }}
}}
$server.ApplyChanges()
$server.Close()
""".format(h=our_host(r), u=r.choice(["eftadmin", "admin", "svc_eftcom"]), pw=pw)
    return r.choice(["eft/scripts/Disable-StaleUsers.ps1", "scripts/eft_cleanup.ps1"]), txt


@ptpl("globalscape")
def eft_agent_ini(r, s):
    pw = s.val("sftp_password", ctx="ini", sym="!#*-_.+", env="EFT_AGENT_PASS")
    txt = """; EFT Enterprise remote agent - branch {b}
[Agent]
Name=BRANCH-{b}
LogLevel=Info
HeartbeatSeconds=60

[Server]
Host={h}
Port=443
UseTLS=1
User=agent_{b}
Password={pw}

[Transfer]
WatchFolder=D:\\Outbox
ArchiveFolder=D:\\Outbox\\sent
Retries=5
""".format(b=r.randint(100, 999), h=our_host(r), pw=pw)
    return r.choice(["eft/agents/branch.ini", "deploy/eft-agent/agent.ini"]), txt


@ptpl("globalscape")
def eft_aml(r, s):
    pw = s.val("ftps_password", ctx="xml", sym=XML_SYM, env="FTP_PASSWORD")
    p = partner(r)
    txt = """<!-- Advanced Workflow: push remittances to {pn} -->
<AMVARIABLE NAME="srcFolder" VALUE="E:\\EFT\\Sites\\Main\\Usr\\treasury\\out" />
<AMFTP ACTIVITY="logon" SESSION="FTPSession1" SERVER="{h}" USERNAME="{u}" PASSWORD="{pw}"
       PROTOCOL="ftpsexplicit" PORT="21" PASSIVE="YES" />
<AMFTP ACTIVITY="putfile" SESSION="FTPSession1" SOURCE="%srcFolder%\\*.csv" DEST="{d}" />
<AMFTP ACTIVITY="logoff" SESSION="FTPSession1" />
""".format(pn=PARTNER_NAMES[p], h=host_for(r, p), u=user(r, p), pw=pw, d=rdir(r))
    return "eft/workflows/%s_remit.aml" % p, txt


@ptpl("cleo")
def cleo_host_xml(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="xml", sym=XML_SYM, env="MAILBOX_PASSWORD")
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<Host alias="{pn} SFTP" class="sshftp" ready="True" enabled="True">
  <Address>{h}</Address>
  <Port>22</Port>
  <Index>{i}</Index>
  <Inbox>inbox\\{p}\\</Inbox>
  <Outbox>outbox\\{p}\\</Outbox>
  <Mailbox alias="{u}" enabled="True">
    <Username>{u}</Username>
    <Password>{pw}</Password>
    <Action alias="send" enabled="True">
      <Commands>PUT -DEL {d}/*</Commands>
    </Action>
    <Action alias="receive" enabled="True">
      <Commands>GET -DEL {d2}/*</Commands>
    </Action>
  </Mailbox>
</Host>
""".format(pn=PARTNER_NAMES[p], h=host_for(r, p), i=r.randint(1, 400), p=p, u=user(r, p), pw=pw, d=rdir(r), d2=rdir(r))
    return r.choice(["cleo/hosts/%s_sftp.xml" % p, "harmony/hosts/%s.xml" % p]), txt


@ptpl("cleo")
def cleo_rest_py(r, s):
    pw = s.lit("api_password", "py", env="CLEO_API_PASSWORD", q='"')
    txt = '''import requests

CLEO = "https://{h}:6080/api"


def connections(session):
    """Return the configured Cleo Harmony connections (hosts)."""
    resp = session.get(f"{{CLEO}}/connections", params={{"count": 200}}, timeout=30)
    resp.raise_for_status()
    return resp.json().get("resources", [])


if __name__ == "__main__":
    s = requests.Session()
    s.auth = ("{u}", {pw})
    for c in connections(s):
        print(c["alias"], c.get("type"), c.get("enabled"))
'''.format(h=our_host(r), u=r.choice(["administrator", "cleo_api", "svc_harmony"]), pw=pw)
    return r.choice(["tools/cleo_connections.py", "cleo/list_hosts.py"]), txt


@ptpl("jscape")
def jscape_sftp_java(r, s):
    pw = s.lit("sftp_password", "java", env="SFTP_PASSWORD")
    p = partner(r)
    txt = """package com.example.b2b.jscape;

import com.jscape.inet.sftp.Sftp;
import com.jscape.inet.ssh.util.SshParameters;
import java.io.File;

public class {C}Uploader {{

    public void upload(File file) throws Exception {{
        SshParameters params = new SshParameters("{h}", "{u}", {pw});
        Sftp sftp = new Sftp(params);
        try {{
            sftp.connect();
            sftp.setDir("{d}");
            sftp.upload(file);
        }} finally {{
            sftp.disconnect();
        }}
    }}
}}
""".format(C=p.capitalize(), h=host_for(r, p), u=user(r, p), pw=pw, d=rdir(r))
    return "src/main/java/com/example/b2b/jscape/%sUploader.java" % p.capitalize(), txt


@ptpl("jscape")
def jscape_ftps_java(r, s):
    pw = s.lit("ftps_password", "java", env="FTPS_PASSWORD")
    p = partner(r)
    txt = """import com.jscape.inet.ftps.Ftps;

public final class NightlyPull {{
    public static void main(String[] args) throws Exception {{
        Ftps ftps = new Ftps("{h}", "{u}", {pw});
        ftps.setConnectionType(Ftps.AUTH_TLS);
        ftps.setPort(21);
        ftps.connect();
        ftps.setDir("{d}");
        ftps.mdownload("*.{ext}");
        ftps.disconnect();
    }}
}}
""".format(h=host_for(r, p), u=user(r, p), pw=pw, d=rdir(r), ext=r.choice(["csv", "edi", "xml"]))
    return "tools/jscape/NightlyPull.java", txt


@ptpl("crushftp")
def crush_vfs(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="url", sym=URL_SYM, env="PARTNER_PASS")
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<VFS type="vector">
  <VFS_subitem type="properties">
    <name>{p}_remote</name>
    <type>DIR</type>
    <url>sftp://{u}:{pw}@{h}:22{d}/</url>
    <ssh_private_key></ssh_private_key>
    <timeout>60</timeout>
    <random_id>{rid}</random_id>
  </VFS_subitem>
</VFS>
""".format(p=p, u=user(r, p), pw=pw, h=host_for(r, p), d=rdir(r), rid=rstr(r, ALNUM, 8))
    return "crushftp/users/MainUsers/%s/VFS/%s_remote" % (p, p), txt


@ptpl("crushftp")
def crush_prefs(r, s):
    pw = s.val("smtp_password", ctx="xml", sym=XML_SYM, env="SMTP_PASS")
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<server_prefs type="properties">
  <server_item_name>CrushFTP {v}</server_item_name>
  <smtp_server>smtp.corp.example</smtp_server>
  <smtp_user>crushftp-notify@corp.example</smtp_user>
  <smtp_pass>{pw}</smtp_pass>
  <smtp_ssl>true</smtp_ssl>
  <log_roll_daily>true</log_roll_daily>
  <max_threads>400</max_threads>
  <recent_user_count>200</recent_user_count>
</server_prefs>
""".format(v=r.choice(["10", "10.7", "11"]), pw=pw)
    return "crushftp/prefs.XML", txt


@ptpl("openas2")
def openas2_config(r, s):
    pw = s.val("keystore_password", ctx="xml", sym=XML_SYM, env="CERT_PASSWORD")
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<openas2>
  <properties storageBaseDir="%home%/../data" />
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="%home%/as2_certs.p12"
                password="{pw}"
                interval="300" />
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
                filename="%home%/partnerships.xml" />
  <processor classname="org.openas2.processor.DefaultProcessor"
             pendingMDN="$properties.storageBaseDir$/pendingMDN3"
             pendingMDNinfo="$properties.storageBaseDir$/pendinginfoMDN3">
    <module classname="org.openas2.processor.receiver.AS2ReceiverModule"
            port="{port}" errordir="$properties.storageBaseDir$/inbox/error" />
  </processor>
</openas2>
""".format(pw=pw, port=r.choice([10080, 4080, 5080]))
    return r.choice(["openas2/config/config.xml", "as2/config/config.xml"]), txt


@ptpl("openas2")
def openas2_ssl(r, s):
    pw = s.val("keystore_password", ctx="xml", sym=XML_SYM, env="SSL_KEYSTORE_PASSWORD")
    txt = """    <!-- HTTPS receiver for partners that require TLS -->
    <module classname="org.openas2.processor.receiver.AS2ReceiverModule"
            port="{port}"
            protocol="https"
            ssl_protocol="TLSv1.2"
            ssl_keystore="%home%/ssl_certs.jks"
            ssl_keystore_password="{pw}"
            errordir="$properties.storageBaseDir$/inbox/error"
            errorfilename="$msg.sender.as2_id$-$msg.receiver.as2_id$-$msg.headers.message-id$" />
""".format(port=r.choice([10443, 4443, 8443]), pw=pw)
    return "openas2/config/receiver-https.xml.fragment", txt


@ptpl("as2")
def as2lib_java(r, s):
    pw = s.lit("keystore_password", "java", env="AS2_KEYSTORE_PASSWORD")
    p = partner(r)
    txt = """package com.example.as2;

import java.io.File;
import com.helger.as2lib.client.AS2ClientSettings;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.security.keystore.EKeyStoreType;

final class PartnerSettings {{
    static AS2ClientSettings for{C}() {{
        AS2ClientSettings settings = new AS2ClientSettings();
        settings.setKeyStore(EKeyStoreType.PKCS12, new File("keys/as2-{env}.p12"), {pw});
        settings.setSenderData("MYCOMPANY_{ENV}", "edi@corp.example", "mycompany");
        settings.setReceiverData("{A}", "{p}", "https://{h}/as2");
        settings.setPartnershipName("MYCOMPANY_{ENV}-{A}");
        settings.setEncryptAndSign(null, ECryptoAlgorithmSign.DIGEST_SHA_256);
        return settings;
    }}
}}
""".format(C=p.capitalize(), env=r.choice(["prod", "test"]), ENV=r.choice(["PROD", "TEST"]), pw=pw,
           A=p.upper() + "_AS2", p=p, h=host_for(r, p))
    return "src/main/java/com/example/as2/PartnerSettings.java", txt


@ptpl("as2")
def as2_app_properties(r, s):
    pw = s.val("keystore_password", ctx="properties", sym="!#*-_.+", env="AS2_KEYSTORE_PASSWORD")
    conventional = r.random() < 0.5
    txt = """# AS2 gateway (Spring Boot)
server.port=8080
as2.local.id=MYCOMPANY_PROD
as2.local.email=edi@corp.example
as2.keystore.type=PKCS12
as2.keystore.path=/etc/as2/keys/as2-prod.p12
as2.keystore.{k}={pw}
as2.mdn.async-url=https://as2.corp.example/as2/mdn
as2.storage.dir=/var/lib/as2
management.endpoints.web.exposure.include=health,info
""".format(k="password" if conventional else r.choice(["secret", "storepass", "pin"]), pw=pw)
    return r.choice(["as2-gateway/src/main/resources/application.properties", "config/as2/application-prod.properties"]), txt


@ptpl("mendelson")
def mendelson_partners_csv(r, s):
    rows = ["partner_name,as2_id,url,sign,encrypt,http_auth_user,http_auth_password,notes"]
    ps = r.sample(PARTNERS, 6)
    k = r.randrange(len(ps))
    for i, p in enumerate(ps):
        if i == k:
            pw = s.val("as2_password", ctx="csv", sym="!#*-_.+=", env="HTTP_AUTH_PASSWORD")
            rows.append("%s,%s,https://%s/as2/receive,SHA256,AES256,%s,%s,basic auth requested by partner" %
                        (PARTNER_NAMES[p], p.upper() + "_AS2", host_for(r, p), user(r, p), pw))
        else:
            rows.append("%s,%s,https://%s/as2,SHA256,%s,,,cert auth only" %
                        (PARTNER_NAMES[p], p.upper() + "_AS2", host_for(r, p), r.choice(["AES128", "AES256", "3DES"])))
    return r.choice(["as2/partners.csv", "docs/onboarding/as2_partner_list.csv"]), "\n".join(rows) + "\n"


@ptpl("oftp2")
def oftp2_properties(r, s):
    pw = s.val("oftp_password", gen="ssid", ctx="properties", env="ODETTE_SSID_PASSWORD")
    p = partner(r)
    odid = "O0013" + rstr(r, DI, 9) + p.upper()[:6]
    txt = """# OFTP2 partner profile: {pn}
partner.{p}.odette_id={odid}
partner.{p}.host={h}
partner.{p}.port=6619
partner.{p}.tls=true
partner.{p}.ssid_password={pw}
partner.{p}.exchange_buffer=4096
partner.{p}.max_credit=64
partner.{p}.compression=true
partner.{p}.cert.alias={p}-oftp2-2025
""".format(pn=PARTNER_NAMES[p], p=p, odid=odid, h=host_for(r, p), pw=pw)
    return "oftp2/partners/%s.properties" % p, txt


@ptpl("oftp2")
def oftp2_xml(r, s):
    pw = s.val("keystore_password", ctx="xml", sym=XML_SYM, env="OFTP_KEYSTORE_PASSWORD")
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<oftp2-gateway>
  <local odetteId="O0013{n}MYCOMP" />
  <listener port="6619" tls="true" />
  <keystore file="/opt/oftp2/security/oftp2-server.p12" type="PKCS12" password="{pw}" />
  <truststore file="/opt/oftp2/security/odette-ca.jks" type="JKS" />
  <retry attempts="5" intervalSeconds="300" />
</oftp2-gateway>
""".format(n=rstr(r, DI, 9), pw=pw)
    return "oftp2/conf/gateway.xml", txt


@ptpl("swift")
def swift_autoclient(r, s):
    pw = s.val("swift_password", ctx="properties", sym="!#*-_.+", env="AUTOCLIENT_PASSWORD")
    bic = rstr(r, UP, 4) + "US" + rstr(r, UP + DI, 2)
    txt = """# Alliance Lite2 AutoClient - {bic}
autoclient.bic={bic}
autoclient.emission.dir=/swift/lite2/emission
autoclient.reception.dir=/swift/lite2/reception
autoclient.archive.dir=/swift/lite2/archive
autoclient.user=AC_{bic}_01
autoclient.password={pw}
autoclient.polling.seconds=30
""".format(bic=bic, pw=pw)
    return r.choice(["swift/lite2/autoclient.properties", "config/swift/autoclient.properties"]), txt


@ptpl("winscp")
def winscp_script_url(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="url", sym=URL_SYM, env="SFTP_PASS")
    txt = """# WinSCP script: fetch {pn} acknowledgements
option batch abort
option confirm off
open sftp://{u}:{pw}@{h}/ -hostkey="{hk}"
cd {d}
lcd D:\\edi\\inbound\\{p}
get -delete *.997
close
exit
""".format(pn=PARTNER_NAMES[p], u=user(r, p), pw=pw, h=host_for(r, p), hk=winscp_hostkey(r), d=rdir(r), p=p)
    return r.choice(["winscp/%s_get.txt" % p, "scripts/winscp/%s.txt" % p]), txt


@ptpl("winscp")
def winscp_script_switch(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="winscp", sym="!#*-_.+=", env="SFTP_PASS")
    txt = """option batch abort
option confirm off
open sftp://{u}@{h}:{port}/ -password="{pw}" -hostkey="{hk}" -rawsettings SendBuf=0
put -nopermissions -nopreservetime D:\\exports\\{p}\\*.csv {d}/
mv {d}/*.csv {d}/ready/
exit
""".format(u=user(r, p), h=host_for(r, p), port=r.choice([22, 2222, 10022]), pw=pw, hk=winscp_hostkey(r), p=p, d=rdir(r))
    return "batch/%s_upload.winscp.txt" % p, txt


@ptpl("winscp")
def winscp_dotnet_ps1(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="ps1", sym="!#*-_.+=", env="SFTP_PASSWORD")
    txt = """Add-Type -Path 'C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll'

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = '{h}'
    UserName              = '{u}'
    Password              = '{pw}'
    SshHostKeyFingerprint = '{hk}'
}}

$session = New-Object WinSCP.Session
try {{
    $session.Open($sessionOptions)
    $result = $session.PutFiles('E:\\outbound\\{p}\\*', '{d}/', $false)
    $result.Check()
    foreach ($t in $result.Transfers) {{ Write-Host "Uploaded $($t.FileName)" }}
}}
finally {{
    $session.Dispose()
}}
""".format(h=host_for(r, p), u=user(r, p), pw=pw, hk=winscp_hostkey(r), p=p, d=rdir(r))
    return r.choice(["scripts/Send-%sFiles.ps1" % p.capitalize(), "mft/powershell/%s_upload.ps1" % p]), txt


@ptpl("winscp")
def winscp_cs(r, s):
    p = partner(r)
    pw = s.lit("sftp_password", "cs", env="SFTP_PASSWORD")
    txt = """using System;
using WinSCP;

namespace Edi.Transfer
{{
    public static class {C}Download
    {{
        public static int Run()
        {{
            var options = new SessionOptions
            {{
                Protocol = Protocol.Sftp,
                HostName = "{h}",
                UserName = "{u}",
                Password = {pw},
                SshHostKeyFingerprint = "{hk}",
            }};

            using (var session = new Session())
            {{
                session.Open(options);
                var result = session.GetFiles("{d}/*.xml", @"D:\\edi\\in\\", remove: true);
                result.Check();
                return result.Transfers.Count;
            }}
        }}
    }}
}}
""".format(C=p.capitalize(), h=host_for(r, p), u=user(r, p), pw=pw, hk=winscp_hostkey(r), d=rdir(r))
    return "src/Edi.Transfer/%sDownload.cs" % p.capitalize(), txt


@ptpl("winscp")
def winscp_bat_ftpes(r, s):
    p = partner(r)
    pw = s.val("ftps_password", ctx="bat", sym="-_.~", env="FTPS_PASS")
    txt = """@echo off
rem Upload payroll file to {pn} over explicit FTPS
"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" ^
  /log="D:\\logs\\payroll_ftps.log" /ini=nul ^
  /command ^
    "open ftpes://{u}:{pw}@{h}/ -certificate=""{cert}{q3} ^
    "put D:\\payroll\\out\\*.txt {d}/" ^
    "exit"

set WINSCP_RESULT=%ERRORLEVEL%
if %WINSCP_RESULT% equ 0 (echo Success) else (echo Error %WINSCP_RESULT%)
exit /b %WINSCP_RESULT%
""".format(pn=PARTNER_NAMES[p], u=user(r, p), pw=pw, h=host_for(r, p),
           cert=":".join(rhex(r, 2) for _ in range(20)), d=rdir(r), q3='"' * 3)
    return "batch/payroll_ftps_upload.bat", txt


@ptpl("lftp")
def lftp_sh(r, s):
    p = partner(r)
    pw = s.val("ftps_password", ctx="sh", sym="#-_.+=~", env="FTP_PASS")
    txt = """#!/bin/bash
# mirror partner drop folder (FTPS) into the local landing zone
set -e
LANDING=/srv/landing/{p}
mkdir -p "$LANDING"
lftp -u {u},'{pw}' -e "
  set ftp:ssl-force true;
  set ftp:ssl-protect-data true;
  set ssl:verify-certificate yes;
  mirror --only-newer --verbose {d} $LANDING;
  bye" ftp://{h}
find "$LANDING" -type f -mtime -1 -print
""".format(p=p, u=user(r, p), pw=pw, d=rdir(r), h=host_for(r, p))
    return r.choice(["cron/mirror_%s.sh" % p, "bin/lftp_%s_pull.sh" % p]), txt


@ptpl("lftp")
def netrc_file(r, s):
    p = partner(r)
    pw = s.val("ftp_password", ctx="netrc", sym="!#*-_.+=", env="FTP_PASSWORD")
    txt = """machine {h}
  login {u}
  password {pw}
""".format(h=host_for(r, p), u=user(r, p), pw=pw)
    return r.choice(["deploy/batch/.netrc", "ops/ftp/netrc"]), txt


@ptpl("curl")
def curl_ftps(r, s):
    p = partner(r)
    pw = s.val("ftps_password", ctx="sh", sym="#-_.+=~", env="FTPS_PASSWORD")
    txt = """#!/bin/sh
# daily inventory snapshot to {pn}
f=/exports/inventory/inventory_$(date +%Y%m%d).csv
gzip -kf "$f"
curl --ssl-reqd --ftp-ssl -u "{u}:{pw}" \\
     --ftp-create-dirs --retry 3 \\
     -T "$f.gz" "ftp://{h}{d}/"
""".format(pn=PARTNER_NAMES[p], u=user(r, p), pw=pw, h=host_for(r, p), d=rdir(r))
    return r.choice(["jobs/inventory/push.sh", "scripts/curl_%s_upload.sh" % p]), txt


@ptpl("curl")
def curl_sftp_keypass(r, s):
    p = partner(r)
    pp = s.val("key_passphrase", gen="phrase" if r.random() < 0.5 else "pw", ctx="sh", sym="#-_.+=~", env="KEY_PASSPHRASE")
    txt = """#!/usr/bin/env bash
set -euo pipefail
# key auth; the key file is deployed by config management
curl --silent --show-error \\
  -u {u}: \\
  --key /etc/mft/keys/{p}_id_rsa \\
  --pubkey /etc/mft/keys/{p}_id_rsa.pub \\
  --pass '{pp}' \\
  --hostpubsha256 {fp} \\
  -T /data/out/{p}/manifest.json \\
  "sftp://{h}{d}/"
""".format(u=user(r, p), p=p, pp=pp, fp=sha256_fp(r), h=host_for(r, p), d=rdir(r))
    return "bin/send_manifest_%s.sh" % p, txt


@ptpl("posh-ssh")
def posh_ssh_cred(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="ps1", sym="!#*-_.+=", env="SFTP_PASSWORD")
    conventional = r.random() < 0.5
    var = "$sftpPassword" if conventional else r.choice(["$sec", "$p", "$pwd"])
    txt = """Import-Module Posh-SSH

{var} = ConvertTo-SecureString '{pw}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('{u}', {var})

$session = New-SFTPSession -ComputerName '{h}' -Credential $cred -AcceptKey:$false
try {{
    Get-ChildItem 'F:\\Outbound\\{p}' -Filter *.edi | ForEach-Object {{
        Set-SFTPItem -SessionId $session.SessionId -Path $_.FullName -Destination '{d}'
        Move-Item $_.FullName 'F:\\Outbound\\{p}\\sent\\'
    }}
}}
finally {{
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}}
""".format(var=var, pw=pw, u=user(r, p), h=host_for(r, p), p=p, d=rdir(r))
    return r.choice(["scripts/Push-%sEdi.ps1" % p.capitalize(), "posh/%s_sftp.ps1" % p]), txt


@ptpl("posh-ssh")
def posh_ssh_keyfile(r, s):
    p = partner(r)
    pp = s.val("key_passphrase", gen="phrase", ctx="ps1", env="KEY_PASSPHRASE")
    txt = """# SFTP with private key + passphrase (Posh-SSH)
$keyFile = 'C:\\mft\\keys\\{p}_ed25519'
$cred = New-Object System.Management.Automation.PSCredential('{u}', (ConvertTo-SecureString "{pp}" -AsPlainText -Force))
$s = New-SFTPSession -ComputerName {h} -Port 22 -Credential $cred -KeyFile $keyFile
Get-SFTPChildItem -SessionId $s.SessionId -Path '{d}' | Where-Object {{ -not $_.IsDirectory }} |
    ForEach-Object {{ Get-SFTPItem -SessionId $s.SessionId -Path $_.FullName -Destination 'D:\\in\\{p}' }}
Remove-SFTPSession -SFTPSession $s
""".format(p=p, u=user(r, p), pp=pp, h=host_for(r, p), d=rdir(r))
    return "scripts/Get-%sFiles.ps1" % p.capitalize(), txt


@ptpl("paramiko")
def paramiko_pw(r, s):
    p = partner(r)
    pw = s.lit("sftp_password", "py", env="SFTP_PASSWORD", q=r.choice(['"', "'"]))
    txt = '''import logging
import paramiko

log = logging.getLogger(__name__)
HOST = "{h}"
PORT = 22


def push(local_path, remote_dir="{d}"):
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username="{u}", password={pw})
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        name = local_path.rsplit("/", 1)[-1]
        sftp.put(local_path, f"{{remote_dir}}/{{name}}")
        log.info("uploaded %s", name)
    finally:
        sftp.close()
        transport.close()
'''.format(h=host_for(r, p), d=rdir(r), u=user(r, p), pw=pw)
    return r.choice(["edi/transport/%s_sftp.py" % p, "jobs/%s/push.py" % p]), txt


@ptpl("paramiko")
def paramiko_keypass(r, s):
    p = partner(r)
    pp = s.lit("key_passphrase", "py", gen="phrase", env="SFTP_KEY_PASSPHRASE")
    txt = '''import paramiko

KEY_PATH = "/etc/mft/keys/{p}_rsa"


def client():
    pkey = paramiko.RSAKey.from_private_key_file(KEY_PATH, {pp})
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect("{h}", port=22, username="{u}", pkey=pkey, look_for_keys=False)
    return ssh.open_sftp()
'''.format(p=p, pp=pp, h=host_for(r, p), u=user(r, p))
    return "lib/transfer/%s_client.py" % p, txt


@ptpl("pysftp")
def pysftp_py(r, s):
    p = partner(r)
    pw = s.lit("sftp_password", "py", env="SFTP_PASSWORD", q="'")
    txt = '''import pysftp

cnopts = pysftp.CnOpts(knownhosts="/etc/mft/known_hosts")

with pysftp.Connection("{h}", username="{u}", password={pw}, cnopts=cnopts) as sftp:
    with sftp.cd("{d}"):
        for name in sftp.listdir():
            if name.endswith(".csv"):
                sftp.get(name, localpath=f"/data/in/{p}/{{name}}")
                sftp.remove(name)
'''.format(h=host_for(r, p), u=user(r, p), pw=pw, d=rdir(r), p=p)
    return r.choice(["scripts/pull_%s.py" % p, "airflow/dags/include/pull_%s.py" % p]), txt


@ptpl("jsch")
def jsch_java(r, s):
    p = partner(r)
    pw = s.lit("sftp_password", "java", env="SFTP_PASSWORD")
    txt = """package com.example.edi.sftp;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public class PartnerSftp {{
    public ChannelSftp open() throws Exception {{
        JSch jsch = new JSch();
        jsch.setKnownHosts("/etc/mft/known_hosts");
        Session session = jsch.getSession("{u}", "{h}", 22);
        session.setPassword({pw});
        session.setConfig("PreferredAuthentications", "password");
        session.connect(30000);
        ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
        channel.connect();
        return channel;
    }}
}}
""".format(u=user(r, p), h=host_for(r, p), pw=pw)
    return "src/main/java/com/example/edi/sftp/PartnerSftp.java", txt


@ptpl("spring-integration")
def spring_yml(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="yaml", sym="!#*-_.+=", env="SFTP_PASSWORD")
    conventional = r.random() < 0.5
    txt = """spring:
  application:
    name: edi-sftp-bridge
edi:
  partners:
    {p}:
      host: {h}
      port: 22
      user: {u}
      {k}: "{pw}"
      remote-dir: {d}
      poll-cron: "0 */10 * * * *"
      known-hosts: file:/etc/mft/known_hosts
logging:
  level:
    org.springframework.integration: INFO
""".format(p=p, h=host_for(r, p), u=user(r, p), k="password" if conventional else r.choice(["secret", "passwd", "auth"]),
           pw=pw, d=rdir(r))
    return r.choice(["src/main/resources/application.yml", "config/application-prod.yml"]), txt


@ptpl("camel")
def camel_route(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="url", sym="-_.~*", env="SFTP_PASSWORD")
    txt = """package com.example.routes;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

@Component
public class {C}InboundRoute extends RouteBuilder {{
    @Override
    public void configure() {{
        from("sftp://{u}@{h}:22{d}?password={pw}&delete=true&delay=60000&knownHostsFile=/etc/mft/known_hosts")
            .routeId("{p}-inbound")
            .log("Received ${{header.CamelFileName}} from {pn}")
            .to("file:/data/in/{p}?fileExist=Fail");
    }}
}}
""".format(C=p.capitalize(), u=user(r, p), h=host_for(r, p), d=rdir(r), pw=pw, p=p, pn=PARTNER_NAMES[p])
    return "src/main/java/com/example/routes/%sInboundRoute.java" % p.capitalize(), txt


@ptpl("mule")
def mule_xml(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="xml", sym=XML_SYM, env="SFTP_PASSWORD")
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:sftp="http://www.mulesoft.org/schema/mule/sftp">
  <sftp:config name="{p}_SFTP_Config">
    <sftp:connection host="{h}" port="22" username="{u}" password="{pw}"
                     workingDir="{d}" knownHostsFile="known_hosts" />
  </sftp:config>
  <flow name="{p}-outbound-flow">
    <scheduler><scheduling-strategy><fixed-frequency frequency="15" timeUnit="MINUTES"/></scheduling-strategy></scheduler>
    <sftp:write config-ref="{p}_SFTP_Config" path="#['{d}/' ++ attributes.fileName]" />
  </flow>
</mule>
""".format(p=p, h=host_for(r, p), u=user(r, p), pw=pw, d=rdir(r))
    return "src/main/mule/%s-sftp.xml" % p, txt


@ptpl("gnupg")
def gpg_batch(r, s):
    pp = s.val("pgp_passphrase", gen="phrase", ctx="sh", env="PGP_PASSPHRASE")
    p = partner(r)
    txt = """#!/bin/bash
# decrypt inbound files from {pn} before translation
for f in /data/in/{p}/*.pgp; do
  [ -e "$f" ] || continue
  gpg --batch --yes --pinentry-mode loopback \\
      --passphrase '{pp}' \\
      --output "${{f%.pgp}}" --decrypt "$f" && mv "$f" /data/in/{p}/done/
done
""".format(pn=PARTNER_NAMES[p], p=p, pp=pp)
    return r.choice(["bin/decrypt_%s.sh" % p, "jobs/pgp/decrypt.sh"]), txt


@ptpl("gnupg")
def pgp_properties(r, s):
    pp = s.val("pgp_passphrase", gen="phrase", ctx="properties", env="PGP_PASSPHRASE")
    conventional = r.random() < 0.5
    txt = """# PGP settings for the payment file channel
pgp.public.keyring=/opt/app/keys/pubring.gpg
pgp.secret.keyring=/opt/app/keys/secring.gpg
pgp.signing.key.id={kid}
pgp.{k}={pp}
pgp.armor=true
pgp.compression=ZIP
""".format(kid=rhex(r, 16, True), k="private.key.passphrase" if conventional else r.choice(["sign.pin", "keyring.unlock"]), pp=pp)
    return r.choice(["src/main/resources/pgp.properties", "config/payments/pgp.properties"]), txt


@ptpl("keytool")
def keytool_sh(r, s):
    pw = s.val("keystore_password", ctx="sh", sym="#-_.+=~", env="STOREPASS")
    p = partner(r)
    txt = """#!/bin/sh
# import {pn}'s AS2 certificate into the gateway trust store
keytool -importcert -noprompt \\
  -keystore /opt/as2/keys/as2-trust.jks \\
  -storepass '{pw}' \\
  -alias {p}-as2-{y} \\
  -file certs/{p}_as2_{y}.cer
keytool -list -keystore /opt/as2/keys/as2-trust.jks -storepass:env AS2_STOREPASS 2>/dev/null | head -n 3
""".format(pn=PARTNER_NAMES[p], pw=pw, p=p, y=r.choice([2024, 2025, 2026]))
    return "scripts/import_%s_cert.sh" % p, txt


@ptpl("java")
def jvm_truststore(r, s):
    pw = s.val("truststore_password", ctx="sh", sym="#-_.+=~", env="TRUSTSTORE_PASSWORD")
    txt = """#!/bin/sh
# setenv.sh for the MFT gateway (Tomcat)
CATALINA_OPTS="$CATALINA_OPTS -Xms1g -Xmx4g"
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.trustStore=/opt/mft/security/truststore.jks"
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.trustStorePassword={pw}"
CATALINA_OPTS="$CATALINA_OPTS -Djava.security.egd=file:/dev/./urandom"
export CATALINA_OPTS
""".format(pw=pw)
    return r.choice(["tomcat/bin/setenv.sh", "deploy/mft-gateway/setenv.sh"]), txt


@ptpl("docker")
def compose_yml(r, s):
    pw = s.val("sftp_password", ctx="yaml", sym="!#*-_.+=", env="SFTP_PASSWORD")
    p = partner(r)
    txt = """services:
  edi-bridge:
    image: registry.corp.example/edi/sftp-bridge:{v}
    restart: unless-stopped
    environment:
      PARTNER: {p}
      SFTP_HOST: {h}
      SFTP_USER: {u}
      SFTP_PASSWORD: "{pw}"
      POLL_SECONDS: "120"
    volumes:
      - ./data/in:/data/in
      - ./known_hosts:/etc/ssh/ssh_known_hosts:ro
""".format(v=r.choice(["1.4.2", "2.0.1", "2024.06"]), p=p, h=host_for(r, p), u=user(r, p), pw=pw)
    return r.choice(["docker-compose.yml", "deploy/compose/edi-bridge.yml"]), txt


@ptpl("docker")
def dockerfile(r, s):
    pw = s.val("ftps_password", ctx="sh", sym="#-_.+=~", env="FTPS_PASS")
    txt = """FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends lftp ca-certificates \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV FTPS_HOST={h} \\
    FTPS_USER={u} \\
    FTPS_PASS={pw}
CMD ["python", "-m", "pullers.{p}"]
""".format(h=host_for(r), u=user(r), pw=pw, p=partner(r))
    return r.choice(["Dockerfile", "docker/puller/Dockerfile"]), txt


@ptpl("terraform")
def terraform_tf(r, s):
    pw = s.val("sftp_password", ctx="tf", sym="!#*-_.+=", env="TF_VAR_partner_password")
    p = partner(r)
    txt = """variable "{p}_sftp_user" {{
  type    = string
  default = "{u}"
}}

variable "{p}_sftp_password" {{
  type      = string
  sensitive = true
  default   = "{pw}"
}}

resource "aws_secretsmanager_secret" "{p}_sftp" {{
  name = "mft/{p}/sftp"
}}

resource "aws_secretsmanager_secret_version" "{p}_sftp" {{
  secret_id     = aws_secretsmanager_secret.{p}_sftp.id
  secret_string = jsonencode({{ username = var.{p}_sftp_user, password = var.{p}_sftp_password }})
}}
""".format(p=p, u=user(r, p), pw=pw)
    return r.choice(["infra/mft/%s.tf" % p, "terraform/partners/%s/main.tf" % p]), txt


@ptpl("kubernetes")
def k8s_secret(r, s):
    pw = s.val("keystore_password", ctx="yaml", sym="!#*-_.+=", env="KEYSTORE_PASSWORD")
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: as2-gateway-keystore
  namespace: b2b
  labels:
    app.kubernetes.io/name: as2-gateway
type: Opaque
stringData:
  keystore-path: /etc/as2/keys/as2-prod.p12
  keystore-password: "{pw}"
""".format(pw=pw)
    return r.choice(["k8s/as2-gateway/secret.yaml", "deploy/b2b/as2-keystore-secret.yaml"]), txt


@ptpl("ansible")
def ansible_vars(r, s):
    pw = s.val("sftp_password", ctx="yaml", sym="!#*-_.+=", env="MFT_SVC_PASSWORD")
    conventional = r.random() < 0.5
    txt = """---
# group_vars for the MFT gateway hosts
mft_version: "{v}"
mft_install_dir: /opt/mft
mft_service_user: mftsvc
mft_{k}: "{pw}"
mft_java_heap: 4g
mft_listen_ports:
  - 22
  - 443
  - 990
""".format(v=r.choice(["7.4.1", "7.6.0", "2024.1"]), k="service_password" if conventional else r.choice(["svc_pass", "bind_credential", "ldap_bind"]), pw=pw)
    return r.choice(["ansible/group_vars/mft_gateways.yml", "ansible/roles/mft/defaults/main.yml"]), txt


@ptpl("runbook")
def runbook_md(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="md", sym="!#*-_.+=", env="SFTP_PASSWORD")
    txt = """# {pn} – SFTP connectivity runbook

| Item | Value |
|------|-------|
| Host | `{h}` |
| Port | 22 |
| Username | `{u}` |
| Password | `{pw}` |
| Host key | `{hk}` |
| Remote dir | `{d}` |

## Testing the connection

1. From the DMZ jump host run `sftp -oPort=22 {u}@{h}`.
2. Verify the host key fingerprint matches the table above.
3. `ls {d}` should list yesterday's files.

Escalation: EDI on-call (PagerDuty service *B2B Gateway*).
""".format(pn=PARTNER_NAMES[p], h=host_for(r, p), u=user(r, p), pw=pw, hk="SHA256:" + sha256_fp(r), d=rdir(r))
    return r.choice(["docs/runbooks/%s-sftp.md" % p, "runbooks/partners/%s.md" % p]), txt


@ptpl("sql")
def partner_sql(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="sql", sym="!#*-_.+=", env="SFTP_PASSWORD")
    txt = """-- seed partner endpoint for {pn}
INSERT INTO mft.partner_endpoint
    (partner_code, protocol, host, port, username, password, remote_dir, active, created_at)
VALUES
    ('{P}', 'SFTP', '{h}', 22, '{u}', '{pw}', '{d}', 1, '{dt}');

UPDATE mft.partner SET onboarding_status = 'LIVE' WHERE partner_code = '{P}';
""".format(pn=PARTNER_NAMES[p], P=p.upper(), h=host_for(r, p), u=user(r, p), pw=pw, d=rdir(r), dt=date(r))
    return r.choice(["db/seed/V%d__partner_%s.sql" % (r.randint(10, 99), p), "sql/partners/%s.sql" % p]), txt


@ptpl("log")
def debug_log(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="url", sym="-_.~", env="SFTP_PASSWORD")
    lines = []
    t0 = r.randint(0, 3000)
    for i in range(r.randint(3, 6)):
        lines.append("%s 0%d:%02d:%02d,%03d INFO  [pool-1-thread-%d] c.e.e.Scheduler - job %s-poll tick" %
                     (date(r), r.randint(1, 5), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), r.randint(1, 4), p))
    lines.append("%s 06:%02d:%02d,%03d DEBUG [pool-1-thread-2] c.e.e.SftpPoller - connecting to sftp://%s:%s@%s:22%s" %
                 (date(r), r.randint(0, 59), r.randint(0, 59), t0 % 1000, user(r, p), pw, host_for(r, p), rdir(r)))
    lines.append("%s 06:%02d:%02d,%03d INFO  [pool-1-thread-2] c.e.e.SftpPoller - %d files downloaded" %
                 (date(r), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), r.randint(0, 40)))
    return r.choice(["logs/edi-poller.log", "support/case-%d/poller.log" % r.randint(10000, 99999)]), "\n".join(lines) + "\n"


@ptpl("dotenv")
def dotenv(r, s):
    pw = s.val("sftp_password", ctx="env", sym="!#*-_.+=", env="SFTP_PASSWORD")
    p = partner(r)
    txt = """SFTP_HOST={h}
SFTP_PORT=22
SFTP_USER={u}
SFTP_PASSWORD={pw}
REMOTE_DIR={d}
""".format(h=host_for(r, p), u=user(r, p), pw=pw, d=rdir(r))
    return r.choice([".env", "services/edi-bridge/.env"]), txt


@ptpl("toml")
def toml_cfg(r, s):
    p = partner(r)
    pw = s.val("sftp_password", ctx="toml", sym="!#*-_.+=", env="SFTP_PASSWORD")
    txt = """[service]
name = "file-relay"
workers = 4

[[endpoint]]
name = "{p}"
kind = "sftp"
address = "{h}:22"
login = "{u}"
secret = "{pw}"
path = "{d}"

[archive]
dir = "/var/lib/file-relay/archive"
keep_days = 30
""".format(p=p, h=host_for(r, p), u=user(r, p), pw=pw, d=rdir(r))
    return r.choice(["relay.toml", "config/file-relay.toml"]), txt


@ptpl("http")
def basic_auth_header(r, s):
    u = r.choice(["stadmin", "gaadmin", "svc_api", "mftapi"])
    tok = s.basic("basic_auth", u)
    txt = """### SecureTransport / MFT admin API smoke tests
@base = https://{h}:444/api/v2.0

GET {{{{base}}}}/version
Accept: application/json
Authorization: Basic {tok}

###
GET {{{{base}}}}/accounts?limit=10
Accept: application/json
""".format(h=our_host(r), tok=tok)
    return r.choice(["api-tests/st-admin.http", "tools/http/mft.http"]), txt


# ---- private keys --------------------------------------------------------------------
@ptpl("ssh")
def key_openssh_file(r, s):
    p = partner(r)
    block = s.key("ssh_private_key", "openssh", comment="%s@%s" % (user(r, p), r.choice(["mft01", "edi-gw", "batch02"])))
    return r.choice(["keys/%s_ed25519" % p, "deploy/ssh/id_ed25519_%s" % p]), block + "\n"


@ptpl("ssh")
def key_rsa_file(r, s):
    p = partner(r)
    block = s.key("ssh_private_key", "rsa", comment="%s-rsa" % p)
    return r.choice(["keys/%s_id_rsa.pem" % p, "mft/keys/%s.key" % p]), block + "\n"


@ptpl("putty")
def key_ppk_file(r, s):
    p = partner(r)
    block = s.key("ppk_private_key", "ppk", comment="%s-%s" % (p, r.choice(["sftp", "winscp", "edi"])))
    return r.choice(["keys/%s.ppk" % p, "winscp/keys/%s_sftp.ppk" % p]), block + "\n"


@ptpl("ssh")
def key_pkcs8_resource(r, s):
    block = s.key("ssh_private_key", "pkcs8", comment="sftp-client")
    return "src/main/resources/keys/sftp-client.pem", block + "\n"


@ptpl("ssh")
def key_ec_yaml(r, s):
    p = partner(r)
    block = s.key("ssh_private_key", "ec", comment="%s-ec" % p)
    txt = """# partner connection (rendered by the onboarding tool)
partner: {p}
host: {h}
port: 22
username: {u}
auth: publickey
private_key: |
{blk}
remote_dir: {d}
""".format(p=p, h=host_for(r, p), u=user(r, p), blk=indent(block, 2), d=rdir(r))
    return "partners/%s/connection.yaml" % p, txt


@ptpl("gnupg")
def key_pgp_asc(r, s):
    block = s.key("pgp_private_key", "pgp", comment="EDI Signing <edi-signing@corp.example>")
    return r.choice(["keys/pgp/edi-signing-secret.asc", "pgp/private/edi_sign.asc"]), block + "\n"


@ptpl("ssh")
def key_in_json(r, s):
    p = partner(r)
    block = s.key("ssh_private_key", r.choice(["openssh", "rsa"]), comment="%s-json" % p)
    # keep the key lines as a JSON array so the BEGIN line stays on its own line
    d_lines = block.split("\n")
    body = ",\n".join('    "%s"' % l for l in d_lines)
    txt = """{{
  "partner": "{p}",
  "host": "{h}",
  "username": "{u}",
  "privateKeyLines": [
{body}
  ],
  "remoteDir": "{d}"
}}
""".format(p=p, h=host_for(r, p), u=user(r, p), body=body, d=rdir(r))
    return "config/partners/%s.json" % p, txt


# ----------------------------------------------------------------------------------------
# look-alike negatives: nothing secret, but plenty that resembles secrets
# ----------------------------------------------------------------------------------------
NEG_T = []


def ntpl(provider, kind):
    def deco(f):
        NEG_T.append((f.__name__, provider, kind, f))
        return f
    return deco


@ntpl("ssh", "host_key")
def n_known_hosts(r):
    lines = []
    for _ in range(r.randint(3, 7)):
        h = host_for(r)
        k = ssh_ed25519_pub(r) if r.random() < 0.6 else ssh_rsa_pub(r)
        lines.append("%s,%s %s" % (h, pub_ip(r), k))
    return r.choice(["deploy/ssh/known_hosts", "mft/config/known_hosts"]), "\n".join(lines) + "\n"


@ntpl("winscp", "host_key_fingerprint")
def n_winscp_keyauth(r):
    p = partner(r)
    txt = """option batch abort
option confirm off
open sftp://{u}@{h}/ -privatekey="D:\\keys\\{p}.ppk" -hostkey="{hk}"
get {d}/*.csv D:\\in\\{p}\\
exit
""".format(u=user(r, p), h=host_for(r, p), p=p, hk=winscp_hostkey(r), d=rdir(r))
    return "winscp/%s_keyauth.txt" % p, txt


@ntpl("ssh", "fingerprint")
def n_fingerprint_md(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        p = partner(r)
        rows.append("| %s | `%s` | `SHA256:%s` | `MD5:%s` |" % (PARTNER_NAMES[p], host_for(r, p), sha256_fp(r), md5_fp(r)))
    txt = "# Partner SFTP host keys\n\nVerify before first connection (`ssh-keyscan -t ed25519 HOST | ssh-keygen -lf -`).\n\n" \
          "| Partner | Host | SHA-256 | MD5 |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    return "docs/partner-host-keys.md", txt


@ntpl("as2", "mdn")
def n_as2_mdn_log(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        p = partner(r).upper()
        mid = as2_msgid(r, "MYCOMPANY", p)
        lines.append("%s INFO  AS2Sender - message %s sent to %s_AS2 (%d bytes)" % (ts(r), mid, p, r.randint(1000, 900000)))
        lines.append("%s INFO  MDNReceiver - MDN for %s: processed; Received-Content-MIC: %s, sha-256" %
                     (ts(r), mid, b64(rb(r, 32))))
    return r.choice(["logs/as2/as2.log", "openas2/logs/log-%s.txt" % date(r)]), "\n".join(lines) + "\n"


@ntpl("openas2", "partner_id")
def n_partnerships(r):
    ps = r.sample(PARTNERS, 3)
    parts = ['<partnerships>', '  <partner name="MyCompany" as2_id="MYCOMPANY_PROD" x509_alias="mycompany" email="edi@corp.example"/>']
    for p in ps:
        parts.append('  <partner name="%s" as2_id="%s_AS2" x509_alias="%s" email="edi@%s.%s"/>' % (p, p.upper(), p, p, r.choice(DOMAINS)))
    for p in ps:
        parts.append("""  <partnership name="MyCompany-{p}">
    <sender name="MyCompany"/>
    <receiver name="{p}"/>
    <attribute name="protocol" value="as2"/>
    <attribute name="content_transfer_encoding" value="binary"/>
    <attribute name="subject" value="EDI from MyCompany"/>
    <attribute name="as2_url" value="https://{h}/as2"/>
    <attribute name="as2_mdn_to" value="edi@corp.example"/>
    <attribute name="as2_mdn_options" value="signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, SHA256"/>
    <attribute name="encrypt" value="AES256"/>
    <attribute name="sign" value="SHA256"/>
  </partnership>""".format(p=p, h=host_for(r, p)))
    parts.append("</partnerships>")
    return "openas2/config/partnerships.xml", "\n".join(parts) + "\n"


@ntpl("gnupg", "public_key")
def n_pgp_public(r):
    p = partner(r)
    fp = rhex(r, 40, True)
    txt = "# %s payment file encryption key\n# Fingerprint: %s\n\n%s\n" % (
        PARTNER_NAMES[p], " ".join(fp[i:i + 4] for i in range(0, 40, 4)),
        pgp_armor(r, "PUBLIC", "%s EDI <edi@%s.com>" % (PARTNER_NAMES[p], p)))
    return r.choice(["keys/pgp/%s_public.asc" % p, "pgp/public/%s.asc" % p]), txt


@ntpl("gnupg", "key_id")
def n_gpg_list(r):
    out = ["/home/mftsvc/.gnupg/pubring.kbx", "-------------------------------"]
    for _ in range(r.randint(2, 5)):
        p = partner(r)
        out += ["pub   rsa4096 %s [SC] [expires: 2027-%02d-01]" % (date(r), r.randint(1, 12)),
                "      %s" % rhex(r, 40, True),
                "uid           [ full ] %s EDI <edi@%s.com>" % (PARTNER_NAMES[p], p),
                "sub   rsa4096 %s [E]" % date(r), ""]
    return "docs/gpg-keys-%s.txt" % date(r), "\n".join(out)


@ntpl("mft", "checksum")
def n_sha256sums(r):
    lines = ["%s  %s_%s_%s.%s" % (sha256hex(r), partner(r), r.choice(DOC_TYPES), date(r).replace("-", ""),
                                  r.choice(["edi", "csv", "xml", "pgp"])) for _ in range(r.randint(4, 10))]
    return r.choice(["outbound/SHA256SUMS", "transfer/manifest.sha256"]), "\n".join(lines) + "\n"


@ntpl("crushftp", "password_hash")
def n_crush_user(r):
    u = user(r)
    hv = r.choice(["MD5:" + rhex(r, 32), "SHA512:" + rhex(r, 128), "SHA256:" + b64(rb(r, 32))])
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<user type="properties">
  <username>{u}</username>
  <password>{hv}</password>
  <max_logins>0</max_logins>
  <root_dir>/</root_dir>
  <email>{u}@corp.example</email>
  <expire_password_days>90</expire_password_days>
  <last_logins>{ts}</last_logins>
</user>
""".format(u=u, hv=hv, ts=ts(r))
    return "crushftp/users/MainUsers/%s/user.XML" % u, txt


@ntpl("serv-u", "password_hash")
def n_servu(r):
    out = ["[Domain1]"]
    for i in range(r.randint(2, 5)):
        u = user(r)
        salt = rstr(r, LO, 2)
        out += ["[USER=%s|1]" % u, "Password=%s%s" % (salt, rhex(r, 32, True)), "HomeDir=D:\\ftproot\\%s" % u,
                "RelPaths=1", "TimeOut=600", "Access1=D:\\ftproot\\%s|RWAMLCDP" % u, ""]
    return r.choice(["servu/users/Domain1.Archive", "servu/ServUDaemon.ini"]), "\n".join(out)


@ntpl("goanywhere", "encrypted_password")
def n_ga_encrypted(r):
    p = partner(r)
    txt = """<resource type="SFTP" name="{P}_SFTP">
  <host>{h}</host>
  <port>22</port>
  <user>{u}</user>
  <password encrypted="true">{enc}</password>
  <hostKeyFingerprint>{fp}</hostKeyFingerprint>
</resource>
""".format(P=p.upper(), h=host_for(r, p), u=user(r, p), enc=rhex(r, r.choice([32, 48, 64]), True), fp=md5_fp(r))
    return "goanywhere/resources/%s_sftp.xml" % p, txt


@ntpl("as2", "certificate")
def n_x509(r):
    p = partner(r)
    body = der(0x30, der(0x30, der(0xa0, der_int(b"\x02")) + der_int(rb(r, 16)) + rb(r, 700)) + rb(r, 270))
    return r.choice(["certs/%s_as2_2025.cer" % p, "as2/partners/%s.pem" % p]), pem("CERTIFICATE", body) + "\n"


@ntpl("connectdirect", "netmap")
def n_netmap(r):
    out = ["# Connect:Direct for UNIX network map"]
    for _ in range(r.randint(2, 4)):
        n = "CD.%s.%s" % (partner(r).upper()[:8], r.choice(["PROD", "MVS"]))
        out.append("""{n}:\\
  :conn.retry.stwait=00.00.30:\\
  :conn.retry.stattempts=3:\\
  :conn.retry.ltwait=00.10.00:\\
  :conn.retry.ltattempts=6:\\
  :tcp.api=:\\
  :tcp.max.time.to.wait=180:\\
  :runstep.max.time.to.wait=0:\\
  :contact.name=EDI Ops:\\
  :contact.phone.number=+1-555-01{x:02d}:\\
  :descrip=:\\
  :sess.total=255:\\
  :sess.pnode.max=255:\\
  :sess.snode.max=255:\\
  :sess.default=1:\\
  :comm.info={ip};1364:\\
  :comm.transport=tcp:\\
  :comm.bufsize=65536:\\
  :pacing.send.delay=0:\\
  :pacing.send.count=0:""".format(n=n, x=r.randint(0, 99), ip=ip(r)))
    return "cd/ndm/cfg/cd_node/netmap.cfg", "\n".join(out) + "\n"


@ntpl("connectdirect", "user_mapping")
def n_userfile(r):
    out = ["# userfile.cfg - remote user proxies (no passwords kept here)"]
    for _ in range(r.randint(2, 4)):
        out.append("""{ru}@CD.{n}:\\
  :local.id={lu}:\\
  :pstmt.copy=y:\\
  :pstmt.upload=y:\\
  :pstmt.download=y:\\
  :pstmt.run_task=n:\\
  :pstmt.run_job=n:\\
  :upload.dir=/data/cd/in:\\
  :download.dir=/data/cd/out:""".format(ru=r.choice(["GLXFER", "NDMBAT", "*"]), n=partner(r).upper()[:8], lu=r.choice(["cdxfer", "edisvc", "cdbatch"])))
    return "cd/ndm/cfg/cd_node/userfile.cfg", "\n".join(out) + "\n"


@ntpl("mft", "partner_id")
def n_partner_csv(r):
    rows = ["partner,as2_id,duns,url,cert_serial,cert_sha1"]
    for p in r.sample(PARTNERS, r.randint(4, 8)):
        rows.append("%s,%s_AS2,%s,https://%s/as2,%s,%s" % (PARTNER_NAMES[p], p.upper(), duns(r), host_for(r, p),
                                                          rhex(r, 32, True), ":".join(rhex(r, 2, True) for _ in range(20))))
    return "partners/as2_directory.csv", "\n".join(rows) + "\n"


@ntpl("mft", "transfer_log")
def n_transfer_log(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        p = partner(r)
        lines.append("%s xfer=%s session=%s user=%s file=%s_%s.edi size=%d md5=%s status=OK" %
                     (ts(r), ruuid(r), rhex(r, 24), user(r, p), p, r.choice(DOC_TYPES), r.randint(500, 5000000), rhex(r, 32)))
    return r.choice(["logs/transfer-audit.log", "audit/xfer_%s.log" % date(r)]), "\n".join(lines) + "\n"


@ntpl("moveit", "ids")
def n_moveit_response(r):
    items = []
    for _ in range(r.randint(2, 4)):
        items.append({"id": str(r.randint(100000000, 999999999)), "name": "%s_%s.csv" % (partner(r), date(r)),
                      "size": r.randint(100, 900000), "uploadStamp": ts(r), "hash": rhex(r, 40),
                      "folderID": str(r.randint(100000000, 999999999)), "uploadAgentBrand": "REST"})
    doc = {"items": items, "paging": {"page": 1, "perPage": 25, "totalItems": len(items), "totalPages": 1}}
    return "tests/fixtures/moveit_files_response.json", json.dumps(doc, indent=2) + "\n"


@ntpl("axway", "ids")
def n_st_audit(r):
    lines = ["timestamp,transferId,account,site,direction,file,bytes,status"]
    for _ in range(r.randint(4, 9)):
        p = partner(r)
        lines.append("%s,%s,%s,%s-sftp,%s,%s.dat,%d,Processed" % (ts(r), rhex(r, 32), p, p, r.choice(["Incoming", "Outgoing"]),
                                                                  rhex(r, 8), r.randint(100, 10 ** 7)))
    return "reports/st_transfers_%s.csv" % date(r), "\n".join(lines) + "\n"


@ntpl("swift", "bic")
def n_swift(r):
    bic = rstr(r, UP, 4) + "US" + rstr(r, UP + DI, 2) + "XXX"
    txt = "{1:F01%s%s}{2:I103%sN}{3:{108:%s}{121:%s}}{4:\n:20:%s\n:23B:CRED\n:32A:%s%s%s\n:50K:/%s\nMYCOMPANY INC\n:59:/%s\n%s\n:71A:SHA\n-}\n" % (
        bic, rstr(r, DI, 10), rstr(r, UP, 4) + "GB2L" + "XXXX", rstr(r, UP + DI, 16), ruuid(r), rstr(r, UP + DI, 16),
        "24%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), r.choice(["USD", "EUR"]), "%d,%02d" % (r.randint(100, 999999), r.randint(0, 99)),
        rstr(r, DI, 12), rstr(r, DI, 14), PARTNER_NAMES[partner(r)].upper())
    return "tests/fixtures/swift/mt103_sample.fin", txt


@ntpl("oftp2", "partner_id")
def n_oftp2_partners(r):
    out = ["# OFTP2 partner directory (public ODETTE ids, no SSID passwords here)"]
    for p in r.sample(PARTNERS, 3):
        out += ["partner.%s.odette_id=O0013%s%s" % (p, rstr(r, DI, 9), p.upper()[:6]), "partner.%s.host=%s" % (p, host_for(r, p)),
                "partner.%s.ssid_password=${ODETTE_%s_SSID_PWD}" % (p, p.upper()), "partner.%s.cert.serial=%s" % (p, rhex(r, 16, True))]
    return "oftp2/partners/directory.properties", "\n".join(out) + "\n"


@ntpl("ssh", "public_key")
def n_authorized_keys(r):
    lines = ['# managed by ansible - partner accounts']
    for _ in range(r.randint(2, 5)):
        p = partner(r)
        k = ssh_ed25519_pub(r) if r.random() < 0.5 else ssh_rsa_pub(r, r.choice([2048, 4096]))
        lines.append('from="%s",no-pty,no-agent-forwarding %s %s@%s' % (pub_ip(r), k, user(r, p), p))
    return r.choice(["ansible/files/authorized_keys_partners", "sftp/chroot/.ssh/authorized_keys"]), "\n".join(lines) + "\n"


@ntpl("java", "env_ref")
def n_java_env(r):
    txt = """package com.example.as2;

public final class KeystoreConfig {
    public static final String KEYSTORE_PATH = System.getenv().getOrDefault("AS2_KEYSTORE", "/etc/as2/as2.p12");
    private static final String PASSWORD_ENV = "AS2_KEYSTORE_PASSWORD";

    public static char[] password() {
        String v = System.getenv(PASSWORD_ENV);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(PASSWORD_ENV + " is not set");
        }
        return v.toCharArray();
    }
}
"""
    return "src/main/java/com/example/as2/KeystoreConfig.java", txt


@ntpl("paramiko", "env_ref")
def n_paramiko_env(r):
    p = partner(r)
    txt = '''import os
import paramiko

HOST = os.environ.get("SFTP_HOST", "{h}")
USER = os.environ.get("SFTP_USER", "{u}")


def connect():
    key = paramiko.Ed25519Key.from_private_key_file(
        os.environ["SFTP_KEY_PATH"], password=os.environ.get("SFTP_KEY_PASSPHRASE"))
    t = paramiko.Transport((HOST, 22))
    t.connect(username=USER, pkey=key)
    return paramiko.SFTPClient.from_transport(t)
'''.format(h=host_for(r, p), u=user(r, p))
    return "edi/transport/sftp_env.py", txt


@ntpl("posh-ssh", "credential_prompt")
def n_posh_getcred(r):
    p = partner(r)
    txt = """# Interactive / DPAPI-protected credential, nothing stored in the script
$credPath = Join-Path $PSScriptRoot 'cred\\{p}.clixml'
if (Test-Path $credPath) {{
    $cred = Import-Clixml -Path $credPath
}} else {{
    $cred = Get-Credential -UserName '{u}' -Message 'SFTP password for {pn}'
    $cred | Export-Clixml -Path $credPath
}}
$s = New-SFTPSession -ComputerName '{h}' -Credential $cred
Get-SFTPChildItem -SessionId $s.SessionId -Path '{d}'
""".format(p=p, u=user(r, p), pn=PARTNER_NAMES[p], h=host_for(r, p), d=rdir(r))
    return "scripts/Get-%sListing.ps1" % p.capitalize(), txt


@ntpl("powershell", "encrypted_password")
def n_dpapi_blob(r):
    blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + rhex(r, r.choice([300, 364, 428]))
    txt = """# Encrypted with ConvertFrom-SecureString on MFTBATCH01 (DPAPI, only that account/machine can decrypt)
$encrypted = '{b}'
$secure = ConvertTo-SecureString $encrypted
$cred = New-Object System.Management.Automation.PSCredential('{u}', $secure)
""".format(b=blob, u=user(r))
    return "scripts/cred/%s_cred.ps1" % partner(r), txt


@ntpl("mft", "encoded_data")
def n_base64_payload(r):
    isa = "ISA*00*          *00*          *ZZ*MYCOMPANY      *ZZ*%-15s*%s*%04d*U*00401*%09d*0*P*>~" % (
        partner(r).upper(), "24%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), r.randint(0, 2359), r.randint(1, 999999999))
    payload = (isa + "GS*PO*MYCOMPANY*PARTNER*20240101*1200*1*X*004010~ST*850*0001~" * 3).encode()
    doc = {"messageId": as2_msgid(r), "contentType": "application/edi-x12", "fileName": "po_%d.x12" % r.randint(1000, 9999),
           "sha256": sha256hex(r), "payloadBase64": b64(payload)}
    return "tests/fixtures/as2_inbound_message.json", json.dumps(doc, indent=2) + "\n"


@ntpl("windows", "thumbprint")
def n_cert_thumbprint(r):
    tp = rhex(r, 40, True)
    txt = """# Bind the FTPS certificate on the EFT/IIS FTP site
$thumbprint = '{tp}'
$cert = Get-Item "Cert:\\LocalMachine\\My\\$thumbprint"
Set-ItemProperty 'IIS:\\Sites\\{site}' -Name ftpServer.security.ssl.serverCertHash -Value $cert.Thumbprint
Set-ItemProperty 'IIS:\\Sites\\{site}' -Name ftpServer.security.ssl.controlChannelPolicy -Value 1
""".format(tp=tp, site=r.choice(["PartnerFTPS", "EDI-FTP"]))
    return "scripts/Set-FtpsCertificate.ps1", txt


@ntpl("aws", "host_key")
def n_tf_transfer(r):
    p = partner(r)
    txt = """resource "aws_transfer_server" "edi" {{
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  tags = {{ Name = "edi-sftp" }}
}}

resource "aws_transfer_user" "{p}" {{
  server_id = aws_transfer_server.edi.id
  user_name = "{u}"
  role      = aws_iam_role.transfer_{p}.arn
}}

resource "aws_transfer_ssh_key" "{p}" {{
  server_id = aws_transfer_server.edi.id
  user_name = aws_transfer_user.{p}.user_name
  body      = "{k} {p}@partner"
}}
""".format(p=p, u=user(r, p), k=ssh_ed25519_pub(r))
    return "infra/transfer/%s.tf" % p, txt


@ntpl("kubernetes", "digest")
def n_k8s_deploy(r):
    txt = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: as2-gateway
  namespace: b2b
spec:
  replicas: 2
  selector:
    matchLabels: {{app: as2-gateway}}
  template:
    metadata:
      labels: {{app: as2-gateway}}
      annotations:
        checksum/config: {cs}
    spec:
      containers:
        - name: gateway
          image: registry.corp.example/b2b/as2-gateway@sha256:{dg}
          env:
            - name: AS2_KEYSTORE_PASSWORD
              valueFrom:
                secretKeyRef: {{name: as2-gateway-keystore, key: keystore-password}}
""".format(cs=sha256hex(r), dg=sha256hex(r))
    return "k8s/as2-gateway/deployment.yaml", txt


@ntpl("docker", "checksum")
def n_dockerfile_checksum(r):
    v = "%d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 20))
    txt = """FROM eclipse-temurin:17-jre
ARG OPENAS2_VERSION={v}
ARG OPENAS2_SHA256={sha}
RUN curl -fsSLo /tmp/openas2.zip https://github.com/OpenAS2/OpenAs2App/releases/download/v${{OPENAS2_VERSION}}/OpenAS2Server-${{OPENAS2_VERSION}}.zip \\
 && echo "${{OPENAS2_SHA256}}  /tmp/openas2.zip" | sha256sum -c - \\
 && unzip /tmp/openas2.zip -d /opt/openas2 && rm /tmp/openas2.zip
EXPOSE 10080 10081
CMD ["/opt/openas2/bin/start-openas2.sh"]
""".format(v=v, sha=sha256hex(r))
    return "docker/openas2/Dockerfile", txt


@ntpl("runbook", "secret_ref")
def n_vault_runbook(r):
    p = partner(r)
    txt = """# Rotating the {pn} SFTP password

1. Generate a new password in the partner portal (they allow 24+ chars).
2. Store it: `vault kv put secret/mft/{p} password=-` (reads from stdin, never paste on the command line).
3. 1Password item for humans: `op://MFT/{p}-sftp/password`.
4. Restart the bridge: `kubectl -n b2b rollout restart deploy/edi-bridge`.
5. Confirm in the transfer log that session `{sid}` style ids appear with `status=OK`.

Never put the value in this repository. The pre-commit hook will block it.
""".format(pn=PARTNER_NAMES[p], p=p, sid=rhex(r, 24))
    return "docs/runbooks/rotate-%s-password.md" % p, txt


@ntpl("jenkins", "secret_ref")
def n_jenkinsfile(r):
    p = partner(r)
    txt = """pipeline {{
  agent {{ label 'mft' }}
  stages {{
    stage('Upload') {{
      steps {{
        withCredentials([usernamePassword(credentialsId: 'sftp-{p}', usernameVariable: 'SFTP_USER', passwordVariable: 'SFTP_PASS')]) {{
          sh '''
            lftp -u "$SFTP_USER,$SFTP_PASS" -e "put build/out/{p}.zip -o {d}/; bye" sftp://{h}
          '''
        }}
      }}
    }}
  }}
}}
""".format(p=p, d=rdir(r), h=host_for(r, p))
    return "Jenkinsfile", txt


@ntpl("github", "secret_ref")
def n_gha(r):
    p = partner(r)
    txt = """name: deliver-{p}
on:
  workflow_dispatch:
  schedule:
    - cron: "15 5 * * 1-5"
jobs:
  deliver:
    runs-on: [self-hosted, mft]
    steps:
      - uses: actions/checkout@v4
      - name: Upload via SFTP
        env:
          SFTP_PASSWORD: ${{{{ secrets.{P}_SFTP_PASSWORD }}}}
        run: |
          sshpass -e sftp -oBatchMode=no -oStrictHostKeyChecking=yes {u}@{h} <<< "put out/*.csv {d}/"
""".format(p=p, P=p.upper(), u=user(r, p), h=host_for(r, p), d=rdir(r))
    return ".github/workflows/deliver-%s.yml" % p, txt


@ntpl("as2", "mdn")
def n_mdn_xml(r):
    txt = """<mdn>
  <originalMessageId>{mid}</originalMessageId>
  <mdnMessageId>{mdn}</mdnMessageId>
  <disposition>automatic-action/MDN-sent-automatically; processed</disposition>
  <receivedContentMic algorithm="sha-256">{mic}</receivedContentMic>
  <signatureCertSerial>{ser}</signatureCertSerial>
</mdn>
""".format(mid=as2_msgid(r), mdn=as2_msgid(r), mic=b64(rb(r, 32)), ser=rhex(r, 32, True))
    return "tests/fixtures/mdn_%d.xml" % r.randint(1, 999), txt


@ntpl("keytool", "fingerprint")
def n_keytool_list(r):
    out = ["Keystore type: PKCS12", "Keystore provider: SUN", "", "Your keystore contains %d entries" % 2, ""]
    for _ in range(2):
        p = partner(r)
        out += ["Alias name: %s-as2" % p, "Creation date: %s" % date(r), "Entry type: trustedCertEntry", "",
                "Owner: CN=as2.%s.com, O=%s, C=US" % (p, PARTNER_NAMES[p]), "Serial number: %s" % rhex(r, 32),
                "Certificate fingerprints:",
                "\t SHA1: %s" % ":".join(rhex(r, 2, True) for _ in range(20)),
                "\t SHA256: %s" % ":".join(rhex(r, 2, True) for _ in range(32)), ""]
    return "docs/truststore-contents.txt", "\n".join(out)


@ntpl("ansible", "encrypted_password")
def n_ansible_vault(r):
    lines = [rhex(r, 80) for _ in range(r.randint(4, 7))]
    txt = "---\nmft_service_user: mftsvc\nmft_service_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + \
          "\n".join("  " + l for l in lines) + "\nmft_java_heap: 4g\n"
    return "ansible/group_vars/mft_gateways/vault.yml", txt


@ntpl("spring", "encrypted_password")
def n_jasypt(r):
    txt = """# values encrypted with jasypt; key comes from JASYPT_ENCRYPTOR_PASSWORD at runtime
edi.sftp.host={h}
edi.sftp.user={u}
edi.sftp.password=ENC({enc})
as2.keystore.password=${{AS2_KEYSTORE_PASSWORD}}
""".format(h=host_for(r), u=user(r), enc=b64(rb(r, r.choice([32, 48]))))
    return "src/main/resources/application-prod.properties", txt


@ntpl("goanywhere", "variable_ref")
def n_ga_vars(r):
    p = partner(r)
    txt = """<project name="{P}_Pull" mainModule="Main" version="2.0">
  <variable name="sftpUser" value="{u}" />
  <variable name="sftpPassword" value="" description="supplied at run time by the Secure Form" />
  <module name="Main">
    <sftp label="Pull" resourceId="{P}_SFTP" user="${{sftpUser}}" password="${{sftpPassword}}">
      <get sourceFile="{d}/*" destinationDir="${{system.job.workspace}}" />
    </sftp>
  </module>
</project>
""".format(P=p.capitalize(), u=user(r, p), d=rdir(r))
    return "goanywhere/projects/%s_Pull.xml" % p.capitalize(), txt


@ntpl("globalscape", "ids")
def n_eft_rules(r):
    rules = [{"Name": "%s inbound" % PARTNER_NAMES[partner(r)], "ID": "{%s}" % ruuid(r).upper(), "Type": "Folder Monitor",
              "Enabled": True, "Folder": "E:\\EFT\\Sites\\Main\\Usr\\%s\\in" % partner(r), "WorkflowID": "{%s}" % ruuid(r).upper()}
             for _ in range(r.randint(2, 4))]
    return "eft/export/event_rules.json", json.dumps({"Site": "Main", "Rules": rules}, indent=2) + "\n"


@ntpl("sql", "password_hash")
def n_sql_hash(r):
    rows = []
    for _ in range(r.randint(2, 4)):
        u = user(r)
        rows.append("    ('%s', '$2b$12$%s', '%s')" % (u, rstr(r, ALNUM + "./", 53), date(r)))
    txt = "-- portal users for the MFT web client (bcrypt hashes only)\nINSERT INTO portal_user (login, pw_hash, created) VALUES\n" + \
          ",\n".join(rows) + ";\n"
    return "db/seed/portal_users.sql", txt


@ntpl("mft", "uuid")
def n_partner_registry_yaml(r):
    out = ["partners:"]
    for p in r.sample(PARTNERS, r.randint(3, 5)):
        out += ["  - code: %s" % p.upper(), "    id: %s" % ruuid(r), "    duns: \"%s\"" % duns(r),
                "    as2_id: %s_AS2" % p.upper(), "    sftp_host_key: \"SHA256:%s\"" % sha256_fp(r),
                "    pgp_key_id: \"%s\"" % rhex(r, 16, True)]
    return "config/partner-registry.yaml", "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
ENV_OK_SUFFIXES = ("example", "sample", "template", "dist", "defaults")


def is_blocked_env(name):
    if name == ".env":
        return True
    if name.startswith(".env."):
        return name[5:] not in ENV_OK_SUFFIXES
    return False


def filetype(relpath):
    name = relpath.rsplit("/", 1)[-1]
    if name.startswith(".") and name.count(".") == 1:
        return name[1:].lower()
    if name.startswith(".env."):
        return "env"
    if name.endswith(".fragment"):
        name = name[:-len(".fragment")]
    if "." in name:
        return name.rsplit(".", 1)[1].lower()
    if name.startswith("id_") or name.endswith("_ed25519"):
        return "key"
    if name.endswith("_remote"):
        return "xml"
    if name.startswith("authorized_keys"):
        return "authorized_keys"
    return name.lower()


def cycle(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return path


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kl.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    env_pos = 0

    for i, (name, provider, fn) in enumerate(cycle(r, POS_T, N_POS)):
        s = Sec(r, True)
        rel, text = fn(r, s)
        assert s.needle, name
        base = rel.rsplit("/", 1)[-1]
        if is_blocked_env(base):
            env_pos += 1
        fid = "pos/p%04d/%s" % (i, rel)
        path = write(outdir, fid, text)
        with open(path, encoding="utf-8") as fh:
            written = fh.read()
        idx = written.find(s.needle)
        assert idx >= 0, (name, s.needle)
        line = written.count("\n", 0, idx) + 1
        assert s.needle in written.split("\n")[line - 1], (name, line)
        manifest.append({"file": fid, "label": "pos", "provider": provider, "kind": s.kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": s.needle, "line": line})
    assert env_pos * 20 <= N_POS, "too many .env positives: %d" % env_pos

    n_reuse = N_NEG // 2
    jobs = [("reuse", t) for t in cycle(r, POS_T, n_reuse)] + \
           [("alike", t) for t in cycle(r, NEG_T, N_NEG - n_reuse)]
    r.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        if mode == "reuse":
            name, provider, fn = t
            s = Sec(r, False)
            rel, text = fn(r, s)
            kind = s.style
        else:
            name, provider, kind, fn = t
            rel, text = fn(r)
        parts = rel.split("/")
        if is_blocked_env(parts[-1]):
            parts[-1] = ".env.example"
            rel = "/".join(parts)
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in secrets:
            fh.write(json.dumps(m) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
