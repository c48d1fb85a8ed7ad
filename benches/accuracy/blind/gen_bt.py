#!/usr/bin/env python3
"""Blind evaluation-set generator "bt" for the keyhook secret scanner.

EMPHASIS
    Realtime messaging, pub/sub and event streaming.  Positives hold exactly one
    credential of these kinds:
      * Kafka SASL/PLAIN and SCRAM passwords: Confluent Cloud API secrets (new
        "cflt" + checksum format and the older 64-char format), Aiven service
        passwords, Redpanda SCRAM users, Upstash Kafka, self-hosted Kafka,
        Azure Event Hubs' Kafka endpoint ($ConnectionString);
      * Azure Service Bus / Event Hubs connection strings (SharedAccessKey);
      * Google Pub/Sub service-account keys (private_key in the JSON key file);
      * AWS access key pairs used by SQS/SNS consumers (needle = secret key);
      * RabbitMQ / AMQP URLs and passwords (CloudAMQP, Amazon MQ, self-hosted);
      * NATS user nkey seeds (.creds), NATS user passwords and tokens;
      * Apache Pulsar / StreamNative JWT tokens;
      * Ably API keys, Pusher app secrets, PubNub secret keys;
      * Centrifugo token HMAC secrets / API keys; Socket.io / websocket tokens;
      * MQTT broker credentials (HiveMQ Cloud, EMQX, Mosquitto plain password
        file lines, Mosquitto bridge passwords);
      * Solace, ActiveMQ / Artemis, IBM MQ passwords and IBM Cloud API keys;
      * Kafka Connect connector configs holding sink credentials (JDBC,
        Elasticsearch, S3, MongoDB).
    File types: Java properties (client.properties, JAAS), Spring application.yml,
    Python / Go / Node / TypeScript / Java / Kotlin / C# / Rust / Ruby / PHP code,
    docker-compose, Helm values, Strimzi / Kubernetes manifests, Terraform,
    Kafka Connect JSON, Redpanda Connect (Benthos) YAML, mosquitto.conf,
    nats-server.conf, Markdown runbooks, shell scripts (kcat,
    kafka-console-producer, curl), .env files, TOML, INI, XML.

USAGE
    python3 gen_bt.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files), OUTDIR/neg/nNNNN/<relpath>
    (500 files), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness
    comes from random.Random(SEED); output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    The needle is the secret exactly as it is written in the file:
      * user/password pairs, key-id/secret pairs: the password / secret only;
      * URLs (amqp://, mqtts://, nats://, jdbc:...): the password part only;
      * Azure connection strings: the SharedAccessKey value only;
      * Ably keys "appId.keyId:secret": the part after the colon;
      * NATS .creds files: the "SU..." user seed;
      * JWT tokens (Pulsar, websocket): the whole token;
      * Google service-account JSON: the whole private_key JSON string value as
        written (with its literal \\n escapes), from "-----BEGIN" to the final
        "\\n"; in a base64-encoded Kubernetes Secret: the base64 blob.
    "line" is the 1-based line of the needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by:
    environment lookups in the file's own language (os.environ, process.env,
    System.getenv, ${VAR}, ${env:VAR}, Terraform var.*), Kafka config-provider
    references (${file:...:key}), secret-manager references (Vault paths, AWS
    Secrets Manager ARNs, GCP Secret Manager names, 1Password op:// refs),
    placeholders (<KAFKA_API_SECRET>, YOUR_..., REPLACE_ME), masked/redacted
    values (********, [REDACTED], partially masked with 4 visible chars) and
    empty values.  The other half are domain look-alikes: Pusher app keys and
    app ids (public), PubNub publish/subscribe keys, Ably key names without the
    secret, Confluent API key IDs (documented as not secret), NATS public nkeys
    (U.../A...), topic names, consumer-group ids and offset tables, partition
    ids, schema-registry subject/ids and fingerprints, SQS message ids, receipt
    handles and MD5s, Pub/Sub message ids, KRaft cluster ids, Kubernetes
    secretKeyRef / existingSecret, Strimzi KafkaUser specs, SealedSecrets and
    SOPS ciphertext, mosquitto password-file hashes ($7$ / $6$ / argon2id),
    RabbitMQ definitions password_hash values, Artemis ENC() hashes, public
    keys (PEM PUBLIC KEY, age recipients), HMAC test vectors (RFC 4231),
    image digests, i18n strings and provider-published documentation examples
    (AWS AKIAIOSFODNN7EXAMPLE pair, the Ably docs example key).

DOUBTS
    Formats checked against provider documentation (search tool):
      * Confluent Cloud: key ID 16 chars [A-Z0-9]; new secrets "cflt" + 60 chars
        [A-Za-z0-9+/], last 6 = base64 CRC32 of the prior 54 (I verified the
        docs' example: CRC32 over the 54 chars after "cflt", little-endian,
        base64, first 6 chars).  The legacy 64-char secret format is from memory.
      * Ably key layout appId(6).keyId(6):secret(43, base64url) from ably.com docs.
      * NATS nkeys (prefix bytes, base32, CRC16) from the nkeys library docs;
        seeds start "SU", 58 chars; public user keys "U", 56 chars.
      * Azure connection-string grammar, Pusher app_id/key/secret roles,
        mosquitto_passwd -U (plain-text password files are upgraded in place).
    Written from memory, not confirmed:
      * Azure "identifiable" SAS keys with +ASb (Service Bus) / +AEh (Event Hubs)
        at chars 34-37 of the 44-char key; the other half are plain base64 of
        32 random bytes.
      * Pusher key/secret as 20 lowercase hex, app_id as 7 digits.
      * PubNub secret key "sec-c-" + base64 of a UUID string; pub/sub keys
        "pub-c-"/"sub-c-" + UUID.
      * Aiven service passwords "AVNS_" + 19-22 alphanumerics.
      * Upstash Kafka username (base64 of "name-animal-NNNNN$" + suffix) and
        password (40-48 alphanumerics + "=").
      * Solace Cloud generated client passwords (26 lowercase alphanumerics).
      * IBM Cloud API keys (44 chars [A-Za-z0-9_-]).
      * StreamNative token claims (iss/aud/sub shapes); signatures are random
        bytes, so no token verifies -- scanners only see the shape.
      * CloudAMQP passwords (32 chars [A-Za-z0-9_-]), user == vhost (8 lowercase).
      * Google service-account private keys are random bytes behind a real
        PKCS#8 RSA-2048 DER prefix (not a valid RSA key).
      * Mosquitto $7$ hash field sizes (12-byte salt, 64-byte hash), Artemis
        ENC(1024:salt:hash) sizes, RabbitMQ password_hash (36 bytes base64).
    Labels a reviewer might dispute:
      * Negatives that carry provider-published documentation examples (the AWS
        AKIAIOSFODNN7EXAMPLE pair and the Ably docs key
        I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0) are labelled
        negative because the providers publish them as non-working examples.
      * Mosquitto / RabbitMQ / Artemis password hashes are labelled negative
        (as the brief asks) although a strict reviewer may dislike committing
        crackable hashes.
      * Centrifugo secrets are sometimes UUIDs (as `centrifugo genconfig`
        produces); only the key name tells them apart from UUID ids.
      * Human-style passwords (e.g. "Falcon$Willow5173") are positives; the
        masked-partial negatives keep 4 leading and 4 trailing characters.
      * A base64-encoded service-account JSON in a Kubernetes Secret `data:`
        field is a positive (needle = the base64 blob).
      * Plain-text mosquitto password-file lines and Artemis users.properties
        lines are positives even though other lines in the file are hashes.

SEARCHES
    docs: "Confluent Cloud API key secret format length" (docs.confluent.io API
    key page: cflt prefix, 60 chars, CRC32 checksum, example secret); "Ably API
    key format" (ably.com/docs/auth: I2E_JQ.OqUdfg:... example); "PubNub secret
    key sec-c-" (only SDK snippets with placeholders, no format statement);
    "nkeys seed prefix" (dart/hex/hackage nkeys docs); "Azure Event Hubs
    connection string" (learn.microsoft.com / azure-docs); "Pusher Channels
    app_id key secret" (pusher glossary, SDK READMEs); "Centrifugo
    token_hmac_secret_key genconfig" (centrifugal.dev console commands);
    "mosquitto_passwd" (mosquitto.org man page).
    pages: "Aiven service password AVNS_" and "Confluent API secret cflt".
    Scanner-related material shown by searches (ignored, not used): an Aiven
    operator doc snippet containing a "gitleaks:allow" comment; a Xygeni
    secret-detector page "aiven_token"; a GitGuardian remediation page for
    Aiven API keys; a RedHunt Labs "exposure risks / Aiven API key" page.  No
    rule code or regex from any scanner was read or used.
"""

import base64
import json
import os
import struct
import sys
import zlib
import random

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"

ALL_SECRETS = []          # every secret value generated, for self-checks


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def reg(s):
    ALL_SECRETS.append(s)
    return s


# ---------------------------------------------------------------- vocabulary
TEAMS = ["payments", "orders", "billing", "ledger", "notifications", "checkout", "inventory",
         "shipping", "telemetry", "fraud", "search", "catalog", "identity", "analytics",
         "pricing", "loyalty", "dispatch", "fleet", "chat", "presence", "iot", "metering"]
ENTITIES = ["order", "payment", "invoice", "shipment", "user", "device", "session", "cart",
            "refund", "reading", "alert", "ticket", "message", "event", "trade", "quote"]
VERBS = ["created", "updated", "settled", "cancelled", "dispatched", "received", "expired",
         "flagged", "confirmed", "enriched"]
REGIONS_AWS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]
REGIONS_AZ = ["westeurope", "northeurope", "eastus2", "westus3", "uksouth", "australiaeast"]
REGIONS_GCP = ["us-central1", "europe-west1", "europe-west3", "asia-northeast1", "us-east4"]
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wonka",
        "tyrell", "soylent", "pied-piper", "aperture", "cyberdyne", "wayne", "monarch"]
ENVS = ["prod", "production", "staging", "stg", "dev", "qa", "uat", "perf"]
WORDS = ["river", "falcon", "copper", "maple", "harbor", "glacier", "ember", "violet", "tundra",
         "orbit", "pepper", "meadow", "canyon", "saffron", "lantern", "quartz", "willow", "comet",
         "thistle", "basalt", "juniper", "marble", "sparrow", "cobalt", "nectar", "pylon"]
PEOPLE = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gustavo", "hana", "ivan", "jun",
          "kofi", "lena", "marco", "nadia", "omar", "priya", "quinn", "rosa", "sven", "tariq"]


def team(r):
    return r.choice(TEAMS)


def topic(r):
    style = r.randrange(4)
    t, e, v = team(r), r.choice(ENTITIES), r.choice(VERBS)
    if style == 0:
        return "%s.%s.%s" % (t, e, v)
    if style == 1:
        return "%s-%s-v%d" % (e, v, r.randint(1, 4))
    if style == 2:
        return "%s_%s" % (e, v)
    return "%s.%s-events" % (r.choice(ENVS), e)


def group_id(r):
    return r.choice(["%s-consumer", "%s-svc", "cg-%s", "%s-worker-group", "%s.projector"]) % team(r)


def svc_user(r):
    return r.choice(["svc-%s", "%s-app", "%s_producer", "%s-consumer", "app-%s-%s"]).replace(
        "%s-%s", "%s-" + r.choice(ENVS)) % team(r)


def human_password(r):
    k = r.randrange(6)
    w1, w2 = r.choice(WORDS), r.choice(WORDS)
    sym = r.choice("!@#$%^&*-_+=?")
    if k == 0:
        return "%s%s%s%d" % (w1.capitalize(), sym, w2.capitalize(), r.randint(10, 9999))
    if k == 1:
        return "%s-%s-%s-%d" % (w1, w2, r.choice(WORDS), r.randint(1, 99))
    if k == 2:
        return rs(r, AN, r.randint(14, 22))
    if k == 3:
        leet = w1.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return "%s%s%d%s" % (leet.capitalize(), sym, r.randint(2015, 2031), r.choice(UP))
    if k == 4:
        return rs(r, AN + "!#%+-_=", r.randint(16, 28))
    return "%s%d%s%s" % (r.choice(UP), r.randint(100, 999), w2, rs(r, AN + "!*#", 6))


# ---------------------------------------------------------------- secret formats
def confluent_key_id(r):
    return rs(r, UP + DG, 16)


def confluent_secret(r):
    # docs.confluent.io: after 2025-07-30 secrets are "cflt" + 60 chars of
    # [A-Za-z0-9+/]; the final 6 chars are the base64 CRC32 of the prior 54.
    # (Verified against the docs' published example: CRC32 of the 54 chars after
    # "cflt", packed little-endian, base64, first 6 chars.)  Older secrets are
    # 64 chars of the same alphabet without prefix or checksum.
    if r.random() < 0.55:
        body = rs(r, B64, 54)
        crc = base64.b64encode(struct.pack("<I", zlib.crc32(body.encode()) & 0xFFFFFFFF)).decode()[:6]
        return reg("cflt" + body + crc)
    return reg(rs(r, B64, 64))


def aiven_password(r):
    return reg("AVNS_" + rs(r, AN, r.choice([19, 19, 20, 22])))


def upstash_user(r):
    raw = "%s-%s-%d$" % (r.choice(WORDS), r.choice(["otter", "lynx", "gecko", "ibis", "mole"]), r.randint(10000, 99999))
    return base64.b64encode(raw.encode()).decode().rstrip("=") + rs(r, AN, 8)


def upstash_password(r):
    return reg(rs(r, AN, r.choice([40, 44, 48])) + "=")


def random_password(r, n=None):
    return reg(rs(r, AN, n or r.choice([24, 28, 32])))


def azure_sas_key(r, sig):
    # 32 random bytes base64 (44 chars).  About half use Microsoft's newer
    # "identifiable key" layout with a service signature (+ASb Service Bus,
    # +AEh Event Hubs) near the end -- layout written from memory (DOUBTS).
    if r.random() < 0.5:
        return reg(base64.b64encode(rbytes(r, 32)).decode())
    return reg(rs(r, B64, 33) + sig + rs(r, B64, 5) + r.choice("AEIMQUYcgkosw048") + "=")


def aws_key_id(r):
    return "AKIA" + rs(r, B32, 16)


def aws_secret(r):
    return reg(rs(r, B64, 40))


def gcp_private_key_pem_escaped(r):
    der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100")
    der += rbytes(r, 1218 - len(der))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return reg("-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n")


def crc16_xmodem(data):
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def nkey_encode(prefix_char, raw32, seed=False):
    # NATS nkeys: version byte(s) + 32 bytes + CRC16 (little endian), base32 no pad.
    pre = {"U": 20 << 3, "A": 0, "O": 14 << 3, "N": 13 << 3}[prefix_char]
    if seed:
        b1 = (18 << 3) | (pre >> 5)
        b2 = (pre & 31) << 3
        data = bytes([b1, b2]) + raw32
    else:
        data = bytes([pre]) + raw32
    data += struct.pack("<H", crc16_xmodem(data))
    return base64.b32encode(data).decode().rstrip("=")


def nats_user_seed(r):
    return reg(nkey_encode("U", rbytes(r, 32), seed=True))


def nats_public(r, kind="U"):
    return nkey_encode(kind, rbytes(r, 32))


def jwt_hs(r, payload):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + b64u(rbytes(r, 32))


def jwt_rs(r, payload, kid=None):
    h = {"alg": "RS256", "typ": "JWT"}
    if kid:
        h["kid"] = kid
    head = b64u(json.dumps(h, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + b64u(rbytes(r, 256))


def pulsar_token(r, org, sub):
    iat = r.randint(1690000000, 1740000000)
    if r.random() < 0.5:
        return reg(jwt_rs(r, {"https://streamnative.io/username": sub + "@" + org + ".auth.streamnative.cloud",
                              "iss": "https://auth.streamnative.cloud/", "sub": rs(r, AN, 32) + "@clients",
                              "aud": "urn:sn:pulsar:%s:%s-instance" % (org, r.choice(ENVS)),
                              "iat": iat, "exp": iat + 86400 * 365}, kid=rs(r, HEX, 32)))
    return reg(jwt_hs(r, {"sub": sub}))


def nats_user_jwt(r, name):
    iat = r.randint(1690000000, 1740000000)
    head = b64u(b'{"typ":"JWT","alg":"ed25519-nkey"}')
    body = b64u(json.dumps({"jti": rs(r, B32, 52), "iat": iat, "iss": nats_public(r, "A"),
                            "name": name, "sub": nats_public(r, "U"),
                            "nats": {"pub": {}, "sub": {}, "subs": -1, "data": -1, "payload": -1,
                                     "type": "user", "version": 2}}, separators=(",", ":")).encode())
    return head + "." + body + "." + b64u(rbytes(r, 64))


def ably_parts(r):
    return rs(r, B64U, 6), rs(r, B64U, 6)


def ably_secret(r):
    return reg(b64u(rbytes(r, 32)))


def pusher_app_id(r):
    return str(r.randint(1000000, 1999999))


def pusher_key(r):
    return rs(r, HEX, 20)


def pusher_secret(r):
    return reg(rs(r, HEX, 20))


def pubnub_pub(r):
    return "pub-c-" + ruuid(r)


def pubnub_sub(r):
    return "sub-c-" + ruuid(r)


def pubnub_secret(r):
    return reg("sec-c-" + base64.b64encode(ruuid(r).encode()).decode())


def centrifugo_secret(r):
    k = r.randrange(3)
    if k == 0:
        return reg(ruuid(r))
    if k == 1:
        return reg(rs(r, HEX, 64))
    return reg(b64u(rbytes(r, 36)))


def ws_token(r):
    k = r.randrange(3)
    if k == 0:
        iat = r.randint(1690000000, 1740000000)
        return reg(jwt_hs(r, {"sub": "svc-" + team(r), "scope": "ws:publish ws:subscribe", "iat": iat}))
    if k == 1:
        return reg(rs(r, HEX, 40))
    return reg(rs(r, AN, 32))


def solace_password(r):
    return reg(rs(r, LO + DG, 26))


def ibm_cloud_api_key(r):
    return reg(rs(r, B64U, 44))


def cloudamqp_password(r):
    return reg(rs(r, B64U, 32))


def hp(r):
    return reg(human_password(r))


def hp_url(r):
    # a human password that can sit in a URL's userinfo without encoding
    return reg("".join(c if c in AN + "-_.~!*" else "-" for c in human_password(r)))


# ---------------------------------------------------------------- credential factories
def _kafka_common(r, d):
    d.setdefault("topic", topic(r))
    d.setdefault("group", group_id(r))
    d.setdefault("env", "KAFKA_SASL_PASSWORD")
    d.setdefault("userenv", "KAFKA_SASL_USERNAME")
    d.setdefault("label", "KAFKA_PASSWORD")
    return d


def F_confluent(r):
    cloud, region = r.choice([("aws", r.choice(REGIONS_AWS)), ("gcp", r.choice(REGIONS_GCP)), ("azure", r.choice(REGIONS_AZ))])
    return _kafka_common(r, dict(provider="confluent-cloud", kind="confluent_api_secret", user=confluent_key_id(r),
                                 secret=confluent_secret(r), mech="PLAIN",
                                 bootstrap="pkc-%s.%s.%s.confluent.cloud:9092" % (rs(r, LO + DG, 5), region, cloud),
                                 env=r.choice(["CONFLUENT_API_SECRET", "CCLOUD_API_SECRET", "KAFKA_API_SECRET"]),
                                 userenv="CONFLUENT_API_KEY", label="CONFLUENT_API_SECRET",
                                 sr_url="https://psrc-%s.%s.%s.confluent.cloud" % (rs(r, LO + DG, 5), region, cloud)))


def F_aiven(r):
    proj = "%s-%s" % (r.choice(ORGS), r.choice(ENVS))
    return _kafka_common(r, dict(provider="aiven", kind="aiven_kafka_password",
                                 user=r.choice(["avnadmin", svc_user(r)]), secret=aiven_password(r),
                                 mech=r.choice(["SCRAM-SHA-256", "SCRAM-SHA-512", "PLAIN"]),
                                 bootstrap="kafka-%s-%s.%s.aivencloud.com:%d" % (r.choice(["events", "stream", "main"]), proj, r.choice(["a", "b", "j"]), r.randint(10000, 29999)),
                                 env="AIVEN_KAFKA_PASSWORD", label="AIVEN_PASSWORD"))


def F_redpanda(r):
    cid = rs(r, LO + DG, 20)
    bs = r.choice(["seed-%s.%s.byoc.prd.cloud.redpanda.com:9092" % (rs(r, HEX, 8), cid),
                   "%s.any.%s.mpx.prd.cloud.redpanda.com:9092" % (cid, r.choice(REGIONS_AWS)),
                   "redpanda-0.redpanda.%s.svc.cluster.local:9093" % team(r)])
    return _kafka_common(r, dict(provider="redpanda", kind="redpanda_scram_password", user=svc_user(r),
                                 secret=r.choice([hp, random_password])(r),
                                 mech=r.choice(["SCRAM-SHA-256", "SCRAM-SHA-512"]), bootstrap=bs,
                                 env="REDPANDA_SASL_PASSWORD", userenv="REDPANDA_SASL_USERNAME", label="REDPANDA_PASSWORD"))


def F_upstash(r):
    return _kafka_common(r, dict(provider="upstash", kind="upstash_kafka_password", user=upstash_user(r),
                                 secret=upstash_password(r), mech="SCRAM-SHA-256",
                                 bootstrap="%s-%s-%d-us1-kafka.upstash.io:9092" % (r.choice(WORDS), r.choice(["otter", "lynx", "gecko", "ibis"]), r.randint(1000, 99999)),
                                 env="UPSTASH_KAFKA_PASSWORD", userenv="UPSTASH_KAFKA_USERNAME", label="UPSTASH_KAFKA_PASSWORD"))


def F_kafka_self(r):
    ns = team(r)
    bs = r.choice(["kafka-0.kafka-headless.%s.svc.cluster.local:9093" % ns,
                   "broker1.%s.internal.%s.net:9094" % (r.choice(ENVS), r.choice(ORGS)),
                   "b-1.%s-msk.%s.c3.kafka.%s.amazonaws.com:9096" % (ns, rs(r, LO + DG, 6), r.choice(REGIONS_AWS))])
    return _kafka_common(r, dict(provider="apache-kafka", kind="kafka_scram_password", user=svc_user(r), secret=hp(r),
                                 mech=r.choice(["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"]), bootstrap=bs))


KAFKA_FACTORIES = [F_confluent, F_confluent, F_aiven, F_redpanda, F_upstash, F_kafka_self]


def F_kafka_any(r):
    return r.choice(KAFKA_FACTORIES)(r)


def F_servicebus(r):
    ns = "%s-%s-sb" % (r.choice(ORGS), r.choice(ENVS))
    return dict(provider="azure-service-bus", kind="azure_servicebus_sas_key", ns=ns,
                host="%s.servicebus.windows.net" % ns,
                keyname=r.choice(["RootManageSharedAccessKey", "send-listen", "%s-sender" % team(r), "ListenOnly"]),
                entity=r.choice(["%s-queue" % r.choice(ENTITIES), "%s.%s" % (team(r), r.choice(ENTITIES)), ""]),
                secret=azure_sas_key(r, "+ASb"), env="SERVICEBUS_CONNECTION_STRING", label="SERVICEBUS_SHARED_ACCESS_KEY",
                topic=topic(r))


def F_eventhubs(r):
    ns = "%s-%s-ehns" % (r.choice(ORGS), r.choice(ENVS))
    return dict(provider="azure-event-hubs", kind="azure_eventhubs_sas_key", ns=ns,
                host="%s.servicebus.windows.net" % ns,
                keyname=r.choice(["RootManageSharedAccessKey", "producer", "%s-listen" % team(r)]),
                entity=r.choice(["%s-events" % r.choice(ENTITIES), "telemetry", "clickstream"]),
                secret=azure_sas_key(r, "+AEh"), env="EVENTHUB_CONNECTION_STRING", label="EVENTHUBS_SHARED_ACCESS_KEY",
                topic=topic(r), group=group_id(r))


def F_azure_any(r):
    return r.choice([F_servicebus, F_eventhubs])(r)


def azure_cs(C, s):
    cs = "Endpoint=sb://%s/;SharedAccessKeyName=%s;SharedAccessKey=%s" % (C["host"], C["keyname"], s)
    if C.get("entity"):
        cs += ";EntityPath=" + C["entity"]
    return cs


def F_gcp(r):
    proj = "%s-%s-%d" % (r.choice(ORGS), r.choice(["events", "data", "platform", "streaming"]), r.randint(100000, 999999))
    sa = "%s-%s" % (r.choice(["pubsub", "publisher", "ingest", "push"]), team(r))
    return dict(provider="google-pubsub", kind="gcp_service_account_key", project=proj, sa=sa,
                email="%s@%s.iam.gserviceaccount.com" % (sa, proj), key_id=rs(r, HEX, 40),
                client_id=str(r.randint(10 ** 20, 10 ** 21 - 1)), secret=gcp_private_key_pem_escaped(r),
                topic=topic(r).replace(".", "-"), env="GOOGLE_APPLICATION_CREDENTIALS", label="PRIVATE_KEY")


def F_aws(r):
    return dict(provider=r.choice(["aws-sqs", "aws-sns"]), kind="aws_secret_access_key", key_id=aws_key_id(r),
                secret=aws_secret(r), region=r.choice(REGIONS_AWS), acct=str(r.randint(10 ** 11, 10 ** 12 - 1)),
                queue="%s-%s" % (team(r), r.choice(["queue", "jobs", "events", "dlq"])), topic=topic(r).replace(".", "-"),
                env="AWS_SECRET_ACCESS_KEY", label="AWS_SECRET_ACCESS_KEY")


def F_amqp(r):
    k = r.randrange(3)
    if k == 0:
        vh = rs(r, LO, 8)
        return dict(provider="cloudamqp", kind="amqp_password", user=vh, vhost=vh, secret=cloudamqp_password(r),
                    host="%s.rmq.cloudamqp.com" % r.choice(["hawk", "kangaroo", "rattlesnake", "puffin", "jackal", "whale"]),
                    port="5671", scheme="amqps", env="RABBITMQ_PASSWORD", label="AMQP_PASSWORD", queue=topic(r))
    if k == 1:
        return dict(provider="amazon-mq", kind="amqp_password", user=svc_user(r), vhost="/", secret=hp_url(r),
                    host="b-%s.mq.%s.amazonaws.com" % (ruuid(r), r.choice(REGIONS_AWS)), port="5671", scheme="amqps",
                    env="AMQP_PASSWORD", label="AMQP_PASSWORD", queue=topic(r))
    return dict(provider="rabbitmq", kind="amqp_password", user=svc_user(r), vhost=r.choice(["/", team(r)]), secret=hp_url(r),
                host=r.choice(["rabbitmq", "rabbit.%s.svc.cluster.local" % team(r), "mq01.%s.internal" % r.choice(ORGS)]),
                port="5672", scheme="amqp", env="RABBITMQ_PASSWORD", label="RABBITMQ_PASSWORD", queue=topic(r))


def amqp_url(C, s):
    vh = "" if C["vhost"] == "/" else C["vhost"]
    return "%s://%s:%s@%s:%s/%s" % (C["scheme"], C["user"], s, C["host"], C["port"], vh)


def F_nats_seed(r):
    name = svc_user(r)
    return dict(provider=r.choice(["nats", "synadia-cloud"]), kind="nats_nkey_seed", user=name, secret=nats_user_seed(r),
                jwt=nats_user_jwt(r, name), server=r.choice(["tls://connect.ngs.global", "nats://nats.%s.svc:4222" % team(r)]),
                subject="%s.%s.%s" % (team(r), r.choice(ENTITIES), r.choice(VERBS)), env="NATS_NKEY_SEED", label="NKEY_SEED")


def F_nats_pass(r):
    return dict(provider="nats", kind="nats_password", user=svc_user(r), secret=r.choice([hp_url, random_password])(r),
                server="nats://nats-%d.%s.internal:4222" % (r.randint(0, 2), r.choice(ORGS)),
                subject="%s.%s.>" % (team(r), r.choice(ENTITIES)), env="NATS_PASSWORD", label="NATS_PASSWORD")


def F_pulsar(r):
    org = r.choice(ORGS)
    return dict(provider=r.choice(["streamnative", "apache-pulsar"]), kind="pulsar_jwt_token",
                secret=pulsar_token(r, org, svc_user(r)), org=org,
                url=r.choice(["pulsar+ssl://%s-%s.gcp-shared-%s.streamnative.g.snio.cloud:6651" % (org, rs(r, LO + DG, 6), r.choice(["usce1", "euw1"])),
                              "pulsar://pulsar-broker.%s.svc.cluster.local:6650" % team(r)]),
                topic="persistent://%s/%s/%s" % (org, team(r), topic(r).replace(".", "-")),
                env="PULSAR_TOKEN", label="PULSAR_TOKEN")


def F_ably(r):
    a, k = ably_parts(r)
    return dict(provider="ably", kind="ably_api_key", app=a, keyid=k, secret=ably_secret(r),
                channel="%s:%s" % (team(r), r.choice(ENTITIES)), env="ABLY_API_KEY", label="ABLY_KEY_SECRET")


def F_pusher(r):
    return dict(provider="pusher", kind="pusher_app_secret", app_id=pusher_app_id(r), key=pusher_key(r), secret=pusher_secret(r),
                cluster=r.choice(["mt1", "eu", "us2", "us3", "ap1", "ap2"]), channel="private-%s-%d" % (r.choice(ENTITIES), r.randint(1, 999)),
                env="PUSHER_APP_SECRET", label="PUSHER_APP_SECRET")


def F_pubnub(r):
    return dict(provider="pubnub", kind="pubnub_secret_key", pub=pubnub_pub(r), sub=pubnub_sub(r), secret=pubnub_secret(r),
                channel="%s.%s" % (team(r), r.choice(ENTITIES)), env="PUBNUB_SECRET_KEY", label="PUBNUB_SECRET_KEY")


def F_centrifugo(r):
    return dict(provider="centrifugo", kind="centrifugo_hmac_secret", secret=centrifugo_secret(r),
                env="CENTRIFUGO_TOKEN_HMAC_SECRET_KEY", label="TOKEN_HMAC_SECRET",
                origin="https://%s.%s.com" % (r.choice(["app", "www", "dashboard"]), r.choice(ORGS).replace("-", "")))


def F_ws(r):
    return dict(provider=r.choice(["socket.io", "websocket"]), kind="websocket_auth_token", secret=ws_token(r),
                url=r.choice(["wss://realtime.%s.io" % r.choice(ORGS).replace("-", ""), "https://ws.%s.com" % r.choice(ORGS).replace("-", ""),
                              "wss://stream.%s.dev/socket" % r.choice(ORGS).replace("-", "")]),
                env="WS_AUTH_TOKEN", label="SOCKET_TOKEN", room="%s-%d" % (r.choice(ENTITIES), r.randint(1, 500)))


def F_mqtt(r):
    k = r.randrange(3)
    if k == 0:
        host = "%s.s1.eu.hivemq.cloud" % rs(r, HEX, 32)
        prov = "hivemq-cloud"
    elif k == 1:
        host = "%s.ala.%s.emqxsl.com" % (rs(r, LO + DG, 8), r.choice(["us-east-1", "eu-central-1", "asia-southeast1"]))
        prov = "emqx"
    else:
        host = r.choice(["mqtt.%s.local" % r.choice(ORGS), "broker.%s.lan" % r.choice(WORDS), "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250))])
        prov = "mosquitto"
    return dict(provider=prov, kind="mqtt_password", host=host, user=r.choice(["%s-%03d" % (r.choice(["sensor", "gateway", "edge", "plc"]), r.randint(1, 999)), svc_user(r)]),
                secret=r.choice([hp_url, random_password])(r), port=r.choice(["8883", "8883", "1883"]),
                mtopic="%s/%s/%s" % (r.choice(["site", "plant", "building"]), r.randint(1, 40), r.choice(["telemetry", "status", "cmd"])),
                env="MQTT_PASSWORD", label="MQTT_PASSWORD")


def F_solace(r):
    return dict(provider="solace", kind="solace_password", user=r.choice(["solace-cloud-client", svc_user(r)]), secret=solace_password(r),
                host="tcps://mr-connection-%s.messaging.solace.cloud:55443" % rs(r, LO + DG, 11), vpn="%s-%s" % (r.choice(ORGS), r.choice(ENVS)),
                queue="Q/%s/%s" % (team(r), r.choice(ENTITIES)), env="SOLACE_PASSWORD", label="SOLACE_PASSWORD")


def F_artemis(r):
    return dict(provider=r.choice(["activemq-artemis", "activemq-classic", "amazon-mq"]), kind="jms_broker_password", user=svc_user(r),
                secret=hp(r), url=r.choice(["tcp://artemis.%s.svc:61616" % team(r), "ssl://b-%s-1.mq.%s.amazonaws.com:61617" % (ruuid(r), r.choice(REGIONS_AWS)),
                                            "failover:(tcp://amq1.%s.internal:61616,tcp://amq2.%s.internal:61616)" % ((r.choice(ORGS),) * 2)]),
                queue="%s.%s.queue" % (team(r), r.choice(ENTITIES)), env="ARTEMIS_PASSWORD", label="BROKER_PASSWORD")


def F_ibmmq(r):
    cloud = r.random() < 0.4
    return dict(provider="ibm-mq", kind="ibm_cloud_api_key" if cloud else "ibm_mq_password",
                user=r.choice(["app", "mqapp", svc_user(r)]) if not cloud else "%s-mqapp" % team(r),
                secret=ibm_cloud_api_key(r) if cloud else hp(r),
                qmgr="QM%s" % r.choice(["1", "PROD", "APP1", "GW01", "DEV"]), channel=r.choice(["DEV.APP.SVRCONN", "CLOUD.APP.SVRCONN", "APP1.SVRCONN"]),
                host=("%s.qm.%s.mq.appdomain.cloud" % (rs(r, LO + DG, 8), r.choice(["eu-de", "us-south", "eu-gb"]))) if cloud else "mq%02d.%s.internal" % (r.randint(1, 9), r.choice(ORGS)),
                port=str(r.choice([1414, 30756, 31420])), queue="%s.%s.IN" % (team(r).upper(), r.choice(ENTITIES).upper()),
                env="IBM_MQ_PASSWORD", label="MQ_APP_PASSWORD")


def F_connect(r):
    k = r.randrange(4)
    d = dict(provider="kafka-connect", topic=topic(r), group=group_id(r), env="SINK_PASSWORD", label="SINK_PASSWORD")
    if k == 0:
        d.update(kind="connect_jdbc_password", sink="jdbc", user=svc_user(r).replace("-", "_"), secret=hp_url(r),
                 url="jdbc:postgresql://%s.%s.rds.amazonaws.com:5432/%s" % (team(r), rs(r, LO + DG, 12), team(r)))
    elif k == 1:
        d.update(kind="connect_elasticsearch_password", sink="elasticsearch", user="elastic", secret=random_password(r, 20),
                 url="https://%s.es.%s.aws.found.io:9243" % (rs(r, HEX, 32), r.choice(REGIONS_AWS)))
    elif k == 2:
        d.update(kind="aws_secret_access_key", sink="s3", user=aws_key_id(r), secret=aws_secret(r),
                 url="%s-%s-lake" % (r.choice(ORGS), r.choice(ENVS)), env="AWS_SECRET_ACCESS_KEY", label="AWS_SECRET_ACCESS_KEY")
    else:
        d.update(kind="connect_mongodb_password", sink="mongodb", user=svc_user(r).replace("-", "_"), secret=random_password(r, 24),
                 url="%s.%s.mongodb.net" % (r.choice(["cluster0", "events", "prod-cluster"]), rs(r, LO + DG, 5)))
    return d


# ---------------------------------------------------------------- rendering helpers
def fill(text, **kw):
    """Replace @@name@@ markers; strip the first newline of a triple-quoted block."""
    if text.startswith("\n"):
        text = text[1:]
    for k, v in kw.items():
        text = text.replace("@@" + k + "@@", str(v))
    if "@@" in text:
        raise ValueError("unfilled marker in template: " + text[text.index("@@"):text.index("@@") + 30])
    return text


def envexpr(C, lang, name, q):
    r = C["r"]
    low = name.lower()
    if lang == "py":
        return r.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % name
    if lang in ("js", "ts"):
        return r.choice(["process.env.%s", "process.env['%s']"]) % name + ("!" if lang == "ts" and r.random() < 0.5 else "")
    if lang == "go":
        return 'os.Getenv("%s")' % name
    if lang in ("java", "kotlin"):
        return 'System.getenv("%s")' % name
    if lang == "cs":
        return 'Environment.GetEnvironmentVariable("%s")' % name
    if lang == "rust":
        return '&std::env::var("%s").expect("%s must be set")' % (name, name)
    if lang == "ruby":
        return r.choice(['ENV.fetch("%s")', 'ENV["%s"]']) % name
    if lang == "php":
        return "env('%s')" % name
    if lang == "hcl":
        return "var.%s" % low
    if lang == "properties":
        v = r.choice(["${env:%s}" % name, "${%s}" % name,
                      "${file:/etc/kafka/secrets/%s.properties:%s}" % (low.split("_")[0], low.replace("_", "."))])
    elif lang == "helm":
        v = "{{ .Values.%s }}" % "".join(w.capitalize() if i else w for i, w in enumerate(low.split("_")))
    elif lang == "sh":
        v = r.choice(["${%s}", "$%s", "${%s:?missing}"]) % name
    elif lang == "natsconf":
        v = "$" + name
    else:  # yaml, json, toml, xml, md, jaas, ini
        v = "${%s}" % name
    if q:
        if lang == "sh" and q == "'":
            q = '"'
        return q + v + q
    if lang == "yaml" or lang == "helm":
        return '"' + v + '"'
    return v


PLACEHOLDER_FORMS = ["<%s>", "YOUR_%s", "REPLACE_ME", "<replace-with-%k>", "%s_HERE", "xxxxxxxxxxxxxxxx",
                     "TODO", "<%k>", "SET_IN_VAULT", "{{%s}}", "__%s__"]
REF_FORMS = ["vault:secret/data/%t/%k#value", "arn:aws:secretsmanager:%R:%A:secret:%e/%k-%X",
             "projects/%o-%e/secrets/%k/versions/latest", "op://Platform/%k/credential",
             "${file:/mnt/secrets/%k:value}", "sm://%k", "azurekeyvault://%o-%e-kv/secrets/%k",
             "${vault:kv/%t#%k}", "ssm:/%e/%t/%k"]


def neg_filler(C, mode):
    r = C["r"]
    lab = C.get("label", "SECRET")
    keb = lab.lower().replace("_", "-")
    if mode == "placeholder":
        f = r.choice(PLACEHOLDER_FORMS)
        return f.replace("%s", lab).replace("%k", keb)
    if mode == "masked":
        real = C["secret"]
        k = r.randrange(5)
        if k == 0:
            return "*" * r.choice([8, 12, 16])
        if k == 1:
            return r.choice(["[REDACTED]", "<redacted>", "REDACTED", "[hidden]", "<masked>"])
        if k == 2 and len(real) >= 24:
            return real[:4] + "*" * (len(real) - 8) + real[-4:]
        if k == 3:
            return "\u2022" * 10
        return "x" * r.choice([8, 16, 24])
    if mode == "empty":
        return ""
    if mode == "ref":
        f = r.choice(REF_FORMS)
        return (f.replace("%t", team(r)).replace("%k", keb).replace("%R", r.choice(REGIONS_AWS))
                .replace("%A", str(r.randint(10 ** 11, 10 ** 12 - 1))).replace("%e", r.choice(ENVS))
                .replace("%X", rs(r, AN, 6)).replace("%o", r.choice(ORGS)))
    return "<%s>" % lab


def V(C, lang, env=None, build=None, q='"'):
    """Render the secret slot.  Positives: the secret (optionally wrapped by build,
    e.g. into a URL or connection string).  Negatives in env mode: an environment
    lookup in the file's language replacing the whole value; other negative modes:
    the filler wrapped by build."""
    env = env or C.get("env", "SECRET")
    if C["mode"] == "env" and lang not in ("noenv",):
        return envexpr(C, lang, env, q)
    b = build or (lambda x: x)
    if C["mode"] == "ref":
        b = lambda x: x  # a secret-manager reference replaces the whole value
    v = b(C["secret"])
    if q is None:
        if lang in ("yaml", "helm") and (v == "" or v[0] in "*&!%@`{[|>'\"#?:-,\u2022" or " #" in v or ": " in v):
            return '"' + v + '"'
        return v
    return q + v + q


def pick(C, obvious, neutral):
    r = C["r"]
    return r.choice(obvious) if C["obvious"] else r.choice(neutral)


def header_comment(C, style="#"):
    r = C["r"]
    lines = r.choice([
        ["%s — %s" % (team(r), r.choice(["event pipeline", "stream processor", "realtime gateway", "fan-out worker"])),
         "owner: %s@%s.com" % (r.choice(PEOPLE), r.choice(ORGS).replace("-", ""))],
        ["Generated by scaffold v%d.%d, edited by hand" % (r.randint(1, 4), r.randint(0, 20))],
        ["See docs/%s.md for the topology" % r.choice(["streaming", "messaging", "events", "pubsub"])],
        ["%s environment" % r.choice(ENVS).upper()],
        [],
    ])
    return "".join("%s %s\n" % (style, l) for l in lines)


# ---------------------------------------------------------------- slot templates
# Each template: fn(r, C) -> (relpath, text).  Used for positives (C["mode"] is
# None, C["secret"] is a real secret) and for half of the negatives (C["mode"]
# is one of env / placeholder / masked / empty / ref and C["secret"] a filler).
TEMPLATES = []


def template(ftype, factory, neg=True):
    def deco(fn):
        TEMPLATES.append(dict(name=fn.__name__, fn=fn, ftype=ftype, factory=factory, neg=neg))
        return fn
    return deco


def jaas_module(C):
    return ("org.apache.kafka.common.security.plain.PlainLoginModule" if C["mech"] == "PLAIN"
            else "org.apache.kafka.common.security.scram.ScramLoginModule")


@template("properties", F_kafka_any)
def t_client_properties(r, C):
    path = r.choice(["config/client.properties", "client.properties", "kafka/ccloud.properties",
                     "config/%s-producer.properties" % team(r), "deploy/kafka/consumer.properties"])
    body = fill("""
@@hdr@@# Required connection configs for Kafka producer, consumer, and admin
bootstrap.servers=@@bs@@
security.protocol=SASL_SSL
sasl.mechanism=@@mech@@
sasl.jaas.config=@@mod@@ required username="@@user@@" password=@@pw@@;

# Best practice for higher availability in librdkafka clients prior to 1.7
session.timeout.ms=45000
client.dns.lookup=use_all_dns_ips
acks=all
@@extra@@""", hdr=header_comment(C), bs=C["bootstrap"], mech=C["mech"], mod=jaas_module(C), user=C["user"],
                pw=V(C, "properties" if C["mode"] != "env" else "jaas"),
                extra=r.choice(["", "linger.ms=20\ncompression.type=zstd\n", "group.id=%s\nauto.offset.reset=earliest\n" % C["group"],
                                "# Schema Registry\nschema.registry.url=%s\n" % C.get("sr_url", "http://schema-registry:8081")]))
    return path, body


@template("conf", F_kafka_any)
def t_jaas_conf(r, C):
    path = r.choice(["config/kafka_client_jaas.conf", "secrets/kafka_jaas.conf", "etc/kafka/client-jaas.conf"])
    body = fill("""
// JAAS login context for the @@team@@ @@what@@
// used with -Djava.security.auth.login.config=/etc/kafka/@@fname@@
KafkaClient {
    @@mod@@ required
    username="@@user@@"
    password=@@pw@@;
};
@@tail@@""", team=team(r), what=r.choice(["producer", "consumer", "connect worker", "streams app"]), fname=path.split("/")[-1],
                mod=jaas_module(C), user=C["user"], pw=V(C, "noenv"),
                tail=r.choice(["", "\nZookeeper {\n    org.apache.zookeeper.server.auth.DigestLoginModule required;\n};\n"]))
    return path, body


@template("yaml", F_kafka_any)
def t_spring_yaml(r, C):
    path = r.choice(["src/main/resources/application.yml", "src/main/resources/application-%s.yml" % r.choice(ENVS),
                     "%s-service/src/main/resources/application.yaml" % team(r)])
    pwline = V(C, "yaml", q='"' if r.random() < 0.3 else None)
    jaas = "%s required username='%s' password='%s';" % (jaas_module(C), C["user"], C["secret"])
    if C["mode"] == "env" or r.random() < 0.5:
        sasl = fill("""
    properties:
      sasl.mechanism: @@mech@@
      security.protocol: SASL_SSL
      sasl.jaas.config: >-
        @@mod@@ required
        username="@@user@@" password=@@pw@@;""", mech=C["mech"], mod=jaas_module(C), user=C["user"],
                    pw='"%s"' % envexpr(C, "yaml", C["env"], None).strip('"') if C["mode"] == "env" else '"%s"' % C["secret"])
    else:
        sasl = fill("""
    properties:
      sasl.mechanism: @@mech@@
      security.protocol: SASL_SSL
      sasl.jaas.config: "@@jaas@@"
""", mech=C["mech"], jaas=jaas).rstrip("\n")
    body = fill("""
server:
  port: @@port@@

spring:
  application:
    name: @@app@@
  kafka:
    bootstrap-servers: @@bs@@
@@sasl@@
    consumer:
      group-id: @@group@@
      auto-offset-reset: earliest
      key-deserializer: org.apache.kafka.common.serialization.StringDeserializer
      value-deserializer: org.springframework.kafka.support.serializer.JsonDeserializer
    producer:
      acks: all
      retries: 5

app:
  topics:
    inbound: @@topic@@
    dead-letter: @@topic@@.DLT

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", port=r.choice(["8080", "8081", "9090"]), app="%s-service" % team(r), bs=C["bootstrap"], sasl=sasl, group=C["group"], topic=C["topic"])
    _ = pwline
    return path, body


@template("properties", F_kafka_any)
def t_spring_properties(r, C):
    path = r.choice(["src/main/resources/application.properties", "src/main/resources/application-%s.properties" % r.choice(ENVS)])
    if C["mode"] == "env":
        pw = envexpr(C, "properties", C["env"], None)
        pw = "${%s}" % C["env"]
    else:
        pw = C["secret"]
    body = fill("""
spring.application.name=@@app@@
spring.kafka.bootstrap-servers=@@bs@@
spring.kafka.properties.security.protocol=SASL_SSL
spring.kafka.properties.sasl.mechanism=@@mech@@
spring.kafka.properties.sasl.jaas.config=@@mod@@ required username="@@user@@" password="@@pw@@";
spring.kafka.consumer.group-id=@@group@@
spring.kafka.consumer.auto-offset-reset=latest
spring.kafka.listener.ack-mode=manual_immediate
spring.kafka.producer.properties.enable.idempotence=true
app.kafka.topic.events=@@topic@@
logging.level.org.apache.kafka=WARN
""", app=team(r) + "-api", bs=C["bootstrap"], mech=C["mech"], mod=jaas_module(C), user=C["user"], pw=pw,
                group=C["group"], topic=C["topic"])
    return path, body


@template("python", F_kafka_any)
def t_py_confluent_kafka(r, C):
    path = r.choice(["app/kafka_client.py", "src/%s/producer.py" % team(r), "workers/consumer.py", "%s_stream/config.py" % team(r)])
    var = pick(C, ["KAFKA_PASSWORD", "SASL_PASSWORD", "api_secret"], ["_k2", "cluster_cred", "CONN_B"])
    uvar = pick(C, ["KAFKA_USERNAME", "SASL_USERNAME", "api_key"], ["_k1", "cluster_id_key", "CONN_A"])
    body = fill("""
import json
import logging
import os

from confluent_kafka import Consumer, Producer

log = logging.getLogger(__name__)

BOOTSTRAP = "@@bs@@"
@@uvar@@ = "@@user@@"
@@var@@ = @@pw@@
TOPIC = "@@topic@@"


def _base_conf():
    return {
        "bootstrap.servers": BOOTSTRAP,
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "@@mech@@",
        "sasl.username": @@uvar@@,
        "sasl.password": @@var@@,
    }


def make_producer():
    conf = _base_conf()
    conf.update({"acks": "all", "linger.ms": 10, "enable.idempotence": True})
    return Producer(conf)


def make_consumer(group="@@group@@"):
    conf = _base_conf()
    conf.update({"group.id": group, "auto.offset.reset": "earliest", "enable.auto.commit": False})
    c = Consumer(conf)
    c.subscribe([TOPIC])
    return c


def publish(p, key, payload):
    p.produce(TOPIC, key=key, value=json.dumps(payload).encode("utf-8"),
              on_delivery=lambda err, msg: err and log.error("delivery failed: %s", err))
    p.poll(0)
""", bs=C["bootstrap"], uvar=uvar, user=C["user"], var=var, pw=V(C, "py"), topic=C["topic"], mech=C["mech"], group=C["group"])
    return path, body


@template("python", F_kafka_any)
def t_py_aiokafka(r, C):
    path = r.choice(["service/stream.py", "src/ingest/kafka_consumer.py", "%s/consumers.py" % team(r)])
    body = fill("""
import asyncio
import os
import ssl

from aiokafka import AIOKafkaConsumer


async def consume():
    ctx = ssl.create_default_context()
    consumer = AIOKafkaConsumer(
        "@@topic@@",
        bootstrap_servers="@@bs@@",
        group_id="@@group@@",
        security_protocol="SASL_SSL",
        sasl_mechanism="@@mech@@",
        sasl_plain_username="@@user@@",
        sasl_plain_password=@@pw@@,
        ssl_context=ctx,
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        async for msg in consumer:
            print(msg.topic, msg.partition, msg.offset, msg.key)
            await consumer.commit()
    finally:
        await consumer.stop()


if __name__ == "__main__":
    asyncio.run(consume())
""", topic=C["topic"], bs=C["bootstrap"], group=C["group"], mech=C["mech"], user=C["user"], pw=V(C, "py"))
    return path, body


@template("javascript", F_kafka_any)
def t_kafkajs(r, C):
    path = r.choice(["src/kafka.js", "lib/broker.js", "services/%s/kafka-client.js" % team(r), "index.js"])
    mech = {"PLAIN": "plain", "SCRAM-SHA-256": "scram-sha-256", "SCRAM-SHA-512": "scram-sha-512"}[C["mech"]]
    style = r.randrange(2) if C["mode"] != "env" else 0
    if style == 0:
        sasl = "  sasl: {\n    mechanism: '%s',\n    username: '%s',\n    password: %s,\n  }," % (mech, C["user"], V(C, "js", q="'"))
        pre = ""
    else:
        sasl = "  sasl: { mechanism: '%s', username: creds[0], password: creds[1] }," % mech
        pre = "const creds = ['%s', %s];\n" % (C["user"], V(C, "js", q="'"))
    body = fill("""
'use strict';
const { Kafka, logLevel } = require('kafkajs');

@@pre@@const kafka = new Kafka({
  clientId: '@@cid@@',
  brokers: ['@@bs@@'],
  ssl: true,
@@sasl@@
  logLevel: logLevel.WARN,
  connectionTimeout: 10000,
});

const producer = kafka.producer({ idempotent: true });
const consumer = kafka.consumer({ groupId: '@@group@@' });

async function start(handler) {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic: '@@topic@@', fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      await handler(JSON.parse(message.value.toString()), { topic, partition, offset: message.offset });
    },
  });
}

module.exports = { kafka, producer, consumer, start };
""", pre=pre, cid="%s-%s" % (team(r), r.choice(["api", "worker", "bridge"])), bs=C["bootstrap"], sasl=sasl, group=C["group"], topic=C["topic"])
    return path, body


@template("go", F_kafka_any)
def t_go_franz(r, C):
    path = r.choice(["internal/kafka/client.go", "pkg/stream/kafka.go", "cmd/%s-consumer/main.go" % team(r)])
    if C["mech"] == "PLAIN":
        imp, mech = '"github.com/twmb/franz-go/pkg/sasl/plain"', "plain.Auth{User: user, Pass: pass}.AsMechanism()"
    else:
        imp = '"github.com/twmb/franz-go/pkg/sasl/scram"'
        mech = "scram.Auth{User: user, Pass: pass}.As%s()" % ("Sha256Mechanism" if C["mech"].endswith("256") else "Sha512Mechanism")
    pkg = "main" if "cmd/" in path else path.split("/")[-2]
    body = fill("""
package @@pkg@@

import (
	"context"
	"crypto/tls"
	"os"

	"github.com/twmb/franz-go/pkg/kgo"
	@@imp@@
)

const (
	seedBroker = "@@bs@@"
	groupID    = "@@group@@"
	topicName  = "@@topic@@"
)

// NewClient builds a franz-go client for the @@team@@ cluster.
func NewClient(ctx context.Context) (*kgo.Client, error) {
	user := "@@user@@"
	pass := @@pw@@
	_ = os.Getenv
	return kgo.NewClient(
		kgo.SeedBrokers(seedBroker),
		kgo.ConsumerGroup(groupID),
		kgo.ConsumeTopics(topicName),
		kgo.DialTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}),
		kgo.SASL(@@mech@@),
	)
}
""", pkg=pkg, imp=imp, bs=C["bootstrap"], group=C["group"], topic=C["topic"], team=team(r), user=C["user"], pw=V(C, "go", q='"' if r.random() < 0.7 else "`"), mech=mech)
    return path, body


@template("yaml", F_kafka_any)
def t_compose_kafka(r, C):
    path = r.choice(["docker-compose.yml", "docker-compose.override.yml", "deploy/docker-compose.%s.yml" % r.choice(ENVS), "compose.yaml"])
    tm = team(r)
    style = r.randrange(2)
    if style == 0:
        env = fill("""
      KAFKA_BOOTSTRAP_SERVERS: "@@bs@@"
      KAFKA_SECURITY_PROTOCOL: SASL_SSL
      KAFKA_SASL_MECHANISM: @@mech@@
      KAFKA_SASL_USERNAME: "@@user@@"
      @@var@@: @@pw@@""", bs=C["bootstrap"], mech=C["mech"], user=C["user"],
                   var=pick(C, ["KAFKA_SASL_PASSWORD", "KAFKA_PASSWORD"], ["KAFKA_SASL_SECRET_VALUE", "BROKER_AUTH_2"]),
                   pw=V(C, "yaml", q=None))
    else:
        env = fill("""
      - KAFKA_BROKERS=@@bs@@
      - KAFKA_SASL_MECHANISM=@@mech@@
      - KAFKA_SASL_USER=@@user@@
      - KAFKA_SASL_PASS=@@pw@@""", bs=C["bootstrap"], mech=C["mech"], user=C["user"], pw=V(C, "sh" if C["mode"] == "env" else "noenv", q=None))
    body = fill("""
services:
  @@tm@@-consumer:
    build:
      context: ./services/@@tm@@
    image: ghcr.io/@@org@@/@@tm@@-consumer:@@ver@@
    restart: unless-stopped
    environment:
      LOG_LEVEL: info
      CONSUMER_GROUP: @@group@@
      INPUT_TOPIC: @@topic@@
@@env@@
    depends_on:
      - redis
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:8080/healthz"]
      interval: 30s
      retries: 3

  redis:
    image: redis:7-alpine
    ports:
      - "6379:6379"
""", tm=tm, org=r.choice(ORGS), ver="%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), group=C["group"], topic=C["topic"], env=env)
    if style == 1:
        body = body.replace("    environment:\n      LOG_LEVEL: info\n      CONSUMER_GROUP: %s\n      INPUT_TOPIC: %s\n" % (C["group"], C["topic"]),
                            "    environment:\n      - LOG_LEVEL=info\n      - CONSUMER_GROUP=%s\n      - INPUT_TOPIC=%s\n" % (C["group"], C["topic"]))
    return path, body


@template("yaml", F_kafka_any)
def t_helm_values_kafka(r, C):
    path = r.choice(["charts/%s/values.yaml" % team(r), "helm/values-%s.yaml" % r.choice(ENVS), "deploy/helm/%s/values.yaml" % team(r)])
    body = fill("""
replicaCount: @@rep@@

image:
  repository: @@org@@/@@tm@@-stream
  tag: "@@ver@@"
  pullPolicy: IfNotPresent

kafka:
  brokers: "@@bs@@"
  topic: @@topic@@
  consumerGroup: @@group@@
  sasl:
    enabled: true
    mechanism: @@mech@@
    username: "@@user@@"
    @@key@@: @@pw@@
  tls:
    enabled: true

resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
    memory: 256Mi

nodeSelector: {}
tolerations: []
""", rep=r.randint(1, 6), org=r.choice(ORGS), tm=team(r), ver="%d.%d.%d" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9)),
                bs=C["bootstrap"], topic=C["topic"], group=C["group"], mech=C["mech"], user=C["user"],
                key=pick(C, ["password"], ["secret", "credential", "value"]), pw=V(C, "helm", q=None))
    return path, body


@template("shell", F_kafka_any)
def t_kcat_sh(r, C):
    path = r.choice(["scripts/tail-topic.sh", "bin/replay.sh", "tools/kcat-consume.sh", "scripts/produce-test-event.sh"])
    pw = V(C, "sh", q="'")
    body = fill("""
#!/usr/bin/env bash
# Tail a topic on the @@envn@@ cluster with kcat.
# usage: @@name@@ [topic] [offset]
set -euo pipefail

TOPIC="${1:-@@topic@@}"
OFFSET="${2:-end}"
BROKER="@@bs@@"

kcat -C -b "$BROKER" -t "$TOPIC" -o "$OFFSET" \\
  -X security.protocol=SASL_SSL \\
  -X sasl.mechanisms=@@mech@@ \\
  -X sasl.username='@@user@@' \\
  -X sasl.password=@@pw@@ \\
  -f 'partition=%p offset=%o key=%k\\n%s\\n' -e
""", envn=r.choice(ENVS), name=path.split("/")[-1], topic=C["topic"], bs=C["bootstrap"], mech=C["mech"], user=C["user"], pw=pw)
    return path, body


@template("markdown", F_kafka_any)
def t_runbook_console_producer(r, C):
    path = r.choice(["docs/runbooks/kafka-%s.md" % team(r), "notes/runbook.md", "RUNBOOK.md", "docs/ops/replay-dlq.md"])
    pw = V(C, "md", q='"') if C["mode"] == "env" else '"%s"' % C["secret"]
    body = fill("""
# Runbook: replaying the @@topic@@ dead-letter queue

Owner: @@owner@@ · Slack: #@@tm@@-oncall

## 1. Create a client config

Save the following as `/tmp/replay.properties` on the bastion:

```properties
bootstrap.servers=@@bs@@
security.protocol=SASL_SSL
sasl.mechanism=@@mech@@
sasl.jaas.config=@@mod@@ required username="@@user@@" password=@@pw@@;
```

## 2. Check consumer lag

```bash
kafka-consumer-groups --bootstrap-server @@bs@@ \\
  --command-config /tmp/replay.properties --describe --group @@group@@
```

## 3. Re-publish

```bash
kafka-console-producer --bootstrap-server @@bs@@ \\
  --producer.config /tmp/replay.properties --topic @@topic@@ < dlq-export.jsonl
```

Delete `/tmp/replay.properties` when you are done.
""", topic=C["topic"], owner=r.choice(PEOPLE), tm=team(r), bs=C["bootstrap"], mech=C["mech"], mod=jaas_module(C), user=C["user"], pw=pw, group=C["group"])
    return path, body


@template("yaml", F_kafka_any)
def t_benthos(r, C):
    path = r.choice(["config/redpanda-connect.yaml", "pipelines/%s.yaml" % team(r), "benthos/config.yaml", "connect/%s-bridge.yml" % team(r)])
    mech = C["mech"]
    body = fill("""
input:
  kafka_franz:
    seed_brokers: [ "@@bs@@" ]
    topics: [ "@@topic@@" ]
    consumer_group: @@group@@
    tls:
      enabled: true
    sasl:
      - mechanism: @@mech@@
        username: "@@user@@"
        password: @@pw@@

pipeline:
  processors:
    - mapping: |
        root = this
        root.ingested_at = now()
        root.source = "@@tm@@"

output:
  http_client:
    url: https://hooks.@@org@@.internal/ingest/@@tm@@
    verb: POST
    max_in_flight: 16
""", bs=C["bootstrap"], topic=C["topic"], group=C["group"], mech=mech, user=C["user"], pw=V(C, "yaml", q=None),
                tm=team(r), org=r.choice(ORGS))
    return path, body


@template("hcl", F_kafka_any)
def t_tf_kafka_provider(r, C):
    path = r.choice(["terraform/kafka/main.tf", "infra/topics.tf", "modules/%s-topics/provider.tf" % team(r)])
    mech = {"PLAIN": "plain", "SCRAM-SHA-256": "scram-sha256", "SCRAM-SHA-512": "scram-sha512"}[C["mech"]]
    body = fill("""
terraform {
  required_providers {
    kafka = {
      source  = "Mongey/kafka"
      version = "~> 0.7"
    }
  }
}

provider "kafka" {
  bootstrap_servers = ["@@bs@@"]
  tls_enabled       = true
  sasl_mechanism    = "@@mech@@"
  sasl_username     = "@@user@@"
  sasl_password     = @@pw@@
}

resource "kafka_topic" "@@res@@" {
  name               = "@@topic@@"
  replication_factor = 3
  partitions         = @@parts@@

  config = {
    "cleanup.policy" = "delete"
    "retention.ms"   = "@@ret@@"
  }
}
""", bs=C["bootstrap"], mech=mech, user=C["user"], pw=V(C, "hcl"), res=C["topic"].replace(".", "_").replace("-", "_"),
                topic=C["topic"], parts=r.choice([3, 6, 12, 24]), ret=r.choice(["604800000", "86400000", "259200000"]))
    return path, body


@template("dotenv", F_kafka_any)
def t_dotenv_kafka(r, C):
    path = r.choice([".env", ".env.production", ".env.%s" % r.choice(ENVS), "config/.env.local"])
    q = r.choice(['"', "", "'"])
    body = fill("""
# --- app
NODE_ENV=production
PORT=@@port@@
LOG_LEVEL=info

# --- kafka
KAFKA_BROKERS=@@bs@@
KAFKA_SASL_MECHANISM=@@mech@@
@@uenv@@=@@user@@
@@penv@@=@@pw@@
KAFKA_TOPIC=@@topic@@
KAFKA_GROUP_ID=@@group@@

# --- redis
REDIS_URL=redis://localhost:6379/0
""", port=r.choice(["3000", "8080", "5000"]), bs=C["bootstrap"], mech=C["mech"], uenv=C["userenv"], user=C["user"],
                penv=pick(C, [C["env"]], ["KAFKA_AUTH_B", "CLUSTER_CRED", "KAFKA_SASL_VALUE"]),
                pw=V(C, "noenv", q=q or None), topic=C["topic"], group=C["group"])
    return path, body


@template("java", F_kafka_any)
def t_java_props(r, C):
    tm = team(r)
    path = "src/main/java/com/%s/%s/KafkaConfig.java" % (r.choice(ORGS).replace("-", ""), tm)
    if C["mode"] == "env":
        jaas = '"%s required username=\\"%s\\" password=\\"" + %s + "\\";"' % (jaas_module(C), C["user"], envexpr(C, "java", C["env"], None))
    else:
        jaas = '"%s required username=\\"%s\\" password=\\"%s\\";"' % (jaas_module(C), C["user"], C["secret"])
    body = fill("""
package com.@@org@@.@@tm@@;

import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringSerializer;

public final class KafkaConfig {

    private static final String BOOTSTRAP = "@@bs@@";

    private KafkaConfig() {}

    public static Properties producerProps() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        props.put(SaslConfigs.SASL_MECHANISM, "@@mech@@");
        props.put(SaslConfigs.SASL_JAAS_CONFIG,
                @@jaas@@);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    public static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(producerProps());
    }
}
""", org=path.split("/")[4], tm=tm, bs=C["bootstrap"], mech=C["mech"], jaas=jaas)
    return path, body


@template("json", F_kafka_any)
def t_appsettings_kafka(r, C):
    path = r.choice(["appsettings.json", "appsettings.Production.json", "src/%s.Worker/appsettings.json" % team(r).capitalize()])
    body = fill("""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "Kafka": {
    "BootstrapServers": "@@bs@@",
    "SecurityProtocol": "SaslSsl",
    "SaslMechanism": "@@mech@@",
    "SaslUsername": "@@user@@",
    "@@key@@": @@pw@@,
    "GroupId": "@@group@@",
    "Topic": "@@topic@@"
  },
  "AllowedHosts": "*"
}
""", bs=C["bootstrap"], mech={"PLAIN": "Plain", "SCRAM-SHA-256": "ScramSha256", "SCRAM-SHA-512": "ScramSha512"}[C["mech"]],
                user=C["user"], key=pick(C, ["SaslPassword"], ["SaslSecret", "Credential"]), pw=V(C, "json"), group=C["group"], topic=C["topic"])
    return path, body


@template("rust", F_kafka_any)
def t_rust_rdkafka(r, C):
    path = r.choice(["src/kafka.rs", "src/consumer.rs", "crates/%s-ingest/src/main.rs" % team(r)])
    body = fill("""
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{Consumer, StreamConsumer};

pub fn build_consumer() -> StreamConsumer {
    let consumer: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", "@@bs@@")
        .set("group.id", "@@group@@")
        .set("security.protocol", "SASL_SSL")
        .set("sasl.mechanisms", "@@mech@@")
        .set("sasl.username", "@@user@@")
        .set("sasl.password", @@pw@@)
        .set("enable.auto.commit", "false")
        .set("auto.offset.reset", "earliest")
        .create()
        .expect("consumer creation failed");
    consumer
        .subscribe(&["@@topic@@"])
        .expect("can't subscribe");
    consumer
}
""", bs=C["bootstrap"], group=C["group"], mech=C["mech"], user=C["user"], pw=V(C, "rust"), topic=C["topic"])
    return path, body


@template("yaml", F_kafka_any)
def t_k8s_secret_stringdata(r, C):
    path = r.choice(["k8s/kafka-credentials.yaml", "deploy/overlays/%s/kafka-secret.yaml" % r.choice(ENVS), "manifests/%s/secret.yaml" % team(r)])
    body = fill("""
apiVersion: v1
kind: Secret
metadata:
  name: @@tm@@-kafka-credentials
  namespace: @@tm@@
  labels:
    app.kubernetes.io/name: @@tm@@-consumer
    app.kubernetes.io/part-of: streaming
type: Opaque
stringData:
  KAFKA_BOOTSTRAP: "@@bs@@"
  KAFKA_SASL_MECHANISM: "@@mech@@"
  KAFKA_SASL_USERNAME: "@@user@@"
  @@key@@: @@pw@@
""", tm=team(r), bs=C["bootstrap"], mech=C["mech"], user=C["user"],
                key=pick(C, ["KAFKA_SASL_PASSWORD"], ["sasl-value", "KAFKA_AUTH"]), pw=V(C, "yaml", q='"'))
    return path, body


@template("csharp", F_kafka_any)
def t_cs_producer(r, C):
    tm = team(r).capitalize()
    path = "src/%s.Events/KafkaProducerFactory.cs" % tm
    body = fill("""
using System;
using Confluent.Kafka;

namespace @@tm@@.Events
{
    public static class KafkaProducerFactory
    {
        public static IProducer<string, string> Create()
        {
            var config = new ProducerConfig
            {
                BootstrapServers = "@@bs@@",
                SecurityProtocol = SecurityProtocol.SaslSsl,
                SaslMechanism = SaslMechanism.@@mech@@,
                SaslUsername = "@@user@@",
                SaslPassword = @@pw@@,
                Acks = Acks.All,
                EnableIdempotence = true,
                LingerMs = 5
            };
            return new ProducerBuilder<string, string>(config).Build();
        }

        public const string Topic = "@@topic@@";
    }
}
""", tm=tm, bs=C["bootstrap"], mech={"PLAIN": "Plain", "SCRAM-SHA-256": "ScramSha256", "SCRAM-SHA-512": "ScramSha512"}[C["mech"]],
                user=C["user"], pw=V(C, "cs"), topic=C["topic"])
    return path, body


# ----- Azure Service Bus / Event Hubs
@template("json", F_azure_any)
def t_az_appsettings(r, C):
    path = r.choice(["appsettings.json", "appsettings.Development.json", "src/%s.Api/appsettings.json" % team(r).capitalize()])
    key = "ServiceBus" if C["provider"] == "azure-service-bus" else "EventHubs"
    body = fill("""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Azure.Messaging": "Warning" }
  },
  "ConnectionStrings": {
    "@@ck@@": @@cs@@,
    "Redis": "localhost:6379"
  },
  "@@key@@": {
    "@@ent@@": "@@entity@@",
    "MaxConcurrentCalls": @@mcc@@,
    "PrefetchCount": @@pf@@
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=@@ikey@@;IngestionEndpoint=https://@@reg@@-0.in.applicationinsights.azure.com/"
  }
}
""", ck=pick(C, [key, key + "Connection"], ["Primary", "Messaging", "Default"]),
                cs=V(C, "json", build=lambda s: azure_cs(C, s)), key=key,
                ent="QueueName" if key == "ServiceBus" else "HubName", entity=C.get("entity") or C["topic"],
                mcc=r.choice([4, 8, 16, 32]), pf=r.choice([0, 10, 50]), ikey=ruuid(r), reg=r.choice(REGIONS_AZ))
    return path, body


@template("python", F_azure_any)
def t_az_python(r, C):
    path = r.choice(["app/events.py", "functions/publisher.py", "src/%s/bus.py" % team(r), "producer.py"])
    if C["provider"] == "azure-service-bus":
        imp = "from azure.servicebus import ServiceBusClient, ServiceBusMessage"
        code = fill("""
def send(payloads):
    with ServiceBusClient.from_connection_string(@@var@@) as client:
        with client.get_queue_sender(queue_name=QUEUE) as sender:
            batch = sender.create_message_batch()
            for p in payloads:
                batch.add_message(ServiceBusMessage(json.dumps(p), content_type="application/json"))
            sender.send_messages(batch)
""", var="CONN_STR")
    else:
        imp = "from azure.eventhub import EventData, EventHubProducerClient"
        code = fill("""
def send(payloads):
    producer = EventHubProducerClient.from_connection_string(conn_str=CONN_STR, eventhub_name=QUEUE)
    with producer:
        batch = producer.create_batch(partition_key="@@pk@@")
        for p in payloads:
            batch.add(EventData(json.dumps(p)))
        producer.send_batch(batch)
""", pk=r.choice(ENTITIES))
    cs = V(C, "py", build=lambda s: azure_cs(C, s))
    if C["mode"] != "env" and r.random() < 0.5:
        # split over two lines the way black formats long strings
        full = azure_cs(C, C["secret"])
        i = full.index(";SharedAccessKeyName")
        cs = '(\n    "%s"\n    "%s"\n)' % (full[:i], full[i:])
    body = fill("""
import json
import os

@@imp@@

QUEUE = "@@q@@"
CONN_STR = @@cs@@


@@code@@

if __name__ == "__main__":
    send([{"id": @@n@@, "type": "@@ev@@"}])
""", imp=imp, q=C.get("entity") or C["topic"], cs=cs, code=code, n=r.randint(1, 9999), ev="%s.%s" % (r.choice(ENTITIES), r.choice(VERBS)))
    return path, body


@template("json", F_azure_any)
def t_az_local_settings(r, C):
    path = r.choice(["local.settings.json", "src/functions/local.settings.json", "%s-func/local.settings.json" % team(r)])
    body = fill("""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "@@rt@@",
    "@@key@@": @@cs@@,
    "QueueName": "@@q@@",
    "APPLICATIONINSIGHTS_CONNECTION_STRING": ""
  },
  "Host": {
    "LocalHttpPort": 7071,
    "CORS": "*"
  }
}
""", rt=r.choice(["dotnet-isolated", "node", "python", "java"]),
                key=pick(C, ["ServiceBusConnection", "EventHubConnection", "AzureWebJobsServiceBus"], ["BusConn", "Conn1", "MessagingSetting"]),
                cs=V(C, "json", build=lambda s: azure_cs(C, s)), q=C.get("entity") or C["topic"])
    return path, body


@template("properties", F_eventhubs)
def t_az_eh_kafka(r, C):
    path = r.choice(["src/main/resources/eventhubs.properties", "config/eventhubs-kafka.properties", "producer.config"])
    cs = "Endpoint=sb://%s/;SharedAccessKeyName=%s;SharedAccessKey=%s" % (C["host"], C["keyname"], C["secret"])
    if C["mode"] == "env":
        cs = "${EVENTHUB_CONNECTION_STRING}"
    body = fill("""
# Kafka clients talking to the Event Hubs Kafka endpoint (port 9093)
bootstrap.servers=@@host@@:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="@@cs@@";
request.timeout.ms=60000
metadata.max.age.ms=180000
client.id=@@cid@@
""", host=C["host"], cs=cs, cid="%s-%s" % (team(r), r.choice(["producer", "mirror", "ingest"])))
    return path, body


@template("typescript", F_azure_any)
def t_az_ts(r, C):
    path = r.choice(["src/messaging/serviceBus.ts", "src/lib/bus.ts", "apps/%s/src/queue.ts" % team(r)])
    var = pick(C, ["connectionString", "SERVICE_BUS_CONN"], ["target", "busUri", "endpointSpec"])
    if C["provider"] == "azure-service-bus":
        imp = 'import { ServiceBusClient } from "@azure/service-bus";'
        code = "const client = new ServiceBusClient(%s);\nexport const sender = client.createSender(\"%s\");" % (var, C.get("entity") or C["topic"])
    else:
        imp = 'import { EventHubProducerClient } from "@azure/event-hubs";'
        code = "export const producer = new EventHubProducerClient(%s, \"%s\");" % (var, C["entity"])
    body = fill("""
@@imp@@

const @@var@@ =
  @@cs@@;

@@code@@

export async function publish<T>(body: T, subject: string): Promise<void> {
  // messageId doubles as the idempotency key downstream
  console.debug(`publishing ${subject}`);
}
""", imp=imp, var=var, cs=V(C, "ts", build=lambda s: azure_cs(C, s)), code=code)
    return path, body


# ----- Google Pub/Sub service accounts
def gcp_json(C, indent="  "):
    d = [("type", "service_account"), ("project_id", C["project"]), ("private_key_id", C["key_id"]),
         ("private_key", "@@PK@@"), ("client_email", C["email"]), ("client_id", C["client_id"]),
         ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
         ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
         ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + C["email"].replace("@", "%40")),
         ("universe_domain", "googleapis.com")]
    out = "{\n" + ",\n".join('%s"%s": "%s"' % (indent, k, v) for k, v in d) + "\n}\n"
    return out.replace("@@PK@@", C["secret"] if C["mode"] != "env" else "")


@template("json", F_gcp)
def t_gcp_sa_json(r, C):
    path = r.choice(["credentials/pubsub-sa.json", "keys/%s.json" % C["sa"], "service-account.json", "config/gcp/%s-key.json" % C["project"]])
    return path, gcp_json(C, r.choice(["  ", "    "]))


@template("yaml", F_gcp, neg=False)
def t_gcp_k8s_secret(r, C):
    path = r.choice(["k8s/pubsub-credentials.yaml", "deploy/%s/gcp-sa-secret.yaml" % team(r)])
    blob = base64.b64encode(gcp_json(C).encode()).decode()
    reg(blob)
    C["needle_override"] = blob
    body = fill("""
apiVersion: v1
kind: Secret
metadata:
  name: pubsub-sa-key
  namespace: @@ns@@
  annotations:
    owner: @@owner@@
type: Opaque
data:
  key.json: @@blob@@
""", ns=team(r), owner=r.choice(PEOPLE), blob=blob)
    return path, body


@template("python", F_gcp)
def t_gcp_py_inline(r, C):
    path = r.choice(["scripts/publish_backfill.py", "tools/pubsub_replay.py", "%s/pubsub.py" % team(r)])
    pk = V(C, "py")
    body = fill("""
\"\"\"Backfill publisher for @@topic@@ (one-off, run from a laptop).\"\"\"
import json
import os

from google.cloud import pubsub_v1
from google.oauth2 import service_account

SA_INFO = {
    "type": "service_account",
    "project_id": "@@proj@@",
    "private_key_id": "@@kid@@",
    "private_key": @@pk@@,
    "client_email": "@@email@@",
    "client_id": "@@cid@@",
    "token_uri": "https://oauth2.googleapis.com/token",
}

creds = service_account.Credentials.from_service_account_info(SA_INFO)
publisher = pubsub_v1.PublisherClient(credentials=creds)
topic_path = publisher.topic_path("@@proj@@", "@@topic@@")

with open("backfill.jsonl") as fh:
    for line in fh:
        future = publisher.publish(topic_path, line.strip().encode("utf-8"), origin="backfill")
        print(future.result())
""", topic=C["topic"], proj=C["project"], kid=C["key_id"], pk=pk, email=C["email"], cid=C["client_id"])
    return path, body


# ----- AWS SQS / SNS
@template("python", F_aws)
def t_aws_sqs_py(r, C):
    path = r.choice(["worker/sqs_consumer.py", "app/queue.py", "src/%s/sqs.py" % team(r)])
    style = r.randrange(2)
    args = ('    aws_access_key_id="%s",\n    aws_secret_access_key=%s,' % (C["key_id"], V(C, "py"))) if style == 0 else \
        ('    aws_access_key_id=_ak,\n    aws_secret_access_key=_sk,')
    pre = "" if style == 0 else '_ak, _sk = "%s", %s\n' % (C["key_id"], V(C, "py"))
    body = fill("""
import json
import logging

import boto3

log = logging.getLogger("sqs-consumer")
QUEUE_URL = "https://sqs.@@reg@@.amazonaws.com/@@acct@@/@@q@@"
@@pre@@
sqs = boto3.client(
    "sqs",
    region_name="@@reg@@",
@@args@@
)


def poll_forever(handler):
    while True:
        resp = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
        for m in resp.get("Messages", []):
            try:
                handler(json.loads(m["Body"]))
            except Exception:
                log.exception("failed %s", m["MessageId"])
                continue
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=m["ReceiptHandle"])
""", reg=C["region"], acct=C["acct"], q=C["queue"], pre=pre, args=args)
    return path, body


@template("javascript", F_aws)
def t_aws_sns_js(r, C):
    path = r.choice(["src/notify.js", "lib/sns.js", "services/%s/publisher.mjs" % team(r)])
    body = fill("""
import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";

const client = new SNSClient({
  region: "@@reg@@",
  credentials: {
    accessKeyId: "@@kid@@",
    secretAccessKey: @@sk@@,
  },
});

const TOPIC_ARN = "arn:aws:sns:@@reg@@:@@acct@@:@@t@@";

export async function notify(event) {
  const out = await client.send(new PublishCommand({
    TopicArn: TOPIC_ARN,
    Message: JSON.stringify(event),
    MessageAttributes: { type: { DataType: "String", StringValue: event.type } },
  }));
  return out.MessageId;
}
""", reg=C["region"], kid=C["key_id"], sk=V(C, "js"), acct=C["acct"], t=C["topic"])
    return path, body


@template("ruby", F_aws)
def t_aws_shoryuken_rb(r, C):
    path = r.choice(["config/initializers/shoryuken.rb", "config/initializers/aws.rb"])
    body = fill("""
# frozen_string_literal: true

require "aws-sdk-sqs"

Shoryuken.configure_server do |config|
  config.sqs_client = Aws::SQS::Client.new(
    region: "@@reg@@",
    access_key_id: "@@kid@@",
    secret_access_key: @@sk@@
  )
end

Shoryuken.active_job_queue_name_prefixing = true
Shoryuken.add_group("default", @@conc@@)
Shoryuken.add_queue("@@q@@", 1, "default")
""", reg=C["region"], kid=C["key_id"], sk=V(C, "ruby"), conc=r.choice([5, 10, 25]), q=C["queue"])
    return path, body


# ----- RabbitMQ / AMQP
@template("python", F_amqp)
def t_amqp_pika(r, C):
    path = r.choice(["worker/rabbit.py", "app/amqp_consumer.py", "src/%s/queue_worker.py" % team(r)])
    var = pick(C, ["AMQP_URL", "RABBITMQ_URL", "BROKER_URL"], ["_target", "endpoint", "dsn"])
    body = fill("""
import json

import pika

@@var@@ = @@url@@
QUEUE = "@@q@@"


def main():
    params = pika.URLParameters(@@var@@)
    params.heartbeat = 30
    conn = pika.BlockingConnection(params)
    ch = conn.channel()
    ch.queue_declare(queue=QUEUE, durable=True)
    ch.basic_qos(prefetch_count=@@pf@@)

    def on_message(ch, method, props, body):
        print("got", json.loads(body).get("id"))
        ch.basic_ack(delivery_tag=method.delivery_tag)

    ch.basic_consume(queue=QUEUE, on_message_callback=on_message)
    ch.start_consuming()


if __name__ == "__main__":
    main()
""", var=var, url=V(C, "py", env=r.choice(["AMQP_URL", "RABBITMQ_URL"]), build=lambda s: amqp_url(C, s)), q=C["queue"], pf=r.choice([1, 10, 50]))
    return path, body


@template("yaml", F_amqp)
def t_amqp_spring(r, C):
    path = r.choice(["src/main/resources/application.yml", "src/main/resources/application-%s.yml" % r.choice(ENVS)])
    body = fill("""
spring:
  application:
    name: @@tm@@-listener
  rabbitmq:
    host: @@host@@
    port: @@port@@
    username: @@user@@
    password: @@pw@@
    virtual-host: "@@vh@@"
    ssl:
      enabled: @@ssl@@
    listener:
      simple:
        concurrency: 2
        max-concurrency: 8
        prefetch: 20

app:
  queue: @@q@@
  exchange: @@tm@@.events
""", tm=team(r), host=C["host"], port=C["port"], user=C["user"], pw=V(C, "yaml", q=None), vh=C["vhost"],
                ssl="true" if C["scheme"] == "amqps" else "false", q=C["queue"])
    return path, body


@template("python", F_amqp)
def t_amqp_celery(r, C):
    path = r.choice(["config/settings/production.py", "settings.py", "%s/celery.py" % team(r), "project/settings/base.py"])
    body = fill("""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = [".@@org@@.com"]

# Celery
@@var@@ = @@url@@
CELERY_RESULT_BACKEND = "redis://redis:6379/1"
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "@@q@@"
CELERY_TIMEZONE = "UTC"
""", org=r.choice(ORGS).replace("-", ""), var=pick(C, ["CELERY_BROKER_URL", "BROKER_URL"], ["CELERY_BROKER", "TRANSPORT"]),
                url=V(C, "py", env="CELERY_BROKER_URL", build=lambda s: amqp_url(C, s)), q=C["queue"])
    return path, body


@template("conf", F_amqp)
def t_rabbitmq_conf(r, C):
    path = r.choice(["rabbitmq/rabbitmq.conf", "docker/rabbitmq/rabbitmq.conf", "etc/rabbitmq/rabbitmq.conf"])
    body = fill("""
## RabbitMQ node configuration (new-style sysctl format)
listeners.tcp.default = 5672
management.tcp.port = 15672

default_vhost = @@vh@@
default_user = @@user@@
default_pass = @@pw@@
default_user_tags.administrator = true

loopback_users.guest = false
vm_memory_high_watermark.relative = 0.6
disk_free_limit.absolute = 2GB
log.console.level = info
""", vh=C["vhost"], user=C["user"], pw=V(C, "noenv", q=None))
    return path, body


@template("go", F_amqp)
def t_amqp_go(r, C):
    path = r.choice(["internal/queue/rabbit.go", "pkg/amqp/conn.go", "cmd/worker/main.go"])
    body = fill("""
package @@pkg@@

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

func Connect() (*amqp.Connection, *amqp.Channel) {
	conn, err := amqp.Dial(@@url@@)
	if err != nil {
		log.Fatalf("amqp dial: %v", err)
	}
	ch, err := conn.Channel()
	if err != nil {
		log.Fatalf("amqp channel: %v", err)
	}
	if _, err := ch.QueueDeclare("@@q@@", true, false, false, false, nil); err != nil {
		log.Fatalf("declare: %v", err)
	}
	return conn, ch
}
""", pkg="main" if "cmd/" in path else path.split("/")[-2], url=V(C, "go", env="AMQP_URL", build=lambda s: amqp_url(C, s)), q=C["queue"])
    return path, body


@template("php", F_amqp)
def t_amqp_laravel(r, C):
    path = "config/queue.php"
    body = fill("""
<?php

return [
    'default' => env('QUEUE_CONNECTION', 'rabbitmq'),

    'connections' => [
        'rabbitmq' => [
            'driver' => 'rabbitmq',
            'queue' => '@@q@@',
            'hosts' => [
                [
                    'host' => '@@host@@',
                    'port' => @@port@@,
                    'user' => '@@user@@',
                    'password' => @@pw@@,
                    'vhost' => '@@vh@@',
                ],
            ],
        ],
    ],

    'failed' => [
        'driver' => env('QUEUE_FAILED_DRIVER', 'database-uuids'),
        'table' => 'failed_jobs',
    ],
];
""", q=C["queue"], host=C["host"], port=C["port"], user=C["user"], pw=V(C, "php", q="'"), vh=C["vhost"])
    return path, body


# ----- NATS
@template("creds", F_nats_seed, neg=False)
def t_nats_creds(r, C):
    path = r.choice(["nats/%s.creds" % C["user"], "secrets/user.creds", ".nats/%s/%s.creds" % (r.choice(ORGS), C["user"])])
    body = fill("""
-----BEGIN NATS USER JWT-----
@@jwt@@
------END NATS USER JWT------

************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.

-----BEGIN USER NKEY SEED-----
@@seed@@
------END USER NKEY SEED------

*************************************************************
""", jwt=C["jwt"], seed=C["secret"])
    return path, body


@template("typescript", F_nats_seed)
def t_nats_ts_nkey(r, C):
    path = r.choice(["src/nats.ts", "src/bus/natsClient.ts", "apps/%s/src/nats.ts" % team(r)])
    body = fill("""
import { connect, nkeyAuthenticator, StringCodec, NatsConnection } from "nats";

const sc = StringCodec();
const @@var@@ = @@seed@@;

export async function natsConnect(): Promise<NatsConnection> {
  const nc = await connect({
    servers: "@@srv@@",
    name: "@@name@@",
    authenticator: nkeyAuthenticator(new TextEncoder().encode(@@var@@)),
    maxReconnectAttempts: -1,
  });
  nc.closed().then((err) => err && console.error("nats closed", err));
  return nc;
}

export function publish(nc: NatsConnection, data: unknown) {
  nc.publish("@@subj@@", sc.encode(JSON.stringify(data)));
}
""", var=pick(C, ["NKEY_SEED", "userSeed"], ["ident", "k", "material"]), seed=V(C, "ts"), srv=C["server"],
                name="%s-publisher" % team(r), subj=C["subject"])
    return path, body


@template("conf", F_nats_pass)
def t_nats_server_conf(r, C):
    path = r.choice(["nats-server.conf", "config/nats.conf", "deploy/nats/server.conf"])
    body = fill("""
# NATS server configuration
port: 4222
http_port: 8222
server_name: @@sn@@

jetstream {
  store_dir: /data/jetstream
  max_mem: 1G
  max_file: 20G
}

authorization {
  users = [
    { user: "@@user@@", password: @@pw@@,
      permissions: { publish: ["@@subj@@"], subscribe: ["_INBOX.>", "@@subj@@"] } }
  ]
}

max_payload: 2MB
""", sn="nats-%s-%d" % (r.choice(ENVS), r.randint(0, 2)), user=C["user"], pw=V(C, "natsconf", q='"'), subj=C["subject"])
    return path, body


@template("go", F_nats_pass)
def t_nats_go(r, C):
    path = r.choice(["internal/bus/nats.go", "cmd/%s-subscriber/main.go" % team(r), "pkg/events/nats.go"])
    style = r.randrange(2)
    opt = ('nats.UserInfo("%s", %s)' % (C["user"], V(C, "go"))) if style == 0 else None
    url = None
    if style == 1:
        url = V(C, "go", env="NATS_URL", build=lambda s: "nats://%s:%s@%s" % (C["user"], s, C["server"].split("://")[1]))
    body = fill("""
package @@pkg@@

import (
	"log"
	"time"

	"github.com/nats-io/nats.go"
)

func Connect() *nats.Conn {
	nc, err := nats.Connect(@@url@@,
		@@opt@@nats.Name("@@name@@"),
		nats.ReconnectWait(2*time.Second),
		nats.MaxReconnects(-1),
	)
	if err != nil {
		log.Fatalf("nats: %v", err)
	}
	return nc
}

const Subject = "@@subj@@"
""", pkg="main" if "cmd/" in path else path.split("/")[-2], url=url or '"%s"' % C["server"],
                opt=(opt + ",\n\t\t") if opt else "", name="%s-svc" % team(r), subj=C["subject"])
    return path, body


# ----- Pulsar / StreamNative
@template("python", F_pulsar)
def t_pulsar_py(r, C):
    path = r.choice(["app/pulsar_client.py", "consumers/%s.py" % team(r), "src/stream/pulsar_io.py"])
    body = fill("""
import pulsar

SERVICE_URL = "@@url@@"
TOPIC = "@@topic@@"

client = pulsar.Client(
    SERVICE_URL,
    authentication=pulsar.AuthenticationToken(@@tok@@),
    operation_timeout_seconds=30,
)

consumer = client.subscribe(TOPIC, subscription_name="@@sub@@",
                            consumer_type=pulsar.ConsumerType.Shared)

while True:
    msg = consumer.receive()
    try:
        print(msg.message_id(), msg.data()[:80])
        consumer.acknowledge(msg)
    except Exception:
        consumer.negative_acknowledge(msg)
""", url=C["url"], topic=C["topic"], tok=V(C, "py"), sub="%s-sub" % team(r))
    return path, body


@template("conf", F_pulsar)
def t_pulsar_client_conf(r, C):
    path = r.choice(["conf/client.conf", "pulsar/client.conf", "deploy/pulsar-client.conf"])
    body = fill("""
# Configuration for pulsar-client and pulsar-admin CLI tools
webServiceUrl=@@web@@
brokerServiceUrl=@@url@@
authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
authParams=token:@@tok@@
tlsAllowInsecureConnection=false
tlsEnableHostnameVerification=true
useKeyStoreTls=false
""", web=C["url"].replace("pulsar+ssl://", "https://").replace("pulsar://", "http://").replace(":6651", "").replace(":6650", ":8080"),
                url=C["url"], tok=V(C, "noenv", q=None))
    return path, body


@template("java", F_pulsar)
def t_pulsar_java(r, C):
    org = r.choice(ORGS).replace("-", "")
    path = "src/main/java/com/%s/stream/PulsarClientFactory.java" % org
    body = fill("""
package com.@@org@@.stream;

import org.apache.pulsar.client.api.AuthenticationFactory;
import org.apache.pulsar.client.api.PulsarClient;
import org.apache.pulsar.client.api.PulsarClientException;

public class PulsarClientFactory {

    private static final String SERVICE_URL = "@@url@@";

    public static PulsarClient create() throws PulsarClientException {
        return PulsarClient.builder()
                .serviceUrl(SERVICE_URL)
                .authentication(AuthenticationFactory.token(@@tok@@))
                .build();
    }
}
""", org=org, url=C["url"], tok=V(C, "java"))
    return path, body


# ----- Ably
@template("javascript", F_ably)
def t_ably_node(r, C):
    path = r.choice(["server/realtime.js", "src/ably.js", "api/publish.js"])
    style = r.randrange(2)
    key = V(C, "js", q="'", build=lambda s: "%s.%s:%s" % (C["app"], C["keyid"], s))
    ctor = ("new Ably.Rest(%s)" % key) if style == 0 else ("new Ably.Realtime({ key: %s, clientId: 'server' })" % key)
    body = fill("""
const Ably = require('ably');

const ably = @@ctor@@;
const channel = ably.channels.get('@@ch@@');

async function broadcast(name, data) {
  await channel.publish(name, data);
}

// Issues short-lived tokens for browser clients
async function tokenRequest(clientId) {
  return ably.auth.createTokenRequest({ clientId, capability: { '@@ch@@': ['subscribe'] } });
}

module.exports = { broadcast, tokenRequest };
""", ctor=ctor, ch=C["channel"])
    return path, body


@template("python", F_ably)
def t_ably_py(r, C):
    path = r.choice(["app/realtime.py", "notifications/ably_client.py"])
    body = fill("""
import asyncio

from ably import AblyRest

@@var@@ = @@key@@


async def notify(event, payload):
    async with AblyRest(@@var@@) as client:
        channel = client.channels.get("@@ch@@")
        await channel.publish(event, payload)


if __name__ == "__main__":
    asyncio.run(notify("ping", {"ok": True}))
""", var=pick(C, ["ABLY_API_KEY", "ABLY_KEY"], ["RT_CFG", "PUSH_TARGET"]),
                key=V(C, "py", build=lambda s: "%s.%s:%s" % (C["app"], C["keyid"], s)), ch=C["channel"])
    return path, body


# ----- Pusher
@template("dotenv", F_pusher)
def t_pusher_laravel_env(r, C):
    path = r.choice([".env", ".env.production", ".env.staging"])
    body = fill("""
APP_NAME=@@app@@
APP_ENV=production
APP_DEBUG=false
APP_URL=https://@@app_l@@.example.org

BROADCAST_DRIVER=pusher
QUEUE_CONNECTION=redis

PUSHER_APP_ID=@@id@@
PUSHER_APP_KEY=@@key@@
PUSHER_APP_SECRET=@@sec@@
PUSHER_HOST=
PUSHER_PORT=443
PUSHER_SCHEME=https
PUSHER_APP_CLUSTER=@@cl@@

VITE_PUSHER_APP_KEY="${PUSHER_APP_KEY}"
VITE_PUSHER_APP_CLUSTER="${PUSHER_APP_CLUSTER}"
""", app=team(r).capitalize(), app_l=team(r), id=C["app_id"], key=C["key"], sec=V(C, "noenv", q=None), cl=C["cluster"])
    return path, body


@template("javascript", F_pusher)
def t_pusher_node(r, C):
    path = r.choice(["server/pusher.js", "src/lib/pusher.js", "api/realtime.js"])
    style = r.randrange(2)
    if style == 0:
        init = "new Pusher({\n  appId: '%s',\n  key: '%s',\n  secret: %s,\n  cluster: '%s',\n  useTLS: true,\n})" % (
            C["app_id"], C["key"], V(C, "js", q="'"), C["cluster"])
    else:
        init = "Pusher.forURL(%s)" % V(C, "js", env="PUSHER_URL", q="'", build=lambda s: "https://%s:%s@api-%s.pusher.com/apps/%s" % (C["key"], s, C["cluster"], C["app_id"]))
    body = fill("""
const Pusher = require('pusher');

const pusher = @@init@@;

function authorize(req, res) {
  const { socket_id: socketId, channel_name: channel } = req.body;
  res.send(pusher.authorizeChannel(socketId, channel));
}

function notify(event, data) {
  return pusher.trigger('@@ch@@', event, data);
}

module.exports = { pusher, authorize, notify };
""", init=init, ch=C["channel"])
    return path, body


@template("ruby", F_pusher)
def t_pusher_rb(r, C):
    path = "config/initializers/pusher.rb"
    body = fill("""
require "pusher"

Pusher.app_id = "@@id@@"
Pusher.key = "@@key@@"
Pusher.secret = @@sec@@
Pusher.cluster = "@@cl@@"
Pusher.logger = Rails.logger
Pusher.encrypted = true
""", id=C["app_id"], key=C["key"], sec=V(C, "ruby"), cl=C["cluster"])
    return path, body


# ----- PubNub
@template("python", F_pubnub)
def t_pubnub_py(r, C):
    path = r.choice(["app/pubnub_admin.py", "server/grant_tokens.py", "%s/realtime.py" % team(r)])
    body = fill("""
from pubnub.pnconfiguration import PNConfiguration
from pubnub.pubnub import PubNub

pnconfig = PNConfiguration()
pnconfig.publish_key = "@@pub@@"
pnconfig.subscribe_key = "@@sub@@"
pnconfig.secret_key = @@sec@@
pnconfig.user_id = "@@uid@@"
pnconfig.ssl = True

pubnub = PubNub(pnconfig)


def grant(user_id, ttl=15):
    envelope = (pubnub.grant_token()
                .channels([{"@@ch@@": {"read": True}}])
                .ttl(ttl)
                .authorized_uuid(user_id)
                .sync())
    return envelope.result.token
""", pub=C["pub"], sub=C["sub"], sec=V(C, "py"), uid="server-%s" % team(r), ch=C["channel"])
    return path, body


@template("javascript", F_pubnub)
def t_pubnub_node(r, C):
    path = r.choice(["server/pubnub.js", "functions/pubnubServer.js", "src/pubnub.server.js"])
    body = fill("""
const PubNub = require('pubnub');

const pubnub = new PubNub({
  publishKey: '@@pub@@',
  subscribeKey: '@@sub@@',
  @@k@@: @@sec@@,
  userId: '@@uid@@',
});

exports.publish = (message) =>
  pubnub.publish({ channel: '@@ch@@', message, storeInHistory: true });
""", pub=C["pub"], sub=C["sub"], k="secretKey", sec=V(C, "js", q="'"), uid="backend-%s" % team(r), ch=C["channel"])
    return path, body


# ----- Centrifugo
@template("json", F_centrifugo)
def t_centrifugo_json(r, C):
    path = r.choice(["centrifugo/config.json", "config.json", "deploy/centrifugo/config.json"])
    body = fill("""
{
  "token_hmac_secret_key": @@sec@@,
  "admin": false,
  "allowed_origins": ["@@origin@@"],
  "namespaces": [
    {
      "name": "chat",
      "presence": true,
      "join_leave": true,
      "history_size": 100,
      "history_ttl": "300s"
    }
  ],
  "log_level": "info"
}
""", sec=V(C, "json"), origin=C["origin"])
    return path, body


@template("toml", F_centrifugo)
def t_centrifugo_toml(r, C):
    path = r.choice(["centrifugo/config.toml", "config/centrifugo.toml"])
    body = fill("""
# Centrifugo server config
log_level = "info"
allowed_origins = ["@@origin@@"]
@@k@@ = @@sec@@
client_channel_limit = 128

[[namespaces]]
name = "notifications"
history_size = 50
history_ttl = "120s"
""", origin=C["origin"], k=r.choice(["token_hmac_secret_key", "api_key", "admin_secret"]), sec=V(C, "toml"))
    return path, body


# ----- Socket.io / websocket
@template("javascript", F_ws)
def t_socketio_client(r, C):
    path = r.choice(["src/socket.js", "client/realtime.js", "src/services/socket.js"])
    body = fill("""
import { io } from "socket.io-client";

const socket = io("@@url@@", {
  transports: ["websocket"],
  auth: { @@k@@: @@tok@@ },
  reconnectionDelayMax: 10000,
});

socket.on("connect", () => socket.emit("join", "@@room@@"));
socket.on("connect_error", (err) => console.warn("socket error", err.message));

export default socket;
""", url=C["url"], k=pick(C, ["token"], ["t", "v"]), tok=V(C, "js"), room=C["room"])
    return path, body


@template("python", F_ws)
def t_ws_python(r, C):
    path = r.choice(["scripts/ws_listen.py", "bridge/ws_client.py", "%s/ws_feed.py" % team(r)])
    body = fill("""
import asyncio
import json

import websockets

URL = "@@url@@"
HEADERS = {"Authorization": @@hdr@@, "X-Client": "@@cli@@"}


async def listen():
    async with websockets.connect(URL, additional_headers=HEADERS, ping_interval=20) as ws:
        await ws.send(json.dumps({"op": "subscribe", "room": "@@room@@"}))
        async for raw in ws:
            print(json.loads(raw))


asyncio.run(listen())
""", url=C["url"].replace("https://", "wss://"), hdr=V(C, "py", build=lambda s: "Bearer " + s) if C["mode"] != "env" else 'f"Bearer {%s}"' % envexpr(C, "py", C["env"], None).replace('"', "'"),
                cli=team(r), room=C["room"])
    return path, body


# ----- MQTT
@template("python", F_mqtt)
def t_mqtt_paho(r, C):
    path = r.choice(["gateway/mqtt_bridge.py", "edge/publisher.py", "src/telemetry/mqtt.py"])
    style = r.randrange(2)
    cred = ('client.username_pw_set("%s", %s)' % (C["user"], V(C, "py"))) if style == 0 else \
        ('client.username_pw_set(username="%s", password=%s)' % (C["user"], V(C, "py")))
    body = fill("""
import json
import ssl
import time

import paho.mqtt.client as mqtt

BROKER = "@@host@@"
PORT = @@port@@

client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="@@cid@@")
@@cred@@
@@tls@@client.connect(BROKER, PORT, keepalive=60)
client.loop_start()

while True:
    reading = {"ts": int(time.time()), "temp_c": 21.4, "rssi": -67}
    client.publish("@@t@@", json.dumps(reading), qos=1)
    time.sleep(5)
""", host=C["host"], port=C["port"], cid="%s-%d" % (r.choice(["edge", "gw", "sensor"]), r.randint(1, 999)), cred=cred,
                tls="client.tls_set(tls_version=ssl.PROTOCOL_TLS_CLIENT)\n" if C["port"] == "8883" else "", t=C["mtopic"])
    return path, body


@template("passwd", F_mqtt, neg=False)
def t_mosquitto_plain_passwd(r, C):
    path = r.choice(["mosquitto/config/passwd", "mosquitto/passwordfile", "config/mosquitto/password_file"])
    others = []
    for name in r.sample(["sensor-%03d" % r.randint(1, 999), "ha", "node-red", "zigbee2mqtt", "telegraf", "frigate"], r.randint(2, 5)):
        if name == C["user"]:
            continue
        others.append("%s:$7$101$%s$%s" % (name, base64.b64encode(rbytes(r, 12)).decode(), base64.b64encode(rbytes(r, 64)).decode()))
    lines = others + ["%s:%s" % (C["user"], C["secret"])]
    r.shuffle(lines)
    body = "# run `mosquitto_passwd -U` on this file before deploying\n" + "\n".join(lines) + "\n"
    return path, body


@template("conf", F_mqtt)
def t_mosquitto_bridge(r, C):
    path = r.choice(["mosquitto/config/mosquitto.conf", "mosquitto.conf", "config/mosquitto/conf.d/bridge.conf"])
    body = fill("""
persistence true
persistence_location /mosquitto/data/
log_dest stdout

listener 1883 127.0.0.1
allow_anonymous false
password_file /mosquitto/config/passwd

# Bridge local telemetry to the cloud broker
connection cloud-bridge
address @@host@@:8883
bridge_protocol_version mqttv311
remote_clientid @@cid@@
remote_username @@user@@
remote_password @@pw@@
bridge_capath /etc/ssl/certs
topic @@t@@ out 1
cleansession false
""", host=C["host"], cid="bridge-%s" % rs(r, LO + DG, 6), user=C["user"], pw=V(C, "noenv", q=None), t=C["mtopic"])
    return path, body


@template("javascript", F_mqtt)
def t_mqtt_js(r, C):
    path = r.choice(["src/mqtt.js", "dashboard/src/broker.js", "lib/mqttClient.js"])
    style = r.randrange(2)
    proto = "mqtts" if C["port"] == "8883" else "mqtt"
    if style == 0:
        conn = "mqtt.connect('%s://%s:%s', {\n  username: '%s',\n  password: %s,\n  clientId: 'web_' + Math.random().toString(16).slice(2, 10),\n})" % (
            proto, C["host"], C["port"], C["user"], V(C, "js", q="'"))
    else:
        conn = "mqtt.connect(%s)" % V(C, "js", env="MQTT_URL", q="'", build=lambda s: "%s://%s:%s@%s:%s" % (proto, C["user"], s, C["host"], C["port"]))
    body = fill("""
import mqtt from 'mqtt';

export const client = @@conn@@;

client.on('connect', () => client.subscribe('@@t@@'));
client.on('message', (topic, payload) => {
  window.dispatchEvent(new CustomEvent('telemetry', { detail: JSON.parse(payload.toString()) }));
});
""", conn=conn, t=C["mtopic"])
    return path, body


@template("shell", F_mqtt)
def t_mqtt_cli(r, C):
    path = r.choice(["scripts/mqtt-smoke.sh", "bin/publish-test.sh"])
    body = fill("""
#!/bin/sh
# Smoke test the broker after a deploy
HOST=@@host@@
mosquitto_pub -h "$HOST" -p @@port@@ @@tls@@\\
  -u @@user@@ -P @@pw@@ \\
  -t '@@t@@' -m '{"smoke":true}' -q 1 -d
echo "published to @@t@@"
""", host=C["host"], port=C["port"], tls="--capath /etc/ssl/certs " if C["port"] == "8883" else "", user=C["user"],
                pw=V(C, "sh", q="'"), t=C["mtopic"])
    return path, body


# ----- Solace
@template("yaml", F_solace)
def t_solace_spring(r, C):
    path = r.choice(["src/main/resources/application.yml", "src/main/resources/application-cloud.yml"])
    body = fill("""
solace:
  java:
    host: @@host@@
    msgVpn: @@vpn@@
    clientUsername: @@user@@
    clientPassword: @@pw@@
    connectRetries: -1
    reconnectRetries: -1

spring:
  cloud:
    function:
      definition: process
    stream:
      bindings:
        process-in-0:
          destination: @@q@@
          group: @@g@@
""", host=C["host"], vpn=C["vpn"], user=C["user"], pw=V(C, "yaml", q=None), q=C["queue"], g=team(r))
    return path, body


@template("python", F_solace)
def t_solace_py(r, C):
    path = r.choice(["solace_consumer.py", "app/solace_client.py"])
    body = fill("""
from solace.messaging.messaging_service import MessagingService
from solace.messaging.config.transport_security_strategy import TLS
from solace.messaging.resources.queue import Queue

broker_props = {
    "solace.messaging.transport.host": "@@host@@",
    "solace.messaging.service.vpn-name": "@@vpn@@",
    "solace.messaging.authentication.scheme.basic.username": "@@user@@",
    "solace.messaging.authentication.scheme.basic.password": @@pw@@,
}

service = (MessagingService.builder().from_properties(broker_props)
           .with_transport_security_strategy(TLS.create().without_certificate_validation())
           .build())
service.connect()
receiver = service.create_persistent_message_receiver_builder().build(Queue.durable_exclusive_queue("@@q@@"))
receiver.start()
""", host=C["host"], vpn=C["vpn"], user=C["user"], pw=V(C, "py"), q=C["queue"])
    return path, body


# ----- ActiveMQ / Artemis
ASF_HEADER = """## ---------------------------------------------------------------------------
## Licensed to the Apache Software Foundation (ASF) under one or more
## contributor license agreements.  See the NOTICE file distributed with
## this work for additional information regarding copyright ownership.
## The ASF licenses this file to You under the Apache License, Version 2.0
## (the "License"); you may not use this file except in compliance with
## the License.  You may obtain a copy of the License at
##
## http://www.apache.org/licenses/LICENSE-2.0
##
## Unless required by applicable law or agreed to in writing, software
## distributed under the License is distributed on an "AS IS" BASIS,
## WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
## See the License for the specific language governing permissions and
## limitations under the License.
## ---------------------------------------------------------------------------
"""


@template("properties", F_artemis, neg=False)
def t_artemis_users(r, C):
    path = r.choice(["etc/artemis-users.properties", "broker/etc/artemis-users.properties"])
    others = ["%s = ENC(1024:%s:%s)" % (u, rs(r, HEX, 64).upper(), rs(r, HEX, 128).upper())
              for u in r.sample(["admin", "monitor", "bridge", "camel"], r.randint(0, 2))]
    lines = others + ["%s = %s" % (C["user"], C["secret"])]
    r.shuffle(lines)
    body = ASF_HEADER + "\n" + "\n".join(lines) + "\n"
    return path, body


@template("properties", F_artemis)
def t_activemq_spring(r, C):
    path = r.choice(["src/main/resources/application.properties", "src/main/resources/application-%s.properties" % r.choice(ENVS)])
    pref = r.choice(["spring.activemq", "spring.artemis"])
    body = fill("""
server.port=8080
@@p@@.broker-url=@@url@@
@@p@@.user=@@user@@
@@p@@.password=@@pw@@
@@p@@.pool.enabled=true
@@p@@.pool.max-connections=10
spring.jms.listener.concurrency=2-8
app.jms.queue=@@q@@
""", p=pref, url=C["url"], user=C["user"], pw=V(C, "properties", q=None) if C["mode"] != "env" else "${%s}" % C["env"], q=C["queue"])
    return path, body


@template("xml", F_artemis)
def t_camel_xml(r, C):
    path = r.choice(["src/main/resources/camel-context.xml", "src/main/resources/META-INF/spring/jms-beans.xml"])
    body = fill("""
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

  <bean id="jmsConnectionFactory" class="org.apache.activemq.ActiveMQConnectionFactory">
    <property name="brokerURL" value="@@url@@"/>
    <property name="userName" value="@@user@@"/>
    <property name="password" value="@@pw@@"/>
  </bean>

  <bean id="jms" class="org.apache.camel.component.jms.JmsComponent">
    <property name="connectionFactory" ref="jmsConnectionFactory"/>
    <property name="concurrentConsumers" value="@@cc@@"/>
  </bean>
</beans>
""", url=C["url"].replace("&", "&amp;"), user=C["user"], pw=V(C, "xml", q=None).replace("&", "&amp;"), cc=r.choice([1, 4, 8]))
    if "&amp;" in body and C["mode"] is None and C["secret"] not in body:
        C["needle_override"] = C["secret"].replace("&", "&amp;")
    return path, body


# ----- IBM MQ
@template("yaml", F_ibmmq)
def t_ibmmq_spring(r, C):
    path = r.choice(["src/main/resources/application.yml", "src/main/resources/application-mq.yml"])
    body = fill("""
ibm:
  mq:
    queue-manager: @@qm@@
    channel: @@ch@@
    conn-name: @@host@@(@@port@@)
    user: @@user@@
    password: @@pw@@
    ssl-cipher-spec: ANY_TLS12_OR_HIGHER

app:
  inbound-queue: @@q@@
  backout-queue: @@q@@.BACKOUT
""", qm=C["qmgr"], ch=C["channel"], host=C["host"], port=C["port"], user=C["user"], pw=V(C, "yaml", q=None), q=C["queue"])
    return path, body


@template("python", F_ibmmq)
def t_ibmmq_pymqi(r, C):
    path = r.choice(["mq/put_message.py", "scripts/mq_drain.py"])
    body = fill("""
import pymqi

queue_manager = "@@qm@@"
channel = "@@ch@@"
conn_info = "@@host@@(@@port@@)"
queue_name = "@@q@@"

qmgr = pymqi.connect(queue_manager, channel, conn_info, "@@user@@", @@pw@@)
queue = pymqi.Queue(qmgr, queue_name)
queue.put(b'{"ping": true}')
queue.close()
qmgr.disconnect()
""", qm=C["qmgr"], ch=C["channel"], host=C["host"], port=C["port"], q=C["queue"], user=C["user"], pw=V(C, "py"))
    return path, body


# ----- Kafka Connect sink connectors
def connect_cfg(C, r, pw_json):
    s = C["sink"]
    base = [("connector.class", {"jdbc": "io.confluent.connect.jdbc.JdbcSinkConnector",
                                 "elasticsearch": "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector",
                                 "s3": "io.confluent.connect.s3.S3SinkConnector",
                                 "mongodb": "com.mongodb.kafka.connect.MongoSinkConnector"}[s]),
            ("tasks.max", str(r.choice([1, 2, 4]))), ("topics", C["topic"])]
    if s == "jdbc":
        base += [("connection.url", C["url"]), ("connection.user", C["user"]), ("connection.password", pw_json),
                 ("insert.mode", "upsert"), ("pk.mode", "record_key"), ("auto.create", "true")]
    elif s == "elasticsearch":
        base += [("connection.url", C["url"]), ("connection.username", C["user"]), ("connection.password", pw_json),
                 ("key.ignore", "true"), ("schema.ignore", "true")]
    elif s == "s3":
        base += [("s3.bucket.name", C["url"]), ("s3.region", r.choice(REGIONS_AWS)), ("aws.access.key.id", C["user"]),
                 ("aws.secret.access.key", pw_json), ("flush.size", "1000"), ("storage.class", "io.confluent.connect.s3.storage.S3Storage"),
                 ("format.class", "io.confluent.connect.s3.format.parquet.ParquetFormat")]
    else:
        base += [("connection.uri", "MONGO_URI"), ("database", team(r)), ("collection", C["topic"].replace(".", "_"))]
    base += [("errors.tolerance", "all"), ("errors.deadletterqueue.topic.name", "dlq-" + C["topic"])]
    return base


def mongo_uri(C, s):
    return "mongodb+srv://%s:%s@%s/?retryWrites=true&w=majority" % (C["user"], s, C["url"])


@template("json", F_connect)
def t_connect_json(r, C):
    path = r.choice(["connectors/%s-sink.json" % C["sink"], "kafka-connect/%s.json" % C["topic"].replace(".", "-"), "connect/sink-%s.json" % team(r)])
    pw = V(C, "json", env=C["env"])
    if C["mode"] == "env":
        pw = '"${file:/opt/kafka/external-configuration/%s/creds.properties:password}"' % C["sink"]
    if C["sink"] == "mongodb":
        pw = V(C, "json", build=lambda s: mongo_uri(C, s))
        if C["mode"] == "env":
            pw = '"${file:/opt/kafka/secrets/mongo.properties:uri}"'
    cfg = connect_cfg(C, r, "@@PW@@")
    lines = []
    for k, v in cfg:
        if v == "@@PW@@" or v == "MONGO_URI":
            lines.append('    "%s": %s' % (k, pw))
        else:
            lines.append('    "%s": "%s"' % (k, v))
    body = '{\n  "name": "%s-%s-sink",\n  "config": {\n%s\n  }\n}\n' % (team(r), C["sink"], ",\n".join(lines))
    return path, body


@template("shell", F_connect)
def t_connect_curl(r, C):
    path = r.choice(["scripts/deploy-connector.sh", "connect/register.sh", "bin/create-%s-sink.sh" % C["sink"]])
    if C["sink"] == "mongodb":
        pw = V(C, "noenv", q=None, build=lambda s: mongo_uri(C, s)) if C["mode"] != "env" else "${MONGO_URI}"
    else:
        pw = V(C, "noenv", q=None) if C["mode"] != "env" else "${%s}" % C["env"]
    cfg = connect_cfg(C, r, pw)
    lines = ['  "%s": "%s"' % (k, pw if v == "MONGO_URI" else v) for k, v in cfg]
    if C["mode"] == "env":
        cmd = 'envsubst <<\'JSON\' | curl -sS -X PUT "$CONNECT_URL/connectors/@@name@@/config" \\\n  -H \'Content-Type: application/json\' --data @-'
    else:
        cmd = 'curl -sS -X PUT "$CONNECT_URL/connectors/@@name@@/config" \\\n  -H \'Content-Type: application/json\' --data @- <<\'JSON\''
    body = fill("""
#!/usr/bin/env bash
# (re)register the @@sink@@ sink connector
set -euo pipefail
CONNECT_URL="${CONNECT_URL:-http://connect.@@ns@@.svc:8083}"

""" + cmd + """
{
@@lines@@
}
JSON
curl -sS "$CONNECT_URL/connectors/@@name@@/status" | jq .
""", sink=C["sink"], ns=team(r), name="%s-sink" % C["sink"], lines=",\n".join(lines))
    return path, body


@template("yaml", F_connect)
def t_strimzi_connector(r, C):
    path = r.choice(["k8s/connect/%s-sink.yaml" % C["sink"], "strimzi/kafkaconnector-%s.yaml" % C["sink"]])
    if C["sink"] == "mongodb":
        pw = V(C, "yaml", q='"', build=lambda s: mongo_uri(C, s))
        if C["mode"] == "env":
            pw = '"${secrets:%s/mongo-sink:uri}"' % team(r)
    else:
        pw = V(C, "yaml", q='"') if C["mode"] != "env" else '"${secrets:%s/%s-sink:password}"' % (team(r), C["sink"])
    cfg = connect_cfg(C, r, "@@PW@@")
    lines = []
    for k, v in cfg:
        if k == "tasks.max":
            continue
        lines.append("    %s: %s" % (k, pw if v in ("@@PW@@", "MONGO_URI") else ('"%s"' % v if v in ("true", "1000") else v)))
    body = fill("""
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaConnector
metadata:
  name: @@name@@
  labels:
    strimzi.io/cluster: @@cl@@
spec:
  class: @@cls@@
  tasksMax: @@tm@@
  config:
@@lines@@
""", name="%s-%s-sink" % (team(r), C["sink"]), cl="%s-connect" % r.choice(ENVS), cls=cfg[0][1], tm=r.choice([1, 2, 3]),
                lines="\n".join(l for l in lines if not l.strip().startswith("connector.class")))
    return path, body


# ---------------------------------------------------------------- look-alike (negative-only) templates
LOOKALIKES = []


def lookalike(ftype, provider, kind):
    def deco(fn):
        LOOKALIKES.append(dict(name=fn.__name__, fn=fn, ftype=ftype, provider=provider, kind=kind))
        return fn
    return deco


@lookalike("javascript", "pusher", "public_app_key")
def n_pusher_client(r):
    path = r.choice(["resources/js/echo.js", "src/realtime/pusher.js", "public/js/live.js"])
    return path, fill("""
import Echo from 'laravel-echo';
import Pusher from 'pusher-js';

window.Pusher = Pusher;

// App key and cluster are public; the secret stays on the server.
window.Echo = new Echo({
    broadcaster: 'pusher',
    key: '@@key@@',
    cluster: '@@cl@@',
    forceTLS: true,
    authEndpoint: '/broadcasting/auth',
});

window.Echo.private(`orders.${window.userId}`)
    .listen('OrderShipped', (e) => console.log('shipped', e.order.id));
""", key=pusher_key(r), cl=r.choice(["mt1", "eu", "us2", "ap1"]))


@lookalike("yaml", "pusher", "public_app_id_and_key")
def n_pusher_ios_config(r):
    path = r.choice(["mobile/config/pusher.yml", "app/config/realtime.yaml"])
    return path, fill("""
# Client-side Pusher Channels settings bundled into the mobile apps.
# app_key is public by design; auth happens through /api/pusher/auth.
pusher:
  app_id: "@@id@@"
  app_key: "@@key@@"
  cluster: @@cl@@
  auth_endpoint: https://api.@@org@@.com/api/pusher/auth
  channels:
    - presence-lobby
    - private-user-{id}
  activity_timeout: 120
""", id=pusher_app_id(r), key=pusher_key(r), cl=r.choice(["eu", "us3", "ap2"]), org=r.choice(ORGS).replace("-", ""))


@lookalike("javascript", "pubnub", "publish_subscribe_keys")
def n_pubnub_client(r):
    path = r.choice(["src/pubnub.js", "web/src/lib/pubnub-client.js"])
    return path, fill("""
import PubNub from 'pubnub';

// Browser client: publish/subscribe keys only. Never ship the secret key.
export const pubnub = new PubNub({
  publishKey: '@@pub@@',
  subscribeKey: '@@sub@@',
  userId: localStorage.getItem('uid') || crypto.randomUUID(),
  restore: true,
  heartbeatInterval: 60,
});

export function listen(channel, onMessage) {
  pubnub.addListener({ message: (m) => onMessage(m.message) });
  pubnub.subscribe({ channels: [channel], withPresence: true });
}
""", pub=pubnub_pub(r), sub=pubnub_sub(r))


@lookalike("typescript", "ably", "key_name_token_auth")
def n_ably_token_client(r):
    a, k = ably_parts(r)
    path = r.choice(["src/realtime/ably.ts", "web/src/ably.ts"])
    return path, fill("""
import * as Ably from "ably";

// Token auth: the browser never sees the key secret.  The server signs token
// requests with the key named @@a@@.@@k@@ (see infra/ably.tf).
export const realtime = new Ably.Realtime({
  authUrl: "/api/ably/token",
  authMethod: "POST",
  clientId: window.__USER_ID__,
  echoMessages: false,
});

export const KEY_NAME = "@@a@@.@@k@@";
export const channel = realtime.channels.get("@@ch@@", { params: { rewind: "1" } });
""", a=a, k=k, ch="%s:%s" % (team(r), r.choice(ENTITIES)))


@lookalike("markdown", "confluent-cloud", "api_key_ids_listing")
def n_confluent_key_list(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("  %s | %-26s | sa-%s | %s | lkc-%s" % (confluent_key_id(r), "%s %s" % (team(r), r.choice(["producer", "consumer", "connect", "ksql"])),
                                                   rs(r, LO + DG, 6), "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                                                   rs(r, LO + DG, 5)))
    return r.choice(["docs/ccloud-keys.md", "notes/api-key-rotation.md"]), fill("""
# Confluent Cloud API key inventory

Key IDs are not secret (they are the SASL username); secrets live in Vault under
`secret/streaming/ccloud/<key-id>`.

```
$ confluent api-key list --resource lkc-@@res@@
         Key        |        Description         |   Owner   |      Created       | Resource
--------------------+----------------------------+-----------+--------------------+-----------
@@rows@@
```

Rotate anything older than 90 days: `confluent api-key create --resource lkc-@@res@@ --service-account sa-...`
""", res=rs(r, LO + DG, 5), rows="\n".join(rows))


@lookalike("markdown", "apache-kafka", "consumer_group_offsets")
def n_consumer_groups(r):
    g = group_id(r)
    t = topic(r)
    rows = []
    for p in range(r.randint(3, 8)):
        cur = r.randint(10000, 9000000)
        lag = r.choice([0, 0, r.randint(1, 5000)])
        cid = "consumer-%s-%d-%s" % (g, r.randint(1, 3), ruuid(r))
        rows.append("%s %s %d %d %d %d %s /10.%d.%d.%d %s" % (g, t, p, cur, cur + lag, lag, cid, r.randint(0, 255), r.randint(0, 255), r.randint(0, 255), cid.rsplit("-", 5)[0]))
    return r.choice(["docs/incidents/%s-lag.md" % team(r), "notes/lag-investigation.md"]), fill("""
# Lag on @@t@@ after the rebalance

```
$ kafka-consumer-groups --bootstrap-server $BROKER --command-config $CFG --describe --group @@g@@

GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
@@rows@@
```

Offsets were reset with `--reset-offsets --to-datetime @@dt@@ --execute` at @@hh@@ UTC.
Trace id of the failing batch: `@@trace@@`.
""", t=t, g=g, rows="\n".join(rows), dt="2024-%02d-%02dT00:00:00.000" % (r.randint(1, 12), r.randint(1, 28)),
                                                                       hh="%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), trace=rs(r, HEX, 32))


@lookalike("json", "confluent-schema-registry", "subject_ids_fingerprints")
def n_schema_registry(r):
    subj = topic(r) + "-value"
    schema = json.dumps({"type": "record", "name": r.choice(ENTITIES).capitalize(), "namespace": "com.%s.events" % r.choice(ORGS).replace("-", ""),
                         "fields": [{"name": "id", "type": "string"}, {"name": "amount_cents", "type": "long"}]})
    body = json.dumps({"subject": subj, "version": r.randint(1, 30), "id": r.randint(100000, 200000),
                       "schemaType": "AVRO", "schema": schema,
                       "metadata": {"properties": {"owner": team(r), "sha256": rs(r, HEX, 64)}},
                       "references": []}, indent=2)
    return r.choice(["schemas/%s.json" % subj, "schema-registry/exports/%s.json" % subj]), body + "\n"


@lookalike("json", "aws-sqs", "message_ids_receipt_handles")
def n_sqs_dump(r):
    msgs = []
    for _ in range(r.randint(1, 3)):
        msgs.append({"MessageId": ruuid(r),
                     "ReceiptHandle": "AQEB" + rs(r, B64, r.randint(300, 380)) + "==",
                     "MD5OfBody": rs(r, HEX, 32),
                     "Body": json.dumps({"type": "%s.%s" % (r.choice(ENTITIES), r.choice(VERBS)), "id": r.randint(1, 10 ** 6)}),
                     "Attributes": {"SenderId": "AIDA" + rs(r, B32, 17), "ApproximateReceiveCount": str(r.randint(1, 5)),
                                    "SentTimestamp": str(r.randint(1690000000000, 1740000000000))}})
    return r.choice(["test/fixtures/sqs-receive.json", "fixtures/sqs/messages.json", "tests/data/dlq-sample.json"]), json.dumps({"Messages": msgs}, indent=2) + "\n"


@lookalike("json", "google-pubsub", "push_message_ids")
def n_pubsub_push(r):
    proj = "%s-%s" % (r.choice(ORGS), r.choice(["events", "prod"]))
    d = {"message": {"attributes": {"eventType": r.choice(ENTITIES).upper() + "_" + r.choice(VERBS).upper()},
                     "data": base64.b64encode(json.dumps({"id": r.randint(1, 10 ** 6), "status": "ok"}).encode()).decode(),
                     "messageId": str(r.randint(10 ** 15, 10 ** 16)), "publishTime": "2024-%02d-%02dT10:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
                     "orderingKey": ruuid(r)},
         "subscription": "projects/%s/subscriptions/%s-push" % (proj, team(r)),
         "deliveryAttempt": r.randint(1, 5)}
    return r.choice(["tests/fixtures/pubsub_push.json", "testdata/push-envelope.json"]), json.dumps(d, indent=2) + "\n"


def mosq_hash(r):
    k = r.randrange(3)
    if k == 0:
        return "$7$101$%s$%s" % (base64.b64encode(rbytes(r, 12)).decode(), base64.b64encode(rbytes(r, 64)).decode())
    if k == 1:
        return "$6$%s$%s" % (base64.b64encode(rbytes(r, 12)).decode(), base64.b64encode(rbytes(r, 64)).decode())
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64u(rbytes(r, 16)), b64u(rbytes(r, 32)))


@lookalike("passwd", "mosquitto", "password_file_hashes")
def n_mosquitto_hashes(r):
    lines = ["%s:%s" % (u, mosq_hash(r)) for u in r.sample(["homeassistant", "node-red", "zigbee2mqtt", "sensor-001", "sensor-002", "gateway", "telegraf", "frigate"], r.randint(3, 7))]
    return r.choice(["mosquitto/config/passwd", "mosquitto/passwordfile", "docker/mosquitto/password.txt"]), \
        "# managed with mosquitto_passwd -H sha512-pbkdf2; do not edit by hand\n" + "\n".join(lines) + "\n"


@lookalike("conf", "mosquitto", "broker_config_no_secret")
def n_mosquitto_conf(r):
    return r.choice(["mosquitto/config/mosquitto.conf", "mosquitto.conf"]), fill("""
# Mosquitto 2.x
per_listener_settings false
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

listener 1883 127.0.0.1

listener 8883
cafile /mosquitto/certs/ca.crt
certfile /mosquitto/certs/server.crt
keyfile /mosquitto/certs/server.key
require_certificate @@rc@@
tls_version tlsv1.2

persistence true
persistence_location /mosquitto/data/
autosave_interval @@as@@
log_type error
log_type warning
max_queued_messages @@mq@@
""", rc=r.choice(["true", "false"]), as_=0, **{"as": r.choice([60, 300, 1800])}, mq=r.choice([1000, 5000, 10000]))


@lookalike("conf", "nats", "public_nkeys")
def n_nats_nkeys_conf(r):
    users = []
    for _ in range(r.randint(2, 4)):
        users.append('    { nkey: %s, permissions: { publish: "%s.>" } }' % (nats_public(r, "U"), team(r)))
    return r.choice(["nats-server.conf", "deploy/nats/nats.conf"]), fill("""
# nkey users: only the PUBLIC keys live here, seeds stay with the clients
port: 4222
monitor_port: 8222

accounts {
  @@acct@@: {
    users: [
@@users@@
    ]
    jetstream: enabled
  }
  SYS: { users: [ { nkey: @@sys@@ } ] }
}
system_account: SYS
""", acct=team(r).upper(), users=",\n".join(users), sys=nats_public(r, "U"))


@lookalike("yaml", "strimzi", "kafkauser_secret_ref")
def n_strimzi_kafkauser(r):
    u = svc_user(r)
    return r.choice(["k8s/kafka/users/%s.yaml" % u, "strimzi/kafkauser-%s.yaml" % u]), fill("""
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata:
  name: @@u@@
  labels:
    strimzi.io/cluster: @@cl@@
spec:
  authentication:
    type: scram-sha-512
    password:
      valueFrom:
        secretKeyRef:
          name: @@u@@-scram
          key: password
  authorization:
    type: simple
    acls:
      - resource:
          type: topic
          name: @@t@@
          patternType: literal
        operations: [Read, Describe]
      - resource:
          type: group
          name: @@g@@
        operations: [Read]
""", u=u, cl="%s-kafka" % r.choice(ENVS), t=topic(r), g=group_id(r))


@lookalike("yaml", "kubernetes", "secret_key_ref")
def n_k8s_deployment(r):
    tm = team(r)
    return r.choice(["k8s/%s/deployment.yaml" % tm, "deploy/base/deployment.yaml"]), fill("""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: @@tm@@-consumer
spec:
  replicas: @@rep@@
  selector:
    matchLabels: { app: @@tm@@-consumer }
  template:
    metadata:
      labels: { app: @@tm@@-consumer }
    spec:
      containers:
        - name: consumer
          image: ghcr.io/@@org@@/@@tm@@-consumer@sha256:@@dig@@
          env:
            - name: KAFKA_BOOTSTRAP
              value: @@bs@@
            - name: KAFKA_SASL_USERNAME
              valueFrom:
                secretKeyRef: { name: @@tm@@-kafka, key: username }
            - name: KAFKA_SASL_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: @@tm@@-kafka
                  key: password
            - name: CONSUMER_GROUP
              value: @@g@@
""", tm=tm, rep=r.randint(1, 5), org=r.choice(ORGS), dig=rs(r, HEX, 64), bs=F_kafka_self(r)["bootstrap"], g=group_id(r))


@lookalike("yaml", "helm", "existing_secret")
def n_helm_existing_secret(r):
    return r.choice(["charts/%s/values.yaml" % team(r), "helm/values.yaml"]), fill("""
image:
  repository: bitnami/kafka
  tag: 3.7.0
  digest: sha256:@@dig@@

sasl:
  enabledMechanisms: SCRAM-SHA-512
  interBrokerMechanism: SCRAM-SHA-512
  client:
    users:
      - @@u@@
    # passwords come from the existing secret below
    passwords: ""
  existingSecret: @@tm@@-kafka-sasl

tls:
  type: PEM
  existingSecret: @@tm@@-kafka-tls
  passwordsSecret: ""

kraft:
  clusterId: @@cid@@
""", dig=rs(r, HEX, 64), u=svc_user(r), tm=team(r), cid=b64u(rbytes(r, 16)))


@lookalike("yaml", "bitnami-sealed-secrets", "ciphertext")
def n_sealed_secret(r):
    tm = team(r)
    return r.choice(["k8s/%s/sealed-kafka.yaml" % tm, "deploy/sealed-secrets/%s-broker.yaml" % tm]), fill("""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: @@tm@@-broker-credentials
  namespace: @@tm@@
spec:
  encryptedData:
    password: @@c1@@
    username: @@c2@@
  template:
    metadata:
      name: @@tm@@-broker-credentials
    type: Opaque
""", tm=tm, c1="AgB" + rs(r, B64, r.choice([680, 700, 724])) + "=", c2="AgC" + rs(r, B64, r.choice([680, 700])) + "==")


@lookalike("yaml", "sops", "ciphertext")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    return r.choice(["secrets/%s.enc.yaml" % r.choice(ENVS), "config/secrets.%s.yaml" % r.choice(ENVS)]), fill("""
kafka:
    bootstrap: @@bs@@
    username: @@u@@
    password: @@p@@
pusher:
    app_secret: @@p2@@
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@ageblob@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-@@mm@@-@@dd@@T09:12:44Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", bs=F_kafka_self(r)["bootstrap"], u=svc_user(r), p=enc(r.randint(14, 30)), p2=enc(20), age=rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
                ageblob=base64.b64encode(rbytes(r, 45)).decode(), mm="%02d" % r.randint(1, 12), dd="%02d" % r.randint(1, 28), mac=enc(32))


@lookalike("properties", "apache-kafka", "kraft_cluster_id_config_refs")
def n_kraft_server_props(r):
    n = r.randint(1, 3)
    return r.choice(["config/kraft/server.properties", "kafka/server.properties"]), fill("""
process.roles=broker,controller
node.id=@@n@@
controller.quorum.voters=1@kafka-0:9093,2@kafka-1:9093,3@kafka-2:9093
listeners=SASL_SSL://:9092,CONTROLLER://:9093
advertised.listeners=SASL_SSL://kafka-@@n0@@.kafka-headless:9092
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
inter.broker.listener.name=SASL_SSL
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
ssl.keystore.location=/etc/kafka/secrets/kafka.keystore.jks
ssl.keystore.password=${file:/etc/kafka/secrets/ssl.properties:keystore.password}
ssl.key.password=${file:/etc/kafka/secrets/ssl.properties:key.password}
log.dirs=/var/lib/kafka/data
num.partitions=@@np@@
# cluster.id from kafka-storage.sh random-uuid
cluster.id=@@cid@@
""", n=n, n0=n - 1, np=r.choice([3, 6, 12]), cid=b64u(rbytes(r, 16)))


@lookalike("json", "kafka-connect", "config_provider_refs")
def n_connect_refs(r):
    return r.choice(["connectors/jdbc-sink.json", "connect/%s-sink.json" % team(r)]), json.dumps({
        "name": "%s-jdbc-sink" % team(r),
        "config": {"connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "topics": topic(r),
                   "connection.url": "jdbc:postgresql://db.%s.internal:5432/%s" % (r.choice(ORGS), team(r)),
                   "connection.user": "${file:/opt/kafka/secrets/jdbc.properties:user}",
                   "connection.password": "${file:/opt/kafka/secrets/jdbc.properties:password}",
                   "transforms": "unwrap", "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",
                   "pk.mode": "record_key", "insert.mode": "upsert"}}, indent=2) + "\n"


@lookalike("json", "i18n", "ui_strings")
def n_i18n(r):
    lang = r.choice(["en", "de", "fr", "es"])
    strings = {
        "en": {"password": "Password", "apiSecret": "API secret", "apiSecretHint": "Your API secret is shown only once. Store it somewhere safe.",
               "appKey": "App key", "regenerateSecret": "Regenerate secret", "secretCopied": "Secret copied to clipboard",
               "tokenExpired": "Your session token expired, please sign in again"},
        "de": {"password": "Passwort", "apiSecret": "API-Geheimnis", "apiSecretHint": "Das API-Geheimnis wird nur einmal angezeigt.",
               "appKey": "App-Schlüssel", "regenerateSecret": "Geheimnis neu erzeugen", "secretCopied": "In die Zwischenablage kopiert",
               "tokenExpired": "Sitzungstoken abgelaufen"},
        "fr": {"password": "Mot de passe", "apiSecret": "Secret d'API", "apiSecretHint": "Le secret n'est affiché qu'une seule fois.",
               "appKey": "Clé d'application", "regenerateSecret": "Régénérer le secret", "secretCopied": "Secret copié",
               "tokenExpired": "Jeton de session expiré"},
        "es": {"password": "Contraseña", "apiSecret": "Secreto de API", "apiSecretHint": "El secreto solo se muestra una vez.",
               "appKey": "Clave de la aplicación", "regenerateSecret": "Regenerar secreto", "secretCopied": "Secreto copiado",
               "tokenExpired": "El token de sesión ha caducado"},
    }[lang]
    return "src/locales/%s/%s.json" % (lang, r.choice(["integrations", "settings", "realtime"])), json.dumps({"realtime": strings}, indent=2, ensure_ascii=False) + "\n"


@lookalike("go", "pusher", "hmac_test_vectors")
def n_hmac_vectors(r):
    return r.choice(["internal/webhook/signature_test.go", "pkg/pusher/verify_test.go"]), fill("""
package @@pkg@@

import "testing"

// RFC 4231 HMAC-SHA256 known-answer tests for the webhook signature verifier.
var vectors = []struct {
	key, data, want string
}{
	{"0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4869205468657265",
		"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
	{"4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
		"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
}

func TestSignatureVectors(t *testing.T) {
	for i, v := range vectors {
		if got := signHex(mustHex(v.key), mustHex(v.data)); got != v.want {
			t.Fatalf("vector %d: got %s want %s", i, got, v.want)
		}
	}
}
""", pkg=r.choice(["webhook", "pusher"]))


@lookalike("csharp", "azure-service-bus", "managed_identity")
def n_az_managed_identity(r):
    ns = "%s-%s-sb" % (r.choice(ORGS), r.choice(ENVS))
    return r.choice(["src/Messaging/BusClientFactory.cs", "src/%s.Worker/Program.cs" % team(r).capitalize()]), fill("""
using Azure.Identity;
using Azure.Messaging.ServiceBus;

var fqns = "@@ns@@.servicebus.windows.net";
// No SharedAccessKey: the workload identity (client id below) is granted
// "Azure Service Bus Data Sender" on the namespace.
var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
{
    ManagedIdentityClientId = "@@cid@@",
    TenantId = "@@tid@@"
});
await using var client = new ServiceBusClient(fqns, credential);
ServiceBusSender sender = client.CreateSender("@@q@@");
await sender.SendMessageAsync(new ServiceBusMessage("ping") { MessageId = "@@mid@@" });
""", ns=ns, cid=ruuid(r), tid=ruuid(r), q="%s-queue" % r.choice(ENTITIES), mid=ruuid(r))


@lookalike("python", "google-pubsub", "adc_no_key")
def n_gcp_adc(r):
    proj = "%s-%s-%d" % (r.choice(ORGS), r.choice(["events", "data"]), r.randint(100000, 999999))
    return r.choice(["app/pubsub_publisher.py", "src/%s/publisher.py" % team(r)]), fill("""
from google.cloud import pubsub_v1

# Uses Application Default Credentials (workload identity in GKE).
# Service account: @@sa@@@@@proj@@.iam.gserviceaccount.com
publisher = pubsub_v1.PublisherClient(
    publisher_options=pubsub_v1.types.PublisherOptions(enable_message_ordering=True))
TOPIC = publisher.topic_path("@@proj@@", "@@t@@")


def publish(event: dict, key: str) -> str:
    data = json.dumps(event).encode()
    return publisher.publish(TOPIC, data, ordering_key=key).result()  # returns message id e.g. "@@mid@@"
""", sa="pubsub-%s" % team(r), proj=proj, t=topic(r).replace(".", "-"), mid=str(r.randint(10 ** 15, 10 ** 16))).replace(
        "from google.cloud import pubsub_v1", "import json\n\nfrom google.cloud import pubsub_v1")


@lookalike("hcl", "aws-sqs", "arns_account_ids")
def n_sqs_tf(r):
    acct = str(r.randint(10 ** 11, 10 ** 12 - 1))
    reg_ = r.choice(REGIONS_AWS)
    q = "%s-%s" % (team(r), r.choice(["jobs", "events"]))
    return r.choice(["terraform/sqs.tf", "infra/queues.tf"]), fill("""
resource "aws_sqs_queue" "@@qq@@_dlq" {
  name                      = "@@q@@-dlq"
  message_retention_seconds = 1209600
  kms_master_key_id         = "arn:aws:kms:@@reg@@:@@acct@@:key/@@kid@@"
}

resource "aws_sqs_queue" "@@qq@@" {
  name                       = "@@q@@"
  visibility_timeout_seconds = 60
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.@@qq@@_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sns_topic_subscription" "@@qq@@" {
  topic_arn = "arn:aws:sns:@@reg@@:@@acct@@:@@t@@"
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.@@qq@@.arn
}
""", qq=q.replace("-", "_"), q=q, reg=reg_, acct=acct, kid=ruuid(r), t=topic(r).replace(".", "-"))


@lookalike("log", "apache-kafka", "offsets_trace_ids")
def n_consumer_log(r):
    lines = []
    t = topic(r)
    ts = r.randint(1700000000, 1740000000)
    for i in range(r.randint(6, 14)):
        lines.append('{"ts":"%d","level":"%s","msg":"%s","topic":"%s","partition":%d,"offset":%d,"key":"%s","trace_id":"%s","span_id":"%s"}' % (
            ts + i, r.choice(["info", "info", "warn"]), r.choice(["processed", "committed", "retrying", "skipped duplicate"]), t,
            r.randint(0, 11), r.randint(10 ** 5, 10 ** 8), ruuid(r), rs(r, HEX, 32), rs(r, HEX, 16)))
    return r.choice(["tests/fixtures/consumer.log", "docs/examples/consumer-output.log"]), "\n".join(lines) + "\n"


@lookalike("markdown", "streamnative", "admin_runbook_env")
def n_pulsar_runbook(r):
    org = r.choice(ORGS)
    return r.choice(["docs/pulsar-ops.md", "notes/pulsar.md"]), fill("""
# Pulsar admin cheatsheet

Get a token from the StreamNative console (service account `@@sa@@`) and export it;
never paste it into this file.

```bash
export PULSAR_TOKEN="$(cat ~/.config/sn/@@org@@-token)"
pulsar-admin --admin-url https://@@org@@.streamnative.cloud \\
  --auth-plugin org.apache.pulsar.client.impl.auth.AuthenticationToken \\
  --auth-params "token:$PULSAR_TOKEN" \\
  topics stats persistent://@@org@@/@@ns@@/@@t@@
```

Expected output fragment:

```json
{ "msgRateIn": 412.6, "msgThroughputIn": 98211.3, "storageSize": 73400320,
  "subscriptions": { "@@ns@@-sub": { "msgBacklog": 0, "consumers": [ { "consumerName": "@@cn@@" } ] } } }
```
""", sa="%s-admin" % team(r), org=org, ns=team(r), t=topic(r).replace(".", "-"), cn=rs(r, HEX, 5))


@lookalike("javascript", "centrifugo", "token_callback")
def n_centrifugo_client(r):
    return r.choice(["src/centrifuge.js", "web/src/realtime.js"]), fill("""
import { Centrifuge } from 'centrifuge';

async function getToken() {
  const res = await fetch('/api/centrifugo/connection-token', { credentials: 'include' });
  if (!res.ok) throw new Error(`token endpoint returned ${res.status}`);
  return (await res.json()).token;
}

export const centrifuge = new Centrifuge('wss://rt.@@org@@.com/connection/websocket', { getToken });
const sub = centrifuge.newSubscription('@@ch@@');
sub.on('publication', (ctx) => console.log('offset', ctx.offset, 'epoch', '@@epoch@@'));
sub.subscribe();
centrifuge.connect();
""", org=r.choice(ORGS).replace("-", ""), ch="%s:%s" % (r.choice(["chat", "notifications", "feed"]), r.randint(1, 9999)), epoch=rs(r, AN, 4))


@lookalike("markdown", "aws", "provider_doc_examples")
def n_doc_examples(r):
    a, k = "I2E_JQ", "OqUdfg"
    return r.choice(["docs/credentials.md", "CONTRIBUTING.md", "docs/local-setup.md"]), fill("""
# Credentials for local development

Nothing real goes in this repository. The values below are the providers'
own documentation examples and will not authenticate.

| Provider | Variable | Example value |
|---|---|---|
| AWS | `AWS_ACCESS_KEY_ID` | `AKIAIOSFODNN7EXAMPLE` |
| AWS | `AWS_SECRET_ACCESS_KEY` | `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` |
| Ably | `ABLY_API_KEY` | `@@a@@.@@k@@:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0` |
| Confluent | `CONFLUENT_API_KEY` | `ABCD1234567890AB` |

Ask in #@@ch@@ for access to the team vault; `make dev-secrets` pulls the real
ones into `.env.local` (git-ignored).
""", a=a, k=k, ch=r.choice(["platform", "dev-experience", "streaming"]))


@lookalike("json", "rabbitmq", "definitions_password_hash")
def n_rabbit_definitions(r):
    users = []
    for _ in range(r.randint(1, 3)):
        users.append({"name": svc_user(r), "password_hash": base64.b64encode(rbytes(r, 36)).decode(),
                      "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": r.choice([["administrator"], ["monitoring"], []]), "limits": {}})
    d = {"rabbit_version": "3.13.%d" % r.randint(0, 7), "users": users,
         "vhosts": [{"name": "/"}, {"name": team(r)}],
         "queues": [{"name": topic(r), "vhost": "/", "durable": True, "auto_delete": False, "arguments": {"x-queue-type": "quorum"}}]}
    return r.choice(["rabbitmq/definitions.json", "docker/rabbitmq/definitions.json"]), json.dumps(d, indent=2) + "\n"


@lookalike("properties", "activemq-artemis", "enc_password_hash")
def n_artemis_enc(r):
    lines = ["%s = ENC(1024:%s:%s)" % (svc_user(r), rs(r, HEX, 64).upper(), rs(r, HEX, 128).upper()) for _ in range(r.randint(1, 3))]
    return "etc/artemis-users.properties", ASF_HEADER + "\n## hashed with `artemis user add`; plaintext is never stored\n" + "\n".join(lines) + "\n"


@lookalike("yaml", "github-actions", "secrets_context")
def n_gha(r):
    return r.choice([".github/workflows/deploy.yml", ".github/workflows/integration.yml"]), fill("""
name: integration
on:
  push:
    branches: [main]

jobs:
  smoke:
    runs-on: ubuntu-latest
    env:
      KAFKA_BOOTSTRAP: ${{ vars.KAFKA_BOOTSTRAP }}
      CONFLUENT_API_KEY: ${{ secrets.CONFLUENT_API_KEY }}
      CONFLUENT_API_SECRET: ${{ secrets.CONFLUENT_API_SECRET }}
      PUSHER_APP_SECRET: ${{ secrets.PUSHER_APP_SECRET }}
    steps:
      - uses: actions/checkout@@@sha@@ # v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: pytest -m smoke --topic @@t@@
""", sha=rs(r, HEX, 40), t=topic(r))


@lookalike("shell", "ibm-mq", "mqsc_no_secret")
def n_mqsc(r):
    qm = "QM%s" % r.choice(["1", "PROD", "APP1"])
    q = "%s.%s.IN" % (team(r).upper(), r.choice(ENTITIES).upper())
    return r.choice(["mq/setup.mqsc", "deploy/mq/20-config.mqsc"]), fill("""
* MQSC for @@qm@@ -- run with: runmqsc @@qm@@ < setup.mqsc
DEFINE QLOCAL('@@q@@') DEFPSIST(YES) MAXDEPTH(50000) BOQNAME('@@q@@.BACKOUT') BOTHRESH(3) REPLACE
DEFINE QLOCAL('@@q@@.BACKOUT') REPLACE
DEFINE CHANNEL('APP1.SVRCONN') CHLTYPE(SVRCONN) TRPTYPE(TCP) SSLCIPH('ANY_TLS12_OR_HIGHER') REPLACE
SET CHLAUTH('APP1.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('10.*') USERSRC(CHANNEL) CHCKCLNT(REQUIRED) ACTION(REPLACE)
SET AUTHREC PROFILE('@@q@@') OBJTYPE(QUEUE) PRINCIPAL('mqapp') AUTHADD(PUT,GET,INQ,BROWSE)
ALTER QMGR CONNAUTH('USE.OS') CHLAUTH(ENABLED)
REFRESH SECURITY TYPE(CONNAUTH)
""", qm=qm, q=q)


@lookalike("typescript", "websocket", "public_key_pem")
def n_ws_pubkey(r):
    b = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(r, 256) + bytes.fromhex("0203010001")).decode()
    pem = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return r.choice(["src/ws/verifyToken.ts", "server/src/auth/jwt.ts"]), fill("""
import jwt from "jsonwebtoken";

// Public half of the token-signing key (the private key lives in KMS).
const PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
@@pem@@
-----END PUBLIC KEY-----`;

export function verifySocketToken(token: string) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], audience: "@@aud@@", issuer: "https://auth.@@org@@.com/" });
}
""", pem=pem, aud="ws-%s" % team(r), org=r.choice(ORGS).replace("-", ""))


@lookalike("go", "nats", "public_keys_and_subjects")
def n_nats_go_creds_file(r):
    return r.choice(["internal/bus/connect.go", "pkg/natsutil/conn.go"]), fill("""
package @@pkg@@

import (
	"os"

	"github.com/nats-io/nats.go"
)

// Account public key (safe to log): @@acct@@
// User public key (safe to log):    @@user@@
func Connect() (*nats.Conn, error) {
	return nats.Connect("tls://connect.ngs.global",
		nats.UserCredentials(os.Getenv("NATS_CREDS_FILE")),
		nats.Name("@@name@@"))
}

const (
	SubjectOrders = "@@s1@@"
	StreamName    = "@@st@@"
)
""", pkg=path_pkg(r), acct=nats_public(r, "A"), user=nats_public(r, "U"), name="%s-svc" % team(r),
                s1="%s.%s.*" % (team(r), r.choice(ENTITIES)), st=team(r).upper() + "_EVENTS")


def path_pkg(r):
    return r.choice(["bus", "natsutil", "events"])


@lookalike("toml", "centrifugo", "config_env_refs")
def n_centrifugo_toml_env(r):
    return "config/centrifugo.toml", fill("""
# secrets are injected via CENTRIFUGO_TOKEN_HMAC_SECRET_KEY / CENTRIFUGO_API_KEY env vars
log_level = "info"
allowed_origins = ["https://app.@@org@@.com"]
client_concurrency = 8
presence = true

[[namespaces]]
name = "feed"
history_size = @@hs@@
history_ttl = "300s"
force_recovery = true
""", org=r.choice(ORGS).replace("-", ""), hs=r.choice([10, 50, 100]))


# ---------------------------------------------------------------- driver
TEMPLATE_LOG = []        # template name per file, in manifest order (for self-checks)
NEG_MODES = ["env", "env", "ref", "placeholder", "placeholder", "masked", "masked", "empty"]


def cycle(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def generate(outdir, seed, npos=500, nneg=500):
    r = random.Random(seed)
    del ALL_SECRETS[:]
    del TEMPLATE_LOG[:]
    manifest, secrets = [], []

    for i, t in enumerate(cycle(r, TEMPLATES, npos)):
        C = t["factory"](r)
        C.update(r=r, mode=None, obvious=(i % 2 == 0))
        rel, text = t["fn"](r, C)
        needle = C.get("needle_override") or C["secret"]
        idx = text.find(needle)
        if idx < 0:
            raise RuntimeError("needle missing in %s (%s)" % (t["name"], rel))
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": C["provider"], "kind": C["kind"], "filetype": t["ftype"]})
        TEMPLATE_LOG.append(t["name"])
        secrets.append({"file": f, "needle": needle, "line": text.count("\n", 0, idx) + 1})

    slot_templates = [t for t in TEMPLATES if t["neg"]]
    half = nneg // 2
    jobs = [("slot", t) for t in cycle(r, slot_templates, half)] + [("look", t) for t in cycle(r, LOOKALIKES, nneg - half)]
    r.shuffle(jobs)
    for i, (how, t) in enumerate(jobs):
        f_prefix = "neg/n%04d/" % i
        if how == "slot":
            C = t["factory"](r)
            mode = r.choice(NEG_MODES)
            C.update(r=r, mode=mode, obvious=(i % 2 == 0))
            C["secret"] = neg_filler(C, "placeholder" if mode == "env" else mode)
            rel, text = t["fn"](r, C)
            prov, kind = C["provider"], "%s:%s" % (mode, C["kind"])
        else:
            rel, text = t["fn"](r)
            prov, kind = t["provider"], "lookalike:" + t["kind"]
        f = f_prefix + rel
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": t["ftype"]})
        TEMPLATE_LOG.append(t["name"])

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return manifest, secrets


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    m, s = generate(outdir, seed)
    print("wrote %d files (%d positives) to %s" % (len(m), len(s), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
