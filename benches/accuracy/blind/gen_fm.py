#!/usr/bin/env python3
"""gen_fm.py - blind evaluation-set generator for secret scanners.

EMPHASIS
    Enterprise integration platforms and ERP connectors.
    Providers: MuleSoft / Anypoint Platform (secure properties, connected apps,
    Anypoint MQ, Exchange), Boomi (Platform API tokens, environment
    extensions, components), Workato (API platform auth tokens, developer API
    tokens, JWT HMAC secrets, SDK settings), Celigo integrator.io (API tokens),
    NetSuite token-based auth (consumer key/secret, token id/secret), SAP BTP
    (xsuaa service keys, default-env.json, Cloud Integration), SAP RFC / JCo
    destinations (jcoDestination, sapnwrfc.ini, pyrfc, node-rfc), Microsoft
    Dynamics 365 / Dataverse (app registrations, connection strings,
    Business Central, Logic Apps callback URLs, Service Bus), Workday
    (integration system users, API clients), Infor ION API (.ionapi files),
    Oracle Fusion / EBS (basic auth, JDBC, DB links), Akeneo PIM, Epicor
    Kinetic (x-api-key), Acumatica (connected applications), EDI partner
    SFTP (passwords, OpenSSH / PEM private keys, Azure Blob landing zones,
    SAS URLs).
    File types: MuleSoft XML flows, .properties, .yaml, pom.xml, Maven
    settings.xml, DataWeave .dwl, Boomi JSON/XML, .ionapi JSON,
    .jcoDestination, sapnwrfc.ini, Java, C#, Python, JavaScript/TypeScript,
    PHP, Ruby, PowerShell, Groovy, shell, Jenkinsfile, GitHub/GitLab/Azure
    pipelines YAML, Terraform, Dockerfile, Helm values, Postman collections
    and environments, Markdown runbooks, CSV mapping sheets, SQL, logs,
    EDI X12/EDIFACT, known_hosts, private key files.

USAGE
    python3 gen_fm.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line of the needle's first
    occurrence).  All randomness comes from one random.Random(SEED); the
    output is byte-identical for a given SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is only the secret value exactly as written, never the key
      name, quotes, "Bearer " prefix or surrounding syntax.
    * Key pairs (client id + client secret, consumer key + consumer secret,
      access key + secret key): the needle is the secret half.  Client ids,
      xsuaa clientid, ION ci / saak, Acumatica "GUID@Tenant" ids are public
      identifiers and may appear literally in positives and negatives.
      NetSuite consumer keys / token ids are never written literally (they
      come from env / vault references) so that each positive holds exactly
      one credential.
    * URLs with embedded credentials (jdbc/sftp/https user:pass@host): the
      needle is the password part.  Signed URLs (Azure SAS, Logic Apps
      callback URLs): the needle is the value of the sig= parameter as
      written (URL-encoded where the URL is URL-encoded).
    * Headers: the token value after "Bearer " / "x-api-key: " / "API-TOKEN:".
      For Basic auth written as "-u user:token" the needle is the token.
    * Connection strings (AccountKey=, SharedAccessKey=, ClientSecret=,
      Password=): the needle is that value only.
    * Multi-line private keys (PEM / OpenSSH): the needle is the BEGIN line
      text, e.g. "-----BEGIN OPENSSH PRIVATE KEY-----"; line = that line.
    * Mule positional / -D arguments: the value after '='.

NEGATIVES
    250 negatives re-use the positive templates with the secret slot holding
    a non-secret: placeholders (<your-client-secret>, YOUR_API_KEY_HERE,
    changeme, xxxx...), empty values, masked values (****, [REDACTED]),
    environment / secret-manager references (${VAR}, ${secure::key},
    {{var}}, $(Var), #{Var}#, vault:, op://, AWS Secrets Manager ARNs, Key
    Vault references, ${{ secrets.X }}), MuleSoft encrypted secure-property
    values (![ciphertext]), and documented example values (NetSuite TBA doc
    example hex strings, the Workato api-token doc example, the Akeneo
    create-client doc example).  Templates whose slot is a whole private-key
    file or a .env file are not re-used.
    250 negatives come from look-alike templates: account / tenant / realm /
    company ids, NetSuite internal ids, Workday WIDs (32 hex), Celigo
    ObjectIds (24 hex), Boomi component GUIDs, Oracle Fusion ETags (long
    hex), Akeneo media codes (sha1), EDI X12/EDIFACT control numbers, IDoc
    numbers, SHA-256 manifests, package-lock integrity hashes, image
    digests, trace/span ids, JWKS public keys, X.509 certificates, PGP and
    SSH public keys, known_hosts, base64 payloads, webhook signatures in
    fixtures, env-var based code in Python/Java/Node/PowerShell/Groovy/C#.
    No negative is written to .env / .env.<stage>; .env.example is used.

FORMATS CHECKED (search tool, docs / pages / code corpora)
    * NetSuite TBA (Oracle help, "Creating the Token Password"): consumer
      key, consumer secret, token id and token secret shown as 64 lowercase
      hex; account id numeric (sandbox "_SB1" suffix, realm in OAuth header).
      The doc example values are used only as negatives.
    * Workato API platform auth token (docs.workato.com/api-mgmt/auth-token):
      64 lowercase hex in an "api-token" header or as basic-auth password
      with user "api-token"; Developer API uses "Authorization: Bearer";
      JWT HMAC shared secret is 256-bit ("openssl rand -base64 32").
    * Boomi Platform API (developer.boomi.com): API token is used as the
      basic-auth password with user name "BOOMI_TOKEN.<username>".
    * SAP BTP xsuaa service keys (SAP Cloud SDK types, SAP-samples key file):
      fields clientid "sb-...!b123|xsuaa!b456", clientsecret, url, uaadomain,
      identityzone, tenantid, verificationkey, xsappname; binding-secret
      clientsecret shaped "<uuid>$<43 base64url chars>=".
    * Infor ION API .ionapi (public Infor consultant README + n8n docs): JSON
      keys ti, cn, dt, ci ("TENANT~" + 43), cs (63 chars base64url), iu, pu,
      oa, ot, or, ev, v, saak ("TENANT#" + 49), sask (70 chars).
    * SAP JCo property names (jco.client.ashost / sysnr / client / user /
      passwd / lang) from public DestinationDataProvider listings.
    * Akeneo (api.akeneo.com authentication_old): client_id and secret are
      50-char lowercase base-36 strings; API also needs username/password.
    * Acumatica (integration guide): client id "GUID@Tenant", shared secret
      shown once.
    * Logic Apps callback URL (Az.LogicApp docs): .../workflows/<32 hex>/
      triggers/manual/paths/invoke?api-version=...&sp=...&sv=1.0&sig=<value>.
    * Dataverse XRM tooling connection strings: AuthType=ClientSecret;
      Url=...;ClientId=...;ClientSecret=....
    * Epicor Kinetic REST v2 requires an x-api-key header (third-party
      guides; Epicor's own help is instance-specific).
    * Anypoint connected apps: clientId auto-assigned, clientSecret does not
      expire by default (docs.mulesoft.com); secure-properties module config
      and ![...] encrypted values (MuleSoft docs / tutorials).
    * Celigo: API tokens are bearer credentials shown once (Celigo skill
      docs); Azure AD client secrets contain "~" (MicrosoftDocs issue).

DOUBTS
    * Anypoint client id / client secret assumed 32 hex (length/alphabet not
      found in the docs).  Celigo token assumed 32 hex.  Boomi API token
      assumed UUID-shaped.  Epicor API key shape assumed 64 alphanumerics.
      Workday API client secret / refresh token shapes assumed (long
      base64-ish); Workday ISU passwords are free-form.
    * Azure AD (Entra) client secret layout "3 chars + digit + 'Q~' + 34
      chars" (40 total) is from memory; only the "~" was confirmed.
    * ION cs / sask lengths come from one public sample file, not Infor docs.
    * Older xsuaa clientsecret shape (28-char base64) is from memory.
    * Acumatica shared secrets and Business Central web service access keys
      (44-char base64) are assumed shapes.
    * Salesforce consumer secret (used via MuleSoft connector) assumed 64
      uppercase hex.
    * Private keys are structurally valid containers (OpenSSH ed25519,
      PKCS#1 RSA DER) filled with random numbers; they are not
      mathematically valid keys.
"""

import base64
import json
import os
import random
import struct
import sys

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def fill(text, **kw):
    for k, v in kw.items():
        text = text.replace("@@" + k + "@@", str(v))
    assert "@@" not in text, text[text.find("@@") - 40:text.find("@@") + 40]
    if not text.endswith("\n"):
        text += "\n"
    return text


class G(object):
    """Random helper bound to the single Random instance."""

    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def p(self, prob=0.5):
        return self.r.random() < prob

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = self.chars(HEX, n)
        return s.upper() if upper else s

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def raw(self, n):
        return self.r.getrandbits(8 * n).to_bytes(n, "big")

    def b64(self, nbytes):
        return base64.b64encode(self.raw(nbytes)).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.raw(nbytes)).decode().rstrip("=")

    def uuid(self, upper=False):
        h = list(self.hexs(32))
        h[12] = "4"
        h[16] = self.c("89ab")
        s = "".join(h)
        s = "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
        return s.upper() if upper else s

    def nm(self, conv, neutral):
        """About half the positives use the conventional name."""
        lst = conv if self.p() else neutral
        return lst if isinstance(lst, str) else self.c(lst)

    def password(self, lo=14, hi=22, symbols="!#%*-_.^+="):
        n = self.i(lo, hi)
        while True:
            s = [self.c(ALNUM) for _ in range(n)]
            for _ in range(self.i(1, 3)):
                s[self.i(0, n - 1)] = self.c(symbols)
            s[0] = self.c(ALNUM[:52])
            pw = "".join(s)
            if (any(ch.isdigit() for ch in pw) and any(ch.isupper() for ch in pw)
                    and any(ch.islower() for ch in pw)):
                return pw

    # ---- domain fillers -------------------------------------------------
    def company(self):
        return self.c(["acme", "globex", "initech", "umbrella", "northwind",
                       "contoso", "fabrikam", "tailspin", "wingtip", "litware",
                       "adatum", "proseware", "woodgrove", "alpine", "blueyonder"])

    def Company(self):
        return self.company().capitalize()

    def env(self):
        return self.c(["dev", "test", "qa", "uat", "staging", "prod"])

    def person(self):
        first = self.c(["anna", "ben", "chloe", "dmitri", "elena", "farid", "greta",
                        "hiro", "ines", "jonas", "kavya", "lucas", "maria", "noah",
                        "olga", "priya", "quentin", "rosa", "sven", "tariq"])
        last = self.c(["schmidt", "okafor", "nguyen", "larsen", "patel", "moreau",
                       "rossi", "kowalski", "haddad", "tanaka", "silva", "novak"])
        return first, last

    def email(self, dom=None):
        f, l = self.person()
        return "%s.%s@%s.com" % (f, l, dom or self.company())

    def ns_account(self):
        acct = str(self.i(1000000, 9999999))
        if self.p(0.4):
            acct += "_SB" + str(self.i(1, 3))
        return acct

    def sap_sid(self):
        return self.c(["ECP", "S4P", "S4Q", "PRD", "QAS", "DEV", "ERP", "BWP", "EWM"]) \
            if self.p(0.7) else self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + \
            self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 2)

    def host(self, kind="erp"):
        co = self.company()
        return self.c(["%s-%s.%s.internal" % (kind, self.env(), co),
                       "%s%02d.%s.local" % (kind, self.i(1, 40), co),
                       "%s.%s-corp.net" % (kind, co)])

    def ip(self):
        return "10.%d.%d.%d" % (self.i(0, 254), self.i(0, 254), self.i(2, 250))

    def ion_tenant(self):
        return "%s%s_%s" % (self.company().upper(), self.c(["", "", str(self.i(1, 9))]),
                            self.c(["PRD", "TST", "AX1", "AX2", "DEM", "TRN"]))

    def region(self):
        return self.c(["eu10", "us10", "eu20", "ap10", "us20", "jp10"])

    def semver(self):
        return "%d.%d.%d" % (self.i(1, 4), self.i(0, 12), self.i(0, 30))

    def date(self):
        return "20%02d-%02d-%02d" % (self.i(21, 25), self.i(1, 12), self.i(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.i(0, 23), self.i(0, 59),
                                            self.i(0, 59), self.i(0, 999))


# --------------------------------------------------------------------------
# secret generators (random, documented shapes)
# --------------------------------------------------------------------------

def s_hex64(g):
    return g.hexs(64)


def s_hex32(g):
    return g.hexs(32)


def s_sf_consumer_secret(g):
    return g.hexs(64, upper=True)


def s_xsuaa_new(g):
    return "%s$%s=" % (g.uuid(), g.b64url(32)[:43])


def s_xsuaa_old(g):
    return g.b64(20)  # 28 chars, one '=' pad


def s_xsuaa(g):
    return s_xsuaa_new(g) if g.p(0.6) else s_xsuaa_old(g)


def s_ion_cs(g):
    return g.chars(B64URL, 63)


def s_ion_sask(g):
    return g.chars(B64URL, 70)


def s_workato(g):
    return g.hexs(64)


def s_workato_hmac(g):
    return g.b64(32)


def s_boomi(g):
    return g.uuid()


def s_azure_secret(g):
    al = ALNUM + "_.~-"
    return g.chars(al, 3) + str(g.i(0, 9)) + "Q~" + g.chars(al, 34)


def s_akeneo(g):
    head = g.chars(B36, g.i(8, 14))
    return head + g.chars("048cgkosw", 50 - len(head))


def s_acumatica(g):
    return g.chars(B64URL, 22)


def s_epicor(g):
    return g.alnum(64)


def s_workday_secret(g):
    return g.chars(ALNUM, 86)


def s_celigo(g):
    return g.hexs(32)


def s_password(g):
    return g.password()


def s_url_password(g):
    return g.password(symbols="-_.~")


def s_xml_password(g):
    return g.password(symbols="!#%*-_.^+")


def s_mule_key(g):
    return g.alnum(g.c([16, 24, 32]))


def s_storage_key(g):
    return g.b64(64)


def s_sas_key(g):
    return g.b64(32)


def s_bc_wsak(g):
    return g.b64(32)


def s_logicapp_sig(g):
    return g.b64url(32)


def s_sas_sig(g):
    raw = g.b64(32)
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


# --------------------------------------------------------------------------
# private / public key builders (structurally valid, random numbers)
# --------------------------------------------------------------------------

def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def _wrap(s, n):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def openssh_ed25519(g, comment):
    pk = g.raw(32)
    sk = g.raw(32)
    pub = _sshstr("ssh-ed25519") + _sshstr(pk)
    chk = g.raw(4)
    priv = chk + chk + _sshstr("ssh-ed25519") + _sshstr(pk) + _sshstr(sk + pk) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"")
            + struct.pack(">I", 1) + _sshstr(pub) + _sshstr(priv))
    body = _wrap(base64.b64encode(blob).decode(), 70)
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + body +
            "\n-----END OPENSSH PRIVATE KEY-----")


def ssh_ed25519_pub(g, comment):
    blob = _sshstr("ssh-ed25519") + _sshstr(g.raw(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + (" " + comment if comment else "")


def ssh_rsa_pub(g, comment):
    n = g.raw(256)
    n = bytes([n[0] | 0x80]) + n[1:]
    blob = _sshstr("ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + n)
    return "ssh-rsa " + base64.b64encode(blob).decode() + (" " + comment if comment else "")


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(b):
    if b[0] & 0x80:
        b = b"\x00" + b
    return b"\x02" + _der_len(len(b)) + b


def _der_seq(parts):
    body = b"".join(parts)
    return b"\x30" + _der_len(len(body)) + body


def rsa_pem(g, bits=2048):
    nb = bits // 8
    hb = nb // 2

    def big(k):
        x = g.raw(k)
        return bytes([x[0] | 0x80]) + x[1:]
    der = _der_seq([_der_int(b"\x00"), _der_int(big(nb)), _der_int(b"\x01\x00\x01"),
                    _der_int(big(nb)), _der_int(big(hb)), _der_int(big(hb)),
                    _der_int(big(hb)), _der_int(big(hb)), _der_int(big(hb))])
    body = _wrap(base64.b64encode(der).decode(), 64)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----"


def pem_block(g, label, nbytes):
    raw = g.raw(nbytes)
    if label == "CERTIFICATE":  # DER SEQUENCE { SEQUENCE { ... } } header like a real X.509 cert
        inner = nbytes - 8
        raw = (b"\x30\x82" + (nbytes - 4).to_bytes(2, "big") + b"\x30\x82" + inner.to_bytes(2, "big")
               + b"\xa0\x03\x02\x01\x02\x02" + raw[14:])
    body = _wrap(base64.b64encode(raw).decode(), 64)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


def spki_b64(g):
    n = g.raw(256)
    n = bytes([n[0] | 0x80]) + n[1:]
    rsa = _der_seq([_der_int(n), _der_int(b"\x01\x00\x01")])
    alg = bytes.fromhex("300d06092a864886f70d0101010500")
    bit = b"\x03" + _der_len(len(rsa) + 1) + b"\x00" + rsa
    return base64.b64encode(_der_seq([alg, bit])).decode()


def pem_first_line(pem):
    return pem.split("\n", 1)[0]


# --------------------------------------------------------------------------
# negative slot values
# --------------------------------------------------------------------------

DOC_EXAMPLES = {
    # NetSuite help "Creating the Token Password" example values
    "netsuite": ["71cc02b731f05895561ef0862d71553a3ac99498a947c3b7beaf4a1e4a29f7c4",
                 "89e08d9767c5ac85b374415725567d05b54ecf0960ad2470894a52f741020d82",
                 "7278da58caf07f5c336301a601203d10a58e948efa280f0618e25fcee1ef2abd",
                 "060cd9ab3ffbbe1e3d3918e90165ffd37ab12acc76b4691046e2d29c7d7674c2"],
    # docs.workato.com api-mgmt/auth-token example
    "workato": ["ed776fdfbf5003b4aa6bcaafea8f9003ffb6986454822ce7ebb3c1a8efc08348"],
    # api.akeneo.com authentication_old create-client example
    "akeneo": ["5dyvo1z6y34so4ogkgksw88ookoows00cgoc488kcs8wk4c40s"],
    # Dataverse XRM tooling doc example password
    "dynamics": ["passcode"],
}


def neg_slot(g, ctx, hint, provider, mule=False):
    """A non-secret value that fits the slot's syntax context."""
    up = hint.upper().replace(".", "_").replace("-", "_")
    low = hint.lower()
    common = [
        "<your-%s>" % low.replace(".", "-").replace("_", "-"),
        "YOUR_%s_HERE" % up,
        "changeme", "CHANGE_ME", "x" * g.c([8, 16, 32, 40]), "REPLACE_ME", "TODO",
        "********", "****", "[REDACTED]", "<redacted>", "", "dummy",
        "${%s}" % up, "{{%s}}" % low.replace(".", "_"),
        "$(%s)" % "".join(w.capitalize() for w in low.replace(".", "_").split("_")),
        "#{%s}#" % up, "__%s__" % up, "${env:%s}" % up,
        "vault:secret/data/integration/%s#%s" % (g.env(), low.replace(".", "_")),
        "op://Integrations/%s/%s" % (provider.capitalize(), low.replace(".", "-")),
        "((%s))" % low.replace(".", "-").replace("_", "-"),
        "arn:aws:secretsmanager:eu-west-1:%d:secret:int/%s-%s" % (
            g.i(100000000000, 999999999999), low.replace(".", "-"), g.alnum(6)),
    ]
    if mule:
        common += ["${secure::%s}" % low, "![%s]" % g.b64(g.c([16, 32, 48])), "![%s]" % g.b64(32),
                   "${secure::%s}" % low]
    docs = DOC_EXAMPLES.get(provider, [])
    if ctx == "xml":
        pool = [v for v in common if not any(ch in v for ch in "<>&")]
    elif ctx == "url":
        pool = ["REDACTED", "****", "xxxxxxxx", "PASSWORD", "%7BSECRET%7D",
                "changeme", "SIG_REMOVED", "${%s}" % up, "__%s__" % up, "{{%s}}" % low]
    elif ctx == "sh":
        pool = [v for v in common if not any(ch in v for ch in "'<>")]
    else:
        pool = list(common)
    if docs and ctx != "url" and g.p(0.3):
        return g.c(docs)
    return g.c(pool)


# --------------------------------------------------------------------------
# positive templates: each returns (relpath, text); the slot value is `s`.
# --------------------------------------------------------------------------

POS = []


def pos(provider, kind, gen, ctx="str", hint="client_secret", reuse=True, pem=False, mule=False):
    def deco(f):
        POS.append(dict(f=f, provider=provider, kind=kind, gen=gen, ctx=ctx,
                        hint=hint, reuse=reuse, pem=pem, mule=mule, name=f.__name__))
        return f
    return deco


# ---------------------------- MuleSoft ------------------------------------

@pos("mulesoft", "client_secret", s_hex32, hint="anypoint.mq.clientSecret", mule=True)
def t_mule_props(g, s, neg):
    env = g.env()
    key = g.nm("anypoint.mq.clientSecret", ["mq.auth.value", "broker.credential", "mq.client.pass"])
    path = "src/main/resources/config/%s.properties" % env
    t = """# @@app@@ - @@env@@ configuration
# Managed by the integration team; secure values live in secure-@@env@@.properties
http.listener.port=8081
http.listener.basePath=/api/v1/*
api.id=@@apiid@@

# Anypoint MQ
anypoint.mq.url=https://mq-@@region@@.anypoint.mulesoft.com/api/v1
anypoint.mq.clientId=@@cid@@
@@key@@=@@s@@
anypoint.mq.queue.orders=@@env@@-orders-inbound
anypoint.mq.queue.dlq=@@env@@-orders-dlq

# NetSuite
netsuite.account=@@acct@@
netsuite.wsdl.version=2023_2
netsuite.retry.count=3
"""
    return path, fill(t, app=g.c(["order-sync-api", "erp-process-api", "inventory-sapi"]),
                      env=env, apiid=g.i(17000000, 19999999), region=g.c(["eu-central-1", "us-east-1", "us-west-2"]),
                      cid=g.hexs(32), key=key, s=s, acct=g.ns_account())


@pos("netsuite", "token_secret", s_hex64, hint="netsuite.tokenSecret", mule=True)
def t_mule_yaml(g, s, neg):
    env = g.env()
    k = g.nm("tokenSecret", ["tokenKey2", "tbaSecondary", "sig"])
    t = """# config-@@env@@.yaml
http:
  port: "8081"
  host: "0.0.0.0"
netsuite:
  account: "@@acct@@"
  realm: "@@acct@@"
  consumerKey: "${secure::netsuite.consumerKey}"
  consumerSecret: "${secure::netsuite.consumerSecret}"
  tokenId: "${secure::netsuite.tokenId}"
  @@k@@: "@@s@@"
  signatureAlgorithm: "HMAC_SHA256"
  readTimeout: "120000"
scheduler:
  frequency: "300000"
  startDelay: "60000"
"""
    return "src/main/resources/config-%s.yaml" % env, fill(t, env=env, acct=g.ns_account(), k=k, s=s)


@pos("workday", "password", s_xml_password, ctx="xml", hint="workday.password", mule=True)
def t_mule_xml_basic(g, s, neg):
    co = g.company()
    t = """<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:http="http://www.mulesoft.org/schema/mule/http"
      xmlns:doc="http://www.mulesoft.org/schema/mule/documentation"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      xsi:schemaLocation="http://www.mulesoft.org/schema/mule/core http://www.mulesoft.org/schema/mule/core/current/mule.xsd
        http://www.mulesoft.org/schema/mule/http http://www.mulesoft.org/schema/mule/http/current/mule-http.xsd">

    <configuration-properties file="config/${env}.properties" doc:name="Configuration properties"/>

    <http:request-config name="Workday_RaaS_Config" doc:name="HTTP Request configuration">
        <http:request-connection protocol="HTTPS" host="wd3-services1.myworkday.com" port="443">
            <http:authentication>
                <http:basic-authentication username="ISU_Mule_@@co@@@@@co@@" password="@@s@@"/>
            </http:authentication>
        </http:request-connection>
    </http:request-config>

    <flow name="get-workers-report-flow">
        <scheduler doc:name="Every 4h">
            <scheduling-strategy><fixed-frequency frequency="4" timeUnit="HOURS"/></scheduling-strategy>
        </scheduler>
        <http:request method="GET" config-ref="Workday_RaaS_Config"
                      path="/ccx/service/customreport2/@@co@@/ISU_Mule_@@co@@/Active_Workers?format=json"/>
        <logger level="INFO" message="#[sizeOf(payload.Report_Entry default [])] workers received"/>
    </flow>
</mule>
"""
    return "src/main/mule/workday-raas.xml", fill(t, co=co, s=s)


@pos("edi-sftp", "password", s_xml_password, ctx="xml", hint="sftp.password", mule=True)
def t_mule_xml_sftp(g, s, neg):
    partner = g.c(["walmart", "target", "kroger", "costco", "homedepot", "lowes", "bestbuy"])
    attr = g.nm("password", "password")
    t = """<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:sftp="http://www.mulesoft.org/schema/mule/sftp"
      xmlns:doc="http://www.mulesoft.org/schema/mule/documentation">

    <!-- EDI partner drop: @@partner@@ (X12 850/855/856/810) -->
    <sftp:config name="SFTP_@@P@@" doc:name="SFTP Config">
        <sftp:connection host="sftp.@@partner@@-edi.com" port="22"
                         username="@@user@@" @@attr@@="@@s@@"
                         connectionTimeout="30" workingDir="/outbound/850"/>
    </sftp:config>

    <flow name="@@partner@@-850-inbound">
        <sftp:listener config-ref="SFTP_@@P@@" directory="/outbound/850" autoDelete="false">
            <scheduling-strategy><fixed-frequency frequency="10" timeUnit="MINUTES"/></scheduling-strategy>
            <sftp:matcher filenamePattern="*.edi"/>
        </sftp:listener>
        <flow-ref name="x12-parse-subflow"/>
    </flow>
</mule>
"""
    return "src/main/mule/edi/%s-sftp.xml" % partner, fill(
        t, partner=partner, P=partner.upper(), user=g.c(["AS2%s" % g.company().upper(), "edi_%s" % g.company(), "%s_prod" % g.company()]),
        attr=attr, s=s)


@pos("workday", "client_secret", s_workday_secret, ctx="xml", hint="workday.clientSecret", mule=True)
def t_mule_xml_oauth(g, s, neg):
    tenant = g.company() + g.c(["", "_preview", "_impl"])
    t = """<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:http="http://www.mulesoft.org/schema/mule/http"
      xmlns:oauth="http://www.mulesoft.org/schema/mule/oauth">

    <http:request-config name="Workday_REST">
        <http:request-connection host="wd2-impl-services1.workday.com" protocol="HTTPS" port="443">
            <http:authentication>
                <oauth:client-credentials-grant-type
                    clientId="@@cid@@"
                    clientSecret="@@s@@"
                    tokenUrl="https://wd2-impl-services1.workday.com/ccx/oauth2/@@tenant@@/token"/>
            </http:authentication>
        </http:request-connection>
    </http:request-config>
</mule>
"""
    return "src/main/mule/global-workday.xml", fill(t, cid=g.b64url(27)[:36], s=s, tenant=tenant)


@pos("mulesoft", "client_secret", s_hex32, ctx="xml", hint="anypoint.connectedApp.secret")
def t_mule_pom(g, s, neg):
    grp = g.uuid()
    t = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/maven-v4_0_0.xsd">
    <modelVersion>4.0.0</modelVersion>
    <groupId>@@grp@@</groupId>
    <artifactId>@@art@@</artifactId>
    <version>@@ver@@</version>
    <packaging>mule-application</packaging>
    <name>@@art@@</name>

    <properties>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        <app.runtime>4.6.4</app.runtime>
        <mule.maven.plugin.version>4.1.1</mule.maven.plugin.version>
    </properties>

    <build>
        <plugins>
            <plugin>
                <groupId>org.mule.tools.maven</groupId>
                <artifactId>mule-maven-plugin</artifactId>
                <version>${mule.maven.plugin.version}</version>
                <extensions>true</extensions>
                <configuration>
                    <cloudhub2Deployment>
                        <uri>https://anypoint.mulesoft.com</uri>
                        <provider>MC</provider>
                        <environment>@@envn@@</environment>
                        <target>Cloudhub-EU-Central-1</target>
                        <muleVersion>${app.runtime}</muleVersion>
                        <connectedAppClientId>@@cid@@</connectedAppClientId>
                        <connectedAppClientSecret>@@s@@</connectedAppClientSecret>
                        <connectedAppGrantType>client_credentials</connectedAppGrantType>
                        <applicationName>@@art@@-@@env@@</applicationName>
                        <replicas>1</replicas>
                        <vCores>0.1</vCores>
                    </cloudhub2Deployment>
                </configuration>
            </plugin>
        </plugins>
    </build>
</project>
"""
    env = g.env()
    return "pom.xml", fill(t, grp=grp, art=g.c(["sap-order-papi", "netsuite-sapi", "edi-850-eapi", "workday-hr-sapi"]),
                           ver=g.semver(), envn=env.capitalize(), env=env, cid=g.hexs(32), s=s)


@pos("mulesoft", "client_secret", s_hex32, ctx="xml", hint="exchange.client.secret")
def t_mule_settings(g, s, neg):
    t = """<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>anypoint-exchange-v3</id>
      <username>~~~Client~~~</username>
      <password>@@cid@@~?~@@s@@</password>
    </server>
    <server>
      <id>mulesoft-releases-ee</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>mule</id>
      <repositories>
        <repository>
          <id>anypoint-exchange-v3</id>
          <url>https://maven.anypoint.mulesoft.com/api/v3/maven</url>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>mule</activeProfile></activeProfiles>
</settings>
"""
    return g.c([".maven/settings.xml", "ci/settings.xml", ".mvn/settings.xml"]), fill(t, cid=g.hexs(32), s=s)


@pos("mulesoft", "client_secret", s_hex32, ctx="sh", hint="anypoint.client.secret")
def t_mule_gha(g, s, neg):
    t = """name: deploy-@@app@@

on:
  push:
    branches: [ main ]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
          cache: maven
      - name: Deploy to CloudHub 2.0
        run: >
          mvn -B deploy -DmuleDeploy -DskipMunitTests
          -Danypoint.platform.client_id=@@cid@@
          -Danypoint.platform.client_secret=@@s@@
          -Denv=@@env@@
          -Dmule.key=${{ secrets.MULE_KEY }}
"""
    return ".github/workflows/deploy.yml", fill(t, app=g.c(["erp-sync", "edi-gateway", "hr-integration"]),
                                                  cid=g.hexs(32), s=s, env=g.env())


@pos("mulesoft", "encryption_key", s_mule_key, ctx="sh", hint="mule.key")
def t_mule_jenkins(g, s, neg):
    flag = g.nm("mule.key", ["secure.key", "runtime.key", "props.key"])
    t = """pipeline {
    agent { label 'maven' }
    environment {
        ANYPOINT = credentials('anypoint-connected-app')
        APP_ENV = '@@env@@'
    }
    stages {
        stage('Test') {
            steps {
                sh "mvn -B clean test -D@@flag@@=@@s@@ -Denv=${APP_ENV}"
            }
        }
        stage('Deploy') {
            when { branch 'release/*' }
            steps {
                sh 'mvn -B deploy -DmuleDeploy -Danypoint.client_id=$ANYPOINT_USR -Danypoint.client_secret=$ANYPOINT_PSW'
            }
        }
    }
    post { always { junit 'target/surefire-reports/*.xml' } }
}
"""
    return "Jenkinsfile", fill(t, env=g.env(), flag=flag, s=s)


@pos("epicor", "api_key", s_epicor, hint="epicor.apiKey")
def t_dataweave(g, s, neg):
    var = g.nm("apiKey", ["k", "hdrValue", "epicorKey"])
    t = """%dw 2.0
output application/java
// Builds the request headers for Epicor Kinetic REST v2 calls
var @@var@@ = "@@s@@"
var company = "@@co@@"
---
{
    headers: {
        "x-api-key": @@var@@,
        "Accept": "application/json",
        "CallSettings": write({ Company: company, Plant: "MfgSys" }, "application/json") as String
    },
    queryParams: {
        "$top": vars.pageSize default 100,
        "$skip": vars.offset default 0
    }
}
"""
    return "src/main/resources/dwl/epicor-request-headers.dwl", fill(t, var=var, s=s, co=g.c(["EPIC06", "EPIC03", "MAIN", "US01"]))


@pos("mulesoft", "client_secret", s_hex32, ctx="sh", hint="anypoint.client.secret")
def t_anypoint_cli(g, s, neg):
    t = """#!/usr/bin/env bash
# Redeploys an app to CloudHub 2.0 with the anypoint-cli-v4
set -euo pipefail

APP="${1:?usage: redeploy.sh <app-name> [env]}"
ENV_NAME="${2:-Sandbox}"
ORG_ID="@@org@@"

anypoint-cli-v4 conf client_id @@cid@@
anypoint-cli-v4 conf client_secret @@s@@
anypoint-cli-v4 conf organization "$ORG_ID"

anypoint-cli-v4 runtime-mgr application modify "$APP" \\
  --environment "$ENV_NAME" \\
  --runtimeVersion 4.6.4:2e-java17

anypoint-cli-v4 runtime-mgr application describe "$APP" --environment "$ENV_NAME" -o json | jq '.status'
"""
    return "scripts/redeploy.sh", fill(t, org=g.uuid(), cid=g.hexs(32), s=s)


@pos("salesforce", "client_secret", s_sf_consumer_secret, hint="salesforce.consumerSecret", mule=True)
def t_mule_sf_yaml(g, s, neg):
    k = g.nm("consumerSecret", ["cs", "appSecret"])
    t = """salesforce:
  auth: "oauth-jwt-or-client-credentials"
  url: "https://@@co@@.my.salesforce.com"
  apiVersion: "60.0"
  consumerKey: "3MVG9@@ck@@"
  @@k@@: "@@s@@"
  batchSize: "200"
netsuite:
  account: "@@acct@@"
  consumerKey: "${secure::ns.ck}"
"""
    return "src/main/resources/properties/%s.yaml" % g.env(), fill(
        t, co=g.company(), ck=g.chars(ALNUM + "._", 76), k=k, s=s, acct=g.ns_account())


# ---------------------------- Boomi ---------------------------------------

@pos("boomi", "password", s_password, hint="connection.password")
def t_boomi_envext(g, s, neg):
    t = """{
  "@type": "EnvironmentExtensions",
  "environmentId": "@@envid@@",
  "extensionGroupId": "",
  "id": "@@envid@@",
  "connections": {
    "@type": "Connections",
    "connection": [
      {
        "@type": "Connection",
        "field": [
          { "@type": "Field", "id": "host", "value": "@@host@@", "useDefault": false },
          { "@type": "Field", "id": "port", "value": "22", "useDefault": false },
          { "@type": "Field", "id": "user", "value": "@@user@@", "useDefault": false },
          { "@type": "Field", "id": "password", "usesEncryption": true, "value": "@@s@@", "useDefault": false }
        ],
        "id": "@@connid@@",
        "name": "SFTP - @@name@@"
      }
    ]
  },
  "processProperties": {
    "@type": "OverrideProcessProperties",
    "ProcessProperty": []
  }
}
"""
    return "boomi/extensions/%s-env-extensions.json" % g.env(), fill(
        t, envid=g.uuid(), host=g.host("sftp"), user="boomi_" + g.company(), s=s, connid=g.uuid(),
        name=g.c(["3PL Warehouse", "Bank Lockbox", "EDI VAN", "Payroll Export"]))


@pos("boomi", "api_token", s_boomi, hint="boomi.api.token")
def t_boomi_py(g, s, neg):
    user = g.email()
    var = g.nm("BOOMI_API_TOKEN", ["AUTH_PW", "_cred", "svc_value"])
    t = """\"\"\"Promote a packaged component to an environment via the Boomi Platform API.\"\"\"
import sys
import requests

ACCOUNT_ID = "@@acct@@"
BASE = f"https://api.boomi.com/api/rest/v1/{ACCOUNT_ID}"
USER = "BOOMI_TOKEN.@@user@@"
@@var@@ = "@@s@@"


def deploy(package_id: str, environment_id: str) -> dict:
    body = {"environmentId": environment_id, "packageId": package_id, "notes": "ci promotion"}
    r = requests.post(f"{BASE}/DeployedPackage", json=body,
                      auth=(USER, @@var@@), headers={"Accept": "application/json"}, timeout=60)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(deploy(sys.argv[1], sys.argv[2]))
"""
    return "tools/boomi_promote.py", fill(t, acct="%s-%s" % (g.company(), g.alnum(6).upper()),
                                          user=user, var=var, s=s)


@pos("boomi", "api_token", s_boomi, ctx="sh", hint="boomi.token")
def t_boomi_md(g, s, neg):
    user = g.email()
    t = """# Runbook: re-run a failed Boomi execution

1. Find the execution id in Process Reporting (looks like `execution-<uuid>-<date>`).
2. Re-run it from the API:

```bash
curl -s -X POST \\
  -u 'BOOMI_TOKEN.@@user@@:@@s@@' \\
  -H 'Content-Type: application/json' \\
  -d '{"executionId":"execution-@@exe@@-@@d@@","processId":"@@proc@@"}' \\
  https://api.boomi.com/api/rest/v1/@@acct@@/ExecutionRequest
```

3. Check the Atom log on `@@atom@@` if the process fails again.
4. Escalate to #integration-oncall after two failures.
"""
    return "docs/runbooks/boomi-rerun.md", fill(t, user=user, s=s, exe=g.uuid(), d=g.date().replace("-", ""),
                                                proc=g.uuid(), acct="%s-%s" % (g.company(), g.alnum(6).upper()),
                                                atom=g.host("atom"))


@pos("boomi", "api_key", s_celigo, ctx="xml", hint="api.key")
def t_boomi_xml(g, s, neg):
    t = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<bns:Component xmlns:bns="http://api.platform.boomi.com/" componentId="@@cid@@" version="@@v@@"
    name="Celigo Sync - Process Properties" type="processproperty" createdBy="@@user@@"
    folderName="Integrations/Celigo" deleted="false" currentVersion="true">
  <bns:encryptedValues/>
  <bns:object>
    <DefinedProcessProperties>
      <definedProcessProperty key="@@k1@@" label="Base URL" type="string" persisted="false">
        <defaultValue>https://api.integrator.io/v1</defaultValue>
      </definedProcessProperty>
      <definedProcessProperty key="@@k2@@" label="API Token" type="string" persisted="false">
        <defaultValue>@@s@@</defaultValue>
      </definedProcessProperty>
      <definedProcessProperty key="@@k3@@" label="Page Size" type="number" persisted="false">
        <defaultValue>500</defaultValue>
      </definedProcessProperty>
    </DefinedProcessProperties>
  </bns:object>
</bns:Component>
"""
    return "boomi/components/celigo-process-properties.xml", fill(
        t, cid=g.uuid(), v=g.i(2, 40), user=g.email(), k1=g.uuid(), k2=g.uuid(), k3=g.uuid(), s=s)


@pos("workday", "password", s_password, ctx="sh", hint="isu.password")
def t_boomi_groovy(g, s, neg):
    var = g.nm("isuPassword", ["p", "pwd2", "wdCred"])
    t = """import com.boomi.execution.ExecutionUtil
import java.util.Properties
import java.io.InputStream

// Data Process step: adds the Workday ISU basic-auth header to each document
def logger = ExecutionUtil.getBaseLogger()
String isuUser = "ISU_Boomi_Integration@@@tenant@@"
String @@var@@ = '@@s@@'
String header = "Basic " + "${isuUser}:${@@var@@}".bytes.encodeBase64().toString()

for (int i = 0; i < dataContext.getDataCount(); i++) {
    InputStream is = dataContext.getStream(i)
    Properties props = dataContext.getProperties(i)
    props.setProperty("document.dynamic.userdefined.AUTH_HEADER", header)
    dataContext.storeStream(is, props)
}
logger.info("auth header set on " + dataContext.getDataCount() + " documents")
"""
    return "boomi/scripts/workday-auth-header.groovy", fill(t, tenant=g.company(), var=var, s=s)


# ---------------------------- Workato -------------------------------------

@pos("workato", "api_token", s_workato, hint="api_token")
def t_workato_settings(g, s, neg):
    k = g.nm("api_token", ["token", "auth_value"])
    t = """# Local settings for `workato exec` (SDK gem). Do not deploy.
@@k@@: "@@s@@"
base_url: "https://@@host@@/api"
environment: "@@env@@"
erp_connection:
  host: "@@erp@@"
  company_id: "@@coid@@"
"""
    return g.c(["connectors/erp_bridge/settings.yaml", "sdk/netsuite_plus/settings.yaml"]), fill(
        t, k=k, s=s, host=g.c(["www.workato.com", "app.eu.workato.com", "app.jp.workato.com"]),
        env=g.env(), erp=g.host("erp"), coid=g.i(1000, 99999))


@pos("workato", "api_token", s_workato, ctx="sh", hint="workato.token")
def t_workato_sh(g, s, neg):
    t = """#!/bin/sh
# Export a recipe manifest package from the DEV workspace and download it.
set -e
HOST="https://@@host@@"
MANIFEST_ID="@@mid@@"

job=$(curl -s -X POST "$HOST/api/packages/export/$MANIFEST_ID" \\
  -H "Authorization: Bearer @@s@@")
pkg=$(echo "$job" | jq -r '.id')
sleep 10
curl -s "$HOST/api/packages/$pkg" -H "Authorization: Bearer $WORKATO_TOKEN" | jq '.status'
"""
    return "scripts/export_manifest.sh", fill(t, host=g.c(["www.workato.com", "app.eu.workato.com"]),
                                              mid=g.i(10000, 99999), s=s)


@pos("workato", "api_token", s_workato, hint="workato.api.token")
def t_workato_apiplatform_py(g, s, neg):
    var = g.nm("WORKATO_API_TOKEN", ["HDR", "access_value", "T"])
    t = """import json
import urllib.request

# Calls the "create-sales-order" API recipe exposed on the Workato API platform
ENDPOINT = "https://apim.workato.com/@@co@@/erp-orders-v1/sales-orders"
@@var@@ = "@@s@@"


def push_order(order: dict) -> dict:
    req = urllib.request.Request(ENDPOINT, data=json.dumps(order).encode(), method="POST")
    req.add_header("API-TOKEN", @@var@@)
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)
"""
    return "clients/workato_orders.py", fill(t, co=g.company() + str(g.i(1, 99)), var=var, s=s)


@pos("workato", "signing_secret", s_workato_hmac, hint="jwt.hmac.secret")
def t_workato_jwt(g, s, neg):
    k = g.nm("hmac_secret", ["shared", "sig_material"])
    t = """{
  "client": "@@name@@",
  "access_profile": "jwt-hmac",
  "issuer": "@@co@@-integration",
  "audience": "apim.workato.com",
  "algorithm": "HS256",
  "@@k@@": "@@s@@",
  "token_ttl_seconds": 300,
  "claims": { "sub": "@@name@@", "wkt_api_group": "erp-orders" }
}
"""
    return "config/workato-jwt.json", fill(t, name=g.c(["portal-backend", "b2b-gateway", "ops-dashboard"]),
                                           co=g.company(), k=k, s=s)


# ---------------------------- Celigo --------------------------------------

@pos("celigo", "api_token", s_celigo, hint="io.token")
def t_celigo_js(g, s, neg):
    var = g.nm("CELIGO_API_TOKEN", ["ioKey", "bearer", "AUTH"])
    t = """'use strict';
const axios = require('axios');

const IO_BASE = 'https://api.integrator.io/v1';
const @@var@@ = '@@s@@';

async function listFlows(integrationId) {
  const res = await axios.get(`${IO_BASE}/integrations/${integrationId}/flows`, {
    headers: { Authorization: `Bearer ${@@var@@}` },
    timeout: 20000,
  });
  return res.data.map((f) => ({ id: f._id, name: f.name, disabled: f.disabled }));
}

module.exports = { listFlows };
"""
    return "tools/celigo/list-flows.js", fill(t, var=var, s=s)


@pos("celigo", "api_token", s_celigo, hint="celigo.token")
def t_celigo_gitlab(g, s, neg):
    t = """stages: [backup]

variables:
  IO_API: "https://api.integrator.io/v1"
  CELIGO_TOKEN: "@@s@@"
  BACKUP_BUCKET: "s3://@@co@@-integration-backups/celigo"

nightly-export:
  stage: backup
  image: curlimages/curl:8.7.1
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  script:
    - curl -sf -H "Authorization: Bearer $CELIGO_TOKEN" "$IO_API/integrations" -o integrations.json
    - curl -sf -H "Authorization: Bearer $CELIGO_TOKEN" "$IO_API/flows" -o flows.json
  artifacts:
    paths: [integrations.json, flows.json]
    expire_in: 7 days
"""
    return ".gitlab-ci.yml", fill(t, s=s, co=g.company())


@pos("celigo", "api_token", s_celigo, hint="bearer_token")
def t_celigo_postman(g, s, neg):
    t = """{
  "info": {
    "_postman_id": "@@pid@@",
    "name": "integrator.io - ops",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "@@s@@", "type": "string" } ]
  },
  "item": [
    {
      "name": "List jobs (errors)",
      "request": {
        "method": "GET",
        "url": { "raw": "https://api.integrator.io/v1/jobs?status=failed", "protocol": "https",
                 "host": ["api", "integrator", "io"], "path": ["v1", "jobs"],
                 "query": [ { "key": "status", "value": "failed" } ] }
      }
    }
  ]
}
"""
    return "postman/integrator-io.postman_collection.json", fill(t, pid=g.uuid(), s=s)


# ---------------------------- NetSuite ------------------------------------

@pos("netsuite", "token_secret", s_hex64, hint="netsuite.token.secret")
def t_ns_restlet_js(g, s, neg):
    var = g.nm("NS_TOKEN_SECRET", ["tsec", "k2", "restletSig"])
    acct = g.ns_account()
    t = """import OAuth from 'oauth-1.0a';
import crypto from 'node:crypto';

const ACCOUNT = '@@acct@@';
const RESTLET = `https://@@acctl@@.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=@@sid@@&deploy=1`;
const @@var@@ = '@@s@@';

const oauth = new OAuth({
  consumer: { key: process.env.NS_CONSUMER_KEY, secret: process.env.NS_CONSUMER_SECRET },
  signature_method: 'HMAC-SHA256',
  hash_function: (base, key) => crypto.createHmac('sha256', key).update(base).digest('base64'),
  realm: ACCOUNT,
});

export async function callRestlet(body) {
  const token = { key: process.env.NS_TOKEN_ID, secret: @@var@@ };
  const headers = oauth.toHeader(oauth.authorize({ url: RESTLET, method: 'POST' }, token));
  const res = await fetch(RESTLET, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' },
                                      body: JSON.stringify(body) });
  return res.json();
}
"""
    return "src/netsuite/restletClient.mjs", fill(t, acct=acct, acctl=acct.lower().replace("_", "-"),
                                                  sid=g.i(100, 3999), var=var, s=s)


@pos("netsuite", "consumer_secret", s_hex64, hint="consumer_secret")
def t_ns_python(g, s, neg):
    kw = g.nm("consumer_secret", "consumer_secret")
    t = """import os
from netsuite import Config, NetSuite, TokenAuth

# Sandbox connection used by the nightly vendor-bill reconciliation job
config = Config(
    account="@@acct@@",
    auth=TokenAuth(
        consumer_key=os.environ["NS_CONSUMER_KEY"],
        @@kw@@="@@s@@",
        token_id=os.environ["NS_TOKEN_ID"],
        token_secret=os.environ["NS_TOKEN_SECRET"],
    ),
)
ns = NetSuite(config)


async def open_vendor_bills(subsidiary: int):
    q = f"SELECT id, tranid, entity, foreigntotal FROM transaction WHERE type = 'VendBill' AND subsidiary = {subsidiary}"
    return await ns.rest_api.suiteql(q=q, limit=1000)
"""
    return "jobs/reconcile/ns_client.py", fill(t, acct=g.ns_account(), kw=kw, s=s)


@pos("netsuite", "token_secret", s_hex64, hint="ns.tba.tokenSecret")
def t_ns_props(g, s, neg):
    k = g.nm("ns.tba.tokenSecret", ["ns.tba.ts", "ns.auth.part4", "ns.sig.material"])
    t = """# NetSuite SOAP connector (SuiteTalk 2023.2)
ns.endpoint=https://@@acctl@@.suitetalk.api.netsuite.com/services/NetSuitePort_2023_2
ns.account=@@acct@@
ns.applicationId=@@appid@@
ns.tba.consumerKey=${vault.ns.consumerKey}
ns.tba.consumerSecret=${vault.ns.consumerSecret}
ns.tba.tokenId=${vault.ns.tokenId}
@@k@@=@@s@@
ns.search.pageSize=1000
ns.search.bodyFieldsOnly=true
ns.concurrency=4
"""
    acct = g.ns_account()
    return "src/main/resources/netsuite.properties", fill(t, acctl=acct.lower().replace("_", "-"), acct=acct,
                                                          appid=g.uuid(upper=True), k=k, s=s)


@pos("netsuite", "token_secret", s_hex64, hint="TOKEN_SECRET")
def t_ns_postman_env(g, s, neg):
    acct = g.ns_account()
    t = """{
  "id": "@@id@@",
  "name": "NetSuite @@acct@@",
  "values": [
    { "key": "ACCOUNT_ID", "value": "@@acct@@", "type": "default", "enabled": true },
    { "key": "REALM", "value": "@@acct@@", "type": "default", "enabled": true },
    { "key": "CONSUMER_KEY", "value": "", "type": "secret", "enabled": true },
    { "key": "CONSUMER_SECRET", "value": "", "type": "secret", "enabled": true },
    { "key": "TOKEN_ID", "value": "", "type": "secret", "enabled": true },
    { "key": "TOKEN_SECRET", "value": "@@s@@", "type": "secret", "enabled": true },
    { "key": "BASE_URL", "value": "https://@@acctl@@.suitetalk.api.netsuite.com/services/rest", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "@@ts@@",
  "_postman_exported_using": "Postman/10.24.16"
}
"""
    return "postman/netsuite-%s.postman_environment.json" % g.env(), fill(
        t, id=g.uuid(), acct=acct, acctl=acct.lower().replace("_", "-"), s=s, ts=g.ts())


@pos("netsuite", "token_secret", s_hex64, ctx="sh", hint="tokensecret")
def t_ns_sdf_ci(g, s, neg):
    t = """name: sdf-deploy

on:
  workflow_dispatch:
  push:
    branches: [ release ]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm install -g --acceptSuiteCloudSDKLicense @oracle/suitecloud-cli
      - name: Authenticate
        run: >
          suitecloud account:savetoken --account @@acct@@ --authid ci-@@env@@
          --tokenid ${{ secrets.NS_TOKEN_ID }}
          --tokensecret @@s@@
      - run: suitecloud project:deploy --accountspecificvalues WARNING
"""
    return ".github/workflows/sdf-deploy.yml", fill(t, acct=g.ns_account(), env=g.env(), s=s)


@pos("netsuite", "consumer_secret", s_hex64, hint="ConsumerSecret")
def t_ns_csharp(g, s, neg):
    prop = g.nm("ConsumerSecret", "ConsumerSecret")
    t = """using System;
using Integration.NetSuite.Auth;

namespace Integration.NetSuite
{
    public static class NetSuiteClientFactory
    {
        public static NetSuiteClient Create()
        {
            var creds = new TbaCredentials
            {
                Account = "@@acct@@",
                ConsumerKey = Environment.GetEnvironmentVariable("NS_CONSUMER_KEY"),
                @@prop@@ = "@@s@@",
                TokenId = Environment.GetEnvironmentVariable("NS_TOKEN_ID"),
                TokenSecret = Environment.GetEnvironmentVariable("NS_TOKEN_SECRET"),
            };
            return new NetSuiteClient(new Uri("https://@@acctl@@.suitetalk.api.netsuite.com"), creds);
        }
    }
}
"""
    acct = g.ns_account()
    return "src/Integration.NetSuite/NetSuiteClientFactory.cs", fill(
        t, acct=acct, prop=prop, s=s, acctl=acct.lower().replace("_", "-"))


# ---------------------------- SAP BTP -------------------------------------

def _xsuaa_block(g, s, indent):
    sub = g.uuid()
    app = g.c(["erp-bridge", "order-sync", "cpi-adapter", "hr-replication"])
    zone = "%s-%s" % (g.company(), g.alnum(8).lower())
    reg = g.region()
    t = """{
  "apiurl": "https://api.authentication.@@reg@@.hana.ondemand.com",
  "clientid": "sb-@@app@@-@@sub8@@!b@@b1@@|xsuaa!b@@b2@@",
  "clientsecret": "@@s@@",
  "credential-type": "binding-secret",
  "identityzone": "@@zone@@",
  "identityzoneid": "@@tid@@",
  "sburl": "https://internal-xsuaa.authentication.@@reg@@.hana.ondemand.com",
  "subaccountid": "@@tid@@",
  "tenantid": "@@tid@@",
  "tenantmode": "dedicated",
  "uaadomain": "authentication.@@reg@@.hana.ondemand.com",
  "url": "https://@@zone@@.authentication.@@reg@@.hana.ondemand.com",
  "verificationkey": "-----BEGIN PUBLIC KEY-----@@pk@@-----END PUBLIC KEY-----",
  "xsappname": "@@app@@-@@sub8@@!b@@b1@@"
}"""
    out = fill(t, reg=reg, app=app, sub8=sub[:8], b1=g.i(1000, 99999), b2=g.i(1000, 99999), s=s,
               zone=zone, tid=g.uuid(), pk=spki_b64(g)).rstrip("\n")
    return "\n".join((indent + line) if k else line for k, line in enumerate(out.split("\n")))


@pos("sap", "client_secret", s_xsuaa, hint="clientsecret")
def t_xsuaa_key(g, s, neg):
    return "deploy/service-keys/xsuaa-%s.json" % g.env(), _xsuaa_block(g, s, "") + "\n"


@pos("sap", "client_secret", s_xsuaa, hint="clientsecret")
def t_default_env(g, s, neg):
    t = """{
  "VCAP_SERVICES": {
    "xsuaa": [
      {
        "label": "xsuaa",
        "plan": "application",
        "name": "@@svc@@-uaa",
        "tags": ["xsuaa"],
        "credentials": @@block@@
      }
    ]
  },
  "destinations": [
    { "name": "S4HANA", "url": "https://@@s4@@:44300", "forwardAuthToken": true }
  ]
}
"""
    return "default-env.json", fill(t, svc=g.c(["orders", "bp-replication", "invoice-hub"]),
                                    block=_xsuaa_block(g, s, "        "), s4=g.host("s4"))


@pos("sap", "client_secret", s_xsuaa, hint="cpi.clientsecret")
def t_cpi_yaml(g, s, neg):
    k = g.nm("clientsecret", ["secretValue", "cs"])
    reg = g.region()
    t = """# SAP Cloud Integration (process integration runtime) - used by the iFlow deploy scripts
tenant:
  name: "@@co@@-@@env@@"
  management_url: "https://@@co@@-@@env@@.it-cpi0@@n@@.cfapps.@@reg@@.hana.ondemand.com"
  token_url: "https://@@co@@-@@env@@.authentication.@@reg@@.hana.ondemand.com/oauth/token"
oauth:
  clientid: "sb-@@sub@@!b@@b1@@|it!b@@b2@@"
  @@k@@: "@@s@@"
packages:
  - id: "Z_OrderToCash"
    iflows: ["Z_SalesOrder_Replicate", "Z_Invoice_Outbound"]
  - id: "Z_MasterData"
    iflows: ["Z_BusinessPartner_Sync"]
"""
    return "cpi/tenant-%s.yaml" % g.env(), fill(t, co=g.company(), env=g.env(), n=g.i(1, 9), reg=reg,
                                                sub=g.uuid(), b1=g.i(1000, 99999), b2=g.i(10, 999), k=k, s=s)


# ---------------------------- SAP RFC / JCo -------------------------------

@pos("sap", "password", s_password, hint="jco.client.passwd")
def t_jco_dest(g, s, neg):
    sid = g.sap_sid()
    t = """#for tests only !
#@@date@@
jco.client.lang=EN
jco.destination.peak_limit=10
jco.client.client=@@cl@@
jco.client.passwd=@@s@@
jco.client.user=@@user@@
jco.client.sysnr=@@nr@@
jco.destination.pool_capacity=3
jco.client.ashost=@@host@@
"""
    return "%s.jcoDestination" % sid, fill(t, date=g.date(), cl=g.c(["100", "200", "300", "800"]), s=s,
                                           user=g.c(["RFC_MULE", "RFC_INTEG", "ZRFC_BOOMI", "RFC_EDI"]),
                                           nr="%02d" % g.i(0, 10), host=g.host("sap" + sid.lower()))


@pos("sap", "password", s_password, hint="PASSWD")
def t_nwrfc_ini(g, s, neg):
    t = """DEST=@@sid@@
ASHOST=@@host@@
SYSNR=@@nr@@
CLIENT=@@cl@@
USER=@@user@@
PASSWD=@@s@@
LANG=EN
TRACE=0

DEST=@@sid@@_MS
MSHOST=@@ms@@
R3NAME=@@sid@@
GROUP=PUBLIC
CLIENT=@@cl@@
"""
    sid = g.sap_sid()
    return "rfc/sapnwrfc.ini", fill(t, sid=sid, host=g.host("sapapp"), nr="%02d" % g.i(0, 10),
                                    cl=g.c(["100", "400", "800"]), user=g.c(["RFC_USER", "IF_RFC", "ZCONNECTOR"]),
                                    s=s, ms=g.host("sapms"))


@pos("sap", "password", s_password, hint="passwd")
def t_pyrfc(g, s, neg):
    t = """from pyrfc import Connection

# Reads open deliveries from @@sid@@ for the WMS bridge
conn = Connection(
    ashost="@@host@@",
    sysnr="@@nr@@",
    client="@@cl@@",
    user="@@user@@",
    passwd="@@s@@",
    lang="EN",
)


def open_deliveries(plant: str):
    result = conn.call("BAPI_OUTB_DELIVERY_GET_LIST", PLANT=plant)
    return result.get("ET_DELIVERY_HEADER", [])
"""
    return "wms_bridge/sap_conn.py", fill(t, sid=g.sap_sid(), host=g.host("sap"), nr="%02d" % g.i(0, 10),
                                          cl=g.c(["100", "300"]), user=g.c(["RFC_WMS", "PY_RFC"]), s=s)


@pos("sap", "password", s_password, hint="passwd")
def t_node_rfc(g, s, neg):
    sid = g.sap_sid()
    t = """const noderfc = require('node-rfc');

const abapSystem = {
  @@sid@@: {
    user: '@@user@@',
    passwd: '@@s@@',
    ashost: '@@host@@',
    sysnr: '@@nr@@',
    client: '@@cl@@',
    lang: 'EN',
  },
};

const pool = new noderfc.Pool({ connectionParameters: abapSystem.@@sid@@ });

async function readMaterial(matnr) {
  const client = await pool.acquire();
  try {
    return await client.call('BAPI_MATERIAL_GET_DETAIL', { MATERIAL: matnr });
  } finally {
    await pool.release(client);
  }
}

module.exports = { readMaterial };
"""
    return "src/sap/rfcPool.js", fill(t, sid=sid, user=g.c(["RFC_NODE", "IFUSER"]), s=s, host=g.host("sap"),
                                      nr="%02d" % g.i(0, 10), cl=g.c(["100", "200"]))


@pos("sap", "password", s_password, hint="JCO_PASSWD")
def t_sap_java(g, s, neg):
    t = """package com.@@co@@.integration.sap;

import com.sap.conn.jco.ext.DestinationDataProvider;
import java.util.Properties;

public final class SapDestinations {

    private SapDestinations() {}

    public static Properties s4Production() {
        Properties p = new Properties();
        p.setProperty(DestinationDataProvider.JCO_ASHOST, "@@host@@");
        p.setProperty(DestinationDataProvider.JCO_SYSNR, "@@nr@@");
        p.setProperty(DestinationDataProvider.JCO_CLIENT, "@@cl@@");
        p.setProperty(DestinationDataProvider.JCO_USER, "@@user@@");
        p.setProperty(DestinationDataProvider.JCO_PASSWD, "@@s@@");
        p.setProperty(DestinationDataProvider.JCO_LANG, "en");
        p.setProperty(DestinationDataProvider.JCO_POOL_CAPACITY, "5");
        p.setProperty(DestinationDataProvider.JCO_PEAK_LIMIT, "20");
        return p;
    }
}
"""
    co = g.company()
    return "src/main/java/com/%s/integration/sap/SapDestinations.java" % co, fill(
        t, co=co, host=g.host("s4"), nr="%02d" % g.i(0, 10), cl=g.c(["100", "500"]),
        user=g.c(["RFC_JAVA", "ZINTEG"]), s=s)


# ---------------------------- Dynamics 365 / Azure ------------------------

@pos("dynamics", "client_secret", s_azure_secret, hint="ClientSecret")
def t_dataverse_appsettings(g, s, neg):
    org = g.company() + g.c(["", "-uat", "-dev", "prod"])
    t = """{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft": "Warning" } },
  "ConnectionStrings": {
    "Dataverse": "AuthType=ClientSecret;Url=https://@@org@@.crm@@n@@.dynamics.com;ClientId=@@cid@@;ClientSecret=@@s@@;RequireNewInstance=true"
  },
  "Sync": {
    "BatchSize": 250,
    "Entities": [ "account", "contact", "salesorder" ],
    "TenantId": "@@tid@@"
  }
}
"""
    return "src/CrmSync.Worker/appsettings.Production.json", fill(
        t, org=org, n=g.c(["", "4", "11", "15"]), cid=g.uuid(), s=s, tid=g.uuid())


@pos("dynamics", "client_secret", s_azure_secret, hint="client.secret")
def t_d365_csharp(g, s, neg):
    t = """using Microsoft.Identity.Client;
using System.Threading.Tasks;

namespace Fno.Connector
{
    internal sealed class TokenProvider
    {
        private const string Tenant = "@@tid@@";
        private const string Resource = "https://@@co@@-prod.operations.dynamics.com";

        private readonly IConfidentialClientApplication _app =
            ConfidentialClientApplicationBuilder.Create("@@cid@@")
                .WithClientSecret("@@s@@")
                .WithAuthority($"https://login.microsoftonline.com/{Tenant}")
                .Build();

        public async Task<string> GetAsync()
        {
            var result = await _app.AcquireTokenForClient(new[] { Resource + "/.default" }).ExecuteAsync();
            return result.AccessToken;
        }
    }
}
"""
    return "src/Fno.Connector/TokenProvider.cs", fill(t, tid=g.uuid(), co=g.company(), cid=g.uuid(), s=s)


@pos("dynamics", "client_secret", s_azure_secret, ctx="sh", hint="ClientSecret")
def t_d365_ps(g, s, neg):
    var = g.nm("$ClientSecret", ["$sec", "$appPw", "$k"])
    t = """#Requires -Modules Microsoft.Xrm.Data.PowerShell
param(
    [string]$OrgUrl = "https://@@org@@.crm.dynamics.com",
    [string]$SolutionPath = ".\\out\\@@sol@@_managed.zip"
)

$AppId = "@@cid@@"
@@var@@ = '@@s@@'

$conn = Connect-CrmOnline -ServerUrl $OrgUrl -OAuthClientId $AppId -ClientSecret @@var@@
Import-CrmSolution -conn $conn -SolutionFilePath $SolutionPath -PublishChanges -MaxWaitTimeInSeconds 1800
Write-Host "Imported $SolutionPath into $OrgUrl"
"""
    return "pipelines/scripts/Import-Solution.ps1", fill(t, org=g.company(), sol=g.c(["ErpConnector", "OrderSync"]),
                                                         cid=g.uuid(), var=var, s=s)


@pos("dynamics", "client_secret", s_azure_secret, hint="client_secret")
def t_d365_tf(g, s, neg):
    t = """terraform {
  required_providers {
    powerplatform = {
      source  = "microsoft/power-platform"
      version = "~> 3.0"
    }
  }
}

provider "powerplatform" {
  tenant_id     = "@@tid@@"
  client_id     = "@@cid@@"
  client_secret = "@@s@@"
}

resource "powerplatform_environment" "integration" {
  display_name     = "@@co@@-integration-@@env@@"
  location         = "europe"
  environment_type = "Sandbox"
  dataverse = {
    language_code     = 1033
    currency_code     = "EUR"
    security_group_id = "@@gid@@"
  }
}
"""
    return "infra/powerplatform/main.tf", fill(t, tid=g.uuid(), cid=g.uuid(), s=s, co=g.company(),
                                               env=g.env(), gid=g.uuid())


@pos("dynamics", "api_key", s_bc_wsak, ctx="sh", hint="bc.wsak")
def t_bc_wsak(g, s, neg):
    t = """# Pulls posted sales invoices from Business Central (on-prem, NavUserPassword + web service key)
$base = "https://@@host@@:7048/BC220/ODataV4/Company('@@Co@@')"
$user = "SVC_INTEGRATION"
$wsKey = "@@s@@"
$pair = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${user}:${wsKey}"))

$resp = Invoke-RestMethod -Uri "$base/PostedSalesInvoices?`$top=200" -Headers @{ Authorization = "Basic $pair" }
$resp.value | Export-Csv -Path ".\\out\\invoices.csv" -NoTypeInformation
"""
    return "scripts/Export-BcInvoices.ps1", fill(t, host=g.host("bc"), Co=g.Company(), s=s)


@pos("dynamics", "webhook_url", s_logicapp_sig, ctx="url", hint="sig")
def t_logicapp_webhook(g, s, neg):
    reg = g.c(["westeurope", "northeurope", "eastus", "westus2"])
    t = """# Dataverse plug-in step -> Logic App relay (service endpoint registrations)
webhooks:
  - name: account-upsert-relay
    message: Update
    entity: account
    url: "https://prod-@@n@@.@@reg@@.logic.azure.com:443/workflows/@@wf@@/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=@@s@@"
    async: true
  - name: order-status-relay
    message: Update
    entity: salesorder
    url: "https://func-erp-relay-@@env@@.azurewebsites.net/api/order-status"
    auth: managed-identity
"""
    return "config/dataverse-webhooks.yaml", fill(t, n=g.i(10, 99), reg=reg, wf=g.hexs(32), s=s, env=g.env())


@pos("dynamics", "connection_string", s_sas_key, hint="SharedAccessKey")
def t_servicebus(g, s, neg):
    ns = "sb-%s-erp-%s" % (g.company(), g.env())
    t = """{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ServiceBusConnection": "Endpoint=sb://@@ns@@.servicebus.windows.net/;SharedAccessKeyName=@@kn@@;SharedAccessKey=@@s@@",
    "D365Queue": "d365-outbound",
    "NetSuiteQueue": "netsuite-inbound"
  },
  "Host": { "LocalHttpPort": 7071 }
}
"""
    return "src/ErpRelay.Functions/local.settings.json", fill(
        t, ns=ns, kn=g.c(["RootManageSharedAccessKey", "erp-relay-send", "listen-send"]), s=s)


# ---------------------------- Workday -------------------------------------

@pos("workday", "password", s_password, hint="wd.isu.password")
def t_wd_props(g, s, neg):
    k = g.nm("wd.isu.password", ["wd.isu.pw", "wd.conn.secret", "wd.auth.value"])
    tenant = g.company()
    t = """# Workday integration (ISU) - @@env@@
wd.host=wd5-impl-services1.workday.com
wd.tenant=@@tenant@@@@sfx@@
wd.version=v42.0
wd.isu.username=ISU_INT_HR_EXPORT@@@tenant@@@@sfx@@
@@k@@=@@s@@
wd.report.workers=/ccx/service/customreport2/@@tenant@@@@sfx@@/ISU_INT_HR_EXPORT/INT001_Workers
wd.report.costcenters=/ccx/service/customreport2/@@tenant@@@@sfx@@/ISU_INT_HR_EXPORT/INT014_Cost_Centers
wd.page.size=999
"""
    return "src/main/resources/workday-%s.properties" % g.env(), fill(
        t, env=g.env(), tenant=tenant, sfx=g.c(["", "_preview", "_impl1"]), k=k, s=s)


@pos("workday", "password", s_xml_password, ctx="xml", hint="wsse.password")
def t_wd_soap(g, s, neg):
    tenant = g.company()
    t = """<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:bsvc="urn:com.workday/bsvc">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1"
        xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>ISU_SOAPUI@@@tenant@@</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@s@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <bsvc:Get_Workers_Request bsvc:version="v42.0">
      <bsvc:Request_Criteria>
        <bsvc:Exclude_Inactive_Workers>true</bsvc:Exclude_Inactive_Workers>
      </bsvc:Request_Criteria>
      <bsvc:Response_Filter><bsvc:Count>100</bsvc:Count></bsvc:Response_Filter>
    </bsvc:Get_Workers_Request>
  </soapenv:Body>
</soapenv:Envelope>
"""
    return "src/test/resources/requests/Get_Workers.xml", fill(t, tenant=tenant, s=s)


@pos("workday", "client_secret", s_workday_secret, hint="client_secret")
def t_wd_py(g, s, neg):
    tenant = g.company()
    kw = g.nm("client_secret", "client_secret")
    t = """import os
import requests

TENANT = "@@tenant@@"
TOKEN_URL = f"https://wd2-impl-services1.workday.com/ccx/oauth2/{TENANT}/token"


def access_token() -> str:
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "refresh_token", "refresh_token": os.environ["WD_REFRESH_TOKEN"]},
        auth=("@@cid@@", "@@s@@"),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
"""
    return "hr_sync/workday_auth.py", fill(t, tenant=tenant, cid=g.b64url(27)[:36], s=s)


# ---------------------------- Infor ION -----------------------------------

@pos("infor", "client_secret", s_ion_cs, hint="cs")
def t_ionapi(g, s, neg):
    ti = g.ion_tenant()
    t = """{
    "ti": "@@ti@@",
    "cn": "@@cn@@",
    "dt": "12",
    "ci": "@@ti@@~@@ci@@",
    "cs": "@@s@@",
    "iu": "https://mingle-ionapi.@@reg@@.inforcloudsuite.com",
    "pu": "https://mingle-sso.@@reg@@.inforcloudsuite.com:443/@@ti@@/as/",
    "oa": "authorization.oauth2",
    "ot": "token.oauth2",
    "or": "revoke_token.oauth2",
    "ev": "@@ev@@",
    "v": "1.0"
}
"""
    name = g.c(["M3_Integration", "LN_Connector", "CSI_Orders", "Backend_Sync"])
    return "config/ion/%s_%s.ionapi" % (ti, name), fill(
        t, ti=ti, cn=name, ci=g.chars(B64URL, 43), s=s, reg=g.c(["eu1", "us1", "ap1"]),
        ev="%s%d" % (g.c(["U", "M", "V"]), g.i(100000000, 999999999)))


@pos("infor", "secret_key", s_ion_sask, hint="ServiceAccountSecretKey")
def t_ion_appsettings(g, s, neg):
    ti = g.ion_tenant()
    k = g.nm("ServiceAccountSecretKey", ["SaSk", "Key2"])
    t = """{
  "IonApi": {
    "Tenant": "@@ti@@",
    "BaseUrl": "https://mingle-ionapi.inforcloudsuite.com/@@ti@@",
    "TokenEndpoint": "https://mingle-sso.inforcloudsuite.com:443/@@ti@@/as/token.oauth2",
    "ClientId": "@@ti@@~@@ci@@",
    "ClientSecret": "#{IonClientSecret}#",
    "ServiceAccountAccessKey": "@@ti@@#@@saak@@",
    "@@k@@": "@@s@@"
  },
  "M3": { "Company": "@@cono@@", "Division": "@@divi@@" }
}
"""
    return "src/M3Bridge.Api/appsettings.json", fill(
        t, ti=ti, ci=g.chars(B64URL, 43), saak=g.chars(B64URL, 49), k=k, s=s,
        cono=g.c(["100", "200", "750"]), divi=g.c(["AAA", "100", "SWE"]))


@pos("infor", "client_secret", s_ion_cs, hint="ion_client_secret")
def t_ion_py(g, s, neg):
    ti = g.ion_tenant()
    t = """from requests_oauthlib import OAuth2Session
from oauthlib.oauth2 import BackendApplicationClient

ION = {
    "ti": "@@ti@@",
    "ci": "@@ti@@~@@ci@@",
    "cs": "@@s@@",
    "pu": "https://mingle-sso.inforcloudsuite.com:443/@@ti@@/as/",
    "ot": "token.oauth2",
}


def session():
    client = BackendApplicationClient(client_id=ION["ci"])
    oauth = OAuth2Session(client=client)
    oauth.fetch_token(token_url=ION["pu"] + ION["ot"], client_id=ION["ci"], client_secret=ION["cs"])
    return oauth
"""
    return "ion/ion_session.py", fill(t, ti=ti, ci=g.chars(B64URL, 43), s=s)


@pos("infor", "client_secret", s_ion_cs, ctx="sh", hint="ClientSecret")
def t_ion_ps(g, s, neg):
    ti = g.ion_tenant()
    var = g.nm("$ClientSecret", ["$cs", "$ionValue"])
    t = """# Get an ION API token and list M3 companies
$Tenant = "@@ti@@"
$ClientId = "@@ti@@~@@ci@@"
@@var@@ = '@@s@@'
$TokenUrl = "https://mingle-sso.inforcloudsuite.com:443/$Tenant/as/token.oauth2"

$body = @{ grant_type = "client_credentials"; client_id = $ClientId; client_secret = @@var@@ }
$tok = Invoke-RestMethod -Method Post -Uri $TokenUrl -Body $body
$hdr = @{ Authorization = "Bearer $($tok.access_token)" }
Invoke-RestMethod -Uri "https://mingle-ionapi.inforcloudsuite.com/$Tenant/M3/m3api-rest/v2/execute/MNS095MI/Lst" -Headers $hdr
"""
    return "scripts/ion/Get-M3Companies.ps1", fill(t, ti=ti, ci=g.chars(B64URL, 43), var=var, s=s)


# ---------------------------- Oracle Fusion / EBS -------------------------

@pos("oracle", "password", s_password, hint="db.password")
def t_ebs_props(g, s, neg):
    k = g.nm("ebs.db.password", ["ebs.db.pw", "ebs.conn.value"])
    t = """# Oracle EBS R12.2 interface tables (AP invoices / PO receipts)
ebs.db.url=jdbc:oracle:thin:@//@@host@@:1521/@@svc@@
ebs.db.username=@@user@@
@@k@@=@@s@@
ebs.db.pool.max=8
ebs.org_id=@@org@@
ebs.ap.source=@@co@@_INTEGRATION
ebs.poll.cron=0 */15 * * * *
"""
    return "src/main/resources/ebs.properties", fill(t, host=g.host("ebsdb"), svc=g.c(["EBSPROD", "VIS", "PROD"]),
                                                     user=g.c(["APPS", "XXINT", "XX_INTEG"]), k=k, s=s,
                                                     org=g.i(81, 999), co=g.company().upper())


@pos("oracle", "password", s_password, hint="fusion_password")
def t_fusion_py(g, s, neg):
    pod = "%s-%s.fa.%s.oraclecloud.com" % (g.c(["fa", "ecqs", "ehpm"]), g.alnum(4).lower() + "-" + g.c(["test", "dev1", "saasfaprod1"]),
                                            g.c(["us2", "em2", "ocs"]))
    t = """import requests

FUSION = "https://@@pod@@"
USER = "@@user@@"


def suppliers(updated_since: str):
    url = f"{FUSION}/fscmRestApi/resources/11.13.18.05/suppliers"
    params = {"q": f"LastUpdateDate>'{updated_since}'", "limit": 200, "onlyData": "true"}
    r = requests.get(url, params=params, auth=(USER, "@@s@@"), timeout=60)
    r.raise_for_status()
    return r.json()["items"]
"""
    return "fusion/suppliers.py", fill(t, pod=pod, user=g.c(["INTEGRATION.USER", "svc_oic@" + g.company() + ".com"]), s=s)


@pos("oracle", "password", s_url_password, hint="apps_password")
def t_ebs_sql(g, s, neg):
    t = """-- Creates the link used by the nightly GL extract (run as XXINT)
CREATE DATABASE LINK ebs_prod_link
  CONNECT TO apps IDENTIFIED BY "@@s@@"
  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=@@host@@)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=EBSPROD)))';

CREATE OR REPLACE VIEW xxint_gl_balances_v AS
SELECT gb.ledger_id, gb.code_combination_id, gb.period_name, gb.begin_balance_dr, gb.period_net_dr
  FROM gl.gl_balances@ebs_prod_link gb
 WHERE gb.actual_flag = 'A';
"""
    return "db/migrations/V%03d__ebs_db_link.sql" % g.i(5, 120), fill(t, s=s, host=g.host("ebsdb"))


@pos("oracle", "password", s_password, hint="password")
def t_oic_json(g, s, neg):
    t = """{
  "id": "@@cid@@",
  "name": "@@name@@",
  "adapterType": { "name": "erp" },
  "role": "SOURCE_AND_TARGET",
  "connectionProperties": [
    { "propertyName": "erpServiceCatalogURL", "propertyValue": "https://@@pod@@/fscmService/ServiceCatalogService?WSDL" }
  ],
  "securityPolicy": "USERNAME_PASSWORD_TOKEN",
  "securityProperties": [
    { "propertyName": "username", "propertyValue": "@@user@@" },
    { "propertyName": "password", "propertyValue": "@@s@@" }
  ],
  "agentRequired": false
}
"""
    return "oic/connections/%s.json" % g.c(["erp_cloud", "fusion_hcm", "scm_cloud"]), fill(
        t, cid=g.c(["ERP_CLOUD_CONN", "FUSION_ERP", "ORA_ERP"]), name=g.c(["Oracle ERP Cloud", "Fusion ERP"]),
        pod="%s.fa.%s.oraclecloud.com" % (g.alnum(6).lower(), g.c(["us2", "em2"])),
        user=g.c(["OIC.INTEGRATION", "INT_USER"]), s=s)


# ---------------------------- Akeneo / Epicor / Acumatica -----------------

@pos("akeneo", "client_secret", s_akeneo, hint="akeneo_secret")
def t_akeneo_php(g, s, neg):
    t = """<?php

declare(strict_types=1);

use Akeneo\\Pim\\ApiClient\\AkeneoPimClientBuilder;

require_once __DIR__ . '/../vendor/autoload.php';

$clientBuilder = new AkeneoPimClientBuilder('https://@@co@@.cloud.akeneo.com');
$client = $clientBuilder->buildAuthenticatedByPassword(
    '@@n@@_@@cid@@',
    '@@s@@',
    getenv('AKENEO_USERNAME'),
    getenv('AKENEO_PASSWORD')
);

foreach ($client->getProductApi()->all(100, ['search' => ['enabled' => [['operator' => '=', 'value' => true]]]]) as $product) {
    echo $product['identifier'], PHP_EOL;
}
"""
    return "bin/export-enabled-products.php", fill(t, co=g.company(), n=g.i(1, 40), cid=s_akeneo(g), s=s)


@pos("akeneo", "client_secret", s_akeneo, hint="akeneo.secret")
def t_akeneo_yaml(g, s, neg):
    k = g.nm("secret", ["client_pw", "api_key2"])
    t = """# config/packages/akeneo_connector.yaml
akeneo_connector:
    base_uri: 'https://@@co@@-pim.@@dom@@'
    client_id: '@@n@@_@@cid@@'
    @@k@@: '@@s@@'
    username: '%env(AKENEO_API_USER)%'
    password: '%env(AKENEO_API_PASSWORD)%'
    channel: ecommerce
    locales: [en_US, de_DE, fr_FR]
"""
    return "config/packages/akeneo_connector.yaml", fill(t, co=g.company(), dom=g.c(["cloud.akeneo.com", "example-pim.net"]),
                                                         n=g.i(1, 40), cid=s_akeneo(g), k=k, s=s)


@pos("epicor", "api_key", s_epicor, hint="x-api-key")
def t_epicor_cs(g, s, neg):
    t = """using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Mes.Bridge
{
    public static class KineticHttp
    {
        public static HttpClient Create(string user, string password)
        {
            var client = new HttpClient { BaseAddress = new System.Uri("https://@@host@@/@@inst@@/api/v2/odata/@@co@@/") };
            client.DefaultRequestHeaders.Add("x-api-key", "@@s@@");
            var basic = System.Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return client;
        }
    }
}
"""
    return "src/Mes.Bridge/KineticHttp.cs", fill(t, host=g.c(["centralusdtapp01.epicorsaas.com", g.host("kinetic")]),
                                                 inst=g.c(["SaaS512", "KineticLive", "ERP11Prod"]),
                                                 co=g.c(["EPIC06", "MAIN", "US01"]), s=s)


@pos("epicor", "api_key", s_epicor, hint="ApiKey")
def t_epicor_json(g, s, neg):
    k = g.nm("ApiKey", ["Key", "AppKey"])
    t = """{
  "Epicor": {
    "BaseUrl": "https://@@host@@/@@inst@@/api/v2",
    "Company": "@@co@@",
    "Plant": "MfgSys",
    "@@k@@": "@@s@@",
    "User": "svc_mes",
    "PasswordSecretName": "epicor-svc-mes-password",
    "TimeoutSeconds": 100
  }
}
"""
    return "config/epicor.json", fill(t, host=g.host("kinetic"), inst=g.c(["KineticLive", "ERP11Test"]),
                                      co=g.c(["EPIC06", "MAIN"]), k=k, s=s)


@pos("acumatica", "client_secret", s_acumatica, hint="client_secret")
def t_acumatica_py(g, s, neg):
    tenant = g.Company()
    t = """import os
import requests

SITE = "https://@@co@@.acumatica.com"
CLIENT_ID = "@@gid@@@@@tenant@@"


def token():
    data = {
        "grant_type": "password",
        "client_id": CLIENT_ID,
        "client_secret": "@@s@@",
        "username": os.environ["ACU_USER"],
        "password": os.environ["ACU_PASSWORD"],
        "scope": "api offline_access",
    }
    r = requests.post(f"{SITE}/identity/connect/token", data=data, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]
"""
    return "acumatica/auth.py", fill(t, co=g.company(), gid=g.uuid(upper=True), tenant=tenant, s=s)


@pos("acumatica", "client_secret", s_acumatica, hint="clientSecret")
def t_acumatica_ts(g, s, neg):
    k = g.nm("clientSecret", ["secret", "appKey"])
    t = """export const acumaticaConfig = {
  baseUrl: 'https://@@co@@.acumatica.com',
  endpoint: 'entity/Default/23.200.001',
  clientId: '@@gid@@@@@tenant@@',
  @@k@@: '@@s@@',
  branch: 'HEADOFFICE',
  pageSize: 500,
} as const;
"""
    return "src/connectors/acumatica/config.ts", fill(t, co=g.company(), gid=g.uuid(upper=True), tenant=g.Company(), k=k, s=s)


# ---------------------------- EDI / SFTP ----------------------------------

@pos("edi-sftp", "password", s_password, hint="password")
def t_edi_csv(g, s, neg):
    rows = ["partner_id,partner_name,protocol,host,port,username,password,inbound_dir,outbound_dir,docs"]
    me = g.i(1, 5)
    names = ["WALMART", "TARGET", "KROGER", "COSTCO", "HOMEDEPOT", "LOWES", "SYSCO"]
    g.r.shuffle(names)
    for k in range(6):
        nm = names[k]
        pw = s if k == me else g.c(["(vault)", "see keepass", "key-auth", "", "(AS2 cert)"])
        proto = "SFTP" if pw != "(AS2 cert)" else "AS2"
        rows.append("%s,%s,%s,%s,%s,%s,%s,/in/%s,/out/%s,%s" % (
            "P%04d" % g.i(100, 9999), nm.title(), proto, "%s.%s-edi.com" % (proto.lower(), nm.lower()),
            22 if proto == "SFTP" else 443,
            "%s_%s" % (g.company(), nm.lower()), pw, nm.lower(), nm.lower(), g.c(["850|855|856|810", "850|810", "940|945"])))
    return "docs/edi/partner-connections.csv", "\n".join(rows) + "\n"


@pos("edi-sftp", "private_key", None, ctx="pem", hint="sftpPrivateKey", pem=True)
def t_sftp_values(g, s, neg):
    t = """# Helm values for the edi-gateway chart
image:
  repository: registry.@@co@@.io/integration/edi-gateway
  tag: "@@ver@@"
sftp:
  host: sftp.@@partner@@-edi.com
  port: 22
  username: @@user@@
  knownHosts: "sftp.@@partner@@-edi.com @@hostkey@@"
  privateKey: |
@@key@@
resources:
  requests: { cpu: 100m, memory: 256Mi }
"""
    key = "\n".join("    " + ln for ln in s.split("\n")) if s else "    # injected from vault"
    partner = g.c(["walmart", "target", "kroger", "costco"])
    return "deploy/edi-gateway/values-%s.yaml" % g.env(), fill(
        t, co=g.company(), ver=g.semver(), partner=partner, user="%s_edi" % g.company(),
        hostkey=ssh_ed25519_pub(g, ""), key=key)


@pos("edi-sftp", "private_key", None, ctx="pem_file", hint="id_rsa", reuse=False, pem=True)
def t_sftp_keyfile(g, s, neg):
    partner = g.c(["walmart", "target", "kroger", "costco", "sysco"])
    name = "id_ed25519" if "OPENSSH" in s else g.c(["id_rsa", "sftp_rsa.pem", "partner_key.pem"])
    return "edi/keys/%s_%s" % (partner, name), s + "\n"


@pos("edi-sftp", "private_key", None, ctx="pem", hint="private_key", pem=True)
def t_sftp_json_key(g, s, neg):
    esc = s.replace("\n", "\\n")
    t = """{
  "partner": "@@partner@@",
  "transport": "sftp",
  "host": "sftp.@@partner@@-edi.com",
  "port": 22,
  "username": "@@user@@",
  "private_key": "@@key@@",
  "remote_dirs": { "inbound": "/outbound/850", "outbound": "/inbound/810" },
  "schedule": "*/10 * * * *"
}
"""
    partner = g.c(["target", "homedepot", "lowes", "bestbuy"])
    return "config/partners/%s.json" % partner, fill(t, partner=partner, user="%s_%s" % (g.company(), partner), key=esc)


@pos("azure-storage", "connection_string", s_storage_key, hint="AccountKey")
def t_blob_conn(g, s, neg):
    acct = "st%sedi%s" % (g.company()[:8], g.env())
    t = """{
  "EdiLanding": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=@@acct@@;AccountKey=@@s@@;EndpointSuffix=core.windows.net",
    "InboundContainer": "x12-inbound",
    "ArchiveContainer": "x12-archive",
    "PollSeconds": 60
  },
  "Translator": { "Version": "005010", "Ack997": true }
}
"""
    return "src/EdiTranslator/appsettings.json", fill(t, acct=acct, s=s)


@pos("azure-storage", "signed_url", s_sas_sig, ctx="url", hint="sig")
def t_sas_md(g, s, neg):
    acct = "st%sedi" % g.company()[:10]
    t = """# Sending 832 catalogs to the retailer blob drop

The retailer pulls our weekly 832 price/sales catalog from their blob container. Upload with azcopy:

```
azcopy copy ./out/832_@@d@@.edi "https://@@acct@@.blob.core.windows.net/catalog-drop/@@co@@/?sv=2022-11-02&ss=b&srt=co&sp=rwlc&se=@@exp@@T23:59:59Z&st=@@d2@@T00:00:00Z&spr=https&sig=@@s@@"
```

The SAS expires every quarter; ask the retailer's EDI desk for a new one.
"""
    return "docs/runbooks/832-catalog-upload.md", fill(t, d=g.date().replace("-", ""), acct=acct, co=g.company(),
                                                       exp=g.date(), d2=g.date(), s=s)


@pos("edi-sftp", "password", s_password, ctx="sh", hint="SFTP_PASSWORD")
def t_edi_docker(g, s, neg):
    var = g.nm("SFTP_PASSWORD", ["PARTNER_PW", "REMOTE_SECRET"])
    t = """FROM eclipse-temurin:17-jre-alpine

LABEL org.opencontainers.image.source="https://git.@@co@@.io/integration/as2-sftp-bridge"
WORKDIR /opt/bridge

ENV SFTP_HOST=sftp.@@partner@@-edi.com \\
    SFTP_PORT=22 \\
    SFTP_USER=@@user@@ \\
    @@var@@='@@s@@' \\
    POLL_INTERVAL=300

COPY target/as2-sftp-bridge.jar /opt/bridge/app.jar
USER 10001
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/bridge/app.jar"]
"""
    partner = g.c(["kroger", "sysco", "target"])
    return "Dockerfile", fill(t, co=g.company(), partner=partner, user="%s_%s" % (g.company(), partner), var=var, s=s)


@pos("netsuite", "token_secret", s_hex64, hint="NS_TOKEN_SECRET", reuse=False)
def t_dotenv(g, s, neg):
    t = """# local overrides - never commit
NS_ACCOUNT_ID=@@acct@@
NS_CONSUMER_KEY=
NS_CONSUMER_SECRET=
NS_TOKEN_ID=
NS_TOKEN_SECRET=@@s@@
LOG_LEVEL=debug
"""
    return g.c([".env", ".env.local", "services/ns-sync/.env"]), fill(t, acct=g.ns_account(), s=s)


# --------------------------------------------------------------------------
# look-alike negative templates (no credential at all)
# --------------------------------------------------------------------------

NEG = []


def neg(provider, kind):
    def deco(f):
        NEG.append(dict(f=f, provider=provider, kind=kind, name=f.__name__))
        return f
    return deco


def mule_enc(g):
    return "![%s]" % g.b64(g.c([16, 32, 48, 64]))


@neg("mulesoft", "encrypted_secure_property")
def n_mule_secure_props(g):
    env = g.env()
    t = """# secure-@@env@@.properties - values encrypted with the secure-properties tool (AES/CBC)
# key is supplied at deploy time via -Dmule.key
netsuite.consumerKey=@@e1@@
netsuite.consumerSecret=@@e2@@
netsuite.tokenId=@@e3@@
netsuite.tokenSecret=@@e4@@
sftp.password=@@e5@@
db.password=@@e6@@
"""
    return "src/main/resources/secure-%s.properties" % env, fill(
        t, env=env, e1=mule_enc(g), e2=mule_enc(g), e3=mule_enc(g), e4=mule_enc(g), e5=mule_enc(g), e6=mule_enc(g))


@neg("mulesoft", "encrypted_secure_property")
def n_mule_secure_yaml(g):
    t = """salesforce:
  username: "integration@@@co@@.com"
  password: "@@e1@@"
  securityToken: "@@e2@@"
workday:
  isu:
    user: "ISU_Mule@@@co@@"
    password: "@@e3@@"
anypoint:
  mq:
    clientId: "${secure::mq.clientId}"
    clientSecret: "${secure::mq.clientSecret}"
"""
    return "src/main/resources/secure-config-%s.yaml" % g.env(), fill(t, co=g.company(), e1=mule_enc(g),
                                                                     e2=mule_enc(g), e3=mule_enc(g))


@neg("mulesoft", "secure_placeholder")
def n_mule_global_xml(g):
    t = """<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:secure-properties="http://www.mulesoft.org/schema/mule/secure-properties"
      xmlns:netsuite="http://www.mulesoft.org/schema/mule/netsuite">

    <secure-properties:config name="Secure_Props" file="secure-${env}.yaml" key="${mule.key}">
        <secure-properties:encrypt algorithm="AES" mode="CBC"/>
    </secure-properties:config>

    <netsuite:config name="NetSuite_Config">
        <netsuite:token-based-authentication-connection
            consumerKey="${secure::netsuite.consumerKey}"
            consumerSecret="${secure::netsuite.consumerSecret}"
            tokenId="${secure::netsuite.tokenId}"
            tokenSecret="${secure::netsuite.tokenSecret}"
            account="@@acct@@"
            signatureAlgorithm="HMAC_SHA256"/>
    </netsuite:config>

    <api-gateway:autodiscovery xmlns:api-gateway="http://www.mulesoft.org/schema/mule/api-gateway"
        apiId="${api.id}" flowRef="netsuite-sapi-main"/>
</mule>
"""
    return "src/main/mule/global.xml", fill(t, acct=g.ns_account())


@neg("mulesoft", "org_ids")
def n_anypoint_ids(g):
    t = """{
  "organizationId": "@@org@@",
  "businessGroup": { "id": "@@bg@@", "name": "@@Co@@ Integration CoE" },
  "environments": [
    { "id": "@@e1@@", "name": "Sandbox", "type": "sandbox" },
    { "id": "@@e2@@", "name": "Production", "type": "production" }
  ],
  "exchange": { "groupId": "@@org@@", "assetId": "order-sync-papi", "version": "@@ver@@" },
  "apiInstanceId": @@api@@,
  "runtimeFabricId": "@@rtf@@",
  "lastDeploymentId": "@@dep@@"
}
"""
    return "deploy/anypoint-targets.json", fill(t, org=g.uuid(), bg=g.uuid(), Co=g.Company(), e1=g.uuid(),
                                                e2=g.uuid(), ver=g.semver(), api=g.i(17000000, 19999999),
                                                rtf=g.uuid(), dep=g.uuid())


@neg("netsuite", "record_ids")
def n_ns_saved_search(g):
    rows = []
    for _ in range(g.i(4, 7)):
        rows.append('    { "id": "%d", "recordType": "vendorbill", "tranid": "VB%06d", "entity": { "internalid": "%d" }, '
                    '"externalid": "%s", "amount": %d.%02d }' % (g.i(100000, 9999999), g.i(1, 999999), g.i(1000, 99999),
                                                                g.uuid(), g.i(10, 90000), g.i(0, 99)))
    t = """{
  "account": "@@acct@@",
  "searchId": "customsearch_@@name@@",
  "pageIndex": 0,
  "pageSize": 1000,
  "results": [
@@rows@@
  ]
}
"""
    return "test/fixtures/netsuite/vendor-bills-page0.json", fill(
        t, acct=g.ns_account(), name=g.c(["open_vendor_bills", "ap_aging", "unpaid_bills"]), rows=",\n".join(rows))


@neg("netsuite", "doc_example")
def n_ns_doc_md(g):
    d = DOC_EXAMPLES["netsuite"]
    t = """# How the NetSuite TBA signature is built

Values below are the **example values from Oracle's NetSuite help** ("Creating the Token Password").
They are not ours and do not work against any account.

| Field           | Example |
|-----------------|---------|
| Account ID      | 1234567 |
| Consumer key    | `@@a@@` |
| Token           | `@@b@@` |
| Consumer secret | `@@c@@` |
| Token secret    | `@@d@@` |
| Nonce           | `6obMKq0tmY8ylVOdEkA1` |
| Timestamp       | `1439829974` |

Base string: `account&consumerKey&token&nonce&timestamp`, signed with HMAC-SHA256 using
`consumerSecret&tokenSecret` as the key. Our real credentials live in Vault under `kv/integration/netsuite`.
"""
    return "docs/netsuite/tba-signature.md", fill(t, a=d[0], b=d[1], c=d[2], d=d[3])


@neg("netsuite", "query_ids")
def n_suiteql(g):
    t = """-- SuiteQL: lines of open sales orders for subsidiary @@sub@@
SELECT t.id,
       t.tranid,
       tl.item,
       tl.quantity,
       tl.rate
  FROM transaction t
  JOIN transactionline tl ON tl.transaction = t.id
 WHERE t.type = 'SalesOrd'
   AND t.status IN ('SalesOrd:B', 'SalesOrd:D')
   AND t.subsidiary = @@sub@@
   AND t.id IN (@@ids@@)
 ORDER BY t.id;
"""
    return "suiteql/open_so_lines.sql", fill(t, sub=g.i(1, 30), ids=", ".join(str(g.i(100000, 9999999)) for _ in range(6)))


@neg("sap", "public_parts")
def n_xsuaa_public(g):
    reg = g.region()
    t = """{
  "xsappname": "@@app@@!t@@t@@",
  "identityzone": "@@zone@@",
  "identityzoneid": "@@tid@@",
  "tenantid": "@@tid@@",
  "subaccountid": "@@tid@@",
  "uaadomain": "authentication.@@reg@@.hana.ondemand.com",
  "url": "https://@@zone@@.authentication.@@reg@@.hana.ondemand.com",
  "clientid": "sb-@@app@@!t@@t@@",
  "clientsecret": "<stored in the credential store>",
  "verificationkey": "-----BEGIN PUBLIC KEY-----@@pk@@-----END PUBLIC KEY-----"
}
"""
    return "docs/btp/xsuaa-binding-shape.json", fill(t, app=g.c(["orders", "erp-bridge"]), t=g.i(1000, 99999),
                                                     zone="%s-%s" % (g.company(), g.alnum(8).lower()), tid=g.uuid(),
                                                     reg=reg, pk=spki_b64(g))


@neg("sap", "idoc_numbers")
def n_idoc(g):
    lines = ["MANDT;DOCNUM;STATUS;DIRECT;MESTYP;IDOCTP;SNDPRN;RCVPRN;CREDAT;CRETIM"]
    for _ in range(g.i(6, 12)):
        lines.append("%s;%016d;%s;%d;%s;%s;%s;%s;%s;%02d%02d%02d" % (
            g.c(["100", "800"]), g.i(10 ** 9, 10 ** 12), g.c(["03", "53", "51", "30"]), g.i(1, 2),
            g.c(["ORDERS", "DESADV", "INVOIC", "MATMAS"]), g.c(["ORDERS05", "DELVRY07", "INVOIC02", "MATMAS05"]),
            g.c(["LS_MULE", "LS_BOOMI", "KU_%d" % g.i(1000, 99999)]), g.c(["S4PCLNT100", "ECPCLNT800"]),
            g.date().replace("-", ""), g.i(0, 23), g.i(0, 59), g.i(0, 59)))
    return "data/idoc_status_export.csv", "\n".join(lines) + "\n"


@neg("edi-sftp", "control_numbers")
def n_x12(g):
    icn = "%09d" % g.i(1, 999999999)
    gcn = str(g.i(1, 99999))
    po = "PO%08d" % g.i(1, 99999999)
    segs = ["ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%02d%02d*U*00401*%s*0*P*>" % (
        g.c(["WALMART", "TARGETCORP", "KROGER"]), g.company().upper(), g.date()[2:].replace("-", ""), g.i(0, 23), g.i(0, 59), icn),
        "GS*PO*%s*%s*%s*%02d%02d*%s*X*004010" % (g.c(["925485US00", "TGTEDI"]), g.company().upper(), g.date().replace("-", ""),
                                                g.i(0, 23), g.i(0, 59), gcn),
        "ST*850*0001", "BEG*00*SA*%s**%s" % (po, g.date().replace("-", "")),
        "REF*IA*%d" % g.i(100000, 9999999), "N1*ST*DC %d*92*%04d" % (g.i(1, 99), g.i(1, 9999))]
    n = g.i(2, 5)
    for k in range(n):
        segs.append("PO1*%d*%d*EA*%d.%02d**UP*%012d*VN*%s" % (k + 1, g.i(1, 200), g.i(1, 99), g.i(0, 99),
                                                            g.i(10 ** 10, 10 ** 12), g.alnum(8).upper()))
    segs += ["CTT*%d" % n, "SE*%d*0001" % (len(segs) - 1), "GE*1*%s" % gcn, "IEA*1*%s" % icn]
    return "test/fixtures/x12/850_%s.edi" % po, "~\n".join(segs) + "~\n"


@neg("edi-sftp", "control_numbers")
def n_edifact(g):
    ref = str(g.i(10000, 99999999))
    segs = ["UNA:+.? '", "UNB+UNOC:3+%d:14+%d:14+%s:%02d%02d+%s" % (g.i(10 ** 12, 10 ** 13 - 1), g.i(10 ** 12, 10 ** 13 - 1),
                                                                 g.date()[2:].replace("-", ""), g.i(0, 23), g.i(0, 59), ref),
            "UNH+1+ORDERS:D:96A:UN:EAN008", "BGM+220+%d+9" % g.i(100000, 9999999),
            "DTM+137:%s:102" % g.date().replace("-", ""), "NAD+BY+%d::9" % g.i(10 ** 12, 10 ** 13 - 1),
            "NAD+SU+%d::9" % g.i(10 ** 12, 10 ** 13 - 1)]
    for k in range(g.i(2, 4)):
        segs += ["LIN+%d++%d:EN" % (k + 1, g.i(10 ** 12, 10 ** 13 - 1)), "QTY+21:%d" % g.i(1, 500)]
    segs += ["UNS+S", "UNT+%d+1" % (len(segs) - 1), "UNZ+1+%s" % ref]
    return "test/fixtures/edifact/ORDERS_%s.edi" % ref, "'\n".join(segs) + "'\n"


@neg("edi-sftp", "ssh_public")
def n_known_hosts(g):
    lines = ["# partner SFTP host keys - verified by phone with each partner's EDI desk"]
    for p in ["walmart", "target", "kroger", "sysco", "costco"][:g.i(3, 5)]:
        if g.p():
            lines.append("sftp.%s-edi.com %s" % (p, ssh_ed25519_pub(g, "")))
        else:
            lines.append("sftp.%s-edi.com,%s %s" % (p, g.ip(), ssh_rsa_pub(g, "")))
    return "deploy/edi-gateway/known_hosts", "\n".join(lines) + "\n"


@neg("edi-sftp", "ssh_public")
def n_authorized_pub(g):
    f, l = g.person()
    return "edi/keys/%s_sftp.pub" % g.c(["walmart", "target", "kroger"]), ssh_ed25519_pub(g, "%s.%s@%s-edi" % (f, l, g.company())) + "\n"


@neg("edi-sftp", "digest")
def n_sha256_manifest(g):
    lines = []
    for _ in range(g.i(5, 10)):
        lines.append("%s  %s_%s_%05d.edi" % (g.hexs(64), g.c(["850", "856", "810", "997"]),
                                             g.date().replace("-", ""), g.i(1, 99999)))
    return "archive/%s/SHA256SUMS" % g.date(), "\n".join(lines) + "\n"


@neg("boomi", "component_ids")
def n_boomi_packages(g):
    rows = []
    for _ in range(g.i(3, 6)):
        rows.append('    { "packageId": "%s", "componentId": "%s", "componentType": "process", '
                    '"packageVersion": "%s", "createdBy": "%s" }' % (g.uuid(), g.uuid(), g.semver(), g.email()))
    t = """{
  "accountId": "@@acct@@",
  "atomId": "@@atom@@",
  "environmentId": "@@env@@",
  "packages": [
@@rows@@
  ]
}
"""
    return "boomi/release/packages.json", fill(t, acct="%s-%s" % (g.company(), g.alnum(6).upper()), atom=g.uuid(),
                                               env=g.uuid(), rows=",\n".join(rows))


@neg("boomi", "encrypted_placeholder")
def n_boomi_envext_default(g):
    t = """{
  "@type": "EnvironmentExtensions",
  "environmentId": "@@env@@",
  "connections": {
    "connection": [
      {
        "id": "@@cid@@",
        "name": "SFTP - EDI VAN",
        "field": [
          { "id": "host", "value": "@@host@@", "useDefault": false },
          { "id": "user", "value": "boomi_van", "useDefault": false },
          { "id": "password", "usesEncryption": true, "encryptedValueSet": true, "useDefault": false }
        ]
      }
    ]
  }
}
"""
    return "boomi/extensions/prod-env-extensions.json", fill(t, env=g.uuid(), cid=g.uuid(), host=g.host("van"))


@neg("workato", "manifest_ids")
def n_workato_manifest(g):
    rows = []
    for _ in range(g.i(3, 6)):
        rows.append('    { "id": %d, "type": "recipe", "name": "%s", "folder_id": %d, "version_no": %d, "zip_name": "%s.recipe.json" }'
                    % (g.i(1000000, 9999999), g.c(["Sync SO to NetSuite", "Invoice to SAP", "New hire to AD", "PO ack 855"]),
                       g.i(10000, 999999), g.i(1, 80), g.hexs(12)))
    t = """{
  "manifest_id": @@mid@@,
  "exported_at": "@@ts@@",
  "assets": [
@@rows@@
  ],
  "connections": [ { "id": @@cid@@, "provider": "netsuite", "name": "NetSuite SB1", "authorization_status": "success" } ]
}
"""
    return "workato/manifests/erp-core.json", fill(t, mid=g.i(10000, 99999), ts=g.ts(), rows=",\n".join(rows),
                                                   cid=g.i(100000, 9999999))


@neg("workato", "doc_example")
def n_workato_doc(g):
    tok = DOC_EXAMPLES["workato"][0]
    t = """# Calling our API recipes

Every API client gets its own access profile. The header looks like this (this is the example
value from Workato's documentation, not a working token):

```
curl -H 'api-token: @@tok@@' https://apim.workato.com/@@co@@/erp-orders-v1/sales-orders/SO-1001
```

Ask #integration-platform for an access profile; tokens are delivered through 1Password, never chat.
"""
    return "docs/api-platform.md", fill(t, tok=tok, co=g.company())


@neg("celigo", "object_ids")
def n_celigo_flow(g):
    oid = lambda: g.hexs(24)
    t = """{
  "_id": "@@f@@",
  "name": "NetSuite Sales Order to 3PL",
  "_integrationId": "@@i@@",
  "disabled": false,
  "pageGenerators": [ { "_exportId": "@@e@@" } ],
  "pageProcessors": [ { "type": "import", "_importId": "@@m@@" }, { "type": "export", "_exportId": "@@e2@@" } ],
  "schedule": "? */15 * * * *",
  "lastModified": "@@ts@@",
  "_connectionId": "@@c@@"
}
"""
    return "celigo/flows/so-to-3pl.json", fill(t, f=oid(), i=oid(), e=oid(), m=oid(), e2=oid(), ts=g.ts(), c=oid())


@neg("akeneo", "doc_example")
def n_akeneo_doc(g):
    t = """# Akeneo API connection (PIM v1.7 legacy instance)

Run on the PIM server:

    php app/console pim:oauth-server:create-client --grant_type="password" --grant_type="refresh_token" --env=prod --label="ERP connection"

It prints something like the documentation example:

    client_id: 4gm4rnoizp8gskgkk080ssoo80040g44ksowwgw844k44sc00s
    secret: @@sec@@
    label: ERP connection

Store the real pair in Vault at `kv/pim/erp-connection`.
"""
    return "docs/pim/legacy-api-client.md", fill(t, sec=DOC_EXAMPLES["akeneo"][0])


@neg("dynamics", "solution_ids")
def n_d365_solution(g):
    t = """<ImportExportXml version="9.2.24044.208" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive">
  <SolutionManifest>
    <UniqueName>ErpConnector</UniqueName>
    <LocalizedNames><LocalizedName description="ERP Connector" languagecode="1033" /></LocalizedNames>
    <Version>@@ver@@.0</Version>
    <Managed>1</Managed>
    <Publisher>
      <UniqueName>@@co@@</UniqueName>
      <CustomizationPrefix>@@px@@</CustomizationPrefix>
      <CustomizationOptionValuePrefix>@@ovp@@</CustomizationOptionValuePrefix>
    </Publisher>
    <RootComponents>
      <RootComponent type="1" schemaName="@@px@@_erpsyncstatus" behavior="0" />
      <RootComponent type="29" id="{@@w1@@}" behavior="0" />
      <RootComponent type="92" id="{@@w2@@}" behavior="0" />
      <RootComponent type="95" id="{@@w3@@}" behavior="0" />
    </RootComponents>
  </SolutionManifest>
</ImportExportXml>
"""
    return "solutions/ErpConnector/Other/Solution.xml", fill(t, ver=g.semver(), co=g.company(), px=g.company()[:3],
                                                             ovp=g.i(10000, 99999), w1=g.uuid(), w2=g.uuid(), w3=g.uuid())


@neg("dynamics", "request_ids")
def n_dataverse_log(g):
    lines = []
    for _ in range(g.i(6, 10)):
        lines.append("%s INFO  PATCH https://%s.crm.dynamics.com/api/data/v9.2/accounts(%s) 204 x-ms-service-request-id=%s "
                     "OData-EntityId=%s correlation=%s" % (g.ts(), g.company(), g.uuid(), g.uuid(), g.uuid(), g.hexs(32)))
    return "logs/dataverse-sync-%s.log" % g.date(), "\n".join(lines) + "\n"


@neg("dynamics", "keyvault_reference")
def n_azure_app_config(g):
    t = """{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tid@@",
    "ClientId": "@@cid@@",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-@@co@@-int.vault.azure.net/secrets/d365-client-secret/)"
  },
  "Dynamics": {
    "Url": "https://@@co@@.crm4.dynamics.com",
    "Scope": "https://@@co@@.crm4.dynamics.com/.default"
  }
}
"""
    return "src/CrmSync.Worker/appsettings.json", fill(t, tid=g.uuid(), cid=g.uuid(), co=g.company())


@neg("infor", "bod_ids")
def n_infor_bod(g):
    ti = g.ion_tenant()
    t = """<?xml version="1.0" encoding="UTF-8"?>
<SyncSalesOrder xmlns="http://schema.infor.com/InforOAGIS/2" releaseID="9.2" versionID="2.14.6">
  <ApplicationArea>
    <Sender>
      <LogicalID>lid://infor.m3.m3</LogicalID>
      <ComponentID>M3BE</ComponentID>
      <ConfirmationCode>OnError</ConfirmationCode>
    </Sender>
    <CreationDateTime>@@ts@@</CreationDateTime>
    <BODID>infor-nid:@@ti@@:@@cono@@:@@divi@@:@@order@@:?SalesOrder&amp;verb=Sync&amp;id=@@bod@@</BODID>
  </ApplicationArea>
  <DataArea>
    <Sync><TenantID>@@ti@@</TenantID><AccountingEntityID>@@cono@@_@@divi@@</AccountingEntityID></Sync>
    <SalesOrder>
      <SalesOrderHeader>
        <DocumentID><ID accountingEntity="@@cono@@_@@divi@@">@@order@@</ID></DocumentID>
        <CustomerParty><PartyIDs><ID>@@cust@@</ID></PartyIDs></CustomerParty>
      </SalesOrderHeader>
    </SalesOrder>
  </DataArea>
</SyncSalesOrder>
"""
    return "test/fixtures/ion/SyncSalesOrder.xml", fill(t, ts=g.ts(), ti=ti, cono=g.c(["100", "750"]), divi=g.c(["AAA", "SWE"]),
                                                         order="%010d" % g.i(1, 10 ** 9), bod=g.uuid(), cust="C%06d" % g.i(1, 999999))


@neg("infor", "public_config")
def n_ion_public(g):
    ti = g.ion_tenant()
    t = """# ION API endpoints for @@ti@@ (no credentials here - the .ionapi file is in the vault)
tenant: @@ti@@
ion_api: https://mingle-ionapi.inforcloudsuite.com/@@ti@@
sso: https://mingle-sso.inforcloudsuite.com:443/@@ti@@/as/
client_id: "@@ti@@~@@ci@@"
client_secret_ref: "vault:kv/infor/@@ti@@#cs"
m3:
  company: "@@cono@@"
  division: "@@divi@@"
"""
    return "config/ion/endpoints.yaml", fill(t, ti=ti, ci=g.chars(B64URL, 43), cono=g.c(["100", "200"]), divi=g.c(["AAA", "100"]))


@neg("oracle", "etag_ids")
def n_fusion_response(g):
    items = []
    for _ in range(g.i(2, 4)):
        items.append("""    {
      "SupplierId": 3000000%08d,
      "Supplier": "%s Supplies",
      "SupplierNumber": "%d",
      "@context": { "key": "3000000%08d", "headers": { "ETag": "ACED0005737200136A6176612E7574696C2E486173687461626C6513BB0F25214AE4B803000246000A6C6F6164466163746F724900097468726573686F6C6478703F400000000000%s" } }
    }""" % (g.i(0, 10 ** 8 - 1), g.Company(), g.i(1000, 99999), g.i(0, 10 ** 8 - 1), g.hexs(48, upper=True)))
    return "test/fixtures/fusion/suppliers.json", '{\n  "items": [\n' + ",\n".join(items) + '\n  ],\n  "count": %d,\n  "hasMore": false\n}\n' % len(items)


@neg("oracle", "request_ids")
def n_ebs_log(g):
    lines = ["+---------------------------------------------------------------------------+",
             "Application Object Library: Version : 12.2",
             "XXINT_AP_INVOICE_IMPORT module: XX AP Invoice Import (Integration)",
             "+---------------------------------------------------------------------------+",
             "Current system time is %s" % g.ts()]
    for _ in range(g.i(4, 8)):
        lines.append("Request ID %d  batch %s  invoices=%d  session=%s" % (g.i(10 ** 7, 10 ** 8), g.hexs(16).upper(),
                                                                          g.i(1, 300), g.hexs(32)))
    lines.append("Concurrent request completed successfully")
    return "logs/ebs/XXINT_AP_IMPORT_%d.log" % g.i(10 ** 7, 10 ** 8), "\n".join(lines) + "\n"


@neg("akeneo", "media_codes")
def n_akeneo_product(g):
    sha = g.hexs(40)
    t = """{
  "uuid": "@@uuid@@",
  "identifier": "SKU-@@sku@@",
  "family": "@@fam@@",
  "enabled": true,
  "values": {
    "name": [ { "locale": "en_US", "scope": null, "data": "@@Co@@ Pallet Jack" } ],
    "image_main": [ { "locale": null, "scope": null,
                      "data": "@@a@@/@@b@@/@@c@@/@@d@@/@@sha@@_pallet_jack.jpg",
                      "_links": { "download": { "href": "https://@@co@@.cloud.akeneo.com/api/rest/v1/media-files/@@a@@/@@b@@/@@c@@/@@d@@/@@sha@@_pallet_jack.jpg/download" } } } ]
  },
  "created": "@@ts@@"
}
"""
    return "test/fixtures/akeneo/product.json", fill(t, uuid=g.uuid(), sku=g.i(10000, 99999), fam=g.c(["equipment", "spare_parts"]),
                                                     Co=g.Company(), a=sha[0], b=sha[1], c=sha[2], d=sha[3], sha=sha,
                                                     co=g.company(), ts=g.ts())


@neg("epicor", "sysrow_ids")
def n_epicor_baq(g):
    rows = []
    for _ in range(g.i(3, 6)):
        rows.append('    { "JobHead_JobNum": "%06d", "JobHead_PartNum": "%s", "JobHead_SysRowID": "%s", "JobHead_SysRevID": %d, "RowIdent": "%s" }'
                    % (g.i(1, 999999), g.alnum(8).upper(), g.uuid(), g.i(10 ** 6, 10 ** 9), g.uuid()))
    return "test/fixtures/epicor/baq-open-jobs.json", '{\n  "odata.metadata": "https://kinetic.local/api/v2/odata/EPIC06/BaqSvc/ZOpenJobs/$metadata",\n  "value": [\n' + ",\n".join(rows) + "\n  ]\n}\n"


@neg("acumatica", "entity_ids")
def n_acumatica_resp(g):
    t = """{
  "id": "@@id@@",
  "rowNumber": 1,
  "note": { "value": "" },
  "CustomerID": { "value": "C@@cust@@" },
  "OrderNbr": { "value": "SO@@so@@" },
  "OrderType": { "value": "SO" },
  "Status": { "value": "Open" },
  "custom": {},
  "_links": { "self": "/entity/Default/23.200.001/SalesOrder/@@id@@", "files:put": "/entity/Default/23.200.001/files/PX.Objects.SO.SOOrderEntry/Document/@@id@@/{filename}" }
}
"""
    return "test/fixtures/acumatica/sales-order.json", fill(t, id=g.uuid(), cust=g.i(1000, 9999), so=g.i(100000, 999999))


@neg("workday", "wid")
def n_workday_wid(g):
    rows = []
    for _ in range(g.i(3, 5)):
        rows.append("""      <wd:Worker>
        <wd:Worker_Reference>
          <wd:ID wd:type="WID">%s</wd:ID>
          <wd:ID wd:type="Employee_ID">%d</wd:ID>
        </wd:Worker_Reference>
        <wd:Cost_Center_Reference><wd:ID wd:type="WID">%s</wd:ID><wd:ID wd:type="Cost_Center_Reference_ID">CC%04d</wd:ID></wd:Cost_Center_Reference>
      </wd:Worker>""" % (g.hexs(32), g.i(10000, 99999), g.hexs(32), g.i(1, 9999)))
    t = """<?xml version="1.0" encoding="UTF-8"?>
<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/">
  <env:Body>
    <wd:Get_Workers_Response xmlns:wd="urn:com.workday/bsvc" wd:version="v42.0">
      <wd:Response_Data>
@@rows@@
      </wd:Response_Data>
    </wd:Get_Workers_Response>
  </env:Body>
</env:Envelope>
"""
    return "test/resources/responses/Get_Workers_page1.xml", fill(t, rows="\n".join(rows))


@neg("generic", "certificate")
def n_cert_pem(g):
    t = """# Partner AS2 certificate (public). Import into the AS2 trust store, alias "@@p@@-as2-@@y@@".
# Fingerprint (SHA-256): @@fp@@
@@pem@@
"""
    fp = ":".join(g.hexs(64, upper=True)[i:i + 2] for i in range(0, 64, 2))
    p = g.c(["walmart", "target", "kroger"])
    return "certs/partners/%s-as2.crt" % p, fill(t, p=p, y=g.i(2023, 2026), fp=fp, pem=pem_block(g, "CERTIFICATE", g.i(780, 1100)))


@neg("generic", "pgp_public")
def n_pgp_pub(g):
    body = _wrap(g.b64(g.i(600, 900)), 64)
    t = """-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: @@Co@@ EDI encryption key (public)

@@body@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
"""
    return "edi/keys/%s-edi-public.asc" % g.company(), fill(t, Co=g.Company(), body=body, crc=g.b64(3))


@neg("generic", "integrity_hash")
def n_package_lock(g):
    deps = ["axios", "oauth-1.0a", "node-rfc", "xml2js", "ssh2-sftp-client", "p-retry"]
    g.r.shuffle(deps)
    parts = []
    for d in deps[:g.i(3, 5)]:
        v = g.semver()
        parts.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n'
                     '      "integrity": "sha512-%s"\n    }' % (d, v, d, d, v, g.b64(64)))
    t = '{\n  "name": "erp-connector",\n  "version": "%s",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n%s\n  }\n}\n' % (
        g.semver(), ",\n".join(parts))
    return "package-lock.json", t


@neg("generic", "image_digest")
def n_k8s_digest(g):
    t = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: edi-gateway
  labels: { app: edi-gateway }
spec:
  replicas: 2
  selector: { matchLabels: { app: edi-gateway } }
  template:
    metadata:
      labels: { app: edi-gateway }
      annotations:
        checksum/config: "@@cfg@@"
    spec:
      containers:
        - name: gateway
          image: registry.@@co@@.io/integration/edi-gateway@sha256:@@dig@@
          envFrom:
            - secretRef: { name: edi-gateway-secrets }
        - name: otel
          image: otel/opentelemetry-collector-contrib@sha256:@@dig2@@
"""
    return "deploy/k8s/edi-gateway.yaml", fill(t, cfg=g.hexs(64), co=g.company(), dig=g.hexs(64), dig2=g.hexs(64))


@neg("generic", "trace_ids")
def n_trace_log(g):
    lines = []
    for _ in range(g.i(6, 12)):
        lines.append('{"ts":"%s","level":"INFO","flow":"%s","trace_id":"%s","span_id":"%s","correlationId":"%s","msg":"%s"}' % (
            g.ts(), g.c(["so-to-netsuite", "invoice-to-sap", "asn-856-outbound"]), g.hexs(32), g.hexs(16), g.uuid(),
            g.c(["record upserted", "batch acknowledged", "997 received", "retry scheduled"])))
    return "logs/mule-app-%s.jsonl" % g.date(), "\n".join(lines) + "\n"


@neg("generic", "jwks_public")
def n_jwks(g):
    keys = []
    for _ in range(2):
        keys.append('    { "kty": "RSA", "use": "sig", "alg": "RS256", "kid": "%s", "n": "%s", "e": "AQAB" }' % (
            g.b64url(20), g.b64url(256)))
    return "test/fixtures/oauth/jwks.json", '{\n  "keys": [\n' + ",\n".join(keys) + "\n  ]\n}\n"


@neg("generic", "base64_payload")
def n_b64_payload(g):
    edi = "ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*1200*U*00401*%09d*0*P*>~GS*FA*X*Y*20240101*1200*1*X*004010~ST*997*0001~AK1*PO*%d~AK9*A*1*1*1~SE*4*0001~GE*1*1~IEA*1*%09d~" % (
        g.company().upper().ljust(15), "PARTNER".ljust(15), g.date()[2:].replace("-", ""), g.i(1, 10 ** 8), g.i(1, 9999), g.i(1, 10 ** 8))
    t = """{
  "messageId": "@@mid@@",
  "partner": "@@p@@",
  "documentType": "997",
  "encoding": "base64",
  "content": "@@b64@@",
  "md5": "@@md5@@"
}
"""
    return "test/fixtures/edi/997-envelope.json", fill(t, mid=g.uuid(), p=g.c(["WALMART", "TARGET"]),
                                                       b64=base64.b64encode(edi.encode()).decode(), md5=g.hexs(32))


@neg("generic", "webhook_signature")
def n_webhook_fixture(g):
    t = """# Recorded webhook deliveries used by the signature-verification unit tests.
# The signing secret for these fixtures is generated per test run; signatures below are outputs, not keys.
- headers:
    x-request-id: "@@r1@@"
    x-signature-sha256: "@@h1@@"
    x-timestamp: "@@t1@@"
  body_file: order_created.json
- headers:
    x-request-id: "@@r2@@"
    x-signature-sha256: "@@h2@@"
    x-timestamp: "@@t2@@"
  body_file: order_cancelled.json
"""
    return "test/fixtures/webhooks/deliveries.yaml", fill(t, r1=g.uuid(), h1=g.hexs(64), t1=g.i(1700000000, 1790000000),
                                                          r2=g.uuid(), h2=g.b64(32), t2=g.i(1700000000, 1790000000))


@neg("generic", "mapping_sheet")
def n_mapping_csv(g):
    rows = ["source_system,source_field,target_system,target_field,transform,example"]
    ex = [("NetSuite", "internalid", "SAP", "KUNNR", "lookup xref", str(g.i(1000, 999999))),
          ("NetSuite", "externalid", "SAP", "BSTKD", "copy", g.uuid()),
          ("Dynamics", "accountid", "NetSuite", "custentity_d365_id", "copy", g.uuid()),
          ("Workday", "Worker WID", "SAP", "PERNR", "xref", g.hexs(32)),
          ("Celigo", "_flowId", "Ops", "flow_ref", "copy", g.hexs(24)),
          ("Akeneo", "uuid", "NetSuite", "custitem_pim_uuid", "copy", g.uuid()),
          ("Infor M3", "CUNO", "NetSuite", "entityid", "trim", "C%06d" % g.i(1, 999999))]
    for e in ex:
        rows.append(",".join(e))
    return "docs/mapping/customer-item-xref.csv", "\n".join(rows) + "\n"


@neg("generic", "env_reference")
def n_py_env(g):
    t = """import os
from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient

VAULT_URL = os.environ.get("KEY_VAULT_URL", "https://kv-@@co@@-int.vault.azure.net")
_client = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())


def netsuite_tba() -> dict:
    return {
        "account": os.environ["NS_ACCOUNT_ID"],
        "consumer_key": _client.get_secret("ns-consumer-key").value,
        "consumer_secret": _client.get_secret("ns-consumer-secret").value,
        "token_id": _client.get_secret("ns-token-id").value,
        "token_secret": _client.get_secret("ns-token-secret").value,
    }


SFTP_PASSWORD = os.getenv("SFTP_PASSWORD", "")
WORKATO_API_TOKEN = os.environ["WORKATO_API_TOKEN"]
"""
    return "common/secrets.py", fill(t, co=g.company())


@neg("generic", "env_reference")
def n_java_env(g):
    t = """package com.@@co@@.integration.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ErpProperties {

    @Value("${netsuite.token-secret}")
    private String netsuiteTokenSecret;

    @Value("${sap.rfc.password:#{null}}")
    private String sapRfcPassword;

    private final String ionClientSecret = System.getenv("ION_CLIENT_SECRET");
    private final String epicorApiKey = System.getenv().getOrDefault("EPICOR_API_KEY", "");

    public String getNetsuiteTokenSecret() { return netsuiteTokenSecret; }
    public String getSapRfcPassword() { return sapRfcPassword; }
    public String getIonClientSecret() { return ionClientSecret; }
    public String getEpicorApiKey() { return epicorApiKey; }
}
"""
    co = g.company()
    return "src/main/java/com/%s/integration/config/ErpProperties.java" % co, fill(t, co=co)


@neg("generic", "env_reference")
def n_node_env(g):
    t = """'use strict';

module.exports = {
  celigo: { token: process.env.CELIGO_API_TOKEN, baseUrl: 'https://api.integrator.io/v1' },
  workato: { apiToken: process.env.WORKATO_API_TOKEN },
  acumatica: {
    clientId: process.env.ACU_CLIENT_ID,
    clientSecret: process.env.ACU_CLIENT_SECRET,
    username: process.env.ACU_USER,
    password: process.env.ACU_PASSWORD,
  },
  akeneo: { secret: process.env.AKENEO_SECRET || '' },
};
"""
    return "src/config/index.js", t


@neg("generic", "env_reference")
def n_ps_env(g):
    t = """# Pull secrets from the SecretManagement vault configured on the build agent
$ionSecret   = Get-Secret -Name 'ion-client-secret' -AsPlainText
$d365Secret  = Get-Secret -Name 'd365-app-secret'
$sftpPass    = $env:SFTP_PASSWORD
$bcKey       = (Get-AzKeyVaultSecret -VaultName 'kv-@@co@@-int' -Name 'bc-ws-key' -AsPlainText)

if (-not $sftpPass) { throw "SFTP_PASSWORD is not set" }
Write-Host "Loaded secrets for tenant @@ti@@"
"""
    return "pipelines/scripts/Load-Secrets.ps1", fill(t, co=g.company(), ti=g.ion_tenant())


@neg("boomi", "env_reference")
def n_groovy_env(g):
    t = """import com.boomi.execution.ExecutionUtil

// Reads credentials that Boomi stores encrypted in the extension values
String apiKey = ExecutionUtil.getDynamicProcessProperty("DPP_EPICOR_API_KEY")
String isuPassword = ExecutionUtil.getProcessProperty("@@pp@@", "@@key@@")
if (!apiKey) {
    throw new IllegalStateException("DPP_EPICOR_API_KEY not set for this environment")
}
ExecutionUtil.setDynamicProcessProperty("DPP_AUTH_READY", "true", false)
"""
    return "boomi/scripts/read-credentials.groovy", fill(t, pp=g.uuid(), key=g.uuid())


@neg("generic", "ci_secret_reference")
def n_gha_secrets(g):
    t = """name: integration-tests
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      NS_ACCOUNT_ID: "@@acct@@"
      NS_CONSUMER_KEY: ${{ secrets.NS_CONSUMER_KEY }}
      NS_CONSUMER_SECRET: ${{ secrets.NS_CONSUMER_SECRET }}
      NS_TOKEN_ID: ${{ secrets.NS_TOKEN_ID }}
      NS_TOKEN_SECRET: ${{ secrets.NS_TOKEN_SECRET }}
      ANYPOINT_CLIENT_ID: ${{ vars.ANYPOINT_CLIENT_ID }}
      ANYPOINT_CLIENT_SECRET: ${{ secrets.ANYPOINT_CLIENT_SECRET }}
    steps:
      - uses: actions/checkout@v4
      - run: mvn -B verify -Dmule.key=${{ secrets.MULE_KEY }} -Denv=ci
"""
    return ".github/workflows/integration-tests.yml", fill(t, acct=g.ns_account())


@neg("generic", "secret_store_reference")
def n_external_secret(g):
    t = """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: edi-gateway-secrets
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }
  target: { name: edi-gateway-secrets }
  data:
    - secretKey: SFTP_PRIVATE_KEY
      remoteRef: { key: kv/data/edi/@@p@@, property: private_key }
    - secretKey: SFTP_PASSWORD
      remoteRef: { key: kv/data/edi/@@p@@, property: password }
    - secretKey: STORAGE_CONNECTION
      remoteRef: { key: kv/data/edi/blob, property: connection_string }
"""
    return "deploy/k8s/external-secret.yaml", fill(t, p=g.c(["walmart", "target", "kroger"]))


@neg("generic", "env_example")
def n_env_example(g):
    t = """# Copy to .env and fill in. Never commit the filled file.
NS_ACCOUNT_ID=@@acct@@
NS_CONSUMER_KEY=
NS_CONSUMER_SECRET=
NS_TOKEN_ID=
NS_TOKEN_SECRET=
ION_CLIENT_SECRET=<from .ionapi file>
ANYPOINT_CLIENT_SECRET=
SFTP_PASSWORD=changeme
LOG_LEVEL=info
"""
    return g.c([".env.example", ".env.sample", "services/ns-sync/.env.example"]), fill(t, acct=g.ns_account())


@neg("generic", "terraform_reference")
def n_tf_vars(g):
    t = """variable "client_secret" {
  type      = string
  sensitive = true
}

data "azurerm_key_vault_secret" "ion_cs" {
  name         = "ion-client-secret"
  key_vault_id = "/subscriptions/@@sub@@/resourceGroups/rg-int-@@env@@/providers/Microsoft.KeyVault/vaults/kv-int-@@env@@"
}

provider "powerplatform" {
  tenant_id     = "@@tid@@"
  client_id     = "@@cid@@"
  client_secret = var.client_secret
}

resource "azurerm_logic_app_workflow" "erp_relay" {
  name                = "la-erp-relay-@@env@@"
  location            = "westeurope"
  resource_group_name = "rg-int-@@env@@"
  parameters          = { ionSecret = data.azurerm_key_vault_secret.ion_cs.value }
}
"""
    return "infra/erp/main.tf", fill(t, sub=g.uuid(), env=g.env(), tid=g.uuid(), cid=g.uuid())


@neg("generic", "migration_refs")
def n_sql_refs(g):
    rows = []
    for p in ["WALMART", "TARGET", "KROGER", "SYSCO"][:g.i(2, 4)]:
        rows.append("  ('%s', '%s', 'sftp.%s-edi.com', 22, 'vault:kv/edi/%s#password', '%s')" % (
            g.uuid(), p, p.lower(), p.lower(), g.hexs(40)))
    t = """CREATE TABLE IF NOT EXISTS edi_partner (
  id UUID PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  sftp_host VARCHAR(255) NOT NULL,
  sftp_port INT NOT NULL DEFAULT 22,
  credential_ref VARCHAR(255) NOT NULL,
  config_sha1 CHAR(40) NOT NULL
);

INSERT INTO edi_partner (id, code, sftp_host, sftp_port, credential_ref, config_sha1) VALUES
@@rows@@;
"""
    return "db/migrations/V%03d__edi_partners.sql" % g.i(1, 90), fill(t, rows=",\n".join(rows))


@neg("generic", "serial_numbers")
def n_inventory_csv(g):
    rows = ["asset_tag,serial_number,model,site,mac,warranty_until"]
    for _ in range(g.i(5, 9)):
        mac = ":".join(g.hexs(2) for _ in range(6))
        rows.append("AT-%05d,%s,%s,%s,%s,%s" % (g.i(1, 99999), g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", g.c([10, 12, 14])),
                                                g.c(["Zebra ZT410", "Honeywell CT60", "Dell OptiPlex 7010"]),
                                                g.c(["DC-ATL", "DC-RNO", "PLANT-01"]), mac, g.date()))
    return "docs/assets/scanner-inventory.csv", "\n".join(rows) + "\n"


@neg("generic", "postman_placeholders")
def n_postman_vars(g):
    t = """{
  "info": { "_postman_id": "@@pid@@", "name": "ERP connectors", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "oauth2", "oauth2": [
    { "key": "clientSecret", "value": "{{client_secret}}", "type": "string" },
    { "key": "clientId", "value": "{{client_id}}", "type": "string" },
    { "key": "accessTokenUrl", "value": "{{pu}}{{ot}}", "type": "string" },
    { "key": "grant_type", "value": "client_credentials", "type": "string" } ] },
  "item": [ { "name": "M3 companies", "request": { "method": "GET",
    "url": { "raw": "{{iu}}/{{ti}}/M3/m3api-rest/v2/execute/MNS095MI/Lst" } } } ],
  "variable": [ { "key": "ti", "value": "@@ti@@" }, { "key": "iu", "value": "https://mingle-ionapi.inforcloudsuite.com" } ]
}
"""
    return "postman/infor-ion.postman_collection.json", fill(t, pid=g.uuid(), ti=g.ion_tenant())


@neg("generic", "masked_log")
def n_masked_log(g):
    lines = []
    for _ in range(g.i(4, 8)):
        lines.append("%s DEBUG [http-client] POST %s Authorization=Bearer ****%s x-api-key=[REDACTED] status=%d took=%dms" % (
            g.ts(), g.c(["https://api.integrator.io/v1/flows", "https://www.workato.com/api/recipes",
                         "https://api.boomi.com/api/rest/v1/acct/ExecutionRequest"]), g.hexs(4), g.c([200, 201, 401, 429]),
            g.i(20, 2000)))
    return "logs/http-client-%s.log" % g.date(), "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

N_POS = 500
N_NEG = 500

SPECIAL_TYPES = {"Dockerfile": "dockerfile", "Jenkinsfile": "groovy", "known_hosts": "known_hosts",
                 "SHA256SUMS": "checksums"}


def filetype(rel):
    base = rel.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.endswith(".postman_collection.json") or base.endswith(".postman_environment.json"):
        return "postman"
    if "." not in base.lstrip("."):
        return "key" if ("id_" in base or "key" in base) else "text"
    return base.rsplit(".", 1)[-1].lower()


def is_blocked_env_name(rel):
    base = rel.rsplit("/", 1)[-1]
    if not base.startswith(".env"):
        return False
    return base not in (".env.example", ".env.sample", ".env.template", ".env.dist")


def write_file(outdir, rel, text):
    path = os.path.join(outdir, *rel.split("/"))
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return path


def neg_pem_slot(g):
    return g.c(["", "${SFTP_PRIVATE_KEY}", "<paste the partner private key here>", "[REDACTED]",
                ssh_ed25519_pub(g, "edi@gateway"), "{{ .Values.sftp.privateKey }}",
                "vault:kv/edi/partner#private_key"])


def key_for(g):
    if g.p(0.55):
        f, l = g.person()
        return openssh_ed25519(g, g.c(["edi@%s-gateway" % g.company(), "%s.%s@%s" % (f, l, g.company()), "sftp-%s" % g.env()]))
    return rsa_pem(g, g.c([2048, 2048, 3072]))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fm.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    rng = random.Random(seed)
    g = G(rng)

    for sub in ("pos", "neg"):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            import shutil
            shutil.rmtree(p)
    if not os.path.isdir(outdir):
        os.makedirs(outdir)

    manifest = []
    secrets = []

    # ---- positives -------------------------------------------------------
    order = [k % len(POS) for k in range(N_POS)]
    rng.shuffle(order)
    env_files = 0
    for idx, ti in enumerate(order):
        T = POS[ti]
        s = key_for(g) if T["pem"] else T["gen"](g)
        rel, text = T["f"](g, s, False)
        needle = pem_first_line(s) if T["pem"] else s
        assert needle and "\n" not in needle, (T["name"], needle)
        if filetype(rel) == "env":
            env_files += 1
        frel = "pos/p%04d/%s" % (idx, rel)
        path = write_file(outdir, frel, text)
        with open(path, encoding="utf-8", newline="") as fh:
            back = fh.read()
        assert back == text
        at = back.find(needle)
        assert at >= 0, (T["name"], needle)
        line = back.count("\n", 0, at) + 1
        assert needle in back.split("\n")[line - 1], (T["name"], line)
        manifest.append({"file": frel, "label": "pos", "provider": T["provider"], "kind": T["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert env_files * 20 <= N_POS, env_files

    # ---- negatives: half re-use positive templates ------------------------
    reusable = [T for T in POS if T["reuse"]]
    n_reuse = N_NEG // 2
    order = [k % len(reusable) for k in range(n_reuse)]
    rng.shuffle(order)
    neg_items = []
    for ti in order:
        T = reusable[ti]
        if T["pem"]:
            slot = neg_pem_slot(g)
        else:
            slot = neg_slot(g, T["ctx"], T["hint"], T["provider"], T["mule"])
        rel, text = T["f"](g, slot, True)
        neg_items.append((rel, text, T["provider"], "non_secret_" + T["kind"]))
    # ---- negatives: look-alikes ------------------------------------------
    order = [k % len(NEG) for k in range(N_NEG - n_reuse)]
    rng.shuffle(order)
    for ti in order:
        T = NEG[ti]
        rel, text = T["f"](g)
        if not text.endswith("\n"):
            text += "\n"
        neg_items.append((rel, text, T["provider"], T["kind"]))
    rng.shuffle(neg_items)
    for idx, (rel, text, prov, kind) in enumerate(neg_items):
        assert not is_blocked_env_name(rel), rel
        frel = "neg/n%04d/%s" % (idx, rel)
        write_file(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    assert len(manifest) == N_POS + N_NEG and len(secrets) == N_POS
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
