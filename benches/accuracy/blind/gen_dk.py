#!/usr/bin/env python3
"""Blind evaluation-set generator "dk": ISP, telecom and network-operations back office.

EMPHASIS
    Credentials that live in the back office of an ISP / WISP / telco NOC:
    RADIUS shared secrets (FreeRADIUS clients.conf, NAS/BNG configs), TACACS+ keys
    (tac_plus, IOS/Junos/VyOS client side), SNMPv3 auth/priv passphrases and SNMPv2c
    communities, SIP trunk / peer passwords (Asterisk pjsip, Kamailio), TR-069 / ACS
    credentials (GenieACS UI JWT secret, CWMP ConnectionRequest and ManagementServer
    passwords), OLT and CPE logins, PPPoE subscriber passwords, ISP billing / OSS APIs
    (Splynx key+secret, UISP NMS token and CRM app key, Sonar v2 personal access token,
    Powercode API key, Visp API password), NetBox v1/v2 and Nautobot API tokens,
    LibreNMS / Zabbix API tokens, Observium DB password, PowerDNS API key and webserver
    password, ISC DHCP OMAPI and Kea DDNS TSIG secrets, BGP MD5 session passwords,
    RPKI / registry keys (Krill admin token, ARIN Reg-RWS API key, PeeringDB API key),
    carrier APIs (Telnyx v2 API key, Bandwidth API password), Oxidized device passwords,
    MikroTik RouterOS API / user passwords and IOS local user passwords.
    File types: FreeRADIUS and tac_plus configs, Cisco IOS / Junos / RouterOS / VyOS /
    FRR / BIRD configs, Ansible group_vars / host_vars, Jinja2 device templates, Python
    (netmiko, napalm, nornir, requests), nornir/YAML inventories, Oxidized config, shell
    scripts, .env files, JSON (Kea, NetBox exports, app configs), INI, TOML, CSV
    inventories, Markdown runbooks, Asterisk pjsip.conf, GenieACS JS provisions, PHP
    (Observium config.php), ISC dhcpd.conf, pdns.conf, docker-compose, Terraform.

USAGE
    python3 gen_dk.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED: all
    randomness comes from random.Random(SEED); no clock, no os.urandom, no set iteration.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, without surrounding quotes.
    * Id/secret pairs (Splynx key+secret, Bandwidth user+password, Oxidized user+password,
      device username+password, PPPoE username+password ...): the needle is the secret
      half only; the public id/username may sit next to it.
    * SNMPv3 users: either authNoPriv (only the auth passphrase is present) or the same
      passphrase is reused for auth and priv (a common operator habit); the needle is that
      one passphrase and "line" is its first occurrence.
    * Secrets embedded in URLs (https://user:pass@host, ?apikey=...) or headers
      (X-Auth-Token: ..., Authorization: Bearer ...) - the needle is only the secret part.
    * "line" is the 1-based line of the first occurrence of the needle.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a
    look-alike: placeholders (<radius-secret>, CHANGE_ME, your-api-key-here), environment
    references in the file's own syntax (os.environ[...], ${VAR}, $ENV{VAR} in FreeRADIUS,
    lookup('env', ...) in Ansible, process.env.X, getenv()), secret-manager / vault
    references ({{ vault_* }}, vault kv get, op:// URIs), masked / redacted values,
    empty values, the prefix-only form ARIN Online shows (API-1A2B), the NetBox
    documentation token 0123456789abcdef0123456789abcdef01234567 and (only inside
    Markdown runbooks) the token.generate example tokens from the Zabbix API docs. The other half are domain look-alikes:
    hashed device passwords (Cisco type 5 / 8 / 9, SHA-512 crypt in Junos / VyOS /
    Linux), Ansible Vault blobs, BGP communities and route policies, ASNs and prefixes,
    MAC addresses and ONT serial numbers, circuit ids, SNMP engine ids, RADIUS
    accounting logs (session ids, MACs), firmware SHA-256 manifests, SSH public keys and
    host-key fingerprints, Zabbix template UUIDs, NetBox export UUIDs, PowerDNS hashed
    api-key ($scrypt$), Kea configs pointing at secret files, HMAC RFC test vectors,
    Telnyx webhook public keys, i18n strings for "password" labels.
    No reversible password encodings (Cisco type 7, Juniper $9$) are used anywhere.

DOUBTS (formats written from memory or uncertain)
    * NetBox v2 token "nbt_<key>.<token>": prefix and layout from NetBox docs; the key
      length (12) and token length (40) are from memory.
    * Telnyx v2 API key: "KEY" + 26 Crockford-base32 chars (ULID) + "_" + 22 alnum -
      from memory; Telnyx docs only show YOUR_API_KEY.
    * PeeringDB API key "<8 alnum>.<32 alnum>" - from memory (django-rest-framework-api-key
      layout); PeeringDB docs do not show a sample.
    * Splynx API key / secret as 32 hex each - from memory.
    * UISP NMS x-auth-token as a UUID and UISP CRM X-Auth-App-Key as 64 chars of
      [A-Za-z0-9+/] - from memory, uncertain.
    * Sonar v2 personal access token rendered as an RS256 JWT - from memory, uncertain.
    * Powercode API key (32 alnum) and Krill admin token (hex) - from memory.
    * LibreNMS token = 32 hex (from memory, matches library examples); Zabbix = 64 hex
      (Zabbix docs: 32 random bytes as hex); NetBox v1 / Nautobot = 40 hex (docs);
      ARIN = API-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX, 32 hex (ARIN docs).
    * Diameter peer passwords and "WISPA tools" are not covered (Diameter peers are
      normally secured with TLS/IPsec rather than passwords; no WISPA-specific key format
      is known to me).
    * Label disputes: negatives include Cisco type 5/8/9 and $6$ hashes (offline
      crackable - some reviewers flag them); the NetBox doc token
      0123456789abcdef0123456789abcdef01234567 and the Zabbix doc example tokens
      (bbcfce79..., fa1258a8..., pasted into runbooks) are labelled negative as
      published documentation examples - a reviewer who does not recognise the Zabbix
      ones would call them real. Splynx positives carry the public 32-hex API key id
      next to the secret; in negatives that id is an env reference, since a bare 32-hex
      "API_KEY" could be read as a secret. Positives include
      low-privilege SNMPv2c read communities and PPPoE subscriber passwords, which some
      reviewers might rate as low severity but are still credentials.

SEARCHES
    search(docs/pages): NetBox v2 token format (netboxlabs docs, NetBox discussions,
    Pulumi netbox provider), Telnyx API key / Bearer auth (developers.telnyx.com),
    PeeringDB API keys (docs.peeringdb.com), ARIN API key format (arin.net blog:
    "API-XXXX-..." 32 hex), Splynx API (npm/gist client wrappers), UISP token (only
    Unimus pages came back), PowerDNS api-key (doc.powerdns.com, pastebins), Zabbix API
    token (zabbix.com: 64 hex), LibreNMS API token (docs.librenms.org).
    Scanner-related material shown: a GitGuardian detector page ("Telnyx API Key",
    docs.gitguardian.com) appeared in a Telnyx search result; it was ignored.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------------------
# Context data (hostnames, sites, people, ids)
# ---------------------------------------------------------------------------
ISPS = ["Ridgeline Wireless", "Cascade Fiber", "Prairie Broadband", "Northwoods Net",
        "Bluestem Telecom", "Harbor Link", "Summit WISP", "Coastal Fibre Co",
        "Red Rock Internet", "Lakeshore Networks", "Pinecrest Telephone", "Valley Wave"]
SITES = ["pdx1", "sea2", "boi1", "den3", "slc1", "msp2", "oma1", "dsm1", "fsd1", "bil1",
         "gjt1", "rno2", "abq1", "tul1", "ict2", "lnk1"]
ROLES = ["core", "bng", "edge", "agg", "pe", "br", "cr", "dist"]
VENDORS = ["cisco_ios", "cisco_xr", "juniper_junos", "mikrotik_routeros", "vyos",
           "huawei", "zte_zxros"]
PEOPLE = ["jmorales", "kpatel", "slindqvist", "bnakamura", "adeyemi", "rfitz",
          "mkowalski", "tnguyen", "egarcia", "dobrien", "hlarsen", "ychen"]
WORDS = ["Tower", "Falcon", "Cedar", "Sector", "Uplink", "Canopy", "Ridge", "Harbor",
         "Backhaul", "Prairie", "Granite", "Summit", "Willow", "Copper", "Lantern",
         "Meadow", "Osprey", "Basalt", "Juniper", "Aspen", "Comet", "Glacier", "Raven",
         "Sierra", "Tundra", "Bison", "Marlin", "Orchid", "Pioneer", "Quartz"]
SYMS = "!@%^*-_.+=~"
TICKETS = ["NOC", "NETENG", "OPS", "CHG", "INC"]


def host(rng, role=None):
    role = role or pick(rng, ROLES)
    return "%s%d.%s" % (role, rng.randint(1, 4), pick(rng, SITES))


def fqdn(rng, role=None):
    return host(rng, role) + "." + pick(rng, ["net.example.net", "ops.example.com",
                                               "noc.example.org", "infra.example.net"])


def ip4(rng, kind=None):
    kind = kind or pick(rng, ["rfc1918", "doc", "cgn", "mgmt"])
    if kind == "doc":
        base = pick(rng, ["192.0.2", "198.51.100", "203.0.113"])
        return "%s.%d" % (base, rng.randint(2, 250))
    if kind == "cgn":
        return "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "mgmt":
        return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(1, 254))
    return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))


def ip6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xff))


def asn(rng, private=None):
    if private is None:
        private = rng.random() < 0.5
    return rng.randint(64512, 65534) if private else rng.choice([rng.randint(1000, 39999), rng.randint(393216, 401000)])


def mac(rng, sep=":"):
    return sep.join("%02x" % rng.randint(0, 255) for _ in range(6))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick(rng, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ticket(rng):
    return "%s-%d" % (pick(rng, TICKETS), rng.randint(1000, 9999))


def date(rng):
    return "20%02d-%02d-%02d" % (rng.randint(21, 25), rng.randint(1, 12), rng.randint(1, 28))


def isp(rng):
    return pick(rng, ISPS)


def slug(s):
    return s.lower().replace(" ", "-")


# ---------------------------------------------------------------------------
# Secret generators
# ---------------------------------------------------------------------------
def human_pw(rng, urlsafe=False):
    syms = "!-_.~" if urlsafe else SYMS
    w1, w2 = pick(rng, WORDS), pick(rng, WORDS)
    n = str(rng.randint(10, 9999))
    s = pick(rng, syms)
    pat = rng.randrange(6)
    if pat == 0:
        pw = w1 + s + w2 + n
    elif pat == 1:
        pw = w1.lower() + n + s + w2
    elif pat == 2:
        leet = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1"})
        pw = w1.translate(leet) + s + w2.lower().translate(leet) + n[:2]
    elif pat == 3:
        pw = w1 + w2 + s + n
    elif pat == 4:
        pw = w1[0].lower() + rs(rng, ALNUM, 5) + s + w2 + n[:2]
    else:
        pw = w1 + n + s + rs(rng, string.ascii_lowercase, 3) + pick(rng, ["X", "Q", "Z", "K"])
    return pw


def rand_pw(rng, lo=14, hi=24, syms="-_.!@%"):
    n = rng.randint(lo, hi)
    alpha = ALNUM + syms
    while True:
        pw = rng.choice(string.ascii_letters) + rs(rng, alpha, n - 1)
        if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c.islower() for c in pw):
            return pw


def shared_secret(rng):
    r = rng.random()
    if r < 0.4:
        return rand_pw(rng, 16, 28, "")
    if r < 0.7:
        return rand_pw(rng, 12, 22, "-_.!%")
    return human_pw(rng)


def community(rng):
    r = rng.random()
    if r < 0.5:
        return pick(rng, ["noc", "mon", "ro", "nms", "lnms", "zbx", "obs"]) + pick(rng, ["-", "_", ""]) + rand_pw(rng, 8, 14, "")
    if r < 0.8:
        return rand_pw(rng, 12, 20, "")
    return human_pw(rng)


def b64bytes(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_like(rng, iss):
    hdr = b64url_nopad(json.dumps({"typ": "JWT", "alg": "RS256"}, separators=(",", ":")).encode())
    iat = rng.randint(1640000000, 1735000000)
    payload = {"aud": "2", "jti": rs(rng, HEX, 80), "iat": iat, "nbf": iat,
               "exp": iat + 31536000 * rng.randint(1, 5), "sub": str(rng.randint(1, 400)),
               "scopes": []}
    pl = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = rs(rng, B64URL, 342)
    return "%s.%s.%s" % (hdr, pl, sig)


def ulid(rng):
    return pick(rng, "01") + rs(rng, CROCKFORD, 25)


def arin_key(rng):
    return "API-" + "-".join(rs(rng, "0123456789ABCDEF", 4) for _ in range(8))


GEN = {
    "radius_shared_secret": shared_secret,
    "tacacs_key": shared_secret,
    "snmpv3_passphrase": lambda r: human_pw(r) if r.random() < 0.5 else rand_pw(r, 12, 20, "-_.!"),
    "snmp_community": community,
    "sip_password": lambda r: rand_pw(r, 14, 20, "") if r.random() < 0.6 else human_pw(r),
    "cwmp_password": lambda r: rand_pw(r, 10, 16, "") if r.random() < 0.6 else human_pw(r),
    "genieacs_jwt_secret": lambda r: rs(r, HEX, 64) if r.random() < 0.5 else rs(r, ALNUM, 48),
    "device_password": human_pw,
    "olt_password": human_pw,
    "pppoe_password": lambda r: rs(r, LOWER_ALNUM, r.randint(8, 10)) if r.random() < 0.6 else human_pw(r),
    "splynx_api_secret": lambda r: rs(r, HEX, 32),
    "uisp_nms_token": uuid4,
    "uisp_crm_app_key": lambda r: rs(r, ALNUM + "+/", 64),
    "sonar_api_token": lambda r: jwt_like(r, "sonar"),
    "powercode_api_key": lambda r: rs(r, ALNUM, 32),
    "visp_api_password": human_pw,
    "netbox_token_v1": lambda r: rs(r, HEX, 40),
    "netbox_token_v2": lambda r: "nbt_" + rs(r, ALNUM, 12) + "." + rs(r, ALNUM, 40),
    "nautobot_token": lambda r: rs(r, HEX, 40),
    "librenms_token": lambda r: rs(r, HEX, 32),
    "zabbix_api_token": lambda r: rs(r, HEX, 64),
    "observium_db_password": human_pw,
    "pdns_api_key": lambda r: rs(r, ALNUM, r.randint(20, 40)) if r.random() < 0.6 else b64bytes(r, 24),
    "pdns_webserver_password": lambda r: rand_pw(r, 12, 20, ""),
    "omapi_secret": lambda r: b64bytes(r, 16) if r.random() < 0.5 else b64bytes(r, 64),
    "tsig_secret": lambda r: b64bytes(r, 32),
    "bgp_md5_password": lambda r: rand_pw(r, 10, 20, "-_.!") if r.random() < 0.6 else human_pw(r),
    "krill_admin_token": lambda r: rs(r, HEX, 32) if r.random() < 0.5 else rs(r, ALNUM, 40),
    "arin_api_key": arin_key,
    "peeringdb_api_key": lambda r: rs(r, ALNUM, 8) + "." + rs(r, ALNUM, 32),
    "telnyx_api_key": lambda r: "KEY" + ulid(r) + "_" + rs(r, ALNUM, 22),
    "bandwidth_api_password": lambda r: rand_pw(r, 14, 22, "!-_") if r.random() < 0.5 else human_pw(r),
    "oxidized_password": human_pw,
    "routeros_password": lambda r: human_pw(r) if r.random() < 0.5 else rand_pw(r, 12, 18, "-_."),
}

PROVIDER = {
    "radius_shared_secret": "radius", "tacacs_key": "tacacs", "snmpv3_passphrase": "snmp",
    "snmp_community": "snmp", "sip_password": "sip", "cwmp_password": "tr069",
    "genieacs_jwt_secret": "genieacs", "device_password": "network_device",
    "olt_password": "olt", "pppoe_password": "pppoe", "splynx_api_secret": "splynx",
    "uisp_nms_token": "uisp", "uisp_crm_app_key": "uisp", "sonar_api_token": "sonar",
    "powercode_api_key": "powercode", "visp_api_password": "visp",
    "netbox_token_v1": "netbox", "netbox_token_v2": "netbox", "nautobot_token": "nautobot",
    "librenms_token": "librenms", "zabbix_api_token": "zabbix",
    "observium_db_password": "observium", "pdns_api_key": "powerdns",
    "pdns_webserver_password": "powerdns", "omapi_secret": "isc_dhcp",
    "tsig_secret": "kea", "bgp_md5_password": "bgp", "krill_admin_token": "krill",
    "arin_api_key": "arin", "peeringdb_api_key": "peeringdb", "telnyx_api_key": "telnyx",
    "bandwidth_api_password": "bandwidth", "oxidized_password": "oxidized",
    "routeros_password": "mikrotik",
}


# ---------------------------------------------------------------------------
# Per-kind metadata used by the generic templates
#   words   : words of the obvious variable name
#   neutral : less obvious names (still plausible in real code)
#   env     : environment variable name used by negatives
#   url     : service endpoint shown next to the secret
#   ident   : (label, generator) of the public half shown next to the secret, or None
# ---------------------------------------------------------------------------
def _user(rng):
    return pick(rng, ["netops", "noc", "svc-backup", "automation", "rancid", "oxidized", "ansible", "monitor"])


META = {
    "radius_shared_secret": dict(words=["radius", "secret"], neutral=[["nas", "key"], ["shared", "value"], ["client", "phrase"]],
                                 env="RADIUS_SECRET", url=None, ident=("nas_ip", lambda r: ip4(r, "mgmt"))),
    "tacacs_key": dict(words=["tacacs", "key"], neutral=[["aaa", "phrase"], ["tac", "value"], ["server", "psk"]],
                       env="TACACS_KEY", url=None, ident=("tacacs_server", lambda r: ip4(r, "mgmt"))),
    "snmpv3_passphrase": dict(words=["snmp", "auth", "pass"], neutral=[["v3", "phrase"], ["usm", "value"], ["poll", "phrase"]],
                              env="SNMPV3_AUTH_PASS", url=None, ident=("snmp_user", lambda r: pick(r, ["nmsv3", "librenms", "zbxpoller", "observium"]))),
    "snmp_community": dict(words=["snmp", "community"], neutral=[["ro", "string"], ["poll", "string"], ["comm"]],
                           env="SNMP_COMMUNITY", url=None, ident=None),
    "sip_password": dict(words=["sip", "password"], neutral=[["trunk", "auth"], ["reg", "phrase"], ["peer", "value"]],
                         env="SIP_TRUNK_PASSWORD", url=None, ident=("sip_username", lambda r: str(r.randint(2000000000, 2999999999)))),
    "cwmp_password": dict(words=["cwmp", "password"], neutral=[["cr", "auth"], ["acs", "phrase"], ["conn", "req", "value"]],
                          env="CWMP_CR_PASSWORD", url="https://acs.example.net:7547/", ident=("cwmp_username", lambda r: pick(r, ["acs", "cpe-cr", "genieacs", "tr069"]))),
    "genieacs_jwt_secret": dict(words=["ui", "jwt", "secret"], neutral=[["ui", "signing", "value"], ["session", "seed"]],
                                env="GENIEACS_UI_JWT_SECRET", url=None, ident=None),
    "device_password": dict(words=["device", "password"], neutral=[["login", "phrase"], ["cli", "auth"], ["net", "cred"]],
                            env="NET_PASSWORD", url=None, ident=("username", _user)),
    "olt_password": dict(words=["olt", "password"], neutral=[["olt", "auth"], ["gpon", "login"], ["ma5800", "cred"]],
                         env="OLT_PASSWORD", url=None, ident=("olt_user", lambda r: pick(r, ["root", "netops", "zteadmin", "provision"]))),
    "pppoe_password": dict(words=["pppoe", "password"], neutral=[["ppp", "auth"], ["sub", "phrase"], ["wan", "cred"]],
                           env="PPPOE_PASSWORD", url=None, ident=("pppoe_username", lambda r: "%s%d@%s" % (pick(r, ["cust", "sub", "fttx"]), r.randint(10000, 99999), pick(r, ["bb.example.net", "fiber.example.com"])))),
    "splynx_api_secret": dict(words=["splynx", "api", "secret"], neutral=[["billing", "sig", "key"], ["bss", "hmac"]],
                              env="SPLYNX_API_SECRET", url="https://billing.example.net/api/2.0/", ident=("splynx_api_key", lambda r: rs(r, HEX, 32))),
    "uisp_nms_token": dict(words=["uisp", "api", "token"], neutral=[["nms", "auth"], ["x", "auth"], ["unms", "hdr"]],
                           env="UISP_TOKEN", url="https://uisp.example.net/nms/api/v2.1/", ident=None),
    "uisp_crm_app_key": dict(words=["ucrm", "app", "key"], neutral=[["crm", "hdr"], ["app", "auth"]],
                             env="UCRM_APP_KEY", url="https://uisp.example.net/crm/api/v1.0/", ident=None),
    "sonar_api_token": dict(words=["sonar", "api", "token"], neutral=[["gql", "bearer"], ["sonar", "auth"]],
                            env="SONAR_TOKEN", url="https://example.sonar.software/api/graphql", ident=None),
    "powercode_api_key": dict(words=["powercode", "api", "key"], neutral=[["pc", "auth"], ["billing", "key"]],
                              env="POWERCODE_API_KEY", url="https://powercode.example.net:444/api/1/index.php", ident=None),
    "visp_api_password": dict(words=["visp", "api", "password"], neutral=[["visp", "auth"], ["bss", "phrase"]],
                              env="VISP_API_PASSWORD", url="https://data.visp.net/graphql", ident=("visp_username", lambda r: "api_%s" % pick(r, ["sync", "noc", "provision"]))),
    "netbox_token_v1": dict(words=["netbox", "token"], neutral=[["nb", "auth"], ["ipam", "key"], ["dcim", "auth"]],
                            env="NETBOX_TOKEN", url="https://netbox.example.net/", ident=None),
    "netbox_token_v2": dict(words=["netbox", "api", "token"], neutral=[["nb", "bearer"], ["ipam", "auth"]],
                            env="NETBOX_TOKEN", url="https://netbox.example.net/", ident=None),
    "nautobot_token": dict(words=["nautobot", "token"], neutral=[["sot", "auth"], ["nb", "key"]],
                           env="NAUTOBOT_TOKEN", url="https://nautobot.example.net/", ident=None),
    "librenms_token": dict(words=["librenms", "token"], neutral=[["nms", "auth"], ["lnms", "hdr"]],
                           env="LIBRENMS_TOKEN", url="https://librenms.example.net/api/v0/", ident=None),
    "zabbix_api_token": dict(words=["zabbix", "api", "token"], neutral=[["zbx", "auth"], ["mon", "bearer"]],
                             env="ZABBIX_API_TOKEN", url="https://zabbix.example.net/api_jsonrpc.php", ident=None),
    "observium_db_password": dict(words=["db", "pass"], neutral=[["mysql", "auth"], ["obs", "db", "cred"]],
                                  env="OBSERVIUM_DB_PASS", url=None, ident=("db_user", lambda r: "observium")),
    "pdns_api_key": dict(words=["pdns", "api", "key"], neutral=[["dns", "auth"], ["authdns", "hdr"]],
                         env="PDNS_API_KEY", url="http://ns1.example.net:8081/api/v1/", ident=None),
    "pdns_webserver_password": dict(words=["webserver", "password"], neutral=[["stats", "auth"], ["web", "phrase"]],
                                    env="PDNS_WEBSERVER_PASSWORD", url=None, ident=None),
    "omapi_secret": dict(words=["omapi", "secret"], neutral=[["dhcp", "hmac"], ["omapi", "value"]],
                         env="OMAPI_SECRET", url=None, ident=("omapi_key_name", lambda r: pick(r, ["omapi_key", "defomapi", "dhcp-ctl"]))),
    "tsig_secret": dict(words=["tsig", "secret"], neutral=[["ddns", "hmac"], ["update", "value"]],
                        env="DDNS_TSIG_SECRET", url=None, ident=("tsig_key_name", lambda r: pick(r, ["ddns-key.", "kea-ddns.", "dhcp-update."]))),
    "bgp_md5_password": dict(words=["bgp", "password"], neutral=[["md5", "auth"], ["session", "phrase"], ["tcp", "sig"]],
                             env="BGP_MD5", url=None, ident=("peer_asn", lambda r: str(asn(r)))),
    "krill_admin_token": dict(words=["krill", "admin", "token"], neutral=[["rpki", "auth"], ["ca", "bearer"]],
                              env="KRILL_ADMIN_TOKEN", url="https://krill.example.net:3000/api/v1/", ident=None),
    "arin_api_key": dict(words=["arin", "api", "key"], neutral=[["rws", "auth"], ["swip", "key"]],
                         env="ARIN_API_KEY", url="https://reg.arin.net/rest/", ident=None),
    "peeringdb_api_key": dict(words=["peeringdb", "api", "key"], neutral=[["pdb", "auth"], ["pdb", "hdr"]],
                              env="PEERINGDB_API_KEY", url="https://www.peeringdb.com/api/", ident=None),
    "telnyx_api_key": dict(words=["telnyx", "api", "key"], neutral=[["carrier", "bearer"], ["porting", "auth"]],
                           env="TELNYX_API_KEY", url="https://api.telnyx.com/v2/", ident=None),
    "bandwidth_api_password": dict(words=["bandwidth", "password"], neutral=[["bw", "auth"], ["iris", "phrase"]],
                                   env="BW_PASSWORD", url="https://dashboard.bandwidth.com/api/", ident=("bw_username", lambda r: "api-%s" % pick(r, ["porting", "noc", "lnp"]))),
    "oxidized_password": dict(words=["oxidized", "password"], neutral=[["backup", "auth"], ["cfg", "cred"]],
                              env="OXIDIZED_PASSWORD", url=None, ident=("username", lambda r: pick(r, ["oxidized", "backup", "rancid"]))),
    "routeros_password": dict(words=["routeros", "password"], neutral=[["mt", "auth"], ["ros", "login"]],
                              env="ROS_PASSWORD", url=None, ident=("username", lambda r: pick(r, ["api", "netops", "automation"]))),
}


# ---------------------------------------------------------------------------
# Slots: the value written where the secret goes
# ---------------------------------------------------------------------------
class Slot(object):
    def __init__(self, mode, text="", name="", tag="secret"):
        self.mode = mode      # lit | env | var | empty | hash
        self.text = text
        self.name = name
        self.tag = tag


CONFIG_LANGS = ("cisco", "junos", "ros", "vyos", "frr", "bird", "freeradius", "tacplus",
                "snmpd", "dhcpd", "uci", "asterisk")


def render(slot, lang, q='"'):
    """Render a slot for a given syntax. q is the quote used for literals."""
    m = slot.mode
    if m in ("lit", "hash"):
        return q + slot.text + q
    if m == "empty":
        return q + q
    n = slot.name
    low = n.lower()
    if m == "env":
        if lang == "py":
            return 'os.environ["%s"]' % n
        if lang == "js":
            return "process.env.%s" % n
        if lang == "php":
            return "getenv('%s')" % n
        if lang == "ansible":
            return "\"{{ lookup('env', '%s') }}\"" % n
        if lang == "freeradius":
            return "$ENV{%s}" % n
        if lang in ("cisco", "junos", "ros", "vyos", "frr", "bird", "j2"):
            return q + "{{ " + low + " }}" + q
        if lang == "tf":
            return "var.%s" % low
        if lang == "inline":
            return "${%s}" % n
        return (q or '"') + "${%s}" % n + (q or '"') if lang in ("sh", "yaml", "compose", "json", "toml") else q + "${%s}" % n + q
    if m == "var":
        if lang in ("ansible", "yaml", "compose"):
            return '"{{ vault_%s }}"' % low
        if lang in ("cisco", "junos", "ros", "vyos", "frr", "bird", "j2", "md"):
            return q + "{{ vault_" + low + " }}" + q
        if lang == "py":
            return 'get_secret("netops/%s")' % low.replace("_", "-")
        if lang == "sh":
            return '"$(vault kv get -field=%s secret/netops)"' % low
        if lang == "js":
            return "await secrets.get('%s')" % low
        if lang == "php":
            return "$secrets['%s']" % low
        if lang == "tf":
            return "data.vault_generic_secret.netops.data[\"%s\"]" % low
        if lang == "inline":
            return "{{ %s }}" % low
        return q + "vault:secret/data/netops#%s" % low + q
    raise ValueError(m)


PLACEHOLDERS = ["CHANGE_ME", "REPLACE_ME", "changeme-before-deploy", "<SECRET>", "TODO",
                "xxxxxxxxxxxxxxxx", "XXXXXXXX", "your-api-key-here", "<insert-secret>",
                "PLACEHOLDER", "set-in-vault", "__SECRET__", "dummy", "not-a-real-secret"]
KIND_PLACEHOLDER = {
    "radius_shared_secret": ["<radius-shared-secret>", "RADIUS_SECRET_HERE", "<nas-secret>"],
    "tacacs_key": ["<tacacs-key>", "TACACS_KEY_GOES_HERE"],
    "snmpv3_passphrase": ["<auth-passphrase>", "<snmpv3-auth-pass>"],
    "snmp_community": ["<ro-community>", "COMMUNITY", "<community-string>"],
    "sip_password": ["<trunk-password>", "SIP_PASSWORD"],
    "cwmp_password": ["<cr-password>", "CONNECTION_REQUEST_PASSWORD"],
    "netbox_token_v1": ["<netbox-token>", "YOUR_NETBOX_TOKEN"],
    "netbox_token_v2": ["nbt_<key>.<token>", "<netbox-v2-token>"],
    "telnyx_api_key": ["YOUR_API_KEY", "KEYxxxxxxxxxxxxxxxx"],
    "arin_api_key": ["API-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", "<arin-api-key>"],
    "librenms_token": ["YOURAPITOKENHERE", "<librenms-token>"],
    "zabbix_api_token": ["<zabbix-api-token>", "YOUR_API_TOKEN"],
    "peeringdb_api_key": ["<peeringdb-api-key>", "[created api key string]"],
    "bgp_md5_password": ["<md5-password>", "<bgp-auth-key>"],
    "pppoe_password": ["<pppoe-password>", "******"],
}
MASKED = ["********", "****************", "<redacted>", "[REDACTED]", "***hidden***",
          "(masked)", "••••••••", "REDACTED"]
NETBOX_DOC_TOKEN = "0123456789abcdef0123456789abcdef01234567"
ZABBIX_DOC_TOKENS = ["bbcfce79a2d95037502f7e9a534906d3466c9a1484beb6ea0f4e7be28e8b8ce2",
                     "fa1258a83d518eabd87698a96bd7f07e5a6ae8aeb8463cae33d50b91dd21bd6d"]


def neg_slot(rng, kind, lang, ftype=""):
    env = META[kind]["env"]
    opts = ["ph", "env", "var", "mask"]
    if lang not in CONFIG_LANGS:
        opts.append("empty")
    special = []
    if kind == "arin_api_key":
        special.append(Slot("lit", "API-" + rs(rng, "0123456789ABCDEF", 4)))
    if kind == "netbox_token_v1" or kind == "nautobot_token":
        special.append(Slot("lit", NETBOX_DOC_TOKEN))
    if kind == "zabbix_api_token" and ftype == "markdown":
        # the token.generate example from the Zabbix API docs, pasted into a runbook
        special.append(Slot("lit", pick(rng, ZABBIX_DOC_TOKENS)))
    if special and rng.random() < 0.35:
        sl = pick(rng, special)
        sl.tag = "key_prefix_only" if kind == "arin_api_key" else "documentation_example"
        return sl
    o = pick(rng, opts)
    if o == "ph":
        pool = PLACEHOLDERS + KIND_PLACEHOLDER.get(kind, [])
        return Slot("lit", pick(rng, pool), tag="placeholder")
    if o == "env":
        return Slot("env", name=env, tag="env_reference")
    if o == "var":
        return Slot("var", name=env.lower(), tag="secret_manager_reference")
    if o == "mask":
        m = pick(rng, MASKED)
        if rng.random() < 0.3:
            m = "*" * rng.randint(20, 36) + rs(rng, HEX, 4)
        return Slot("lit", m, tag="masked")
    return Slot("empty", tag="empty")


# ---------------------------------------------------------------------------
# Cisco / crypt hashes (negatives only; one-way, never reversible encodings)
# ---------------------------------------------------------------------------
def cisco_hash(rng, t=None):
    t = t or pick(rng, ["5", "8", "9"])
    if t == "5":
        return t, "$1$" + rs(rng, CRYPT64, 4) + "$" + rs(rng, CRYPT64, 22)
    return t, "$%s$" % t + rs(rng, CRYPT64, 14) + "$" + rs(rng, CRYPT64, 43)


def sha512_crypt(rng):
    return "$6$" + rs(rng, CRYPT64, 16) + "$" + rs(rng, CRYPT64, 86)


class Ctx(object):
    def __init__(self, rng, kind, slot, obvious, positive):
        self.rng = rng
        self.kind = kind
        self.slot = slot
        self.obvious = obvious
        self.positive = positive
        self.meta = META[kind]

    def v(self, lang, q='"'):
        return render(self.slot, lang, q)

    def raw(self, lang="inline"):
        """Value without surrounding quotes (for inline contexts)."""
        return render(self.slot, lang, "")

    def name(self, style, obvious_words=None, neutral=None):
        words = obvious_words or self.meta["words"]
        if not self.obvious:
            words = pick(self.rng, neutral or self.meta["neutral"])
        return style_name(words, style)


def style_name(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "screaming":
        return "_".join(w.upper() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    return "_".join(words)


TEMPLATES = []


def T(name, kinds, filetype):
    def deco(fn):
        TEMPLATES.append((name, tuple(kinds), filetype, fn))
        return fn
    return deco


def hdr_comment(rng, c="#"):
    lines = [
        "%s Managed by netops - %s" % (c, ticket(rng)),
        "%s Last reviewed %s by %s" % (c, date(rng), pick(rng, PEOPLE)),
        "%s Do not edit on the box; changes go through the repo." % c,
        "%s %s NOC automation" % (c, isp(rng)),
        "%s see runbook: https://wiki.example.net/noc/%s" % (c, pick(rng, ["aaa", "radius", "bgp", "monitoring", "provisioning"])),
    ]
    rng.shuffle(lines)
    return lines[: rng.randint(1, 3)]


# ===========================================================================
# Templates shared by positives and negatives (the secret slot is ctx.slot)
# ===========================================================================
@T("freeradius_clients", ["radius_shared_secret"], "freeradius")
def t_freeradius_clients(ctx, kind):
    r = ctx.rng
    site = pick(r, SITES)
    L = ["# -*- text -*-", "##", "## clients.conf -- RADIUS clients for %s" % site, "##"]
    L += hdr_comment(r)
    L.append("")
    # other clients use secrets pulled from env or include files (no literal)
    if r.random() < 0.5:
        L += ["client localhost {", "\tipaddr = 127.0.0.1", "\tproto = *",
              "\tsecret = $ENV{RADIUS_LOCAL_SECRET}", "\trequire_message_authenticator = no",
              "\tnas_type = other", "}", ""]
    name = "%s-%s" % (pick(r, ["bng", "nas", "mikrotik-hs", "olt-aaa", "cmts"]), site)
    L += ["client %s {" % name,
          "\tipaddr = %s" % ip4(r, "mgmt"),
          "\tproto = %s" % pick(r, ["udp", "*"]),
          "\tsecret = %s" % ctx.v("freeradius", pick(r, ['"', ""])),
          "\trequire_message_authenticator = %s" % pick(r, ["yes", "no"]),
          "\tnas_type = %s" % pick(r, ["cisco", "other", "mikrotik", "juniper"]),
          "\tshortname = %s" % name,
          "\tlimit {", "\t\tmax_connections = 16", "\t\tlifetime = 0", "\t\tidle_timeout = 30", "\t}",
          "}", ""]
    if r.random() < 0.5:
        L += ["$INCLUDE clients.d/", ""]
    return pick(r, ["raddb/clients.conf", "etc/freeradius/3.0/clients.conf",
                    "freeradius/clients.d/%s.conf" % name]), "\n".join(L)


@T("freeradius_proxy", ["radius_shared_secret"], "freeradius")
def t_freeradius_proxy(ctx, kind):
    r = ctx.rng
    realm = pick(r, ["wholesale.example.net", "roaming.example.org", "partner-isp.example.com"])
    L = ["# proxy.conf - wholesale realm forwarding"] + hdr_comment(r) + [
        "", "proxy server {", "\tdefault_fallback = no", "}", "",
        "home_server %s {" % slug(pick(r, ISPS)),
        "\ttype = auth+acct",
        "\tipaddr = %s" % ip4(r, "doc"),
        "\tport = 1812",
        "\tsecret = %s" % ctx.v("freeradius", pick(r, ['"', ""])),
        "\tresponse_window = 20",
        "\tzombie_period = 40",
        "\tstatus_check = status-server",
        "\tcheck_interval = 30",
        "\tnum_answers_to_alive = 3",
        "}", "",
        "home_server_pool wholesale_pool {", "\ttype = fail-over",
        "\thome_server = %s" % slug(pick(r, ISPS)), "}", "",
        "realm %s {" % realm, "\tauth_pool = wholesale_pool", "\tnostrip", "}", ""]
    return pick(r, ["raddb/proxy.conf", "freeradius/proxy.conf", "etc/raddb/proxy.conf"]), "\n".join(L)


@T("ios_aaa_radius", ["radius_shared_secret"], "cisco_ios")
def t_ios_aaa_radius(ctx, kind):
    r = ctx.rng
    h = host(r, pick(r, ["bng", "agg", "edge"]))
    grp = pick(r, ["RAD-SUBS", "ISP-RADIUS", "AAA-PPP"])
    L = ["!", "hostname %s" % h, "!", "aaa new-model", "aaa group server radius %s" % grp,
         " server name RAD1", " ip vrf forwarding MGMT", " ip radius source-interface Loopback0", "!",
         "aaa authentication ppp default group %s" % grp,
         "aaa authorization network default group %s" % grp,
         "aaa accounting network default start-stop group %s" % grp, "!"]
    if r.random() < 0.5:
        L += ["radius server RAD1", " address ipv4 %s auth-port 1812 acct-port 1813" % ip4(r, "mgmt"),
              " timeout 3", " retransmit 2", " key 0 %s" % ctx.raw("cisco"), "!"]
    else:
        L += ["radius-server host %s auth-port 1812 acct-port 1813 key %s" % (ip4(r, "mgmt"), ctx.raw("cisco")),
              "radius-server retransmit 2", "radius-server timeout 3", "!"]
    L += ["radius-server attribute 44 include-in-access-req",
          "radius-server attribute nas-port format d", "radius-server dead-criteria time 10 tries 3", "!",
          "interface Loopback0", " ip address %s 255.255.255.255" % ip4(r, "mgmt"), "!", "end"]
    return pick(r, ["configs/%s.cfg" % h, "backups/cisco/%s.conf" % h, "templates/rendered/%s.txt" % h]), "\n".join(L)


@T("routeros_radius", ["radius_shared_secret"], "routeros")
def t_routeros_radius(ctx, kind):
    r = ctx.rng
    L = ["# %s by RouterOS 7.%d.%d" % (pick(r, ["jan/02/2024 10:11:02", "mar/14/2023 08:00:41", "sep/30/2024 22:15:09"]), r.randint(10, 16), r.randint(0, 3)),
         "# software id = %s-%s" % (rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4), rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4)),
         "# model = %s" % pick(r, ["CCR2004-1G-12S+2XS", "CCR1036-8G-2S+", "RB5009UG+S+", "CCR2116-12G-4S+"]),
         "/interface pppoe-server server",
         "add authentication=pap,chap disabled=no interface=vlan%d-subs service-name=%s" % (r.randint(100, 999), slug(pick(r, ISPS))),
         "/ppp profile", "set *0 use-radius=yes",
         "/radius",
         "add address=%s secret=%s service=ppp,hotspot src-address=%s timeout=3s" % (ip4(r, "mgmt"), ctx.raw("ros"), ip4(r, "mgmt")),
         "/radius incoming", "set accept=yes port=3799",
         "/ppp aaa", "set interim-update=5m use-radius=yes",
         "/system identity", "set name=%s" % host(r, "bng"),
         "/system ntp client", "set enabled=yes", "/system ntp client servers", "add address=%s" % ip4(r, "mgmt")]
    return pick(r, ["mikrotik/%s.rsc" % host(r, "bng"), "routeros/exports/%s.rsc" % host(r, "bng")]), "\n".join(L)


@T("tac_plus_conf", ["tacacs_key"], "tac_plus")
def t_tac_plus(ctx, kind):
    r = ctx.rng
    L = ["# tac_plus.conf (shrubbery tacacs+)"] + hdr_comment(r) + ["",
         "accounting file = /var/log/tac_plus/tac_plus.acct", "",
         "key = %s" % ctx.v("tacacs", pick(r, ['"', ""])), "",
         "group = netadmin {", "\tdefault service = permit", "\tservice = exec {", "\t\tpriv-lvl = 15", "\t}", "}", "",
         "group = noc-readonly {", "\tdefault service = deny", "\tservice = exec {", "\t\tpriv-lvl = 1", "\t}",
         "\tcmd = show {", "\t\tpermit .*", "\t}", "}", ""]
    for u in r.sample(PEOPLE, 3):
        L += ["user = %s {" % u, "\tlogin = PAM", "\tmember = %s" % pick(r, ["netadmin", "noc-readonly"]), "}", ""]
    return pick(r, ["tac_plus/tac_plus.conf", "etc/tacacs+/tac_plus.conf", "roles/tacacs/files/tac_plus.conf"]), "\n".join(L)


@T("ios_tacacs", ["tacacs_key"], "cisco_ios")
def t_ios_tacacs(ctx, kind):
    r = ctx.rng
    h = host(r)
    L = ["!", "! %s" % h, "! %s" % ticket(r), "!", "aaa new-model", "!",
         "tacacs server TAC-%s" % pick(r, SITES).upper(),
         " address ipv4 %s" % ip4(r, "mgmt"),
         " key 0 %s" % ctx.raw("cisco"),
         " timeout 5", " single-connection", "!",
         "aaa group server tacacs+ TACGRP", " server name TAC-PRIMARY", " ip tacacs source-interface Loopback0", "!",
         "aaa authentication login default group TACGRP local",
         "aaa authorization exec default group TACGRP local if-authenticated",
         "aaa authorization commands 15 default group TACGRP local",
         "aaa accounting commands 15 default start-stop group TACGRP", "!",
         "line vty 0 15", " transport input ssh", " exec-timeout 15 0", "!", "end"]
    return pick(r, ["snippets/aaa/tacacs-%s.cfg" % h.split(".")[1], "configs/%s-aaa.txt" % h]), "\n".join(L)


@T("junos_set_aaa", ["tacacs_key", "radius_shared_secret"], "junos")
def t_junos_set_aaa(ctx, kind):
    r = ctx.rng
    h = host(r, pick(r, ["mx", "pe", "br"]))
    srv = ip4(r, "mgmt")
    L = ["# %s - AAA staging (load set terminal)" % h, "# %s" % ticket(r),
         "set system host-name %s" % h,
         "set system authentication-order [ %s password ]" % ("tacplus" if kind == "tacacs_key" else "radius")]
    if kind == "tacacs_key":
        L += ["set system tacplus-server %s port 49" % srv,
              "set system tacplus-server %s secret %s" % (srv, ctx.v("junos")),
              "set system tacplus-server %s single-connection" % srv,
              "set system tacplus-server %s source-address %s" % (srv, ip4(r, "mgmt")),
              "set system accounting events [ login change-log interactive-commands ]",
              "set system accounting destination tacplus"]
    else:
        L += ["set system radius-server %s port 1812" % srv,
              "set system radius-server %s secret %s" % (srv, ctx.v("junos")),
              "set system radius-server %s timeout 5" % srv,
              "set system radius-server %s source-address %s" % (srv, ip4(r, "mgmt"))]
    L += ["set system login class noc-ro permissions view",
          "set system login user remote class super-user",
          "set system syslog host %s any notice" % ip4(r, "mgmt"),
          "set system ntp server %s" % ip4(r, "mgmt")]
    return pick(r, ["junos/%s-aaa.set" % h, "configs/juniper/%s.set" % h]), "\n".join(L)


@T("vyos_set", ["radius_shared_secret", "bgp_md5_password", "tacacs_key"], "vyos")
def t_vyos_set(ctx, kind):
    r = ctx.rng
    h = host(r, pick(r, ["edge", "br", "cr"]))
    L = ["#!/bin/vbash", "# VyOS 1.4 %s -- %s" % (h, ticket(r)), "source /opt/vyatta/etc/functions/script-template",
         "configure", "set system host-name '%s'" % h.replace(".", "-")]
    if kind == "radius_shared_secret":
        L += ["set system login radius server %s key %s" % (ip4(r, "mgmt"), ctx.v("vyos", "'")),
              "set system login radius source-address '%s'" % ip4(r, "mgmt")]
    elif kind == "tacacs_key":
        L += ["set system login tacacs server %s key %s" % (ip4(r, "mgmt"), ctx.v("vyos", "'")),
              "set system login tacacs server %s port '49'" % ip4(r, "mgmt")]
    else:
        nb = ip4(r, "doc")
        L += ["set protocols bgp system-as '%d'" % asn(r, False),
              "set protocols bgp neighbor %s remote-as '%d'" % (nb, asn(r)),
              "set protocols bgp neighbor %s description '%s'" % (nb, pick(r, ["IX-RS1", "Transit-A", "Cust-%d" % r.randint(100, 999)])),
              "set protocols bgp neighbor %s password %s" % (nb, ctx.v("vyos", "'")),
              "set protocols bgp neighbor %s address-family ipv4-unicast route-map import 'TRANSIT-IN'" % nb,
              "set protocols bgp neighbor %s address-family ipv4-unicast prefix-list export 'OUR-PREFIXES'" % nb]
    L += ["set service ssh port '22'", "set service ntp server %s" % ip4(r, "mgmt"),
          "commit", "save", "exit"]
    return pick(r, ["vyos/%s.sh" % h.split(".")[0], "scripts/vyos/apply-%s.vbash" % h.split(".")[1]]), "\n".join(L)


@T("ios_snmpv3", ["snmpv3_passphrase", "snmp_community"], "cisco_ios")
def t_ios_snmp(ctx, kind):
    r = ctx.rng
    h = host(r)
    nms = ip4(r, "mgmt")
    L = ["!", "hostname %s" % h, "!", "ip access-list standard SNMP-NMS", " permit %s" % nms, " deny any log", "!"]
    if kind == "snmpv3_passphrase":
        u = META[kind]["ident"][1](r)
        L.append("snmp-server group NMS v3 %s read NMS-VIEW access SNMP-NMS" % ("priv" if r.random() < 0.5 else "auth"))
        L.append("snmp-server view NMS-VIEW iso included")
        if r.random() < 0.5:
            L.append("snmp-server user %s NMS v3 auth sha %s" % (u, ctx.raw("cisco")))
        else:
            L.append("snmp-server user %s NMS v3 auth sha %s priv aes 128 %s" % (u, ctx.raw("cisco"), ctx.raw("cisco")))
    else:
        L.append("snmp-server community %s RO SNMP-NMS" % ctx.raw("cisco"))
    L += ["snmp-server location %s, rack %s" % (pick(r, SITES).upper(), r.randint(1, 40)),
          "snmp-server contact noc@example.net",
          ("snmp-server host %s version 3 auth nmsv3" % nms) if kind == "snmpv3_passphrase" else ("snmp-server host %s version 2c %s" % (nms, ctx.raw("cisco"))),
          "snmp-server enable traps bgp", "snmp-server enable traps config", "!", "end"]
    return pick(r, ["configs/%s.cfg" % h, "snippets/snmp/%s.ios" % h.split(".")[1]]), "\n".join(L)


@T("netsnmp_snmpd", ["snmpv3_passphrase", "snmp_community"], "snmpd_conf")
def t_snmpd(ctx, kind):
    r = ctx.rng
    L = ["###############################################################################",
         "# snmpd.conf for %s" % fqdn(r, pick(r, ["radius", "dns", "acs", "nms"])), "#"] + hdr_comment(r) + [
         "agentAddress udp:161,udp6:[::1]:161",
         "view systemonly included .1.3.6.1.2.1.1",
         "view systemonly included .1.3.6.1.2.1.25.1", ""]
    if kind == "snmpv3_passphrase":
        u = META[kind]["ident"][1](r)
        if r.random() < 0.5:
            L.append("createUser %s SHA %s" % (u, ctx.v("snmpd")))
            L.append("rouser %s auth" % u)
        else:
            L.append("createUser %s SHA-256 %s AES %s" % (u, ctx.v("snmpd"), ctx.v("snmpd")))
            L.append("rouser %s priv" % u)
    else:
        L.append("rocommunity %s %s/24" % (ctx.raw("snmpd"), ip4(r, "mgmt")))
        L.append("rocommunity6 %s 2001:db8:ffff::/48" % ctx.raw("snmpd"))
    L += ["", "sysLocation    %s POP" % pick(r, SITES).upper(), "sysContact     NOC <noc@example.net>",
          "sysServices    72", "", "includeDir /etc/snmp/snmpd.conf.d"]
    return pick(r, ["etc/snmp/snmpd.conf", "roles/snmpd/files/snmpd.conf", "files/snmp/snmpd.conf"]), "\n".join(L)


@T("librenms_config_php", ["snmp_community", "snmpv3_passphrase"], "php")
def t_librenms_php(ctx, kind):
    r = ctx.rng
    L = ["<?php", "## Have a look in misc/config_definitions.json for examples of settings you can set here.",
         "## DO NOT EDIT misc/config_definitions.json!", "",
         "$config['base_url'] = '/';",
         "$config['fping'] = '/usr/bin/fping';",
         "$config['rrd_purge'] = 0;",
         "$config['discovery_modules']['arp-table'] = true;", ""]
    if kind == "snmp_community":
        if ctx.obvious:
            L.append("$config['snmp']['community'] = array(%s);" % ctx.v("php", "'"))
        else:
            L.append("$ro = %s; // poller string (see NOC-2210)" % ctx.v("php", "'"))
            L.append("$config['snmp']['community'] = [$ro];")
    else:
        L += ["$config['snmp']['v3'][0]['authlevel'] = 'authNoPriv';",
              "$config['snmp']['v3'][0]['authname'] = '%s';" % META[kind]["ident"][1](r),
              "$config['snmp']['v3'][0]['authpass'] = %s;" % ctx.v("php", "'"),
              "$config['snmp']['v3'][0]['authalgo'] = 'SHA';"]
    L += ["", "$config['nets'][] = '%s/16';" % ".".join(ip4(r, "mgmt").split(".")[:2] + ["0", "0"]),
          "$config['autodiscovery']['xdp'] = true;",
          "$config['update_channel'] = 'release';"]
    return pick(r, ["librenms/config.php", "opt/librenms/config.php"]), "\n".join(L)


@T("pjsip_conf", ["sip_password"], "asterisk")
def t_pjsip(ctx, kind):
    r = ctx.rng
    carrier = pick(r, ["inteliquent", "carrier-a", "wholesale-voip", "lumen-sip", "bw-trunk"])
    user = META[kind]["ident"][1](r)
    L = ["; pjsip.conf - SIP trunks for hosted voice", "; %s" % ticket(r), "",
         "[transport-udp]", "type=transport", "protocol=udp", "bind=0.0.0.0:5060", "",
         "[%s-reg]" % carrier, "type=registration", "outbound_auth=%s-auth" % carrier,
         "server_uri=sip:%s" % fqdn(r, "sbc"), "client_uri=sip:%s@%s" % (user, fqdn(r, "sbc")),
         "retry_interval=60", "",
         "[%s-auth]" % carrier, "type=auth", "auth_type=userpass",
         "username=%s" % user, "password=%s" % ctx.raw("asterisk"), "",
         "[%s-aor]" % carrier, "type=aor", "contact=sip:%s:5060" % ip4(r, "doc"), "",
         "[%s]" % carrier, "type=endpoint", "context=from-trunk", "disallow=all", "allow=ulaw,alaw",
         "outbound_auth=%s-auth" % carrier, "aors=%s-aor" % carrier, "direct_media=no"]
    return pick(r, ["asterisk/pjsip.conf", "etc/asterisk/pjsip_trunks.conf", "voice/pbx01/pjsip.conf"]), "\n".join(L)


@T("asterisk_sip_register", ["sip_password"], "asterisk")
def t_sip_register(ctx, kind):
    r = ctx.rng
    user = META[kind]["ident"][1](r)
    sbc = fqdn(r, "sbc")
    L = ["; sip.conf (chan_sip, legacy PBX still on 13.x)", "[general]", "context=default",
         "allowguest=no", "srvlookup=yes", "udpbindaddr=0.0.0.0", "tcpenable=no",
         "register => %s:%s@%s/%s" % (user, ctx.raw("asterisk"), sbc, user), "",
         "[trunk-out]", "type=peer", "host=%s" % sbc, "fromuser=%s" % user,
         "insecure=port,invite", "qualify=yes", "dtmfmode=rfc2833", "disallow=all", "allow=ulaw"]
    return pick(r, ["asterisk/sip.conf", "pbx/legacy/sip.conf"]), "\n".join(L)


@T("genieacs_env", ["genieacs_jwt_secret", "cwmp_password"], "dotenv")
def t_genieacs_env(ctx, kind):
    r = ctx.rng
    L = ["# GenieACS service environment (systemd EnvironmentFile)"] + hdr_comment(r) + [
         "GENIEACS_CWMP_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-cwmp-access.log",
         "GENIEACS_NBI_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-nbi-access.log",
         "GENIEACS_FS_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-fs-access.log",
         "GENIEACS_UI_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-ui-access.log",
         "GENIEACS_DEBUG_FILE=/var/log/genieacs/genieacs-debug.yaml",
         "GENIEACS_EXT_DIR=/opt/genieacs/ext",
         "GENIEACS_MONGODB_CONNECTION_URL=mongodb://127.0.0.1/genieacs"]
    if kind == "genieacs_jwt_secret":
        L.append("GENIEACS_UI_JWT_SECRET=%s" % ctx.raw("sh"))
    else:
        nm = "CWMP_CR_PASSWORD" if ctx.obvious else "EXT_CR_VALUE"
        L.append("# used by ext/cr-auth.js when the CPE profile has no per-device value")
        L.append("%s=%s" % (nm, ctx.raw("sh")))
    L += ["GENIEACS_CWMP_PORT=7547", "NODE_OPTIONS=--enable-source-maps"]
    return pick(r, ["genieacs/genieacs.env", "deploy/acs/genieacs.env", "opt/genieacs/genieacs.env"]), "\n".join(L)


@T("genieacs_provision_js", ["cwmp_password"], "javascript")
def t_genieacs_prov(ctx, kind):
    r = ctx.rng
    base = pick(r, ["InternetGatewayDevice", "Device"])
    L = ["// Provision: %s" % pick(r, ["default", "bootstrap", "cr-auth", "inform"]),
         "// Sets periodic inform and connection request credentials on first boot.",
         "const now = Date.now();", "const hourly = Date.now(3600000);", "",
         'declare("%s.ManagementServer.PeriodicInformEnable", {value: hourly}, {value: true});' % base,
         'declare("%s.ManagementServer.PeriodicInformInterval", {value: hourly}, {value: %d});' % (base, pick(r, [300, 900, 3600])),
         'declare("%s.ManagementServer.ConnectionRequestUsername", {value: 1}, {value: "%s"});' % (base, META[kind]["ident"][1](r))]
    if ctx.obvious:
        L.append('declare("%s.ManagementServer.ConnectionRequestPassword", {value: 1}, {value: %s});' % (base, ctx.v("js")))
    else:
        L.append("const v = %s;" % ctx.v("js"))
        L.append('declare("%s.ManagementServer.ConnectionRequestPassword", {value: 1}, {value: v});' % base)
    L += ["", 'declare("%s.DeviceInfo.HardwareVersion", {value: now});' % base,
          'declare("%s.DeviceInfo.SoftwareVersion", {value: now});' % base,
          'declare("%s.WANDevice.*.WANConnectionDevice.*.WANIPConnection.*.MACAddress", {value: now});' % base]
    return pick(r, ["genieacs/provisions/%s.js" % pick(r, ["default", "bootstrap", "cr_auth"]), "acs/provisions/inform.js"]), "\n".join(L)


@T("easycwmp_uci", ["cwmp_password"], "uci")
def t_easycwmp(ctx, kind):
    r = ctx.rng
    L = ["# /etc/config/easycwmp -- baked into CPE firmware image", "",
         "config local", "\toption interface 'wan'", "\toption port '7547'",
         "\toption ubus_socket '/var/run/ubus.sock'", "\toption date_format '%FT%T%z'",
         "\toption username '%s'" % META[kind]["ident"][1](r),
         "\toption password %s" % ctx.v("uci", "'"),
         "\toption provisioning_code ''", "\toption logging_level '3'", "",
         "config acs", "\toption url '%scwmp'" % META[kind]["url"], "\toption periodic_enable '1'",
         "\toption periodic_interval '%d'" % pick(r, [300, 900, 3600]), "\toption periodic_time '0001-01-01T00:00:00Z'",
         "", "config device", "\toption manufacturer '%s'" % pick(r, ["Ridgeline", "GenericCPE", "FiberHome-OEM"]),
         "\toption oui '%s'" % rs(r, "0123456789ABCDEF", 6),
         "\toption product_class '%s'" % pick(r, ["HGW-2200", "ONT-AX3000", "CPE-AC1200"])]
    return pick(r, ["firmware/files/etc/config/easycwmp", "openwrt/files/etc/config/easycwmp"]), "\n".join(L)


@T("netmiko_olt_script", ["olt_password", "device_password"], "python")
def t_netmiko_olt(ctx, kind):
    r = ctx.rng
    dtype = pick(r, ["huawei_olt", "zte_zxros", "huawei", "cisco_ios", "juniper_junos"])
    user = META[kind]["ident"][1](r)
    ipaddr = ip4(r, "mgmt")
    L = ["#!/usr/bin/env python3", '"""Pull ONT optical levels from %s and push to the NOC dashboard."""' % pick(r, ["OLT", "aggregation", "the PON shelf"]),
         "import csv", "import os", "import sys", "", "from netmiko import ConnectHandler", ""]
    if ctx.obvious:
        L += ["DEVICE = {",
              '    "device_type": "%s",' % dtype,
              '    "host": "%s",' % ipaddr,
              '    "username": "%s",' % user,
              '    "password": %s,' % ctx.v("py"),
              '    "port": %d,' % pick(r, [22, 2222]),
              '    "fast_cli": False,',
              "}", ""]
        conn = "ConnectHandler(**DEVICE)"
    else:
        L += ["TARGET = (%s, %s, %s)  # host, user, login" % ('"%s"' % ipaddr, '"%s"' % user, ctx.v("py")), ""]
        conn = 'ConnectHandler(device_type="%s", host=TARGET[0], username=TARGET[1], password=TARGET[2])' % dtype
    L += ["", "def main(out_path):",
          "    with %s as conn:" % conn,
          '        conn.enable()',
          '        output = conn.send_command("%s", read_timeout=90)' % pick(r, ["display ont optical-info 0/1 all", "show gpon onu state gpon-olt_1/2/1", "show interfaces diagnostics optics"]),
          "    rows = [line.split() for line in output.splitlines() if line.strip()[:1].isdigit()]",
          '    with open(out_path, "w", newline="") as fh:',
          "        csv.writer(fh).writerows(rows)",
          '    print("wrote %d rows" % len(rows))', "", "",
          'if __name__ == "__main__":',
          '    main(sys.argv[1] if len(sys.argv) > 1 else "optics.csv")']
    return pick(r, ["scripts/olt_optics.py", "tools/pon/pull_optics.py", "noc/olt/%s_levels.py" % pick(r, SITES)]), "\n".join(L)


@T("nornir_inventory", ["device_password", "olt_password", "oxidized_password"], "yaml")
def t_nornir_inv(ctx, kind):
    r = ctx.rng
    user = META[kind]["ident"][1](r)
    fname = pick(r, ["inventory/defaults.yaml", "inventory/groups.yaml", "nornir/inventory/defaults.yml"])
    L = ["---"]
    if "groups" in fname:
        L += ["%s:" % pick(r, ["ios", "junos", "olt_huawei"]), "  platform: %s" % pick(r, ["ios", "junos", "huawei_vrp"]),
              "  username: %s" % user, "  password: %s" % ctx.v("yaml"),
              "  connection_options:", "    netmiko:", "      extras:", "        fast_cli: false",
              "  data:", "    site_type: pop", "    snmp_location: %s" % pick(r, SITES).upper()]
    else:
        L += ["username: %s" % user, "password: %s" % ctx.v("yaml"),
              "port: 22", "platform: %s" % pick(r, ["ios", "junos", "eos"]),
              "connection_options:", "  napalm:", "    extras:", "      optional_args:",
              "        transport: ssh", "        global_delay_factor: 2",
              "data:", "  domain: %s" % pick(r, ["net.example.net", "noc.example.org"]),
              "  ntp_servers:", "    - %s" % ip4(r, "mgmt"), "    - %s" % ip4(r, "mgmt")]
    return fname, "\n".join(L)


@T("napalm_positional", ["device_password"], "python")
def t_napalm(ctx, kind):
    r = ctx.rng
    drv = pick(r, ["junos", "ios", "iosxr", "eos"])
    L = ["#!/usr/bin/env python3", "# quick BGP neighbour audit before the maintenance window (%s)" % ticket(r),
         "import json", "import os", "from napalm import get_network_driver", "",
         'driver = get_network_driver("%s")' % drv,
         "routers = %s" % json.dumps([fqdn(r, "pe") for _ in range(r.randint(2, 4))]), "",
         "for h in routers:",
         '    with driver(h, "%s", %s, optional_args={"port": 22}) as dev:' % (META[kind]["ident"][1](r), ctx.v("py")),
         "        nbrs = dev.get_bgp_neighbors()",
         '        down = [ip for ip, n in nbrs["global"]["peers"].items() if not n["is_up"]]',
         '        print(h, "down:", json.dumps(down))']
    return pick(r, ["scripts/bgp_audit.py", "audit/check_bgp.py"]), "\n".join(L)


@T("pppoe_import_csv", ["pppoe_password"], "csv")
def t_pppoe_csv(ctx, kind):
    r = ctx.rng
    hdr = "account_id,pppoe_username,pppoe_password,generate_password,plan,vlan,ont_serial,install_date,address"
    n = r.randint(4, 12)
    mine = r.randrange(n)
    L = [hdr]
    for i in range(n):
        pw, gen = (ctx.raw("csv"), "0") if i == mine else ("", "1")
        L.append("%d,%s,%s,%s,%s,%d,%s,%s,\"%d %s St\"" % (r.randint(100000, 999999), META[kind]["ident"][1](r), pw, gen,
                                                       pick(r, ["FIBER-300", "FIBER-1G", "FW-100"]), r.randint(100, 3999),
                                                       pick(r, ["HWTC", "ZTEG", "ALCL"]) + rs(r, "0123456789ABCDEF", 8), date(r),
                                                       r.randint(10, 9999), pick(r, ["Main", "Oak", "Ridge", "Lake", "Cedar"])))
    return pick(r, ["provisioning/import/new_subscribers_%s.csv" % date(r).replace("-", ""), "data/pppoe/batch_%d.csv" % r.randint(10, 99)]), "\n".join(L)


@T("routeros_ppp_secret", ["pppoe_password", "routeros_password"], "routeros")
def t_ros_ppp(ctx, kind):
    r = ctx.rng
    L = ["# %s" % ticket(r), "# onboarding script pasted from the provisioning portal"]
    if kind == "pppoe_password":
        L += ["/ppp secret", "add name=%s password=%s profile=%s service=pppoe remote-address=%s comment=\"acct %d\"" % (
            META[kind]["ident"][1](r), ctx.raw("ros"), pick(r, ["100M", "300M", "1G"]), ip4(r, "cgn"), r.randint(10000, 99999))]
    else:
        L += ["/user group", "add name=backup policy=ssh,read,sensitive,api,!write,!policy",
              "/user", "add name=%s group=%s password=%s address=%s/24" % (META[kind]["ident"][1](r), pick(r, ["full", "backup", "read"]), ctx.raw("ros"), ip4(r, "mgmt"))]
    L += ["/ip service", "set telnet disabled=yes", "set ftp disabled=yes", "set api-ssl certificate=noc-ca",
          "/system logging action", "set remote remote=%s" % ip4(r, "mgmt")]
    return pick(r, ["mikrotik/onboard/%s.rsc" % pick(r, SITES), "routeros/scripts/%s.rsc" % pick(r, ["add-sub", "users", "base"])]), "\n".join(L)


@T("splynx_client_py", ["splynx_api_secret"], "python")
def t_splynx_py(ctx, kind):
    r = ctx.rng
    key = META[kind]["ident"][1](r)
    url = "https://%s.splynx.app" % slug(pick(r, ISPS)) if r.random() < 0.5 else "https://billing.example.net"
    L = ['"""Splynx -> NetBox customer sync (runs from cron on oss01)."""',
         "import hashlib", "import hmac", "import time", "", "import requests", "",
         'SPLYNX_URL = "%s"' % url,
         'API_KEY = "%s"' % key]
    nm = ctx.name("screaming")
    L.append("%s = %s" % (nm, ctx.v("py")))
    L += ["", "", "def auth_header():",
          "    nonce = str(int(time.time() * 100))",
          "    sig = hmac.new(%s.encode(), (nonce + API_KEY).encode(), hashlib.sha256).hexdigest().upper()" % nm,
          '    return {"Authorization": "Splynx-EA (key=%s&nonce=%s&signature=%s)" % (API_KEY, nonce, sig)}',
          "", "",
          "def customers(status=\"active\"):",
          '    r = requests.get(SPLYNX_URL + "/api/2.0/admin/customers/customer", headers=auth_header(),',
          '                     params={"main_attributes[status]": status}, timeout=30)',
          "    r.raise_for_status()", "    return r.json()", "", "",
          'if __name__ == "__main__":',
          "    for c in customers():",
          '        print(c["id"], c["login"], c["status"])']
    return pick(r, ["oss/splynx_sync.py", "integrations/splynx/client.py", "sync/splynx_to_netbox.py"]), "\n".join(L)


@T("splynx_dotenv", ["splynx_api_secret", "powercode_api_key", "visp_api_password", "sonar_api_token"], "dotenv")
def t_billing_env(ctx, kind):
    r = ctx.rng
    m = META[kind]
    L = ["# billing-bridge service", "APP_ENV=production", "LOG_LEVEL=info",
         "DATABASE_URL=postgres://bridge@db01.%s:5432/bridge" % pick(r, ["ops.example.com", "infra.example.net"]),
         "BILLING_BASE_URL=%s" % (m["url"] or "https://billing.example.net/")]
    if m["ident"]:
        L.append("%s=%s" % (m["ident"][0].upper(), m["ident"][1](r)))
    L.append("%s=%s" % (ctx.name("screaming"), ctx.raw("sh")))
    L += ["SYNC_INTERVAL_SECONDS=%d" % pick(r, [300, 600, 900]), "NETBOX_URL=https://netbox.example.net",
          "SLACK_CHANNEL=#noc-billing"]
    return pick(r, [".env", "deploy/billing-bridge/.env.production", "services/bridge/.env"]), "\n".join(L)


@T("uisp_curl_sh", ["uisp_nms_token", "librenms_token", "netbox_token_v1", "pdns_api_key"], "shell")
def t_header_curl(ctx, kind):
    r = ctx.rng
    hdr = AUTH_HDR[kind]
    path = {"uisp_nms_token": "devices?role=ap", "librenms_token": "devices?type=down",
            "netbox_token_v1": "api/dcim/devices/?status=offline", "pdns_api_key": "servers/localhost/zones"}[kind]
    url = META[kind]["url"]
    L = ["#!/usr/bin/env bash", "# %s" % pick(r, ["dump offline gear for the morning report", "nightly export for capacity planning", "used by the on-call bot"]),
         "set -euo pipefail", ""]
    if ctx.obvious:
        var = style_name(META[kind]["words"], "screaming")
        L.append("%s=%s" % (var, ctx.v("sh")))
        tok = "${%s}" % var
    else:
        tok = ctx.raw("inline")
    L += ['OUT="/var/tmp/%s-$(date +%%F).json"' % kind.split("_")[0], "",
          "curl -sS --fail \\",
          '  -H "%s%s" \\' % (hdr, tok),
          '  -H "Accept: application/json" \\',
          '  "%s%s" > "$OUT"' % (url, path), "",
          'jq length "$OUT"']
    return pick(r, ["scripts/%s_export.sh" % kind.split("_")[0], "bin/report-%s.sh" % kind.split("_")[0]]), "\n".join(L)


@T("uisp_crm_requests", ["uisp_crm_app_key", "librenms_token", "peeringdb_api_key", "krill_admin_token"], "python")
def t_header_requests(ctx, kind):
    r = ctx.rng
    hdrname, scheme = {"uisp_crm_app_key": ("X-Auth-App-Key", ""), "librenms_token": ("X-Auth-Token", ""),
                       "peeringdb_api_key": ("Authorization", "Api-Key "), "krill_admin_token": ("Authorization", "Bearer ")}[kind]
    path = {"uisp_crm_app_key": "clients?isArchived=0", "librenms_token": "ports?columns=ifName,ifOperStatus",
            "peeringdb_api_key": "net?asn=%d" % asn(r, False), "krill_admin_token": "cas"}[kind]
    L = ["import logging", "", "import requests", "", "log = logging.getLogger(__name__)", "",
         'BASE = "%s"' % META[kind]["url"]]
    val = ctx.v("py")
    if ctx.obvious:
        nm = ctx.name("screaming")
        L.append("%s = %s" % (nm, val))
        hv = ('"%s" + %s' % (scheme, nm)) if scheme else nm
    else:
        hv = ('"%s" + %s' % (scheme, val)) if scheme else val
    L += ["", "session = requests.Session()",
          'session.headers.update({"%s": %s, "Accept": "application/json"})' % (hdrname, hv), "", "",
          "def fetch():",
          '    resp = session.get(BASE + "%s", timeout=20)' % path,
          "    if resp.status_code != 200:",
          '        log.error("fetch failed: %s", resp.text[:200])',
          "        return []",
          "    return resp.json()", ""]
    return pick(r, ["lib/%s_client.py" % kind.split("_")[0], "noc/integrations/%s.py" % kind.split("_")[0]]), "\n".join(L)


@T("sonar_graphql_js", ["sonar_api_token", "telnyx_api_key"], "javascript")
def t_bearer_js(ctx, kind):
    r = ctx.rng
    url = META[kind]["url"]
    L = ["'use strict';", "// %s" % ticket(r), "const fetch = require('node-fetch');", ""]
    if ctx.obvious:
        L.append("const %s = %s;" % (ctx.name("camel"), ctx.v("js", "'")))
        ref = ctx.name("camel") if False else None
    nm = style_name(META[kind]["words"], "camel")
    if ctx.obvious:
        L[-1] = "const %s = %s;" % (nm, ctx.v("js", "'"))
        auth = "`Bearer ${%s}`" % nm
    else:
        auth = ("'Bearer ' + " + ctx.v("js", "'"))
    if kind == "sonar_api_token":
        L += ["", "async function accountsByStatus(status) {",
              "  const query = `query { accounts(account_status_id: ${status}) { entities { id name } } }`;",
              "  const res = await fetch('%s', {" % url,
              "    method: 'POST',",
              "    headers: { 'Content-Type': 'application/json', Authorization: %s }," % auth,
              "    body: JSON.stringify({ query }),", "  });",
              "  const body = await res.json();", "  return body.data.accounts.entities;", "}", "",
              "module.exports = { accountsByStatus };"]
    else:
        L += ["", "async function portabilityCheck(numbers) {",
              "  const res = await fetch('%sportability_checks', {" % url,
              "    method: 'POST',",
              "    headers: { 'Content-Type': 'application/json', Authorization: %s }," % auth,
              "    body: JSON.stringify({ phone_numbers: numbers }),", "  });",
              "  if (!res.ok) throw new Error(`telnyx ${res.status}`);",
              "  return (await res.json()).data;", "}", "",
              "module.exports = { portabilityCheck };"]
    return pick(r, ["src/%s.js" % kind.split("_")[0], "lib/carriers/%s.js" % kind.split("_")[0]]), "\n".join(L)


@T("ini_tool_config", ["powercode_api_key", "visp_api_password", "bandwidth_api_password", "zabbix_api_token", "pdns_api_key"], "ini")
def t_ini(ctx, kind):
    r = ctx.rng
    m = META[kind]
    sect = kind.split("_")[0]
    L = ["; %s sync tool configuration" % sect, "[general]", "log_file = /var/log/%s-sync.log" % sect,
         "dry_run = %s" % pick(r, ["false", "no"]), "interval = %d" % pick(r, [300, 600]), "",
         "[%s]" % sect, "url = %s" % (m["url"] or "https://%s.example.net/" % sect)]
    if m["ident"]:
        L.append("%s = %s" % (m["ident"][0].split("_")[-1] if "_" in m["ident"][0] else m["ident"][0], m["ident"][1](r)))
    L.append("%s = %s" % (ctx.name("snake", ["api", "key"] if "key" in kind or "token" in kind else ["password"]), ctx.raw("ini")))
    L += ["verify_ssl = true", "timeout = 30", "", "[netbox]", "url = https://netbox.example.net",
          "tenant = %s" % slug(isp(r))]
    return pick(r, ["etc/%s-sync.ini" % sect, "config/%s.ini" % sect, "%s_sync/settings.ini" % sect]), "\n".join(L)


@T("visp_json", ["visp_api_password", "bandwidth_api_password", "splynx_api_secret", "zabbix_api_token"], "json")
def t_json_cfg(ctx, kind):
    r = ctx.rng
    m = META[kind]
    sect = kind.split("_")[0]
    d = {"service": "%s-bridge" % sect, "environment": pick(r, ["prod", "production"]),
         sect: {"endpoint": m["url"] or "https://%s.example.net/" % sect}}
    if m["ident"]:
        d[sect][style_name(m["ident"][0].split("_")[-1:], "camel") if r.random() < 0.5 else m["ident"][0]] = m["ident"][1](r)
    SENT = "@@SLOT@@"
    d[sect][ctx.name("camel")] = SENT
    d[sect]["timeoutSeconds"] = 30
    d["netbox"] = {"url": "https://netbox.example.net", "site": pick(r, SITES)}
    d["schedule"] = pick(r, ["*/10 * * * *", "0 * * * *"])
    txt = json.dumps(d, indent=pick(r, [2, 4]))
    val = ctx.v("json")
    txt = txt.replace('"%s"' % SENT, val)
    return pick(r, ["config/%s.json" % sect, "%s-bridge/config.production.json" % sect]), txt


@T("pynetbox_script", ["netbox_token_v1", "netbox_token_v2", "nautobot_token"], "python")
def t_pynetbox(ctx, kind):
    r = ctx.rng
    nb = "pynautobot" if kind == "nautobot_token" else "pynetbox"
    url = META[kind]["url"]
    L = ["#!/usr/bin/env python3", '"""Mark ONTs as offline in %s from the OLT alarm feed."""' % ("Nautobot" if nb == "pynautobot" else "NetBox"),
         "import os", "import sys", "", "import %s" % nb, ""]
    if ctx.obvious:
        L += ['URL = "%s"' % url, "TOKEN = %s" % ctx.v("py"), "", "nb = %s.api(URL, token=TOKEN)" % nb]
    else:
        L += ["nb = %s.api(%s, %s)" % (nb, '"%s"' % url, ctx.v("py"))]
    L += ["nb.http_session.verify = %s" % pick(r, ["True", '"/etc/ssl/certs/noc-ca.pem"']), "", "",
          "def mark_offline(serials):",
          "    for serial in serials:",
          "        dev = nb.dcim.devices.get(serial=serial)",
          "        if dev is None:",
          '            print("unknown serial", serial, file=sys.stderr)',
          "            continue",
          '        dev.status = "offline"',
          "        dev.save()", "", "",
          'if __name__ == "__main__":',
          "    mark_offline(line.strip() for line in sys.stdin if line.strip())"]
    return pick(r, ["scripts/ont_offline.py", "netbox/scripts/mark_offline.py", "tools/sot/mark_offline.py"]), "\n".join(L)


@T("netbox_terraform", ["netbox_token_v1", "netbox_token_v2"], "terraform")
def t_netbox_tf(ctx, kind):
    r = ctx.rng
    L = ["terraform {", "  required_providers {", "    netbox = {", '      source  = "e-breuninger/netbox"',
         '      version = "~> 3.%d"' % r.randint(5, 9), "    }", "  }", "}", "",
         'provider "netbox" {', '  server_url = "%s"' % META[kind]["url"].rstrip("/"),
         "  api_token  = %s" % ctx.v("tf"), "}", "",
         'resource "netbox_prefix" "cgnat_%s" {' % pick(r, SITES),
         '  prefix      = "100.%d.0.0/22"' % r.randint(64, 127),
         '  status      = "active"', '  description = "CGNAT pool %s"' % pick(r, SITES).upper(), "}", "",
         'resource "netbox_vlan" "subs" {', '  name = "SUBS-%d"' % r.randint(100, 999), "  vid  = %d" % r.randint(100, 3999), "}"]
    return pick(r, ["terraform/netbox/main.tf", "iac/ipam/provider.tf"]), "\n".join(L)


@T("nautobot_nornir_config", ["nautobot_token", "netbox_token_v1", "netbox_token_v2"], "yaml")
def t_nornir_cfg(ctx, kind):
    r = ctx.rng
    plugin = "NautobotInventory" if kind == "nautobot_token" else "NetBoxInventory2"
    urlkey = "nautobot_url" if kind == "nautobot_token" else "nb_url"
    tokkey = "nautobot_token" if kind == "nautobot_token" else "nb_token"
    L = ["---", "runner:", "  plugin: threaded", "  options:", "    num_workers: %d" % pick(r, [10, 20, 50]),
         "inventory:", "  plugin: %s" % plugin, "  options:",
         "    %s: %s" % (urlkey, META[kind]["url"].rstrip("/")),
         "    %s: %s" % (tokkey, ctx.v("yaml")),
         "    ssl_verify: %s" % pick(r, ["true", "false"]),
         "    filter_parameters:", "      status: active", "      role: %s" % pick(r, ["olt", "bng", "core-router"]),
         "logging:", "  enabled: true", "  level: INFO", "  log_file: nornir.log"]
    return pick(r, ["nornir/config.yaml", "config.yaml", "automation/nornir_config.yml"]), "\n".join(L)


@T("zabbix_pyzabbix", ["zabbix_api_token"], "python")
def t_zabbix_py(ctx, kind):
    r = ctx.rng
    L = ["# maintenance window helper for planned fibre splicing", "from datetime import datetime, timedelta", "",
         "from pyzabbix import ZabbixAPI", "",
         'zapi = ZabbixAPI("%s")' % META[kind]["url"].replace("/api_jsonrpc.php", "")]
    if ctx.obvious:
        L += ["ZBX_API_TOKEN = %s" % ctx.v("py"), "zapi.login(api_token=ZBX_API_TOKEN)"]
    else:
        L += ["zapi.login(api_token=%s)" % ctx.v("py")]
    L += ["", "", "def open_window(group, hours=4):",
          "    start = datetime.now()", "    gid = zapi.hostgroup.get(filter={\"name\": group})[0][\"groupid\"]",
          "    return zapi.maintenance.create(",
          '        name="splice %s" % start.strftime("%Y-%m-%d %H:%M"),',
          "        active_since=int(start.timestamp()),",
          "        active_till=int((start + timedelta(hours=hours)).timestamp()),",
          "        groupids=[gid],",
          "        timeperiods=[{\"period\": hours * 3600}],",
          "    )"]
    return pick(r, ["tools/zbx_maintenance.py", "zabbix/maintenance.py"]), "\n".join(L)


@T("ansible_group_vars", ["zabbix_api_token", "radius_shared_secret", "tacacs_key", "snmp_community", "snmpv3_passphrase",
                          "netbox_token_v2", "device_password", "bgp_md5_password"], "ansible_vars")
def t_ansible_vars(ctx, kind):
    r = ctx.rng
    L = ["---", "# group_vars for %s" % pick(r, ["all", "pop_routers", "bng", "olts", "edge"])]
    L += ["ntp_servers:", "  - %s" % ip4(r, "mgmt"), "  - %s" % ip4(r, "mgmt"),
          "syslog_host: %s" % ip4(r, "mgmt"), "domain_name: %s" % pick(r, ["net.example.net", "noc.example.org"]), ""]
    if kind == "zabbix_api_token":
        L += ["zabbix_api_server_host: zabbix.example.net", "zabbix_api_use_ssl: true"]
        key = "zabbix_api_token" if ctx.obvious else "ansible_zabbix_auth_key"
    elif kind == "netbox_token_v2":
        L += ["netbox_url: %s" % META[kind]["url"]]
        key = "netbox_token" if ctx.obvious else "nb_bearer"
    elif kind == "device_password":
        L += ["ansible_user: %s" % META[kind]["ident"][1](r), "ansible_connection: ansible.netcommon.network_cli"]
        key = "ansible_password" if ctx.obvious else "ansible_ssh_pass"
    elif kind == "bgp_md5_password":
        L += ["ix_peering:", "  asn: %d" % asn(r, False), "  rs_neighbor: %s" % ip4(r, "doc")]
        key = "ix_rs_md5" if ctx.obvious else "ix_rs_session_key"
    elif kind == "snmpv3_passphrase":
        L += ["snmp_v3_user: %s" % META[kind]["ident"][1](r), "snmp_v3_auth_proto: sha"]
        key = "snmp_v3_auth_pass" if ctx.obvious else "snmp_v3_phrase"
    else:
        L += ["aaa_servers:", "  - %s" % ip4(r, "mgmt"), "  - %s" % ip4(r, "mgmt")]
        key = ctx.name("snake")
    L.append("%s: %s" % (key, ctx.v("ansible")))
    L += ["", "banner_motd: |", "  Authorized access only. %s NOC." % isp(r), "  Disconnect immediately if you are not authorized."]
    return pick(r, ["inventories/prod/group_vars/%s.yml" % pick(r, ["all", "routers", "bng"]),
                    "group_vars/%s/main.yml" % pick(r, ["all", "pop_routers", "olts"]),
                    "ansible/host_vars/%s.yml" % host(r)]), "\n".join(L)


def ident_val(ctx, lang, q='"'):
    """Public half of an id/secret pair. The Splynx key id is hex and could be read as a
    secret on its own, so negatives reference it from the environment instead."""
    m = ctx.meta
    if not m["ident"]:
        return None
    if ctx.kind == "splynx_api_secret" and not ctx.positive:
        return render(Slot("env", name="SPLYNX_API_KEY"), lang, q)
    return q + m["ident"][1](ctx.rng) + q


@T("observium_config_php", ["observium_db_password"], "php")
def t_observium(ctx, kind):
    r = ctx.rng
    L = ["<?php", "", "## Check http://www.observium.org/docs/config_options/ for documentation of possible settings", "",
         "// Database config ---  This MUST be configured",
         "$config['db_extension'] = 'mysqli';",
         "$config['db_host']      = '%s';" % pick(r, ["localhost", "127.0.0.1", "db01.ops.example.com"]),
         "$config['db_user']      = 'observium';",
         "$config['db_pass']      = %s;" % ctx.v("php", "'"),
         "$config['db_name']      = 'observium';", "",
         "// Base directory", "#$config['install_dir'] = \"/opt/observium\";", "",
         "// Default snmp version", "$config['snmp']['version'] = 'v3';",
         "$config['snmp']['v3'][0]['authlevel'] = 'authPriv';",
         "$config['snmp']['v3'][0]['authname']  = 'observium';",
         "$config['snmp']['v3'][0]['authpass']  = getenv('OBS_SNMP_AUTH');",
         "$config['snmp']['v3'][0]['authalgo']  = 'SHA';",
         "$config['snmp']['v3'][0]['cryptopass'] = getenv('OBS_SNMP_PRIV');",
         "$config['snmp']['v3'][0]['cryptoalgo'] = 'AES';", "",
         "$config['fping'] = \"/usr/bin/fping\";", "", "// End config.php"]
    return pick(r, ["observium/config.php", "opt/observium/config.php"]), "\n".join(L)


@T("pdns_conf", ["pdns_api_key", "pdns_webserver_password"], "pdns_conf")
def t_pdns_conf(ctx, kind):
    r = ctx.rng
    L = ["# pdns.conf - authoritative for customer reverse zones"] + hdr_comment(r) + [
         "launch=gpgsql", "gpgsql-host=%s" % pick(r, ["127.0.0.1", "db01.ops.example.com"]), "gpgsql-dbname=pdns",
         "gpgsql-user=pdns", "# gpgsql-password lives in pdns.d/db.conf (root:pdns 0640)", "include-dir=/etc/powerdns/pdns.d",
         "local-address=%s" % ip4(r, "doc"), "api=yes"]
    if kind == "pdns_api_key":
        L.append("api-key=%s" % ctx.raw("conf"))
        L.append("webserver-password=")
    else:
        L.append("webserver-password=%s" % ctx.raw("conf"))
    L += ["webserver=yes", "webserver-address=127.0.0.1", "webserver-port=8081",
          "webserver-allow-from=127.0.0.1,%s/24" % ip4(r, "mgmt"), "default-soa-content=ns1.example.net. hostmaster.@ 0 10800 3600 604800 3600",
          "default-ttl=3600", "loglevel=4"]
    return pick(r, ["powerdns/pdns.conf", "etc/powerdns/pdns.conf", "roles/pdns/files/pdns.conf"]), "\n".join(L)


@T("pdns_compose", ["pdns_api_key", "genieacs_jwt_secret", "krill_admin_token"], "docker_compose")
def t_compose(ctx, kind):
    r = ctx.rng
    if kind == "pdns_api_key":
        svc, img, env = "pdns", "powerdns/pdns-auth-49", ("PDNS_AUTH_API_KEY" if ctx.obvious else "PDNS_AUTH_WEBSERVER_KEY_VALUE")
        extra = ["  pdns-admin:", "    image: powerdnsadmin/pda-legacy:latest", "    ports:", '      - "9191:80"', "    depends_on: [pdns]"]
    elif kind == "krill_admin_token":
        svc, img, env = "krill", "nlnetlabs/krill:v0.14.%d" % r.randint(0, 5), ("KRILL_ADMIN_TOKEN" if ctx.obvious else "KRILL_AUTH")
        extra = ["  routinator:", "    image: nlnetlabs/routinator:latest", "    ports:", '      - "3323:3323"']
    else:
        svc, img, env = "genieacs", "drumsergio/genieacs:1.2.%d" % r.randint(9, 13), ("GENIEACS_UI_JWT_SECRET" if ctx.obvious else "GENIEACS_UI_SIGNING")
        extra = ["  mongo:", "    image: mongo:6.0", "    volumes:", "      - mongo_data:/data/db"]
    L = ["version: \"3.8\"", "services:", "  %s:" % svc, "    image: %s" % img, "    restart: unless-stopped",
         "    environment:"]
    form = pick(r, ["map", "list"])
    if form == "map":
        L += ["      TZ: UTC", "      %s: %s" % (env, ctx.v("compose"))]
    else:
        L += ["      - TZ=UTC", "      - %s=%s" % (env, ctx.raw("inline"))]
    L += ["    ports:", '      - "%d:%d"' % ((8081, 8081) if svc == "pdns" else (3000, 3000) if svc == "krill" else (7547, 7547)),
          "    volumes:", "      - ./%s:/data" % svc] + extra + ["volumes:", "  mongo_data: {}"]
    return pick(r, ["docker-compose.yml", "deploy/%s/docker-compose.yml" % svc, "compose/%s.yaml" % svc]), "\n".join(L)


@T("dhcpd_omapi", ["omapi_secret"], "dhcpd")
def t_dhcpd(ctx, kind):
    r = ctx.rng
    kname = META[kind]["ident"][1](r)
    net = "10.%d.%d" % (r.randint(0, 200), r.randint(0, 250))
    alg = "hmac-md5" if len(ctx.slot.text) in (0, 24) or not ctx.positive else pick(r, ["hmac-sha512", "HMAC-SHA512"])
    L = ["# dhcpd.conf - legacy CPE management VLAN", "authoritative;", "ddns-update-style none;",
         "default-lease-time 3600;", "max-lease-time 7200;", "",
         "omapi-port 7911;", "omapi-key %s;" % kname, "",
         "key %s {" % kname, "    algorithm %s;" % alg, "    secret %s;" % ctx.v("dhcpd"), "}", "",
         "option space tr069;", "option tr069.acs-url code 1 = text;", "",
         "subnet %s.0 netmask 255.255.255.0 {" % net, "    range %s.50 %s.250;" % (net, net),
         "    option routers %s.1;" % net, "    option domain-name-servers %s, %s;" % (ip4(r, "doc"), ip4(r, "doc")),
         '    option tr069.acs-url "%scwmp";' % META["cwmp_password"]["url"], "}"]
    return pick(r, ["dhcp/dhcpd.conf", "etc/dhcp/dhcpd.conf", "roles/isc-dhcp/templates/dhcpd.conf"]), "\n".join(L)


@T("kea_ddns_json", ["tsig_secret"], "json")
def t_kea_ddns(ctx, kind):
    r = ctx.rng
    kname = META[kind]["ident"][1](r)
    zone = "%d.10.in-addr.arpa." % r.randint(0, 200)
    SENT = "@@SLOT@@"
    d = {"DhcpDdns": {"ip-address": "127.0.0.1", "port": 53001, "dns-server-timeout": 500,
                      "ncr-protocol": "UDP", "ncr-format": "JSON",
                      "tsig-keys": [{"name": kname, "algorithm": "HMAC-SHA256", "secret": SENT}],
                      "forward-ddns": {"ddns-domains": [{"name": "dyn.example.net.", "key-name": kname,
                                                         "dns-servers": [{"ip-address": ip4(r, "mgmt")}]}]},
                      "reverse-ddns": {"ddns-domains": [{"name": zone, "key-name": kname,
                                                         "dns-servers": [{"ip-address": ip4(r, "mgmt")}]}]},
                      "loggers": [{"name": "kea-dhcp-ddns", "severity": "INFO",
                                   "output_options": [{"output": "/var/log/kea/kea-ddns.log"}]}]}}
    txt = json.dumps(d, indent=4).replace('"%s"' % SENT, ctx.v("json"))
    return pick(r, ["kea/kea-dhcp-ddns.conf", "etc/kea/kea-dhcp-ddns.conf"]), txt


@T("ios_bgp", ["bgp_md5_password"], "cisco_ios")
def t_ios_bgp(ctx, kind):
    r = ctx.rng
    me = asn(r, False)
    nb, nb6 = ip4(r, "doc"), ip6(r)
    peer = asn(r)
    L = ["!", "router bgp %d" % me, " bgp log-neighbor-changes", " no bgp default ipv4-unicast",
         " neighbor %s remote-as %d" % (nb, peer),
         " neighbor %s description %s" % (nb, pick(r, ["TRANSIT-A", "IX-RS1", "CUST-%d" % r.randint(100, 999)])),
         " neighbor %s password %s" % (nb, ctx.raw("cisco")),
         " neighbor %s remote-as %d" % (nb6, peer),
         " !", " address-family ipv4",
         "  network %s mask 255.255.252.0" % ".".join(ip4(r, "doc").split(".")[:3] + ["0"]),
         "  neighbor %s activate" % nb, "  neighbor %s route-map TRANSIT-IN in" % nb,
         "  neighbor %s route-map TRANSIT-OUT out" % nb, "  neighbor %s maximum-prefix 1000000 90" % nb,
         " exit-address-family", "!", "ip prefix-list OURS seq 5 permit %s/22" % ".".join(ip4(r, "doc").split(".")[:3] + ["0"]), "!"]
    return pick(r, ["configs/%s-bgp.cfg" % host(r, "br"), "peering/%d/%s.ios" % (peer, pick(r, SITES))]), "\n".join(L)


@T("junos_bgp_curly", ["bgp_md5_password"], "junos")
def t_junos_bgp(ctx, kind):
    r = ctx.rng
    nb = ip4(r, "doc")
    L = ["/* staged for %s - load merge relative */" % ticket(r), "protocols {", "    bgp {",
         "        group %s {" % pick(r, ["IX-PEERS", "TRANSIT", "CUSTOMERS"]), "            type external;",
         "            import %s-IN;" % pick(r, ["PEER", "TRANSIT"]), "            export %s-OUT;" % pick(r, ["PEER", "TRANSIT"]),
         "            neighbor %s {" % nb, "                description \"%s\";" % pick(r, ["AS%d via IX" % asn(r), "Transit B"]),
         "                authentication-key %s;" % ctx.v("junos"),
         "                peer-as %d;" % asn(r), "            }", "        }", "    }", "}"]
    return pick(r, ["junos/staged/%s-bgp.conf" % host(r, "mx"), "peering/junos/%s.conf" % pick(r, SITES)]), "\n".join(L)


@T("bird_conf", ["bgp_md5_password"], "bird")
def t_bird(ctx, kind):
    r = ctx.rng
    me = asn(r, False)
    L = ["# bird.conf - route server / looking glass feed", "log syslog all;", "router id %s;" % ip4(r, "doc"), "",
         "protocol device { scan time 10; }", "",
         "template bgp PEERS {", "  local as %d;" % me, "  ipv4 { import filter peer_in; export none; };", "}", "",
         "protocol bgp %s from PEERS {" % pick(r, ["upstream1", "ix_rs1", "cust_%d" % r.randint(10, 99)]),
         "  neighbor %s as %d;" % (ip4(r, "doc"), asn(r)),
         "  password %s;" % ctx.v("bird"),
         "  hold time 90;", "}", "",
         "filter peer_in {", "  if net.len > 24 then reject;", "  accept;", "}"]
    return pick(r, ["bird/bird.conf", "etc/bird/bird.conf", "rs/bird.conf"]), "\n".join(L)


@T("frr_conf", ["bgp_md5_password", "device_password"], "frr")
def t_frr(ctx, kind):
    r = ctx.rng
    me = asn(r, False)
    nb = ip4(r, "doc")
    L = ["frr version %d.%d" % (r.randint(8, 10), r.randint(0, 5)), "frr defaults traditional",
         "hostname %s" % host(r, "br")]
    if kind == "device_password":
        L += ["password %s" % ctx.raw("frr"), "enable password %s" % ctx.raw("frr")]
    L += ["log syslog informational", "service integrated-vtysh-config", "!", "router bgp %d" % me,
          " bgp router-id %s" % ip4(r, "mgmt"), " neighbor %s remote-as %d" % (nb, asn(r))]
    if kind == "bgp_md5_password":
        L.append(" neighbor %s password %s" % (nb, ctx.raw("frr")))
    L += [" !", " address-family ipv4 unicast", "  neighbor %s route-map IMPORT in" % nb,
          "  neighbor %s route-map EXPORT out" % nb, " exit-address-family", "!",
          "route-map IMPORT permit 10", " set local-preference 120", "!", "line vty", "!"]
    return pick(r, ["frr/frr.conf", "etc/frr/frr.conf", "roles/frr/files/frr.conf"]), "\n".join(L)


@T("routeros_bgp", ["bgp_md5_password"], "routeros")
def t_ros_bgp(ctx, kind):
    r = ctx.rng
    L = ["# RouterOS v7 BGP - %s" % ticket(r),
         "/routing bgp template", "set default as=%d router-id=%s" % (asn(r, False), ip4(r, "mgmt")),
         "/routing bgp connection",
         "add name=%s remote.address=%s remote.as=%d local.role=ebgp tcp-md5-key=%s templates=default input.filter=bgp-in output.filter-chain=bgp-out" % (
             pick(r, ["upstream-a", "ix-rs1", "transit-b"]), ip4(r, "doc"), asn(r), ctx.raw("ros")),
         "/routing filter rule",
         'add chain=bgp-in rule="if (dst-len > 24) { reject } else { accept }"',
         'add chain=bgp-out rule="if (dst in %s/22) { accept } else { reject }"' % ".".join(ip4(r, "doc").split(".")[:3] + ["0"])]
    return pick(r, ["mikrotik/bgp-%s.rsc" % pick(r, SITES), "routeros/peering.rsc"]), "\n".join(L)


@T("krill_toml", ["krill_admin_token"], "toml")
def t_krill(ctx, kind):
    r = ctx.rng
    L = ["######################################################################################",
         "#  krill.conf", "######################################################################################", "",
         'data_dir = "/var/lib/krill/data/"', 'log_level = "%s"' % pick(r, ["info", "warn"]), 'log_type = "syslog"', "",
         "# Admin token used by krillc and the UI",
         "admin_token = %s" % ctx.v("toml"), "",
         'ip = "127.0.0.1"', "port = 3000", 'service_uri = "https://krill.example.net/"', "",
         "[testbed]", "enabled = false"]
    return pick(r, ["krill/krill.conf", "etc/krill.conf"]), "\n".join(L)


@T("arin_swip", ["arin_api_key"], "python")
def t_arin(ctx, kind):
    r = ctx.rng
    L = ['"""Submit simple reassignments (SWIP) to ARIN Reg-RWS for new business customers."""',
         "import sys", "import xml.etree.ElementTree as ET", "", "import requests", "",
         'RWS = "https://reg.arin.net/rest"', 'PARENT_NET = "NET-%s-1"' % "-".join(str(x) for x in [r.randint(23, 216), r.randint(0, 255), r.randint(0, 255), 0])]
    if ctx.obvious:
        L += ["ARIN_API_KEY = %s" % ctx.v("py"), "", "",
              "def reassign(xml_payload):",
              '    url = "%s/net/%s/reassign?apikey=%s" % (RWS, PARENT_NET, ARIN_API_KEY)']
    else:
        L += ["", "", "def reassign(xml_payload):",
              '    url = RWS + "/net/" + PARENT_NET + "/reassign?apikey=%s"' % ctx.raw("inline")]
    L += ['    resp = requests.put(url, data=xml_payload, headers={"Content-Type": "application/xml"}, timeout=60)',
          "    resp.raise_for_status()", "    return ET.fromstring(resp.content)", "", "",
          'if __name__ == "__main__":',
          "    print(ET.tostring(reassign(open(sys.argv[1]).read())).decode())"]
    return pick(r, ["ipam/arin_swip.py", "scripts/registry/swip.py"]), "\n".join(L)


@T("peeringdb_config", ["peeringdb_api_key"], "yaml")
def t_peeringdb_yaml(ctx, kind):
    r = ctx.rng
    L = ["# peeringdb-py local mirror (pdb sync)", "orm:", "  backend: django_peeringdb", "  database:",
         "    engine: sqlite3", "    name: /var/lib/peeringdb/peeringdb.sqlite3", "  migrate: true",
         "sync:", "  url: https://www.peeringdb.com/api", "  user: ''", "  password: ''",
         "  %s: %s" % ("api_key" if ctx.obvious else "key", ctx.v("yaml")),
         "  only: []", "  strip_tz: 1", "  timeout: 0"]
    return pick(r, ["peeringdb/config.yaml", ".peeringdb/config.yaml"]), "\n".join(L)


@T("telnyx_python", ["telnyx_api_key"], "python")
def t_telnyx_py(ctx, kind):
    r = ctx.rng
    L = ['"""Number port-in helper used by the voice provisioning team."""', "import telnyx", ""]
    if ctx.obvious:
        L += ["telnyx.api_key = %s" % ctx.v("py")]
    else:
        L += ["client = telnyx.Telnyx(%s)" % ctx.v("py")]
    L += ["", "", "def check(numbers):",
          "    res = telnyx.PortabilityCheck.create(phone_numbers=numbers)" if ctx.obvious else "    res = client.portability_checks.run(phone_numbers=numbers)",
          "    return [(n.phone_number, n.portable) for n in res.data]", "", "",
          'if __name__ == "__main__":',
          '    print(check(["+1%d"]))' % r.randint(2002000000, 9899999999)]
    return pick(r, ["voice/porting/check.py", "scripts/telnyx_port_check.py"]), "\n".join(L)


@T("bandwidth_yaml", ["bandwidth_api_password", "visp_api_password"], "yaml")
def t_bw_yaml(ctx, kind):
    r = ctx.rng
    L = ["# LNP / number inventory sync", "carrier:", "  name: %s" % kind.split("_")[0],
         "  account_id: \"%d\"" % r.randint(9000000, 9999999), "  site_id: %d" % r.randint(10000, 99999),
         "  base_url: %s" % META[kind]["url"],
         "  %s: %s" % ("username" if ctx.obvious else "user", ident_val(ctx, "yaml", "")),
         "  %s: %s" % ("password" if ctx.obvious else "auth", ctx.v("yaml")),
         "orders:", "  poll_seconds: 120", "  notify: voice-ops@example.net", "  default_sip_peer: %d" % r.randint(100000, 999999)]
    return pick(r, ["lnp/config.yml", "voice/numbers/%s.yaml" % kind.split("_")[0]]), "\n".join(L)


@T("oxidized_config", ["oxidized_password"], "oxidized")
def t_oxidized(ctx, kind):
    r = ctx.rng
    L = ["---", "username: %s" % META[kind]["ident"][1](r), "password: %s" % ctx.v("yaml"),
         "model: ios", "resolve_dns: true", "interval: 3600", "use_syslog: false", "debug: false",
         "threads: 30", "timeout: 20", "retries: 3", "prompt: !ruby/regexp /^([\\w.@-]+[#>]\\s?)$/",
         "rest: 127.0.0.1:8888", "next_adds_job: false", "vars: {}", "groups: {}", "pid: \"/home/oxidized/.config/oxidized/pid\"",
         "input:", "  default: ssh, telnet", "  debug: false", "  ssh:", "    secure: false",
         "output:", "  default: git", "  git:", "    user: Oxidized", "    email: oxidized@example.net",
         "    repo: \"/home/oxidized/.config/oxidized/configs.git\"",
         "source:", "  default: csv", "  csv:", "    file: \"/home/oxidized/.config/oxidized/router.db\"",
         "    delimiter: !ruby/regexp /:/", "    map:", "      name: 0", "      model: 1"]
    return pick(r, ["oxidized/config", ".config/oxidized/config", "roles/oxidized/files/config"]), "\n".join(L)


@T("oxidized_router_db", ["oxidized_password", "device_password"], "oxidized")
def t_router_db(ctx, kind):
    r = ctx.rng
    user = META[kind]["ident"][1](r)
    L = []
    for _ in range(r.randint(5, 10)):
        L.append("%s:%s:%s:%s" % (fqdn(r), pick(r, ["ios", "junos", "routeros", "vyos", "iosxr"]), user, ctx.raw("csv")))
    return pick(r, ["oxidized/router.db", ".config/oxidized/router.db"]), "\n".join(L)


@T("librouteros_py", ["routeros_password"], "python")
def t_librouteros(ctx, kind):
    r = ctx.rng
    L = ["# pull PPPoE session counts from every BNG", "from librouteros import connect", "",
         "BNGS = %s" % json.dumps([ip4(r, "mgmt") for _ in range(r.randint(2, 5))]), "", "",
         "def sessions(host):"]
    if ctx.obvious:
        L.append("    api = connect(host=host, username=%s, password=%s, port=8728)" % (ident_val(ctx, "py"), ctx.v("py")))
    else:
        L.append("    api = connect(host=host, username=%s, password=%s)" % (ident_val(ctx, "py"), ctx.v("py")))
    L += ['    return len(list(api.path("ppp", "active")))', "", "",
          'if __name__ == "__main__":', "    for h in BNGS:", '        print(h, sessions(h))']
    return pick(r, ["scripts/pppoe_sessions.py", "monitoring/bng_sessions.py"]), "\n".join(L)


@T("ios_local_user", ["device_password"], "cisco_ios")
def t_ios_user(ctx, kind):
    r = ctx.rng
    h = host(r)
    user = META[kind]["ident"][1](r)
    if ctx.positive or r.random() < 0.4:
        uline = "username %s privilege 15 %s 0 %s" % (user, pick(r, ["password", "secret"]), ctx.raw("cisco"))
    else:
        t, hv = cisco_hash(r)
        uline = "username %s privilege 15 secret %s %s" % (user, t, hv)
        ctx.slot.tag = "hashed_password"
    L = ["!", "version 15.%d" % r.randint(2, 9), "service timestamps log datetime msec", "hostname %s" % h, "!",
         "no aaa new-model", "!", uline, "!", "ip domain name %s" % pick(r, ["net.example.net", "noc.example.org"]),
         "ip ssh version 2", "!", "interface GigabitEthernet0/0", " description MGMT", " ip address %s 255.255.255.0" % ip4(r, "mgmt"),
         "!", "line vty 0 4", " login local", " transport input ssh", "!", "end"]
    return pick(r, ["configs/%s.cfg" % h, "oob/%s-base.txt" % h]), "\n".join(L)


AUTH_HDR = {"uisp_nms_token": "x-auth-token: ", "librenms_token": "X-Auth-Token: ",
            "netbox_token_v1": "Authorization: Token ", "netbox_token_v2": "Authorization: Bearer ",
            "nautobot_token": "Authorization: Token ", "pdns_api_key": "X-API-Key: ",
            "uisp_crm_app_key": "X-Auth-App-Key: ", "zabbix_api_token": "Authorization: Bearer ",
            "sonar_api_token": "Authorization: Bearer ", "krill_admin_token": "Authorization: Bearer ",
            "telnyx_api_key": "Authorization: Bearer ", "peeringdb_api_key": "Authorization: Api-Key "}


def runbook_snippet(ctx, kind):
    """Shell lines for the runbook; uses the secret slot exactly once."""
    r = ctx.rng
    m = META[kind]
    val = ctx.raw("md")
    if ctx.slot.mode == "env":
        val = "$(pass show noc/%s)" % PROVIDER[kind]
    if kind in AUTH_HDR:
        path = {"netbox_token_v1": "api/dcim/devices/?limit=1", "netbox_token_v2": "api/status/",
                "nautobot_token": "api/status/", "librenms_token": "system", "uisp_nms_token": "devices",
                "uisp_crm_app_key": "clients", "pdns_api_key": "servers/localhost", "krill_admin_token": "cas",
                "peeringdb_api_key": "net?asn=%d" % asn(r, False)}.get(kind, "")
        if kind == "zabbix_api_token":
            return ["export ZBX_TOKEN=%s" % val,
                    "curl -s -H \"Authorization: Bearer $ZBX_TOKEN\" -H 'Content-Type: application/json-rpc' \\",
                    "  -d '{\"jsonrpc\":\"2.0\",\"method\":\"host.get\",\"params\":{\"output\":[\"host\"]},\"id\":1}' \\",
                    "  %s | jq ." % m["url"]]
        return ["export %s=%s" % (m["env"], val),
                "curl -s -H \"%s$%s\" %s%s | jq ." % (AUTH_HDR[kind], m["env"], m["url"], path)]
    if kind == "tsig_secret":
        return ["nsupdate -y hmac-sha256:%s:%s <<'EOF'" % (m["ident"][1](r), val),
                "server %s" % ip4(r, "mgmt"), "update add test-%d.dyn.example.net. 60 A %s" % (r.randint(1, 99), ip4(r, "doc")),
                "send", "EOF"]
    if kind == "genieacs_jwt_secret":
        return ["sudo systemctl edit genieacs-ui", "# [Service]", "# Environment=GENIEACS_UI_JWT_SECRET=%s" % val,
                "sudo systemctl restart genieacs-ui"]
    if kind == "olt_password":
        return ["sshpass -p '%s' ssh -o StrictHostKeyChecking=no %s@%s" % (val, m["ident"][1](r), ip4(r, "mgmt")),
                "display ont info summary 0/1"]
    if kind == "sip_password":
        return ["# /etc/asterisk/pjsip.conf, section [trunk-b-auth]", "username=%s" % m["ident"][1](r),
                "password=%s" % val, "asterisk -rx 'pjsip show registrations'"]
    if kind == "bandwidth_api_password":
        return ["curl -s -u %s:%s \\" % (m["ident"][1](r), val),
                "  https://dashboard.bandwidth.com/api/accounts/%d/portins?status=FOC | xmllint --format -" % r.randint(9000000, 9999999)]
    if kind == "splynx_api_secret":
        return ["export SPLYNX_API_KEY=%s" % (ident_val(ctx, "sh", "") or ""), "export SPLYNX_API_SECRET=%s" % val,
                "python3 sync/splynx_to_netbox.py --dry-run"]
    if kind == "powercode_api_key":
        return ["curl -s -d 'apiKey=%s' -d 'action=readCustomer' -d 'customerID=%d' \\" % (val, r.randint(1000, 99999)),
                "  %s" % m["url"]]
    if kind == "arin_api_key":
        return ["curl -s \"https://reg.arin.net/rest/org/%s?apikey=%s\" | xmllint --format -" % (rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + "-" + str(r.randint(1, 9)), val)]
    return ["export %s=%s" % (m["env"], val), "./bin/%s-check --host %s" % (PROVIDER[kind], ip4(r, "mgmt"))]


GENERIC_KINDS = ["radius_shared_secret", "tacacs_key", "snmp_community", "snmpv3_passphrase", "sip_password",
                 "genieacs_jwt_secret", "olt_password", "splynx_api_secret", "uisp_nms_token", "uisp_crm_app_key",
                 "sonar_api_token", "powercode_api_key", "netbox_token_v1", "netbox_token_v2", "nautobot_token",
                 "librenms_token", "zabbix_api_token", "pdns_api_key", "bgp_md5_password", "krill_admin_token",
                 "arin_api_key", "peeringdb_api_key", "telnyx_api_key", "bandwidth_api_password", "tsig_secret"]


@T("runbook_md", GENERIC_KINDS, "markdown")
def t_runbook(ctx, kind):
    r = ctx.rng
    prov = PROVIDER[kind]
    title = {"radius": "Adding a NAS to RADIUS", "tacacs": "TACACS+ client onboarding", "snmp": "Adding a device to monitoring",
             "sip": "SIP trunk failover", "bgp": "Turning up a new BGP session"}.get(prov, "%s integration notes" % prov.capitalize())
    L = ["# %s" % title, "", "_Owner: %s - last updated %s_" % (pick(r, PEOPLE), date(r)), "",
         "## Steps", "", "1. Open a change in the CAB calendar (%s)." % ticket(r),
         "2. Confirm the device is in NetBox with status `planned`.",
         "3. Apply the snippet below from the jump host:", "", "```"]
    if kind in ("radius_shared_secret", "tacacs_key"):
        word = "radius-server" if kind == "radius_shared_secret" else "tacacs"
        if word == "tacacs":
            L += ["tacacs server TAC1", " address ipv4 %s" % ip4(r, "mgmt"), " key 0 %s" % ctx.raw("md")]
        else:
            L += ["radius-server host %s key %s" % (ip4(r, "mgmt"), ctx.raw("md"))]
    elif kind == "bgp_md5_password":
        L += ["router bgp %d" % asn(r, False), " neighbor %s remote-as %d" % (ip4(r, "doc"), asn(r)),
              " neighbor %s password %s" % (ip4(r, "doc"), ctx.raw("md"))]
    elif kind in ("snmp_community",):
        L += ["snmp-server community %s RO SNMP-NMS" % ctx.raw("md")]
    elif kind == "snmpv3_passphrase":
        L += ["snmp-server user nmsv3 NMS v3 auth sha %s" % ctx.raw("md")]
    else:
        L = L[:-1] + ["```bash"]
        L += runbook_snippet(ctx, kind)
    L += ["```", "", "4. Verify with `show aaa servers` / the API response, then close the change.", "",
          "## Rollback", "", "Remove the snippet and reload the previous config from Oxidized.", ""]
    return pick(r, ["docs/runbooks/%s.md" % prov, "notes/runbook-%s.md" % prov, "wiki/noc/%s.md" % prov]), "\n".join(L)


@T("gha_workflow", ["netbox_token_v1", "netbox_token_v2", "librenms_token", "zabbix_api_token", "peeringdb_api_key",
                    "telnyx_api_key", "uisp_nms_token", "pdns_api_key"], "github_actions")
def t_gha(ctx, kind):
    r = ctx.rng
    m = META[kind]
    prov = PROVIDER[kind]
    L = ["name: %s-sync" % prov, "", "on:", "  schedule:", "    - cron: \"%d */6 * * *\"" % r.randint(0, 59),
         "  workflow_dispatch: {}", "", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:",
         "      %s_URL: %s" % (prov.upper(), m["url"] or "https://%s.example.net/" % prov)]
    if ctx.slot.mode == "var" or ctx.slot.mode == "env":
        L.append("      %s: ${{ secrets.%s }}" % (m["env"], m["env"]))
    else:
        L.append("      %s: %s" % (m["env"] if ctx.obvious else "%s_AUTH" % prov.upper(), ctx.v("yaml")))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
          "        with:", "          python-version: \"3.11\"", "      - run: pip install -r requirements.txt",
          "      - run: python sync/%s.py --apply" % prov]
    return ".github/workflows/%s-sync.yml" % prov, "\n".join(L)


@T("shell_env_export", GENERIC_KINDS, "shell")
def t_shell_export(ctx, kind):
    r = ctx.rng
    m = META[kind]
    prov = PROVIDER[kind]
    L = ["#!/bin/sh", "# source me before running the %s tooling" % prov] + hdr_comment(r) + [
         "export NOC_SITE=%s" % pick(r, SITES)]
    if m["url"]:
        L.append("export %s_URL=%s" % (prov.upper(), m["url"]))
    if m["ident"]:
        L.append("export %s=%s" % (m["ident"][0].upper(), ident_val(ctx, "sh", "")))
    L.append("export %s=%s" % (ctx.name("screaming"), ctx.v("sh", pick(r, ['"', "'", ""]))))
    L += ["export PATH=\"$HOME/.local/bin:$PATH\"", "alias nb='python3 -m noc.cli'"]
    return pick(r, ["env/%s.sh" % prov, "scripts/env-%s.sh" % prov, "ops/%s/env.sh" % prov]), "\n".join(L)


@T("python_settings", GENERIC_KINDS, "python")
def t_py_settings(ctx, kind):
    r = ctx.rng
    m = META[kind]
    prov = PROVIDER[kind]
    L = ['"""Settings for the NOC portal (%s)."""' % prov, "import os", "",
         "DEBUG = False", 'ALLOWED_HOSTS = ["noc.example.net"]', 'TIME_ZONE = "UTC"', ""]
    if m["url"]:
        L.append('%s_URL = "%s"' % (prov.upper(), m["url"]))
    if m["ident"]:
        L.append("%s = %s" % (m["ident"][0].upper(), ident_val(ctx, "py")))
    L.append("%s = %s" % (ctx.name("screaming"), ctx.v("py", pick(r, ['"', "'"]))))
    L += ["", "CELERY_BEAT_SCHEDULE = {", '    "%s-sync": {"task": "noc.tasks.sync_%s", "schedule": %d},' % (prov, prov, pick(r, [300, 900])),
          "}", "", 'LOGGING = {"version": 1, "root": {"level": "INFO"}}']
    return pick(r, ["noc_portal/settings/production.py", "config/settings.py", "portal/%s_settings.py" % prov]), "\n".join(L)


@T("inventory_csv", ["snmp_community", "olt_password", "device_password", "snmpv3_passphrase"], "csv")
def t_inventory_csv(ctx, kind):
    r = ctx.rng
    col = {"snmp_community": "snmp_community", "olt_password": "password", "device_password": "password",
           "snmpv3_passphrase": "v3_authpass"}[kind]
    if not ctx.obvious:
        col = {"snmp_community": "ro", "olt_password": "cred", "device_password": "login", "snmpv3_passphrase": "v3_key"}[kind]
    L = ["hostname,mgmt_ip,vendor,model,site,%s" % col]
    for _ in range(r.randint(4, 10)):
        L.append("%s,%s,%s,%s,%s,%s" % (host(r), ip4(r, "mgmt"), pick(r, ["cisco", "juniper", "mikrotik", "huawei", "zte"]),
                                        pick(r, ["ASR920", "MX204", "CCR2004", "MA5800-X7", "C300"]), pick(r, SITES), ctx.raw("csv")))
    return pick(r, ["inventory/devices.csv", "data/%s_inventory.csv" % pick(r, SITES), "librenms/import.csv"]), "\n".join(L)


@T("jinja_default", ["radius_shared_secret", "tacacs_key", "snmp_community", "bgp_md5_password"], "jinja2")
def t_jinja_default(ctx, kind):
    r = ctx.rng
    varname = {"radius_shared_secret": "radius_key", "tacacs_key": "tacacs_key", "snmp_community": "snmp_ro",
               "bgp_md5_password": "peer.md5"}[kind]
    if ctx.slot.mode == "lit":
        expr = "{{ %s | default('%s') }}" % (varname, ctx.slot.text)
    elif ctx.slot.mode == "empty":
        expr = "{{ %s | default('') }}" % varname
    else:
        expr = "{{ %s | mandatory }}" % varname
    L = ["{# %s - rendered by ansible role net_base #}" % ticket(r), "hostname {{ inventory_hostname }}", "!"]
    if kind == "radius_shared_secret":
        L += ["radius server RAD1", " address ipv4 {{ radius_host }} auth-port 1812 acct-port 1813", " key 0 " + expr]
    elif kind == "tacacs_key":
        L += ["tacacs server TAC1", " address ipv4 {{ tacacs_host }}", " key 0 " + expr]
    elif kind == "snmp_community":
        L += ["snmp-server community " + expr + " RO SNMP-NMS"]
    else:
        L += ["router bgp {{ local_asn }}", "{% for peer in bgp_peers %}", " neighbor {{ peer.ip }} remote-as {{ peer.asn }}",
              " neighbor {{ peer.ip }} password " + expr, "{% endfor %}"]
    L += ["!", "ntp server {{ ntp_servers[0] }}", "logging host {{ syslog_host }}", "!", "end"]
    return pick(r, ["roles/net_base/templates/%s.j2" % pick(r, ["aaa", "base", "ios_base"]), "templates/ios/%s.j2" % kind.split("_")[0]]), "\n".join(L)


# ===========================================================================
# Negative-only domain look-alikes
# ===========================================================================
NEG_TEMPLATES = []


def NT(name, provider, kind, filetype):
    def deco(fn):
        NEG_TEMPLATES.append((name, provider, kind, filetype, fn))
        return fn
    return deco


@NT("ios_hashed_secrets", "network_device", "hashed_password", "cisco_ios")
def n_ios_hashed(r):
    h = host(r)
    L = ["!", "! Last configuration change at %02d:%02d:%02d UTC %s" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), date(r)),
         "!", "version 17.%d" % r.randint(3, 12), "hostname %s" % h, "!"]
    t, hv = cisco_hash(r, pick(r, ["8", "9"]))
    L.append("enable secret %s %s" % (t, hv))
    for u in r.sample(PEOPLE, r.randint(2, 4)):
        t, hv = cisco_hash(r)
        L.append("username %s privilege 15 secret %s %s" % (u, t, hv))
    L += ["!", "aaa new-model", "aaa authentication login default group TACGRP local",
          "tacacs server TAC1", " address ipv4 %s" % ip4(r, "mgmt"), " key 0 {{ tacacs_key }}", "!",
          "ip ssh version 2", "ip ssh server algorithm hostkey rsa-sha2-512", "!", "line vty 0 15", " transport input ssh", "!", "end"]
    return pick(r, ["configs/%s.cfg" % h, "oxidized-backups/%s" % h]), "\n".join(L)


@NT("junos_encrypted_password", "network_device", "hashed_password", "junos")
def n_junos_hash(r):
    h = host(r, "mx")
    L = ["## Last commit: %s %02d:%02d:11 UTC by %s" % (date(r), r.randint(0, 23), r.randint(0, 59), pick(r, PEOPLE)),
         "version 22.%dR%d.%d;" % (r.randint(1, 4), r.randint(1, 3), r.randint(1, 20)),
         "system {", "    host-name %s;" % h, "    root-authentication {",
         "        encrypted-password \"%s\"; ## SECRET-DATA" % sha512_crypt(r), "    }", "    login {"]
    for u in r.sample(PEOPLE, r.randint(1, 3)):
        L += ["        user %s {" % u, "            uid %d;" % r.randint(2000, 2999), "            class super-user;",
              "            authentication {", "                encrypted-password \"%s\"; ## SECRET-DATA" % sha512_crypt(r),
              "                ssh-ed25519 \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@jump\";" % (rs(r, B64, 43), u),
              "            }", "        }"]
    L += ["    }", "    services {", "        ssh {", "            root-login deny;", "        }", "    }", "}"]
    return pick(r, ["configs/juniper/%s.conf" % h, "backups/junos/%s" % h]), "\n".join(L)


@NT("vyos_config_boot", "network_device", "hashed_password", "vyos")
def n_vyos_boot(r):
    L = ["system {", "    host-name %s" % host(r, "edge").replace(".", "-"), "    login {", "        user vyos {",
         "            authentication {", "                encrypted-password \"%s\"" % sha512_crypt(r),
         "                plaintext-password \"\"", "            }", "        }", "    }",
         "    name-server %s" % ip4(r, "doc"), "    ntp {", "        server %s {" % ip4(r, "mgmt"), "        }", "    }", "}",
         "interfaces {", "    ethernet eth0 {", "        address %s/24" % ip4(r, "doc"), "        hw-id %s" % mac(r), "    }", "}",
         "// vyos-config-version: \"bgp@4:broadcast-relay@1:cluster@1:config-management@1\""]
    return pick(r, ["vyos/config.boot", "backups/vyos/%s.boot" % pick(r, SITES)]), "\n".join(L)


@NT("cloud_init_hashed", "linux", "hashed_password", "yaml")
def n_cloud_init(r):
    L = ["#cloud-config", "hostname: %s" % pick(r, ["radius01", "acs01", "nms02", "dns-auth1"]), "users:"]
    for u in r.sample(PEOPLE, r.randint(1, 3)):
        L += ["  - name: %s" % u, "    groups: [sudo]", "    shell: /bin/bash", "    lock_passwd: false",
              "    passwd: \"%s\"" % sha512_crypt(r),
              "    ssh_authorized_keys:", "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop" % (rs(r, B64, 43), u)]
    L += ["package_update: true", "packages: [freeradius, freeradius-utils, snmpd]"]
    return pick(r, ["cloud-init/radius-user-data.yaml", "infra/cloudinit/%s.yml" % pick(r, ["nms", "aaa"])]), "\n".join(L)


@NT("ansible_vault_blob", "ansible", "ansible_vault", "ansible_vars")
def n_vault_blob(r):
    def blob(indent):
        lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [rs(r, HEX, 80) for _ in range(r.randint(4, 6))] + [rs(r, HEX, r.randint(10, 78))]
        return [indent + x for x in lines]
    L = ["---", "# encrypted with the netops vault id", "radius_servers:", "  - %s" % ip4(r, "mgmt"), "  - %s" % ip4(r, "mgmt")]
    L += ["vault_radius_secret: !vault |"] + blob("  ")
    L += ["vault_tacacs_key: !vault |"] + blob("  ")
    L += ["tacacs_key: \"{{ vault_tacacs_key }}\"", "radius_secret: \"{{ vault_radius_secret }}\""]
    return pick(r, ["group_vars/all/vault.yml", "inventories/prod/group_vars/aaa/vault.yml"]), "\n".join(L)


@NT("ansible_vault_file", "ansible", "ansible_vault", "ansible_vars")
def n_vault_file(r):
    L = ["$ANSIBLE_VAULT;1.2;AES256;%s" % pick(r, ["prod", "netops", "noc"])] + [rs(r, HEX, 80) for _ in range(r.randint(12, 30))] + [rs(r, HEX, 32)]
    return pick(r, ["host_vars/%s/vault.yml" % host(r, "bng"), "group_vars/olts/secrets.yml"]), "\n".join(L)


@NT("bgp_communities", "bgp", "bgp_community", "cisco_ios")
def n_bgp_comm(r):
    me = asn(r, False)
    L = ["! community scheme v%d - see docs/bgp-communities.md" % r.randint(2, 5),
         "ip community-list standard CUST permit %d:100" % me,
         "ip community-list standard PEER permit %d:200" % me,
         "ip community-list standard TRANSIT permit %d:300" % me,
         "ip community-list standard BLACKHOLE permit 65535:666",
         "ip community-list expanded PREPEND permit %d:7[0-9][0-9]" % me, "!",
         "route-map TRANSIT-OUT permit 10", " match community CUST", " set community %d:%d additive" % (me, r.randint(1000, 9999)), "!",
         "route-map TRANSIT-OUT permit 20", " match community BLACKHOLE", " set community no-export additive",
         " set ip next-hop 192.0.2.1", "!", "route-map TRANSIT-OUT deny 100", "!"]
    return pick(r, ["configs/policy/communities.ios", "templates/bgp/communities.cfg"]), "\n".join(L)


@NT("irr_prefix_list", "bgp", "asn_prefix", "text")
def n_irr(r):
    me = asn(r, False)
    L = ["# generated by bgpq4 -4 -A -l CUST-%d AS-%s %s" % (me, slug(isp(r)).upper(), date(r)), "no ip prefix-list CUST-%d" % me]
    for i in range(r.randint(5, 15)):
        L.append("ip prefix-list CUST-%d permit %d.%d.%d.0/%d le 24" % (me, r.randint(23, 216), r.randint(0, 255), r.randint(0, 255), pick(r, [20, 21, 22, 23, 24])))
    L.append("! origin ASNs: %s" % ", ".join("AS%d" % asn(r) for _ in range(4)))
    return pick(r, ["peering/prefix-lists/AS%d.txt" % me, "irr/generated/cust-%d.cfg" % me]), "\n".join(L)


@NT("ont_serial_inventory", "olt", "ont_serial", "csv")
def n_ont_csv(r):
    L = ["olt,frame,slot,port,ont_id,serial,mac,lineprofile,srvprofile,customer_id,status"]
    for _ in range(r.randint(6, 20)):
        vend = pick(r, ["HWTC", "ZTEG", "ALCL", "GPON"])
        L.append("%s,0,%d,%d,%d,%s%s,%s,%s,%s,%d,%s" % (host(r, "olt"), r.randint(1, 17), r.randint(0, 15), r.randint(0, 127),
                                                       vend, rs(r, "0123456789ABCDEF", 8), mac(r), pick(r, ["FTTH-1G", "FTTH-300M"]),
                                                       pick(r, ["HGU-BRIDGE", "SFU-ROUTER"]), r.randint(100000, 999999), pick(r, ["online", "offline", "los"])))
    return pick(r, ["inventory/ont_%s.csv" % pick(r, SITES), "data/gpon/onts.csv"]), "\n".join(L)


@NT("circuit_inventory", "carrier", "circuit_id", "csv")
def n_circuits(r):
    L = ["circuit_id,provider,type,a_end,z_end,bandwidth_mbps,vlan,install_date,loa_ref"]
    for _ in range(r.randint(5, 14)):
        cid = pick(r, ["%d.KGFS.%06d..LUMN" % (r.randint(10, 99), r.randint(0, 999999)),
                       "OGYX/%06d//ZYO" % r.randint(0, 999999),
                       "CKT-%s-%05d" % (pick(r, SITES).upper(), r.randint(0, 99999)),
                       "%s%010d" % (pick(r, ["EVPL", "DIA"]), r.randint(0, 9999999999))])
        L.append("%s,%s,%s,%s,%s,%d,%d,%s,LOA-%s" % (cid, pick(r, ["Lumen", "Zayo", "Cogent", "Crown Castle", "Local Telco"]),
                                                     pick(r, ["DIA", "EVPL", "Dark Fiber", "Wave"]), pick(r, SITES), pick(r, SITES),
                                                     pick(r, [1000, 10000, 100000]), r.randint(100, 3999), date(r), rs(r, "0123456789ABCDEF", 6)))
    return pick(r, ["carriers/circuits.csv", "inventory/circuits_%s.csv" % date(r)[:4]]), "\n".join(L)


@NT("snmp_engine_ids", "snmp", "snmp_engine_id", "yaml")
def n_engine_ids(r):
    L = ["# SNMPv3 engine IDs learned by the poller (for trap decoding)", "engine_ids:"]
    for _ in range(r.randint(4, 10)):
        L.append("  %s: \"80000009%s\"" % (host(r), rs(r, HEX, 24)))
    L += ["auth_protocol: SHA", "priv_protocol: AES", "credentials: \"{{ vault_snmpv3 }}\""]
    return pick(r, ["monitoring/snmp_engines.yml", "librenms/engine_ids.yaml"]), "\n".join(L)


@NT("radius_acct_log", "radius", "radius_log", "log")
def n_radius_log(r):
    L = []
    for _ in range(r.randint(2, 4)):
        L += ["%s %02d:%02d:%02d %s" % (pick(r, ["Mon", "Tue", "Wed", "Thu", "Fri"]), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), date(r)),
              "\tAcct-Status-Type = %s" % pick(r, ["Start", "Interim-Update", "Stop"]),
              "\tUser-Name = \"cust%d@bb.example.net\"" % r.randint(10000, 99999),
              "\tAcct-Session-Id = \"%s\"" % rs(r, "0123456789ABCDEF", 16),
              "\tAcct-Unique-Session-Id = \"%s\"" % rs(r, HEX, 32),
              "\tFramed-IP-Address = %s" % ip4(r, "cgn"),
              "\tCalling-Station-Id = \"%s\"" % mac(r, "-").upper(),
              "\tNAS-IP-Address = %s" % ip4(r, "mgmt"),
              "\tMessage-Authenticator = 0x%s" % rs(r, HEX, 32),
              "\tAcct-Input-Octets = %d" % r.randint(1000, 9999999999), ""]
    return pick(r, ["logs/radacct/detail-%s" % date(r).replace("-", ""), "samples/radius/acct-detail.txt"]), "\n".join(L)


@NT("firmware_manifest", "vendor", "firmware_digest", "json")
def n_firmware(r):
    items = []
    for _ in range(r.randint(3, 8)):
        items.append({"model": pick(r, ["CCR2004-1G-12S+2XS", "MA5800-X7", "ASR-920-24SZ-M", "MX204", "ONT-HG8245X6"]),
                      "version": "%d.%d.%d" % (r.randint(6, 17), r.randint(0, 12), r.randint(0, 9)),
                      "file": "fw-%s.bin" % rs(r, LOWER_ALNUM, 6),
                      "sha256": rs(r, HEX, 64), "md5": rs(r, HEX, 32), "size": r.randint(10 ** 6, 10 ** 9)})
    return pick(r, ["firmware/manifest.json", "upgrades/%s/images.json" % date(r)[:7]]), json.dumps({"images": items}, indent=2)


@NT("ssh_known_hosts", "network_device", "ssh_public_key", "text")
def n_known_hosts(r):
    L = ["# jump host known_hosts for the core routers (collected %s)" % date(r)]
    for _ in range(r.randint(3, 8)):
        L.append("%s,%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (fqdn(r), ip4(r, "mgmt"), rs(r, B64, 43)))
    L.append("# fingerprints: " + ", ".join("SHA256:%s" % rs(r, B64, 43) for _ in range(2)))
    return pick(r, ["ssh/known_hosts", "jump/known_hosts.core"]), "\n".join(L)


@NT("zabbix_template_yaml", "zabbix", "template_uuid", "yaml")
def n_zabbix_tmpl(r):
    L = ["zabbix_export:", "  version: '6.4'", "  template_groups:", "    - uuid: %s" % rs(r, HEX, 32), "      name: Templates/Network devices",
         "  templates:", "    - uuid: %s" % rs(r, HEX, 32), "      template: 'OLT %s by SNMP'" % pick(r, ["Huawei", "ZTE"]),
         "      name: 'OLT by SNMP'", "      items:"]
    for _ in range(r.randint(2, 5)):
        L += ["        - uuid: %s" % rs(r, HEX, 32), "          name: 'ONT count slot %d'" % r.randint(1, 17),
              "          type: SNMP_AGENT", "          snmp_oid: '1.3.6.1.4.1.2011.6.128.1.1.2.43.1.%d'" % r.randint(1, 20),
              "          key: 'ont.count[%d]'" % r.randint(1, 17)]
    L += ["      macros:", "        - macro: '{$SNMP_COMMUNITY}'", "          value: '{$SNMP_COMMUNITY_RO}'"]
    return pick(r, ["zabbix/templates/olt_snmp.yaml", "monitoring/zbx_olt_template.yml"]), "\n".join(L)


@NT("netbox_export_json", "netbox", "netbox_export", "json")
def n_netbox_export(r):
    res = []
    for i in range(r.randint(2, 5)):
        res.append({"id": r.randint(1, 9999), "url": "https://netbox.example.net/api/dcim/devices/%d/" % r.randint(1, 9999),
                    "name": host(r), "serial": rs(r, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 11),
                    "asset_tag": "AT-%06d" % r.randint(0, 999999), "primary_ip4": {"address": ip4(r, "mgmt") + "/32"},
                    "custom_fields": {"circuit_ref": "CKT-%05d" % r.randint(0, 99999), "object_uuid": uuid4(r)}})
    return pick(r, ["exports/netbox_devices.json", "fixtures/netbox/devices.json"]), json.dumps({"count": len(res), "next": None, "results": res}, indent=2)


@NT("pdns_hashed_api_key", "powerdns", "hashed_api_key", "pdns_conf")
def n_pdns_hashed(r):
    hashed = "$scrypt$ln=10,p=1,r=8$%s==$%s=" % (rs(r, B64, 22), rs(r, B64, 43))
    L = ["# pdns.conf (4.8) - api-key stored hashed, plaintext only in the password manager",
         "launch=gpgsql", "api=yes", "api-key=%s" % hashed, "webserver=yes", "webserver-address=127.0.0.1",
         "webserver-port=8081", "webserver-hash-plaintext-credentials=yes", "local-address=%s" % ip4(r, "doc"),
         "default-ttl=3600"]
    return pick(r, ["powerdns/pdns.conf", "etc/powerdns/pdns.conf"]), "\n".join(L)


@NT("kea_secret_file", "kea", "secret_file_reference", "json")
def n_kea_file(r):
    d = {"Dhcp4": {"interfaces-config": {"interfaces": ["eth1"]},
                   "control-socket": {"socket-type": "unix", "socket-name": "/run/kea/kea4-ctrl-socket"},
                   "lease-database": {"type": "postgresql", "name": "kea", "user": "kea", "host": "db01.ops.example.com",
                                      "password-file": "/etc/kea/secrets/db-password"},
                   "subnet4": [{"id": r.randint(1, 500), "subnet": "100.%d.0.0/22" % r.randint(64, 127),
                                "pools": [{"pool": "100.%d.0.10 - 100.%d.3.250" % (70, 70)}],
                                "option-data": [{"name": "routers", "data": ip4(r, "cgn")}]}]},
         "DhcpDdns-ref": {"tsig-keys": [{"name": "ddns-key.", "algorithm": "HMAC-SHA256", "secret-file": "/etc/kea/tsig/ddns-key.secret"}]}}
    return pick(r, ["kea/kea-dhcp4.conf", "etc/kea/kea-dhcp4.conf"]), json.dumps(d, indent=4)


@NT("hmac_test_vectors", "radius", "test_vector", "python")
def n_hmac_vectors(r):
    k1 = b"\x0b" * 16
    d1 = hmac.new(k1, b"Hi There", hashlib.md5).hexdigest()
    k2 = b"\x0b" * 20
    d2 = hmac.new(k2, b"Hi There", hashlib.sha256).hexdigest()
    d3 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.md5).hexdigest()
    L = ['"""Message-Authenticator / TSIG helpers: RFC 2202 and RFC 4231 HMAC test vectors."""',
         "import hashlib", "import hmac", "import unittest", "", "",
         "class HmacVectors(unittest.TestCase):",
         "    def test_rfc2202_md5_case1(self):",
         '        key = b"\\x0b" * 16',
         '        self.assertEqual(hmac.new(key, b"Hi There", hashlib.md5).hexdigest(), "%s")' % d1, "",
         "    def test_rfc2202_md5_case2(self):",
         '        self.assertEqual(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.md5).hexdigest(), "%s")' % d3, "",
         "    def test_rfc4231_sha256_case1(self):",
         '        key = b"\\x0b" * 20',
         '        self.assertEqual(hmac.new(key, b"Hi There", hashlib.sha256).hexdigest(), "%s")' % d2, "", "",
         'if __name__ == "__main__":', "    unittest.main()"]
    return pick(r, ["tests/test_hmac_vectors.py", "radtools/tests/test_auth.py"]), "\n".join(L)


@NT("telnyx_webhook_public_key", "telnyx", "public_key", "dotenv")
def n_telnyx_pub(r):
    L = ["# webhook receiver - only the PUBLIC key is needed to verify Telnyx signatures",
         "TELNYX_PUBLIC_KEY=%s" % b64bytes(r, 32), "TELNYX_API_KEY=${TELNYX_API_KEY}",
         "WEBHOOK_TOLERANCE_SECONDS=300", "PORT=8080", "LOG_LEVEL=info"]
    return pick(r, ["voice/webhooks/.env.example", "services/telnyx-hooks/.env.example"]), "\n".join(L)


@NT("i18n_strings", "portal", "i18n", "json")
def n_i18n(r):
    lang = pick(r, ["en", "es", "fr", "de", "pt"])
    tbl = {"en": ("Wi-Fi password", "PPPoE password", "Router admin password", "Shared secret", "API token"),
           "es": ("Contraseña Wi-Fi", "Contraseña PPPoE", "Contraseña del router", "Secreto compartido", "Token de API"),
           "fr": ("Mot de passe Wi-Fi", "Mot de passe PPPoE", "Mot de passe du routeur", "Secret partagé", "Jeton API"),
           "de": ("WLAN-Passwort", "PPPoE-Passwort", "Router-Passwort", "Gemeinsames Geheimnis", "API-Token"),
           "pt": ("Senha do Wi-Fi", "Senha PPPoE", "Senha do roteador", "Segredo compartilhado", "Token da API")}[lang]
    d = {"portal": {"wifi_password": tbl[0], "pppoe_password": tbl[1], "admin_password": tbl[2],
                    "radius_secret": tbl[3], "api_token": tbl[4], "password_hint": "8+ chars",
                    "show_password": "👁", "reset_password": "Reset"}}
    return "portal/src/locales/%s.json" % lang, json.dumps(d, indent=2, ensure_ascii=False)


@NT("radius_dictionary", "radius", "dictionary", "freeradius")
def n_dictionary(r):
    L = ["# -*- text -*-", "# dictionary.local - vendor attributes for our BNGs", "VENDOR\t\tRidgeline\t%d" % r.randint(40000, 60000),
         "BEGIN-VENDOR\tRidgeline",
         "ATTRIBUTE\tRL-Service-Profile\t1\tstring", "ATTRIBUTE\tRL-Rate-Down\t2\tinteger", "ATTRIBUTE\tRL-Rate-Up\t3\tinteger",
         "ATTRIBUTE\tRL-Tunnel-Password\t4\tstring\tencrypt=2", "ATTRIBUTE\tRL-Shared-Secret-Id\t5\tinteger",
         "END-VENDOR\tRidgeline"]
    return pick(r, ["raddb/dictionary.local", "freeradius/dictionary"]), "\n".join(L)


@NT("dhcp_leases", "isc_dhcp", "dhcp_lease", "dhcpd")
def n_leases(r):
    L = ["# The format of this file is documented in the dhcpd.leases(5) manual page.", "authoring-byte-order little-endian;", ""]
    for _ in range(r.randint(2, 5)):
        L += ["lease %s {" % ip4(r, "mgmt"), "  starts 3 %s 10:11:12;" % date(r).replace("-", "/"),
              "  ends 3 %s 11:11:12;" % date(r).replace("-", "/"), "  binding state active;",
              "  hardware ethernet %s;" % mac(r), "  uid \"\\001%s\";" % "".join("\\%03o" % r.randint(0, 255) for _ in range(6)),
              "  client-hostname \"%s\";" % pick(r, ["HG8245", "ONT-%s" % rs(r, HEX, 4), "cpe-%d" % r.randint(100, 999)]), "}"]
    return pick(r, ["samples/dhcpd.leases", "debug/dhcpd.leases.txt"]), "\n".join(L)


@NT("ipam_prefixes", "ipam", "asn_prefix", "yaml")
def n_ipam(r):
    L = ["# address plan %s" % pick(r, SITES), "asn: %d" % asn(r, False), "prefixes:"]
    for _ in range(r.randint(4, 10)):
        L += ["  - prefix: %d.%d.%d.0/%d" % (r.randint(23, 216), r.randint(0, 255), r.randint(0, 255), pick(r, [22, 23, 24])),
              "    role: %s" % pick(r, ["cgnat-public", "infra", "customers", "loopbacks"]),
              "    vlan: %d" % r.randint(100, 3999)]
    L += ["v6: %s::/32" % "2001:db8", "rpki_roa_maxlength: 24"]
    return pick(r, ["ipam/%s.yml" % pick(r, SITES), "addressing/plan.yaml"]), "\n".join(L)


@NT("git_changelog", "repo", "commit_hash", "markdown")
def n_changelog(r):
    L = ["# Changelog", ""]
    for _ in range(r.randint(4, 9)):
        L.append("- `%s` %s (%s)" % (rs(r, HEX, pick(r, [7, 40])), pick(r, ["rotate RADIUS secrets via vault", "move TACACS key to vault",
                                                                            "add OLT %s" % pick(r, SITES), "fix BGP md5 template var",
                                                                            "bump napalm", "redact tokens in logs"]), pick(r, PEOPLE)))
    return "CHANGELOG.md", "\n".join(L)


@NT("mac_address_table", "network_device", "mac_table", "text")
def n_mac_table(r):
    L = ["%s#show mac address-table dynamic" % host(r, "agg"), "          Mac Address Table", "-------------------------------------------",
         "", "Vlan    Mac Address       Type        Ports", "----    -----------       --------    -----"]
    for _ in range(r.randint(5, 15)):
        m = rs(r, HEX, 12)
        L.append(" %-6d %s.%s.%s    DYNAMIC     Gi0/%d" % (r.randint(100, 3999), m[:4], m[4:8], m[8:], r.randint(1, 48)))
    return pick(r, ["captures/mac-table-%s.txt" % pick(r, SITES), "notes/%s-mac.txt" % ticket(r)]), "\n".join(L)


# ===========================================================================
# Driver
# ===========================================================================
N_POS = 500
N_NEG = 500


def kinds_with_templates():
    ks = []
    for _, kinds, _, _ in TEMPLATES:
        for k in kinds:
            if k not in ks:
                ks.append(k)
    return ks


# The network-operations kinds are the emphasis of this set: give them more weight.
KIND_WEIGHT = {"radius_shared_secret": 3, "bgp_md5_password": 3, "tacacs_key": 2, "snmp_community": 2,
               "snmpv3_passphrase": 2, "device_password": 2, "cwmp_password": 2}


class Picker(object):
    """Cycle through kinds evenly; for each kind choose the least used template."""

    def __init__(self, rng):
        self.rng = rng
        self.kinds = sorted(kinds_with_templates())
        self.queue = []
        self.used = {}

    def next(self):
        if not self.queue:
            self.queue = [k for k in self.kinds for _ in range(KIND_WEIGHT.get(k, 1))]
            self.rng.shuffle(self.queue)
        kind = self.queue.pop()
        cands = [t for t in TEMPLATES if kind in t[1]]
        low = min(self.used.get(t[0], 0) for t in cands)
        best = [t for t in cands if self.used.get(t[0], 0) == low]
        t = pick(self.rng, best)
        self.used[t[0]] = self.used.get(t[0], 0) + 1
        return kind, t


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text if text.endswith("\n") else text + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dk.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    all_needles = []

    picker = Picker(rng)
    for i in range(N_POS):
        kind, (tname, _, ftype, fn) = picker.next()
        for _attempt in range(20):
            needle = GEN[kind](rng)
            if needle not in all_needles:
                break
        ctx = Ctx(rng, kind, Slot("lit", needle), rng.random() < 0.5, True)
        rel, text = fn(ctx, kind)
        lines = text.split("\n")
        line_no = next((n + 1 for n, ln in enumerate(lines) if needle in ln), None)
        if line_no is None:
            raise RuntimeError("needle missing in %s/%s" % (tname, kind))
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        all_needles.append(needle)
        manifest.append({"file": f, "label": "pos", "provider": PROVIDER[kind], "kind": kind, "filetype": ftype})
        secrets.append({"file": f, "needle": needle, "line": line_no})

    neg_picker = Picker(rng)
    neg_order = []
    for j in range(N_NEG):
        neg_order.append("reuse" if j % 2 == 0 else "domain")
    rng.shuffle(neg_order)
    dom_queue = []
    for j, how in enumerate(neg_order):
        if how == "reuse":
            kind, (tname, _, ftype, fn) = neg_picker.next()
            lang_hint = {"cisco_ios": "cisco", "junos": "junos", "routeros": "ros", "vyos": "vyos", "frr": "frr",
                         "bird": "bird", "freeradius": "freeradius", "tac_plus": "tacplus", "snmpd_conf": "snmpd",
                         "dhcpd": "dhcpd", "uci": "uci", "asterisk": "asterisk", "csv": "cisco",
                         "jinja2": "cisco", "oxidized": "cisco", "markdown": "cisco"}.get(ftype, "py")
            slot = neg_slot(rng, kind, lang_hint, ftype)
            ctx = Ctx(rng, kind, slot, rng.random() < 0.5, False)
            rel, text = fn(ctx, kind)
            provider, nkind = PROVIDER[kind], slot.tag
        else:
            if not dom_queue:
                dom_queue = list(range(len(NEG_TEMPLATES)))
                rng.shuffle(dom_queue)
            tname, provider, nkind, ftype, fn = NEG_TEMPLATES[dom_queue.pop()]
            rel, text = fn(rng)
        f = "neg/n%04d/%s" % (j, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": nkind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
