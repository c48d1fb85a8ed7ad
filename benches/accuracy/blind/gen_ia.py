#!/usr/bin/env python3
"""gen_ia.py -- blind evaluation set: LDAP / Active Directory bind credentials.

EMPHASIS
    Domain: LDAP and Active Directory bind credentials as they end up in
    repositories: service-account bind passwords (human-chosen and generated),
    AD domain-join passwords and passphrases of LDAPS client keys/keystores.
    Providers / applications: SSSD (sssd.conf ldap_default_authtok), nslcd
    (bindpw), pam_ldap / libnss-ldap (/etc/ldap.secret, rootbinddn), OpenLDAP
    slapd.conf rootpw and cn=config olcRootPW, GitLab (gitlab.rb / gitlab.yml
    ldap_servers), Grafana ldap.toml (bind_password), Jenkins (config.xml,
    JCasC, init.groovy), Keycloak user federation (bindCredential, realm
    export and kcadm), Apache mod_authnz_ldap (AuthLDAPBindPassword), nginx
    (nginx-auth-ldap binddn_passwd, nginx-ldap-auth X-Ldap-BindPass header),
    Gitea/Gogs auth sources, Harbor (ldap_search_password), Sonatype Nexus
    (authPassword), Atlassian Crowd (ldap.password directory attribute), Dex
    (bindPW), Authelia (authentication_backend.ldap.password), Vault LDAP auth
    (bindpass), Samba/winbind (net ads join -U user%pw, smbpasswd -w), realmd /
    adcli / ipa-client-install joins, Windows unattend.xml domain join,
    Nextcloud occ ldap:set-config, SonarQube, Mattermost, Rundeck JAAS, Hue,
    Flask-AppBuilder (Airflow/Superset), django-auth-ldap, python ldap3 and
    python-ldap, Java JNDI (Context.SECURITY_CREDENTIALS), Spring
    (spring.ldap.password, manager-password), .NET (DirectoryEntry,
    NetworkCredential), PHP (ldap_bind, LdapRecord), PowerShell
    (ConvertTo-SecureString / -Credential / Add-Computer), Go go-ldap, Node
    ldapjs / passport-ldapauth, Ruby net-ldap, ldapsearch -w, openssl -passout.
    File types: INI-like conf, TOML, Ruby, XML, YAML (JCasC, Authelia, Dex,
    Helm values, Ansible, Kubernetes, compose), JSON, Python, Java, Groovy, C#,
    PHP, PowerShell, shell, Go, JavaScript, properties, HCL (Terraform),
    LDIF, SQL, Dockerfile, Makefile, Markdown runbooks, logs, CSV.

USAGE
    python3 -B gen_ia.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Deterministic per SEED (one random.Random).

NEEDLE CONVENTIONS
    The needle is the password / passphrase exactly as written in the file,
    without surrounding quotes.  In URLs (ldap://user:PW@host, Airflow conn
    URIs) the needle is only the password part.  In headers (X-Ldap-BindPass)
    the needle is the header value.  In "user%password" (Samba -U) only the
    password.  In JSON arrays (Keycloak bindCredential ["pw"]) only the
    string.  In ldap.secret files the needle is the whole (single) line.  No
    multi-line keys are used as positives in this set.  "line" is the 1-based
    line of the needle's first occurrence (asserted by the program).

TEMPLATES
    78 positive templates (each also used for slot-variant negatives) and
    62 look-alike negative templates.

NEGATIVES
    250 negatives re-use the positive templates with the password slot filled
    by something that is not a secret: placeholders (<bind-password>,
    CHANGE_ME, xxxx..), empty values, masks (********, [REDACTED], Keycloak
    "**********"), environment references (${LDAP_BIND_PASSWORD},
    os.environ[...], $env:X, getenv()), secret-manager references (vault:,
    op://, ${vault.x}, Grafana $__file{}), template expressions ({{ }},
    <%= %>, ${{ secrets.X }}), documented example values (OpenLDAP guide
    "secret", Grafana sample "grafana", public forumsys test server
    "password", Hue doc "your_password", hvac doc sample, Pulumi Harbor
    provider sample, osixia default "admin"), and
    application-specific non-secrets: {SSHA}/{CRYPT}/{PBKDF2-SHA512} hashes
    for rootpw/olcRootPW, SSSD obfuscated_password blobs, Jenkins {AQAAAB..}
    encrypted secrets, Apache "exec:" password programs.  Files named .env*
    are never used for negatives (.env.example is).
    250 negatives are domain look-alikes: bind/base DNs, search filters, LDIF
    exports with hashed userPassword, objectGUID/objectSid values, SIDs,
    UUIDs, certificate fingerprints and serials, public certificates and
    public keys, Keycloak public key listings, SealedSecrets / SOPS /
    ansible-vault ciphertext, bcrypt/argon2 hashes, logs of binds, -W / -y
    prompts and password-file usage, Kerberos/GSSAPI setups, tool outputs.

FORMATS CHECKED (search of public documentation, no scanner rules read)
    - sss_obfuscate(8): writes ldap_default_authtok + ldap_default_authtok_type
      = obfuscated_password; SSSD source (crypto_obfuscate.c) shows the blob
      layout: uint16 method, uint16 ciphertext length, 32-byte key, 16-byte
      IV, ciphertext, 4-byte sentinel, base64 encoded (reproduced here).
    - nslcd.conf(5): binddn / bindpw / rootpwmoddn keywords.
    - slappasswd(8): rootpw / olcRootPW, schemes {CRYPT} {MD5} {SMD5} {SSHA}
      {SHA}, default {SSHA} = base64(SHA1(pw+salt)+salt).
    - Grafana docs ldap.toml: bind_dn / bind_password ('grafana' sample),
      search_filter, search_base_dns; env/file expansion.
    - JCasC LDAP demo: managerDN / managerPasswordSecret: ${LDAP_PASSWORD};
      Jenkins Secret stores {AQAAAB...} (version byte 1, IV length, data
      length, IV, AES ciphertext, base64).
    - Keycloak admin help: bindCredential "can obtain its value from vault,
      use ${vault.ID} format"; exports mask it as "**********".
    - GitLab omnibus: gitlab_rails['ldap_servers'] YAML heredoc with bind_dn,
      password, encryption 'plain'/'simple_tls'/'start_tls'.
    - Vault LDAP auth API: binddn / bindpass / userdn / groupdn / url.
    - Dex LDAP connector: bindDN / bindPW / userSearch / groupSearch.
    - Authelia docs: authentication_backend.ldap address/user/password/base_dn.
    - Harbor LdapConf: ldap_search_dn / ldap_search_password / ldap_base_dn.
    - Apache mod_authnz_ldap: AuthLDAPBindDN / AuthLDAPBindPassword, with the
      "exec:/path/to/program" form.
    - nginx-auth-ldap module: ldap_server { binddn; binddn_passwd; }.
    - Spring Boot LdapProperties: spring.ldap.urls/base/username/password.
    - Gitea docs: LDAP via BindDN fields (Bind DN, Bind Password).
    - Hue docs: bind_dn / bind_password in hue.ini.

DOUBTS
    - Passwords have no provider prefix/checksum; positives are random
      human-style or generated strings, so detectors can only rely on context.
    - Not confirmed in the docs searched: Nextcloud occ key ldapAgentPassword,
      Atlassian Crowd attribute name ldap.password in cwd_directory_attribute,
      nginx-ldap-auth header X-Ldap-BindPass, Nexus REST field authPassword and
      its "#~NXRM~PLACEHOLDER~PASSWORD~#" mask, Rundeck JAAS bindPassword,
      Mattermost LdapSettings.BindPassword, SonarQube ldap.bindPassword,
      Flask-AppBuilder AUTH_LDAP_BIND_PASSWORD, passport-ldapauth
      bindCredentials; written from memory of the products.
    - SSSD obfuscated passwords and Jenkins {AQAAAB..} secrets are reversible
      by someone holding the (embedded / master) key; they are labelled
      negative because the brief lists obfuscated blobs as negatives.
    - {SSHA} rootpw hashes are labelled negative (offline-crackable, but not
      a usable credential).
"""
import base64
import hashlib
import json
import os
import random
import sys
import uuid

R = random.Random(0)

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
SYMS = "!@^*-_+=.:~?"
URLSAFE_SYMS = "-_.~"


def pick(seq):
    return R.choice(seq)


def rint(a, b):
    return R.randint(a, b)


def rstr(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def chance(p):
    return R.random() < p


WORDS = """amber anchor apple arctic aspen atlas autumn badger bamboo banjo
barley basil beacon birch bison blossom bluebird bramble breeze brook bronze
cactus canyon cedar cello chalk cherry cinder citrus clover cobalt comet coral
cosmos cotton cricket crystal cypress dahlia delta desert dingo dolphin dune
eagle ember falcon fennel fern fjord flint forest fossil fox garnet gecko
ginger glacier granite gravel harbor hazel heron hickory horizon husky indigo
iris ivory jade jasmine juniper kayak kestrel kiwi lagoon lantern larch lemon
lichen lilac linden lotus lynx magnet mango maple marble meadow melon mesa
meteor mint monsoon moss nectar nimbus nutmeg oak oasis ocean olive onyx orbit
orchid osprey otter panda papaya pebble pepper pine pixel plum polar poppy
prairie puffin quartz quill raven reef ridge river robin saffron sage salmon
sapphire sequoia shadow sierra silver sparrow spruce squall summit sunset swift
tamarind tango teal thistle thunder tiger timber topaz tulip tundra valley
velvet violet walnut willow winter yarrow zephyr zinnia""".split()
SEASONS = ["Spring", "Summer", "Autumn", "Fall", "Winter"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
BAD_SUBSTR = ["password", "passw0rd", "changeme", "example", "secret",
              "sample", "dummy", "test", "xxxx", "redacted", "placeholder",
              "your", "todo", "fixme", "admin"]

ORGS = ["northwind", "contoso", "fabrikam", "tailspin", "wingtip", "adatum",
        "litware", "proseware", "brightlake", "orbitalfoods", "kestrelbank",
        "bluepeak", "harborline", "greenfield", "redwoodlabs", "silverline",
        "ironbridge", "lumen", "acmecorp", "novatech", "meridian", "stellar",
        "vantage", "polaris", "quarry", "halcyon", "sundial", "pinecrest"]
TLDS = ["com", "net", "org", "io", "local", "corp", "internal", "lan", "eu",
        "co.uk", "de"]


class Ctx(object):
    """A random directory context (organisation, hosts, DNs, accounts)."""

    def __init__(self):
        self.org = pick(ORGS)
        tld = pick(TLDS)
        sub = pick(["", "", "", "corp.", "ad.", "int.", "hq."])
        self.domain = sub + self.org + "." + tld
        parts = self.domain.split(".")
        self.ad = chance(0.5)
        if self.ad:
            self.base = ",".join("DC=" + p for p in parts)
        else:
            self.base = ",".join("dc=" + p for p in parts)
        self.realm = self.domain.upper()
        self.netbios = parts[0].upper()[:15] if sub == "" else parts[1].upper()[:15]
        self.host = pick(["ldap", "ldap01", "ldap-ro", "dc01", "dc02", "ad",
                          "idm", "directory", "ds1", "ipa", "ldap-prod",
                          "adc1"]) + "." + self.domain
        self.host2 = pick(["ldap02", "dc03", "ldap-bkp", "ds2", "adc2"]) + "." + self.domain
        self.port = pick([389, 636, 636, 3268, 3269, 389])
        self.scheme = "ldaps" if self.port in (636, 3269) else "ldap"
        self.url = "%s://%s:%d" % (self.scheme, self.host, self.port)
        self.svc = pick(["svc-ldap-ro", "svc_ldapbind", "ldapbind", "sa-ldap-reader",
                         "svc.directory", "binduser", "ldap-proxy", "svc-ldap-lookup",
                         "readonly", "ldapsearch", "svc_idm_sync", "svc-auth"])
        self.app = pick(["gitlab", "grafana", "jenkins", "keycloak", "harbor",
                         "nexus", "sonar", "vault", "wiki", "portal", "crm",
                         "helpdesk", "billing", "intranet"])
        self.user_ou = pick(["ou=people", "ou=users", "ou=People", "ou=Staff",
                             "ou=accounts", "ou=employees"])
        self.group_ou = pick(["ou=groups", "ou=Groups", "ou=roles", "ou=teams"])
        self.svc_ou = pick(["ou=services", "ou=Service Accounts", "ou=system",
                            "ou=apps", "ou=ServiceAccounts", "ou=bind"])
        if self.ad:
            self.user_ou = self.user_ou.replace("ou=", "OU=").title().replace("Ou=", "OU=")
            self.group_ou = self.group_ou.replace("ou=", "OU=").title().replace("Ou=", "OU=")
            self.svc_ou = self.svc_ou.replace("ou=", "OU=")
            self.bind_dn = "CN=%s,%s,%s" % (self.svc, self.svc_ou, self.base)
        else:
            self.bind_dn = "cn=%s,%s,%s" % (self.svc, self.svc_ou, self.base)
        self.upn = "%s@%s" % (self.svc, self.domain)
        self.users_dn = "%s,%s" % (self.user_ou, self.base)
        self.groups_dn = "%s,%s" % (self.group_ou, self.base)
        self.uid_attr = "sAMAccountName" if self.ad else "uid"
        self.ufilter = ("(&(objectClass=user)(sAMAccountName=%s))" if self.ad
                        else "(&(objectClass=inetOrgPerson)(uid=%s))")
        self.admin_group = pick(["app-admins", "platform-admins", "ops", "sre",
                                 "it-admins", "devops", "engineering-leads"])
        self.env_name = pick(["LDAP_BIND_PASSWORD", "LDAP_BIND_PW", "LDAP_PASSWORD",
                              "BIND_PASSWORD", "LDAP_BINDPW", "AD_BIND_PASSWORD",
                              "LDAP_MANAGER_PASSWORD"])
        self.cacert = pick(["/etc/ssl/certs/ca-certificates.crt",
                            "/etc/pki/tls/certs/ca-bundle.crt",
                            "/etc/openldap/certs/corp-root-ca.pem",
                            "/usr/local/share/ca-certificates/%s-ca.crt" % self.org])


def person():
    first = pick(["anna", "ben", "carla", "dmitri", "elena", "farid", "grace",
                  "hiro", "ines", "jonas", "kofi", "lena", "marco", "nadia",
                  "oscar", "priya", "quentin", "rosa", "sven", "tariq", "uma",
                  "victor", "wen", "yusuf", "zoe"])
    last = pick(["schmidt", "okafor", "nguyen", "garcia", "kowalski", "tanaka",
                 "haddad", "johansson", "rossi", "dubois", "silva", "murphy",
                 "ivanova", "patel", "moreau", "fischer", "lindqvist", "novak"])
    return first, last


def uuid4s():
    b = bytearray(rbytes(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sid(rid=None):
    return "S-1-5-21-%d-%d-%d-%d" % (rint(100000000, 4294967295),
                                     rint(100000000, 4294967295),
                                     rint(100000000, 4294967295),
                                     rid if rid is not None else rint(1100, 99999))


def sha1_fp():
    return ":".join(rstr("0123456789ABCDEF", 2) for _ in range(20))


def sha256_fp(sep=":"):
    return sep.join(rstr("0123456789ABCDEF", 2) for _ in range(32))


def serial_hex():
    return ":".join(rstr("0123456789abcdef", 2) for _ in range(rint(16, 20)))


def ssha_hash():
    salt = rbytes(pick([4, 8]))
    dig = hashlib.sha1(rbytes(12) + salt).digest()
    return "{SSHA}" + b64(dig + salt)


def ssha512_hash():
    salt = rbytes(8)
    return "{SSHA512}" + b64(hashlib.sha512(rbytes(12) + salt).digest() + salt)


def crypt_hash():
    alpha = "./" + DIG + UP + LOW
    return "{CRYPT}$6$%s$%s" % (rstr(alpha, 16), rstr(alpha, 86))


def pbkdf2_hash():
    ab64 = lambda b: b64(b).rstrip("=").replace("+", ".")
    return "{PBKDF2-SHA512}%d$%s$%s" % (pick([10000, 60000, 100000]),
                                        ab64(rbytes(16)), ab64(rbytes(64)))


def bcrypt_hash():
    alpha = "./" + UP + LOW + DIG
    return "$2%s$%02d$%s" % (pick(["a", "b", "y"]), pick([10, 11, 12]), rstr(alpha, 53))


def argon2_hash():
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (
        b64(rbytes(16)).rstrip("="), b64(rbytes(32)).rstrip("="))


def sssd_obf_blob():
    ctlen = pick([16, 32, 48])
    buf = (0).to_bytes(2, "little") + ctlen.to_bytes(2, "little") + rbytes(32) + \
        rbytes(16) + rbytes(ctlen) + b"\x00\x01\x00\x01"
    return b64(buf)


def jenkins_secret():
    n = pick([16, 32, 48])
    buf = b"\x01" + (16).to_bytes(4, "big") + n.to_bytes(4, "big") + rbytes(16) + rbytes(n)
    return "{" + b64(buf) + "}"


def pem_body(nbytes):
    s = b64(rbytes(nbytes))
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def rsa_pub_b64():
    # SubjectPublicKeyInfo for RSA-2048 starts with MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(rbytes(256))[:342] + "IDAQAB"


def ts(year=None):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (year or rint(2021, 2025), rint(1, 12), rint(1, 28),
                                             rint(0, 23), rint(0, 59), rint(0, 59))


def gitsha():
    return rstr(HEX, 40)


# --------------------------------------------------------------------------
# password generation
# --------------------------------------------------------------------------
def _cap(w):
    return w[0].upper() + w[1:]


def _leet(w):
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
    return "".join(table.get(c, c) if chance(0.5) else c for c in w)


def pw_human(syms):
    p = rint(0, 7)
    s = pick(syms) if syms else ""
    if p == 0:
        return pick(SEASONS) + str(rint(2016, 2025)) + s
    if p == 1:
        return _cap(pick(WORDS)) + _cap(pick(WORDS)) + str(rint(1, 999)) + s
    if p == 2:
        return _cap(_leet(pick(WORDS) + pick(WORDS))) + s + str(rint(10, 99))
    if p == 3:
        sep = pick([x for x in "-._" if x in syms] or [""])
        return sep.join(pick(WORDS) for _ in range(rint(3, 4))) + sep + str(rint(1, 99))
    if p == 4:
        return _cap(pick(ORGS)) + s + pick(["Ldap", "Bind", "Dir", "AD", "Svc"]) + str(rint(2018, 2025))
    if p == 5:
        return pick(MONTHS) + s + str(rint(1, 31)) + _cap(pick(WORDS))
    if p == 6:
        return _cap(pick(WORDS)) + s + _cap(pick(WORDS)) + s + str(rint(100, 9999))
    return "".join(_cap(pick(WORDS)) for _ in range(2)) + str(rint(1970, 2025)) + s


def pw_generated(syms, lo=16, hi=32):
    n = rint(lo, hi)
    alpha = ALNUM * 3 + syms
    while True:
        p = rstr(alpha, n)
        if any(c in LOW for c in p) and any(c in UP for c in p) and any(c in DIG for c in p):
            return p


def pw_b64(syms):
    p = b64(rbytes(pick([18, 24, 24, 30, 33])))
    if "/" not in syms:
        p = p.replace("/", pick(DIG))
    if "+" not in syms:
        p = p.replace("+", pick(LOW))
    if "=" not in syms:
        p = p.rstrip("=")
    return p


def pw_pwgen():
    return "".join(pick("bcdfghjklmnprstvwxz") + pick("aeiou") + pick(DIG + "bcdfghjklmnprstvz")
                   for _ in range(rint(4, 6)))


def make_pw(kind, syms=SYMS):
    while True:
        if kind == "bind-password-human":
            p = pw_human(syms)
        elif kind == "bind-password-generated":
            p = pick([pw_generated, pw_generated, pw_b64, lambda s: pw_pwgen(),
                      lambda s: rstr(HEX, rint(24, 40))])(syms)
        elif kind == "service-account-password":
            p = pick([lambda s: pw_generated(s, 20, 40), pw_b64, pw_human])(syms)
        elif kind == "ad-join-password":
            p = pick([lambda s: pw_generated(s, 14, 24), pw_human])(syms)
        else:  # ldaps-key-passphrase
            sep = pick([c for c in "-._" if c in syms] or ["-"])
            p = pick([lambda s: sep.join(pick(WORDS) for _ in range(rint(4, 6))),
                      lambda s: pw_generated(s, 20, 32), pw_b64])(syms)
        low = p.lower()
        if len(p) >= 10 and not any(b in low for b in BAD_SUBSTR):
            return p


def fake_cert():
    s = "MII" + pick("DEF") + b64(rbytes(rint(700, 900)))
    lines = "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
    return "-----BEGIN CERTIFICATE-----\n" + lines + "\n-----END CERTIFICATE-----"


# --------------------------------------------------------------------------
# literals and non-secret fillers
# --------------------------------------------------------------------------
DQ_LANGS = ("java", "cs", "json", "toml", "ps1", "hcl", "go", "groovy")
SQ_LANGS = ("rb", "sh", "php")
RAW_LANGS = ("conf", "raw", "xml", "props", "md", "nginx", "ini", "ldif", "sql")


def lit(lang, s):
    if lang in DQ_LANGS:
        return '"%s"' % s
    if lang in SQ_LANGS:
        return "'%s'" % s
    if lang in ("py", "js"):
        return pick(["'%s'", '"%s"']) % s
    if lang == "yaml":
        if s and s[0].isalnum() and ":" not in s and "{" not in s and \
                not all(ch in HEX + "E" for ch in s) and chance(0.3):
            return s
        return pick(["'%s'", '"%s"']) % s
    return s


PLACEHOLDERS = ["<bind-password>", "<your-ldap-password>", "<LDAP_BIND_PASSWORD>",
                "CHANGE_ME", "changeme", "REPLACE_ME", "YOUR_PASSWORD_HERE",
                "xxxxxxxxxxxx", "XXXXXXXX", "<password>", "__LDAP_BIND_PW__",
                "@@LDAP_BIND_PASSWORD@@", "TODO-set-in-vault", "<set me>",
                "your_bind_password", "PUT_PASSWORD_HERE", "...", "<redacted>"]
MASKS = ["********", "**********", "[REDACTED]", "<hidden>", "****", "•••••••",
         "REDACTED", "(hidden)", "[MASKED]"]
DOC_EXAMPLES = ["secret", "password", "grafana", "your_password", "admin",
                "ourverygoodadminpassword", "Not@SecurePassw0rd"]


def env_expr(lang, env):
    low = env.lower()
    if lang == "py":
        return pick(['os.environ["%s"]' % env, 'os.getenv("%s")' % env,
                     'os.environ.get("%s", "")' % env, 'settings.%s' % env,
                     'get_secret("ldap/%s")' % low])
    if lang == "java":
        return pick(['System.getenv("%s")' % env, 'props.getProperty("ldap.bind.password")',
                     'config.getString("ldap.password")'])
    if lang == "groovy":
        return pick(['System.getenv("%s")' % env, "env.%s" % env])
    if lang == "cs":
        return pick(['Environment.GetEnvironmentVariable("%s")' % env,
                     '_config["Ldap:BindPassword"]', 'options.Value.BindPassword'])
    if lang == "php":
        return pick(["getenv('%s')" % env, "$_ENV['%s']" % env, "env('%s')" % env])
    if lang == "ps1":
        return pick(["$env:%s" % env, "(Get-Secret -Name %s -AsPlainText)" % low.replace("_", "-")])
    if lang == "rb":
        return pick(["ENV['%s']" % env, "ENV.fetch('%s')" % env])
    if lang == "sh":
        return pick(['"$%s"' % env, '"${%s:?unset}"' % env,
                     '"$(cat /run/secrets/%s)"' % low,
                     '"$(vault kv get -field=password secret/ldap/bind)"'])
    if lang == "go":
        return 'os.Getenv("%s")' % env
    if lang == "js":
        return pick(["process.env.%s" % env, "process.env['%s']" % env, "config.ldap.bindPassword"])
    if lang == "hcl":
        return pick(["var.%s" % low, 'data.vault_kv_secret_v2.ldap.data["bindpass"]'])
    return lit(lang, pick(["${%s}" % env, "$%s" % env, "${env:%s}" % env]))


CODE_REFS = {
    "py": ['vault.secrets.kv.v2.read_secret_version(path="ldap/bind")["data"]["data"]["password"]',
           'keyring.get_password("ldap", "svc-bind")', 'secrets_client.get_secret_value(SecretId="ldap/bind")["SecretString"]'],
    "java": ['secretClient.getSecret("ldap-bind-password").getValue()', 'vault.logical().read("secret/ldap").getData().get("bindpw")'],
    "groovy": ['hudson.util.Secret.toString(credentials("ldap-bind"))'],
    "cs": ['secretClient.GetSecret("ldap-bind-password").Value.Value', 'Configuration["Ldap:BindPassword"]'],
    "php": ["$secrets->get('ldap/bind')", "Vault::read('secret/ldap')['password']"],
    "ps1": ["(Get-Secret -Name LdapBind -AsPlainText)", "(Get-AzKeyVaultSecret -VaultName kv-ops -Name ldap-bind -AsPlainText)"],
    "rb": ["Rails.application.credentials.dig(:ldap, :password)", "Vault.logical.read('secret/ldap').data[:password]"],
    "sh": ['"$(vault kv get -field=password secret/ldap/bind)"', '"$(op read op://Infra/ldap-bind/password)"',
           '"$(aws secretsmanager get-secret-value --secret-id ldap/bind --query SecretString --output text)"'],
    "go": ["cfg.BindPassword", "secrets.MustGet(\"ldap/bind\")"],
    "js": ["secrets.ldapBindPassword", "config.get('ldap.bindPassword')"],
    "hcl": ['data.vault_kv_secret_v2.ldap.data["bindpass"]', "data.aws_secretsmanager_secret_version.ldap.secret_string"],
}


def ref_expr(lang, env):
    low = env.lower()
    if lang in CODE_REFS:
        return pick(CODE_REFS[lang])
    s = pick(["vault:secret/data/ldap/bind#password", "op://Infrastructure/ldap-bind/password",
              "{{ vault_%s }}" % low, "${vault.ldap_bind_password}",
              "arn:aws:secretsmanager:eu-west-1:%d:secret:ldap/bind-%s" % (rint(10**11, 10**12 - 1), rstr(ALNUM, 6)),
              "{{ .Values.ldap.bindPassword }}", "<%%= ENV['%s'] %%>" % env,
              "${{ secrets.%s }}" % env, "ENC[vault:ldap/bind]", "{{ lookup('env', '%s') }}" % env,
              "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/ldap-bind/)" % pick(ORGS)])
    return lit(lang, s)


def neg_token(lang, env, mode):
    if mode == "placeholder":
        return lit(lang, pick(PLACEHOLDERS))
    if mode == "empty":
        return lit(lang, "")
    if mode == "masked":
        return lit(lang, pick(MASKS))
    if mode == "env_ref":
        return env_expr(lang, env)
    if mode == "secret_ref":
        return ref_expr(lang, env)
    if mode == "doc_example":
        return lit(lang, pick(DOC_EXAMPLES))
    if mode == "ssha":
        return lit(lang, pick([ssha_hash, ssha_hash, crypt_hash, pbkdf2_hash, ssha512_hash])())
    if mode == "sssd_obf":
        return sssd_obf_blob()
    if mode == "jenkins_enc":
        return lit(lang, jenkins_secret())
    if mode == "keycloak_mask":
        return lit(lang, "**********")
    if mode == "exec":
        return lit(lang, pick(["exec:/usr/local/sbin/ldap-bindpw", "exec:/bin/cat /etc/httpd/ldap.pw",
                               "exec:/opt/scripts/fetch-secret.sh ldap-bind"]))
    if mode == "grafana_file":
        return lit(lang, pick(["$__file{/etc/secrets/ldap_bind_password}", "$__env{%s}" % env,
                               "$__vault{kv:secret/ldap:password}"]))
    if mode == "nexus_mask":
        return lit(lang, "#~NXRM~PLACEHOLDER~PASSWORD~#")
    raise ValueError(mode)


GENERIC_MODES = ["placeholder", "placeholder", "empty", "masked", "env_ref", "env_ref",
                 "secret_ref", "secret_ref", "doc_example"]

# --------------------------------------------------------------------------
# template registry
# --------------------------------------------------------------------------
POS = []
NEG = []
KALL = ["bind-password-human", "bind-password-generated", "service-account-password"]
KJOIN = ["ad-join-password"]
KKEY = ["ldaps-key-passphrase"]


def ptpl(provider, lang, kinds=None, syms=SYMS, specials=(), weight=1.0, nogeneric=()):
    def deco(fn):
        POS.append(dict(fn=fn, provider=provider, lang=lang, kinds=kinds or KALL,
                        syms=syms, specials=list(specials), weight=weight,
                        name=fn.__name__, nogeneric=list(nogeneric)))
        return fn
    return deco


def ntpl(provider, kind):
    def deco(fn):
        NEG.append(dict(fn=fn, provider=provider, kind=kind, name=fn.__name__))
        return fn
    return deco


def J(*lines):
    return "\n".join(lines) + "\n"


def hdr(c, what="Managed by configuration management; local edits are overwritten."):
    return "# %s\n# %s\n" % (what, pick(["Owner: platform-team", "Ticket: OPS-%d" % rint(100, 9999),
                                         "Last reviewed %s" % ts()[:10], "See docs/ldap.md"]))


# --------------------------------------------------------------------------
# POSITIVE TEMPLATES (also used for slot-variant negatives)
#   fn(V, mode) -> (relpath, text); V is the literal/expression to insert.
# --------------------------------------------------------------------------
@ptpl("sssd", "conf", specials=["sssd_obf"])
def t_sssd(V, mode):
    c = Ctx()
    typ = "obfuscated_password" if mode == "sssd_obf" else "password"
    path = pick(["etc/sssd/sssd.conf", "roles/sssd/files/sssd.conf",
                 "ansible/roles/ldap-client/templates/sssd.conf.j2", "images/base/sssd.conf"])
    return path, hdr(c) + J(
        "[sssd]", "config_file_version = 2", "services = nss, pam, sudo",
        "domains = %s" % c.domain, "",
        "[nss]", "filter_users = root,ldap,named,avahi,haldaemon,dbus",
        "homedir_substring = /home", "",
        "[domain/%s]" % c.domain, "id_provider = ldap", "auth_provider = ldap",
        "chpass_provider = ldap", "ldap_uri = %s, %s://%s" % (c.url, c.scheme, c.host2),
        "ldap_search_base = %s" % c.base,
        "ldap_user_search_base = %s" % c.users_dn,
        "ldap_group_search_base = %s" % c.groups_dn,
        "ldap_default_bind_dn = %s" % c.bind_dn,
        "ldap_default_authtok_type = %s" % typ,
        "ldap_default_authtok = %s" % V,
        "ldap_tls_reqcert = demand", "ldap_tls_cacert = %s" % c.cacert,
        "ldap_id_use_start_tls = %s" % pick(["true", "false"]),
        "cache_credentials = True", "enumerate = false",
        "entry_cache_timeout = %d" % pick([600, 5400, 3600]),
        "access_provider = ldap",
        "ldap_access_filter = (memberOf=cn=%s,%s)" % (c.admin_group, c.groups_dn))


@ptpl("sssd", "conf", specials=["sssd_obf"])
def t_sssd_ad(V, mode):
    c = Ctx()
    typ = "obfuscated_password" if mode == "sssd_obf" else "password"
    return pick(["etc/sssd/conf.d/10-ad-ldap.conf", "provisioning/sssd/ad-ldap.conf"]), J(
        "# AD reached over plain LDAP (no machine account on these hosts)",
        "[domain/%s]" % c.realm.lower(),
        "id_provider = ldap", "auth_provider = krb5",
        "krb5_realm = %s" % c.realm, "krb5_server = %s" % c.host,
        "ldap_schema = ad", "ldap_id_mapping = True",
        "ldap_referrals = false",
        "ldap_uri = ldap://%s:3268" % c.host,
        "ldap_search_base = %s" % c.base,
        "ldap_default_bind_dn = %s" % c.upn,
        "ldap_default_authtok_type = %s" % typ,
        "ldap_default_authtok = %s" % V,
        "ldap_user_object_class = user", "ldap_group_object_class = group",
        "ldap_user_home_directory = unixHomeDirectory",
        "fallback_homedir = /home/%u", "default_shell = /bin/bash")


@ptpl("nslcd", "conf")
def t_nslcd(V, mode):
    c = Ctx()
    return pick(["etc/nslcd.conf", "roles/nss-ldap/files/nslcd.conf", "docker/ldap-client/nslcd.conf"]), J(
        "# /etc/nslcd.conf", "# nslcd configuration file. See nslcd.conf(5)", "",
        "uid nslcd", "gid %s" % pick(["nslcd", "ldap"]), "",
        "uri %s" % c.url, "uri %s://%s" % (c.scheme, c.host2), "",
        "base %s" % c.base, "base passwd %s" % c.users_dn, "base group %s" % c.groups_dn, "",
        "# The LDAP protocol version to use.", "#ldap_version 3", "",
        "binddn %s" % c.bind_dn, "bindpw %s" % V, "",
        "# rootpwmoddn cn=admin,%s" % c.base, "",
        "ssl %s" % pick(["on", "start_tls"]), "tls_reqcert demand", "tls_cacertfile %s" % c.cacert, "",
        "scope sub", "timelimit 30", "bind_timelimit 10", "idle_timelimit 3600",
        "nss_initgroups_ignoreusers ALLLOCAL")


@ptpl("pam_ldap", "raw", nogeneric=["empty"])
def t_ldap_secret(V, mode):
    return pick(["roles/ldap-client/files/ldap.secret", "files/etc/ldap.secret",
                 "overlay/etc/ldap.secret", "deploy/host/etc/ldap.secret"]), V + "\n"


@ptpl("libnss-ldap", "conf")
def t_libnss(V, mode):
    c = Ctx()
    return pick(["etc/libnss-ldap.conf", "etc/pam_ldap.conf", "roles/ldap/templates/pam_ldap.conf"]), J(
        "###DEBCONF###", "# Your LDAP server. Must be resolvable without using LDAP.",
        "uri %s" % c.url, "ldap_version 3",
        "base %s" % c.base,
        "# rootbinddn: password for this DN is read from /etc/ldap.secret",
        "rootbinddn cn=admin,%s" % c.base,
        "binddn %s" % c.bind_dn, "bindpw %s" % V,
        "pam_password %s" % pick(["md5", "exop", "crypt"]),
        "nss_base_passwd %s?one" % c.users_dn, "nss_base_group %s?one" % c.groups_dn,
        "ssl start_tls", "tls_checkpeer yes", "tls_cacertfile %s" % c.cacert)


@ptpl("openldap", "conf", specials=["ssha", "ssha"])
def t_slapd_conf(V, mode):
    c = Ctx()
    return pick(["etc/openldap/slapd.conf", "docker/openldap/slapd.conf", "test/fixtures/slapd.conf"]), J(
        "# See slapd.conf(5) for details on configuration options.",
        "include		/etc/openldap/schema/core.schema",
        "include		/etc/openldap/schema/cosine.schema",
        "include		/etc/openldap/schema/inetorgperson.schema",
        "include		/etc/openldap/schema/nis.schema", "",
        "pidfile		/var/run/openldap/slapd.pid",
        "argsfile	/var/run/openldap/slapd.args",
        "modulepath	/usr/lib/openldap", "moduleload	back_mdb.la", "",
        "TLSCACertificateFile %s" % c.cacert,
        "TLSCertificateFile /etc/openldap/certs/%s.crt" % c.host,
        "TLSCertificateKeyFile /etc/openldap/certs/%s.key" % c.host, "",
        "database	mdb", "maxsize		1073741824",
        'suffix		"%s"' % c.base.lower(),
        'rootdn		"cn=Manager,%s"' % c.base.lower(),
        "# Cleartext passwords, especially for the rootdn, should be avoided.",
        "rootpw		%s" % V,
        "directory	/var/lib/openldap/openldap-data",
        "index	objectClass	eq", "index	uid,memberUid	eq,pres,sub", "",
        "access to attrs=userPassword", "	by self write", "	by anonymous auth", "	by * none",
        "access to *", "	by * read")


@ptpl("openldap", "ldif", specials=["ssha", "ssha"])
def t_olc_ldif(V, mode):
    c = Ctx()
    return pick(["ldap/bootstrap/01-rootpw.ldif", "config/ldif/olc-mdb.ldif", "docker/slapd/init/db.ldif"]), J(
        "# apply with: ldapmodify -Y EXTERNAL -H ldapi:/// -f %s" % pick(["01-rootpw.ldif", "db.ldif"]),
        "dn: olcDatabase={1}mdb,cn=config", "changetype: modify",
        "replace: olcSuffix", "olcSuffix: %s" % c.base.lower(), "-",
        "replace: olcRootDN", "olcRootDN: cn=admin,%s" % c.base.lower(), "-",
        "replace: olcRootPW", "olcRootPW: %s" % V, "-",
        "replace: olcDbIndex", "olcDbIndex: uid eq,pres", "")


@ptpl("gitlab", "yaml")
def t_gitlab_rb(V, mode):
    c = Ctx()
    return pick(["config/gitlab.rb", "omnibus/gitlab.rb", "roles/gitlab/templates/gitlab.rb.j2"]), J(
        "external_url 'https://gitlab.%s'" % c.domain,
        "gitlab_rails['time_zone'] = '%s'" % pick(["UTC", "Europe/Berlin", "America/New_York"]),
        "gitlab_rails['gitlab_email_from'] = 'gitlab@%s'" % c.domain, "",
        "### LDAP Settings",
        "###! Docs: https://docs.gitlab.com/omnibus/settings/ldap.html",
        "gitlab_rails['ldap_enabled'] = true",
        "gitlab_rails['prevent_ldap_sign_in'] = false",
        "gitlab_rails['ldap_servers'] = YAML.load <<-'EOS'",
        "  main: # 'main' is the GitLab 'provider ID' of this LDAP server",
        "    label: '%s'" % pick(["LDAP", "Corporate AD", "Company SSO"]),
        "    host: '%s'" % c.host, "    port: %d" % c.port,
        "    uid: '%s'" % c.uid_attr,
        "    bind_dn: '%s'" % c.bind_dn,
        "    password: %s" % V,
        "    encryption: '%s'" % ("simple_tls" if c.port in (636, 3269) else pick(["start_tls", "plain"])),
        "    verify_certificates: true",
        "    active_directory: %s" % ("true" if c.ad else "false"),
        "    allow_username_or_email_login: false",
        "    block_auto_created_users: false",
        "    base: '%s'" % c.users_dn,
        "    user_filter: ''",
        "    group_base: '%s'" % c.groups_dn,
        "    admin_group: '%s'" % c.admin_group,
        "EOS", "",
        "nginx['redirect_http_to_https'] = true",
        "prometheus_monitoring['enable'] = %s" % pick(["true", "false"]))


@ptpl("gitlab", "rb")
def t_gitlab_rb_flat(V, mode):
    c = Ctx()
    return pick(["gitlab/gitlab.rb", "chef/cookbooks/gitlab/files/gitlab.rb"]), J(
        "## GitLab configuration settings (legacy single-server LDAP keys)",
        "external_url 'https://git.%s'" % c.domain,
        "gitlab_rails['ldap_enabled'] = true",
        "gitlab_rails['ldap_host'] = '%s'" % c.host,
        "gitlab_rails['ldap_port'] = %d" % c.port,
        "gitlab_rails['ldap_uid'] = '%s'" % c.uid_attr,
        "gitlab_rails['ldap_method'] = '%s'" % pick(["ssl", "tls", "plain"]),
        "gitlab_rails['ldap_bind_dn'] = '%s'" % c.bind_dn,
        "gitlab_rails['ldap_password'] = %s" % V,
        "gitlab_rails['ldap_allow_username_or_email_login'] = true",
        "gitlab_rails['ldap_base'] = '%s'" % c.base,
        "gitlab_rails['backup_keep_time'] = %d" % pick([604800, 172800]))


@ptpl("gitlab", "yaml")
def t_gitlab_yml(V, mode):
    c = Ctx()
    return pick(["config/gitlab.yml", "gitlab/config/gitlab.yml"]), J(
        "production: &base", "  gitlab:", "    host: gitlab.%s" % c.domain, "    port: 443", "    https: true",
        "  ldap:", "    enabled: true", "    prevent_ldap_sign_in: false", "    servers:",
        "      main:", "        label: 'LDAP'", "        host: '%s'" % c.host, "        port: %d" % c.port,
        "        uid: '%s'" % c.uid_attr, "        encryption: 'simple_tls'",
        "        bind_dn: '%s'" % c.bind_dn, "        password: %s" % V,
        "        timeout: 10", "        active_directory: %s" % str(c.ad).lower(),
        "        base: '%s'" % c.users_dn, "        lowercase_usernames: true",
        "        attributes:", "          username: ['uid', 'userid', 'sAMAccountName']",
        "          email: ['mail', 'email', 'userPrincipalName']", "          name: 'cn'")


@ptpl("grafana", "toml", specials=["grafana_file"])
def t_grafana_toml(V, mode):
    c = Ctx()
    return pick(["grafana/ldap.toml", "conf/ldap.toml", "monitoring/grafana/provisioning/ldap.toml",
                 "etc/grafana/ldap.toml"]), J(
        "# To troubleshoot and get more log info enable ldap debug logging in grafana.ini",
        "# [log]", "# filters = ldap:debug", "",
        "[[servers]]", 'host = "%s"' % c.host, "port = %d" % c.port,
        "use_ssl = %s" % ("true" if c.port in (636, 3269) else "false"),
        "start_tls = %s" % ("false" if c.port in (636, 3269) else "true"),
        "ssl_skip_verify = false", 'root_ca_cert = "%s"' % c.cacert, "",
        "# Search user bind dn", 'bind_dn = "%s"' % c.bind_dn,
        "# Search user bind password", "bind_password = %s" % V, "",
        'search_filter = "(%s=%%s)"' % c.uid_attr,
        'search_base_dns = ["%s"]' % c.users_dn, "",
        "[servers.attributes]", 'name = "givenName"', 'surname = "sn"',
        'username = "%s"' % c.uid_attr, 'member_of = "memberOf"', 'email =  "mail"', "",
        "[[servers.group_mappings]]", 'group_dn = "cn=%s,%s"' % (c.admin_group, c.groups_dn),
        'org_role = "Admin"', "grafana_admin = true", "",
        "[[servers.group_mappings]]", 'group_dn = "*"', 'org_role = "Viewer"')


@ptpl("grafana", "toml")
def t_grafana_helm(V, mode):
    c = Ctx()
    return pick(["charts/monitoring/values.yaml", "deploy/grafana/values-prod.yaml", "helm/grafana-values.yaml"]), J(
        "grafana:", "  replicas: %d" % rint(1, 3),
        "  ingress:", "    enabled: true", "    hosts:", "      - grafana.%s" % c.domain,
        "  grafana.ini:", "    auth.ldap:", "      enabled: true", "      allow_sign_up: true",
        "      config_file: /etc/grafana/ldap.toml",
        "  ldap:", "    enabled: true", "    existingSecret: \"\"", "    config: |-",
        "      verbose_logging = false", "      [[servers]]",
        '      host = "%s"' % c.host, "      port = %d" % c.port,
        "      use_ssl = true", "      start_tls = false",
        '      bind_dn = "%s"' % c.bind_dn, "      bind_password = %s" % V,
        '      search_filter = "(sAMAccountName=%s)"', '      search_base_dns = ["%s"]' % c.base,
        "      [servers.attributes]", '      email = "mail"', '      username = "sAMAccountName"',
        "  persistence:", "    enabled: true", "    size: 10Gi")


@ptpl("jenkins", "xml", specials=["jenkins_enc", "jenkins_enc"])
def t_jenkins_xml(V, mode):
    c = Ctx()
    return pick(["jenkins_home/config.xml", "jenkins/config.xml", "backup/jenkins/config.xml"]), J(
        "<?xml version='1.1' encoding='UTF-8'?>", "<hudson>", "  <disabledAdministrativeMonitors/>",
        "  <version>2.%d.%d</version>" % (rint(300, 440), rint(1, 3)),
        "  <numExecutors>%d</numExecutors>" % rint(0, 4), "  <mode>NORMAL</mode>",
        "  <useSecurity>true</useSecurity>",
        '  <authorizationStrategy class="hudson.security.ProjectMatrixAuthorizationStrategy"/>',
        '  <securityRealm class="hudson.security.LDAPSecurityRealm" plugin="ldap@%d.v%s">' % (rint(700, 760), rstr(HEX, 12)),
        "    <disableMailAddressResolver>false</disableMailAddressResolver>",
        "    <configurations>", "      <jenkins.security.plugins.ldap.LDAPConfiguration>",
        "        <server>%s</server>" % c.url, "        <rootDN>%s</rootDN>" % c.base,
        "        <inhibitInferRootDN>false</inhibitInferRootDN>",
        "        <userSearchBase>%s</userSearchBase>" % c.user_ou,
        "        <userSearch>%s={0}</userSearch>" % c.uid_attr,
        "        <groupSearchBase>%s</groupSearchBase>" % c.group_ou,
        "        <managerDN>%s</managerDN>" % c.bind_dn,
        "        <managerPasswordSecret>%s</managerPasswordSecret>" % V,
        "        <displayNameAttributeName>displayname</displayNameAttributeName>",
        "        <mailAddressAttributeName>mail</mailAddressAttributeName>",
        "        <ignoreIfUnavailable>false</ignoreIfUnavailable>",
        "      </jenkins.security.plugins.ldap.LDAPConfiguration>", "    </configurations>",
        "    <disableRolePrefixing>true</disableRolePrefixing>", "  </securityRealm>",
        "  <workspaceDir>${JENKINS_HOME}/workspace/${ITEM_FULL_NAME}</workspaceDir>",
        "  <slaveAgentPort>50000</slaveAgentPort>", "</hudson>")


@ptpl("jenkins", "yaml")
def t_jcasc(V, mode):
    c = Ctx()
    return pick(["casc/jenkins.yaml", "jenkins/casc_configs/security.yaml", "jcasc/ldap.yaml"]), J(
        "jenkins:", '  systemMessage: "Jenkins configured automatically by JCasC"',
        "  securityRealm:", "    ldap:", "      configurations:",
        '        - server: "%s"' % c.url, '          rootDN: "%s"' % c.base,
        '          userSearchBase: "%s"' % c.user_ou, '          userSearch: "%s={0}"' % c.uid_attr,
        '          groupSearchBase: "%s"' % c.group_ou,
        '          managerDN: "%s"' % c.bind_dn,
        "          managerPasswordSecret: %s" % V,
        "          inhibitInferRootDN: false",
        "      cache:", "        size: 100", "        ttl: 300",
        "      userIdStrategy: CaseInsensitive", "      groupIdStrategy: CaseInsensitive",
        "  authorizationStrategy:", "    globalMatrix:", "      entries:",
        "        - group:", '            name: "%s"' % c.admin_group, "            permissions:",
        '              - "Overall/Administer"',
        "unclassified:", "  location:", '    url: "https://jenkins.%s/"' % c.domain)


@ptpl("jenkins", "yaml")
def t_jenkins_helm(V, mode):
    c = Ctx()
    return pick(["deploy/jenkins/values.yaml", "helm/values/jenkins-prod.yaml"]), J(
        "controller:", "  image:", '    tag: "2.%d.%d-lts-jdk17"' % (rint(400, 460), rint(1, 3)),
        "  adminUser: \"admin\"", "  installPlugins:", "    - ldap:%d.v%s" % (rint(700, 760), rstr(HEX, 12)),
        "    - configuration-as-code:%d.v%s" % (rint(1700, 1900), rstr(HEX, 12)),
        "  JCasC:", "    defaultConfig: true", "    configScripts:", "      ldap-settings: |",
        "        jenkins:", "          securityRealm:", "            ldap:", "              configurations:",
        "                - server: %s" % c.host, "                  rootDN: %s" % c.base,
        "                  managerDN: \"%s\"" % c.bind_dn,
        "                  managerPasswordSecret: %s" % V,
        "                  userSearch: \"%s={0}\"" % c.uid_attr,
        "  resources:", "    requests:", '      cpu: "500m"', '      memory: "2Gi"')


@ptpl("jenkins", "groovy")
def t_jenkins_groovy(V, mode):
    c = Ctx()
    return pick(["init.groovy.d/01-ldap.groovy", "jenkins/init.groovy.d/security.groovy"]), J(
        "import jenkins.model.*", "import hudson.security.*", "import hudson.util.Secret",
        "import jenkins.security.plugins.ldap.*", "",
        "def instance = Jenkins.getInstance()",
        "String server = '%s'" % c.url, "String rootDN = '%s'" % c.base,
        "String userSearchBase = '%s'" % c.user_ou, "String userSearch = '%s={0}'" % c.uid_attr,
        "String groupSearchBase = '%s'" % c.group_ou, "",
        "def ldapConf = new LDAPConfiguration(server, rootDN, false, '%s', Secret.fromString(%s))" % (c.bind_dn, V),
        "ldapConf.userSearchBase = userSearchBase", "ldapConf.userSearch = userSearch",
        "ldapConf.groupSearchBase = groupSearchBase", "",
        "def realm = new LDAPSecurityRealm([ldapConf], false, null, IdStrategy.CASE_INSENSITIVE, IdStrategy.CASE_INSENSITIVE)",
        "instance.setSecurityRealm(realm)", "instance.save()",
        'println "--> LDAP security realm configured for %s"' % c.host)


@ptpl("keycloak", "json", specials=["keycloak_mask", "keycloak_mask"])
def t_keycloak_json(V, mode):
    c = Ctx()
    realm = pick(["corp", "internal", c.org, "employees", "master"])
    cid = uuid4s()
    return pick(["keycloak/realms/%s-realm.json" % realm, "realm-export.json",
                 "deploy/keycloak/import/%s.json" % realm]), json.dumps({
        "id": uuid4s(), "realm": realm, "enabled": True, "sslRequired": "external",
        "components": {"org.keycloak.storage.UserStorageProvider": [{
            "id": cid, "name": pick(["ldap", "corp-ad", "active-directory"]),
            "providerId": "ldap", "subComponents": {},
            "config": {
                "vendor": ["ad" if c.ad else "other"], "connectionUrl": [c.url],
                "usersDn": [c.users_dn], "bindDn": [c.bind_dn],
                "bindCredential": ["@@V@@"], "authType": ["simple"],
                "usernameLDAPAttribute": [c.uid_attr], "rdnLDAPAttribute": ["cn" if c.ad else "uid"],
                "uuidLDAPAttribute": ["objectGUID" if c.ad else "entryUUID"],
                "userObjectClasses": ["person, organizationalPerson, user" if c.ad else "inetOrgPerson, organizationalPerson"],
                "editMode": [pick(["READ_ONLY", "WRITABLE", "UNSYNCED"])],
                "searchScope": ["2"], "useTruststoreSpi": ["always"], "connectionPooling": ["true"],
                "pagination": ["true"], "fullSyncPeriod": ["604800"], "changedSyncPeriod": ["86400"],
                "importEnabled": ["true"], "syncRegistrations": ["false"], "priority": ["0"],
                "enabled": ["true"]}}]},
        "defaultRoles": ["offline_access", "uma_authorization"]}, indent=2).replace('"@@V@@"', V) + "\n"


@ptpl("keycloak", "raw")
def t_keycloak_kcadm(V, mode):
    c = Ctx()
    return pick(["scripts/keycloak/add-ldap-federation.sh", "bin/kc-setup-ldap.sh"]), J(
        "#!/usr/bin/env bash", "set -euo pipefail",
        'KC=/opt/keycloak/bin/kcadm.sh', 'REALM="${1:-%s}"' % pick(["corp", "internal", c.org]), "",
        '$KC config credentials --server "https://sso.%s" --realm master --user "$KC_ADMIN" --password "$KC_ADMIN_PASSWORD"' % c.domain,
        "", '$KC create components -r "$REALM" \\',
        "  -s name=%s -s providerId=ldap -s providerType=org.keycloak.storage.UserStorageProvider \\" % pick(["ldap", "corp-ad"]),
        "  -s 'config.vendor=[\"%s\"]' \\" % ("ad" if c.ad else "other"),
        "  -s 'config.connectionUrl=[\"%s\"]' \\" % c.url,
        "  -s 'config.usersDn=[\"%s\"]' \\" % c.users_dn,
        "  -s 'config.bindDn=[\"%s\"]' \\" % c.bind_dn,
        "  -s 'config.bindCredential=[\"%s\"]' \\" % V,
        "  -s 'config.editMode=[\"READ_ONLY\"]' \\",
        "  -s 'config.usernameLDAPAttribute=[\"%s\"]'" % c.uid_attr, "",
        'echo "LDAP provider created in realm $REALM"')


@ptpl("apache-httpd", "raw", specials=["exec", "exec"])
def t_apache(V, mode):
    c = Ctx()
    q = '"' if chance(0.5) else ""
    return pick(["apache/sites-available/%s.conf" % c.app, "httpd/conf.d/ldap-auth.conf",
                 "docker/httpd/extra/httpd-ldap.conf"]), J(
        "LDAPTrustedGlobalCert CA_BASE64 %s" % c.cacert,
        "LDAPVerifyServerCert On", "",
        "<VirtualHost *:443>", "    ServerName %s.%s" % (c.app, c.domain),
        "    DocumentRoot /var/www/%s" % c.app, "",
        '    <Location "/">', "        AuthType Basic",
        '        AuthName "%s login"' % c.org.title(), "        AuthBasicProvider ldap",
        '        AuthLDAPURL "%s/%s?%s?sub?(objectClass=*)"' % (c.url, c.users_dn, c.uid_attr),
        '        AuthLDAPBindDN "%s"' % c.bind_dn,
        "        AuthLDAPBindPassword %s%s%s" % (q, V, q),
        "        AuthLDAPGroupAttributeIsDN on",
        '        Require ldap-group cn=%s,%s' % (c.admin_group, c.groups_dn),
        "    </Location>", "",
        "    SSLEngine on", "    SSLCertificateFile /etc/ssl/certs/%s.%s.pem" % (c.app, c.domain),
        "    SSLCertificateKeyFile /etc/ssl/private/%s.%s.key" % (c.app, c.domain),
        "</VirtualHost>")


@ptpl("nginx-auth-ldap", "nginx")
def t_nginx_auth_ldap(V, mode):
    c = Ctx()
    return pick(["nginx/conf.d/ldap.conf", "deploy/nginx/nginx.conf", "etc/nginx/sites-enabled/%s" % c.app]), J(
        "ldap_server %s {" % c.org, '    url "%s/%s?%s?sub?(objectClass=person)";' % (c.url, c.base, c.uid_attr),
        '    binddn "%s";' % c.bind_dn, "    binddn_passwd %s;" % V,
        "    group_attribute member;", "    group_attribute_is_dn on;", "    require valid_user;",
        "    satisfy all;", "}", "", "server {", "    listen 443 ssl;",
        "    server_name %s.%s;" % (c.app, c.domain),
        "    auth_ldap \"Restricted\";", "    auth_ldap_servers %s;" % c.org,
        "    location / {", "        proxy_pass http://127.0.0.1:%d;" % pick([3000, 8080, 9000]), "    }", "}")


@ptpl("nginx-ldap-auth", "raw")
def t_nginx_ldap_auth_hdr(V, mode):
    c = Ctx()
    return pick(["nginx/conf.d/auth.conf", "ops/nginx/ldap-auth.conf"]), J(
        "proxy_cache_path /var/cache/nginx/auth keys_zone=auth_cache:10m;", "",
        "server {", "    listen 8081;", "    location / {", "        auth_request /auth-proxy;",
        "        proxy_pass http://backend/;", "    }", "",
        "    location = /auth-proxy {", "        internal;",
        "        proxy_pass http://127.0.0.1:8888;", "        proxy_pass_request_body off;",
        '        proxy_set_header Content-Length "";', "        proxy_cache auth_cache;",
        "        proxy_cache_valid 200 10m;",
        '        proxy_set_header X-Ldap-URL      "%s";' % c.url,
        '        proxy_set_header X-Ldap-Starttls "%s";' % pick(["true", "false"]),
        '        proxy_set_header X-Ldap-BaseDN   "%s";' % c.users_dn,
        '        proxy_set_header X-Ldap-BindDN   "%s";' % c.bind_dn,
        '        proxy_set_header X-Ldap-BindPass "%s";' % V,
        '        proxy_set_header X-CookieName "nginxauth";',
        '        proxy_set_header Cookie nginxauth=$cookie_nginxauth;',
        '        proxy_set_header X-Ldap-Template "(%s=%%(username)s)";' % c.uid_attr,
        "    }", "}")


@ptpl("gitea", "sh")
def t_gitea_cli(V, mode):
    c = Ctx()
    return pick(["scripts/gitea/setup-auth.sh", "deploy/gitea/init-ldap.sh"]), J(
        "#!/bin/sh", "# Register the corporate directory as a Gitea/Forgejo auth source", "set -e", "",
        "su-exec git gitea admin auth add-ldap \\",
        '  --name "%s" \\' % pick(["corp-ldap", "Active Directory", c.org]),
        "  --security-protocol %s \\" % pick(["ldaps", "starttls", "unencrypted"]),
        "  --host %s --port %d \\" % (c.host, c.port),
        '  --bind-dn "%s" \\' % c.bind_dn, "  --bind-password %s \\" % V,
        '  --user-search-base "%s" \\' % c.users_dn,
        "  --user-filter '(&(objectClass=%s)(%s=%%s))' \\" % ("user" if c.ad else "inetOrgPerson", c.uid_attr),
        "  --admin-filter '(memberOf=cn=%s,%s)' \\" % (c.admin_group, c.groups_dn),
        "  --username-attribute %s --email-attribute mail \\" % c.uid_attr,
        "  --synchronize-users", "", "echo done")


@ptpl("gogs", "conf")
def t_gogs_auth(V, mode):
    c = Ctx()
    return pick(["custom/conf/auth.d/ldap_bind_dn.conf", "gogs/conf/auth.d/corp_ldap.conf"]), J(
        "# LDAP (BindDN) authentication source", "id           = %d" % rint(101, 120),
        "type         = ldap_bind_dn", "name         = %s" % pick(["Corp LDAP", "AD"]),
        "is_activated = true", "is_default   = true", "", "[config]",
        "host = %s" % c.host, "port = %d" % c.port,
        "# 0 - Unencrypted, 1 - LDAPS, 2 - StartTLS", "security_protocol = %d" % pick([1, 2]),
        "skip_verify = false", "bind_dn = %s" % c.bind_dn, "bind_password = %s" % V,
        "user_base = %s" % c.users_dn, "attribute_username = %s" % c.uid_attr,
        "attribute_name = givenName", "attribute_surname = sn", "attribute_mail = mail",
        "filter = (&(objectClass=%s)(%s=%%s))" % ("user" if c.ad else "posixAccount", c.uid_attr),
        "admin_filter = (memberOf=cn=%s,%s)" % (c.admin_group, c.groups_dn))


@ptpl("harbor", "raw")
def t_harbor_curl(V, mode):
    c = Ctx()
    return pick(["scripts/harbor/configure-ldap.sh", "ops/harbor-ldap.sh"]), J(
        "#!/usr/bin/env bash", "set -euo pipefail", 'HARBOR="https://registry.%s"' % c.domain, "",
        'curl -fsS -u "admin:${HARBOR_ADMIN_PASSWORD}" -H "Content-Type: application/json" \\',
        '  -X PUT "$HARBOR/api/v2.0/configurations" -d \'{',
        '    "auth_mode": "ldap_auth",', '    "ldap_url": "%s",' % c.url,
        '    "ldap_search_dn": "%s",' % c.bind_dn, '    "ldap_search_password": "%s",' % V,
        '    "ldap_base_dn": "%s",' % c.users_dn, '    "ldap_uid": "%s",' % c.uid_attr,
        '    "ldap_scope": 2,', '    "ldap_verify_cert": true', "  }'")


@ptpl("harbor", "hcl")
def t_harbor_tf(V, mode):
    c = Ctx()
    return pick(["terraform/harbor/auth.tf", "infra/registry/main.tf"]), J(
        'resource "harbor_config_auth" "ldap" {', '  auth_mode            = "ldap_auth"',
        "  primary_auth_mode    = true", '  ldap_url             = "%s"' % c.url,
        '  ldap_search_dn       = "%s"' % c.bind_dn, "  ldap_search_password = %s" % V,
        '  ldap_base_dn         = "%s"' % c.users_dn, '  ldap_uid             = "%s"' % c.uid_attr,
        "  ldap_verify_cert     = true", "}", "",
        'resource "harbor_project" "platform" {', '  name   = "platform"', "  public = false", "}")


@ptpl("nexus", "json", specials=["nexus_mask"])
def t_nexus_json(V, mode):
    c = Ctx()
    return pick(["nexus/ldap-server.json", "provisioning/nexus/security/ldap.json"]), json.dumps({
        "name": pick(["corp-ldap", "ActiveDirectory"]), "protocol": "LDAPS" if c.port in (636, 3269) else "LDAP",
        "useTrustStore": True, "host": c.host, "port": c.port, "searchBase": c.base,
        "authScheme": "SIMPLE", "authUsername": c.bind_dn, "authPassword": "@@V@@",
        "connectionTimeoutSeconds": 30, "connectionRetryDelaySeconds": 300, "maxIncidentsCount": 3,
        "userBaseDn": c.user_ou, "userSubtree": True, "userObjectClass": "user" if c.ad else "inetOrgPerson",
        "userIdAttribute": c.uid_attr, "userRealNameAttribute": "cn", "userEmailAddressAttribute": "mail",
        "ldapGroupsAsRoles": True, "groupType": "DYNAMIC", "userMemberOfAttribute": "memberOf"},
        indent=2).replace('"@@V@@"', V) + "\n"


@ptpl("atlassian-crowd", "sql")
def t_crowd_sql(V, mode):
    c = Ctx()
    d = rint(98305, 99999)
    rows = [("ldap.url", c.url), ("ldap.basedn", c.base), ("ldap.userdn", c.bind_dn),
            ("ldap.password", "@@V@@"), ("ldap.user.filter", "(objectclass=%s)" % ("user" if c.ad else "inetorgperson")),
            ("ldap.user.username", c.uid_attr), ("ldap.pagedresults", "true"), ("ldap.secure", "true"),
            ("directory.cache.synchronise.interval", "3600")]
    body = "\n".join("INSERT INTO cwd_directory_attribute (directory_id, attribute_name, attribute_value) VALUES (%d, '%s', '%s');" % (d, k, v) for k, v in rows)
    return pick(["db/migrations/V%d__crowd_ldap_directory.sql" % rint(10, 80), "crowd/seed/directory.sql"]), (
        "-- Seed the corporate LDAP directory for Crowd (restored staging DB)\n"
        "INSERT INTO cwd_directory (id, directory_name, lower_directory_name, directory_type, impl_class, active) VALUES "
        "(%d, '%s', '%s', 'CONNECTOR', 'com.atlassian.crowd.directory.%s', 'T');\n" % (
            d, c.org.title() + " LDAP", c.org + " ldap", "MicrosoftActiveDirectory" if c.ad else "OpenLDAP")
        + body.replace("@@V@@", V) + "\n")


@ptpl("dex", "yaml")
def t_dex(V, mode):
    c = Ctx()
    return pick(["dex/config.yaml", "deploy/dex/config.yml", "k8s/dex/configmap-config.yaml"]), J(
        "issuer: https://dex.%s" % c.domain, "storage:", "  type: kubernetes", "  config:", "    inCluster: true",
        "web:", "  http: 0.0.0.0:5556", "connectors:", "- type: ldap", "  id: ldap",
        "  name: %s" % pick(["LDAP", "Active Directory", c.org.title()]), "  config:",
        "    host: %s:%d" % (c.host, c.port), "    insecureNoSSL: false", "    rootCA: %s" % c.cacert,
        "    bindDN: %s" % c.bind_dn, "    bindPW: %s" % V, "    usernamePrompt: %s" % pick(["Email Address", "Username", "SSO login"]),
        "    userSearch:", "      baseDN: %s" % c.users_dn, "      filter: \"(objectClass=person)\"",
        "      username: %s" % c.uid_attr, "      idAttr: DN", "      emailAttr: mail", "      nameAttr: cn",
        "    groupSearch:", "      baseDN: %s" % c.groups_dn, "      filter: \"(objectClass=group)\"",
        "      userMatchers:", "      - userAttr: DN", "        groupAttr: member", "      nameAttr: cn",
        "staticClients:", "- id: %s" % c.app, "  redirectURIs:", "  - 'https://%s.%s/callback'" % (c.app, c.domain),
        "  name: '%s'" % c.app.title(), "  secretEnv: %s_OIDC_CLIENT_SECRET" % c.app.upper())


@ptpl("authelia", "yaml")
def t_authelia(V, mode):
    c = Ctx()
    return pick(["authelia/configuration.yml", "config/authelia/configuration.yml", "homelab/authelia/config.yml"]), J(
        "---", "theme: auto", "server:", "  address: 'tcp://:9091'", "log:", "  level: info", "",
        "authentication_backend:", "  password_reset:", "    disable: true", "  refresh_interval: 5m", "  ldap:",
        "    implementation: %s" % ("activedirectory" if c.ad else pick(["custom", "lldap", "openldap"])),
        "    address: '%s'" % c.url, "    timeout: 5s", "    start_tls: false", "    tls:",
        "      server_name: %s" % c.host, "      skip_verify: false", "      minimum_version: TLS1.2",
        "    base_dn: %s" % c.base, "    additional_users_dn: %s" % c.user_ou,
        "    users_filter: (&({username_attribute}={input})(objectClass=person))",
        "    additional_groups_dn: %s" % c.group_ou, "    groups_filter: (member={dn})",
        "    user: %s" % c.bind_dn, "    password: %s" % V, "",
        "access_control:", "  default_policy: deny", "  rules:", "    - domain: '*.%s'" % c.domain,
        "      policy: two_factor")


@ptpl("authelia", "yaml")
def t_authelia_compose(V, mode):
    c = Ctx()
    return pick(["docker-compose.yml", "compose/auth.yml", "stacks/authelia/docker-compose.yaml"]), J(
        "services:", "  authelia:", "    image: authelia/authelia:4.%d" % rint(36, 39), "    container_name: authelia",
        "    volumes:", "      - ./authelia:/config", "    environment:", "      TZ: %s" % pick(["Europe/Berlin", "UTC"]),
        "      AUTHELIA_AUTHENTICATION_BACKEND_LDAP_ADDRESS: %s" % c.url,
        "      AUTHELIA_AUTHENTICATION_BACKEND_LDAP_USER: %s" % c.bind_dn,
        "      AUTHELIA_AUTHENTICATION_BACKEND_LDAP_PASSWORD: %s" % V,
        "      AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET_FILE: /run/secrets/jwt",
        "    restart: unless-stopped", "    networks: [proxy]", "networks:", "  proxy:", "    external: true")


@ptpl("vault", "sh")
def t_vault_cli(V, mode):
    c = Ctx()
    return pick(["vault/setup/ldap-auth.sh", "scripts/bootstrap-vault.sh"]), J(
        "#!/usr/bin/env bash", "set -euo pipefail", "export VAULT_ADDR=https://vault.%s:8200" % c.domain, "",
        "vault auth enable ldap || true", "",
        "vault write auth/ldap/config \\", "    url=\"%s\" \\" % c.url,
        "    userattr=%s \\" % c.uid_attr, "    userdn=\"%s\" \\" % c.users_dn,
        "    groupdn=\"%s\" \\" % c.groups_dn, "    groupattr=cn \\",
        "    binddn=\"%s\" \\" % c.bind_dn, "    bindpass=%s \\" % V,
        "    certificate=@%s \\" % c.cacert.split("/")[-1], "    insecure_tls=false starttls=false", "",
        "vault write auth/ldap/groups/%s policies=%s" % (c.admin_group, pick(["admin", "ops-admin"])))


@ptpl("vault", "hcl")
def t_vault_tf(V, mode):
    c = Ctx()
    return pick(["terraform/vault/auth_ldap.tf", "infra/vault/ldap.tf"]), J(
        'resource "vault_ldap_auth_backend" "ldap" {', '  path        = "ldap"',
        '  url         = "%s"' % c.url, '  userdn      = "%s"' % c.users_dn,
        '  userattr    = "%s"' % c.uid_attr, '  upndomain   = "%s"' % c.realm,
        '  discoverdn  = false', '  groupdn     = "%s"' % c.groups_dn,
        '  groupfilter = "(&(objectClass=group)(member:1.2.840.113556.1.4.1941:={{.UserDN}}))"',
        '  binddn      = "%s"' % c.bind_dn, "  bindpass    = %s" % V,
        "  insecure_tls = false", "}", "",
        'resource "vault_ldap_auth_backend_group" "admins" {', '  groupname = "%s"' % c.admin_group,
        '  policies  = ["admin"]', "  backend   = vault_ldap_auth_backend.ldap.path", "}")


@ptpl("python-ldap3", "py")
def t_ldap3(V, mode):
    c = Ctx()
    return pick(["app/directory.py", "src/%s/ldap_client.py" % c.app, "tools/sync_users.py", "lib/ad_lookup.py"]), J(
        '"""Thin wrapper around ldap3 used by the user-sync job."""',
        "import logging", "import ssl", "", "from ldap3 import ALL, SUBTREE, Connection, Server, Tls", "",
        "log = logging.getLogger(__name__)", "",
        'LDAP_URL = "%s"' % c.url, 'BASE_DN = "%s"' % c.users_dn, "",
        "", "def connect():",
        "    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=%r)" % c.cacert,
        "    server = Server(LDAP_URL, use_ssl=%s, tls=tls, get_info=ALL)" % ("True" if c.scheme == "ldaps" else "False"),
        "    conn = Connection(", "        server,", '        user="%s",' % (c.upn if c.ad else c.bind_dn),
        "        password=%s," % V, "        auto_bind=True,", "        read_only=True,", "    )",
        '    log.info("bound to %s as %s", LDAP_URL, conn.user)', "    return conn", "", "",
        "def find_user(conn, login):",
        '    conn.search(BASE_DN, "(%s=%%s)" %% login, SUBTREE, attributes=["cn", "mail", "memberOf"])' % c.uid_attr,
        "    return conn.entries[0] if conn.entries else None")


@ptpl("python-ldap3", "py")
def t_ldap3_positional(V, mode):
    c = Ctx()
    return pick(["scripts/export_groups.py", "jobs/ad_report.py", "bin/ldap_check.py"]), J(
        "#!/usr/bin/env python3", "import csv", "import sys", "", "import ldap3", "",
        "", "def main(out):",
        "    srv = ldap3.Server(%r, port=%d, use_ssl=%s)" % (c.host, c.port, c.port in (636, 3269)),
        "    with ldap3.Connection(srv, %r, %s, auto_bind=True) as conn:" % (c.bind_dn, V),
        "        conn.search(%r, '(objectClass=group)', attributes=['cn', 'member'])" % c.groups_dn,
        "        w = csv.writer(out)", "        for e in conn.entries:",
        "            w.writerow([e.cn.value, len(e.member.values)])", "", "",
        'if __name__ == "__main__":', "    main(sys.stdout)")


@ptpl("python-ldap", "py")
def t_python_ldap(V, mode):
    c = Ctx()
    return pick(["utils/ldaputil.py", "backend/auth/ldap_backend.py"]), J(
        "import ldap", "from ldap.filter import escape_filter_chars", "",
        'LDAP_URI = "%s"' % c.url, "", "",
        "def get_conn():", "    ldap.set_option(ldap.OPT_X_TLS_CACERTFILE, %r)" % c.cacert,
        "    conn = ldap.initialize(LDAP_URI)", "    conn.protocol_version = ldap.VERSION3",
        "    conn.set_option(ldap.OPT_REFERRALS, 0)",
        "    conn.simple_bind_s(%r, %s)" % (c.bind_dn, V), "    return conn", "", "",
        "def lookup(conn, name):",
        "    flt = '(%s=%%s)' %% escape_filter_chars(name)" % c.uid_attr,
        "    return conn.search_s(%r, ldap.SCOPE_SUBTREE, flt, ['mail', 'displayName'])" % c.users_dn)


@ptpl("django-auth-ldap", "py")
def t_django(V, mode):
    c = Ctx()
    return pick(["config/settings/production.py", "%s/settings.py" % c.app, "web/settings/base.py"]), J(
        "import ldap", "from django_auth_ldap.config import GroupOfNamesType, LDAPSearch", "",
        "DEBUG = False", 'ALLOWED_HOSTS = ["%s.%s"]' % (c.app, c.domain), "",
        "AUTHENTICATION_BACKENDS = [", '    "django_auth_ldap.backend.LDAPBackend",',
        '    "django.contrib.auth.backends.ModelBackend",', "]", "",
        'AUTH_LDAP_SERVER_URI = "%s"' % c.url, 'AUTH_LDAP_BIND_DN = "%s"' % c.bind_dn,
        "AUTH_LDAP_BIND_PASSWORD = %s" % V,
        'AUTH_LDAP_USER_SEARCH = LDAPSearch("%s", ldap.SCOPE_SUBTREE, "(%s=%%(user)s)")' % (c.users_dn, c.uid_attr),
        'AUTH_LDAP_GROUP_SEARCH = LDAPSearch("%s", ldap.SCOPE_SUBTREE, "(objectClass=groupOfNames)")' % c.groups_dn,
        "AUTH_LDAP_GROUP_TYPE = GroupOfNamesType()",
        'AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}',
        "AUTH_LDAP_CACHE_TIMEOUT = 3600", "", 'LANGUAGE_CODE = "en-us"', 'TIME_ZONE = "UTC"')


@ptpl("flask-appbuilder", "py")
def t_fab(V, mode):
    c = Ctx()
    return pick(["webserver_config.py", "airflow/webserver_config.py", "superset/superset_config.py"]), J(
        "import os", "", "from flask_appbuilder.security.manager import AUTH_LDAP", "",
        "basedir = os.path.abspath(os.path.dirname(__file__))", "WTF_CSRF_ENABLED = True", "",
        "AUTH_TYPE = AUTH_LDAP", 'AUTH_LDAP_SERVER = "%s"' % c.url, "AUTH_LDAP_USE_TLS = False",
        'AUTH_LDAP_SEARCH = "%s"' % c.users_dn, 'AUTH_LDAP_UID_FIELD = "%s"' % c.uid_attr,
        'AUTH_LDAP_BIND_USER = "%s"' % c.bind_dn, "AUTH_LDAP_BIND_PASSWORD = %s" % V,
        'AUTH_LDAP_FIRSTNAME_FIELD = "givenName"', 'AUTH_LDAP_LASTNAME_FIELD = "sn"',
        'AUTH_LDAP_EMAIL_FIELD = "mail"', "AUTH_USER_REGISTRATION = True",
        'AUTH_USER_REGISTRATION_ROLE = "Viewer"',
        'AUTH_ROLES_MAPPING = {"cn=%s,%s": ["Admin"]}' % (c.admin_group, c.groups_dn))


@ptpl("python-ldap3", "py", kinds=KKEY)
def t_ldap3_tls_key(V, mode):
    c = Ctx()
    return pick(["app/ldap_mtls.py", "services/dirsync/tls.py"]), J(
        "import ssl", "from ldap3 import Connection, SASL, EXTERNAL, Server, Tls", "",
        "# LDAPS with client certificate (SASL EXTERNAL) - no bind password needed",
        "TLS = Tls(", "    local_private_key_file='/etc/%s/ldap-client.key'," % c.app,
        "    local_private_key_password=%s," % V,
        "    local_certificate_file='/etc/%s/ldap-client.crt'," % c.app,
        "    ca_certs_file=%r," % c.cacert, "    validate=ssl.CERT_REQUIRED,",
        "    version=ssl.PROTOCOL_TLS_CLIENT,", ")", "",
        "", "def connect():", "    srv = Server(%r, port=636, use_ssl=True, tls=TLS)" % c.host,
        "    return Connection(srv, authentication=SASL, sasl_mechanism=EXTERNAL, auto_bind=True)")


@ptpl("java-jndi", "java")
def t_jndi(V, mode):
    c = Ctx()
    pkg = "com.%s.%s" % (c.org, pick(["auth", "directory", "identity"]))
    return "src/main/java/%s/LdapDirectory.java" % pkg.replace(".", "/"), J(
        "package %s;" % pkg, "", "import java.util.Hashtable;", "import javax.naming.Context;",
        "import javax.naming.NamingException;", "import javax.naming.directory.DirContext;",
        "import javax.naming.directory.InitialDirContext;", "",
        "public final class LdapDirectory {", "",
        '    private static final String URL = "%s";' % c.url,
        '    private static final String BIND_DN = "%s";' % c.bind_dn, "",
        "    public DirContext open() throws NamingException {",
        "        Hashtable<String, String> env = new Hashtable<>();",
        '        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");',
        "        env.put(Context.PROVIDER_URL, URL);",
        '        env.put(Context.SECURITY_AUTHENTICATION, "simple");',
        "        env.put(Context.SECURITY_PRINCIPAL, BIND_DN);",
        "        env.put(Context.SECURITY_CREDENTIALS, %s);" % V,
        '        env.put("com.sun.jndi.ldap.connect.timeout", "5000");',
        '        env.put("com.sun.jndi.ldap.read.timeout", "10000");',
        "        return new InitialDirContext(env);", "    }", "}")


@ptpl("spring", "props")
def t_spring_props(V, mode):
    c = Ctx()
    return pick(["src/main/resources/application.properties", "src/main/resources/application-prod.properties",
                 "config/application.properties"]), J(
        "spring.application.name=%s-service" % c.app, "server.port=%d" % pick([8080, 8443, 9090]),
        "management.endpoints.web.exposure.include=health,info", "",
        "# LDAP", "spring.ldap.urls=%s" % c.url, "spring.ldap.base=%s" % c.base,
        "spring.ldap.username=%s" % c.bind_dn, "spring.ldap.password=%s" % V,
        "spring.ldap.base-environment.java.naming.referral=follow", "",
        "logging.level.org.springframework.ldap=INFO")


@ptpl("spring", "yaml")
def t_spring_yaml(V, mode):
    c = Ctx()
    return pick(["src/main/resources/application.yml", "src/main/resources/application-ldap.yaml"]), J(
        "server:", "  port: 8080", "spring:", "  application:", "    name: %s-api" % c.app,
        "  ldap:", "    urls: %s" % c.url, "    base: %s" % c.base, "    username: %s" % c.bind_dn,
        "    password: %s" % V, "  jpa:", "    open-in-view: false",
        "app:", "  ldap:", "    user-search-filter: \"(%s={0})\"" % c.uid_attr,
        "    group-search-base: %s" % c.group_ou)


@ptpl("spring-security", "xml")
def t_spring_xml(V, mode):
    c = Ctx()
    return pick(["src/main/webapp/WEB-INF/security-context.xml", "src/main/resources/spring/security.xml"]), J(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<beans:beans xmlns="http://www.springframework.org/schema/security"',
        '    xmlns:beans="http://www.springframework.org/schema/beans"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://www.springframework.org/schema/beans https://www.springframework.org/schema/beans/spring-beans.xsd',
        '        http://www.springframework.org/schema/security https://www.springframework.org/schema/security/spring-security.xsd">',
        "", '    <ldap-server id="corpLdap" url="%s/%s"' % (c.url, c.base),
        '        manager-dn="%s"' % c.bind_dn, '        manager-password="%s"/>' % V, "",
        "    <authentication-manager>",
        '        <ldap-authentication-provider server-ref="corpLdap" user-search-filter="(%s={0})"' % c.uid_attr,
        '            user-search-base="%s" group-search-base="%s"/>' % (c.user_ou, c.group_ou),
        "    </authentication-manager>", "</beans:beans>")


@ptpl("dotnet", "cs")
def t_cs_direntry(V, mode):
    c = Ctx()
    ns = "%s.%s" % (c.org.title(), pick(["Identity", "Directory", "HR.Sync"]))
    return pick(["src/%s/AdDirectory.cs" % ns, "Services/ActiveDirectoryService.cs"]), J(
        "using System;", "using System.DirectoryServices;", "", "namespace %s" % ns, "{",
        "    public sealed class AdDirectory : IDisposable", "    {",
        "        private readonly DirectoryEntry _root;", "",
        "        public AdDirectory()", "        {",
        '            _root = new DirectoryEntry("LDAP://%s/%s", @"%s\\%s", %s, AuthenticationTypes.Secure);' % (
            c.host, c.base, c.netbios, c.svc, V),
        "        }", "",
        "        public SearchResult FindUser(string sam)", "        {",
        "            using var s = new DirectorySearcher(_root)", "            {",
        '                Filter = $"(&(objectCategory=person)(sAMAccountName={sam}))"', "            };",
        '            s.PropertiesToLoad.Add("mail");', '            s.PropertiesToLoad.Add("memberOf");',
        "            return s.FindOne();", "        }", "",
        "        public void Dispose() => _root.Dispose();", "    }", "}")


@ptpl("dotnet", "cs")
def t_cs_netcred(V, mode):
    c = Ctx()
    return pick(["src/Ldap/LdapConnectionFactory.cs", "Infrastructure/Ldap/ConnectionFactory.cs"]), J(
        "using System.DirectoryServices.Protocols;", "using System.Net;", "",
        "namespace %s.Infrastructure.Ldap;" % c.org.title(), "",
        "public static class LdapConnectionFactory", "{",
        "    public static LdapConnection Create()", "    {",
        '        var id = new LdapDirectoryIdentifier("%s", %d);' % (c.host, c.port),
        '        var cred = new NetworkCredential("%s", %s, "%s");' % (c.svc, V, c.netbios),
        "        var conn = new LdapConnection(id, cred, AuthType.Negotiate);",
        "        conn.SessionOptions.ProtocolVersion = 3;",
        "        conn.SessionOptions.SecureSocketLayer = %s;" % ("true" if c.port in (636, 3269) else "false"),
        "        conn.Bind();", "        return conn;", "    }", "}")


@ptpl("dotnet", "json")
def t_appsettings(V, mode):
    c = Ctx()
    return pick(["src/%s.Api/appsettings.Production.json" % c.app.title(), "appsettings.json"]), J(
        "{", '  "Logging": {', '    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }', "  },",
        '  "AllowedHosts": "*",', '  "Ldap": {', '    "Server": "%s",' % c.host, '    "Port": %d,' % c.port,
        '    "UseSsl": %s,' % ("true" if c.port in (636, 3269) else "false"),
        '    "BindDn": "%s",' % c.bind_dn, '    "BindPassword": %s,' % V,
        '    "SearchBase": "%s",' % c.users_dn, '    "SearchFilter": "(&(objectClass=user)(sAMAccountName={0}))"',
        "  },", '  "ConnectionStrings": {', '    "Default": "Server=sql01;Database=%s;Integrated Security=true"' % c.app, "  }", "}")


@ptpl("php", "php")
def t_php_bind(V, mode):
    c = Ctx()
    return pick(["lib/Auth/LdapAuth.php", "includes/ldap.inc.php", "src/Service/Directory.php"]), J(
        "<?php", "declare(strict_types=1);", "", "namespace %s\\Auth;" % c.org.title(), "",
        "final class LdapAuth", "{",
        "    private const HOST = '%s';" % c.url, "    private const BIND_DN = '%s';" % c.bind_dn, "",
        "    public function connect()", "    {", "        $ds = ldap_connect(self::HOST);",
        "        ldap_set_option($ds, LDAP_OPT_PROTOCOL_VERSION, 3);",
        "        ldap_set_option($ds, LDAP_OPT_REFERRALS, 0);",
        "        if (!ldap_bind($ds, self::BIND_DN, %s)) {" % V,
        "            throw new \\RuntimeException('LDAP bind failed: ' . ldap_error($ds));", "        }",
        "        return $ds;", "    }", "}")


@ptpl("php-ldaprecord", "php")
def t_php_ldaprecord(V, mode):
    c = Ctx()
    return "config/ldap.php", J(
        "<?php", "", "return [", "    'default' => env('LDAP_CONNECTION', 'default'),", "",
        "    'connections' => [", "        'default' => [",
        "            'hosts' => [env('LDAP_HOST', '%s')]," % c.host,
        "            'username' => env('LDAP_USERNAME', '%s')," % c.bind_dn,
        "            'password' => env('LDAP_PASSWORD', %s)," % V,
        "            'port' => env('LDAP_PORT', %d)," % c.port,
        "            'base_dn' => env('LDAP_BASE_DN', '%s')," % c.base,
        "            'timeout' => env('LDAP_TIMEOUT', 5),",
        "            'use_ssl' => env('LDAP_SSL', %s)," % ("true" if c.port in (636, 3269) else "false"),
        "            'use_tls' => env('LDAP_TLS', false),", "        ],", "    ],", "",
        "    'logging' => env('LDAP_LOGGING', true),", "];")


@ptpl("nextcloud", "sh")
def t_nextcloud_occ(V, mode):
    c = Ctx()
    return pick(["scripts/nextcloud/ldap.sh", "ansible/roles/nextcloud/files/configure-ldap.sh"]), J(
        "#!/bin/bash", "set -e", 'OCC="sudo -u www-data php /var/www/nextcloud/occ"', "",
        "$OCC app:enable user_ldap", "$OCC ldap:create-empty-config || true",
        "$OCC ldap:set-config s01 ldapHost %s" % (("ldaps://" if c.port == 636 else "") + c.host),
        "$OCC ldap:set-config s01 ldapPort %d" % c.port,
        "$OCC ldap:set-config s01 ldapAgentName '%s'" % c.bind_dn,
        "$OCC ldap:set-config s01 ldapAgentPassword %s" % V,
        "$OCC ldap:set-config s01 ldapBase '%s'" % c.base,
        "$OCC ldap:set-config s01 ldapLoginFilter '(&(objectclass=inetOrgPerson)(uid=%uid))'",
        "$OCC ldap:set-config s01 ldapConfigurationActive 1", "$OCC ldap:test-config s01")


@ptpl("powershell", "ps1")
def t_ps_cred(V, mode):
    c = Ctx()
    return pick(["scripts/Export-StaleAccounts.ps1", "tools/ad/Get-InactiveUsers.ps1", "ops/Sync-Groups.ps1"]), J(
        "#Requires -Modules ActiveDirectory", "[CmdletBinding()]",
        "param([int]$Days = %d, [string]$OutFile = '.\\stale.csv')" % pick([60, 90, 180]), "",
        "$server = '%s'" % c.host, "$user = '%s\\%s'" % (c.netbios, c.svc),
        "$secure = ConvertTo-SecureString %s -AsPlainText -Force" % V,
        "$cred = New-Object System.Management.Automation.PSCredential($user, $secure)", "",
        "$cutoff = (Get-Date).AddDays(-$Days)",
        "Get-ADUser -Server $server -Credential $cred -SearchBase '%s' `" % c.users_dn,
        "    -Filter { LastLogonDate -lt $cutoff -and Enabled -eq $true } -Properties LastLogonDate, mail |",
        "    Select-Object SamAccountName, mail, LastLogonDate |",
        "    Export-Csv -NoTypeInformation -Path $OutFile", "",
        'Write-Host "Exported stale accounts to $OutFile"')


@ptpl("powershell", "ps1", kinds=KJOIN)
def t_ps_join(V, mode):
    c = Ctx()
    return pick(["packer/scripts/join-domain.ps1", "provision/windows/Join-Domain.ps1"]), J(
        "$ErrorActionPreference = 'Stop'", "$domain = '%s'" % c.domain.lower(),
        "$ou = 'OU=Servers,%s'" % c.base, "",
        "$joinUser = '%s\\svc-domainjoin'" % c.netbios,
        "$joinPass = ConvertTo-SecureString -String %s -AsPlainText -Force" % V,
        "$joinCred = [pscredential]::new($joinUser, $joinPass)", "",
        "Rename-Computer -NewName $env:COMPUTERNAME -Force -ErrorAction SilentlyContinue",
        "Add-Computer -DomainName $domain -OUPath $ou -Credential $joinCred -Restart:$false",
        "Write-Output \"Joined $env:COMPUTERNAME to $domain\"")


@ptpl("windows-unattend", "xml", kinds=KJOIN)
def t_unattend(V, mode):
    c = Ctx()
    return pick(["packer/windows/autounattend.xml", "images/win2022/unattend.xml"]), J(
        '<?xml version="1.0" encoding="utf-8"?>', '<unattend xmlns="urn:schemas-microsoft-com:unattend">',
        '  <settings pass="specialize">',
        '    <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
        "      <Identification>", "        <Credentials>", "          <Domain>%s</Domain>" % c.domain.lower(),
        "          <Password>%s</Password>" % V, "          <Username>svc-join</Username>", "        </Credentials>",
        "        <JoinDomain>%s</JoinDomain>" % c.domain.lower(),
        "        <MachineObjectOU>OU=Workstations,%s</MachineObjectOU>" % c.base,
        "      </Identification>", "    </component>",
        '    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
        "      <TimeZone>%s</TimeZone>" % pick(["UTC", "W. Europe Standard Time"]), "    </component>",
        "  </settings>", "</unattend>")


@ptpl("realmd", "sh", kinds=KJOIN)
def t_realm_join(V, mode):
    c = Ctx()
    return pick(["provision/join-ad.sh", "cloud-init/scripts/10-join-domain.sh"]), J(
        "#!/bin/bash", "set -euo pipefail", "dnf -y install realmd sssd oddjob oddjob-mkhomedir adcli samba-common-tools", "",
        "DOMAIN=%s" % c.domain.upper(), "", "if ! realm list | grep -q \"$DOMAIN\"; then",
        "  echo %s | realm join --user=svc-domainjoin --computer-ou='OU=Linux,%s' \"$DOMAIN\"" % (V, c.base),
        "fi", "", "sed -i 's/use_fully_qualified_names = True/use_fully_qualified_names = False/' /etc/sssd/sssd.conf",
        "systemctl restart sssd", "realm permit -g '%s'" % c.admin_group)


@ptpl("adcli", "sh", kinds=KJOIN)
def t_adcli(V, mode):
    c = Ctx()
    return pick(["scripts/adcli-join.sh", "roles/ad-join/files/join.sh"]), J(
        "#!/bin/sh", "# join the host without realmd", "set -e",
        "printf '%%s' %s | adcli join --stdin-password -U svc-join \\" % V,
        "  --domain=%s --domain-ou='OU=Servers,%s' --show-details" % (c.domain.lower(), c.base),
        "authselect select sssd with-mkhomedir --force", "systemctl enable --now sssd")


@ptpl("samba", "raw", kinds=KJOIN)
def t_net_ads(V, mode):
    c = Ctx()
    return pick(["provision/samba-join.sh", "docker/fileserver/entrypoint.sh"]), J(
        "#!/bin/bash", "set -e", "cat > /etc/samba/smb.conf <<EOF", "[global]",
        "   workgroup = %s" % c.netbios, "   realm = %s" % c.realm, "   security = ads",
        "   idmap config * : backend = tdb", "   idmap config * : range = 3000-7999",
        "   idmap config %s : backend = rid" % c.netbios, "   idmap config %s : range = 10000-999999" % c.netbios,
        "   winbind use default domain = yes", "EOF", "",
        "net ads join -U 'svc-join%%%s' createcomputer='Servers/Linux'" % V,
        "systemctl restart winbind smbd nmbd")


@ptpl("samba", "sh")
def t_smbpasswd_w(V, mode):
    c = Ctx()
    return pick(["samba/setup-ldapsam.sh", "roles/samba-pdc/files/init.sh"]), J(
        "#!/bin/sh", "# store the LDAP admin bind password for ldapsam in secrets.tdb",
        "set -e", "testparm -s /etc/samba/smb.conf >/dev/null",
        "# ldap admin dn = cn=admin,%s" % c.base.lower(), "smbpasswd -w %s" % V,
        "net getlocalsid", "systemctl restart smbd")


@ptpl("openldap-clients", "sh")
def t_ldapsearch_sh(V, mode):
    c = Ctx()
    return pick(["scripts/ldap/list-members.sh", "bin/check-ldap.sh", "ci/smoke/ldap.sh"]), J(
        "#!/usr/bin/env bash", "# List members of a group (used by the nightly access review)", "set -euo pipefail",
        'GROUP="${1:-%s}"' % c.admin_group, "",
        "ldapsearch -LLL -x -H %s \\" % c.url, '  -D "%s" \\' % c.bind_dn, "  -w %s \\" % V,
        '  -b "%s" "(cn=$GROUP)" member \\' % c.groups_dn, "  | awk '/^member:/ {print $2}'")


@ptpl("openldap-clients", "md")
def t_runbook_md(V, mode):
    c = Ctx()
    return pick(["docs/runbooks/ldap.md", "docs/ldap-troubleshooting.md", "README.ldap.md", "wiki/Directory.md"]), J(
        "# LDAP troubleshooting", "",
        "The %s stack binds to `%s` with the service account `%s`." % (c.app, c.host, c.bind_dn), "",
        "## Check that the bind works", "", "```bash",
        "ldapwhoami -x -H %s -D '%s' -w '%s'" % (c.url, c.bind_dn, V), "```", "",
        "## Find a user", "", "```bash",
        "ldapsearch -x -H %s -D '%s' -W -b '%s' '(%s=jdoe)' mail memberOf" % (c.url, c.bind_dn, c.users_dn, c.uid_attr),
        "```", "", "If you get `ldap_bind: Invalid credentials (49)` the account may be locked; ask #identity.")


@ptpl("openldap-clients", "raw")
def t_makefile(V, mode):
    c = Ctx()
    return "Makefile", (
        "LDAP_URL ?= %s\nLDAP_BASE ?= %s\nLDAP_BIND_DN ?= %s\nLDAP_BIND_PW ?= %s\n\n" % (c.url, c.base, c.bind_dn, V)
        + ".PHONY: seed dump\n\nseed:\n\tldapadd -x -H $(LDAP_URL) -D \"$(LDAP_BIND_DN)\" -w \"$(LDAP_BIND_PW)\" -f fixtures/users.ldif\n\n"
        + "dump:\n\tldapsearch -x -LLL -H $(LDAP_URL) -b \"$(LDAP_BASE)\" > dump.ldif\n")


@ptpl("ansible", "yaml")
def t_ansible_vars(V, mode):
    c = Ctx()
    return pick(["inventories/prod/group_vars/all/ldap.yml", "group_vars/ldap_clients.yml",
                 "roles/sssd/defaults/main.yml", "host_vars/%s.yml" % c.host]), J(
        "---", "ldap_uri: \"%s\"" % c.url, "ldap_base_dn: \"%s\"" % c.base,
        "ldap_bind_dn: \"%s\"" % c.bind_dn, "ldap_bind_password: %s" % V,
        "ldap_tls_cacert: %s" % c.cacert, "ldap_access_groups:", "  - %s" % c.admin_group, "  - %s" % pick(["developers", "support"]),
        "sssd_cache_credentials: true", "ntp_servers:", "  - %s" % c.host2)


@ptpl("ansible", "yaml")
def t_ansible_task(V, mode):
    c = Ctx()
    return pick(["roles/ldap-users/tasks/main.yml", "playbooks/ldap-groups.yml"]), J(
        "---", "- name: Ensure the ops group exists", "  community.general.ldap_entry:",
        "    dn: \"cn=%s,%s\"" % (c.admin_group, c.groups_dn), "    objectClass: groupOfNames",
        "    attributes:", "      member: \"%s\"" % c.bind_dn,
        "    server_uri: \"%s\"" % c.url, "    bind_dn: \"cn=admin,%s\"" % c.base,
        "    bind_pw: %s" % V, "    state: present", "",
        "- name: Look up deploy users", "  community.general.ldap_search:",
        "    dn: \"%s\"" % c.users_dn, "    filter: \"(memberOf=cn=%s,%s)\"" % (c.admin_group, c.groups_dn),
        "    server_uri: \"%s\"" % c.url, "  register: deployers")


@ptpl("kubernetes", "yaml")
def t_k8s_secret(V, mode):
    c = Ctx()
    return pick(["k8s/%s/ldap-secret.yaml" % c.app, "deploy/base/secret-ldap.yaml", "manifests/auth/ldap-bind.yaml"]), J(
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-ldap" % c.app,
        "  namespace: %s" % pick(["auth", "platform", c.app, "monitoring"]),
        "  labels:", "    app.kubernetes.io/name: %s" % c.app, "type: Opaque", "stringData:",
        "  LDAP_URL: %s" % c.url, "  LDAP_BIND_DN: \"%s\"" % c.bind_dn,
        "  %s: %s" % (c.env_name, V))


@ptpl("openldap-container", "yaml")
def t_compose_openldap(V, mode):
    c = Ctx()
    img = pick(["osixia/openldap:1.5.0", "bitnami/openldap:2.6"])
    key = "LDAP_ADMIN_PASSWORD"
    return pick(["docker-compose.yml", "dev/docker-compose.ldap.yml", "compose.yaml"]), J(
        "services:", "  ldap:", "    image: %s" % img, "    hostname: ldap", "    environment:",
        "      LDAP_ORGANISATION: \"%s\"" % c.org.title(), "      LDAP_DOMAIN: \"%s\"" % c.domain.lower(),
        "      %s: %s" % (key, V), "      LDAP_TLS: \"true\"",
        "    ports:", "      - \"389:389\"", "      - \"636:636\"", "    volumes:",
        "      - ldap_data:/var/lib/ldap", "      - ldap_config:/etc/ldap/slapd.d",
        "  phpldapadmin:", "    image: osixia/phpldapadmin:0.9.0", "    environment:",
        "      PHPLDAPADMIN_LDAP_HOSTS: ldap", "    depends_on: [ldap]",
        "volumes:", "  ldap_data:", "  ldap_config:")


@ptpl("docker", "raw")
def t_dockerfile(V, mode):
    c = Ctx()
    return pick(["Dockerfile", "docker/%s/Dockerfile" % c.app, "images/ldap-sync/Dockerfile"]), J(
        "FROM python:3.%d-slim" % rint(10, 12), "WORKDIR /app",
        "RUN apt-get update && apt-get install -y --no-install-recommends libldap2-dev libsasl2-dev && rm -rf /var/lib/apt/lists/*",
        "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .",
        "ENV LDAP_URL=%s \\" % c.url, "    LDAP_BIND_DN=\"%s\" \\" % c.bind_dn, "    %s=%s" % (c.env_name, V),
        "USER 10001", 'CMD ["python", "-m", "sync"]')


@ptpl("dotenv", "raw", weight=0.6)
def t_dotenv(V, mode):
    c = Ctx()
    path = pick([".env", ".env.production", "deploy/.env.local"]) if mode == "pos" else pick(
        [".env.example", ".env.sample", "env.template", "config/.env.dist"])
    return path, J("APP_ENV=production", "APP_URL=https://%s.%s" % (c.app, c.domain),
                   "LDAP_HOST=%s" % c.host, "LDAP_PORT=%d" % c.port, "LDAP_BASE_DN=\"%s\"" % c.base,
                   "LDAP_USERNAME=\"%s\"" % c.bind_dn, "LDAP_PASSWORD=%s" % V, "LDAP_TIMEOUT=5",
                   "LOG_LEVEL=info")


@ptpl("java-keystore", "props", kinds=KKEY)
def t_jvm_keystore(V, mode):
    c = Ctx()
    return pick(["bin/setenv.sh", "tomcat/bin/setenv.sh", "conf/jvm.options"]), J(
        "# LDAPS with client certificate: keystore holds the client key for %s" % c.host,
        'CATALINA_OPTS="$CATALINA_OPTS -Xms512m -Xmx2g"',
        'CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.trustStore=/opt/%s/conf/truststore.jks"' % c.app,
        'CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.keyStore=/opt/%s/conf/ldap-client.p12"' % c.app,
        'CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.keyStoreType=PKCS12"',
        'CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.keyStorePassword=%s"' % V,
        "export CATALINA_OPTS")


@ptpl("openssl", "raw", kinds=KKEY)
def t_openssl_p12(V, mode):
    c = Ctx()
    return pick(["pki/make-ldap-client-cert.sh", "scripts/certs/ldaps-client.sh"]), J(
        "#!/bin/sh", "set -e", "CN=%s-ldap-client" % c.app,
        "openssl req -new -newkey rsa:3072 -nodes -keyout $CN.key -subj \"/CN=$CN/O=%s\" -out $CN.csr" % c.org.title(),
        "# signed by the directory team; bundle for the JVM keystore",
        "openssl pkcs12 -export -in $CN.crt -inkey $CN.key -certfile %s \\" % c.cacert,
        "  -name ldap-client -out $CN.p12 -passout pass:%s" % V, "rm -f $CN.csr")


@ptpl("go-ldap", "go")
def t_go(V, mode):
    c = Ctx()
    return pick(["internal/directory/client.go", "pkg/ldapauth/bind.go"]), J(
        "package directory", "", "import (", '\t"crypto/tls"', '\t"fmt"', "", '\t"github.com/go-ldap/ldap/v3"', ")", "",
        "const (", '\tldapURL = "%s"' % c.url, '\tbaseDN  = "%s"' % c.users_dn, ")", "",
        "// Dial connects and binds with the lookup account.",
        "func Dial() (*ldap.Conn, error) {",
        "\tl, err := ldap.DialURL(ldapURL, ldap.DialWithTLSConfig(&tls.Config{ServerName: \"%s\"}))" % c.host,
        "\tif err != nil {", '\t\treturn nil, fmt.Errorf("dial: %w", err)', "\t}",
        "\tif err := l.Bind(\"%s\", %s); err != nil {" % (c.bind_dn, V), "\t\tl.Close()",
        '\t\treturn nil, fmt.Errorf("bind: %w", err)', "\t}", "\treturn l, nil", "}")


@ptpl("ldapjs", "js")
def t_ldapjs(V, mode):
    c = Ctx()
    return pick(["src/ldap.js", "server/auth/ldapClient.js", "lib/directory.js"]), J(
        "'use strict';", "const ldap = require('ldapjs');", "",
        "const client = ldap.createClient({", "  url: ['%s']," % c.url,
        "  tlsOptions: { rejectUnauthorized: true },", "  reconnect: true,", "});", "",
        "client.bind('%s', %s, (err) => {" % (c.bind_dn, V),
        "  if (err) {", "    console.error('LDAP bind failed', err.message);", "    process.exit(1);", "  }",
        "  console.log('LDAP bound');", "});", "", "module.exports = client;")


@ptpl("passport-ldapauth", "js")
def t_passport(V, mode):
    c = Ctx()
    return pick(["config/passport.js", "src/auth/strategy.js"]), J(
        "const passport = require('passport');", "const LdapStrategy = require('passport-ldapauth');", "",
        "const OPTS = {", "  server: {", "    url: '%s'," % c.url, "    bindDN: '%s'," % c.bind_dn,
        "    bindCredentials: %s," % V, "    searchBase: '%s'," % c.users_dn,
        "    searchFilter: '(%s={{username}})'," % c.uid_attr, "    searchAttributes: ['displayName', 'mail'],", "  },",
        "  usernameField: 'login',", "};", "", "passport.use(new LdapStrategy(OPTS));", "module.exports = passport;")


@ptpl("net-ldap", "rb")
def t_ruby(V, mode):
    c = Ctx()
    return pick(["lib/directory_client.rb", "app/services/ldap_lookup.rb"]), J(
        "require 'net/ldap'", "", "class DirectoryClient",
        "  def initialize", "    @ldap = Net::LDAP.new(", "      host: '%s'," % c.host, "      port: %d," % c.port,
        "      encryption: { method: :%s }," % ("simple_tls" if c.port in (636, 3269) else "start_tls"),
        "      base: '%s'," % c.base, "      auth: {", "        method: :simple,",
        "        username: '%s'," % c.bind_dn, "        password: %s" % V, "      }", "    )", "  end", "",
        "  def find(login)", "    filter = Net::LDAP::Filter.eq('%s', login)" % c.uid_attr,
        "    @ldap.search(filter: filter, attributes: %w[mail cn memberOf]).first", "  end", "end")


@ptpl("hue", "conf")
def t_hue(V, mode):
    c = Ctx()
    return pick(["hue/conf/hue.ini", "conf/hue-overrides.ini"]), J(
        "[desktop]", "  secret_key_script=/opt/hue/bin/secret-key.sh", "  [[auth]]",
        "    backend=desktop.auth.backend.LdapBackend", "  [[ldap]]",
        "    ldap_url=%s" % c.url, "    base_dn=\"%s\"" % c.base, "    search_bind_authentication=true",
        "    create_users_on_login=true", "    bind_dn=\"%s\"" % c.bind_dn, "    bind_password=%s" % V,
        "    [[[users]]]", "      user_filter=\"objectclass=*\"", "      user_name_attr=%s" % c.uid_attr,
        "    [[[groups]]]", "      group_filter=\"objectclass=groupOfNames\"")


@ptpl("rundeck", "conf")
def t_rundeck_jaas(V, mode):
    c = Ctx()
    return pick(["rundeck/server/config/jaas-ldap.conf", "etc/rundeck/jaas-ldap.conf"]), J(
        "ldap {", "    com.dtolabs.rundeck.jetty.jaas.JettyCachingLdapLoginModule required",
        "      debug=\"false\"", "      contextFactory=\"com.sun.jndi.ldap.LdapCtxFactory\"",
        "      providerUrl=\"%s\"" % c.url, "      bindDn=\"%s\"" % c.bind_dn,
        "      bindPassword=\"%s\"" % V, "      authenticationMethod=\"simple\"", "      forceBindingLogin=\"true\"",
        "      userBaseDn=\"%s\"" % c.users_dn, "      userRdnAttribute=\"%s\"" % c.uid_attr,
        "      userIdAttribute=\"%s\"" % c.uid_attr, "      userObjectClass=\"%s\"" % ("user" if c.ad else "inetOrgPerson"),
        "      roleBaseDn=\"%s\"" % c.groups_dn, "      roleNameAttribute=\"cn\"",
        "      roleMemberAttribute=\"member\"", "      roleObjectClass=\"groupOfNames\"",
        "      cacheDurationMillis=\"300000\"", "      reportStatistics=\"true\";", "};")


@ptpl("sonarqube", "props")
def t_sonar(V, mode):
    c = Ctx()
    return pick(["sonarqube/conf/sonar.properties", "conf/sonar.properties"]), J(
        "sonar.jdbc.url=jdbc:postgresql://db.%s/sonarqube" % c.domain, "sonar.web.port=9000", "",
        "# LDAP configuration", "sonar.security.realm=LDAP", "ldap.url=%s" % c.url,
        "ldap.bindDn=%s" % c.bind_dn, "ldap.bindPassword=%s" % V,
        "ldap.user.baseDn=%s" % c.users_dn, "ldap.user.request=(&(objectClass=%s)(%s={login}))" % (
            "user" if c.ad else "inetOrgPerson", c.uid_attr),
        "ldap.user.realNameAttribute=cn", "ldap.user.emailAttribute=mail",
        "ldap.group.baseDn=%s" % c.groups_dn, "ldap.group.request=(&(objectClass=groupOfNames)(member={dn}))")


@ptpl("mattermost", "json")
def t_mattermost(V, mode):
    c = Ctx()
    return pick(["mattermost/config/config.json", "config/config.json"]), J(
        "{", '    "ServiceSettings": {', '        "SiteURL": "https://chat.%s",' % c.domain,
        '        "ListenAddress": ":8065"', "    },", '    "LdapSettings": {', '        "Enable": true,',
        '        "EnableSync": true,', '        "LdapServer": "%s",' % c.host, '        "LdapPort": %d,' % c.port,
        '        "ConnectionSecurity": "%s",' % ("TLS" if c.port == 636 else "STARTTLS"),
        '        "BaseDN": "%s",' % c.base, '        "BindUsername": "%s",' % c.bind_dn,
        '        "BindPassword": %s,' % V, '        "UserFilter": "(objectClass=person)",',
        '        "IdAttribute": "%s",' % ("objectGUID" if c.ad else "entryUUID"),
        '        "UsernameAttribute": "%s",' % c.uid_attr, '        "EmailAttribute": "mail",',
        '        "SyncIntervalMinutes": 60', "    }", "}")


@ptpl("airflow", "yaml", syms=URLSAFE_SYMS, nogeneric=["empty"])
def t_airflow_uri(V, mode):
    c = Ctx()
    pw = V.strip("'\"")
    return pick(["deploy/airflow/values.yaml", "airflow/docker-compose.override.yml"]), J(
        "x-airflow-common:", "  environment:", "    AIRFLOW__CORE__EXECUTOR: CeleryExecutor",
        "    AIRFLOW__WEBSERVER__EXPOSE_CONFIG: 'false'",
        "    AIRFLOW_CONN_CORP_LDAP: 'ldap://%s:%s@%s:%d/?base_dn=%s'" % (
            c.svc, pw, c.host, c.port, c.base.replace(",", "%2C").replace("=", "%3D")),
        "    AIRFLOW_CONN_METADATA_DB: 'postgresql+psycopg2://airflow@postgres/airflow'",
        "  volumes:", "    - ./dags:/opt/airflow/dags")


@ptpl("freeipa", "sh", kinds=KJOIN)
def t_ipa_client(V, mode):
    c = Ctx()
    return pick(["provision/ipa-enroll.sh", "kickstart/post/enroll.sh"]), J(
        "#!/bin/bash", "set -e", "dnf install -y ipa-client",
        "ipa-client-install --unattended --mkhomedir \\", "  --domain=%s --realm=%s \\" % (c.domain.lower(), c.realm),
        "  --server=%s \\" % c.host, "  --principal=%s --password=%s \\" % (pick(["enroller", "hostenroll", "admin"]), V),
        "  --enable-dns-updates --force-join", "authselect current")


@ptpl("github-actions", "yaml")
def t_gha(V, mode):
    c = Ctx()
    return pick([".github/workflows/integration.yml", ".github/workflows/ldap-sync.yml"]), J(
        "name: integration", "on:", "  push:", "    branches: [main]", "  workflow_dispatch: {}", "jobs:",
        "  ldap-tests:", "    runs-on: ubuntu-latest", "    env:",
        "      LDAP_URL: %s" % c.url, "      LDAP_BIND_DN: \"%s\"" % c.bind_dn,
        "      %s: %s" % (c.env_name, V), "    steps:", "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.12'",
        "      - run: pip install -r requirements-dev.txt", "      - run: pytest -m ldap -q")


@ptpl("inventory", "raw")
def t_ldap_conf_pw_csv(V, mode):
    c = Ctx()
    rows = ["environment,host,bind_dn,bind_password,owner"]
    mine = rint(1, 3)
    for i in range(4):
        e = ["dev", "staging", "prod", "dr"][i]
        cc = Ctx()
        if i == mine:
            rows.append("%s,%s,\"%s\",%s,%s" % (e, c.host, c.bind_dn, V, pick(["iam-team", "ops"])))
        else:
            rows.append("%s,%s,\"%s\",%s,%s" % (e, cc.host, cc.bind_dn, "see-vault", pick(["iam-team", "ops"])))
    return pick(["inventory/ldap_bind_accounts.csv", "docs/handover/ldap-accounts.csv"]), "\n".join(rows) + "\n"


# --------------------------------------------------------------------------
# NEGATIVE LOOK-ALIKE TEMPLATES  fn() -> (relpath, text)
# --------------------------------------------------------------------------
@ntpl("openldap", "ldif-ssha-hashes")
def n_ldif_users():
    c = Ctx()
    out = ["# exported %s with slapcat, userPassword values are salted hashes" % ts()[:10], ""]
    for _ in range(rint(3, 6)):
        f, l = person()
        uid = f[0] + l
        out += ["dn: uid=%s,%s" % (uid, c.users_dn), "objectClass: inetOrgPerson", "objectClass: posixAccount",
                "uid: %s" % uid, "cn: %s %s" % (f.title(), l.title()), "sn: %s" % l.title(),
                "mail: %s.%s@%s" % (f, l, c.domain), "uidNumber: %d" % rint(10000, 60000), "gidNumber: 10000",
                "homeDirectory: /home/%s" % uid, "userPassword: %s" % pick([ssha_hash, crypt_hash, pbkdf2_hash, ssha512_hash])(),
                "entryUUID: %s" % uuid4s(), ""]
    return pick(["ldap/seed/users.ldif", "test/fixtures/people.ldif", "backup/people-export.ldif"]), "\n".join(out)


@ntpl("openldap", "rootpw-hash")
def n_slapd_hash_only():
    c = Ctx()
    return pick(["openldap/slapd.d-init.ldif", "ldap/config/00-admin.ldif"]), J(
        "# generated with: slappasswd -h {SSHA}", "dn: olcDatabase={0}config,cn=config", "changetype: modify",
        "add: olcRootPW", "olcRootPW: %s" % ssha_hash(), "", "dn: olcDatabase={1}mdb,cn=config", "changetype: modify",
        "replace: olcRootPW", "olcRootPW: %s" % pick([ssha_hash, pbkdf2_hash, crypt_hash])())


@ntpl("active-directory", "objectguid-objectsid")
def n_ad_ldif():
    c = Ctx()
    out = ["# ldapsearch -LLL output (binary attributes are base64)", ""]
    for _ in range(rint(2, 5)):
        f, l = person()
        out += ["dn: CN=%s %s,%s" % (f.title(), l.title(), c.users_dn), "sAMAccountName: %s.%s" % (f, l),
                "objectGUID:: %s" % b64(rbytes(16)), "objectSid:: %s" % b64(b"\x01\x05\x00\x00\x00\x00\x00\x05\x15\x00\x00\x00" + rbytes(16)),
                "userAccountControl: %d" % pick([512, 66048, 514]), "whenCreated: %d%02d%02d%02d%02d%02d.0Z" % (
                    rint(2015, 2024), rint(1, 12), rint(1, 28), rint(0, 23), rint(0, 59), rint(0, 59)), ""]
    return pick(["docs/samples/ad-users.ldif", "test/data/ad_search.ldif"]), "\n".join(out)


@ntpl("active-directory", "sid-guid-csv")
def n_ad_csv():
    c = Ctx()
    rows = ["SamAccountName,UserPrincipalName,ObjectGUID,SID,Enabled,LastLogonDate"]
    for _ in range(rint(5, 12)):
        f, l = person()
        rows.append("%s.%s,%s.%s@%s,%s,%s,%s,%s" % (f, l, f, l, c.domain, uuid4s(), sid(), pick(["True", "False"]), ts()[:10]))
    return pick(["reports/ad-users.csv", "data/export/inactive-users.csv"]), "\n".join(rows) + "\n"


@ntpl("powershell", "credential-prompt")
def n_ps_prompt():
    c = Ctx()
    return pick(["scripts/Reset-UserPassword.ps1", "tools/Get-GroupReport.ps1"]), J(
        "param([Parameter(Mandatory)][string]$Identity)", "",
        "# Operator is prompted; nothing is stored in this script",
        "$cred = Get-Credential -Message 'Account with rights on %s'" % c.users_dn,
        "$newPw = Read-Host -Prompt 'New password' -AsSecureString",
        "Set-ADAccountPassword -Server %s -Credential $cred -Identity $Identity -NewPassword $newPw -Reset" % c.host,
        "Set-ADUser -Identity $Identity -ChangePasswordAtLogon $true -Credential $cred",
        "Get-ADUser $Identity -Properties ObjectGUID, SID | Select-Object Name, ObjectGUID, SID")


@ntpl("sssd", "gssapi-no-password")
def n_sssd_gssapi():
    c = Ctx()
    return pick(["etc/sssd/sssd.conf", "roles/sssd/templates/sssd-ad.conf.j2"]), J(
        "[sssd]", "services = nss, pam", "domains = %s" % c.domain.lower(), "",
        "[domain/%s]" % c.domain.lower(), "id_provider = ad", "access_provider = ad", "ad_domain = %s" % c.domain.lower(),
        "krb5_realm = %s" % c.realm, "realmd_tags = manages-system joined-with-adcli",
        "# machine account from /etc/krb5.keytab, no bind password needed",
        "ldap_sasl_authid = %s$@%s" % (pick(["WEB01", "APP02", "BUILD07"]), c.realm),
        "krb5_keytab = /etc/krb5.keytab", "cache_credentials = True", "use_fully_qualified_names = False",
        "fallback_homedir = /home/%u", "ad_gpo_access_control = %s" % pick(["enforcing", "permissive"]))


@ntpl("sssd", "obfuscated-authtok")
def n_sssd_obf():
    c = Ctx()
    return pick(["etc/sssd/sssd.conf", "images/base/etc/sssd/sssd.conf"]), J(
        "# password obfuscated with: sss_obfuscate --domain %s" % c.domain, "[domain/%s]" % c.domain,
        "id_provider = ldap", "ldap_uri = %s" % c.url, "ldap_search_base = %s" % c.base,
        "ldap_default_bind_dn = %s" % c.bind_dn, "ldap_default_authtok_type = obfuscated_password",
        "ldap_default_authtok = %s" % sssd_obf_blob(), "ldap_tls_reqcert = demand")


@ntpl("nslcd", "sasl-no-password")
def n_nslcd_sasl():
    c = Ctx()
    return "etc/nslcd.conf", J(
        "uid nslcd", "gid nslcd", "uri %s" % c.url, "base %s" % c.base,
        "# bind with the host keytab instead of a bindpw", "sasl_mech GSSAPI", "sasl_realm %s" % c.realm,
        "krb5_ccname FILE:/var/run/nslcd/nslcd.tkt", "rootpwmoddn cn=admin,%s" % c.base.lower(),
        "ssl start_tls", "tls_reqcert demand", "tls_cacertfile %s" % c.cacert)


@ntpl("pam_ldap", "rootbinddn-secret-file")
def n_pam_ldap_conf():
    c = Ctx()
    return pick(["etc/ldap.conf", "roles/ldap-client/templates/ldap.conf.j2"]), J(
        "base %s" % c.base, "uri %s" % c.url, "ldap_version 3",
        "# The password for rootbinddn lives in /etc/ldap.secret (mode 0600)",
        "rootbinddn cn=admin,%s" % c.base, "pam_password exop", "nss_initgroups_ignoreusers root,ldap",
        "pam_filter objectclass=posixAccount", "pam_login_attribute uid", "tls_cacertfile %s" % c.cacert)


@ntpl("openldap-clients", "password-file-and-prompt")
def n_ldap_cmds_md():
    c = Ctx()
    return pick(["docs/ldap-howto.md", "docs/operations/directory.md", "CONTRIBUTING-ldap.md"]), J(
        "# Querying the directory", "", "Never pass the bind password on the command line. Use `-W` to be",
        "prompted, or `-y` with a file readable only by you:", "", "```sh",
        "ldapsearch -x -H %s -D '%s' -W -b '%s' '(%s=%s)'" % (c.url, c.bind_dn, c.users_dn, c.uid_attr, person()[0]),
        "ldapsearch -x -H %s -D '%s' -y ~/.ldap_bindpw -b '%s' '(objectClass=groupOfNames)' cn" % (c.url, c.bind_dn, c.groups_dn),
        "```", "", "Server certificate fingerprint (SHA-256):", "", "    %s" % sha256_fp(), "",
        "Base DN: `%s`, bind DN: `%s`." % (c.base, c.bind_dn))


@ntpl("tls", "cert-fingerprints")
def n_fingerprints():
    c = Ctx()
    out = ["# LDAPS endpoints and their certificate fingerprints (rotated %s)" % ts()[:10], "ldaps_endpoints:"]
    for h in (c.host, c.host2):
        out += ["  - host: %s" % h, "    port: 636", "    sha256: \"%s\"" % sha256_fp(),
                "    sha1: \"%s\"" % sha1_fp(), "    serial: \"%s\"" % serial_hex(),
                "    not_after: \"%s\"" % ts(rint(2025, 2027))]
    return pick(["inventory/ldaps-certs.yml", "monitoring/cert-pins.yaml"]), "\n".join(out) + "\n"


@ntpl("tls", "public-ca-cert")
def n_ldap_conf_ca():
    c = Ctx()
    return pick(["etc/openldap/ldap.conf", "docker/base/ldap.conf"]), (
        "BASE    %s\nURI     %s %s://%s\nTLS_REQCERT demand\nTLS_CACERT %s\n" % (
            c.base, c.url, c.scheme, c.host2, c.cacert)
        + "# CA certificate (public) pasted for reference:\n" + "\n".join("# " + l for l in fake_cert().splitlines()) + "\n")


@ntpl("keycloak", "public-keys-listing")
def n_keycloak_keys():
    c = Ctx()
    keys = []
    for alg in ("RS256", "RSA-OAEP"):
        keys.append({"algorithm": alg, "type": "RSA", "providerId": uuid4s(), "providerPriority": 100,
                     "kid": b64(rbytes(32)).rstrip("=").replace("+", "-").replace("/", "_"),
                     "status": "ACTIVE", "publicKey": rsa_pub_b64(), "use": "SIG" if alg == "RS256" else "ENC"})
    return pick(["docs/keycloak/realm-keys.json", "test/fixtures/keys.json"]), json.dumps(
        {"active": {k["algorithm"]: k["kid"] for k in keys}, "keys": keys}, indent=2) + "\n"


@ntpl("keycloak", "masked-export")
def n_keycloak_masked():
    c = Ctx()
    return pick(["keycloak/export/corp-realm.json", "realm-export.json"]), json.dumps({
        "realm": pick(["corp", "internal"]), "components": {"org.keycloak.storage.UserStorageProvider": [{
            "id": uuid4s(), "name": "ldap", "providerId": "ldap", "config": {
                "connectionUrl": [c.url], "bindDn": [c.bind_dn], "bindCredential": ["**********"],
                "usersDn": [c.users_dn], "uuidLDAPAttribute": ["entryUUID"]}}]},
        "clients": [{"clientId": c.app, "id": uuid4s(), "publicClient": True,
                     "redirectUris": ["https://%s.%s/*" % (c.app, c.domain)]}]}, indent=2) + "\n"


@ntpl("logs", "bind-log")
def n_sssd_log():
    c = Ctx()
    out = []
    for _ in range(rint(8, 15)):
        t = "(%s %s %02d %02d:%02d:%02d %d)" % (pick(["Mon", "Tue", "Wed", "Thu"]), pick(["Mar", "Apr", "Oct"]),
                                              rint(1, 28), rint(0, 23), rint(0, 59), rint(0, 59), rint(2022, 2025))
        out.append(pick([
            "%s [be[%s]] [sdap_cli_auth_step] (0x1000): the connection will expire at %d" % (t, c.domain, rint(1700000000, 1750000000)),
            "%s [be[%s]] [simple_bind_send] (0x0100): Executing simple bind as: %s" % (t, c.domain, c.bind_dn),
            "%s [be[%s]] [simple_bind_done] (0x0400): Bind result: Success(0), no errmsg set" % (t, c.domain),
            "%s [be[%s]] [sdap_get_generic_ext_step] (0x0400): calling ldap_search_ext with [(&(objectclass=posixAccount)(uid=%s))][%s]." % (t, c.domain, person()[0], c.users_dn),
            "%s [be[%s]] [sdap_save_user] (0x0400): Processing user %s, objectGUID %s" % (t, c.domain, person()[0], uuid4s())]))
    return pick(["logs/sssd_%s.log" % c.domain, "var/log/sssd/sssd_ldap.log"]), "\n".join(out) + "\n"


@ntpl("logs", "slapd-access-log")
def n_slapd_log():
    c = Ctx()
    out = []
    conn = rint(1000, 9000)
    for i in range(rint(6, 12)):
        pre = "%s slapd[%d]: conn=%d op=%d" % (ts()[:19].replace("T", " "), rint(400, 2000), conn, i)
        out.append(pick(['%s BIND dn="%s" method=128' % (pre, c.bind_dn),
                         "%s RESULT tag=97 err=0 qtime=0.000011 etime=0.0021 text=" % pre,
                         '%s SRCH base="%s" scope=2 deref=0 filter="(uid=%s)"' % (pre, c.users_dn, person()[0]),
                         "%s SEARCH RESULT tag=101 err=0 nentries=1 text=" % pre,
                         "%s fd=%d TLS established tls_ssf=256 ssf=256 tls_proto=TLSv1.3" % (pre, rint(10, 80))]))
    return pick(["logs/slapd.log", "support/bundle/slapd-access.log"]), "\n".join(out) + "\n"


@ntpl("authelia", "argon2-user-db")
def n_authelia_users():
    c = Ctx()
    out = ["# Authelia file backend (argon2id hashes generated with authelia crypto hash generate)", "users:"]
    for _ in range(rint(2, 4)):
        f, l = person()
        out += ["  %s:" % f, "    disabled: false", "    displayname: \"%s %s\"" % (f.title(), l.title()),
                "    password: \"%s\"" % argon2_hash(), "    email: %s@%s" % (f, c.domain), "    groups:", "      - %s" % c.admin_group]
    return pick(["authelia/users_database.yml", "config/authelia/users.yml"]), "\n".join(out) + "\n"


@ntpl("dex", "bcrypt-static-passwords")
def n_dex_static():
    c = Ctx()
    out = ["enablePasswordDB: true", "staticPasswords:"]
    for _ in range(rint(1, 3)):
        f, l = person()
        out += ["- email: \"%s@%s\"" % (f, c.domain), "  hash: \"%s\"" % bcrypt_hash(),
                "  username: \"%s\"" % f, "  userID: \"%s\"" % uuid4s()]
    return pick(["dex/static-users.yaml", "deploy/dex/passwords.yaml"]), "\n".join(out) + "\n"


@ntpl("samba", "no-password-smb-conf")
def n_smb_conf():
    c = Ctx()
    return pick(["samba/smb.conf", "etc/samba/smb.conf"]), J(
        "[global]", "   workgroup = %s" % c.netbios, "   passdb backend = ldapsam:%s" % c.url,
        "   ldap suffix = %s" % c.base.lower(), "   ldap admin dn = cn=admin,%s" % c.base.lower(),
        "   # admin dn password is kept in secrets.tdb (set once with smbpasswd -w)",
        "   ldap ssl = start tls", "   ldap passwd sync = yes", "   ldap user suffix = ou=People",
        "   ldap group suffix = ou=Groups", "   server string = %s file server" % c.org.title())


@ntpl("realmd", "join-with-prompt")
def n_realm_prompt():
    c = Ctx()
    return pick(["docs/linux-ad-join.md", "runbooks/join-domain.md"]), J(
        "## Joining a Linux host to %s" % c.realm, "", "```bash", "sudo realm discover %s" % c.domain.lower(),
        "sudo realm join --user=$USER --computer-ou='OU=Linux,%s' %s   # prompts for your password" % (c.base, c.domain.upper()),
        "sudo adcli join --domain=%s --login-user=$USER --stdin-password < /dev/tty" % c.domain.lower(),
        "```", "", "The machine account SID will look like `%s`." % sid(rint(3000, 40000)))


@ntpl("vault", "config-read-output")
def n_vault_read():
    c = Ctx()
    return pick(["docs/vault/ldap-config-output.txt", "notes/vault-ldap.txt"]), J(
        "$ vault read auth/ldap/config", "Key                        Value", "---                        -----",
        "binddn                     %s" % c.bind_dn, "case_sensitive_names       false",
        "certificate                n/a", "deny_null_bind             true", "discoverdn                 false",
        "groupattr                  cn", "groupdn                    %s" % c.groups_dn,
        "request_timeout            90s", "starttls                   false", "token_ttl                  0s",
        "url                        %s" % c.url, "userattr                   %s" % c.uid_attr,
        "userdn                     %s" % c.users_dn, "accessor                   auth_ldap_%s" % rstr(HEX, 8))


@ntpl("terraform", "random-password-ref")
def n_tf_random():
    c = Ctx()
    return pick(["terraform/ad/users.tf", "infra/directory/service-accounts.tf"]), J(
        'resource "random_password" "svc_ldap" {', "  length  = 32", "  special = true", "}", "",
        'resource "ad_user" "svc_ldap" {', '  principal_name   = "%s"' % c.upn, '  sam_account_name = "%s"' % c.svc,
        '  display_name     = "LDAP bind for %s"' % c.app, "  initial_password = random_password.svc_ldap.result",
        '  container        = "%s,%s"' % (c.svc_ou, c.base), "}", "",
        'resource "vault_kv_secret_v2" "svc_ldap" {', '  mount = "secret"', '  name  = "ldap/%s"' % c.svc,
        "  data_json = jsonencode({ password = random_password.svc_ldap.result })", "}")


@ntpl("ansible", "ansible-vault-ciphertext")
def n_ansible_vault():
    c = Ctx()
    blob = rstr(HEX, 64 * rint(5, 9) + 40)
    lines = [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return pick(["group_vars/prod/vault.yml", "inventories/prod/group_vars/all/vault.yml"]), (
        "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n")


@ntpl("ansible", "vault-inline-var")
def n_ansible_inline():
    c = Ctx()
    blob = rstr(HEX, 64 * 4 + 20)
    return pick(["group_vars/ldap_clients.yml", "roles/sssd/vars/main.yml"]), (
        "ldap_bind_dn: \"%s\"\nldap_bind_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" % c.bind_dn
        + "\n".join("          " + blob[i:i + 64] for i in range(0, len(blob), 64)) + "\nldap_uri: \"%s\"\n" % c.url)


@ntpl("kubernetes", "sealedsecret-ciphertext")
def n_sealed():
    c = Ctx()
    return pick(["k8s/%s/sealed-ldap.yaml" % c.app, "deploy/overlays/prod/ldap-sealedsecret.yaml"]), J(
        "apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-ldap" % c.app,
        "  namespace: %s" % c.app, "spec:", "  encryptedData:",
        "    LDAP_BIND_PASSWORD: Ag%s" % b64(rbytes(rint(300, 380))).rstrip("="),
        "  template:", "    metadata:", "      name: %s-ldap" % c.app, "    type: Opaque")


@ntpl("kubernetes", "externalsecret-ref")
def n_external_secret():
    c = Ctx()
    return pick(["k8s/%s/externalsecret.yaml" % c.app, "deploy/base/ldap-externalsecret.yaml"]), J(
        "apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: ldap-bind",
        "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: vault-backend", "    kind: ClusterSecretStore",
        "  target:", "    name: ldap-bind", "  data:", "    - secretKey: LDAP_BIND_PASSWORD", "      remoteRef:",
        "        key: secret/data/%s/ldap" % c.app, "        property: bind_password",
        "    - secretKey: LDAP_BIND_DN", "      remoteRef:", "        key: secret/data/%s/ldap" % c.app, "        property: bind_dn")


@ntpl("sops", "sops-ciphertext")
def n_sops():
    c = Ctx()
    enc = lambda n: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(n)), b64(rbytes(32)), b64(rbytes(16)))
    return pick(["secrets/ldap.enc.yaml", "deploy/secrets/prod/ldap.sops.yaml"]), J(
        "ldap:", "    bind_dn: %s" % enc(len(c.bind_dn)), "    bind_password: %s" % enc(rint(14, 30)), "sops:",
        "    age:", "        - recipient: age1%s" % rstr("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
        "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----",
        "            %s" % b64(rbytes(48)), "            %s" % b64(rbytes(30)), "            -----END AGE ENCRYPTED FILE-----",
        "    lastmodified: \"%s\"" % ts(), "    mac: %s" % enc(32).replace("type:str", "type:str"),
        "    unencrypted_suffix: _unencrypted", "    version: 3.%d.%d" % (rint(7, 9), rint(0, 3)))


@ntpl("jenkins", "encrypted-secret")
def n_jenkins_enc():
    c = Ctx()
    return pick(["jenkins_home/config.xml", "jenkins/backup/config.xml"]), J(
        "<?xml version='1.1' encoding='UTF-8'?>", "<hudson>", '  <securityRealm class="hudson.security.LDAPSecurityRealm" plugin="ldap">',
        "    <configurations>", "      <jenkins.security.plugins.ldap.LDAPConfiguration>",
        "        <server>%s</server>" % c.url, "        <rootDN>%s</rootDN>" % c.base,
        "        <managerDN>%s</managerDN>" % c.bind_dn,
        "        <managerPasswordSecret>%s</managerPasswordSecret>" % jenkins_secret(),
        "      </jenkins.security.plugins.ldap.LDAPConfiguration>", "    </configurations>", "  </securityRealm>", "</hudson>")


@ntpl("java", "ssha-unit-test")
def n_java_test():
    c = Ctx()
    pkg = "com.%s.auth" % c.org
    return "src/test/java/%s/SshaHasherTest.java" % pkg.replace(".", "/"), J(
        "package %s;" % pkg, "", "import static org.junit.jupiter.api.Assertions.*;", "import org.junit.jupiter.api.Test;", "",
        "class SshaHasherTest {", "    // salt and digest are fixed test vectors, not credentials",
        '    private static final String SALT_HEX = "%s";' % rstr(HEX, 16),
        '    private static final String EXPECTED = "%s";' % ssha_hash(), "",
        "    @Test", "    void formatsWithSchemePrefix() {",
        "        String h = SshaHasher.hash(\"input\".getBytes(), Hex.decode(SALT_HEX));",
        '        assertTrue(h.startsWith("{SSHA}"));', "        assertEquals(EXPECTED.length(), h.length());", "    }", "}")


@ntpl("python", "guid-sid-parsing")
def n_py_guid():
    c = Ctx()
    g = rbytes(16)
    return pick(["app/ad_utils.py", "lib/sid.py"]), J(
        "import struct", "import uuid", "", "# sample objectGUID as returned by AD (little-endian layout)",
        "SAMPLE_GUID = %r" % g, "SAMPLE_GUID_STR = %r" % str(uuid.UUID(bytes_le=g)),
        "DOMAIN_SID = %r" % sid(0).rsplit("-", 1)[0], "", "",
        "def guid_to_str(raw: bytes) -> str:", "    return str(uuid.UUID(bytes_le=raw))", "", "",
        "def sid_to_str(raw: bytes) -> str:", "    rev, count = raw[0], raw[1]",
        "    auth = int.from_bytes(raw[2:8], 'big')",
        "    subs = struct.unpack('<' + 'I' * count, raw[8:8 + 4 * count])",
        "    return 'S-%d-%d-' % (rev, auth) + '-'.join(str(s) for s in subs)")


@ntpl("dotnet", "integrated-auth")
def n_cs_integrated():
    c = Ctx()
    return "src/Directory/GroupLookup.cs", J(
        "using System.DirectoryServices.AccountManagement;", "", "public static class GroupLookup", "{",
        "    // Runs as the gMSA of the app pool; no credentials in code", "    public static bool IsMember(string sam, string group)", "    {",
        '        using var ctx = new PrincipalContext(ContextType.Domain, "%s", "%s");' % (c.domain.lower(), c.base),
        "        using var user = UserPrincipal.FindByIdentity(ctx, IdentityType.SamAccountName, sam);",
        "        return user?.IsMemberOf(ctx, IdentityType.Name, group) ?? false;", "    }", "",
        '    public const string AppGroupSid = "%s";' % sid(), '    public const string AppGroupGuid = "%s";' % uuid4s(), "}")


@ntpl("php", "anonymous-bind")
def n_php_anon():
    c = Ctx()
    return pick(["lib/Directory/PhoneBook.php", "public/phonebook.php"]), J(
        "<?php", "// public phone book: the directory allows anonymous read of these attributes",
        "$ds = ldap_connect('%s');" % c.url, "ldap_set_option($ds, LDAP_OPT_PROTOCOL_VERSION, 3);",
        "ldap_bind($ds); // anonymous", "$sr = ldap_search($ds, '%s', '(objectClass=person)', ['cn', 'telephoneNumber']);" % c.users_dn,
        "$entries = ldap_get_entries($ds, $sr);", "header('Content-Type: application/json');", "echo json_encode($entries);")


@ntpl("nexus", "masked-api-response")
def n_nexus_masked():
    c = Ctx()
    return pick(["docs/nexus/ldap-get-response.json", "test/fixtures/nexus-ldap.json"]), json.dumps([{
        "id": rstr(HEX, 8) + "-" + rstr(HEX, 4), "name": "corp-ldap", "protocol": "LDAPS", "host": c.host, "port": 636,
        "searchBase": c.base, "authScheme": "SIMPLE", "authUsername": c.bind_dn,
        "authPassword": "#~NXRM~PLACEHOLDER~PASSWORD~#", "userBaseDn": c.user_ou, "userIdAttribute": c.uid_attr}], indent=2) + "\n"


@ntpl("nextcloud", "occ-show-config-masked")
def n_occ_show():
    c = Ctx()
    return pick(["docs/nextcloud-ldap-config.txt", "notes/occ-ldap.txt"]), J(
        "$ occ ldap:show-config s01", "+-------------------------------+--------------------------------------+",
        "| Configuration                 | s01                                  |",
        "+-------------------------------+--------------------------------------+",
        "| ldapHost                      | %-36s |" % c.host, "| ldapPort                      | %-36s |" % c.port,
        "| ldapAgentName                 | %-36s |" % c.bind_dn[:36], "| ldapAgentPassword             | ***                                  |",
        "| ldapBase                      | %-36s |" % c.base[:36], "| ldapExpertUUIDUserAttr        | %-36s |" % ("objectGUID" if c.ad else "entryUUID"),
        "+-------------------------------+--------------------------------------+")


@ntpl("gitea", "auth-list-output")
def n_gitea_list():
    c = Ctx()
    return "docs/gitea-auth-sources.txt", J(
        "$ gitea admin auth list", "ID   Name          Type              Enabled",
        "1    %-13s LDAP (via BindDN) true" % c.org[:13], "2    github        OAuth2            false", "",
        "$ gitea admin user list --admin", "ID   Username  Email                    IsActive IsAdmin",
        "1    %-9s %-24s true     true" % (person()[0], "ops@" + c.domain))


@ntpl("sql", "bcrypt-user-table")
def n_sql_hashes():
    c = Ctx()
    rows = []
    for i in range(rint(3, 6)):
        f, l = person()
        rows.append("(%d, '%s.%s', '%s', 'ldap', '%s', '%s')" % (i + 1, f, l, bcrypt_hash(), uuid4s(), ts()[:10]))
    return pick(["db/seed/users.sql", "fixtures/local_users.sql"]), (
        "-- users synced from LDAP keep a local bcrypt hash for offline mode\n"
        "INSERT INTO users (id, login, password_hash, auth_source, external_id, created_at) VALUES\n"
        + ",\n".join(rows) + ";\n")


@ntpl("ssh", "ldap-ssh-public-keys")
def n_ssh_pubkeys():
    c = Ctx()
    out = ["# add SSH keys to accounts (openssh-lpk schema)"]
    for _ in range(rint(2, 4)):
        f, l = person()
        out += ["dn: uid=%s,%s" % (f, c.users_dn), "changetype: modify", "add: sshPublicKey",
                "sshPublicKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (b64(rbytes(32))[:43], f, c.domain), ""]
    return pick(["ldap/changes/ssh-keys.ldif", "directory/ssh_keys.ldif"]), "\n".join(out)


@ntpl("kerberos", "keytab-listing")
def n_klist():
    c = Ctx()
    out = ["$ klist -kte /etc/krb5.keytab", "Keytab name: FILE:/etc/krb5.keytab",
           "KVNO Timestamp           Principal", "---- ------------------- ------------------------------------------------------"]
    host = pick(["web01", "app02", "build07"]).upper()
    for enc in ("aes256-cts-hmac-sha1-96", "aes128-cts-hmac-sha1-96", "arcfour-hmac"):
        out.append("   %d %s %s$@%s (%s)" % (rint(2, 9), ts()[:19].replace("T", " "), host, c.realm, enc))
    return pick(["docs/kerberos-check.txt", "support/klist.txt"]), "\n".join(out) + "\n"


@ntpl("java-keystore", "keytool-listing")
def n_keytool():
    c = Ctx()
    return pick(["docs/ldaps-truststore.txt", "ops/keystore-listing.txt"]), J(
        "$ keytool -list -v -keystore truststore.jks -storepass:env TRUSTSTORE_PASS", "Keystore type: PKCS12",
        "Alias name: %s-root-ca" % c.org, "Creation date: %s" % ts()[:10], "Entry type: trustedCertEntry", "",
        "Owner: CN=%s Root CA, O=%s" % (c.org.title(), c.org.title()), "Serial number: %s" % rstr(HEX, 32),
        "Certificate fingerprints:", "	 SHA1: %s" % sha1_fp(), "	 SHA256: %s" % sha256_fp(),
        "Signature algorithm name: SHA256withRSA", "Subject Public Key Algorithm: 4096-bit RSA key")


@ntpl("git", "changelog-rotation")
def n_changelog():
    c = Ctx()
    out = ["# Changelog", ""]
    for _ in range(rint(4, 7)):
        out.append("- %s %s (%s)" % (ts()[:10], pick([
            "Rotated the %s bind password; new value stored in Vault at secret/ldap/%s" % (c.app, c.svc),
            "Switched LDAP bind to `%s`" % c.bind_dn, "Pinned LDAPS CA (SHA-256 %s)" % sha256_fp("")[:32],
            "Moved user search base to `%s`" % c.users_dn, "Merged !%d: group sync filter (memberOf)" % rint(100, 999)]), gitsha()[:10]))
    return pick(["CHANGELOG.md", "docs/CHANGES.md"]), "\n".join(out) + "\n"


@ntpl("apache-httpd", "exec-password-program")
def n_apache_exec():
    c = Ctx()
    return pick(["httpd/conf.d/ldap.conf", "apache/ldap-auth.conf"]), J(
        "<Location /%s>" % c.app, "    AuthType Basic", '    AuthName "LDAP"', "    AuthBasicProvider ldap",
        '    AuthLDAPURL "%s/%s?%s"' % (c.url, c.users_dn, c.uid_attr), '    AuthLDAPBindDN "%s"' % c.bind_dn,
        '    AuthLDAPBindPassword "exec:/usr/local/bin/vault-read ldap/%s"' % c.svc, "    Require valid-user", "</Location>")


@ntpl("grafana", "file-expansion")
def n_grafana_file():
    c = Ctx()
    return pick(["grafana/ldap.toml", "etc/grafana/ldap.toml"]), J(
        "[[servers]]", 'host = "%s"' % c.host, "port = 636", "use_ssl = true", 'bind_dn = "%s"' % c.bind_dn,
        'bind_password = "$__file{/run/secrets/ldap_bind_password}"', 'search_filter = "(sAMAccountName=%s)"',
        'search_base_dns = ["%s"]' % c.base)


@ntpl("ldap", "search-filters-doc")
def n_filters():
    c = Ctx()
    return pick(["docs/ldap-filters.md", "docs/reference/filters.md"]), J(
        "# Useful filters", "", "| Purpose | Filter |", "|---|---|",
        "| enabled users | `(&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))` |",
        "| nested group members | `(memberOf:1.2.840.113556.1.4.1941:=cn=%s,%s)` |" % (c.admin_group, c.groups_dn),
        "| by GUID | `(objectGUID=%s)` |" % "".join("\\" + rstr(HEX, 2) for _ in range(16)),
        "| by SID | `(objectSid=%s)` |" % sid(), "", "Base DN: `%s`" % c.base)


@ntpl("active-directory", "gpo-guids")
def n_gpo():
    c = Ctx()
    out = ["DisplayName,Id,Owner,GpoStatus,ModificationTime"]
    for _ in range(rint(4, 8)):
        out.append("%s,{%s},%s\\Domain Admins,AllSettingsEnabled,%s" % (
            pick(["Default Domain Policy", "Workstation Baseline", "LAPS", "Firewall", "BitLocker", "Linux sudoers"]),
            uuid4s().upper(), c.netbios, ts()[:10]))
    return pick(["reports/gpo-inventory.csv", "ad/gpo.csv"]), "\n".join(out) + "\n"


@ntpl("docker", "secret-file-compose")
def n_compose_secret_file():
    c = Ctx()
    return pick(["docker-compose.yml", "compose/ldap.yaml"]), J(
        "services:", "  openldap:", "    image: bitnami/openldap:2.6", "    environment:",
        "      LDAP_ROOT: \"%s\"" % c.base.lower(), "      LDAP_ADMIN_USERNAME: admin",
        "      LDAP_ADMIN_PASSWORD_FILE: /run/secrets/ldap_admin_password", "    secrets:", "      - ldap_admin_password",
        "secrets:", "  ldap_admin_password:", "    file: ./secrets/ldap_admin_password.txt")


@ntpl("gitlab", "ldap-check-output")
def n_gitlab_check():
    c = Ctx()
    out = ["$ sudo gitlab-rake gitlab:ldap:check", "Checking LDAP ...", "", "LDAP: ... Server: ldapmain",
           "LDAP authentication... Success", "LDAP users with access to your GitLab server (only showing the first 100 results)"]
    for _ in range(rint(3, 6)):
        f, l = person()
        out.append("\tDN: uid=%s,%s\t %s: %s" % (f, c.users_dn, c.uid_attr, f))
    return pick(["docs/gitlab/ldap-check.txt", "support/ldap-check.log"]), "\n".join(out) + "\nChecking LDAP ... Finished\n"


@ntpl("dotnet", "keyvault-reference")
def n_appsettings_kv():
    c = Ctx()
    return pick(["appsettings.Production.json", "src/Api/appsettings.json"]), J(
        "{", '  "Ldap": {', '    "Server": "%s",' % c.host, '    "BindDn": "%s",' % c.bind_dn,
        '    "BindPasswordSecretName": "ldap-bind-password",', '    "SearchBase": "%s"' % c.users_dn, "  },",
        '  "KeyVault": { "Uri": "https://kv-%s-prod.vault.azure.net/", "TenantId": "%s", "ClientId": "%s" }' % (c.org, uuid4s(), uuid4s()), "}")


@ntpl("active-directory", "schema-guids")
def n_ad_schema():
    c = Ctx()
    out = ["# ldifde -f schema.ldf -d CN=Schema,CN=Configuration,%s -r (objectClass=attributeSchema)" % c.base, ""]
    for name in pick([["employeeNumber", "extensionAttribute1"], ["msDS-cloudExtensionAttribute1", "uidNumber"],
                      ["unixHomeDirectory", "loginShell", "gidNumber"]]):
        out += ["dn: CN=%s,CN=Schema,CN=Configuration,%s" % (name, c.base), "objectClass: attributeSchema",
                "attributeID: 1.2.840.113556.1.%d.%d" % (rint(2, 6), rint(100, 2200)), "lDAPDisplayName: %s" % name,
                "schemaIDGUID:: %s" % b64(rbytes(16)), "attributeSecurityGUID:: %s" % b64(rbytes(16)),
                "isSingleValued: TRUE", ""]
    return pick(["ad/schema/extensions.ldf", "docs/schema-export.ldf"]), "\n".join(out)


@ntpl("active-directory", "laps-expiry-times")
def n_laps():
    c = Ctx()
    out = ["Name,DistinguishedName,ms-Mcs-AdmPwdExpirationTime,msLAPS-PasswordExpirationTime"]
    for _ in range(rint(4, 9)):
        h = "%s%02d" % (pick(["WS", "SRV", "LAB"]), rint(1, 99))
        out.append("%s,\"CN=%s,OU=Workstations,%s\",%d,%d" % (h, h, c.base, rint(133000000000000000, 134000000000000000),
                                                                rint(133000000000000000, 134000000000000000)))
    return pick(["reports/laps-expiry.csv", "audit/laps.csv"]), "\n".join(out) + "\n"


@ntpl("tls", "csr-no-passphrase")
def n_csr():
    c = Ctx()
    s = "MIIC" + pick("uvwxyz") + b64(rbytes(rint(520, 640)))
    return pick(["pki/ldap-server.csr", "certs/requests/%s.csr" % c.host]), (
        "-----BEGIN CERTIFICATE REQUEST-----\n" + "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
        + "\n-----END CERTIFICATE REQUEST-----\n")


@ntpl("kerberos", "krb5-conf")
def n_krb5():
    c = Ctx()
    return pick(["etc/krb5.conf", "roles/kerberos/files/krb5.conf"]), J(
        "[libdefaults]", "    default_realm = %s" % c.realm, "    dns_lookup_realm = false", "    dns_lookup_kdc = true",
        "    rdns = false", "    ticket_lifetime = 24h", "    forwardable = true", "", "[realms]", "    %s = {" % c.realm,
        "        kdc = %s" % c.host, "        kdc = %s" % c.host2, "        admin_server = %s" % c.host, "    }", "",
        "[domain_realm]", "    .%s = %s" % (c.domain.lower(), c.realm), "    %s = %s" % (c.domain.lower(), c.realm))


@ntpl("oidc", "jwks-public")
def n_jwks():
    c = Ctx()
    n = b64(rbytes(256)).rstrip("=").replace("+", "-").replace("/", "_")
    return pick(["docs/jwks.json", "test/fixtures/jwks.json"]), json.dumps({"keys": [{
        "kty": "RSA", "use": "sig", "alg": "RS256", "kid": rstr(ALNUM + "-_", 43), "n": n, "e": "AQAB",
        "x5t": b64(rbytes(20)).rstrip("=").replace("+", "-").replace("/", "_")}]}, indent=2) + "\n"


@ntpl("active-directory", "repadmin-output")
def n_repadmin():
    c = Ctx()
    site = pick(["Default-First-Site-Name", "HQ", "DC-Frankfurt"])
    return pick(["docs/ad-replication.txt", "support/repadmin-showrepl.txt"]), J(
        "C:\\> repadmin /showrepl %s" % c.host.split(".")[0].upper(), "", "%s\\%s" % (site, c.host.split(".")[0].upper()),
        "DSA Options: IS_GC", "Site Options: (none)", "DSA object GUID: %s" % uuid4s(),
        "DSA invocationID: %s" % uuid4s(), "", "==== INBOUND NEIGHBORS ======================================", "",
        "%s" % c.base, "    %s\\%s via RPC" % (site, c.host2.split(".")[0].upper()),
        "        DSA object GUID: %s" % uuid4s(),
        "        Last attempt @ %s was successful." % ts()[:19].replace("T", " "))


@ntpl("openldap", "ppolicy-entry")
def n_ppolicy():
    c = Ctx()
    return pick(["ldap/policies/default-ppolicy.ldif", "ldif/ppolicy.ldif"]), J(
        "dn: cn=default,ou=policies,%s" % c.base.lower(), "objectClass: pwdPolicy", "objectClass: person", "objectClass: top",
        "cn: default", "sn: default policy", "pwdAttribute: userPassword", "pwdMinLength: %d" % pick([12, 14, 16]),
        "pwdMaxAge: %d" % pick([7776000, 15552000]), "pwdInHistory: %d" % pick([5, 10, 24]), "pwdCheckQuality: 2",
        "pwdLockout: TRUE", "pwdMaxFailure: %d" % pick([5, 10]), "pwdLockoutDuration: 900", "pwdMustChange: TRUE")


@ntpl("sudo-ldap", "sudoers-ldif")
def n_sudoers():
    c = Ctx()
    return pick(["ldap/sudoers.ldif", "directory/sudo-roles.ldif"]), J(
        "dn: cn=%s,ou=SUDOers,%s" % (c.admin_group, c.base.lower()), "objectClass: top", "objectClass: sudoRole",
        "cn: %s" % c.admin_group, "sudoUser: %%%s" % c.admin_group, "sudoHost: ALL", "sudoCommand: ALL",
        "sudoRunAsUser: ALL", "sudoOption: !authenticate", "sudoOrder: %d" % rint(1, 20))


@ntpl("helm", "existing-secret-ref")
def n_helm_existing():
    c = Ctx()
    return pick(["deploy/%s/values.yaml" % c.app, "charts/%s/values-prod.yaml" % c.app]), J(
        "ldap:", "  enabled: true", "  url: %s" % c.url, "  bindDn: \"%s\"" % c.bind_dn,
        "  # password comes from the Secret below (created by external-secrets)", "  existingSecret: %s-ldap" % c.app,
        "  existingSecretPasswordKey: bind-password", "  userBase: \"%s\"" % c.users_dn, "  groupBase: \"%s\"" % c.groups_dn,
        "  tls:", "    caSecret: corp-root-ca", "    insecureSkipVerify: false")


@ntpl("ci", "masked-job-log")
def n_ci_log():
    c = Ctx()
    return pick(["ci/logs/ldap-sync-%d.log" % rint(1000, 9999), "artifacts/job.log"]), J(
        "Running with gitlab-runner 16.%d.%d (%s)" % (rint(0, 11), rint(0, 3), rstr(HEX, 8)),
        "$ export LDAP_URL=%s" % c.url, "$ export LDAP_BIND_DN=%s" % c.bind_dn, "$ env | grep LDAP_",
        "LDAP_URL=%s" % c.url, "LDAP_BIND_DN=%s" % c.bind_dn, "LDAP_BIND_PASSWORD=[MASKED]",
        "$ python -m sync --dry-run", "INFO bound as %s" % c.bind_dn,
        "INFO %d users, %d groups, run id %s" % (rint(100, 9000), rint(10, 400), uuid4s()), "Job succeeded")


@ntpl("tls", "cert-inventory-csv")
def n_cert_csv():
    c = Ctx()
    rows = ["host,port,subject,serial,thumbprint_sha1,not_after"]
    for h in (c.host, c.host2, "%s.%s" % (c.app, c.domain)):
        rows.append("%s,636,CN=%s,%s,%s,%s" % (h, h, rstr("0123456789ABCDEF", 32), sha1_fp().replace(":", ""), ts(rint(2025, 2027))[:10]))
    return pick(["inventory/certs.csv", "reports/tls-inventory.csv"]), "\n".join(rows) + "\n"


@ntpl("dns", "srv-and-dkim-zone")
def n_zone():
    c = Ctx()
    d = c.domain.lower()
    key = rsa_pub_b64()
    return pick(["dns/zones/db.%s" % d, "zones/%s.zone" % d]), J(
        "$ORIGIN %s." % d, "$TTL 3600", "@ IN SOA ns1.%s. hostmaster.%s. ( %d 7200 3600 1209600 3600 )" % (d, d, rint(2023010101, 2025123199)),
        "_ldap._tcp      IN SRV 0 100 389 %s." % c.host, "_ldap._tcp      IN SRV 10 100 389 %s." % c.host2,
        "_kerberos._tcp  IN SRV 0 100 88 %s." % c.host, "_gc._tcp        IN SRV 0 100 3268 %s." % c.host,
        "mail._domainkey IN TXT ( \"v=DKIM1; k=rsa; \" \"p=%s\" \"%s\" )" % (key[:200], key[200:]))


@ntpl("vault", "ldap-secrets-static-role")
def n_vault_static_role():
    c = Ctx()
    return pick(["vault/ldap-secrets.sh", "scripts/vault-ldap-rotation.sh"]), J(
        "#!/usr/bin/env bash", "# Vault rotates the service account password; nobody needs to know it", "set -euo pipefail",
        "vault secrets enable ldap || true",
        "vault write ldap/config binddn=\"$VAULT_LDAP_ADMIN_DN\" bindpass=\"$VAULT_LDAP_ADMIN_PW\" url=%s schema=%s" % (
            c.url, "ad" if c.ad else "openldap"),
        "vault write ldap/static-role/%s dn='%s' username='%s' rotation_period=24h" % (c.svc, c.bind_dn, c.svc),
        "vault read -field=last_vault_rotation ldap/static-role/%s" % c.svc)


@ntpl("powershell", "password-policy-output")
def n_pw_policy():
    c = Ctx()
    return pick(["docs/ad-password-policy.txt", "audit/default-domain-policy.txt"]), J(
        "PS> Get-ADDefaultDomainPasswordPolicy -Server %s" % c.host, "",
        "ComplexityEnabled           : True", "DistinguishedName           : %s" % c.base,
        "LockoutDuration             : 00:30:00", "LockoutThreshold            : %d" % pick([5, 10]),
        "MaxPasswordAge              : %d.00:00:00" % pick([90, 180, 365]), "MinPasswordLength           : %d" % pick([12, 14]),
        "ObjectGUID                  : %s" % uuid4s(), "PasswordHistoryCount        : 24", "ReversibleEncryptionEnabled : False")


@ntpl("ldap", "uuid-mapping-csv")
def n_uuid_map():
    c = Ctx()
    rows = ["local_id,login,ldap_dn,entry_uuid,synced_at"]
    for i in range(rint(5, 10)):
        f, l = person()
        rows.append("%d,%s,\"uid=%s,%s\",%s,%s" % (rint(1, 99999), f, f, c.users_dn, uuid4s(), ts()))
    return pick(["data/ldap_user_map.csv", "migrations/data/external_ids.csv"]), "\n".join(rows) + "\n"


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
ENV_NAMES = ["LDAP_BIND_PASSWORD", "LDAP_BIND_PW", "LDAP_PASSWORD", "BIND_PASSWORD",
             "AD_BIND_PASSWORD", "LDAP_MANAGER_PASSWORD", "SVC_LDAP_PASSWORD"]
ENV_OK_SUFFIX = ("example", "sample", "dist", "template", "tmpl", "defaults")


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if "." not in base.lstrip("."):
        return base.lower()
    return base.rsplit(".", 1)[-1].lower()


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".")[-1] not in ENV_OK_SUFFIX
    return False


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle not in text"
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1]
    return line


def build(seed):
    global R
    R = random.Random(seed)
    pos = []
    order = list(range(len(POS)))
    R.shuffle(order)
    weights = [t["weight"] for t in POS]
    env_files = 0
    used = set()
    while len(pos) < N_POS:
        if order:
            ti = order.pop()
        else:
            ti = R.choices(range(len(POS)), weights=weights)[0]
        t = POS[ti]
        kind = pick(t["kinds"])
        pw = make_pw(kind, t["syms"])
        if pw in used:
            continue
        used.add(pw)
        rel, text = t["fn"](lit(t["lang"], pw), "pos")
        if is_blocked_env(rel):
            if env_files >= N_POS // 25:
                continue
            env_files += 1
        pos.append(dict(rel=rel, text=text, provider=t["provider"], kind=kind, needle=pw,
                        line=line_of(text, pw), tpl=t["name"]))
    negs = []
    order = list(range(len(POS)))
    R.shuffle(order)
    while len(negs) < N_NEG // 2:
        ti = order.pop() if order else R.randrange(len(POS))
        t = POS[ti]
        modes = [m for m in GENERIC_MODES if m not in t["nogeneric"]] + t["specials"] * 2
        mode = pick(modes)
        tok = neg_token(t["lang"], pick(ENV_NAMES), mode)
        rel, text = t["fn"](tok, mode)
        assert not is_blocked_env(rel), rel
        negs.append(dict(rel=rel, text=text, provider=t["provider"], kind="slot:" + mode, tpl=t["name"]))
    order = list(range(len(NEG)))
    R.shuffle(order)
    while len(negs) < N_NEG:
        ti = order.pop() if order else R.randrange(len(NEG))
        t = NEG[ti]
        rel, text = t["fn"]()
        assert not is_blocked_env(rel), rel
        negs.append(dict(rel=rel, text=text, provider=t["provider"], kind="lookalike:" + t["kind"], tpl=t["name"]))
    R.shuffle(negs)
    return pos, negs


def write(outdir, pos, negs):
    man, sec = [], []
    for label, items, pre in (("pos", pos, "p"), ("neg", negs, "n")):
        for i, it in enumerate(items):
            rel = "%s/%s%04d/%s" % (label, pre, i, it["rel"])
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(it["text"])
            man.append({"file": rel, "label": label, "provider": it["provider"], "kind": it["kind"],
                        "filetype": filetype(it["rel"])})
            if label == "pos":
                with open(full, encoding="utf-8", newline="") as fh:
                    back = fh.read()
                ln = line_of(back, it["needle"])
                assert ln == it["line"]
                sec.append({"file": rel, "needle": it["needle"], "line": ln})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in man:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in sec:
            fh.write(json.dumps(s) + "\n")
    return man, sec


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_ia.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    pos, negs = build(seed)
    man, sec = write(outdir, pos, negs)
    assert len(sec) == N_POS and len(man) == N_POS + N_NEG
    print("wrote %d positives, %d negatives to %s (%d positive templates, %d look-alike templates)" % (
        len(pos), len(negs), outdir, len(POS), len(NEG)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
