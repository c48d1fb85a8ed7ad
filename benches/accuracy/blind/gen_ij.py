#!/usr/bin/env python3
"""gen_ij.py - blind evaluation set: Java application servers and their configuration.

EMPHASIS
    Credentials as they appear around Java application servers: Apache Tomcat (context.xml /
    server.xml <Resource password=...>, Connector keystorePass / certificateKeystorePassword,
    JNDIRealm connectionPassword, tomcat-users.xml, manager credentials for tomcat7-maven-plugin,
    Maven settings.xml and the Gradle Cargo plugin, curl to /manager/text, cluster
    EncryptInterceptor keys), WildFly / JBoss EAP (standalone.xml datasources, Elytron
    credential-reference clear-text, legacy LDAP search-credential, host.xml <secret value=base64>,
    jboss-cli scripts, add-user.sh, wildfly-config.xml, jboss-ejb-client.properties), Oracle
    WebLogic (boot.properties, WLST connect(...)/set('Password',...), WDT models, WLS_PW,
    weblogic.Deployer, -Dweblogic.management.password), IBM WebSphere traditional and Liberty
    (server.xml dataSource / authData / keyStore / ldapRegistry / basicRegistry, server.env
    keystore_password, bootstrap.properties, wsadmin AdminTask.createAuthDataEntry,
    soap.client.props), GlassFish / Payara (asadmin password files, create-jdbc-connection-pool,
    domain.xml, glassfish-resources.xml, asadmin post-boot scripts), Jetty (realm.properties,
    ssl.ini, jetty-env.xml), TomEE (tomee.xml, resources.xml), Resin (resin.xml), JNDI
    jndi.properties, javax.net.ssl.* system properties, JMX (jmxremote.password, JMX clients in
    Java/Groovy), Hazelcast and Infinispan cluster passwords, plus the surrounding Kubernetes,
    Helm, Ansible, Terraform, Dockerfile, docker-compose, runbooks and logs.
    Kinds: datasource-password, admin-password, keystore-password, jmx-password,
    ldap-bind-password, cluster-password, cluster-key, basic-auth.
    File types: xml, properties, py (WLST/wsadmin Jython), cli (jboss-cli), sh, bat, cmd,
    Dockerfile, yaml, gradle/groovy, java, md, log, tf, csv, sql, ini, txt, env, asadmin, plain
    server files (jmxremote.password, server.env, realm.properties, passwordfile).

USAGE
    python3 -B gen_ij.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files) and OUTDIR/neg/nNNNN/<relpath> (500 files),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Deterministic for a given SEED: every random choice comes from one random.Random(SEED).
    Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file: the password characters only,
      without surrounding quotes, attribute names or key names.  All generated passwords avoid
      characters that a format would escape (& < > " ' \\ $ ` , and spaces), so the written form
      equals the generated value.
    * URLs and connection strings (jdbc:...?password=X, http://user:X@host): the needle is X.
    * "user:password" pairs (curl -u deployer:X, tomcat-users style lines, CSV rows): only X.
    * HTTP Basic headers (Authorization: Basic B64): the needle is the base64 token B64.
    * WildFly host.xml <secret value="B64"/>: the needle is the base64 value as written.
    * Tomcat EncryptInterceptor encryptionKey: the hex key as written.
    * Key pairs: the set holds no private keys; public certificates only appear as negatives.
      No multi-line secrets are used, so every needle sits on one line.
    * "line" is the 1-based line of the needle's first occurrence; the generator asserts the
      needle occurs exactly once in the file and that it is on that line.

NEGATIVES
    Half (250) re-use the positive templates with the secret's slot holding a non-secret:
    placeholders (<your-password>, YOUR_PASSWORD_HERE, changeme, xxxxxxxx, TODO), empty values,
    masked values (********, [REDACTED], <hidden>), references (${env.DB_PASSWORD}, ${db.password},
    ${VAULT::block::attr::1}, ${ALIAS=...}, @@SECRET:...@@, System.getenv(...), os.environ[...],
    "$VAR", %VAR%, op:// and vault paths, Ansible {{ vault_x }}, Terraform var.x), server-encoded
    values ({AES}/{AES256} WebLogic, {xor}/{aes} WebSphere, OBF:/MD5:/CRYPT: Jetty, MASK- JBoss
    vault, Maven {encrypted}, ENC(...) Jasypt) and documented defaults / examples (changeit,
    welcome1, dev-pass, s3cret, <must-be-changed>, QED, R&D, sa, tiger, {xor}Lz4sLCgwLTs=).
    The other half are look-alikes: mgmt-users.properties / application-users.properties HEX
    hashes, boot.properties and config.xml with {AES256}, Liberty {xor}/{aes}/{hash}, Jetty
    OBF/MD5/CRYPT realms, Tomcat digested passwords (salt$iterations$hash), GlassFish keyfile
    {SSHA256}, Resin {SSHA}, credential-reference store/alias, vault blocks with MASK- values,
    deployment content sha1 hashes, Maven/Gradle checksums, certificate fingerprints and
    serials, PEM certificates, SAML metadata, serialVersionUIDs, JNDI names, pool settings,
    class names, version strings, UUIDs, transaction ids, documented example files.
    No negative is written to a file named .env / .env.* (scanner policy blocks those).

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * WildFly mgmt-users.properties: username=HEX(MD5(username:realm:password)), realm
      ManagementRealm / ApplicationRealm (add-user.sh output, JtR dynamic format).
    * WildFly credential-reference: either store+alias or clear-text (WildFly proposal
      WFCORE-4150, Elytron blog: credential-reference={clear-text=secret}).
    * WebLogic boot.properties: username=/password= in clear text, encrypted to {AES} (older
      domains) or {AES256} (12.2.1.4+ domains) on first start; config.xml *-encrypted elements.
    * Jetty Password tool: OBF: 4-char base-36 groups per byte pair, MD5: hex digest, CRYPT:
      UnixCrypt; the generator's OBF implementation reproduces the documented
      OBF:1yta1t331v8w1v9q1t331ytc for "secret" and MD5:5ebe2294... .
    * Liberty securityUtility encode: {xor} (default, XOR with '_' then base64 - reproduces the
      documented {xor}Lz4sLCgwLTs= for "password"), {aes}, {hash}.
    * GlassFish password file keys: AS_ADMIN_PASSWORD, AS_ADMIN_ADMINPASSWORD,
      AS_ADMIN_USERPASSWORD, AS_ADMIN_MASTERPASSWORD (master default changeit).
    * Tomcat MessageDigestCredentialHandler stored forms: hex digest, {MD5}/{SHA}/{SSHA} base64,
      salt$iterationCount$encodedCredential (hex).
    * JMX password file: "role password" per line, template examples monitorRole QED /
      controlRole R&D.
    * Hazelcast 3.x GroupConfig default password "dev-pass".
    No secret-scanner rule code or rule lists were opened.

DOUBTS
    * {AES}/{AES256} WebLogic and {aes}/{hash} Liberty bodies are random base64 of plausible
      lengths (32-64 bytes); their exact internal layout (salt/IV/version bytes) was not checked.
    * JBoss vault MASK- values and Maven {encrypted} values are random base64 of plausible size.
    * Tomcat EncryptInterceptor encryptionKey as a hex string of 16/24/32 bytes is from memory.
    * Hazelcast 4/5 YAML security realm layout (identity: username-password) is from memory.
    * Liberty server.env keystore_password written on first start is from memory.
    * Whether "{xor}" and OBF: values count as secrets is policy: here they are negatives.
    * GlassFish keyfile "{SSHA256}" and Resin "admin_password : {SSHA}" layouts are from memory.
    * PEM certificates / SAML X509Certificate bodies are random base64 with a DER-like prefix,
      not parseable certificates; WebLogic/WildFly log lines are modelled, not copied.
    * Bitnami chart key tomcatPassword, WildFly image WILDFLY_PASSWORD and Payara
      AS_ADMIN_PASSWORD environment names are from memory of those images' READMEs.
"""
import base64
import hashlib
import json
import os
import random
import sys

# ----------------------------------------------------------------------------------------
# word pools and small helpers
# ----------------------------------------------------------------------------------------
APPS = ["orders", "billing", "inventory", "portal", "claims", "payroll", "catalog", "ledger",
        "booking", "crm", "helpdesk", "reporting", "shipping", "quotes", "loyalty", "hr-self",
        "docs", "pricing", "customer", "audit"]
HOSTS = ["db01.internal", "pg-prod.corp.local", "mysql-a.dc2.example.net", "oradb.prod.lan",
         "10.20.4.17", "db.staging.svc.cluster.local", "sqlsrv02.corp.example.com",
         "postgres.orders.svc", "maria-1.backend.local", "db2.mainframe.corp"]
APP_HOSTS = ["app01.corp.local", "tomcat-prod-2", "wls-admin.dc1.example.net", "10.1.8.42",
             "jboss-a.internal", "liberty-01.prod.lan", "payara.staging.example.org",
             "localhost", "apps.intra.example.com", "was-dmgr.corp.example.com"]
DBUSERS = ["app_user", "orders_rw", "svc_billing", "appuser", "tomcat_app", "jboss", "wlsds",
           "db2inst1", "crm_owner", "report_ro", "inventory", "portal_app"]
ADMINS = ["admin", "deployer", "wlsadmin", "weblogic", "wasadmin", "ops-deploy", "jenkins",
          "manager", "mgmt", "ciuser"]
WORDS = ["amber", "basalt", "cobalt", "delta", "ember", "falcon", "granite", "harbor", "indigo",
         "juniper", "kestrel", "lantern", "marble", "nebula", "onyx", "pepper", "quartz",
         "raven", "saffron", "timber", "umber", "velvet", "willow", "xenon", "yarrow", "zephyr",
         "otter", "copper", "meadow", "canyon", "glacier", "thistle", "walnut", "ripple",
         "cinder", "bramble", "fjord", "lichen", "mosaic", "pylon", "sprocket", "tundra"]
VERSIONS_TC = ["9.0.85", "9.0.91", "10.1.19", "10.1.28", "8.5.100", "11.0.0", "10.1.33"]
VERSIONS_WF = ["26.1.3.Final", "30.0.1.Final", "31.0.1.Final", "27.0.1.Final", "33.0.2.Final"]
VERSIONS_WLS = ["12.2.1.4.0", "14.1.1.0.0", "12.2.1.3.0", "14.1.2.0.0"]
VERSIONS_LIB = ["23.0.0.12", "24.0.0.3", "24.0.0.9", "22.0.0.13", "25.0.0.1"]

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
HEXD = "0123456789abcdef"
B64A = ALNUM + "+/"
SYMS = {"full": "!#*+-._@~", "quoted": "#*+-._@~", "bare": "-_.@", "strict": "-_."}


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64r(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def hexr(r, n):
    return rs(r, HEXD, n)


def uuidr(r):
    h = hexr(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def pick(r, seq):
    return r.choice(seq)


def port(r, base):
    return base + r.choice([0, 0, 0, 1, 2, 10, 100])


# ----------------------------------------------------------------------------------------
# password generation (positives)
# ----------------------------------------------------------------------------------------
def gen_password(r, cls):
    """A random, real-looking password whose characters are safe for class cls."""
    syms = SYMS[cls]
    style = r.choices(["rand", "alnum", "phrase", "human", "b64", "hex"],
                      weights=[30, 20, 14, 16, 10, 10])[0]
    if style == "b64" and cls != "full":
        style = "rand"
    if style == "rand":
        n = r.randint(12, 26)
        body = [r.choice(LOWER), r.choice(UPPER), r.choice(DIGITS), r.choice(syms)]
        body += [r.choice(ALNUM + syms) for _ in range(n - 4)]
        first = r.choice(LOWER + UPPER)
        r.shuffle(body)
        pw = first + "".join(body)
    elif style == "alnum":
        n = r.randint(14, 32)
        pw = r.choice(UPPER + LOWER) + rs(r, ALNUM, n - 3) + r.choice(DIGITS) + r.choice(UPPER)
    elif style == "phrase":
        sep = r.choice([s for s in "-_." if s in syms])
        ws = [pick(r, WORDS) for _ in range(r.randint(3, 4))]
        if r.random() < 0.5:
            ws = [w.capitalize() for w in ws]
        pw = sep.join(ws) + sep + str(r.randint(10, 9999))
    elif style == "human":
        w1 = pick(r, WORDS).capitalize()
        w2 = pick(r, WORDS)
        sym = r.choice(syms)
        pw = w1 + sym + str(r.randint(100, 99999)) + w2 + r.choice(["", r.choice(UPPER)])
    elif style == "b64":
        pw = r.choice(UPPER + LOWER) + b64r(r, r.choice([18, 24, 30]))
    else:
        pw = r.choice("abcdef") + hexr(r, r.choice([23, 31, 39]))
    return pw


# ----------------------------------------------------------------------------------------
# server-side encodings (used for negatives): formats from the vendors' documentation
# ----------------------------------------------------------------------------------------
def jetty_obf(s):
    """org.eclipse.jetty.util.security.Password obfuscation (ASCII input)."""
    b = s.encode("ascii")
    n = len(b)
    out = []
    digs = "0123456789abcdefghijklmnopqrstuvwxyz"
    for i in range(n):
        b1, b2 = b[i], b[n - (i + 1)]
        i0 = (127 + b1 + b2) * 256 + (127 + b1 - b2)
        x = ""
        while i0:
            x = digs[i0 % 36] + x
            i0 //= 36
        out.append(x.rjust(4, "0"))
    return "OBF:" + "".join(out)


def jetty_md5(s):
    return "MD5:" + hashlib.md5(s.encode()).hexdigest()


def jetty_crypt(r):
    a = "./" + DIGITS + UPPER + LOWER
    return "CRYPT:" + rs(r, a, 13)


def ws_xor(s):
    return "{xor}" + base64.b64encode(bytes(c ^ 0x5F for c in s.encode())).decode()


def ws_aes(r):
    return "{aes}" + b64r(r, r.choice([48, 64, 80]))


def wls_aes(r):
    if r.random() < 0.5:
        return "{AES}" + b64r(r, r.choice([32, 48]))
    return "{AES256}" + b64r(r, r.choice([48, 64]))


def jboss_mask(r):
    return "MASK-" + rs(r, ALNUM + "/+", r.randint(11, 22))


def maven_enc(r):
    return "{" + b64r(r, r.choice([24, 32, 48])) + "}"


def jasypt_enc(r):
    return "ENC(" + b64r(r, r.choice([24, 32, 48])) + ")"


def wf_hex(user, realm, pw):
    return hashlib.md5(("%s:%s:%s" % (user, realm, pw)).encode()).hexdigest()


# ----------------------------------------------------------------------------------------
# template registry and slot handling
# ----------------------------------------------------------------------------------------
POS = []      # positive templates (re-used with a non-secret slot for half the negatives)
LOOK = []     # look-alike negative templates

QUOTE = {"java": '"', "py": "'", "groovy": "'", "tf": '"', "sql": "'", "kts": '"'}


def ptpl(name, provider, kind, ft, ctx, cls, conv, family, var="DB_PASSWORD"):
    def deco(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, ft=ft, ctx=ctx, cls=cls,
                        conv=conv, family=family, var=var, fn=fn))
        return fn
    return deco


def ntpl(name, provider, kind, ft):
    def deco(fn):
        LOOK.append(dict(name=name, provider=provider, kind=kind, ft=ft, fn=fn))
        return fn
    return deco


def fit(ctx, lit):
    """Write literal lit into a slot of context ctx; None if it cannot be written there."""
    if ctx in QUOTE:
        q = QUOTE[ctx]
        if q in lit or "\\" in lit or (ctx in ("groovy", "kts") and "$" in lit):
            return None
        return q + lit + q
    if ctx == "xml":
        return xesc(lit)
    if ctx == "yaml":
        if lit == "":
            return '""'
        if lit[0] in "{[*&!%@<>'\"#|`?-" or ": " in lit or " #" in lit or lit[-1] == ":":
            return "'" + lit.replace("'", "''") + "'"
        return lit
    if ctx == "sh_bare":
        if lit == "" or any(c not in ALNUM + "_.@/:=+-" for c in lit):
            if any(c in lit for c in '"$`\\!'):
                return None
            return '"' + lit + '"'
        return lit
    if ctx == "sh_dq":
        return None if any(c in lit for c in '"$`\\!') else lit
    if ctx == "bat":
        return None if any(c in lit for c in '<>&|^%!" ') else lit
    if ctx == "cli":
        return None if any(c in lit for c in '{}[],=" ()') or lit == "" else lit
    if ctx in ("realm", "csv"):
        return None if "," in lit else lit
    if ctx == "asadmin":
        return None if any(c in lit for c in ':= "') or lit == "" else lit
    if ctx == "url":
        return None if any(c not in ALNUM + "-_.~${}" for c in lit) or lit == "" else lit
    if ctx == "line":       # jmxremote.password style "role password"
        return None if (" " in lit or lit == "") else lit
    return lit


PLACEHOLDERS = ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "CHANGE_ME", "xxxxxxxx",
                "xxxxxxxxxxxxxxxx", "********", "[REDACTED]", "<hidden>", "TODO", "",
                "<password>", "REPLACE_ME", "***", "<set-me>", "PLACEHOLDER", "<secret>",
                "your_password", "******"]


def refs_for(ctx, family, var, r):
    v = var
    low = v.lower().replace("_", ".")
    slug = pick(r, APPS)
    if ctx == "xml":
        m = {"tomcat": ["${%s}" % low, "${%s}" % v],
             "wildfly": ["${env.%s}" % v, "${env.%s:}" % v,
                         "${VAULT::ds_%s::password::1}" % slug.replace("-", "_"),
                         "${jboss.%s}" % low],
             "liberty": ["${env.%s}" % v, "${%s}" % low, "${keystore_password}"],
             "was": ["${env.%s}" % v],
             "glassfish": ["${ALIAS=%s-password}" % slug, "${ENV=%s}" % v],
             "jetty": ['<Property name="%s" default=""/>' % low,
                       '<Env name="%s"/>' % v],
             "maven": ["${env.%s}" % v, "${%s}" % low],
             "hazelcast": ["${hazelcast.%s}" % low],
             "resin": ["${%s}" % low.replace(".", "_")],
             "tomee": ["${%s}" % v],
             "infinispan": ["${env.%s}" % v],
             "generic": ["${%s}" % low, "${env.%s}" % v]}
        return m.get(family, m["generic"])
    if ctx in ("props", "ini"):
        out = ["${env:%s}" % v, "${%s}" % v, "${sys:%s}" % low]
        if family in ("liberty", "generic", "tomcat", "wildfly"):
            out.append(jasypt_enc(r))
        return out
    if ctx == "yaml":
        return ['"${%s}"' % v, '"{{ vault_%s }}"' % v.lower(), "${%s:}" % v,
                "'@@SECRET:%s:password@@'" % slug if family == "weblogic" else '"{{ %s }}"' % v.lower()]
    if ctx == "sh_dq":
        return ["${%s}" % v, "$(cat /run/secrets/%s)" % v.lower(), "${%s:?not set}" % v,
                "$(vault kv get -field=password secret/%s/%s)" % (family, slug),
                "$(op read op://infra/%s-%s/password)" % (family, slug)]
    if ctx == "sh_bare":
        return ['"$%s"' % v, '"${%s}"' % v, '"$(cat /run/secrets/%s)"' % v.lower()]
    if ctx == "bat":
        return ["%%%s%%" % v, "!%s!" % v]
    if ctx == "cli":
        return ["${env.%s}" % v, "${%s}" % low]
    if ctx == "java":
        return ['System.getenv("%s")' % v, 'System.getProperty("%s")' % low,
                'config.getString("%s")' % low, 'secrets.lookup("%s/%s")' % (family, low)]
    if ctx == "kts":
        return ['System.getenv("%s")' % v, 'findProperty("%s") as String' % low]
    if ctx == "py":
        return ["os.environ['%s']" % v, "sys.argv[2]", "props.getProperty('%s')" % low,
                "os.getenv('%s')" % v]
    if ctx == "groovy":
        return ["System.getenv('%s')" % v, "project.findProperty('%s')" % low,
                "(findProperty('%s') ?: '')" % low]
    if ctx == "tf":
        return ["var.%s" % v.lower(), 'data.vault_generic_secret.%s.data["password"]' % family,
                "random_password.%s.result" % v.lower()]
    if ctx == "sql":
        return [":'%s'" % v.lower()]
    if ctx == "url":
        return ["${%s}" % v]
    return []


def encoded_for(family, kind, r):
    pw = gen_password(r, "strict")
    if family == "weblogic":
        return [wls_aes(r)]
    if family in ("liberty", "was"):
        return [ws_xor(pw), ws_aes(r)]
    if family == "jetty":
        out = [jetty_obf(pw)]
        if kind == "admin-password":
            out += [jetty_md5(pw), jetty_crypt(r)]
        return out
    if family == "maven":
        return [maven_enc(r)]
    return []


def documented_for(family, kind):
    out = []
    if kind == "keystore-password":
        out += ["changeit"]
    if family == "weblogic":
        out += ["welcome1"]
    if family == "hazelcast":
        out += ["dev-pass"]
    if family in ("tomcat", "maven") and kind == "admin-password":
        out += ["s3cret", "<must-be-changed>"]
    if kind == "jmx-password":
        out += ["QED", "R&D"]
    if family in ("liberty", "was"):
        out += ["{xor}Lz4sLCgwLTs="]
    if family == "jetty":
        out += ["OBF:1yta1t331v8w1v9q1t331ytc"]
    if family == "glassfish" and kind == "admin-password":
        out += ["adminadmin"]
    return out


ENCODED_CTX = ("xml", "props", "yaml", "realm", "ini")


def neg_slot(r, t):
    """Non-secret text for the slot of template t; returns (text, style)."""
    ctx = t["ctx"]
    for _ in range(200):
        cat = r.choices(["placeholder", "ref", "encoded", "documented"],
                        weights=[30, 32, 18, 20])[0]
        if cat == "ref":
            c = refs_for(ctx, t["family"], t["var"], r)
            if c:
                return pick(r, c), "ref"
            continue
        if cat == "placeholder":
            cands = PLACEHOLDERS
        elif cat == "encoded":
            cands = encoded_for(t["family"], t["kind"], r)
        else:
            cands = documented_for(t["family"], t["kind"])
        if not cands:
            continue
        lit = pick(r, cands)
        if (lit.startswith("{") or lit[:4] in ("OBF:", "MD5:", "CRYPT")) and ctx not in ENCODED_CTX:
            continue
        w = fit(ctx, lit)
        if w is not None:
            return w, cat
    return fit(ctx, "changeme"), "placeholder"


def pos_slot(r, t):
    pw = gen_password(r, t["cls"])
    w = fit(t["ctx"], pw)
    assert w is not None and pw in w, (t["name"], pw)
    return w, pw


def ptpl_custom(name, provider, kind, ft, conv, family, mk_pos, mk_neg):
    """Template whose secret is not a plain password (e.g. a Basic header, a base64 secret)."""
    def deco(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, ft=ft, ctx="custom", cls="full",
                        conv=conv, family=family, var="X", fn=fn, mk_pos=mk_pos, mk_neg=mk_neg))
        return fn
    return deco


def jdbc(r, db=None, amp="&"):
    """(driver class, url, validation query) for a random database."""
    db = db or pick(r, ["postgresql", "mysql", "mariadb", "oracle", "sqlserver", "db2"])
    h = pick(r, HOSTS)
    name = pick(r, APPS).replace("-", "_")
    if db == "postgresql":
        return ("org.postgresql.Driver", "jdbc:postgresql://%s:5432/%s" % (h, name), "SELECT 1")
    if db == "mysql":
        return ("com.mysql.cj.jdbc.Driver",
                "jdbc:mysql://%s:3306/%s?useSSL=true%sserverTimezone=UTC" % (h, name, amp),
                "SELECT 1")
    if db == "mariadb":
        return ("org.mariadb.jdbc.Driver", "jdbc:mariadb://%s:3306/%s" % (h, name), "SELECT 1")
    if db == "oracle":
        return ("oracle.jdbc.OracleDriver", "jdbc:oracle:thin:@//%s:1521/%sPDB" % (h, name.upper()),
                "SELECT 1 FROM DUAL")
    if db == "sqlserver":
        return ("com.microsoft.sqlserver.jdbc.SQLServerDriver",
                "jdbc:sqlserver://%s:1433;databaseName=%s;encrypt=true" % (h, name), "SELECT 1")
    return ("com.ibm.db2.jcc.DB2Driver", "jdbc:db2://%s:50000/%s" % (h, name.upper()[:8]),
            "SELECT 1 FROM SYSIBM.SYSDUMMY1")


def xml_head(r):
    return pick(r, ['<?xml version="1.0" encoding="UTF-8"?>\n', "<?xml version='1.0' encoding='utf-8'?>\n", ""])


ASF_LICENSE = """<!--
  Licensed to the Apache Software Foundation (ASF) under one or more
  contributor license agreements.  See the NOTICE file distributed with
  this work for additional information regarding copyright ownership.
  The ASF licenses this file to You under the Apache License, Version 2.0
  (the "License"); you may not use this file except in compliance with
  the License.  You may obtain a copy of the License at

      http://www.apache.org/licenses/LICENSE-2.0
-->
"""


# ======================================================================================
# POSITIVE TEMPLATES - Apache Tomcat
# ======================================================================================
@ptpl("tc_context_resource", "tomcat", "datasource-password", "xml", "xml", "full", True, "tomcat")
def _(r, v):
    app = pick(r, APPS)
    drv, url, vq = jdbc(r, amp="&amp;")
    path = pick(r, ["src/main/webapp/META-INF/context.xml", "conf/context.xml",
                    "conf/Catalina/localhost/%s.xml" % app, "web/META-INF/context.xml"])
    return path, """%s<Context reloadable="false" crossContext="false">
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <WatchedResource>${catalina.base}/conf/web.xml</WatchedResource>

    <!-- %s datasource, pooled by tomcat-jdbc -->
    <Resource name="jdbc/%sDB"
              auth="Container"
              type="javax.sql.DataSource"
              factory="org.apache.tomcat.jdbc.pool.DataSourceFactory"
              driverClassName="%s"
              url="%s"
              username="%s"
              password="%s"
              maxTotal="%d"
              maxIdle="%d"
              maxWaitMillis="10000"
              testOnBorrow="true"
              validationQuery="%s"/>

    <Manager pathname="" />
</Context>
""" % (xml_head(r), app, app.capitalize().replace("-", ""), drv, url, pick(r, DBUSERS), v,
       r.choice([20, 30, 50, 100]), r.choice([5, 10, 20]), vq)


@ptpl("tc_server_global_resource", "tomcat", "datasource-password", "xml", "xml", "full", False, "tomcat")
def _(r, v):
    drv, url, vq = jdbc(r, amp="&amp;")
    app = pick(r, APPS)
    return pick(r, ["conf/server.xml", "tomcat/conf/server.xml", "docker/tomcat/server.xml"]), """%s%s<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <Listener className="org.apache.catalina.core.AprLifecycleListener" SSLEngine="on" />
  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener" />
  <Listener className="org.apache.catalina.mbeans.GlobalResourcesLifecycleListener" />
  <Listener className="org.apache.catalina.core.ThreadLocalLeakPreventionListener" />

  <GlobalNamingResources>
    <Resource name="UserDatabase" auth="Container"
              type="org.apache.catalina.UserDatabase"
              description="User database that can be updated and saved"
              factory="org.apache.catalina.users.MemoryUserDatabaseFactory"
              pathname="conf/tomcat-users.xml" />
    <Resource name="jdbc/shared-%s" auth="Container" type="javax.sql.DataSource"
              driverClassName="%s" url="%s"
              username="%s" password="%s"
              initialSize="2" maxTotal="40" validationQuery="%s" />
  </GlobalNamingResources>

  <Service name="Catalina">
    <Connector port="%d" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.UserDatabaseRealm" resourceName="UserDatabase"/>
      </Realm>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false">
        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs"
               prefix="localhost_access_log" suffix=".txt"
               pattern="%%h %%l %%u %%t &quot;%%r&quot; %%s %%b" />
      </Host>
    </Engine>
  </Service>
</Server>
""" % (xml_head(r), ASF_LICENSE if r.random() < 0.4 else "", app, drv, url, pick(r, DBUSERS), v, vq,
       port(r, 8080))


@ptpl("tc_connector_keystorepass", "tomcat", "keystore-password", "xml", "xml", "full", True, "tomcat",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    ks = pick(r, ["conf/keystore.jks", "conf/tls/%s.p12" % pick(r, APPS), "/etc/pki/tomcat/server.jks"])
    return pick(r, ["conf/server.xml", "deploy/tomcat/server.xml"]), """%s<Server port="-1" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Executor name="tomcatThreadPool" namePrefix="catalina-exec-" maxThreads="%d" minSpareThreads="10"/>

    <Connector port="8080" protocol="HTTP/1.1" executor="tomcatThreadPool"
               connectionTimeout="20000" redirectPort="8443" />

    <!-- legacy attribute names kept for the 8.5 boxes -->
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true" scheme="https" secure="true"
               keystoreFile="%s" keystoreType="%s"
               keystorePass="%s"
               clientAuth="false" sslProtocol="TLS" />

    <Engine name="Catalina" defaultHost="localhost" jvmRoute="%s">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true"/>
    </Engine>
  </Service>
</Server>
""" % (xml_head(r), r.choice([200, 300, 400]), ks, "PKCS12" if ks.endswith("p12") else "JKS", v,
       pick(r, ["node1", "tc-a", "worker2"]))


@ptpl("tc_sslhostconfig", "tomcat", "keystore-password", "xml", "xml", "full", True, "tomcat",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    host = pick(r, ["_default_", "app.example.com", "portal.corp.example.net"])
    return pick(r, ["conf/server.xml", "src/main/tomcat/conf/server.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true" maxParameterCount="1000"
               defaultSSLHostConfigName="%s">
        <UpgradeProtocol className="org.apache.coyote.http2.Http2Protocol" />
        <SSLHostConfig hostName="%s" protocols="TLSv1.2+TLSv1.3">
            <Certificate certificateKeystoreFile="conf/%s.p12"
                         certificateKeystoreType="PKCS12"
                         certificateKeyAlias="tomcat"
                         certificateKeystorePassword="%s"
                         type="RSA" />
        </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" />
    </Engine>
  </Service>
</Server>
""" % (host, host, pick(r, ["localhost-rsa", "keystore", "server"]), v)


@ptpl("tc_jndirealm", "tomcat", "ldap-bind-password", "xml", "xml", "full", False, "tomcat",
      var="LDAP_BIND_PASSWORD")
def _(r, v):
    dc = pick(r, ["dc=corp,dc=example,dc=com", "dc=example,dc=org", "o=acme,c=de"])
    return pick(r, ["conf/server.xml", "tomcat/conf/server.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" />
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm" failureCount="5" lockOutTime="300">
        <Realm className="org.apache.catalina.realm.JNDIRealm"
               connectionURL="ldaps://%s:636"
               connectionName="cn=svc-tomcat,ou=service,%s"
               connectionCredentials="%s"
               userBase="ou=people,%s"
               userSearch="(uid={0})"
               userSubtree="true"
               roleBase="ou=groups,%s"
               roleName="cn"
               roleSearch="(member={0})" />
      </Realm>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
""" % (pick(r, ["ldap.corp.example.com", "ad01.example.org", "10.0.0.12"]), dc,
       v, dc, dc)


@ptpl("tc_users_xml", "tomcat", "admin-password", "xml", "xml", "full", True, "tomcat",
      var="TOMCAT_MANAGER_PASSWORD")
def _(r, v):
    user = pick(r, ADMINS)
    return pick(r, ["conf/tomcat-users.xml", "docker/tomcat-users.xml", "tomcat/conf/tomcat-users.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
<!--
  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>
  <user username="robot" password="<must-be-changed>" roles="manager-script"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <role rolename="admin-gui"/>
  <user username="%s" password="%s" roles="%s"/>
</tomcat-users>
""" % (user, v, pick(r, ["manager-gui,manager-script", "manager-script", "manager-gui,admin-gui"]))


@ptpl("tc_maven_plugin_pom", "tomcat", "admin-password", "xml", "xml", "full", True, "maven",
      var="TOMCAT_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    return "pom.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.%s</groupId>
  <artifactId>%s-web</artifactId>
  <version>%d.%d.%d-SNAPSHOT</version>
  <packaging>war</packaging>

  <properties>
    <maven.compiler.release>%d</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>

  <dependencies>
    <dependency>
      <groupId>javax.servlet</groupId>
      <artifactId>javax.servlet-api</artifactId>
      <version>4.0.1</version>
      <scope>provided</scope>
    </dependency>
  </dependencies>

  <build>
    <finalName>%s</finalName>
    <plugins>
      <plugin>
        <groupId>org.apache.tomcat.maven</groupId>
        <artifactId>tomcat7-maven-plugin</artifactId>
        <version>2.2</version>
        <configuration>
          <url>http://%s:8080/manager/text</url>
          <path>/%s</path>
          <update>true</update>
          <username>%s</username>
          <password>%s</password>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
""" % (app.replace("-", ""), app, r.randint(1, 4), r.randint(0, 20), r.randint(0, 9),
       r.choice([8, 11, 17]), app, pick(r, APP_HOSTS), app, pick(r, ADMINS), v)


@ptpl("tc_maven_settings_server", "tomcat", "admin-password", "xml", "xml", "full", True, "maven",
      var="TOMCAT_PASSWORD")
def _(r, v):
    sid = pick(r, ["tomcat-prod", "TomcatServer", "tomcat-staging", "appserver"])
    return pick(r, ["ci/settings.xml", ".mvn/settings.xml", "build/maven-settings.xml"]), """<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <mirrors>
    <mirror>
      <id>corp-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.%s/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <servers>
    <!-- used by tomcat7:redeploy, see <server>%s</server> in the pom -->
    <server>
      <id>%s</id>
      <username>%s</username>
      <password>%s</password>
    </server>
  </servers>
</settings>
""" % (pick(r, ["corp.example.com", "example.org"]), sid, sid, pick(r, ADMINS), v)


@ptpl("tc_gradle_cargo", "tomcat", "admin-password", "gradle", "groovy", "quoted", False, "tomcat",
      var="TOMCAT_PASSWORD")
def _(r, v):
    return pick(r, ["build.gradle", "web/build.gradle"]), """plugins {
    id 'war'
    id 'com.bmuschko.cargo' version '2.9.0'
}

group = 'com.example'
version = '%d.%d.%d'

repositories {
    mavenCentral()
}

dependencies {
    providedCompile 'jakarta.servlet:jakarta.servlet-api:6.0.0'
    cargo "org.codehaus.cargo:cargo-core-uberjar:1.10.11",
          "org.codehaus.cargo:cargo-ant:1.10.11"
}

cargo {
    containerId = 'tomcat%dx'
    port = 8080

    deployable {
        context = '%s'
    }

    remote {
        hostname = '%s'
        username = '%s'
        password = %s
    }
}
""" % (r.randint(1, 3), r.randint(0, 12), r.randint(0, 9), r.choice([9, 10]), pick(r, APPS),
       pick(r, APP_HOSTS), pick(r, ADMINS), v)


@ptpl("tc_setenv_truststore", "tomcat", "keystore-password", "sh", "sh_dq", "quoted", True, "tomcat",
      var="TRUSTSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["bin/setenv.sh", "tomcat/bin/setenv.sh"]), """#!/bin/sh
# Site-specific settings, sourced by catalina.sh
export JAVA_HOME=/usr/lib/jvm/java-%d-openjdk
CATALINA_PID="$CATALINA_BASE/temp/tomcat.pid"

CATALINA_OPTS="$CATALINA_OPTS -Xms%dm -Xmx%dm -XX:+UseG1GC"
CATALINA_OPTS="$CATALINA_OPTS -Djava.security.egd=file:/dev/./urandom"
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.trustStore=/opt/tomcat/conf/truststore.jks"
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.trustStorePassword=%s"
export CATALINA_OPTS
""" % (r.choice([11, 17, 21]), r.choice([512, 1024]), r.choice([2048, 4096]), v)


@ptpl("tc_setenv_bat", "tomcat", "keystore-password", "bat", "bat", "strict", False, "tomcat",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["bin/setenv.bat", "tomcat/bin/setenv.bat"]), """@echo off
rem Local overrides for catalina.bat
set "JAVA_HOME=C:\\Program Files\\Eclipse Adoptium\\jdk-%d"
set "CATALINA_OPTS=%%CATALINA_OPTS%% -Xmx%dm"
set "CATALINA_OPTS=%%CATALINA_OPTS%% -Djavax.net.ssl.keyStore=C:\\tomcat\\conf\\client.p12"
set "CATALINA_OPTS=%%CATALINA_OPTS%% -Djavax.net.ssl.keyStoreType=PKCS12"
set "CATALINA_OPTS=%%CATALINA_OPTS%% -Djavax.net.ssl.keyStorePassword=%s"
""" % (r.choice([11, 17, 21]), r.choice([1024, 2048]), v)


@ptpl("tc_curl_manager_deploy", "tomcat", "admin-password", "sh", "sh_bare", "bare", False, "tomcat",
      var="TOMCAT_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    user = pick(r, ADMINS)
    # the slot is a whole shell word "user:password"; positives keep it bare
    return pick(r, ["scripts/deploy.sh", "ci/deploy-tomcat.sh", "deploy.sh"]), """#!/usr/bin/env bash
set -euo pipefail

WAR=target/%s.war
HOST=%s

mvn -q -B package -DskipTests

echo "deploying ${WAR} to ${HOST}"
curl -fsS -u %s:%s -T "${WAR}" \\
  "http://${HOST}:8080/manager/text/deploy?path=/%s&update=true"
curl -fsS "http://${HOST}:8080/%s/health" | grep -q UP && echo "ok"
""" % (app, pick(r, APP_HOSTS), user, v, app, app)


def catalina_ts(r):
    return "%02d-%s-%d %02d:%02d:%02d.%03d" % (r.randint(1, 28), pick(r, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct", "Nov"]),
                                               r.choice([2023, 2024, 2025]), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


@ptpl("tc_catalina_log_cmdline", "tomcat", "keystore-password", "log", "log", "full", False, "tomcat",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    ts = catalina_ts(r)
    ver = pick(r, VERSIONS_TC)
    prop = pick(r, ["javax.net.ssl.keyStorePassword", "javax.net.ssl.trustStorePassword"])
    lines = [
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/%s" % (ts, ver),
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server built:          %s" % (ts, pick(r, ["Jan 5 2024 20:23:51 UTC", "Mar 2 2025 11:02:10 UTC"])),
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log OS Name:               Linux" % ts,
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           %s" % (ts, pick(r, ["17.0.10+7", "21.0.2+13-LTS", "11.0.22+7"])),
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log CATALINA_BASE:         /opt/tomcat" % ts,
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djava.util.logging.config.file=/opt/tomcat/conf/logging.properties" % ts,
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager" % ts,
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Xmx2048m" % ts,
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -D%s=%s" % (ts, prop, v),
        "%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Dcatalina.base=/opt/tomcat" % ts,
        "%s INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler [\"https-jsse-nio-8443\"]" % ts,
        "%s INFO [main] org.apache.catalina.startup.Catalina.load Server initialization in [%d] milliseconds" % (ts, r.randint(400, 2000)),
        "%s INFO [main] org.apache.catalina.core.StandardService.startInternal Starting service [Catalina]" % ts,
        "%s INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [%d] milliseconds" % (ts, r.randint(2000, 20000)),
    ]
    return pick(r, ["logs/catalina.out", "logs/catalina.%d-%02d-%02d.log" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28)),
                    "support/ticket-%d/catalina.out" % r.randint(1000, 9999)]), "\n".join(lines) + "\n"


@ptpl("tc_dockerfile_users", "tomcat", "admin-password", "Dockerfile", "sh_dq", "bare", False, "tomcat",
      var="TOMCAT_ADMIN_PASSWORD")
def _(r, v):
    ver = pick(r, ["9.0-jdk17-temurin", "10.1-jdk21", "10.1.19-jre17", "9.0.85-jdk11"])
    user = pick(r, ADMINS)
    return pick(r, ["Dockerfile", "docker/tomcat/Dockerfile", "Dockerfile.tomcat"]), """FROM tomcat:%s

LABEL maintainer="platform-team@example.com"

RUN rm -rf /usr/local/tomcat/webapps/* \\
 && cp -r /usr/local/tomcat/webapps.dist/manager /usr/local/tomcat/webapps/

# allow the manager app from the docker network
COPY docker/manager-context.xml /usr/local/tomcat/webapps/manager/META-INF/context.xml

RUN sed -i 's#</tomcat-users>#<role rolename="manager-gui"/><user username="%s" password="%s" roles="manager-gui,manager-script"/></tomcat-users>#' \\
        /usr/local/tomcat/conf/tomcat-users.xml

COPY target/%s.war /usr/local/tomcat/webapps/ROOT.war
EXPOSE 8080
CMD ["catalina.sh", "run"]
""" % (ver, user, v, pick(r, APPS))


@ptpl("tc_dockerfile_env_opts", "tomcat", "keystore-password", "Dockerfile", "sh_dq", "quoted", True, "tomcat",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["Dockerfile", "app/Dockerfile"]), """FROM tomcat:%s
ENV TZ=Europe/Berlin \\
    CATALINA_OPTS="-Xms512m -Xmx%dm -Djavax.net.ssl.keyStore=/usr/local/tomcat/conf/client.p12 -Djavax.net.ssl.keyStorePassword=%s"
COPY conf/client.p12 /usr/local/tomcat/conf/client.p12
COPY conf/server.xml /usr/local/tomcat/conf/server.xml
COPY build/libs/*.war /usr/local/tomcat/webapps/
HEALTHCHECK --interval=30s CMD curl -fs http://localhost:8080/ || exit 1
""" % (pick(r, ["10.1-jre21", "9.0-jre17", "10.1.28-jdk17-temurin"]), r.choice([1024, 1536, 3072]), v)


@ptpl("tc_catalina_properties", "tomcat", "datasource-password", "properties", "props", "full", True, "tomcat")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["conf/catalina.properties", "tomcat/conf/catalina.properties"]), """# Licensed to the Apache Software Foundation (ASF) under one or more
# contributor license agreements.
package.access=sun.,org.apache.catalina.,org.apache.coyote.,org.apache.jasper.,org.apache.tomcat.
package.definition=sun.,java.,org.apache.catalina.,org.apache.coyote.,org.apache.jasper.,org.apache.naming.,org.apache.tomcat.
common.loader="${catalina.base}/lib","${catalina.base}/lib/*.jar","${catalina.home}/lib","${catalina.home}/lib/*.jar"
server.loader=
shared.loader=
tomcat.util.scan.StandardJarScanFilter.jarsToSkip=\\
annotations-api.jar,\\
ant-junit*.jar
tomcat.util.buf.StringCache.byte.enabled=true

# --- site properties, referenced as ${...} from context.xml ---
db.%s.url=%s
db.%s.username=%s
db.%s.password=%s
db.%s.maxTotal=%d
""" % (app, jdbc(r)[1], app, pick(r, DBUSERS), app, v, app, r.choice([20, 40, 80]))


@ptpl("tc_keystore_java", "tomcat", "keystore-password", "java", "java", "full", False, "generic",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    pkg = "com.example.%s.tls" % pick(r, APPS).replace("-", "")
    return "src/main/java/%s/ClientTls.java" % pkg.replace(".", "/"), """package %s;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

public final class ClientTls {

    private ClientTls() {
    }

    public static SSLContext build(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("%s");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, %s.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }
}
""" % (pkg, pick(r, ["PKCS12", "JKS"]), v)


@ptpl("tc_embedded_java", "tomcat", "keystore-password", "java", "java", "full", False, "tomcat",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    return "src/main/java/com/example/server/EmbeddedServer.java", """package com.example.server;

import java.io.File;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

public class EmbeddedServer {

    public static void main(String[] args) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(new File("target/tomcat").getAbsolutePath());
        tomcat.setPort(%d);

        Connector https = new Connector("org.apache.coyote.http11.Http11NioProtocol");
        https.setPort(8443);
        https.setSecure(true);
        https.setScheme("https");
        https.setProperty("SSLEnabled", "true");
        https.setProperty("keystoreFile", "%s");
        https.setProperty("keystorePass", %s);
        https.setProperty("keyAlias", "%s");
        tomcat.getService().addConnector(https);

        tomcat.addWebapp("", new File("src/main/webapp").getAbsolutePath());
        tomcat.start();
        tomcat.getServer().await();
    }
}
""" % (port(r, 8080), pick(r, ["conf/dev.p12", "/etc/ssl/app.jks", "certs/server.p12"]), v,
       pick(r, ["tomcat", "server", "app"]))


@ptpl("tc_jdbc_pool_java", "tomcat", "datasource-password", "java", "java", "full", False, "tomcat")
def _(r, v):
    drv, url, vq = jdbc(r)
    return "src/main/java/com/example/db/PoolFactory.java", """package com.example.db;

import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;

public final class PoolFactory {

    private static final String URL = "%s";

    public static DataSource create() {
        PoolProperties p = new PoolProperties();
        p.setUrl(URL);
        p.setDriverClassName("%s");
        p.setUsername("%s");
        p.setPassword(%s);
        p.setJmxEnabled(true);
        p.setTestOnBorrow(true);
        p.setValidationQuery("%s");
        p.setMaxActive(%d);
        p.setInitialSize(5);
        p.setRemoveAbandoned(true);
        DataSource ds = new DataSource();
        ds.setPoolProperties(p);
        return ds;
    }
}
""" % (url, drv, pick(r, DBUSERS), v, vq, r.choice([20, 50, 100]))


def _enc_key_pos(r):
    k = hexr(r, r.choice([32, 48, 64]))
    return k, k


def _enc_key_neg(r):
    return pick(r, ["${cluster.encryption.key}", "${env.TC_CLUSTER_KEY}", "CHANGE_ME",
                    "0000000000000000000000000000000000", "<hex-encoded-key>", ""])


@ptpl_custom("tc_cluster_encrypt_interceptor", "tomcat", "cluster-key", "xml", False, "tomcat",
             _enc_key_pos, _enc_key_neg)
def _(r, v):
    return pick(r, ["conf/server.xml", "conf/cluster/server.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" />
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="%s">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">
        <Manager className="org.apache.catalina.ha.session.DeltaManager"
                 expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService"
                      address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver"
                    address="auto" port="4000" autoBind="100" selectorTimeout="5000" maxThreads="6"/>
          <Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">
            <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>
          </Sender>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.EncryptInterceptor"
                       encryptionAlgorithm="AES/GCM/NoPadding"
                       encryptionKey="%s" />
        </Channel>
        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
      </Cluster>
      <Host name="localhost" appBase="webapps"/>
    </Engine>
  </Service>
</Server>
""" % (pick(r, ["node1", "node2", "tc-a"]), xesc(v))


# ======================================================================================
# POSITIVE TEMPLATES - WildFly / JBoss EAP
# ======================================================================================
def wf_ds_driver(r):
    return pick(r, [("postgresql", "org.postgresql.Driver", "postgresql"), ("mysql", "com.mysql.cj.jdbc.Driver", "mysql"),
                    ("oracle", "oracle.jdbc.OracleDriver", "oracle"), ("mariadb", "org.mariadb.jdbc.Driver", "mariadb")])


@ptpl("wf_standalone_ds_security", "wildfly", "datasource-password", "xml", "xml", "full", True, "wildfly")
def _(r, v):
    app = pick(r, APPS)
    db, _cls, drvname = wf_ds_driver(r)
    url = jdbc(r, db=db, amp="&amp;")[1]
    name = app.capitalize().replace("-", "") + "DS"
    return pick(r, ["standalone/configuration/standalone.xml", "docker/wildfly/standalone.xml",
                    "configuration/standalone-full.xml"]), """<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:%d.0">
    <profile>
        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/ExampleDS" pool-name="ExampleDS" enabled="true" use-java-context="true" statistics-enabled="${wildfly.datasources.statistics-enabled:${wildfly.statistics-enabled:false}}">
                    <connection-url>jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE</connection-url>
                    <driver>h2</driver>
                </datasource>
                <datasource jndi-name="java:jboss/datasources/%s" pool-name="%s" enabled="true">
                    <connection-url>%s</connection-url>
                    <driver>%s</driver>
                    <pool>
                        <min-pool-size>%d</min-pool-size>
                        <max-pool-size>%d</max-pool-size>
                    </pool>
                    <security>
                        <user-name>%s</user-name>
                        <password>%s</password>
                    </security>
                    <validation>
                        <valid-connection-checker class-name="org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker"/>
                        <background-validation>true</background-validation>
                    </validation>
                </datasource>
                <drivers>
                    <driver name="h2" module="com.h2database.h2">
                        <xa-datasource-class>org.h2.jdbcx.JdbcDataSource</xa-datasource-class>
                    </driver>
                    <driver name="%s" module="%s"/>
                </drivers>
            </datasources>
        </subsystem>
    </profile>
</server>
""" % (r.choice([18, 19, 20]), name, name, url, drvname, r.choice([2, 5]), r.choice([20, 30, 50]),
       pick(r, DBUSERS), v, drvname, pick(r, ["org.postgresql", "com.mysql", "com.oracle.ojdbc"]))


@ptpl("wf_ds_security_attr", "wildfly", "datasource-password", "xml", "xml", "full", False, "wildfly")
def _(r, v):
    app = pick(r, APPS)
    db, _cls, drvname = wf_ds_driver(r)
    url = jdbc(r, db=db, amp="&amp;")[1]
    return pick(r, ["src/main/webapp/WEB-INF/%s-ds.xml" % app, "deployments/%s-ds.xml" % app]), """<?xml version="1.0" encoding="UTF-8"?>
<!-- deployable datasource, picked up by the deployment scanner -->
<datasources xmlns="urn:jboss:domain:datasources:7.0">
    <datasource jndi-name="java:jboss/datasources/%sDS" pool-name="%sDS">
        <connection-url>%s</connection-url>
        <driver>%s</driver>
        <security user-name="%s" password="%s"/>
        <pool>
            <max-pool-size>%d</max-pool-size>
        </pool>
    </datasource>
</datasources>
""" % (app, app, url, drvname, pick(r, DBUSERS), v, r.choice([10, 25, 40]))


@ptpl("wf_elytron_keystore_clear_text", "wildfly", "keystore-password", "xml", "xml", "full", True, "wildfly",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    ks = pick(r, ["application.keystore", "server.p12", "https.jks"])
    return pick(r, ["standalone/configuration/standalone.xml", "config/standalone-ha.xml"]), """<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:20.0">
    <profile>
        <subsystem xmlns="urn:wildfly:elytron:18.0" final-providers="combined-providers" disallowed-providers="OracleUcrypto">
            <tls>
                <key-stores>
                    <key-store name="httpsKS">
                        <credential-reference clear-text="%s"/>
                        <implementation type="%s"/>
                        <file path="%s" relative-to="jboss.server.config.dir"/>
                    </key-store>
                </key-stores>
                <key-managers>
                    <key-manager name="httpsKM" key-store="httpsKS">
                        <credential-reference store="cs" alias="ks-key-password"/>
                    </key-manager>
                </key-managers>
                <server-ssl-contexts>
                    <server-ssl-context name="httpsSSC" protocols="TLSv1.2 TLSv1.3" key-manager="httpsKM"/>
                </server-ssl-contexts>
            </tls>
        </subsystem>
    </profile>
</server>
""" % (v, "PKCS12" if ks.endswith("p12") else "JKS", ks)


@ptpl("wf_cli_datasource_add", "wildfly", "datasource-password", "cli", "cli", "strict", False, "wildfly")
def _(r, v):
    app = pick(r, APPS)
    db, cls, drvname = wf_ds_driver(r)
    url = jdbc(r, db=db)[1].replace("&", "\\&")
    return pick(r, ["scripts/configure-ds.cli", "docker/wildfly/cli/datasource.cli", "setup/%s-ds.cli" % app]), """# run with: $JBOSS_HOME/bin/jboss-cli.sh --file=%s-ds.cli
embed-server --server-config=standalone.xml --std-out=echo
batch

module add --name=%s.jdbc --resources=/tmp/%s-driver.jar --dependencies=javax.api,javax.transaction.api
/subsystem=datasources/jdbc-driver=%s:add(driver-name=%s,driver-module-name=%s.jdbc,driver-class-name=%s)

data-source add --name=%sDS --jndi-name=java:jboss/datasources/%sDS --driver-name=%s --connection-url=%s --user-name=%s --password=%s --min-pool-size=%d --max-pool-size=%d --background-validation=true

run-batch
stop-embedded-server
""" % (app, drvname, drvname, drvname, drvname, drvname, cls, app, app, drvname, url,
       pick(r, DBUSERS), v, r.choice([2, 5]), r.choice([20, 50]))


@ptpl("wf_cli_elytron_keystore", "wildfly", "keystore-password", "cli", "cli", "strict", False, "wildfly",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["scripts/enable-https.cli", "cli/elytron-tls.cli"]), """# Configure one-way TLS for the undertow https-listener
/subsystem=elytron/key-store=%sKS:add(path=%s,relative-to=jboss.server.config.dir,credential-reference={clear-text=%s},type=PKCS12)
/subsystem=elytron/key-manager=%sKM:add(key-store=%sKS,credential-reference={store=cs,alias=km-pass})
/subsystem=elytron/server-ssl-context=%sSSC:add(key-manager=%sKM,protocols=["TLSv1.3"])
batch
/subsystem=undertow/server=default-server/https-listener=https:undefine-attribute(name=security-realm)
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=ssl-context,value=%sSSC)
run-batch
reload
""" % tuple([pick(r, ["https", "server", "app"])] + [pick(r, ["server.p12", "tls/app.p12"])] + [v] + ["https"] * 5)


@ptpl("wf_jboss_cli_sh", "wildfly", "admin-password", "sh", "sh_bare", "bare", False, "wildfly",
      var="WILDFLY_ADMIN_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["deploy/deploy-wildfly.sh", "scripts/redeploy.sh", "jenkins/deploy.sh"]), """#!/bin/bash
set -e
JBOSS_HOME=${JBOSS_HOME:-/opt/jboss/wildfly}
CONTROLLER=%s:9990
ARTIFACT=target/%s.war

"$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="$CONTROLLER" \\
    --user=%s --password=%s \\
    --command="deploy $ARTIFACT --force"

echo "deployed $(basename "$ARTIFACT") to $CONTROLLER"
""" % (pick(r, APP_HOSTS), app, pick(r, ADMINS), v)


@ptpl("wf_client_config_xml", "wildfly", "admin-password", "xml", "xml", "full", True, "wildfly",
      var="EJB_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/resources/META-INF/wildfly-config.xml", "client/wildfly-config.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
    <authentication-client xmlns="urn:elytron:client:1.7">
        <authentication-rules>
            <rule use-configuration="default"/>
        </authentication-rules>
        <authentication-configurations>
            <configuration name="default">
                <sasl-mechanism-selector selector="DIGEST-MD5"/>
                <set-user-name name="%s"/>
                <credentials>
                    <clear-password password="%s"/>
                </credentials>
                <set-mechanism-realm name="ApplicationRealm"/>
            </configuration>
        </authentication-configurations>
    </authentication-client>
    <jboss-ejb-client xmlns="urn:jboss:wildfly-client-ejb:3.0">
        <connections>
            <connection uri="remote+http://%s:8080"/>
        </connections>
    </jboss-ejb-client>
</configuration>
""" % (pick(r, ["ejbuser", "remote-client", "batch-runner"]), v, pick(r, APP_HOSTS))


@ptpl("wf_ejb_client_properties", "wildfly", "admin-password", "properties", "props", "full", True, "wildfly",
      var="EJB_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/resources/jboss-ejb-client.properties", "client/conf/jboss-ejb-client.properties"]), """endpoint.name=client-endpoint
remote.connectionprovider.create.options.org.xnio.Options.SSL_ENABLED=false
remote.connections=default
remote.connection.default.host=%s
remote.connection.default.port=8080
remote.connection.default.connect.options.org.xnio.Options.SASL_POLICY_NOANONYMOUS=false
remote.connection.default.username=%s
remote.connection.default.password=%s
""" % (pick(r, APP_HOSTS), pick(r, ["ejbuser", "appclient", "quartz"]), v)


@ptpl("wf_dockerfile_add_user", "wildfly", "admin-password", "Dockerfile", "sh_bare", "bare", False, "wildfly",
      var="WILDFLY_ADMIN_PASSWORD")
def _(r, v):
    return pick(r, ["Dockerfile", "docker/wildfly/Dockerfile"]), """FROM quay.io/wildfly/wildfly:%s-jdk%d

COPY --chown=jboss:jboss target/%s.war /opt/jboss/wildfly/standalone/deployments/

RUN /opt/jboss/wildfly/bin/add-user.sh %s %s --silent

EXPOSE 8080 9990
CMD ["/opt/jboss/wildfly/bin/standalone.sh", "-b", "0.0.0.0", "-bmanagement", "0.0.0.0"]
""" % (pick(r, ["30.0.1.Final", "31.0.1.Final", "26.1.3.Final"]), r.choice([17, 21]), pick(r, APPS),
       pick(r, ADMINS), v)


@ptpl("wf_legacy_ldap_connection", "wildfly", "ldap-bind-password", "xml", "xml", "full", False, "wildfly",
      var="LDAP_BIND_PASSWORD")
def _(r, v):
    dc = pick(r, ["dc=corp,dc=example,dc=com", "dc=example,dc=net"])
    return pick(r, ["standalone/configuration/standalone.xml", "eap/standalone.xml"]), """<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:4.2">
    <management>
        <security-realms>
            <security-realm name="LdapManagementRealm">
                <authentication>
                    <ldap connection="corp-ldap" base-dn="ou=people,%s" recursive="true">
                        <username-filter attribute="uid"/>
                    </ldap>
                </authentication>
            </security-realm>
        </security-realms>
        <outbound-connections>
            <ldap name="corp-ldap" url="ldap://%s:389" search-dn="uid=jboss-bind,ou=system,%s" search-credential="%s"/>
        </outbound-connections>
        <management-interfaces>
            <http-interface security-realm="LdapManagementRealm">
                <socket-binding http="management-http"/>
            </http-interface>
        </management-interfaces>
    </management>
</server>
""" % (dc, pick(r, ["ldap.corp.example.com", "10.0.4.20", "idm.example.net"]), dc, v)


@ptpl("wf_elytron_dir_context", "wildfly", "ldap-bind-password", "xml", "xml", "full", False, "wildfly",
      var="LDAP_BIND_PASSWORD")
def _(r, v):
    dc = pick(r, ["dc=corp,dc=example,dc=com", "dc=acme,dc=io"])
    return pick(r, ["standalone/configuration/standalone.xml", "configuration/standalone-ldap.xml"]), """<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:20.0">
    <profile>
        <subsystem xmlns="urn:wildfly:elytron:18.0" final-providers="combined-providers">
            <security-realms>
                <ldap-realm name="corpLdapRealm" dir-context="corpDirContext" direct-verification="true">
                    <identity-mapping rdn-identifier="uid" search-base-dn="ou=people,%s">
                        <attribute-mapping>
                            <attribute from="cn" to="Roles" filter="(member={1})" filter-base-dn="ou=groups,%s"/>
                        </attribute-mapping>
                    </identity-mapping>
                </ldap-realm>
            </security-realms>
            <dir-contexts>
                <dir-context name="corpDirContext" url="ldaps://%s:636" principal="cn=wildfly,ou=svc,%s">
                    <credential-reference clear-text="%s"/>
                </dir-context>
            </dir-contexts>
        </subsystem>
    </profile>
</server>
""" % (dc, dc, pick(r, ["ldap.example.com", "ad.corp.local"]), dc, v)


def _hostxml_pos(r):
    pw = gen_password(r, "full")
    b = base64.b64encode(pw.encode()).decode()
    return b, b


def _hostxml_neg(r):
    return pick(r, ["${server.identity.password}", "<base64-of-the-password>", "${VAULT::secondary::password::1}",
                    "${env.HOST_SECRET}", "CHANGE_ME"])


@ptpl_custom("wf_host_xml_secret", "wildfly", "admin-password", "xml", False, "wildfly", _hostxml_pos, _hostxml_neg)
def _(r, v):
    return pick(r, ["domain/configuration/host-secondary.xml", "domain/configuration/host-slave.xml"]), """<?xml version='1.0' encoding='UTF-8'?>
<host xmlns="urn:jboss:domain:%d.0" name="%s">
    <management>
        <security-realms>
            <security-realm name="ManagementRealm">
                <server-identities>
                    <secret value="%s"/>
                </server-identities>
                <authentication>
                    <local default-user="$local" skip-group-loading="true"/>
                    <properties path="mgmt-users.properties" relative-to="jboss.domain.config.dir"/>
                </authentication>
            </security-realm>
        </security-realms>
    </management>
    <domain-controller>
        <remote security-realm="ManagementRealm" username="%s">
            <discovery-options>
                <static-discovery name="primary" protocol="remote+http" host="%s" port="9990"/>
            </discovery-options>
        </remote>
    </domain-controller>
</host>
""" % (r.choice([4, 5, 8]), pick(r, ["host-b", "node02", "slave1"]), xesc(v), pick(r, ["slave", "secondary", "host-b"]),
       pick(r, APP_HOSTS))


@ptpl("wf_k8s_deployment_env", "wildfly", "datasource-password", "yaml", "yaml", "full", True, "wildfly",
      var="POSTGRESQL_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["k8s/deployment.yaml", "deploy/%s/deployment.yml" % app, "openshift/eap-app.yaml"]), """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
  labels:
    app: %s
spec:
  replicas: %d
  selector:
    matchLabels:
      app: %s
  template:
    metadata:
      labels:
        app: %s
    spec:
      containers:
        - name: wildfly
          image: registry.example.com/%s/%s:%d.%d.%d
          ports:
            - containerPort: 8080
            - containerPort: 9990
          env:
            - name: POSTGRESQL_SERVICE_HOST
              value: %s
            - name: POSTGRESQL_DATABASE
              value: %s
            - name: POSTGRESQL_USER
              value: %s
            - name: POSTGRESQL_PASSWORD
              value: %s
            - name: JAVA_OPTS_APPEND
              value: "-Xmx1g"
          readinessProbe:
            httpGet:
              path: /health/ready
              port: 9990
""" % (app, app, r.choice([1, 2, 3]), app, app, pick(r, ["team-a", "platform"]), app, r.randint(1, 3), r.randint(0, 9),
       r.randint(0, 30), pick(r, HOSTS), app.replace("-", "_"), pick(r, DBUSERS), v)


@ptpl("wf_ansible_defaults", "wildfly", "admin-password", "yaml", "yaml", "full", False, "wildfly",
      var="WILDFLY_ADMIN_PASSWORD")
def _(r, v):
    return pick(r, ["roles/wildfly/defaults/main.yml", "ansible/group_vars/jboss.yml", "inventory/group_vars/appservers.yml"]), """---
wildfly_version: %s
wildfly_base_download_url: https://github.com/wildfly/wildfly/releases/download
wildfly_user: wildfly
wildfly_group: wildfly
wildfly_home: /opt/wildfly
wildfly_bind_address: 0.0.0.0
wildfly_management_bind_address: 127.0.0.1
wildfly_http_port: 8080
wildfly_management_port: 9990
wildfly_java_opts: "-Xms%dm -Xmx%dm"
wildfly_console_user: %s
wildfly_console_secret: %s
wildfly_enable_ssl: false
""" % (pick(r, VERSIONS_WF), r.choice([256, 512]), r.choice([1024, 2048]), pick(r, ADMINS), v)


# ======================================================================================
# POSITIVE TEMPLATES - Oracle WebLogic
# ======================================================================================
@ptpl("wls_boot_properties", "weblogic", "admin-password", "properties", "props", "full", True, "weblogic",
      var="WLS_ADMIN_PASSWORD")
def _(r, v):
    srv = pick(r, ["AdminServer", "ms1", "ManagedServer_1", "soa_server1"])
    return pick(r, ["servers/%s/security/boot.properties" % srv,
                    "domains/%s_domain/servers/%s/security/boot.properties" % (pick(r, ["base", "prod", "app"]), srv)]), \
        "%susername=%s\npassword=%s\n" % (pick(r, ["", "# created by provisioning, encrypted on first start\n"]),
                                           pick(r, ["weblogic", "wlsadmin", "system"]), v)


@ptpl("wls_wlst_connect", "weblogic", "admin-password", "py", "py", "full", False, "weblogic",
      var="WLS_ADMIN_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["wlst/deploy_%s.py" % app.replace("-", "_"), "scripts/wlst/redeploy.py"]), """# WLST (Jython 2.7) - run with $ORACLE_HOME/oracle_common/common/bin/wlst.sh
import sys

appName = '%s'
appPath = '/u01/deploy/%s.ear'
targets = '%s'

connect('%s', %s, 't3://%s:7001')
edit()
startEdit()
try:
    undeploy(appName, targets=targets)
except Exception, e:
    print 'not deployed yet: ' + str(e)
deploy(appName, appPath, targets=targets, upload='true')
save()
activate(block='true')
disconnect()
exit()
""" % (app, app, pick(r, ["cluster1", "ms1,ms2", "AppCluster"]), pick(r, ["weblogic", "wlsadmin"]), v,
       pick(r, APP_HOSTS))


@ptpl("wls_wlst_create_ds", "weblogic", "datasource-password", "py", "py", "full", False, "weblogic")
def _(r, v):
    app = pick(r, APPS)
    drv, url, vq = jdbc(r, db=pick(r, ["oracle", "postgresql"]))
    return pick(r, ["wlst/create_datasource.py", "provisioning/wlst/ds_%s.py" % app.replace("-", "_")]), """dsName = '%sDS'
jndiName = 'jdbc/%s'

connect(userConfigFile='/u01/secure/admin.ucf', userKeyFile='/u01/secure/admin.key', url='t3://%s:7001')
edit()
startEdit()

cd('/')
cmo.createJDBCSystemResource(dsName)
cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName)
cmo.setName(dsName)

cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName + '/JDBCDataSourceParams/' + dsName)
set('JNDINames', jarray.array([String(jndiName)], String))

cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName + '/JDBCDriverParams/' + dsName)
cmo.setUrl('%s')
cmo.setDriverName('%s')
set('Password', %s)

cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName + '/JDBCDriverParams/' + dsName + '/Properties/' + dsName)
cmo.createProperty('user')
cd('Properties/user')
cmo.setValue('%s')

cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName + '/JDBCConnectionPoolParams/' + dsName)
cmo.setTestTableName('%s')
save()
activate()
""" % (app, app, pick(r, APP_HOSTS), url, drv, v, pick(r, DBUSERS), vq)


@ptpl("wls_domain_properties", "weblogic", "admin-password", "properties", "props", "full", True, "weblogic",
      var="WLS_ADMIN_PASSWORD")
def _(r, v):
    return pick(r, ["properties/domain.properties", "wls/domain.properties", "docker/properties/domain_security.properties"]), """# Domain build parameters consumed by create-domain.py
domain.name=%s_domain
domain.home=/u01/oracle/user_projects/domains/%s_domain
admin.server.name=AdminServer
admin.port=7001
admin.listen.address=%s
production.mode=%s
cluster.name=%s
managed.server.count=%d
admin.username=weblogic
admin.password=%s
""" % (pick(r, ["base", "app", "prod", "soa"]), pick(r, ["base", "app"]), pick(r, APP_HOSTS),
       pick(r, ["prod", "dev"]), pick(r, ["cluster1", "AppCluster"]), r.randint(1, 4), v)


@ptpl("wls_start_script_env", "weblogic", "admin-password", "sh", "sh_dq", "quoted", True, "weblogic",
      var="WLS_PW")
def _(r, v):
    return pick(r, ["bin/startManaged.sh", "scripts/start-ms.sh"]), """#!/bin/sh
DOMAIN_HOME=/u01/oracle/user_projects/domains/%s_domain
ADMIN_URL=t3://%s:7001
SERVER_NAME=${1:-ms1}

WLS_USER="weblogic"
WLS_PW="%s"
export WLS_USER WLS_PW

USER_MEM_ARGS="-Xms1g -Xmx%dg"
export USER_MEM_ARGS

nohup "$DOMAIN_HOME/bin/startManagedWebLogic.sh" "$SERVER_NAME" "$ADMIN_URL" > "/var/log/wls/$SERVER_NAME.out" 2>&1 &
""" % (pick(r, ["base", "app"]), pick(r, APP_HOSTS), v, r.choice([2, 4, 6]))


@ptpl("wls_start_cmd_env", "weblogic", "admin-password", "cmd", "bat", "strict", True, "weblogic",
      var="WLS_PW")
def _(r, v):
    return pick(r, ["bin\\startManaged.cmd".replace("\\", "/"), "scripts/start-admin.cmd"]), """@REM start the admin server with a stored identity
@ECHO OFF
SETLOCAL
set DOMAIN_HOME=D:\\Oracle\\Middleware\\user_projects\\domains\\%s_domain
set WLS_USER=weblogic
set WLS_PW=%s
set USER_MEM_ARGS=-Xms512m -Xmx2048m
call "%%DOMAIN_HOME%%\\bin\\startWebLogic.cmd"
ENDLOCAL
""" % (pick(r, ["base", "app"]), v)


@ptpl("wls_wdt_model", "weblogic", "admin-password", "yaml", "yaml", "full", True, "weblogic",
      var="WLS_ADMIN_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["wdt/model.yaml", "models/%s-domain.yaml" % app, "weblogic/wdt-model.yml"]), """domainInfo:
    AdminUserName: weblogic
    AdminPassword: %s
    ServerStartMode: prod
topology:
    Name: %s_domain
    AdminServerName: AdminServer
    Cluster:
        cluster-1:
            DynamicServers:
                ServerTemplate: cluster-1-template
                ServerNamePrefix: managed-server
                DynamicClusterSize: %d
                MaxDynamicClusterSize: 8
    Server:
        AdminServer:
            ListenPort: 7001
appDeployments:
    Application:
        %s:
            SourcePath: wlsdeploy/applications/%s.war
            ModuleType: war
            Target: cluster-1
""" % (v, app.replace("-", "_"), r.randint(2, 5), app, app)


@ptpl("wls_deployer_sh", "weblogic", "admin-password", "sh", "sh_bare", "bare", False, "weblogic",
      var="WLS_ADMIN_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["scripts/wls-deploy.sh", "ci/deploy_weblogic.sh"]), """#!/bin/bash
. /u01/oracle/wlserver/server/bin/setWLSEnv.sh > /dev/null

java weblogic.Deployer -adminurl t3://%s:7001 \\
     -username weblogic -password %s \\
     -name %s -targets %s \\
     -deploy -upload -source dist/%s.war
""" % (pick(r, APP_HOSTS), v, app, pick(r, ["cluster1", "ms1"]), app)


@ptpl("wls_nohup_log_mgmt_password", "weblogic", "admin-password", "log", "log", "full", False, "weblogic",
      var="WLS_ADMIN_PASSWORD")
def _(r, v):
    d = "%s %d, %d %d:%02d:%02d %s UTC" % (pick(r, ["Jan", "Mar", "Jun", "Oct"]), r.randint(1, 28), r.choice([2024, 2025]),
                                          r.randint(1, 12), r.randint(0, 59), r.randint(0, 59), pick(r, ["AM", "PM"]))
    return pick(r, ["logs/ms1.out", "support/nohup.out", "logs/AdminServer.out"]), """.
.
JAVA Memory arguments: -Xms256m -Xmx1024m
.
CLASSPATH=/u01/oracle/wlserver/server/lib/weblogic.jar:/u01/oracle/wlserver/modules/features/wlst.wls.classpath.jar
.
PATH=/u01/oracle/wlserver/server/bin:/usr/java/jdk%s/bin:/usr/bin
.
***************************************************
*  To start WebLogic Server, use a username and   *
*  password assigned to an admin-level user.  For *
*  server administration, use the WebLogic Server *
*  console at http://hostname:port/console        *
***************************************************
Starting WLS with line:
/usr/java/jdk%s/bin/java -server -Xms256m -Xmx1024m -Dweblogic.Name=%s -Dweblogic.management.username=weblogic -Dweblogic.management.password=%s -Djava.security.policy=/u01/oracle/wlserver/server/lib/weblogic.policy -Dweblogic.ProductionModeEnabled=true weblogic.Server
<%s> <Info> <Security> <BEA-090905> <Disabling the CryptoJ JCE Provider self-integrity check for better startup performance.>
<%s> <Info> <WebLogicServer> <BEA-000377> <Starting WebLogic Server with Java HotSpot(TM) 64-Bit Server VM Version 25.%d-b%02d from Oracle Corporation.>
<%s> <Notice> <WebLogicServer> <BEA-000365> <Server state changed to RUNNING.>
""" % (("1.8.0_%d" % r.randint(200, 400),) * 2 + (pick(r, ["ms1", "AdminServer"]), v, d, d, r.randint(200, 400), r.randint(1, 12), d))


# ======================================================================================
# POSITIVE TEMPLATES - IBM WebSphere traditional / Liberty
# ======================================================================================
def liberty_head(r):
    feats = r.sample(["restfulWS-3.1", "jsonb-3.0", "cdi-4.0", "mpHealth-4.0", "mpConfig-3.1",
                      "persistence-3.1", "servlet-6.0", "appSecurity-5.0", "ssl-1.0", "jdbc-4.3"], 4)
    return "<server description=\"%s\">\n    <featureManager>\n%s    </featureManager>\n\n" % (
        pick(r, ["Sample Liberty server", "orders service", "new server"]),
        "".join("        <feature>%s</feature>\n" % f for f in feats))


@ptpl("lib_datasource_props", "liberty", "datasource-password", "xml", "xml", "full", True, "liberty")
def _(r, v):
    app = pick(r, APPS)
    db = pick(r, ["postgresql", "db2.jcc", "oracle", "microsoft.sqlserver"])
    return pick(r, ["src/main/liberty/config/server.xml", "wlp/usr/servers/defaultServer/server.xml"]), liberty_head(r) + """    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="9080" httpsPort="9443"/>

    <library id="jdbcLib">
        <fileset dir="${shared.resource.dir}/jdbc" includes="*.jar"/>
    </library>

    <dataSource id="%sDS" jndiName="jdbc/%s" type="javax.sql.ConnectionPoolDataSource">
        <jdbcDriver libraryRef="jdbcLib"/>
        <properties.%s serverName="%s" portNumber="%d" databaseName="%s"
                       user="%s" password="%s"/>
        <connectionManager maxPoolSize="%d" minPoolSize="2" connectionTimeout="10s"/>
    </dataSource>

    <webApplication location="%s.war" contextRoot="/%s"/>
</server>
""" % (app, app, db, pick(r, HOSTS), r.choice([5432, 50000, 1521, 1433]), app.replace("-", "").upper()[:8],
       pick(r, DBUSERS), v, r.choice([10, 25, 50]), app, app)


@ptpl("lib_authdata", "liberty", "datasource-password", "xml", "xml", "full", True, "liberty")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["src/main/liberty/config/server.xml", "config/server.xml", "liberty/configDropins/overrides/auth.xml"]), liberty_head(r) + """    <authData id="%sAuth" user="%s" password="%s"/>

    <dataSource id="%sDS" jndiName="jdbc/%sDS" containerAuthDataRef="%sAuth">
        <jdbcDriver libraryRef="DB2Lib"/>
        <properties.db2.jcc serverName="%s" portNumber="50000" databaseName="%s"/>
    </dataSource>
</server>
""" % (app, pick(r, DBUSERS), v, app, app, app, pick(r, HOSTS), app.upper().replace("-", "")[:8])


@ptpl("lib_keystore", "liberty", "keystore-password", "xml", "xml", "full", True, "liberty",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/liberty/config/server.xml", "wlp/usr/servers/appServer/server.xml"]), liberty_head(r) + """    <keyStore id="defaultKeyStore" location="key.p12" type="PKCS12" password="%s"/>
    <keyStore id="defaultTrustStore" location="trust.p12" type="PKCS12" password="${env.TRUST_PASSWORD}"/>
    <ssl id="defaultSSLConfig" keyStoreRef="defaultKeyStore" trustStoreRef="defaultTrustStore"
         sslProtocol="TLSv1.2,TLSv1.3"/>
</server>
""" % v


@ptpl("lib_ldap_registry", "liberty", "ldap-bind-password", "xml", "xml", "full", False, "liberty",
      var="LDAP_BIND_PASSWORD")
def _(r, v):
    dc = pick(r, ["o=example", "dc=corp,dc=example,dc=com", "ou=users,o=acme"])
    return pick(r, ["src/main/liberty/config/ldap.xml", "configDropins/defaults/ldap.xml"]), """<server>
    <ldapRegistry id="corpLdap" realm="CorpRealm" ldapType="%s"
                  host="%s" port="%d" sslEnabled="%s"
                  baseDN="%s"
                  bindDN="cn=liberty-svc,ou=service,%s"
                  bindPassword="%s"
                  recursiveSearch="true">
        <idsFilters userFilter="(&amp;(uid=%%v)(objectclass=inetOrgPerson))"
                    groupFilter="(&amp;(cn=%%v)(objectclass=groupOfNames))"/>
    </ldapRegistry>
</server>
""" % (pick(r, ["IBM Tivoli Directory Server", "Microsoft Active Directory", "Custom"]),
       pick(r, ["ldap.example.com", "ad01.corp.local"]), r.choice([389, 636]), pick(r, ["true", "false"]), dc, dc, v)


@ptpl("lib_basic_registry", "liberty", "admin-password", "xml", "xml", "full", False, "liberty",
      var="ADMIN_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/liberty/config/server.xml", "server.xml"]), liberty_head(r) + """    <basicRegistry id="basic" realm="BasicRealm">
        <user name="%s" password="%s"/>
        <group name="operators">
            <member name="%s"/>
        </group>
    </basicRegistry>

    <administrator-role>
        <group>operators</group>
    </administrator-role>
</server>
""" % ((lambda u: (u, v, u))(pick(r, ADMINS)))


@ptpl("lib_server_env", "liberty", "keystore-password", "server.env", "props", "full", True, "liberty",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["wlp/usr/servers/defaultServer/server.env", "src/main/liberty/config/server.env"]), """JAVA_HOME=/opt/java/openjdk
WLP_LOGGING_CONSOLE_FORMAT=JSON
WLP_LOGGING_CONSOLE_SOURCE=message,trace,accessLog,ffdc
keystore_password=%s
""" % v


@ptpl("lib_bootstrap_properties", "liberty", "datasource-password", "properties", "props", "full", True, "liberty")
def _(r, v):
    return pick(r, ["src/main/liberty/config/bootstrap.properties", "wlp/usr/servers/app/bootstrap.properties"]), """# referenced from server.xml as ${db.*}
default.http.port=%d
default.https.port=%d
app.context.root=/%s
db.server=%s
db.port=5432
db.name=%s
db.user=%s
db.password=%s
com.ibm.ws.logging.trace.specification=*=info
""" % (port(r, 9080), port(r, 9443), pick(r, APPS), pick(r, HOSTS), pick(r, APPS).replace("-", "_"), pick(r, DBUSERS), v)


@ptpl("was_wsadmin_authdata", "websphere", "datasource-password", "py", "py", "full", False, "was")
def _(r, v):
    alias = pick(r, ["ORDERS_DB", "db2Alias", "appAuth", "CRM_J2C"])
    return pick(r, ["wsadmin/create_auth.py", "scripts/was/j2c_auth.py"]), """# wsadmin -lang jython -f create_auth.py
cell = AdminControl.getCell()
node = AdminControl.getNode()

dbUser = '%s'
dbPass = %s

print 'creating J2C auth alias on %%s/%%s' %% (cell, node)
AdminTask.createAuthDataEntry('[-alias %s -user ' + dbUser + ' -password ' + dbPass + ' -description "%s datasource"]')
AdminConfig.save()

# sync nodes
sync = AdminControl.completeObjectName('type=NodeSync,node=' + node + ',*')
if sync:
    AdminControl.invoke(sync, 'sync')
""" % (pick(r, DBUSERS), v, alias, pick(r, APPS))


@ptpl("was_wsadmin_sh", "websphere", "admin-password", "sh", "sh_bare", "bare", False, "was",
      var="WAS_ADMIN_PASSWORD")
def _(r, v):
    return pick(r, ["scripts/was-deploy.sh", "ci/wsadmin_deploy.sh"]), """#!/bin/ksh
PROFILE=/opt/IBM/WebSphere/AppServer/profiles/Dmgr01
EAR=$1

$PROFILE/bin/wsadmin.sh -lang jython -conntype SOAP -host %s -port 8879 \\
    -user %s -password %s \\
    -f /opt/scripts/installApp.py "$EAR" %s
""" % (pick(r, APP_HOSTS), pick(r, ["wasadmin", "admin"]), v, pick(r, ["cluster1", "AppCluster"]))


@ptpl("was_soap_client_props", "websphere", "admin-password", "properties", "props", "full", True, "was",
      var="WAS_ADMIN_PASSWORD")
def _(r, v):
    return pick(r, ["properties/soap.client.props", "profiles/AppSrv01/properties/soap.client.props"]), """#-------------------------------------------------------------------------
# SOAP Client Security Enablement
#-------------------------------------------------------------------------
com.ibm.SOAP.securityEnabled=true
com.ibm.SOAP.authenticationTarget=BasicAuth
com.ibm.SOAP.loginUserid=%s
com.ibm.SOAP.loginPassword=%s
com.ibm.SOAP.loginSource=prompt
com.ibm.SOAP.requestTimeout=%d
com.ibm.ssl.alias=DefaultSSLSettings
""" % (pick(r, ["wasadmin", "admin"]), v, r.choice([180, 600]))


@ptpl("lib_maven_bootstrap", "liberty", "datasource-password", "xml", "xml", "full", False, "maven")
def _(r, v):
    app = pick(r, APPS)
    return "pom.xml", """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.example</groupId>
  <artifactId>%s</artifactId>
  <version>1.0-SNAPSHOT</version>
  <packaging>war</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.openliberty.tools</groupId>
        <artifactId>liberty-maven-plugin</artifactId>
        <version>3.10</version>
        <configuration>
          <serverName>%sServer</serverName>
          <bootstrapProperties>
            <db.user>%s</db.user>
            <db.password>%s</db.password>
            <http.port>9080</http.port>
          </bootstrapProperties>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
""" % (app, app, pick(r, DBUSERS), v)


# ======================================================================================
# POSITIVE TEMPLATES - GlassFish / Payara
# ======================================================================================
@ptpl("gf_password_file", "glassfish", "admin-password", "txt", "props", "full", True, "glassfish",
      var="AS_ADMIN_PASSWORD")
def _(r, v):
    return pick(r, ["config/passwordfile.txt", "docker/payara/passwordfile", "glassfish/pwdfile"]), \
        "%sAS_ADMIN_MASTERPASSWORD=changeit\nAS_ADMIN_PASSWORD=%s\n" % (
            pick(r, ["", "# used with asadmin --passwordfile\n"]), v)


@ptpl("gf_create_pool", "glassfish", "datasource-password", "sh", "asadmin", "strict", False, "glassfish")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["scripts/setup-payara.sh", "glassfish/create-resources.sh"]), """#!/bin/bash
ASADMIN=/opt/payara/appserver/bin/asadmin
$ASADMIN start-domain domain1

$ASADMIN create-jdbc-connection-pool \\
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource \\
  --restype javax.sql.DataSource \\
  --property user=%s:password=%s:DatabaseName=%s:ServerName=%s:port=5432 \\
  %sPool

$ASADMIN create-jdbc-resource --connectionpoolid %sPool jdbc/%s
$ASADMIN ping-connection-pool %sPool
""" % (pick(r, DBUSERS), v, app.replace("-", "_"), pick(r, HOSTS), app, app, app, app)


@ptpl("gf_domain_xml_pool", "glassfish", "datasource-password", "xml", "xml", "full", True, "glassfish")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["glassfish/domains/domain1/config/domain.xml", "payara/domain.xml"]), """<domain log-root="${com.sun.aas.instanceRoot}/logs" application-root="${com.sun.aas.instanceRoot}/applications" version="%d">
  <resources>
    <jdbc-resource pool-name="__TimerPool" jndi-name="jdbc/__TimerPool" object-type="system-admin"></jdbc-resource>
    <jdbc-resource pool-name="%sPool" jndi-name="jdbc/%s"></jdbc-resource>
    <jdbc-connection-pool datasource-classname="com.mysql.cj.jdbc.MysqlDataSource" name="%sPool" res-type="javax.sql.DataSource" steady-pool-size="%d" max-pool-size="%d">
      <property name="serverName" value="%s"></property>
      <property name="portNumber" value="3306"></property>
      <property name="databaseName" value="%s"></property>
      <property name="User" value="%s"></property>
      <property name="Password" value="%s"></property>
      <property name="useSSL" value="true"></property>
    </jdbc-connection-pool>
  </resources>
</domain>
""" % (r.randint(10, 200), app, app, app, r.choice([4, 8]), r.choice([32, 64]), pick(r, HOSTS), app.replace("-", "_"),
       pick(r, DBUSERS), v)


@ptpl("gf_resources_xml", "glassfish", "datasource-password", "xml", "xml", "full", False, "glassfish")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["src/main/webapp/WEB-INF/glassfish-resources.xml", "src/main/setup/payara-resources.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
    <jdbc-connection-pool name="java:app/%sPool" res-type="javax.sql.DataSource"
                          datasource-classname="org.postgresql.ds.PGSimpleDataSource">
        <property name="ServerName" value="%s"/>
        <property name="DatabaseName" value="%s"/>
        <property name="User" value="%s"/>
        <property name="Password" value="%s"/>
    </jdbc-connection-pool>
    <jdbc-resource enabled="true" jndi-name="java:app/jdbc/%s" pool-name="java:app/%sPool"/>
</resources>
""" % (app, pick(r, HOSTS), app.replace("-", "_"), pick(r, DBUSERS), v, app, app)


@ptpl("gf_postboot_asadmin", "glassfish", "datasource-password", "asadmin", "cli", "strict", False, "glassfish")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["post-boot-commands.asadmin", "config/postboot.asadmin"]), """set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port=8080
set-hazelcast-configuration --enabled=true --dynamic=true
create-jdbc-connection-pool --datasourceclassname=org.mariadb.jdbc.MariaDbDataSource --restype=javax.sql.DataSource %sPool
set resources.jdbc-connection-pool.%sPool.property.url=jdbc:mariadb://%s:3306/%s
set resources.jdbc-connection-pool.%sPool.property.user=%s
set resources.jdbc-connection-pool.%sPool.property.password=%s
create-jdbc-resource --connectionpoolid=%sPool jdbc/%s
deploy /opt/payara/deployments/%s.war
""" % (app, app, pick(r, HOSTS), app.replace("-", "_"), app, pick(r, DBUSERS), app, v, app, app, app)


# ======================================================================================
# POSITIVE TEMPLATES - Jetty, TomEE, Resin
# ======================================================================================
@ptpl("jetty_realm_properties", "jetty", "admin-password", "properties", "realm", "quoted", True, "jetty",
      var="REALM_PASSWORD")
def _(r, v):
    return pick(r, ["etc/realm.properties", "jetty-base/etc/realm.properties", "src/test/resources/realm.properties"]), """#
# This file defines users passwords and roles for a HashUserRealm
#
# The format is
#  <username>: <password>[,<rolename> ...]
#
# Passwords may be clear text, obfuscated or checksummed.
#
%s: %s,%s
""" % (pick(r, ADMINS), v, pick(r, ["server-administrator,content-administrator,admin", "admin", "manager,user"]))


@ptpl("jetty_ssl_ini", "jetty", "keystore-password", "ini", "props", "full", True, "jetty",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["start.d/ssl.ini", "jetty-base/start.d/ssl.ini"]), """# ---------------------------------------
# Module: ssl
# Enables a TLS (SSL) connector to support secure protocols.
# ---------------------------------------
--module=ssl

jetty.ssl.port=%d
jetty.sslContext.keyStorePath=etc/%s
jetty.sslContext.keyStoreType=PKCS12
jetty.sslContext.keyStorePassword=%s
jetty.sslContext.needClientAuth=false
""" % (port(r, 8443), pick(r, ["keystore.p12", "server.p12"]), v)


@ptpl("jetty_env_xml", "jetty", "datasource-password", "xml", "xml", "full", True, "jetty")
def _(r, v):
    app = pick(r, APPS)
    drv, url, vq = jdbc(r, db=pick(r, ["postgresql", "mysql"]), amp="&amp;")
    return pick(r, ["src/main/webapp/WEB-INF/jetty-env.xml", "WEB-INF/jetty-env.xml"]), """<?xml version="1.0"?>
<!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://www.eclipse.org/jetty/configure_10_0.dtd">
<Configure id="wac" class="org.eclipse.jetty.webapp.WebAppContext">
  <New id="%sDS" class="org.eclipse.jetty.plus.jndi.Resource">
    <Arg><Ref refid="wac"/></Arg>
    <Arg>jdbc/%s</Arg>
    <Arg>
      <New class="com.zaxxer.hikari.HikariDataSource">
        <Set name="driverClassName">%s</Set>
        <Set name="jdbcUrl">%s</Set>
        <Set name="username">%s</Set>
        <Set name="password">%s</Set>
        <Set name="maximumPoolSize">%d</Set>
      </New>
    </Arg>
  </New>
</Configure>
""" % (app, app, drv, url, pick(r, DBUSERS), v, r.choice([10, 20]))


@ptpl("tomee_xml_resource", "tomee", "datasource-password", "xml", "xml", "full", True, "tomee")
def _(r, v):
    app = pick(r, APPS)
    drv, url, vq = jdbc(r)
    return pick(r, ["conf/tomee.xml", "tomee/conf/tomee.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<tomee>
  <!-- see http://tomee.apache.org/containers-and-resources.html -->
  <Resource id="jdbc/%s" type="DataSource">
    JdbcDriver %s
    JdbcUrl %s
    UserName %s
    Password %s
    JtaManaged true
    MaxActive %d
    ValidationQuery %s
  </Resource>
</tomee>
""" % (app, drv, url.replace("&", "&amp;"), pick(r, DBUSERS), v, r.choice([20, 40]), vq)


@ptpl("tomee_resources_xml", "tomee", "datasource-password", "xml", "xml", "full", False, "tomee")
def _(r, v):
    app = pick(r, APPS)
    drv, url, vq = jdbc(r)
    return pick(r, ["src/main/webapp/WEB-INF/resources.xml", "src/main/resources/META-INF/resources.xml"]), """<resources>
  <Resource id="%sDatabase" type="javax.sql.DataSource">
    driverClassName = %s
    url = %s
    username = %s
    password = %s
    maxTotal = %d
  </Resource>
</resources>
""" % (app, drv, url.replace("&", "&amp;"), pick(r, DBUSERS), v, r.choice([10, 30]))


@ptpl("resin_database", "resin", "datasource-password", "xml", "xml", "full", True, "resin")
def _(r, v):
    app = pick(r, APPS)
    drv, url, vq = jdbc(r, db="mysql", amp="&amp;")
    return pick(r, ["conf/resin.xml", "WEB-INF/resin-web.xml"]), """<resin xmlns="http://caucho.com/ns/resin"
       xmlns:resin="urn:java:com.caucho.resin">
  <cluster id="app-tier">
    <host id="" root-directory=".">
      <web-app id="/%s" root-directory="webapps/%s">
        <database>
          <jndi-name>jdbc/%s</jndi-name>
          <driver type="com.mysql.cj.jdbc.MysqlConnectionPoolDataSource">
            <url>%s</url>
            <user>%s</user>
            <password>%s</password>
          </driver>
          <prepared-statement-cache-size>8</prepared-statement-cache-size>
          <max-connections>%d</max-connections>
          <max-idle-time>30s</max-idle-time>
        </database>
      </web-app>
    </host>
  </cluster>
</resin>
""" % (app, app, app, url, pick(r, DBUSERS), v, r.choice([20, 50]))


# ======================================================================================
# POSITIVE TEMPLATES - JNDI, JMX, clustering
# ======================================================================================
@ptpl("jndi_properties", "jndi", "ldap-bind-password", "properties", "props", "full", True, "generic",
      var="LDAP_BIND_PASSWORD")
def _(r, v):
    dc = pick(r, ["dc=example,dc=com", "dc=corp,dc=local"])
    if r.random() < 0.5:
        body = """java.naming.factory.initial=com.sun.jndi.ldap.LdapCtxFactory
java.naming.provider.url=ldaps://%s:636/%s
java.naming.security.authentication=simple
java.naming.security.principal=cn=app-reader,ou=service,%s
java.naming.security.credentials=%s
com.sun.jndi.ldap.connect.pool=true
""" % (pick(r, ["ldap.example.com", "10.10.1.5"]), dc, dc, v)
    else:
        body = """java.naming.factory.initial=org.wildfly.naming.client.WildFlyInitialContextFactory
java.naming.provider.url=remote+http://%s:8080
java.naming.security.principal=%s
java.naming.security.credentials=%s
jboss.naming.client.ejb.context=true
""" % (pick(r, APP_HOSTS), pick(r, ["jmsuser", "quickstartUser", "remote"]), v)
    return pick(r, ["src/main/resources/jndi.properties", "conf/jndi.properties"]), body


@ptpl("jmx_password_file", "jmx", "jmx-password", "jmxremote.password", "line", "full", True, "generic",
      var="JMX_PASSWORD")
def _(r, v):
    role = pick(r, ["controlRole", "monitorRole", "jmxadmin", "zabbix"])
    return pick(r, ["conf/jmxremote.password", "tomcat/conf/jmxremote.password", "config/jmx/jmxremote.password"]), """# Password file for Remote JMX API access to monitoring.
# Format: role password   (see jmxremote.access for the access level)
# The file must be readable by the owner only (chmod 600).
#
# monitorRole  QED
# controlRole   R&D
%s  %s
""" % (role, v)


@ptpl("jmx_client_java", "jmx", "jmx-password", "java", "java", "full", False, "generic",
      var="JMX_PASSWORD")
def _(r, v):
    return "src/main/java/com/example/ops/HeapProbe.java", """package com.example.ops;

import java.lang.management.MemoryMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

public class HeapProbe {
    public static void main(String[] args) throws Exception {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://%s:%d/jmxrmi");
        Map<String, Object> env = new HashMap<>();
        env.put(JMXConnector.CREDENTIALS, new String[] {"%s", %s});
        try (JMXConnector c = JMXConnectorFactory.connect(url, env)) {
            MBeanServerConnection mbsc = c.getMBeanServerConnection();
            MemoryMXBean mem = ManagementFactory.newPlatformMXBeanProxy(
                    mbsc, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            System.out.println(mem.getHeapMemoryUsage());
        }
    }
}
""" % (pick(r, APP_HOSTS), r.choice([9010, 9999, 1099, 7091]), pick(r, ["controlRole", "monitorRole"]), v)


@ptpl("jmx_client_groovy", "jmx", "jmx-password", "groovy", "groovy", "quoted", False, "generic",
      var="JMX_PASSWORD")
def _(r, v):
    return pick(r, ["scripts/threads.groovy", "ops/JmxThreads.groovy"]), """import javax.management.ObjectName
import javax.management.remote.JMXConnector
import javax.management.remote.JMXConnectorFactory
import javax.management.remote.JMXServiceURL

def url = new JMXServiceURL('service:jmx:rmi:///jndi/rmi://%s:%d/jmxrmi')
def creds = ['%s', %s] as String[]
def connector = JMXConnectorFactory.connect(url, [(JMXConnector.CREDENTIALS): creds])
def server = connector.MBeanServerConnection

def threading = new GroovyMBean(server, 'java.lang:type=Threading')
println "live threads: ${threading.ThreadCount}, peak: ${threading.PeakThreadCount}"
def pools = server.queryNames(new ObjectName('Catalina:type=ThreadPool,*'), null)
pools.each { println it }
connector.close()
""" % (pick(r, APP_HOSTS), r.choice([9010, 9999, 7091]), pick(r, ["monitorRole", "controlRole", "ops"]), v)


@ptpl("hz_group_xml", "hazelcast", "cluster-password", "xml", "xml", "full", True, "hazelcast",
      var="HZ_GROUP_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/resources/hazelcast.xml", "conf/hazelcast.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<hazelcast xmlns="http://www.hazelcast.com/schema/config"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xsi:schemaLocation="http://www.hazelcast.com/schema/config http://www.hazelcast.com/schema/config/hazelcast-config-3.12.xsd">
    <group>
        <name>%s</name>
        <password>%s</password>
    </group>
    <network>
        <port auto-increment="true" port-count="20">5701</port>
        <join>
            <multicast enabled="false"/>
            <tcp-ip enabled="true">
                <member-list>
                    <member>%s</member>
                    <member>%s</member>
                </member-list>
            </tcp-ip>
        </join>
    </network>
    <map name="sessions">
        <backup-count>1</backup-count>
        <time-to-live-seconds>1800</time-to-live-seconds>
    </map>
</hazelcast>
""" % (pick(r, ["orders-prod", "sessions", "cache-cluster"]), v, "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250)),
       "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250)))


@ptpl("hz_security_yaml", "hazelcast", "cluster-password", "yaml", "yaml", "full", False, "hazelcast",
      var="HZ_MEMBER_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/resources/hazelcast.yaml", "helm/hazelcast/hazelcast.yaml"]), """hazelcast:
  cluster-name: %s
  security:
    enabled: true
    member-authentication:
      realm: memberRealm
    realms:
      - name: memberRealm
        identity:
          username-password:
            username: member
            password: %s
  network:
    join:
      multicast:
        enabled: false
      kubernetes:
        enabled: true
        service-name: hz-hazelcast
""" % (pick(r, ["prod", "session-store", "grid-eu"]), v)


@ptpl("ispn_keystore", "infinispan", "keystore-password", "xml", "xml", "full", True, "infinispan",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["server/conf/infinispan.xml", "infinispan/infinispan-ssl.xml"]), """<infinispan xmlns="urn:infinispan:config:14.0"
            xmlns:server="urn:infinispan:server:14.0">
   <cache-container name="default" statistics="true">
      <transport cluster="${infinispan.cluster.name:cluster}" stack="${infinispan.cluster.stack:tcp}"/>
   </cache-container>
   <server xmlns="urn:infinispan:server:14.0">
      <security>
         <security-realms>
            <security-realm name="default">
               <server-identities>
                  <ssl>
                     <keystore path="%s" relative-to="infinispan.server.config.path"
                               keystore-password="%s" alias="server"/>
                  </ssl>
               </server-identities>
               <properties-realm groups-attribute="Roles">
                  <user-properties path="users.properties" relative-to="infinispan.server.config.path"/>
                  <group-properties path="groups.properties" relative-to="infinispan.server.config.path"/>
               </properties-realm>
            </security-realm>
         </security-realms>
      </security>
   </server>
</infinispan>
""" % (pick(r, ["server.p12", "ispn.jks"]), v)


@ptpl("jgroups_sym_encrypt", "infinispan", "cluster-password", "xml", "xml", "full", False, "infinispan",
      var="JGROUPS_KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/resources/jgroups-encrypt.xml", "conf/jgroups-tcp.xml"]), """<config xmlns="urn:org:jgroups"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="urn:org:jgroups http://www.jgroups.org/schema/jgroups.xsd">
    <TCP bind_port="7800" recv_buf_size="${tcp.recv_buf_size:130k}" send_buf_size="${tcp.send_buf_size:130k}"/>
    <TCPPING initial_hosts="${jgroups.tcpping.initial_hosts:%s[7800]}" port_range="2"/>
    <MERGE3 min_interval="10000" max_interval="30000"/>
    <FD_SOCK2/>
    <SYM_ENCRYPT provider="SunJCE" sym_algorithm="AES" keystore_type="PKCS12"
                 keystore_name="/opt/app/conf/jgroups.p12" alias="cluster-key"
                 store_password="%s"/>
    <pbcast.NAKACK2 use_mcast_xmit="false"/>
    <UNICAST3/>
    <pbcast.STABLE desired_avg_gossip="50000" max_bytes="4M"/>
    <pbcast.GMS print_local_addr="true" join_timeout="2000"/>
    <MFC max_credits="2M" min_threshold="0.4"/>
    <FRAG2 frag_size="60K"/>
</config>
""" % (pick(r, ["localhost", "10.0.0.4"]), v)


# ======================================================================================
# POSITIVE TEMPLATES - surrounding project files
# ======================================================================================
@ptpl("spring_embedded_tomcat_yaml", "tomcat", "keystore-password", "yaml", "yaml", "full", True, "generic",
      var="SSL_KEYSTORE_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/resources/application.yml", "src/main/resources/application-prod.yml"]), """server:
  port: 8443
  tomcat:
    threads:
      max: %d
    accesslog:
      enabled: true
  ssl:
    enabled: true
    key-store: classpath:keystore/%s.p12
    key-store-type: PKCS12
    key-alias: %s
    key-store-password: %s
spring:
  application:
    name: %s
management:
  endpoints:
    web:
      exposure:
        include: health,info
""" % (r.choice([200, 400]), pick(r, APPS), pick(r, ["tomcat", "server"]), v, pick(r, APPS))


@ptpl("runbook_md_console", "weblogic", "admin-password", "md", "md", "full", False, "weblogic",
      var="WLS_ADMIN_PASSWORD")
def _(r, v):
    env = pick(r, ["UAT", "staging", "pre-prod", "DR"])
    srv = pick(r, ["WebLogic", "WildFly", "Tomcat manager", "Payara", "Liberty adminCenter"])
    return pick(r, ["docs/runbook-%s.md" % env.lower(), "docs/ops/appserver.md", "README.ops.md"]), """# %s application server - %s

## Access

| item | value |
|------|-------|
| console | https://%s:%d/console |
| user | %s |
| password | %s |

## Restart procedure

1. Drain the node in the load balancer (`lbctl drain %s`).
2. Stop the managed servers, then the admin server.
3. Start the admin server and wait for `RUNNING` in the log.
4. Start the managed servers and re-enable the node.

## Known issues

* Stuck threads after the nightly batch: take a thread dump with `jcmd <pid> Thread.print`.
""" % (srv, env, pick(r, APP_HOSTS), r.choice([7001, 9990, 4848, 9443, 8080]), pick(r, ADMINS), v, pick(r, APP_HOSTS))


@ptpl("helm_values_tomcat", "tomcat", "admin-password", "yaml", "yaml", "full", True, "tomcat",
      var="TOMCAT_PASSWORD")
def _(r, v):
    return pick(r, ["deploy/values.yaml", "helm/tomcat/values-prod.yaml", "charts/values.yaml"]), """## Tomcat chart overrides
image:
  registry: docker.io
  repository: bitnami/tomcat
  tag: %s
tomcatUsername: %s
tomcatPassword: %s
tomcatAllowRemoteManagement: 1
replicaCount: %d
service:
  type: ClusterIP
  ports:
    http: 80
resources:
  limits:
    memory: 1Gi
persistence:
  enabled: true
  size: 8Gi
""" % (pick(r, ["10.1.28-debian-12-r0", "9.0.91", "10.1"]), pick(r, ADMINS), v, r.choice([1, 2, 3]))


@ptpl("tf_k8s_secret_keystore", "tomcat", "keystore-password", "tf", "tf", "full", False, "generic",
      var="KEYSTORE_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["infra/k8s-secrets.tf", "terraform/%s/secrets.tf" % app]), """resource "kubernetes_namespace" "%s" {
  metadata {
    name = "%s"
  }
}

resource "kubernetes_secret" "%s_tls" {
  metadata {
    name      = "%s-keystore"
    namespace = kubernetes_namespace.%s.metadata[0].name
  }

  data = {
    "keystore.p12"      = filebase64("${path.module}/files/%s.p12")
    "keystore-password" = %s
  }

  type = "Opaque"
}
""" % tuple([app.replace("-", "_"), app, app.replace("-", "_"), app, app.replace("-", "_"), app, v])


@ptpl("csv_appserver_inventory", "generic", "admin-password", "csv", "csv", "full", False, "generic",
      var="ADMIN_PASSWORD")
def _(r, v):
    rows = ["hostname,product,version,admin_port,admin_user,admin_password,owner"]
    n = r.randint(4, 9)
    target = r.randrange(n)
    for i in range(n):
        prod = pick(r, ["tomcat", "wildfly", "weblogic", "liberty", "payara"])
        ver = {"tomcat": VERSIONS_TC, "wildfly": VERSIONS_WF, "weblogic": VERSIONS_WLS,
               "liberty": VERSIONS_LIB, "payara": ["6.2024.2", "5.2022.5"]}[prod]
        pw = v if i == target else pick(r, ["(vault)", "see keepass", "", "n/a", "(cyberark)"])
        rows.append("%s,%s,%s,%d,%s,%s,%s" % ("app%02d.corp.local" % (i + 1), prod, pick(r, ver),
                                             {"tomcat": 8080, "wildfly": 9990, "weblogic": 7001, "liberty": 9443,
                                              "payara": 4848}[prod], pick(r, ADMINS), pw,
                                             pick(r, ["team-a", "ops", "payments"])))
    return pick(r, ["inventory/appservers.csv", "docs/servers.csv"]), "\n".join(rows) + "\n"


@ptpl("sql_create_app_user", "generic", "datasource-password", "sql", "sql", "full", False, "generic")
def _(r, v):
    u = pick(r, DBUSERS)
    app = pick(r, APPS).replace("-", "_")
    return pick(r, ["db/init/01-create-user.sql", "sql/setup_%s.sql" % app]), """-- Account used by the %s datasource (jdbc/%s)
CREATE DATABASE %s;
CREATE USER %s WITH PASSWORD %s;
GRANT CONNECT ON DATABASE %s TO %s;
\\c %s
GRANT USAGE ON SCHEMA public TO %s;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %s;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %s;
""" % (app, app, app, u, v, app, u, app, u, u, u)


@ptpl("dotenv_compose", "generic", "admin-password", "env", "props", "full", True, "generic",
      var="ADMIN_PASSWORD")
def _(r, v):
    return pick(r, [".env", "docker/.env"]), """COMPOSE_PROJECT_NAME=%s
WILDFLY_VERSION=%s
WILDFLY_USERNAME=%s
WILDFLY_PASSWORD=%s
HTTP_PORT=8080
""" % (pick(r, APPS), pick(r, VERSIONS_WF), pick(r, ADMINS), v)


@ptpl("compose_payara", "glassfish", "admin-password", "yaml", "yaml", "full", True, "glassfish",
      var="AS_ADMIN_PASSWORD")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["docker-compose.yml", "compose.yaml", "dev/docker-compose.yml"]), """services:
  payara:
    image: payara/server-full:%s
    ports:
      - "8080:8080"
      - "4848:4848"
    environment:
      AS_ADMIN_USER: admin
      AS_ADMIN_PASSWORD: %s
      DEPLOY_PROPS: "--contextroot /%s"
    volumes:
      - ./target/%s.war:/opt/payara/deployments/%s.war:ro
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: %s
""" % (pick(r, ["6.2024.1-jdk17", "5.2022.5", "6.2025.2"]), v, app, app, app, app.replace("-", "_"))


@ptpl("webxml_context_param", "generic", "ldap-bind-password", "xml", "xml", "full", False, "generic",
      var="LDAP_BIND_PASSWORD")
def _(r, v):
    return pick(r, ["src/main/webapp/WEB-INF/web.xml", "WebContent/WEB-INF/web.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://xmlns.jcp.org/xml/ns/javaee http://xmlns.jcp.org/xml/ns/javaee/web-app_4_0.xsd"
         version="4.0">
    <display-name>%s</display-name>
    <context-param>
        <param-name>ldap.url</param-name>
        <param-value>ldap://%s:389</param-value>
    </context-param>
    <context-param>
        <param-name>ldap.bindDn</param-name>
        <param-value>cn=webapp,ou=apps,dc=example,dc=com</param-value>
    </context-param>
    <context-param>
        <param-name>ldap.bindCredential</param-name>
        <param-value>%s</param-value>
    </context-param>
    <session-config>
        <session-timeout>%d</session-timeout>
    </session-config>
</web-app>
""" % (pick(r, APPS), pick(r, ["ldap.example.com", "dir.corp.local"]), v, r.choice([15, 30, 60]))


@ptpl("jdbc_url_password_props", "generic", "datasource-password", "properties", "url", "strict", False, "generic")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["src/main/resources/db.properties", "conf/%s-db.properties" % app]), """# pool settings
pool.maxSize=%d
pool.minIdle=2
pool.connectionTimeoutMs=30000
jdbc.driver=org.postgresql.Driver
jdbc.url=jdbc:postgresql://%s:5432/%s?user=%s&password=%s&ssl=true&sslmode=verify-full
""" % (r.choice([10, 20, 30]), pick(r, HOSTS), app.replace("-", "_"), pick(r, DBUSERS), v)


def _basic_pos(r):
    pw = gen_password(r, "full")
    tok = base64.b64encode(("%s:%s" % (pick(r, ADMINS), pw)).encode()).decode()
    return tok, tok


def _basic_neg(r):
    return pick(r, ["${TOMCAT_BASIC_AUTH}", "<base64 user:password>", "$(echo -n \"$U:$P\" | base64)",
                    "dXNlcm5hbWU6cGFzc3dvcmQ=", "XXXXXXXXXXXXXXXX"])


@ptpl_custom("manager_basic_header_http", "tomcat", "basic-auth", "http", False, "tomcat", _basic_pos, _basic_neg)
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["http/manager.http", "requests/tomcat-manager.http", "docs/api/deploy.http"]), """### List deployed applications
GET http://%s:8080/manager/text/list
Authorization: Basic %s

### Reload %s
GET http://%s:8080/manager/text/reload?path=/%s
Authorization: Basic {{manager_auth}}
""" % (pick(r, APP_HOSTS), v, app, pick(r, APP_HOSTS), app)


@ptpl("ansible_weblogic_vars", "weblogic", "admin-password", "yaml", "yaml", "full", False, "weblogic",
      var="WLS_ADMIN_PASSWORD")
def _(r, v):
    return pick(r, ["ansible/roles/weblogic/vars/main.yml", "playbooks/vars/wls.yml"]), """---
oracle_base: /u01/app/oracle
middleware_home: "{{ oracle_base }}/middleware"
weblogic_version: %s
domain_name: %s_domain
admin_server_port: 7001
node_manager_port: 5556
weblogic_admin_user: weblogic
weblogic_admin_pass: %s
jdk_rpm: jdk-8u%d-linux-x64.rpm
""" % (pick(r, VERSIONS_WLS), pick(r, ["base", "app", "osb"]), v, r.randint(200, 411))


@ptpl("k8s_secret_stringdata", "liberty", "datasource-password", "yaml", "yaml", "full", True, "generic")
def _(r, v):
    app = pick(r, APPS)
    return pick(r, ["k8s/secret.yaml", "deploy/%s/db-secret.yaml" % app]), """apiVersion: v1
kind: Secret
metadata:
  name: %s-db
  namespace: %s
  labels:
    app.kubernetes.io/name: %s
type: Opaque
stringData:
  DB_USER: %s
  DB_PASSWORD: %s
  DB_HOST: %s
""" % (app, pick(r, ["prod", "apps", "default"]), app, pick(r, DBUSERS), v, pick(r, HOSTS))


@ptpl("kts_cargo_remote", "tomcat", "admin-password", "kts", "kts", "quoted", False, "tomcat",
      var="TOMCAT_PASSWORD")
def _(r, v):
    return "build.gradle.kts", """plugins {
    war
    id("com.bmuschko.cargo") version "2.9.0"
}

val tomcatHost = "%s"

cargo {
    containerId = "tomcat10x"
    port = 8080
    deployable {
        context = "%s"
    }
    remote {
        hostname = tomcatHost
        username = "%s"
        password = %s
    }
}
""" % (pick(r, APP_HOSTS), pick(r, APPS), pick(r, ADMINS), v)


# ======================================================================================
# LOOK-ALIKE NEGATIVE TEMPLATES (no credential at all)
# ======================================================================================
def pem_cert(r):
    body = "MIID" + rs(r, "xyzBCDEFG", 1) + "TCCA" + b64r(r, r.choice([690, 760, 830]))[8:]
    body = body.rstrip("=")
    while len(body) % 4:
        body += "="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


def fingerprint(r, nbytes):
    return ":".join(hexr(r, 2).upper() for _ in range(nbytes))


@ntpl("lk_mgmt_users_hex", "wildfly", "password-hash", "properties")
def _(r):
    lines = ["#", "# Properties declaration of users for the realm 'ManagementRealm' which is the default realm",
             "# for new installations. Further authentication mechanism can be configured",
             "# as part of the <management /> in standalone.xml.", "#",
             "# Users can be added to this properties file at any time, updates after the server has started",
             "# will be automatically detected.", "#",
             "# By default the properties realm expects the entries to be in the format: -",
             "# username=HEX( MD5( username ':' realm ':' password))", "#",
             "#$REALM_NAME=ManagementRealm$ This line is used by the add-user utility to identify the realm name already used in this file.",
             "#"]
    for u in r.sample(ADMINS + ["monitor", "jenkins-cd", "ansible"], r.randint(1, 4)):
        lines.append("%s=%s" % (u, wf_hex(u, "ManagementRealm", gen_password(r, "full"))))
    if r.random() < 0.5:
        lines.append("#disabled=%s" % wf_hex("disabled", "ManagementRealm", gen_password(r, "full")))
    return pick(r, ["standalone/configuration/mgmt-users.properties", "domain/configuration/mgmt-users.properties",
                    "docker/wildfly/mgmt-users.properties"]), "\n".join(lines) + "\n"


@ntpl("lk_app_users_hex", "wildfly", "password-hash", "properties")
def _(r):
    users = r.sample(["ejbuser", "quickstartUser", "jmsuser", "batch", "reporter", "guest", "appclient"], r.randint(2, 4))
    body = "#$REALM_NAME=ApplicationRealm$ This line is used by the add-user utility to identify the realm name already used in this file.\n"
    body += "".join("%s=%s\n" % (u, wf_hex(u, "ApplicationRealm", gen_password(r, "full"))) for u in users)
    roles = "".join("%s=%s\n" % (u, pick(r, ["guest", "admin,guest", "JBossAdmin", "user"])) for u in users)
    if r.random() < 0.5:
        return pick(r, ["standalone/configuration/application-users.properties", "configuration/application-users.properties"]), body
    return "standalone/configuration/application-roles.properties", "# users and roles\n" + roles


@ntpl("lk_boot_properties_encrypted", "weblogic", "encrypted-value", "properties")
def _(r):
    srv = pick(r, ["AdminServer", "ms1", "osb_server1"])
    return "servers/%s/security/boot.properties" % srv, "#%s\npassword=%s\nusername=%s\n" % (
        pick(r, ["Mon Mar 04 10:12:41 UTC 2024", "Tue Oct 15 08:01:09 CEST 2024", "Fri Jan 10 22:47:33 GMT 2025"]),
        wls_aes(r), wls_aes(r))


@ntpl("lk_wls_config_xml", "weblogic", "encrypted-value", "xml")
def _(r):
    dom = pick(r, ["base_domain", "prod_domain", "soa_domain"])
    return pick(r, ["config/config.xml", "domains/%s/config/config.xml" % dom]), """<?xml version='1.0' encoding='UTF-8'?>
<domain xmlns="http://xmlns.oracle.com/weblogic/domain" xmlns:sec="http://xmlns.oracle.com/weblogic/security" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <name>%s</name>
  <domain-version>%s</domain-version>
  <security-configuration>
    <name>%s</name>
    <realm>
      <sec:authentication-provider xsi:type="wls:default-authenticatorType">
        <sec:name>DefaultAuthenticator</sec:name>
      </sec:authentication-provider>
      <sec:name>myrealm</sec:name>
    </realm>
    <default-realm>myrealm</default-realm>
    <credential-encrypted>%s</credential-encrypted>
    <node-manager-username>nmadmin</node-manager-username>
    <node-manager-password-encrypted>%s</node-manager-password-encrypted>
  </security-configuration>
  <server>
    <name>AdminServer</name>
    <ssl>
      <name>AdminServer</name>
      <enabled>true</enabled>
      <server-private-key-alias>server</server-private-key-alias>
      <server-private-key-pass-phrase-encrypted>%s</server-private-key-pass-phrase-encrypted>
    </ssl>
    <listen-port>7001</listen-port>
    <custom-identity-key-store-pass-phrase-encrypted>%s</custom-identity-key-store-pass-phrase-encrypted>
  </server>
  <embedded-ldap>
    <name>%s</name>
    <credential-encrypted>%s</credential-encrypted>
  </embedded-ldap>
  <admin-server-name>AdminServer</admin-server-name>
</domain>
""" % (dom, pick(r, VERSIONS_WLS), dom, wls_aes(r), wls_aes(r), wls_aes(r), wls_aes(r), dom, wls_aes(r))


@ntpl("lk_wls_jdbc_module", "weblogic", "encrypted-value", "xml")
def _(r):
    app = pick(r, APPS)
    drv, url, vq = jdbc(r, db="oracle")
    return "config/jdbc/%sDS-%d-jdbc.xml" % (app, r.randint(1000, 9999)), """<?xml version='1.0' encoding='UTF-8'?>
<jdbc-data-source xmlns="http://xmlns.oracle.com/weblogic/jdbc-data-source">
  <name>%sDS</name>
  <datasource-type>GENERIC</datasource-type>
  <jdbc-driver-params>
    <url>%s</url>
    <driver-name>%s</driver-name>
    <properties>
      <property>
        <name>user</name>
        <value>%s</value>
      </property>
    </properties>
    <password-encrypted>%s</password-encrypted>
  </jdbc-driver-params>
  <jdbc-connection-pool-params>
    <initial-capacity>%d</initial-capacity>
    <max-capacity>%d</max-capacity>
    <test-table-name>SQL ISVALID</test-table-name>
  </jdbc-connection-pool-params>
  <jdbc-data-source-params>
    <jndi-name>jdbc/%s</jndi-name>
    <global-transactions-protocol>TwoPhaseCommit</global-transactions-protocol>
  </jdbc-data-source-params>
</jdbc-data-source>
""" % (app, url, drv, pick(r, DBUSERS), wls_aes(r), r.choice([1, 5]), r.choice([15, 50]), app)


@ntpl("lk_nodemanager_properties", "weblogic", "encrypted-value", "properties")
def _(r):
    return pick(r, ["nodemanager/nodemanager.properties", "domains/base_domain/nodemanager/nodemanager.properties"]), """#%s
DomainsFile=/u01/oracle/user_projects/domains/base_domain/nodemanager/nodemanager.domains
LogLimit=0
DomainsDirRemoteSharingEnabled=false
PropertiesVersion=%s
AuthenticationEnabled=true
NodeManagerHome=/u01/oracle/user_projects/domains/base_domain/nodemanager
LogLevel=INFO
DomainsFileEnabled=true
ListenAddress=%s
NativeVersionEnabled=true
ListenPort=5556
SecureListener=true
KeyStores=CustomIdentityAndCustomTrust
CustomIdentityKeyStoreFileName=/u01/oracle/keystores/identity.p12
CustomIdentityKeyStorePassPhrase=%s
CustomIdentityAlias=nodemanager
CustomIdentityPrivateKeyPassPhrase=%s
""" % (pick(r, ["Thu Feb 08 14:22:10 UTC 2024", "Wed Sep 11 06:40:05 UTC 2024"]), pick(r, VERSIONS_WLS),
       pick(r, APP_HOSTS), wls_aes(r), wls_aes(r))


@ntpl("lk_liberty_encoded", "liberty", "encrypted-value", "xml")
def _(r):
    app = pick(r, APPS)
    return pick(r, ["src/main/liberty/config/server.xml", "wlp/usr/servers/defaultServer/server.xml"]), liberty_head(r) + """    <keyStore id="defaultKeyStore" password="%s"/>
    <authData id="%sAuth" user="%s" password="%s"/>
    <ldapRegistry id="ldap" realm="Corp" host="ldap.example.com" port="636" ldapType="Custom"
                  baseDN="o=example" bindDN="cn=liberty,o=example" bindPassword="%s"/>
    <quickStartSecurity userName="admin" userPassword="%s"/>
</server>
""" % (ws_xor(gen_password(r, "strict")), app, pick(r, DBUSERS), ws_aes(r), ws_xor(gen_password(r, "strict")),
       pick(r, ["{hash}" + b64r(r, 90), ws_aes(r)]))


@ntpl("lk_was_security_xml", "websphere", "encrypted-value", "xml")
def _(r):
    entries = "".join('  <authDataEntries xmi:id="JAASAuthData_%d" alias="%s/%s" userId="%s" password="%s" description=""/>\n' % (
        r.randint(10 ** 12, 10 ** 13), pick(r, ["CellManager01", "dmgrNode01"]), pick(r, ["ORDERS_DB", "CRM_J2C", "MQ_AUTH", "db2Alias"]),
        pick(r, DBUSERS), ws_xor(gen_password(r, "strict"))) for _ in range(r.randint(1, 3)))
    return pick(r, ["config/cells/Cell01/security.xml", "was/security.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<security:Security xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:security="http://www.ibm.com/websphere/appserver/schemas/5.0/security.xmi" xmi:id="Security_1" useLocalSecurityServer="true" enabled="true" appEnabled="true" dynamicallyUpdateSSLConfig="true">
%s  <userRegistries xmi:type="security:WIMUserRegistry" xmi:id="WIMUserRegistry_1" serverId="" serverPassword="{xor}" realm="defaultWIMFileBasedRealm" ignoreCase="true" useRegistryServerId="false" primaryAdminId="wasadmin" registryClass="com.ibm.ws.wim.registry.WIMUserRegistry"/>
</security:Security>
""" % entries


@ntpl("lk_jetty_realm_encoded", "jetty", "encrypted-value", "properties")
def _(r):
    rows = []
    for u in r.sample(ADMINS + ["guest", "user", "ops"], r.randint(2, 4)):
        pw = gen_password(r, "strict")
        kind = pick(r, ["OBF", "MD5", "CRYPT"])
        enc = jetty_obf(pw) if kind == "OBF" else jetty_md5(pw) if kind == "MD5" else jetty_crypt(r)
        rows.append("%s: %s,%s" % (u, enc, pick(r, ["admin", "user", "server-administrator", "content-administrator"])))
    return pick(r, ["etc/realm.properties", "jetty-base/etc/users.properties"]), "# obfuscated / checksummed only, never clear text\n" + "\n".join(rows) + "\n"


@ntpl("lk_jetty_ssl_obf", "jetty", "encrypted-value", "xml")
def _(r):
    return pick(r, ["etc/jetty-ssl-context.xml", "jetty-base/etc/jetty-ssl-context.xml"]), """<?xml version="1.0"?>
<!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://www.eclipse.org/jetty/configure_9_3.dtd">
<Configure id="sslContextFactory" class="org.eclipse.jetty.util.ssl.SslContextFactory$Server">
  <Set name="KeyStorePath"><Property name="jetty.base" default="." />/etc/keystore.p12</Set>
  <Set name="KeyStorePassword">%s</Set>
  <Set name="KeyManagerPassword">%s</Set>
  <Set name="TrustStorePath"><Property name="jetty.base" default="." />/etc/truststore.p12</Set>
  <Set name="TrustStorePassword"><Property name="jetty.sslContext.trustStorePassword" default=""/></Set>
  <Set name="EndpointIdentificationAlgorithm"></Set>
  <Set name="IncludeCipherSuites">
    <Array type="String">
      <Item>TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384</Item>
      <Item>TLS_AES_256_GCM_SHA384</Item>
    </Array>
  </Set>
</Configure>
""" % (jetty_obf(gen_password(r, "strict")), jetty_obf(gen_password(r, "strict")))


@ntpl("lk_tomcat_users_digest", "tomcat", "password-hash", "xml")
def _(r):
    users = ""
    for u in r.sample(ADMINS, r.randint(1, 3)):
        salt = hexr(r, 64)
        users += '  <user username="%s" password="%s$%d$%s" roles="%s"/>\n' % (
            u, salt, pick(r, [1, 1000, 10000, 100000]), hexr(r, 64), pick(r, ["manager-gui", "manager-script", "admin-gui"]))
    return pick(r, ["conf/tomcat-users.xml", "docker/tomcat-users.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<!-- passwords generated with: digest.sh -a SHA-256 -s 32 -i 10000 <pw>
     server.xml: <CredentialHandler className="org.apache.catalina.realm.MessageDigestCredentialHandler" algorithm="SHA-256"/> -->
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
%s</tomcat-users>
""" % users


@ntpl("lk_wildfly_credential_refs", "wildfly", "reference", "xml")
def _(r):
    app = pick(r, APPS)
    db, cls, drvname = wf_ds_driver(r)
    return pick(r, ["standalone/configuration/standalone.xml", "configuration/standalone-full-ha.xml"]), """<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:20.0">
    <profile>
        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/%sDS" pool-name="%sDS">
                    <connection-url>%s</connection-url>
                    <driver>%s</driver>
                    <security user-name="%s">
                        <credential-reference store="%s" alias="%s-db-password"/>
                    </security>
                </datasource>
            </datasources>
        </subsystem>
        <subsystem xmlns="urn:wildfly:elytron:18.0">
            <credential-stores>
                <credential-store name="%s" location="credentials.cs" relative-to="jboss.server.config.dir" create="false">
                    <credential-reference clear-text="{EXT}/usr/local/bin/fetch-store-password.sh" />
                </credential-store>
            </credential-stores>
        </subsystem>
    </profile>
</server>
""" % (app, app, jdbc(r, db=db, amp="&amp;")[1], drvname, pick(r, DBUSERS), pick(r, ["cs", "appStore", "vault"]), app,
       pick(r, ["cs", "appStore"]))


@ntpl("lk_jboss_vault_block", "wildfly", "masked-value", "xml")
def _(r):
    app = pick(r, APPS)
    return pick(r, ["standalone/configuration/standalone.xml", "eap6/standalone.xml"]), """<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:1.7">
    <vault>
        <vault-option name="KEYSTORE_URL" value="${jboss.server.config.dir}/vault/vault.keystore"/>
        <vault-option name="KEYSTORE_PASSWORD" value="%s"/>
        <vault-option name="KEYSTORE_ALIAS" value="vault"/>
        <vault-option name="SALT" value="%s"/>
        <vault-option name="ITERATION_COUNT" value="%d"/>
        <vault-option name="ENC_FILE_DIR" value="${jboss.server.config.dir}/vault/"/>
    </vault>
    <profile>
        <subsystem xmlns="urn:jboss:domain:datasources:1.2">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/%sDS" pool-name="%sDS">
                    <connection-url>%s</connection-url>
                    <driver>postgresql</driver>
                    <security>
                        <user-name>%s</user-name>
                        <password>${VAULT::ds_%s::password::1}</password>
                    </security>
                </datasource>
            </datasources>
        </subsystem>
    </profile>
</server>
""" % (jboss_mask(r), rs(r, ALNUM, 8), r.choice([44, 50, 120]), app, app, jdbc(r, db="postgresql")[1], pick(r, DBUSERS),
       app.replace("-", "_"))


@ntpl("lk_deployment_sha1", "wildfly", "hash", "xml")
def _(r):
    deps = ""
    for a in r.sample(APPS, r.randint(1, 3)):
        deps += '        <deployment name="%s.war" runtime-name="%s.war">\n            <content sha1="%s"/>\n        </deployment>\n' % (a, a, hexr(r, 40))
    return pick(r, ["standalone/configuration/standalone.xml", "standalone/configuration/standalone_xml_history/current/standalone.last.xml"]), """<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:20.0">
    <extensions>
        <extension module="org.jboss.as.clustering.infinispan"/>
        <extension module="org.jboss.as.deployment-scanner"/>
        <extension module="org.wildfly.extension.undertow"/>
    </extensions>
    <management>
        <audit-log>
            <formatters>
                <json-formatter name="json-formatter"/>
            </formatters>
        </audit-log>
    </management>
    <deployments>
%s    </deployments>
</server>
""" % deps


@ntpl("lk_wildfly_server_log", "wildfly", "log", "log")
def _(r):
    ts = "%d-%02d-%02d %02d:%02d:%02d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    app = pick(r, APPS)
    txid = "0:ffff%s:%s:%s:%s" % (hexr(r, 8), "-" + hexr(r, 7), hexr(r, 8), hexr(r, 2))
    return pick(r, ["standalone/log/server.log", "logs/server.log"]), """%s,101 INFO  [org.jboss.as] (MSC service thread 1-2) WFLYSRV0049: WildFly %s (WildFly Core %s) starting
%s,544 INFO  [org.wildfly.security] (ServerService Thread Pool -- 27) ELY00001: WildFly Elytron version 2.%d.%d.Final
%s,902 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-4) WFLYSRV0027: Starting deployment of "%s.war" (runtime-name: "%s.war")
%s,311 INFO  [org.jboss.as.connector.subsystems.datasources] (MSC service thread 1-1) WFLYJCA0001: Bound data source [java:jboss/datasources/%sDS]
%s,455 INFO  [org.infinispan.CONTAINER] (ServerService Thread Pool -- 80) ISPN000128: Infinispan version: Infinispan '%s' 14.0.%d.Final
%s,870 WARN  [com.arjuna.ats.arjuna] (default task-%d) ARJUNA012117: TransactionReaper::check timeout for TX %s in state  RUN
%s,991 INFO  [org.jboss.as.server] (ServerService Thread Pool -- 45) WFLYSRV0010: Deployed "%s.war" (runtime-name : "%s.war")
%s,012 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly %s started in %dms - Started %d of %d services
%s,340 INFO  [io.undertow.request] (default task-3) request-id=%s path=/%s/api/health status=200
""" % (ts, pick(r, VERSIONS_WF), "22.0.%d.Final" % r.randint(1, 4), ts, r.randint(0, 4), r.randint(0, 9), ts, app, app, ts, app, ts,
       pick(r, ["Flying Saucer", "Triskaidekaphobia"]), r.randint(10, 30), ts, r.randint(1, 40), txid, ts, app, app, ts,
       pick(r, VERSIONS_WF), r.randint(3000, 20000), r.randint(400, 800), r.randint(800, 1000), ts, uuidr(r), app)


@ntpl("lk_glassfish_keyfile", "glassfish", "password-hash", "keyfile")
def _(r):
    rows = ["%s;{SSHA256}%s;%s" % (u, b64r(r, 40), pick(r, ["asadmin", "users", "users,admins"]))
            for u in r.sample(ADMINS, r.randint(1, 3))]
    return pick(r, ["glassfish/domains/domain1/config/admin-keyfile", "payara/config/keyfile"]), "\n".join(rows) + "\n"


@ntpl("lk_resin_admin_hash", "resin", "password-hash", "properties")
def _(r):
    return pick(r, ["conf/resin.properties", "resin/conf/resin.properties"]), """# resin.properties - common properties
log_level     : info
dev_mode      : false
resin_doc     : false
app_servers   : 127.0.0.1:6800
http          : 8080
jvm_args      : -Xmx%dm
# admin_user and admin_password are used for the /resin-admin console
admin_enable   : true
admin_user     : admin
admin_password : {SSHA}%s
admin_remote_enable : false
""" % (r.choice([1024, 2048]), b64r(r, 24))


@ntpl("lk_maven_encrypted_settings", "maven", "encrypted-value", "xml")
def _(r):
    return pick(r, [".m2/settings.xml", "ci/maven/settings.xml"]), """<settings>
  <servers>
    <!-- encrypted with "mvn -ep", master key in ~/.m2/settings-security.xml -->
    <server>
      <id>%s</id>
      <username>%s</username>
      <password>%s</password>
    </server>
    <server>
      <id>nexus-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""" % (pick(r, ["tomcat-prod", "wildfly-uat", "TomcatServer"]), pick(r, ADMINS), maven_enc(r))


@ntpl("lk_pom_server_ref", "maven", "reference", "xml")
def _(r):
    app = pick(r, APPS)
    deps = "".join("""    <dependency>
      <groupId>%s</groupId>
      <artifactId>%s</artifactId>
      <version>%s</version>
    </dependency>
""" % d for d in r.sample([("org.postgresql", "postgresql", "42.7.3"), ("com.zaxxer", "HikariCP", "5.1.0"),
                             ("org.slf4j", "slf4j-api", "2.0.12"), ("jakarta.platform", "jakarta.jakartaee-api", "10.0.0"),
                             ("org.apache.commons", "commons-lang3", "3.14.0")], 3))
    return "pom.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>%s</artifactId>
  <version>%d.%d.0</version>
  <packaging>war</packaging>
  <dependencies>
%s  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.tomcat.maven</groupId>
        <artifactId>tomcat7-maven-plugin</artifactId>
        <version>2.2</version>
        <configuration>
          <url>http://%s:8080/manager/text</url>
          <server>%s</server>
          <path>/%s</path>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
""" % (app, r.randint(1, 5), r.randint(0, 20), deps, pick(r, APP_HOSTS), pick(r, ["tomcat-prod", "TomcatServer"]), app)


@ntpl("lk_k8s_secretkeyref", "kubernetes", "reference", "yaml")
def _(r):
    app = pick(r, APPS)
    return pick(r, ["k8s/deployment.yaml", "deploy/%s.yaml" % app]), """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
spec:
  replicas: 2
  selector:
    matchLabels: {app: %s}
  template:
    metadata:
      labels: {app: %s}
      annotations:
        checksum/config: %s
    spec:
      containers:
        - name: app
          image: registry.example.com/%s@sha256:%s
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: %s-db
                  key: password
            - name: KEYSTORE_PASSWORD
              valueFrom:
                secretKeyRef: {name: %s-tls, key: keystore-password}
            - name: JAVA_OPTS
              value: "-Djavax.net.ssl.keyStorePassword=$(KEYSTORE_PASSWORD)"
          volumeMounts:
            - {name: tls, mountPath: /opt/tls, readOnly: true}
      volumes:
        - name: tls
          secret: {secretName: %s-tls}
""" % (app, app, app, hexr(r, 64), app, hexr(r, 64), app, app, app)


@ntpl("lk_keytool_list_md", "java", "fingerprint", "md")
def _(r):
    return pick(r, ["docs/tls.md", "docs/certificates.md", "ops/keystore-notes.md"]), """# TLS keystore for the %s servers

The keystore password lives in Vault (`secret/appserver/keystore`), never in this repo.

```
$ keytool -list -v -keystore server.p12 -storetype PKCS12
Keystore type: PKCS12
Keystore provider: SUN

Your keystore contains 1 entry

Alias name: %s
Creation date: %s
Entry type: PrivateKeyEntry
Certificate chain length: 2
Certificate[1]:
Owner: CN=%s, OU=Platform, O=Example Corp, C=DE
Issuer: CN=Example Corp Issuing CA 2, O=Example Corp, C=DE
Serial number: %s
Valid from: Mon Jan 08 09:00:00 UTC 2024 until: Thu Jan 08 09:00:00 UTC 2026
Certificate fingerprints:
	 SHA1: %s
	 SHA256: %s
Signature algorithm name: SHA256withRSA
Subject Public Key Algorithm: 2048-bit RSA key
Version: 3
```

Default JDK truststore password is `changeit` (cacerts) - do not reuse it for server keystores.
""" % (pick(r, ["Tomcat", "WildFly", "Liberty"]), pick(r, ["tomcat", "server", "1"]), pick(r, ["Jan 8, 2024", "Mar 3, 2025"]),
       pick(r, APP_HOSTS), hexr(r, 32), fingerprint(r, 20), fingerprint(r, 32))


@ntpl("lk_pem_certificate", "java", "certificate", "crt")
def _(r):
    return pick(r, ["conf/tls/server.crt", "certs/ca-chain.pem", "src/main/resources/truststore/issuing-ca.crt"]), \
        "# subject=CN=%s\n# issuer=CN=Example Corp Issuing CA 2\n" % pick(r, APP_HOSTS) + pem_cert(r)


@ntpl("lk_saml_metadata", "java", "certificate", "xml")
def _(r):
    cert = "".join(pem_cert(r).splitlines()[1:-1])
    return pick(r, ["src/main/resources/saml/idp-metadata.xml", "conf/saml/idp.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>%s</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/saml/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""" % cert


@ntpl("lk_java_constants", "java", "identifier", "java")
def _(r):
    return "src/main/java/com/example/config/ServerSettings.java", """package com.example.config;

import java.io.Serializable;

/** Names of the settings read at startup; values come from the environment. */
public final class ServerSettings implements Serializable {

    private static final long serialVersionUID = %dL;

    public static final String KEYSTORE_PASSWORD_PROPERTY = "javax.net.ssl.keyStorePassword";
    public static final String TRUSTSTORE_PASSWORD_PROPERTY = "javax.net.ssl.trustStorePassword";
    public static final String DB_PASSWORD_ENV = "DB_PASSWORD";
    public static final String JNDI_NAME = "java:comp/env/jdbc/%s";
    public static final String PASSWORD_FIELD = "j_password";
    public static final String DEFAULT_TRUSTSTORE_PASSWORD = "changeit";
    public static final String BUILD_ID = "%s";

    private final char[] keystorePassword;

    public ServerSettings() {
        String pw = System.getenv(DB_PASSWORD_ENV);
        this.keystorePassword = pw == null ? new char[0] : pw.toCharArray();
    }

    public char[] keystorePassword() {
        return keystorePassword.clone();
    }
}
""" % (r.randint(-(2 ** 62), 2 ** 62), pick(r, APPS), hexr(r, 40))


@ntpl("lk_wlst_userconfig", "weblogic", "reference", "py")
def _(r):
    return pick(r, ["wlst/health_check.py", "scripts/wlst/server_state.py"]), """# Uses the encrypted user config created once with storeUserConfig()
import os

ucf = os.environ.get('WLS_UCF', '/u01/secure/wls-admin.ucf')
ukf = os.environ.get('WLS_UKF', '/u01/secure/wls-admin.key')

connect(userConfigFile=ucf, userKeyFile=ukf, url='t3://%s:7001')
domainRuntime()
for name in ['%s', '%s']:
    cd('/ServerRuntimes/' + name)
    print name, get('State'), get('HealthState')
disconnect()
""" % (pick(r, APP_HOSTS), pick(r, ["ms1", "AdminServer"]), pick(r, ["ms2", "osb_server1"]))


@ntpl("lk_jmx_template", "jmx", "documented-example", "jmxremote.password")
def _(r):
    return pick(r, ["conf/jmxremote.password.template", "jdk/conf/management/jmxremote.password.template", "conf/jmxremote.access"]), """# ----------------------------------------------------------------------
#           Template for jmxremote.password
#
# o Copy this template to jmxremote.password
# o Set the user/password entries in jmxremote.password
# o Change the permission of jmxremote.password to be accessible
#   only by the owner.
#
# Following are two commented-out entries.  The "monitorRole" role has
# password "QED".  The "controlRole" role has password "R&D".
#
# monitorRole  QED
# controlRole   R&D
monitorRole   readonly
controlRole   readwrite \\
              create javax.management.monitor.*,javax.management.timer.* \\
              unregister
"""


@ntpl("lk_maven_wrapper_sha", "maven", "hash", "properties")
def _(r):
    return ".mvn/wrapper/maven-wrapper.properties", """# Licensed to the Apache Software Foundation (ASF)
wrapperVersion=3.3.2
distributionType=only-script
distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.%d/apache-maven-3.9.%d-bin.zip
distributionSha256Sum=%s
""" % ((lambda x: (x, x))(r.randint(5, 9)) + (hexr(r, 64),))


@ntpl("lk_gradle_verification", "gradle", "hash", "xml")
def _(r):
    comps = ""
    for g, a, v in r.sample([("org.apache.tomcat.embed", "tomcat-embed-core", "10.1.19"), ("org.postgresql", "postgresql", "42.7.3"),
                             ("com.hazelcast", "hazelcast", "5.3.6"), ("org.eclipse.jetty", "jetty-server", "12.0.7"),
                             ("org.wildfly.security", "wildfly-elytron", "2.2.3.Final")], 3):
        comps += """      <component group="%s" name="%s" version="%s">
         <artifact name="%s-%s.jar">
            <sha256 value="%s" origin="Generated by Gradle"/>
         </artifact>
      </component>
""" % (g, a, v, a, v, hexr(r, 64))
    return "gradle/verification-metadata.xml", """<?xml version="1.0" encoding="UTF-8"?>
<verification-metadata xmlns="https://schema.gradle.org/dependency-verification" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
   <configuration>
      <verify-metadata>true</verify-metadata>
      <verify-signatures>false</verify-signatures>
   </configuration>
   <components>
%s   </components>
</verification-metadata>
""" % comps


@ntpl("lk_web_xml_security", "java-ee", "config", "xml")
def _(r):
    return pick(r, ["src/main/webapp/WEB-INF/web.xml", "WEB-INF/web.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
    <security-constraint>
        <web-resource-collection>
            <web-resource-name>admin</web-resource-name>
            <url-pattern>/admin/*</url-pattern>
        </web-resource-collection>
        <auth-constraint>
            <role-name>admin</role-name>
        </auth-constraint>
        <user-data-constraint>
            <transport-guarantee>CONFIDENTIAL</transport-guarantee>
        </user-data-constraint>
    </security-constraint>
    <login-config>
        <auth-method>FORM</auth-method>
        <realm-name>%s</realm-name>
        <form-login-config>
            <form-login-page>/login.jsp</form-login-page>
            <form-error-page>/login.jsp?error=true</form-error-page>
        </form-login-config>
    </login-config>
    <security-role><role-name>admin</role-name></security-role>
    <resource-ref>
        <res-ref-name>jdbc/%s</res-ref-name>
        <res-type>javax.sql.DataSource</res-type>
        <res-auth>Container</res-auth>
    </resource-ref>
</web-app>
""" % (pick(r, ["UserDatabase", "ApplicationRealm", "CorpLdap"]), pick(r, APPS))


@ntpl("lk_catalina_log_masked", "tomcat", "log", "log")
def _(r):
    ts = catalina_ts(r)
    return pick(r, ["logs/catalina.out", "support/catalina-%d.log" % r.randint(1, 99)]), """%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/%s
%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djavax.net.ssl.keyStore=/opt/tomcat/conf/client.p12
%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djavax.net.ssl.keyStorePassword=********
%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Dcom.sun.management.jmxremote.password.file=/opt/tomcat/conf/jmxremote.password
%s INFO [main] org.apache.catalina.core.AprLifecycleListener.lifecycleEvent OpenSSL successfully initialized [OpenSSL 3.0.%d]
%s INFO [main] org.apache.tomcat.util.net.AbstractEndpoint.logCertificate Connector [https-jsse-nio-8443], TLS virtual host [_default_], certificate type [RSA] configured from keystore [/opt/tomcat/conf/keystore.p12] using alias [tomcat] with trust store [null]
%s WARNING [main] org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds.
%s INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/opt/tomcat/webapps/%s.war]
%s INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [%d] milliseconds
""" % (ts, pick(r, VERSIONS_TC), ts, ts, ts, ts, r.randint(2, 13), ts, ts, r.randint(100, 900), ts, pick(r, APPS), ts, r.randint(2000, 9000))


@ntpl("lk_access_log", "tomcat", "log", "log")
def _(r):
    lines = []
    for _ in range(r.randint(6, 12)):
        lines.append('%d.%d.%d.%d - - [%02d/Mar/2025:%02d:%02d:%02d +0000] "GET /%s/api/items/%s HTTP/1.1" %d %d %dms trace=%s' % (
            10, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
            r.randint(0, 59), pick(r, APPS), uuidr(r), pick(r, [200, 200, 200, 304, 404]), r.randint(100, 9000), r.randint(1, 400), hexr(r, 32)))
    return pick(r, ["logs/localhost_access_log.2025-03-%02d.txt" % r.randint(1, 28), "support/access.log"]), "\n".join(lines) + "\n"


@ntpl("lk_readme_defaults", "docs", "documented-example", "md")
def _(r):
    return pick(r, ["README.md", "docs/getting-started.md", "docs/local-dev.md"]), """# Local development stack

Everything here is for a laptop only. Real credentials come from Vault in CI.

| component | URL | user | password |
|-----------|-----|------|----------|
| Tomcat manager | http://localhost:8080/manager/html | `tomcat` | `<must-be-changed>` (set in `conf/tomcat-users.xml`) |
| WebLogic console | http://localhost:7001/console | `weblogic` | see `properties/domain.properties` (not committed) |
| Hazelcast | 127.0.0.1:5701 | `dev` | `dev-pass` (3.x default group password) |
| JMX | service:jmx:rmi:///jndi/rmi://localhost:9010/jmxrmi | `monitorRole` | from `jmxremote.password` |

The JDK `cacerts` truststore uses the documented default password `changeit`.
To encode a password for Liberty run `securityUtility encode --encoding=aes`; for Jetty run
`java -cp jetty-util.jar org.eclipse.jetty.util.security.Password <user> <password>`.

```bash
export DB_PASSWORD=...   # ask in #%s
mvn -Plocal cargo:run
```
""" % pick(r, ["platform-help", "dev-support", "team-db"])


@ntpl("lk_setenv_secret_file", "tomcat", "reference", "sh")
def _(r):
    return pick(r, ["bin/setenv.sh", "docker/entrypoint.sh"]), """#!/bin/sh
# secrets are mounted by the orchestrator; never hard-code them here
KS_PASS_FILE=${KS_PASS_FILE:-/run/secrets/keystore_password}
if [ -r "$KS_PASS_FILE" ]; then
    KS_PASS=$(cat "$KS_PASS_FILE")
fi
: "${KS_PASS:?keystore password missing}"

CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.port=%d"
CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.ssl=false"
CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.password.file=$CATALINA_BASE/conf/jmxremote.password"
CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.access.file=$CATALINA_BASE/conf/jmxremote.access"
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.keyStorePassword=$KS_PASS"
export CATALINA_OPTS
""" % r.choice([9010, 7091])


@ntpl("lk_liberty_variables", "liberty", "reference", "xml")
def _(r):
    app = pick(r, APPS)
    return pick(r, ["src/main/liberty/config/server.xml", "config/server.xml"]), liberty_head(r) + """    <variable name="db.user" defaultValue="%s"/>
    <variable name="db.password" defaultValue=""/>
    <variable name="keystore_password" value="${env.KEYSTORE_PASSWORD}"/>

    <keyStore id="defaultKeyStore" password="${keystore_password}"/>
    <dataSource id="%sDS" jndiName="jdbc/%s">
        <jdbcDriver libraryRef="pgLib"/>
        <properties.postgresql serverName="${env.DB_HOST}" databaseName="%s"
                               user="${db.user}" password="${db.password}"/>
    </dataSource>
    <library id="pgLib"><file name="${shared.resource.dir}/postgresql-42.7.3.jar"/></library>
</server>
""" % (pick(r, DBUSERS), app, app, app.replace("-", "_"))


@ntpl("lk_glassfish_alias_domain", "glassfish", "reference", "xml")
def _(r):
    app = pick(r, APPS)
    return pick(r, ["glassfish/domains/domain1/config/domain.xml", "payara/config/domain.xml"]), """<domain log-root="${com.sun.aas.instanceRoot}/logs" version="%d">
  <security-configurations/>
  <resources>
    <jdbc-connection-pool name="%sPool" res-type="javax.sql.DataSource" datasource-classname="org.postgresql.ds.PGSimpleDataSource"
                          max-pool-size="%d" is-connection-validation-required="true" connection-validation-method="table" validation-table-name="DUAL">
      <property name="ServerName" value="%s"></property>
      <property name="DatabaseName" value="%s"></property>
      <property name="User" value="%s"></property>
      <property name="Password" value="${ALIAS=%s-db-password}"></property>
    </jdbc-connection-pool>
    <jdbc-resource pool-name="%sPool" jndi-name="jdbc/%s"></jdbc-resource>
  </resources>
  <configs>
    <config name="server-config">
      <admin-service system-jmx-connector-name="system" type="das-and-server">
        <jmx-connector port="8686" address="0.0.0.0" security-enabled="false" auth-realm-name="admin-realm" name="system"></jmx-connector>
        <das-config></das-config>
      </admin-service>
    </config>
  </configs>
</domain>
""" % (r.randint(10, 200), app, r.choice([32, 64]), pick(r, HOSTS), app.replace("-", "_"), pick(r, DBUSERS), app, app, app)


@ntpl("lk_hazelcast5_config", "hazelcast", "config", "xml")
def _(r):
    return pick(r, ["src/main/resources/hazelcast.xml", "conf/hazelcast.xml"]), """<?xml version="1.0" encoding="UTF-8"?>
<hazelcast xmlns="http://www.hazelcast.com/schema/config">
    <cluster-name>%s</cluster-name>
    <instance-name>%s-%s</instance-name>
    <properties>
        <property name="hazelcast.logging.type">slf4j</property>
        <property name="hazelcast.heartbeat.interval.seconds">5</property>
    </properties>
    <network>
        <port auto-increment="true">5701</port>
        <join>
            <auto-detection enabled="false"/>
            <kubernetes enabled="true">
                <service-dns>hz-headless.%s.svc.cluster.local</service-dns>
            </kubernetes>
        </join>
    </network>
    <partition-group enabled="true" group-type="ZONE_AWARE"/>
    <map name="session-*">
        <backup-count>1</backup-count>
        <eviction eviction-policy="LRU" max-size-policy="PER_NODE" size="%d"/>
    </map>
</hazelcast>
""" % (pick(r, ["prod", "sessions", "grid"]), pick(r, APPS), uuidr(r)[:8], pick(r, ["apps", "prod"]), r.choice([10000, 50000]))


@ntpl("lk_dockerfile_secret_mount", "docker", "reference", "Dockerfile")
def _(r):
    return pick(r, ["Dockerfile", "docker/liberty/Dockerfile"]), """# syntax=docker/dockerfile:1.6
FROM icr.io/appcafe/open-liberty:%s-kernel-slim-java17-openj9-ubi
COPY --chown=1001:0 src/main/liberty/config/ /config/
RUN features.sh
COPY --chown=1001:0 target/%s.war /config/apps/
# keystore password is provided at build time as a BuildKit secret, never as ARG/ENV
RUN --mount=type=secret,id=ks_pass,uid=1001 \\
    securityUtility createSSLCertificate --server=defaultServer --password="$(cat /run/secrets/ks_pass)" --validity=365
RUN configure.sh
""" % (pick(r, VERSIONS_LIB), pick(r, APPS))


@ntpl("lk_ansible_vault_file", "ansible", "encrypted-value", "yaml")
def _(r):
    lines = ["$ANSIBLE_VAULT;1.1;AES256"]
    blob = hexr(r, r.choice([640, 800, 960]))
    lines += [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return pick(r, ["group_vars/appservers/vault.yml", "roles/weblogic/vars/vault.yml", "inventory/prod/group_vars/all/vault.yml"]), "\n".join(lines) + "\n"


@ntpl("lk_tf_random_password", "terraform", "reference", "tf")
def _(r):
    app = pick(r, APPS).replace("-", "_")
    return pick(r, ["infra/passwords.tf", "terraform/secrets.tf"]), """resource "random_password" "%s_keystore" {
  length           = 24
  special          = true
  override_special = "-_."
}

resource "vault_kv_secret_v2" "%s_tls" {
  mount = "secret"
  name  = "appserver/%s/tls"
  data_json = jsonencode({
    keystore_password = random_password.%s_keystore.result
  })
}

variable "wls_admin_password" {
  type      = string
  sensitive = true
}

output "keystore_secret_path" {
  value = vault_kv_secret_v2.%s_tls.path
}
""" % (app, app, app, app, app)


@ntpl("lk_artifact_checksums_csv", "ci", "hash", "csv")
def _(r):
    rows = ["artifact,version,sha256,size_bytes,build_id"]
    for a in r.sample(APPS, r.randint(3, 7)):
        rows.append("%s.war,%d.%d.%d,%s,%d,%s" % (a, r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), hexr(r, 64),
                                                 r.randint(10 ** 6, 10 ** 8), uuidr(r)))
    return pick(r, ["release/checksums.csv", "dist/manifest.csv"]), "\n".join(rows) + "\n"


@ntpl("lk_cli_credential_store", "wildfly", "reference", "cli")
def _(r):
    app = pick(r, APPS)
    return pick(r, ["scripts/datasource-cs.cli", "cli/ds-with-store.cli"]), """# credential store created beforehand by elytron-tool.sh with a masked password
/subsystem=elytron/credential-store=cs:add(location=credentials.cs,relative-to=jboss.server.config.dir,credential-reference={clear-text="{EXT}/opt/bin/store-pass.sh"})
data-source add --name=%sDS --jndi-name=java:jboss/datasources/%sDS --driver-name=postgresql --connection-url=jdbc:postgresql://%s:5432/%s --user-name=%s --credential-reference={store=cs,alias=%s-db}
/subsystem=datasources/data-source=%sDS:test-connection-in-pool
""" % (app, app, pick(r, HOSTS), app.replace("-", "_"), pick(r, DBUSERS), app, app)


@ntpl("lk_jboss_module_xml", "wildfly", "config", "xml")
def _(r):
    v = pick(r, ["42.7.3", "42.6.0", "8.3.0", "3.3.3"])
    name = pick(r, ["org.postgresql", "com.mysql", "org.mariadb"])
    return "modules/%s/main/module.xml" % name.replace(".", "/"), """<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="%s">
    <resources>
        <resource-root path="%s-%s.jar"/>
    </resources>
    <dependencies>
        <module name="javax.api"/>
        <module name="javax.transaction.api"/>
    </dependencies>
</module>
""" % (name, name.split(".")[-1], v)


@ntpl("lk_ihs_plugin_cfg", "websphere", "identifier", "xml")
def _(r):
    servers = ""
    for i in range(r.randint(2, 4)):
        servers += """      <Server CloneID="%s" ConnectTimeout="5" ExtendedHandshake="false" LoadBalanceWeight="2" MaxConnections="-1" Name="node%02d_%s" ServerIOTimeout="900" WaitForContinue="false">
         <Transport Hostname="%s" Port="9080" Protocol="http"/>
      </Server>
""" % (hexr(r, 9) if r.random() < 0.5 else rs(r, "0123456789abcdefghijklmnopqrstuvwxyz", 9), i + 1, pick(r, ["ms1", "member"]), pick(r, APP_HOSTS))
    return pick(r, ["ihs/plugin-cfg.xml", "config/plugin-cfg.xml"]), """<?xml version="1.0" encoding="ISO-8859-1"?>
<Config ASDisableNagle="false" AcceptAllContent="true" AppServerPortPreference="HostHeader" IISDisableNagle="false" IgnoreDNSFailures="false" RefreshInterval="60" ResponseChunkSize="64" VHostMatchingCompat="false">
   <Log LogLevel="Error" Name="/opt/IBM/WebSphere/Plugins/logs/webserver1/http_plugin.log"/>
   <Property Name="ESIEnable" Value="true"/>
   <ServerCluster CloneSeparatorChange="false" LoadBalance="Round Robin" Name="AppCluster" PostBufferSize="0" PostSizeLimit="-1" RemoveSpecialHeaders="true" RetryInterval="60">
%s   </ServerCluster>
</Config>
""" % servers


@ntpl("lk_persistence_xml", "jpa", "reference", "xml")
def _(r):
    app = pick(r, APPS)
    return "src/main/resources/META-INF/persistence.xml", """<?xml version="1.0" encoding="UTF-8"?>
<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
    <persistence-unit name="%sPU" transaction-type="JTA">
        <jta-data-source>java:jboss/datasources/%sDS</jta-data-source>
        <properties>
            <property name="hibernate.hbm2ddl.auto" value="validate"/>
            <property name="hibernate.default_schema" value="%s"/>
            <property name="jakarta.persistence.jdbc.user" value="${env.DB_USER}"/>
            <property name="jakarta.persistence.jdbc.password" value="${env.DB_PASSWORD}"/>
        </properties>
    </persistence-unit>
</persistence>
""" % (app, app, app.replace("-", "_"))


@ntpl("lk_jasypt_props", "spring", "encrypted-value", "properties")
def _(r):
    return pick(r, ["src/main/resources/application.properties", "config/application-prod.properties"]), """server.port=8443
server.ssl.key-store=classpath:keystore.p12
server.ssl.key-store-password=%s
spring.datasource.url=%s
spring.datasource.username=%s
spring.datasource.password=%s
# jasypt.encryptor.password is injected by the platform (-Djasypt.encryptor.password=...)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
server.tomcat.max-threads=%d
""" % (jasypt_enc(r), jdbc(r)[1], pick(r, DBUSERS), jasypt_enc(r), r.choice([200, 400]))


@ntpl("lk_oracle_example_url", "docs", "documented-example", "md")
def _(r):
    return pick(r, ["docs/datasources.md", "docs/jdbc-urls.md"]), """# JDBC URL cheat sheet

| database | URL | notes |
|----------|-----|-------|
| Oracle thin | `jdbc:oracle:thin:scott/tiger@//localhost:1521/ORCLPDB1` | the classic demo schema from the Oracle docs |
| PostgreSQL | `jdbc:postgresql://%s:5432/%s` | user/password from the pool config |
| H2 (WildFly ExampleDS) | `jdbc:h2:mem:test;DB_CLOSE_DELAY=-1` | user `sa`, password `sa` |
| DB2 | `jdbc:db2://%s:50000/SAMPLE` | |

Pool defaults we use: `maxTotal=%d`, `maxIdle=10`, `validationQuery=SELECT 1`, `testOnBorrow=true`.
""" % (pick(r, HOSTS), pick(r, APPS).replace("-", "_"), pick(r, HOSTS), r.choice([20, 50]))


@ntpl("lk_ssha_ldif", "ldap", "password-hash", "ldif")
def _(r):
    u = pick(r, ["svc-tomcat", "wls-bind", "liberty-svc"])
    return pick(r, ["ldap/bootstrap.ldif", "test/resources/users.ldif"]), """dn: uid=%s,ou=service,dc=example,dc=com
objectClass: inetOrgPerson
uid: %s
cn: %s
sn: service
userPassword: {SSHA}%s

dn: cn=appserver-admins,ou=groups,dc=example,dc=com
objectClass: groupOfNames
cn: appserver-admins
member: uid=%s,ou=service,dc=example,dc=com
""" % (u, u, u, b64r(r, 24), u)


# ======================================================================================
# driver
# ======================================================================================
N_POS = 500
N_NEG = 500
ENV_OK_SUFFIXES = ("example", "sample", "template", "dist", "defaults")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base[5:] not in ENV_OK_SUFFIXES
    return False


def cycle(r, n, total):
    out = []
    while len(out) < total:
        batch = list(range(n))
        r.shuffle(batch)
        out += batch
    return out[:total]


def write(outdir, rel, content):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)


def needle_line(content, needle):
    idx = content.find(needle)
    assert idx >= 0
    return content.count("\n", 0, idx) + 1


def make_positive(r, t):
    for _ in range(20):
        if t["ctx"] == "custom":
            text, needle = t["mk_pos"](r)
        else:
            text, needle = pos_slot(r, t)
        path, content = t["fn"](r, text)
        if content.count(needle) == 1:
            return path, content, needle
    raise AssertionError("could not place needle once: %s" % t["name"])


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ij.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    env_files = 0
    for i, ti in enumerate(cycle(r, len(POS), N_POS)):
        t = POS[ti]
        path, content, needle = make_positive(r, t)
        if is_blocked_env(path):
            env_files += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, content)
        line = needle_line(content, needle)
        # verify on what was actually written
        with open(os.path.join(outdir, rel), encoding="utf-8") as f:
            written = f.read().split("\n")
        assert needle in written[line - 1], (rel, needle, line)
        assert "".join(written).count(needle) >= 1
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ft"]})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_files * 20 <= N_POS, env_files

    # negatives: half re-use positive templates with a non-secret slot, half look-alikes
    plan = [("reuse", x) for x in cycle(r, len(POS), N_NEG // 2)] + \
           [("look", x) for x in cycle(r, len(LOOK), N_NEG - N_NEG // 2)]
    r.shuffle(plan)
    for i, (how, ti) in enumerate(plan):
        if how == "reuse":
            t = POS[ti]
            if t["ctx"] == "custom":
                text, style = t["mk_neg"](r), "placeholder"
            else:
                text, style = neg_slot(r, t)
            path, content = t["fn"](r, text)
            kind = "%s:%s" % (t["kind"], style)
            provider, ft = t["provider"], t["ft"]
        else:
            t = LOOK[ti]
            path, content = t["fn"](r)
            kind, provider, ft = t["kind"], t["provider"], t["ft"]
        if is_blocked_env(path):
            path = path + ".example"
        assert not is_blocked_env(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
