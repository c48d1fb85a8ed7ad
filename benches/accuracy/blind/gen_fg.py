#!/usr/bin/env python3
"""gen_fg.py - blind evaluation-set generator for secret scanners (NetOps edition).

EMPHASIS
    Network controllers, NetOps automation and source-of-truth APIs.
    Providers: NetBox (v1 40-hex tokens, v2 ``nbt_<key>.<token>`` tokens, API
    token peppers), Nautobot (tokens, Django SECRET_KEY), Cisco Meraki dashboard
    API keys, Cisco DNA Center / Catalyst Center logins, Juniper Mist API
    tokens, Aruba Central client secrets and access tokens, Ubiquiti UniFi
    controller logins and API keys, Fortinet FortiManager / FortiGate API keys,
    Palo Alto PAN-OS / Panorama API keys, Infoblox WAPI logins, SolarWinds Orion
    (SWIS) logins, LibreNMS tokens, Zabbix API tokens and logins, PRTG passhash /
    API keys, Ansible AWX / Tower OAuth2 tokens, SNMP v2c communities and SNMPv3
    auth/priv passphrases, TACACS+ / RADIUS shared secrets, device login
    passwords in Netmiko / NAPALM / Nornir / pyATS / Ansible / Oxidized, plus Git
    and CI credentials (GitHub PATs with CRC32 checksum, GitLab PATs, Slack and
    Webex chat-ops webhooks/tokens) and SSH/EC private keys in NetDevOps repos.
    File types: Python (Nornir, Netmiko, NAPALM, pyATS, pynetbox, meraki SDK),
    Ansible inventories (INI and YAML) and group_vars/host_vars, Jinja device
    templates, YAML/JSON/TOML/INI/XML/properties, Terraform, shell, PowerShell,
    Dockerfiles, docker-compose, Jenkinsfile (Groovy), Go, JavaScript, PHP, SQL,
    Markdown runbooks, CSV inventories, device configs and logs.

USAGE
    python3 gen_fg.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive: file, needle, 1-based line of the needle's first occurrence).
    All randomness comes from one random.Random(SEED); the output is
    byte-identical for one SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes.
    * HTTP headers: only the credential, without the scheme word
      (``Authorization: Token X`` / ``Bearer X`` / ``X-Cisco-Meraki-API-Key: X``
      -> needle ``X``).  NetBox v2 tokens: the whole ``nbt_<key>.<token>``.
    * URLs with user:password@host or a key/passhash/apitoken query parameter:
      only the password / parameter value.  Chat webhooks (Slack incoming
      webhooks) are secret as a whole: the needle is the full webhook URL.
    * Key pairs (client_id + client_secret, username + password, id + key):
      only the secret half; ids and usernames are public.
    * SNMPv3 lines carry one literal passphrase (auth or priv); the other comes
      from a variable.  Communities: the community string.
    * Multi-line private keys (PEM RSA / EC): the needle is the first base64
      line of the body (the line after ``-----BEGIN ...-----``), which is random.
    * Files that repeat the same credential (CSV rows) count as one credential;
      the line is that of the first occurrence.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot
    holding a non-secret: placeholders (``<your-netbox-token>``,
    ``YOUR_MERAKI_API_KEY_HERE``, ``changeme``, ``xxxx...``), empty values,
    masked values (``********``, ``[REDACTED]``), environment references
    (``os.environ[...]``, ``process.env.X``, ``${X}``, ``$env:X``, ``var.x``),
    secret-manager references (``op://``, Vault paths, AWS Secrets Manager
    ARNs, Ansible ``lookup(...)``), template expressions (``{{ vault_x }}``,
    ``${{ secrets.X }}``) and providers' published documentation / sandbox
    example values (NetBox v2 docs token and pepper, Meraki DevNet read-only
    sandbox key, Catalyst Center DevNet sandbox login, AWX docs token, PAN-OS
    docs keys, Zabbix default login, IOS XE DevNet sandbox login, default SNMP
    communities).  No negative is written to a ``.env*`` file.
    The other half are domain look-alikes: Meraki serials / network ids / org
    ids, MAC addresses, NetBox / Nautobot / Mist / Catalyst Center UUIDs, UniFi
    ObjectIds, Aruba Central customer ids, Infoblox WAPI ``_ref`` strings
    (base64), Zabbix template UUIDs, interface names, ASNs, prefixes, route
    distinguishers / targets, config-backup SHA-256 digests, git commit SHAs
    and action pins, container digests, pip hashes, Cisco type 5/7/8/9 and
    Junos $9$/$6$ hashed secrets, FortiOS SH2 hashes, Ansible-Vault / SOPS /
    SealedSecret encrypted blobs, pyATS %ENC{} values, SNMP engine ids,
    RADIUS Message-Authenticator / session ids, public SSH host keys,
    WireGuard public keys, X.509 certificates, NetBox v2 token *key* ids.

FORMATS CHECKED (search tool, providers' docs and pages)
    * NetBox: v1 token = 160-bit key as 40 hex chars, header ``Token <t>``
      (netbox docs); v4.5 v2 token sent as ``Authorization: Bearer
      nbt_<key>.<token>``, docs example nbt_ + 12-char key + '.' + 40-char
      token (netbox commit "Add a token prefix"); API_TOKEN_PEPPERS >= 50 chars
      (docs/configuration/required-parameters.md) with a published example.
    * Nautobot: 40 hex chars, ``Token`` header (docs.nautobot.com).
    * Meraki: hex-string key (Tenable / PSMeraki: 40 chars 0-9a-f), header
      ``X-Cisco-Meraki-API-Key`` or Bearer (developer.cisco.com).
    * Catalyst Center: Basic-auth user/password to /dna/system/api/v1/auth/token,
      then X-Auth-Token; DevNet sandbox devnetuser / Cisco123! is published.
    * Mist: ``Authorization: Token <t>``, org and user tokens (juniper.net);
      token length/alphabet NOT published (see DOUBTS).
    * Aruba Central: client_id / client_secret / access_token / refresh_token
      fields (pycentral, aruba-central-ansible-role docs).
    * UniFi: ``X-API-KEY`` header (developer.ui.com); legacy cookie login with
      user/password.
    * FortiManager 7.2.2+: REST API admin key used as ``Authorization: Bearer``
      (docs.fortinet.com, community.fortinet.com); FortiNDR says 31 chars.
    * PAN-OS: keygen returns base64 key; docs example decodes to
      ``-AQ==`` + base64(20 bytes) + base64(16 bytes); header ``X-PAN-KEY``.
    * Zabbix: API token = 32 random bytes as 64 hex (ZBXNEXT-6207), sent as
      ``Authorization: Bearer``; user.login session id is 32 hex.
    * LibreNMS: ``X-Auth-Token`` header (docs.librenms.org).
    * PRTG: ``username=..&passhash=..`` or ``apitoken=..`` URL parameters
      (paessler.com manual).
    * AWX / Tower: OAuth2 personal token, docs example is 30 alphanumerics
      (6E5SXhld7AMOhpRveZsLJQsfs9VS8U), env CONTROLLER_OAUTH_TOKEN.
    * GitHub: prefix ghp_ + 30 base62 + 6-char base62 CRC32 checksum
      (GitHub blog as quoted by pages / InfoQ).
    * Cisco type 8 ($8$ + 14-char salt + $ + 43) / type 9 ($9$ ...) / type 5
      ($1$...) / type 7 (2 digits + hex) formats (Cisco community pages).

DOUBTS
    * Mist API token length/alphabet not documented: generated as 96 base62.
    * Aruba Central client_secret / access_token length assumed 32 base62.
    * UniFi API key format unknown: generated as 32 base62 chars.
    * FortiGate/FortiManager key length assumed 30 base62 (FortiNDR docs say 31
      for its own keys).
    * PRTG API key format unknown: generated as 58 base32 chars + '======'.
      PRTG passhash assumed to be a 10-digit decimal.
    * Newer PAN-OS keys can be longer than the documented 2-part example; only
      the documented structure is generated.
    * GitHub's CRC32/base62 checksum layout is taken from secondary pages.
    * Webex bot token layout (64 base62 + '_' + 4 + '_' + org UUID) is from
      memory, not from a page found here.
    * GitLab PATs generated in the classic glpat- + 20 chars form.
    * Cisco type 7 and Junos $9$ strings are reversible obfuscation; the brief
      asks for them among negatives, so they are labelled negative here.
    * A code-search result was a YARA secret rule (postman token); it was not
      used.
"""

import base64
import json
import os
import string
import sys
import zlib

import random

# --------------------------------------------------------------------------
# basic random helpers
# --------------------------------------------------------------------------
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = DIG + UP + LOW
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B32 = UP + "234567"
CRYPT = "./" + DIG + UP + LOW
SAFE_SYM = "!%^*-_=+.~@"


def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64b(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def mac(r, sep=":", upper=False):
    b = [r.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    parts = ["%02x" % x for x in b]
    if sep == ".":
        s = "%s%s.%s%s.%s%s" % tuple(parts)
    else:
        s = sep.join(parts)
    return s.upper() if upper else s


def ip10(r):
    return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))


def ipmgmt(r):
    return pick(r, ["10.%d.%d.%d" % (r.randrange(1, 250), r.randrange(256), r.randrange(2, 250)),
                    "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(2, 250)),
                    "192.168.%d.%d" % (r.randrange(256), r.randrange(2, 250))])


SITES = ["ams1", "fra2", "nyc3", "sjc1", "lon4", "sin2", "syd1", "chi5", "dal2", "tok1",
         "par3", "mad1", "zrh2", "yyz1", "gru1", "bom2", "hkg1", "atl4", "sea2", "den1"]
ROLES = ["core", "dist", "acc", "edge", "fw", "wlc", "spine", "leaf", "border", "oob", "pe", "rr"]
DOMAINS = ["corp.example.net", "netops.example.com", "lab.example.org", "example.internal",
           "dc.example.net", "noc.example.com"]
USERS = ["netops", "svc-netauto", "automation", "nornir", "ansible", "svc_orion", "api-ro",
         "netbot", "oxidized", "noc-admin", "svc-nb-sync", "provisioner", "rancid", "netdevops"]
WORDS = ["granite", "harbor", "falcon", "copper", "meadow", "signal", "quartz", "ember", "glacier",
         "orbit", "cobalt", "willow", "summit", "atlas", "raven", "lumen", "delta", "pylon",
         "tundra", "vertex", "nimbus", "saffron", "canyon", "basalt", "zephyr", "marlin"]
PLATFORMS = [("cisco_ios", "ios"), ("cisco_xe", "iosxe"), ("cisco_nxos", "nxos"),
             ("arista_eos", "eos"), ("juniper_junos", "junos"), ("cisco_xr", "iosxr")]
IFACES = ["GigabitEthernet1/0/%d", "TenGigabitEthernet1/1/%d", "Ethernet%d", "xe-0/0/%d",
          "ge-0/0/%d", "HundredGigE0/0/0/%d", "Port-channel%d", "et-0/0/%d"]


def site(r):
    return pick(r, SITES)


def host(r, s=None):
    return "%s-%s%02d" % (s or site(r), pick(r, ROLES), r.randrange(1, 40))


def fqdn(r, name=None):
    return "%s.%s" % (name or host(r), pick(r, DOMAINS))


def ctl(r, kind):
    return "%s.%s" % (kind, pick(r, DOMAINS))


def user(r):
    return pick(r, USERS)


def iface(r):
    return pick(r, IFACES) % r.randrange(0, 48)


def prefix(r):
    return "10.%d.%d.0/%d" % (r.randrange(256), r.randrange(0, 256, 4), pick(r, [22, 23, 24, 26, 28]))


def asn(r):
    return pick(r, [r.randrange(64512, 65535), r.randrange(4200000000, 4294967294)])


def date(r):
    return "20%02d-%02d-%02d" % (r.randrange(21, 26), r.randrange(1, 13), r.randrange(1, 29))


def ts(r):
    return "%sT%02d:%02d:%02dZ" % (date(r), r.randrange(24), r.randrange(60), r.randrange(60))


def meraki_serial(r):
    a = UP + DIG
    return "Q%s-%s-%s" % (pick(r, ["2XX", "2QN", "2HP", "3CA", "2BX", "2MN"]) + "", rs(r, 4, a), rs(r, 4, a))


def meraki_net(r):
    return pick(r, ["L_%d" % r.randrange(10 ** 17, 10 ** 18), "N_%d" % r.randrange(10 ** 17, 10 ** 18)])


def fill(text, **kw):
    s = kw.pop("S", None)
    for k, v in kw.items():
        text = text.replace("@" + k + "@", str(v))
    if s is not None:
        text = text.replace("@S@", s)
    return text


# --------------------------------------------------------------------------
# secret generators: each returns (text_to_insert, needle)
# --------------------------------------------------------------------------
def _one(s):
    return (s, s)


def g_hex40(r):
    return _one(hexs(r, 40))


def g_hex32(r):
    return _one(hexs(r, 32))


def g_hex64(r):
    return _one(hexs(r, 64))


def g_nbt(r):
    return _one("nbt_" + rs(r, 12, B62) + "." + rs(r, 40, B62))


def g_mist(r):
    return _one(rs(r, 96, B62))


def g_b62_32(r):
    return _one(rs(r, 32, B62))


def g_b62_30(r):
    return _one(rs(r, 30, B62))


def g_pan(r):
    inner = "-AQ==" + b64b(r, 20) + b64b(r, 16)
    return _one(base64.b64encode(inner.encode()).decode())


def g_passhash(r):
    return _one(str(r.randrange(1000000000, 4294967295)))


def g_prtg_key(r):
    return _one(rs(r, 58, B32) + "======")


def g_password(r):
    st = r.randrange(5)
    if st == 0:
        s = rs(r, r.randrange(14, 25), ALNUM + "!%^*-_=+.~")
        s = r.choice(ALNUM) + s
    elif st == 1:
        s = "%s%s%s%d%s" % (pick(r, WORDS).capitalize(), r.choice("!%*-_.+"), pick(r, WORDS).capitalize(),
                            r.randrange(10, 9999), r.choice("!%*.~"))
    elif st == 2:
        s = "-".join(pick(r, WORDS) for _ in range(3)) + "-" + str(r.randrange(10, 99))
    elif st == 3:
        w = pick(r, WORDS)
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        s = leet.capitalize() + r.choice("!%*^") + rs(r, 5, ALNUM) + str(r.randrange(10, 99))
    else:
        s = rs(r, 20, B62)
    return _one(s)


def g_urlpass(r):
    s = r.choice(ALNUM) + rs(r, r.randrange(13, 22), ALNUM + "-_.~")
    return _one(s)


def g_community(r):
    st = r.randrange(3)
    if st == 0:
        s = "%s%s%s%d" % (pick(r, WORDS), r.choice("-_"), rs(r, 5, ALNUM), r.randrange(10, 99))
    elif st == 1:
        s = rs(r, r.randrange(12, 21), ALNUM)
    else:
        s = pick(r, ["N3tM0n", "R0uT3r", "Sw1tch", "M0n1t0r", "Obs3rv"]) + r.choice("-_!") + rs(r, 8, ALNUM)
    return _one(s)


def g_snmpv3(r):
    st = r.randrange(3)
    if st == 0:
        s = rs(r, r.randrange(16, 28), ALNUM + "!%*-_.+")
        s = r.choice(ALNUM) + s
    elif st == 1:
        s = "%s%s%s%s%d" % (pick(r, WORDS).capitalize(), r.choice("-_."), pick(r, WORDS), r.choice("!%*"), r.randrange(100, 9999))
    else:
        s = rs(r, 24, B62)
    return _one(s)


def g_shared(r):
    st = r.randrange(3)
    if st == 0:
        s = r.choice(ALNUM) + rs(r, r.randrange(15, 31), ALNUM + "!%^*-_=+.")
    elif st == 1:
        s = rs(r, 32, B62)
    else:
        s = "%s%s%s%s" % (pick(r, WORDS).capitalize(), rs(r, 6, ALNUM), r.choice("!%*-"), rs(r, 8, ALNUM))
    return _one(s)


def _b62enc(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def g_ghp(r):
    ent = rs(r, 30, B62)
    return _one("ghp_" + ent + _b62enc(zlib.crc32(ent.encode()) & 0xFFFFFFFF, 6))


def g_glpat(r):
    return _one("glpat-" + rs(r, 20, B62 + "-_"))


def g_slack(r):
    return _one("https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, UP + DIG), rs(r, 10, UP + DIG), rs(r, 24, B62)))


def g_webex(r):
    return _one(rs(r, 64, B62) + "_" + rs(r, 4, UP + DIG) + "_" + uuid4(r))


def g_django(r):
    return _one(rs(r, 50, LOW + DIG + "!@#%^&*(-_=+)"))


def g_pepper(r):
    return _one(rs(r, r.randrange(50, 64), ALNUM + "!@#%^&*(-_=+)"))


def _der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def _der_int(b):
    return b"\x02" + _der_len(len(b)) + b


def g_rsa_pem(r):
    def big(n):
        x = bytearray(rbytes(r, n))
        x[0] |= 0x80
        return b"\x00" + bytes(x)
    body = _der_int(b"\x00") + _der_int(big(256)) + _der_int(b"\x01\x00\x01") + _der_int(big(256))
    for _ in range(5):
        body += _der_int(big(128))
    der = b"\x30" + _der_len(len(body)) + body
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    block = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    return (block, lines[0])


def g_ec_pem(r):
    der = (b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(r, 32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07"
           + b"\xa1\x44\x03\x42\x00\x04" + rbytes(r, 64))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    block = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
    return (block, lines[0])


# --------------------------------------------------------------------------
# hashed / look-alike value helpers (never secrets)
# --------------------------------------------------------------------------
def cisco5(r):
    return "$1$%s$%s" % (rs(r, 4, CRYPT), rs(r, 22, CRYPT))


def cisco8(r):
    return "$8$%s$%s" % (rs(r, 14, CRYPT), rs(r, 43, CRYPT))


def cisco9(r):
    return "$9$%s$%s" % (rs(r, 14, CRYPT), rs(r, 43, CRYPT))


def cisco7(r):
    return "%02d%s" % (r.randrange(0, 16), rs(r, 2 * r.randrange(6, 14), UHEX))


def sha512crypt(r):
    return "$6$%s$%s" % (rs(r, 16, CRYPT), rs(r, 86, CRYPT))


def junos9(r):
    return "$9$" + rs(r, r.randrange(14, 40), ALNUM + "./-")


def sha256hex(r):
    return hexs(r, 64)


# --------------------------------------------------------------------------
# slot rendering: positives quote the secret, negatives put a non-secret there
# --------------------------------------------------------------------------
CODE_DQ = ("py", "go", "json", "hcl", "toml", "dq", "groovy", "php", "ps1dq", "cs")
CODE_SQ = ("pys", "js", "sq", "ps1", "phps")
RAWS = ("raw", "ini", "csv", "md", "xml", "j2", "env", "props", "cfg", "url")


def quote(r, style, s):
    if style in CODE_DQ:
        return '"%s"' % s
    if style in CODE_SQ:
        return "'%s'" % s
    if style == "sh":
        return '"%s"' % s if r.random() < 0.6 else ("'%s'" % s if r.random() < 0.5 else s)
    if style in ("yaml", "gha"):
        plain_ok = s and (s[0] in ALNUM) and ": " not in s and " #" not in s and "\n" not in s
        if plain_ok and r.random() < 0.6:
            return s
        return '"%s"' % s if r.random() < 0.7 else "'%s'" % s
    return s


DOCS = {
    "netbox": ["0123456789012345678901234567890123456789"],
    "netbox_v2": ["nbt_4F9DAouzURLb.zjebxBPzICiPbWz0Wtx0fTL7bCKXKGTYhNzkgC2S"],
    "netbox_pepper": ["kp7ht*76fiQAhUi5dHfASLlYUE_S^gI^(7J^K5M!LfoH@vl&b_"],
    "meraki": ["6bec40cf957de430a6f1f2baa056b99a4fac9ea0"],
    "dnac": ["Cisco123!"],
    "awx": ["6E5SXhld7AMOhpRveZsLJQsfs9VS8U"],
    "panos": ["LUFRPT14MW5xOEo1R09KVlBZNnpnemh0VHRBOWl6TGM9bXcwM3JHUGVhRlNiY0dCR0srNERUQT09",
              "gJlQWE56987nBxIqyfa62sZeRtYuIo2BgzEA9UOnlZBhU=="],
    "zabbix": ["zabbix"],
    "zabbix_token": ["0424bd59b807674191e7d77572075f33"],
    "device": ["C1sco12345", "admin", "cisco"],
    "snmp": ["public", "private"],
    "librenms": ["YOURAPITOKENHERE"],
    "unifi": ["YOUR_API_KEY"],
    "fortinet": ["138f1bc8865ba7659b86eff57533e90815406fdd1dd0d38f838100f469f2788d"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
}

MASKS = ["********", "****", "[REDACTED]", "<redacted>", "***REMOVED***", "REDACTED", "xxxxxxxx"]


def env_expr(r, style, env):
    low = env.lower()
    if style in ("py", "pys"):
        return pick(r, ['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env]), True
    if style == "js":
        return "process.env.%s" % env, True
    if style == "go":
        return 'os.Getenv("%s")' % env, True
    if style == "groovy":
        return pick(r, ["env.%s" % env, "credentials('%s')" % low.replace("_", "-")]), True
    if style in ("php", "phps"):
        return "getenv('%s')" % env, True
    if style in ("ps1", "ps1dq"):
        return "$env:%s" % env, True
    if style == "cs":
        return 'Environment.GetEnvironmentVariable("%s")' % env, True
    if style == "hcl":
        return "var.%s" % low, True
    if style == "sh":
        return pick(r, ['"${%s}"' % env, '"$%s"' % env, "${%s:?missing}" % env]), True
    if style == "yaml":
        return pick(r, ["\"{{ lookup('env', '%s') }}\"" % env, '"${%s}"' % env, "${%s}" % env]), True
    if style == "gha":
        return "${{ secrets.%s }}" % env, True
    if style == "j2":
        return "{{ %s }}" % low, True
    if style in ("json", "toml", "dq"):
        return '"${%s}"' % env, True
    return "${%s}" % env, True


def tmpl_expr(r, style, env):
    low = env.lower()
    if style in ("yaml", "j2"):
        e = pick(r, ["{{ vault_%s }}" % low, "{{ %s }}" % low, "{{ hostvars[inventory_hostname].%s }}" % low])
        return ('"%s"' % e if style == "yaml" else e), True
    if style == "gha":
        return "${{ secrets.%s }}" % env, True
    if style == "hcl":
        return pick(r, ["var.%s" % low, "data.vault_generic_secret.netops.data[\"%s\"]" % low]), True
    if style in ("raw", "ini", "cfg", "props", "env", "md", "csv", "url", "xml"):
        return pick(r, ["{{ %s }}" % low, "${%s}" % env, "%%(%s)s" % low]), True
    return env_expr(r, style, env)


def secret_ref(r, provider, env):
    slug = provider.lower().replace(" ", "-").replace("/", "-")
    return pick(r, ["op://NetOps/%s/credential" % slug,
                    "vault:secret/data/netops/%s#%s" % (slug, env.lower()),
                    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:netops/%s-%s" % (slug, rs(r, 6, ALNUM)),
                    "secretref://netops-kv/%s" % env.lower().replace("_", "-"),
                    "gcp-sm://projects/netops-prod/secrets/%s/versions/latest" % env.lower().replace("_", "-")])


def placeholder(r, provider, env, slen):
    slug = provider.lower().split()[0].split("/")[0]
    c = [
        "<your-%s-%s>" % (slug, pick(r, ["token", "api-key", "password", "secret"])),
        "YOUR_%s_HERE" % env,
        "changeme", "CHANGEME", "REPLACE_ME", "TODO", "<%s>" % env.lower(),
        "x" * max(8, min(slen, 64)), "0" * max(8, min(slen, 64)),
        "dummy-value", "example", "<insert %s here>" % env.lower().replace("_", " "),
        "your-%s-key" % slug, "PLACEHOLDER", "xxxx-xxxx-xxxx-xxxx", "<secret>", "__%s__" % env,
    ]
    return pick(r, c)


NEG_KINDS = [("placeholder", 24), ("envref", 20), ("template", 12), ("secretref", 10), ("masked", 10),
             ("empty", 8), ("doc_example", 16)]


def wpick(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def neg_value(r, style, env, provider, dockey, slen):
    nk = wpick(r, NEG_KINDS)
    if nk == "doc_example" and dockey not in DOCS:
        nk = "placeholder"
    if nk == "envref":
        v, expr = env_expr(r, style, env)
    elif nk == "template" or (nk == "secretref" and style in ("j2", "raw")):
        v, expr = tmpl_expr(r, style, env)
    elif nk == "empty":
        if style in RAWS:
            return "", nk
        if style in ("yaml", "gha"):
            return pick(r, ['""', "''"]), nk
        return ("''" if style in CODE_SQ else '""'), nk
    else:
        if nk == "placeholder":
            v = placeholder(r, provider, env, slen)
        elif nk == "masked":
            v = pick(r, MASKS)
        elif nk == "secretref":
            v = secret_ref(r, provider, env)
        else:
            v = pick(r, DOCS[dockey])
        expr = False
    if expr:
        return v, nk
    if style in ("yaml", "gha"):
        if v[:1] in "<{[*&!%@$`|>'\"#" or ": " in v:
            return '"%s"' % v.replace('"', "'"), nk
        return quote(r, style, v), nk
    return quote(r, style, v), nk


class G(object):
    """Per-file generation context handed to template bodies."""

    def __init__(self, r, mode, tpl, allow_env):
        self.r = r
        self.mode = mode
        self.tpl = tpl
        self.allow_env = allow_env
        self.used_env = False
        self.nkind = None
        self.calls = 0
        nm = tpl.get("naming", "mix")
        self.c = True if nm == "conv" else (False if nm == "other" else r.random() < 0.5)
        if mode == "pos":
            self.text, self.needle = tpl["gen"](r)
        else:
            self.text, self.needle = None, None

    def S(self, style, env):
        self.calls += 1
        if self.mode == "pos":
            if "\n" in self.text:
                return self.text
            return quote(self.r, style, self.text)
        slen = 40
        v, nk = neg_value(self.r, style, env, self.tpl["provider"], self.tpl["dockey"], slen)
        self.nkind = nk
        return v

    def envpath(self, default):
        """Return a .env-style path when allowed (positives only, capped)."""
        if self.allow_env and self.mode == "pos" and self.r.random() < 0.35:
            self.used_env = True
            return pick(self.r, [".env", ".env.local", ".env.production", "deploy/.env"])
        return default


POS = []


def pos(provider, kind, gen, dockey=None, naming="mix"):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "dockey": dockey or provider.lower().split()[0], "naming": naming, "fn": fn})
        return fn
    return deco


def nm(g, conv, *others):
    """Conventional variable name or a neutral one."""
    return conv if g.c else pick(g.r, list(others))


# ==========================================================================
# POSITIVE TEMPLATES (each also re-used for half of the negatives)
# ==========================================================================
@pos("NetBox", "api_token", g_hex40, dockey="netbox")
def p_nornir_netbox_inv(g):
    r = g.r
    key = nm(g, "nb_token", "token", "auth")
    txt = """---
# Nornir config - inventory pulled from NetBox (source of truth)
inventory:
  plugin: NetBoxInventory2
  options:
    nb_url: "https://@NB@"
    @KEY@: @S@
    ssl_verify: @SSL@
    filter_parameters:
      site: "@SITE@"
      status: active
      role: [@ROLE@]
runner:
  plugin: threaded
  options:
    num_workers: @W@
logging:
  enabled: true
  level: INFO
  log_file: logs/nornir.log
"""
    return pick(r, ["nornir/config.yaml", "config.yaml", "automation/nornir_config.yml"]), fill(
        txt, NB=ctl(r, "netbox"), KEY=key, SSL=pick(r, ["true", "false"]), SITE=site(r),
        ROLE=pick(r, ["core, distribution", "access", "edge-router"]), W=r.randrange(5, 50),
        S=g.S("yaml", "NETBOX_TOKEN"))


@pos("NetBox", "api_token", g_hex40, dockey="netbox", naming="other")
def p_pynetbox_ctor(g):
    r = g.r
    txt = '''#!/usr/bin/env python3
"""Sync interface descriptions from LLDP neighbours into NetBox."""
import logging

import pynetbox
from nornir import InitNornir
from nornir_napalm.plugins.tasks import napalm_get

log = logging.getLogger(__name__)

nb = pynetbox.api(
    "https://@NB@",
    token=@S@,
)
nb.http_session.verify = @VER@


def sync(task):
    res = task.run(task=napalm_get, getters=["lldp_neighbors"])
    dev = nb.dcim.devices.get(name=task.host.name)
    for local_if, neigh in res.result["lldp_neighbors"].items():
        iface = nb.dcim.interfaces.get(device_id=dev.id, name=local_if)
        if iface and neigh:
            iface.description = "to %s %s" % (neigh[0]["hostname"], neigh[0]["port"])
            iface.save()


if __name__ == "__main__":
    nr = InitNornir(config_file="@CFG@")
    nr.filter(site="@SITE@").run(task=sync)
'''
    return pick(r, ["scripts/sync_lldp.py", "tools/nb_lldp_sync.py", "netbox/sync_descriptions.py"]), fill(
        txt, NB=ctl(r, "netbox"), VER=pick(r, ["False", "True", '"/etc/ssl/certs/corp-ca.pem"']),
        CFG=pick(r, ["config.yaml", "nornir.yml"]), SITE=site(r), S=g.S("py", "NETBOX_TOKEN"))


@pos("NetBox", "api_token", g_nbt, dockey="netbox_v2", naming="other")
def p_netbox_v2_curl(g):
    r = g.r
    txt = """#!/usr/bin/env bash
# Reserve the next free /31 for a new point-to-point link.
set -euo pipefail

NB_URL="https://@NB@"
PARENT_ID=@PID@

curl -s -X POST \\
  -H "Authorization: Bearer @S@" \\
  -H "Content-Type: application/json" \\
  -H "Accept: application/json; indent=4" \\
  "${NB_URL}/api/ipam/prefixes/${PARENT_ID}/available-prefixes/" \\
  --data '{"prefix_length": 31, "description": "p2p @A@ <-> @B@", "status": "active"}' | jq .
"""
    # header value: the slot holds the whole nbt_ token
    s = g.S("raw", "NETBOX_TOKEN")
    return pick(r, ["scripts/reserve_p2p.sh", "bin/nb-next-p2p.sh", "ops/reserve_linknet.sh"]), fill(
        txt, NB=ctl(r, "netbox"), PID=r.randrange(10, 4000), A=host(r), B=host(r), S=s)


@pos("NetBox", "api_token", g_hex40, dockey="netbox")
def p_ansible_nb_inventory(g):
    r = g.r
    txt = """---
# Dynamic inventory from NetBox
plugin: netbox.netbox.nb_inventory
api_endpoint: https://@NB@
@KEY@: @S@
validate_certs: @VC@
config_context: true
group_by:
  - device_roles
  - sites
  - platforms
query_filters:
  - status: active
  - site: @SITE@
compose:
  ansible_network_os: platform.slug
"""
    return pick(r, ["inventory/netbox.yml", "inventories/prod/nb_inventory.yml", "netbox_inventory.yml"]), fill(
        txt, NB=ctl(r, "netbox"), KEY="token", VC=pick(r, ["true", "false"]), SITE=site(r),
        S=g.S("yaml", "NETBOX_TOKEN"))


@pos("NetBox", "api_token", g_hex40, dockey="netbox")
def p_tf_netbox(g):
    r = g.r
    k = "api_token"
    txt = """terraform {
  required_providers {
    netbox = {
      source  = "e-breuninger/netbox"
      version = "~> @V@"
    }
  }
}

provider "netbox" {
  server_url = "https://@NB@"
  @K@  = @S@
  allow_insecure_https = @AI@
}

resource "netbox_site" "@SITE@" {
  name   = "@SITEU@"
  slug   = "@SITE@"
  status = "active"
  asn_ids = [netbox_asn.site.id]
}

resource "netbox_asn" "site" {
  asn    = @ASN@
  rir_id = 1
}
"""
    s = site(r)
    return pick(r, ["terraform/netbox/main.tf", "infra/netbox.tf", "tf/sot/providers.tf"]), fill(
        txt, V=pick(r, ["3.8", "3.9", "4.0"]), NB=ctl(r, "netbox"), K=k, AI=pick(r, ["false", "true"]),
        SITE=s, SITEU=s.upper(), ASN=asn(r), S=g.S("hcl", "NETBOX_API_TOKEN"))


@pos("Nautobot", "api_token", g_hex40, dockey="netbox", naming="other")
def p_pynautobot(g):
    r = g.r
    var = nm(g, "NAUTOBOT_TOKEN", "sot_key", "api_secret", "nb_auth")
    g.c = var == "NAUTOBOT_TOKEN"
    txt = '''"""Golden-config compliance export from Nautobot."""
import csv
import sys

import pynautobot

URL = "https://@NB@"
@VAR@ = @S@

nautobot = pynautobot.api(URL, token=@VAR@, api_version="@AV@")


def main(out):
    w = csv.writer(out)
    w.writerow(["device", "feature", "compliant"])
    for rule in nautobot.plugins.golden_config.config_compliance.all():
        w.writerow([rule.device.name, rule.rule.feature.name, rule.compliance])


if __name__ == "__main__":
    main(sys.stdout)
'''
    return pick(r, ["jobs/compliance_export.py", "scripts/gc_report.py", "nautobot/export_compliance.py"]), fill(
        txt, NB=ctl(r, "nautobot"), VAR=var, AV=pick(r, ["2.1", "2.2", "2.3"]), S=g.S("py", "NAUTOBOT_TOKEN"))


@pos("NetBox", "api_token", g_hex40, dockey="netbox", naming="conv")
def p_netbox_docker_env(g):
    r = g.r
    txt = """CORS_ORIGIN_ALLOW_ALL=True
DB_HOST=postgres
DB_NAME=netbox
DB_USER=netbox
EMAIL_FROM=netbox@@DOM@
EMAIL_PORT=25
EMAIL_SERVER=smtp.@DOM@
GRAPHQL_ENABLED=true
HOUSEKEEPING_INTERVAL=86400
MEDIA_ROOT=/opt/netbox/netbox/media
METRICS_ENABLED=@MET@
REDIS_HOST=redis
REDIS_DATABASE=0
SKIP_SUPERUSER=false
SUPERUSER_API_TOKEN=@S@
SUPERUSER_EMAIL=noc@@DOM@
SUPERUSER_NAME=admin
WEBHOOKS_ENABLED=true
"""
    path = g.envpath(pick(r, ["env/netbox.env", "netbox-docker/env/netbox.env", "deploy/netbox.env"]))
    return path, fill(txt, DOM=pick(r, DOMAINS), MET=pick(r, ["true", "false"]), S=g.S("env", "SUPERUSER_API_TOKEN"))


@pos("Nautobot", "signing_secret", g_django, dockey="none", naming="conv")
def p_nautobot_config(g):
    r = g.r
    txt = '''"""Nautobot configuration for the @SITE@ lab instance."""
import os
import sys

from nautobot.core.settings import *  # noqa: F403
from nautobot.core.settings_funcs import is_truthy

ALLOWED_HOSTS = ["@NB@", "localhost"]

DATABASES = {
    "default": {
        "NAME": os.getenv("NAUTOBOT_DB_NAME", "nautobot"),
        "USER": os.getenv("NAUTOBOT_DB_USER", "nautobot"),
        "PASSWORD": os.getenv("NAUTOBOT_DB_PASSWORD", ""),
        "HOST": os.getenv("NAUTOBOT_DB_HOST", "postgres"),
        "PORT": os.getenv("NAUTOBOT_DB_PORT", "5432"),
        "ENGINE": "django.db.backends.postgresql",
    }
}

DEBUG = is_truthy(os.getenv("NAUTOBOT_DEBUG", "False"))
SECRET_KEY = @S@

PLUGINS = ["nautobot_golden_config", "nautobot_plugin_nornir", "nautobot_device_lifecycle_mgmt"]
PLUGINS_CONFIG = {
    "nautobot_plugin_nornir": {
        "nornir_settings": {"runner": {"plugin": "threaded", "options": {"num_workers": @W@}}},
    },
}
'''
    return pick(r, ["nautobot_config.py", "config/nautobot_config.py", "development/nautobot_config.py"]), fill(
        txt, SITE=site(r), NB=ctl(r, "nautobot"), W=r.randrange(10, 40), S=g.S("py", "NAUTOBOT_SECRET_KEY"))


@pos("NetBox", "signing_secret", g_pepper, dockey="netbox_pepper", naming="conv")
def p_netbox_peppers(g):
    r = g.r
    txt = '''import os

#########################
#                       #
#   Required settings   #
#                       #
#########################

ALLOWED_HOSTS = ["@NB@", "@IP@"]

DATABASES = {
    "default": {
        "NAME": "netbox",
        "USER": "netbox",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "localhost",
        "PORT": "",
        "CONN_MAX_AGE": 300,
    }
}

REDIS = {
    "tasks": {"HOST": "localhost", "PORT": 6379, "DATABASE": 0, "SSL": False},
    "caching": {"HOST": "localhost", "PORT": 6379, "DATABASE": 1, "SSL": False},
}

# Used to hash v2 API tokens (NetBox >= 4.5)
API_TOKEN_PEPPERS = {
    1: @S@,
}

SECRET_KEY = os.environ["NETBOX_SECRET_KEY"]
TIME_ZONE = "@TZ@"
'''
    return pick(r, ["netbox/netbox/configuration.py", "configuration.py", "roles/netbox/files/configuration.py"]), fill(
        txt, NB=ctl(r, "netbox"), IP=ipmgmt(r), TZ=pick(r, ["UTC", "Europe/Amsterdam", "America/New_York"]),
        S=g.S("pys", "NETBOX_API_TOKEN_PEPPER"))


@pos("Cisco Meraki", "api_key", g_hex40, dockey="meraki", naming="other")
def p_meraki_sdk(g):
    r = g.r
    txt = '''import meraki

ORG_ID = "@ORG@"

dashboard = meraki.DashboardAPI(
    @ARG@@S@,
    base_url="https://api.meraki.com/api/v1",
    output_log=False,
    print_console=@PC@,
    suppress_logging=True,
    maximum_retries=@MR@,
)

for net in dashboard.organizations.getOrganizationNetworks(ORG_ID, total_pages="all"):
    if "switch" not in net["productTypes"]:
        continue
    for dev in dashboard.networks.getNetworkDevices(net["id"]):
        print(f"{net['name']:<30} {dev['serial']} {dev.get('model', '?')} {dev.get('firmware', '')}")
'''
    arg = pick(r, ["", "api_key="])
    return pick(r, ["meraki/inventory_report.py", "scripts/meraki_switch_fw.py", "tools/list_devices.py"]), fill(
        txt, ORG=r.randrange(100000, 999999999), ARG=arg, PC=pick(r, ["False", "True"]), MR=r.randrange(2, 9),
        S=g.S("py", "MERAKI_DASHBOARD_API_KEY"))


@pos("Cisco Meraki", "api_key", g_hex40, dockey="meraki", naming="other")
def p_meraki_md(g):
    r = g.r
    net = meraki_net(r)
    hdr = pick(r, ["X-Cisco-Meraki-API-Key: ", "Authorization: Bearer "])
    txt = """# Runbook: bulk-update SSID PSK rotation window

Owner: NetOps wireless team. Last reviewed @D@.

1. Confirm the change ticket is approved (CAB).
2. Pull the current SSID list for the store network:

```bash
curl -L --request GET \\
  --url https://api.meraki.com/api/v1/networks/@NET@/wireless/ssids \\
  --header 'Accept: application/json' \\
  --header '@HDR@@S@'
```

3. Check `authMode` is `psk` on SSID 2 before touching it.
4. Post the result in #netops-changes.

| Field        | Value              |
|--------------|--------------------|
| Network      | `@NET@`            |
| Serial (MR)  | `@SER@`            |
| Maintenance  | Sun 02:00-04:00    |
"""
    return pick(r, ["docs/runbooks/meraki-ssid.md", "runbooks/wireless/ssid_rotation.md", "docs/meraki.md"]), fill(
        txt, D=date(r), NET=net, HDR=hdr, SER=meraki_serial(r), S=g.S("raw", "MERAKI_API_KEY"))


@pos("Cisco Meraki", "api_key", g_hex40, dockey="meraki")
def p_meraki_tf(g):
    r = g.r
    k = nm(g, "meraki_dashboard_api_key", "meraki_dashboard_api_key")
    txt = """terraform {
  required_providers {
    meraki = {
      source  = "cisco-open/meraki"
      version = "@V@"
    }
  }
}

provider "meraki" {
  @K@ = @S@
  meraki_base_url          = "https://api.meraki.com"
  meraki_debug             = "false"
}

resource "meraki_networks" "branch" {
  organization_id = "@ORG@"
  name            = "@NAME@"
  product_types   = ["appliance", "switch", "wireless"]
  time_zone       = "@TZ@"
  tags            = ["branch", "tf-managed"]
}
"""
    return pick(r, ["terraform/meraki/main.tf", "meraki.tf", "envs/prod/meraki/provider.tf"]), fill(
        txt, V=pick(r, ["1.1.0", "1.0.5", "0.2.11-alpha"]), K=k, ORG=r.randrange(100000, 99999999),
        NAME="Branch %s" % site(r).upper(), TZ=pick(r, ["Europe/Berlin", "America/Chicago", "Asia/Singapore"]),
        S=g.S("hcl", "MERAKI_DASHBOARD_API_KEY"))


@pos("Cisco Meraki", "api_key", g_hex40, dockey="meraki")
def p_meraki_group_vars(g):
    r = g.r
    k = nm(g, "meraki_api_key", "auth_key", "dashboard_key", "meraki_auth")
    txt = """---
# group_vars for the Meraki branch estate (cisco.meraki collection)
meraki_org_name: "@ORGN@"
meraki_org_id: "@ORG@"
@K@: @S@
meraki_base_url: https://api.meraki.com/api/v1
meraki_suppress_logging: true

branch_vlans:
  - id: 10
    name: DATA
    subnet: 10.@A@.10.0/24
  - id: 20
    name: VOICE
    subnet: 10.@A@.20.0/24
  - id: 99
    name: MGMT
    subnet: 10.@A@.99.0/24
"""
    return pick(r, ["group_vars/meraki.yml", "inventory/group_vars/branches/meraki.yml", "ansible/group_vars/all/meraki.yml"]), fill(
        txt, ORGN="%s Retail" % pick(r, WORDS).capitalize(), ORG=r.randrange(100000, 99999999), K=k,
        A=r.randrange(1, 250), S=g.S("yaml", "MERAKI_API_KEY"))


@pos("Cisco Meraki", "api_key", g_hex40, dockey="meraki")
def p_meraki_js(g):
    r = g.r
    var = nm(g, "MERAKI_API_KEY", "dashKey", "apiSecret", "merakiAuth")
    txt = """// Poll uplink loss/latency for all MX appliances and push to the NOC dashboard.
const axios = require('axios');

const @VAR@ = @S@;
const ORG_ID = '@ORG@';

const client = axios.create({
  baseURL: 'https://api.meraki.com/api/v1',
  timeout: @TO@,
  headers: { Authorization: `Bearer ${@VAR@}`, 'Content-Type': 'application/json' },
});

async function main() {
  const { data } = await client.get(`/organizations/${ORG_ID}/devices/uplinksLossAndLatency`, {
    params: { timespan: 300 },
  });
  for (const u of data) {
    console.log(u.serial, u.uplink, u.ip, u.timeSeries.at(-1));
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
"""
    return pick(r, ["dashboards/meraki-uplinks/index.js", "src/meraki/poll.js", "noc/uplinks.js"]), fill(
        txt, VAR=var, ORG=r.randrange(100000, 99999999), TO=pick(r, ["10000", "15000", "30000"]),
        S=g.S("js", "MERAKI_API_KEY"))


@pos("Cisco Catalyst Center", "password", g_password, dockey="dnac", naming="other")
def p_dnac_sdk(g):
    r = g.r
    txt = '''from dnacentersdk import api

dnac = api.DNACenterAPI(
    username="@U@",
    password=@S@,
    base_url="https://@H@:443",
    version="@V@",
    verify=@VER@,
)

devices = dnac.devices.get_device_list(family="Switches and Hubs")
for d in devices.response:
    print(f"{d.hostname:25} {d.managementIpAddress:16} {d.softwareVersion:10} {d.serialNumber}")
'''
    return pick(r, ["dnac/list_switches.py", "catalyst_center/inventory.py", "scripts/dnac_inventory.py"]), fill(
        txt, U=user(r), H=ctl(r, pick(r, ["dnac", "catalyst-center", "cc01"])),
        V=pick(r, ["2.3.7.6", "2.3.5.3", "2.3.7.9"]), VER=pick(r, ["False", "True"]), S=g.S("py", "DNA_CENTER_PASSWORD"))


@pos("Cisco Catalyst Center", "password", g_password, dockey="dnac")
def p_dnac_ansible(g):
    r = g.r
    k = nm(g, "dnac_password", "cc_pass", "catalyst_secret")
    txt = """---
dnac_host: @H@
dnac_port: 443
dnac_username: @U@
@K@: @S@
dnac_version: "@V@"
dnac_verify: false
dnac_debug: false
dnac_log: true
dnac_log_level: INFO

site_hierarchy:
  - area: @AREA@
    building: @B@
    floors: [1, 2, 3]
"""
    return pick(r, ["group_vars/dnac.yml", "inventory/group_vars/catalyst_center.yml", "vars/dnac_credentials.yml"]), fill(
        txt, H=ctl(r, "dnac"), U=user(r), K=k, V=pick(r, ["2.3.7.6", "2.3.7.9"]),
        AREA=pick(r, ["EMEA", "AMER", "APAC"]), B="%s-B%d" % (site(r).upper(), r.randrange(1, 9)),
        S=g.S("yaml", "DNAC_PASSWORD"))


@pos("Cisco Catalyst Center", "password", g_password, dockey="dnac", naming="other")
def p_dnac_postman(g):
    r = g.r
    txt = """{
  "id": "@UUID@",
  "name": "Catalyst Center - @SITEU@",
  "values": [
    { "key": "dnac", "value": "@H@", "type": "default", "enabled": true },
    { "key": "username", "value": "@U@", "type": "default", "enabled": true },
    { "key": "password", "value": @S@, "type": "secret", "enabled": true },
    { "key": "port", "value": "443", "type": "default", "enabled": true },
    { "key": "token", "value": "", "type": "default", "enabled": true },
    { "key": "siteId", "value": "@SID@", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "@TS@",
  "_postman_exported_using": "Postman/10.@PV@"
}
"""
    return pick(r, ["postman/CatalystCenter.postman_environment.json", "tools/postman/dnac-lab.postman_environment.json"]), fill(
        txt, UUID=uuid4(r), SITEU=site(r).upper(), H=ctl(r, "dnac"), U=user(r), SID=uuid4(r), TS=ts(r),
        PV="%d.%d" % (r.randrange(10, 24), r.randrange(0, 9)), S=g.S("json", "DNAC_PASSWORD"))


@pos("Juniper Mist", "api_token", g_mist, dockey="mist")
def p_mist_py(g):
    r = g.r
    var = nm(g, "MIST_API_TOKEN", "APITOKEN", "mist_key", "cloud_auth")
    txt = '''"""Export Mist AP inventory for a site to CSV."""
import csv
import sys

import requests

MIST_HOST = "@MH@"
@VAR@ = @S@
ORG_ID = "@ORG@"
SITE_ID = "@SITE@"

session = requests.Session()
session.headers.update({"Authorization": f"Token {@VAR@}", "Content-Type": "application/json"})

resp = session.get(f"https://{MIST_HOST}/api/v1/sites/{SITE_ID}/stats/devices", params={"type": "ap"}, timeout=30)
resp.raise_for_status()
w = csv.writer(sys.stdout)
w.writerow(["name", "mac", "model", "serial", "version"])
for ap in resp.json():
    w.writerow([ap.get("name"), ap["mac"], ap.get("model"), ap.get("serial"), ap.get("version")])
'''
    return pick(r, ["mist/export_aps.py", "scripts/mist_ap_inventory.py", "wireless/mist_aps.py"]), fill(
        txt, MH=pick(r, ["api.mist.com", "api.eu.mist.com", "api.gc1.mist.com", "api.ac2.mist.com"]), VAR=var,
        ORG=uuid4(r), SITE=uuid4(r), S=g.S("py", "MIST_API_TOKEN"))


@pos("Juniper Mist", "api_token", g_mist, dockey="mist")
def p_mist_tf(g):
    r = g.r
    txt = """provider "mist" {
  host     = "@MH@"
  apitoken = @S@
}

resource "mist_site" "@S1@" {
  org_id       = "@ORG@"
  name         = "@S1U@"
  country_code = "@CC@"
  timezone     = "@TZ@"
  address      = "@ADDR@"
}

resource "mist_org_wlan" "corp" {
  org_id  = "@ORG@"
  ssid    = "CORP-@S1U@"
  template_id = "@TID@"
  auth = { type = "eap" }
}
"""
    s1 = site(r)
    return pick(r, ["terraform/mist/main.tf", "mist.tf", "infra/wireless/mist/providers.tf"]), fill(
        txt, MH=pick(r, ["api.mist.com", "api.eu.mist.com"]), S1=s1, S1U=s1.upper(), ORG=uuid4(r),
        CC=pick(r, ["NL", "DE", "US", "SG"]), TZ=pick(r, ["Europe/Amsterdam", "America/Denver"]),
        ADDR="%d %s Street" % (r.randrange(1, 400), pick(r, WORDS).capitalize()), TID=uuid4(r),
        S=g.S("hcl", "MIST_API_TOKEN"))


@pos("Juniper Mist", "api_token", g_mist, dockey="mist", naming="conv")
def p_mist_env_sh(g):
    r = g.r
    txt = """# shellcheck shell=bash
# Source me before running the Mist scripts:  source ops/mist.env.sh
export MIST_HOST=@MH@
export MIST_ORG_ID=@ORG@
export MIST_APITOKEN=@S@
export MIST_SITE_FILTER="@S1@*"
export PYTHONWARNINGS="ignore:Unverified HTTPS request"
"""
    return pick(r, ["ops/mist.env.sh", "scripts/mist_env.sh", "tools/mist-profile.sh"]), fill(
        txt, MH=pick(r, ["api.mist.com", "api.eu.mist.com"]), ORG=uuid4(r), S1=site(r),
        S=g.S("sh", "MIST_APITOKEN"))


@pos("Aruba Central", "client_secret", g_b62_32, dockey="aruba")
def p_central_yaml(g):
    r = g.r
    k = nm(g, "client_secret", "client_secret")
    txt = """central_info:
  base_url: "https://apigw-@CL@.central.arubanetworks.com"
  customer_id: "@CUST@"
  client_id: "@CID@"
  @K@: @S@
  username: "@U@@@DOM@"
token_store:
  type: "local"
  path: "temp"
ssl_verify: true
"""
    return pick(r, ["central/central_token.yaml", "aruba/central_info.yml", "config/central.yaml"]), fill(
        txt, CL=pick(r, ["prod2", "eu-1", "uswest4", "apac-south"]), CUST=hexs(r, 32), CID=rs(r, 32, B62),
        K=k, U=user(r), DOM=pick(r, DOMAINS), S=g.S("yaml", "CENTRAL_CLIENT_SECRET"))


@pos("Aruba Central", "api_token", g_b62_32, dockey="aruba", naming="other")
def p_central_access_py(g):
    r = g.r
    txt = '''import requests

BASE = "https://apigw-@CL@.central.arubanetworks.com"
HEADERS = {
    "Authorization": "Bearer @S@",
    "Accept": "application/json",
}


def switches(group):
    resp = requests.get(f"{BASE}/monitoring/v1/switches", headers=HEADERS, params={"group": group, "limit": 1000})
    resp.raise_for_status()
    return resp.json()["switches"]


for sw in switches("@GRP@"):
    print(sw["name"], sw["serial"], sw["macaddr"], sw["status"])
'''
    return pick(r, ["aruba/list_switches.py", "central/switch_status.py"]), fill(
        txt, CL=pick(r, ["prod2", "eu-1", "uswest4"]), GRP="%s-ACCESS" % site(r).upper(),
        S=g.S("raw", "CENTRAL_ACCESS_TOKEN"))


@pos("Ubiquiti UniFi", "password", g_password, dockey="device", naming="other")
def p_unifi_py(g):
    r = g.r
    txt = '''#!/usr/bin/env python3
"""Nightly export of UniFi client list for the IPAM reconciliation job."""
from pyunifi.controller import Controller

c = Controller("@H@", "@U@", @S@, @PORT@, "v5", site_id="@SID@", ssl_verify=False)

for client in c.get_clients():
    print(client.get("hostname", "-"), client["mac"], client.get("ip", ""), client.get("essid", "wired"))
'''
    return pick(r, ["unifi/export_clients.py", "scripts/unifi_clients.py"]), fill(
        txt, H=ctl(r, "unifi"), U=user(r), PORT=pick(r, ["8443", "443"]), SID=pick(r, ["default", rs(r, 8, LOW + DIG)]),
        S=g.S("py", "UNIFI_PASSWORD"))


@pos("Ubiquiti UniFi", "api_key", g_b62_32, dockey="unifi", naming="other")
def p_unifi_curl(g):
    r = g.r
    txt = """#!/bin/sh
# List adopted devices via the UniFi Network integration API
GW=@GW@
curl -sk "https://${GW}/proxy/network/integration/v1/sites/@SID@/devices?limit=200" \\
  -H 'X-API-KEY: @S@' \\
  -H 'Accept: application/json' | jq -r '.data[] | [.name, .model, .macAddress, .ipAddress, .state] | @tsv'
"""
    return pick(r, ["bin/unifi-devices.sh", "scripts/unifi_list.sh"]), fill(
        txt, GW=ipmgmt(r), SID=uuid4(r), S=g.S("raw", "UNIFI_API_KEY"))


@pos("Ubiquiti UniFi", "password", g_password, dockey="device")
def p_unpoller_compose(g):
    r = g.r
    k = nm(g, "UP_UNIFI_DEFAULT_PASS", "UP_UNIFI_DEFAULT_PASS")
    txt = """services:
  unpoller:
    image: ghcr.io/unpoller/unpoller:v@V@
    restart: unless-stopped
    environment:
      UP_INFLUXDB_DISABLE: "true"
      UP_PROMETHEUS_HTTP_LISTEN: "0.0.0.0:9130"
      UP_UNIFI_DEFAULT_URL: "https://@GW@"
      UP_UNIFI_DEFAULT_USER: "@U@"
      @K@: @S@
      UP_UNIFI_DEFAULT_SAVE_DPI: "false"
      UP_UNIFI_DEFAULT_VERIFY_SSL: "false"
    ports:
      - "9130:9130"
"""
    return pick(r, ["monitoring/unpoller/docker-compose.yml", "compose/unpoller.yaml", "docker-compose.unifi.yml"]), fill(
        txt, V=pick(r, ["2.11.2", "2.9.5", "2.14.1"]), GW=ipmgmt(r), U=user(r), K=k, S=g.S("yaml", "UNIFI_PASS"))


@pos("Fortinet FortiManager", "api_key", g_b62_30, dockey="fortinet", naming="other")
def p_fmg_py(g):
    r = g.r
    txt = '''"""Install the policy package on all devices in an ADOM via FortiManager JSON-RPC."""
import requests

FMG = "https://@H@/jsonrpc"
ADOM = "@ADOM@"

s = requests.Session()
s.verify = "@CA@"
s.headers["Authorization"] = "Bearer @S@"


def rpc(method, url, data=None):
    body = {"id": 1, "method": method, "params": [{"url": url, **({"data": data} if data else {})}]}
    r = s.post(FMG, json=body, timeout=60)
    r.raise_for_status()
    return r.json()["result"][0]


print(rpc("exec", "/securityconsole/install/package",
          {"adom": ADOM, "pkg": "@PKG@", "scope": [{"name": "@DEV@", "vdom": "root"}]}))
'''
    return pick(r, ["fortinet/fmg_install.py", "scripts/fortimanager/install_pkg.py"]), fill(
        txt, H=ctl(r, "fmg"), ADOM=pick(r, ["root", "EMEA", "Branches"]), CA="/etc/ssl/certs/corp-root.pem",
        PKG="%s-pkg" % site(r), DEV="FGT-%s-%02d" % (site(r).upper(), r.randrange(1, 9)), S=g.S("raw", "FMG_API_KEY"))


@pos("Fortinet FortiGate", "api_key", g_b62_30, dockey="fortinet")
def p_fortios_tf(g):
    r = g.r
    txt = """provider "fortios" {
  hostname = "@H@"
  token    = @S@
  insecure = "@INS@"
  vdom     = "root"
}

resource "fortios_firewall_address" "mgmt_net" {
  name    = "NET-MGMT-@SITEU@"
  type    = "ipmask"
  subnet  = "@PFX@"
  comment = "managed by terraform"
}

resource "fortios_firewall_policy" "mgmt_out" {
  name     = "mgmt-out"
  action   = "accept"
  schedule = "always"
  srcintf { name = "port@P1@" }
  dstintf { name = "port@P2@" }
  srcaddr { name = fortios_firewall_address.mgmt_net.name }
  dstaddr { name = "all" }
  service { name = "HTTPS" }
  nat = "enable"
}
"""
    return pick(r, ["terraform/fortigate/main.tf", "fw/fortios.tf", "envs/branch/fortigate.tf"]), fill(
        txt, H=ipmgmt(r), INS=pick(r, ["true", "false"]), SITEU=site(r).upper(), PFX=prefix(r),
        P1=r.randrange(1, 9), P2=r.randrange(1, 9), S=g.S("hcl", "FORTIOS_ACCESS_TOKEN"))


@pos("Fortinet FortiGate", "api_key", g_b62_30, dockey="fortinet", naming="other")
def p_fortigate_hostvars(g):
    r = g.r
    txt = """---
ansible_host: @IP@
ansible_network_os: fortinet.fortios.fortios
ansible_connection: httpapi
ansible_httpapi_use_ssl: true
ansible_httpapi_validate_certs: false
ansible_httpapi_port: 443
vdom: root
ansible_httpapi_session_key:
  access_token: @S@
fgt_hostname: FGT-@SITEU@-01
fgt_serial: FGT60F@SER@
"""
    return pick(r, ["host_vars/fgt-%s-01.yml" % site(r), "inventory/host_vars/fortigate01.yml"]), fill(
        txt, IP=ipmgmt(r), SITEU=site(r).upper(), SER=rs(r, 10, UP + DIG), S=g.S("yaml", "FGT_TOKEN"))


@pos("Palo Alto PAN-OS", "api_key", g_pan, dockey="panos", naming="other")
def p_panrc(g):
    r = g.r
    txt = """# panxapi.py generated: @D@ 09:@M@:12
hostname%@T1@=@IP@
api_key%@T1@=@S@
hostname%@T2@=@IP2@
"""
    return pick(r, [".panrc", "ops/.panrc", "pan/panrc"]), fill(
        txt, D=date(r).replace("-", "/"), M="%02d" % r.randrange(60), T1=pick(r, ["fw1", "panorama", "edge"]),
        T2=pick(r, ["fw2", "lab"]), IP=ipmgmt(r), IP2=ipmgmt(r), S=g.S("raw", "PANOS_API_KEY"))


@pos("Palo Alto Panorama", "api_key", g_pan, dockey="panos")
def p_panos_tf(g):
    r = g.r
    txt = """provider "panos" {
  hostname = "@H@"
  api_key  = @S@
  timeout  = @TO@
}

resource "panos_panorama_device_group" "branches" {
  name        = "DG-@SITEU@"
  description = "Branch firewalls @SITEU@"
}

resource "panos_panorama_address_object" "dns" {
  device_group = panos_panorama_device_group.branches.name
  name         = "H-DNS-@N@"
  value        = "@IP@"
}
"""
    return pick(r, ["terraform/panorama/main.tf", "panorama.tf"]), fill(
        txt, H=ctl(r, "panorama"), TO=pick(r, ["10", "30"]), SITEU=site(r).upper(), N=r.randrange(1, 5),
        IP=ipmgmt(r), S=g.S("hcl", "PANOS_API_KEY"))


@pos("Palo Alto PAN-OS", "api_key", g_pan, dockey="panos", naming="other")
def p_panos_header_py(g):
    r = g.r
    txt = '''import requests
import xml.etree.ElementTree as ET

FW = "https://@IP@/api/"

r = requests.get(
    FW,
    params={"type": "op", "cmd": "<show><system><info></info></system></show>"},
    headers={"X-PAN-KEY": @S@},
    verify=False,
    timeout=20,
)
info = ET.fromstring(r.text).find("./result/system")
print(info.findtext("hostname"), info.findtext("serial"), info.findtext("sw-version"))
'''
    return pick(r, ["pan/sysinfo.py", "scripts/panos_version.py"]), fill(txt, IP=ipmgmt(r), S=g.S("py", "PANOS_API_KEY"))


@pos("Palo Alto PAN-OS", "api_key", g_pan, dockey="panos", naming="other")
def p_panos_xml(g):
    r = g.r
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<!-- saved keygen response for @H@ (svc account @U@) -->
<response status="success">
  <result>
    <key>@S@</key>
  </result>
</response>
"""
    return pick(r, ["pan/keygen-response.xml", "tests/fixtures/panos_keygen_%s.xml" % site(r)]), fill(
        txt, H=host(r), U=user(r), S=g.S("xml", "PANOS_API_KEY"))


@pos("Palo Alto PAN-OS", "api_key", g_pan, dockey="panos", naming="conv")
def p_jenkins_pan(g):
    r = g.r
    txt = """pipeline {
    agent { label 'netops' }
    environment {
        PANORAMA_HOST = '@H@'
        PANOS_API_KEY = @S@
        DEVICE_GROUP  = 'DG-@SITEU@'
    }
    stages {
        stage('Lint') {
            steps { sh 'yamllint policies/' }
        }
        stage('Plan') {
            steps { sh 'python3 tools/policy_diff.py --dg "$DEVICE_GROUP"' }
        }
        stage('Commit') {
            when { branch 'main' }
            steps { sh 'python3 tools/policy_push.py --commit --dg "$DEVICE_GROUP"' }
        }
    }
}
"""
    return pick(r, ["Jenkinsfile", "ci/Jenkinsfile.panorama"]), fill(
        txt, H=ctl(r, "panorama"), SITEU=site(r).upper(), S=g.S("sq", "PANOS_API_KEY"))


@pos("Infoblox", "password", g_password, dockey="infoblox", naming="other")
def p_infoblox_py(g):
    r = g.r
    txt = '''from infoblox_client import connector, objects

opts = {
    "host": "@H@",
    "username": "@U@",
    "password": @S@,
    "wapi_version": "@WV@",
    "ssl_verify": False,
    "http_request_timeout": 30,
}
conn = connector.Connector(opts)

net = objects.Network.search(conn, network_view="default", cidr="@PFX@")
nxt = net.next_available_ip if net else None
print("next free:", conn.call_func("next_available_ip", net._ref, {"num": 1}) if net else None)
'''
    return pick(r, ["ipam/infoblox_next_ip.py", "scripts/nios_next_free.py"]), fill(
        txt, H=ctl(r, "gm"), U=user(r), WV=pick(r, ["2.12", "2.11.2", "2.10"]), PFX=prefix(r),
        S=g.S("py", "INFOBLOX_PASSWORD"))


@pos("Infoblox", "password", g_password, dockey="infoblox")
def p_infoblox_nios_provider(g):
    r = g.r
    k = nm(g, "password", "password")
    txt = """---
nios_provider:
  host: @H@
  username: @U@
  @K@: @S@
  wapi_version: "@WV@"
  validate_certs: false

dns_view: default
network_view: default
reserve_first: 10
"""
    return pick(r, ["group_vars/infoblox.yml", "vars/nios.yml", "inventory/group_vars/all/nios.yml"]), fill(
        txt, H=ctl(r, "gm"), U=user(r), K=k, WV=pick(r, ["2.12", "2.11"]), S=g.S("yaml", "NIOS_PASSWORD"))


@pos("Infoblox", "password", g_urlpass, dockey="infoblox", naming="other")
def p_infoblox_curl(g):
    r = g.r
    txt = """#!/usr/bin/env bash
# nightly: dump networks with extensible attributes for the audit
set -e
OUT=/var/tmp/nios-networks-$(date +%F).json
curl -sk -u @U@:@S@ \\
  "https://@H@/wapi/v@WV@/network?_return_fields%2B=extattrs,comment&_max_results=5000" \\
  -o "$OUT"
echo "wrote $OUT"
"""
    return pick(r, ["cron/nios_dump.sh", "scripts/infoblox_networks.sh"]), fill(
        txt, U=user(r), H=ctl(r, "gm"), WV=pick(r, ["2.12", "2.11"]), S=g.S("url", "NIOS_PASS"))


@pos("SolarWinds Orion", "password", g_password, dockey="orion", naming="other")
def p_orion_py(g):
    r = g.r
    txt = '''import orionsdk
import urllib3

urllib3.disable_warnings()

swis = orionsdk.SwisClient("@H@", "@U@", @S@)

query = """
SELECT n.NodeID, n.Caption, n.IPAddress, n.Status, n.MachineType
FROM Orion.Nodes n
WHERE n.Vendor = 'Cisco' AND n.Caption LIKE '@SITE@-%'
"""
for row in swis.query(query)["results"]:
    print(row["Caption"], row["IPAddress"], row["Status"])
'''
    return pick(r, ["orion/nodes_by_site.py", "scripts/swis_nodes.py"]), fill(
        txt, H=ctl(r, "orion"), U=user(r), SITE=site(r), S=g.S("py", "ORION_PASSWORD"))


@pos("SolarWinds Orion", "password", g_password, dockey="orion")
def p_orion_ps1(g):
    r = g.r
    var = nm(g, "OrionPassword", "pw", "svcSecret", "cred")
    txt = """#Requires -Modules SwisPowerShell
# Unmanage nodes for the maintenance window
param([string]$SiteCode = "@SITEU@", [int]$Hours = 2)

$@VAR@ = @S@
$swis = Connect-Swis -Hostname '@H@' -UserName '@U@' -Password $@VAR@

$nodes = Get-SwisData $swis "SELECT Uri, NodeID FROM Orion.Nodes WHERE Caption LIKE '$SiteCode-%'"
$now = [DateTime]::UtcNow
foreach ($n in $nodes) {
    Invoke-SwisVerb $swis Orion.Nodes Unmanage @("N:$($n.NodeID)", $now, $now.AddHours($Hours), $false) | Out-Null
}
Write-Host "Unmanaged $($nodes.Count) nodes"
"""
    return pick(r, ["scripts/Unmanage-Site.ps1", "orion/maintenance.ps1"]), fill(
        txt, SITEU=site(r).upper(), VAR=var, H=ctl(r, "orion"), U=user(r), S=g.S("ps1", "ORION_PASSWORD"))


@pos("LibreNMS", "api_token", g_hex32, dockey="librenms", naming="other")
def p_librenms_py(g):
    r = g.r
    txt = '''import requests

LIBRENMS = "https://@H@/api/v0"
session = requests.Session()
session.headers.update({"X-Auth-Token": @S@})


def down_devices():
    r = session.get(f"{LIBRENMS}/devices", params={"type": "down"}, timeout=20)
    r.raise_for_status()
    return r.json()["devices"]


for d in down_devices():
    print(d["hostname"], d["sysName"], d["status_reason"], d["last_polled"])
'''
    return pick(r, ["librenms/down_devices.py", "scripts/lnms_down.py"]), fill(txt, H=ctl(r, "librenms"), S=g.S("py", "LIBRENMS_TOKEN"))


@pos("LibreNMS", "api_token", g_hex32, dockey="librenms", naming="other")
def p_oxidized_cfg(g):
    r = g.r
    txt = """---
username: oxidized
model: ios
resolve_dns: true
interval: 3600
use_syslog: false
debug: false
threads: @TH@
timeout: 20
retries: 3
prompt: !ruby/regexp /^([\\w.@-]+[#>]\\s?)$/
rest: 127.0.0.1:8888
input:
  default: ssh, telnet
  ssh:
    secure: false
output:
  default: git
  git:
    user: oxidized
    email: oxidized@@DOM@
    repo: "/var/lib/oxidized/configs.git"
source:
  default: http
  http:
    url: https://@H@/api/v0/oxidized
    map:
      name: hostname
      model: os
      group: group
    headers:
      X-Auth-Token: @S@
"""
    return pick(r, ["oxidized/config", "etc/oxidized/config.yml", "roles/oxidized/files/config"]), fill(
        txt, TH=r.randrange(10, 60), DOM=pick(r, DOMAINS), H=ctl(r, "librenms"), S=g.S("yaml", "LIBRENMS_TOKEN"))


@pos("Zabbix", "api_token", g_hex64, dockey="zabbix_token", naming="other")
def p_zabbix_py(g):
    r = g.r
    txt = '''from pyzabbix import ZabbixAPI

zapi = ZabbixAPI("https://@H@/zabbix")
zapi.session.verify = False
zapi.login(api_token=@S@)

for h in zapi.host.get(output=["hostid", "host", "status"], selectInterfaces=["ip"],
                       search={"host": "@SITE@-"}):
    print(h["hostid"], h["host"], h["interfaces"][0]["ip"] if h["interfaces"] else "-")
'''
    return pick(r, ["zabbix/hosts_by_site.py", "scripts/zbx_hosts.py"]), fill(
        txt, H=ctl(r, "zabbix"), SITE=site(r), S=g.S("py", "ZABBIX_API_TOKEN"))


@pos("Zabbix", "api_token", g_hex64, dockey="zabbix_token")
def p_zabbix_group_vars(g):
    r = g.r
    k = nm(g, "zabbix_api_token", "ansible_zabbix_auth_key", "zbx_auth")
    txt = """---
ansible_network_os: community.zabbix.zabbix
ansible_connection: httpapi
ansible_httpapi_port: 443
ansible_httpapi_use_ssl: true
ansible_httpapi_validate_certs: false
ansible_zabbix_url_path: "zabbix"
ansible_host: @H@
@K@: @S@

zabbix_host_groups:
  - "Network/@SITEU@"
  - "Network/Switches"
zabbix_link_templates:
  - "Cisco IOS by SNMP"
"""
    return pick(r, ["group_vars/zabbix.yml", "inventory/group_vars/zabbix_server.yml"]), fill(
        txt, H=ctl(r, "zabbix"), K=k, SITEU=site(r).upper(), S=g.S("yaml", "ZABBIX_API_TOKEN"))


@pos("Zabbix", "password", g_password, dockey="zabbix")
def p_zabbix_grafana_ds(g):
    r = g.r
    txt = """apiVersion: 1
datasources:
  - name: Zabbix
    type: alexanderzobnin-zabbix-datasource
    access: proxy
    url: https://@H@/zabbix/api_jsonrpc.php
    isDefault: true
    jsonData:
      authType: userLogin
      username: @U@
      trends: true
      trendsFrom: "7d"
      cacheTTL: "1h"
    secureJsonData:
      password: @S@
    editable: false
"""
    return pick(r, ["grafana/provisioning/datasources/zabbix.yaml", "monitoring/grafana/datasources.yml"]), fill(
        txt, H=ctl(r, "zabbix"), U=user(r), S=g.S("yaml", "ZABBIX_PASSWORD"))


@pos("PRTG", "passhash", g_passhash, dockey="prtg", naming="other")
def p_prtg_url(g):
    r = g.r
    txt = '''import requests

PRTG = "https://@H@"
URL = (PRTG + "/api/table.json?content=sensors&columns=objid,device,sensor,status,lastvalue"
       "&filter_status=5&username=@U@&passhash=@S@")

down = requests.get(URL, timeout=30, verify=False).json()["sensors"]
for s in down:
    print(f"{s['objid']:>6} {s['device']:<30} {s['sensor']:<30} {s['status']}")
'''
    return pick(r, ["prtg/down_sensors.py", "scripts/prtg_alarms.py"]), fill(txt, H=ctl(r, "prtg"), U=user(r), S=g.S("url", "PRTG_PASSHASH"))


@pos("PRTG", "api_token", g_prtg_key, dockey="prtg")
def p_prtg_json(g):
    r = g.r
    k = nm(g, "apitoken", "key", "auth")
    txt = """{
  "prtg": {
    "server": "https://@H@",
    "@K@": @S@,
    "verify_ssl": false,
    "probe_id": @PID@,
    "groups": ["@SITEU@ Core", "@SITEU@ Access"]
  },
  "report": {
    "interval_minutes": 15,
    "output": "reports/prtg-@SITE@.csv"
  }
}
"""
    s = site(r)
    return pick(r, ["config/prtg.json", "prtg/settings.json"]), fill(
        txt, H=ctl(r, "prtg"), K=k, PID=r.randrange(1, 9999), SITEU=s.upper(), SITE=s, S=g.S("json", "PRTG_API_TOKEN"))


@pos("Ansible AWX", "oauth_token", g_b62_30, dockey="awx", naming="conv")
def p_awx_export(g):
    r = g.r
    txt = """#!/usr/bin/env bash
# Launch the nightly config-backup job template on AWX
export CONTROLLER_HOST=https://@H@
export CONTROLLER_OAUTH_TOKEN=@S@
export CONTROLLER_VERIFY_SSL=false

awx job_templates launch "@JT@" --monitor --extra_vars '{"target_site": "@SITE@"}' -f human
"""
    return pick(r, ["ci/launch_backup.sh", "scripts/awx_backup.sh"]), fill(
        txt, H=ctl(r, "awx"), JT=pick(r, ["NET - config backup", "Backup running-configs", "nightly-backup"]),
        SITE=site(r), S=g.S("sh", "CONTROLLER_OAUTH_TOKEN"))


@pos("Ansible AWX", "oauth_token", g_b62_30, dockey="awx")
def p_awx_playbook(g):
    r = g.r
    k = nm(g, "controller_oauthtoken", "tower_oauthtoken", "awx_token")
    txt = """---
- name: Sync network inventory source in AWX
  hosts: localhost
  gather_facts: false
  vars:
    controller_host: https://@H@
    @K@: @S@
  tasks:
    - name: Update NetBox inventory source
      awx.awx.inventory_source_update:
        name: "NetBox - @SITE@"
        inventory: "Network"
        organization: "NetOps"
        controller_host: "{{ controller_host }}"
        controller_oauthtoken: "{{ @K@ }}"
        wait: true
"""
    return pick(r, ["playbooks/awx_sync_inventory.yml", "awx/sync.yml"]), fill(
        txt, H=ctl(r, "awx"), K=k, SITE=site(r), S=g.S("yaml", "CONTROLLER_OAUTH_TOKEN"))


@pos("Ansible Tower", "password", g_password, dockey="awx", naming="conv")
def p_tower_cli_cfg(g):
    r = g.r
    txt = """[general]
host = https://@H@
username = @U@
password = @S@
verify_ssl = false
format = human
color = true
"""
    return pick(r, [".tower_cli.cfg", "ops/tower_cli.cfg"]), fill(txt, H=ctl(r, "tower"), U=user(r), S=g.S("ini", "TOWER_PASSWORD"))


@pos("SNMPv3", "snmpv3_passphrase", g_snmpv3, dockey="snmp", naming="other")
def p_snmpv3_ios_task(g):
    r = g.r
    auth_lit = r.random() < 0.5
    grp = pick(r, ["NMS-RO", "SNMPV3-GRP", "MON"])
    u = pick(r, ["nms", "librenms", "zabbix", "observium", "snmpuser"])
    if auth_lit:
        line = "snmp-server user %s %s v3 auth sha @S@ priv aes 128 {{ snmpv3_priv_pass }}" % (u, grp)
        s = g.S("raw", "SNMPV3_AUTH_PASS")
    else:
        line = "snmp-server user %s %s v3 auth sha {{ snmpv3_auth_pass }} priv aes 128 @S@" % (u, grp)
        s = g.S("raw", "SNMPV3_PRIV_PASS")
    txt = """---
- name: Baseline SNMPv3 on IOS-XE access switches
  hosts: @GRP@
  gather_facts: false
  connection: ansible.netcommon.network_cli
  tasks:
    - name: SNMP views, groups and users
      cisco.ios.ios_config:
        lines:
          - snmp-server view NMS-VIEW iso included
          - snmp-server group @G@ v3 priv read NMS-VIEW access 99
          - @LINE@
          - snmp-server location {{ site_name }}
          - snmp-server contact noc@@DOM@
        save_when: modified
"""
    return pick(r, ["playbooks/snmpv3_baseline.yml", "roles/snmp/tasks/main.yml"]), fill(
        txt, GRP=pick(r, ["ios_access", "campus_switches", "all_ios"]), G=grp, LINE=line, DOM=pick(r, DOMAINS), S=s)


@pos("SNMPv3", "snmpv3_passphrase", g_snmpv3, dockey="snmp")
def p_librenms_php(g):
    r = g.r
    which = pick(r, ["authpass", "cryptopass"])
    other = "cryptopass" if which == "authpass" else "authpass"
    txt = """<?php
## LibreNMS local config (config.php)
$config['base_url'] = '/';
$config['snmp']['timeout'] = 2;
$config['snmp']['retries'] = 3;

$config['snmp']['v3'][0]['authlevel'] = 'authPriv';
$config['snmp']['v3'][0]['authname'] = '@U@';
$config['snmp']['v3'][0]['@W@'] = @S@;
$config['snmp']['v3'][0]['authalgo'] = 'SHA';
$config['snmp']['v3'][0]['@O@'] = getenv('LNMS_SNMP_@OU@');
$config['snmp']['v3'][0]['cryptoalgo'] = 'AES';

$config['nets'][] = '@PFX@';
$config['discovery_by_ip'] = true;
"""
    return pick(r, ["librenms/config.php", "roles/librenms/files/config.php"]), fill(
        txt, U=pick(r, ["librenms", "nms"]), W=which, O=other, OU=other.upper(), PFX=prefix(r),
        S=g.S("phps", "LNMS_SNMP_%s" % which.upper()))


@pos("SNMP", "snmp_community", g_community, dockey="snmp", naming="other")
def p_snmp_j2(g):
    r = g.r
    txt = """! templates/ios/snmp.j2 -- rendered per device by nornir_jinja2
snmp-server community @S@ RO @ACL@
snmp-server location {{ host.data.site }} / {{ host.data.rack }}
snmp-server contact NOC +31 20 555 01@N@
snmp-server ifindex persist
snmp-server trap-source {{ host.data.mgmt_interface }}
snmp-server enable traps snmp linkdown linkup coldstart
{% for collector in snmp_collectors %}
snmp-server host {{ collector }} version 2c {{ snmp_trap_community }}
{% endfor %}
!
ip access-list standard @ACL@
 permit @NMS@
 deny any log
"""
    return pick(r, ["templates/ios/snmp.j2", "nornir/templates/snmp.j2", "roles/base/templates/snmp.j2"]), fill(
        txt, ACL=pick(r, ["SNMP-RO", "99", "NMS-ONLY"]), N="%02d" % r.randrange(100), NMS=ipmgmt(r),
        S=g.S("j2", "SNMP_RO_COMMUNITY"))


@pos("SNMP", "snmp_community", g_community, dockey="snmp")
def p_snmp_exporter(g):
    r = g.r
    txt = """# snmp_exporter generator.yml (auth section)
auths:
  @A@:
    version: 2
    community: @S@
  nms_v3:
    version: 3
    username: nms
    security_level: authPriv
    auth_protocol: SHA
    priv_protocol: AES
    password: ${SNMP_V3_AUTH}
    priv_password: ${SNMP_V3_PRIV}

modules:
  if_mib:
    walk: [sysUpTime, interfaces, ifXTable]
    lookups:
      - source_indexes: [ifIndex]
        lookup: ifAlias
"""
    return pick(r, ["snmp_exporter/generator.yml", "monitoring/snmp/generator.yml"]), fill(
        txt, A=pick(r, ["campus_v2", "legacy_ro", "dc_v2c"]), S=g.S("yaml", "SNMP_COMMUNITY"))


@pos("SNMPv3", "snmpv3_passphrase", g_snmpv3, dockey="snmp")
def p_telegraf_snmp(g):
    r = g.r
    txt = """[agent]
  interval = "60s"
  round_interval = true
  hostname = "@TH@"

[[inputs.snmp]]
  agents = ["udp://@IP1@:161", "udp://@IP2@:161"]
  version = 3
  sec_name = "@U@"
  auth_protocol = "SHA"
  auth_password = @S@
  sec_level = "authPriv"
  priv_protocol = "AES"
  priv_password = "${SNMP_PRIV_PASSWORD}"

  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

[[outputs.influxdb_v2]]
  urls = ["http://influxdb:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "netops"
  bucket = "snmp"
"""
    return pick(r, ["telegraf/telegraf.conf", "monitoring/telegraf/snmp.conf"]), fill(
        txt, TH=host(r), IP1=ipmgmt(r), IP2=ipmgmt(r), U=pick(r, ["telegraf", "nms"]), S=g.S("toml", "SNMP_AUTH_PASSWORD"))


@pos("SNMP", "snmp_community", g_community, dockey="snmp", naming="other")
def p_snmp_csv(g):
    r = g.r
    rows = ["hostname,mgmt_ip,platform,site,snmp_version,snmp_community"]
    s = g.S("csv", "SNMP_COMMUNITY")
    st = site(r)
    for i in range(r.randrange(6, 16)):
        rows.append("%s,%s,%s,%s,v2c,%s" % (host(r, st), ipmgmt(r), pick(r, ["ios", "nxos", "eos", "junos"]), st, s))
    return pick(r, ["inventory/devices.csv", "data/%s_devices.csv" % st, "import/snmp_targets.csv"]), "\n".join(rows) + "\n"


@pos("TACACS+", "shared_secret", g_shared, dockey="tacacs", naming="other")
def p_tacacs_j2(g):
    r = g.r
    txt = """{# AAA baseline for IOS-XE -- rendered by the provisioning pipeline #}
aaa new-model
!
tacacs server @TS1@
 address ipv4 {{ tacacs_primary }}
 key 0 @S@
 timeout 5
!
aaa group server tacacs+ ISE-TACACS
 server name @TS1@
 ip vrf forwarding Mgmt-vrf
 ip tacacs source-interface {{ mgmt_interface }}
!
aaa authentication login default group ISE-TACACS local
aaa authorization exec default group ISE-TACACS local if-authenticated
aaa accounting commands 15 default start-stop group ISE-TACACS
"""
    return pick(r, ["templates/iosxe/aaa.j2", "roles/aaa/templates/tacacs.j2"]), fill(
        txt, TS1=pick(r, ["ISE-PSN-1", "TACACS-1", "CPPM-01"]), S=g.S("j2", "TACACS_KEY"))


@pos("RADIUS", "shared_secret", g_shared, dockey="radius")
def p_radius_group_vars(g):
    r = g.r
    k = nm(g, "radius_shared_secret", "radius_key", "dot1x_srv_key", "nac_psk")
    txt = """---
# 802.1X / MAB settings for campus access
dot1x_enabled: true
radius_servers:
  - name: ISE-PSN-01
    address: @IP1@
    auth_port: 1812
    acct_port: 1813
  - name: ISE-PSN-02
    address: @IP2@
    auth_port: 1812
    acct_port: 1813
@K@: @S@
radius_dead_criteria_time: 5
radius_dead_criteria_tries: 3
coa_enabled: true
"""
    return pick(r, ["group_vars/campus_access.yml", "inventory/group_vars/dot1x.yml"]), fill(
        txt, IP1=ipmgmt(r), IP2=ipmgmt(r), K=k, S=g.S("yaml", "RADIUS_SECRET"))


@pos("FreeRADIUS", "shared_secret", g_shared, dockey="radius", naming="conv")
def p_freeradius_clients(g):
    r = g.r
    txt = """# clients.conf - network devices allowed to query RADIUS
client localhost {
	ipaddr = 127.0.0.1
	secret = ${ENV_LOCAL_SECRET}
}

client @NAME@ {
	ipaddr = @PFX@
	secret = @S@
	require_message_authenticator = yes
	nas_type = cisco
	shortname = @NAME@
}
"""
    return pick(r, ["freeradius/clients.conf", "radius/raddb/clients.conf"]), fill(
        txt, NAME="%s-switches" % site(r), PFX=prefix(r), S=g.S("cfg", "RADIUS_CLIENT_SECRET"))


@pos("TACACS+", "shared_secret", g_shared, dockey="tacacs", naming="conv")
def p_tacplus_cfg(g):
    r = g.r
    txt = """# tac_plus configuration (shrubbery tac_plus)
key = @S@

accounting file = /var/log/tac_plus/acct.log

group = netadmins {
    default service = permit
    service = exec {
        priv-lvl = 15
    }
}

group = readonly {
    service = exec {
        priv-lvl = 1
    }
}

user = @U1@ {
    login = PAM
    member = netadmins
}

user = @U2@ {
    login = PAM
    member = readonly
}
"""
    return pick(r, ["tacacs/tac_plus.conf", "roles/tacacs/files/tac_plus.conf"]), fill(
        txt, U1=pick(r, ["jdoe", "asmith", "mkumar"]), U2=pick(r, ["noc1", "helpdesk"]), S=g.S("dq", "TACACS_KEY"))


@pos("Batfish snapshot", "shared_secret", g_shared, dockey="radius", naming="other")
def p_batfish_snapshot_cfg(g):
    r = g.r
    h = host(r)
    txt = """!
! Last configuration change at 02:14:11 UTC @D@ by oxidized
!
version 17.9
service timestamps debug datetime msec
service timestamps log datetime msec
no service password-encryption
!
hostname @H@
!
vrf definition Mgmt-vrf
 address-family ipv4
 exit-address-family
!
interface GigabitEthernet0/0
 vrf forwarding Mgmt-vrf
 ip address @IP@ 255.255.255.0
!
interface Loopback0
 ip address @LO@ 255.255.255.255
!
router bgp @ASN@
 bgp router-id @LO@
 neighbor @NB@ remote-as @ASN2@
 neighbor @NB@ description uplink-@H2@
!
radius server ISE-1
 address ipv4 @ISE@ auth-port 1812 acct-port 1813
 key @S@
!
line vty 0 4
 transport input ssh
!
end
"""
    return "snapshots/%s/configs/%s.cfg" % (pick(r, ["campus", "dc", "wan"]), h), fill(
        txt, D=date(r), H=h, IP=ipmgmt(r), LO="10.255.%d.%d" % (r.randrange(256), r.randrange(1, 255)), ASN=asn(r),
        NB=ip10(r), ASN2=asn(r), H2=host(r), ISE=ipmgmt(r), S=g.S("raw", "RADIUS_KEY"))


@pos("Netmiko", "password", g_password, dockey="device", naming="other")
def p_netmiko(g):
    r = g.r
    plat = pick(r, PLATFORMS)
    txt = '''from netmiko import ConnectHandler

device = {
    "device_type": "@DT@",
    "host": "@H@",
    "username": "@U@",
    "password": @S@,
    "port": 22,
    "fast_cli": False,
}

with ConnectHandler(**device) as conn:
    out = conn.send_command("@CMD@", use_textfsm=True)
    for row in out:
        print(row)
'''
    return pick(r, ["scripts/show_%s.py" % plat[1], "netmiko/check_interfaces.py", "tools/quick_show.py"]), fill(
        txt, DT=plat[0], H=fqdn(r), U=user(r), CMD=pick(r, ["show ip interface brief", "show version", "show interfaces status"]),
        S=g.S("py", "NET_PASSWORD"))


@pos("NAPALM", "password", g_password, dockey="device", naming="other")
def p_napalm(g):
    r = g.r
    drv = pick(r, ["ios", "eos", "junos", "nxos_ssh"])
    txt = '''import json

from napalm import get_network_driver

driver = get_network_driver("@DRV@")
dev = driver("@H@", "@U@", @S@, optional_args={"port": 22, "secret": ""})
dev.open()
try:
    facts = dev.get_facts()
    bgp = dev.get_bgp_neighbors()
    print(json.dumps({"facts": facts, "bgp": bgp}, indent=2, default=str))
finally:
    dev.close()
'''
    return pick(r, ["napalm/collect_facts.py", "audit/bgp_state.py"]), fill(
        txt, DRV=drv, H=fqdn(r), U=user(r), S=g.S("py", "NAPALM_PASSWORD"))


@pos("pyATS", "password", g_password, dockey="device")
def p_pyats_testbed(g):
    r = g.r
    h1, h2 = host(r), host(r)
    txt = """testbed:
  name: @TB@
  credentials:
    default:
      username: @U@
      password: @S@
    enable:
      password: "%ASK{}"

devices:
  @H1@:
    os: iosxe
    type: router
    platform: cat9k
    connections:
      cli:
        protocol: ssh
        ip: @IP1@
  @H2@:
    os: nxos
    type: switch
    connections:
      cli:
        protocol: ssh
        ip: @IP2@
"""
    return pick(r, ["pyats/testbed.yaml", "tests/testbed_%s.yaml" % site(r), "testbeds/lab.yml"]), fill(
        txt, TB="%s-lab" % site(r), U=user(r), H1=h1, H2=h2, IP1=ipmgmt(r), IP2=ipmgmt(r), S=g.S("yaml", "PYATS_PASSWORD"))


@pos("Nornir", "password", g_password, dockey="device")
def p_nornir_defaults(g):
    r = g.r
    txt = """---
# inventory/defaults.yaml
username: @U@
password: @S@
port: 22
platform: @PL@
connection_options:
  netmiko:
    extras:
      fast_cli: false
      global_delay_factor: 2
  napalm:
    extras:
      optional_args:
        transport: ssh
data:
  ntp_servers: [@N1@, @N2@]
  syslog_server: @SL@
  domain: @DOM@
"""
    return pick(r, ["inventory/defaults.yaml", "nornir/inventory/defaults.yml"]), fill(
        txt, U=user(r), PL=pick(r, ["ios", "eos", "nxos"]), N1=ipmgmt(r), N2=ipmgmt(r), SL=ipmgmt(r), DOM=pick(r, DOMAINS),
        S=g.S("yaml", "NORNIR_PASSWORD"))


@pos("Ansible", "password", g_password, dockey="device")
def p_ansible_ini(g):
    r = g.r
    st = site(r)
    hosts = "\n".join("%s ansible_host=%s" % (host(r, st), ipmgmt(r)) for _ in range(r.randrange(3, 8)))
    txt = """[@ST@_core]
@HOSTS@

[@ST@_core:vars]
ansible_connection=ansible.netcommon.network_cli
ansible_network_os=cisco.ios.ios
ansible_user=@U@
ansible_password=@S@
ansible_become=yes
ansible_become_method=enable

[routers:children]
@ST@_core
"""
    return pick(r, ["inventory/hosts.ini", "inventories/%s/hosts" % st, "hosts.ini"]), fill(
        txt, ST=st, HOSTS=hosts, U=user(r), S=g.S("ini", "ANSIBLE_NET_PASSWORD"))


@pos("Ansible", "password", g_password, dockey="device")
def p_ansible_group_vars(g):
    r = g.r
    k = nm(g, "ansible_become_password", "ansible_password", "enable_pw", "priv_pass")
    txt = """---
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: arista.eos.eos
ansible_user: @U@
ansible_ssh_private_key_file: ~/.ssh/netops_ed25519
ansible_become: true
ansible_become_method: enable
@K@: @S@
ntp_servers:
  - @N1@
  - @N2@
mlag_domain_id: @MD@
"""
    return pick(r, ["group_vars/eos.yml", "inventory/group_vars/leafs.yml", "group_vars/all/connection.yml"]), fill(
        txt, U=user(r), K=k, N1=ipmgmt(r), N2=ipmgmt(r), MD="MLAG-%d" % r.randrange(1, 99), S=g.S("yaml", "EOS_ENABLE_PASSWORD"))


@pos("NETCONF", "password", g_password, dockey="device", naming="other")
def p_ncclient(g):
    r = g.r
    txt = '''from ncclient import manager

FILTER = """
<filter>
  <interfaces xmlns="urn:ietf:params:xml:ns:yang:ietf-interfaces"/>
</filter>
"""

with manager.connect(host="@H@", port=830, username="@U@", password=@S@,
                     hostkey_verify=False, device_params={"name": "@DP@"}) as m:
    reply = m.get_config(source="running", filter=FILTER)
    print(reply.xml[:2000])
'''
    return pick(r, ["netconf/get_interfaces.py", "scripts/nc_get.py"]), fill(
        txt, H=fqdn(r), U=user(r), DP=pick(r, ["iosxe", "junos", "nexus", "iosxr"]), S=g.S("py", "NETCONF_PASSWORD"))


@pos("Oxidized", "password", g_password, dockey="device", naming="other")
def p_router_db(g):
    r = g.r
    s = g.S("raw", "OXIDIZED_PASSWORD")
    u = user(r)
    rows = []
    for _ in range(r.randrange(4, 12)):
        rows.append("%s:%s:%s:%s" % (fqdn(r), pick(r, ["ios", "nxos", "eos", "junos", "procurve"]), u, s))
    return pick(r, ["oxidized/router.db", "etc/oxidized/router.db"]), "\n".join(rows) + "\n"


@pos("NetBox", "api_token", g_hex40, dockey="netbox", naming="conv")
def p_dockerfile(g):
    r = g.r
    txt = """FROM python:@PV@-slim

LABEL org.opencontainers.image.source="https://git.@DOM@/netops/nb-sync"

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY nb_sync/ ./nb_sync/
ENV NETBOX_URL=https://@NB@ \\
    NETBOX_TOKEN=@S@ \\
    SYNC_INTERVAL=900 \\
    LOG_LEVEL=INFO

USER 1000
ENTRYPOINT ["python", "-m", "nb_sync"]
"""
    return pick(r, ["Dockerfile", "nb-sync/Dockerfile", "docker/sync.Dockerfile"]), fill(
        txt, PV=pick(r, ["3.11", "3.12", "3.10"]), DOM=pick(r, DOMAINS), NB=ctl(r, "netbox"), S=g.S("raw", "NETBOX_TOKEN"))


@pos("GitLab", "git_token", g_glpat, dockey="gitlab")
def p_gitlab_ci(g):
    r = g.r
    k = nm(g, "GITLAB_TOKEN", "RELEASE_PAT", "BOT_KEY", "PUSH_CRED")
    txt = """stages:
  - lint
  - test
  - deploy

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  ANSIBLE_FORCE_COLOR: "true"
  @K@: @S@

lint:
  stage: lint
  image: python:3.11
  script:
    - pip install yamllint ansible-lint
    - yamllint .
    - ansible-lint playbooks/

batfish:
  stage: test
  image: batfish/allinone
  script:
    - python tests/bf_checks.py --snapshot snapshots/campus

deploy:
  stage: deploy
  only: [main]
  script:
    - git remote set-url origin "https://oauth2:${@K@}@gitlab.@DOM@/netops/configs.git"
    - ansible-playbook -i inventory/ playbooks/deploy.yml
"""
    return ".gitlab-ci.yml", fill(txt, K=k, DOM=pick(r, DOMAINS), S=g.S("yaml", "GITLAB_TOKEN"))


@pos("GitHub", "git_token", g_ghp, dockey="github", naming="other")
def p_git_clone_url(g):
    r = g.r
    txt = """#!/usr/bin/env bash
# Bootstrap a jump host with the config repo and the automation venv
set -euo pipefail
cd /opt
git clone https://@U@:@S@@github.com/@ORG@/network-configs.git
cd network-configs
python3 -m venv .venv
. .venv/bin/activate
pip install -r requirements.txt
ansible-galaxy collection install -r collections/requirements.yml
"""
    return pick(r, ["bootstrap/jumphost.sh", "scripts/bootstrap.sh"]), fill(
        txt, U=pick(r, ["x-access-token", "netops-bot", "git"]), ORG=pick(r, ["acme-netops", "example-noc", "corp-neteng"]),
        S=g.S("url", "GITHUB_TOKEN"))


@pos("Cisco Meraki", "api_key", g_hex40, dockey="meraki", naming="conv")
def p_gha_meraki(g):
    r = g.r
    txt = """name: meraki-backup
on:
  schedule:
    - cron: "@CRON@"
  workflow_dispatch: {}

jobs:
  backup:
    runs-on: ubuntu-latest
    env:
      MERAKI_DASHBOARD_API_KEY: @S@
      MERAKI_ORG_ID: "@ORG@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install meraki
      - run: python tools/meraki_backup.py --out backups/
      - uses: actions/upload-artifact@v4
        with:
          name: meraki-backup
          path: backups/
"""
    return pick(r, [".github/workflows/meraki-backup.yml", ".github/workflows/backup.yaml"]), fill(
        txt, CRON="%d %d * * *" % (r.randrange(60), r.randrange(24)), ORG=r.randrange(100000, 99999999),
        S=g.S("gha", "MERAKI_DASHBOARD_API_KEY"))


@pos("GitHub", "git_token", g_ghp, dockey="github", naming="other")
def p_git_credentials(g):
    r = g.r
    txt = "https://@U@:@S@@github.com\n"
    if r.random() < 0.5:
        txt = "https://oxidized:${OXI_TOKEN}@git.@DOM@\n" + txt
    return pick(r, ["ops/git-credentials", "oxidized/.git-credentials", "home/netops/.git-credentials"]), fill(
        txt, U=pick(r, ["netops-bot", "oxidized-backup"]), DOM=pick(r, DOMAINS), S=g.S("url", "GITHUB_TOKEN"))


@pos("Slack", "webhook_url", g_slack, dockey="slack")
def p_slack_webhook(g):
    r = g.r
    var = nm(g, "SLACK_WEBHOOK_URL", "NOTIFY_ENDPOINT", "chat_hook", "alert_sink")
    txt = '''"""Post BGP session changes detected by the poller to the NOC channel."""
import json
import urllib.request

@VAR@ = @S@


def notify(peer, old, new):
    body = {"text": f":rotating_light: BGP {peer} {old} -> {new}", "username": "bgp-watch"}
    req = urllib.request.Request(@VAR@, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    notify("@PEER@ (AS@ASN@)", "Established", "Idle")
'''
    return pick(r, ["alerts/bgp_notify.py", "chatops/slack_notify.py"]), fill(
        txt, VAR=var, PEER=ip10(r), ASN=asn(r), S=g.S("py", "SLACK_WEBHOOK_URL"))


@pos("Webex", "api_token", g_webex, dockey="webex")
def p_webex_bot(g):
    r = g.r
    k = nm(g, "WEBEX_BOT_TOKEN", "bot_access", "teams_cred")
    txt = """# chatops bot settings
[webex]
@K@ = @S@
room_id = Y2lzY29zcGFyazovL3VzL1JPT00v@RID@
bot_name = netops-bot

[netbox]
url = https://@NB@
token = ${NETBOX_TOKEN}

[commands]
allowed = show,ping,traceroute,whoowns
"""
    return pick(r, ["chatops/bot.ini", "config/webex_bot.cfg"]), fill(
        txt, K=k, RID=base64.b64encode(uuid4(r).encode()).decode().rstrip("="), NB=ctl(r, "netbox"),
        S=g.S("ini", "WEBEX_BOT_TOKEN"))


@pos("NetBox", "api_token", g_hex40, dockey="netbox", naming="other")
def p_sync_log(g):
    r = g.r
    lines = []
    t = r.randrange(3600 * 20)
    day = date(r)

    def stamp():
        return "%s %02d:%02d:%02d,%03d" % (day, (t // 3600) % 24, (t // 60) % 60, t % 60, r.randrange(1000))
    for _ in range(r.randrange(3, 8)):
        t += r.randrange(1, 30)
        lines.append("%s INFO nb_sync.devices: updated %s serial=%s" % (stamp(), host(r), rs(r, 11, UP + DIG)))
    t += 2
    lines.append("%s DEBUG urllib3.connectionpool: https://%s:443 \"GET /api/dcim/interfaces/?device_id=%d HTTP/1.1\" 403 58"
                 % (stamp(), ctl(r, "netbox"), r.randrange(1, 5000)))
    lines.append("%s DEBUG nb_sync.http: request headers: {'Authorization': 'Token @S@', 'Accept': 'application/json'}" % stamp())
    for _ in range(r.randrange(2, 6)):
        t += r.randrange(1, 30)
        lines.append("%s WARNING nb_sync.devices: %s has no primary_ip4, skipping" % (stamp(), host(r)))
    txt = "\n".join(lines) + "\n"
    return pick(r, ["logs/nb_sync.log", "var/log/netbox-sync.log", "debug/sync-run.log"]), fill(txt, S=g.S("raw", "NETBOX_TOKEN"))


@pos("SSH", "private_key", g_rsa_pem, dockey="ssh", naming="other")
def p_ssh_key(g):
    r = g.r
    return pick(r, ["keys/oxidized_rsa", "ansible/files/netops_deploy_key", "ssh/backup_id_rsa"]), g.S("raw", "SSH_PRIVATE_KEY") + "\n"


@pos("SSH", "private_key", g_ec_pem, dockey="ssh", naming="other")
def p_ec_key_in_yaml(g):
    r = g.r
    body = g.S("raw", "TLS_KEY")
    ind = "\n".join("    " + l for l in body.split("\n"))
    txt = """---
# gNMI collector client certificate (telegraf gnmi input)
gnmi:
  target: @H@:57400
  tls_ca: /etc/telegraf/ca.pem
  tls_cert: |
    -----BEGIN CERTIFICATE-----
    MIIB@C1@
    @C2@
    -----END CERTIFICATE-----
  tls_key: |
@IND@
"""
    return pick(r, ["gnmi/collector.yml", "telemetry/gnmi_client.yaml"]), fill(
        txt, H=fqdn(r), C1=b64b(r, 45), C2=b64b(r, 45), IND=ind)


@pos("LibreNMS", "api_token", g_hex32, dockey="librenms", naming="other")
def p_librenms_sql(g):
    r = g.r
    txt = """-- seed data for the staging LibreNMS instance
INSERT INTO users (user_id, auth_type, username, realname, email, level, can_modify_passwd)
VALUES (@UID@, 'mysql', '@U@', 'Automation', 'noc@@DOM@', 10, 0);

INSERT INTO api_tokens (id, user_id, token_hash, description, disabled)
VALUES (@TID@, @UID@, '@S@', 'oxidized + grafana', 0);

INSERT INTO devices_group_perms (user_id, device_group_id) VALUES (@UID@, 1), (@UID@, 2);
"""
    return pick(r, ["db/seed_staging.sql", "sql/librenms_bootstrap.sql"]), fill(
        txt, UID=r.randrange(2, 99), U=user(r), DOM=pick(r, DOMAINS), TID=r.randrange(1, 50), S=g.S("raw", "LIBRENMS_TOKEN"))


@pos("NetBox", "api_token", g_hex40, dockey="netbox", naming="other")
def p_go_netbox(g):
    r = g.r
    txt = """package main

import (
	"fmt"
	"log"

	httptransport "github.com/go-openapi/runtime/client"
	"github.com/netbox-community/go-netbox/netbox/client"
	"github.com/netbox-community/go-netbox/netbox/client/dcim"
)

func main() {
	t := httptransport.New("@NB@", client.DefaultBasePath, []string{"https"})
	t.DefaultAuthentication = httptransport.APIKeyAuth("Authorization", "header", "Token @S@")
	c := client.New(t, nil)

	site := "@SITE@"
	res, err := c.Dcim.DcimDevicesList(dcim.NewDcimDevicesListParams().WithSite(&site), nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range res.Payload.Results {
		fmt.Println(*d.Name, d.Serial)
	}
}
"""
    return pick(r, ["cmd/nbdevices/main.go", "tools/nb-list/main.go"]), fill(
        txt, NB=ctl(r, "netbox"), SITE=site(r), S=g.S("raw", "NETBOX_TOKEN"))


@pos("SolarWinds Orion", "password", g_password, dockey="orion")
def p_props(g):
    r = g.r
    k = nm(g, "orion.password", "orion.swis.secret", "nms.auth.value")
    txt = """# ITSM <-> Orion connector
orion.host=@H@
orion.port=17774
orion.username=@U@
@K@=@S@
orion.verifyTls=false
itsm.endpoint=https://itsm.@DOM@/api/now/table/incident
itsm.assignmentGroup=Network Operations
poll.intervalSeconds=120
"""
    return pick(r, ["connector/src/main/resources/application.properties", "config/orion-connector.properties"]), fill(
        txt, H=ctl(r, "orion"), U=user(r), K=k, DOM=pick(r, DOMAINS), S=g.S("props", "ORION_PASSWORD"))


@pos("NetBox", "api_token", g_hex40, dockey="netbox")
def p_netbox_sync_ini(g):
    r = g.r
    k = nm(g, "api_token", "api_token")
    txt = """[common]
log_level = INFO

[netbox]
api_token = @S@
host_fqdn = @NB@
port = 443
disable_tls = false
validate_tls_certs = true
prune_enabled = true
prune_delay_in_days = 30

[source/vcenter-@SITE@]
enabled = true
type = vmware
host_fqdn = vcenter.@DOM@
username = svc-netbox-sync@vsphere.local
password = ${VCENTER_PASSWORD}
"""
    return pick(r, ["netbox-sync/settings.ini", "settings.ini"]), fill(
        txt, NB=ctl(r, "netbox"), SITE=site(r), DOM=pick(r, DOMAINS), S=g.S("ini", "NETBOX_API_TOKEN"))


@pos("Zabbix", "password", g_password, dockey="zabbix", naming="other")
def p_zabbix_login_sh(g):
    r = g.r
    txt = """#!/usr/bin/env bash
# Get a Zabbix session and put all hosts of a group into maintenance
ZBX=https://@H@/zabbix/api_jsonrpc.php
AUTH=$(curl -s -X POST -H 'Content-Type: application/json-rpc' "$ZBX" \\
  -d '{"jsonrpc":"2.0","method":"user.login","params":{"username":"@U@","password":"@S@"},"id":1}' | jq -r .result)

curl -s -X POST -H 'Content-Type: application/json-rpc' -H "Authorization: Bearer $AUTH" "$ZBX" \\
  -d '{"jsonrpc":"2.0","method":"maintenance.create","params":{"name":"@SITEU@ window","active_since":@T0@,"active_till":@T1@,"groupids":["@GID@"],"timeperiods":[{"period":7200}]},"id":2}'
"""
    t0 = r.randrange(1700000000, 1760000000)
    return pick(r, ["scripts/zbx_maintenance.sh", "ops/maintenance.sh"]), fill(
        txt, H=ctl(r, "zabbix"), U=user(r), SITEU=site(r).upper(), T0=t0, T1=t0 + 7200, GID=r.randrange(2, 90),
        S=g.S("raw", "ZABBIX_PASSWORD"))


@pos("Cisco IOS", "password", g_password, dockey="device", naming="other")
def p_scrapli_md(g):
    r = g.r
    txt = """## Lab access

The lab core switch is reachable from the jump host only.

| Device | Mgmt IP | Login |
|---|---|---|
| @H1@ | @IP1@ | `@U@` / `@S@` |
| @H2@ | @IP2@ | TACACS (your AD account) |

Quick test with scrapli:

```python
from scrapli.driver.core import IOSXEDriver
conn = IOSXEDriver(host="@IP1@", auth_username="@U@", auth_password=getpass(), auth_strict_key=False)
```
"""
    return pick(r, ["docs/lab-access.md", "README.lab.md", "docs/lab/README.md"]), fill(
        txt, H1=host(r), H2=host(r), IP1=ipmgmt(r), IP2=ipmgmt(r), U=user(r), S=g.S("md", "LAB_PASSWORD"))


@pos("Ubiquiti UniFi", "password", g_password, dockey="device")
def p_unifi_hass_yaml(g):
    r = g.r
    txt = """# unifi-network-rules / controller integration
unifi:
  controller:
    host: @GW@
    port: 443
    site: default
    verify_ssl: false
    username: @U@
    password: @S@
  poll_interval: 30
  track_clients: true
  ignore_wired_bug: true
"""
    return pick(r, ["homelab/unifi.yaml", "config/unifi_controller.yml"]), fill(
        txt, GW=ipmgmt(r), U=user(r), S=g.S("yaml", "UNIFI_PASSWORD"))


# ==========================================================================
# NEGATIVE LOOK-ALIKE TEMPLATES (ids, hashes, digests, public values)
# ==========================================================================
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


@neg("Cisco Meraki", "serial_number")
def n_meraki_inventory_csv(r):
    rows = ["serial,mac,model,networkId,name,claimedAt,orderNumber"]
    for _ in range(r.randrange(8, 25)):
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (meraki_serial(r), mac(r), pick(r, ["MS120-48LP", "MR46", "MX68", "MS390-24UX", "MR36", "MV12WE"]),
                                                meraki_net(r), host(r), ts(r), "4C%s" % rs(r, 7, UP + DIG)))
    return pick(r, ["meraki/inventory_export.csv", "data/meraki_devices.csv"]), "\n".join(rows) + "\n"


@neg("Cisco Meraki", "network_id")
def n_meraki_networks_json(r):
    org = str(r.randrange(100000, 999999999))
    nets = []
    for _ in range(r.randrange(3, 8)):
        nets.append({"id": meraki_net(r), "organizationId": org, "name": "Store %d" % r.randrange(100, 999),
                     "productTypes": ["appliance", "switch", "wireless"], "timeZone": "Europe/Berlin",
                     "tags": ["retail", site(r)], "enrollmentString": None,
                     "url": "https://n%d.meraki.com/Store-%d-applianc/n/%s/manage/usage/list" % (r.randrange(1, 400), r.randrange(100, 999), rs(r, 8, ALNUM)),
                     "notes": "", "isBoundToConfigTemplate": r.random() < 0.5,
                     "configTemplateId": meraki_net(r)})
    return pick(r, ["tests/fixtures/meraki_networks.json", "meraki/cache/networks.json"]), json.dumps(nets, indent=2) + "\n"


@neg("NetBox", "serial_number")
def n_netbox_devices_csv(r):
    rows = ["name,role,device_type,site,status,serial,asset_tag,primary_ip4"]
    st = site(r)
    for _ in range(r.randrange(8, 25)):
        rows.append("%s,%s,%s,%s,active,%s,%s,%s/24" % (host(r, st), pick(r, ["core", "access", "leaf"]),
                    pick(r, ["C9300-48P", "N9K-C93180YC-FX", "DCS-7050SX3-48YC8", "QFX5120-48Y"]), st,
                    pick(r, ["FOC%s" % rs(r, 8, UP + DIG), "FDO%s" % rs(r, 8, UP + DIG), "JN%s" % rs(r, 10, UP + DIG), "SSJ%s" % rs(r, 8, DIG)]),
                    "A%06d" % r.randrange(10 ** 6), ipmgmt(r)))
    return pick(r, ["netbox/import/devices.csv", "data/devices_%s.csv" % st]), "\n".join(rows) + "\n"


@neg("NetBox", "public_token_key")
def n_netbox_tokens_list(r):
    res = []
    for i in range(r.randrange(2, 6)):
        res.append({"id": r.randrange(1, 900), "url": "https://netbox/api/users/tokens/%d/" % i,
                    "display": "%s (%s)" % (rs(r, 12, B62), user(r)), "version": 2, "key": rs(r, 12, B62),
                    "user": {"id": r.randrange(1, 50), "username": user(r)}, "created": ts(r), "expires": None,
                    "last_used": ts(r), "enabled": True, "write_enabled": r.random() < 0.5,
                    "description": pick(r, ["nornir inventory", "grafana panel", "oxidized"])})
    doc = {"count": len(res), "next": None, "previous": None, "results": res}
    return pick(r, ["tests/fixtures/netbox_tokens.json", "audit/token_inventory.json"]), json.dumps(doc, indent=4) + "\n"


@neg("Nautobot", "uuid")
def n_nautobot_graphql(r):
    devs = []
    for _ in range(r.randrange(3, 9)):
        devs.append({"id": uuid4(r), "name": host(r), "serial": rs(r, 11, UP + DIG),
                     "primary_ip4": {"address": ipmgmt(r) + "/24"}, "platform": {"name": pick(r, ["cisco_ios", "arista_eos"])},
                     "location": {"id": uuid4(r), "name": site(r).upper()}})
    return pick(r, ["tests/fixtures/gql_devices.json", "nautobot/snapshots/devices.json"]), json.dumps({"data": {"devices": devs}}, indent=2) + "\n"


@neg("Cisco IOS", "hashed_secret")
def n_ios_running_config(r):
    h = host(r)
    txt = """!
version 17.9
service password-encryption
!
hostname @H@
!
enable secret 9 @E9@
!
username @U1@ privilege 15 secret 9 @U9@
username @U2@ privilege 1 secret 8 @U8@
username legacy password 7 @P7@
!
aaa new-model
!
interface Loopback0
 ip address 10.255.@A@.@B@ 255.255.255.255
!
interface @IF@
 description uplink to @H2@
 ip address @IP@ 255.255.255.254
 ip ospf message-digest-key 1 md5 7 @O7@
!
line vty 0 15
 exec-timeout 15 0
 transport input ssh
!
end
"""
    return pick(r, ["backups/%s.cfg" % h, "configs/%s/running-config.txt" % h]), fill(
        txt, H=h, E9=cisco9(r), U1=pick(r, ["netadmin", "breakglass"]), U9=cisco9(r), U2=pick(r, ["ro", "monitor"]),
        U8=cisco8(r), P7=cisco7(r), A=r.randrange(256), B=r.randrange(1, 255), IF=iface(r), H2=host(r), IP=ip10(r), O7=cisco7(r))


@neg("Juniper Junos", "hashed_secret")
def n_junos_config(r):
    txt = """system {
    host-name @H@;
    root-authentication {
        encrypted-password "@R6@"; ## SECRET-DATA
    }
    login {
        user netops {
            uid 2001;
            class super-user;
            authentication {
                encrypted-password "@U6@"; ## SECRET-DATA
            }
        }
    }
    radius-server {
        @RIP@ secret "@J9@"; ## SECRET-DATA
    }
}
protocols {
    bgp {
        group UPSTREAM {
            type external;
            authentication-key "@J9B@"; ## SECRET-DATA
            peer-as @ASN@;
            neighbor @NB@;
        }
    }
}
"""
    h = host(r)
    return pick(r, ["backups/junos/%s.conf" % h, "configs/%s.conf" % h]), fill(
        txt, H=h, R6=sha512crypt(r), U6=sha512crypt(r), RIP=ipmgmt(r), J9=junos9(r), J9B=junos9(r), ASN=asn(r), NB=ip10(r))


@neg("Arista EOS", "hashed_secret")
def n_eos_config(r):
    txt = """! device: @H@ (DCS-7050SX3-48YC8, EOS-4.@V@)
!
username admin privilege 15 role network-admin secret sha512 @S6@
username automation privilege 15 role network-admin secret sha512 @S6B@
username automation ssh-key ssh-ed25519 @PK@ automation@jump
!
management api http-commands
   protocol https
   no shutdown
!
router bgp @ASN@
   router-id @RID@
   neighbor SPINE peer group
   neighbor SPINE remote-as @ASN2@
   neighbor SPINE password 7 @P7@
   neighbor SPINE send-community extended
!
end
"""
    return "configs/eos/%s.cfg" % host(r), fill(
        txt, H=host(r), V="%d.%dF" % (r.randrange(28, 33), r.randrange(0, 5)), S6=sha512crypt(r), S6B=sha512crypt(r),
        PK=b64b(r, 51)[:68], ASN=asn(r), RID=ip10(r), ASN2=asn(r), P7=b64b(r, 18))


@neg("BGP", "asn_prefix_rd")
def n_bgp_vrf_config(r):
    lines = ["! VRF / MPLS L3VPN definitions generated from NetBox"]
    a = asn(r)
    for i in range(r.randrange(3, 8)):
        name = pick(r, ["CUST", "MGMT", "VOICE", "IOT", "GUEST", "PCI"]) + "_%02d" % i
        rd = "%s:%d" % (pick(r, [str(a), ip10(r)]), r.randrange(1, 9999))
        lines += ["vrf definition %s" % name, " rd %s" % rd, " address-family ipv4",
                  "  route-target export %d:%d" % (a, r.randrange(1, 9999)),
                  "  route-target import %d:%d" % (a, r.randrange(1, 9999)), " exit-address-family", "!"]
    lines.append("router bgp %d" % a)
    for _ in range(r.randrange(2, 6)):
        lines.append(" network %s mask 255.255.255.0" % prefix(r).split("/")[0])
    lines.append(" bgp bestpath as-path multipath-relax")
    lines.append("!")
    lines.append("ip bgp-community new-format")
    lines.append("ip community-list standard BLACKHOLE permit %d:666" % a)
    return pick(r, ["configs/pe/vrfs.cfg", "generated/%s-vrfs.txt" % site(r)]), "\n".join(lines) + "\n"


@neg("NetBox", "interface_names")
def n_interfaces_csv(r):
    rows = ["device,name,type,enabled,mtu,mac_address,description,mode,untagged_vlan"]
    d = host(r)
    for i in range(r.randrange(10, 30)):
        rows.append("%s,%s,%s,%s,%d,%s,%s,%s,%d" % (d, iface(r), pick(r, ["1000base-t", "10gbase-x-sfpp", "25gbase-x-sfp28", "lag"]),
                    pick(r, ["true", "false"]), pick(r, [1500, 9216, 9000]), mac(r, upper=True),
                    pick(r, ["to-" + host(r), "AP " + rs(r, 6, UP + DIG), "printer", "uplink", ""]), pick(r, ["access", "tagged", ""]),
                    pick(r, [10, 20, 30, 99, 100])))
    return pick(r, ["netbox/import/interfaces.csv", "data/interfaces_%s.csv" % d]), "\n".join(rows) + "\n"


@neg("Ansible Vault", "encrypted_blob")
def n_ansible_vault(r):
    raw = hexs(r, r.randrange(200, 600))
    enc = raw.encode().hex()
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [enc[i:i + 80] for i in range(0, len(enc), 80)]
    return pick(r, ["group_vars/all/vault.yml", "inventory/group_vars/routers/vault.yml", "host_vars/%s/vault.yml" % host(r)]), "\n".join(lines) + "\n"


@neg("Oxidized", "config_hash")
def n_backup_manifest(r):
    rows = []
    for _ in range(r.randrange(10, 30)):
        rows.append("%s  backups/%s.cfg" % (sha256hex(r), host(r)))
    return pick(r, ["backups/SHA256SUMS", "backups/manifest.sha256"]), "\n".join(rows) + "\n"


@neg("Git", "commit_sha")
def n_changelog(r):
    lines = ["# Changelog", ""]
    for _ in range(r.randrange(3, 7)):
        lines.append("## %s" % date(r))
        for _ in range(r.randrange(2, 5)):
            lines.append("- %s %s (%s)" % (hexs(r, 7), pick(r, ["fix VLAN 30 name on %s" % host(r), "add BFD timers to core links",
                                                              "rotate SNMPv3 users (vault)", "bump netbox.netbox to 3.19",
                                                              "new site %s" % site(r).upper(), "remove legacy TACACS servers"]),
                                            hexs(r, 40)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@neg("pyATS", "encrypted_value")
def n_pyats_enc(r):
    txt = """testbed:
  name: @TB@
  credentials:
    default:
      username: "%ENV{PYATS_USERNAME}"
      password: "%ENC{@E1@}"
    enable:
      password: "%ASK{}"
devices:
  @H@:
    os: iosxe
    type: router
    connections:
      cli:
        protocol: ssh
        ip: @IP@
"""
    return pick(r, ["pyats/testbed.yaml", "testbeds/%s.yaml" % site(r)]), fill(
        txt, TB=site(r), E1=base64.urlsafe_b64encode(rbytes(r, 60)).decode(), H=host(r), IP=ipmgmt(r))


@neg("Juniper Mist", "uuid")
def n_mist_devices(r):
    out = []
    org = uuid4(r)
    for _ in range(r.randrange(3, 10)):
        m = mac(r, sep="")
        out.append({"id": "00000000-0000-0000-1000-%s" % m, "mac": m, "serial": "A%s" % rs(r, 12, UP + DIG),
                    "model": pick(r, ["AP43", "AP45", "AP34", "EX4100-48MP"]), "name": host(r), "site_id": uuid4(r),
                    "org_id": org, "type": "ap", "deviceprofile_id": uuid4(r), "created_time": r.randrange(1600000000, 1760000000)})
    return pick(r, ["mist/cache/devices.json", "tests/fixtures/mist_inventory.json"]), json.dumps(out, indent=2) + "\n"


@neg("Aruba Central", "customer_id")
def n_central_inventory(r):
    devs = []
    for _ in range(r.randrange(3, 10)):
        devs.append({"serial": "CN%s" % rs(r, 8, UP + DIG), "macaddr": mac(r), "model": pick(r, ["AP-515", "AP-635", "JL659A"]),
                     "aruba_part_no": pick(r, ["Q9H62A", "R7J27A", "JL659A"]), "customer_id": hexs(r, 32),
                     "customer_name": "%s Corp" % pick(r, WORDS).capitalize(), "device_type": "IAP", "services": ["foundation_ap"]})
    return pick(r, ["aruba/inventory.json", "central/cache/devices.json"]), json.dumps({"devices": devs, "total": len(devs)}, indent=2) + "\n"


@neg("Aruba Central", "client_id")
def n_central_public_cfg(r):
    txt = """# Aruba Central app registration (public values only; secret lives in Vault)
central:
  cluster: @CL@
  base_url: https://apigw-@CL@.central.arubanetworks.com
  client_id: @CID@
  customer_id: @CUST@
  redirect_uri: https://netops.@DOM@/oauth/callback
  client_secret_ref: vault:secret/data/netops/aruba-central#client_secret
"""
    return pick(r, ["central/app.yml", "config/aruba_public.yaml"]), fill(
        txt, CL=pick(r, ["prod2", "eu-1"]), CID=rs(r, 32, B62), CUST=hexs(r, 32), DOM=pick(r, DOMAINS))


@neg("Palo Alto PAN-OS", "serial_number")
def n_pan_sysinfo(r):
    txt = """hostname: @H@
ip-address: @IP@
netmask: 255.255.255.0
mac-address: @MAC@
time: Mon Jan @D@ 10:@M@:00 2025
uptime: @UP@ days, 4:11:09
family: @FAM@
model: @MODEL@
serial: 0@SER@
vm-uuid: @UUID@
sw-version: @SW@
app-version: @APP@
av-version: @AV@
threat-version: @APP@
wildfire-version: @WF@
url-filtering-version: 2025@UF@
device-certificate-status: Valid
"""
    return pick(r, ["pan/show_system_info.txt", "audit/%s_sysinfo.txt" % host(r)]), fill(
        txt, H=host(r), IP=ipmgmt(r), MAC=mac(r), D=r.randrange(1, 29), M="%02d" % r.randrange(60), UP=r.randrange(1, 500),
        FAM=pick(r, ["vm", "3400", "400"]), MODEL=pick(r, ["PA-VM", "PA-3410", "PA-440"]), SER=rs(r, 14, DIG), UUID=uuid4(r).upper(),
        SW=pick(r, ["10.2.9-h1", "11.1.4", "11.2.3-h3"]), APP="%d-%d" % (r.randrange(8800, 9100), r.randrange(8000, 9500)),
        AV="%d-%d" % (r.randrange(4800, 5200), r.randrange(5000, 5600)), WF="%d-%d" % (r.randrange(900000, 990000), r.randrange(900000, 999999)),
        UF="%04d.%05d" % (r.randrange(101, 1231), r.randrange(10000, 99999)))


@neg("Fortinet FortiGate", "hashed_secret")
def n_fortigate_admin(r):
    txt = """config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC SH2@H1@
    next
    edit "netops"
        set trusthost1 @IP@ 255.255.255.0
        set accprofile "prof_admin"
        set vdom "root"
        set password ENC SH2@H2@
    next
end
config system global
    set hostname "FGT-@SITEU@-01"
    set timezone 28
    set admin-sport 8443
end
config firewall address
    edit "NET-@SITEU@"
        set uuid @UUID@
        set subnet @NET@ 255.255.255.0
    next
end
"""
    return pick(r, ["backups/fortigate/fgt-%s.conf" % site(r), "fgt/full-config.conf"]), fill(
        txt, H1=rs(r, 60, B62 + "+/"), H2=rs(r, 60, B62 + "+/"), IP=ipmgmt(r), SITEU=site(r).upper(), UUID=uuid4(r),
        NET=prefix(r).split("/")[0])


@neg("Zabbix", "uuid")
def n_zabbix_template(r):
    items = []
    for _ in range(r.randrange(3, 7)):
        items.append("""        - uuid: %s
          name: 'Interface {#IFNAME}: %s'
          type: SNMP_AGENT
          snmp_oid: '1.3.6.1.2.1.31.1.1.1.%d.{#SNMPINDEX}'
          key: 'net.if.%s[{#SNMPINDEX}]'
          history: 7d""" % (hexs(r, 32), pick(r, ["Bits received", "Bits sent", "Operational status", "Speed"]),
                            r.randrange(1, 20), pick(r, ["in", "out", "status", "speed"])))
    txt = """zabbix_export:
  version: '7.0'
  template_groups:
    - uuid: @G@
      name: Templates/Network devices
  templates:
    - uuid: @T@
      template: 'NetOps Generic SNMP'
      name: 'NetOps Generic SNMP'
      groups:
        - name: Templates/Network devices
      discovery_rules:
        - uuid: @D@
          name: 'Network interfaces discovery'
          type: SNMP_AGENT
          item_prototypes:
@ITEMS@
"""
    return pick(r, ["zabbix/templates/netops_snmp.yaml", "templates/zbx_netops_generic.yaml"]), fill(
        txt, G=hexs(r, 32), T=hexs(r, 32), D=hexs(r, 32), ITEMS="\n".join(items))


@neg("Terraform", "masked")
def n_tf_plan_output(r):
    txt = """Terraform will perform the following actions:

  # netbox_device.@H@ will be created
  + resource "netbox_device" "@H@" {
      + id             = (known after apply)
      + name           = "@H@"
      + serial         = "@SER@"
      + site_id        = @SID@
      + role_id        = @RID@
      + device_type_id = @DT@
      + status         = "active"
    }

  # meraki_networks_settings.branch will be updated in-place
  ~ resource "meraki_networks_settings" "branch" {
        id         = "@NET@"
      ~ local_status_page_authentication = {
          ~ password = (sensitive value)
        }
    }

Plan: 1 to add, 1 to change, 0 to destroy.
"""
    h = host(r)
    return pick(r, ["plans/%s.plan.txt" % site(r), "ci/artifacts/tfplan.txt"]), fill(
        txt, H=h, SER=rs(r, 11, UP + DIG), SID=r.randrange(1, 200), RID=r.randrange(1, 40), DT=r.randrange(1, 300), NET=meraki_net(r))


@neg("Terraform", "variable_reference")
def n_tf_vars(r):
    txt = """variable "netbox_api_token" {
  description = "NetBox API token (v2), injected by CI from Vault"
  type        = string
  sensitive   = true
}

variable "meraki_api_key" {
  type      = string
  sensitive = true
}

provider "netbox" {
  server_url = "https://@NB@"
  api_token  = var.netbox_api_token
}

provider "meraki" {
  meraki_dashboard_api_key = var.meraki_api_key
}

data "netbox_site" "this" {
  slug = "@S@"
}
"""
    return pick(r, ["terraform/variables.tf", "infra/providers.tf"]), fill(txt, NB=ctl(r, "netbox"), S=site(r))


@neg("SNMP", "engine_id")
def n_snmpwalk(r):
    lines = []
    eng = "80 00 00 09 03 00 " + " ".join("%02X" % r.randrange(256) for _ in range(6))
    lines.append("SNMP-FRAMEWORK-MIB::snmpEngineID.0 = Hex-STRING: %s" % eng)
    lines.append("SNMP-FRAMEWORK-MIB::snmpEngineBoots.0 = INTEGER: %d" % r.randrange(1, 90))
    lines.append("SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software [Dublin], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.%d.%d" % (r.randrange(3, 15), r.randrange(1, 6)))
    lines.append("SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.9.1.%d" % r.randrange(1000, 3000))
    for i in range(r.randrange(6, 16)):
        idx = r.randrange(1, 60)
        lines.append("IF-MIB::ifPhysAddress.%d = STRING: %s" % (idx, mac(r).replace(":0", ":")))
        lines.append("IF-MIB::ifAlias.%d = STRING: %s" % (idx, pick(r, ["uplink", "AP-" + rs(r, 4, UP + DIG), "", "to " + host(r)])))
    lines.append("BRIDGE-MIB::dot1dBaseBridgeAddress.0 = Hex-STRING: %s" % " ".join("%02X" % r.randrange(256) for _ in range(6)))
    return pick(r, ["captures/snmpwalk_%s.txt" % host(r), "tests/data/walk.txt"]), "\n".join(lines) + "\n"


@neg("SNMP", "engine_id")
def n_snmp_engineid_cfg(r):
    txt = """! SNMP engine ids must be unique per device (NMS keys are localized against them)
snmp-server engineID local 80000009030@E@
snmp-server engineID remote @NMS@ udp-port 162 80000009030@E2@
snmp-server group NMS-RO v3 priv read NMS-VIEW access 99
snmp-server view NMS-VIEW iso included
snmp-server host @NMS@ version 3 priv nms
"""
    return pick(r, ["templates/snmp_engine.txt", "configs/%s/snmp.cfg" % host(r)]), fill(
        txt, E=hexs(r, 12).upper(), NMS=ipmgmt(r), E2=hexs(r, 12).upper())


@neg("Syslog", "log_ids")
def n_syslog(r):
    lines = []
    for _ in range(r.randrange(10, 25)):
        h = host(r)
        ev = pick(r, ["%%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: %s] [Source: %s] [localport: 22]" % (user(r), ipmgmt(r)),
                      "%%SW_MATM-4-MACFLAP_NOTIF: Host %s in vlan %d is flapping between port %s and port %s" % (mac(r, "."), r.randrange(1, 400), iface(r), iface(r)),
                      "%%LINK-3-UPDOWN: Interface %s, changed state to down" % iface(r),
                      "%%DOT1X-5-SUCCESS: Authentication successful for client (%s) on Interface %s AuditSessionID %s" % (mac(r, "."), iface(r), hexs(r, 24).upper()),
                      "%%BGP-5-ADJCHANGE: neighbor %s Up" % ip10(r),
                      "%%SYS-5-CONFIG_I: Configured from console by %s on vty0 (%s)" % (user(r), ipmgmt(r))])
        lines.append("%s %s: %s %02d %02d:%02d:%02d.%03d UTC: %s" % (ts(r), h, pick(r, ["Jan", "Feb", "Mar"]), r.randrange(1, 29), r.randrange(24),
                                                                    r.randrange(60), r.randrange(60), r.randrange(1000), ev))
    return pick(r, ["logs/network-syslog.log", "var/log/remote/%s.log" % site(r)]), "\n".join(lines) + "\n"


@neg("DHCP", "mac_address")
def n_dhcp_leases(r):
    out = []
    for _ in range(r.randrange(4, 10)):
        m = mac(r)
        out.append("""lease 10.%d.%d.%d {
  starts 3 %s 08:12:44;
  ends 3 %s 20:12:44;
  binding state active;
  hardware ethernet %s;
  uid "\\001%s";
  client-hostname "%s";
}""" % (r.randrange(256), r.randrange(256), r.randrange(2, 250), date(r).replace("-", "/"), date(r).replace("-", "/"), m,
        "".join("\\%03o" % int(x, 16) for x in m.split(":")), pick(r, ["ap-", "phone-", "prn-"]) + rs(r, 6, LOW + DIG)))
    return pick(r, ["dhcp/dhcpd.leases.sample", "tests/fixtures/dhcpd.leases"]), "\n".join(out) + "\n"


@neg("LLDP", "chassis_id")
def n_lldp_json(r):
    nb = {}
    for _ in range(r.randrange(3, 9)):
        nb[iface(r)] = [{"hostname": fqdn(r), "port": iface(r), "chassis_id": mac(r, "."),
                         "system_description": pick(r, ["Cisco IOS XE 17.9.4a", "Arista EOS 4.31.2F", "Juniper Junos 22.4R3"])}]
    return pick(r, ["state/lldp/%s.json" % host(r), "tests/fixtures/lldp_neighbors.json"]), json.dumps({"lldp_neighbors": nb}, indent=2) + "\n"


@neg("PKI", "certificate")
def n_x509_cert(r):
    b = base64.b64encode(b"\x30\x82\x03" + rbytes(r, 700)).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    txt = "# Corporate root CA (public) - trusted by gNMI collectors and NetBox\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    return pick(r, ["certs/corp-root-ca.pem", "roles/pki/files/ca.crt", "ca/netops-ca.pem"]), txt


@neg("SSH", "public_key")
def n_known_hosts(r):
    lines = []
    for _ in range(r.randrange(4, 12)):
        kt = pick(r, ["ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"])
        blob = {"ssh-ed25519": "AAAAC3NzaC1lZDI1NTE5AAAAI" + b64b(r, 33)[:43],
                "ecdsa-sha2-nistp256": "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + b64b(r, 66)[:87] + "=",
                "ssh-rsa": "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64b(r, 258)[:342]}[kt]
        lines.append("%s,%s %s %s" % (fqdn(r), ipmgmt(r), kt, blob))
    return pick(r, ["ssh/known_hosts", "roles/jumphost/files/known_hosts", "oxidized/known_hosts"]), "\n".join(lines) + "\n"


@neg("SSH", "fingerprint")
def n_ssh_fingerprints_md(r):
    rows = ["# Device SSH host key fingerprints", "", "Verify these before accepting a new host key.", "",
            "| Device | Type | Fingerprint |", "|---|---|---|"]
    for _ in range(r.randrange(4, 10)):
        rows.append("| %s | %s | `SHA256:%s` |" % (host(r), pick(r, ["ED25519", "ECDSA", "RSA"]), b64b(r, 32).rstrip("=")))
    return pick(r, ["docs/ssh-fingerprints.md", "docs/security/hostkeys.md"]), "\n".join(rows) + "\n"


@neg("WireGuard", "public_key")
def n_wireguard_peers(r):
    lines = ["# WireGuard OOB mesh - public keys only; private keys are generated on each box", ""]
    for _ in range(r.randrange(3, 8)):
        lines += ["[Peer]", "# %s" % host(r), "PublicKey = %s" % b64b(r, 32), "AllowedIPs = 10.250.%d.%d/32" % (r.randrange(256), r.randrange(1, 255)),
                  "Endpoint = %s:51820" % fqdn(r), "PersistentKeepalive = 25", ""]
    return pick(r, ["oob/wg-peers.conf.part", "wireguard/peers.conf.tmpl"]), "\n".join(lines)


@neg("IPAM", "prefixes")
def n_ipam_export(r):
    rows = ["prefix,vrf,tenant,site,vlan,status,role,description"]
    for _ in range(r.randrange(10, 30)):
        rows.append("%s,%s,%s,%s,%d,%s,%s,%s" % (prefix(r), pick(r, ["", "MGMT", "CUST_01", "PCI"]), pick(r, ["", "netops", "retail"]), site(r),
                                                r.randrange(1, 4094), pick(r, ["active", "reserved", "container"]),
                                                pick(r, ["user", "infra", "p2p", "loopback"]), pick(r, ["", "floor %d users" % r.randrange(1, 9)])))
    rows.append("2001:db8:%x::/48,,,%s,,container,infra,IPv6 site aggregate" % (r.randrange(65536), site(r)))
    return pick(r, ["ipam/prefixes_export.csv", "data/prefixes.csv"]), "\n".join(rows) + "\n"


@neg("Batfish", "snapshot_ids")
def n_batfish_results(r):
    rows = ["Node,VRF,Interface,Active,Primary_Address,Snapshot"]
    snap = "snap-%s" % hexs(r, 12)
    for _ in range(r.randrange(8, 20)):
        rows.append("%s,default,%s,%s,%s/31,%s" % (host(r), iface(r), pick(r, ["True", "False"]), ip10(r), snap))
    return pick(r, ["tests/batfish/expected_interfaces.csv", "reports/bf_interfaces.csv"]), "\n".join(rows) + "\n"


@neg("Docker", "image_digest")
def n_compose_digests(r):
    txt = """services:
  netbox:
    image: docker.io/netboxcommunity/netbox:v4.@M@@sha256:@D1@
    depends_on: [postgres, redis]
    env_file: env/netbox.env
  postgres:
    image: docker.io/postgres:16-alpine@sha256:@D2@
    env_file: env/postgres.env
  redis:
    image: docker.io/valkey/valkey:8.0-alpine@sha256:@D3@
    command: ["sh", "-c", "valkey-server --requirepass $$REDIS_PASSWORD"]
    env_file: env/redis.env
"""
    return pick(r, ["docker-compose.yml", "netbox-docker/docker-compose.override.yml"]), fill(
        txt, M="%d.%d" % (r.randrange(0, 5), r.randrange(0, 9)), D1=sha256hex(r), D2=sha256hex(r), D3=sha256hex(r))


@neg("pip", "package_hash")
def n_requirements_hashes(r):
    lines = ["# generated by pip-compile --generate-hashes"]
    for pkg in ["netmiko==4.4.0", "napalm==5.0.0", "nornir==3.4.1", "pynetbox==7.4.1", "meraki==1.53.0", "textfsm==1.1.3"]:
        lines.append("%s \\" % pkg)
        n = r.randrange(1, 4)
        for i in range(n):
            lines.append("    --hash=sha256:%s%s" % (sha256hex(r), " \\" if i < n - 1 else ""))
    return pick(r, ["requirements.txt", "requirements/prod.txt"]), "\n".join(lines) + "\n"


@neg("npm", "integrity_hash")
def n_package_lock(r):
    pk = {}
    for name in ["axios", "dayjs", "ws", "lodash", "yaml"]:
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randrange(1, 5), r.randrange(0, 20), r.randrange(0, 20)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name),
                                      "integrity": "sha512-" + b64b(r, 64)}
    doc = {"name": "noc-dashboard", "version": "1.%d.0" % r.randrange(20), "lockfileVersion": 3, "requires": True, "packages": pk}
    return pick(r, ["dashboards/package-lock.json", "noc-ui/package-lock.json"]), json.dumps(doc, indent=2) + "\n"


@neg("Ansible Galaxy", "commit_sha")
def n_galaxy_reqs(r):
    txt = """---
collections:
  - name: netbox.netbox
    version: "3.@A@.0"
  - name: cisco.ios
    version: ">=9.0.0"
  - name: https://github.com/@ORG@/ansible-collection-netops.git
    type: git
    version: @SHA@
roles:
  - src: https://github.com/@ORG@/ansible-role-oxidized.git
    scm: git
    version: @SHA2@
"""
    return pick(r, ["collections/requirements.yml", "requirements.yml"]), fill(
        txt, A=r.randrange(10, 22), ORG=pick(r, ["acme-netops", "example-noc"]), SHA=hexs(r, 40), SHA2=hexs(r, 40))


@neg("GitHub Actions", "secret_reference")
def n_gha_refs(r):
    txt = """name: deploy-configs
on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: [self-hosted, netops]
    env:
      NETBOX_URL: https://@NB@
      NETBOX_TOKEN: ${{ secrets.NETBOX_TOKEN }}
      MERAKI_DASHBOARD_API_KEY: ${{ secrets.MERAKI_DASHBOARD_API_KEY }}
      ANSIBLE_VAULT_PASSWORD_FILE: ${{ runner.temp }}/vault-pass
    steps:
      - uses: actions/checkout@@SHA1@ # v4.1.7
      - uses: actions/setup-python@@SHA2@ # v5.2.0
        with:
          python-version: "3.12"
      - name: Write vault password
        run: echo "${{ secrets.ANSIBLE_VAULT_PASSWORD }}" > "$ANSIBLE_VAULT_PASSWORD_FILE"
      - run: ansible-playbook -i inventory/netbox.yml playbooks/deploy.yml --limit @SITE@
"""
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/push-configs.yaml"]), fill(
        txt, NB=ctl(r, "netbox"), SHA1=hexs(r, 40), SHA2=hexs(r, 40), SITE=site(r))


@neg("Cisco Meraki", "webhook_payload")
def n_meraki_webhook_sample(r):
    doc = {"version": "0.1", "sharedSecret": "", "sentAt": ts(r), "organizationId": str(r.randrange(100000, 999999999)),
           "organizationName": "%s Retail" % pick(r, WORDS).capitalize(), "networkId": meraki_net(r),
           "networkName": "Store %d" % r.randrange(100, 999), "deviceSerial": meraki_serial(r), "deviceMac": mac(r),
           "deviceName": host(r), "alertId": str(r.randrange(10 ** 17, 10 ** 18)), "alertType": "Uplink status changed",
           "alertTypeId": "failover_event", "alertLevel": "critical", "occurredAt": ts(r),
           "alertData": {"uplink": str(r.randrange(0, 2))}}
    return pick(r, ["tests/fixtures/meraki_webhook.json", "webhooks/samples/uplink_failover.json"]), json.dumps(doc, indent=2) + "\n"


@neg("Cisco Smart Licensing", "udi")
def n_license_udi(r):
    rows = ["hostname,pid,sn,product_instance_id,smart_account,virtual_account,license"]
    for _ in range(r.randrange(5, 15)):
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (host(r), pick(r, ["C9300-48P", "C9500-24Y4C", "ISR4331/K9"]),
                                               pick(r, ["FOC", "FCW", "FDO"]) + rs(r, 8, UP + DIG), uuid4(r),
                                               "%s.example.com" % pick(r, WORDS), pick(r, ["DEFAULT", "EMEA", "Campus"]),
                                               pick(r, ["network-advantage", "dna-advantage", "network-essentials"])))
    return pick(r, ["licensing/udi_inventory.csv", "audit/licenses.csv"]), "\n".join(rows) + "\n"


@neg("Juniper Junos", "serial_number")
def n_chassis_hardware(r):
    lines = ["Hardware inventory:", "Item             Version  Part number  Serial number     Description",
             "Chassis                                %s      %s" % (rs(r, 12, UP + DIG), pick(r, ["MX204", "QFX5120-48Y-8C", "EX4400-48P"]))]
    for i in range(r.randrange(3, 8)):
        lines.append("%-16s REV %02d   %s   %s      %s" % (pick(r, ["FPC 0", "PIC 0", "Xcvr %d" % i, "Power Supply %d" % i, "Fan Tray %d" % i]),
                                                          r.randrange(1, 40), "%03d-%06d" % (r.randrange(700, 760), r.randrange(10 ** 6)),
                                                          rs(r, 12, UP + DIG), pick(r, ["QSFP+-40G-SR4", "SFP+-10G-LR", "JPSU-650W-AC-AFO", "Fan Module"])))
    return pick(r, ["audit/chassis_%s.txt" % host(r), "captures/show_chassis_hardware.txt"]), "\n".join(lines) + "\n"


@neg("Cisco Catalyst Center", "uuid")
def n_dnac_devices(r):
    resp = []
    for _ in range(r.randrange(3, 8)):
        resp.append({"id": uuid4(r), "instanceUuid": uuid4(r), "hostname": fqdn(r), "managementIpAddress": ipmgmt(r),
                     "serialNumber": "FOC%s" % rs(r, 8, UP + DIG), "macAddress": mac(r), "platformId": pick(r, ["C9300-48U", "C9120AXI-E"]),
                     "softwareVersion": "17.%d.%d" % (r.randrange(3, 15), r.randrange(1, 6)), "reachabilityStatus": "Reachable",
                     "instanceTenantId": hexs(r, 24)})
    return pick(r, ["dnac/cache/network_devices.json", "tests/fixtures/dnac_devices.json"]), json.dumps({"response": resp, "version": "1.0"}, indent=2) + "\n"


@neg("Infoblox", "wapi_ref")
def n_infoblox_refs(r):
    out = []
    for _ in range(r.randrange(3, 9)):
        p = prefix(r)
        ref = base64.b64encode(("dns.network$%s/0" % p).encode()).decode().rstrip("=")
        out.append({"_ref": "network/%s:%s/default" % (ref, p), "network": p, "network_view": "default",
                    "comment": pick(r, ["", "user vlan", "p2p"]), "extattrs": {"Site": {"value": site(r).upper()}}})
    return pick(r, ["ipam/nios_networks.json", "tests/fixtures/wapi_network.json"]), json.dumps(out, indent=2) + "\n"


@neg("Ubiquiti UniFi", "object_id")
def n_unifi_devices(r):
    out = []
    sid = hexs(r, 24)
    for _ in range(r.randrange(3, 8)):
        out.append({"_id": hexs(r, 24), "mac": mac(r), "model": pick(r, ["U6LR", "USW24P250", "UDMPRO"]), "serial": rs(r, 12, UP + DIG),
                    "site_id": sid, "adopted": True, "version": "7.%d.%d.%d" % (r.randrange(0, 9), r.randrange(0, 99), r.randrange(10000, 20000)),
                    "name": host(r), "ip": ipmgmt(r)})
    return pick(r, ["unifi/cache/devices.json", "tests/fixtures/unifi_stat_device.json"]), json.dumps({"meta": {"rc": "ok"}, "data": out}, indent=2) + "\n"


@neg("NetBox", "env_config")
def n_netbox_env_config(r):
    txt = '''import os

ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "*").split(" ")
SECRET_KEY = os.environ["SECRET_KEY"]
API_TOKEN_PEPPERS = {1: os.environ["API_TOKEN_PEPPER_1"]}
DATABASE = {
    "NAME": os.environ.get("DB_NAME", "netbox"),
    "USER": os.environ.get("DB_USER", "netbox"),
    "PASSWORD": os.environ.get("DB_PASSWORD", ""),
    "HOST": os.environ.get("DB_HOST", "localhost"),
}
REMOTE_AUTH_ENABLED = True
REMOTE_AUTH_BACKEND = "social_core.backends.azuread_tenant.AzureADTenantOAuth2"
SOCIAL_AUTH_AZUREAD_TENANT_OAUTH2_KEY = "@CID@"
SOCIAL_AUTH_AZUREAD_TENANT_OAUTH2_TENANT_ID = "@TID@"
SOCIAL_AUTH_AZUREAD_TENANT_OAUTH2_SECRET = os.environ.get("AZURE_CLIENT_SECRET")
'''
    return pick(r, ["netbox/configuration/extra.py", "configuration/configuration.py"]), fill(txt, CID=uuid4(r), TID=uuid4(r))


@neg("NetBox", "doc_example")
def n_token_docs_md(r):
    txt = """# API access for automation

NetBox 4.5+ issues **v2 tokens**. Send them as a bearer token:

```
Authorization: Bearer nbt_<key>.<token>
```

The upstream documentation shows this example request:

```
curl -H "Authorization: Bearer nbt_4F9DAouzURLb.zjebxBPzICiPbWz0Wtx0fTL7bCKXKGTYhNzkgC2S" \\
     -H "Accept: application/json; indent=4" https://netbox/api/dcim/sites/
```

Legacy v1 tokens are 40 hex characters (`Authorization: Token <40 hex>`).
For Meraki, the DevNet always-on sandbox uses the public read-only key
`6bec40cf957de430a6f1f2baa056b99a4fac9ea0`; never paste a production key here.
Catalyst Center's always-on sandbox login is `devnetuser` / `Cisco123!` (public).

Store real tokens in Vault at `secret/netops/<tool>` and export them as
`NETBOX_TOKEN`, `MERAKI_DASHBOARD_API_KEY`, `MIST_API_TOKEN` before running scripts.
"""
    return pick(r, ["docs/api-tokens.md", "docs/automation/credentials.md", "CONTRIBUTING.md"]), txt


@neg("RADIUS", "session_ids")
def n_radius_acct_log(r):
    out = []
    for _ in range(r.randrange(3, 7)):
        out.append("""%s
	Acct-Status-Type = %s
	Acct-Session-Id = "%s"
	Acct-Unique-Session-Id = "%s"
	User-Name = "%s"
	Calling-Station-Id = "%s"
	Called-Station-Id = "%s"
	NAS-IP-Address = %s
	NAS-Port-Id = "%s"
	Message-Authenticator = 0x%s
	Cisco-AVPair = "audit-session-id=%s"
""" % (ts(r), pick(r, ["Start", "Stop", "Interim-Update"]), hexs(r, 8).upper(), hexs(r, 32), mac(r, "-"), mac(r, "-", True),
       mac(r, "-", True), ipmgmt(r), iface(r), hexs(r, 32), hexs(r, 24).upper()))
    return pick(r, ["logs/radacct/detail-sample", "tests/data/radius_detail.log"]), "\n".join(out)


@neg("TACACS+", "accounting_log")
def n_tacacs_acct(r):
    lines = []
    for _ in range(r.randrange(8, 20)):
        lines.append("%s\t%s\t%s\ttty%d\t%s\tstop\ttask_id=%d\ttimezone=UTC\tservice=shell\tpriv-lvl=15\tcmd=%s <cr>" % (
            ts(r), ipmgmt(r), user(r), r.randrange(1, 9), ipmgmt(r), r.randrange(1000, 99999),
            pick(r, ["show running-config", "interface %s" % iface(r), "shutdown", "write memory", "show ip bgp summary"])))
    return pick(r, ["logs/tac_plus.acct", "tests/data/tacacs_acct.log"]), "\n".join(lines) + "\n"


@neg("Kubernetes", "encrypted_blob")
def n_sealed_secret(r):
    txt = """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: netbox-credentials
  namespace: netops
spec:
  encryptedData:
    superuser_api_token: AgB@E1@
    db_password: AgC@E2@
  template:
    metadata:
      name: netbox-credentials
    type: Opaque
"""
    return pick(r, ["k8s/netbox/sealedsecret.yaml", "deploy/netops/netbox-sealed.yaml"]), fill(
        txt, E1=b64b(r, 300).rstrip("="), E2=b64b(r, 280).rstrip("="))


@neg("SOPS", "encrypted_blob")
def n_sops_yaml(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64b(r, n), b64b(r, 32), b64b(r, 16))
    txt = """netbox_token: @A@
meraki_api_key: @B@
tacacs_key: @C@
sops:
    kms: []
    age:
        - recipient: age1@AGE@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @AG1@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "@TS@"
    mac: ENC[AES256_GCM,data:@MAC@,iv:@IV@,tag:@TAG@,type:str]
    version: 3.9.1
"""
    return pick(r, ["secrets/prod.enc.yaml", "group_vars/all/secrets.sops.yml"]), fill(
        txt, A=enc(40), B=enc(40), C=enc(24), AGE=rs(r, 58, LOW + DIG), AG1=b64b(r, 48), TS=ts(r), MAC=b64b(r, 48),
        IV=b64b(r, 32), TAG=b64b(r, 16))


@neg("ARP", "mac_address")
def n_arp_table(r):
    lines = ["Protocol  Address          Age (min)  Hardware Addr   Type   Interface"]
    for _ in range(r.randrange(8, 25)):
        lines.append("Internet  %-16s %9s  %s  ARPA   Vlan%d" % (ip10(r), pick(r, ["-", str(r.randrange(0, 240))]), mac(r, "."), r.randrange(1, 400)))
    return pick(r, ["captures/%s_arp.txt" % host(r), "tests/data/show_ip_arp.txt"]), "\n".join(lines) + "\n"


@neg("NetOps", "config_diff")
def n_config_diff(r):
    h = host(r)
    txt = """--- backups/@H@.cfg	@D@ 02:00:01
+++ backups/@H@.cfg	@D@ 03:00:01
@@ -12,7 +12,7 @@
 hostname @H@
 !
-enable secret 9 @OLD@
+enable secret 9 @NEW@
 !
 interface @IF@
- description spare
+ description to @H2@
  switchport access vlan @V@
@@ -40,3 +40,4 @@
 ntp server @NTP@
+ntp server @NTP2@
 !
"""
    return pick(r, ["diffs/%s.diff" % h, "reports/config-drift-%s.patch" % site(r)]), fill(
        txt, H=h, D=date(r), OLD=cisco9(r), NEW=cisco9(r), IF=iface(r), H2=host(r), V=r.randrange(1, 400), NTP=ipmgmt(r), NTP2=ipmgmt(r))


@neg("NetOps", "placeholder_env_example")
def n_env_example(r):
    txt = """# Copy to .env and fill in. Never commit the real .env.
NETBOX_URL=https://@NB@
NETBOX_TOKEN=
MERAKI_DASHBOARD_API_KEY=<your-meraki-api-key>
MIST_API_TOKEN=YOUR_MIST_TOKEN_HERE
ZABBIX_API_TOKEN=changeme
PANOS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SNMP_COMMUNITY=public
TACACS_KEY=<shared-secret>
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
"""
    return pick(r, [".env.example", ".env.sample", "env.template", "config/env.dist"]), fill(txt, NB=ctl(r, "netbox"))


@neg("Cisco Meraki", "org_network_ids")
def n_meraki_constants_py(r):
    txt = '''"""Static ids for the Meraki estate (public identifiers, not credentials)."""
ORG_ID = "@ORG@"
TEMPLATE_ID = "@TPL@"
NETWORKS = {
@NETS@
}
CAMERA_SERIALS = [@CAMS@]
'''
    nets = "\n".join('    "%s": "%s",' % (site(r).upper(), meraki_net(r)) for _ in range(r.randrange(3, 8)))
    cams = ", ".join('"%s"' % meraki_serial(r) for _ in range(r.randrange(2, 6)))
    return pick(r, ["meraki/ids.py", "src/netops/meraki_ids.py"]), fill(
        txt, ORG=r.randrange(100000, 999999999), TPL=meraki_net(r), NETS=nets, CAMS=cams)


@neg("PRTG", "object_ids")
def n_prtg_sensor_export(r):
    rows = ["objid,device,sensor,status,lastvalue,parentid,tags"]
    for _ in range(r.randrange(8, 20)):
        rows.append("%d,%s,%s,%s,%s,%d,%s" % (r.randrange(1000, 99999), host(r), pick(r, ["Ping", "SNMP Traffic %s" % iface(r), "SNMP CPU Load", "Uptime"]),
                                              pick(r, ["Up", "Down", "Warning", "Paused"]), pick(r, ["2 msec", "38 %", "12 d", "1,204 kbit/s"]),
                                              r.randrange(1000, 9999), pick(r, ["snmp core", "pingsensor", "bandwidthsensor"])))
    return pick(r, ["prtg/exports/sensors.csv", "reports/prtg_sensors.csv"]), "\n".join(rows) + "\n"


@neg("LibreNMS", "device_record")
def n_librenms_device_json(r):
    d = {"status": "ok", "devices": [{"device_id": r.randrange(1, 2000), "hostname": fqdn(r), "sysName": host(r), "ip": ipmgmt(r),
                                       "community": None, "authlevel": "authPriv", "authname": "librenms", "authpass": None,
                                       "authalgo": "SHA", "cryptopass": None, "cryptoalgo": "AES", "snmpver": "v3", "port": 161,
                                       "sysObjectID": ".1.3.6.1.4.1.9.1.%d" % r.randrange(1000, 3000), "serial": "FOC%s" % rs(r, 8, UP + DIG),
                                       "hardware": "C9300-48P", "os": "iosxe", "uptime": r.randrange(10 ** 5, 10 ** 8)}], "count": 1}
    return pick(r, ["tests/fixtures/librenms_device.json", "librenms/cache/device.json"]), json.dumps(d, indent=2) + "\n"


@neg("Jinja", "variables_only")
def n_jinja_vars_only(r):
    txt = """{# base AAA/SNMP template - every secret comes from Vault via host vars #}
hostname {{ inventory_hostname }}
!
tacacs server {{ tacacs.name }}
 address ipv4 {{ tacacs.address }}
 key 7 {{ tacacs.key_type7 }}
!
snmp-server group {{ snmp.group }} v3 priv read {{ snmp.view }}
snmp-server user {{ snmp.user }} {{ snmp.group }} v3 auth sha {{ snmp.auth_pass }} priv aes 128 {{ snmp.priv_pass }}
!
username {{ local_admin.name }} privilege 15 secret 9 {{ local_admin.hash }}
!
{% for ntp in ntp_servers %}
ntp server {{ ntp }}
{% endfor %}
"""
    return pick(r, ["templates/ios/base.j2", "roles/base/templates/aaa_snmp.j2"]), txt


@neg("Interface counters", "numbers")
def n_counters_csv(r):
    rows = ["timestamp,device,interface,in_octets,out_octets,in_errors,crc,speed"]
    d = host(r)
    for _ in range(r.randrange(10, 30)):
        rows.append("%s,%s,%s,%d,%d,%d,%d,%d" % (ts(r), d, iface(r), r.randrange(10 ** 9, 10 ** 14), r.randrange(10 ** 9, 10 ** 14),
                                                  r.randrange(0, 50), r.randrange(0, 9), pick(r, [1000, 10000, 25000, 100000])))
    return pick(r, ["reports/counters_%s.csv" % d, "data/ifstats.csv"]), "\n".join(rows) + "\n"


@neg("Git", "lfs_pointer")
def n_lfs_pointer(r):
    txt = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (sha256hex(r), r.randrange(10 ** 5, 10 ** 9))
    return pick(r, ["images/%s-17.9.4a.SPA.bin" % pick(r, ["cat9k_iosxe", "isr4300"]), "firmware/UAP6-MP-%d.bin" % r.randrange(100)]), txt


@neg("Cisco IOS", "type7_doc")
def n_type7_table_md(r):
    rows = ["# Migration: replace type 7 keys with type 6", "", "These are the *encrypted* values currently in the configs;",
            "the cleartext lives in Vault. Re-key with `key 6` after enabling the master key.", "",
            "| Device | Feature | Current (type 7) | Target |", "|---|---|---|---|"]
    for _ in range(r.randrange(4, 10)):
        rows.append("| %s | %s | `%s` | type 6 |" % (host(r), pick(r, ["OSPF md5", "BGP neighbor", "TACACS key", "NTP auth"]), cisco7(r)))
    return pick(r, ["docs/migrations/type7-to-type6.md", "docs/hardening.md"]), "\n".join(rows) + "\n"


# templates whose slot always sits under the conventional key name
ALWAYS_CONV = {"p_ansible_nb_inventory", "p_tf_netbox", "p_meraki_tf", "p_central_yaml", "p_infoblox_nios_provider",
               "p_unpoller_compose", "p_netbox_sync_ini", "p_fortios_tf", "p_panos_tf", "p_mist_tf",
               "p_zabbix_grafana_ds", "p_pyats_testbed", "p_nornir_defaults", "p_ansible_ini", "p_unifi_hass_yaml",
               "p_telegraf_snmp", "p_snmp_exporter", "p_librenms_php"}
for _t in POS:
    if _t["name"] in ALWAYS_CONV:
        _t["naming"] = "conv"


# ==========================================================================
# driver
# ==========================================================================
NAME_TYPES = {"Dockerfile": "dockerfile", "Jenkinsfile": "groovy", ".panrc": "ini", "panrc": "ini", "config": "yml",
              "router.db": "db", "known_hosts": "txt", "git-credentials": "txt", ".git-credentials": "txt",
              "SHA256SUMS": "txt", "detail-sample": "log", "oxidized_rsa": "key", "netops_deploy_key": "key",
              "backup_id_rsa": "key", "hosts": "ini"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") or base.endswith(".env"):
        return "env"
    if base.startswith("Jenkinsfile"):
        return "groovy"
    if base in NAME_TYPES:
        return NAME_TYPES[base]
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return "txt"


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    return base.startswith(".env.") and base not in (".env.example", ".env.sample")


def balanced(r, items, n):
    out = []
    while len(out) < n:
        chunk = list(items)
        r.shuffle(chunk)
        out.extend(chunk)
    return out[:n]


def write(outdir, rel, content):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(content)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fg.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    npos = nneg = 500
    env_cap = npos // 20 - 1
    manifest, secrets = [], []
    env_used = 0
    conv = 0

    for i, tpl in enumerate(balanced(r, POS, npos)):
        g = G(r, "pos", tpl, allow_env=env_used < env_cap)
        rel, content = tpl["fn"](g)
        assert g.calls == 1, tpl["name"]
        if g.used_env:
            env_used += 1
        assert g.used_env or not is_blocked_env(rel), (tpl["name"], rel)
        needle = g.needle
        idx = content.find(needle)
        assert idx >= 0, (tpl["name"], needle)
        line = content.count("\n", 0, idx) + 1
        assert needle in content.split("\n")[line - 1], tpl["name"]
        assert "\n" not in needle
        if tpl["naming"] == "conv" or (tpl["naming"] == "mix" and g.c):
            conv += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, content)
        manifest.append({"file": f, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"], "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})

    nre = nneg // 2
    plan = [("reuse", t) for t in balanced(r, POS, nre)] + [("look", t) for t in balanced(r, NEG, nneg - nre)]
    r.shuffle(plan)
    for i, (how, tpl) in enumerate(plan):
        if how == "reuse":
            g = G(r, "neg", tpl, allow_env=False)
            rel, content = tpl["fn"](g)
            assert g.calls == 1, tpl["name"]
            kind = g.nkind
            if rel.endswith(".py") and ("os.environ" in content or "os.getenv" in content) and "\nimport os\n" not in "\n" + content:
                if content.startswith("#!"):
                    first, rest = content.split("\n", 1)
                    content = first + "\nimport os\n" + rest
                else:
                    content = "import os\n" + content
        else:
            rel, content = tpl["fn"](r)
            kind = tpl["kind"]
        assert not is_blocked_env(rel), (tpl["name"], rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, content)
        manifest.append({"file": f, "label": "neg", "provider": tpl["provider"], "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    sys.stderr.write("gen_fg: %d positive templates, %d look-alike templates; %d pos (%d .env, %d conventional names), %d neg\n"
                     % (len(POS), len(NEG), npos, env_used, conv, nneg))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
