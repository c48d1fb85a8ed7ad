#!/usr/bin/env python3
"""Blind evaluation-set generator "mb": on-premises groupware / collaboration suites.

EMPHASIS
    Groupware and collaboration suites run on premises: Zimbra (localconfig.xml,
    `zmlocalconfig -s` output, zmprov scripts, zmsetup config files), Grommunio/Kopano
    (server.cfg, ldap.cfg, gromox mysql_adaptor.cfg, admin-api yaml), SOGo (sogo.conf),
    Open-Xchange (configdb.properties, hazelcast.properties, oxinstaller / createcontext
    scripts, Helm values), Horde (conf.php), EGroupware (header.inc.php, compose), Kolab
    (kolab.conf, Roundcube des_key), Axigen (REST API scripts), IceWarp (XML RPC API),
    Nextcloud (config.php secret/passwordsalt/dbpassword, occ scripts, Talk HPB signaling
    server.conf, coturn, Janus, Helm), OnlyOffice (local.json JWT, compose, Helm, occ),
    Collabora (coolwsd.xml admin console, compose), BigBlueButton in suites, CardDAV/CalDAV
    (Radicale, Baikal, DAViCal, vdirsyncer), Citadel, HCL Domino (one-touch setup JSON,
    container env, Java/Python API scripts), Exchange hybrid PowerShell (credentials, Entra
    app client secrets for calendar sync), Google OAuth client secrets for calendar sync,
    Univention UCS (/etc/*.secret files, UDM REST via curl/python, ansible), MailStore
    (PowerShell API), MailPiler (config-site.php, piler.conf, pilerimport), S/MIME private
    keys (PKCS#8 RSA, PKCS#1 RSA, SEC1 EC), LDIF and CSV user imports, Ansible vars,
    Kubernetes Secrets, Markdown runbooks, one `.env` template (capped below 1 in 20).
    File types: XML, PHP arrays, INI/cfg, properties, YAML, JSON, shell, PowerShell,
    Python, Java, Markdown, CSV, LDIF, PEM, plain secret files.

USAGE
    python3 -B gen_mb.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library only; all randomness
    from one random.Random(SEED); byte-identical output for one seed.

NEEDLE CONVENTIONS
    The secret value exactly as written, without surrounding quotes. Passwords: the password
    itself. URLs / DSNs with credentials (SOGo profile URL, Kolab sql_uri, DAViCal
    pg_connect, curl -u user:pw): the password only. Prefixed keys keep their prefix
    (GOCSPX-..., Entra "xxxNQ~..."). PEM private keys: the first base64 line of the body.
    `line` is the 1-based line of the first occurrence; the generator asserts it.

NEGATIVES
    250 re-use positive templates with the slot holding a non-secret: placeholders
    (changeme, <password>, YOUR_..., xxxx, German/French placeholders), empty, masked
    (********, [REDACTED]), env / Ansible / Helm / shell / PowerShell references, the
    documented sample values (e.g. signaling server.conf.in texts, OnlyOffice "secret").
    250 are look-alikes of the domain: {SSHA}/{SSHA512}/{CRYPT}/bcrypt hashes in LDIF,
    zmprov ga output, htpasswd, Baikal admin hash, zimbraIds/UUIDs, Nextcloud instanceid
    and version, UCS ucr dump, DKIM records, S/MIME certificates and public keys, PKCS#7
    signatures in .eml, vCard PHOTO base64, DAV ETags, Ansible Vault ciphertext, checksum
    files, certificate thumbprints, secret-file references (ldap.secret paths, -y files),
    notes.ini without passwords, OnlyOffice document keys, piler message ids.
    No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED
    Nextcloud config.php: passwordsalt 30 alphanumerics, secret 48 chars of
    [A-Za-z0-9+/], instanceid "oc" + 10 lowercase alnum (public config.php files found with
    the code search corpus). Entra client secret: 40 chars, 3 chars + digit + "Q~" + 34 of
    [A-Za-z0-9_.~-] (Microsoft Purview SIT page "Microsoft Entra client secret", pages
    corpus). From knowledge (not re-checked): Google OAuth client secret "GOCSPX-" + 28
    [A-Za-z0-9_-]; PKCS#8 / PKCS#1 / SEC1 DER headers; RSA SubjectPublicKeyInfo header;
    {SSHA} = base64(sha1 || salt); crypt SHA-512 "$6$salt$86chars"; bcrypt "$2y$10$" + 53.

DOUBTS
    Zimbra generated service passwords modelled as 8-12 alphanumerics (also human
    passwords). Roundcube des_key modelled as 24 alphanumerics. Baikal encryption_key as
    32 hex. BBB securitySalt / HPB secrets / TURN static-auth-secret as hex or alnum of
    typical `openssl rand` lengths. Entra secrets carry an internal checksum that is NOT
    reproduced (random tail). IceWarp XML RPC and Axigen REST payload shapes are from memory.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import uuid as _uuid

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEXD = "0123456789abcdef"
DEF_SYM = "!*+-_.@^"
URL_SYM = "-_.~"

# --------------------------------------------------------------------------- helpers

def fill(s, **kw):
    for k, v in kw.items():
        s = s.replace("«" + k + "»", str(v))
    assert "«" not in s, s[s.index("«"):s.index("«") + 30]
    return s


def rstr(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rstr(r, n, HEXD)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def guid(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


DOMAINS = ["stadtwerke-nord.de", "kanzlei-weber.de", "example.org", "corp.example.com",
           "mairie-villeneuve.fr", "uni-musterstadt.de", "klinikum-sued.local", "acme-gmbh.de",
           "lab.intra", "gemeente-oostveld.nl", "contoso.com", "ayuntamiento-sur.es",
           "schule-am-see.de", "coop-alpina.ch", "fabrikam.net", "hansa-logistik.de"]
FIRSTS = ["Jürgen", "Anna", "Søren", "François", "Zoë", "Łukasz", "Maria", "Thomas", "Aylin",
          "Pieter", "Chloé", "Matthias", "Sven", "Inés", "Katarzyna", "Olaf", "Noah", "Emma"]
LASTS = ["Müller", "Schmidt", "Jensen", "Dubois", "Kowalski", "Weber", "van Dijk", "García",
         "Nowak", "Becker", "Lefèvre", "Hoffmann", "Yilmaz", "Rossi", "Bauer", "Fischer"]
WORDS = ["Sommer", "Winter", "Falke", "Tiger", "Kaffee", "Blume", "Sonne", "Nordsee", "Berg",
         "Orange", "Gecko", "Kolibri", "Pinguin", "Rakete", "Marmor", "Granit", "Lavendel",
         "Zitrone", "Hafen", "Drache", "Wolke", "Bison", "Mango", "Phoenix", "Cobalt", "Falcon",
         "River", "Maple", "Harbor", "Comet", "Orbit", "Jaguar", "Saturn", "Tundra", "Velvet",
         "Quartz", "Ember", "Pixel", "Nimbus", "Soleil", "Lune", "Marea", "Fjord", "Otter"]


def ascii_fold(s):
    tr = {"ü": "ue", "ö": "oe", "ä": "ae", "ø": "o", "ç": "c", "ë": "e", "ł": "l", "Ł": "L",
          "é": "e", "è": "e", "É": "E", "í": "i", "ñ": "n", " ": ""}
    return "".join(tr.get(c, c) for c in s)


def person(r):
    f, l = r.choice(FIRSTS), r.choice(LASTS)
    return f, l


def uname(r, f=None, l=None):
    if f is None:
        f, l = person(r)
    f2, l2 = ascii_fold(f).lower(), ascii_fold(l).lower()
    return r.choice([f2[0] + l2, f2 + "." + l2, l2 + f2[0], f2 + l2[:3]])


def dom(r):
    return r.choice(DOMAINS)


def ip(r):
    return r.choice(["10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 254), r.randint(2, 250)),
                     "192.168.%d.%d" % (r.randint(0, 30), r.randint(2, 250)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 250))])


def date(r):
    return "%04d-%02d-%02d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28))


def ldap_base(d):
    return ",".join("dc=" + p for p in d.split("."))


def ver(r):
    return "%d.%d.%d" % (r.randint(8, 31), r.randint(0, 9), r.randint(0, 20))


# --------------------------------------------------------------------------- secret generators

def _mix_ok(s):
    return (any(c.islower() for c in s) and any(c.isupper() for c in s)
            and any(c.isdigit() for c in s))


def gen_pw(r, sym=DEF_SYM):
    style = r.choice(["rand", "rand", "human", "human", "pwgen", "b64", "words"])
    while True:
        if style == "rand":
            n = r.randint(12, 26)
            alpha = ALNUM * 3 + sym
            s = r.choice(string.ascii_letters) + rstr(r, n - 1, alpha)
        elif style == "human":
            w1, w2 = r.choice(WORDS), r.choice(WORDS)
            s = r.choice([
                w1 + r.choice(sym) + w2.lower() + str(r.randint(10, 9999)) + r.choice(string.ascii_letters),
                w1 + str(r.randint(1970, 2026)) + r.choice(sym) + rstr(r, 3) ,
                w1[0] + w1[1:].lower() + r.choice(sym) + str(r.randint(100, 999)) + w2.upper()[:3] + r.choice(sym),
            ])
        elif style == "pwgen":
            cons, vow = "bcdfghjkmnprstvwxz", "aeiou"
            parts = []
            for _ in range(r.randint(4, 6)):
                parts.append(r.choice(cons) + r.choice(vow))
            s = "".join(parts)
            i = r.randrange(len(s))
            s = s[:i] + s[i].upper() + s[i + 1:]
            s = s[0].upper() + s[1:] + str(r.randint(0, 99)) + rstr(r, 2)
        elif style == "b64":
            raw = base64.b64encode(rbytes(r, r.choice([12, 15, 18, 24]))).decode().rstrip("=")
            if "/" not in sym:
                raw = raw.replace("/", "_").replace("+", "-")
                if "-" not in sym:
                    raw = raw.replace("-", "x").replace("_", "Z")
            s = raw
        else:
            ws = [r.choice(WORDS) for _ in range(3)]
            sep = r.choice([c for c in "-_." if c in sym] or ["-"]) if any(c in sym for c in "-_.") else ""
            s = sep.join(ws) + sep + str(r.randint(10, 99)) + r.choice(string.ascii_lowercase)
        if not _mix_ok(s) or not s[0].isalpha():
            style = "rand"
            continue
        return s


def gen_zpw(r):
    if r.random() < 0.5:
        while True:
            s = r.choice(string.ascii_letters) + rstr(r, r.randint(8, 11))
            if _mix_ok(s):
                return s
    return gen_pw(r)


def gen_alnum(n):
    def g(r):
        while True:
            s = rstr(r, n)
            if _mix_ok(s):
                return s
    return g


def gen_hex(n):
    return lambda r: hexs(r, n)


def gen_nc_salt(r):
    return gen_alnum(30)(r)


def gen_nc_secret(r):
    while True:
        s = rstr(r, 48, ALNUM + "+/")
        if _mix_ok(s):
            return s


def gen_entra(r):
    return (rstr(r, 3) + r.choice(string.digits) + "Q~" +
            rstr(r, 34, ALNUM + "_.~-").replace("..", "a"))[:40].ljust(40, "x")


def gen_gocspx(r):
    return "GOCSPX-" + rstr(r, 28, ALNUM + "_-")


def gen_url_pw(r):
    return gen_pw(r, URL_SYM)


def gen_b64key(n):
    return lambda r: base64.b64encode(rbytes(r, n)).decode()


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 255])


def pem_lines(der):
    s = base64.b64encode(der).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


def gen_pem(r, kind=None):
    kind = kind or r.choice(["pkcs8", "pkcs8", "rsa", "ec"])
    if kind == "pkcs8":
        head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a302010002820101")
        der = head + b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rbytes(r, 1217 - len(head) - 2)
        label = "PRIVATE KEY"
    elif kind == "rsa":
        head = bytes.fromhex("308204a40201000282010100")
        der = head + bytes([0x80 | r.getrandbits(7)]) + rbytes(r, 1192 - len(head) - 1)
        label = "RSA PRIVATE KEY"
    else:
        der = (bytes.fromhex("30770201010420") + rbytes(r, 32) +
               bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64))
        label = "EC PRIVATE KEY"
    lines = pem_lines(der)
    text = "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)
    return text, lines[0]


def cert_pem(r):
    n = r.randint(900, 1400)
    body = b"\x30\x82" + bytes([(n - 4) >> 8, (n - 4) & 255]) + b"\x30\x82" + \
        bytes([(n - 300) >> 8, (n - 300) & 255]) + bytes.fromhex("a003020102") + \
        b"\x02\x14" + rbytes(r, 20) + rbytes(r, n - 31)
    return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % "\n".join(pem_lines(body))


def pubkey_der(r):
    return (bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
            + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes.fromhex("0203010001"))


def pub_pem(r):
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % "\n".join(pem_lines(pubkey_der(r)))


CRYPT_ALPHA = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase


def ssha(r):
    return "{SSHA}" + base64.b64encode(rbytes(r, 20) + rbytes(r, r.choice([4, 8]))).decode()


def ssha512(r):
    return "{SSHA512}" + base64.b64encode(rbytes(r, 64) + rbytes(r, 8)).decode()


def crypt6(r):
    return "$6$" + rstr(r, 16, CRYPT_ALPHA) + "$" + rstr(r, 86, CRYPT_ALPHA)


def bcrypt(r):
    return "$2y$%02d$" % r.choice([10, 11, 12]) + rstr(r, 53, CRYPT_ALPHA)


# --------------------------------------------------------------------------- template registry

TEMPLATES = []


class T:
    def __init__(self, name, provider, kind, ft, gen, hint, fn, docex=(), pem=False, env=False):
        self.name, self.provider, self.kind, self.ft = name, provider, kind, ft
        self.gen, self.hint, self.fn, self.docex = gen, hint, fn, list(docex)
        self.pem, self.env = pem, env


def tpl(name, provider, kind, ft, gen=gen_pw, hint="PASSWORD", docex=(), pem=False, env=False):
    def deco(fn):
        TEMPLATES.append(T(name, provider, kind, ft, gen, hint, fn, docex, pem, env))
        return fn
    return deco


def pick(r, *opts):
    return r.choice(opts)


def maybe(r, s, p=0.5):
    return s if r.random() < p else ""


# ============================== Zimbra ==============================

Z_KEYS = [("zimbra_ldap_password", "ldap_password"), ("zimbra_mysql_password", "db_password"),
          ("ldap_root_password", "ldap_password"), ("ldap_replication_password", "ldap_password"),
          ("ldap_postfix_password", "ldap_password"), ("ldap_amavis_password", "ldap_password"),
          ("ldap_nginx_password", "ldap_password"), ("mysql_root_password", "db_password"),
          ("mailboxd_keystore_password", "keystore_password")]

Z_PUBLIC = [("zimbra_server_hostname", lambda r, d: "mail." + d), ("zimbra_user", lambda r, d: "zimbra"),
            ("zimbra_uid", lambda r, d: str(r.randint(990, 1010))), ("zimbra_gid", lambda r, d: str(r.randint(990, 1010))),
            ("ldap_url", lambda r, d: "ldap://ldap.%s:389" % d), ("ldap_is_master", lambda r, d: "true"),
            ("mailboxd_java_heap_size", lambda r, d: str(r.choice([1024, 2048, 4096]))),
            ("zimbra_mysql_connector_maxActive", lambda r, d: "100"), ("ldap_port", lambda r, d: "389"),
            ("zimbra_zmprov_default_to_ldap", lambda r, d: "false"), ("ssl_default_digest", lambda r, d: "sha256"),
            ("av_notify_domain", lambda r, d: d), ("mysql_bind_address", lambda r, d: "127.0.0.1"),
            ("zimbra_ldap_userdn", lambda r, d: "uid=zimbra,cn=admins,cn=zimbra")]


@tpl("zimbra_localconfig_xml", "Zimbra", "service_password", "xml", gen_zpw, "ZIMBRA_LDAP_PASSWORD")
def _(r, v, m):
    d = dom(r)
    key, kind = r.choice(Z_KEYS)
    m["kind"] = kind
    items = [(k, f(r, d)) for k, f in r.sample(Z_PUBLIC, r.randint(4, 9))]
    items.insert(r.randint(0, len(items)), (key, v))
    body = "".join('  <key name="%s">\n    <value>%s</value>\n  </key>\n' % kv for kv in items)
    p = pick(r, "zimbra/conf/localconfig.xml", "roles/zimbra/files/localconfig.xml",
             "backup/opt/zimbra/conf/localconfig.xml", "infra/mail/localconfig.xml")
    return p, '<?xml version="1.0" encoding="UTF-8"?>\n\n<localconfig>\n' + body + "</localconfig>\n"


@tpl("zimbra_zmlocalconfig_md", "Zimbra", "service_password", "markdown", gen_zpw, "LDAP_ROOT_PASSWORD")
def _(r, v, m):
    key, kind = r.choice(Z_KEYS[:8])
    m["kind"] = kind
    d = dom(r)
    txt = fill("""# Zimbra «what» – Runbook

Last update: «date» («who»)

## 1. Preconditions

- mailbox server: `mail.«d»`
- run everything as the `zimbra` user (`su - zimbra`)

## 2. Fetch the current value

```
$ zmlocalconfig -s «key»
«key» = «V»
```

Copy it into the new node's `localconfig.xml` before running `zmsetup.pl`.

## 3. Restart

```
zmcontrol restart
zmcontrol status
```
""", what=pick(r, "Migration", "Multi-Server Erweiterung", "LDAP replica setup", "Rebuild nach Crash"),
        date=date(r), who=uname(r), d=d, key=key, V=v)
    return pick(r, "docs/runbooks/zimbra-migration.md", "wiki/mail/zimbra-ldap-replica.md",
                "ops/zimbra/README.md"), txt


@tpl("zimbra_zmprov_create", "Zimbra", "user_password", "shell", gen_pw, "NEW_USER_PW")
def _(r, v, m):
    d = dom(r)
    f, l = person(r)
    u = uname(r, f, l)
    lines = ["#!/bin/bash", "# create mailbox for new hire (ticket %s-%d)" % (pick(r, "HR", "IT", "OPS"), r.randint(100, 9999)),
             "set -e", "", "ZMPROV=/opt/zimbra/bin/zmprov", "DOMAIN=%s" % d, ""]
    if r.random() < 0.5:
        lines.append("$ZMPROV ca %s@$DOMAIN '%s' displayName '%s %s' givenName '%s' sn '%s'" % (u, v, f, l, f, l))
    else:
        lines.append('$ZMPROV ca %s@$DOMAIN "%s"' % (u, v))
        lines.append("$ZMPROV ma %s@$DOMAIN displayName \"%s %s\" zimbraCOSid \"$(zmprov gc default zimbraId | awk '/zimbraId/{print $2}')\"" % (u, f, l))
    lines += ["$ZMPROV ma %s@$DOMAIN zimbraPasswordMustChange TRUE" % u,
              "$ZMPROV aaa %s@$DOMAIN %s-alias@$DOMAIN" % (u, u.split(".")[0]) if r.random() < 0.3 else "",
              "echo done"]
    return pick(r, "scripts/zimbra/create_user.sh", "zimbra/onboarding/add_mailbox.sh", "bin/zm-newhire.sh"), "\n".join(lines) + "\n"


@tpl("zimbra_zmprov_setpw", "Zimbra", "user_password", "zmprov", gen_pw, "SVC_PW")
def _(r, v, m):
    d = dom(r)
    acct = pick(r, "svc-scanner", "noreply", "archiv", "backup-imap", "helpdesk")
    txt = fill("""# zmprov -f «fname»
# batch for «d», run as zimbra
mcf zimbraMtaMaxMessageSize «size»
md «d» zimbraDomainDefaultCOSId «cosid»
ca «acct»@«d» «V»
ma «acct»@«d» zimbraHideInGal TRUE
ma «acct»@«d» zimbraPasswordMaxAge 0
""", fname="batch.zmp", d=d, size=r.choice([20971520, 52428800]), cosid=guid(r), acct=acct, V=v)
    return pick(r, "zimbra/batch/service_accounts.zmp", "provisioning/zmprov-batch.txt"), txt


@tpl("zimbra_install_config", "Zimbra", "admin_password", "shell", gen_pw, "ADMINPASS")
def _(r, v, m):
    d = dom(r)
    key = r.choice(["ADMINPASS", "LDAPROOTPASS", "LDAPADMINPASS", "LDAPREPPASS", "LDAPPOSTPASS", "LDAPAMAVISPASS"])
    pub = ['AVDOMAIN="%s"' % d, 'AVUSER="admin@%s"' % d, 'CREATEADMIN="admin@%s"' % d,
           'CREATEDOMAIN="%s"' % d, 'DOCREATEADMIN="yes"', 'DOCREATEDOMAIN="yes"', 'HOSTNAME="mail.%s"' % d,
           'HTTPPORT="8080"', 'HTTPSPORT="8443"', 'LDAPHOST="mail.%s"' % d, 'LDAPPORT="389"',
           'MODE="https"', 'SMTPHOST="mail.%s"' % d, 'SNMPTRAPHOST="mail.%s"' % d, 'STARTSERVERS="yes"',
           'zimbraPrefTimeZoneId="Europe/Berlin"', 'INSTALL_PACKAGES="zimbra-core zimbra-ldap zimbra-store"']
    items = r.sample(pub, 9)
    items.insert(r.randint(0, 9), '%s="%s"' % (key, v))
    return pick(r, "zimbra/install/config.zmsetup", "packer/zimbra/zcs-defaults.conf",
                "ansible/roles/zimbra/templates/config.defaults"), "\n".join(sorted(items)) + "\n"


@tpl("zimbra_ansible_defaults", "Zimbra", "admin_password", "yaml", gen_pw, "ZIMBRA_ADMIN_PASSWORD")
def _(r, v, m):
    d = dom(r)
    key = pick(r, "zimbra_admin_password", "zcs_admin_pass", "zimbra_ldap_root_password", "zimbraAdminPw")
    txt = fill("""---
# defaults for role zimbra-single
zimbra_version: "«ver»"
zimbra_domain: «d»
zimbra_hostname: mail.«d»
zimbra_timezone: Europe/Berlin
zimbra_admin_user: admin@«d»
«key»: "«V»"
zimbra_packages:
  - zimbra-core
  - zimbra-ldap
  - zimbra-mta
  - zimbra-store
  - zimbra-proxy
zimbra_letsencrypt: true
""", ver=pick(r, "10.0.8", "9.0.0.P41", "10.1.2"), d=d, key=key, V=v)
    return pick(r, "roles/zimbra/defaults/main.yml", "group_vars/zimbra.yml", "inventory/host_vars/mail01.yml"), txt


# ============================== Kopano / Grommunio ==============================

@tpl("kopano_server_cfg", "Kopano", "db_password", "cfg", gen_pw, "MYSQL_PASSWORD")
def _(r, v, m):
    txt = fill("""##############################################################
# SERVER SETTINGS

server_listen = *:236
server_listen_tls = *:237
server_name = «host»
database_engine = mysql
server_hostname = «host»

##############################################################
# DATABASE SETTINGS (for database_engine = mysql)

mysql_host = «dbhost»
mysql_port = 3306
mysql_user = kopano
mysql_password = «V»
mysql_database = kopano
mysql_socket =

attachment_storage = files
attachment_path = /var/lib/kopano/attachments
user_plugin = ldap
user_plugin_config = /etc/kopano/ldap.cfg
""", host="kopano." + dom(r), dbhost=pick(r, "localhost", "db01.intra", "127.0.0.1"), V=v)
    return pick(r, "etc/kopano/server.cfg", "kopano/server.cfg", "roles/kopano/files/server.cfg"), txt


@tpl("kopano_ldap_cfg", "Kopano", "ldap_password", "cfg", gen_pw, "LDAP_BIND_PASSWD")
def _(r, v, m):
    d = dom(r)
    txt = fill("""# LDAP settings for kopano
ldap_uri = ldaps://«ldap»:636
ldap_bind_user = cn=kopano,ou=services,«base»
ldap_bind_passwd = «V»
ldap_search_base = ou=people,«base»
ldap_network_timeout = 30
ldap_user_unique_attribute = entryUUID
ldap_user_type_attribute_value = kopano-user
ldap_group_type_attribute_value = kopano-group
""", ldap=pick(r, "ldap.", "dc01.", "ipa.") + d, base=ldap_base(d), V=v)
    return pick(r, "etc/kopano/ldap.cfg", "kopano/ldap.cfg", "config/kopano/ldap.openldap.cfg"), txt


@tpl("gromox_mysql_adaptor", "Grommunio", "db_password", "cfg", gen_pw, "MYSQL_PASSWORD")
def _(r, v, m):
    lines = ["mysql_host=%s" % pick(r, "localhost", "db.intra", ip(r)), "mysql_port=3306",
             "mysql_username=grommunio", "mysql_password=%s" % v, "mysql_dbname=grommunio",
             "schema_upgrade=host:%s" % pick(r, "grommunio.intra", "mx01")]
    if r.random() < 0.5:
        lines.insert(0, "# generated by grommunio-setup on %s" % date(r))
    return pick(r, "etc/gromox/mysql_adaptor.cfg", "grommunio/gromox/mysql_adaptor.cfg"), "\n".join(lines) + "\n"


@tpl("grommunio_admin_db_yaml", "Grommunio", "db_password", "yaml", gen_pw, "DB_PASS")
def _(r, v, m):
    txt = fill("""DB:
  host: '«h»'
  user: 'grommunio'
  pass: '«V»'
  database: 'grommunio'
""", h=pick(r, "localhost", "mariadb.grommunio.svc", "db01"), V=v)
    return pick(r, "etc/grommunio-admin-api/conf.d/database.yaml", "grommunio/admin-api/database.yaml"), txt


# ============================== SOGo ==============================

@tpl("sogo_conf_bind", "SOGo", "ldap_password", "sogo.conf", gen_pw, "SOGO_BIND_PASSWORD")
def _(r, v, m):
    d = dom(r)
    txt = fill("""{
  SOGoPageTitle = "«title»";
  SOGoTimeZone = "Europe/Berlin";
  SOGoLanguage = «lang»;
  SOGoMailDomain = «d»;
  SOGoIMAPServer = "imaps://imap.«d»:993";
  SOGoSMTPServer = "smtp://smtp.«d»:587/?tls=YES";
  SOGoUserSources = (
    {
      type = ldap;
      CNFieldName = cn;
      IDFieldName = uid;
      UIDFieldName = uid;
      baseDN = "ou=people,«base»";
      bindDN = "uid=sogo,ou=services,«base»";
      bindPassword = «q»«V»«q»;
      canAuthenticate = YES;
      displayName = "«disp»";
      hostname = "ldap://ldap.«d»:389";
      id = public;
      isAddressBook = YES;
    }
  );
}
""", title=pick(r, "Webmail", "Groupware", "Kalender & Mail"), lang=pick(r, "German", "English", "French"),
        d=d, base=ldap_base(d), q='"', V=v, disp=pick(r, "Adressbuch", "Shared Addresses", "Annuaire"))
    return pick(r, "etc/sogo/sogo.conf", "sogo/sogo.conf", "docker/sogo/sogo.conf"), txt


@tpl("sogo_conf_dburl", "SOGo", "db_password", "sogo.conf", gen_url_pw, "SOGO_DB_PW")
def _(r, v, m):
    eng = r.choice([("mysql", 3306), ("postgresql", 5432)])
    h = pick(r, "localhost", "db.intra", "127.0.0.1")
    u = pick(r, "sogo", "sogo_user")
    txt = fill("""{
  /* Database configuration */
  SOGoProfileURL = "«e»://«u»:«V»@«h»:«p»/sogo/sogo_user_profile";
  OCSFolderInfoURL = "«e»://«u»@«h»:«p»/sogo/sogo_folder_info";
  OCSSessionsFolderURL = "«e»://«u»@«h»:«p»/sogo/sogo_sessions_folder";

  SOGoAppointmentSendEMailNotifications = YES;
  SOGoEnableEMailAlarms = YES;
  SOGoFirstDayOfWeek = 1;
  WOWorkersCount = «w»;
}
""", e=eng[0], p=eng[1], h=h, u=u, V=v, w=r.choice([4, 8, 12]))
    return pick(r, "etc/sogo/sogo.conf", "ansible/roles/sogo/templates/sogo.conf"), txt


# ============================== Open-Xchange ==============================

@tpl("ox_configdb_properties", "Open-Xchange", "db_password", "properties", gen_pw, "CONFIGDB_PASS")
def _(r, v, m):
    h = pick(r, "db01.ox.intra", "localhost", "mariadb-configdb")
    rw = pick(r, "read", "write")
    ra = ("password=" + v) if rw == "read" else "password=${CONFIGDB_READ_PASS}"
    wa = ("password=" + v) if rw == "write" else "password=${CONFIGDB_WRITE_PASS}"
    txt = fill("""# Database settings for the configdb (generated by oxinstaller)
readUrl=jdbc:mysql://«h»/
readProperty.1=user=openexchange
readProperty.2=«ra»
writeUrl=jdbc:mysql://«h»/
writeProperty.1=user=openexchange
writeProperty.2=«wa»
useSeparateWrite=«sep»
poolInitialSize=0
poolMaxSize=20
poolMinIdle=5
cleanerInterval=10000
""", h=h, ra=ra, wa=wa, sep=pick(r, "true", "false"))
    return pick(r, "opt/open-xchange/etc/configdb.properties", "ox/etc/configdb.properties"), txt


@tpl("ox_installer_sh", "Open-Xchange", "admin_password", "shell", gen_pw, "OX_MASTER_PW")
def _(r, v, m):
    which = r.choice(["master", "configdb"])
    m["kind"] = "admin_password" if which == "master" else "db_password"
    d = dom(r)
    mp = '"%s"' % v if which == "master" else '"$OX_MASTER_PW"'
    cp = '"%s"' % v if which == "configdb" else '"$CONFIGDB_PASS"'
    txt = fill("""#!/bin/sh
# initial OX App Suite setup on «host»
set -eu

/opt/open-xchange/sbin/initconfigdb --configdb-user=openexchange --configdb-pass=«cp» -a
/opt/open-xchange/sbin/oxinstaller --no-license \\
  --servername=oxserver --configdb-pass=«cp» \\
  --master-pass=«mp» --network-listener-host=localhost \\
  --servermemory «mem»
/opt/open-xchange/sbin/registerserver -n oxserver -A oxadminmaster -P «mp»
""", host="ox." + d, cp=cp, mp=mp, mem=r.choice([2048, 4096, 8192]))
    return pick(r, "scripts/ox-setup.sh", "ox/install/02-oxinstaller.sh", "provision/appsuite-init.sh"), txt


@tpl("ox_createcontext", "Open-Xchange", "admin_password", "shell", gen_pw, "CTX_ADMIN_PW")
def _(r, v, m):
    d = dom(r)
    cid = r.randint(2, 900)
    txt = fill("""#!/bin/bash
# new tenant «d» -> context «cid»
/opt/open-xchange/sbin/createcontext -A oxadminmaster -P "$(cat /root/.oxmaster)" \\
  -c «cid» -u oxadmin -d "Context Admin" -g Admin -s User \\
  -p '«V»' -L «d» -e oxadmin@«d» -q 1024 --access-combination-name=groupware_standard
/opt/open-xchange/sbin/listcontext -A oxadminmaster -P "$(cat /root/.oxmaster)"
""", d=d, cid=cid, V=v)
    return pick(r, "scripts/ox/new_tenant_%d.sh" % cid, "tenants/create-%s.sh" % d.split(".")[0]), txt


@tpl("ox_hazelcast", "Open-Xchange", "shared_secret", "properties", gen_pw, "HZ_GROUP_PW")
def _(r, v, m):
    txt = fill("""# Hazelcast cluster settings
com.openexchange.hazelcast.enabled=true
com.openexchange.hazelcast.group.name=«grp»
com.openexchange.hazelcast.group.password=«V»
com.openexchange.hazelcast.network.join=static
com.openexchange.hazelcast.network.join.static.nodes=«n1»,«n2»
com.openexchange.hazelcast.network.interfaces=10.*.*.*
""", grp=pick(r, "ox-prod", "appsuite-cluster", "ox_%d" % r.randint(1, 9)), n1=ip(r), n2=ip(r), V=v)
    return pick(r, "opt/open-xchange/etc/hazelcast.properties", "ox/etc/hazelcast.properties"), txt


@tpl("ox_helm_values", "Open-Xchange", "admin_password", "yaml", gen_pw, "OX_MASTER_PASSWORD")
def _(r, v, m):
    txt = fill("""global:
  appsuite:
    contextAdmin: oxadmin
    masterAdmin: oxadminmaster
    masterPassword: "«V»"
  mysql:
    host: «h»
    database: configdb
    auth:
      user: openexchange
      existingSecret: ox-configdb
core-mw:
  replicaCount: «n»
  image:
    tag: «tag»
""", h=pick(r, "mariadb.ox.svc.cluster.local", "db-primary"), n=r.randint(1, 4), tag=pick(r, "8.24", "8.30.0"), V=v)
    return pick(r, "helm/appsuite/values-prod.yaml", "deploy/ox/values.yaml"), txt


# ============================== Horde / EGroupware / Kolab ==============================

@tpl("horde_conf_sql", "Horde", "db_password", "php", gen_pw, "HORDE_DB_PASSWORD")
def _(r, v, m):
    txt = fill("""<?php
/* CONFIG START. DO NOT CHANGE ANYTHING IN OR AFTER THIS LINE. */
// $Id: «hx» $
$conf['vhosts'] = false;
$conf['debug_level'] = E_ALL & ~E_NOTICE;
$conf['max_exec_time'] = 0;
$conf['compress_pages'] = true;
$conf['umask'] = 077;
$conf['session']['name'] = 'Horde';
$conf['session']['use_only_cookies'] = true;
$conf['sql']['username'] = 'horde';
$conf['sql']['password'] = '«V»';
$conf['sql']['protocol'] = 'unix';
$conf['sql']['database'] = 'horde';
$conf['sql']['charset'] = 'utf-8';
$conf['sql']['phptype'] = 'mysqli';
$conf['auth']['driver'] = 'imap';
/* CONFIG END. DO NOT CHANGE ANYTHING IN OR BEFORE THIS LINE. */
""", hx=hexs(r, 40), V=v)
    return pick(r, "horde/config/conf.php", "var/www/horde/config/conf.php"), txt


@tpl("horde_conf_ldap", "Horde", "ldap_password", "php", gen_pw, "HORDE_BINDPW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""<?php
$conf['ldap']['hostspec'] = 'ldap.«d»';
$conf['ldap']['tls'] = true;
$conf['ldap']['version'] = 3;
$conf['ldap']['basedn'] = '«base»';
$conf['ldap']['binddn'] = 'cn=horde,ou=services,«base»';
$conf['ldap']['bindpw'] = '«V»';
$conf['ldap']['useldap'] = true;
$conf['auth']['driver'] = 'ldap';
$conf['auth']['params']['uid'] = 'uid';
""", d=d, base=ldap_base(d), V=v)
    return pick(r, "horde/config/conf.local.php", "webmail/horde/config/conf.d/10-ldap.php"), txt


@tpl("egroupware_header", "EGroupware", "db_password", "php", gen_pw, "EGW_DB_PASS")
def _(r, v, m):
    txt = fill("""<?php
/**
 * EGroupware - configuration file
 */
$GLOBALS['egw_info']['server']['header_version'] = '1.29';
$GLOBALS['egw_info']['server']['server_root'] = '/usr/share/egroupware';
$GLOBALS['egw_info']['server']['include_root'] = '/usr/share/egroupware';
$GLOBALS['egw_info']['server']['versions']['header'] = '1.29';
$GLOBALS['egw_domain']['default'] = array(
	'db_host' => '«h»',
	'db_port' => '3306',
	'db_name' => 'egroupware',
	'db_user' => 'egroupware',
	'db_pass' => '«V»',
	'db_type' => 'mysqli',
);
""", h=pick(r, "localhost", "db", "egroupware-db"), V=v)
    return pick(r, "egroupware/header.inc.php", "var/lib/egroupware/header.inc.php"), txt


@tpl("egroupware_compose", "EGroupware", "db_password", "yaml", gen_pw, "EGW_DB_ROOT_PW")
def _(r, v, m):
    key = pick(r, "EGW_DB_ROOT_PW", "MYSQL_ROOT_PASSWORD")
    txt = fill("""version: '3'
services:
  egroupware:
    image: egroupware/egroupware:«tag»
    restart: always
    volumes:
      - /var/lib/egroupware:/var/lib/egroupware
    environment:
      - EGW_DB_HOST=db
      - «key»=«V»
      - TZ=Europe/Berlin
    depends_on:
      - db
  db:
    image: mariadb:10.11
    environment:
      - MYSQL_ROOT_PASSWORD_FILE=/run/secrets/dbroot
""", tag=pick(r, "23.1", "latest", "23.1.20240304"), key=key, V=v)
    return pick(r, "egroupware/docker-compose.yml", "compose/egw/docker-compose.override.yml"), txt


@tpl("kolab_conf_bind", "Kolab", "ldap_password", "ini", gen_pw, "KOLAB_SERVICE_BIND_PW")
def _(r, v, m):
    d = dom(r)
    key = pick(r, "service_bind_pw", "bind_pw")
    other = "service_bind_pw" if key == "bind_pw" else "bind_pw"
    txt = fill("""[kolab]
primary_domain = «d»
auth_mechanism = ldap
imap_backend = cyrus-imap
default_locale = de_DE

[ldap]
ldap_uri = ldap://localhost:389
timeout = 10
base_dn = «base»
bind_dn = cn=Directory Manager
«key» = «V»
service_bind_dn = uid=kolab-service,ou=Special Users,«base»
user_base_dn = ou=People,«base»
unique_attribute = nsuniqueid
""", d=d, base=ldap_base(d), key=key, V=v)
    return pick(r, "etc/kolab/kolab.conf", "kolab/kolab.conf"), txt


@tpl("kolab_sql_uri", "Kolab", "db_password", "ini", gen_url_pw, "KOLAB_DB_PW")
def _(r, v, m):
    txt = fill("""[kolab_wap]
sql_uri = mysql://kolab:«V»@«h»/kolab
skin = default

[kolab_smtp_access_policy]
cache_uri = mysql://«u»@localhost/kolab
""", h=pick(r, "localhost", "127.0.0.1", "db.kolab.intra"), u=pick(r, "kolab", "kolab_policy"), V=v)
    return pick(r, "etc/kolab/kolab.conf", "kolab/conf.d/wap.conf"), txt


@tpl("roundcube_des_key", "Kolab", "encryption_key", "php", gen_alnum(24), "DES_KEY")
def _(r, v, m):
    d = dom(r)
    txt = fill("""<?php
$config = array();
$config['db_dsnw'] = 'mysql://roundcube@localhost/roundcube';
$config['imap_host'] = 'ssl://imap.«d»:993';
$config['smtp_host'] = 'tls://smtp.«d»:587';
$config['support_url'] = 'https://helpdesk.«d»/';
$config['product_name'] = '«pn»';
// this key is used to encrypt the users imap password which is stored
// in the session record. It's a 24 chars long random string
$config['des_key'] = '«V»';
$config['plugins'] = array('kolab_addressbook', 'calendar', 'managesieve');
$config['language'] = '«lang»';
""", d=d, pn=pick(r, "Kolab Webmail", "Webmail", "Correo"), lang=pick(r, "de_DE", "fr_FR", "en_US"), V=v)
    return pick(r, "etc/roundcubemail/config.inc.php", "roundcube/config/config.inc.php"), txt


# ============================== Axigen / IceWarp / Citadel ==============================

@tpl("axigen_api_py", "Axigen", "admin_password", "python", gen_pw, "AXIGEN_ADMIN_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill('''#!/usr/bin/env python3
"""Sync quota of Axigen accounts from the HR export."""
import csv
import requests

AXIGEN_API = "https://«h»:9443/api/v1"
AXIGEN_USER = "admin"
AXIGEN_PASS = "«V»"
DOMAIN = "«d»"


def set_quota(account, mb):
    url = f"{AXIGEN_API}/domains/{DOMAIN}/accounts/{account}"
    resp = requests.patch(url, json={"quota": {"totalMessageSize": mb * 1024}},
                          auth=(AXIGEN_USER, AXIGEN_PASS), verify=False, timeout=30)
    resp.raise_for_status()


if __name__ == "__main__":
    with open("quota.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            set_quota(row["account"], int(row["quota_mb"]))
''', h="mail." + d, d=d, V=v)
    return pick(r, "tools/axigen_quota_sync.py", "scripts/axigen/quota.py"), txt


@tpl("icewarp_api_sh", "IceWarp", "admin_password", "shell", gen_pw, "ICEWARP_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""#!/bin/bash
# IceWarp API: authenticate and list domains
API=https://«h»/icewarpapi/
read -r -d '' AUTH <<'EOF'
<iq uid="1" format="application/xml">
  <query xmlns="admin:iq:rpc">
    <commandname>authenticate</commandname>
    <commandparams>
      <email>admin@«d»</email>
      <password>«V»</password>
      <digest></digest>
      <authtype>0</authtype>
      <persistentlogin>0</persistentlogin>
    </commandparams>
  </query>
</iq>
EOF
SID=$(curl -s -H 'Content-Type: text/xml' --data "$AUTH" "$API" | sed -n 's/.*sid="\\([^"]*\\)".*/\\1/p')
echo "session: $SID"
""", h="mail." + d, d=d, V=v)
    return pick(r, "scripts/icewarp/api_login.sh", "icewarp/tools/list_domains.sh"), txt


@tpl("citadel_easyinstall", "Citadel", "admin_password", "shell", gen_pw, "SYSADMIN_PW")
def _(r, v, m):
    txt = fill("""#!/bin/sh
# unattended Citadel setup (container build)
export CITADEL=/usr/local/citadel
export SUPPRESS_PROMPTS=yes
export SYSADMIN_NAME=«adm»
export SYSADMIN_PW='«V»'
export CITADEL_UID=«uid»
export IP_ADDR=0.0.0.0
export CITADEL_PORT=504
export ENABLE_UNIX_AUTH=no
$CITADEL/setup -q
""", adm=pick(r, "admin", "sysop", "Administrator"), uid=r.randint(100, 999), V=v)
    return pick(r, "citadel/setup-unattended.sh", "docker/citadel/entrypoint.d/10-setup.sh"), txt


# ============================== Nextcloud ==============================

def nc_config(r, key, v, m):
    d = dom(r)
    items = [("instanceid", "'oc%s'" % rstr(r, 10, LOWER_ALNUM)),
             ("trusted_domains", "\n  array (\n    0 => 'cloud.%s',\n    1 => '%s',\n  )" % (d, ip(r))),
             ("datadirectory", "'/var/www/nextcloud/data'"), ("dbtype", "'mysql'"),
             ("version", "'%d.0.%d.%d'" % (r.randint(25, 31), r.randint(0, 12), r.randint(0, 3))),
             ("overwrite.cli.url", "'https://cloud.%s'" % d), ("dbname", "'nextcloud'"),
             ("dbhost", "'%s'" % pick(r, "localhost", "db:3306", "127.0.0.1")), ("dbport", "''"),
             ("dbtableprefix", "'oc_'"), ("mysql.utf8mb4", "true"), ("dbuser", "'nextcloud'"),
             ("installed", "true"), ("default_phone_region", "'DE'"),
             ("memcache.local", "'\\\\OC\\\\Memcache\\\\APCu'"), ("maintenance", "false")]
    if key.startswith("mail_"):
        items += [("mail_smtpmode", "'smtp'"), ("mail_smtphost", "'smtp.%s'" % d), ("mail_smtpport", "'587'"),
                  ("mail_smtpauth", "1"), ("mail_smtpname", "'nextcloud@%s'" % d)]
    r.shuffle(items)
    items.insert(r.randint(0, len(items)), (key, "'%s'" % v))
    body = "".join("  '%s' => %s,\n" % kv for kv in items)
    return pick(r, "config/config.php", "nextcloud/config/config.php", "backup/nextcloud/config.php"), \
        "<?php\n$CONFIG = array (\n" + body + ");\n"


@tpl("nc_config_secret", "Nextcloud", "instance_secret", "php", gen_nc_secret, "NC_SECRET")
def _(r, v, m):
    return nc_config(r, "secret", v, m)


@tpl("nc_config_salt", "Nextcloud", "password_salt", "php", gen_nc_salt, "NC_PASSWORDSALT")
def _(r, v, m):
    return nc_config(r, "passwordsalt", v, m)


@tpl("nc_config_dbpassword", "Nextcloud", "db_password", "php", gen_pw, "NC_DBPASSWORD")
def _(r, v, m):
    return nc_config(r, "dbpassword", v, m)


@tpl("nc_config_smtp", "Nextcloud", "smtp_password", "php", gen_pw, "SMTP_PASSWORD")
def _(r, v, m):
    return nc_config(r, "mail_smtppassword", v, m)


@tpl("nc_signaling_conf", "Nextcloud Talk", "shared_secret", "ini", gen_hex(64), "SIGNALING_SECRET",
     docex=["the-shared-secret-for-allowed-backends", "the-shared-secret-for-internal-clients",
            "the-secret-for-session-checksums"])
def _(r, v, m):
    d = dom(r)
    sec = r.choice(["backend", "clients", "sessions", "turn"])
    m["kind"] = {"backend": "shared_secret", "clients": "shared_secret", "sessions": "hash_key", "turn": "api_key"}[sec]
    vals = {"backend": "#secret = the-shared-secret-for-allowed-backends",
            "clients": "#internalsecret = the-shared-secret-for-internal-clients",
            "sessions": "#hashkey = the-secret-for-session-checksums",
            "turn": "#apikey = the-api-key-for-the-rest-service"}
    vals[sec] = {"backend": "secret = ", "clients": "internalsecret = ", "sessions": "hashkey = ",
                 "turn": "apikey = "}[sec] + v
    txt = fill("""[http]
listen = 127.0.0.1:8080

[app]
debug = false

[sessions]
# Secret value used to generate checksums of sessions. This should be a random
# string of 32 or 64 bytes.
«sessions»

[clients]
«clients»

[backend]
allowed = cloud.«d»
«backend»
timeout = 10
connectionsperhost = 8

[nats]
url = nats://localhost:4222

[mcu]
type = janus
url = ws://127.0.0.1:8188

[turn]
«turn»
servers = turn:turn.«d»:3478?transport=udp,turn:turn.«d»:3478?transport=tcp
""", d=d, **vals)
    return pick(r, "etc/signaling/server.conf", "hpb/signaling/server.conf", "talk-hpb/server.conf"), txt


@tpl("coturn_conf", "Nextcloud Talk", "shared_secret", "ini", gen_hex(64), "TURN_SECRET")
def _(r, v, m):
    d = dom(r)
    txt = fill("""listening-port=3478
fingerprint
use-auth-secret
static-auth-secret=«V»
realm=turn.«d»
total-quota=100
bps-capacity=0
stale-nonce=600
no-multicast-peers
denied-peer-ip=10.0.0.0-10.255.255.255
denied-peer-ip=192.168.0.0-192.168.255.255
""", d=d, V=v)
    return pick(r, "etc/turnserver.conf", "coturn/turnserver.conf", "talk/coturn.conf"), txt


@tpl("nc_occ_talk", "Nextcloud Talk", "shared_secret", "shell", gen_alnum(32), "TALK_SECRET")
def _(r, v, m):
    d = dom(r)
    kind = r.choice(["signaling", "turn"])
    line = ('$OCC talk:signaling:add "https://signaling.%s/" "%s" --verify' % (d, v) if kind == "signaling"
            else '$OCC talk:turn:add --secret="%s" turn turn.%s:3478 udp,tcp' % (v, d))
    txt = fill("""#!/bin/bash
set -euo pipefail
OCC="sudo -u www-data php /var/www/nextcloud/occ"

$OCC app:enable spreed
$OCC talk:stun:add turn.«d»:3478
«line»
$OCC config:app:set spreed max-gif-size --value=3145728
""", d=d, line=line)
    return pick(r, "scripts/nextcloud/talk-setup.sh", "nextcloud/post-install/30-talk.sh"), txt


@tpl("nc_occ_ldap", "Nextcloud", "ldap_password", "shell", gen_pw, "LDAP_AGENT_PASSWORD")
def _(r, v, m):
    d = dom(r)
    txt = fill("""#!/bin/sh
OCC="php /var/www/html/occ"
$OCC app:enable user_ldap
$OCC ldap:create-empty-config
$OCC ldap:set-config s01 ldapHost "ldaps://dc01.«d»"
$OCC ldap:set-config s01 ldapPort 636
$OCC ldap:set-config s01 ldapAgentName "CN=svc-nextcloud,OU=Service,«base»"
$OCC ldap:set-config s01 ldapAgentPassword '«V»'
$OCC ldap:set-config s01 ldapBase "«base»"
$OCC ldap:set-config s01 ldapUserFilter "(&(objectClass=user)(memberOf=CN=nc-users,OU=Groups,«base»))"
$OCC ldap:set-config s01 ldapConfigurationActive 1
""", d=d, base=ldap_base(d).upper().replace("DC=", "DC="), V=v)
    return pick(r, "scripts/nextcloud/ldap.sh", "nextcloud/hooks/before-starting/ldap.sh"), txt


@tpl("nc_compose", "Nextcloud", "db_password", "yaml", gen_pw, "MYSQL_PASSWORD")
def _(r, v, m):
    key = pick(r, "MYSQL_PASSWORD", "POSTGRES_PASSWORD", "NEXTCLOUD_ADMIN_PASSWORD", "REDIS_HOST_PASSWORD")
    m["kind"] = "admin_password" if "ADMIN" in key else "db_password"
    txt = fill("""services:
  app:
    image: nextcloud:«tag»
    restart: unless-stopped
    ports:
      - "8080:80"
    environment:
      NEXTCLOUD_TRUSTED_DOMAINS: cloud.«d»
      NEXTCLOUD_ADMIN_USER: «adm»
      MYSQL_HOST: db
      MYSQL_DATABASE: nextcloud
      MYSQL_USER: nextcloud
      «key»: "«V»"
    volumes:
      - nextcloud:/var/www/html
  cron:
    image: nextcloud:«tag»
    entrypoint: /cron.sh
volumes:
  nextcloud:
""", tag=pick(r, "29-apache", "30.0.4", "stable-fpm"), d=dom(r), adm=pick(r, "admin", "ncadmin"), key=key, V=v)
    return pick(r, "docker-compose.yml", "nextcloud/compose.yaml", "stacks/nextcloud/docker-compose.yml"), txt


@tpl("nc_helm_values", "Nextcloud", "admin_password", "yaml", gen_pw, "NC_ADMIN_PASSWORD")
def _(r, v, m):
    which = r.choice(["admin", "db"])
    m["kind"] = "admin_password" if which == "admin" else "db_password"
    d = dom(r)
    txt = fill("""nextcloud:
  host: cloud.«d»
  username: admin
«ap»
  mail:
    enabled: true
    fromAddress: nextcloud
    domain: «d»
internalDatabase:
  enabled: false
externalDatabase:
  enabled: true
  type: postgresql
  host: pg.«d»
  user: nextcloud
«dp»
  database: nextcloud
""", d=d, ap=('  password: "%s"' % v) if which == "admin" else "  existingSecret:\n    enabled: true\n    secretName: nc-admin",
        dp=('  password: "%s"' % v) if which == "db" else "  existingSecret:\n    enabled: true\n    secretName: nc-db")
    return pick(r, "helm/nextcloud/values.yaml", "k8s/nextcloud/values-prod.yaml"), txt


# ============================== OnlyOffice / Collabora / Janus / BBB ==============================

@tpl("onlyoffice_local_json", "OnlyOffice", "jwt_secret", "json", gen_alnum(32), "JWT_SECRET", docex=["secret"])
def _(r, v, m):
    which = r.choice(["inbox", "outbox", "session"])
    sec = {k: '{"string": "%s"}' % (v if k == which else "${JWT_SECRET_%s}" % k.upper()) for k in ("inbox", "outbox", "session")}
    d = {"services": {"CoAuthoring": {
        "sql": {"type": "postgres", "dbHost": "localhost", "dbPort": "5432", "dbName": "onlyoffice", "dbUser": "onlyoffice"},
        "token": {"enable": {"request": {"inbox": True, "outbox": True}, "browser": True}},
        "secret": "SECRET"}}, "storage": {"fs": {"secretString": "verysecretstring"}}}
    # fs.secretString is OnlyOffice's shipped constant, replace by a reference
    d["storage"]["fs"] = {"folderPath": "/var/lib/onlyoffice/documentserver/App_Data/cache/files"}
    s = json.dumps(d, indent=2)
    inner = '{\n          "inbox": %s,\n          "outbox": %s,\n          "session": %s\n        }' % (sec["inbox"], sec["outbox"], sec["session"])
    s = s.replace('"SECRET"', inner)
    # only one literal secret: other slots are env references
    return pick(r, "etc/onlyoffice/documentserver/local.json", "onlyoffice/local.json"), s + "\n"


@tpl("onlyoffice_compose", "OnlyOffice", "jwt_secret", "yaml", gen_alnum(32), "JWT_SECRET", docex=["secret"])
def _(r, v, m):
    txt = fill("""services:
  onlyoffice-documentserver:
    image: onlyoffice/documentserver:«tag»
    container_name: onlyoffice
    restart: always
    environment:
      - JWT_ENABLED=true
      - JWT_SECRET=«V»
      - JWT_HEADER=Authorization
    ports:
      - "«port»:80"
    volumes:
      - ./data:/var/www/onlyoffice/Data
      - ./logs:/var/log/onlyoffice
""", tag=pick(r, "8.1", "7.5.1", "latest"), port=r.choice([8081, 8443, 9980]), V=v)
    return pick(r, "onlyoffice/docker-compose.yml", "compose/docs/docker-compose.yaml"), txt


@tpl("onlyoffice_occ", "OnlyOffice", "jwt_secret", "shell", gen_alnum(32), "OO_JWT")
def _(r, v, m):
    d = dom(r)
    txt = fill("""#!/bin/bash
# connect Nextcloud with the document server
occ() { sudo -u www-data php /var/www/nextcloud/occ "$@"; }
occ app:install onlyoffice || true
occ config:app:set onlyoffice DocumentServerUrl --value="https://office.«d»/"
occ config:app:set onlyoffice jwt_secret --value="«V»"
occ config:app:set onlyoffice jwt_header --value="AuthorizationJwt"
occ onlyoffice:documentserver --check
""", d=d, V=v)
    return pick(r, "scripts/nextcloud/onlyoffice.sh", "ops/nc-onlyoffice-connect.sh"), txt


@tpl("onlyoffice_helm", "OnlyOffice", "jwt_secret", "yaml", gen_alnum(32), "JWT_SECRET")
def _(r, v, m):
    txt = fill("""connections:
  dbHost: postgresql
  dbUser: postgres
  redisHost: redis-master
  amqpHost: rabbitmq
jwt:
  enabled: true
  secret: "«V»"
  header: Authorization
  inBody: false
ingress:
  enabled: true
  host: docs.«d»
""", d=dom(r), V=v)
    return pick(r, "helm/docs/values.yaml", "k8s/onlyoffice/values-override.yaml"), txt


@tpl("collabora_coolwsd_xml", "Collabora", "admin_password", "xml", gen_pw, "COOL_ADMIN_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""<config>
    <allowed_languages desc="List of supported languages" default="de_DE en_GB en_US es_ES fr_FR it nl pt_BR pt_PT ru">de_DE en_US fr_FR</allowed_languages>
    <server_name desc="External hostname:port of the server" type="string" default="">office.«d»</server_name>
    <ssl desc="SSL settings">
        <enable type="bool" default="true">false</enable>
        <termination desc="Connection via proxy where coolwsd acts as working via https" type="bool" default="false">true</termination>
    </ssl>
    <storage desc="Backend storage">
        <wopi desc="Allow/deny wopi storage." allow="true">
            <host desc="Regex pattern of hostname to allow or deny." allow="true">cloud\\.«dre»</host>
        </wopi>
    </storage>
    <admin_console desc="Web admin console settings.">
        <enable desc="Enable the admin console functionality" type="bool" default="true">true</enable>
        <username desc="The username of the admin console. Ignored if PAM is enabled.">«u»</username>
        <password desc="The password of the admin console. Deprecated on most platforms. Instead, use PAM or coolconfig to set up a secure password.">«V»</password>
    </admin_console>
</config>
""", d=d, dre=d.replace(".", "\\\\."), u=pick(r, "admin", "cooladmin"), V=v)
    return pick(r, "etc/coolwsd/coolwsd.xml", "collabora/coolwsd.xml"), txt


@tpl("collabora_compose", "Collabora", "admin_password", "yaml", gen_pw, "COLLABORA_PASSWORD")
def _(r, v, m):
    d = dom(r)
    txt = fill("""services:
  collabora:
    image: collabora/code:«tag»
    restart: unless-stopped
    cap_add:
      - MKNOD
    environment:
      - aliasgroup1=https://cloud\\\\.«dre»:443
      - username=admin
      - password=«V»
      - dictionaries=de_DE en_GB en_US
      - "extra_params=--o:ssl.enable=false --o:ssl.termination=true"
    ports:
      - "127.0.0.1:9980:9980"
""", tag=pick(r, "24.04.5.1.1", "latest"), dre=d.replace(".", "\\\\."), V=v)
    return pick(r, "collabora/docker-compose.yml", "stacks/office/compose.yml"), txt


@tpl("janus_jcfg", "Nextcloud Talk", "api_secret", "jcfg", gen_alnum(32), "JANUS_API_SECRET")
def _(r, v, m):
    key = pick(r, "api_secret", "admin_secret", "turn_rest_api_key")
    txt = fill("""general: {
	configs_folder = "/etc/janus"
	plugins_folder = "/usr/lib/janus/plugins"
	transports_folder = "/usr/lib/janus/transports"
	debug_level = 4
	«k1» = "«V»"
	full_trickle = true
}

nat: {
	stun_server = "stun.«d»"
	stun_port = 3478
	nice_debug = false
	ice_ignore_list = "vmnet"
}
""", k1=key, d=dom(r), V=v)
    return pick(r, "etc/janus/janus.jcfg", "hpb/janus/janus.jcfg"), txt


@tpl("bbb_properties", "BigBlueButton", "shared_secret", "properties", gen_hex(48), "BBB_SECRET")
def _(r, v, m):
    d = dom(r)
    txt = fill("""#
# BigBlueButton overrides
#
bigbluebutton.web.serverURL=https://bbb.«d»
securitySalt=«V»
defaultWelcomeMessage=Willkommen in <b>%%CONFNAME%%</b>!
defaultMaxUsers=0
disableRecordingDefault=false
allowRequestsWithoutSession=false
""", d=d, V=v)
    return pick(r, "etc/bigbluebutton/bbb-web.properties", "bbb/bbb-web.properties"), txt


# ============================== CardDAV / CalDAV ==============================

@tpl("baikal_yaml_db", "Baikal", "db_password", "yaml", gen_pw, "BAIKAL_DB_PASSWORD")
def _(r, v, m):
    txt = fill("""system:
    configured_version: '«ver»'
    timezone: Europe/Paris
    card_enabled: true
    cal_enabled: true
    dav_auth_type: Digest
    admin_passwordhash: «hash»
    failed_access_message: 'user %u authentication failure for Baikal'
    auth_realm: BaikalDAV
    base_uri: ''
database:
    sqlite_file: /var/www/baikal/Specific/db/db.sqlite
    mysql: true
    mysql_host: «h»
    mysql_dbname: baikal
    mysql_username: baikal
    mysql_password: '«V»'
    encryption_key: ~
""", ver=pick(r, "0.9.5", "0.10.1"), hash=hexs(r, 64), h=pick(r, "localhost", "mariadb", "db.intra"), V=v)
    return pick(r, "baikal/config/baikal.yaml", "config/baikal.yaml"), txt


@tpl("baikal_encryption_key", "Baikal", "encryption_key", "yaml", gen_hex(32), "BAIKAL_KEY")
def _(r, v, m):
    txt = fill("""system:
    configured_version: '«ver»'
    timezone: Europe/Berlin
    card_enabled: true
    cal_enabled: true
    dav_auth_type: Basic
    auth_realm: BaikalDAV
database:
    sqlite_file: /var/www/baikal/Specific/db/db.sqlite
    mysql: false
    encryption_key: «V»
""", ver=pick(r, "0.9.5", "0.10.1"), V=v)
    return pick(r, "baikal/config/baikal.yaml", "dav/baikal/config/baikal.yaml"), txt


@tpl("davical_config", "DAViCal", "db_password", "php", gen_url_pw, "DAVICAL_DB_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""<?php
  $c->domain_name = "dav.«d»";
  $c->sysabbr     = 'davical';
  $c->admin_email = 'it@«d»';
  $c->system_name = "«sn»";
  $c->pg_connect[] = "dbname=davical port=5432 host=«h» user=davical_app password=«V»";
  $c->enable_row_linking = true;
  $c->default_locale = "de_DE.UTF-8";
""", d=d, sn=pick(r, "DAViCal CalDAV Server", "Kalender"), h=pick(r, "localhost", "pg01.intra"), V=v)
    return pick(r, "etc/davical/config.php", "davical/dav.%s-conf.php" % d.split(".")[0]), txt


@tpl("radicale_users", "Radicale", "user_password", "htpasswd", gen_pw, "RADICALE_USER_PW")
def _(r, v, m):
    u = uname(r)
    txt = "# plain htpasswd file for radicale (htpasswd_encryption = plain)\n%s:%s\n" % (u, v)
    return pick(r, "radicale/users", "etc/radicale/users", "dav/radicale-users"), txt


@tpl("vdirsyncer_config", "vdirsyncer", "user_password", "ini", gen_pw, "DAV_PASSWORD")
def _(r, v, m):
    d = dom(r)
    u = uname(r)
    txt = fill("""[general]
status_path = "~/.vdirsyncer/status/"

[pair «n»_contacts]
a = "«n»_contacts_local"
b = "«n»_contacts_remote"
collections = ["from a", "from b"]

[storage «n»_contacts_local]
type = "filesystem"
path = "~/.contacts/"
fileext = ".vcf"

[storage «n»_contacts_remote]
type = "carddav"
url = "https://dav.«d»/"
username = "«u»"
password = "«V»"
""", n=pick(r, "work", "buero", "nc"), d=d, u=u, V=v)
    return pick(r, "dotfiles/vdirsyncer/config", ".config/vdirsyncer/config"), txt


# ============================== Domino ==============================

@tpl("domino_onetouch_json", "HCL Domino", "admin_password", "json", gen_pw, "DOMINO_ADMIN_PW")
def _(r, v, m):
    f, l = person(r)
    d = dom(r)
    org = d.split(".")[0].capitalize()
    doc = {"serverSetup": {"server": {"type": "first", "name": "mail01", "domainName": org.upper(),
                                      "title": "Primary mail server", "password": None, "minPasswordLength": 0},
                           "network": {"hostName": "mail01." + d, "enablePortEncryption": True},
                           "org": {"orgName": org, "certifierPassword": "${CERTIFIER_PASSWORD}"},
                           "admin": {"firstName": ascii_fold(f), "lastName": ascii_fold(l), "password": "SLOT",
                                     "IDFilePath": "/local/notesdata/admin.id"},
                           "notesINI": {"Create_R12_Databases": "1", "ADMIN_IGNORE_NEW_SERVERNAMING_CONVENTION": "1"}}}
    s = json.dumps(doc, indent=2).replace('"SLOT"', json.dumps(v))
    return pick(r, "domino/setup/first-server.json", "domino/onetouch/setup.json"), s + "\n"


@tpl("domino_compose_env", "HCL Domino", "admin_password", "yaml", gen_pw, "SERVERSETUP_ADMIN_PASSWORD")
def _(r, v, m):
    d = dom(r)
    txt = fill("""services:
  domino:
    image: hclcom/domino:«tag»
    container_name: domino
    hostname: mail01.«d»
    environment:
      SetupAutoConfigure: "1"
      SERVERSETUP_SERVER_TYPE: first
      SERVERSETUP_ADMIN_FIRSTNAME: «fn»
      SERVERSETUP_ADMIN_LASTNAME: «ln»
      SERVERSETUP_ADMIN_PASSWORD: "«V»"
      SERVERSETUP_ADMIN_IDFILEPATH: admin.id
      SERVERSETUP_ORG_CERTIFIERPASSWORD: ${CERT_PW}
      SERVERSETUP_NETWORK_HOSTNAME: mail01.«d»
    ports:
      - 1352:1352
      - 443:443
    volumes:
      - notesdata:/local/notesdata
volumes:
  notesdata:
""", tag=pick(r, "14.0", "12.0.2"), d=d, fn=ascii_fold(person(r)[0]), ln=ascii_fold(person(r)[1]), V=v)
    return pick(r, "domino/docker-compose.yml", "containers/domino/compose.yaml"), txt


@tpl("domino_java_session", "HCL Domino", "id_password", "java", gen_pw, "NOTES_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""package «pkg»;

import lotus.domino.Database;
import lotus.domino.NotesFactory;
import lotus.domino.Session;

public class MailInDbExport {
    private static final String SERVER = "mail01.«d»";
    private static final String USER = "«cn»/«org»";
    private static final String PASSWORD = "«V»";

    public static void main(String[] args) throws Exception {
        Session s = NotesFactory.createSession(SERVER, USER, PASSWORD);
        Database db = s.getDatabase(s.getServerName(), "mail/«mdb».nsf");
        System.out.println("Docs: " + db.getAllDocuments().getCount());
        s.recycle();
    }
}
""", pkg=pick(r, "de.firma.domino", "com.acme.notes.tools"), d=d, cn=pick(r, "Service Export", "svc-archive"),
        org=d.split(".")[0].upper(), mdb=pick(r, "helpdesk", "info", "postfach"), V=v)
    return pick(r, "src/main/java/tools/MailInDbExport.java", "domino-tools/src/MailInDbExport.java"), txt


@tpl("domino_drapi_py", "HCL Domino", "admin_password", "python", gen_pw, "DRAPI_PASSWORD")
def _(r, v, m):
    d = dom(r)
    txt = fill('''import requests

BASE = "https://domino.«d»:8880/api"
CREDS = {"username": "«u»", "password": "«V»"}


def token():
    r = requests.post(BASE + "/v1/auth", json=CREDS, timeout=20)
    r.raise_for_status()
    return r.json()["bearer"]


def list_people():
    h = {"Authorization": "Bearer " + token()}
    return requests.get(BASE + "/v1/lists/People?dataSource=names", headers=h).json()
''', d=d, u=pick(r, "api-reader", "Domino Admin", "svc-drapi"), V=v)
    return pick(r, "integrations/domino_directory.py", "scripts/drapi_people.py"), txt


# ============================== Exchange hybrid / OAuth ==============================

@tpl("exchange_ps_cred", "Exchange", "admin_password", "powershell", gen_pw, "EXCH_ADMIN_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""# Hybrid mailbox move batch – run on «h»
$ErrorActionPreference = 'Stop'
$onPremUser = '«dn»\\«u»'
$secPw = ConvertTo-SecureString '«V»' -AsPlainText -Force
$remoteCred = New-Object System.Management.Automation.PSCredential ($onPremUser, $secPw)

Connect-ExchangeOnline -UserPrincipalName admin@«d» -ShowBanner:$false
New-MigrationBatch -Name "Wave«n»" -SourceEndpoint "Hybrid-«dn»" `
  -CSVData ([System.IO.File]::ReadAllBytes("C:\\Migration\\wave«n».csv")) `
  -TargetDeliveryDomain "«dn».mail.onmicrosoft.com" -AutoStart
Test-MigrationServerAvailability -ExchangeRemoteMove -RemoteServer «h» -Credentials $remoteCred
""", h="ex01." + d, dn=d.split(".")[0], u=pick(r, "svc-migration", "exadmin", "mig.admin"), d=d, n=r.randint(1, 12), V=v)
    return pick(r, "scripts/exchange/Start-MigrationWave.ps1", "hybrid/Move-Mailboxes.ps1"), txt


@tpl("entra_app_secret_ps", "Microsoft Entra", "client_secret", "powershell", gen_entra, "CLIENT_SECRET")
def _(r, v, m):
    txt = fill("""<#
  Kalender-Sync Exchange Online -> «tgt»
  App registration: «app»
#>
$TenantId     = '«tid»'
$ClientId     = '«cid»'
$ClientSecret = '«V»'

$body = @{
    client_id     = $ClientId
    scope         = 'https://graph.microsoft.com/.default'
    client_secret = $ClientSecret
    grant_type    = 'client_credentials'
}
$tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
$hdr = @{ Authorization = "Bearer $($tok.access_token)" }
Invoke-RestMethod -Headers $hdr -Uri 'https://graph.microsoft.com/v1.0/users/raum-101@«d»/calendar/events'
""", tgt=pick(r, "SOGo", "Nextcloud", "Open-Xchange"), app=pick(r, "cal-sync-prod", "Raumbuchung"),
        tid=guid(r), cid=guid(r), d=dom(r), V=v)
    return pick(r, "scripts/calsync/Sync-Calendars.ps1", "tools/Get-RoomEvents.ps1"), txt


@tpl("entra_app_yaml", "Microsoft Entra", "client_secret", "yaml", gen_entra, "AZURE_CLIENT_SECRET")
def _(r, v, m):
    txt = fill("""# calendar bridge (EWS/Graph <-> CalDAV)
graph:
  tenant_id: «tid»
  client_id: «cid»
  client_secret: «V»
caldav:
  url: https://dav.«d»/remote.php/dav/
  username: calbridge
  password_file: /run/secrets/caldav
sync:
  interval: 300
  rooms:
    - raum-«n»@«d»
""", tid=guid(r), cid=guid(r), d=dom(r), n=r.randint(100, 420), V=v)
    return pick(r, "calbridge/config.yaml", "deploy/calsync/config.yml"), txt


@tpl("google_client_secret_json", "Google", "client_secret", "json", gen_gocspx, "GOOGLE_CLIENT_SECRET")
def _(r, v, m):
    pid = "%s-%d" % (pick(r, "calsync", "groupware-bridge", "dav-sync"), r.randint(100000, 999999))
    num = r.randint(10 ** 11, 10 ** 12 - 1)
    doc = {"installed" if r.random() < 0.5 else "web": {
        "client_id": "%d-%s.apps.googleusercontent.com" % (num, rstr(r, 32, LOWER_ALNUM)),
        "project_id": pid, "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": v, "redirect_uris": ["http://localhost"]}}
    return pick(r, "config/client_secret.json", "calsync/credentials.json"), json.dumps(doc, indent=r.choice([1, 2])) + "\n"


@tpl("nc_oidc_occ", "Nextcloud", "client_secret", "shell", gen_alnum(40), "OIDC_CLIENT_SECRET")
def _(r, v, m):
    d = dom(r)
    txt = fill("""#!/bin/bash
# Keycloak login for Nextcloud
php occ user_oidc:provider Keycloak \\
  --clientid="nextcloud" \\
  --clientsecret="«V»" \\
  --discoveryuri="https://sso.«d»/realms/«realm»/.well-known/openid-configuration" \\
  --unique-uid=0 --mapping-uid=preferred_username
""", d=d, realm=pick(r, "intern", "staff", "master"), V=v)
    return pick(r, "scripts/nextcloud/oidc.sh", "nextcloud/setup/oidc-keycloak.sh"), txt


# ============================== Univention UCS ==============================

@tpl("ucs_secret_file", "Univention", "ldap_password", "secret", gen_alnum(20), "LDAP_SECRET")
def _(r, v, m):
    p = pick(r, "etc/ldap.secret", "etc/machine.secret", "etc/ldap-backup.secret", "ucs-backup/etc/ldap.secret")
    return p, v + "\n"


@tpl("ucs_udm_curl", "Univention", "admin_password", "shell", gen_pw, "UCS_ADMIN_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""#!/bin/bash
# create group via UDM REST API
UDM=https://ucs-master.«d»/univention/udm
curl -s -X POST -u 'Administrator:«V»' \\
  -H 'Accept: application/json' -H 'Content-Type: application/json' \\
  "$UDM/groups/group/" \\
  -d '{"position": "cn=groups,«base»", "properties": {"name": "«g»"}}'
""", d=d, base=ldap_base(d), g=pick(r, "projekt-kalender", "sogo-users", "mail-archiv"), V=v)
    return pick(r, "scripts/ucs/create_group.sh", "ucs/udm/add-group.sh"), txt


@tpl("ucs_udm_python", "Univention", "admin_password", "python", gen_pw, "UCS_PASSWORD")
def _(r, v, m):
    d = dom(r)
    txt = fill('''from univention.admin.rest.client import UDM

uri = "https://ucs-primary.«d»/univention/udm/"
udm = UDM.http(uri, "«u»", "«V»")
users = udm.get("users/user")
for result in users.search("mailPrimaryAddress=*@«d»"):
    obj = result.open()
    print(obj.properties["username"], obj.properties.get("mailPrimaryAddress"))
''', d=d, u=pick(r, "Administrator", "svc-udm"), V=v)
    return pick(r, "tools/ucs_list_mailusers.py", "ucs/scripts/mailusers.py"), txt


@tpl("ucs_ansible_join", "Univention", "admin_password", "yaml", gen_pw, "UCS_JOIN_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""- name: join UCS member with groupware apps
  hosts: ucs_members
  vars:
    ucs_primary: ucs-primary.«d»
    ucs_join_user: Administrator
    ucs_join_password: "«V»"
  tasks:
    - name: write join password file
      copy:
        content: "{{ ucs_join_password }}"
        dest: /root/join.pw
        mode: "0600"
    - name: join
      command: univention-join -dcaccount {{ ucs_join_user }} -dcpwd /root/join.pw
      args:
        creates: /var/univention-join/joined
""", d=d, V=v)
    return pick(r, "playbooks/ucs-join.yml", "ansible/ucs/join.yml"), txt


# ============================== MailStore / MailPiler ==============================

@tpl("mailstore_ps", "MailStore", "admin_password", "powershell", gen_pw, "MS_API_PW")
def _(r, v, m):
    txt = fill("""Import-Module '.\\API-Wrapper\\MS.PS.Lib.psd1'
# nightly archive profile run
$msapiclient = New-MSApiClient -Username admin -Password '«V»' -MailStoreServer «h» -Port 8463 -IgnoreInvalidSSLCerts
$profiles = Invoke-MSApiCall $msapiclient "GetProfiles" @{raw = "false"}
foreach ($p in $profiles.result) {
    if ($p.name -like '«pat»*') {
        Invoke-MSApiCall $msapiclient "RunProfile" @{id = $p.id} | Out-Null
    }
}
""", h=pick(r, "localhost", "archiv01", "mailstore.intra"), pat=pick(r, "Exchange", "IMAP", "Journal"), V=v)
    return pick(r, "scripts/mailstore/Run-Profiles.ps1", "archiv/Nightly.ps1"), txt


@tpl("piler_config_site", "MailPiler", "db_password", "php", gen_pw, "PILER_DB_PASSWORD")
def _(r, v, m):
    d = dom(r)
    txt = fill("""<?php

$config['SITE_NAME'] = 'archive.«d»';
$config['SITE_URL'] = 'https://archive.«d»/';
$config['SMARTHOST'] = '127.0.0.1';
$config['SMARTHOST_PORT'] = 10026;
$config['DB_DRIVER'] = 'mysql';
$config['DB_HOSTNAME'] = 'localhost';
$config['DB_DATABASE'] = 'piler';
$config['DB_USERNAME'] = 'piler';
$config['DB_PASSWORD'] = '«V»';
$config['ENABLE_LDAP_AUTH'] = 1;
$config['LDAP_HOST'] = 'ldap.«d»';
""", d=d, V=v)
    return pick(r, "etc/piler/config-site.php", "piler/config-site.php"), txt


@tpl("piler_conf", "MailPiler", "db_password", "ini", gen_pw, "MYSQLPWD")
def _(r, v, m):
    txt = fill("""hostid=«h»
listen_addr=0.0.0.0
listen_port=25
mysqlhost=localhost
mysqlport=3306
mysqldb=piler
mysqluser=piler
mysqlpwd=«V»
mysqlsocket=/var/run/mysqld/mysqld.sock
pemfile=/etc/piler/piler.pem
workdir=/var/piler/tmp
""", h=pick(r, "archive.intra", "piler.%s" % dom(r)), V=v)
    return pick(r, "etc/piler/piler.conf", "piler/piler.conf"), txt


@tpl("piler_import_sh", "MailPiler", "user_password", "shell", gen_pw, "IMAP_PW")
def _(r, v, m):
    d = dom(r)
    txt = fill("""#!/bin/sh
# one-off import of the old shared mailbox into piler
pilerimport -i imap.«d» -u «u»@«d» -p '«V»' -x Trash,Junk -r
""", d=d, u=pick(r, "info", "buchhaltung", "archiv"), V=v)
    return pick(r, "scripts/piler/import_legacy.sh", "ops/piler-import.sh"), txt


# ============================== generic: S/MIME, LDIF, CSV, k8s, .env ==============================

@tpl("smime_key_pem", "S/MIME", "private_key", "pem", None, "KEY", pem=True)
def _(r, v, m):
    u = uname(r)
    pre = maybe(r, "Bag Attributes\n    friendlyName: %s@%s\n    localKeyID: %s\n" % (
        u, dom(r), " ".join(hexs(r, 2).upper() for _ in range(20))), 0.4)
    return pick(r, "certs/smime/%s.key" % u, "smime/%s-key.pem" % u, "pki/mail/%s.key.pem" % u), pre + v


@tpl("smime_key_in_yaml", "S/MIME", "private_key", "yaml", None, "KEY", pem=True)
def _(r, v, m):
    u = uname(r)
    d = dom(r)
    ind = "    "
    txt = "smime_certificates:\n  - mail: %s@%s\n    cert_file: files/smime/%s.crt\n    key: |\n" % (u, d, u)
    txt += "".join(ind + "  " + ln + "\n" for ln in v.strip().split("\n"))
    return pick(r, "group_vars/mailgw/smime.yml", "roles/smime/vars/main.yml"), txt


@tpl("ldif_userpassword", "OpenLDAP", "user_password", "ldif", gen_pw, "USERPASSWORD")
def _(r, v, m):
    d = dom(r)
    u = pick(r, "svc-sogo", "svc-nextcloud", "zimbra-sync", "kopano-bind", "svc-scanner")
    txt = fill("""# service account for groupware bind
dn: uid=«u»,ou=services,«base»
objectClass: top
objectClass: account
objectClass: simpleSecurityObject
uid: «u»
description: bind user for «app»
userPassword: «V»
""", u=u, base=ldap_base(d), app=pick(r, "SOGo", "Nextcloud", "Kopano"), V=v)
    return pick(r, "ldap/ldif/%s.ldif" % u, "bootstrap/10-%s.ldif" % u), txt


@tpl("csv_user_import", "UCS/Zimbra import", "user_password", "csv", gen_pw, "PASSWORD")
def _(r, v, m):
    d = dom(r)
    f, l = person(r)
    u = uname(r, f, l)
    hdr = pick(r, "Username,Firstname,Lastname,Email,Password,Groups",
               "username;vorname;nachname;mail;passwort;gruppen")
    sep = "," if "," in hdr else ";"
    row = sep.join([u, f, l, "%s@%s" % (u, d), v, pick(r, "sogo-users", "staff", "Lehrer")])
    txt = "%s\n%s\n" % (hdr, row)
    return pick(r, "import/new_users_%s.csv" % date(r).replace("-", ""), "ucs-import/neuzugang.csv"), txt


@tpl("k8s_secret_stringdata", "Kubernetes", "ldap_password", "yaml", gen_pw, "BIND_PW")
def _(r, v, m):
    key = pick(r, "ldap-bind-password", "LDAP_BIND_PW", "db-password", "imap-master-password")
    txt = fill("""apiVersion: v1
kind: Secret
metadata:
  name: «n»
  namespace: groupware
type: Opaque
stringData:
  ldap-bind-dn: uid=«n»,ou=services,«base»
  «key»: "«V»"
""", n=pick(r, "sogo-ldap", "nextcloud-ldap", "ox-imap"), base=ldap_base(dom(r)), key=key, V=v)
    return pick(r, "k8s/groupware/secret-ldap.yaml", "manifests/sogo/secret.yaml"), txt


@tpl("env_file", "Groupware", "jwt_secret", "env", gen_alnum(32), "ONLYOFFICE_JWT_SECRET", env=True)
def _(r, v, m):
    key = pick(r, "ONLYOFFICE_JWT_SECRET", "SIGNALING_SECRET", "MYSQL_PASSWORD")
    txt = "COMPOSE_PROJECT_NAME=groupware\nNC_DOMAIN=cloud.%s\n%s=%s\nTZ=Europe/Berlin\n" % (dom(r), key, v)
    return pick(r, ".env", ".env.production", "deploy/.env"), txt


@tpl("md_runbook_sogo", "SOGo", "ldap_password", "markdown", gen_pw, "BIND_PASSWORD")
def _(r, v, m):
    d = dom(r)
    txt = fill("""## SOGo – Verzeichnisdienst

Der Bind-User `uid=sogo,ou=services,«base}` hat nur Leserechte.

| Parameter | Wert |
|-----------|------|
| Server | ldaps://ldap.«d» |
| Bind DN | uid=sogo,ou=services,«base» |
| Passwort | `«V»` |
| Suchbasis | ou=people,«base» |

Nach Änderung: `systemctl restart sogo`.
""".replace("«base}", "«base»"), d=d, base=ldap_base(d), V=v)
    return pick(r, "docs/sogo.md", "wiki/groupware/sogo-ldap.md"), txt


@tpl("systemd_override_imap", "Dovecot/Groupware", "admin_password", "ini", gen_pw, "MASTER_PW")
def _(r, v, m):
    txt = fill("""[Service]
Environment=SOGO_IMAP_MASTER_USER=«u»
Environment=SOGO_IMAP_MASTER_PASSWORD=«V»
Environment=TZ=Europe/Berlin
""", u=pick(r, "sogo-master", "masteruser"), V=v)
    return pick(r, "etc/systemd/system/sogo.service.d/override.conf", "systemd/sogo-override.conf"), txt


# ============================== negative placeholders ==============================

def neg_value(r, t):
    h = t.hint
    hl = h.lower()
    gen = ["changeme", "CHANGEME", "change_me", "<password>", "<%s>" % hl.replace("_", "-"),
           "YOUR_%s" % h, "xxxxxxxx", "XXXXXXXXXXXXXXXX", "********", "[REDACTED]", "", "REPLACE_ME",
           "HIER_PASSWORT_EINTRAGEN", "mot-de-passe-a-changer", "TODO", "<secret>", "***"]
    ft = t.ft
    if ft in ("yaml",):
        gen += ["{{ vault_%s }}" % hl, "${%s}" % h, "{{ lookup('env', '%s') }}" % h]
    elif ft in ("shell", "powershell"):
        gen += ["${%s}" % h, "$%s" % h] if ft == "shell" else ["$env:%s" % h, "<Passwort>"]
    elif ft in ("ini", "cfg", "properties", "xml", "zmprov", "sogo.conf", "jcfg"):
        gen += ["@@%s@@" % h, "%%%s%%" % h, "${%s}" % h, "__%s__" % h]
    elif ft in ("json", "python", "java"):
        gen += ["${%s}" % h, "<your-%s>" % hl.replace("_", "-")]
    elif ft == "php":
        gen += ["%s_HERE" % h, "<db-password>"]
    gen += t.docex * 3
    if t.gen is gen_entra:
        gen += ["<client-secret-value>", "xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
    if t.gen is gen_gocspx:
        gen += ["GOCSPX-<your-client-secret>", "YOUR_CLIENT_SECRET"]
    v = r.choice(gen)
    if ft == "csv" and v == "":
        v = "(SSO)"
    if t.name in ("sogo_conf_dburl", "kolab_sql_uri", "davical_config") and v == "":
        v = "PASSWORD"
    return v


# ============================== look-alike negatives (no secrets) ==============================

LOOK = []


def look(name, provider, kind, ft):
    def deco(fn):
        LOOK.append((name, provider, kind, ft, fn))
        return fn
    return deco


@look("ldif_ssha", "OpenLDAP", "password_hash", "ldif")
def _(r):
    d = dom(r)
    out = ["# export %s" % date(r)]
    for _ in range(r.randint(1, 3)):
        f, l = person(r)
        u = uname(r)
        out += ["dn: uid=%s,ou=people,%s" % (u, ldap_base(d)), "objectClass: inetOrgPerson",
                "uid: %s" % u, "cn: %s %s" % (f, l), "sn: %s" % l, "mail: %s@%s" % (u, d),
                "userPassword: %s" % r.choice([ssha(r), "{CRYPT}" + crypt6(r), ssha512(r)]),
                "entryUUID: %s" % guid(r), ""]
    return pick(r, "ldap/export/people.ldif", "backup/ldap/users.ldif"), "\n".join(out) + "\n"


@look("zmprov_ga_output", "Zimbra", "password_hash_and_ids", "text")
def _(r):
    d = dom(r)
    u = uname(r)
    txt = fill("""# name «u»@«d»
cn: «u»
displayName: «u»
mail: «u»@«d»
objectClass: inetOrgPerson
objectClass: zimbraAccount
zimbraAccountStatus: active
zimbraCOSId: «cos»
zimbraCreateTimestamp: «ts»Z
zimbraId: «id»
zimbraMailHost: mail.«d»
zimbraMailStatus: enabled
zimbraPasswordModifiedTime: «ts»Z
userPassword: «pw»
zimbraPrefMailSignature: --
""", u=u, d=d, cos=guid(r), id=guid(r), ts="%d%02d%02d%06d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)),
        pw=ssha512(r))
    return pick(r, "docs/zimbra/account-dump-%s.txt" % u, "tickets/INC%d/zmprov-ga.txt" % r.randint(10000, 99999)), txt


@look("zimbra_localconfig_public", "Zimbra", "config_no_secret", "xml")
def _(r):
    d = dom(r)
    items = [(k, f(r, d)) for k, f in r.sample(Z_PUBLIC, 8)]
    items.append(("zimbra_server_id", guid(r)))
    items.append(("ldap_master_url", "ldap://ldap.%s:389" % d))
    body = "".join('  <key name="%s">\n    <value>%s</value>\n  </key>\n' % kv for kv in items)
    return "zimbra/conf/localconfig.public.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<localconfig>\n' + body + "</localconfig>\n"


@look("zmlocalconfig_masked", "Zimbra", "masked_output", "markdown")
def _(r):
    txt = "```\n$ zmlocalconfig | grep -i pass\n" + "".join(
        "%s = ********\n" % k for k, _ in r.sample(Z_KEYS, 4)) + "```\n\nWerte nur mit `-s` sichtbar; nicht ins Wiki kopieren.\n"
    return pick(r, "docs/zimbra/localconfig.md", "wiki/zimbra-passwords-where.md"), txt


@look("htpasswd_bcrypt", "Radicale", "password_hash", "htpasswd")
def _(r):
    lines = ["%s:%s" % (uname(r), bcrypt(r)) for _ in range(r.randint(1, 4))]
    return pick(r, "radicale/users", "etc/radicale/htpasswd", "dav/.htpasswd"), "\n".join(lines) + "\n"


@look("baikal_admin_hash", "Baikal", "password_hash", "yaml")
def _(r):
    txt = fill("""system:
    configured_version: '0.9.5'
    timezone: Europe/Berlin
    card_enabled: true
    cal_enabled: true
    dav_auth_type: Digest
    admin_passwordhash: «h»
    auth_realm: BaikalDAV
    base_uri: ''
database:
    sqlite_file: /var/www/baikal/Specific/db/db.sqlite
    mysql: false
""", h=hexs(r, 64))
    return "baikal/config/baikal.yaml", txt


@look("nc_config_nosecret", "Nextcloud", "ids_versions", "php")
def _(r):
    d = dom(r)
    txt = fill("""<?php
$CONFIG = array (
  'instanceid' => 'oc«iid»',
  'version' => '«v»',
  'trusted_domains' => array (0 => 'cloud.«d»'),
  'overwrite.cli.url' => 'https://cloud.«d»',
  'dbpassword' => getenv('MYSQL_PASSWORD'),
  'secret' => getenv('NC_SECRET'),
  'passwordsalt' => getenv('NC_PASSWORDSALT'),
  'theme' => '',
  'loglevel' => 2,
  'maintenance_window_start' => 1,
);
""", iid=rstr(r, 10, LOWER_ALNUM), v="%d.0.%d.%d" % (r.randint(25, 31), r.randint(0, 12), r.randint(0, 3)), d=d)
    return pick(r, "config/config.php", "nextcloud/config/config.php"), txt


@look("nc_integrity_json", "Nextcloud", "signature_hashes", "json")
def _(r):
    hashes = {p: hashlib.sha512(rbytes(r, 16)).hexdigest() for p in
              ["appinfo/info.xml", "lib/AppInfo/Application.php", "js/main.js", "css/style.css", "templates/index.php"]}
    doc = {"hashes": hashes, "signature": base64.b64encode(rbytes(r, 512)).decode(),
           "certificate": cert_pem(r)}
    return pick(r, "apps/customapp/appinfo/signature.json", "custom_apps/groupfolders/appinfo/signature.json"), json.dumps(doc, indent=4) + "\n"


@look("ucr_dump", "Univention", "ids_config", "text")
def _(r):
    d = dom(r)
    lines = ["domainname: %s" % d, "hostname: ucs-primary", "ldap/base: %s" % ldap_base(d),
             "ldap/hostdn: cn=ucs-primary,cn=dc,cn=computers,%s" % ldap_base(d),
             "uuid/system: %s" % guid(r), "uuid/license: %s" % guid(r),
             "version/version: 5.0", "version/patchlevel: %d" % r.randint(1, 9),
             "appcenter/apps/sogo/version: 5.%d.0" % r.randint(5, 11),
             "ldap/server/name: ucs-primary.%s" % d, "windows/domain: %s" % d.split(".")[0].upper(),
             "kerberos/realm: %s" % d.upper(), "machine/password/length: 20",
             "ldap/server/port: 7389", "repository/online/server: updates.software-univention.de"]
    r.shuffle(lines)
    return pick(r, "docs/ucs/ucr-dump.txt", "ucs/inventory/ucr.txt"), "\n".join(lines) + "\n"


@look("ucs_secret_reference", "Univention", "secret_file_reference", "shell")
def _(r):
    d = dom(r)
    txt = fill("""#!/bin/bash
# export mail users; uses the machine account, never hardcode the password
univention-ldapsearch -LLL -x -D "$(ucr get ldap/hostdn)" -y /etc/machine.secret \\
  -b "cn=users,«base»" "(mailPrimaryAddress=*)" uid mailPrimaryAddress
ldapsearch -H ldaps://ucs-primary.«d»:7636 -D "cn=admin,«base»" -y /etc/ldap.secret -b "«base»" -s base
""", base=ldap_base(d), d=d)
    return pick(r, "scripts/ucs/export_mailusers.sh", "ucs/tools/ldap-export.sh"), txt


@look("dkim_zone", "DNS", "public_key", "zone")
def _(r):
    d = dom(r)
    sel = pick(r, "dkim", "mail", "s%d" % r.randint(2020, 2025), "zimbra")
    p = base64.b64encode(pubkey_der(r)).decode()
    txt = "; DKIM for %s\n%s._domainkey.%s. 3600 IN TXT ( \"v=DKIM1; k=rsa; \"\n  \"p=%s\"\n  \"%s\" )\n" % (d, sel, d, p[:200], p[200:])
    return pick(r, "dns/zones/%s.dkim" % d, "dns/%s.zone" % d.split(".")[0]), txt


@look("smime_cert", "S/MIME", "certificate", "pem")
def _(r):
    u = uname(r)
    return pick(r, "certs/smime/%s.crt" % u, "pki/mail/%s.pem" % u), "subject=emailAddress=%s@%s\n%s" % (u, dom(r), cert_pem(r))


@look("smime_pubkey", "S/MIME", "public_key", "pem")
def _(r):
    u = uname(r)
    return "pki/smime/%s.pub.pem" % u, pub_pem(r)


@look("eml_pkcs7_signature", "S/MIME", "signature", "eml")
def _(r):
    d = dom(r)
    u = uname(r)
    b = hexs(r, 24)
    sig = base64.b64encode(bytes.fromhex("308006092a864886f70d010702a0803080020101") + rbytes(r, r.randint(1200, 2400))).decode()
    sig = "\n".join(sig[i:i + 76] for i in range(0, len(sig), 76))
    txt = fill("""From: «u»@«d»
To: it@«d»
Subject: Test S/MIME Signatur
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="«b»"

--«b»
Content-Type: text/plain; charset=utf-8

Signatur-Test nach Zertifikatstausch.

--«b»
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

«sig»
--«b»--
""", u=u, d=d, b="------------ms" + b, sig=sig)
    return pick(r, "tests/fixtures/mail/signed.eml", "testdata/smime/signed-%s.eml" % u), txt


@look("vcard_photo", "CardDAV", "encoded_data", "vcf")
def _(r):
    f, l = person(r)
    d = dom(r)
    photo = base64.b64encode(bytes.fromhex("ffd8ffe000104a46494600010101") + rbytes(r, r.randint(300, 700))).decode()
    photo = "\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    txt = "BEGIN:VCARD\nVERSION:3.0\nUID:%s\nFN:%s %s\nN:%s;%s;;;\nEMAIL;TYPE=WORK:%s@%s\nREV:%sT120000Z\nPHOTO;ENCODING=b;TYPE=JPEG:%s\nEND:VCARD\n" % (
        guid(r), f, l, l, f, uname(r), d, date(r).replace("-", ""), photo)
    return pick(r, "tests/fixtures/contacts/%s.vcf" % ascii_fold(l).lower(), "import/vcards/contact.vcf"), txt


@look("dav_propfind_etags", "CalDAV", "etags", "xml")
def _(r):
    items = ""
    for _ in range(r.randint(2, 4)):
        items += ('  <d:response>\n    <d:href>/remote.php/dav/calendars/%s/personal/%s.ics</d:href>\n'
                  '    <d:propstat><d:prop><d:getetag>"%s"</d:getetag></d:prop>'
                  '<d:status>HTTP/1.1 200 OK</d:status></d:propstat>\n  </d:response>\n') % (uname(r), guid(r).upper(), hexs(r, 32))
    txt = ('<?xml version="1.0"?>\n<d:multistatus xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">\n'
           + items + '  <d:sync-token>http://sabre.io/ns/sync/%d</d:sync-token>\n</d:multistatus>\n' % r.randint(100, 99999))
    return pick(r, "tests/fixtures/caldav/propfind-response.xml", "testdata/dav/report.xml"), txt


@look("ics_event", "CalDAV", "uids", "ics")
def _(r):
    d = dom(r)
    txt = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SOGo//SOGo//EN\nBEGIN:VEVENT\nUID:%s\nDTSTAMP:%sT090000Z\nDTSTART:%sT100000Z\nSUMMARY:Jour fixe\nORGANIZER:mailto:%s@%s\nX-MOZ-GENERATION:%d\nX-MICROSOFT-CDO-OWNERAPPTID:-%d\nEND:VEVENT\nEND:VCALENDAR\n" % (
        hexs(r, 8).upper() + "-" + hexs(r, 4).upper() + "-" + hexs(r, 20).upper(), date(r).replace("-", ""),
        date(r).replace("-", ""), uname(r), d, r.randint(1, 9), r.randint(10 ** 8, 10 ** 9))
    return pick(r, "tests/fixtures/ics/event.ics", "samples/meeting.ics"), txt


@look("ansible_vault_vars", "Ansible", "ciphertext", "yaml")
def _(r):
    hx = hexs(r, 80 * r.randint(4, 8) + r.randint(10, 70))
    body = "\n".join("          " + hx[i:i + 80] for i in range(0, len(hx), 80))
    key = pick(r, "zimbra_ldap_password", "sogo_bind_password", "ox_master_password", "onlyoffice_jwt_secret")
    txt = "---\n%s: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n%s\n%s_user: %s\n" % (key, body, key.split("_")[0], pick(r, "admin", "sogo", "oxadminmaster"))
    return pick(r, "group_vars/groupware/vault.yml", "inventory/group_vars/mail/vault.yml"), txt


@look("checksums", "Packages", "checksums", "text")
def _(r):
    pk = ["zcs-10.0.%d_GA_4200001.RHEL8_64.tgz" % r.randint(0, 9), "sogo_5.%d.0_amd64.deb" % r.randint(8, 11),
          "onlyoffice-documentserver_8.%d.0-%d_amd64.deb" % (r.randint(0, 2), r.randint(1, 99)),
          "nextcloud-%d.0.%d.tar.bz2" % (r.randint(27, 31), r.randint(0, 9)),
          "grommunio-admin-api-1.%d.noarch.rpm" % r.randint(10, 16)]
    lines = ["%s  %s" % (hashlib.sha256(rbytes(r, 16)).hexdigest(), p) for p in r.sample(pk, 3)]
    return pick(r, "downloads/SHA256SUMS", "packer/files/checksums.sha256"), "\n".join(lines) + "\n"


@look("exchange_cert_thumbprint", "Exchange", "thumbprints_ids", "powershell")
def _(r):
    d = dom(r)
    txt = fill("""# App-only auth with certificate (no secret in script)
$AppId = '«aid»'
$Thumb = '«tp»'
Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $Thumb -Organization «org».onmicrosoft.com
Enable-ExchangeCertificate -Thumbprint «tp2» -Services IIS,SMTP
Get-MailboxDatabase | Select Name, Guid  # e.g. «g»
""", aid=guid(r), tp=hexs(r, 40).upper(), org=d.split(".")[0], tp2=hexs(r, 40).upper(), g=guid(r))
    return pick(r, "scripts/exchange/Connect-AppOnly.ps1", "hybrid/Renew-Cert.ps1"), txt


@look("notes_ini", "HCL Domino", "config_no_secret", "ini")
def _(r):
    d = dom(r)
    txt = fill("""[Notes]
Directory=/local/notesdata
KitType=2
SetupLeaveServertasks=1
ServerKeyFileName=server.id
CertifierIDFile=/local/notesdata/cert.id
KeyFilename=/local/notesdata/admin.id
ServerName=mail01/«org»
MailServer=CN=mail01/O=«org»
Domain=«org»
Ports=TCPIP
TCPIP=TCP,0,15,0
ServerTasks=Replica,Router,Update,AMgr,Adminp,HTTP,CalConn,Sched
NSF_Buffer_Pool_Size_MB=«bp»
SERVER_UPGRADE_NO_DIRECTORY_UPGRADE_PROMPT=1
DOMINO_CONFIG_HASH=«hx»
""", org=d.split(".")[0].upper(), bp=r.choice([512, 1024, 2048]), hx=hexs(r, 32))
    return pick(r, "domino/notesdata/notes.ini", "backup/domino/notes.ini"), txt


@look("onlyoffice_editor_config", "OnlyOffice", "document_keys", "js")
def _(r):
    d = dom(r)
    txt = fill("""const config = {
  document: {
    fileType: "docx",
    key: "«k»",  // cache key: fileId + "_" + etag
    title: "Protokoll.docx",
    url: "https://cloud.«d»/index.php/apps/onlyoffice/download?doc=«doc»",
  },
  documentType: "word",
  editorConfig: {
    callbackUrl: "https://cloud.«d»/index.php/apps/onlyoffice/track?doc=«doc2»",
    user: { id: "«uid»", name: "«name»" },
  },
};
new DocsAPI.DocEditor("placeholder", config);
""", k="%d_%s" % (r.randint(100, 999999), hexs(r, 13)), d=d, doc=guid(r), doc2=guid(r), uid=hexs(r, 12), name=" ".join(person(r)))
    return pick(r, "src/editor/config.js", "web/js/docs-editor.js"), txt


@look("piler_ids_log", "MailPiler", "message_ids", "log")
def _(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        pid = "4000000%s" % hexs(r, 29)
        lines.append("%sT%02d:%02d:%02d piler[%d]: %s: stored, size=%d, digest=%s" % (
            date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(1000, 9999), pid,
            r.randint(2000, 900000), hashlib.sha256(rbytes(r, 8)).hexdigest()))
    return pick(r, "docs/piler/sample.log", "tests/fixtures/piler.log"), "\n".join(lines) + "\n"


@look("sogo_ssh_known_hosts", "SSH", "public_key", "text")
def _(r):
    d = dom(r)
    lines = ["mail01.%s,%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (d, ip(r), base64.b64encode(rbytes(r, 32)).decode()[:43]),
             "sogo.%s ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s" % (d, base64.b64encode(rbytes(r, 63)).decode())]
    return pick(r, "ansible/files/ssh_known_hosts", "ssh/known_hosts"), "\n".join(lines) + "\n"


@look("versions_lock", "Groupware", "versions_hashes", "json")
def _(r):
    doc = {"components": {
        "sogo": {"version": "5.%d.%d" % (r.randint(8, 11), r.randint(0, 3)), "sha256": hashlib.sha256(rbytes(r, 8)).hexdigest()},
        "zimbra": {"version": "10.0.%d" % r.randint(0, 9), "build": "4200%03d" % r.randint(0, 999)},
        "onlyoffice": {"version": "8.%d.%d" % (r.randint(0, 2), r.randint(0, 3)), "image_digest": "sha256:" + hexs(r, 64)},
        "nextcloud": {"version": "%d.0.%d" % (r.randint(27, 31), r.randint(0, 9)), "git_commit": hexs(r, 40)}}}
    return pick(r, "versions.lock.json", "deploy/components.json"), json.dumps(doc, indent=2) + "\n"


@look("kolab_conf_nosecret", "Kolab", "config_no_secret", "ini")
def _(r):
    d = dom(r)
    txt = fill("""[kolab]
primary_domain = «d»
auth_mechanism = ldap
imap_backend = cyrus-imap

[ldap]
ldap_uri = ldap://localhost:389
base_dn = «base»
bind_dn = cn=Directory Manager
; bind_pw is read from /etc/kolab/bind.secret (see kolab-secrets.service)
unique_attribute = nsuniqueid
domain_name_attribute = associateddomain
""", d=d, base=ldap_base(d))
    return "etc/kolab/kolab.conf", txt


@look("udm_rest_response", "Univention", "ids_dns", "json")
def _(r):
    d = dom(r)
    u = uname(r)
    doc = {"dn": "uid=%s,cn=users,%s" % (u, ldap_base(d)), "objectType": "users/user",
           "uuid": guid(r), "id": u,
           "properties": {"username": u, "mailPrimaryAddress": "%s@%s" % (u, d),
                          "sambaRID": str(r.randint(1000, 9999)), "uidNumber": str(r.randint(2000, 9000)),
                          "password": None, "overridePWHistory": None,
                          "objectFlag": [], "guardianRoles": []},
           "_links": {"self": [{"href": "https://ucs-primary.%s/univention/udm/users/user/uid%%3D%s" % (d, u)}]},
           "etag": "\"%s\"" % hexs(r, 32)}
    return pick(r, "tests/fixtures/udm_user.json", "docs/ucs/udm-example.json"), json.dumps(doc, indent=2) + "\n"


@look("coturn_no_secret", "Nextcloud Talk", "config_reference", "ini")
def _(r):
    d = dom(r)
    txt = "listening-port=3478\nfingerprint\nuse-auth-secret\n# static-auth-secret is injected from Vault at start (see turn.service ExecStartPre)\nrealm=turn.%s\ncert=/etc/ssl/turn/fullchain.pem\npkey=/etc/ssl/turn/privkey.pem\nno-cli\n" % d
    return pick(r, "etc/turnserver.conf", "coturn/turnserver.conf"), txt


# ============================== driver ==============================

def render_pos(r, t, used):
    m = {}
    for _ in range(50):
        if t.pem:
            pem_text, needle = gen_pem(r)
            val = pem_text
        else:
            needle = t.gen(r)
            val = needle
        if needle not in used:
            break
    used.add(needle)
    path, text = t.fn(r, val, m)
    return path, text, needle, m.get("kind", t.kind)


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    man, secs = [], []
    used = set()

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # positives
    env_cap = 20
    order = []
    while len(order) < 500:
        blk = list(TEMPLATES)
        r.shuffle(blk)
        order += blk
    order = order[:500]
    env_count = 0
    nonenv = [t for t in TEMPLATES if not t.env]
    for i, t in enumerate(order):
        if t.env:
            env_count += 1
            if env_count > env_cap:
                t = r.choice(nonenv)
        path, text, needle, kind = render_pos(r, t, used)
        if os.path.basename(path).startswith(".env") and not t.env:
            raise AssertionError(path)
        rel = "pos/p%04d/%s" % (i, path)
        idx = text.find(needle)
        assert needle and idx >= 0, (t.name, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        write(rel, text)
        man.append({"file": rel, "label": "pos", "provider": t.provider, "kind": kind, "filetype": t.ft, "template": t.name})
        secs.append({"file": rel, "needle": needle, "line": line})

    # negatives
    negs = []
    ta = [t for t in TEMPLATES if not t.pem]
    seqa = []
    while len(seqa) < 250:
        blk = list(ta)
        r.shuffle(blk)
        seqa += blk
    for t in seqa[:250]:
        v = neg_value(r, t)
        m = {}
        path, text = t.fn(r, v, m)
        if t.env:
            path = pick(r, ".env.example", "deploy/.env.sample", "env.template")
        negs.append((path, text, t.provider, "placeholder:" + m.get("kind", t.kind), t.ft, t.name + ":placeholder"))
    seqb = []
    while len(seqb) < 250:
        blk = list(LOOK)
        r.shuffle(blk)
        seqb += blk
    for name, prov, kind, ft, fn in seqb[:250]:
        path, text = fn(r)
        negs.append((path, text, prov, kind, ft, "look:" + name))
    r.shuffle(negs)
    needles = [s["needle"] for s in secs]
    for i, (path, text, prov, kind, ft, tname) in enumerate(negs):
        base = os.path.basename(path)
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))), path
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        man.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for x in man:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for x in secs:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    assert len(set(needles)) == 500


if __name__ == "__main__":
    main()
