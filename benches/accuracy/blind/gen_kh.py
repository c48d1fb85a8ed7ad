#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_kh`: healthcare integration engines, HL7/FHIR interfaces.

EMPHASIS
    Domain: hospital integration engines and HL7 v2 / FHIR / DICOM interfaces.
    Providers / products: NextGen (Mirth) Connect channel exports, mirth.properties,
    configuration map, JavaScript transformers, mccommand CLI; Rhapsody; InterSystems
    IRIS / HealthShare (ObjectScript .cls, Ens.Config.Credentials exports, irispython);
    Cloverleaf (Tcl procs, ini); Iguana (Lua net.http / net.sftp / db.connect); Corepoint
    (runbooks, migration sheets); HAPI FHIR JPA server (application.yaml, Helm, K8s, Java
    client interceptors); Azure Health Data Services (Entra ID client secrets), AWS HealthLake
    (IAM access keys), Google Cloud Healthcare API (service-account JSON); SMART Backend
    Services (PEM / JWKS private keys) for Epic, Oracle Health (Cerner) system accounts;
    Redox, Health Gorilla, 1upHealth, Particle Health; Orthanc (orthanc.json RegisteredUsers,
    PostgreSQL plugin, peers), dcm4chee (LDAP root/config passwords); MLLP over TLS keystore
    and key passwords; HL7 v2 messages and logs with credentials leaked into them (MSH-8,
    logged Authorization headers, sftp URLs); Slack alert webhooks of the engine.
    File types: xml, json, yaml/yml, properties, lua, js, cls, py, cs, java, sh, ps1-free,
    hl7, csv, md, sql, tcl, ini, tf, Dockerfile, log, pem, toml, .env (rare).

USAGE
    python3 -B gen_kh.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one per positive).
    Deterministic: every random choice comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * Passwords, client secrets, API keys: the value exactly as written (without quotes).
    * Connection strings / URLs with user:password@host (JDBC, sftp://, postgres://): the
      password part only.
    * Slack incoming-webhook URL: the whole https://hooks.slack.com/services/... URL.
    * HTTP Basic headers: the base64 token after "Basic ".
    * Key pairs (client id + secret, AWS key id + secret key, apiKey + secret): the secret
      half only (secret key, client_secret, secret); the id is public.
    * PEM private keys (multi-line, or JSON-escaped with \\n on one line): the first
      64-character base64 line of the key body (the line after -----BEGIN ...-----).
    * JWK private keys: the value of the "d" member.
    * HL7 MSH-8 security field: the field value.
    `line` is the 1-based line of the needle's first occurrence; the generator asserts it.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-password>, YOUR_CLIENT_SECRET_HERE, changeme, xxxxxxxx), empty
    values, masked values (********, [REDACTED]), environment / secret-manager references
    (${DB_PASSWORD}, os.environ[...], process.env.X, $System.Util.GetEnviron, vault: and
    op:// paths, AWS Secrets Manager ARNs), template expressions ({{ .Values.x }}, #{X}#),
    provider documented examples (Orthanc alice/alicePassword, dcm4chee "secret", Redox
    "super-secret-client-secret", AWS wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, SMART
    "my-app-secret-123", HAPI/Mirth admin/admin) and public material (public keys,
    certificates instead of private keys). No negative is written to a .env* file other
    than .env.example / .env.sample. The other half are domain look-alikes: FHIR bundles,
    HL7 v2 messages, MRNs, NPIs (valid Luhn), OIDs, DICOM Study/Series/SOP UIDs, accession
    numbers, LOINC/SNOMED codes, hashed passwords (Mirth salted SHA-256, bcrypt htpasswd),
    SHA-256 checksums, image digests, npm integrity hashes, git SHAs, certificate
    thumbprints, public JWKS / certificates, base64 documents in FHIR Binary / OBX-5,
    HealthLake datastore ids, Azure tenant/client ids, Redox source ids, Epic client ids.

FORMATS CHECKED (search tool, providers' docs and real project files)
    * NextGen Connect docs: mirth.properties holds database username/password and the
      keystore storepass/keypass; keystore.jks holds the encryption key.
    * Orthanc Configuration.json: "RegisteredUsers" : { "alice" : "alicePassword" } is the
      shipped example (plain-text passwords, HTTP Basic) -> used as a negative.
    * Redox docs: POST https://api.redoxengine.com/auth/authenticate with {"apiKey",
      "secret"}; sample values "not-a-real-api-key" / "super-secret-client-secret";
      accessToken/refreshToken are UUID-shaped.
    * dcm4chee docker docs: LDAP_ROOTPASS default is "secret" (negative).
    * HAPI FHIR starter: spring.datasource.url/username/password in application.yaml,
      SPRING_DATASOURCE_PASSWORD env in compose files (examples use admin/admin).
    * 1upHealth: OAuth2 client_credentials at https://auth.1up.health/oauth2/token.
    * SMART App Launch example: Basic bXktYXBwOm15LWFwcC1zZWNyZXQtMTIz (my-app secret).
    * Epic / SMART Backend Services: private_key_jwt, JWKS URL, RS384 / ES384 keys.

DOUBTS
    * Azure Entra client secret shape (3 chars + "8Q~" + 34 chars, 40 total) was not found
      in the searched docs; taken from common knowledge.
    * AWS key id (AKIA + 16 base32) / 40-char secret, Slack webhook path lengths, GCP
      service-account JSON fields: from memory, not re-checked this session.
    * 1upHealth / Health Gorilla / Particle / Epic / Oracle Health client secrets: docs
      did not show their shape; generated as 32 hex (1up) or base64url/alnum 32-64 chars.
    * Iguana Lua APIs (net.http.post{auth=...}, net.sftp.init, db.connect), IRIS
      Ens.Config.Credentials.SetCredential argument order, %Net.HttpRequest Password,
      Cloverleaf Tcl conventions, the NextGen Connect docker env names (DATABASE_PASSWORD,
      KEYSTORE_STOREPASS), ORTHANC__REGISTERED_USERS env and Mirth channel-XML element
      names are from memory of real files, not confirmed in documentation here.
    * Mirth "encrypted values": exports use base64 ciphertext; the exact prefix is not
      confirmed, so negatives show plain base64 blobs in configuration exports.
"""
import base64
import hashlib
import json
import os
import re
import sys
import random

# ----------------------------------------------------------------------------- helpers
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
PW_SPECIAL = "!#%*+-.=?@^_~"
URL_SPECIAL = "-._~"

WORDS = ["copper", "lantern", "harbor", "maple", "falcon", "orchid", "granite", "willow",
         "summit", "cobalt", "meadow", "juniper", "tundra", "quartz", "saffron", "beacon",
         "canyon", "ember", "glacier", "hickory", "lagoon", "marble", "nimbus", "pebble",
         "raven", "sierra", "thistle", "violet", "walnut", "zephyr", "bramble", "cinder"]
FACILITIES = ["STMARYS", "MERCYWEST", "NORTHRIDGE", "LAKEVIEW", "RIVERBEND", "STLUKES",
              "BAYSIDE", "PINECREST", "HIGHLAND", "VALLEYMED", "OAKWOOD", "CEDARHILL"]
ORGS = ["mercyhealth", "northridge-med", "lakeviewhc", "riverbend-health", "stlukesmc",
        "baysidecare", "pinecrest-hosp", "valleymed", "oakwoodclinic", "cedarhillhs"]
APPS = ["EPIC", "CERNER", "MEDITECH", "LABCORP", "QUEST", "SUNQUEST", "PACS", "RIS",
        "OMNICELL", "PYXIS", "ATHENA", "ALLSCRIPTS"]
MSGTYPES = ["ADT^A01", "ADT^A08", "ADT^A03", "ORM^O01", "ORU^R01", "SIU^S12", "MDM^T02",
            "DFT^P03", "VXU^V04"]
FIRST = ["JOHN", "MARIA", "DAVID", "LINDA", "JAMES", "PATRICIA", "ROBERT", "JENNIFER",
         "MICHAEL", "ELIZABETH", "WILLIAM", "SUSAN", "AHMED", "MEI", "CARLOS", "PRIYA"]
LAST = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "GARCIA", "MILLER", "DAVIS", "LOPEZ",
        "NGUYEN", "PATEL", "KIM", "WILSON", "ANDERSON", "THOMAS", "MOORE", "MARTIN"]
LOINC = [("2345-7", "Glucose [Mass/volume] in Serum or Plasma"),
         ("718-7", "Hemoglobin [Mass/volume] in Blood"),
         ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"),
         ("2951-2", "Sodium [Moles/volume] in Serum or Plasma"),
         ("6690-2", "Leukocytes [#/volume] in Blood by Automated count"),
         ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"),
         ("8867-4", "Heart rate"), ("8480-6", "Systolic blood pressure")]
SNOMED = [("38341003", "Hypertensive disorder"), ("44054006", "Diabetes mellitus type 2"),
          ("195967001", "Asthma"), ("22298006", "Myocardial infarction"),
          ("73211009", "Diabetes mellitus"), ("35489007", "Depressive disorder")]


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(r, nbytes):
    return base64.b64encode(rbytes(r, nbytes)).decode()


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(rbytes(r, nbytes)).decode().rstrip("=")


def pick(r, seq):
    return r.choice(seq)


def fill(text, **kw):
    """Single-pass substitution of @name@ tokens (inserted values are never re-scanned)."""
    def rep(m):
        k = m.group(1)
        return str(kw[k]) if k in kw else m.group(0)
    return re.sub(r"@([A-Za-z_][A-Za-z0-9_]*)@", rep, text)


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 250))


def host(r, kind=None):
    kind = kind or pick(r, ["sftp", "mft", "hl7", "edi", "ie", "fhir", "db"])
    return "%s%02d.%s.%s" % (kind, r.randint(1, 12), pick(r, ["corp", "int", "dmz", "hie"]),
                             pick(r, ORGS) + pick(r, [".org", ".local", ".net"]))


def svc_user(r):
    return pick(r, ["svc_", "ifc_", "hl7_", "mirth_", "int_", ""]) + pick(
        r, ["lab", "adt", "rad", "pharm", "billing", "results", "orders", "hie", "mirth", "ens"]) + \
        pick(r, ["", "_prod", "01", "_out", "_rw", "svc"])


def pw(r, urlsafe=False):
    sp = URL_SPECIAL if urlsafe else PW_SPECIAL
    m = r.random()
    if m < 0.4:
        n = r.randint(14, 24)
        while True:
            s = r.choice(AN) + rs(r, AN + sp + sp, n - 1)
            if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s) \
                    and any(c in sp for c in s):
                return s
    if m < 0.7:
        a, b = r.sample(WORDS, 2)
        return a.capitalize() + r.choice(sp) + b.capitalize() + str(r.randint(10, 9999)) + \
            (r.choice(sp) if r.random() < 0.5 else "")
    while True:
        s = rs(r, AN, r.randint(12, 20))
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s):
            return s


def npi(r):
    base = str(r.choice([1, 2])) + rs(r, DG, 8)
    digits = "80840" + base
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return base + str((10 - tot % 10) % 10)


def mrn(r):
    return pick(r, ["", "M", "E", "MR"]) + rs(r, DG, r.choice([7, 8, 9]))


def dicom_uid(r, root=None):
    root = root or pick(r, ["1.2.840.113619.2", "1.3.12.2.1107.5.2", "1.2.826.0.1.3680043.8.498",
                            "1.3.6.1.4.1.5962.99.1", "2.25"])
    if root == "2.25":
        return "2.25." + str(r.getrandbits(122))
    parts = [str(r.randint(1, 99999)) for _ in range(r.randint(3, 5))]
    return root + "." + ".".join(parts) + "." + str(r.getrandbits(40))


def hl7_ts(r):
    return "20%02d%02d%02d%02d%02d%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28),
                                          r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def iso_ts(r):
    return "20%02d-%02d-%02dT%02d:%02d:%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28),
                                               r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def pem_wrap(label, der):
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_private_pem(r, pkcs8=True):
    if pkcs8:
        der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") \
            + rbytes(r, 1190)
        return pem_wrap("PRIVATE KEY", der)
    der = bytes.fromhex("308204a40201000282010100") + rbytes(r, 1180)
    return pem_wrap("RSA PRIVATE KEY", der)


def ec_private_pem(r):
    der = bytes.fromhex("30770201010420") + rbytes(r, 32) + \
        bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64)
    return pem_wrap("EC PRIVATE KEY", der)


def rsa_public_pem(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + \
        b"\xc1" + rbytes(r, 255) + bytes.fromhex("0203010001")
    return pem_wrap("PUBLIC KEY", der)


def cert_pem(r):
    der = bytes.fromhex("308203") + rbytes(r, 1) + bytes.fromhex("308202") + rbytes(r, 1) + \
        bytes.fromhex("a0030201020210") + rbytes(r, 860)
    return pem_wrap("CERTIFICATE", der)


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + ln if ln else ln for ln in text.split("\n"))


# ----------------------------------------------------------------------------- slots
def gen_secret(r, slot):
    if slot == "pw":
        return pw(r)
    if slot == "pwurl":
        return pw(r, urlsafe=True)
    if slot == "hex32":
        return hexs(r, 32)
    if slot == "azsec":
        while True:
            s = rs(r, AN, 3) + r.choice("78") + "Q~" + rs(r, AN + "_.~-", 34)
            if s[-1] in AN:
                return s
    if slot == "awssk":
        return rs(r, AN + "/+", 40)
    if slot == "cs":
        m = r.random()
        if m < 0.4:
            return b64url(r, r.choice([32, 36, 48]))
        if m < 0.7:
            return rs(r, AN, r.choice([40, 48, 64]))
        return rs(r, AN + "-_.~", r.choice([32, 44]))
    if slot == "basic":
        return base64.b64encode((svc_user(r) + ":" + pw(r)).encode()).decode()
    if slot == "pem":
        m = r.random()
        if m < 0.45:
            return rsa_private_pem(r, True)
        if m < 0.75:
            return rsa_private_pem(r, False)
        return ec_private_pem(r)
    if slot == "pemrsa":
        return rsa_private_pem(r, True)
    if slot == "jwkd":
        return b64url(r, 256)
    if slot == "slack":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            rs(r, UP + DG, r.choice([8, 10])), rs(r, UP + DG, r.choice([8, 10])), rs(r, AN, 24))
    if slot == "msh8":
        return rs(r, AN, r.randint(16, 24))
    raise KeyError(slot)


def needle_of(slot, raw):
    if slot in ("pem", "pemrsa"):
        return raw.split("\n")[1]
    return raw


ENVX = {
    "py": 'os.environ["%s"]', "js": "process.env.%s", "cs": 'Environment.GetEnvironmentVariable("%s")',
    "lua": "os.getenv('%s')", "sh": '"${%s}"', "cls": '$System.Util.GetEnviron("%s")',
    "java": 'System.getenv("%s")', "tcl": "$env(%s)", "tf": "var.%s", "mirth": "configurationMap.get('%s')",
    "jsq": "process.env.%s",
}


class V:
    """Value placed in a template's secret slot."""

    def __init__(self, raw, pos, ref=None, cat="secret"):
        self.raw = raw
        self.pos = pos
        self.ref = ref
        self.cat = cat

    def q(self, lang):
        if self.ref:
            name = self.ref if lang != "tf" else self.ref.lower()
            return ENVX[lang] % name
        if lang in ("lua", "mirth", "jsq"):
            return "'%s'" % self.raw
        return '"%s"' % self.raw

    def __str__(self):
        return self.raw


PLACE = {
    "pw": ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "CHANGE_ME", "xxxxxxxx",
           "<password>", "REPLACE_ME", "TODO_SET_PASSWORD", "<sftp-password>", "PUT_PASSWORD_HERE",
           "<db-password>", "your_password"],
    "cs": ["<client-secret>", "YOUR_CLIENT_SECRET_HERE", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
           "<your-client-secret>", "REPLACE_WITH_CLIENT_SECRET", "client-secret-goes-here",
           "<CLIENT_SECRET>", "TODO"],
    "awssk": ["<aws-secret-access-key>", "YOUR_SECRET_ACCESS_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "basic": ["<base64(user:password)>", "BASE64_CREDENTIALS_HERE", "xxxxxxxxxxxxxxxx"],
    "pem": ["<paste-private-key-here>", "PRIVATE_KEY_PLACEHOLDER", "TODO: load from key vault"],
    "jwkd": ["<private-exponent>", "REPLACE_ME"],
    "slack": ["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
              "<slack-webhook-url>", "https://hooks.slack.com/services/<team>/<channel>/<token>"],
    "msh8": ["", "<security>"],
}
PLACE["pwurl"] = ["changeme", "PASSWORD", "xxxxxxxx", "REPLACE_ME", "your_password"]
PLACE["hex32"] = PLACE["cs"]
PLACE["azsec"] = PLACE["cs"]
PLACE["pemrsa"] = PLACE["pem"]
MASKED = ["********", "[REDACTED]", "****", "<redacted>", "***REMOVED***", "[hidden]",
          "**********", "xxxx-masked-xxxx"]
DOCEX = {
    "pw": ["admin", "secret", "mysecretpassword", "orthanc"],
    "pwurl": ["admin", "secret", "mysecretpassword"],
    "cs": ["super-secret-client-secret", "my-app-secret-123"],
    "awssk": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "basic": ["bXktYXBwOm15LWFwcC1zZWNyZXQtMTIz"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
}
DOCEX["hex32"] = DOCEX["cs"]


def neg_value(r, tpl):
    slot = tpl["slot"]
    env = tpl["env"]
    cats = ["placeholder"] * 25 + ["empty"] * 10 + ["masked"] * 15 + ["ref"] * 20 + \
        ["tmpl"] * 10 + ["vault"] * 10 + ["doc"] * 10
    if slot in ("pem", "jwkd"):
        cats += ["public"] * 25
    cat = r.choice(cats)
    if cat == "doc":
        ex = tpl["docex"] or DOCEX.get(slot)
        if not ex:
            cat = "placeholder"
        else:
            return V(r.choice(ex), False, cat="documented-example")
    if cat == "placeholder":
        return V(r.choice(PLACE[slot]), False, cat="placeholder")
    if cat == "empty":
        return V("", False, cat="empty")
    if cat == "masked":
        m = r.choice(MASKED)
        if slot in ("pem", "pemrsa"):
            lab = r.choice(["PRIVATE KEY", "RSA PRIVATE KEY"])
            m = "-----BEGIN %s-----\n%s\n-----END %s-----" % (lab, r.choice(["...", "[REDACTED]", "<redacted>"]), lab)
        return V(m, False, cat="masked")
    if cat == "ref":
        return V("${%s}" % env, False, ref=env, cat="env-reference")
    if cat == "tmpl":
        low = env.lower()
        t = r.choice(["{{ .Values.secrets.%s }}" % low.replace("_", ""), "{{ %s }}" % low,
                      "#{%s}#" % env, "$(%s)" % env, "%%%s%%" % env, "${{ secrets.%s }}" % env])
        return V(t, False, cat="template-expression")
    if cat == "vault":
        low = env.lower().replace("_", "-")
        t = r.choice(["vault:secret/data/integration/%s#value" % low,
                      "op://HL7-Integrations/%s/password" % low,
                      "arn:aws:secretsmanager:us-east-1:%s:secret:hl7/%s" % (rs(r, DG, 12), low),
                      "@Microsoft.KeyVault(SecretUri=https://kv-hl7-prod.vault.azure.net/secrets/%s/)" % low,
                      "projects/hl7-int/secrets/%s/versions/latest" % low])
        return V(t, False, cat="secret-manager-reference")
    if cat == "public":
        if slot == "jwkd":
            return V("", False, cat="public-value")
        return V(r.choice([rsa_public_pem, cert_pem])(r), False, cat="public-value")
    raise KeyError(cat)


POS = []


def P(provider, kind, slot, env, docex=None):
    def deco(fn):
        POS.append(dict(fn=fn, provider=provider, kind=kind, slot=slot, env=env,
                        docex=docex or [], name=fn.__name__))
        return fn
    return deco


# ----------------------------------------------------------------------------- Mirth helpers
MC_VER = ["3.12.0", "4.0.1", "4.1.1", "4.3.0", "4.4.2", "4.5.0"]


def mirth_source_llp(r, ver, port):
    return fill("""  <sourceConnector version="@ver@">
    <metaDataId>0</metaDataId>
    <name>sourceConnector</name>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="@ver@">
      <pluginProperties/>
      <listenerConnectorProperties version="@ver@">
        <host>0.0.0.0</host>
        <port>@port@</port>
      </listenerConnectorProperties>
      <sourceConnectorProperties version="@ver@">
        <responseVariable>Auto-generate (After source transformer)</responseVariable>
        <respondAfterProcessing>true</respondAfterProcessing>
        <processBatch>false</processBatch>
        <firstResponse>false</firstResponse>
        <processingThreads>1</processingThreads>
        <resourceIds class="linked-hash-map">
          <entry>
            <string>Default Resource</string>
            <string>[Default Resource]</string>
          </entry>
        </resourceIds>
        <queueBufferSize>1000</queueBufferSize>
      </sourceConnectorProperties>
      <transmissionModeProperties class="com.mirth.connect.model.transmission.framemode.FrameModeProperties">
        <pluginPointName>MLLP</pluginPointName>
        <startOfMessageBytes>0B</startOfMessageBytes>
        <endOfMessageBytes>1C0D</endOfMessageBytes>
      </transmissionModeProperties>
      <serverMode>true</serverMode>
      <receiveTimeout>0</receiveTimeout>
      <bufferSize>65536</bufferSize>
      <maxConnections>10</maxConnections>
      <keepConnectionOpen>true</keepConnectionOpen>
      <dataTypeBinary>false</dataTypeBinary>
      <charsetEncoding>DEFAULT_ENCODING</charsetEncoding>
      <respondOnNewConnection>0</respondOnNewConnection>
    </properties>
    <transformer version="@ver@">
      <elements/>
      <inboundDataType>HL7V2</inboundDataType>
      <outboundDataType>HL7V2</outboundDataType>
    </transformer>
    <filter version="@ver@">
      <elements/>
    </filter>
    <transportName>TCP Listener</transportName>
    <mode>SOURCE</mode>
    <enabled>true</enabled>
    <waitForPrevious>true</waitForPrevious>
  </sourceConnector>""", ver=ver, port=port)


def mirth_channel(r, name, desc, dest_props, transport):
    ver = pick(r, MC_VER)
    return fill("""<channel version="@ver@">
  <id>@id@</id>
  <nextMetaDataId>2</nextMetaDataId>
  <name>@name@</name>
  <description>@desc@</description>
  <revision>@rev@</revision>
@source@
  <destinationConnectors>
    <connector version="@ver@">
      <metaDataId>1</metaDataId>
      <name>@dname@</name>
@props@
      <transportName>@transport@</transportName>
      <mode>DESTINATION</mode>
      <enabled>true</enabled>
      <waitForPrevious>true</waitForPrevious>
    </connector>
  </destinationConnectors>
  <preprocessingScript>// Modify the message variable below to pre process data
return message;</preprocessingScript>
  <postprocessingScript>// This script executes once after a message has been processed
return;</postprocessingScript>
  <deployScript>return;</deployScript>
  <undeployScript>return;</undeployScript>
  <properties version="@ver@">
    <clearGlobalChannelMap>true</clearGlobalChannelMap>
    <messageStorageMode>DEVELOPMENT</messageStorageMode>
    <encryptData>false</encryptData>
    <removeContentOnCompletion>false</removeContentOnCompletion>
    <initialState>STARTED</initialState>
    <storeAttachments>false</storeAttachments>
    <metaDataColumns>
      <metaDataColumn>
        <name>SOURCE</name>
        <type>STRING</type>
        <mappingName>mirth_source</mappingName>
      </metaDataColumn>
      <metaDataColumn>
        <name>TYPE</name>
        <type>STRING</type>
        <mappingName>mirth_type</mappingName>
      </metaDataColumn>
    </metaDataColumns>
    <attachmentProperties version="@ver@">
      <type>None</type>
      <properties/>
    </attachmentProperties>
    <resourceIds class="linked-hash-map">
      <entry>
        <string>Default Resource</string>
        <string>[Default Resource]</string>
      </entry>
    </resourceIds>
  </properties>
</channel>
""", ver=ver, id=uuid4(r), name=name, desc=desc, rev=r.randint(1, 60),
                source=mirth_source_llp(r, ver, r.choice([6661, 6662, 6670, 7001, 5000 + r.randint(1, 999)])),
                dname=name.replace("_", " ") + " out", props=dest_props.replace("@ver@", ver),
                transport=transport)


def dest_common():
    return """        <destinationConnectorProperties version="@ver@">
          <queueEnabled>true</queueEnabled>
          <sendFirst>false</sendFirst>
          <retryIntervalMillis>10000</retryIntervalMillis>
          <regenerateTemplate>false</regenerateTemplate>
          <retryCount>3</retryCount>
          <rotate>false</rotate>
          <includeFilterTransformer>false</includeFilterTransformer>
          <threadCount>1</threadCount>
          <validateResponse>false</validateResponse>
        </destinationConnectorProperties>"""


def chan_path(r, name):
    return pick(r, ["channels/", "mirth/channels/", "exports/channels/", "src/channels/prod/",
                    "interfaces/mirth/"]) + name + ".xml"


@P("nextgen-connect", "sftp-password", "pw", "SFTP_PASSWORD")
def mirth_sftp_writer(r, v):
    name = pick(r, ["ADT", "ORU", "ORM", "DFT", "MDM"]) + "_To_" + pick(r, APPS) + "_SFTP"
    props = fill("""      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="@ver@">
        <pluginProperties/>
""" + dest_common() + """
        <scheme>SFTP</scheme>
        <schemeProperties class="com.mirth.connect.connectors.file.SftpSchemeProperties">
          <passwordAuth>true</passwordAuth>
          <keyAuth>false</keyAuth>
          <keyFile></keyFile>
          <passPhrase></passPhrase>
          <hostKeyChecking>ask</hostKeyChecking>
          <knownHostsFile></knownHostsFile>
          <configurationSettings class="linked-hash-map"/>
        </schemeProperties>
        <host>@host@:22/@dir@</host>
        <outputPattern>${message.messageId}_${date.get('yyyyMMddHHmmss')}.hl7</outputPattern>
        <anonymous>false</anonymous>
        <username>@user@</username>
        <password>@v@</password>
        <timeout>10000</timeout>
        <keepConnectionOpen>true</keepConnectionOpen>
        <maxIdleTime>0</maxIdleTime>
        <secure>true</secure>
        <passive>true</passive>
        <validateConnection>true</validateConnection>
        <outputAppend>false</outputAppend>
        <errorOnExists>false</errorOnExists>
        <temporary>false</temporary>
        <binary>false</binary>
        <charsetEncoding>DEFAULT_ENCODING</charsetEncoding>
        <template>${message.encodedData}</template>
      </properties>""", host=host(r, "sftp"), dir=pick(r, ["inbound/hl7", "outbound/adt", "results", "in"]),
                 user=svc_user(r), v=v.raw)
    return chan_path(r, name), mirth_channel(r, name, "Outbound feed, batch drop to partner SFTP", props, "File Writer")


@P("nextgen-connect", "database-password", "pw", "MIRTH_DB_PASSWORD")
def mirth_db_writer(r, v):
    name = pick(r, ["Lab_Results", "ADT_Census", "Charge_Capture", "Immunization"]) + "_DB_Writer"
    db = pick(r, [("org.postgresql.Driver", "jdbc:postgresql://%s:5432/%s"),
                  ("net.sourceforge.jtds.jdbc.Driver", "jdbc:jtds:sqlserver://%s:1433/%s"),
                  ("com.microsoft.sqlserver.jdbc.SQLServerDriver", "jdbc:sqlserver://%s:1433;databaseName=%s"),
                  ("oracle.jdbc.driver.OracleDriver", "jdbc:oracle:thin:@%s:1521:%s")])
    url = db[1] % (host(r, "db"), pick(r, ["interfaces", "hl7stage", "results_db", "census"]))
    props = fill("""      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="@ver@">
        <pluginProperties/>
""" + dest_common() + """
        <driver>@drv@</driver>
        <url>@url@</url>
        <username>@user@</username>
        <password>@v@</password>
        <query>INSERT INTO hl7_results (mrn, accession, loinc, value, received)
VALUES (${mrn}, ${accession}, ${loinc}, ${obsValue}, CURRENT_TIMESTAMP)</query>
        <parameters/>
        <useScript>false</useScript>
      </properties>""", drv=db[0], url=url, user=pick(r, ["mirth", "hl7_writer", "ifc_rw", "mc_app"]), v=v.raw)
    return chan_path(r, name), mirth_channel(r, name, "Stage parsed results into reporting DB", props, "Database Writer")


@P("nextgen-connect", "connector-password", "pw", "SMTP_PASSWORD")
def mirth_smtp_sender(r, v):
    name = pick(r, ["Critical_Result_Notify", "Interface_Error_Mail", "Downtime_Alert"])
    props = fill("""      <properties class="com.mirth.connect.connectors.smtp.SmtpDispatcherProperties" version="@ver@">
        <pluginProperties/>
""" + dest_common() + """
        <smtpHost>@host@</smtpHost>
        <smtpPort>587</smtpPort>
        <overrideLocalBinding>false</overrideLocalBinding>
        <localAddress>0.0.0.0</localAddress>
        <localPort>0</localPort>
        <timeout>5000</timeout>
        <encryption>TLS</encryption>
        <authentication>true</authentication>
        <username>@user@</username>
        <password>@v@</password>
        <to>integration-oncall@@org@.org</to>
        <from>mirth-noreply@@org@.org</from>
        <subject>[${channelName}] ${message.encodedData.substring(0,40)}</subject>
        <charsetEncoding>UTF-8</charsetEncoding>
        <html>false</html>
        <body>Message ${message.messageId} failed on ${channelName}</body>
      </properties>""", host=pick(r, ["smtp.office365.com", "smtp-relay." + pick(r, ORGS) + ".org"]),
                 user="mirth-noreply@" + pick(r, ORGS) + ".org", org=pick(r, ORGS), v=v.raw)
    return chan_path(r, name), mirth_channel(r, name, "Email notification channel", props, "SMTP Sender")


@P("nextgen-connect", "basic-auth-password", "pw", "FHIR_API_PASSWORD")
def mirth_http_sender(r, v):
    name = "FHIR_" + pick(r, ["Patient", "Encounter", "Observation", "Immunization"]) + "_Push"
    props = fill("""      <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="@ver@">
        <pluginProperties/>
""" + dest_common() + """
        <host>https://@host@/fhir/R4/${resourceType}</host>
        <useProxyServer>false</useProxyServer>
        <method>post</method>
        <headers class="linked-hash-map">
          <entry>
            <string>Accept</string>
            <list>
              <string>application/fhir+json</string>
            </list>
          </entry>
        </headers>
        <parameters class="linked-hash-map"/>
        <useHeadersVariable>false</useHeadersVariable>
        <responseXmlBody>false</responseXmlBody>
        <responseParseMultipart>true</responseParseMultipart>
        <multipart>false</multipart>
        <useAuthentication>true</useAuthentication>
        <authenticationType>Basic</authenticationType>
        <usePreemptiveAuthentication>true</usePreemptiveAuthentication>
        <username>@user@</username>
        <password>@v@</password>
        <content>${message.encodedData}</content>
        <contentType>application/fhir+json</contentType>
        <dataTypeBinary>false</dataTypeBinary>
        <charset>UTF-8</charset>
        <socketTimeout>30000</socketTimeout>
      </properties>""", host=host(r, "fhir"), user=svc_user(r), v=v.raw)
    return chan_path(r, name), mirth_channel(r, name, "HL7 v2 to FHIR R4 push", props, "HTTP Sender")


def mirth_props(r, store, db):
    return fill("""# Mirth Connect configuration file

# directories
dir.appdata = appdata
dir.tempdata = ${dir.appdata}/temp

# ports
http.port = 8080
https.port = 8443

# password requirements
password.minlength = 12
password.minupper = 1
password.minlower = 1
password.minnumeric = 1
password.minspecial = 1
password.retrylimit = 5
password.lockoutperiod = 1
password.expiration = 90
password.graceperiod = 7
password.reuseperiod = 365
password.reuselimit = 0

# Only used for migration purposes, do not modify
version = @ver@

# keystore
keystore.path = ${dir.appdata}/keystore.jks
keystore.storepass = @store@
keystore.keypass = @key@
keystore.type = JCEKS

# server
http.contextpath = /
server.url =

http.host = 0.0.0.0
https.host = 0.0.0.0

https.client.protocols = TLSv1.3,TLSv1.2
https.server.protocols = TLSv1.3,TLSv1.2,SSLv2Hello
https.ciphersuites = TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256,TLS_AES_128_GCM_SHA256
https.ephemeraldhkeysize = 2048

# If set to true, the Connect REST API will require all incoming requests to contain an "X-Requested-With" header.
server.api.require-requested-with = true

# CORS headers
server.api.accesscontrolalloworigin = *
server.api.accesscontrolallowcredentials = false

# Determines whether or not channels are deployed on server startup.
server.startupdeploy = true

# Determines whether libraries in the custom-lib directory will be included on the server classpath.
server.includecustomlib = false

# administrator
administrator.maxheapsize = 512m

# properties file that will store the configuration map and be loaded during server startup
configurationmap.path = ${dir.appdata}/configuration.properties

# The language version for the Rhino JavaScript engine (supported values: 1.0, 1.1, ..., 1.8, 0 (default), 200 (ES6)).
rhino.languageversion = 200

# options: derby, mysql, postgres, oracle, sqlserver
database = postgres

# examples:
#   Derby                       jdbc:derby:${dir.appdata}/mirthdb;create=true
#   PostgreSQL                  jdbc:postgresql://localhost:5432/mirthdb
database.url = jdbc:postgresql://@dbhost@:5432/mirthdb

# if using a custom driver, specify it here
#database.driver =

# Maximum number of connections allowed for the main read/write connection pool
database.max-connections = 20
# Maximum number of connections allowed for the read-only connection pool
database-readonly.max-connections = 20

# database credentials
database.username = mirthdb
database.password = @db@

#On startup, Maximum number of retries to establish database connections in case of failure
database.connection.maxretry = 2

#On startup, Maximum wait time in milliseconds for retry to establish database connections in case of failure
database.connection.retrywaitinmilliseconds = 10000

# If true, various read-only statements are separated into their own connection pool.
database.enable-read-write-split = true
""", ver=pick(r, MC_VER), store=store, key="", db=db, dbhost=host(r, "db"))


@P("nextgen-connect", "keystore-password", "pw", "KEYSTORE_STOREPASS")
def mirth_properties_storepass(r, v):
    return pick(r, ["conf/mirth.properties", "mirth/conf/mirth.properties", "deploy/mirth/mirth.properties"]), \
        mirth_props(r, v.raw, "${DATABASE_PASSWORD}" if r.random() < 0.5 else "")


@P("nextgen-connect", "database-password", "pw", "DATABASE_PASSWORD")
def mirth_properties_dbpass(r, v):
    return pick(r, ["conf/mirth.properties", "appliance/conf/mirth.properties", "opt/mirthconnect/conf/mirth.properties"]), \
        mirth_props(r, "", v.raw)


@P("nextgen-connect", "database-password", "pw", "LOOKUP_DB_PASSWORD")
def mirth_js_dbconn(r, v):
    user = pick(r, ["mpi_reader", "hl7lookup", "empi_ro", "svc_mirth"])
    text = fill("""// Code template: MRN lookup against the enterprise MPI
// Library: @lib@   (context: channel scripts, transformers)

/**
\tLooks up the enterprise MRN for a facility-local patient id.

\t@param {String} localId - PID-3.1 from the inbound feed
\t@param {String} facility - MSH-4 sending facility
\t@return {String} enterprise MRN, or empty string when no match
*/
function lookupEnterpriseMrn(localId, facility) {
\tvar dbConn;
\ttry {
\t\tdbConn = DatabaseConnectionFactory.createDatabaseConnection('@drv@', '@url@', '@user@', @vq@);
\t\tvar sql = "SELECT empi_id FROM mpi.patient_xref WHERE local_id = ? AND facility = ?";
\t\tvar params = new java.util.ArrayList();
\t\tparams.add(localId);
\t\tparams.add(facility);
\t\tvar result = dbConn.executeCachedQuery(sql, params);
\t\tif (result.next()) {
\t\t\treturn String(result.getString(1));
\t\t}
\t\tlogger.warn('No EMPI match for ' + facility + '/' + localId);
\t\treturn '';
\t} finally {
\t\tif (dbConn) {
\t\t\tdbConn.close();
\t\t}
\t}
}
""", lib=pick(r, ["MPI Utilities", "Patient Matching", "Common"]),
                drv=pick(r, ["com.microsoft.sqlserver.jdbc.SQLServerDriver", "org.postgresql.Driver"]),
                url=pick(r, ["jdbc:sqlserver://%s:1433;databaseName=EMPI" % host(r, "db"),
                             "jdbc:postgresql://%s:5432/empi" % host(r, "db")]),
                user=user, vq=v.q("mirth"))
    return pick(r, ["code-templates/", "mirth/code_templates/", "src/templates/"]) + "lookupEnterpriseMrn.js", text


@P("nextgen-connect", "basic-auth-header", "basic", "EMPI_BASIC_AUTH")
def mirth_js_basic_header(r, v):
    text = fill("""// Destination transformer: post ADT demographics to the HIE gateway
var url = new java.net.URL('https://@host@/hie/api/v2/patients');
var conn = url.openConnection();
conn.setRequestMethod('POST');
conn.setDoOutput(true);
conn.setConnectTimeout(15000);
conn.setRequestProperty('Content-Type', 'application/json');
conn.setRequestProperty('Authorization', 'Basic ' + @vq@);

var payload = {
    mrn: msg['PID']['PID.3']['PID.3.1'].toString(),
    family: msg['PID']['PID.5']['PID.5.1'].toString(),
    given: msg['PID']['PID.5']['PID.5.2'].toString(),
    birthDate: msg['PID']['PID.7']['PID.7.1'].toString(),
    sendingFacility: msg['MSH']['MSH.4']['MSH.4.1'].toString()
};

var writer = new java.io.OutputStreamWriter(conn.getOutputStream(), 'UTF-8');
writer.write(JSON.stringify(payload));
writer.close();

var status = conn.getResponseCode();
channelMap.put('hieStatus', status);
if (status >= 300) {
    throw 'HIE gateway returned ' + status;
}
""", host=host(r, "hie"), vq=v.q("mirth"))
    return pick(r, ["channels/HIE_ADT_Push/transformer.js", "scripts/hie_post.js", "transformers/adt_to_hie.js"]), text


@P("nextgen-connect", "client-secret", "cs", "EPIC_CLIENT_SECRET")
def mirth_configmap(r, v):
    key = pick(r, ["epic.oauth.cs", "fhir.backend.secret", "cerner.sys.secret", "hie.token.key"])
    text = fill("""#Mirth Connect configuration map
#@date@
audit.retention.days=90
empi.base.url=https\\://@host@/empi
epic.fhir.base=https\\://fhir.@org@.org/interconnect-fhir-oauth/api/FHIR/R4
epic.oauth.client_id=@cid@
@key@=@v@
facility.code=@fac@
lab.sftp.dir=/inbound/results
mllp.ack.timeout=30000
pharmacy.enabled=true
""", date=pick(r, ["Mon Mar 04 09:14:22 CST 2024", "Thu Oct 17 16:02:51 EDT 2024", "Tue Jan 09 07:45:10 PST 2024"]),
                host=host(r, "ie"), org=pick(r, ORGS), cid=uuid4(r), key=key, v=v.raw, fac=pick(r, FACILITIES))
    return pick(r, ["appdata/configuration.properties", "config/mirth/configuration.properties"]), text


@P("nextgen-connect", "database-password", "pw", "DATABASE_PASSWORD")
def mirth_compose(r, v):
    text = fill("""version: "3.8"
services:
  mc:
    image: nextgenhealthcare/connect:@tag@
    container_name: mirth-@fac@
    restart: unless-stopped
    environment:
      - DATABASE=postgres
      - DATABASE_URL=jdbc:postgresql://db:5432/mirthdb
      - DATABASE_MAX_CONNECTIONS=20
      - DATABASE_USERNAME=mirthdb
      - DATABASE_PASSWORD=@v@
      - DATABASE_MAX_RETRY=2
      - DATABASE_RETRY_WAIT=10000
      - VMOPTIONS=-Xmx1024m
    ports:
      - "8443:8443"
      - "6661:6661"
    volumes:
      - ./appdata:/opt/connect/appdata
      - ./custom-extensions:/opt/connect/custom-extensions
    depends_on:
      - db
  db:
    image: postgres:@pg@
    environment:
      - POSTGRES_USER=mirthdb
      - POSTGRES_DB=mirthdb
      - POSTGRES_PASSWORD_FILE=/run/secrets/pg_password
    secrets:
      - pg_password
    volumes:
      - pgdata:/var/lib/postgresql/data
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
volumes:
  pgdata:
""", tag=pick(r, ["4.5.0", "4.4.2", "latest", "4.3.0"]), fac=pick(r, FACILITIES).lower(),
                v=v.raw, pg=pick(r, ["15", "16", "14-alpine"]))
    return pick(r, ["docker-compose.yml", "deploy/docker-compose.yml", "mirth/compose.yaml"]), text


@P("nextgen-connect", "admin-password", "pw", "MIRTH_ADMIN_PASSWORD", docex=["admin"])
def mirth_cli_sh(r, v):
    text = fill("""#!/usr/bin/env bash
# Nightly export of all channels and code templates from the @env@ Mirth server.
set -euo pipefail

MC_HOME=/opt/mirthconnect
BACKUP_DIR=/var/backups/mirth/$(date +%Y%m%d)
mkdir -p "$BACKUP_DIR"

cat > /tmp/mc-export.txt <<EOF
exportcfg $BACKUP_DIR/server-config.xml
export * $BACKUP_DIR/channels
codetemplate library export * $BACKUP_DIR/codetemplates
EOF

"$MC_HOME/mccommand" -a https://@host@:8443 -u @user@ -p @vq@ -s /tmp/mc-export.txt

find /var/backups/mirth -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
echo "export complete: $BACKUP_DIR"
""", env=pick(r, ["prod", "test", "DR"]), host=host(r, "ie"), user=pick(r, ["admin", "backup_svc", "mcadmin"]),
                vq=v.q("sh"))
    return pick(r, ["scripts/mirth-backup.sh", "ops/backup_channels.sh", "bin/export-mirth.sh"]), text


@P("nextgen-connect", "database-password", "pw", "MIRTHDB_PASSWORD")
def mirth_sql_role(r, v):
    text = fill("""-- Bootstrap the Mirth Connect database on the shared PostgreSQL cluster
-- run as the cluster superuser: psql -h @host@ -U postgres -f 001_mirthdb.sql

CREATE ROLE mirthdb LOGIN PASSWORD '@v@' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE mirthdb OWNER mirthdb ENCODING 'UTF8' LC_COLLATE 'en_US.UTF-8' LC_CTYPE 'en_US.UTF-8' TEMPLATE template0;

\\connect mirthdb
ALTER SCHEMA public OWNER TO mirthdb;
GRANT ALL PRIVILEGES ON DATABASE mirthdb TO mirthdb;

-- read-only role used by the interface dashboard
CREATE ROLE mirth_ro NOLOGIN;
GRANT CONNECT ON DATABASE mirthdb TO mirth_ro;
GRANT USAGE ON SCHEMA public TO mirth_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO mirth_ro;
""", host=host(r, "db"), v=v.raw)
    return pick(r, ["db/init/001_mirthdb.sql", "sql/bootstrap_mirthdb.sql", "migrations/0001_roles.sql"]), text


@P("nextgen-connect", "sftp-password", "pwurl", "SFTP_PASSWORD")
def mirth_log_sftp_url(r, v):
    lines = []
    ch = pick(r, ["ORU_To_LabCorp_SFTP", "ADT_Batch_Out", "Claims_837_Drop"])
    h = host(r, "sftp")
    u = svc_user(r)
    for i in range(r.randint(4, 8)):
        lines.append(" INFO 20%s-%02d-%02d %02d:%02d:%02d,%03d [Channel Dispatch Thread on %s (%s) < pool-%d-thread-%d] "
                     "db-connector: Message %d dispatched" % (
                         r.randint(22, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                         r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), ch, uuid4(r)[:8],
                         r.randint(1, 9), r.randint(1, 9), r.randint(1000, 99999)))
    lines.append("ERROR 2024-%02d-%02d %02d:%02d:%02d,%03d [File Writer Process Thread on %s (%s)] file-connector: "
                 "Error writing file to sftp://%s:%s@%s:22/outbound/results" % (
                     r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                     r.randint(0, 999), ch, uuid4(r)[:8], u, v.raw, h))
    lines.append("com.mirth.connect.connectors.file.filesystems.FileSystemConnectionException: Auth fail")
    lines.append("\tat com.mirth.connect.connectors.file.filesystems.SftpConnection.<init>(SftpConnection.java:138)")
    lines.append("\tat com.mirth.connect.connectors.file.FileDispatcher.send(FileDispatcher.java:164)")
    for i in range(r.randint(2, 5)):
        lines.append(" WARN 2024-%02d-%02d %02d:%02d:%02d,%03d [Queue Processor] queue: retrying message %d in 10000 ms" % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
            r.randint(0, 999), r.randint(1000, 99999)))
    return pick(r, ["logs/mirth.log", "support/case-" + rs(r, DG, 6) + "/mirth.log"]), "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- HAPI FHIR
@P("hapi-fhir", "database-password", "pw", "SPRING_DATASOURCE_PASSWORD")
def hapi_application_yaml(r, v):
    db = pick(r, [("jdbc:postgresql://%s:5432/hapi", "org.postgresql.Driver",
                   "ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect"),
                  ("jdbc:sqlserver://%s:1433;databaseName=hapi;encrypt=true", "com.microsoft.sqlserver.jdbc.SQLServerDriver",
                   "ca.uhn.fhir.jpa.model.dialect.HapiFhirSQLServerDialect")])
    text = fill("""spring:
  main:
    allow-circular-references: true
  flyway:
    enabled: false
  datasource:
    url: '@url@'
    username: @user@
    password: "@v@"
    driverClassName: @drv@
    max-active: 15
    hikari:
      maximum-pool-size: 10
  jpa:
    properties:
      hibernate.format_sql: false
      hibernate.show_sql: false
      hibernate.dialect: @dialect@
      hibernate.search.enabled: false
  batch:
    job:
      enabled: false
hapi:
  fhir:
    openapi_enabled: true
    fhir_version: R4
    allow_multiple_delete: true
    allow_external_references: true
    reuse_cached_search_results_millis: 60000
    default_page_size: 20
    max_page_size: 200
    narrative_enabled: false
    cors:
      allow_Credentials: true
      allowed_origin:
        - 'https://@org@.org'
    subscription:
      resthook_enabled: true
    bulk_export_enabled: true
    tester:
      home:
        name: @fac@ FHIR
        server_address: 'https://fhir.@org@.org/fhir'
        refuse_to_fetch_third_party_urls: false
        fhir_version: R4
""", url=db[0] % host(r, "db"), user=pick(r, ["hapi", "fhir_app", "hapi_rw"]), v=v.raw,
                drv=db[1], dialect=db[2], org=pick(r, ORGS), fac=pick(r, FACILITIES).title())
    return pick(r, ["src/main/resources/application.yaml", "hapi/application.yaml", "config/application.yaml"]), text


@P("hapi-fhir", "database-password", "pw", "HAPI_DB_PASSWORD")
def hapi_helm_values(r, v):
    text = fill("""# values for the hapi-fhir-jpaserver chart (@env@)
replicaCount: 2

image:
  registry: docker.io
  repository: hapiproject/hapi
  tag: "v@hv@"
  pullPolicy: IfNotPresent

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: fhir-@env@.@org@.org
      pathType: ImplementationSpecific
      paths: ["/"]

resources:
  requests:
    cpu: 500m
    memory: 2Gi
  limits:
    memory: 4Gi

postgresql:
  enabled: true
  auth:
    username: fhir
    database: fhir
    password: "@v@"
  primary:
    persistence:
      size: 50Gi

externalDatabase:
  host: ""
  port: 5432

extraEnv:
  - name: HAPI_FHIR_FHIR_VERSION
    value: R4
  - name: HAPI_FHIR_BULK_EXPORT_ENABLED
    value: "true"
""", env=pick(r, ["prod", "staging", "uat"]), hv=pick(r, ["7.2.0", "7.4.0", "6.10.1", "8.0.0"]),
                org=pick(r, ORGS), v=v.raw)
    return pick(r, ["deploy/values.yaml", "charts/hapi/values-prod.yaml", "helm/fhir/values.yaml"]), text


@P("hapi-fhir", "database-password", "pw", "SPRING_DATASOURCE_PASSWORD")
def hapi_k8s_secret(r, v):
    text = fill("""apiVersion: v1
kind: Secret
metadata:
  name: hapi-fhir-db
  namespace: @ns@
  labels:
    app.kubernetes.io/name: hapi-fhir
    app.kubernetes.io/part-of: clinical-data-platform
type: Opaque
stringData:
  SPRING_DATASOURCE_URL: jdbc:postgresql://@h@:5432/hapi
  SPRING_DATASOURCE_USERNAME: hapi
  SPRING_DATASOURCE_PASSWORD: "@v@"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hapi-fhir
  namespace: @ns@
spec:
  replicas: 2
  selector:
    matchLabels:
      app: hapi-fhir
  template:
    metadata:
      labels:
        app: hapi-fhir
    spec:
      containers:
        - name: hapi
          image: hapiproject/hapi:v7.4.0
          ports:
            - containerPort: 8080
          envFrom:
            - secretRef:
                name: hapi-fhir-db
          readinessProbe:
            httpGet:
              path: /fhir/metadata
              port: 8080
""", ns=pick(r, ["fhir", "clinical", "interop-prod"]), h=host(r, "db"), v=v.raw)
    return pick(r, ["k8s/hapi-fhir.yaml", "manifests/fhir/secret.yaml", "deploy/k8s/hapi.yml"]), text


@P("hapi-fhir", "basic-auth-password", "pw", "FHIR_PASSWORD")
def hapi_java_client(r, v):
    text = fill("""package org.@pkg@.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.client.interceptor.LoggingInterceptor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

public final class FhirClientFactory {

    private static final FhirContext CTX = FhirContext.forR4();
    private static final String BASE_URL = "https://@host@/fhir";

    private FhirClientFactory() {
    }

    public static IGenericClient create() {
        CTX.getRestfulClientFactory().setSocketTimeout(60_000);
        IGenericClient client = CTX.newRestfulGenericClient(BASE_URL);
        client.registerInterceptor(new BasicAuthInterceptor("@user@", @vq@));
        client.registerInterceptor(new LoggingInterceptor(false));
        return client;
    }

    public static Bundle findByMrn(IGenericClient client, String mrn) {
        return client.search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndCode("urn:oid:@oid@", mrn))
                .returnBundle(Bundle.class)
                .execute();
    }
}
""", pkg=pick(r, ORGS).replace("-", ""), host=host(r, "fhir"), user=svc_user(r), vq=v.q("java"),
                oid="2.16.840.1.113883.3.%d.%d" % (r.randint(100, 9999), r.randint(1, 99)))
    return "src/main/java/org/interop/fhir/FhirClientFactory.java", text


@P("hapi-fhir", "database-password", "pw", "SPRING_DATASOURCE_PASSWORD")
def hapi_dockerfile(r, v):
    text = fill("""FROM hapiproject/hapi:v@hv@ AS base

FROM gcr.io/distroless/java17-debian12:nonroot
COPY --from=base /app /app
WORKDIR /app

ENV SPRING_CONFIG_LOCATION=file:///app/config/application.yaml \\
    SPRING_DATASOURCE_URL=jdbc:postgresql://@h@:5432/hapi \\
    SPRING_DATASOURCE_USERNAME=hapi \\
    SPRING_DATASOURCE_PASSWORD=@v@ \\
    SPRING_DATASOURCE_DRIVERCLASSNAME=org.postgresql.Driver \\
    JAVA_TOOL_OPTIONS="-Xmx3g -XX:+UseG1GC"

COPY config/application.yaml /app/config/application.yaml
EXPOSE 8080
ENTRYPOINT ["java", "--class-path", "/app/main.war", "-Dloader.path=main.war!/WEB-INF/classes/,main.war!/WEB-INF/,/app/extra-classes", "org.springframework.boot.loader.PropertiesLauncher"]
""", hv=pick(r, ["7.4.0", "7.2.0", "6.10.1"]), h=host(r, "db"), v=v.raw)
    return pick(r, ["Dockerfile", "docker/hapi/Dockerfile", "fhir-server/Dockerfile"]), text


# ----------------------------------------------------------------------------- Orthanc / dcm4chee
def orthanc_json(r, users_block, pg_block=""):
    return fill("""{
  "Name" : "@name@",
  "StorageDirectory" : "/var/lib/orthanc/db",
  "IndexDirectory" : "/var/lib/orthanc/db",
  "StorageCompression" : false,
  "MaximumStorageSize" : 0,
  "Plugins" : [ "/usr/share/orthanc/plugins" ],
  "HttpServerEnabled" : true,
  "HttpPort" : 8042,
  "HttpDescribeErrors" : true,
  "HttpCompressionEnabled" : true,
  "DicomServerEnabled" : true,
  "DicomAet" : "@aet@",
  "DicomCheckCalledAet" : false,
  "DicomPort" : 4242,
  "DefaultEncoding" : "Latin1",
  "RemoteAccessAllowed" : true,
  "SslEnabled" : false,
  "AuthenticationEnabled" : true,
@users@
  "DicomModalities" : {
    "ct1" : [ "@m1@", "@ip1@", 104 ],
    "pacs" : [ "@m2@", "@ip2@", 11112 ]
  },
@pg@  "StableAge" : 60,
  "StrictAetComparison" : false,
  "StoreMD5ForAttachments" : true,
  "LimitFindResults" : 0,
  "LogExportedResources" : false,
  "KeepAlive" : true,
  "TcpNoDelay" : true,
  "SaveJobs" : true,
  "OverwriteInstances" : false
}
""", name=pick(r, ["ORTHANC-ED", "RAD-ROUTER", "Orthanc Teaching", "ORTHANC-PROD"]),
                aet=pick(r, ["ORTHANC", "RADROUTER", "EDORTHANC"]), users=users_block,
                m1=pick(r, ["CT_SCANNER1", "CTED01", "MR3T"]), ip1=ip(r), m2=pick(r, ["PACSPRD", "VNA01", "SECTRA"]),
                ip2=ip(r), pg=pg_block)


@P("orthanc", "basic-auth-password", "pw", "ORTHANC_PASSWORD", docex=["alicePassword"])
def orthanc_registered_users(r, v):
    user = "alice" if v.raw == "alicePassword" else pick(r, ["router", "radbridge", "viewer", "ai-node", "mirth"])
    block = '  "RegisteredUsers" : {\n    "%s" : "%s"\n  },' % (user, v.raw)
    return pick(r, ["orthanc.json", "config/orthanc.json", "docker/orthanc/orthanc.json"]), orthanc_json(r, block)


@P("orthanc", "database-password", "pw", "ORTHANC_PG_PASSWORD")
def orthanc_pg_plugin(r, v):
    pg = fill("""  "PostgreSQL" : {
    "EnableIndex" : true,
    "EnableStorage" : false,
    "Host" : "@h@",
    "Port" : 5432,
    "Database" : "orthanc",
    "Username" : "orthanc",
    "Password" : "@v@",
    "EnableSsl" : true,
    "Lock" : false
  },
""", h=host(r, "db"), v=v.raw)
    return pick(r, ["orthanc.json", "etc/orthanc/orthanc.json"]), orthanc_json(r, '  "RegisteredUsers" : { },', pg)


@P("orthanc", "basic-auth-password", "pw", "ORTHANC_PEER_PASSWORD")
def orthanc_compose_env(r, v):
    user = pick(r, ["router", "uploader", "ai-node", "teaching"])
    text = fill("""services:
  orthanc:
    image: orthancteam/orthanc:@tag@
    restart: unless-stopped
    ports:
      - "4242:4242"
      - "8042:8042"
    volumes:
      - orthanc-storage:/var/lib/orthanc/db
    environment:
      ORTHANC__NAME: "@name@"
      ORTHANC__DICOM_AET: "@aet@"
      VERBOSE_ENABLED: "true"
      DICOM_WEB_PLUGIN_ENABLED: "true"
      ORTHANC__AUTHENTICATION_ENABLED: "true"
      ORTHANC__REGISTERED_USERS: |
        {"@user@": "@v@"}
      ORTHANC__DICOM_MODALITIES: |
        {"modality": ["@m@", "@ip@", 104]}

volumes:
  orthanc-storage:
""", tag=pick(r, ["24.6.2", "24.9.1", "25.1.1"]), name=pick(r, ["Teaching File", "ED Router", "AI Gateway"]),
                aet=pick(r, ["ORTHANC", "AIGW"]), user=user, v=v.raw, m=pick(r, ["CTED01", "US02", "MR1"]), ip=ip(r))
    return pick(r, ["docker-compose.yml", "orthanc/docker-compose.yaml"]), text


@P("orthanc", "basic-auth-password", "pw", "ORTHANC_PASSWORD")
def orthanc_python_requests(r, v):
    text = fill('''"""Push anonymized studies from the AI queue back to the teaching Orthanc."""
import logging
import os
import sys

import requests

ORTHANC_URL = "http://@h@:8042"
log = logging.getLogger("orthanc_push")


def modify_and_send(study_id: str, target: str) -> None:
    session = requests.Session()
    session.auth = ("@user@", @vq@)
    r = session.post(f"{ORTHANC_URL}/studies/{study_id}/anonymize",
                     json={"Keep": ["StudyDescription", "SeriesDescription"], "KeepPrivateTags": False},
                     timeout=120)
    r.raise_for_status()
    new_id = r.json()["ID"]
    log.info("anonymized %s -> %s", study_id, new_id)
    r = session.post(f"{ORTHANC_URL}/modalities/{target}/store", json={"Resources": [new_id]}, timeout=600)
    r.raise_for_status()


if __name__ == "__main__":
    logging.basicConfig(level=os.getenv("LOG_LEVEL", "INFO"))
    for sid in sys.argv[2:]:
        modify_and_send(sid, sys.argv[1])
''', h=host(r, "pacs"), user=pick(r, ["ai-node", "teaching", "router"]), vq=v.q("py"))
    return pick(r, ["tools/orthanc_push.py", "scripts/push_studies.py"]), text


@P("orthanc", "basic-auth-password", "pw", "ORTHANC_PEER_PASSWORD")
def orthanc_peers(r, v):
    block = fill("""  "RegisteredUsers" : { },
  "OrthancPeers" : {
    "@peer@" : {
      "Url" : "https://@h@/orthanc/",
      "Username" : "@user@",
      "Password" : "@v@",
      "HttpHeaders" : { "X-Site" : "@fac@" }
    }
  },""", peer=pick(r, ["central", "vna", "research"]), h=host(r, "pacs"), user=pick(r, ["site-router", "sync"]),
                 v=v.raw, fac=pick(r, FACILITIES))
    return pick(r, ["orthanc.json", "config/orthanc-site.json"]), orthanc_json(r, block)


@P("dcm4chee", "ldap-password", "pw", "LDAP_ROOTPASS", docex=["secret"])
def dcm4chee_compose(r, v):
    text = fill("""version: "3"
services:
  ldap:
    image: dcm4che/slapd-dcm4chee:@lv@
    logging:
      driver: json-file
      options:
        max-size: "10m"
    ports:
      - "389:389"
    environment:
      STORAGE_DIR: /storage/fs1
      LDAP_ROOTPASS: "@v@"
    volumes:
      - /var/local/dcm4chee-arc/ldap:/var/lib/openldap/openldap-data
      - /var/local/dcm4chee-arc/slapd.d:/etc/openldap/slapd.d
  db:
    image: dcm4che/postgres-dcm4chee:@pv@
    environment:
      POSTGRES_DB: pacsdb
      POSTGRES_USER: pacs
      POSTGRES_PASSWORD_FILE: /run/secrets/pacs_db
    volumes:
      - /var/local/dcm4chee-arc/db:/var/lib/postgresql/data
  arc:
    image: dcm4che/dcm4chee-arc-psql:@av@
    ports:
      - "8080:8080"
      - "11112:11112"
      - "2762:2762"
      - "2575:2575"
    environment:
      POSTGRES_DB: pacsdb
      POSTGRES_USER: pacs
      WILDFLY_CHOWN: /opt/wildfly/standalone /storage
      WILDFLY_WAIT_FOR: ldap:389 db:5432
    depends_on:
      - ldap
      - db
""", lv=pick(r, ["2.6.5-32.0", "2.6.6-33.0"]), pv=pick(r, ["16.2-32", "15.4-31"]),
                av=pick(r, ["5.32.0", "5.33.1", "5.31.2"]), v=v.raw)
    return pick(r, ["dcm4chee/docker-compose.yml", "pacs/docker-compose.yml"]), text


@P("dcm4chee", "ldap-password", "pw", "LDAP_ROOTPASS")
def dcm4chee_ldapmodify_sh(r, v):
    text = fill("""#!/bin/sh
# Register the new CT scanner as an accepted Application Entity on the archive.
set -e
LDAP_HOST=@h@
BASE="dc=dcm4che,dc=org"

cat > /tmp/@aet@.ldif <<EOF
dn: dicomAETitle=@aet@,cn=Unique AE Titles Registry,cn=DICOM Configuration,$BASE
objectClass: dicomUniqueAETitle
dicomAETitle: @aet@
EOF

ldapadd -x -H ldap://$LDAP_HOST:389 -D "cn=admin,$BASE" -w @vq@ -f /tmp/@aet@.ldif
ldapsearch -x -H ldap://$LDAP_HOST:389 -b "cn=Unique AE Titles Registry,cn=DICOM Configuration,$BASE" -LLL dicomAETitle
""", h=host(r, "pacs"), aet=pick(r, ["CTED02", "MRI3T", "USWEST1", "DXPORT"]), vq=v.q("sh"))
    return pick(r, ["pacs/scripts/register-ae.sh", "scripts/add_ae.sh"]), text


# ----------------------------------------------------------------------------- InterSystems
@P("intersystems-iris", "sftp-password", "pw", "LAB_SFTP_PASSWORD")
def iris_setcredential_cls(r, v):
    pkg = pick(r, ["HS.Local", "Custom.Interop", "MERCY.Setup"])
    text = fill("""Include Ensemble

/// Installer helper: creates the interoperability credentials used by the @prod@ production.
Class @pkg@.Installer.Credentials Extends %RegisteredObject
{

/// Run in the HSCUSTOM/interop namespace as part of the deployment script.
ClassMethod Setup() As %Status
{
    Set tSC = $$$OK
    Try {
        Set tSC = ##class(Ens.Config.Credentials).SetCredential("@cred@", "@user@", @vq@, 1)
        Quit:$$$ISERR(tSC)
        Set tSC = ##class(Ens.Director).UpdateProduction()
    }
    Catch ex {
        Set tSC = ex.AsStatus()
    }
    Quit tSC
}

}
""", pkg=pkg, prod=pick(r, ["LabResults", "ADTHub", "RadOrders"]), cred=pick(r, ["LabCorpSFTP", "QuestSFTP", "HIE-Outbound"]),
                user=svc_user(r), vq=v.q("cls"))
    return pkg.replace(".", "/") + "/Installer/Credentials.cls", text


@P("intersystems-iris", "sftp-password", "pw", "ENS_CREDENTIAL_PASSWORD")
def iris_credentials_export_xml(r, v):
    text = fill("""<?xml version="1.0" encoding="UTF-8"?>
<Export generator="IRIS" version="26" zv="IRIS for UNIX (Red Hat Enterprise Linux 8 for x86-64) @ver@" ts="@ts@">
<Document name="Ens.Config.Credentials.GBL">
<Credentials>
  <SystemName>@cred@</SystemName>
  <Username>@user@</Username>
  <Password>@v@</Password>
  <BusinessPartner>@bp@</BusinessPartner>
</Credentials>
</Document>
<Document name="HSCUSTOM.ProductionSettings.GBL">
<ProductionSettings>
  <Item Name="@item@" Category="SFTP">
    <Setting Target="Adapter" Name="FTPServer">@h@</Setting>
    <Setting Target="Adapter" Name="FTPPort">22</Setting>
    <Setting Target="Adapter" Name="Protocol">SFTP</Setting>
    <Setting Target="Adapter" Name="Credentials">@cred@</Setting>
    <Setting Target="Adapter" Name="FilePath">/outbound/hl7</Setting>
  </Item>
</ProductionSettings>
</Document>
</Export>
""", ver=pick(r, ["2023.1.2 (Build 450U)", "2024.1 (Build 267U)"]), ts=iso_ts(r).replace("T", " "),
                cred=pick(r, ["QuestSFTP", "StateRegistry", "PayerDrop"]), user=svc_user(r), v=v.raw,
                bp=pick(r, ["Quest Diagnostics", "State IIS", "BCBS"]), item=pick(r, ["To_Quest_SFTP", "To_IIS_Batch"]),
                h=host(r, "sftp"))
    return pick(r, ["exports/Ens.Config.Credentials.xml", "src/config/credentials-export.xml"]), text


@P("intersystems-iris", "basic-auth-password", "pw", "HIE_REST_PASSWORD")
def iris_nethttp_cls(r, v):
    text = fill("""Class @pkg@.Operation.HIEQuery Extends Ens.BusinessOperation
{

Parameter INVOCATION = "Queue";

Property Server As %String [ InitialExpression = "@h@" ];

Parameter SETTINGS = "Server:Basic";

Method QueryPatient(pRequest As @pkg@.Msg.PatientQuery, Output pResponse As Ens.StringResponse) As %Status
{
    Set tSC = $$$OK
    Set req = ##class(%Net.HttpRequest).%New()
    Set req.Server = ..Server
    Set req.Https = 1
    Set req.SSLConfiguration = "HIE_TLS"
    Set req.Username = "@user@"
    Set req.Password = @vq@
    Do req.SetHeader("Accept", "application/fhir+json")
    Set tSC = req.Get("/fhir/R4/Patient?identifier=" _ pRequest.MRN)
    Quit:$$$ISERR(tSC) tSC
    Set pResponse = ##class(Ens.StringResponse).%New(req.HttpResponse.Data.Read(32000))
    Quit tSC
}

}
""", pkg=pick(r, ["HS.Local", "Custom.HIE"]), h=host(r, "hie"), user=svc_user(r), vq=v.q("cls"))
    return "src/cls/HIEQuery.cls", text


@P("intersystems-iris", "database-password", "pw", "IRIS_PASSWORD")
def iris_python_connect(r, v):
    text = fill('''#!/usr/bin/env python3
"""Reconcile message counts between the IRIS message bank and the Mirth audit table."""
import csv
import datetime as dt

import iris  # intersystems-irispython

HOST = "@h@"
PORT = 1972
NAMESPACE = "@ns@"


def message_counts(day: dt.date):
    conn = iris.connect(HOST, PORT, NAMESPACE, "@user@", @vq@)
    try:
        cur = conn.cursor()
        cur.execute(
            "SELECT SourceConfigName, COUNT(*) FROM Ens.MessageHeader "
            "WHERE TimeCreated >= ? AND TimeCreated < ? GROUP BY SourceConfigName",
            [day.isoformat(), (day + dt.timedelta(days=1)).isoformat()],
        )
        return dict(cur.fetchall())
    finally:
        conn.close()


if __name__ == "__main__":
    counts = message_counts(dt.date.today() - dt.timedelta(days=1))
    with open("iris_counts.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for name, n in sorted(counts.items()):
            w.writerow([name, n])
''', h=host(r, "ie"), ns=pick(r, ["HSEDGE1", "INTEROP", "HSCUSTOM"]), user=pick(r, ["_SYSTEM", "reconcile", "svc_report"]),
                vq=v.q("py"))
    return pick(r, ["tools/reconcile_counts.py", "scripts/iris_counts.py"]), text


# ----------------------------------------------------------------------------- Iguana
@P("iguana", "basic-auth-password", "pw", "HIE_PASSWORD")
def iguana_net_http(r, v):
    text = fill("""-- Translator: ADT -> HIE REST feed (@ch@)
local mapper = require 'adt.mapper'

function main(Data)
   local Msg, Name = hl7.parse{vmd='adt.vmd', data=Data}
   if Name == 'Catchall' then
      iguana.logWarning('Unhandled event type: ' .. Msg.MSH[9][1]:nodeValue())
      return
   end
   local Body = json.serialize{data=mapper.toPatient(Msg)}
   local Result, Code = net.http.post{
      url='https://@h@/api/patients',
      headers={['Content-Type']='application/json'},
      body=Body,
      auth={username='@user@', password=@vq@},
      timeout=30,
      live=true
   }
   if Code ~= 200 and Code ~= 201 then
      error('HIE post failed with HTTP ' .. Code .. ': ' .. Result)
   end
end
""", ch=pick(r, ["ADT_to_HIE", "Registration Feed"]), h=host(r, "hie"), user=svc_user(r), vq=v.q("lua"))
    return pick(r, ["iguana/ADT_to_HIE/main.lua", "translators/adt_hie/main.lua"]), text


@P("iguana", "sftp-password", "pw", "SFTP_PASSWORD")
def iguana_sftp(r, v):
    text = fill("""-- From Translator: drop batched ORU files to the reference lab
local Sftp = net.sftp.init{
   server='@h@',
   username='@user@',
   password=@vq@,
   port=22,
   timeout=60
}

function main(Data)
   local FileName = 'ORU_' .. os.date('%Y%m%d%H%M%S') .. '.hl7'
   Sftp:put{remote_path='/inbound/results/' .. FileName, data=Data, overwrite=false, live=true}
   iguana.logInfo('Uploaded ' .. FileName .. ' (' .. #Data .. ' bytes)')
end
""", h=host(r, "sftp"), user=svc_user(r), vq=v.q("lua"))
    return pick(r, ["iguana/ORU_SFTP_Drop/main.lua", "translators/lab_drop/main.lua"]), text


@P("iguana", "database-password", "pw", "STAGING_DB_PASSWORD")
def iguana_db_connect(r, v):
    text = fill("""-- Shared module: staging database connection
local stage = {}

local Conn

function stage.conn()
   if not Conn or not Conn:check() then
      Conn = db.connect{
         api=db.SQL_SERVER,
         name='@dsn@',
         user='@user@',
         password=@vq@,
         use_unicode=true,
         live=true
      }
   end
   return Conn
end

function stage.saveResult(Mrn, Accession, Loinc, Value)
   stage.conn():execute{
      sql="INSERT INTO results (mrn, accession, loinc, value) VALUES (" ..
         stage.conn():quote(Mrn) .. "," .. stage.conn():quote(Accession) .. "," ..
         stage.conn():quote(Loinc) .. "," .. stage.conn():quote(Value) .. ")",
      live=true
   }
end

return stage
""", dsn=pick(r, ["HL7_STAGE", "IGUANA_RESULTS", "ResultsODBC"]), user=pick(r, ["iguana", "stage_rw"]), vq=v.q("lua"))
    return pick(r, ["iguana/shared/stage.lua", "shared/db/stage.lua"]), text


# ----------------------------------------------------------------------------- Cloverleaf / Rhapsody / Corepoint
@P("cloverleaf", "sftp-password", "pw", "CL_SFTP_PASS")
def cloverleaf_tcl(r, v):
    text = fill("""######################################################################
# Name:      tps_sftp_push_@fac@
# Purpose:   Push batched outbound messages to the partner SFTP server
# UPoC type: tps
# Args:      tps keyedlist containing MODE, MSGID, ARGS
######################################################################
proc tps_sftp_push_@fac@ { args } {
    keylget args MODE mode
    set sftpHost "@h@"
    set sftpUser "@user@"
    set sftpPass @vq@
    set dispList {}

    switch -exact -- $mode {
        start { return "" }
        run {
            keylget args MSGID mh
            set data [msgget $mh]
            set fname "/hci/outbound/[clock format [clock seconds] -format %Y%m%d%H%M%S].hl7"
            set fh [open $fname w]
            fconfigure $fh -translation binary
            puts -nonewline $fh $data
            close $fh
            if {[catch {exec /usr/local/bin/sftp_put.sh $sftpHost $sftpUser $sftpPass $fname} err]} {
                echo "tps_sftp_push: $err"
                lappend dispList "ERROR $mh"
            } else {
                lappend dispList "CONTINUE $mh"
            }
        }
        shutdown { }
    }
    return $dispList
}
""", fac=pick(r, FACILITIES).lower(), h=host(r, "sftp"), user=svc_user(r), vq=v.q("tcl"))
    return pick(r, ["cloverleaf/sites/prod/tclprocs/tps_sftp_push.tcl", "tclprocs/tps_sftp_push.tcl"]), text


@P("cloverleaf", "database-password", "pw", "CL_DB_PASSWORD")
def cloverleaf_ini(r, v):
    text = fill("""; Cloverleaf site @site@ - external connections used by Tcl procs
; maintained by the integration team, see runbook INT-@n@

[general]
site = @site@
hciroot = /hci/cis@cv@/integrator
alert_mail = integration-oncall@@org@.org

[odbc_results]
dsn = @dsn@
driver = ODBC Driver 18 for SQL Server
server = @h@
database = ResultsStage
uid = @user@
pwd = @v@
encrypt = yes

[sftp_quest]
host = @sh@
port = 22
user = quest_drop
key_file = /hci/keys/quest_ed25519
""", site=pick(r, ["adt_prod", "lab_prod", "rad_hub"]), n=r.randint(100, 999), cv=pick(r, ["2022.09", "6.2", "2024.01"]),
                org=pick(r, ORGS), dsn=pick(r, ["RESULTS_STAGE", "CL_ODBC"]), h=host(r, "db"),
                user=pick(r, ["cloverleaf", "hci_rw"]), v=v.raw, sh=host(r, "sftp"))
    return pick(r, ["cloverleaf/sites/lab_prod/siteconfig.ini", "config/site_connections.ini"]), text


@P("rhapsody", "basic-auth-password", "pw", "RHAPSODY_PASSWORD")
def rhapsody_python_api(r, v):
    text = fill('''"""Poll Rhapsody route/communication-point status and push to the ops dashboard."""
import json
import time

import requests
from requests.auth import HTTPBasicAuth

RHAPSODY = "https://@h@:8444/api"
AUTH = HTTPBasicAuth("@user@", @vq@)


def comm_points():
    resp = requests.get(f"{RHAPSODY}/commpoints", auth=AUTH, headers={"Accept": "application/json"},
                        verify="/etc/pki/tls/certs/rhapsody-ca.pem", timeout=20)
    resp.raise_for_status()
    return resp.json()


def main():
    while True:
        stopped = [cp["name"] for cp in comm_points() if cp.get("state") != "RUNNING"]
        print(json.dumps({"ts": time.time(), "stopped": stopped}))
        time.sleep(60)


if __name__ == "__main__":
    main()
''', h=host(r, "ie"), user=pick(r, ["monitor", "ops_readonly", "rhapsody_api"]), vq=v.q("py"))
    return pick(r, ["monitoring/rhapsody_status.py", "tools/rhapsody_poll.py"]), text


@P("rhapsody", "admin-password", "pw", "RHAPSODY_ADMIN_PASSWORD")
def rhapsody_ansible_vars(r, v):
    text = fill("""---
# group_vars for the Rhapsody engine hosts (@env@)
rhapsody_version: "@rv@"
rhapsody_install_dir: /opt/rhapsody
rhapsody_data_dir: /data/rhapsody
rhapsody_https_port: 8444
rhapsody_java_heap: 6g
rhapsody_admin_user: administrator
rhapsody_admin_password: "@v@"
rhapsody_license_server: lic01.@org@.local
rhapsody_backup_cron: "15 2 * * *"
rhapsody_smtp_relay: smtp-relay.@org@.local
rhapsody_routes_repo: "git@git.@org@.local:integration/rhapsody-routes.git"
""", env=pick(r, ["prod", "test"]), rv=pick(r, ["7.2.1", "7.3.0", "6.7.2"]), org=pick(r, ORGS), v=v.raw)
    return pick(r, ["ansible/group_vars/rhapsody_prod.yml", "inventory/group_vars/rhapsody.yml"]), text


@P("corepoint", "sftp-password", "pw", "COREPOINT_SFTP_PASSWORD")
def corepoint_runbook_md(r, v):
    text = fill("""# Runbook: @partner@ results SFTP connection (Corepoint)

Owner: Integration Services - on-call rotation in PagerDuty "Interfaces".

## Connection

| Setting        | Value |
|----------------|-------|
| Action list    | `@al@` |
| Connection     | `SFTP_@partner@_OUT` |
| Host           | `@h@` |
| Port           | 22 |
| Remote folder  | `/incoming/@fac@` |
| User           | `@user@` |
| Password       | `@v@` |
| Schedule       | every 5 minutes, 00:00-23:59 |

## When the connection errors

1. In Corepoint Monitor, open the connection and check *Last Error*.
2. Test from the engine host: `sftp -oPort=22 @user@@@h@`.
3. If authentication fails, open a ticket with @partner@ EDI support (ticket template INT-SFTP).
4. Re-queue errored messages from the *Error Queue* once the connection is green.
""", partner=pick(r, ["Quest", "LabCorp", "ARUP", "Mayo"]), al=pick(r, ["AL_ORU_Outbound", "AL_Results_Batch"]),
                h=host(r, "sftp"), fac=pick(r, FACILITIES).lower(), user=svc_user(r), v=v.raw)
    return pick(r, ["docs/runbooks/corepoint-sftp.md", "runbooks/results_sftp.md"]), text


@P("corepoint", "sftp-password", "pw", "SFTP_PASSWORD")
def interface_inventory_csv(r, v):
    rows = ["interface_id,engine,direction,partner,protocol,host,port,username,password,notes"]
    k = r.randint(5, 9)
    hit = r.randint(1, k - 1)
    for i in range(k):
        proto = pick(r, ["MLLP", "SFTP", "HTTPS", "MLLP/TLS"])
        port = {"MLLP": r.randint(6000, 7999), "SFTP": 22, "HTTPS": 443, "MLLP/TLS": r.randint(6000, 7999)}[proto]
        if i == hit:
            proto, port, pwd, note = "SFTP", 22, v.raw, "legacy - migrate to key auth"
        else:
            pwd = "" if proto != "SFTP" else pick(r, ["(vault)", "see CyberArk", "key auth"])
            note = pick(r, ["", "TLS 1.2", "VPN tunnel", "ack timeout 30s", "batch nightly"])
        rows.append("INT-%04d,%s,%s,%s,%s,%s,%d,%s,%s,%s" % (
            r.randint(1, 9999), pick(r, ["Corepoint", "Cloverleaf", "Mirth"]), pick(r, ["IN", "OUT"]),
            pick(r, APPS), proto, host(r), port, svc_user(r) if proto in ("SFTP", "HTTPS") else "", pwd, note))
    return pick(r, ["docs/interface_inventory.csv", "migration/corepoint_interfaces.csv"]), "\n".join(rows) + "\n"


# ----------------------------------------------------------------------------- SMART / Epic / Oracle Health
@P("epic", "private-key", "pem", "EPIC_PRIVATE_KEY")
def epic_pem_file(r, v):
    env = pick(r, ["nonprod", "prod", "sandbox"])
    if v.cat == "public-value":
        return "keys/epic-%s-public.pem" % env, v.raw + "\n"
    return pick(r, ["keys/epic-%s-private.pem" % env, "secrets/backend_%s.key" % env,
                    "certs/smart-backend-%s.pem" % env]), v.raw + "\n"


@P("epic", "private-key", "pem", "EPIC_PRIVATE_KEY")
def epic_python_backend(r, v):
    if v.ref:
        keyline = "PRIVATE_KEY = os.environ[\"%s\"]" % v.ref
    else:
        keyline = 'PRIVATE_KEY = """%s"""' % v.raw
    text = fill('''"""SMART Backend Services client for Epic (system-level Bulk FHIR export)."""
import os
import time
import uuid

import jwt  # PyJWT
import requests

CLIENT_ID = "@cid@"
TOKEN_URL = "https://fhir.@org@.org/interconnect-fhir-oauth/oauth2/token"
FHIR_BASE = "https://fhir.@org@.org/interconnect-fhir-oauth/api/FHIR/R4"
KID = "@kid@"

@keyline@


def client_assertion() -> str:
    now = int(time.time())
    claims = {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL, "jti": str(uuid.uuid4()),
              "iat": now, "nbf": now, "exp": now + 240}
    return jwt.encode(claims, PRIVATE_KEY, algorithm="@alg@", headers={"kid": KID, "typ": "JWT"})


def access_token() -> str:
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": client_assertion(),
        "scope": "system/Patient.rs system/Observation.rs system/Group.rs",
    }, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]
''', cid=uuid4(r), org=pick(r, ORGS), kid=hexs(r, 16), keyline=keyline,
                alg="ES384" if "EC PRIVATE" in v.raw else "RS384")
    return pick(r, ["bulk_export/epic_auth.py", "src/smart/backend_client.py"]), text


@P("smart-backend-services", "private-key", "jwkd", "SMART_JWK_D")
def smart_jwks_private(r, v):
    kid = hexs(r, 32) if r.random() < 0.5 else uuid4(r)
    key = [("kty", "RSA"), ("kid", kid), ("use", "sig"), ("alg", "RS384"),
           ("n", b64url(r, 256)), ("e", "AQAB")]
    if v.cat != "public-value":
        key.append(("d", v.raw))
    if v.pos:
        for f in ("p", "q", "dp", "dq", "qi"):
            key.append((f, b64url(r, 128)))
    key.append(("key_ops", ["sign"] if v.cat != "public-value" else ["verify"]))
    body = json.dumps({"keys": [dict(key)]}, indent=2)
    name = "jwks/private.jwks.json" if v.cat != "public-value" else "jwks/public.jwks.json"
    return pick(r, [name, "config/" + name.split("/")[1]]), body + "\n"


@P("epic", "client-secret", "cs", "EPIC_CLIENT_SECRET")
def epic_yaml_client_secret(r, v):
    text = fill("""# Patient-facing app: Epic confidential client (SMART App Launch)
app:
  name: @app@
  launch_url: https://apps.@org@.org/launch
  redirect_uri: https://apps.@org@.org/callback
fhir:
  iss: https://fhir.@org@.org/interconnect-fhir-oauth/api/FHIR/R4
  authorize_url: https://fhir.@org@.org/interconnect-fhir-oauth/oauth2/authorize
  token_url: https://fhir.@org@.org/interconnect-fhir-oauth/oauth2/token
  client_id: @cid@
  client_secret: "@v@"
  scopes:
    - launch
    - openid
    - fhirUser
    - patient/Observation.read
    - patient/MedicationRequest.read
session:
  cookie_name: smartapp
  ttl_minutes: 30
""", app=pick(r, ["MedReconcile", "CareGaps", "RxCompanion"]), org=pick(r, ORGS), cid=uuid4(r), v=v.raw)
    return pick(r, ["config/smart.yaml", "app/config/epic.yml"]), text


@P("oracle-health", "client-secret", "cs", "CERNER_CLIENT_SECRET")
def cerner_csharp_token(r, v):
    sv = v.q("cs")
    text = fill("""using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace @ns@.Interop.OracleHealth;

public sealed class SystemAccountTokenClient
{
    private const string TokenEndpoint =
        "https://authorization.cerner.com/tenants/@tenant@/protocols/oauth2/profiles/smart-v1/token";
    private const string ClientId = "@cid@";
    private readonly HttpClient _http;

    public SystemAccountTokenClient(HttpClient http) => _http = http;

    public async Task<string> GetTokenAsync(CancellationToken ct = default)
    {
        var clientSecret = @sv@;
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{clientSecret}"));
        using var req = new HttpRequestMessage(HttpMethod.Post, TokenEndpoint);
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        req.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = "system/Patient.read system/Encounter.read system/Observation.read",
        });
        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await resp.Content.ReadAsStringAsync(ct));
        return doc.RootElement.GetProperty("access_token").GetString()!;
    }
}
""", ns=pick(r, ["Mercy", "Lakeview", "Valley"]), tenant=uuid4(r), cid=uuid4(r), sv=sv)
    return pick(r, ["src/Interop/OracleHealth/SystemAccountTokenClient.cs", "Interop/TokenClient.cs"]), text


@P("oracle-health", "client-secret", "cs", "OracleHealth__ClientSecret")
def cerner_appsettings(r, v):
    text = fill("""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "OracleHealth": {
    "TenantId": "@tenant@",
    "FhirBase": "https://fhir-ehr.cerner.com/r4/@tenant@",
    "TokenUrl": "https://authorization.cerner.com/tenants/@tenant@/protocols/oauth2/profiles/smart-v1/token",
    "ClientId": "@cid@",
    "ClientSecret": "@v@",
    "Scopes": "system/Patient.read system/Appointment.read"
  },
  "ConnectionStrings": {
    "Scheduling": "Server=@h@;Database=Scheduling;Integrated Security=true;TrustServerCertificate=true"
  }
}
""", tenant=uuid4(r), cid=uuid4(r), v=v.raw, h=host(r, "db"))
    return pick(r, ["src/Scheduling.Api/appsettings.Production.json", "appsettings.json"]), text


# ----------------------------------------------------------------------------- Azure / AWS / GCP
@P("azure-health-data-services", "client-secret", "azsec", "AZURE_CLIENT_SECRET")
def azure_cs_credential(r, v):
    text = fill("""using Azure.Core;
using Azure.Identity;
using Hl7.Fhir.Rest;

namespace @ns@.FhirSync;

public static class FhirClientBuilder
{
    private const string TenantId = "@tenant@";
    private const string ClientId = "@cid@";
    private const string FhirUrl = "https://@ws@-@svc@.fhir.azurehealthcareapis.com";

    public static FhirClient Build()
    {
        var credential = new ClientSecretCredential(TenantId, ClientId, @vq@);
        var token = credential.GetToken(new TokenRequestContext(new[] { FhirUrl + "/.default" }));
        var settings = new FhirClientSettings { PreferredFormat = ResourceFormat.Json, Timeout = 60_000 };
        var client = new FhirClient(FhirUrl, settings);
        client.RequestHeaders!.Authorization = new("Bearer", token.Token);
        return client;
    }
}
""", ns=pick(r, ["Mercy", "Riverbend", "Oakwood"]), tenant=uuid4(r), cid=uuid4(r),
                ws=pick(r, ["ahdsprod", "hdsws01", "clinicalws"]), svc=pick(r, ["fhir", "r4svc"]), vq=v.q("cs"))
    return pick(r, ["src/FhirSync/FhirClientBuilder.cs", "FhirSync/Auth.cs"]), text


@P("azure-health-data-services", "client-secret", "azsec", "ARM_CLIENT_SECRET")
def azure_terraform(r, v):
    tfv = v.q("tf") if v.ref else '"%s"' % v.raw
    text = fill("""terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "@sub@"
  tenant_id       = "@tenant@"
  client_id       = "@cid@"
  client_secret   = @tfv@
}

resource "azurerm_healthcare_workspace" "ws" {
  name                = "@ws@"
  resource_group_name = "rg-interop-prod"
  location            = "eastus2"
}

resource "azurerm_healthcare_fhir_service" "fhir" {
  name                = "fhirr4"
  resource_group_name = "rg-interop-prod"
  location            = "eastus2"
  workspace_id        = azurerm_healthcare_workspace.ws.id
  kind                = "fhir-R4"

  authentication {
    authority = "https://login.microsoftonline.com/@tenant@"
    audience  = "https://@ws@-fhirr4.fhir.azurehealthcareapis.com"
  }
}
""", sub=uuid4(r), tenant=uuid4(r), cid=uuid4(r), tfv=tfv, ws=pick(r, ["hdsprod01", "clinicalws"]))
    return pick(r, ["infra/main.tf", "terraform/fhir/providers.tf"]), text


@P("azure-health-data-services", "client-secret", "azsec", "AZURE_CLIENT_SECRET")
def azure_python(r, v):
    text = fill('''import requests
from azure.identity import ClientSecretCredential

FHIR_URL = "https://@ws@-fhirr4.fhir.azurehealthcareapis.com"

cred = ClientSecretCredential(
    tenant_id="@tenant@",
    client_id="@cid@",
    client_secret=@vq@,
)


def export_since(since: str) -> str:
    token = cred.get_token(f"{FHIR_URL}/.default").token
    resp = requests.get(
        f"{FHIR_URL}/$export",
        params={"_since": since, "_type": "Patient,Encounter,Observation", "_container": "exports"},
        headers={"Authorization": f"Bearer {token}", "Accept": "application/fhir+json", "Prefer": "respond-async"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.headers["Content-Location"]
''', ws=pick(r, ["hdsprod01", "clinicalws", "ahds-research"]), tenant=uuid4(r), cid=uuid4(r), vq=v.q("py"))
    return pick(r, ["pipelines/azure_export.py", "etl/fhir_export.py"]), text


@P("azure-health-data-services", "client-secret", "azsec", "AZURE_CLIENT_SECRET")
def azure_github_workflow(r, v):
    text = fill("""name: fhir-conformance

on:
  schedule:
    - cron: "0 6 * * 1"
  workflow_dispatch:

jobs:
  touchstone:
    runs-on: ubuntu-latest
    env:
      AZURE_TENANT_ID: @tenant@
      AZURE_CLIENT_ID: @cid@
      AZURE_CLIENT_SECRET: "@v@"
      FHIR_URL: https://@ws@-fhirr4.fhir.azurehealthcareapis.com
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tests/requirements.txt
      - run: pytest tests/conformance -q --junitxml=report.xml
      - uses: actions/upload-artifact@v4
        with:
          name: conformance-report
          path: report.xml
""", tenant=uuid4(r), cid=uuid4(r), v=v.raw, ws=pick(r, ["hdsprod01", "clinicalws"]))
    return ".github/workflows/fhir-conformance.yml", text


def aws_key_id(r, v):
    if v.pos:
        return "AKIA" + rs(r, UP + "234567", 16)
    if v.cat == "documented-example":
        return "AKIAIOSFODNN7EXAMPLE"
    return pick(r, ["<aws-access-key-id>", "AKIAXXXXXXXXXXXXXXXX", "YOUR_ACCESS_KEY_ID"])


@P("aws-healthlake", "aws-secret-access-key", "awssk", "AWS_SECRET_ACCESS_KEY")
def aws_boto3_healthlake(r, v):
    kid = '"%s"' % aws_key_id(r, v) if not v.ref else 'os.environ["AWS_ACCESS_KEY_ID"]'
    text = fill('''import os

import boto3

DATASTORE_ID = "@ds@"

client = boto3.client(
    "healthlake",
    region_name="us-east-1",
    aws_access_key_id=@kid@,
    aws_secret_access_key=@vq@,
)


def start_import(job_name: str, s3_uri: str, role_arn: str) -> str:
    resp = client.start_fhir_import_job(
        JobName=job_name,
        InputDataConfig={"S3Uri": s3_uri},
        JobOutputDataConfig={"S3Configuration": {"S3Uri": s3_uri.rstrip("/") + "-out/",
                                                 "KmsKeyId": os.environ.get("KMS_KEY_ARN", "")}},
        DatastoreId=DATASTORE_ID,
        DataAccessRoleArn=role_arn,
    )
    return resp["JobId"]
''', ds=hexs(r, 32), kid=kid, vq=v.q("py"))
    return pick(r, ["healthlake/import_job.py", "etl/healthlake_loader.py"]), text


@P("aws-healthlake", "aws-secret-access-key", "awssk", "AWS_SECRET_ACCESS_KEY")
def aws_credentials_ini(r, v):
    text = fill("""[default]
region = us-east-1
output = json

[healthlake-etl]
aws_access_key_id = @kid@
aws_secret_access_key = @v@
region = us-east-1

[readonly]
role_arn = arn:aws:iam::@acct@:role/HealthLakeReadOnly
source_profile = healthlake-etl
""", kid=aws_key_id(r, v), v=v.raw, acct=rs(r, DG, 12))
    return pick(r, ["deploy/aws/credentials", ".aws/credentials", "ops/aws-credentials.ini"]), text


@P("aws-healthlake", "aws-secret-access-key", "awssk", "AWS_SECRET_ACCESS_KEY")
def aws_dotenv(r, v):
    text = fill("""# HealthLake loader settings
AWS_REGION=us-east-1
AWS_ACCESS_KEY_ID=@kid@
AWS_SECRET_ACCESS_KEY=@v@
HEALTHLAKE_DATASTORE_ID=@ds@
S3_IMPORT_BUCKET=s3://@org@-fhir-import/ndjson/
LOG_LEVEL=info
""", kid=aws_key_id(r, v), v=v.raw, ds=hexs(r, 32), org=pick(r, ORGS))
    if v.pos:
        return pick(r, [".env", "loader/.env"]), text
    return pick(r, [".env.example", "loader/.env.sample"]), text


@P("gcp-healthcare-api", "private-key", "pemrsa", "GOOGLE_PRIVATE_KEY")
def gcp_service_account(r, v):
    proj = pick(r, ["hc-interop-prod", "clinical-data-lake", "fhir-bridge-312"])
    key = v.raw.replace("\n", "\\n") + ("\\n" if v.raw.startswith("-----") else "")
    doc = [("type", "service_account"), ("project_id", proj), ("private_key_id", hexs(r, 40)),
           ("private_key", "@KEY@"), ("client_email", "fhir-loader@%s.iam.gserviceaccount.com" % proj),
           ("client_id", rs(r, DG, 21)), ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
           ("token_uri", "https://oauth2.googleapis.com/token"),
           ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
           ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/fhir-loader%%40%s.iam.gserviceaccount.com" % proj),
           ("universe_domain", "googleapis.com")]
    text = json.dumps(dict(doc), indent=2).replace('"@KEY@"', '"' + key + '"')
    return pick(r, ["credentials/fhir-loader-sa.json", "gcp/service-account.json", "keys/%s.json" % proj]), text + "\n"


# ----------------------------------------------------------------------------- HIE / API vendors
@P("redox", "client-secret", "cs", "REDOX_SECRET", docex=["super-secret-client-secret"])
def redox_node(r, v):
    api_key = uuid4(r) if v.pos or v.cat != "documented-example" else "not-a-real-api-key"
    text = fill("""'use strict';

const axios = require('axios');

const REDOX_API = 'https://api.redoxengine.com';
const SOURCE = {
  apiKey: '@ak@',
  secret: @vq@,
};

let cached = null;

async function getToken() {
  if (cached && new Date(cached.expires) > new Date(Date.now() + 60_000)) {
    return cached.accessToken;
  }
  const { data } = await axios.post(`${REDOX_API}/auth/authenticate`, SOURCE, {
    headers: { 'Content-Type': 'application/json' },
  });
  cached = data;
  return data.accessToken;
}

async function sendScheduling(body) {
  const token = await getToken();
  return axios.post(`${REDOX_API}/endpoint`, body, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

module.exports = { getToken, sendScheduling };
""", ak=api_key, vq=v.q("jsq"))
    return pick(r, ["src/redox/client.js", "lib/redox.js"]), text


@P("health-gorilla", "client-secret", "cs", "HG_CLIENT_SECRET")
def healthgorilla_py(r, v):
    text = fill('''"""Health Gorilla record-locator settings (clinical network queries)."""

HEALTH_GORILLA = {
    "base_url": "https://api.healthgorilla.com/fhir/R4",
    "token_url": "https://api.healthgorilla.com/oauth/token",
    "client_id": "@cid@",
    "client_secret": @vq@,
    "tenant": "@tenant@",
    "purpose_of_use": "TREATMENT",
    "timeout_seconds": 45,
}

MATCHING = {
    "min_score": 0.92,
    "fields": ["family", "given", "birthDate", "gender", "address-postalcode"],
}
''', cid=rs(r, AN, 32), vq=v.q("py"), tenant=pick(r, ORGS))
    return pick(r, ["settings/health_gorilla.py", "app/config/hg_settings.py"]), text


@P("1uphealth", "client-secret", "hex32", "ONEUP_CLIENT_SECRET")
def oneup_js(r, v):
    text = fill("""// 1up Health backend connector - exchanges app credentials for a user token
import fetch from 'node-fetch';

const ONEUP_CLIENT_ID = '@cid@';
const ONEUP_CLIENT_SECRET = @vq@;
const TOKEN_URL = 'https://auth.1up.health/oauth2/token';

export async function userToken(code) {
  const body = new URLSearchParams({
    client_id: ONEUP_CLIENT_ID,
    client_secret: ONEUP_CLIENT_SECRET,
    code,
    grant_type: 'authorization_code',
  });
  const res = await fetch(TOKEN_URL, { method: 'POST', body });
  if (!res.ok) throw new Error(`1up token exchange failed: ${res.status}`);
  return res.json();
}
""", cid=hexs(r, 32), vq=v.q("jsq") if not v.ref else v.q("js"))
    return pick(r, ["src/connectors/oneup.mjs", "server/oneup.js"]), text


@P("1uphealth", "client-secret", "hex32", "ONEUP_CLIENT_SECRET")
def oneup_curl_sh(r, v):
    text = fill("""#!/usr/bin/env bash
# Smoke test for the payer-to-payer system client.
set -euo pipefail

TOKEN=$(curl -sS -X POST https://auth.1up.health/oauth2/token \\
  -d grant_type=client_credentials \\
  -d client_id=@cid@ \\
  -d client_secret=@v@ \\
  -d scope='bulk-data|user/*.rs' | jq -r .access_token)

curl -sS -H "Authorization: Bearer ${TOKEN}" \\
  "https://api.1up.health/r4/Patient?_count=5" | jq '.entry | length'
""", cid=hexs(r, 32), v=v.raw if not v.ref else "${%s}" % v.ref)
    return pick(r, ["scripts/smoke_1up.sh", "test/1up-smoke.sh"]), text


@P("particle-health", "client-secret", "cs", "PARTICLE_CLIENT_SECRET")
def particle_py(r, v):
    text = fill('''import requests

PARTICLE_API = "https://api.particlehealth.com"


def particle_token() -> str:
    resp = requests.get(
        f"{PARTICLE_API}/auth",
        headers={
            "client-id": "@cid@",
            "client-secret": @vq@,
            "scope": "projects/@proj@",
            "accept": "text/plain",
        },
        timeout=20,
    )
    resp.raise_for_status()
    return resp.text.strip()


def submit_query(token: str, demographics: dict) -> str:
    resp = requests.post(f"{PARTICLE_API}/api/v2/patients", json=demographics,
                         headers={"Authorization": f"Bearer {token}"}, timeout=30)
    resp.raise_for_status()
    return resp.json()["particle_patient_id"]
''', cid=rs(r, AN, 24), vq=v.q("py"), proj=uuid4(r))
    return pick(r, ["integrations/particle/client.py", "particle_client.py"]), text


# ----------------------------------------------------------------------------- MLLP / TLS
@P("mllp-tls", "keystore-password", "pw", "MLLP_KEY_PASSWORD")
def mllp_python_ssl(r, v):
    text = fill('''"""Minimal MLLP-over-TLS listener used for the ED tracking board feed."""
import socketserver
import ssl

SB, EB, CR = b"\\x0b", b"\\x1c", b"\\x0d"


class MLLPHandler(socketserver.StreamRequestHandler):
    def handle(self):
        buf = b""
        while True:
            chunk = self.request.recv(65536)
            if not chunk:
                return
            buf += chunk
            while SB in buf and EB + CR in buf:
                start, end = buf.index(SB), buf.index(EB + CR)
                message, buf = buf[start + 1:end], buf[end + 2:]
                self.request.sendall(SB + ack(message) + EB + CR)


def ack(message: bytes) -> bytes:
    msh = message.split(b"\\r", 1)[0].split(b"|")
    return b"MSH|^~\\\\&|EDTRACK|@fac@|" + msh[2] + b"|" + msh[3] + b"||ACK|" + msh[9] + b"|P|2.5.1\\rMSA|AA|" + msh[9]


if __name__ == "__main__":
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain("/etc/mllp/server.crt", "/etc/mllp/server.key", password=@vq@)
    ctx.load_verify_locations("/etc/mllp/partner-ca.pem")
    ctx.verify_mode = ssl.CERT_REQUIRED
    with socketserver.ThreadingTCPServer(("0.0.0.0", @port@), MLLPHandler) as srv:
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
        srv.serve_forever()
''', fac=pick(r, FACILITIES), vq=v.q("py"), port=r.randint(6600, 7999))
    return pick(r, ["mllp/tls_listener.py", "edtrack/listener.py"]), text


@P("mllp-tls", "keystore-password", "pw", "KEYSTORE_PASSWORD")
def mllp_java_opts_sh(r, v):
    text = fill("""#!/bin/sh
# setenv.sh for the MLLP/TLS gateway (started by systemd unit hl7-gateway.service)
JAVA_HOME=/usr/lib/jvm/java-17-openjdk
GATEWAY_HOME=/opt/hl7-gateway

JAVA_OPTS="-Xms512m -Xmx2g -XX:+UseG1GC"
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.keyStore=$GATEWAY_HOME/conf/mllp-server.p12"
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.keyStoreType=PKCS12"
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.keyStorePassword=@v@"
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.trustStore=$GATEWAY_HOME/conf/partners-truststore.p12"
JAVA_OPTS="$JAVA_OPTS -Djdk.tls.client.protocols=TLSv1.2,TLSv1.3"
JAVA_OPTS="$JAVA_OPTS -Dgateway.listen.port=@port@ -Dgateway.site=@fac@"
export JAVA_HOME JAVA_OPTS
""", v=v.raw if not v.ref else "${%s}" % v.ref, port=r.randint(6600, 7999), fac=pick(r, FACILITIES))
    return pick(r, ["gateway/bin/setenv.sh", "conf/setenv.sh"]), text


@P("mllp-tls", "keystore-password", "pw", "MLLP_TLS_KEYSTORE_PASSWORD")
def mllp_yaml_tls(r, v):
    text = fill("""listeners:
  - name: @name@
    port: @port@
    protocol: mllp
    tls:
      enabled: true
      keystore: /etc/hl7router/keystore.p12
      keystore_type: PKCS12
      keystore_password: "@v@"
      truststore: /etc/hl7router/truststore.p12
      client_auth: required
      protocols: [TLSv1.2, TLSv1.3]
    ack:
      mode: original
      timeout_ms: 30000
routes:
  - match: { msh9: "ADT^A0*" }
    to: [kafka://hl7.adt, file:///archive/adt]
  - match: { msh9: "ORU^R01" }
    to: [kafka://hl7.results]
kafka:
  bootstrap: @kh@:9093
  security_protocol: SSL
""", name=pick(r, ["epic_adt_in", "lab_results_in", "rad_orders_in"]), port=r.randint(6600, 7999),
                v=v.raw, kh=host(r, "kafka"))
    return pick(r, ["config/hl7router.yaml", "router/listeners.yml"]), text


# ----------------------------------------------------------------------------- HL7 messages, logs, alerts
def hl7_adt(r, msh8="", ctrl=None):
    ts = hl7_ts(r)
    ctrl = ctrl or rs(r, DG, r.choice([10, 12, 16]))
    fn, ln = pick(r, FIRST), pick(r, LAST)
    segs = [
        "MSH|^~\\&|%s|%s|%s|%s|%s|%s|%s|%s|P|2.5.1" % (pick(r, APPS), pick(r, FACILITIES), pick(r, APPS), pick(r, FACILITIES),
                                                       ts, msh8, pick(r, ["ADT^A01^ADT_A01", "ADT^A08^ADT_A01", "ADT^A04^ADT_A01"]), ctrl),
        "EVN|A01|%s" % ts,
        "PID|1||%s^^^%s^MR~%s^^^SSA^SS||%s^%s^%s||19%02d%02d%02d|%s|||%d %s ST^^%s^%s^%05d||(555)%03d-%04d" % (
            mrn(r), pick(r, FACILITIES), "***-**-" + rs(r, DG, 4), ln, fn, pick(r, ["A", "B", "J", "M"]), r.randint(30, 99),
            r.randint(1, 12), r.randint(1, 28), pick(r, ["M", "F"]), r.randint(10, 9999),
            pick(r, ["MAIN", "OAK", "ELM", "PINE"]), pick(r, ["SPRINGFIELD", "FAIRVIEW", "RIVERTON"]), pick(r, ["IL", "OH", "TX"]),
            r.randint(10000, 99999), r.randint(200, 999), r.randint(0, 9999)),
        "PV1|1|%s|%s^%d^%d^%s||||%s^%s^%s^^^^MD|||MED||||1|||%s^^^^VN|||||||||||||||||||||||||%s" % (
            pick(r, ["I", "E", "O"]), pick(r, ["4W", "ED", "ICU", "5E"]), r.randint(100, 499), r.randint(1, 2), pick(r, FACILITIES),
            npi(r), pick(r, LAST), pick(r, FIRST), rs(r, DG, 10), ts),
    ]
    return segs


@P("hl7v2", "connector-password", "msh8", "HL7_MSH8")
def hl7_msh8_file(r, v):
    segs = []
    for i in range(r.randint(1, 3)):
        segs += hl7_adt(r, msh8=v.raw if i == 0 else "")
        segs.append("")
    return pick(r, ["samples/adt/", "test/fixtures/hl7/", "docs/examples/"]) + "adt_%s.hl7" % rs(r, DG, 6), "\n".join(segs)


@P("hl7v2", "basic-auth-header", "basic", "HIE_BASIC_AUTH", docex=["bXktYXBwOm15LWFwcC1zZWNyZXQtMTIz"])
def hl7_http_debug_log(r, v):
    lines = []
    h = host(r, "hie")
    for i in range(r.randint(3, 5)):
        seg = hl7_adt(r)
        lines.append("%s DEBUG [http-sender-%d] Outbound message %s" % (iso_ts(r), r.randint(1, 8), seg[0].split("|")[9]))
    lines.append("%s DEBUG [http-sender-3] >> POST /hie/v2/inbound HTTP/1.1" % iso_ts(r))
    lines.append("%s DEBUG [http-sender-3] >> Host: %s" % (iso_ts(r), h))
    lines.append("%s DEBUG [http-sender-3] >> Content-Type: application/hl7-v2; charset=utf-8" % iso_ts(r))
    lines.append("%s DEBUG [http-sender-3] >> Authorization: Basic %s" % (iso_ts(r), v.raw))
    lines.append("%s DEBUG [http-sender-3] >> X-Correlation-Id: %s" % (iso_ts(r), uuid4(r)))
    lines.append("%s DEBUG [http-sender-3] << HTTP/1.1 202 Accepted" % iso_ts(r))
    for i in range(r.randint(2, 4)):
        lines.append("%s INFO  [queue] ACK AA for control id %s" % (iso_ts(r), rs(r, DG, 12)))
    return pick(r, ["logs/hl7-gateway-debug.log", "support/http_sender_trace.log"]), "\n".join(lines) + "\n"


@P("slack", "webhook-url", "slack", "SLACK_WEBHOOK_URL")
def slack_alert_yaml(r, v):
    text = fill("""# Interface monitoring alert routing
alerts:
  - name: queue-depth
    channels: ["ADT_*", "ORU_*"]
    condition: queued > @q@
    for: 10m
    notify: [slack-interfaces, pager]
  - name: channel-stopped
    channels: ["*"]
    condition: state != STARTED
    notify: [slack-interfaces]
  - name: error-rate
    channels: ["*_To_*"]
    condition: errored_5m > 25
    notify: [slack-interfaces, email-oncall]

notifiers:
  slack-interfaces:
    type: slack
    webhook_url: @v@
    username: mirth-monitor
    icon_emoji: ":hospital:"
  email-oncall:
    type: email
    to: integration-oncall@@org@.org
  pager:
    type: pagerduty
    service: interfaces-prod
""", q=r.choice([100, 250, 500]), v=v.raw, org=pick(r, ORGS))
    return pick(r, ["monitoring/alerts.yaml", "ops/mirth-monitor/alerts.yml"]), text


@P("smart-backend-services", "private-key", "pem", "SMART_PRIVATE_KEY")
def smart_js_keyfile(r, v):
    if v.ref:
        keyexpr = "process.env.%s" % v.ref
    else:
        keyexpr = "`%s`" % v.raw
    text = fill("""// Backend Services authorization for the payer bulk-data endpoint
const { SignJWT, importPKCS8 } = require('jose');
const crypto = require('node:crypto');

const CLIENT_ID = '@cid@';
const TOKEN_URL = 'https://@h@/oauth2/token';
const KID = '@kid@';

const PRIVATE_KEY_PEM = @keyexpr@;

async function clientAssertion() {
  const key = crypto.createPrivateKey(PRIVATE_KEY_PEM);
  return new SignJWT({})
    .setProtectedHeader({ alg: key.asymmetricKeyType === 'ec' ? 'ES384' : 'RS384', kid: KID, typ: 'JWT' })
    .setIssuer(CLIENT_ID)
    .setSubject(CLIENT_ID)
    .setAudience(TOKEN_URL)
    .setJti(crypto.randomUUID())
    .setExpirationTime('4m')
    .sign(key);
}

module.exports = { clientAssertion, importPKCS8 };
""", cid=uuid4(r), h=host(r, "fhir"), kid=hexs(r, 20), keyexpr=keyexpr)
    return pick(r, ["src/auth/backendServices.js", "lib/smart-auth.js"]), text


@P("bulk-fhir", "client-secret", "cs", "BULK_CLIENT_SECRET")
def bulk_toml(r, v):
    text = fill("""# bulk-fhir-loader configuration
[source]
fhir_base = "https://@h@/fhir/r4"
token_url = "https://@h@/oauth2/token"
client_id = "@cid@"
client_secret = "@v@"
scope = "system/*.read"
group_id = "@gid@"

[export]
types = ["Patient", "Encounter", "Condition", "Observation", "MedicationRequest"]
since = "2024-01-01T00:00:00Z"
poll_interval_seconds = 30

[sink]
kind = "parquet"
path = "s3://@org@-lake/fhir/bronze/"
""", h=host(r, "fhir"), cid=rs(r, AN, 20), v=v.raw, gid=uuid4(r), org=pick(r, ORGS))
    return pick(r, ["loader.toml", "config/bulk-loader.toml"]), text


@P("nextgen-connect", "admin-password", "pw", "MIRTH_CLI_PASSWORD", docex=["admin"])
def mirth_cli_config(r, v):
    text = fill("""# Mirth Connect CLI configuration
address=https://@h@:8443
user=@user@
password=@v@
version=@ver@
""", h=host(r, "ie"), user=pick(r, ["admin", "deploy", "ci_deployer"]), v=v.raw, ver=pick(r, MC_VER))
    return pick(r, ["conf/mirth-cli-config.properties", "ci/mirth-cli-config.properties"]), text


# ----------------------------------------------------------------------------- look-alike negatives
LOOK = []


def L(provider, kind):
    def deco(fn):
        LOOK.append(dict(fn=fn, provider=provider, kind=kind, name=fn.__name__))
        return fn
    return deco


@L("fhir", "fhir-resource-ids")
def la_fhir_bundle(r):
    entries = []
    for i in range(r.randint(2, 4)):
        pid = uuid4(r)
        entries.append({
            "fullUrl": "urn:uuid:" + pid,
            "resource": {
                "resourceType": "Patient", "id": pid,
                "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": iso_ts(r) + "Z",
                         "source": "#" + rs(r, AN, 16)},
                "identifier": [
                    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                     "system": "urn:oid:2.16.840.1.113883.3.%d.%d" % (r.randint(100, 9999), r.randint(1, 40)),
                     "value": mrn(r)}],
                "name": [{"family": pick(r, LAST).title(), "given": [pick(r, FIRST).title()]}],
                "gender": pick(r, ["male", "female"]),
                "birthDate": "19%02d-%02d-%02d" % (r.randint(30, 99), r.randint(1, 12), r.randint(1, 28)),
            },
            "request": {"method": "PUT", "url": "Patient/" + pid},
        })
    doc = {"resourceType": "Bundle", "id": uuid4(r), "type": "transaction", "entry": entries}
    return pick(r, ["fixtures/fhir/patients-bundle.json", "test/data/bundle_%d.json" % r.randint(1, 99)]), \
        json.dumps(doc, indent=2) + "\n"


@L("hl7v2", "message-control-ids")
def la_hl7_adt(r):
    segs = []
    for i in range(r.randint(2, 4)):
        segs += hl7_adt(r, ctrl=pick(r, [rs(r, DG, 20), rs(r, UP + DG, 16), uuid4(r).replace("-", "").upper()]))
        segs.append("")
    return pick(r, ["samples/adt_batch.hl7", "test/fixtures/hl7/a01_%d.hl7" % r.randint(1, 999)]), "\n".join(segs)


@L("dicom", "dicom-uids")
def la_dicom_csv(r):
    rows = ["accession_number,patient_id,study_instance_uid,series_instance_uid,sop_instance_uid,modality,study_date"]
    for i in range(r.randint(6, 12)):
        st = dicom_uid(r)
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (
            pick(r, ["ACC", "RAD", ""]) + rs(r, DG, 9), mrn(r), st, st + "." + str(r.randint(1, 9)),
            dicom_uid(r), pick(r, ["CT", "MR", "US", "CR", "DX", "MG"]), hl7_ts(r)[:8]))
    return pick(r, ["reports/study_reconciliation.csv", "data/pacs_migration_batch.csv"]), "\n".join(rows) + "\n"


@L("nppes", "npi-numbers")
def la_npi_roster(r):
    rows = ["npi,last_name,first_name,taxonomy,dea_last4,department"]
    for i in range(r.randint(8, 15)):
        rows.append("%s,%s,%s,%s,%s,%s" % (npi(r), pick(r, LAST).title(), pick(r, FIRST).title(),
                                           pick(r, ["207R00000X", "207Q00000X", "208D00000X", "363LF0000X", "2085R0202X"]),
                                           rs(r, DG, 4), pick(r, ["Hospitalist", "Radiology", "Family Med", "ED"])))
    return pick(r, ["data/provider_roster.csv", "seed/providers.csv"]), "\n".join(rows) + "\n"


@L("fhir", "loinc-snomed-codes")
def la_valueset(r):
    codes = r.sample(LOINC, 4)
    vs = {"resourceType": "ValueSet", "id": "lab-panel-" + rs(r, LO, 6), "url": "https://terminology.%s.org/ValueSet/%s" % (pick(r, ORGS), rs(r, LO, 8)),
          "version": "%d.%d.0" % (r.randint(1, 4), r.randint(0, 9)), "status": "active",
          "compose": {"include": [
              {"system": "http://loinc.org", "concept": [{"code": c, "display": d} for c, d in codes]},
              {"system": "http://snomed.info/sct", "concept": [{"code": c, "display": d} for c, d in r.sample(SNOMED, 3)]}]}}
    return pick(r, ["terminology/valuesets/lab-panel.json", "fhir/ValueSet-labs.json"]), json.dumps(vs, indent=2) + "\n"


@L("hl7-cda", "oids")
def la_cda_header(r):
    root = "2.16.840.1.113883.3.%d" % r.randint(100, 9999)
    text = fill("""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="@root@.1.1" extension="@docid@"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <effectiveTime value="@ts@"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="@root@.2.1" extension="@mrn@"/>
      <patient>
        <name><given>@fn@</given><family>@ln@</family></name>
        <administrativeGenderCode code="@g@" codeSystem="2.16.840.1.113883.5.1"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="@npi@"/>
    </assignedAuthor>
  </author>
  <custodian>
    <assignedCustodian>
      <representedCustodianOrganization>
        <id root="@root@"/>
        <name>@fac@</name>
      </representedCustodianOrganization>
    </assignedCustodian>
  </custodian>
</ClinicalDocument>
""", root=root, docid=uuid4(r), ts=hl7_ts(r), mrn=mrn(r), fn=pick(r, FIRST).title(), ln=pick(r, LAST).title(),
                g=pick(r, ["M", "F"]), npi=npi(r), fac=pick(r, FACILITIES).title())
    return pick(r, ["samples/ccd_header.xml", "test/cda/ccd-%d.xml" % r.randint(1, 50)]), text


@L("nextgen-connect", "sha256-checksums")
def la_checksums(r):
    lines = []
    for name in ["mirthconnect-%s.b%d-unix.tar.gz", "mirthconnect-%s.b%d-windows-x64.exe", "mirthconnectcli-%s.b%d-unix.tar.gz",
                 "mirth-administrator-launcher-1.4.2-unix.sh"]:
        nm = name % (pick(r, MC_VER), r.randint(100, 400)) if "%s" in name else name
        lines.append("%s  %s" % (hexs(r, 64), nm))
    return pick(r, ["installers/SHA256SUMS", "vendor/mirth/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


@L("smart-app-launch", "public-endpoints")
def la_smart_config(r):
    h = "fhir.%s.org" % pick(r, ORGS)
    doc = {"issuer": "https://%s" % h, "jwks_uri": "https://%s/.well-known/jwks.json" % h,
           "authorization_endpoint": "https://%s/oauth2/authorize" % h, "token_endpoint": "https://%s/oauth2/token" % h,
           "token_endpoint_auth_methods_supported": ["client_secret_basic", "private_key_jwt"],
           "token_endpoint_auth_signing_alg_values_supported": ["RS384", "ES384"],
           "grant_types_supported": ["authorization_code", "client_credentials"],
           "scopes_supported": ["openid", "fhirUser", "launch", "launch/patient", "patient/*.rs", "system/*.rs", "offline_access"],
           "response_types_supported": ["code"], "code_challenge_methods_supported": ["S256"],
           "capabilities": ["launch-ehr", "launch-standalone", "client-public", "client-confidential-asymmetric",
                            "context-ehr-patient", "sso-openid-connect", "permission-v2"]}
    return pick(r, ["public/.well-known/smart-configuration", "static/smart-configuration.json"]), json.dumps(doc, indent=2) + "\n"


@L("smart-backend-services", "public-jwks")
def la_public_jwks(r):
    keys = []
    for i in range(r.randint(1, 3)):
        if r.random() < 0.5:
            keys.append({"kty": "RSA", "kid": hexs(r, 32), "use": "sig", "alg": "RS384", "n": b64url(r, 256), "e": "AQAB"})
        else:
            keys.append({"kty": "EC", "kid": uuid4(r), "use": "sig", "alg": "ES384", "crv": "P-384",
                         "x": b64url(r, 48), "y": b64url(r, 48)})
    return pick(r, ["public/.well-known/jwks.json", "jwks/public.json", "static/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@L("mllp-tls", "certificate")
def la_cert_bundle(r):
    parts = []
    for i in range(r.randint(1, 3)):
        parts.append("# %s\n%s" % (pick(r, ["Partner intermediate CA", "Quest MLLP gateway", "HIE root CA 2024", "Epic Bridges TLS"]),
                                   cert_pem(r)))
    return pick(r, ["certs/partner-ca-bundle.pem", "conf/trust/hie-chain.crt"]), "\n".join(parts) + "\n"


@L("epic", "public-key")
def la_pubkey_md(r):
    text = fill("""# Registering the backend app with Epic

1. Generate the key pair on the build host (the private key never leaves the HSM-backed vault):

   ```sh
   openssl genrsa -out privatekey.pem 2048
   openssl rsa -in privatekey.pem -pubout -out publickey509.pem
   ```

2. Upload the **public** key below in the App Orchard / Vendor Services build page (non-production):

```
@pub@
```

3. Client ID (non-prod): `@cid@` - client IDs are public identifiers.
4. JWK Set URL for production: `https://apps.@org@.org/.well-known/jwks.json`.
""", pub=rsa_public_pem(r), cid=uuid4(r), org=pick(r, ORGS))
    return pick(r, ["docs/epic-registration.md", "docs/smart/backend-keys.md"]), text


@L("fhir", "base64-document")
def la_fhir_binary(r):
    data = base64.b64encode(b"%PDF-1.7\n" + rbytes(r, r.randint(600, 1500))).decode()
    doc = {"resourceType": "DocumentReference", "id": uuid4(r), "status": "current",
           "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}]},
           "subject": {"reference": "Patient/" + uuid4(r)},
           "content": [{"attachment": {"contentType": "application/pdf", "language": "en-US", "data": data,
                                       "hash": base64.b64encode(hashlib.sha1(data.encode()).digest()).decode(),
                                       "title": "Discharge summary"}}]}
    return pick(r, ["fixtures/fhir/documentreference.json", "test/data/docref_pdf.json"]), json.dumps(doc, indent=2) + "\n"


@L("hl7v2", "base64-obx")
def la_hl7_oru_ed(r):
    segs = hl7_adt(r)[:3]
    segs[0] = segs[0].replace("ADT^A01^ADT_A01", "ORU^R01^ORU_R01").replace("ADT^A08^ADT_A01", "ORU^R01^ORU_R01").replace("ADT^A04^ADT_A01", "ORU^R01^ORU_R01")
    segs.append("OBR|1|%s|%s|18842-5^Discharge summary^LN|||%s" % (rs(r, DG, 10), rs(r, DG, 10), hl7_ts(r)))
    segs.append("OBX|1|ED|18842-5^Discharge summary^LN||^application^pdf^Base64^%s||||||F" %
                base64.b64encode(b"%PDF-1.4\n" + rbytes(r, r.randint(400, 900))).decode())
    return pick(r, ["samples/oru_embedded_pdf.hl7", "test/fixtures/hl7/oru_ed.hl7"]), "\n".join(segs) + "\n"


@L("nextgen-connect", "channel-ids")
def la_mirth_channel_noauth(r):
    props = fill("""      <properties class="com.mirth.connect.connectors.vm.VmDispatcherProperties" version="@ver@">
        <pluginProperties/>
""" + dest_common() + """
        <channelId>@cid@</channelId>
        <channelTemplate>${message.encodedData}</channelTemplate>
        <mapVariables>
          <string>mrn</string>
          <string>accession</string>
        </mapVariables>
      </properties>""", cid=uuid4(r))
    name = pick(r, ["ADT_Router", "ORU_Fanout", "Orders_Inbound"])
    return chan_path(r, name), mirth_channel(r, name, "Routes to downstream channel by id", props, "Channel Writer")


@L("nextgen-connect", "log-correlation-ids")
def la_mirth_log(r):
    lines = []
    for i in range(r.randint(8, 14)):
        lines.append(" INFO %s,%03d [%s] %s: message %d processed, correlationId=%s traceId=%s" % (
            iso_ts(r).replace("T", " "), r.randint(0, 999), pick(r, ["Main Server Thread", "Channel Dispatch Thread", "Queue Processor"]),
            pick(r, ["engine", "db-connector", "tcp-connector"]), r.randint(1000, 999999), uuid4(r), hexs(r, 32)))
    return pick(r, ["logs/mirth.log.1", "support/mirth-trace.log"]), "\n".join(lines) + "\n"


@L("git", "commit-shas")
def la_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        lines.append("## %d.%d.%d - 2024-%02d-%02d" % (r.randint(1, 3), r.randint(0, 20), r.randint(0, 9), r.randint(1, 12), r.randint(1, 28)))
        for j in range(r.randint(1, 3)):
            lines.append("- %s (%s)" % (pick(r, ["Fix PID-3 repetition parsing", "Add ORU^R01 to FHIR Observation mapping",
                                                 "Bump HAPI structures to 2.5", "Handle empty PV1-19", "Route SIU to scheduling"]),
                                        hexs(r, 40) if r.random() < 0.4 else hexs(r, 7)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@L("npm", "integrity-hashes")
def la_package_lock(r):
    pk = {}
    for name, ver in [("fhir-kit-client", "1.9.2"), ("hl7-standard", "1.1.0"), ("node-hl7-client", "2.2.0"),
                      ("axios", "1.7.2"), ("jose", "5.6.3")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": "sha512-" + b64(r, 64), "license": "MIT"}
    doc = {"name": "fhir-bridge", "version": "1.4.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@L("docker", "image-digests")
def la_compose_digests(r):
    text = fill("""services:
  mirth:
    image: nextgenhealthcare/connect@sha256:@d1@
    environment:
      DATABASE: postgres
      DATABASE_URL: jdbc:postgresql://db:5432/mirthdb
      DATABASE_USERNAME: mirthdb
      DATABASE_PASSWORD_FILE: /run/secrets/mirth_db
  hapi:
    image: hapiproject/hapi@sha256:@d2@
  orthanc:
    image: orthancteam/orthanc@sha256:@d3@
""", d1=hexs(r, 64), d2=hexs(r, 64), d3=hexs(r, 64))
    return pick(r, ["deploy/compose.pinned.yml", "docker-compose.prod.yml"]), text


@L("aws-healthlake", "datastore-ids")
def la_healthlake_ids(r):
    ds = hexs(r, 32)
    text = fill('''import boto3

# credentials come from the instance profile / SSO session
session = boto3.Session(profile_name="healthlake-etl")
client = session.client("healthlake", region_name="us-east-1")

DATASTORE_ID = "@ds@"
DATASTORE_ARN = "arn:aws:healthlake:us-east-1:@acct@:datastore/fhir/@ds@"
KMS_KEY_ID = "@kms@"


def status():
    return client.describe_fhir_datastore(DatastoreId=DATASTORE_ID)["DatastoreProperties"]["DatastoreStatus"]
''', ds=ds, acct=rs(r, DG, 12), kms=uuid4(r))
    return pick(r, ["healthlake/status.py", "etl/datastore.py"]), text


@L("azure-health-data-services", "tenant-client-ids")
def la_azure_ids(r):
    text = fill("""{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@t@",
    "ClientId": "@c@",
    "Audience": "api://@c@"
  },
  "Fhir": {
    "Endpoint": "https://@ws@-fhirr4.fhir.azurehealthcareapis.com",
    "UseManagedIdentity": true,
    "ManagedIdentityClientId": "@m@"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=@ik@;IngestionEndpoint=https://eastus2-3.in.applicationinsights.azure.com/"
  }
}
""", t=uuid4(r), c=uuid4(r), ws=pick(r, ["hdsprod01", "clinicalws"]), m=uuid4(r), ik=uuid4(r))
    return pick(r, ["src/Api/appsettings.json", "appsettings.Production.json"]), text


@L("gcp-healthcare-api", "resource-paths")
def la_gcp_paths(r):
    proj = pick(r, ["hc-interop-prod", "clinical-data-lake"])
    text = fill('''import google.auth
from google.auth.transport.requests import AuthorizedSession

# Application Default Credentials (workload identity on GKE)
credentials, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-healthcare"])
session = AuthorizedSession(credentials)

FHIR_STORE = ("projects/@proj@/locations/us-central1/datasets/@ds@/fhirStores/@fs@")
BASE = f"https://healthcare.googleapis.com/v1/{FHIR_STORE}/fhir"


def read_patient(pid: str) -> dict:
    return session.get(f"{BASE}/Patient/{pid}").json()


if __name__ == "__main__":
    print(read_patient("@pid@"))
''', proj=proj, ds=pick(r, ["ehr-feed", "claims"]), fs=pick(r, ["r4-main", "r4-staging"]), pid=uuid4(r))
    return pick(r, ["gcp/read_patient.py", "tools/gcp_fhir.py"]), text


@L("orthanc", "dicom-modalities")
def la_orthanc_modalities(r):
    mods = ",\n".join('    "%s" : [ "%s", "%s", %d ]' % (pick(r, ["ct", "mr", "us", "cr"]) + str(i), pick(r, ["CTED", "MR3T", "USW", "DXR"]) + rs(r, DG, 2),
                                                         ip(r), pick(r, [104, 11112, 4242])) for i in range(r.randint(2, 5)))
    text = '{\n  "Name" : "ORTHANC-%s",\n  "DicomAet" : "ORTHANC",\n  "AuthenticationEnabled" : false,\n  "RemoteAccessAllowed" : false,\n  "DicomModalities" : {\n%s\n  },\n  "DicomAlwaysAllowEcho" : true,\n  "DicomAlwaysAllowStore" : true\n}\n' % (pick(r, FACILITIES), mods)
    return pick(r, ["orthanc/modalities.json", "config/orthanc-dicom.json"]), text


@L("intersystems-iris", "lookup-table")
def la_iris_lookup(r):
    rows = ["<?xml version=\"1.0\"?>", "<lookupTable>"]
    for i in range(r.randint(6, 12)):
        rows.append('<entry table="%s" key="%s">%s</entry>' % (pick(r, ["LabCodeMap", "FacilityMap"]), rs(r, UP + DG, r.randint(3, 8)),
                                                           pick(r, LOINC)[0]))
    rows.append("</lookupTable>")
    return pick(r, ["src/lookups/LabCodeMap.xml", "lookups/FacilityMap.lut.xml"]), "\n".join(rows) + "\n"


@L("cloverleaf", "xlate-table")
def la_cloverleaf_tbl(r):
    lines = ["# Translation table", "prologue", "    who:\tintegration", "    date:\t%s" % iso_ts(r)[:10],
             "    outname:\tfacility_map", "    bidir:\t0", "    type:\ttbl", "    version:\t3.0", "end_prologue", "#", "dflt=UNKNOWN"]
    for i in range(r.randint(6, 12)):
        lines += ["#", rs(r, UP + DG, r.randint(2, 6)), pick(r, FACILITIES)]
    return pick(r, ["cloverleaf/sites/adt_prod/Tables/facility_map.tbl", "Tables/facility_map.tbl"]), "\n".join(lines) + "\n"


@L("ehr", "patient-ids-masked-ssn")
def la_patient_csv(r):
    rows = ["mrn,enterprise_id,last,first,dob,ssn,visit_number"]
    for i in range(r.randint(6, 12)):
        rows.append("%s,%s,%s,%s,19%02d-%02d-%02d,***-**-%s,%s" % (mrn(r), uuid4(r), pick(r, LAST).title(), pick(r, FIRST).title(),
                                                                  r.randint(30, 99), r.randint(1, 12), r.randint(1, 28), rs(r, DG, 4), rs(r, DG, 10)))
    return pick(r, ["test/data/synthetic_patients.csv", "fixtures/patients.csv"]), "\n".join(rows) + "\n"


@L("nextgen-connect", "hashed-passwords")
def la_mirth_person_password(r):
    lines = ["-- pg_dump excerpt: Mirth users (passwords are salted hashes, not plaintext)",
             "COPY public.person_password (person_id, password, password_date) FROM stdin;"]
    for i in range(r.randint(2, 5)):
        lines.append("%d\t%s\t%s" % (i + 1, b64(r, 40), iso_ts(r).replace("T", " ")))
    lines.append("\\.")
    return pick(r, ["db/dumps/person_password.sql", "backup/mirthdb_users.sql"]), "\n".join(lines) + "\n"


@L("orthanc", "bcrypt-hashes")
def la_htpasswd(r):
    lines = []
    for u in r.sample(["viewer", "radiologist", "router", "teaching", "ai-node", "qa"], 3):
        lines.append("%s:$2y$%02d$%s" % (u, r.choice([10, 12]), rs(r, AN + "./", 53)))
    return pick(r, ["nginx/orthanc.htpasswd", "deploy/nginx/.htpasswd"]), "\n".join(lines) + "\n"


@L("redox", "public-ids")
def la_redox_ids(r):
    text = fill("""redox:
  environment: staging
  source_id: @s@
  destinations:
    scheduling: @d1@
    results: @d2@
  # OAuth client uses private_key_jwt; the key lives in the secrets manager
  client_id: @c@
  jwks_url: https://apps.@org@.org/.well-known/jwks.json
  webhook_path: /redox/webhook
""", s=uuid4(r), d1=uuid4(r), d2=uuid4(r), c=uuid4(r), org=pick(r, ORGS))
    return pick(r, ["config/redox.yml", "deploy/redox-staging.yaml"]), text


@L("epic", "client-ids")
def la_epic_registration(r):
    text = fill("""# Epic app registration (public identifiers only)
epic:
  app_name: @app@
  non_production_client_id: @c1@
  production_client_id: @c2@
  fhir_base: https://fhir.@org@.org/interconnect-fhir-oauth/api/FHIR/R4
  jwks_url: https://apps.@org@.org/.well-known/jwks.json
  key_id: @kid@
  audience: https://fhir.@org@.org/interconnect-fhir-oauth/oauth2/token
""", app=pick(r, ["BulkExportSvc", "CareGaps"]), c1=uuid4(r), c2=uuid4(r), org=pick(r, ORGS), kid=hexs(r, 16))
    return pick(r, ["config/epic-app.yaml", "epic/registration.yml"]), text


@L("azure-health-data-services", "cert-thumbprints")
def la_thumbprints(r):
    doc = {"ClientCertificates": [{"Subject": "CN=fhir-sync.%s.org" % pick(r, ORGS), "Thumbprint": hexs(r, 40).upper(),
                                   "StoreLocation": "LocalMachine", "StoreName": "My"} for _ in range(r.randint(1, 3))],
           "Authority": "https://login.microsoftonline.com/%s" % uuid4(r), "ClientId": uuid4(r)}
    return pick(r, ["config/certificates.json", "src/Worker/certs.json"]), json.dumps(doc, indent=2) + "\n"


@L("runbooks", "placeholders-in-docs")
def la_rotation_md(r):
    text = fill("""# Rotating interface credentials

1. Create the new secret in the vault: `vault kv put secret/integration/@n@ password=<new-password>`.
2. Update the Mirth configuration map key `@n@.password` to `${@N@}`; never paste the value into channel XML.
3. For Oracle Health system accounts, generate a new client secret in the console and store it as
   `OracleHealth__ClientSecret`; the client id `<client-id>` does not change.
4. Redeploy the channel and watch the dashboard for *Auth fail* errors.

Example (placeholders only):

```properties
@n@.host=sftp.partner.example
@n@.user=<username>
@n@.password=<password>
```
""", n=pick(r, ["quest", "labcorp", "hie", "payer"]), N=pick(r, ["QUEST_SFTP_PASSWORD", "HIE_PASSWORD"]))
    return pick(r, ["docs/runbooks/rotate-credentials.md", "RUNBOOK.md"]), text


@L("terraform", "secret-references")
def la_tf_refs(r):
    text = fill("""resource "random_password" "hapi_db" {
  length  = 32
  special = true
}

resource "azurerm_key_vault_secret" "hapi_db" {
  name         = "hapi-db-password"
  value        = random_password.hapi_db.result
  key_vault_id = azurerm_key_vault.interop.id
}

resource "azurerm_postgresql_flexible_server" "hapi" {
  name                   = "psql-hapi-@env@"
  resource_group_name    = azurerm_resource_group.interop.name
  location               = "eastus2"
  version                = "16"
  administrator_login    = "hapiadmin"
  administrator_password = random_password.hapi_db.result
  sku_name               = "GP_Standard_D4s_v3"
  storage_mb             = 131072
}
""", env=pick(r, ["prod", "stg"]))
    return pick(r, ["infra/hapi_db.tf", "terraform/postgres.tf"]), text


@L("intersystems-iris", "credential-references")
def la_iris_credref(r):
    text = fill("""Class @pkg@.Production Extends Ens.Production
{

XData ProductionDefinition
{
<Production Name="@pkg@.Production" LogGeneralTraceEvents="false">
  <Item Name="To_Quest_SFTP" ClassName="EnsLib.HL7.Operation.FTPOperation" PoolSize="1" Enabled="true">
    <Setting Target="Adapter" Name="FTPServer">@h@</Setting>
    <Setting Target="Adapter" Name="Protocol">SFTP</Setting>
    <Setting Target="Adapter" Name="Credentials">QuestSFTP</Setting>
    <Setting Target="Adapter" Name="FilePath">/inbound</Setting>
    <Setting Target="Host" Name="Filename">%f_%Q%!+(_a)</Setting>
  </Item>
  <Item Name="From_Epic_ADT" ClassName="EnsLib.HL7.Service.TCPService" PoolSize="1" Enabled="true">
    <Setting Target="Adapter" Name="Port">@port@</Setting>
    <Setting Target="Adapter" Name="SSLConfig">MLLP_TLS</Setting>
  </Item>
</Production>
}

}
""", pkg=pick(r, ["HS.Local", "Custom.Interop"]), h=host(r, "sftp"), port=r.randint(6600, 7999))
    return "src/cls/Production.cls", text


@L("iguana", "env-lookups")
def la_iguana_env(r):
    text = fill("""-- Credentials are read from the Iguana environment variables panel
local Sftp = net.sftp.init{
   server=os.getenv('LAB_SFTP_HOST'),
   username=os.getenv('LAB_SFTP_USER'),
   password=os.getenv('LAB_SFTP_PASSWORD'),
   port=22
}

function main(Data)
   local Msg = hl7.parse{vmd='oru.vmd', data=Data}
   local Name = 'ORU_' .. Msg.MSH[10]:nodeValue() .. '.hl7'
   Sftp:put{remote_path='/inbound/' .. Name, data=Data, live=true}
end
""")
    return pick(r, ["iguana/ORU_Drop/main.lua", "translators/oru_drop/main.lua"]), text


@L("smart-backend-services", "jwt-claims-docs")
def la_jwt_claims(r):
    cid = uuid4(r)
    doc = {"header": {"alg": "RS384", "kid": hexs(r, 16), "typ": "JWT"},
           "claims": {"iss": cid, "sub": cid, "aud": "https://fhir.%s.org/oauth2/token" % pick(r, ORGS),
                      "jti": uuid4(r), "exp": r.randint(1700000000, 1800000000)}}
    return pick(r, ["docs/client-assertion-example.json", "test/fixtures/assertion_claims.json"]), json.dumps(doc, indent=2) + "\n"


@L("k8s", "secret-key-refs")
def la_k8s_refs(r):
    text = fill("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: mirth
  namespace: @ns@
spec:
  replicas: 1
  selector:
    matchLabels: {app: mirth}
  template:
    metadata:
      labels: {app: mirth}
    spec:
      containers:
        - name: connect
          image: nextgenhealthcare/connect:4.5.0
          env:
            - name: DATABASE_USERNAME
              value: mirthdb
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: mirth-db, key: password}
            - name: KEYSTORE_STOREPASS
              valueFrom:
                secretKeyRef: {name: mirth-keystore, key: storepass}
            - name: KEYSTORE_KEYPASS
              valueFrom:
                secretKeyRef: {name: mirth-keystore, key: keypass}
""", ns=pick(r, ["interfaces", "mirth-prod"]))
    return pick(r, ["k8s/mirth-deployment.yaml", "manifests/mirth.yaml"]), text


@L("hl7v2", "ack-log")
def la_ack_log(r):
    lines = []
    for i in range(r.randint(8, 14)):
        lines.append("%s MSA|%s|%s|%s" % (iso_ts(r), pick(r, ["AA", "AA", "AA", "AE"]), rs(r, DG, 14),
                                         pick(r, ["", "", "PID-3 missing", "Unknown facility"])))
    return pick(r, ["logs/ack.log", "archive/acks-%s.log" % hl7_ts(r)[:8]]), "\n".join(lines) + "\n"


@L("dicom", "worklist-accessions")
def la_worklist(r):
    rows = []
    for i in range(r.randint(3, 6)):
        rows.append("(0008,0050) SH [%s]  # AccessionNumber\n(0010,0020) LO [%s]  # PatientID\n(0020,000d) UI [%s]  # StudyInstanceUID\n"
                    "(0040,0009) SH [%s]  # ScheduledProcedureStepID\n" % (rs(r, DG, 10), mrn(r), dicom_uid(r), "SPS" + rs(r, DG, 8)))
    return pick(r, ["worklist/mwl_dump.txt", "test/dicom/worklist.dump"]), "\n".join(rows)


@L("nextgen-connect", "encrypted-export-blob")
def la_mirth_encrypted(r):
    text = fill("""<serverConfiguration version="@ver@">
  <date>@ts@</date>
  <channelGroups/>
  <configurationMap>
    <entry>
      <string>lab.sftp.dir</string>
      <com.mirth.connect.util.ConfigurationProperty>
        <value>/inbound/results</value>
        <comment>drop folder</comment>
      </com.mirth.connect.util.ConfigurationProperty>
    </entry>
  </configurationMap>
  <encryptedData>@blob@</encryptedData>
  <serverSettings>
    <clearGlobalMap>true</clearGlobalMap>
    <queueBufferSize>1000</queueBufferSize>
    <defaultMetaDataColumns>SOURCE,TYPE</defaultMetaDataColumns>
  </serverSettings>
</serverConfiguration>
""", ver=pick(r, MC_VER), ts=iso_ts(r), blob=b64(r, r.randint(200, 500)))
    return pick(r, ["backups/server-config.xml", "exports/mirth-server-config.xml"]), text


# ----------------------------------------------------------------------------- driver
ENV_OK_FOR_NEG = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(relpath):
    name = relpath.rsplit("/", 1)[-1]
    low = name.lower()
    if low == "dockerfile":
        return "dockerfile"
    if low.startswith(".env"):
        return "env"
    if low == "credentials":
        return "ini"
    if low in ("sha256sums", "smart-configuration"):
        return "txt" if low == "sha256sums" else "json"
    if re.search(r"\.log\.\d+$", low):
        return "log"
    if "." in name[1:]:
        return name.rsplit(".", 1)[-1].lower()
    return "txt"


def is_blocked_env(relpath):
    name = relpath.rsplit("/", 1)[-1].lower()
    return name.startswith(".env") and name not in ENV_OK_FOR_NEG


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def cycle_order(r, n_items, n):
    order = []
    while len(order) < n:
        block = list(range(n_items))
        r.shuffle(block)
        order += block
    return order[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kh.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(LOOK) + len(POS) >= 60, (len(POS), len(LOOK))
    manifest, secrets = [], []
    seen_needles = []
    env_files = 0

    for i, ti in enumerate(cycle_order(r, len(POS), 500)):
        tpl = POS[ti]
        raw = gen_secret(r, tpl["slot"])
        v = V(raw, True)
        rel, text = tpl["fn"](r, v)
        needle = needle_of(tpl["slot"], raw)
        idx = text.find(needle)
        assert idx >= 0, (tpl["name"], needle)
        line = text.count("\n", 0, idx) + 1
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        with open(os.path.join(outdir, frel), encoding="utf-8", newline="") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], (frel, line)
        if rel.rsplit("/", 1)[-1].startswith(".env"):
            env_files += 1
        seen_needles.append(needle)
        manifest.append({"file": frel, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert env_files <= 25, env_files

    specs = [("reuse", ti) for ti in cycle_order(r, len(POS), 250)] + \
        [("look", ti) for ti in cycle_order(r, len(LOOK), 250)]
    r.shuffle(specs)
    for i, (mode, ti) in enumerate(specs):
        if mode == "reuse":
            tpl = POS[ti]
            v = neg_value(r, tpl)
            rel, text = tpl["fn"](r, v)
            kind = v.cat
        else:
            tpl = LOOK[ti]
            rel, text = tpl["fn"](r)
            kind = tpl["kind"]
        assert not is_blocked_env(rel), rel
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": tpl["provider"], "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
