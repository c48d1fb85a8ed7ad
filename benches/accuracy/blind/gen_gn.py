#!/usr/bin/env python3
"""gen_gn.py - blind evaluation set for secret scanners: event streaming & message brokers.

EMPHASIS
    Domain: event streaming platforms and message brokers.
    Providers: Confluent Cloud (API key id + API secret, old 64-char and new
    `cflt` formats), self-managed Apache Kafka (SASL/PLAIN and SCRAM passwords,
    keystore passwords, broker JAAS files), Kafka Connect / Debezium connector
    configs (database passwords, JDBC URLs, Snowflake key), Redpanda / Redpanda
    Cloud, Aiven for Apache Kafka (AVNS_ passwords, service.key client keys),
    Upstash Kafka (REST password), Amazon MSK and Kinesis (AWS access keys, MSK
    SCRAM secrets), Azure Event Hubs / Service Bus (SharedAccessKey connection
    strings), Google Pub/Sub (service-account JSON), NATS (.creds files with user
    JWT + nkey seed, seeds, tokens, passwords), Solace PubSub+, RabbitMQ /
    CloudAMQP URLs, ActiveMQ Artemis users, Apache Pulsar / StreamNative tokens
    and OAuth2 key files.
    File types: client.properties, server.properties, connect-*.properties,
    Kafka Connect JSON, docker-compose, Kubernetes/Strimzi YAML, Helm values,
    Spring application.yml / .properties, Python, Go, Node/TypeScript, Java,
    Kotlin, C#, Rust, Ruby, .NET appsettings.json, Terraform, shell, Makefile,
    Dockerfile, GitHub workflows, JAAS .conf, nats-server.conf, .creds, PEM,
    Markdown, HTTP files, logs, CSV, SQL, INI, TOML, XML.

USAGE
    python3 gen_gn.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line of the needle's first
    occurrence).  Standard library only; all randomness from one
    random.Random(SEED); output is byte-identical for the same SEED.

NEEDLE CONVENTIONS
    - The needle is the secret value exactly as written, without quotes.
    - Key id + secret pairs (Confluent key/secret, AWS access key id/secret,
      Upstash username/password, StreamNative client_id/client_secret): the
      needle is the secret half only.
    - URLs (amqps://user:PASS@host, nats://user:PASS@host, jdbc:...password=X):
      the needle is the password component only.
    - Connection strings (Endpoint=sb://...;SharedAccessKey=K): the needle is
      the SharedAccessKey value K.
    - HTTP headers: "Authorization: Bearer T" -> T; "Authorization: Basic B" ->
      the base64 blob B.
    - NATS .creds files (JWT + seed): the needle is the nkey seed (SU...).
    - PEM private keys (files, YAML block scalars, JSON "private_key" with \\n
      escapes): the needle is the BEGIN line text, e.g.
      "-----BEGIN PRIVATE KEY-----", and the line is the line holding it.
      A bare base64 PKCS#8 body on one line (Snowflake connector) -> the body.
    - JWT tokens: the whole compact JWT.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot
    holding something that is not a secret: placeholders (<your-api-secret>,
    YOUR_API_SECRET, changeme, xxxx...), empty values, masked values (****,
    [REDACTED]), environment / secret-manager / Kafka config-provider references
    (${VAR}, ${env:VAR}, ${file:/path:key}, os.environ[...], process.env.X,
    vault: and op:// paths, ${{ secrets.X }}), providers' documented example
    values (Confluent's documented cflt example, AWS EXAMPLE keys, the NATS docs
    .creds seed, the Pulsar docs JWT, Strimzi doc secret), and values the
    provider documents as public (NATS public nkeys, API key ids, certificates).
    The other half are look-alikes from the domain: topic names, consumer group
    ids, lkc-/env-/lsrc-/sa- ids, bootstrap hosts, NATS public keys (U/A/O/N),
    account/operator JWTs in resolver preload, bcrypt password hashes, RabbitMQ
    password_hash, SCRAM stored keys, offsets, Kinesis sequence numbers and
    shard iterators, Pub/Sub ackIds, UUIDs, CA certificates, public keys, JWKS,
    integrity hashes, image digests, base64 payloads, fingerprints.
    No negative is written to a .env / .env.local / .env.production file.

FORMATS CHECKED (provider documentation via search)
    - Confluent Cloud docs "API key format": key id is 16 chars (example
      ABCD1234567890AB), not secret.  Secrets created after 2025-07-30 are
      "cflt" + 60 chars of [A-Za-z0-9+/], the last 6 being the Base64 CRC32 of
      the prior 54; verified on the documented example that the CRC32 covers
      the 54 chars after "cflt" and is encoded little-endian, base64, first 6
      chars.  Older secrets: 64 chars [A-Za-z0-9+/].
    - NATS docs "Authenticating with a Credentials File": exact .creds layout
      (-----BEGIN NATS USER JWT----- / ------END NATS USER JWT------, the
      IMPORTANT banner, USER NKEY SEED block).  nkeys (hex.pm nkeys, dart_nats
      docs): prefix bytes seed 18<<3 ('S'), user 20<<3 ('U'), account 0 ('A'),
      operator 14<<3 ('O'), server 13<<3 ('N'); base32 without padding, CRC16
      appended little-endian; seeds carry two prefix bytes -> 58 chars, public
      keys 56 chars.  User JWT header alg "ed25519-nkey".
    - Azure docs (EventHubConnectionStringProperties, EventHubsConnectionString
      Builder): Endpoint=sb://<ns>.servicebus.windows.net/;SharedAccessKeyName=
      ...;SharedAccessKey=...[;EntityPath=...]; Kafka endpoint uses username
      "$ConnectionString".  Key = base64 of 32 bytes (44 chars).
    - Pulsar docs "Client authentication using tokens": authPlugin
      AuthenticationToken, authParams=token:<JWT>; documented example JWT used
      as a negative.
    - Upstash docs: UPSTASH_KAFKA_REST_URL/USERNAME/PASSWORD, HTTP Basic auth;
      SCRAM-SHA-512 over SASL_SSL for native clients.  Shapes of username
      (base64 of "<cluster>$" + random) and password (base64 of a hex UUID
      string) taken from how public projects write them.
    - Aiven: service-user passwords "AVNS_" + 19 chars [A-Za-z0-9_-] (from how
      public projects' config files look), avnadmin user, *.aivencloud.com
      hosts, service.key / service.cert / ca.pem client-certificate files.
    - CloudAMQP URLs amqps://<8 lowercase>:<32 chars [A-Za-z0-9_-]>@<animal>.
      rmq.cloudamqp.com/<same 8 lowercase> (public projects); RabbitMQ URI spec.
    - Strimzi / Red Hat Streams docs: KafkaUser scram-sha-512, Secret with
      password + sasl.jaas.config, KafkaConnect passwordSecret; documented
      example secret value LFTIyFRFlMmU2N2Tm used as a negative.
    - Redpanda docs: rpk security user create, SCRAM-SHA-256/512.

DOUBTS
    - Confluent key-id alphabet assumed [A-Z0-9]; base64 byte order of the cflt
      CRC was inferred from the one documented example.
    - Aiven AVNS_ length (19 after the prefix) inferred from public config
      files, not from an Aiven page.  Aiven API tokens not generated (format not
      found).
    - Upstash username/password shapes inferred from public code, not docs.
    - Redpanda Cloud OAuth client secrets, StreamNative OAuth client_secret,
      Solace Cloud generated passwords and Strimzi-generated SCRAM passwords:
      no format documented that I found; generated as long random alphanumerics.
    - Amazon MSK IAM carries no static secret in the client properties; MSK and
      Kinesis positives therefore use AWS access keys (AKIA + 16 [A-Z2-7], 40-char
      secret) and MSK SCRAM secrets; AWS formats not re-checked in this session.
    - PEM private-key bodies are random bytes after a correct DER prefix; they
      are not valid keys.  NATS JWT and StreamNative JWT signatures are random.
    - Google service-account JSON layout written from memory of the standard
      key file; not re-checked against a page in this session.
    - Some searches returned secret-scanner vendor pages (GitGuardian, Xygeni,
      RedHunt Labs detector descriptions); they were not opened further and not
      used for any format or template.
"""
import base64
import json
import os
import random
import sys
import zlib

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
B64 = AN + "+/"
URLSAFE = AN + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"


def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(data):
    return base64.b64encode(data).decode()


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- credentials
def conf_key_id(r):
    return rs(r, 16, UP + DG)


def conf_secret(r):
    if r.random() < 0.5:
        body = rs(r, 54, B64)
        crc = zlib.crc32(body.encode()).to_bytes(4, "little")
        return "cflt" + body + b64(crc)[:6]
    return rs(r, 64, B64)


def crc16(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


NK_PREFIX = {"S": 18 << 3, "U": 20 << 3, "A": 0, "O": 14 << 3, "N": 13 << 3}


def nkey_public(r, kind="U"):
    raw = bytes([NK_PREFIX[kind]]) + rbytes(r, 32)
    raw += crc16(raw).to_bytes(2, "little")
    return base64.b32encode(raw).decode().rstrip("=")


def nkey_seed(r, kind="U"):
    p = NK_PREFIX[kind]
    b1 = NK_PREFIX["S"] | (p >> 5)
    b2 = (p & 31) << 3
    raw = bytes([b1, b2]) + rbytes(r, 32)
    raw += crc16(raw).to_bytes(2, "little")
    return base64.b32encode(raw).decode().rstrip("=")


def jwt(header, payload, sig):
    return "%s.%s.%s" % (b64u(json.dumps(header, separators=(",", ":")).encode()),
                         b64u(json.dumps(payload, separators=(",", ":")).encode()), b64u(sig))


def nats_user_jwt(r, name, acct=None, user=None):
    acct = acct or nkey_public(r, "A")
    user = user or nkey_public(r, "U")
    iat = 1650000000 + r.randrange(90000000)
    payload = {"jti": rs(r, 52, B32), "iat": iat, "iss": acct, "name": name, "sub": user,
               "nats": {"pub": {}, "sub": {}, "subs": -1, "data": -1, "payload": -1,
                        "type": "user", "version": 2}}
    return jwt({"typ": "JWT", "alg": "ed25519-nkey"}, payload, rbytes(r, 64))


def nats_account_jwt(r, name, acct, op):
    iat = 1650000000 + r.randrange(90000000)
    payload = {"jti": rs(r, 52, B32), "iat": iat, "iss": op, "name": name, "sub": acct,
               "nats": {"limits": {"subs": -1, "data": -1, "payload": -1, "imports": -1,
                                   "exports": -1, "wildcards": True, "conn": -1, "leaf": -1},
                        "default_permissions": {"pub": {}, "sub": {}},
                        "type": "account", "version": 2}}
    return jwt({"typ": "JWT", "alg": "ed25519-nkey"}, payload, rbytes(r, 64))


def pulsar_token(r, sub=None):
    sub = sub or r.choice(["orders-svc", "ingest", "admin", "billing-consumer", "etl"])
    if r.random() < 0.5:
        return jwt({"alg": "HS256"}, {"sub": sub}, rbytes(r, 32))
    now = 1690000000 + r.randrange(60000000)
    org = "o-" + rs(r, 5, LO + DG)
    payload = {"https://streamnative.io/scope": ["admin", "access"],
               "https://streamnative.io/username": "%s@%s.auth.streamnative.cloud" % (sub, org),
               "iss": "https://auth.streamnative.cloud/", "sub": rs(r, 32, AN) + "@clients",
               "aud": "urn:sn:pulsar:%s:%s" % (org, r.choice(["prod", "staging", "instance-1"])),
               "iat": now, "exp": now + 31536000, "gty": "client-credentials"}
    return jwt({"alg": "RS256", "typ": "JWT", "kid": rs(r, 36, HEX)}, payload, rbytes(r, 256))


def aws_akid(r):
    return "AKIA" + rs(r, 16, B32)


def akid(r, c):
    """Access key id next to the secret; negatives get the documented example id."""
    if c.neg:
        return r.choice(["AKIAIOSFODNN7EXAMPLE", "YOUR_ACCESS_KEY_ID", "<aws-access-key-id>"])
    return aws_akid(r)


def aws_secret(r):
    return rs(r, 40, B64)


def azure_sas_key(r):
    return b64(rbytes(r, 32))


def aiven_pw(r):
    return "AVNS_" + rs(r, 19, URLSAFE)


def cloudamqp_user(r):
    return rs(r, 8, LO)


def cloudamqp_pw(r):
    return rs(r, 32, URLSAFE)


def upstash_user(r, cluster):
    return b64u((cluster + "$").encode()) + rs(r, 40, URLSAFE)


def upstash_pw(r):
    return b64(uuid4(r).encode())


def pw_strong(r, n=None):
    n = n or r.choice([16, 20, 24, 28, 32])
    alpha = AN + "!*-_.+=~^"
    while True:
        s = rs(r, n, alpha)
        if any(c in DG for c in s) and any(c in UP for c in s) and any(c in LO for c in s):
            return s


def pw_alnum(r, n=None):
    return rs(r, n or r.choice([20, 24, 32]), AN)


WORDS = ["tangerine", "harbor", "falcon", "granite", "velvet", "orbit", "cobalt", "maple",
         "thunder", "lantern", "saffron", "glacier", "mosaic", "pepper", "quartz", "willow",
         "ember", "canyon", "juniper", "meadow", "nimbus", "pixel", "raven", "sierra"]


def pw_human(r):
    a, b = r.sample(WORDS, 2)
    return "%s%s%s%s" % (a.capitalize(), r.choice(["-", "_", ".", ""]), b.capitalize(),
                         r.choice(["!", "#", "2024", "77", "!9", "$1", "42?"]).replace("#", "!")
                         .replace("$", "%").replace("?", "*"))


def pw_any(r):
    x = r.random()
    if x < 0.45:
        return pw_strong(r)
    if x < 0.8:
        return pw_alnum(r)
    return pw_human(r)


RSA8_PREFIX = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
RSA1_PREFIX = bytes.fromhex("308204a40201000282010100")
EC_PREFIX = bytes.fromhex("307702010104")
EC_MID = bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
CERT_PREFIX = bytes.fromhex("30820312308201faa003020102")


def pem_wrap(label, der):
    s = b64(der)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def der_rsa8(r):
    return RSA8_PREFIX + bytes([0xb0 | r.randrange(16)]) + rbytes(r, 1217 - len(RSA8_PREFIX) - 1)


def pem_private(r, kind=None):
    kind = kind or r.choice(["pkcs8", "pkcs8", "rsa", "ec"])
    if kind == "pkcs8":
        return "PRIVATE KEY", pem_wrap("PRIVATE KEY", der_rsa8(r))
    if kind == "rsa":
        der = RSA1_PREFIX + bytes([0xc0 | r.randrange(16)]) + rbytes(r, 1192 - len(RSA1_PREFIX) - 1)
        return "RSA PRIVATE KEY", pem_wrap("RSA PRIVATE KEY", der)
    der = EC_PREFIX + b"\x20" + rbytes(r, 32) + EC_MID + rbytes(r, 64)
    return "EC PRIVATE KEY", pem_wrap("EC PRIVATE KEY", der)


def pem_cert(r):
    return pem_wrap("CERTIFICATE", CERT_PREFIX + rbytes(r, 780))


def pem_public(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(r, 261)
    return pem_wrap("PUBLIC KEY", der)


# ----------------------------------------------------------- innocent context
TOPIC_A = ["orders", "payments", "inventory", "shipments", "clickstream", "user-events", "audit",
           "invoices", "telemetry", "notifications", "ledger", "sessions", "carts", "pricing"]
TOPIC_B = ["created", "updated", "v1", "v2", "raw", "enriched", "dlq", "cdc", "compacted", "events"]
SERVICES = ["order-service", "payment-gateway", "inventory-sync", "fulfillment", "billing-worker",
            "analytics-ingest", "notifier", "ledger-writer", "search-indexer", "fraud-scorer"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1"]
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wayne"]
ANIMALS = ["beaver", "shark", "armadillo", "wasp", "fish", "termite", "toad", "moose", "rattlesnake",
           "kangaroo", "lemur", "puffin", "hippo", "gerbil", "whale"]
ADJ = ["tops", "nearby", "gentle", "brave", "quick", "calm", "noble", "proud", "vivid", "witty"]


def topic(r):
    sep = r.choice([".", "-", "_"])
    t = r.choice(TOPIC_A) + sep + r.choice(TOPIC_B)
    return (r.choice(["prod", "stg", "dev", "", ""]) + sep + t).lstrip(sep)


def group(r):
    return r.choice(SERVICES) + r.choice(["-group", "-consumer", "-cg", "", "-v2"])


def svc(r):
    return r.choice(SERVICES)


def company(r):
    return r.choice(COMPANIES)


def lid(r, prefix, n=5):
    return prefix + "-" + rs(r, n, LO + DG)


def cc_bootstrap(r):
    return "pkc-%s.%s.aws.confluent.cloud:9092" % (rs(r, 5, LO + DG), r.choice(REGIONS))


def cc_sr(r):
    return "https://psrc-%s.%s.aws.confluent.cloud" % (rs(r, 5, LO + DG), r.choice(REGIONS))


def aiven_host(r, svc_kind="kafka"):
    return "%s-%s-%s-%s.%s.aivencloud.com" % (svc_kind, rs(r, 8, HEX), company(r), r.choice(["prod", "dev", "project"]),
                                             r.choice(["a", "b", "c", "e", "f", "g", "h", "l"]))


def eh_ns(r):
    return "%s-%s-%s" % (company(r), r.choice(["events", "ingest", "telemetry", "bus"]), r.choice(["prod", "dev", "weu", "eus2"]))


def msk_host(r, n=1, port=9096):
    name = r.choice(["events", "streaming", "core-kafka", "data-bus"])
    return "b-%d.%s.%s.c%d.kafka.%s.amazonaws.com:%d" % (n, name, rs(r, 6, LO + DG), r.randint(1, 9), r.choice(REGIONS), port)


def upstash_cluster(r):
    return "%s-%s-%d" % (r.choice(ADJ), r.choice(ANIMALS), r.randint(1000, 99999))


def nats_host(r):
    return r.choice(["nats://nats.%s.internal:4222" % company(r), "tls://connect.ngs.global",
                     "nats://nats-0.nats.messaging.svc.cluster.local:4222", "nats://127.0.0.1:4222"])


def solace_host(r):
    return "tcps://mr-connection-%s.messaging.solace.cloud:55443" % rs(r, 11, LO + DG)


def sn_host(r):
    return "pc-%s.%s.streamnative.aws.snio.cloud" % (rs(r, 8, HEX), r.choice(["aws-use2-production-snci-pool-kid", "aws-euw1-production-snci-pool-slug"]))


def rp_host(r):
    return "seed-%s.%s.byoc.prd.cloud.redpanda.com:9092" % (rs(r, 8, HEX), rs(r, 20, LO + DG))


def header(r, style, lines):
    """A short comment header in the given comment style."""
    pre = {"#": "# ", "//": "// ", "--": "-- ", ";": "; "}[style]
    return "".join(pre + ln + "\n" for ln in lines)


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                     r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def logts(r):
    return "2024-%02d-%02d %02d:%02d:%02d,%03d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                   r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


# ------------------------------------------------------------- secret slots
class Gen:
    def __init__(self, make, doc=(), public=None, ph=(), needle=None, pem=False):
        self.make, self.doc, self.public, self.ph = make, list(doc), public, list(ph)
        self.needle_fn, self.pem = needle, pem

    def needle(self, value):
        return self.needle_fn(value) if self.needle_fn else value


def _pem_make(kind=None):
    return lambda r: pem_private(r, kind)[1]


G_CONF = Gen(conf_secret, doc=["cfltT8d8RzkNseTMEDKcjNM1BZTFPHqRn/dQm9q7w6SjzZ12wZfwjaJdipHZtDjw"],
             ph=["<CLUSTER_API_SECRET>", "{{ CLUSTER_API_SECRET }}", "<api-secret>", "YOUR_API_SECRET",
                 "<ccloud-api-secret>"], public=lambda r: conf_key_id(r))
G_PW = Gen(pw_any, ph=["changeme", "<password>", "your-password-here", "CHANGE_ME", "<kafka-password>"])
G_KS = Gen(pw_strong, ph=["changeit", "<keystore-password>", "CHANGE_ME"])
G_AIVEN = Gen(aiven_pw, ph=["<AIVEN_SERVICE_PASSWORD>", "AVNS_xxxxxxxxxxxxxxxxxxx", "<avnadmin-password>"])
G_AWS = Gen(aws_secret, doc=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
            ph=["<aws-secret-access-key>", "YOUR_SECRET_ACCESS_KEY", "REPLACE_WITH_SECRET_KEY"])
G_AZ = Gen(azure_sas_key, ph=["<your-shared-access-key>", "{SharedAccessKey}", "<key>", "YOUR_SAS_KEY"])
G_NSEED = Gen(lambda r: nkey_seed(r, "U"), doc=["SUAOY5JZ2WJKVR4UO2KJ2P3SW6FZFNWEOIMAXF4WZEUNVQXXUOKGM55CYE"],
              public=lambda r: nkey_public(r, "U"), ph=["SU...", "<user-nkey-seed>", "SUXXXXXXXXXXXXXXXX"])
G_ASEED = Gen(lambda r: nkey_seed(r, "A"), public=lambda r: nkey_public(r, "A"), ph=["SA...", "<account-seed>"])
G_OSEED = Gen(lambda r: nkey_seed(r, "O"), public=lambda r: nkey_public(r, "O"), ph=["SO...", "<operator-seed>"])
G_PULSAR = Gen(pulsar_token, doc=["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJKb2UifQ.ipevRNuRP6HflG8cFKnmUPtypruRC4fb1DWtoLL62SY"],
               ph=["<token>", "YOUR_TOKEN", "<streamnative-api-key>"])
G_AMQP = Gen(cloudamqp_pw, ph=["<password>", "PASSWORD", "guest"])
G_UPSTASH = Gen(upstash_pw, ph=["<UPSTASH_KAFKA_REST_PASSWORD>", "your-long-password-string", "xxx"])
G_PEM = Gen(_pem_make(), needle=lambda v: v.split("\n")[0], pem=True,
            ph=["<paste the client private key here>", "REPLACE_WITH_PEM"], public=lambda r: pem_cert(r))
G_PEM8 = Gen(_pem_make("pkcs8"), needle=lambda v: v.split("\n")[0], pem=True,
             ph=["<PRIVATE_KEY>", "REPLACE_WITH_PEM"])
G_SNOW = Gen(lambda r: b64(der_rsa8(r)), ph=["<snowflake-private-key>", "${SNOWFLAKE_PRIVATE_KEY}"])
G_TOKEN = Gen(lambda r: rs(r, r.choice([24, 32, 40]), AN), ph=["<token>", "s3cr3t", "CHANGE_ME"])
G_CLIENTSECRET = Gen(lambda r: rs(r, 64, AN + "-_"), ph=["<client-secret>", "YOUR_CLIENT_SECRET"],
                     public=lambda r: rs(r, 32, AN))
G_STRIMZI = Gen(lambda r: pw_alnum(r, 32), doc=["LFTIyFRFlMmU2N2Tm"], ph=["<password>", "changeme"])
G_SOLACE = Gen(lambda r: rs(r, 26, LO + DG), ph=["<client-password>", "default", "CHANGE_ME"])
G_URLPW = Gen(lambda r: rs(r, r.choice([20, 24, 32]), URLSAFE), ph=["password", "<password>", "PASSWORD", "pass"])

MASKS = ["********", "****************", "[REDACTED]", "<redacted>", "xxxxxxxx", "*****", "[hidden]",
         "REDACTED", "**********"]
GENERIC_PH = ["<password>", "changeme", "CHANGE_ME", "REPLACE_ME", "your-secret-here",
              "xxxxxxxxxxxxxxxxxxxxxxxx", "<secret>", "TBD"]


def envref(r, ctx, env):
    low = env.lower()
    o = {
        "props": ["${env:%s}" % env, "${file:/opt/kafka/secrets/client-secrets.properties:%s}" % low.replace("_", "."),
                  "${%s}" % env, "${directory:/mnt/secrets:%s}" % low],
        "json": ["${file:/opt/kafka/external-configuration/credentials/creds.properties:%s}" % low.replace("_", "."),
                 "${env:%s}" % env, "${secrets:kafka-connect/%s}" % low],
        "yaml": ["${%s}" % env, "vault:secret/data/kafka#%s" % low, "op://platform/kafka/%s" % low.replace("_", "-"),
                 "${%s}" % env],
        "gha": ["${{ secrets.%s }}" % env],
        "shell": ["$%s" % env, "${%s:?missing %s}" % (env, env), "$(cat /run/secrets/%s)" % low,
                  "$(vault kv get -field=%s secret/kafka)" % low, "$(op read op://platform/kafka/%s)" % low.replace("_", "-")],
        "url": ["${%s}" % env, "$%s" % env, "{%s}" % low],
        "xml": ["${env.%s}" % env, "${%s}" % env],
        "dotnet": ["#{%s}#" % env, "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % ("events", low.replace("_", "-"))],
        "md": ["$%s" % env, "<%s>" % env, "${%s}" % env],
        "pem": ["${%s}" % env],
    }
    return r.choice(o.get(ctx, ["${%s}" % env]))


def code_env(r, lang, env):
    o = {"py": ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")'],
         "js": ["process.env.%s", 'process.env["%s"]'],
         "go": ['os.Getenv("%s")'], "java": ['System.getenv("%s")'], "kt": ['System.getenv("%s")'],
         "cs": ['Environment.GetEnvironmentVariable("%s")'], "rs": ['std::env::var("%s")?'],
         "rb": ['ENV.fetch("%s")'], "hcl": ["var.%s"]}
    f = r.choice(o[lang])
    return f % (env.lower() if lang == "hcl" else env)


class Slot:
    def __init__(self, r, neg, gen, env):
        self.r, self.neg, self.gen, self.env = r, neg, gen, env
        self._cache = None
        if neg:
            cats = ["placeholder"] * 3 + ["envref"] * 4 + ["masked"] * 2 + ["empty"]
            if gen.doc:
                cats += ["doc"] * 4
            if gen.public:
                cats += ["public"] * 2
            self.cat = r.choice(cats)
            self.value = None
        else:
            self.cat = "secret"
            self.value = gen.make(r)

    @property
    def needle(self):
        return self.gen.needle(self.value)

    def _filler(self, ctx):
        r, c = self.r, self.cat
        if c == "doc":
            return r.choice(self.gen.doc)
        if c == "public":
            return self.gen.public(r)
        if c == "empty":
            return ""
        if c == "masked":
            if self.gen.pem and ctx == "pem":
                return "-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----"
            return r.choice(MASKS)
        if c == "placeholder":
            return r.choice(self.gen.ph + GENERIC_PH[:3])
        return envref(r, ctx, self.env)

    def raw(self, ctx="cfg"):
        if not self.neg:
            return self.value
        if self._cache is None:
            self._cache = self._filler(ctx)
        return self._cache

    def lit(self, lang, q='"'):
        if not self.neg:
            return q + self.value + q
        if self.cat == "envref":
            if self._cache is None:
                self._cache = code_env(self.r, lang, self.env)
            return self._cache
        return q + self.raw("code") + q


class Ctx:
    def __init__(self, r, neg):
        self.r, self.neg, self.slots = r, neg, []

    def slot(self, gen, env):
        s = Slot(self.r, self.neg, gen, env)
        self.slots.append(s)
        return s


POS_T = []
NEG_T = []


def P(provider, kind, conv, paths):
    def deco(fn):
        POS_T.append({"name": fn.__name__, "provider": provider, "kind": kind, "conv": conv,
                      "paths": paths, "fn": fn})
        return fn
    return deco


def N(provider, kind, paths):
    def deco(fn):
        NEG_T.append({"name": fn.__name__, "provider": provider, "kind": kind, "paths": paths, "fn": fn})
        return fn
    return deco


def indent(text, n):
    return "\n".join((" " * n + ln) if ln else ln for ln in text.split("\n"))


JAAS_PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule"
JAAS_SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule"


# ======================================================= positive templates
# --- Confluent Cloud -------------------------------------------------------
@P("confluent", "api_key_secret", False, ["config/client.properties", "ccloud/java.config",
                                          "src/main/resources/ccloud.properties", "kafka/client.properties"])
def t_cc_client_props(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CCLOUD_API_SECRET")
    return (f"# Required connection configs for Kafka producer, consumer, and admin\n"
            f"bootstrap.servers={cc_bootstrap(r)}\n"
            f"security.protocol=SASL_SSL\n"
            f"sasl.jaas.config={JAAS_PLAIN} required username='{k}' password='{s.raw('props')}';\n"
            f"sasl.mechanism=PLAIN\n"
            f"# Required for correctness in Apache Kafka clients prior to 2.6\n"
            f"client.dns.lookup=use_all_dns_ips\n\n"
            f"# Best practice for higher availability in Apache Kafka clients prior to 3.0\n"
            f"session.timeout.ms=45000\n\n"
            f"# Best practice for Kafka producer to prevent data loss\n"
            f"acks=all\n\n"
            f"# Required connection configs for Confluent Cloud Schema Registry\n"
            f"schema.registry.url={cc_sr(r)}\n"
            f"basic.auth.credentials.source=USER_INFO\n"
            f"basic.auth.user.info=${{SR_API_KEY}}:${{SR_API_SECRET}}\n")


@P("confluent", "api_key_secret", False, ["app/producer.py", "src/events/producer.py", "ingest/kafka_client.py"])
def t_cc_py_dict(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "KAFKA_API_SECRET")
    t = topic(r)
    return (f"import json\nimport logging\n\nfrom confluent_kafka import Producer\n\n"
            f"log = logging.getLogger(__name__)\n\n"
            f"conf = {{\n"
            f"    \"bootstrap.servers\": \"{cc_bootstrap(r)}\",\n"
            f"    \"security.protocol\": \"SASL_SSL\",\n"
            f"    \"sasl.mechanisms\": \"PLAIN\",\n"
            f"    \"sasl.username\": \"{k}\",\n"
            f"    \"sasl.password\": {s.lit('py')},\n"
            f"    \"client.id\": \"{svc(r)}\",\n"
            f"    \"linger.ms\": 20,\n"
            f"}}\n\nproducer = Producer(conf)\n\n\n"
            f"def delivery_report(err, msg):\n"
            f"    if err is not None:\n"
            f"        log.error(\"delivery failed for %s: %s\", msg.key(), err)\n\n\n"
            f"def publish(key, payload):\n"
            f"    producer.produce(\"{t}\", key=key, value=json.dumps(payload), callback=delivery_report)\n"
            f"    producer.poll(0)\n")


@P("confluent", "api_key_secret", False, ["src/Orders.Api/appsettings.json", "appsettings.Production.json"])
def t_cc_appsettings(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "Kafka__SaslPassword")
    return ("{\n  \"Logging\": {\n    \"LogLevel\": {\n      \"Default\": \"Information\",\n"
            "      \"Microsoft.AspNetCore\": \"Warning\"\n    }\n  },\n"
            "  \"AllowedHosts\": \"*\",\n"
            "  \"Kafka\": {\n"
            f"    \"BootstrapServers\": \"{cc_bootstrap(r)}\",\n"
            "    \"SecurityProtocol\": \"SaslSsl\",\n"
            "    \"SaslMechanism\": \"Plain\",\n"
            f"    \"SaslUsername\": \"{k}\",\n"
            f"    \"SaslPassword\": \"{s.raw('dotnet')}\",\n"
            f"    \"GroupId\": \"{group(r)}\",\n"
            f"    \"Topic\": \"{topic(r)}\"\n"
            "  }\n}\n")


@P("confluent", "cloud_api_secret", True, ["infra/confluent/main.tf", "terraform/providers.tf"])
def t_cc_tf_provider(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CONFLUENT_CLOUD_API_SECRET")
    return ("terraform {\n  required_providers {\n    confluent = {\n      source  = \"confluentinc/confluent\"\n"
            f"      version = \"{r.choice(['1.83.0', '2.2.0', '2.10.0'])}\"\n    }}\n  }}\n}}\n\n"
            "provider \"confluent\" {\n"
            f"  cloud_api_key    = \"{k}\"\n"
            f"  cloud_api_secret = {s.lit('hcl')}\n"
            "}\n\n"
            "resource \"confluent_environment\" \"staging\" {\n  display_name = \"Staging\"\n\n"
            "  stream_governance {\n    package = \"ESSENTIALS\"\n  }\n}\n\n"
            "resource \"confluent_kafka_cluster\" \"basic\" {\n  display_name = \"inventory\"\n"
            "  availability = \"SINGLE_ZONE\"\n  cloud        = \"AWS\"\n"
            f"  region       = \"{r.choice(REGIONS)}\"\n  basic {{}}\n\n"
            "  environment {\n    id = confluent_environment.staging.id\n  }\n}\n")


@P("confluent", "cloud_api_secret", True, ["scripts/ccloud-env.sh", "bin/setup-ccloud.sh"])
def t_cc_shell(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CONFLUENT_CLOUD_API_SECRET")
    return ("#!/usr/bin/env bash\nset -euo pipefail\n\n"
            "# Credentials for the confluent CLI and terraform (org-level Cloud API key)\n"
            f"export CONFLUENT_CLOUD_API_KEY=\"{k}\"\n"
            f"export CONFLUENT_CLOUD_API_SECRET=\"{s.raw('shell')}\"\n\n"
            f"ENV_ID=\"{lid(r, 'env', 5)}\"\nCLUSTER_ID=\"{lid(r, 'lkc', 5)}\"\n\n"
            "confluent environment use \"$ENV_ID\"\n"
            "confluent kafka cluster use \"$CLUSTER_ID\"\n"
            f"confluent kafka topic create {topic(r)} --partitions 6 --if-not-exists\n")


@P("confluent", "api_key_secret", True, [".github/workflows/deploy.yml", ".github/workflows/integration.yml"])
def t_cc_gha(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CONFLUENT_API_SECRET")
    return ("name: integration\n\non:\n  push:\n    branches: [main]\n\n"
            "jobs:\n  test:\n    runs-on: ubuntu-latest\n"
            "    env:\n"
            f"      KAFKA_BOOTSTRAP: {cc_bootstrap(r)}\n"
            f"      CONFLUENT_API_KEY: {k}\n"
            f"      CONFLUENT_API_SECRET: \"{s.raw('gha')}\"\n"
            "    steps:\n      - uses: actions/checkout@v4\n"
            "      - uses: actions/setup-java@v4\n        with:\n          distribution: temurin\n          java-version: '21'\n"
            "      - run: ./gradlew integrationTest --no-daemon\n")


@P("confluent", "api_key_secret", False, ["internal/stream/producer.go", "pkg/kafka/client.go"])
def t_cc_go(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "KAFKA_SASL_PASSWORD")
    return ("package stream\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n"
            "\t\"github.com/confluentinc/confluent-kafka-go/v2/kafka\"\n)\n\n"
            "var _ = os.Getenv\n\n"
            "// NewProducer returns a producer wired to the shared Confluent Cloud cluster.\n"
            "func NewProducer() (*kafka.Producer, error) {\n"
            "\tp, err := kafka.NewProducer(&kafka.ConfigMap{\n"
            f"\t\t\"bootstrap.servers\": \"{cc_bootstrap(r)}\",\n"
            "\t\t\"security.protocol\": \"SASL_SSL\",\n"
            "\t\t\"sasl.mechanisms\":   \"PLAIN\",\n"
            f"\t\t\"sasl.username\":     \"{k}\",\n"
            f"\t\t\"sasl.password\":     {s.lit('go')},\n"
            "\t\t\"acks\":              \"all\",\n"
            "\t})\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"create producer: %w\", err)\n\t}\n\treturn p, nil\n}\n")


@P("confluent", "api_key_secret", False, ["src/kafka.js", "lib/kafka/client.ts", "services/events/kafka.ts"])
def t_cc_kafkajs(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "KAFKA_SECRET")
    return ("const { Kafka, logLevel } = require('kafkajs')\n\n"
            "const kafka = new Kafka({\n"
            f"  clientId: '{svc(r)}',\n"
            f"  brokers: ['{cc_bootstrap(r)}'],\n"
            "  ssl: true,\n  logLevel: logLevel.WARN,\n"
            "  sasl: {\n    mechanism: 'plain',\n"
            f"    username: '{k}',\n"
            f"    password: {s.lit('js', chr(39))},\n"
            "  },\n})\n\n"
            f"const consumer = kafka.consumer({{ groupId: '{group(r)}' }})\n\n"
            "module.exports = { kafka, consumer }\n")


@P("confluent", "api_key_secret", False, ["src/main/resources/application.yml", "config/application-prod.yml"])
def t_cc_spring(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "KAFKA_API_SECRET")
    return ("server:\n  port: 8080\n\nspring:\n  application:\n"
            f"    name: {svc(r)}\n  kafka:\n"
            f"    bootstrap-servers: {cc_bootstrap(r)}\n"
            "    properties:\n      security.protocol: SASL_SSL\n      sasl.mechanism: PLAIN\n"
            f"      sasl.jaas.config: \"{JAAS_PLAIN} required username='{k}' password='{s.raw('yaml')}';\"\n"
            "    consumer:\n"
            f"      group-id: {group(r)}\n      auto-offset-reset: earliest\n"
            "    producer:\n      acks: all\n\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info\n")


@P("confluent", "api_key_secret", False, ["config/schema-registry.properties", "src/main/resources/sr.properties"])
def t_cc_sr_userinfo(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "SR_API_SECRET")
    return ("# Schema Registry client settings (Avro serializer)\n"
            f"schema.registry.url={cc_sr(r)}\n"
            "basic.auth.credentials.source=USER_INFO\n"
            f"basic.auth.user.info={k}:{s.raw('props')}\n"
            "auto.register.schemas=false\nuse.latest.version=true\n"
            "value.subject.name.strategy=io.confluent.kafka.serializers.subject.TopicNameStrategy\n")


@P("confluent", "cloud_api_secret", False, ["docs/operations/confluent-api.md", "README.md"])
def t_cc_curl_md(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CLOUD_API_SECRET")
    env = lid(r, "env", 5)
    return ("# Confluent Cloud admin notes\n\n"
            "Use the org-level Cloud API key for management calls. Listing clusters in the\n"
            "staging environment:\n\n```bash\n"
            f"curl -s -u {k}:{s.raw('md')} \\\n"
            f"  \"https://api.confluent.cloud/cmk/v2/clusters?environment={env}\" | jq '.data[].id'\n"
            "```\n\nThe response contains ids such as `" + lid(r, "lkc", 5) + "`; pass them to the\n"
            "`confluent kafka cluster use` command.\n")


@P("confluent", "api_key_secret", False, ["docker-compose.yml", "deploy/docker-compose.connect.yml"])
def t_cc_compose_connect(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CONNECT_API_SECRET")
    return ("services:\n  connect:\n    image: confluentinc/cp-kafka-connect:7.6.1\n"
            "    ports:\n      - \"8083:8083\"\n    environment:\n"
            f"      CONNECT_BOOTSTRAP_SERVERS: \"{cc_bootstrap(r)}\"\n"
            "      CONNECT_GROUP_ID: \"connect-cluster\"\n"
            "      CONNECT_CONFIG_STORAGE_TOPIC: \"_connect-configs\"\n"
            "      CONNECT_OFFSET_STORAGE_TOPIC: \"_connect-offsets\"\n"
            "      CONNECT_STATUS_STORAGE_TOPIC: \"_connect-status\"\n"
            "      CONNECT_SECURITY_PROTOCOL: SASL_SSL\n      CONNECT_SASL_MECHANISM: PLAIN\n"
            f"      CONNECT_SASL_JAAS_CONFIG: \"{JAAS_PLAIN} required username='{k}' password='{s.raw('yaml')}';\"\n"
            "      CONNECT_KEY_CONVERTER: org.apache.kafka.connect.storage.StringConverter\n"
            "      CONNECT_VALUE_CONVERTER: io.confluent.connect.avro.AvroConverter\n")


@P("confluent", "api_key_secret", False, ["Makefile", "scripts/bootstrap.mk"])
def t_cc_makefile(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "API_SECRET")
    return (".PHONY: login topics\n\n"
            f"CLUSTER ?= {lid(r, 'lkc', 5)}\n\n"
            "login:\n\tconfluent login --save\n"
            f"\tconfluent api-key store {k} {s.raw('shell')} --resource $(CLUSTER) --force\n"
            f"\tconfluent api-key use {k} --resource $(CLUSTER)\n\n"
            "topics: login\n"
            f"\tconfluent kafka topic create {topic(r)} --partitions 12\n")


@P("confluent", "api_key_secret", True, ["src/main/java/com/acme/events/KafkaConfig.java"])
def t_cc_java_const(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CONFLUENT_API_SECRET")
    return ("package com.acme.events;\n\nimport java.util.Properties;\n\n"
            "import org.apache.kafka.clients.CommonClientConfigs;\n"
            "import org.apache.kafka.common.config.SaslConfigs;\n\n"
            "public final class KafkaConfig {\n"
            f"    static final String BOOTSTRAP = \"{cc_bootstrap(r)}\";\n"
            f"    static final String CONFLUENT_API_KEY = \"{k}\";\n"
            f"    static final String CONFLUENT_API_SECRET = {s.lit('java')};\n\n"
            "    private KafkaConfig() {}\n\n"
            "    public static Properties base() {\n"
            "        Properties p = new Properties();\n"
            "        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);\n"
            "        p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, \"SASL_SSL\");\n"
            "        p.put(SaslConfigs.SASL_MECHANISM, \"PLAIN\");\n"
            "        p.put(SaslConfigs.SASL_JAAS_CONFIG, String.format(\n"
            f"            \"{JAAS_PLAIN} required username='%s' password='%s';\",\n"
            "            CONFLUENT_API_KEY, CONFLUENT_API_SECRET));\n"
            "        return p;\n    }\n}\n")


@P("confluent", "api_key_secret", True, ["settings/kafka.py", "config/settings.py"])
def t_cc_py_settings(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CONFLUENT_API_SECRET")
    return ("\"\"\"Kafka settings shared by the web app and the workers.\"\"\"\nimport os\n\n"
            "DEBUG = os.getenv(\"DEBUG\", \"0\") == \"1\"\n\n"
            f"KAFKA_BOOTSTRAP_SERVERS = \"{cc_bootstrap(r)}\"\n"
            f"CONFLUENT_API_KEY = \"{k}\"\n"
            f"CONFLUENT_API_SECRET = {s.lit('py')}\n"
            f"SCHEMA_REGISTRY_URL = \"{cc_sr(r)}\"\n\n"
            f"ORDERS_TOPIC = \"{topic(r)}\"\nCONSUMER_GROUP = \"{group(r)}\"\n")


@P("confluent", "api_key_secret", True, ["k8s/secrets/confluent-credentials.yaml", "deploy/k8s/kafka-secret.yaml"])
def t_cc_k8s_secret(r, c):
    k, s = conf_key_id(r), c.slot(G_CONF, "CONFLUENT_CLOUD_API_SECRET")
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: confluent-cloud-credentials\n"
            f"  namespace: {r.choice(['streaming', 'orders', 'default'])}\n  labels:\n"
            f"    app.kubernetes.io/part-of: {svc(r)}\ntype: Opaque\nstringData:\n"
            f"  CONFLUENT_CLOUD_API_KEY: \"{k}\"\n"
            f"  CONFLUENT_CLOUD_API_SECRET: \"{s.raw('yaml')}\"\n"
            f"  KAFKA_BOOTSTRAP_SERVERS: \"{cc_bootstrap(r)}\"\n")


# --- self-managed Kafka: SASL / SCRAM / keystores -------------------------
def kafka_hosts(r):
    d = r.choice(["kafka.internal", "kafka.%s.corp" % company(r), "svc.cluster.local"])
    return ",".join("kafka-%d.%s:9093" % (i, d) for i in range(3))


@P("kafka", "sasl_password", False, ["config/server.properties", "kafka/config/server.properties"])
def t_k_server_props(r, c):
    s = c.slot(G_PW, "KAFKA_ADMIN_PASSWORD")
    v = s.raw("props")
    return ("############################# Server Basics #############################\n"
            f"broker.id={r.randint(0, 5)}\n\n"
            "############################# Socket Server Settings #############################\n"
            "listeners=SASL_SSL://0.0.0.0:9093,INTERNAL://0.0.0.0:9092\n"
            "inter.broker.listener.name=INTERNAL\n"
            "listener.security.protocol.map=SASL_SSL:SASL_SSL,INTERNAL:PLAINTEXT\n"
            "sasl.enabled.mechanisms=PLAIN\n"
            "listener.name.sasl_ssl.plain.sasl.jaas.config=" + JAAS_PLAIN + " required \\\n"
            "    username=\"admin\" \\\n"
            f"    password=\"{v}\" \\\n"
            f"    user_admin=\"{v}\";\n"
            "ssl.keystore.location=/var/private/ssl/kafka.server.keystore.jks\n"
            "ssl.truststore.location=/var/private/ssl/kafka.server.truststore.jks\n\n"
            "############################# Log Basics #############################\n"
            "log.dirs=/var/lib/kafka/data\nnum.partitions=6\nlog.retention.hours=168\n")


@P("kafka", "sasl_password", False, ["config/kafka_server_jaas.conf", "secrets/jaas/kafka_client_jaas.conf"])
def t_k_jaas_file(r, c):
    s = c.slot(G_PW, "KAFKA_CLIENT_PASSWORD")
    u = svc(r).replace("-", "_")
    return ("// JAAS login context used by kafka-console-* tools and the app\n"
            "KafkaClient {\n"
            f"    {JAAS_SCRAM} required\n"
            f"    username=\"{u}\"\n"
            f"    password=\"{s.raw('props')}\";\n"
            "};\n\nClient {\n    org.apache.zookeeper.server.auth.DigestLoginModule required\n"
            "    username=\"zkclient\"\n    password=\"${ZK_CLIENT_PASSWORD}\";\n};\n")


@P("kafka", "keystore_password", True, ["config/ssl-client.properties", "config/producer-ssl.properties"])
def t_k_keystore(r, c):
    s = c.slot(G_KS, "SSL_KEYSTORE_PASSWORD")
    return (f"bootstrap.servers={kafka_hosts(r)}\nsecurity.protocol=SSL\n"
            "ssl.truststore.location=/etc/kafka/secrets/client.truststore.jks\n"
            "ssl.truststore.type=JKS\n"
            "ssl.keystore.location=/etc/kafka/secrets/client.keystore.p12\n"
            "ssl.keystore.type=PKCS12\n"
            f"ssl.keystore.password={s.raw('props')}\n"
            "ssl.endpoint.identification.algorithm=https\n"
            f"client.id={svc(r)}\n")


@P("kafka", "sasl_password", True, ["deploy/kafka/kcat.conf", "tools/librdkafka.conf"])
def t_k_kcat(r, c):
    s = c.slot(G_PW, "SASL_PASSWORD")
    return ("# kcat -F kcat.conf -C -t <topic>\n"
            f"bootstrap.servers={kafka_hosts(r)}\n"
            "security.protocol=SASL_SSL\nsasl.mechanisms=SCRAM-SHA-512\n"
            f"sasl.username={svc(r)}\n"
            f"sasl.password={s.raw('props')}\n"
            "ssl.ca.location=/etc/ssl/certs/ca-certificates.crt\n")


@P("kafka", "sasl_password", False, ["config/connect-distributed.properties"])
def t_k_connect_worker(r, c):
    s = c.slot(G_PW, "CONNECT_SASL_PASSWORD")
    v = s.raw("props")
    return (f"bootstrap.servers={kafka_hosts(r)}\ngroup.id=connect-cluster\n"
            "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
            "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
            "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\nstatus.storage.topic=connect-status\n\n"
            "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
            f"sasl.jaas.config={JAAS_SCRAM} required username=\"connect\" password=\"{v}\";\n\n"
            "producer.security.protocol=SASL_SSL\nproducer.sasl.mechanism=SCRAM-SHA-512\n"
            f"producer.sasl.jaas.config={JAAS_SCRAM} required username=\"connect\" password=\"{v}\";\n\n"
            "config.providers=file\n"
            "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\n"
            "plugin.path=/usr/share/java,/opt/connectors\n")


@P("kafka", "sasl_password", True, ["docker-compose.yml", "dev/docker-compose.kafka.yml"])
def t_k_bitnami_compose(r, c):
    s = c.slot(G_PW, "KAFKA_CLIENT_PASSWORDS")
    return ("version: \"3.8\"\nservices:\n  kafka:\n    image: bitnami/kafka:3.7\n    ports:\n      - \"9092:9092\"\n"
            "    environment:\n"
            "      - KAFKA_CFG_NODE_ID=0\n      - KAFKA_CFG_PROCESS_ROLES=controller,broker\n"
            "      - KAFKA_CFG_LISTENERS=SASL_PLAINTEXT://:9092,CONTROLLER://:9093\n"
            "      - KAFKA_CFG_CONTROLLER_QUORUM_VOTERS=0@kafka:9093\n"
            "      - KAFKA_CFG_CONTROLLER_LISTENER_NAMES=CONTROLLER\n"
            "      - KAFKA_CLIENT_USERS=" + svc(r) + "\n"
            f"      - KAFKA_CLIENT_PASSWORDS={s.raw('yaml')}\n"
            "    volumes:\n      - kafka_data:/bitnami/kafka\n\nvolumes:\n  kafka_data: {}\n")


@P("kafka", "sasl_password", False, ["internal/broker/sarama.go", "cmd/consumer/main.go"])
def t_k_sarama(r, c):
    s = c.slot(G_PW, "KAFKA_PASSWORD")
    return ("package broker\n\nimport (\n\t\"crypto/tls\"\n\t\"os\"\n\n\t\"github.com/IBM/sarama\"\n)\n\nvar _ = os.Getenv\n\n"
            "func newConfig() *sarama.Config {\n"
            "\tcfg := sarama.NewConfig()\n\tcfg.Version = sarama.V3_6_0_0\n"
            "\tcfg.Net.TLS.Enable = true\n\tcfg.Net.TLS.Config = &tls.Config{MinVersion: tls.VersionTLS12}\n"
            "\tcfg.Net.SASL.Enable = true\n\tcfg.Net.SASL.Mechanism = sarama.SASLTypeSCRAMSHA512\n"
            f"\tcfg.Net.SASL.User = \"{svc(r)}\"\n"
            f"\tcfg.Net.SASL.Password = {s.lit('go')}\n"
            "\tcfg.Net.SASL.SCRAMClientGeneratorFunc = func() sarama.SCRAMClient { return &XDGSCRAMClient{HashGeneratorFcn: SHA512} }\n"
            "\tcfg.Consumer.Offsets.Initial = sarama.OffsetOldest\n\treturn cfg\n}\n")


@P("kafka", "sasl_password", False, ["worker/consumer.py", "jobs/replay_events.py"])
def t_k_kafka_python(r, c):
    s = c.slot(G_PW, "KAFKA_PASSWORD")
    return ("from kafka import KafkaConsumer\n\n\n"
            "def build_consumer():\n"
            "    return KafkaConsumer(\n"
            f"        \"{topic(r)}\",\n"
            f"        bootstrap_servers=\"{kafka_hosts(r)}\".split(\",\"),\n"
            f"        group_id=\"{group(r)}\",\n"
            "        security_protocol=\"SASL_SSL\",\n"
            "        sasl_mechanism=\"SCRAM-SHA-256\",\n"
            f"        sasl_plain_username=\"{svc(r)}\",\n"
            f"        sasl_plain_password={s.lit('py')},\n"
            "        auto_offset_reset=\"earliest\",\n"
            "        enable_auto_commit=False,\n    )\n")


@P("kafka", "sasl_password", False, ["src/kafka.rs", "crates/ingest/src/consumer.rs"])
def t_k_rust(r, c):
    s = c.slot(G_PW, "KAFKA_PASSWORD")
    return ("use rdkafka::config::ClientConfig;\nuse rdkafka::consumer::StreamConsumer;\n\n"
            "pub fn consumer() -> anyhow::Result<StreamConsumer> {\n"
            "    let c: StreamConsumer = ClientConfig::new()\n"
            f"        .set(\"bootstrap.servers\", \"{kafka_hosts(r)}\")\n"
            f"        .set(\"group.id\", \"{group(r)}\")\n"
            "        .set(\"security.protocol\", \"SASL_SSL\")\n"
            "        .set(\"sasl.mechanisms\", \"SCRAM-SHA-256\")\n"
            f"        .set(\"sasl.username\", \"{svc(r)}\")\n"
            f"        .set(\"sasl.password\", {s.lit('rs')})\n"
            "        .set(\"enable.auto.commit\", \"false\")\n"
            "        .create()?;\n    Ok(c)\n}\n")


@P("kafka", "sasl_password", False, ["logs/connect-worker.log", "var/log/kafka/producer-debug.log"])
def t_k_log_leak(r, c):
    s = c.slot(G_PW, "SASL_PASSWORD")
    lines = [f"[{logts(r)}] INFO Kafka version: 3.6.1 (org.apache.kafka.common.utils.AppInfoParser)",
             f"[{logts(r)}] INFO ProducerConfig values: ",
             "\tacks = -1",
             f"\tbootstrap.servers = [{kafka_hosts(r)}]",
             f"\tclient.id = producer-{r.randint(1, 9)}",
             "\tcompression.type = lz4",
             f"\tsasl.jaas.config = {JAAS_SCRAM} required username=\"{svc(r)}\" password=\"{s.raw('props')}\";",
             "\tsasl.mechanism = SCRAM-SHA-512",
             "\tsecurity.protocol = SASL_SSL",
             f"[{logts(r)}] INFO [Producer clientId=producer-1] Cluster ID: {b64u(rbytes(r, 16))} (org.apache.kafka.clients.Metadata)",
             f"[{logts(r)}] WARN [Producer clientId=producer-1] Error while fetching metadata with correlation id {r.randint(2, 90)} : {{{topic(r)}=LEADER_NOT_AVAILABLE}}"]
    return "\n".join(lines) + "\n"


@P("kafka", "sasl_password", False, ["config/mm2.properties", "mirror-maker/connect-mirror-maker.properties"])
def t_k_mm2(r, c):
    s = c.slot(G_PW, "SOURCE_PASSWORD")
    return ("clusters = source, target\n"
            f"source.bootstrap.servers = {kafka_hosts(r)}\n"
            f"target.bootstrap.servers = {cc_bootstrap(r)}\n"
            "source->target.enabled = true\n"
            f"source->target.topics = {r.choice(TOPIC_A)}.*\n"
            "source.security.protocol = SASL_SSL\nsource.sasl.mechanism = SCRAM-SHA-512\n"
            f"source.sasl.jaas.config = {JAAS_SCRAM} required username=\"mirror\" password=\"{s.raw('props')}\";\n"
            "replication.factor = 3\nsync.topic.acls.enabled = false\n")


@P("strimzi", "scram_password", False, ["k8s/kafka/kafkauser-secret.yaml", "manifests/strimzi/user-secret.yaml"])
def t_strimzi_secret(r, c):
    s = c.slot(G_STRIMZI, "KAFKA_USER_PASSWORD")
    u = svc(r)
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n"
            f"  name: {u}\n  namespace: kafka\n  labels:\n    strimzi.io/kind: KafkaUser\n    strimzi.io/cluster: my-cluster\n"
            "type: Opaque\nstringData:\n"
            f"  password: \"{s.raw('yaml')}\"\n"
            "---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnect\nmetadata:\n  name: connect\n  namespace: kafka\nspec:\n"
            "  replicas: 2\n  bootstrapServers: my-cluster-kafka-bootstrap:9093\n  authentication:\n    type: scram-sha-512\n"
            f"    username: {u}\n    passwordSecret:\n      secretName: {u}\n      password: password\n")


@P("kafka", "sasl_password", True, ["charts/events/values.yaml", "helm/kafka-ui/values.yaml"])
def t_k_helm_values(r, c):
    s = c.slot(G_PW, "KAFKA_SASL_PASSWORD")
    return ("replicaCount: 2\n\nimage:\n  repository: provectuslabs/kafka-ui\n  tag: v0.7.2\n\n"
            "yamlApplicationConfig:\n  kafka:\n    clusters:\n"
            f"      - name: {r.choice(['prod', 'staging', 'shared'])}\n"
            f"        bootstrapServers: {kafka_hosts(r)}\n"
            "        properties:\n          security.protocol: SASL_SSL\n          sasl.mechanism: SCRAM-SHA-512\n"
            "kafka:\n  sasl:\n"
            f"    username: {svc(r)}\n"
            f"    password: \"{s.raw('yaml')}\"\n\n"
            "resources:\n  limits:\n    memory: 512Mi\n")


@P("redpanda", "sasl_password", False, ["redpanda/rpk.yaml", "config/rpk-profile.yaml"])
def t_rp_rpk(r, c):
    s = c.slot(G_PW, "REDPANDA_SASL_PASSWORD")
    return ("version: 6\nglobals:\n  prompt: \"\"\n  no_default_cluster: false\n"
            f"current_profile: {r.choice(['prod', 'cloud', 'staging'])}\nprofiles:\n"
            f"  - name: cloud\n    description: Redpanda Cloud serverless\n    prompt: '%{{red}}[%n]'\n"
            "    kafka_api:\n"
            f"      brokers:\n        - {rp_host(r)}\n"
            "      tls: {}\n      sasl:\n"
            f"        user: {svc(r)}\n"
            f"        password: \"{s.raw('yaml')}\"\n"
            "        mechanism: SCRAM-SHA-256\n")


@P("redpanda", "sasl_password", False, ["pipelines/orders-sink.yaml", "connect/redpanda-connect.yaml"])
def t_rp_connect(r, c):
    s = c.slot(G_PW, "RP_PASSWORD")
    return ("input:\n  kafka_franz:\n"
            f"    seed_brokers: [ \"{rp_host(r)}\" ]\n"
            f"    topics: [ \"{topic(r)}\" ]\n"
            f"    consumer_group: \"{group(r)}\"\n"
            "    tls:\n      enabled: true\n    sasl:\n      - mechanism: SCRAM-SHA-256\n"
            f"        username: \"{svc(r)}\"\n"
            f"        password: \"{s.raw('yaml')}\"\n\n"
            "pipeline:\n  processors:\n    - mapping: |\n        root = this\n        root.ingested_at = now()\n\n"
            "output:\n  stdout: {}\n")


@P("redpanda", "oauth_client_secret", True, ["infra/redpanda/main.tf"])
def t_rp_tf(r, c):
    s = c.slot(G_CLIENTSECRET, "REDPANDA_CLIENT_SECRET")
    return ("terraform {\n  required_providers {\n    redpanda = {\n      source = \"redpanda-data/redpanda\"\n    }\n  }\n}\n\n"
            "provider \"redpanda\" {\n"
            f"  client_id     = \"{rs(r, 32, AN)}\"\n"
            f"  client_secret = {s.lit('hcl')}\n}}\n\n"
            f"resource \"redpanda_resource_group\" \"main\" {{\n  name = \"{company(r)}-streaming\"\n}}\n")


# --- Aiven ----------------------------------------------------------------
@P("aiven", "sasl_password", False, ["src/aiven_consumer.py", "scripts/aiven_smoke_test.py"])
def t_aiven_py(r, c):
    s = c.slot(G_AIVEN, "AIVEN_KAFKA_PASSWORD")
    h = aiven_host(r)
    return ("from kafka import KafkaProducer\n\n"
            "producer = KafkaProducer(\n"
            f"    bootstrap_servers=\"{h}:{r.randint(10000, 29999)}\",\n"
            "    security_protocol=\"SASL_SSL\",\n    sasl_mechanism=\"SCRAM-SHA-256\",\n"
            "    sasl_plain_username=\"avnadmin\",\n"
            f"    sasl_plain_password={s.lit('py')},\n"
            "    ssl_cafile=\"certs/ca.pem\",\n)\n\n"
            f"producer.send(\"{topic(r)}\", b\"ping\")\nproducer.flush()\n")


@P("aiven", "sasl_password", True, [".env", ".env.production"])
def t_aiven_dotenv(r, c):
    s = c.slot(G_AIVEN, "AIVEN_KAFKA_PASSWORD")
    h = aiven_host(r)
    return ("NODE_ENV=production\nLOG_LEVEL=info\n"
            f"AIVEN_KAFKA_BROKERS={h}:{r.randint(10000, 29999)}\n"
            "AIVEN_KAFKA_USERNAME=avnadmin\n"
            f"AIVEN_KAFKA_PASSWORD={s.raw('shell')}\n"
            "AIVEN_KAFKA_CA=./certs/ca.pem\n"
            f"KAFKA_TOPIC={topic(r)}\n")


@P("aiven", "client_cert_key", False, ["certs/service.key", "secrets/aiven/service.key", "kafka-certs/client.key"])
def t_aiven_keyfile(r, c):
    s = c.slot(G_PEM, "KAFKA_CLIENT_KEY")
    return s.raw("pem") + "\n"


@P("aiven", "service_password", True, ["infra/aiven/kafka.tf", "terraform/aiven.tf"])
def t_aiven_tf(r, c):
    s = c.slot(G_AIVEN, "AIVEN_SERVICE_USER_PASSWORD")
    return ("resource \"aiven_kafka\" \"events\" {\n  project      = var.aiven_project\n"
            f"  cloud_name   = \"google-{r.choice(['europe-west1', 'us-east1'])}\"\n  plan         = \"business-4\"\n"
            "  service_name = \"events-kafka\"\n\n  kafka_user_config {\n    kafka_rest      = true\n    schema_registry = true\n  }\n}\n\n"
            "resource \"aiven_kafka_user\" \"ingest\" {\n  project      = var.aiven_project\n"
            "  service_name = aiven_kafka.events.service_name\n  username     = \"ingest\"\n"
            f"  password     = {s.lit('hcl')}\n}}\n")


@P("aiven", "db_password", False, ["connectors/debezium-pg-aiven.json"])
def t_aiven_debezium(r, c):
    s = c.slot(G_AIVEN, "PG_PASSWORD")
    return json_dump({"name": "pg-orders-source", "config": {
        "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
        "database.hostname": aiven_host(r, "pg"), "database.port": str(r.randint(10000, 29999)),
        "database.user": "avnadmin", "database.password": s.raw("json"), "database.dbname": "defaultdb",
        "database.sslmode": "require", "plugin.name": "pgoutput", "topic.prefix": company(r),
        "table.include.list": "public.orders,public.order_lines", "slot.name": "debezium_orders"}})


def json_dump(o):
    return json.dumps(o, indent=2) + "\n"


# --- Upstash --------------------------------------------------------------
@P("upstash", "rest_password", False, ["src/lib/kafka.ts", "app/lib/upstash.ts"])
def t_upstash_ts(r, c):
    s = c.slot(G_UPSTASH, "UPSTASH_KAFKA_REST_PASSWORD")
    cl = upstash_cluster(r)
    return ("import { Kafka } from \"@upstash/kafka\";\n\n"
            "export const kafka = new Kafka({\n"
            f"  url: \"https://{cl}-{r.choice(['eu1', 'us1'])}-rest-kafka.upstash.io\",\n"
            f"  username: \"{upstash_user(r, cl)}\",\n"
            f"  password: {s.lit('js')},\n}});\n\n"
            f"export async function track(event: Record<string, unknown>) {{\n"
            f"  const p = kafka.producer();\n  return p.produce(\"{topic(r)}\", event);\n}}\n")


@P("upstash", "rest_password", True, ["wrangler.toml"])
def t_upstash_wrangler(r, c):
    s = c.slot(G_UPSTASH, "UPSTASH_KAFKA_REST_PASSWORD")
    cl = upstash_cluster(r)
    return (f"name = \"{svc(r)}-edge\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2024-05-01\"\n\n[vars]\n"
            f"UPSTASH_KAFKA_REST_URL = \"https://{cl}-eu1-rest-kafka.upstash.io\"\n"
            f"UPSTASH_KAFKA_REST_USERNAME = \"{upstash_user(r, cl)}\"\n"
            f"UPSTASH_KAFKA_REST_PASSWORD = \"{s.raw('toml')}\"\n")


@P("upstash", "rest_password", False, ["scripts/produce.sh", "bin/upstash-produce.sh"])
def t_upstash_curl(r, c):
    s = c.slot(G_UPSTASH, "UPSTASH_KAFKA_REST_PASSWORD")
    cl = upstash_cluster(r)
    return ("#!/bin/sh\n# Produce a test message over the Upstash REST API\n"
            f"curl -s https://{cl}-us1-rest-kafka.upstash.io/produce/{topic(r)}/hello \\\n"
            f"  -u {upstash_user(r, cl)}:{s.raw('shell')}\n")


# --- AWS: MSK / Kinesis ---------------------------------------------------
@P("aws", "aws_secret_key", True, ["deploy/aws/credentials", "ops/msk/aws-credentials.ini"])
def t_aws_ini(r, c):
    s = c.slot(G_AWS, "AWS_SECRET_ACCESS_KEY")
    return ("[default]\nregion = " + r.choice(REGIONS) + "\noutput = json\n\n[msk-producer]\n"
            f"aws_access_key_id = {akid(r, c)}\n"
            f"aws_secret_access_key = {s.raw('ini')}\n")


@P("aws", "aws_secret_key", True, ["ingest/kinesis_writer.py", "lambdas/forwarder/handler.py"])
def t_aws_boto(r, c):
    s = c.slot(G_AWS, "AWS_SECRET_ACCESS_KEY")
    return ("import json\n\nimport boto3\n\n"
            "kinesis = boto3.client(\n    \"kinesis\",\n"
            f"    region_name=\"{r.choice(REGIONS)}\",\n"
            f"    aws_access_key_id=\"{akid(r, c)}\",\n"
            f"    aws_secret_access_key={s.lit('py')},\n)\n\n\n"
            "def forward(record):\n    kinesis.put_record(\n"
            f"        StreamName=\"{r.choice(TOPIC_A)}-stream\",\n"
            "        Data=json.dumps(record).encode(),\n        PartitionKey=str(record[\"id\"]),\n    )\n")


@P("aws", "scram_password", False, ["infra/msk/scram-secret.json", "terraform/files/msk_user.json"])
def t_msk_scram_json(r, c):
    s = c.slot(G_PW, "MSK_SCRAM_PASSWORD")
    return "{\n  \"username\": \"%s\",\n  \"password\": \"%s\"\n}\n" % (svc(r), s.raw("json"))


@P("aws", "aws_secret_key", False, ["src/main/java/com/acme/stream/KinesisFactory.java"])
def t_aws_java_ctor(r, c):
    s = c.slot(G_AWS, "AWS_SECRET_ACCESS_KEY")
    return ("package com.acme.stream;\n\n"
            "import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;\n"
            "import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;\n"
            "import software.amazon.awssdk.regions.Region;\n"
            "import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;\n\n"
            "public class KinesisFactory {\n    public static KinesisAsyncClient create() {\n"
            "        var creds = AwsBasicCredentials.create(\n"
            f"            \"{akid(r, c)}\",\n"
            f"            {s.lit('java')});\n"
            "        return KinesisAsyncClient.builder()\n"
            f"            .region(Region.of(\"{r.choice(REGIONS)}\"))\n"
            "            .credentialsProvider(StaticCredentialsProvider.create(creds))\n            .build();\n    }\n}\n")


@P("aws", "aws_secret_key", True, ["docker/connect-s3/docker-compose.yml", "docker-compose.s3sink.yml"])
def t_aws_compose(r, c):
    s = c.slot(G_AWS, "AWS_SECRET_ACCESS_KEY")
    return ("services:\n  connect:\n    image: confluentinc/cp-kafka-connect:7.6.1\n    environment:\n"
            f"      CONNECT_BOOTSTRAP_SERVERS: \"{msk_host(r)}\"\n"
            "      CONNECT_PLUGIN_PATH: /usr/share/java,/usr/share/confluent-hub-components\n"
            f"      AWS_ACCESS_KEY_ID: {akid(r, c)}\n"
            f"      AWS_SECRET_ACCESS_KEY: \"{s.raw('yaml')}\"\n"
            f"      AWS_REGION: {r.choice(REGIONS)}\n"
            "    command:\n      - bash\n      - -c\n      - |\n"
            "        confluent-hub install --no-prompt confluentinc/kafka-connect-s3:10.5.7\n        /etc/confluent/docker/run\n")


@P("aws", "scram_password", False, ["config/msk-client.properties"])
def t_msk_props(r, c):
    s = c.slot(G_PW, "MSK_PASSWORD")
    return (f"bootstrap.servers={msk_host(r, 1)},{msk_host(r, 2)}\n"
            "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
            f"sasl.jaas.config={JAAS_SCRAM} required username=\"{svc(r)}\" password=\"{s.raw('props')}\";\n")


# --- Azure Event Hubs / Service Bus ---------------------------------------
def eh_conn(r, s, ctx, entity=True, keyname=None):
    ns = eh_ns(r)
    kn = keyname or r.choice(["RootManageSharedAccessKey", "send-listen", "producer", "app-policy"])
    cs = f"Endpoint=sb://{ns}.servicebus.windows.net/;SharedAccessKeyName={kn};SharedAccessKey={s.raw(ctx)}"
    if entity:
        cs += f";EntityPath={r.choice(TOPIC_A)}"
    return ns, cs


@P("azure", "connection_string", False, ["config/eventhubs-kafka.properties", "src/main/resources/eventhubs.properties"])
def t_eh_kafka_props(r, c):
    s = c.slot(G_AZ, "EVENTHUB_CONNECTION_STRING")
    ns, cs = eh_conn(r, s, "props", entity=False)
    return (f"bootstrap.servers={ns}.servicebus.windows.net:9093\n"
            "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
            f"sasl.jaas.config={JAAS_PLAIN} required username=\"$ConnectionString\" password=\"{cs}\";\n"
            "request.timeout.ms=60000\nmetadata.max.age.ms=180000\n")


@P("azure", "connection_string", False, ["src/Telemetry.Worker/appsettings.json", "appsettings.Development.json"])
def t_eh_appsettings(r, c):
    s = c.slot(G_AZ, "EventHubConnection")
    ns, cs = eh_conn(r, s, "dotnet")
    return ("{\n  \"Logging\": {\n    \"LogLevel\": {\n      \"Default\": \"Information\"\n    }\n  },\n"
            "  \"ConnectionStrings\": {\n"
            f"    \"EventHubs\": \"{cs}\",\n"
            f"    \"CheckpointStore\": \"UseDevelopmentStorage=true\"\n  }},\n"
            f"  \"EventProcessor\": {{\n    \"ConsumerGroup\": \"$Default\",\n    \"BlobContainer\": \"checkpoints\"\n  }}\n}}\n")


@P("azure", "connection_string", False, ["src/Orders/Messaging/BusFactory.cs"])
def t_sb_csharp(r, c):
    s = c.slot(G_AZ, "SERVICEBUS_CONNECTION")
    ns, cs = eh_conn(r, s, "code", entity=False)
    if c.neg and s.cat == "envref":
        arg = s.lit("cs")
    else:
        arg = '"' + cs + '"'
    return ("using Azure.Messaging.ServiceBus;\n\nnamespace Orders.Messaging;\n\n"
            "public static class BusFactory\n{\n"
            "    public static ServiceBusClient Create() =>\n"
            f"        new ServiceBusClient({arg});\n\n"
            f"    public const string QueueName = \"{r.choice(TOPIC_A)}-commands\";\n}}\n")


@P("azure", "connection_string", False, ["telemetry/send_events.py", "src/eventhub_producer.py"])
def t_eh_python(r, c):
    s = c.slot(G_AZ, "EVENT_HUB_CONN_STR")
    ns, cs = eh_conn(r, s, "code")
    arg = s.lit("py") if (c.neg and s.cat == "envref") else '"' + cs + '"'
    return ("from azure.eventhub import EventData, EventHubProducerClient\n\n"
            f"producer = EventHubProducerClient.from_connection_string(conn_str={arg})\n\n\n"
            "def send(readings):\n    with producer:\n        batch = producer.create_batch()\n"
            "        for item in readings:\n            batch.add(EventData(item))\n        producer.send_batch(batch)\n")


@P("azure", "connection_string", True, ["local.settings.json", "functions/local.settings.json"])
def t_sb_func_settings(r, c):
    s = c.slot(G_AZ, "ServiceBusConnection")
    ns, cs = eh_conn(r, s, "dotnet", entity=False)
    return ("{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"UseDevelopmentStorage=true\",\n"
            "    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\",\n"
            f"    \"ServiceBusConnection\": \"{cs}\",\n"
            f"    \"QueueName\": \"{r.choice(TOPIC_A)}\"\n  }}\n}}\n")


@P("azure", "connection_string", True, [".github/workflows/release.yml", "azure-pipelines.yml"])
def t_eh_pipeline(r, c):
    s = c.slot(G_AZ, "AZURE_EVENTHUB_CONNECTION_STRING")
    ns, cs = eh_conn(r, s, "gha")
    return ("name: release\non:\n  workflow_dispatch: {}\njobs:\n  smoke:\n    runs-on: ubuntu-latest\n    env:\n"
            f"      AZURE_EVENTHUB_CONNECTION_STRING: \"{cs}\"\n"
            "    steps:\n      - uses: actions/checkout@v4\n      - run: dotnet test tests/Smoke --filter Category=EventHubs\n")


# --- Google Pub/Sub -------------------------------------------------------
def gcp_sa(r, s, ctx):
    proj = "%s-%s-%s" % (company(r), r.choice(["events", "data", "pubsub"]), r.choice(["prod", "dev", "412907"]))
    acct = r.choice(["pubsub-publisher", "dataflow-runner", "events-consumer", "ingest-sa"])
    email = f"{acct}@{proj}.iam.gserviceaccount.com"
    pk = s.raw(ctx)
    pk = pk.replace("\n", "\\n") + ("\\n" if pk.startswith("-----") else "")
    return ("{\n  \"type\": \"service_account\",\n"
            f"  \"project_id\": \"{proj}\",\n"
            f"  \"private_key_id\": \"{rs(r, 40, HEX)}\",\n"
            f"  \"private_key\": \"{pk}\",\n"
            f"  \"client_email\": \"{email}\",\n"
            f"  \"client_id\": \"1{rs(r, 20, DG)}\",\n"
            "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
            "  \"token_uri\": \"https://oauth2.googleapis.com/token\",\n"
            "  \"auth_provider_x509_cert_url\": \"https://www.googleapis.com/oauth2/v1/certs\",\n"
            f"  \"client_x509_cert_url\": \"https://www.googleapis.com/robot/v1/metadata/x509/{email.replace('@', '%40')}\",\n"
            "  \"universe_domain\": \"googleapis.com\"\n}\n")


@P("gcp", "service_account_key", True, ["keys/pubsub-publisher.json", "config/gcp-service-account.json"])
def t_gcp_sa_json(r, c):
    s = c.slot(G_PEM8, "GOOGLE_PRIVATE_KEY")
    return gcp_sa(r, s, "pem")


@P("gcp", "service_account_key", False, ["k8s/pubsub-credentials.yaml", "deploy/gcp/sa-secret.yaml"])
def t_gcp_k8s(r, c):
    s = c.slot(G_PEM8, "GOOGLE_PRIVATE_KEY")
    body = gcp_sa(r, s, "pem")
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: pubsub-credentials\n  namespace: ingest\ntype: Opaque\n"
            "stringData:\n  key.json: |\n" + indent(body.rstrip("\n"), 4) + "\n")


# --- NATS -----------------------------------------------------------------
def creds_file(jwt_s, seed):
    return ("-----BEGIN NATS USER JWT-----\n" + jwt_s + "\n------END NATS USER JWT------\n\n"
            "************************* IMPORTANT *************************\n"
            "NKEY Seed printed below can be used to sign and prove identity.\n"
            "NKEYs are sensitive and should be treated as secrets.\n\n"
            "-----BEGIN USER NKEY SEED-----\n" + seed + "\n------END USER NKEY SEED------\n\n"
            "*************************************************************\n")


@P("nats", "nkey_seed", False, ["nats/creds/orders-svc.creds", "secrets/ngs/default.creds", "deploy/nats/app.creds"])
def t_nats_creds(r, c):
    s = c.slot(G_NSEED, "NATS_USER_SEED")
    return creds_file(nats_user_jwt(r, svc(r)), s.raw("cfg"))


@P("nats", "nkey_seed", False, ["internal/natsconn/conn.go", "pkg/bus/nats.go"])
def t_nats_go_seed(r, c):
    s = c.slot(G_NSEED, "NATS_NKEY_SEED")
    return ("package natsconn\n\nimport (\n\t\"os\"\n\n\t\"github.com/nats-io/nats.go\"\n\t\"github.com/nats-io/nkeys\"\n)\n\nvar _ = os.Getenv\n\n"
            f"const natsURL = \"{nats_host(r)}\"\n\n"
            "func Connect() (*nats.Conn, error) {\n"
            f"\tkp, err := nkeys.FromSeed([]byte({s.lit('go')}))\n"
            "\tif err != nil {\n\t\treturn nil, err\n\t}\n\tpub, _ := kp.PublicKey()\n"
            "\treturn nats.Connect(natsURL, nats.Nkey(pub, func(nonce []byte) ([]byte, error) {\n"
            "\t\treturn kp.Sign(nonce)\n\t}))\n}\n")


@P("nats", "password", False, ["config/nats-server.conf", "nats/server.conf"])
def t_nats_server_pw(r, c):
    s = c.slot(G_PW, "NATS_APP_PASSWORD")
    return ("port: 4222\nhttp_port: 8222\nserver_name: " + r.choice(["nats-a", "nats-0", "hub"]) + "\n\n"
            "jetstream {\n  store_dir: /data/jetstream\n  max_mem: 1G\n  max_file: 10G\n}\n\n"
            "authorization {\n  users = [\n"
            f"    {{ user: \"{svc(r)}\", password: \"{s.raw('cfg')}\", permissions: {{ publish: \"orders.>\", subscribe: \"_INBOX.>\" }} }}\n"
            "    { user: \"monitor\", password: \"$MONITOR_PASSWORD\" }\n  ]\n}\n")


@P("nats", "password", False, ["docker-compose.yml", "deploy/compose.nats.yml"])
def t_nats_url_compose(r, c):
    s = c.slot(G_URLPW, "NATS_PASSWORD")
    return ("services:\n  nats:\n    image: nats:2.10-alpine\n    command: [\"-js\", \"-m\", \"8222\"]\n"
            "    ports:\n      - \"4222:4222\"\n  worker:\n    build: .\n    depends_on: [nats]\n    environment:\n"
            f"      NATS_URL: \"nats://{svc(r)}:{s.raw('url')}@nats:4222\"\n"
            f"      NATS_STREAM: {r.choice(TOPIC_A).upper()}\n")


@P("nats", "nkey_seed", False, ["src/nats.ts", "lib/messaging/nats-client.js"])
def t_nats_js_nkey(r, c):
    s = c.slot(G_NSEED, "NATS_NKEY_SEED")
    return ("import { connect, nkeyAuthenticator } from \"nats\";\n\n"
            f"const seed = new TextEncoder().encode({s.lit('js')});\n\n"
            "export async function open() {\n  return connect({\n"
            f"    servers: \"{nats_host(r)}\",\n    authenticator: nkeyAuthenticator(seed),\n"
            f"    name: \"{svc(r)}\",\n  }});\n}}\n")


@P("nats", "nkey_seed", True, ["scripts/nsc-bootstrap.sh", "ops/nats/bootstrap-account.sh"])
def t_nats_account_seed(r, c):
    s = c.slot(G_ASEED, "NATS_ACCOUNT_SEED")
    return ("#!/usr/bin/env bash\nset -e\n# Import the ORDERS account signing key into the local nsc keystore\n"
            f"NATS_OPERATOR=\"{company(r)}\"\n"
            f"NATS_ACCOUNT_SEED=\"{s.raw('shell')}\"\n"
            "echo \"$NATS_ACCOUNT_SEED\" > /tmp/acct.nk\n"
            "nsc import keys --dir /tmp\nrm -f /tmp/acct.nk\n"
            "nsc push -A --system-account SYS\n")


@P("nats", "token", False, ["config/nats-leaf.conf", "nats/auth-token.conf"])
def t_nats_token(r, c):
    s = c.slot(G_TOKEN, "NATS_TOKEN")
    return ("listen: 0.0.0.0:4222\n\n# single shared token for the edge gateways\n"
            f"authorization {{\n  token: \"{s.raw('cfg')}\"\n  timeout: 2\n}}\n\n"
            "leafnodes {\n  port: 7422\n}\n")


# --- Solace ---------------------------------------------------------------
@P("solace", "client_password", True, ["src/main/resources/application.yml", "config/application-solace.yml"])
def t_solace_spring(r, c):
    s = c.slot(G_SOLACE, "SOLACE_CLIENT_PASSWORD")
    return ("solace:\n  java:\n"
            f"    host: {solace_host(r)}\n"
            f"    msg-vpn: {r.choice(['prod-vpn', 'default', 'orders'])}\n"
            f"    client-username: solace-cloud-client\n"
            f"    client-password: \"{s.raw('yaml')}\"\n"
            "    connect-retries: -1\n    reconnect-retries: -1\n\n"
            "spring:\n  cloud:\n    stream:\n      bindings:\n        input-in-0:\n"
            f"          destination: {r.choice(TOPIC_A)}/created/v1\n          group: nonexclusive\n")


@P("solace", "client_password", False, ["src/main/java/com/acme/solace/Publisher.java"])
def t_solace_jcsmp(r, c):
    s = c.slot(G_SOLACE, "SOLACE_PASSWORD")
    return ("package com.acme.solace;\n\nimport com.solacesystems.jcsmp.*;\n\npublic class Publisher {\n"
            "    public static JCSMPSession open() throws JCSMPException {\n"
            "        final JCSMPProperties props = new JCSMPProperties();\n"
            f"        props.setProperty(JCSMPProperties.HOST, \"{solace_host(r)}\");\n"
            "        props.setProperty(JCSMPProperties.VPN_NAME, \"orders\");\n"
            "        props.setProperty(JCSMPProperties.USERNAME, \"solace-cloud-client\");\n"
            f"        props.setProperty(JCSMPProperties.PASSWORD, {s.lit('java')});\n"
            "        JCSMPSession session = JCSMPFactory.onlyInstance().createSession(props);\n"
            "        session.connect();\n        return session;\n    }\n}\n")


# --- RabbitMQ / CloudAMQP / ActiveMQ Artemis -------------------------------
def cloudamqp_url(r, s, ctx, scheme=None):
    u = cloudamqp_user(r)
    return f"{scheme or r.choice(['amqps', 'amqp'])}://{u}:{s.raw(ctx)}@{r.choice(ANIMALS)}.rmq.cloudamqp.com/{u}"


@P("cloudamqp", "amqp_url_password", False, ["worker/rabbit.py", "consumers/email_consumer.py"])
def t_amqp_pika(r, c):
    s = c.slot(G_AMQP, "CLOUDAMQP_PASSWORD")
    return ("import pika\n\n"
            f"params = pika.URLParameters(\"{cloudamqp_url(r, s, 'url', 'amqps')}\")\n"
            "params.socket_timeout = 5\n\nconnection = pika.BlockingConnection(params)\n"
            "channel = connection.channel()\n"
            f"channel.queue_declare(queue=\"{r.choice(TOPIC_A)}\", durable=True)\n")


@P("rabbitmq", "password", True, ["src/main/resources/application.properties"])
def t_rabbit_spring(r, c):
    s = c.slot(G_PW, "RABBITMQ_PASSWORD")
    return (f"spring.application.name={svc(r)}\n"
            f"spring.rabbitmq.host=rabbitmq.{company(r)}.internal\nspring.rabbitmq.port=5671\n"
            f"spring.rabbitmq.username={svc(r)}\n"
            f"spring.rabbitmq.password={s.raw('props')}\n"
            "spring.rabbitmq.virtual-host=/orders\nspring.rabbitmq.ssl.enabled=true\n"
            "spring.rabbitmq.listener.simple.prefetch=20\n")


@P("rabbitmq", "password", True, ["docker-compose.yml", "compose/rabbitmq.yml"])
def t_rabbit_compose(r, c):
    s = c.slot(G_PW, "RABBITMQ_DEFAULT_PASS")
    return ("services:\n  rabbitmq:\n    image: rabbitmq:3.13-management\n    hostname: rabbit-1\n"
            "    ports:\n      - \"5672:5672\"\n      - \"15672:15672\"\n    environment:\n"
            f"      RABBITMQ_DEFAULT_USER: {svc(r)}\n"
            f"      RABBITMQ_DEFAULT_PASS: \"{s.raw('yaml')}\"\n"
            "      RABBITMQ_DEFAULT_VHOST: /\n    volumes:\n      - ./rabbitmq/enabled_plugins:/etc/rabbitmq/enabled_plugins:ro\n")


@P("cloudamqp", "amqp_url_password", False, ["app/celery_config.py", "project/celery.py"])
def t_amqp_celery(r, c):
    s = c.slot(G_AMQP, "CLOUDAMQP_PASSWORD")
    return ("from kombu import Queue\n\n"
            f"broker_url = \"{cloudamqp_url(r, s, 'url')}\"\n"
            "result_backend = \"rpc://\"\n"
            "broker_pool_limit = 1\nbroker_heartbeat = None\nbroker_connection_timeout = 30\n"
            "task_queues = (Queue(\"default\"), Queue(\"emails\"))\n")


@P("cloudamqp", "amqp_url_password", True, ["app.json", "config/heroku-app.json"])
def t_amqp_appjson(r, c):
    s = c.slot(G_AMQP, "CLOUDAMQP_URL")
    return json_dump({"name": svc(r), "stack": "heroku-22", "env": {
        "CLOUDAMQP_URL": {"value": cloudamqp_url(r, s, "url"), "required": True},
        "WEB_CONCURRENCY": {"value": "2"}}, "formation": {"worker": {"quantity": 1, "size": "basic"}}})


@P("artemis", "password", False, ["broker/etc/artemis-users.properties"])
def t_artemis_users(r, c):
    s = c.slot(G_PW, "ARTEMIS_APP_PASSWORD")
    return ("## Licensed to the Apache Software Foundation (ASF) under one or more\n"
            "## contributor license agreements.\n\n"
            "admin = ENC(" + rs(r, 8, HEX) + ":" + rs(r, 64, HEX) + ")\n"
            f"{svc(r).replace('-', '_')} = {s.raw('props')}\n")


@P("artemis", "password", False, ["src/main/java/com/acme/jms/JmsConfig.java"])
def t_artemis_java(r, c):
    s = c.slot(G_PW, "ARTEMIS_PASSWORD")
    return ("package com.acme.jms;\n\nimport org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;\n"
            "import org.springframework.context.annotation.Bean;\nimport org.springframework.context.annotation.Configuration;\n\n"
            "@Configuration\npublic class JmsConfig {\n    @Bean\n    public ActiveMQConnectionFactory connectionFactory() {\n"
            "        return new ActiveMQConnectionFactory(\n"
            f"            \"tcp://artemis.{company(r)}.internal:61616?sslEnabled=true\",\n"
            f"            \"{svc(r)}\",\n"
            f"            {s.lit('java')});\n    }}\n}}\n")


@P("artemis", "password", True, ["config/application-jms.yml"])
def t_artemis_spring(r, c):
    s = c.slot(G_PW, "SPRING_ARTEMIS_PASSWORD")
    return ("spring:\n  artemis:\n    mode: native\n"
            f"    broker-url: tcp://artemis-0.{company(r)}.internal:61616\n"
            f"    user: {svc(r)}\n"
            f"    password: \"{s.raw('yaml')}\"\n  jms:\n    listener:\n      concurrency: 4\n")


# --- Pulsar / StreamNative ------------------------------------------------
@P("pulsar", "jwt_token", False, ["conf/client.conf", "pulsar/client.conf"])
def t_pulsar_clientconf(r, c):
    s = c.slot(G_PULSAR, "PULSAR_TOKEN")
    h = sn_host(r)
    return (f"webServiceUrl=https://{h}\nbrokerServiceUrl=pulsar+ssl://{h}:6651\n"
            "authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\n"
            f"authParams=token:{s.raw('props')}\n"
            "tlsAllowInsecureConnection=false\ntlsEnableHostnameVerification=true\n")


@P("pulsar", "jwt_token", False, ["app/pulsar_consumer.py", "src/stream/pulsar_io.py"])
def t_pulsar_py(r, c):
    s = c.slot(G_PULSAR, "PULSAR_TOKEN")
    return ("import pulsar\n\n"
            f"client = pulsar.Client(\n    \"pulsar+ssl://{sn_host(r)}:6651\",\n"
            f"    authentication=pulsar.AuthenticationToken({s.lit('py')}),\n)\n"
            f"consumer = client.subscribe(\"persistent://public/default/{r.choice(TOPIC_A)}\", \"{group(r)}\")\n")


@P("streamnative", "oauth_client_secret", True, ["secrets/streamnative-key.json", "config/sn-oauth2.json"])
def t_sn_keyfile(r, c):
    s = c.slot(G_CLIENTSECRET, "STREAMNATIVE_CLIENT_SECRET")
    org = "o-" + rs(r, 5, LO + DG)
    sa = svc(r)
    return json_dump({"type": "sn_service_account", "client_id": rs(r, 32, AN), "client_secret": s.raw("json"),
                      "client_email": f"{sa}@{org}.auth.streamnative.cloud",
                      "issuer_url": "https://auth.streamnative.cloud/"})


@P("pulsar", "jwt_token", False, ["src/main/java/com/acme/pulsar/ClientFactory.java"])
def t_pulsar_java(r, c):
    s = c.slot(G_PULSAR, "PULSAR_TOKEN")
    return ("package com.acme.pulsar;\n\nimport org.apache.pulsar.client.api.AuthenticationFactory;\n"
            "import org.apache.pulsar.client.api.PulsarClient;\nimport org.apache.pulsar.client.api.PulsarClientException;\n\n"
            "public final class ClientFactory {\n    public static PulsarClient create() throws PulsarClientException {\n"
            "        return PulsarClient.builder()\n"
            f"            .serviceUrl(\"pulsar+ssl://{sn_host(r)}:6651\")\n"
            f"            .authentication(AuthenticationFactory.token({s.lit('java')}))\n"
            "            .build();\n    }\n}\n")


@P("pulsar", "jwt_token", True, ["charts/pulsar-consumer/values.yaml", "deploy/pulsar-env.yaml"])
def t_pulsar_env_yaml(r, c):
    s = c.slot(G_PULSAR, "PULSAR_AUTH_TOKEN")
    return ("replicaCount: 1\nimage:\n  repository: ghcr.io/" + company(r) + "/pulsar-consumer\n  tag: \"1.4.2\"\n"
            "env:\n"
            f"  PULSAR_SERVICE_URL: \"pulsar+ssl://{sn_host(r)}:6651\"\n"
            f"  PULSAR_AUTH_TOKEN: \"{s.raw('yaml')}\"\n"
            f"  PULSAR_SUBSCRIPTION: \"{group(r)}\"\n")


@P("pulsar", "jwt_token", False, ["http/pulsar-admin.http", "docs/api/pulsar-admin.http"])
def t_pulsar_http(r, c):
    s = c.slot(G_PULSAR, "PULSAR_TOKEN")
    h = sn_host(r)
    return (f"### list topics\nGET https://{h}/admin/v2/persistent/public/default\n"
            f"Authorization: Bearer {s.raw('md')}\nAccept: application/json\n\n"
            f"### topic stats\nGET https://{h}/admin/v2/persistent/public/default/{r.choice(TOPIC_A)}/stats\n")


# --- Debezium / Kafka Connect ---------------------------------------------
@P("debezium", "db_password", True, ["connectors/mysql-inventory.json", "connect/debezium-mysql.json"])
def t_dbz_mysql(r, c):
    s = c.slot(G_PW, "MYSQL_PASSWORD")
    return json_dump({"name": "inventory-connector", "config": {
        "connector.class": "io.debezium.connector.mysql.MySqlConnector", "tasks.max": "1",
        "database.hostname": f"mysql.{company(r)}.internal", "database.port": "3306",
        "database.user": "debezium", "database.password": s.raw("json"),
        "database.server.id": str(r.randint(100000, 999999)), "topic.prefix": "dbserver1",
        "database.include.list": "inventory",
        "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
        "schema.history.internal.kafka.topic": "schema-changes.inventory"}})


@P("kafka-connect", "db_password", False, ["connectors/jdbc-sink-orders.json"])
def t_jdbc_sink_url(r, c):
    s = c.slot(G_URLPW, "DB_PASSWORD")
    return json_dump({"name": "jdbc-sink-orders", "config": {
        "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "topics": topic(r),
        "connection.url": f"jdbc:postgresql://pg.{company(r)}.internal:5432/warehouse?user=connect&password={s.raw('url')}&ssl=true",
        "auto.create": "true", "insert.mode": "upsert", "pk.mode": "record_key", "pk.fields": "id"}})


@P("debezium", "db_password", True, ["k8s/connectors/postgres-source.yaml"])
def t_dbz_strimzi(r, c):
    s = c.slot(G_PW, "POSTGRES_PASSWORD")
    return ("apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: postgres-source\n"
            "  labels:\n    strimzi.io/cluster: connect\nspec:\n  class: io.debezium.connector.postgresql.PostgresConnector\n"
            "  tasksMax: 1\n  config:\n"
            f"    database.hostname: pg-primary.{company(r)}.svc\n    database.port: 5432\n"
            "    database.user: debezium\n"
            f"    database.password: \"{s.raw('yaml')}\"\n"
            "    database.dbname: orders\n    topic.prefix: orders\n    plugin.name: pgoutput\n")


@P("debezium", "db_password", True, ["conf/application.properties", "debezium-server/application.properties"])
def t_dbz_server(r, c):
    s = c.slot(G_PW, "DEBEZIUM_SOURCE_DATABASE_PASSWORD")
    return ("debezium.sink.type=kinesis\n"
            f"debezium.sink.kinesis.region={r.choice(REGIONS)}\n"
            "debezium.source.connector.class=io.debezium.connector.postgresql.PostgresConnector\n"
            "debezium.source.offset.storage.file.filename=data/offsets.dat\n"
            "debezium.source.offset.flush.interval.ms=0\n"
            f"debezium.source.database.hostname=db.{company(r)}.internal\n"
            "debezium.source.database.port=5432\ndebezium.source.database.user=replicator\n"
            f"debezium.source.database.password={s.raw('props')}\n"
            "debezium.source.database.dbname=app\ndebezium.source.topic.prefix=app\n")


@P("kafka-connect", "private_key", False, ["connectors/snowflake-sink.json"])
def t_snowflake(r, c):
    s = c.slot(G_SNOW, "SNOWFLAKE_PRIVATE_KEY")
    return json_dump({"name": "snowflake-sink", "config": {
        "connector.class": "com.snowflake.kafka.connector.SnowflakeSinkConnector", "tasks.max": "4",
        "topics": topic(r), "snowflake.url.name": f"{rs(r, 7, LO)}-{rs(r, 7, LO)}.snowflakecomputing.com:443",
        "snowflake.user.name": "KAFKA_CONNECTOR", "snowflake.private.key": s.raw("json"),
        "snowflake.database.name": "RAW", "snowflake.schema.name": "EVENTS",
        "key.converter": "org.apache.kafka.connect.storage.StringConverter",
        "value.converter": "com.snowflake.kafka.connector.records.SnowflakeJsonConverter"}})


@P("kafka-connect", "basic_auth", False, ["http/connect.http", "requests/connect-rest.http"])
def t_connect_basic_header(r, c):
    user = r.choice(["connect-admin", "ops", "admin"])
    g = Gen(lambda rr: b64(("%s:%s" % (user, pw_any(rr))).encode()), ph=["<base64 user:password>", "dXNlcjpwYXNzd29yZA=="])
    s = c.slot(g, "CONNECT_BASIC_AUTH")
    return (f"### connector status\nGET https://connect.{company(r)}.internal:8083/connectors?expand=status\n"
            f"Authorization: Basic {s.raw('md')}\nAccept: application/json\n\n"
            "### restart failed tasks\n"
            f"POST https://connect.{company(r)}.internal:8083/connectors/{r.choice(TOPIC_A)}-sink/restart?includeTasks=true&onlyFailed=true\n")


@P("kafka-connect", "db_password", False, ["connectors/elastic-sink.json"])
def t_connect_elastic(r, c):
    s = c.slot(G_PW, "ES_PASSWORD")
    return json_dump({"name": "es-sink", "config": {
        "connector.class": "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector",
        "topics": topic(r), "connection.url": f"https://es.{company(r)}.internal:9200",
        "connection.username": "kafka_connect", "connection.password": s.raw("json"),
        "type.name": "_doc", "key.ignore": "false", "behavior.on.null.values": "delete"}})


@P("kafka", "sasl_password", False, ["config/akhq.yml", "akhq/application.yml"])
def t_akhq(r, c):
    s = c.slot(G_PW, "AKHQ_KAFKA_PASSWORD")
    return ("akhq:\n  connections:\n"
            f"    {r.choice(['prod', 'staging'])}:\n      properties:\n"
            f"        bootstrap.servers: \"{kafka_hosts(r)}\"\n"
            "        security.protocol: SASL_SSL\n        sasl.mechanism: SCRAM-SHA-256\n"
            f"        sasl.jaas.config: '{JAAS_SCRAM} required username=\"akhq\" password=\"{s.raw('yaml')}\";'\n"
            "      schema-registry:\n        url: \"http://schema-registry:8081\"\n")


@P("kafka", "sasl_password", True, ["Dockerfile", "docker/consumer.Dockerfile"])
def t_dockerfile_env(r, c):
    s = c.slot(G_PW, "KAFKA_SASL_PASSWORD")
    return ("FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY build/libs/consumer.jar /app/consumer.jar\n"
            f"ENV KAFKA_BOOTSTRAP_SERVERS={kafka_hosts(r)} \\\n    KAFKA_SASL_USERNAME={svc(r)} \\\n"
            f"    KAFKA_SASL_PASSWORD={s.raw('shell')}\n"
            "USER 10001\nENTRYPOINT [\"java\", \"-jar\", \"/app/consumer.jar\"]\n")


@P("kafka", "sasl_password", False, ["src/main/kotlin/com/acme/stream/Topology.kt"])
def t_kotlin_streams(r, c):
    s = c.slot(G_PW, "STREAMS_PASSWORD")
    return ("package com.acme.stream\n\nimport org.apache.kafka.streams.StreamsConfig\nimport java.util.Properties\n\n"
            "fun streamsProps(): Properties = Properties().apply {\n"
            f"    put(StreamsConfig.APPLICATION_ID_CONFIG, \"{svc(r)}-streams\")\n"
            f"    put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, \"{kafka_hosts(r)}\")\n"
            "    put(\"security.protocol\", \"SASL_SSL\")\n    put(\"sasl.mechanism\", \"SCRAM-SHA-512\")\n"
            f"    val pw = {s.lit('kt')}\n"
            f"    put(\"sasl.jaas.config\", \"{JAAS_SCRAM} required username=\\\"streams\\\" password=\\\"$pw\\\";\")\n}}\n")


@P("kafka", "sasl_password", True, ["config/kafka.ini", "etc/ingest/kafka.cfg"])
def t_ini_kafka(r, c):
    s = c.slot(G_PW, "KAFKA_PASSWORD")
    return ("[kafka]\n"
            f"bootstrap_servers = {kafka_hosts(r)}\nsecurity_protocol = SASL_SSL\nsasl_mechanism = SCRAM-SHA-512\n"
            f"sasl_username = {svc(r)}\n"
            f"sasl_password = {s.raw('ini')}\n\n[consumer]\n"
            f"group_id = {group(r)}\ntopics = {topic(r)}, {topic(r)}\n")


@P("kafka", "sasl_password", False, ["src/clients/kafka.rb", "lib/kafka_client.rb"])
def t_ruby_rdkafka(r, c):
    s = c.slot(G_PW, "KAFKA_PASSWORD")
    return ("require \"rdkafka\"\n\nCONFIG = {\n"
            f"  \"bootstrap.servers\": \"{kafka_hosts(r)}\",\n"
            "  \"security.protocol\": \"sasl_ssl\",\n  \"sasl.mechanisms\": \"SCRAM-SHA-256\",\n"
            f"  \"sasl.username\": \"{svc(r)}\",\n"
            f"  \"sasl.password\": {s.lit('rb')},\n"
            f"  \"group.id\": \"{group(r)}\"\n}}.freeze\n\n"
            "def consumer\n  Rdkafka::Config.new(CONFIG).consumer\nend\n")


# ======================================================= look-alike negatives
def kafka_uuid(r):
    return b64u(rbytes(r, 16))


@N("strimzi", "topic_names", ["k8s/kafka/topics.yaml", "manifests/strimzi/kafkatopics.yaml"])
def n_strimzi_topics(r):
    out = []
    for _ in range(r.randint(2, 4)):
        t = topic(r)
        out.append("apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n"
                   f"  name: {t.replace('_', '-').replace('.', '-')}\n  labels:\n    strimzi.io/cluster: my-cluster\n"
                   f"spec:\n  topicName: {t}\n  partitions: {r.choice([3, 6, 12, 24])}\n  replicas: 3\n"
                   f"  config:\n    retention.ms: {r.choice([604800000, 86400000, -1])}\n    cleanup.policy: {r.choice(['delete', 'compact'])}\n")
    return "---\n".join(out)


@N("kafka", "consumer_group_offsets", ["logs/consumer-groups.txt", "docs/runbooks/lag-snapshot.log"])
def n_group_describe(r):
    g, t = group(r), topic(r)
    lines = [f"Consumer group '{g}' has no active members." if r.random() < 0.2 else "",
             "GROUP                TOPIC                PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID                                              HOST            CLIENT-ID"]
    for p in range(r.randint(3, 8)):
        cur = r.randint(10 ** 5, 10 ** 8)
        lines.append(f"{g:<20} {t:<20} {p:<10} {cur:<15} {cur + r.randint(0, 500):<15} {r.randint(0, 500):<5} "
                     f"consumer-{g}-1-{uuid4(r)} /10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)} consumer-{g}-1")
    return "\n".join(x for x in lines if x) + "\n"


@N("confluent", "resource_ids", ["infra/confluent/api-keys.tf", "terraform/confluent/service-accounts.tf"])
def n_cc_tf_refs(r):
    return ("resource \"confluent_service_account\" \"app\" {\n"
            f"  display_name = \"{svc(r)}\"\n  description  = \"Service account for the {svc(r)}\"\n}}\n\n"
            "resource \"confluent_api_key\" \"app_kafka\" {\n  display_name = \"app-kafka-api-key\"\n"
            "  owner {\n    id          = confluent_service_account.app.id\n    api_version = confluent_service_account.app.api_version\n    kind        = confluent_service_account.app.kind\n  }\n"
            "  managed_resource {\n"
            f"    id          = \"{lid(r, 'lkc', 5)}\"\n    api_version = \"cmk/v2\"\n    kind        = \"Cluster\"\n"
            f"    environment {{\n      id = \"{lid(r, 'env', 5)}\"\n    }}\n  }}\n}}\n\n"
            "output \"app_api_key\" {\n  value = confluent_api_key.app_kafka.id\n}\n\n"
            "output \"app_api_secret\" {\n  value     = confluent_api_key.app_kafka.secret\n  sensitive = true\n}\n")


@N("confluent", "cluster_describe", ["docs/confluent/cluster.md", "docs/environments.md"])
def n_cc_describe(r):
    rows = [("Id", lid(r, "lkc", 5)), ("Name", r.choice(["orders-prod", "analytics", "shared"])), ("Type", "DEDICATED"),
            ("Ingress Limit (MB/s)", "250"), ("Egress Limit (MB/s)", "750"), ("Storage", "Infinite"),
            ("Provider", "aws"), ("Region", r.choice(REGIONS)), ("Availability", "multi-zone"), ("Status", "UP"),
            ("Endpoint", "SASL_SSL://" + cc_bootstrap(r)), ("REST Endpoint", "https://" + cc_bootstrap(r).replace(":9092", ":443")),
            ("Environment", lid(r, "env", 5)), ("Schema Registry", lid(r, "lsrc", 5))]
    w = max(len(a) for a, _ in rows)
    return ("# Production cluster\n\nOutput of `confluent kafka cluster describe`:\n\n```\n" +
            "\n".join("  %-*s | %s" % (w, a, b) for a, b in rows) + "\n```\n")


@N("confluent", "api_key_list", ["docs/confluent/api-keys.md", "ops/api-key-inventory.txt"])
def n_cc_key_list(r):
    lines = ["  Current |       Key        |        Description         |   Owner    |        Owner Email        | Resource Type |   Resource   |       Created",
             "----------+------------------+----------------------------+------------+---------------------------+---------------+--------------+-----------------------"]
    for _ in range(r.randint(3, 6)):
        lines.append("          | %s | %-26s | %s |                           | kafka         | %s | %s" %
                     (conf_key_id(r), svc(r) + " producer", lid(r, "sa", 6), lid(r, "lkc", 5), ts(r)))
    return "\n".join(lines) + "\n"


@N("confluent", "schema_registry_ids", ["schemas/registry-export.json", "tools/sr-subjects.json"])
def n_sr_subjects(r):
    out = []
    for _ in range(r.randint(3, 5)):
        out.append({"subject": topic(r) + "-value", "version": r.randint(1, 14), "id": r.randint(100000, 100999),
                    "schemaType": "AVRO", "fingerprint": rs(r, 64, HEX)})
    return json_dump({"registry": lid(r, "lsrc", 5), "environment": lid(r, "env", 5), "subjects": out})


@N("kafka", "avro_schema", ["src/main/avro/OrderCreated.avsc", "schemas/order_created.avsc"])
def n_avsc(r):
    return json_dump({"type": "record", "name": "OrderCreated", "namespace": f"com.{company(r)}.events",
                      "doc": "Emitted once per accepted order.", "fields": [
                          {"name": "order_id", "type": {"type": "string", "logicalType": "uuid"}},
                          {"name": "customer_id", "type": "string"},
                          {"name": "total_cents", "type": "long"},
                          {"name": "currency", "type": "string", "default": "EUR"},
                          {"name": "idempotency_key", "type": "string", "doc": "example: " + uuid4(r)},
                          {"name": "created_at", "type": {"type": "long", "logicalType": "timestamp-millis"}}]})


@N("nats", "public_nkeys", ["config/nats-server.conf", "nats/accounts.conf"])
def n_nats_nkey_users(r):
    users = "\n".join(f"      {{ nkey: {nkey_public(r, 'U')} }}" for _ in range(r.randint(2, 4)))
    return ("port: 4222\n\naccounts {\n  ORDERS {\n    jetstream: enabled\n    users: [\n" + users + "\n    ]\n  }\n"
            "  SYS {\n    users: [\n      { nkey: " + nkey_public(r, "U") + " }\n    ]\n  }\n}\nsystem_account: SYS\n")


@N("nats", "operator_account_jwts", ["nats/resolver.conf", "config/nats-operator.conf"])
def n_nats_resolver(r):
    op = nkey_public(r, "O")
    sys_a, app_a = nkey_public(r, "A"), nkey_public(r, "A")
    return ("# Operator JWT and account JWTs are public; they are validated against the operator key.\n"
            f"operator: {jwt({'typ': 'JWT', 'alg': 'ed25519-nkey'}, {'jti': rs(r, 52, B32), 'iat': 1690000000 + r.randrange(10 ** 7), 'iss': op, 'name': company(r), 'sub': op, 'nats': {'signing_keys': [nkey_public(r, 'O')], 'type': 'operator', 'version': 2}}, rbytes(r, 64))}\n"
            f"system_account: {sys_a}\n\nresolver: MEMORY\n\nresolver_preload: {{\n"
            f"  {sys_a}: {nats_account_jwt(r, 'SYS', sys_a, op)}\n\n"
            f"  {app_a}: {nats_account_jwt(r, 'APP', app_a, op)}\n}}\n")


@N("nats", "nsc_describe", ["docs/nats/accounts.md", "docs/nats-users.md"])
def n_nsc_describe(r):
    a, u = nkey_public(r, "A"), nkey_public(r, "U")
    rows = [("Name", svc(r)), ("User ID", u), ("Issuer ID", a), ("Issued", "2024-03-0%d 10:12:44 UTC" % r.randint(1, 9)),
            ("Expires", ""), ("Bearer Token", "No"), ("Pub Allow", "orders.>"), ("Sub Allow", "_INBOX.>"),
            ("Response Permissions", "Not Set"), ("Max Msg Payload", "Unlimited")]
    return ("## User `" + rows[0][1] + "`\n\n```\n+---------------------------------------------------------------------------+\n"
            "|                                      User                                 |\n"
            "+----------------------+----------------------------------------------------+\n" +
            "\n".join("| %-20s | %-50s |" % row for row in rows) +
            "\n+----------------------+----------------------------------------------------+\n```\n")


@N("nats", "jetstream_stream", ["nats/streams/orders.json", "config/jetstream/orders-stream.json"])
def n_js_stream(r):
    name = r.choice(TOPIC_A).upper()
    return json_dump({"config": {"name": name, "subjects": [name.lower() + ".>"], "retention": "limits",
                                 "max_age": 604800000000000, "storage": "file", "num_replicas": 3, "duplicate_window": 120000000000},
                      "created": ts(r), "state": {"messages": r.randint(10 ** 3, 10 ** 7), "bytes": r.randint(10 ** 6, 10 ** 10),
                                                  "first_seq": r.randint(1, 1000), "last_seq": r.randint(10 ** 6, 10 ** 7),
                                                  "consumer_count": r.randint(1, 6)},
                      "cluster": {"name": "nats-east", "leader": "nats-%d" % r.randint(0, 2)}, "ts": ts(r),
                      "stream_id": rs(r, 22, AN)})


@N("nats", "bcrypt_password_hashes", ["config/nats-auth.conf", "nats/users.conf"])
def n_nats_bcrypt(r):
    def bc():
        return "$2a$11$" + rs(r, 53, AN + "./")
    return ("# passwords generated with `nats server passwd`; only bcrypt hashes are stored here\n"
            "authorization {\n  users = [\n" +
            "".join(f"    {{ user: \"{svc(r)}\", password: \"{bc()}\" }}\n" for _ in range(r.randint(2, 4))) +
            "  ]\n}\n")


@N("kafka", "broker_log_ids", ["logs/server.log", "var/log/kafka/server.log"])
def n_broker_log(r):
    cid = kafka_uuid(r)
    lines = [f"[{logts(r)}] INFO Cluster ID = {cid} (kafka.server.KafkaServer)",
             f"[{logts(r)}] INFO [MetadataLoader id={r.randint(1, 3)}] initializing with snapshot 00000000000000{r.randint(100000, 999999)}-0000000{r.randint(1, 9)} (org.apache.kafka.image.loader.MetadataLoader)"]
    for _ in range(r.randint(4, 8)):
        lines.append(f"[{logts(r)}] INFO [Partition {topic(r)}-{r.randint(0, 11)} broker={r.randint(1, 3)}] Log loaded for partition with "
                     f"initial high watermark {r.randint(0, 10 ** 7)} (kafka.cluster.Partition)")
        lines.append(f"[{logts(r)}] INFO Created log for partition {topic(r)}-{r.randint(0, 11)} in /var/lib/kafka/data with topicId {kafka_uuid(r)} (kafka.log.LogManager)")
    return "\n".join(lines) + "\n"


@N("kafka", "kraft_meta", ["data/kraft/meta.properties", "docker/kafka/meta.properties"])
def n_meta_props(r):
    return ("#\n#" + r.choice(["Mon", "Tue", "Wed"]) + " Mar 11 09:14:02 UTC 2024\n"
            f"node.id={r.randint(1, 5)}\ndirectory.id={kafka_uuid(r)}\nversion=1\ncluster.id={kafka_uuid(r)}\n")


@N("kafka", "server_props_no_secret", ["config/server.properties", "kafka/server.properties"])
def n_server_props(r):
    return ("process.roles=broker,controller\n"
            f"node.id={r.randint(1, 3)}\ncontroller.quorum.voters=1@kafka-0:9093,2@kafka-1:9093,3@kafka-2:9093\n"
            "listeners=SSL://:9092,CONTROLLER://:9093\nlistener.security.protocol.map=SSL:SSL,CONTROLLER:SSL\n"
            "ssl.keystore.location=/etc/kafka/secrets/kafka.keystore.p12\n"
            "ssl.keystore.password=${file:/etc/kafka/secrets/ssl.properties:keystore.password}\n"
            "ssl.client.auth=required\nssl.endpoint.identification.algorithm=https\n"
            "config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\n"
            f"log.dirs=/var/lib/kafka/data\nnum.partitions={r.choice([3, 6])}\ndefault.replication.factor=3\nmin.insync.replicas=2\n")


@N("aiven", "ca_certificate", ["certs/ca.pem", "secrets/aiven/ca.pem", "kafka-certs/ca.crt"])
def n_ca_pem(r):
    return pem_cert(r) + "\n"


@N("pulsar", "public_key", ["conf/token-public.key", "pulsar/public.key", "keys/jwt-public.pem"])
def n_public_key(r):
    return pem_public(r) + "\n"


@N("streamnative", "jwks", ["auth/jwks.json", "config/oidc-jwks.json"])
def n_jwks(r):
    return json_dump({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, 36, HEX),
                                "n": b64u(rbytes(r, 256)), "e": "AQAB"} for _ in range(2)]})


@N("kafka-connect", "connector_status", ["docs/connect/status-sample.json", "tests/fixtures/connector-status.json"])
def n_connect_status(r):
    w = "10.0.%d.%d:8083" % (r.randint(0, 255), r.randint(1, 254))
    return json_dump({"name": r.choice(TOPIC_A) + "-sink", "connector": {"state": "RUNNING", "worker_id": w},
                      "tasks": [{"id": i, "state": r.choice(["RUNNING", "RUNNING", "FAILED"]), "worker_id": w} for i in range(3)],
                      "type": "sink"})


@N("debezium", "change_event", ["tests/fixtures/debezium-event.json", "samples/cdc/order-update.json"])
def n_dbz_event(r):
    return json_dump({"before": None, "after": {"id": r.randint(1000, 99999), "status": "PAID", "ref": uuid4(r)},
                      "source": {"version": "2.5.1.Final", "connector": "postgresql", "name": "orders", "ts_ms": 1700000000000 + r.randrange(10 ** 10),
                                 "db": "orders", "schema": "public", "table": "orders", "txId": r.randint(10 ** 5, 10 ** 7),
                                 "lsn": r.randint(10 ** 9, 10 ** 11), "xmin": None},
                      "op": "u", "ts_ms": 1700000000000 + r.randrange(10 ** 10), "transaction": None})


@N("debezium", "binlog_offsets", ["data/offsets.json", "debezium/offsets-export.json"])
def n_dbz_offsets(r):
    su = uuid4(r)
    return json_dump([{"key": ["inventory-connector", {"server": "dbserver1"}],
                       "value": {"ts_sec": 1700000000 + r.randrange(10 ** 7), "file": "mysql-bin.%06d" % r.randint(1, 999),
                                 "pos": r.randint(10 ** 4, 10 ** 8), "gtids": f"{su}:1-{r.randint(10 ** 3, 10 ** 6)}",
                                 "row": 1, "server_id": r.randint(10 ** 5, 10 ** 6)}}])


@N("aws", "kinesis_shard_iterator", ["logs/kinesis-consumer.log", "debug/get-records.log"])
def n_kinesis_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        it = b64(rbytes(r, r.choice([180, 210, 240])))
        lines.append(f"{ts(r)} DEBUG GetRecords shardId=shardId-{r.randint(0, 40):012d} "
                     f"ShardIterator={it}")
        lines.append(f"{ts(r)} INFO  got {r.randint(0, 500)} records, MillisBehindLatest={r.randint(0, 9000)}, "
                     f"last SequenceNumber={rs(r, 56, DG)}")
    return "\n".join(lines) + "\n"


@N("aws", "kinesis_put_response", ["tests/fixtures/put-records-response.json"])
def n_kinesis_put(r):
    return json_dump({"FailedRecordCount": 0, "Records": [{"SequenceNumber": rs(r, 56, DG),
                                                           "ShardId": "shardId-%012d" % r.randint(0, 12)} for _ in range(4)],
                      "EncryptionType": "KMS"})


@N("aws", "msk_outputs", ["infra/msk/outputs.json", "terraform/msk-outputs.json"])
def n_msk_outputs(r):
    acct = rs(r, 12, DG)
    name = r.choice(["events", "streaming"])
    return json_dump({"cluster_arn": {"value": f"arn:aws:kafka:{r.choice(REGIONS)}:{acct}:cluster/{name}/{uuid4(r)}-{r.randint(1, 25)}"},
                      "bootstrap_brokers_sasl_iam": {"value": ",".join(msk_host(r, i, 9098) for i in (1, 2, 3))},
                      "zookeeper_connect_string": {"value": ""},
                      "scram_secret_arn": {"value": f"arn:aws:secretsmanager:us-east-1:{acct}:secret:AmazonMSK_{name}-{rs(r, 6, AN)}"}})


@N("aws", "msk_iam_client_props", ["config/msk-iam.properties"])
def n_msk_iam_props(r):
    return (f"bootstrap.servers={msk_host(r, 1, 9098)}\nsecurity.protocol=SASL_SSL\nsasl.mechanism=AWS_MSK_IAM\n"
            f"sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required awsRoleArn=\"arn:aws:iam::{rs(r, 12, DG)}:role/{svc(r)}\";\n"
            "sasl.client.callback.handler.class=software.amazon.msk.auth.iam.IAMClientCallbackHandler\n")


@N("aws", "iam_policy", ["infra/iam/msk-producer-policy.json"])
def n_iam_policy(r):
    acct = rs(r, 12, DG)
    reg = r.choice(REGIONS)
    return json_dump({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"],
         "Resource": f"arn:aws:kafka:{reg}:{acct}:cluster/events/{uuid4(r)}-3"},
        {"Effect": "Allow", "Action": ["kafka-cluster:WriteData", "kafka-cluster:DescribeTopic"],
         "Resource": f"arn:aws:kafka:{reg}:{acct}:topic/events/*/{r.choice(TOPIC_A)}*"}]})


@N("azure", "arm_listkeys", ["infra/eventhubs.bicep", "deploy/azure/eventhubs.bicep"])
def n_bicep(r):
    return (f"param namespaceName string = '{eh_ns(r)}'\nparam location string = resourceGroup().location\n\n"
            "resource ns 'Microsoft.EventHub/namespaces@2022-10-01-preview' = {\n  name: namespaceName\n  location: location\n"
            "  sku: {\n    name: 'Standard'\n    tier: 'Standard'\n    capacity: 1\n  }\n}\n\n"
            "resource rule 'Microsoft.EventHub/namespaces/authorizationRules@2022-10-01-preview' existing = {\n"
            "  parent: ns\n  name: 'RootManageSharedAccessKey'\n}\n\n"
            "output primaryConnectionString string = rule.listKeys().primaryConnectionString\n")


@N("azure", "checkpoint_blob", ["tests/fixtures/eventhub-checkpoint.json"])
def n_eh_checkpoint(r):
    return json_dump({"fullyQualifiedNamespace": eh_ns(r) + ".servicebus.windows.net", "eventHubName": r.choice(TOPIC_A),
                      "consumerGroup": "$Default", "partitionId": str(r.randint(0, 31)),
                      "offset": str(r.randint(10 ** 6, 10 ** 10)), "sequenceNumber": r.randint(10 ** 4, 10 ** 8),
                      "etag": "\"0x8DC%s\"" % rs(r, 12, "0123456789ABCDEF"), "ownerId": uuid4(r)})


@N("azure", "servicebus_message_ids", ["logs/servicebus-processor.log"])
def n_sb_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append(f"{ts(r)} info: Orders.Worker[0] Completed message MessageId={rs(r, 32, HEX)} "
                     f"LockToken={uuid4(r)} SequenceNumber={r.randint(10 ** 4, 10 ** 9)} DeliveryCount=1")
    return "\n".join(lines) + "\n"


@N("azure", "namespace_show", ["docs/azure/eventhubs-namespace.json"])
def n_eh_show(r):
    ns, sub = eh_ns(r), uuid4(r)
    return json_dump({"id": f"/subscriptions/{sub}/resourceGroups/rg-events/providers/Microsoft.EventHub/namespaces/{ns}",
                      "kafkaEnabled": True, "location": "westeurope", "metricId": f"{sub}:{ns}", "name": ns,
                      "provisioningState": "Succeeded", "serviceBusEndpoint": f"https://{ns}.servicebus.windows.net:443/",
                      "sku": {"capacity": 1, "name": "Standard", "tier": "Standard"}, "status": "Active",
                      "disableLocalAuth": True, "minimumTlsVersion": "1.2"})


@N("gcp", "pubsub_ackids", ["logs/pubsub-pull.log", "debug/pull-response.json"])
def n_pubsub_pull(r):
    msgs = [{"ackId": b64u(rbytes(r, 120)), "message": {"data": b64(json.dumps({"event": r.choice(TOPIC_B), "id": uuid4(r)}).encode()),
                                                        "messageId": rs(r, 16, DG), "publishTime": ts(r),
                                                        "attributes": {"source": svc(r)}}} for _ in range(r.randint(2, 3))]
    return json_dump({"receivedMessages": msgs})


@N("gcp", "sa_key_list", ["docs/gcp/service-accounts.md"])
def n_gcp_keys_list(r):
    proj = f"{company(r)}-events-prod"
    lines = ["KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED"]
    for _ in range(r.randint(2, 4)):
        lines.append(f"{rs(r, 40, HEX)}  {ts(r)[:19]}Z  9999-12-31T23:59:59Z")
    return (f"# Service accounts\n\n`gcloud iam service-accounts keys list --iam-account pubsub-publisher@{proj}.iam.gserviceaccount.com`\n\n```\n" +
            "\n".join(lines) + "\n```\n\nKeys are created by Terraform and stored in Secret Manager; never commit the JSON.\n")


@N("gcp", "pubsub_subscription", ["infra/pubsub/subscriptions.yaml"])
def n_pubsub_sub(r):
    proj = f"{company(r)}-data-prod"
    t = r.choice(TOPIC_A)
    return (f"name: projects/{proj}/subscriptions/{t}-{svc(r)}\ntopic: projects/{proj}/topics/{t}\n"
            "ackDeadlineSeconds: 60\nmessageRetentionDuration: 604800s\nenableMessageOrdering: true\n"
            f"deadLetterPolicy:\n  deadLetterTopic: projects/{proj}/topics/{t}-dlq\n  maxDeliveryAttempts: 10\n"
            f"pushConfig:\n  oidcToken:\n    serviceAccountEmail: push-invoker@{proj}.iam.gserviceaccount.com\n    audience: https://{svc(r)}-{rs(r, 10, LO + DG)}-ew.a.run.app\n")


@N("rabbitmq", "password_hash_definitions", ["rabbitmq/definitions.json", "deploy/rabbitmq/definitions.json"])
def n_rabbit_defs(r):
    users = [{"name": svc(r), "password_hash": b64(rbytes(r, 36)), "hashing_algorithm": "rabbit_password_hashing_sha256",
              "tags": ["management"] if r.random() < 0.5 else []} for _ in range(2)]
    return json_dump({"rabbit_version": "3.13.1", "users": users, "vhosts": [{"name": "/"}, {"name": "orders"}],
                      "permissions": [{"user": users[0]["name"], "vhost": "orders", "configure": ".*", "write": ".*", "read": ".*"}],
                      "queues": [{"name": r.choice(TOPIC_A), "vhost": "orders", "durable": True, "auto_delete": False,
                                  "arguments": {"x-queue-type": "quorum"}}]})


@N("rabbitmq", "consumer_tags", ["docs/rabbitmq/queues.txt", "logs/rabbitmqctl-list.txt"])
def n_rabbit_ctl(r):
    lines = ["Listing consumers in vhost orders ...", "queue_name\tchannel_pid\tconsumer_tag\tack_required\tprefetch_count\tactive\targuments"]
    for _ in range(r.randint(3, 6)):
        lines.append(f"{r.choice(TOPIC_A)}\t<rabbit@rabbit-{r.randint(0, 2)}.{r.randint(1000, 9999)}.{r.randint(100, 999)}.0>\t"
                     f"amq.ctag-{b64u(rbytes(r, 16))}\ttrue\t{r.choice([10, 20, 50])}\ttrue\t[]")
    return "\n".join(lines) + "\n"


@N("rabbitmq", "rabbitmq_conf", ["rabbitmq/rabbitmq.conf", "config/rabbitmq.conf"])
def n_rabbit_conf(r):
    return ("listeners.tcp = none\nlisteners.ssl.default = 5671\n"
            "ssl_options.cacertfile = /etc/rabbitmq/tls/ca_certificate.pem\n"
            "ssl_options.certfile   = /etc/rabbitmq/tls/server_certificate.pem\n"
            "ssl_options.keyfile    = /etc/rabbitmq/tls/server_key.pem\n"
            "ssl_options.verify     = verify_peer\nssl_options.fail_if_no_peer_cert = true\n"
            "management.load_definitions = /etc/rabbitmq/definitions.json\n"
            f"cluster_formation.peer_discovery_backend = k8s\nvm_memory_high_watermark.relative = 0.{r.randint(4, 7)}\n")


@N("artemis", "broker_xml_refs", ["broker/etc/broker.xml"])
def n_artemis_broker(r):
    return ("<?xml version='1.0'?>\n<configuration xmlns=\"urn:activemq\">\n  <core xmlns=\"urn:activemq:core\">\n"
            f"    <name>artemis-{r.randint(0, 2)}</name>\n    <persistence-enabled>true</persistence-enabled>\n"
            "    <cluster-user>cluster-admin</cluster-user>\n    <cluster-password>${env.ARTEMIS_CLUSTER_PASSWORD}</cluster-password>\n"
            "    <acceptors>\n      <acceptor name=\"artemis\">tcp://0.0.0.0:61616?sslEnabled=true;keyStorePath=/etc/artemis/tls/broker.ks;keyStorePassword=${env.KEYSTORE_PASSWORD}</acceptor>\n    </acceptors>\n"
            f"    <addresses>\n      <address name=\"{r.choice(TOPIC_A)}\">\n        <anycast><queue name=\"{r.choice(TOPIC_A)}\"/></anycast>\n      </address>\n    </addresses>\n"
            "  </core>\n</configuration>\n")


@N("artemis", "journal_log", ["logs/artemis.log"])
def n_artemis_log(r):
    node = uuid4(r)
    lines = [f"{logts(r)} INFO  [org.apache.activemq.artemis.core.server] AMQ221001: Apache ActiveMQ Artemis Message Broker version 2.33.0 [artemis-0, nodeID={node}]"]
    for _ in range(r.randint(3, 6)):
        lines.append(f"{logts(r)} INFO  [org.apache.activemq.artemis.core.server] AMQ221080: Deploying address {r.choice(TOPIC_A)} supporting [ANYCAST]")
        lines.append(f"{logts(r)} DEBUG [org.apache.activemq.artemis.core.postoffice] Message ID:{uuid4(r)} routed, messageID={r.randint(10 ** 8, 10 ** 10)}")
    return "\n".join(lines) + "\n"


@N("pulsar", "topic_stats", ["docs/pulsar/topic-stats.json", "tests/fixtures/pulsar-stats.json"])
def n_pulsar_stats(r):
    return json_dump({"msgRateIn": round(r.uniform(10, 900), 3), "msgThroughputIn": round(r.uniform(1e4, 9e5), 2),
                      "publishers": [{"producerId": r.randint(0, 9), "producerName": "standalone-%d-%d" % (r.randint(0, 9), r.randint(0, 999)),
                                      "address": "/10.1.%d.%d:%d" % (r.randint(0, 255), r.randint(1, 254), r.randint(30000, 60000)),
                                      "connectedSince": ts(r), "clientVersion": "3.2.1"}],
                      "subscriptions": {group(r): {"msgBacklog": r.randint(0, 10 ** 5), "type": "Shared",
                                                    "consumers": [{"consumerName": rs(r, 5, LO + DG), "connectedSince": ts(r)}]}}})


@N("pulsar", "namespace_policies", ["pulsar/tenants/orders.yaml"])
def n_pulsar_ns(r):
    return ("tenant: orders\nallowedClusters: [\"us-east\", \"eu-west\"]\nadminRoles:\n"
            f"  - {svc(r)}\nnamespaces:\n  - name: orders/prod\n    retention:\n      sizeInMB: 10240\n      timeInMinutes: 10080\n"
            f"    messageTTLInSeconds: {r.choice([3600, 86400])}\n    schemaCompatibilityStrategy: BACKWARD\n")


@N("solace", "semp_queue", ["solace/queues.json", "config/solace-semp-queue.json"])
def n_solace_semp(r):
    return json_dump({"data": {"accessType": "non-exclusive", "egressEnabled": True, "ingressEnabled": True,
                               "msgVpnName": r.choice(["orders", "prod-vpn"]), "owner": "solace-cloud-client", "permission": "consume",
                               "queueName": "Q/" + r.choice(TOPIC_A) + "/" + r.choice(TOPIC_B), "maxMsgSpoolUsage": 5000},
                      "links": {"uri": f"https://mr-{rs(r, 11, LO + DG)}.messaging.solace.cloud:943/SEMP/v2/config/msgVpns/orders/queues"},
                      "meta": {"request": {"method": "GET"}, "responseCode": 200}})


@N("kafka", "producer_metrics_log", ["logs/producer-metrics.log"])
def n_producer_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append(f"{ts(r)} INFO [Producer clientId={svc(r)}, transactionalId={svc(r)}-tx-{r.randint(0, 9)}] "
                     f"ProducerId set to {r.randint(1000, 999999)} with epoch {r.randint(0, 40)}")
    return "\n".join(lines) + "\n"


@N("kafka", "acl_listing", ["docs/security/acls.txt"])
def n_acls(r):
    out = []
    for _ in range(r.randint(2, 4)):
        out.append(f"Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name={topic(r)}, patternType=LITERAL)`: \n"
                   f" \t(principal=User:{lid(r, 'sa', 6)}, host=*, operation=WRITE, permissionType=ALLOW)\n"
                   f"\t(principal=User:{lid(r, 'sa', 6)}, host=*, operation=READ, permissionType=ALLOW) \n")
    return "\n".join(out)


@N("confluent", "audit_log_event", ["tests/fixtures/audit-event.json"])
def n_cc_audit(r):
    org, env, lkc = uuid4(r), lid(r, "env", 5), lid(r, "lkc", 5)
    return json_dump({"specversion": "1.0", "id": uuid4(r), "source": f"crn://confluent.cloud/organization={org}/environment={env}/cloud-cluster={lkc}",
                      "type": "io.confluent.kafka.server/authentication", "datacontenttype": "application/json",
                      "subject": f"crn://confluent.cloud/organization={org}/environment={env}/cloud-cluster={lkc}/kafka={lkc}",
                      "time": ts(r), "data": {"methodName": "kafka.Authentication", "authenticationInfo": {
                          "principal": {"confluentServiceAccount": {"resourceId": lid(r, "sa", 6)}},
                          "metadata": {"mechanism": "SASL_SSL/PLAIN", "identifier": conf_key_id(r)}},
                          "result": {"status": "SUCCESS"}}})


@N("kafka", "changelog_commits", ["CHANGELOG.md"])
def n_changelog(r):
    out = ["# Changelog\n"]
    for v in range(r.randint(3, 5)):
        out.append(f"## [1.{9 - v}.{r.randint(0, 9)}] - 2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}\n")
        for _ in range(r.randint(1, 3)):
            out.append(f"- {r.choice(['Fix consumer rebalance loop', 'Bump kafka-clients to 3.7.0', 'Add SCRAM-SHA-512 support', 'Retry on NOT_LEADER_OR_FOLLOWER'])} "
                       f"([{rs(r, 7, HEX)}](https://github.com/{company(r)}/stream-kit/commit/{rs(r, 40, HEX)}))")
        out.append("")
    return "\n".join(out) + "\n"


@N("kafkajs", "lockfile_integrity", ["package-lock.json"])
def n_package_lock(r):
    name = svc(r)
    pk = {"": {"name": name, "version": "1.0.0", "dependencies": {"kafkajs": "^2.2.4", "nats": "^2.22.0"}}}
    for name, ver in [("kafkajs", "2.2.4"), ("nats", "2.22.0"), ("nkeys.js", "1.1.0")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": f"https://registry.npmjs.org/{name}/-/{name}-{ver}.tgz",
                                      "integrity": "sha512-" + b64(rbytes(r, 64)), "license": "MIT"}
    return json_dump({"name": name, "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk})


@N("nats", "go_sum", ["go.sum"])
def n_go_sum(r):
    out = []
    for mod, ver in [("github.com/nats-io/nats.go", "v1.34.1"), ("github.com/nats-io/nkeys", "v0.4.7"),
                     ("github.com/IBM/sarama", "v1.43.1"), ("github.com/klauspost/compress", "v1.17.8")]:
        out.append(f"{mod} {ver} h1:{b64(rbytes(r, 32))}")
        out.append(f"{mod} {ver}/go.mod h1:{b64(rbytes(r, 32))}")
    return "\n".join(out) + "\n"


@N("kafka", "pip_hashes", ["requirements.txt", "requirements/prod.txt"])
def n_pip_hashes(r):
    out = []
    for p, v in [("confluent-kafka", "2.4.0"), ("fastavro", "1.9.4"), ("nats-py", "2.7.2")]:
        out.append(f"{p}=={v} \\\n    --hash=sha256:{rs(r, 64, HEX)} \\\n    --hash=sha256:{rs(r, 64, HEX)}")
    return "\n".join(out) + "\n"


@N("confluent", "image_digests", ["docker-compose.yml", "compose/kafka-stack.yml"])
def n_compose_digests(r):
    return ("services:\n"
            f"  broker:\n    image: confluentinc/cp-kafka@sha256:{rs(r, 64, HEX)}\n    environment:\n"
            f"      CLUSTER_ID: {kafka_uuid(r)}\n      KAFKA_NODE_ID: 1\n      KAFKA_PROCESS_ROLES: broker,controller\n"
            f"  schema-registry:\n    image: confluentinc/cp-schema-registry@sha256:{rs(r, 64, HEX)}\n    depends_on: [broker]\n")


@N("helm", "chart_lock", ["charts/streaming/Chart.lock"])
def n_chart_lock(r):
    return ("dependencies:\n- name: kafka\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 28.0.4\n"
            "- name: redpanda\n  repository: https://charts.redpanda.com\n  version: 5.7.35\n"
            f"digest: sha256:{rs(r, 64, HEX)}\ngenerated: \"{ts(r)}\"\n")


@N("strimzi", "kafka_cr", ["k8s/kafka/kafka-cluster.yaml"])
def n_strimzi_kafka(r):
    return ("apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n"
            f"    version: 3.7.0\n    replicas: 3\n    listeners:\n      - name: tls\n        port: 9093\n        type: internal\n        tls: true\n"
            "        authentication:\n          type: scram-sha-512\n    authorization:\n      type: simple\n"
            "    config:\n      offsets.topic.replication.factor: 3\n      min.insync.replicas: 2\n"
            "    storage:\n      type: persistent-claim\n      size: 100Gi\n  entityOperator:\n    topicOperator: {}\n    userOperator: {}\n")


@N("strimzi", "kafka_user_cr", ["k8s/kafka/users.yaml"])
def n_strimzi_user(r):
    u = svc(r)
    return ("apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaUser\nmetadata:\n"
            f"  name: {u}\n  labels:\n    strimzi.io/cluster: my-cluster\nspec:\n  authentication:\n    type: scram-sha-512\n"
            "    password:\n      valueFrom:\n        secretKeyRef:\n"
            f"          name: {u}-password\n          key: password\n"
            "  authorization:\n    type: simple\n    acls:\n      - resource:\n          type: topic\n"
            f"          name: {r.choice(TOPIC_A)}\n          patternType: prefix\n        operations: [Read, Describe]\n")


@N("kafka", "scram_stored_credentials", ["docs/zk-dump/users.txt"])
def n_scram_zk(r):
    out = []
    for _ in range(r.randint(2, 3)):
        out.append(f"/config/users/{svc(r)}\n"
                   f"{{\"version\":1,\"config\":{{\"SCRAM-SHA-512\":\"salt={b64(rbytes(r, 16))},stored_key={b64(rbytes(r, 64))},"
                   f"server_key={b64(rbytes(r, 64))},iterations=4096\"}}}}")
    return "\n".join(out) + "\n"


@N("kafka", "base64_payload_fixture", ["src/test/resources/messages.txt", "tests/fixtures/avro-payloads.b64"])
def n_payloads(r):
    return "# base64-encoded Avro payloads captured from " + topic(r) + "\n" + \
        "\n".join(b64(b"\x00\x00\x01\x86\xa0" + rbytes(r, r.randint(30, 70))) for _ in range(r.randint(4, 8))) + "\n"


@N("kafka", "record_headers", ["tests/fixtures/record-headers.json"])
def n_headers(r):
    return json_dump([{"offset": r.randint(10 ** 4, 10 ** 8), "partition": r.randint(0, 11), "headers": {
        "traceparent": f"00-{rs(r, 32, HEX)}-{rs(r, 16, HEX)}-01", "correlation-id": uuid4(r),
        "content-type": "application/avro", "schema-id": str(r.randint(100000, 100999))}} for _ in range(3)])


@N("kafka", "otel_collector", ["otel/collector.yaml"])
def n_otel(r):
    return ("receivers:\n  otlp:\n    protocols:\n      grpc: {}\nexporters:\n  kafka:\n"
            f"    brokers: [\"{kafka_hosts(r).split(',')[0]}\"]\n    topic: otlp_spans\n    encoding: otlp_proto\n"
            "    auth:\n      sasl:\n        username: ${env:KAFKA_USERNAME}\n        password: ${env:KAFKA_PASSWORD}\n        mechanism: SCRAM-SHA-512\n"
            "service:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [kafka]\n")


@N("kafka", "jmx_exporter", ["monitoring/jmx-kafka.yml"])
def n_jmx(r):
    return ("lowercaseOutputName: true\nrules:\n"
            "  - pattern: kafka.server<type=(.+), name=(.+)PerSec\\w*, topic=(.+)><>Count\n"
            "    name: kafka_server_$1_$2_total\n    labels:\n      topic: \"$3\"\n    type: COUNTER\n"
            "  - pattern: kafka.server<type=(.+), name=(.+)><>Value\n    name: kafka_server_$1_$2\n    type: GAUGE\n")


@N("grafana", "dashboard_uids", ["monitoring/dashboards/kafka-lag.json"])
def n_grafana(r):
    return json_dump({"uid": rs(r, 9, AN), "title": "Kafka consumer lag", "version": r.randint(3, 40),
                      "panels": [{"id": i, "type": "timeseries", "title": f"Lag {group(r)}",
                                  "datasource": {"type": "prometheus", "uid": rs(r, 9, AN)},
                                  "targets": [{"expr": f"sum(kafka_consumergroup_lag{{consumergroup=\"{group(r)}\"}}) by (topic)", "refId": "A"}]}
                                 for i in range(1, 3)]})


@N("confluent", "terraform_lock", [".terraform.lock.hcl"])
def n_tf_lock(r):
    hs = "\n".join(f"    \"zh:{rs(r, 64, HEX)}\"," for _ in range(4))
    return ("# This file is maintained automatically by \"terraform init\".\n\n"
            "provider \"registry.terraform.io/confluentinc/confluent\" {\n  version     = \"1.83.0\"\n  constraints = \"1.83.0\"\n"
            f"  hashes = [\n    \"h1:{b64(rbytes(r, 32))}\",\n{hs}\n  ]\n}}\n")


@N("debezium", "outbox_sql", ["db/migrations/V12__outbox.sql", "sql/outbox_seed.sql"])
def n_outbox_sql(r):
    rows = ",\n".join(f"  ('{uuid4(r)}', 'Order', '{r.randint(1000, 99999)}', 'OrderCreated', '{{\"total\": {r.randint(100, 99999)}}}')" for _ in range(3))
    return ("CREATE TABLE IF NOT EXISTS outbox (\n  id uuid PRIMARY KEY,\n  aggregatetype varchar(255) NOT NULL,\n"
            "  aggregateid varchar(255) NOT NULL,\n  type varchar(255) NOT NULL,\n  payload jsonb\n);\n\n"
            "INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload) VALUES\n" + rows + ";\n")


@N("kafka", "offsets_csv", ["exports/partition-offsets.csv", "reports/replay-window.csv"])
def n_offsets_csv(r):
    t = topic(r)
    return "topic,partition,offset,timestamp,message_id\n" + "".join(
        f"{t},{p},{r.randint(10 ** 4, 10 ** 8)},{1700000000000 + r.randrange(10 ** 10)},{uuid4(r)}\n" for p in range(r.randint(4, 9)))


@N("nats", "jetstream_msg_ids", ["logs/jetstream-publisher.log"])
def n_js_log(r):
    return "\n".join(f"{ts(r)} DBG published subject={r.choice(TOPIC_A)}.created Nats-Msg-Id={rs(r, 26, B32)} "
                     f"stream={r.choice(TOPIC_A).upper()} seq={r.randint(10 ** 3, 10 ** 7)} sha256={rs(r, 64, HEX)}"
                     for _ in range(r.randint(4, 7))) + "\n"


@N("nats", "leafnode_creds_path", ["nats/leaf.conf"])
def n_nats_leaf(r):
    return ("port: 4222\nleafnodes {\n  remotes = [\n    {\n      url: \"tls://connect.ngs.global\"\n"
            "      credentials: \"/etc/nats/leaf.creds\"\n      account: " + nkey_public(r, "A") + "\n    }\n  ]\n}\n")


@N("kafka", "truststore_listing", ["docs/tls/truststore.txt"])
def n_keytool(r):
    def fp(n):
        return ":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(n))
    out = ["Keystore type: PKCS12", "Keystore provider: SUN", "", "Your keystore contains 2 entries", ""]
    for alias in ["caroot", "intermediate"]:
        out.append(f"{alias}, Mar 4, 2024, trustedCertEntry,")
        out.append(f"Certificate fingerprint (SHA-256): {fp(32)}")
    return "\n".join(out) + "\n"


@N("kafka", "configmap_binarydata", ["k8s/connect-log4j-configmap.yaml"])
def n_cm_binary(r):
    data = ("log4j.rootLogger=INFO, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\n"
            "log4j.logger.org.apache.kafka.connect.runtime.WorkerSourceTask=DEBUG\n").encode()
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: connect-logging\nbinaryData:\n"
            f"  log4j.properties: {b64(data)}\n  banner.txt: {b64(rbytes(r, 48))}\n")


@N("confluent", "runbook_env_refs", ["docs/runbooks/rotate-api-key.md"])
def n_runbook(r):
    lkc = lid(r, "lkc", 5)
    return ("# Rotating the producer API key\n\n1. Create the new key:\n\n```bash\n"
            f"confluent api-key create --resource {lkc} --service-account {lid(r, 'sa', 6)} --description \"{svc(r)} $(date +%F)\"\n```\n\n"
            "2. Store the secret in Vault (never paste it in chat or tickets):\n\n```bash\n"
            "vault kv put secret/kafka/producer api_key=\"$NEW_KEY\" api_secret=\"$NEW_SECRET\"\n```\n\n"
            f"3. Roll the deployment, then delete the old key with `confluent api-key delete $OLD_KEY`.\n")


@N("upstash", "cluster_info", ["docs/upstash/cluster.json"])
def n_upstash_info(r):
    cl = upstash_cluster(r)
    return json_dump({"cluster_id": uuid4(r), "name": cl, "region": "eu-west-1", "type": "paid", "multizone": True,
                      "tcp_endpoint": f"{cl}-eu1-kafka.upstash.io:9092", "rest_endpoint": f"{cl}-eu1-rest-kafka.upstash.io",
                      "state": "active", "max_retention_size": 1099511627776, "max_messages_per_second": 1000,
                      "creation_time": 1700000000 + r.randrange(10 ** 7)})


@N("aiven", "service_overview", ["docs/aiven/kafka-service.json"])
def n_aiven_overview(r):
    h = aiven_host(r)
    return json_dump({"service_name": "events-kafka", "service_type": "kafka", "plan": "business-4", "state": "RUNNING",
                      "cloud_name": "google-europe-west1", "node_count": 3,
                      "components": [{"component": "kafka", "host": h, "port": r.randint(10000, 29999), "route": "dynamic", "usage": "primary"},
                                     {"component": "schema_registry", "host": h, "port": r.randint(10000, 29999), "route": "dynamic", "usage": "primary"}],
                      "project_vpc_id": uuid4(r), "service_integrations": []})


@N("redpanda", "cluster_info", ["docs/redpanda/cluster-info.txt"])
def n_rp_info(r):
    cid = "redpanda." + uuid4(r)
    lines = ["CLUSTER", "=======", cid, "", "BROKERS", "=======", "ID    HOST                                                        PORT"]
    for i in range(3):
        lines.append(f"{i}*    {rp_host(r).split(':')[0]:<59} 9092")
    lines += ["", "TOPICS", "======", "NAME                PARTITIONS  REPLICAS"]
    for _ in range(3):
        lines.append(f"{topic(r):<19} {r.choice([1, 3, 6, 12]):<11} 3")
    return "\n".join(lines) + "\n"


@N("kafka", "client_props_placeholder_doc", ["docs/connecting.md"])
def n_connect_doc(r):
    return ("# Connecting to the shared cluster\n\nCreate `client.properties` next to your service:\n\n```properties\n"
            f"bootstrap.servers={cc_bootstrap(r)}\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
            f"sasl.jaas.config={JAAS_PLAIN} required username='{{{{ CLUSTER_API_KEY }}}}' password='{{{{ CLUSTER_API_SECRET }}}}';\n```\n\n"
            f"Ask #data-platform for a key scoped to `{lid(r, 'lkc', 5)}`; keys are delivered through 1Password.\n")


@N("nats", "server_jwt_conf_paths", ["nats/nats-account-resolver.conf"])
def n_nats_full_resolver(r):
    return ("operator: /etc/nats/operator/" + company(r) + ".jwt\n"
            f"system_account: {nkey_public(r, 'A')}\n\nresolver {{\n  type: full\n  dir: '/data/jwt'\n  allow_delete: false\n  interval: \"2m\"\n}}\n")


@N("kafka", "sasl_env_template", [".env.example", ".env.sample", "config/kafka.env.example"])
def n_env_example(r):
    return ("# Copy to .env and fill in\n"
            f"KAFKA_BOOTSTRAP_SERVERS={cc_bootstrap(r)}\nKAFKA_SASL_MECHANISM=PLAIN\n"
            "KAFKA_API_KEY=\nKAFKA_API_SECRET=\n"
            f"KAFKA_CONSUMER_GROUP={group(r)}\nKAFKA_TOPIC={topic(r)}\n")


@N("kafka", "kafka_console_output", ["docs/debug/console-consumer.log"])
def n_console_consumer(r):
    return "\n".join(f"CreateTime:{1700000000000 + r.randrange(10 ** 10)}\tPartition:{r.randint(0, 5)}\tOffset:{r.randint(0, 10 ** 6)}\t"
                     f"{uuid4(r)}\t{{\"sku\":\"{rs(r, 10, UP + DG)}\",\"qty\":{r.randint(1, 9)},\"hash\":\"{rs(r, 40, HEX)}\"}}"
                     for _ in range(r.randint(4, 8))) + "\nProcessed a total of 8 messages\n"


# ================================================================== driver
ENV_OK_SUFFIX = ("example", "sample", "template", "dist")


def env_blocked(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    return base.startswith(".env.") and base[5:] not in ENV_OK_SUFFIX


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") or ".env." in base or base.endswith(".env"):
        return "env"
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base == "Makefile" or base.endswith(".mk"):
        return "makefile"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return base.lower().lstrip(".")


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle not in text"
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1]
    return line


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def cycle(r, items, n):
    out = []
    while len(out) < n:
        blk = list(items)
        r.shuffle(blk)
        out += blk
    return out[:n]


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_gn.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    assert len(POS_T) >= 60, len(POS_T)
    assert len(NEG_T) >= 60, len(NEG_T)
    names = [t["name"] for t in POS_T] + [t["name"] for t in NEG_T]
    assert len(names) == len(set(names))

    conv = [t for t in POS_T if t["conv"]]
    neut = [t for t in POS_T if not t["conv"]]
    plan = cycle(r, conv, 250) + cycle(r, neut, 250)
    r.shuffle(plan)

    manifest, secrets = [], []
    n_env = 0
    for i, t in enumerate(plan):
        c = Ctx(r, False)
        text = t["fn"](r, c)
        assert len(c.slots) == 1, t["name"]
        needle = c.slots[0].needle
        assert needle and len(needle) >= 8, (t["name"], needle)
        path = r.choice(t["paths"])
        if env_blocked(path):
            n_env += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line_of(text, needle)})
    assert n_env * 20 <= 500, n_env

    negs = [("reuse", t) for t in cycle(r, POS_T, 250)] + [("look", t) for t in cycle(r, NEG_T, 250)]
    r.shuffle(negs)
    for i, (mode, t) in enumerate(negs):
        path = r.choice(t["paths"])
        if env_blocked(path):
            d = path.rsplit("/", 1)
            path = (d[0] + "/" if len(d) == 2 else "") + r.choice([".env.example", ".env.sample"])
        assert not env_blocked(path)
        if mode == "reuse":
            c = Ctx(r, True)
            text = t["fn"](r, c)
            assert len(c.slots) == 1, t["name"]
            kind = "%s:%s" % (c.slots[0].cat, t["kind"])
        else:
            text = t["fn"](r)
            kind = "lookalike:" + t["kind"]
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # re-read what was written and check every needle/line pair
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
        assert all(s["needle"] not in ln for ln in lines[:s["line"] - 1]), s["file"]


if __name__ == "__main__":
    main()
